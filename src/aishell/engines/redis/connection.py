"""Redis, through redis-py (one connection, raw replies).

* a statement is one command line, split as redis-cli splits it
  (:func:`~aishell.engines.redis.parse.split_command`); its reply becomes a table by the
  command that made it (:mod:`aishell.engines.redis.render`);
* :meth:`RedisConnection.classify` judges a command line from the server's own command table
  (``COMMAND``, read once per server: :mod:`aishell.engines.redis.commands`); the session asks
  it instead of the SQL classifier (``Dialect.server_classified``);
* read-only: Redis has no read-only session, so the adapter itself refuses every command the
  table does not call a read (behind the session's policy, which refuses them first);
* timeout: the socket timeout; cancel: ``CLIENT KILL ID`` of this connection from a second
  one (the blocked command fails; the next command reconnects, never re-sending the old one);
* the catalog is empty (Redis has no tables): the keyspace overview
  (:mod:`aishell.engines.redis.keyspace`) groups keys by pattern instead.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from aishell.engines.base import (
    Catalog,
    Connection,
    Cursor,
    ListCursor,
    Params,
    Plan,
    ResultColumn,
    Row,
    StatementStats,
)
from aishell.engines.redis import commands as cmdtable
from aishell.engines.redis.parse import split_command
from aishell.engines.redis.render import render
from aishell.errors import (
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
    UsageError,
)
from aishell.sql.kinds import Classification, Kind
from aishell.urls import DatabaseURL

if TYPE_CHECKING:
    from aishell.engines.redis.complete import Candidate

#: URL parameters: confirm DEL/UNLINK of more keys than this; confirm KEYS on more keys than this
MANY_KEYS_PARAM = "confirm_del_keys"
KEYS_SCAN_PARAM = "confirm_keys_over"


def _send(client: redis.Redis, *words: Any) -> Any:
    """One raw command (redis-py's ``execute_command`` is untyped)."""
    return client.execute_command(*words)  # type: ignore[no-untyped-call]


def _db_number(url: DatabaseURL) -> int:
    text = (url.database or "0").strip("/") or "0"
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"a Redis URL names a database number (redis://host:6379/0), not {text!r}") from None


class RedisConnection(Connection):
    engine: ClassVar[str] = "redis"
    dialect: ClassVar[str] = "redis"
    display_name: ClassVar[str] = "Redis"
    has_schemas: ClassVar[bool] = False
    extra: ClassVar[str | None] = "redis"
    supports_cancel: ClassVar[bool] = True

    def __init__(self, client: redis.Redis, url: DatabaseURL, read_only: bool, timeout: float | None) -> None:
        self.client = client
        self.url = url
        self.read_only = read_only
        self.timeout = timeout
        self.db = _db_number(url)
        self._multi = False
        self._client_id: int | None = None
        self._table: cmdtable.CommandTable | None = None
        self._lock = threading.Lock()
        self._cancelled = threading.Event()
        self.limits = cmdtable.Limits(
            many_keys=int(url.param(MANY_KEYS_PARAM) or cmdtable.Limits.many_keys),
            keys_scan=int(url.param(KEYS_SCAN_PARAM) or cmdtable.Limits.keys_scan),
        )

    @classmethod
    def open(cls, url: DatabaseURL, *, read_only: bool = False, timeout: float | None = None) -> Connection:
        password = url.password if url.password is not None else os.environ.get("REDISCLI_AUTH")
        client = redis.Redis(
            host=url.host or "127.0.0.1", port=url.port or 6379, db=_db_number(url), username=url.user,
            password=password, ssl=url.scheme == "rediss", socket_timeout=timeout or None,
            socket_connect_timeout=timeout or 10, single_connection_client=True, decode_responses=False,
            retry=Retry(NoBackoff(), 0), client_name="aishell", protocol=2,
        )  # fmt: skip
        client.response_callbacks.clear()  # raw replies: the renderer reads them by command
        try:
            _send(client, "PING")
        except redis.AuthenticationError as exc:
            client.close()
            raise AuthenticationError(f"cannot connect to {url.display()}: {exc}", engine="Redis") from None
        except redis.ResponseError as exc:
            client.close()
            error = AuthenticationError if "NOAUTH" in str(exc) or "WRONGPASS" in str(exc) else ConnectError
            raise error(f"cannot connect to {url.display()}: {exc}", engine="Redis") from None
        except redis.RedisError as exc:
            client.close()
            raise ConnectError(f"cannot connect to {url.display()}: {exc}", engine="Redis") from None
        return cls(client, url, read_only, timeout)

    # ---- the command table
    def _raw(self, *words: Any) -> Any:
        """Run one command the adapter needs to judge commands (the command table, DBSIZE)."""
        try:
            return _send(self.client, *words)
        except redis.RedisError as exc:
            raise self._translate(exc, " ".join(str(w) for w in words)) from None

    def command_table(self) -> cmdtable.CommandTable:
        """The server's command table (read once per server, see :func:`~aishell.engines.redis.commands.load_table`)."""
        if self._table is None:
            info = self._raw("INFO", "server").decode("utf-8", "replace")
            fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
            self._table = cmdtable.load_table(self._raw, fields.get("run_id", "").strip(),
                                              fields.get("redis_version", "").strip())  # fmt: skip
        return self._table

    def classify(self, statement: str) -> Classification:
        """What the command line ``statement`` is, from the server's flags."""
        try:
            words = split_command(statement)
        except UsageError as exc:
            return Classification(statement, Kind.UNKNOWN, "?", error=exc.message, reasons=[exc.message])
        return cmdtable.classify(statement, words, self.command_table(), limits=self.limits,
                                 dbsize=lambda: int(self._raw("DBSIZE")), db=str(self.db))  # fmt: skip

    # ---- statements
    def execute(self, sql: str, params: Params = None) -> Cursor:
        self.check_statement(sql)
        words = split_command(sql)
        if not words:
            return ListCursor([], [], "")
        if params:
            raise QueryError("Redis commands take no bound parameters", engine=self.display_name, sql=sql)
        if self.read_only:
            self._refuse_unless_read(sql)
        spec = self.command_table().lookup([w.decode("utf-8", "replace") for w in words[:2]])
        name = spec.name if spec is not None else words[0].decode("utf-8", "replace").lower()
        if name in cmdtable.MODES:
            raise QueryError(f"{name.upper()} is not supported in aishell (it streams pushes): use redis-cli",
                             engine=self.display_name, sql=sql)  # fmt: skip
        reply = self.call(*words, sql=sql)
        self._follow(name, words, reply)
        text = [w.decode("utf-8", "replace") for w in words]
        columns, rows = render(name, text, reply)
        return ListCursor(columns, rows, status=name.replace("|", " ").upper())

    def call(self, *words: Any, sql: str | None = None) -> Any:
        """Run one command (words as bytes or text) and return its raw reply."""
        try:
            with self._lock:
                if self._client_id is None:  # a new connection (the first, or after a cancel or a drop)
                    self._client_id = int(_send(self.client, "CLIENT", "ID"))
                    if self.db != _db_number(self.url):
                        _send(self.client, "SELECT", self.db)  # back in the database SELECT chose
                self._cancelled.clear()
            return _send(self.client, *words)
        except redis.RedisError as exc:
            raise self._translate(exc, sql) from None

    def run_command(self, *words: Any) -> Any:
        """An internal command of the adapter's own features (keyspace, health, export): judged
        by the session's gate like a typed one (:meth:`check_statement`), then run."""
        from aishell.engines.redis.parse import quote_word

        line = " ".join(quote_word(w if isinstance(w, bytes) else str(w).encode()) for w in words)
        self.check_statement(line)
        if self.read_only:
            self._refuse_unless_read(line)
        return self.call(*words, sql=line)

    def _refuse_unless_read(self, sql: str) -> None:
        cls = self.classify(sql)
        if cls.kind not in (Kind.READ, Kind.SESSION, Kind.TRANSACTION) or cls.dangerous:
            raise QueryError(f"read-only connection refuses {cls.statement_type}", engine=self.display_name, sql=sql)

    def _follow(self, name: str, words: list[bytes], reply: Any) -> None:
        """Keep track of what a command changed about the session (its database, a MULTI block)."""
        if name == "select" and len(words) > 1:
            self.db = int(words[1])
        elif name == "multi":
            self._multi = True
        elif name in ("exec", "discard", "reset"):
            self._multi = False

    def _translate(self, exc: redis.RedisError, sql: str | None) -> QueryError | ConnectError:
        message = str(exc) or type(exc).__name__
        if isinstance(exc, redis.TimeoutError):
            return QueryTimeoutError(f"timed out: {message}", engine=self.display_name, sql=sql)
        if isinstance(exc, redis.ConnectionError):
            self._client_id = None
            if self._cancelled.is_set():
                self._cancelled.clear()
                return QueryCancelledError("command cancelled", engine=self.display_name, sql=sql)
            return ConnectionLostError(f"connection lost: {message}", engine=self.display_name)
        return QueryError(message, engine=self.display_name, sql=sql)

    def cancel(self) -> None:
        """Kill this connection from a second one (Redis cannot cancel one command)."""
        ident = self._client_id
        if ident is None:
            return
        self._cancelled.set()
        other = redis.Redis(host=self.url.host or "127.0.0.1", port=self.url.port or 6379, username=self.url.user,
                            password=self.client.connection_pool.connection_kwargs.get("password"),
                            ssl=self.url.scheme == "rediss", socket_timeout=5)  # fmt: skip
        try:
            _send(other, "CLIENT", "KILL", "ID", ident)
        finally:
            other.close()

    def close(self) -> None:
        self.client.close()

    @property
    def in_transaction(self) -> bool:
        return self._multi

    def begin(self) -> None:
        self.execute("MULTI").close()

    def commit(self) -> None:
        self.execute("EXEC").close()

    def rollback(self) -> None:
        if self._multi:
            self.execute("DISCARD").close()

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        raise UsageError("Redis has no query plans: a command's cost is in its docs (COMMAND DOCS) and the slow log")

    def ping(self) -> None:
        self.call("PING")

    def sibling(self) -> Connection:
        return type(self).open(self.url, read_only=True, timeout=self.timeout)

    # ---- catalog
    def catalog(self) -> Catalog:
        """Redis has no tables: an empty catalog (the keyspace overview groups keys by pattern)."""
        return Catalog()

    def current_database(self) -> str | None:
        return str(self.db)

    def list_databases(self) -> list[str]:
        reply = self.run_command("INFO", "keyspace").decode("utf-8", "replace")
        found = [line.split(":", 1)[0][2:] for line in reply.splitlines() if line.startswith("db")]
        return sorted({*found, str(self.db)}, key=int)

    def server_version(self) -> str:
        return self.command_table().version or "?"

    def write_privileges(self) -> list[str] | None:
        try:
            reply = self.call("ACL", "GETUSER", self.call("ACL", "WHOAMI"))
        except QueryError:
            return None
        flat = [v.decode() if isinstance(v, bytes) else v for v in reply]
        fields = dict(zip(flat[::2], flat[1::2], strict=False))
        commands = str(fields.get("commands", ""))
        return [] if "-@write" in commands and "+@all" not in commands else [f"ACL commands: {commands}"]

    # ---- the keyspace (:class:`aishell.services.keyspace.KeyValueStore`)
    def keyspace_overview(self, match: str, sample: int) -> tuple[list[ResultColumn], list[Row]]:
        from aishell.engines.redis.keyspace import overview

        return overview(self, match, sample=sample)

    def describe_key(self, name: str) -> tuple[list[tuple[str, Any]], list[ResultColumn], list[Row]]:
        from aishell.engines.redis.keyspace import describe_key

        words = split_command(name)
        if len(words) != 1:
            raise UsageError("give one key name (quote it when it holds spaces)")
        return describe_key(self, words[0])

    def completions(self, text_before_cursor: str) -> list[Candidate]:
        from aishell.engines.redis.complete import key_lookup, suggest

        return suggest(text_before_cursor, self.command_table(), key_lookup(self))

    # ---- export and import of keys (JSON Lines: :mod:`aishell.engines.redis.dump`)
    def transaction(self, block: list[list[Any]]) -> None:
        """Run ``block`` (commands as word lists) in one ``MULTI``/``EXEC``: all or nothing of one key."""
        pipe = self.client.pipeline(transaction=True)
        for words in block:
            pipe.execute_command(*words)  # type: ignore[no-untyped-call]
        try:
            pipe.execute()
        except redis.RedisError as exc:
            raise self._translate(exc, " ".join(str(w) for w in block[0][:2])) from None

    def export_keys(self, write: Callable[[str], object], match: str) -> int:
        from aishell.engines.redis.dump import export_keys

        return export_keys(self, write, match)

    def import_keys(self, lines: Iterable[str], declare: Callable[[list[str]], object], *, replace: bool) -> int:
        from aishell.engines.redis.dump import import_keys

        return import_keys(self, lines, declare, replace=replace)

    # ---- recorded usage
    def statement_stats(self, *, order: str = "total", limit: int = 50,
                        matching: str | None = None) -> list[StatementStats]:  # fmt: skip
        """The slow log (``SLOWLOG GET -1``) grouped by command shape: the command (and its
        subcommand) with each argument as ``?``.  Redis keeps only the commands slower than
        ``slowlog-log-slower-than`` (10 ms by default), the last ``slowlog-max-len`` of them."""
        import datetime as dt

        from aishell.engines.redis.render import text

        self._statement_order(order, limit)
        groups: dict[str, list[tuple[float, int]]] = {}
        for entry in self.run_command("SLOWLOG", "GET", "-1"):
            words = [str(text(w)) for w in entry[3]]
            spec = self.command_table().lookup(words[:2])
            head = len(spec.name.split("|")) if spec is not None else 1
            shape = " ".join([*(w.upper() for w in words[:head]), *("?" for _ in words[head:])])
            if matching is None or matching.lower() in shape.lower():
                groups.setdefault(shape, []).append((int(entry[2]) / 1000, int(entry[1])))
        found = []
        for shape, runs in groups.items():
            total = sum(ms for ms, _ in runs)
            stamps = [dt.datetime.fromtimestamp(t, dt.UTC) for _, t in runs]
            found.append(StatementStats(shape, shape, len(runs), total, total / len(runs), 0, min(stamps), max(stamps)))
        key = {"total": lambda s: s.total_ms, "mean": lambda s: s.mean_ms, "calls": lambda s: s.calls,
               "rows": lambda s: s.rows}[order]  # fmt: skip
        return sorted(found, key=key, reverse=True)[:limit]
