"""``aishell migrate``: versioned SQL files applied through the gate, with a history table."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session

_FORMAT = click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
_DIR = click.option("--dir", "folder", required=True, metavar="DIR", type=click.Path(file_okay=False),
                    help="The folder of V<version>__<name>.sql files and their U undo files.")  # fmt: skip
_DB = click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
_YES = click.option("--yes", "-y", is_flag=True, help="Do not ask before running the migrations' statements.")
_WAIT = click.option("--lock-wait", "lock_wait", type=float, default=None, metavar="SECONDS",
                     help="How long to wait for another migrate on the same database (default 60).")  # fmt: skip


def _session(ctx: click.Context, db: str | None) -> Any:
    return make_session(_inherit(ctx, "db", db), read_only=bool(_inherit(ctx, "read_only", False)),
                        timeout=_inherit(ctx, "timeout", None))  # fmt: skip


def _emit(fmt: str, doc: dict[str, Any], text: str) -> None:
    click.echo(json.dumps(doc, indent=2, default=str) if fmt == "json" else text)
    sys.stdout.flush()


@cli.group("migrate")
def migrate() -> None:
    """Versioned SQL migrations: V001__create_orders.sql (up) and U001__create_orders.sql (undo)
    in one folder, a history table aishell_schema_history in the database.

    \b
    Exit codes: 0 ok, 1 verify found problems, drift found differences or a migration failed, 2 usage.
    See docs/migrate.md."""


@migrate.command("status")
@_DIR
@_DB
@_FORMAT
@click.pass_context
@guarded
def status_cmd(ctx: click.Context, folder: str, db: str | None, fmt: str) -> None:
    """Each file: applied, baselined, pending, edited, missing, out_of_order, failed, half_applied."""
    from aishell.services import migrate as m

    session = _session(ctx, db)
    try:
        rows = m.status(m.read_folder(folder), m.read_history(session))
    finally:
        session.close()
    text = "\n".join(f"{r.version:>8}  {r.state:<12}  {r.filename}" + (f"  {r.detail}" if r.detail else "")
                     for r in rows) or "no migrations"  # fmt: skip
    _emit(fmt, {"migrations": [r.to_dict() for r in rows]}, text)


@migrate.command("verify")
@_DIR
@_DB
@_FORMAT
@click.pass_context
@guarded
def verify_cmd(ctx: click.Context, folder: str, db: str | None, fmt: str) -> None:
    """Check the folder against the history: an applied file edited, files reordered, a file
    inserted before applied ones, an applied file deleted.  One line per problem; exit 1."""
    from aishell.services import migrate as m

    session = _session(ctx, db)
    try:
        found = m.verify(session, folder)
    finally:
        session.close()
    _emit(fmt, {"ok": not found, "problems": found}, "\n".join(found) if found else "ok")
    if found:
        ctx.exit(1)


def _run(ctx: click.Context, action: str, folder: str, db: str | None, fmt: str, **kw: Any) -> None:
    from aishell.services import migrate as m

    session = _session(ctx, db)
    try:
        report = getattr(m, action)(session, folder, **kw)
    finally:
        session.close()
    if fmt == "text":
        for d in report.lint:
            click.echo(m.finding_line(d), err=True)
    _emit(fmt, report.to_dict(), "\n".join(f"{action}: {d}" for d in report.done) or "nothing to do")


@migrate.command("up")
@_DIR
@_DB
@click.option("--to", metavar="VERSION", help="Stop after this version.")
@_YES
@click.option("--force", is_flag=True, help="Run even when the linter finds errors (recorded in the history).")
@click.option("--no-lint", is_flag=True, help="Do not lint at all (recorded in the history).")
@_WAIT
@_FORMAT
@click.pass_context
@guarded
def up_cmd(ctx: click.Context, folder: str, db: str | None, to: str | None, yes: bool, force: bool, no_lint: bool,
           lock_wait: float | None, fmt: str) -> None:  # fmt: skip
    """Apply the pending migrations in version order; refuses when verify finds a problem or
    the linter an error (its warnings are printed), unless --force."""
    _run(ctx, "up", folder, db, fmt, to=to, yes=bool(_inherit(ctx, "yes", yes)), check_lint=not no_lint,
         force=force, lock_wait=lock_wait)


@migrate.command("lint")
@_DIR
@_DB
@click.option("--all", "every", is_flag=True, help="Lint every file, not only the pending ones.")
@_FORMAT
@click.pass_context
@guarded
def lint_cmd(ctx: click.Context, folder: str, db: str | None, every: bool, fmt: str) -> None:
    """The migration linter's findings about the pending files (exit 1 when one is an error)."""
    from aishell.services import migrate as m

    session = _session(ctx, db)
    try:
        files = m.read_folder(folder)
        if not every:
            applied = m.in_force(m.read_history(session))
            files = [f for f in files if f.key not in applied]
        found = m.lint_files(session, files, conn=session.connection())  # the session's gate judges the scratch work
    finally:
        session.close()
    _emit(fmt, {"findings": found}, "\n".join(m.finding_line(d) for d in found) or "no findings")
    if any(d["severity"] == "error" for d in found):
        ctx.exit(1)


@migrate.command("down")
@_DIR
@_DB
@click.option("--to", metavar="VERSION", help="Undo every migration above this version (default: the last one).")
@_YES
@_WAIT
@_FORMAT
@click.pass_context
@guarded
def down_cmd(ctx: click.Context, folder: str, db: str | None, to: str | None, yes: bool, lock_wait: float | None,
             fmt: str) -> None:  # fmt: skip
    """Undo applied migrations newest first with their U files; refuses when one is missing."""
    _run(ctx, "down", folder, db, fmt, to=to, yes=bool(_inherit(ctx, "yes", yes)), lock_wait=lock_wait)


@migrate.command("baseline")
@_DIR
@_DB
@click.option("--version", "version", required=True, metavar="VERSION", help="Record files up to this one as applied.")
@_YES
@_FORMAT
@click.pass_context
@guarded
def baseline_cmd(ctx: click.Context, folder: str, db: str | None, version: str, yes: bool, fmt: str) -> None:
    """Record the files up to VERSION as applied (baselined) without running them."""
    _run(ctx, "baseline", folder, db, fmt, version=version, yes=bool(_inherit(ctx, "yes", yes)))


@migrate.command("repair")
@_DIR
@_DB
@click.option("--dry-run", is_flag=True, help="Only show what it would change.")
@click.option("--yes", "-y", is_flag=True, help="Make the changes shown without asking.")
@_WAIT
@_FORMAT
@click.pass_context
@guarded
def repair_cmd(ctx: click.Context, folder: str, db: str | None, dry_run: bool, yes: bool, lock_wait: float | None,
               fmt: str) -> None:  # fmt: skip
    """After a reviewed edit or deletion of an applied file, re-record its checksum (and the
    chain), or record it deleted; remove failed and half_applied rows once the database was
    fixed by hand.  Shows each change and asks first (--yes: do not ask)."""
    from aishell.services import migrate_repair as mr

    session = _session(ctx, db)
    try:
        steps = mr.repair_plan(session, folder)
        if dry_run or not steps:
            lines = [s.text for s in steps]
            _emit(fmt, {"action": "repair", "dry_run": True, "changes": [s.to_dict() for s in steps]},
                  "\n".join(lines) or "nothing to repair")  # fmt: skip
            return
        report = mr.repair(session, folder, yes=bool(_inherit(ctx, "yes", yes)), lock_wait=lock_wait)
    finally:
        session.close()
    _emit(fmt, report.to_dict(), "\n".join(f"repaired: {d}" for d in report.done) or "nothing to repair")


@migrate.command("drift")
@_DIR
@_DB
@click.option("--yes", "-y", is_flag=True, help="Do not ask before building the scratch copy.")
@_FORMAT
@click.pass_context
@guarded
def drift_cmd(ctx: click.Context, folder: str, db: str | None, yes: bool, fmt: str) -> None:
    """Compare the live schema with the one the applied migrations build in a scratch copy of
    the same engine (dropped afterwards); one line per difference, exit 1 when there is drift."""
    from aishell.services import migrate_drift as md

    session = _session(ctx, db)
    try:
        report = md.drift(session, folder, yes=bool(_inherit(ctx, "yes", yes)))
    finally:
        session.close()
    if fmt == "text":
        for note in report.notes:
            click.echo(f"note: {note}", err=True)
    lines = [d.line() for d in report.differences]
    _emit(fmt, report.to_dict(), "\n".join(lines) if lines else "no drift")
    if lines:
        ctx.exit(1)


@migrate.command("new")
@_DIR
@click.argument("name")
@guarded
def new_cmd(folder: str, name: str) -> None:
    """Create the next V file in the folder."""
    from aishell.services import migrate as m

    click.echo(str(m.new_file(folder, name)))
