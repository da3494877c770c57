"""Roles: the ``[roles]`` settings, the tables a statement touches, and the role's judgment.

The same verdicts in every face are checked by ``tests/integration/test_roles_matrix.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aishell.config import load_settings
from aishell.connections import ConnectionStore
from aishell.errors import ConfigError
from aishell.services.policy import BUILTIN_ROLES, Role, RolePolicy, Scope, Verdict, class_of, role_policy
from aishell.services.roles import effective_role, role_named, role_names
from aishell.sql.classify import classify
from aishell.sql.kinds import Kind, fold_name


def write_config(home: Path, text: str) -> None:
    path = home / "config" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- config
def test_custom_roles_extend_and_override(isolated_home: Path) -> None:
    write_config(isolated_home, """
[roles]
default = "reporting"
[roles.reporting]
extends = "viewer"
tables = ["orders", "sales.*"]
max_rows = 100
timeout = 5
[roles.clerk]
extends = "reporting"
classes = ["read", "write"]
deny_tables = ["orders"]
""")  # fmt: skip
    settings = load_settings()
    assert settings.roles.default == "reporting"
    assert role_names(settings) == ["viewer", "analyst", "admin", "reporting", "clerk"]
    reporting = role_named("reporting", settings)
    assert reporting.classes == {"read"} and reporting.reads_only and reporting.max_rows == 100
    assert reporting.timeout == 5.0 and not reporting.ask_writes
    assert reporting.scopes == (Scope(tables=("orders", "sales.*")),)
    clerk = role_named("clerk", settings)  # inherits the tables, max_rows and timeout it does not set
    assert clerk.classes == {"read", "write"} and clerk.max_rows == 100
    assert clerk.scopes == (Scope(tables=("orders", "sales.*"), deny_tables=("orders",)),)
    with pytest.raises(ConfigError, match="unknown role 'nobody'"):
        role_named("nobody", settings)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[roles.r]\nclasses = ["read", "drop"]', r"\[roles.r\] classes: unknown class drop"),
        ("[roles.r]\nmax_rows = 0", r"\[roles.r\] max_rows must be a whole number"),
        ("[roles.r]\nmax_rows = true", r"\[roles.r\] max_rows"),
        ('[roles.r]\ntimeout = "soon"', r"\[roles.r\] timeout must be a number"),
        ("[roles.r]\ntables = [1]", r"\[roles.r\] tables must be a list of names"),
        ('[roles.r]\nask_writes = "yes"', r"\[roles.r\] ask_writes must be true or false"),
        ("[roles.r]\ncolour = 1", r"\[roles.r\]: unknown key colour"),
        ('[roles.r]\nextends = "ghost"', r"\[roles.r\] extends: unknown role 'ghost'"),
        ('[roles.a]\nextends = "b"\n[roles.b]\nextends = "a"', r"extends: a cycle"),
        ("[roles.viewer]\nmax_rows = 1", r"viewer is a built-in role"),
        ('[roles]\ndefault = "ghost"', r"\[roles\] default: unknown role 'ghost'"),
        ("[roles]\nr = 1", r"\[roles\] r must be a table"),
        ('[roles."bad name"]\nmax_rows = 1', r"bad role name"),
    ],
)
def test_bad_role_settings_name_the_key(isolated_home: Path, text: str, message: str) -> None:
    write_config(isolated_home, text)
    with pytest.raises(ConfigError, match=message):
        load_settings()


def test_a_bound_role_is_a_ceiling(isolated_home: Path) -> None:
    write_config(isolated_home, '[roles]\ndefault = "analyst"\n[roles.few]\nextends = "admin"\ntables = ["t"]\n')
    settings = load_settings()
    assert effective_role(None, None, settings) == BUILTIN_ROLES["analyst"]  # the default
    assert effective_role("admin", None, settings) == BUILTIN_ROLES["admin"]  # asked for, nothing bound
    assert effective_role(None, "viewer", settings) == BUILTIN_ROLES["viewer"]
    narrowed = effective_role("admin", "viewer", settings)  # --role cannot widen the bound role
    assert narrowed is not None and narrowed.classes == {"read"} and narrowed.reads_only
    both = effective_role("few", "analyst", settings)
    assert both is not None and both.classes == {"read", "write"} and both.confirm_writes
    assert both.scopes == (Scope(tables=("t",)),) and both.name == "analyst&few"
    store = ConnectionStore()
    saved, _ = store.add("prod", "sqlite:///x.db", role="viewer")
    assert saved.role == "viewer" and store.get("prod") == saved
    assert 'role = "viewer"' in store.path.read_text()


def test_builtin_role_policies_keep_their_meaning() -> None:
    viewer, analyst, admin = (role_policy(r) for r in ("viewer", "analyst", "admin"))
    assert viewer.read_only and not viewer.allow_writes and not viewer.allow_ddl
    assert analyst.allow_writes and analyst.confirm_writes and not analyst.allow_ddl
    assert admin.allow_writes and admin.allow_ddl and admin.confirm_destructive and admin.lock_limits
    assert class_of(Kind.UNKNOWN) == {"ddl", "admin"} and class_of(Kind.SESSION) == frozenset()


# --------------------------------------------------------------------------- tables a statement touches
@pytest.mark.parametrize(
    ("sql", "dialect", "relations"),
    [
        ("SELECT * FROM a JOIN b ON a.id = b.id WHERE a.x IN (SELECT x FROM c)", "postgres", [("a",), ("b",), ("c",)]),
        ("WITH w AS (SELECT * FROM base) SELECT * FROM w", "postgres", [("base",)]),  # the CTE is not a table
        ("WITH w AS (SELECT 1) SELECT * FROM sch.w", "postgres", [("sch", "w")]),  # qualified: the table
        # a name used before its CTE is defined is the real table
        ("WITH a AS (SELECT * FROM b), b AS (SELECT 1) SELECT * FROM a", "postgres", [("b",)]),
        ("WITH RECURSIVE r AS (SELECT 1 UNION ALL SELECT * FROM r) SELECT * FROM r", "postgres", []),
        # the CTE of a subquery does not hide the outer query's table of the same name
        ("SELECT * FROM secret, (WITH secret AS (SELECT 1) SELECT * FROM secret) x", "postgres", [("secret",)]),
        ('SELECT * FROM Sales."Orders"', "postgres", [("sales", "Orders")]),  # folded unless quoted
        ('SELECT * FROM "MAIN"."Tab"', "sqlite", [("main", "tab")]),  # SQLite compares without case
        ("SELECT * FROM hr.emp", "oracle", [("HR", "EMP")]),
        ("WITH s AS (SELECT * FROM src) INSERT INTO dst SELECT * FROM s", "postgres", [("dst",), ("src",)]),
        ("UPDATE t SET v = (SELECT max(v) FROM u)", "postgres", [("t",), ("u",)]),
        ("DROP TABLE x", "postgres", [("x",)]),
        ("SELECT * FROM generate_series(1, 3)", "postgres", []),
        ("SELECT 1; SELECT * FROM z", "postgres", [("z",)]),
        ("EXPLAIN SELECT * FROM q", "postgres", [("q",)]),
        ("BEGIN", "postgres", []),
    ],
)
def test_relations(sql: str, dialect: str, relations: list[tuple[str, ...]]) -> None:
    assert classify(sql, dialect).relations == relations


def test_relations_not_known_are_none() -> None:
    assert classify("VACUUM", "postgres").relations is None  # kept as text by the parser
    assert classify("SELEC nonsense FROM", "postgres").relations is None
    assert classify("SELECT 1; VACUUM", "postgres").relations is None


def test_fold_name() -> None:
    assert fold_name("Orders", False, "lower") == "orders" and fold_name("Orders", True, "lower") == "Orders"
    assert fold_name("emp", False, "upper") == "EMP" and fold_name("Orders", True, "none") == "orders"
    assert fold_name("Orders", False, "exact") == "Orders" and fold_name("Orders", True, "exact") == "Orders"


def test_mysql_relations_keep_their_case() -> None:
    """MySQL's table names are as case-sensitive as the server's files: ``t`` and ``T`` can be two tables."""
    assert classify("SELECT * FROM Orders JOIN shop.Items ON 1", "mysql").relations == [("Orders",), ("shop", "Items")]
    assert classify("WITH x AS (SELECT 1) SELECT * FROM X", "mysql").relations == [("X",)]  # not the CTE


def test_mysql_roles_allow_exactly_and_deny_without_case() -> None:
    """On MySQL a role's allowed tables match as written (``PUB`` is another table on a Linux server)
    and its denied ones match in any case (the same table where the server ignores case)."""
    allow = Role("reporting", frozenset({"read"}), (Scope(tables=("pub",)),))
    deny = Role("writer", frozenset({"read"}), (Scope(deny_tables=("secret",), deny_schemas=("hr",)),))

    def verdict(role: Role, sql: str) -> Verdict:
        policy = role.policy()
        policy.folding, policy.default_schema = "exact", "test"
        return policy.judge_all([classify(sql, "mysql")]).verdict

    assert verdict(allow, "SELECT * FROM pub") is Verdict.ALLOW
    assert verdict(allow, "SELECT * FROM test.pub") is Verdict.ALLOW
    assert verdict(allow, "SELECT * FROM PUB") is Verdict.REFUSE
    assert verdict(allow, "SELECT * FROM TEST.pub") is Verdict.REFUSE
    for sql in ("SELECT * FROM secret", "SELECT * FROM SECRET", "SELECT * FROM `Secret`", "SELECT * FROM HR.x"):
        assert verdict(deny, sql) is Verdict.REFUSE, sql
    assert verdict(deny, "SELECT * FROM pub") is Verdict.ALLOW


# --------------------------------------------------------------------------- the role's judgment
def judge(role: Role, sql: str, dialect: str = "postgres", default_schema: str | None = "public") -> Verdict:
    policy = role.policy()
    policy.folding, policy.default_schema, policy.search_path = "lower", default_schema, "search_path"
    return policy.judge_all([classify(sql, dialect)]).verdict


REPORTING = Role("reporting", frozenset({"read"}), (Scope(tables=("orders", "sales.*", '"Mixed"')),), max_rows=5)
WRITER = Role("writer", frozenset({"read", "write"}), (Scope(schemas=("public",), deny_tables=("public.salaries",)),))
OPS = Role("ops", frozenset({"read", "write", "ddl", "admin"}), (Scope(tables=("orders",)),))


@pytest.mark.parametrize(
    ("role", "sql", "verdict"),
    [
        (REPORTING, "SELECT * FROM orders", Verdict.ALLOW),
        (REPORTING, "SELECT * FROM ORDERS", Verdict.ALLOW),  # folded as the engine folds
        (REPORTING, 'SELECT * FROM "ORDERS"', Verdict.REFUSE),  # a different table on PostgreSQL
        (REPORTING, "SELECT * FROM public.orders", Verdict.ALLOW),  # the default schema
        (REPORTING, "SELECT * FROM other.orders", Verdict.REFUSE),
        (REPORTING, "SELECT * FROM sales.anything", Verdict.ALLOW),
        (REPORTING, 'SELECT * FROM "Mixed"', Verdict.ALLOW),
        (REPORTING, "SELECT * FROM mixed", Verdict.REFUSE),
        (REPORTING, "SELECT * FROM orders WHERE id IN (SELECT id FROM secret)", Verdict.REFUSE),
        (REPORTING, "WITH o AS (SELECT * FROM secret) SELECT * FROM o", Verdict.REFUSE),
        (REPORTING, "WITH secret AS (SELECT * FROM orders) SELECT * FROM secret", Verdict.ALLOW),
        (REPORTING, "SELECT nextval('s')", Verdict.REFUSE),  # a function that writes: a write
        (REPORTING, "VACUUM orders", Verdict.REFUSE),
        (WRITER, "UPDATE orders SET x = 1 WHERE id = 1", Verdict.ALLOW),
        (WRITER, "UPDATE public.salaries SET x = 1 WHERE id = 1", Verdict.REFUSE),  # denied
        (WRITER, "SELECT * FROM salaries", Verdict.REFUSE),
        (WRITER, "SELECT * FROM hr.people", Verdict.REFUSE),  # schema not allowed
        (WRITER, "SET search_path = hr", Verdict.REFUSE),  # would move where names are looked up
        (WRITER, "SET application_name = 'x'", Verdict.ALLOW),
        (OPS, "DROP TABLE orders", Verdict.CONFIRM),
        (OPS, "DROP TABLE other", Verdict.REFUSE),
        (OPS, "VACUUM", Verdict.REFUSE),  # which tables it touches cannot be told
        (OPS, "SELECT my_function()", Verdict.REFUSE),  # unknown: may read anything
        (BUILTIN_ROLES["admin"], "VACUUM", Verdict.ALLOW),
        (BUILTIN_ROLES["analyst"], "INSERT INTO t VALUES (1)", Verdict.CONFIRM),
        (BUILTIN_ROLES["analyst"], "CREATE TABLE t (id int)", Verdict.REFUSE),
        (BUILTIN_ROLES["viewer"], "SELECT 1; DELETE FROM t", Verdict.REFUSE),
    ],
)
def test_role_verdicts(role: Role, sql: str, verdict: Verdict) -> None:
    assert judge(role, sql) is verdict


def test_unqualified_names_with_a_schema_list_need_a_default_schema() -> None:
    role = Role("r", frozenset({"read"}), (Scope(schemas=("app",)),))
    assert judge(role, "SELECT * FROM app.t", "mysql", None) is Verdict.ALLOW
    assert judge(role, "SELECT * FROM t", "mysql", None) is Verdict.REFUSE
    assert judge(role, "SELECT * FROM t", "mysql", "app") is Verdict.ALLOW
    assert judge(role, "USE other", "mysql", "app") is Verdict.REFUSE


def test_narrowing_keeps_both_scopes_and_the_smaller_limits() -> None:
    a = Role("a", frozenset({"read", "write"}), (Scope(tables=("x", "y")),), max_rows=10, timeout=None,
             ask_writes=True)  # fmt: skip
    b = Role("b", frozenset({"read"}), (Scope(tables=("y", "z")),), max_rows=None, timeout=3.0)
    both = a.narrow(b)
    assert both.classes == {"read"} and both.max_rows == 10 and both.timeout == 3.0 and not both.ask_writes
    assert judge(both, "SELECT * FROM y") is Verdict.ALLOW
    assert judge(both, "SELECT * FROM x") is Verdict.REFUSE and judge(both, "SELECT * FROM z") is Verdict.REFUSE
    assert a.narrow(a) is a
    assert isinstance(a.policy(), RolePolicy) and a.policy().restricted


def test_switching_to_a_bound_connection_narrows_the_session(tmp_path: Path) -> None:
    import sqlite3

    from aishell.connections import Target
    from aishell.services.session import Session
    from aishell.urls import DatabaseURL

    sqlite3.connect(tmp_path / "r.db").close()
    url = DatabaseURL.parse(f"sqlite:///{tmp_path / 'r.db'}")
    session = Session(Target(url, None, "--db"), role=BUILTIN_ROLES["admin"], timeout=30)
    try:
        assert not session.read_only and session.role is BUILTIN_ROLES["admin"]
        session.reconnect(Target(url, "ro", "--db", role="viewer"))
        assert session.read_only and session.role is not None and session.role.classes == {"read"}
        assert session.decide("CREATE TABLE t (id int)").verdict is Verdict.REFUSE
        assert session.timeout == 30
    finally:
        session.close()


def test_ask_runs_generated_writes_only_where_the_role_says(tmp_path: Path) -> None:
    import sqlite3

    from aishell.ai.pipeline import AskResult
    from aishell.connections import Target
    from aishell.errors import PolicyError
    from aishell.output.sink import CollectingSink
    from aishell.services.ask import run_answer
    from aishell.services.session import Session
    from aishell.urls import DatabaseURL

    conn = sqlite3.connect(tmp_path / "a.db")
    conn.execute("CREATE TABLE t (id int)")
    conn.close()
    url = DatabaseURL.parse(f"sqlite:///{tmp_path / 'a.db'}")
    clerk = Role("clerk", frozenset({"read", "write"}), ask_writes=False)
    session = Session(Target(url, None, "--db"), role=clerk)
    try:
        assert session.decide("INSERT INTO t VALUES (1)").verdict is Verdict.ALLOW  # typed: the role allows it
        assert session.decide("INSERT INTO t VALUES (1)", generated=True).verdict is Verdict.REFUSE
        assert session.decide("SELECT * FROM t", generated=True).verdict is Verdict.ALLOW
        answer = AskResult(question="add one", sql="INSERT INTO t VALUES (1)", ok=True)
        with pytest.raises(PolicyError, match="runs only reads that ask generates"):
            run_answer(session, answer, CollectingSink(), confirmed=True)
        assert session.query_rows("SELECT count(*) FROM t")[1] == [(0,)]
    finally:
        session.close()


def test_exports_and_backups_keep_to_the_role(tmp_path: Path) -> None:
    """The data services' own fast paths do not escape the role: an export of a forbidden table
    is refused, an allowed one is cut at max_rows (and says so), a backup is refused."""
    import sqlite3

    from aishell.connections import Target
    from aishell.errors import PolicyError
    from aishell.services.data.backup import create_backup
    from aishell.services.data.export import ExportOptions, export
    from aishell.services.session import Session
    from aishell.urls import DatabaseURL

    conn = sqlite3.connect(tmp_path / "e.db")
    conn.executescript("CREATE TABLE pub (id int); CREATE TABLE payroll (id int); INSERT INTO pub VALUES (1), (2), (3);")
    conn.close()
    url = DatabaseURL.parse(f"sqlite:///{tmp_path / 'e.db'}")
    reporter = Role("reporter", frozenset({"read"}), (Scope(tables=("pub",)),), max_rows=2)
    session = Session(Target(url, None, "--db"), role=reporter)
    try:
        for fmt in ("csv", "parquet"):
            out = tmp_path / f"pub.{fmt}"
            assert export(session, ExportOptions(str(out), table="pub")) == 2
        assert (tmp_path / "pub.csv").read_text().split() == ["id", "1", "2"]
        with pytest.raises(PolicyError, match="may not touch payroll"):
            export(session, ExportOptions(str(tmp_path / "s.csv"), table="payroll"))
        with pytest.raises(PolicyError, match="limits which tables"):
            create_backup(session, str(tmp_path / "b.aishell"))
        assert not (tmp_path / "s.csv").exists() and not (tmp_path / "b.aishell").exists()
    finally:
        session.close()


def test_copies_keep_to_the_source_role(tmp_path: Path) -> None:
    """A copy reads whole tables: a role that caps rows cannot copy at all (a cut copy would
    change the data without a word), one that limits tables copies only those, and a refused
    copy creates nothing in the target."""
    import sqlite3

    from aishell.connections import Target
    from aishell.errors import PolicyError, UsageError
    from aishell.services.data.copy import copy_tables
    from aishell.services.session import Session
    from aishell.urls import DatabaseURL

    for name in ("src.db", "dst.db"):
        conn = sqlite3.connect(tmp_path / name)
        if name == "src.db":
            conn.executescript("CREATE TABLE pub (id int); CREATE TABLE payroll (id int); "
                               "INSERT INTO pub VALUES (1), (2), (3); INSERT INTO payroll VALUES (9);")  # fmt: skip
        conn.close()

    def session(name: str, role: Role | None = None) -> Session:
        return Session(Target(DatabaseURL.parse(f"sqlite:///{tmp_path / name}"), None, "--db"), role=role)

    tables_only = Role("pub_only", frozenset({"read"}), (Scope(tables=("pub",)),))
    capped = Role("capped", frozenset({"read"}), max_rows=2)
    # a table outside the role's list is not even listed to it: "no such table", as for any name it cannot see
    for role, names, message in ((tables_only, ["payroll"], "no such table: payroll"),
                                 (capped, ["pub"], "limits results to 2 rows")):  # fmt: skip
        src, dst = session("src.db", role), session("dst.db")
        try:
            with pytest.raises((PolicyError, UsageError), match=message):
                copy_tables(src, dst, names, create=True)
        finally:
            src.close()
            dst.close()
    src, dst = session("src.db", tables_only), session("dst.db")
    try:
        copy_tables(src, dst, ["pub"], create=True)
    finally:
        src.close()
        dst.close()
    check = sqlite3.connect(tmp_path / "dst.db")
    assert [r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["pub"]
    src = session("src.db", tables_only)
    try:  # the catalog every face lists (\dt, completion, the web's tree, MCP) holds only what it may read
        assert [t.name for t in src.catalog().tables] == ["pub"]
        with pytest.raises(PolicyError, match="may not touch payroll"):  # and a typed read is refused by the gate
            src.query_rows("SELECT * FROM payroll")
    finally:
        src.close()
    assert check.execute("SELECT count(*) FROM pub").fetchone() == (3,)
    check.close()


def test_a_saved_connection_binds_its_role_in_the_cli_and_mcp(tmp_path: Path) -> None:
    import sqlite3

    from click.testing import CliRunner

    from aishell.cli.main import cli
    from aishell.mcp.tools import open_connections, resolve_specs

    sqlite3.connect(tmp_path / "c.db").executescript("CREATE TABLE t (id int);").close()
    url = f"sqlite:///{tmp_path / 'c.db'}"
    runner = CliRunner()
    ghost = runner.invoke(cli, ["conn", "add", "x", url, "--role", "ghost"])
    assert ghost.exit_code == 2 and "unknown role 'ghost'" in ghost.output
    assert runner.invoke(cli, ["conn", "add", "ro", url, "--role", "viewer"]).exit_code == 0
    assert "role=viewer" in runner.invoke(cli, ["conn", "list"]).output
    widened = runner.invoke(cli, ["--role", "admin", "-d", "ro", "query", "INSERT INTO t VALUES (1)"])
    assert widened.exit_code == 1 and "read-only" in widened.output  # --role admin cannot widen the bound viewer
    assert runner.invoke(cli, ["-d", url, "query", "INSERT INTO t VALUES (2)"]).exit_code == 0  # unbound: no role
    (conn,) = open_connections(resolve_specs(["ro"]), allow_writes=True)  # the bound role beats the flags
    try:
        assert conn.role == "viewer" and not conn.writes and conn.session.read_only
    finally:
        conn.session.close()
    with sqlite3.connect(tmp_path / "c.db") as check:
        assert check.execute("SELECT id FROM t").fetchall() == [(2,)]
