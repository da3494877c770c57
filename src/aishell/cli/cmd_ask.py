"""``aishell ask QUESTION`` and ``aishell eval nl2sql FILE``.

Everything AI-related is imported inside the commands: loading this module
(which ``aishell query`` does, like every ``cmd_*`` module) imports only click.

Confirmation rules for generated SQL:

* a read runs after the user answers yes, or directly with ``--yes``;
* anything else (a write, DDL, ...) needs ``--allow-write`` **and** a
  confirmation: the answer yes at the prompt that shows the statement, or
  ``--yes`` in a script.  ``--yes`` alone never runs a generated write;
* in read-only mode a generated write is refused whatever the flags.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from aishell.cli.main import DB_HELP, FORMAT_CHOICES, _inherit, cli, display_null, fail, guarded, make_session

if TYPE_CHECKING:
    from aishell.ai.pipeline import AskResult, Attempt
    from aishell.services.session import Session

PROVIDER_HELP = "offline (default, no network), anthropic, openai or ollama (or $AISHELL_PROVIDER, [ai] provider)."


def _report_attempt(attempt: Attempt) -> None:
    if attempt.error is not None:
        click.echo(f"attempt {attempt.number}: {attempt.error}", err=True)


@cli.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--provider", "-p", metavar="NAME", help=PROVIDER_HELP)
@click.option("--model", "-m", metavar="MODEL", help="Model name (or $AISHELL_MODEL, [ai] model).")
@click.option("--base-url", metavar="URL", help="Model server URL (openai/ollama; or $OPENAI_BASE_URL, $OLLAMA_HOST).")
@click.option("--max-attempts", type=click.IntRange(1, 10), help="Generation attempts (default: [ai] max_attempts).")
@click.option("--sql-only", is_flag=True, help="Print only the SQL on stdout and run nothing.")
@click.option("--yes", "-y", is_flag=True, help="Run a generated read without asking (never enough for a write).")
@click.option("--allow-write", is_flag=True, help="Allow a generated write or DDL statement (still confirmed).")
@click.option("--read-only", is_flag=True, help="Refuse anything but reads (enforced by the engine too).")
@click.option("--format", "-F", "fmt", type=FORMAT_CHOICES, default="table", show_default=True)
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout.")
@click.pass_context
@guarded
def ask(ctx: click.Context, question: tuple[str, ...], db: str | None, provider: str | None, model: str | None,
        base_url: str | None, max_attempts: int | None, sql_only: bool, yes: bool, allow_write: bool,
        read_only: bool, fmt: str, timeout: float | None) -> None:  # fmt: skip
    """Translate QUESTION into SQL, show it, and run it after confirmation.

    \b
    A read runs after you confirm, or directly with --yes.  A write or DDL
    statement needs --allow-write and a confirmation (the prompt, or --yes in
    scripts), and is always refused in read-only mode.  With --sql-only the
    SQL alone goes to stdout and nothing runs.
    """
    import gc

    from aishell.errors import AishellError

    # a one-shot command: its objects (the catalog, the translator's indexes) live until it exits, so
    # the collector would only walk them again and again; it comes back on before a statement runs
    collecting = gc.isenabled()
    gc.disable()
    try:
        text = " ".join(question).strip()
        session = make_session(
            _inherit(ctx, "db", db),
            read_only=_inherit(ctx, "read_only", read_only),
            timeout=_inherit(ctx, "timeout", timeout),
            source="ask",
        )
        prefetch = None
        try:
            prefetch = _prefetch_catalog(session) if text else None
            code = _ask(session, text, provider=provider, model=model, base_url=base_url,
                        max_attempts=max_attempts, sql_only=sql_only, yes=_inherit(ctx, "yes", yes),
                        allow_write=allow_write, fmt=fmt, prefetch=prefetch, collect=collecting)  # fmt: skip
        except AishellError as exc:
            if prefetch is not None:
                prefetch.thread.join()
            session.close()
            try:
                fail(exc)  # the one-line message (and the traceback under --debug), then its exit code
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else 1
        else:
            session.close()
    finally:
        if collecting:
            _collect_again()
    sys.exit(code)


def _prefetch_catalog(session: Session) -> _Prefetch | None:
    """Connect (here: a password is asked on this thread), then read the catalog (the state
    store's copy while the engine's fingerprint holds) on a thread while this one loads the
    pipeline: on a server the fingerprint query waits for it (PostgreSQL, 2,000 tables:
    ~25-150 ms).  None for a database file, where reading is all work for this process and a
    thread gains nothing."""
    if session.target.url.is_file:
        return None
    session.connection()
    return _Prefetch(session)


class _Prefetch:
    """``session.catalog()`` on a thread; :meth:`join` waits for it and raises what it raised
    (an :class:`~aishell.errors.AishellError`: the pipeline's own read would have raised the
    same).  Anything else is left for that read."""

    def __init__(self, session: Session) -> None:
        import threading

        self.session = session
        self.error: Exception | None = None
        self.thread = threading.Thread(target=self._read, name="aishell-catalog", daemon=True)
        self.thread.start()

    def _read(self) -> None:
        from aishell.errors import AishellError

        try:
            self.session.catalog()
        except AishellError as exc:
            self.error = exc
        except BaseException:  # noqa: S110 - left for the pipeline's own read, which reports it
            pass

    def join(self) -> None:
        self.thread.join()
        error, self.error = self.error, None
        if error is not None:
            raise error


def _ask(session: Session, text: str, *, provider: str | None, model: str | None, base_url: str | None,
         max_attempts: int | None, sql_only: bool, yes: bool, allow_write: bool, fmt: str,
         prefetch: _Prefetch | None = None, collect: bool = True) -> int:  # fmt: skip

    from aishell.errors import PolicyError, QueryError, UsageError
    from aishell.services.ask import ask as ask_question
    from aishell.services.ask import prepare
    from aishell.services.plan_answer import answer as plan_answer

    if prefetch is not None:  # loaded while the catalog was read: from here on one thread uses the session
        prepare(session, text, provider=provider)
        prefetch.join()

    if not text:
        raise UsageError("no question given")
    streamed: list[str] = []

    def show_text(chunk: str) -> None:  # the model's reply as it arrives, dimmed, on a terminal
        streamed.append(chunk)
        click.echo(click.style(chunk, dim=True), err=True, nl=False)

    def report(attempt: Attempt) -> None:
        if streamed:
            click.echo("", err=True)
            streamed.clear()
        _report_attempt(attempt)

    live = not sql_only and sys.stderr.isatty()
    about_speed = plan_answer(session, text, provider=provider, model=model, base_url=base_url)
    if about_speed is not None:  # "why is SELECT ... slow?": answered from its plan; nothing runs
        click.echo(about_speed.text)
        return 0
    result = ask_question(session, text, provider=provider, model=model, max_attempts=max_attempts,
                          base_url=base_url, on_attempt=None if sql_only else report,
                          on_text=show_text if live else None)  # fmt: skip
    if not result.ok:
        raise QueryError(f"no valid SQL for the question: {result.error}")
    if sql_only:
        click.echo(result.sql)
        return 0
    _show(result)
    if result.refused:
        raise PolicyError(result.refused)
    tty = sys.stdin.isatty() and sys.stderr.isatty()
    if result.needs_confirmation:
        if not allow_write:
            raise PolicyError(
                f"refused: the generated statement changes something ({_what(result)}); "
                "pass --allow-write to run it after confirmation"
            )
        confirmed = yes or (tty and click.confirm(f"Run this {result.risk.upper()} statement?", default=False,
                                                   err=True))  # fmt: skip
    else:
        confirmed = yes or (tty and click.confirm("Run it?", default=True, err=True))
    if not confirmed:
        raise PolicyError("not run: confirm at the prompt" + ("" if tty else " or pass --yes"))
    if collect:
        _collect_again()  # (paused by ``ask``) the statement's rows may be many
    return _run(session, result, fmt)


def _collect_again() -> None:
    """Turn the collector back on, past what the question built: the catalog and the translator's
    indexes (millions of objects on a large catalog) go to the permanent generation first.  Made
    while the collector was off, they are all young, and the first collection after it is back
    would walk every one of them: 40 ms on a 2,000-table catalog, paid by the exit handlers."""
    import gc

    from aishell.cli import main

    if not gc.isenabled():
        if main.own_process():  # (a test runner's process keeps collecting all it holds)
            gc.freeze()
        gc.enable()


def _what(result: AskResult) -> str:
    return result.classification.describe() if result.classification else result.risk


def _show(result: AskResult) -> None:
    from aishell.services.ask import risk_text

    click.echo(result.sql, err=True)
    if result.explanation:
        click.echo(f"-- {result.explanation}", err=True)
    click.echo(f"-- risk: {risk_text(result)}  ({result.provider}{'/' + result.model if result.model else ''})",
               err=True)  # fmt: skip


def _run(session: Session, result: AskResult, fmt: str) -> int:
    from aishell.output.formats import make_writer
    from aishell.services.ask import run_answer

    out = sys.stdout
    binary = getattr(out, "buffer", None)
    machine = fmt not in ("table", "vertical")
    writer = make_writer(fmt, out, binary=binary.write if binary is not None else None, show_status=not machine,
                         null=display_null(None))  # fmt: skip
    try:
        run = run_answer(session, result, writer, confirmed=True)
    finally:
        writer.close()
        out.flush()
    for outcome in run.outcomes:
        if outcome.error is not None:
            click.echo(f"error: {outcome.error.one_line()}", err=True)
            return outcome.error.exit_code
        if outcome.summary is not None and machine and not outcome.summary.returns_rows and outcome.summary.status:
            click.echo(outcome.summary.status, err=True)
    return 0


# --------------------------------------------------------------------------- eval
@cli.group("eval")
def eval_group() -> None:
    """Measure features on question sets."""


@eval_group.command("nl2sql")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "-d", metavar="URL|NAME|DIR", required=True,
              help="Database URL or name; a directory holds one SQLite file per 'db' (DIR/NAME.db); "
                   "'{db}' in a URL is replaced by each question's 'db'.")  # fmt: skip
@click.option("--provider", "-p", metavar="NAME", help=PROVIDER_HELP)
@click.option("--model", "-m", metavar="MODEL")
@click.option("--base-url", metavar="URL")
@click.option("--max-attempts", type=click.IntRange(1, 10))
@guarded
def eval_nl2sql(file: str, db: str, provider: str | None, model: str | None, base_url: str | None,
                max_attempts: int | None) -> None:  # fmt: skip
    """Score a provider by execution accuracy on FILE (JSON lines: id, db, q, sql[, ordered, check, order_col]).

    Prints each wrong or refused question, then 'accuracy: N/M = P% (correct N, wrong W, refused R)'.
    """
    import json
    import os
    import time

    from aishell.errors import UsageError
    from aishell.services.evaluate import Outcome, score_questions, timing

    try:
        with open(file, encoding="utf-8") as fh:
            items = [json.loads(line) for line in fh if line.strip()]
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read {file}: {exc}") from None
    if not items:
        raise UsageError(f"{file} holds no questions")
    sessions: dict[str, Session] = {}

    def session_for(name: str) -> Session:
        if os.path.isdir(db):
            target = "sqlite:///" + os.path.abspath(os.path.join(db, f"{name}.db"))
        else:
            target = db.replace("{db}", name)
        if target not in sessions:
            s = make_session(target, read_only=True, source="eval", interactive=False)
            s.state = None  # no history, and no accepted examples leaking answers
            sessions[target] = s
        return sessions[target]

    counts = {"correct": 0, "wrong": 0, "refused": 0}
    done: list[Outcome] = []
    started = time.time()
    try:
        for outcome in score_questions(items, session_for, provider=provider, model=model, base_url=base_url,
                                       max_attempts=max_attempts):  # fmt: skip
            counts[outcome.kind] += 1
            done.append(outcome)
            if outcome.line:
                click.echo(outcome.line)
    finally:
        for s in sessions.values():
            s.close()
    n, ok = len(items), counts["correct"]
    click.echo(f"accuracy: {ok}/{n} = {100 * ok / n:.1f}% (correct {ok}, wrong {counts['wrong']}, "
               f"refused {counts['refused']}; {time.time() - started:.0f}s; {timing(done).describe()})")  # fmt: skip
