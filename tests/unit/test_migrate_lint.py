"""Migration lint (``services/migrate_lint.lint``): each rule fires on the dangerous statement
and stays quiet on its safe form, per dialect; the shared rules and the backup convention."""

from __future__ import annotations

import pytest

from aishell.engines import dialect_of
from aishell.engines.migrate_lint import NO_RULES, Finding
from aishell.services.migrate_lint import lint, worst


def rules(sql: str, dialect: str, *earlier: str) -> set[str]:
    """The rules that fire on the last file ``sql`` (after the files ``earlier``)."""
    files = [(f"{i:03}.sql", text) for i, text in enumerate((*earlier, sql))]
    return {f.rule for f in lint(files, dialect) if f.file == files[-1][0]}


# ---------------------------------------------------------------- PostgreSQL
PG_CASES = [
    (
        "pg-add-column-rewrite",
        "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()",
        "ALTER TABLE users ADD COLUMN created timestamptz DEFAULT now()",
    ),
    (
        "pg-add-column-rewrite",
        "ALTER TABLE users ADD COLUMN n int GENERATED ALWAYS AS IDENTITY",
        "ALTER TABLE users ADD COLUMN n int DEFAULT 1",
    ),
    (
        "pg-add-unique-constraint",
        "ALTER TABLE users ADD CONSTRAINT u UNIQUE (email)",
        "ALTER TABLE users ADD CONSTRAINT u UNIQUE USING INDEX users_email_idx",
    ),
    (
        "pg-add-unique-constraint",
        "ALTER TABLE users ADD PRIMARY KEY (id)",
        "CREATE UNIQUE INDEX CONCURRENTLY i ON users (id)",
    ),
    (
        "pg-add-column-not-null",
        "ALTER TABLE users ADD COLUMN age int NOT NULL",
        "ALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT 0",
    ),
    ("pg-create-index-concurrently", "CREATE INDEX i ON users (age)", "CREATE INDEX CONCURRENTLY i ON users (age)"),
    ("pg-drop-index-concurrently", "DROP INDEX users_age", "DROP INDEX CONCURRENTLY users_age"),
    (
        "pg-alter-column-type",
        "ALTER TABLE users ALTER COLUMN name TYPE text",
        "ALTER TABLE users ALTER COLUMN name SET DEFAULT 'x'",
    ),
    (
        "pg-set-not-null",
        "ALTER TABLE users ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE users ALTER COLUMN name DROP NOT NULL",
    ),
    ("pg-drop-column", "ALTER TABLE users DROP COLUMN name", "ALTER TABLE users ADD COLUMN name text"),
    ("pg-drop-table", "DROP TABLE users", "DROP VIEW users_v"),
    (
        "pg-foreign-key-not-valid",
        "ALTER TABLE users ADD CONSTRAINT fk FOREIGN KEY (org) REFERENCES orgs (id)",
        "ALTER TABLE users ADD CONSTRAINT fk FOREIGN KEY (org) REFERENCES orgs (id) NOT VALID",
    ),
    (
        "pg-foreign-key-not-valid",
        "ALTER TABLE users ADD COLUMN org int REFERENCES orgs (id)",
        "ALTER TABLE users ADD COLUMN org int",
    ),
    (
        "pg-check-not-valid",
        "ALTER TABLE users ADD CONSTRAINT ck CHECK (age > 0)",
        "ALTER TABLE users ADD CONSTRAINT ck CHECK (age > 0) NOT VALID",
    ),
    ("pg-rename", "ALTER TABLE users RENAME COLUMN a TO b", "ALTER TABLE users ADD COLUMN b int"),
    ("pg-rename", "ALTER TABLE users RENAME TO people", "ALTER TABLE users ADD COLUMN b int"),
    (
        "pg-lock-timeout",
        "ALTER TABLE users ADD COLUMN b int",
        "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN b int",
    ),
]


@pytest.mark.parametrize(("rule", "bad", "good"), PG_CASES)
def test_postgres_rule(rule: str, bad: str, good: str) -> None:
    assert rule in rules(bad, "postgres")
    assert rule not in rules(good, "postgres")


def test_postgres_rules_skip_tables_created_in_the_migration() -> None:
    created = "CREATE TABLE users (id int, name text, age int)"
    later = (
        "CREATE INDEX i ON users (age);\nALTER TABLE users ADD COLUMN x int NOT NULL;\n"
        "ALTER TABLE users ALTER COLUMN name TYPE varchar(9);\nDROP TABLE users"
    )
    assert rules(later, "postgres", created) == set()
    assert rules(created + ";\n" + later, "postgres") == set()


def test_postgres_lock_timeout_set_local_counts_and_is_per_file() -> None:
    assert "pg-lock-timeout" not in rules("BEGIN;\nSET LOCAL lock_timeout = '1s';\nDROP INDEX i", "postgres")
    assert "pg-lock-timeout" in rules("DROP INDEX i", "postgres", "SET lock_timeout = '1s'")


def test_postgres_not_null_is_an_error_naming_the_column() -> None:
    [finding] = [
        f
        for f in lint([("1.sql", "ALTER TABLE users ADD COLUMN age int NOT NULL")], "postgres")
        if f.rule == "pg-add-column-not-null"
    ]
    assert finding.severity == "error"
    assert "users.age" in finding.message
    assert "DEFAULT" in finding.hint


def test_create_index_hint_says_concurrently_cannot_run_in_a_transaction() -> None:
    [finding] = [
        f for f in lint([("1.sql", "CREATE INDEX i ON t (a)")], "postgres") if f.rule == "pg-create-index-concurrently"
    ]
    assert finding.severity == "warning"
    assert "transaction" in finding.hint


# ---------------------------------------------------------------- MariaDB / MySQL
MY_CASES = [
    (
        "mysql-modify-column",
        "ALTER TABLE t MODIFY COLUMN c bigint",
        "ALTER TABLE t MODIFY COLUMN c bigint, ALGORITHM=INSTANT",
    ),
    (
        "mysql-modify-column",
        "ALTER TABLE t CHANGE a b int",
        "ALTER TABLE t CHANGE a b int, ALGORITHM=INPLACE, LOCK=NONE",
    ),
    ("mysql-not-null", "ALTER TABLE t MODIFY c int NOT NULL", "ALTER TABLE t MODIFY c int NULL"),
    (
        "mysql-drop-primary-key",
        "ALTER TABLE t DROP PRIMARY KEY",
        "ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (a, b)",
    ),
    (
        "mysql-add-primary-key",
        "ALTER TABLE t ADD PRIMARY KEY (a)",
        "ALTER TABLE t ADD PRIMARY KEY (a), ALGORITHM=INPLACE",
    ),
    ("mysql-add-auto-increment", "ALTER TABLE t ADD COLUMN id int AUTO_INCREMENT", "ALTER TABLE t ADD COLUMN id int"),
    ("mysql-add-column-position", "ALTER TABLE t ADD COLUMN d int AFTER b", "ALTER TABLE t ADD COLUMN d int"),
    (
        "mysql-add-foreign-key",
        "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id)",
        "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id), ALGORITHM=INPLACE",
    ),
    (
        "mysql-alter-copy",
        "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4",
        "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4, ALGORITHM=INPLACE",
    ),
    ("mysql-alter-copy", "ALTER TABLE t ENGINE=Aria", "ALTER TABLE t COMMENT 'x'"),
    ("mysql-algorithm-copy", "ALTER TABLE t ADD COLUMN e int, ALGORITHM=COPY", "ALTER TABLE t ADD COLUMN e int"),
]


@pytest.mark.parametrize("dialect", ["mariadb", "mysql"])
@pytest.mark.parametrize(("rule", "bad", "good"), MY_CASES)
def test_mysql_rule(rule: str, bad: str, good: str, dialect: str) -> None:
    assert rule in rules(bad, dialect)
    assert rule not in rules(good, dialect)


def test_mysql_copy_hint_names_algorithm_instant() -> None:
    [finding] = lint([("1.sql", "ALTER TABLE orders MODIFY total decimal(12,2)")], "mariadb")
    assert "orders.total" in finding.message
    assert "ALGORITHM=INSTANT" in finding.hint


def test_mysql_rules_skip_tables_created_in_the_migration() -> None:
    assert rules("ALTER TABLE t MODIFY c bigint", "mariadb", "CREATE TABLE t (c int)") == set()


def test_postgres_rules_do_not_apply_to_mysql_and_back() -> None:
    assert rules("CREATE INDEX i ON t (a)", "mariadb") == set()
    assert rules("ALTER TABLE t MODIFY COLUMN c bigint", "postgres") <= {"parse-error", "pg-lock-timeout"}


# ---------------------------------------------------------------- shared rules
DESTROYING = [
    (dialect, sql)
    for dialect in ("postgres", "mariadb", "sqlite", "duckdb")
    for sql in ("DROP TABLE orders", "ALTER TABLE orders DROP COLUMN note", "TRUNCATE TABLE orders")
    if not (dialect == "sqlite" and sql.startswith("TRUNCATE"))  # SQLite has no TRUNCATE
]


@pytest.mark.parametrize(("dialect", "sql"), DESTROYING)
def test_destroying_data_without_a_backup(dialect: str, sql: str) -> None:
    assert "drop-without-backup" in rules(sql, dialect)
    assert "drop-without-backup" not in rules(sql, dialect, "CREATE TABLE orders_bak AS SELECT * FROM orders")
    assert "drop-without-backup" not in rules(f"-- aishell: backup taken: orders\n{sql}", dialect)
    assert "drop-without-backup" not in rules(f"-- aishell: backup taken\n{sql}", dialect)


def test_backup_convention_scope() -> None:
    # a named marker covers only the tables it names, in this and later files
    assert "drop-without-backup" in rules("-- aishell: backup taken: users\nDROP TABLE orders", "postgres")
    assert "drop-without-backup" not in rules(
        "DROP TABLE orders", "postgres", "-- aishell: backup taken: orders, users"
    )
    # an unnamed marker covers the rest of its own file only, and only after it
    assert "drop-without-backup" in rules("DROP TABLE orders", "postgres", "-- aishell: backup taken\nSELECT 1")
    assert "drop-without-backup" in rules("DROP TABLE orders;\n-- aishell: backup taken\n", "postgres")
    # INSERT ... SELECT into a copy counts too; a copy of another table does not
    assert "drop-without-backup" not in rules("INSERT INTO bak SELECT * FROM orders;\nDROP TABLE orders", "postgres")
    assert "drop-without-backup" in rules("CREATE TABLE bak AS SELECT * FROM users;\nDROP TABLE orders", "postgres")


def test_drop_lists_each_table() -> None:
    found = [f for f in lint([("1.sql", "DROP TABLE a, b")], "postgres") if f.rule == "drop-without-backup"]
    assert [f.message.split(" loses")[0] for f in found] == ["DROP TABLE a", "DROP TABLE b"]


@pytest.mark.parametrize("dialect", ["postgres", "mariadb", "sqlite"])
def test_delete_and_update_without_where(dialect: str) -> None:
    assert "delete-without-where" in rules("DELETE FROM logs", dialect)
    assert "delete-without-where" not in rules("DELETE FROM logs WHERE id < 10", dialect)
    assert "update-without-where" in rules("UPDATE users SET a = 1", dialect)
    assert "update-without-where" not in rules("UPDATE users SET a = 1 WHERE id = 2", dialect)
    assert rules("DELETE FROM tmp", dialect, "CREATE TABLE tmp (id int)") == set()


def test_unparseable_statement_is_a_warning_and_the_rest_is_checked() -> None:
    found = lint([("1.sql", "SELEC garbage ((;\nDELETE FROM logs")], "postgres")
    assert [(f.rule, f.severity, f.statement_index, f.line) for f in found] == [
        ("parse-error", "warning", 1, 1),
        ("delete-without-where", "warning", 2, 2),
    ]


def test_positions_skip_leading_comments() -> None:
    text = "-- migration 7\n\n/* note */\nSELECT 1;\n\n-- drop it\nDROP TABLE old;\n"
    [finding] = [f for f in lint([("007_x.sql", text)], "sqlite")]
    assert (finding.file, finding.statement_index, finding.line) == ("007_x.sql", 2, 7)


def test_findings_are_frozen_and_worst_orders_severities() -> None:
    found = lint([("1.sql", "ALTER TABLE users ADD COLUMN age int NOT NULL")], "postgres")
    assert isinstance(found[0], Finding)
    with pytest.raises(AttributeError):
        found[0].rule = "x"  # type: ignore[misc]
    assert worst(found) == "error"
    assert worst([]) is None
    assert lint([], "postgres") == []


def test_engines_without_rules_get_the_shared_ones_only() -> None:
    assert dialect_of("sqlite").migrate_lint is NO_RULES
    assert dialect_of("nonsense").migrate_lint is NO_RULES
    assert rules("CREATE INDEX i ON t (a);\nALTER TABLE t ADD COLUMN c int NOT NULL", "sqlite") == set()


# ---------------------------------------------------------------- server verification (a fake server)
class FakeCursor:
    def close(self) -> None:
        pass


class FakeConn:
    """Records what runs; refuses ALGORITHM=INSTANT for statements naming ``refuse``."""

    engine = "mysql"

    def __init__(self, refuse: str = "NOT NULL", gated: bool = True) -> None:
        self.ran: list[str] = []
        self.refuse = refuse
        self.statement_check = (lambda sql: None) if gated else None

    def current_database(self) -> str:
        return "app"

    def execute(self, sql: str, params: object = None) -> FakeCursor:
        from aishell.errors import QueryError

        if self.statement_check is not None:
            self.statement_check(sql)
        self.ran.append(sql)
        if sql.endswith("ALGORITHM=INSTANT") and self.refuse in sql:
            raise QueryError("ERROR 1845 (0A000): ALGORITHM=INSTANT is not supported for this operation")
        return FakeCursor()


MIGRATION = "CREATE TABLE fresh (a int);\nALTER TABLE t MODIFY c int NOT NULL;\nALTER TABLE t MODIFY d varchar(20);\n"


def test_verify_on_scratch_copies() -> None:
    conn = FakeConn()
    found = lint([("1.sql", MIGRATION)], "mariadb", conn=conn)  # type: ignore[arg-type]
    scratch = conn.ran[0].split("`")[1]
    assert conn.ran[0] == f"CREATE DATABASE `{scratch}`" and scratch.startswith("aishell_lint_")
    assert conn.ran[1] == f"CREATE TABLE `{scratch}`.`t` LIKE `app`.`t`"
    assert conn.ran[-1] == f"DROP DATABASE IF EXISTS `{scratch}`"
    assert not any("`app`.`t` MODIFY" in sql or sql.startswith("ALTER TABLE t ") for sql in conn.ran)
    rules_by_statement = {(f.statement_index, f.rule): f for f in found}
    assert "refused ALGORITHM=INSTANT" in rules_by_statement[(2, "mysql-modify-column")].message
    # refused INSTANT, it ran in place (LOCK=NONE) on the copy: a warning that says so, and the copy is in step
    assert f"ALTER TABLE `{scratch}`.`t` MODIFY c int NOT NULL, ALGORITHM=INPLACE, LOCK=NONE" in conn.ran
    assert rules_by_statement[(2, "mysql-modify-column")].severity == "warning"
    assert "runs in place with LOCK=NONE" in rules_by_statement[(2, "mysql-modify-column")].message
    assert (3, "mysql-verified-instant") in rules_by_statement
    assert (3, "mysql-modify-column") not in rules_by_statement


def test_verify_refused_by_the_gate_keeps_the_findings() -> None:
    from aishell.errors import PolicyError

    conn = FakeConn()

    def refuse(sql: str) -> None:
        raise PolicyError("DDL is not allowed")

    conn.statement_check = refuse
    found = lint([("1.sql", MIGRATION)], "mariadb", conn=conn)  # type: ignore[arg-type]
    assert conn.ran == []
    assert {"mysql-modify-column", "not-verified"} <= {f.rule for f in found}


def test_verify_needs_a_gated_connection_and_an_engine_that_verifies() -> None:
    bare = FakeConn(gated=False)
    found = lint([("1.sql", MIGRATION)], "mariadb", conn=bare)  # type: ignore[arg-type]
    assert bare.ran == [] and "not-verified" in {f.rule for f in found}
    other = FakeConn()
    assert lint([("1.sql", "DROP TABLE t")], "postgres", conn=other) == lint(  # type: ignore[arg-type]
        [("1.sql", "DROP TABLE t")], "postgres"
    )
    assert other.ran == []
