#!/usr/bin/env python3
"""Benchmark: ``aishell monitor``'s anomaly detector on a replayed synthetic week.

A week of per-minute metrics (Monday to Sunday, 10,080 points per metric) as a server would
give them: transactions per second, the cache hit ratio, the mean statement latency, active
sessions, sessions waiting for a lock and replication lag, with a daily cycle (quiet nights,
busy afternoons), a quieter weekend, multiplicative noise and the occasional lock wait or lag
blip.  Into it go incidents of different kinds and durations: spikes, level shifts, slow drifts,
outages and lock storms (which move several metrics at once).  Every point is replayed through
:class:`aishell.services.monitor.Detector` with the default ``[monitor]`` settings, as the
monitor would feed it, with no history before Monday (the first days use the recent window).

Reported: the incidents caught (an alert on one of the incident's metrics between its start
and ``grace`` minutes after its end) with the detection delay, and the false alarm rate: the
minutes outside every incident (and its grace period) where the detector has an incident open,
over all such minutes.  Goal: every incident caught, at most 1% false alarms.

Run: ``.venv/bin/python bench/monitor_anomalies.py [--seed N] [--seeds N] [--verbose]``.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from aishell.services.monitor import Detector, DetectorSettings

MINUTE, HOUR, DAY = 60, 3600, 86400
DAYS = 7
START = 1_767_571_200.0  # Monday 2026-01-05 00:00 UTC
GRACE_MIN = 15  # minutes after an incident during which its alert may still end
WEEKEND = 0.7  # Saturday's and Sunday's load against a weekday's (--weekend)

Series = dict[str, list[float]]


@dataclass(frozen=True)
class Incident:
    name: str
    kind: str
    start: float  # minutes from the start of the week
    minutes: float
    metrics: tuple[str, ...]
    apply: Callable[[Series, int, float], None]  # (series, minute index, progress 0..1)

    @property
    def end(self) -> float:
        return self.start + self.minutes


def at(day: int, hour: float) -> float:
    """Minutes from Monday 00:00 to ``hour`` of ``day`` (1 = Monday)."""
    return (day - 1) * 24 * 60 + hour * 60


# --------------------------------------------------------------------------- the normal week
def load_shape(minute: int) -> float:
    """0.1 at 03:00 to 1.0 at 15:00, and :data:`WEEKEND` of that on Saturday and Sunday."""
    hour = (minute % 1440) / 60
    daily = 0.55 - 0.45 * math.cos(2 * math.pi * (hour - 3) / 24)
    weekend = (minute // 1440) % 7 >= 5
    return daily * (WEEKEND if weekend else 1.0)


def normal_week(rng: random.Random) -> Series:
    n = DAYS * 1440
    s: Series = {k: [] for k in ("tps", "cache_hit", "latency_ms", "active_sessions", "lock_waits", "replication_lag")}
    for m in range(n):
        load = load_shape(m)
        s["tps"].append(max(0.0, (5 + 400 * load) * rng.lognormvariate(0, 0.06)))
        s["cache_hit"].append(min(100.0, 99.2 + 0.5 * (1 - load) + rng.gauss(0, 0.08)))
        s["latency_ms"].append(2.0 * (1 + 0.3 * load) * rng.lognormvariate(0, 0.08))
        s["active_sessions"].append(float(_poisson(rng, 1 + 12 * load)))
        s["lock_waits"].append(float(_poisson(rng, 0.05 + 0.3 * load)))
        s["replication_lag"].append(round(rng.expovariate(2.0) + (2.0 if rng.random() < 0.01 else 0.0), 1))
    return s


def _poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


# --------------------------------------------------------------------------- incidents
def scale(metric: str, factor: Callable[[float], float]) -> Callable[[Series, int, float], None]:
    def apply(s: Series, i: int, progress: float) -> None:
        s[metric][i] *= factor(progress)

    return apply


def add(metric: str, amount: Callable[[float], float]) -> Callable[[Series, int, float], None]:
    def apply(s: Series, i: int, progress: float) -> None:
        s[metric][i] += amount(progress)

    return apply


def both(*parts: Callable[[Series, int, float], None]) -> Callable[[Series, int, float], None]:
    def apply(s: Series, i: int, progress: float) -> None:
        for part in parts:
            part(s, i, progress)

    return apply


def lock_storm(rng: random.Random, waiters: float) -> Callable[[Series, int, float], None]:
    return both(
        add("lock_waits", lambda p: waiters * (0.6 + 0.8 * rng.random())),
        add("active_sessions", lambda p: waiters * 0.8),
        scale("latency_ms", lambda p: 3.0),
        scale("tps", lambda p: 0.6),
    )


def incidents(rng: random.Random) -> list[Incident]:
    return [
        Incident("tps spike (Monday, no history yet)", "spike", at(1, 14.2), 5, ("tps",), scale("tps", lambda p: 3.0)),
        Incident("latency level shift", "level shift", at(2, 10), 90, ("latency_ms",),
                 scale("latency_ms", lambda p: 2.5)),
        Incident("lock storm", "lock storm", at(2, 21.5), 20, ("lock_waits", "active_sessions", "latency_ms", "tps"),
                 lock_storm(rng, 12)),
        Incident("replication lag drifting up", "slow drift", at(3, 3), 120, ("replication_lag",),
                 add("replication_lag", lambda p: 300 * p)),
        Incident("outage: tps drops to 20%", "level shift", at(3, 16), 15, ("tps",), scale("tps", lambda p: 0.2)),
        Incident("cache hit ratio drop", "level shift", at(4, 11), 45, ("cache_hit",),
                 add("cache_hit", lambda p: -5.0)),
        Incident("latency drifting up (leak)", "slow drift", at(4, 19), 180, ("latency_ms",),
                 scale("latency_ms", lambda p: 1 + 3 * p)),
        Incident("connection pile-up", "spike", at(5, 9.5), 3, ("active_sessions",),
                 add("active_sessions", lambda p: 40)),
        Incident("short lock storm", "lock storm", at(5, 13), 8, ("lock_waits", "active_sessions", "latency_ms", "tps"),
                 lock_storm(rng, 6)),
        Incident("weekend tps doubled (batch job)", "level shift", at(6, 12), 60, ("tps",),
                 scale("tps", lambda p: 2.0)),
        Incident("replica stalled", "spike", at(6, 23), 10, ("replication_lag",),
                 add("replication_lag", lambda p: 120)),
        Incident("cache hit ratio drifting down", "slow drift", at(7, 6), 240, ("cache_hit",),
                 add("cache_hit", lambda p: -4.0 * p)),
        Incident("latency spike", "spike", at(7, 15), 4, ("latency_ms",), scale("latency_ms", lambda p: 6.0)),
    ]  # fmt: skip


def inject(series: Series, found: list[Incident]) -> None:
    for incident in found:
        first, last = int(incident.start), math.ceil(incident.end)
        for i in range(first, min(last, len(series["tps"]))):
            incident.apply(series, i, (i - first) / max(1, last - first - 1))
    series["cache_hit"] = [min(100.0, v) for v in series["cache_hit"]]


# --------------------------------------------------------------------------- replay
@dataclass
class Outcome:
    caught: dict[str, float | None]  # incident -> delay in minutes (None: missed)
    false_minutes: int
    normal_minutes: int
    alerts: int

    @property
    def false_rate(self) -> float:
        return self.false_minutes / max(1, self.normal_minutes)


def replay(seed: int, settings: DetectorSettings, verbose: bool = False) -> Outcome:
    rng = random.Random(seed)
    series = normal_week(rng)
    found = incidents(rng)
    inject(series, found)
    detector = Detector(settings, utc_offset=0)
    n = len(series["tps"])
    busy = [False] * n  # minutes inside an incident or its grace period
    for incident in found:
        for i in range(int(incident.start), min(n, math.ceil(incident.end) + GRACE_MIN)):
            busy[i] = True
    open_at: list[set[str]] = []
    alerts = 0
    for i in range(n):
        ts = START + i * MINUTE
        now: set[str] = set()
        for metric, values in series.items():
            verdict = detector.feed(ts, metric, values[i])
            if verdict.alert is not None:
                alerts += 1
                if verdict.alert.event == "anomaly" and verdict.alert.metric and verbose and not busy[i]:
                    print(f"  false alarm: {verdict.alert.message()}")
            if verdict.in_incident:
                now.add(metric)
        open_at.append(now)
    caught: dict[str, float | None] = {}
    for incident in found:
        window = range(int(incident.start), min(n, math.ceil(incident.end) + GRACE_MIN))
        hit = next((i for i in window if open_at[i] & set(incident.metrics)), None)
        caught[incident.name] = None if hit is None else hit - incident.start
    normal = [i for i in range(n) if not busy[i]]
    false = sum(1 for i in normal if open_at[i])
    return Outcome(caught, false, len(normal), alerts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=17, help="the week's random seed (default 17)")
    parser.add_argument("--seeds", type=int, default=1, help="replay this many weeks (seed, seed+1, ...)")
    parser.add_argument("--verbose", action="store_true", help="print each false alarm")
    parser.add_argument("--weekend", type=float, default=WEEKEND, help="weekend load factor (default 0.7)")
    args = parser.parse_args()
    globals()["WEEKEND"] = args.weekend
    settings = DetectorSettings()
    print(f"detector: {settings}")
    worst_false, all_caught = 0.0, True
    for seed in range(args.seed, args.seed + args.seeds):
        out = replay(seed, settings, args.verbose)
        found = incidents(random.Random(0))
        kinds = {i.name: i for i in found}
        print(f"\nseed {seed}: {sum(d is not None for d in out.caught.values())}/{len(out.caught)} incidents caught, "
              f"false alarms {out.false_minutes}/{out.normal_minutes} normal minutes = {100 * out.false_rate:.2f}%, "
              f"{out.alerts} alerts (anomaly + ended)")  # fmt: skip
        print(f"  {'incident':<40} {'kind':<12} {'minutes':>7} {'delay (min)':>11}")
        for name, delay in out.caught.items():
            shown = "MISSED" if delay is None else f"{delay:.0f}"
            print(f"  {name:<40} {kinds[name].kind:<12} {kinds[name].minutes:>7.0f} {shown:>11}")
        worst_false = max(worst_false, out.false_rate)
        all_caught = all_caught and all(d is not None for d in out.caught.values())
    ok = all_caught and worst_false <= 0.01
    print(f"\ngoal (every incident caught, <= 1% false alarms): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
