"""``aishell health``: a catalogue of checks, each with a severity, what it found, why it matters
and the SQL that would fix it.  The CLI (``aishell health``) and MCP's ``health`` tool call
:func:`check_health`.

The checks are the engine's (``dialect_of(conn).health``, in ``engines/<e>/health.py``): read
statements over the engine's own views and a function that judges their rows against the
thresholds of ``config.toml``'s ``[health]`` table.  Each statement passes the session's one gate
(:meth:`Session.run`, kept out of the history), so health works in a read-only session and never
changes anything: the fixes are reported, never run.  Beside them the service runs the checks
that need only the catalog, where the engine lists them: foreign keys without an index,
duplicate and prefix indexes (:func:`aishell.services.advise.redundant_indexes`) and unused
indexes (:meth:`Connection.index_usage`).

A check that cannot run (a missing privilege or view, a recorder that is off) reports why as
``info`` and the others go on.  The worst severity decides the exit code (:func:`exit_code`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from aishell.engines.health import (
    CRITICAL,
    FK_WITHOUT_INDEX,
    INFO,
    OK,
    RANK,
    REDUNDANT_INDEXES,
    UNUSED_INDEXES,
    WARNING,
    Check,
    HealthRules,
    Problem,
    Reading,
    size,
    worst,
)
from aishell.errors import EXIT_OK, AishellError, ConfigError, ConnectError, UsageError

if TYPE_CHECKING:
    from aishell.config import HealthSettings
    from aishell.engines.base import Catalog, Connection
    from aishell.services.session import Session

#: exit codes of ``aishell health`` beside the documented ones (0: nothing worse than info)
EXIT_WARNING = 10
EXIT_CRITICAL = 11
_EXIT = {OK: EXIT_OK, INFO: EXIT_OK, WARNING: EXIT_WARNING, CRITICAL: EXIT_CRITICAL}


def exit_code(severity: str) -> int:
    """The exit code for a report's worst severity: 0 (ok or info), 10 (warning), 11 (critical)."""
    return _EXIT[severity]


# --------------------------------------------------------------------------- the report
@dataclass(frozen=True)
class Finding:
    """One problem a check found: ``check`` id, ``severity``, what was ``found``, ``why`` it
    matters and the SQL that would ``fix`` it (never run by health)."""

    check: str
    severity: str
    found: str
    why: str
    fix: str | None = None
    object: str | None = None


@dataclass
class CheckResult:
    """One check's outcome: its worst severity, its findings, and ``note`` when it could not run."""

    id: str
    title: str
    why: str
    severity: str = OK
    findings: list[Finding] = field(default_factory=list)
    note: str | None = None
    ran: bool = True
    ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "severity": self.severity,
            "ran": self.ran,
            "note": self.note,
            "findings": len(self.findings),
            "ms": round(self.ms, 1),
        }


@dataclass
class Report:
    target: str
    engine: str
    results: list[CheckResult] = field(default_factory=list)

    @property
    def worst(self) -> str:
        return worst(r.severity for r in self.results)

    @property
    def findings(self) -> list[Finding]:
        found = [f for r in self.results for f in r.findings]
        return sorted(found, key=lambda f: -RANK[f.severity])

    @property
    def exit_code(self) -> int:
        return exit_code(self.worst)

    def result(self, check: str) -> CheckResult | None:
        return next((r for r in self.results if r.id == check), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "engine": self.engine,
            "worst": self.worst,
            "exit_code": self.exit_code,
            "findings": [asdict(f) for f in self.findings],
            "checks": [r.to_dict() for r in self.results],
        }


# --------------------------------------------------------------------------- thresholds
#: settings where a lower value is worse (the critical level is below the warning one)
_LOWER_IS_WORSE = frozenset({"cache_hit"})
_PERCENT = frozenset(
    {"connections", "cache_hit", "sequence", "wraparound", "dead_rows", "bloat", "free_pages", "memory"}
)


def limits(settings: HealthSettings | None = None) -> dict[str, float]:
    """The ``[health]`` thresholds by name, checked: none negative, percentages at most 100, each
    critical level past its warning level (:class:`ConfigError` naming the key)."""
    from aishell.config import HealthSettings, config_path

    settings = settings if settings is not None else _settings()
    values = {f.name: float(getattr(settings, f.name)) for f in fields(HealthSettings)}
    where = f"{config_path()}: [health]"
    for key, value in values.items():
        if value < 0 or value != value:
            raise ConfigError(f"{where} {key} must be a number of at least 0, not {value:g}")
        base = key.rsplit("_", 1)[0]
        if base in _PERCENT and value > 100 and key.endswith(("_warning", "_critical")):
            raise ConfigError(f"{where} {key} is a percentage: at most 100, not {value:g}")
    for key in values:
        if key.endswith("_critical"):
            base = key[: -len("_critical")]
            warn, crit = values[f"{base}_warning"], values[key]
            if base in _LOWER_IS_WORSE and crit > warn:
                raise ConfigError(f"{where} {key} ({crit:g}) must not be above {base}_warning ({warn:g})")
            if base not in _LOWER_IS_WORSE and crit < warn:
                raise ConfigError(f"{where} {key} ({crit:g}) must not be below {base}_warning ({warn:g})")
    return values


def _settings() -> HealthSettings:
    from aishell.config import load_settings

    return load_settings().health


# --------------------------------------------------------------------------- the catalogue
@dataclass(frozen=True)
class CatalogCheck:
    """A check of the service over the catalog, for the engines that list it."""

    id: str
    title: str
    why: str
    settings: tuple[str, ...] = ()


CATALOG_CHECKS = {
    UNUSED_INDEXES: CatalogCheck(
        UNUSED_INDEXES,
        "Unused indexes",
        "Every write updates every index; one no query reads costs writes, memory and disk for nothing.",
        ("unused_index_min_bytes",),
    ),
    REDUNDANT_INDEXES: CatalogCheck(
        REDUNDANT_INDEXES,
        "Duplicate and prefix indexes",
        "An index with the same columns as another, or the first columns of a longer one, "
        "costs writes and space while the other serves its queries.",
    ),
    FK_WITHOUT_INDEX: CatalogCheck(
        FK_WITHOUT_INDEX,
        "Foreign keys without an index",
        "Deleting or updating a parent row scans the whole child table for references "
        "(and locks it longer); joins on the key cannot use an index.",
    ),
}


@dataclass(frozen=True)
class Entry:
    """A check as ``aishell health --list`` shows it."""

    id: str
    title: str
    why: str
    settings: tuple[str, ...]


def catalogue(rules: HealthRules) -> list[Entry]:
    """The checks an engine has, its own first."""
    own = [Entry(c.id, c.title, c.why, _setting_names(c.settings)) for c in rules.checks]
    shared = [CATALOG_CHECKS[i] for i in rules.catalog_checks if i in CATALOG_CHECKS]
    return own + [Entry(c.id, c.title, c.why, _setting_names(c.settings)) for c in shared]


def _setting_names(names: Sequence[str]) -> tuple[str, ...]:
    from aishell.config import HealthSettings

    known = {f.name for f in fields(HealthSettings)}
    out: list[str] = []
    for name in names:
        out += [name] if name in known else [f"{name}_warning", f"{name}_critical"]
    return tuple(out)


# --------------------------------------------------------------------------- running
def check_health(
    session: Session, *, checks: Sequence[str] | None = None, settings: HealthSettings | None = None
) -> Report:
    """Run the engine's checks (``checks``: only these ids) on ``session``; the report.

    Raises :class:`UsageError` for an unknown check id, :class:`ConfigError` for a bad threshold
    and the connection's error when the database cannot be reached."""
    from aishell.engines import dialect_of

    session.require_server_views("health checks")
    thresholds = limits(settings)
    conn = session.connection()
    dialect = dialect_of(conn)
    rules = dialect.health
    wanted = _wanted(rules, checks, dialect.display_name)
    report = Report(session.target.url.display(), conn.display_name)
    catalog: list[Catalog] = []
    for check_id in wanted:
        own = next((c for c in rules.checks if c.id == check_id), None)
        start = time.perf_counter()
        if own is not None:
            result = _run_check(session, own, thresholds, dialect.quote)
        else:
            result = _run_catalog_check(session, conn, CATALOG_CHECKS[check_id], thresholds, catalog)
        result.ms = (time.perf_counter() - start) * 1000
        report.results.append(result)
    return report


def _wanted(rules: HealthRules, checks: Sequence[str] | None, engine: str) -> list[str]:
    ids = [c.id for c in rules.checks] + [i for i in rules.catalog_checks if i in CATALOG_CHECKS]
    if not checks:
        return ids
    unknown = [c for c in checks if c not in ids]
    if unknown:
        listed = ", ".join(ids) or "none"
        raise UsageError(f"unknown check {unknown[0]!r} for {engine}; its checks: {listed}")
    return [c for c in ids if c in checks]


def _finish(result: CheckResult, problems: list[Problem]) -> CheckResult:
    result.findings = [Finding(result.id, p.severity, p.found, result.why, p.fix, p.object) for p in problems]
    result.severity = worst(p.severity for p in problems)
    return result


def _cannot(result: CheckResult, why: str) -> CheckResult:
    result.ran, result.note, result.severity = False, why, INFO
    result.findings = [Finding(result.id, INFO, f"the check could not run: {why}", result.why)]
    return result


def _run_check(
    session: Session, check: Check, thresholds: dict[str, float], quote: Callable[[str], str]
) -> CheckResult:
    from aishell.output.sink import CollectingSink

    result = CheckResult(check.id, check.title, check.why)
    rows: list[list[dict[str, Any]]] = []
    for sql in check.sql:
        sink = CollectingSink()
        try:
            run = session.run(sql, sink, record=False, assume_yes=False)
        except ConnectError:
            raise
        except AishellError as exc:  # refused by the gate (a read-only list), or the engine's error
            return _cannot(result, exc.one_line())
        if run.error is not None:
            if isinstance(run.error, ConnectError):
                raise run.error
            return _cannot(result, run.error.one_line())
        columns, batch, _summary = sink.results[-1] if sink.results else ([], [], None)
        names = [c.name.lower() for c in columns]
        rows.append([dict(zip(names, row, strict=True)) for row in batch])
    try:
        problems = check.evaluate(Reading(rows, thresholds, quote))
    except (ArithmeticError, KeyError, TypeError, ValueError) as exc:  # a row the check did not expect
        return _cannot(result, f"unexpected rows ({type(exc).__name__}: {exc})")
    return _finish(result, problems)


def _run_catalog_check(
    session: Session, conn: Connection, check: CatalogCheck, thresholds: dict[str, float], catalog: list[Catalog]
) -> CheckResult:
    result = CheckResult(check.id, check.title, check.why)
    try:
        if not catalog:
            catalog.append(session.catalog(refresh=True))
        if check.id == UNUSED_INDEXES:
            problems = _unused(conn, catalog[0], thresholds)
            if problems is None:
                return _cannot(result, f"{conn.display_name} records no index usage")
            return _finish(result, problems)
        if check.id == REDUNDANT_INDEXES:
            return _finish(result, _redundant(conn, catalog[0]))
        return _finish(result, _fk_without_index(conn, catalog[0]))
    except ConnectError:
        raise
    except AishellError as exc:
        return _cannot(result, exc.one_line())


def _unused(conn: Connection, catalog: Catalog, thresholds: dict[str, float]) -> list[Problem] | None:
    from aishell.engines import dialect_of

    usage = conn.index_usage()
    if usage is None:
        return None
    rules = dialect_of(conn).schema
    out = []
    for ix in usage:
        if not ix.unused or (ix.size_bytes or 0) < thresholds["unused_index_min_bytes"]:
            continue
        table = f"{ix.schema}.{ix.table}" if ix.schema and ix.schema != catalog.default_schema else ix.table
        since = f" since {ix.since_what}" if ix.since_what else ""
        since += f" ({ix.since:%Y-%m-%d %H:%M} UTC)" if ix.since else ""
        found = f"index {ix.index} on {table} ({size(ix.size_bytes)}) has not been used{since}"
        out.append(Problem(WARNING, found, rules.drop_index_sql(ix.index, table) + ";", f"{table}.{ix.index}"))
    return out


def _redundant(conn: Connection, catalog: Catalog) -> list[Problem]:
    from aishell.engines import dialect_of
    from aishell.services.advise import redundant_indexes

    rules = dialect_of(conn).schema
    out = []
    for r in redundant_indexes(catalog):
        level = WARNING if r.kind == "duplicate" else INFO
        out.append(Problem(level, r.line, rules.drop_index_sql(r.index, r.table) + ";", f"{r.table}.{r.index}"))
    return out


def _fk_without_index(conn: Connection, catalog: Catalog) -> list[Problem]:
    from aishell.engines import dialect_of

    rules = dialect_of(conn).schema
    out = []
    for table in catalog.tables:
        if table.kind != "table":
            continue
        leads = [tuple(c.lower() for c in ix.columns) for ix in table.indexes if ix.columns]
        if table.primary_key:
            leads.append(tuple(c.lower() for c in table.primary_key))
        for fk in table.foreign_keys:
            cols = {c.lower() for c in fk.columns}
            if any(set(lead[: len(cols)]) == cols for lead in leads):
                continue
            name = f"{table.name}_{'_'.join(fk.columns)}_idx"[:63]
            shown = table.name if table.schema in (None, catalog.default_schema) else table.qualified_name
            found = (
                f"foreign key {shown} ({', '.join(fk.columns)}) -> {fk.ref_table} "
                f"({', '.join(fk.ref_columns)}) has no index"
            )
            fix = rules.create_index_sql(name, table.qualified_name, fk.columns, online=True) + ";"
            out.append(Problem(WARNING, found, fix, f"{table.qualified_name}({', '.join(fk.columns)})"))
    return out
