"""The entry point: :func:`translate` a question into SQL for one catalog."""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass
from typing import overload

from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.lexicon import LABEL_WORDS
from aishell.ai.offline.linking import Linker
from aishell.ai.offline.parse import Parser
from aishell.ai.offline.plan_state import PlanState
from aishell.ai.offline.planner import build as build_plan
from aishell.ai.offline.schema import SchemaIndex
from aishell.ai.offline.sqlgen import SqlBuilder, TranslationBug
from aishell.ai.offline.text import tokenize
from aishell.ai.offline.values import ValueIndex
from aishell.ai.offline.verify import verify
from aishell.engines.base import Catalog


@dataclass(frozen=True)
class Translation:
    """A translated question."""

    sql: str
    explanation: str  # one line, plain English
    confidence: float  # 0..1


class Translator:
    """Holds the per-catalog indexes so that many questions share them."""

    def __init__(self, catalog: Catalog, values: ValueIndex | None = None) -> None:
        self.schema = SchemaIndex(catalog)
        self.values = values if values is not None else ValueIndex()
        for table, column in self.values.flags:  # 0/1 integers seen in the data are yes/no columns
            meta = self.schema.tables.get(table)
            col = meta.column(column) if meta is not None else None
            if col is not None and col.kind == "number":
                col.kind = "bool"
        for (table, column), pair in self.values.text_flags.items():  # 'Y'/'N' text columns are yes/no too
            meta = self.schema.tables.get(table)
            col = meta.column(column) if meta is not None else None
            if col is not None and (col.kind in ("text", "other") or (col.kind == "number" and pair == ("-1", "0"))):
                col.kind = "bool"
                col.bool_values = pair
        for (table, column) in self.values.text_numbers | self.values.blanks:  # a spreadsheet's text columns
            meta = self.schema.tables.get(table)
            col = meta.column(column) if meta is not None else None
            if col is None or col.kind not in ("text", "other"):
                continue
            col.blank = (table, column) in self.values.blanks
            if (table, column) in self.values.text_numbers and not set(col.words) & LABEL_WORDS:
                col.kind, col.text_number = "number", True  # (a room number or a zip code is a label: text)
        for (table, column), kind in self.values.date_kinds.items():  # dates told by their values, not names
            meta = self.schema.tables.get(table)
            col = meta.column(column) if meta is not None else None
            if col is None or col.kind not in ("text", "other", "number", "date"):
                continue
            if kind in ("iso", "iso_time") and col.kind != "number":
                col.kind, col.clock = "date", "time" if kind == "iso_time" else "day"
            elif kind in ("epoch_s", "epoch_ms") and col.kind == "number":
                col.kind, col.epoch, col.clock = "date", 1 if kind == "epoch_s" else 1000, "time"
            elif kind == "yyyymmdd" and col.kind in ("number", "date", "text", "other"):
                col.kind, col.digits, col.clock = "date", True, "day"  # 20250115, held as a number or as text
            elif kind == "clock" and col.kind == "date":
                col.kind, col.clock = "other", "clock"  # a time of day alone: never the date of "in 2024"
            elif kind in ("dmy", "mdy") and col.kind in ("date", "text", "other"):
                col.kind, col.day_order, col.clock = "date", kind, "day"  # '15/06/2025': compared as that ISO date
            elif kind == "unread" and col.kind == "date":
                col.kind = "other"  # a date in a form the translator cannot compare ('June 3, 2024', '3/6/24')
        self.linker = Linker(self.schema, self.values)

    def _state_verb(self, text: str) -> str | None:
        """An imperative whose past participle is a flag or state the catalog stores ("retire the player ..."
        against ``b_retired``, "archive all ..." against ``is_archived``): a request to change that state."""
        m = _IMPERATIVE.match(text)
        if m is None:
            return None
        verb = m.group(1).lower()
        if verb in _READ_VERBS:
            return None
        forms = {verb + "d", verb + "ed", verb[:-1] + "ied" if verb.endswith("y") else verb + "ed"}
        for meta in self.schema.tables.values():
            for col in meta.columns:
                if forms.intersection(col.words):
                    return verb
        return None

    def translate(self, question: str, *, dialect: str, today: dt.date | None = None) -> Translation:
        today = today or dt.date.today()
        text = question.strip()
        if not text:
            raise TranslationError("empty question")
        if not self.schema.tables:
            raise TranslationError("the database has no tables")
        if _WITH_ZEROS.search(text):
            raise TranslationError("counting the groups that have none as zero (an outer join) is not something the "
                                   "offline translator does; use an LLM provider (--provider)")  # fmt: skip
        if _PER_COUNT.search(text):
            raise TranslationError("a rate per a number of rows ('per 1,000 residents') is not something the "
                                   "offline translator computes; use an LLM provider (--provider)")  # fmt: skip
        verb = write_request(text) or self._state_verb(text)
        if verb is not None:
            raise TranslationError(
                f"the offline translator does not write: {verb!r} asks to change data; "
                "write the statement yourself, or use an LLM provider (--provider)"
            )
        text, places = rounding(_drop_indifference(text))
        try:
            tokens = tokenize(text)
            items = Parser(tokens, self.linker, today).parse()
            plan = PlanState(items, tokens, self.schema, self.values, today)
            query = build_plan(plan)
            builder = SqlBuilder(self.schema, dialect)
            if places is not None:
                if not any(builder.rounded(e) for e in query.select):
                    raise TranslationError(f"nothing in the answer to round to {places} decimal places; {REPHRASE}")
                query.round_to = places
            sql = builder.render(query)
            verify(text, sql, self.schema, dialect, self.values)  # refuse a shape that contradicts the question's cues
        except TranslationError:
            raise
        except TranslationBug as exc:
            raise TranslationError(f"cannot build the query: {exc}") from None
        except Exception as exc:  # a gap in the rules must read as "not confident", never as a crash
            raise TranslationError(f"cannot translate this question ({type(exc).__name__}: {exc})") from exc
        confidence = max(0.05, min(1.0, 1.0 - plan.penalty))
        explanation = _explain(plan.notes, query.base)
        return Translation(sql=sql, explanation=explanation, confidence=round(confidence, 2))


#: an imperative that changes data or schema, at the start of a request ("please delete ...",
#: "can you update ...", "I want to insert ..."); "add up" is a sum, not a write
_WRITE_REQUEST = re.compile(
    r"^\s*(?:(?:please|kindly|now|then|and|just|go\s+ahead\s+and|(?:can|could|would|will)\s+you"
    r"(?:\s+please)?|i\s+(?:want|need|would\s+like)\s+to|we\s+(?:want|need)\s+to|let'?s|"
    r"help\s+me)[\s,]+)*"
    # "please put in the end date", "key in their new address": to enter a value
    r"((?:put|key|type|pencil)\s+in(?=\s+(?:the|a|an|his|her|their|its|our|that|this)\b)|"
    r"delete|remove|drop|truncate|insert|update|modify|change|set|rename|alter|create|"
    r"add(?!\s+up\b)|append|erase|purge|wipe|clear|replace|grant|revoke|mark|assign|move|"
    r"cancel|deactivate|activate|archive|merge|upsert|increase|decrease|raise|lower|reset|close|reopen|"
    r"reject|approve|accept|decline|deny|suspend|disable|enable|restore|unassign|reassign|refund|"
    r"promote|demote|publish|unpublish|reschedule|retire|unretire|expire|ban|unban|terminate|discontinue|"
    r"reinstate|revert|deregister|unsubscribe|enrol|enroll|unenrol|unenroll|delist|void|waive|unvoid|"
    r"discharge|admit|readmit|renew|extend|allocate|deallocate|unflag|untag|unlink|detach|unlock|unblock|"
    r"surrender|relinquish|forfeit|withdraw|unbar|blacklist|whitelist|"
    r"get\s+rid\s+of|do\s+away\s+with|dispose\s+of|throw\s+(?:out|away)|"  # "so get rid of that clinic"
    # "bar subscriber 12 from roaming" (not "bar charts of ...", "bar staff per shift")
    r"bar(?!\s+(?:charts?|graphs?|tabs?|staff|stools?|takings|sales|orders?|tills?|codes?)\b)"
    r"(?=\s+\S+(?:\s+\S+){0,4}\s+from\s+(?!\d))|"
    # an imperative that is also a noun or an adjective at the head of a question ("end date of ...", "complete
    # list of ...", "issue 42 ...", "transfer amounts per month"): a verb only before what it acts on
    r"(?:end|stop|finish|complete|issue|schedule|flag|tag|link|attach|lock|block|charge|bill|switch|swap|transfer|"
    r"pause|resume|upgrade|downgrade|fill\s+in|sign\s+up|check\s+in)"
    r"(?=\s+(?:the|a|an|all|every|this|that|these|those|his|her|their|its|our|my|it|them|him)\b)|"
    r"take\s+(?:down|off|away)|strip|(?:book|reserve)(?=\s+(?:a|an|the|\d+|in|me|us|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|another|some)\b)|"
    # "make the bidder with paddle 130 a VIP"; not "make (me) a list of ..."
    r"make(?!\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:list|table|report|summary|chart|count|overview|breakdown|tally)\b)|"
    # "put Pasta Salad up to 6.90"; "give customer 12 a 10% discount" (not "give me ...")
    # "record that loan 17 was returned", "record a reading of 312 kWh": a fact to store
    r"(?:record|log|note|register|enter)(?=\s+(?:that|a|an|the|new|another|their|his|her|its|our|"
    r"(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week))(?:'|\u2019)s)\b|\s+(?:it|them|this|"
    r"these|those|him|her)\s+as\b)|"
    # "give TK-50164 to AG-03": hand something over (not "give me ...", not "to date")
    r"give(?=\s+(?!me\b|us\b)\S+(?:\s+\S+){0,3}\s+to\s+(?!date\b|me\b|us\b)\S)|"
    r"put|give(?=\s+(?!me\b|us\b)\S.*?(?<!\bwith)(?<!\bhave)(?<!\bhas)(?<!\bhad)\s(?:a|an)\s+(?:\S+\s+)?(?:discount|raise|bonus|refund|credit|rebate|upgrade|"
    r"promotion)\b))\b"
    r"(?!\s+(?:by|per|of|in|over|from)\b)",
    re.IGNORECASE,
)


#: "requests per 1,000 residents": a rate scaled to a number of other rows
#: "including authors with none", "Include tours with none.", "counting RFQs with no bids as zero", "show zero for
#: anyone with none": groups with no rows counted as 0, which an inner join leaves out
_WITH_ZEROS = re.compile(
    r"\b(?:includ(?:e|es|ing)|show(?:ing)?\s+(?:a\s+)?(?:zero|0)\s+for)\s+(?:the\s+|those\s+|any\s*)?(?:[a-z']+\s+){0,3}?"
    r"(?:with|that\s+have|who\s+have|which\s+have|having)\s+(?:none|no\b|zero\b|nothing)"
    r"|\bcounting\b[^.?!;]*?\bas\s+(?:zero|0)\b",
    re.I,
)
_PER_COUNT = re.compile(
    r"\bper\s+(?:\d[\d,.]*|a\s+(?:hundred|thousand|million)|hundred|thousand|million)\s+[a-z]", re.I
)


#: a leading verb addressed at some rows: "retire the player ...", "expire all ...", "flag order 12"
_IMPERATIVE = re.compile(
    r"^\s*(?:please\s+)?([a-z]{3,})\s+(?:the|all|every|each|this|these|those|any|a|an|\d+)\b", re.IGNORECASE
)


#: leading verbs that ask to read, whatever the catalog stores ("list the listed properties")
_READ_VERBS = frozenset(
    {
        "list", "show", "count", "find", "give", "get", "display", "name", "return", "rank", "sort", "order",
        "compare", "sum", "total", "average", "calculate", "compute", "tell", "fetch", "select", "report", "print",
        "group", "break", "identify", "see", "view", "pull", "retrieve", "look", "check", "provide", "summarise",
        "summarize", "search", "filter", "what", "which", "who", "how", "when", "where", "are", "is", "was", "were",
        "do", "does", "did", "has", "have",
    }
)  # fmt: skip


#: "whatever their status", "regardless of status", "irrespective of the type": no condition on that attribute
_INDIFFERENT = re.compile(
    r"[,;]?\s*\b(?:(?:whatever|whichever)\s+(?:its|their|the|his|her)|(?:regardless|irrespective)\s+of"
    r"(?:\s+(?:its|their|the|his|her))?)\s+(?!(?:whether|if|how|when|who|what|which)\b)[A-Za-z]+\b(?!\s+(?:is|are|was|were)\b)",
    re.IGNORECASE,
)


#: "for each of the departments", "every one of the farms": each department
_EACH_OF = re.compile(r"\b(each|every)(?:\s+one)?\s+of\s+(?:the|these|those|our|all\s+the)\s+", re.I)



def _average_per(m: re.Match[str]) -> str:
    """ "on average, how many X does a Y get": "average number of X per Y" (the question as it stands when neither
    "on average" opens it nor follows the verb)."""
    if not (m.group(0).lower().startswith("on") or m.group("avg")):
        return m.group(0)
    rows = m.group("y") or m.group("z") or m.group("w")
    return f"average number of {m.group('x')} per {rows}"


#: idioms said in the words the translator knows: (pattern, replacement)
#: a last sentence that asks to leave rows out, up to what it leaves out ("? Skip the soft-deleted ...")
_LEAVE_OUT = (r"\s*[?.!]\s+(?:please\s+)?(?:leave\s+out|exclude|ignore|skip|don'?t\s+count|do\s+not\s+count)\s+"
              r"(?:any\s+|the\s+)?(?:soft[- ])?")

_IDIOMS = (
    # "customers who don't hold any policy", "members who do not own a locker": who have none
    (re.compile(r"\b(do|does|did)(n['\u2019]t|\s+not)\s+(?:hold|own|possess)\b", re.I), r"\1\2 have"),
    # "whose training runs out next month", "memberships that ran out": they expire (not "ran out of stock")
    (re.compile(r"\bruns\s+out\b(?!\s+of\b)", re.I), "expires"),
    (re.compile(r"\bran\s+out\b(?!\s+of\b)", re.I), "expired"),
    (re.compile(r"\brun\s+out\b(?!\s+of\b)", re.I), "expire"),
    (re.compile(r"\brunning\s+out\b(?!\s+of\b)", re.I), "expiring"),
    # "what % of parcels ...", "the % of orders": a percent sign that follows no number is the word
    (re.compile(r"(?:(?<=\s)|^)(?<!\d )%(?=\s+of\b)"), "percentage"),
    # "longer than half an hour", "an hour and a half", "a quarter of an hour": the time as a number of minutes
    (re.compile(r"\b(?:an?\s+)?hour\s+and\s+a\s+half\b", re.I), "90 minutes"),
    (re.compile(r"\bhalf\s+(?:an|one)\s+hour\b", re.I), "30 minutes"),
    (re.compile(r"\b(?:a\s+)?quarter\s+of\s+an\s+hour\b", re.I), "15 minutes"),
    (re.compile(r"\bthree\s+quarters\s+of\s+an\s+hour\b", re.I), "45 minutes"),
    (re.compile(r"\bhalf\s+a\s+minute\b", re.I), "30 seconds"),
    (re.compile(r"\b(?:a\s+)?day\s+and\s+a\s+half\b", re.I), "36 hours"),
    (re.compile(r"\bhalf\s+a\s+day\b", re.I), "12 hours"),
    (re.compile(r"\b(\d+)\s+and\s+a\s+half\s+(hours|days|minutes|weeks)\b", re.I), r"\1.5 \2"),
    # "in calendar 2024": the year; "how many 2024 rentals": the rentals of that year
    (re.compile(r"\bin\s+calendar\s+(?:year\s+)?((?:19|20)\d\d)\b", re.I), r"in \1"),
    (re.compile(r"\b(how\s+many|number\s+of)\s+((?:19|20)\d\d)\s+([a-z]+)(?=\s+(?:were|was|have|has|had|did|took|"
                r"got|are|is)\b)", re.I), r"\1 \3 in \2"),
    # "in °C", "above 30 °C": the unit as a word (a letter alone is never one)
    (re.compile(r"\s?°\s?C\b"), " celsius"),
    # "Most common topic first", "least popular dish first": the counts sorted, as "most first"
    (re.compile(r"\b(most|least)\s+(?:common|popular|frequent)\s+(?:[a-z]+\s+){0,2}?first\b", re.I), r"\1 first"),
    # "What did the referee fees for played matches add up to?", "what did our sales come to": their total
    (re.compile(r"^what\s+(?:did|do|does|will)\s+(?!we\b|you\b|they\b|i\b)(.+?)\s+(?:add\s+up\s+to|come\s+to|"
                r"amount\s+to|total)\b", re.I), r"What was the total of \1"),
    # "at the 2024 show", "for the 2024 matches, ...": the rows of that year, as "the show in 2024"
    (re.compile(r"\b(the|our|this|last)\s+((?:19|20)\d\d)\s+([a-z]+)(?=\s*[?.,;!]|\s*$|\s+(?:at|in|on|of|for|"
                r"were|was|did|that|who|which|and|with|got|had|has|have|launched|is|are)\b)", re.I), r"\1 \3 in \2"),
    # "over 100 km/h", "60 miles an hour": a speed, never a distance in km or miles
    (re.compile(r"\b(?:km\s*/\s*hr?|kms?\s+(?:per|an)\s+hour|kilomet(?:re|er)s?\s+(?:per|an)\s+hour|kmh)(?!\w)",
                re.I), "kph"),
    (re.compile(r"\bmiles?\s+(?:per|an)\s+hour\b", re.I), "mph"),
    # "What did we take in entry payments ...", "what have we earned from ...": how much money
    (re.compile(r"^what\s+(did|have|has|do)\s+(we|you|they|the\s+\w+)\s+(take|taken|took|earn|earned|make|made|"
                r"collect|collected|bring|brought|receive|received|raise|raised|spend|spent|pay|paid)\b", re.I),
     r"how much \1 \2 \3"),
    # "What did repairs cost the council in 2024?": how much they cost (a sum), not a list of the repairs
    (re.compile(r"^what\s+(did|does|do|will|would)\s+(.+?)\s+cost\b", re.I), r"how much \1 \2 cost"),
    # "How much money did we take in each month": how much we earned ("take in" is money received)
    (re.compile(r"^how\s+much(\s+money)?\s+(did|have|has|do)\s+(we|you|they)\s+(?:take|taken|took)(?:\s+in\b)?(?=\s+"
                r"(?:in|on|from|for|during|each|per|this|last|so|since|between|by|over|at)\b|\s*[?.]|$)", re.I),
     r"how much\1 \2 \3 earn"),
    # "patients who failed to turn up", "by not turning up": did not attend; "lessons the rider turned up for": attended
    (re.compile(r"\b(?:fail(?:s|ed)?\s+to|did\s+not|didn'?t|never|not)\s+(?:turn(?:ed|ing)?|show(?:ed|ing)?)\s+up"
                r"(?:\s+(?:to|for))?\b", re.I), "did not attend"),
    (re.compile(r"\b(?:actually\s+)?(?:turned|showed)\s+up(?:\s+(?:to|for))?\b", re.I), "attended"),
    # "How many jobs did we take on in May": rows we got (taken on as work, not money)
    (re.compile(r"^(how\s+many\s+[a-z]+(?:\s+[a-z]+)?\s+(?:did|have|has|do)\s+(?:we|you|they))\s+(?:take|taken|took)"
                r"(?:\s+(?:in|on)\b)?(?=\s+(?:in|on|during|each|per|this|last|so|since|between|by|over)\b|\s*[?.]|$)",
                re.I), r"\1 get"),
    # "... each month of 2025? Show the month as 2025-01, 2025-02 and so on.": the months are shown so already
    (re.compile(r"(?<=[?.])\s*(?:please\s+)?show\s+(?:the\s+)?months?\s+as\s+\d{4}-\d{2}(?:\s*,\s*\d{4}-\d{2})*"
                r"(?:\s*,?\s*(?:and\s+so\s+on|etc\.?))?\s*\.?\s*$", re.I), ""),
    # "What events are coming up? Name and date.", "Event name and date please.": a last sentence that only lists what
    # to show is a request to show it
    (re.compile(r"(?<=[?.!])\s+(?!(?:show|list|give|include|display|return|print|sort|order|group|please|just|only|"
                r"and|but|also|then|not|no|exclude)\b)((?:[a-z]+\s+){0,2}[a-z]+(?:\s*,\s*(?:[a-z]+\s+){0,2}[a-z]+)*"
                r"\s*,?\s+(?:and|&)\s+(?:[a-z]+\s+){0,2}[a-z]+)(?:\s*,?\s*please)?\s*[.!]?\s*$", re.I),
     r" Show the \1."),
    # "How many current members are there across all the reading groups?", "..., across all of her pets": every
    # one of them, no condition (a qualified phrase, "across all settled claims", "across all SQD classes", stays)
    (re.compile(r",?\s*\bacross\s+all\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+|his\s+|her\s+|your\s+)?"
                r"[a-z]+s(?=\s*[?.!]|\s*$)", re.I), ""),
    # "What's the average amount claimed? Leave out deleted records.", "... Skip deleted findings.": a last sentence
    # that leaves out soft-deleted rows, said as a clause of the question ("..., excluding deleted findings?")
    (re.compile(_LEAVE_OUT + r"deleted\s+(?:records?|rows?|entries|ones)\s*[.!?]?\s*$", re.I),
     ", excluding deleted ones?"),
    (re.compile(_LEAVE_OUT + r"(deleted\s+[a-z]+(?:\s+[a-z]+)?)\s*[.!?]?\s*$", re.I), r", excluding \1?"),
    # "(live records only)", "only undeleted rows": the rows a soft delete did not take away
    (re.compile(r"\b(?:only\s+)?(?:live|undeleted|non-?deleted)\s+(?:records?|rows?|entries|ones)(?:\s+only)?\b",
                re.I), "not deleted"),
    # "units ordered last month", "hours worked in May": a quantity in units said first is its total
    (re.compile(r"^(units|hours|minutes|km|kilometres|kilometers|miles|kg|kilograms|litres|liters|kwh)\s+"
                r"(\w+ed|sold|driven|flown|spent|run|ridden|shipped|bought)\b", re.I), r"total \1 \2"),
    # "at the moment", "right now": currently
    (re.compile(r"\b(?:at\s+the\s+moment|at\s+present|right\s+now|as\s+of\s+now|as\s+of\s+today)\b", re.I),
     "currently"),
    # "the horses on our books", "vehicles still on the books": the ones there now where a date ends a row (a
    # horse's date left), else every row as stored (account.ON_BOOKS)
    (re.compile(r"\b(?:still\s+)?on\s+(?:our|the|its|their)\s+books\b", re.I), "onbooks"),
    # "so far this year", "this year so far": the year up to today, never its booked rows still to come
    (re.compile(r"\b(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|this\s+year\s+to\s+date)\b", re.I),
     "year to date"),
    # "... until now": every row stored ("so far" ending a clause is a period of its own: up to today; "so far this
    # year" is this year's)
    (re.compile(r"\s*\b(?:so\s+far(?!\s*(?:[?.!,;]|$))|until\s+now|up\s+(?:to|till|until)\s+now|to\s+this\s+day)\b",
                re.I), ""),
    # "how many plumbers work for the company?": our own organisation, no table of the question
    (re.compile(r"\b(work|works|working|worked)\s+(?:for|at)\s+(?:the|our|this)\s+(?:company|business|firm|"
                r"organi[sz]ation)(?=\s*(?:[?.!,;]|$|\s+and\b))", re.I), r"\1"),
    # "how many days did they last on average?", "how many hours on average did it take": the average said first,
    # as in "on average, how many days ..."
    (re.compile(r"\b(how\s+many\s+(?:days|nights|hours|minutes|weeks|months|years)\b)([^?.;!]*?)\s*,?\s+on\s+"
                r"average\b\s*,?", re.I), r"on average, \1\2 "),
    # "On average, how many teams take part in a quiz?", "how many admissions does a disco session get on average?",
    # "on average, how many samples are there in a STAT job?": the average number of the first rows per the second
    (re.compile(r"^(?:on\s+average\s*,?\s+)?how\s+many\s+(?P<x>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:"
                r"(?:does|do|did)\s+(?:a|an|each|every|one)\s+(?P<y>[a-z]+(?:[\s-]+[a-z]+){0,3}?)\s+(?:have|get|"
                r"receive|contain|hold|attract|draw)|(?:are|were|is|was)\s+(?:there\s+)?(?:in|on)\s+(?:a|an|each|every)"
                r"\s+(?P<z>[a-z]+(?:[\s-]+[a-z]+){0,3}?)|(?:take|took|takes)\s+part\s+in\s+(?:a|an|each|every)\s+"
                r"(?P<w>[a-z]+(?:[\s-]+[a-z]+){0,3}?))(?P<avg>\s*,?\s+on\s+average)?(?=\s*(?:[?.!,;]|$|\s+(?:of|in|at|"
                r"on|during|since|this|last|from|for|with|that|which|where|counting)\b))", re.I), _average_per),
    # "the nightclubs and the ward each one is in", "lounges with the airport each is at": their ward, their airport
    (re.compile(r"\bthe\s+([a-z]+)\s+(?:each|every)(?:\s+one)?\s+(?:is|was|are|sits?|lies|stands?)\s+(?:in|at|on|"
                r"under|within)(?=\s*(?:[?.!,;]|$))", re.I), r"their \1"),
    # "have not had a single image licensed", "without a single booking": any (never a value 'S' or 'Single')
    (re.compile(r"\b((?:not|n't|never|without|no\s+one|nobody)\b(?:\s+[a-z]+){0,2}?)\s+a\s+single\b", re.I),
     r"\1 any"),
    # "courses (that were) scheduled to start last quarter": the start dates them, never the state 'scheduled' now
    (re.compile(r"\b(?:scheduled|planned|due|set|booked)\s+to\s+(start|begin|open|run|finish|end|close|happen)\b",
                re.I), r"to \1"),
    # "students who got a zero in any subject": a mark of 0, never "no" (students without any)
    (re.compile(r"\b(got|gets|get|scored|scores|score|received|receives|had|has|have|given|gave)\s+a\s+zero\b", re.I),
     r"\1 0"),
    # "which craftsmen have left, and on what date?": when (the date the question tests)
    (re.compile(r"\band\s+on\s+what\s+date\b", re.I), "and when"),
    # "no payment recorded at all", "no stoppages at all in 2025": the negation of a noun, stressed (after a verb,
    # "not sold at all", it stays: a sale of none and no sale read alike there)
    (re.compile(r"(\b(?:no|without|none|nothing|nobody)\b[^.?!;]*?)\s+at\s+all\b", re.I), r"\1"),
    # "..., counting only rentals that have ended": only those
    (re.compile(r"\b(?:counting|considering|looking\s+at)\s+only\b", re.I), "only"),
    # "how many pianos do we look after", "the pools we still look after": the rows we currently have
    (re.compile(r"\b(we|you)\s+(?:(?:currently|still|now)\s+)?look\s+after\b", re.I), r"\1 currently have"),
    # "which employees have left the firm": left
    (re.compile(r"\b(left|leave|leaves|leaving|quit)\s+(?:the|our|this)\s+(?:company|firm|business|organi[sz]ation)"
                r"(?=\s*(?:[?.!,;]|$|\s+(?:and|in|on|since|during|before|after|this|last)\b))", re.I), r"\1"),
    # "hives taken out of use last year": removed
    (re.compile(r"\b(?:were\s+|was\s+)?(?:taken|took|put)\s+out\s+of\s+(?:use|service|commission|action)\b", re.I),
     " were removed"),
    # "took place in 2024": happened
    (re.compile(r"\b(?:took|take|takes|taking)\s+place\b", re.I), "happened"),
    # "no email address on file", "in the system": the rows as stored, and an email is an email
    (re.compile(r"\s*\b(?:on\s+(?:file|record|the\s+system)|in\s+the\s+system)\b", re.I),
     ""),
    (re.compile(r"\be-?mail\s+address(es)?\b", re.I), "email"),
    (re.compile(r"\b(phone|mobile|telephone|cell)\s+numbers?\b", re.I), r"\1"),
    # "inspections carried out in March": done
    (re.compile(r"\b(?:carried|carries|carry|carrying)\s+out\b", re.I), "done"),
    # "since the start of May 2025": since May 2025
    (re.compile(r"\b(since|from)\s+the\s+(?:start|beginning)\s+of\b", re.I), r"\1"),
    # "gender breakdown of current staff", "breakdown of staff by gender": a count per value
    (re.compile(r"^(?:(?:show|give|list)\s+(?:me\s+)?)?(?:the\s+|a\s+)?([a-z]+)\s+(?:breakdown|distribution|split|mix)\s+"
                r"(?:of|for|among|across)\s+(.+)$", re.I), r"number of \2 by \1"),
    (re.compile(r"^(?:(?:show|give|list)\s+(?:me\s+)?)?(?:the\s+|a\s+)?(?:breakdown|distribution|split)\s+of\s+(.+?)\s+by\s+(.+)$",
                re.I), r"number of \1 by \2"),
    # "the loans that ended up forfeited", "jobs that end up being cancelled": were, are
    (re.compile(r"\b(?:ended|end)\s+up\s+(?:being\s+|as\s+)?", re.I),
     lambda m: "were " if m.group(0).lower().startswith("ended") else "are "),
    # "donors who never actually gave", "jobs already past their due date": the words only stress (but "lessons
    # actually taught" are the ones that took place)
    (re.compile(r"\b(never|not)\s+(?:actually|really)\b", re.I), r"\1"),
    (re.compile(r"\balready\s+(?!\s*[?.!,;]|$)", re.I), ""),
    # "past due invoices": overdue
    (re.compile(r"\bpast\s+due\b", re.I), "overdue"),
    # "which member of staff", "members of the staff": staff
    (re.compile(r"\bmembers?\s+of\s+(?:the\s+)?staff\b", re.I), "staff"),
    # "the first and last name": both names
    (re.compile(r"\bfirst\s+and\s+last\s+names?\b", re.I), "first name and last name"),
    (re.compile(r"\bfirst\s+and\s+family\s+names?\b", re.I), "first name and family name"),
)


_TIMES = {"once": 1, "twice": 2, "thrice": 3}


def _whole(word: str) -> int:
    """The whole number before "and a half": "an", "a" and "one" are 1."""
    return int(word) if word.isdigit() else 1
_SHORT_PERIODS = {"yr": "year", "mo": "month", "mth": "month", "wk": "week", "qtr": "quarter"}

#: a chat message's wrapper around the request: "Quick one:", "Could you pull up", "Can I get", "I'd like to know"
_WRAPPERS = (
    (re.compile(r"(?<![\w#])#\s+of\b", re.I), "number of"),
    (re.compile(r"\bw/o\b", re.I), "without"),
    # "test-driven at least twice": a count, never the superlative "least" with a stray word
    (re.compile(r"\b(at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|exactly|over|under)\s+"
                r"(once|twice|thrice)\b", re.I),
     lambda m: f"{m.group(1)} {_TIMES[m.group(2).lower()]} times"),
    (re.compile(r"\bw/(?=\s|\w)", re.I), "with "),  # "buyers w/ 7 or more viewings": never a value 'W'
    # "... ? I'd like their names.": a later sentence that asks to see something, never a pattern 'like'
    (re.compile(r"(?<=[.?!])\s+i(?:'d|\s+would)\s+(?:like|love)\s+(?:to\s+(?:see|get|have)\s+)?", re.I), " Show "),
    # "longer than an hour and a half", "2 hours and a half", "one and a half hours": the half counted
    (re.compile(r"\b(an?|one|\d+)\s+(hour|minute|day|week|month|year|mile|kilometre|kilometer)s?\s+and\s+a\s+half\b",
                re.I), lambda m: f"{_whole(m.group(1)) + 0.5:g} {m.group(2)}s"),
    (re.compile(r"\b(an?|one|\d+)\s+and\s+a\s+half\s+(hour|minute|day|week|month|year|mile|kilometre|kilometer)s?\b",
                re.I), lambda m: f"{_whole(m.group(1)) + 0.5:g} {m.group(2)}s"),
    # "reports directly to X", "directly reports to X": the row above, which a self-referencing key holds
    (re.compile(r"\b(reports?|reporting|reported|answers?|works?)\s+directly\s+(to|under|for)\b", re.I),
     r"\1 \2"),
    (re.compile(r"\bdirectly\s+(reports?|report|answers?)\s+to\b", re.I), r"\1 to"),
    # "the last name of the person they report to": of their direct manager, whom they have
    (re.compile(r"\b(?:the\s+)?(?:person|one|someone|employee|staff\s+member)\s+(?:they|he|she|each\s+\w+)\s+"
                r"(?:reports?|answers?)\s+to\b", re.I), "their direct manager"),
    # a period said short after a word that dates ("this yr", "last mo", "per wk"): never a value 'MO'
    (re.compile(r"\b(this|last|next|per|a|each|every|past|previous|prior)\s+(yr|mo|mth|wk|qtr)(s?)\b", re.I),
     lambda m: f"{m.group(1)} {_SHORT_PERIODS[m.group(2).lower()]}{m.group(3)}"),
    (re.compile(r"^\s*(?:quick\s+(?:one|question)|hi|hello|hey)\s*[:,\-–—]\s*", re.I), ""),
    (re.compile(r"^\s*(?:(?:could|can|would)\s+you\s+(?:please\s+)?(?:pull\s+up|dig\s+out|bring\s+up|show\s+me|get\s+me|"
                r"give\s+me|find\s+me|find|list|show)|(?:can|could|may)\s+i\s+(?:please\s+)?(?:get|have|see)|"
                r"i(?:'d|\s+would)\s+(?:like|love)\s+(?:to\s+(?:see|get|have))?|i\s+(?:want|need)\s+(?:to\s+see|to\s+get)?|"
                r"please\s+(?:pull\s+up|show\s+me|give\s+me|list|show))\s+", re.I), "list "),
    (re.compile(r"^\s*(?:(?:could|can|would)\s+you\s+(?:please\s+)?tell\s+me|i(?:'d|\s+would)\s+(?:like|love)\s+to\s+know|"
                r"i\s+(?:want|need)\s+to\s+know|do\s+you\s+know)\s+", re.I), ""),
    (re.compile(r"^list\s+(?:a|the)\s+(list|count|number|headcount|total)\s+of\s+", re.I),
     lambda m: "list " if m.group(1).lower() == "list" else m.group(1).lower() + " of "),
    (re.compile(r"\s*,?\s*\b(?:please|thanks|thank\s+you|if\s+you\s+don'?t\s+mind|if\s+possible)\b\s*[.!]?", re.I),
     " "),
)

#: a sentence after the request that only says how little of the answer is needed ("Just the names is fine.")
_FILLER_SENTENCE = re.compile(
    r"^(?:(?:just|only)\s+)?(?:the\s+)?(?:(?:first\s+and\s+last\s+)?names?|totals?|codes?|numbers?|counts?|dates?|"
    r"one\s+number)\s*(?:is|are|will\s+do)?\s*(?:fine|ok|okay|enough|great)?\s*[.!]*$",
    re.I,
)


def _plain_request(question: str) -> str:
    """A chat message as the request it makes: its wrapper words dropped ("Could you pull up the ..." is "list
    the ..."), and a last sentence that only says how little is needed ("Names please.")."""
    text = question
    for pattern, plain in _WRAPPERS:
        text = pattern.sub(plain, text)
    parts = re.split(r"(?<=[.?!])\s+", text.strip())
    while len(parts) > 1 and (_FILLER_SENTENCE.match(parts[-1].strip()) or not parts[-1].strip(" .!?")):
        parts.pop()
    return " ".join(" ".join(parts).split())


_NUMBER_WORDS = {"no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4}
_PLACES = r"(?P<n>[0-4]|no|zero|one|two|three|four)\s*(?:decimal(?:\s+(?:place|point|digit)s?|s)?|d\.?p\.?)(?!\w)"
_WHOLE = r"(?P<w>(?:the\s+)?nearest\s+(?:whole\s+number|integer|unit)|whole\s+numbers?)(?!\w)"
#: "Round to one decimal.", "rounded to 2 decimal places", "(1 dp)", "One decimal please.", "give it to two
#: decimals", "to the nearest whole number": how many places to round the answer's measures to
_ROUNDING = re.compile(
    r"[\s,;(]*(?:\b(?:please\s+)?(?:and\s+)?(?:round(?:ed|ing)?|give|show|express(?:ed)?|present(?:ed)?|"
    r"report(?:ed)?)(?:\s+(?:it|them|that|this|each|everything|the\s+(?:result|answer|figure|number|value|"
    r"percentage|average|share|rate|ratio|total)s?))?(?:\s+off)?\s+)?(?:\b(?:to|at|with|in|as)\s+)?"
    rf"(?:{_PLACES}|{_WHOLE})(?:\s*,?\s*please)?(?:\s*\)|(?=\s*(?:[.,;:!?]|$)))",
    re.I,
)


def rounding(question: str) -> tuple[str, int | None]:
    """The question without a request to round the answer ("... ? Round to one decimal."), and the number of
    decimal places asked (None: no rounding asked)."""
    m = _ROUNDING.search(question)
    if m is None:
        return question, None
    n = m.group("n")
    places = 0 if m.group("w") else int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
    rest = (question[: m.start()] + " " + question[m.end() :]).strip()
    rest = re.sub(r"\s*([?.!])(?:\s*[?.!])+\s*$", r"\1", rest)  # "...? ." left by a last sentence taken away
    return " ".join(rest.split()), places


def _drop_indifference(question: str) -> str:
    """The question without a phrase that only says an attribute does not matter (it adds no condition),
    with "at the moment", "right now" said as "currently", "each of the farms" as "each farms" and the
    idioms of :data:`_IDIOMS` in plain words; a chat message's wrapper is dropped first (:func:`_plain_request`)."""
    question = _plain_request(question)
    text = _EACH_OF.sub(lambda m: m.group(1) + " ", _INDIFFERENT.sub(" ", question))
    for pattern, plain in _IDIOMS:
        text = pattern.sub(plain, text)
    return " ".join(text.split())


#: a polite request after a clause: "A-1044 cancelled today, please record the churn"; after a statement (no
#: question mark), any clause that opens with an imperative: "Diego brought the melter back today, record the return"
_LATER_REQUEST = re.compile(r"(?:[,.;:!?]|\s[-\u2013\u2014])\s*(?=(?:please|kindly|(?:can|could|would|will)\s+you)\b)",
                            re.IGNORECASE)  # ("... is off because of a sewage alert - can you record that ...")
_LATER_CLAUSE = re.compile(r"(?:[,;:!]|\.(?!\d)|\s[-\u2013\u2014])\s*(?:(?:and|then|so)\s+)?", re.IGNORECASE)

#: a value said to hold from now on: "the Battle Pass should cost 7.99 from now on"
_FROM_NOW_ON = re.compile(
    r"\b(?:from\s+now\s+on|going\s+forward|henceforth|with\s+immediate\s+effect|effective\s+(?:today|immediately))\b"
    r"|\b(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+(?:now\s+)?(?:cost|be\s+set\s+to|be\s+changed\s+to|become)\b",
    re.IGNORECASE,
)


#: a statement that something has just happened to a row, told so that it is recorded
_NOW_DONE = re.compile(r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:has|have|is|are)\s+(?:now|just)\s+(?:been\s+)?"
                       r"[a-z]+(?:ed|en|id|ne)\b", re.IGNORECASE)  # (not "orders that have just been shipped")
#: a statement that something happened today: "Invoice 425 was paid today by card" (not when a relative clause
#: holds it: "invoices where payment was received today")
_TODAY_DONE = re.compile(r"\b(?:was|were|got|has\s+been|have\s+been)\s+(?:\w+\s+)?[a-z]+(?:ed|en|id|ne|t)\b"
                         r"(?:\s+\S+){0,4}?\s+(?:today|this\s+(?:morning|afternoon)|just\s+now)\b", re.IGNORECASE)
#: news of what someone did, said as a statement: "Agnes Oddie has scratched her tup from this year's show", "We have
#: refunded order 12" (a name or "we" and a finished verb, first in a sentence that asks nothing)
_SOMEONE_DID = re.compile(r"^\s*(?:(?:[A-Z][\w'’-]*\s+){1,4}|[Ww]e\s+|I\s+)(?:has|have|had)\s+"
                          r"(?:just\s+|now\s+|also\s+)?(?!been\b|got\b|had\b)[a-z]+(?:ed|en|wn|ne|id|pt|lt|ft)\b")
#: what an imperative acts on, right after it
_ACTED_ON = re.compile(r"\s+(?:the|a|an|all|every|this|that|these|those|his|her|their|its|our|my|it|them|him)\b",
                       re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when|whether|if|with|without)\b", re.IGNORECASE)

#: the first words of a question or of a request to read
_ASKS = re.compile(r"^\s*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|can|"
                   r"could|list|show|give|find|count|tell|get)\b", re.IGNORECASE)


def write_request(question: str) -> str | None:
    """The verb of a request to change data ("delete all cancelled orders"), or ``None``.

    The offline translator only reads: a write request is refused, never answered with a
    SELECT that looks like it did what was asked."""
    stated = not question.rstrip().endswith("?") and not _ASKS.match(question)
    clauses = [(question, False), *((question[m.end():], False) for m in _LATER_REQUEST.finditer(question))]
    if stated:  # a bare imperative later in a statement, only before what it acts on ("..., record the return")
        clauses += [(question[m.end():], True) for m in _LATER_CLAUSE.finditer(question)]
    for clause, bare in clauses:
        m = _WRITE_REQUEST.match(clause)
        if m is not None and (not bare or _ACTED_ON.match(clause, m.end())):
            return m.group(1).lower()
    m = _FROM_NOW_ON.search(question)
    if m is None and stated:  # news to record: "Winnie's appointment has now been paid", "... was paid today"
        m = _NOW_DONE.search(question) or _SOMEONE_DID.match(question) or next(
            (t for t in _TODAY_DONE.finditer(question) if not _RELATIVE.search(question, 0, t.start())), None)
    return "change" if m else None


def _explain(notes: list[str], base: str) -> str:
    """One plain line: the shape first, then the conditions ("Count customers where country is 'Japan'.")."""
    if not notes:
        return f"Query {base}."
    head, conds = notes[0], [n for n in notes[1:] if n]
    text = head + (" where " + " and ".join(conds) if conds else "")
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] + "."


#: recently used translators, so that asking many questions of one catalog indexes it once
_CACHE: list[tuple[weakref.ref[Catalog], weakref.ref[ValueIndex], tuple[int, int], Translator]] = []
_CACHE_SIZE = 4


def _fingerprint(catalog: Catalog) -> tuple[int, int]:
    return len(catalog.tables), sum(len(t.columns) + len(t.foreign_keys) for t in catalog.tables)


@overload
def translator_for(catalog: Catalog, values: ValueIndex) -> Translator: ...
@overload
def translator_for(catalog: Catalog, values: ValueIndex, *, build: bool) -> Translator | None: ...
def translator_for(catalog: Catalog, values: ValueIndex, *, build: bool = True) -> Translator | None:
    """A :class:`Translator` for this catalog and value index, reused while both objects live unchanged;
    ``build=False``: None instead of building one."""
    fp = _fingerprint(catalog)
    for entry in _CACHE:
        cat_ref, val_ref, old_fp, tr = entry
        if cat_ref() is catalog and val_ref() is values and old_fp == fp:
            return tr
    if not build:
        return None
    tr = Translator(catalog, values)
    remember(catalog, values, tr)
    return tr


def remember(catalog: Catalog, values: ValueIndex, tr: Translator) -> None:
    """Keep ``tr`` (built elsewhere, e.g. loaded by :mod:`aishell.ai.offline.cache`) for :func:`translator_for`."""
    _CACHE.insert(0, (weakref.ref(catalog), weakref.ref(values), _fingerprint(catalog), tr))
    del _CACHE[_CACHE_SIZE:]


def translate(
    question: str,
    catalog: Catalog,
    values: ValueIndex,
    *,
    dialect: str,
    today: dt.date | None = None,
) -> Translation:
    """Translate ``question`` into one SELECT for ``catalog`` in ``dialect``.

    Raises :class:`TranslationError` when the question cannot be translated
    with confidence (no table matches, words that matter are unknown ...).
    The catalog's indexes are built once and reused for the same objects.
    """
    return translator_for(catalog, values).translate(question, dialect=dialect, today=today)
