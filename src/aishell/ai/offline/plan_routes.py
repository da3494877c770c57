"""Planner check: two tables joined by more than one route, and no word of the question says which (issue 14).

``emp`` reaches ``project`` through ``project.lead_emp_id``, through ``assignment`` and through ``timesheet``:
"which employees work on Apollo" may mean any of them, and the shortest is only a guess.  A route is
*named* when a word of the question shares a stem with a table it passes through or with the key it follows
("assigned" ~ ``assignment``, "leads" ~ ``lead_emp_id``).  The query's own route must be the one named, or
the only one there is, or, with none named, the one direct key when it is plain (``emp.dept_id``) or the
question only says one row *has* the others; otherwise the question is refused.

Routes through a shared parent (``emp -> dept <- project``: siblings) do not count: rows that share a parent
are not related by it.
"""

from __future__ import annotations

import itertools

from aishell.ai.offline.errors import TranslationError
from aishell.ai.offline.lexicon import FUNCTION_WORDS
from aishell.ai.offline.schema import Edge, SchemaIndex, TableMeta
from aishell.ai.offline.text import IRREGULAR_VERBS, Token, forms, split_identifier, stem

#: enough routes to know there is a choice (the search stops there on wide schemas)
_MAX_ROUTES = 6

#: words that only say one row has others
_HAVE = frozenset({"have", "has", "had", "having", "with"})

#: participles that are function words elsewhere ("based on") but name a key here ("based at" ~ base_id)
_ROLE_PARTICIPLES = frozenset({"based", "located", "living", "working", "worked", "registered"})

#: words of a key column that never name a route
KEY_WORDS = frozenset({"id", "code", "cd", "key", "fk", "no", "num", "ref", "nr"})


def links_only(meta: TableMeta) -> bool:
    """A table that only links two others ("staffing"): two foreign keys, and at most two plain attributes beside
    them (a date, a number), no text."""
    rest = [c for c in meta.columns if c.kind not in ("pk", "fk")]
    return len(meta.info.foreign_keys) == 2 and len(rest) <= 2 and not any(c.kind == "text" for c in rest)


#: verbs of a row holding others in its lines ("recipes that contain carbon black", "orders including rye flour")
_CONTAIN_WORDS = frozenset({"contain", "contains", "contained", "containing", "include", "includes", "included",
                            "including", "feature", "features", "featured", "featuring"})


class RouteCheck:
    """Refuses a join between two tables when the question does not say which of their routes it means."""

    def __init__(self, schema: SchemaIndex, tokens: list[Token], valued: frozenset[int] = frozenset()) -> None:
        """``valued``: the places of tokens read as stored values ("vets" as the role 'vet'), which name rows of a
        kind: a direct key of theirs (``lesson.instructor_id``), never a route through other rows
        (``appointments.vet_id``)."""
        self.schema = schema
        content = [(i, t) for i, t in enumerate(tokens) if t.is_word and len(t.low) >= 3
                   and (t.low not in FUNCTION_WORDS or t.low in _ROLE_PARTICIPLES)]  # fmt: skip
        self.said_unvalued = {r for i, t in content if i not in valued for r in _roots(t.low)}
        words = [t for t in tokens if t.is_word]
        for a, b in itertools.pairwise(words):  # "picked up" ~ pickup, "dropped off" ~ dropoff
            if b.low in ("up", "off", "in", "out") and len(a.low) >= 3:
                self.said_unvalued |= _roots(stem(a.low) + b.low) | _roots(a.low + b.low)
        self.said = self.said_unvalued | {r for i, t in content if i in valued for r in _roots(t.low)}
        self.checked: set[tuple[str, str]] = set()
        self.words = {t.low for t in tokens if t.is_word}
        #: the question says one row *has* others ("developers with 9 tasks"), not "have flown", "has played"
        self.possessive = any(
            a.low in _HAVE and (a.low == "with" or not _participle(b.low)) for a, b in itertools.pairwise(words)
        ) or (bool(words) and words[-1].low in _HAVE)

    def check(self, a: str, b: str, prefer: frozenset[str] = frozenset(), *, named_only: bool = False) -> None:
        """Refuse the join of ``a`` and ``b`` when the question does not say which route it means;
        ``named_only``: refuse only when a word names another route than the one taken."""
        if a == b or (a, b) in self.checked:
            return
        self.checked.add((a, b))
        chosen = self.schema.path(a, b, prefer)
        if not chosen:
            return
        routes = self._routes(a, b, len(chosen) + 1)
        if len(routes) <= 1:
            return
        named = [r for r in routes if self.named(r, a, b)]
        if not named and len(chosen) == 1 and (_calendar(self.schema.table(a)) or _calendar(self.schema.table(b))):
            return  # a row's own key to the calendar dates it, unless a word names another date (joined, withdrawn)
        if len(named) == 1 and (_same(named[0], chosen) or len(named[0]) == len(chosen) == 1):
            return  # one of several keys between the two tables: the verb that names it picks it later
        if not named and (named_only or self._default(a, chosen, routes, b if chosen[0].child == a else a)):
            return
        if not named and len(routes) > 1:
            raise TranslationError(
                f"{a} and {b} are related in more than one way and the question does not say "
                f"which; rephrase, or use an LLM provider (--provider)"
            )
        if not any(_same(r, chosen) for r in named) or len(named) > 1:
            raise TranslationError(
                f"cannot tell which relation between {a} and {b} is meant; rephrase, or use an "
                "LLM provider (--provider)"
            )

    def check_tied(self, a: str, b: str, prefer: frozenset[str] = frozenset()) -> None:
        """Refuse a join of ``a`` and ``b`` along a key that may be unset when another route as short is set all
        the way ("removals per town": a visit line's property through its visit, not through the appliance it
        names only sometimes), unless a word of the question names the route taken."""
        chosen = self.schema.path(a, b, prefer) or []
        if len(chosen) < 2 or not self._optional(chosen):
            return
        tied = [r for r in self._routes(a, b, len(chosen)) if len(r) == len(chosen) and not self._optional(r)]
        if tied and not self.named(chosen, a, b):
            raise TranslationError(
                f"{a} and {b} are related in more than one way and the question does not say "
                f"which; rephrase, or use an LLM provider (--provider)"
            )

    def _optional(self, route: list[Edge]) -> bool:
        """A key along the route may be NULL."""
        return any(
            (m := self.schema.table(e.child).column(c)) is not None and m.nullable for e in route for c in e.child_cols
        )

    def _default(self, start: str, chosen: list[Edge], routes: list[list[Edge]], parent: str) -> bool:
        """With no route named, the one direct key is meant when it is the shortest route and either plain
        (``emp.dept_id``: the department's employees) or the question only says one row *has* the other
        ("developers with more than 9 tasks", not "employees who work on Apollo")."""
        if len(chosen) != 1 or sum(1 for r in routes if len(r) == 1) != 1:
            return False
        for r in routes:  # a table that only links the two ("staffing") is as plain a relation as the key
            if len(r) == 2 and links_only(self.schema.table(r[0].other(start))):
                return False
            if len(r) == 2 and r[0].parent == start and self.words & _CONTAIN_WORDS:
                return False  # "recipes that contain carbon black": their lines' material, maybe not their product
        own = {r for w in self.schema.table(parent).words for r in _roots(w)}
        role = [
            w for c in chosen[0].child_cols for w in split_identifier(c) if w not in KEY_WORDS and not _roots(w) & own
        ]
        return not role or self.possessive

    def _routes(self, a: str, b: str, limit: int) -> list[list[Edge]]:
        """Simple paths from ``a`` to ``b`` of at most ``limit`` edges that never go up to a parent and down again."""
        out: list[list[Edge]] = []

        def walk(cur: str, seen: set[str], path: list[Edge], went_up: bool) -> None:
            if cur == b:
                out.append(list(path))
                return
            if len(path) >= limit or len(out) >= _MAX_ROUTES:
                return
            for e in self.schema.edges_of(cur):
                nxt = e.other(cur)
                if nxt in seen or e.child == e.parent:
                    continue
                up = e.child == cur  # from a child row to its parent
                if went_up and not up:
                    continue  # up then down: siblings under one parent
                seen.add(nxt)
                path.append(e)
                walk(nxt, seen, path, went_up or up)
                path.pop()
                seen.discard(nxt)

        walk(a, {a}, [], False)
        return out

    def named(self, route: list[Edge], a: str, b: str) -> bool:
        ends = {w for t in (a, b) for w in self.schema.table(t).words}
        words: set[str] = set()
        calendar = {t for t in (a, b) if _calendar(self.schema.table(t))}
        for i, e in enumerate(route):
            if calendar and e.parent not in calendar:
                continue  # a route to a calendar is named by the date it follows (commissioned_date_key), never by a
                # table it passes ("per site" names the site, not the site's commissioning date)
            if i > 0 and not calendar:
                words |= set(self.schema.table(e.child if e.child not in (a, b) else e.parent).words)
            for c in e.child_cols:
                words |= {w for w in split_identifier(c) if w not in KEY_WORDS}
        own = {r for w in ends for r in _roots(w)}
        said = self.said if len(route) == 1 else self.said_unvalued
        return any(_roots(w) & said for w in words - ends if len(w) >= 3 and not _roots(w) & own)


def _calendar(meta: TableMeta) -> bool:
    """A calendar table (a date dimension): named for dates, one row per day with its date and its year."""
    return bool({"date", "calendar", "day", "time"} & set(meta.words)) and any(c.kind == "date" for c in meta.columns) \
        and any(c.is_year for c in meta.columns)


def _participle(word: str) -> bool:
    """A past participle after "have": played, flown, taken, been."""
    return word.endswith(("ed", "en", "wn")) or word in IRREGULAR_VERBS or word == "been"


def _roots(word: str) -> set[str]:
    """Forms a word shares with its relatives: owned/owner/own, assigned/assignee, leads/lead."""
    out = {stem(word), *forms(word)}
    for suf in ("er", "or", "ee", "ed"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            out.add(word[: -len(suf)])
    return out


def _same(x: list[Edge], y: list[Edge]) -> bool:
    return len(x) == len(y) and all(
        e1 is e2 or (e1.child, e1.child_cols, e1.parent) == (e2.child, e2.child_cols, e2.parent)
        for e1, e2 in zip(x, y, strict=True)
    )
