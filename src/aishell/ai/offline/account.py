"""The last pass: every content word of the question must be accounted for in the query (issue 14).

After the planner has built its :class:`~aishell.ai.offline.ir.Query`, each item of the
question is checked against what actually reached the query: the tables it reads (and the
tables on the join paths between them), the columns it names, the values it compares, its
aggregates, groups and orders.  A word that contributed nothing would be silently dropped,
and a query that silently drops a word answers another question with confidence: the
translator refuses instead and names the word.

The bookkeeping is derived from the query, not only from the planner's ``used`` flags:

* a table, column or value item is accounted when its table, column or value is in the query;
* a marker (count, group, distinct) when the query has that shape;
* a verb between two tables that the query joins names that join ("teachers who *teach* ...");
* a word whose stem is a word of a column or table in the query names that column ("*hired* most
  recently" -> ``hire_date``);
* a unit after a number, or after "in", when the column carries that unit or none (another unit of the
  same kind is converted: ms/s/min/h, mm/cm/m/km, g/kg/t, cents/pence -> units; another kind refuses);
* "current", "currently", "still" by the NULL end date of a history table the query reads.

Also refused here: two different values of one column in one AND, a raw self-referencing key shown
where a name was asked for, an aggregated column that no word of the question names (when the table
offers others), and a "who"/"which" question answered by a bare total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.ir import (
    Agg,
    CodeText,
    Col,
    Cond,
    CountOf,
    DatePart,
    Expr,
    Lit,
    PerParent,
    Product,
    Query,
    Ratio,
    Related,
    Scaled,
    Span,
    TableAgg,
    Total,
    walk_conds,
)
from aishell.ai.offline.lexicon import (
    ABBREVIATIONS,
    CREATION_WORDS,
    DELETE_WORDS,
    END_WORDS,
    FUNCTION_WORDS,
    MONEY_WORDS,
    REVENUE_WORDS,
    SECONDARY_DATE_WORDS,
    STATE_ADJECTIVES,
    STATE_COLUMN_WORDS,
    STATE_PARTICIPLES,
    WIN_WORDS,
)
from aishell.ai.offline.plan_routes import RouteCheck
from aishell.ai.offline.sqlgen import tables_in_cond, tables_in_expr
from aishell.ai.offline.text import (
    IRREGULAR_VERBS,
    forms,
    irregular_base,
    past_participle,
    singular,
    split_identifier,
    stem,
)
from aishell.ai.offline.units import CLASS_WORDS, LENGTHS, SHORT_UNITS, UNITS, column_unit
from aishell.ai.offline.values import abbreviates, abbreviation_like

if TYPE_CHECKING:
    from aishell.ai.offline.parse import Item
    from aishell.ai.offline.plan_state import PlanState
    from aishell.ai.offline.schema import ColumnMeta

#: item kinds that never carry content of their own
_NEUTRAL = frozenset({"qword", "punct", "zero", "also"})

#: kinds whose items the planner always places when it uses them: unused means dropped
_STRICT = frozenset(
    {
        "cmp",
        "date",
        "literal",
        "like",
        "null",
        "notnull",
        "neg",
        "percent",
        "timeunit",
        "agg",
        "high",
        "low",
        "adj",
        "top",
        "order",
        "sortkey",
        "value",
        "number",
    }
)

#: words of opposite meaning in column names ("including"/"excluding" tax, "gross"/"net" weight)
_ANTONYMS = (("including", "excluding"), ("incl", "excl"), ("gross", "net"), ("inbound", "outbound"),
             ("debit", "credit"), ("minimum", "maximum"))  # fmt: skip

#: words that ask for one row's own value, not a total ("the highest single bid", "the heaviest individual load")
_SINGLE_WORDS = frozenset({"single", "individual", "ever"})

#: verbs that only say an event happened ("held", "took place"): before a stored place they add nothing
_HAPPEN_VERBS = frozenset({"happened", "happen", "happens", "occurred", "occur", "occurs", "held"})

#: verbs of an outcome, not of taking part: "the yacht that won the race" is not every yacht in it
_OUTCOME_VERBS = frozenset(
    {"won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beaten", "defeated", "defeat"}
)

#: participles of making a row ("rides were taken", "orders were placed"), never a state a row is in
_MAKING_PARTICIPLES = frozenset({"taken", "made", "placed", "held", "booked", "created", "written", "issued", "logged",
                                 "recorded", "registered", "submitted", "filed", "posted", "reported", "raised", "sent",
                                 "received", "opened", "run", "conducted", "given", "entered", "added"})  # fmt: skip

#: the base forms of verbs of recording an event, after "did we" ("how many payments did we receive last month")
_BASE_EVENT_VERBS = frozenset({
    "write", "create", "make", "place", "issue", "give", "record", "log", "report", "register", "submit", "file",
    "post", "publish", "release", "add", "enter", "open", "raise", "send", "receive", "sign", "join", "start", "begin",
    "happen", "occur", "hold", "take", "book", "schedule", "sell", "buy", "order", "pay", "do", "complete", "finish",
    "acquire", "purchase", "install", "hire", "found", "establish", "deliver", "ship", "sow", "plant", "harvest",
    "activate", "enroll", "enrol", "admit", "launch", "build", "produce",
})  # fmt: skip

#: general English verbs of recording an event: "reviews written in 2024", "invoices issued in May"
_EVENT_VERBS = _BASE_EVENT_VERBS | frozenset(
    {
        "written",
        "wrote",
        "created",
        "made",
        "placed",
        "issued",
        "given",
        "recorded",
        "logged",
        "reported",
        "registered",
        "submitted",
        "filed",
        "posted",
        "published",
        "released",
        "added",
        "entered",
        "opened",
        "raised",
        "sent",
        "received",
        "signed",
        "joined",
        "started",
        "begun",
        "began",
        "happened",
        "occurred",
        "held",
        "taken",
        "booked",
        "scheduled",
        "sold",
        "bought",
        "ordered",
        "paid",
        "done",
        "completed",
        "finished",
        "became",
        "become",
        "acquired",
        "purchased",
        "installed",
        "hired",
        "founded",
        "established",
        "born",
        "delivered",
        "shipped",
        "sown",
        "planted",
        "harvested",
        "activated",
        "enrolled",
        "admitted",
        "launched",
        "built",
        "produced",
    }
)

#: prepositions whose object is a noun phrase ("in women", "for members"), never a verb
_NOUN_PREPOSITIONS = frozenset({"in", "of", "for", "from", "with", "at", "on", "among", "about", "into", "per",
                                "under", "over", "between", "within"})  # fmt: skip

#: participles that restate how a summed quantity came about: "energy delivered", "fees collected"
_QUANTITY_PARTICIPLES = frozenset(
    {"delivered", "collected", "generated", "produced", "consumed", "used", "charged", "earned", "raised",
     "spent", "paid", "received", "sold", "shipped", "carried", "transported", "recorded", "logged",
     "harvested", "donated", "billed", "invoiced", "burned", "burnt", "emitted", "driven", "flown", "travelled",
     "traveled", "covered", "processed", "handled", "served", "brought", "hauled", "moved", "dispensed"}
)  # fmt: skip

#: verbs of an outcome before the value it is ("ended in a hire", "resulted in a draw", "finished as winner")
_RESULT_VERBS = frozenset(
    {
        "ended",
        "ends",
        "end",
        "ending",
        "resulted",
        "result",
        "results",
        "finished",
        "finish",
        "finishes",
        "closed",
        "concluded",
        "led",
        "turned",
    }
)

#: verbs of measure before a comparison: "worth more than 3 credits", "cost less than 5"
_MEASURE_VERBS = frozenset(
    {
        "worth",
        "cost",
        "costs",
        "costing",
        "priced",
        "weigh",
        "weighs",
        "weighing",
        "last",
        "lasts",
        "lasted",
        "lasting",
        "take",
        "takes",
        "took",
        "measure",
        "measures",
        "measuring",
        "earn",
        "earns",
        "earned",
        "earning",
        "pay",
        "pays",
        "paid",
        "paying",
        "charge",
        "charges",
        "charged",
        "score",
        "scores",
        "scored",
        "run",
        "runs",
        "ran",
        # capacity: "listings that sleep at least 6 guests" (max_guests)
        "sleep",
        "sleeps",
        "accommodate",
        "accommodates",
        "fit",
        "fits",
    }
)

#: verbs of money coming in or going out: accounted by a sum of money ("how much did we earn", "collect")
MONEY_VERBS = frozenset({"received", "receive", "collected", "collect", "earned", "earn", "made", "make", "took",
                          "taken", "spent", "spend", "paid", "pay", "raised", "billed", "charged", "invoiced",
                          "charge", "bill", "invoice",
                          "generated", "generate", "brought", "bring", "owe", "owed"})  # fmt: skip

#: nouns that name a duration: accounted by a measured column in a unit of time
_DURATION_NOUNS = frozenset({"time", "times", "duration", "durations", "length", "period"})

#: nouns that name any measure being summed or averaged: "the total sales amount"
_MEASURE_NOUNS = frozenset({"amount", "amounts", "sum", "sums", "figure", "figures", "quantity", "money"})

#: the verb after "and when" ("and when it was reported", "and when they joined")
_WHEN_VERB = re.compile(r"(?:(?:it|they|he|she|this|that|the\s+[a-z]+)\s+)?(?:(?:was|were|is|are|got)\s+)?"
                        r"([a-z]{4,}(?:ed|en))\b")


class _NoCol:
    words: tuple[str, ...] = ()


_NOCOL = _NoCol()


class _NoColMeta:
    kind = ""


_NOCOL_META = _NoColMeta()

#: words that ask for the rows in force now
#: "on our books" (said so by translate._IDIOMS): the rows there now where a date ends a row, else every row
ON_BOOKS = "onbooks"
_CURRENT_WORDS = frozenset({"current", "currently", "still", "now", "presently", "ongoing", ON_BOOKS})
#: stored statuses that say a row is in force now
_IN_FORCE = frozenset({"active", "current", "actv", "act", "in force", "ongoing", "in progress", "live", "open"})

#: words of a column that starts a period
START_WORDS = frozenset({"start", "started", "starts", "begin", "began", "begins", "entry", "entered", "enter",
                          "created", "create", "opened", "open", "filed", "filing", "from", "checkin", "arrival",
                          "arrive", "arrived", "pickup", "raised", "reported", "submitted", "placed", "logged", "in",
                          "admitted", "admission", "admit"})



#: revenue words that may also count rows ("number of sales")
_ROW_REVENUE_WORDS = frozenset({"sales"})

#: words before a noun phrase ("a cancelled sailing")
_DETERMINERS = frozenset({"a", "an", "the", "any", "no", "some", "every", "each"})

#: words after which a participle stands as an adjective of the next noun ("of completed walks")
_BEFORE_ADJECTIVE = frozenset({"", "the", "a", "an", "of", "all", "any", "for", "with", "by", "in", "on", "our", "my",
                               "their", "many", "much", "total", "number", "average", "list", "show",
                               "current", "former", "past", "present", "existing"})  # fmt: skip

#: words of a table that holds targets rather than what happened (sla_targets, sales_quotas, budgets)
_TARGET_WORDS = frozenset({"target", "targets", "goal", "goals", "quota", "quotas", "sla", "slas", "budget",
                           "budgets", "benchmark", "benchmarks", "forecast", "forecasts"})  # fmt: skip

#: words that join two adjectives of the same rows ("failed + returned shipments")
_COORDINATORS = frozenset({"+", "and", "or", ",", "&", "/"})

#: verbs of a value changing over time: comparing two moments is not something a query here is built for
_CHANGE_VERBS = frozenset(
    {"rise", "rises", "increase", "increases", "growth", "decline", "declines",
     "rose", "risen", "fell", "fallen", "increased", "decreased", "grew", "grown", "dropped", "declined",
     "doubled", "halved", "jumped", "climbed", "shrank", "shrunk", "improved", "worsened", "change", "changed"}
)  # fmt: skip

#: words that turn a question around: one the parser left as a plain word was not read
_NEGATIONS = frozenset({"no", "not", "never", "none", "nobody", "nothing", "without", "nor", "neither"})

def _negated_participle(low: str) -> bool:
    """ "unsold", "unassigned", "unopened": a past participle negated by "un" (not "under", "united", "unique")."""
    rest = low[2:]
    return low.startswith("un") and (
        rest in IRREGULAR_VERBS or (rest.endswith("ed") and len(rest) >= 5)
    )


#: words of a column's name that only say it is a date
_DATE_CLASS_WORDS = frozenset({"date", "dt", "dte", "on", "at", "ts", "time", "timestamp", "day", "d"})

#: words in a column's name that leave the next word out (``total_excluding_tax``, ``amt_ex_vat``)
_LEAVING_OUT = frozenset({"excluding", "excl", "ex", "without", "pre", "before", "minus", "less", "net"})

#: words of a superlative ("their latest inspection", "its first booking")
_SUPERLATIVE_WORDS = frozenset({"latest", "last", "first", "earliest", "newest", "oldest", "highest", "lowest",
                                "biggest", "largest", "smallest", "best", "worst", "most", "least", "previous",
                                "final"})  # fmt: skip

#: function words that are verbs after a subject or auxiliary ("the complete list" / "walks did we complete")
_VERB_FUNCTION_WORDS = frozenset({"complete", "set", "sort", "put"})
_BEFORE_VERB = frozenset({"we", "they", "you", "i", "did", "do", "does", "to", "has", "have", "had", "will", "not"})

#: words of wholeness: "the full list" asks for everything, but "the class is full" says a state of the rows
_WHOLE_WORDS = frozenset({"full", "complete", "whole", "entire", "empty"})
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "became", "become"})

#: prepositions of a second question's "and at which ...", "and on which ...", "and from what ..."
_ASKING_PREPS = frozenset({"at", "on", "in", "from", "for", "with", "by", "to", "under", "into"})

#: words of a contrast between two rows or values ("other than", "except")
_CONTRAST_WORDS = frozenset({"other", "except", "besides", "apart", "otherwise", "else"})

#: particles that make a phrasal verb ("sold out", "dropped out", "called off")
_PARTICLES = frozenset({"out", "off", "up", "down", "away", "ahead"})

#: words of being late, which compare a date with today or with another date ("past their due date", "overdue")
_LATENESS = frozenset({"past", "overdue", "late", "later", "early", "earlier", "beyond", "lapsed"})
#: words that finish a verb rather than name something ("taken home", "brought back", "bought something")
_VERB_PARTICLES = _PARTICLES | {"home", "back", "over", "in", "on", "around", "something", "anything", "nothing",
                                "everything", "someone", "anyone", "one", "time"}  # fmt: skip

#: phrasal verbs of becoming a row ("signed up"): the row's creation, as "joined" or "registered"
_JOINING_PHRASALS = frozenset({("signed", "up"), ("sign", "up"), ("signs", "up"), ("signing", "up")})

#: prepositions that order two events in time: never a verb that names a join
_TIME_PREPOSITIONS = frozenset(
    {"after", "before", "until", "till", "since", "during", "while", "prior", "following", "earlier", "later", "within"}
)
#: words before "make" used as a verb ("did we make", "to make")
_MAKE_SUBJECTS = frozenset({"did", "do", "does", "we", "they", "you", "i", "to", "will", "can", "could"})
#: verbs of money coming in, said of rows that hold it ("payments received", "fees collected")
_TAKINGS_VERBS = frozenset({"received", "collected", "earned", "paid", "billed", "charged", "invoiced", "raised"})
#: adverbs of time no date rule read ("guests staying tonight"): a time the query does not test, never a verb
_TIME_ADVERBS = frozenset({"tonight", "tomorrow", "yesterday", "overnight", "soon", "lately", "recently", "nowadays"})

#: first words of two-word units ("square metres", "kilowatt-hours")
_UNIT_HEADS = frozenset({"square", "sq", "watt", "kilowatt", "megawatt", "gigawatt"})
_POWER = {"watt": 1.0, "kilowatt": 1000.0, "megawatt": 1e6, "gigawatt": 1e9}
_FEET = frozenset({"ft", "foot", "feet"})


def _compound_unit(head: str, tail: str) -> tuple[str, float, str] | None:
    """The unit two words make together: square metres (area), megawatt-hours (energy)."""
    if head in ("square", "sq"):
        if tail in _FEET:
            return ("area", 0.09290304, "")
        length = LENGTHS.get(tail)
        return ("area", length * length, "") if length is not None else None
    if head in _POWER and tail in ("hour", "hours", "h", "hr", "hrs"):
        return ("energy", _POWER[head], "")
    return None


def _full_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(x for w in words for x in (w, *ABBREVIATIONS.get(w, ())))


def _back_in(c: ColumnMeta, dated: list[ColumnMeta]) -> bool:
    """``in_ts`` beside ``out_ts`` (a checkout, a key signed out): the time it came back in ends the row, when it
    alone may be unset (a repair's ``dtm_in``/``dtm_out`` runs the other way, and its out is the one unset)."""
    if "in" not in c.words or not c.nullable:
        return False
    twin = tuple("out" if w == "in" else w for w in c.words)
    return any(d.words == twin and not d.nullable for d in dated)


#: documents and cover a row holds, whose expiry is theirs, never the end of the row
_DOCUMENT_WORDS = frozenset({"cert", "certificate", "licence", "license", "insurance", "warranty", "passport", "visa",
                             "mot", "guarantee", "permit", "registration", "accreditation", "dbs"})  # fmt: skip


def says_an_end(words: tuple[str, ...]) -> bool:
    """A column's name says the row's end: an end word, in full or with its vowels left out (``lft_dt``,
    ``sld_dt``, ``trmntd_dt``)."""
    if set(_full_words(words)) & END_WORDS:
        return True
    if len(words) == 2 and words[0] == "term" and words[1] in ("date", "dt", "on", "at", "ts"):
        return True  # TermDate, term_dt: the day a person's employment was terminated
    if "fin" in words and set(words) & {"fecha", "date", "data", "dt"} and not set(words) & {"yr", "year", "start"}:
        return True  # fecha_fin, date_fin, FIN_DT (finished; never fin_yr_start_dt: a financial year's)
    return any(
        len(w) >= 3 and not set(w) & set("aeiou") and any(len(e) >= 4 and abbreviates(w, e, 0.6) for e in END_WORDS)
        for w in words
    )


def _soft_delete(col: ColumnMeta | None) -> bool:
    """A soft delete's column (deleted_at, purged_on): it keeps a row out of the answer, no event of the row's own."""
    return col is not None and bool(set(_full_words(col.words)) & DELETE_WORDS)


#: words that only qualify the question ("How many in total", "right now", "all the ...")
_SOFT = frozenset(
    {
        "total",
        "now",
        "right",
        "today",
        "ones",
        "one",
        "thing",
        "things",
        "currently",
        "both",
        "either",
        "roughly",
        "approximately",
        "speaking",
        "basically",
        "actually",
        "really",
        "exactly",
        "precisely",
        "altogether",
        "overall",
        "ok",
        "okay",
        "together",
    }
)


#: nouns of the whole set of rows a table keeps ("in the fleet", "in the collection"), when no table is named so
_WHOLE_SET_NOUNS = frozenset(
    {
        "fleet",
        "collection",
        "catalog",
        "catalogue",
        "database",
        "system",
        "roster",
        "portfolio",
        "register",
        "registry",
        "books",
        "records",
        "inventory",
        "file",
        "club",
        "gym",
        "shop",
        "store",
        "studio",
        "practice",
        "company",
        "business",
        "team",
        "organisation",
        "organization",
        "repertoire",
        # what an organisation calls itself ("living at the sanctuary", "left the service", "on the scheme")
        "firm", "sanctuary", "centre", "center", "workshop", "scheme", "service", "guild", "society", "charity",
        "agency", "network", "association", "cooperative", "co-op", "federation", "trust",
        "library",
    }
)


@dataclass
class Used:
    """What reached the query."""

    tables: set[str] = field(default_factory=set)
    cols: set[tuple[str, str]] = field(default_factory=set)
    lits: list[tuple[Col, str, object]] = field(default_factory=list)  # (column, op, value)
    count: bool = False
    agg: bool = False
    measured: bool = False  # an aggregate of a value (SUM, AVG ...), not a count of rows
    distinct: bool = False
    neg: bool = False
    related_targets: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    def expr(self, e: Expr | None) -> None:
        if e is None:
            return
        if isinstance(e, Col):
            self.tables.add(e.table)
            self.cols.add((e.table, e.column))
            if e.role:
                self.roles.add(e.role)
        elif isinstance(e, Product):
            self.expr(e.left)
            self.expr(e.right)
        elif isinstance(e, Span):
            self.expr(e.start)
            self.expr(e.end)
        elif isinstance(e, Total):
            for term in e.cols:
                self.expr(term)
        elif isinstance(e, (DatePart, CodeText)):
            self.expr(e.col)
        elif isinstance(e, Agg):
            self.agg = True
            self.measured |= e.func != "COUNT" and e.arg is not None
            self.count |= e.func == "COUNT"
            self.distinct |= e.distinct
            self.expr(e.arg)
        elif isinstance(e, CountOf):
            self.count = self.agg = True
            self.related(e.related)
            if e.agg is not None:
                self.expr(e.agg)
        elif isinstance(e, PerParent):
            self.count = True
            self.expr(e.total)
            self.expr(e.key)
        elif isinstance(e, Ratio):
            self.count = self.agg = True
            self.measured |= e.weight is not None
            for c in e.conds:
                self.cond(c)
            self.expr(e.weight)
        elif isinstance(e, TableAgg):
            self.agg = self.measured = True
            self.expr(e.col)
            for c in e.where:
                self.cond(c)
        elif isinstance(e, Scaled):
            self.expr(e.inner)

    def related(self, r: Related) -> None:
        self.tables |= {r.outer, r.target}
        self.related_targets.add(r.target)
        for c in r.where:
            self.cond(c)

    def cond(self, c: Cond) -> None:
        self.expr(c.left)
        self.expr(c.right)
        if c.op in ("<>", "not_in", "not_exists", "is_null", "not_like"):
            self.neg = True
        if c.related is not None:
            self.related(c.related)
        for alt in c.alternatives:
            self.cond(alt)
        if isinstance(c.left, Col):
            for v in c.values:
                self.lits.append((c.left, c.op, v.value))


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 6)


def collect(q: Query) -> Used:
    u = Used(tables={q.base})
    for e in [*q.select, *q.group_by, *(e for e, _d in q.order_by)]:
        u.expr(e)
    for c in [*q.where, *q.having]:
        u.cond(c)
    u.distinct |= q.distinct or bool(q.group_by)
    u.tables |= q.left_joins
    return u


def _whole_numbers(data_type: str) -> bool:
    """The column's declared type holds whole numbers only (INTEGER, BIGINT, NUMBER(10))."""
    t = data_type.lower()
    return "int" in t or (t.startswith("number(") and "," not in t)


#: the markers that ask for a number
_HOW_MANY = frozenset({"how many", "how much"})

#: the words before "the <organisation>"
_US_PREPOSITIONS = frozenset({"at", "in", "on", "from", "with", "to", "of", "for", "into", "within", "across"})
#: requests to show rows, which may also be the half of a hyphenated word ("no-show", "wait-list")
_SHOW_WORDS = frozenset({"show", "shows", "list", "lists"})
#: participles of one state, said with either word ("finished" a course beside completedAt)
_FINISHING = frozenset({"completed", "finished"})
#: the words after a question's head noun that start its verb ("Which anesthesia providers *have* worked ...")
_AUXILIARY_AFTER_HEAD = frozenset({"have", "has", "had", "are", "is", "were", "was", "did", "do", "does", "who",
                                   "that", "which", "will", "can"})
_JOINING_VERBS = frozenset({"left", "leave", "leaves", "leaving", "joined", "join", "joins", "joining", "quit",
                            "quitting", "rejoined", "entered"})  # fmt: skip


#: short last words of a column's name that say what it is, not its unit (total_amt, order_qty, net_val): the class
#: words and a few more
_NOT_UNITS = CLASS_WORDS | frozenset({"nr", "tot", "avg", "sum", "pct", "est", "act", "net", "raw", "adj", "new",
                                       "old", "std", "max", "low", "top", "due", "per", "all", "ex", "inc", "vat",
                                       "tax", "fee", "ttl", "bal", "lmt", "cap", "dur", "len", "wt", "vol", "ht",
                                       "dim", "sz"})


def _at_least_one(c: Cond) -> bool:
    """``c`` compares a count with a bound that only a row or more passes (>= 1, > 0)."""
    least = c.values[0].value if c.values else None
    return isinstance(least, (int, float)) and ((c.op == ">=" and least >= 1) or (c.op == ">" and least >= 0))


class Accountant:
    """Checks one built query against the items of its question."""

    def __init__(self, planner: PlanState, q: Query) -> None:
        self.p = planner
        self.q = q
        self.u = collect(q)
        self.joined = set(self.u.tables)
        for t in list(self.u.tables):
            for edge in planner.schema.path(q.base, t) or []:
                self.joined.update((edge.child, edge.parent))
        self.done: set[int] = set()
        self.stems: set[str] = set()
        for t in self.joined:
            meta = planner.meta(t)
            self.stems |= {stem(w) for w in meta.words if len(w) >= 4}
        self.abbrevs: set[str] = set()
        for t in self.joined:  # the key a role word chose ("started at" -> start_station_id)
            for key in planner.meta(t).columns:
                if key.name in self.u.roles:
                    self.stems |= {stem(w) for w in key.words if len(w) >= 4}
        for t, c in self.u.cols:
            cm = planner.meta(t).column(c)
            if cm is not None:
                self.stems |= {stem(w) for w in cm.words if len(w) >= 4}
                self.abbrevs |= {w for w in cm.words if abbreviation_like(w)}

    # ------------------------------------------------------------------ units
    def col_unit(self, col: Col) -> tuple[str, float, str] | None:
        cm = self.p.meta(col.table).column(col.column)
        if cm is None or not cm.words:
            return None
        return column_unit(cm.words)

    def _units(self) -> None:
        """ "longer than 30 minutes" against ``duration_sec``: convert the number; "in euros": the measure's unit."""
        items = self.p.items
        for it in items:  # "bills over $50" against amt_cents: the amount in cents
            have = self.col_unit(it.target) if it.kind == "cmp" and it.currency and it.target is not None else None
            if it.target is not None and have is not None and have[0] == "money" and have[1] != 1.0:
                self._convert_cmp(it, it.target, UNITS["dollars"], "dollars")
        for k, it in enumerate(items):
            if k in self.done or it.kind == "table":  # "meters" naming a table of meters is not a length
                continue
            low = it.text.lower()
            after_number = (x := self.p.item(k - 1)) is not None and x.kind == "cmp" and bool(x.nums) and \
                x.last == it.first  # fmt: skip
            # (a letter is a unit only right after a compared number: "taller than 1.90 m")
            unit = UNITS.get(low) if low not in SHORT_UNITS or after_number else None
            second = self.p.item(k + 1)
            if (
                low in _UNIT_HEADS
                and second is not None
                and second.first == it.last + (1 if self.p.tokens[it.last].text == "-" else 0)
            ):
                # "square metres", "megawatt-hours": two words, one unit
                unit = _compound_unit(low, second.text.lower())
                if unit is not None:
                    self.done.add(k + 1)
            if unit is None or (it.used and it.kind != "column"):
                continue
            prev = self.p.item(k - 1)
            before = self.p.tokens[it.first - 1].low if it.first > 0 else ""
            if prev is not None and prev.kind == "cmp" and prev.nums and prev.used and prev.target is not None:
                self._convert_cmp(prev, prev.target, unit, it.text)
                self.done.add(k)
            elif before in ("in", "into"):
                self._convert_measure(unit, it.text)
                self.done.add(k)
            elif prev is not None and prev.kind in ("high", "low") and prev.last == it.first:
                # "the most tonnes", "the fewest hours": rank by a quantity in that unit, never by a row count
                if not self._measure_unit(unit, it.text):
                    raise TranslationError(
                        f"'{prev.text} {it.text}' asks to rank by a quantity in {it.text}, which the query does not "
                        f"measure; {REPHRASE}"
                    )
                self.done.add(k)
            elif self._measure_unit(unit, it.text):
                self.done.add(k)  # "total hearing hours": the measure, shown in that unit

    def _factor(self, col: Col, unit: tuple[str, float, str], word: str) -> float:
        """How many of the column's units one question unit is (1.0 when the column names no unit)."""
        have = self.col_unit(col)
        dim, factor, cur = unit
        if have is None:
            cm = self.p.colmeta(col)
            if not cm.numeric or cm.is_year or cm.is_key:
                raise TranslationError(f"{col.column} is not a quantity in {word}; {REPHRASE}")
            if dim == "money" and _whole_numbers(cm.data_type):
                # whole numbers of money may be pence or cents as well as pounds: the name does not say which
                raise TranslationError(f"cannot tell whether {col.column} holds {word} or hundredths of them"
                                       f"; {REPHRASE}")
            tail = cm.words[-1] if len(cm.words) >= 2 else ""
            if 2 <= len(tail) <= 3 and tail.isalpha() and tail not in _NOT_UNITS:
                # volume_ul, weight_oz: a short last word may be a unit the translator does not know
                raise TranslationError(f"cannot tell whether {col.column} is in {word} ('{tail}' may be its unit); "
                                       f"{REPHRASE}")
            for t in self.joined:  # another column carries that unit: this one is not it
                for other in self.p.meta(t).columns:
                    u = self.col_unit(Col(t, other.name))
                    if u is not None and u[0] == dim and other.name != col.column:
                        raise TranslationError(f"{col.column} is not measured in {word}; {REPHRASE}")
            return 1.0
        if have[0] != dim:
            raise TranslationError(f"{col.column} is not measured in {word}; {REPHRASE}")
        if have[2] and cur and have[2] != cur:
            raise TranslationError(f"{col.column} is in {have[2].upper()}, not in {word}; {REPHRASE}")
        if dim == "money" and factor == 1.0 and have[1] == 1.0:
            return 1.0
        return factor / have[1]

    def _convert_cmp(self, it: Item, col: Col, unit: tuple[str, float, str], word: str) -> None:
        f = self._factor(col, unit, word)
        if f == 1.0:
            return
        said = f"{col.column} {it.text}"  # the explanation keeps the unit the number was said in ("£500" has it)
        if not it.currency:
            self.p.notes[:] = [f"{n} {word}" if n == said else n for n in self.p.notes]
        nums = {float(n) for n in it.nums}

        def measured(e: Expr | None) -> bool:  # the column, or a sum or average of it ("spent more than £500")
            agg = e.agg if isinstance(e, CountOf) else e
            arg = agg.arg if isinstance(agg, Agg) and agg.func in ("SUM", "AVG", "MIN", "MAX") else None
            return e == col or arg == col or (isinstance(arg, Product) and col in (arg.left, arg.right))

        def fix(c: Cond) -> None:
            if (
                measured(c.left)
                and c.values
                and all(isinstance(v.value, (int, float)) and float(v.value) in nums for v in c.values)
            ):
                c.values = tuple(type(v)(_num(float(v.value) * f)) for v in c.values)  # type: ignore[arg-type]
            for a in c.alternatives:
                fix(a)
            if c.related is not None:
                for x in c.related.where:
                    fix(x)

        ratios = [c for e in self.q.select if isinstance(e, Ratio) for c in e.conds]  # "share ... longer than 5 min"
        for c in [*self.q.where, *self.q.having, *ratios]:
            fix(c)

    def _measure_unit(self, unit: tuple[str, float, str], word: str) -> bool:
        """A unit naming the one measure of the answer ("hearing hours" over ``duration_min``)."""
        measures = [e for e in self.q.select if isinstance(e, Agg) and e.func != "COUNT" and isinstance(e.arg, Col)]
        if len(measures) != 1:
            return False
        assert isinstance(measures[0].arg, Col)
        have = self.col_unit(measures[0].arg)
        if have is None:
            return False
        self._convert_measure(unit, word)
        return True

    def _convert_measure(self, unit: tuple[str, float, str], word: str) -> None:
        found = False
        summed = any(isinstance(e, Agg) and e.func != "COUNT" for e in self.q.select)
        for i, e in enumerate(self.q.select):
            col = e if isinstance(e, Col) else e.arg if isinstance(e, Agg) and isinstance(e.arg, Col) else None
            if col is None or (isinstance(e, Agg) and e.func == "COUNT") or not self.p.colmeta(col).numeric:
                continue
            if summed and not isinstance(e, Agg):
                continue  # "total tonnes per quarter": the unit is the sum's, not the group's (quarter)
            found = True
            f = self._factor(col, unit, word)
            if f != 1.0:
                scaled = Scaled(e, 1.0 / f)
                self.q.select[i] = scaled
                self.q.order_by = [(scaled if o is e else o, d) for o, d in self.q.order_by]
        if not found:
            raise TranslationError(f"nothing in the answer is measured in {word}; {REPHRASE}")

    # ------------------------------------------------------------------ current rows
    def _current(self) -> None:
        """ "members currently on a plan", "cases still open": the row whose end date is not set yet."""
        items = self.p.items
        for k, it in enumerate(items):
            if it.kind != "word" or it.text.lower() not in _CURRENT_WORDS:
                continue
            if it.text.lower() != "still" and any(
                    c.op == "is_null" and isinstance(c.left, Col) and c.left.table == self.q.base
                    and says_an_end(self.p.colmeta(c.left).words) for c in self.q.where):
                self.done.add(k)  # "loans overdue right now": the state said already holds the row's end unset
                continue
            state_k = self.p.nxt(k, frozenset({"on", "in", "at", "being", "the", "a", "an", "out"}), 2)
            state = self.p.item(state_k)
            if state is not None and state.kind == "value" and state.used and (state_k == k + 1 or (
                    state.role == "filter" and state.values and state.values[0].table == self.q.base
                    and it.text.lower() != ON_BOOKS)):
                return  # "currently active", "currently out on submission" as a stored status of the rows
            if self._state_said_before(k):
                end = self._end_column()
                stated = {h.table for j in range(max(0, k - 4), k) for h in self.p.items[j].values}
                if end is None or end[0].table not in stated:
                    self.done.add(k)  # "available for adoption right now": the status is the one it has now
                    continue
                # ("wagons in service right now" over a history of states: the one in force, its end not set)
            flag = state.columns[0] if state is not None and state.kind == "column" and state.columns else None
            if (
                flag is not None and state is not None and state_k == k + 1 and state.used and state.role == "filter"
                and (self.p.meta(flag.table).column(flag.column or "") or _NOCOL_META).kind == "bool"
            ):  # fmt: skip
                read = [c.table for c in state.columns if (c.table, c.column) in self.u.cols]
                if read and read[0] != self.q.base and self._own_end(self.q.base):
                    # "placements currently active" read as the active flag of the staff who visited them: the
                    # placements' own end date may be what is meant
                    raise TranslationError(f"cannot tell whether '{state.text}' is said of {self.q.base} or of "
                                           f"{read[0]}; {REPHRASE}")  # fmt: skip
                return  # "currently active" over is_active: the flag says it
            if it.text.lower() == "still" and state is not None and state_k == k + 1 and state.role == "filter":
                self.done.add(k)  # "still unpaid": the state word's own condition says it
                continue
            if state is not None and state.kind == "column" and self.p.word(self.p.item(k + 1)) == "on":
                # "products currently on sale" over sale_price: a state of its own, not an end date
                raise TranslationError(f"cannot tell what '{it.text} on {state.text}' tests; {REPHRASE}")
            right_after = state is not None and state_k == k + 1 and state.kind == "table"
            said_of = self.p.table_of(state) if state is not None and right_after else None
            found = self._end_column(said_of)
            if found is None and it.text.lower() == ON_BOOKS:
                # "buildings on our books" with an IsDeleted flag: the ones not deleted; with nothing that ends a
                # row's stay ("dogs on our books"): every row stored
                kept = self.p.kept_rows(self.q.base, flags=True) or self._active_flag(self.q.base)
                if kept is not None and kept not in self.q.where:
                    self.q.where.append(kept)
                self.done.add(k)
                continue
            if found is None:
                self._current_elsewhere(it.text)
                if it.text.lower() != "still":  # "still awaiting harvest": the state word says it
                    self._current_status(k, it.text)
                elif self._still_untested(k, state if state_k == k + 1 else None):
                    # "products that we still sell", "cars still for sale" with no date that ends a row and no
                    # state tested right after: never dropped
                    said = state.text if state is not None and state_k == k + 1 else "..."
                    raise TranslationError(f"'still {said}': nothing dates the end of {self.q.base}; {REPHRASE}")
                return
            col, where = found
            for place in [where, *self._alike_exists(col.table, where)]:
                if Cond("is_null", col) not in place:  # ("still active (have not cancelled)": said once already)
                    place.append(Cond("is_null", col))
            self.done.add(k)
            if state is not None and state_k is not None and state.kind == "word" and not state.used and \
                    not _soft_delete(self.p.meta(col.table).column(col.column or "")) and it.text.lower() != "current":
                # "still open", "still serving": the state the end date closes (a deletion closes none: "still waiting
                # for a deposit" is not said by deleted_at; the adjective "current" says none: "current salaried staff")
                self.done.add(state_k)
            self.p.notes.append(f"{col.column} is not set")
            return

    def _still_untested(self, k: int, state: Item | None) -> bool:
        """ "still" with nothing that dates a row's end: right before a verb no condition reads ("still sell"), or
        before a phrase ("still for sale") with no negation or tested state near it to say what it means."""
        if state is not None and state.text.lower() not in FUNCTION_WORDS and (
            (state.kind == "word" and not state.used) or (state.kind == "column" and state.role != "filter")
        ):
            return True
        return not self.u.neg and not any(x.used and x.role in ("filter", "neg") for x in self.p.items[k + 1 : k + 4])

    def _current_status(self, k: int, word: str) -> None:
        """ "members at the moment" with no end date to read: the one stored status that means in force
        ('Active', 'ACTV', 'Current') on the counted rows; with none, or several, the word is refused."""
        base = self.q.base
        hits = [
            (column, v)
            for (table, column), vals in self.p.values.values.items()
            if table == base
            for v in vals
            if v.strip().lower() in _IN_FORCE
        ]
        if len(hits) != 1:
            raise TranslationError(f"{word!r}: {base} has no end date or status that says a row is current; {REPHRASE}")
        column, value = hits[0]
        if any(c.op in ("=", "ieq", "in") and c.left == Col(base, column) for c in self.q.where):
            self.done.add(k)  # "who is on leave at the moment": the state said is the present one
            return
        self.q.where.append(Cond("=", Col(base, column), (Lit(value),)))
        self.done.add(k)
        self.p.notes.append(f"{column} is {value!r}")

    def _current_elsewhere(self, word: str) -> None:
        """ "How many are in stock right now" answered from a table without periods, while a related history
        table (valid_from/valid_to) records the current state: the query answers another question."""
        for table in self.p.schema.distances(self.q.base):
            if table in self.joined:
                continue
            dated = [c for c in self.p.meta(table).columns if c.kind == "date"]
            ends = [c for c in dated if says_an_end(c.words)]
            starts = [c for c in dated if {"from", "start", "since", "begin", "effective"} & set(c.words)]
            if len(ends) == 1 and starts:
                raise TranslationError(
                    f"{word!r} asks for the rows of {table} in force now, which the query does not read; {REPHRASE}"
                )

    def _state_said_before(self, k: int) -> bool:
        """A stored state of a column of states ('Available' in status_desc) said a few words before "now", in the
        same clause: "now" says that state is the present one."""
        for j in range(max(0, k - 4), k):
            x = self.p.items[j]
            if x.kind == "punct":
                return False
            if x.kind == "value" and x.used and any(
                    set(split_identifier(h.column)) & STATE_COLUMN_WORDS for h in x.values):
                return all(y.kind != "punct" for y in self.p.items[j:k])
        return False

    def _alike_exists(self, table: str, where: list[Cond]) -> list[list[Cond]]:
        """The conditions of the other EXISTS that reach ``table`` too ("currently hold both a laptop and a phone":
        each assignment in force)."""
        if not any(c.related is not None and c.related.where is where for c in self.q.where):
            return []
        return [c.related.where for c in self.q.where if c.op == "exists" and c.related is not None
                and c.related.where is not where and any(
                    table in (e.child, e.parent) for e in self.p.schema.path(c.related.outer, c.related.target) or [])]

    def _own_end(self, table: str) -> bool:
        """The table has one date that ends its rows (a placement's end date)."""
        ends = [c for c in self.p.meta(table).columns if c.kind == "date" and says_an_end(c.words)]
        return len(ends) == 1

    def _active_flag(self, table: str) -> Cond | None:
        """ "properties on our books" beside actv_flg ('Y'/'N'): the table's one flag of being active, set."""
        flag = self.p.active_flag(table)
        return Cond("=", Col(table, flag.name), (Lit(True),)) if flag is not None else None

    def _end_column(self, said_of: str | None = None) -> tuple[Col, list[Cond]] | None:
        """The end date of a history table in the query, and the WHERE list its condition belongs in; ``said_of``: the
        table the word stands before ("our current craftsmen": their one leaving date dates them)."""
        places: list[tuple[str, list[Cond]]] = []
        for c in self.q.where:
            if c.op == "exists" and c.related is not None:
                rel = c.related
                places.append((rel.target, rel.where))
                for edge in self.p.schema.path(rel.outer, rel.target) or []:
                    for t in (edge.child, edge.parent):
                        if t != rel.outer and t not in {p[0] for p in places}:
                            places.append((t, rel.where))
        # a table only looked for in a NOT EXISTS ("employees who never requested time off") is no rows to date
        absent = {c.related.target for c in self.q.where if c.op == "not_exists" and c.related is not None}
        absent -= self._read_tables()
        top = [t for t in self.u.tables if t not in {p[0] for p in places} and t not in absent]
        places.extend((t, self.q.where) for t in sorted(top, key=lambda t: t == self.q.base))
        for t in self.joined:
            if t not in {p[0] for p in places} and t not in absent:
                places.append((t, self.q.where))
        found: list[tuple[Col, list[Cond]]] = []
        for table, where in places:
            meta = self.p.meta(table)
            dated = [c for c in meta.columns if c.kind == "date" or c.is_year]
            ends = [c for c in dated if _back_in(c, dated)] or [c for c in dated if says_an_end(c.words)] or [
                c for c in dated if _soft_delete(c)]  # a real end before a soft delete: deleted_at ends no tenancy
            # (an end the schema says is always set is a planned end, never what is still open: ``end_dt NOT NULL``)
            if len(ends) == 1 and ends[0].nullable and (len(dated) >= 2 or table in (self.p.subject, said_of)) and \
                    not set(_full_words(ends[0].words)) & _DOCUMENT_WORDS:  # (gas_cert_exp_dt ends a certificate)
                found.append((Col(table, ends[0].name), where))
        if not found:
            return None
        own = [f for f in found if f[0].table == said_of]
        if own:  # "current placements ... give the dog's name": the placements' end, not the dog's withdrawal
            return own[0]
        # a history table (a start and an end) read by the query is what "currently" dates, before a
        # lone end-like date (a date of death), and a real end before a soft delete (deleted_at)
        return min(found, key=lambda f: (len([c for c in self.p.meta(f[0].table).columns if c.kind == "date"]) < 2,
                                         _soft_delete(self.p.meta(f[0].table).column(f[0].column or ""))))

    # ------------------------------------------------------------------ items
    def _self_keys(self) -> None:
        """A raw self-referencing key shown where a row's manager/parent was asked for: a self-join we do not build."""
        filtered = {c.left for c in self.q.where if isinstance(c.left, Col)}
        for e in self.q.select:
            if not isinstance(e, Col) or e in filtered or self.q.group_by:
                continue
            cm = self.p.meta(e.table).column(e.column)
            if cm is not None and cm.kind == "fk" and (cm.ref_table or "").lower() == e.table:
                raise TranslationError(
                    f"showing the row {e.column} points to needs a self-join that the offline "
                    f"translator does not build; {REPHRASE}"
                )
            said = {t.low for t in self.p.tokens}
            own = {singular(w) for w in self.p.meta(e.table).lemma}
            if cm is not None and cm.kind not in ("fk", "pk") and len(cm.words) > 1 and cm.words[-1] == "id" \
                    and singular(cm.words[0]) not in own \
                    and not said & {"id", "ids", "identifier", "number", "numbers", "key", "keys"}:
                # "who is Cyril Lockwood's mentor" over mentor_id with no declared key: the id of a row the catalog
                # does not say, never the person asked for
                raise TranslationError(
                    f"{e.column} holds the id of a row the catalog does not link it to; {REPHRASE}"
                )

    def _whose_name(self) -> None:
        """ "the carer's name": the name shown is the owner's (a row of the table the possessive word names), not
        the name of the rows listed; a name of another table answers something else."""
        toks = self.p.tokens
        for k, it in enumerate(self.p.items):
            owner = self.p.item(k - 1)
            if it.kind != "column" or it.text.lower() not in ("name", "names") or owner is None or owner.first <= 0:
                continue
            tok = toks[owner.last - 1]
            if not tok.possessive:
                continue
            tables = {c.table for c in owner.tables or []} | {c.table for c in owner.columns or []}
            shown = {e.table for e in self.q.select if isinstance(e, Col) and not e.role}
            if tables and shown and not tables & shown:
                raise TranslationError(f"the name of the {owner.text} is not in the answer; {REPHRASE}")

    def _times_counted(self) -> None:
        """ "How many times did a rider fail to turn up": the events are counted, never the riders who had some
        (a count of the subject's rows with an EXISTS on the events below)."""
        low = [t.low for t in self.p.tokens[:3]]
        if low[:3] != ["how", "many", "times"]:
            return
        counts = any(isinstance(e, Agg) and e.func == "COUNT" for e in self.q.select)
        if counts and any(c.op == "exists" for c in self.q.where):
            raise TranslationError(f"'how many times' counts events, but the query counts {self.q.base} rows"
                                   f"; {REPHRASE}")

    def _named_row_itself(self) -> None:
        """ "Which horses are Bramble's foals?": rows asked for that are something OF a named row of the same table;
        the named row itself (its name tested) is never that answer."""
        toks = self.p.tokens
        qword = next((it for it in self.p.items if it.kind == "qword"), None)
        subject = self.p.subject
        if qword is None or qword.text.lower() not in ("which", "who") or subject is None:
            return
        for it in self.p.items:
            if it.kind != "value" or it.first <= qword.first:
                continue
            tok = toks[it.last - 1]
            if not tok.possessive:
                continue
            if any(h.table == subject for h in it.values) and any(
                    isinstance(c.left, Col) and c.left.table == subject and not c.left.role
                    and any(str(v.value) == h.value for v in c.values for h in it.values) for c in self.q.where):
                raise TranslationError(f"cannot tell which rows are {it.text}'s; {REPHRASE}")

    def _answer_shape(self) -> None:
        """ "Who ..." and "which ..." ask for rows: a bare aggregate does not answer them (nor "..., and which
        claimant received it" after "what is the largest award")."""
        bare = not any(isinstance(e, (Col, DatePart)) for e in self.q.select)
        for later in self.p.items[1:]:
            joined_by = self.p.tokens[later.first - 1].low if later.first > 0 else ""
            if later.kind == "qword" and later.text.lower() in ("who", "which") and joined_by == "and" and bare:
                raise TranslationError(f"'and {later.text}' asks for rows, but the query found only a total; "
                                       f"{REPHRASE}")  # fmt: skip
        qword = next((it for it in self.p.items if it.kind == "qword"), None)
        if qword is None or qword.text.lower() not in ("who", "whom", "which"):
            return
        before = self.p.items[: self.p.items.index(qword)]
        if any(it.kind in ("table", "column", "agg", "count") for it in before):
            return  # "average age of candidates who came through LinkedIn": a relative clause, not the question
        if bare:
            raise TranslationError(f"{qword.text!r} asks for rows, but the query found only a total; {REPHRASE}")
        k = self.p.items.index(qword)
        noun = self.p.item(k + 1)
        if qword.text.lower() == "which" and noun is not None and noun.kind == "column":
            for cand in noun.columns:
                cm = self.p.meta(cand.table).column(cand.column or "")
                if cm is not None and cm.kind == "number" and (cand.table, cm.name) in self.u.cols:
                    # "which players were in session 12" answered with player_count: a number, not the players
                    raise TranslationError(f"'which {noun.text}' asks for rows, but {cm.name} is a number; {REPHRASE}")
        shown = {e.table for e in self.q.select if isinstance(e, Col)}
        metas = [self.p.meta(e.table).column(e.column) for e in self.q.select if isinstance(e, Col)]
        if qword.text.lower() in ("who", "whom") and metas and all(
                m is not None and m.kind in ("number", "date", "pk", "fk", "bool") for m in metas):  # fmt: skip
            # "who worked on job MJ-24010" answered with hours_worked: no name, no person
            raise TranslationError(f"{qword.text!r} asks for people, but the answer shows only "
                                   f"{', '.join(m.name for m in metas if m is not None)}; {REPHRASE}")  # fmt: skip
        if qword.text.lower() in ("who", "whom") and shown and all(
            self.p.said_of_people(t) and any(self.p.surely_person(e.child) for e in self.p.schema.children(t))
            for t in shown
        ):
            # "who is on leave" answered with the status table's label, "who are our section principals" with the
            # sections: the people are the rows that point to them
            raise TranslationError(
                f"{qword.text!r} asks for people, but the answer lists {', '.join(sorted(shown))}; {REPHRASE}"
            )
        placed = {h.table for it in self.p.items if it.kind == "value" and it.text.lower() in WIN_WORDS
                  for h in it.values}  # fmt: skip
        winners = {e.parent for t in placed for e in self.p.schema.edges_of(t) if e.child == t
                   and self.p.person_named(e.parent)}  # fmt: skip
        if qword.text.lower() in ("who", "whom") and winners and not shown & winners:
            # "who won each tournament" answered with the tournaments: the winners are the rows the places point to
            raise TranslationError(f"{qword.text!r} asks who won, but the answer lists {', '.join(sorted(shown))}; "
                                   f"{REPHRASE}")  # fmt: skip
        if qword.text.lower() in ("who", "whom") and not any(self.p.person_named(t) for t in shown):
            # "who currently holds the licence for hut HG07" answered with a licence number, "who at Saffron Lane
            # reports to Aaron Fischer" with the restaurant: rows that name no person, one key from rows that do
            near = {e.other(t) for t in shown for e in self.p.schema.edges_of(t)} - shown
            people = sorted(t for t in near if self.p.person_named(t))
            if people:
                raise TranslationError(f"{qword.text!r} asks for people, but the answer lists "
                                       f"{', '.join(sorted(shown))}, not {people[0]}; {REPHRASE}")  # fmt: skip
        if (
            qword.text.lower() in ("who", "whom")
            and self.q.group_by
            and shown
            and not any(self.p.surely_person(t) for t in shown)
        ):
            # "who worked the most hours": a ranking of projects is not an answer about people
            raise TranslationError(
                f"{qword.text!r} asks for people, but the answer lists {', '.join(sorted(shown))}; {REPHRASE}"
            )
        names = {(t, c) for t in shown if self.p.surely_person(t) for c in self.p.meta(t).display}
        said = {(e.table, e.column) for e in self.q.select if isinstance(e, Col)}
        if qword.text.lower() in ("who", "whom") and self.q.group_by and not names & said:
            # "who is the most recently hired teacher in each department": the latest date per department is
            # no person; the one row of each group is not built
            raise TranslationError(f"{qword.text!r} asks for people, but the answer names none; {REPHRASE}")

    def _target_measures(self) -> None:
        """ "avg ticket resolution hrs" over sla_targets.resolution_hours: a table of targets (goals, quotas, SLAs,
        budgets) holds what should happen, not what did; its numbers answer only a question that names it."""
        said = {stem(t.low) for t in self.p.tokens if t.is_word}
        for e in [*self.q.select, *(o for o, _d in self.q.order_by)]:
            inner = e.inner if isinstance(e, Scaled) else e
            if not isinstance(inner, Agg) or not isinstance(inner.arg, Col):
                continue
            words = set(self.p.meta(inner.arg.table).words)
            if words & _TARGET_WORDS and not {stem(w) for w in words} & said:
                raise TranslationError(f"{inner.arg.table}.{inner.arg.column} is a target, not what happened"
                                       f"; {REPHRASE}")

    def _named_measures(self) -> None:
        """ "Average temperature per building" must not average the battery level: an aggregated column is
        named by the question (a linked word, its stem or abbreviation), or chosen by an adjective or revenue."""
        self._target_measures()
        items = self.p.items
        if any(it.used and it.kind in ("adj", "high", "low", "revenue", "sortkey", "order", "top") for it in items):
            return
        named = {(c.table, c.column) for it in items for c in it.columns}
        words = [t.low for t in self.p.tokens if t.is_word and t.low not in FUNCTION_WORDS]
        for e in self.q.select:
            inner = e.inner if isinstance(e, Scaled) else e
            if not isinstance(inner, Agg) or inner.func == "COUNT" or not isinstance(inner.arg, Col):
                continue
            col = inner.arg
            if (col.table, col.column) in named:
                continue
            cm = self.p.meta(col.table).column(col.column)
            cwords = [w for w in (cm.words if cm else ()) if len(w) >= 3]
            if any(stem(w) == stem(t) or (abbreviation_like(w) and abbreviates(w, t)) for w in cwords for t in words):
                continue
            if self._only_choice(col, words):
                continue
            raise TranslationError(
                f"cannot tell which column to {inner.func.lower()} ({col.column} is a guess); {REPHRASE}"
            )

    def _only_choice(self, col: Col, words: list[str]) -> bool:
        """The measured column is the one its table offers: its only quantity, its only money column, or its only
        column in the unit the question names."""
        meta = self.p.meta(col.table)
        nums = [c for c in meta.numeric_columns() if not c.is_key and not c.is_year]
        for k, it in enumerate(self.p.items):
            j = self.p.nxt(k, frozenset({"the", "a", "an", "of"}), 2) if it.kind == "agg" else None
            nxt = self.p.item(j)
            if nxt is None or j is None or nxt.kind != "value":
                continue
            after = self.p.item(j + 1)
            last = self.p.tokens[nxt.last - 1].low
            if not (after is not None and after.kind == "table") and singular(last) == last:
                # "average temperature": a kind of reading, not the table's only number; but the reading itself
                # when the column is the generic value of a table of readings below that kind
                return self.p.reading_of(nxt.values[0].table) == col
        if len(nums) == 1:
            return True
        cm = meta.column(col.column)
        money = [c for c in nums if c.money or (self.col_unit(Col(col.table, c.name)) or ("",))[0] == "money"]
        if cm is not None and money == [cm]:
            return True
        dims = {UNITS[w][0] for w in words if w in UNITS and w not in SHORT_UNITS}
        unit = self.col_unit(col)
        if unit is not None and unit[0] in dims:
            return sum(1 for c in nums if (self.col_unit(Col(col.table, c.name)) or ("",))[0] == unit[0]) == 1
        return False

    def _phrasal_verbs(self) -> None:
        """ "events that sold out", "students who dropped out", "sessions that went ahead": a verb and its particle
        mean something neither word says alone; when no column or value took them, the query would drop that
        meaning."""
        for k, it in enumerate(self.p.items):
            prev = self.p.item(k - 1)
            if (
                it.kind != "word"
                or it.used
                or it.text.lower() not in _PARTICLES
                or prev is None
                or prev.kind != "word"
                or prev.used
                or prev.last != it.first
            ):
                continue
            verb = prev.text.lower()
            if (verb, it.text.lower()) in _JOINING_PHRASALS:
                continue  # "players who signed up in 2024": joined, the row's own creation
            if verb.endswith("ed") or verb in IRREGULAR_VERBS or it.text.lower() == "ahead":
                raise TranslationError(f"cannot tell what {verb + ' ' + it.text.lower()!r} means here; {REPHRASE}")

    def _contrasts(self) -> None:
        """ "a club other than their home club", "all except Paris": a contrast the query did not build."""
        for it in self.p.items:
            if it.kind == "word" and not it.used and it.text.lower() in _CONTRAST_WORDS:
                raise TranslationError(f"cannot tell what {it.text!r} excludes; {REPHRASE}")

    def _one_of_several(self) -> None:
        """ "blood type O" against 'O+' and 'O-': words that match two stored values of one column equally
        name neither; comparing with one of them is a guess."""
        for it in self.p.items:
            if it.kind != "value" or not it.used:
                continue
            by_col: dict[tuple[str, str], set[str]] = {}
            for h in it.values:
                if not h.coded:
                    by_col.setdefault((h.table, h.column), set()).add(h.value)
            for (table, column), stored in by_col.items():
                if len(stored) < 2:
                    continue
                compared = {str(v) for c, op, v in self.u.lits if (c.table, c.column) == (table, column) and op == "="}
                if len(compared & stored) == 1:
                    shown = " or ".join(repr(v) for v in sorted(stored)[:3])
                    raise TranslationError(f"{it.text!r} may mean {shown} ({column}); {REPHRASE}")

    def _antonyms(self) -> None:
        """ "spend including tax" answered with total_amount_excluding_tax: a column whose name says the
        opposite of a word of the question is not the one asked for."""
        asked = {t.low for t in self.p.tokens}
        for table, column in sorted(self.u.cols):
            cm = self.p.meta(table).column(column)
            words = set(_full_words(cm.words)) if cm is not None else set()
            for a, b in _ANTONYMS:
                for said, other in ((a, b), (b, a)):
                    if said in asked and other in words and said not in words:
                        raise TranslationError(f"{column} is {other}, but the question says {said!r}; {REPHRASE}")

    def _superlative_of_their_rows(self) -> None:
        """ "hives that had no queen seen at their most recent inspection": a superlative after "their" picks one
        related row for each row listed, never one row of the whole answer (ORDER BY ... LIMIT 1)."""
        if self.q.limit is None or self.q.group_by:
            return
        lows = [t.low for t in self.p.tokens]
        for i, w in enumerate(lows[:-1]):
            if w in ("their", "its") and lows[i + 1] in _SUPERLATIVE_WORDS:
                raise TranslationError(
                    f"'{w} {lows[i + 1]} ...' picks one row for each row listed, which the query does not; {REPHRASE}"
                )

    def _including(self) -> None:
        """ "taken by each payment method, including VAT" answered with SUM(vat_amount): what an amount includes is
        not the amount asked for; a column that includes it (total_inc_vat, gross) is."""
        lows = [t.low for t in self.p.tokens]
        said = {lows[i + 1] for i, w in enumerate(lows[:-1]) if w in ("including", "incl", "inc", "plus")}
        if not said:
            return
        for e in self._aggregates("SUM", "AVG"):
            if not isinstance(e.arg, Col):
                continue
            words = set(_full_words(self.p.colmeta(e.arg).words))
            if any(forms(w) & words for w in said) and not words & {"including", "incl", "inc", "gross", "total"}:
                raise TranslationError(f"{e.arg.column} is the part the amount includes, not the amount; {REPHRASE}")

    def _negated_in_name(self) -> None:
        """ "how much tax did we charge" answered with total_amount_excluding_tax: a word of the question that a column
        read names only after a word that leaves it out (excluding, without, pre, net of) is not what it holds."""
        asked = {t.low for t in self.p.tokens}
        for table, column in sorted(self.u.cols):
            cm = self.p.meta(table).column(column)
            words = list(_full_words(cm.words)) if cm is not None else []
            for i, w in enumerate(words[:-1]):
                nxt = words[i + 1]
                if w in _LEAVING_OUT and w not in asked and forms(nxt) & asked:
                    raise TranslationError(f"{column} is {w} {nxt}, but the question asks for the {nxt}; {REPHRASE}")

    def _period_of_another_table(self) -> None:
        """ "How many castings did craftsmen work on in 2024" dated by the craftsmen's hire date: a period put on the
        date of the people joined to the rows asked about, when those rows have dates of their own and no word of the
        question names the people's date (hired, born), dates the wrong thing."""
        base = self.q.base
        own = self.p.meta(base).date_columns()
        if not own or self.q.group_by:
            return
        asked = {stem(t.low) for t in self.p.tokens if t.is_word and len(t.low) >= 3}
        for c in walk_conds(self.q.where):
            col = c.left
            if c.op not in (">=", "<", ">", "<=") or not isinstance(col, Col) or col.table == base:
                continue
            if not self.p.surely_person(col.table) or self.p.surely_person(base):
                continue  # (a booking's market day, a customer's calls: the events the period is about)
            cm = self.p.meta(col.table).column(col.column)
            if cm is None or cm.kind != "date":
                continue
            words = [w for w in _full_words(cm.words) if w not in _DATE_CLASS_WORDS and len(w) >= 3]
            if words and not any(stem(w) in asked for w in words):
                raise TranslationError(
                    f"the period is put on {col.table}.{col.column}, which the question never names, while {base} has "
                    f"dates of its own; {REPHRASE}"
                )

    def _count_of_events_or_things(self) -> None:
        """ "How many badges were awarded in 2024" answered by counting the badges that have an award: the question
        more often counts the awards (the events), and the two differ whenever a badge is awarded twice."""
        sel = self.q.select
        if self.q.group_by or len(sel) != 1 or not (isinstance(sel[0], Agg) and sel[0].func == "COUNT"
                                                     and sel[0].arg is None):  # fmt: skip
            return
        exists = [c for c in self.q.where if c.op == "exists" and c.related is not None]
        if len(exists) != 1:
            return
        rel = exists[0].related
        assert rel is not None
        if not any(e.child == rel.target and e.parent == self.q.base for e in self.p.schema.edges_of(rel.target)):
            return
        lows = [t.low for t in self.p.tokens]
        if {"different", "distinct", "unique", "separate", "individual"} & set(lows):
            return  # "how many different hives were inspected": the things, each once
        for i in range(len(lows) - 2):
            if lows[i : i + 2] == ["how", "many"]:
                rest = lows[i + 2 : i + 8]
                verb_at = next((j for j, w in enumerate(rest) if w in ("were", "was")), None)
                if verb_at is not None and verb_at + 1 < len(rest) and past_participle(rest[verb_at + 1]):
                    raise TranslationError(
                        f"'how many ... {' '.join(rest[verb_at : verb_at + 2])}' may count the {rel.target} rows or "
                        f"the {self.q.base} that have some; {REPHRASE}"
                    )

    def check(self) -> None:
        self._second_measure()
        self._count_of_events_or_things()
        self._period_of_another_table()
        self._superlative_of_their_rows()
        self._one_of_several()
        self._antonyms()
        self._negated_in_name()
        self._including()
        self._phrasal_verbs()
        self._contrasts()
        self._answer_shape()
        self._named_measures()
        self._values()
        self._self_keys()
        self._whose_name()
        self._named_row_itself()
        self._times_counted()
        self._current()
        self._units()
        items = self.p.items
        for k, it in enumerate(items):
            if k in self.done:
                continue
            if not self._accounted(k, it):
                word = it.text
                raise TranslationError(f"cannot tell what {word!r} means here; {REPHRASE}")

    def _grouped_by_self_key(self, it: Item) -> bool:
        """``it`` is followed by "to" and the query groups its rows by their self-referencing key (manager_id)."""
        toks = self.p.tokens
        if it.last >= len(toks) or toks[it.last].low != "to":
            return False
        keys = {(e.child, c) for e in self.p.schema.self_edges(self.q.base) for c in e.child_cols}
        return any(isinstance(g, Col) and (g.table, g.column) in keys for g in self.q.group_by)

    def _said_of_us(self, it: Item) -> bool:
        """The word follows "the"/"our" after a preposition or a verb of joining and leaving: the organisation whose
        database it is ("bred here at the centre", "joined the club"), which no table holds."""
        toks = self.p.tokens
        if it.first < 2 or it.last - it.first != 1 or toks[it.first - 1].low not in ("the", "our", "this"):
            return False
        before = toks[it.first - 2].low
        return before in _US_PREPOSITIONS or before in _JOINING_VERBS

    def _before_a_noun(self, k: int) -> bool:
        """The item at ``k`` stands before a table's noun, across stored values and "or"/"and" ("outstanding major or
        critical snags")."""
        last = self.p.items[k].last
        for x in self.p.items[k + 1 :]:
            if x.first != last:
                return False
            if x.kind == "table":
                return True
            if x.kind != "value" and x.text.lower() not in ("or", "and"):
                return False
            last = x.last
        return False

    def _asked_to_show_but_not_shown(self, k: int, it: Item, table: str) -> bool:
        """A table named in the list of what to show whose rows the query never joins ("...: sponsor, mural title and
        amount"), or, named alone in a later sentence's list, whose name it never shows ("Show the student's name,
        the milestone and its due date")."""
        if not it.used and table not in self.joined and self._in_shown_list(it):
            return True
        return self._listed_alone(k) and table != self.q.base and not any(
            e in self.q.select for e in self.p.display_cols(table))

    def _listed_alone(self, k: int) -> bool:
        """The item at ``k`` is one element of the list of what to show, in a later sentence: after the opening verb
        and before a comma, "and" or the end ("Show the name, *the milestone* and its due date")."""
        it = self.p.items[k]
        if self.p.shown_from() >= it.first:
            return False
        toks = self.p.tokens
        nxt = toks[it.last].low if it.last < len(toks) else "."
        return nxt in (",", "and", ".", "?", "!") and it.first > 0 and toks[it.first - 1].low in ("the", ",", "and")

    def _in_shown_list(self, it: Item) -> bool:
        """``it`` is in the list of what to show: after a colon ("...: sponsor, title and amount") or in a later
        sentence that says what to show."""
        return any(t.text == ":" for t in self.p.tokens[: it.first]) or self.p.shown_from() < it.first

    def _with_one_of_the_rows(self, k: int) -> bool:
        """ "together with Jamal Shah": the word at ``k`` is followed by "with" and a value naming one of the rows the
        answer lists (the others who share something with that row are asked for)."""
        toks = self.p.tokens
        it = self.p.items[k]
        if it.last >= len(toks) or toks[it.last].low != "with":
            return False
        named = next((x for x in self.p.items[k + 1 :] if x.kind not in ("word", "punct")), None)
        return named is not None and named.kind == "value" and any(h.table == self.q.base for h in named.values)

    def _count_of_their_rows(self, k: int) -> bool:
        """ "their order count", "its booking count", "..., with how many": a count of other rows for each row asked
        for, while the query counts its base rows once (no group)."""
        if self.q.group_by or any(isinstance(e, (CountOf, TableAgg)) for e in self.q.select):
            return False
        it, rows = self.p.items[k], self.p.item(k - 1)
        if it.first > 0 and self.p.tokens[it.first - 1].low in ("with", "and") and \
                any(x.kind == "table" and self.p.table_of(x) == self.q.base for x in self.p.items[:k]):  # fmt: skip
            return True  # "guests who made more than five bookings, with how many they made": a count per guest
        if rows is None or rows.kind != "table" or rows.first == 0:
            return False
        if self.p.tokens[rows.first - 1].low not in ("their", "its", "his", "her"):
            return False
        return self.p.table_of(rows) != self.q.base

    def _second_of_a_pair(self, k: int, it: Item) -> bool:
        """An unplaced word joined by "and"/"or" to a stored value the query tests ("food and drink")."""
        low = it.text.lower()
        if it.kind != "word" or it.used or not low.isalpha() or len(low) < 3 or low in FUNCTION_WORDS or low in _SOFT:
            return False
        conj, value = self.p.item(k - 1), self.p.item(k - 2)
        return conj is not None and conj.text.lower() in ("and", "or") and value is not None and \
            value.kind == "value" and value.used and value.last == conj.first

    def _verb_of_an_undated_period(self, k: int, it: Item) -> bool:
        """A gerund right before a period ("arriving in 2024") whose stem no date the query tests shares, among
        several dates of the rows, or a past verb ("played in May") before a period that dates only when the rows
        were made: the period dates another event of the rows than the one said."""
        low = it.text.lower()
        period = self.p.item(k + 1)
        if period is None or period.kind != "date" or period.first != it.last:
            return False
        dated = [c.left for c in walk_conds(self.q.where) if isinstance(c.left, Col)
                 and self.p.colmeta(c.left).kind == "date"]
        if low.endswith("ed") and len(low) >= 5 and low not in _MAKING_PARTICIPLES and self._made_only(dated, low):
            return True  # "players who played in the last 30 days" dated by createdAt: when they signed up, not played
        if not low.endswith("ing") or len(low) < 6:
            return False
        if len({c.table for c in dated}) != 1 or len(self.p.meta(dated[0].table).date_columns()) < 2:
            return False  # (the rows' one date: whatever the verb, it is the date they have)
        want = {stem(f) for f in forms(low) if len(f) >= 4}
        return not any(stem(w) in want or any(w.startswith(x[:5]) for x in want if len(x) >= 5)
                       for c in dated for w in self.p.colmeta(c).words if len(w) >= 4)

    def _made_only(self, dated: list[Col], verb: str) -> bool:
        """The dates the query tests (``dated``) only say when the rows were made (createdAt, signup_date), which
        ``verb`` is not."""
        want = {stem(f) for f in forms(verb) if len(f) >= 4}
        return bool(dated) and all(set(self.p.colmeta(c).words) & CREATION_WORDS and
                                   not {stem(w) for w in self.p.colmeta(c).words} & want for c in dated)  # fmt: skip

    def _said_of_the_rows(self, first: int) -> bool:
        """The word at token ``first`` follows a copula ("were full", "is now completely full")."""
        j = first - 1
        while j >= 0 and (self.p.tokens[j].low.endswith("ly") or self.p.tokens[j].low in ("now", "already", "not")):
            j -= 1
        return j >= 0 and self.p.tokens[j].low in _COPULAS

    def _accounted(self, k: int, it: Item) -> bool:
        kind = it.kind
        if kind in ("qword", "word") and not it.used and self._second_question(k, it):
            return False  # "items past their due date and who has them": a second question no rule answered
        if kind in _NEUTRAL:
            return True
        money_verb = kind in ("word", "table", "column") and not it.used and it.text.lower() in MONEY_VERBS
        if money_verb and self._sums_money():
            # "how much did we earn in fees" (earn: a word, or linked to pay or a salary), "have we received in card
            # payments": the verb of the money summed
            return True
        prev = self.p.item(k - 1)
        rows = (self.p.table_of(prev) if prev.kind == "table" else prev.columns[0].table if prev.columns else None) \
            if prev is not None and prev.kind in ("table", "column") else None
        if money_verb and it.text.lower() in _TAKINGS_VERBS and rows == self.q.base \
                and any(c.money for c in self.p.meta(self.q.base).columns) \
                and not any(x.kind == "count" for x in self.p.items) and self._aggregates("COUNT"):
            return False  # "Payments received last quarter, by therapist": the money received, not a count of rows
        if kind == "word":
            return self._word(k, it)
        if kind == "agg" and it.used and not self.u.agg and not self._has_scalar_agg():
            return False  # "average" marked but no aggregate reached the query
        if kind == "agg" and it.used and it.func == "AVG" and not self._averages():
            return False  # "average" marked but the query only counts or sums
        if kind == "agg" and not it.used and any(isinstance(e, Agg) and e.func == it.func for e in self.q.select) and (
            self.p.shown_from() < it.first
        ):
            return True  # "... spent the most? Show each name and their total spend": the sum said again
        if kind == "order" and not it.used and it.adj is None and it.desc is not None and self.q.order_by:
            # "top 3 customers by amount invoiced; give their names from highest to lowest": the ranking's order
            return self.q.order_by[0][1] == it.desc
        after = self.p.item(k + 1)
        if kind == "count" and (after is None or after.kind == "punct") and not self._aggregates("COUNT") and \
                not any(isinstance(e, (CountOf, Ratio)) for e in self.q.select):  # fmt: skip
            return False  # "... by reward category - how many, and total miles used": the count asked is missing
        if kind == "percent" and self.p.word(after) == "of" and not any(
                isinstance(e.inner if isinstance(e, Scaled) else e, Ratio) for e in self._answer()):  # fmt: skip
            return False  # "what percentage of their hours was non-billable" answered with the hours themselves
        rows_counted = after is not None and after.kind in ("table", "column", "value") and \
            it.text.lower().startswith("how many")
        if kind == "count" and rows_counted and not it.used and self._aggregates("AVG", "MIN", "MAX") and \
                not self._aggregates("COUNT", "SUM") and not any(isinstance(e, (CountOf, Ratio, PerParent))
                                                                 for e in self._answer()):  # fmt: skip
            return False  # "How many rush jobs ... and their average word count?" answered with the average alone
        if kind == "count" and self._count_of_their_rows(k):
            return False  # "customers with more than 6 orders + their order count" answered with one total
        if kind == "revenue":  # "total revenue" is a sum of money, never a count of rows
            if self.u.measured and self._aggregates("SUM", "AVG") and not self._measures_money(strict=True):
                return False  # "parking income" answered with a sum of total_spaces: no money in it
            return self.u.measured or (self.u.agg and it.text.lower() in _ROW_REVENUE_WORDS)
        if it.used and kind not in ("table", "column", "value"):
            return True
        if kind == "table":
            table = self.p.table_of(it)
            if self._asked_to_show_but_not_shown(k, it, table):
                return False  # "...: sponsor, mural title and amount", "Show the name, the milestone and its date"
            nxt_t = self.p.item(k + 1)
            if (
                it.role == "group"
                and table not in self.joined
                and table != self.q.base
                and nxt_t is not None
                and nxt_t.kind == "table"
                and nxt_t.role == "group"
                and nxt_t.first == it.last
            ):
                return False  # "closed sales per listing agent": the agent of the listing, a path the query missed
            if (
                it.used
                and it.role == "exists"
                and table not in self.joined
                and table not in self.u.tables
                and not (it.first > 0 and self.p.tokens[it.first - 1].low in ("all", "every"))  # "across all sites"
            ):
                return False  # "the most comments on its issues": the rows said to be there left the query
            if it.used or table in self.joined:
                return True
            # "members who never borrowed a book": the rows looked for point to that table
            if any(e.parent == table and e.child in self.u.related_targets for e in self.p.schema.edges_of(table)):
                return True
            if (
                it.text.lower().endswith("ed")
                and table not in self.u.tables | self.u.related_targets
                and any(e.child == table and e.parent == self.q.base for e in self.p.schema.edges_of(table))
            ):
                return False  # "candidates we have placed": the rows of that event (placements) left the query
            return self._verb_or_stem(k, it)
        if kind == "column":
            if any((c.table, c.column) in self.u.cols or c.column in self.u.roles for c in it.columns):
                return True
            if it.used and not self._column_left_out(it):
                return True
            # a noun that names a table's rows through its key ("shipments" -> shipment_id)
            if any(c.table in self.joined and self._is_key(c.table, c.column) for c in it.columns):
                return True
            top = self.p.meta(it.columns[0].table).column(it.columns[0].column or "") if it.columns else None
            if top is not None and top.kind == "bool":
                return False  # "approved comments" with comment_approved untested: a yes/no the query ignores
            if (
                top is not None
                and it.columns[0].score > 3.05  # the column's whole name (rating), not a part of it (sys_kw)
                and top.kind == "number"
                and it.last - it.first == 1
                and not it.text.lower().endswith("ed")
                and it.text.lower() not in FUNCTION_WORDS
            ):
                return False  # "average customer rating" answered without review.Rating: the column named, unread
            return self._verb_or_stem(k, it)
        if kind == "value":
            if it.used and it.role == "event":
                return True  # "candidates who applied": the verb of the related rows the query reaches
            return any((h.table, h.column) in self.u.cols for h in it.values) or self._stem_known(it.text)
        if kind == "count":
            return self.u.count or self.u.agg
        if kind == "distinct":
            if it.first > 0 and self.p.tokens[it.first - 1].low in ("a", "an") and not it.used:
                return False  # "a manager in a different department": a contrast between two rows
            return (self.u.distinct or self.u.count) and not self._counts_repeats(k)
        if kind in ("group", "by"):
            if "each" in it.text.lower().split() and any(self._flag(g) for g in self.q.group_by):
                return False  # "each controlled substance": each such drug, not the two values of the flag
            if self.q.group_by or any(isinstance(e, (CountOf, PerParent)) for e in self.q.select):
                return True
            # "each"/"every" right before the subject: every row ("each referred patient": of those said)
            j = k + 1
            while (x := self.p.item(j)) is not None and x.kind in ("value", "column") and x.used and j < k + 3:
                j += 1
            nxt = self.p.item(j)
            return (
                it.text.lower() in ("each", "every", "all", "for each", "for every")
                and nxt is not None
                and nxt.kind == "table"
                and self.p.table_of(nxt) == self.p.subject
            )
        return kind not in _STRICT

    def _show_when(self, at: int) -> bool:
        """ "Which staff have left, and when?": the one date of the listed rows that the query tests (left_on set, a
        period) answers "when"; it is shown beside them.  None, or several: the question stays unanswered.  A date
        tested to be unset answers no "when", and one a verb after it names ("and when it was reported") must be
        that verb's date."""
        if self.q.group_by or any(isinstance(e, Agg) for e in self.q.select):
            return False
        base = self.q.base
        tested = {c.left for c in self.q.where if isinstance(c.left, Col) and c.left.table == base
                  and c.op != "is_null" and self.p.colmeta(c.left).kind == "date"}  # fmt: skip
        if len(tested) != 1:
            return False
        col = tested.pop()
        verb = _WHEN_VERB.match(" ".join(t.low for t in self.p.tokens[at + 1 : at + 5]))
        if verb is not None and stem(verb.group(1)) not in {stem(w) for w in self.p.colmeta(col).words}:
            return False
        if col not in self.q.select:
            self.q.select.append(col)
        return True

    def _second_measure(self) -> None:
        """ "How many visits are unpaid, and how much is owed on them?": a second "how many" or "how much" after
        "and" asks for a second number, which the answer must show beside the first."""
        asked = [it for it in self.p.items if it.kind in ("count", "agg") and it.text.lower() in _HOW_MANY]
        second = [it for it in asked[1:] if it.first > 0 and self.p.tokens[it.first - 1].low == "and"]
        measures = [e for e in self.q.select if isinstance(e, (Agg, CountOf, PerParent, Ratio, Scaled))]
        items = self.p.items
        counted = {self.p.table_of(n) for it in asked if (n := self.p.item(items.index(it) + 1)) is not None
                   and n.kind == "table"}  # fmt: skip
        # (one count per group answers "how many online and how many in person", never "how many sessions ... and
        # how many donations" per town)
        sums = any(it.text.lower() != "how many" for it in asked)  # "how many fines ... and how much in total"
        if second and len(measures) < len(asked) and (not self.q.group_by or len(counted) > 1 or sums):
            raise TranslationError(f"cannot tell how to answer '{second[0].text}' beside the first number; {REPHRASE}")
        # "by payment method - number of payments and total in pounds": two measures named one after the other, of
        # which the answer shows one
        named = [it for it in items if it.kind in ("count", "agg") and it.text.lower() not in _HOW_MANY and (
            (n := self.p.item(items.index(it) + 1)) is not None and n.kind in ("word", "column", "table"))]
        # (not "Show the name and the total, biggest first": the measure already shown, said again)
        after_and = [it for it in named[1:] if it.first > 1 and "and" in (self.p.tokens[it.first - 1].low,
                                                                          self.p.tokens[it.first - 2].low)]
        if after_and and len(measures) < len(named):
            raise TranslationError(f"cannot tell how to answer '{after_and[0].text}' beside the first number; "
                                   f"{REPHRASE}")

    def _second_question(self, k: int, it: Item) -> bool:
        """ "... and who has them", "..., and when did they leave", "..., and at which concerts": a question word
        after "and" (and a preposition) asks a second question, unanswered unless the answer shows the thing it
        names ("and for which customer" beside the customer's name); "... and what does it cost" asks of the value
        just ranked, and "which" alone after "and" is the first question's own noun."""
        low, toks, at = it.text.lower(), self.p.tokens, it.first
        before = [t.low for t in toks[max(0, at - 2) : at]]
        if low == "when" and before[-1:] == ["and"]:
            return not self._show_when(at)
        if low in ("who", "whom", "whose", "where"):
            return before[-1:] == ["and"]
        if low not in ("which", "what") or len(before) != 2 or before[0] != "and" or before[1] not in _ASKING_PREPS:
            return False
        nxt = self.p.item(k + 1)
        shown = {(c.table, c.column.lower()) for c in self._answer() if isinstance(c, Col)}
        if nxt is None or nxt.kind not in ("table", "column"):
            return True
        if any((c.table, (c.column or "").lower()) in shown for c in nxt.columns):
            return False
        table = self.p.table_of(nxt) if nxt.kind == "table" else None
        return not any(t == table and not self._is_key(t, c) for t, c in shown)

    def _column_left_out(self, it: Item) -> bool:
        """A text column marked used that nothing in the query reads ("each themed market": the theme never tested);
        not one that named rows looked for ("products never ordered" over orders_flat.order_ref)."""
        if any(c.table in self.u.related_targets for c in it.columns):
            return False
        return all(self.p.meta(c.table).column(c.column or "") is not None for c in it.columns) and all(
            (self.p.meta(c.table).column(c.column or "") or _NOCOL_META).kind == "text" for c in it.columns
        )

    def _sums_money(self) -> bool:
        """The answer adds up (or averages) an amount of money."""
        return any(
            isinstance(e, Agg) and e.func in ("SUM", "AVG") and isinstance(e.arg, Col)
            and self.p.colmeta(e.arg).money
            for e in self.q.select
        )  # fmt: skip

    def _counts_repeats(self, k: int) -> bool:
        """ "how many different listeners": a plain COUNT(*) over a join that reaches rows below the counted
        table (listener -> listen) counts those rows, each listener as often as it repeats."""
        j = self.p.nxt(k, frozenset({"of", "the"}), 2)
        nxt = self.p.item(j) if j is not None else None
        if nxt is None or nxt.kind != "table":
            return False
        counted = self.p.table_of(nxt)
        plain = any(
            isinstance(e, Agg) and e.func == "COUNT" and e.arg is None and not e.distinct for e in self.q.select
        )
        if not plain:
            return False
        reached = self._outer_tables()  # rows read only in EXISTS (...) do not repeat the counted ones
        for t in list(reached):
            for edge in self.p.schema.path(self.q.base, t) or []:
                reached.update((edge.child, edge.parent))
        return any(
            e.parent == counted and e.child != counted
            for t in reached
            for e in self.p.schema.edges_of(t)
            if e.child == t
        )

    def _outer_tables(self) -> set[str]:
        """The tables the outer query joins: not those only read inside an EXISTS (...) subquery."""
        u = Used(tables={self.q.base} | self.q.left_joins)
        for e in [*self.q.select, *self.q.group_by, *(e for e, _d in self.q.order_by)]:
            u.expr(e)

        def cond(c: Cond) -> None:
            u.expr(c.left)
            u.expr(c.right)
            for alt in c.alternatives:
                cond(alt)

        for c in [*self.q.where, *self.q.having]:
            cond(c)
        return u.tables

    def _averages(self) -> bool:
        """Does the query take an average (or a shape that may stand for one: a ratio, a scaled value)?"""
        exprs: list[object] = list(self._answer())
        while exprs:
            e = exprs.pop()
            if isinstance(e, Agg) and e.func == "AVG":
                return True
            if isinstance(e, (PerParent, Ratio, TableAgg, CountOf)):
                return True
            if isinstance(e, Scaled):
                exprs.append(e.inner)
        return "func='AVG'" in repr(self.q.having) or "func='AVG'" in repr(self.q.where)  # HAVING AVG(...) >= 3.5

    def _has_scalar_agg(self) -> bool:
        return any(isinstance(e, (Agg, PerParent, TableAgg, Ratio, CountOf, Scaled)) for e in self.q.select)

    def _verb_or_stem(self, k: int, it: Item) -> bool:
        """A link the query did not use is still accounted for as a verb of the join, or by its stem."""
        low = it.text.lower()
        if self._value_of_things(k, it):
            return self._values_measured()  # "vendors by purchase order value": money, never a count of orders
        if low in _MEASURE_VERBS and not low.endswith(("ed", "ing")):
            nxt = self.p.item(k + 1)  # "cost" is a noun unless a comparison follows ("cost more than 5")
            return (nxt is not None and nxt.kind == "cmp" and nxt.used) or self._stem_known(low)
        if low.endswith(("ed", "ing", "en")) or low in _EVENT_VERBS:
            return self._word(k, it)  # a verb that happens to name a column ("wrote" -> writer_id)
        return self._stem_known(low) or all(w in FUNCTION_WORDS for w in low.split())

    def _value_of_things(self, k: int, it: Item) -> bool:
        """ "purchase order value", "order value": the word "value" right after what it is the value of."""
        prev = self.p.item(k - 1)
        return not it.used and it.text.lower() in ("value", "values") and prev is not None and \
            prev.kind in ("table", "column") and prev.last == it.first and not any(
                "value" in (m := self.p.colmeta(Col(c.table, c.column or ""))).words
                or ((c.table, c.column) in self.u.cols and (m.money or (column_unit(m.words) or ("",))[0] == "money"))
                for c in prev.columns[:1])  # fmt: skip  ("high value" of is_high_value; the quoted value measured)

    def _values_measured(self) -> bool:
        """The query measures money, or a column named a value ("total quoted value": quoted_value)."""
        return self._measures_money() or any(
            isinstance(e.arg, Col) and "value" in self.p.colmeta(e.arg).words for e in self._aggregates("SUM", "AVG"))

    def _is_key(self, table: str, column: str | None) -> bool:
        cm = self.p.meta(table).column(column or "")
        return cm is not None and cm.kind == "pk"

    def _stem_known(self, text: str) -> bool:
        words = [w for w in text.lower().replace("-", " ").split() if w not in FUNCTION_WORDS]
        return bool(words) and all(
            len(w) >= 4 and (stem(w) in self.stems or any(abbreviates(a, w) for a in self.abbrevs)) for w in words
        )  # "flagged" by fraud_flg

    def _read_cols(self) -> set[tuple[str, str]]:
        """The columns the answer measures, tests or shows on purpose: all it reads, unless it lists every column of
        its rows (then only those measured or tested)."""
        if len(self.q.select) <= len(self.p.meta(self.q.base).columns) // 2 + 1:
            return self.u.cols
        out = {(c.left.table, c.left.column) for c in walk_conds(self.q.where) if isinstance(c.left, Col)}
        for e in self.q.select:
            inner = e.inner if isinstance(e, Scaled) else e
            if isinstance(inner, Agg) and isinstance(inner.arg, Col):
                out.add((inner.arg.table, inner.arg.column))
        return out

    def _counted_noun_left_out(self, k: int, low: str) -> bool:
        """The word at ``k`` is the noun right after "how many", and the rows counted are a table named later (not a
        word of the rows' own noun: "how many hire agreements")."""
        counted, nxt = self.p.item(k - 1), self.p.item(k + 1)
        return (
            counted is not None and counted.kind == "count" and counted.last == self.p.items[k].first
            and low not in FUNCTION_WORDS and low != "times" and nxt is not None and nxt.kind == "word"
            and any(x.kind == "table" and self.p.table_of(x) == self.q.base for x in self.p.items[k + 1 :])
        )  # fmt: skip

    def _word(self, k: int, it: Item) -> bool:
        low = it.text.lower()
        if not it.used and self._counted_noun_left_out(k, low):
            return False  # "How many alerts have Gristmill's contacts been sent": the contacts are not what is counted
        if not it.used and self._verb_of_an_undated_period(k, it):
            return False  # "bookings arriving in 2024" dated by their booking date: the arrival is never read
        if low in _WHOLE_SET_NOUNS and self._said_of_us(it):
            # "vehicles in the fleet", "living at the sanctuary", "left the service": all the rows, or ourselves
            return True
        if not it.used and it.first > 0 and self.p.tokens[it.first - 1].low in ("both", "either", "neither") and \
                low not in FUNCTION_WORDS:
            return False  # "had both cupping and dry needling": the first of the pair, which nothing read
        if not it.used and (low in ("than", "whom") or self._names_unread_column(low)):
            # a comparison no rule built ("higher ... than the average"), a person never shown ("and by whom?"), a
            # word of an unread self-reference ("came in through a referral" beside referred_by)
            return False
        if self._value_of_things(k, it):
            return self._values_measured()
        if low == "make" and not it.used:  # a verb ("did we make", "make over 150k"), never the noun ("which make")
            return self._make_as_verb(it)
        if low in ("number", "id", "num", "nr") and (nxt_num := self.p.item(k + 1)) is not None and (
            nxt_num.kind == "number" and nxt_num.used and (prev_t := self.p.item(k - 1)) is not None
            and prev_t.kind == "table"
        ):  # fmt: skip
            return True  # "order number 17", "order id 17": the row's key, compared with the number
        if (low in _NEGATIONS or _negated_participle(low)) and not it.used:
            return False  # "no-cook recipes", "items still unsold": a negation no rule read is never dropped
        if low in _BASE_EVENT_VERBS and not it.used and self._names_unread_quantity(low):
            return False  # "how many units ... did we ship" beside shp_qty: the quantity the verb names is not read
        follows = self.p.tokens[it.last].low if it.last < len(self.p.tokens) else ""
        went = low in ("went", "gone", "go", "goes") and follows in ("up", "down")
        if not it.used and (low in _CHANGE_VERBS or went):
            return False  # "products whose price went up in 2025": a change between two times, never computed
        if low in ("last", "first") and not it.used and past_participle(follows):
            return False  # "sites last sampled in 2023": their latest sample then, never any sample then
        if low in _SINGLE_WORDS and not it.used:  # one row's value: ranked as stored, never summed or counted
            exprs = self._answer()
            return not any(
                isinstance(e, (CountOf, TableAgg)) or (isinstance(e, Agg) and e.func not in ("MAX", "MIN"))
                for e in exprs
            )
        if low in REVENUE_WORDS and low not in _ROW_REVENUE_WORDS and not self.u.measured:
            return False  # "signup revenue per plan": a sum of money, never a count of rows
        if low in _MEASURE_NOUNS and self.u.agg:
            return True
        if low in _QUANTITY_PARTICIPLES and self._after_measure(k):
            return True
        nxt_it = self.p.item(k + 1)
        if low == "of" and not it.used and self._amount_of_rows(k):
            return False  # "more than 5 km of protected lanes": their total length, not one lane's
        if low == "by" and not it.used and nxt_it is not None and nxt_it.role == "exists":
            return False  # "amount by product class" read as invoices that have product classes
        if low in ("marked", "labelled", "labeled") and nxt_it is not None and nxt_it.used and nxt_it.role == "filter":
            return True  # "tracks marked explicit": the verb of the state the next word tests
        if low == "both" and not it.used and self._either():
            return False  # "enrolled in both A and B": one row of each, not a row of either (IN (A, B))
        if not it.used and "each" in low.split() and not self.q.group_by:
            return False  # "published posts in each category": groups the query does not make
        prev_it = self.p.item(k - 1)
        if low == "value" and not it.used and prev_it is not None and prev_it.kind == "agg":
            return self._measures_money()  # "total value ordered": money, not a count of units
        if (low in STATE_ADJECTIVES or low in STATE_PARTICIPLES) and not it.used and self._before_a_noun(k):
            # "live accounts", "open reqs", "outstanding major snags", "(clients who have) finished jobs": a state
            # the query did not test
            return False
        if low in _DURATION_NOUNS and any(
            (u := self.col_unit(Col(t, c))) is not None and u[0] == "time" for t, c in self._read_cols()
        ):
            return True  # "transit time" over ``transit_min`` (measured or tested; not one of every column listed)
        if (
            prev_it is not None
            and prev_it.kind == "cmp"
            and prev_it.used
            and prev_it.nums
            and prev_it.target is not None
            and low not in UNITS
            and self.col_unit(prev_it.target) is None
            and prev_it.last == it.first
        ):
            return True  # "more than 6 people", "at least 3 credits": what the compared number counts
        if low in _MEASURE_VERBS:
            if nxt_it is not None and nxt_it.kind == "cmp" and nxt_it.used:
                return True
            after = self.p.item(k + 2)
            if (
                nxt_it is not None
                and nxt_it.kind == "column"
                and after is not None
                and after.kind == "value"
                and after.used
                and any((h.table, h.column) in self.u.cols for h in after.values)
            ):
                return True  # "devices that run firmware 2.0.0": the verb of having that value
        glued = it.last < len(self.p.tokens) and self.p.tokens[it.last].joined
        if not it.used and ((len(low) <= 1 and glued) or (low in _SHOW_WORDS and self.p.tokens[it.first].joined)):
            return False  # "e-books", "x-rays", "no-show count": part of a word, no stray letter nor request to show
        before = self.p.tokens[it.first - 1].low if it.first > 0 else ""
        if low in _VERB_FUNCTION_WORDS and before in _BEFORE_VERB and not it.used:
            return self._stem_known(low) or self._relation_verb(k, low)  # "walks did we complete": a verb
        if low in _WHOLE_WORDS and not it.used and self._said_of_the_rows(it.first):
            return False  # "lessons that were completely full": a state of the rows, not "the full list"
        if low in ("full", "complete", "empty") and not it.used and nxt_it is not None and nxt_it.kind == "table" \
                and nxt_it.first == it.last:
            return False  # "a full peal", "empty rooms": a kind or a state of the rows, never dropped
        if self._second_of_a_pair(k, it):
            return False  # "spent on food and drink": 'Food' tested, "drink" said beside it and dropped
        if low in ("report", "reports") and self._grouped_by_self_key(it):
            return True  # "how many employees report to each manager": the self-reference the groups are read by
        if low == "together" and not it.used and self._with_one_of_the_rows(k):
            return False  # "artists who worked on a mural together with Jamal Shah": his co-workers, never himself
        if low == "return" and not it.used and it.first > 0 and not self.p.opens_sentence(it) and \
                self.p.tokens[it.first - 1].low not in ("please", "and", ",", "then"):  # fmt: skip
            return False  # "from return tickets": a kind of the rows, never the request "return the names"
        if low in ("will", "wills", "can", "cans") and not it.used and before in _DETERMINERS | {"their", "his", "her"}:
            return False  # "clients who made a will", "a can of paint": a noun, never the auxiliary
        if (
            (it.kind == "word" and it.used)
            or len(low) <= 1
            or low in FUNCTION_WORDS
            or low in _SOFT
            or not any(ch.isalpha() for ch in low)
        ):
            return True
        if all(w in FUNCTION_WORDS or w in _SOFT for w in low.split()):
            return True
        if low.endswith("ly") and low[:-2] in FUNCTION_WORDS:
            return True
        if self._unused_state(low) and not (low in _QUANTITY_PARTICIPLES and self._sums()):
            return False  # "the cost of completed work orders" with completed_dt left untested
        nxt_row = self.p.item(self._past_coordinated(k))
        if (
            low.endswith("ed")
            and low not in _QUANTITY_PARTICIPLES
            and nxt_row is not None
            and nxt_row.kind == "table"
            and (self.p.tokens[it.first - 1].low if it.first > 0 else "") in _BEFORE_ADJECTIVE | _COORDINATORS
        ):
            # "completed walks", "failed + returned shipments" with no status or date tested: a state of the rows
            # the query ignores
            return False
        if self._stem_known(low):
            return True
        if low in _MAKING_PARTICIPLES and self._passive_of_base(k):
            return True  # "how many rides were taken on electric bikes": the verb that makes the rows counted
        if low in _RESULT_VERBS:
            nxt = self.p.item(self.p.nxt(k, frozenset({"in", "with", "as", "a", "an", "the", "up"}), 3))
            if nxt is not None and nxt.kind == "value" and nxt.used:
                return True  # "applications that ended in a hire": the stored outcome 'hired'
        return self._relation_verb(k, low) or self._event_verb(k, low)

    def _names_unread_column(self, low: str) -> bool:
        """A word of at least five letters whose stem is a word of a self-reference of the rows read, which the query
        does not read (referral: referred_by): it says something of that reference, which no rule read."""
        want = stem(low)
        if len(low) < 5 or want in self.stems:
            return False
        return any(
            (t, c.name) not in self.u.cols and any(len(w) >= 5 and stem(w) == want for w in c.words)
            for t in self.joined for c in self.p.meta(t).columns if c.kind == "fk" and c.ref_table == t
        )  # fmt: skip

    def _make_as_verb(self, it: Item) -> bool:
        """ "make" said as a verb: after its subject ("did we make") or before what is made ("make over 150k")."""
        toks = self.p.tokens
        said_before = toks[it.first - 1].low if it.first > 0 else ""
        said_after = toks[it.last].low if it.last < len(toks) else ""
        return said_before in _MAKE_SUBJECTS or said_after in ("more", "less", "over", "under", "at", "a", "an")

    def _names_unread_quantity(self, low: str) -> bool:
        """A quantity of the tables read is named by the verb ("ship": shp_qty) but the query does not use it."""
        want = stem(low)
        for t in self.joined:
            for c in self.p.meta(t).columns:
                if (t, c.name) in self.u.cols or not c.numeric or c.is_key or c.is_year:
                    continue
                if any(stem(w) == want or (abbreviation_like(w) and abbreviates(w, low)) for w in c.words):
                    return True
        return False

    def _passive_of_base(self, k: int) -> bool:
        """The word at ``k`` follows "<the rows> were/was" where the rows are the ones the query reads."""
        aux, rows = self.p.item(k - 1), self.p.item(k - 2)
        return (
            aux is not None and rows is not None and aux.kind == "word"
            and aux.text.lower() in ("were", "was", "are", "is", "been", "get", "got")
            and rows.kind == "table" and self.p.table_of(rows) == self.q.base
        )  # fmt: skip

    def _past_coordinated(self, k: int) -> int:
        """The item after the adjectives coordinated with the one at ``k`` ("failed + returned shipments": the
        shipments), or the next item when nothing is coordinated."""
        j = k + 1
        while (x := self.p.item(j)) is not None and x.text.lower() in _COORDINATORS:
            nxt = self.p.item(j + 1)
            if nxt is None or not nxt.text.lower().endswith("ed") or nxt.kind not in ("word", "column", "value"):
                return k + 1
            j += 2
        return j

    def _amount_of_rows(self, k: int) -> bool:
        """ "more than 5 km of lanes": a number and its unit, "of", then rows the query only tests one by one."""
        unit, cmp_ = self.p.item(k - 1), self.p.item(k - 2)
        if unit is None or cmp_ is None or cmp_.kind != "cmp" or not cmp_.nums or unit.kind not in ("column", "word"):
            return False
        for x in self.p.items[k + 1 : k + 4]:
            if x.kind == "table":
                return x.role == "exists"
        return False

    def _flag(self, e: object) -> bool:
        """A yes/no column (a boolean, 0/1 or a stored pair such as 'Y'/'N')."""
        if not isinstance(e, Col):
            return False
        cm = self.p.meta(e.table).column(e.column)
        key = (e.table, e.column)
        return cm is not None and (
            cm.kind == "bool" or key in self.p.values.flags or key in self.p.values.text_flags
        )

    def _either(self) -> bool:
        """The query accepts a row with any one of several values of a column (IN (A, B))."""
        seen: dict[tuple[str, str], int] = {}
        for col, op, _value in self.u.lits:
            if op in ("=", "ieq", "in"):
                key = (col.table, col.column)
                seen[key] = seen.get(key, 0) + 1
        return any(n >= 2 for n in seen.values())

    def _answer(self) -> list[Expr]:
        """What the answer shows or is ordered by."""
        return [*self.q.select, *(x for x, _ in self.q.order_by)]

    def _aggregates(self, *funcs: str) -> list[Agg]:
        """The answer's aggregates with one of ``funcs``."""
        return [e for e in self._answer() if isinstance(e, Agg) and e.func in funcs]

    def _sums(self) -> bool:
        """The query adds up a measure ("which route has collected the most weight": the weight collected)."""
        return bool(self._aggregates("SUM"))

    def _unused_state(self, low: str) -> bool:
        """A participle that names a date column of a table the query reads ("completed" ~ completed_dt)
        while the query tests no such column: the state it says would be dropped."""
        if not low.endswith("ed") or len(low) < 6:
            return False
        wants = {stem(x) for x in _FINISHING if low in _FINISHING} | {stem(low)}  # "finished" ~ completedAt
        named = [
            (t, c.name)
            for t in self.joined
            for c in self.p.meta(t).columns
            if c.kind == "date" and any(len(w) >= 4 and stem(w) in wants for w in c.words)
        ]
        return bool(named) and not any(n in self.u.cols for n in named)

    def _measures_money(self, strict: bool = False) -> bool:
        """The query sums or averages an amount of money (a money column, or quantity times unit price); ``strict``:
        "total" or "value" before another noun (total_spaces, value_points) is no money."""
        for e in self._aggregates("SUM", "AVG", "MAX", "MIN"):
            if isinstance(e.arg, Product):
                return True
            if isinstance(e.arg, Col) and self.p.colmeta(e.arg).money:
                words = _full_words(self.p.colmeta(e.arg).words)
                unit = column_unit(words)
                if (
                    not strict
                    or words[-1:] in (("total",), ("value",))
                    or (unit is not None and unit[0] == "money")
                    or any(w in MONEY_WORDS and w not in ("total", "value") for w in words)
                ):
                    return True
        return False

    def _after_measure(self, k: int) -> bool:
        """ "total energy delivered per station": right after a numeric column the query sums or averages."""
        prev = self.p.item(k - 1)
        if prev is None or prev.kind != "column" or not prev.used or prev.last != self.p.items[k].first:
            return False
        aggregated = {(e.arg.table, e.arg.column) for e in self._aggregates("SUM", "AVG") if isinstance(e.arg, Col)}
        return any((c.table, c.column) in aggregated for c in prev.columns)

    def _tables_near(self, k: int, step: int) -> list[str]:
        out: list[str] = []
        j = k + step
        seen = 0
        while 0 <= j < len(self.p.items) and seen < 4:
            x = self.p.items[j]
            if step > 0 and x.kind == "punct" and x.text == "," and self.p.word(self.p.item(j + 1)) == "with":
                break  # "members who have left, with their village": the verb's clause ends at the comma
            if x.kind == "revenue" and x.used:
                out.append(self.q.base)
            if x.kind in ("table", "value", "column", "literal") or (x.kind in ("group", "neg") and x.tables):
                seen += 1
                if x.kind == "table" or (x.kind in ("group", "neg") and x.tables):
                    out.append(x.tables[0].table if x.tables else self.p.table_of(x))
                elif x.kind == "value" and x.values:
                    out.append(x.values[0].table)
                elif x.kind == "column" and x.columns:
                    out.append(x.columns[0].table)
                elif x.kind == "literal":
                    out.append(self.p.subject or "")
            j += step
        if step < 0 and self.p.subject:
            out.append(self.p.subject)
        return out

    def _modifier_after_article(self, k: int, low: str) -> bool:
        """The word at ``k`` follows an article and comes right before another unread noun ("on the *night* shift"),
        and names no table the query reads ("a race meeting" beside race_meetings)."""
        it, nxt = self.p.items[k], self.p.item(k + 1)
        if it.first == 0 or self.p.tokens[it.first - 1].low not in _DETERMINERS or nxt is None:
            return False
        word = nxt.text.lower()
        return (
            nxt.kind == "word" and not nxt.used and nxt.first == it.last and word not in FUNCTION_WORDS
            and word.isalpha() and not past_participle(word)
            and not any(singular(low) in self.p.meta(t).lemma for t in self.u.tables)
        )  # fmt: skip

    def _relation_verb(self, k: int, low: str) -> bool:
        """A verb among two tables that the query joins names that join ("teachers who teach ...").

        Not when its object is a column ("campaigns that reached their target"): the verb then says something
        about that value that the query does not; nor a preposition of time ("trips that arrived *after* their
        order"), which compares two rows rather than joining them."""
        if low in _TIME_PREPOSITIONS or low in _TIME_ADVERBS:
            return False
        if low in ABBREVIATIONS or low in CLASS_WORDS:
            return False  # "open invoice amt by country": a column's abbreviation names a value, never a verb
        if low in _LATENESS:
            return False  # "gauges past their due date", "overdue for calibration": a date compared, never a join
        if low in UNITS and any((u := self.col_unit(Col(t, c.name))) is not None and u[0] == UNITS[low][0]
                                for t in self.joined for c in self.p.meta(t).columns):
            return False  # "downtime hours by reason" beside duration_min: a unit of a measure, never a verb
        it = self.p.items[k]
        if self._modifier_after_article(k, low):
            return False  # "operators on the night shift": a noun's modifier after its article, never a verb
        counted = self.p.item(k - 1)
        if counted is not None and counted.kind == "count" and counted.last == it.first and low != "times":
            return False  # "how many collections did they carry out": the noun counted, never a verb joining tables
        if low in ("failed", "fail", "fails", "failing") and it.last < len(self.p.tokens) and \
                self.p.tokens[it.last].low == "to":  # fmt: skip
            return False  # "birds that failed to return": a negation of the next verb, never a join
        if it.first > 0 and self.p.tokens[it.first - 1].low == "how":
            return False  # "how big is that bond": a measure asked for, never a verb joining tables
        if counted is not None and counted.kind == "top" and counted.last == it.first:
            return False  # "Top 5 repos by ...": the noun ranked, never a verb joining tables
        if self.p.tokens[it.first].joined and counted is not None and counted.kind == "column" and \
                counted.last == it.first:
            return False  # "pet-friendly cottages": the half of a hyphenated word, never a verb joining tables
        rows, agg = self.p.item(k - 1), self.p.item(k - 2)
        if rows is not None and agg is not None and rows.kind == "table" and agg.kind == "agg" and \
                agg.last == rows.first and rows.last == it.first:  # fmt: skip
            return False  # "by total plot area": the head of the measure's noun, never a verb joining tables
        if it.first > 1 and self.p.tokens[it.first - 1].low == "it" and not low.endswith(("ed", "ing")) and \
                self.p.tokens[it.first - 2].low not in ("does", "did", "do", "can", "will", "would", "could", "has"):
            return False  # "birds that made it home": an idiom after its object, never a verb joining tables
        if all(x.kind in ("qword", "punct", "count", "word") for x in self.p.items[:k]) and not any(
            x.kind == "word" and x.text.lower() in ("did", "does", "do", "have", "has") for x in self.p.items[:k]
        ):
            return False  # "Players who joined ...": the first noun of the question is its subject, never a verb
        after = self.p.tokens[it.last].low if it.last < len(self.p.tokens) else ""
        if self.p.items[0].kind == "qword" and after in _AUXILIARY_AFTER_HEAD and all(
            x.kind == "value" and x.last == self.p.items[j + 1].first for j, x in enumerate(self.p.items[1:k], start=1)
        ):  # fmt: skip
            # "Which anesthesia providers have worked on ...": the noun its value names, with the verb after it;
            # never a verb joining tables ("Which liberos play for ...": the verb)
            return False
        if low in STATE_PARTICIPLES and self._untested_state():
            return False  # "walks each walker completed" beside an untested Status: the state, not the join
        if low.endswith("ed") and self._state_code_of(low):
            return False  # "jobs abandoned by their owners" beside status 'A': the state, not the join
        if low in _OUTCOME_VERBS and not self._outcome_key(low):
            return False  # "the yacht that won the race": not every yacht in it, unless a winner key joins them
        it, nxt = self.p.items[k], self.p.item(k + 1)
        prev = self.p.item(k - 1)
        head = self.p.item(k - 2)
        if (
            prev is not None
            and prev.kind == "table"
            and prev.last == it.first
            and head is not None
            and head.kind == "group"
            and head.last == prev.first
            and (nxt is None or nxt.kind == "punct")
            and not low.endswith("ed")
            and not {"do", "does", "did"} & {t.low for t in self.p.tokens[: head.first]}
        ):
            # "per order line": the head of the group's noun phrase, not a verb joining tables (but "how many
            # candidates does each party field" ends on its verb)
            return False
        if (
            prev is not None
            and prev.kind == "column"
            and prev.last == it.first
            and prev.columns
            and not low.endswith(("ed", "ing"))
            and (nxt is None or nxt.kind == "punct")
            and (self.p.meta(prev.columns[0].table).column(prev.columns[0].column or "") or _NOCOL_META).kind == "date"
        ):
            return False  # "the most open positions": the head of a noun phrase after a date word, not a verb
        if (
            it.first > 0
            and self.p.tokens[it.first - 1].low in _DETERMINERS
            and nxt is not None
            and nxt.kind == "table"
            and nxt.first == it.last
        ):
            return False  # "had a cancelled sailing": a word that picks the rows, not the verb that joins them
        if it.kind == "word" and it.first > 0 and self.p.tokens[it.first - 1].low in _NOUN_PREPOSITIONS:
            return False  # "results in women": the object of a preposition is a noun, not a verb joining tables
        if it.kind == "word" and it.first > 0 and self.p.tokens[it.first - 1].low == "as":
            return False  # "items graded as resaleable", "tickets classed as urgent": a state said, never a join
        if it.kind == "word" and it.first > 0 and self.p.tokens[it.first - 1].low == "by" and not low.endswith("ing"):
            return False  # "held by video": the means after "by" is a noun (but "by booking ...")
        if (
            it.kind == "word"
            and prev is not None
            and prev.kind == "qword"
            and prev.first == 0
            and prev.last == it.first
            and prev.text.lower() in ("which", "what")
        ):
            return False  # "which actors appeared in ...": the noun a question word asks for, never a verb
        said = [t.low for t in self.p.tokens[max(0, it.first - 2) : it.first]]
        if it.kind == "word" and len(said) == 2 and said[1] in ("a", "an") and said[0] in (
                "in", "with", "as", "at", "on", "from", "into", "onto"):  # fmt: skip
            # "ended in a draw", "finished with a win", "performed at a festival": a noun the query does not read
            return False
        obj = self.p.item(self.p.nxt(k, frozenset(FUNCTION_WORDS), 4))
        if obj is not None and obj.kind == "column" and not any(self._is_key(c.table, c.column) for c in obj.columns):
            return False
        if self._agent_column_unused(low) or self._dated_by_the_verb(low):
            return False
        if self._after_a_bare_word(k):
            return False  # "farms that are certified organic": two words the query did not read, never one verb
        near = [t for t in self._tables_near(k, -1) + self._tables_near(k, 1) if t in self.joined]
        for i, a in enumerate(near):
            for b in near[i + 1 :]:
                if a != b and self._linked(a, b, low) and not self._named_by_another_verb(low, a, b):
                    return True
        return False

    def _after_a_bare_word(self, k: int) -> bool:
        """ "farms that are certified organic": the word at ``k`` ends its clause right after another content word
        that links to nothing in the catalog; it is no verb of a join (but a particle may end a verb: "taken home",
        "brought back", "bought something")."""
        it, prev, nxt = self.p.items[k], self.p.item(k - 1), self.p.item(k + 1)
        return (
            prev is not None
            and prev.kind == "word"
            and prev.last == it.first
            and prev.text.lower() not in FUNCTION_WORDS
            and it.text.lower() not in _VERB_PARTICLES
            and (nxt is None or nxt.kind == "punct")
            # a participle said of the rows, or a word after one ("last inspected", "certified organic"); not a
            # noun after its modifier ("order line", "hearing aid")
            and (it.text.lower().endswith("ed") or prev.text.lower().endswith(("ed", "ly")))
        )

    def _state_code_of(self, word: str) -> bool:
        """A column of states of a table the query reads, untested, holds a short code that may stand for ``word``
        (its initial, or a contraction: 'A' or 'ABND' for "abandoned")."""
        for t in {self.q.base, *self.joined}:
            for c in self.p.meta(t).columns:
                if (t, c.name) in self.u.cols or not set(c.words) & STATE_COLUMN_WORDS:
                    continue
                vals = self.p.values.values.get((t, c.name), [])
                if len(vals) <= 12 and any(
                    (len(v) == 1 and v.lower() == word[0])
                    or (2 <= len(v) <= 4 and v.isupper() and abbreviates(v, word))
                    for v in vals
                ):
                    return True
        return False

    def _untested_state(self) -> bool:
        """A table the query reads has a column of states (status, state, stage) that the query does not read."""
        return any(
            (t, c.name) not in self.u.cols and c.kind in ("text", "other", "fk") and set(c.words) & STATE_COLUMN_WORDS
            for t in {self.q.base, *self.joined}
            for c in self.p.meta(t).columns
        )

    def _named_by_another_verb(self, verb: str, a: str, b: str) -> bool:
        """ "directors who also acted in a film they directed": another verb of the question ("directed") is the
        one that names the join of ``a`` and ``b`` (film_directors); this one says something else."""
        at = next((i for i, t in enumerate(self.p.tokens) if t.low == verb), None)
        after = self.p.tokens[at + 1].low if at is not None and at + 1 < len(self.p.tokens) else ""
        if not verb.endswith("ed") or after not in ("in", "on", "at", "for", "with", "as", "a", "an", "the"):
            return False  # only a verb with its object ("acted in"), not an adjective ("used items")
        words = {stem(w) for t in (a, b) for w in self.p.meta(t).words if len(w) >= 4}
        return stem(verb) not in words and any(
            t.low != verb and t.low.endswith("ed") and len(t.low) >= 5 and stem(t.low) in words for t in self.p.tokens
        )

    def _dated_by_the_verb(self, verb: str) -> bool:
        """ "Which artist has sold the most pieces?" beside ``pce.sld_dt``: a date column of a table the query reads
        is named by the verb (its stem, or the verb with letters left out) and the query does not test it; the verb
        then says that the date is set, which no join says."""
        if len(verb) < 4 or not past_participle(verb):
            return False
        bases = {stem(verb), stem(irregular_base(verb) or verb)}
        for t in {self.q.base, *self.joined}:
            dates = [c for c in self.p.meta(t).columns if c.kind == "date"]
            for c in dates[1:]:  # (the first date is the row's own event: ticket_sales.sold_at)
                if not c.nullable or (t, c.name) in self.u.cols:
                    continue
                if any(len(w) >= 3 and (stem(w) in bases or abbreviates(w, verb, 0.5)) for w in c.words
                       if w not in ("date", "dt", "dte", "on", "at", "ts", "time")):  # fmt: skip
                    return True
        return False

    def _agent_column_unused(self, verb: str) -> bool:
        """ "Shows directed by Ingrid": a table the query reads has a number column for the verb's doer
        (``director``: a key no constraint declares) that the query does not use; the verb then means that
        column, not another path to the people."""
        base = stem(verb)
        if len(base) < 4 or base == verb:
            return False
        agents = {base + "or", base + "er", base + "r", base + "ee"}
        for t in {self.q.base, *self.joined}:
            for c in self.p.meta(t).columns:
                if c.kind == "number" and agents & set(c.words) and (t, c.name) not in self.u.cols:
                    return True
        return False

    def _outcome_key(self, verb: str) -> bool:
        """A key of a joined table says the outcome ``verb`` names (winner_id, winning_party, loser_id)."""
        root = "win" if verb.startswith(("won", "win")) else verb[:3]
        return any(
            c.kind == "fk" and any(w.startswith(root) for w in c.words)
            for t in self.joined
            for c in self.p.meta(t).columns
        )

    def _linked(self, a: str, b: str, verb: str) -> bool:
        direct = [e for e in self.p.schema.edges_of(a) if {e.child, e.parent} == {a, b}]
        if len(direct) > 1:
            # "users who reported issues": among several keys, the one the verb names
            vstem = stem(verb)
            named = [
                e
                for e in direct
                if any(stem(w) == vstem for c in e.child_cols for w in (self.p.meta(e.child).column(c) or _NOCOL).words)
            ]
            if len(named) != 1:
                # the planner already took the key from the words ("arrive in" -> destination_code)
                return any(c in self.u.roles for e in direct for c in e.child_cols)
            chosen = named[0].child_cols[0]
            if self.u.roles and chosen not in self.u.roles:
                return False
            self.q.prefer_fks = self.q.prefer_fks | {chosen}
            return True
        if direct:
            return True
        for edge in self.p.schema.edges_of(a):
            other = edge.parent if edge.child == a else edge.child
            if other != a and self.p.schema.adjacent(other, b):
                if not (other in self.joined or len(self.p.schema.edges_of(other)) == 2):
                    return False
                # "users who listened to Kilo" is not "users who follow Kilo": a verb that does not name the
                # table between two others stands for it only when no other route joins them
                vstem = stem(verb)
                return any(stem(w) == vstem for w in self.p.meta(other).words if len(w) >= 4) or not self._other_route(
                    a, b, other
                )
        return False

    def _other_route(self, a: str, b: str, avoid: str) -> bool:
        """Do ``a`` and ``b`` meet along foreign keys without passing through ``avoid``?"""
        seen, todo = {a, avoid}, [a]
        while todo:
            cur = todo.pop()
            for e in self.p.schema.edges_of(cur):
                nxt = e.parent if e.child == cur else e.child
                if nxt == b:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    def _event_verb(self, k: int, low: str) -> bool:
        """ "reviews written in 2024": a verb of recording right before a date placed on the row's only date."""
        if low not in _EVENT_VERBS:
            return False
        skip = frozenset({"in", "on", "during", "since", "between", "before", "after", "last", "this", "the", "up"})
        last = self.p.items[k].last
        particle = last < len(self.p.tokens) and self.p.tokens[last].low == "up"  # "signed up in 2024"
        j = self.p.nxt(k, skip, 3 if particle else 2)
        nxt = self.p.item(j)
        if nxt is not None and j is not None and nxt.kind in ("column", "table") and nxt.used:
            nxt = self.p.item(self.p.nxt(j, skip, 2))  # "became members in 2023": member_since
        if nxt is not None and nxt.kind == "value" and nxt.used and low in _HAPPEN_VERBS:
            return True  # "sales that took place in London": where it happened, a stored value
        if nxt is None or nxt.kind != "date" or not nxt.used:
            return False
        dated = sorted(
            (t, c) for t, c in self.u.cols if (cm := self.p.meta(t).column(c)) is not None and
            (cm.kind == "date" or cm.is_year)
        )  # (sorted: the same answer under every hash seed)
        if not dated:
            return False
        table, column = dated[0]
        if low in END_WORDS:
            return False
        if (year := self.p.meta(table).column(column)) is not None and year.kind != "date":
            return True  # "subscription money we took for 2024" over subscription_year: the year the rows are for
        # the row's own event date: not a birth, an update or the end of a period (check_in, not check_out)
        events = [
            c
            for c in self.p.meta(table).columns
            if c.kind == "date" and not set(_full_words(c.words)) & (END_WORDS | SECONDARY_DATE_WORDS)
        ]
        return len(events) == 1 and events[0].name == column

    # ------------------------------------------------------------------ values
    def _contradictions(self, conds: list[Cond]) -> None:
        """A query that can return no row answers no question: rows with a matching child and no child at all
        ("rooms Owen never ran a session in" as EXISTS(Owen's session) AND NOT EXISTS(any session)), or one
        column equal to two values inside an EXISTS (...)."""
        self._empty_range(conds)
        exists = [c.related for c in conds if c.op == "exists" and c.related is not None]
        # "clients watching at least one security they have never traded": a count of at least one is an EXISTS too
        exists += [c.left.related for c in conds if isinstance(c.left, CountOf) and _at_least_one(c)]
        for c in conds:
            if c.op == "not_exists" and c.related is not None:
                absent = c.related
                for r in exists:
                    covered = absent.target in self._reached(r) and all(
                        any(repr(x) == repr(y) for y in r.where) for x in absent.where)  # fmt: skip
                    # "pieces that no student has been assigned": some link row, and none with a student; "courses
                    # no student ever failed (grade below 60)": a failing enrollment, and no enrollment at all
                    through = r.target in self._reached(absent) and not absent.where
                    if r.outer == absent.outer and (covered or through):
                        what = f"rows that have {r.target} and have no {absent.target}"
                        raise TranslationError(f"the query asks for {what} at once; {REPHRASE}")
            if c.related is not None:
                self._equal_twice(c.related.where)
                self._contradictions(c.related.where)
                self._unset_link_key(c.related)

    def _reads_and_denies(self) -> None:
        """ "Which customer has hired most often, not counting cancelled hires" read as the hires counted and no hire
        at all: the outer query reads rows of a table and asks that there be none of them."""
        outer = self._outer_tables()
        for c in self.q.where:
            if c.op == "not_exists" and c.related is not None and not c.related.where and \
                    c.related.target in outer - {c.related.outer}:  # fmt: skip
                raise TranslationError(f"the query reads {c.related.target} rows and asks that there be none; "
                                       f"{REPHRASE}")  # fmt: skip

    @staticmethod
    def _empty_range(conds: list[Cond]) -> None:
        """ "patients born before 1950 who had an X-ray in 2024" read as a birth date before 1950 and in 2024: one
        column held below one bound and above a higher one matches no row."""
        lows: dict[Col, list[tuple[object, bool]]] = {}
        highs: dict[Col, list[tuple[object, bool]]] = {}
        for c in conds:
            if isinstance(c.left, Col) and c.right is None and len(c.values) == 1 and c.op in (">", ">=", "<", "<="):
                bound = (c.values[0].value, c.op in (">=", "<="))
                (lows if c.op in (">", ">=") else highs).setdefault(c.left, []).append(bound)
        for col, los in lows.items():
            for lo, lo_in in los:
                for hi, hi_in in highs.get(col, []):
                    if type(lo) is not type(hi):
                        continue
                    try:
                        empty = lo > hi or (lo == hi and not (lo_in and hi_in))  # type: ignore[operator]
                    except TypeError:
                        continue
                    if empty:
                        raise TranslationError(
                            f"{col.column} cannot be from {lo} on and before {hi} at once; {REPHRASE}"
                        )

    def _unset_link_key(self, r: Related) -> None:
        """ "instructors who haven't led a dive" as EXISTS(a dive they led whose leader key IS NULL): the key that links
        the rows looked for to the outer row cannot be unset in them; the negation meant no such rows."""
        keys = {(e.child, col) for e in self.p.schema.path(r.outer, r.target) or [] for col in e.child_cols}
        for w in r.where:
            if w.op == "is_null" and isinstance(w.left, Col) and (w.left.table, w.left.column) in keys:
                raise TranslationError(
                    f"{w.left.column} links {r.target} to {r.outer} and cannot be unset in the rows looked for"
                    f"; {REPHRASE}"
                )

    def _reached(self, r: Related) -> set[str]:
        """The tables an EXISTS (...) over ``r`` reads: its target and those on the path to it."""
        out = {r.target}
        for edge in self.p.schema.path(r.outer, r.target) or []:
            out.update((edge.child, edge.parent))
        return out - {r.outer} if r.target != r.outer else out

    def _equal_twice(self, conds: list[Cond]) -> None:
        """One column equal to two values, or to a value outside a list it must be in ("passed with a merit or a
        distinction": 'pass' and one of 'merit', 'distinction'): no row can hold both."""
        eq: dict[Col, set[str]] = {}
        within: dict[Col, list[set[str]]] = {}
        for c in conds:
            if c.op in ("=", "ieq") and isinstance(c.left, Col) and len(c.values) == 1:
                eq.setdefault(c.left, set()).add(str(c.values[0].value).lower())
            elif c.op == "in" and isinstance(c.left, Col) and c.values:
                within.setdefault(c.left, []).append({str(v.value).lower() for v in c.values})
        for col, vals in eq.items():
            if len(vals) > 1:
                raise TranslationError(
                    f"{col.column} cannot be both {' and '.join(repr(v) for v in sorted(vals))}; {REPHRASE}"
                )
            outside = next((allowed for allowed in within.get(col, []) if not vals <= allowed), None)
            if outside is not None:
                listed = ", ".join(repr(v) for v in sorted(outside))
                raise TranslationError(f"{col.column} cannot be {next(iter(vals))!r} and one of {listed}; {REPHRASE}")

    def _literal_kinds(self, conds: list[Cond]) -> None:
        """A number against a date ("more than 10 errors" on reviewed_on) and a code with digits against a
        person's name ("MJ-24010", "Christmas Eve 2024" as a first name) compare nothing the question meant."""
        for c in conds:
            if c.related is not None:
                self._literal_kinds(c.related.where)
            if not isinstance(c.left, Col) or not c.values:
                continue
            cm = self.p.meta(c.left.table).column(c.left.column)
            if cm is None:
                continue
            if cm.kind == "date" and not cm.epoch and c.op in ("<", "<=", ">", ">=", "=", "<>") and any(
                    isinstance(v.value, (int, float)) and not isinstance(v.value, bool) for v in c.values):  # fmt: skip
                raise TranslationError(f"cannot compare the date {c.left.column} with a number; {REPHRASE}")
            words = set(_full_words(cm.words))
            person = words & {"first", "last", "surname", "firstname", "lastname", "forename", "fname", "lname"} or (
                "full" in words and "name" in words)  # fmt: skip
            if person and c.op in ("=", "ieq") and any(
                    isinstance(v.value, str) and any(ch.isdigit() for ch in v.value) for v in c.values):  # fmt: skip
                raise TranslationError(f"{c.values[0].value!r} is not a person's {c.left.column}; {REPHRASE}")

    def _related_routes(self, conds: list[Cond], check: RouteCheck | None = None) -> None:
        """EXISTS (...) and NOT EXISTS (...) follow a route between two tables as joins do: when a word of the
        question names another route than the one taken, the answer is refused ("customers who never played a
        session" names the players' link table, not the booker's key).  Parallel keys and unnamed routes are
        the planner's to settle."""
        check = check or RouteCheck(self.p.schema, self.p.tokens, self.p.valued_tokens())
        for c in conds:
            r = c.related
            if r is None:
                continue
            if r.outer != r.target:
                check.check(r.outer, r.target, r.prefer, named_only=True)
            self._related_routes(r.where, check)

    def _read_tables(self) -> set[str]:
        """The tables the main query itself reads (its FROM, what it shows, groups, sorts and tests), not those
        only looked for in an EXISTS."""
        q = self.q
        read = {q.base} | {t for e in [*q.select, *q.group_by, *(o for o, _d in q.order_by)] for t in tables_in_expr(e)}
        return read | {t for c in q.where if c.related is None for t in tables_in_cond(c)}

    def _outer_in_scope(self) -> None:
        """An EXISTS must hang on a row the main query reads: "fare cards that aren't registered" correlated to
        t_card_mst while the query reads only trips is SQL no engine runs."""
        q = self.q
        read = self._read_tables()
        for t in list(read):
            for edge in self.p.schema.path(q.base, t) or []:
                read.update((edge.child, edge.parent))
        for c in q.where:
            if c.related is not None and c.related.outer not in read:
                raise TranslationError(f"the rows of {c.related.outer} are not what the query reads; {REPHRASE}")

    def _values(self) -> None:
        self._outer_in_scope()
        self._related_routes(self.q.where)
        self._literal_kinds(self.q.where)
        self._contradictions(self.q.where)
        self._reads_and_denies()
        for c in self.q.where:
            if (
                c.op in ("=", "ieq", "like")
                and isinstance(c.left, Col)
                and any(
                    isinstance(v.value, str) and not v.value.strip().lstrip("-").replace(".", "", 1).isdigit()
                    for v in c.values
                )
            ):
                cm = self.p.meta(c.left.table).column(c.left.column)
                if cm is not None and cm.is_key and _INTEGER.search(cm.data_type or ""):
                    # "the manager of Ann Lee": a name is never a number key; the row it names is not found
                    raise TranslationError(
                        f"cannot tell which row {c.values[0].value!r} names for {c.left.column}; {REPHRASE}"
                    )
        self._equal_twice(self.q.where)


_INTEGER = re.compile(r"int|serial|number|numeric|decimal", re.I)

#: words the accounting pass places itself (units, measure verbs and nouns, "current"): not unknown to the planner
LATER_WORDS = frozenset(UNITS) | _MEASURE_VERBS | _MEASURE_NOUNS | _CURRENT_WORDS | _UNIT_HEADS | _SINGLE_WORDS


def account(planner: PlanState, q: Query) -> None:
    """Raise :class:`TranslationError` naming the first word of the question the query does not use."""
    Accountant(planner, q).check()



__all__ = [
    "END_WORDS", "LATER_WORDS", "MONEY_VERBS", "START_WORDS", "UNITS", "account", "column_unit", "says_an_end", "stem",
]
