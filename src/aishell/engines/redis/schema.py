"""Redis's schema rules for the engine contract (see :mod:`aishell.engines.schema`).

Redis has no tables, so backup, copy and restore of tables never apply to it (its keys move
with ``aishell export``/``import``: :mod:`aishell.engines.redis.dump`); these are the generic
rules under Redis's dialect, for the code that asks every registered engine for them.
"""

from __future__ import annotations

from aishell.engines.redis.dialect import DIALECT
from aishell.engines.schema import SchemaRules


class RedisSchema(SchemaRules):
    """No catalog SQL: Redis has no tables."""


SCHEMA = RedisSchema(DIALECT)
