"""The audit log writer: an append-only file of JSON lines, each chained to the one before.

One entry is one line: the entry's canonical JSON (sorted keys, no spaces, UTF-8) followed by
``\\n``.  Each entry carries ``seq`` (1, 2, ...), ``ts`` (UTC, ISO 8601) and ``prev``: the
SHA-256 (hex) of the previous line's bytes (64 zeros for the first).  Changing, removing,
inserting or moving any line therefore breaks the chain at the next line, and checkpoints
(:mod:`aishell.audit.checkpoint`) sign the head so the chain cannot simply be recomputed.

Several processes write the same file (a shell, the web server, the MCP server, workers):
each append takes an exclusive ``fcntl.flock`` on the file, reads the last line (the new
entry's ``seq`` and ``prev``), and writes the whole line with one ``write`` on a descriptor
opened with ``O_APPEND``.  The file is created ``0600``.

Durability (``[audit] fsync``): ``"checkpoint"`` (the default) leaves each entry in the
kernel's page cache once ``append`` returns -- it survives the process crashing, not the
machine losing power -- and ``fsync``s at every checkpoint (a server face's close writes one),
so at most the entries since the last checkpoint can be lost to a power cut; ``"always"`` fsyncs every entry
(safe against power loss, costs a disk flush -- milliseconds -- per statement); ``"never"``
leaves flushing to the kernel.  Writing an entry costs well under a millisecond otherwise.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aishell.audit.chain import GENESIS, canonical, line_hash
from aishell.errors import AuditError, redact

__all__ = ["GENESIS", "AuditLog", "canonical", "line_hash", "record", "shared_log"]

_TAIL = 64 * 1024
FSYNC_POLICIES = ("checkpoint", "always", "never")


def now_iso() -> str:
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{int(t * 1_000_000) % 1_000_000:06d}Z"


@dataclass
class AuditSettings:
    """``[audit]`` in config.toml."""

    path: str = ""  # default: audit.log in the data directory (AISHELL_AUDIT_PATH overrides)
    redact_literals: bool = False  # statements written with their literals replaced by ?
    checkpoint_every: int = 256  # a checkpoint after every N entries
    fsync: str = "checkpoint"  # checkpoint | always | never


def audit_settings() -> AuditSettings:
    from aishell.config import load_settings
    from aishell.errors import ConfigError

    values = load_settings().raw.get("audit", {})
    if not isinstance(values, dict):
        raise ConfigError("[audit] must be a table")
    out = AuditSettings()
    for key, value in values.items():
        if not hasattr(out, key):
            raise ConfigError(f"unknown setting [audit] {key}")
        if type(value) is not type(getattr(out, key)):
            raise ConfigError(f"[audit] {key} must be {type(getattr(out, key)).__name__}")
        setattr(out, key, value)
    if out.fsync not in FSYNC_POLICIES:
        raise ConfigError(f"[audit] fsync must be one of {', '.join(FSYNC_POLICIES)}")
    if out.checkpoint_every < 1:
        raise ConfigError("[audit] checkpoint_every must be at least 1")
    return out


def audit_path(settings: AuditSettings | None = None) -> Path:
    """Where the audit log is: ``AISHELL_AUDIT_PATH``, else ``[audit] path``, else the data dir."""
    env = os.environ.get("AISHELL_AUDIT_PATH")
    if env:
        return Path(env)
    if settings is None:
        settings = audit_settings()
    if settings.path:
        return Path(settings.path).expanduser()
    from aishell.config import data_dir

    return data_dir() / "audit.log"


def head_path(path: Path) -> Path:
    """The witness beside the log: the latest checkpoint's seq and hash (``audit.head``)."""
    return path.with_name(path.stem + ".head")


def pub_path(path: Path) -> Path:
    """The public keys beside the log (``audit.pub``), for verifiers without the vault."""
    return path.with_name(path.stem + ".pub")


def _last_line(fd: int, size: int) -> tuple[bytes, bool]:
    """The last line of the file (without its newline) and whether the file ends in one."""
    want = _TAIL
    while True:
        start = max(0, size - want)
        data = os.pread(fd, size - start, start)
        whole = data.endswith(b"\n")
        body = data[:-1] if whole else data
        cut = body.rfind(b"\n")
        if cut >= 0 or start == 0:
            return body[cut + 1 :], whole
        want *= 4


class AuditLog:
    """One audit file.  :meth:`append` is safe across threads and processes."""

    def __init__(self, path: Path, *, checkpoint_every: int = 256, fsync: str = "checkpoint",
                 signer: Callable[[], Any] | None = None, seal_on_close: bool = False) -> None:  # fmt: skip
        """``signer``: returns the checkpoint signer (:class:`aishell.audit.checkpoint.Signer`)
        or None (checkpoints unsigned); asked once, at the first checkpoint."""
        self.path = Path(path)
        self.checkpoint_every = checkpoint_every
        self.fsync = fsync
        self.seal_on_close = seal_on_close
        self._signer_fn = signer
        self._signer: Any = None
        self._signer_asked = False
        self._fd: int | None = None
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._tail: tuple[int, int, str, bool] | None = None  # (size, seq, hash, is_checkpoint) after our write
        self.written = 0  # entries this process wrote since its last checkpoint

    # ------------------------------------------------------------------ plumbing
    def _error(self, what: str, exc: OSError) -> AuditError:
        return AuditError(f"cannot {what} the audit log {self.path}: {exc.strerror or exc}")

    def _open(self) -> int:
        if self._fd is not None and self._pid != os.getpid():
            # a forked child (a worker) shares the parent's open file and so its flock: its own
            os.close(self._fd)
            self._fd, self._tail = None, None
        if self._fd is None:
            try:
                if not self.path.parent.exists():
                    self.path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
                self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
                self._pid = os.getpid()
            except OSError as exc:
                raise self._error("open", exc) from None
        return self._fd

    def _last(self, fd: int) -> tuple[int, int, str, bool]:
        """(size, seq, hash, is_checkpoint) of the file's last entry; a partial last line (a
        crash mid-write, or an edit) is ended with a newline first and chained like any line
        (``verify`` reports it)."""
        size = os.fstat(fd).st_size
        if size == 0:
            return 0, 0, GENESIS, False
        if self._tail is not None and self._tail[0] == size:
            return self._tail
        line, whole = _last_line(fd, size)
        if not whole:
            self._write(fd, b"\n")
            size += 1
        try:
            entry = json.loads(line)
            seq = int(entry["seq"])
            is_cp = entry.get("kind") == "checkpoint"
        except (ValueError, KeyError, TypeError):
            seq, is_cp = self._count_lines(fd), False
        return size, seq, line_hash(line), is_cp

    def _count_lines(self, fd: int) -> int:
        """The number of lines: the seq of an unreadable last line."""
        count, offset = 0, 0
        while chunk := os.pread(fd, 1 << 20, offset):
            count += chunk.count(b"\n")
            offset += len(chunk)
        return count

    def _write(self, fd: int, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
        except OSError as exc:
            raise self._error("write", exc) from None

    def _sync(self, fd: int) -> None:
        try:
            os.fsync(fd)
        except OSError as exc:
            if exc.errno not in (22,):  # EINVAL: a character device (/dev/null) cannot sync
                raise self._error("sync", exc) from None

    def _put(self, fd: int, fields: dict[str, Any], last: tuple[int, int, str, bool]) -> dict[str, Any]:
        size, seq, prev, _ = last
        entry = {k: v for k, v in fields.items() if v is not None}
        entry.update(seq=seq + 1, prev=prev, ts=now_iso())
        line = canonical(entry)
        self._write(fd, line + b"\n")
        self._tail = (size + len(line) + 1, seq + 1, line_hash(line), entry.get("kind") == "checkpoint")
        return entry

    # ------------------------------------------------------------------ writing
    def append(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Write one entry (``None`` fields are left out); a checkpoint follows every
        ``checkpoint_every`` entries.  Raises :class:`AuditError` (disk full, no permission)."""
        with self._lock:
            fd = self._open()
            with self._flocked(fd):
                entry = self._put(fd, fields, self._last(fd))
                self.written += 1
                if self.fsync == "always":
                    self._sync(fd)
            if entry["seq"] % self.checkpoint_every == 0:
                self._seal()
            return entry

    def checkpoint(self) -> dict[str, Any] | None:
        """Seal the head now (None: the last entry is a checkpoint already)."""
        with self._lock:
            self._open()
            return self._seal()

    def _seal(self) -> dict[str, Any] | None:
        """A checkpoint after the current head (the caller holds the thread lock).  The key is
        fetched before the file lock is taken: unlocking the vault takes a while, and other
        processes must not wait for it."""
        from aishell.audit import checkpoint

        if not self._signer_asked:
            self._signer_asked = True
            self._signer = self._signer_fn() if self._signer_fn is not None else None
            if self._signer is not None:
                checkpoint.publish_key(self._signer, pub_path(self.path))
        fd = self._open()
        with self._flocked(fd):
            return self._checkpoint(fd)

    @contextlib.contextmanager
    def _flocked(self, fd: int) -> Iterator[None]:
        """The file's exclusive lock (other processes append to it too) while the block runs."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:
            raise self._error("lock", exc) from None
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def _checkpoint(self, fd: int) -> dict[str, Any] | None:
        from aishell.audit import checkpoint

        last = self._last(fd)
        if last[1] == 0 or last[3]:
            return None
        fields = checkpoint.fields(last[1], last[2])
        entry = {k: v for k, v in fields.items() if v is not None}
        entry.update(seq=last[1] + 1, prev=last[2], ts=now_iso())
        if self._signer is not None:
            entry = checkpoint.sign(entry, self._signer)
        line = canonical(entry)
        self._write(fd, line + b"\n")
        self._tail = (last[0] + len(line) + 1, entry["seq"], line_hash(line), True)
        if self.fsync != "never":
            self._sync(fd)
        checkpoint.write_head(head_path(self.path), entry["seq"], self._tail[2])
        self.written = 0
        return entry

    def close(self) -> None:
        """Seal what this process wrote (when ``seal_on_close``: the REPL, web and MCP servers)
        and close the file.  A one-shot command does not sync here: its entries are in the page
        cache, and the next checkpoint syncs them."""
        with self._lock:
            fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if self.seal_on_close and self.written:
                with self._lock:
                    self._fd = fd
                    try:
                        self._seal()  # (which syncs)
                    finally:
                        self._fd = None
        finally:
            os.close(fd)


# ---------------------------------------------------------------------- the process's log
_shared: AuditLog | None = None
_shared_key: tuple[str | None, ...] = ()
_shared_lock = threading.Lock()
_failures = 0
_warned: set[str] = set()  # the logs a failure was reported for (once each)
_redact_literals = False


def shared_log() -> AuditLog:
    """This process's writer of the configured log (closed, and sealed if asked, at exit).
    Built again when the environment that locates it changes (tests switch homes)."""
    global _shared, _shared_key, _redact_literals
    key = tuple(os.environ.get(k) for k in ("AISHELL_AUDIT_PATH", "AISHELL_HOME", "AISHELL_CONFIG"))
    with _shared_lock:
        if _shared is not None and key == _shared_key:
            return _shared
        old, _shared = _shared, None
        if old is not None:
            old.close()
        settings = audit_settings()
        _redact_literals = settings.redact_literals
        _shared = AuditLog(audit_path(settings), checkpoint_every=settings.checkpoint_every, fsync=settings.fsync,
                           signer=_vault_signer)  # fmt: skip
        _shared_key = key
        return _shared


def _vault_signer() -> Any:
    from aishell.audit.checkpoint import vault_signer  # (cryptography and the vault: at a checkpoint only)

    return vault_signer()


def redact_literals_enabled() -> bool:
    """``[audit] redact_literals`` of the configured log."""
    try:
        shared_log()
    except Exception:  # the entry's own write reports it
        return False
    return _redact_literals


@atexit.register
def _close_shared() -> None:
    global _shared
    log, _shared = _shared, None
    if log is not None:
        try:
            log.close()
        except Exception as exc:  # at exit: say so, never raise
            _report(exc)


def _report(exc: Exception, where: str = "") -> None:
    global _failures
    _failures += 1
    if where not in _warned:
        _warned.add(where)
        message = exc.one_line() if isinstance(exc, AuditError) else redact(str(exc))
        print(f"aishell: warning: audit entry not written: {message}", file=sys.stderr)


def record(fields: dict[str, Any]) -> bool:
    """Append one entry to this process's log; never raises.  A failure is reported once on
    stderr and counted (:func:`failures`); the caller's result is never affected."""
    where = ""
    try:
        log = shared_log()
        where = str(log.path)
        log.append(fields)
        return True
    except Exception as exc:
        _report(exc, where)
        return False


def failures() -> int:
    """How many entries this process could not write."""
    return _failures
