"""The catalog queries behind the shell's psql commands, as an engine declares them: the model of
``engines/<e>/introspect.py``.

An engine holds one :class:`IntrospectRules` (``INTROSPECT``) in its own ``introspect.py``,
reached through its dialect (``dialect_of(x).introspect``); an engine without one gets
:data:`NO_INTROSPECT` (every command says the engine has no such thing).

Each query is a read with ``?`` markers for its arguments (:class:`Query.args` names them:
``schema``, ``name``); :mod:`aishell.services.introspect` binds them with the connection's
markers and runs the query through the session's gate.  Where a query is None the engine has no
such object, and :attr:`IntrospectRules.reasons` says so in a few words ("has no roles").

No driver is imported here or in an engine's ``introspect.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Query:
    """One read.  ``columns``: the headings of its result, in order; ``args``: what each ``?``
    marker takes (``schema``, ``name``); ``sizes``: the indexes of columns holding a size in bytes
    (shown as ``12.0 kB``); ``kinds``: the relation kinds a table detail applies to (empty: all)."""

    sql: str
    columns: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    sizes: tuple[int, ...] = ()
    kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Detail:
    """One part of ``\\d+ NAME`` beyond the catalog's columns and keys: ``title`` heads its lines
    (``Check constraints``); each row of ``query`` is one line (its values joined by ``: ``),
    ``block``: the first value is a text of several lines shown indented (a view's definition)."""

    title: str
    query: Query
    block: bool = False


#: what a command reads -> the words that say the engine has none (``SQLite has no roles``)
DEFAULT_REASONS: Mapping[str, str] = {
    "roles": "has no roles",
    "privileges": "has no privileges (GRANT)",
    "extensions": "has no extensions",
    "function_source": "has no stored functions with a source",
    "view_source": "keeps no view definitions",
    "databases": "has no database sizes to list",
}


@dataclass(frozen=True)
class IntrospectRules:
    """``roles`` (``\\du``), ``privileges`` (``\\dp``), ``extensions`` (``\\dx``), ``function_source``
    (``\\sf``, args schema and name), ``view_source`` (``\\sv``), ``databases`` (``\\l+``) and the
    ``details`` of ``\\d+ NAME``.  ``titles`` overrides a listing's title (MariaDB's ``\\dx`` lists
    plugins); ``reasons`` overrides :data:`DEFAULT_REASONS`."""

    roles: Query | None = None
    privileges: Query | None = None
    extensions: Query | None = None
    function_source: Query | None = None
    view_source: Query | None = None
    databases: Query | None = None
    details: tuple[Detail, ...] = ()
    titles: Mapping[str, str] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)

    def reason(self, what: str) -> str:
        """Why the engine has no ``what`` (``has no roles``)."""
        return self.reasons.get(what) or DEFAULT_REASONS.get(what, f"has no {what}")

    def title(self, what: str, default: str) -> str:
        return self.titles.get(what, default)


NO_INTROSPECT = IntrospectRules()
