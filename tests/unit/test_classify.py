import pytest

from aishell.services.policy import Policy, Verdict
from aishell.sql.classify import Kind, classify, classify_script


@pytest.mark.parametrize(
    ("sql", "dialect", "kind"),
    [
        ("select * from t", "postgres", Kind.READ),
        ("with x as (select 1) select * from x", "postgres", Kind.READ),
        ("select 1 union select 2", "mysql", Kind.READ),
        ("show tables", "mysql", Kind.READ),
        ("describe t", "mysql", Kind.READ),
        ("explain select 1", "postgres", Kind.READ),
        ("pragma table_info(t)", "sqlite", Kind.READ),
        ("insert into t values (1)", "postgres", Kind.WRITE),
        ("update t set a = 1 where id = 2", "mysql", Kind.WRITE),
        ("delete from t where id = 1", "sqlite", Kind.WRITE),
        ("merge into t using s on t.id = s.id when matched then delete", "postgres", Kind.WRITE),
        ("create table x (a int)", "duckdb", Kind.DDL),
        ("drop table t", "postgres", Kind.DDL),
        ("alter table t add column b int", "postgres", Kind.DDL),
        ("begin", "postgres", Kind.TRANSACTION),
        ("commit", "mysql", Kind.TRANSACTION),
        ("set search_path = a", "postgres", Kind.SESSION),
        ("use db", "mysql", Kind.SESSION),
        ("grant select on t to u", "postgres", Kind.ADMIN),
        ("vacuum", "postgres", Kind.ADMIN),
        ("call p()", "mysql", Kind.ADMIN),  # a procedure may change the schema
        ("this is not sql", "postgres", Kind.UNKNOWN),
        ("discard all", "postgres", Kind.UNKNOWN),
    ],
)
def test_kinds(sql: str, dialect: str, kind: Kind) -> None:
    assert classify(sql, dialect).kind is kind


@pytest.mark.parametrize(
    ("sql", "dialect", "reason"),
    [
        ("select * into backup from t", "postgres", "SELECT INTO creates backup"),
        ("with d as (delete from t returning *) select * from d", "postgres", "data-modifying CTE"),
        ("select nextval('s')", "postgres", "changes a sequence"),
        ("select * from t for update", "postgres", "locks rows"),
        ("/* select */ delete from t", "postgres", "DELETE without WHERE on t"),
        ("explain analyze delete from t", "postgres", "DELETE without WHERE on t"),
        ("set session characteristics as transaction read write", "postgres", "read-only"),
        ("set default_transaction_read_only = off", "postgres", "read-only"),
        ("pragma query_only = 0", "sqlite", "read-only"),
    ],
)
def test_hidden_writes_are_not_reads(sql: str, dialect: str, reason: str) -> None:
    c = classify(sql, dialect)
    assert not c.is_read
    assert reason in c.describe()


def test_dangerous_functions_and_copy_program() -> None:
    c = classify("select pg_read_file('/etc/passwd')", "postgres")
    assert c.dangerous == ["pg_read_file"] and not c.is_read
    c = classify("copy t to program 'rm -rf /'", "postgres")
    assert c.kind is Kind.ADMIN and "PROGRAM" in c.describe()
    assert classify("copy (select 1) to stdout", "postgres").is_read
    assert classify("copy t from stdin", "postgres").kind is Kind.WRITE


def test_destructive_statements_name_what_changes() -> None:
    assert classify("drop table if exists a.b, c", "postgres").reasons == ["DROP TABLE a.b, c"]
    assert classify("truncate orders", "postgres").reasons == ["TRUNCATE orders"]
    assert classify("update t set a = 1", "mysql").reasons == ["UPDATE without WHERE on t (every row)"]
    assert classify("alter table t drop column a", "postgres").reasons == ["ALTER t drops column a"]
    assert not classify("delete from t where id = 3", "postgres").destructive


def test_multi_statement_block_takes_the_strictest_kind() -> None:
    c = classify("select 1; drop table t", "postgres")
    assert c.kind is Kind.DDL and c.destructive
    assert [x.kind for x in classify_script("select 1; insert into t values (1);", "sqlite")] == [Kind.READ, Kind.WRITE]


def test_policy_read_only_refuses_everything_but_reads() -> None:
    p = Policy(read_only=True)
    for sql in ("select * into x from t", "insert into t values (1)", "drop table t", "select pg_read_file('x')",
                "with d as (delete from t returning *) select 1", "garbage statement"):
        assert p.judge(classify(sql, "postgres")).verdict is Verdict.REFUSE, sql
    for sql in ("select 1", "begin", "set search_path = x", "explain select 1"):
        assert p.judge(classify(sql, "postgres")).verdict is Verdict.ALLOW, sql


def test_policy_confirms_destructive_and_respects_switches() -> None:
    p = Policy()
    d = p.judge_all([classify("select 1", "postgres"), classify("delete from t", "postgres")])
    assert d.verdict is Verdict.CONFIRM and "DELETE without WHERE on t" in d.message
    assert Policy(confirm_destructive=False).judge(classify("drop table t", "")).verdict is Verdict.ALLOW
    assert Policy(allow_writes=False).judge(classify("insert into t values (1)", "")).verdict is Verdict.REFUSE
    assert Policy(allow_ddl=False).judge(classify("create table t (a int)", "")).verdict is Verdict.REFUSE
    assert Policy(allow_ddl=False).judge(classify("insert into t values (1)", "")).verdict is Verdict.ALLOW


@pytest.mark.parametrize(
    ("sql", "dialect"),
    [
        ("begin read write", "postgres"),
        ("start transaction read write", "mysql"),
        ("set global max_connections = 10", "mysql"),
        ("set session transaction read write", "mysql"),
        ("set tx_read_only = 0", "mysql"),
        ("flush tables", "mysql"),
        ("kill 5", "mysql"),
        ("set role admin", "postgres"),
        ("select get_lock('a', 1)", "mysql"),
    ],
)
def test_read_only_escapes_are_refused(sql: str, dialect: str) -> None:
    assert Policy(read_only=True).judge(classify(sql, dialect)).verdict is Verdict.REFUSE


def test_mysql_executable_comments_are_never_reads() -> None:
    for sql in ("SELECT * FROM t /*! INTO OUTFILE '/tmp/x' */", "SELECT 1 /*M!100000 , sleep(1) */"):
        c = classify(sql, "mysql")
        assert c.kind is Kind.UNKNOWN and "executable comment" in c.describe()
        assert Policy(read_only=True).judge(c).verdict is Verdict.REFUSE


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "sqlite", "duckdb"])
@pytest.mark.parametrize(
    "where", ["1=1", "TRUE", "1", "id = id", "x IS NULL OR x IS NOT NULL", "2 > 1", "a = 1 OR 1 = 1", "x = x AND y = y"]
)
def test_a_where_every_row_meets_is_no_where(where: str, dialect: str) -> None:
    for verb in ("DELETE FROM t", "UPDATE t SET a = 1"):
        c = classify(f"{verb} WHERE {where}", dialect)
        assert c.destructive and "every row meets" in c.describe()
        assert Policy().judge(c).verdict is Verdict.CONFIRM


@pytest.mark.parametrize("where", ["id = 1", "1 = 1 AND a = 2", "0", "a IS NULL OR b IS NOT NULL", "x IS NULL"])
def test_a_real_where_is_not_destructive(where: str) -> None:
    assert not classify(f"DELETE FROM t WHERE {where}", "postgres").destructive
