"""One CSV dialect and one TSV dialect, whichever path writes them.

``export --table``, ``export --query``, ``query -F csv|tsv``, the REPL's ``\\copy ... TO``
(:func:`aishell.services.transfer.copy_to_csv`), the generic writer (the REPL's ``\\T csv``, the
web) and the engine-native fast paths (PostgreSQL's COPY, DuckDB's CSV writer, DuckDB's mysql
scanner) all write PostgreSQL's ``COPY ... TO STDOUT (FORMAT csv, HEADER)`` -- and for TSV
``(FORMAT text, HEADER)`` -- byte for byte, on PostgreSQL, MariaDB, SQLite and DuckDB.  The
expected bytes are written out literally: they are the dialect's documentation.

Also here (item 2 of the issue): table output tells NULL from the empty string, and a SQLite or
DuckDB path that does not exist is an error, not a new empty database, unless creation is asked.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from data_helpers import drop, execute, fresh, session_for

from aishell.cli.main import cli
from aishell.output.formats import CSVWriter, TSVWriter
from aishell.services.transfer import copy_to_csv

pytestmark = pytest.mark.integration

NL, TAB = "chr(10)", "chr(9)"


def run(*args: str) -> str:
    r = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


# --------------------------------------------------------------------------- the tables
# Each engine's table holds what it has of: booleans, arrays, timestamps with a time zone and with
# fractions, times with fractions, NULL beside the empty string, quotes, commas, line breaks,
# tabs and backslashes, JSON, decimals, floats, binary.
PG_TABLE = """CREATE TABLE {t} (id int PRIMARY KEY, b boolean, arr int[], tags text[], ts timestamptz, tm time,
    t text, j jsonb, n numeric(10,3), f float8, r real, d date, bin bytea, tsn timestamp)"""
PG_ROWS = f"""INSERT INTO {{t}} VALUES
 (1, true, '{{1,2,NULL}}', '{{"a b","",NULL,"q\\"x"}}', '2024-01-02 03:04:05.007+00', '12:34:56.5',
  'a,b "q"' || {NL} || 'line', '{{"k": [1, 2]}}', 1.5, 0.1, 1e6, '2024-01-02', '\\x00ff', '2024-01-02 03:04:05'),
 (2, false, '{{}}', '{{}}', '2024-06-01 00:00:00+05:30', '00:00:00', '', '[]', -2, 1e15, 0.5, '2024-12-31', '\\x',
  '2024-01-02 03:04:05.000001'),
 (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (4, true, '{{3}}', '{{x}}', '2024-01-02 03:04:05+00', '23:59:59.999999', ' lead' || {TAB} || 'tab\\back', 'null', 0,
  'NaN', '-Infinity', '0099-01-01', '\\x5c', '2024-01-01 00:00:00')"""
PG_CSV = '''\
id,b,arr,tags,ts,tm,t,j,n,f,r,d,bin,tsn
1,t,"{1,2,NULL}","{""a b"","""",NULL,""q\\""x""}",2024-01-02 03:04:05.007+00,12:34:56.5,"a,b ""q""
line","{""k"": [1, 2]}",1.500,0.1,1e+06,2024-01-02,\\x00ff,2024-01-02 03:04:05
2,f,{},{},2024-05-31 18:30:00+00,00:00:00,"",[],-2.000,1e+15,0.5,2024-12-31,\\x,2024-01-02 03:04:05.000001
3,,,,,,,,,,,,,
4,t,{3},{x},2024-01-02 03:04:05+00,23:59:59.999999, lead\ttab\\back,null,0.000,NaN,-Infinity,0099-01-01,\\x5c,\
2024-01-01 00:00:00
'''
PG_TSV = '''\
id\tb\tarr\ttags\tts\ttm\tt\tj\tn\tf\tr\td\tbin\ttsn
1\tt\t{1,2,NULL}\t{"a b","",NULL,"q\\\\"x"}\t2024-01-02 03:04:05.007+00\t12:34:56.5\ta,b "q"\\nline\t{"k": [1, 2]}\t\
1.500\t0.1\t1e+06\t2024-01-02\t\\\\x00ff\t2024-01-02 03:04:05
2\tf\t{}\t{}\t2024-05-31 18:30:00+00\t00:00:00\t\t[]\t-2.000\t1e+15\t0.5\t2024-12-31\t\\\\x\t2024-01-02 03:04:05.000001
3\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N
4\tt\t{3}\t{x}\t2024-01-02 03:04:05+00\t23:59:59.999999\t lead\\ttab\\\\back\tnull\t0.000\tNaN\t-Infinity\t0099-01-01\t\
\\\\x5c\t2024-01-01 00:00:00
'''

# MariaDB: BOOLEAN is TINYINT(1) (written 1/0, as MariaDB stores it); every type here is one the
# mysql scanner fast path of ``export --table`` reads exactly
MYSQL_TABLE = """CREATE TABLE {t} (id int PRIMARY KEY, b boolean, ts datetime(6), t text, j json, n decimal(10,3),
    d date, bin varbinary(10))"""
MYSQL_ROWS = """INSERT INTO {t} VALUES
 (1, true, '2024-01-02 03:04:05.007', CONCAT('a,b "q"', char(10), 'line'), '{"k": [1, 2]}', 1.5, '2024-01-02',
  x'00ff'),
 (2, false, '2024-01-02 03:04:05.000001', '', '[]', -2, '2024-12-31', ''),
 (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (4, true, '2024-01-01 00:00:00', CONCAT(' lead', char(9), 'tab\\\\back'), 'null', 0, '0099-01-01', x'5c')"""
MYSQL_CSV = '''\
id,b,ts,t,j,n,d,bin
1,1,2024-01-02 03:04:05.007,"a,b ""q""
line","{""k"": [1, 2]}",1.500,2024-01-02,\\x00ff
2,0,2024-01-02 03:04:05.000001,"",[],-2.000,2024-12-31,\\x
3,,,,,,,
4,1,2024-01-01 00:00:00, lead\ttab\\back,null,0.000,0099-01-01,\\x5c
'''

# SQLite: no boolean, date or array types; what it stores is what it writes
SQLITE_TABLE = "CREATE TABLE {t} (id integer PRIMARY KEY, b boolean, ts text, t text, f real, bin blob, n integer)"
SQLITE_ROWS = """INSERT INTO {t} VALUES
 (1, 1, '2024-01-02 03:04:05.007', 'a,b "q"' || char(10) || 'line', 0.1, x'00ff', 1),
 (2, 0, '2024-01-02 03:04:05', '', 1e15, x'', -2),
 (3, NULL, NULL, NULL, NULL, NULL, NULL),
 (4, 1, '2024-01-01 00:00:00', ' lead' || char(9) || 'tab\\back', 1.0, x'5c', 0)"""
SQLITE_CSV = '''\
id,b,ts,t,f,bin,n
1,1,2024-01-02 03:04:05.007,"a,b ""q""
line",0.1,\\x00ff,1
2,0,2024-01-02 03:04:05,"",1e+15,\\x,-2
3,,,,,,
4,1,2024-01-01 00:00:00, lead\ttab\\back,1,\\x5c,0
'''

# DuckDB: every type; lists and floats take the generic writer, the rest DuckDB's own CSV writer
# (booleans and blobs converted in SQL) -- see test_duckdb_fast_path_is_taken
DUCKDB_TABLE = """CREATE TABLE {t} (id int PRIMARY KEY, b boolean, l int[], ts timestamptz, tm time, t varchar,
    n decimal(10,3), f double, d date, bin blob, tsn timestamp)"""
DUCKDB_ROWS = f"""INSERT INTO {{t}} VALUES
 (1, true, [1, 2, NULL], '2024-01-02 03:04:05.007+00', '12:34:56.5', 'a,b "q"' || {NL} || 'line', 1.5, 0.1,
  '2024-01-02', '\\x00\\xff'::blob, '2024-01-02 03:04:05'),
 (2, false, [], '2024-06-01 00:00:00+05:30', '00:00:00', '', -2, 1e15, '2024-12-31', ''::blob,
  '2024-01-02 03:04:05.000001'),
 (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (4, true, [3], '2024-01-02 03:04:05+00', '23:59:59.999999', ' lead' || {TAB} || 'tab\\back', 0, 1.0, '0099-01-01',
  '\\x5c'::blob, '2024-01-01 00:00:00')"""
DUCKDB_CSV = '''\
id,b,l,ts,tm,t,n,f,d,bin,tsn
1,t,"{1,2,NULL}",2024-01-02 03:04:05.007+00,12:34:56.5,"a,b ""q""
line",1.500,0.1,2024-01-02,\\x00ff,2024-01-02 03:04:05
2,f,{},2024-05-31 18:30:00+00,00:00:00,"",-2.000,1e+15,2024-12-31,\\x,2024-01-02 03:04:05.000001
3,,,,,,,,,,
4,t,{3},2024-01-02 03:04:05+00,23:59:59.999999, lead\ttab\\back,0.000,1,0099-01-01,\\x5c,2024-01-01 00:00:00
'''
#: the columns of DuckDB's table its own CSV writer writes (the fast path)
DUCKDB_NATIVE = "id, b, ts, tm, t, n, d, bin, tsn"

ENGINES = {
    "postgres": (PG_TABLE, PG_ROWS, PG_CSV),
    "mysql": (MYSQL_TABLE, MYSQL_ROWS, MYSQL_CSV),
    "sqlite": (SQLITE_TABLE, SQLITE_ROWS, SQLITE_CSV),
    "duckdb": (DUCKDB_TABLE, DUCKDB_ROWS, DUCKDB_CSV),
}


def engine_of(url: str) -> str:
    return {"postgresql": "postgres", "mysql": "mysql", "sqlite": "sqlite", "duckdb": "duckdb"}[url.split(":")[0]]


def with_utc(url: str) -> str:
    """Timestamps with a time zone are written in the session's zone: make it UTC."""
    if url.startswith("postgresql"):
        return url + "?options=-c%20TimeZone%3DUTC"
    return url


@pytest.fixture
def table(url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    """(url, table) with the engine's rows."""
    monkeypatch.setenv("TZ", "UTC")  # DuckDB's session time zone is the machine's
    create, insert, _expected = ENGINES[engine_of(url)]
    name = fresh("oc")
    execute(url, create.replace("{t}", name), insert.replace("{t}", name))
    yield with_utc(url), name
    drop(url, name)


def generic(url: str, sql: str, writer: type[CSVWriter]) -> str:
    """The generic writer (no engine-native bytes): what the REPL's \\T csv and the web write."""
    s = session_for(url)
    try:
        out = io.StringIO()
        result = s.run(sql, writer(out))
        assert result.error is None, result.error
        return out.getvalue()
    finally:
        s.close()


def web_csv(url: str, sql: str) -> str:
    """What the web console's CSV download writes (its sink, with its value cap on)."""
    from aishell.web.streaming import CSVSink, Pipe

    pipe = Pipe(maxsize=100_000)
    s = session_for(url)
    try:
        result = s.run(sql, CSVSink(pipe, max_value_chars=1_000_000))
        assert result.error is None, result.error
    finally:
        s.close()
    chunks = []
    while not pipe.queue.empty():
        chunk = pipe.queue.get_nowait()
        if isinstance(chunk, bytes):
            chunks.append(chunk)
    return b"".join(chunks).decode("utf-8")


def every_path(url: str, name: str, tmp_path: Path, fmt: str) -> dict[str, str]:
    """The bytes each path writes for the table, in ``fmt`` (csv or tsv)."""
    sql = f"SELECT * FROM {name} ORDER BY id"
    out: dict[str, str] = {}
    writer = TSVWriter if fmt == "tsv" else CSVWriter
    out["generic writer"] = generic(url, sql, writer)
    run("export", "--db", url, "--table", name, "-o", str(tmp_path / f"t.{fmt}"))
    out["export --table"] = (tmp_path / f"t.{fmt}").read_text(encoding="utf-8")
    run("export", "--db", url, "--query", sql, "-o", str(tmp_path / f"q.{fmt}"))
    out["export --query"] = (tmp_path / f"q.{fmt}").read_text(encoding="utf-8")
    run("query", "--db", url, "-F", fmt, "-o", str(tmp_path / f"query.{fmt}"), sql)
    out["query -F"] = (tmp_path / f"query.{fmt}").read_text(encoding="utf-8")
    s = session_for(url)
    try:
        copy_to_csv(s, sql, str(tmp_path / f"copy.{fmt}"), text=fmt == "tsv", delimiter="\t" if fmt == "tsv" else ",")
    finally:
        s.close()
    out["\\copy TO"] = (tmp_path / f"copy.{fmt}").read_text(encoding="utf-8")
    if fmt == "csv":
        out["web download"] = web_csv(url, sql)
    return out


def test_every_csv_path_writes_the_same_bytes(table: tuple[str, str], tmp_path: Path) -> None:
    url, name = table
    expected = ENGINES[engine_of(url)][2]
    for path, text in every_path(url, name, tmp_path, "csv").items():
        assert text == expected, path


def test_postgres_csv_and_tsv_are_what_copy_writes(pg_url: str, tmp_path: Path) -> None:
    import psycopg

    name = fresh("oc")
    execute(pg_url, PG_TABLE.replace("{t}", name), PG_ROWS.replace("{t}", name))
    try:
        with psycopg.connect(pg_url, options="-c TimeZone=UTC") as conn:
            for fmt, expected in (("csv", PG_CSV), ("text", PG_TSV)):
                with conn.cursor().copy(f"COPY (SELECT * FROM {name} ORDER BY id) TO STDOUT "
                                        f"(FORMAT {fmt}, HEADER)") as copy:  # fmt: skip
                    assert b"".join(bytes(chunk) for chunk in copy).decode() == expected
        url = with_utc(pg_url)
        for path, text in every_path(url, name, tmp_path, "tsv").items():
            assert text == PG_TSV, path
    finally:
        drop(pg_url, name)


def test_every_tsv_path_writes_the_same_bytes(table: tuple[str, str], tmp_path: Path) -> None:
    """PostgreSQL's text format: no quoting, NULL is \\N, tab, line feed and backslash escaped."""
    url, name = table
    paths = every_path(url, name, tmp_path, "tsv")
    expected = paths["generic writer"]
    for path, text in paths.items():
        assert text == expected, path
    lines = expected.splitlines()
    assert len(lines) == 5  # a header and four rows: line breaks inside values are escaped
    assert lines[1].split("\t")[3 if engine_of(url) == "mysql" else lines[0].split("\t").index("t")].startswith(
        'a,b "q"\\nline'
    )
    row2, row3 = lines[2].split("\t"), lines[3].split("\t")
    column = lines[0].split("\t").index("t")
    assert row2[column] == "" and row3[column] == "\\N"  # the empty string, then NULL
    assert lines[4].split("\t")[column] == " lead\\ttab\\\\back"


def test_the_fast_paths_are_taken(url: str, table: tuple[str, str]) -> None:
    """The byte comparisons above compare something: each engine's native path runs for its table
    (DuckDB: for the columns its CSV writer can write in the dialect; SQLite has none)."""
    from aishell.engines import connect
    from aishell.urls import DatabaseURL

    url, name = table
    engine = engine_of(url)
    if engine == "mysql":
        from aishell.engines.duckdb.scanner import extension
        from aishell.engines.mysql.bulk import scan_to_csv

        if extension("mysql_scanner") is None:
            pytest.skip("DuckDB's mysql scanner is not installed")
        chunks: list[bytes] = []
        assert scan_to_csv(DatabaseURL.parse(url), name, chunks.append, header=True, delimiter=",") == 4
        assert b"".join(chunks).decode() == MYSQL_CSV
        return
    conn = connect(DatabaseURL.parse(url))
    try:
        written: list[bytes] = []
        if engine == "postgres":
            assert conn.copy_out_csv(f"SELECT * FROM {name} ORDER BY id", written.append) == 4
            assert b"".join(written).decode() == PG_CSV
            written.clear()
            assert conn.copy_out_csv(f"SELECT * FROM {name} ORDER BY id", written.append, delimiter="\t", fmt="text") == 4
            assert b"".join(written).decode() == PG_TSV
        elif engine == "duckdb":
            sql = f"SELECT {DUCKDB_NATIVE} FROM {name} ORDER BY id"
            assert conn.copy_out_csv(sql, written.append) == 4
            assert b"".join(written).decode() == generic(url, sql, CSVWriter)
            # lists and floats: DuckDB writes them its own way, so the generic writer does
            assert conn.copy_out_csv(f"SELECT * FROM {name} ORDER BY id", written.append) is None
            assert conn.copy_out_csv(sql, written.append, fmt="text") is None
        else:
            assert conn.copy_out_csv(f"SELECT * FROM {name}", written.append) is None
    finally:
        conn.close()


def test_text_is_the_same_bytes_on_every_engine(pg_url: str, mysql_url: str, tmp_path: Path) -> None:
    """What the engines share -- numbers, text with quotes, commas, line breaks, tabs and backslashes,
    NULL and the empty string -- is written the same way by each, fast path or not."""
    urls = [pg_url, mysql_url, f"sqlite:///{tmp_path / 'x.db'}?create=1", f"duckdb:///{tmp_path / 'x.duckdb'}?create=1"]
    texts = ["a,b \"q\"\nline", "", None, " lead\ttab\\back", "\\.", "é"]
    name = fresh("oc_text")
    for url in urls:
        lit = (lambda v: "NULL" if v is None else "'" + v.replace("\\", "\\\\").replace("'", "''") + "'") if (
            url.startswith("mysql")) else (lambda v: "NULL" if v is None else "'" + v.replace("'", "''") + "'")
        values = ", ".join(f"({i}, {lit(v)})" for i, v in enumerate(texts, 1))
        execute(url, f"CREATE TABLE {name} (id int PRIMARY KEY, t varchar(40))", f"INSERT INTO {name} VALUES {values}")
    try:
        outputs = {}
        for url in urls:
            for fmt in ("csv", "tsv"):
                out = tmp_path / f"{engine_of(url)}.{fmt}"
                run("query", "--db", url, "-F", fmt, "-o", str(out), f"SELECT id, t FROM {name} ORDER BY id")
                outputs[engine_of(url), fmt] = out.read_text(encoding="utf-8")
                run("export", "--db", url, "--table", name, "-o", str(out))
                assert out.read_text(encoding="utf-8") == outputs[engine_of(url), fmt]
        assert outputs["postgres", "csv"] == 'id,t\n1,"a,b ""q""\nline"\n2,""\n3,\n4, lead\ttab\\back\n5,\\.\n6,é\n'
        assert outputs["postgres", "tsv"] == 'id\tt\n1\ta,b "q"\\nline\n2\t\n3\t\\N\n4\t lead\\ttab\\\\back\n5\t\\\\.\n6\té\n'
        for (engine, fmt), text in outputs.items():
            assert text == outputs["postgres", fmt], (engine, fmt)
    finally:
        for url in urls:
            drop(url, name)


def test_one_text_column_quotes_the_end_of_data_marker(tmp_path: Path) -> None:
    r"""``\.`` alone on a line ends PostgreSQL's COPY data: a one-column CSV quotes it (as COPY
    does); DuckDB's writer could not, so that result takes the generic writer."""
    for url in (f"duckdb:///{tmp_path / 'm.duckdb'}?create=1", f"sqlite:///{tmp_path / 'm.db'}?create=1"):
        out = tmp_path / "m.csv"
        run("query", "--db", url, "-F", "csv", "-o", str(out), "SELECT '\\.' AS t UNION ALL SELECT 'x'")
        assert out.read_text() == 't\n"\\."\nx\n'


# --------------------------------------------------------------------------- item 2
def test_table_output_tells_null_from_the_empty_string(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}?create=1"
    out = run("query", "--db", url, "-F", "table", "SELECT NULL AS a, '' AS b")
    assert out.splitlines()[2].split("|")[0].strip() == "<null>" and out.splitlines()[2].split("|")[1].strip() == ""
    out = run("query", "--db", url, "-F", "vertical", "SELECT NULL AS a, '' AS b")
    assert "a | <null>" in out and "b | \n" in out
    assert "a | -" in run("query", "--db", url, "-F", "vertical", "--null", "-", "SELECT NULL AS a")


@pytest.mark.parametrize("engine", ["sqlite", "duckdb"])
def test_a_missing_database_file_is_an_error_not_a_new_database(engine: str, tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    url = f"{engine}:///{path}"
    r = CliRunner().invoke(cli, ["query", "--db", url, "SELECT 1"])
    assert r.exit_code == 3
    assert f"no such database file: {path} (pass --create to make one)" in r.output
    assert not path.exists()
    for args in (["--create", "query", "--db", url, "CREATE TABLE t (id int)"],
                 ["query", "--db", url + "?create=1", "SELECT 1"]):  # fmt: skip
        path.unlink(missing_ok=True)
        run(*args)
        assert path.exists()
    assert "t" in run("query", "--db", url, "-F", "csv", "SELECT 'x' AS t")  # it exists now: opened as is


def test_commands_that_make_a_database_still_do(tmp_path: Path) -> None:
    """``copy --to``, ``backup restore --to`` and ``import --create`` write a new database file."""
    src = f"sqlite:///{tmp_path / 'src.db'}?create=1"
    run("query", "--db", src, "CREATE TABLE t (id int PRIMARY KEY, name text); INSERT INTO t VALUES (1, 'a')")
    for engine in ("sqlite", "duckdb"):
        copied = tmp_path / f"copied.{engine}"
        run("copy", "--from", src, "--to", f"{engine}:///{copied}", "--all", "--create")
        assert run("query", "--db", f"{engine}:///{copied}", "-F", "csv", "SELECT * FROM t") == "id,name\n1,a\n"
        archive = tmp_path / f"b.{engine}.aishell"
        run("backup", "create", "--db", src, "-o", str(archive))
        restored = tmp_path / f"restored.{engine}"
        run("backup", "restore", str(archive), "--to", f"{engine}:///{restored}")
        assert run("query", "--db", f"{engine}:///{restored}", "-F", "csv", "SELECT * FROM t") == "id,name\n1,a\n"
        data = tmp_path / "in.csv"
        data.write_text("id,name\n7,z\n")
        imported = tmp_path / f"imported.{engine}"
        run("import", str(data), "--db", f"{engine}:///{imported}", "--table", "t", "--create")
        assert run("query", "--db", f"{engine}:///{imported}", "-F", "csv", "SELECT * FROM t") == "id,name\n7,z\n"


def test_value_settings_of_the_server_do_not_change_the_bytes(pg_url: str, tmp_path: Path) -> None:
    """A role whose defaults write dates, bytea and floats otherwise still exports the one dialect."""
    import psycopg

    role = fresh("oc_role")
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN")
        admin.execute(f"ALTER ROLE {role} SET DateStyle = 'SQL, DMY'")
        admin.execute(f"ALTER ROLE {role} SET bytea_output = 'escape'")
        admin.execute(f"ALTER ROLE {role} SET extra_float_digits = 0")
    try:
        url = pg_url.replace("postgres@", f"{role}@", 1)
        sql = "SELECT date '2024-03-01' AS d, '\\x00ff'::bytea AS b, 0.1::float8 AS f"
        expected = "d,b,f\n2024-03-01,\\x00ff,0.1\n"
        assert run("query", "--db", url, "-F", "csv", sql) == expected
        assert generic(url, sql, CSVWriter) == expected
    finally:
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute(f"DROP ROLE {role}")
