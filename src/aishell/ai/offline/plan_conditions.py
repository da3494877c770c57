"""Planner pass conditions (and aggregate_conditions): values, text patterns, dates, numbers, negations,
flags and states become WHERE and HAVING material on a :class:`~.plan_state.PlanState`; also the group keys."""

from __future__ import annotations

import re

from aishell.ai.offline.account import END_WORDS, START_WORDS, says_an_end, stem
from aishell.ai.offline.codes import codes_for
from aishell.ai.offline.dates import add_months
from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.glossary import foreign_states
from aishell.ai.offline.ir import (
    Agg,
    Col,
    Cond,
    CountOf,
    DatePart,
    Expr,
    Lit,
    Product,
    Related,
    TableAgg,
    Total,
)
from aishell.ai.offline.lexicon import (
    CLOSING_WORDS,
    CODE_WORDS,
    CREATION_WORDS,
    END_EVENT_WORDS,
    FUNCTION_WORDS,
    LEVEL_WORDS,
    OPEN_WORDS,
    STATE_COLUMN_WORDS,
    UNIT_PRICE_WORDS,
)
from aishell.ai.offline.linking import EVENT_NOUNS, Candidate, negative_stem
from aishell.ai.offline.parse import Item
from aishell.ai.offline.plan_state import _EQUALS_FILLER, _FILLER, PlanState
from aishell.ai.offline.text import forms, irregular_base, past_participle, singular, split_identifier
from aishell.ai.offline.units import UNITS, column_unit
from aishell.ai.offline.values import (
    MAX_VALUE_LENGTH,
    SCAN_ROWS,
    STATUS_WORDS,
    ValueHit,
    abbreviates,
    spelling_key,
)

#: words between a negated table and the value that picks its rows ("no candidates *in the* North")
#: words of a date column that closes a row: a row without it is still open ("completed_dt", "closed_at")

#: words of a negation that leave something out ("excluding", "not counting", "leaving out", "ignoring")
EXCLUSION_WORDS = frozenset({"excluding", "counting", "leaving", "ignoring"})

#: names of days and months: a time, never the name of a row
_CALENDAR_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "weekend",
     "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip

#: a column type that holds text: a word may be one of its values
_TEXT_TYPE = re.compile(r"char|text|string|clob|enum|name|uuid", re.IGNORECASE)

_PLACE_SKIP = frozenset({"in", "at", "from", "with", "of", "the", "a", "an", "for", "on"})

#: words of a period a group may be by ("each year")
_PERIOD_WORDS = frozenset({"year", "month", "day"})

#: words right before a participle used as a verb ("was billed", "were cancelled")
_AUXILIARY_VERBS = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "got", "gets"})

#: words of a column holding a person's name
_PERSON_NAME_WORDS = frozenset(
    {"first", "last", "full", "surname", "given", "forename", "fname", "lname", "firstname", "lastname", "fullname"}
)

#: words of an event that has not happened yet ("awaiting harvest", "pending approval")
_AWAITING = frozenset({"awaiting", "awaits", "await", "pending", "waiting"})


#: verbs of what a row's money column says it costs or earns ("trainers who charge more than ...")
_PRICE_VERBS = frozenset({"charge", "charges", "charged", "cost", "costs", "earn", "earns", "earned", "pay", "pays",
                          "paid", "bill", "bills", "make", "makes"})  # fmt: skip


def _scope_of_average(st: PlanState, it: Item, col: Col) -> tuple[Cond, ...]:
    """ "more than the average laptop purchase price": the values said between the average and its column
    choose the rows it is taken over (the laptops), and are no condition of their own."""
    k = st.items.index(it)
    out: list[Cond] = []
    for x in st.items[k + 1 :]:
        if x.kind == "column" and x.role == "filter" and x.used:
            break
        if x.kind != "value":
            if x.kind == "word" and x.text.lower() in ("the", "a", "an", "of"):
                continue
            break
        hits = [h for h in x.values if h.table == col.table]
        if not hits:
            break
        x.used, x.role = True, "scope"
        out.append(Cond("=", Col(hits[0].table, hits[0].column), (Lit(hits[0].value),)))
    return tuple(out)


#: a currency's sign -> its code, as the unit table names it
_CURRENCY_SIGNS = {"£": "gbp", "$": "usd", "€": "eur"}


def _currency_said(st: PlanState, k: int) -> set[str]:
    """The codes of the currencies a comparison's amount is written in ("£1,000": gbp)."""
    it = st.items[k]
    return {_CURRENCY_SIGNS[t.text[:1]] for t in st.tokens[it.first : it.last] if t.currency and
            t.text[:1] in _CURRENCY_SIGNS}  # fmt: skip


def numeric_target(st: PlanState, k: int, currency: bool, adj: str | None) -> Col | None:
    """Which column a comparison at item ``k`` constrains."""
    subject = st.subject
    assert subject is not None
    if st.items[k].func:
        # "charge more than the average hourly rate": the column the average is named with
        at = k + 1
        while (x := st.item(at)) is not None and x.kind == "value":
            at += 1
        named = st.item(at)
        if named is not None and named.kind == "column" and not named.used:
            col = st.pick_column(named, subject)
            if st.colmeta(col).numeric and col.table == subject:
                named.used, named.role = True, "filter"
                prev = st.item(st.prv(k, _FILLER, 1))
                if prev is not None and prev.kind == "column" and not prev.used and prev.text.lower() in _PRICE_VERBS:
                    prev.used = True  # "charge": the verb of the money the column holds
                return col
    by_unit = _unit_target(st, k)
    if by_unit is not None:
        # "a list price above 10,000 euros": the column said before is the one the unit picks, read once
        prev = st.item(st.prv(k, _FILLER | {"is", "are", "of"}, 3))
        if prev is not None and prev.kind == "column" and not prev.used and any(
                c.table == by_unit.table and c.column == by_unit.column for c in prev.columns):
            prev.used, prev.role = True, "filter"
        return by_unit
    if adj:
        got = st.adjective_measure(adj, subject, True)
        if got is not None and got[0].col is not None:
            return got[0].col
    # a column just before: "price over 100", "with stock under 10", "priced between"
    j = st.prv(k, _FILLER | {"is", "are", "costs", "cost", "costing", "priced", "greater", "bigger"}, 3)
    prev = st.item(j)
    # "greater than 100 and less than 200": the column of the comparison before
    j2 = st.prv(k, frozenset({"and", "but", "or", "yet"}), 1)
    before = st.item(j2)
    if (
        before is not None
        and before.kind == "cmp"
        and before.used
        and j2 is not None
        and j2 != k
        and before.target is not None
    ):
        return before.target
    if prev is not None and prev.kind == "column":
        col = st.pick_column(prev, subject)
        if st.colmeta(col).kind in ("number", "date"):
            prev.used, prev.role = True, "filter"
            return col
    # a column just after: "more than 100 in stock"
    j = st.nxt(k, _FILLER, 2)
    nxt = st.item(j)
    if nxt is not None and nxt.kind == "column" and not nxt.used:
        col = st.pick_column(nxt, subject)
        if st.colmeta(col).kind == "number":
            nxt.used, nxt.role = True, "filter"
            return col
    # a cost verb: "products that cost more than 50"
    words = {st.tokens[i].low for i in range(max(0, st.items[k].first - 3), st.items[k].first)}
    meta = st.meta(subject)
    numeric = [c for c in meta.numeric_columns() if not c.is_key]
    if words & {"cost", "costs", "costing", "priced", "pay", "paid", "charged"} or currency:
        after = st.item(k + 1)
        if not currency and after is not None and after.kind in ("word", "table", "column") and \
                after.first == st.items[k].last \
                and after.text.lower() not in UNITS and after.text.lower() not in FUNCTION_WORDS:
            return None  # "paid in two or more instalments": a number of things, not a sum of money
        money = [c for c in numeric if c.money]
        said = _currency_said(st, k)
        if len(money) > 1 and said:
            # "transactions for more than £1,000" over foreign_amt and gbp_amt: the amount in the currency said
            money = [c for c in money if any(UNITS[w][2] in said for w in c.words if w in UNITS)] or money
        if money:
            return Col(subject, money[0].name)
        for m in st.schema.tables.values():
            mm = [c for c in m.numeric_columns() if c.money]
            if mm and st.distance(subject, m.name) == 1:
                return Col(m.name, mm[0].name)
    after = st.item(k + 1)
    if after is not None and after.kind in ("word", "timeunit") and after.text.lower() not in FUNCTION_WORDS:
        return None  # "lasted more than 3 nights": the noun says what is compared, and no column is named so
    of, owner = st.item(k - 1), st.item(k - 2)
    if st.word(of) == "of" and owner is not None and owner.kind == "table" and st.table_of(owner) != subject:
        # "a game of 250 or better": the one measure of a game, never a number of the bowler's own
        theirs = [c for c in st.meta(st.table_of(owner)).numeric_columns() if not c.is_key and not c.is_year]
        return Col(st.table_of(owner), theirs[0].name) if len(theirs) == 1 else None
    if len(numeric) == 1:
        it = st.items[k]
        aged = st.surely_person(subject) or any(set(c.words) & _AGE_WORDS for c in meta.columns)
        if (
            aged
            and not numeric[0].money
            and not set(numeric[0].words) & _AGE_WORDS
            and it.nums
            and all(0 < n < 130 for n in it.nums)
        ):
            return None  # "respondents under 25": an age (their age_band), not their one number (tenure_years)
        st.penalty += 0.2
        return Col(subject, numeric[0].name)
    return None


#: words of a column that holds an age, which "under 25" of people means
_AGE_WORDS = frozenset({"age", "aged", "dob", "birth", "born"})


_VERSUS = frozenset({"vs", "vs.", "versus"})


#: words that bring in examples of a grouping's values ("each kind of place, such as hospital or home")
_EXAMPLE_MARKS = (("such", "as"), ("for", "example"), ("for", "instance"), ("e", "g"), ("eg",), ("like",))


def _an_example(st: PlanState, k: int) -> bool:
    """A value said after "such as" / "like" / "for example" once the question has asked for one group per value
    ("in each kind of place, such as hospital or home"): an illustration of the groups, never a filter; it and
    the values listed with it are marked used."""
    it = st.items[k]
    toks = st.tokens
    before = [t.low for t in toks[max(0, it.first - 3) : it.first] if t.is_word and t.low not in ("a", "an", "the")]
    if not any(tuple(before[-len(m):]) == m for m in _EXAMPLE_MARKS if len(before) >= len(m)):
        return False
    if not any(x.kind in ("group", "by") and x.first < it.first for x in st.items):
        return False
    j = k
    while (x := st.item(j)) is not None and (x.kind == "value" or st.word(x) in ("or", "and", "a", "an", "the")
                                             or (x.kind == "punct" and x.text == ",")):
        x.used = True
        j += 1
    st.notes.append(f"{it.text} and the like: examples of the groups")
    return True


def _done_as_a_verb(st: PlanState, k: int, it: Item) -> bool:
    """ "How many call-outs has each engineer done this year?": "done" after "has ... " is the verb of doing the rows,
    never the state 'completed' of another table's rows (but "jobs that are done" is that state)."""
    prev = st.item(k - 1)
    named = {st.table_of(prev)} if prev is not None and prev.kind == "table" else set()
    if it.text.lower() != "done" or any(h.table == st.subject or h.table in named for h in it.values):
        return False  # ("inspections each inspector has carried out", "had a visit carried out": their state)
    before = [t.low for t in st.tokens[max(0, it.first - 5) : it.first]]
    perfect = any(w in ("has", "have", "had") for w in before) and not any(
        w in ("been", "is", "are", "was", "were", "be", "being", "get", "got") for w in before)  # fmt: skip
    if perfect:
        it.kind, it.values, it.used = "word", [], True
    return perfect


def _verb_of_a_negation(st: PlanState, k: int, it: Item) -> bool:
    """ "Which RFQs received no bids?": a participle right before "no" is the verb of the absent rows, not the stored
    state 'RECEIVED' of some other table's rows."""
    nxt = st.item(k + 1)
    if nxt is None or nxt.kind != "neg" or nxt.first != it.last or " " in it.text.strip() or \
            not it.text.lower().endswith("ed") or any(h.table == st.subject for h in it.values):  # fmt: skip
        return False
    it.kind, it.values = "word", []
    return True


def value_conditions(st: PlanState) -> None:
    items = st.items
    k = 0
    while k < len(items):
        it = items[k]
        if it.kind != "value" or (it.used and it.role != "neg") or _negated_value(st, k):
            k += 1
            continue
        reach = [h for h in it.values if st.subject is None or st.reachable(st.subject, h.table)]
        if reach and len(reach) < len(it.values):
            it.values = reach  # the rows' own 'cancelled', not another area's table's
        if not reach:
            # a stored value of a table the question's rows cannot reach ("campus orders with status
            # cancelled" against another area's table, where campus_orders' own values were not sampled):
            # the words are said as typed
            it.kind, it.values = "literal", []
            it.text = st.question_text(it.first, it.last)
            k += 1
            continue
        if _an_example(st, k):
            k += 1
            continue
        if _done_as_a_verb(st, k, it):
            k += 1
            continue
        if _verb_of_a_negation(st, k, it):
            k += 1
            continue
        hit = pick_value(st, it)
        if _state_of_own_end(st, it, hit):
            it.kind, it.values = "word", []  # the rows' own state: the state pass reads the one date that closes them
            k += 1
            continue
        if _names_a_year_column(st, k, it, hit):
            it.used, it.role = True, "date"  # "the 2025 season": the year said of season_year, no permit type 'Season'
            k += 1
            continue
        if _verb_of_dated_rows(st, k, it, hit):
            it.used, it.role = True, "date"  # the period said next dates the subject's rows by that verb's date
            k += 1
            continue
        if _event_value(st, it, hit):
            if it.role == "neg" and st.subject is not None:  # "candidates who never applied": no such rows
                st.negations.append(Cond("not_exists", related=Related(st.subject, hit.table, [])))
                st.notes.append(f"it has no {hit.table}")
            elif hit.table not in st.exists_tables:  # "candidates who applied": some such row
                st.exists_tables.append(hit.table)
            it.used, it.role = True, "event"  # still a value link: the accounting sees the rows it names
            k += 1
            continue
        _own_value(st, k, it, hit)
        _abbreviated_elsewhere(st, it, hit)
        group = [hit]
        it.used = True
        # "Germany or Japan", "India, Brazil and Kenya"
        j = k
        while True:
            j2 = st.nxt(j, _LISTED, 2)
            other = st.item(j2)
            if other is not None and j2 == j + 1 and other.kind in ("table", "column"):
                # "a yoga class and a spin class": the same noun said after each value
                j3 = st.nxt(j + 1, _LISTED, 2)
                tail = st.item(j3 + 1 if j3 is not None else None)
                if tail is not None and tail.kind == other.kind and tail.text.lower() == other.text.lower():
                    other.used = tail.used = True
                    j2, other = j3, st.item(j3)
            if other is not None and j2 is not None and other.kind == "group" and other.text.lower() in _VERSUS:
                j2 += 1  # "uk vs us": both, each a group of its own
                other = st.item(j2)
            if other is None or j2 is None or other.kind != "value" or other.used:
                break
            same = [h for h in other.values if h.table == hit.table and h.column == hit.column]
            if not same or other.first == st.items[j].last:
                break  # ("care home": two values side by side are one phrase, never either of them)
            group.append(same[0])
            other.used = True
            j = j2
        negated = it.role == "neg"
        it.role = "filter"
        col = st.with_role(Col(hit.table, hit.column), it.first)
        vals = tuple(Lit(h.value) for h in group)
        subject = st.subject
        if not negated and _both_related(st, k, j, group):
            k = j + 1
            continue
        owner = _neg_owner(st, j) if negated else None
        own = subject is not None and hit.table != subject
        if negated and len(group) == 1 and own and subject is not None and _unset_date(st, it, subject):
            # "members who have not cancelled" beside members.cancelled_on: their own cancellation date is unset,
            # not that none of their bookings has the status 'cancelled'
            k = j + 1
            continue
        measured = _measured_owner(st, k, hit.table) if negated and subject is not None else None
        if measured is not None:
            # "the most charters this year, leaving out cancelled ones" over a status history: each charter counted
            # has no history row saying so (never the skippers who ever had one cancelled)
            inner = Cond("in" if len(vals) > 1 else "=", col, vals)
            st.add_cond(Cond("not_exists", related=Related(measured, hit.table, [inner])), measured)
            st.notes.append(f"it has no {hit.table} where {hit.column} is " + " or ".join(repr(h.value) for h in group))
            k = j + 1
            continue
        if (
            negated
            and subject is not None
            and (owner is not None or (hit.table != subject and st.fans_out(subject, hit.table)))
            and not _leaves_out_measured(st, k, hit.table)
        ):
            # "constituencies with no Green candidate": no related row has the value, not a row without it
            target = owner if owner is not None else hit.table
            inner = Cond("in" if len(vals) > 1 else "=", col, vals)
            st.negations.append(Cond("not_exists", related=Related(subject, target, [inner])))
            st.notes.append(f"it has no {target} where {hit.column} is " + " or ".join(repr(h.value) for h in group))
            k = j + 1
            continue
        if negated and len(group) == 1 and _unset_date(st, it, hit.table):
            # "requests that haven't been closed yet" beside a Closed Date: not closed is no closing date (a
            # 'Duplicate' request was closed too, with another status)
            k = j + 1
            continue
        siblings = _numbered_siblings(st, hit.table, hit.column)
        if siblings and not negated:
            # "devices tagged critical" over tag1, tag2, tag3: the value may stand in any of them
            op = "=" if len(vals) == 1 else "in"
            parts = tuple(Cond(op, Col(hit.table, c), vals) for c in [hit.column, *siblings])
            st.add_cond(Cond("or", alternatives=parts), hit.table)
            said = " or ".join(repr(h.value) for h in group)
            st.notes.append(f"one of {', '.join([hit.column, *siblings])} is {said}")
            k = j + 1
            continue
        if siblings:
            raise TranslationError(f"{it.text!r} is a value of {hit.column} and of {', '.join(siblings)}; {REPHRASE}")
        opposite = _opposite_value(st, hit) if negated and len(vals) == 1 else None
        if opposite is not None:
            # "parcels never collected" beside 'Collected', 'Delivered' and 'Not collected': the stored opposite
            cond = Cond("=", col, (Lit(opposite),))
            negated = False
            group = [ValueHit(hit.table, hit.column, opposite)]
        elif negated and hit.table == subject and _never_before(st, it) and st.schema.children(subject):
            # "vehicles that have never been rented out" over veh_status 'rented', beside the bookings that record
            # each rental: a state held now says nothing of every earlier day
            raise TranslationError(f"'never {it.text}' asks about every past day, but {hit.table}.{hit.column} holds "
                                   f"only the state now; {REPHRASE}")  # fmt: skip
        elif len(vals) == 1:
            cond = Cond("<>" if negated else "=", col, vals)
        else:
            cond = Cond("not_in" if negated else "in", col, vals)
        st.add_cond(cond, hit.table)
        st.notes.append(f"{hit.column} {'is not' if negated else 'is'} " + " or ".join(repr(h.value) for h in group))
        k = j + 1


def _never_before(st: PlanState, it: Item) -> bool:
    """ "never" among the three words before the value ("never been rented", "never once sold")."""
    return any(t.low == "never" for t in st.tokens[max(0, it.first - 3) : it.first])


def _opposite_value(st: PlanState, hit: ValueHit) -> str | None:
    """The stored value that says the opposite of ``hit`` in its column ('Not collected' beside 'Collected',
    'Unpaid' beside 'Paid', 'Non-member' beside 'Member'), if there is one."""
    low = hit.value.lower()
    wanted = {f"not {low}", f"not_{low}", f"non-{low}", f"non {low}", f"non{low}", f"un{low}", f"never {low}",
              f"not-{low}"}  # fmt: skip
    found = [v for v in st.values.column_values(hit.table, hit.column) if v.lower() in wanted]
    return found[0] if len(found) == 1 else None


#: words between the values of a list ("Germany or Japan", "both a dog and a cat")
_LISTED = frozenset({"or", "and", "the", "nor", "a", "an"})

#: phrases that leave rows out of what is counted or added up
_LEAVING_OUT = frozenset({"not counting", "excluding", "leaving out", "leave out", "ignoring", "ignore", "skip",
                          "exclude", "omit", "except"})  # fmt: skip


def _leaves_out_measured(st: PlanState, k: int, table: str) -> bool:
    """ "customers who spent the most, not counting cancelled orders": the orders added up leave the cancelled
    ones out (a row filter on them), not the customers who ever had one (a NOT EXISTS)."""
    neg = st.item(st.prv(k, frozenset({"the", "any", "all"}), 2))
    if neg is not None and neg.kind == "neg" and _said_of_counted(st, st.items.index(neg), table):
        return True
    if neg is None or neg.kind != "neg" or neg.text.lower() not in _LEAVING_OUT:
        return False
    sh = st.shape
    measures = [m for m in (sh.rank_measure, sh.agg_measure) if m is not None]
    rows = {m.table for m in measures} | {m.col.table for m in measures if m.col is not None}
    # (or the rows the measured ones belong to: "units sold, ignoring cancelled orders" over order lines)
    return table in rows or any(
        e.parent == table for r in rows for e in st.schema.edges_of(r) if e.child == r and e.parent != r
    )


def _measured_owner(st: PlanState, k: int, table: str) -> str | None:
    """ "leaving out cancelled ones" where the value is stored in ``table``, rows of which the measured rows have
    many (a status history): the measured table, whose rows are each left out when one of theirs has the value."""
    neg = st.item(st.prv(k, frozenset({"the", "any", "all"}), 2))
    if neg is None or neg.kind != "neg" or neg.text.lower() not in _LEAVING_OUT:
        return None
    sh = st.shape
    rows = {m.table for m in (sh.rank_measure, sh.agg_measure) if m is not None} - {st.subject, table}
    owners = [r for r in rows if st.fans_out(r, table) and any(e.child == table and e.parent == r
                                                                for e in st.schema.edges_of(table))]
    return owners[0] if len(owners) == 1 else None


def _said_of_counted(st: PlanState, n: int, table: str) -> bool:
    """ "customers with more than five bookings that weren't cancelled": the negation at item ``n`` is said in a
    clause of the rows a comparison counts (``table``), so those rows are counted without it, not the customers
    kept who never had one."""
    j = st.prv(n, frozenset({"that", "which", "who", "were", "was", "are", "is", "have", "has", "had", "been"}), 4)
    rows = st.item(j)
    return rows is not None and rows.kind == "table" and rows.role == "having" and st.table_of(rows) == table and \
        j is not None and j < n - 1


def _both_related(st: PlanState, k: int, j: int, group: list[ValueHit]) -> bool:
    """ "recipes tagged both quick and healthy": two values of one column of rows the subject has many of, after
    "both" and joined by "and": a related row with each value (two EXISTS), not one row with either (IN)."""
    subject, hit = st.subject, group[0]
    if len(group) < 2 or subject is None or hit.table == subject or not st.fans_out(subject, hit.table):
        return False
    b = st.prv(k, frozenset({"the", "a", "an"}), 2)
    both = st.item(b)
    if both is None or both.kind != "word" or both.text.lower() != "both" or both.used:
        return False
    between = {t.low for t in st.tokens[st.items[k].last : st.items[j].first]}
    if "or" in between or "nor" in between or "and" not in between:
        return False
    for h in group:
        inner = Cond("=", st.with_role(Col(h.table, h.column), st.items[k].first), (Lit(h.value),))
        st.each_exists.append(Cond("exists", related=Related(subject, h.table, [inner])))
    both.used = True
    said = " and some where it is ".join(repr(x.value) for x in group)
    st.notes.append(f"it has {hit.table} where {hit.column} is {said}")
    return True


def _by_anyone(st: PlanState, k: int, table: str) -> bool:
    """ "members referred by another member", "tickets assigned to someone": after "by", a row of the key's table
    that is not named; the words are marked used (the key being set says them)."""
    by = st.item(k + 1)
    det = st.item(k + 2)
    noun = st.item(k + 3)
    if by is None or det is None or st.word(by) != "by":
        return False
    if st.word(det) in ("someone", "somebody", "anyone", "anybody"):
        by.used = det.used = True
        return True
    if st.word(det) not in ("another", "a", "an", "some", "other") or noun is None or noun.kind != "table":
        return False
    if st.table_of(noun) != table:
        return False
    by.used = det.used = noun.used = True
    return True


def _unset_date(st: PlanState, it: Item, table: str) -> bool:
    """A negated participle ("not closed", "not cancelled") that ``table``'s one date column carries: that date
    is tested unset, and True; else nothing is added."""
    said = it.text.lower()
    if not said.endswith("ed"):
        return False
    # shipped_at; shipdate, ship_dt (the verb's base before a date word, apart or run together)
    bases = {b for b in (said[:-1], said[:-2], said[:-3]) if len(b) >= 3}
    dated = [
        c for c in st.meta(table).columns if c.kind == "date" and (said in c.words or any(
            w.startswith(b) and w[len(b):] in _RUN_DATE_WORDS and (w != b or i + 1 < len(c.words))
            for i, w in enumerate(c.words) for b in bases))
    ]  # fmt: skip
    if len(dated) != 1:
        return False
    st.add_cond(Cond("is_null", Col(table, dated[0].name)), table)
    st.notes.append(f"{dated[0].name} is not set")
    return True


#: words that ask for one group per date ("per order date", "by day", "each delivery date")
_DATE_GROUP_WORDS = frozenset({"date", "dates", "day", "days", "dt", "time", "timestamp", "when"})

#: ends that are one state among others a row may end in (cancelled, not lapsed): dated only with that state tested
_STATE_ENDS = frozenset({"cancelled", "canceled", "terminated", "expired", "lapsed"})

#: what follows a verb's base in the name of the date it happened on (shipdate, ship_dt, shipped_on)
_RUN_DATE_WORDS = frozenset({"", "date", "dt", "on", "at", "ts", "time", "timestamp"})

#: verbs that make a row ("opened a ticket"), unlike an outcome ("failed an inspection": its result 'FAIL')
_MAKING_VERBS = frozenset({"opened", "created", "placed", "made", "started", "filed", "raised", "submitted", "booked",
                           "logged", "launched", "registered"})  # fmt: skip


def _numbered_siblings(st: PlanState, table: str, column: str) -> list[str]:
    """The other columns of a numbered group (``tag1``: ``tag2``, ``tag3``; ``phone_1``: ``phone_2``)."""
    m = re.fullmatch(r"(.*?\D)_?(\d{1,2})", column)
    if m is None:
        return []
    stem_ = m.group(1).rstrip("_").lower()
    out = []
    for c in st.meta(table).columns:
        other = re.fullmatch(r"(.*?\D)_?(\d{1,2})", c.name)
        if c.name != column and other is not None and other.group(1).rstrip("_").lower() == stem_:
            out.append(c.name)
    return out


def _names_the_opening(st: PlanState, it: Item) -> bool:
    """ "still open" linked to ``openedAt``: the word of the row's start date, not a test of it (the row is open
    while the date that closes it is unset)."""
    c = it.columns[0] if it.kind == "column" and it.columns else None
    return c is not None and st._cand_kind(c) == "date" and bool(
        set(st.colmeta(Col(c.table, c.column or "")).words) & START_WORDS)


def _state_of_own_end(st: PlanState, it: Item, hit: ValueHit) -> bool:
    """ "how many fault reports are still open" where only the quote a report's installation came from stores
    'open': the reports hold no state but an end date of their own (``opgelost_op``), so "still open" is said of
    them, not a state of a related row."""
    subject = st.subject
    if subject is None or hit.table == subject or it.first == 0 or \
            st.tokens[it.first - 1].low not in ("still", "currently") or it.text.lower() not in OPEN_WORDS:
        return False
    meta = st.meta(subject)
    if any(set(c.words) & STATE_COLUMN_WORDS for c in meta.columns):
        return False
    return len([c for c in meta.date_columns() if set(c.words) & CLOSING_WORDS and c.nullable]) == 1


def _names_a_year_column(st: PlanState, k: int, it: Item, hit: ValueHit) -> bool:
    """A one-word value said right beside a year ("the 2025 season") that names a year column of its own table
    (``season_year``): the noun of that year, not a stored value."""
    if it.last - it.first != 1:
        return False
    # ("the 2025 season" reads as "the season in 2025": the noun after its determiner, the year right after it)
    nxt = st.item(k + 1)
    if it.first == 0 or st.tokens[it.first - 1].low not in ("the", "our", "this", "last") or nxt is None or \
            nxt.kind != "date" or nxt.first != it.last or not re.fullmatch(r"in (19|20)\d\d", nxt.text.lower()):
        return False
    word = singular(it.text.lower())
    return any(c.is_year and word in c.words for c in st.meta(hit.table).columns)


def _verb_of_dated_rows(st: PlanState, k: int, it: Item, hit: ValueHit) -> bool:
    """ "For dogs adopted in 2024, the average days between intake and adoption" over adoptions (``AdoptionDate``)
    and the animal's status 'Adopted': a participle right before a period, naming one date of the subject's rows,
    says when those rows happened, not the state a related row is in now (a dog adopted then returned)."""
    word = it.text.lower()
    nxt = st.item(k + 1)
    subject = st.subject
    if subject is None or hit.table == subject or not word.endswith("ed") or len(word) < 5 or \
            it.last - it.first != 1 or nxt is None or nxt.kind != "date" or nxt.first != it.last:
        return False
    want = stem(word)
    dates = [c for c in st.meta(subject).date_columns() if any(_names_verb(w, want, word) for w in c.words)]
    return len(dates) == 1


def _event_value(st: PlanState, it: Item, hit: ValueHit) -> bool:
    """ "Which candidates applied for the job" where applications hold stage 'applied' and ``appliedOn``: the
    verb is the event that made the related rows (an application), not the stage they are at now."""
    word = it.text.lower()
    subject = st.subject
    if (
        subject is None
        or hit.table == subject
        or not word.endswith("ed")
        or word in END_EVENT_WORDS
        or it.last - it.first != 1
        or not st.fans_out(subject, hit.table)
    ):
        return False
    k = st.items.index(it)
    after = st.item(st.nxt(k, frozenset({"a", "an", "any", "one"}), 2))
    if (
        word in _MAKING_VERBS
        and hit.value.lower() != word
        and after is not None
        and after.kind == "table"
        and st.table_of(after) == hit.table
    ):
        return True  # "customers who never opened a ticket" (status 'open' is what a ticket is now, not that event)
    if it.first > 0 and st.tokens[it.first - 1].low == "been":
        # "frames that have never been ordered", "dogs never been booked in for a stay": the passive of the event
        # that makes the related rows (an order, a stay), not the status they are at now
        names = {stem(w) for w in st.meta(hit.table).words if len(w) >= 4}
        later = [x for x in st.items[k + 1 : k + 5] if x.kind == "table" and st.table_of(x) == hit.table]
        if stem(word) in names or later:
            return True
    return any(c.kind == "date" and word in c.words for c in st.meta(hit.table).columns)


def _abbreviated_elsewhere(st: PlanState, it: Item, hit: ValueHit) -> None:
    """ "How many policies are currently active?" found as 'ACT' in the customers' st_cd (a state, not a status)
    while the policies have a status column of their own: a word read through an abbreviation of another table's
    value is a guess."""
    subject = st.subject
    word = it.text.lower()
    if subject is None or hit.table == subject or hit.coded or hit.value.lower() == word or it.last - it.first != 1:
        return
    if spelling_key(hit.value) == spelling_key(word) or singular(word) == hit.value.lower():
        return
    status = [
        c for c in st.meta(subject).columns
        if set(c.words) & STATUS_WORDS
        and any(v.lower() == word[:1] or abbreviates(v, word) for v in st.values.column_values(subject, c.name))
    ]  # fmt: skip  (a status of its own that may hold the word: 'A' for active)
    if status:
        raise TranslationError(
            f"{it.text!r} read as {hit.value!r} ({hit.table}.{hit.column}) is a guess beside {subject}'s own "
            f"{status[0].name}; {REPHRASE}"
        )


def _own_value(st: PlanState, k: int, it: Item, hit: ValueHit) -> None:
    """ "female teachers", "teachers from Germany": a sex or a place said of the rows asked for belongs to
    their table or a parent's ("orders from Germany": the customer's country), not to rows below them (the
    pupils of their classes).  Refused when it does."""
    subject = st.subject
    if subject is None or hit.table == subject:
        return
    nxt = st.item(k + 1)
    if nxt is not None and nxt.kind == "table" and st.table_of(nxt) == hit.table:
        return  # "classes with female pupils": the value is said of the table named after it
    i = it.first - 1
    while i > 0 and st.tokens[i].low in ("the", "a", "an"):
        i -= 1
    before = st.tokens[i].low if i >= 0 else ""
    if (hit.coded or before == "from" or _predicate_at(st, k)) and st.fans_out(subject, hit.table):
        # "devices that are offline" read as some alert of type 'offline': a state of the device, not of rows below
        raise TranslationError(
            f"{it.text!r} is a {hit.column} of {hit.table}, not of {subject}; rephrase, or "
            "use an LLM provider (--provider)"
        )
    word = it.text.lower()
    if (
        word.endswith("ed")
        and before in _AUXILIARY_VERBS
        and hit.value.lower() not in forms(word)
        and st.fans_out(subject, hit.table)
    ):
        # "which client was billed the most": a verb of the client, not the code 'BLD' of its samples
        raise TranslationError(
            f"cannot tell what {it.text!r} means for {subject}; rephrase, or use an LLM provider (--provider)"
        )


def _unit_target(st: PlanState, k: int) -> Col | None:
    """ "longer than 3 hours", "more than 20 kg": the one column measured in that kind of unit."""
    it = st.items[k]
    word = st.tokens[it.last].low if it.last < len(st.tokens) else ""
    unit = UNITS.get(word) if len(word) > 1 else None
    subject = st.subject
    if unit is None or subject is None:
        return None
    tables = [subject, *sorted(t for t in st.schema.tables if st.distance(subject, t) == 1)]
    groups = [[subject], tables[1:]]
    clause = _clause_owner(st, k)
    if clause is not None and clause != subject:
        groups.insert(0, [clause])  # "builds that had a test step that ran for more than 10 minutes": the step's
    for group in groups:
        found = [
            Col(t, c.name)
            for t in group
            for c in st.meta(t).numeric_columns()
            if not c.is_key and "per" not in c.words and (column_unit(c.words) or ("",))[0] == unit[0]
        ]  # (price_per_kg is a price, not a weight: "sales over 800 kg" are the sale's quantity_t, in tonnes)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None
    return None


def _clause_owner(st: PlanState, k: int) -> str | None:
    """The table whose rows a relative clause ending in the comparison at ``k`` is said of ("a step *that ran
    for* more than 10 minutes": the steps), or None."""
    j = k - 1
    while j >= 0 and k - j <= 4 and st.items[j].kind == "word" and st.items[j].text.lower() not in (
            "that", "which", "who", "whose"):
        j -= 1
    rows = st.item(j - 1)
    if j < 1 or st.word(st.item(j)) not in ("that", "which") or rows is None or rows.kind != "table":
        return None
    return st.table_of(rows)


def _total_condition(st: PlanState, k: int, it: Item) -> bool:
    """ "recipes that take less than 30 minutes in total": the sum of the row's columns in that kind of unit
    (prep and cook minutes), converted to the unit asked for."""
    unit_item, total_item = st.item(k + 1), st.item(k + 2)
    subject = st.subject
    if (
        unit_item is None
        or total_item is None
        or subject is None
        or not it.nums
        or it.op == "between"
        or total_item.text.lower() not in ("in total", "altogether", "combined", "overall")
    ):
        return False
    unit = UNITS.get(unit_item.text.lower())
    if unit is None or len(unit_item.text) <= 1:
        return False
    units = {
        c.name: u
        for c in st.meta(subject).numeric_columns()
        if not c.is_key and (u := column_unit(c.words)) is not None and u[0] == unit[0]
    }
    cols = [c for c in st.meta(subject).numeric_columns() if c.name in units]
    if len(cols) < 2 or len({u[1] for u in units.values()}) != 1:
        return False
    factor = unit[1] / units[cols[0].name][1]
    total = Total(tuple(Col(subject, c.name) for c in cols))
    st.add_cond(Cond(it.op or "=", total, tuple(Lit(n * factor) for n in it.nums)), subject)
    st.notes.append(f"{' + '.join(c.name for c in cols)} {it.text} {unit_item.text}")
    it.used = unit_item.used = total_item.used = True
    return True


def _neg_owner(st: PlanState, j: int) -> str | None:
    """The table right after a negated value ("no Green *candidate*"), when the subject's rows fan out to it."""
    subject = st.subject
    nxt = st.item(st.nxt(j, frozenset({"the"}), 1))
    if subject is None or nxt is None or nxt.kind != "table" or nxt.used:
        return None
    table = st.table_of(nxt)
    if table == subject or not st.fans_out(subject, table):
        return None
    nxt.used, nxt.role = True, "neg"
    return table


def pick_value(st: PlanState, it: Item) -> ValueHit:
    hits = it.values
    if len(hits) == 1:
        return hits[0]
    subject = st.subject
    mentioned_cols = {(c.table, c.column) for x in st.items if x.kind == "column" for c in x.columns[:1]}
    # a column of the subject's own that a word names at all: "the ml team's servers" is server.owner_team,
    # though "team" names engineer.team better
    own_named = {(c.table, c.column) for x in st.items if x.kind == "column" for c in x.columns if c.table == subject}
    mentioned_tables = {st.table_of(x) for x in st.items if x.kind == "table"}
    # "parts owned by Electrical engineers": a value said right before rows is theirs, whatever else holds it
    k = next((j for j, x in enumerate(st.items) if x is it), None)
    nxt = st.item(k + 1) if k is not None else None
    before = st.table_of(nxt) if nxt is not None and nxt.kind == "table" and nxt.first == it.last else None
    if before is not None and before != subject and any(h.table == before for h in hits) and any(
            h.table == subject for h in hits):  # fmt: skip
        # ("heated runs for large dogs": the runs' size or the dogs'?)
        raise TranslationError(f"cannot tell whether {it.text!r} is said of the {subject} or of the {before}; "
                               f"{REPHRASE}")  # fmt: skip

    def rank(h: ValueHit) -> tuple[int, int, int, int, int]:
        return (
            0 if h.table == before else 1,
            0 if (h.table, h.column) in own_named else 1,
            0 if (h.table, h.column) in mentioned_cols else 1,
            0 if h.table == subject else (1 if h.table in mentioned_tables else 2),
            st.distance(subject, h.table) if subject else 0,
        )

    ranked = sorted(hits, key=rank)
    names = [h for h in ranked if h.column in st.meta(h.table).display[:1] and len(h.value.split()) >= 2]
    if subject is not None and len({h.table for h in names}) > 1 and any(h.table == subject for h in names) and \
            before is None and not own_named and not mentioned_cols:
        # "How many puppets were made for The Snow Queen?" with a puppet and a production of that name
        both = sorted({h.table for h in names})
        raise TranslationError(f"{it.text!r} names one of {both[0]} and one of {both[1]}; {REPHRASE}")
    if len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]) and ranked[0].table != ranked[1].table and \
            st.surely_person(ranked[0].table) and st.surely_person(ranked[1].table):
        # "Which subjects can Hugo Delgado teach?" with a Hugo among the students and the tutors: whose name?
        raise TranslationError(f"{it.text!r} may name one of {ranked[0].table} or one of {ranked[1].table}; "
                               f"{REPHRASE}")  # fmt: skip
    return ranked[0]


def literal_conditions(st: PlanState) -> None:
    for k, it in enumerate(st.items):
        if it.kind != "literal" or it.used:
            continue
        prev = st.item(
            st.prv(
                k,
                frozenset(
                    {"the", "a", "an", "named", "called", "is", "=", "titled", "of", "by", "from", "for", "with"}
                ),
                3,
            )
        )
        col: Col | None = None
        if prev is not None and prev.kind == "column":
            col = st.pick_column(prev, st.subject)
            prev.used, prev.role = True, "filter"
        elif prev is not None and prev.kind == "table":
            table = st.table_of(prev)
            if prev.role == "":
                prev.used, prev.role = True, "companion"
            disp = st.display_cols(table)
            col = disp[0] if disp else None
        elif (nxt_t := st.item(k + 1)) is not None and nxt_t.kind == "table" and st.table_of(nxt_t) != st.subject:
            col = None  # "pupils enrolled in an SQD class": the words qualify the class, not the pupils
        elif nxt_t is not None and nxt_t.kind == "table" and nxt_t.first == it.last and \
                st.surely_person(st.table_of(nxt_t)):  # fmt: skip
            # "our Kentucky clients": a word said before people names a kind of them, never one of them
            raise TranslationError(f"no column holds {it.text!r}; {REPHRASE}")
        else:
            col = _literal_owner(st, it)
        before = st.tokens[it.first - 1].low if it.first > 0 else ""
        if col is not None and prev is not None and prev.kind == "column":
            pass  # a column named right before: "country Japan"
        elif col is not None and (
            codes_for(tuple(t.low for t in st.tokens[it.first : it.last]))
            or (
                before in ("from", "in", "at", "near", "based", "located", "inside")
                and (set(st.colmeta(col).words) & _PERSON_NAME_WORDS or col in st.display_cols(col.table))
            )
        ):
            # "guests from Japan": a place (or a sex), not a person's or a thing's name
            raise TranslationError(
                f"no column holds {it.text!r} (a name does not fit {it.text!r}); "
                "rephrase, or use an LLM provider (--provider)"
            )
        if col is None:
            raise TranslationError(f"cannot tell what {it.text!r} refers to")
        cm = st.colmeta(col)
        if it.text.isupper() and it.text.isalpha() and (prev is None or prev.kind != "column") and \
                st.surely_person(col.table) and col in st.display_cols(col.table):  # fmt: skip
            # "clients who owed the IRS": an acronym is no person's name
            raise TranslationError(f"{it.text!r} is not a name of {col.table}; {REPHRASE}")
        if singular(it.text.lower()) in _CALENDAR_NAMES:
            # "shows that go out on Saturdays": a day, not a show called 'Saturdays'
            raise TranslationError(f"{it.text!r} is a time, not a {col.column}; {REPHRASE}")
        if (cm.kind == "number" and not _is_number(it.text)) or (
            cm.kind in ("pk", "fk")
            and not any(ch.isdigit() for ch in it.text)
            and not _TEXT_TYPE.search(cm.data_type or "")
        ):
            # "products we buy from German suppliers": a word is no order number
            raise TranslationError(
                f"{it.text!r} is no value of the number {col.column}; rephrase, or use an LLM provider (--provider)"
            )
        if cm.kind == "fk" and cm.ref_table and st.meta(cm.ref_table).named and not set(it.text) & set("-_/#") \
                and any(ch.islower() for ch in it.text) and any(ch.isupper() for ch in it.text):
            # "players referred by DustyBard2" over a text key referredBy ('p_8f3a'): a name of the row it points
            # to, never a value of the key itself
            raise TranslationError(f"{it.text!r} names a {cm.ref_table} row, not a value of {col.column}; {REPHRASE}")
        if cm.kind == "date":
            # "child tickets sold for pantos": a word is no date
            raise TranslationError(f"{it.text!r} is no date of {col.column}; {REPHRASE}")
        if " " in it.text.strip() and set(cm.words) & CODE_WORDS:
            # "copies of The Winter Mill" against barcode: a title is no code
            raise TranslationError(f"{it.text!r} is no {col.column}; {REPHRASE}")
        if (
            it.text == it.text.lower()
            and before not in ("named", "called", "titled")
            and (
                set(cm.words) & _PERSON_NAME_WORDS
                or (st.surely_person(col.table) and col in st.display_cols(col.table))
            )
        ):
            # "owners with a rabbit": a word typed in lower case is no person's name
            raise TranslationError(f"{it.text!r} is not a name; {REPHRASE}")
        disp = st.display_cols(col.table)
        words = it.text.split()
        person = len(disp) == 2 and {"first", "given", "fname", "firstname", "forename"} & set(
            st.colmeta(disp[0]).words
        )
        split = bool(person) and col == disp[0] and len(words) >= 2 and it.text != it.text.lower()
        _known_value(st, col, words[0] if split else it.text)
        it.used = True
        st.penalty += 0.1
        if split:
            # "Marta Kowalczyk" against first_name and last_name: one word each, not one column holding both
            st.add_cond(Cond("=", disp[0], (Lit(words[0]),)), col.table)
            st.add_cond(Cond("=", disp[1], (Lit(" ".join(words[1:])),)), col.table)
            st.notes.append(f"{disp[0].column} {disp[1].column} is {it.text!r}")
            continue
        if it.text == it.text.lower():  # typed in lower case: match regardless of case
            st.add_cond(Cond("ieq", col, (Lit(it.text),)), col.table)
        else:
            st.add_cond(Cond("=", col, (Lit(it.text),)), col.table)
        st.notes.append(f"{col.column} is {it.text!r}")


def _known_value(st: PlanState, col: Col, text: str) -> None:
    """A word read as a value of a column whose every value is known (the value index keeps a column only with
    all its values) must be one of them: "Which technician completed the most visits" never looks for a
    technician named 'completed', "Which subjects has Dana Petrov had" for a subject named 'Dana Petrov'."""
    rows = st.meta(col.table).info.row_estimate
    if not st.values.has_column(col.table, col.column) or len(text) > MAX_VALUE_LENGTH or (
        rows is not None and rows > SCAN_ROWS
    ):
        return  # values are sampled from a table's first rows, up to a length
    known = {v.lower() for v in st.values.column_values(col.table, col.column)}
    if known and text.lower() not in known:
        raise TranslationError(f"no {col.column} of {col.table} is {text!r}; {REPHRASE}")


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def _literal_owner(st: PlanState, it: Item) -> Col | None:
    """A bare name: the subject's name column, or its one named parent's when the words are a person's
    name (orders -> "orders from Ada Lovelace"); "Thursday classes" names no coach."""
    subject = st.subject
    if subject is None:
        return None
    named = st._name_columns(subject)
    if named:
        return named[0]
    parents = [
        pn[0]
        for edge in st.schema.edges_of(subject)
        if edge.child == subject and edge.parent != subject
        for pn in [st._name_columns(edge.parent)]
        if pn
    ]
    if len(parents) == 1 and len(it.text.split()) >= 2 and st.surely_person(parents[0].table):
        return parents[0]
    return None


#: words that say a period dates when a row began, not when it was in force
_BEGIN_WORDS = frozenset({"start", "started", "starting", "starts", "begin", "began", "begun", "beginning", "new",
                          "created", "introduced", "added", "opened", "from", "since"})  # fmt: skip


def _in_force_until(st: PlanState, col: Col) -> Col | None:
    """The end of the validity pair ``col`` starts (valid_from / valid_to), when the question says nothing of the
    row's beginning: a period then asks which row was in force."""
    words = st.colmeta(col).words
    if not words or words[0] not in ("valid", "effective") or not set(words) & {"from", "since"}:
        return None
    if {t.low for t in st.tokens} & _BEGIN_WORDS:
        return None
    ends = [c for c in st.meta(col.table).date_columns() if c.words and c.words[0] == words[0]
            and set(c.words) & {"to", "until", "thru", "through"}]  # fmt: skip
    return Col(col.table, ends[0].name) if len(ends) == 1 else None


def _period_column(st: PlanState, k: int) -> Col:
    """The date column the period at item ``k`` dates: the one it names or its verb does, moved to when the rows'
    event happens (:func:`_when_it_happens`)."""
    it = st.items[k]
    assert it.date is not None
    col = date_target(st, k)
    if col is None:
        raise TranslationError(f"no date column to apply {it.date.label!r} to")
    return _when_it_happens(st, col, future=it.date.lo is not None and it.date.lo >= st.today and not it.used)


def date_conditions(st: PlanState) -> None:
    dated: dict[int, Col] = {}
    for k, it in enumerate(st.items):
        if it.kind != "date" or it.date is None or it.used or _negated_date(st, k):
            continue
        ph = it.date
        span, col = _validity_span(st, k), None
        if ph.label == "so far" and k - 1 in dated:
            col = dated[k - 1]  # "orders placed in 2025 so far": the date the period before it tests
        elif ph.label == "so far" and date_target(st, k) is None:
            it.used = True  # "returned orders - how many so far?" over rows with no date: every row stored
            continue
        if span is None and col is None:
            col = _period_column(st, k)
            # "the annual fee for hut EC05 in June 2023" over a row's versions (valid_from, valid_to NULL while
            # current): the version in force at some time in June, not one that began then
            until = _in_force_until(st, col)
            span = (col, until) if until is not None else None
        if span is not None and ph.lo is not None and ph.hi is not None:
            # "passes valid on 10 January": in force then, from on or before its end (none while current), to on or
            # after its start
            first, last = span
            it.used = True
            st.add_cond(Cond("<", first, (Lit(ph.hi),)), first.table)
            st.add_cond(Cond("or", alternatives=(Cond("is_null", last), Cond(">=", last, (Lit(ph.lo),)))), last.table)
            st.notes.append(f"{first.column} to {last.column} spans {ph.label}")
            continue
        col = col or _period_column(st, k)
        col = _year_said_for(st, k, col) or col
        dated[k] = col
        it.used = True
        meta = st.colmeta(col)
        conds: list[Cond] = []
        if meta.is_year or meta.kind == "number":  # an integer year column
            if not ph.year_only and ph.lo is not None and ph.hi is not None and (ph.hi - ph.lo).days < 360:
                # "in March 2025" over pt_first_slam_year: a year holds no month
                raise TranslationError(f"{col.column} holds a year, finer than {ph.label!r} cannot be told; {REPHRASE}")
            lo, hi = ph.year_lo, ph.year_hi
            if lo is not None and hi is not None and lo == hi:
                conds.append(Cond("=", col, (Lit(lo),)))
            else:
                if lo is not None:
                    conds.append(Cond(">=", col, (Lit(lo),)))
                if hi is not None:
                    conds.append(Cond("<=", col, (Lit(hi),)))
        else:
            if ph.lo is not None:
                conds.append(Cond(">=", col, (Lit(ph.lo),)))
            if ph.hi is not None:
                conds.append(Cond("<", col, (Lit(ph.hi),)))
        for c in conds:
            st.add_cond(c, col.table)
        st.notes.append(f"{col.column} {ph.label}")


def _year_said_for(st: PlanState, k: int, col: Col) -> Col | None:
    """ "the dividend rate for 2024", "rent money for 2024", "the 2024 dividend" over dividend_year or RentYear: the
    year the rows are for, stored as a year of their own, rather than the date they were made or paid."""
    it = st.items[k]
    ph = it.date
    if ph is None or not ph.year_only or ph.year_lo is None or ph.year_lo != ph.year_hi:
        return None
    years = [c for c in st.meta(col.table).columns if c.is_year]
    if len(years) != 1 or years[0].name == col.column:
        return None
    year = years[0]
    before = st.item(k - 1)
    said = before is not None and bool({st.tokens[i].low for i in range(before.first, before.last)}
                                       & (set(year.words) - {"year", "yr"}))  # fmt: skip
    return Col(col.table, year.name) if st.tokens[it.first].low == "for" or said else None


#: verbs of a row arriving ("jobs that came in last month"): dated when it arrived, never when it is planned for
_ARRIVAL_VERBS = frozenset({"came", "arrived", "received"})

#: words of a date that records when a row was made: no row is made in the future
_MADE_WORDS = CREATION_WORDS - {"signup", "signed", "joined"} | frozenset({
    "booked", "booking", "ordered", "placed", "submitted", "requested", "logged", "recorded", "entered", "purchased",
    "bought", "made", "raised", "filed"})  # fmt: skip


#: words of a date that says when a row's event starts (a booking's start, an appointment's time)
_START_DATE_WORDS = frozenset({"start", "starts", "started", "begin", "begins", "scheduled", "session", "checkin",
                               "arrival", "departure", "pickup", "appointment", "event"})  # fmt: skip


def _when_it_happens(st: PlanState, col: Col, *, future: bool) -> Col:
    """ "bookings this year", "total km driven last month", "upcoming bookings" over booked_at and start_at: a
    period dates when the rows' event happens (start_at), unless a word says the rows were made then ("bookings
    made last month"; never in the future); ``col`` itself when no one date says when the event starts."""
    if not set(st.colmeta(col).words) & _MADE_WORDS:
        return col
    if not future and {t.low for t in st.tokens} & (_MADE_WORDS | _ARRIVAL_VERBS | {"made"}):
        return col  # ("jobs that came in last month": when they arrived, not when they are booked for)
    if not future and any(x.kind == "column" and any(c.column == col.column for c in x.columns) for x in st.items):
        return col  # the date was named ("booked for an upcoming slot" still means the slot: nothing is booked later)
    starts = [c for c in st.meta(col.table).date_columns() if set(c.words) & _START_DATE_WORDS]
    return Col(col.table, starts[0].name) if len(starts) == 1 else col


def _validity_span(st: PlanState, k: int) -> tuple[Col, Col] | None:
    """ "valid on 10 January" right before the date, over a pair of dates that bound when a row is in force
    (valid_from / valid_to): the (start, end) columns."""
    prev = st.item(k - 1)
    if (
        prev is None
        or prev.kind != "column"
        or prev.used
        or not {t.low for t in st.tokens[prev.first : prev.last]} & {"valid", "effective", "active"}
    ):
        return None
    tables = {c.table for c in prev.columns}
    if len(tables) != 1:
        return None
    table = tables.pop()
    dates = [c for c in st.meta(table).columns if c.kind == "date" and c.words and c.words[0] in ("valid", "effective")]
    start = [c for c in dates if set(c.words) & {"from", "since"}]
    end = [c for c in dates if set(c.words) & {"to", "until", "thru", "through"}]
    if len(start) != 1 or len(end) != 1:
        return None
    prev.used, prev.role = True, "date"
    return Col(table, start[0].name), Col(table, end[0].name)


def _verb_date(st: PlanState, k: int, subject: str) -> Col | None:
    """ "students who enrolled in 2023" with ``stu.enrl_dt``: the subject's one date column that the verb
    right before the date phrase names (by its stem or as a cut of it), over another table the verb reaches."""
    j = st.prv(k, frozenset({"in", "on", "during", "since", "before", "after", "between"}), 2)
    verb = st.item(j)
    if verb is None or j is None:
        return None
    if verb.last - verb.first == 2 and st.tokens[verb.first].low in ("been", "being", "got", "get", "was", "were"):
        low = st.tokens[verb.first + 1].low  # "bookings (that have) been cancelled so far this year"
    elif verb.last - verb.first != 1:
        return None
    else:
        low = st.tokens[verb.first].low
    if (not low.endswith("ed") or len(low) < 5) and low not in ("left", "quit", "made", "came"):
        return None
    want = stem(low)
    rows = st.item(j - 1)
    if rows is not None and rows.kind == "table" and rows.last == verb.first and st.table_of(rows) != subject and \
            any(_names_verb(w, want, low) for c in st.meta(st.table_of(rows)).date_columns() for w in c.words):
        subject = st.table_of(rows)  # "carriers by number of shipments booked in 2024": the shipments' booking date
    own = [c for c in st.meta(subject).columns if c.kind == "date"]
    dates = [c for c in own if any(_names_verb(w, want, low) for w in c.words)]
    flag = verb.kind == "column" and any(st._cand_kind(c) == "bool" for c in verb.columns)
    if low in _STATE_ENDS and verb.kind == "word" and not dates:
        # "policies cancelled in 2024" with no stored state 'cancelled': an end date does not say which were
        raise TranslationError(f"cannot tell which rows were {low}: no stored state says so; {REPHRASE}")
    if low in _STATE_ENDS and verb.kind != "value" and not dates:
        return None  # ("flights cancelled last month": the flag cncl_flg says so, the date is the row's own)
    if not dates and not flag:  # (a yes/no column it names, cncl_flg, is tested as well)
        # "work orders completed in 2024" over opn_dt and cls_dt: the date that ends (or starts) a row's life
        stage = next((words for verbs, words in _STAGES if low in verbs), None)
        dates = [c for c in own if stage is not None and any(w in stage for w in c.words)] or [
            c for c in own if stage is not None and any(
                3 <= len(w) <= 5 and w not in _RUN_DATE_WORDS and any(abbreviates(w, x) for x in stage)
                for w in c.words)]  # fmt: skip  ("date" cuts no "departed"; a word said whole before a cut: "due")
    if len(dates) != 1:
        return None
    if not verb.used:
        verb.used, verb.role = True, "date"
    return Col(subject, dates[0].name)


def _names_verb(word: str, want: str, verb: str) -> bool:
    """A date column's word names the verb: its stem, or a cut of it (``enrl`` for enrolled) or of its noun in -ing
    (``bkg`` for booked: booking)."""
    gerund = (irregular_base(verb) or (verb[:-2] if verb.endswith("ed") else verb)) + "ing"
    return len(word) >= 3 and (stem(word) == want or (len(word) <= 5 and (
        abbreviates(word, verb) or (word.endswith("g") and abbreviates(word, gerund)))))


#: verbs of the end and of the start of a row's life, and the words of the date columns that record them
_STAGES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"completed", "finished", "closed", "resolved", "fulfilled", "concluded", "ended", "done", "left",
                "quit", "resigned", "departed"}), END_WORDS),
    # "cancelled", "expired": a state that ends a row by its end date, never by the date it was completed
    (frozenset({"cancelled", "canceled", "terminated", "expired", "lapsed"}),
     frozenset({"end", "ended", "ending", "termination", "terminated", "expiry", "expired", "expiration",
                "cancelled", "canceled", "cancellation", "lapsed"})),
    (frozenset({"opened", "started", "created", "raised", "filed", "submitted", "logged", "reported", "begun"}),
     START_WORDS),
    (frozenset({"made"}), frozenset({"created", "creation", "made", "booked", "placed"})),  # made in 2024: created_at
    # "jobs that came in last month": the date a row arrived (dt_ordered), never the date it is planned for
    (_ARRIVAL_VERBS, frozenset({"received", "ordered", "created", "booked", "placed", "logged", "recorded", "raised",
                                "arrived", "reported"})),
)


def _negated_date(st: PlanState, k: int) -> bool:
    """ "pets that have not visited since March": the date belongs inside the negated relation."""
    j = st.prv(k, frozenset({"the", "a", "an", "any"}), 2)
    prev = st.item(j)
    verb = None
    if (
        prev is not None
        and j is not None
        and (prev.kind == "table" or (prev.kind in ("word", "column") and prev.text.lower().endswith("ed")))
    ):
        verb, prev = prev, st.item(st.prv(j, frozenset({"the", "a", "an", "any"}), 2))
    if prev is None or prev.kind != "neg" or prev.role != "neg" or prev.op != "table" or not prev.tables:
        return False
    return verb is None or verb.kind != "table" or st.table_of(verb) == prev.tables[0].table


def date_target(st: PlanState, k: int) -> Col | None:
    """The date column a date phrase at item ``k`` applies to; a bare "date" a later sentence asks to see is then
    that column ("... an inspection this year? Show the asset and the date.": the inspection's date)."""
    col = _date_target(st, k)
    if col is None:
        return None
    here = st.sentence_of(st.items[k].first)
    for it in st.items[k + 1:]:
        if it.kind == "column" and not it.used and it.role == "" and it.text.lower() in ("date", "dates") and \
                st.sentence_of(it.first) != here and all((c.table, c.column) != (col.table, col.column)
                                                         for c in it.columns[:1]):  # fmt: skip
            it.columns = [Candidate("column", col.table, col.column, 3.0, it.first, it.last)]
    return col


def _dated_rows(st: PlanState, k: int) -> Col | None:
    """ "tax on invoices dated in Q1 2025": the rows said right before "dated" are dated by their own date, never by
    another word's ("sales" tax read as a purchase order's order date)."""
    verb, rows = st.item(k - 1), st.item(k - 2)
    if verb is None or rows is None or st.word(verb) != "dated" or rows.last != verb.first:
        return None
    tables = {st.table_of(rows)} if rows.kind == "table" else {c.table for c in rows.columns}
    if len(tables) != 1:
        return None
    got = st._date_of_table(next(iter(tables)))
    if got is None or got.table not in tables:
        return None
    verb.used = True
    return got


def _verb_of_an_owner(st: PlanState, k: int) -> Col | None:
    """ "deals signed in 2024" where only the author has a ``Signed Date``: a verb said right after the rows, naming a
    date of a row they belong to (by many-to-one keys), dates the rows by their own date; the owner's date says
    when the owner did it, not when the rows were made."""
    verb, rows = st.item(k - 1), st.item(k - 2)
    if verb is None or rows is None or rows.kind != "table" or verb.kind != "column" or rows.last != verb.first or \
            not verb.columns or st._cand_kind(verb.columns[0]) != "date":
        return None
    here, owner = st.table_of(rows), verb.columns[0].table
    path = st.schema.path(here, owner)
    steps = [here, *(e.parent for e in path[:-1])] if path else []
    if owner == here or not path or any(e.child != t for e, t in zip(path, steps, strict=True)):
        return None  # (each step from the rows to the owner goes up a many-to-one key)
    got = st._date_of_table(here)
    if got is None or got.table != here:
        return None
    verb.used, verb.role = True, "date"
    return got


def _date_target(st: PlanState, k: int) -> Col | None:
    subject = st.subject
    assert subject is not None
    period, rows = st.items[k], st.item(k + 1)
    own_date = _dated_rows(st, k) or _verb_of_an_owner(st, k)
    if own_date is not None:
        return own_date
    if rows is not None and rows.kind == "table" and rows.first == period.last and \
            st.tokens[period.last - 1].possessive:  # fmt: skip
        # "this year's weld jobs got inspected": a period said as the rows' own is their date, not the verb's
        rows_date = st._date_of_table(st.table_of(rows))
        if rows_date is not None and rows_date.table == st.table_of(rows):
            return rows_date
    # a date column named in the question: "signed up", "born", "hired", "order date"
    named: list[tuple[int, Col]] = []
    here = st.sentence_of(st.items[k].first)
    mentioned = {subject, *(st.table_of(x) for x in st.items if x.kind == "table")}
    for j, it in enumerate(st.items):
        if j > k and any(x.kind == "punct" and x.text in (",", ";") for x in st.items[k:j]):
            break  # "the average invoice amount in 2024, leaving out deleted invoices": another clause's date
        if it.kind == "column" and it.role in ("", "filter", "date"):
            # (not a weaker reading by a synonym only: "registration" is REG_NO before a member's join date; the
            # subject's own of equal strength first: "trade marks filed in 2024", not the oppositions filed; a
            # later sentence's date only of a table said: "... an inspection this year? Show the asset and the
            # date." is no inspector's joining date)
            cands = [c for c in it.columns if (c.score >= it.columns[0].score - 0.5 or not c.via_synonym) and (
                j < k or st.sentence_of(it.first) == here or c.table in mentioned)]  # fmt: skip
            cands.sort(key=lambda c: (-c.score, c.table != subject, c.table not in mentioned))
            for c in cands:
                assert c.column is not None
                m = st.meta(c.table).column(c.column)
                if m is not None and (m.kind == "date" or m.is_year):
                    named.append((abs(j - k) + (0 if j < k else 1), Col(c.table, c.column)))
                    break
        elif it.kind == "value" and it.last - it.first == 1 and (
                it.text.lower().endswith("ed") or it.text.lower() in EVENT_NOUNS):
            # "glasses collected at each branch during 2024": the state's verb names the date (collected_date);
            # "cancellations in 2024": the date of cancelling (cancelled_at, or storno_datum beside 'storniert')
            said = EVENT_NOUNS.get(it.text.lower(), it.text.lower())
            stored = {h.value.lower()[:5] for h in it.values if len(h.value) >= 5}
            dated = [m for c in it.columns if c.table == subject and (m := st.meta(c.table).column(c.column or ""))
                     is not None and m.kind == "date"]
            if any(h.table == subject for h in it.values):  # (a state of the subject: any of its dates may be it)
                dated += [m for m in st.meta(subject).date_columns() if m not in dated]
            for m in dated:
                if said in m.words or any(w[:5] in stored for w in m.words if len(w) >= 5):
                    named.append((abs(j - k) + (0 if j < k else 1), Col(subject, m.name)))
                    break
    if named and not any(it.kind in ("column", "value") and j < k for j, it in enumerate(st.items)):
        # "bookings made in 2024 ended up cancelled": the verb right before the period dates the rows, not a date
        # column named after it
        verb_named = _verb_date(st, k, subject)
        if verb_named is not None:
            return verb_named
    if named:
        named.sort(key=lambda x: (x[0], 0 if x[1].table == subject else 1))
        col = named[0][1]
        for it in st.items:
            if it.kind == "column" and any(c.table == col.table and c.column == col.column for c in it.columns) and (
                st.sentence_of(it.first) == here  # "... started in 2024. Show ... the start date.": still shown
            ):
                it.used, it.role = True, "date"
        return col
    spent = _spending_dated(st, k, here)
    if spent is not None:
        return spent
    # "each race of 2024", "entered in 2025 races": a period said right after or right before rows dates them
    it, prev, nxt = st.items[k], st.item(k - 1), st.item(k + 1)
    said_of = prev if prev is not None and prev.kind == "table" and prev.last == it.first and \
        st.tokens[it.first].low == "of" else nxt if nxt is not None and nxt.kind == "table" and \
        nxt.first == it.last else None  # fmt: skip
    if said_of is not None and st.table_of(said_of) != subject:
        got = st._date_of_table(st.table_of(said_of))
        if got is not None and got.table == st.table_of(said_of):
            return got
    verb_date = _verb_date(st, k, subject)
    if verb_date is not None:
        return verb_date
    # "spent ... on orders placed in 2025": the rows named with their verb right before the period, when they are
    # not the measured ones and have one date of their own
    verb, rows = st.item(k - 1), st.item(k - 2)
    said_rows = None if rows is None else st.table_of(rows) if rows.kind == "table" else \
        rows.tables[0].table if rows.kind == "column" and rows.tables else None  # fmt: skip
    # ("fees on sessions completed this year": a state of theirs, 'Completed', as the verb)
    if st.measure_table is not None and verb is not None and (verb.kind == "word" or (
            verb.kind == "value" and said_rows is not None and any(h.table == said_rows for h in verb.values))) and \
            verb.text.lower().endswith("ed") and rows is not None and said_rows is not None and \
            rows.last == verb.first and said_rows not in (subject, st.measure_table):  # fmt: skip
        own = st.meta(said_rows).date_columns()
        if len(own) == 1:
            return Col(said_rows, own[0].name)
    # "the store with the highest revenue in February": the date of the measured rows (the sales)
    if st.measure_table is not None and st.measure_table != subject:
        got = st._date_of_table(st.measure_table)
        if got is not None:
            return got
    # the nearest table mentioned before the phrase, else the subject
    tables: list[str] = []
    for j in range(k - 1, -1, -1):
        it = st.items[j]
        if it.kind == "table" and it.role in ("", "having", "measure"):
            if _source_of_subject(st, j, subject):
                continue
            tables.append(st.table_of(it))
        elif it.kind == "neg" and it.tables:
            tables.append(it.tables[0].table)
    tables.append(subject)
    for t in tables:
        got = st._date_of_table(t)
        if got is not None:
            if t == subject:
                _no_event_between(st, k, subject)
            return got
    return None


def _spending_dated(st: PlanState, k: int, here: int) -> Col | None:
    """ "customers who spent more than £500 in 2024": a period after a word of spending in its sentence dates the
    rows the money is added up from (the sales), not the customers."""
    subject = st.subject
    spend = [j for j, x in enumerate(st.items[:k]) if x.kind == "revenue" and st.sentence_of(x.first) == here]
    if subject is None or not spend or any(x.kind == "table" for x in st.items[spend[-1] : k]):
        return None  # ("spent on each category on orders placed in 2025": the orders' own date)
    rev = st.revenue_measure(subject)
    if rev is None or rev.table == subject or not st.fans_out(subject, rev.table):
        return None
    got = st._date_of_table(rev.table)  # (or the date of the sale a sale line belongs to)
    return got if got is not None and got.table != subject else None


def _no_event_between(st: PlanState, k: int, subject: str) -> None:
    """ "patients from Harrogate who have had a hearing test so far this year": a period said after a value of
    dated rows below the subject (the appointments) may date those rows, not the subject's own date."""
    for it in st.items[:k]:
        flag = it.kind == "column" and bool(it.columns) and st._cand_kind(it.columns[0]) == "bool"
        if flag and it.columns[0].table != subject:
            table = it.columns[0].table  # "emails that bounced last month": a yes/no of the rows below
        elif it.kind != "value" or not it.values or any(h.table == subject for h in it.values):
            continue
        else:
            table = it.values[0].table
        if not st.fans_out(subject, table):
            continue
        below = [t for e in st.schema.path(subject, table) or [] for t in (e.child, e.parent) if t != subject]
        if any(st.meta(t).date_columns() for t in below):
            raise TranslationError(f"cannot tell whether {st.items[k].text!r} dates the {subject} rows or their "
                                   f"{table} ({it.text}); {REPHRASE}")


def _source_of_subject(st: PlanState, j: int, subject: str) -> bool:
    """ "calls from premium customers this month": the table at item ``j`` only says whose the subject's rows
    are (right after them, by "from" or "by", past its own values), so a date after it dates the subject."""
    if st.table_of(st.items[j]) == subject:
        return False
    i = j - 1
    while i >= 0 and st.items[i].kind == "value":
        i -= 1
    if i < 1 or st.items[i].kind != "word" or st.items[i].text.lower() not in ("from", "by"):
        return False
    head = st.items[i - 1]
    return head.kind == "table" and st.table_of(head) == subject


#: words that always mark a column of percentages (FeePct, vat_percent)
PERCENT_MARKS = frozenset({"pct", "percent", "percentage", "perc"})
#: words of a column that holds a percentage (vat_pct, AbvPercent, interest_rate)
_PERCENT_WORDS = PERCENT_MARKS | frozenset({"rate", "abv", "share", "ratio", "proportion", "margin", "discount",
                                            "humidity", "yield", "occupancy", "utilisation", "utilization"})


def _holds_percents(st: PlanState, col: Col) -> bool:
    return bool(set(st.colmeta(col).words) & _PERCENT_WORDS)


def _percent_target(st: PlanState, k: int, it: Item) -> Col | None:
    """ "more than 42% ABV": the column of percentages named right after the compared percentage."""
    nxt = st.item(k + 1)
    if nxt is None or nxt.kind != "column" or nxt.first != it.last:
        return None
    col = st.pick_column(nxt, st.subject)
    if not _holds_percents(st, col):
        return None
    nxt.used, nxt.role = True, "filter"
    return col


def numeric_conditions(st: PlanState) -> None:
    for k, it in enumerate(st.items):
        if it.kind != "cmp" or it.used or it.role == "having":
            continue
        if _spend_condition(st, k, it) or _total_condition(st, k, it):
            continue
        col = _percent_target(st, k, it) if it.text.rstrip().endswith(("%", "percent")) else None
        col = col or numeric_target(st, k, it.currency, it.adj)
        if col is None:
            raise TranslationError(f"cannot tell which column {it.text!r} applies to")
        if it.text.rstrip().endswith(("%", "percent")) and not _holds_percents(st, col):
            # "bottled at more than 42% ABV" is no count of bottles over 42
            raise TranslationError(f"{col.column} holds no percentage, and {it.text!r} is one; {REPHRASE}")
        small = it.nums and all(abs(n) < 1000 for n in it.nums)
        if st.colmeta(col).is_year and small and it.adj not in ("old", "young"):
            # "authors who worked on at least 6 titles" is no birth year of 6
            raise TranslationError(
                f"{col.column} is a year, and {it.text!r} is not one; rephrase, or use an LLM provider (--provider)"
            )
        it.used = True
        it.target = col
        st.add_cond(cmp_cond(st, col, it), col.table)
        st.notes.append(f"{col.column} {it.text}")
    # a bare number after a column: "rating 5", "stock of 0"; or before one: "5-star reviews", "3 credits"
    for k, it in enumerate(st.items):
        if it.kind != "number" or it.used:
            continue
        nxt = st.item(st.nxt(k, frozenset({"-"}), 1))
        if nxt is not None and nxt.kind == "column" and not nxt.used and it.nums:
            col = st.pick_column(nxt, st.subject)
            if st.colmeta(col).numeric and not st.colmeta(col).is_key:
                nxt.used, nxt.role = True, "filter"
                it.used = True
                st.add_cond(Cond("=", col, (Lit(it.nums[0]),)), col.table)
                st.notes.append(f"{col.column} = {it.text}")
                continue
        prev = st.item(st.prv(k, _EQUALS_FILLER | {"number", "no", "id", "#"}, 2))
        said_number = it.first > 0 and st.tokens[it.first - 1].low in ("number", "no", "id", "#", "nr", "num")
        year_like = bool(it.nums) and float(it.nums[0]).is_integer() and 1900 <= it.nums[0] <= 2100
        if prev is not None and prev.kind == "table" and it.nums and float(it.nums[0]).is_integer() and (
            said_number or not year_like  # "sales by category 2024" is a year, never category number 2024
        ):
            table = st.table_of(prev)
            pk = st.pk_cols(table)
            if len(pk) == 1:  # "order 17", "customer number 5"
                it.used = True
                if prev.role == "":
                    prev.role = "companion" if table != st.subject else ""
                st.add_cond(Cond("=", pk[0], (Lit(int(it.nums[0])),)), table)
                st.notes.append(f"{singular(table)} is number {int(it.nums[0])}")
                continue
        if prev is not None and prev.kind == "column":
            col = st.pick_column(prev, st.subject)
            if st.colmeta(col).kind in ("number", "text", "pk"):  # (pk: "request number 5" over req_nbr)
                prev.used, prev.role = True, "filter"
                it.used = True
                st.add_cond(Cond("=", col, (Lit(it.nums[0]),)), col.table)
                st.notes.append(f"{col.column} = {it.text}")


def aggregate_conditions(st: PlanState) -> None:
    """ "restaurants with an average review of at least 3.5 stars": a per-row aggregate of related rows."""
    subject = st.subject
    assert subject is not None
    items = st.items
    subject_at = next((i for i, x in enumerate(items) if x.kind == "table" and st.table_of(x) == subject), None)
    if subject_at is None:
        return
    for k, it in enumerate(items):
        if it.kind != "agg" or it.used or k < subject_at or not it.func:
            continue
        j = next((i for i in range(k + 1, min(k + 6, len(items))) if items[i].kind == "cmp"), None)
        if j is None or items[j].used or items[j].role == "having":
            continue
        between = items[k + 1 : j]
        if any(x.kind in ("agg", "high", "low", "count", "group") for x in between):
            continue
        cand = [x for x in [*between, *items[j + 1 : j + 3]] if x.kind == "column" and not x.used]
        col: Col | None = None
        for x in cand:
            pc = st.pick_column(x, subject)
            if st.colmeta(pc).numeric:
                col, x.used, x.role = pc, True, "measure"
                break
        if col is None:
            continue
        cmp = items[j]
        for x in between:
            if x.kind == "table":
                x.used, x.role = True, "measure"
        it.used = cmp.used = True
        if cmp.currency:
            cmp.target = col  # (for the units pass: "an average sale over £20" against pence)
        if col.table == subject:
            st.add_cond(cmp_cond(st, col, cmp), subject)
        elif st.reachable(subject, col.table):
            total = CountOf(Related(subject, col.table, []), Agg(it.func, col))
            st.add_cond(cmp_cond_expr(st, total, cmp), subject)
        else:
            continue
        st.notes.append(f"its {it.text} {col.column} is {cmp.text}")


def _spend_condition(st: PlanState, k: int, it: Item) -> bool:
    """ "customers who spent more than 50": the total of their related revenue rows."""
    subject = st.subject
    assert subject is not None
    prev = st.item(st.prv(k, _FILLER, 2))
    nxt = st.item(st.nxt(k, _FILLER | {"in", "of"}, 2))
    rev_item = next((x for x in (prev, nxt) if x is not None and x.kind == "revenue" and not x.used), None)
    if rev_item is None:
        return False
    rev = st.revenue_measure(subject)
    if rev is None:
        return False
    value: Col | Product | None = rev.product if rev.product is not None else rev.col
    if value is None or st.down_then_up(subject, rev.table) or _unit_price_alone(st, value):
        return False
    rev_item.used = it.used = True
    it.target = _money_side(st, value)  # (for the units pass: "more than £500" against pence)
    if rev.table != subject and st.fans_out(subject, rev.table):
        total = CountOf(Related(subject, rev.table, []), Agg("SUM", value))
        st.add_cond(cmp_cond_expr(st, total, it), subject)
    elif isinstance(value, Col):
        st.add_cond(cmp_cond(st, value, it), value.table)
    else:
        return False
    st.notes.append(f"{rev.label} {it.text}")
    return True


def _unit_price_alone(st: PlanState, value: Col | Product) -> bool:
    """A unit price summed by itself beside a number of the same rows (sale_line.unit_price and packs): what one
    of them cost, never what was spent."""
    if not isinstance(value, Col) or not ({"unit", "each"} & set(st.colmeta(value).words)
                                          and st.colmeta(value).word_forms() & UNIT_PRICE_WORDS):
        return False
    return any(not c.money and not c.is_key and c.kind == "number" for c in st.meta(value.table).numeric_columns())


def _money_side(st: PlanState, value: Col | Product) -> Col | None:
    """The column of an amount that carries its money unit: the amount itself, or the price of quantity x price."""
    if isinstance(value, Col):
        return value
    sides = [c for c in (value.left, value.right) if (u := column_unit(st.colmeta(c).words)) and u[0] == "money"]
    return sides[0] if len(sides) == 1 else None


def cmp_cond(st: PlanState, col: Col, it: Item) -> Cond:
    vals = tuple(Lit(v) for v in it.nums)
    op = it.op or "="
    if it.func:  # "more than the average": the column's average over its whole table (or the rows a value names)
        return Cond(op, col, right=TableAgg(it.func, col, _scope_of_average(st, it, col)))
    meta = st.colmeta(col)
    if it.adj in ("old", "young") and (meta.kind == "date" or meta.is_year) and it.nums and op != "between":
        # "older than 80": born before today minus 80 years
        years = int(it.nums[0])
        flip = {">": "<", ">=": "<=", "<": ">", "<=": ">="}.get(op, op)
        if meta.kind == "date":
            cutoff = add_months(st.today, -12 * years)
            return Cond(flip, col, (Lit(cutoff),))
        return Cond(flip, col, (Lit(st.today.year - years),))
    if op == "between":
        lo, hi = sorted(it.nums)
        return Cond("between", col, (Lit(lo), Lit(hi)))
    return Cond(op, col, vals)


def cmp_cond_expr(st: PlanState, left: Expr, it: Item) -> Cond:
    if it.op == "between":
        lo, hi = sorted(it.nums)
        return Cond("between", left, (Lit(int(lo)), Lit(int(hi))))
    return Cond(it.op or ">", left, tuple(Lit(int(v) if float(v).is_integer() else v) for v in it.nums))


def text_conditions(st: PlanState) -> None:
    for k, it in enumerate(st.items):
        if it.kind == "like":
            _like(st, k, it)
        elif it.kind == "word" and it.text.lower() == "in" and not it.used:
            # "products in stock": a positive quantity
            j = st.nxt(k, frozenset({"the"}), 1)
            tgt = st.item(j)
            after = st.item(j + 1) if j is not None else None
            before = st.item(k - 1)
            if (
                tgt is not None
                and tgt.kind == "column"
                and not tgt.used
                and (after is None or after.kind not in ("cmp", "number"))
                and (before is None or before.kind not in ("cmp", "number"))
                and tgt.text.lower() not in UNITS
            ):
                col = st.pick_column(tgt, st.subject)
                if st.colmeta(col).numeric and col.table == st.subject:
                    tgt.used, tgt.role = True, "filter"
                    it.used = True
                    st.add_cond(Cond(">", col, (Lit(0),)), col.table)
                    st.notes.append(f"{col.column} above 0")
        elif it.kind == "word" and not it.used and (
            it.text.lower() in ("with", "have", "has", "having", "had")
            or (it.text.lower() in _GIVING_VERBS and st.word(st.item(k + 1)) in ("a", "an"))
        ):
            # "customers with an email", "products that have stock", "lines that had a discount", "responses that
            # left a comment", "orders that used a coupon code": the value is there
            j = st.nxt(k, frozenset({"a", "an", "any", "some", "the"}), 1)
            tgt = st.item(j)
            after = st.item(j + 1) if j is not None else None
            second = None
            if (
                tgt is not None
                and after is not None
                and tgt.kind == after.kind == "column"
                and not after.used
                and st.pick_column(tgt, st.subject) == st.pick_column(after, st.subject)
            ):
                # "with a satisfaction rating": two words of one column (customer_satisfaction_score), one mention
                second, after = after, st.item(j + 2) if j is not None else None
            if (
                tgt is None
                or tgt.kind != "column"
                or tgt.used
                or (after is not None and after.kind in ("value", "cmp", "number", "like", "literal", "date", "column"))
                or st.word(after) == "of"  # "with the name of their owner": a column to show
            ):
                continue
            if any(st.items[x].text.lower() in ("their", "its", "his", "her") for x in range(k + 1, j or k)):
                continue
            listed = st.word(after) == "and" or (after is not None and after.kind == "punct" and after.text == ",")
            if listed and st.word(st.item(k + 1)) == "the":
                continue  # "callouts with the reference, the location and the type": the columns to show
            col = st.pick_column(tgt, st.subject)
            cm = st.colmeta(col)
            self_key = cm.kind == "fk" and cm.ref_table == col.table  # "singers who have a mentor"
            if col.table != st.subject or (cm.kind in ("pk", "fk", "bool") and not self_key):
                continue
            tgt.used, tgt.role = True, "filter"
            it.used = True
            if second is not None:
                second.used, second.role = True, "filter"
            if cm.kind == "date" and tgt.text.lower() in ("expired", "lapsed", "passed", "elapsed"):
                # "whose licence has expired" over licence_expires_on: that day has passed, not merely been set
                _date_passed(st, col, col.table, negated=False)
            elif cm.numeric and not set(cm.words) & LEVEL_WORDS:
                st.add_cond(Cond(">", col, (Lit(0),)), col.table)
                st.notes.append(f"{col.column} above 0")
            else:  # (a score or a rating is there or not: a rating of 0 is one)
                st.add_cond(Cond("not_null", col), col.table)
                st.notes.append(f"{col.column} is present")
        elif it.kind == "zero":
            j = st.nxt(k, frozenset({"the"}), 1)
            tgt = st.item(j)
            if tgt is not None and tgt.kind == "column":
                col = st.pick_column(tgt, st.subject)
                tgt.used, tgt.role = True, "filter"
                it.used = True
                if st.colmeta(col).numeric:
                    st.add_cond(Cond("=", col, (Lit(0),)), col.table)
                    st.notes.append(f"{col.column} is 0")
                elif st.colmeta(col).kind == "bool":  # "out of service": in_service is false
                    out = "out" in st.colmeta(col).words
                    st.add_cond(Cond("=", col, (Lit(out),)), col.table)
                    st.notes.append(f"{col.column} is {'true' if out else 'false'}")
                else:
                    st.add_cond(Cond("is_null", col), col.table)
            else:
                it.kind = "word"
        elif it.kind in ("null", "notnull"):
            prev = st.item(st.prv(k, _FILLER, 2))
            nxt = st.item(st.nxt(k, _FILLER, 2))
            tgt = next((x for x in (prev, nxt) if x is not None and x.kind == "column" and not x.used), None)
            if tgt is None:
                it.kind = "word"
                continue
            col = st.pick_column(tgt, st.subject)
            tgt.used, tgt.role = True, "filter"
            it.used = True
            st.add_cond(Cond("is_null" if it.kind == "null" else "not_null", col), col.table)
            st.notes.append(f"{col.column} is {'missing' if it.kind == 'null' else 'present'}")


#: verbs that say a row's own value was given ("left a comment", "used a coupon code"), before "a"/"an"
_GIVING_VERBS = frozenset({"used", "left", "gave", "included", "got", "received"})

#: words after "contain" that say how many, never letters to look for ("contain both rock and jazz tracks")
_QUANTIFIERS = frozenset({"no", "any", "some", "only", "none", "both", "either", "neither", "all", "every"})


def _like(st: PlanState, k: int, it: Item) -> None:
    j = st.nxt(k, frozenset({"the", "a", "an", "letter", "word", "text", "string"}), 2)
    tgt = st.item(j)
    if tgt is None or j is None:
        it.kind, it.used = "word", True  # "what does each category contain": a plain verb
        return
    stored = tgt.kind in ("value", "cmp", "number") or (tgt.used and tgt.role == "filter")
    # "contain no eggs", "contain any nuts": a negation or a quantifier, never letters to look for
    quantified = tgt.kind in ("neg", "count") or tgt.text.lower() in _QUANTIFIERS
    if it.adj not in ("start", "end") and (stored or quantified):
        it.kind = "word"  # "orders that contain Item 05": a stored value, matched exactly elsewhere
        it.used = True
        return
    for x in st.items[k + 1 : j]:
        x.used = True  # "starts with the letter M"
    text = st.tokens[tgt.first].text if tgt.kind not in ("literal",) else tgt.text
    if tgt.kind in ("value", "table", "column", "word", "literal", "number"):
        text = " ".join(t.text for t in st.tokens[tgt.first : tgt.last])
    tgt.used, tgt.role, tgt.kind = True, "pattern", "pattern"
    if st.tokens[tgt.first].kind != "quoted":
        # "gmail.com", "mail.test": the characters glued to the word belong to the pattern
        last = tgt.last
        while (
            last < len(st.tokens)
            and st.tokens[last].start == st.tokens[last - 1].end
            and st.tokens[last].kind != "quoted"
            and st.tokens[last].text not in ("?", "!", ",")
        ):
            last += 1
        if last > tgt.last:
            text = st.question_text(tgt.first, last)
            for x in st.items:
                if tgt.last <= x.first < last:
                    x.used, x.kind = True, "pattern"
    prev = st.item(st.prv(k, _FILLER | {"whose", "where"}, 3))
    col: Col | None = None
    if prev is not None and prev.kind == "column":
        col = st.pick_column(prev, st.subject)
        if st.colmeta(col).kind not in ("text", "other"):
            col = None
        else:
            prev.used, prev.role = True, "filter"
    if col is None:
        assert st.subject is not None
        disp = st.display_cols(st.subject)
        if not disp:
            raise TranslationError(f"no text column to match {text!r} against")
        col = disp[0]
    pattern = {"start": f"{text.lower()}%", "end": f"%{text.lower()}"}.get(it.adj or "", f"%{text.lower()}%")
    it.used = True
    st.add_cond(Cond("like", col, (Lit(pattern),)), col.table)
    st.notes.append(f"{col.column} matches {pattern!r}")


#: words of a yes/no column's name that only say it is one (bitHasGarden, is_active, vegan_flg)
FLAG_MARKS = frozenset({"bit", "is", "has", "have", "flag", "flg", "yn", "ind", "b", "f"})


#: words of a yes/no column that holds a state a row is in (active, aktiv), not a trait it has (is_weekend)
_STATE_FLAG_WORDS = frozenset({"active", "actv", "act", "enabled", "current", "live", "valid",
                               *foreign_states("active")})


def bool_conditions(st: PlanState) -> None:
    for k, it in enumerate(st.items):
        if it.kind != "column" or it.used:
            continue
        col = st.pick_column(it, st.subject)
        meta = st.colmeta(col)
        if meta.kind != "bool":
            continue
        if (
            it.first > 1
            and st.tokens[it.first - 1].low in ("a", "an")
            and st.tokens[it.first - 2].low.endswith("ed")
            and st.tokens[it.first - 2].low not in ("equipped", "fitted", "provided", "supplied")
            and it.last - it.first == 1
        ):
            it.kind, it.columns = "word", []  # "never ordered a meal": a thing, not the yes/no has_free_meals
            continue
        content = [w for w in meta.words if w not in FLAG_MARKS]
        said = {stem(t.low) for t in st.tokens if t.is_word}
        if len(content) >= 3 and sum(1 for w in content if stem(w) in said) <= 1:
            it.kind, it.columns = "word", []  # "children at home" is no home_check_passed: one word of three
            continue
        unsaid = [w for w in content if stem(w) not in said]
        plural = any(t.low != singular(t.low) for t in st.tokens[it.first : it.last])
        if plural and len(content) == 2 and len(unsaid) == 1 and unsaid[0] != content[0] and unsaid[0].endswith(
            ("ed", "en")
        ):
            it.kind, it.columns = "word", []  # "how many loads" (rows) is no load_rejected: the state is never said
            continue
        if len(content) == 2 and unsaid == [content[0]] and past_participle(content[1]) and len(content[0]) >= 4 \
                and content[0] not in ("were", "been", "have", "being") and \
                singular(content[0]) not in st.meta(col.table).lemma:  # (not WasCancelled, CS_CANCELLED_FLAG)
            # "inspections done last month" is no remedial_done, "paid orders" no deposit_paid: the participle is
            # said of the thing the first word names, which the question never says
            it.kind, it.columns = "word", []
            continue
        negated = False
        prev = st.item(
            st.prv(
                k,
                frozenset({"the", "a", "an", "are", "is", "were", "was", "that", "which", "who", "currently", "been"}),
                3,
            )
        )
        if prev is not None and prev.kind == "neg" and prev.role != "neg":
            negated = True
            prev.used = True
        toks = {t.low for t in st.tokens[it.first : it.last]}
        own = meta.word_forms()
        whole = {"".join(meta.words), meta.name.lower()}  # "indoor" is the column indoor, never in + door negated
        if not (toks & own) and not (toks & whole) and any(
            (neg := negative_stem(w)) is not None
            and (forms(neg) & own or any(len(o) >= 3 and abbreviates(o, neg) for o in own))
            for w in toks
        ):
            negated = True  # "inactive" (actv_flg), "unacknowledged", "offline"
        subject = st.subject
        noun = next((x for x in st.items[k + 1 :] if x.kind not in ("column", "value")), None)
        if (
            subject is not None
            and col.table != subject
            and noun is not None
            and noun.kind == "table"
            and st.table_of(noun) == subject
            and st.fans_out(subject, col.table)
            and not _links_to_named(st, subject, col.table)
        ):
            # "active trade customers" with only the salesmen's actv_flg: a state of the customers, not of rows
            # below them
            raise TranslationError(f"{it.text!r} is {col.column} of {col.table}, not of {subject}; {REPHRASE}")
        said_of = st.item(k + 1)
        if said_of is not None and said_of.kind == "table" and said_of.first == it.last and \
                st.table_of(said_of) != col.table and set(meta.words) & _STATE_FLAG_WORDS and any(
                    set(c.words) & STATUS_WORDS for c in st.meta(st.table_of(said_of)).columns):
            # "active meters" with only the customers' aktiv flag: a state of the meters, not of their customer
            raise TranslationError(f"{it.text!r} is {col.column} of {col.table}, not of {st.table_of(said_of)}; "
                                   f"{REPHRASE}")
        it.used, it.role = True, "filter"
        st.add_cond(Cond("=", col, (Lit(not negated),)), col.table)
        st.notes.append(f"{col.column} is {'false' if negated else 'true'}")


def _links_to_named(st: PlanState, subject: str, table: str) -> bool:
    """``table`` lies between the subject and another table the question names ("the preferred supplier for the
    Nordic Oak Table": product_suppliers links the supplier to that product)."""
    named = {st.table_of(x) for x in st.items if x.kind == "table"} | {
        h.table for x in st.items if x.kind == "value" for h in x.values[:1]
    }
    for other in named - {subject, table}:
        path = st.schema.path(subject, other) or []
        if any(table in (e.child, e.parent) for e in path):
            return True
    return False


def _verb_before_rows(st: PlanState, k: int, it: Item) -> None:
    """ "customers who have never placed an order": a participle read as a column (pick_your_own.PLACES) right
    before the rows it acts on is the verb; the rows are what must be absent."""
    verb = st.item(k + 1)
    rows = st.item(st.nxt(k + 1, frozenset({"a", "an", "the", "any", "single"}), 2))
    if it.op != "column" or verb is None or verb.kind != "column" or not verb.text.lower().endswith("ed") or \
            rows is None or rows.kind != "table" or rows.used:  # fmt: skip
        return
    target = st.table_of(rows)
    if target == st.subject or any(c.table == target for c in verb.columns[:1]):
        return  # ("excluding deleted tasks", "never cancelled a booking" over bookings.cancelled: the rows' own state)
    it.op, it.tables, it.columns = "table", [Candidate("table", target, None, 2.0, rows.first, rows.last)], []
    verb.used, verb.role = True, "verb"
    rows.used, rows.role = True, "neg"


def _object_of_the_absent(st: PlanState, k: int, target: str) -> None:
    """ "members who have never booked a tee time" (``tee_bookings.tee_time``): a column of the absent rows said last,
    after "a" or "any", as what the verb acts on, is those rows (none of them), no further test."""
    for j in range(k + 1, min(k + 4, len(st.items))):
        x, after = st.items[j], st.item(j + 1)
        if x.kind == "column" and not x.used and x.columns and x.columns[0].table == target and x.first > 0 and \
                st.tokens[x.first - 1].low in ("any", "a", "an") and (after is None or after.kind == "punct"):
            x.used, x.role = True, "neg"
            return


def negation_conditions(st: PlanState) -> None:
    subject = st.subject
    assert subject is not None
    for k, it in enumerate(st.items):
        if it.kind != "neg" or it.role != "neg" or it.used:
            continue
        it.used = True
        _verb_before_rows(st, k, it)
        if it.op == "sale":
            target_opt = st._sales_table(subject)
            if target_opt is None:
                raise TranslationError(f"cannot tell where sales of {subject} are recorded")
            it.op = "table"
            it.tables = [Candidate("table", target_opt, None, 2.0, it.first, it.last)]
        if it.op == "table":
            target = it.tables[0].table
            _negation_of_subject(st, k)
            if target == subject:
                selfs = st.schema.self_edges(subject)
                if selfs:
                    st.add_cond(Cond("is_null", Col(subject, selfs[0].child_cols[0])), subject)
                    continue
                raise TranslationError(f"cannot tell how {target} relates to itself")
            # a nullable key on the subject: "employees without a department"
            direct = [e for e in st.schema.edges_of(subject) if e.child == subject and e.parent == target]
            if (direct and not st.schema.children(subject)) or (
                direct
                and not st.fans_out(subject, target)
                and all(st.meta(subject).column(c) is not None for c in direct[0].child_cols)
                and not reachable_via_child(st, subject, target)
            ):
                st.add_cond(Cond("is_null", Col(subject, direct[0].child_cols[0])), subject)
                st.notes.append(f"it has no {singular(target)}")
                continue
            if not st.reachable(subject, target):
                raise TranslationError(f"{subject} and {target} are not related by foreign keys")
            inner = inner_conditions(st, k, target)
            _object_of_the_absent(st, k, target)
            role = st.role_for(subject, it.first + 1) if it.fk_role == "role" else ""
            if it.fk_role == "role" and not role:
                raise TranslationError(
                    f"cannot tell which key of {target} the question means; rephrase, or use "
                    "an LLM provider (--provider)"
                )
            _not_yet_with_pending_rows(st, it, target)
            rel = Related(subject, target, inner, frozenset({role}) if role else frozenset())
            st.negations.append(Cond("not_exists", related=rel))
            st.notes.append(f"it has no {target}")
        elif it.op == "column":
            col = st.pick_column(it, subject)
            meta = st.colmeta(col)
            if col.table != subject and st.fans_out(subject, col.table) and \
                    st.word(st.item(k + 2)) in ("at all", "ever", "yet") and \
                    not set(it.text.lower().split()) & {"never", "no", "without", "none", "nobody"}:  # fmt: skip
                # "flavours Pistachio Corner has not sold at all this year": no such rows, which the column's own
                # value does not say
                raise TranslationError(f"'{it.text} {st.items[k + 1].text} {st.items[k + 2].text}' asks for rows that "
                                       f"are absent, not for {col.column} unset; {REPHRASE}")  # fmt: skip
            said_of = next((x for x in reversed(st.items[:k]) if x.kind == "table"), None)
            if col.table != subject and st.fans_out(subject, col.table) and meta.kind == "date" and \
                    not set(it.text.lower().split()) & {"never", "no", "without", "none", "nobody"} and \
                    (said_of is None or st.table_of(said_of) != col.table):  # fmt: skip
                # "doors that haven't been inspected since 2025" over inspection.inspected_on: no such inspections,
                # which a NULL date of some inspection does not say (but "an invoice that hasn't been paid" is one)
                raise TranslationError(f"'{it.text}' is said of {col.table} rows that are absent, which the query "
                                       f"cannot tell from an unset {col.column}; {REPHRASE}")  # fmt: skip
            if (
                col.table != subject
                and st.fans_out(subject, col.table)
                and set(it.text.lower().split()) & {"never", "no", "without", "none", "nobody"}
            ):
                # "subscribers who never made a call": no related row at all, not a row with a NULL; "players who
                # have never been an all-star": no related row where that yes/no is true
                nxt, rows = st.item(k + 1), st.item(k + 2)
                if meta.kind != "bool" and nxt is not None and rows is not None and rows.kind == "table" and \
                        st.table_of(rows) == col.table and rows.first == nxt.last:  # fmt: skip
                    # "no radiocarbon samples": a word of the rows that are absent, which no condition reads
                    raise TranslationError(f"cannot tell which {col.table} rows {nxt.text!r} means; {REPHRASE}")
                inner = [Cond("=", col, (Lit(True),))] if meta.kind == "bool" else []
                st.negations.append(Cond("not_exists", related=Related(subject, col.table, inner)))
                st.notes.append(f"it has no {col.table}" + (f" where {col.column} is true" if inner else ""))
                continue
            if meta.kind == "number" and set(it.text.lower().split()) & EXCLUSION_WORDS:
                # "amount paid, not counting tips": an amount left out of a sum, or the rows that had one?
                raise TranslationError(
                    f"cannot tell whether {it.text!r} leaves out rows or an amount; rephrase, or use an LLM "
                    "provider (--provider)"
                )
            level = meta.kind == "number" and bool(set(meta.words) & LEVEL_WORDS)
            if level and "never" in it.text.lower().split():
                # "units never hired out" over daily_hire_rate: a rate of 0 is no absence of hires
                raise TranslationError(
                    f"cannot tell what {it.text!r} says of {col.column}; rephrase, or use an LLM provider (--provider)"
                )
            if level:
                cond = Cond("is_null", col)  # "no score recorded": a score of 0 is a score
            elif meta.kind == "number":
                cond = Cond("or", alternatives=(Cond("=", col, (Lit(0),)), Cond("is_null", col)))
            elif meta.kind == "bool":
                cond = Cond("=", col, (Lit(False),))
            else:
                cond = Cond("is_null", col)
            st.add_cond(cond, col.table)
            st.notes.append(f"{col.column} is {'false' if meta.kind == 'bool' else 'missing'}")


def _not_yet_with_pending_rows(st: PlanState, it: Item, target: str) -> None:
    """ "bikes still waiting to be repaired" where a repair row has a completion date that may be unset: bikes with
    no repair at all, or with one not finished?  Refused (where every repair row is a done repair, "leaks waiting
    to be repaired" have no repair row)."""
    if not set(it.text.lower().split()) & {"waiting", "yet", "still"}:
        return  # (only a wait for something to happen: "no reviews yet" is no review at all)
    pending = [c for c in st.meta(target).date_columns() if c.nullable]
    if pending:
        raise TranslationError(f"cannot tell whether '{it.text}' means no {target} row at all or one whose "
                               f"{pending[0].name} is unset; {REPHRASE}")  # fmt: skip


def _negation_of_subject(st: PlanState, k: int) -> None:
    """ "owners with pets that were never treated": the negation is said of the pets, not of the owners;
    the query would deny it of the owners.  Refused."""
    j = st.prv(k, frozenset({"that", "which", "who", "were", "was", "is", "are", "have", "has", "had", "been"}), 4)
    prev = st.item(j)
    if prev is not None and j is not None and j < k - 1 and prev.kind == "table" and st.table_of(prev) != st.subject:
        raise TranslationError(
            f"the negation is said of {st.table_of(prev)}, not of {st.subject}; "
            "rephrase, or use an LLM provider (--provider)"
        )


def reachable_via_child(st: PlanState, subject: str, target: str) -> bool:
    return any(
        e.child != subject and st.reachable(e.child, target) and e.child != target for e in st.schema.children(subject)
    )


def inner_conditions(st: PlanState, k: int, target: str) -> list[Cond]:
    """Dates right after a negated relation apply inside it: "never ordered in 2024"."""
    out: list[Cond] = []
    j = st.nxt(k, frozenset({"the", "a", "an", "any"}), 2)
    it = st.item(j)
    if (
        it is not None
        and j is not None
        and (
            (it.kind == "table" and st.table_of(it) == target)
            or (it.kind in ("word", "column") and it.text.lower().endswith("ed"))
        )
    ):
        j = st.nxt(j, frozenset({"the", "a", "an", "any"}), 2)  # "have not visited since March"
        it = st.item(j)
    if it is not None and it.kind == "date" and it.date is not None and not it.used:
        d = st.meta(target).default_date()
        if d is not None:
            col = Col(target, d.name)
            it.used = True
            if it.date.lo is not None:
                out.append(Cond(">=", col, (Lit(it.date.lo),)))
            if it.date.hi is not None:
                out.append(Cond("<", col, (Lit(it.date.hi),)))
    place = None
    if j is not None and it is not None and it.kind == "word" and it.text.lower() in _PLACE_SKIP:
        place = st.item(st.nxt(j, _PLACE_SKIP, 3))
    if place is not None and place.kind == "value" and not place.used and st.reachable(target, place.values[0].table):
        # "parties with no candidates in the North region": the value picks the rows that must not exist
        hit = place.values[0]
        place.used, place.role = True, "filter"
        out.append(Cond("=", Col(hit.table, hit.column), (Lit(hit.value),)))
        st.notes.append(f"{hit.column} is {hit.value!r}")
    return out


def _negated_value(st: PlanState, k: int) -> bool:
    """A value right after a negated table ("no candidates in the North"): it goes inside the negation."""
    prev = st.item(st.prv(k, _PLACE_SKIP, 3))
    return prev is not None and prev.kind == "table" and prev.role == "neg"


def group_keys(st: PlanState) -> tuple[list[Expr], list[Expr], list[str]]:
    """(group by, select, labels) from the group markers."""
    group: list[Expr] = []
    select: list[Expr] = []
    labels: list[str] = []
    for it in st.items:
        if it.kind == "group" and it.role == "group":
            if it.unit:
                col = _year_for_decade(st) if it.unit == "decade" else _date_for_bucket(st)
                if col is None:
                    raise TranslationError(f"no date column to group by {it.unit}")
                unit = bucket_unit(it.unit)
                dp = DatePart(unit, col)
                group.append(dp)
                select.append(dp)
                labels.append(unit)
                continue
            word = st.tokens[it.last].low if it.last < len(st.tokens) else ""
            if it.columns and word in _PERIOD_WORDS and st.subject is not None and not it.tables:
                col = st.pick_column(it, st.subject)
                own = _date_for_bucket(st)
                if col.table != st.subject and own is not None and own.table == st.subject:
                    # "albums released each year": the subject's own date by year, not another table's year
                    dp = DatePart(word if word in ("year", "month", "day") else "month", own)
                    group.append(dp)
                    select.append(dp)
                    labels.append(word)
                    continue
            if it.columns:
                col = st.pick_column(it, it.tables[0].table if it.tables else st.subject)
                said = word if word in _PERIOD_WORDS else st.tokens[it.last - 1].low
                if said in _PERIOD_WORDS:
                    _same_dates(st, col)
                if (
                    st.colmeta(col).kind == "date"
                    and said not in _PERIOD_WORDS
                    and not {t.low for t in st.tokens[it.last : it.last + 3]} & _DATE_GROUP_WORDS
                ):
                    # "each installer" read as inst_dt: a group of people is never one row per date
                    raise TranslationError(f"cannot tell what {word!r} groups by; {REPHRASE}")
                if said in ("year", "month", "day") and st.colmeta(col).kind == "date":
                    # "for each month" over invoice_month (a date): the month it falls in, as any other month
                    dp = DatePart(said, col)
                    group.append(dp)
                    select.append(dp)
                    labels.append(said)
                    continue
                if it.fk_role:
                    col = Col(col.table, col.column, it.fk_role)
                elif st.colmeta(col).kind != "fk":
                    col = st.with_role(col, it.last + 1)
                group.append(col)
                select.append(col)
                labels.append(col.column)
                if st.colmeta(col).kind == "fk":  # "each manager": rows without one are no group
                    st.add_cond(Cond("not_null", col), col.table)
                continue
            table = it.tables[0].table
            st.group_table = table
            role = it.fk_role or st.role_for(table, it.last + 1)
            disp = _shown_of_group(st, it, table, role) or [
                Col(c.table, c.column, role) for c in st.display_cols(table)]
            keys = [Col(c.table, c.column, role) for c in st.pk_cols(table)]
            for c in keys + disp:
                if c not in group:
                    group.append(c)
            select.extend(disp)
            labels.append(singular(table))
        elif it.kind == "timeunit" and it.role == "group" and not any(isinstance(g, DatePart) for g in group):
            col = _year_for_decade(st) if it.unit == "decade" else _date_for_bucket(st)
            if col is None:
                raise TranslationError(f"no date column to group by {it.unit}")
            unit = bucket_unit(it.unit)
            dp = DatePart(unit, col)
            group.append(dp)
            select.append(dp)
            labels.append(unit)
    return group, select, labels


#: the periods rows are grouped by (a DatePart's units)
BUCKET_UNITS = frozenset({"year", "quarter", "month", "day", "decade"})


def bucket_unit(unit: str | None) -> str:
    """The period a group is made by; one the offline translator cannot make (a week, an hour, a weekday) is
    refused, never grouped by month instead."""
    if unit in BUCKET_UNITS:
        return unit
    raise TranslationError(f"grouping by {unit or 'that period'} is not something the offline translator does; "
                           f"{REPHRASE}")


def _shown_of_group(st: PlanState, group: Item, table: str, role: str) -> list[Col]:
    """ "How many trades took place at each swap meet in 2024? Show the meet date and the number.": the columns of the
    group's rows a later sentence asks to show (meetDate), instead of the rows' usual name (venueName)."""
    here = st.sentence_of(group.first)
    asks = [x for x in st.items if x.kind == "qword" and st.opens_sentence(x) and st.sentence_of(x.first) > here]
    if not asks:
        return []
    out: list[Col] = []
    for x in st.items:
        if x.kind == "column" and x.columns and x.first > asks[0].first and x.columns[0].table == table:
            out.append(Col(table, x.columns[0].column or "", role))
            x.used, x.role = True, "group"
    return out


def _year_for_decade(st: PlanState) -> Col | None:
    """ "per decade of birth": the year or date column named after the unit, else the subject's only one."""
    assert st.subject is not None
    for it in st.items:
        if it.kind == "column" and it.role in ("", "date"):
            for c in it.columns:
                cm = st.meta(c.table).column(c.column or "")
                if cm is not None and (cm.kind == "date" or cm.is_year):
                    it.used, it.role = True, "date"
                    return Col(c.table, cm.name)
    years = [c for c in st.meta(st.subject).columns if c.is_year or c.kind == "date"]
    return Col(st.subject, years[0].name) if len(years) == 1 else None


def period_columns(st: PlanState) -> set[Col]:
    """The date columns the question's periods were made conditions on."""
    return {
        c.left
        for c, _table in st.cond_tables
        if c.op in (">=", "<") and isinstance(c.left, Col) and st.colmeta(c.left).kind == "date"
    }


def _same_dates(st: PlanState, col: Col) -> None:
    """Refuse groups of periods ("by month") on one table's date and a period ("in 2025") on another's: the
    months would not be those of the rows the period picked."""
    dated = period_columns(st)
    if dated and col not in dated and all(d.table != col.table for d in dated):
        raise TranslationError(
            f"the groups would be dated by {col.table}.{col.column} but the period by "
            f"{', '.join(sorted(f'{d.table}.{d.column}' for d in dated))}; rephrase, or use an LLM provider "
            "(--provider)"
        )


def _date_for_bucket(st: PlanState) -> Col | None:
    """The date whose years, months or days are the groups: a date column the question names, else the date the
    question's period was said of ("cancellations per month in 2025": the booking's start, as the year's test),
    else the subject's own date.  Groups and a period on two different dates would answer another question, so
    that refuses."""
    assert st.subject is not None
    dated = period_columns(st)
    for it in st.items:
        if it.kind == "column" and it.role in ("", "date"):
            for c in it.columns:
                if st._cand_kind(c) == "date":
                    col = Col(c.table, c.column or "")
                    _same_dates(st, col)
                    it.used, it.role = True, "date"
                    return col
    # "calls logged per month": the date a verb named (and made a condition of) is the one to bucket
    named = {
        (c.table, c.column or "")
        for it in st.items
        if it.kind == "column" and it.columns
        for c in it.columns[:1]
        if st._cand_kind(c) == "date" and c.table == st.subject
    }
    if len(named) == 1:
        table, column = next(iter(named))
        return Col(table, column)
    if len(dated) == 1:
        return next(iter(dated))
    return st._date_of_table(st.subject)


def _open_state(st: PlanState, rows: str) -> Cond | None:
    """ "Jobs still open" over completed_at and a status that stores 'O': rows without a completion date may also
    be cancelled ones, so the one status value that says open ('O', 'OPEN') is the test, as when the word links
    to that value directly."""
    found = [(c.name, v) for c in st.meta(rows).columns if c.kind == "text" and set(c.words) & STATUS_WORDS
             for v in st.values.column_values(rows, c.name) if v.lower() in ("o", "open")]  # fmt: skip
    return Cond("=", Col(rows, found[0][0]), (Lit(found[0][1]),)) if len(found) == 1 else None


def _state_conditions(st: PlanState) -> None:
    """ "meters that have been decommissioned", "rentals not returned yet", "unassigned issues": a state
    recorded by a date or a key of the row that is set once it happens (``decomm_dt``, ``returned_at``)."""
    subject = st.subject
    if subject is None:
        return
    for k, it in enumerate(st.items):
        if it.used or it.kind not in ("word", "column", "table"):
            continue
        low = it.text.lower()
        negated = False
        positive = negative_stem(low)
        if positive is not None and any(low in c.words for c in st.meta(subject).columns):
            positive = low  # "installs that were uninstalled" beside uninstalledAt: the word of a column of its own
        elif (
            positive is not None
            and (positive.endswith(("ed", "en")) or irregular_base(positive) is not None)
            and low[:2] in ("un", "no")
        ):
            negated = True  # "unassigned", "unpaid"
        elif low == "live" and (
            (_adjective_at(st, k) and st.table_of(st.items[k + 1]) == subject) or _predicate_at(st, k)
        ):
            # "live accounts", "listings that are still live": not soft-deleted, delisted, archived ...
            gone = [
                w for w in _LIVE_ENDS
                if any(c.kind in ("date", "fk", "bool") and stem(w) in {stem(x) for x in c.words if len(x) >= 4}
                       for c in st.meta(subject).columns)
            ]  # fmt: skip
            positive, negated = (gone[0] if len(gone) == 1 else "deleted"), True
        elif low in OPEN_WORDS and (it.kind == "word" or _names_the_opening(st, it)):
            rows = subject
            if _adjective_at(st, k) and (said := st.table_of(st.items[k + 1])) in _measured_tables(st):
                rows = said  # "the recruiter with the most open reqs"
            closing = [c for c in st.meta(rows).date_columns() if set(c.words) & CLOSING_WORDS]
            if len(closing) != 1:
                continue
            state = _open_state(st, rows)
            if state is not None:
                st.add_cond(state, rows)
                st.notes.append(f"{state.values[0].value!r} is open")
                it.used, it.role = True, "filter"
                continue
            # "work orders still open": the one date that closes the row is not set
            positive, negated = closing[0].words[0], True
        else:
            positive = low
        base = irregular_base(positive)
        participle = positive.endswith(("ed", "en")) or (negated and base is not None)  # "unpaid"
        if not participle or (len(positive) < 5 and base is None):
            continue  # "employees who died": the date of death
        want = {stem(positive), *((stem(base),) if base else ())}
        # "the cost of completed work orders": said of the measured rows named right after it
        owner = subject
        if _adjective_at(st, k) and (said := st.table_of(st.items[k + 1])) in _measured_tables(st):
            owner = said
        cols = [
            c
            for c in st.meta(owner).columns
            if c.kind in ("date", "fk") and any(stem(w) in want for w in c.words if len(w) >= 4)
        ]
        if not cols and positive in END_WORDS:
            # "rentals not returned yet": the one date that ends the row (ended_at); "cancelled" only one that
            # says so (ended_on), never the date it was completed
            ending = next((words for verbs, words in _STAGES if positive in verbs), END_WORDS)
            cols = [c for c in st.meta(owner).columns if c.kind == "date" and set(c.words) & ending]
        said_of_rows = k > 0 and st.tokens[it.first - 1].low in ("were", "was", "been", "are", "is")
        if not cols and said_of_rows and it.kind in ("word", "column"):
            # "the delivery lines that were graded": the one column named by the verb alone (grade) holds a value
            cols = [c for c in st.meta(owner).columns if len(c.words) == 1 and stem(c.words[0]) in want
                    and c.kind in ("text", "number") and not c.is_key]  # fmt: skip
        if len(cols) != 1:
            continue
        counted = st.item(k + 1)
        if cols[0].kind == "fk" and counted is not None and counted.kind == "cmp" and counted.role == "having":
            continue  # "readers who have referred at least 3 other readers": the verb of the count, not its key set
        by = cols[0].kind == "fk" and it.last < len(st.tokens) and st.tokens[it.last].low == "by"
        if by and not _by_anyone(st, k, cols[0].ref_table or ""):
            continue  # "managed by Hugo Roux": the row the key points to is named, not only that it is set
        prev = st.item(st.prv(k, frozenset({"been", "be", "yet", "being", "ever"}), 2))
        if prev is not None and prev.kind in ("column", "table") and prev.role == "neg" and prev.last == it.first:
            # "fixtures with no referee appointed": the participle says what is missing, not another key that is set
            it.used, it.role = True, "negcond"
            continue
        if prev is not None and prev.kind == "neg" and not prev.used:
            negated = not negated
            prev.used, prev.role = True, "negcond"
        col = Col(owner, cols[0].name)
        if stem(positive) == stem("expired") and cols[0].kind == "date":
            # "members whose licence has expired" over licence_expires_on: a date that is set in advance has
            # passed, not merely been set
            _date_passed(st, col, owner, negated=negated)
            continue
        st.add_cond(Cond("is_null" if negated else "not_null", col), owner)
        st.notes.append(f"{col.column} is {'not ' if negated else ''}set")
        it.used, it.role = True, "filter"


#: adverbial particles that a column of movements may store as its code ("units gone out": txn_type 'OUT')
_STORED_PARTICLES = frozenset({"out", "off"})


def _particle_values(st: PlanState) -> None:
    """ "how many units have gone out", "which item shipped the most units out": a particle the question uses
    as a direction, stored as the code of one column of the measured or counted rows."""
    tables = {t for t in (st.subject, st.measure_table) if t is not None}
    for it in st.items:
        low = it.text.lower()
        if it.used or it.kind != "word" or low not in _STORED_PARTICLES:
            continue
        hits = [
            (t, c.name, v)
            for t in sorted(tables)
            for c in st.meta(t).columns
            if c.kind == "text"
            for v in st.values.column_values(t, c.name)
            if v.lower() == low and len(st.values.column_values(t, c.name)) <= 8
        ]
        if len(hits) != 1:
            continue
        table, column, value = hits[0]
        it.used, it.role = True, "filter"
        st.add_cond(Cond("=", Col(table, column), (Lit(value),)), table)
        st.notes.append(f"{column} is {value!r}")


def _contained_in(st: PlanState) -> None:
    """ "staff with Quayle in their name", "species with Maple in the common name": the words are part of
    the named text column, not all of it."""
    items = st.items
    for k in range(len(items) - 4):
        w, x, i_n, det, c = items[k : k + 5]
        if not (
            w.kind == "word"
            and w.text.lower() == "with"
            and x.kind in ("literal", "value", "word")
            and not x.used
            and i_n.kind == "word"
            and i_n.text.lower() == "in"
            and det.kind == "word"
            and det.text.lower() in ("their", "its", "his", "her", "the")
            and c.kind == "column"
        ):
            continue
        col = st.pick_column(c, st.subject)
        if st.colmeta(col).kind not in ("text", "other"):
            continue
        text = st.question_text(x.first, x.last).strip("'\"")
        for it in (w, x, i_n, det):
            it.used = True
        x.kind, c.used, c.role = "pattern", True, "filter"
        st.add_cond(Cond("like", col, (Lit(f"%{text.lower()}%"),)), col.table)
        st.notes.append(f"{col.column} contains {text!r}")


def _date_passed(st: PlanState, col: Col, owner: str, *, negated: bool) -> None:
    """A date set in advance (an expiry) has passed: before today; or, negated, unset or today and later."""
    today = Lit(st.today)
    passed = Cond("<", col, (today,))
    fresh = Cond("or", alternatives=(Cond("is_null", col), Cond(">=", col, (today,))))
    st.add_cond(fresh if negated else passed, owner)
    st.notes.append(f"{col.column} is {'not ' if negated else ''}past")


#: words of a date that settles a row that falls due (paid_at, returned_on, done_at, resolved_at)
_SETTLING_WORDS = CLOSING_WORDS | {"paid", "returned", "delivered", "submitted", "handled"}


def _overdue(st: PlanState) -> None:
    """ "overdue invoices", "how many loans are overdue": rows whose one due date has passed while the one date that
    settles them (paid, returned, done) is still unset.  Without exactly one of each, "overdue" stays unread and
    the question is refused."""
    for k, it in enumerate(st.items):
        if it.used or it.kind not in ("word", "column") or it.text.lower() != "overdue":
            continue
        nxt = st.item(k + 1)
        table = st.table_of(nxt) if nxt is not None and nxt.kind == "table" and nxt.first == it.last else st.subject
        if table is None:
            continue
        dates = st.meta(table).date_columns()
        due = [c for c in dates if "due" in c.words]
        settled = [c for c in dates if set(c.words) & _SETTLING_WORDS]
        if len(due) != 1 or len(settled) != 1:
            continue
        _date_passed(st, Col(table, due[0].name), table, negated=False)
        st.add_cond(Cond("is_null", Col(table, settled[0].name)), table)
        st.notes.append(f"{settled[0].name} is not set")
        it.used, it.role = True, "filter"


def _past_date(st: PlanState) -> None:
    """ "invoices that are past their due date", "jobs already past the promised date": that date of the rows is
    before today.  Only a date column of the rows the question is about; a separate word "date" after a column
    that only names it (``due_on``) is part of the phrase."""
    for k, it in enumerate(st.items):
        if it.used or it.kind != "word" or it.text.lower() not in ("past", "beyond"):
            continue
        j = st.nxt(k, frozenset({"their", "its", "the", "his", "her"}), 2)
        tgt = st.item(j)
        if j is None or tgt is None or tgt.kind != "column" or tgt.used or st.subject is None:
            continue
        dated = [c for c in tgt.columns if c.table == st.subject and st._cand_kind(c) == "date"]
        if len(dated) != 1:
            continue
        col = Col(dated[0].table, dated[0].column or "")
        _date_passed(st, col, col.table, negated=False)
        it.used, tgt.used, tgt.role = True, True, "filter"
        after = st.item(j + 1)
        if after is not None and after.first == tgt.last and after.text.lower() == "date" and not after.used:
            after.used, after.role = True, "filter"


#: what ends a row's life: a "live" row has none of them set (deleted_at, delisted_at, archived_on ...)
_LIVE_ENDS = ("deleted", "delisted", "removed", "archived", "withdrawn", "retired", "unpublished", "expired")


def _predicate_at(st: PlanState, k: int) -> bool:
    """The word at item ``k`` ends the question after a copula: "listings that are still live"."""
    before = st.tokens[st.items[k].first - 1].low if st.items[k].first > 0 else ""
    rest = [x for x in st.items[k + 1 :] if x.kind != "punct"]
    return before in ("is", "are", "was", "were", "still", "currently", "now") and not rest


def _measured_tables(st: PlanState) -> set[str]:
    """The tables the answer's measure is read from: a summed or averaged one, and the rows a ranking counts."""
    counted = [m.table for m in (st.shape.rank_measure, st.shape.agg_measure) if m is not None and m.kind == "count"]
    return {t for t in (st.measure_table, *counted) if t is not None}


def _adjective_at(st: PlanState, k: int) -> bool:
    """The word at item ``k`` stands before a noun of the rows ("live accounts", "no live tasks"), not after a
    subject as a verb ("customers who live in Leeds")."""
    nxt = st.item(k + 1)
    return nxt is not None and nxt.kind == "table" and nxt.first == st.items[k].last


def _awaiting_conditions(st: PlanState) -> None:
    """ "plantings awaiting harvest", "orders pending shipment": the date of that event is not set yet."""
    for k, it in enumerate(st.items):
        if it.used or it.kind != "word" or it.text.lower() not in _AWAITING:
            continue
        j = st.nxt(k, frozenset({"the", "a", "an", "their", "its", "for", "to", "be"}), 2)
        tgt = st.item(j)
        if tgt is None or tgt.kind != "column" or tgt.used:
            continue
        dated = [c for c in tgt.columns if c.table == st.subject and st._cand_kind(c) == "date"]
        if len(dated) != 1:
            continue
        col = Col(dated[0].table, dated[0].column or "")
        st.add_cond(Cond("is_null", col), col.table)
        st.notes.append(f"{col.column} is not set yet")
        it.used = tgt.used = True
        tgt.role = "filter"


#: what follows "whose <column>" when that value is known ("whose dam we have on record", "whose email is known")
_KNOWN = (("we", "have"), ("we", "know"), ("we", "hold"), ("is", "known"), ("is", "recorded"), ("are", "known"),
          ("was", "recorded"), ("we", "'ve"))


def _whose_known(st: PlanState) -> None:
    """ "every horse whose dam we have on record", "members whose email is known": that column is set."""
    for k, it in enumerate(st.items):
        if it.kind != "qword" or it.text.lower() != "whose":
            continue
        tgt = st.item(k + 1)
        if tgt is None or tgt.kind != "column" or tgt.used or st.subject is None:
            continue
        after = tuple(t.low for t in st.tokens[tgt.last : tgt.last + 2])
        if after not in _KNOWN:
            continue
        own = [c for c in tgt.columns if c.table == st.subject]
        if len(own) != 1:
            continue
        col = Col(st.subject, own[0].column or "")
        st.add_cond(Cond("not_null", col), col.table)
        st.notes.append(f"{col.column} is present")
        it.used = tgt.used = True
        tgt.role = "filter"
        for x in st.items[k + 2 : k + 4]:
            if x.kind == "word" and x.text.lower() in {w for pair in _KNOWN for w in pair}:
                x.used = True


#: verbs that say a row's life has ended ("instructors who have left", "staff who resigned")
_LEFT = frozenset({"left", "quit", "resigned", "retired"})

#: the place one leaves, said after the verb ("left the firm", "left us")
_LEFT_WHAT = (("the", "firm"), ("the", "company"), ("the", "business"), ("the", "clinic"), ("the", "school"),
              ("the", "club"), ("us",), ("here",))


#: words that say a row's subject is alive (its date of death unset) or not
_ALIVE = {"living": False, "alive": False, "live": False, "deceased": True, "dead": True}

#: words of a column that dates a death
_DEATH_WORDS = frozenset({"died", "death", "deceased", "dod", "dead"})


#: words of a yes/no column that says a row's subject is alive (bAlive, is_living)
_ALIVE_FLAG_WORDS = frozenset({"alive", "living", "live"})


def _living(st: PlanState) -> None:
    """ "How many living dogs do we have", "the live staghorn coral fragments", "Which fragments ... have died?": the
    one date of death of the rows named (right after the adjective, past values of theirs; or the subject of "have
    died") is not set ("dead", "deceased", "died": it is), or their one yes/no of being alive says so; with neither,
    the word is refused, never dropped."""
    for k, it in enumerate(st.items):
        low = it.text.lower()
        if it.kind not in ("word", "column") or it.used:
            continue
        if low in _ALIVE:
            j = k + 1
            while (nxt := st.item(j)) is not None and nxt.kind == "value" and nxt.first == st.items[j - 1].last:
                j += 1
            if nxt is None or nxt.kind != "table" or nxt.first != st.items[j - 1].last:
                continue
            table, died = st.table_of(nxt), _ALIVE[low]
        elif low == "died" and st.word(st.item(k - 1)) in ("have", "has", "had") and st.subject is not None:
            table, died = st.subject, True
        else:
            continue
        deaths = [c for c in st.meta(table).columns if c.kind == "date" and set(c.words) & _DEATH_WORDS]
        alive = [c for c in st.meta(table).columns if c.kind == "bool" and set(c.words) & _ALIVE_FLAG_WORDS]
        if len(deaths) == 1:
            st.add_cond(Cond("not_null" if died else "is_null", Col(table, deaths[0].name)), table)
            st.notes.append(f"{deaths[0].name} is {'' if died else 'not '}set")
        elif len(alive) == 1 and not deaths:
            st.add_cond(Cond("=", Col(table, alive[0].name), (Lit(not died),)), table)
            st.notes.append(f"{alive[0].name} is {'false' if died else 'true'}")
        else:
            raise TranslationError(f"cannot tell which {table} rows are {low}; {REPHRASE}")
        it.used, it.role = True, "filter"


#: words of a column that takes a thing out of service (decommissioned_on, isRetired, scrapped_date)
_OUT_OF_SERVICE = frozenset({"decommissioned", "decommission", "decomm", "retired", "retirement", "scrapped",
                             "disposed", "disposal", "withdrawn"})


def _in_service(st: PlanState) -> None:
    """ "turbines still in service", "vehicles in operation": the one column of the rows that records their being taken
    out of service is unset (a date) or false (a yes/no); with none, or several, the words stay unread."""
    subject = st.subject
    if subject is None:
        return
    for k, it in enumerate(st.items):
        low = it.text.lower()
        if it.used or it.kind != "word" or low not in ("service", "operation", "use") or it.first == 0 or \
                st.tokens[it.first - 1].low != "in":
            continue
        rows = st.item(k - 2) if st.word(st.item(k - 1)) == "in" else st.item(k - 1)
        owner = st.table_of(rows) if rows is not None and rows.kind == "table" else subject  # "20 turbines in service"
        outs = [c for c in st.meta(owner).columns if c.kind in ("date", "bool") and set(c.words) & _OUT_OF_SERVICE]
        if len(outs) != 1:
            continue
        col = Col(owner, outs[0].name)
        st.add_cond(Cond("is_null", col) if outs[0].kind == "date" else Cond("=", col, (Lit(False),)), owner)
        st.notes.append(f"{col.column} is not set")
        it.used, it.role = True, "filter"
        prev = st.item(k - 1)
        if prev is not None and prev.kind == "word" and prev.text.lower() == "in":
            prev.used = True


def _left_rows(st: PlanState) -> None:
    """ "Which instructors have left?", "staff who left the firm": the row's one end date is set (or, with no end
    date, its one yes/no of being active says no)."""
    subject = st.subject
    if subject is None:
        return
    for k, it in enumerate(st.items):
        if it.used or it.kind != "word" or it.text.lower() not in _LEFT:
            continue
        prev = st.word(st.item(k - 1))
        rows = st.item(k - 2)
        said_of_rows = rows is not None and rows.kind == "table" and st.table_of(rows) == subject
        if not (prev in ("have", "has", "had") or (prev in ("who", "that") and said_of_rows)):
            continue  # ("flights that departed": the verb of another table's rows)
        toks = [t.low for t in st.tokens[it.last : it.last + 2]]
        what = next((w for w in _LEFT_WHAT if tuple(toks[: len(w)]) == w), ())
        nxt = st.item(k + 1 + len(what))
        if not (nxt is None or nxt.kind in ("punct", "date") or st.word(nxt) in ("and", "but", "since", "so")):
            continue  # ("customers who have left a review": a thing left, not the firm)
        meta = st.meta(subject)
        ends = [c for c in meta.date_columns() if says_an_end(c.words)]  # (end_dt, lft_dt, TERM_DT)
        active = st.active_flag(subject)
        if len(ends) == 1:
            st.add_cond(Cond("not_null", Col(subject, ends[0].name)), subject)
            st.notes.append(f"{ends[0].name} is set")
        elif not ends and active is not None:
            st.add_cond(Cond("=", Col(subject, active.name), (Lit(False),)), subject)
            st.notes.append(f"{active.name} is false")
        else:
            continue
        it.used, it.role = True, "filter"
        for x in st.items[k + 1 : k + 1 + len(what)]:
            x.used = True


#: words of money not paid yet ("still owed", "outstanding", "unpaid")
_OWED = frozenset({"owed", "owing", "owe", "owes", "unpaid"})


def _owed_conditions(st: PlanState) -> None:
    """ "money still owed for completed jobs", "unpaid invoices": the row's one record of being paid says no (a
    yes/no column whose name says paid: false or 'N'; else its one date of payment: not set)."""
    subject = st.subject
    if subject is None:
        return
    for it in st.items:
        if it.used or it.kind != "word" or it.text.lower() not in _OWED:
            continue
        paid = [c for c in st.meta(subject).columns if "paid" in c.words or "payed" in c.words]
        flags = [c for c in paid if c.kind == "bool"]
        dates = [c for c in paid if c.kind == "date"]
        if len(flags) == 1:
            col = Col(subject, flags[0].name)
            st.add_cond(Cond("=", col, (Lit(False),)), subject)
        elif not flags and len(dates) == 1:
            col = Col(subject, dates[0].name)
            st.add_cond(Cond("is_null", col), subject)
        else:
            continue
        st.notes.append(f"{col.column} says not paid")
        it.used, it.role = True, "filter"


def _the_date(st: PlanState, *, named: bool) -> None:
    """ "... with the site address and the date", "the date issued and the amount": "the date" of a listed row is its
    date: the one said right after it (``named``, before any condition reads that word: "issued" is IssuedOn shown,
    not a test that it is set), else the one a period filters, else its only date."""
    subject = st.subject
    if subject is None:
        return
    for k, it in enumerate(st.items):
        if it.used or it.kind != "timeunit" or it.role == "group" or it.text.lower() not in ("date", "dates"):
            continue
        before = st.tokens[it.first - 1].low if it.first > 0 else ""
        if before not in ("the", "its", "their"):
            continue  # "by date", "per date": a group
        nxt = st.item(k + 1)
        dated = [c for c in nxt.columns if c.table == subject and st._cand_kind(c) == "date"] if (
            nxt is not None and nxt.kind == "column" and nxt.first == it.last and not nxt.used) else []  # fmt: skip
        if named:
            if len(dated) == 1 and nxt is not None:
                nxt.used, nxt.role = True, "shown"  # (the date item shows it)
                it.kind, it.unit, it.columns = "column", None, dated
            continue
        own = {c.name for c in st.meta(subject).date_columns()}
        filtered = {c.left.column for c, _t in st.cond_tables if isinstance(c.left, Col) and c.left.table == subject
                    and c.left.column in own}  # fmt: skip
        pick = filtered if len(filtered) == 1 else own if len(own) == 1 else set()
        if len(pick) == 1:
            it.kind, it.unit = "column", None
            it.columns = [Candidate("column", subject, pick.pop(), 3.0, it.first, it.last)]


#: words that say a row has a parent row: "with a series", "in a league", "belong to a group", "part of a chain"
_OWNER_WORDS = frozenset({"with", "in", "to", "of", "have", "has", "had", "having"})


def _owner_said(st: PlanState, k: int, subject: str, other: str) -> bool:
    """``items[k]`` (after "a") names the one parent table ``other`` that ``subject``'s rows point to by one key, and a
    word of owning comes before it ("in a series", "have a category", "belong to a group")."""
    keys = [e for e in st.schema.edges_of(subject) if e.child == subject and e.parent == other]
    return len(keys) == 1 and st.word(st.item(k - 2)) in _OWNER_WORDS


def conditions(st: PlanState) -> None:
    """Pass conditions: values, text, literals, dates, numbers, negations, flags and states as conditions; a
    related table named before any negation asks for rows that have some (EXISTS)."""
    _the_date(st, named=True)
    _contained_in(st)
    value_conditions(st)
    text_conditions(st)
    literal_conditions(st)
    date_conditions(st)
    numeric_conditions(st)
    negation_conditions(st)
    bool_conditions(st)
    _state_conditions(st)
    _overdue(st)
    _past_date(st)
    _awaiting_conditions(st)
    _owed_conditions(st)
    _left_rows(st)
    _in_service(st)
    _living(st)
    _whose_known(st)
    _particle_values(st)
    _the_date(st, named=False)
    subject = st.subject
    items = st.items
    first_neg = min((it.first for it in items if it.kind == "neg" and it.role == "neg"), default=10**6)
    for k, it in enumerate(items):
        if (
            it.kind == "table"
            and not it.used
            and it.role == ""
            and st.table_of(it) != subject
            and it.first < first_neg
            and st._noun_mention(it)
        ):
            before, state = st.item(k - 1), st.item(k - 2)
            if st.word(before) == "for" and state is not None and state.kind == "value" and state.used and \
                    any(set(split_identifier(h.column)) & STATE_COLUMN_WORDS for h in state.values):
                it.used, it.role = True, "state"  # "available for adoption": what the state is for, not a row had
                continue
            other = st.table_of(it)
            if subject is not None and st.reachable(subject, other) and st.fans_out(subject, other):
                # "customers with orders", "products that were ordered": rows that have some
                st.exists_tables.append(other)
                it.used, it.role = True, "exists"
            elif subject is not None and st.word(before) in ("a", "an") and _owner_said(st, k, subject, other):
                # "titles that belong to a series", "products with a category": rows whose key names one
                st.exists_tables.append(other)
                it.used, it.role = True, "exists"
