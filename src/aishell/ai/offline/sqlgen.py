"""Turn a :class:`~aishell.ai.offline.ir.Query` into SQL through sqlglot's expression tree.

Joins follow the shortest foreign-key path from the base table to every other
table the query touches.  Literals are typed for the column they meet: dates
become ``DATE`` values (``TO_DATE`` on Oracle, ISO strings on SQLite, where
dates are stored as text), booleans become ``TRUE``/``1`` as the engine
expects.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, cast

from sqlglot import exp

from aishell.ai.offline.errors import TranslationError
from aishell.ai.offline.ir import (
    SPAN_UNITS,
    Agg,
    CodeText,
    Col,
    Cond,
    CountOf,
    DatePart,
    Expr,
    Lit,
    PerParent,
    Product,
    Query,
    Ratio,
    Related,
    Scaled,
    Span,
    TableAgg,
    Total,
)
from aishell.ai.offline.lexicon import RESERVED
from aishell.ai.offline.schema import ColumnMeta, Edge, SchemaIndex
from aishell.ai.offline.text import singular, split_identifier
from aishell.engines import dialect_of

_SAFE_LOWER = re.compile(r"[a-z_][a-z0-9_]*")
_SAFE_UPPER = re.compile(r"[A-Z][A-Z0-9_$#]*")
_TEXTUAL = re.compile(r"char|text|string|clob|^$", re.I)
_AGG_FUNCS: dict[str, type[exp.Expression]] = {
    "COUNT": exp.Count,
    "SUM": exp.Sum,
    "AVG": exp.Avg,
    "MIN": exp.Min,
    "MAX": exp.Max,
}


class TranslationBug(Exception):
    """An internal inconsistency while rendering (a path that does not exist)."""


def ident(name: str, dialect: str, *, alias: bool = False) -> exp.Identifier:
    """An identifier, quoted only when the dialect would otherwise change or reject it.

    Catalog names keep their exact case (so a lower-case Oracle name is quoted);
    aliases we invent only need quoting when reserved or unusual.
    """
    if name.lower() in RESERVED:
        return exp.to_identifier(name, quoted=True)
    if alias:
        return exp.to_identifier(name, quoted=not _SAFE_LOWER.fullmatch(name))
    folding = dialect_of(dialect).case_folding
    if folding == "upper":
        quoted = not _SAFE_UPPER.fullmatch(name) and not _SAFE_LOWER.fullmatch(name)
        if _SAFE_LOWER.fullmatch(name) and name != name.upper():
            quoted = True  # a lower-case name in Oracle's catalog was created quoted
        return exp.to_identifier(name, quoted=quoted)
    if folding == "none":  # names compare without case: quote only what is not a plain word
        return exp.to_identifier(name, quoted=not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name))
    return exp.to_identifier(name, quoted=not _SAFE_LOWER.fullmatch(name))


class SqlBuilder:
    def __init__(self, schema: SchemaIndex, dialect: str) -> None:
        self.schema = schema
        self.dialect = dialect
        self.rules = dialect_of(dialect)
        self.aliases: dict[tuple[str, str], str] = {}  # (table, role key) -> alias

    # ------------------------------------------------------------------ names
    def table_expr(self, table: str) -> exp.Table:
        info = self.schema.table(table).info
        db = None
        if info.schema and info.schema != self.schema.catalog.default_schema:
            db = ident(info.schema, self.dialect)
        return exp.Table(this=ident(info.name, self.dialect), db=db)

    def column_meta(self, col: Col) -> ColumnMeta:
        meta = self.schema.table(col.table).column(col.column)
        if meta is None:
            raise TranslationBug(f"no column {col.column} in {col.table}")
        return meta

    def col(self, col: Col) -> exp.Column:
        info = self.schema.table(col.table).info
        name = self.column_meta(col).name
        alias = self.aliases.get((col.table, col.role)) if col.role else None
        owner = ident(alias, self.dialect, alias=True) if alias else ident(info.name, self.dialect)
        return exp.Column(this=ident(name, self.dialect), table=owner)

    def number(self, e: Expr) -> exp.Expression:
        """``e`` as a number: a column of numbers held as text (a spreadsheet import) is cast, so that '9' is
        less than '17' and sums add; anything else is itself."""
        if isinstance(e, Col) and self.column_meta(e).text_number:
            plain: exp.Expression = self.col(e)
            if self.column_meta(e).blank:  # '' is missing, not 0
                plain = exp.Nullif(this=plain, expression=exp.Literal.string(""))
            return exp.Cast(this=plain, to=exp.DataType.build("double"))
        if isinstance(e, Product):
            return self._scaled(e, exp.Mul(this=self.number(e.left), expression=self.number(e.right)))
        return self.expr(e)

    def date_value(self, col: Col) -> exp.Expression:
        """A date column as a time value: a unix-epoch integer becomes a timestamp in the dialect's own
        function (SQLite ``datetime(c, 'unixepoch')``, PostgreSQL and DuckDB ``to_timestamp``, MySQL
        ``FROM_UNIXTIME``); any other column is itself."""
        meta = self.column_meta(col)
        plain = self.col(col)
        if meta.digits:
            return self.digits_date(plain)
        if meta.day_order:
            return self.ordered_date(plain, meta.day_order)
        if not meta.epoch:
            return plain
        secs: exp.Expression = plain
        if meta.epoch != 1:
            secs = exp.Div(this=plain, expression=exp.Literal.number(meta.epoch))
        name = self.rules.sqlglot
        if name == "sqlite":
            return exp.Anonymous(this="DATETIME", expressions=[secs, exp.Literal.string("unixepoch")])
        if name in ("postgres", "duckdb"):
            return exp.Anonymous(this="TO_TIMESTAMP", expressions=[secs])
        if name == "mysql":
            return exp.Anonymous(this="FROM_UNIXTIME", expressions=[secs])
        raise TranslationError(f"{col.table}.{meta.name} holds unix times, not read as dates in {self.dialect}")

    def digits_date(self, plain: exp.Expression) -> exp.Expression:
        """The integer yyyymmdd as a date: SQLite ``DATE('yyyy-mm-dd')`` built from its digits, other dialects
        their own parse of the text with the format ``%Y%m%d``."""
        return self._parts_date(exp.Cast(this=plain, to=exp.DataType.build("text")), (1, 5, 7), "%Y%m%d")

    def ordered_date(self, plain: exp.Expression, order: str) -> exp.Expression:
        """Text ``DD/MM/YYYY`` (``dmy``) or ``MM/DD/YYYY`` (``mdy``) as a date, built the same way."""
        if order == "dmy":
            return self._parts_date(plain, (7, 4, 1), "%d/%m/%Y")
        return self._parts_date(plain, (7, 1, 4), "%m/%d/%Y")

    def _parts_date(self, text: exp.Expression, starts: tuple[int, int, int], fmt: str) -> exp.Expression:
        """A date from the year, month and day found at ``starts`` (1-based) of ``text``: SQLite
        ``DATE('yyyy-mm-dd')`` built from them, other dialects their own parse of the text with ``fmt``."""
        if self.rules.sqlglot == "sqlite":
            def part(start: int, length: int) -> exp.Expression:
                return exp.Substring(this=text.copy(), start=exp.Literal.number(start),
                                     length=exp.Literal.number(length))  # fmt: skip

            dash = exp.Literal.string("-")
            y, m, d = starts
            iso = exp.DPipe(this=exp.DPipe(this=exp.DPipe(this=exp.DPipe(this=part(y, 4), expression=dash),
                                                          expression=part(m, 2)), expression=dash.copy()),
                            expression=part(d, 2))  # fmt: skip
            return exp.Anonymous(this="DATE", expressions=[iso])
        return exp.StrToDate(this=text, format=exp.Literal.string(fmt))

    def same_grain(self, a: Col, ea: exp.Expression, b: Col,
                   eb: exp.Expression) -> tuple[exp.Expression, exp.Expression]:  # fmt: skip
        """Two date columns compared: a timestamp against a plain date is compared by its day ("resolved after
        its due date" is a later day, not 10:00 on the due day), else both are themselves."""
        if self.column_meta(a).digits != self.column_meta(b).digits:  # 20250115 against a real date: both dates
            return self.date_value(a), self.date_value(b)
        grains = (self.column_meta(a).clock, self.column_meta(b).clock)
        if grains == ("time", "day"):
            return self.day(a), eb
        if grains == ("day", "time"):
            return ea, self.day(b)
        return ea, eb

    def day(self, col: Col) -> exp.Expression:
        return exp.Cast(this=self.date_value(col), to=exp.DataType.build("date"))

    def _nullable(self, edge: Edge) -> bool:
        return any((m := self.schema.table(edge.child).column(c)) is not None and m.nullable for c in edge.child_cols)

    def role_edge(self, table: str, role: str) -> Edge:
        for edge in [*self.schema.edges_of(table), *self.schema.self_edges(table)]:
            if edge.parent == table and edge.child_cols and edge.child_cols[0].lower() == role.lower():
                return edge
        raise TranslationBug(f"no key {role} into {table}")

    def role_alias(self, table: str, role: str) -> str:
        words = [w for w in split_identifier(role) if w not in ("id", "code", "cd", "key", "fk", "no", "num", "ref")]
        own = set(self.schema.table(table).lemma)
        words = [w for w in words if singular(w) not in own] or words or [table]
        base = "_".join(words)
        alias = base
        n = 2
        while alias in self.schema.tables or alias in self.aliases.values():
            alias = f"{base}{n}"
            n += 1
        return alias

    # ------------------------------------------------------------------ literals
    def literal(self, lit: Lit, against: Col | None = None) -> exp.Expression:
        v = lit.value
        meta = self.column_meta(against) if against is not None else None
        if isinstance(v, bool):
            if meta is not None and meta.bool_values is not None:
                stored = meta.bool_values[0 if v else 1]
                if meta.data_type and not _TEXTUAL.search(meta.data_type) and stored.lstrip("-").isdigit():
                    return exp.Literal.number(int(stored))  # an Access yes/no: -1 and 0
                return exp.Literal.string(stored)
            if meta is not None and self.rules.boolean_literals and re.search("bool", meta.data_type, re.I):
                return exp.true() if v else exp.false()
            return exp.Literal.number(1 if v else 0)
        if isinstance(v, dt.date) and meta is not None and meta.digits:
            if _TEXTUAL.search(meta.data_type):
                return exp.Literal.string(v.strftime("%Y%m%d"))  # '20250115' against a day held as text digits
            return exp.Literal.number(int(v.strftime("%Y%m%d")))  # 20250115 against a date held as digits
        if isinstance(v, dt.date):
            text = exp.Literal.string(v.isoformat())
            if self.rules.dates_as_text or (meta is not None and _TEXTUAL.search(meta.data_type)):
                return text
            return exp.DateStrToDate(this=text)
        if isinstance(v, (int, float)):
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            if meta is not None and meta.kind == "text":
                return exp.Literal.string(str(v))
            return exp.Literal.number(v)
        return exp.Literal.string(str(v))

    @staticmethod
    def _scaled(e: Product, mul: exp.Expression) -> exp.Expression:
        """``qty * price`` times the product's scale, when it has one (tonnes times a price per kilogram)."""
        if e.scale == 1.0:
            return mul
        factor = int(e.scale) if float(e.scale).is_integer() else e.scale
        return exp.Mul(this=mul, expression=exp.Literal.number(factor))

    # ------------------------------------------------------------------ expressions
    def expr(self, e: Expr) -> exp.Expression:
        if isinstance(e, Col):
            return self.col(e)
        if isinstance(e, Product):
            return self._scaled(e, exp.Mul(this=self.col(e.left), expression=self.col(e.right)))
        if isinstance(e, Span):
            return self.span(e)
        if isinstance(e, Total):
            out: exp.Expression = self.col(e.cols[0])
            for term in e.cols[1:]:
                out = exp.Add(this=out, expression=self.col(term))
            return exp.Paren(this=out)
        if isinstance(e, DatePart) and e.unit == "decade":  # 1987 -> 1980
            year: exp.Expression = self.date_value(e.col)
            if self.column_meta(e.col).kind == "date":
                year = exp.Cast(
                    this=exp.TimeToStr(this=year, format=exp.Literal.string("%Y")), to=exp.DataType.build("int")
                )
            return exp.Mul(
                this=exp.Paren(this=exp.IntDiv(this=year, expression=exp.Literal.number(10))),
                expression=exp.Literal.number(10),
            )
        if isinstance(e, DatePart) and e.unit == "quarter":  # 2024-05-17 -> '2024-Q2'
            day = self.date_value(e.col)
            month = exp.Cast(this=exp.TimeToStr(this=day, format=exp.Literal.string("%m")),
                             to=exp.DataType.build("int"))
            quarter = exp.IntDiv(this=exp.Paren(this=exp.Add(this=month, expression=exp.Literal.number(2))),
                                 expression=exp.Literal.number(3))
            return exp.Concat(expressions=[exp.TimeToStr(this=day, format=exp.Literal.string("%Y")),
                                           exp.Literal.string("-Q"),
                                           exp.Cast(this=quarter, to=exp.DataType.build("varchar(1)"))])
        if isinstance(e, DatePart):
            fmt = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}[e.unit]
            return exp.TimeToStr(this=self.date_value(e.col), format=exp.Literal.string(fmt))
        if isinstance(e, Lit):
            return self.literal(e)
        if isinstance(e, CodeText):
            return self.code_text(e)
        if isinstance(e, CountOf):
            inner = self.expr(e.agg) if e.agg is not None else self.count_targets(e.related)
            sub = self.related_select(e.related, inner)
            return exp.Subquery(this=sub)
        if isinstance(e, TableAgg) and e.peer:
            return self.peer_agg(e)
        if isinstance(e, TableAgg):
            inner = exp.select(_AGG_FUNCS[e.func](this=self.number(e.col))).from_(self.table_expr(e.col.table))
            for c in e.where:
                inner = inner.where(self.cond(c))
            return exp.Subquery(this=inner)
        if isinstance(e, PerParent):
            total = exp.Mul(this=self.expr(e.total), expression=exp.Literal.number("1.0"))
            per = exp.Count(this=exp.Distinct(expressions=[self.col(e.key)]))
            return exp.Div(this=total, expression=per)
        if isinstance(e, Scaled):
            inner = self.expr(e.inner)
            if e.factor < 1:
                return exp.Div(this=exp.Paren(this=inner), expression=exp.Literal.number(f"{1 / e.factor:.1f}"))
            return exp.Mul(this=exp.Paren(this=inner), expression=exp.Literal.number(f"{e.factor:g}"))
        if isinstance(e, Ratio):
            cond: exp.Expression | None = None
            for c in e.conds:
                part = self.cond(c)
                cond = part if cond is None else exp.And(this=cond, expression=part)
            one = self.expr(e.weight) if e.weight is not None else exp.Literal.number(1)
            hit = exp.Case(ifs=[exp.If(this=cond or exp.true(), true=one)], default=exp.Literal.number(0))
            scaled = exp.Mul(this=exp.Literal.number(f"{e.scale:.1f}"), expression=exp.Sum(this=hit))
            whole = exp.Sum(this=self.expr(e.weight)) if e.weight is not None else exp.Count(this=exp.Star())
            return exp.Div(this=scaled, expression=whole)
        if e.arg is None:
            return exp.Count(this=exp.Star())
        arg = self.number(e.arg) if e.func != "COUNT" else self.expr(e.arg)
        if e.distinct:
            arg = exp.Distinct(expressions=[arg])
        return _AGG_FUNCS[e.func](this=arg)

    def span(self, e: Span) -> exp.Expression:
        """``end - start`` in days as a fraction (hours when scaled by 24), in the dialect's date arithmetic."""
        m1, m2 = self.column_meta(e.start), self.column_meta(e.end)
        if m1.epoch and m1.epoch == m2.epoch:
            # two unix times: their difference in the unit asked for, exactly (no rounding through day fractions:
            # a visit of 7200 seconds is 2 hours, never 2.0000000001)
            per = 86400 * m1.epoch / e.scale
            diff = exp.Sub(this=self.col(e.end), expression=self.col(e.start))
            return exp.Paren(this=exp.Div(this=exp.Paren(this=diff), expression=exp.Literal.number(f"{per:.1f}")))
        start, end = self.date_value(e.start), self.date_value(e.end)
        name = self.rules.sqlglot
        days: exp.Expression
        if name == "sqlite":
            days = exp.Sub(
                this=exp.Anonymous(this="JULIANDAY", expressions=[end]),
                expression=exp.Anonymous(this="JULIANDAY", expressions=[start]),
            )
        elif name == "oracle":
            days = exp.Sub(
                this=exp.Cast(this=end, to=exp.DataType.build("date")),
                expression=exp.Cast(this=start, to=exp.DataType.build("date")),
            )
        else:
            if name == "postgres":
                seconds: exp.Expression = exp.Extract(
                    this=exp.var("EPOCH"),
                    expression=exp.Paren(
                        this=exp.Sub(
                            this=exp.Cast(this=end, to=exp.DataType.build("timestamp")),
                            expression=exp.Cast(this=start, to=exp.DataType.build("timestamp")),
                        )
                    ),
                )
            else:
                seconds = exp.TimestampDiff(
                    this=exp.Cast(this=end, to=exp.DataType.build("timestamp")),
                    expression=exp.Cast(this=start, to=exp.DataType.build("timestamp")),
                    unit=exp.var("SECOND"),
                )
            days = exp.Div(this=seconds, expression=exp.Literal.number("86400.0"))
        days = exp.Paren(this=days)
        if e.scale != 1.0:
            return exp.Paren(this=exp.Mul(this=days, expression=exp.Literal.number(f"{e.scale:g}")))
        return days

    def alias_for(self, e: Expr) -> str | None:
        if isinstance(e, Scaled):
            return self.alias_for(e.inner)
        if isinstance(e, Agg):
            if e.func == "COUNT":
                return "count"
            prefix = {"SUM": "total", "AVG": "average", "MIN": "min", "MAX": "max"}[e.func]
            if isinstance(e.arg, Col):
                return f"{prefix}_{self.column_meta(e.arg).name.lower()}"
            if isinstance(e.arg, Product):
                return f"{prefix}_value" if e.func != "SUM" else "total_value"
            if isinstance(e.arg, Span):
                unit = next((u for u, scale in SPAN_UNITS.items() if scale == e.arg.scale), "days")
                return f"{prefix}_{unit}"
            return prefix
        if isinstance(e, DatePart):
            return e.unit
        if isinstance(e, CodeText):
            return f"{self.column_meta(e.col).name.lower()}_text"
        if isinstance(e, CountOf):
            return "count"
        if isinstance(e, PerParent):
            return "average_value"
        if isinstance(e, Ratio):
            return "percentage" if e.scale == 100 else "share"
        return None

    def cond(self, c: Cond) -> exp.Expression:
        if c.op == "or":
            parts = [self.cond(a) for a in c.alternatives]
            out = parts[0]
            for p in parts[1:]:
                out = exp.Or(this=out, expression=p)
            return exp.Paren(this=out)
        if c.op in ("exists", "not_exists"):
            assert c.related is not None
            sub = self.related_select(c.related, exp.Literal.number(1))
            e: exp.Expression = exp.Exists(this=sub)
            return exp.Not(this=e) if c.op == "not_exists" else e
        if c.op == "in_sub":  # left IN (SELECT right FROM related.target WHERE ...): a row named elsewhere
            assert c.related is not None and c.left is not None and c.right is not None
            sub = exp.select(self.expr(c.right)).from_(self.table_expr(c.related.target))
            for x in c.related.where:
                sub = sub.where(self.cond(x))
            return exp.In(this=self.expr(c.left), query=exp.Subquery(this=sub))
        if c.op.startswith("in_count:"):  # left IN (SELECT right FROM t GROUP BY right HAVING COUNT(*) op n)
            assert c.related is not None and c.left is not None and c.right is not None
            inner_op = c.op.split(":", 1)[1]
            having = _compare(inner_op, exp.Count(this=exp.Star()), [self.literal(v) for v in c.values])
            sub = (
                exp.select(self.expr(c.right))
                .from_(self.table_expr(c.related.target))
                .where(exp.Not(this=exp.Is(this=self.expr(c.right), expression=exp.Null())))
                .group_by(self.expr(c.right))
                .having(having)
            )
            return exp.In(this=self.expr(c.left), query=exp.Subquery(this=sub))
        assert c.left is not None
        left = self.expr(c.left)
        against = c.left if isinstance(c.left, Col) else None
        meta = self.column_meta(against) if against is not None else None
        if meta is not None and meta.blank and c.op in ("is_null", "not_null"):
            # '' is how a spreadsheet import says missing: missing is NULL or '', present is neither
            empty = exp.Literal.string("")
            if c.op == "is_null":
                return exp.Paren(this=exp.Or(this=exp.Is(this=left, expression=exp.Null()),
                                             expression=exp.EQ(this=left, expression=empty)))  # fmt: skip
            return exp.Paren(this=exp.And(this=exp.Not(this=exp.Is(this=left, expression=exp.Null())),
                                          expression=exp.NEQ(this=left, expression=empty)))  # fmt: skip
        if meta is not None and meta.text_number and c.op not in ("is_null", "not_null", "like", "not_like", "ieq"):
            left = self.number(c.left)
        if against is not None and c.values and all(isinstance(v.value, dt.date) for v in c.values) and \
                meta is not None and not meta.digits:
            left = self.date_value(against)  # a unix time compared with a date (a yyyymmdd number with a number)
        vals = [self.literal(v, against) for v in c.values]
        if c.right is not None:
            vals = [self.expr(c.right)]
            if isinstance(c.left, Col) and isinstance(c.right, Col):
                left, vals[0] = self.same_grain(c.left, left, c.right, vals[0])
        op = c.op
        if op == "=":
            return exp.EQ(this=left, expression=vals[0])
        if op == "ieq":  # case-insensitive equality with a lower-case literal
            return exp.EQ(this=exp.Lower(this=left), expression=vals[0])
        if op == "<>":
            return exp.NEQ(this=left, expression=vals[0])
        if op == ">":
            return exp.GT(this=left, expression=vals[0])
        if op == ">=":
            return exp.GTE(this=left, expression=vals[0])
        if op == "<":
            return exp.LT(this=left, expression=vals[0])
        if op == "<=":
            return exp.LTE(this=left, expression=vals[0])
        if op == "between":
            return exp.Between(this=left, low=vals[0], high=vals[1])
        if op in ("in", "not_in"):
            e = exp.In(this=left, expressions=vals)
            return exp.Not(this=e) if op == "not_in" else e
        if op == "is_null":
            return exp.Is(this=left, expression=exp.Null())
        if op == "not_null":
            return exp.Not(this=exp.Is(this=left, expression=exp.Null()))
        if op in ("like", "not_like"):
            e = exp.Like(this=exp.Lower(this=left), expression=vals[0])
            return exp.Not(this=e) if op == "not_like" else e
        raise TranslationBug(f"unknown operator {op}")

    # ------------------------------------------------------------------ joins
    def join_condition(self, edge: Edge) -> exp.Expression:
        out: exp.Expression | None = None
        for cc, pc in zip(edge.child_cols, edge.parent_cols, strict=False):
            eq = exp.EQ(this=self.col(Col(edge.child, cc)), expression=self.col(Col(edge.parent, pc)))
            out = eq if out is None else exp.And(this=out, expression=eq)
        assert out is not None
        return out

    def plan_joins(self, base: str, needed: list[str], prefer: frozenset[str]) -> list[tuple[str, Edge]]:
        """Tables to join, in order, each with the edge that links it to one already present."""
        joined = [base]
        steps: list[tuple[str, Edge]] = []
        for table in needed:
            if table in joined:
                continue
            best: list[Edge] | None = None
            for start in joined:
                path = self.schema.path(start, table, prefer)
                if path is not None and (best is None or len(path) < len(best)):
                    best = path
            if best is None:
                raise TranslationBug(f"no foreign-key path from {base} to {table}")
            cur = next(t for t in joined if best and (best[0].child == t or best[0].parent == t))
            for edge in best:
                nxt = edge.other(cur)
                if nxt not in joined:
                    joined.append(nxt)
                    steps.append((nxt, edge))
                cur = nxt
        return steps

    def peer_agg(self, e: TableAgg) -> exp.Subquery:
        """``(SELECT MAX(peer.col) FROM table AS peer WHERE peer.key = table.key AND <where on peer>)``: the
        extreme of the outer row's group, its conditions said of the group's rows."""
        own = self.schema.table(e.col.table).info.name
        alias = ident("peer", self.dialect, alias=True)

        def to_peer(node: exp.Expression) -> exp.Expression:
            if isinstance(node, exp.Column) and node.table == own:
                return exp.Column(this=node.this.copy(), table=alias.copy())
            return node

        table = self.table_expr(e.col.table)
        table.set("alias", exp.TableAlias(this=alias.copy()))
        inner = exp.select(_AGG_FUNCS[e.func](this=self.number(e.col).transform(to_peer))).from_(table)
        for key in e.peer:
            inner = inner.where(exp.EQ(this=self.col(key).transform(to_peer), expression=self.col(key)))
        for c in e.where:
            inner = inner.where(self.cond(c).transform(to_peer))
        return exp.Subquery(this=inner)

    def code_text(self, e: CodeText) -> exp.Expression:
        """``(SELECT lk.text FROM lookup AS lk WHERE lk.kind = 'X' AND lk.code = col)``."""
        alias = ident("lk", self.dialect, alias=True)

        def own(name: str) -> exp.Column:
            return exp.Column(this=ident(name, self.dialect), table=alias.copy())

        table = self.table_expr(e.lookup)
        table.set("alias", exp.TableAlias(this=alias.copy()))
        found: exp.Condition = exp.EQ(this=own(e.code_col), expression=self.col(e.col))
        if e.kind_col:
            found = exp.and_(exp.EQ(this=own(e.kind_col), expression=exp.Literal.string(e.kind)), found)
        return exp.Subquery(this=exp.select(own(e.text_col)).from_(table).where(found).limit(1))

    def count_targets(self, rel: Related) -> exp.Expression:
        """``COUNT(*)`` of the related rows; ``COUNT(DISTINCT key)`` where the path reaches them back up through rows
        below the outer row ("clients with more than one insurer": each insurer once, however many policies)."""
        path = self.schema.path(rel.outer, rel.target, rel.prefer) or []
        pk = self.schema.table(rel.target).info.primary_key
        cur, down = rel.outer, False
        for edge in path:
            if edge.child == cur and edge.parent != cur and down and len(pk) == 1:
                key = self.col(Col(rel.target, pk[0]))
                return exp.Count(this=exp.Distinct(expressions=[key]))
            down = down or (edge.parent == cur and edge.child != cur)
            cur = edge.other(cur)
        return exp.Count(this=exp.Star())

    def related_select(self, rel: Related, projection: exp.Expression) -> exp.Select:
        path = self.schema.path(rel.outer, rel.target, rel.prefer)
        if not path:
            raise TranslationBug(f"no foreign-key path from {rel.outer} to {rel.target}")
        first = path[0]
        inner_start = first.other(rel.outer)
        corr = self.join_condition(first)
        sel = exp.select(projection).from_(self.table_expr(inner_start))
        cur = inner_start
        joined = [inner_start]
        for edge in path[1:]:
            nxt = edge.other(cur)
            sel = sel.join(self.table_expr(nxt), on=self.join_condition(edge))
            joined.append(nxt)
            cur = nxt
        extra = [t for c in rel.where for t in tables_in_cond(c) if t not in joined and t != rel.outer]
        for table, edge in self.plan_joins_from(joined, extra):
            sel = sel.join(self.table_expr(table), on=self.join_condition(edge))
        sel = sel.where(corr)
        for c in rel.where:
            sel = sel.where(self.cond(c))
        return sel

    def plan_joins_from(self, joined: list[str], needed: list[str]) -> list[tuple[str, Edge]]:
        if not needed:
            return []
        steps = self.plan_joins(joined[0], [*joined[1:], *needed], frozenset())
        return [(t, e) for t, e in steps if t not in joined]

    # ------------------------------------------------------------------ query
    def build(self, q: Query) -> exp.Select:
        cols: list[Col] = []
        for e in [*q.select, *q.group_by, *(o for o, _ in q.order_by)]:
            cols.extend(_cols_in_expr(e))
        for c in [*q.where, *q.having]:
            cols.extend(cols_in_cond(c))
        roles = list(dict.fromkeys((c.table, c.role) for c in cols if c.role))
        tables = [c.table for c in cols if not c.role]
        role_edges = [(table, role, self.role_edge(table, role)) for table, role in roles]
        tables.extend(edge.child for _t, _r, edge in role_edges)
        needed = [t for t in dict.fromkeys(tables) if t != q.base]
        for table, role, _edge in role_edges:
            self.aliases[(table, role)] = self.role_alias(table, role)
        sel = exp.select(*self._select_items(q)).from_(self.table_expr(q.base))
        for table, edge in self.plan_joins(q.base, needed, q.prefer_fks):
            kind = "LEFT" if table in q.left_joins else None
            sel = sel.join(self.table_expr(table), on=self.join_condition(edge), join_type=kind)
        tested = {(c.table, c.role) for w in [*q.where, *q.having] for c in cols_in_cond(w) if c.role}
        for table, role, edge in role_edges:
            alias = self.aliases[(table, role)]
            on: exp.Expression | None = None
            for cc, pc in zip(edge.child_cols, edge.parent_cols, strict=False):
                eq = exp.EQ(this=self.col(Col(edge.child, cc)), expression=self.col(Col(table, pc, role)))
                on = eq if on is None else exp.And(this=on, expression=eq)
            target = self.table_expr(table).as_(ident(alias, self.dialect, alias=True))
            # a row's own parent (its manager), or a row an unset key points to (an issue's assignee), may be
            # missing where it is only shown: keep the row
            kept = edge.child == edge.parent or ((table, role) not in tested and self._nullable(edge))
            sel = sel.join(target, on=on, join_type="LEFT" if kept else None)
        for c in q.where:
            sel = sel.where(self.cond(c))
        if q.group_by:
            sel = sel.group_by(*(self.expr(g) for g in q.group_by))
        for c in q.having:
            sel = sel.having(self.cond(c))
        if q.order_by:
            sel = sel.order_by(*(exp.Ordered(this=self.number(e), desc=d) for e, d in q.order_by))
        if q.limit is not None:
            sel = sel.limit(q.limit)
        if q.offset:
            sel = sel.offset(q.offset)
        if q.distinct:
            sel = sel.distinct()
        return sel

    def _select_items(self, q: Query) -> list[exp.Expression]:
        items: list[exp.Expression] = []
        used: set[str] = set()
        for e in q.select:
            node = self.expr(e)
            if q.round_to is not None and self.rounded(e):
                node = self.round(node, q.round_to)
            alias = self.alias_for(e)
            if alias and alias not in used:
                used.add(alias)
                node = exp.Alias(this=node, alias=ident(alias, self.dialect, alias=True))
            items.append(node)
        return items

    def rounded(self, e: Expr) -> bool:
        """``e`` is a measure that may hold decimals: an average, a sum, a share, a computed value or a number
        column that is not a key (a count, a key or a text is never rounded)."""
        if isinstance(e, Col):
            return self.column_meta(e).numeric
        if isinstance(e, Agg):
            return e.func != "COUNT" and (not isinstance(e.arg, Col) or e.func in ("AVG", "SUM") or self.rounded(e.arg))
        return isinstance(e, (Ratio, PerParent, Scaled, Span, Product, TableAgg))

    def round(self, node: exp.Expression, places: int) -> exp.Expression:
        """``ROUND(node, places)``; PostgreSQL rounds to places only an exact numeric, so a double is cast first."""
        if self.rules.sqlglot == "postgres":
            node = exp.Cast(this=node, to=exp.DataType.build("numeric"))
        return exp.Round(this=node, decimals=exp.Literal.number(places))

    def render(self, q: Query) -> str:
        return self.build(q).sql(dialect=self.dialect)


_COMPARE: dict[str, Any] = {"=": exp.EQ, "<>": exp.NEQ, ">": exp.GT, ">=": exp.GTE, "<": exp.LT, "<=": exp.LTE}


def _compare(op: str, left: exp.Expression, vals: list[exp.Expression]) -> exp.Expression:
    if op == "between":
        return exp.Between(this=left, low=vals[0], high=vals[1])
    if op not in _COMPARE:
        raise TranslationBug(f"unknown operator {op}")
    return cast(exp.Expression, _COMPARE[op](this=left, expression=vals[0]))


def _cols_in_expr(e: Expr) -> list[Col]:
    if isinstance(e, Scaled):
        return _cols_in_expr(e.inner)
    if isinstance(e, Col):
        return [e]
    if isinstance(e, Product):
        return [e.left, e.right]
    if isinstance(e, Span):
        return [e.start, e.end]
    if isinstance(e, Total):
        return list(e.cols)
    if isinstance(e, (DatePart, CodeText)):
        return [e.col]
    if isinstance(e, Agg) and e.arg is not None:
        return _cols_in_expr(e.arg)
    if isinstance(e, PerParent):
        return [*_cols_in_expr(e.total), e.key]
    if isinstance(e, Ratio):
        return [c for cond in e.conds for c in cols_in_cond(cond)] + (_cols_in_expr(e.weight) if e.weight else [])
    return []


def cols_in_cond(c: Cond) -> list[Col]:
    out = _cols_in_expr(c.left) if c.left is not None else []
    for a in c.alternatives:
        out.extend(cols_in_cond(a))
    return out


def tables_in_expr(e: Expr) -> list[str]:
    if isinstance(e, Scaled):
        return tables_in_expr(e.inner)
    if isinstance(e, Col):
        return [e.table]
    if isinstance(e, Product):
        return [e.left.table, e.right.table]
    if isinstance(e, Span):
        return [e.start.table, e.end.table]
    if isinstance(e, Total):
        return [c.table for c in e.cols]
    if isinstance(e, (DatePart, CodeText)):
        return [e.col.table]
    if isinstance(e, Agg) and e.arg is not None:
        return tables_in_expr(e.arg)
    if isinstance(e, PerParent):
        return [*tables_in_expr(e.total), e.key.table]
    if isinstance(e, Ratio):
        return [t for c in e.conds for t in tables_in_cond(c)] + (tables_in_expr(e.weight) if e.weight else [])
    return []  # TableAgg and CountOf are self-contained subqueries


def tables_in_cond(c: Cond) -> list[str]:
    out = tables_in_expr(c.left) if c.left is not None else []
    for a in c.alternatives:
        out.extend(tables_in_cond(a))
    return out
