"""How the faces share the service layer: the session factory, the REPL's command registry,
the AI pipeline's port, the one risk display, and the CLI's install hints."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from aishell.ai.pipeline import AskResult, Pipeline
from aishell.ai.providers import OfflineProvider, ProviderConfig
from aishell.connections import resolve
from aishell.engines import connect
from aishell.engines.base import Catalog, Connection
from aishell.services.policy import Decision, Policy, Verdict
from aishell.sql.classify import Classification, classify
from aishell.state import NLExample


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.db"
    c = sqlite3.connect(path)
    c.executescript("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, country TEXT);"
                    "INSERT INTO customers VALUES (1, 'Ann', 'Peru'), (2, 'Bo', 'Chad');")  # fmt: skip
    c.commit()
    c.close()
    return path


# --------------------------------------------------------------------------- session factory
def test_factory_applies_settings_and_face_options(db: Path) -> None:
    from aishell.config import Settings
    from aishell.services.factory import make_session

    settings = Settings()
    settings.main.timeout = 7.0
    settings.main.batch_size = 123

    def confirm(question: str, reasons: list[str]) -> bool:
        return True

    session = make_session(f"sqlite:///{db}", source="repl", settings=settings, confirm=confirm)
    try:
        assert session.timeout == 7.0 and session.source == "repl"
        assert session.catalog_connection  # the REPL reads its catalog beside the user's statements
        assert session.confirm is confirm and session.password_prompt is None
        assert session.state is not None and not session.read_only
        assert [t.name for t in session.catalog().tables] == ["customers"]
    finally:
        session.close()
    one_shot = make_session(resolve(f"sqlite:///{db}"), read_only=True, timeout=1.5, settings=settings,
                            policy=Policy(allow_writes=False))  # fmt: skip
    try:
        assert one_shot.read_only and one_shot.timeout == 1.5 and not one_shot.catalog_connection
        assert not one_shot.policy.allow_writes
    finally:
        one_shot.close()


def test_factory_creates_a_file_only_when_asked(tmp_path: Path) -> None:
    from aishell.errors import AishellError
    from aishell.services.factory import make_session

    missing = tmp_path / "new.db"
    session = make_session(f"sqlite:///{missing}")
    with pytest.raises(AishellError):
        session.connection()
    session.close()
    assert not missing.exists()
    session = make_session(f"sqlite:///{missing}", create=True)
    try:
        session.connection()
    finally:
        session.close()
    assert missing.exists()


# --------------------------------------------------------------------------- the REPL's registry
def test_commands_register_without_the_shell() -> None:
    from aishell.repl import registry
    from aishell.repl.commands import special_commands

    names = {name for name, _ in special_commands()}
    assert {"\\?", "\\q", "\\d", "\\copy", "\\ask", "\\explain", "\\health", "\\slow", "\\activity"} <= names
    assert special_commands() == registry.special_commands()
    modules = ("aishell.repl.commands", "aishell.repl.ask", "aishell.repl.explain", "aishell.repl.monitoring",
               "aishell.repl.psql_commands", "aishell.repl.keyspace")
    assert all(c.handler.__module__ in modules for c in registry.COMMANDS)


def test_registry_dispatches_to_any_shell() -> None:
    from aishell.errors import UsageError
    from aishell.repl.registry import COMMANDS, Command, dispatch, run_command

    seen: list[tuple[str, str]] = []
    cmd = Command(("\\zztest",), "", "test only", lambda shell, typed, arg: seen.append((typed, arg)))
    COMMANDS.append(cmd)

    class Errors:
        def __init__(self) -> None:
            self.errors: list[BaseException] = []

        def error(self, exc: BaseException) -> None:
            self.errors.append(exc)

    shell = Errors()
    try:
        dispatch(shell, "\\zztest+  some arg; ")  # type: ignore[arg-type]
        assert seen == [("\\zztest+", "some arg")]
        run_command(shell, "\\no-such-command")  # type: ignore[arg-type]
        assert len(shell.errors) == 1 and isinstance(shell.errors[0], UsageError)
    finally:
        COMMANDS.remove(cmd)


# --------------------------------------------------------------------------- the AI port
@dataclass
class _Examples:
    items: list[NLExample] = field(default_factory=list)

    def examples(self, *, connection: str) -> list[NLExample]:
        return self.items


@dataclass(eq=False)  # hashable: the pipeline caches sampled values per database
class _PlainDatabase:
    """Not a Session: only what :class:`aishell.ai.ports.Database` declares."""

    conn: Connection
    policy: Policy = field(default_factory=Policy)
    state: _Examples | None = field(default_factory=_Examples)
    label: str = "plain"
    explained: list[str] = field(default_factory=list)

    @property
    def dialect(self) -> str:
        return self.conn.dialect

    def catalog(self) -> Catalog:
        return self.conn.catalog()

    def connection(self) -> Connection:
        return self.conn

    def explain(self, sql: str, *, assume_yes: bool = False) -> object:
        self.explained.append(sql)
        return self.conn.explain(sql)


@pytest.fixture
def plain(db: Path) -> Iterator[_PlainDatabase]:
    conn = connect(resolve(f"sqlite:///{db}").url)
    yield _PlainDatabase(conn)
    conn.close()


def test_pipeline_runs_on_any_database_port(plain: _PlainDatabase) -> None:
    result = Pipeline(plain, OfflineProvider(ProviderConfig())).run("how many customers")
    assert result.ok and result.risk == "read" and result.refused is None
    assert "customers" in result.sql.lower() and plain.explained == [result.sql]


def test_pipeline_reports_the_ports_refusal(plain: _PlainDatabase) -> None:
    plain.policy = Policy(read_only=True)
    plain.state = _Examples([NLExample("wipe the customers", "DELETE FROM customers", 0.0)])
    result = Pipeline(plain, OfflineProvider(ProviderConfig())).run("wipe the customers")
    assert result.ok and result.risk == "write"
    assert result.refused is not None and "read-only" in result.refused
    assert plain.explained == []  # a refused statement is not dry-run


def test_decision_says_whether_it_refuses() -> None:
    assert Decision(Verdict.REFUSE, ["no"]).refused
    assert not Decision(Verdict.CONFIRM).refused and not Decision(Verdict.ALLOW).refused


# --------------------------------------------------------------------------- one risk display
def _answer(sql: str) -> AskResult:
    cls: Classification = classify(sql, "sqlite")
    return AskResult("q", sql=sql, classification=cls, risk=cls.kind.value, ok=True)


def test_risk_text_is_the_same_for_every_face() -> None:
    from aishell.services.ask import risk_text

    assert risk_text(_answer("SELECT 1")) == "read"
    delete_all = _answer("DELETE FROM customers")
    assert delete_all.classification is not None
    assert risk_text(delete_all) == f"write, destructive: {delete_all.classification.describe()}"
    update = _answer("UPDATE customers SET name = 'x' WHERE id = 1")
    assert update.classification is not None
    assert risk_text(update) == f"write: {update.classification.describe()}"
    assert risk_text(AskResult("q")) == "unknown"


# --------------------------------------------------------------------------- install hints
def test_optional_extras_come_from_the_engine_registry() -> None:
    from aishell.cli.main import optional_extra
    from aishell.engines import ENGINES

    for _module, _cls, extra, driver in ENGINES.values():
        if driver is not None:
            assert optional_extra(driver) == extra
    assert optional_extra("pyarrow") == "data" and optional_extra("fastapi") == "web"
    assert optional_extra("no_such_module") is None


def test_conn_add_names_where_each_engine_finds_a_password() -> None:
    from click.testing import CliRunner

    from aishell.cli.main import cli

    def hint(url: str) -> str:
        r = CliRunner().invoke(cli, ["conn", "add", "x", url, "--replace"])
        assert r.exit_code == 0, r.stderr
        return r.stderr

    assert "set AISHELL_PASSWORD_X, PGPASSWORD or a ~/.pgpass entry, or type it" in hint("postgresql://u:pw@h/db")
    assert "set AISHELL_PASSWORD_X or MYSQL_PWD, or type it" in hint("mysql://u:pw@h/db")
    assert "set AISHELL_PASSWORD_X, or type it" in hint("oracle://u:pw@h/db")


def test_a_missing_driver_names_its_extra(capsys: pytest.CaptureFixture[str]) -> None:
    import click

    from aishell.cli.main import fail

    for module, extra in (("psycopg", "postgres"), ("duckdb", "duckdb"), ("pyarrow", "data")):
        with click.Context(click.Command("x")), pytest.raises(SystemExit) as exit_:
            fail(ModuleNotFoundError(f"No module named '{module}'", name=f"{module}.sub"))
        assert exit_.value.code == 2
        assert f"this needs {module}, which is not installed; run: pip install 'aishell[{extra}]'" in (
            capsys.readouterr().err)


def test_a_module_missing_in_the_vault_names_the_vault_extra(capsys: pytest.CaptureFixture[str]) -> None:
    """``cryptography`` is in two extras: raised in the vault, the hint names ``vault``, not ``data``."""
    import click

    from aishell.cli.main import fail

    def raised_from(module_name: str) -> ModuleNotFoundError:
        code = "raise ModuleNotFoundError(\"No module named 'cryptography'\", name='cryptography.hazmat')"
        try:
            exec(compile(code, "<raised in a module>", "exec"), {"__name__": module_name})  # a frame of that module
        except ModuleNotFoundError as exc:
            return exc
        raise AssertionError("not raised")

    for where, extra in (("aishell.vault.crypto", "vault"), ("aishell.services.data.crypto", "data")):
        with click.Context(click.Command("x")), pytest.raises(SystemExit):
            fail(raised_from(where))
        assert f"pip install 'aishell[{extra}]'" in capsys.readouterr().err, where
