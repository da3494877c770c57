"""``aishell monitor``: sample a server's key metrics at an interval, keep a bounded history of
them in the state store and flag anomalies against a robust baseline.

* **What is read** is the engine's (``dialect_of(conn).metrics``, in ``engines/<e>/metrics.py``):
  cumulative counters and gauges.  Each probe passes the session's one gate (:meth:`Session.run`,
  kept out of the history), so monitoring works in a read-only session.  :func:`rates` turns the
  counters' deltas into the metrics of :data:`METRICS`: transactions per second, the cache hit
  ratio and the mean statement latency over the interval; gauges are kept as read.
* **The detector** (:class:`Detector`) is pure: it is fed ``(timestamp, metric, value)`` and
  knows nothing of databases.  Its baseline for a point is the median and MAD of the same metric
  in the same hour of the day on previous days (once ``min_days`` days have samples in that
  hour), else of the last ``window`` seconds.  A point whose robust z-score passes the threshold
  (in the direction that matters for the metric) is anomalous; ``consecutive`` of them in a row
  open an incident and raise one alert; ``clear`` normal points in a row end it with an "ended"
  alert.  Anomalous points stay out of the baseline (for at most ``window`` seconds of one
  incident: a change that lasts becomes the new normal).
* **Alerts** go to the callbacks the face gives (stderr), a log file (JSON lines) and a webhook
  (JSON POST on a worker thread, with a timeout and retries; a failure is reported and never
  stops monitoring).  The webhook's URL is never shown whole (it may hold a token).
"""

from __future__ import annotations

import json
import math
import queue
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aishell.engines.metrics import (
    ACTIVE_SESSIONS,
    BLOCKS_HIT,
    BLOCKS_READ,
    COUNTERS,
    GAUGES,
    LOCK_WAITS,
    REPLICATION_LAG,
    STMT_CALLS,
    STMT_MS,
    XACTS,
    MetricRules,
    Probe,
)
from aishell.errors import AishellError, ConfigError, ConnectError, UsageError

if TYPE_CHECKING:
    from aishell.config import MonitorSettings
    from aishell.services.session import Session
    from aishell.state import StateStore

UP, DOWN, BOTH = "up", "down", "both"


@dataclass(frozen=True)
class MetricSpec:
    """A metric the monitor records: what it is, its unit, which way is bad (``up``, ``down`` or
    ``both``), ``floor``: the smallest deviation that can count (a flat series has MAD 0), and
    ``relative``: whether a deviation under :attr:`DetectorSettings.relative_floor` of the median
    never counts either (not for a ratio near its bound)."""

    name: str
    label: str
    unit: str
    bad: str
    floor: float
    relative: bool = True


TPS, CACHE_HIT, LATENCY_MS = "tps", "cache_hit", "latency_ms"
METRICS: dict[str, MetricSpec] = {
    TPS: MetricSpec(TPS, "transactions per second", "/s", BOTH, 1.0),
    CACHE_HIT: MetricSpec(CACHE_HIT, "cache hit ratio", "%", DOWN, 0.25, relative=False),
    LATENCY_MS: MetricSpec(LATENCY_MS, "mean statement latency", " ms", UP, 0.2),
    ACTIVE_SESSIONS: MetricSpec(ACTIVE_SESSIONS, "active sessions", "", UP, 1.0),
    LOCK_WAITS: MetricSpec(LOCK_WAITS, "sessions waiting for a lock", "", UP, 1.0),
    REPLICATION_LAG: MetricSpec(REPLICATION_LAG, "replication lag", " s", UP, 5.0),
}


def spec(metric: str) -> MetricSpec:
    """A metric's description (one the monitor does not know: either way is bad, no floor)."""
    return METRICS.get(metric) or MetricSpec(metric, metric, "", BOTH, 1e-9)


# --------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class DetectorSettings:
    """The detector's knobs (``[monitor]`` in config.toml; :func:`detector_settings`)."""

    threshold: float = 6.0
    consecutive: int = 3
    clear: int = 5
    window: float = 3600.0
    min_days: int = 3
    profile_days: int = 7
    min_points: int = 20
    #: a deviation under this share of the median never counts (with the metric's own floor)
    relative_floor: float = 0.05


def detector_settings(settings: MonitorSettings | None = None) -> DetectorSettings:
    """``[monitor]``'s detector settings, checked (:class:`ConfigError` naming the key)."""
    from aishell.config import config_path, load_settings

    s = settings if settings is not None else load_settings().monitor
    where = f"{config_path()}: [monitor]"
    positive = {"interval": s.interval, "keep_days": s.keep_days, "threshold": s.threshold, "window": s.window,
                "webhook_timeout": s.webhook_timeout}  # fmt: skip
    for key, value in positive.items():
        if not value > 0 or math.isinf(value):
            raise ConfigError(f"{where} {key} must be a number above 0, not {value}")
    at_least_one = {"keep_rows": s.keep_rows, "consecutive": s.consecutive, "clear": s.clear,
                    "min_days": s.min_days, "profile_days": s.profile_days, "min_points": s.min_points}  # fmt: skip
    for key, count in at_least_one.items():
        if count < 1:
            raise ConfigError(f"{where} {key} must be at least 1, not {count}")
    if s.webhook_retries < 0:
        raise ConfigError(f"{where} webhook_retries must not be negative")
    if s.min_days > s.profile_days:
        raise ConfigError(f"{where} min_days ({s.min_days}) must not be above profile_days ({s.profile_days})")
    if s.webhook:
        check_webhook(s.webhook)
    names = {f.name for f in fields(DetectorSettings)}
    return DetectorSettings(**{k: getattr(s, k) for k in names if hasattr(s, k)})


def check_webhook(url: str) -> str:
    """``url`` when it is an http(s) URL with a host (:class:`UsageError` otherwise, never naming it whole)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"the webhook must be an http:// or https:// URL, not {shown_url(url)}")
    return url


def shown_url(url: str) -> str:
    """A webhook URL as it may be shown: its scheme and host, never its path, query or user (a
    token often hides there)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname or "?"
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(an unreadable URL)"
    return f"{parts.scheme or '?'}://{host}{port}/..."


# --------------------------------------------------------------------------- the detector
@dataclass(frozen=True)
class Baseline:
    """What a point is judged against: the median, the scale (1.4826 MAD, floored) and where they
    come from (``profile``: the same hour on ``days`` previous days; ``recent``: the last window)."""

    median: float
    scale: float
    source: str
    points: int
    days: int = 0

    def describe(self, window: float) -> str:
        if self.source == "profile":
            return f"the same hour on {self.days} previous days"
        return f"the last {window / 60:.0f} min"


@dataclass(frozen=True)
class Alert:
    """``event``: ``anomaly`` (an incident begins) or ``ended``.  ``value``, ``expected`` and
    ``z``: the point that raised it (for ``ended``: the peak of the incident)."""

    event: str
    metric: str
    ts: float
    started: float
    value: float
    expected: float
    z: float
    direction: str  # high | low
    baseline: str
    samples: int = 0

    def message(self) -> str:
        s = spec(self.metric)
        when = _iso(self.ts)
        if self.event == "anomaly":
            return (f"{when} ANOMALY {self.metric} {self.direction}: {_fmt(self.value)}{s.unit} "
                    f"(expected {_fmt(self.expected)}{s.unit} from {self.baseline}; z {self.z:+.1f})")  # fmt: skip
        return (f"{when} ENDED {self.metric}: back to normal after {_duration(self.ts - self.started)} "
                f"({self.samples} anomalous samples; peak {_fmt(self.value)}{s.unit}, z {self.z:+.1f})")  # fmt: skip

    def to_dict(self, target: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "event": self.event,
            "metric": self.metric,
            "label": spec(self.metric).label,
            "ts": _iso(self.ts),
            "started": _iso(self.started),
            "value": _round(self.value),
            "expected": _round(self.expected),
            "z": round(self.z, 2),
            "direction": self.direction,
            "baseline": self.baseline,
            "message": self.message(),
        }
        if self.event == "ended":
            out["duration_s"] = round(self.ts - self.started, 1)
            out["samples"] = self.samples
        if target is not None:
            out["target"] = target
        return out


@dataclass(frozen=True)
class Verdict:
    """What the detector made of one point: its z-score and baseline (None while it learns),
    whether it is anomalous, whether an incident is open after it, and the alert it raised."""

    z: float | None
    baseline: Baseline | None
    anomalous: bool
    in_incident: bool
    alert: Alert | None = None


@dataclass
class _Incident:
    started: float
    first: Alert
    samples: int = 0
    peak: tuple[float, float, float] = (0.0, 0.0, 0.0)  # value, expected, z


@dataclass
class _Series:
    spec: MetricSpec
    hours: dict[int, deque[tuple[int, float]]] = field(default_factory=dict)
    recent: deque[tuple[float, float]] = field(default_factory=deque)
    profiles: dict[int, tuple[int, Baseline | None]] = field(default_factory=dict)
    pending: list[tuple[float, float, Baseline, float]] = field(default_factory=list)
    calm: int = 0
    incident: _Incident | None = None


class Detector:
    """Robust anomaly detection over metric series fed point by point (see the module's docstring).

    ``utc_offset``: seconds added to a timestamp to read its hour of the day (None: the local
    time of this machine, as load follows its users' day)."""

    def __init__(self, settings: DetectorSettings | None = None, *, utc_offset: float | None = None) -> None:
        self.settings = settings or DetectorSettings()
        self.utc_offset = utc_offset
        self._series: dict[str, _Series] = {}

    # ---- feeding
    def learn(self, ts: float, metric: str, value: float) -> None:
        """Add a point to the history without judging it (a stored history read at start)."""
        series = self._get(metric)
        self._remember(series, ts, value)

    def feed(self, ts: float, metric: str, value: float) -> Verdict:
        """Judge a point against its baseline, then remember it; the alert it raises, if any."""
        series = self._get(metric)
        baseline = self.baseline(metric, ts)
        z = None if baseline is None else (value - baseline.median) / baseline.scale
        anomalous = z is not None and _beyond(z, series.spec.bad, self.settings.threshold)
        alert = self._track(series, ts, value, baseline, z, anomalous)
        incident = series.incident
        lasting = incident is not None and ts - incident.started >= self.settings.window
        if not anomalous or lasting:
            self._remember(series, ts, value)
        return Verdict(z, baseline, anomalous, series.incident is not None, alert)

    def open_incidents(self) -> list[str]:
        return [name for name, s in self._series.items() if s.incident is not None]

    # ---- the baseline
    def baseline(self, metric: str, ts: float) -> Baseline | None:
        """The baseline a point of ``metric`` at ``ts`` is judged against (None: not enough history)."""
        series = self._get(metric)
        day, hour = self._clock(ts)
        cached = series.profiles.get(hour)
        if cached is None or cached[0] != day:
            cached = (day, self._profile(series, day, hour))
            series.profiles[hour] = cached
        if cached[1] is not None:
            return cached[1]
        start = ts - self.settings.window
        values = [v for t, v in series.recent if start <= t < ts]
        if len(values) < self.settings.min_points:
            return None
        median, scale = self._robust(series.spec, values)
        return Baseline(median, scale, "recent", len(values))

    def _profile(self, series: _Series, day: int, hour: int) -> Baseline | None:
        points = series.hours.get(hour, ())
        first = day - self.settings.profile_days
        values = [v for d, v in points if first <= d < day]
        days = len({d for d, _ in points if first <= d < day})
        if days < self.settings.min_days or len(values) < self.settings.min_points:
            return None
        median, scale = self._robust(series.spec, values)
        return Baseline(median, scale, "profile", len(values), days)

    def _robust(self, metric: MetricSpec, values: list[float]) -> tuple[float, float]:
        median = _median(values)
        mad = _median([abs(v - median) for v in values])
        relative = self.settings.relative_floor * abs(median) if metric.relative else 0.0
        return median, max(1.4826 * mad, metric.floor, relative)

    # ---- incidents
    def _track(self, series: _Series, ts: float, value: float, baseline: Baseline | None,
               z: float | None, anomalous: bool) -> Alert | None:  # fmt: skip
        cfg, incident = self.settings, series.incident
        if incident is not None:
            if anomalous and baseline is not None and z is not None:
                series.calm = 0
                incident.samples += 1
                if abs(z) > abs(incident.peak[2]):
                    incident.peak = (value, baseline.median, z)
                return None
            series.calm += 1
            if series.calm < cfg.clear:
                return None
            series.incident, series.calm = None, 0
            peak_value, expected, peak_z = incident.peak
            first = incident.first
            return Alert("ended", first.metric, ts, incident.started, peak_value, expected, peak_z,
                         first.direction, first.baseline, incident.samples)  # fmt: skip
        if not anomalous or baseline is None or z is None:
            series.pending.clear()
            return None
        series.pending.append((ts, value, baseline, z))
        if len(series.pending) < cfg.consecutive:
            return None
        started = series.pending[0][0]
        peak = max(series.pending, key=lambda p: abs(p[3]))
        series.pending.clear()
        alert = Alert("anomaly", series.spec.name, ts, started, value, baseline.median, z,
                      "high" if z > 0 else "low", baseline.describe(cfg.window))  # fmt: skip
        series.incident = _Incident(started, alert, cfg.consecutive, (peak[1], peak[2].median, peak[3]))
        series.calm = 0
        return alert

    # ---- history
    def _get(self, metric: str) -> _Series:
        series = self._series.get(metric)
        if series is None:
            series = self._series[metric] = _Series(spec(metric))
        return series

    def _remember(self, series: _Series, ts: float, value: float) -> None:
        day, hour = self._clock(ts)
        bucket = series.hours.setdefault(hour, deque())
        bucket.append((day, value))
        while bucket and bucket[0][0] < day - self.settings.profile_days:
            bucket.popleft()
        series.recent.append((ts, value))
        while series.recent and series.recent[0][0] < ts - self.settings.window:
            series.recent.popleft()

    def _clock(self, ts: float) -> tuple[int, int]:
        offset = time.localtime(ts).tm_gmtoff if self.utc_offset is None else self.utc_offset
        local = ts + offset
        return int(local // 86400), int(local % 86400 // 3600)


def _beyond(z: float, bad: str, threshold: float) -> bool:
    if bad == UP:
        return z > threshold
    if bad == DOWN:
        return z < -threshold
    return abs(z) > threshold


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


# --------------------------------------------------------------------------- readings and rates
@dataclass(frozen=True)
class Reading:
    """The counters and gauges read at ``ts`` (seconds since the epoch)."""

    ts: float
    values: Mapping[str, float]


def rates(before: Reading | None, now: Reading) -> dict[str, float]:
    """The metrics of one interval: counter deltas as rates (a counter that went down was reset:
    its rate is skipped), gauges as read."""
    out: dict[str, float] = {}
    if before is not None and now.ts > before.ts:
        delta = {k: now.values[k] - before.values[k] for k in COUNTERS if k in now.values and k in before.values}
        span = now.ts - before.ts
        if delta.get(XACTS, -1) >= 0:
            out[TPS] = delta[XACTS] / span
        hit, read = delta.get(BLOCKS_HIT, -1), delta.get(BLOCKS_READ, -1)
        if hit >= 0 and read >= 0 and hit + read > 0:
            out[CACHE_HIT] = 100.0 * hit / (hit + read)
        calls, spent = delta.get(STMT_CALLS, -1), delta.get(STMT_MS, -1)
        if calls > 0 and spent >= 0:
            out[LATENCY_MS] = spent / calls
    for name in (ACTIVE_SESSIONS, LOCK_WAITS, REPLICATION_LAG):
        if name in now.values:
            out[name] = now.values[name]
    return out


class Sampler:
    """Reads an engine's probes through a session's gate.  A probe none of whose statements the
    server accepts (a view that is missing, a recorder that is off, a privilege) is noted once
    in :attr:`notes` and left out of later readings."""

    def __init__(self, session: Session, rules: MetricRules) -> None:
        self.session = session
        self.rules = rules
        self.notes: list[str] = []
        self._chosen: dict[int, str] = {}
        self._dropped: set[int] = set()
        self._empty: set[int] = set()

    def read(self) -> Reading:
        values: dict[str, float] = {}
        for index, probe in enumerate(self.rules.probes):
            if index in self._dropped:
                continue
            rows = self._rows(index, probe)
            if rows is None:
                continue
            found = _collect(probe, rows)
            values.update(found)
            if not found and probe.hint and index not in self._empty:
                self._empty.add(index)
                self.notes.append(f"{probe.what}: nothing recorded; {probe.hint}")
        return Reading(time.time(), values)

    def _rows(self, index: int, probe: Probe) -> list[dict[str, Any]] | None:
        from aishell.output.sink import CollectingSink

        tried = [self._chosen[index]] if index in self._chosen else list(probe.sql)
        last = ""
        for sql in tried:
            sink = CollectingSink()
            try:
                run = self.session.run(sql, sink, record=False)
            except ConnectError:
                raise
            except AishellError as exc:
                last = exc.one_line()
                continue
            if run.error is not None:
                if isinstance(run.error, ConnectError):
                    raise run.error
                last = run.error.one_line()
                continue
            self._chosen[index] = sql
            columns, batch, _summary = sink.results[-1] if sink.results else ([], [], None)
            names = [c.name.lower() for c in columns]
            return [dict(zip(names, row, strict=True)) for row in batch]
        self._dropped.add(index)
        self.notes.append(f"{probe.what}: not sampled ({last})" + (f"; {probe.hint}" if probe.hint else ""))
        return None


def _collect(probe: Probe, rows: list[dict[str, Any]]) -> dict[str, float]:
    """The counters and gauges in a probe's rows: a counter summed over the rows, a gauge their largest."""
    present: set[str] = set().union(*rows) if rows else set()
    wanted: dict[str, tuple[str, ...]] = {name: (name,) for name in (*COUNTERS, *GAUGES)}
    wanted.update(probe.columns)
    out: dict[str, float] = {}
    for metric, aliases in wanted.items():
        column = next((a for a in aliases if a in present), None)
        if column is None:
            continue
        values = [v for v in (_number(r.get(column)) for r in rows) if v is not None]
        if values:
            out[metric] = sum(values) if metric in COUNTERS else max(values)
    return out


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


# --------------------------------------------------------------------------- alert outlets
class Webhook:
    """POSTs alerts as JSON from a worker thread: ``retries`` more attempts after a failure (a
    connection error, a timeout, a 5xx or 429 answer), ``timeout`` seconds each.  What fails is
    reported through ``on_error`` with the URL shown as :func:`shown_url`; it never raises."""

    def __init__(self, url: str, *, timeout: float = 5.0, retries: int = 2,
                 on_error: Callable[[str], None] | None = None, backoff: float = 0.5) -> None:  # fmt: skip
        self.url = check_webhook(url)
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.on_error = on_error or (lambda message: None)
        self.sent = 0
        self.failed = 0
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._work, name="aishell-webhook", daemon=True)
        self._thread.start()

    def send(self, payload: dict[str, Any]) -> None:
        self._queue.put(payload)

    def close(self, wait: float | None = None) -> None:
        """Deliver what is queued (for at most ``wait`` seconds: by default one round of attempts)."""
        self._queue.put(None)
        budget = (self.retries + 1) * (self.timeout + self.backoff * 2**self.retries) if wait is None else wait
        self._thread.join(budget)

    def _work(self) -> None:
        while True:
            payload = self._queue.get()
            if payload is None:
                return
            self._post(payload)

    def _post(self, payload: dict[str, Any]) -> None:
        import httpx

        why = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(min(self.backoff * 2 ** (attempt - 1), 30.0))
            try:
                answer = httpx.post(self.url, json=payload, timeout=self.timeout, follow_redirects=False)
            except httpx.HTTPError as exc:
                why = type(exc).__name__
                continue
            if answer.status_code < 300:
                self.sent += 1
                return
            why = f"HTTP {answer.status_code}"
            if answer.status_code < 500 and answer.status_code != 429:
                break
        self.failed += 1
        self.on_error(f"webhook {shown_url(self.url)}: the alert was not delivered ({why})")


class AlertLog:
    """Appends alerts to a file as JSON lines (opened for each alert, so a rotated file is followed)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def write(self, payload: dict[str, Any]) -> None:
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(payload, sort_keys=True) + "\n")


@dataclass
class Outlets:
    """Where alerts go: ``show`` (the face: stderr), ``log``, ``webhook``, and the state store."""

    show: Callable[[Alert], None] = lambda alert: None
    problem: Callable[[str], None] = lambda message: None
    log: AlertLog | None = None
    webhook: Webhook | None = None

    def emit(self, alert: Alert, target: str) -> None:
        self.show(alert)
        payload = alert.to_dict(target)
        if self.log is not None:
            try:
                self.log.write(payload)
            except OSError as exc:
                self.problem(f"cannot write the alert log {self.log.path}: {exc.strerror or exc}")
        if self.webhook is not None:
            self.webhook.send(payload)

    def close(self) -> None:
        if self.webhook is not None:
            self.webhook.close()


# --------------------------------------------------------------------------- the loop
@dataclass(frozen=True)
class Sample:
    ts: float
    values: dict[str, float]
    verdicts: dict[str, Verdict]


def rules_for(session: Session) -> MetricRules:
    """The engine's metrics; :class:`UsageError` when it has none to sample."""
    from aishell.engines import dialect_of

    conn = session.connection()
    rules = dialect_of(conn).metrics
    if not rules.probes:
        raise UsageError(f"{conn.display_name} cannot be monitored: {rules.lacks}")
    return rules


def monitor(
    session: Session,
    *,
    settings: MonitorSettings,
    outlets: Outlets,
    store: StateStore | None = None,
    count: int | None = None,
    on_sample: Callable[[Sample], None] | None = None,
    detector: Detector | None = None,
) -> int:
    """Sample ``session``'s server every ``settings.interval`` seconds (``count`` samples; None:
    until interrupted), record them in ``store`` (pruned to ``keep_days``/``keep_rows``) and
    judge them; the number of samples taken.  A sample needs two readings: the first reading
    only starts the counters.  A lost connection is reported and re-opened at the next tick."""
    config = detector_settings(settings)
    rules = rules_for(session)
    target = session.target.url.identity()
    detector = detector or Detector(config)
    if store is not None:
        since = time.time() - (config.profile_days + 1) * 86400
        for ts, metric, value in store.samples(target, since=since):
            detector.learn(ts, metric, value)
    sampler = Sampler(session, rules)
    before: Reading | None = _read(sampler, outlets)
    noted, taken = 0, 0
    tick = time.monotonic()
    while count is None or taken < count:
        tick = max(tick + settings.interval, time.monotonic())  # (a slow reading does not make a burst)
        time.sleep(max(0.0, tick - time.monotonic()))
        now = _read(sampler, outlets)
        for note in sampler.notes[noted:]:
            outlets.problem(note)
        noted = len(sampler.notes)
        if now is None:
            before = None
            continue
        values = rates(before, now)
        before = now
        if not any(k in values for k in (TPS, CACHE_HIT, LATENCY_MS)) and now.values.keys() & set(COUNTERS):
            continue  # after a reconnect: the counters start again
        taken += 1
        _record(store, target, now.ts, values, settings, prune=taken % 30 == 1)
        verdicts = {m: detector.feed(now.ts, m, v) for m, v in values.items()}
        for verdict in verdicts.values():
            if verdict.alert is not None:
                if store is not None:
                    store.add_alert(target, verdict.alert.ts, verdict.alert.metric, verdict.alert.event,
                                    json.dumps(verdict.alert.to_dict()))  # fmt: skip
                outlets.emit(verdict.alert, session.label)
        if on_sample is not None:
            on_sample(Sample(now.ts, values, verdicts))
    return taken


def _read(sampler: Sampler, outlets: Outlets) -> Reading | None:
    try:
        return sampler.read()
    except ConnectError as exc:
        outlets.problem(f"sampling failed: {exc.one_line()}; trying again at the next interval")
        try:
            sampler.session.reconnect()
        except AishellError:
            pass
        return None


def _record(store: StateStore | None, target: str, ts: float, values: dict[str, float],
            settings: MonitorSettings, *, prune: bool) -> None:  # fmt: skip
    """Store a sample; ``prune``: drop what is past ``keep_days`` and ``keep_rows`` (the first
    sample and every 30th: a count over the rows kept is not free)."""
    if store is None or not values:
        return
    store.add_samples(target, ts, values)
    if prune:
        store.prune_samples(target, before=ts - settings.keep_days * 86400, keep_rows=settings.keep_rows)


# --------------------------------------------------------------------------- history
_SPAN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)\s*$", re.I)
_SPAN_SECONDS = {"s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(text: str, now: float | None = None) -> float:
    """``30m``, ``2h``, ``7d`` (ago) or an ISO date or date-time (local time unless it says) as a timestamp."""
    now = time.time() if now is None else now
    span = _SPAN.match(text)
    if span:
        return now - float(span.group(1)) * _SPAN_SECONDS[span.group(2).lower()]
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--since takes 30m, 2h, 7d or a date-time such as 2026-01-31T08:00, not {text!r}") from None
    return when.timestamp() if when.tzinfo is not None else when.astimezone().timestamp()


def pivot(samples: Iterable[tuple[float, str, float]]) -> list[dict[str, Any]]:
    """Samples as one row per timestamp: ``{"ts": ..., "tps": ..., ...}``, oldest first."""
    rows: dict[float, dict[str, Any]] = {}
    for ts, metric, value in samples:
        rows.setdefault(ts, {"ts": _iso(ts)})[metric] = _round(value)
    return [rows[ts] for ts in sorted(rows)]


def columns_of(rows: list[dict[str, Any]]) -> list[str]:
    """The metric columns of :func:`pivot`'s rows, the known ones in their order first."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(k for k in row if k != "ts"))
    return [m for m in METRICS if m in seen] + [m for m in seen if m not in METRICS]


def line(sample: Sample) -> str:
    """One sample for a terminal."""
    parts = [_iso(sample.ts, local=True)]
    for name in (*METRICS, *[k for k in sample.values if k not in METRICS]):
        if name in sample.values:
            verdict = sample.verdicts.get(name)
            mark = "!" if verdict is not None and verdict.in_incident else ""
            parts.append(f"{name} {_fmt(sample.values[name])}{spec(name).unit}{mark}")
    return "  ".join(parts)


# --------------------------------------------------------------------------- formatting
def _iso(ts: float, *, local: bool = False) -> str:
    if local:
        return datetime.fromtimestamp(ts).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def _round(value: float) -> float:
    return float(f"{value:.6g}")


def _fmt(value: float) -> str:
    if value == int(value) and abs(value) < 1e9:
        return str(int(value))
    return f"{value:.3g}" if abs(value) < 100 else f"{value:.1f}"


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
