"""Where aishell keeps its files, and the user's settings.

* ``config.toml`` in the user's config directory holds settings the user
  edits by hand (it is created, with comments, on first use, and never
  rewritten by the program);
* ``connections.toml`` beside it holds saved connections (written by
  ``aishell conn``; never a password);
* the data directory holds the state store (history) and the demo database.

``AISHELL_HOME`` puts both directories under one folder (used by tests and
by people who want a portable setup).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from aishell.errors import ConfigError

APP = "aishell"


def config_dir() -> Path:
    home = os.environ.get("AISHELL_HOME")
    if home:
        return Path(home) / "config"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP))


def data_dir() -> Path:
    home = os.environ.get("AISHELL_HOME")
    if home:
        return Path(home) / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP))


def config_path() -> Path:
    return Path(os.environ.get("AISHELL_CONFIG") or config_dir() / "config.toml")


DEFAULT_CONFIG = """\
# aishell configuration.  Every setting is optional: the defaults are good.
# This file is read at start-up and never rewritten by aishell.

[main]
# Statement timeout in seconds for every statement (0 = no timeout).
timeout = 0
# Ask before running destructive statements (DROP, TRUNCATE, DELETE/UPDATE
# without WHERE, ALTER ... DROP).  Scripts can pass --yes instead.
confirm_destructive = true
# Rows fetched from the server per round trip.
batch_size = 2000

[repl]
# Key bindings: "emacs" or "vi".
key_bindings = "emacs"
# Pager for results longer than the screen; empty to disable.
# The PAGER environment variable is used when this is not set.
pager = "less -SRXF"
# Table style: "psql", "grid", "unicode" or "plain".
table_style = "psql"
# Rows displayed per result; the rest are counted but not shown (0 = all).
display_limit = 1000
# How NULL is displayed.
null_string = "<null>"
# Lines of history kept per connection.
history_size = 10000
# Expanded (vertical) display: "off", "on" or "auto" (by terminal width).
expanded = "off"
# Show how long each statement took.
timing = true
# Pygments style for syntax highlighting (e.g. "monokai", "default", "native").
syntax_style = "native"
# Render results in colour.
colors = true

[ai]
# Natural-language questions (aishell ask, \\ask in the shell).
# Provider: "offline" (built in, no network), "anthropic", "openai" (any
# OpenAI-compatible server) or "ollama".  Also $AISHELL_PROVIDER.
# provider = "offline"
# Model name (default per provider).  Also $AISHELL_MODEL.
# model = ""
# Server URL for openai/ollama ($OPENAI_BASE_URL, $OLLAMA_HOST).
# base_url = ""
# Attempts to generate a valid query (the errors are sent back to the model).
max_attempts = 3
# Seconds to wait for the model per request.
timeout = 60
# API keys are read only from ANTHROPIC_API_KEY / OPENAI_API_KEY, never from this file.

[read_only]
# Read-only mode runs only functions on each engine's list of built-ins that only read.
# Add others a read may call (an extension's, your database's own), lower-case: you vouch
# that each only reads.  Functions that touch files, locks or server state cannot be added.
# functions = ["st_area", "st_distance"]

[explain]
# Thresholds of the plan lints (aishell explain, \\explain, the web's Plan tab, MCP's
# explain_query and ask's answers about slow queries).  The defaults:
# large_table_rows = 10000         # seq-scan: a table this large read whole is flagged
# selective_fraction = 0.1         # seq-scan: ... under a filter keeping at most this share
# estimate_factors = [10.0, 100.0, 1000.0]  # row-estimate: info, warning, critical (x off)
# estimate_min_rows = 100.0        # row-estimate: ignored when both figures are below this
# removed_ratio = 10.0             # rows-removed: a filter removed this many times the rows kept
# removed_min_rows = 1000.0        # rows-removed: ... and at least this many rows
# nested_loop_outer_rows = 10000.0 # nested-loop: an outer side this large is flagged
# wide_columns = 20                # select-star: this many columns is wide
# wide_bytes = 1000                # select-star: or rows this wide (bytes)
# deep_offset = 1000               # deep-offset: from this OFFSET on
# hottest = 3                      # how many nodes are marked hottest

[health]
# Thresholds of aishell health's checks (and MCP's health tool); each pair is
# the warning and the critical level.  See docs/health.md for every key.  E.g.:
# long_query_warning = 60          # seconds a statement has run
# idle_in_transaction_warning = 60 # seconds a transaction has stayed idle
# blocked_warning = 5              # seconds a session has waited for a lock

[roles]
# Roles for every face (CLI, shell, web tokens, MCP); see docs/security.md.  Built in: viewer,
# analyst, admin.  A saved connection's `role` is a ceiling; --role may only narrow it.
# default = "analyst"          # the role of a connection that binds none (unset: no role)
# [roles.reporting]
# extends = "viewer"
# tables = ["orders", "sales.*"]
# max_rows = 1000
# timeout = 30

[monitor]
# aishell monitor: sampling, history and the anomaly detector (docs/monitor.md).  The defaults:
# interval = 10.0        # seconds between samples
# keep_days = 8.0        # samples older than this are pruned
# keep_rows = 500000     # and at most this many rows per database
# threshold = 6.0        # robust z-score (|value - median| / (1.4826 MAD)) that is anomalous
# consecutive = 3        # anomalous samples in a row before an alert
# clear = 5              # normal samples in a row before the incident is over
# window = 3600.0        # seconds of recent samples: the baseline until the profile has days
# min_days = 3           # previous days with the same hour before the per-hour profile is used
# profile_days = 7       # how many previous days the profile reads
# webhook = ""           # URL that receives alerts as JSON (POST); may hold a token: keep it private
# log = ""               # file that receives alerts as JSON lines
"""


@dataclass
class MainSettings:
    timeout: float = 0
    confirm_destructive: bool = True
    batch_size: int = 2000


@dataclass
class ReplSettings:
    key_bindings: str = "emacs"
    pager: str = "less -SRXF"
    table_style: str = "psql"
    display_limit: int = 1000
    null_string: str = "<null>"
    history_size: int = 10000
    expanded: str = "off"
    timing: bool = True
    syntax_style: str = "native"
    colors: bool = True


@dataclass
class AISettings:
    provider: str = ""
    model: str = ""
    base_url: str = ""
    max_attempts: int = 3
    timeout: float = 60


@dataclass
class ReadOnlySettings:
    functions: list[str] = field(default_factory=list)


@dataclass
class ExplainSettings:
    """``[explain]``: the plan lints' thresholds (:mod:`aishell.services.explain` reads them as
    its ``LintSettings``)."""

    large_table_rows: int = 10_000  # seq-scan: a table this large is worth an index
    selective_fraction: float = 0.1  # seq-scan: a filter keeping at most this share of rows is selective
    estimate_factors: tuple[float, float, float] = (10.0, 100.0, 1000.0)  # row-estimate: info, warning, critical
    estimate_min_rows: float = 100.0  # row-estimate: ignore errors where both figures are below this
    removed_ratio: float = 10.0  # rows-removed: removed >= this many times the rows kept
    removed_min_rows: float = 1_000.0  # rows-removed: and at least this many rows
    nested_loop_outer_rows: float = 10_000.0  # nested-loop: outer rows from which it is flagged
    wide_columns: int = 20  # select-star: this many columns is wide
    wide_bytes: int = 1_000  # select-star: or rows this wide (the planner's width estimate)
    deep_offset: int = 1_000  # deep-offset: from this OFFSET on
    hottest: int = 3  # how many nodes are marked hottest


@dataclass
class HealthSettings:
    """``[health]``: the thresholds of ``aishell health`` (:mod:`aishell.services.health` checks
    their ranges).  ``X_warning``/``X_critical`` pairs; percentages are 0-100, times in seconds."""

    long_query_warning: float = 60.0  # seconds a statement has been running
    long_query_critical: float = 600.0
    idle_in_transaction_warning: float = 60.0  # seconds a transaction has been idle
    idle_in_transaction_critical: float = 600.0
    blocked_warning: float = 5.0  # seconds a session has waited for a lock
    blocked_critical: float = 60.0
    connections_warning: float = 80.0  # % of the connections the server allows
    connections_critical: float = 95.0
    cache_hit_warning: float = 99.0  # % of reads served from memory (below it)
    cache_hit_critical: float = 95.0
    cache_min_reads: float = 10_000.0  # block reads counted before the ratio is judged
    sequence_warning: float = 75.0  # % of a sequence's or AUTO_INCREMENT column's range used
    sequence_critical: float = 90.0
    wraparound_warning: float = 50.0  # % of the 2^31 transaction IDs before wraparound
    wraparound_critical: float = 75.0
    dead_rows_warning: float = 20.0  # % of a table's rows that are dead (autovacuum lag)
    dead_rows_critical: float = 50.0
    dead_rows_min: float = 10_000.0  # dead rows a table needs before it is judged
    bloat_warning: float = 50.0  # % of a table's or index's estimated size that is bloat
    bloat_critical: float = 80.0
    bloat_min_bytes: float = 10_485_760.0  # bytes of bloat before it is reported
    unused_index_min_bytes: float = 0.0  # smaller unused indexes are not reported
    replication_lag_warning: float = 30.0  # seconds a replica is behind
    replication_lag_critical: float = 300.0
    free_pages_warning: float = 25.0  # % of a database file's pages that are free
    free_pages_critical: float = 50.0
    free_pages_min: float = 100.0  # free pages a file needs before it is judged
    wal_bytes_warning: float = 268_435_456.0  # DuckDB: bytes in the write-ahead log
    wal_bytes_critical: float = 1_073_741_824.0
    memory_warning: float = 80.0  # DuckDB: % of memory_limit in use
    memory_critical: float = 95.0


@dataclass
class MonitorSettings:
    """``[monitor]``: ``aishell monitor``'s sampling, history and detector
    (:func:`aishell.services.monitor.detector_settings` checks their ranges)."""

    interval: float = 10.0  # seconds between samples
    keep_days: float = 8.0  # samples older than this are pruned
    keep_rows: int = 500_000  # and at most this many rows per database
    threshold: float = 6.0  # robust z-score from which a sample is anomalous
    consecutive: int = 3  # anomalous samples in a row before an alert
    clear: int = 5  # normal samples in a row before an incident ends
    window: float = 3600.0  # seconds of recent samples: the baseline before the profile has days
    min_days: int = 3  # previous days with samples in the same hour before the profile is used
    profile_days: int = 7  # previous days the per-hour profile reads
    min_points: int = 20  # samples a baseline needs
    webhook: str = ""  # URL that receives alerts (JSON POST)
    webhook_timeout: float = 5.0  # seconds per attempt
    webhook_retries: int = 2  # attempts after the first
    log: str = ""  # file that receives alerts (JSON lines)


#: the built-in roles' settings (``[roles.NAME] extends`` starts from one of these or a custom role)
BUILTIN_ROLE_SPECS: dict[str, dict[str, Any]] = {
    "viewer": {"classes": ["read"], "ask_writes": False, "confirm_writes": False},
    "analyst": {"classes": ["read", "write"], "ask_writes": True, "confirm_writes": True},
    "admin": {"classes": ["read", "write", "ddl", "admin"], "ask_writes": True, "confirm_writes": False},
}
_ROLE_CLASSES = ("read", "write", "ddl", "admin")
_ROLE_LISTS = ("classes", "schemas", "tables", "deny_schemas", "deny_tables")
_ROLE_FLAGS = ("ask_writes", "confirm_writes", "confirm_destructive")
_ROLE_NAME = r"^[A-Za-z][A-Za-z0-9_-]{0,62}$"


@dataclass
class RoleSettings:
    """``[roles]``: ``default`` (the role of a connection that binds none; "" = no role: the
    user's own shell, unrestricted but for --read-only) and ``[roles.NAME]`` custom roles,
    each flattened over what it ``extends`` (:func:`aishell.services.roles.role_named` builds them)."""

    default: str = ""
    custom: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Settings:
    main: MainSettings = field(default_factory=MainSettings)
    repl: ReplSettings = field(default_factory=ReplSettings)
    ai: AISettings = field(default_factory=AISettings)
    read_only: ReadOnlySettings = field(default_factory=ReadOnlySettings)
    explain: ExplainSettings = field(default_factory=ExplainSettings)
    health: HealthSettings = field(default_factory=HealthSettings)
    monitor: MonitorSettings = field(default_factory=MonitorSettings)
    roles: RoleSettings = field(default_factory=RoleSettings)
    raw: dict[str, Any] = field(default_factory=dict)


def _fill(target: Any, values: dict[str, Any], section: str) -> None:
    known = {f.name: f for f in fields(target)}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{config_path()}: unknown setting [{section}] {key}")
        current = getattr(target, key)
        expected = type(current)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(
                f"{config_path()}: [{section}] {key} must be {expected.__name__}, not {type(value).__name__}"
            )
        setattr(target, key, value)


#: the last text of config.toml parsed and its tables: a command that asks for the settings
#: several times parses the file once (each caller gets its own copy of the tables)
_parsed: tuple[str, dict[str, Any]] | None = None


def _parse(path: Path) -> dict[str, Any]:
    global _parsed
    import copy
    import tomllib  # (only when there is a file to read)

    try:
        text = path.read_text(encoding="utf-8")
        if _parsed is None or _parsed[0] != text:
            _parsed = (text, tomllib.loads(text))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    return copy.deepcopy(_parsed[1])


def load_settings(create: bool = False) -> Settings:
    """Read ``config.toml``.  With ``create``, write the commented default first."""
    path = config_path()
    if not path.exists():
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                path.write_text(DEFAULT_CONFIG, encoding="utf-8")
            except OSError:
                pass
        return Settings()
    data = _parse(path)
    settings = Settings(raw=data)
    for section in ("main", "repl", "ai", "read_only"):
        values = data.get(section, {})
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: [{section}] must be a table")
        _fill(getattr(settings, section), values, section)
    _fill(settings.explain, _explain_values(data.get("explain", {})), "explain")
    health = data.get("health", {})
    if not isinstance(health, dict):
        raise ConfigError(f"{path}: [health] must be a table")
    _fill(settings.health, health, "health")
    monitor = data.get("monitor", {})
    if not isinstance(monitor, dict):
        raise ConfigError(f"{path}: [monitor] must be a table")
    _fill(settings.monitor, monitor, "monitor")
    settings.roles = _role_settings(data.get("roles", {}))
    return settings


def _role_settings(values: Any) -> RoleSettings:
    """``[roles]`` checked: names, keys and types, ``extends`` of a known role and no cycle;
    each custom role flattened over what it extends."""
    import re

    where = f"{config_path()}: [roles]"
    if not isinstance(values, dict):
        raise ConfigError(f"{where} must be a table")
    default = values.get("default", "")
    if not isinstance(default, str):
        raise ConfigError(f"{where} default must be a role name (a string)")
    raw = {k: v for k, v in values.items() if k != "default"}
    for name, spec in raw.items():
        if not isinstance(spec, dict):
            raise ConfigError(f"{where} {name} must be a table ([roles.{name}])")
        if not re.match(_ROLE_NAME, name):
            raise ConfigError(f"{config_path()}: [roles.{name}]: bad role name (letters, digits, '_' and '-')")
        if name in BUILTIN_ROLE_SPECS:
            raise ConfigError(f"{config_path()}: [roles.{name}]: {name} is a built-in role and cannot be redefined")
        _check_role_keys(name, spec)
    flat: dict[str, dict[str, Any]] = {}

    def resolve(name: str, chain: tuple[str, ...]) -> dict[str, Any]:
        if name in BUILTIN_ROLE_SPECS:
            return dict(BUILTIN_ROLE_SPECS[name])
        if name in flat:
            return dict(flat[name])
        if name in chain:
            raise ConfigError(f"{config_path()}: [roles.{chain[0]}] extends: a cycle ({' -> '.join([*chain, name])})")
        spec = raw[name]
        parent = spec.get("extends", "viewer")
        if parent not in BUILTIN_ROLE_SPECS and parent not in raw:
            known = ", ".join([*BUILTIN_ROLE_SPECS, *raw])
            raise ConfigError(f"{config_path()}: [roles.{name}] extends: unknown role {parent!r} (known: {known})")
        out = resolve(parent, (*chain, name))
        out.update({k: v for k, v in spec.items() if k != "extends"})
        flat[name] = out
        return dict(out)

    for name in raw:
        resolve(name, ())
    if default and default not in BUILTIN_ROLE_SPECS and default not in flat:
        known = ", ".join([*BUILTIN_ROLE_SPECS, *flat])
        raise ConfigError(f"{where} default: unknown role {default!r} (known: {known})")
    return RoleSettings(default, flat)


def _check_role_keys(name: str, spec: dict[str, Any]) -> None:
    where = f"{config_path()}: [roles.{name}]"
    for key, value in spec.items():
        if key == "extends":
            if not isinstance(value, str):
                raise ConfigError(f"{where} extends must be a role name (a string)")
        elif key in _ROLE_LISTS:
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ConfigError(f"{where} {key} must be a list of names")
            if key == "classes" and not set(value) <= set(_ROLE_CLASSES):
                bad = ", ".join(sorted(set(value) - set(_ROLE_CLASSES)))
                raise ConfigError(f"{where} classes: unknown class {bad} (choose from {', '.join(_ROLE_CLASSES)})")
        elif key in _ROLE_FLAGS:
            if not isinstance(value, bool):
                raise ConfigError(f"{where} {key} must be true or false")
        elif key == "max_rows":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"{where} max_rows must be a whole number of at least 1")
        elif key == "timeout":
            if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{where} timeout must be a number of seconds above 0")
        else:
            keys = ", ".join(("extends", *_ROLE_LISTS, "max_rows", "timeout", *_ROLE_FLAGS))
            raise ConfigError(f"{where}: unknown key {key} (known: {keys})")


def _explain_values(values: Any) -> dict[str, Any]:
    """``[explain]`` checked beyond its types: no negative threshold, ``estimate_factors`` a list
    of three increasing numbers (made a tuple, as the dataclass keeps it)."""
    where = f"{config_path()}: [explain]"
    if not isinstance(values, dict):
        raise ConfigError(f"{where} must be a table")
    out = dict(values)
    for key, value in values.items():
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
            raise ConfigError(f"{where} {key} must not be negative")
    factors = values.get("estimate_factors")
    if factors is not None:
        numbers = isinstance(factors, list) and all(
            isinstance(f, int | float) and not isinstance(f, bool) and f >= 1 for f in factors
        )
        if not numbers or len(factors) != 3 or sorted(factors) != factors:
            raise ConfigError(f"{where} estimate_factors must be three increasing numbers of at least 1")
        out["estimate_factors"] = tuple(float(f) for f in factors)
    return out
