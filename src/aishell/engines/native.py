"""An engine's own dump and restore programs (``pg_dump``/``pg_restore``, ``mariadb-dump``/``mariadb``).

Each engine that has such tools describes them in ``engines/<name>/native.py`` as a
:class:`NativeTool` instance ``TOOL``: the programs, the argument lists they take (always a
list, never a shell line), the variable that carries the password (never the command line),
how to recognise a file the tool wrote, and how to list and check what a dump holds.
:mod:`aishell.services.data.native` runs them; it never names an engine.

Importing this module, or an engine's ``native`` module, imports no driver.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
from typing import Any, ClassVar

from aishell.urls import DatabaseURL


class NativeToolError(Exception):
    """A tool could not read a dump (the service reports it as a damaged archive)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NativeTool:
    """The dump and restore programs of one engine.  Subclasses fill in the class variables and
    the argument builders; everything runs without a shell and with the password in
    :attr:`login_env`."""

    #: the engine whose databases the tools dump and restore
    engine: ClassVar[str] = ""
    #: the engine's name for people ("PostgreSQL")
    display_name: ClassVar[str] = ""
    #: the dump programs, the preferred first
    dump_tools: ClassVar[tuple[str, ...]] = ()
    #: the programs that restore a dump, the preferred first
    restore_tools: ClassVar[tuple[str, ...]] = ()
    #: the dump's format, as the manifest names it ("custom", "sql")
    dump_format: ClassVar[str] = ""
    #: the suffix of the dump inside an aishell archive
    suffix: ClassVar[str] = ""
    #: what a dump is, for messages ("a pg_dump custom-format dump")
    what: ClassVar[str] = ""
    #: the environment variable the tools read the login's password from
    login_env: ClassVar[str] = ""
    #: how ``backup verify`` checked a dump ("read through by pg_restore")
    verified_as: ClassVar[str] = "complete"
    #: checking a dump needs the restore program (named in messages as "verifying <verify_what>")
    verify_with_tool: ClassVar[bool] = False
    verify_what: ClassVar[str] = ""
    #: the restore tool runs statement by statement: what ran before a failure stays
    partial_restore: ClassVar[bool] = False
    #: the restore tool reads the dump on its standard input (else it is named on the command line)
    restore_reads_stdin: ClassVar[bool] = False

    # ---- finding the programs
    def find_dump_tool(self) -> str | None:
        return _which(self.dump_tools)

    def find_restore_tool(self) -> str | None:
        return _which(self.restore_tools)

    # ---- argument lists
    def dump_args(self, tool: str, url: DatabaseURL, output: str, tables: list[str] | None) -> list[str]:
        """The dump program's arguments (``tool`` first) to write ``url``'s database (or ``tables``) to ``output``."""
        raise NotImplementedError

    def restore_args(self, tool: str, url: DatabaseURL, dump: str, *, replace: bool) -> list[str]:
        """The restore program's arguments (``tool`` first); ``replace``: drop what exists first."""
        raise NotImplementedError

    def password(self, url: DatabaseURL) -> dict[str, str]:
        """The environment entries that carry ``url``'s password to the tools."""
        return {self.login_env: url.password} if url.password and self.login_env else {}

    # ---- reading dumps
    def sniff(self, head: bytes) -> bool:
        """Whether a file starting with ``head`` (256 bytes) is a dump this tool wrote."""
        return False

    def refuse_file(self, path: str, head: bytes) -> str | None:
        """Why a file starting with ``head`` cannot be restored by aishell though this engine's tools
        wrote it (a plain SQL dump: restore it with psql), or None."""
        return None

    def describe_raw(self, path: str) -> dict[str, Any]:
        """What a file the dump tool wrote says about itself (database, versions, tables)."""
        return {}

    def tables(self, dump: str, tool: str | None = None) -> list[str]:
        """The tables a dump holds (``tool``: the restore program, where listing needs it)."""
        return []

    def verify(self, dump: str, tool: str | None) -> int:
        """Check that the dump reads through (or is complete) (``tool``: the restore program when
        :attr:`verify_with_tool`); the number of entries it holds.  Raises :class:`NativeToolError`
        when it does not."""
        raise NotImplementedError


def one_line(tool: str, stderr: str) -> str:
    """``TOOL failed: ...``: a tool's stderr as one line, without its name repeated on every line."""
    lines = []
    for line in stderr.splitlines():
        line = line.strip()
        for prefix in (f"{tool}: ", "error: ", "Got error: "):
            if line.startswith(prefix):
                line = line[len(prefix) :]
        if line:
            lines.append(line)
    detail = " ".join(" ".join(lines).split())[:500] or "no message"
    return f"{tool} failed: {detail}"


def _which(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found is not None:
            return found
    return None


def run_tool(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a tool with an argument list (never a shell), capturing its output as text."""
    return subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)


def native_tool(engine: str) -> NativeTool | None:
    """The dump tools of ``engine`` (an engine or sqlglot dialect name), or None when it has none."""
    from aishell.engines import dialect_of

    package = dialect_of(engine).package
    if not package:
        return None
    name = f"aishell.engines.{package}.native"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise  # the module is there but needs something missing: not "no dump tool"
        return None
    tool: NativeTool = module.TOOL
    return tool


def native_tools() -> list[NativeTool]:
    """Every engine's dump tools (to recognise a file one of them wrote)."""
    from aishell.engines import ENGINES

    return [t for t in (native_tool(name) for name in ENGINES) if t is not None]
