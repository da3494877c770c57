"""The recorded statements as text: what ``aishell slow`` prints and the shell's ``\\slow``
shows (one renderer, so every face reads the same)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aishell.services.workload import SlowStatement

#: the orders, in words
ORDERS = {"total": "total time", "mean": "mean time", "calls": "calls", "rows": "rows"}
#: the width a statement's text is cut to in the table
QUERY_WIDTH = 90


def _ms(value: float) -> str:
    if value >= 1000:
        return f"{value / 1000:,.2f} s"
    return f"{value:,.2f} ms" if value >= 0.01 or value == 0 else f"{value:.4f} ms"


def render(found: list[SlowStatement], order: str) -> str:
    """The statements as a table for a terminal, each followed by its next command."""
    if not found:
        return "No statement recorded for this database yet."
    head = ("#", "total", "mean", "calls", "rows", "share", "query")
    rows = [
        (str(n), _ms(s.stats.total_ms), _ms(s.stats.mean_ms), f"{s.stats.calls:,}", f"{s.stats.rows:,}",
         f"{s.share:.1%}", _short(s.stats.query))
        for n, s in enumerate(found, 1)
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head) - 1)]
    numeric = range(1, 6)

    def line(cells: tuple[str, ...]) -> str:
        pairs = enumerate(zip(cells, widths, strict=False))
        parts = [c.rjust(w) if i in numeric else c.ljust(w) for i, (c, w) in pairs]
        return "  ".join([*parts, cells[-1]]).rstrip()

    out = [f"Top {len(found)} recorded statement{'s' if len(found) != 1 else ''} by {ORDERS[order]}:", "",
           line(head)]  # fmt: skip
    indent = " " * (widths[0] + 2)
    for row, s in zip(rows, found, strict=True):
        out.append(line(row))
        if s.next_command:
            out.append(f"{indent}next: {s.next_command}")
    return "\n".join(out)


def _short(query: str) -> str:
    text = " ".join(query.split())
    return text if len(text) <= QUERY_WIDTH else text[: QUERY_WIDTH - 3] + "..."
