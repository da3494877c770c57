"""CSV and TSV lines from Arrow columns of text, a whole column at a time.

The fast paths of exports that move many rows (MySQL's CSV export, see
:mod:`aishell.engines.mysql.csvout`) hold each column of a batch as one Arrow
array of values already in PostgreSQL's text form (:func:`~aishell.output.formats.copy_text`),
NULL as null.  This module turns such columns into the bytes
:class:`~aishell.output.formats.CSVWriter` and ``TSVWriter`` write for the same values --
the same dialect, byte for byte -- with Arrow compute kernels: one quoting (or escaping)
pass per column, then one join of the columns into lines.  No per-value Python.

pyarrow is imported by the caller (it is an optional dependency); every function takes
``pa``/``pc`` already imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: what a TSV field escapes (PostgreSQL's text format), backslash first
_TSV_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"), ("\b", "\\b"), ("\f", "\\f"),
                ("\v", "\\v"))  # fmt: skip
#: the characters of a number's text: a delimiter among them puts numbers in quotes too
NUMBER_CHARS = "0123456789.-+eEinfaNIty"


def _char_class(chars: str) -> str:
    """An RE2 character class of ``chars`` (control characters as hex escapes)."""
    return "[" + "".join(f"\\x{ord(c):02x}" if ord(c) < 0x20 or not c.isalnum() else c for c in chars) + "]"


def csv_column(col: Any, *, delimiter: str = ",", single: bool = False, plain: bool = False) -> Any:
    """One column of CSV fields (nulls stay null: the join writes them as the empty field).

    A value is quoted (``"`` doubled inside) when it is empty, holds the delimiter, a quote,
    CR or LF, or is ``\\.`` in a one-column result (``single``): :meth:`CSVWriter._text_field`.
    ``plain``: the caller knows no value needs quotes (numbers, with a delimiter no number holds)."""
    import pyarrow.compute as pc

    if plain:
        return col
    specials = delimiter + '"\n\r'
    data = values_bytes(col)
    if any(ch.encode() in data for ch in specials):  # one scan of the column's bytes decides most batches
        need = pc.or_(pc.match_substring_regex(col, _char_class(specials)), _empty(col))
    else:
        need = _empty(col)
    if single:
        need = pc.or_(need, pc.equal(col, _scalar(col, "\\.")))
    if not pc.any(need).as_py():
        return col
    quote = _scalar(col, '"')
    inner = pc.replace_substring(col, '"', '""') if b'"' in data else col
    quoted = pc.binary_join_element_wise(quote, inner, quote, _scalar(col, ""))
    return quoted if pc.all(need).as_py() and col.null_count == 0 else pc.if_else(need, quoted, col)


def tsv_column(col: Any, *, delimiter: str = "\t", plain: bool = False) -> Any:
    """One column of TSV fields (PostgreSQL's text format): backslash, tab, LF, CR, backspace, form
    feed, vertical tab and the delimiter escaped; nulls stay null (the join writes ``\\N``)."""
    import pyarrow.compute as pc

    if plain:
        return col
    escapes = list(_TSV_ESCAPES)
    if delimiter not in dict(escapes):
        escapes.append((delimiter, "\\" + delimiter))
    data = values_bytes(col)
    for char, escaped in escapes:
        if char.encode() in data:
            col = pc.replace_substring(col, char, escaped)
    return col


def join_lines(columns: Sequence[Any], *, delimiter: str, null: str) -> bytes:
    """The columns' fields joined into lines (``delimiter`` between fields, LF after each line; a
    null field written as ``null``): the bytes of the whole batch."""
    import pyarrow.compute as pc

    first = columns[0]
    if len(columns) == 1:
        lines = pc.binary_join_element_wise(first, _scalar(first, ""), _scalar(first, "\n"),
                                            null_handling="replace", null_replacement=null)  # fmt: skip
    else:
        row = pc.binary_join_element_wise(*columns, _scalar(first, delimiter), null_handling="replace",
                                          null_replacement=null)  # fmt: skip
        lines = pc.binary_join_element_wise(row, _scalar(first, ""), _scalar(first, "\n"))
    return _data(lines)


def _empty(col: Any) -> Any:
    import pyarrow.compute as pc

    lengths = pc.binary_length(col)
    return pc.equal(lengths, arrow_scalar(0, lengths.type))


_SCALARS: dict[tuple[str, Any], Any] = {}


def arrow_scalar(value: Any, kind: Any) -> Any:
    """``value`` as an Arrow scalar of type ``kind``, made once: a Python value as a kernel's
    argument costs a conversion (and, in pyarrow 26, a failed import of dateutil) on every call."""
    import pyarrow as pa

    key = (str(kind), value)
    found = _SCALARS.get(key)
    if found is None:
        found = _SCALARS[key] = pa.scalar(value, kind)
    return found


def _scalar(like: Any, text: str) -> Any:
    """``text`` as an Arrow scalar of ``like``'s type, made once (a Python value as a kernel's
    argument costs a conversion, and in pyarrow 26 a failed import, on every call)."""
    import pyarrow as pa

    return arrow_scalar(text.encode() if pa.types.is_binary(like.type) else text, like.type)


def values_bytes(col: Any) -> bytes:
    """The bytes of a binary or string array's values (NULLs hold none), back to back."""
    return _data(col)


def _data(lines: Any) -> bytes:
    """The values of a binary or string array back to back, as one bytes object."""
    if len(lines) == 0:
        return b""
    import pyarrow as pa

    _validity, offsets, data = lines.buffers()
    large = pa.types.is_large_binary(lines.type) or pa.types.is_large_string(lines.type)
    bounds = memoryview(offsets).cast("q" if large else "i")
    start, end = bounds[lines.offset], bounds[lines.offset + len(lines)]
    return bytes(data.slice(start, end - start)) if data is not None else b""
