"""The interactive shell.

The loop reads a statement with prompt_toolkit (highlighting, completion,
history, multi-line editing), then hands it to the session, the same
service every other face uses.  Backslash commands live in
:mod:`aishell.repl.commands` and :mod:`aishell.repl.ask`, registered in
:mod:`aishell.repl.registry`; terminal output in :mod:`aishell.repl.output`.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import threading
from pathlib import Path
from typing import IO, Any, cast

from aishell.config import Settings, data_dir, load_settings
from aishell.engines.base import Catalog
from aishell.errors import AishellError, ConnectError, Interrupted
from aishell.repl import commands as _commands  # noqa: F401 - registers the backslash commands
from aishell.repl.output import PagedOutput, PagerGuard, render_listing, result_writer
from aishell.repl.refresher import CatalogRefresher
from aishell.repl.registry import Quit, run_command, special_commands
from aishell.services.catalog import Listing
from aishell.services.session import RunResult, Session
from aishell.sql.kinds import Kind
from aishell.sql.split import is_complete


class Repl:
    def __init__(self, session: Session, settings: Settings, *, assume_yes: bool = False) -> None:
        self.session = session
        self.settings = settings
        self.assume_yes = assume_yes
        rs = settings.repl
        self.fmt = "table"
        self.expanded = rs.expanded
        self.timing = rs.timing
        env_pager = os.environ.get("AISHELL_PAGER")
        self.default_pager = env_pager if env_pager is not None else (rs.pager or os.environ.get("PAGER") or "")
        self.pager: str | None = self.default_pager or None
        self.output_file: IO[str] | None = None
        self.last_statement: str | None = None
        self.next_default = ""
        #: psql's variables (\\set), and the statement typed before a \\g, \\gx, \\gset or \\watch
        self.variables: dict[str, str] = {}
        self.pending: str | None = None
        self.errors = 0  # errors reported (aishell -c exits 1 after one)
        self._database_names: list[str] = []
        self.refresher = CatalogRefresher(lambda: self.session.catalog(refresh=True))
        self._prompt_session: Any = None
        self._sql_completer: Any = None
        session.confirm = self.confirm
        session.password_prompt = self.ask_password

    # ------------------------------------------------------------------ output helpers
    def echo(self, text: str) -> None:
        print(text, flush=True)

    def error(self, exc: BaseException) -> None:
        self.errors += 1
        text = exc.one_line() if isinstance(exc, AishellError) else f"{type(exc).__name__}: {exc}"
        print(f"ERROR: {text}", file=sys.stderr, flush=True)

    def _out(self) -> IO[str]:
        if self.output_file is not None:
            return self.output_file
        if not sys.stdout.isatty():
            return sys.stdout
        return cast(IO[str], PagedOutput(self.pager))

    def _done(self, out: IO[str]) -> None:
        if isinstance(out, PagedOutput):
            try:
                out.close()
            except BrokenPipeError:
                pass
        else:
            out.flush()

    def show(self, listing: Listing) -> None:
        out = self._out()
        try:
            render_listing(listing, out, style=self.settings.repl.table_style)
        finally:
            self._done(out)

    def set_output_file(self, path: str | None) -> None:
        if self.output_file is not None:
            self.output_file.close()
            self.output_file = None
        if path:
            try:
                self.output_file = open(path, "w", encoding="utf-8")  # noqa: SIM115 - kept open until \o
            except OSError as exc:
                raise AishellError(f"cannot write {path}: {exc.strerror}") from None

    # ------------------------------------------------------------------ catalog
    def catalog(self) -> Catalog:
        """The catalog for backslash commands: the snapshot, or read now if none is loaded yet."""
        snapshot = self.refresher.get()
        if snapshot is not None and not self.refresher.loading:
            return snapshot
        catalog = self.session.catalog()
        self.refresher.set_catalog(catalog)
        return catalog

    def refresh_catalog(self, wait: bool = False) -> None:
        """Re-read the catalog in the background (completion never waits for it)."""
        if wait:
            self.refresher.set_catalog(self.session.catalog(refresh=True))
        else:
            self.refresher.refresh()

    # ------------------------------------------------------------------ prompts
    def _ask(self, message: str, *, password: bool = False) -> str:
        from prompt_toolkit import prompt

        return prompt(message, is_password=password)

    def confirm(self, question: str, reasons: list[str]) -> bool:
        if self.assume_yes:
            return True
        try:
            answer = self._ask(question + " [y/N] ")
        except (EOFError, KeyboardInterrupt):
            return False
        return answer.strip().lower() in {"y", "yes"}

    def ask_password(self, message: str) -> str | None:
        try:
            return self._ask(message, password=True)
        except (EOFError, KeyboardInterrupt):
            return None

    def prompt_text(self) -> str:
        url = self.session.target.url
        if url.is_file:
            where = f"{self.session.target.name or url.engine}:{Path(url.database or '').name or ':memory:'}"
        elif self.session.target.name:
            where = self.session.target.name
        else:
            where = f"{url.user + '@' if url.user else ''}{url.host or 'localhost'}/{url.database or ''}"
        flags = " [ro]" if self.session.read_only else ""
        tx = "!" if self.session.transaction_failed else ("*" if self.session.in_transaction else "")
        return f"{where}{flags}{tx}> "

    # ------------------------------------------------------------------ running
    def switch(self, name_or_url: str) -> None:
        from aishell.connections import resolve

        target = resolve(name_or_url)
        old = self.session.target
        try:
            self.session.reconnect(target)
        except AishellError:
            self.session.reconnect(old)
            raise
        self.refresher.reset(lambda: self.session.catalog(refresh=True))
        self._prompt_session = None  # history and dialect are per connection
        self.echo(f"You are now connected to {target.label}.")

    def execute(self, text: str) -> RunResult | None:
        """Run ``text``; its result, or None when nothing ran (refused, cancelled, failed to start)."""
        self.last_statement = text.strip()
        out = self._out()
        width = shutil.get_terminal_size((100, 40)).columns
        rs = self.settings.repl
        writer = result_writer(out, fmt=self.fmt, expanded=self.expanded, null=rs.null_string,
                               style=rs.table_style, width=width)  # fmt: skip
        # quitting the pager early drops the rest of the output, not the statement nor its row count
        sink = PagerGuard(writer, out) if isinstance(out, PagedOutput) else writer
        limit = rs.display_limit or None if self.output_file is None else None
        try:
            result = self.session.run(text, sink, assume_yes=self.assume_yes, display_limit=limit)
        except Interrupted as exc:
            self._done(out)
            self.error(exc)
            return None
        except AishellError as exc:
            self._done(out)
            self.error(exc)
            return None
        except BrokenPipeError:
            result = None
        self._done(out)
        if isinstance(sink, PagerGuard):
            for line in sink.missed:
                self.echo(line)
        if result is None:
            return None
        for outcome in result.outcomes:
            if outcome.summary is not None and self.timing:
                # the statement's time: not the time the output waited for the pager's reader
                ms = max(outcome.summary.elapsed - outcome.summary.output_seconds, 0.0) * 1000
                self.echo(f"Time: {ms:.3f} ms")
            if outcome.error is not None:
                self.error(outcome.error)
        if any(o.classification.kind in {Kind.DDL, Kind.UNKNOWN} for o in result.outcomes):
            self.refresh_catalog()
        return result

    def history_file(self) -> Path:
        """The file that keeps this connection's input history (``\\s``)."""
        return self._history_path()

    def handle(self, text: str) -> None:
        from aishell.engines import dialect_of
        from aishell.repl.psql_vars import interpolate, split_buffer_command

        stripped = text.strip()
        if not stripped:
            return
        if stripped.lower() in {"quit", "exit", "quit;", "exit;"}:
            raise Quit
        dialect = dialect_of(self.session.target.url.engine)
        if stripped.startswith("\\"):
            run_command(self, interpolate(stripped, self.variables, dialect) if self.variables else stripped)
            return
        typed = split_buffer_command(text, dialect) if "\\" in text else None
        if typed is not None:  # SELECT ... \gx: the statement goes to the command
            self.pending = interpolate(typed[0], self.variables, dialect)
            try:
                run_command(self, interpolate(typed[1], self.variables, dialect))
            finally:
                self.pending = None
            return
        if self.variables and not stripped.startswith("?"):
            text = interpolate(text, self.variables, dialect)
        if stripped == "?" or stripped.startswith("? "):
            from aishell.repl.ask import ask_in_repl

            ask_in_repl(self, stripped[1:])
            return
        self.execute(text)

    # ------------------------------------------------------------------ the loop
    def _history_path(self) -> Path:
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", self.session.label)[:80] or "default"
        path = data_dir() / "history" / safe
        from aishell.state import _private

        _private(path)  # 0600 in a 0700 directory, as psql keeps its history
        _trim_history(path, self.settings.repl.history_size)
        return path

    def _build_prompt(self) -> Any:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
        from prompt_toolkit.history import FileHistory
        from prompt_toolkit.lexers import PygmentsLexer
        from prompt_toolkit.styles import style_from_pygments_cls
        from pygments import lexers
        from pygments.styles import get_style_by_name
        from pygments.util import ClassNotFound

        from aishell.engines import dialect_of
        from aishell.repl.keys import make_key_bindings

        engine = self.session.target.url.engine
        lexer_cls = getattr(lexers, dialect_of(engine).pygments_lexer)
        try:
            style = style_from_pygments_cls(get_style_by_name(self.settings.repl.syntax_style))
        except ClassNotFound:
            style = style_from_pygments_cls(get_style_by_name("native"))
        dialect = self.session.dialect
        return PromptSession(
            history=FileHistory(str(self._history_path())),
            auto_suggest=AutoSuggestFromHistory(),
            lexer=PygmentsLexer(lexer_cls),
            style=style if self.settings.repl.colors else None,
            multiline=True,
            key_bindings=make_key_bindings(lambda text: should_submit(text, dialect)),
            completer=self._completer(),
            complete_while_typing=True,
            vi_mode=self.settings.repl.key_bindings == "vi",
            enable_open_in_editor=True,
            prompt_continuation=lambda width, line_number, is_soft_wrap: "." * (width - 2) + "> ",
            include_default_pygments_style=False,
            color_depth=None,
        )

    def _completer(self) -> Any:
        """A completer that starts working once its module (and sqlglot) has loaded in the
        background (see :meth:`_after_first_render`): the prompt appears first."""
        from prompt_toolkit.completion import DynamicCompleter

        return DynamicCompleter(lambda: self._sql_completer)

    def _after_first_render(self, app: Any) -> None:
        """Once the prompt is on screen, load what completion needs in the background."""
        app.after_render -= self._after_first_render
        self.refresh_catalog()
        threading.Thread(target=self._load_completion, name="aishell-completer", daemon=True).start()

    def _load_completion(self) -> None:
        from prompt_toolkit.completion import ThreadedCompleter

        from aishell.repl.completion import SQLCompleter
        from aishell.services.keyspace import is_key_value

        if is_key_value(self.session):  # a command language (Redis): completed from the server's own docs
            from aishell.repl.keyspace_complete import CommandLineCompleter

            self._sql_completer = ThreadedCompleter(CommandLineCompleter(self.session))
            return
        sql = SQLCompleter(self.refresher.get, lambda: self.session.dialect, special_commands(),
                           get_databases=self._databases)  # fmt: skip
        self._sql_completer = ThreadedCompleter(sql)
        try:
            self._database_names = self.session.databases()
        except AishellError:
            self._database_names = []

    def _databases(self) -> list[str]:
        return list(self._database_names)

    def run(self) -> int:
        from aishell import __version__

        try:
            self.session.connection()
        except ConnectError as exc:
            self.error(exc)
            return exc.exit_code
        conn = self.session.connection()
        self.echo(f"aishell {__version__} - {conn.server_version()} - {self.session.target.url.display()}")
        from aishell.engines import dialect_of

        lines = dialect_of(self.session.target.url.engine).line_statements  # a command a line (Redis)
        end = "Enter runs a command." if lines else 'End statements with ";".'
        self.echo("Type \\? for help, \\q to quit. " + end)
        while True:
            if self._prompt_session is None:
                self._prompt_session = self._build_prompt()
                self._prompt_session.app.after_render += self._after_first_render
            default, self.next_default = self.next_default, ""
            try:
                text = self._prompt_session.prompt(self.prompt_text(), default=default)
            except KeyboardInterrupt:
                continue  # Ctrl-C while editing clears the buffer
            except EOFError:
                if self._may_quit():
                    break
                continue
            try:
                self.handle(text)
            except Quit:
                if self._may_quit():
                    break
            except KeyboardInterrupt:
                self.echo("cancelled")
            except AishellError as exc:
                self.error(exc)
        self.set_output_file(None)
        self.refresher.close()
        self.session.close()
        self.echo("Goodbye.")
        return 0

    def _may_quit(self) -> bool:
        if not self.session.in_transaction:
            return True
        return self.confirm("A transaction is open; quitting rolls it back. Quit anyway?", [])


def should_submit(text: str, dialect: str) -> bool:
    """Enter runs the buffer when it holds a finished statement, a backslash command
    or a question (``? ...``)."""
    stripped = text.strip()
    if not stripped:
        return True
    if stripped.startswith(("\\", "? ")) or stripped.lower() in {"quit", "exit"}:
        return True
    if "\\" in stripped:  # SELECT ... \gx runs at once, as in psql
        from aishell.engines import dialect_of
        from aishell.repl.psql_vars import split_buffer_command

        if split_buffer_command(text, dialect_of(dialect)) is not None:
            return True
    return is_complete(text, dialect)


def _trim_history(path: Path, keep: int) -> None:
    """Keep the last ``keep`` entries of a prompt_toolkit FileHistory file."""
    try:
        if not path.exists() or path.stat().st_size < 1_000_000 or keep <= 0:
            return
        text = path.read_text(encoding="utf-8", errors="replace")
        entries = re.split(r"(?m)^(?=\n?# )", text)
        if len(entries) > keep:
            path.write_text("".join(entries[-keep:]), encoding="utf-8")
    except OSError:
        pass


def run_repl(*, db: str | None, read_only: bool, timeout: float | None, assume_yes: bool,
             create: bool = False, role: str | None = None) -> int:  # fmt: skip
    """Open the shell on ``db``; its exit code.  The shell asks for passwords and
    confirmations itself (:meth:`Repl.ask_password`, :meth:`Repl.confirm`)."""
    from aishell.services.factory import make_session

    settings = load_settings(create=True)
    session = make_session(db, read_only=read_only, timeout=timeout, source="repl", create=create,
                           settings=settings, role=role)  # fmt: skip
    return Repl(session, settings, assume_yes=assume_yes).run()


def run_commands(commands: tuple[str, ...] | list[str], *, db: str | None, read_only: bool, timeout: float | None,
                 assume_yes: bool, create: bool = False, role: str | None = None) -> int:  # fmt: skip
    """``aishell -c SQL [-c ...]``, as ``psql -c``: each text runs as if typed at the prompt (SQL or a
    backslash command), without a pager; the exit code is 1 once anything failed, and the rest
    does not run."""
    from aishell.errors import EXIT_QUERY
    from aishell.services.factory import make_session

    settings = load_settings(create=True)
    session = make_session(db, read_only=read_only, timeout=timeout, source="cli", create=create,
                           settings=settings, role=role, connect_retries=0)  # fmt: skip
    repl = Repl(session, settings, assume_yes=assume_yes)
    repl.pager, repl.timing = None, False  # as psql -c: the results only
    try:
        session.connection()
        for text in commands:
            try:
                repl.handle(text)
            except Quit:
                break
            except AishellError as exc:
                repl.error(exc)
            if repl.errors:
                return EXIT_QUERY
        return 0
    except ConnectError as exc:
        repl.error(exc)
        return exc.exit_code
    finally:
        repl.refresher.close()
        session.close()
