"""Arrow types that hold every value of a result column exactly (Parquet export and backups).

A column's Arrow type starts from its declared type -- for SQLite, whose declared types are hints
(an *affinity*) and whose columns may hold any value, from the declared type read with SQLite's
affinity rules -- or, when the source reports none, from the first values.  A later batch that does
not fit widens the type, never narrows it, and the rows written before are rewritten in the wider
type:

* an integer column that meets a non-integer becomes ``float64`` when every integer is exact as a
  double, else a decimal wide enough;
* a decimal widens its precision and scale (up to 38 digits).  A SQLite REAL in a decimal column is
  the decimal of its shortest text (``63337.66``), which reads back as the very same double;
* a boolean column (SQLite keeps booleans as 0 and 1) that meets another integer becomes ``int64``;
* SQLite's dates and times are text: they are typed only when the text is exactly what the typed
  value prints as (``2024-06-01``, ``2024-06-01 10:00:00``); any other text turns the column into
  text, which is then exactly what SQLite held.

A value that fits no wider type is an error (:class:`~aishell.services.data.loader.DataError`,
exit code 1) naming the column and the value -- never a truncation.  In a backup of SQLite
(``lossless``) such a column is archived as ``sqlite-json`` instead: a text column holding each
value as JSON (an integer, a real, a text, or ``{"blob": "<hex>"}``), which restore turns back into
exactly the value SQLite held.  A backup of SQLite also keeps SQLite's storage classes: an INTEGER
is never archived as a double, nor a REAL as an integer.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from aishell.engines import dialect_of
from aishell.engines.sqlite.types import encode_value as encode_sqlite
from aishell.services.data.arrowtypes import python_values, to_arrow

if TYPE_CHECKING:
    from aishell.engines.types import ColType, TypeRules

#: schema.json's mark (``"archived_as"``) of a column archived as SQLite's own values in JSON
SQLITE_JSON = "sqlite-json"

_INT64 = 2**63
_EXACT_DOUBLE = 2**53
_MAX_DIGITS = 38


class Misfit(Exception):
    """A value does not fit a column's current Arrow type."""


# --------------------------------------------------------------------------- declared types
def start_type(ct: ColType, dialect: str) -> Any | None:
    """The Arrow type a result column of declared type ``ct`` read from ``dialect`` starts from;
    None: from its values.  An engine whose columns keep any value (SQLite) declares hints: a
    column that holds any type, or SQLite's NUMERIC alone (integers and reals, whatever their
    size), starts from its values, and nothing there is an array or a duration (it is text)."""
    rules = dialect_of(dialect).type_rules
    if not rules.keeps_any_value:
        return to_arrow(ct)
    return _loose_start_type(ct, rules)


def _loose_start_type(ct: ColType, rules: TypeRules) -> Any | None:
    import pyarrow as pa

    if ct.kind == "decimal" and not ct.precision:
        return None  # NUMERIC alone: integers and reals, whatever their size
    if rules.holds_any_type(ct) and ct.kind != "binary":
        return None  # no declared type: any value
    t = to_arrow(ct)
    if pa.types.is_list(t) or pa.types.is_duration(t):
        return None  # no arrays or durations there: what is there is text
    return t


# --------------------------------------------------------------------------- values
def _category(v: Any) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, decimal.Decimal):
        return "decimal"
    if isinstance(v, str):
        return "str"
    if isinstance(v, (bytes, bytearray, memoryview)):
        return "bytes"
    return type(v).__name__


def _digits(v: Any) -> tuple[int, int] | None:
    """(digits before the point, digits after) of a number as a decimal; None: not a finite number."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return len(str(abs(v))), 0
    if isinstance(v, float):
        if not math.isfinite(v):
            return None
        v = decimal.Decimal(repr(v))
    if not isinstance(v, decimal.Decimal) or not v.is_finite():
        return None
    _sign, digits, exponent = v.as_tuple()
    assert isinstance(exponent, int)
    scale = max(-exponent, 0)
    whole = max(len(digits) + exponent, 0)
    return whole, scale


@lru_cache(maxsize=4096)  # a column of dates repeats them
def _sqlite_date(text: str) -> dt.date:
    try:
        d = dt.date.fromisoformat(text)
    except ValueError:
        d = None
    if d is None or d.isoformat() != text:
        raise Misfit(f"{text!r} is not a date as it prints")
    return d


def _sqlite_timestamp(text: str, aware: bool) -> dt.datetime:
    from aishell.services.data.typemap import parse_timestamp

    try:
        ts = parse_timestamp(text)
    except ValueError:
        ts = None
    if (
        ts is None
        or (ts.tzinfo is not None) != aware
        or ts.isoformat(sep=" ") != text
        or (aware and ts.utcoffset() != dt.timedelta(0))
    ):
        raise Misfit(f"{text!r} is not a timestamp as it prints")
    return ts


def _sqlite_time(text: str) -> dt.time:
    try:
        tm = dt.time.fromisoformat(text)
    except ValueError:
        tm = None
    if tm is None or tm.tzinfo is not None or tm.isoformat() != text:
        raise Misfit(f"{text!r} is not a time as it prints")
    return tm


def _sqlite_nan(text: str) -> float:
    if text != "NaN":  # how aishell keeps a NaN in SQLite
        raise Misfit(f"{text!r} is not a number")
    return math.nan


def _text_reader(t: Any) -> Callable[[str], Any]:
    """For a SQLite text in a column of the Arrow type ``t``: the typed value when the text is exactly
    what that value prints as (so it is written back unchanged); else Misfit."""
    import pyarrow as pa

    if pa.types.is_date(t):
        return _sqlite_date
    if pa.types.is_timestamp(t):
        aware = t.tz is not None
        return lambda text: _sqlite_timestamp(text, aware)
    if pa.types.is_time(t):
        return _sqlite_time
    if pa.types.is_floating(t):
        return _sqlite_nan

    def refuse(text: str) -> Any:
        raise Misfit(f"{text!r} is a text")

    return refuse


def sqlite_original(v: Any) -> Any:
    """The SQLite value that a typed value converted by :class:`ColumnFit` came from."""
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, decimal.Decimal):
        if v == v.to_integral_value() and -_INT64 <= v < _INT64:
            return int(v)
        return float(v)
    if isinstance(v, float) and math.isnan(v):
        return "NaN"
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    return v


class ColumnFit:
    """One column: its current Arrow type and how values are converted into it."""

    def __init__(self, name: str, start: Any | None, *, sqlite: bool, lossless: bool,
                 parse: Callable[[str], Any] | None = None, kind: str | None = None) -> None:  # fmt: skip
        self.name = name
        self.type = start  # None: decided by the first values
        self.declared = start is not None
        self.kind = kind  # the declared type's kind (ColType.kind), when there is one
        self.placeholder = False  # a text type chosen while every value was NULL
        self.sqlite = sqlite
        self.lossless = lossless and sqlite
        self.json = False  # archived as sqlite-json
        self.parse = parse  # typed text from another engine (a parser of its declared kind)
        self.max_int = 0  # the largest absolute integer seen in an integer or boolean column

    # ------------------------------------------------------------------ converting
    def convert(self, values: list[Any]) -> Any:
        """``values`` as an Arrow array of the current type (Misfit when one does not fit)."""
        import pyarrow as pa

        if self.json:
            return pa.array([None if v is None else encode_sqlite(v) for v in values], type=pa.string())
        if self.type is None:
            if any(v is not None for v in values):
                raise Misfit("the type is not decided yet")
            return pa.nulls(len(values))
        try:
            arr = self._convert(values, self.type)
        except Misfit:
            raise
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError, TypeError,
                ValueError, ArithmeticError) as exc:  # fmt: skip
            raise Misfit(str(exc)) from None
        if pa.types.is_integer(self.type) and len(arr) - arr.null_count:
            import pyarrow.compute as pc

            lo, hi = pc.min_max(arr).values()
            self.max_int = max(self.max_int, abs(lo.as_py()), abs(hi.as_py()))
        return arr

    def _convert(self, values: list[Any], t: Any) -> Any:
        import pyarrow as pa

        from aishell.output.formats import text_value

        types = pa.types
        sqlite = self.sqlite
        if types.is_string(t) or types.is_large_string(t):
            if sqlite:
                probe = pa.array(values)  # inferred in C: string (or null) when every value is a text
                if not (types.is_string(probe.type) or types.is_null(probe.type)):
                    raise Misfit(f"not a text ({probe.type})")
                return probe.cast(t)
            else:
                values = [v if v is None or isinstance(v, str) else text_value(v) for v in values]
        elif types.is_integer(t):
            if self.parse is not None and not sqlite:
                values = [self.parse(v) if isinstance(v, str) else v for v in values]
            probe = pa.array(values)  # inferred in C: an integer type (or null) when every value is an integer
            if not (types.is_integer(probe.type) or types.is_null(probe.type)):
                raise Misfit(f"not an integer ({probe.type})")
            return probe.cast(t)  # a safe cast: out of range raises
        elif types.is_floating(t):
            if sqlite:
                if self.lossless and any(type(v) is int for v in values):
                    raise Misfit("an INTEGER is not a REAL")
                if any(type(v) is str for v in values):
                    read = _text_reader(t)
                    values = [read(v) if type(v) is str else v for v in values]
            elif self.parse is not None:
                values = [self.parse(v) if isinstance(v, str) else v for v in values]
            if any(isinstance(v, decimal.Decimal) for v in values):
                raise Misfit("a decimal in a floating-point column")
        elif types.is_decimal(t):
            dec, exact, lossless = decimal.Decimal, math.isfinite, self.lossless
            values = [v if v is None or type(v) is int or type(v) is dec
                      else dec(repr(v)) if type(v) is float and exact(v) and not (lossless and v.is_integer())
                      else self._to_decimal(v) for v in values]  # fmt: skip
        elif types.is_boolean(t):
            out = []
            for v in values:
                if isinstance(v, int) and not isinstance(v, bool):
                    if v not in (0, 1):
                        raise Misfit(f"{v} is not a boolean")
                    v = bool(v)
                elif isinstance(v, str) and self.parse is not None and not sqlite:
                    v = self.parse(v)
                elif v is not None and not isinstance(v, bool):
                    raise Misfit(f"{v!r} is not a boolean")
                out.append(v)
            values = out
        elif types.is_binary(t) or types.is_large_binary(t):
            if sqlite and any(v is not None and not isinstance(v, (bytes, bytearray, memoryview)) for v in values):
                raise Misfit("not a blob")
            values = [bytes(v) if isinstance(v, (bytearray, memoryview)) else v for v in values]
        elif types.is_date(t) or types.is_timestamp(t) or types.is_time(t):
            if sqlite:
                if any(v is not None and type(v) is not str for v in values):
                    raise Misfit("not a text")
                read = _text_reader(t)
                values = [None if v is None else read(v) for v in values]
            elif self.parse is not None:  # typed text (another engine's special values)
                values = [self.parse(v) if isinstance(v, str) else v for v in values]
            if types.is_timestamp(t) and t.tz is None:
                values = [v.astimezone(dt.UTC).replace(tzinfo=None)
                          if isinstance(v, dt.datetime) and v.tzinfo is not None else v for v in values]  # fmt: skip
        elif types.is_list(t):
            if sqlite:
                raise Misfit("SQLite has no arrays")
            if self.parse is not None:
                values = [self.parse(v) if isinstance(v, str) else v for v in values]
            if types.is_string(t.value_type):  # numeric[] and the like: exact text
                values = [v if v is None else [e if e is None or isinstance(e, str) else text_value(e) for e in v]
                          for v in values]  # fmt: skip
        return pa.array(values, type=t)

    def _to_decimal(self, v: Any) -> Any:
        if v is None or isinstance(v, decimal.Decimal):
            return v
        if isinstance(v, bool):
            raise Misfit("a boolean is not a number")
        if isinstance(v, int):
            return v
        if isinstance(v, float):
            if not math.isfinite(v):
                raise Misfit(f"{v} is not a decimal")
            if self.lossless and v == int(v) and -_INT64 <= v < _INT64:
                raise Misfit("an integral REAL would come back as an INTEGER")
            return decimal.Decimal(repr(v))  # its shortest text, which reads back as the same double
        if isinstance(v, str) and not self.sqlite:
            try:
                return decimal.Decimal(v)
            except decimal.InvalidOperation:
                raise Misfit(f"{v!r} is not a number") from None
        raise Misfit(f"{v!r} is not a number")

    # ------------------------------------------------------------------ widening
    def widen(self, values: list[Any]) -> Any | None:
        """A wider Arrow type that holds the values so far and ``values``; None when there is none."""
        import pyarrow as pa

        types = pa.types
        sample = [v for v in values if v is not None]
        cats = {_category(v) for v in sample}
        t = self.type
        if self.lossless:
            return self._lossless(sample, cats)
        if t is None or self.placeholder:
            return self._infer(sample, cats)
        numeric = cats <= {"int", "float", "decimal", "bool"}
        if numeric and (types.is_integer(t) or types.is_boolean(t) or types.is_floating(t) or types.is_decimal(t)):
            if types.is_boolean(t) and cats <= {"int", "bool"}:
                return pa.int64()
            return self._numeric(t, sample, cats)
        if (self.sqlite and not self.lossless and cats == {"str"}
                and (types.is_date(t) or types.is_timestamp(t) or types.is_time(t))):  # fmt: skip
            return pa.string()  # the texts SQLite holds, the typed ones written as they were
        return None

    def _lossless(self, sample: list[Any], cats: set[str]) -> Any | None:
        """In a backup of SQLite: a typed column keeps its declared type (what does not fit it makes
        the column sqlite-json), so that restore reads every typed value with the declared type's
        own parser, in any engine; a column declared without a type that tells (NUMERIC alone, no
        type at all) takes the type of its values -- numbers, or text -- when that type is read back
        as the very values by the declared type's parser."""
        import pyarrow as pa

        if self.declared:
            return None
        if self.type is not None and not self.placeholder:
            cats = cats | {_arrow_category(self.type)}
        if self.kind == "decimal" and cats == {"float"}:
            return pa.float64()
        if self.kind == "decimal" and cats <= {"int", "float", "decimal"}:
            return self._numeric(None if self.placeholder else self.type, sample, cats)
        if self.kind in ("text", None) and cats == {"str"}:
            return pa.string()
        return None

    def _infer(self, sample: list[Any], cats: set[str]) -> Any | None:
        import pyarrow as pa

        if not sample:
            return None
        if cats == {"str"}:
            return pa.string()
        if cats == {"bytes"}:
            return pa.binary()
        if cats == {"float"}:
            return pa.float64()
        if cats <= {"int", "float", "decimal"}:
            return self._numeric(None, sample, cats)
        if self.sqlite:
            return None  # mixed storage classes
        if cats == {"bool"}:
            return pa.bool_()
        try:
            t = pa.array(sample).type
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError, TypeError):
            return pa.string()  # as text (JSON, UUIDs, intervals ...)
        return pa.string() if pa.types.is_null(t) else t

    def _numeric(self, t: Any | None, sample: list[Any], cats: set[str]) -> Any | None:
        import pyarrow as pa

        types = pa.types
        prior_int = t is not None and (types.is_integer(t) or types.is_boolean(t))
        prior_float = t is not None and types.is_floating(t)
        prior_dec = t is not None and types.is_decimal(t)
        ints = [v for v in sample if isinstance(v, int)]
        biggest = max([self.max_int if prior_int else 0, *(abs(v) for v in ints)])
        if cats <= {"int", "bool"} and not (prior_float or prior_dec):
            if biggest < _INT64:
                return pa.int64()
            return self._decimal(t, sample, biggest)
        has_float = prior_float or "float" in cats
        if has_float and not ("decimal" in cats or prior_dec):
            if self.lossless:  # a REAL and an INTEGER in one column: a decimal tells them apart (or JSON)
                return None if prior_float else self._decimal(t, sample, biggest)
            if biggest <= _EXACT_DOUBLE:
                return pa.float64()
            return None if prior_float else self._decimal(t, sample, biggest)
        if prior_float:
            return None  # a decimal after doubles: their digits are gone
        return self._decimal(t, sample, biggest)

    def _decimal(self, t: Any | None, sample: list[Any], biggest: int) -> Any | None:
        import pyarrow as pa

        whole, scale = len(str(biggest)) if biggest else 1, 0
        if t is not None and pa.types.is_decimal(t):
            whole, scale = max(whole, t.precision - t.scale), max(scale, t.scale)
        for v in sample:
            if isinstance(v, bool):
                continue
            if self.lossless and isinstance(v, float) and v == int(v) and -_INT64 <= v < _INT64:
                return None  # would come back as an INTEGER
            found = _digits(v)
            if found is None:
                return None  # infinity, NaN
            whole, scale = max(whole, found[0]), max(scale, found[1])
        if whole + scale > _MAX_DIGITS:
            return None
        return pa.decimal128(max(whole + scale, 1), scale)

    # ------------------------------------------------------------------ rewriting
    def recast(self, arr: Any) -> Any:
        """An array of an earlier type of this column in the current type."""
        import pyarrow as pa

        if pa.types.is_null(arr.type) or arr.null_count == len(arr):
            if self.json:
                return pa.nulls(len(arr), type=pa.string())
            return pa.nulls(len(arr), type=self.type)
        values = python_values(arr)
        if self.sqlite:
            values = [sqlite_original(v) for v in values]
        elif pa.types.is_boolean(arr.type):
            values = [None if v is None else int(v) for v in values]
        return self.convert(values)

    @property
    def arrow_type(self) -> Any:
        import pyarrow as pa

        if self.json:
            return pa.string()
        return self.type if self.type is not None else pa.null()


def _arrow_category(t: Any) -> str:
    import pyarrow as pa

    if pa.types.is_integer(t):
        return "int"
    if pa.types.is_floating(t):
        return "float"
    if pa.types.is_decimal(t):
        return "decimal"
    if pa.types.is_string(t):
        return "str"
    return str(t)


def first_misfit(fit: ColumnFit, values: list[Any]) -> Any:
    """The first value of ``values`` that does not fit ``fit``'s type (for the error message)."""
    for v in values:
        if v is None:
            continue
        try:
            fit.convert([v])
        except Misfit:
            return v
    return next((v for v in values if v is not None), None)
