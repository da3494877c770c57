"""PostgreSQL's own dump tools: ``pg_dump -Fc`` and ``pg_restore`` (see :mod:`aishell.engines.native`)."""

from __future__ import annotations

import os
import re
from typing import Any, ClassVar

from aishell.engines.native import NativeTool, NativeToolError, one_line, run_tool
from aishell.urls import DatabaseURL

_PG_PLAIN = re.compile(rb"^--\s*\n-- PostgreSQL database dump")


class PgDump(NativeTool):
    engine: ClassVar[str] = "postgres"
    display_name: ClassVar[str] = "PostgreSQL"
    dump_tools: ClassVar[tuple[str, ...]] = ("pg_dump",)
    restore_tools: ClassVar[tuple[str, ...]] = ("pg_restore",)
    dump_format: ClassVar[str] = "custom"
    suffix: ClassVar[str] = ".pgdump"
    what: ClassVar[str] = "a pg_dump custom-format dump"
    login_env: ClassVar[str] = "PGPASSWORD"
    verified_as: ClassVar[str] = "read through by pg_restore"
    verify_with_tool: ClassVar[bool] = True
    verify_what: ClassVar[str] = "a pg_dump dump"

    def dump_args(self, tool: str, url: DatabaseURL, output: str, tables: list[str] | None) -> list[str]:
        args = [tool, "-Fc", "--no-password", "-f", output]
        if url.host:
            args += ["-h", url.host]
        if url.port:
            args += ["-p", str(url.port)]
        if url.user:
            args += ["-U", url.user]
        for table in tables or []:
            args += ["-t", table]
        return [*args, "-d", url.database or ""]

    def restore_args(self, tool: str, url: DatabaseURL, dump: str, *, replace: bool) -> list[str]:
        args = [tool, "--no-password", "--single-transaction", "--exit-on-error"]
        args += ["--clean", "--if-exists"] if replace else []
        args += _login(url)
        return [*args, "-d", url.database or "", os.path.abspath(dump)]

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"PGDMP")

    def refuse_file(self, path: str, head: bytes) -> str | None:
        if _PG_PLAIN.match(head):
            return f"{path} is a pg_dump plain SQL dump, not an aishell archive: restore it with psql"
        return None

    def describe_raw(self, path: str) -> dict[str, Any]:
        tool = self.find_restore_tool()
        if tool is None:
            return {}
        header, entries = pg_list(tool, path)
        return {**header, "tables": [{"name": n} for n in pg_tables(entries)]}

    def tables(self, dump: str, tool: str | None = None) -> list[str]:
        _header, entries = pg_list(tool or self.restore_tools[0], dump)
        return pg_tables(entries)

    def verify(self, dump: str, tool: str | None) -> int:
        tool = tool or self.restore_tools[0]
        _header, entries = pg_list(tool, dump)
        proc = run_tool([tool, "--file", os.devnull, os.path.abspath(dump)])
        if proc.returncode != 0:
            raise NativeToolError(f"pg_restore cannot read the dump through: {one_line('pg_restore', proc.stderr)}")
        return len(entries)


def _login(url: DatabaseURL) -> list[str]:
    args = []
    if url.host:
        args += ["-h", url.host]
    if url.port:
        args += ["-p", str(url.port)]
    if url.user:
        args += ["-U", url.user]
    return args


def pg_list(tool: str, path: str) -> tuple[dict[str, str], list[str]]:
    """``pg_restore --list``: (what its header says, the entries)."""
    proc = run_tool([tool, "--list", os.path.abspath(path)])
    if proc.returncode != 0:
        raise NativeToolError(f"pg_restore cannot read the dump: {one_line('pg_restore', proc.stderr)}")
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


def pg_tables(entries: list[str]) -> list[str]:
    out = []
    for line in entries:  # "215; 1259 16390 TABLE public parent postgres"
        parts = line.split(";", 1)[-1].split()
        if len(parts) == 6 and parts[2] == "TABLE":
            out.append(parts[4])
    return out


TOOL = PgDump()
