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
import tomllib
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
class Settings:
    main: MainSettings = field(default_factory=MainSettings)
    repl: ReplSettings = field(default_factory=ReplSettings)
    ai: AISettings = field(default_factory=AISettings)
    read_only: ReadOnlySettings = field(default_factory=ReadOnlySettings)
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


def load_settings(create: bool = False) -> Settings:
    """Read ``config.toml``.  With ``create``, write the commented default first."""
    path = config_path()
    if not path.exists():
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(DEFAULT_CONFIG, encoding="utf-8")
            except OSError:
                pass
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    settings = Settings(raw=data)
    for section in ("main", "repl", "ai", "read_only"):
        values = data.get(section, {})
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: [{section}] must be a table")
        _fill(getattr(settings, section), values, section)
    return settings
