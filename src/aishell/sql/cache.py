"""Classifications kept on disk, so that a one-shot command that runs a statement seen before
needs neither sqlglot nor a parse (importing sqlglot and building its dialect's tokenizer and
parser costs about as much as the rest of ``aishell query``'s start-up).

A stored classification is exactly what :func:`aishell.sql.classify.classify` returned for the
same inputs: the entry is found by everything that decides the result --

* the statement's text, character for character, and the sqlglot dialect name;
* the database's own functions that shadow a built-in (``shadowed``) and the functions the
  user's ``[read_only] functions`` allows;
* the code: the size and modification time of every source and data file of the classifier,
  the engines' lists of read-safe functions and settings, the engines' dialects, and every
  file of the installed sqlglot, with the Python version and a format number.

Any change to one of these finds no entry, and the statement is parsed as before.  Nothing
is stored that history would not keep: a statement or a classification that
:func:`aishell.errors.redact` would change (a password in it) is neither looked up nor
stored.  Failures of the store (locked, read-only, corrupt) fall back to parsing.  The store
keeps the newest :data:`MAX_ENTRIES` entries.

This module imports no sqlglot; :mod:`aishell.sql.classify` loads on the first statement
not found here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aishell.errors import AishellError, redact
from aishell.sql.kinds import Classification, Kind

if TYPE_CHECKING:
    from aishell.state import StateStore

#: bump when the stored form or what a classification depends on changes shape
FORMAT = 2
#: statements longer than this are not kept (a pasted script is rarely run twice as is)
MAX_SQL_CHARS = 20_000
#: entries kept in the store (the oldest go first)
MAX_ENTRIES = 2_000

#: aishell's files the classification depends on: (folder under the package, file suffixes)
_AISHELL_FILES = (
    ("sql", (".py",)),
    ("engines/readsafe", (".py", ".txt")),
    ("engines", (".py",)),  # dialect.py, registry.py, __init__.py (not recursive)
    ("", ("config.py", "errors.py")),
)  # and each registered engine's dialect.py
#: code suffixes of sqlglot's package (sources and compiled extensions, recursively)
_SQLGLOT_SUFFIXES = (".py", ".so", ".pyd")

_code: str | None = None


def code_fingerprint() -> str:
    """A summary of the size and modification time of every file the classifier's result
    depends on (computed once per process): it changes when any of them changes."""
    global _code
    if _code is None:
        import aishell
        from aishell.engines.registry import ENGINES

        parts = [f"f{FORMAT}", sys.implementation.cache_tag or "", sys.version.split()[0]]
        root = Path(aishell.__file__).parent
        folders = [*_AISHELL_FILES, *((f"engines/{name}", ("dialect.py",)) for name in ENGINES)]
        for folder, suffixes in folders:
            parts.append(_summary(_files(root / folder, suffixes, recursive=False)))
        parts.append(_sqlglot_summary())
        _code = "|".join(parts)
    return _code


def _sqlglot_summary() -> str:
    from importlib.machinery import PathFinder

    spec = PathFinder.find_spec("sqlglot")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        return "sqlglot:?"
    files: list[tuple[str, int, int]] = []
    for where in locations:
        files += _files(Path(where), _SQLGLOT_SUFFIXES, recursive=True)
    return f"sqlglot:{locations[0]}:" + _summary(files)


def _files(folder: Path, suffixes: tuple[str, ...], *, recursive: bool) -> list[tuple[str, int, int]]:
    """(name, size, mtime in ns) of the files in ``folder`` whose names end in ``suffixes``."""
    found: list[tuple[str, int, int]] = []
    todo = [folder]
    while todo:
        current = todo.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if recursive and entry.name != "__pycache__":
                    todo.append(Path(entry.path))
            elif entry.name.endswith(suffixes):
                st = entry.stat()
                found.append((entry.path, st.st_size, st.st_mtime_ns))
    return found


def _summary(files: Iterable[tuple[str, int, int]]) -> str:
    """Count, total size, sum and latest of the modification times, and a checksum of the names:
    an edit, an added, removed or renamed file, or a reinstall, changes it."""
    from zlib import crc32

    count = size = total = latest = names = 0
    for name, length, mtime in files:
        count += 1
        size += length
        total += mtime
        latest = max(latest, mtime)
        names ^= crc32(f"{name}:{length}:{mtime}".encode("utf-8", "surrogateescape"))
    return f"{count}:{size}:{total}:{latest}:{names:08x}"


def context(dialect: str, shadowed: frozenset[str]) -> str | None:
    """The part of an entry's key beside the statement: code, dialect and function lists; None
    when the user's function list cannot be read (then the classifier reports that itself)."""
    from aishell.engines.readsafe import user_functions

    try:
        user = user_functions()
    except AishellError:
        return None
    return "\x1f".join([code_fingerprint(), dialect, ",".join(sorted(shadowed)), ",".join(sorted(user))])


def encode(c: Classification) -> str | None:
    """The stored form of ``c``, or None when it must not be kept (a password in it) or does
    not read back as the same classification."""
    import json

    payload = json.dumps([c.kind.value, c.statement_type, c.destructive, c.reasons, c.tables, c.dangerous, c.error,
                          c.settings, c.lifts_limits, c.too_deep, c.relations], separators=(",", ":"))  # fmt: skip
    if redact(payload) != payload or decode(c.sql, payload) != c:
        return None
    return payload


def decode(sql: str, payload: str) -> Classification | None:
    """The classification of ``sql`` stored as ``payload``; None if it does not read."""
    import json

    try:
        kind, stype, destructive, reasons, tables, dangerous, error, settings, lifts, deep, rels = json.loads(payload)
        return Classification(sql, Kind(kind), _text(stype), destructive=_flag(destructive), reasons=_texts(reasons),
                              tables=_texts(tables), dangerous=_texts(dangerous),
                              error=None if error is None else _text(error), settings=_texts(settings),
                              lifts_limits=_flag(lifts), too_deep=_flag(deep),
                              relations=None if rels is None else [tuple(_texts(r)) for r in rels])  # fmt: skip
    except (ValueError, TypeError):
        return None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _texts(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return [_text(v) for v in value]


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not a flag")
    return value


def cacheable(sql: str) -> bool:
    """Whether ``sql`` may be looked up and stored: not too long, and nothing in it to redact."""
    return 0 < len(sql) <= MAX_SQL_CHARS and redact(sql) == sql


def classify(sql: str, dialect: str, shadowed: frozenset[str], store: StateStore | None) -> Classification:
    """:func:`aishell.sql.classify.classify`, answered from ``store`` when it holds this
    statement's classification for the same code, dialect and function lists."""
    ctx = context(dialect, shadowed) if store is not None and cacheable(sql) else None
    if store is not None and ctx is not None:
        try:
            payload = store.classification(ctx, sql)
        except Exception:  # a store that cannot be read: parse
            payload = None
        found = decode(sql, payload) if payload is not None else None
        if found is not None:
            return found
    from aishell.sql.classify import classify as parse  # sqlglot loads here, on a miss only

    result = parse(sql, dialect, shadowed=shadowed)
    if store is not None and ctx is not None and result.sql == sql:
        payload = encode(result)
        if payload is not None:
            try:
                store.put_classification(ctx, sql, payload, keep=MAX_ENTRIES)
            except Exception:  # noqa: S110 - a cache that cannot be written only costs a parse next time
                pass
    return result
