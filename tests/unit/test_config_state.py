import os
from pathlib import Path

import pytest

from aishell.config import DEFAULT_CONFIG, config_path, load_settings
from aishell.connections import ConnectionStore, password_env_var, resolve
from aishell.demo import DEMO_VERSION, build, demo_path
from aishell.errors import ConfigError, UsageError
from aishell.state import StateStore


def test_settings_defaults_and_created_file() -> None:
    s = load_settings(create=True)
    assert s.repl.pager == "less -SRXF" and s.main.confirm_destructive
    assert config_path().read_text() == DEFAULT_CONFIG
    # the commented default file parses back to the same values
    assert load_settings().repl.display_limit == 1000


def test_settings_are_validated() -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text("[repl]\ndisplay_limit = 'many'\n")
    with pytest.raises(ConfigError, match="display_limit must be int"):
        load_settings()
    config_path().write_text("[repl]\nno_such = 1\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings()
    config_path().write_text("[main]\ntimeout = 5\n[repl]\nkey_bindings = 'vi'\n")
    s = load_settings()
    assert s.main.timeout == 5.0 and s.repl.key_bindings == "vi"
    config_path().write_text("[main\n")
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings()


def test_saved_connections_never_store_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    store = ConnectionStore()
    saved, stripped = store.add("prod", "postgresql://app:hunter2@db:5432/sales", read_only=True)
    assert stripped and saved.url == "postgresql://app@db:5432/sales"
    assert "hunter2" not in store.path.read_text()
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(UsageError, match="exists"):
        store.add("prod", "sqlite:///x.db")
    store.add("local", "sqlite:///x.db")
    assert [c.name for c in store.list()] == ["local", "prod"]
    store.set_default("prod")
    target = resolve(None, store)
    assert (target.name, target.source, target.read_only) == ("prod", "default", True)
    monkeypatch.setenv(password_env_var("prod"), "fromenv")
    assert resolve("prod", store).url.password == "fromenv"
    store.remove("prod")
    assert store.default() is None
    with pytest.raises(UsageError):
        store.remove("prod")
    with pytest.raises(UsageError):
        store.add("bad name!", "sqlite:///x.db")


def test_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = ConnectionStore()
    assert resolve(None, store).source == "demo"
    monkeypatch.setenv("DATABASE_URL", "sqlite:///from_database_url.db")
    assert resolve(None, store).source == "DATABASE_URL"
    monkeypatch.setenv("AISHELL_DB", "sqlite:///from_aishell_db.db")
    assert resolve(None, store).url.database == "from_aishell_db.db"
    assert resolve("duckdb:///x.duckdb", store).source == "--db"
    with pytest.raises(ConfigError, match="no saved connection named 'nope'"):
        resolve("nope", store)


def test_demo_database_is_deterministic(tmp_path: Path) -> None:
    import sqlite3

    path = demo_path()
    other = tmp_path / "again.db"
    build(other)
    q = "SELECT count(*), sum(quantity * unit_price) FROM order_items"
    with sqlite3.connect(path) as a, sqlite3.connect(other) as b:
        assert a.execute(q).fetchone() == b.execute(q).fetchone()
        assert a.execute("PRAGMA user_version").fetchone()[0] == DEMO_VERSION
        counts = {t: a.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("customers", "orders", "order_items", "products", "reviews")}
        assert counts["customers"] == 1200 and counts["orders"] == 6000 and counts["order_items"] > 10000
        assert a.execute("PRAGMA foreign_key_check").fetchall() == []
    mtime = os.path.getmtime(path)
    assert demo_path() == path and os.path.getmtime(path) == mtime  # not rebuilt


def test_state_store_history_is_redacted() -> None:
    store = StateStore()
    store.add_history(connection="c1", sql="ALTER USER x PASSWORD 'hunter2'", status="ok", rows=0, duration_ms=1.5)
    store.add_history(connection="c2", sql="select 100%", status="error", error="boom")
    entries = store.history()
    assert [e.connection for e in entries] == ["c2", "c1"]
    assert "hunter2" not in entries[1].sql
    assert [e.sql for e in store.history(search="100%")] == ["select 100%"]
    assert store.history(connection="c1", limit=5)[0].duration_ms == 1.5
    store.close()


def test_the_state_store_is_private(tmp_path: Path) -> None:
    """History, sampled values and the data journal are the user's own: 0600, its -wal too."""
    import os
    import stat

    from aishell.state import StateStore

    old = os.umask(0o022)
    try:
        store = StateStore(tmp_path / "new" / "state.db")
        store.add_history(connection="c", sql="select 1", status="ok")
        assert stat.S_IMODE((tmp_path / "new" / "state.db").stat().st_mode) == 0o600
        wal = tmp_path / "new" / "state.db-wal"
        assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
        loose = tmp_path / "loose.db"
        loose.touch(mode=0o644)
        os.chmod(loose, 0o644)
        StateStore(loose).add_history(connection="c", sql="select 1", status="ok")
        assert stat.S_IMODE(loose.stat().st_mode) == 0o600  # an existing file is tightened
    finally:
        os.umask(old)
