from aishell.sql.split import is_complete, split_statements


def sqls(text: str, dialect: str = "") -> list[str]:
    return [s.sql for s in split_statements(text, dialect)]


def test_splits_on_semicolons_outside_strings_and_comments() -> None:
    text = "select 1; select 'a;b' -- c;d\n; /* e; */ select \"x;y\" from t;"
    assert sqls(text) == ["select 1", "select 'a;b' -- c;d", '/* e; */ select "x;y" from t']


def test_comment_only_pieces_are_dropped() -> None:
    assert sqls("-- nothing;\n/* still nothing */;  ;select 2") == ["select 2"]


def test_offsets_point_at_statement_start() -> None:
    text = "select 1;\n  select 2;"
    stmts = split_statements(text)
    assert [text[s.start : s.start + len(s.sql)] for s in stmts] == ["select 1", "select 2"]
    assert [s.terminated for s in stmts] == [True, True]


def test_unterminated_tail_is_reported() -> None:
    stmts = split_statements("select 1; select 2")
    assert [s.terminated for s in stmts] == [True, False]


def test_postgres_dollar_quotes_and_escape_strings() -> None:
    body = "create function f() returns int as $body$ begin return 1; end; $body$ language plpgsql;"
    assert sqls(body + " select $$a;b$$; select E'it\\'s;x'", "postgres") == [
        body[:-1],
        "select $$a;b$$",
        "select E'it\\'s;x'",
    ]


def test_postgres_nested_block_comments() -> None:
    assert sqls("/* a /* b; */ c; */ select 1; select 2", "postgres") == ["/* a /* b; */ c; */ select 1", "select 2"]


def test_mysql_backslash_escapes_hash_comments_and_backticks() -> None:
    assert sqls("select 'a\\';b'; # x;y\nselect `a;b` from t", "mysql") == [
        "select 'a\\';b'",
        "# x;y\nselect `a;b` from t",
    ]


def test_mysql_delimiter_command() -> None:
    text = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\nDELIMITER ;\nSELECT 3;"
    assert sqls(text, "mysql") == ["CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "SELECT 3"]


def test_mysql_routine_body_without_delimiter() -> None:
    text = "CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; SELECT CASE WHEN 1 THEN 2 END; END; SELECT 4;"
    assert sqls(text, "mysql") == [
        "CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; SELECT CASE WHEN 1 THEN 2 END; END",
        "SELECT 4",
    ]


def test_sqlite_trigger_body_and_brackets() -> None:
    text = "CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET a = 1; DELETE FROM z; END; select [a;b] from t;"
    assert sqls(text, "sqlite") == [
        "CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET a = 1; DELETE FROM z; END",
        "select [a;b] from t",
    ]


def test_begin_transaction_is_not_a_block() -> None:
    assert sqls("BEGIN; INSERT INTO t VALUES (1); COMMIT;", "sqlite") == ["BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"]


def test_oracle_plsql_block_ends_at_slash() -> None:
    text = "BEGIN\n  x := 1;\n  y := 2;\nEND;\n/\nselect 1 from dual;"
    assert sqls(text, "oracle") == ["BEGIN\n  x := 1;\n  y := 2;\nEND;", "select 1 from dual"]


def test_is_complete() -> None:
    assert is_complete("select 1;")
    assert is_complete("select 1; -- trailing comment\n")
    assert not is_complete("select 1")
    assert not is_complete("select 'abc;")
    assert not is_complete("select 1; select 2")
    assert not is_complete("")
    assert not is_complete("select $$ ; ", "postgres")


def test_non_ascii_identifiers() -> None:
    assert sqls("select café from menü; select ünïcode") == ["select café from menü", "select ünïcode"]
