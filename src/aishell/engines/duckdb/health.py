"""DuckDB's health checks (``aishell health``): what applies to an embedded analytical file, from
``pragma_database_size()`` and ``duckdb_memory()``: free blocks in the file, a write-ahead log
that was not checkpointed, memory against ``memory_limit``; redundant indexes come from the
catalog (the service's check).

Each check is read statements and a function over their rows (:mod:`aishell.engines.health`);
the service runs them through the session's gate, read-only.  No driver is imported here.
"""

from __future__ import annotations

import re

from aishell.engines.health import REDUNDANT_INDEXES, Check, HealthRules, Problem, Reading, number, size

_SIZE = re.compile(r"^\s*([0-9.]+)\s*([KMGTP]?i?B|bytes?)\s*$", re.I)
_UNITS = {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3, "t": 1000**4, "p": 1000**5}


def parse_size(text: object) -> float | None:
    """DuckDB's sizes as it prints them (``1.2 MiB``, ``0 bytes``, ``3.4GB``) in bytes."""
    found = _SIZE.match(str(text or ""))
    if found is None:
        return number(text)
    unit = found.group(2).lower()
    base = 1024 if "i" in unit else 1000
    power = "kmgtp".find(unit[0]) + 1 if unit[0] in "kmgtp" else 0
    return float(found.group(1)) * float(base**power)


_SIZE_SQL = "SELECT database_name, block_size, total_blocks, free_blocks, wal_size FROM pragma_database_size()"
_MEMORY_SQL = """SELECT (SELECT sum(memory_usage_bytes) FROM duckdb_memory()) AS used,
  current_setting('memory_limit') AS memory_limit"""


def _free_blocks(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        total, free = number(row["total_blocks"]), number(row["free_blocks"])
        if not total or free is None or free < r.limits["free_pages_min"]:
            continue
        pct = 100 * free / total
        level = r.grade(pct, "free_pages")
        if level:
            db = str(row["database_name"])
            fix = (
                f"ATTACH 'compacted.duckdb' AS compacted; COPY FROM DATABASE {r.quote(db)} TO compacted;  "
                "-- then use the new file: DuckDB does not shrink a file in place"
            )
            out.append(
                Problem(
                    level,
                    f"{free:.0f} of {total:.0f} blocks of {db} are free ({pct:.0f}%, "
                    f"{size(free * (number(row['block_size']) or 0))})",
                    fix,
                    db,
                )
            )
    return out


def _wal(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        wal = parse_size(row["wal_size"])
        level = r.grade(wal, "wal_bytes") if wal else None
        if level:
            db = str(row["database_name"])
            out.append(
                Problem(
                    level,
                    f"the write-ahead log of {db} holds {size(wal)} not yet checkpointed into the "
                    "file (replayed at every open)",
                    "CHECKPOINT;",
                    db,
                )
            )
    return out


def _memory(r: Reading) -> list[Problem]:
    row = r.first[0] if r.first else {}
    used, limit = number(row.get("used")), parse_size(row.get("memory_limit"))
    if used is None or not limit:
        return []
    pct = 100 * used / limit
    level = r.grade(pct, "memory")
    if not level:
        return []
    return [
        Problem(
            level,
            f"{size(used)} of the {size(limit)} memory_limit in use ({pct:.0f}%)",
            f"SET memory_limit = '{max(int(limit * 2 / 1024**3), 1)}GB';",
            "memory_limit",
        )
    ]


HEALTH = HealthRules(
    checks=(
        Check(
            "free_blocks",
            "Free blocks",
            "Free blocks make the file larger than its data; DuckDB reuses them but never shrinks the file.",
            (_SIZE_SQL,),
            _free_blocks,
            ("free_pages", "free_pages_min"),
        ),
        Check(
            "wal_size",
            "Write-ahead log size",
            "A large write-ahead log is replayed each time the database opens and holds changes outside the file.",
            (_SIZE_SQL,),
            _wal,
            ("wal_bytes",),
        ),
        Check(
            "memory",
            "Memory against memory_limit",
            "Near memory_limit DuckDB spills to disk or fails with an out-of-memory error.",
            (_MEMORY_SQL,),
            _memory,
            ("memory",),
        ),
    ),
    catalog_checks=(REDUNDANT_INDEXES,),
)
