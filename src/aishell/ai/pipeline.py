"""From a question to one validated SQL statement.

1. **context**: the relevant tables and columns (:mod:`aishell.ai.context`);
2. **examples**: questions the user accepted before, as few-shot examples;
3. **generate**: the provider answers; the reply is parsed (fenced blocks,
   prose around them, exactly one statement);
4. **validate**: sqlglot parses it in the connection's dialect, every table
   and column must exist in the catalog (aliases and CTEs resolved by
   sqlglot's qualifier), the shared classifier rates the risk, and EXPLAIN
   dry-runs it on the database;
5. **repair**: a failure is sent back to the model, up to ``max_attempts``.

Nothing here runs the statement: :mod:`aishell.services.ask` does that,
through :meth:`Session.run`, after the face has confirmed.  The pipeline sees the
database through :class:`aishell.ai.ports.Database` (a ``Session`` is one), never
through the services.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aishell.ai.context import build_context, words
from aishell.ai.providers import Message, OfflineProvider, Provider, TextFn
from aishell.engines import dialect_of
from aishell.engines.base import Catalog, TableInfo
from aishell.errors import AishellError
from aishell.sql.kinds import Classification
from aishell.sql.split import split_statements

if TYPE_CHECKING:
    from sqlglot import exp

    from aishell.ai.ports import Database
    from aishell.state import NLExample


class ReplyError(Exception):
    """The model's reply holds no usable statement."""


class ValidationError(Exception):
    """The statement does not fit the database."""


@dataclass
class Attempt:
    sql: str
    error: str | None = None
    reply: str = ""  # the model's raw reply (empty for the offline provider)
    number: int = 0  # 1-based

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class AskResult:
    question: str
    sql: str = ""
    explanation: str = ""
    classification: Classification | None = None
    risk: str = ""  # "read" | "write" | "ddl" | "admin" | "session" | "transaction" | "unknown"
    attempts: list[Attempt] = field(default_factory=list)
    provider: str = ""
    model: str = ""
    ok: bool = False
    refused: str | None = None  # why the session's policy would refuse it (read-only mode ...)
    tables: list[str] = field(default_factory=list)  # tables given to the model

    @property
    def error(self) -> str | None:
        if self.ok:
            return None
        last = self.attempts[-1].error if self.attempts else None
        return last or "no SQL was generated"

    @property
    def needs_confirmation(self) -> bool:
        """True for anything but a plain read: such a statement never runs without explicit confirmation."""
        return self.classification is None or not self.classification.is_read


#: ``on_attempt(attempt)``: called after each generation attempt
AttemptFn = Callable[[Attempt], None]


# --------------------------------------------------------------------------- replies
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+.-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)
_SQL_START = re.compile(
    r"(?im)^\s*(WITH|SELECT|INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|VALUES|EXPLAIN|SHOW|PRAGMA|REPLACE)\b"
)
_EXPLANATION = re.compile(r"(?im)^\s*(?:--\s*|\*\*)?explanation\s*:?\**\s*:?\s*(.+)$")
_NOT_SQL_LANGS = {"text", "json", "python", "bash", "sh", "console", "output", "plaintext"}


def parse_reply(text: str, dialect: str = "") -> tuple[str, str]:
    """(sql, explanation) from a model's reply; :class:`ReplyError` when it holds not exactly one statement."""
    blocks = [(lang.lower(), body) for lang, body in _FENCE.findall(text)]
    sql_blocks = [b.strip() for lang, b in blocks if lang not in _NOT_SQL_LANGS and b.strip()]
    prose = _FENCE.sub("\n", text)
    if sql_blocks:
        sql_blocks = list(dict.fromkeys(sql_blocks))
        candidate = "\n".join(s if s.rstrip().endswith(";") else s + ";" for s in sql_blocks)
    else:
        m = _SQL_START.search(text)
        if m is None:
            raise ReplyError("the reply contains no SQL statement")
        rest = text[m.start():]
        # the statement ends at the first ';' or at a blank line followed by prose
        end = re.search(r";|\n\s*\n(?!\s*(?:AND|OR|FROM|WHERE|JOIN|GROUP|ORDER|LIMIT|HAVING|UNION)\b)", rest, re.I)
        candidate = rest[: end.start() + 1] if end is not None and end.group() == ";" else (
            rest[: end.start()] if end is not None else rest
        )
        prose = text[: m.start()] + "\n" + text[m.start() + len(candidate):]
    statements = [s.sql.strip().rstrip(";").strip() for s in split_statements(candidate, dialect)]
    statements = [s for s in statements if s and not _only_comments(s)]
    if not statements:
        raise ReplyError("the reply contains no SQL statement")
    if len(statements) > 1:
        raise ReplyError(f"the reply contains {len(statements)} statements; exactly one is needed")
    return statements[0], _explanation(text, prose)


def _only_comments(sql: str) -> bool:
    stripped = re.sub(r"--[^\n]*|/\*.*?\*/", "", sql, flags=re.S)
    return not stripped.strip()


def _explanation(text: str, prose: str) -> str:
    m = _EXPLANATION.search(text)
    if m:
        return _clean(m.group(1))
    for line in prose.splitlines():
        line = line.strip().lstrip("#*-> ").strip()
        if line and not _SQL_START.match(line):
            return _clean(line)
    return ""


def _clean(line: str) -> str:
    return " ".join(line.replace("**", "").split())[:300]


# --------------------------------------------------------------------------- validation
def _schema_mapping(catalog: Catalog, names: set[str] | None = None) -> tuple[dict[str, Any], str | None]:
    """sqlglot's schema mapping of ``catalog``; ``names``: only the tables of these lower-case
    names (in every schema), the ones a statement reads: the qualifier looks up nothing else,
    and a mapping of 2,000 tables costs more to build than the check itself."""
    nested = any(t.schema for t in catalog.tables)
    default = catalog.default_schema or next((t.schema for t in catalog.tables if t.schema), None)
    mapping: dict[str, Any] = {}
    for t in catalog.tables:
        if names is not None and t.name.lower() not in names:
            continue
        cols = {c.name: "UNKNOWN" for c in t.columns}
        if nested:
            mapping.setdefault(t.schema or default or "", {})[t.name] = cols
        else:
            mapping[t.name] = cols
    return mapping, (default if nested else None)


def check_names(sql: str, catalog: Catalog, dialect: str) -> exp.Expr:
    """Parse ``sql`` (exactly one statement) and check its tables and columns against ``catalog``."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import OptimizeError, SqlglotError

    try:
        trees = [t for t in sqlglot.parse(sql, read=dialect or None) if t is not None]
    except SqlglotError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ValidationError(f"syntax error: {first}") from None
    if len(trees) != 1:
        raise ValidationError(f"expected exactly one statement, got {len(trees)}")
    tree = trees[0]
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    unknown = []
    for t in tree.find_all(exp.Table):
        if not t.name or isinstance(t.this, exp.Func):
            continue
        if not t.db and t.name.lower() in ctes:
            continue
        if catalog.find_table(t.name, t.db or None) is None:
            unknown.append(".".join(p for p in (t.db, t.name) if p))
    if unknown:
        names = ", ".join(dict.fromkeys(unknown))
        known = ", ".join(sorted(t.name for t in catalog.tables)[:60])
        raise ValidationError(f"unknown table: {names} (tables: {known})")
    if not isinstance(tree, exp.Query | exp.Insert | exp.Update | exp.Delete):
        return tree
    used = {t.name.lower() for t in tree.find_all(exp.Table) if t.name}
    mapping, db = _schema_mapping(catalog, used)
    if not mapping:  # a statement without tables: the whole catalog, as the qualifier always had
        mapping, db = _schema_mapping(catalog)
    # names compare without case where the engine keeps them as written (SQLite, MySQL, DuckDB);
    # elsewhere a quoted name keeps its case, so catalog names stay as they are
    fold = dialect_of(dialect).case_folding == "none"
    try:
        from sqlglot.optimizer.qualify import qualify
        from sqlglot.schema import MappingSchema

        qualify(tree.copy(), schema=MappingSchema(mapping, dialect=dialect or None, normalize=fold),
                dialect=dialect or None,
                db=db, validate_qualify_columns=True, quote_identifiers=False)  # fmt: skip
    except OptimizeError as exc:
        message = str(exc).split(". Line:")[0]
        name = re.search(r"(?:column:?\s*'?\"?)([A-Za-z_][\w$]*)", message, re.I)
        aliases = {a.alias.lower() for a in tree.find_all(exp.Alias) if a.alias}
        spelled = name.group(1) if name is not None else ""
        other_case = spelled.lower() in _referenced_columns(tree, catalog, lower=True) and spelled not in (
            _referenced_columns(tree, catalog, lower=False))
        if name is not None and (spelled.lower() in aliases or other_case):
            # an output alias used in WHERE/GROUP BY, or a column that exists under another spelling
            # (identifier case rules differ by engine): the engine decides in the EXPLAIN dry run
            return tree
        hint = _column_hint(tree, catalog)
        raise ValidationError(f"{message}{hint}") from None
    except (SqlglotError, KeyError, ValueError, AttributeError):  # the qualifier's limits, not the query's
        return tree
    return tree


def _referenced_columns(tree: exp.Expr, catalog: Catalog, *, lower: bool) -> set[str]:
    from sqlglot import exp

    names: set[str] = set()
    for t in tree.find_all(exp.Table):
        info = catalog.find_table(t.name, t.db or None) if t.name else None
        if info is not None:
            names.update(c.name.lower() if lower else c.name for c in info.columns)
    return names


def _column_hint(tree: exp.Expr, catalog: Catalog) -> str:
    from sqlglot import exp

    parts = []
    for t in tree.find_all(exp.Table):
        info = catalog.find_table(t.name, t.db or None) if t.name else None
        if info is not None:
            parts.append(f"{info.name}({', '.join(c.name for c in info.columns)})")
    return " (columns: " + "; ".join(dict.fromkeys(parts)) + ")" if parts else ""


# --------------------------------------------------------------------------- examples
#: cosine similarity an example needs when ranked by embeddings
MIN_SIMILARITY = 0.5


def similar_examples(
    question: str,
    examples: list[NLExample],
    k: int = 3,
    min_score: float = 0.25,
    *,
    use_embeddings: bool = True,
    min_similarity: float = MIN_SIMILARITY,
) -> list[NLExample]:
    """The ``k`` accepted examples most like ``question``.

    By embedding similarity (cosine at least ``min_similarity``) where the
    embedding model is installed, else by word overlap (Jaccard at least ``min_score``).
    """
    if use_embeddings and examples:
        by_meaning = _similar_by_embeddings(question, examples, k, min_similarity)
        if by_meaning is not None:
            return by_meaning
    q = words(question)
    scored = []
    for i, e in enumerate(examples):
        w = words(e.question)
        if not q or not w:
            continue
        score = len(q & w) / len(q | w)
        if score >= min_score:
            scored.append((score, -i, e))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [e for _s, _i, e in scored[:k]]


def _similar_by_embeddings(question: str, examples: list[NLExample], k: int,
                           min_similarity: float) -> list[NLExample] | None:  # fmt: skip
    from aishell.ai import embeddings

    if not embeddings.available():
        return None
    try:
        sims = embeddings.cosine(question, [e.question for e in examples])
    except Exception:  # an optional model never stops a question: fall back to word overlap
        return None
    scored = [(float(s), -i, e) for i, (s, e) in enumerate(zip(sims, examples, strict=True)) if s >= min_similarity]
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [e for _s, _i, e in scored[:k]]


def _same_question(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))

    return norm(a) == norm(b)


# --------------------------------------------------------------------------- prompt
SYSTEM = """\
You translate questions about a {engine} database into SQL for the {dialect} dialect.
Rules:
- Use only the tables and columns in the schema below.
- Answer with exactly one SQL statement in a ```sql fenced code block, then one line
  "Explanation: <one short sentence saying what the query does>".
- Answer questions with a read-only SELECT.  Write a statement that changes data or the
  schema only when the question explicitly asks for that change.
- Add LIMIT only when the question asks for a number of rows.
- Compare text values exactly as they appear in the listed sample values.

Schema ({shown} of {total} tables shown):
{schema}
"""


def _engine_name(session: Database) -> str:
    try:
        return session.connection().display_name
    except AishellError:
        return session.dialect


#: how long sampled values read from the state store stay good: the catalog's fingerprint catches
#: a changed schema at once, but not new values in the data (a new ``status``), so after this many
#: seconds the values are sampled again
VALUE_CACHE_MAX_AGE = 3600.0


@dataclass
class _Sampled:
    catalog: weakref.ref[Catalog]  # the catalog object these values belong to
    tables: set[str] = field(default_factory=set)  # qualified names already sampled
    data: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    #: the ValueIndex handed out while nothing new is sampled: one object, so that the
    #: translator built for it (``translator_for``, keyed on identity) is reused
    index: Any = None
    #: (database identity, catalog fingerprint) in the state store; None: not stored
    key: tuple[str, str] | None = None
    store: Any = None  # the state store (a StateStore), when the values are kept there
    sampled_at: float = 0.0


_VALUES: weakref.WeakKeyDictionary[Any, _Sampled] = weakref.WeakKeyDictionary()


def catalog_fingerprint(catalog: Catalog) -> str:
    """A digest of what sampling depends on: every table's schema, name and kind, its columns
    and their types, in order; and the sampling code itself (which columns it reads, how:
    a new rule samples again)."""
    import hashlib
    import os

    h = hashlib.sha256()
    offline = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offline")
    for module in ("values.py", "schema.py"):  # not imported: that would load the translator and sqlglot
        h.update(_sampler_digest(os.path.join(offline, module)))
    h.update(f"{catalog.default_schema}\x00".encode())
    for t in catalog.tables:
        h.update(f"\x01{t.schema}\x00{t.name}\x00{t.kind}".encode())
        for c in t.columns:
            h.update(f"\x02{c.name}\x00{c.data_type}".encode())
    return h.hexdigest()


_SAMPLER_DIGESTS: dict[str, bytes] = {}


def _sampler_digest(path: str) -> bytes:
    digest = _SAMPLER_DIGESTS.get(path)
    if digest is None:
        import hashlib

        try:
            with open(path, "rb") as fh:
                digest = hashlib.sha256(fh.read()).digest()
        except OSError:
            digest = b""
        _SAMPLER_DIGESTS[path] = digest
    return digest


def _locate_stored(session: Database, catalog: Catalog, cached: _Sampled) -> None:
    """Where ``catalog``'s values live in the state store: nowhere without a store that keeps
    them, nor for a database in memory (a new one in every process)."""
    store: Any = session.state
    if store is None or not hasattr(store, "value_cache") or not hasattr(store, "put_value_cache"):
        return
    try:
        identity = session.connection().url.identity()
    except AishellError:
        return
    if identity.endswith(("://:memory:", "://")):
        return
    cached.key, cached.store = (identity, catalog_fingerprint(catalog)), store


def _load_stored(cached: _Sampled) -> None:
    """Fill ``cached`` from the state store when it holds values sampled for this very catalog
    less than :data:`VALUE_CACHE_MAX_AGE` seconds ago."""
    import json
    import time

    if cached.key is None:
        return
    try:
        stored = cached.store.value_cache(cached.key[0])
    except Exception:  # the store is optional: a broken one never stops a question
        return
    if stored is None:
        return
    fingerprint, sampled_at, payload = stored
    age = time.time() - sampled_at
    if fingerprint != cached.key[1] or not 0 <= age <= VALUE_CACHE_MAX_AGE:
        return
    try:
        doc = json.loads(payload)
        tables = {str(t) for t in doc["tables"]}
        data = {(str(t), str(c)): [str(v) for v in vals] for t, c, vals in doc["values"]}
    except (ValueError, KeyError, TypeError):
        return
    cached.tables, cached.data, cached.sampled_at = tables, data, sampled_at
    cached.index = None


def _save_stored(cached: _Sampled) -> None:
    import json

    if cached.key is None:
        return
    doc = {"tables": sorted(cached.tables), "values": [[t, c, v] for (t, c), v in cached.data.items()]}
    try:
        cached.store.put_value_cache(cached.key[0], cached.key[1], cached.sampled_at,
                                     json.dumps(doc, ensure_ascii=False, separators=(",", ":")))  # fmt: skip
    except Exception:  # the store is optional
        return


def value_index(session: Database, catalog: Catalog, tables: list[TableInfo] | None = None) -> Any:
    """Sampled values of low-cardinality text columns of ``tables`` (default: all).

    Cached per session and catalog object: tables already sampled are not read again, and
    while nothing new is sampled the same :class:`~aishell.ai.offline.ValueIndex` object is
    returned (so the translator built for it is reused).  The values of the whole catalog,
    sampled at once (what the offline translator asks for), are also kept in the state store,
    per database and catalog fingerprint (:func:`catalog_fingerprint`), for
    :data:`VALUE_CACHE_MAX_AGE` seconds: a new process reads them instead of the database.
    """
    from aishell.ai.offline import ValueIndex

    cached = _sampled(session, catalog, tables)
    if cached.index is None:
        cached.index = ValueIndex(dict(cached.data))
    return cached.index


def _sampled(session: Database, catalog: Catalog, tables: list[TableInfo] | None) -> _Sampled:
    """:func:`value_index`'s values of ``tables`` (default: all), without building the index."""
    import time

    cached = _VALUES.get(session)
    if cached is None or cached.catalog() is not catalog:
        cached = _Sampled(weakref.ref(catalog))
        _VALUES[session] = cached
    whole = tables is None and not cached.tables  # the whole catalog, nothing sampled yet
    if whole:
        _locate_stored(session, catalog, cached)
        _load_stored(cached)
    todo = [t for t in (catalog.tables if tables is None else tables) if t.qualified_name not in cached.tables]
    if todo:
        fresh = _sample(session, catalog, todo)
        if fresh is not None:
            if not cached.data:
                cached.index = fresh  # the same values, in the same order: no second index to build
            elif fresh.values:
                cached.index = None
            cached.data.update(fresh.values)
        cached.tables.update(t.qualified_name for t in todo)
        if whole and fresh is not None:  # exactly the whole catalog's values; a failed read is not kept
            cached.sampled_at = time.time()
            _save_stored(cached)
    return cached


#: the translator's indexes kept in the state store (value_cache) under this prefix of the database's identity
_TRANSLATOR_TARGET = "offline-translator "


def offline_translator(session: Database, catalog: Catalog, *, translator_key: str = "") -> Any:
    """The offline :class:`~aishell.ai.offline.Translator` for ``catalog`` and its sampled values.

    Reused in the process while the catalog and value index objects live (``translator_for``);
    else loaded from the state store when it holds the indexes built for this very catalog and
    these values by this very code (:func:`aishell.ai.offline.cache.key`; ``translator_key``: that key,
    when the caller computed it), else built and stored."""
    import contextlib
    import gc
    import time

    from aishell.ai.offline import ValueIndex
    from aishell.ai.offline import cache as saved
    from aishell.ai.offline.translate import remember, translator_for

    cached = _sampled(session, catalog, None)
    if cached.index is not None:
        found = translator_for(catalog, cached.index, build=False)
        if found is not None:
            return found
    stored = cached.key is not None and cached.tables.issuperset(t.qualified_name for t in catalog.tables)
    key = (translator_key or saved.key(catalog, cached.data)) if stored else ""
    ahead = _AHEAD.pop(cached.key[0], None) if cached.key is not None else None
    enabled = gc.isenabled()
    gc.disable()  # many objects, all kept: collecting while they are made costs more than making them
    try:
        if stored and cached.index is None:
            tr = _load_translator(cached, catalog, key, ahead)
            if tr is not None:
                cached.index = tr.values
                remember(catalog, tr.values, tr)
                return tr
        if cached.index is None:
            cached.index = ValueIndex(dict(cached.data))
        tr = translator_for(catalog, cached.index)
        if stored and cached.key is not None:
            with contextlib.suppress(Exception):  # the store is optional
                cached.store.put_value_cache(_TRANSLATOR_TARGET + cached.key[0], key, time.time(), saved.dumps(tr))
        return tr
    finally:
        if enabled:
            gc.enable()


def offline_answer(session: Database, catalog: Catalog, question: str, dialect: str) -> tuple[str, str] | str:
    """(SQL, explanation): the offline translator's answer to ``question``; a string: the message
    of the :class:`~aishell.ai.offline.TranslationError` with which it gave none.

    Kept in the state store with the translator's indexes (:mod:`aishell.ai.answer_cache`):
    the same question asked again on the same day in the same dialect, of a catalog and sampled
    values the very same code indexed, is answered (or refused) as it was, without loading the
    translator.  A translator already in memory (the REPL's second question) answers at once."""
    import datetime as dt

    from aishell.ai import answer_cache
    from aishell.sql import cache as sql_cache

    today = dt.date.today()
    cached = _sampled(session, catalog, None)
    context, key = None, ""
    if cached.index is not None and _in_memory(catalog, cached.index):
        pass  # translating costs less than looking the answer up and keeping it
    elif cached.key is not None and cached.tables.issuperset(t.qualified_name for t in catalog.tables):
        key = answer_cache.key(catalog, cached.data)
        context = answer_cache.answer_context(key, dialect, today, sql_cache.code_fingerprint())
        found = answer_cache.stored_answer(cached.store, context, question)
        if found is not None:
            return found
    from aishell.ai.offline import TranslationError  # the translator and sqlglot load here, on a miss only

    try:
        t = offline_translator(session, catalog, translator_key=key).translate(question, dialect=dialect, today=today)
    except TranslationError as exc:
        if context is not None:
            answer_cache.store_answer(cached.store, context, question, exc.message)
        return exc.message
    if context is not None:
        answer_cache.store_answer(cached.store, context, question, (t.sql, t.explanation))
    return t.sql, t.explanation


def _in_memory(catalog: Catalog, values: Any) -> bool:
    """Whether this process holds the translator of ``catalog`` and ``values`` (it loaded the
    translator's modules then, and sqlglot)."""
    import sys

    translate = sys.modules.get("aishell.ai.offline.translate")
    return translate is not None and translate.translator_for(catalog, values, build=False) is not None


#: translator documents read ahead (:func:`read_translator_ahead`): database identity -> (key, document)
_AHEAD: dict[str, tuple[str, Any]] = {}


def read_translator_ahead(session: Database) -> None:
    """Read and decode now the translator's indexes kept for ``session``'s database, for a caller that
    waits meanwhile (a one-shot ``ask`` while the server reads its catalog fingerprint: ~35 ms on a
    2,000-table catalog).  :func:`offline_translator` takes them only when they were kept under its
    key (this catalog, these values, this code); else they are read again, or built."""
    import json

    store: Any = session.state
    url = getattr(session, "url", None)
    if store is None or url is None or not hasattr(store, "value_cache"):
        return
    try:
        identity = url.identity()
        row = store.value_cache(_TRANSLATOR_TARGET + identity)
        if row is not None:
            _AHEAD[identity] = (row[0], json.loads(row[2]))
    except Exception:  # the store is optional, and this only saves time
        return


def _load_translator(cached: _Sampled, catalog: Catalog, key: str, ahead: tuple[str, Any] | None) -> Any:
    from aishell.ai.offline import cache as saved

    if cached.key is None:
        return None
    if ahead is not None and ahead[0] == key:
        return saved.from_data(catalog, dict(cached.data), ahead[1])
    try:
        row = cached.store.value_cache(_TRANSLATOR_TARGET + cached.key[0])
    except Exception:  # the store is optional: a broken one never stops a question
        return None
    if row is None or row[0] != key:
        return None
    return saved.loads(catalog, dict(cached.data), row[2])


def _sample(session: Database, catalog: Catalog, tables: list[TableInfo]) -> Any:
    """A ValueIndex of ``tables``, read on a sibling connection; None when the database failed."""
    from aishell.ai.offline import build_value_index

    part = Catalog(default_schema=catalog.default_schema, schemas=catalog.schemas, tables=tables)
    try:
        conn = session.connection()
        try:  # a read-only sibling: never waits for, nor fails inside, the user's transaction
            side = conn.sibling()
        except AishellError:
            side = None
        try:
            return build_value_index(side or conn, part)
        finally:
            if side is not None and side is not conn:  # SQLite in memory: the sibling is the connection
                side.close()
    except AishellError:
        return None


# --------------------------------------------------------------------------- checks kept
def _check_store(session: Database) -> Any:
    """The state store that keeps checks and classifications for ``session``: the one its own
    classifications are kept in (a session the factory built, that records history), else None."""
    store: Any = session.state
    if store is None or not getattr(session, "cache_classifications", False) or not getattr(
            session, "record_history", False) or not hasattr(store, "put_classification"):  # fmt: skip
        return None
    return store


def _names_context(catalog: Catalog, dialect: str) -> str | None:
    """The key, beside the statement, of a passed :func:`check_names`: the catalog (all that the
    check reads of it: schemas, names, columns), the dialect and the code (this file, the
    classifier's fingerprint: sqlglot's files and the engines' dialects)."""
    import os

    from aishell.ai import answer_cache
    from aishell.sql import cache

    try:
        st = os.stat(__file__)
    except OSError:
        return None
    return "\x1f".join(["names 1", f"{st.st_size}:{st.st_mtime_ns}", cache.code_fingerprint(), dialect,
                        answer_cache.catalog_digest(catalog)])  # fmt: skip


def _names_checked(store: Any, context: str, sql: str) -> bool:
    try:
        return bool(store.classification(context, sql) == "ok")
    except Exception:  # a store that cannot be read: check again
        return False


# --------------------------------------------------------------------------- the pipeline
class Pipeline:
    def __init__(
        self,
        session: Database,
        provider: Provider,
        *,
        max_attempts: int = 3,
        on_attempt: AttemptFn | None = None,
        on_text: TextFn | None = None,
        budget: int | None = None,
        dry_run: bool = True,
    ) -> None:
        self.session = session
        self.provider = provider
        self.max_attempts = max(1, max_attempts)
        self.on_attempt = on_attempt
        self.on_text = on_text
        self.budget = budget
        self.dry_run = dry_run

    def _examples(self) -> list[NLExample]:
        state = self.session.state
        if state is None:
            return []
        try:
            return state.examples(connection=self.session.label)
        except Exception:  # the store is optional: a broken one never stops a question
            return []

    def run(self, question: str) -> AskResult:
        question = " ".join(question.split())
        result = AskResult(question, provider=self.provider.name, model=self.provider.model)
        if not question:
            result.attempts.append(Attempt("", "empty question"))
            return result
        catalog = self.session.catalog()
        dialect = self.session.dialect
        examples = self._examples()
        if isinstance(self.provider, OfflineProvider):
            self._offline(question, catalog, dialect, examples, result)
            return result
        from aishell.ai.context import DEFAULT_BUDGET

        budget = self.budget or DEFAULT_BUDGET
        # rank by names first, sample values only of the tables that made it into the prompt, then render
        ctx = build_context(question, catalog, value_index(self.session, catalog, []), budget=budget)
        shown = set(ctx.tables)
        values = value_index(self.session, catalog, [t for t in catalog.tables if t.qualified_name in shown])
        ctx = build_context(question, catalog, values, budget=budget)
        result.tables = ctx.tables
        system = SYSTEM.format(engine=_engine_name(self.session), dialect=dialect or "standard SQL",
                               shown=len(ctx.tables), total=len(catalog.tables), schema=ctx.text)  # fmt: skip
        messages: list[Message] = []
        for e in reversed(similar_examples(question, examples)):
            messages.append(Message("user", f"Question: {e.question}"))
            messages.append(Message("assistant", f"```sql\n{e.sql}\n```\nExplanation: an accepted earlier answer."))
        messages.append(Message("user", f"Question: {question}"))
        for number in range(1, self.max_attempts + 1):
            reply = self.provider.chat(system, messages, self.on_text)
            attempt = Attempt("", reply=reply, number=number)
            try:
                sql, explanation = parse_reply(reply, dialect)
                attempt.sql = sql
                self._validate(sql, catalog, dialect, result)
                result.explanation = explanation
            except (ReplyError, ValidationError) as exc:
                attempt.error = str(exc)
            result.attempts.append(attempt)
            if self.on_attempt is not None:
                self.on_attempt(attempt)
            if attempt.ok:
                result.sql, result.ok = attempt.sql, True
                return result
            messages.append(Message("assistant", reply))
            messages.append(Message("user", f"That answer failed: {attempt.error}\n"
                                            "Reply with one corrected statement in the same format."))  # fmt: skip
        result.sql = result.attempts[-1].sql if result.attempts else ""
        return result

    def _offline(self, question: str, catalog: Catalog, dialect: str, examples: list[NLExample],
                 result: AskResult) -> None:  # fmt: skip
        attempt = Attempt("", number=1)
        same = next((e for e in examples if _same_question(e.question, question)), None)
        try:
            if same is not None:
                answer: tuple[str, str] | str = (same.sql, "The query you accepted for this question before.")
            else:
                answer = offline_answer(self.session, catalog, question, dialect)
            if isinstance(answer, str):
                attempt.error = f"cannot translate the question: {answer}"
            else:
                attempt.sql, result.explanation = answer
                self._validate(attempt.sql, catalog, dialect, result)
        except ValidationError as exc:
            attempt.error = str(exc)
        result.attempts.append(attempt)
        if self.on_attempt is not None:
            self.on_attempt(attempt)
        result.sql, result.ok = attempt.sql, attempt.ok

    def _validate(self, sql: str, catalog: Catalog, dialect: str, result: AskResult) -> None:
        from aishell.sql import cache

        store = _check_store(self.session)
        context = _names_context(catalog, dialect) if store is not None and cache.cacheable(sql) else None
        if context is None or not _names_checked(store, context, sql):
            check_names(sql, catalog, dialect)
            if context is not None:  # only a statement that passed is kept
                with contextlib.suppress(Exception):  # the store is optional
                    store.put_classification(context, sql, "ok", keep=cache.MAX_ENTRIES)
        cls = cache.classify(sql, dialect, frozenset(), store)  # classify(sql, dialect), kept like a session's
        result.classification = cls
        result.risk = cls.kind.value
        decision = self.session.policy.judge(cls)
        result.refused = decision.message if decision.refused else None
        if cls.kind.value == "unknown":
            raise ValidationError(f"statement not understood: {cls.error or cls.describe()}")
        if self.dry_run and cls.kind.value in ("read", "write") and result.refused is None:
            try:
                # planning runs nothing: a write that will need its confirmation may be planned
                self.session.explain(sql, assume_yes=True)
            except AishellError as exc:
                if dialect_of(dialect).aborted_transaction(getattr(exc, "sqlstate", None)):
                    return  # in a transaction that already failed: nothing can be judged
                raise ValidationError(f"the database rejected it: {exc.one_line()}") from None
