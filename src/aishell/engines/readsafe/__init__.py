"""What a read may call and set, per engine: the allow-lists behind read-only mode.

Read-only mode is an allow-list.  A statement is a read only when every function
it calls is on its engine's list of functions a read may call (built-ins that
neither write, read server files, evaluate SQL text nor change server or session
state) and every setting it changes is on the engine's list of harmless session
settings.  The lists are data files beside this module, one name a line, made
from each engine's own catalog by ``tools/gen_readsafe.py`` and reviewed by hand;
the classifier (:mod:`aishell.sql.classify`) and the SQLite authorizer read them.

This module imports no driver: the classifier loads it without connecting.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["limit_settings", "read_functions", "read_pragmas", "safe_settings"]

#: dialect name (as the engines declare it) -> data file stem
_ENGINES = ("postgres", "mysql", "sqlite", "duckdb", "oracle")


def _load(stem: str) -> frozenset[str]:
    try:
        text = (Path(__file__).parent / f"{stem}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    names = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            names.update(line.split())
    return frozenset(names)


def _engine(dialect: str) -> str | None:
    d = (dialect or "").lower()
    if d in ("postgresql", "postgres"):
        return "postgres"
    if d in ("mysql", "mariadb"):
        return "mysql"
    return d if d in _ENGINES else None


@cache
def _names(kind: str, dialect: str) -> frozenset[str]:
    """The ``kind`` list (functions, settings, limits, pragmas) of ``dialect``'s engine, or
    every engine's for no dialect; functions include the SQL-standard forms of every engine."""
    engine = _engine(dialect)
    common = _load("common.functions") if kind == "functions" else frozenset()
    if engine is None:
        return common.union(*(_load(f"{e}.{kind}") for e in _ENGINES))
    return common | _load(f"{engine}.{kind}")


def read_functions(dialect: str) -> frozenset[str]:
    """Lower-case names of the functions a read may call on ``dialect``'s engine
    (every engine's, for no dialect)."""
    return _names("functions", dialect)


def safe_settings(dialect: str) -> frozenset[str]:
    """Lower-case names of the session settings read-only mode lets a statement change
    (display, time zone, search path, planner hints: nothing that lifts read-only, a
    limit, logging, file access or the way the server reads SQL text)."""
    return _names("settings", dialect)


def limit_settings(dialect: str) -> frozenset[str]:
    """Lower-case names of the settings that hold a limit the server may set
    (statement timeouts, memory caps): a policy with ``lock_limits`` refuses changing them."""
    return _names("limits", dialect)


def read_pragmas(dialect: str) -> frozenset[str]:
    """Lower-case names of the PRAGMAs that only report (SQLite, DuckDB)."""
    return _names("pragmas", dialect)
