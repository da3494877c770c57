"""The monitor's anomaly detector (:class:`aishell.services.monitor.Detector`) on generated series:
a daily cycle with noise raises nothing, a level shift and a spike raise one alert each and an
"ended" alert when they are over, a lone outlier raises nothing, and the direction that matters
is the metric's.  Also the rates made of counters and the checks of the settings."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import pytest

from aishell.config import MonitorSettings
from aishell.errors import ConfigError, UsageError
from aishell.services.monitor import (
    CACHE_HIT,
    LATENCY_MS,
    TPS,
    Alert,
    Detector,
    DetectorSettings,
    Reading,
    Verdict,
    check_webhook,
    detector_settings,
    parse_since,
    rates,
    shown_url,
)

MINUTE = 60.0
DAY = 86400.0
START = 1_767_571_200.0  # a Monday, 00:00 UTC


def load(ts: float) -> float:
    """A daily cycle: 0.1 at 03:00, 1.0 at 15:00 (UTC)."""
    hour = (ts % DAY) / 3600
    return 0.55 - 0.45 * math.cos(2 * math.pi * (hour - 3) / 24)


def tps_at(ts: float, rng: random.Random) -> float:
    return (5 + 400 * load(ts)) * rng.lognormvariate(0, 0.06)


def replay(
    detector: Detector,
    days: float,
    *,
    metric: str = TPS,
    value: object = tps_at,
    change: dict[int, float] | None = None,
    seed: int = 7,
) -> list[tuple[int, Verdict]]:
    """Feed ``days`` of per-minute points of ``metric``; ``change``: minute -> factor applied."""
    rng = random.Random(seed)
    out = []
    for minute in range(int(days * 1440)):
        ts = START + minute * MINUTE
        v = value(ts, rng)  # type: ignore[operator]
        v *= (change or {}).get(minute, 1.0)
        out.append((minute, detector.feed(ts, metric, v)))
    return out


def alerts(verdicts: list[tuple[int, Verdict]]) -> list[tuple[int, Alert]]:
    return [(m, v.alert) for m, v in verdicts if v.alert is not None]


def at(day: int, hour: float) -> int:
    """The minute of ``hour`` on ``day`` (0 = the first day)."""
    return int(day * 1440 + hour * 60)


def test_the_daily_cycle_raises_nothing_and_the_profile_takes_over() -> None:
    detector = Detector(utc_offset=0)
    verdicts = replay(detector, 5)
    assert alerts(verdicts) == []
    sources = {v.baseline.source for m, v in verdicts if m >= at(3, 0) and v.baseline is not None}
    assert sources == {"profile"}  # from the fourth day: the same hour on three previous days
    early = {v.baseline.source for m, v in verdicts if at(0, 2) <= m < at(1, 0) and v.baseline is not None}
    assert early == {"recent"}
    # the profile follows the cycle: at 15:00 the expected value is far above the one at 03:00
    peak, trough = (
        detector.baseline(TPS, START + 4 * DAY + 15 * 3600),
        detector.baseline(TPS, START + 4 * DAY + 3 * 3600),
    )
    assert peak is not None and trough is not None and peak.median > 5 * trough.median


def test_a_level_shift_raises_one_alert_and_one_ended() -> None:
    begin, minutes = at(4, 10), 60
    change = {m: 2.5 for m in range(begin, begin + minutes)}
    change[begin + 30] = change[begin + 31] = 1.0  # two normal minutes do not end it (clear = 5)
    verdicts = replay(Detector(utc_offset=0), 5, change=change)
    raised = alerts(verdicts)
    assert [a.event for _, a in raised] == ["anomaly", "ended"]
    (first_at, first), (end_at, ended) = raised
    settings = DetectorSettings()
    assert begin <= first_at < begin + settings.consecutive + 2
    assert first.metric == TPS and first.direction == "high" and first.z > settings.threshold
    assert first.started == START + begin * MINUTE
    assert "previous days" in first.baseline
    assert begin + minutes <= end_at <= begin + minutes + settings.clear + 2
    assert ended.started == first.started and ended.samples >= minutes - 4
    assert "ENDED tps" in ended.message() and ended.to_dict()["duration_s"] >= minutes * 60
    # while it lasted, every minute of it was inside the incident
    inside = [v.in_incident for m, v in verdicts if first_at <= m < begin + minutes]
    assert not verdicts[begin + 30][1].anomalous
    assert all(inside)


def test_a_spike_is_caught_and_a_lone_outlier_is_not() -> None:
    spike, outlier = at(4, 16), at(3, 11)
    change = {m: 4.0 for m in range(spike, spike + 4)}
    change[outlier] = 6.0
    raised = alerts(replay(Detector(utc_offset=0), 5, change=change))
    assert [(a.event, a.direction) for _, a in raised] == [("anomaly", "high"), ("ended", "high")]
    assert spike <= raised[0][0] <= spike + 4


def test_a_drop_in_tps_is_caught_and_a_better_cache_hit_ratio_is_not() -> None:
    begin = at(4, 14)
    drop = {m: 0.2 for m in range(begin, begin + 20)}
    raised = alerts(replay(Detector(utc_offset=0), 5, change=drop))
    assert raised and raised[0][1].direction == "low"

    def cache(ts: float, rng: random.Random) -> float:
        return 95.0 + rng.gauss(0, 0.1)

    better = {m: 1.04 for m in range(begin, begin + 30)}  # 95% -> 98.8%: good news
    assert alerts(replay(Detector(utc_offset=0), 5, metric=CACHE_HIT, value=cache, change=better)) == []
    worse = {m: 0.96 for m in range(begin, begin + 30)}  # 95% -> 91.2%
    raised = alerts(replay(Detector(utc_offset=0), 5, metric=CACHE_HIT, value=cache, change=worse))
    assert [a.event for _, a in raised] == ["anomaly", "ended"] and raised[0][1].direction == "low"


def test_without_history_the_recent_window_catches_a_shift() -> None:
    begin = at(0, 13)
    change = {m: 3.0 for m in range(begin, begin + 15)}
    raised = alerts(
        replay(
            Detector(utc_offset=0),
            0.7,
            metric=LATENCY_MS,
            value=lambda ts, r: 2.0 * r.lognormvariate(0, 0.08),
            change=change,
        )
    )
    assert raised and raised[0][1].event == "anomaly" and "last 60 min" in raised[0][1].baseline


def test_a_flat_series_needs_more_than_its_floor() -> None:
    detector = Detector(replace(DetectorSettings(), consecutive=1), utc_offset=0)
    for minute in range(120):
        assert detector.feed(START + minute * MINUTE, "lock_waits", 0.0).alert is None
    assert detector.feed(START + 120 * MINUTE, "lock_waits", 1.0).alert is None  # one waiter: within the floor
    alert = detector.feed(START + 121 * MINUTE, "lock_waits", 15.0).alert
    assert alert is not None and alert.event == "anomaly" and alert.metric == "lock_waits"
    assert "lock_waits" in detector.open_incidents()


def test_a_stored_history_is_learned_without_alerts() -> None:
    detector = Detector(utc_offset=0)
    rng = random.Random(3)
    for minute in range(4 * 1440):
        ts = START + minute * MINUTE
        detector.learn(ts, TPS, tps_at(ts, rng))
    baseline = detector.baseline(TPS, START + 4 * DAY + 15 * 3600)
    assert baseline is not None and baseline.source == "profile" and baseline.days == 4


def test_rates_from_counters() -> None:
    before = Reading(100.0, {"xacts": 1000, "blocks_hit": 900, "blocks_read": 100, "stmt_calls": 10, "stmt_ms": 5})
    now = Reading(110.0, {"xacts": 1500, "blocks_hit": 1890, "blocks_read": 110, "stmt_calls": 30, "stmt_ms": 45,
                          "active_sessions": 3, "lock_waits": 1})  # fmt: skip
    out = rates(before, now)
    assert out == {TPS: 50.0, CACHE_HIT: 99.0, LATENCY_MS: 2.0, "active_sessions": 3, "lock_waits": 1}
    reset = Reading(120.0, {"xacts": 10, "blocks_hit": 5, "blocks_read": 0, "active_sessions": 2})
    assert rates(now, reset) == {"active_sessions": 2}  # counters went down: reset, no rate
    assert rates(None, now) == {"active_sessions": 3, "lock_waits": 1}


def test_settings_are_checked() -> None:
    assert detector_settings(MonitorSettings()) == DetectorSettings()
    with pytest.raises(ConfigError, match="threshold"):
        detector_settings(MonitorSettings(threshold=0))
    with pytest.raises(ConfigError, match="min_days"):
        detector_settings(MonitorSettings(min_days=9, profile_days=7))
    with pytest.raises(ConfigError, match="consecutive"):
        detector_settings(MonitorSettings(consecutive=0))
    with pytest.raises(UsageError) as caught:
        detector_settings(MonitorSettings(webhook="ftp://hooks.example.com/T0KEN-secret"))
    assert "T0KEN" not in str(caught.value)


def test_a_webhook_url_is_never_shown_whole() -> None:
    url = "https://user:pw@hooks.example.com:8443/services/T0KEN/abc?key=SECRET"
    assert check_webhook(url) == url
    shown = shown_url(url)
    assert shown == "https://hooks.example.com:8443/..."
    assert all(part not in shown for part in ("T0KEN", "SECRET", "pw", "user"))


def test_since() -> None:
    assert parse_since("30m", now=10_000.0) == 10_000.0 - 1800
    assert parse_since("2d", now=200_000.0) == 200_000.0 - 2 * DAY
    assert parse_since("2026-01-05T00:00:00+00:00") == START
    with pytest.raises(UsageError):
        parse_since("yesterday")
