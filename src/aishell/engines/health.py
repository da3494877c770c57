"""Health checks as an engine declares them: the model of ``engines/<e>/health.py``.

Each engine that has checks holds one :class:`HealthRules` (``HEALTH``) in its own
``health.py``, reached through its dialect (``dialect_of(x).health``); an engine without one
gets :data:`NO_CHECKS`.  A :class:`Check` is read statements (the catalogue's SQL, run by
:mod:`aishell.services.health` through the session's gate) and a function that turns their
rows and the user's thresholds into :class:`Problem`\\ s: what was found, naming the objects or
sessions, and the SQL that would fix it (never run by health).

Checks that need nothing but the catalog (foreign keys without an index, duplicate indexes,
unused indexes from :meth:`Connection.index_usage`) are the service's; an engine lists the ones
that apply to it in :attr:`HealthRules.catalog_checks`.

No driver is imported here or in an engine's ``health.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

OK, INFO, WARNING, CRITICAL = "ok", "info", "warning", "critical"
#: from best to worst
SEVERITIES = (OK, INFO, WARNING, CRITICAL)
RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

#: the catalog checks the service knows (an engine lists those that apply to it)
FK_WITHOUT_INDEX = "fk_without_index"
REDUNDANT_INDEXES = "redundant_indexes"
UNUSED_INDEXES = "unused_indexes"


def worst(severities: Iterable[str]) -> str:
    """The worst of ``severities`` (``ok`` for none)."""
    return max(severities, key=lambda s: RANK[s], default=OK)


@dataclass(frozen=True)
class Problem:
    """One thing a check found: its ``severity``, what was ``found`` (one line naming the object
    or session), the ``object`` it is about, and the SQL that would ``fix`` it (None: no SQL does)."""

    severity: str
    found: str
    fix: str | None = None
    object: str | None = None


@dataclass
class Reading:
    """What a check's ``evaluate`` gets: the rows of each of its statements (dicts keyed by the
    lower-case column name), the thresholds (``[health]`` settings by name) and the engine's
    identifier quoting."""

    rows: list[list[dict[str, Any]]]
    limits: Mapping[str, float]
    quote: Callable[[str], str] = field(default=lambda name: f'"{name}"')

    @property
    def first(self) -> list[dict[str, Any]]:
        return self.rows[0] if self.rows else []

    def grade(self, value: float | None, key: str, *, lower_is_worse: bool = False) -> str | None:
        """``warning`` or ``critical`` when ``value`` reaches ``<key>_warning`` or ``<key>_critical``
        (falls to them, with ``lower_is_worse``); None when it is fine or unknown."""
        if value is None:
            return None
        warn, crit = self.limits[f"{key}_warning"], self.limits[f"{key}_critical"]
        if lower_is_worse:
            return CRITICAL if value <= crit else WARNING if value <= warn else None
        return CRITICAL if value >= crit else WARNING if value >= warn else None

    def qualified(self, schema: str | None, name: str) -> str:
        """``schema.name``, each part quoted for the engine."""
        return f"{self.quote(schema)}.{self.quote(name)}" if schema else self.quote(name)


Evaluate = Callable[[Reading], list[Problem]]


@dataclass(frozen=True)
class Check:
    """One check of an engine's catalogue.

    ``sql``: the read statements it runs (each one statement; their rows go to ``evaluate`` in
    order); ``settings``: the ``[health]`` threshold names it reads (``long_query`` stands for
    ``long_query_warning`` and ``long_query_critical``), for ``aishell health --list``."""

    id: str
    title: str
    why: str
    sql: tuple[str, ...]
    evaluate: Evaluate
    settings: tuple[str, ...] = ()


@dataclass(frozen=True)
class HealthRules:
    """An engine's catalogue: its own checks, and the catalog checks of the service that apply."""

    checks: tuple[Check, ...] = ()
    catalog_checks: tuple[str, ...] = ()

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.checks] + list(self.catalog_checks)


NO_CHECKS = HealthRules()


# --------------------------------------------------------------------------- helpers for engines
def number(value: Any) -> float | None:
    """A numeric value of a catalog row (text, Decimal, int ...) as a float; None when it is not one."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def seconds(value: float | None) -> str:
    """A duration for people: ``42 s``, ``12 min``, ``3.5 h``, ``2.1 days``."""
    if value is None:
        return "an unknown time"
    if value < 120:
        return f"{value:.0f} s"
    if value < 7200:
        return f"{value / 60:.0f} min"
    if value < 172800:
        return f"{value / 3600:.1f} h"
    return f"{value / 86400:.1f} days"


def size(value: float | None) -> str:
    """Bytes for people."""
    if value is None:
        return "an unknown size"
    amount = float(value)
    for unit in ("bytes", "kB", "MB", "GB", "TB"):
        if abs(amount) < 1024 or unit == "TB":
            return f"{amount:.0f} {unit}" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{value} bytes"  # pragma: no cover


def short(text: Any, width: int = 80) -> str:
    """A statement's text on one line, cut to ``width`` characters."""
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


@dataclass
class Waiter:
    """A session in a lock graph: who it is (``label``), how long it has waited (None: it does not
    wait) and the sessions it waits for."""

    id: Any
    label: str
    waited: float | None = None
    blockers: Sequence[Any] = ()


def lock_chains(sessions: Mapping[Any, Waiter]) -> list[tuple[Waiter, list[Waiter]]]:
    """The lock chains: each root blocker (a session that blocks others and waits for nobody in
    the graph) with every session that waits behind it, directly or down a chain, longest wait
    first.  A cycle (a deadlock not yet broken) is reported from its lowest id."""
    behind: dict[Any, list[Waiter]] = {}
    for waiter in sessions.values():
        if waiter.waited is None or not waiter.blockers:
            continue
        for root in _roots(waiter, sessions):
            if root != waiter.id:  # (the lowest id of a cycle is its root)
                behind.setdefault(root, []).append(waiter)
    out = []
    for root_id, waiting in behind.items():
        root = sessions.get(root_id) or Waiter(root_id, f"session {root_id}")
        waiting.sort(key=lambda w: -(w.waited or 0))
        out.append((root, waiting))
    out.sort(key=lambda item: -(item[1][0].waited or 0))
    return out


def _roots(start: Waiter, sessions: Mapping[Any, Waiter]) -> list[Any]:
    roots: list[Any] = []
    seen = {start.id}
    todo = list(start.blockers)
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        found = sessions.get(current)
        if found is None or not found.blockers:
            roots.append(current)
        else:
            todo.extend(found.blockers)
    if not roots:  # a cycle: every session waits
        roots.append(min(seen, key=str))
    return roots
