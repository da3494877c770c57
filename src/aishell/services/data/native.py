"""``backup create --native``: the engine's own dump tool (pg_dump, mariadb-dump), run safely.

The engine describes its tools (:meth:`~aishell.engines.base.Connection.native_dump`,
``engines/<name>/native.py``): their names, arguments and password variable; this module
runs them and never names an engine.

Arguments go as a list (never through a shell) and the password through the
environment (``PGPASSWORD``/``MYSQL_PWD``), never on the command line.

The tool writes a temporary file beside the output, renamed over it only when
the tool succeeds: a failed dump (a wrong password, a lost connection, Ctrl-C)
leaves no empty or half-written file, and an older file of that name intact.
A failure to connect or log in is a connection error (exit 3), any other
failure a query error (exit 1).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from aishell.audit.hooks import audited
from aishell.engines.native import NativeTool, NativeToolError, native_tool, native_tools, one_line
from aishell.errors import AishellError, AuthenticationError, ConnectError, QueryError, UsageError
from aishell.services.data.archive import (
    FORMAT,
    NATIVE_VERSION,
    ArchiveError,
    TableResult,
    _add_bytes,
    _hash_file,
    _members,
    _spool,
    archive_writer,
    open_archive,
    read_manifest,
)
from aishell.sql.names import quote_table

if TYPE_CHECKING:
    from aishell.services.session import Session


def _tool(engine: str) -> NativeTool:
    tool = native_tool(engine)
    if tool is None:
        names = " and ".join(t.display_name for t in native_tools())
        raise UsageError(f"--native is for {names}, not {engine}")
    return tool


def dump_command(session: Session, output: str, tables: list[str] | None) -> tuple[list[str], dict[str, str]]:
    """The engine's dump program's arguments (a list, never a shell line) and its environment
    (the password in the tool's variable, never on the command line)."""
    url = session.target.url
    native = _tool(url.engine)
    program = native.find_dump_tool()
    if program is None:
        raise UsageError(f"--native needs {' or '.join(native.dump_tools)}, which is not installed")
    return native.dump_args(program, url, output, tables), {**os.environ, **native.password(url)}


@audited("backup-native-dump", target=lambda session, output, *a, **k: output)
def native_dump(session: Session, output: str, *, tables: list[str] | None = None) -> None:
    target = os.path.abspath(output)
    folder, name = os.path.split(target)
    partial = _create_partial(folder, name, output)
    try:
        args, env = dump_command(session, partial, tables)
        proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise _failure(os.path.basename(args[0]), proc.stderr)
        try:
            os.replace(partial, target)
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror}") from None
    except BaseException:
        try:
            os.unlink(partial)
        except FileNotFoundError:
            pass
        raise


#: the login was refused (not a missing privilege met later, such as "Access denied; you need PROCESS")
_AUTH = re.compile(r"\b1045\b|access denied for user \S+ \(using password|password authentication failed|"
                   r"no password supplied|password has expired", re.I)  # fmt: skip
#: the server was not reached, or the login failed for another reason
_CONNECT = re.compile(r"when trying to connect|connection to server .* failed|connection to database .* failed|"
                      r"when selecting the database|can't connect to|could not translate host name|"
                      r"unknown (mysql|mariadb) server host",
                      re.I)  # fmt: skip


def _failure(tool: str, stderr: str) -> AishellError:
    """The tool's stderr as one line, without its name repeated on every line."""
    message = one_line(tool, stderr)  # AishellError redacts the URL's password, should a tool echo it
    detail = message.removeprefix(f"{tool} failed: ")
    if _AUTH.search(detail):
        return AuthenticationError(message)
    if _CONNECT.search(detail):
        return ConnectError(message)
    return QueryError(message)


def _create_partial(folder: str, name: str, output: str) -> str:
    """A new empty file ``.NAME.RANDOM.part`` in ``folder``, with the mode any new file gets (umask)."""
    for _ in range(100):
        partial = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror}") from None
        return partial
    raise UsageError(f"cannot write {output}: no free temporary name in {folder}")


# --------------------------------------------------------------------------- wrapped, verified, restored
def _tool_version(tool: str) -> str:
    try:
        proc = subprocess.run([tool, "--version"], capture_output=True, text=True, check=False, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "?"
    return (proc.stdout.strip().splitlines() or ["?"])[0]


@audited("backup-native", target=lambda session, output, *a, **k: output)
def native_backup(session: Session, output: str, *, tables: list[str] | None = None,
                  passphrase: str | None = None) -> dict[str, Any]:  # fmt: skip
    """``backup create --native`` into an aishell archive: the tool's own dump as its one data
    member, with a manifest saying what it is (tool, version, format, server, tables) and its
    SHA-256; encrypted with ``passphrase``.  ``backup verify``, ``info`` and ``restore`` read it."""
    import datetime as dt
    import json
    import tempfile

    from aishell import __version__
    from aishell.services.data.schema import select_tables

    url = session.target.url
    kind = _tool(url.engine)
    out_dir = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(out_dir):
        raise UsageError(f"directory does not exist: {out_dir}")
    work = tempfile.mkdtemp(prefix=".aishell-native-", dir=out_dir)
    try:
        dump = os.path.join(work, "dump")
        args, env = dump_command(session, dump, tables)
        proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise _failure(os.path.basename(args[0]), proc.stderr)
        conn = session.connection()
        names = [t.name for t in select_tables(session.catalog(refresh=True), tables, conn.dialect)]
        database = conn.current_database() or url.database or "dump"
        member = f"native/{re.sub(r'[^A-Za-z0-9_.-]', '_', database)[:60]}{kind.suffix}"
        sha, size = _hash_file(dump)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": NATIVE_VERSION,
            "kind": "native",
            "aishell": __version__,
            "engine": conn.engine,
            "dialect": conn.dialect,
            "server_version": conn.server_version(),
            "database": conn.current_database(),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "encrypted": bool(passphrase),
            "tool": os.path.basename(args[0]),
            "tool_version": _tool_version(args[0]),
            "dump_format": kind.dump_format,
            "restore_tool": kind.restore_tools[0],
            "member": member,
            "tables": [{"name": n} for n in names],
            "views": [],
            "members": {member: {"sha256": sha, "bytes": size}},
        }
        partial = os.path.join(work, "archive.partial")
        with archive_writer(partial, passphrase) as tar:
            _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=2).encode())
            tar.add(dump, arcname=member, recursive=False)
        try:
            os.replace(partial, output)
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror}") from None
        return manifest
    finally:
        shutil.rmtree(work, ignore_errors=True)


def raw_kind(path: str) -> str | None:
    """The engine whose dump tool wrote this file itself (``postgres`` for pg_dump's custom format,
    ``mysql`` for mariadb-dump/mysqldump SQL), or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(256)
    except OSError:
        return None
    return next((t.engine for t in native_tools() if t.sniff(head)), None)


def native_file(path: str) -> bool:
    """Whether an engine's dump tool wrote this file itself (one aishell restores, or refuses)."""
    return raw_kind(path) is not None or _refused(path) is not None


def _refused(path: str) -> str | None:
    """Why a file an engine's tool wrote cannot be restored here (a pg_dump plain SQL dump), or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(256)
    except OSError:
        return None
    return next((why for t in native_tools() if (why := t.refuse_file(path, head)) is not None), None)


def describe(path: str, passphrase: str | None = None) -> dict[str, Any] | None:
    """The manifest of a native dump, wrapped (an aishell archive of ``kind: native``) or raw (a
    file of the tool's own: described from its header); None for anything else."""
    from aishell.services.data.crypto import is_encrypted

    if not os.path.isfile(path):
        return None
    kind = raw_kind(path)
    if kind is None and (why := _refused(path)) is not None:
        raise UsageError(why)
    if kind is not None:
        return _describe_raw(path, kind)
    if not is_encrypted(path) and not _is_tar(path):
        return None
    try:
        manifest = read_manifest(path, passphrase)
    except AishellError:
        return None  # (the portable path reports the problem)
    return manifest if manifest.get("kind") == "native" else None


def _is_tar(path: str) -> bool:
    import tarfile

    try:
        return tarfile.is_tarfile(path)
    except OSError:
        return False


def _describe_raw(path: str, engine: str) -> dict[str, Any]:
    kind = _tool(engine)
    out: dict[str, Any] = {"kind": "native", "wrapped": False, "engine": engine, "dump_format": kind.dump_format,
                           "tool": kind.dump_tools[0], "restore_tool": kind.restore_tools[0], "encrypted": False,
                           "tables": []}  # fmt: skip
    try:
        out.update(kind.describe_raw(path))
    except NativeToolError as exc:
        raise ArchiveError(f"{path}: {exc.message}") from None
    return out


@contextlib.contextmanager
def _dump_file(path: str, manifest: dict[str, Any], passphrase: str | None) -> Iterator[str]:
    """The dump as a file: the raw file itself, or the member spooled out of the archive and
    checked against its SHA-256."""
    import tempfile


    if manifest.get("wrapped") is False:
        yield path
        return
    if not manifest.get("member"):
        raise ArchiveError(f"{path}: the manifest names no dump")
    work = tempfile.mkdtemp(prefix="aishell-native-")
    try:
        spool = os.path.join(work, "dump")
        found = False
        with open_archive(path, passphrase) as tar:
            for member, fh in _members(tar, path):
                if member.name != manifest["member"]:
                    continue
                sha, size = _spool(fh, spool)
                expected = manifest["members"][member.name]
                if sha != expected["sha256"] or size != int(expected["bytes"]):
                    raise ArchiveError(f"{path}: {member.name} fails its SHA-256 check (the archive is damaged)")
                found = True
                break
        if not found:
            raise ArchiveError(f"{path}: missing member {manifest['member']} (truncated?)")
        yield spool
    finally:
        shutil.rmtree(work, ignore_errors=True)


def verify_native(path: str, manifest: dict[str, Any], passphrase: str | None = None) -> dict[str, Any]:
    """Check a native dump: its SHA-256 (wrapped), then that its tool reads it through (PostgreSQL:
    ``pg_restore --list`` and a full read into nothing) or that it is complete (a SQL dump ends with
    ``-- Dump completed``).  Return the manifest with ``entries`` (what the dump holds)."""
    out = dict(manifest)
    kind = _tool(manifest["engine"])
    with _dump_file(path, manifest, passphrase) as dump:
        program = _need(kind.restore_tools, f"verifying {kind.verify_what}") if kind.verify_with_tool else None
        try:
            out["entries"] = kind.verify(dump, program)
        except NativeToolError as exc:
            raise ArchiveError(f"{path}: {exc.message}") from None
    return out


def _need(names: tuple[str, ...], doing: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found is not None:
            return found
    raise UsageError(f"{doing} needs {' or '.join(names)}, which is not installed")


def _declare_restore(session: Session, names: list[str], replaced: list[str]) -> None:
    """Pass what the dump runs through the session's gate before the tool starts: the DROP of the
    tables it replaces, then each table's CREATE TABLE and rows (their columns are the dump's)."""
    from aishell.services.data.import_ import declare_writes
    from aishell.services.data.schema import drop_sql

    dialect = session.dialect
    creates = [f"CREATE TABLE {quote_table(n, dialect)} ()" for n in names]
    declare_writes(session, [*(drop_sql(n, dialect) for n in replaced), *creates], [(n, []) for n in names])


def restore_native(session: Session, path: str, manifest: dict[str, Any], *, tables: list[str] | None = None,
                   replace: bool = False, passphrase: str | None = None) -> Any:  # fmt: skip
    """Restore a native dump into ``session``'s database (of the same engine) with the native tool:
    ``pg_restore`` (in one transaction; ``--replace``: ``--clean --if-exists``) or the ``mariadb``
    client.  Tables the dump holds that exist already are refused without ``replace``.  Returns the
    tables with their row counts afterwards (:class:`~aishell.services.data.schema.Reported`)."""
    from aishell.services.data.schema import Reported

    engine = manifest["engine"]
    conn = session.connection()
    kind = _tool(engine)
    what = kind.what
    if conn.engine != engine:
        raise UsageError(f"{path} holds {what}: it restores into {kind.display_name} only, not {conn.engine} "
                         "(a portable archive restores anywhere)")  # fmt: skip
    if tables:
        raise UsageError(f"{path} holds {what}, which restores whole: --tables is for portable archives")
    url = session.target.url
    tool = _need(kind.restore_tools, f"restoring {what}")
    env = {**os.environ, **kind.password(url)}
    with _dump_file(path, manifest, passphrase) as dump:
        try:
            names = kind.tables(dump, tool)
        except NativeToolError as exc:
            raise ArchiveError(f"{dump}: {exc.message}") from None
        catalog = session.catalog(refresh=True)
        existing = [n for n in names if catalog.find_table(n) is not None]
        if existing and not replace:
            raise UsageError(f"these tables exist already: {', '.join(existing)} (pass --replace to overwrite)")
        _declare_restore(session, names, existing if replace else [])
        args = kind.restore_args(tool, url, dump, replace=replace)
        if kind.restore_reads_stdin:
            with open(dump, "rb") as stdin:
                proc = subprocess.run(args, env=env, stdin=stdin, capture_output=True, text=True, check=False)
        else:
            proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
        session.invalidate_catalog()
        if proc.returncode != 0:
            err = _failure(os.path.basename(tool), proc.stderr)
            if kind.partial_restore:  # the client runs statement by statement: what ran, stays
                err = type(err)(f"{err.message}; the statements before the failing one were applied")
            raise err
    counted = []
    for name in names:
        rows = conn.query_all(f"SELECT count(*) FROM {quote_table(name, conn.dialect)}")
        counted.append(TableResult(name, int(rows[0][0])))
    return Reported(counted)
