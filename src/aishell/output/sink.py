"""Where results go.

The service layer streams each statement's result into a :class:`Sink`:
``begin(columns)`` once, ``rows(batch)`` per batch, ``end(summary)`` last.
A statement that returns no rows only gets ``end``.  Terminal tables, files
in every format, and (later) HTTP responses are all sinks, so every face
shares one pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from aishell.engines.base import ResultColumn, Row


@dataclass
class Summary:
    status: str  # the engine's status text ("INSERT 0 3", "5 row(s) affected") or ""
    rowcount: int  # rows returned (row statements) or affected (-1 unknown)
    elapsed: float  # seconds
    returns_rows: bool
    hidden: int = 0  # rows fetched but not shown because of a display limit
    statement: str = ""
    #: of ``elapsed``, the seconds spent in the sink (writing the output; waiting for a pager
    #: whose reader is reading): ``elapsed - output_seconds`` is the statement's own time
    output_seconds: float = 0.0


class Sink:
    """Base sink: subclasses override what they need."""

    #: set by sinks that can take engine-native CSV bytes directly (fast path)
    raw_csv: Callable[[bytes], object] | None = None
    csv_delimiter: str = ","
    csv_header: bool = True
    #: the dialect of those bytes: ``csv`` or ``text`` (PostgreSQL's COPY formats; TSV is ``text``)
    csv_format: str = "csv"

    def begin(self, columns: list[ResultColumn]) -> None:
        """A result set starts."""

    def rows(self, batch: list[Row]) -> None:
        """A batch of rows arrives."""

    def end(self, summary: Summary) -> None:
        """The statement finished."""

    def close(self) -> None:
        """No more statements."""


class CollectingSink(Sink):
    """Keeps every result in memory: for tests and for callers that asked for it."""

    def __init__(self) -> None:
        self.results: list[tuple[list[ResultColumn], list[Row], Summary]] = []
        self._columns: list[ResultColumn] = []
        self._rows: list[Row] = []

    def begin(self, columns: list[ResultColumn]) -> None:
        self._columns, self._rows = columns, []

    def rows(self, batch: list[Row]) -> None:
        self._rows.extend(batch)

    def end(self, summary: Summary) -> None:
        self.results.append((self._columns if summary.returns_rows else [], self._rows, summary))
        self._columns, self._rows = [], []
