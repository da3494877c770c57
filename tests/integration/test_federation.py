"""Federated queries (``aishell query --attach``, ``\\attach``): one statement across PostgreSQL,
MariaDB, SQLite, a CSV and a Parquet file, in DuckDB; read-only in the gate and in DuckDB itself;
EXPLAIN per source; passwords never shown.  Small tables, made once for the module."""

from __future__ import annotations

import io
import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.connections import resolve
from aishell.engines.dialect import DuckDBAttach
from aishell.engines.duckdb import federate
from aishell.errors import ConfigError, ConnectError, PolicyError, UsageError
from aishell.services import federation
from aishell.services.factory import make_session
from aishell.services.federation import FederatedSession, federated_session, pushdown, pushdown_text
from aishell.urls import DatabaseURL


class World:
    def __init__(self, pg: str, my: str, sqlite: str, csv: Path, parquet: Path, t: str) -> None:
        self.pg, self.my, self.sqlite, self.csv, self.parquet, self.t = pg, my, sqlite, csv, parquet, t

    def specs(self) -> list[str]:
        return [f"pg={self.pg}", f"my={self.my}", f"sq={self.sqlite}", f"c={self.csv}", f"p={self.parquet}"]


@pytest.fixture(scope="module")
def world(pg_url: str, mysql_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    import psycopg
    import pymysql

    t = f"fed_{uuid.uuid4().hex[:8]}"
    base = tmp_path_factory.mktemp("federation")
    with psycopg.connect(pg_url.replace("postgresql://", "postgresql://", 1), autocommit=True) as pg:
        pg.execute(f"CREATE TABLE {t}_people (id int PRIMARY KEY, name text, amount numeric(10,2))")
        pg.execute(f"INSERT INTO {t}_people SELECT g, 'p' || g, g * 10 FROM generate_series(1, 50) g")
    my_url = DatabaseURL.parse(mysql_url)
    my = pymysql.connect(host=my_url.host, port=my_url.port or 3306, user=my_url.user or "root",
                         database=my_url.database, autocommit=True)  # fmt: skip
    with my.cursor() as cur:
        cur.execute(f"CREATE TABLE {t}_cities (id int PRIMARY KEY, city varchar(20))")
        cur.executemany(f"INSERT INTO {t}_cities VALUES (%s, %s)", [(i, f"c{i % 5}") for i in range(1, 51)])
    db = base / "s.db"
    with sqlite3.connect(db) as lite:
        lite.execute("CREATE TABLE tags (id int, tag text)")
        lite.executemany("INSERT INTO tags VALUES (?, ?)", [(i, f"t{i}") for i in range(1, 11)])
    csv = base / "scores.csv"
    csv.write_text("id,score\n" + "".join(f"{i},{i * 2}\n" for i in range(1, 6)))
    parquet = base / "flags.parquet"
    duckdb.sql(f"COPY (SELECT range::INT AS id, range % 2 = 0 AS even FROM range(1, 4)) TO '{parquet}'")
    try:
        yield World(pg_url, mysql_url, f"sqlite:///{db}", csv, parquet, t)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as pg:
            pg.execute(f"DROP TABLE IF EXISTS {t}_people")
        with my.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {t}_cities")
        my.close()


@pytest.fixture(scope="module")
def fed(world: World) -> Iterator[FederatedSession]:
    session = federated_session(world.specs())
    try:
        yield session
    finally:
        session.close()


def _join(t: str) -> str:
    return (f"SELECT p.id, p.name, c.city, s.tag, sc.score, f.even FROM pg.public.{t}_people p "
            f"JOIN my.{t}_cities c USING (id) JOIN sq.tags s USING (id) JOIN c AS sc USING (id) "
            f"LEFT JOIN p AS f USING (id) WHERE p.amount <= 40 ORDER BY p.id")  # fmt: skip


def test_one_statement_joins_five_sources(fed: FederatedSession, world: World) -> None:
    _cols, rows = fed.query_rows(_join(world.t))
    assert [tuple(r) for r in rows] == [(1, "p1", "c1", "t1", 2, False), (2, "p2", "c2", "t2", 4, True),
                                        (3, "p3", "c3", "t3", 6, False), (4, "p4", "c4", "t4", 8, None)]  # fmt: skip
    assert federation.listing(fed).rows == [
        ("pg", "postgres", DatabaseURL.parse(world.pg).display(), ""),
        ("my", "mysql", DatabaseURL.parse(world.my).display(), ""),
        ("sq", "sqlite", DatabaseURL.parse(world.sqlite).display(), ""),
        ("c", "file (read_csv)", str(world.csv), ""),
        ("p", "file (read_parquet)", str(world.parquet), ""),
    ]


def test_explain_shows_what_each_source_is_sent(fed: FederatedSession, world: World) -> None:
    sql = (f"SELECT p.name, c.city FROM pg.public.{world.t}_people p JOIN my.{world.t}_cities c USING (id) "
           "WHERE p.amount > 100 AND c.city = 'c3'")  # fmt: skip
    reads = {r.source: r for r in pushdown(fed, sql, fed.explain(sql))}
    assert set(reads) == {"pg", "my"}
    (pg_scan,) = reads["pg"].scans
    assert pg_scan.operator == "POSTGRES_SCAN" and pg_scan.table == f"{world.t}_people"
    assert set(pg_scan.projections) == {"id", "name", "amount"} and "amount>100" in " ".join(pg_scan.filters)
    (my_scan,) = reads["my"].scans
    assert my_scan.operator == "MYSQL_SCAN" and set(my_scan.projections) == {"id", "city"}
    assert "city='c3'" in " ".join(my_scan.filters).replace(" ", "")
    text = pushdown_text(list(reads.values()))
    assert "pg  [postgres]" in text and "filters: amount>100" in text


def test_the_gate_refuses_writes_and_unattached_files(fed: FederatedSession, world: World, tmp_path: Path) -> None:
    for sql in (f"DELETE FROM pg.public.{world.t}_people", f"INSERT INTO my.{world.t}_cities VALUES (99, 'x')",
                "UPDATE sq.tags SET tag = 'x'", "CREATE TABLE copied AS SELECT 1",
                "ATTACH 'other.db' AS other", f"SELECT * FROM read_csv('{world.csv}')"):  # fmt: skip
        with pytest.raises(PolicyError, match="read-only mode refuses"):
            fed.query_rows(sql)
    _cols, rows = fed.query_rows(f"SELECT count(*) FROM pg.public.{world.t}_people")
    assert rows == [(50,)]


def test_duckdb_itself_refuses_writes_to_attached_sources(world: World, tmp_path: Path) -> None:
    """The engine layer alone: a plain DuckDB connection set up with the same statements."""
    sources = {"pg": DatabaseURL.parse(world.pg), "my": DatabaseURL.parse(world.my), "sq": DatabaseURL.parse(world.sqlite)}
    from aishell.engines import dialect_of

    raw = duckdb.connect()
    for name, url in sources.items():
        att = dialect_of(url.engine).duckdb_attach(url)
        assert att is not None
        for sql in [*federate.load_statements(att), federate.attach_statement(name, att)]:
            raw.execute(sql)
    raw.execute(federate.view_statement("c", str(world.csv), "read_csv"))
    for sql in federate.lock_statements([str(world.csv)]):
        raw.execute(sql)
    for sql in (f"DELETE FROM pg.public.{world.t}_people", f"INSERT INTO my.{world.t}_cities VALUES (99, 'x')",
                "UPDATE sq.tags SET tag = 'x'"):  # fmt: skip
        with pytest.raises(duckdb.Error, match="read-only"):
            raw.execute(sql)
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    for sql in (f"SELECT * FROM read_csv('{secret}')", f"COPY (SELECT 1) TO '{tmp_path / 'out.csv'}'",
                f"ATTACH '{tmp_path / 'x.db'}' AS x", "SET enable_external_access = true"):  # fmt: skip
        with pytest.raises(duckdb.Error):
            raw.execute(sql)
    assert raw.execute("SELECT sum(score) FROM c").fetchall() == [(30,)]
    raw.close()


def _run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_cli_query_with_db_as_default_and_attached_file(world: World) -> None:
    r = _run("query", "--db", world.pg, "--attach", f"c={world.csv}", "-F", "csv",
             f"SELECT p.name, c.score FROM {world.t}_people p JOIN c USING (id) ORDER BY 1 LIMIT 2")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["name,score", "p1,2", "p2,4"]
    r = _run("query", "--attach", f"pg={world.pg}", f"DELETE FROM pg.public.{world.t}_people")
    assert r.exit_code == 1 and "read-only mode refuses DELETE" in r.output


def test_cli_explain_json_has_pushdown(world: World) -> None:
    r = _run("explain", "-F", "json", "--attach", f"pg={world.pg}", "--attach", f"sq={world.sqlite}",
             f"SELECT name FROM pg.public.{world.t}_people p JOIN sq.tags USING (id) WHERE tag = 't3'")  # fmt: skip
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    by_source = {p["source"]: p for p in doc["pushdown"]}
    assert by_source["pg"]["scans"][0]["operator"] == "POSTGRES_SCAN"
    assert by_source["sq"]["scans"][0]["operator"] == "SQLITE_SCAN"


def test_password_is_never_shown(world: World) -> None:
    url = "postgresql://postgres:Hunter2Secret@127.0.0.1:1/nowhere"
    r = _run("query", "--attach", f"pg={url}", "SELECT 1")
    assert r.exit_code == 3, r.output
    assert "cannot attach pg" in r.output and "Hunter2Secret" not in r.output
    att = DuckDBAttach("postgres", "host=x password='Hunter2Secret'", "postgres_scanner")
    assert "Hunter2Secret" not in repr(federation.Source("pg", "x", att))


def test_missing_scanner_names_the_extra() -> None:
    att = DuckDBAttach("nowhere", "x", "nowhere_scanner")
    assert federate.load_statements(att) == ["INSTALL nowhere_scanner", "LOAD nowhere_scanner"]
    session = FederatedSession([federation.Source("n", "x", att)])
    with pytest.raises(ConfigError, match=r"the nowhere scanner is not installed: pip install 'aishell\[duckdb\]'"):
        session.connection()
    session.close()


def test_bad_attachments_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="NAME=URL"):
        federation.parse_spec("postgresql://x")
    with pytest.raises(UsageError, match="plain name"):
        federation.source("temp", "x.csv")
    with pytest.raises(UsageError, match="no such file"):
        federation.source("f", str(tmp_path / "missing.parquet"))
    with pytest.raises(UsageError, match="no scanner for Oracle"):
        federation.source("o", "oracle://u@127.0.0.1:1521/svc")
    with pytest.raises(UsageError, match="attached already"):
        FederatedSession([federation.Source("a", "x", path="/x.csv", reader="read_csv")] * 2)
    assert federation.default_name(DatabaseURL.parse("duckdb:///tmp/my-app.duckdb")) == "my_app"
    assert federation.default_name(DatabaseURL.parse("postgresql://u@h/main")) == "main_db"
    assert federate.file_reader("a.csv.gz") == "read_csv" and federate.file_reader("a.db") is None


def test_attach_and_detach_turn_a_session_federated_and_back(world: World, tmp_path: Path) -> None:
    """The REPL's \\attach / \\detach, through their commands."""
    from aishell.repl.commands import dispatch  # (registers the commands)

    db = tmp_path / "local.duckdb"
    duckdb.connect(str(db)).execute("CREATE TABLE local AS SELECT 3 AS id").close()

    class Shell:
        def __init__(self) -> None:
            self.session = make_session(f"duckdb:///{db}", source="repl")
            self.lines: list[str] = []
            self.listings: list[Any] = []

        def echo(self, text: str) -> None:
            self.lines.append(text)

        def show(self, listing: Any) -> None:
            self.listings.append(listing)

        def refresh_catalog(self, wait: bool = False) -> None:
            self.session.invalidate_catalog()

        fmt = "table"
        out = io.StringIO()

        def _out(self) -> io.StringIO:
            return self.out

        def _done(self, out: Any) -> None:
            pass

    shell: Any = Shell()
    dispatch(shell, f"\\attach sq {world.sqlite}")
    session = shell.session
    assert isinstance(session, FederatedSession) and session.read_only
    _cols, rows = session.query_rows("SELECT l.id, t.tag FROM local l JOIN sq.tags t USING (id)")
    assert rows == [(3, "t3")]
    dispatch(shell, "\\explain SELECT tag FROM sq.tags WHERE tag = 't3'")
    assert "sq  [sqlite]" in shell.out.getvalue() and "SQLITE_SCAN tags" in shell.out.getvalue()
    dispatch(shell, "\\attach")
    assert [r[0] for r in shell.listings[-1].rows] == ["local", "sq"]
    dispatch(shell, f"\\attach c {world.csv}")
    assert shell.session is session and session.query_rows("SELECT count(*) FROM c")[1] == [(5,)]
    with pytest.raises(ConnectError):
        dispatch(shell, "\\attach bad postgresql://postgres@127.0.0.1:1/x")
    assert [s.name for s in session.sources] == ["local", "sq", "c"]  # unchanged, and still open
    dispatch(shell, "\\detach c")
    dispatch(shell, "\\detach sq")
    plain = shell.session
    assert not isinstance(plain, FederatedSession) and not plain.read_only
    plain.query_rows("INSERT INTO local VALUES (4)")  # writable again
    assert plain.query_rows("SELECT count(*) FROM local")[1] == [(2,)]
    plain.close()


def test_two_sources_of_one_kind_are_told_apart_by_name(world: World) -> None:
    session = federated_session([f"pg={world.pg}", f"pg2={world.pg}"])
    try:
        one = f"SELECT name FROM pg2.public.{world.t}_people WHERE id = 3"
        assert [r.source for r in pushdown(session, one, session.explain(one))] == ["pg2"]
        both = (f"SELECT a.id FROM pg.public.{world.t}_people a JOIN pg2.public.{world.t}_people b "
                "USING (id) WHERE b.id = 1")  # fmt: skip
        reads = pushdown(session, both, session.explain(both))
        assert [r.source for r in reads] == ["?"] and len(reads[0].scans) == 2  # the same table in both
        with pytest.raises(UsageError, match="nothing is attached as 'nope'"):
            federation.detach(session, "nope")
        with pytest.raises(UsageError, match="detach them before connecting elsewhere"):
            session.reconnect(resolve(world.pg))
        session.reconnect(session.target)  # the same host: re-opened with its sources
        assert session.query_rows(f"SELECT count(*) FROM pg2.public.{world.t}_people")[1] == [(50,)]
    finally:
        session.close()


def test_roles_bind_a_federated_session(world: World) -> None:
    """--role and a saved connection's bound role apply to --attach as to one database: the
    row cap of the role asked for, and a table allow-list that the federated tables are outside of."""
    from aishell.config import config_path
    from aishell.connections import ConnectionStore

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[roles.two]\nextends = "viewer"\nmax_rows = 2\n\n'
                    '[roles.tags_only]\nextends = "viewer"\ntables = ["tags"]\n')  # fmt: skip
    sql = f"SELECT id FROM {world.t}_people ORDER BY id"
    r = _run("--role", "two", "query", "--attach", f"pg={world.pg}", "-F", "csv", sql.replace(" FROM ", " FROM pg."))
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[:3] == ["id", "1", "2"] and "3" not in r.output.splitlines()
    assert "truncated: 48 more rows" in r.output
    ConnectionStore().add("bound", world.pg, role="tags_only")
    r = _run("query", "--attach", "pg=bound", "-F", "csv", sql.replace(" FROM ", " FROM pg."))
    assert r.exit_code != 0 and "tags_only" in r.output, r.output
