"""``\\ask QUESTION`` (or a line starting with ``? ``) in the shell.

The question goes through the same pipeline as ``aishell ask``; the shell
shows the SQL, a one-line explanation and the risk, then asks: run it, edit
it (the SQL becomes the next prompt's text), or cancel.  A statement that is
not a plain read runs only when the user types ``y`` at that prompt, even if
the shell was started with ``--yes``, and never in read-only mode.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from aishell.errors import AishellError, PolicyError, UsageError
from aishell.repl.registry import command

if TYPE_CHECKING:
    from aishell.ai.pipeline import AskResult, Attempt
    from aishell.repl.registry import Shell


@command("\\ask", args="QUESTION", help="translate a question into SQL; run, edit or cancel it (also: ? QUESTION)")
def _ask_command(repl: Shell, typed: str, arg: str) -> None:
    ask_in_repl(repl, arg)


def ask_in_repl(repl: Shell, question: str) -> None:
    from aishell.services.ask import ask, risk_text

    question = question.strip().rstrip(";").strip()
    if not question:
        raise UsageError("usage: \\ask QUESTION  (or: ? QUESTION)")

    def report(attempt: Attempt) -> None:
        if attempt.error is not None:
            repl.echo(f"-- attempt {attempt.number}: {attempt.error}")

    from aishell.services.plan_answer import answer as plan_answer

    about_speed = plan_answer(repl.session, question)  # "why is SELECT ... slow?": answered from its plan
    if about_speed is not None:
        repl.echo(about_speed.text)
        return
    result = ask(repl.session, question, on_attempt=report)
    if not result.ok:
        repl.error(AishellError(f"no valid SQL for the question: {result.error}"))
        return
    repl.echo(result.sql)
    if result.explanation:
        repl.echo(f"-- {result.explanation}")
    repl.echo(f"-- risk: {risk_text(result)}")
    if result.refused:
        repl.error(PolicyError(result.refused))
        repl.next_default = result.sql
        return
    choices = "[y]es / [e]dit / [N]o" if result.needs_confirmation else "[Y]es / [e]dit / [n]o"
    question_text = f"Run it? {choices}: "
    try:
        answer = repl._ask(question_text).strip().lower()
    except (EOFError, KeyboardInterrupt):
        answer = "n"
    if answer in ("e", "edit"):
        repl.next_default = result.sql
        return
    run = answer in ("y", "yes") or (answer == "" and not result.needs_confirmation)
    if not run:
        repl.echo("cancelled")
        return
    _run(repl, result)


def _run(repl: Shell, result: AskResult) -> None:
    from aishell.repl.output import result_writer
    from aishell.services.ask import run_answer
    from aishell.sql.classify import Kind

    repl.last_statement = result.sql
    out = repl._out()
    width = shutil.get_terminal_size((100, 40)).columns
    rs = repl.settings.repl
    writer = result_writer(out, fmt=repl.fmt, expanded=repl.expanded, null=rs.null_string,
                           style=rs.table_style, width=width)  # fmt: skip
    try:
        outcome = run_answer(repl.session, result, writer, confirmed=True)
    except AishellError as exc:
        repl._done(out)
        repl.error(exc)
        return
    repl._done(out)
    for o in outcome.outcomes:
        if o.summary is not None and repl.timing:
            repl.echo(f"Time: {o.summary.elapsed * 1000:.3f} ms")
        if o.error is not None:
            repl.error(o.error)
    if any(o.classification.kind in {Kind.DDL, Kind.UNKNOWN} for o in outcome.outcomes):
        repl.refresh_catalog()
