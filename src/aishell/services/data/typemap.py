"""Column types across dialects, and value conversion.

A column's type is held in a dialect-neutral :class:`ColType` (a kind plus precision, scale,
length, array element; :mod:`aishell.engines.types`).  Each engine's own rules (its
:class:`~aishell.engines.types.TypeRules`, ``dialect_of(x).type_rules``) read its type text into
one and render one as its type, a sqlglot ``DataType`` expression, so DDL is built from
expressions and never pasted together.  When the target is the engine the type came from, the
original type text is kept (an exact same-engine restore).  The functions here that take a
``dialect`` ask that engine's rules; none knows an engine itself.

Values: :func:`text_parser` turns text (CSV fields) into Python values of a kind, raising
:class:`ValueError` with a reason; :func:`value_parser` does the same for JSON values;
:func:`value_maker` picks the parser for a loader's kind of values; :func:`adapter` turns Python
values into what a target driver binds without loss.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import decimal
import json
import math
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from aishell.engines import dialect_of
from aishell.engines.types import KINDS as KINDS  # the neutral model, re-exported where it always was
from aishell.engines.types import ColType as ColType
from aishell.engines.types import TypeRules, exp, sqlglot_error
from aishell.engines.types import from_datatype as from_datatype


@cache  # asked once per column: the engine's module is found once
def rules(dialect: str | None) -> TypeRules:
    """The type rules of the engine ``dialect`` names (the generic ones for an unknown name)."""
    return dialect_of(dialect).type_rules


def from_sql(type_text: str, dialect: str) -> ColType:
    """A column type as an engine spells it (``numeric(12,2)``, ``tinyint(1)``, ``INTEGER``)."""
    return rules(dialect).read(type_text)


# --------------------------------------------------------------------------- to a dialect
def to_datatype(ct: ColType, dialect: str, *, key: bool = False) -> exp.DataType:
    """The column type for ``dialect`` as a sqlglot expression.  ``key``: the column is in a key/index."""
    return rules(dialect).datatype(ct, key=key)


def sql_type(ct: ColType, dialect: str, *, key: bool = False) -> str:
    return rules(dialect).sql_type(ct, key=key)


# --------------------------------------------------------------------------- DDL
def table_expr(name: str, dialect: str) -> exp.Table:
    try:
        return exp.to_table(name, dialect=dialect)
    except sqlglot_error():
        raise ValueError(f"bad table name {name!r}") from None


def ident(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def create_table_sql(
    name: str,
    columns: Sequence[tuple[str, ColType, bool]],
    dialect: str,
    *,
    primary_key: Sequence[str] = (),
    key_columns: Sequence[str] = (),
    constraints: Mapping[str, Sequence[exp.Expression]] | None = None,
    type_overrides: Mapping[str, exp.DataType] | None = None,
    extra: Sequence[exp.Expression] = (),
) -> str:
    """``CREATE TABLE`` for ``(name, type, nullable)`` columns, built as a sqlglot expression.

    ``constraints``: more column constraint kinds by column name (DEFAULT, AUTO_INCREMENT...);
    ``type_overrides``: a column's type (SERIAL); ``extra``: table constraints (foreign keys)."""
    keys = {k.lower() for k in (*primary_key, *key_columns)}
    target = rules(dialect)
    defs: list[exp.Expression] = []
    for cname, ct, nullable in columns:
        # DEFAULT (and identity) before NOT NULL, as the SQL standard orders them (Oracle accepts
        # no other order); a CHECK after it
        kinds: list[exp.Expression] = list((constraints or {}).get(cname, ()))
        if not nullable:
            at = next((i for i, k in enumerate(kinds) if isinstance(k, exp.CheckColumnConstraint)), len(kinds))
            kinds.insert(at, exp.NotNullColumnConstraint())
        kind: exp.DataType | None = (type_overrides or {}).get(cname) or target.datatype(ct, key=cname.lower() in keys)
        if target.declared_untyped(ct) and cname not in (type_overrides or {}):
            kind = None  # a SQLite column declared without a type: still none (TEXT would turn 5 into '5')
        defs.append(
            exp.ColumnDef(this=ident(cname), kind=kind, constraints=[exp.ColumnConstraint(kind=k) for k in kinds])
        )
    if primary_key:
        defs.append(exp.PrimaryKey(expressions=[ident(c) for c in primary_key]))
    defs += list(extra)
    parts = name.split(".")
    table = exp.Table(this=ident(parts[-1]), db=ident(parts[-2]) if len(parts) > 1 else None)
    return exp.Create(this=exp.Schema(this=table, expressions=defs), kind="TABLE").sql(dialect=dialect)


def create_index_sql(index: str, table: str, columns: Sequence[str], dialect: str, *, unique: bool) -> str:
    parts = table.split(".")
    tbl = exp.Table(this=ident(parts[-1]), db=ident(parts[-2]) if len(parts) > 1 else None)
    node = exp.Create(
        this=exp.Index(
            this=ident(index),
            table=tbl,
            params=exp.IndexParameters(columns=[exp.column(ident(c)) for c in columns]),
        ),
        kind="INDEX",
        unique=unique,
    )
    return node.sql(dialect=dialect)


def add_primary_key_sql(table: str, columns: Sequence[str], dialect: str) -> str:
    parts = table.split(".")
    tbl = exp.Table(this=ident(parts[-1]), db=ident(parts[-2]) if len(parts) > 1 else None)
    pk = exp.PrimaryKey(expressions=[ident(c) for c in columns])
    return exp.Alter(this=tbl, kind="TABLE", actions=[exp.AddConstraint(expressions=[pk])]).sql(dialect=dialect)


def add_foreign_key_sql(
    table: str, name: str | None, columns: Sequence[str], ref_table: str, ref_columns: Sequence[str], dialect: str
) -> str:
    parts = table.split(".")
    tbl = exp.Table(this=ident(parts[-1]), db=ident(parts[-2]) if len(parts) > 1 else None)
    ref_schema = exp.Schema(this=exp.Table(this=ident(ref_table)), expressions=[ident(c) for c in ref_columns])
    ref = exp.Reference(this=ref_schema)
    fk = exp.ForeignKey(expressions=[ident(c) for c in columns], reference=ref)
    constraint: exp.Expression = exp.Constraint(this=ident(name), expressions=[fk]) if name else fk
    return exp.Alter(this=tbl, kind="TABLE", actions=[exp.AddConstraint(expressions=[constraint])]).sql(dialect=dialect)


# --------------------------------------------------------------------------- text to values
_TRUE = frozenset({"t", "true", "1", "yes", "y", "on"})
_FALSE = frozenset({"f", "false", "0", "no", "n", "off"})
_INT = re.compile(r"^[+-]?\d+$")
_DEC = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")
_FLOAT = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|nan)$", re.I)
_LEADING_ZERO = re.compile(r"^[+-]?0[0-9]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TS = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_TSTZ = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$")
_HEX = re.compile(r"^\\x([0-9a-fA-F]{2})*$")
_INT_RANGE = {"smallint": 2**15, "int": 2**31, "bigint": 2**63}


def _fix_offset(text: str) -> str:
    # Python 3.11 reads "+05" and "+0530"; PostgreSQL can also write "+05:30:00" -- keep as is
    return text[:-1] + "+00:00" if text.endswith("Z") else text


def parse_timestamp(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(_fix_offset(text.strip()))
    return value


def _parse_bool(text: str) -> bool:
    low = text.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError(f"not a boolean: {text!r}")


def _int_parser(kind: str) -> Callable[[str], int]:
    limit = _INT_RANGE[kind]

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ValueError(f"not an integer: {text!r}") from None
        if not -limit <= value < limit:
            raise ValueError(f"out of range for {kind}: {text}")
        return value

    return parse


def _decimal_parser(ct: ColType) -> Callable[[str], decimal.Decimal]:
    def parse(text: str) -> decimal.Decimal:
        try:
            value = decimal.Decimal(text.strip())
        except decimal.InvalidOperation:
            raise ValueError(f"not a number: {text!r}") from None
        if ct.precision and value.is_finite():
            _sign, digits, exponent = value.as_tuple()
            scale = ct.scale or 0
            whole = len(digits) + int(exponent) if isinstance(exponent, int) else 0
            if whole > ct.precision - scale:
                raise ValueError(f"{text} does not fit numeric({ct.precision},{scale})")
        return value

    return parse


def _float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"not a number: {text!r}") from None
    if math.isinf(value) and "inf" not in text.lower():  # 1e400: too large, not infinity
        raise ValueError(f"out of range for a double: {text.strip()[:40]}")
    return value


def _to_float(value: Any) -> float:
    """A JSON or Python number as a double; one too large for it is an error, not infinity."""
    result = float(value)
    infinite = value.is_infinite() if isinstance(value, decimal.Decimal) else isinstance(value, float)
    if math.isinf(result) and not infinite:
        raise ValueError(f"out of range for a double: {str(value)[:40]}")
    return result


class Rounding:
    """``--round``: counts the values rounded to their column's scale (without it they are errors)."""

    def __init__(self) -> None:
        self.count = 0


def enforced_scale(ct: ColType, dialect: str) -> int | None:
    """The scale a ``decimal`` column of ``ct`` rounds its values to on ``dialect``; None when the
    column keeps every digit (PostgreSQL's ``numeric`` without a precision, SQLite, which does not
    enforce a declared scale, DuckDB's wide decimals kept as text)."""
    return rules(dialect).enforced_scale(ct)


def _declared(ct: ColType) -> str:
    if ct.native:
        return ct.native
    return f"decimal({ct.precision},{ct.scale or 0})" if ct.precision else f"decimal(scale {ct.scale or 0})"


def decimal_fitter(ct: ColType, dialect: str, rounding: Rounding | None = None) -> Callable[[Any], Any] | None:
    """For a ``decimal`` column: a check that a parsed number keeps every digit in the column.

    A number with more decimal places than the column's scale would be rounded by the engine:
    it is an error (ValueError, with the reason), or with ``rounding`` rounded here (half away
    from zero, as the engines do) and counted.  On SQLite a ``NUMERIC`` column stores a number
    as a double when it is not an integer: one that a double cannot hold exactly is the same
    error; an integer is bound as one (exact).  None when there is nothing to check."""
    target = rules(dialect)
    scale = target.enforced_scale(ct)
    sqlite_numeric = target.stores_decimal_as_double(ct)
    if scale is None and not sqlite_numeric:
        return None
    whole_max = (ct.precision - (ct.scale or 0)) if ct.precision and scale is not None else None

    def fit(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, (decimal.Decimal, float, int)):
            return value
        number = decimal.Decimal(repr(value)) if isinstance(value, float) else decimal.Decimal(value)
        if not number.is_finite():
            return value
        _sign, digits, exponent = number.as_tuple()
        assert isinstance(exponent, int)
        if scale is not None and exponent < -scale and any(digits[scale + exponent :]):
            if rounding is None:
                raise ValueError(f"{_short(number)} has more decimal places than {_declared(ct)} keeps ({scale}): "
                                 "it would be rounded (--round rounds it)")  # fmt: skip
            context = decimal.Context(prec=len(digits) + scale + 2, rounding=decimal.ROUND_HALF_UP)
            number = number.quantize(decimal.Decimal(1).scaleb(-scale), context=context)
            if whole_max is not None and number.adjusted() + 1 > whole_max and number:
                raise ValueError(f"{_short(number)} (rounded) does not fit {_declared(ct)}")
            rounding.count += 1
            value = number
        if sqlite_numeric:
            if number == number.to_integral_value() and -(2**63) <= number < 2**63:
                return int(number)  # bound as an integer: exact
            if decimal.Decimal(repr(float(number))) != number:
                if rounding is None:
                    raise ValueError(f"{_short(number)} has more digits than SQLite's NUMERIC column keeps "
                                     "(it stores a double): it would be rounded (--round rounds it)")  # fmt: skip
                rounding.count += 1
                return float(number)
        return value

    return fit


def with_decimal_check(parse: Callable[[Any], Any], ct: ColType, dialect: str,
                       rounding: Rounding | None = None) -> Callable[[Any], Any]:  # fmt: skip
    """``parse`` followed by :func:`decimal_fitter`'s check.  A text whose decimal places are
    visibly few enough (no exponent, at most ``scale`` digits after the point) skips the check on
    the parsed number, which costs about as much as parsing it."""
    fit = decimal_fitter(ct, dialect, rounding)
    if fit is None:
        return parse
    scale = enforced_scale(ct, dialect)
    if scale is None:  # SQLite's NUMERIC: every value checked
        return lambda value: fit(parse(value))

    def checked(value: Any) -> Any:
        parsed = parse(value)
        if type(value) is str and "e" not in value and "E" not in value:
            dot = value.find(".")
            if dot < 0 or len(value.rstrip()) - dot - 1 <= scale:
                return parsed
        return fit(parsed)

    return checked


def _short(number: decimal.Decimal) -> str:
    text = format(number, "f") if abs(number.adjusted()) < 60 else str(number)
    return text if len(text) <= 60 else text[:57] + "..."


def seconds_precision(ct: ColType, dialect: str) -> int | None:
    """The decimal places of seconds a time or timestamp column of ``ct`` keeps on ``dialect``, when
    fewer than the microseconds Python's values carry (None: it keeps them all).  MySQL's
    ``DATETIME`` and ``TIME`` keep none unless declared with a precision; PostgreSQL's
    ``timestamp(p)``; DuckDB's ``TIMESTAMP_S`` and ``TIMESTAMP_MS``.  A column created by import
    (no native type) keeps microseconds."""
    return rules(dialect).seconds_precision(ct)


def submicro_rounder(parse: Callable[[Any], Any], rounding: Rounding) -> Callable[[Any], Any]:
    """``parse`` for time texts with more than 6 decimal places of seconds, which it refuses: with
    ``--round`` they are rounded to the microsecond (half up) and counted."""

    def parse_rounded(value: Any) -> Any:
        m = _SUBMICRO.search(value) if isinstance(value, str) else None
        if m is None or not m.group(1).strip("0"):
            return parse(value)
        parsed = parse(value[: m.start(1)] + value[m.end(1) :])
        rounding.count += 1
        if m.group(1)[0] < "5":
            return parsed
        if isinstance(parsed, dt.time):
            moved = dt.datetime.combine(dt.date(2000, 1, 1), parsed) + dt.timedelta(microseconds=1)
            if moved.date() != dt.date(2000, 1, 1):
                raise ValueError(f"{value.strip()[:40]} (rounded) is past midnight")
            return moved.time().replace(tzinfo=parsed.tzinfo)
        return parsed + dt.timedelta(microseconds=1) if isinstance(parsed, (dt.datetime, dt.timedelta)) else parsed

    return parse_rounded


def seconds_fitter(ct: ColType, dialect: str, rounding: Rounding | None = None) -> Callable[[Any], Any] | None:
    """For a time or timestamp column that keeps fewer than 6 decimal places of seconds: a value
    with more would be cut (MySQL) or rounded (PostgreSQL, DuckDB) by the engine -- an error, or
    with ``rounding`` rounded here (half up) and counted.  None when there is nothing to check."""
    places = seconds_precision(ct, dialect)
    if places is None:
        return None
    unit = 10 ** (6 - places)
    declared = ct.native or ct.kind

    def fit(value: Any) -> Any:
        if isinstance(value, dt.timedelta):
            extra = value.microseconds % unit
        elif isinstance(value, (dt.datetime, dt.time)):
            extra = value.microsecond % unit
        else:
            return value
        if not extra:
            return value
        if rounding is None:
            raise ValueError(f"{value} has more decimal places of seconds than {declared} keeps ({places}): "
                             "it would be changed (--round rounds it)")  # fmt: skip
        step = dt.timedelta(microseconds=(unit - extra) if 2 * extra >= unit else -extra)
        rounding.count += 1
        if isinstance(value, dt.time):
            moved = dt.datetime.combine(dt.date(2000, 1, 1), value) + step
            if moved.date() != dt.date(2000, 1, 1):
                raise ValueError(f"{value} (rounded) is past midnight")
            return moved.time().replace(tzinfo=value.tzinfo)
        return value + step

    return fit


_INFINITIES = frozenset({"infinity", "-infinity"})  # PostgreSQL's (and DuckDB's) endless dates


def _date(text: str) -> dt.date | str:
    if text.strip().lower() in _INFINITIES:
        return text.strip().lower()  # passed on as text: the engines that have it parse it
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {text!r}") from None


_DURATION = re.compile(r"^(-)?(\d+):([0-5]\d):([0-5]\d)(?:\.(\d{1,6}))?$")


def _time(text: str) -> dt.time | dt.timedelta:
    """A time of day; or, past 24 hours or negative, a duration (MySQL's TIME runs from
    -838:59:59 to 838:59:59) -- an engine whose time cannot hold it refuses it."""
    t = text.strip()
    _whole_microseconds(t)
    try:
        return dt.time.fromisoformat(t)
    except ValueError:
        pass
    m = _DURATION.match(t)
    if m is None:
        raise ValueError(f"not a time: {text!r}")
    sign, hours, minutes, seconds, fraction = m.groups()
    span = dt.timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds),
                        microseconds=int((fraction or "0").ljust(6, "0")))  # fmt: skip
    return -span if sign else span


def _timestamp(text: str) -> dt.datetime | str:
    if text.strip().lower() in _INFINITIES:
        return text.strip().lower()
    _whole_microseconds(text)
    try:
        return parse_timestamp(text)
    except ValueError:
        raise ValueError(f"not a timestamp: {text!r}") from None


_SUBMICRO = re.compile(r"[0-9]:[0-9]{2}\.[0-9]{6}([0-9]+)")


def _whole_microseconds(text: str) -> None:
    """A time with a nonzero digit past the microseconds would be cut (Python) or rounded (the
    engines): an error, never a silent change."""
    m = _SUBMICRO.search(text)
    if m and m.group(1).strip("0"):
        raise ValueError(f"{text.strip()[:40]} has more than 6 decimal places of seconds: it would be rounded")


def _timestamptz(text: str) -> dt.datetime | str:
    value = _timestamp(text)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {text!r}")
    return value


def _binary(text: str) -> bytes:
    t = text.strip()
    try:
        if _HEX.match(t):
            return bytes.fromhex(t[2:])
        if "\\x" in t:  # DuckDB's form: printable bytes as they are, others as \xHH
            return _unescape_blob(t)
        return base64.b64decode(t, validate=True)
    except (ValueError, binascii.Error):
        raise ValueError(f"not binary data (\\x hex or base64): {text[:40]!r}") from None


_BLOB_ESC = re.compile(r"\\x([0-9a-fA-F]{2})")


def _unescape_blob(text: str) -> bytes:
    out = bytearray()
    pos = 0
    for m in _BLOB_ESC.finditer(text):
        out += text[pos : m.start()].encode("latin-1")
        out.append(int(m.group(1), 16))
        pos = m.end()
    out += text[pos:].encode("latin-1")
    return bytes(out)


def _json(text: str) -> str:
    try:
        json.loads(text)
    except ValueError as exc:
        raise ValueError(f"not valid JSON: {exc}") from None
    return text


def _uuid(text: str) -> str:
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise ValueError(f"not a UUID: {text!r}") from None


def pg_array_items(text: str) -> list[Any]:
    """A PostgreSQL array literal (how every CSV export writes arrays: ``{1,2,NULL}``,
    ``{"a b","",x}``, ``{{1,2},{3,4}}``, ``[0:1]={1,2}``) as nested lists of element texts, None
    for NULL (raises ValueError)."""
    t = text.strip()
    if t.startswith("["):  # explicit bounds: [1:2]={...}
        t = t[t.find("=") + 1 :].strip()
    if not t.startswith("{"):
        raise ValueError(f"not an array: {text[:40]!r}")
    n = len(t)

    def skip(i: int) -> int:
        while i < n and t[i].isspace():
            i += 1
        return i

    def parse_list(i: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        i = skip(i + 1)
        if i < n and t[i] == "}":
            return items, i + 1
        while i < n:
            item: Any
            if t[i] == "{":
                item, i = parse_list(i)
            elif t[i] == '"':
                chars, i = [], i + 1
                while i < n and t[i] != '"':
                    if t[i] == "\\":
                        i += 1
                    chars.append(t[i] if i < n else "")
                    i += 1
                item, i = "".join(chars), i + 1
            else:
                chars, quoted_to = [], 0
                while i < n and t[i] not in ",}":
                    if t[i] == "\\" and i + 1 < n:
                        i += 1
                        quoted_to = len(chars) + 1
                    chars.append(t[i])
                    i += 1
                word = "".join(chars)
                word = word[:quoted_to] + word[quoted_to:].rstrip()  # trailing blanks are not data
                item = None if quoted_to == 0 and word.upper() == "NULL" else word
            items.append(item)
            i = skip(i)
            if i < n and t[i] == ",":
                i = skip(i + 1)
                continue
            if i < n and t[i] == "}":
                return items, i + 1
            break
        raise ValueError(f"not an array: {text[:40]!r}")

    items, end = parse_list(0)
    if skip(end) != n:
        raise ValueError(f"not an array: {text[:40]!r}")
    return items


def _array(ct: ColType) -> Callable[[str], Any]:
    element = value_parser(ct.element or ColType("text"))

    def convert(items: list[Any]) -> list[Any]:
        return [None if i is None else convert(i) if isinstance(i, list) else element(i) for i in items]

    def parse(text: str) -> Any:
        t = text.strip()
        if t.startswith(("{", "[")) and (t.startswith("{") or "]={" in t):
            return convert(pg_array_items(t))  # PostgreSQL's array literal, the CSV dialect's
        try:
            items = json.loads(t, parse_float=decimal.Decimal)  # every digit of a numeric[] element
        except ValueError:
            raise ValueError(f"not an array: {text[:40]!r}") from None
        if not isinstance(items, list):
            raise ValueError(f"not an array: {text[:40]!r}")
        return [None if i is None else element(i) for i in items]

    return parse


def text_parser(ct: ColType) -> Callable[[str], Any]:
    """A function from text to a Python value of ``ct``'s kind (raises ValueError with a reason)."""
    kind = ct.kind
    if kind in _INT_RANGE:
        return _int_parser(kind)
    if kind == "decimal":
        return _decimal_parser(ct)
    simple: dict[str, Callable[[str], Any]] = {
        "bool": _parse_bool, "float": _float, "date": _date, "time": _time, "timestamp": _timestamp,
        "timestamptz": _timestamptz, "binary": _binary, "json": _json, "uuid": _uuid,
    }  # fmt: skip
    if kind in simple:
        return simple[kind]
    if kind == "array":
        return _array(ct)
    if ct.length:
        limit = ct.length

        def bounded(text: str) -> str:
            if len(text) > limit:
                raise ValueError(f"longer than {limit} characters")
            return text

        return bounded
    return str


def value_parser(ct: ColType) -> Callable[[Any], Any]:
    """Like :func:`text_parser` for JSON values: text goes through the text parser, and each
    element of an array through its element type's parser (a bytea[] element is base64 text)."""
    from_text = text_parser(ct)
    kind = ct.kind
    element = value_parser(ct.element or ColType("text")) if kind == "array" else None

    def parse(value: Any) -> Any:
        if isinstance(value, str):
            if kind == "text":
                return from_text(value)
            return from_text(value)  # JSON columns: the text is the document
        if kind == "json":
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, bool):
            if kind == "bool":
                return value
            if kind == "text":
                return "true" if value else "false"
            raise ValueError(f"a boolean where {kind} was expected")
        if isinstance(value, int):
            if kind in _INT_RANGE:
                return from_text(str(value))
            if kind == "decimal":
                return from_text(str(value))  # the precision is checked
            if kind == "float":
                return _to_float(value)
            if kind == "text":
                return str(value)
            if kind == "bool" and value in (0, 1):
                return bool(value)
            raise ValueError(f"a number where {kind} was expected")
        if isinstance(value, (float, decimal.Decimal)):
            if kind == "decimal":
                return from_text(str(value))  # the precision is checked
            if kind == "float":
                return _to_float(value)
            if kind in _INT_RANGE and value == int(value):
                return from_text(str(int(value)))
            if kind == "text":
                return str(value)
            raise ValueError(f"a number where {kind} was expected")
        if isinstance(value, list):
            if element is not None:
                return [None if item is None else element(item) for item in value]
            if kind == "text":
                return json.dumps(value, ensure_ascii=False)
            raise ValueError(f"a list where {kind} was expected")
        if isinstance(value, dict):
            if kind == "text":
                return json.dumps(value, ensure_ascii=False)
            raise ValueError(f"an object where {kind} was expected")
        return value

    return parse


def native_parser(ct: ColType) -> Callable[[Any], Any]:
    """For typed sources (Parquet, another engine): text goes through the text parser, the rest is kept."""
    from_text = text_parser(ct)
    kind = ct.kind

    def parse(value: Any) -> Any:
        if isinstance(value, str) and kind not in ("text", "json"):
            return from_text(value)
        if kind == "time" and isinstance(value, dt.timedelta) and dt.timedelta(0) <= value < dt.timedelta(days=1):
            return (dt.datetime.min + value).time()  # a MySQL TIME within a day: a time of day anywhere
        if kind == "json" and not isinstance(value, str):
            return json.dumps(value, ensure_ascii=False, default=str)
        if kind == "text" and not isinstance(value, str):
            if isinstance(value, (dict, list)):
                return json.dumps(value, ensure_ascii=False, default=str)
            return str(value)
        if kind in _INT_RANGE and isinstance(value, (float, decimal.Decimal)):
            if value != int(value):  # the engine would round it (int() of NaN or infinity raises)
                raise ValueError(f"{value} is not an integer: it would be rounded")
            return from_text(str(int(value)))
        if kind == "decimal" and isinstance(value, (float, decimal.Decimal, int)) and not isinstance(value, bool):
            text = repr(value) if isinstance(value, float) else str(value)
            return from_text(text) if text.lower() not in ("nan", "inf", "-inf") else value  # precision checked
        return value

    return parse


#: the loader's kinds of values that every engine reads the same way
_VALUE_MAKERS: dict[str, Callable[[ColType], Callable[[Any], Any]]] = {
    "text": text_parser, "json": value_parser, "native": native_parser,
}  # fmt: skip
#: the suffix of a value kind of an engine's own values archived as JSON (``sqlite-json``)
ARCHIVED = "-json"


def value_maker(value_kind: str, ct: ColType, dialect: str) -> Callable[[Any], Any]:
    """The parser of one column's values for a loader into ``dialect``.  ``value_kind``: ``text``
    (CSV fields), ``json`` (JSON values), ``native`` (typed values), or an engine's own kind of
    values (its rules' ``value_kind``: ``sqlite``, SQLite's loose values), optionally archived as
    JSON (``sqlite-json``): into an engine that keeps any value they go as they are, into another
    through :func:`native_parser`."""
    common = _VALUE_MAKERS.get(value_kind)
    if common is not None:
        return common(ct)
    engine, archived = (value_kind[: -len(ARCHIVED)], True) if value_kind.endswith(ARCHIVED) else (value_kind, False)
    source = rules(engine)
    typed = None if rules(dialect).keeps_any_value else native_parser(ct)

    def parse(value: Any) -> Any:
        if archived:
            value = source.decode_archived(value)
        return typed(value) if typed is not None and value is not None else value

    return parse


def value_checked(value_kind: str, dialect: str) -> bool:
    """Whether a loader into ``dialect`` checks values of ``value_kind`` against their column (a
    decimal's scale, a time's decimal places of seconds): all but an engine's loose values into an
    engine that keeps any value (they go as they are)."""
    return value_kind in _VALUE_MAKERS or not rules(dialect).keeps_any_value


# --------------------------------------------------------------------------- inference
def infer_text(values: Sequence[str]) -> ColType:
    """The narrowest kind every sample text fits (empty values are ignored)."""
    sample = [v for v in values if v is not None and v != ""]
    if not sample:
        return ColType("text")
    if any(_LEADING_ZERO.match(v) for v in sample) and all(_FLOAT.match(v) for v in sample):
        return ColType("text")  # codes such as 007 or 02134: a number would drop the zeros
    if all(_INT.match(v) for v in sample):
        if all(-(2**63) <= int(v) < 2**63 for v in sample):
            return ColType("bigint")
        return ColType("decimal", precision=None, scale=0)
    if all(_DEC.match(v) for v in sample):
        scale = max(len(v.split(".", 1)[1]) if "." in v else 0 for v in sample)
        return ColType("decimal", precision=None, scale=scale)
    if all(_FLOAT.match(v) for v in sample):
        plain = [v for v in sample if v.strip().lower() not in _SPECIALS]
        if plain and all(_DEC.match(v) for v in plain) and not all(_exact_double(v) for v in plain):
            # NaN or Infinity among numbers a double cannot hold: numeric keeps them all
            scale = max(len(v.split(".", 1)[1]) if "." in v else 0 for v in plain)
            return ColType("decimal", precision=None, scale=scale)
        return ColType("float")
    low = {v.strip().lower() for v in sample}
    if low <= {"t", "f", "true", "false"}:
        return ColType("bool")
    if all(_DATE.match(v) for v in sample):
        return ColType("date")
    if all(_TSTZ.match(v) for v in sample):
        return ColType("timestamptz")
    if all(_TS.match(v) for v in sample):
        return ColType("timestamp")
    if all(_TIME_OF_DAY.match(v) for v in sample):
        return ColType("time")
    if all(_HEX.match(v) for v in sample):
        return ColType("binary")
    if all(_UUID.match(v.strip()) for v in sample):
        return ColType("uuid")
    if any(v.lstrip().startswith(("{", "[")) for v in sample):
        # JSON documents (as jsonb is exported): objects and arrays, and any JSON scalars beside them
        try:
            for v in sample:
                json.loads(v)
            return ColType("json")
        except ValueError:
            pass
    return ColType("text")


_SPECIALS = frozenset({"nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"})
_TIME_OF_DAY = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_BASE64 = re.compile(r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")
#: how JSON export writes a double's NaN and infinities (Python's spelling); a numeric's are NaN, Infinity
_FLOAT_WORDS = frozenset({"nan", "inf", "-inf"})
_DECIMAL_WORDS = frozenset({"NaN", "Infinity", "-Infinity", "sNaN"})


def _exact_double(text: str) -> bool:
    """Whether the decimal text survives a double: ``0.1`` does, ``3.14159265358979323846`` does not."""
    try:
        return decimal.Decimal(repr(float(text))) == decimal.Decimal(text)
    except (ValueError, decimal.InvalidOperation):
        return False


def _binary_base64(sample: Sequence[str]) -> bool:
    """Whether JSON texts are base64 of binary data (how JSON export writes bytea and BLOBs): every
    one is canonical base64, one at least shows it (``+``, ``/`` or ``=`` padding), and one at least
    decodes to bytes that are not text.  Plain words and codes (``ABCD``) are not taken for it."""
    values = [v for v in sample if v]
    if not values or not all(_BASE64.match(v) for v in values):
        return False
    if not any(c in v for v in values for c in "+/="):
        return False
    for v in values:
        raw = base64.b64decode(v)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return True
        if any(not (c.isprintable() or c in "\t\r\n") for c in text):
            return True
    return False


def infer_values(values: Sequence[Any]) -> ColType:
    """The kind for JSON/Python sample values.  The export's JSON dialect reads back as the types
    it came from: base64 texts of binary data are ``binary``, numbers beside ``"nan"``/``"inf"``
    (a double's words) are ``float``, beside ``"NaN"``/``"Infinity"`` (a numeric's) ``decimal``, and
    lists of scalars are arrays of their elements' kind."""
    sample = [v for v in values if v is not None]
    if not sample:
        return ColType("text")
    if all(isinstance(v, str) for v in sample):
        found = infer_text(sample)
        if found.kind == "text" and _binary_base64(sample):
            return ColType("binary")
        return found
    numbers = [v for v in sample if isinstance(v, (int, float, decimal.Decimal)) and not isinstance(v, bool)]
    words = {v for v in sample if isinstance(v, str)}
    if numbers and words and len(numbers) + sum(isinstance(v, str) for v in sample) == len(sample):
        if words <= _FLOAT_WORDS:
            return ColType("float")
        if words <= _DECIMAL_WORDS and all(isinstance(v, (int, decimal.Decimal)) for v in numbers):
            found = infer_values(numbers)
            return found if found.kind == "decimal" else ColType("decimal", scale=0)
    if all(isinstance(v, bool) for v in sample):
        return ColType("bool")
    if all(isinstance(v, int) and not isinstance(v, bool) for v in sample):
        return ColType("bigint")
    if all(isinstance(v, (int, decimal.Decimal)) and not isinstance(v, bool) for v in sample):
        scale = max((-int(v.as_tuple().exponent) if isinstance(v, decimal.Decimal) else 0) for v in sample)
        return ColType("decimal", scale=max(scale, 0))
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in sample):
        return ColType("float")
    if all(isinstance(v, list) for v in sample):
        items = [item for v in sample for item in v]
        # one JSON type throughout ([1, "a"] keeps its types only as JSON)
        sorts = {"bool" if isinstance(i, bool) else "str" if isinstance(i, str) else "num" if isinstance(
            i, (int, float, decimal.Decimal)) else "other" for i in items if i is not None}  # fmt: skip
        if len(sorts) <= 1 and "other" not in sorts:
            element = infer_values(items) if any(item is not None for item in items) else ColType("text")
            if element.kind in ("bool", "bigint", "decimal", "float", "text", "date", "timestamp", "timestamptz",
                                "uuid"):  # fmt: skip
                return ColType("array", element=element)
    if all(isinstance(v, (dict, list)) for v in sample):
        return ColType("json")
    return ColType("text")


def parse_type_override(text: str, dialect: str) -> tuple[str, ColType]:
    """``col=TYPE`` from ``--type``."""
    if "=" not in text:
        raise ValueError(f"--type wants COLUMN=TYPE, not {text!r}")
    name, _, type_text = text.partition("=")
    name, type_text = name.strip(), type_text.strip()
    try:
        exp.DataType.build(type_text, dialect=dialect)
    except (sqlglot_error(), ValueError) as exc:
        raise ValueError(f"unknown type {type_text!r} for column {name}: {exc}") from None
    return name, from_sql(type_text, dialect)


# --------------------------------------------------------------------------- binding
def adapter(dialect: str, ct: ColType) -> Callable[[Any], Any] | None:
    """How a Python value of ``ct`` is bound for ``dialect`` (None: as it is)."""
    return rules(dialect).adapter(ct)
