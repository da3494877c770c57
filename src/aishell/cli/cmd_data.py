"""``aishell export``, ``import``, ``copy`` and ``backup``: moving data (a thin face over services/data)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session
from aishell.errors import ConnectError, UsageError

FORMATS = click.Choice(["csv", "tsv", "json", "jsonl", "parquet"])
ALLOW_LEFTOVERS_HELP = ("Go on (with a warning) when the database holds what an interrupted restore, copy or import "
                        "left (MySQL/MariaDB; else refused: run aishell doctor --repair first).")  # fmt: skip


def _warn_leftovers(allow: bool) -> Callable[[str], None] | None:
    """With --allow-leftovers: what the data services warn about goes to stderr (else they refuse)."""
    if not allow:
        return None

    def warn(line: str) -> None:
        click.echo(line, err=True)

    return warn


@cli.command("export")
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--table", "-t", help="Export this table.")
@click.option("--query", "-q", help="Export the result of this query.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file (- for stdout); .gz/.zst compress.")  # fmt: skip
@click.option("--format", "-F", "fmt", type=FORMATS, help="Format (default: from the file extension).")
@click.option("--no-header", is_flag=True, help="CSV/TSV without the header line.")
@click.option("--allow-leftovers", is_flag=True, help=ALLOW_LEFTOVERS_HELP)
@click.option("--match", metavar="PATTERN", help="Redis: export the keys matching PATTERN (default: all), as JSONL.")
@click.pass_context
@guarded
def export_cmd(ctx: click.Context, db: str | None, table: str | None, query: str | None, output: str,
               fmt: str | None, no_header: bool, allow_leftovers: bool, match: str | None) -> None:  # fmt: skip
    """Export a table or a query's result to CSV, TSV, JSON, JSONL or Parquet (Redis: keys to JSONL)."""
    from aishell.services.data.export import ExportOptions, export
    from aishell.services.data.progress import Progress

    session = make_session(_inherit(ctx, "db", db), read_only=_inherit(ctx, "read_only", False))
    progress = Progress("export", stdout_is_data=output == "-")
    n: int | None = None
    try:
        n = export(session, ExportOptions(output=output, table=table, query=query, fmt=fmt, header=not no_header,
                                          match=match),
                   progress, _warn_leftovers(allow_leftovers))  # fmt: skip
    finally:
        progress.done(n)
        session.close()
    unit = "keys" if table is None and query is None else "rows"  # (a Redis export: keys)
    click.echo(f"exported {n} {unit} to {'stdout' if output == '-' else output}", err=True)


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--table", "-t", help="Target table (not for Redis, which loads a key export).")
@click.option("--replace", is_flag=True, help="Redis: overwrite keys that exist (else they are an error).")
@click.option("--create", is_flag=True, help="Create the table, with column types inferred from a sample.")
@click.option("--type", "types", multiple=True, metavar="COL=TYPE", help="Column type for --create (repeatable).")
@click.option("--format", "-F", "fmt", type=FORMATS, help="Format (default: from the file extension).")
@click.option("--on-error", type=click.Choice(["abort", "skip"]), default="abort", show_default=True,
              help="abort: a bad row stops the import and nothing changes; "
                   "skip: bad rows go to FILE.rejects.csv.")  # fmt: skip
@click.option("--batch-size", type=click.IntRange(min=1), default=10_000, show_default=True)
@click.option("--delimiter", help="CSV delimiter (default: detected).")
@click.option("--quote", help="CSV quote character (default: detected).")
@click.option("--header/--no-header", default=None, help="Whether the CSV has a header line (default: detected).")
@click.option("--encoding", help="Text encoding (default: detected: UTF-8, else cp1252 with a note).")
@click.option("--round", "round_", is_flag=True,
              help="Round numbers with more decimal places than their column keeps (counted in the report); "
                   "without it such a row is a bad row.")  # fmt: skip
@click.pass_context
@guarded
def import_cmd(ctx: click.Context, file: str, db: str | None, table: str | None, replace: bool, create: bool,
               types: tuple[str, ...], fmt: str | None, on_error: str, batch_size: int, delimiter: str | None,
               quote: str | None, header: bool | None, encoding: str | None, round_: bool) -> None:  # fmt: skip
    """Import FILE (CSV, TSV, JSON, JSONL or Parquet; .gz/.zst too) into a table."""
    from aishell.services.data.import_ import ImportOptions, import_file
    from aishell.services.data.progress import Progress

    if delimiter == "\\t":
        delimiter = "\t"
    # --create makes the table, and a SQLite or DuckDB file that does not exist yet
    session = make_session(_inherit(ctx, "db", db), read_only=_inherit(ctx, "read_only", False),
                           create=True if create else None)  # fmt: skip
    session.record_history = False  # the import's own statements, not the user's
    progress = Progress("import")
    opts = ImportOptions(path=file, table=table or "", replace=replace, create=create, fmt=fmt, on_error=on_error,
                         batch_size=batch_size, types=list(types), delimiter=delimiter, quote=quote, header=header,
                         encoding=encoding, round=round_)  # fmt: skip
    try:
        report = import_file(session, opts, progress)
    finally:
        progress.done()
        session.close()
    for note in report.notes:
        click.echo(note, err=True)
    click.echo(report.line(), err=True)
    if report.rejected:
        sys.exit(1)




# --------------------------------------------------------------------------- copy
@cli.command("copy")
@click.option("--from", "source", required=True, metavar="URL|NAME", help="Source database.")
@click.option("--to", "target", required=True, metavar="URL|NAME", help="Target database.")
@click.option("--tables", help="Comma-separated tables to copy.")
@click.option("--all", "all_tables", is_flag=True, help="Copy every table.")
@click.option("--create", is_flag=True, help="Create missing tables in the target (types mapped across dialects).")
@click.option("--replace", is_flag=True, help="Drop and re-create tables that exist in the target.")
@guarded
def copy_cmd(source: str, target: str, tables: str | None, all_tables: bool, create: bool, replace: bool) -> None:
    """Stream tables from one database into another (any engines)."""
    from aishell.services.data.copy import copy_tables
    from aishell.services.data.progress import Progress

    if bool(tables) == all_tables:
        raise UsageError("give either --tables T1,T2 or --all")
    names = [t.strip() for t in tables.split(",") if t.strip()] if tables else None
    src = make_session(source, read_only=True)
    dst = make_session(target, create=True)  # a SQLite or DuckDB target file is made if needed
    src.record_history = dst.record_history = False  # the copy's own statements, not the user's
    progress = Progress("copy")
    try:
        results = copy_tables(src, dst, names, create=create, replace=replace, progress=progress)
    finally:
        progress.done()
        src.close()
        dst.close()
    for name, rows in results:
        click.echo(f"{name}: {rows} rows", err=True)
    for warning in results.warnings:
        click.echo(warning, err=True)


# --------------------------------------------------------------------------- backup
PASS_ENV = "AISHELL_BACKUP_PASSPHRASE"  # noqa: S105 - the name of a variable


def _passphrase(env: str, *, confirm: bool, needed: bool = True) -> str | None:
    import os

    value = os.environ.get(env)
    if value:
        return value
    if not needed:
        return None
    if not sys.stdin.isatty():
        raise UsageError(f"a passphrase is needed: set ${env}")
    return str(click.prompt("Passphrase", hide_input=True, confirmation_prompt=confirm, err=True))


def _needs_passphrase(path: str) -> bool:
    from pathlib import Path

    from aishell.services.data.crypto import is_encrypted

    return Path(path).is_file() and is_encrypted(path)


@cli.group()
def backup() -> None:
    """Portable backups: create, verify, info, list, restore."""


@backup.command("create")
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--tables", help="Comma-separated tables (default: all).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Archive file (.aishell).")
@click.option("--encrypt", is_flag=True, help=f"Encrypt with a passphrase (from ${PASS_ENV} or a prompt).")
@click.option("--passphrase-env", default=PASS_ENV, show_default=True, help="Variable holding the passphrase.")
@click.option("--native", is_flag=True,
              help="Run pg_dump / mariadb-dump instead (when installed).  Into FILE.aishell the dump is wrapped in "
                   "an aishell archive (checksummed, --encrypt works; verify, info and restore read it); any other "
                   "name is the tool's own file (pg_restore / the mariadb client restore it, and so does "
                   "backup restore).")  # fmt: skip
@click.option("--data-format", type=click.Choice(["parquet", "csv"]), default=None,
              help="Data members as Parquet (default) or zstd-compressed CSV (data/NNNN_<table>.csv.zst).")
@click.option("--allow-leftovers", is_flag=True, help=ALLOW_LEFTOVERS_HELP)
@click.pass_context
@guarded
def backup_create(ctx: click.Context, db: str | None, tables: str | None, output: str, encrypt: bool,
                  passphrase_env: str, native: bool, data_format: str | None,
                  allow_leftovers: bool) -> None:  # fmt: skip
    """Write one portable archive of the database."""
    from aishell.services.data.progress import Progress

    if native and data_format is not None:
        raise UsageError("--data-format is for portable archives: the native dump tool writes its own format")
    names = [t.strip() for t in tables.split(",") if t.strip()] if tables else None
    session = make_session(_inherit(ctx, "db", db), read_only=True)
    session.record_history = False  # the backup's own statements, not the user's
    try:
        if native:
            from aishell.services.data.native import native_backup, native_dump
            from aishell.services.data.recovery import check_leftovers

            try:
                check_leftovers(session, "a backup", _warn_leftovers(allow_leftovers))
            except ConnectError:
                pass  # the dump tool connects on its own and reports a refused login in its words

            if not output.endswith(".aishell"):
                if encrypt:
                    raise UsageError("--encrypt --native needs an output named FILE.aishell: the dump is then "
                                     "wrapped in an (encrypted) aishell archive")  # fmt: skip
                native_dump(session, output, tables=names)
                click.echo(f"wrote {output} with the native dump tool", err=True)
                return
            secret = _passphrase(passphrase_env, confirm=True) if encrypt else None
            m = native_backup(session, output, tables=names, passphrase=secret)
            click.echo(f"wrote {output}: a {m['tool']} dump ({m['dump_format']} format) of {len(m['tables'])} tables, "
                       f"in an aishell archive", err=True)  # fmt: skip
            return
        from aishell.services.data.backup import create_backup

        passphrase = _passphrase(passphrase_env, confirm=True) if encrypt else None
        progress = Progress("backup")
        try:
            manifest = create_backup(session, output, tables=names, passphrase=passphrase, progress=progress,
                                     data_format=data_format or "parquet", warn=_warn_leftovers(allow_leftovers))
        finally:
            progress.done()
    finally:
        session.close()
    rows = sum(int(t["rows"]) for t in manifest["tables"])
    views = f", {len(manifest['views'])} views" if manifest.get("views") else ""
    click.echo(f"wrote {output}: {len(manifest['tables'])} tables{views}, {rows} rows, data as "
               f"{manifest['data_format']}", err=True)


@backup.command("verify")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--passphrase-env", default=PASS_ENV, show_default=True)
@guarded
def backup_verify(file: str, passphrase_env: str) -> None:
    """Check every checksum and row count in FILE."""
    from aishell.services.data.backup import verify

    passphrase = _passphrase(passphrase_env, confirm=False) if _needs_passphrase(file) else None
    manifest = verify(file, passphrase)
    if manifest.get("kind") == "native":
        from aishell.engines.native import native_tool

        tool = native_tool(manifest["engine"])
        read = tool.verified_as if tool is not None else "complete"
        checksum = "checksum ok" if manifest.get("wrapped") is not False else "no checksum: the tool's own file"
        click.echo(f"ok: {file}: a {manifest['tool']} dump ({manifest['dump_format']} format), "
                   f"{manifest['entries']} entries, {read} ({checksum})")  # fmt: skip
        return
    rows = sum(int(t["rows"]) for t in manifest["tables"])
    click.echo(f"ok: {file}: {len(manifest['members'])} members, {len(manifest['tables'])} tables, {rows} rows "
               f"({manifest.get('data_format') or 'parquet'})")


@backup.command("info")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--passphrase-env", default=PASS_ENV, show_default=True)
@guarded
def backup_info(file: str, passphrase_env: str) -> None:
    """Show what FILE holds."""
    from aishell.services.data.backup import read_info

    passphrase = _passphrase(passphrase_env, confirm=False) if _needs_passphrase(file) else None
    m = read_info(file, passphrase)
    if m.get("kind") == "native":
        _native_info(file, m)
        return
    click.echo(f"archive:  {file}")
    click.echo(f"engine:   {m['server_version']} ({m['engine']}), database {m.get('database') or '-'}")
    click.echo(f"created:  {m['created']} by aishell {m.get('aishell', '?')}")
    fmt = m.get("data_format") or "parquet"
    shown = "csv (zstd-compressed)" if fmt == "csv" else fmt
    click.echo(f"encrypted: {'yes' if m.get('encrypted') else 'no'}; data: {shown}")
    for t in m["tables"]:
        click.echo(f"  {t['name']:<30} {t['rows']:>12} rows")
    for v in m.get("views") or []:  # archives before views were kept have none
        click.echo(f"  {v['name']:<30} {'view':>12}")


def _native_info(file: str, m: dict[str, Any]) -> None:
    from aishell.engines import dialect_of

    wrapped = m.get("wrapped") is not False
    click.echo(f"{'archive:' if wrapped else 'file:':<10}{file}")
    click.echo(f"holds:    a {m['tool']} dump ({m['dump_format']} format), by {m.get('tool_version') or '?'}"
               + ("" if wrapped else ", the tool's own file (no checksum)"))  # fmt: skip
    click.echo(f"restore:  with {m['restore_tool']} (aishell backup restore runs it), into "
               f"{dialect_of(m['engine']).display_name} only")  # fmt: skip
    click.echo(f"engine:   {m.get('server_version') or '?'} ({m['engine']}), database {m.get('database') or '-'}")
    if m.get("created"):
        click.echo(f"created:  {m['created']}" + (f" by aishell {m['aishell']}" if m.get("aishell") else ""))
    click.echo(f"encrypted: {'yes' if m.get('encrypted') else 'no'}")
    for t in m.get("tables") or []:
        click.echo(f"  {t['name']:<30} {'table':>12}")


@backup.command("list")
@click.argument("directory", type=click.Path(file_okay=False))
@guarded
def backup_list(directory: str) -> None:
    """List the archives in DIRECTORY."""
    from aishell.services.data.backup import list_dir

    for path, manifest, problem in list_dir(directory):
        if manifest is None:
            click.echo(f"{path}  ({problem})")
        elif manifest.get("kind") == "native":
            click.echo(f"{path}  {manifest['created']}  {manifest['engine']}  {len(manifest['tables'])} tables  "
                       f"native {manifest['tool']} dump")  # fmt: skip
        else:
            rows = sum(int(t["rows"]) for t in manifest["tables"])
            click.echo(f"{path}  {manifest['created']}  {manifest['engine']}  "
                       f"{len(manifest['tables'])} tables  {rows} rows")  # fmt: skip


@backup.command("restore")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--to", "target", metavar="URL|NAME", help="Target database (default: as --db).")
@click.option("--tables", help="Comma-separated tables to restore (default: all).")
@click.option("--replace", is_flag=True, help="Overwrite tables that exist.")
@click.option("--passphrase-env", default=PASS_ENV, show_default=True)
@click.pass_context
@guarded
def backup_restore(ctx: click.Context, file: str, target: str | None, tables: str | None, replace: bool,
                   passphrase_env: str) -> None:  # fmt: skip
    """Restore FILE into a database of the same or another engine."""
    from aishell.services.data.backup import restore
    from aishell.services.data.progress import Progress

    names = [t.strip() for t in tables.split(",") if t.strip()] if tables else None
    passphrase = _passphrase(passphrase_env, confirm=False) if _needs_passphrase(file) else None
    # restoring into a SQLite or DuckDB file that does not exist yet makes it
    session = make_session(target or _inherit(ctx, "db", None), read_only=_inherit(ctx, "read_only", False),
                           create=True)  # fmt: skip
    session.record_history = False  # the restore's own statements, not the user's
    progress = Progress("restore")
    try:
        results = restore(session, file, tables=names, replace=replace, passphrase=passphrase, progress=progress)
    finally:
        progress.done()
        session.close()
    for r in results:
        click.echo(f"{r.name}: {r.rows} rows", err=True)
    for warning in results.warnings:
        click.echo(warning, err=True)
