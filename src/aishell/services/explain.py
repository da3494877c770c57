"""Plans that explain themselves: one statement's plan, its normalised tree, the lints on it
and its hottest nodes.  Every face (``aishell explain``, the REPL's ``\\explain``, the web's
``POST /api/explain``, MCP's ``explain_query``) calls :func:`explain`, so the same statement
gets the same lints everywhere.

The plan comes from :meth:`Session.explain`: the session's one gate judges ``EXPLAIN`` of the
statement, and ``EXPLAIN ANALYZE`` with the statement's own consent (it runs it).  The lints
read the normalised tree (:mod:`aishell.engines.plan`), the session's catalog (indexes,
foreign keys, row estimates) and the statement's text (:mod:`aishell.services.explain_sql`).
A lint names its node by path: ``0`` is the root, ``0.1`` the root's second child.  The
thresholds below are the config file's ``[explain]`` table (:class:`LintSettings`, the same
names), so every face applies the same ones.

=================  ==========================================================================
code               fires when
=================  ==========================================================================
row-estimate       (analyzed) actual rows per loop are 10x/100x/1000x off the estimate
seq-scan           a table of at least ``large_table_rows`` is read whole under a selective filter
rows-removed       a filter threw away far more rows than it kept
spill              a sort, hash or aggregate went to disk
nested-loop        a nested loop runs its inner side once per row of a large outer side
unindexed-join     a join or foreign-key column has no index
function-on-index  a function, cast or implicit cast wraps an indexed column in WHERE or ON
select-star        ``SELECT *`` of many columns or wide rows
deep-offset        ``OFFSET`` of at least ``deep_offset`` rows
=================  ==========================================================================
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from aishell.config import ExplainSettings, load_settings
from aishell.engines.plan import BITMAP, FULL_INDEX, INDEX, INDEX_ONLY, SEQ, PlanNode, PlanTree
from aishell.errors import AishellError, UsageError
from aishell.services.explain_sql import (
    StatementFacts,
    expression_index,
    foreign_key_column,
    indexed,
    read_statement,
)

if TYPE_CHECKING:
    from aishell.engines.base import Catalog, Plan, TableInfo
    from aishell.services.session import Session

INFO, WARNING, CRITICAL = "info", "warning", "critical"
SEVERITIES = (INFO, WARNING, CRITICAL)
#: a node is among the hottest only with at least this share of the time or cost
HOT_SHARE = 0.1


#: the lints' thresholds: the config file's ``[explain]`` table (:class:`aishell.config.ExplainSettings`)
LintSettings = ExplainSettings
DEFAULT_SETTINGS = LintSettings()


@dataclass(frozen=True)
class Lint:
    """One finding: its ``code``, ``severity`` (info/warning/critical), the plan node it names (a
    path such as ``0.1``, None when the plan has no tree), a one-line ``message`` and a ``hint``."""

    code: str
    severity: str
    node: str | None
    message: str
    hint: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "node": self.node, "message": self.message,
                "hint": self.hint}  # fmt: skip


@dataclass(frozen=True)
class Hot:
    """A hottest node: its path, its share of the plan's time (analyzed) or cost, and that figure."""

    node: str
    share: float
    basis: str  # "time" (self time, ms) or "cost" (self cost, the engine's units)
    value: float

    def to_dict(self) -> dict[str, Any]:
        return {"node": self.node, "share": round(self.share, 4), "basis": self.basis, "value": self.value}


@dataclass
class Explained:
    """What :func:`explain` returns."""

    sql: str
    plan: Plan
    analyzed: bool
    lints: list[Lint] = field(default_factory=list)
    hottest: list[Hot] = field(default_factory=list)

    @property
    def tree(self) -> PlanTree | None:
        return self.plan.tree

    def node(self, path: str) -> PlanNode | None:
        return find_node(self.tree, path)


# --------------------------------------------------------------------------- entry point
def explain(session: Session, sql: str, *, analyze: bool = False, assume_yes: bool = False,
            settings: LintSettings | None = None) -> Explained:  # fmt: skip
    """The plan of one statement with its lints and hottest nodes.  ``analyze`` runs the
    statement (the session asks its consent; ``assume_yes``: the caller has it).  ``settings``:
    the lints' thresholds, by default the config file's ``[explain]`` table."""
    if not sql.strip():
        raise UsageError("no SQL statement given")
    settings = settings if settings is not None else load_settings().explain
    plan = session.explain(sql, analyze=analyze, assume_yes=assume_yes)
    try:
        catalog: Catalog | None = session.catalog()
    except AishellError:  # no catalog: the lints that need it stay quiet
        catalog = None
    facts = read_statement(sql.strip().rstrip(";"), session.dialect, catalog)
    analyzed = plan.tree.analyzed if plan.tree is not None else analyze
    return Explained(sql, plan, analyzed, lint(plan.tree, facts, catalog, settings),
                     hottest(plan.tree, settings.hottest))  # fmt: skip


# --------------------------------------------------------------------------- tree helpers
def paths(tree: PlanTree | None) -> Iterator[tuple[str, int, PlanNode]]:
    """Every node of ``tree`` with its path and depth, depth first."""
    if tree is None:
        return

    def walk(node: PlanNode, path: str, depth: int) -> Iterator[tuple[str, int, PlanNode]]:
        yield path, depth, node
        for i, child in enumerate(node.children):
            yield from walk(child, f"{path}.{i}", depth + 1)

    yield from walk(tree.root, "0", 0)


def find_node(tree: PlanTree | None, path: str) -> PlanNode | None:
    return next((n for p, _d, n in paths(tree) if p == path), None)


def hottest(tree: PlanTree | None, count: int = 3) -> list[Hot]:
    """The nodes with the largest self time (an analyzed tree with times), else the largest
    share of the estimated cost (a node's cost less its children's), largest first: at most
    ``count``, each with at least :data:`HOT_SHARE` of the whole."""
    nodes = list(paths(tree))
    timed = [(p, n.self_time_ms) for p, _d, n in nodes if n.self_time_ms is not None]
    basis, figures = "time", timed
    if not timed or not any(v for _p, v in timed):
        basis = "cost"
        figures = [(p, _self_cost(n)) for p, _d, n in nodes if n.cost is not None]
    total = sum(v or 0.0 for _p, v in figures)
    if total <= 0:
        return []
    ranked = sorted(((p, v or 0.0) for p, v in figures), key=lambda pv: -pv[1])
    hot = [Hot(p, v / total, basis, round(v, 3)) for p, v in ranked[:count] if v > 0]
    return [h for h in hot if h.share >= HOT_SHARE]


def _self_cost(node: PlanNode) -> float:
    below = sum(c.cost for c in node.children if c.cost is not None)
    return max((node.cost or 0.0) - below, 0.0)


def _rows_out(node: PlanNode, analyzed: bool) -> float | None:
    """Rows out of a node over all loops: measured when analyzed, else estimated."""
    if analyzed and node.total_actual_rows is not None:
        return node.total_actual_rows
    if node.est_rows is None:
        return None
    return node.est_rows * (node.loops or 1)


def _n(value: float) -> str:
    return f"{value:,.0f}"


# --------------------------------------------------------------------------- the lints
def lint(tree: PlanTree | None, facts: StatementFacts, catalog: Catalog | None,
         settings: LintSettings | None = None) -> list[Lint]:  # fmt: skip
    """Every lint on a plan tree and its statement's facts, most severe first."""
    s = settings or DEFAULT_SETTINGS
    found: list[Lint] = []
    found += lint_row_estimates(tree, s)
    found += lint_seq_scans(tree, facts, catalog, s)
    found += lint_rows_removed(tree, s, skip={x.node for x in found if x.code == "seq-scan"})
    found += lint_spills(tree)
    found += lint_nested_loops(tree, s)
    found += lint_unindexed_joins(tree, facts, s)
    found += lint_wrapped_columns(tree, facts)
    found += lint_select_star(tree, facts, s)
    found += lint_offset(tree, facts, s)
    one_line = [replace(x, message=" ".join(x.message.split()), hint=" ".join(x.hint.split())) for x in found]
    return sorted(one_line, key=lambda x: -SEVERITIES.index(x.severity))


def lint_row_estimates(tree: PlanTree | None, s: LintSettings) -> list[Lint]:
    """Actual rows per loop against the estimate, when analyzed.  A node whose child was already
    flagged as badly or worse is left out: the error came from below."""
    if tree is None or not tree.analyzed:
        return []
    severity_of: dict[str, int] = {}
    out: list[Lint] = []
    for path, _depth, node in reversed(list(paths(tree))):  # children before parents
        est, act = node.est_rows, node.actual_rows
        if est is None or act is None or max(est, act) < s.estimate_min_rows:
            continue
        ratio = max(est, act) / max(min(est, act), 1.0)
        level = sum(ratio >= f for f in s.estimate_factors) - 1
        if level < 0:
            continue
        severity_of[path] = level
        if any(severity_of.get(f"{path}.{i}", -1) >= level for i in range(len(node.children))):
            continue
        way = "under" if act > est else "over"
        out.append(Lint("row-estimate", SEVERITIES[level], path,
                        f"{node.op}{_on(node)}: estimated {_n(est)} rows per loop, got {_n(act)} "
                        f"({ratio:,.0f}x {way}estimated)",
                        "refresh the table's statistics (ANALYZE); correlated or skewed columns may need "
                        "extended statistics"))  # fmt: skip
    return out


def _on(node: PlanNode) -> str:
    return f" on {node.relation}" if node.relation else ""


def _table_rows(node: PlanNode, table: TableInfo | None, analyzed: bool) -> float | None:
    """How many rows the scanned table holds: the catalog's estimate, else what the scan read."""
    if table is not None and table.row_estimate is not None:
        return float(table.row_estimate)
    out = node.total_actual_rows if analyzed else None
    if out is not None and node.rows_removed is not None:
        return out + node.rows_removed
    return None


def lint_seq_scans(tree: PlanTree | None, facts: StatementFacts, catalog: Catalog | None,
                   s: LintSettings) -> list[Lint]:  # fmt: skip
    """A large table read whole to keep few rows: the filter is the plan's, or the statement
    compares the table's columns to values (SQLite's plan shows no filter)."""
    out: list[Lint] = []
    analyzed = tree is not None and tree.analyzed
    for path, _depth, node in paths(tree):
        if node.access not in (SEQ, FULL_INDEX) or not node.relation:
            continue
        table = facts.table_of(node.relation, node.alias)
        if table is None and catalog is not None:
            table = catalog.find_table(node.relation)
        rows = _table_rows(node, table, analyzed)
        if rows is None or rows < s.large_table_rows:
            continue
        columns = facts.filters(node.relation, node.alias)
        if not node.filter and columns is None:
            continue
        kept = _rows_out(node, analyzed)
        equalities = facts.filters(node.relation, node.alias, equal=True) if node.filter else None
        if not _selective(kept, rows, s, bool(columns), analyzed, equalities):
            continue
        hint = _seq_hint(table.name if table is not None else node.relation, table, columns or set())
        severity = CRITICAL if rows >= s.large_table_rows * 100 else WARNING
        out.append(Lint("seq-scan", severity, path, _seq_message(node, rows, kept, s), hint))
    return out


def _seq_message(node: PlanNode, rows: float, kept: float | None, s: LintSettings) -> str:
    if node.access == FULL_INDEX and node.index:
        text = f"{node.op} reads the whole index {node.index} of {node.relation} ({_n(rows)} rows)"
    else:
        text = f"{node.op} reads all {_n(rows)} rows of {node.relation}"
    if kept is None:
        text += " under a filter"
    elif kept <= rows * s.selective_fraction:
        text += f" to keep about {_n(kept)}"
    else:
        text += f" under an equality it expects to keep {_n(kept)} (no statistics on the column?)"
    return text + (f" (filter: {node.filter})" if node.filter else "")


def _selective(kept: float | None, rows: float, s: LintSettings, compared: bool, analyzed: bool,
               equalities: set[str] | None) -> bool:  # fmt: skip
    """Whether a filter keeps few enough rows for an index to pay: by the plan's figure; without
    one, the statement's comparison counts; when the node's own filter is estimated to keep
    (nearly) every row (the engine knew nothing of the column, as MariaDB without column
    statistics), an equality in the statement (``equalities``) counts."""
    if kept is not None and kept <= rows * s.selective_fraction:
        return True
    if kept is None:
        return compared
    return not analyzed and kept >= rows * 0.9 and bool(equalities)


def _seq_hint(relation: str, table: TableInfo | None, columns: set[str]) -> str:
    missing = sorted(c for c in columns if table is None or not indexed(table, c))
    if missing:
        return f"an index on {relation} ({', '.join(missing)}) would read only the matching rows"
    return "index the filtered columns, or write the filter so that an existing index can serve it"


def lint_rows_removed(tree: PlanTree | None, s: LintSettings, skip: set[str | None]) -> list[Lint]:
    out: list[Lint] = []
    analyzed = tree is not None and tree.analyzed
    for path, _depth, node in paths(tree):
        removed = node.rows_removed
        if removed is None or path in skip or removed < s.removed_min_rows:
            continue
        kept = _rows_out(node, analyzed) or 0.0
        if removed < s.removed_ratio * max(kept, 1.0):
            continue
        out.append(Lint("rows-removed", WARNING, path,
                        f"{node.op}{_on(node)}: its filter removed {_n(removed)} rows to keep {_n(kept)}"
                        + (f" (filter: {node.filter})" if node.filter else ""),
                        "an index (or a partial index) on the filtered columns would skip those rows"))  # fmt: skip
    return out


def lint_spills(tree: PlanTree | None) -> list[Lint]:
    out: list[Lint] = []
    for path, _depth, node in paths(tree):
        if not node.spilled and not (node.temp_written or 0) > 0:
            continue
        pages = f" ({_n(node.temp_written)} temporary pages written)" if node.temp_written else ""
        out.append(Lint("spill", WARNING, path, f"{node.op} went to disk{pages}",
                        "give it more working memory (the engine's sort and hash memory setting) "
                        "or feed it fewer rows"))  # fmt: skip
    return out


def lint_nested_loops(tree: PlanTree | None, s: LintSettings) -> list[Lint]:
    """A nested loop whose outer side (its first child) is large: the inner side runs per row."""
    out: list[Lint] = []
    analyzed = tree is not None and tree.analyzed
    for path, _depth, node in paths(tree):
        if "nested loop" not in node.op.lower().replace("_", " ") or len(node.children) < 2:
            continue
        outer, inner = node.children[0], node.children[1]
        rows = _rows_out(outer, analyzed)
        if rows is None or rows < s.nested_loop_outer_rows:
            continue
        scans = inner.access == SEQ
        out.append(Lint("nested-loop", CRITICAL if scans else WARNING, path,
                        f"{node.op} runs its inner side{_on(inner)} once for each of {_n(rows)} outer rows"
                        + (", reading the whole table each time" if scans else ""),
                        "a hash or merge join suits a large outer side: index the join column, "
                        "refresh statistics, or filter the outer side first"))  # fmt: skip
    return out


def _node_of(tree: PlanTree | None, table: TableInfo, facts: StatementFacts) -> str | None:
    """The path of the first node reading ``table`` (else the root's; None without a tree)."""
    if tree is None:
        return None
    low = table.name.lower()
    for path, _depth, node in paths(tree):
        if not node.relation:
            continue
        if facts.table_of(node.relation, node.alias) is table or node.relation.lower().rsplit(".", 1)[-1] == low:
            return path
    return "0"


def lint_unindexed_joins(tree: PlanTree | None, facts: StatementFacts, s: LintSettings) -> list[Lint]:
    """A join column without an index: flagged when it is a foreign key, or when neither side of
    the equality has one (then each lookup reads a whole table)."""
    out: list[Lint] = []
    seen: set[tuple[str, str]] = set()
    for pair in facts.joins:
        for table, col, other, ocol in ((pair.left, pair.lcol, pair.right, pair.rcol),
                                        (pair.right, pair.rcol, pair.left, pair.lcol)):  # fmt: skip
            key = (table.qualified_name.lower(), col.lower())
            if key in seen or indexed(table, col):
                continue
            fk = foreign_key_column(table, col)
            if not fk and indexed(other, ocol):
                continue
            seen.add(key)
            large = table.row_estimate is not None and table.row_estimate >= s.large_table_rows
            what = "foreign-key column" if fk else "join column"
            out.append(Lint("unindexed-join", WARNING if large else INFO, _node_of(tree, table, facts),
                            f"{what} {table.name}.{col} (joined to {other.name}.{ocol}) has no index",
                            f"an index on {table.name} ({col}) lets the join look rows up"))  # fmt: skip
    return out


def lint_wrapped_columns(tree: PlanTree | None, facts: StatementFacts) -> list[Lint]:
    """An indexed column inside a function or cast: its index cannot find the values.  An implicit
    cast (a text column compared with a number) is flagged only when the plan reads the table
    without an index, which shows that this engine cast the column."""
    out: list[Lint] = []
    for w in facts.wrapped:
        path = _node_of(tree, w.table, facts)
        if w.implicit:
            node = find_node(tree, path) if path is not None else None
            if node is None or node.access not in (SEQ, FULL_INDEX):
                continue
            out.append(Lint("function-on-index", WARNING, path,
                            f"{w.expression} compares the text column {w.table.name}.{w.column} with a number: "
                            "the column is converted, so its index is not used",
                            f"compare it with a string ('...') so the index on {w.column} can serve it"))  # fmt: skip
            continue
        if _served_by_expression_index(tree, w.table, facts):
            continue
        out.append(Lint("function-on-index", WARNING, path,
                        f"{w.expression} wraps the indexed column {w.table.name}.{w.column}: its index cannot "
                        "find the values",
                        f"compare the bare column (a range for a date, say), or index the expression "
                        f"{w.expression}"))  # fmt: skip
    return out


def _served_by_expression_index(tree: PlanTree | None, table: TableInfo, facts: StatementFacts) -> bool:
    """The plan looks ``table`` up through an index on an expression: one the catalog could not
    match to the statement's (SQLite does not give its expression), which serves it."""
    for _path, _depth, node in paths(tree):
        if node.access not in (INDEX, INDEX_ONLY, BITMAP) or not node.index or not node.relation:
            continue
        if facts.table_of(node.relation, node.alias) is table and expression_index(table, node.index):
            return True
    return False


def lint_select_star(tree: PlanTree | None, facts: StatementFacts, s: LintSettings) -> list[Lint]:
    if not facts.star:
        return []
    columns = sum(len(t.columns) for t in facts.star_tables)
    width = tree.root.width if tree is not None else None
    if columns < s.wide_columns and (width is None or width < s.wide_bytes):
        return []
    size = [f"{columns} columns"] if columns else []
    size += [f"about {_n(width)} bytes a row"] if width else []
    hint = "name the columns you need: less to read, send and hold, and a covering index may serve them"
    return [Lint("select-star", INFO, "0" if tree is not None else None, f"SELECT * returns {', '.join(size)}", hint)]


def lint_offset(tree: PlanTree | None, facts: StatementFacts, s: LintSettings) -> list[Lint]:
    if facts.offset is None or facts.offset < s.deep_offset:
        return []
    severity = CRITICAL if facts.offset >= s.deep_offset * 100 else WARNING
    return [Lint("deep-offset", severity, "0" if tree is not None else None,
                 f"OFFSET {_n(facts.offset)} makes the engine produce and throw away {_n(facts.offset)} rows",
                 "page by key instead: WHERE key > the last key seen ORDER BY key LIMIT n")]  # fmt: skip
