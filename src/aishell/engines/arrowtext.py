"""Arrow columns as the text Python gives for their values, computed a column at a time.

The engines' bulk paths (``engines/<e>/bulk.py``) bind or write whole Arrow columns instead of
one Python value at a time.  What they send must be exactly what the per-value path sends, which
formats Python values: ``isoformat`` for dates and times, ``str`` / ``format(d, "f")`` for
decimals.  Each function here gives that text for a whole column with Arrow compute, or None when
a value is outside what it can prove equal (a date beyond Python's years 1-9999, a time unit other
than microseconds, a time zone other than UTC): the caller then takes the per-value path.

pyarrow is imported only when called.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

_EPOCH = dt.datetime(1970, 1, 1)
#: Python's datetimes, in microseconds from the epoch (years 1 to 9999)
US_MIN = (dt.datetime.min - _EPOCH) // dt.timedelta(microseconds=1)
US_MAX = (dt.datetime.max - _EPOCH) // dt.timedelta(microseconds=1)
#: Python's dates, in days from the epoch
DAY_MIN = (dt.date.min - _EPOCH.date()).days
DAY_MAX = (dt.date.max - _EPOCH.date()).days

#: a timestamp text (ISO 8601, seconds present, at most microseconds) that Arrow and Python read alike
TIMESTAMP_TEXT = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?"
#: an offset that is UTC, as Python's ``fromisoformat`` reads it (``+00``, ``+0000``, ``-00:00``, ``Z``)
UTC_OFFSET = r"(?:Z|[+-]00(?::?00)?)$"


def _within(values: Any, low: int, high: int) -> bool:
    import pyarrow.compute as pc

    if len(values) == values.null_count:
        return True
    lo, hi = pc.min_max(values).values()
    return bool(lo.as_py() >= low and hi.as_py() <= high)


def timestamp_text(col: Any, *, offset: bool) -> Any | None:
    """``v.isoformat(sep=" ")`` of every value of a ``timestamp[us]`` column (naive, or in UTC):
    ``2020-01-01 10:00:00`` or ``2020-01-01 10:00:00.123400``, followed with ``offset`` by
    ``+00:00`` (an aware value's).  None: another unit or time zone, or a value outside Python's
    years."""
    import pyarrow as pa
    import pyarrow.compute as pc

    t = col.type
    if not pa.types.is_timestamp(t) or t.unit != "us" or t.tz not in (None, "UTC", "+00:00"):
        return None
    if offset and t.tz is None:
        return None
    micros = pc.cast(col, pa.int64())
    if not _within(micros, US_MIN, US_MAX):
        return None
    text = pc.cast(pc.cast(micros, pa.timestamp("us")), pa.string())  # 2020-01-01 10:00:00.000000
    text = pc.replace_substring(text, ".000000", "", max_replacements=1)
    if offset:
        text = pc.binary_join_element_wise(text, pa.scalar("+00:00"), "")
    return text


def date_text(col: Any) -> Any | None:
    """``v.isoformat()`` of every value of a ``date32`` column; None: a value outside Python's years."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not pa.types.is_date32(col.type):
        return None
    if not _within(pc.cast(col, pa.int32()), DAY_MIN, DAY_MAX):
        return None
    return pc.cast(col, pa.string())


def time_text(col: Any) -> Any | None:
    """``v.isoformat()`` of every value of a ``time64[us]`` column (``10:00:00``, ``10:00:00.000005``)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not (pa.types.is_time64(col.type) and col.type.unit == "us"):
        return None
    text = pc.cast(col, pa.string())
    return pc.replace_substring(text, ".000000", "", max_replacements=1)


def decimal_text(col: Any) -> Any | None:
    """``format(v, "f")`` of every value of a ``decimal128`` column of a scale of 0 or more (every
    digit of the scale written: ``1.50``, ``0.00``, ``-3``).  Arrow writes a value below 10**-6 of
    a scale over 6 as ``str`` does (``1E-10``, ``0E-10``): those few are written by Python."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not pa.types.is_decimal(col.type) or col.type.scale < 0:
        return None
    text = pc.cast(col, pa.string())
    if col.type.scale > 6:
        exponent = pc.match_substring(text, "E")
        if pc.any(exponent).as_py():
            values = text.to_pylist()
            where = pc.indices_nonzero(pc.fill_null(exponent, False))
            for i, number in zip(where.to_pylist(), col.take(where).to_pylist(), strict=True):
                values[i] = format(number, "f")
            text = pa.array(values, type=pa.string())
    return text


def utc_timestamps(col: Any) -> Any | None:
    """A text column of timestamps with UTC offsets (``2020-01-01 10:00:00+00``) read as Python's
    ``fromisoformat`` reads them, as a ``timestamp[us, UTC]`` column; None when a value has another
    form (another offset, no seconds, more than 6 decimal places, ``infinity`` ...)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
        return None
    if pc.all(pc.match_substring_regex(col, TIMESTAMP_TEXT + UTC_OFFSET), skip_nulls=True).as_py() is False:
        return None
    if pc.all(pc.ends_with(col, "+00"), skip_nulls=True).as_py() is not False:
        bare = pc.utf8_slice_codeunits(col, 0, -3)  # psql's form: no regular expression needed
    else:
        bare = pc.replace_substring_regex(col, UTC_OFFSET, "")
    try:
        stamps = pc.cast(bare, pa.timestamp("us"))
    except (pa.ArrowInvalid, OverflowError):
        return None
    if not _within(pc.cast(stamps, pa.int64()), US_MIN, US_MAX):
        return None
    return pc.cast(stamps, pa.timestamp("us", tz="UTC"))


def plain_integers(col: Any, limit: int) -> Any | None:
    """A text column of plain integers (``-12``, ``007``: what Python's ``int`` reads alike) as an
    ``int64`` column, when every value is one and within ``[-limit, limit)``; else None."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
        return None
    if pc.all(pc.match_substring_regex(col, r"^-?[0-9]+$"), skip_nulls=True).as_py() is False:
        return None
    try:
        ints = pc.cast(col, pa.int64())
    except (pa.ArrowInvalid, OverflowError):
        return None
    if not _within(ints, -limit, limit - 1):
        return None
    return ints
