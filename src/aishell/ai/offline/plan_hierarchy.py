"""Planner passes over the shaped query: rows of one table linked by its self-referencing key (issue 14, item 3).

They run in the order of :data:`HIERARCHY_RULES`, after the answer's shape is built:

1. :func:`self_reference` -- "who reports to Helen Carter", "which instructors does Laura Kim mentor" (rows
   whose key points to the named row), and "who manages X", "the manager of X" (the row X's key points to);
2. :func:`including_subs` -- "recipes in Desserts, including its subcategories": the named row or its sub-rows;
3. :func:`self_display` -- "every agent with their manager's name": the parent row's name through a second
   copy of the table, instead of the raw key.

Each rule reads the catalog (the one self-referencing key of a table, its display columns) and the items.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from aishell.ai.offline.account import stem
from aishell.ai.offline.errors import TranslationError
from aishell.ai.offline.ir import Agg, Col, Cond, Query, Related
from aishell.ai.offline.lexicon import REPORT_WORDS
from aishell.ai.offline.plan_rows import HIERARCHY_VERBS as _HIERARCHY_VERBS
from aishell.ai.offline.plan_rows import self_verb
from aishell.ai.offline.text import singular

if TYPE_CHECKING:
    from aishell.ai.offline.parse import Item
    from aishell.ai.offline.plan_state import PlanState


def self_reference(p: PlanState, q: Query) -> None:
    """ "Who reports to Helen Carter", "which instructors does Laura Kim mentor": rows whose
    self-referencing key points to the row named in the question."""
    subject = p.subject
    if subject is None or q.base != subject:
        return
    edges = p.schema.self_edges(subject)
    if len(edges) != 1 or len(edges[0].child_cols) != 1:
        return
    edge = edges[0]
    verb = self_verb(p, subject)
    if verb is None:
        return
    names = set(p.display_cols(subject))
    if p.rows.is_sub(verb):
        names |= set(p.pk_cols(subject))  # "sub-tasks of issue 12"
    named = [c for c in q.where if c.op in ("=", "ieq") and isinstance(c.left, Col) and c.left in names]
    if named:
        # "who reports to Niklas Wagner" where only Vorname shows a row: Wagner, said after the verb with it, is
        # the same row's other name (Nachname), never a test of the rows asked for
        after = {
            (h.table, h.column, h.value)
            for x in p.items if x.kind == "value" and x.first >= verb.last for h in x.values
        }  # fmt: skip
        named += [
            c for c in q.where
            if c.op in ("=", "ieq") and isinstance(c.left, Col) and c.left.table == subject and c not in named
            and len(c.values) == 1 and (c.left.table, c.left.column, getattr(c.values[0], "value", None)) in after
            and p.colmeta(c.left).kind == "text"
        ]  # fmt: skip
    by = verb.last < len(p.tokens) and p.tokens[verb.last].low == "by"
    if not named and by:
        # "players mentored by Zephyr": the row after "by" may be named by another text column (a nickname)
        texts = [
            c
            for c in q.where
            if c.op in ("=", "ieq")
            and isinstance(c.left, Col)
            and c.left.table == subject
            and p.colmeta(c.left).kind == "text"
            and not p.colmeta(c.left).is_key
        ]
        named = texts if len(texts) == 1 else []
        if len(texts) > 1:
            raise TranslationError(
                f"cannot tell which row '{verb.text} by' names; rephrase, or use an LLM provider (--provider)"
            )
    to = verb.last < len(p.tokens) and p.tokens[verb.last].low == "to"
    if not named and verb.text.lower() in REPORT_WORDS and to:
        # "who reports to the CFO": the row above is named by a stored value said after the verb (its job title)
        said = {(h.table, h.column) for x in p.items if x.kind == "value" and x.first >= verb.last for h in x.values}
        found = [
            c for c in q.where
            if c.op in ("=", "ieq") and isinstance(c.left, Col) and c.left.table == subject
            and (c.left.table, c.left.column) in said
        ]  # fmt: skip
        named = found if len(found) == 1 else []
    if not named and p.rows.is_sub(verb) and not q.where:
        # "each subcategory with its parent": the rows that have a parent
        q.where.append(Cond("not_null", Col(subject, edge.child_cols[0])))
        p.notes.append(f"{edge.child_cols[0]} is set")
        p.rows.subs_done.append(verb)
        return
    if not named:
        return
    tail = [t.low for t in p.tokens[verb.last :] if t.kind not in ("punct",)]
    possessed = verb.first > 0 and p.tokens[verb.first - 1].low in ("'s", "s")
    if verb.first > 0 and p.tokens[verb.first - 1].possessive:
        # "Hana Costa's mentor" names the whole role (mentor_id); "Quentin Iqbal's team" only part of team_leader_id:
        # the team he leads, or the one he is in?
        key = p.meta(subject).column(edge.child_cols[0])
        role = [singular(w) for w in key.words if w not in ("id", "fk", "no", "key")] if key is not None else []
        possessed = bool(role) and [singular(t.low) for t in p.tokens[verb.first : verb.first + len(role)]] != role
    if tail in (["to"], ["for"], ["under"]) or possessed:
        raise TranslationError(
            f"cannot tell whose {verb.text!r} is asked for; rephrase, or use an LLM provider (--provider)"
        )
    q.where = [c for c in q.where if not any(c is n for n in named)]
    p.rows.subs_done.append(verb)
    raw = Col(subject, edge.child_cols[0])
    if verb.kind == "column" and raw in q.select and len(q.select) > 1:
        q.select.remove(raw)  # "Josh Rendell's team lead" (team_lead_id): the rows asked for, not a key shown
    rel = Related(subject, subject, list(named))
    if asks_for_parent(p, verb):
        # "who manages Pablo Garcia", "the manager of Pablo Garcia": the row Pablo's key points to
        if verb.kind == "value":  # "manager" read as the job title 'Manager': the role, not a filter
            q.where = [
                c
                for c in q.where
                if not (isinstance(c.left, Col) and any(c.left.column == h.column for h in verb.values))
            ]
        q.where.append(
            Cond("in_sub", Col(subject, edge.parent_cols[0]), related=rel, right=Col(subject, edge.child_cols[0]))
        )
        verb.used = True
        p.notes.append(f"the row whose {edge.child_cols[0]} points to it")
        return
    q.where.append(
        Cond("in_sub", Col(subject, edge.child_cols[0]), related=rel, right=Col(subject, edge.parent_cols[0]))
    )
    verb.used = True
    p.notes.append(f"{edge.child_cols[0]} is that row")


def asks_for_parent(p: PlanState, verb: Item) -> bool:
    """Is the row named in the question below the rows asked for?  "Who manages X" (the verb right after
    the question word, its object after it) and "the manager of X" ask for X's parent row; "who reports
    to X", "whom does X manage" and "employees managed by X" for its children."""
    low = verb.text.lower()
    toks = [t.low for t in p.tokens]
    after = toks[verb.last] if verb.last < len(toks) else ""
    before = [t for t in toks[: verb.first] if t not in ("the", "a", "an", "is", "are", "was", "were")]
    asked = verb.first > 0 and toks[verb.first - 1] in ("who", "which")
    if low in REPORT_WORDS or (low.endswith("ed") and not asked) or after == "by" or p.rows.is_sub(verb):
        return False  # ("who mentored X": the active past, X's mentor; "those mentored by X": below X)
    owner = p.tokens[verb.first - 1] if verb.first > 0 else None
    if owner is not None and owner.is_word and owner.possessive:
        return True  # "Devon Ashby's head setter" (the tokenizer kept "Ashby", without its "'s"): Devon's parent
    noun = verb.first > 0 and toks[verb.first - 1] in ("the", "a", "an") and after in ("of", "for")
    k = p.items.index(verb)
    asked_row = all(p.word(x) in ("is", "are", "was", "were", "the", "a", "an")
                    or (x.kind == "table" and p.table_of(x) == p.subject) for x in p.items[1:k])  # fmt: skip
    if noun and p.items[0].kind == "qword" and asked_row:
        return True  # "who is the mentor of X", "which course is the prerequisite for X": a noun, X's parent row
    if low in _HIERARCHY_VERBS:
        prev = p.item(k - 1)
        return prev is not None and (
            prev.kind == "qword" or (prev.kind == "table" and prev.first == 1 and toks[0] in ("which", "what"))
        )
    return after == "of" and bool(before) and before[-1] in ("who", "which", "what", "whom")


def including_subs(p: PlanState, q: Query) -> None:
    """ "recipes in Desserts, including its subcategories": the named row or any row whose parent it is.
    A sub-row word that neither this nor the self-reference pass placed refuses the question."""
    for it in p.rows.sub_items:
        if p.rows.is_done(it):
            continue
        table = p.table_of(it)
        before = {t.low for t in p.tokens[max(0, it.first - 3) : it.first]}
        edge = p.schema.self_edges(table)[0]
        names = set(p.display_cols(table))
        named = [c for c in q.where if c.op in ("=", "ieq") and isinstance(c.left, Col) and c.left in names]
        if not before & {"including", "incl", "plus", "with"} or len(named) != 1 or len(edge.child_cols) != 1:
            raise TranslationError(
                f"cannot tell which rows {it.text!r} are; rephrase, or use an LLM provider (--provider)"
            )
        orig = named[0]
        sub = Cond(
            "in_sub",
            Col(table, edge.child_cols[0]),
            right=Col(table, edge.parent_cols[0]),
            related=Related(table, table, [Cond(orig.op, orig.left, orig.values)]),
        )
        q.where[q.where.index(orig)] = Cond("or", alternatives=(orig, sub))
        p.notes.append(f"or its {it.text}")


def _self_key(p: PlanState) -> Col | None:
    """The subject's one self-referencing key column (``manager_id``), or None."""
    edges = p.schema.self_edges(p.subject) if p.subject is not None else []
    if p.subject is None or len(edges) != 1 or len(edges[0].child_cols) != 1:
        return None
    return Col(p.subject, edges[0].child_cols[0])


def self_display(p: PlanState, q: Query) -> None:
    """ "Every agent with their manager's name": the parent row's name through a second copy of the table,
    instead of the raw self-referencing key."""
    subject, raw = p.subject, _self_key(p)
    if subject is None or raw is None:
        return
    if q.group_by:
        if raw in q.group_by and raw in q.select and p.meta(subject).named:
            # "each supervisor with the number of drivers they supervise": the supervisor's name, not the key
            parent = [Col(subject, c.column, raw.column) for c in p.display_cols(subject)]
            i = q.select.index(raw)
            q.select[i : i + 1] = parent
            q.group_by = [g for g in q.group_by if g != raw] + [raw, *parent]
        return
    if raw not in q.select or any(c.left == raw and c.op != "not_null" for c in q.where):
        return
    own = p.display_cols(subject)
    for k, it in enumerate(p.items):  # "their manager's name": the name is the manager's, not a column
        nxt = p.item(k + 1)
        if (
            it.kind == "column"
            and it.columns
            and it.columns[0].column == raw.column
            and nxt is not None
            and nxt.kind == "column"
            and nxt.text.lower() in ("name", "names")
            and nxt.first == it.last
        ):
            named = {Col(c.table, c.column or "") for c in nxt.columns}
            q.select = [
                e
                for e in q.select
                if not (isinstance(e, Col) and not e.role and e not in own and Col(e.table, e.column) in named)
            ]
    i = q.select.index(raw)
    q.select[i : i + 1] = [Col(subject, c.column, raw.column) for c in p.display_cols(subject)]
    if any(c in q.select for c in own):  # "each agent with their manager's name": the agent's whole name too
        q.select = [*own, *(e for e in q.select if e not in own)]


#: pronouns that point back to the rows listed ("the driver who referred *them*")
_BACK = frozenset({"them", "him", "her", "they"})


def parent_named(p: PlanState, q: Query) -> None:
    """ "every driver ..., with the name of the driver who referred them", "each patient with the family name of
    the patient who referred them": the row the self-referencing key points to, shown through a second copy of
    the table (the columns named, else its name); the clause is said by the key's own verb."""
    subject, raw = p.subject, _self_key(p)
    if subject is None or raw is None or q.base != subject or q.group_by:
        return
    fk = p.meta(subject).column(raw.column)
    if fk is None:
        return
    fk_stems = {stem(w) for w in fk.words if len(w) >= 4}
    for k, it in enumerate(p.items):
        verb, back, row = p.item(k + 1), p.item(k + 2), p.item(k - 1)
        if it.kind != "qword" or it.text.lower() not in ("who", "that") or verb is None or back is None \
                or row is None or back.text.lower() not in _BACK or row.kind != "table" or p.table_of(row) != subject:
            continue
        if not (stem(verb.text) in fk_stems or any(c.table == subject and c.column == raw.column
                                                   for c in verb.columns or [])):
            continue
        said = [it, verb, back, row]
        j = k - 2
        while (x := p.item(j)) is not None and x.kind == "word" and x.text.lower() in ("the", "a", "an"):
            said.append(x)
            j -= 1
        shown = [c.column for c in p.display_cols(subject)]
        of, named = p.item(j), p.item(j - 1)
        if of is not None and of.text.lower() == "of" and named is not None and named.kind == "column":
            mine = [c for c in named.columns if c.table == subject and c.column]
            if not mine:
                return
            # "the name of ...": the row's whole name (first and last), as its rows are shown
            whole = named.text.lower() in ("name", "names") and len(shown) > 1
            names = set(shown) if whole else {c.column for c in mine if c.column}
            shown = [c.name for c in p.meta(subject).columns if c.name in names]
            said += [of, named]
            # the column named is the other row's, not one more of the rows listed
            q.select = [e for e in q.select if not (isinstance(e, Col) and not e.role and e.table == subject
                                                    and e.column in names)]
        own = list(p.display_cols(subject))
        if not any(isinstance(e, Col) and not e.role and e.table == subject for e in q.select):
            q.select = [*own, *q.select]
        parent = [Col(subject, c, raw.column) for c in shown]
        q.select = [e for e in q.select if e != raw] + [c for c in parent if c not in q.select]
        for x in said:
            x.used = True
        p.notes.append(f"the {row.text} {raw.column} points to")
        return


#: words before a role that say the row has one ("who has a mentor", "with a supervisor", "report to a lead")
_HAVING_ROLE = (("has", "a"), ("have", "a"), ("with", "a"), ("to", "a"), ("has", "an"), ("have", "an"))


def parent_possessive(p: PlanState, q: Query) -> None:
    """ "For each volunteer who has a mentor, show the volunteer's name and the mentor's name": the role the
    self-referencing key names, said with "'s name", is the row it points to (its name through a second copy of
    the table); "who has a mentor" / "who report to a lead" is that key set."""
    subject, raw = p.subject, _self_key(p)
    if subject is None or raw is None or q.base != subject or q.group_by:
        return
    toks = p.tokens

    def role(x: Item | None) -> bool:
        return x is not None and x.kind == "column" and any(c.table == subject and c.column == raw.column
                                                            for c in x.columns or [])

    named = []
    for k, it in enumerate(p.items):
        nxt = p.item(k + 1)
        tok = toks[it.last - 1] if it.last > 0 else None
        if role(it) and nxt is not None and nxt.kind == "column" and nxt.text.lower() in ("name", "names") \
                and tok is not None and tok.possessive:
            named.append((it, nxt))
    if not named:
        return
    own = list(p.display_cols(subject))
    parent = [Col(subject, c.column, raw.column) for c in own]
    shown = [e for e in q.select if isinstance(e, Col) and e.table == subject and not e.role and e != raw]
    q.select = list(dict.fromkeys([*(shown or own), *parent]))
    for it, nm in named:
        it.used = nm.used = True
    for k, it in enumerate(p.items):
        before = tuple(t.low for t in toks[max(0, it.first - 2) : it.first])
        if role(it) and before in _HAVING_ROLE and all(it is not x for x, _n in named):
            if Cond("not_null", raw) not in q.where:
                q.where.append(Cond("not_null", raw))
            it.used = True
            after = p.item(k + 1)
            if after is not None and after.kind == "table" and p.table_of(after) == subject:
                after.used = True  # "a lead photographer": the row above is one of them
            for x in p.items[max(0, k - 3) : k]:
                if x.kind == "word" and x.text.lower() in REPORT_WORDS:
                    x.used = True  # "who report to a lead photographer"
    p.notes.append(f"with the {named[0][0].text} {raw.column} points to")


def key_display(p: PlanState, q: Query) -> None:
    """ "How many trips did each leader lead": groups by a foreign key (trips.leader_id) are shown by the
    name of the row it points to (the leader's), joined through that key, not by the raw key."""
    if not q.group_by or len(q.group_by) > 2 or not any(isinstance(e, Agg) for e in q.select):
        return  # a count or total per key, not rows listed with their keys
    for key in list(q.group_by):
        if not isinstance(key, Col) or key.role or key not in q.select:
            continue
        cm = p.meta(key.table).column(key.column)
        if cm is None or cm.kind != "fk" or not cm.ref_table or cm.ref_table == key.table:
            continue
        parent = p.schema.tables.get(cm.ref_table)
        if parent is None or not parent.named:
            continue
        shown = [Col(parent.name, c.column, key.column) for c in p.display_cols(parent.name)]
        i = q.select.index(key)
        q.select[i : i + 1] = shown
        q.group_by.extend(c for c in shown if c not in q.group_by)


def each_row_named(p: PlanState, q: Query) -> None:
    """ "Who captains each team?": a listing of the rows "each" names shows which row each answer is for (the team's
    name) before the row another key points to (the captain)."""
    if q.group_by or any(isinstance(e, Agg) for e in q.select) or not any(isinstance(e, Col) and e.role for e in
                                                                            q.select):  # fmt: skip
        return
    for k, it in enumerate(p.items):
        nxt = p.item(k + 1)
        if it.kind != "group" or it.text.lower() not in ("each", "every") or nxt is None or nxt.kind != "table" or \
                p.table_of(nxt) != q.base:
            continue
        own = [c for c in p.display_cols(q.base) if c not in q.select]
        if own and not any(isinstance(e, Col) and e.table == q.base and not e.role for e in q.select):
            q.select[:0] = own
            nxt.used = it.used = True


#: the hierarchy passes, in the order they run
#: words that place a row inside another ("the hides at Minsmere", "rooms within the East Wing")
_INSIDE = frozenset({"at", "in", "within", "inside", "under", "beneath", "below"})
#: words that alone place a row below another in a hierarchy
_BELOW = frozenset({"under", "beneath", "below"})


def _after_inside(p: PlanState, first: int, words: frozenset[str] = _INSIDE) -> bool:
    """The token at ``first`` follows a word of place (of ``words``), past an article and "directly" ("in *the* East
    Wing", "directly under")."""
    j = first - 1
    while j >= 0 and p.tokens[j].low in ("the", "a", "an", "directly"):
        j -= 1
    return j >= 0 and p.tokens[j].low in words


def _kind_of_the_named(p: PlanState, k: int, subject: str) -> bool:
    """ "branches of Millbrook Central Library": item ``k`` names a row right after "of", which follows a stored kind
    of the subject's rows ('BRANCH'): the rows of that kind under the row named."""
    x = p.items[k]
    j = x.first - 1
    while j >= 0 and p.tokens[j].low in ("the", "a", "an"):
        j -= 1
    before = next((y for y in p.items if y.last == j), None) if j >= 0 and p.tokens[j].low == "of" else None
    # (a plural kind: "branches of X" are below X; "the boss of X" is the one above, the self-reference pass's)
    return before is not None and before.kind == "value" and any(h.table == subject for h in before.values) and \
        singular(before.text.lower()) != before.text.lower()


def inside_named(p: PlanState, q: Query) -> None:
    """ "Which hides are there at Minsmere?" over sites with a parent_site_id: the row named after "at" is the one
    the rows asked for sit inside (their key points to it), not one more test of those rows' own name."""
    subject = p.subject
    if subject is None or q.base != subject or len(p.schema.self_edges(subject)) != 1:
        return
    edge = p.schema.self_edges(subject)[0]
    names = set(p.display_cols(subject))
    placed: set[tuple[str, str]] = set()
    for k, x in enumerate(p.items):
        if x.kind == "value" and (_after_inside(p, x.first) or _kind_of_the_named(p, k, subject)):
            # ("directly under Andreas Richter": the first name after "under", and the last name right after it)
            nxt = p.item(k + 1)
            said = [x, nxt] if nxt is not None and nxt.kind == "value" and nxt.first == x.last else [x]
            placed |= {(h.column, h.value) for y in said for h in y.values if h.table == subject}
    named = [
        c for c in q.where
        if c.op in ("=", "ieq") and isinstance(c.left, Col) and c.left in names and len(c.values) == 1
        and (c.left.column, getattr(c.values[0], "value", None)) in placed
    ]  # fmt: skip
    # "Which imprints are under Larkspur House": "under" alone places rows below another ("in Norfolk" may name a
    # column of places, so "in" needs another test of the rows asked for)
    below = any(_after_inside(p, x.first, _BELOW) for x in p.items if x.kind == "value") and not any(
        p.rows.is_sub(x) for x in p.items)  # ("the subcategories under Lenses": the sub-rows rule's)
    two_names = len(named) == 2 and named[0].left != named[1].left  # a first and a last name: one row
    if not (len(named) == 1 or two_names) or (len(q.where) < len(named) + 1 and not below):
        return
    q.where = [c for c in q.where if not any(c is n for n in named)]
    rel = Related(subject, subject, named)
    q.where.append(
        Cond("in_sub", Col(subject, edge.child_cols[0]), related=rel, right=Col(subject, edge.parent_cols[0]))
    )
    p.notes.append(f"{edge.child_cols[0]} is that row")


HIERARCHY_RULES: tuple[Callable[[PlanState, Query], None], ...] = (
    inside_named,
    self_reference,
    including_subs,
    parent_named,
    parent_possessive,
    self_display,
    key_display,
    each_row_named,
)
