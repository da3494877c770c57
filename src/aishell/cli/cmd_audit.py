"""``aishell audit``: verify, tail, search and export the audit log."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from aishell.audit.query import Filters
from aishell.cli.main import cli, guarded

_PATH_HELP = "The audit log (default: AISHELL_AUDIT_PATH, [audit] path, or audit.log in the data directory)."


def _path(path: str | None) -> Path:
    from aishell.audit.log import audit_path

    return Path(path) if path else audit_path()


def _filters(**kw: str | None) -> Filters:
    from aishell.audit.query import parse_when

    since, until = kw.pop("since"), kw.pop("until")
    return Filters(since=parse_when(since) if since else None, until=parse_when(until) if until else None, **kw)


_filter_options = [
    click.option("--user", help="Who: an OS user, a web token's name, an MCP client."),
    click.option("--face", help="cli, repl, web, mcp, flow ..."),
    click.option("--connection", help="Part of the connection's label."),
    click.option("--since", metavar="WHEN", help="From: 2026-01-31, 2026-01-31T12:00 (UTC), or an age: 2h, 7d."),
    click.option("--until", metavar="WHEN", help="Before this time (same forms)."),
    click.option("--text", help="Part of the statement, action or error (any case)."),
    click.option("--decision", type=click.Choice(["allow", "confirm-accepted", "confirm-declined", "refused"])),
    click.option("--outcome", help="ok, error, cancelled, refused (web requests: the HTTP status)."),
    click.option("--kind", type=click.Choice(["statement", "operation", "request", "tool", "checkpoint"])),
]


def _with_filters(fn: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(_filter_options):
        fn = option(fn)
    return fn


@cli.group("audit")
def audit() -> None:
    """The audit log: every statement, data operation, web request and MCP call, from every face.

    \b
    Append-only and hash-chained (each entry holds the SHA-256 of the one before), with
    checkpoints signed by an ed25519 key kept in the vault.  See docs/audit.md.
    """


@audit.command("verify")
@click.option("--path", "path", metavar="FILE", help=_PATH_HELP)
@click.option("--key", "keys", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A trusted public key file (base64, as audit.pub holds); repeat for several.")
@click.option("--strict", is_flag=True, help="Also fail when entries are not yet sealed by a signed checkpoint.")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
@guarded
def verify_cmd(path: str | None, keys: tuple[str, ...], strict: bool, as_json: bool) -> None:
    """Recompute the chain and check every checkpoint's signature.

    \b
    Exit codes: 0 intact; 4 tampering found (edited, deleted, inserted, reordered or
    truncated: the first entry that cannot be trusted is named), or with --strict entries
    not sealed by a checkpoint signed with a known key.
    """
    from aishell.audit.checkpoint import read_public_keys
    from aishell.audit.verify import verify
    from aishell.errors import AuditError

    file = _path(path)
    extra = [k for name in keys for k in read_public_keys(Path(name))]
    report = verify(file, keys=extra)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if report.problem is not None:
        raise AuditError(f"{file}: {report.problem.text()}")
    if strict and not report.ok_strict():
        raise AuditError(f"{file}: not every entry is sealed by a checkpoint signed with a known key (--strict)")
    if not as_json:
        keys_text = (f"signed by {', '.join(report.keys_used)} (keys from {report.key_source})"
                     if report.keys_used else "no signed checkpoint")  # fmt: skip
        click.echo(f"ok: {report.entries} entries, {report.checkpoints} checkpoints, {keys_text}; "
                   f"sealed through seq {report.sealed_seq}; head {report.head}")  # fmt: skip


@audit.command("tail")
@click.option("--path", "path", metavar="FILE", help=_PATH_HELP)
@click.option("-n", "count", type=click.IntRange(min=0), default=20, show_default=True, help="How many entries.")
@click.option("-f", "--follow", is_flag=True, help="Keep printing entries as they are written (Ctrl-C stops).")
@click.option("--json", "as_json", is_flag=True, help="The entries as JSON lines.")
@guarded
def tail_cmd(path: str | None, count: int, follow: bool, as_json: bool) -> None:
    """The newest entries."""
    from aishell.audit import query

    file = _path(path)
    show = (lambda e: json.dumps(e, sort_keys=True)) if as_json else query.format_line
    for entry in query.last_entries(file, count):
        click.echo(show(entry))
    if follow:
        try:
            for entry in query.follow(file):
                click.echo(show(entry))
        except KeyboardInterrupt:
            return


@audit.command("search")
@click.option("--path", "path", metavar="FILE", help=_PATH_HELP)
@_with_filters
@click.option("-n", "--limit", type=click.IntRange(min=1), help="Only the newest N matches.")
@click.option("--json", "as_json", is_flag=True, help="The entries as JSON lines.")
@guarded
def search_cmd(path: str | None, limit: int | None, as_json: bool, **filters: str | None) -> None:
    """Entries that match every filter given, oldest first."""
    from aishell.audit import query

    found = query.search(_path(path), _filters(**filters), limit)
    for entry in found:
        click.echo(json.dumps(entry, sort_keys=True) if as_json else query.format_line(entry))
    if not found:
        click.echo("no matching entries", err=True)


@audit.command("export")
@click.option("--path", "path", metavar="FILE", help=_PATH_HELP)
@_with_filters
@click.option("-F", "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", metavar="FILE", help="Write here (default: stdout).")
@guarded
def export_cmd(path: str | None, fmt: str, output: str | None, **filters: str | None) -> None:
    """Write entries (all, or those matching the filters) as JSON lines or CSV.  JSON lines
    keep each entry's bytes, so an unfiltered export verifies like the log itself."""
    from aishell.audit import query
    from aishell.errors import UsageError

    flt = _filters(**filters)
    entries = (e for e in query.iter_entries(_path(path)) if flt.match(e))
    write = query.write_csv if fmt == "csv" else query.write_jsonl
    if output and output != "-":
        try:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = write(entries, fh)
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror}") from None
        click.echo(f"{n} entries written to {output}", err=True)
    else:
        write(entries, sys.stdout)
