"""Schema-aware SQL completion for the REPL.

Two pure functions and a prompt_toolkit adapter:

* :func:`suggest` (from :mod:`aishell.repl.completion_suggest`) says *what
  kinds* of things fit at the cursor: :class:`Table`, :class:`Column` of the
  tables in scope, :class:`Join` along foreign keys ...;
* :func:`complete` fills those kinds from a :class:`~aishell.engines.base.Catalog`
  snapshot and ranks the candidates against the word being typed: prefix
  matches first, then substrings (word boundaries before the middle of a
  word), then fuzzy subsequences (``ordit`` -> ``order_items``);
  case-insensitive; keywords follow the user's casing; identifiers are quoted
  when the dialect needs it;
* :class:`SQLCompleter` is the prompt_toolkit ``Completer``.  It only reads
  the snapshot ``get_catalog()`` returns (``None`` while the catalog loads:
  keywords only) so it never blocks on the database.

Everything rests on the engine-neutral catalog model, so completion works the
same on every engine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from prompt_toolkit.completion import CompleteEvent, Completer
from prompt_toolkit.completion import Completion as PTCompletion
from prompt_toolkit.document import Document

from aishell.engines.base import Catalog, TableInfo
from aishell.engines.registry import dialect_of
from aishell.repl.completion_keywords import (
    AGGREGATES,
    WINDOW_FUNCTIONS,
    datatypes,
    functions,
    keywords,
    reserved_words,
)
from aishell.repl.completion_suggest import (
    Alias,
    Analysis,
    Column,
    CteName,
    Database,
    Datatype,
    Function,
    Join,
    JoinCondition,
    Keyword,
    Schema,
    Special,
    Suggestion,
    Table,
    TableRef,
    View,
    analyze,
    catalog_index,
    find_table,
    fk_links,
    ref_columns,
    suggest,
)

__all__ = [
    "Alias",
    "Analysis",
    "Column",
    "Completion",
    "CteName",
    "Database",
    "Datatype",
    "Function",
    "Join",
    "JoinCondition",
    "Keyword",
    "SQLCompleter",
    "Schema",
    "Special",
    "Suggestion",
    "Table",
    "TableRef",
    "View",
    "analyze",
    "complete",
    "generate_alias",
    "match_score",
    "needs_quoting",
    "quote_identifier",
    "suggest",
]


@dataclass(frozen=True)
class Completion:
    """One completion: replace the ``-start_position`` characters before the cursor with ``text``."""

    text: str
    start_position: int
    display: str
    display_meta: str
    kind: str  # keyword | table | view | cte | column | alias | join | join condition | function | ...


# --------------------------------------------------------------------------- quoting
_SAFE_IDENT = re.compile(r"[^\W\d][\w$]*\Z")


def needs_quoting(name: str, dialect: str = "") -> bool:
    """Whether ``name`` must be quoted to mean itself in ``dialect``."""
    if not _SAFE_IDENT.match(name):
        return True
    folding = dialect_of(dialect or "").case_folding
    if folding == "lower" and name != name.lower():
        return True
    if folding == "upper" and name != name.upper():
        return True
    return name.upper() in reserved_words(dialect)


def quote_identifier(name: str, dialect: str = "", *, force: bool = False) -> str:
    """``name`` as the dialect reads it back: quoted only when needed (or forced)."""
    if not force and not needs_quoting(name, dialect):
        return name
    return dialect_of(dialect or "").quote(name)


# --------------------------------------------------------------------------- matching
def match_score(prefix: str, text: str) -> tuple[int, int, int] | None:
    """How well ``text`` matches what was typed: lower is better, None for no match.

    ``(class, detail, start)``: class 0 prefix (detail 1 when only the case
    differs), 1 substring at a word boundary, 2 substring, 3 fuzzy subsequence
    (detail: how spread out the letters are; at most three times the typed length).
    """
    p = prefix.lower()
    t = text.lower()
    if not p:
        return (0, 0, 0)
    if t.startswith(p):
        return (0, 0 if text.startswith(prefix) else 1, 0)
    i = t.find(p)
    if i > 0:
        return (1 if not t[i - 1].isalnum() else 2, 0, i)
    if len(p) < 3:
        return None  # fuzzy matching two letters finds everything
    best: tuple[int, int] | None = None
    start = t.find(p[0])
    while start >= 0:
        j = start
        for ch in p:
            j = t.find(ch, j)
            if j < 0:
                break
            j += 1
        if j < 0:
            break
        span = j - start
        if best is None or span < best[0]:
            best = (span, start)
        start = t.find(p[0], start + 1)
    if best is None or best[0] > 3 * len(p):
        return None
    return (3, best[0], best[1])


def generate_alias(name: str, taken: Iterable[str] = ()) -> str:
    """A short alias for a table: initials of its words (``order_items`` -> ``oi``)."""
    used = {t.lower() for t in taken}
    parts = [p for p in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", name) if p]
    base = "".join(p[0] for p in parts).lower() or "t"
    if not base[0].isalpha():
        base = "t" + base
    alias = base
    n = 2
    while alias in used or alias.upper() in reserved_words(""):
        alias = f"{base}{n}"
        n += 1
    return alias


# --------------------------------------------------------------------------- filling
@dataclass
class _Cand:
    text: str
    match: tuple[str, ...]
    meta: str
    kind: str
    display: str = ""
    tier: int = 0  # lower first among equal matches (preferred keywords, FK partners ...)


def _stems(name: str) -> list[str]:
    low = name.lower()
    out = [low]
    if low.endswith("ies"):
        out.append(low[:-3] + "y")
    elif low.endswith(("ses", "xes", "ches", "shes")):
        out.append(low[:-2])
    elif low.endswith("s"):
        out.append(low[:-1])
    return out


class _Filler:
    def __init__(
        self,
        an: Analysis,
        catalog: Catalog | None,
        dialect: str,
        special_commands: Sequence[tuple[str, str]],
        databases: Sequence[str],
        keyword_casing: str,
        paren_follows: bool,
    ) -> None:
        self.an = an
        self.catalog = catalog
        self.dialect = dialect
        self.specials = special_commands
        self.databases = databases
        self.paren_follows = paren_follows
        if keyword_casing == "upper":
            self.upper = True
        elif keyword_casing == "lower":
            self.upper = False
        else:
            letters = "".join(c for c in an.prefix if c.isalpha())
            self.upper = not letters.islower() if letters else an.upper
        self.default_schema = (catalog.default_schema or "").lower() if catalog else ""

    # ---- helpers
    def q(self, name: str) -> str:
        return quote_identifier(name, self.dialect, force=self.an.quoted)

    def kw(self, word: str) -> str:
        return word.upper() if self.upper else word.lower()

    def is_default(self, schema: str | None) -> bool:
        return schema is None or not self.default_schema or schema.lower() == self.default_schema

    def table_name(self, t: TableInfo, schema_typed: bool = False) -> str:
        if schema_typed or self.is_default(t.schema) or t.schema is None:
            return self.q(t.name)
        return f"{self.q(t.schema)}.{self.q(t.name)}"

    def resolve(self, ref: TableRef) -> TableInfo | None:
        return find_table(self.catalog, ref)

    def columns_of(self, ref: TableRef) -> list[tuple[str, str]]:
        t = self.resolve(ref)
        if t is not None and ref.columns is None:
            return [(c.name, c.data_type) for c in t.columns]
        return [(c, "") for c in ref_columns(ref, self.catalog)]

    def pk_of(self, ref: TableRef) -> str | None:
        t = self.resolve(ref)
        if t is not None and len(t.primary_key) == 1:
            return t.primary_key[0]
        names = [c for c, _ in self.columns_of(ref)]
        return next((c for c in names if c.lower() == "id"), None)

    # ---- dispatch
    def fill(self, sug: Suggestion) -> Iterator[_Cand]:
        if isinstance(sug, Keyword):
            yield from self.keywords(sug)
        elif isinstance(sug, Special):
            for cmd, desc in self.specials:
                yield _Cand(cmd, (cmd,), desc, "special")
        elif isinstance(sug, Datatype):
            for t in datatypes(self.dialect):
                yield _Cand(self.kw(t), (t,), "datatype", "datatype")
        elif isinstance(sug, Database):
            for db in self.databases:
                yield _Cand(self.q(db), (db,), "database", "database")
        elif self.catalog is None:
            return
        elif isinstance(sug, Table):
            yield from self.tables(sug.schema, views=False, hint=sug.columns_hint)
        elif isinstance(sug, View):
            yield from self.tables(sug.schema, views=True, hint=())
        elif isinstance(sug, CteName):
            for name in sug.names:
                yield _Cand(self.q(name), (name,), "cte", "cte")
        elif isinstance(sug, Schema):
            yield from self.schemas()
        elif isinstance(sug, Column):
            yield from self.columns(sug)
        elif isinstance(sug, Alias):
            for name in sug.names:
                yield _Cand(self.q(name), (name,), "alias", "alias")
        elif isinstance(sug, JoinCondition):
            yield from self.join_conditions(sug)
        elif isinstance(sug, Join):
            yield from self.joins(sug)
        elif isinstance(sug, Function):
            yield from self.functions(sug)

    def keywords(self, sug: Keyword) -> Iterator[_Cand]:
        preferred = set(sug.preferred)
        for word in dict.fromkeys(sug.preferred + keywords(self.dialect)):
            yield _Cand(self.kw(word), (word,), "keyword", "keyword", tier=0 if word in preferred else 1)

    def tables(self, schema: str | None, *, views: bool, hint: tuple[str, ...]) -> Iterator[_Cand]:
        assert self.catalog is not None
        hint_low = {h.lower() for h in hint}
        rows: list[tuple[int, int, str, TableInfo]] = []
        for t in self.catalog.tables:
            if ("view" in t.kind.lower()) != views:
                continue
            if schema is not None and (t.schema or "").lower() != schema.lower():
                continue
            hits = sum(1 for c in t.columns if c.name.lower() in hint_low) if hint_low else 0
            rows.append((-hits, 0 if self.is_default(t.schema) else 1, t.name.lower(), t))
        rows.sort(key=lambda r: r[:3])
        for _h, _d, _n, t in rows:
            text = self.table_name(t, schema_typed=schema is not None)
            meta = t.kind if self.is_default(t.schema) or schema is not None else f"{t.kind} · {t.schema}"
            yield _Cand(text, (t.name, text), meta, "view" if views else "table", tier=_h)

    def schemas(self) -> Iterator[_Cand]:
        assert self.catalog is not None
        names = list(self.catalog.schemas) or [t.schema for t in self.catalog.tables if t.schema]
        for s in dict.fromkeys(names):
            yield _Cand(self.q(s), (s,), "schema", "schema")

    def columns(self, sug: Column) -> Iterator[_Cand]:
        assert self.catalog is not None
        for p in sug.preferred:
            qual, _, col = p.rpartition(".")
            text = f"{self.q(qual)}.{self.q(col)}" if qual else self.q(col)
            yield _Cand(text, (col, p), "join", "column", tier=-1)
        if sug.any_table:
            seen: dict[str, None] = {}
            for t in self.catalog.tables:
                if not self.is_default(t.schema):
                    continue
                for c in t.columns:
                    if c.name.lower() in seen:
                        continue
                    seen[c.name.lower()] = None
                    yield _Cand(self.q(c.name), (c.name,), f"{c.data_type or 'column'} · {t.name}", "column")
            return
        per_ref = [(r, self.columns_of(r)) for r in sug.tables]
        multi = len(per_ref) > 1
        counts = Counter(name.lower() for _r, cols in per_ref for name in {c.lower() for c, _ in cols})
        for ref, cols in per_ref:
            for name, dtype in cols:
                meta = dtype or ("column" if ref.kind == "table" else f"{ref.kind} column")
                if multi and ref.ref:
                    meta = f"{meta} · {ref.ref}"
                if not sug.bare and multi and counts[name.lower()] > 1 and ref.ref:
                    text = f"{self.q(ref.ref)}.{self.q(name)}"
                    yield _Cand(text, (name, f"{ref.ref}.{name}"), meta, "column")
                else:
                    yield _Cand(self.q(name), (name,), meta, "column")

    def links(
        self, a: TableRef, b: TableRef, *, shared: bool = True
    ) -> tuple[list[list[tuple[str, str]]], list[list[tuple[str, str]]]]:
        """(foreign-key links, naming-convention links) between a and b, as [(a.col, b.col), ...].

        Conventions: ``a.customer_id = b.id`` when b is ``customers`` with key
        ``id``; with ``shared``, also equal ``*_id`` columns of two different tables.
        """
        fks = fk_links(a, b, self.catalog)
        linked = {(x.lower(), y.lower()) for link in fks for x, y in link}
        a_cols = [c for c, _ in self.columns_of(a)]
        b_cols = [c for c, _ in self.columns_of(b)]
        by_name: list[list[tuple[str, str]]] = []

        def add(x: str, y: str) -> None:
            if (x.lower(), y.lower()) not in linked:
                linked.add((x.lower(), y.lower()))
                by_name.append([(x, y)])

        for x_cols, other, flip in ((a_cols, b, False), (b_cols, a, True)):
            pk = self.pk_of(other)
            if pk is None:
                continue
            wanted = {f"{stem}_{pk}".lower() for stem in _stems(other.name)} | {
                f"{stem}{pk}".lower() for stem in _stems(other.name)
            }
            for c in x_cols:
                if c.lower() in wanted:
                    add(*((pk, c) if flip else (c, pk)))
        same = a.kind == b.kind == "table" and self.resolve(a) is self.resolve(b)
        if shared and not same:
            b_low = {c.lower(): c for c in b_cols}
            for c in a_cols:
                if c.lower().endswith("_id") and c.lower() in b_low:
                    add(c, b_low[c.lower()])
        return fks, by_name

    def condition(self, a: str, b: str, link: list[tuple[str, str]]) -> str:
        return " AND ".join(f"{self.q(a)}.{self.q(x)} = {self.q(b)}.{self.q(y)}" for x, y in link)

    def join_conditions(self, sug: JoinCondition) -> Iterator[_Cand]:
        right = sug.tables[-1]
        later: list[_Cand] = []
        for left in reversed(sug.tables[:-1]):
            if not right.ref or not left.ref or right.ref.lower() == left.ref.lower():
                continue
            fks, by_name = self.links(right, left)
            for link in fks:
                text = self.condition(right.ref, left.ref, link)
                yield _Cand(text, (text, *(x for x, _ in link)), "join", "join condition")
            for link in by_name:
                text = self.condition(right.ref, left.ref, link)
                later.append(_Cand(text, (text, *(x for x, _ in link)), "join (by name)", "join condition"))
        yield from later

    def join_targets(self, left: TableRef) -> list[TableInfo]:
        """Tables a join from ``left`` can reach: by foreign keys or naming conventions."""
        assert self.catalog is not None
        index = catalog_index(self.catalog)
        out: dict[int, TableInfo] = {}
        lt = self.resolve(left)
        if lt is not None:
            for fk in lt.foreign_keys:
                t = index.find(fk.ref_table, fk.ref_schema)
                if t is not None:
                    out.setdefault(id(t), t)
            for t, _fk in index.referencing(lt):
                out.setdefault(id(t), t)
        for col, _type in self.columns_of(left):
            low = col.lower()
            for suffix in ("_id", "id"):
                if low.endswith(suffix) and len(low) > len(suffix):
                    stem = low[: -len(suffix)]
                    for name in (stem, stem + "s", stem + "es", stem[:-1] + "ies" if stem.endswith("y") else stem):
                        for t in index.by_name.get(name, []):
                            out.setdefault(id(t), t)
        pk = self.pk_of(left)
        if pk is not None:
            for stem in _stems(left.name):
                for col in (f"{stem}_{pk}", f"{stem}{pk}"):
                    for t in index.by_column.get(col.lower(), []):
                        out.setdefault(id(t), t)
        return list(out.values())

    def joins(self, sug: Join) -> Iterator[_Cand]:
        assert self.catalog is not None
        lefts = [r for r in sug.tables if r.ref]
        taken = {r.ref.lower() for r in lefts}
        use_alias = any(r.alias for r in lefts)
        in_scope = {id(t) for t in (self.resolve(r) for r in lefts) if t is not None}
        buckets: list[list[_Cand]] = [[], [], [], []]  # new fk, new by name, again fk, again by name
        seen: set[str] = set()
        for left in reversed(lefts):
            left_t = self.resolve(left)
            for t in sorted(self.join_targets(left), key=lambda x: x.name.lower()):
                if "view" in t.kind.lower():
                    continue
                if sug.schema is not None and (t.schema or "").lower() != sug.schema.lower():
                    continue
                same_schema = left_t is not None and (left_t.schema or "").lower() == (t.schema or "").lower()
                if sug.schema is None and not self.is_default(t.schema) and not same_schema:
                    continue
                fks, by_name = self.links(TableRef(t.name, t.schema), left, shared=False)
                again = id(t) in in_scope
                alias = generate_alias(t.name, taken) if use_alias or again else None
                name = self.table_name(t, schema_typed=sug.schema is not None)
                head = f"{name} {alias}" if alias else name
                tref = alias or t.name
                for link, by in [(lk, 0) for lk in fks] + [(lk, 1) for lk in by_name]:
                    text = f"{head} ON {self.condition(tref, left.ref, link)}"
                    if text in seen:
                        continue
                    seen.add(text)
                    meta = "join (by name)" if by else "join"
                    buckets[2 * again + by].append(_Cand(text, (t.name, name), meta, "join"))
        for bucket in buckets:
            yield from bucket

    def functions(self, sug: Function) -> Iterator[_Cand]:
        assert self.catalog is not None
        paren = "" if self.paren_follows else "("
        builtins = set(functions(self.dialect))
        seen: set[str] = set()
        for f in self.catalog.functions:
            if sug.schema is not None:
                if (f.schema or "").lower() != sug.schema.lower():
                    continue
            elif not self.is_default(f.schema):
                continue
            if f.name.lower() in seen or not _SAFE_IDENT.match(f.name):
                continue  # operators such as SQLite's "->" are not called by name
            seen.add(f.name.lower())
            meta = f.kind + (f" → {f.returns}" if f.returns else "")
            name = self.q(f.name)
            if f.name.lower() in builtins and f.name.lower() == f.name:
                name = f.name.upper() if self.upper else f.name  # an engine-listed built-in: user's casing
            yield _Cand(name + paren, (f.name,), meta, "function", display=f"{name}({f.arguments})")
        if sug.schema is not None:
            return
        for name in functions(self.dialect):
            if name.lower() in seen:
                continue
            seen.add(name.lower())
            kind = "aggregate" if name in AGGREGATES else "window" if name in WINDOW_FUNCTIONS else "function"
            text = name.upper() if self.upper else name
            yield _Cand(text + paren, (name,), kind, "function", display=f"{text}()")


_IDENTIFIER_KINDS = (Table, View, CteName, Schema, Column, Alias, Database, Join, JoinCondition)


def complete(
    text_before_cursor: str,
    full_text: str | None = None,
    catalog: Catalog | None = None,
    dialect: str = "",
    *,
    special_commands: Sequence[tuple[str, str]] = (),
    databases: Sequence[str] = (),
    keyword_casing: str = "auto",
    limit: int | None = None,
) -> list[Completion]:
    """Ranked completions for the cursor at the end of ``text_before_cursor``.

    ``full_text`` is the whole buffer (``text_before_cursor`` is its prefix);
    ``catalog`` may be ``None`` (still loading): then only keywords (and
    backslash commands) are offered.  ``keyword_casing`` is ``auto`` (follow
    the user), ``upper`` or ``lower``.  Never raises.
    """
    try:
        return _complete(
            text_before_cursor, full_text, catalog, dialect, special_commands, databases, keyword_casing, limit
        )
    except Exception:
        return []


def _complete(
    text_before_cursor: str,
    full_text: str | None,
    catalog: Catalog | None,
    dialect: str,
    special_commands: Sequence[tuple[str, str]],
    databases: Sequence[str],
    keyword_casing: str,
    limit: int | None,
) -> list[Completion]:
    an = analyze(text_before_cursor, full_text, catalog, dialect)
    if not an.suggestions:
        return []
    after = full_text[len(text_before_cursor) :] if full_text and full_text.startswith(text_before_cursor) else ""
    filler = _Filler(
        an, catalog, dialect, special_commands, databases, keyword_casing, paren_follows=after.startswith("(")
    )
    scored: list[tuple[tuple[int, ...], _Cand]] = []
    seq = 0
    for rank, sug in enumerate(an.suggestions):
        if an.quoted and not isinstance(sug, _IDENTIFIER_KINDS):
            continue
        if catalog is None and not isinstance(sug, (Keyword, Special, Datatype, Database)):
            continue
        for cand in filler.fill(sug):
            seq += 1
            if isinstance(sug, Special):
                if cand.text.startswith(an.prefix):
                    best: tuple[int, int, int] | None = (0, 0, 0)
                elif cand.text.lower().startswith(an.prefix.lower()):
                    best = (1, 0, 0)
                else:
                    best = None
            else:
                best = None
                for text in cand.match:
                    m = match_score(an.prefix, text)
                    if m is not None and (best is None or m < best):
                        best = m
            if best is None:
                continue
            length = min(len(t) for t in cand.match) if an.prefix and not isinstance(sug, Special) else 0
            scored.append(((*best, rank, cand.tier, length, seq), cand))
    scored.sort(key=lambda x: x[0])
    out: list[Completion] = []
    seen: set[str] = set()
    start = -len(an.word)
    for _key, cand in scored:
        if cand.text in seen:
            continue
        seen.add(cand.text)
        out.append(Completion(cand.text, start, cand.display or cand.text, cand.meta, cand.kind))
        if limit is not None and len(out) >= limit:
            break
    return out


# --------------------------------------------------------------------------- prompt_toolkit
class SQLCompleter(Completer):
    """prompt_toolkit completer over a catalog snapshot.

    ``get_catalog`` must return at once (the current snapshot, or ``None``
    while it loads -- see :class:`aishell.repl.refresher.CatalogRefresher`).
    ``dialect`` and ``special_commands`` may be values or callables (the REPL
    can switch connections).  Wrap in ``prompt_toolkit.completion.ThreadedCompleter``
    to keep typing smooth on very large buffers.
    """

    def __init__(
        self,
        get_catalog: Callable[[], Catalog | None],
        dialect: str | Callable[[], str] = "",
        special_commands: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]] = (),
        *,
        get_databases: Callable[[], Sequence[str]] | None = None,
        keyword_casing: str = "auto",
        max_completions: int = 300,
    ) -> None:
        self.get_catalog = get_catalog
        self.dialect = dialect
        self.special_commands = special_commands
        self.get_databases = get_databases
        self.keyword_casing = keyword_casing
        self.max_completions = max_completions

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[PTCompletion]:
        try:
            catalog = self.get_catalog()
            dialect = self.dialect() if callable(self.dialect) else self.dialect
            specials = self.special_commands() if callable(self.special_commands) else self.special_commands
            databases = self.get_databases() if self.get_databases is not None else ()
        except Exception:
            return
        found = complete(
            document.text_before_cursor,
            document.text,
            catalog,
            dialect,
            special_commands=specials,
            databases=databases,
            keyword_casing=self.keyword_casing,
            limit=self.max_completions,
        )
        for c in found:
            yield PTCompletion(c.text, start_position=c.start_position, display=c.display, display_meta=c.display_meta)
