"""Index advice: candidates read from the workload's SQL, proven on the engine's own planner.

1. **Candidates** (:func:`candidates`): each statement of the workload is parsed with sqlglot in
   the session's dialect; the columns of its equality and range predicates, its join columns, its
   ORDER BY and GROUP BY give single-column candidates and multi-column ones in a chosen order
   (equality columns first, then one range or ORDER BY column).  A candidate that an existing
   index (or the primary key) already leads with is skipped.
2. **Verification** (:func:`advise`), greedy under a time budget: the candidate that lowers the
   workload's total measure most is added, round after round, while one lowers some query's
   measure by at least :data:`MIN_GAIN`.  A candidate is measured on every query that reads its
   table, not only the ones whose shape proposed it; a prefix of the best candidate that saves
   nearly as much is chosen instead (:data:`NARROWER_SHARE`: the wider one still comes in a
   later round if it lowers some query by :data:`MIN_GAIN`, and :func:`_settle` then drops the
   narrower one where it is no longer needed).  A trial stays valid until an index is chosen on
   a table its queries read, and a stale one is tried again only while its former saving could
   still win (lazy greedy).  How a candidate is tried is the engine's rule
   (``dialect_of(conn).schema.index_trial``): a hypothetical index (PostgreSQL's hypopg), or the
   index built inside a transaction that is rolled back (SQLite, DuckDB; PostgreSQL with
   ``verify_real`` and consent; with savepoints the chosen ones stay built and each candidate
   is built on top under a savepoint), or built on a sampled copy of the tables in a scratch
   database that is dropped afterwards (MySQL/MariaDB, whose DDL commits at once; with consent;
   every candidate is built once there and the others are hidden from the planner in the
   query); what is measured too (``plan_measure``: the planner's cost, or full scans or rows
   read where the engine gives no cost).  Where the engine offers neither, the candidates are
   reported as not verified, with the reason.
3. **Redundant indexes** (:func:`redundant_indexes`): duplicates, and indexes that are a prefix
   of another, from the catalog.
4. **Existing indexes not needed** (:func:`prove_unused`): every query is planned again with
   each existing index of the tables it reads kept from the planner (primary keys, unique indexes
   and indexes backing a constraint are never checked); one whose absence moves no query's
   measure (beyond :data:`HIDE_NOISE`) is listed with its ``DROP INDEX``, shown, never run.  How
   it is kept from the planner is the engine's rule (``SchemaRules.index_hiding``): an
   ``IGNORE INDEX`` hint in the planned query (MySQL/MariaDB), hidden from this session's planner
   (PostgreSQL, hypopg 1.4+; else ``--verify-real``), or dropped inside a transaction that is
   rolled back (asks first).  It has :data:`HIDE_SHARE` of the time budget, and what the search
   leaves; what the budget does not reach is reported as not checked.
5. **Apply** (:func:`apply`): the recommended ``CREATE INDEX`` statements, after consent, through
   the session's gate.

Every statement runs from one decision of :meth:`Session.prepare` (``with prepared.gating``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aishell.engines.base import Catalog, IndexInfo, TableInfo
from aishell.errors import AishellError, PolicyError, QueryError, UsageError

if TYPE_CHECKING:
    from sqlglot import exp

    from aishell.engines.base import Connection
    from aishell.engines.schema import SchemaRules
    from aishell.services.session import Prepared, Session
    from aishell.services.workload import Unused

#: a candidate is kept only when it lowers some query's measure by at least this fraction
MIN_GAIN = 0.10
#: the default time budget of the verification, in seconds
DEFAULT_BUDGET = 30.0
#: at most this many columns in a multi-column candidate
MAX_COLUMNS = 3
#: about this many rows of each table go into the scratch copy of a shadow trial (at most twice)
SHADOW_SAMPLE = 10_000
#: the trial methods an engine's schema rules name (``SchemaRules.index_trial``)
HYPOTHETICAL, ROLLBACK, SHADOW = "hypothetical", "rollback", "shadow"
#: the savepoint a rolled-back trial tries one candidate under
_SAVEPOINT = "aishell_advise"
#: the share of the time budget kept for proving existing indexes useless (:func:`prove_unused`):
#: the search for new indexes stops at the rest, and the proof has what the search leaves
HIDE_SHARE = 0.25
#: an existing index is "not used by these queries" only when planning them without it changes
#: no query's measure by more than this fraction: far stricter than :data:`MIN_GAIN`, since the
#: planner chose the index wherever the measure moves at all, and a DROP is harder to undo than
#: a CREATE never run (this only absorbs the float noise of re-costing the same plan)
HIDE_NOISE = 0.001


# --------------------------------------------------------------------------- the model
@dataclass(frozen=True)
class Candidate:
    """An index that might help: ``table`` as the catalog names it (``schema.name``)."""

    table: str
    columns: tuple[str, ...]
    reasons: tuple[str, ...] = ()
    queries: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.table} ({', '.join(self.columns)})"


@dataclass
class QueryCost:
    """One query's measure before and after an index (the indexes chosen before it in place)."""

    query: int
    sql: str
    before: float
    after: float

    @property
    def gain(self) -> float:
        return 0.0 if self.before <= 0 else (self.before - self.after) / self.before


@dataclass
class Recommendation:
    candidate: Candidate
    name: str
    statement: str  # what --apply runs (PostgreSQL: CONCURRENTLY)
    helps: list[QueryCost] = field(default_factory=list)
    size_bytes: int | None = None
    indexes_on_table: int = 0  # existing indexes on the table (primary key included)

    @property
    def insert_overhead(self) -> float:
        """The per-row insert work with this index relative to without it: the table's row and
        each index entry count one unit each."""
        return (self.indexes_on_table + 2) / (self.indexes_on_table + 1)

    @property
    def write_note(self) -> str:
        n = self.indexes_on_table
        return (f"{self.candidate.table} has {n} index{'es' if n != 1 else ''}; with this one each insert "
                f"updates {n + 1}: about {self.insert_overhead:.2f}x the per-row insert work")  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.candidate.table, "columns": list(self.candidate.columns), "name": self.name,
            "statement": self.statement, "reasons": list(self.candidate.reasons),
            "helps": [{"query": q.query + 1, "sql": q.sql, "before": q.before, "after": q.after,
                       "gain": round(q.gain, 4)} for q in self.helps],
            "size_bytes": self.size_bytes, "indexes_on_table": self.indexes_on_table,
            "insert_overhead": round(self.insert_overhead, 3), "write_note": self.write_note,
        }  # fmt: skip


@dataclass(frozen=True)
class Redundant:
    """An existing index that another makes unnecessary: the same columns (``duplicate``) or
    the first columns of a longer one (``prefix``)."""

    table: str
    index: str
    columns: tuple[str, ...]
    kind: str  # duplicate | prefix
    other: str
    other_columns: tuple[str, ...]

    @property
    def line(self) -> str:
        what = "duplicates" if self.kind == "duplicate" else "is a prefix of"
        return (f"{self.table}: index {self.index} ({', '.join(self.columns)}) {what} "
                f"{self.other} ({', '.join(self.other_columns)})")  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "index": self.index, "columns": list(self.columns), "kind": self.kind,
                "other": self.other, "other_columns": list(self.other_columns)}  # fmt: skip


@dataclass(frozen=True)
class Useless:
    """An existing index that no query of the workload needs: planned without it, every query
    that reads its table kept its measure (``queries``, 0-based).  ``statement``: its DROP INDEX,
    shown, never run; ``caveats``: what the workload cannot show (a foreign key it may serve)."""

    table: str
    index: str
    columns: tuple[str, ...]
    statement: str
    queries: tuple[int, ...]
    caveats: tuple[str, ...] = ()
    try_live: tuple[str, str] | None = None  # the user's reversible trial: keep it from the planner, give it back

    @property
    def label(self) -> str:
        return f"{self.table}: index {self.index} ({', '.join(self.columns)})"

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "index": self.index, "columns": list(self.columns), "statement": self.statement,
                "queries_checked": [q + 1 for q in self.queries], "caveats": list(self.caveats),
                "try_live": list(self.try_live) if self.try_live else None}  # fmt: skip


@dataclass(frozen=True)
class IndexUse:
    """An existing index some query needs: planned without it, ``used_by``'s measures moved
    (each :class:`QueryCost`: ``before`` with the index, ``after`` without it)."""

    table: str
    index: str
    used_by: tuple[QueryCost, ...]

    def to_dict(self) -> dict[str, Any]:
        used = [{"query": q.query + 1, "with": q.before, "without": q.after} for q in self.used_by]
        return {"table": self.table, "index": self.index, "used_by": used}


@dataclass
class Advice:
    engine: str
    queries: list[str]
    measure: str = ""
    method: str = ""  # hypothetical | rollback | "" (not verified)
    verified: bool = False
    baseline: list[float | None] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # candidates an existing index already serves
    redundant: list[Redundant] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    #: existing indexes of the queries' tables never scanned since the engine's counts started
    unused: list[Unused] = field(default_factory=list)
    #: existing indexes the queries do not need, proven by planning them without each
    useless: list[Useless] = field(default_factory=list)
    #: existing indexes some query needs (planned without it, its measure moved)
    used: list[IndexUse] = field(default_factory=list)
    #: existing indexes not proven either way, each with why
    not_checked: list[str] = field(default_factory=list)
    hiding: str = ""  # how the existing indexes were kept from the planner: hint | session | rollback

    def to_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine, "verified": self.verified, "method": self.method or None,
            "measure": self.measure or None,
            "queries": [{"query": i + 1, "sql": q, "cost": c}
                        for i, (q, c) in enumerate(zip(self.queries, self.query_costs(), strict=True))],
            "recommendations": [r.to_dict() for r in self.recommendations],
            "candidates": [{"table": c.table, "columns": list(c.columns), "reasons": list(c.reasons),
                            "queries": [q + 1 for q in c.queries]} for c in self.candidates],
            "skipped": self.skipped, "redundant": [r.to_dict() for r in self.redundant],
            "notes": self.notes, "elapsed_s": round(self.elapsed, 3),
            "unused": [u.to_dict() for u in self.unused],
            "useless": [u.to_dict() for u in self.useless], "used_indexes": [u.to_dict() for u in self.used],
            "not_checked": self.not_checked, "hiding": self.hiding or None,
        }  # fmt: skip

    def query_costs(self) -> list[float | None]:
        return self.baseline if len(self.baseline) == len(self.queries) else [None] * len(self.queries)


# --------------------------------------------------------------------------- candidates
@dataclass
class _Uses:
    """How one statement uses one table's columns, in the order they appear."""

    eq: list[str] = field(default_factory=list)
    rng: list[str] = field(default_factory=list)
    join: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    group: list[str] = field(default_factory=list)

    def add(self, kind: str, column: str) -> None:
        bucket: list[str] = getattr(self, kind)
        if column not in bucket:
            bucket.append(column)


def workload(text: str, dialect: str) -> list[str]:
    """The statements of ``text`` (separated by ``;``)."""
    from aishell.sql.split import split_statements

    return [s.sql.strip().rstrip(";").strip() for s in split_statements(text, dialect) if s.sql.strip()]


def candidates(queries: Sequence[str], dialect: str, catalog: Catalog) -> tuple[list[Candidate], list[str]]:
    """The index candidates of ``queries``, and the ones skipped because an existing index
    (or the primary key) already leads with their columns (as lines for the report)."""
    found: dict[tuple[str, tuple[str, ...]], tuple[list[str], list[int]]] = {}
    for number, sql in enumerate(queries):
        for table_name, uses in _uses_of(sql, dialect, catalog).items():
            table = catalog.find_table(table_name)
            for columns, reason in _shapes(uses, table.primary_key if table is not None else ()):
                reasons, queries_of = found.setdefault((table_name, columns), ([], []))
                if reason not in reasons:
                    reasons.append(reason)
                if number not in queries_of:
                    queries_of.append(number)
    kept: list[Candidate] = []
    skipped: list[str] = []
    for (table_name, columns), (reasons, numbers) in found.items():
        table = catalog.find_table(table_name)
        served = _served_by(table, columns) if table is not None else None
        cand = Candidate(table_name, columns, tuple(reasons), tuple(numbers))
        if served is not None:
            skipped.append(f"{cand.label}: the existing index {served} already leads with it")
        else:
            kept.append(cand)
    return kept, skipped


def _served_by(table: TableInfo, columns: tuple[str, ...]) -> str | None:
    """The existing index (or primary key) whose first columns are ``columns``."""
    want = tuple(c.lower() for c in columns)
    keys: list[tuple[str, tuple[str, ...]]] = [(ix.name, ix.columns) for ix in table.indexes]
    if table.primary_key:
        keys.append(("primary key", table.primary_key))
    for name, cols in keys:
        if tuple(c.lower() for c in cols[: len(want)]) == want:
            return name
    return None


def _shapes(uses: _Uses, key: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """The candidate column lists of one table's uses, each with why.  A join column is put
    after the equality columns only when it is not the table's one-column primary key: the key
    finds its row alone, so after other columns it would only make the index cover the join
    (and InnoDB's secondary indexes hold the key anyway)."""
    out: list[tuple[tuple[str, ...], str]] = []

    def put(columns: Iterable[str], reason: str) -> None:
        cols = tuple(dict.fromkeys(columns))[:MAX_COLUMNS]
        if cols and all(cols != c for c, _ in out):
            out.append((cols, reason))

    eq = uses.eq[:MAX_COLUMNS]
    tail = [c for c in uses.order if c not in eq]
    if eq and uses.rng:
        put([*eq, next(c for c in uses.rng if c not in eq) if set(uses.rng) - set(eq) else eq[0]],
            f"equality on {', '.join(eq)}, then a range on {next(iter(uses.rng))}")  # fmt: skip
    if eq and tail and not uses.rng:
        put([*eq, *tail], f"equality on {', '.join(eq)}, then ORDER BY {', '.join(tail)}")
    if len(eq) > 1:
        put(eq, f"equality on {', '.join(eq)}")
    own_key = {key[0].lower()} if len(key) == 1 else set()
    for col in uses.join:
        if eq and col not in eq and col.lower() not in own_key:
            put([*eq, col], f"equality on {', '.join(eq)}, then the join column {col}")
    for col in uses.eq:
        put([col], f"equality on {col}")
    for col in uses.rng:
        put([col], f"range on {col}")
    for col in uses.join:
        put([col], f"join on {col}")
    if uses.order and not eq:
        put(uses.order, f"ORDER BY {', '.join(uses.order)}")
    if uses.group:
        put(uses.group, f"GROUP BY {', '.join(uses.group)}")
    return out


def _uses_of(sql: str, dialect: str, catalog: Catalog) -> dict[str, _Uses]:
    """Per table (by its qualified name), how the statement uses its columns."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ParseError

    try:
        trees = [t for t in sqlglot.parse(sql, read=dialect or None) if t is not None]
    except ParseError as exc:
        raise UsageError(f"cannot parse the query: {' '.join(str(exc).split())[:200]}") from None
    result: dict[str, _Uses] = {}
    for tree in trees:
        for select in tree.find_all(exp.Select, exp.Update, exp.Delete):
            _scan_select(select, catalog, result)
    return result


def _sources(select: exp.Expression, catalog: Catalog) -> dict[str, TableInfo]:
    """The tables named directly in the statement's FROM and JOINs (and an UPDATE's or
    DELETE's target), by alias and by name, lower case."""
    from sqlglot import exp

    nodes: list[exp.Expression] = []
    from_ = select.args.get("from_") or select.args.get("from")
    if from_ is not None:
        nodes.append(from_.this)
    nodes.extend(j.this for j in select.args.get("joins") or [])
    if isinstance(select, (exp.Update, exp.Delete)):
        nodes.append(select.this)
    out: dict[str, TableInfo] = {}
    for node in nodes:
        if not isinstance(node, exp.Table) or not node.name:
            continue
        info = catalog.find_table(node.name, node.db or None)
        if info is None or info.kind != "table":
            continue
        out[node.name.lower()] = info
        if node.alias:
            out[node.alias.lower()] = info
    return out


def _scan_select(select: exp.Expression, catalog: Catalog, result: dict[str, _Uses]) -> None:
    from sqlglot import exp

    sources = _sources(select, catalog)
    if not sources:
        return
    tables = list({id(t): t for t in sources.values()}.values())

    def resolve(node: exp.Expression) -> tuple[TableInfo, str] | None:
        if not isinstance(node, exp.Column) or not node.name:
            return None
        if node.table:
            info = sources.get(node.table.lower())
            col = info.column(node.name) if info is not None else None
        else:
            owners = [(t, t.column(node.name)) for t in tables]
            owners = [(t, c) for t, c in owners if c is not None]
            info, col = owners[0] if len(owners) == 1 else (None, None)
        return (info, col.name) if info is not None and col is not None else None

    def note(kind: str, hit: tuple[TableInfo, str] | None) -> None:
        if hit is not None:
            result.setdefault(hit[0].qualified_name, _Uses()).add(kind, hit[1])

    conditions: list[exp.Expression] = []
    where = select.args.get("where")
    if where is not None:
        conditions.extend(_conjuncts(where.this))
    for join in select.args.get("joins") or []:
        if join.args.get("on") is not None:
            conditions.extend(_conjuncts(join.args["on"]))
    for cond in conditions:
        _predicate(cond, resolve, note)
    order = select.args.get("order")
    for item in order.expressions if order is not None else []:
        note("order", resolve(item.this if isinstance(item, exp.Ordered) else item))
    group = select.args.get("group")
    for item in group.expressions if group is not None else []:
        note("group", resolve(item))


Resolve = Callable[["exp.Expression"], "tuple[TableInfo, str] | None"]
Note = Callable[[str, "tuple[TableInfo, str] | None"], None]


def _conjuncts(node: exp.Expression) -> list[exp.Expression]:
    from sqlglot import exp

    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.And):
        return _conjuncts(node.this) + _conjuncts(node.expression)
    return [node]


def _is_value(node: exp.Expression) -> bool:
    """A literal, a parameter or an expression over no column: a constant for the scan."""
    from sqlglot import exp

    return node.find(exp.Column) is None and node.find(exp.Select) is None


def _predicate(cond: exp.Expression, resolve: Resolve, note: Note) -> None:
    from sqlglot import exp

    if isinstance(cond, exp.EQ):
        left, right = resolve(cond.this), resolve(cond.expression)
        if left is not None and right is not None:
            if left[0] is not right[0]:
                note("join", left)
                note("join", right)
        elif left is not None and _is_value(cond.expression):
            note("eq", left)
        elif right is not None and _is_value(cond.this):
            note("eq", right)
    elif isinstance(cond, exp.In):
        if not cond.args.get("query") and all(_is_value(e) for e in cond.expressions):
            note("eq", resolve(cond.this))
    elif isinstance(cond, (exp.GT, exp.GTE, exp.LT, exp.LTE)):
        if _is_value(cond.expression):
            note("rng", resolve(cond.this))
        elif _is_value(cond.this):
            note("rng", resolve(cond.expression))
    elif isinstance(cond, exp.Between):
        if _is_value(cond.args["low"]) and _is_value(cond.args["high"]):
            note("rng", resolve(cond.this))
    elif isinstance(cond, exp.Like):
        pattern = cond.expression
        if isinstance(pattern, exp.Literal) and pattern.is_string and not pattern.this.startswith(("%", "_")):
            note("rng", resolve(cond.this))


# --------------------------------------------------------------------------- redundant indexes
def redundant_indexes(catalog: Catalog, tables: Iterable[TableInfo] | None = None) -> list[Redundant]:
    """Existing indexes whose columns another index of the same table has, in the same order:
    the same list (a duplicate: the later one by name is reported, a unique or primary one is
    kept) or its first columns (a prefix: reported unless unique, which is a constraint).
    Partial indexes and indexes of another method are compared only with their like."""
    out: list[Redundant] = []
    for table in tables if tables is not None else catalog.tables:
        plain = [ix for ix in table.indexes if ix.columns and _shape(ix) is not None]
        for ix in plain:
            mine = _lower(ix.columns)
            like = [o for o in plain if o is not ix and _shape(o) == _shape(ix)]
            same = [o for o in like if _lower(o.columns) == mine and _drops_first(ix, o)]
            longer = [o for o in like if len(o.columns) > len(mine) and _lower(o.columns)[: len(mine)] == mine]
            if same:
                out.append(Redundant(table.qualified_name, ix.name, ix.columns, "duplicate",
                                     same[0].name, same[0].columns))  # fmt: skip
            elif longer and not (ix.unique or ix.primary):
                out.append(Redundant(table.qualified_name, ix.name, ix.columns, "prefix",
                                     longer[0].name, longer[0].columns))  # fmt: skip
    return out


def _lower(cols: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c.lower() for c in cols)


_USING = re.compile(r"\bUSING\s+(\w+)", re.I)


def _shape(ix: IndexInfo) -> str | None:
    """An index's method (btree unless its definition says otherwise); None for a partial
    index or one over expressions, which the column lists do not describe."""
    definition = ix.definition or ""
    if re.search(r"\bWHERE\b", definition, re.I) or any("(" in c for c in ix.columns):
        return None
    found = _USING.search(definition)
    return found.group(1).lower() if found else "btree"


def _drops_first(ix: IndexInfo, other: IndexInfo) -> bool:
    """Of two indexes over the same columns, is ``ix`` the one to report?  A unique or primary
    one is kept; between equals, the later name is reported."""
    rank_ix, rank_other = (ix.primary, ix.unique), (other.primary, other.unique)
    if rank_ix != rank_other:
        return rank_ix < rank_other
    return ix.name > other.name


# --------------------------------------------------------------------------- verification
@dataclass
class _Trial:
    """How candidates are tried on one connection: the statements (declared to the gate first)
    and the measure of each query with a set of candidate indexes in place.  ``shadow``: the
    scratch database of a sampled copy (``scratch``), made from ``source``'s ``tables``."""

    session: Session
    conn: Connection
    rules: SchemaRules
    method: str
    queries: list[str]
    names: dict[Candidate, str]
    scratch: str = ""
    source: str = ""
    tables: list[tuple[str, int | None]] = field(default_factory=list)
    #: the candidate indexes in place (a shadow trial; a rolled-back one: inside its open transaction)
    built: list[Candidate] | None = None

    def create(self, cand: Candidate, *, online: bool = False) -> str:
        """The candidate's CREATE INDEX: ``online`` the one to recommend; else the trial's (on the
        scratch database's copy of the table, for a shadow trial)."""
        table = cand.table.split(".")[-1] if self.method == SHADOW and not online else cand.table
        return self.rules.create_index_sql(self.names[cand], table, cand.columns, online=online)

    def drop(self, cand: Candidate) -> str:
        return self.rules.drop_index_sql(self.names[cand], cand.table.split(".")[-1])

    def statements(self, cands: Sequence[Candidate]) -> list[str]:
        out = ["EXPLAIN " + q for q in self.queries]
        if self.method == HYPOTHETICAL:
            out += [self.rules.hypothetical_reset, self.rules.hypothetical_sizes]
            out += [self.rules.hypothetical_index(self.create(c)) for c in cands]
        elif self.method == SHADOW:
            out += self.rules.shadow_statements(self.scratch, self.source, self.tables, SHADOW_SAMPLE)
            out += [self.rules.shadow_enter(self.scratch), self.rules.shadow_enter(self.source)]
            out += [self.rules.shadow_drop(self.scratch)]
            out += [s for c in cands for s in (self.create(c), self.drop(c))]
        else:
            out += [self.create(c) for c in cands]
            out += [s for c in cands if (s := self.rules.trial_index_size_sql(self.names[c])) is not None]
        return out

    def setup(self) -> None:
        if self.method == SHADOW:
            for sql in self.rules.shadow_statements(self.scratch, self.source, self.tables, SHADOW_SAMPLE):
                self._run(sql)
            self._run(self.rules.shadow_enter(self.scratch))
            if self.rules.trial_hides_indexes:  # every candidate built once: a try hides the others
                self.built = []
                for cand in self.names:
                    try:
                        self._run(self.create(cand))
                    except QueryError:
                        continue  # it cannot be tried: costs() says so when it is asked for
                    self.built.append(cand)

    def teardown(self) -> None:
        self.rollback()
        if self.method == HYPOTHETICAL:
            self._run(self.rules.hypothetical_reset)
        elif self.method == SHADOW:
            try:
                self._run(self.rules.shadow_enter(self.source))
            finally:
                self._run(self.rules.shadow_drop(self.scratch))

    def measure(self, sql: str) -> float | None:
        return self.rules.plan_measure(self.conn.explain(sql))

    def costs(self, indexes: Sequence[Candidate], queries: Iterable[int]) -> tuple[dict[int, float | None], int | None]:
        """Each query's measure with ``indexes`` in place, and the size of the last one (where
        the trial builds it).  A shadow trial keeps what it built from one call to the next and
        changes only the difference.  A rolled-back trial on an engine with savepoints keeps the
        first indexes built in its open transaction while the next call asks for them too, and
        builds the last one under a savepoint it rolls back to: the chosen indexes are built
        once, each candidate on top; it never drops an index (SQLite's cached EXPLAIN would not
        see the drop), it starts a new transaction instead."""
        size: int | None = None
        if self.method == HYPOTHETICAL:
            self._run(self.rules.hypothetical_reset)
            for cand in indexes:
                self._run(self.rules.hypothetical_index(self.create(cand)))
            try:
                return {q: self.measure(self.queries[q]) for q in queries}, size
            finally:
                self._run(self.rules.hypothetical_reset)
        if self.method == SHADOW and self.rules.trial_hides_indexes:
            built = self.built or []
            if missing := [c.label for c in indexes if c not in built]:
                raise QueryError(f"the index {missing[0]} could not be built on the sampled copy", engine=None)
            hidden: dict[str, list[str]] = {}
            for cand in built:
                if cand not in indexes:
                    hidden.setdefault(cand.table.split(".")[-1].lower(), []).append(self.names[cand])
            return {q: self.measure(self.rules.hide_indexes_sql(self.queries[q], hidden)) for q in queries}, size
        if self.method == SHADOW:  # DDL commits at once: the teardown drops the scratch database
            self._build(indexes, keep=list(self.built or []))
            return {q: self.measure(self.queries[q]) for q in queries}, size
        if not self.rules.trial_savepoints:  # each try in a transaction of its own
            self.conn.begin()
            try:
                self._build(indexes, keep=[])
                return {q: self.measure(self.queries[q]) for q in queries}, self._size(indexes)
            finally:
                self.built = None
                self.conn.rollback()
        base, last = list(indexes[:-1]), (indexes[-1] if indexes else None)
        if self.built is None or any(c not in indexes for c in self.built):
            self.rollback()  # never DROP INDEX: a cached EXPLAIN may not see the drop
            self.conn.begin()
            self.built = []
        try:
            self._build(base, keep=self.built)
        except BaseException:
            self.rollback()
            raise
        if last is None or last in self.built:
            return {q: self.measure(self.queries[q]) for q in queries}, self._size(indexes)
        self.conn.savepoint(_SAVEPOINT)
        try:
            self._run(self.create(last))
            return {q: self.measure(self.queries[q]) for q in queries}, self._size(indexes)
        finally:
            self.conn.rollback_to_savepoint(_SAVEPOINT)
            self.conn.release_savepoint(_SAVEPOINT)

    def _build(self, indexes: Sequence[Candidate], *, keep: list[Candidate]) -> None:
        """Drop what ``keep`` (the indexes in place) has beyond ``indexes`` and create the rest;
        ``self.built`` follows what is in place."""
        place = keep
        self.built = place
        for cand in [c for c in place if c not in indexes]:
            self._run(self.drop(cand))
            place.remove(cand)
        for cand in indexes:
            if cand not in place:
                self._run(self.create(cand))
                place.append(cand)

    def _size(self, indexes: Sequence[Candidate]) -> int | None:
        if indexes and (sql := self.rules.trial_index_size_sql(self.names[indexes[-1]])) is not None:
            return _int_or_none(self.conn.query_all(sql))
        return None

    def rollback(self) -> None:
        """End the transaction of a rolled-back trial, if one is open."""
        if self.method == ROLLBACK and self.built is not None:
            self.built = None
            self.conn.rollback()

    def hypothetical_size(self, cand: Candidate) -> int | None:
        self._run(self.rules.hypothetical_reset)
        try:
            self._run(self.rules.hypothetical_index(self.create(cand)))
            return _int_or_none(self.conn.query_all(self.rules.hypothetical_sizes))
        finally:
            self._run(self.rules.hypothetical_reset)

    def _run(self, sql: str) -> None:
        self.conn.execute(sql).close()


def _int_or_none(rows: list[tuple[Any, ...]]) -> int | None:
    values = [r[0] for r in rows if r and r[0] is not None]
    return int(sum(int(v) for v in values)) if values else None


def advise(
    session: Session,
    queries: Sequence[str],
    *,
    budget: float = DEFAULT_BUDGET,
    verify_real: bool = False,
    assume_yes: bool = False,
) -> Advice:
    """Find index candidates for ``queries`` and prove them on the session's engine (see the
    module's doc).  ``verify_real``: where hypothetical indexes are missing, build each candidate
    inside a transaction that is rolled back (asks first, unless ``assume_yes``)."""
    from aishell.engines import dialect_of

    start = time.monotonic()
    queries = [q for q in queries if q.strip()]
    if not queries:
        raise UsageError("no query to advise on")
    conn = session.connection()
    rules = dialect_of(conn).schema
    catalog = session.catalog()
    advice = Advice(engine=rules.label, queries=list(queries))
    advice.candidates, advice.skipped = candidates(queries, session.dialect, catalog)
    tables = _tables_of(queries, session.dialect, catalog)
    advice.redundant = redundant_indexes(catalog, tables)
    from aishell.services.workload import unused_indexes

    advice.unused, unused_note = unused_indexes(conn, tables)
    advice.notes.extend([unused_note] if unused_note else [])
    existing = _indexes_to_check(conn, tables)
    share = HIDE_SHARE if existing else 0.0  # with no existing index to check, the search has the whole budget
    _search_candidates(session, conn, rules, advice, catalog, tables, verify_real=verify_real,
                       assume_yes=assume_yes, deadline=start + budget * (1 - share))  # fmt: skip
    prove_unused(session, conn, rules, advice, catalog, tables, verify_real=verify_real, assume_yes=assume_yes,
                 deadline=start + budget, checked=existing)  # fmt: skip
    advice.elapsed = time.monotonic() - start
    return advice


def _search_candidates(session: Session, conn: Connection, rules: SchemaRules, advice: Advice, catalog: Catalog,
                       tables: list[TableInfo], *, verify_real: bool, assume_yes: bool,
                       deadline: float) -> None:  # fmt: skip
    """Try the candidates on the engine (the greedy search) until ``deadline``."""
    queries = advice.queries
    method, consent = _method(session, conn, rules, advice, verify_real=verify_real, assume_yes=assume_yes)
    if not advice.candidates or not method:
        return
    names = _index_names(advice.candidates, catalog)
    trial = _Trial(session, conn, rules, method, list(queries), names)
    if method == SHADOW:
        import secrets

        trial.scratch, trial.source = f"aishell_advise_{secrets.token_hex(4)}", conn.current_database() or ""
        trial.tables = [(t.name, t.row_estimate) for t in tables]
    try:
        prepared = session.prepare(trial.statements(advice.candidates), assume_yes=assume_yes or consent)
    except PolicyError as exc:
        advice.notes.append(f"candidates not verified: the session refuses the trial statements ({exc.one_line()})")
        return
    advice.method, advice.measure = method, rules.plan_measure_name
    _verify(trial, prepared, advice, catalog, deadline=deadline)


def _tables_of(queries: Sequence[str], dialect: str, catalog: Catalog) -> list[TableInfo]:
    """The catalog's tables the queries name (what a shadow trial copies)."""
    import sqlglot
    from sqlglot import exp

    found: dict[str, TableInfo] = {}
    for sql in queries:
        for tree in sqlglot.parse(sql, read=dialect or None):
            for node in tree.find_all(exp.Table) if tree is not None else []:
                info = catalog.find_table(node.name, node.db or None) if node.name else None
                if info is not None and info.kind == "table":
                    found.setdefault(info.qualified_name, info)
    return list(found.values())


def _method(session: Session, conn: Connection, rules: SchemaRules, advice: Advice, *,
            verify_real: bool, assume_yes: bool) -> tuple[str, bool]:  # fmt: skip
    """How candidates are tried here ("" when they cannot be: the reason joins the notes), and
    whether the user consented to what the trial builds."""
    method = rules.index_trial
    if not advice.candidates:
        return method, False
    try:
        if method == HYPOTHETICAL:
            missing = rules.hypothetical_ready(conn)
            if missing is None:
                return method, False
            if not (verify_real and rules.transactional_ddl):
                advice.notes.append(f"candidates not verified: {missing}; --verify-real builds each candidate "
                                    "for real inside a transaction that is rolled back")  # fmt: skip
                return "", False
            _consent(session, "--verify-real builds each candidate index for real (it locks the table against "
                     "writes while it builds) and rolls it back", [c.label for c in advice.candidates],
                     assume_yes=assume_yes)  # fmt: skip
            advice.notes.append(f"{missing}: candidates were built inside a transaction that was rolled back")
            return ROLLBACK, True
        if method == SHADOW:
            _consent(session, f"the trial copies about {SHADOW_SAMPLE:,} sampled rows of each table the queries "
                     "read into a scratch database (aishell_advise_...), builds the candidates there and drops it",
                     [c.label for c in advice.candidates], assume_yes=assume_yes)  # fmt: skip
            return method, True
    except PolicyError as exc:
        advice.notes.append(f"candidates not verified: {exc.one_line()}")
        return "", False
    if not method:
        advice.notes.append(f"candidates not verified on {rules.label}: {rules.no_trial_reason}")
    return method, False


def _index_names(cands: Sequence[Candidate], catalog: Catalog) -> dict[Candidate, str]:
    taken = {ix.name.lower() for t in catalog.tables for ix in t.indexes}
    names: dict[Candidate, str] = {}
    for cand in cands:
        base = re.sub(r"\W+", "_", f"{cand.table.split('.')[-1]}_{'_'.join(cand.columns)}_idx").lower()[:60]
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base[:57]}_{n}"
        taken.add(name)
        names[cand] = name
    return names


def _verify(trial: _Trial, prepared: Prepared, advice: Advice, catalog: Catalog, *, deadline: float) -> None:
    """The greedy search, then :func:`_settle`; every statement from ``prepared``'s decision."""
    with prepared.gating(trial.conn):
        try:
            trial.setup()
            _search(trial, advice, catalog, deadline=deadline)
        except AishellError as exc:
            advice.verified = False
            advice.recommendations.clear()
            advice.notes.append(f"candidates not verified: {exc.one_line()}")
        finally:
            trial.teardown()


def _search(trial: _Trial, advice: Advice, catalog: Catalog, *, deadline: float) -> None:
    """The greedy search (``trial`` set up).  A candidate's trial is kept from one round to the
    next unless the index chosen in between is on a table that one of its queries reads."""
    current: dict[int, float | None] = {}
    for number in range(len(trial.queries)):
        try:
            current[number] = trial.costs([], [number])[0][number]
        except QueryError as exc:
            advice.notes.append(f"query {number + 1} left out: {exc.one_line()}")
    advice.baseline = [current.get(n) for n in range(len(trial.queries))]
    measured = {n for n, v in current.items() if v is not None}
    if not measured:
        advice.notes.append("candidates not verified: the engine gave no measure for any query")
        return
    advice.verified = True
    reads = _tables_read(trial.queries, trial.session.dialect, catalog)
    search = _Search(trial, advice, current, {q: reads[q] for q in sorted(measured)})
    remaining = [c for c in advice.candidates if search.queries_of(c)]
    while remaining:
        best = search.round(remaining, deadline=deadline)
        if best is None:
            break
        search.choose(best)
        remaining = [c for c in remaining if c is not best]
    if search.chosen:
        _settle(trial, search, advice, catalog)


def _tables_read(queries: Sequence[str], dialect: str, catalog: Catalog) -> list[set[str]]:
    """The qualified names of the catalog's tables each query names."""
    return [{t.qualified_name for t in _tables_of([sql], dialect, catalog)} for sql in queries]


def _settle(trial: _Trial, search: _Search, advice: Advice, catalog: Catalog) -> None:
    """Drop a chosen index that another one on the same table and leading with the same column
    made unnecessary (``(a)`` once ``(a, b)`` is chosen: without it, the other chosen indexes in
    place, no query's measure rises by :data:`MIN_GAIN`), then credit each kept index with what
    it changed when it was chosen: each query reading its table, measured with the indexes
    chosen before it (before) and with it too (after); measured again where an earlier index of
    its table was dropped."""
    chosen = search.chosen
    kept = list(chosen)

    def measures(cand: Candidate, among: list[Candidate]) -> tuple[dict[int, float | None], dict[int, float | None]]:
        queries = search.queries_of(cand)
        read = set().union(*(search.reads[q] for q in queries))
        others = [c for c in among if c is not cand and c.table in read]
        return trial.costs(others, queries)[0], trial.costs([*others, cand], queries)[0]

    dropped: set[str] = set()
    for cand in chosen:  # the earliest first: those are the ones later choices extend
        if any(c is not cand and c.table == cand.table and c.columns[0] == cand.columns[0] for c in kept):
            without, with_it = measures(cand, kept)
            if not _lowers(with_it, without):
                kept.remove(cand)
                dropped.add(cand.table)
    for cand in kept:
        if cand.table in dropped:
            without, with_it = measures(cand, kept[: kept.index(cand)])
        else:
            without, with_it = search.marginal[cand]
        helps = [QueryCost(q, trial.queries[q], float(b), float(a)) for q in sorted(without)
                 if (b := without.get(q)) is not None and (a := with_it.get(q)) is not None and a < b]  # fmt: skip
        size = trial.hypothetical_size(cand) if trial.method == HYPOTHETICAL else search.sizes.get(cand)
        table = catalog.find_table(cand.table)
        on_table = len(table.indexes) if table is not None else 0
        on_table += sum(1 for c in kept if c.table == cand.table and kept.index(c) < kept.index(cand))
        advice.recommendations.append(
            Recommendation(cand, trial.names[cand], trial.create(cand, online=True), helps, size, on_table)
        )


def _lowers(after: dict[int, float | None], before: dict[int, float | None]) -> bool:
    """Some query's measure falls by at least :data:`MIN_GAIN`."""
    return any((a := after.get(q)) is not None and b is not None and b > 0 and a <= b * (1 - MIN_GAIN)
               for q, b in before.items())  # fmt: skip


#: a candidate whose columns are the first ones of the best candidate's is chosen instead when
#: it saves at least this share of the best one's saving: the narrower index is smaller and
#: cheaper to keep up, and the wider one is still added in a later round if it lowers some query
#: by :data:`MIN_GAIN` (then :func:`_settle` drops the narrower one if it is no longer needed)
NARROWER_SHARE = 0.98


@dataclass
class _Search:
    """The state of the greedy search: the chosen candidates, each query's measure with them in
    place (``current``), and the trials still valid for the chosen set."""

    trial: _Trial
    advice: Advice
    current: dict[int, float | None]
    reads: dict[int, set[str]]  # the measured queries and the tables each reads
    chosen: list[Candidate] = field(default_factory=list)
    tried: dict[Candidate, tuple[dict[int, float | None], int | None]] = field(default_factory=dict)
    #: each chosen candidate's queries measured before and after it was chosen, and its size
    marginal: dict[Candidate, tuple[dict[int, float | None], dict[int, float | None]]] = field(default_factory=dict)
    sizes: dict[Candidate, int | None] = field(default_factory=dict)
    #: the saving each tried candidate had when it was last tried (0: it lowered no query enough)
    stale: dict[Candidate, float] = field(default_factory=dict)
    failed: set[Candidate] = field(default_factory=set)

    def queries_of(self, cand: Candidate) -> list[int]:
        """The measured queries that read the candidate's table: the ones it may change."""
        return [q for q, tables in self.reads.items() if cand.table in tables]

    def choose(self, cand: Candidate) -> None:
        self.chosen.append(cand)
        costs, self.sizes[cand] = self.tried.pop(cand)
        self.marginal[cand] = ({q: self.current.get(q) for q in costs}, costs)
        self.current.update(costs)
        for other, (measures, _s) in list(self.tried.items()):
            if any(cand.table in self.reads[q] for q in measures):
                del self.tried[other]  # its saving (in ``stale``) is an upper bound from now on

    def round(self, remaining: list[Candidate], *, deadline: float) -> Candidate | None:
        """The candidate that lowers the workload's total measure most (or its prefix if that
        saves nearly as much: :data:`NARROWER_SHARE`), among those that lower some query's
        measure by :data:`MIN_GAIN` with the chosen ones in place; None when none does (or the
        budget ran out first).  Lazily: a candidate whose trial an earlier choice made stale is
        tried again only while the saving it had could still beat the best fresh one (a saving
        seldom grows as more indexes are chosen), the largest first; while none saves anything,
        all are tried again."""
        gains = {c: g for c in remaining if c in self.tried and (g := self._gain(c)) is not None}
        best = max(gains.values(), default=0.0)
        queue = sorted((c for c in remaining if c not in self.tried and c not in self.failed),
                       key=lambda c: -self.stale.get(c, float("inf")))  # fmt: skip
        for done, cand in enumerate(queue):
            if self.stale.get(cand, float("inf")) < best * NARROWER_SHARE:
                break
            if time.monotonic() > deadline:
                self.advice.notes.append(f"the time budget ran out: {len(queue) - done} candidate(s) not tried "
                                         f"in round {len(self.chosen) + 1}")  # fmt: skip
                break
            try:
                self.tried[cand] = self.trial.costs([*self.chosen, cand], self.queries_of(cand))
            except QueryError as exc:
                self.failed.add(cand)
                self.advice.notes.append(f"{cand.label} could not be tried: {exc.one_line()}")
                continue
            gain = self._gain(cand)
            self.stale[cand] = gain or 0.0
            if gain is not None:
                gains[cand] = gain
                best = max(best, gain)
        passing = [(gains[c], c) for c in remaining if c in gains]  # in the candidates' order
        if not passing:
            return None
        gain, top = max(passing, key=lambda p: p[0])  # the first of equals: candidates() put the fittest first
        near = [(len(c.columns), -g, n) for n, (g, c) in enumerate(passing) if c is top or (c.table == top.table
                and top.columns[: len(c.columns)] == c.columns and g >= gain * NARROWER_SHARE)]  # fmt: skip
        return passing[min(near)[2]][1]

    def _gain(self, cand: Candidate) -> float | None:
        """What the candidate's trial saves on the workload's measure; None unless it lowers
        some query's measure by :data:`MIN_GAIN`."""
        costs = self.tried[cand][0]
        if not _lowers(costs, {q: self.current.get(q) for q in costs}):
            return None
        # a query whose measure rises counts as unchanged: its planner chose that plan, and
        # where the measure is not the planner's cost (rows read, full scans) it can disagree
        return sum(max(0.0, (self.current[q] or 0) - c) for q, c in costs.items() if c is not None)


# --------------------------------------------------------------------------- existing indexes not needed
def prove_unused(session: Session, conn: Connection, rules: SchemaRules, advice: Advice, catalog: Catalog,
                 tables: list[TableInfo], *, verify_real: bool = False, assume_yes: bool = False,
                 deadline: float, checked: list[tuple[TableInfo, IndexInfo]] | None = None) -> None:  # fmt: skip
    """Plan every query again with each existing index of the tables it reads kept from the
    planner (primary keys, unique indexes and indexes backing a constraint are not checked): an
    index whose absence moves no query's measure by more than :data:`HIDE_NOISE` joins
    ``advice.useless`` with its ``DROP INDEX`` (shown, never run), the others ``advice.used``;
    what the budget (until ``deadline``) or the engine left unproven joins ``advice.not_checked``
    (``checked``: the indexes to check, if the caller has them: :func:`_indexes_to_check`).
    How an index is kept from the planner is the engine's rule (``SchemaRules.index_hiding``): a
    hint in the planned query, hidden from this session's planner only, or dropped inside a
    transaction that is rolled back (asks first).  Every statement runs from one decision of
    :meth:`Session.prepare`."""
    import secrets

    checked = _indexes_to_check(conn, tables) if checked is None else checked
    if not checked:
        return
    how = _hiding(conn, rules, advice, verify_real=verify_real)
    if not how:
        return
    reads = _tables_read(advice.queries, session.dialect, catalog)
    hider = _Hider(conn, rules, how, advice.queries, secrets.token_hex(4))
    try:
        prepared = session.decide(hider.statements(checked, reads))  # a refusal comes before the question
        if prepared.decision.refused:
            raise PolicyError(prepared.decision.message)
        if how == ROLLBACK:
            _consent(session, "proving an existing index unused drops it inside a transaction that is rolled back "
                     "(the table is locked meanwhile)", [f"{t.qualified_name}: {ix.name}" for t, ix in checked],
                     assume_yes=assume_yes)  # fmt: skip
        session.clear(prepared, assume_yes=assume_yes or how == ROLLBACK)
    except (PolicyError, QueryError) as exc:
        advice.notes.append(f"existing indexes not proven unused: {exc.one_line()}")
        return
    advice.hiding = how
    with prepared.gating(conn):
        try:
            _prove(hider, advice, checked, reads, deadline=deadline)
        finally:
            hider.close()


def _prove(hider: _Hider, advice: Advice, checked: list[tuple[TableInfo, IndexInfo]], reads: list[set[str]], *,
           deadline: float) -> None:  # fmt: skip
    """Measure the queries as they are, then without each index in turn (``hider`` ready)."""
    wanted = {q for q, tables in enumerate(reads) if tables & {t.qualified_name for t, _ix in checked}}
    base: dict[int, float | None] = {}
    named: dict[int, set[str]] = {}  # the indexes each query's plan reads through, as they are
    for q in sorted(wanted):
        try:
            base[q], named[q] = hider.plan_and_indexes(hider.text(q, "base"))
        except AishellError as exc:
            base[q] = None
            advice.notes.append(f"query {q + 1} not planned: {exc.one_line()}")
    for n, (table, ix) in enumerate(checked):
        label = f"{table.qualified_name}: index {ix.name}"
        if time.monotonic() > deadline:
            advice.not_checked.extend(f"{t.qualified_name}: index {i.name}: the time budget ran out"
                                      for t, i in checked[n:])  # fmt: skip
            return
        queries = [q for q in sorted(wanted) if table.qualified_name in reads[q]]
        if not queries:
            advice.not_checked.append(f"{label}: no query reads its table")
            continue
        try:
            after = hider.without(n, table, ix, queries)
        except AishellError as exc:
            advice.not_checked.append(f"{label}: {exc.one_line()}")
            continue
        unknown = [q + 1 for q in queries if base.get(q) is None or after.get(q) is None]
        # used: planned without it, a query's measure moves; or its plan reads through it (a
        # measure that does not see the difference, such as rows read by a covering index scan)
        moved = [QueryCost(q, advice.queries[q], b, a) for q in queries if (b := base[q]) is not None
                 and (a := after[q]) is not None and (abs(a - b) > HIDE_NOISE * abs(b)
                                                      or ix.name.lower() in named.get(q, set()))]  # fmt: skip
        hider.keep((table, ix), unused=not (unknown or moved))
        if unknown:
            advice.not_checked.append(f"{label}: query {unknown[0]} gave no measure")
        elif moved:
            advice.used.append(IndexUse(table.qualified_name, ix.name, tuple(moved)))
        else:
            rules, name = hider.rules, table.qualified_name
            advice.useless.append(Useless(name, ix.name, ix.columns, rules.drop_existing_index_sql(ix.name, name),
                                          tuple(queries), _caveats(table, ix),
                                          rules.try_live_sql(hider.conn, ix.name, name)))  # fmt: skip


def _indexes_to_check(conn: Connection, tables: Iterable[TableInfo]) -> list[tuple[TableInfo, IndexInfo]]:
    """The existing indexes of ``tables`` that no key or constraint needs (as far as the catalog
    and the engine's index usage tell)."""
    backing: set[tuple[str, str]] = set()
    try:
        usage = conn.index_usage()
    except AishellError:
        usage = None
    for u in usage or []:
        if u.constraint or u.unique or u.primary:
            backing.add((u.table.lower(), u.index.lower()))
    return [(t, ix) for t in tables for ix in t.indexes if ix.columns and not (ix.unique or ix.primary)
            and (t.name.lower(), ix.name.lower()) not in backing]  # fmt: skip


def _caveats(table: TableInfo, ix: IndexInfo) -> tuple[str, ...]:
    """What the workload cannot show about an index: the foreign keys it may serve."""
    out: list[str] = []
    for fk in table.foreign_keys:
        k = len(fk.columns)
        if k and {c.lower() for c in ix.columns[:k]} == {c.lower() for c in fk.columns}:
            out.append(f"it may serve the foreign key ({', '.join(fk.columns)}) to {fk.ref_table}: a change to "
                       f"{fk.ref_table}'s keys looks up {table.name} through it, and some engines need an index "
                       "for the key")  # fmt: skip
    return tuple(out)


def _hiding(conn: Connection, rules: SchemaRules, advice: Advice, *, verify_real: bool) -> str:
    """How existing indexes are kept from the planner here ("" when they cannot be: the reason
    joins the notes)."""
    how = rules.index_hiding
    if how == "session":
        why = rules.hide_ready(conn)
        if why is None:
            return how
        if not (verify_real and rules.transactional_ddl):
            advice.notes.append(f"existing indexes not proven unused: {why}; --verify-real drops each inside a "
                                "transaction that is rolled back (the table is locked meanwhile)")  # fmt: skip
            return ""
        advice.notes.append(f"{why}: existing indexes were dropped inside a transaction that was rolled back")
        return ROLLBACK
    if not how:
        advice.notes.append(f"existing indexes not proven unused on {rules.label}: {rules.no_hiding_reason}")
    return how


#: the savepoint an existing index is dropped under (``index_hiding == "rollback"``)
_HIDE_SAVEPOINT = "aishell_hide"


@dataclass
class _Hider:
    """Keeps existing indexes from the planner and measures the queries: each index in turn, on
    top of the ones already proven unused (``gone``), so that the unused ones are proven together
    (of two equal indexes, only one is unused: the planner takes the other in its place)."""

    conn: Connection
    rules: SchemaRules
    how: str  # hint | session | rollback
    queries: list[str]
    token: str  # makes a rolled-back trial's plan texts new (``SchemaRules.fresh_plan_sql``)
    open: bool = False  # a rolled-back trial's transaction is open
    gone: list[tuple[TableInfo, IndexInfo]] = field(default_factory=list)
    pending: bool = False  # the last try's DROP is under a savepoint not yet released

    def text(self, q: int, key: str, hidden: tuple[TableInfo, IndexInfo] | None = None) -> str:
        sql = self.queries[q]
        if self.how == "hint" and hidden is not None:
            names: dict[str, list[str]] = {}
            for table, ix in [*self.gone, hidden]:
                names.setdefault(table.name.lower(), []).append(ix.name)
            try:
                return self.rules.hide_indexes_sql(sql, names)
            except Exception as exc:  # the parser cannot rewrite it: this index is not proven
                raise QueryError(f"cannot add the hint to query {q + 1}: {' '.join(str(exc).split())[:200]}",
                                 engine=None) from None  # fmt: skip
        if self.how == ROLLBACK:
            return self.rules.fresh_plan_sql(sql, f"{self.token} {key}.{q}")
        return sql

    def statements(self, checked: list[tuple[TableInfo, IndexInfo]], reads: list[set[str]]) -> list[str]:
        """What the proof runs (a hint's plans with more than one index hidden are reads, admitted
        by the gate when they arise)."""
        out = ["EXPLAIN " + self.text(q, "base") for q in range(len(self.queries))]
        for n, (table, ix) in enumerate(checked):
            queries = [q for q, tables in enumerate(reads) if table.qualified_name in tables]
            try:
                out += ["EXPLAIN " + self.text(q, str(n), (table, ix)) for q in queries]
            except QueryError:
                continue  # the index's try fails the same way, and says so
            if self.how == "session":
                out.append(self.rules.hide_index_sql(ix.name, table.qualified_name))
            elif self.how == ROLLBACK:
                out.append(self.rules.drop_existing_index_sql(ix.name, table.qualified_name))
        if self.how == "session":
            out.append(self.rules.unhide_indexes_sql)
        if self.how == ROLLBACK and self.rules.hide_lock_timeout_sql:
            out.append(self.rules.hide_lock_timeout_sql)
        return out

    def plan(self, sql: str) -> float | None:
        return self.rules.plan_measure(self.conn.explain(sql))

    def plan_and_indexes(self, sql: str) -> tuple[float | None, set[str]]:
        """The plan's measure and the names of the indexes its normalised tree reads through."""
        plan = self.conn.explain(sql)
        tree = getattr(plan, "tree", None)
        names = {str(node.index).lower() for _d, node in tree.nodes() if node.index} if tree is not None else set()
        return self.rules.plan_measure(plan), names

    def without(self, n: int, table: TableInfo, ix: IndexInfo, queries: list[int]) -> dict[int, float | None]:
        """Each query's measure with the index ``ix`` (and those in ``gone``) kept from the
        planner; :meth:`keep` says next whether it stays so."""
        hidden = (table, ix)

        def measure() -> dict[int, float | None]:
            return {q: self.plan(self.text(q, str(n), hidden)) for q in queries}

        if self.how == "hint":
            return measure()
        if self.how == "session":
            for t, i in [*self.gone, hidden]:
                self._run(self.rules.hide_index_sql(i.name, t.qualified_name))
            try:
                return measure()
            finally:
                self._run(self.rules.unhide_indexes_sql)
        if not self.rules.trial_savepoints:  # each try in a transaction of its own
            self._begin()
            try:
                for t, i in [*self.gone, hidden]:
                    self._run(self.rules.drop_existing_index_sql(i.name, t.qualified_name))
                return measure()
            finally:
                self.close()
        if not self.open:
            self._begin()
        self.conn.savepoint(_HIDE_SAVEPOINT)
        self.pending = True
        try:
            self._run(self.rules.drop_existing_index_sql(ix.name, table.qualified_name))
            return measure()
        except BaseException:
            self.keep(hidden, unused=False)
            raise

    def keep(self, hidden: tuple[TableInfo, IndexInfo], *, unused: bool) -> None:
        """After a try: an unused index stays hidden (dropped, in the open transaction) for the
        next tries; a used one is given back."""
        if unused:
            self.gone.append(hidden)
        if self.pending:
            self.pending = False
            if not unused:
                self.conn.rollback_to_savepoint(_HIDE_SAVEPOINT)
            self.conn.release_savepoint(_HIDE_SAVEPOINT)

    def _begin(self) -> None:
        self.conn.begin()
        self.open = True
        if self.rules.hide_lock_timeout_sql:
            self._run(self.rules.hide_lock_timeout_sql)

    def close(self) -> None:
        """Roll the trial's transaction back (nothing was dropped for real); show every index again."""
        if self.open:
            self.open = False
            self.conn.rollback()
        if self.how == "session":
            self._run(self.rules.unhide_indexes_sql)

    def _run(self, sql: str) -> None:
        self.conn.execute(sql).close()


# --------------------------------------------------------------------------- consent and apply
def _consent(session: Session, question: str, reasons: list[str], *, assume_yes: bool) -> None:
    """The face's consent for building indexes for real: ``assume_yes`` (``--yes``) or the
    session's confirm callback; without either, refused."""
    if assume_yes:
        return
    if session.confirm is None:
        raise PolicyError(f"refused without confirmation: {question} (pass --yes to do it anyway)")
    if not session.confirm(question + ". Continue?", reasons):
        raise PolicyError("cancelled by user: " + question)


def apply(session: Session, advice: Advice, *, assume_yes: bool = False) -> list[str]:
    """Create the recommended indexes (``CREATE INDEX``, PostgreSQL: ``CONCURRENTLY``) through
    the session's gate, after consent; the statements run."""
    statements = [r.statement for r in advice.recommendations]
    if not statements:
        return []
    prepared = session.decide(statements)  # a policy that refuses them refuses before the question
    if prepared.decision.refused:
        raise PolicyError(prepared.decision.message)
    _consent(session, f"create {len(statements)} index{'es' if len(statements) != 1 else ''}", statements,
             assume_yes=assume_yes)  # fmt: skip
    session.clear(prepared, assume_yes=True)  # the consent was given just now
    conn = session.connection()
    done: list[str] = []
    try:
        for sql in statements:
            prepared.execute(conn, sql).close()
            done.append(sql)
    except AishellError as exc:
        raise QueryError(f"{exc.one_line()} (created before the error: {len(done)} of {len(statements)})",
                         engine=None) from exc  # fmt: skip
    finally:
        session.invalidate_catalog()
    return done
