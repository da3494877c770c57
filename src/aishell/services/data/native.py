"""``backup create --native``: pg_dump or mariadb-dump, run safely.

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

from aishell.errors import AishellError, AuthenticationError, ConnectError, QueryError, UsageError
from aishell.sql.names import quote_table

if TYPE_CHECKING:
    from aishell.services.session import Session


def dump_command(session: Session, output: str, tables: list[str] | None) -> tuple[list[str], dict[str, str]]:
    url = session.target.url
    env = dict(os.environ)
    if url.engine == "postgres":
        tool = shutil.which("pg_dump")
        if tool is None:
            raise UsageError("--native needs pg_dump, which is not installed")
        args = [tool, "-Fc", "--no-password", "-f", output]
        if url.host:
            args += ["-h", url.host]
        if url.port:
            args += ["-p", str(url.port)]
        if url.user:
            args += ["-U", url.user]
        for table in tables or []:
            args += ["-t", table]
        args += ["-d", url.database or ""]
        if url.password:
            env["PGPASSWORD"] = url.password
        return args, env
    if url.engine == "mysql":
        tool = shutil.which("mariadb-dump") or shutil.which("mysqldump")
        if tool is None:
            raise UsageError("--native needs mariadb-dump or mysqldump, which is not installed")
        args = [tool, "--single-transaction", "--routines", "--result-file", output]
        if url.host:
            args += ["-h", url.host]
        if url.port:
            args += ["-P", str(url.port)]
        if url.user:
            args += ["-u", url.user]
        args += ["--", url.database or ""]
        args += list(tables or [])
        if url.password:
            env["MYSQL_PWD"] = url.password
        return args, env
    raise UsageError(f"--native is for PostgreSQL and MySQL/MariaDB, not {url.engine}")


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
    lines = []
    for line in stderr.splitlines():
        line = line.strip()
        for prefix in (f"{tool}: ", "error: ", "Got error: "):
            if line.startswith(prefix):
                line = line[len(prefix) :]
        if line:
            lines.append(line)
    detail = " ".join(" ".join(lines).split())[:500] or "no message"
    message = f"{tool} failed: {detail}"  # AishellError redacts the URL's password, should a tool echo it
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
#: a native dump inside an aishell archive (``kind: native`` in the manifest): aishell versions
#: before it refuse the archive as written by a newer aishell
NATIVE_VERSION = 4
#: per engine: the dump tool(s), the dump's format, the tool that restores it, the member's suffix
_KINDS: dict[str, dict[str, Any]] = {
    "postgres": {"tools": ("pg_dump",), "format": "custom", "restore": ("pg_restore",), "suffix": ".pgdump",
                 "what": "a pg_dump custom-format dump"},
    "mysql": {"tools": ("mariadb-dump", "mysqldump"), "format": "sql", "restore": ("mariadb", "mysql"),
              "suffix": ".sql", "what": "a mariadb-dump/mysqldump SQL dump"},
}  # fmt: skip
#: (recent mariadb-dump versions start with a line that puts the client in sandbox mode)
_SQL_HEADER = re.compile(rb"^(/\*M![0-9]+\\- enable the sandbox mode \*/\s*\n)?-- (MariaDB|MySQL) dump ")
_PG_PLAIN = re.compile(rb"^--\s*\n-- PostgreSQL database dump")


def _tool_version(tool: str) -> str:
    try:
        proc = subprocess.run([tool, "--version"], capture_output=True, text=True, check=False, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "?"
    return (proc.stdout.strip().splitlines() or ["?"])[0]


def native_backup(session: Session, output: str, *, tables: list[str] | None = None,
                  passphrase: str | None = None) -> dict[str, Any]:  # fmt: skip
    """``backup create --native`` into an aishell archive: the tool's own dump as its one data
    member, with a manifest saying what it is (tool, version, format, server, tables) and its
    SHA-256; encrypted with ``passphrase``.  ``backup verify``, ``info`` and ``restore`` read it."""
    import datetime as dt
    import json
    import tempfile

    from aishell import __version__
    from aishell.services.data.backup import FORMAT, _add_bytes, _hash_file, archive_writer
    from aishell.services.data.schema import select_tables

    url = session.target.url
    if url.engine not in _KINDS:
        raise UsageError(f"--native is for PostgreSQL and MySQL/MariaDB, not {url.engine}")
    kind = _KINDS[url.engine]
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
        member = f"native/{re.sub(r'[^A-Za-z0-9_.-]', '_', database)[:60]}{kind['suffix']}"
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
            "dump_format": kind["format"],
            "restore_tool": kind["restore"][0],
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
    """What a file the native tools wrote themselves is: ``postgres`` (pg_dump custom format),
    ``mysql`` (mariadb-dump/mysqldump SQL), ``postgres-plain`` (pg_dump SQL), or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(256)
    except OSError:
        return None
    if head.startswith(b"PGDMP"):
        return "postgres"
    if _SQL_HEADER.match(head):
        return "mysql"
    if _PG_PLAIN.match(head):
        return "postgres-plain"
    return None


def describe(path: str, passphrase: str | None = None) -> dict[str, Any] | None:
    """The manifest of a native dump, wrapped (an aishell archive of ``kind: native``) or raw (a
    file of the tool's own: described from its header); None for anything else."""
    from aishell.services.data.backup import read_info
    from aishell.services.data.crypto import is_encrypted

    if not os.path.isfile(path):
        return None
    kind = raw_kind(path)
    if kind == "postgres-plain":
        raise UsageError(f"{path} is a pg_dump plain SQL dump, not an aishell archive: restore it with psql")
    if kind is not None:
        return _describe_raw(path, kind)
    if not is_encrypted(path) and not _is_tar(path):
        return None
    try:
        manifest = read_info(path, passphrase)
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
    kind = _KINDS[engine]
    out: dict[str, Any] = {"kind": "native", "wrapped": False, "engine": engine, "dump_format": kind["format"],
                           "tool": kind["tools"][0], "restore_tool": kind["restore"][0], "encrypted": False,
                           "tables": []}  # fmt: skip
    if engine == "mysql":
        with open(path, "rb") as fh:
            head = b"".join(fh.readline() for _ in range(8)).decode("utf-8", "replace")
        first = next((line for line in head.splitlines() if line.startswith("-- ")), "")
        out["tool_version"] = first.removeprefix("-- ").strip()
        if m := re.search(r"^-- Host: (\S*)\s+Database: (.*)$", head, re.M):
            out["database"] = m.group(2).strip()
        if m := re.search(r"^-- Server version\s+(.*)$", head, re.M):
            out["server_version"] = m.group(1).strip()
        out["tables"] = [{"name": n} for n in _sql_tables(path)]
    else:
        tool = shutil.which("pg_restore")
        if tool is not None:
            header, entries = _pg_list(tool, path)
            out.update(header)
            out["tables"] = [{"name": n} for n in _pg_tables(entries)]
    return out


def _pg_list(tool: str, path: str) -> tuple[dict[str, str], list[str]]:
    """``pg_restore --list``: (what its header says, the entries)."""
    proc = subprocess.run([tool, "--list", os.path.abspath(path)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        from aishell.services.data.backup import ArchiveError

        raise ArchiveError(f"{path}: pg_restore cannot read the dump: {_failure('pg_restore', proc.stderr).message}")
    header: dict[str, str] = {}
    entries = []
    keys = {"Dbname": "database", "Dumped from database version": "server_version",
            "Dumped by pg_dump version": "tool_version", "Archive created at": "created"}  # fmt: skip
    for line in proc.stdout.splitlines():
        if line.startswith(";"):
            key, _, value = line[1:].strip().partition(":")
            if key.strip() in keys:
                header[keys[key.strip()]] = value.strip()
        elif line.strip():
            entries.append(line)
    if "tool_version" in header:
        header["tool_version"] = f"pg_dump {header['tool_version']}"
    return header, entries


def _pg_tables(entries: list[str]) -> list[str]:
    out = []
    for line in entries:  # "215; 1259 16390 TABLE public parent postgres"
        parts = line.split(";", 1)[-1].split()
        if len(parts) == 6 and parts[2] == "TABLE":
            out.append(parts[4])
    return out


_CREATE_TABLE = re.compile(rb"^CREATE TABLE `((?:[^`]|``)+)`")


def _sql_tables(path: str) -> list[str]:
    out = []
    with open(path, "rb") as fh:
        for line in fh:
            if m := _CREATE_TABLE.match(line):
                out.append(m.group(1).decode("utf-8", "replace").replace("``", "`"))
    return out


def _sql_complete(path: str) -> bool:
    """mariadb-dump and mysqldump end a dump with ``-- Dump completed on ...``."""
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        fh.seek(max(0, fh.tell() - 4096))
        tail = fh.read().decode("utf-8", "replace").strip().splitlines()
    return bool(tail) and tail[-1].startswith("-- Dump completed")


@contextlib.contextmanager
def _dump_file(path: str, manifest: dict[str, Any], passphrase: str | None) -> Iterator[str]:
    """The dump as a file: the raw file itself, or the member spooled out of the archive and
    checked against its SHA-256."""
    import tempfile

    from aishell.services.data.backup import ArchiveError, _members, _spool, open_archive

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
    from aishell.services.data.backup import ArchiveError

    out = dict(manifest)
    with _dump_file(path, manifest, passphrase) as dump:
        if manifest["engine"] == "postgres":
            tool = _need("pg_restore", "verifying a pg_dump dump")
            _header, entries = _pg_list(tool, dump)
            proc = subprocess.run([tool, "--file", os.devnull, os.path.abspath(dump)], capture_output=True,
                                  text=True, check=False)  # fmt: skip
            if proc.returncode != 0:
                raise ArchiveError(f"{path}: pg_restore cannot read the dump through: "
                                   f"{_failure('pg_restore', proc.stderr).message}")  # fmt: skip
            out["entries"] = len(entries)
        else:
            if not _sql_complete(dump):
                raise ArchiveError(f"{path}: the SQL dump is incomplete: it does not end with '-- Dump completed' "
                                   "(truncated?)")  # fmt: skip
            out["entries"] = len(_sql_tables(dump))
    return out


def _need(tool_names: str | tuple[str, ...], doing: str) -> str:
    names = (tool_names,) if isinstance(tool_names, str) else tool_names
    for name in names:
        found = shutil.which(name)
        if found is not None:
            return found
    raise UsageError(f"{doing} needs {' or '.join(names)}, which is not installed")


def restore_native(session: Session, path: str, manifest: dict[str, Any], *, tables: list[str] | None = None,
                   replace: bool = False, passphrase: str | None = None) -> Any:  # fmt: skip
    """Restore a native dump into ``session``'s database (of the same engine) with the native tool:
    ``pg_restore`` (in one transaction; ``--replace``: ``--clean --if-exists``) or the ``mariadb``
    client.  Tables the dump holds that exist already are refused without ``replace``.  Returns the
    tables with their row counts afterwards (:class:`~aishell.services.data.schema.Reported`)."""
    from aishell.services.data.backup import TableResult
    from aishell.services.data.schema import Reported

    engine = manifest["engine"]
    conn = session.connection()
    what = _KINDS[engine]["what"]
    if conn.engine != engine:
        into = "PostgreSQL" if engine == "postgres" else "MySQL/MariaDB"
        raise UsageError(f"{path} holds {what}: it restores into {into} only, not {conn.engine} "
                         "(a portable archive restores anywhere)")  # fmt: skip
    if tables:
        raise UsageError(f"{path} holds {what}, which restores whole: --tables is for portable archives")
    url = session.target.url
    tool = _need(_KINDS[engine]["restore"], f"restoring {what}")
    env = dict(os.environ)
    with _dump_file(path, manifest, passphrase) as dump:
        if engine == "postgres":
            _header, entries = _pg_list(tool, dump)
            names = _pg_tables(entries)
        else:
            names = _sql_tables(dump)
        catalog = session.catalog(refresh=True)
        existing = [n for n in names if catalog.find_table(n) is not None]
        if existing and not replace:
            raise UsageError(f"these tables exist already: {', '.join(existing)} (pass --replace to overwrite)")
        if engine == "postgres":
            args = [tool, "--no-password", "--single-transaction", "--exit-on-error"]
            args += ["--clean", "--if-exists"] if replace else []
            args += _login(url, "-h", "-p", "-U")
            args += ["-d", url.database or "", os.path.abspath(dump)]
            if url.password:
                env["PGPASSWORD"] = url.password
            proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
        else:
            args = [tool, "--batch", *_login(url, "-h", "-P", "-u"), "--", url.database or ""]
            if url.password:
                env["MYSQL_PWD"] = url.password
            with open(dump, "rb") as stdin:
                proc = subprocess.run(args, env=env, stdin=stdin, capture_output=True, text=True, check=False)
        session.invalidate_catalog()
        if proc.returncode != 0:
            err = _failure(os.path.basename(tool), proc.stderr)
            if engine == "mysql":  # the client runs statement by statement: what ran, stays
                err = type(err)(f"{err.message}; the statements before the failing one were applied")
            raise err
    counted = []
    for name in names:
        rows = conn.query_all(f"SELECT count(*) FROM {quote_table(name, conn.dialect)}")
        counted.append(TableResult(name, int(rows[0][0])))
    return Reported(counted)


def _login(url: Any, host: str, port: str, user: str) -> list[str]:
    args = []
    if url.host:
        args += [host, url.host]
    if url.port:
        args += [port, str(url.port)]
    if url.user:
        args += [user, url.user]
    return args
