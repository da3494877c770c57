import datetime as dt
import decimal
import io
import json

import pytest

from aishell.engines.base import ResultColumn
from aishell.errors import UsageError
from aishell.output.formats import CSVWriter, copy_text, make_writer, text_value
from aishell.output.sink import Summary

COLS = [ResultColumn("id", "integer", True), ResultColumn("name", "text"), ResultColumn("price", "numeric", True)]
ROWS = [(1, "Apple", decimal.Decimal("1.50")), (22, None, decimal.Decimal("10.25")), (3, "", None)]


def render(fmt: str, rows=ROWS, cols=COLS, **kw) -> str:
    out = io.StringIO()
    w = make_writer(fmt, out, **kw)
    w.begin(cols)
    w.rows(rows[:2])
    w.rows(rows[2:])
    w.end(Summary("", len(rows), 0.01, True))
    return out.getvalue()


def test_table_aligns_numbers_right_and_counts_rows() -> None:
    assert render("table", null="<null>").splitlines() == [
        " id |  name  | price",
        "----+--------+-------",
        "  1 | Apple  |  1.50",
        " 22 | <null> | 10.25",
        "  3 |        | <null>",
        "(3 rows)",
        "",
    ]


def test_table_styles_and_hidden_rows() -> None:
    out = io.StringIO()
    w = make_writer("table", out, style="unicode")
    w.begin(COLS[:1])
    w.rows([(1,)])
    w.end(Summary("", 5, 0.0, True, hidden=4))
    text = out.getvalue()
    assert text.startswith("┌────┐") and "└────┘" in text
    assert "(5 rows) - 4 more rows not shown" in text
    with pytest.raises(UsageError):
        make_writer("table", io.StringIO(), style="fancy")


def test_vertical() -> None:
    text = render("vertical")
    assert text.startswith("-[ RECORD 1 ]")
    assert "name  | Apple" in text and "price | 10.25" in text


def test_csv_distinguishes_null_from_empty_string() -> None:
    assert render("csv").splitlines() == ["id,name,price", "1,Apple,1.50", "22,,10.25", '3,"",']


def test_csv_quotes_what_needs_quoting() -> None:
    rows = [(1, 'say "hi", ok', None), (2, "line\nbreak", None), (3, " padded ", None)]
    text = render("csv", rows=rows)
    # as PostgreSQL's COPY: spaces are data, not a reason to quote
    assert '"say ""hi"", ok"' in text and '"line\nbreak"' in text and "3, padded ," in text
    assert render("tsv").splitlines()[0] == "id\tname\tprice"


def test_json_and_jsonl_keep_types_exactly() -> None:
    data = json.loads(render("json"))
    assert data[0] == {"id": 1, "name": "Apple", "price": 1.5}
    assert data[2]["name"] == "" and data[2]["price"] is None
    lines = render("jsonl").splitlines()
    assert len(lines) == 3 and json.loads(lines[1])["name"] is None
    assert '"price": 10.25' in lines[1]  # decimals keep their digits
    empty = io.StringIO()
    w = make_writer("json", empty)
    w.begin(COLS)
    w.end(Summary("", 0, 0.0, True))
    assert json.loads(empty.getvalue()) == []


def test_markdown() -> None:
    lines = render("markdown", rows=[(1, "a|b", None)]).splitlines()
    assert lines[:3] == ["| id | name | price |", "|---:|---|---:|", "| 1 | a\\|b |  |"]


def test_text_values() -> None:
    assert text_value(dt.datetime(2024, 3, 1, 12, 30)) == "2024-03-01 12:30:00"
    assert text_value(b"\x00\xff") == "\\x00ff"
    assert text_value({"a": [1, 2]}) == '{"a": [1, 2]}'
    assert text_value(True) == "true"
    assert text_value(None, "NULL") == "NULL"
    with pytest.raises(UsageError):
        make_writer("xml", io.StringIO())


def _reference_csv_field(value: object, delimiter: str, single: bool) -> str:
    """PostgreSQL's COPY CSV rule, one value at a time: the column-wise writer must agree."""
    if value is None:
        return ""
    text = copy_text(value)
    special = (text == "" or any(ch in text for ch in (delimiter, '"', "\n", "\r"))
               or (single and text == "\\."))  # "\." alone on a line would end PostgreSQL's COPY data
    return '"' + text.replace('"', '""') + '"' if special else text


@pytest.mark.parametrize("delimiter", [",", "\t", ";", "|", "-", "1", "e"])
def test_csv_writer_column_fast_paths_agree_with_the_per_value_rule(delimiter: str) -> None:
    import random

    rng = random.Random(11)
    pools: list[list[object]] = [
        ["plain", "with space", "x", "tab\tin", 'q"uote', "semi;colon", "pipe|", "comma,", " lead", "trail ",
         "line\nbreak", "cr\rhere", "", "nul\x00 in", "a-b", "e1", "1", "\\.", "a\\.b"],
        [0, 1, -5, 10**20, 7, -1],
        [0.5, -2.25, 1e300, float("inf"), float("-inf"), float("nan"), 3.0],
        [True, False],
        [decimal.Decimal("1.50"), decimal.Decimal("-0E-9")],
        [dt.date(2024, 1, 2), dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC), b"\x00\xff"],
    ]
    for _ in range(300):
        width = rng.randint(1, 5)
        columns = []
        for _c in range(width):
            pool = rng.choice(pools)
            if rng.random() < 0.3:
                pool = pool + rng.choice(pools)  # mixed types in one column
            columns.append([None if rng.random() < 0.2 else rng.choice(pool) for _r in range(rng.randint(1, 30))])
        n = min(len(c) for c in columns)
        rows = [tuple(c[i] for c in columns) for i in range(n)]
        cols = [ResultColumn(f"c{i}") for i in range(width)]
        out = io.StringIO()
        w = CSVWriter(out, delimiter=delimiter, header=False)
        w.begin(cols)
        w.rows(rows)
        expected = "".join(delimiter.join(_reference_csv_field(v, delimiter, width == 1) for v in r) + "\n"
                           for r in rows)  # fmt: skip
        assert out.getvalue() == expected, rows


@pytest.mark.parametrize("lines", [False, True])
def test_json_writer_column_fast_paths_agree_with_json_value(lines: bool) -> None:
    import random

    from aishell.output.formats import JSONWriter, json_value

    rng = random.Random(5)
    pools: list[list[object]] = [
        ["plain", "", 'q"uote', "back\\slash", "line\nbreak", "\u00e9t\u00e9", "\x00ctl", "\U0001f600"],
        [0, -1, 10**30, True, False],
        [0.5, -2.25, 1e300, float("inf"), float("nan")],
        [decimal.Decimal("1.50"), dt.date(2024, 1, 2), b"\x00\xff", {"a": [1, None]}, [1, "x"]],
    ]
    for _ in range(200):
        width = rng.randint(1, 4)
        columns = []
        for _c in range(width):
            pool = rng.choice(pools)
            if rng.random() < 0.3:
                pool = pool + rng.choice(pools)
            columns.append([None if rng.random() < 0.2 else rng.choice(pool) for _r in range(rng.randint(1, 20))])
        n = min(len(c) for c in columns)
        rows = [tuple(c[i] for c in columns) for i in range(n)]
        cols = [ResultColumn(f"c{i}") for i in range(width)]
        out = io.StringIO()
        w = JSONWriter(out, lines=lines)
        w.begin(cols)
        w.rows(rows[:1])
        w.rows(rows[1:])
        w.end(Summary("", n, 0.0, True))
        objects = ["{" + ", ".join(f'"c{i}": {json_value(v)}' for i, v in enumerate(r)) + "}" for r in rows]
        expected = "".join(o + "\n" for o in objects) if lines else "[\n" + ",\n".join(objects) + "\n]\n"
        assert out.getvalue() == expected, rows


def test_tsv_writer_column_fast_paths_agree_with_postgresql_text_format() -> None:
    """TSV is PostgreSQL's text format: \\N for NULL, backslash escapes, never quotes."""
    import random

    from aishell.output.formats import TSVWriter

    escapes = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
    rng = random.Random(3)
    pools: list[list[object]] = [
        ["plain", "", "tab\tin", "line\nbreak", "cr\r", "back\\slash", "\\N", "\\.", '"q"', " sp ", "a,b", "\x08\x0c\x0b"],
        [0, -5, 10**20], [0.5, 1e15, float("nan"), 1.0], [True, False],
        [decimal.Decimal("1.50"), dt.datetime(2024, 1, 2, 3, 4, 5, 7000, tzinfo=dt.UTC), b"\x00\\", [1, None, "a b"]],
    ]
    for _ in range(200):
        width = rng.randint(1, 4)
        columns = [[None if rng.random() < 0.2 else rng.choice(rng.choice(pools)) for _r in range(12)]
                   for _c in range(width)]  # fmt: skip
        rows = [tuple(c[i] for c in columns) for i in range(12)]
        out = io.StringIO()
        w = TSVWriter(out, header=False)
        w.begin([ResultColumn(f"c{i}") for i in range(width)])
        w.rows(rows)
        expected = "".join(
            "\t".join("\\N" if v is None else "".join(escapes.get(ch, ch) for ch in copy_text(v)) for v in r) + "\n"
            for r in rows
        )
        assert out.getvalue() == expected, rows


def test_copy_text_is_postgresql_text_output() -> None:
    assert [copy_text(v) for v in (True, False, 1.0, 1e15, 1e16, 0.1, 1e-5, float("-inf"), -0.0)] == [
        "t", "f", "1", "1e+15", "1e+16", "0.1", "1e-05", "-Infinity", "-0"]  # fmt: skip
    assert copy_text(dt.datetime(2024, 1, 2, 3, 4, 5, 7000, tzinfo=dt.UTC)) == "2024-01-02 03:04:05.007+00"
    offset = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert copy_text(dt.datetime(2024, 1, 2, tzinfo=offset)) == "2024-01-02 00:00:00+05:30"
    assert copy_text(dt.time(12, 34, 56, 500000)) == "12:34:56.5"
    assert copy_text(dt.timedelta(hours=26, microseconds=500000)) == "26:00:00.5"
    assert copy_text([1, None, [2, 3]]) == "{1,NULL,{2,3}}"
    assert copy_text(["a b", "", None, 'q"x', "NULL", "back\\slash"]) == '{"a b","",NULL,"q\\"x","NULL","back\\\\slash"}'
    assert copy_text(b"\x00\xff") == "\\x00ff" and copy_text(decimal.Decimal("1.500")) == "1.500"
