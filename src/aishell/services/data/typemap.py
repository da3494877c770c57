"""Column types across dialects, and value conversion.

A column's type is held in a dialect-neutral :class:`ColType` (a kind plus
precision, scale, length, array element).  It is read from an engine's type
text with sqlglot's ``DataType`` parser, and rendered for a target dialect as a
sqlglot ``DataType`` expression, so DDL is built from expressions and never
pasted together.  When the target is the engine the type came from, the
original type text is kept (an exact same-engine restore).

sqlglot loads on first use (about 70 ms): the common type names (``integer``,
``varchar(100)``, ``numeric(12,2)``, ``datetime(6)`` ...) are read by a table
that a test holds equal to sqlglot's reading, so the bulk paths that only need
the kinds of a table's columns never import it.

Values: :func:`text_parser` turns text (CSV fields) into Python values of a
kind, raising :class:`ValueError` with a reason; :func:`value_parser` does the
same for JSON values; :func:`adapter` turns Python values into what a target
driver binds without loss.
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
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlglot import exp
else:

    class _LazyExpressions:
        """``sqlglot.exp``, imported when first touched."""

        def __getattr__(self, name: str) -> Any:
            from sqlglot import exp as module

            globals()["exp"] = module  # later look-ups go straight to the module
            return getattr(module, name)

    exp = _LazyExpressions()


def _sqlglot_error() -> type[Exception]:
    from sqlglot.errors import SqlglotError

    return SqlglotError

KINDS = (
    "bool", "smallint", "int", "bigint", "decimal", "float", "text", "binary", "date", "time",
    "timestamp", "timestamptz", "json", "uuid", "array", "interval",
)  # fmt: skip


@dataclass(frozen=True)
class ColType:
    kind: str
    precision: int | None = None
    scale: int | None = None
    length: int | None = None
    element: ColType | None = None
    #: the type as the source engine spelled it, and that engine's dialect
    native: str | None = None
    native_dialect: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        for key in ("precision", "scale", "length", "native", "native_dialect"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.element is not None:
            out["element"] = self.element.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColType:
        element = data.get("element")
        return cls(
            kind=str(data["kind"]),
            precision=data.get("precision"),
            scale=data.get("scale"),
            length=data.get("length"),
            element=cls.from_dict(element) if element else None,
            native=data.get("native"),
            native_dialect=data.get("native_dialect"),
        )


@cache
def _kind_of() -> dict[Any, str]:
    T = exp.DataType.Type
    return {
        T.BOOLEAN: "bool",
        T.TINYINT: "smallint", T.UTINYINT: "smallint", T.SMALLINT: "smallint", T.USMALLINT: "int",
        T.MEDIUMINT: "int", T.UMEDIUMINT: "int", T.INT: "int", T.UINT: "bigint",
        T.BIGINT: "bigint", T.SERIAL: "int", T.SMALLSERIAL: "smallint", T.BIGSERIAL: "bigint",
        T.DECIMAL: "decimal", T.MONEY: "decimal", T.SMALLMONEY: "decimal", T.BIGDECIMAL: "decimal",
        T.UBIGINT: "decimal", T.INT128: "decimal", T.UINT128: "decimal", T.INT256: "decimal",
        T.FLOAT: "float", T.DOUBLE: "float",
        T.CHAR: "text", T.NCHAR: "text", T.VARCHAR: "text", T.NVARCHAR: "text", T.TEXT: "text",
        T.MEDIUMTEXT: "text", T.LONGTEXT: "text", T.TINYTEXT: "text", T.NAME: "text", T.ENUM: "text",
        T.SET: "text", T.BPCHAR: "text", T.XML: "text",
        T.BINARY: "binary", T.VARBINARY: "binary", T.BLOB: "binary", T.MEDIUMBLOB: "binary",
        T.LONGBLOB: "binary", T.TINYBLOB: "binary", T.IMAGE: "binary",
        T.DATE: "date", T.DATE32: "date",
        T.TIME: "time", T.TIMETZ: "time",
        T.TIMESTAMP: "timestamp", T.DATETIME: "timestamp", T.DATETIME2: "timestamp", T.DATETIME64: "timestamp",
        T.TIMESTAMP_S: "timestamp", T.TIMESTAMP_MS: "timestamp", T.TIMESTAMP_NS: "timestamp",
        T.TIMESTAMPNTZ: "timestamp", T.SMALLDATETIME: "timestamp",
        T.TIMESTAMPTZ: "timestamptz", T.TIMESTAMPLTZ: "timestamptz",
        T.JSON: "json", T.JSONB: "json",
        T.UUID: "uuid",
        T.ARRAY: "array", T.LIST: "array",
        T.INTERVAL: "interval",
    }  # fmt: skip

_PARAMS = re.compile(r"\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\)")


def _param(dtype: exp.DataType, index: int) -> int | None:
    params = dtype.expressions
    if len(params) <= index:
        return None
    node = params[index]
    value = node.this if isinstance(node, exp.DataTypeParam) else node
    try:
        return int(value.name) if isinstance(value, exp.Expression) else int(str(value))
    except (TypeError, ValueError):
        return None


def from_datatype(dtype: exp.DataType) -> ColType:
    T = exp.DataType.Type
    kind = _kind_of().get(dtype.this, "text")
    if kind == "array":
        inner = dtype.expressions[0] if dtype.expressions else None
        element = from_datatype(inner) if isinstance(inner, exp.DataType) else ColType("text")
        return ColType("array", element=element)
    if kind == "decimal":
        precision, scale = _param(dtype, 0), _param(dtype, 1)
        if dtype.this == T.MONEY:
            precision, scale = 19, 2
        elif dtype.this == T.UBIGINT:
            precision, scale = 20, 0
        elif dtype.this in (T.INT128, T.UINT128):
            precision, scale = 38, 0
        return ColType("decimal", precision=precision, scale=scale)
    if kind == "text" and dtype.this in (T.CHAR, T.VARCHAR, T.NCHAR, T.NVARCHAR, T.BPCHAR):
        return ColType("text", length=_param(dtype, 0))
    return ColType(kind)


# type names read without sqlglot: name -> kind (tests/unit/test_data_formats.py holds them
# equal to sqlglot's reading in every dialect)
_SIMPLE_TYPE = re.compile(r"^([a-z][a-z0-9]*(?: [a-z]+)*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?( unsigned)?$")
_SIMPLE_KINDS = {
    "boolean": "bool", "bool": "bool", "smallint": "smallint", "int2": "smallint", "int4": "int",
    "bigint": "bigint", "tinyint": "smallint", "mediumint": "int", "int": "int", "integer": "int",
    "real": "float", "float": "float", "float4": "float", "float8": "float", "double": "float",
    "double precision": "float", "text": "text", "longtext": "text", "mediumtext": "text", "tinytext": "text",
    "string": "text", "clob": "text", "date": "date", "time": "time", "timetz": "time",
    "time with time zone": "time", "datetime": "timestamp", "timestamp": "timestamp",
    "timestamp without time zone": "timestamp", "timestamptz": "timestamptz",
    "timestamp with time zone": "timestamptz", "json": "json", "jsonb": "json", "uuid": "uuid",
    "bytea": "binary", "blob": "binary", "longblob": "binary", "mediumblob": "binary", "tinyblob": "binary",
    "varbinary": "binary", "binary": "binary", "interval": "interval", "decimal": "decimal", "numeric": "decimal",
}  # fmt: skip
_LENGTH_NAMES = frozenset({"varchar", "character varying", "char", "character", "nchar", "nvarchar", "bpchar",
                           "varchar2", "nvarchar2"})  # fmt: skip
_UNSIGNED = {"tinyint": ColType("smallint"), "smallint": ColType("int"), "mediumint": ColType("int"),
             "int": ColType("bigint"), "integer": ColType("bigint"), "bigint": ColType("decimal", 20, 0)}  # fmt: skip


def _simple_type(low: str, dialect: str) -> ColType | None:
    """A common type name read without sqlglot, or None to ask sqlglot."""
    m = _SIMPLE_TYPE.match(low)
    if m is None:
        return None
    name, first, second, unsigned = m.groups()
    p = int(first) if first is not None else None
    s = int(second) if second is not None else None
    if unsigned:
        return _UNSIGNED.get(name) if dialect == "mysql" else None
    if name in _LENGTH_NAMES:
        if s is not None:
            return None
        if dialect == "duckdb" and name in ("varchar", "char", "bpchar"):
            return ColType("text")  # DuckDB's VARCHAR(n) has no length (sqlglot drops it too)
        return ColType("text", length=p)
    kind = _SIMPLE_KINDS.get(name)
    if kind is None:
        return None
    if kind == "decimal":
        if p is None:
            return ColType("decimal", 18, 3) if dialect == "duckdb" else ColType("decimal")
        return ColType("decimal", p, s)
    if kind == "timestamp" and name == "timestamp" and dialect == "mysql":
        return ColType("timestamptz")  # MySQL keeps TIMESTAMP in UTC
    if name == "timestamp without time zone" and dialect == "mysql":
        return None
    return ColType(kind)


def from_sql(type_text: str, dialect: str) -> ColType:
    """A column type as an engine spells it (``numeric(12,2)``, ``tinyint(1)``, ``INTEGER``)."""
    text = (type_text or "").strip()
    low = text.lower()
    if not text:
        kind = ColType("text")
    elif dialect == "sqlite" and low in ("integer", "int"):
        kind = ColType("bigint")  # SQLite integers are 64-bit
    elif dialect == "mysql" and low.startswith("tinyint(1)"):
        kind = ColType("bool")
    elif dialect == "duckdb" and low in ("hugeint", "uhugeint"):
        kind = ColType("decimal", precision=38, scale=0)
    elif dialect == "duckdb" and low.endswith("[]") and "(" not in low:
        kind = ColType("array", element=from_sql(text[:-2], dialect))
    elif (fast := _simple_type(low, dialect)) is not None:
        kind = fast
    else:
        try:
            dtype = exp.DataType.build(text, dialect=dialect, udt=True)
            kind = from_datatype(dtype)
        except (_sqlglot_error(), ValueError, TypeError, KeyError):
            kind = ColType("text")
    return ColType(kind.kind, kind.precision, kind.scale, kind.length, kind.element, text or None, dialect)


# --------------------------------------------------------------------------- to a dialect
def _build(text: str, dialect: str) -> exp.DataType:
    return exp.DataType.build(text, dialect=dialect)


def to_datatype(ct: ColType, dialect: str, *, key: bool = False) -> exp.DataType:
    """The column type for ``dialect`` as a sqlglot expression.  ``key``: the column is in a key/index."""
    T = exp.DataType.Type
    if ct.native and ct.native_dialect == dialect:
        # the same engine: its own spelling, kept verbatim -- unless it names a user-defined
        # type (an enum, a domain), which the target database may not have
        try:
            parsed = exp.DataType.build(ct.native, dialect=dialect, udt=True)
        except (_sqlglot_error(), ValueError):
            parsed = None
        if parsed is not None and parsed.this != T.USERDEFINED:
            return exp.DataType(this=T.USERDEFINED, kind=ct.native)
    kind = ct.kind
    p, s = ct.precision, ct.scale
    if dialect == "postgres":
        simple = {
            "bool": "BOOLEAN", "smallint": "SMALLINT", "int": "INTEGER", "bigint": "BIGINT",
            "float": "DOUBLE PRECISION", "binary": "BYTEA", "date": "DATE", "time": "TIME",
            "timestamp": "TIMESTAMP", "timestamptz": "TIMESTAMPTZ", "json": "JSONB", "uuid": "UUID",
            "interval": "INTERVAL",
        }  # fmt: skip
        if kind in simple:
            return _build(simple[kind], dialect)
        if kind == "decimal":
            return _build(f"NUMERIC({p}, {s or 0})" if p else "NUMERIC", dialect)
        if kind == "array":
            inner = to_datatype(ct.element or ColType("text"), dialect)
            return exp.DataType(this=T.ARRAY, expressions=[inner], nested=True)
        return _build(f"VARCHAR({ct.length})" if ct.length else "TEXT", dialect)
    if dialect == "mysql":
        simple = {
            "bool": "BOOLEAN", "smallint": "SMALLINT", "int": "INT", "bigint": "BIGINT", "float": "DOUBLE",
            "date": "DATE", "time": "TIME(6)", "timestamp": "DATETIME(6)", "timestamptz": "DATETIME(6)",
            "json": "JSON", "uuid": "CHAR(36)", "array": "JSON",
        }  # fmt: skip
        if kind in simple:
            return _build(simple[kind], dialect)
        if kind == "decimal":
            return _build(f"DECIMAL({min(p or 65, 65)}, {min(s if s is not None else (0 if p else 30), 30)})", dialect)
        if kind == "binary":
            return _build("VARBINARY(255)" if key else "LONGBLOB", dialect)
        if ct.length and ct.length <= 16383:
            return _build(f"VARCHAR({ct.length})", dialect)
        return _build("VARCHAR(255)" if key else "LONGTEXT", dialect)
    if dialect == "sqlite":
        simple = {
            "bool": "BOOLEAN", "smallint": "INTEGER", "int": "INTEGER", "bigint": "INTEGER", "float": "REAL",
            "binary": "BLOB", "date": "DATE", "time": "TIME", "timestamp": "TIMESTAMP",
            "timestamptz": "TIMESTAMPTZ", "json": "JSON", "uuid": "UUID", "array": "JSON",
        }  # fmt: skip
        if kind in simple:
            return _build(simple[kind], dialect)
        return _build("TEXT", dialect)  # decimals too: SQLite would round them to REAL
    # duckdb (and anything else: DuckDB's types are the broadest)
    simple = {
        "bool": "BOOLEAN", "smallint": "SMALLINT", "int": "INTEGER", "bigint": "BIGINT", "float": "DOUBLE",
        "binary": "BLOB", "date": "DATE", "time": "TIME", "timestamp": "TIMESTAMP", "timestamptz": "TIMESTAMPTZ",
        "json": "JSON", "uuid": "UUID", "interval": "INTERVAL",
    }  # fmt: skip
    if kind in simple:
        return _build(simple[kind], "duckdb")
    if kind == "decimal":
        if p and p <= 38:
            return _build(f"DECIMAL({p}, {s or 0})", "duckdb")
        return _build("VARCHAR", "duckdb")  # wider than DECIMAL(38): exact as text rather than rounded
    if kind == "array":
        inner = to_datatype(ct.element or ColType("text"), "duckdb")
        return exp.DataType(this=T.ARRAY, expressions=[inner], nested=True)
    return _build("VARCHAR", "duckdb")


def sql_type(ct: ColType, dialect: str, *, key: bool = False) -> str:
    return to_datatype(ct, dialect, key=key).sql(dialect=dialect)


# --------------------------------------------------------------------------- DDL
def table_expr(name: str, dialect: str) -> exp.Table:
    try:
        return exp.to_table(name, dialect=dialect)
    except _sqlglot_error():
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
    defs: list[exp.Expression] = []
    for cname, ct, nullable in columns:
        kinds: list[exp.Expression] = [] if nullable else [exp.NotNullColumnConstraint()]
        kinds += list((constraints or {}).get(cname, ()))
        kind: exp.DataType | None = (type_overrides or {}).get(cname) or to_datatype(ct, dialect,
                                                                                    key=cname.lower() in keys)
        if dialect == ct.native_dialect == "sqlite" and not ct.native and cname not in (type_overrides or {}):
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
    if ct.kind != "decimal":
        return None
    p, s = ct.precision, ct.scale
    if dialect == "mysql":  # as create_table_sql declares it: DECIMAL(65, s) when inferred
        return min(s if s is not None else (0 if p else 30), 30)
    if dialect == "postgres":
        return (s or 0) if p else None
    if dialect == "duckdb":
        return (s or 0) if p and p <= 38 else None
    return None


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
    scale = enforced_scale(ct, dialect)
    sqlite_numeric = dialect == "sqlite" and ct.kind == "decimal" and ct.native_dialect == "sqlite"
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
    if scale is None or dialect == "sqlite":
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


_FSP = re.compile(r"\(\s*(\d+)\s*\)")


def seconds_precision(ct: ColType, dialect: str) -> int | None:
    """The decimal places of seconds a time or timestamp column of ``ct`` keeps on ``dialect``, when
    fewer than the microseconds Python's values carry (None: it keeps them all).  MySQL's
    ``DATETIME`` and ``TIME`` keep none unless declared with a precision; PostgreSQL's
    ``timestamp(p)``; DuckDB's ``TIMESTAMP_S`` and ``TIMESTAMP_MS``.  A column created by import
    (no native type) keeps microseconds."""
    if ct.kind not in ("time", "timestamp", "timestamptz") or not ct.native or ct.native_dialect != dialect:
        return None
    low = ct.native.lower()
    m = _FSP.search(low)
    if dialect == "mysql":
        places = int(m.group(1)) if m else 0
    elif dialect == "postgres":
        places = int(m.group(1)) if m else 6
    elif dialect == "duckdb":
        places = 0 if low == "timestamp_s" else 3 if low == "timestamp_ms" else 6
    else:
        return None
    return places if places < 6 else None


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


def sqlite_parser(ct: ColType, dialect: str, *, from_json: bool = False) -> Callable[[Any], Any]:
    """For SQLite's own values (a copy from SQLite; with ``from_json``, a backup column archived as
    ``sqlite-json``): into SQLite they go as they are -- SQLite keeps any value in any column, so the
    target holds exactly what the source held -- and into another engine through :func:`native_parser`."""
    from aishell.services.data.arrowfit import decode_sqlite

    typed = native_parser(ct) if dialect != "sqlite" else None

    def parse(value: Any) -> Any:
        if from_json:
            value = decode_sqlite(value)
        return typed(value) if typed is not None and value is not None else value

    return parse


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
    except (_sqlglot_error(), ValueError) as exc:
        raise ValueError(f"unknown type {type_text!r} for column {name}: {exc}") from None
    return name, from_sql(type_text, dialect)


# --------------------------------------------------------------------------- binding
def _utc_naive(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _jsonish(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def sqlite_affinity(declared: str | None) -> str:
    """SQLite's column affinity for a declared type (https://sqlite.org/datatype3.html, 3.1)."""
    up = (declared or "").upper()
    if "INT" in up:
        return "INTEGER"
    if "CHAR" in up or "CLOB" in up or "TEXT" in up:
        return "TEXT"
    if "BLOB" in up or not up.strip():
        return "BLOB"
    if "REAL" in up or "FLOA" in up or "DOUB" in up:
        return "REAL"
    return "NUMERIC"


def _sqlite_decimal(value: decimal.Decimal, numeric: bool) -> Any:
    """A decimal for SQLite: in a column of numeric affinity an integer or a double when it is exactly
    that, else (and in any other column) positional text with every digit (``0.0000000000``, not
    ``0E-10``); NaN and the infinities as SQLite keeps them."""
    if not value.is_finite():
        if numeric and value.is_infinite():
            return float(value)
        return "NaN" if value.is_nan() else ("Infinity" if value > 0 else "-Infinity")
    if numeric:
        if value == value.to_integral_value() and -(2**63) <= value < 2**63:
            return int(value)
        as_double = float(value)
        if decimal.Decimal(repr(as_double)) == value:
            return as_double
    return format(value, "f")


def adapter(dialect: str, ct: ColType) -> Callable[[Any], Any] | None:
    """How a Python value of ``ct`` is bound for ``dialect`` (None: as it is)."""
    kind = ct.kind
    if dialect == "postgres":
        if kind == "json":
            return _jsonish
        if kind == "uuid":
            return lambda v: str(v) if v is not None else None
        return None
    if dialect == "mysql":
        if kind in ("timestamp", "timestamptz"):
            return _utc_naive
        if kind in ("json", "array"):
            return _jsonish
        if kind == "uuid":
            return lambda v: str(v) if v is not None else None
        if kind == "time":
            return lambda v: v.replace(tzinfo=None) if isinstance(v, dt.time) else v
        return None
    if dialect == "sqlite":
        # a column of numeric affinity stores a number as an integer or a double: a decimal is bound
        # as one when it is exactly that (SQLite's own reading of the text can be one unit off);
        # elsewhere (TEXT: the decimals of other engines) as positional text, every digit kept
        numeric = ct.native_dialect == "sqlite" and sqlite_affinity(ct.native) in ("INTEGER", "REAL", "NUMERIC")

        def lite(value: Any) -> Any:
            if isinstance(value, float) and value != value:
                return "NaN"  # SQLite stores a NaN as NULL: kept as the text NaN, which reads back as NaN
            if value is None or isinstance(value, (int, float, str, bytes)):
                return value
            if isinstance(value, decimal.Decimal):
                return _sqlite_decimal(value, numeric)
            if isinstance(value, dt.datetime):
                return value.isoformat(sep=" ")
            if isinstance(value, (dt.date, dt.time)):
                return value.isoformat()
            if isinstance(value, (dict, list)):
                return json.dumps(value, ensure_ascii=False, default=str)
            if isinstance(value, (bytearray, memoryview)):
                return bytes(value)
            return str(value)

        return lite
    if dialect == "duckdb":
        if kind == "json":
            return _jsonish
        return None
    return None
