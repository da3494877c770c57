"""Index advice: candidates read from the workload's SQL, proven on the engine's own planner.

1. **Candidates** (:func:`candidates`): each statement of the workload is parsed with sqlglot in
   the session's dialect; the columns of its equality and range predicates, its join columns, its
   ORDER BY and GROUP BY give single-column candidates and multi-column ones in a chosen order
   (equality columns first, then one range or ORDER BY column).  A candidate that an existing
   index (or the primary key) already leads with is skipped.
2. **Verification** (:func:`advise`), greedy under a time budget: the candidate that lowers the
   workload's total measure most is added, round after round, while one lowers some query's
   measure by at least :data:`MIN_GAIN`.  How a candidate is tried is the engine's rule
   (``dialect_of(conn).schema.index_trial``): a hypothetical index (PostgreSQL's hypopg), or the
   index built inside a transaction that is rolled back (SQLite, DuckDB; PostgreSQL with
   ``verify_real`` and consent), or built on a sampled copy of the tables in a scratch database
   that is dropped afterwards (MySQL/MariaDB, whose DDL commits at once; with consent); what is
   measured too (``plan_measure``: the planner's cost, or full scans or rows read where the
   engine gives no cost).  Where the engine offers neither, the candidates
   are reported as not verified, with the reason.
3. **Redundant indexes** (:func:`redundant_indexes`): duplicates, and indexes that are a prefix
   of another, from the catalog.
4. **Apply** (:func:`apply`): the recommended ``CREATE INDEX`` statements, after consent, through
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

#: a candidate is kept only when it lowers some query's measure by at least this fraction
MIN_GAIN = 0.10
#: the default time budget of the verification, in seconds
DEFAULT_BUDGET = 30.0
#: at most this many columns in a multi-column candidate
MAX_COLUMNS = 3
#: at most this many rows of each table go into the scratch copy of a shadow trial
SHADOW_SAMPLE = 10_000
#: the trial methods an engine's schema rules name (``SchemaRules.index_trial``)
HYPOTHETICAL, ROLLBACK, SHADOW = "hypothetical", "rollback", "shadow"


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
            for columns, reason in _shapes(uses):
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


def _shapes(uses: _Uses) -> list[tuple[tuple[str, ...], str]]:
    """The candidate column lists of one table's uses, each with why."""
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
    for col in uses.join:
        if eq and col not in eq:
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

    def teardown(self) -> None:
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
        """Each query's measure with ``indexes`` in place, and the size of the last one."""
        size: int | None = None
        if self.method == HYPOTHETICAL:
            self._run(self.rules.hypothetical_reset)
            for cand in indexes:
                self._run(self.rules.hypothetical_index(self.create(cand)))
            try:
                return {q: self.measure(self.queries[q]) for q in queries}, size
            finally:
                self._run(self.rules.hypothetical_reset)
        if self.method == SHADOW:  # DDL commits at once: what was made is dropped again
            made: list[Candidate] = []
            try:
                for cand in indexes:
                    self._run(self.create(cand))
                    made.append(cand)
                return {q: self.measure(self.queries[q]) for q in queries}, size
            finally:
                for cand in reversed(made):
                    self._run(self.drop(cand))
        self.conn.begin()
        try:
            for cand in indexes:
                self._run(self.create(cand))
            if indexes and (sql := self.rules.trial_index_size_sql(self.names[indexes[-1]])) is not None:
                size = _int_or_none(self.conn.query_all(sql))
            return {q: self.measure(self.queries[q]) for q in queries}, size
        finally:
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
    method, consent = _method(session, conn, rules, advice, verify_real=verify_real, assume_yes=assume_yes)
    if not advice.candidates or not method:
        advice.elapsed = time.monotonic() - start
        return advice
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
        advice.elapsed = time.monotonic() - start
        return advice
    advice.method, advice.measure = method, rules.plan_measure_name
    _verify(trial, prepared, advice, catalog, deadline=start + budget)
    advice.elapsed = time.monotonic() - start
    return advice


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
            _consent(session, f"the trial copies at most {SHADOW_SAMPLE:,} sampled rows of each table the queries "
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
    """The greedy search (``trial`` set up)."""
    current: dict[int, float | None] = {}
    for number, sql in enumerate(trial.queries):
        try:
            current[number] = trial.measure(sql)
        except QueryError as exc:
            advice.notes.append(f"query {number + 1} left out: {exc.one_line()}")
    advice.baseline = [current.get(n) for n in range(len(trial.queries))]
    measured = {n for n, v in current.items() if v is not None}
    if not measured:
        advice.notes.append("candidates not verified: the engine gave no measure for any query")
        return
    advice.verified = True
    chosen: list[Candidate] = []
    remaining = [c for c in advice.candidates if set(c.queries) & measured]
    while remaining:
        best = _best_round(trial, chosen, remaining, current, advice, deadline=deadline)
        if best is None:
            break
        chosen.append(best[0])
        current.update(best[1])
        remaining = [c for c in remaining if c is not best[0]]
    if chosen:
        _settle(trial, chosen, current, advice, catalog)


def _settle(trial: _Trial, chosen: list[Candidate], final: dict[int, float | None], advice: Advice,
            catalog: Catalog) -> None:  # fmt: skip
    """Drop a chosen index the later ones made unnecessary (``(a)`` once ``(a, b)`` is chosen:
    without it no query's measure rises by :data:`MIN_GAIN`), then credit each kept index with
    what it changes with the others in place: each query's measure without it (before) and
    with it (after)."""
    kept = list(chosen)
    marginal: dict[Candidate, tuple[dict[int, float | None], dict[int, float | None], int | None]] = {}
    for cand in list(chosen):  # the earliest first: those are the ones later choices extend
        others = [c for c in kept if c is not cand]
        queries = sorted(q for q, v in final.items() if v is not None)
        without, _size = trial.costs(others, queries)
        with_it, size = trial.costs([*others, cand], queries)
        if others and not _lowers(with_it, without):
            kept = others
            continue
        marginal[cand] = (without, with_it, size)
    for cand in kept:
        without, with_all, size = marginal[cand]
        others = [c for c in kept if c is not cand]
        queries = sorted(q for q, v in without.items() if v is not None)
        if len(kept) != len(chosen):  # the final set changed: measure again without this one
            without, _size = trial.costs(others, queries)
            with_all, _size = trial.costs(kept, queries)
        helps = [QueryCost(q, trial.queries[q], float(b), float(a)) for q in queries
                 if (b := without.get(q)) is not None and (a := with_all.get(q)) is not None and a < b]  # fmt: skip
        if trial.method == HYPOTHETICAL:
            size = trial.hypothetical_size(cand)
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


def _best_round(
    trial: _Trial,
    chosen: list[Candidate],
    remaining: list[Candidate],
    current: dict[int, float | None],
    advice: Advice,
    *,
    deadline: float,
) -> tuple[Candidate, dict[int, float | None], int | None] | None:
    """The candidate that lowers the total measure most, among those that lower some query's by
    :data:`MIN_GAIN` with ``chosen`` in place; None when none does (or the budget ran out first)."""
    best: tuple[float, Candidate, dict[int, float | None], int | None] | None = None
    for tried, cand in enumerate(remaining):
        if time.monotonic() > deadline:
            advice.notes.append(f"the time budget ran out: {len(remaining) - tried} candidate(s) not tried "
                                f"in round {len(chosen) + 1}")  # fmt: skip
            break
        same_table = {q for q, _ in enumerate(trial.queries) if current.get(q) is not None
                      and any(q in c.queries for c in (cand, *chosen) if c.table == cand.table)}  # fmt: skip
        try:
            costs, size = trial.costs([*chosen, cand], sorted(same_table))
        except QueryError as exc:
            advice.notes.append(f"{cand.label} could not be tried: {exc.one_line()}")
            continue
        if not _lowers(costs, {q: current.get(q) for q in costs}):
            continue
        gain = sum((current[q] or 0) - (costs[q] or 0) for q in costs if costs[q] is not None)
        if best is None or gain > best[0] + 1e-9:
            best = (gain, cand, costs, size)
    return None if best is None else (best[1], best[2], best[3])


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
