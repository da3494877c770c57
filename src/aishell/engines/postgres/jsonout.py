"""A PostgreSQL result as JSON lines without making Python values of it.

The generic JSONL export loads every value into a Python object (psycopg) and encodes it back
(:class:`~aishell.output.formats.JSONWriter`).  Here the server writes the result as CSV
(``COPY (query) TO STDOUT``), Arrow's CSV reader cuts it into string columns, and each column is
turned into the JSON text the generic writer writes for the value psycopg would have made of it,
a whole column at a time (:mod:`aishell.output.arrowtext`).  The column types come from
describing the statement first (the unnamed prepared statement: planned, not run).

Types (by OID) and their JSON: integers and ``numeric`` as their text (``NaN``, ``Infinity`` as
strings, as ``json_value`` writes a non-finite ``Decimal``); ``boolean`` ``true``/``false``;
text types, ``json``/``jsonb``, ``interval`` and ``uuid`` (all loaded as strings) as JSON
strings; ``date``, ``timestamp`` and ``timestamptz`` as Python's ``isoformat`` (``T``, six
fraction digits when there is a fraction, ``+00:00``: only with the session in UTC; ``infinity``
as a string).  Any
other type: None, and the generic path runs.  A date or timestamp Python cannot hold (BC, past
year 9999) is an error, as it is on the generic path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from aishell.errors import QueryError

#: the ``PostgresConnection`` (not imported here: it imports this module)
PostgresConnection = Any

_INTEGER = {20, 21, 23}  # int8, int2, int4
_STRING = {25, 1043, 1042, 19, 114, 3802, 1186, 2950}  # text, varchar, bpchar, name, json, jsonb, interval, uuid
_KINDS = {**{oid: "number" for oid in _INTEGER}, 1700: "numeric", 16: "bool", 1082: "date", 1114: "timestamp",
          1184: "timestamptz", **{oid: "string" for oid in _STRING}}  # fmt: skip
_REGULAR = {
    "date": r"^\d{4}-\d\d-\d\d$",
    "timestamp": r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$",
    "timestamptz": r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d){0,2}$",
}
_UTC = ("UTC", "Etc/UTC")
_JSON_SPECIAL = re.compile(rb'["\\\x00-\x1f]')
_CONTROL = {chr(c): f"\\u{c:04x}" for c in range(0x20)} | {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
                                                          "\f": "\\f"}  # fmt: skip


_SCALARS: dict[tuple[Any, Any], Any] = {}


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
    describe would abort it), and for a ``timestamptz`` column unless the session's time zone is UTC."""
    raw = conn.raw
    if conn.in_transaction or not (raw.info.parameter_status("DateStyle") or "").startswith("ISO"):
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


def copy_jsonl(conn: PostgresConnection, sql: str, names: list[str], kinds: list[str],
               write: Callable[[bytes], object]) -> int:  # fmt: skip
    """Write the result of ``sql`` as JSON lines; return the row count."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    from aishell.output.arrowtext import join_lines

    pa.set_memory_pool(pa.system_memory_pool())  # freed memory goes back at once: a flat RSS

    keys = [json.dumps(n, ensure_ascii=False) for n in names]
    parts = [pa.scalar("{" + keys[0] + ": ")] + [pa.scalar(", " + k + ": ") for k in keys[1:]]
    from aishell.engines.postgres.bulk import copy_pipe

    count = 0
    cut: Exception | None = None
    with copy_pipe(conn, sql, "aishell-pg-jsonl") as (source, outcome):
        columns = [f"c{i}" for i in range(len(kinds))]
        try:
            try:
                reader = pacsv.open_csv(
                    source,
                    read_options=pacsv.ReadOptions(column_names=columns, block_size=1 << 19, use_threads=False),
                    parse_options=pacsv.ParseOptions(newlines_in_values=True),
                    convert_options=pacsv.ConvertOptions(column_types={c: pa.string() for c in columns},
                                                         strings_can_be_null=True, quoted_strings_can_be_null=False,
                                                         null_values=[""]),
                )
            except pa.ArrowInvalid as exc:  # no rows (or the COPY failed: its error is raised below)
                if "Empty CSV" not in str(exc):
                    raise
                reader = []
            for rb in reader:
                fields: list[Any] = []
                for part, col, kind in zip(parts, rb.columns, kinds, strict=True):
                    fields.append(part)
                    fields.append(json_column(col, kind))
                fields.append(_s("}"))
                write(join_lines([_concat(fields)], delimiter="", null="null"))
                count += rb.num_rows
        except pa.ArrowInvalid as exc:  # a COPY cut short (cancelled, failed) leaves a partial line
            cut = exc
    if "error" in outcome:  # the COPY's own error explains a cut line too
        raise outcome["error"] from None
    if cut is not None:
        raise cut
    return count


def _concat(fields: list[Any]) -> Any:
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(*fields, _s(""), null_handling="replace", null_replacement="null")


def json_column(col: Any, kind: str) -> Any:
    """One column (Arrow strings in PostgreSQL's text form, NULL as null) as JSON texts."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if kind == "number":
        return col
    if kind == "numeric":
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
    clock, fraction, offset = (parts.field(i) for i in range(3))
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
    import pyarrow.compute as pc

    from aishell.output.arrowtext import values_bytes

    data = values_bytes(col)
    if not _JSON_SPECIAL.search(data):
        return col
    for char, escaped in (("\\", "\\\\"), ('"', '\\"'), *_CONTROL.items()):
        if char.encode() in data:
            col = pc.replace_substring(col, char, escaped)
    return col
