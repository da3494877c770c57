"""Watching the server from the shell: ``\\health``, ``\\slow``, ``\\activity`` (``\\top``),
``\\cancel`` and ``\\terminate``.

Each calls the service ``aishell health``, ``aishell slow`` and ``aishell top`` call
(:mod:`aishell.services.health`, :mod:`aishell.services.workload`,
:mod:`aishell.services.activity`) on the shell's own session, so its read-only mode, its
statement timeout and its gate apply; the text is the CLI's (:mod:`aishell.output.health`,
:mod:`aishell.output.slow`) and the dashboard's (:mod:`aishell.tui.view`, no Textual).  With
``\\T json`` (or ``jsonl``) they print the CLI's ``--format json`` document instead.
Cancelling or terminating a session is a destructive administrative statement: the gate refuses
it in read-only mode and otherwise asks the shell's usual question first (``--yes`` answers).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from typing import TYPE_CHECKING, Any

from aishell.errors import UsageError
from aishell.repl.registry import command

if TYPE_CHECKING:
    from aishell.repl.registry import Shell
    from aishell.services.activity import Activity

#: what ``\slow`` takes: an order (the CLI's ``--order``) and how many statements (``--top``)
_SLOW_USAGE = "usage: \\slow [total|mean|calls|rows] [N]"
#: the blocking tree's lines in a snapshot (the dashboard shows 6)
_TREE_LINES = 40


def _write(repl: Shell, text: str, doc: dict[str, Any]) -> None:
    """``text``, or ``doc`` as the CLI's JSON when the output format is json or jsonl."""
    out = repl._out()
    try:
        if repl.fmt in ("json", "jsonl"):
            out.write(json.dumps(doc, indent=2, default=str) + "\n")
        else:
            out.write(text + "\n")
    finally:
        repl._done(out)


# --------------------------------------------------------------------------- health
@command("\\health", args="[CHECK ...]", help="the database's health checks (ids: aishell health --list)")
def _health(repl: Shell, typed: str, arg: str) -> None:
    from aishell.output.health import render
    from aishell.services.health import check_health

    report = check_health(repl.session, checks=arg.replace(",", " ").split() or None, settings=repl.settings.health)
    _write(repl, render(report), report.to_dict())


# --------------------------------------------------------------------------- slow
def _slow_args(arg: str) -> tuple[str, int]:
    from aishell.output.slow import ORDERS

    order, top = "total", 20
    for word in arg.lower().split():
        if word in ORDERS:
            order = word
        elif word.isdigit() and int(word) > 0:
            top = int(word)
        else:
            raise UsageError(f"{_SLOW_USAGE} (not {word!r})")
    return order, top


@command("\\slow", args="[total|mean|calls|rows] [N]", help="the statements the server recorded, costliest first")
def _slow(repl: Shell, typed: str, arg: str) -> None:
    from aishell.output.slow import render
    from aishell.services.workload import slow

    order, top = _slow_args(arg)
    found = slow(repl.session, top=top, order=order)
    _write(repl, render(found, order), {"order": order, "statements": [s.to_dict() for s in found]})


# --------------------------------------------------------------------------- activity
def render_activity(activity: Activity, *, width: int, mode: str = "") -> str:
    """One snapshot as ``aishell top`` draws it, without the sparklines (one reading has no
    rate): the header, the sessions (longest first, blocked ones ahead), the blocking tree and
    what could not be read.  The shell's own session is left out, as the dashboard does, and
    named at the end."""
    from aishell.tui import view

    if not activity.supported:
        return "\n".join(activity.notes)
    own = [s.id for s in activity.sessions if s.own]
    others = dataclasses.replace(activity, sessions=[s for s in activity.sessions if not s.own])
    cols, table = view.rows(others, width=width)
    lines = [view.header(others, width=width, mode=mode), "", view.labels(cols).rstrip()]
    lines += ["".join(f" {cell.ljust(c.width)} " for cell, c in zip(cells, cols, strict=True)).rstrip()
              for _key, cells in table]  # fmt: skip
    if not table:
        lines.append(" (no other session)")
    blocking = view.tree(others, width=width, limit=_TREE_LINES)
    if blocking:
        lines += ["", "Blocking:", *blocking]
    if own:
        lines += ["", f"This shell is session {own[0]}."]
    lines += [f"note: {n}" for n in activity.notes]
    return "\n".join(lines)


@command("\\activity", "\\top", help="one snapshot of the server's sessions and lock chains (live: aishell top)")
def _activity(repl: Shell, typed: str, arg: str) -> None:
    from aishell.services.activity import snapshot

    if arg:
        raise UsageError(f"usage: {typed} (no argument; aishell top watches live)")
    found = snapshot(repl.session)
    width = shutil.get_terminal_size((100, 40)).columns
    mode = "read-only" if repl.session.read_only else ""
    _write(repl, render_activity(found, width=width, mode=mode), found.to_dict())


# --------------------------------------------------------------------------- acting
def _pid(typed: str, arg: str) -> int:
    if not arg.isdigit():
        raise UsageError(f"usage: {typed} PID (\\activity lists the sessions)")
    return int(arg)


def _act(repl: Shell, typed: str, arg: str, *, terminate: bool) -> None:
    """Through the gate: refused in read-only mode, else asked as a destructive statement is."""
    from aishell.services import activity

    pid = _pid(typed, arg)
    act = activity.terminate if terminate else activity.cancel
    sent = act(repl.session, pid)
    word = "terminate" if terminate else "cancel"
    repl.echo(f"{word} sent to session {pid}" if sent else f"no session {pid} (it may have ended)")


@command("\\cancel", args="PID", help="cancel a session's running statement (asks first; refused read-only)")
def _cancel(repl: Shell, typed: str, arg: str) -> None:
    _act(repl, typed, arg, terminate=False)


@command("\\terminate", args="PID", help="end a session (asks first; refused read-only)")
def _terminate(repl: Shell, typed: str, arg: str) -> None:
    _act(repl, typed, arg, terminate=True)
