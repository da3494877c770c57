"""The typed state every planning pass reads and writes, with the helpers that only read it.

:class:`PlanState` holds the question (items, tokens), the catalog (schema, values), and what the passes of
:mod:`aishell.ai.offline.planner` decide in turn: the row passes' findings, the subject, the conditions, the
shape markers and measures (:class:`Shape`), the query built and the notes and penalty of the answer.
Its methods navigate items and choose columns, join roles and measures without changing anything, save
:meth:`PlanState.add_cond`, which records a condition; the passes are functions of the state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.ir import (
    Agg,
    Col,
    Cond,
    Expr,
    Lit,
    PerParent,
    Product,
    Query,
    Span,
)
from aishell.ai.offline.lexicon import (
    ABBREVIATIONS,
    ADJ_FORMS,
    ADJECTIVES,
    BIRTH_WORDS,
    DELETE_WORDS,
    END_WORDS,
    FOREIGN_FIRST_NAMES,
    FOREIGN_LAST_NAMES,
    FUNCTION_WORDS,
    QUANTITY_WORDS,
    ROLE_GROUPS,
    SECONDARY_DATE_WORDS,
    STATE_ADJECTIVES,
    UNIT_PRICE_WORDS,
)
from aishell.ai.offline.linking import Candidate
from aishell.ai.offline.parse import Item
from aishell.ai.offline.schema import ColumnMeta, Edge, SchemaIndex, TableMeta
from aishell.ai.offline.text import IRREGULAR_VERBS, SENTENCE_ENDS, Token, forms, singular, split_identifier, stem
from aishell.ai.offline.units import per_unit, product_scale
from aishell.ai.offline.values import ValueIndex, abbreviates, abbreviation_like

#: words skipped when looking for the target of a marker
_FILLER = frozenset(
    {
        "the",
        "a",
        "an",
        "any",
        "of",
        "their",
        "its",
        "his",
        "her",
        "all",
        "been",
        "ever",
        "have",
        "has",
        "had",
        "be",
        "is",
        "are",
        "was",
        "were",
        "with",
        "that",
        "which",
        "who",
        "yet",
        "single",
        "one",
        "do",
        "does",
        "did",
        "in",
        "for",
        "to",
        "by",
        "on",
        "at",
        "total",
        "recorded",
        "s",
    }
)
_PARTICIPLES = frozenset(
    {
        "made",
        "sold",
        "written",
        "taken",
        "bought",
        "paid",
        "seen",
        "given",
        "held",
        "done",
        "led",
        "run",
        "taught",
        "won",
        "built",
        "drawn",
        "sent",
        "placed",
        "ordered",
        "owned",
        "managed",
        "created",
        "handled",
        "treated",
        "served",
        "booked",
        "issued",
        "submitted",
        "shipped",
        "delivered",
        "purchased",
        "prescribed",
        "assigned",
        "reported",
        "posted",
        "published",
        "directed",
        "performed",
        "played",
        "hosted",
        "signed",
    }
)
_VERB_SKIP = 3
_GENERIC_MONEY = frozenset(
    {
        "amount",
        "amt",
        "total",
        "value",
        "val",
        "sum",
        "price",
        "cost",
        "money",
        "revenue",
        "sales",
        "paid",
        "payment",
        "usd",
        "eur",
        "gbp",
        "cents",
    }
)
#: generic names of the number a reading row records
READING_WORDS = frozenset({"value", "val", "reading", "measurement", "measured", "level", "result", "observation"})
#: words of a column with a person's name, and nouns for people
_PERSON_NAME_WORDS = frozenset(
    {
        "first",
        "last",
        "full",
        "surname",
        "given",
        "family",
        "forename",
        "username",
        "login",
        "email",
        "fname",
        "lname",
        "firstname",
        "lastname",
        "fullname",
    }
) | FOREIGN_FIRST_NAMES | FOREIGN_LAST_NAMES
#: the rows a sale is recorded in ("best-selling" counts them when nothing holds a quantity)
_SALE_ROW_WORDS = frozenset({"order", "sale", "line", "item", "purchase", "transaction", "booking", "ticket",
                             "invoice", "receipt", "basket", "cart", "rental", "hire", "detail", "dtl", "ln"})

_PERSON_NOUNS = frozenset(
    {
        "person",
        "people",
        "user",
        "customer",
        "client",
        "employee",
        "emp",
        "staff",
        "member",
        "student",
        "pupil",
        "teacher",
        "instructor",
        "patient",
        "doctor",
        "nurse",
        "driver",
        "rider",
        "agent",
        "author",
        "artist",
        "player",
        "athlete",
        "runner",
        "guest",
        "passenger",
        "volunteer",
        "donor",
        "candidate",
        "speaker",
        "subscriber",
        "worker",
        "manager",
        "owner",
        "tenant",
        "buyer",
        "seller",
        "vendor",
        "contact",
        "applicant",
        "voter",
        "reader",
        "listener",
        "viewer",
        "host",
    }
)

#: people named by their trade or part: their own table name only (never matched as an abbreviation: "inv" is no
#: investor)
_TRADE_NOUNS = frozenset(
    {
        "tutor", "technician", "plumber", "electrician", "mechanic", "florist", "dentist", "therapist",
        "physician", "surgeon", "pharmacist", "vet", "veterinarian", "lawyer", "attorney", "coach", "trainer",
        "mentor", "supervisor", "inspector", "director", "operator", "courier", "cashier", "clerk", "landlord",
        "chef", "cook", "waiter", "pilot", "captain", "officer", "judge", "referee", "nanny", "carer",
        "caregiver", "intern", "apprentice", "consultant", "contractor", "freelancer", "photographer", "groomer",
        "resident", "traveler", "traveller", "attendee", "participant", "contestant", "recipient", "borrower",
        "patron", "guardian", "parent", "child", "employer", "landlady", "lecturer", "professor",
        "renter", "homeowner", "investor", "shareholder", "broker", "realtor",
    }
)

#: money a business pays out: never its revenue or sales
#: words of a column that says when a thing itself came to be, not when its row was entered
_ORIGIN_WORDS = frozenset({"manufacture", "manufactured", "mfg", "built", "build", "made", "founded", "established",
                           "commissioned", "launched", "constructed", "opened", "planted", "vintage"})  # fmt: skip

#: words of a foreign key that points at a calendar row (date_key, order_date_id, day_id)
_DATE_KEY_WORDS = frozenset({"date", "day", "dt", "calendar", "period"})
_BIRTH_CUES = frozenset({"born", "birth", "birthday", "birthdays", "age", "aged", "dob", "older", "younger"})

_EXPENSE_WORDS = frozenset(
    {
        "salary",
        "salaries",
        "wage",
        "wages",
        "payroll",
        "compensation",
        "bonus",
        "expense",
        "expenses",
        "budget",
        "cost",
        "costs",
        "commission",
    }
)
#: a price a thing is offered at (curListPrice, rrp): what it costs, not money anyone paid
_LIST_WORDS = frozenset({"list", "rrp", "msrp", "catalog", "catalogue", "standard"})
#: money a row carries beside its price: never the revenue, unless the question names it
_EXTRA_MONEY = frozenset({"tip", "tips", "gratuity", "discount", "deposit", "refund", "delivery", "shipping",
                          "postage", "surcharge"})  # (not tax: total_amount_including_tax is the revenue)
_FUNC_WORDS = {"SUM": "total", "AVG": "average", "MIN": "lowest", "MAX": "highest", "COUNT": "number of"}
_EQUALS_FILLER = frozenset({"of", "is", "=", "equal", "equals", "a", "at", "to", "exactly"})
_SALE_WORDS = frozenset(
    {
        "sell",
        "sold",
        "buy",
        "bought",
        "purchase",
        "sale",
        "order",
        "ordered",
        "book",
        "booked",
        "reserve",
        "reserved",
        "rent",
        "rented",
    }
)


#: words of a column that counts time, never money ("payment_terms_days")
_TIME_UNIT_WORDS = frozenset({"days", "day", "hours", "hrs", "minutes", "mins", "seconds", "secs", "weeks", "months",
                              "years"})  # fmt: skip


@dataclass
class Measure:
    """What a ranking or an aggregate is computed over."""

    kind: str  # count | col | revenue
    table: str
    col: Col | None = None
    product: Product | None = None
    func: str | None = None  # an aggregate the question named
    distinct: bool = False
    label: str = ""
    value: Col | None = None  # the summed column of a per-parent average
    span: Span | None = None  # the time between two dates of a row ("average days to ship")

    def expr(self, default_func: str) -> Expr:
        if self.kind == "span":
            return Agg(self.func or default_func, self.span)
        if self.kind == "per":
            assert self.col is not None
            total: Col | Product | None = self.product or self.value
            if total is None:
                raise TranslationError("no value to average per row")
            return PerParent(Agg("SUM", total), self.col)
        if self.kind == "count":
            if self.col is not None:
                return Agg("COUNT", self.col, self.distinct)
            return Agg("COUNT")
        arg: Col | Product | None = self.product if self.kind == "revenue" else self.col
        return Agg(self.func or default_func, arg)


#: words of a duration among the columns "long" and "short" may mean
_TIME_WORDS = frozenset(
    {
        "duration",
        "runtime",
        "minutes",
        "minute",
        "milliseconds",
        "millisecond",
        "seconds",
        "second",
        "hours",
        "hour",
        "days",
        "day",
        "time",
        "min",
        "mins",
        "dur",
        "hrs",
        "secs",
        "ms",
    }
)

#: last words of a column that holds a number of things each row carries (keg_count, pax_cnt, seat_qty)
_CARRIED_COUNT_WORDS = frozenset({"count", "cnt", "qty", "quantity", "num", "nbr"})


@dataclass
class RowState:
    """What the row passes found, for the passes after them."""

    #: sub-row words placed as their table ("subcategories"): the self-reference pass must place each
    sub_items: list[Item] = field(default_factory=list)
    #: the sub-row words a later pass placed
    subs_done: list[Item] = field(default_factory=list)

    def is_sub(self, it: Item) -> bool:
        return any(it is x for x in self.sub_items)

    def is_done(self, it: Item) -> bool:
        return any(it is x for x in self.subs_done)


@dataclass
class Shape:
    """What the markers and measure passes found: the markers of the answer's shape and its measures."""

    qword: Item | None = None
    count_item: Item | None = None
    percent_item: Item | None = None
    distinct_item: Item | None = None
    top_item: Item | None = None
    order_items: list[Item] = field(default_factory=list)
    subject_pos: int | None = None
    rank_measure: Measure | None = None
    rank_desc: bool = True
    rank_n: int | None = None
    agg_measure: Measure | None = None
    agg_func: str | None = None
    share: bool = False  # the aggregate is a share of its total ("what share of revenue comes from X")


@dataclass
class SpanFound:
    """What the span pass decided: an aggregate measure over a span, if the question asks for one."""

    measure: Measure | None = None
    func: str | None = None


#: verbs that say a row ended ("customers who stopped using us", "staff who quit")
_ENDING_VERBS = frozenset({"stopped", "quit", "left", "ended", "resigned", "churned", "departed", "finished",
                           "terminated", "retired", "withdrew", "lapsed", "closed", "expired"})


#: words of a year that describes a thing rather than dating its rows (model_year, year_built, vintage_year)
_ATTRIBUTE_YEAR_WORDS = frozenset({"model", "built", "build", "make", "manufacture", "manufactured", "vintage",
                                   "construction", "constructed", "birth", "born"})

#: words of the date a party joined (growers.joinedOn, members.registered_at): its own, not its rows'
_MEMBERSHIP_WORDS = frozenset({"joined", "join", "joining", "registered", "registration", "enrolled", "enrollment",
                               "enrolment", "hired", "signup", "signed"})


#: words of a column that says what kind of thing a row is
_KIND_COLUMN_WORDS = frozenset({"type", "kind", "category", "class"})


@dataclass(eq=False)
class PlanState:
    """State shared by every planning pass, and the helpers they use."""

    items: list[Item]
    tokens: list[Token]
    schema: SchemaIndex
    values: ValueIndex
    today: dt.date
    penalty: float = 0.0  # subtracted from the answer's confidence
    notes: list[str] = field(default_factory=list)  # the shape first, then each condition, for the explanation
    subject: str | None = None  # the table whose rows are counted or listed
    where: list[Cond] = field(default_factory=list)
    cond_tables: list[tuple[Cond, str]] = field(default_factory=list)  # condition, table it applies to
    negations: list[Cond] = field(default_factory=list)
    each_exists: list[Cond] = field(default_factory=list)  # one EXISTS per value said "both A and B"
    fks: set[str] = field(default_factory=set)
    forced_head: Col | None = None
    group_table: str | None = None
    exists_tables: list[str] = field(default_factory=list)
    rank_all: bool = False  # a ranking that keeps every row ("sorted by number of products")
    rank_offset: int = 0  # "the second most expensive": rows skipped
    entity: Col | None = None  # the subject is a thing kept inside a table's rows (customer_name of an export)
    show_having: bool = False  # "... more than 13 orders? Show how many each.": the compared counts are shown
    #: "... order counts, most first": the rows sorted by the compared count (True: descending)
    order_by_having: bool | None = None
    bucket_unit: str | None = None  # "the busiest month": rank periods instead of rows
    measure_table: str | None = None  # the table a summed or averaged measure is read from
    rows: RowState = field(default_factory=RowState)  # what the row passes found
    spans: SpanFound = field(default_factory=SpanFound)  # what the span pass found
    shape: Shape = field(default_factory=Shape)  # the answer's markers and measures
    built: Query | None = None  # the query, once the shape pass built it

    @property
    def query(self) -> Query:
        """The query the shape pass built (the passes after it refine it)."""
        assert self.built is not None, "the shape pass has not run"
        return self.built

    def valued_tokens(self) -> frozenset[int]:
        """The places of the tokens read as stored values."""
        return frozenset(i for it in self.items if it.kind == "value" for i in range(it.first, it.last))

    def _year_before_noun(self, j: int) -> bool:
        """Item ``j`` is a bare year said right before the noun it dates ("our 2024 purchase orders")."""
        it, after = self.items[j], self.item(j + 1)
        return it.kind == "date" and it.last - it.first == 1 and self.tokens[it.first].kind == "number" and \
            after is not None and after.first == it.last and after.kind in ("table", "column", "value", "word")

    def nxt(self, k: int, skip: frozenset[str] = _FILLER, limit: int = 4) -> int | None:
        """Index of the next meaningful item after ``k`` (skipping filler words)."""
        j = k + 1
        skipped = 0
        while j < len(self.items):
            it = self.items[j]
            if self._year_before_noun(j):
                j += 1  # "the total of the 2024 purchase orders": the noun is what comes next, the year dates it
                continue
            if it.kind in ("word", "punct") and (it.text.lower() in skip or it.kind == "punct"):
                if it.kind == "punct" and it.text not in ("-", "'"):
                    return None
                j += 1
                skipped += 1
                if skipped > limit:
                    return None
                continue
            return j
        return None

    def prv(self, k: int, skip: frozenset[str] = _FILLER, limit: int = 3) -> int | None:
        j = k - 1
        skipped = 0
        while j >= 0:
            it = self.items[j]
            if it.kind in ("word", "punct") and (it.text.lower() in skip or it.kind == "punct"):
                if it.kind == "punct":
                    return None
                j -= 1
                skipped += 1
                if skipped > limit:
                    return None
                continue
            return j
        return None

    def question_text(self, first: int, last: int) -> str:
        """The words of tokens ``[first, last)`` with their original spacing."""
        out = ""
        for i in range(first, last):
            tok = self.tokens[i]
            if i > first and tok.start > self.tokens[i - 1].end:
                out += "-" if tok.joined else " "  # "MJ-24010" keeps its hyphen
            out += tok.text
        return out

    def item(self, k: int | None) -> Item | None:
        return self.items[k] if k is not None and 0 <= k < len(self.items) else None

    def meta(self, table: str) -> TableMeta:
        return self.schema.table(table)

    def colmeta(self, c: Col) -> ColumnMeta:
        m = self.meta(c.table).column(c.column)
        assert m is not None
        return m

    def table_of(self, it: Item) -> str:
        return it.tables[0].table

    def kind_column(self, table: str, column: str) -> bool:
        """A column that says what kind of thing a row is (event_type, eventtype, category)."""
        meta = self.meta(table).column(column)
        return bool(set(meta.words if meta is not None else split_identifier(column)) & _KIND_COLUMN_WORDS)

    def col_of(self, it: Item) -> Col:
        c = it.columns[0]
        assert c.column is not None
        return Col(c.table, c.column)

    def reachable(self, a: str, b: str) -> bool:
        return b in self.schema.distances(a)

    def distance(self, a: str, b: str) -> int:
        return self.schema.distances(a).get(b, 99)

    def fans_out(self, start: str, goal: str) -> bool:
        """Does the join path from ``start`` to ``goal`` go from a parent to its children?"""
        path = self.schema.path(start, goal)
        if not path:
            return False
        cur = start
        for edge in path:
            if edge.parent == cur and edge.child != cur:
                return True
            cur = edge.other(cur)
        return False

    def down_then_up(self, start: str, goal: str) -> bool:
        """The join path from ``start`` goes from parents to children and then back up to a parent: it crosses a
        many-to-many link ("customers who spent ..." summed over purchases reached back through what was sold)."""
        cur, down = start, False
        for edge in self.schema.path(start, goal) or []:
            if edge.parent == cur and edge.child != cur:
                down = True
            elif down:
                return True
            cur = edge.other(cur)
        return False

    def quantity_columns(self, table: str, strict: bool = False) -> list[ColumnMeta]:
        """The table's columns of how many (qty, quantity, units), never money or keys; ``strict``: not a column
        whose only such word is "number" or "amount" (table_number, tip_amount)."""
        words = QUANTITY_WORDS - {"number", "amount"} if strict else QUANTITY_WORDS
        return [c for c in self.meta(table).numeric_columns() if set(c.words) & words and not c.money and not c.is_key]

    def display_cols(self, table: str) -> list[Col]:
        return [Col(table, c) for c in self.meta(table).display]

    def pk_cols(self, table: str) -> list[Col]:
        return [Col(table, c) for c in self.meta(table).pk]

    def word(self, it: Item | None) -> str:
        return it.text.lower() if it is not None and it.kind == "word" else ""

    def sentence_of(self, first: int) -> int:
        """The number of the sentence token ``first`` is in ("... in 2024. Show the start date.": 1)."""
        return sum(1 for t in self.tokens[:first] if t.text in SENTENCE_ENDS)

    def opens_sentence(self, it: Item) -> bool:
        """``it`` begins a sentence after the first ("... a stay? *Give* the dog's name.")."""
        return it.first > 0 and self.tokens[it.first - 1].text in SENTENCE_ENDS

    def shown_from(self) -> int:
        """Where a later sentence saying what to show begins ("... ? Show the brand ..."), else the end."""
        return next((x.first for x in self.items if x.kind == "qword" and self.opens_sentence(x)), len(self.tokens))

    def plural_mention(self, it: Item) -> bool:
        toks = self.tokens[it.first : it.last]
        if not toks:
            return False
        w = toks[-1].low
        return singular(w) != w

    def _cand_kind(self, c: Candidate) -> str:
        m = self.meta(c.table).column(c.column or "")
        return m.kind if m is not None else ""

    def pick_column(self, it: Item, near: str | None) -> Col:
        """The best column candidate, preferring the subject and tables mentioned in the question."""
        best = self._ranked_columns(it, near)[0]
        assert best[1].column is not None
        return Col(best[1].table, best[1].column)

    def untied_column(self, it: Item, near: str | None, ranked: list[tuple[float, Candidate]] | None = None) -> Col:
        """The best column candidate; when the same column of several tables ties for it ("hours" in assignment
        and in timesheet), the one whose table a word of the question names ("units *sold*": sale_line), else
        refuse: choosing one would be a guess."""
        ranked = ranked or self._ranked_columns(it, near)
        top, first = ranked[0][0], ranked[0][1]
        tied = sorted({c.table for s, c in ranked if abs(s - top) < 1e-9 and c.column == first.column})
        if len(tied) > 1:
            said = [forms(t.low) for t in self.tokens if t.is_word and len(t.low) >= 3]
            named = [t for t in tied if any(forms(w) & f for w in self.meta(t).words if len(w) >= 3 for f in said)]
            if len(named) != 1:
                raise TranslationError(
                    f"{first.column} is a column of {' and of '.join(tied)}; rephrase, or use "
                    "an LLM provider (--provider)"
                )
            return Col(named[0], first.column or "")
        return Col(first.table, first.column or "")

    def _ranked_columns(self, it: Item, near: str | None) -> list[tuple[float, Candidate]]:
        near = near or self.subject
        mentioned = {self.table_of(x) for x in self.items if x.kind == "table"}
        out: list[tuple[float, Candidate]] = []
        for c in it.columns:
            score = c.score
            if near is not None:
                if c.table == near:
                    score += 0.6
                else:
                    d = self.distance(near, c.table)
                    score -= 0.15 * min(d, 5)
                    if d >= 99:
                        score -= 2
            if c.table in mentioned:
                score += 0.4
            out.append((score, c))
        assert out
        out.sort(key=lambda sc: -sc[0])  # stable: the first of equal candidates stays first
        return out

    def done_by(self, word: str, c: Candidate) -> bool:
        """ "How much did we *pay* out": a sum of money whose name is the verb's participle (paid_amt, charged_fee),
        beside the plain amount of the same rows (clm_amt)."""
        meta = self.schema.tables.get(c.table)
        col = meta.column(c.column or "") if meta is not None else None
        if col is None or not col.money or len(col.words) < 2:
            return False
        done = col.words[0]
        return done != word and (done.endswith("ed") or done in IRREGULAR_VERBS) and word in forms(done)

    def add_cond(self, cond: Cond, table: str) -> None:
        if (cond, table) not in self.cond_tables:  # "laptops ... laptop price": one test, said twice
            self.cond_tables.append((cond, table))

    def _ended_date(self, table: str) -> Col | None:
        """ "customers who stopped using us during 2024": a verb of ending that names no column of its own dates the
        period by the row's one end date (left_on), not by its main date (joined_on); refused when the row has two
        dates or more and none of them an end."""
        verbs = {t.low for k, t in enumerate(self.tokens) if t.low in _ENDING_VERBS
                 and not any(x.first <= k < x.last and x.kind in ("column", "value") for x in self.items)}
        if not verbs:
            return None
        dates = self.meta(table).date_columns()
        ends = [c for c in dates if set(c.words) & END_WORDS]
        if not ends and len(dates) >= 2:
            # ("subscribers who left us this year" over act_dt and billing_dt: never the first date unsaid)
            verb = sorted(verbs)[0]
            raise TranslationError(f"cannot tell which date of {table} says when its rows {verb}; {REPHRASE}")
        return Col(table, ends[0].name) if len(ends) == 1 else None

    def _name_columns(self, table: str) -> list[Col]:
        meta = self.meta(table)
        out = []
        for c in meta.display:
            cm = meta.column(c)
            if cm is not None and ("name" in cm.words or "title" in cm.words):
                out.append(Col(table, c))
        return out

    def _date_of_table(self, table: str) -> Col | None:
        meta = self.meta(table)
        ended = self._ended_date(table)
        if ended is not None:
            return ended
        d = meta.default_date()
        if d is not None and set(d.words) & BIRTH_WORDS and not {t.low for t in self.tokens} & _BIRTH_CUES:
            d = None  # "patients discharged in 2024": a birth date dates no event but a birth
        if d is not None and d.nullable and set(d.words) & (SECONDARY_DATE_WORDS - BIRTH_WORDS):
            # "findings since 2024" where a finding's one date is closed_on, empty while open: a later event than
            # the finding (the audit's date dates it); a sale's closed_on, never empty, is the sale's own date
            d = None
        if d is not None:
            return Col(table, d.name)
        # (a thing's own year, model_year or year_built, dates no event of its rows: "appliances fixed in 2024")
        years = [c for c in meta.numeric_columns() if c.is_year and not set(c.words) & _ATTRIBUTE_YEAR_WORDS]
        if years:
            return Col(table, years[0].name)
        # a parent that carries the date: order_items -> orders.ordered_at; a key named for a date
        # (fact_sales.date_key -> dim_date) says which parent's date is the row's own
        best: tuple[tuple[int, int, int, int], Col] | None = None
        tied = False
        joined = self._joined_by_mentions(table)
        for other in self.schema.tables.values():
            od = other.default_date()
            if od is None or other.name == table or set(od.words) & (BIRTH_WORDS | _MEMBERSHIP_WORDS) or \
                    self.surely_person(other.name):
                continue  # a person's birth or hire date, or when a grower joined, never dates a row below it
            path = self.schema.path(table, other.name)
            if path is None or self.fans_out(table, other.name):
                continue
            first = self.meta(table).column(path[0].child_cols[0]) if path and len(path[0].child_cols) == 1 else None
            # (or a key into a date dimension: week_start_key -> dim_date)
            dated = first is not None and bool(
                set(first.words) & _DATE_KEY_WORDS or set(self.meta(path[0].parent).words) & _DATE_KEY_WORDS
            )
            # sale_ln's own header, sale (its name begins the line table's), before the part it sells
            header = meta.words[: len(other.words)] == other.words and len(meta.words) > len(other.words)
            # among parents as near, one the question joins anyway ("on the Outdoor Circuit": the sessions
            # to its track) before a purchase date of the kart
            rank = (0 if dated else 1, len(path), 0 if other.name in joined else 1, 0 if header else 1)
            if best is not None and rank == best[0]:
                tied = True  # two parents as near date the row alike (a shoeing line's horse and its visit)
            if best is None or rank < best[0]:
                best, tied = (rank, Col(other.name, od.name)), False
        return best[1] if best and not tied else None

    def _joined_by_mentions(self, table: str) -> set[str]:
        """The tables the question names (its tables, columns and values) and those on the join paths from
        ``table`` to them."""
        named = {self.table_of(x) for x in self.items if x.kind == "table"}
        named |= {x.columns[0].table for x in self.items if x.kind == "column" and x.columns}
        named |= {h.table for x in self.items if x.kind == "value" for h in x.values[:1]}
        out = set(named)
        for other in named - {table}:
            for e in self.schema.path(table, other) or []:
                out |= {e.parent, e.child}
        return out

    def role_for(self, table: str, pos: int) -> str:
        """Which of several keys into ``table`` the words before token ``pos`` mean ("from Paris": origin)."""
        by_child: dict[str, list[Edge]] = {}
        for e in self.schema.edges_of(table):
            if e.parent == table and e.child != table and len(e.child_cols) == 1:
                by_child.setdefault(e.child, []).append(e)
        multi = [es for es in by_child.values() if len(es) > 1]
        if not multi or len(by_child.get(self.subject or "", ())) == 1:
            return ""  # "crew assigned to Port A": the subject's own one key, not another table's roles
        multi.sort(key=lambda es: 0 if es[0].child == self.subject else 1)
        edges = multi[0]
        # (a word already read as a state of the rows is not their role: "verified runs" is verified = 'Y', not
        # verified_by)
        tested = {i for it in self.items if it.used and it.kind == "column" and (
            it.role == "filter" or (it.columns and self._cand_kind(it.columns[0]) == "bool"))
            for i in range(it.first, it.last)}  # fmt: skip
        near = [self.tokens[i].low for i in range(pos - 1, max(-1, pos - 5), -1) if i not in tested]
        rest = [t.low for i, t in enumerate(self.tokens) if i not in tested]
        for words in (near, rest):
            for w in words:
                for e in edges:
                    if self._role_match(w, e, table):
                        return e.child_cols[0]
        return ""

    def _role_match(self, word: str, edge: Edge, table: str) -> bool:
        own = set(self.meta(table).lemma)
        role_words = [
            w
            for w in split_identifier(edge.child_cols[0])
            if w not in KEY_WORDS and w not in ("by", "of", "to", "from", "for", "at", "on") and singular(w) not in own
        ]  # (verified_by: "verified", never the "by" of "top 5 runners by ...")
        wf = forms(word)
        for rw in role_words:
            if wf & forms(rw) or (len(word) >= 4 and len(rw) >= 4 and stem(word) == stem(rw)):
                return True  # "reported" ~ reporter_id, "assigned" ~ assignee_id
            if len(rw) >= 3 and len(word) >= len(rw) + 2 and word.startswith(rw) and rw not in FUNCTION_WORDS:
                return True  # "departing" ~ dep_iata, "arrivals" ~ arr_port
            if any(word in group and rw in group for group in ROLE_GROUPS):
                return True
        return False

    def with_role(self, col: Col, pos: int) -> Col:
        role = self.role_for(col.table, pos)
        return Col(col.table, col.column, role) if role else col

    def _noun_mention(self, it: Item) -> bool:
        """Is the table named by a noun ("orders") rather than a verb form ("ordered", "enrolled")?"""
        last = self.tokens[it.last - 1].low
        if it.first > 0 and self.tokens[it.first - 1].low in ("we", "they", "you", "i"):
            return False  # "properties do we clean": a verb, no clean row had
        if last.endswith("ing") and it.kind == "table" and last in self.meta(self.table_of(it)).words:
            return True  # "screening sites" over BPS_SCREENING, "booking fees" over bookings: the table's own noun
        return not last.endswith(("ed", "ing")) and last not in _PARTICIPLES

    def revenue_measure(self, near: str | None) -> Measure | None:
        """sum(quantity * unit price) on a line table, or a money column such as amount/total."""
        best: tuple[tuple[int, int, int, int], Measure] | None = None
        said_tables = {self.table_of(x) for x in self.items if x.kind == "table"}
        for meta in self.schema.tables.values():
            nums = meta.numeric_columns()
            qty = [c for c in nums if set(c.words) & QUANTITY_WORDS and not c.money]
            # (LineNumber numbers the lines; QuantityOrdered is how many)
            qty.sort(key=lambda c: not set(c.words) & (QUANTITY_WORDS - {"number", "amount"}))
            # (a total price, total_price_in_pounds, is no unit price to multiply by a number of nights; UNTPRC is
            # a unit price by its abbreviations)
            price = [c for c in nums if c.word_forms() & UNIT_PRICE_WORDS and not {"total", "subtotal"} & set(c.words)]
            # a tip, a delivery fee or a tax beside the price is not what the rows brought in, unless said
            extra = {c.name for c in nums if c.money and set(c.words) & _EXTRA_MONEY and not self._said(c)}
            nums = [c for c in nums if c.name not in extra]
            # (PaymentTermsDays is a number of days, however it is named)
            money = [
                c
                for c in nums
                if c.word_forms() & {"amount", "total", "revenue", "sales", "value", "subtotal", "paid", "payment"}
                and not set(c.words) & _TIME_UNIT_WORDS and per_unit(c) is None
            ]  # (a price per kilogram is what one kilogram cost, never what was paid)
            money.sort(key=lambda c: not self._named_in_question(c))  # "claimed the most": clm_amt over paid_amt
            m: Measure | None = None
            rank = 2
            # a line's own charged amount (sale_amt beside litres_qty and unit_price_amt) is what it brought in,
            # discounts and all: it comes before quantity times unit price
            charged = [c for c in money if not set(c.words) & UNIT_PRICE_WORDS]
            if qty and price and charged:
                money = charged
            scale = product_scale(qty[0], price[0]) if qty and price else None
            if qty and price and not charged and scale is not None:
                m = Measure(
                    "revenue",
                    meta.name,
                    product=Product(Col(meta.name, qty[0].name), Col(meta.name, price[0].name), scale),
                    label=f"{qty[0].name} * {price[0].name}",
                )
                rank = 1
            elif money:
                m = Measure("col", meta.name, col=Col(meta.name, money[0].name), func="SUM", label=money[0].name)
                rank = 0
            else:
                # a price paid on a dated record (bookings.price): what was spent there
                paid = [
                    c for c in nums if c.money and not c.is_key and per_unit(c) is None
                    and not set(c.words) & (_EXPENSE_WORDS | _LIST_WORDS | _TIME_UNIT_WORDS)
                ]  # fmt: skip
                if len(paid) > 1:  # asking_price or sold_price: only the one the question names ("sales")
                    said = [c for c in paid if self._said(c)]
                    paid = said if len(said) == 1 else []
                if paid and self._transactional(meta):
                    m = Measure("col", meta.name, col=Col(meta.name, paid[0].name), func="SUM", label=paid[0].name)
            if m is None:
                continue
            dist = self.distance(near, meta.name) if near else 0
            if near and dist >= 99:
                continue
            named = m.col is not None and self._named_in_question(self.colmeta(m.col))
            # "took the most money from completed appointments": the appointments' price, not product sales
            mentioned = meta.name in said_tables and self._transactional(meta)
            key = (0 if named else 1, 0 if mentioned else 1, dist, rank)
            if best is None or key < best[0]:
                best = (key, m)
        return best[1] if best else None

    def _said(self, c: ColumnMeta) -> bool:
        """A word of the column, other than a generic money word, shares a form with a word of the question."""
        toks = [forms(t.low) for t in self.tokens if t.is_word and t.low not in FUNCTION_WORDS]
        return any(forms(w) & f for w in c.words if w not in _GENERIC_MONEY and len(w) >= 3 for f in toks)

    def _named_in_question(self, c: ColumnMeta) -> bool:
        """A column word said in the question, in full or as its abbreviation (clm for "claimed")."""
        toks = [t.low for t in self.tokens if t.is_word and t.low not in FUNCTION_WORDS]
        for w in c.words:
            if w in _GENERIC_MONEY:
                continue
            for t in toks:
                if w in forms(t) or (abbreviation_like(w) and abbreviates(w, t)):
                    return True
        return False

    def _transactional(self, meta: TableMeta) -> bool:
        """A table of events: it has a date, or belongs to a parent that has one."""
        if meta.date_columns():
            return True
        return any(e.child == meta.name and self.meta(e.parent).date_columns() for e in self.schema.edges_of(meta.name))

    def adjective_measure(
        self, adj: str, table: str, desc: bool, named: Col | None = None
    ) -> tuple[Measure, bool] | None:
        """ "expensive" on products -> price; "oldest" on patients -> birth date ascending."""
        hints, _high = ADJECTIVES.get(adj, ((), True))
        meta = self.meta(table)
        if named is not None and any(h in ("@start", "@birth") for h in hints):
            # "most recently hired": the date the question names
            flip = adj == "old" or (adj == "young" and False)
            birth = {"birth", "born", "dob", "birthday"} & set(self.colmeta(named).words)
            d = (not desc) if (birth or flip) else desc
            return Measure("col", named.table, col=named, label=named.column), d
        for hint in hints:
            if hint == "@count":
                if adj == "selling":  # "best-selling concert" over concert.tickets_sold: its own count sold
                    sold = [c for c in meta.numeric_columns() if {"sold", "sales"} & set(c.words) and not c.money
                            and not c.is_key]  # fmt: skip
                    if len(sold) == 1:
                        return Measure("col", table, col=Col(table, sold[0].name), label=sold[0].name), desc
                child = self.busiest_child(table)
                if child is not None and adj == "selling" and not (
                    set(self.meta(child).lemma) & _SALE_ROW_WORDS
                    or any(set(c.words) & QUANTITY_WORDS for c in self.meta(child).numeric_columns())
                ):
                    child = None  # the pieces of a concert's programme sell nothing
                if child is not None:
                    qty = self.quantity_columns(child)
                    if adj == "selling" and qty:  # best-selling: units sold, not order lines
                        qcol = Col(child, qty[0].name)
                        return Measure("col", child, col=qcol, func="SUM", label=f"total {qty[0].name}"), desc
                    return Measure("count", child, label=f"number of {child}"), desc
                continue
            if hint in ("@birth", "@start"):
                dates = meta.date_columns()
                if hint == "@birth":
                    years = [c for c in meta.numeric_columns() if c.is_year]
                    col = next(
                        (c for c in [*dates, *years] if {"birth", "born", "dob", "birthday"} & set(c.words)), None
                    )
                    if col is not None:  # oldest = earliest birth date
                        return Measure("col", table, col=Col(table, col.name), label=col.name), not desc
                    continue
                # t_vehicle.year_of_manufacture before its created_date: when the thing itself came to be
                origin = [c for c in [*dates, *meta.numeric_columns()] if set(c.words) & _ORIGIN_WORDS]
                start = origin[0] if len(origin) == 1 else meta.default_date()
                if start is None:  # vessels.built_yr, clubs.founded: the one year the row came to be
                    years = [c for c in meta.numeric_columns() if c.is_year]
                    start = years[0] if len(years) == 1 else None
                if start is None:  # "which round starts earliest": its one time of day ('09:30')
                    clocks = [c for c in meta.columns if c.clock == "clock"]
                    started = [c for c in clocks if set(c.words) & _ORIGIN_WORDS]
                    start = started[0] if len(started) == 1 else clocks[0] if len(clocks) == 1 else None
                if start is not None:
                    flip = adj in ("old",)
                    return Measure("col", table, col=Col(table, start.name), label=start.name), (
                        not desc
                    ) if flip else desc
                continue
            if adj in ("long", "short"):
                self._time_or_space(adj, table)
            for c in meta.numeric_columns():
                if forms(hint) & c.word_forms() and not c.is_key:
                    return Measure("col", table, col=Col(table, c.name), label=c.name), desc
        if adj in ("expensive", "cheap", "pricey", "costly", "inexpensive", "affordable", "big", "large", "small"):
            rev = self.revenue_measure(table)
            if rev is not None and rev.table != table:
                return rev, desc
        return None

    def _carried_count(self, it: Item, table: str) -> Col | None:
        """The count column a row of ``table`` carries of the noun the item starts with (keg_count in keg
        orders for "kegs ordered"), when the table's rows are something else than that noun."""
        toks = self.tokens[it.first : it.last]
        # the head noun: "keg orders" counts orders; "kegs ordered" counts kegs
        noun = toks[0].low if len(toks) > 1 and toks[-1].low.endswith("ed") else toks[-1].low
        wanted = forms(noun)
        if tuple(singular(w) for w in self.meta(table).words) == (singular(noun),):
            return None
        meta = self.meta(table)
        # TicketSale.Quantity for "tickets": the table's first word is the noun, its bare quantity counts them
        named_first = len(meta.words) >= 2 and singular(meta.words[0]) == singular(noun)
        found = [
            c
            for c in meta.numeric_columns()
            if not c.is_key
            and not c.money
            and set(c.words) & _CARRIED_COUNT_WORDS
            and (
                any(wanted & ({w} | set(ABBREVIATIONS.get(w, ()))) for w in set(c.words) - _CARRIED_COUNT_WORDS)
                or (named_first and set(c.words) <= _CARRIED_COUNT_WORDS)
            )
        ]
        return Col(table, found[0].name) if len(found) == 1 else None

    def _time_or_space(self, adj: str, table: str) -> None:
        """ "The longest route" where a route has both a duration and a distance: which one is a guess."""
        hints = ADJECTIVES[adj][0]
        found = {
            ("time" if set(c.word_forms()) & _TIME_WORDS else "space")
            for c in self.meta(table).numeric_columns()
            if not c.is_key and any(forms(h) & c.word_forms() for h in hints)
        }
        if len(found) > 1:
            raise TranslationError(
                f"cannot tell whether {adj!r} means a duration or a distance of {table}; "
                "rephrase, or use an LLM provider (--provider)"
            )

    def busiest_child(self, table: str) -> str | None:
        kids = self.schema.children(table)
        if not kids:
            return None
        # an association table (several keys) is where activity is recorded
        kids.sort(key=lambda e: -len(self.meta(e.child).info.foreign_keys))
        return kids[0].child

    def reading_of(self, table: str) -> Col | None:
        """ "average temperature" where temperature is a kind of device: the one generic reading column
        (``value``, ``reading``) of the one table of readings below it."""
        found = []
        for e in self.schema.children(table):
            only = self._only_measure(e.child)
            if only is not None and set(self.colmeta(only).words) & READING_WORDS:
                found.append(only)
        return found[0] if len(found) == 1 else None

    def is_person(self, table: str) -> bool:
        """Rows of people: a display column that is a person's name, login or email."""
        meta = self.meta(table)
        words = {w for c in meta.display for cm in [meta.column(c)] if cm is not None for w in cm.words}
        return (
            meta.named
            and bool(words & {"name", "username", "first", "last", "surname", "login", "email"})
            and not words & {"title", "label", "code"}
        )

    def surely_person(self, table: str) -> bool:
        """Rows of people beyond doubt: a person's name column (first, last, full, user name ...), or a table
        named by a noun for people; "proj_name" alone does not make projects people."""
        meta = self.meta(table)
        return (
            self.person_named(table)
            or bool(set(meta.lemma) & (_PERSON_NOUNS | _TRADE_NOUNS))
            or any(abbreviates(w, n) for w in meta.words if abbreviation_like(w) for n in _PERSON_NOUNS)
            or any(n in _PERSON_NOUNS | _TRADE_NOUNS for w in meta.words for n in ABBREVIATIONS.get(w, ()))
        )

    def active_flag(self, table: str) -> ColumnMeta | None:
        """The table's one yes/no column of being active (is_active, actv_flg), if it has exactly one."""
        flags = [c for c in self.meta(table).columns if c.kind == "bool" and set(c.words) & {"active", "actv", "act"}]
        return flags[0] if len(flags) == 1 else None

    def kept_rows(self, table: str, *, flags: bool = False) -> Cond | None:
        """The test that keeps the rows a soft delete did not take away: ``deleted_at IS NULL`` for the table's one
        deletion date, or (``flags``) ``IsDeleted = false`` for its one deletion flag; None when it has neither."""
        kinds = ("date", "bool") if flags else ("date",)
        cols = [c for c in self.meta(table).columns if c.kind in kinds and set(c.words) & DELETE_WORDS]
        if len(cols) != 1:
            return None
        col = Col(table, cols[0].name)
        return Cond("is_null", col) if cols[0].kind == "date" else Cond("=", col, (Lit(False),))

    def person_named(self, table: str) -> bool:
        """A person's name (first, last, full, user name ...) among the table's shown columns."""
        meta = self.meta(table)
        return bool({w for c in meta.columns if c.name in meta.display for w in c.words} & _PERSON_NAME_WORDS)

    def said_of_people(self, table: str) -> bool:
        """Not a table of people itself: no person's name among its shown columns, and its head noun (the last word of
        ``member_status``, ``section``) is no noun for people (a status or group that people's rows point to)."""
        meta = self.meta(table)
        words = {w for c in meta.columns if c.name in meta.display for w in c.words}
        return not words & _PERSON_NAME_WORDS and not set(meta.lemma[-1:]) & (_PERSON_NOUNS | _TRADE_NOUNS)

    def names_someone_else(self, col: Col) -> bool:
        """A name column that says whose name it is, a person other than the row (name_of_person_making_the_claim,
        customer_name in orders), not the row's own name (first_nm, full_name)."""
        meta = self.meta(col.table)
        cm = meta.column(col.column)
        if cm is None or "name" not in cm.words:
            return False
        whose = {singular(w) for w in cm.words} - set(meta.lemma)
        return bool(whose & (_PERSON_NOUNS | _TRADE_NOUNS))

    def _only_measure(self, table: str) -> Col | None:
        """The single numeric, non-key, non-year column of ``table``, if it has exactly one."""
        nums = [c for c in self.meta(table).numeric_columns() if not c.is_key and not c.is_year]
        return Col(table, nums[0].name) if len(nums) == 1 else None

    def _sales_table(self, subject: str) -> str | None:
        """Where rows of ``subject`` are sold: the nearest line table (quantity and price) below it."""
        rev = self.revenue_measure(subject)
        if rev is not None and rev.table != subject and self.fans_out(subject, rev.table):
            return rev.table
        return self.busiest_child(subject)


#: endings of words that describe a row's state or kind rather than name a thing ("closed", "operating",
#: "residential", "active", "famous"): before a group's or a ranking's noun such a word is a condition, never part
#: of the noun
_DESCRIBING_ENDINGS = ("ed", "ing", "al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ary", "ern", "ish",
                       "ian", "ent", "ant", "est", "er")  # fmt: skip


def compound_modifier(tgt: Item, after: Item) -> bool:
    """``tgt`` is a word that links to nothing, directly before the table or column noun ``after`` of a group key or a
    ranking, and
    reads as a noun naming the kind of that noun ("surf spot", "exam board", "fire rating")."""
    if tgt.kind != "word" or after.kind not in ("table", "column") or after.first != tgt.last:
        return False
    w = tgt.text.lower()
    return (
        w.isalpha()
        and len(w) >= 4
        and w not in FUNCTION_WORDS
        and w not in STATE_ADJECTIVES
        and w not in ADJECTIVES
        and w not in ADJ_FORMS
        and not w.endswith(_DESCRIBING_ENDINGS)
        and w not in _RESTRICTING
    )


#: words of a key column's name that say it is a key, not what it points to (customer_id, dept_no, ref_cd)
KEY_WORDS = frozenset({"id", "code", "key", "fk", "no", "num", "ref"})

#: adjectives that pick some of a noun's rows ("each foreign currency"), never a noun naming its kind
_RESTRICTING = frozenset({"foreign", "domestic", "local", "overseas", "external", "internal", "other", "former",
                          "previous", "current", "recent", "private", "public", "main", "major", "minor", "single",
                          "double", "regular", "special", "standard", "premium", "senior", "junior"})
