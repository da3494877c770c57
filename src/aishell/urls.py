"""Database URLs: parsing, engine detection and safe display.

Accepted forms::

    postgresql://user[:password]@host[:port]/database[?sslmode=require]
    postgres://...                      (alias)
    mysql://user@host:3306/database     mariadb://... (same adapter)
    sqlite:///relative/path.db          sqlite:////absolute/path.db   sqlite:///:memory:
    duckdb:///path.duckdb               duckdb:///:memory:
    oracle://user@host:1521/service_name

A URL keeps its password (if any) in memory only; :meth:`DatabaseURL.display`
never shows it.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from aishell.engines.registry import all_dialects, dialect_of
from aishell.errors import UsageError, register_secret


@functools.cache
def _schemes() -> tuple[dict[str, str], tuple[str, ...]]:
    """(URL scheme -> engine name, the schemes listed in messages), from each engine's dialect."""
    schemes: dict[str, str] = {}
    listed: list[str] = []
    for d in all_dialects():
        for scheme in d.url_schemes:
            schemes[scheme] = d.name
            listed.append(scheme)
        for scheme in d.url_aliases:
            schemes[scheme] = d.name
    return schemes, tuple(sorted(listed))


def engine_of_scheme(scheme: str) -> str | None:
    """The engine a URL scheme names (``pg`` -> ``postgres``), None for an unknown scheme."""
    scheme = scheme.lower()
    own = dialect_of(scheme)  # most schemes are an engine's name: load only that engine's dialect
    if scheme in own.url_schemes or scheme in own.url_aliases:
        return own.name
    return _schemes()[0].get(scheme)


def default_port(engine: str) -> int:
    """The port an engine's server listens on when a URL names none (0 for a file engine)."""
    return dialect_of(engine).default_port or 0


#: the URL parameter that lets a SQLite or DuckDB URL make its file (``sqlite:///new.db?create=1``)
CREATE_PARAM = "create"


@dataclass(frozen=True)
class DatabaseURL:
    scheme: str
    engine: str
    user: str | None = None
    password: str | None = field(default=None, repr=False, compare=False)
    host: str | None = None
    port: int | None = None
    database: str | None = None  # database name, or the file path for file engines
    params: tuple[tuple[str, str], ...] = ()

    # ------------------------------------------------------------------ parsing
    @classmethod
    def parse(cls, text: str) -> DatabaseURL:
        text = text.strip()
        if "://" not in text:
            raise UsageError(f"not a database URL: {text!r} (expected e.g. postgresql://user@host/db)")
        scheme, rest = text.split("://", 1)
        scheme = scheme.lower()
        engine = engine_of_scheme(scheme)
        if engine is None:
            known = ", ".join(_schemes()[1])
            raise UsageError(f"unknown URL scheme {scheme!r}; known schemes: {known}")
        if dialect_of(engine).file_database:
            path, _, query = rest.partition("?")
            if path.startswith("/"):
                path = path[1:]  # sqlite:///rel.db -> rel.db ; sqlite:////abs.db -> /abs.db
            path = unquote(path)
            return cls(
                scheme=scheme,
                engine=engine,
                database=path or ":memory:",
                params=tuple(parse_qsl(query)),
            )
        parts = urlsplit(text)
        try:
            port = parts.port
        except ValueError as exc:
            raise UsageError(f"bad port in URL: {exc}") from None
        password = unquote(parts.password) if parts.password is not None else None
        register_secret(password)
        database = unquote(parts.path.lstrip("/")) or None
        return cls(
            scheme=scheme,
            engine=engine,
            user=unquote(parts.username) if parts.username else None,
            password=password,
            host=parts.hostname,
            port=port,
            database=database,
            params=tuple(parse_qsl(parts.query)),
        )

    # ---------------------------------------------------------------- rendering
    def _render(self, password: str | None) -> str:
        query = f"?{urlencode(self.params)}" if self.params else ""
        if self.is_file:
            return f"{self.scheme}:///{quote(self.database or '', safe='/:')}{query}"
        auth = ""
        if self.user:
            auth = quote(self.user, safe="")
            if password is not None:
                auth += ":" + password
            auth += "@"
        host = self.host or ""
        if ":" in host:
            host = f"[{host}]"
        port = f":{self.port}" if self.port else ""
        db = f"/{quote(self.database, safe='')}" if self.database else ""
        return f"{self.scheme}://{auth}{host}{port}{db}{query}"

    def display(self) -> str:
        """The URL as users may see it: the password is masked."""
        return self._render("***" if self.password else None)

    def without_password(self) -> str:
        """The URL as it may be saved to disk."""
        return self._render(None)

    def with_password(self, password: str | None) -> DatabaseURL:
        register_secret(password)
        return dataclasses.replace(self, password=password)

    def with_param(self, name: str, value: str) -> DatabaseURL:
        """This URL with the query parameter ``name`` set to ``value`` (replacing it)."""
        params = (*((k, v) for k, v in self.params if k != name), (name, value))
        return dataclasses.replace(self, params=params)

    @property
    def create(self) -> bool:
        """Whether a SQLite or DuckDB URL may make its file when it does not exist
        (``?create=1``); without it a missing file is an error, so a typo never opens an
        empty database."""
        return (self.param(CREATE_PARAM) or "").lower() in ("1", "true", "yes", "on")

    def identity(self) -> str:
        """Which database the URL reaches, however it is spelt: the engine, user, host, port
        (the default one filled in) and database -- for a file engine the file's real path.
        Never the password nor the parameters.  History is kept by it (see :mod:`aishell.state`)."""
        if self.is_file:
            path = self.database or ":memory:"
            if path != ":memory:":
                path = os.path.realpath(os.path.expanduser(path))
            return f"{self.engine}://{path}"
        host = (self.host or "localhost").lower()
        port = self.port or default_port(self.engine)
        user = f"{self.user}@" if self.user else ""
        return f"{self.engine}://{user}{host}:{port}/{self.database or ''}"

    def param(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.params:
            if key == name:
                return value
        return default

    @property
    def is_file(self) -> bool:
        return dialect_of(self.engine).file_database

    @property
    def flavor(self) -> str:
        """The dialect family within an engine (``mariadb`` versus ``mysql``)."""
        return dialect_of(self.engine).url_flavors.get(self.scheme, self.engine)

    def __str__(self) -> str:
        return self.display()
