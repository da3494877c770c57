"""Redis's health checks (see :mod:`aishell.engines.health`): each is a few read commands run
through the session's gate (``INFO <section>``, ``SLOWLOG GET``, ``LATENCY LATEST``) and a
function over their rows.  ``INFO`` renders as ``section, name, value`` rows; the slow log
and latency events as tables (:mod:`aishell.engines.redis.render`).

Thresholds are Redis's own rules of thumb, fixed here (memory near ``maxmemory``, a
fragmentation ratio past 1.5, a hit rate under 80 %, a failed save, a replica link down).
"""

from __future__ import annotations

from typing import Any

from aishell.engines.health import CRITICAL, INFO, WARNING, Check, HealthRules, Problem, Reading, number, size

#: a slow-log entry longer than this is a warning (microseconds)
SLOW_WARNING_US = 100_000
#: under this many lookups the hit rate says nothing
MIN_LOOKUPS = 1000


def _info(reading: Reading, index: int = 0) -> dict[str, Any]:
    return {str(r["name"]): r["value"] for r in reading.rows[index]}


def _memory(reading: Reading) -> list[Problem]:
    info = _info(reading)
    used, peak = number(info.get("used_memory")), number(info.get("maxmemory"))
    ratio = number(info.get("mem_fragmentation_ratio"))
    out: list[Problem] = []
    if used is not None and peak:
        share = used * 100 / peak
        if share >= 80:
            out.append(Problem(CRITICAL if share >= 95 else WARNING,
                               f"memory at {share:.0f}% of maxmemory ({size(used)} of {size(peak)}); "
                               f"policy {info.get('maxmemory_policy', '?')}"))  # fmt: skip
    elif used is not None:
        out.append(Problem(INFO, f"{size(used)} used; no maxmemory set (the OS limit applies)"))
    if ratio is not None and ratio > 1.5 and (used or 0) > 64 * 1024 * 1024:
        out.append(Problem(WARNING, f"memory fragmentation ratio {ratio:.2f} (above 1.5)",
                           "MEMORY PURGE, or CONFIG SET activedefrag yes"))  # fmt: skip
    return out


def _persistence(reading: Reading) -> list[Problem]:
    info = _info(reading)
    out: list[Problem] = []
    if info.get("rdb_last_bgsave_status", "ok") != "ok":
        out.append(Problem(CRITICAL, "the last RDB save failed (rdb_last_bgsave_status: err)", "BGSAVE"))
    if info.get("aof_enabled") == "1" and info.get("aof_last_write_status", "ok") != "ok":
        out.append(Problem(CRITICAL, "the last AOF write failed (aof_last_write_status: err)"))
    changes = number(info.get("rdb_changes_since_last_save"))
    if info.get("aof_enabled") == "0" and changes:
        out.append(Problem(INFO, f"{changes:.0f} changes since the last RDB save (no AOF)"))
    return out


def _replication(reading: Reading) -> list[Problem]:
    info = _info(reading)
    out: list[Problem] = []
    if info.get("role") == "slave" and info.get("master_link_status") != "up":
        out.append(Problem(CRITICAL, f"replica link to {info.get('master_host')} is {info.get('master_link_status')}"))
    return out


def _clients(reading: Reading) -> list[Problem]:
    info = _info(reading)
    connected, limit = number(info.get("connected_clients")), number(info.get("maxclients"))
    out: list[Problem] = []
    if connected is not None and limit and connected * 100 / limit >= 80:
        out.append(Problem(WARNING, f"{connected:.0f} clients of maxclients {limit:.0f}"))
    blocked = number(info.get("blocked_clients"))
    if blocked:
        out.append(Problem(INFO, f"{blocked:.0f} clients blocked (BLPOP, XREAD BLOCK, WAIT ...)"))
    return out


def _hit_rate(reading: Reading) -> list[Problem]:
    info = _info(reading)
    hits, misses = number(info.get("keyspace_hits")) or 0, number(info.get("keyspace_misses")) or 0
    out: list[Problem] = []
    if hits + misses >= MIN_LOOKUPS:
        rate = hits * 100 / (hits + misses)
        if rate < 80:
            out.append(Problem(WARNING if rate < 50 else INFO, f"keyspace hit rate {rate:.1f}% "
                               f"({hits:.0f} hits, {misses:.0f} misses)"))  # fmt: skip
    evicted = number(info.get("evicted_keys"))
    if evicted:
        out.append(Problem(WARNING, f"{evicted:.0f} keys evicted since the server started (maxmemory reached)"))
    return out


def _slowlog(reading: Reading) -> list[Problem]:
    out = []
    for row in reading.first:
        duration = number(row.get("duration_us")) or 0
        severity = WARNING if duration >= SLOW_WARNING_US else INFO
        out.append(Problem(severity, f"{duration / 1000:.1f} ms at {row.get('time')}: {str(row.get('command'))[:80]}"))
    return out


def _latency(reading: Reading) -> list[Problem]:
    return [Problem(WARNING, f"latency event {r['event']}: latest {r['latest_ms']} ms, max {r['max_ms']} ms "
                             f"(at {r['time']})") for r in reading.first]  # fmt: skip


HEALTH = HealthRules(
    checks=(
        Check("memory", "Memory", "near maxmemory Redis evicts keys or refuses writes; fragmentation wastes RAM",
              ("INFO memory",), _memory),
        Check("persistence", "Persistence", "a failed save means a restart loses data", ("INFO persistence",),
              _persistence),
        Check("replication", "Replication", "a replica whose link is down serves stale data",
              ("INFO replication",), _replication),
        Check("clients", "Clients", "at maxclients new connections are refused", ("INFO clients",), _clients),
        Check("hit_rate", "Keyspace hit rate", "a low hit rate means a cache that does not cache",
              ("INFO stats",), _hit_rate),
        Check("slowlog", "Slow log", "slow commands block every other client (Redis runs one at a time)",
              ("SLOWLOG GET 10",), _slowlog),
        Check("latency", "Latency events", "the latency monitor's recorded spikes (CONFIG SET "
              "latency-monitor-threshold to record them)", ("LATENCY LATEST",), _latency),
    ),
)  # fmt: skip
