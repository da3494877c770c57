"""The planner's output: a small, dialect-free description of one SELECT.

The planner decides *what* to ask; :mod:`aishell.ai.offline.sqlgen` decides
how to spell it in a dialect.  Tables are referred to by their lower-case
name (the :class:`~aishell.ai.offline.schema.SchemaIndex` key); joins are not
listed: the generator finds them along foreign keys from :attr:`Query.base`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Col:
    table: str
    column: str
    role: str = ""  # the key column that reaches ``table`` when several do (origin_code vs destination_code)


@dataclass(frozen=True)
class Product:
    """A derived measure: ``left * right`` (quantity times unit price), times ``scale`` when the quantity's unit is
    not the one the price is per (``qty_tonnes * 1000 * price_per_kg``)."""

    left: Col
    right: Col
    scale: float = 1.0


@dataclass(frozen=True)
class DatePart:
    """A date truncated to a period, for grouping: ``unit`` is year, month or day."""

    unit: str
    col: Col


@dataclass(frozen=True)
class CodeText:
    """What the code in ``col`` means, read from a lookup table no key declares (``ref_cd(cd_typ, cd,
    cd_desc)``): ``(SELECT text FROM lookup WHERE kind_col = kind AND code_col = col)``."""

    col: Col
    lookup: str
    code_col: str
    text_col: str
    kind_col: str = ""
    kind: str = ""


#: the units a :class:`Span` is given in: name -> how many of it make a day (its ``scale``)
SPAN_UNITS = {"days": 1.0, "hours": 24.0, "minutes": 1440.0, "weeks": 1 / 7}


@dataclass(frozen=True)
class Span:
    """The time from ``start`` to ``end``, in days (``scale`` 24 for hours): ``end - start``."""

    start: Col
    end: Col
    scale: float = 1.0


@dataclass(frozen=True)
class Total:
    """The sum of several columns of one row: ``prep_min + cook_min`` ("take less than 30 minutes in total")."""

    cols: tuple[Col, ...]


@dataclass(frozen=True)
class Lit:
    value: str | float | int | bool | dt.date


@dataclass(frozen=True)
class Agg:
    func: str  # COUNT SUM AVG MIN MAX
    arg: Col | Product | Span | None = None  # None: COUNT(*)
    distinct: bool = False


@dataclass
class Related:
    """Rows of ``target`` linked to the current row of ``outer`` (for EXISTS and correlated counts)."""

    outer: str
    target: str
    where: list[Cond] = field(default_factory=list)
    prefer: frozenset[str] = frozenset()  # key columns that pick one of several paths ("departing": origin)


@dataclass(frozen=True, eq=False)
class CountOf:
    """``(SELECT COUNT(*) FROM target ... WHERE linked to outer)``, or another aggregate of those rows."""

    related: Related
    agg: Agg | None = None


@dataclass(frozen=True)
class TableAgg:
    """A scalar over a whole table: ``(SELECT AVG(col) FROM table)`` ("more than the average price"), or over
    its rows that meet ``where`` ("more than the average laptop price": the laptops' average); with ``peer``,
    over the rows that share those columns with the outer row of the same table ("the dearest product in each
    category": ``price = (SELECT MAX(p.price) FROM products p WHERE p.category = products.category)``)."""

    func: str
    col: Col
    where: tuple[Cond, ...] = ()
    peer: tuple[Col, ...] = ()


@dataclass(frozen=True)
class PerParent:
    """An average per parent row: ``SUM(total) / COUNT(DISTINCT key)`` ("average order value")."""

    total: Agg
    key: Col


@dataclass(frozen=True, eq=False)
class Ratio:
    """The share of rows meeting ``conds``: ``scale * SUM(CASE WHEN conds THEN 1 ELSE 0 END) / COUNT(*)``, or
    of a measure's total (``weight`` instead of 1, ``SUM(weight)`` instead of ``COUNT(*)``)."""

    conds: tuple[Cond, ...]
    scale: float = 100.0
    weight: Col | Product | None = None  # a share of a sum: SUM(CASE WHEN conds THEN weight) / SUM(weight)


@dataclass(frozen=True, eq=False)
class Scaled:
    """``inner * factor``: a measure converted to the unit the question asks for (seconds in minutes)."""

    inner: Expr
    factor: float


Expr = Col | Product | DatePart | Agg | CountOf | Lit | PerParent | Ratio | TableAgg | Scaled | Span | Total | CodeText


@dataclass
class Cond:
    """``left op values``; op is one of = ieq <> > >= < <= between in not_in is_null not_null like not_like
    exists not_exists or (``alternatives`` hold the OR branches); ieq compares ``LOWER(left)``."""

    op: str
    left: Expr | None = None
    values: tuple[Lit, ...] = ()
    right: Expr | None = None  # compared to an expression instead of literal values
    related: Related | None = None
    alternatives: tuple[Cond, ...] = ()


@dataclass
class Query:
    base: str
    select: list[Expr] = field(default_factory=list)
    where: list[Cond] = field(default_factory=list)
    group_by: list[Expr] = field(default_factory=list)
    having: list[Cond] = field(default_factory=list)
    order_by: list[tuple[Expr, bool]] = field(default_factory=list)  # (expr, descending)
    limit: int | None = None
    offset: int | None = None
    distinct: bool = False
    left_joins: set[str] = field(default_factory=set)  # tables to join with LEFT JOIN
    prefer_fks: frozenset[str] = frozenset()  # key columns named in the question (to pick among paths)
    round_to: int | None = None  # "round to one decimal": the measures shown rounded to so many places


def walk_conds(conds: list[Cond]) -> list[Cond]:
    """Every condition of ``conds``, with the OR branches and the conditions inside each EXISTS."""
    out: list[Cond] = []
    todo = list(conds)
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(c.alternatives)
        if c.related is not None:
            todo.extend(c.related.where)
    return out
