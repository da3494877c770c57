"""Planner passes over the links: words that name the rows of a table another way (issue 14, item 3).

They run right after the links are classified and before roles are given, each over the same
:class:`RowState`, in the order of :data:`LINK_RULES` (a tuple of rules, as sqlglot's optimizer
keeps its ``RULES``):

1. :func:`sub_rows` -- "subcategories", "sub-tasks": rows of a table that point to a parent row of
   the same table (its one self-referencing key); the word becomes that table, and the planner's
   self-reference pass follows the key;
2. :func:`people_of_hierarchy` -- "volunteers who supervise more than 2 *people*": after a verb of
   hierarchy, "people" are rows of the same table;
3. :func:`rows_below_ranked` -- "which member has referred the most *new members*": after the verb of a
   self-referencing key, "most" counts rows of the same table;
4. :func:`how_many_times` -- "how many *times* did vans park at Harbour Front": the rows of the one
   table of events that the verb names;
5. :func:`trailing_average` -- "how many orders per customer *on average*": the average said last.

Each rule reads the catalog (names, self-referencing keys, foreign keys) and the items only.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from aishell.ai.offline.account import stem
from aishell.ai.offline.ir import Col, Cond
from aishell.ai.offline.lexicon import FUNCTION_WORDS, REPORT_WORDS
from aishell.ai.offline.linking import Candidate
from aishell.ai.offline.plan_state import RowState
from aishell.ai.offline.text import singular

if TYPE_CHECKING:
    from aishell.ai.offline.parse import Item
    from aishell.ai.offline.plan_state import PlanState

#: verbs of a hierarchy between rows of one table ("who manages", "which volunteers supervise")
HIERARCHY_VERBS = frozenset(
    {
        "manage",
        "manages",
        "managed",
        "supervise",
        "supervises",
        "supervised",
        "mentor",
        "mentors",
        "mentored",
        "lead",
        "leads",
        "led",
        "oversee",
        "oversees",
        "managing",
    }
)


#: nouns of the rows below a row in a hierarchy ("more than 10 reports")
_SUBORDINATES = ("reports", "subordinates", "underlings", "directs", "reportees")


def sub_rows(p: PlanState, state: RowState) -> None:
    """ "subcategories", "sub-tasks": rows of a table that point to a parent row of the same table (its one
    self-referencing key).  The word becomes that table, and the self-reference pass follows the key."""
    for k, it in enumerate(p.items):
        low = it.text.lower()
        rest = ""
        if it.kind == "word" and low.startswith("sub") and len(low) >= 7:
            rest = low[3:]
        elif (
            it.kind == "word"
            and low == "sub"
            and it.last < len(p.tokens)
            and p.tokens[it.last].start == p.tokens[it.last - 1].end + 1
        ):
            nxt = p.item(k + 1)  # "sub-tasks": the hyphen joins the two words
            rest = nxt.text.lower() if nxt is not None and nxt.first == it.last else ""
        if not rest:
            continue
        tables = [
            t
            for t, meta in p.schema.tables.items()
            if singular(rest) in meta.lemma and len(p.schema.self_edges(t)) == 1
        ]
        parent = p.item(p.nxt(k + (1 if low == "sub" else 0), frozenset({"of", "the", "a", "an"}), 2))
        if (
            not tables
            and parent is not None
            and parent.kind == "table"
            and len(p.schema.self_edges(p.table_of(parent))) == 1
        ):
            tables = [p.table_of(parent)]  # "the sub-tasks of issue 12": sub-rows of the table named after
        if len(tables) != 1:
            continue
        last = it.last if low != "sub" else it.last + 1
        for x in p.items[k + 1 :]:
            if x.first < last:
                x.kind, x.used = "punct", True
        it.kind, it.last = "table", last
        state.sub_items.append(it)
        it.tables = [Candidate("table", tables[0], None, 3.0, it.first, last)]


def people_of_hierarchy(p: PlanState, state: RowState) -> None:
    """ "volunteers who supervise more than 2 people": after a verb of hierarchy, "people" are rows of the
    same table (the one with a self-referencing key the question is about)."""
    first = next((it for it in p.items if it.kind == "table"), None)
    if first is None:
        _hierarchy_unnamed(p)
        return
    if len(p.schema.self_edges(p.table_of(first))) != 1:
        return
    verb_seen = False
    for k, it in enumerate(p.items):
        low = it.text.lower()
        if low in HIERARCHY_VERBS:
            verb_seen = True
        prev = p.item(k - 1)
        if prev is not None and prev.kind == "cmp" and it.kind in ("word", "column") and low in _SUBORDINATES:
            verb_seen = True  # "managers with more than 10 reports": rows whose key points to the row
        if (
            verb_seen
            and it.kind in ("word", "column")
            and low in ("people", "persons", "others", *_SUBORDINATES)
            and prev is not None
            and prev.kind == "cmp"
        ):
            it.kind = "table"
            it.tables = [Candidate("table", p.table_of(first), None, 3.0, it.first, it.last)]


def self_verb(p: PlanState, subject: str) -> Item | None:
    """The word that says the subject's one self-referencing key: its own verb ("referred" for
    ``referred_by``), a verb of managing, "reports to", or a word of sub-rows; None when none is said."""
    edges = p.schema.self_edges(subject)
    if len(edges) != 1 or len(edges[0].child_cols) != 1:
        return None
    fk = p.meta(subject).column(edges[0].child_cols[0])
    if fk is None:
        return None
    # head_setter_id: "head" says the role; "setter" is the table's own word, said of every row ("setters named X")
    own = {singular(w) for w in p.meta(subject).lemma}
    fk_stems = {stem(w) for w in fk.words if len(w) >= 4 and singular(w) not in own}
    for it in p.items:
        low = it.text.lower()
        if it.used and it.kind == "word":
            continue
        nxt = p.tokens[it.last].low if it.last < len(p.tokens) else ""
        if it.kind in ("word", "column", "table", "value") and (
            stem(low) in fk_stems
            or (" " in low and {stem(w) for w in low.split()} <= fk_stems)  # "team lead" for team_lead_id
            or low in HIERARCHY_VERBS
            or (low in REPORT_WORDS and nxt == "to")
            # "labels that belong to X", "labels owned by X" over parent_label_id: the rows below X
            or (low in BELONGING and nxt in ("to", "by") and bool(fk_stems & _PARENT_STEMS))
            or p.rows.is_sub(it)
        ):
            return it
    return None


#: verbs of a row being under another, and the stems of a key that points to the row above
BELONGING = frozenset({"belong", "belongs", "belonged", "belonging", "owned"})
_PARENT_STEMS = frozenset({stem("parent"), "prnt", "par"})

#: words said of the rows a self-referencing key counts ("referred the most *new* members")
_OTHER_ROWS = frozenset({"other", "new", "newer", "further", "more"})


def rows_below_ranked(p: PlanState, state: RowState) -> None:
    """ "Which member has referred the most new members?", "which analyst supervises the most people": after the
    verb of a table's one self-referencing key, "most" or "fewest" counts rows of that same table ("people",
    "others"); "other" and "new" say only that they are the rows the key points from.  With no table named ("who
    has referred the most people"), the one table of people whose key's verb is said."""
    first = next((it for it in p.items if it.kind == "table"), None)
    if first is not None:
        tables = [p.table_of(first)]
    else:
        tables = [t for t in p.schema.tables if p.surely_person(t) and self_verb(p, t) is not None]
    verb = self_verb(p, tables[0]) if len(tables) == 1 else None
    if verb is None:
        return
    table = tables[0]
    for k, it in enumerate(p.items):
        if it.kind not in ("high", "low") or it.first < verb.last:
            continue
        j = k + 1
        while (x := p.item(j)) is not None and x.kind == "word" and x.text.lower() in _OTHER_ROWS:
            j += 1
        rows = p.item(j)
        same = rows is not None and rows.kind == "table" and p.table_of(rows) == table
        people = rows is not None and rows.kind in ("word", "column") and \
            rows.text.lower() in ("people", "persons", "others", *_SUBORDINATES)  # fmt: skip
        if rows is None or not (same or people):
            return
        if people:
            rows.kind, rows.columns = "table", []
            rows.tables = [Candidate("table", table, None, 3.0, rows.first, rows.last)]
        del p.items[k + 1 : j]  # accounted for here: the measure pass reads "most" right before its rows
        return


def _hierarchy_said(p: PlanState) -> bool:
    """A verb of managing ("supervises"), or of reporting to a row above ("reports to", "answers to")."""
    words = [t.low for t in p.tokens]
    return any(w in HIERARCHY_VERBS for w in words) or any(
        w in REPORT_WORDS and nxt in ("to", "under") for w, nxt in itertools.pairwise(words)
    )


#: words for people that name no table of their own
_PEOPLE = frozenset({"people", "person", "persons", "someone", "somebody", "everyone", "everybody", "anyone"})


def _hierarchy_unnamed(p: PlanState) -> None:
    """No table is named but a verb of reporting or managing is said, and one table alone has a self-referencing
    key: "how many people report to Joaquin Ravensworth" (its rows are the "people"), "who reports to Bruno
    Eriksen" where a candidate has the same name (the name is one of its rows')."""
    tables = [t for t in p.schema.tables if len(p.schema.self_edges(t)) == 1]
    if len(tables) != 1 or not _hierarchy_said(p):
        return
    table = tables[0]
    for it in p.items:
        own = [h for h in it.values if h.table == table]
        if it.kind == "value" and own and len(own) < len(it.values):
            it.values = own
    people = [it for it in p.items if it.kind == "word" and it.text.lower() in _PEOPLE]
    shown = p.meta(table).display
    named = any(h.table == table and h.column in shown for x in p.items if x.kind == "value" for h in x.values)
    if len(people) == 1 and (p.surely_person(table) or named):  # its rows are people, or one is named by its name
        people[0].kind = "table"
        people[0].tables = [Candidate("table", table, None, 3.0, people[0].first, people[0].last)]


def how_many_times(p: PlanState, state: RowState) -> None:
    """ "How many times did vans park at Harbour Front?": the rows of the one table of events that the verb
    names (by its stem) and that every value of the question reaches as a child row."""
    items = p.items
    k = next((i for i, it in enumerate(items) if it.kind == "count"), None)
    times = p.item(k + 1) if k is not None else None
    if times is None or k is None or times.text.lower() != "times":
        return
    verbs = [it for it in items[k + 2 :] if it.kind == "word" and it.text.lower() not in FUNCTION_WORDS]
    owners = {h.table for it in items if it.kind == "value" for h in it.values[:1]}
    if not verbs:
        return
    want = stem(verbs[0].text)
    found = [
        t
        for t, meta in p.schema.tables.items()
        if any(stem(w) == want for w in meta.words if len(w) >= 4)
        and all(o == t or any(e.parent == o for e in p.schema.edges_of(t) if e.child == t) for o in owners)
    ]
    if len(found) != 1:
        return
    times.kind, times.columns, times.values = "table", [], []
    times.tables = [Candidate("table", found[0], None, 3.0, times.first, times.last)]
    verbs[0].used = True


def times_of_a_verb(p: PlanState, state: RowState) -> None:
    """ "cars test-driven at least 2 times", "customers who ordered more than 3 times": the rows of the table the
    verb names are what the number counts ("at least 2 test drives")."""
    items = p.items
    for k, it in enumerate(items):
        times = p.item(k + 1)
        if it.kind != "cmp" or not it.nums or times is None or times.text.lower() not in ("times", "time"):
            continue
        j = p.prv(k, frozenset({"been", "was", "were", "have", "has", "had", "be"}), 2)
        verb = p.item(j)
        if verb is None or verb.kind != "table" or verb.used or not p.tokens[verb.last - 1].low.endswith(("ed", "en")):
            continue
        verb.used, verb.role = True, "verb"
        times.kind, times.columns, times.values = "table", [], []
        times.tables = [Candidate("table", p.table_of(verb), None, 3.0, times.first, times.last)]


def versus(p: PlanState, state: RowState) -> None:
    """ "avg shipping fee uk vs us orders": two stored values of one column compared are two groups of that
    column, each shown with its answer (the second one may be a word that is also a pronoun: 'US')."""
    items = p.items
    if any(it.kind == "group" for it in items):
        return  # "bookings per channel ... Expedia vs direct": the groups are said already; the rest is an aside
    for k, it in enumerate(items):
        if it.kind != "word" or it.text.lower().rstrip(".") not in ("vs", "versus"):
            continue
        left, right = p.item(k - 1), p.item(k + 1)
        if left is None or right is None or left.kind != "value" or not left.values:
            continue
        cols = {(h.table, h.column) for h in left.values}
        if right.kind == "word":
            hits = [h for h in p.values.lookup([right.text.lower()]) if (h.table, h.column) in cols]
            if hits:
                right.kind, right.values, right.role = "value", hits, ""
        if right.kind != "value":
            continue
        shared = cols & {(h.table, h.column) for h in right.values}
        if len(shared) != 1:
            continue
        table, column = shared.pop()
        left.values = [h for h in left.values if (h.table, h.column) == (table, column)]
        right.values = [h for h in right.values if (h.table, h.column) == (table, column)]
        it.kind, it.role = "group", "group"
        it.columns = [Candidate("column", table, column, 3.0, it.first, it.last)]
        it.tables = []


def trailing_average(p: PlanState, state: RowState) -> None:
    """ "How many orders per customer on average?": the average said last is the one of "average number of
    orders per customer"; the marker moves to the front, where the measure pass reads it."""
    items = p.items
    real = [k for k, it in enumerate(items) if it.kind != "punct"]
    # the pair is last, or followed by its grouping ("cost on average for each repair method")
    at = next((j for j in range(len(real) - 1, 1, -1) if items[real[j]].kind == "agg" and items[real[j]].func == "AVG"
               and items[real[j - 1]].kind == "word" and items[real[j - 1]].text.lower() == "on"
               and (j == len(real) - 1 or items[real[j + 1]].kind == "group")), None)  # fmt: skip
    if len(real) < 4 or at is None:
        return
    first, last, on = items[real[0]], items[real[at]], items[real[at - 1]]
    if first.kind == "agg" and first.text.lower() == "how much":
        # "How much does a private lesson cost on average?": the average of what it costs
        on.used = True
        first.func = "AVG"
        del items[real[at]]
        return
    if first.kind != "count":
        return
    on.used = True
    del items[real[at]]
    items.insert(real[0], last)


#: words for the row above a row ("each employee with their manager's name")
_ABOVE = frozenset({"manager", "managers", "boss", "bosses", "supervisor", "supervisors", "superior", "superiors"})


def row_above(p: PlanState, state: RowState) -> None:
    """ "each employee with their manager's last name" over ``Employees."Reports To"``: a word for the row above,
    that nothing else in the catalog matched, is the one self-referencing key of the table the question names."""
    first = next((it for it in p.items if it.kind == "table"), None)
    if first is None:
        return
    table = p.table_of(first)
    edges = p.schema.self_edges(table)
    if len(edges) != 1 or len(edges[0].child_cols) != 1:
        return
    key = edges[0].child_cols[0]
    for k, it in enumerate(p.items):
        if it.kind == "word" and it.text.lower() in _ABOVE and it.first > first.first:
            it.kind = "column"
            it.columns = [Candidate("column", table, key, 3.0, it.first, it.last)]
            direct = p.item(k - 1)
            if direct is not None and direct.kind == "word" and direct.text.lower() == "direct":
                # "the person they report to": rows that report to someone
                direct.used = True
                p.add_cond(Cond("not_null", Col(table, key)), table)


#: the row passes, in the order they run
LINK_RULES: tuple[Callable[[PlanState, RowState], None], ...] = (
    sub_rows,
    row_above,
    people_of_hierarchy,
    rows_below_ranked,
    how_many_times,
    times_of_a_verb,
    versus,
    trailing_average,
)


def run_row_passes(p: PlanState, rules: tuple[Callable[[PlanState, RowState], None], ...] = LINK_RULES) -> RowState:
    """Run ``rules`` in order over one fresh :class:`RowState`."""
    state = RowState()
    for rule in rules:
        rule(p, state)
    return state
