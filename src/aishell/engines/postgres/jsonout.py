"""A PostgreSQL result as JSON lines without making Python values of it.

The generic JSONL export loads every value into a Python object (psycopg) and encodes it back
(:class:`~aishell.output.formats.JSONWriter`).  Here the server writes the result as CSV
(``COPY (query) TO STDOUT``, read by a worker thread in blocks of whole rows), Arrow's CSV reader
cuts each block into string columns, and each column is turned into the JSON text the generic
writer writes for the value psycopg would have made of it, a whole column at a time, with a few
Arrow kernels (the quotes of a column without NULL and ``+00:00`` go into the text between the
fields; one join makes the lines).  The column types come from describing the statement first
(the unnamed prepared statement: planned, not run).

Types (by OID) and their JSON: integers and ``numeric`` as their text (``NaN``, ``Infinity`` as
strings, as ``json_value`` writes a non-finite ``Decimal``); ``real`` and ``double precision`` as
``repr`` of the float (see :func:`_float`); ``boolean`` ``true``/``false``;
text types, ``json``/``jsonb``, ``interval`` and ``uuid`` (all loaded as strings) as JSON
strings; ``date``, ``timestamp`` and ``timestamptz`` as Python's ``isoformat`` (``T``, six
fraction digits when there is a fraction, ``+00:00``: only with the session in UTC; ``infinity``
as a string).  Any
other type: None, and the generic path runs.  A date or timestamp Python cannot hold (BC, past
year 9999) is an error, as it is on the generic path.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aishell.errors import QueryError

if TYPE_CHECKING:
    from concurrent.futures import Future

#: the ``PostgresConnection`` (not imported here: it imports this module)
PostgresConnection = Any

_INTEGER = {20, 21, 23}  # int8, int2, int4
_STRING = {25, 1043, 1042, 19, 114, 3802, 1186, 2950}  # text, varchar, bpchar, name, json, jsonb, interval, uuid
_KINDS = {**{oid: "number" for oid in _INTEGER}, 1700: "numeric", 16: "bool", 1082: "date", 1114: "timestamp",
          700: "float", 701: "float",
          1184: "timestamptz", **{oid: "string" for oid in _STRING}}  # fmt: skip
_REGULAR = {
    "date": r"^\d{4}-\d\d-\d\d$",
    "timestamp": r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$",
    "timestamptz": r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d){0,2}$",
}
_UTC = ("UTC", "Etc/UTC")
_CONTROL = {chr(c): f"\\u{c:04x}" for c in range(0x20)} | {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
                                                          "\f": "\\f"}  # fmt: skip
_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), *_CONTROL.items())  # backslash first


_SCALARS: dict[tuple[Any, ...], Any] = {}  # and compute options


def _s(value: Any, kind: Any = None) -> Any:
    """An Arrow scalar, made once: a Python value as a kernel's argument costs a conversion (and,
    in pyarrow 26, a failed import of dateutil) on every call."""
    import pyarrow as pa

    found = _SCALARS.get((value, kind))
    if found is None:
        found = _SCALARS[(value, kind)] = pa.scalar(value, kind() if kind is not None else None)
    return found


def kinds_of(conn: PostgresConnection, body: str) -> tuple[list[str], list[str]] | None:
    """The result's column names and JSON kinds, from describing ``body`` (not run); None when a
    column has another type, the statement does not describe, or a transaction is open (a failed
    describe would abort it), for a client encoding other than UTF-8 (Arrow reads UTF-8; psycopg
    decodes the others), and for a ``timestamptz`` column unless the session's time zone is UTC."""
    raw = conn.raw
    if conn.in_transaction or not (raw.info.parameter_status("DateStyle") or "").startswith("ISO"):
        return None
    if raw.info.encoding != "utf-8":
        return None
    import psycopg
    from psycopg.pq import ExecStatus

    try:
        with raw.lock:
            prepared = raw.pgconn.prepare(b"", body.encode(raw.info.encoding))
            if prepared.status != ExecStatus.COMMAND_OK:
                return None
            res = raw.pgconn.describe_prepared(b"")
    except psycopg.Error:  # a broken connection: the COPY of the generic path reports it
        return None
    if res.status != ExecStatus.COMMAND_OK or not res.nfields:
        return None
    names = [(res.fname(i) or b"").decode(raw.info.encoding) for i in range(res.nfields)]
    kinds = [_KINDS.get(res.ftype(i)) for i in range(res.nfields)]
    if "timestamptz" in kinds and raw.info.parameter_status("TimeZone") not in _UTC:
        return None  # psycopg's values need not be in the session's zone (seen after SET TIME ZONE)
    return (names, [k for k in kinds if k is not None]) if None not in kinds else None


#: bytes of CSV (whole rows) per block: ~12,000 rows of an 80-byte row, few kernel calls per row
BLOCK_BYTES = 1 << 20
#: blocks read ahead of the ones being formatted
AHEAD = 2
#: blocks formatted at once, each on its own thread (two: -15 % wall on 2 CPUs, the same CPU)
FORMATTERS = 2


def copy_jsonl(conn: PostgresConnection, sql: str, names: list[str], kinds: list[str],
               write: Callable[[bytes], object]) -> int:  # fmt: skip
    """Write the result of ``sql`` as JSON lines; return the row count.

    A thread runs the COPY and hands over blocks of whole rows (libpq gives one row per message),
    so each block is parsed on its own (``read_csv`` on a buffer: no pipe, no Python file) while
    the next is read, and :data:`FORMATTERS` blocks are formatted at once (Arrow's kernels release
    the GIL); the lines are written in the result's order."""
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    import pyarrow as pa

    _pool(pa)
    # a UTF8 database sends valid UTF-8 (checked when stored); SQL_ASCII stores any bytes
    utf8 = conn.raw.info.parameter_status("server_encoding") == "UTF8"
    keys = [json.dumps(n, ensure_ascii=False) for n in names]
    seps = ["{" + keys[0] + ": "] + [", " + k + ": " for k in keys[1:]]

    def lines_of(data: bytes) -> list[tuple[bytes, int]]:
        """A block's JSON lines (a piece per batch) and their row counts."""
        done = []
        for rb in _parse(data, len(kinds), check_utf8=not utf8):
            parts: list[Any] = []
            pending = ""
            for sep, col, kind in zip(seps, rb.columns, kinds, strict=True):
                before, texts, after = _field(col, kind)
                parts.append(_s(pending + sep + before))
                parts.append(texts)
                pending = after
            parts.append(_s(pending + "}\n"))
            done.append((_lines(parts), rb.num_rows))
        return done

    def written(made: Future[list[tuple[bytes, int]]]) -> int:
        rows = 0
        for lines, n in made.result():  # a formatting error is raised here, in order
            write(lines)
            rows += n
        return rows

    count = 0
    running: deque[Future[list[tuple[bytes, int]]]] = deque()
    with _Blocks(conn, sql) as blocks, ThreadPoolExecutor(FORMATTERS, "aishell-pg-jsonl-format") as pool:
        for data in blocks:
            running.append(pool.submit(lines_of, data))
            while running and (len(running) >= FORMATTERS or running[0].done()):  # written in order
                count += written(running.popleft())
        while running:
            count += written(running.popleft())
    return count


class _Blocks:
    """The COPY's CSV, run by a worker thread, as an iterator of blocks of whole rows (about
    :data:`BLOCK_BYTES` each).  The COPY's error is raised after the last block it produced;
    leaving the ``with`` early stops the COPY (the worker's next write raises, which cancels it)."""

    def __init__(self, conn: PostgresConnection, sql: str) -> None:
        import queue
        import threading

        self._queue: queue.Queue[bytes | None] = queue.Queue(AHEAD)
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._conn, self._sql = conn, sql
        self._worker = threading.Thread(target=self._produce, name="aishell-pg-jsonl", daemon=True)

    def __enter__(self) -> _Blocks:
        self._worker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._worker.join()

    def __iter__(self) -> _Blocks:
        return self

    def __next__(self) -> bytes:
        data = self._queue.get()
        if data is None:
            if self._error is not None:
                raise self._error
            raise StopIteration
        return data

    def _put(self, item: bytes | None) -> None:
        import queue

        while True:
            if self._stop.is_set():
                raise _Stopped
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _produce(self) -> None:
        pieces: list[bytes] = []
        size = 0

        def sink(data: bytes) -> None:  # whole rows (libpq: one row per message)
            nonlocal size
            pieces.append(data)
            size += len(data)
            if size >= BLOCK_BYTES:
                self._put(b"".join(pieces))
                pieces.clear()
                size = 0

        try:
            self._conn.copy_out_csv(self._sql, sink, header=False)
            if pieces:
                self._put(b"".join(pieces))
        except _Stopped:
            return
        except BaseException as exc:  # the COPY's error (cancelled, failed): raised by the reader
            self._error = exc
        try:
            self._put(None)
        except _Stopped:
            pass


class _Stopped(Exception):
    """The reader left: the COPY stops (its write raises, the COPY is cancelled)."""


def _parse(data: bytes, width: int, *, check_utf8: bool) -> list[Any]:
    """A block of CSV rows as record batches of string columns (NULL as null, "" as ""; the empty
    line of a one-column NULL is a row): one batch, or batches of about :data:`BLOCK_BYTES` when
    the block is much larger (very long rows: one write of the COPY holds up to 4,096 of them)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    columns = [f"c{i}" for i in range(width)]
    table = pacsv.read_csv(
        pa.py_buffer(data),
        read_options=pacsv.ReadOptions(column_names=columns, use_threads=False,
                                       block_size=len(data) + 1 if len(data) < 4 * BLOCK_BYTES else BLOCK_BYTES),
        parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
        convert_options=pacsv.ConvertOptions(column_types={c: pa.string() for c in columns}, strings_can_be_null=True,
                                             quoted_strings_can_be_null=False, null_values=[""],
                                             check_utf8=check_utf8),
    )  # fmt: skip
    return table.to_batches()  # type: ignore[no-any-return]


def _pool(pa: Any) -> None:
    """jemalloc where pyarrow has it: it reuses the blocks' memory (the system allocator maps and
    unmaps each large buffer: 0.1-0.3 s more CPU on a million rows, the same peak with 1 MB blocks)."""
    try:
        pool = pa.jemalloc_memory_pool()
    except NotImplementedError:
        pool = pa.system_memory_pool()
    pa.set_memory_pool(pool)


def _call(name: str, *args: Any, options: Any = None) -> Any:
    """An Arrow compute function by name: ``pyarrow.compute`` (~40 ms to import: it makes a Python
    wrapper for each of its functions) is loaded only by the rare paths."""
    from pyarrow._compute import call_function

    return call_function(name, list(args), options)


def _options(kind: str, *args: Any) -> Any:
    """A compute function's options, made once."""
    key = ("options", kind, *args)
    found = _SCALARS.get(key)
    if found is None:
        import pyarrow._compute as _compute

        found = _SCALARS[key] = getattr(_compute, kind)(*args)
    return found


def _lines(parts: list[Any]) -> bytes:
    """The fields and the text between them joined into the block's lines (a null field: ``null``)."""
    from aishell.output.arrowtext import values_bytes

    return values_bytes(_call("binary_join_element_wise", *parts, _s(""),
                              options=_options("JoinOptions", "replace", "null")))  # fmt: skip


def _field(col: Any, kind: str) -> tuple[str, Any, str]:
    """One column as (text before, Arrow strings, text after) of each value's JSON: the constant
    text (quotes, ``+00:00``) goes into the join's separators when the column has no null."""
    from aishell.output.arrowtext import values_bytes

    if kind == "number":
        return "", col, ""
    if kind == "numeric":  # "N" only in NaN, "I" only in (-)Infinity: quoted by json_column
        data = values_bytes(col)
        return "", col if b"N" not in data and b"I" not in data else json_column(col, kind), ""
    if kind == "bool":
        return "", _call("if_else", _call("equal", col, _s("t")), _s("true"), _s("false")), ""
    if kind == "float":
        return _float(col)
    if kind == "string":
        texts, after = _escaped(col), '"'
    else:
        regular = _regular(col, kind)
        if regular is None:
            return "", json_column(col, kind), ""
        texts, after = regular, '+00:00"' if kind == "timestamptz" else '"'
    if col.null_count == 0:
        return '"', texts, after
    return "", _call("binary_join_element_wise", _s('"'), texts, _s(after), _s("")), ""


def _float(col: Any) -> tuple[str, Any, str]:
    """A ``real`` or ``double precision`` column as ``repr`` writes the float psycopg reads from the
    same text.  PostgreSQL's positional text (no exponent, at most 15 significant digits or the
    shortest that reads back) is Python's but for the ``.0`` of a whole number; any other value
    (an exponent, NaN, infinity, four zeros after a point, where Python would switch to an
    exponent) makes the block's column go value by value through ``json_value``, exactly."""
    import pyarrow as pa

    from aishell.output.arrowtext import values_bytes
    from aishell.output.formats import json_value

    data = values_bytes(col)
    if b"e" in data or b"N" in data or b"I" in data or b"0.0000" in data:
        texts = [None if v is None else json_value(_float_value(v)) for v in col.to_pylist()]
        return "", pa.array(texts, pa.string()), ""
    if len(col) == col.null_count:
        return "", col, ""
    points = _call("find_substring", col, options=_options("MatchSubstringOptions", "."))
    bounds = _call("min_max", points)
    if bounds["min"].as_py() != -1:  # a point in every value
        return "", col, ""
    if bounds["max"].as_py() == -1 and col.null_count == 0:  # whole numbers only
        return "", col, ".0"
    whole = _call("binary_join_element_wise", col, _s(".0"), _s(""))
    return "", _call("if_else", _call("equal", points, _s(-1, pa.int32)), whole, col), ""


def _float_value(text: str) -> float:
    """The float psycopg reads from PostgreSQL's text (or its error: a rounded largest double,
    ``extra_float_digits`` below 1, reads as an overflow)."""
    value = float(text)
    if value in (math.inf, -math.inf) and "n" not in text:  # not "Infinity"
        raise QueryError(f"value too large to convert to float: {text!r}", engine="PostgreSQL")
    return value


def _regular(col: Any, kind: str) -> Any:
    """A date or timestamp column as Python's ``isoformat`` writes it, without the quotes (and, for
    ``timestamptz``, without its ``+00:00``); None when a value is not of the usual form (BC, a
    year past 9999, infinity, another offset): :func:`json_column` then takes the column."""
    import pyarrow as pa

    from aishell.output.arrowtext import values_bytes

    valid = len(col) - col.null_count
    if valid == 0:
        return col
    if kind == "date":  # YYYY-MM-DD: BC, a fifth year digit, infinity all change the length
        lengths = _call("min_max", _call("binary_length", col))
        return col if lengths["min"].as_py() == lengths["max"].as_py() == 10 else None
    data = values_bytes(col)
    dashes = _call("min_max", _call("find_substring", col, options=_options("MatchSubstringOptions", "-")))
    if b"B" in data or dashes["min"].as_py() != 4 or dashes["max"].as_py() != 4:  # BC; infinity; year > 9999
        return None
    if kind == "timestamptz":  # in UTC: "+00" at the end of every value
        if data.count(b"+00") != valid or data.count(b":") != 2 * valid:  # one "+" a value: no "-HH", no ":MM"
            return None
        col = _call("utf8_slice_codeunits", col, options=_options("SliceOptions", 0, -3))
    col = _call("binary_replace_slice", col, options=_options("ReplaceSliceOptions", 10, 11, "T"))
    lengths = _call("binary_length", col)  # YYYY-MM-DDTHH:MM:SS[.f{1,6}]: 19 or 21 to 26
    bounds = _call("min_max", lengths)
    if bounds["max"].as_py() == 19:  # no fraction anywhere
        return col
    padded = _call("ascii_rpad", col, options=_options("PadOptions", 26, "0"))  # PostgreSQL drops trailing zeros
    if bounds["min"].as_py() > 19:
        return padded
    return _call("if_else", _call("equal", lengths, _s(19, pa.int32)), col, padded)


def json_column(col: Any, kind: str) -> Any:
    """One column (Arrow strings in PostgreSQL's text form, NULL as null) as JSON texts."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from aishell.output.arrowtext import values_bytes

    if kind == "number":
        return col
    if kind == "numeric":  # "N" only in NaN, "I" only in (-)Infinity
        data = values_bytes(col)
        if b"N" not in data and b"I" not in data:
            return col
        special = pc.is_in(col, value_set=pa.array(["NaN", "Infinity", "-Infinity"]))  # an option: made in C
        return pc.if_else(special, _quoted(col), col) if pc.any(special).as_py() else col
    if kind == "bool":
        return pc.if_else(pc.equal(col, _s("t")), _s("true"), _s("false"))
    if kind == "string":
        return _quoted(_escaped(col))
    regular = pc.match_substring_regex(col, _REGULAR[kind])
    if not pc.all(regular).as_py():
        return pa.array([None if v is None else _iso_value(v, kind) for v in col.to_pylist()], pa.string())
    if kind != "date":
        col = _isoformat(pc.binary_replace_slice(col, 10, 11, "T"))
    return _quoted(col)


def _isoformat(col: Any) -> Any:
    """``YYYY-MM-DDTHH:MM:SS[.f]{+HH[:MM[:SS]]}`` (PostgreSQL's digits) as Python writes it: six
    fraction digits when there is a fraction, the offset's minutes always."""
    import pyarrow as pa
    import pyarrow.compute as pc

    parts = pc.extract_regex(col, r"^(?P<t>.{19})(?P<f>\.\d+)?(?P<o>[+-].*)?$")
    clock, fraction, offset = (pc.struct_field(parts, [i]) for i in range(3))  # a NULL stays null
    empty = _s("")
    fraction_length = pc.utf8_length(fraction)
    if not pc.all(pc.equal(fraction_length, _s(7, pa.int32))).as_py():  # "" or 2-6 characters
        fraction = pc.if_else(pc.equal(fraction_length, _s(0, pa.int32)), empty,
                              pc.utf8_rpad(fraction, width=7, padding="0"))  # fmt: skip
    offset_length = pc.utf8_length(offset)
    short = pc.equal(offset_length, _s(3, pa.int32))
    if pc.any(short).as_py():
        offset = pc.if_else(short, pc.binary_join_element_wise(offset, _s(":00"), empty), offset)
    return pc.binary_join_element_wise(clock, fraction, offset, empty)


def _iso_value(text: str, kind: str) -> str:
    """One irregular date or timestamp, as the generic path writes it (or its error)."""
    import datetime as dt

    if text in ("infinity", "-infinity"):
        return '"' + text + '"'
    try:
        value = dt.date.fromisoformat(text) if kind == "date" else dt.datetime.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{kind} value out of Python's range: {text}", engine="PostgreSQL") from None
    return '"' + value.isoformat() + '"'


def _quoted(col: Any) -> Any:
    import pyarrow.compute as pc

    quote = _s('"')
    return pc.binary_join_element_wise(quote, col, quote, _s(""))


def _escaped(col: Any) -> Any:
    """JSON string escapes (what ``json.dumps(ensure_ascii=False)`` writes), only where needed."""
    from aishell.output.arrowtext import values_bytes

    data = values_bytes(col)
    for char, escaped in _ESCAPES:  # a memchr each: ten times cheaper than one regular expression's scan
        if char.encode() in data:
            col = _call("replace_substring", col, options=_options("ReplaceSubstringOptions", char, escaped))
    return col
