"""Column types, dialect-neutral, and each engine's rules for them (the base of ``engines/<e>/types.py``).

A column's type is held in a neutral :class:`ColType` (a kind plus precision, scale, length,
array element, and the type as its source engine spelled it).  Each engine has one
:class:`TypeRules` (``engines/<e>/types.py``, reached as ``dialect_of(x).type_rules``) that
reads its type text into a ``ColType``, renders a ``ColType`` as its own type (a sqlglot
``DataType``), says what its columns keep (the scale of a decimal, the decimal places of
seconds) and how a Python value is bound for its driver.  Everything here is the generic
behaviour; an engine overrides only what differs.

sqlglot loads on first use (about 70 ms): the common type names (``integer``,
``varchar(100)``, ``numeric(12,2)``, ``datetime(6)`` ...) are read by a table that a test
holds equal to sqlglot's reading (:meth:`TypeRules.simple`), so the bulk paths that only need
the kinds of a table's columns never import it.  Nothing here imports a driver or pyarrow.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from sqlglot import exp as exp  # re-exported: the engines' types modules build with it
else:

    class _LazyExpressions:
        """``sqlglot.exp``, imported when first touched."""

        def __getattr__(self, name: str) -> Any:
            from sqlglot import exp as module

            globals()["exp"] = module  # later look-ups go straight to the module
            return getattr(module, name)

    exp = _LazyExpressions()


def sqlglot_error() -> type[Exception]:
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


# --------------------------------------------------------------------------- sqlglot's types
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
    """The neutral type of a sqlglot ``DataType``."""
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
SIMPLE_TYPE = re.compile(r"^([a-z][a-z0-9]*(?: [a-z]+)*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?( unsigned)?$")
SIMPLE_KINDS = {
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
LENGTH_NAMES = frozenset({"varchar", "character varying", "char", "character", "nchar", "nvarchar", "bpchar",
                          "varchar2", "nvarchar2"})  # fmt: skip

#: the engine whose types the generic rendering is (the broadest)
_BROAD = "duckdb"
_FSP = re.compile(r"\(\s*(\d+)\s*\)")


def jsonish(value: Any) -> Any:
    """A dict or list as JSON text (what drivers bind for a JSON column); other values as they are."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def as_text(value: Any) -> Any:
    """A value (a ``uuid.UUID``) as its text; None stays None."""
    return str(value) if value is not None else None


# --------------------------------------------------------------------------- the rules
class TypeRules:
    """One engine's types: the generic behaviour.  ``engines/<e>/types.py`` subclasses it as ``TYPES``.

    The generic rendering is DuckDB's (its types are the broadest), so an engine without rules
    of its own still gets exact columns where it can."""

    #: the engine's name (what :attr:`ColType.native_dialect` holds for its types)
    name: ClassVar[str] = "generic"
    #: the sqlglot dialect its type text is read and written in
    sqlglot: ClassVar[str] = ""
    #: a column keeps any value whatever its declared type (SQLite's storage classes): values
    #: from such an engine are loose (typed only where needed), values into it go as they are
    keeps_any_value: ClassVar[bool] = False
    #: a column may be declared without a type, and a copy must keep it so (SQLite)
    untyped_columns: ClassVar[bool] = False
    #: its TIME is a duration (MySQL: -838:59:59 to 838:59:59, the driver returns timedeltas)
    time_is_duration: ClassVar[bool] = False
    #: how its own values are named as a loader's value kind (``sqlite``: loose values, see
    #: :func:`aishell.services.data.typemap.value_maker`); "native": typed values
    value_kind: ClassVar[str] = "native"
    #: the words ``CHAR``/``VARCHAR`` read without a length (DuckDB's VARCHAR(n) has none)
    lengthless_chars: ClassVar[frozenset[str]] = frozenset()
    #: a bare ``DECIMAL``/``NUMERIC``
    bare_decimal: ClassVar[ColType] = ColType("decimal")

    # ---- reading the engine's type text
    def owns(self, ct: ColType) -> bool:
        """Whether ``ct`` was read from this engine's types."""
        return ct.native_dialect == self.name

    def read(self, type_text: str) -> ColType:
        """A column type as this engine spells it (``numeric(12,2)``, ``tinyint(1)``, ``INTEGER``)."""
        text = (type_text or "").strip()
        low = text.lower()
        kind: ColType | None
        if not text:
            kind = ColType("text")
        elif (kind := self.read_special(text, low)) is not None:
            pass
        elif (kind := self.simple(low)) is None:
            try:
                kind = from_datatype(exp.DataType.build(text, dialect=self.sqlglot, udt=True))
            except (sqlglot_error(), ValueError, TypeError, KeyError):
                kind = ColType("text")
        return ColType(kind.kind, kind.precision, kind.scale, kind.length, kind.element, text or None, self.name)

    def read_special(self, text: str, low: str) -> ColType | None:
        """This engine's own reading of a type name that sqlglot (or the fast table) reads otherwise."""
        return None

    def simple(self, low: str) -> ColType | None:
        """A common type name read without sqlglot, or None to ask sqlglot."""
        m = SIMPLE_TYPE.match(low)
        if m is None:
            return None
        name, first, second, unsigned = m.groups()
        p = int(first) if first is not None else None
        s = int(second) if second is not None else None
        if unsigned:
            return self.unsigned(name)
        if name in LENGTH_NAMES:
            if s is not None:
                return None
            return ColType("text") if name in self.lengthless_chars else ColType("text", length=p)
        kind = SIMPLE_KINDS.get(name)
        if kind is None:
            return None
        if kind == "decimal":
            return self.bare_decimal if p is None else ColType("decimal", p, s)
        return self.simple_kind(name, kind)

    def unsigned(self, name: str) -> ColType | None:
        """``<name> unsigned`` (None: ask sqlglot)."""
        return None

    def simple_kind(self, name: str, kind: str) -> ColType | None:
        """The type of a fast-table name of ``kind`` without parameters (None: ask sqlglot)."""
        return ColType(kind)

    # ---- rendering a ColType as this engine's type
    def build(self, text: str) -> exp.DataType:
        return exp.DataType.build(text, dialect=self.sqlglot)

    def datatype(self, ct: ColType, *, key: bool = False) -> exp.DataType:
        """The column type here as a sqlglot expression.  ``key``: the column is in a key/index.

        A type read from this engine keeps its own spelling -- unless it names a user-defined type
        (an enum, a domain), which the target database may not have."""
        own = self._verbatim(ct, self.name, self.sqlglot)
        return own if own is not None else self.render(ct, key=key)

    @staticmethod
    def _verbatim(ct: ColType, name: str, sqlglot: str) -> exp.DataType | None:
        """``ct``'s own spelling when it was read from the engine ``name`` and names a built-in type."""
        if not ct.native or ct.native_dialect != name:
            return None
        try:
            parsed = exp.DataType.build(ct.native, dialect=sqlglot, udt=True)
        except (sqlglot_error(), ValueError):
            return None
        if parsed.this == exp.DataType.Type.USERDEFINED:
            return None
        return exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=ct.native)

    def render(self, ct: ColType, *, key: bool = False) -> exp.DataType:
        """A neutral type as this engine's (the generic: DuckDB's, the broadest)."""
        simple = {
            "bool": "BOOLEAN", "smallint": "SMALLINT", "int": "INTEGER", "bigint": "BIGINT", "float": "DOUBLE",
            "binary": "BLOB", "date": "DATE", "time": "TIME", "timestamp": "TIMESTAMP", "timestamptz": "TIMESTAMPTZ",
            "json": "JSON", "uuid": "UUID", "interval": "INTERVAL",
        }  # fmt: skip
        build = self._broad_build
        if ct.kind in simple:
            return build(simple[ct.kind])
        if ct.kind == "decimal":
            p, s = ct.precision, ct.scale
            if p and p <= 38:
                return build(f"DECIMAL({p}, {s or 0})")
            return build("VARCHAR")  # wider than DECIMAL(38): exact as text rather than rounded
        if ct.kind == "array":  # the element as DuckDB's (its own spelling when read from DuckDB)
            element = ct.element or ColType("text")
            inner = self._verbatim(element, _BROAD, _BROAD)
            if inner is None:
                inner = self.render(element)
            return exp.DataType(this=exp.DataType.Type.ARRAY, expressions=[inner], nested=True)
        return build("VARCHAR")

    @staticmethod
    def _broad_build(text: str) -> exp.DataType:
        return exp.DataType.build(text, dialect=_BROAD)  # the generic names, as DuckDB reads them

    def sql_type(self, ct: ColType, *, key: bool = False) -> str:
        return self.datatype(ct, key=key).sql(dialect=self.sqlglot)

    def declared_untyped(self, ct: ColType) -> bool:
        """A column of ``ct`` is declared without a type here (SQLite's column that had none)."""
        return self.untyped_columns and self.owns(ct) and not ct.native

    # ---- what a column keeps
    def enforced_scale(self, ct: ColType) -> int | None:
        """The scale a ``decimal`` column of ``ct`` rounds its values to here; None when the column
        keeps every digit."""
        return None

    def holds_any_type(self, ct: ColType) -> bool:
        """A column declared as ``ct`` holds values of any type (SQLite's columns of BLOB affinity)."""
        return False

    def stores_decimal_as_double(self, ct: ColType) -> bool:
        """A ``decimal`` column of ``ct`` stores a non-integer as a double (SQLite's NUMERIC)."""
        return False

    def seconds_precision(self, ct: ColType) -> int | None:
        """The decimal places of seconds a time or timestamp column of ``ct`` keeps here, when
        fewer than the microseconds Python's values carry (None: it keeps them all).  A column not
        read from this engine (one created by import) keeps microseconds."""
        if ct.kind not in ("time", "timestamp", "timestamptz") or not ct.native or not self.owns(ct):
            return None
        low = ct.native.lower()
        m = _FSP.search(low)
        places = self.seconds_places(low, int(m.group(1)) if m else None)
        return places if places is not None and places < 6 else None

    def seconds_places(self, native: str, declared: int | None) -> int | None:
        """The decimal places of seconds of this engine's type ``native`` (lower case), declared
        with ``(declared)`` or without (None); None: unknown, all kept."""
        return None

    # ---- values
    def adapter(self, ct: ColType) -> Callable[[Any], Any] | None:
        """How a Python value of ``ct`` is bound for this engine's driver (None: as it is)."""
        return None

    def decode_archived(self, text: Any) -> Any:
        """One of this engine's own values archived as JSON (``<engine>-json``) back as the value."""
        raise ValueError(f"{self.name} values are never archived as JSON: {str(text)[:40]!r}")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


GENERIC_TYPES = TypeRules()
