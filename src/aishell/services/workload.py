"""The workload the engine recorded, and the indexes it never used.

* :func:`slow`: the statements the engine recorded for the current database
  (:meth:`Connection.statement_stats`: PostgreSQL's ``pg_stat_statements``, MariaDB's
  performance_schema digests), grouped by fingerprint with literals normalised, each with the
  command to run next (``aishell explain`` for a statement without placeholders,
  ``aishell advise --workload`` otherwise).
* :func:`recorded`: the same statements turned into queries the index advisor can plan: the
  reads and the filtered UPDATE/DELETE of user tables, ranked by total time; catalog and system
  queries, aishell's own and what no index could serve are left out (with a note saying how
  many and why).  Names are spelled as the catalog spells them (MariaDB's digest text writes
  ``events`` as ``EVENTS``).  Each placeholder (``$1``, ``?``) becomes a literal sampled from the
  column it is compared with (:meth:`Connection.sample_values`: values spread over the table,
  never a full scan), rendered by sqlglot in the engine's dialect: for ``=`` and ``IN`` a value of
  typical frequency (not the most common one, which would make a selective index look useless),
  for a lone bound one that few rows pass, for two bounds of one column (``col >= $1 AND col <
  $2``, ``BETWEEN``) neighbouring values in order (a narrow range); a statement whose
  placeholders cannot be filled is left out with the reason.  Each query keeps its weight:
  calls, total time and its share of the recorded time.
* :func:`unused_indexes`: existing indexes never scanned since the engine started counting
  (:meth:`Connection.index_usage`), primary keys and indexes backing a constraint excepted.

Every statement built here passes the session's gate (:meth:`Session.prepare`).
"""

from __future__ import annotations

import datetime as _dt
import decimal
import logging
import math
import re
import shlex
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aishell.engines.base import STATEMENT_ORDERS, StatementStats, TableInfo
from aishell.errors import AishellError, UsageError

if TYPE_CHECKING:
    from sqlglot import exp

    from aishell.engines.base import Catalog, Connection
    from aishell.services.session import Session

#: the recorded statements the advisor plans by default
DEFAULT_TOP = 50
#: how many recorded statements are read to rank and weigh them (the costliest by total time)
READ_AT_MOST = 1000
#: rows sampled from a table to pick a placeholder's value
SAMPLE_ROWS = 100
#: the value a ``LIMIT`` / ``OFFSET`` placeholder gets
_LIMIT_VALUE, _OFFSET_VALUE = 10, 0


# --------------------------------------------------------------------------- slow
@dataclass(frozen=True)
class SlowStatement:
    """One recorded statement, with its share of the recorded time and the command to run next."""

    stats: StatementStats
    share: float
    next_command: str

    def to_dict(self) -> dict[str, Any]:
        s = self.stats
        return {
            "query": s.query, "fingerprint": s.fingerprint, "calls": s.calls,
            "total_ms": round(s.total_ms, 3), "mean_ms": round(s.mean_ms, 3), "rows": s.rows,
            "share": round(self.share, 4),
            "first_seen": s.first_seen.isoformat() if s.first_seen else None,
            "last_seen": s.last_seen.isoformat() if s.last_seen else None,
            "next": self.next_command,
        }  # fmt: skip


def slow(session: Session, *, top: int = 20, order: str = "total", matching: str | None = None) -> list[SlowStatement]:
    """The ``top`` statements the engine recorded for the session's database, by ``order``
    (:data:`~aishell.engines.base.STATEMENT_ORDERS`); ``matching``: only those whose text
    contains it.  ``share``: of the total time of the statements read."""
    session.require_server_views("slow statements")
    if order not in STATEMENT_ORDERS:
        raise UsageError(f"unknown order {order!r}: use one of {', '.join(STATEMENT_ORDERS)}")
    if top < 1:
        raise UsageError("--top must be at least 1")
    conn = session.connection()
    found = conn.statement_stats(order=order, limit=top, matching=matching)
    total = _recorded_total(conn, matching, found)
    return [SlowStatement(s, s.total_ms / total if total > 0 else 0.0, next_command(s.query, session.dialect))
            for s in found]  # fmt: skip


def _recorded_total(conn: Connection, matching: str | None, found: Sequence[StatementStats]) -> float:
    """The total time of the costliest :data:`READ_AT_MOST` statements (the share's base)."""
    every = conn.statement_stats(order="total", limit=READ_AT_MOST, matching=matching)
    return max(sum(s.total_ms for s in every), sum(s.total_ms for s in found))


def next_command(query: str, dialect: str) -> str:
    """What to run next for a recorded statement: ``aishell advise --workload`` for a query or a
    filtered UPDATE/DELETE with placeholders (it fills them from the data), ``aishell explain``
    on the text of a query or data change without placeholders; "" for anything else (DDL,
    settings, an INSERT with placeholders: nothing to plan)."""
    from sqlglot import exp

    tree = _parse(query, dialect)
    if tree is None:
        return ""
    placeholders = bool(_placeholders(tree))
    if isinstance(tree, exp.Query | exp.Update | exp.Delete) and placeholders:
        return "aishell advise --workload"
    if isinstance(tree, exp.Query | exp.Update | exp.Delete | exp.Insert) and not placeholders:
        return "aishell explain " + shlex.quote(" ".join(query.split()))
    return ""


# --------------------------------------------------------------------------- the recorded workload
@dataclass(frozen=True)
class WorkloadQuery:
    """A recorded statement made plannable: ``sql`` with its placeholders filled."""

    sql: str
    recorded: str
    fingerprint: str
    calls: int
    total_ms: float
    share: float

    def to_dict(self) -> dict[str, Any]:
        return {"sql": self.sql, "recorded": self.recorded, "fingerprint": self.fingerprint, "calls": self.calls,
                "total_ms": round(self.total_ms, 3), "share": round(self.share, 4)}  # fmt: skip


@dataclass
class Workload:
    """What :func:`recorded` made of the engine's statement statistics."""

    queries: list[WorkloadQuery] = field(default_factory=list)
    #: statements left out, one line each (why)
    skipped: list[str] = field(default_factory=list)
    #: total time of the statements read (the base of each share), in ms
    total_ms: float = 0.0
    #: how many recorded statements were read
    read: int = 0

    @property
    def sql(self) -> list[str]:
        return [q.sql for q in self.queries]

    def share_of(self, numbers: Iterable[int]) -> float:
        """The share of the recorded time of the queries ``numbers`` (0-based) together."""
        return sum(self.queries[n].share for n in set(numbers) if 0 <= n < len(self.queries))

    def to_dict(self) -> dict[str, Any]:
        return {"queries": [q.to_dict() for q in self.queries], "skipped": self.skipped,
                "total_ms": round(self.total_ms, 3), "statements_read": self.read}  # fmt: skip


def recorded(session: Session, *, top: int = DEFAULT_TOP, matching: str | None = None) -> Workload:
    """The ``top`` costliest recorded statements (by total time) that read or filter user
    tables, with their placeholders filled from the data (see the module's doc)."""
    session.require_server_views("the recorded workload")
    if top < 1:
        raise UsageError("--top must be at least 1")
    conn = session.connection()
    found = conn.statement_stats(order="total", limit=READ_AT_MOST, matching=matching)
    workload = Workload(total_ms=sum(s.total_ms for s in found), read=len(found))
    catalog = session.catalog()
    left_out: dict[str, int] = {}
    plans: list[tuple[StatementStats, exp.Expression, list[_Slot]]] = []
    for stats in found:
        if len(plans) >= 2 * top:  # (room for those whose placeholders cannot be filled)
            break
        tree, why = _plannable(stats.query, session.dialect, catalog)
        if tree is None:
            left_out[why] = left_out.get(why, 0) + 1
            continue
        slots, why = _slots(tree, catalog, session.dialect)
        if why:
            workload.skipped.append(f"{_short(stats.query)}: {why}")
            continue
        plans.append((stats, tree, slots))
    samples = _samples(session, conn, {s.column for _, _, slots in plans for s in slots if s.column})
    for stats, tree, slots in plans:
        if len(workload.queries) >= top:
            break
        why = _fill(slots, samples, session.dialect)
        if why:
            workload.skipped.append(f"{_short(stats.query)}: {why}")
            continue
        share = stats.total_ms / workload.total_ms if workload.total_ms > 0 else 0.0
        workload.queries.append(WorkloadQuery(tree.sql(dialect=session.dialect), stats.query, stats.fingerprint,
                                              stats.calls, stats.total_ms, share))  # fmt: skip
    workload.skipped.extend(f"{n} statement{'s' if n != 1 else ''} left out: {why}" for why, n in left_out.items())
    return workload


def _short(query: str, width: int = 80) -> str:
    text = " ".join(query.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _parse(query: str, dialect: str) -> exp.Expression | None:
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    # a digest's collapsed value list (MySQL/MariaDB: ``IN (...)``) reads as one placeholder
    text = re.sub(r"\(\s*\.\.\.\s*\)", "(?)", query)
    logging.getLogger("sqlglot").setLevel(logging.ERROR)  # (its fallback-to-Command warnings)
    try:
        trees = sqlglot.parse(text, read=dialect or None)
    except (SqlglotError, ValueError):
        return None
    first = trees[0] if len(trees) == 1 else None
    return first if isinstance(first, exp.Expression) else None


def _plannable(query: str, dialect: str, catalog: Catalog) -> tuple[exp.Expression | None, str]:
    """The statement's tree when the advisor can use it, else None and why (a category)."""
    from sqlglot import exp

    tree = _parse(query, dialect)
    if tree is None:
        return None, "not one statement sqlglot can read (a truncated or collapsed digest text)"
    if isinstance(tree, (exp.Update, exp.Delete)):
        if tree.args.get("where") is None:
            return None, "UPDATE or DELETE without WHERE (no index serves it)"
    elif not isinstance(tree, exp.Query):
        return None, "not a query nor a filtered UPDATE/DELETE (writes, DDL, settings, transaction control)"
    tables = [t for t in tree.find_all(exp.Table) if t.name]
    if not tables:
        return None, "reads no table (aishell's own session queries among them)"
    if any(catalog.find_table(t.name, t.db or None) is None for t in tables):
        return None, "reads system catalogs or tables not in this database"
    if not any(tree.find_all(exp.Where, exp.Join, exp.Order, exp.Group)):
        return None, "nothing an index could serve (no WHERE, join, ORDER BY or GROUP BY)"
    _spell(tree, catalog)
    return tree, ""


def _spell(tree: exp.Expression, catalog: Catalog) -> None:
    """Name the tables and columns of ``tree`` as the catalog spells them, quoted where the
    spelling differs (a digest text may change the case of a name that reads like a keyword:
    MariaDB's ``EVENTS`` for the table ``events``, which a case-sensitive server cannot find)."""
    from sqlglot import exp

    for table in tree.find_all(exp.Table):
        info = catalog.find_table(table.name, table.db or None) if table.name else None
        if info is None:
            continue
        if table.name != info.name:
            table.set("this", exp.to_identifier(info.name, quoted=True))
        if table.db and info.schema and table.db != info.schema:
            table.set("db", exp.to_identifier(info.schema, quoted=True))
    for column in list(tree.find_all(exp.Column)):
        found = _resolve(column, tree, catalog) if isinstance(column.this, exp.Identifier) else None
        if found is not None and column.name != found[1]:
            column.set("this", exp.to_identifier(found[1], quoted=True))


@dataclass
class _Slot:
    """One placeholder: how to fill it (``column`` sampled, or a fixed value) and where."""

    node: exp.Expression
    column: tuple[str, str] | None = None  # (table's qualified name, column)
    pick: str = "eq"  # eq | lower (the placeholder bounds the column from below) | upper | prefix
    value: Any = None


def _placeholders(tree: exp.Expression) -> list[exp.Expression]:
    from sqlglot import exp

    return [n for n in tree.walk() if isinstance(n, (exp.Placeholder, exp.Parameter))]


def _slots(tree: exp.Expression, catalog: Catalog, dialect: str) -> tuple[list[_Slot], str]:
    """A slot for each placeholder of ``tree``, or why one cannot be filled."""
    from sqlglot import exp

    slots: list[_Slot] = []
    for node in _placeholders(tree):
        parent = node.parent
        if isinstance(parent, exp.Limit):
            slots.append(_Slot(node, value=_LIMIT_VALUE))
            continue
        if isinstance(parent, exp.Offset):
            slots.append(_Slot(node, value=_OFFSET_VALUE))
            continue
        other, pick = _compared_with(node)
        if not isinstance(other, exp.Column):
            return (
                [],
                f"placeholder {node.sql(dialect=dialect)} is not compared with a column (its value cannot be sampled)",
            )
        column = _resolve(other, tree, catalog)
        if column is None:
            mark = node.sql(dialect=dialect)
            return [], f"the column {other.sql(dialect=dialect)} compared with {mark} is not found in the catalog"
        slots.append(_Slot(node, column, pick))
    return slots, ""


def _compared_with(node: exp.Expression) -> tuple[exp.Expression | None, str]:
    """The expression a placeholder is compared with, and which sampled value suits it (see
    :data:`_Slot.pick`)."""
    from sqlglot import exp

    parent = node.parent
    if isinstance(parent, exp.Paren):
        node, parent = parent, parent.parent
    if isinstance(parent, exp.In):
        return parent.this, "eq"
    if isinstance(parent, exp.Between):
        return parent.this, "lower" if node is parent.args.get("low") else "upper"
    if isinstance(parent, exp.Like | exp.ILike):
        return (parent.this, "prefix") if node is parent.expression else (None, "")
    if isinstance(parent, exp.EQ | exp.NEQ | exp.NullSafeEQ | exp.GT | exp.GTE | exp.LT | exp.LTE):
        mine_left = node is parent.this
        other = parent.expression if mine_left else parent.this
        pick = "eq"
        if isinstance(parent, exp.GT | exp.GTE):  # col > ?: a lower bound; ? > col: an upper one
            pick = "upper" if mine_left else "lower"
        elif isinstance(parent, exp.LT | exp.LTE):
            pick = "lower" if mine_left else "upper"
        return other, pick
    return None, ""


def _resolve(column: exp.Column, tree: exp.Expression, catalog: Catalog) -> tuple[str, str] | None:
    """The catalog table (qualified name) and column name that ``column`` refers to."""
    from sqlglot import exp

    aliases: dict[str, TableInfo] = {}
    tables: list[TableInfo] = []
    for node in tree.find_all(exp.Table):
        info = catalog.find_table(node.name, node.db or None) if node.name else None
        if info is None:
            continue
        tables.append(info)
        aliases[(node.alias_or_name or node.name).lower()] = info
        aliases.setdefault(node.name.lower(), info)
    name = column.name
    qualifier = column.table.lower() if column.table else ""
    owners = [aliases[qualifier]] if qualifier in aliases else [t for t in tables if t.column(name) is not None]
    for info in owners:
        col = info.column(name)
        if col is not None:
            return info.qualified_name, col.name
    return None


def _samples(session: Session, conn: Connection, columns: set[tuple[str, str]]) -> dict[tuple[str, str], list[Any]]:
    """A sample of each column's non-null values (:meth:`Connection.sample_values`, one call per
    table, under the session's gate: reads only)."""
    if not columns:
        return {}
    catalog = session.catalog()
    tables: dict[str, list[str]] = {}
    for table_name, column in sorted(columns):
        tables.setdefault(table_name, []).append(column)
    found: dict[tuple[str, str], list[Any]] = {}
    with session.prepare([]).gating(conn):
        for table_name, names in tables.items():
            info = catalog.find_table(table_name)
            if info is None:
                continue
            bare = conn.bare_default_schema and info.schema == catalog.default_schema
            schema = info.schema if conn.has_schemas and not bare else None
            values = conn.sample_values(info, names, rows=SAMPLE_ROWS, schema=schema)
            found.update(((table_name, c), values.get(c) or []) for c in names)
    return found


def _fill(slots: list[_Slot], samples: dict[tuple[str, str], list[Any]], dialect: str) -> str:
    """Replace each slot's placeholder with its literal; why not, when one cannot be."""
    bounds: dict[tuple[str, str], set[str]] = {}
    for slot in slots:
        if slot.column is not None and slot.pick in ("lower", "upper"):
            bounds.setdefault(slot.column, set()).add(slot.pick)
    values: list[Any] = []
    for slot in slots:
        if slot.column is None:
            values.append(slot.value)
            continue
        sample = samples.get(slot.column) or []
        if not sample:
            return f"the column {slot.column[0]}.{slot.column[1]} has no value to sample (empty or all NULL)"
        values.append(_pick(sample, slot.pick, paired=len(bounds.get(slot.column, ())) == 2))
    literals: list[exp.Expression] = []
    for value in values:
        literal = _literal(value, dialect)
        if literal is None:
            return f"a value of type {type(value).__name__} cannot be written as a literal"
        literals.append(literal)
    for slot, literal in zip(slots, literals, strict=True):
        slot.node.replace(literal)
    return ""


def _pick(sample: list[Any], how: str, *, paired: bool = False) -> Any:
    """A representative value of ``sample`` for a comparison: for equality one of typical
    frequency (:func:`_typical`); for a lone lower bound (``col > ?``) a high value (a tenth of
    the rows pass), for a lone upper bound a low one; for both bounds of one column
    (``paired``) the two ends of a narrow range (:func:`_span`)."""
    if how == "prefix":
        return f"{str(_typical(sample))[:3]}%"
    if how == "eq":
        return _typical(sample)
    try:
        ordered = sorted(sample)
    except TypeError:
        ordered = list(sample)
    if paired:
        low, high = _span(ordered)
        return low if how == "lower" else high
    if how == "lower":
        return ordered[-1 - len(ordered) // 10]
    return ordered[len(ordered) // 10]


def _typical(sample: list[Any]) -> Any:
    """A value of typical frequency: among the distinct values, one whose count in ``sample``
    is the median count (the upper one of an even number of values) -- not the most common
    value of a skewed column (``status = 'delivered'`` at 80% of the rows makes an index on
    ``status`` look useless), nor the rarest.  Ties: the middle one in order."""
    counts: dict[Any, int] = {}
    for value in sample:
        try:
            counts[value] = counts.get(value, 0) + 1
        except TypeError:  # unhashable (a JSON value)
            return sample[len(sample) // 2]
    median = sorted(counts.values())[len(counts) // 2]
    typical = [v for v, n in counts.items() if n == median]
    try:
        typical.sort()
    except TypeError:
        pass
    return typical[len(typical) // 2]


def _span(ordered: list[Any]) -> tuple[Any, Any]:
    """Two values of the sorted ``ordered`` around its middle, about a hundredth of it apart
    (at least two distinct values when it has them): the bounds of a narrow typical range."""
    middle, step = len(ordered) // 2, max(1, len(ordered) // 100)
    low = ordered[middle]
    try:
        high = next((v for v in ordered[middle + step :] if v > low), None)
        if high is not None:
            return low, high
        below = next((v for v in reversed(ordered[:middle]) if v < low), None)
    except TypeError:  # values without an order
        return low, low
    return (below, low) if below is not None else (low, low)


def _literal(value: Any, dialect: str) -> exp.Expression | None:
    """``value`` as a typed SQL literal of ``dialect`` (numbers as numbers, text quoted, dates
    and times as text the column reads back), or None when there is no such literal."""
    from sqlglot import exp

    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, int | float | decimal.Decimal):
        finite = value.is_finite() if isinstance(value, decimal.Decimal) else math.isfinite(value)
        return exp.Literal.number(str(value)) if finite else None
    if isinstance(value, str | uuid.UUID):
        return exp.Literal.string(str(value))
    if isinstance(value, _dt.datetime | _dt.date | _dt.time | _dt.timedelta):
        return exp.Literal.string(value.isoformat() if not isinstance(value, _dt.timedelta) else str(value))
    return None


# --------------------------------------------------------------------------- unused indexes
@dataclass(frozen=True)
class Unused:
    """An existing index never scanned since ``since`` (what that moment is: ``since_what``)."""

    table: str
    index: str
    size_bytes: int | None
    since: _dt.datetime | None
    since_what: str

    @property
    def line(self) -> str:
        when = f" since the {self.since_what} ({self.since:%Y-%m-%d %H:%M} UTC)" if self.since else ""
        return f"{self.table}: index {self.index} was never scanned{when}"

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "index": self.index, "size_bytes": self.size_bytes,
                "since": self.since.isoformat() if self.since else None, "since_what": self.since_what}  # fmt: skip


def unused_indexes(conn: Connection, tables: Iterable[TableInfo] | None = None) -> tuple[list[Unused], str | None]:
    """The indexes of ``tables`` (all user tables: None) never scanned since the engine started
    counting, primary keys, unique indexes and those backing a constraint excepted; and a note
    when the engine cannot tell (it records no index usage, or its recorder is off)."""
    try:
        usage = conn.index_usage()
    except AishellError as exc:
        return [], f"unused indexes not known: {exc.one_line()}"
    if usage is None:
        return [], None
    wanted = None if tables is None else {_key(t.schema, t.name) for t in tables}
    return [
        Unused(f"{u.schema}.{u.table}" if u.schema else u.table, u.index, u.size_bytes, u.since, u.since_what)
        for u in usage
        if u.unused and (wanted is None or _key(u.schema, u.table) in wanted)
    ], None


def _key(schema: str | None, table: str) -> tuple[str, str]:
    return ((schema or "").lower(), table.lower())
