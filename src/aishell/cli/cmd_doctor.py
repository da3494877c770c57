"""``aishell doctor``: find (and with ``--repair``, finish or undo) what interrupted data operations left."""

from __future__ import annotations

import sys

import click

from aishell.cli.main import _inherit, cli, guarded, make_session
from aishell.errors import EXIT_QUERY, AishellError


@cli.command("doctor")
@click.option("--db", "-d", metavar="URL|NAME",
              help="Check this database (default: each database the journal names).")  # fmt: skip
@click.option("--repair", is_flag=True, help="Finish or undo what interrupted operations left.")
@click.pass_context
@guarded
def doctor(ctx: click.Context, db: str | None, repair: bool) -> None:
    """Find what a restore, copy or import killed half-way left, and repair it.

    On MySQL/MariaDB (whose DDL commits at once) such an operation keeps a journal while it
    runs and sets the old tables aside under _aishell_old_* names (an import loads into an
    _aishell_new_* table).  With --repair an operation whose new data was committed is
    finished, any other undone: the tables hold their old content or their new one.  The data
    commands do the same on their target before they start.  Exit code 1 when something is
    left to repair (or a database's connection error's code when it cannot be checked).
    """
    from aishell.services.data.recovery import recover
    from aishell.state import StateStore

    db = _inherit(ctx, "db", db)
    targets = [db] if db else list(dict.fromkeys(e.url for e in StateStore().journal()))
    if not targets:
        click.echo("ok: no interrupted data operation in the journal (give --db to check a database)")
        return
    left = False
    code = 0  # a target that cannot be checked: its error's exit code
    for target in targets:
        try:
            session = make_session(target)
        except AishellError as exc:
            click.echo(f"{target}: cannot check it: {exc.one_line()}")
            code = code or exc.exit_code
            continue
        try:
            findings = recover(session, repair=repair and not session.read_only)
        except AishellError as exc:
            click.echo(f"{session.target.url.display()}: cannot check it: {exc.one_line()}")
            code = code or exc.exit_code
            continue
        finally:
            session.close()
        if not findings:
            click.echo(f"ok: {session.target.url.display()}: nothing left by an interrupted operation")
        for finding in findings:
            click.echo(finding.line())
            left = left or not (finding.fixed or finding.running)
        if repair and session.read_only and findings:
            click.echo(f"{session.target.url.display()}: read-only: nothing repaired", err=True)
    if code or left:
        sys.exit(code or EXIT_QUERY)
