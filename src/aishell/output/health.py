"""A health report as text: what ``aishell health`` prints and the shell's ``\\health`` shows
(one renderer, so every face reads the same)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aishell.services.health import Entry, Report

_HEADINGS = (("critical", "CRITICAL"), ("warning", "WARNING"), ("info", "INFO"))


def render(report: Report) -> str:
    """The report for a terminal: the findings grouped by severity, worst first, and within one
    severity by check (why it matters said once), then the checks that found nothing."""
    lines = [f"{report.engine} {report.target}: {report.worst}"]
    titles = {r.id: r.title for r in report.results}
    for severity, heading in _HEADINGS:
        found = [f for f in report.findings if f.severity == severity]
        if not found:
            continue
        lines += ["", f"{heading} ({len(found)})"]
        for check in dict.fromkeys(f.check for f in found):
            mine = [f for f in found if f.check == check]
            lines.append(f"  {titles.get(check, check)} [{check}]")
            if severity != "info" or any(f.fix for f in mine):
                lines.append(f"    why: {mine[0].why}")
            for f in mine:
                lines.append(f"    - {f.found}")
                if f.fix:
                    lines.append(f"      fix: {f.fix}")
    if not report.results:
        lines.append(f"{report.engine} has no health checks")
    fine = [r.title for r in report.results if r.severity == "ok"]
    if fine:
        lines += ["", f"OK ({len(fine)}): {', '.join(fine)}"]
    return "\n".join(lines)


def render_list(engine: str, entries: list[Entry]) -> str:
    """An engine's checks and the ``[health]`` settings each reads (``aishell health --list``)."""
    if not entries:
        return f"{engine} has no health checks"
    width = max(len(e.id) for e in entries)
    lines = [f"{engine} health checks:"]
    for e in entries:
        settings = f"  [health] {', '.join(e.settings)}" if e.settings else ""
        lines.append(f"  {e.id.ljust(width)}  {e.title}{settings}")
    return "\n".join(lines)
