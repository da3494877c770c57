"""From tokens to items: every token of a question is given one role.

Items are dates, numeric comparisons, construct markers (count, group, top,
negation ...), schema links (tables, columns, values) or plain words.  The
planner (:mod:`aishell.ai.offline.planner`) reads the item list left to right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from aishell.ai.offline.dates import DatePhrase, find_date_phrases
from aishell.ai.offline.ir import Col
from aishell.ai.offline.lexicon import (
    ADJ_FORMS,
    ADJECTIVES,
    AGG_WORDS,
    CLASSIFIER_WORDS,
    HIGH_WORDS,
    LOW_WORDS,
    REPORT_WORDS,
    REVENUE_WORDS,
    STATE_ADJECTIVES,
)
from aishell.ai.offline.linking import Candidate, Link, Linker
from aishell.ai.offline.text import SENTENCE_ENDS, Token, forms, singular, split_identifier
from aishell.ai.offline.values import ValueHit


@dataclass
class Item:
    kind: str
    first: int
    last: int  # exclusive
    text: str = ""
    # links
    tables: list[Candidate] = field(default_factory=list)
    columns: list[Candidate] = field(default_factory=list)
    values: list[ValueHit] = field(default_factory=list)
    # payloads
    date: DatePhrase | None = None
    op: str | None = None
    nums: tuple[float, ...] = ()
    currency: bool = False
    func: str | None = None
    n: int | None = None
    desc: bool | None = None
    adj: str | None = None
    unit: str | None = None
    used: bool = False
    role: str = ""
    fk_role: str = ""  # the key column that reaches the target table when several do
    target: Col | None = None  # the column a comparison was applied to

    def __repr__(self) -> str:
        extra = ""
        if self.kind == "link":
            extra = " T=" + ",".join(f"{c.table}:{c.score:.1f}" for c in self.tables[:3])
            extra += " C=" + ",".join(f"{c.table}.{c.column}:{c.score:.1f}" for c in self.columns[:3])
            extra += " V=" + ",".join(f"{v.table}.{v.column}={v.value}" for v in self.values[:3])
        elif self.kind == "cmp":
            extra = f" {self.op} {self.nums}"
        elif self.kind in ("agg", "high", "low"):
            extra = f" {self.func}"
        elif self.kind == "top":
            extra = f" {self.n} desc={self.desc}"
        elif self.kind == "adj":
            extra = f" {self.adj} desc={self.desc}"
        return f"<{self.kind} {self.text!r}{extra}>"

    @property
    def is_table(self) -> bool:
        return self.kind == "table"


# multi-word markers: (words, kind, payload)
_PHRASES: list[tuple[tuple[str, ...], str, dict[str, object]]] = [
    (("how", "many"), "count", {}),
    (("how", "much"), "agg", {"func": "SUM"}),
    (("total", "number", "of"), "count", {}),
    (("the", "number", "of"), "count", {}),
    (("number", "of"), "count", {}),
    (("headcount",), "count", {}),
    (("head", "count"), "count", {}),
    (("count", "of"), "count", {}),
    (("amount", "of"), "count", {}),
    (("in", "total"), "word", {}),
    (("for", "each"), "group", {}),
    (("for", "every"), "group", {}),
    (("in", "each"), "group", {}),
    (("of", "each"), "group", {}),
    (("grouped", "by"), "group", {}),
    (("group", "by"), "group", {}),
    (("broken", "down", "by"), "by", {}),
    (("breakdown", "by"), "by", {}),
    (("split", "by"), "by", {}),
    (("sorted", "by"), "order", {}),
    (("ordered", "by"), "order", {}),
    (("order", "by"), "order", {}),
    (("sort", "by"), "order", {}),
    (("ranked", "by"), "order", {}),
    (("arranged", "by"), "order", {}),
    (("in", "order", "of"), "order", {}),
    (("in", "alphabetical", "order"), "order", {"desc": False, "adj": "alpha"}),
    (("in", "reverse", "alphabetical", "order"), "order", {"desc": True, "adj": "alpha"}),
    (("alphabetically",), "order", {"desc": False, "adj": "alpha"}),
    (("from", "a", "to", "z"), "order", {"desc": False, "adj": "alpha"}),
    (("in", "month", "order"), "order", {"desc": False, "adj": "date"}),
    (("in", "date", "order"), "order", {"desc": False, "adj": "date"}),
    (("in", "year", "order"), "order", {"desc": False, "adj": "date"}),
    (("in", "chronological", "order"), "order", {"desc": False, "adj": "date"}),
    (("chronologically",), "order", {"desc": False, "adj": "date"}),
    (("in", "descending", "order"), "order", {"desc": True}),
    (("in", "ascending", "order"), "order", {"desc": False}),
    (("descending",), "order", {"desc": True}),
    (("ascending",), "order", {"desc": False}),
    (("from", "highest", "to", "lowest"), "order", {"desc": True}),
    (("from", "largest", "to", "smallest"), "order", {"desc": True}),
    (("from", "most", "to", "least"), "order", {"desc": True}),
    (("from", "lowest", "to", "highest"), "order", {"desc": False}),
    (("from", "smallest", "to", "largest"), "order", {"desc": False}),
    (("from", "least", "to", "most"), "order", {"desc": False}),
    (("from", "newest", "to", "oldest"), "order", {"desc": True, "adj": "date"}),
    (("from", "oldest", "to", "newest"), "order", {"desc": False, "adj": "date"}),
    (("most", "recent", "first"), "order", {"desc": True, "adj": "date"}),
    (("newest", "first"), "order", {"desc": True, "adj": "date"}),
    (("latest", "first"), "order", {"desc": True, "adj": "date"}),
    (("oldest", "first"), "order", {"desc": False, "adj": "date"}),
    (("earliest", "first"), "order", {"desc": False, "adj": "date"}),
    (("soonest", "first"), "order", {"desc": False, "adj": "date"}),  # ("coming up ..., soonest first")
    (("most", "recent", "last"), "order", {"desc": False, "adj": "date"}),
    (("largest", "first"), "order", {"desc": True}),
    (("biggest", "first"), "order", {"desc": True}),
    (("highest", "first"), "order", {"desc": True}),
    (("most", "first"), "order", {"desc": True}),
    (("greatest", "first"), "order", {"desc": True}),
    (("smallest", "first"), "order", {"desc": False}),
    (("lowest", "first"), "order", {"desc": False}),
    (("least", "first"), "order", {"desc": False}),
    (("fewest", "first"), "order", {"desc": False}),
    (("cheapest", "first"), "order", {"desc": False, "adj": "cheap"}),
    (("most", "expensive", "first"), "order", {"desc": True, "adj": "expensive"}),
    (("out", "of"), "zero", {}),
    (("starting", "with"), "like", {"adj": "start"}),
    (("starts", "with"), "like", {"adj": "start"}),
    (("start", "with"), "like", {"adj": "start"}),
    (("beginning", "with"), "like", {"adj": "start"}),
    (("begins", "with"), "like", {"adj": "start"}),
    (("begin", "with"), "like", {"adj": "start"}),
    (("ending", "with"), "like", {"adj": "end"}),
    (("ends", "with"), "like", {"adj": "end"}),
    (("end", "with"), "like", {"adj": "end"}),
    (("ending", "in"), "like", {"adj": "end"}),
    (("ends", "in"), "like", {"adj": "end"}),
    (("containing",), "like", {"adj": "contain"}),
    (("contains",), "like", {"adj": "contain"}),
    (("contain",), "like", {"adj": "contain"}),
    (("like",), "like", {"adj": "contain"}),
    (("matching",), "like", {"adj": "contain"}),
    (("is", "null"), "null", {}),
    (("is", "missing"), "null", {}),
    (("are", "missing"), "null", {}),
    (("is", "empty"), "null", {}),
    (("is", "not", "null"), "notnull", {}),
    (("is", "unknown"), "null", {}),
    (("missing",), "null", {}),
    (("unknown",), "null", {}),
    (("no", "longer"), "neg", {}),
    (("no", "one"), "neg", {}),
    (("at", "all"), "word", {}),
    (("not", "any"), "neg", {}),
    (("don", "not", "have"), "neg", {}),
    (("do", "not", "have"), "neg", {}),
    (("does", "not", "have"), "neg", {}),
    (("did", "not", "have"), "neg", {}),
    (("have", "not"), "neg", {}),
    (("has", "not"), "neg", {}),
    (("had", "not"), "neg", {}),
    (("have", "never"), "neg", {}),
    (("has", "never"), "neg", {}),
    (("had", "never"), "neg", {}),
    (("never",), "neg", {}),
    # "still waiting to be delivered", "yet to be invoiced": not in that state yet (never the state itself)
    (("still", "waiting", "to", "be"), "neg", {}),
    (("waiting", "to", "be"), "neg", {}),
    (("yet", "to", "be"), "neg", {}),
    (("still", "to", "be"), "neg", {}),
    (("without",), "neg", {}),
    (("outside",), "neg", {}),  # "vendors outside the United Kingdom": a place the rows are not in
    # "tasks completed last month, excluding deleted ones": the rows that are not so
    (("excluding",), "neg", {}),
    (("not", "counting"), "neg", {}),
    (("leaving", "out"), "neg", {}),
    # "... in 2024. Leave out cancelled orders.", "Skip the cancelled ones.": a second sentence that excludes
    (("leave", "out"), "neg", {}),
    (("skip",), "neg", {}),
    (("exclude",), "neg", {}),
    (("ignore",), "neg", {}),
    (("omit",), "neg", {}),
    (("ignoring",), "neg", {}),
    (("no",), "neg", {}),
    (("not",), "neg", {}),
    (("none",), "neg", {}),
    (("nobody",), "neg", {}),  # "publications nobody subscribes to"
    (("noone",), "neg", {}),
    (("zero",), "neg", {}),
    (("different",), "distinct", {}),
    (("unique",), "distinct", {}),
    (("distinct",), "distinct", {}),
    (("various",), "distinct", {}),
    (("each",), "group", {}),
    (("every",), "group", {}),
    (("per",), "group", {}),
    (("by",), "by", {}),
]

#: participles after which "by" names who did it ("given by managers"), never a grouping
_AGENT_PARTICIPLES = frozenset(
    {"given", "written", "done", "taken", "sent", "raised", "reported", "filed", "submitted", "created", "handled",
     "approved", "signed", "issued", "led", "answered", "completed", "entered", "logged"}
)  # fmt: skip

#: the phrases by their first word, each list in the order of :data:`_PHRASES` (the first match wins)
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str, dict[str, object]]]] = {}
for _phrase in _PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase[0][0], []).append(_phrase)

_MONTHLY = {
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "daily": "day",
    "weekly": "week",
}
#: the words of one period's adjective ("yearly fee" over ann_fee_amt, annual_fee)
_SAME_PERIOD = {"yearly": ("yearly", "annual", "ann"), "annual": ("annual", "yearly", "ann"),
                "annually": ("annual", "yearly", "ann")}
#: adjectives whose superlative is their own -est form: "most new members" counts new members, never "newest"
_COMPARED_BY_ENDING = frozenset({"new", "old", "young", "big", "small", "large", "long", "short", "high", "low",
                                 "cheap", "late", "early"})  # fmt: skip
_TIME_UNITS = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "day": "day",
    "days": "day",
    "date": "day",
    "week": "week",
    "weeks": "week",
    "quarter": "quarter",
    "quarters": "quarter",
    "decade": "decade",
    "decades": "decade",
}
_QWORDS = {
    "which",
    "what",
    "who",
    "whom",
    "list",
    "show",
    "give",
    "display",
    "find",
    "get",
    "name",
    "tell",
    "return",
    "fetch",
    "retrieve",
    "select",
    "identify",
    "whose",
    "where",
    "when",
}
#: imperatives that open a second sentence saying what to show ("Give their names.")
_SENTENCE_VERBS = frozenset({"give", "show", "list", "display", "find", "get", "tell", "return", "fetch",
                             "retrieve", "include", "provide"})  # fmt: skip
_TOP = {"top", "first", "bottom", "last"}
_CMP_WORDS: list[tuple[tuple[str, ...], str]] = [
    (("more", "than"), ">"),
    (("greater", "than"), ">"),
    (("higher", "than"), ">"),
    (("larger", "than"), ">"),
    (("bigger", "than"), ">"),
    (("over",), ">"),
    (("above",), ">"),
    (("exceeding",), ">"),
    (("exceeds",), ">"),
    (("exceed",), ">"),
    (("in", "excess", "of"), ">"),
    (("at", "least"), ">="),
    (("no", "less", "than"), ">="),
    (("not", "less", "than"), ">="),
    (("no", "fewer", "than"), ">="),
    (("a", "minimum", "of"), ">="),
    (("minimum", "of"), ">="),
    (("or", "more"), ">="),
    (("or", "better"), ">="),
    (("or", "higher"), ">="),
    (("or", "greater"), ">="),
    (("or", "above"), ">="),
    (("or", "over"), ">="),
    (("or", "lower"), "<="),
    (("or", "below"), "<="),
    (("or", "under"), "<="),
    (("less", "than"), "<"),
    (("fewer", "than"), "<"),
    (("lower", "than"), "<"),
    (("smaller", "than"), "<"),
    (("under",), "<"),
    (("below",), "<"),
    (("at", "most"), "<="),
    (("no", "more", "than"), "<="),
    (("not", "more", "than"), "<="),
    (("up", "to"), "<="),
    (("a", "maximum", "of"), "<="),
    (("maximum", "of"), "<="),
    (("or", "less"), "<="),
    (("or", "fewer"), "<="),
    (("exactly",), "="),
    (("equal", "to"), "="),
    (("equals",), "="),
    (("other", "than"), "<>"),
    (("after",), ">"),
    (("before",), "<"),
    (("after", "the"), ">"),
    (("before", "the"), "<"),
    ((">",), ">"),
    ((">=",), ">="),
    (("<",), "<"),
    (("<=",), "<="),
    (("=",), "="),
    (("!=",), "<>"),
    (("<>",), "<>"),
]

#: the comparison phrases by their first word, each list in the order of :data:`_CMP_WORDS`
_CMP_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _cmp in _CMP_WORDS:
    _CMP_BY_FIRST.setdefault(_cmp[0][0], []).append(_cmp)


#: words of an extreme that a column name may hold (max_elev_deg)
_EXTREMES = frozenset({"max", "maximum", "min", "minimum"})


def _is_num(tok: Token | None) -> bool:
    return tok is not None and tok.kind == "number" and tok.value is not None


#: units that may follow "a"/"an" as the number one: "longer than an hour", "over a kilometre"
_ONE_UNITS = frozenset(
    {
        "hour",
        "minute",
        "second",
        "day",
        "week",
        "kilometre",
        "kilometer",
        "metre",
        "meter",
        "mile",
        "kilogram",
        "kilo",
        "tonne",
        "ton",
        "gram",
        "dollar",
        "euro",
        "pound",
    }
)


#: the last word of a date phrase that may begin a column's name instead ("day rate", "week number")
_UNIT_HEADS = frozenset({"day", "week", "month", "year", "quarter", "hour"})


class Parser:
    def __init__(self, tokens: list[Token], linker: Linker, today: dt.date) -> None:
        self.t = tokens
        self.linker = linker
        self.today = today
        self.items: dict[int, Item] = {}  # first token -> item
        self.taken: set[int] = set()

    def low(self, i: int) -> str:
        return self.t[i].low if 0 <= i < len(self.t) else ""

    def _take(self, item: Item) -> Item:
        for k in range(item.first, item.last):
            self.taken.add(k)
        self.items[item.first] = item
        item.text = " ".join(tok.text for tok in self.t[item.first : item.last])
        return item

    def _free(self, first: int, last: int) -> bool:
        return last <= len(self.t) and not any(k in self.taken for k in range(first, last))

    def _phrase_at(self, i: int, words: tuple[str, ...]) -> bool:
        return all(self.low(i + k) == w for k, w in enumerate(words)) and self._free(i, i + len(words))

    # ------------------------------------------------------------------ passes
    def _unit_of_a_column(self, end: int) -> bool:
        """ "the current day rate" over day_rate_pence: the date phrase's last word ("day") begins a column's name
        with the word after it, so it names no date."""
        t = self.t
        if end >= len(t) or t[end - 1].low not in _UNIT_HEADS or not t[end].is_word:
            return False
        unit = t[end - 1].low
        return any(lk.first in (end - 1, end) and lk.last > end and any(
            unit in split_identifier(c.column or "") for c in lk.columns) for lk in self.linker.link(t, self.taken))

    def parse(self) -> list[Item]:
        t = self.t
        for i, tok in enumerate(t):
            if tok.kind == "quoted":
                self._take(Item("literal", i, i + 1))
        for i, tok in enumerate(t):
            # "... a stay? Give the dog's name": an imperative opening a second sentence asks, it names no column
            if i > 0 and t[i - 1].text in SENTENCE_ENDS and tok.low in _SENTENCE_VERBS:
                self._take(Item("qword", i, i + 1))
        for ph in find_date_phrases(t, self.today):
            if self._free(ph.first, ph.last) and not self._unit_of_a_column(ph.last):
                self._take(Item("date", ph.first, ph.last, date=ph))
        self._day_of_week()
        self._inclusions()
        self._comparisons()
        self._signs()
        # schema links that span marker words ("average_rating", "order date") win over markers
        links = self.linker.link(t, self.taken)
        self._apply_links(
            [
                lk
                for lk in links
                if lk.last - lk.first > 1
                and (lk.best_score >= 3.0 or lk.values)
                and not self._extreme_of(lk)
                and not self._aggregate_of(lk, links)
            ],
            strict=True,
        )
        self._phrases(multi=True)
        self._top_and_superlatives()
        self._phrases(multi=False)
        self._single_words(before_links=True)
        links = self.linker.link(t, self.taken)
        self._apply_links(links, strict=False)
        self._single_words(before_links=False)
        for i, tok in enumerate(t):
            if i not in self.taken:
                kind = "punct" if tok.kind in ("punct", "op") else "word"
                if tok.kind == "number":
                    kind = "number"
                item = self._take(Item(kind, i, i + 1))
                if tok.kind == "number" and tok.value is not None:
                    item.nums = (tok.value,)
                    item.currency = tok.currency
        return [self.items[k] for k in sorted(self.items)]

    def _pattern_after(self, j: int) -> None:
        """ "names starting with M": the letters after "starts with" are a pattern, never a stored value ('M')."""
        while j < len(self.t) and self.low(j) in ("the", "a", "an", "letter", "letters", "word", "text", "string"):
            if self._free(j, j + 1):
                self._take(Item("word", j, j + 1))  # "the letter M": "letter" is no code 'L'
            j += 1
        if j < len(self.t) and self.t[j].kind in ("word", "number") and self._free(j, j + 1):
            self._take(Item("word", j, j + 1))

    def _aggregate_of(self, lk: Link, links: list[Link]) -> bool:
        """ "the total fees from completed lessons" with INVOICE.TOTAL_AMOUNT and LESSON.FEE: the first word is the
        aggregate when the words after it name a column of a table the question names, and the whole span only
        columns of tables it does not."""
        if self.low(lk.first) not in ("total", "average", "avg", "mean", "sum") or not lk.columns:
            return False
        rest = [x for x in links if x.first == lk.first + 1 and x.last == lk.last and x.columns]
        outside = [x for x in links if x.last <= lk.first or x.first >= lk.last]
        named = {c.table for x in outside for c in x.tables if c.score >= 2.5}
        mine = {c.table for c in lk.columns}
        theirs = {c.table for x in rest for c in x.columns if c.score >= 1.8}
        return bool(rest) and not mine & named and bool(theirs & named)

    def _extreme_of(self, lk: Link) -> bool:
        """ "the maximum elevation" over max_elev_deg is still the largest value of it; only after another
        aggregate ("average maximum elevation") do the words name the column alone."""
        if self.low(lk.first) not in _EXTREMES:
            return False
        if lk.first > 0 and self.low(lk.first - 1) in ("a", "an", "whose", "its", "their"):
            return False  # "a req with a max salary of 200k": one row's own bound (salaryMaxUSD)
        return lk.first == 0 or self.low(lk.first - 1) not in AGG_WORDS

    def _phrases(self, *, multi: bool) -> None:
        for i in range(len(self.t)):
            for words, kind, payload in _PHRASES_BY_FIRST.get(self.low(i), ()):  # in _PHRASES order
                if (len(words) > 1) != multi or not self._phrase_at(i, words):
                    continue
                if kind == "neg" and words == ("no",) and i + 1 < len(self.t) and self.t[i + 1].joined:
                    continue  # "no-shows": a word of its own, not a negation
                if words == ("amount", "of") and self.linker.names_schema_word("amount"):
                    continue  # "total amount of invoices" with an amount column: that column, not a count
                if words == ("by",) and i > 0 and self.low(i - 1) in _AGENT_PARTICIPLES:
                    continue  # "NPS given by managers": who did it, not a group
                if kind == "order" and i > 0 and self.low(i - 1) in ("have", "has", "had", "who", "that", "never"):
                    continue  # "customers who have ordered by phone": the verb, not a sort
                item = Item(kind, i, i + len(words))
                for key, value in payload.items():
                    setattr(item, key, value)
                self._take(item)
                if kind == "like" and item.adj in ("start", "end"):
                    self._pattern_after(item.last)
                break

    def _comparisons(self) -> None:
        t = self.t
        for i in range(len(t) - 1):  # "an hour" after a comparison: the number one
            if (
                t[i].low in ("a", "an")
                and t[i + 1].low in _ONE_UNITS
                and i > 0
                and t[i - 1].low in ("than", "over", "under", "above", "below", "least", "most", "exceeding", "within")
            ):
                t[i] = replace(t[i], kind="number", value=1.0)
        for i in range(len(t)):
            if i in self.taken:
                continue
            # between N and M / from N to M
            if self.low(i) in ("between", "from") and _is_num(t[i + 1] if i + 1 < len(t) else None):
                sep = self.low(i + 2)
                if ((sep == "and" and self.low(i) == "between") or sep in ("to", "-")) and (
                    i + 3 < len(t) and _is_num(t[i + 3]) and self._free(i, i + 4)
                ):
                    a, b = t[i + 1], t[i + 3]
                    item = Item(
                        "cmp",
                        i,
                        i + 4,
                        op="between",
                        nums=(a.value or 0.0, b.value or 0.0),
                        currency=a.currency or b.currency,
                    )
                    self._take(item)
                    continue
            # adjective comparatives: more expensive than N, cheaper than N, older than N
            for k in (1, 2):
                ws = [self.low(i + j) for j in range(k)]
                adj = None
                desc: bool | None = None
                if k == 2 and ws[0] in ("more", "less"):
                    base = ADJ_FORMS.get(ws[1], ws[1])
                    if base in ADJECTIVES:
                        adj, desc = base, ws[0] == "more"
                elif k == 1 and ws[0] in ADJ_FORMS and ws[0].endswith("er"):
                    adj, desc = ADJ_FORMS[ws[0]], True
                avg_at = i + k + 2 if self.low(i + k + 1) == "the" else i + k + 1
                if adj and self.low(i + k) == "than" and self.low(avg_at) in ("average", "mean"):
                    _cols, high = ADJECTIVES[adj]
                    if self._free(i, avg_at + 1):
                        self._take(Item("cmp", i, avg_at + 1, op=">" if desc == high else "<", adj=adj, func="AVG"))
                    break
                if adj and self.low(i + k) == "than" and _is_num(t[i + k + 1] if i + k + 1 < len(t) else None):
                    _cols, high = ADJECTIVES[adj]
                    up = desc == high
                    num = t[i + k + 1]
                    if self._free(i, i + k + 2):
                        self._take(
                            Item(
                                "cmp",
                                i,
                                i + k + 2,
                                op=">" if up else "<",
                                nums=(num.value or 0.0,),
                                currency=num.currency,
                                adj=adj,
                            )
                        )
                    break
            if i in self.taken:
                continue
            # compared with the average: "more than the average", "above average", "cheaper than average"
            for words, op in _CMP_BY_FIRST.get(self.low(i), ()):  # in _CMP_WORDS order
                n = len(words)
                if op in ("=", "<>") or not self._phrase_at(i, words):
                    continue
                k = i + n
                if self.low(k) == "the":
                    k += 1
                if self.low(k) in ("average", "mean", "avg") and self._free(i, k + 1):
                    self._take(Item("cmp", i, k + 1, op=op, func="AVG"))
                    break
            if i in self.taken:
                continue
            for words, op in _CMP_BY_FIRST.get(self.low(i), ()):  # in _CMP_WORDS order
                n = len(words)
                if words[0] == "or":
                    # N or more: the number comes first
                    if i > 0 and _is_num(t[i - 1]) and self._phrase_at(i, words) and self._free(i - 1, i):
                        num = t[i - 1]
                        self._take(Item("cmp", i - 1, i + n, op=op, nums=(num.value or 0.0,), currency=num.currency))
                        break
                    continue
                if self._phrase_at(i, words) and _is_num(t[i + n] if i + n < len(t) else None):
                    num = t[i + n]
                    end = i + n + 1
                    adj = None
                    # "over 65 years old", "under 18 years of age": an age
                    if self.low(end) in ("years", "year", "yrs") and (
                        self.low(end + 1) == "old" or (self.low(end + 1) == "of" and self.low(end + 2) == "age")
                    ):
                        adj = "old"
                        end += 2 if self.low(end + 1) == "old" else 3
                    if self._free(i, end):
                        self._take(Item("cmp", i, end, op=op, nums=(num.value or 0.0,), currency=num.currency, adj=adj))
                    break

    def _inclusions(self) -> None:
        """ "accounts created in 2024, including deleted ones", "trainers, active or not", "(refunds included)":
        a state the question says not to filter on; the words are taken whole and no condition comes of them."""
        t, n = self.t, len(self.t)

        def clause_end(j: int) -> bool:
            return j >= n or t[j].kind in ("punct", "op")

        for i in range(n):
            if not self._free(i, i + 1):
                continue
            j = None
            if self.low(i) in ("including", "incl") and i + 1 < n and t[i + 1].is_word:
                j = i + 2
                if self.low(i + 1) in ("the", "any", "all"):
                    j = i + 3 if i + 2 < n and t[i + 2].is_word else None
                if j is not None and self.low(j) in ("ones", "rows", "records", "entries", "too"):
                    j += 1
            elif (
                t[i].is_word
                and self.low(i + 1) == "or"
                and self.low(i + 2) == "not"
                and i > 0
                and t[i - 1].kind == "punct"
            ):
                j = i + 3
            elif (  # "revenue per item type (refunds included)", ", cancelled ones included"
                t[i].is_word
                and i > 0
                and t[i - 1].kind in ("punct", "op")
                and "included" in (self.low(i + 1), self.low(i + 2) if self.low(i + 1) in ("ones", "too") else "")
            ):
                j = i + 2 if self.low(i + 1) == "included" else i + 3
            if j is not None and clause_end(j) and self._free(i, j):
                self._take(Item("also", i, j))

    def _signs(self) -> None:
        """ "a negative balance", "positive amounts": compared with zero."""
        for i, tok in enumerate(self.t):
            if i in self.taken or tok.low not in ("negative", "positive", "nonzero", "non"):
                continue
            op = {"negative": "<", "positive": ">", "nonzero": "<>"}.get(tok.low)
            if op is None:
                continue
            self._take(Item("cmp", i, i + 1, op=op, nums=(0.0,)))

    def _top_and_superlatives(self) -> None:
        t = self.t
        for i in range(len(t)):
            if i in self.taken:
                continue
            low = self.low(i)
            # top 5 / first 10 / bottom 3 / last 5
            if low in _TOP and _is_num(t[i + 1] if i + 1 < len(t) else None):
                n = int(t[i + 1].value or 1)
                desc = None if low in ("top", "first") else False
                if low == "top":
                    desc = True
                self._take(Item("top", i, i + 2, n=n, desc=desc, adj=low))
                continue
            if low in ("top", "bottom") and not _is_num(t[i + 1] if i + 1 < len(t) else None) and self._free(i, i + 1):
                if i > 0 and self.low(i - 1) in ("on", "at"):
                    continue
                self._take(Item("top", i, i + 1, n=1, desc=low == "top", adj=low))
                continue
            # 5 most expensive / 3 largest / 10 oldest (the number first)
            tok = t[i]
            nxt = self.low(i + 1)
            if (
                _is_num(tok)
                and tok.value is not None
                and tok.value.is_integer()
                and 0 < tok.value <= 1000
                and (nxt in ("most", "least") or nxt in ADJ_FORMS or nxt in HIGH_WORDS or nxt in LOW_WORDS)
                and nxt not in ("more", "less", "fewer")
                and self._free(i, i + 1)
            ):
                self._take(Item("top", i, i + 1, n=int(tok.value)))
        for i in range(len(t)):
            if i in self.taken:
                continue
            low = self.low(i)
            nxt = self.low(i + 1)
            # most expensive / least expensive / most popular
            if (
                low in ("most", "least")
                and nxt in STATE_ADJECTIVES
                and i + 2 < len(t)
                and t[i + 2].is_word
                and self.linker.values.lookup([nxt])
            ):
                continue  # "the most active listings": the listings whose stored status is 'Active', counted
            if low in ("most", "least") and (nxt in ADJECTIVES or ADJ_FORMS.get(nxt) in ADJECTIVES) and \
                    not (nxt in _COMPARED_BY_ENDING and low == "most"):  # ("the most new members": a count of them)
                base = ADJ_FORMS.get(nxt, nxt)
                high = ADJECTIVES[base][1]
                desc = high if low == "most" else not high
                if self._free(i, i + 2):
                    self._take(Item("adj", i, i + 2, adj=base, desc=desc))
                continue
            if low in ("best", "top", "highest", "worst", "lowest") and nxt in ("selling", "rated", "paid"):
                if self._free(i, i + 2):
                    base = nxt if nxt in ADJECTIVES else "popular"
                    desc = low in ("best", "top", "highest")
                    self._take(Item("adj", i, i + 2, adj=base, desc=desc))
                continue
            if (
                low in ADJ_FORMS
                and low.endswith("est")
                and nxt == "first"
                and i > 0
                and self.low(i - 1) == ","
                and self._free(i, i + 2)
            ):
                # "total weight by carrier, heaviest first": the direction of the sort, after the comma
                self._take(Item("order", i, i + 2, desc=ADJECTIVES[ADJ_FORMS[low]][1]))
                continue
            if low in ADJ_FORMS and low.endswith("est") and low not in ("largest", "biggest", "smallest"):
                base = ADJ_FORMS[low]
                self._take(Item("adj", i, i + 1, adj=base, desc=ADJECTIVES[base][1]))
                continue
            if low in ("most", "recent") and nxt == "recent" and self._free(i, i + 2):
                self._take(Item("adj", i, i + 2, adj="recent", desc=True))
                continue

    def _apply_links(self, links: list[Link], strict: bool) -> None:
        for lk in sorted(links, key=lambda x: (-(x.last - x.first), -x.best_score, x.first)):
            if not self._free(lk.first, lk.last) or self._reports_to(lk) or self._kind_of(lk, links):
                continue
            tables = [c for c in lk.tables if c.score >= 1.0]
            columns = [c for c in lk.columns if c.score >= 1.0 and not self._kind_of_another(lk, c)]
            if not tables and not columns and not lk.values:
                continue
            if strict and not (tables or columns or lk.values):
                continue
            unit = self.low(lk.first) if lk.last - lk.first == 1 else ""
            if unit in ("year", "month", "quarter", "decade", "week") and not tables and not lk.values and \
                    all(c.score < 2.0 for c in columns):
                continue  # "in each year" beside qualified_year: a unit of time, not half a column's name
            values = [] if self._role_named(lk, columns) else self._signed(lk.last, list(lk.values))
            self._take(Item("link", lk.first, lk.last, tables=tables, columns=columns, values=values))

    def _role_named(self, lk: Link, columns: list[Candidate]) -> bool:
        """ "staff with their manager's name" beside a self-referencing ``mgr_id`` and a stored role 'MGR': the
        possessive role with "name" is the row the key points to, not the rows holding that role."""
        if not lk.values or not self.t[lk.last - 1].possessive or self.low(lk.last) not in ("name", "names"):
            return False
        schema = self.linker.schema
        return any(
            c.column in e.child_cols for c in columns for e in schema.self_edges(c.table)
        )

    def _kind_of(self, lk: Link, links: list[Link]) -> bool:
        """ "each kind of work", "what type of coverage": the classifier word before "of" names no column of its
        own when the words after it name a text column (strWork), which the question groups or filters by;
        another table's strKind is not it.  ("type of vehicle" over vehicle_type is one link of three words.)"""
        t = self.t
        if lk.last - lk.first != 1 or singular(t[lk.first].low) not in CLASSIFIER_WORDS or lk.tables or lk.values:
            return False
        if lk.last + 1 >= len(t) or t[lk.last].low != "of":
            return False
        after = next((x for x in links if x.first == lk.last + 1 and not x.values), None)
        if after is None or not after.columns:
            return False
        best = max(after.columns, key=lambda c: c.score)
        meta = self.linker.schema.tables.get(best.table)
        col = meta.column(best.column) if meta is not None and best.column else None
        return col is not None and col.kind in ("text", "other") and best.score >= max(c.score for c in lk.columns)

    def _day_of_week(self) -> None:
        """ "which day of the week", "per weekday": the column that names a date's weekday (day_name, weekday,
        dow) when the schema has exactly one; with none the words are left to refuse (never grouped by the date)."""
        t = self.t
        for i in range(len(t)):
            if t[i].low in ("weekday", "weekdays"):
                span = (i, i + 1)
            elif [x.low for x in t[i : i + 4]] in (["day", "of", "the", "week"], ["days", "of", "the", "week"]):
                span = (i, i + 4)
            else:
                continue
            if not self._free(*span):
                continue
            found = [(m.name, c.name) for m in self.linker.schema.tables.values() for c in m.columns
                     if c.kind in ("text", "number", "other") and (
                         set(c.words) & {"weekday", "dow"} or {"day", "name"} <= set(c.words)
                         or {"day", "week"} <= set(c.words))]
            if len(found) == 1:
                table, column = found[0]
                self._take(Item("link", span[0], span[1],
                                columns=[Candidate("column", table, column, 3.2, span[0], span[1])]))
            else:
                self._take(Item("word", span[0], span[1]))

    def _kind_of_another(self, lk: Link, cand: Candidate) -> bool:
        """ "what kind of item" is not kind_of_place: a classifier column written out as the kind OF a thing names
        that thing's kind; said of another noun, the word is not that column."""
        t = self.t
        if lk.last - lk.first != 1 or singular(t[lk.first].low) not in CLASSIFIER_WORDS or self.low(lk.last) != "of":
            return False
        meta = self.linker.schema.tables.get(cand.table)
        col = meta.column(cand.column) if meta is not None and cand.column else None
        if col is None or "of" not in col.words[:-1]:
            return False
        thing = col.words[col.words.index("of") + 1 :]
        nxt = self.low(lk.last + 1)
        if nxt in ("the", "a", "an"):
            nxt = self.low(lk.last + 2)
        return not any(forms(w) & forms(nxt) for w in thing)

    def _reports_to(self, lk: Link) -> bool:
        """ "technicians who report to Jonas Nyland": with a self-referencing key in the schema, "report to"
        says who is above whom, not a column such as reported_dt."""
        if lk.last - lk.first != 1 or not (lk.columns or lk.tables) or lk.values:
            return False  # (a table of reports, dmg_rpt, is no more the verb's meaning than reported_dt)
        if self.t[lk.first].low not in REPORT_WORDS or self.low(lk.last) != "to":
            return False
        schema = self.linker.schema
        return any(schema.self_edges(t) for t in schema.tables)

    def _signed(self, end: int, values: list[ValueHit]) -> list[ValueHit]:
        """Stored values of one column that differ only in a sign ('O+', 'O-'): the sign typed right after
        the words ("blood type O-") keeps the one that ends with it, and is taken with them."""
        after = self.t[end] if end < len(self.t) else None
        if after is None or after.text not in ("+", "-") or after.start != self.t[end - 1].end:
            return values
        signed = [v for v in values if v.value.endswith(after.text)]
        if signed and len(signed) < len(values):
            self.taken.add(end)
            return signed
        return values

    def _single_words(self, *, before_links: bool) -> None:
        t = self.t
        for i, tok in enumerate(t):
            if i in self.taken or not tok.is_word:
                continue
            low = tok.low
            if before_links:
                if low in _QWORDS and (i == 0 or low in ("which", "what", "who", "whose")):
                    self._take(Item("qword", i, i + 1))
                elif low in ("count", "tally"):
                    self._take(Item("count", i, i + 1))
                elif low in ("most", "highest", "greatest", "maximum", "max", "biggest", "largest", "top"):
                    self._take(Item("high", i, i + 1, func="MAX"))
                elif low in ("least", "fewest", "lowest", "minimum", "min", "smallest"):
                    self._take(Item("low", i, i + 1, func="MIN"))
                elif low in ("total", "sum", "average", "avg", "mean", "combined", "overall"):
                    item = self._take(Item("agg", i, i + 1, func=AGG_WORDS[low]))
                    # the word may also name a column ("invoice total"): keep the candidates
                    blocked = set(range(len(t))) - {i}
                    for lk in self.linker.link(t, blocked):
                        if lk.first == i and lk.last == i + 1:
                            item.columns = [c for c in lk.columns if c.score >= 2.5]
                elif low in ("percentage", "percent", "proportion", "fraction") or (
                    low in ("share", "ratio", "rate") and self.low(i + 1) == "of"
                ):
                    self._take(Item("percent", i, i + 1, nums=(100.0 if low.startswith("percent") else 1.0,)))
                elif low in _MONTHLY and not any(
                        self.linker.names_schema_word(w) for w in _SAME_PERIOD.get(low, (low,))) \
                        and not self.linker.values.lookup([low]):  # monthly_fee: a column; plan 'weekly': a value
                    self._take(Item("timeunit", i, i + 1, unit=_MONTHLY[low], role="group"))
                continue
            if low in REVENUE_WORDS:
                self._take(Item("revenue", i, i + 1))
            elif low in _TIME_UNITS:
                self._take(Item("timeunit", i, i + 1, unit=_TIME_UNITS[low]))
            elif low in ("earliest", "latest", "newest", "oldest"):
                self._take(Item("adj", i, i + 1, adj=ADJ_FORMS[low], desc=ADJECTIVES[ADJ_FORMS[low]][1]))
            elif low in ("alphabetical",):
                self._take(Item("order", i, i + 1, desc=False, adj="alpha"))
            elif low in HIGH_WORDS and low not in ("more",):
                self._take(Item("high", i, i + 1, func="MAX"))
            elif low in LOW_WORDS and low not in ("less", "fewer"):
                self._take(Item("low", i, i + 1, func="MIN"))

