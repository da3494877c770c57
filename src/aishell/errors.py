"""One exception hierarchy for the whole program.

Every error a user can see derives from :class:`AishellError`.  Each class
carries the process exit code the CLI uses for it, so the exit codes are an
API that scripts can rely on:

====  =====================================================
code  meaning
====  =====================================================
0     success
1     query error (the database or the policy refused it)
2     usage or configuration error
3     connection error (often worth retrying)
4     audit error (the audit log cannot be written, or ``aishell audit verify`` found tampering)
5     a workflow did not finish: a step failed or was refused (``aishell flow``)
130   interrupted (Ctrl-C)
====  =====================================================
"""

from __future__ import annotations

import re

EXIT_OK = 0
EXIT_QUERY = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_FLOW = 5
EXIT_AUDIT = 4
EXIT_INTERRUPTED = 130


class AishellError(Exception):
    """Base of every error aishell reports to a user."""

    exit_code: int = EXIT_QUERY

    def __init__(self, message: str, *, engine: str | None = None) -> None:
        super().__init__(redact(message))
        self.engine = engine

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def one_line(self) -> str:
        """The message as one line, prefixed with the engine when known."""
        text = " ".join(self.message.split())
        return f"{self.engine}: {text}" if self.engine else text


class UsageError(AishellError):
    """Bad command-line arguments or input."""

    exit_code = EXIT_USAGE


class ConfigError(AishellError):
    """A broken or missing configuration entry, or an unknown saved connection."""

    exit_code = EXIT_USAGE


class DriverMissingError(ConfigError):
    """The Python driver for an engine is not installed."""


class ConnectError(AishellError):
    """Could not reach or log in to the database."""

    exit_code = EXIT_CONNECTION


class AuthenticationError(ConnectError):
    """The server refused the credentials (a face may prompt for a password and retry)."""


class ConnectionLostError(ConnectError):
    """The connection dropped while in use; it is re-opened on the next command."""


class QueryError(AishellError):
    """The database rejected a statement."""

    exit_code = EXIT_QUERY

    def __init__(
        self,
        message: str,
        *,
        engine: str | None = None,
        sql: str | None = None,
        position: int | None = None,
        sqlstate: str | None = None,
    ) -> None:
        super().__init__(message, engine=engine)
        self.sql = sql
        self.position = position  # 1-based character offset into ``sql``
        self.sqlstate = sqlstate

    def one_line(self) -> str:
        text = super().one_line()
        if self.position is not None and self.sql is not None:
            line, col = line_col(self.sql, self.position)
            text += f" (at line {line}, column {col})"
        return text


class QueryTimeoutError(QueryError):
    """The statement ran longer than the statement timeout."""


class QueryCancelledError(QueryError):
    """The statement was cancelled on the server (Ctrl-C)."""

    exit_code = EXIT_INTERRUPTED


class PolicyError(QueryError):
    """The safety policy refused a statement before it reached the database."""


class Interrupted(AishellError):
    """The user pressed Ctrl-C outside a running statement."""

    exit_code = EXIT_INTERRUPTED


def line_col(text: str, position: int) -> tuple[int, int]:
    """Turn a 1-based character offset into a 1-based (line, column)."""
    before = text[: max(position - 1, 0)]
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    return line, col


_URL_PASSWORD = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):(?P<pw>[^@\s]*)@", re.I)
_KV_PASSWORD = re.compile(r"\b(password|passwd|pwd)\s*=\s*('[^']*'|\"[^\"]*\"|\S+)", re.I)
_SQL_PASSWORD = re.compile(
    r"\b(password|identified\s+by)\s+('(?:[^']|'')*'|\"[^\"]*\")",
    re.I,
)
_registered_secrets: set[str] = set()


def register_secret(secret: str | None) -> None:
    """Remember a secret so that :func:`redact` removes it from any text.

    Very short secrets are not registered: masking every "abc" in every message would hide
    more than it protects (such a password still never appears in URLs or SQL, which are
    redacted by pattern).
    """
    if secret and len(secret) >= 6:
        _registered_secrets.add(secret)


def redact(text: str) -> str:
    """Remove passwords from text meant for users, logs or history."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
    text = _KV_PASSWORD.sub(lambda m: f"{m.group(1)}=***", text)
    text = _SQL_PASSWORD.sub(lambda m: f"{m.group(1)} '***'", text)
    for secret in _registered_secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return text


class VaultError(ConfigError):
    """The credentials vault refused an operation (exit 2): no vault, an unknown name, a bad passphrase source."""


class VaultLocked(VaultError):
    """The vault exists but no passphrase or unlocked key is available without a prompt (exit 2)."""


class WrongPassphrase(VaultError):
    """The passphrase does not open this vault (exit 2); the file is left untouched."""


class VaultCorrupt(VaultError):
    """The vault file fails its integrity checks (exit 2); it is never reset or rewritten."""


class MigrationError(AishellError):
    """A migration folder does not match the database's history, or a migration failed (exit 1)."""

    exit_code = EXIT_QUERY


class AuditError(AishellError):
    """The audit log cannot be written (disk full, no permission) or failed verification (exit 4)."""

    exit_code = EXIT_AUDIT


class FlowError(AishellError):
    """A workflow run did not finish: a step failed or was refused, so its dependents did not run (exit 5)."""

    exit_code = EXIT_FLOW
