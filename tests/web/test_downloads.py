"""Downloads share the one CSV dialect and the engine's COPY fast path, within the web's limits;
Parquet columns take the declared types of the result."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from aishell.connections import Target
from aishell.output.sink import CollectingSink, Summary
from aishell.services.session import Session
from aishell.state import StateStore
from aishell.urls import DatabaseURL
from aishell.web.streaming import CSVSink, Pipe, ResponseTooLarge, download_sink

from .conftest import Live, make_tokens, serve, shop_in_postgres


def _drain(pipe: Pipe) -> bytes:
    chunks = []
    while not pipe.queue.empty():
        item = pipe.queue.get_nowait()
        if isinstance(item, bytes):
            chunks.append(item)
    return b"".join(chunks)


def _feed(sink: CSVSink, data: bytes, size: int) -> bytes:
    """Hand ``data`` to the sink as the engine's COPY would, in pieces of ``size`` bytes."""
    for i in range(0, len(data), size):
        sink.copied(data[i : i + size])
    sink.end(Summary("", 0, 0.0, True))
    return _drain(sink.pipe)


COPY = (b'id,v\n1,short\n2,"with, a comma"\n3,\n4,""\n5,"say ""hi""\nnext line"\n'
        b'6,' + b"z" * 40 + b'\n7,"' + b"q," * 20 + b'"\n')  # fmt: skip


@pytest.mark.parametrize("size", [1, 3, 7, 64, 10_000])
def test_copy_bytes_pass_unchanged_in_any_pieces(size: int) -> None:
    sink = CSVSink(Pipe(maxsize=100_000), max_value_chars=None, max_rows=None)
    assert _feed(sink, COPY, size) == COPY
    assert sink.rows_sent == 7 and not sink.csv_header


@pytest.mark.parametrize("size", [1, 5, 64, 10_000])
def test_copy_bytes_are_cut_at_the_value_cap(size: int) -> None:
    sink = CSVSink(Pipe(maxsize=100_000), max_value_chars=13, max_rows=None)
    lines = _feed(sink, COPY, size).decode().split("\n")
    assert lines[:5] == ["id,v", "1,short", '2,"with, a comma"', "3,", '4,""']  # 13 characters: whole
    # 18 characters, with a quote and a line break: cut, and quoted again
    assert lines[5:7] == ['5,"say ""hi""', 'next\u2026[cut: 18 characters in all]"']
    assert lines[7] == "6," + "z" * 13 + "\u2026[cut: 40 characters in all]"
    assert lines[8] == '7,"' + "q," * 6 + 'q\u2026[cut: 40 characters in all]"'
    assert lines[9:] == [""] and sink.cut == 3


def test_copy_rows_past_max_rows_stop_the_download() -> None:
    whole = CSVSink(Pipe(maxsize=100_000), max_rows=7)
    assert _feed(whole, COPY, 5) == COPY  # at the limit: whole
    over = CSVSink(Pipe(maxsize=100_000), max_rows=6)
    with pytest.raises(ResponseTooLarge, match="6 rows"):
        _feed(over, COPY, 5)


def test_download_sinks_come_from_the_format_registry() -> None:
    pipe = Pipe()
    assert isinstance(download_sink("csv", pipe), CSVSink)
    pytest.importorskip("pyarrow")
    assert type(download_sink("parquet", pipe)).__name__ == "ParquetSink"
    with pytest.raises(Exception, match="downloads are csv or parquet"):
        download_sink("json", pipe)


def test_postgres_csv_download_uses_copy_and_writes_the_same_bytes(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS dl_same")
        conn.execute("CREATE TABLE dl_same (id int, t text, n numeric(8,3), b bytea, ts timestamptz, f float8)")
        conn.execute("INSERT INTO dl_same VALUES (1, 'plain', 1.5, '\\x00ff', '2024-01-02 03:04:05+00', 0.1), "
                     "(2, 'a,b \"c\"\nd', NULL, NULL, NULL, 1e300), (3, '', -2, '\\x', NULL, NULL)")  # fmt: skip
    sql = "SELECT * FROM dl_same ORDER BY id"
    session = Session(Target(DatabaseURL.parse(pg_url), "pg", "--db"), read_only=True)
    try:
        copied = CSVSink(Pipe(maxsize=100_000), max_value_chars=1000, max_rows=100)
        used: list[int] = []
        original = copied.copied
        copied.raw_csv = lambda data: (used.append(len(data)), original(data))  # type: ignore[assignment]
        assert session.run(sql, copied).error is None
        assert used, "the COPY fast path was not taken"
        rows = CSVSink(Pipe(maxsize=100_000), max_value_chars=1000)
        rows.raw_csv = None  # the generic writer
        assert session.run(sql, rows).error is None
        assert _drain(copied.pipe) == _drain(rows.pipe)
    finally:
        session.close()


@pytest.fixture(scope="module")
def pg_small(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with shop_in_postgres(pg_url):
        base = tmp_path_factory.mktemp("web-dl")
        state = StateStore(base / "state.db")
        tokens = make_tokens(state)
        target = Target(DatabaseURL.parse(pg_url), "pg", "--db")
        for url, app in serve([target], state, max_rows=10, max_value_chars=20):
            yield Live(url, "postgres", pg_url, tokens, state, app)
        state.close()


def test_postgres_download_limits_hold_on_the_copy_path(pg_small: Live) -> None:
    with pg_small.client("viewer") as c:
        buf = io.BytesIO()
        c.export("SELECT id, repeat('x', 30) AS v FROM customers WHERE id <= 10 ORDER BY id", buf)
        lines = buf.getvalue().decode().splitlines()
        assert lines[0] == "id,v" and len(lines) == 11  # at the row limit: whole
        assert lines[1] == "1," + "x" * 20 + "\u2026[cut: 30 characters in all]"
        with pytest.raises(httpx.RemoteProtocolError):  # past it: visibly incomplete
            c.export("SELECT id FROM customers ORDER BY id", io.BytesIO())


def test_parquet_columns_have_the_declared_types(pg_live: Live, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    sql = ("SELECT g::smallint AS small, (g * 1.25)::numeric(10,2) AS money, NULL::bigint AS nothing, "
           "g::text AS digits FROM generate_series(1, 3) g")  # fmt: skip
    with pg_live.client("viewer") as c:
        c.export(sql, tmp_path / "t.parquet", format="parquet")
    schema = pq.read_table(tmp_path / "t.parquet").schema
    assert schema.field("small").type == pa.int16()  # a first value of 1 would say int64
    assert schema.field("money").type == pa.decimal128(10, 2)  # not a double
    assert schema.field("nothing").type == pa.int64()  # declared, though the first value is NULL
    assert schema.field("digits").type == pa.string()  # '1' stays text


def test_collecting_sink_is_not_a_copy_sink() -> None:
    assert CollectingSink().raw_csv is None  # only a sink that asks for engine bytes gets them
