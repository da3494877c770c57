"""Saved connections and the rules that pick the database to open.

Saved connections live in ``connections.toml`` in the config directory::

    default = "prod"

    [connections.prod]
    url = "postgresql://app@db.example.com:5432/prod"
    read_only = true

A password is never written there.  It comes, in order, from the URL itself (``--db URL``),
the environment (``AISHELL_PASSWORD_<NAME>``, then the engine's own variable such as
``PGPASSWORD`` or ``MYSQL_PWD``), the vault (``conn/<NAME>``, when it unlocks without a prompt:
see ``docs/vault.md``), ``~/.pgpass`` for PostgreSQL (read by libpq itself), or a prompt when a
terminal is attached.
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
    role: str | None = None  # the role bound to it: a ceiling for every face (see services/roles.py)

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
    role: str | None = None  # the saved connection's bound role (a ceiling), if any
    #: said only if the login then needs a password: the vault holds one but is locked
    password_note: str | None = None

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

        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)  # never readable by others, even briefly
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(tomli_w.dumps(data))
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
            role = entry.get("role")
            if role is not None and not isinstance(role, str):
                raise ConfigError(f"{self.path}: [connections.{name}] role must be a role name (a string)")
            out.append(
                SavedConnection(
                    name,
                    entry["url"],
                    bool(entry.get("read_only", False)),
                    float(timeout) if isinstance(timeout, (int, float)) else None,
                    role or None,
                )
            )
        return out

    def get(self, name: str) -> SavedConnection | None:
        return next((c for c in self.list() if c.name == name), None)

    def add(
        self, name: str, url: str, *, read_only: bool = False, timeout: float | None = None, replace: bool = False,
        role: str | None = None,
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
        if role:
            entry["role"] = role
        conns[name] = entry
        self._save(data)
        saved = SavedConnection(name, parsed.without_password(), read_only, timeout, role or None)
        return saved, parsed.password is not None

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
    note = None
    if env_pw is not None:
        url = url.with_password(env_pw)
    elif url.password is None and not _vault_skipped(url):
        from aishell.vault import connection_password

        vault_pw, note = connection_password(saved.name)
        if vault_pw is not None:
            url = url.with_password(vault_pw)
    return Target(url, saved.name, source, saved.read_only, saved.timeout, saved.role, password_note=note)


def _vault_skipped(url: DatabaseURL) -> bool:
    """Whether the vault is not asked: there is no vault file, or the engine's own password
    variable (``PGPASSWORD``, ``MYSQL_PWD``) is set, which comes before the vault."""
    from aishell.vault import vault_path

    if not vault_path().exists():
        return True
    from aishell.engines import dialect_of

    names = dialect_of(url.engine).password_sources
    return any(re.fullmatch(r"[A-Z][A-Z0-9_]*", n) and os.environ.get(n) for n in names)


def url_from_flags(db: str | None, *, host: str | None = None, port: int | None = None, user: str | None = None,
                   engine: str | None = None) -> str | None:
    """psql's and mysql's connection flags (``-h HOST -p PORT -U USER -d DBNAME``) as a URL; None
    when no flag but ``-d`` is given (``-d`` then stays a URL or a saved name).  The engine is
    ``engine``, else the one whose server listens on ``port`` by default (3306: MySQL/MariaDB),
    else PostgreSQL, as psql assumes."""
    from urllib.parse import quote

    from aishell.engines import ENGINES, dialect_of

    if host is None and port is None and user is None and engine is None:
        return None
    if db and "://" in db:
        raise UsageError("-h, -p, -U and --engine build a URL from a database name; -d gives a whole URL "
                         "here: put the host, port and user in it")  # fmt: skip
    if engine is None:
        by_port = [name for name in ENGINES if port is not None and dialect_of(name).default_port == port]
        engine = by_port[0] if by_port else "postgres"
    dialect = dialect_of(engine)
    if dialect.file_database or not dialect.url_schemes or dialect.name != engine:
        raise UsageError(f"--engine {engine}: not a server engine (the flags name a server; use -d URL)")
    who = f"{quote(user, safe='')}@" if user else ""
    where = f"[{host}]" if host and ":" in host else (host or "localhost")
    path = f"/{quote(db, safe='')}" if db else ""
    return f"{dialect.url_schemes[0]}://{who}{where}{f':{port}' if port else ''}{path}"


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
