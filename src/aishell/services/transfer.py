"""Small data transfers used by the REPL's ``\\copy``: CSV to and from a table.

The bulk import/export feature builds on the same session path; this module
keeps the simple, always-available version.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

import sqlglot
from sqlglot import exp

from aishell.errors import QueryError, UsageError

if TYPE_CHECKING:
    from aishell.services.session import Session

BATCH = 5000


def copy_to_csv(session: Session, query: str, path: str, *, header: bool = True, delimiter: str = ",",
                text: bool = False, record: bool = True) -> int:  # fmt: skip
    """Write the result of ``query`` to a CSV file (``text``: PostgreSQL's text format, aishell's
    TSV) in the one dialect every export writes; return the row count.  ``record=False``: the
    query is not the user's (``\\copy TABLE TO``) and stays out of the history."""
    from aishell.output.formats import CSVWriter, TSVWriter

    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = (TSVWriter if text else CSVWriter)(fh, delimiter=delimiter, header=header, binary=fh.buffer.write)
        result = session.run(query, writer, record=record)
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


def _batches(rows: Iterator[list[Any]], size: int, *, text: bool = False) -> Iterator[list[list[Any]]]:
    batch: list[list[Any]] = []
    for row in rows:
        batch.append(row if text else [None if v == "" else v for v in row])
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _text_rows(fh: IO[str], delimiter: str) -> Iterator[list[str | None]]:
    r"""Rows of PostgreSQL's text format (aishell's TSV): ``\N`` is NULL, backslash escapes."""
    for line in fh:
        line = line.removesuffix("\n").removesuffix("\r")
        if line == "\\.":
            return
        yield [None if field == "\\N" else _unescape(field) for field in line.split(delimiter)]


_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)", re.S)


def _unescape(field: str) -> str:
    if "\\" not in field:
        return field

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code[0] == "x" and len(code) > 1:
            return chr(int(code[1:], 16))
        if code[0] in "01234567":
            return chr(int(code, 8))
        return _ESCAPES.get(code, code)

    return _ESCAPE.sub(one, field)


def copy_from_csv(session: Session, table: str, path: str, *, header: bool = True, delimiter: str = ",",
                  text: bool = False) -> int:  # fmt: skip
    """Load a CSV file (``text``: PostgreSQL's text format) into an existing table in one
    transaction; return the row count.

    CSV: empty fields load as NULL.  Text format: ``\\N`` loads as NULL, an empty field as the
    empty string.  On any error nothing is kept.
    """
    conn = session.connection()
    with open(path, encoding="utf-8", newline="") as fh:
        reader: Iterator[list[Any]] = _text_rows(fh, delimiter) if text else csv.reader(fh, delimiter=delimiter)
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
            for batch in _batches(reader, BATCH, text=text):
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
