"""Small data transfers used by the REPL's ``\\copy``: CSV to and from a table.

The bulk import/export feature builds on the same session path; this module
keeps the simple, always-available version.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import sqlglot
from sqlglot import exp

from aishell.errors import QueryError, UsageError

if TYPE_CHECKING:
    from aishell.services.session import Session

BATCH = 5000


def copy_to_csv(session: Session, query: str, path: str, *, header: bool = True, delimiter: str = ",") -> int:
    """Write the result of ``query`` to a CSV file; return the row count."""
    from aishell.output.formats import CSVWriter

    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = CSVWriter(fh, delimiter=delimiter, header=header, binary=fh.buffer.write)
        result = session.run(query, writer)
    if result.error is not None:
        raise result.error
    summaries = [o.summary for o in result.outcomes if o.summary is not None]
    return summaries[-1].rowcount if summaries else 0


def insert_sql(session: Session, table: str, columns: list[str]) -> str:
    """``INSERT INTO table (cols) VALUES (?, ...)`` in the engine's dialect and paramstyle."""
    conn = session.connection()
    dialect = session.dialect
    try:
        target = exp.to_table(table, dialect=dialect)
    except sqlglot.errors.ParseError:
        raise UsageError(f"bad table name {table!r}") from None
    cols = [exp.to_identifier(c, quoted=True) for c in columns]
    head = exp.Schema(this=target, expressions=cols).sql(dialect=dialect)
    marks = ", ".join(conn.placeholder(i) for i in range(len(columns)))
    return f"INSERT INTO {head} VALUES ({marks})"


def _batches(rows: Iterator[list[str]], size: int) -> Iterator[list[list[Any]]]:
    batch: list[list[Any]] = []
    for row in rows:
        batch.append([None if v == "" else v for v in row])
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def copy_from_csv(session: Session, table: str, path: str, *, header: bool = True, delimiter: str = ",") -> int:
    """Load a CSV file into an existing table in one transaction; return the row count.

    Empty fields load as NULL.  On any error nothing is kept.
    """
    conn = session.connection()
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        if header:
            try:
                columns = next(reader)
            except StopIteration:
                return 0
        else:
            info = session.catalog().find_table(table)
            if info is None:
                raise QueryError(f"no such table: {table}")
            columns = [c.name for c in info.columns]
        sql = insert_sql(session, table, columns)
        own_tx = not conn.in_transaction
        if own_tx:
            conn.begin()
        total = 0
        line = 1 if header else 0
        try:
            for batch in _batches(reader, BATCH):
                for row in batch:
                    line += 1
                    if len(row) != len(columns):
                        raise UsageError(f"{path}, line {line}: expected {len(columns)} fields, found {len(row)}")
                conn.executemany(sql, batch)
                total += len(batch)
        except BaseException:
            if own_tx:
                conn.rollback()
            raise
        if own_tx:
            conn.commit()
    session.invalidate_catalog()
    return total
