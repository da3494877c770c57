"""An explained plan for people (:func:`render`) and for programs (:func:`to_dict`).

The terminal form is a tree drawn with ``├─`` and ``└─``: each node's operator, the relation
and index it reads, estimated against actual rows (and loops), and its time or cost share;
the hottest nodes carry a ``▶`` (bold when ``color``), a node a lint names its path (``[0.1]``).
The lints follow, each with its severity, node and message, then its hint.  Lines fit ``width``
columns (80 by default); a node too deep to indent shows its depth instead.  Without a
normalised tree (an engine whose plan is not parsed) the engine's own text is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aishell.engines.plan import PlanNode
    from aishell.services.explain import Explained, Hot

HOT_MARK = "▶"
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"
_SEVERITY_COLOR = {"info": "\x1b[36m", "warning": "\x1b[33m", "critical": "\x1b[31m"}


def to_dict(explained: Explained, **extra: Any) -> dict[str, Any]:
    """The JSON form every face returns: ``text`` (the engine's), ``tree`` (the normalised tree,
    each node with its ``path``), ``lints``, ``hottest``; ``extra`` keys first."""
    from aishell.services.explain import paths

    tree = explained.tree
    tree_dict: dict[str, Any] | None = None
    if tree is not None:
        tree_dict = tree.to_dict()
        for (path, _depth, _node), node_dict in zip(paths(tree), _walk_dicts(tree_dict["root"]), strict=True):
            node_dict["path"] = path
    return {**extra, "sql": explained.sql, "analyzed": explained.analyzed, "text": explained.plan.text,
            "tree": tree_dict, "lints": [x.to_dict() for x in explained.lints],
            "hottest": [h.to_dict() for h in explained.hottest]}  # fmt: skip


def _walk_dicts(node: dict[str, Any]) -> list[dict[str, Any]]:
    out = [node]
    for child in node.get("children", []):
        out.extend(_walk_dicts(child))
    return out


def render(explained: Explained, *, width: int = 80, color: bool = False) -> str:
    """The plan as a tree, then its lints (see the module doc)."""
    lines = _tree_lines(explained, width, color) if explained.tree is not None else explained.plan.text.splitlines()
    if explained.tree is not None:
        lines.insert(0, _clip(_heading(explained), width))
    lines.append("")
    lines += _lint_lines(explained, width, color)
    return "\n".join(lines)


def _heading(explained: Explained) -> str:
    tree = explained.tree
    assert tree is not None
    parts = ["Plan (analyzed)" if tree.analyzed else "Plan (estimated)"]
    if tree.planning_ms is not None:
        parts.append(f"planning {tree.planning_ms:.3f} ms")
    if tree.execution_ms is not None:
        parts.append(f"execution {tree.execution_ms:.3f} ms")
    return ", ".join(parts)


def _tree_lines(explained: Explained, width: int, color: bool) -> list[str]:
    from aishell.services.explain import paths

    hot = {h.node: h for h in explained.hottest}
    flagged = {x.node for x in explained.lints}
    lines: list[str] = []
    prefixes: dict[str, str] = {}  # path -> the indentation its children continue
    for path, depth, node in paths(explained.tree):
        parent = path.rsplit(".", 1)[0] if depth else ""
        siblings = _sibling_count(explained, parent) if depth else 1
        last = not depth or int(path.rsplit(".", 1)[1]) == siblings - 1
        lead = prefixes.get(parent, "")
        branch = ("└─ " if last else "├─ ") if depth else ""
        prefixes[path] = lead + (("   " if last else "│  ") if depth else "")
        mark = HOT_MARK if path in hot else " "
        flag = f" [{path}]" if path in flagged else ""  # a lint names it by this path
        shown = lead if len(lead) <= width // 3 else f"({depth}) "  # too deep to indent: its depth
        head = f"{mark} {shown}{branch}{_label(node)}{flag}"
        figures = _figures(node, hot.get(path))
        line = _fit(head, figures, width)
        if color and path in hot:
            line = _BOLD + line + _RESET
        lines.append(line)
        detail = node.filter or node.condition
        if detail:
            below = prefixes[path] if len(prefixes[path]) <= width // 3 else " " * len(shown)
            lines.append(_clip(f"  {below}   {'filter' if node.filter else 'cond'}: {detail}", width))
    return lines


def _sibling_count(explained: Explained, parent: str) -> int:
    from aishell.services.explain import find_node

    node = find_node(explained.tree, parent)
    return len(node.children) if node is not None else 1


def _label(node: PlanNode) -> str:
    text = node.op
    if node.relation:
        text += f" on {node.relation}"
        if node.alias and node.alias != node.relation:
            text += f" {node.alias}"
    if node.index:
        text += f" using {node.index}"
    return text


def _count(value: float) -> str:
    if value >= 10_000_000:
        return f"{value / 1_000_000:.0f}M"
    if value >= 10_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:,.0f}" if value >= 1 or value == 0 else f"{value:.2g}"


def _figures(node: PlanNode, hot: Hot | None) -> str:
    parts: list[str] = []
    if node.est_rows is not None and node.actual_rows is not None:
        parts.append(f"rows {_count(node.est_rows)}→{_count(node.actual_rows)}")
    elif node.actual_rows is not None:
        parts.append(f"rows {_count(node.actual_rows)}")
    elif node.est_rows is not None:
        parts.append(f"~{_count(node.est_rows)} rows")
    if node.loops is not None and node.loops > 1:
        parts.append(f"×{_count(node.loops)}")
    if node.time_ms is not None:
        parts.append(f"{node.time_ms:,.1f} ms")
    elif node.cost is not None:
        parts.append(f"cost {node.cost:,.0f}")
    if hot is not None:
        parts.append(f"{hot.share:.0%}")
    return "  ".join(parts)


def _fit(head: str, figures: str, width: int) -> str:
    """``head`` left, ``figures`` right-aligned; the head is cut (with …) when both do not fit."""
    if not figures:
        return _clip(head, width)
    room = width - len(figures) - 2
    if room < 12:
        return _clip(f"{head}  {figures}", width)
    if len(head) > room:
        head = head[: room - 1] + "…"
    return head.ljust(room) + "  " + figures


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _lint_lines(explained: Explained, width: int, color: bool) -> list[str]:
    if not explained.lints:
        return ["No lints: nothing in this plan looks wrong."]
    lines = [f"Lints ({len(explained.lints)}):"]
    for x in explained.lints:
        where = f"[{x.node}] " if x.node is not None else ""
        label = f"{x.severity:<8}"
        if color:
            label = _SEVERITY_COLOR.get(x.severity, "") + label + _RESET
        hidden = len(label) - len(f"{x.severity:<8}")  # the colour codes take no column
        lines += _wrap(f"  {label} {where}{x.code}: {x.message}", width, 11, extra=hidden)
        lines += _wrap(f"           hint: {x.hint}", width, 17)
    return lines


def _wrap(text: str, width: int, indent: int, *, extra: int = 0) -> list[str]:
    """Wrap ``text`` at ``width`` columns (``extra``: invisible colour bytes in it), continuing
    lines indented by ``indent``."""
    import textwrap

    wrapped = textwrap.wrap(text, width=width + extra, subsequent_indent=" " * indent, break_long_words=True,
                            break_on_hyphens=False)  # fmt: skip
    if len(wrapped) > 1 and extra:  # only the first line holds the colour codes
        rest = textwrap.wrap(" ".join(w.strip() for w in wrapped[1:]), width=width - indent)
        wrapped = wrapped[:1] + [" " * indent + r for r in rest]
    return wrapped or [text]
