"""The offline translator's keys and answers in the state store, without loading the translator.

:func:`key` names everything a built translator depends on: its code (every source file of
:mod:`aishell.ai.offline`), the catalog (what the schema index reads of it) and the sampled
values.  :mod:`aishell.ai.offline.cache` keeps the translator's indexes under that key; this
module keeps its *answers* under it too: the SQL and explanation it gave for one question in
one dialect on one day (relative dates depend on the day) with the same sqlglot (which writes
the SQL), or the reason it gave none.  The
same question asked again of the same catalog is then answered without the translator's
indexes, and without sqlglot, which the translator needs to write SQL.

This module imports neither the translator nor sqlglot (importing :mod:`aishell.ai.offline`
loads both).  Answers live in the ``classify_cache`` table (a context and a text), so they
share its size limit; nothing that :func:`~aishell.errors.redact` would change is kept, and a
store that cannot be read or written only costs a translation.
"""

from __future__ import annotations

import hashlib
import json
import os
import weakref
from typing import TYPE_CHECKING, Any

from aishell.errors import redact

if TYPE_CHECKING:
    import datetime as dt

    from aishell.engines.base import Catalog

#: the translator document's layout (:mod:`aishell.ai.offline.cache`); part of :func:`code_version`
FORMAT = 2

_CODE: list[str] = []


def code_version() -> str:
    """A digest of every source file of the offline translator (and of the document format)."""
    if not _CODE:
        h = hashlib.sha256(f"format {FORMAT}".encode())
        here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offline")
        for name in sorted(os.listdir(here)):
            if name.endswith(".py"):
                with open(os.path.join(here, name), "rb") as fh:
                    h.update(name.encode() + b"\x00" + hashlib.sha256(fh.read()).digest())
        _CODE.append(h.hexdigest())
    return _CODE[0]


#: catalogs digested in this process: (the object, its shape then, its digest)
_DIGESTS: list[tuple[weakref.ref[Catalog], tuple[int, int], str]] = []


def catalog_digest(catalog: Catalog) -> str:
    """Everything the translator's schema index reads of a catalog, digested; once per catalog
    object (a catalog read is not changed afterwards: the translator's own reuse relies on it)."""
    shape = len(catalog.tables), sum(len(t.columns) + len(t.foreign_keys) for t in catalog.tables)
    for ref, old, digest in _DIGESTS:
        if ref() is catalog and old == shape:
            return digest
    digest = _catalog_digest(catalog)
    _DIGESTS.insert(0, (weakref.ref(catalog), shape, digest))
    del _DIGESTS[4:]
    return digest


def _catalog_digest(catalog: Catalog) -> str:
    parts = [f"{catalog.default_schema}"]
    add = parts.append
    for t in catalog.tables:  # (lists, not generators, in the joins: the same text, a third faster)
        fks = ";".join([f"{','.join(fk.columns)}>{fk.ref_table}({','.join(fk.ref_columns)})" for fk in t.foreign_keys])
        cols = "\x02".join([f"{c.name}\x03{c.data_type}\x03{'1' if c.nullable else '0'}" for c in t.columns])
        add(f"{t.schema}\x00{t.name}\x00{t.kind}\x00{','.join(t.primary_key)}\x00{fks}\x00{cols}")
    return hashlib.sha256("\x01".join(parts).encode()).hexdigest()


def values_digest(values: dict[tuple[str, str], list[str]]) -> str:
    parts = [f"{t}\x00{c}\x00" + "\x02".join(vs) for (t, c), vs in values.items()]
    return hashlib.sha256("\x01".join(parts).encode()).hexdigest()


def key(catalog: Catalog, values: dict[tuple[str, str], list[str]]) -> str:
    """The key of the translator built for this catalog and these sampled values by this code."""
    return f"{code_version()}:{catalog_digest(catalog)}:{values_digest(values)}"


# --------------------------------------------------------------------------- answers
#: the answers' context prefix in the state store's ``classify_cache`` (context, text) table
_ANSWER = "offline-answer 1"
#: questions, statements and explanations longer than this are not kept
_MAX_CHARS = 20_000
#: entries the ``classify_cache`` table keeps in all (as :data:`aishell.sql.cache.MAX_ENTRIES`)
KEEP = 2_000


def answer_context(translator_key: str, dialect: str, today: dt.date, sql_code: str) -> str:
    """Where the answers of the translator named by ``translator_key``, in ``dialect`` on ``today``, are
    kept; ``sql_code``: a fingerprint of the SQL code the translator writes and checks its SQL with
    (sqlglot's files: :func:`aishell.sql.cache.code_fingerprint`)."""
    return "\x1f".join([_ANSWER, translator_key, dialect, today.isoformat(), sql_code])


def _keepable(*texts: str) -> bool:
    return all(0 < len(t) <= _MAX_CHARS and redact(t) == t for t in texts)


def stored_answer(store: Any, context: str, question: str) -> tuple[str, str] | str | None:
    """(SQL, explanation) kept for ``question`` under ``context``; a string: the translator's reason
    for giving none; None: nothing kept (or a store that cannot be read)."""
    if not _keepable(question) or not hasattr(store, "classification"):
        return None
    try:
        payload = store.classification(context, question)
        doc = json.loads(payload) if payload is not None else None
    except Exception:  # the store is optional: a broken one only costs a translation
        return None
    if isinstance(doc, list) and len(doc) == 3 and doc[0] == "sql" and all(isinstance(v, str) for v in doc[1:]):
        return str(doc[1]), str(doc[2])
    if isinstance(doc, list) and len(doc) == 2 and doc[0] == "error" and isinstance(doc[1], str):
        return str(doc[1])
    return None


def asked_before(store: Any, question: str) -> bool:
    """Whether an answer to ``question`` is kept under any context (another catalog, day or code
    too): False says the translator will be needed; True that it may not be."""
    if not _keepable(question) or not hasattr(store, "classified_under"):
        return False
    try:
        return bool(store.classified_under(_ANSWER + "\x1f", question))
    except Exception:  # the store is optional
        return False


def store_answer(store: Any, context: str, question: str, answer: tuple[str, str] | str) -> None:
    """Keep the translator's answer to ``question``: (SQL, explanation), or the reason it gave none."""
    doc = ["error", answer] if isinstance(answer, str) else ["sql", *answer]
    if not _keepable(question, doc[1]) or redact(doc[-1]) != doc[-1] or not hasattr(store, "put_classification"):
        return
    try:
        store.put_classification(context, question, json.dumps(doc, ensure_ascii=False, separators=(",", ":")),
                                 keep=KEEP)  # fmt: skip
    except Exception:  # noqa: S110 - the store is optional: a broken one only costs a translation next time
        pass
