"""Streaming result writers: table, vertical, csv, tsv, json, jsonl, markdown.

Each writer is a :class:`~aishell.output.sink.Sink` that writes to a text
stream as batches arrive; none holds the whole result.  (The aligned table
sizes its columns from the first batch, then keeps those widths.)
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import math
import re
import uuid
from collections.abc import Callable, Sequence
from typing import IO, Any

from aishell.engines.base import ResultColumn, Row
from aishell.errors import UsageError
from aishell.output.sink import Sink, Summary

FORMATS = ("table", "vertical", "csv", "tsv", "json", "jsonl", "markdown")
TABLE_STYLES = ("psql", "grid", "unicode", "plain")


# --------------------------------------------------------------------------- values
def text_value(value: Any, null: str = "") -> str:
    """A value as text, the way a DBA expects to read it."""
    if value is None:
        return null
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, decimal.Decimal):
        # positional notation: str() would write a DECIMAL(40,9) zero as 0E-9
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\x" + bytes(value).hex()
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=_json_default, ensure_ascii=False)
    if isinstance(value, dt.timedelta):
        return duration_text(value)
    return str(value)


def duration_text(value: dt.timedelta) -> str:
    """``[-]HH:MM:SS[.ffffff]``: how MySQL writes TIME (which PyMySQL returns as a timedelta), hours
    past 24 and signs included; PostgreSQL reads it back as the same interval."""
    micros = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
    sign = "-" if micros < 0 else ""
    seconds, fraction = divmod(abs(micros), 1_000_000)
    minutes, second = divmod(seconds, 60)
    hours, minute = divmod(minutes, 60)
    text = f"{sign}{hours:02d}:{minute:02d}:{second:02d}"
    return f"{text}.{fraction:06d}" if fraction else text


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal (wide East Asian characters count twice)."""
    if text.isascii():
        return len(text) if text.isprintable() else _wcswidth(text)
    return _wcswidth(text)


def _wcswidth(text: str) -> int:
    from wcwidth import wcswidth  # imported on first use: CSV and JSON output never need it

    w = wcswidth(text)
    return len(text) if w < 0 else w


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dt.timedelta):
        return duration_text(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return list(value)
    return str(value)


def json_value(value: Any) -> str:
    """A value as JSON text; decimals keep every digit (written as JSON numbers)."""
    if isinstance(value, decimal.Decimal):
        return format(value, "f") if value.is_finite() else json.dumps(str(value))
    if isinstance(value, float) and not math.isfinite(value):
        return json.dumps(str(value))
    return json.dumps(value, default=_json_default, ensure_ascii=False)


def _json_column(values: tuple[Any, ...]) -> list[str]:
    """``json_value`` of each value of one column (fast paths for columns of one plain type)."""
    kinds = set(map(type, values))
    nulls = type(None) in kinds
    kinds.discard(type(None))
    encode: Callable[[Any], str] | None = None
    if kinds == {str}:
        encode = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses
    elif kinds == {int}:
        encode = int.__repr__
    elif kinds == {bool}:
        encode = _json_bool
    elif kinds == {float} and all(map(math.isfinite, (v for v in values if v is not None))):
        encode = float.__repr__  # what json.dumps writes for a finite float
    if encode is None:
        return [json_value(v) for v in values]
    return ["null" if v is None else encode(v) for v in values] if nulls else list(map(encode, values))


def _json_bool(value: bool) -> str:
    return "true" if value else "false"


# --------------------------------------------------------------------------- writers
class TextSink(Sink):
    def __init__(self, out: IO[str], *, null: str = "", show_status: bool = True) -> None:
        self.out = out
        self.null = null
        self.show_status = show_status
        self.columns: list[ResultColumn] = []

    def begin(self, columns: list[ResultColumn]) -> None:
        self.columns = columns

    def status_line(self, summary: Summary) -> str | None:
        if summary.returns_rows:
            n = summary.rowcount
            text = f"({n} row{'s' if n != 1 else ''})"
            if summary.hidden:
                text += f" - {summary.hidden} more row{'s' if summary.hidden != 1 else ''} not shown"
            return text
        return summary.status or None


class TableWriter(TextSink):
    """An aligned table, psql style by default.  Numbers are right-aligned."""

    def __init__(self, out: IO[str], *, null: str = "", style: str = "psql", show_status: bool = True,
                 max_width: int | None = None) -> None:  # fmt: skip
        super().__init__(out, null=null, show_status=show_status)
        if style not in TABLE_STYLES:
            raise UsageError(f"unknown table style {style!r}; choose from {', '.join(TABLE_STYLES)}")
        self.style = style
        self.max_width = max_width
        self.widths: list[int] | None = None
        self.printed_rows = 0

    def begin(self, columns: list[ResultColumn]) -> None:
        super().begin(columns)
        self.widths = None
        self.printed_rows = 0

    def _cell(self, value: Any) -> str:
        text = text_value(value, self.null)
        if "\n" in text or "\r" in text or "\t" in text:
            text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
        if self.max_width and len(text) > self.max_width:
            text = text[: self.max_width - 1] + "…"
        return text

    def _line(self, left: str, fill: str, sep: str, right: str) -> str:
        assert self.widths is not None
        return left + sep.join(fill * (w + 2) for w in self.widths) + right

    def _row(self, cells: list[str], numeric: list[bool], header: bool = False) -> str:
        assert self.widths is not None
        parts = []
        for text, width, num in zip(cells, self.widths, numeric, strict=True):
            pad = " " * max(width - display_width(text), 0)
            if header:
                left = (width - display_width(text)) // 2
                parts.append(" " * max(left, 0) + text + " " * max(width - display_width(text) - left, 0))
            else:
                parts.append(pad + text if num else text + pad)
        v = {"psql": "|", "grid": "|", "unicode": "│", "plain": " "}[self.style]
        body = f" {v} ".join(parts)
        if self.style in {"grid", "unicode"}:
            return f"{v} {body} {v}"
        return f" {body}".rstrip()

    def rows(self, batch: list[Row]) -> None:
        cells = [[self._cell(v) for v in row] for row in batch]
        numeric = [c.numeric for c in self.columns]
        write = self.out.write
        if self.widths is None:
            self.widths = [display_width(c.name) for c in self.columns]
            for row in cells:
                for i, text in enumerate(row):
                    w = display_width(text)
                    if w > self.widths[i]:
                        self.widths[i] = w
            self._header()
        for row in cells:
            write(self._row(row, numeric) + "\n")
        self.printed_rows += len(batch)

    def _header(self) -> None:
        write = self.out.write
        names = [c.name for c in self.columns]
        flags = [False] * len(names)
        if self.style == "grid":
            write(self._line("+", "-", "+", "+") + "\n")
            write(self._row(names, flags, header=True) + "\n")
            write(self._line("+", "-", "+", "+") + "\n")
        elif self.style == "unicode":
            write(self._line("┌", "─", "┬", "┐") + "\n")
            write(self._row(names, flags, header=True) + "\n")
            write(self._line("├", "─", "┼", "┤") + "\n")
        elif self.style == "psql":
            write(self._row(names, flags, header=True) + "\n")
            write(self._line("", "-", "+", "") + "\n")
        else:
            write(self._row(names, flags, header=True) + "\n")

    def end(self, summary: Summary) -> None:
        if summary.returns_rows:
            if self.widths is None:  # empty result: still show the header
                self.widths = [display_width(c.name) for c in self.columns]
                self._header()
            if self.style == "grid":
                self.out.write(self._line("+", "-", "+", "+") + "\n")
            elif self.style == "unicode":
                self.out.write(self._line("└", "─", "┴", "┘") + "\n")
        line = self.status_line(summary) if self.show_status else None
        if line:
            self.out.write(line + "\n")
        if summary.returns_rows and self.show_status:
            self.out.write("\n")


class VerticalWriter(TextSink):
    """One field per line, like psql's expanded display (\\x)."""

    def __init__(self, out: IO[str], *, null: str = "", show_status: bool = True) -> None:
        super().__init__(out, null=null, show_status=show_status)
        self.n = 0

    def begin(self, columns: list[ResultColumn]) -> None:
        super().begin(columns)
        self.n = 0
        self.name_width = max((display_width(c.name) for c in columns), default=0)

    def rows(self, batch: list[Row]) -> None:
        write = self.out.write
        for row in batch:
            self.n += 1
            write(f"-[ RECORD {self.n} ]" + "-" * max(self.name_width - 8, 4) + "\n")
            for col, value in zip(self.columns, row, strict=True):
                pad = " " * (self.name_width - display_width(col.name))
                write(f"{col.name}{pad} | {text_value(value, self.null)}\n")

    def end(self, summary: Summary) -> None:
        line = self.status_line(summary) if self.show_status else None
        if line:
            self.out.write(line + "\n")


def csv_needs_quotes(delimiter: str = ",") -> Callable[[str], object]:
    r"""A test for a CSV field: true when it must be quoted (empty -- NULL is the unquoted empty
    field --, holds the delimiter, a quote or a line break, starts or ends with a space, or is
    ``\.``, which alone on a line would end PostgreSQL's COPY data)."""
    return re.compile("^$|[" + re.escape(delimiter) + r'"\n\r]|^ | $|^\\\.$').search


def csv_field(text: str, needs_quotes: Callable[[str], object]) -> str:
    """``text`` as one CSV field, quoted only when ``needs_quotes`` says so."""
    return '"' + text.replace('"', '""') + '"' if needs_quotes(text) else text


class CSVWriter(TextSink):
    """RFC 4180 CSV.  NULL is an empty field; an empty string is ``""``, so they differ."""

    def __init__(self, out: IO[str], *, delimiter: str = ",", header: bool = True,
                 binary: Callable[[bytes], object] | None = None) -> None:  # fmt: skip
        super().__init__(out, null="", show_status=False)
        self.delimiter = delimiter
        self.header = header
        self.csv_delimiter = delimiter
        self.csv_header = header
        self.raw_csv = binary
        self._needs_quotes = csv_needs_quotes(delimiter)
        # searched for in a column's values joined by a NUL: a special character, or a space at
        # the start or end of a value (a NUL inside a value only makes the check stricter)
        self._joiner = "\x00"
        self._specials = (delimiter, '"', "\n", "\r", "\x00 ", " \x00", "\\.")
        # a number never needs quotes -- unless the delimiter is one of its characters
        self._plain_numbers = not any(ch in delimiter for ch in "0123456789.-+eEinfa")

    def _field(self, value: Any) -> str:
        if value is None:
            return ""
        return csv_field(value if isinstance(value, str) else text_value(value), self._needs_quotes)

    def begin(self, columns: list[ResultColumn]) -> None:
        super().begin(columns)
        if self.header:
            self.out.write(self.delimiter.join(self._field(c.name) for c in columns) + "\n")

    def rows(self, batch: list[Row]) -> None:
        # the hot loop of every non-COPY export: formatted a column at a time, so a column of
        # plain text or integers costs a few C-level passes instead of Python work per value
        if not batch:
            return
        columns = [self._column(values) for values in zip(*batch, strict=True)]
        self.out.write("\n".join(map(self.delimiter.join, zip(*columns, strict=True))) + "\n")

    def _any_special(self, joined: str) -> bool:
        return joined.startswith(" ") or joined.endswith(" ") or any(ch in joined for ch in self._specials)

    def _column(self, values: tuple[Any, ...]) -> Sequence[str]:
        kinds = set(map(type, values))
        nulls = type(None) in kinds
        kinds.discard(type(None))
        if kinds == {str} and "" not in values:
            present = [v for v in values if v is not None] if nulls else values
            if not self._any_special(self._joiner.join(present)):
                return [("" if v is None else v) for v in values] if nulls else values
        elif (kinds == {int} or kinds == {float}) and self._plain_numbers:
            text = str if kinds == {int} else repr  # repr is text_value's form of every float
            return ["" if v is None else text(v) for v in values] if nulls else list(map(text, values))
        elif not kinds:
            return [""] * len(values)
        return [self._field(v) for v in values]
    def end(self, summary: Summary) -> None:
        pass


class JSONWriter(TextSink):
    """A JSON array of objects, streamed.  Several result sets give several arrays, one per line."""

    def __init__(self, out: IO[str], *, lines: bool = False) -> None:
        super().__init__(out, show_status=False)
        self.lines = lines
        self.first = True
        self.keys: list[str] = []

    def begin(self, columns: list[ResultColumn]) -> None:
        super().begin(columns)
        self.keys = [json.dumps(c.name, ensure_ascii=False) for c in columns]
        self.first = True
        if not self.lines:
            self.out.write("[")

    def rows(self, batch: list[Row]) -> None:
        # a column at a time (as CSVWriter): text, integer, float and boolean columns are
        # encoded by C-level passes, anything else value by value with json_value
        if not batch:
            return
        columns = [[f"{key}: {text}" for text in _json_column(values)]
                   for key, values in zip(self.keys, zip(*batch, strict=True), strict=True)]  # fmt: skip
        objects = ["{" + ", ".join(parts) + "}" for parts in zip(*columns, strict=True)]
        if self.lines:
            self.out.write("\n".join(objects) + "\n")
        else:
            self.out.write(("\n" if self.first else ",\n") + ",\n".join(objects))
            self.first = False

    def end(self, summary: Summary) -> None:
        if summary.returns_rows and not self.lines:
            self.out.write("\n]\n" if not self.first else "]\n")


class MarkdownWriter(TextSink):
    def begin(self, columns: list[ResultColumn]) -> None:
        super().begin(columns)
        self.out.write("| " + " | ".join(self._esc(c.name) for c in columns) + " |\n")
        self.out.write("|" + "|".join("---:" if c.numeric else "---" for c in columns) + "|\n")

    def _esc(self, text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")

    def rows(self, batch: list[Row]) -> None:
        self.out.write(
            "".join("| " + " | ".join(self._esc(text_value(v, self.null)) for v in row) + " |\n" for row in batch)
        )

    def end(self, summary: Summary) -> None:
        if summary.returns_rows:
            self.out.write("\n")


def make_writer(
    fmt: str,
    out: IO[str],
    *,
    null: str | None = None,
    style: str = "psql",
    show_status: bool = True,
    binary: Callable[[bytes], object] | None = None,
) -> TextSink:
    """Build the writer for ``fmt``.  ``binary`` lets CSV take engine-native bytes."""
    if fmt == "table":
        return TableWriter(out, null=null if null is not None else "", style=style, show_status=show_status)
    if fmt == "vertical":
        return VerticalWriter(out, null=null if null is not None else "", show_status=show_status)
    if fmt == "csv":
        return CSVWriter(out, binary=binary)
    if fmt == "tsv":
        return CSVWriter(out, delimiter="\t", binary=binary)
    if fmt in ("json", "jsonl"):
        return JSONWriter(out, lines=fmt == "jsonl")
    if fmt == "markdown":
        return MarkdownWriter(out, null=null if null is not None else "", show_status=False)
    raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
