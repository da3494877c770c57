"""Roles: which role a caller runs under, on which connection, in every face.

The role itself (:class:`~aishell.services.policy.Role`) and its policy live in
:mod:`aishell.services.policy`; this module builds roles from the user's ``[roles]`` settings
(:class:`aishell.config.RoleSettings`) and applies the binding rules:

* a saved connection's ``role`` (``connections.toml``) is a **ceiling**: a role asked for
  (``--role``, a web token's, an MCP server's ``--role``) is narrowed to it
  (:meth:`Role.narrow`), never widened;
* a connection that binds no role runs under the role asked for, else ``[roles] default``,
  else none (the user's own shell: the policy the face builds, e.g. ``--read-only``).

Faces only name the role; the session enforces it (:class:`aishell.services.session.Session`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aishell.errors import ConfigError
from aishell.services.policy import BUILTIN_ROLES, Role, Scope

if TYPE_CHECKING:
    from aishell.config import Settings


def _settings(settings: Settings | None) -> Settings:
    if settings is not None:
        return settings
    from aishell.config import load_settings

    return load_settings()


def role_names(settings: Settings | None = None) -> list[str]:
    """Every role a caller may name: the built-ins, then the custom ones."""
    return [*BUILTIN_ROLES, *_settings(settings).roles.custom]


def role_named(name: str, settings: Settings | None = None) -> Role:
    """The built-in or custom role ``name``; :class:`ConfigError` if there is none."""
    found = BUILTIN_ROLES.get(name)
    if found is not None:
        return found
    spec = _settings(settings).roles.custom.get(name)
    if spec is None:
        raise ConfigError(f"unknown role {name!r} (known: {', '.join(role_names(settings))})")
    return role_from_spec(name, spec)


def role_from_spec(name: str, spec: dict[str, Any]) -> Role:
    """A role from its flattened ``[roles.NAME]`` settings (checked by :mod:`aishell.config`)."""

    def names(key: str) -> tuple[str, ...] | None:
        value = spec.get(key)
        return None if value is None else tuple(value)

    scope = Scope(names("schemas"), names("tables"), names("deny_schemas") or (), names("deny_tables") or ())
    timeout = spec.get("timeout")
    return Role(
        name,
        frozenset(spec.get("classes", ())),
        (scope,) if scope.restricts else (),
        max_rows=spec.get("max_rows"),
        timeout=float(timeout) if timeout is not None else None,
        ask_writes=bool(spec.get("ask_writes", False)),
        confirm_writes=bool(spec.get("confirm_writes", False)),
        confirm_destructive=bool(spec.get("confirm_destructive", True)),
    )


def effective_role(requested: str | None, bound: str | None, settings: Settings | None = None) -> Role | None:
    """The role a session runs under: ``requested`` (``--role``, a token's, an MCP server's)
    narrowed to the connection's ``bound`` role; without a request the bound role, else the
    configured default; None when none applies."""
    settings = _settings(settings)
    ceiling = role_named(bound, settings) if bound else None
    if requested:
        asked = role_named(requested, settings)
        return ceiling.narrow(asked) if ceiling is not None else asked
    if ceiling is not None:
        return ceiling
    default = settings.roles.default
    return role_named(default, settings) if default else None
