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

import os
import re
import secrets
import shutil
import subprocess
from typing import TYPE_CHECKING

from aishell.errors import AishellError, AuthenticationError, ConnectError, QueryError, UsageError

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
