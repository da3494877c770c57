"""Redis's "types" for the engine contract (see :mod:`aishell.engines.types`).

Redis has no columns: a value is bytes in a key of some type (string, hash, list ...).  The
services that move tables never reach a Redis connection (a key-value database exports and
imports keys: :mod:`aishell.engines.redis.dump`), so these are the generic rules under Redis's
name, for the code that asks every registered engine for its type rules.
"""

from __future__ import annotations

from typing import ClassVar

from aishell.engines.types import TypeRules


class RedisTypes(TypeRules):
    name: ClassVar[str] = "redis"
    sqlglot: ClassVar[str] = ""


TYPES = RedisTypes()
