"""``\\explain [analyze] SQL`` in the shell: the plan as a tree, its hottest nodes and its lints,
from the same service as ``aishell explain`` (:mod:`aishell.services.explain`).  ``analyze``
runs the statement: what would need confirmation to run asks first (``--yes`` answers)."""

from __future__ import annotations

import json
import re
import shutil
from typing import TYPE_CHECKING

from aishell.errors import UsageError
from aishell.repl.registry import command

if TYPE_CHECKING:
    from aishell.repl.registry import Shell

_ANALYZE = re.compile(r"^analy[sz]e\b\s*", re.I)


@command("\\explain", args="[analyze] SQL", help="show a statement's plan as a tree, its hot spots and lints")
def _explain_command(repl: Shell, typed: str, arg: str) -> None:
    from aishell.output.plan import render, to_dict
    from aishell.repl.output import PagedOutput
    from aishell.services.explain import explain

    analyze = bool(_ANALYZE.match(arg))
    sql = _ANALYZE.sub("", arg, count=1) if analyze else arg
    if not sql.strip():
        raise UsageError("usage: \\explain [analyze] SQL")
    explained = explain(repl.session, sql, analyze=analyze)
    out = repl._out()
    try:
        if repl.fmt in ("json", "jsonl"):
            out.write(json.dumps(to_dict(explained, connection=repl.session.label), default=str, indent=2) + "\n")
        else:
            width = shutil.get_terminal_size((80, 24)).columns
            color = isinstance(out, PagedOutput) or out.isatty()  # the pager shows colours (less -R)
            out.write(render(explained, width=width, color=color) + "\n")
            from aishell.services.federation import pushdown_section

            section = pushdown_section(repl.session, sql, explained.plan)  # what each attached source is sent
            if section:
                out.write("\n" + section + "\n")
    finally:
        repl._done(out)
