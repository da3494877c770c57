"""Streaming result writers: table, vertical, csv, tsv, json, jsonl, markdown.

Each writer is a :class:`~aishell.output.sink.Sink` that writes to a text
stream as batches arrive; none holds the whole result.  (The aligned table
sizes its columns from the first batch, then keeps those widths.)

CSV and TSV have one dialect each, the same bytes from every path (CLI, REPL,
``export``, the REPL's copy command, the web, PostgreSQL's COPY, DuckDB's CSV writer): see
"the CSV and TSV dialect" below.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import json
import math
import re
import struct
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from aishell.engines.base import ResultColumn, Row
from aishell.errors import UsageError
from aishell.output.sink import Sink, Summary

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
        import base64  # (bytes are rare: the module loads without it)

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
    elif len(kinds) == 1:
        encode = _JSON_QUOTED.get(next(iter(kinds)))
    if encode is None:
        return [json_value(v) for v in values]
    return ["null" if v is None else encode(v) for v in values] if nulls else list(map(encode, values))


def _json_bool(value: bool) -> str:
    return "true" if value else "false"


def _json_iso(value: dt.date | dt.time) -> str:
    return '"' + value.isoformat() + '"'  # json.dumps of the isoformat: nothing in it needs escaping


def _json_decimal(value: decimal.Decimal) -> str:
    return format(value, "f") if value.is_finite() else json.dumps(str(value))


def _json_uuid(value: uuid.UUID) -> str:
    return '"' + str(value) + '"'


#: per-type encoders of columns of one type, each exactly what :func:`json_value` writes for it,
#: without a ``json.dumps`` (and its new encoder) per value
_JSON_QUOTED: dict[type, Callable[[Any], str]] = {
    dt.datetime: _json_iso,
    dt.date: _json_iso,
    dt.time: _json_iso,
    decimal.Decimal: _json_decimal,
    uuid.UUID: _json_uuid,
}


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


# --------------------------------------------------------------------------- the CSV and TSV dialect
# One dialect per format, whatever the engine and whichever path writes it (the generic writer
# below, PostgreSQL's COPY, DuckDB's CSV writer): what PostgreSQL's ``COPY ... TO STDOUT``
# writes, so that its fast path needs no conversion.  Values are in PostgreSQL's text form
# (see :func:`copy_text`).  CSV (``FORMAT csv, HEADER``): NULL is an unquoted empty field, a
# field is quoted (``"`` doubled inside) only when it is the empty string or holds the
# delimiter, a quote, CR or LF -- or is ``\.`` alone in a one-column row.  TSV (``FORMAT
# text, HEADER``): no quoting; NULL is ``\N``; backslash, tab, LF, CR, backspace, form feed
# and vertical tab are written ``\\ \t \n \r \b \f \v``.  Lines end with LF, the header line
# holds the column names in the same form.


def _shortest_float_text(negative: bool, digits: str, exp: int, fixed_below: int) -> str:
    """PostgreSQL's float output from the shortest digits: positional when ``-4 <= exp <
    fixed_below``, else ``d.ddde+XX``."""
    sign = "-" if negative else ""
    if -4 <= exp < fixed_below:
        if exp >= 0:
            whole, frac = digits[: exp + 1].ljust(exp + 1, "0"), digits[exp + 1 :]
        else:
            whole, frac = "0", "0" * (-exp - 1) + digits
        return sign + whole + ("." + frac if frac else "")
    mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return f"{sign}{mantissa}e{'-' if exp < 0 else '+'}{abs(exp):02d}"


def _float_words(value: float) -> str:
    return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")


_EXACT = decimal.Context(prec=2000)  # wide enough for any sum of two doubles


def _shortest_digits(exact: decimal.Decimal, low: float, high: float, most: int) -> tuple[str, int]:
    """What Ryu (PostgreSQL's float output) picks: the fewest significant digits of a decimal
    strictly between the midpoints to the neighbouring floats ``low`` and ``high`` -- a decimal
    on a midpoint never counts --, the closest to ``exact`` among them.  Returns the digits and
    the decimal exponent of the first one."""
    # past the largest float, the next one would be where the exponent range ends
    beyond = _EXACT.subtract(_EXACT.multiply(exact, 2), decimal.Decimal(low if math.isinf(high) else high))
    below = _EXACT.divide(_EXACT.add(exact, beyond if math.isinf(low) else decimal.Decimal(low)), 2)
    above = _EXACT.divide(_EXACT.add(exact, beyond if math.isinf(high) else decimal.Decimal(high)), 2)
    for precision in range(1, most + 1):
        rounded = decimal.Context(prec=precision, rounding=decimal.ROUND_HALF_EVEN).plus(exact)
        unit = decimal.Decimal((0, (1,), rounded.adjusted() - precision + 1))
        inside = [c for c in (rounded, _EXACT.subtract(rounded, unit), _EXACT.add(rounded, unit)) if below < c < above]
        if inside:
            best = min(inside, key=lambda c: abs(_EXACT.subtract(c, exact)))
            digits = "".join(map(str, best.as_tuple().digits)).lstrip("0").rstrip("0") or "0"
            return digits, best.adjusted()
    raise AssertionError("unreachable: the exact value itself is inside")  # pragma: no cover


def copy_float(value: float) -> str:
    """A double as PostgreSQL writes it (``float8out``): the shortest digits that read back
    exactly, positional from 1e-4 to below 1e15 (``1``, ``0.1``, ``1e+15``, ``1e-05``, ``NaN``)."""
    text = repr(value)  # the same shortest digits, but for a decimal on a midpoint (see below)
    if text[-1] in "fn":  # inf, nan
        return _float_words(value)
    if abs(value) >= 9007199254740992.0:  # 2**53: from here on a short decimal can be a midpoint
        digits, exp = _shortest_digits(decimal.Decimal(value), math.nextafter(value, -math.inf),
                                       math.nextafter(value, math.inf), 17)  # fmt: skip
        return _shortest_float_text(value < 0, digits, exp, 15)
    if "e" in text:
        return text  # Python's exponent form is PostgreSQL's: 1e-05, 1.5e-07
    if text.endswith(".0"):
        text = text[:-2]
    whole, _, fraction = text.lstrip("-").partition(".")
    if len(whole) < 16:
        return text
    # 1e15 <= |value| < 2**53: Python is still positional, PostgreSQL no longer
    return _shortest_float_text(value < 0, (whole + fraction).rstrip("0"), 15, 15)


def _single_neighbour(value: float, up: bool) -> float:
    bits = struct.unpack("<I", struct.pack("<f", value))[0]
    if value == 0:
        bits = 1 if up else 0x80000001
    elif (value > 0) == up:
        bits += 1
    else:
        bits -= 1
    return float(struct.unpack("<f", struct.pack("<I", bits))[0])


def copy_float4(value: float) -> str:
    """A ``real`` (``float4``) as PostgreSQL writes it: the shortest digits that read back as the
    same single-precision number, positional from 1e-4 to below 1e6."""
    if not math.isfinite(value):
        return _float_words(value)
    try:
        single = struct.unpack("<f", struct.pack("<f", value))[0]
    except OverflowError:  # not a real at all: write the double
        return copy_float(value)
    if single == 0:
        return "-0" if math.copysign(1.0, single) < 0 else "0"
    digits, exp = _shortest_digits(decimal.Decimal(single), _single_neighbour(single, False),
                                   _single_neighbour(single, True), 9)  # fmt: skip
    return _shortest_float_text(single < 0, digits, exp, 6)


def _copy_offset(offset: dt.timedelta) -> str:
    """A UTC offset as PostgreSQL writes it: ``+00``, ``+05:30``, ``-03:00:10``."""
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    minutes, second = divmod(abs(seconds), 60)
    hours, minute = divmod(minutes, 60)
    text = f"{sign}{hours:02d}"
    if minute or second:
        text += f":{minute:02d}"
    if second:
        text += f":{second:02d}"
    return text


def _copy_clock(value: dt.time | dt.datetime) -> str:
    text = f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    offset = value.utcoffset()
    return text + _copy_offset(offset) if offset is not None else text


def copy_text(value: Any, float4: bool = False) -> str:
    """A non-NULL value in PostgreSQL's text output form, the form of every CSV and TSV field:
    booleans ``t``/``f``; timestamps ``2024-01-02 03:04:05.007+00`` (fraction without trailing
    zeros, offset as ``+HH[:MM]``); times ``12:34:56.5``; floats as :func:`copy_float` (``real``
    columns: :func:`copy_float4`); binary ``\\x00ff``; arrays ``{1,2,NULL}``; documents and
    structures as JSON; durations ``[-]HH:MM:SS[.ffffff]``."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return copy_float4(value) if float4 else copy_float(value)
    if isinstance(value, decimal.Decimal):
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, dt.datetime):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d} {_copy_clock(value)}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return _copy_clock(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\x" + bytes(value).hex()
    if isinstance(value, (list, tuple)):
        return copy_array(value, float4)
    if isinstance(value, dict):
        return json.dumps(value, default=_json_default, ensure_ascii=False)
    if isinstance(value, dt.timedelta):
        text = duration_text(value)
        return text.rstrip("0") if "." in text else text  # the fraction as a time's: 12:34:56.5
    if hasattr(value, "isempty") and hasattr(value, "bounds"):  # a psycopg Range
        return _copy_range(value)
    return str(value)


_ARRAY_QUOTE = re.compile(r'[{},"\\\s]').search


def copy_array(items: Sequence[Any], float4: bool = False) -> str:
    """A list as a PostgreSQL array literal: ``{1,2,NULL}``, ``{"a b","",x}``, ``{{1,2},{3,4}}``."""
    parts = []
    for item in items:
        if item is None:
            parts.append("NULL")
        elif isinstance(item, (list, tuple)):
            parts.append(copy_array(item, float4))
        else:
            text = copy_text(item, float4)
            if not text or _ARRAY_QUOTE(text) or text.upper() == "NULL":
                text = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
            parts.append(text)
    return "{" + ",".join(parts) + "}"


def _copy_range(value: Any) -> str:
    """A psycopg ``Range`` as PostgreSQL writes a range: ``[1,5)``, ``["2024-01-01 00:00:00+00",)``, ``empty``."""
    if value.isempty:
        return "empty"

    def bound(v: Any) -> str:
        if v is None:
            return ""
        text = copy_text(v)
        if not text or re.search(r'[()\[\],"\\\s]', text):
            text = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return text

    return f"{value.bounds[0]}{bound(value.lower)},{bound(value.upper)}{value.bounds[1]}"


def value_encoder(column: ResultColumn) -> Callable[[Any], str]:
    """:func:`copy_text` for one result column: single precision for ``real`` columns
    (PostgreSQL's ``float4``, DuckDB's ``FLOAT``; MySQL's ``float`` arrives as its exact text)."""
    base = (column.type_name or "").removesuffix("[]")
    if base.lower() == "float4" or base in ("FLOAT", "REAL"):
        return functools.partial(copy_text, float4=True)
    return copy_text


#: how a TSV field escapes characters (PostgreSQL's text format)
_TEXT_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v"}


class CSVWriter(TextSink):
    """CSV in aishell's dialect (PostgreSQL's ``COPY ... CSV HEADER``, see above).  NULL is an
    empty field; an empty string is ``""``, so they differ.

    Besides being a sink, it encodes for others: :meth:`prepare` (a result's columns),
    :meth:`header_line` and :meth:`encode` (rows as text), e.g. for an HTTP response."""

    #: the format of the engine-native bytes it takes (PostgreSQL's COPY ``FORMAT``)
    csv_format = "csv"

    def __init__(self, out: IO[str], *, delimiter: str = ",", header: bool = True,
                 binary: Callable[[bytes], object] | None = None) -> None:  # fmt: skip
        super().__init__(out, null="", show_status=False)
        if len(delimiter) != 1 or delimiter in '"\n\r':
            raise UsageError(f"the delimiter must be one character other than a quote or a line break, "
                             f"not {delimiter!r}")  # fmt: skip
        self.delimiter = delimiter
        self.header = header
        self.csv_delimiter = delimiter
        self.csv_header = header
        self.raw_csv = binary
        self._specials: tuple[str, ...] = (delimiter, '"', "\n", "\r")
        # a number never needs quotes -- unless the delimiter is one of its characters
        self._plain_numbers = not any(ch in delimiter for ch in "0123456789.-+eEinfaNIty")
        self._encoders: list[Callable[[Any], str]] = []
        self._single = False

    def prepare(self, columns: list[ResultColumn]) -> None:
        """A result set starts: choose each column's value encoder (no header is written)."""
        self.columns = columns
        self._encoders = [value_encoder(c) for c in columns]
        self._single = len(columns) == 1

    def header_line(self, columns: list[ResultColumn]) -> str:
        """The header line (with its line end) for ``columns``."""
        single = len(columns) == 1
        return self.delimiter.join(self._text_field(c.name, single) for c in columns) + "\n"

    def begin(self, columns: list[ResultColumn]) -> None:
        self.prepare(columns)
        if self.header:
            self.out.write(self.header_line(columns))

    def encode(self, batch: list[Row]) -> str:
        """``batch`` as lines of text, each ending with a line end (``""`` for no rows)."""
        # the hot loop of every non-COPY export: formatted a column at a time, so a column of
        # plain text or integers costs a few C-level passes instead of Python work per value
        if not batch:
            return ""
        columns = [self._column(values, encode)
                   for values, encode in zip(zip(*batch, strict=True), self._encoders, strict=True)]  # fmt: skip
        return "\n".join(map(self.delimiter.join, zip(*columns, strict=True))) + "\n"

    def rows(self, batch: list[Row]) -> None:
        if batch:
            self.out.write(self.encode(batch))

    def end(self, summary: Summary) -> None:
        pass

    # -- one field
    def quote(self, text: str) -> str:
        """``text`` as one field of this dialect (quoted, or escaped, where it must be)."""
        return self._text_field(text, self._single)

    def _text_field(self, text: str, single: bool) -> str:
        if not text or any(ch in text for ch in self._specials) or (single and text == "\\."):
            return '"' + text.replace('"', '""') + '"'
        return text

    def _field(self, value: Any, encode: Callable[[Any], str] = copy_text) -> str:
        if value is None:
            return ""
        return self._text_field(value if isinstance(value, str) else encode(value), self._single)

    def _plain_text(self, values: Sequence[str]) -> bool:
        """Whether none of these (non-NULL) texts needs a quote or an escape."""
        joined = "\x00".join(values)
        return not any(ch in joined for ch in self._specials) and "" not in values and not (
            self._single and "\\." in values
        )

    def _null(self) -> str:
        return ""

    def _column(self, values: tuple[Any, ...], encode: Callable[[Any], str]) -> Sequence[str]:
        kinds = set(map(type, values))
        nulls = type(None) in kinds
        kinds.discard(type(None))
        null = self._null()
        if kinds == {str}:
            present = [v for v in values if v is not None] if nulls else values
            if self._plain_text(present):
                return [(null if v is None else v) for v in values] if nulls else values
        elif kinds == {int} and self._plain_numbers:
            return [null if v is None else str(v) for v in values] if nulls else list(map(str, values))
        elif kinds == {float} and self._plain_numbers and encode is copy_text:
            return [null if v is None else copy_float(v) for v in values] if nulls else list(map(copy_float, values))
        elif kinds == {bool} and self.delimiter not in "tf":
            return [null if v is None else ("t" if v else "f") for v in values]
        elif not kinds:
            return [null] * len(values)
        return [self._field(v, encode) for v in values]


class TSVWriter(CSVWriter):
    """TSV in aishell's dialect: PostgreSQL's text format (``COPY ... (FORMAT text, HEADER)``).
    Nothing is quoted: NULL is ``\\N``, and a backslash, tab, line feed, carriage return,
    backspace, form feed or vertical tab in a value is written ``\\\\ \\t \\n \\r \\b \\f \\v``."""

    csv_format = "text"

    def __init__(self, out: IO[str], *, delimiter: str = "\t", header: bool = True,
                 binary: Callable[[bytes], object] | None = None) -> None:  # fmt: skip
        if len(delimiter) != 1 or delimiter in "\\\n\r" or delimiter.isalnum():
            raise UsageError(f"the text-format delimiter must be one character other than a letter, a digit, "
                             f"a backslash or a line break, not {delimiter!r}")  # fmt: skip
        super().__init__(out, delimiter=",", header=header, binary=binary)
        self.delimiter = self.csv_delimiter = delimiter
        escapes = dict(_TEXT_ESCAPES)
        escapes.setdefault(delimiter, "\\" + delimiter)
        self._escapes = str.maketrans(escapes)
        self._specials = tuple(escapes)
        self._plain_numbers = delimiter not in "0123456789.-+eEinfaNIty"

    def _text_field(self, text: str, single: bool) -> str:
        return text.translate(self._escapes)

    def _field(self, value: Any, encode: Callable[[Any], str] = copy_text) -> str:
        if value is None:
            return "\\N"
        return (value if isinstance(value, str) else encode(value)).translate(self._escapes)

    def _plain_text(self, values: Sequence[str]) -> bool:
        joined = "\x00".join(values)
        return not any(ch in joined for ch in self._specials)

    def _null(self) -> str:
        return "\\N"


class JSONWriter(TextSink):
    """A JSON array of objects, streamed.  Several result sets give several arrays, one per line."""

    def __init__(self, out: IO[str], *, lines: bool = False, binary: Callable[[bytes], object] | None = None) -> None:
        super().__init__(out, show_status=False)
        self.lines = lines
        # JSON lines can come as engine-made bytes (PostgreSQL: COPY and Arrow), like CSV
        self.raw_csv = binary if lines else None
        self.csv_format = "jsonl"
        self.csv_header = False
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
        # one %-template per row ("{key: %s, ...}"): a single formatting step joins a row's texts
        template = "{" + ", ".join(key.replace("%", "%%") + ": %s" for key in self.keys) + "}"
        columns = [_json_column(values) for values in zip(*batch, strict=True)]
        objects = [template % texts for texts in zip(*columns, strict=True)]
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


# --------------------------------------------------------------------------- the registry
@dataclass(frozen=True)
class OutputFormat:
    """One output format, the same for every face (CLI ``-F``, the REPL's ``\\T``, ``export``,
    the web's downloads).  ``screen``: for a person at a terminal (not a data file);
    ``binary``: written as bytes by the export service's writer (Parquet), not a text sink."""

    name: str
    media_type: str
    extension: str
    screen: bool = False
    binary: bool = False


#: every output format, by name (in the order help lists them)
REGISTRY: dict[str, OutputFormat] = {f.name: f for f in (
    OutputFormat("table", "text/plain; charset=utf-8", "txt", screen=True),
    OutputFormat("vertical", "text/plain; charset=utf-8", "txt", screen=True),
    OutputFormat("csv", "text/csv; charset=utf-8", "csv"),
    OutputFormat("tsv", "text/tab-separated-values; charset=utf-8", "tsv"),
    OutputFormat("json", "application/json", "json"),
    OutputFormat("jsonl", "application/x-ndjson", "jsonl"),
    OutputFormat("markdown", "text/markdown; charset=utf-8", "md", screen=True),
    OutputFormat("parquet", "application/vnd.apache.parquet", "parquet", binary=True),
)}  # fmt: skip

#: the formats a text sink writes (query ``-F``, the REPL's ``\\T``)
FORMATS = tuple(name for name, f in REGISTRY.items() if not f.binary)
#: the formats of a data file (``export``, ``import``, the web's downloads)
FILE_FORMATS = tuple(name for name, f in REGISTRY.items() if not f.screen)


def output_format(name: str) -> OutputFormat:
    """The format called ``name``; a :class:`UsageError` naming the choices otherwise."""
    found = REGISTRY.get(name)
    if found is None:
        raise UsageError(f"unknown format {name!r}; choose from {', '.join(REGISTRY)}")
    return found


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
        return TSVWriter(out, binary=binary)
    if fmt in ("json", "jsonl"):
        return JSONWriter(out, lines=fmt == "jsonl")
    if fmt == "markdown":
        return MarkdownWriter(out, null=null if null is not None else "", show_status=False)
    raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
