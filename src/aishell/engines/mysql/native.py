"""MySQL/MariaDB's own dump tools: ``mariadb-dump``/``mysqldump`` and the ``mariadb``/``mysql``
client (see :mod:`aishell.engines.native`)."""

from __future__ import annotations

import os
import re
from typing import Any, ClassVar

from aishell.engines.native import NativeTool, NativeToolError
from aishell.urls import DatabaseURL

#: (recent mariadb-dump versions start with a line that puts the client in sandbox mode)
_SQL_HEADER = re.compile(rb"^(/\*M![0-9]+\\- enable the sandbox mode \*/\s*\n)?-- (MariaDB|MySQL) dump ")
_CREATE_TABLE = re.compile(rb"^CREATE TABLE `((?:[^`]|``)+)`")


class MySQLDump(NativeTool):
    engine: ClassVar[str] = "mysql"
    display_name: ClassVar[str] = "MySQL/MariaDB"
    dump_tools: ClassVar[tuple[str, ...]] = ("mariadb-dump", "mysqldump")
    restore_tools: ClassVar[tuple[str, ...]] = ("mariadb", "mysql")
    dump_format: ClassVar[str] = "sql"
    suffix: ClassVar[str] = ".sql"
    what: ClassVar[str] = "a mariadb-dump/mysqldump SQL dump"
    login_env: ClassVar[str] = "MYSQL_PWD"
    verified_as: ClassVar[str] = "complete"
    partial_restore: ClassVar[bool] = True
    restore_reads_stdin: ClassVar[bool] = True

    def dump_args(self, tool: str, url: DatabaseURL, output: str, tables: list[str] | None) -> list[str]:
        args = [tool, "--single-transaction", "--routines", "--result-file", output]
        if url.host:
            args += ["-h", url.host]
        if url.port:
            args += ["-P", str(url.port)]
        if url.user:
            args += ["-u", url.user]
        return [*args, "--", url.database or "", *(tables or [])]

    def restore_args(self, tool: str, url: DatabaseURL, dump: str, *, replace: bool) -> list[str]:
        args = [tool, "--batch"]
        if url.host:
            args += ["-h", url.host]
        if url.port:
            args += ["-P", str(url.port)]
        if url.user:
            args += ["-u", url.user]
        return [*args, "--", url.database or ""]

    def sniff(self, head: bytes) -> bool:
        return bool(_SQL_HEADER.match(head))

    def describe_raw(self, path: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        with open(path, "rb") as fh:
            head = b"".join(fh.readline() for _ in range(8)).decode("utf-8", "replace")
        first = next((line for line in head.splitlines() if line.startswith("-- ")), "")
        out["tool_version"] = first.removeprefix("-- ").strip()
        if m := re.search(r"^-- Host: (\S*)\s+Database: (.*)$", head, re.M):
            out["database"] = m.group(2).strip()
        if m := re.search(r"^-- Server version\s+(.*)$", head, re.M):
            out["server_version"] = m.group(1).strip()
        out["tables"] = [{"name": n} for n in self.tables(path)]
        return out

    def tables(self, dump: str, tool: str | None = None) -> list[str]:
        out = []
        with open(dump, "rb") as fh:
            for line in fh:
                if m := _CREATE_TABLE.match(line):
                    out.append(m.group(1).decode("utf-8", "replace").replace("``", "`"))
        return out

    def verify(self, dump: str, tool: str | None) -> int:
        if not sql_complete(dump):
            raise NativeToolError("the SQL dump is incomplete: it does not end with '-- Dump completed' (truncated?)")
        return len(self.tables(dump))


def sql_complete(path: str) -> bool:
    """mariadb-dump and mysqldump end a dump with ``-- Dump completed on ...``."""
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        fh.seek(max(0, fh.tell() - 4096))
        tail = fh.read().decode("utf-8", "replace").strip().splitlines()
    return bool(tail) and tail[-1].startswith("-- Dump completed")


TOOL = MySQLDump()
