"""What an engine knows about its own SQL, without its driver.

One :class:`Dialect` per engine (as sqlglot has one ``Dialect`` class per engine) holds the
knowledge that services and faces need *before or beside* a connection: how the engine
lexes (quotes, comments, escapes: used by the splitter, the completer and the highlighter),
how it folds and quotes names, its keyword tables, its type mapping (``.types``), the
catalog and DDL queries that backup and copy need (``.schema``), and what its error codes
mean.  Importing a dialect never imports a driver: ``aishell.engines.postgres.dialect`` is
cheap, ``aishell.engines.postgres.connection`` imports psycopg.

Services and faces get one with :func:`aishell.engines.dialect_of` (by engine name, sqlglot
dialect name or connection) and ask it; they never compare engine names themselves.
Everything here has a generic (ANSI) default, so a new engine overrides only what differs.
"""

from __future__ import annotations

import importlib
from typing import Any, ClassVar


class Dialect:
    """The generic (ANSI SQL) dialect.  Each engine subclasses it in ``engines/<name>/dialect.py``."""

    #: engine name, as in the engine registry (``postgres``, ``mysql`` ...); "generic" here
    name: ClassVar[str] = "generic"
    #: the sqlglot dialect name used to parse and generate this engine's SQL
    sqlglot: ClassVar[str] = ""
    #: human-readable name for messages
    display_name: ClassVar[str] = "SQL"
    #: the package under ``aishell.engines`` that holds this engine (for lazy parts)
    package: ClassVar[str] = ""

    # ---- names
    #: the quote characters around an identifier (open, close)
    ident_quote: ClassVar[tuple[str, str]] = ('"', '"')
    #: how the engine folds an unquoted identifier: "lower", "upper" or "none"
    case_folding: ClassVar[str] = "lower"
    #: the schema a table belongs to when none is named (``public``, ``main``), if any
    default_schema: ClassVar[str | None] = None

    def quote(self, name: str) -> str:
        """Quote an identifier for this engine (doubling the closing quote inside it)."""
        left, right = self.ident_quote
        return f"{left}{name.replace(right, right * 2)}{right}"

    # ---- lazily loaded parts, each in the engine's own package
    def _part(self, module: str, attr: str) -> Any:
        if not self.package:
            raise LookupError(f"the {self.display_name} dialect has no {module} part")
        return getattr(importlib.import_module(f"aishell.engines.{self.package}.{module}"), attr)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


GENERIC = Dialect()
