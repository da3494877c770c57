"""Saved connections and the rules that pick the database to open.

Saved connections live in ``connections.toml`` in the config directory::

    default = "prod"

    [connections.prod]
    url = "postgresql://app@db.example.com:5432/prod"
    read_only = true

A password is never written there.  It comes, in order, from the
environment (``AISHELL_PASSWORD_<NAME>``, then the engine's own variable such
as ``PGPASSWORD`` or ``MYSQL_PWD``), from ``~/.pgpass`` for PostgreSQL (read by
libpq itself), or from a prompt when a terminal is attached.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from aishell.config import config_dir
from aishell.errors import ConfigError, UsageError
from aishell.urls import DatabaseURL

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class SavedConnection:
    name: str
    url: str  # never holds a password
    read_only: bool = False
    timeout: float | None = None

    def parsed(self) -> DatabaseURL:
        return DatabaseURL.parse(self.url)


@dataclass(frozen=True)
class Target:
    """The database a command will open, and where that choice came from."""

    url: DatabaseURL
    name: str | None  # saved-connection name, or "demo"
    source: str  # "--db", "AISHELL_DB", "DATABASE_URL", "default", "demo"
    read_only: bool = False
    timeout: float | None = None

    @property
    def label(self) -> str:
        return self.name or self.url.display()


def password_env_var(name: str) -> str:
    return "AISHELL_PASSWORD_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()


class ConnectionStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "connections.toml"

    def _load(self) -> dict[str, object]:
        if not self.path.exists():
            return {}
        import tomllib  # (only when there is a file to read)

        try:
            return tomllib.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read {self.path}: {exc}") from None

    def _save(self, data: dict[str, object]) -> None:
        import tomli_w  # only writing needs it: reading a connection stays light

        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(tomli_w.dumps(data), encoding="utf-8")
        os.chmod(tmp, 0o600)
        tmp.replace(self.path)

    def list(self) -> list[SavedConnection]:
        data = self._load()
        conns = data.get("connections", {})
        if not isinstance(conns, dict):
            raise ConfigError(f"{self.path}: [connections] must be a table")
        out = []
        for name, entry in sorted(conns.items()):
            if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
                raise ConfigError(f"{self.path}: connection {name!r} needs a url")
            timeout = entry.get("timeout")
            out.append(
                SavedConnection(
                    name,
                    entry["url"],
                    bool(entry.get("read_only", False)),
                    float(timeout) if isinstance(timeout, (int, float)) else None,
                )
            )
        return out

    def get(self, name: str) -> SavedConnection | None:
        return next((c for c in self.list() if c.name == name), None)

    def add(
        self, name: str, url: str, *, read_only: bool = False, timeout: float | None = None, replace: bool = False
    ) -> tuple[SavedConnection, bool]:
        """Save a connection.  Returns it and whether a password was stripped from the URL."""
        if not _NAME.match(name):
            raise UsageError(f"bad connection name {name!r}: use letters, digits, '_', '-' and '.'")
        parsed = DatabaseURL.parse(url)
        data = self._load()
        conns = data.setdefault("connections", {})
        assert isinstance(conns, dict)
        if name in conns and not replace:
            raise UsageError(f"a connection named {name!r} exists; remove it first or use --replace")
        entry: dict[str, object] = {"url": parsed.without_password()}
        if read_only:
            entry["read_only"] = True
        if timeout:
            entry["timeout"] = timeout
        conns[name] = entry
        self._save(data)
        return SavedConnection(name, parsed.without_password(), read_only, timeout), parsed.password is not None

    def remove(self, name: str) -> None:
        data = self._load()
        conns = data.get("connections", {})
        if not isinstance(conns, dict) or name not in conns:
            raise UsageError(f"no saved connection named {name!r}")
        del conns[name]
        if data.get("default") == name:
            del data["default"]
        self._save(data)

    def default(self) -> str | None:
        value = self._load().get("default")
        return value if isinstance(value, str) else None

    def set_default(self, name: str) -> None:
        if self.get(name) is None:
            raise UsageError(f"no saved connection named {name!r}")
        data = self._load()
        data["default"] = name
        self._save(data)


def _from_saved(saved: SavedConnection, source: str) -> Target:
    url = saved.parsed()
    env_pw = os.environ.get(password_env_var(saved.name))
    if env_pw is not None:
        url = url.with_password(env_pw)
    return Target(url, saved.name, source, saved.read_only, saved.timeout)


def resolve(db: str | None, store: ConnectionStore | None = None) -> Target:
    """Pick the database: ``--db`` (URL or saved name), then ``AISHELL_DB``,
    then ``DATABASE_URL``, then the default saved connection, then the demo."""
    store = store or ConnectionStore()
    for value, source in ((db, "--db"), (os.environ.get("AISHELL_DB"), "AISHELL_DB")):
        if value:
            if "://" in value:
                return Target(DatabaseURL.parse(value), None, source)
            saved = store.get(value)
            if saved is None:
                known = ", ".join(c.name for c in store.list()) or "none saved yet"
                raise ConfigError(f"no saved connection named {value!r} (known: {known})")
            return _from_saved(saved, source)
    env_url = os.environ.get("DATABASE_URL")
    if env_url:
        return Target(DatabaseURL.parse(env_url), None, "DATABASE_URL")
    default = store.default()
    if default:
        saved = store.get(default)
        if saved is None:
            raise ConfigError(f"the default connection {default!r} no longer exists")
        return _from_saved(saved, "default")
    from aishell.demo import demo_path

    return Target(DatabaseURL.parse(f"sqlite:///{demo_path()}"), "demo", "demo")
