"""What an engine knows about its own SQL, without its driver.

One :class:`Dialect` per engine (as sqlglot has one ``Dialect`` class per engine) holds the
knowledge that services and faces need *before or beside* a connection: how the engine
lexes (quotes, comments, escapes: used by the splitter, the completer and the highlighter),
how it folds and quotes names, its keyword tables, its type mapping (``.type_rules``), the
catalog and DDL queries that backup and copy need (``.schema``), and what its error codes
mean.  Importing a dialect never imports a driver: ``aishell.engines.postgres.dialect`` is
cheap, ``aishell.engines.postgres.connection`` imports psycopg.

Services and faces get one with :func:`aishell.engines.dialect_of` (by engine name, sqlglot
dialect name or connection) and ask it; they never compare engine names themselves.
Everything here has a generic (ANSI) default, so a new engine overrides only what differs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from aishell.engines.activity import ActivityRules
    from aishell.engines.health import HealthRules
    from aishell.engines.introspect import IntrospectRules
    from aishell.engines.metrics import MetricRules
    from aishell.engines.migrate_lint import LintRules
    from aishell.engines.schema import SchemaRules
    from aishell.engines.types import TypeRules

#: a statement that holds a ``BEGIN ... END`` body (routine, trigger, event): its ``;`` inside
#: the body do not end it (MySQL/MariaDB without DELIMITER, SQLite triggers)
COMPOUND_HEAD = re.compile(
    r"^\s*CREATE\s+(OR\s+REPLACE\s+)?(DEFINER\s*=\s*\S+\s+)?(TEMP\s+|TEMPORARY\s+)?"
    r"(TRIGGER|PROCEDURE|FUNCTION|EVENT)\b",
    re.I,
)


@dataclass(frozen=True)
class DuckDBAttach:
    """How DuckDB attaches an engine's database (``ATTACH target AS name (TYPE type, READ_ONLY)``):
    ``type`` (None: DuckDB's own format), the connection string or file (``target``, it may hold
    a password: never shown), and the scanner extension that reads it, from the pip ``extra``."""

    type: str | None
    target: str
    extension: str | None = None
    extra: str = "duckdb"


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` (for the keyword tables)."""
    return frozenset(text.split())


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
    #: how table and schema names compare, when not as ``case_folding`` says: "exact" (MySQL: as
    #: case-sensitive as the server's files, which ``lower_case_table_names`` decides)
    relation_folding: ClassVar[str | None] = None
    #: the schema a table belongs to when none is named (``public``, ``main``), if any
    default_schema: ClassVar[str | None] = None

    # ---- lexing (the splitter, the completer's lexer and the highlighter ask these)
    #: ``#`` starts a comment to the end of the line (MySQL)
    hash_comments: ClassVar[bool] = False
    #: ``/* /* */ */`` nests (PostgreSQL)
    nested_comments: ClassVar[bool] = False
    #: a backslash escapes the next character in every string literal (MySQL)
    backslash_escapes: ClassVar[bool] = False
    #: ``E'...'`` strings take backslash escapes (PostgreSQL, DuckDB)
    escape_strings: ClassVar[bool] = False
    #: ``"..."`` is a string literal, not an identifier (MySQL)
    double_quote_strings: ClassVar[bool] = False
    #: `` `name` `` is a quoted identifier
    backtick_identifiers: ClassVar[bool] = True
    #: ``[name]`` is a quoted identifier (SQLite)
    bracket_identifiers: ClassVar[bool] = False
    #: ``$tag$ ... $tag$`` bodies (PostgreSQL, DuckDB)
    dollar_quoting: ClassVar[bool] = False
    #: ``/*! ... */`` and ``/*M! ... */`` comments are run as code (MySQL/MariaDB)
    executable_comments: ClassVar[bool] = False
    #: the client's ``DELIMITER //`` command changes the statement terminator (mysql client)
    client_delimiter: ClassVar[bool] = False
    #: a line holding only ``/`` ends the statement (Oracle SQL*Plus)
    slash_terminator: ClassVar[bool] = False
    #: statements that run until a ``/`` line, ``;`` inside included (Oracle PL/SQL blocks)
    block_head: ClassVar[re.Pattern[str] | None] = None
    #: statements whose ``BEGIN ... END`` body keeps its ``;`` (routines and triggers)
    compound_head: ClassVar[re.Pattern[str] | None] = None
    #: a command language, not SQL: each line is one statement (Redis)
    line_statements: ClassVar[bool] = False
    #: statements are judged by the connection from the server's own command table
    #: (:meth:`aishell.engines.base.Connection.classify`), not by the SQL classifier (Redis)
    server_classified: ClassVar[bool] = False
    #: the pygments lexer class that colours this engine's SQL
    pygments_lexer: ClassVar[str] = "SqlLexer"

    # ---- the completer's tables (added to the common ANSI ones in repl/completion_keywords.py)
    #: keywords only this engine has
    keywords: ClassVar[tuple[str, ...]] = ()
    #: keywords that start a statement only in this engine
    statement_starters: ClassVar[tuple[str, ...]] = ()
    #: built-in functions only this engine has
    functions: ClassVar[tuple[str, ...]] = ("now", "extract", "position", "char_length", "octet_length")
    #: data types only this engine has
    types: ClassVar[tuple[str, ...]] = ("INT", "DOUBLE", "BLOB", "JSON")
    #: words reserved by this engine besides the ANSI ones (they must be quoted as names)
    reserved: ClassVar[frozenset[str]] = frozenset()

    # ---- values
    #: ``TRUE``/``FALSE`` are values of a boolean column type (PostgreSQL, DuckDB); elsewhere 1/0
    boolean_literals: ClassVar[bool] = False
    #: dates are stored and compared as ISO text, with no date type to cast to (SQLite)
    dates_as_text: ClassVar[bool] = False

    # ---- catalog and statement rules
    #: schemas that hold the engine's own objects, never the user's tables
    system_schemas: ClassVar[frozenset[str]] = frozenset({"information_schema"})
    #: name prefixes of the engine's own tables in a user schema (``sqlite_``)
    system_table_prefixes: ClassVar[tuple[str, ...]] = ()
    #: the schemas that hold the engine's built-in functions (a call qualified by one is a built-in)
    catalog_schemas: ClassVar[frozenset[str]] = frozenset()
    #: a table named by a string or a path-like quoted name reads a file (DuckDB)
    file_tables: ClassVar[bool] = False
    #: ``SET a = 1, b = 2`` assigns several settings in one statement (MySQL)
    set_lists: ClassVar[bool] = False
    #: the setting that orders schema lookup (PostgreSQL ``search_path``), if any
    search_path_setting: ClassVar[str | None] = None

    # ---- URLs and logins
    #: URL schemes that name this engine (the first is the canonical one); listed in messages
    url_schemes: ClassVar[tuple[str, ...]] = ()
    #: further URL schemes accepted for this engine but not listed (``pg``, ``sqlite3``)
    url_aliases: ClassVar[tuple[str, ...]] = ()
    #: URL scheme -> the flavour it names within the engine (``mariadb``); others: the engine name
    url_flavors: ClassVar[Mapping[str, str]] = {}
    #: the database is a file named by the URL's path (SQLite, DuckDB), not a server
    file_database: ClassVar[bool] = False
    #: the port a server listens on when a URL names none
    default_port: ClassVar[int | None] = None
    #: where the engine's own client finds a password, besides aishell's variable
    password_sources: ClassVar[tuple[str, ...]] = ()

    def password_hint(self, own: str) -> str:
        """Where a password may come from, aishell's variable ``own`` first:
        ``AISHELL_PASSWORD_X, PGPASSWORD or a ~/.pgpass entry``."""
        names = (own, *self.password_sources)
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

    def duckdb_attach(self, url: Any) -> DuckDBAttach | None:
        """How DuckDB's scanner extensions attach a database of this engine named by ``url`` (a
        :class:`~aishell.urls.DatabaseURL`, password resolved), for federated queries
        (:mod:`aishell.services.federation`); None: DuckDB cannot read this engine."""
        return None

    # ---- error codes
    def aborted_transaction(self, sqlstate: str | None) -> bool:
        """Whether ``sqlstate`` says the transaction failed earlier and refuses every statement
        until it is rolled back (PostgreSQL ``25P02``): nothing can be judged in it."""
        return False

    def quote(self, name: str) -> str:
        """Quote an identifier for this engine (doubling the closing quote inside it)."""
        left, right = self.ident_quote
        return f"{left}{name.replace(right, right * 2)}{right}"

    # ---- lazily loaded parts, each in the engine's own package
    @property
    def type_rules(self) -> TypeRules:
        """This engine's column types both ways and value adapters (``engines/<e>/types.py``)."""
        if not self.package:
            from aishell.engines.types import GENERIC_TYPES

            return GENERIC_TYPES
        rules: TypeRules = self._part("types", "TYPES")
        return rules

    @property
    def schema(self) -> SchemaRules:
        """This engine's catalog queries and DDL rules for backup and copy (``engines/<e>/schema.py``)."""
        if not self.package:
            from aishell.engines.schema import SchemaRules

            return SchemaRules(self)
        found: SchemaRules = self._part("schema", "SCHEMA")
        return found

    @property
    def health(self) -> HealthRules:
        """This engine's catalogue of health checks (``engines/<e>/health.py``); none where it has none."""
        from aishell.engines.health import NO_CHECKS

        found: HealthRules = self._optional_part("health", "HEALTH", NO_CHECKS)
        return found

    @property
    def activity(self) -> ActivityRules:
        """How this engine lists its sessions and cancels them (``engines/<e>/activity.py``); none
        where it has none."""
        from aishell.engines.activity import NO_ACTIVITY

        found: ActivityRules = self._optional_part("activity", "ACTIVITY", NO_ACTIVITY)
        return found

    @property
    def metrics(self) -> MetricRules:
        """What ``aishell monitor`` samples on this engine (``engines/<e>/metrics.py``); none where it has none."""
        from aishell.engines.metrics import NO_METRICS

        found: MetricRules = self._optional_part("metrics", "METRICS", NO_METRICS)
        return found

    @property
    def migrate_lint(self) -> LintRules:
        """This engine's migration lint rules (``engines/<e>/migrate_lint.py``); none where it has none."""
        from aishell.engines.migrate_lint import NO_RULES

        found: LintRules = self._optional_part("migrate_lint", "LINT", NO_RULES)
        return found

    @property
    def introspect(self) -> IntrospectRules:
        """The catalog queries of the shell's psql commands (``\\du``, ``\\sf``, ``\\d+`` ...:
        ``engines/<e>/introspect.py``); none where the engine has none."""
        from aishell.engines.introspect import NO_INTROSPECT

        found: IntrospectRules = self._optional_part("introspect", "INTROSPECT", NO_INTROSPECT)
        return found

    def _part(self, module: str, attr: str) -> Any:
        if not self.package:
            raise LookupError(f"the {self.display_name} dialect has no {module} part")
        return getattr(importlib.import_module(f"aishell.engines.{self.package}.{module}"), attr)

    def _optional_part(self, module: str, attr: str, default: Any) -> Any:
        """``attr`` of ``engines/<e>/<module>.py``, or ``default`` when the engine has no such module
        (an import error inside a module that exists is not hidden)."""
        if not self.package:
            return default
        try:
            return self._part(module, attr)
        except ModuleNotFoundError as exc:
            if exc.name != f"aishell.engines.{self.package}.{module}":
                raise
            return default

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


GENERIC = Dialect()
