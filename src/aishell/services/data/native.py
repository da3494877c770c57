"""``backup create --native``: pg_dump or mariadb-dump, run safely.

Arguments go as a list (never through a shell) and the password through the
environment (``PGPASSWORD``/``MYSQL_PWD``), never on the command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import TYPE_CHECKING

from aishell.errors import QueryError, UsageError

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
    args, env = dump_command(session, output, tables)
    proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise QueryError(f"{os.path.basename(args[0])} failed: {' '.join(proc.stderr.split())[:500]}")
