"""Table names and aliases for plans that show only one of them.

MariaDB (``table_name``) and SQLite (``SCAN o``) show a table under the alias the statement gave
it; DuckDB shows the table and not the alias; PostgreSQL shows both.  :func:`name_tables` puts the
table's name in :attr:`~aishell.engines.plan.PlanNode.relation` and the alias in ``alias``, as
PostgreSQL's tree has them, reading the aliases from the statement (sqlglot, in the engine's
dialect).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aishell.engines.plan import PlanTree


def name_tables(tree: PlanTree, sql: str, dialect: str) -> PlanTree:
    """``tree`` with each node that shows a table by its alias renamed to the table, and each
    that shows a table mentioned once, under an alias, given that alias (in place).

    Only what the statement says for certain is filled in: an alias given to one table, a table
    mentioned once.  A statement sqlglot cannot read, a derived table, a table mentioned twice
    is left as the engine showed it."""
    import sqlglot  # (loaded by an explain, never by the connection's import)
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    try:
        parsed = sqlglot.parse(sql, read=dialect)
    except (SqlglotError, ValueError):
        return tree
    tables: dict[str, set[str]] = {}  # alias -> the tables it names
    aliases: dict[str, list[str]] = {}  # table -> its alias at each mention ("" for none)
    for statement in parsed:
        if statement is None:
            continue
        for table in statement.find_all(exp.Table):
            if not table.name:
                continue
            aliases.setdefault(table.name, []).append(table.alias if table.alias != table.name else "")
            if table.alias and table.alias != table.name:
                tables.setdefault(table.alias, set()).add(table.name)
    for _, node in tree.nodes():
        if node.relation is None or node.alias is not None:
            continue
        names = tables.get(node.relation)
        if names and len(names) == 1:
            node.alias = node.relation
            node.relation = next(iter(names))
        elif len(mentions := aliases.get(node.relation, [])) == 1 and mentions[0]:
            node.alias = mentions[0]  # the table's one mention, under an alias the engine did not show
    return tree
