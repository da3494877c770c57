"""The Arrow column formatting of the fast export paths writes the generic writers' bytes.

:mod:`aishell.output.arrowtext` quotes (CSV) or escapes (TSV) whole columns with Arrow kernels
and joins them into lines; :mod:`aishell.engines.mysql.csvout` cuts MySQL row packets into
columns.  Each is checked here against the generic per-value code on tricky values."""

from __future__ import annotations

import io

import pytest

pa = pytest.importorskip("pyarrow")

from aishell.engines.base import ResultColumn  # noqa: E402
from aishell.output.arrowtext import csv_column, join_lines, tsv_column  # noqa: E402
from aishell.output.formats import CSVWriter, TSVWriter  # noqa: E402

TRICKY = [None, "", " ", "plain", "a,b", 'say "hi"', '"', '""', "line\nbreak", "cr\rhere", "crlf\r\n", "tab\there",
          "back\\slash", "\\.", "\\N", "NULL", "ünïcødé ✓ 日本", "emoji 🎉", " lead", "trail ", ";semi", "pipe|x",
          "\b\f\v", "x" * 300, "é" * 70_000]  # fmt: skip


def _generic(rows: list[tuple[str | None, ...]], names: list[str], writer: type[CSVWriter], delimiter: str) -> bytes:
    out = io.StringIO()
    w = writer(out, delimiter=delimiter, header=False)
    w.begin([ResultColumn(n, "text") for n in names])
    w.rows(rows)  # type: ignore[arg-type]
    return out.getvalue().encode("utf-8")


def _fast(rows: list[tuple[str | None, ...]], tsv: bool, delimiter: str, binary: bool = True) -> bytes:
    kind = pa.binary() if binary else pa.string()
    cols = [pa.array([r[i] for r in rows], kind) for i in range(len(rows[0]))]
    if tsv:
        fields = [tsv_column(c, delimiter=delimiter) for c in cols]
    else:
        fields = [csv_column(c, delimiter=delimiter, single=len(cols) == 1) for c in cols]
    return join_lines(fields, delimiter=delimiter, null="\\N" if tsv else "")


@pytest.mark.parametrize("delimiter", [",", ";", "|", "\t"])
@pytest.mark.parametrize("binary", [True, False])
def test_csv_columns_match_the_generic_writer(delimiter: str, binary: bool) -> None:
    rows = [(v, TRICKY[-1 - i], "x") for i, v in enumerate(TRICKY)]
    assert _fast(rows, False, delimiter, binary) == _generic(rows, ["a", "b", "c"], CSVWriter, delimiter)


@pytest.mark.parametrize("delimiter", ["\t", "|", ","])
def test_tsv_columns_match_the_generic_writer(delimiter: str) -> None:
    rows = [(v, TRICKY[-1 - i]) for i, v in enumerate(TRICKY)]
    assert _fast(rows, True, delimiter) == _generic(rows, ["a", "b"], TSVWriter, delimiter)


def test_a_single_column_quotes_the_end_of_data_marker() -> None:
    rows = [(v,) for v in TRICKY]
    fast = _fast(rows, False, ",")
    assert fast == _generic(rows, ["a"], CSVWriter, ",")
    assert b'\n"\\."\n' in fast


def test_columns_without_specials_are_left_alone_and_empty_strings_quoted() -> None:
    rows = [("a", "1"), ("", None), ("b", "")]
    assert _fast(rows, False, ",") == b'a,1\n"",\nb,""\n'
    assert _fast(rows, True, "\t") == b"a\t1\n\t\\N\nb\t\n"


def test_a_sliced_array_gives_only_its_own_values() -> None:
    col = pa.array([b"skip", b"a", b"b,c", b"skip"], pa.binary()).slice(1, 2)
    assert join_lines([csv_column(col)], delimiter=",", null="") == b'a\n"b,c"\n'


# --------------------------------------------------------------------------- MySQL row packets
def _lenenc(value: bytes | None) -> bytes:
    if value is None:
        return b"\xfb"
    n = len(value)
    if n < 251:
        return bytes([n]) + value
    if n < 1 << 16:
        return b"\xfc" + n.to_bytes(2, "little") + value
    if n < 1 << 24:
        return b"\xfd" + n.to_bytes(3, "little") + value
    return b"\xfe" + n.to_bytes(8, "little") + value


def _packets(rows: list[tuple[bytes | None, ...]]) -> tuple[bytes, list[int]]:
    buf, starts = b"", []
    for seq, row in enumerate(rows):
        payload = b"".join(_lenenc(v) for v in row)
        starts.append(len(buf) + 4)
        buf += len(payload).to_bytes(3, "little") + bytes([seq & 0xFF]) + payload
    return buf, starts


@pytest.mark.parametrize("long", [False, True])
def test_row_packets_are_cut_into_columns(long: bool) -> None:
    from aishell.engines.mysql.csvout import split_columns

    rows: list[tuple[bytes | None, ...]] = [(b"1", b"", None), (None, b"abc", b"x" * 250), (b"-7", None, b"")]
    if long:
        rows += [(b"y" * 251, b"z" * 70_000, None), (b"8", "é".encode() * 40_000, b"q")]
    buf, starts = _packets(rows)
    cols = split_columns(buf, starts, 3)
    assert [c.to_pylist() for c in cols] == [[r[i] for r in rows] for i in range(3)]


def test_a_malformed_packet_is_refused() -> None:
    from aishell.engines.mysql.csvout import split_columns

    buf, starts = _packets([(b"ab",)])
    with pytest.raises(ValueError, match="malformed"):
        split_columns(buf[:-1], starts, 1)


def test_python_text_is_the_generic_conversion() -> None:
    import decimal

    from aishell.engines.mysql.csvout import python_text
    from aishell.output.formats import copy_text

    values = pa.array([b"1.50", None, b"-0.001"], pa.binary())
    assert python_text(values, ("ascii", decimal.Decimal), copy_text).to_pylist() == [b"1.50", None, b"-0.001"]
    floats = pa.array([b"1e20", b"0.1"], pa.binary())
    assert python_text(floats, ("ascii", float), copy_text).to_pylist() == [b"1e+20", b"0.1"]
    blobs = pa.array([b"\x00\xff"], pa.binary())
    assert python_text(blobs, (None, None), copy_text).to_pylist() == [b"\\x00ff"]


@pytest.mark.parametrize("delimiter", [",", "|", "\t"])
def test_mysql_fields_and_lines_are_the_arrowtext_ones(delimiter: str) -> None:
    """``csvout._csv_field`` / ``_join`` (empty strings quoted without a join; the line feed
    joined to the last column) write what ``csv_column`` / ``join_lines`` write."""
    from aishell.engines.mysql.csvout import _csv_field, _join

    plain = [None, "", "a", "", "b c", None, "ü"]
    cols = [pa.array([None if v is None else v.encode() for v in values], pa.binary())
            for values in (TRICKY, [*plain, *plain, *plain, *plain][: len(TRICKY)], ["x"] * len(TRICKY),
                           [None] * len(TRICKY), [""] * len(TRICKY))]  # fmt: skip
    for null in ("", "\\N"):
        fields = [_csv_field(c, delimiter=delimiter, single=False, plain=False) for c in cols]
        expected = [csv_column(c, delimiter=delimiter) for c in cols]
        assert [f.to_pylist() for f in fields] == [e.to_pylist() for e in expected]
        for k in (1, 2, len(cols)):
            assert _join(fields[:k], delimiter=delimiter, null=null) == join_lines(expected[:k], delimiter=delimiter,
                                                                                  null=null)  # fmt: skip
