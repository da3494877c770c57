"""SQLite's health checks (``aishell health``): ``PRAGMA integrity_check``, ``PRAGMA
foreign_key_check`` and the file's free pages; foreign keys without an index and redundant
indexes come from the catalog (the service's checks).

Each check is read statements and a function over their rows (:mod:`aishell.engines.health`);
the service runs them through the session's gate, read-only.  No driver is imported here.
"""

from __future__ import annotations

import re

from aishell.engines.health import (
    CRITICAL,
    FK_WITHOUT_INDEX,
    REDUNDANT_INDEXES,
    WARNING,
    Check,
    HealthRules,
    Problem,
    Reading,
    number,
    size,
)

#: integrity messages about an index, which REINDEX rebuilds from its table
_INDEX_MESSAGE = re.compile(r"(?:missing from index|entries in index|index) (\S+?)(?:\s|$|,)")


def _integrity(r: Reading) -> list[Problem]:
    messages = [str(next(iter(row.values()))) for row in r.first]
    errors = [m for m in messages if m.strip().lower() != "ok"]
    if not errors:
        return []
    indexes = list(dict.fromkeys(m.group(1) for e in errors if (m := _INDEX_MESSAGE.search(e))))
    only_indexes = all(_INDEX_MESSAGE.search(e) for e in errors)
    fix = " ".join(f"REINDEX {r.quote(i)};" for i in indexes)
    if not only_indexes:
        fix = (fix + "  " if fix else "") + "-- then restore from a backup, or recover: sqlite3 FILE .recover"
    shown = "; ".join(errors[:5]) + (f"; and {len(errors) - 5} more" if len(errors) > 5 else "")
    return [
        Problem(
            CRITICAL,
            f"integrity_check found {len(errors)} problem{'s' if len(errors) > 1 else ''}: {shown}",
            fix,
            "database",
        )
    ]


def _foreign_keys(r: Reading) -> list[Problem]:
    groups: dict[tuple[str, str], list[float | None]] = {}
    for row in r.first:
        groups.setdefault((str(row["table"]), str(row["parent"])), []).append(number(row.get("rowid")))
    out = []
    for (table, parent), rowids in groups.items():
        known = [str(int(x)) for x in rowids if x is not None]
        some = ", ".join(known[:10]) + (", ..." if len(known) > 10 else "")
        found = (
            f"{len(rowids)} row{'s' if len(rowids) > 1 else ''} of {table} reference{'' if len(rowids) > 1 else 's'}"
            f" missing rows of {parent}" + (f" (rowid {some})" if known else "")
        )
        fix = None
        if known:
            fix = (
                f"DELETE FROM {r.quote(table)} WHERE rowid IN ({', '.join(known)});  -- or insert the missing "
                f"{r.quote(parent)} rows"
            )
        out.append(Problem(WARNING, found, fix, table))
    return out


def _free_pages(r: Reading) -> list[Problem]:
    pages = number(r.rows[0][0]["page_count"]) if r.rows[0] else None
    free = number(r.rows[1][0]["freelist_count"]) if r.rows[1] else None
    page_size = number(r.rows[2][0]["page_size"]) if r.rows[2] else None
    if not pages or free is None or free < r.limits["free_pages_min"]:
        return []
    pct = 100 * free / pages
    level = r.grade(pct, "free_pages")
    if not level:
        return []
    wasted = f" ({size(free * page_size)})" if page_size else ""
    return [
        Problem(
            level,
            f"{free:.0f} of {pages:.0f} pages of the file are free ({pct:.0f}%){wasted}",
            "VACUUM;  -- rewrites the file without them (needs as much free disk again)",
            "database",
        )
    ]


HEALTH = HealthRules(
    checks=(
        Check(
            "integrity",
            "Integrity check",
            "A damaged b-tree or an index out of step with its table returns wrong results or errors.",
            ("PRAGMA integrity_check",),
            _integrity,
        ),
        Check(
            "foreign_key_violations",
            "Foreign key violations",
            "Rows that reference missing parents (loaded while foreign keys were off) break joins and the "
            "next change that checks the key.",
            ("PRAGMA foreign_key_check",),
            _foreign_keys,
        ),
        Check(
            "free_pages",
            "Free pages",
            "Free pages make the file larger than its data; the space returns to the system only with VACUUM.",
            ("PRAGMA page_count", "PRAGMA freelist_count", "PRAGMA page_size"),
            _free_pages,
            ("free_pages", "free_pages_min"),
        ),
    ),
    catalog_checks=(FK_WITHOUT_INDEX, REDUNDANT_INDEXES),
)
