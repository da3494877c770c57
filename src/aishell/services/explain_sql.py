"""What the text of a statement says about how it can use indexes (for :mod:`aishell.services.explain`).

The statement is parsed once with sqlglot in the session's dialect and its tables resolved
against the catalog.  :func:`read_statement` returns :class:`StatementFacts`: the columns
each table is filtered on, the predicates that wrap an indexed column in a function or cast
(or compare a text column with a number), the equalities that join two tables, the
``SELECT *`` of the outermost query and its ``OFFSET``.  A statement sqlglot cannot parse
gives no facts: the lints that need them stay quiet, the plan's own lints still run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aishell.engines.base import Catalog, TableInfo

#: predicate classes whose operands are compared to a value (sqlglot expression names)
_COMPARISONS = ("EQ", "NEQ", "GT", "GTE", "LT", "LTE", "Like", "ILike", "In", "Between", "Is")
#: type names of text columns (an implicit cast of a text column to a number blocks its index)
_TEXT_TYPES = ("char", "text", "clob", "string")


@dataclass(frozen=True)
class Wrapped:
    """A predicate that wraps ``column`` of ``table`` in ``expression`` (a function or cast)."""

    table: TableInfo
    column: str
    expression: str  # the wrapping expression, as SQL
    implicit: bool = False  # True: a text column compared with a number (the engine may cast the column)


@dataclass(frozen=True)
class JoinPair:
    """An equality ``left.lcol = right.rcol`` between two tables of the statement."""

    left: TableInfo
    lcol: str
    right: TableInfo
    rcol: str


@dataclass
class StatementFacts:
    """See the module doc.  Keys of ``aliases`` and ``filtered`` are lower case."""

    def table_of(self, relation: str | None, alias: str | None = None) -> TableInfo | None:
        """The table a plan node reads, by the alias or name the plan shows."""
        for key in (alias, relation):
            if key and (found := self.aliases.get(key.lower())) is not None:
                return found
        return None

    def filters(self, relation: str | None, alias: str | None = None, *, equal: bool = False) -> set[str] | None:
        """The columns the statement filters the plan node's table on (None: no filter on it);
        ``equal``: only those it compares for equality."""
        found_in = self.equalities if equal else self.filtered
        for key in (alias, relation):
            if key and (found := found_in.get(key.lower())) is not None:
                return found
        return None

    parsed: bool = False
    tables: list[TableInfo] = field(default_factory=list)
    aliases: dict[str, TableInfo] = field(default_factory=dict)  # each table by its alias and its name
    #: a table's alias or name -> its columns compared to a value (an empty set: only inside a function)
    filtered: dict[str, set[str]] = field(default_factory=dict)
    #: the same for equalities (``=``, ``IN``): selective unless a column holds few values
    equalities: dict[str, set[str]] = field(default_factory=dict)
    wrapped: list[Wrapped] = field(default_factory=list)
    joins: list[JoinPair] = field(default_factory=list)
    star_tables: list[TableInfo] = field(default_factory=list)  # the tables a top-level SELECT * reads
    star: bool = False
    offset: int | None = None


def indexed(table: TableInfo, column: str) -> bool:
    """Whether ``column`` leads an index (or the primary key) of ``table``: an index can find its values."""
    low = column.lower()
    if table.primary_key and table.primary_key[0].lower() == low:
        return True
    return any(ix.columns and ix.columns[0].lower() == low for ix in table.indexes)


def expression_indexed(table: TableInfo, expression: str) -> bool:
    """Whether an index of ``table`` is on ``expression`` itself (an index on ``lower(email)``):
    its definition or its column entry holds the expression's words in order (casts aside:
    PostgreSQL writes ``lower((email)::text)``)."""
    want = _words(expression)
    if not want:
        return False
    for ix in table.indexes:
        for text in (ix.definition, *ix.columns):
            have = _words(text or "")
            if any(have[i : i + len(want)] == want for i in range(len(have) - len(want) + 1)):
                return True
    return False


def expression_index(table: TableInfo, name: str) -> bool:
    """Whether the index ``name`` of ``table`` is on an expression (a column entry that is no
    column of the table: SQLite lists such an entry as ``None``)."""
    low = name.lower()
    return any(ix.name.lower() == low and any(table.column(c) is None for c in ix.columns) for ix in table.indexes)


def _words(text: str) -> list[str]:
    """The words of an expression, with PostgreSQL's casts (``::text``) dropped."""
    return re.findall(r"\w+", re.sub(r"::\s*\w+", "", text.lower()))


def foreign_key_column(table: TableInfo, column: str) -> bool:
    low = column.lower()
    return any(fk.columns and fk.columns[0].lower() == low for fk in table.foreign_keys)


def read_statement(sql: str, dialect: str, catalog: Catalog | None) -> StatementFacts:
    """Parse ``sql`` and collect its facts (see :class:`StatementFacts`)."""
    import sqlglot
    from sqlglot import exp

    facts = StatementFacts()
    try:
        stmt = sqlglot.parse_one(sql, read=dialect)
    except (sqlglot.errors.ParseError, sqlglot.errors.TokenError, ValueError, RecursionError):
        return facts
    if stmt is None:
        return facts
    facts.parsed = True
    facts.offset = _offset(stmt)
    if catalog is None:
        return facts
    aliases = facts.aliases = _aliases(stmt, catalog)
    facts.tables = list({id(t): t for t in aliases.values()}.values())
    for pred in _predicates(stmt):
        _read_predicate(pred, aliases, facts, dialect)
    if isinstance(stmt, exp.Select) and _has_star(stmt):
        facts.star = True
        own = [t for t in stmt.find_all(exp.Table) if t.find_ancestor(exp.Select) is stmt]
        found = [aliases.get((t.alias_or_name or "").lower()) for t in own]
        facts.star_tables = [t for t in found if t is not None]
    return facts


def _offset(stmt: object) -> int | None:
    from sqlglot import exp

    assert isinstance(stmt, exp.Expression)
    deepest: int | None = None
    for off in stmt.find_all(exp.Offset):
        value = off.expression
        if isinstance(value, exp.Literal) and value.is_number:
            try:
                n = int(value.this)
            except ValueError:
                continue
            deepest = n if deepest is None else max(deepest, n)
    return deepest


def _aliases(stmt: object, catalog: Catalog) -> dict[str, TableInfo]:
    """Each table of the statement by its alias and by its name (lower case)."""
    from sqlglot import exp

    assert isinstance(stmt, exp.Expression)
    out: dict[str, TableInfo] = {}
    for node in stmt.find_all(exp.Table):
        if not node.name:
            continue
        info = catalog.find_table(node.name, node.db or None)
        if info is None:
            continue
        out.setdefault(node.name.lower(), info)
        if node.alias:
            out[node.alias.lower()] = info
    return out


def _predicates(stmt: object) -> list[object]:
    """The comparisons in the statement's WHERE, JOIN ... ON and HAVING clauses."""
    from sqlglot import exp

    assert isinstance(stmt, exp.Expression)
    kinds = tuple(getattr(exp, name) for name in _COMPARISONS)
    found: list[object] = []
    clauses: list[exp.Expression] = list(stmt.find_all(exp.Where))
    clauses += [on for j in stmt.find_all(exp.Join) if isinstance(on := j.args.get("on"), exp.Expression)]
    for clause in clauses:
        found.extend(clause.find_all(*kinds))
    return found


def _resolve(column: object, aliases: dict[str, TableInfo]) -> tuple[list[str], TableInfo] | None:
    """The table a column belongs to, with the keys it goes by: its qualifier, or (unqualified)
    every alias and the name of the one table of the statement that has such a column."""
    from sqlglot import exp

    assert isinstance(column, exp.Column)
    if column.table:
        found = aliases.get(column.table.lower())
        return ([column.table.lower()], found) if found is not None else None
    owners = {id(t): t for t in aliases.values() if t.column(column.name) is not None}
    if len(owners) != 1:
        return None
    table = next(iter(owners.values()))
    return [k for k, t in aliases.items() if t is table], table


def _mark(into: dict[str, set[str]], keys: list[str], column: str | None) -> None:
    for key in keys:
        cols = into.setdefault(key, set())
        if column is not None:
            cols.add(column)


def _read_predicate(pred: object, aliases: dict[str, TableInfo], facts: StatementFacts, dialect: str) -> None:
    from sqlglot import exp

    assert isinstance(pred, exp.Expression)
    sides = [s for s in (pred.this, pred.args.get("expression")) if isinstance(s, exp.Expression)]
    direct = [s for s in sides if isinstance(s, exp.Column)]
    if len(direct) == 2 and isinstance(pred, exp.EQ):
        _read_join(direct[0], direct[1], aliases, facts)
        return
    for side in sides:
        if isinstance(side, exp.Column):
            resolved = _resolve(side, aliases)
            if resolved is None:
                continue
            if not isinstance(pred, exp.NEQ):  # "<>" keeps most rows: not a filter an index serves
                _mark(facts.filtered, resolved[0], side.name)
            if isinstance(pred, (exp.EQ, exp.In)):
                _mark(facts.equalities, resolved[0], side.name)
            _implicit_cast(pred, side, resolved[1], facts, dialect)
        elif isinstance(side, (exp.Func, exp.Binary)) and not isinstance(side, exp.Literal):
            _read_wrapped(side, aliases, facts, dialect)


def _read_join(left: object, right: object, aliases: dict[str, TableInfo], facts: StatementFacts) -> None:
    from sqlglot import exp

    assert isinstance(left, exp.Column) and isinstance(right, exp.Column)
    lt, rt = _resolve(left, aliases), _resolve(right, aliases)
    if lt is None or rt is None or lt[0] == rt[0]:  # a self-join has two aliases
        return
    facts.joins.append(JoinPair(lt[1], left.name, rt[1], right.name))


def _read_wrapped(side: object, aliases: dict[str, TableInfo], facts: StatementFacts, dialect: str) -> None:
    from sqlglot import exp

    assert isinstance(side, exp.Expression)
    columns = list(side.find_all(exp.Column))
    if len(columns) != 1:
        return
    resolved = _resolve(columns[0], aliases)
    if resolved is None:
        return
    table, name = resolved[1], columns[0].name
    _mark(facts.filtered, resolved[0], None)
    if indexed(table, name) and not expression_indexed(table, side.sql(dialect=dialect)):
        facts.wrapped.append(Wrapped(table, name, side.sql(dialect=dialect)))


def _implicit_cast(pred: object, column: object, table: TableInfo, facts: StatementFacts, dialect: str) -> None:
    """A text column compared with a number: an engine that converts the column, not the number,
    cannot use the column's index (the plan decides whether it did)."""
    from sqlglot import exp

    assert isinstance(pred, exp.Expression) and isinstance(column, exp.Column)
    info = table.column(column.name)
    if info is None or not any(t in info.data_type.lower() for t in _TEXT_TYPES):
        return
    values = [v for v in (pred.args.get("expression"), *pred.args.get("expressions", [])) if v is not None]
    if not any(isinstance(v, exp.Literal) and v.is_number for v in values):
        return
    if indexed(table, column.name):
        facts.wrapped.append(Wrapped(table, column.name, pred.sql(dialect=dialect), implicit=True))


def _has_star(select: object) -> bool:
    from sqlglot import exp

    assert isinstance(select, exp.Select)
    return any(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
               for e in select.expressions)  # fmt: skip
