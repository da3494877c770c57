"""The session factory: one place that turns "which database" into a :class:`Session`.

Every face builds its sessions here (the CLI's commands, the REPL, and the web and MCP
servers), so a session gets the user's settings the same way everywhere: the statement
timeout, the destructive-statement policy, the batch size, the history store.  A face
passes only what is its own: how it asks the user (``confirm``, ``password_prompt``),
the source recorded in history, and its overrides (read-only, timeout, policy).

Nothing here touches the terminal or click: prompts are callables the face supplies.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aishell.config import Settings
    from aishell.connections import Target
    from aishell.services.policy import Policy
    from aishell.services.session import Session

#: ``confirm(question, reasons) -> bool``: asked before a statement that needs a yes
ConfirmFn = Callable[[str, list[str]], bool]
#: ``password_prompt(prompt) -> str | None``: asked when a login needs a password
PasswordFn = Callable[[str], str | None]


def make_session(
    db: str | Target | None,
    *,
    read_only: bool = False,
    timeout: float | None = None,
    source: str = "cli",
    create: bool = False,
    confirm: ConfirmFn | None = None,
    password_prompt: PasswordFn | None = None,
    policy: Policy | None = None,
    settings: Settings | None = None,
    catalog_connection: bool | None = None,
    connect_retries: int = 2,
    role: str | None = None,
) -> Session:
    """Resolve ``db`` (a URL, a saved name, a resolved target, or None for the default)
    and build a session with the user's settings.

    ``create``: a SQLite or DuckDB file that does not exist is made (``?create=1``); without
    it that is an error, so a typo never opens an empty database.  ``timeout``: None means
    the configured one.  ``policy``: default, the user's (``confirm_destructive``).
    ``catalog_connection``: read the catalog on a second connection (default: only for
    the REPL, whose refresher runs beside the user's statements).  ``connect_retries``: attempts
    again after a refused or failed connection (0.25 s, then 0.5 s later): a long-lived face
    rides out a server's restart; a one-shot command fails at once, as ``psql`` does.  Typed
    statements are classified through the state store's cache (:mod:`aishell.sql.cache`): a
    statement run before, with the same code and settings, needs no parser.  ``role``: the
    role asked for (``--role``); the session runs under it narrowed to the role the saved
    connection binds, else the connection's, else ``[roles] default``, else none
    (:func:`aishell.services.roles.effective_role`)."""
    from aishell.config import load_settings
    from aishell.connections import Target, resolve
    from aishell.services.policy import Policy
    from aishell.services.session import Session
    from aishell.state import StateStore

    settings = settings if settings is not None else load_settings()
    target = db if isinstance(db, Target) else resolve(db)
    if create and target.url.is_file and not target.url.create:
        target = dataclasses.replace(target, url=target.url.with_param("create", "1"))
    effective_timeout = timeout if timeout is not None else (settings.main.timeout or None)
    in_force = None
    if role or target.role or settings.roles.default:
        from aishell.services.roles import effective_role

        in_force = effective_role(role, target.role, settings)
    if in_force is not None and policy is None:
        policy = in_force.policy(lock_limits=True)
    return Session(
        target,
        read_only=read_only or target.read_only,
        timeout=effective_timeout,
        policy=policy if policy is not None else Policy(confirm_destructive=settings.main.confirm_destructive),
        state=StateStore(),
        source=source,
        confirm=confirm,
        password_prompt=password_prompt,
        batch_size=settings.main.batch_size,
        catalog_connection=source == "repl" if catalog_connection is None else catalog_connection,
        cache_classifications=True,
        connect_retries=connect_retries,
        role=in_force,
    )
