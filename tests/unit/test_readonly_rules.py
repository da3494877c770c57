"""Read-only mode is an allow-list: the classifier's proof of a read, rule by rule.

The side effects of these statements on real servers are checked by
tests/security/; here each rule of the proof is checked without a server.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from aishell.engines.readsafe import limit_settings, read_functions, read_pragmas, safe_settings
from aishell.services.policy import Policy, Verdict, role_policy
from aishell.sql.classify import DANGEROUS_FUNCTIONS, MAX_DEPTH, classify

ENGINES = ["postgres", "mysql", "sqlite", "duckdb", "oracle"]
READ_ONLY = Policy(read_only=True)


def refused(sql: str, dialect: str) -> str:
    decision = READ_ONLY.judge_all([classify(sql, dialect)])
    assert decision.verdict is Verdict.REFUSE, f"{dialect}: {sql!r} was allowed in read-only mode"
    return decision.message


@pytest.mark.parametrize("engine", ENGINES)
def test_no_known_dangerous_function_is_on_a_read_list(engine: str) -> None:
    listed = read_functions(engine)
    assert len(listed) > 60
    harmful = DANGEROUS_FUNCTIONS - ({"glob"} if engine == "sqlite" else set())  # SQLite's glob() matches text
    assert not (listed & harmful), sorted(listed & harmful)
    assert not (safe_settings(engine) & limit_settings(engine))


def test_lists_hold_what_reads_need() -> None:
    assert {"count", "sum", "lower", "now", "date_trunc", "jsonb_build_object", "pg_size_pretty"} <= read_functions(
        "postgres"
    )
    assert {"date_format", "ifnull", "group_concat", "json_extract"} <= read_functions("mysql")
    assert {"strftime", "julianday", "group_concat", "json_extract"} <= read_functions("sqlite")
    assert {"range", "list_transform", "strftime", "duckdb_tables"} <= read_functions("duckdb")
    assert "table_info" in read_pragmas("sqlite") and "optimize" not in read_pragmas("sqlite")
    assert read_functions("") >= read_functions("postgres") | read_functions("mysql")


@pytest.mark.parametrize(
    ("dialect", "sql", "reason"),
    [
        # COPY is a read only when its own target is the client
        ("postgres", "COPY (SELECT 'stdout' AS x) TO '/tmp/x.txt'", "writes a file"),
        ("postgres", "COPY (SELECT 1) TO '/tmp/x.txt' WITH (NULL 'stdout')", "writes a file"),
        ("postgres", "COPY t TO '/tmp/stdout' -- STDOUT", "writes a file"),
        ("postgres", "COPY t TO PROGRAM 'id'", "runs a program"),
        # functions by the engine's list; SQL text evaluated again is not a read
        ("postgres", "SELECT * FROM ts_stat($q$SELECT to_tsvector(pg_read_file('/etc/passwd'))$q$)", "ts_stat()"),
        ("postgres", "SELECT query_to_xml('select 1', true, true, '')", "query_to_xml()"),
        ("postgres", 'SELECT U&"pg\\005fread\\005ffile"(\'/etc/passwd\')', "not on postgres's list"),
        ("postgres", "SELECT lo_from_bytea(0, 'x')", "lo_from_bytea()"),
        ("postgres", "SELECT pg_notify('c', 'x')", "pg_notify()"),
        ("postgres", "SELECT pg_stat_reset()", "pg_stat_reset()"),
        ("postgres", "SELECT pg_advisory_lock(1)", "pg_advisory_lock()"),
        ("postgres", "SELECT evil.lower('a')", "evil.lower()"),
        ("postgres", "SELECT my_function(1)", "my_function()"),
        ("postgres", "SELECT nextval('s')", "sequence"),
        # settings: only harmless ones
        ("postgres", "SET standard_conforming_strings = off", "standard_conforming_strings"),
        ("postgres", "SET SESSION CHARACTERISTICS AS TRANSACTION READ/**/WRITE", "read-only mode does not allow"),
        ("postgres", 'SET U&"default\\005ftransaction\\005fread\\005fonly" = off', "read-only mode does not allow"),
        ("postgres", "SELECT set_config('default_transaction_read_only', 'off', false)", "set_config()"),
        ("postgres", "SET statement_timeout = 0", "statement_timeout"),
        ("postgres", "RESET ALL", "all"),
        ("postgres", "SET search_path = evil, pg_catalog", "pg_catalog after"),
        ("postgres", "SET ROLE postgres", "role"),
        # transaction control that lifts read-only; EXPLAIN ANALYZE is its statement
        ("postgres", "BEGIN READ/**/WRITE", "READ WRITE"),
        ("postgres", "START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE", "READ WRITE"),
        ("postgres", "EXPLAIN /**/ ANALYZE DELETE FROM t", "DELETE"),
        ("postgres", "EXPLAIN (BUFFERS, ANALYZE) INSERT INTO t VALUES (1)", "INSERT"),
        ("postgres", "EXPLAIN DELETE FROM t WHERE id = 1", "DELETE"),
        ("postgres", "DO $$ BEGIN EXECUTE 'DROP TABLE t'; END $$", "may change anything"),
        ("postgres", "SELECT 1; DELETE FROM t", "DELETE"),
        ("mysql", "SELECT LOAD_FILE('/etc/passwd')", "load_file()"),
        ("mysql", "SELECT 1 INTO OUTFILE '/tmp/x'", "not understood"),
        ("mysql", "SET sql_mode = 'NO_BACKSLASH_ESCAPES'", "sql_mode"),
        ("mysql", "SET /**/GLOBAL general_log_file = '/tmp/x.log'", "server-wide"),
        ("mysql", "SET NAMES utf8mb4, @@global.general_log = 1", "server-wide"),
        ("mysql", "START TRANSACTION READ/**/WRITE", "READ WRITE"),
        ("mysql", "SET STATEMENT max_statement_time = 0 FOR SELECT 1", "read-only mode does not allow"),
        ("mysql", "SET @x = load_file('/etc/passwd')", "load_file()"),
        ("mysql", "SELECT GET_LOCK('x', 0)", "get_lock()"),
        ("mysql", "SELECT * FROM t /*! INTO OUTFILE '/tmp/x' */", "executable comment"),
        ("duckdb", "SELECT * FROM '/etc/passwd'", "reads the file"),
        ("duckdb", 'SELECT * FROM "data.csv"', "reads the file"),
        ("duckdb", "SELECT * FROM read_ndjson('x')", "read_ndjson()"),
        ("duckdb", "SET VARIABLE x = (FROM 'file.csv')", "reads the file"),
        ("duckdb", "PRAGMA profiling_output = '/tmp/x'", "sets a value"),
        ("duckdb", "PRAGMA enable_profiling", "acts on the database"),
        ("duckdb", "SELECT * FROM glob('/etc/*')", "glob()"),
        ("duckdb", "SELECT getenv('HOME')", "getenv()"),
        ("sqlite", "ATTACH '/tmp/x.db' AS x", "opens another database file"),
        ("sqlite", "SELECT load_extension('x')", "load_extension()"),
        ("sqlite", "PRAGMA query_only = 0", "sets a value"),
        ("sqlite", "PRAGMA wal_checkpoint", "acts on the database"),
        ("sqlite", "VACUUM INTO '/tmp/x.db'", "administrative"),
    ],
)
def test_what_cannot_be_proven_a_read_is_refused(dialect: str, sql: str, reason: str) -> None:
    message = refused(sql, dialect)
    assert reason in message
    assert "\n" not in message  # one line


@pytest.mark.parametrize(
    ("dialect", "sql"),
    [
        ("postgres", "SELECT a, count(*) FROM t JOIN u USING (id) WHERE x > now() - interval '1 day' GROUP BY a"),
        ("postgres", "WITH x(a) AS (SELECT 1) SELECT a, row_number() OVER (ORDER BY a) FROM x"),
        ("postgres", "SELECT to_char(now(), 'YYYY'), coalesce(a, 0)::text, j->>'a', extract(year from now()) FROM t"),
        ("postgres", "EXPLAIN (FORMAT JSON) SELECT 1"),
        ("postgres", "COPY (SELECT 1) TO STDOUT WITH (FORMAT csv)"),
        ("postgres", "SELECT pg_size_pretty(pg_database_size(current_database())), pg_catalog.lower('A')"),
        ("postgres", "SELECT * FROM generate_series(1, 3) AS g(n)"),
        ("postgres", "BEGIN READ ONLY"),
        ("postgres", "SET search_path TO myschema, public"),
        ("postgres", "SET TIME ZONE 'UTC'"),
        ("mysql", "SELECT DATE_FORMAT(NOW(), '%Y'), IFNULL(a, 1), GROUP_CONCAT(x SEPARATOR ',') FROM t GROUP BY a"),
        ("mysql", "SET NAMES utf8mb4"),
        ("mysql", "SET @x = 1"),
        ("mysql", "START TRANSACTION READ ONLY"),
        ("sqlite", "SELECT strftime('%Y', d), julianday('now'), iif(a, 1, 2), total(x) FROM t"),
        ("sqlite", "PRAGMA table_info(t)"),
        ("sqlite", "EXPLAIN QUERY PLAN SELECT * FROM t"),
        ("duckdb", "SELECT * FROM range(10)"),
        ("duckdb", "SELECT list_transform([1, 2], x -> x + 1), epoch_ms(1)"),
        ("duckdb", "SUMMARIZE t"),
        ("duckdb", "PRAGMA table_info('t')"),
    ],
)
def test_reads_still_run(dialect: str, sql: str) -> None:
    assert READ_ONLY.judge_all([classify(sql, dialect)]).verdict is Verdict.ALLOW


def test_deep_nesting_is_a_clear_refusal() -> None:
    sql = "SELECT " + "(" * 3000 + "1" + ")" * 3000
    message = refused(sql, "postgres")
    assert f"nested 3000 levels deep (the limit is {MAX_DEPTH})" in message
    assert Policy().judge(classify(sql, "postgres")).verdict is Verdict.REFUSE  # in every mode


def test_roles_and_limits() -> None:
    viewer, analyst, admin = role_policy("viewer"), role_policy("analyst"), role_policy("admin")
    timeout = classify("SET statement_timeout = 0", "postgres")
    assert timeout.lifts_limits
    assert admin.judge(timeout).verdict is Verdict.REFUSE  # the server's limit holds for admins too
    assert Policy().judge(timeout).verdict is Verdict.ALLOW  # a CLI user may change their own
    assert classify("SET STATEMENT max_statement_time = 0 FOR SELECT 1", "mysql").lifts_limits
    for sql in ("DO $$ BEGIN EXECUTE 'DROP TABLE t'; END $$", "SELECT my_function()", "CALL p()"):
        assert analyst.judge(classify(sql, "postgres")).verdict is Verdict.REFUSE
    write = classify("UPDATE t SET a = 1 WHERE id = 2", "postgres")
    assert analyst.judge(write).verdict is Verdict.CONFIRM
    assert analyst.judge(classify("EXPLAIN ANALYZE DELETE FROM t WHERE id = 1", "postgres")).verdict is Verdict.CONFIRM
    assert analyst.judge(classify("SELECT 1", "postgres")).verdict is Verdict.ALLOW
    assert viewer.judge(write).verdict is Verdict.REFUSE
    with pytest.raises(ValueError, match="unknown role"):
        role_policy("root")


@pytest.mark.parametrize(
    ("dialect", "sql", "reason"),
    [
        ("postgres", "COPY t FROM '/etc/passwd'", "reads a file on the server"),
        ("mysql", "SET NAMES gbk", "character set to gbk"),
        ("mysql", "SET CHARACTER SET sjis", "character set to sjis"),
        ("sqlite", "BEGIN IMMEDIATE", "write lock"),
        ("mysql", "/*!DELETE FROM canary WHERE id = 1*/", "executable comment"),
    ],
)
def test_more_ways_around_read_only(dialect: str, sql: str, reason: str) -> None:
    from aishell.sql.split import split_statements

    classes = [classify(s.sql, dialect) for s in split_statements(sql, dialect)]
    assert classes, "an executable comment is code, not a comment to drop"
    decision = READ_ONLY.judge_all(classes)
    assert decision.verdict is Verdict.REFUSE and reason in decision.message
    assert role_policy("analyst").judge_all(classes).verdict is not Verdict.ALLOW


def test_a_function_of_the_database_sharing_a_builtin_name_is_not_a_builtin() -> None:
    assert READ_ONLY.judge(classify("SELECT lower(42)", "postgres")).verdict is Verdict.ALLOW
    c = classify("SELECT lower(42)", "postgres", shadowed=frozenset({"lower"}))
    assert c.kind.value == "unknown" and "its own function of that name" in c.describe()
    assert classify("SELECT pg_catalog.lower('A')", "postgres", shadowed=frozenset({"lower"})).is_read
    assert classify("SELECT lower(42)", "postgres").is_read  # the context does not leak
    assert classify("SET NAMES utf8mb4", "mysql").kind.value == "session"
    assert classify("COPY t FROM STDIN", "postgres").kind.value == "write"


def test_the_user_may_vouch_for_more_functions(isolated_home: Path) -> None:
    from aishell.config import config_path
    from aishell.errors import ConfigError

    assert READ_ONLY.judge(classify("SELECT st_area(geom) FROM parcels", "postgres")).verdict is Verdict.REFUSE
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[read_only]\nfunctions = ["ST_Area"]\n', encoding="utf-8")
    assert READ_ONLY.judge(classify("SELECT st_area(geom) FROM parcels", "postgres")).verdict is Verdict.ALLOW
    # the database's own function of that name is what it vouched for: not refused as a shadow
    assert classify("SELECT st_area(geom) FROM parcels", "postgres", shadowed=frozenset({"st_area"})).is_read
    assert READ_ONLY.judge(classify("SELECT st_length(geom) FROM parcels", "postgres")).verdict is Verdict.REFUSE
    path.write_text('[read_only]\nfunctions = ["pg_read_file"]\n', encoding="utf-8")
    os.utime(path, (time.time() + 5, time.time() + 5))  # a new modification time, whatever the clock
    with pytest.raises(ConfigError, match="cannot allow pg_read_file"):
        classify("SELECT 1", "postgres")
