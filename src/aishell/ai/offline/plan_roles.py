"""Planner passes link, roles and subject: what each schema link is, which words markers point at, and the
subject table (the rows counted or listed).  Functions of a :class:`~.plan_state.PlanState`."""

from __future__ import annotations

import itertools

from aishell.ai.offline.account import END_WORDS
from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.ir import (
    Col,
    Cond,
)
from aishell.ai.offline.lexicon import (
    CLASSIFIER_WORDS,
    CLOSING_WORDS,
    FUNCTION_WORDS,
    NAME_WORDS,
    OPEN_WORDS,
    PERIOD_ADVERBS,
    ROLE_GROUPS,
    STATE_ADJECTIVES,
    UNIT_PRICE_WORDS,
)
from aishell.ai.offline.linking import Candidate
from aishell.ai.offline.parse import Item
from aishell.ai.offline.plan_conditions import EXCLUSION_WORDS
from aishell.ai.offline.plan_routes import links_only
from aishell.ai.offline.plan_state import _FILLER, _PARTICIPLES, _SALE_WORDS, _VERB_SKIP, PlanState, compound_modifier
from aishell.ai.offline.text import IRREGULAR_VERBS, forms, singular, split_identifier, stem
from aishell.ai.offline.values import KIND_WORDS

#: words of a bound that a column name may carry (salary_min, max_temp)
_BOUND_WORDS = {
    "maximum": frozenset({"max", "maximum"}),
    "max": frozenset({"max", "maximum"}),
    "minimum": frozenset({"min", "minimum"}),
    "min": frozenset({"min", "minimum"}),
}


#: the last word of a column that numbers rows within their parent (line_no, seq_num)
_ORDINAL_WORDS = frozenset({"no", "num", "nbr", "number", "seq", "sequence", "position", "pos"})


def _named_tables_flag(st: PlanState, it: Item) -> bool:
    """The word is a yes/no column of a table the question names, and a stored value only of tables it does not."""
    named = {x.tables[0].table for x in st.items if x.kind in ("link", "table") and x.tables and x is not it
             and x.tables[0].score >= 2.5}  # fmt: skip
    best = it.columns[0]
    return (
        st._cand_kind(best) == "bool"
        and best.table in named
        and best.score >= 2.5
        and not any(h.table in named for h in it.values)
    )


def _key_to_named(st: PlanState, it: Item) -> bool:
    """The word's best column is a key to a table another word of the question names (approvedBy to staff)."""
    best = it.columns[0]
    meta = st.meta(best.table).column(best.column or "")
    if meta is None or meta.kind != "fk" or best.score < 2.5:
        return False
    return any(x is not it and x.kind in ("link", "table") and x.tables and x.tables[0].table == meta.ref_table
               and x.tables[0].score >= 2.5 for x in st.items)  # fmt: skip


def _had_self_key(st: PlanState, it: Item) -> bool:
    """ "staff who have a manager", "members with no mentor": a row's key to another row of its own table
    (manager_id) said to be there or not, not a stored value of the same word ('manager', a role)."""
    best = it.columns[0]
    meta = st.meta(best.table).column(best.column or "")
    if meta is None or meta.kind != "fk" or meta.ref_table != best.table or best.score < 2.5:
        return False
    before = [t.low for t in st.tokens[max(0, it.first - 2) : it.first]]
    after = st.tokens[it.last].low if it.last < len(st.tokens) else ""
    return len(before) == 2 and before[0] in ("have", "has", "had", "with", "without", "no") and \
        before[1] in ("a", "an", "any") and (after in ("", ",", ".", "?", "!", "and", "who", "that", "together"))


def _columns_asked_for(st: PlanState) -> None:
    """ "... ? Give the maker, serial number and the date": in a later sentence that says what to show, a word that
    names a column is that column, not a stored value of another table ('MAKER', a craftsman's role)."""
    start = st.shown_from()
    for k, it in enumerate(st.items):
        before = st.item(k - 1)
        listed = before is not None and (st.word(before) in ("the", "and", "their", "its") or before.kind == "qword"
                                          or (before.kind, before.text) == ("punct", ","))  # fmt: skip
        if it.kind == "value" and it.first > start and it.columns and listed and it.last - it.first == 1:
            it.kind, it.values = "column", []


def _flag_said_in_two_words(st: PlanState) -> None:
    """ "callouts that used the helicopter" over helicopter_used: two words near each other that both link one
    yes/no column name it together; the second is not also a stored value of another table ('HELICOPTER')."""
    for k, it in enumerate(st.items):
        if it.kind != "value" or not it.columns:
            continue
        for j in (k - 2, k - 1, k + 1, k + 2):
            other = st.item(j)
            if other is None or other.kind != "column" or j < 0 or not other.columns:
                continue
            between = st.items[min(j, k) + 1 : max(j, k)]
            flag = other.columns[0]
            if st._cand_kind(flag) == "bool" and all(st.word(x) in ("the", "a", "an") for x in between) and any(
                    (c.table, c.column) == (flag.table, flag.column) for c in it.columns):  # fmt: skip
                it.kind, it.values = "column", []
                it.columns = [c for c in it.columns if (c.table, c.column) == (flag.table, flag.column)]
                break


def _names_rows(st: PlanState, it: Item, low: str) -> bool:
    """A plural noun said as it is in the best table's name, but only by its stem in the column's ("bookings":
    lane_bookings, not games_booked)."""
    if it.last - it.first != 1 or singular(low) == low or low not in st.meta(it.tables[0].table).words:
        return False
    best = it.columns[0]
    meta = st.meta(best.table).column(best.column or "")
    return meta is not None and low not in meta.words


def classify_links(st: PlanState) -> None:
    """Pass link: decide what each schema link is, a table, a column or a stored value."""
    n_tokens = len(st.tokens)
    for it in st.items:
        if it.kind != "link":
            continue
        toks = st.tokens[it.first : it.last]
        bt = it.tables[0].score if it.tables else 0.0
        bc = it.columns[0].score if it.columns else 0.0
        capital = any(t.capitalized for t in toks) and it.first > 0
        low = toks[-1].low if toks else ""
        if (
            it.values
            and it.tables
            and len(toks) == 1
            and not capital
            and singular(low) != low
            and all(h.value.lower() != low for h in it.values)
            and st.meta(it.tables[0].table).words[-1:] == (low,)
        ):
            it.kind = "table"  # "exceptions" heads shipment_exceptions: the rows, not the status 'exception'
        elif it.values and it.columns and not capital and _named_tables_flag(st, it):
            it.kind = "column"  # "teachers no longer active": the teachers' isActive, not an enrolment's status
        elif it.values and it.columns and not capital and _had_self_key(st, it):
            it.kind = "column"  # "staff who have a manager": manager_id is set, not the role 'manager'
        elif it.values and it.columns and not capital and _key_to_named(st, it):
            it.kind = "column"  # "staff who approved the most withdrawals": approvedBy, not the status 'approved'
        elif it.values and (capital or max(bt, bc) < 2.5 or (bt < 2.5 and not it.columns)):
            it.kind = "value"
        elif it.values and bt < 2.5 and all(t.kind == "word" for t in toks) and bc < 3.0:
            it.kind = "value"
        elif _said_by_its_column(st, it, low):
            it.kind = "column"
        elif it.values and it.tables and len(toks) == 1 and low.endswith("ed") and \
                not forms(low) & set(st.meta(it.tables[0].table).words):
            it.kind = "value"  # "completed visits" over status 'done', not cmpl (complaints) by its letters
        elif bt >= 2.5 and bt >= bc:
            it.kind = "table"
        elif it.tables and bt == bc and _names_rows(st, it, low):
            it.kind = "table"  # "any bookings" of lane_bookings, not games_booked: the plural noun the table says
        elif it.columns and bc >= bt:
            it.kind = "column"
        elif it.tables:
            it.kind = "table"
        elif it.values:
            it.kind = "value"
        else:
            it.kind = "word"
        if it.kind == "value" and it.first == 0 and n_tokens > 1 and (it.tables or it.columns):
            it.kind = "table" if bt >= bc else "column"

    _number_in_a_column_name(st)
    _columns_asked_for(st)
    _rows_of_a_column(st)
    _identity_of_rows(st)
    _rate_columns(st)
    _flag_said_in_two_words(st)
    _values_of_the_next_table(st)
    _verbs_after_the_subject(st)
    _people(st)
    _excluding_imperatives(st)
    _table_modifiers(st)
    _embedded_entities(st)
    _member_nouns(st)
    _rows_not_their_kinds(st)
    _state_adjectives(st)
    _display_groups(st)
    _counted_rows(st)
    _event_participles(st)
    # "scheduled in March": a word that is both a value and a date column, before a date, is the date
    for k, it in enumerate(st.items):
        if it.kind == "value" and it.columns:
            nxt = st.item(st.nxt(k, frozenset({"in", "on", "during", "for"}), 1))
            if nxt is not None and nxt.kind in ("group", "by") and (unit := st.item(st.items.index(nxt) + 1)) is not \
                    None and unit.kind == "timeunit":  # fmt: skip
                nxt = unit  # "applications received per month": the date counted by, not the status 'Received'
            if nxt is not None and nxt.kind in ("date", "timeunit") and \
                    any(st._cand_kind(c) == "date" for c in it.columns):
                it.kind = "column"
                it.columns = [c for c in it.columns if st._cand_kind(c) == "date"]
        elif it.kind == "column" and it.last - it.first == 1 and st.tokens[it.first].low in IRREGULAR_VERBS:
            # "employees who left in 2024": a verb's past before a date says when, never the noun its base
            # spells (leave_type)
            nxt = st.item(st.nxt(k, frozenset({"in", "on", "during", "before", "after", "since"}), 1))
            texts = all(st._cand_kind(c) in ("text", "other") for c in it.columns)
            if nxt is not None and nxt.kind == "date" and texts:
                it.kind, it.columns = "word", []
    _bind_compounds(st)
    _bound_words(st)
    _clause_columns(st)
    _capacity_columns(st)
    _date_said_twice(st)
    for k in range(len(st.items) - 1, 0, -1):
        it, prev = st.items[k], st.items[k - 1]
        if it.kind == "number" and st.tokens[it.first].joined and prev.last == it.first and \
                prev.last - prev.first == 1 and prev.kind in ("table", "column", "value"):
            # "purchase order PO-24002": one code, never the table PO and the number 24002
            st.items[k - 1 : k + 1] = [Item("literal", prev.first, it.last, text=st.question_text(prev.first, it.last))]
    # unknown capitalized words in a row are literals (a name we have no sample of)
    k = 0
    while k < len(st.items):
        it = st.items[k]
        named = _after_name_cue(st, k)
        if it.kind == "word" and (_literal_word(st, it) or named):
            j = k
            while j + 1 < len(st.items) and (
                (
                    st.items[j + 1].kind == "word"
                    and (
                        _literal_word(st, st.items[j + 1])
                        or (named and st.items[j + 1].text.lower() not in FUNCTION_WORDS)
                    )
                )
                or (st.items[j + 1].kind == "number" and j + 2 <= len(st.items))
            ):
                j += 1
            first, last = it.first, st.items[j].last
            merged = Item("literal", first, last, text=st.question_text(first, last))  # "MJ-24010" keeps its hyphen
            st.items[k : j + 1] = [merged]
        k += 1
    for it in st.items:
        if it.kind == "table" and it.last - it.first == 1:
            _entity_for_link_table(st, it)


def _said_by_its_column(st: PlanState, it: Item, low: str) -> bool:
    """ "average age at death": the table was reached only through a synonym (age -> birth) while a column holds the
    word itself (n_age_years): the column is meant."""
    if not it.tables or not it.tables[0].via_synonym:
        return False
    return any(
        (cm := st.meta(c.table).column(c.column or "")) is not None and singular(low) in cm.words for c in it.columns
    )


def _rows_of_a_column(st: PlanState) -> None:
    """ "the PO numbers of the orders we placed": after a column and "of (the)", a word that names both rows and a
    column (QuantityOrdered) names the rows the column is read from."""
    for k, it in enumerate(st.items):
        if it.kind != "column" or not it.tables or k < 2:
            continue
        j = k - 1
        while j > 0 and st.word(st.items[j]) in ("the", "our", "all"):
            j -= 1
        if st.word(st.items[j]) != "of" or j == 0 or st.items[j - 1].kind != "column":
            continue
        owner = st.items[j - 1]
        if any(c.table == it.tables[0].table for c in owner.columns[:1]):
            it.kind = "table"


#: words of what identifies a row, and the words of its column that say them ("code": item_cd)
_ROW_IDENTITY = {"code": frozenset({"code", "cd"}), "number": frozenset({"number", "no", "num", "nbr", "nr"}),
                 "reference": frozenset({"reference", "ref"}), "name": frozenset({"name", "nm"})}  # fmt: skip


def _identity_of_rows(st: PlanState) -> None:
    """ "List the codes of the work centres", "the product codes": a word of what identifies a row, said of the rows
    ("of" them, or right after them), is their column that says it (workcentre_code, prd_cd), never another table its
    word happens to name nor their name."""
    for k, it in enumerate(st.items):
        if it.kind not in ("table", "column", "word") or it.last - it.first != 1:
            continue
        words = _ROW_IDENTITY.get(singular(st.tokens[it.first].low))
        if words is None:
            continue
        prev = st.item(k - 1)
        if it.kind == "word" and prev is not None and prev.kind == "table" and prev.last == it.first:
            rows: Item | None = prev  # "List the product codes": the rows' own codes
        elif it.kind == "word" or st.word(st.item(k + 1)) != "of":
            continue
        else:
            j = k + 2
            while st.word(st.item(j)) in ("the", "our", "all"):
                j += 1
            rows = st.item(j)
        if rows is None or rows.kind != "table":
            continue
        table = st.table_of(rows)
        cols = [c for c in st.meta(table).columns if set(c.words) & words and c.kind != "fk"]
        if len(cols) > 1:  # (workcentre_code beside line_code: the one the table's own name says)
            cols = [c for c in cols if set(c.words) & set(st.meta(table).words)]
        if len(cols) == 1:
            it.kind, it.tables = "column", []
            it.columns = [Candidate("column", table, cols[0].name, 3.0, it.first, it.last)]


def _entity_for_link_table(st: PlanState, it: Item) -> None:
    """ "the three therapies with the most attended sessions" reaching counsellor_therapies (a table of pairs, keys
    only) by its last word: the therapies are the table that link points to and is named for (therapy_types)."""
    table = it.tables[0].table
    meta = st.meta(table)
    if not all(c.is_key for c in meta.columns) or len(meta.columns) < 2:
        return
    word = singular(st.tokens[it.first].low)
    parents = {e.parent for e in st.schema.edges_of(table) if e.child == table and e.parent != table
               and st.meta(e.parent).words[:1] and singular(st.meta(e.parent).words[0]) == word}  # fmt: skip
    if len(parents) == 1:
        it.tables = [Candidate("table", parents.pop(), None, it.tables[0].score, it.first, it.last)]


def _event_participles(st: PlanState) -> None:
    """ "issues opened last month": a participle right before a time phrase says when the rows were made, not
    that they are still in the state of that name (status 'open'), when the rows leave that state on a date of
    their own (closed_at for 'closed')."""
    for k, it in enumerate(st.items):
        nxt = st.item(k + 1)
        low = it.text.lower()
        if (
            it.kind == "value"
            and it.last == it.first + 1
            and low.endswith("ed")
            and nxt is not None
            and nxt.kind == "date"
            and all(v.value.lower() != low for v in it.values)
            and all(_transient(st, v.table, v.column, v.value) for v in it.values)
        ):
            it.kind, it.values = "word", []


def _transient(st: PlanState, table: str, column: str, value: str) -> bool:
    """A state rows leave: another value of its column has a date column of its own (status 'open' and
    closed_at)."""
    dated = {stem(w) for c in st.meta(table).date_columns() for w in c.words if len(w) >= 4}
    others = [v for v in st.values.column_values(table, column) if v.lower() != value.lower()]
    return any(stem(w) in dated for v in others for w in split_identifier(v) if len(w) >= 4)


def _state_adjectives(st: PlanState) -> None:
    """ "the most open reqs", "closed tickets", "open margin accounts": a word before a noun of rows (across its other
    modifiers) that names only their dates (openedOn) says a state of those rows, not the date as a measure."""
    for k, it in enumerate(st.items):
        nxt = st.item(k + 1)
        if (
            it.kind == "column"
            and it.last == it.first + 1
            and nxt is not None
            and ((nxt.kind == "table" and nxt.first == it.last) or _noun_of_adjective(st, k) is not None)
            and it.columns
            and all(st._cand_kind(c) == "date" for c in it.columns)
            and st.tokens[it.first].low in STATE_ADJECTIVES
        ):
            it.kind, it.columns = "word", []
        elif (
            it.kind == "column"
            and it.last == it.first + 1
            and st.tokens[it.first].low in OPEN_WORDS
            and it.columns
            and all(st._cand_kind(c) == "date" for c in it.columns)
            and (rows := next((x for x in reversed(st.items[:k]) if x.kind == "table"), None)) is not None
            and all(c.table != st.table_of(rows) for c in it.columns)
        ):
            # "projects that are still open" beside a shed's openedOn: a state of the projects, not another
            # table's opening date
            it.kind, it.columns = "word", []
        elif it.kind == "value" and it.last == it.first + 1 and st.tokens[it.first].low in OPEN_WORDS:
            # "open (cash ISA) accounts" beside a loan's status 'OPEN': the accounts' own closing date says which
            # are open
            noun = _noun_of_adjective(st, k)
            if (
                noun is not None
                and all(h.table != noun and not _points_to(st, noun, h.table) for h in it.values)
                and any(set(c.words) & CLOSING_WORDS for c in st.meta(noun).date_columns())
            ):
                it.kind, it.columns, it.values = "word", [], []


def _points_to(st: PlanState, child: str, parent: str) -> bool:
    """A key of ``child`` points to ``parent`` (a fault's status in fault_status)."""
    return any(e.child == child and e.parent == parent for e in st.schema.edges_of(child))


def _noun_of_adjective(st: PlanState, k: int) -> str | None:
    """The table of the noun the adjective at ``k`` stands before, across other modifiers ("open cash ISA
    accounts")."""
    j, last = k + 1, st.items[k].last
    while (x := st.item(j)) is not None and x.first == last and x.kind in ("value", "word") \
            and x.text.lower() not in FUNCTION_WORDS:  # fmt: skip
        j, last = j + 1, x.last
    noun = st.item(j)
    return st.table_of(noun) if noun is not None and noun.kind == "table" and noun.first == last else None



def _member_nouns(st: PlanState) -> None:
    """"crew members", "staff member": the rows of the table named before, not a table of members."""
    k = 1
    while k < len(st.items):
        it, head = st.items[k], st.items[k - 1]
        if (
            head.kind == "table"
            and head.last == it.first
            and st.tokens[it.first].low in ("member", "members")
            and it.last == it.first + 1
            and not (it.kind == "table" and it.tables and it.tables[0].score >= 3.0
                     and st.schema.adjacent(st.table_of(head), it.tables[0].table))
        ):  # ("team members" over members.team_id: the members, of a team)
            head.last = it.last
            head.text = st.question_text(head.first, head.last)
            del st.items[k]
            continue
        k += 1


def _rows_not_their_kinds(st: PlanState) -> None:
    """ "Which members have no awards?" where only paddler.member_type holds the word: a plural noun that no table
    matched names the rows of the one classifier column it heads (type, kind, class unsaid), never their kinds."""
    said = {t.low for t in st.tokens}
    for it in st.items:
        low = it.text.lower()
        if it.kind != "column" or it.tables or it.last - it.first != 1 or singular(low) == low:
            continue
        cols = {(c.table, c.column) for c in it.columns}
        if len(cols) != 1:
            continue
        table, column = cols.pop()
        meta = st.meta(table).column(column or "")
        if meta is None or len(meta.words) != 2 or meta.words[0] != singular(low) or \
                meta.words[1] not in CLASSIFIER_WORDS or meta.words[1] in said:  # fmt: skip
            continue
        it.kind, it.columns = "table", []
        it.tables = [Candidate("table", table, None, 3.0, it.first, it.last)]


def _display_groups(st: PlanState) -> None:
    """"matches per map" over matches.mapName: after "per"/"by", a word that names a table's rows only
    through a word of its display column (2.4) is that column, the groups."""
    for k, it in enumerate(st.items):
        prev = st.item(k - 1)
        if it.kind != "table" or prev is None or prev.kind not in ("group", "by") or it.tables[0].score >= 3.0:
            continue
        t = it.tables[0].table
        disp = [c for c in it.columns if c.table == t and c.column in st.meta(t).display]
        if disp:
            it.kind, it.columns = "column", disp


def _counted_rows(st: PlanState) -> None:
    """"orders with more than 3 lines", "authors with at least 6 titles": a counted plural noun after a number
    names rows (po_line, the titles of book_title), not their running number (line_no) nor their name."""
    for k, it in enumerate(st.items):
        prev = st.item(k - 1)
        if it.kind != "column" or prev is None or prev.kind != "cmp" or not prev.nums:
            continue
        if not st.tokens[it.last - 1].low.endswith("s"):
            continue
        col = st.col_of(it)
        meta = st.meta(col.table)
        ordinal = any(c.table == col.table for c in it.tables) and (
            (st.colmeta(col).words[-1:] or ("",))[0] in _ORDINAL_WORDS
        )
        named = meta.named and meta.display == [col.column] and st.colmeta(col).kind in ("text", "other")
        if ordinal or named:
            it.kind = "table"
            it.tables = [Candidate("table", col.table, None, it.columns[0].score, it.first, it.last)]


def _bind_compounds(st: PlanState) -> None:
    """ "doctor names", "names of the doctors", "product price": the column of that table."""
    for k, it in enumerate(st.items):
        if it.kind != "column":
            continue
        owners: list[Item] = []
        prev = st.item(k - 1)
        if prev is not None and prev.kind == "table":
            owners.append(prev)
        j = st.nxt(k, frozenset({"of", "the", "all", "each", "every"}), 2)
        after = st.item(j)
        if (
            after is not None
            and after.kind == "table"
            and j is not None
            and any(st.items[x].text.lower() == "of" for x in range(k + 1, j))
        ):
            owners.append(after)
        elif st.word(st.item(k + 1)) == "of" and {t.low for t in st.tokens[it.first : it.last]} <= NAME_WORDS:
            # "the names of our commercial customers": the table after the values and words that qualify it
            for x in st.items[k + 2 : k + 6]:
                if x.kind == "table":
                    owners.append(x)
                    break
                if x.kind not in ("word", "value") or (x.kind == "word" and x.text.lower() not in FUNCTION_WORDS):
                    break
        for owner in owners:
            table = st.table_of(owner)
            own = [c for c in it.columns if c.table == table]
            if own:
                it.columns = own
                break
            words = {t.low for t in st.tokens[it.first : it.last]}
            head = st.item(st.items.index(owner) + 1)
            if words - NAME_WORDS and head is not None and head.kind == "word" and head.first == owner.last and \
                    head.text.isalpha() and head.text.lower() not in FUNCTION_WORDS:  # fmt: skip
                break  # "the last names of the badge holders": the holders' own last name, not the badge's name
            if words & {"name", "names", "title", "titles", "label", "labels"}:
                disp = st.meta(table).display
                if disp:
                    it.columns = [Candidate("column", table, disp[0], 3.0, it.first, it.last)]
                    break


def _bound_words(st: PlanState) -> None:
    """ "maximum salary" with salary_min and salary_max: the column whose name says which bound.  After
    another superlative ("the highest maximum salary") the bound word is part of the column's name."""
    k = 0
    while k < len(st.items):
        it, prev = st.items[k], st.item(k - 1)
        if it.kind == "column" and len(it.columns) > 1 and prev is not None and prev.kind in ("high", "low", "agg"):
            bound = _BOUND_WORDS.get(prev.text.lower())
            named = [
                c
                for c in it.columns
                if bound is not None and bound & set(st.colmeta(Col(c.table, c.column or "")).words)
            ]
            if len({(c.table, c.column) for c in named}) == 1:
                it.columns = named[:1]
                before = st.item(k - 2)
                if before is not None and before.kind in ("high", "low", "agg"):
                    it.first, it.text = prev.first, f"{prev.text} {it.text}"
                    del st.items[k - 1]
                    continue
        k += 1


#: who a relative clause's verb is said of, and adverbs inside it: "the fee we actually charged"
_CLAUSE_FILLERS = frozenset({"we", "they", "you", "i", "that", "which", "actually", "really", "finally", "ultimately",
                             "eventually", "originally", "have", "had", "has"})  # fmt: skip


def _clause_columns(st: PlanState) -> None:
    """ "the average fee we actually charged" with ``standard_fee`` and ``fee_charged``: a verb said of the
    noun in a relative clause names, with it, the one column both words name; the verb is then read."""
    k = 0
    while k < len(st.items):
        it = st.items[k]
        j = k + 1
        while j < len(st.items) and st.items[j].kind == "word" and st.items[j].text.lower() in _CLAUSE_FILLERS:
            j += 1
        verb = st.item(j)
        if it.kind == "column" and j > k + 1 and verb is not None and verb.kind == "column" and len(it.columns) > 1:
            named = {(c.table, c.column) for c in verb.columns}
            shared = [c for c in it.columns if (c.table, c.column) in named]
            if len({(c.table, c.column) for c in shared}) == 1:
                it.columns = shared[:1]
                del st.items[j]
        k += 1


#: what a column after a thing's word identifies it by (order_ref, customer_name), best first
_IDENTITY_WORDS = (("ref",), ("reference",), ("number",), ("no",), ("nr",), ("id",), ("code",), ("name",), ("nm",))


def entity_columns(st: PlanState, table: str, word: str) -> list[Col]:
    """The columns that identify a thing kept inside the rows of ``table`` (``customer_name`` in a wide export
    table), best first: its reference or number, then its name."""
    meta = st.meta(table)
    found = {c.words[1:]: c.name for c in meta.columns if len(c.words) == 2 and singular(c.words[0]) == word}
    return [Col(table, found[w]) for w in _IDENTITY_WORDS if w in found]


def _embedded_entities(st: PlanState) -> None:
    """ "How many charity customers do we have?" over ``hire_lines_export(customer_name, customer_email,
    customer_type, ...)``: a plural noun no table is named by, but that begins several columns of one table, is a
    thing kept in that table's rows; its rows are that table's, counted or listed once each (by ``target``)."""
    for it in st.items:
        if it.kind != "column" or it.last - it.first != 1:
            continue
        low = st.tokens[it.first].low
        word = singular(low)
        if word == low or any(word in m.lemma for m in st.schema.tables.values()):
            continue
        tables = {c.table for c in it.columns}
        if len(tables) != 1:
            continue
        table = tables.pop()
        starting = [c for c in st.meta(table).columns if c.words and singular(c.words[0]) == word]
        ids = entity_columns(st, table, word)
        if len(starting) < 2 or not ids or ids[0].column in st.meta(table).pk:
            continue  # (line_id in the lines table: its own rows)
        it.kind, it.columns, it.target = "table", [], ids[0]
        it.tables = [Candidate("table", table, None, 3.0, it.first, it.last)]


def _table_modifiers(st: PlanState) -> None:
    """ "How many meeting room bookings": a word that only weakly names a column (a part of
    meeting_hours_included) right before the table it qualifies is a word of that noun phrase, never the
    quantity counted or the column shown."""
    for k, it in enumerate(st.items):
        nxt, prev = st.item(k + 1), st.item(st.prv(k, frozenset({"of", "the", "all", "our"}), 2))
        if (
            it.kind == "column"
            and it.columns
            and max(c.score for c in it.columns) < 2.5
            and prev is not None
            and prev.kind in ("count", "percent", "number")  # "which three meeting rooms"
            and nxt is not None
            and nxt.kind == "table"
            and nxt.first == it.last
            and all(st._cand_kind(c) == "number" for c in it.columns)
        ):
            it.kind, it.columns = "word", []
        prev_noun = st.item(k - 1)
        if (
            it.kind in ("table", "column", "word")
            and it.last == it.first + 1
            and st.tokens[it.first].low in _RECORD_NOUNS
            and prev_noun is not None
            and prev_noun.kind == "table"
            and prev_noun.last == it.first
            and max((c.score for c in [*it.tables, *it.columns]), default=0.0) < 2.5
        ):
            # "customer accounts", "member records": the rows of the table named first (never showAct, whose
            # "act" a cut of "accounts" weakly named)
            it.kind, it.tables, it.columns, it.used = "word", [], [], True
        elif (
            it.kind == "column"
            and it.last == it.first + 1
            and st.tokens[it.first].low in _RECORD_NOUNS
            and st.plural_mention(it)
            and max(c.score for c in it.columns) < 2.5
            and any(x.kind == "table" and st.table_of(x) in {c.table for c in it.columns} for x in st.items)
        ):
            # "leaving out deleted accounts, which subscribers ...": the subscribers' rows again, never their
            # account_status shown
            it.kind, it.columns, it.used = "word", [], True


#: nouns that, after a table's noun, say only that its rows are records ("customer accounts", "staff records")
_RECORD_NOUNS = frozenset({"account", "accounts", "record", "records", "profile", "profiles", "details"})


def _values_of_the_next_table(st: PlanState) -> None:
    """ "coaches who never taught a putting lesson" with 'Putting' in coach.Specialty and lesson.Focus: a value said
    between an article and a table's noun is that table's value."""
    for k, it in enumerate(st.items):
        nxt = st.item(k + 1)
        if it.kind != "value" or nxt is None or nxt.kind != "table" or nxt.first != it.last:
            continue
        if it.first == 0 or st.tokens[it.first - 1].low not in ("a", "an", "any", "no"):
            continue  # ("heated runs for large dogs": a size said of the runs as much as of the dogs)
        own = [h for h in it.values if h.table == st.table_of(nxt)]
        if own and len(own) < len(it.values):
            it.values = own


def _verbs_after_the_subject(st: PlanState) -> None:
    """ "Which mechanic charges the highest hourly rate": a word in -s right after the asked-about noun and before a
    superlative is the verb of the sentence, never a column (labour_charge) to group or show."""
    for k, it in enumerate(st.items):
        prev = st.item(k - 1)
        nxt = st.item(st.nxt(k, frozenset({"the", "a", "an"}), 1))
        if (
            it.kind == "column"
            and it.last - it.first == 1
            and st.tokens[it.first].low.endswith("s")
            and prev is not None
            and (prev.kind == "table" or (prev.kind == "column" and any(st._cand_kind(c) in ("fk", "pk")
                                                                         for c in prev.columns)))
            and prev.last == it.first
            and nxt is not None
            and nxt.kind in ("high", "low", "adj", "top")
        ):
            it.kind, it.columns = "word", []


def _people(st: PlanState) -> None:
    """ "How many people have we hired this year": "people" with no table of that name is the one table whose rows
    are named by a first and a last name, when no other table holds people; else it stays a word (refused)."""
    said = [it for it in st.items if it.kind == "word" and it.text.lower() in ("people", "persons")]
    if not said:
        return  # (the tables are only read when the word is there: a large catalog pays nothing)
    people = [t for t, m in st.schema.tables.items() if m.named and len(m.display) == 2]
    if len(people) != 1 or [t for t in st.schema.tables if st.surely_person(t)] != people:
        return  # (volunteers and donors: which people is a guess)
    for it in said:
        it.kind = "table"
        it.tables = [Candidate("table", people[0], None, 3.0, it.first, it.last)]


#: imperatives that leave rows out ("Leave out cancelled orders.")
_EXCLUDING_VERBS = frozenset({"leave out", "skip", "exclude", "ignore", "omit"})


def _excluding_imperatives(st: PlanState) -> None:
    """ "Leave out cancelled orders.", "Skip the cancelled ones.": the rows of a stored value are left out; with no
    value right after it the imperative excludes nothing the translator can read (a word left to the account)."""
    for k, it in enumerate(st.items):
        if it.kind != "neg" or it.text.lower() not in _EXCLUDING_VERBS:
            continue
        nxt = st.item(st.nxt(k, frozenset({"the", "any", "all"}), 2))
        if nxt is None or nxt.kind != "value":
            it.kind = "word"


#: words before "per" that ask for a price counted per something ("the most expensive per kg")
_RATE_CUES = frozenset({"expensive", "cheap", "cheaper", "cheapest", "pricier", "priciest", "cost", "costs", "costing",
                        "price", "priced", "pay", "pays", "charge", "charges", "charged"})  # fmt: skip

#: the words of a price a column may carry beside its unit (unit_cost, hourly_rate, eqp_hourly_cents)
_PRICE_WORDS = UNIT_PRICE_WORDS | {"charge", "cents", "tariff"}


def _rate_columns(st: PlanState) -> None:
    """ "the most expensive per kg", "costing more than 20 per unit": after a word of price, "per" and a unit
    name the one price column counted in that unit (cost_per_kg_amt, unit_cost, eqp_hourly_cents), never a
    group."""
    named = {st.table_of(it) for it in st.items if it.kind == "table"}
    k = 0
    while k < len(st.items):
        per, nxt = st.items[k], st.item(k + 1)
        k += 1
        if per.kind != "group" or per.text.lower() != "per" or nxt is None or nxt.last - nxt.first != 1:
            continue
        cues = [x for x in st.items[max(0, k - 5) : k - 1] if {t.low for t in st.tokens[x.first : x.last]} & _RATE_CUES]
        if not cues:
            continue
        unit = singular(st.tokens[nxt.first].low)
        found = []
        for table, meta in st.schema.tables.items():
            for col in meta.columns if not named or table in named else ():
                words = col.words
                priced = col.kind == "number" and (col.money or bool(_PRICE_WORDS & set(words)))
                counted = ("per", unit) in itertools.pairwise(words) or PERIOD_ADVERBS.get(unit) in words
                if priced and (counted or (unit == "unit" and unit in words)):
                    found.append(Candidate("column", table, col.name, 3.0, per.first, nxt.last))
        if len(found) != 1:
            continue
        nxt.kind, nxt.columns, nxt.first, nxt.text = "column", found, per.first, f"per {nxt.text}"
        del st.items[k - 1]
        for cue in cues:  # "costing" beside unit_cost, "pay" beside a payout's amount: the price said again
            if cue.kind in ("column", "word", "value"):
                cue.kind, cue.used = "word", True


#: words of a column that holds how much a row can take
_CAPACITY_WORDS = frozenset({"capacity", "cap", "max", "maximum", "limit"})


def _capacity_columns(st: PlanState) -> None:
    """ "which vessel can carry the most passengers": what a row *can* take is its capacity column
    (``pax_capacity``), not a total of what other rows carried (``bookings.passengers``)."""
    for it in st.items:
        if it.kind != "column" or len(it.columns) < 2:
            continue
        start = max(0, it.first - 5)
        modal = [start + n for n, t in enumerate(st.tokens[start : it.first - 1]) if t.low in ("can", "could")]
        if not modal:
            continue
        cap = [c for c in it.columns if _CAPACITY_WORDS & set(st.colmeta(Col(c.table, c.column or "")).words)]
        if len({(c.table, c.column) for c in cap}) == 1:
            it.columns = cap[:1]
            for verb in st.items:  # "carry", "hold", "seat": the verb of the capacity, read with it
                if verb.kind == "word" and modal[-1] < verb.first < it.first:
                    verb.used = True


def _after_name_cue(st: PlanState, k: int) -> bool:
    """A lower-case unknown word right after "named", "called" or "titled"."""
    it = st.items[k]
    if it.kind != "word" or it.text.lower() in FUNCTION_WORDS or len(it.text) < 2:
        return False
    prev = st.item(k - 1)
    if prev is None:
        return False
    return prev.text.lower() in ("named", "called", "titled") and prev.kind in ("word", "column")


def _literal_word(st: PlanState, it: Item) -> bool:
    tok = st.tokens[it.first]
    if not tok.capitalized or it.first == 0:
        return False
    low = tok.low
    return low not in FUNCTION_WORDS and low not in ("i",)


def assign_roles(st: PlanState) -> None:
    """Pass roles: give construct markers their targets (group keys, ranked measures, negated relations)."""
    items = st.items
    _compound_time_words(st)
    ranking = False
    for k, it in enumerate(items):
        if it.kind in ("top", "adj", "order") or (it.kind in ("high", "low") and k > 0):
            ranking = True
        if it.kind == "by":
            it.kind = _by_kind(st, k, ranking)
    # companions: "the Garden category", "status shipped", "city of Lyon"
    for k, it in enumerate(items):
        if it.kind != "value":
            continue
        for j in (
            st.prv(
                k,
                frozenset(
                    {
                        "the",
                        "of",
                        "a",
                        "an",
                        "is",
                        "=",
                        "named",
                        "called",
                        "in",
                        "from",
                        "at",
                        "on",
                        "as",
                        "equal",
                        "to",
                        "equals",
                    }
                ),
            ),
            st.nxt(k, frozenset({"the"}), 1),
        ):
            other = st.item(j)
            if other is None or other.used:
                continue
            if other.kind == "table":
                table = st.table_of(other)
                hits = [
                    h
                    for h in it.values
                    if h.table == table and (h.column in st.meta(table).display or other.first < it.first)
                ]
                if hits:
                    it.values = hits
                    other.used, other.role = True, "companion"
                    break
            if other.kind == "column":
                hits = [h for h in it.values if any(c.table == h.table and c.column == h.column for c in other.columns)]
                if hits:
                    it.values = hits
                    other.used, other.role = True, "companion"
                    break
    for k, it in enumerate(items):
        if it.kind == "group":
            _group_target(st, k)
        elif it.kind == "timeunit" and it.role == "group":
            it.used = True
    _their_count(st)
    for k, it in enumerate(items):
        if it.kind == "neg":
            _neg_target(st, k)
    for k, it in enumerate(items):
        if it.kind == "cmp" and not it.adj and not it.func:
            # "more than 3 orders", "at least 2 refunded orders": a count of related rows
            j = k + 1
            skip = {"the", "a", "an", "different", "distinct", "separate", "unique", "other"}
            while (
                j < len(items)
                and j <= k + 3
                and (
                    (items[j].kind == "word" and items[j].text.lower() in skip)
                    or items[j].kind in ("value", "distinct")  # "more than 12 different machines"
                )
            ):
                j += 1
            other = st.item(j)
            if _reports_counted(st, k, j):
                continue
            # ("more than 3 cleans cancelled": the rows a value after them is said of are still the rows counted)
            if other is not None and other.kind == "table" and (not other.used or other.role == "companion"):
                other.used, other.role = True, "having"
                it.role = "having"
                it.tables = other.tables
                named = next((x for x in items[:k] if x.kind == "table"), None)
                if named is not None and st.table_of(named) == st.table_of(other) and \
                        st.schema.self_edges(st.table_of(other)):  # fmt: skip
                    for x in items[k + 1 : j]:  # "readers who referred at least 3 other readers": never themselves
                        if x.kind == "word" and x.text.lower() == "other":
                            x.used = True
                continue
            kinds = {h.table for x in items[k + 1 : j] if x.kind == "value" for h in x.values}
            if other is not None and other.kind == "word" and other.text.lower() in _RECORD_NOUNS and len(kinds) == 1:
                # "more than two MX records": the rows of the table that value is stored in
                other.used = True
                it.role = "having"
                it.tables = [Candidate("table", kinds.pop(), None, 3.0, other.first, other.last)]


def _by_kind(st: PlanState, k: int, ranking: bool) -> str:
    prev = st.item(st.prv(k, frozenset(), 0))
    nxt = st.item(st.nxt(k, frozenset({"the", "a", "an"}), 1))
    if nxt is not None and nxt.kind == "group":  # "by each customer"
        return "word"
    if nxt is not None and nxt.kind == "timeunit":
        return "group"
    # a sort verb before it, not a table's noun ("average work order cost by type", "order total by method")
    nouns = {i for it in st.items[:k] if it.kind in ("table", "column") for i in range(it.first, it.last)}
    before = {t.low for i, t in enumerate(st.tokens[: st.items[k].first]) if i not in nouns}
    if before & {"sort", "sorted", "order", "rank", "ranked", "arrange", "arranged"} and not ranking:
        return "order"
    if ranking:
        return "sortkey"
    prev_word = st.word(prev)
    if nxt is not None and nxt.kind in ("literal", "value"):
        return "word"
    if nxt is not None and nxt.kind == "word" and (noun := st.item(st.items.index(nxt) + 1)) is not None and \
            noun.kind == "table" and noun.first == nxt.last:  # fmt: skip
        nxt = noun  # "charged by lending libraries outside the consortium": the rows after their adjective
    if nxt is not None and nxt.kind == "table":
        # "books by authors from Japan": an agent with a filter, not a group
        after = st.item(st.items.index(nxt) + 1)
        if after is not None and (
            after.kind in ("value", "literal", "cmp", "date", "neg")
            or st.word(after)
            in (
                "who",
                "that",
                "from",
                "in",
                "with",
                "whose",
                "named",
                "called",
                "born",
                "based",
                "located",
                "living",
                "which",
                "where",
            )
        ):
            return "word"
    said = st.tokens[st.items[k].first - 1].low if st.items[k].first > 0 else ""
    if (said in _PARTICIPLES or (said.endswith("ed") and len(said) > 4)) and nxt is not None and \
            nxt.kind == "column" and nxt.columns and st._cand_kind(nxt.columns[0]) == "bool":
        return "word"  # "samples collected by volunteers": the rows a yes/no picks out, never two groups
    head = st.item(st.items.index(nxt) + 1) if nxt is not None else None
    if (said in _PARTICIPLES or (said.endswith("ed") and len(said) > 4)) and nxt is not None and \
            nxt.kind == "table" and head is not None and head.kind == "table" and head.first == nxt.last:
        return "word"  # "the delay caused by crossing incidents": the rows that caused it (a compound), not groups
    if (said in _PARTICIPLES or (said.endswith("ed") and len(said) > 4)) and nxt is not None and \
            nxt.kind == "table" and st.tokens[nxt.first - 1].low == "the":
        after = st.item(st.nxt(st.items.index(nxt), frozenset(), 0))
        if after is None or after.kind == "punct":
            return "word"  # "... were declined by the customer": who did it, not the groups
    if prev_word and (prev_word in _PARTICIPLES or prev_word.endswith("ed")) and nxt is not None:
        after = st.item(st.nxt(st.items.index(nxt), frozenset(), 0))
        if (after is not None and after.kind in ("value", "literal", "cmp", "date", "neg")) or st.word(after) in (
            "who",
            "that",
            "from",
            "in",
            "with",
            "whose",
            "named",
            "called",
        ):
            return "word"
    return "group"


def _kind_of_rows(st: PlanState, named: Item) -> None:
    """ "for each type of stockist": the stockists' one column of kinds (stockist_type), or the rows themselves when
    the table is a list of kinds (issue_types); a table of things with no such column is refused, never grouped
    thing by thing."""
    table = st.table_of(named)
    if {singular(w) for w in st.meta(table).words} & KIND_WORDS:
        return
    kinds = [c for c in st.meta(table).columns if set(c.words) & KIND_WORDS and c.kind in ("text", "fk", "other")]
    if len(kinds) != 1:
        raise TranslationError(f"cannot tell which column of {table} says its type; {REPHRASE}")
    named.kind = "column"
    named.columns = [Candidate("column", table, kinds[0].name, 3.0, named.first, named.last)]


def _compound_time_words(st: PlanState) -> None:
    """ "quarter peals", "day trips": a time unit glued before a noun of rows is a kind of those rows, never a
    period to group by; it is left a word (to be placed or refused)."""
    for k, it in enumerate(st.items):
        noun = st.item(k + 1)
        before = st.tokens[it.first - 1].low if it.first > 0 else ""
        if it.kind == "timeunit" and it.role != "group" and noun is not None and noun.kind == "table" and \
                noun.first == it.last and before not in ("per", "by", "each", "every", "a", "an", "last", "this",
                                                         "next", "the", "in", "of", "for", "that", "same"):
            it.kind = "word"


def _their_count(st: PlanState) -> None:
    """ "guests with their number of orders", "list customers and their number of visits": a count of other rows
    per row listed, as "each guest's number of orders" says it; "their" groups by the rows named before."""
    for k, it in enumerate(st.items):
        if it.kind != "word" or it.text.lower() not in ("their", "its") or it.used:
            continue
        count, counted = st.item(k + 1), st.item(k + 2)
        if count is None or count.kind != "count" or counted is None or counted.kind != "table":
            continue
        j = k - 1
        joiners: list[Item] = []
        while (x := st.item(j)) is not None and j >= 0 and x.kind in ("word", "punct") and \
                x.text.lower() in ("with", "and", ",", "along", "together", "plus", "including", "showing"):
            joiners.append(x)
            j -= 1
        n = j
        while (x := st.item(n)) is not None and n >= 0 and (x.kind == "value" or (
                x.kind == "word" and x.text.lower() in ("in", "from", "at", "based", "located"))):
            n -= 1  # "customers in Japan with ...": the rows, then values said of them (a verb or a date: never)
        rows = st.item(n)
        if not joiners or n < 0 or rows is None or rows.kind != "table" or (rows.used and rows.role != "companion") \
                or st.table_of(rows) == st.table_of(counted):
            continue
        for x in joiners:
            x.used = True
        it.kind, it.role, it.tables = "group", "group", rows.tables
        rows.used, rows.role = True, "group"
        return


def _group_target(st: PlanState, k: int) -> None:
    it = st.items[k]
    if it.role == "group" and it.columns:
        return  # a row pass gave it its column already ("uk vs us": the country)
    j = st.nxt(k, frozenset({"the", "a", "an", "each", "every", "single", "individual", "their", "its"}), 2)
    tgt = st.item(j)
    ends = tgt is None or tgt.kind == "punct" or (
        st.word(tgt) in ("have", "has", "had", "get", "got", "add", "added", "make", "made")
        and (j is None or (after := st.item(j + 1)) is None or after.kind == "punct"))  # "how many does each have?"
    if ends and _asked_rows_counted(st, k):
        if tgt is not None and tgt.kind == "word":
            tgt.used = True
        return  # "Which countries are our clients based in, and how many in each?"
    if tgt is None or j is None:
        it.kind = "word"
        return
    of, named = st.item(j + 1), st.item(j + 2)
    if (
        tgt.kind == "word"
        and tgt.text.lower() in ("type", "types", "kind", "kinds", "sort", "sorts")
        and of is not None
        and st.word(of) == "of"
        and named is not None
        and named.kind in ("column", "table")
    ):
        # "for each type of issue": the groups are the issues' values, "type of" says nothing more
        tgt.used = of.used = True
        j, tgt = j + 2, named
        if named.kind == "table":
            _kind_of_rows(st, named)
    after = st.item(j + 1)
    flag = tgt.kind == "column" and bool(tgt.columns) and st._cand_kind(tgt.columns[0]) == "bool"
    if (tgt.kind == "value" or flag) and after is not None and after.kind == "table" and after.first == tgt.last \
            and "every" not in it.text.lower():
        # "for each trade customer": the customers are the groups; "trade" stays their condition
        j, tgt = j + 1, after
        after = st.item(j + 1)
    if (
        tgt.kind == "word"
        and after is not None
        and after.kind == "table"
        and after.first == tgt.last
        and stem(tgt.text.lower()) in {stem(w) for w in st.meta(st.table_of(after)).words if len(w) >= 3}
    ):
        # "by each lending library" over lib_lend_lib_mst: a word of the table's own name before its noun
        tgt.used = True
        j, tgt = j + 1, after
    elif after is not None and compound_modifier(tgt, after):
        # "each surf spot", "each exam board": a noun that links to nothing names the kind of the noun after it
        # (a compound), never a condition
        tgt.used = True
        j, tgt = j + 1, after
    if tgt.kind == "timeunit":
        tgt.used, tgt.role = True, "group"
        it.role = "group"
        it.unit = tgt.unit
        return
    if tgt.kind == "table" and tgt.tables[0].score < 2.5 and _own_rows_named(st, k, tgt):
        # "average rating per interviewer": interviewer_name of the rows whose rating is averaged
        tgt.kind = "column"
        tgt.columns = [c for c in tgt.columns if c.table == tgt.tables[0].table]
    if tgt.kind == "table":
        tgt.used, tgt.role = True, "group"
        it.role = "group"
        it.tables = tgt.tables
        after = st.item(st.nxt(j, frozenset(), 0))
        table = st.table_of(tgt)
        if (
            after is not None
            and after.kind == "table"
            and not after.used
            and after.first == tgt.last
            and any(e.child == table and e.parent == st.table_of(after) for e in st.schema.edges_of(table))
        ):
            # "per beer style": the style each beer points to, not the beer
            after.used, after.role = True, "group"
            it.tables = after.tables
            return
        if after is not None and after.kind == "column" and not after.used:
            cands = [c for c in after.columns if c.table == table]
            if cands:
                after.used, after.role = True, "group"
                after.columns = cands
                it.columns = cands
        return
    if tgt.kind == "column" and tgt.columns and st._cand_kind(tgt.columns[0]) == "fk":
        # "per destination city": the city of the airport the destination key points to
        fk = tgt.columns[0]
        ref = st.meta(fk.table).column(fk.column or "")
        after = st.item(st.nxt(j, frozenset(), 0))
        if ref is not None and ref.ref_table and after is not None and after.kind in ("column", "table"):
            own = [c for c in after.columns if c.table == ref.ref_table]
            if own:
                tgt.used, tgt.role = True, "group"
                after.used, after.role, after.kind = True, "group", "column"
                it.role, it.columns, it.fk_role = "group", own, fk.column or ""
                return
        if (
            ref is not None
            and ref.ref_table
            and after is not None
            and after.kind == "table"
            and st.table_of(after) == ref.ref_table
        ):
            # "per origin airport": the airport rows reached through that key
            tgt.used, tgt.role = True, "group"
            after.used, after.role = True, "group"
            it.role, it.tables, it.fk_role = "group", after.tables, fk.column or ""
            return
    if tgt.kind in ("column", "value") and tgt.columns:
        tgt.used, tgt.role = True, "group"
        it.role = "group"
        it.columns = tgt.columns
        after = st.item(st.nxt(j, frozenset(), 0))
        if after is not None and after.kind == "column" and not after.used and after.first == tgt.last:
            # "per origin city": two words of one column (origin_city_name), linked one by one
            both = [c for c in tgt.columns if any((c.table, c.column) == (a.table, a.column) for a in after.columns)]
            if both:
                after.used, after.role = True, "group"
                it.columns = tgt.columns = after.columns = both
        return
    if tgt.kind == "column":
        tgt.used, tgt.role = True, "group"
        it.role = "group"
        it.columns = tgt.columns
        return
    if (
        tgt.kind == "value"
        and len({(h.table, h.column) for h in tgt.values}) == 1
        and st.meta(tgt.values[0].table).named
        and it.text.lower() == "per"
        and any(x.kind == "table" and st.table_of(x) != tgt.values[0].table for x in st.items[:k])
    ):
        # "samples per hospital", 'HOSP' a type of clients: per client of that type (the value filters)
        table = tgt.values[0].table
        it.role = "group"
        it.tables = [Candidate("table", table, None, 3.0, tgt.first, tgt.last)]
        return
    it.kind = "word"


def _asked_rows_counted(st: PlanState, k: int) -> bool:
    """ "Which regions have had events this year, and how many each?": "each" ends the question after a count, so the
    groups are the rows the question word asked for (a table right after it), and the other rows are counted."""
    it = st.items[k]
    lead = 1 if st.word(st.item(0)) in ("in", "at", "for", "from", "on") else 0  # "In which wards have ..."
    first, asked = st.item(lead), st.item(lead + 1)
    if first is None or first.kind != "qword" or first.text.lower() not in ("which", "what") or asked is None:
        return False
    if asked.kind != "table" or asked.first != first.last or asked.used:
        return False
    if not any(x.kind == "count" for x in st.items[lead + 2 : k]) or any(x.kind == "cmp" for x in st.items):
        return False  # ("customers with more than 2 orders? Show how many each": the counts compared, shown)
    others = {st.table_of(x) for x in st.items[lead + 2 : k] if x.kind == "table"} - {st.table_of(asked)}
    if len(others) != 1:
        return False
    asked.used, asked.role = True, "group"
    it.role, it.tables = "group", asked.tables
    return True


def _own_rows_named(st: PlanState, k: int, tgt: Item) -> bool:
    """The group word reached its table only through a name column (interviewer -> interviewer_name), and
    another word of the question is a column of that same table: the groups are those names."""
    table = tgt.tables[0].table
    if not any(c.table == table and st._cand_kind(c) in ("text", "other") for c in tgt.columns):
        return False
    return any(x is not tgt and x.kind == "column" and x.columns and x.columns[0].table == table for x in st.items[:k])


#: words after "no longer" that say only that a row's time is over ("trainers who no longer work for us")
_STAY_WORDS = frozenset({"work", "works", "working", "employed", "with", "for", "us", "here", "active", "around",
                         "anymore", "any", "more", "in", "service", "use", "the", "company", "there", "on", "staff",
                         "team", "be", "is", "are"})  # fmt: skip
#: words that start the next clause after "no longer ..." ("... no longer work here still have a licence")
_CLAUSE_START = frozenset({"who", "that", "which", "and", "but", "still", "yet", "have", "has", "had", "while"})


def _no_longer(st: PlanState, k: int) -> bool:
    """ "trainers who no longer work for us": nothing but words of being there follows, so the rows whose end
    date is set (left_on); False when a table, column or value follows (the relation or state it names)."""
    it = st.items[k]
    if it.text.lower() != "no longer":
        return False
    rest: list[Item] = []
    for x in st.items[k + 1 :]:
        if x.kind == "punct" or (x.kind in ("word", "qword") and x.text.lower() in _CLAUSE_START):
            break  # "... no longer work here still have a licence": the next clause is another condition
        if x.kind != "word" or x.text.lower() not in _STAY_WORDS:
            return False
        rest.append(x)
    owner = next((st.table_of(x) for x in reversed(st.items[:k]) if x.kind == "table"), None)
    if owner is None:
        return False
    ends = [c for c in st.meta(owner).date_columns() if set(c.words) & END_WORDS]
    if len(ends) != 1:
        raise TranslationError(f"'no longer': {owner} has no one date that says a row's time is over; rephrase, "
                               "or use an LLM provider (--provider)")  # fmt: skip
    it.used, it.role, it.tables = True, "ended", []
    for x in rest:
        x.used = True
    st.add_cond(Cond("not_null", Col(owner, ends[0].name)), owner)
    st.notes.append(f"{ends[0].name} is set")
    return True


def _neg_target(st: PlanState, k: int) -> None:
    it = st.items[k]
    if _no_longer(st, k):
        return
    if it.text.lower() == "outside":
        place = st.item(st.nxt(k, frozenset({"the", "our", "their", "its", "a", "an"}), 2))
        if place is not None and place.kind == "column" and not any(st._cand_kind(c) == "bool" for c in place.columns):
            # "artists from outside the area": a place the rows are not in, never a column left empty (area_m2);
            # "outside the consortium" over consortium_ind is that flag unset
            raise TranslationError(f"cannot tell what 'outside {place.text}' means; {REPHRASE}")
    j = k
    for _ in range(_VERB_SKIP + 2):
        j2 = st.nxt(j, _FILLER | frozenset({"yet", "once", "even", "currently"}), 3)
        tgt = st.item(j2)
        if tgt is None or j2 is None:
            return
        low = tgt.text.lower()
        excluding = bool(set(it.text.lower().split()) & EXCLUSION_WORDS)
        if tgt.kind in ("word", "revenue") and forms(low) & _SALE_WORDS and not excluding:
            # "never been sold", "never bought": the table where sales are recorded (but "not counting sold ones"
            # leaves out rows in a state of their own)
            it.role, it.op, it.n = "neg", "sale", j2
            tgt.used = True
            it.last = max(it.last, tgt.last)
            nxt = st.item(st.nxt(j2, _FILLER, 2))
            if nxt is not None and nxt.kind == "table" and not nxt.used:
                tgt2 = nxt
                tgt2.used, tgt2.role = True, "neg"
                it.op, it.tables = "table", tgt2.tables
            elif nxt is not None and nxt.kind == "column" and not nxt.used and \
                    len(kept := {c.table for c in nxt.columns}) == 1 and st.subject not in kept:
                # "never booked a court" over court_bookings.court_number: the rows that column is kept in
                nxt.used, nxt.role = True, "neg"
                it.op, it.tables = "table", [Candidate("table", kept.pop(), None, 2.0, nxt.first, nxt.last)]
            return
        if tgt.kind == "word" and (low.endswith(("ed", "en")) or low in _PARTICIPLES or low in FUNCTION_WORDS):
            j = j2
            continue
        if tgt.kind == "word" and any(low in group for group in ROLE_GROUPS):
            # "ports with no departing shipments": which key of the shipments (the origin)
            tgt.used, tgt.role = True, "role"
            it.fk_role = "role"
            j = j2
            continue
        if tgt.kind == "value" and tgt.columns and it.text.lower() in ("no", "without", "none", "zero"):
            # "employees with no manager": the manager key, not the job title 'Manager'
            tgt.kind = "column"
        if tgt.kind == "column" and not tgt.used and (rows := _any_rows_after(st, j2)) is not None:
            # "don't drive any of the rounds", "aren't accredited for any tour": the verb names a column of the
            # rows, but no such rows at all is what is said
            tgt.used, tgt.role = True, "neg"
            j2, tgt = st.items.index(rows), rows
        if tgt.kind in ("table", "column", "value") and not tgt.used:
            tgt.used, tgt.role = True, "neg"
            it.role = "neg"
            it.tables, it.columns, it.values = tgt.tables, tgt.columns, tgt.values
            it.op = tgt.kind
            it.last = max(it.last, tgt.last)
            it.n = j2
        elif tgt.kind in ("cmp", "date"):
            it.role = "negcond"
            it.n = j2
        return


def _any_rows_after(st: PlanState, j: int) -> Item | None:
    """The table named right after item ``j`` by "any" ("drive *any of the rounds*", "for *any tour*"), or None."""
    said: set[str] = set()
    for x in st.items[j + 1 : j + 6]:
        low = x.text.lower()
        if x.kind == "word" and low in ("for", "on", "in", "at", "to", "with", "any", "of", "the", "a", "an"):
            said.add(low)
            continue
        return x if x.kind == "table" and not x.used and "any" in said else None
    return None


def _flag_noun_rows(st: PlanState) -> str | None:
    """ "Which members have used the express service?" over SKATER.MEMBER_FLAG: the asked noun is a yes/no column
    of a table no word names, so the rows asked for are that table's (the flag is their filter)."""
    if len(st.items) < 2 or st.items[0].kind != "qword" or st.items[0].text.lower() not in ("which", "what"):
        return None
    it = st.items[1]
    low = st.tokens[it.first].low if it.last - it.first == 1 else ""
    if it.kind != "column" or not it.columns or singular(low) == low or st._cand_kind(it.columns[0]) != "bool":
        return None
    table = it.columns[0].table
    if any(x.kind == "table" and st.table_of(x) == table for x in st.items):
        return None
    return table


def _kind_value_rows(st: PlanState) -> str | None:
    """ "How many detached houses are there in band H?": a value of a column of kinds (property_type 'Detached')
    right after "how many", then a plural noun the catalog does not know: the rows of that value's table, the noun
    being what they are."""
    first = st.item(0)
    val, noun = st.item(1), st.item(2)
    if first is None or first.kind != "count" or val is None or val.kind != "value" or noun is None:
        return None
    if noun.kind != "word" or noun.used or not noun.text.isalpha() or noun.text.lower() == singular(noun.text.lower()):
        return None
    tables = {h.table for h in val.values if st.kind_column(h.table, h.column)}
    if len(tables) != 1:
        return None
    noun.used = True
    return tables.pop()


def _counted_after_a_group(st: PlanState, cands: list[Item]) -> str | None:
    """ "For each kind of survey, how many different species ...": the first table said is the group's ("kind of
    survey", after "for each" and a column), the rows counted are the table right after "how many"."""
    if len(cands) < 2:
        return None
    first = cands[0]
    k = st.items.index(first)
    j = k - 1
    while (x := st.item(j)) is not None and (x.kind == "column" or st.word(x) == "of"):
        j -= 1
    if j == k - 1 or x is None or x.kind != "group":
        return None
    for n, it in enumerate(st.items):
        if it.kind == "count" and it.first > first.first:
            m = n + 1
            while (y := st.item(m)) is not None and y.kind == "distinct":
                m += 1
            if y is not None and y.kind == "table" and y in cands and st.table_of(y) != st.table_of(first):
                return st.table_of(y)
            return None
    return None


def find_subject(st: PlanState) -> str:
    """The subject: the table whose rows are counted or listed."""
    if any(it.kind == "count" and it.text.lower().replace(" ", "") == "headcount" for it in st.items) and not any(
        it.kind == "table" and not it.used for it in st.items
    ):
        # "headcount by department": the one table of people (rows named by a first and a last name)
        people = [t for t, m in st.schema.tables.items() if m.named and len(m.display) == 2]
        if len(people) != 1:
            raise TranslationError(
                "cannot tell whose headcount is asked for; rephrase, or use an LLM provider (--provider)"
            )
        return people[0]
    flagged = _flag_noun_rows(st)
    if flagged is not None:
        return flagged
    kinded = _kind_value_rows(st)
    if kinded is not None:
        return kinded
    cands: list[Item] = [it for it in st.items if it.kind == "table" and (not it.used or _asked_noun(st, it))]
    first_value = next((it for it in st.items if it.kind == "value" and _noun_value(st, it)), None)
    if (
        first_value is not None
        and (not cands or first_value.first < cands[0].first)
        and not any(it.kind == "table" and it.first < first_value.first for it in st.items)
    ):
        # "which developers have more than 12 tasks": a plural value names rows of its table
        hit = first_value.values[0]
        kept = [e for e in st.schema.edges_of(hit.table) if e.parent == hit.table and e.child != hit.table]
        if hit.column in st.meta(hit.table).display and len(kept) == 1 and st.meta(hit.table).named:
            # "week passes bought by ...": 'Week pass' names a row of a lookup table; the passes are the rows
            # of the one table that records that kind
            return kept[0].child
        return hit.table
    counted = _counted_after_a_group(st, cands)
    if counted is not None:
        return counted
    if cands:
        # "how many orders ..." / "which customers ...": the first free table wins
        first = cands[0]
        k = st.items.index(first)
        head = st.item(k + 1)
        if (
            head is not None
            and head.kind == "table"
            and not head.used
            and head.first == first.last
            and st._noun_mention(head)
            and st._noun_mention(first)
            and st.table_of(head) != st.table_of(first)
            and st.schema.adjacent(st.table_of(first), st.table_of(head))
        ):
            return st.table_of(head)  # "pet owners": owners, the last noun of the compound
        if (
            head is not None
            and head.kind == "table"
            and not head.used
            and head.first == first.last
            and st.tokens[first.last - 1].low.endswith("ed")
            and any(e.child == st.table_of(first) and e.parent == st.table_of(head)
                    for e in st.schema.edges_of(st.table_of(first)))
        ):  # fmt: skip
            return st.table_of(head)  # "the most borrowed books": books, ranked by their loans
        return st.table_of(first)
    # no free table: the rows a row's own number names ("the title of request number 5"), a group count over a
    # column's table, a measure's table ...
    for it in st.items:
        if it.kind == "column" and it.columns and st._cand_kind(it.columns[0]) == "pk":
            return it.columns[0].table
    for it in st.items:
        if it.kind == "column":
            # "total hours per project" with hours in assignment and in timesheet: which rows is a guess
            return st.untied_column(it, None, [(c.score, c) for c in it.columns]).table
    for it in st.items:
        if it.kind == "table":
            return st.table_of(it)
    for it in st.items:
        if it.kind == "value":
            return it.values[0].table
    for k, it in enumerate(st.items):
        if it.kind == "revenue":
            before = st.item(k - 1)
            if before is not None and before.kind == "count" and before.last == it.first:
                # "how many sales ...": sales counted as events, of no table the catalog names
                raise TranslationError(f"cannot tell which rows {it.text!r} counts; {REPHRASE}")
            rev = st.revenue_measure(None)
            if rev is not None:
                return rev.table
    raise TranslationError("no table in the question matches the database")


def _asked_noun(st: PlanState, it: Item) -> bool:
    """ "Which guests from Germany ...": the table right after the question word is what is asked for, even
    when the value after it made it that value's companion."""
    k = st.items.index(it)
    prev = st.item(k - 1)
    if prev is not None and prev.kind == "value" and prev.last == it.first:
        prev = st.item(k - 2)  # "How many calibration visits ...": the value qualifies the rows asked for
    return (
        it.role == "companion"
        and prev is not None
        and (
            prev.kind in ("qword", "count")
            or (prev.kind == "word" and prev.text.lower() in ("which", "what", "list", "show", "many"))
        )
    )


def _kind_of_the_counters(st: PlanState, it: Item) -> bool:
    """The value ``it`` is a kind of rows (not a row's name) and the next table said holds rows of that table
    (directly, or through a table that only links the two): "which technician has done the most inspections"."""
    hit = it.values[0]
    if hit.column in st.meta(hit.table).display:
        return False  # "Which Sideshow Ink series ...": a row named, not a kind of rows
    after = next((x for x in st.items if x.kind == "table" and x.first > it.first), None)
    if after is None:
        return False
    counted = st.table_of(after)
    for e in st.schema.edges_of(counted):
        if e.child == counted and e.parent == hit.table:
            return True
        if e.parent == counted and links_only(st.meta(e.child)) and any(
            x.child == e.child and x.parent == hit.table for x in st.schema.edges_of(e.child)
        ):
            return True
    return False


def _noun_value(st: PlanState, it: Item) -> bool:
    """A value used as a plural noun ("developers" for role = 'developer'), right after the question word."""
    toks = st.tokens[it.first : it.last]
    k = st.items.index(it)
    prev, nxt = st.item(k - 1), st.item(k + 1)
    if toks and toks[-1].low == singular(toks[-1].low) and prev is not None and prev.kind == "qword" and \
            prev.text.lower() in ("which", "what") and prev.last == it.first and \
            not (nxt is not None and nxt.kind in ("table", "column") and nxt.first == it.last):  # fmt: skip
        # "Which technician has carried out the most inspections": one of the rows holding that kind ('Technician'
        # in a role column, not a row's own name), whose own rows are counted
        return _kind_of_the_counters(st, it)
    if not toks or toks[-1].low == singular(toks[-1].low):
        return False
    one = singular(toks[-1].low)
    kinds = [h for h in it.values if h.value.lower() == one and st.kind_column(h.table, h.column)]
    if prev is not None and prev.kind == "count" and kinds and len({h.table for h in kinds}) == 1 and \
            any(h.value.lower() == toks[-1].low for h in it.values):  # fmt: skip
        # "how many weddings": 'Wedding' in the events' type names the rows counted; 'weddings' in a planner's
        # speciality is another table's attribute
        it.values = kinds
    if any(h.value.lower() == toks[-1].low for h in it.values):
        return False  # the stored value itself is plural ("refunds"): an ordinary filter
    return (
        prev is None
        or prev.kind in ("qword", "count")
        or (prev.kind == "word" and prev.text.lower() in ("which", "what", "the", "all", "many", "list", "show", "our"))
    )


def head_column(st: PlanState, items: list[Item]) -> Col | None:
    """A column asked for before any table: "which *city* has the most patients"."""
    if st.forced_head is not None:
        return st.forced_head
    for k, it in enumerate(items):
        if it.kind == "table" and it.role in ("", "measure"):
            return _attribute_of(st, items, k)
        if it.kind == "top" and k + 1 < len(items) and items[k + 1].kind == "column":
            continue  # "top 3 companies by number of tickets"
        if it.kind in ("high", "low", "adj", "top", "sortkey", "count", "agg"):
            return None
        if it.kind == "column" and it.role in ("", "measure") and not (it.used and it.role == ""):
            col = st.pick_column(it, st.subject)
            if of_its_row(st, k, col):
                return None  # "the email of the subscriber who referred the most people": shown, never a group
            if st.colmeta(col).kind in ("text", "other", "number", "date"):
                it.used, it.role = True, "group"
                return col
    return None



def _attribute_of(st: PlanState, items: list[Item], k: int) -> Col | None:
    """ "which vehicle make has the most claims", "which customer country ...": a text column of the table named at
    ``k``, said right after it, is what the answer ranks (the makes), not the rows (each vehicle)."""
    it, nxt = items[k], items[k + 1] if k + 1 < len(items) else None
    if nxt is None or nxt.kind != "column" or nxt.first != it.last or nxt.used or k == 0 or \
            items[k - 1].kind != "qword":  # fmt: skip
        return None
    table = st.table_of(it)
    cols = [c for c in nxt.columns if c.table == table and c.column]
    if len({c.column for c in cols}) != 1:
        return None
    col = Col(table, cols[0].column or "")
    if st.colmeta(col).kind not in ("text", "other") or st.display_cols(table) == [col]:
        return None
    nxt.used, nxt.role = True, "group"
    it.used = True
    return col


def of_its_row(st: PlanState, k: int, col: Col) -> bool:
    """The column at item ``k`` is said as "the <column> of the <its own table>"."""
    j = st.nxt(k + 1, frozenset({"the", "a", "an", "that", "this"}), 3)
    of = st.item(k + 1)
    rows = st.item(j) if j is not None else None
    return st.word(of) == "of" and rows is not None and rows.kind == "table" and st.table_of(rows) == col.table


def _number_in_a_column_name(st: PlanState) -> None:
    """ "at least one category 1 hazard" over number_of_category_1_hazards_found: a number between two words that
    link the same columns is part of one column's name (never a value to compare); the columns narrow to it."""
    for k, it in enumerate(st.items):
        prev, nxt = st.item(k - 1), st.item(k + 1)
        if it.kind != "number" or it.used or prev is None or prev.kind != "column" or prev.last != it.first:
            continue
        said = st.tokens[it.first].low
        named = [c for c in prev.columns if said in split_identifier(c.column or "")]
        if len({(c.table, c.column) for c in named}) != 1:
            continue
        it.used, it.kind = True, "word"
        for x in (prev, nxt):
            if x is not None and x.kind == "column" and any((c.table, c.column) == (named[0].table, named[0].column)
                                                            for c in x.columns):
                x.columns = [c for c in x.columns if (c.table, c.column) == (named[0].table, named[0].column)]


def _date_said_twice(st: PlanState) -> None:
    """ "release date", "its renewal date": the word "date" after a column that is a date is part of its name."""
    for k, it in enumerate(st.items):
        prev = st.item(k - 1)
        if it.kind == "timeunit" and it.text.lower() == "date" and prev is not None and prev.kind == "column" and \
                prev.last == it.first and prev.columns and st._cand_kind(prev.columns[0]) == "date":  # fmt: skip
            it.used = True


def their_dates(st: PlanState) -> None:
    """ "the contests held in 2024 with their dates": the subject's own date (held_on), never a date of other rows
    that only the word "date" weakly names (a speller's birth_date)."""
    subject = st.subject
    if subject is None:
        return
    own = st.meta(subject).default_date()
    for it in st.items:
        if (
            it.kind == "column"
            and it.text.lower() in ("date", "dates")
            and it.first > 0
            and st.tokens[it.first - 1].low in ("their", "its")
            and own is not None
            and all(c.table != subject for c in it.columns)
        ):
            it.columns = [Candidate("column", subject, own.name, 3.0, it.first, it.last)]


#: nouns of the people who report to a row ("more than 3 direct reports", "more than 4 staff reporting to them")
_REPORT_NOUNS = frozenset({"reports", "subordinates", "reportees"})
_PEOPLE_NOUNS = frozenset({"staff", "people", "employees", "members", "officers", "workers", "colleagues"})


def _reports_counted(st: PlanState, k: int, j: int) -> bool:
    """ "Which employees have more than 3 direct reports?": a count of the rows whose self-referencing key points to
    the row, when the one table named before has exactly one such key; whether the comparison at ``k`` was read so."""
    said: list[Item] = []
    while (x := st.item(j + len(said))) is not None and len(said) < 3 and x.kind in ("word", "column", "table") \
            and not x.used and (not said or x.first == said[-1].last):  # fmt: skip
        said.append(x)
    lows = [x.text.lower() for x in said]
    direct = lows[:1] == ["direct"]
    nouns = lows[1:] if direct else lows
    if nouns[:1] and nouns[0] in _REPORT_NOUNS:
        named = said[: 1 + direct]
    elif len(nouns) >= 2 and nouns[0] in _PEOPLE_NOUNS and nouns[1] in ("reporting", "report"):
        named = said[: 2 + direct]
    else:
        return False
    rows = [x for x in st.items[:k] if x.kind == "table"]
    selfs = st.schema.self_edges(st.table_of(rows[0])) if len(rows) == 1 else []
    if len(selfs) != 1:
        return False
    for x in named:
        x.used = True
    it = st.items[k]
    it.role = "having"
    it.tables = [Candidate("table", st.table_of(rows[0]), None, 3.0, named[0].first, named[-1].last)]
    return True
