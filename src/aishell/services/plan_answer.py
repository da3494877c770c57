"""Questions about a query's speed, answered from its plan.

"Why is this query slow? SELECT ...", "how do I speed up `SELECT ...`": the statement in the
question is explained (:func:`aishell.services.explain.explain`, through the session's gate,
never analyzed: nothing runs), and the answer is written from the plan and its lints.  A model
(Anthropic, an OpenAI-compatible server, Ollama) gets the plan and the lints as context; with
no model the offline provider writes the answer from the lints with plain templates, so it
works with no key and says nothing the lints did not find.

Every face that asks (``aishell ask``, the REPL's ``\\ask``) calls :func:`answer` first; a
question that is not about a statement's speed returns None and is translated as usual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aishell.services.explain import Explained
    from aishell.services.session import Session

#: words that make a question about speed
_INTENT = re.compile(
    r"\b(slow(?:er|ly)?|fast(?:er)?|speed(?:\s+|-)?up|quicker|optimi[sz]e|tun(?:e|ing)|performance|"
    r"takes?\s+(?:so\s+|too\s+)?long|expensive|inefficient|bottleneck)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"```(?:sql)?\s*(.+?)```|`([^`]+)`", re.DOTALL | re.IGNORECASE)
_START = re.compile(r"\b(select|with|update|delete|insert|merge)\b", re.IGNORECASE)
#: words a question may put after its statement ("... so slow?"), dropped while looking for it
_TAIL = {"so", "that", "this", "is", "it", "run", "runs", "running", "slow", "slowly", "too", "very", "really",
         "faster", "quicker", "fast", "taking", "takes", "long", "and", "how", "can", "i", "we", "speed",
         "up"}  # fmt: skip

SYSTEM = (
    "You are a database performance expert helping a DBA. Explain why the statement below is slow "
    "and what to do about it, using only the plan and the findings given. Name the plan nodes that "
    "matter, give concrete SQL (CREATE INDEX, a rewritten query) where it helps, and say when an "
    "index has a write cost. Do not invent figures that are not in the plan. Be brief."
)


@dataclass
class PlanAnswer:
    question: str
    sql: str
    explained: Explained
    text: str
    provider: str


def statement_in(question: str, dialect: str) -> str | None:
    """The SQL statement a question about speed asks about, or None (no speed words, or no
    statement the parser reads as exactly one statement)."""
    if not _INTENT.search(question):
        return None
    candidates: list[str] = [(m.group(1) or m.group(2)).strip() for m in _QUOTED.finditer(question)]
    if ":" in question:
        candidates.append(question.split(":", 1)[1].strip())
    start = _START.search(question)
    if start is not None:
        words = question[start.start():].rstrip(" ?.!").split()
        while words:  # the statement, then words of the question after it ("... so slow?")
            candidates.append(" ".join(words))
            if words[-1].lower().strip("?.!,") not in _TAIL:
                break
            words = words[:-1]
        candidates.append(" ".join(words))
    for text in candidates:
        sql = text.strip().rstrip(";").strip()
        if _START.match(sql) and _one_statement(sql, dialect):
            return sql
    return None


def _one_statement(sql: str, dialect: str) -> bool:
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ParseError, TokenError

    try:
        trees = [t for t in sqlglot.parse(sql, read=dialect or None) if t is not None]
    except (ParseError, TokenError, ValueError):
        return False
    if len(trees) != 1 or isinstance(trees[0], exp.Command) or trees[0].find(exp.Table) is None:
        return False  # (a statement that reads no table is no question about a slow query)
    # words of the question read as aliases ("... where x = 1 slow") are not part of a statement
    return not any(isinstance(a, exp.TableAlias | exp.Alias) and _INTENT.fullmatch(a.alias or "")
                   for a in trees[0].find_all(exp.TableAlias, exp.Alias))  # fmt: skip


def answer(session: Session, question: str, *, provider: str | None = None, model: str | None = None,
           base_url: str | None = None, timeout: float | None = None,
           on_text: Callable[[str], None] | None = None) -> PlanAnswer | None:  # fmt: skip
    """The answer to a question about a statement's speed, or None when ``question`` is not one."""
    sql = statement_in(question, session.dialect)
    if sql is None:
        return None
    from aishell.ai.providers import Message, make_provider, resolve_config
    from aishell.output.plan import render
    from aishell.services.explain import explain

    explained = explain(session, sql)
    config = resolve_config(provider, model, base_url=base_url, timeout=timeout)
    if config.provider == "offline":
        return PlanAnswer(question, sql, explained, offline_text(explained), "offline")
    engine = make_provider(config)
    try:
        context = (f"{question}\n\nStatement ({session.dialect}):\n{sql}\n\nPlan:\n{render(explained, width=120)}"
                   f"\n\nFindings:\n{_findings(explained) or '(none)'}")  # fmt: skip
        text = engine.chat(SYSTEM, [Message("user", context)], on_text=on_text)
    finally:
        engine.close()
    return PlanAnswer(question, sql, explained, text.strip(), config.provider)


def _findings(explained: Explained) -> str:
    return "\n".join(f"- [{lint.severity}] {lint.code} at node {lint.node or '-'}: {lint.message} "
                     f"(hint: {lint.hint})" for lint in explained.lints)  # fmt: skip


_ORDER = {"critical": 0, "warning": 1, "info": 2}
_INDEX_LINTS = {"seq-scan", "function-on-index", "unindexed-join", "rows-removed", "nested-loop"}


def offline_text(explained: Explained) -> str:
    """The answer with no model: what the lints found, worst first, each with what to do."""
    lines: list[str] = []
    tree = explained.tree
    if explained.hottest and tree is not None:
        hot = explained.hottest[0]
        node = explained.node(hot.node)
        if node is not None:
            where = f" on {node.relation}" if node.relation else ""
            measure = "time" if explained.analyzed else "estimated cost"
            lines.append(f"Most of the {measure} is in {node.op}{where} (node {hot.node}, {hot.share:.0%}).")
    lints = sorted(explained.lints, key=lambda lint: _ORDER.get(lint.severity, 3))
    if not lints:
        lines.append("The plan shows none of the problems aishell checks for (full scans of large tables "
                     "under a selective filter, spills to disk, functions on indexed columns, deep OFFSET, "
                     "unindexed joins).")  # fmt: skip
        if not explained.analyzed:
            lines.append("These are estimates: `aishell explain --analyze` measures the real run.")
        return "\n".join(lines)
    lines.append(f"What the plan shows ({len(lints)} finding{'s' if len(lints) != 1 else ''}):")
    for n, lint in enumerate(lints, 1):
        at = f" (node {lint.node})" if lint.node else ""
        lines.append(f"{n}. [{lint.severity}] {lint.message}{at}")
        lines.append(f"   What to do: {lint.hint}")
    if any(lint.code in _INDEX_LINTS for lint in lints):
        lines.append("`aishell advise` proposes indexes for this statement and proves them on the engine.")
    if not explained.analyzed:
        lines.append("These are the planner's estimates: `aishell explain --analyze` measures the real run.")
    return "\n".join(lines)
