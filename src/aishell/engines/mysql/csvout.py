"""MySQL results as aishell's CSV/TSV without making Python values of them.

The generic export reads every value into a Python object (PyMySQL's conversions: ``int``,
``Decimal``, ``datetime``) and formats it back into text.  For most column types the server's
text *is* the text aishell writes (PostgreSQL's output form, see
:func:`aishell.output.formats.copy_text`), or a few byte edits away from it.  So here the row
packets are read off the wire undecoded (:func:`~.connection.read_packets`), cut into one Arrow
array per column with a handful of compute kernels, brought into that form a column at a time,
and quoted and joined into lines by :mod:`aishell.output.arrowtext`.

Every column type has one of these kinds (chosen by the connection from the column's type,
flags and PyMySQL converter, see ``MySQLConnection.copy_out_csv``):

``text``       UTF-8 text: the bytes as they came
``number``     integers and decimals without ZEROFILL: ``int(t)`` / ``Decimal(t)`` print as ``t``
``datetime``   ``YYYY-MM-DD HH:MM:SS[.ffffff]``: trailing zeros of the fraction dropped
``timestamp``  the same, then ``+00`` (aishell reads TIMESTAMP as UTC)
``date``       ``YYYY-MM-DD`` as it came
``python``     anything else: decoded, converted and formatted value by value, exactly as the
               generic path does

A date or time column whose batch holds a value PyMySQL would not convert (a zero date, a day
past the month's end, February 29th) takes the ``python`` way for that batch.  pyarrow is
imported here; the connection uses this module only when it is installed.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from aishell.engines.base import ResultColumn
from aishell.output.arrowtext import NUMBER_CHARS, arrow_scalar, csv_column, join_lines, tsv_column, values_bytes

# the system allocator hands freed memory back at once: a flat RSS (as the importer, see readers.py)
pa.set_memory_pool(pa.system_memory_pool())

#: rows per batch read off the wire (the reader also stops at about 2 MB)
BATCH_ROWS = 32_768

#: ``MM-DD`` of every day PyMySQL turns into a date in any year (February 29th is checked by Python)
_DAYS = pa.array([f"{m:02d}-{d:02d}".encode() for m, last in enumerate((31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31),
                                                                     start=1)
                  for d in range(1, last + 1)], pa.binary())  # fmt: skip
_DATE_KINDS = frozenset({"datetime", "timestamp", "date"})  # their text: digits and "-: .+" only
_BIG_LENGTH = 251  # a length-encoded integer's first byte: 251 NULL, 252-254 a 2, 3 or 8 byte length
# Arrow scalars made once: a Python number as a kernel's argument costs a conversion (and, in
# pyarrow 26, a failed import of dateutil) on every call
_NULL = pa.scalar(_BIG_LENGTH, pa.uint8())
_ZERO = pa.scalar(0, pa.uint8())


def copy_csv(
    fetch: Callable[[int], tuple[bytes, list[int]]],
    columns: Sequence[ResultColumn],
    kinds: Sequence[str],
    scales: Sequence[int],
    decoders: Sequence[tuple[str | None, Callable[[Any], Any] | None]],
    write: Callable[[bytes], object],
    *,
    header: bool,
    delimiter: str,
    fmt: str,
) -> int:
    """Write the result ``fetch`` reads (see ``MySQLCursor.fetch_packets``) as CSV (``fmt="csv"``)
    or TSV (``"text"``) to ``write``; return the row count."""
    import io

    from aishell.output.formats import CSVWriter, TSVWriter, value_encoder

    if header:
        kind = TSVWriter if fmt == "text" else CSVWriter
        write(kind(io.StringIO(), delimiter=delimiter).header_line(list(columns)).encode("utf-8"))
    encoders = [value_encoder(c) for c in columns]
    plain_numbers = not any(ch in NUMBER_CHARS for ch in delimiter)
    plain_dates = not any(ch in "0123456789-:. +" for ch in delimiter)
    single = len(columns) == 1
    count = 0
    for buf, starts in _read_ahead(fetch):
        fields = []
        for i, values in enumerate(split_columns(buf, starts, len(columns))):
            text = column_text(values, kinds[i], scales[i], decoders[i], encoders[i])
            plain = (plain_numbers and kinds[i] == "number") or (plain_dates and kinds[i] in _DATE_KINDS)
            fields.append(tsv_column(text, delimiter=delimiter, plain=plain) if fmt == "text"
                          else _csv_field(text, delimiter=delimiter, single=single, plain=plain))  # fmt: skip
        write(_join(fields, delimiter=delimiter, null="\\N" if fmt == "text" else ""))
        count += len(starts)
    return count


def _csv_field(text: Any, *, delimiter: str, single: bool, plain: bool) -> Any:
    """:func:`~aishell.output.arrowtext.csv_column` (the same fields); a column whose bytes hold
    no delimiter, quote, CR or LF needs quotes only on its empty strings: ``""`` put in their place."""
    if plain or single or not pa.types.is_binary(text.type):
        return csv_column(text, delimiter=delimiter, single=single, plain=plain)
    data = values_bytes(text)
    if any(ch.encode() in data for ch in delimiter + '"\n\r'):
        return csv_column(text, delimiter=delimiter, single=single, plain=plain)
    empty = pc.equal(pc.binary_length(text), arrow_scalar(0, pa.int32()))
    if not pc.any(empty).as_py():
        return text
    return pc.if_else(empty, arrow_scalar(b'""', pa.binary()), text)


def _join(fields: list[Any], *, delimiter: str, null: str) -> bytes:
    """:func:`~aishell.output.arrowtext.join_lines` (the same bytes) with the line feed added to
    the last column instead of to each whole line: one pass over the lines fewer."""
    if len(fields) == 1 or not all(pa.types.is_binary(f.type) for f in fields):
        return join_lines(fields, delimiter=delimiter, null=null)
    empty = arrow_scalar(b"", pa.binary())
    last = pc.binary_join_element_wise(fields[-1], empty, arrow_scalar(b"\n", pa.binary()), null_handling="replace",
                                       null_replacement=null)  # fmt: skip
    lines = pc.binary_join_element_wise(*fields[:-1], last, arrow_scalar(delimiter.encode(), pa.binary()),
                                        null_handling="replace", null_replacement=null)  # fmt: skip
    return values_bytes(lines)


def _read_ahead(fetch: Callable[[int], tuple[bytes, list[int]]]) -> Iterator[tuple[bytes, list[int]]]:
    """The batches ``fetch`` reads, read on a thread of their own one or two batches ahead: reading
    the packets is Python work that holds the GIL, formatting is Arrow's, which releases it, so the
    two overlap on a second core.  A reading error is raised here; when the caller stops early
    the reader stops after its batch (the cursor's close then discards the rest)."""
    box: queue.Queue[tuple[bytes, list[int]] | BaseException] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def work() -> None:
        try:
            while not stop.is_set():
                batch = fetch(BATCH_ROWS)
                box.put(batch)
                if not batch[1]:
                    return
        except BaseException as exc:  # handed to the formatting thread
            box.put(exc)

    reader = threading.Thread(target=work, name="aishell-mysql-read", daemon=True)
    reader.start()
    try:
        while True:
            item = box.get()
            if isinstance(item, BaseException):
                raise item
            if not item[1]:
                return
            yield item
    finally:
        stop.set()
        while reader.is_alive():
            with contextlib.suppress(queue.Empty):
                box.get(timeout=0.05)
        reader.join()


def split_columns(buf: bytes, starts: list[int], ncols: int) -> list[Any]:
    """The rows' fields (length-encoded strings, MySQL's text protocol), one binary array per
    column, NULL as null: positions are computed for all rows at once, a column at a time."""
    n = len(starts)
    data = pa.py_buffer(buf)
    octets = pa.Array.from_buffers(pa.uint8(), len(buf), [None, data])
    pos = pa.array(starts, pa.int64())
    # a value's bounds go into every other offset (start, end, start, end, ...); the gaps between
    # them (the next length, other columns, packet headers) are the odd elements, dropped
    one, two = arrow_scalar(1, pa.int64()), arrow_scalar(2, pa.int64())
    k = pc.subtract(pc.cumulative_sum(pa.repeat(one, 2 * n)), one)
    interleave = pc.add(pc.divide(k, two), pc.multiply(pc.bit_wise_and(k, one), arrow_scalar(n, pa.int64())))
    evens = pa.Array.from_buffers(pa.bool_(), 2 * n, [None, pa.py_buffer(b"\x55" * ((2 * n + 7) // 8))])
    out = []
    for _c in range(ncols):
        lead = pc.take(octets, pos)
        null = pc.equal(lead, _NULL)
        if pc.any(pc.greater(lead, _NULL)).as_py():
            head, length = _long_lengths(octets, pos, lead)
        else:
            head, length = one, pc.if_else(null, _ZERO, lead).cast(pa.int64())
        start = pc.add(pos, head)
        pos = pc.add(start, length)
        if n and pc.max(pos).as_py() > len(buf):
            raise ValueError("malformed row packet: a value runs past its row")
        bounds = pc.take(pa.concat_arrays([start, pos]), interleave)
        offsets = pa.concat_arrays([bounds, pos.slice(n - 1)]).cast(pa.int32())
        spans = pa.Array.from_buffers(pa.binary(), 2 * n, [None, offsets.buffers()[1], data])
        spans.validate(full=True)  # offsets in order and inside the buffer
        values = pc.filter(spans, evens)
        if pc.any(null).as_py():
            valid = pc.invert(null)
            values = pa.Array.from_buffers(pa.binary(), n, [valid.buffers()[1], *values.buffers()[1:]],
                                           offset=0)  # fmt: skip
        out.append(values)
    return out


def _long_lengths(octets: Any, pos: Any, lead: Any) -> tuple[Any, Any]:
    """Header sizes and lengths where some length-encoded integers take 2, 3 or 8 more bytes."""

    def octet(i: int) -> Any:
        return pc.take(octets, pc.min_element_wise(pc.add(pos, i), len(octets) - 1)).cast(pa.int64())

    two = pc.add(octet(1), pc.shift_left(octet(2), 8))
    three = pc.add(two, pc.shift_left(octet(3), 16))
    eight = three
    for i in range(4, 9):
        eight = pc.add(eight, pc.shift_left(octet(i), 8 * (i - 1)))
    small = pc.less(lead, _BIG_LENGTH)
    length = pc.case_when(
        pc.make_struct(small, pc.equal(lead, 252), pc.equal(lead, 253), pc.equal(lead, 254)),
        lead.cast(pa.int64()), two, three, eight,
    )
    length = pc.if_else(pc.equal(lead, _BIG_LENGTH), 0, length)
    head = pc.case_when(pc.make_struct(pc.less_equal(lead, _BIG_LENGTH), pc.equal(lead, 252), pc.equal(lead, 253)),
                        1, 3, 4, 9)  # fmt: skip
    return head, length


def column_text(values: Any, kind: str, scale: int, decoder: tuple[str | None, Callable[[Any], Any] | None],
                encode: Callable[[Any], str]) -> Any:  # fmt: skip
    """One column of a batch in PostgreSQL's text form (a binary array, NULL as null)."""
    if kind in ("text", "number"):
        return values
    if kind in ("datetime", "timestamp", "date") and _regular_dates(values, kind, scale):
        if kind == "date" or not scale:
            text = values
        else:
            text = pc.ascii_rtrim(pc.ascii_rtrim(values.view(pa.string()), "0"), ".").view(pa.binary())
        if kind == "timestamp":
            text = pc.binary_join_element_wise(text, arrow_scalar(b"+00", pa.binary()), arrow_scalar(b"", pa.binary()))
        return text
    return python_text(values, decoder, encode)


def _regular_dates(values: Any, kind: str, scale: int) -> bool:
    """Whether every value of a date or date-time column has its regular shape and is a date
    PyMySQL converts (year 1-9999; no zero month or day; a day the month has, never Feb 29)."""
    if not 0 <= scale <= 6:
        return False
    width = 10 if kind == "date" else 19 + (scale + 1 if scale else 0)
    if not pc.all(pc.equal(pc.binary_length(values), arrow_scalar(width, pa.int32()))).as_py():
        return False
    if pc.any(pc.starts_with(values, b"0000")).as_py():
        return False
    return bool(pc.all(pc.is_in(pc.binary_slice(values, 5, 10), value_set=_DAYS)).as_py())


def python_text(values: Any, decoder: tuple[str | None, Callable[[Any], Any] | None],
                encode: Callable[[Any], str]) -> Any:  # fmt: skip
    """The generic path's text, value by value: decoded as PyMySQL decodes it, converted by its
    converter, formatted by ``encode`` (:func:`~aishell.output.formats.value_encoder`)."""
    encoding, convert = decoder
    texts: list[str | None] = []
    append = texts.append
    for raw in values.to_pylist():
        if raw is None:
            append(None)
            continue
        value: Any = raw.decode(encoding) if encoding is not None else raw
        if convert is not None:
            value = convert(value)
        append(encode(value))
    return pa.array(texts, pa.binary())
