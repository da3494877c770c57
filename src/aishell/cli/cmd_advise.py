"""``aishell advise``: index advice for a query, a file of queries or the workload the engine
recorded, proven on the engine."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from aishell.cli.main import DB_HELP, _inherit, _read_sql, cli, guarded, make_session
from aishell.errors import UsageError

if TYPE_CHECKING:
    from aishell.services.advise import Advice
    from aishell.services.workload import Workload


@cli.command("advise")
@click.argument("sql", required=False)
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Read the queries from FILE (statements separated by ;).")  # fmt: skip
@click.option("--workload", "use_workload", is_flag=True,
              help="Advise on the workload the engine recorded for this database (PostgreSQL: pg_stat_statements; "
                   "MySQL/MariaDB: performance_schema digests or the slow log table), costliest first.")  # fmt: skip
@click.option("--top", type=int, default=50, show_default=True, metavar="N",
              help="With --workload: the N recorded statements with the most total time.")  # fmt: skip
@click.option("--match", "matching", metavar="TEXT", help="With --workload: only statements containing TEXT.")
@click.option("--budget", type=float, default=30.0, show_default=True, metavar="SECONDS",
              help="Time for trying candidates on the engine.")  # fmt: skip
@click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--apply", "apply_", is_flag=True, help="Create the recommended indexes (asks first).")
@click.option("--verify-real", is_flag=True,
              help="Without hypothetical indexes, build each candidate inside a transaction that is "
                   "rolled back (asks first).")  # fmt: skip
@click.option("--yes", "-y", is_flag=True, help="Do not ask before building or creating indexes.")
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout.")
@click.pass_context
@guarded
def advise(ctx: click.Context, sql: str | None, db: str | None, file: str | None, use_workload: bool, top: int,
           matching: str | None, budget: float, fmt: str, apply_: bool, verify_real: bool, yes: bool,
           timeout: float | None) -> None:  # fmt: skip
    """Recommend indexes for SQL (an argument, --file or stdin) or for the recorded workload
    (--workload), and prove each on the engine.

    \b
    Candidates come from the queries' equality and range predicates, joins, ORDER BY and
    GROUP BY.  Each is tried where the engine allows it -- PostgreSQL: hypothetical indexes
    (hypopg); SQLite and DuckDB: built inside a transaction that is rolled back; MySQL/MariaDB:
    built on a sampled copy in a scratch database, dropped afterwards (asks first) -- and kept
    only when it lowers some query's estimated cost (or, without costs, its full scans or rows
    read) by 10% or more.  Duplicate indexes and indexes that prefix another are reported too, and
    indexes never scanned since the engine's counts started.  Existing indexes the queries do not
    need are proven by planning every query without each (MySQL/MariaDB: IGNORE INDEX in the
    planned query; PostgreSQL: hypopg 1.4's hidden indexes, else --verify-real; SQLite, DuckDB:
    dropped inside a transaction that is rolled back, asks first) and listed with their DROP
    INDEX, never run.  Nothing is created unless --apply is given and confirmed (or --yes).

    \b
    --workload reads the statements the engine recorded (PostgreSQL: pg_stat_statements;
    MySQL/MariaDB: performance_schema statement digests, else the slow log table; see
    `aishell slow`), the costliest first, keeps the reads and filtered
    UPDATE/DELETE of user tables, fills their placeholders with values sampled from the data,
    and says what share of the recorded time each recommendation touches.
    """
    from aishell.services import advise as service

    if budget <= 0:
        raise UsageError("--budget must be more than 0 seconds")
    if use_workload and (sql is not None or file is not None):
        raise UsageError("give either --workload or SQL (an argument or --file), not both")
    if not use_workload and (matching is not None or ctx.get_parameter_source("top") is not _DEFAULT):
        raise UsageError("--top and --match go with --workload")
    text = "" if use_workload else _read_sql(sql, file)
    assume_yes = bool(_inherit(ctx, "yes", yes))
    session = make_session(_inherit(ctx, "db", db), read_only=bool(_inherit(ctx, "read_only", False)),
                           timeout=_inherit(ctx, "timeout", timeout))  # fmt: skip
    try:
        recorded: Workload | None = None
        if use_workload:
            from aishell.services import workload as recorder

            recorded = recorder.recorded(session, top=top, matching=matching)
            if not recorded.queries:
                raise UsageError(_nothing_recorded(recorded))
            queries = recorded.sql
        else:
            queries = service.workload(text, session.dialect)
        advice = service.advise(session, queries, budget=budget, verify_real=verify_real, assume_yes=assume_yes)
        if fmt == "json":
            doc = advice.to_dict()
            if recorded is not None:
                doc["workload"] = recorded.to_dict()
                for rec, entry in zip(advice.recommendations, doc["recommendations"], strict=True):
                    entry["recorded_share"] = round(recorded.share_of(q.query for q in rec.helps), 4)
            click.echo(json.dumps(doc, indent=2, default=str))
        else:
            click.echo(render(advice, recorded))
        if apply_:
            if not advice.recommendations:
                click.echo("nothing to apply: no index is recommended", err=True)
                return
            done = service.apply(session, advice, assume_yes=assume_yes)
            for statement in done:
                click.echo(f"created: {statement}", err=True)
    finally:
        session.close()
    sys.stdout.flush()


_DEFAULT = click.core.ParameterSource.DEFAULT


def _nothing_recorded(recorded: Workload) -> str:
    why = "; ".join(recorded.skipped[:3]) if recorded.skipped else "it recorded no statement for this database yet"
    return f"no recorded statement to advise on ({recorded.read} read: {why})"


def _cost(value: float | None) -> str:
    return "-" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")


def _size(value: int | None) -> str:
    if value is None:
        return "not given by the engine"
    size = float(value)
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{value} bytes"  # pragma: no cover


#: how the candidates were tried, in words
_METHODS = {
    "hypothetical": "hypothetical indexes (never built)",
    "rollback": "indexes built inside a transaction that was rolled back",
    "shadow": "indexes on a sampled copy in a scratch database (dropped afterwards)",
}


def render(advice: Advice, recorded: Workload | None = None) -> str:
    """The advice as text for a terminal (``recorded``: the workload it came from)."""
    lines: list[str] = []
    if recorded is not None:
        lines.append(f"Recorded workload: {len(recorded.queries)} of the {recorded.read} costliest statements "
                     f"({_ms(recorded.total_ms)} recorded in all)")  # fmt: skip
    if advice.verified:
        how = _METHODS.get(advice.method, advice.method)
        lines.append(f"{advice.engine}: candidates tried as {how}; measure: {advice.measure}")
    for number, (sql, cost) in enumerate(zip(advice.queries, advice.query_costs(), strict=True), 1):
        short = " ".join(sql.split())
        weight = ""
        if recorded is not None and number <= len(recorded.queries):
            rq = recorded.queries[number - 1]
            weight = f"  [{rq.calls:,} calls, {_ms(rq.total_ms)}, {rq.share:.0%} of the time]"
        lines.append(f"  query {number}: {short[:100]}{'...' if len(short) > 100 else ''}"
                     + (f"  (now {_cost(cost)})" if cost is not None else "") + weight)  # fmt: skip
    if advice.recommendations:
        lines.append("")
        lines.append(f"Recommended index{'es' if len(advice.recommendations) != 1 else ''}:")
    for rec in advice.recommendations:
        lines.append(f"  {rec.statement};")
        lines.append(f"    why: {'; '.join(rec.candidate.reasons)}")
        for q in rec.helps:
            lines.append(f"    query {q.query + 1}: {_cost(q.before)} -> {_cost(q.after)} ({q.gain:.0%} lower)")
        if recorded is not None:
            lines.append(f"    touches {recorded.share_of(h.query for h in rec.helps):.0%} of the recorded time")
        lines.append(f"    size: {_size(rec.size_bytes)}")
        lines.append(f"    writes: {rec.write_note}")
    if not advice.candidates:
        lines.append("")
        lines.append("No index to try: the queries use no column that an index does not already lead with.")
    elif advice.verified and not advice.recommendations:
        lines.append("")
        lines.append("No index is recommended: no candidate lowered a query's measure by 10% or more.")
    if not advice.verified and advice.candidates:
        lines.append("")
        lines.append("Candidates (not verified):")
        lines.extend(f"  {c.label}: {'; '.join(c.reasons)}" for c in advice.candidates)
    if advice.skipped:
        lines.append("")
        lines.append("Already indexed:")
        lines.extend(f"  {s}" for s in advice.skipped)
    if advice.redundant:
        lines.append("")
        lines.append("Redundant existing indexes:")
        lines.extend(f"  {r.line}" for r in advice.redundant)
    if advice.unused:
        lines.append("")
        lines.append("Unused existing indexes (never scanned since the counts started):")
        lines.extend(f"  {u.line}" for u in advice.unused)
    lines.extend(_useless_lines(advice))
    if recorded is not None and recorded.skipped:
        lines.append("")
        lines.append("Recorded statements left out:")
        lines.extend(f"  {s}" for s in recorded.skipped)
    if advice.notes:
        lines.append("")
        lines.extend(f"note: {n}" for n in advice.notes)
    return "\n".join(lines).lstrip("\n")


#: how existing indexes were kept from the planner, in words
_HIDINGS = {
    "hint": "a hint in each planned query",
    "session": "hidden from this session's planner only",
    "rollback": "dropped inside a transaction that was rolled back",
}


def _useless_lines(advice: Advice) -> list[str]:
    """The existing indexes the queries do not need (their DROP INDEX shown, never run), and
    those the budget or the engine left unproven; the ones that are used go to JSON only."""
    lines: list[str] = []
    if advice.useless:
        lines += ["", f"Not used by these queries (proven by planning without them: "
                      f"{_HIDINGS.get(advice.hiding, advice.hiding)}); not run, review before dropping:"]  # fmt: skip
        for u in advice.useless:
            checked = ", ".join(str(q + 1) for q in u.queries)
            lines.append(f"  {u.statement};  -- {u.table} ({', '.join(u.columns)}), "
                         f"quer{'ies' if len(u.queries) != 1 else 'y'} {checked} checked")  # fmt: skip
            lines.extend(f"    caveat: {c}" for c in u.caveats)
            if u.try_live:
                lines.append(f"    try it live first, reversibly: {u.try_live[0]}; (undo: {u.try_live[1]};)")
    if advice.not_checked:
        lines += ["", f"Existing indexes not checked ({len(advice.not_checked)}):"]
        lines.extend(f"  {n}" for n in advice.not_checked[:5])
        if len(advice.not_checked) > 5:
            lines.append(f"  ... and {len(advice.not_checked) - 5} more (see --format json)")
    return lines


def _ms(value: float) -> str:
    return f"{value / 1000:,.1f} s" if value >= 1000 else f"{value:,.1f} ms"
