"""Pure-Python parts of the data commands: type mapping, value parsing, readers, encryption."""

from __future__ import annotations

import datetime as dt
import decimal
import gzip
import io
import json
from pathlib import Path

import pytest

from aishell.engines import dialect_of
from aishell.engines.mysql.bulk import write_mysql_tsv
from aishell.engines.types import LENGTH_NAMES, SIMPLE_KINDS, TypeRules
from aishell.errors import UsageError
from aishell.services.data import crypto, readers
from aishell.services.data import typemap as ty
from aishell.services.data.typemap import (
    ColType,
    create_table_sql,
    from_sql,
    infer_text,
    infer_values,
    parse_type_override,
    sql_type,
    text_parser,
    value_parser,
)


@pytest.mark.parametrize(
    ("text", "dialect", "kind"),
    [
        ("numeric(12,2)", "postgres", "decimal"),
        ("timestamp with time zone", "postgres", "timestamptz"),
        ("character varying(20)", "postgres", "text"),
        ("integer[]", "postgres", "array"),
        ("jsonb", "postgres", "json"),
        ("bytea", "postgres", "binary"),
        ("tinyint(1)", "mysql", "bool"),
        ("datetime(6)", "mysql", "timestamp"),
        ("longblob", "mysql", "binary"),
        ("INTEGER", "sqlite", "bigint"),
        ("", "sqlite", "text"),
        ("TIMESTAMP WITH TIME ZONE", "duckdb", "timestamptz"),
        ("INTEGER[]", "duckdb", "array"),
        ("HUGEINT", "duckdb", "decimal"),
    ],
)
def test_types_are_read_from_each_dialect(text: str, dialect: str, kind: str) -> None:
    assert from_sql(text, dialect).kind == kind


def test_types_map_across_dialects() -> None:
    dec = from_sql("numeric(12,2)", "postgres")
    assert (dec.precision, dec.scale) == (12, 2)
    assert sql_type(dec, "mysql") == "DECIMAL(12, 2)"
    assert sql_type(dec, "sqlite") == "TEXT"  # SQLite would round decimals to REAL
    assert sql_type(dec, "postgres") == "numeric(12,2)"  # same engine: the original spelling
    assert sql_type(from_sql("mood", "postgres"), "postgres") == "TEXT"  # an enum the target may lack
    tz = from_sql("timestamptz", "postgres")
    assert sql_type(tz, "mysql") == "DATETIME(6)" and sql_type(tz, "duckdb") == "TIMESTAMPTZ"
    assert sql_type(ColType("text"), "mysql", key=True) == "VARCHAR(255)"
    assert sql_type(from_sql("integer[]", "postgres"), "duckdb") == "INT[]"
    ddl = create_table_sql("s.t", [("id", ColType("bigint"), False), ("na me", ColType("json"), True)], "mysql",
                           primary_key=["id"])  # fmt: skip
    assert ddl == "CREATE TABLE `s`.`t` (`id` BIGINT NOT NULL, `na me` JSON, PRIMARY KEY (`id`))"


def test_text_parsers_keep_values_exact_and_explain_failures() -> None:
    assert text_parser(ColType("decimal", 40, 20))("12345678901234567890.12345678901234567890") == decimal.Decimal(
        "12345678901234567890.12345678901234567890"
    )
    ts = text_parser(ColType("timestamptz"))("2024-01-02 03:04:05.5+02")
    assert ts == dt.datetime(2024, 1, 2, 1, 4, 5, 500000, tzinfo=dt.UTC)
    assert text_parser(ColType("binary"))("\\x00ff") == b"\x00\xff"
    assert text_parser(ColType("binary"))("AP8=") == b"\x00\xff"  # base64, as JSON export writes it
    assert text_parser(ColType("bool"))("t") is True
    with pytest.raises(ValueError, match="not an integer"):
        text_parser(ColType("int"))("1.5")
    with pytest.raises(ValueError, match="out of range"):
        text_parser(ColType("smallint"))("40000")
    with pytest.raises(ValueError, match="does not fit"):
        text_parser(ColType("decimal", 4, 2))("123.4")
    with pytest.raises(ValueError, match="time zone"):
        text_parser(ColType("timestamptz"))("2024-01-01 00:00:00")
    with pytest.raises(ValueError, match="JSON"):
        text_parser(ColType("json"))("{bad")
    assert value_parser(ColType("json"))({"a": 1}) == '{"a": 1}'
    assert value_parser(ColType("bool"))(1) is True


def test_inference_from_samples() -> None:
    assert infer_text(["1", "2", ""]).kind == "bigint"
    assert infer_text(["1.50", "2"]) == ColType("decimal", scale=2)
    assert infer_text(["2024-01-01", None]).kind == "date"  # type: ignore[list-item]
    assert infer_text(["2024-01-01 10:00:00+00"]).kind == "timestamptz"
    assert infer_text(["true", "f"]).kind == "bool"
    assert infer_text(['{"a": 1}', "[]"]).kind == "json"
    assert infer_text(["\\x00ff"]).kind == "binary"
    assert infer_text(["a", "1"]).kind == "text"
    # leading zeros are part of a code (007, ZIP 02134): a number would lose them
    assert infer_text(["007", "010"]).kind == "text" and infer_text(["-01.5"]).kind == "text"
    assert infer_text(["0", "10", "0.5", "-0.25"]).kind == "decimal"
    assert infer_values([1, 2.5]).kind == "float"
    assert infer_values([{"a": 1}]).kind == "json"
    name, ct = parse_type_override("amount=numeric(10,3)", "postgres")
    assert name == "amount" and (ct.precision, ct.scale) == (10, 3)
    with pytest.raises(ValueError):
        parse_type_override("amount", "postgres")


def _read(path: Path, **kw: object) -> tuple[readers.Source, list[tuple[int, tuple[object, ...]]], list[object]]:
    bad: list[object] = []
    source = readers.open_source(str(path), on_invalid=lambda *a: bad.append(a), **kw)  # type: ignore[arg-type]
    rows = [(b.line(i), r) for b in source.batches for i, r in enumerate(b.rows)]
    return source, rows, bad


def test_csv_keeps_null_apart_from_empty_and_counts_lines(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text('id,name\n1,""\n2,\n3,"two\nlines"\n4,x,extra\n5,z\n', encoding="utf-8")
    source, rows, bad = _read(p, batch_size=2)
    assert source.columns == ["id", "name"] and source.csv is not None and source.csv.header
    assert rows == [(2, ("1", "")), (3, ("2", None)), (4, ("3", "two\nlines")), (7, ("5", "z"))]
    assert len(bad) == 1 and "expected 2 fields" in str(bad[0])


def test_csv_detection_delimiter_encoding_header_and_compression(tmp_path: Path) -> None:
    p = tmp_path / "x.tsv.gz"
    with gzip.open(p, "wt", encoding="cp1252") as fh:
        fh.write("1;caf\u00e9\n2;na\u00efve\n")
    source, rows, _bad = _read(p, fmt="csv")
    assert source.csv is not None
    assert (source.csv.delimiter, source.csv.encoding, source.csv.header) == (";", "cp1252", False)
    assert [r for _l, r in rows] == [("1", "caf\u00e9"), ("2", "na\u00efve")]
    p2 = tmp_path / "y.csv"
    p2.write_bytes("\ufeffa|b\n1|2\n".encode())
    source, rows, _bad = _read(p2)
    assert source.columns == ["a", "b"] and rows == [(2, ("1", "2"))]
    source, rows, _bad = _read(p2, header=False, delimiter="|", column_names=["x", "y"])
    assert source.columns == ["x", "y"] and len(rows) == 2


def test_json_array_is_streamed_and_jsonl_reports_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "x.json"
    items = [{"id": i, "v": "x" * (i % 7), "n": 1.10} for i in range(5000)]
    p.write_text(json.dumps(items), encoding="utf-8")
    source, rows, bad = _read(p, batch_size=1000)
    assert source.columns == ["id", "v", "n"] and len(rows) == 5000 and not bad
    assert rows[1][1] == (1, "x", decimal.Decimal("1.10"))
    q = tmp_path / "x.jsonl.zst"
    import zstandard

    q.write_bytes(zstandard.ZstdCompressor().compress(b'{"a": 1}\n{broken\n\n{"a": null}\n'))
    source, rows, bad = _read(q)
    assert rows == [(1, (1,)), (4, (None,))]
    assert len(bad) == 1 and bad[0][0] == 2  # type: ignore[index]
    with pytest.raises(UsageError):
        _read(tmp_path / "missing.csv")
    (tmp_path / "x.unknown").write_text("a")
    with pytest.raises(UsageError, match="--format"):
        _read(tmp_path / "x.unknown")


def test_encryption_round_trip_tamper_and_wrong_passphrase() -> None:
    out = io.BytesIO()
    w = crypto.EncryptingWriter(out, "pw", log_n=10)
    payload = bytes(range(256)) * 10_000
    w.write(payload)
    w.close()
    data = out.getvalue()
    assert payload[:1000] not in data
    assert crypto.DecryptingReader(io.BytesIO(data), "pw").read() == payload
    with pytest.raises(crypto.CryptoError, match="wrong passphrase"):
        crypto.DecryptingReader(io.BytesIO(data), "other")
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 1
    with pytest.raises(crypto.CryptoError, match="damaged"):
        crypto.DecryptingReader(io.BytesIO(bytes(damaged)), "pw").read()
    with pytest.raises(crypto.CryptoError, match="truncated"):
        crypto.DecryptingReader(io.BytesIO(data[:-100]), "pw").read()


def test_mysql_load_data_format_escapes_everything() -> None:
    out = io.BytesIO()
    write_mysql_tsv(out, [(1, "a\tb\\c\nd", None, b"\x00\xff", True, dt.datetime(2024, 1, 2, 3, 4, 5))],
                    [False, False, False, True, False, False])  # fmt: skip
    assert out.getvalue() == b"1\ta\\tb\\\\c\\nd\t\\N\t00ff\t1\t2024-01-02 03:04:05\n"


def test_progress_line_only_on_a_terminal() -> None:
    from aishell.services.data.progress import Progress

    out = io.StringIO()
    p = Progress("export", stream=out, enabled=True, interval=0)
    p(1500)
    p.done()
    text = out.getvalue()
    assert text.startswith("\rexport: 1,500 rows") and "rows/s" in text and text.endswith("\n")
    quiet = io.StringIO()
    q = Progress("export", stream=quiet)  # StringIO is not a terminal
    q(10)
    q.done()
    assert quiet.getvalue() == "" and q.rows == 10


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_csv_value_larger_than_a_read_block_is_read_whole_with_exact_lines(tmp_path: Path, suffix: str) -> None:
    """pyarrow refuses a record longer than its block ("straddling object"): the reader re-opens
    with larger blocks, hands nothing on twice and keeps every line number."""
    lines = ["id,body"]
    expected: list[tuple[int, tuple[object, ...]]] = []
    rows_before = (readers.CSV_BLOCK // 20) * 2  # well past the first blocks
    for i in range(rows_before):
        lines.append(f"{i},row {i:08d}")
        expected.append((len(lines), (str(i), f"row {i:08d}")))
    lines.append("bad,row,extra")  # an invalid record before the huge one
    bad_line = len(lines)
    huge = "x" * (readers.CSV_BLOCK * 3) + "\n" + "y"
    lines.append(f'{rows_before},"{huge}"')
    expected.append((len(lines), (str(rows_before), huge)))
    lines.append("after,bad,row")  # and one after it
    bad_after = len(lines) + 1  # the huge value spans two lines
    lines.append(f"{rows_before + 1},last")
    expected.append((len(lines) + 1, (str(rows_before + 1), "last")))
    text = "\n".join(lines) + "\n"
    p = tmp_path / f"big.csv{suffix}"
    if suffix:
        p.write_bytes(gzip.compress(text.encode()))
    else:
        p.write_text(text, encoding="utf-8")
    _source, rows, bad = _read(p)
    assert rows == expected
    assert [b[0] for b in bad] == [bad_line, bad_after]  # type: ignore[index]


def test_csv_line_numbers_stay_exact_across_blocks_with_quoted_newlines_and_bad_rows(tmp_path: Path) -> None:
    """pyarrow reports invalid rows while reading ahead: each must still land on its own line,
    and every valid row after it keep its line, across many blocks."""
    import random

    rng = random.Random(7)
    lines_out: list[str] = ["id,body"]
    line = 2
    expected: list[tuple[int, tuple[object, ...]]] = []
    expected_bad: list[int] = []
    for i in range(120_000):
        if rng.random() < 0.001:
            text = f'{i},x,"extra\nfield"' if rng.random() < 0.5 else f"{i},x,y"
            lines_out.append(text)
            expected_bad.append(line)
            line += 1 + text.count("\n")
            continue
        body = f"line one {i}\nline two" if rng.random() < 0.01 else f"body {i:07d}"
        lines_out.append(f'{i},"{body}"')
        expected.append((line, (str(i), body)))
        line += 1 + body.count("\n")
    p = tmp_path / "many.csv"
    p.write_text("\n".join(lines_out) + "\n", encoding="utf-8")
    _source, rows, bad = _read(p)
    assert [b[0] for b in bad] == expected_bad  # type: ignore[index]
    assert rows == expected


_TYPE_NAMES = sorted(
    {*SIMPLE_KINDS, *LENGTH_NAMES, "int8", "serial", "number", "year", "enum", "bit", "raw", "money"}
)
_TYPE_FORMS = ["{}", "{}(10)", "{}(12,2)", "{}(6)", "{} unsigned", "{}(11) unsigned", "{}(38,0)", "{}(1)", "{}  (20)"]


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "sqlite", "duckdb", "oracle"])
def test_type_names_read_without_sqlglot_agree_with_sqlglot(dialect: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast table must read every name exactly as sqlglot does, in every dialect."""
    fast = {}
    for name in _TYPE_NAMES:
        for form in _TYPE_FORMS:
            text = form.format(name)
            fast[text] = ty.from_sql(text, dialect)
    monkeypatch.setattr(TypeRules, "simple", lambda self, low: None)  # sqlglot reads everything
    wrong = [(text, got, slow) for text, got in fast.items() if got != (slow := ty.from_sql(text, dialect))]
    assert wrong == []
    assert len(fast) == len(_TYPE_NAMES) * len(_TYPE_FORMS)


def test_common_type_names_do_not_need_sqlglot() -> None:
    for text, dialect in [("integer", "postgres"), ("character varying(100)", "postgres"), ("numeric(12,2)", "postgres"),
                          ("timestamp with time zone", "postgres"), ("int(11)", "mysql"), ("varchar(100)", "mysql"),
                          ("decimal(12,2)", "mysql"), ("datetime(6)", "mysql"), ("int unsigned", "mysql"),
                          ("TEXT", "sqlite"), ("DOUBLE", "duckdb"), ("TIMESTAMP WITH TIME ZONE", "duckdb")]:  # fmt: skip
        assert dialect_of(dialect).type_rules.simple(text.lower()) is not None, text


def test_csv_first_record_larger_than_a_block(tmp_path: Path) -> None:
    """pyarrow already refuses the first block when opening: that re-opens with larger blocks too."""
    huge = "x" * (readers.CSV_BLOCK * 2) + "\nend"
    p = tmp_path / "first.csv"
    p.write_text(f'id,body\n1,"{huge}"\n2,small\n', encoding="utf-8")
    _source, rows, bad = _read(p)
    assert rows == [(2, ("1", huge)), (4, ("2", "small"))] and bad == []
