"""MySQL/MariaDB's bulk paths besides the driver's.

* :attr:`~aishell.engines.base.BulkPath.LOAD_DATA_LOCAL_INFILE`: the file ``LOAD DATA`` reads, in
  its default text format (tab-separated, backslash escapes, ``\\N`` for NULL), written from
  Python rows (:func:`write_mysql_tsv`) or, validated at C speed, from a batch of CSV text
  columns (:func:`mysql_tsv_from_arrow`);
* :attr:`~aishell.engines.base.BulkPath.SCAN_CSV`: DuckDB's mysql scanner and CSV writer, used
  when it keeps every value of the table exactly.

pyarrow and duckdb are imported only when used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any

from aishell.engines.duckdb.scanner import DUCKDB_MEMORY, extension, literal, memory_db
from aishell.sql.names import quote_name

if TYPE_CHECKING:
    from aishell.engines.types import ColType
    from aishell.urls import DatabaseURL

#: column kinds DuckDB's mysql scanner reads exactly
_SCANNER_KINDS = {"bool", "smallint", "int", "bigint", "decimal", "text", "date", "timestamp", "binary", "json",
                  "float"}  # fmt: skip


def scanner_exact(columns: Sequence[tuple[str, Any]]) -> bool:
    """DuckDB's mysql scanner keeps every value of these columns (declared type, ColType) exactly
    (wide decimals become DOUBLE, unsigned BIGINT does not fit)."""
    for declared, ct in columns:
        if ct.kind == "decimal" and not (ct.precision and ct.precision <= 38):
            return False
        if ct.kind not in _SCANNER_KINDS:
            return False
        if "unsigned" in declared.lower() and ct.kind == "bigint":
            return False
    return True


def scan_to_csv(url: DatabaseURL, table: str, write: Callable[[bytes], object], *, header: bool,
                delimiter: str) -> int | None:  # fmt: skip
    """Export a MySQL/MariaDB table as CSV with DuckDB's mysql scanner and CSV writer (None: not applicable)."""
    ext = extension("mysql_scanner")
    if ext is None:
        return None
    password = url.password if url.password is not None else os.environ.get("MYSQL_PWD", "")
    parts = {"host": url.host or "localhost", "port": str(url.port or 3306), "user": url.user or "root",
             "database": url.database or "", "password": password}  # fmt: skip
    if any(not v.isprintable() or " " in v or "'" in v or "=" in v for v in parts.values()):
        return None  # keep the connection string trivially safe; the generic path handles the rest
    conninfo = " ".join(f"{k}={v}" for k, v in parts.items() if v)
    try:
        duck = memory_db()
    except ImportError:
        return None
    from aishell.errors import QueryError

    try:
        try:
            duck.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'").close()
            duck.execute("LOAD " + literal(ext)).close()
            # TINYINT(1) stays a number, as MySQL (and the generic path) writes it: 1, not t
            duck.execute("SET mysql_tinyint1_as_boolean = false").close()
            duck.execute("ATTACH " + literal(conninfo) + " AS src (TYPE mysql, READ_ONLY)").close()
        except QueryError:
            return None
        source = ".".join(quote_name(p, "duckdb") for p in ("src", *table.split(".")[-1:]))
        return duck.copy_out_csv(f"SELECT * FROM {source}", write, header=header, delimiter=delimiter)
    finally:
        duck.close()


# --------------------------------------------------------------------------- LOAD DATA's file
_ARROW_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"), ("\x00", "\\0"))


def mysql_tsv_rounded(rb: Any, types: Sequence[ColType], nullable: Sequence[bool], *,
                      round_decimals: bool = False) -> tuple[bytes | None, int]:  # fmt: skip
    """:func:`mysql_tsv_from_arrow`, rounding decimals to their column's scale with ``round_decimals``;
    and the number of values rounded."""
    counts: list[int] = []
    data = mysql_tsv_from_arrow(rb, types, nullable, rounded=counts if round_decimals else None)
    return data, sum(counts) if data is not None else 0


def mysql_tsv_from_arrow(rb: Any, types: Sequence[ColType], nullable: Sequence[bool],
                         rounded: list[int] | None = None) -> bytes | None:  # fmt: skip
    """A batch of CSV text columns as ``LOAD DATA`` input, validated for the target kinds; None to fall back.

    A decimal with more decimal places than its column keeps is not formatted (the server would
    round it): None, so the per-value path rejects it -- unless ``rounded`` is given, then it is
    rounded here (half away from zero) and the count appended to ``rounded``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    out = []
    try:
        for col, ct, null_ok in zip(rb.columns, types, nullable, strict=True):
            if not null_ok and col.null_count:
                return None
            kind = ct.kind
            if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
                typed = _typed_text(col, ct)  # a typed column (Parquet): formatted as write_mysql_tsv would
                if typed is None:
                    return None
                out.append(pc.fill_null(typed, "\\N"))
                continue
            if kind in ("smallint", "int", "bigint"):
                ints = pc.cast(col, pa.int64())
                limit = {"smallint": 2**15, "int": 2**31, "bigint": 2**63}[kind]
                lo, hi = pc.min_max(ints).values()
                if lo.as_py() is not None and not (-limit <= lo.as_py() and hi.as_py() < limit):
                    return None
                # the text as written when it is a plain integer (the server reads it the same way)
                text = col if _all_match(col, r"^-?[0-9]+$") else pc.cast(ints, pa.string())
            elif kind == "decimal":
                if not ct.precision or ct.precision > 38:
                    return None
                scale = ct.scale or 0
                try:
                    dec = pc.cast(col, pa.decimal128(ct.precision, scale))  # refuses to drop digits
                except pa.ArrowInvalid:
                    if rounded is None or ct.precision - scale >= 38:
                        raise
                    wide = pc.cast(col, pa.decimal128(38, 38 - (ct.precision - scale)))
                    near = pc.round(wide, ndigits=scale, round_mode="half_towards_infinity")
                    rounded.append(int(pc.sum(pc.not_equal(near, wide)).as_py() or 0))
                    dec = pc.cast(near, pa.decimal128(ct.precision, scale))
                text = pc.cast(dec, pa.string())
            elif kind == "float":
                text = pc.cast(pc.cast(col, pa.float64()), pa.string())
            elif kind == "date":
                text = pc.cast(pc.cast(col, pa.date32()), pa.string())
            elif kind == "timestamp":
                stamps = pc.cast(col, pa.timestamp("us"))  # validates: a bad date fails here
                if _all_match(col, r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?$"):
                    text = col  # already the server's own form (strftime costs 1 s per million rows)
                else:
                    text = pc.strftime(stamps, format="%Y-%m-%d %H:%M:%S")  # %S carries the microseconds
            elif kind == "bool":
                low = pc.utf8_lower(col)
                true = pc.is_in(low, pa.array(["t", "true", "1", "yes", "y", "on"]))
                false = pc.is_in(low, pa.array(["f", "false", "0", "no", "n", "off"]))
                if not pc.all(pc.or_(pc.or_(true, false), pc.is_null(col))).as_py():
                    return None
                text = pc.if_else(true, "1", "0")
                text = pc.if_else(pc.is_null(col), pa.scalar(None, pa.string()), text)
            elif kind == "text":
                longest = pc.max(pc.utf8_length(col)).as_py() if ct.length else None
                if longest is not None and ct.length is not None and longest > ct.length:
                    return None
                text = col
                if not _none_match(col, r"[\\\t\n\r\x00]"):
                    for old, new in _ARROW_ESCAPES:
                        text = pc.replace_substring(text, old, new)
            else:
                return None
            out.append(pc.fill_null(text, "\\N"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return None
    if not out:
        return None
    lines = pc.binary_join_element_wise(*out, pa.scalar("", pa.string()), "\t") if len(out) > 1 else out[0]
    if len(out) > 1:  # the extra empty column left a trailing tab: drop it
        lines = pc.utf8_slice_codeunits(lines, 0, -1)
    lines = pc.binary_join_element_wise(lines, pa.scalar("", pa.string()), "\n")
    arr = lines.combine_chunks() if hasattr(lines, "combine_chunks") else lines
    offsets = memoryview(arr.buffers()[1]).cast("i")
    start, end = offsets[arr.offset], offsets[arr.offset + len(arr)]
    return bytes(memoryview(arr.buffers()[2])[start:end])


def _typed_text(col: Any, ct: ColType) -> Any | None:
    """A typed Arrow column (restore of Parquet) as ``LOAD DATA``'s text of the values the per-value
    path writes -- the loader's parser (:func:`~aishell.services.data.typemap.native_parser`), the
    column's adapter (:meth:`MySQLTypes.adapter <aishell.engines.mysql.types.MySQLTypes.adapter>`),
    then :func:`write_mysql_tsv` -- or None (the per-value path) for another kind, or a value this
    cannot prove the same: a decimal that does not fit the column's scale, a time with more
    decimal places of seconds than the column keeps, a date outside Python's years."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from aishell.engines import arrowtext
    from aishell.engines.mysql.types import TYPES

    t, kind = col.type, ct.kind
    types = pa.types
    if kind in ("smallint", "int", "bigint") and types.is_integer(t):
        return pc.cast(col, pa.string())  # str(int); the server refuses one out of range
    if kind == "bool" and types.is_boolean(t):
        return pc.if_else(col, "1", "0")
    if kind == "float" and types.is_floating(t) and types.is_float64(t):
        # Arrow writes the shortest text that reads back as the same double, as repr does
        # (``1e-07`` / ``1e-7``: the same number); NaN and infinity: the server refuses either
        return pc.cast(col, pa.string())
    if kind == "decimal" and types.is_decimal(t):
        scale = TYPES.enforced_scale(ct)
        if not ct.precision or ct.precision > 38 or scale is None or scale != (ct.scale or 0):
            return None
        # refuses a value with more digits than the column keeps (ArrowInvalid: the per-value path)
        return arrowtext.decimal_text(pc.cast(col, pa.decimal128(ct.precision, scale)))
    if kind in ("timestamp", "timestamptz") and types.is_timestamp(t):
        places = TYPES.seconds_precision(ct)
        if places is not None and not _whole(col, 10 ** (6 - places)):
            return None
        naive = col if t.tz is None else pc.cast(pc.cast(col, pa.int64()), pa.timestamp(t.unit))  # UTC, naive
        return arrowtext.timestamp_text(naive, offset=False)
    if kind == "date" and types.is_date32(t):
        return arrowtext.date_text(col)
    if kind == "text" and (types.is_string(t) or types.is_large_string(t)):
        return _escaped(col)
    return None


def _whole(col: Any, unit: int) -> bool:
    """Every timestamp of ``col`` is a whole number of ``unit`` microseconds."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if col.type.unit != "us":
        return False
    micros = pc.cast(col, pa.int64())
    rest = pc.subtract(micros, pc.multiply(pc.divide(micros, unit), unit))
    return not pc.any(pc.not_equal(rest, 0)).as_py()


def _escaped(col: Any) -> Any:
    """Text for ``LOAD DATA``: backslash, tab, newline, carriage return and NUL escaped."""
    import pyarrow.compute as pc

    text = col
    if not _none_match(col, r"[\\\t\n\r\x00]"):
        for old, new in _ARROW_ESCAPES:
            text = pc.replace_substring(text, old, new)
    return text


def _all_match(col: Any, pattern: str) -> bool:
    """Every non-null value of a string column matches ``pattern``."""
    import pyarrow.compute as pc

    return bool(pc.all(pc.match_substring_regex(col, pattern), skip_nulls=True).as_py() is not False)


def _none_match(col: Any, pattern: str) -> bool:
    """No value of a string column contains a match for ``pattern``."""
    import pyarrow.compute as pc

    return not pc.any(pc.match_substring_regex(col, pattern), skip_nulls=True).as_py()




_ESC = {0: b"\\0", 8: b"\\b", 9: b"\\t", 10: b"\\n", 13: b"\\r", 26: b"\\Z", 92: b"\\\\"}
_ESC_TABLE = {k: v.decode() for k, v in _ESC.items()}


def write_mysql_tsv(fh: IO[bytes], rows: Iterable[Sequence[Any]], binary: Sequence[bool]) -> None:
    """Rows in ``LOAD DATA``'s default text format: tab-separated, backslash escapes, ``\\N`` for NULL."""
    import datetime as dt
    import decimal

    out: list[str] = []
    for row in rows:
        fields = []
        for value, is_bin in zip(row, binary, strict=True):
            if value is None:
                fields.append("\\N")
            elif is_bin:
                fields.append(bytes(value).hex())
            elif isinstance(value, str):
                fields.append(value.translate(_ESC_TABLE))
            elif isinstance(value, bool):
                fields.append("1" if value else "0")
            elif isinstance(value, (int, decimal.Decimal)):
                fields.append(str(value))
            elif isinstance(value, float):
                fields.append(repr(value))
            elif isinstance(value, dt.datetime):
                fields.append(value.isoformat(sep=" "))
            elif isinstance(value, (dt.date, dt.time)):
                fields.append(value.isoformat())
            elif isinstance(value, (bytes, bytearray, memoryview)):
                fields.append(bytes(value).decode("utf-8", "surrogateescape").translate(_ESC_TABLE))
            else:
                fields.append(str(value).translate(_ESC_TABLE))
        out.append("\t".join(fields))
        if len(out) >= 5000:
            fh.write(("\n".join(out) + "\n").encode("utf-8", "surrogateescape"))
            out.clear()
    if out:
        fh.write(("\n".join(out) + "\n").encode("utf-8", "surrogateescape"))
