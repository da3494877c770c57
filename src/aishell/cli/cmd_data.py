"""``aishell export``, ``import``, ``copy`` and ``backup``: moving data (a thin face over services/data)."""

from __future__ import annotations

import sys

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session
from aishell.errors import UsageError

FORMATS = click.Choice(["csv", "tsv", "json", "jsonl", "parquet"])


@cli.command("export")
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--table", "-t", help="Export this table.")
@click.option("--query", "-q", help="Export the result of this query.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file (- for stdout); .gz/.zst compress.")  # fmt: skip
@click.option("--format", "-F", "fmt", type=FORMATS, help="Format (default: from the file extension).")
@click.option("--no-header", is_flag=True, help="CSV/TSV without the header line.")
@click.pass_context
@guarded
def export_cmd(ctx: click.Context, db: str | None, table: str | None, query: str | None, output: str,
               fmt: str | None, no_header: bool) -> None:  # fmt: skip
    """Export a table or a query's result to CSV, TSV, JSON, JSONL or Parquet."""
    from aishell.services.data.export import ExportOptions, export
    from aishell.services.data.progress import Progress

    session = make_session(_inherit(ctx, "db", db), read_only=_inherit(ctx, "read_only", False))
    progress = Progress("export")
    try:
        n = export(session, ExportOptions(output=output, table=table, query=query, fmt=fmt, header=not no_header),
                   progress)  # fmt: skip
    finally:
        progress.done()
        session.close()
    click.echo(f"exported {n} rows to {'stdout' if output == '-' else output}", err=True)


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--table", "-t", required=True, help="Target table.")
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
@click.option("--encoding", help="Text encoding (default: detected).")
@click.pass_context
@guarded
def import_cmd(ctx: click.Context, file: str, db: str | None, table: str, create: bool, types: tuple[str, ...],
               fmt: str | None, on_error: str, batch_size: int, delimiter: str | None, quote: str | None,
               header: bool | None, encoding: str | None) -> None:  # fmt: skip
    """Import FILE (CSV, TSV, JSON, JSONL or Parquet; .gz/.zst too) into a table."""
    from aishell.services.data.import_ import ImportOptions, import_file
    from aishell.services.data.progress import Progress

    if delimiter == "\\t":
        delimiter = "\t"
    session = make_session(_inherit(ctx, "db", db), read_only=_inherit(ctx, "read_only", False))
    progress = Progress("import")
    opts = ImportOptions(path=file, table=table, create=create, fmt=fmt, on_error=on_error, batch_size=batch_size,
                         types=list(types), delimiter=delimiter, quote=quote, header=header,
                         encoding=encoding)  # fmt: skip
    try:
        report = import_file(session, opts, progress)
    finally:
        progress.done()
        session.close()
    click.echo(report.line(), err=True)
    if report.rejected:
        sys.exit(1)


def _need(value: str | None, what: str) -> str:
    if not value:
        raise UsageError(f"{what} is required")
    return value
