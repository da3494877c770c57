"""What Redis's command language looks like, without importing redis-py (see
:mod:`aishell.engines.dialect`).

Redis is not SQL: a statement is one command line, split into words as ``redis-cli`` splits
them (:func:`aishell.engines.redis.parse.split_command`), and what a command does is read from
the server's own command table (``COMMAND INFO``), not from a parser.
"""

from __future__ import annotations

from typing import ClassVar

from aishell.engines.dialect import Dialect


class RedisDialect(Dialect):
    name: ClassVar[str] = "redis"
    sqlglot: ClassVar[str] = "redis"  # not a sqlglot dialect: nothing parses Redis as SQL (server_classified)
    display_name: ClassVar[str] = "Redis"
    package: ClassVar[str] = "redis"
    system_schemas: ClassVar[frozenset[str]] = frozenset()

    # ---- statements are command lines, judged by the server's command flags
    line_statements: ClassVar[bool] = True
    server_classified: ClassVar[bool] = True
    backtick_identifiers: ClassVar[bool] = False
    pygments_lexer: ClassVar[str] = "TextLexer"
    functions: ClassVar[tuple[str, ...]] = ()
    types: ClassVar[tuple[str, ...]] = ()

    # ---- URLs
    url_schemes: ClassVar[tuple[str, ...]] = ("redis", "rediss")
    default_port: ClassVar[int | None] = 6379
    password_sources: ClassVar[tuple[str, ...]] = ("REDISCLI_AUTH",)


DIALECT = RedisDialect()
