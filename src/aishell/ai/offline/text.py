"""Words: tokenizing questions, splitting identifiers, singular and verb forms.

Everything here is pure string work with no knowledge of a schema.  Linking
compares *forms*: a question word and a schema word match when their sets of
forms (:func:`forms`) intersect, so ``orders`` meets ``order``, ``priced``
meets ``price`` and ``categories`` meets ``category``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

_TOKEN = re.compile(
    r"""
    (?P<quoted>'(?:[^']|'')*'|"[^"]*"|“[^”]*”|‘[^’]*’)
  | (?P<date>\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}-(?:0[1-9]|1[0-2])(?![\d-]))
  | (?P<number>[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?:%|k\b|m\b)?|[$€£]?\.\d+)
  | (?P<word>[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]*(?:['’][A-Za-z]+)*)
  | (?P<op>>=|<=|<>|!=|=|<|>)
  | (?P<punct>[,;:?!.()&/+-])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    """One token of a question."""

    index: int
    text: str  # as typed (quotes removed for quoted strings)
    kind: str  # word | number | date | quoted | op | punct
    low: str
    value: float | None = None  # numbers only
    currency: bool = False
    start: int = 0  # character offsets in the question
    end: int = 0
    joined: bool = False  # a hyphen joins it to the token before ("no-shows", "best-selling")

    @property
    def possessive(self) -> bool:
        """Typed with an "'s" the tokenizer left off ("Bramble's", "the carer's name")."""
        return self.end - self.start == len(self.text) + 2

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def capitalized(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()


def _number(text: str) -> tuple[float, bool]:
    currency = text[:1] in "$€£"
    body = text.lstrip("$€£").replace(",", "")
    scale = 1.0
    if body.endswith("%"):
        body = body[:-1]
    elif body.endswith("k"):
        body, scale = body[:-1], 1000.0
    elif body.endswith("m"):
        body, scale = body[:-1], 1_000_000.0
    return float(body) * scale, currency


NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
}


#: the verb a pronoun's contraction stands for ("we've" is "we have")
_CONTRACTIONS = {"'ve": "have", "'re": "are", "'ll": "will", "'m": "am"}


def tokenize(question: str) -> list[Token]:
    """Split a question into tokens.  Possessive ``'s`` is dropped, ``n't`` kept as ``not``."""
    tokens: list[Token] = []

    hyphen = False

    def add(
        text: str, kind: str, low: str, start: int, end: int, value: float | None = None, currency: bool = False
    ) -> None:
        nonlocal hyphen
        tokens.append(Token(len(tokens), text, kind, low, value, currency, start, end, hyphen))
        hyphen = False

    for m in _TOKEN.finditer(question):
        kind = m.lastgroup or "punct"
        text = m.group(0)
        a, b = m.start(), m.end()
        if kind == "quoted":
            inner = text[1:-1].replace("''", "'")
            add(inner, "quoted", inner.lower(), a, b)
            continue
        if kind == "number":
            value, currency = _number(text)
            add(text, "number", text.lower(), a, b, value, currency)
            continue
        if (
            kind == "word"
            and text.lower() in ("st", "nd", "rd", "th")
            and tokens
            and tokens[-1].kind == "number"
            and a > 0
            and question[a - 1].isdigit()
        ):
            continue  # "80th", "3rd": the ordinal suffix adds nothing
        if kind == "word":
            text = text.replace("’", "'")
            low = text.lower()
            if low.endswith("n't"):
                stem = {"won't": "will", "can't": "can", "shan't": "shall"}.get(low, low[:-3])
                add(stem, "word", stem, a, b - 3)
                add("not", "word", "not", b - 3, b)
                continue
            tail = next((t for t in _CONTRACTIONS if low.endswith(t) and low[: -len(t)] in ("we", "i", "you")), None)
            if tail is not None:  # "we've", "we're", "I'm": the asker and its verb ("they're" points back: kept whole)
                cut = b - len(tail)
                add(text[: -len(tail)], "word", low[: -len(tail)], a, cut)
                add(_CONTRACTIONS[tail], "word", _CONTRACTIONS[tail], cut, b)
                continue
            if low.endswith("'s"):
                text, low = text[:-2], low[:-2]
            if low in NUMBER_WORDS:
                add(text, "number", low, a, b, float(NUMBER_WORDS[low]))
                continue
            negating = low == "non" or (low == "un" and question[b : b + 1] == "-")
            if negating and re.match(r"[- ]?[A-Za-z]", question[b:]):
                add("not", "word", "not", a, b)  # "non-cancelled", "non members", "un-assigned": a negation
                continue
            add(text, "word", low, a, b)
            continue
        if text == "-" and tokens and tokens[-1].kind == "word" and question[b : b + 1].isalnum():
            hyphen = True
            continue  # "best-selling", "top-5", "e-mail": the hyphen only joins
        add(text, kind, text.lower(), a, b)
    for k in range(len(tokens) - 1):  # "one of the club's bows": which of them, never the number 1
        if tokens[k].low in ("one", "any") and tokens[k].kind == "number" and tokens[k + 1].low == "of":
            tokens[k] = replace(tokens[k], kind="word", value=None)
    return tokens


# --------------------------------------------------------------------------- identifiers
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def split_identifier(name: str) -> list[str]:
    """``order_items`` -> [order, items]; ``signupDate`` -> [signup, date]; ``HTTPCode`` -> [http, code]."""
    return list(_split(name))


@lru_cache(maxsize=16384)
def _split(name: str) -> tuple[str, ...]:
    words: list[str] = []
    name = _CUSTOM_SUFFIX.sub("", name)  # Salesforce's custom objects and fields: Dog__c, Amount__c
    for part in re.split(r"[^A-Za-z0-9]+", name):
        words.extend(w.lower() for w in _CAMEL.findall(part))
    return tuple(words)


_CUSTOM_SUFFIX = re.compile(r"(?<=[A-Za-z0-9])__c$", re.I)


#: short pieces a run-together name may hold (``truckid``, ``capacitykg``, ``inservice``)
_SHORT_PIECES = frozenset(
    {
        "id",
        "no",
        "nr",
        "kg",
        "km",
        "mi",
        "lb",
        "cm",
        "mm",
        "ml",
        "hl",
        "in",
        "on",
        "is",
        "yn",
        "cd",
        "nm",
        "dt",
        "ts",
        "yr",
        "hi",
        "lo",
    }
)


#: units a run-together name may end with (weightkg, lengthcm, pricechf)
#: units written at the end of a run-together name, longest first ("m" only after a known word: lengthm)
_UNIT_SUFFIXES = ("secs", "mins", "kwh", "usd", "gbp", "chf", "eur", "pct", "sec", "min", "hrs", "kg", "km", "cm",
                  "mm", "ml", "hl", "nm", "kw", "mw", "m")  # fmt: skip


def segment(word: str, vocab: frozenset[str] | set[str]) -> tuple[str, ...] | None:
    """A lower-case run-together name split into known words (``wastestream`` -> waste, stream), or ``None``.

    Every piece must be a word of ``vocab`` (or one of a few short unit and key words), at least two pieces,
    the fewest pieces winning.  A word that is itself known (or whose singular is) is left whole."""
    w = word.lower()
    if len(w) < 5 or not w.isalpha() or w in vocab or singular(w) in vocab:
        return None

    def known(piece: str) -> bool:
        if len(piece) <= 2:
            return piece in _SHORT_PIECES
        return piece in vocab or (len(piece) > 4 and singular(piece) != piece and singular(piece) in vocab)

    best: list[tuple[str, ...] | None] = [None] * (len(w) + 1)
    best[0] = ()
    for end in range(1, len(w) + 1):
        for start in range(end):
            head = best[start]
            if head is None or not known(w[start:end]):
                continue
            cand = (*head, w[start:end])
            cur = best[end]
            if cur is None or len(cand) < len(cur):
                best[end] = cand
    found = best[len(w)]
    if found is None:  # payloadkg, distancekm: an unknown word before a unit; lengthm, distancenm: a known one
        for unit in _UNIT_SUFFIXES:
            stem_ = w[: -len(unit)]
            if not w.endswith(unit) or len(stem_) < 4:
                continue
            if known(stem_) or (len(unit) >= 2 and stem_[-1] not in "aeiou" + unit[0]):
                found = (stem_, unit)
                break
    return found if found is not None and len(found) >= 2 else None


# --------------------------------------------------------------------------- word forms
_IRREGULAR_PLURALS = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "staff": "staff",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "indices": "index",
    "matrices": "matrix",
    "analyses": "analysis",
    "diagnoses": "diagnosis",
    "series": "series",
    "species": "species",
    "news": "news",
    # plurals of words in -u, which the -us rule below would keep whole
    "menus": "menu",
    "skus": "sku",
    "gurus": "guru",
    "emus": "emu",
    "haikus": "haiku",
    "tutus": "tutu",
    "tofus": "tofu",
    "bayous": "bayou",
    "plateaus": "plateau",
}
_NO_STRIP = ("ss", "us", "is", "ous")
#: fields of study and activities in -ics, one thing each (physics, logistics); other nouns in -ics are
#: plurals of a thing (clinics, topics, mechanics: the people)
_ICS_FIELDS = frozenset(
    {"physics", "mathematics", "economics", "politics", "ethics", "statistics", "logistics", "electronics",
     "analytics", "athletics", "aerobics", "genetics", "linguistics", "acoustics", "diagnostics", "robotics",
     "informatics", "ergonomics", "gymnastics", "aeronautics", "optics", "dynamics", "aesthetics", "semantics",
     "phonetics", "pharmaceutics", "geriatrics", "paediatrics", "pediatrics", "obstetrics", "orthopaedics",
     "orthopedics", "orthodontics", "metrics", "graphics", "hydraulics", "pneumatics", "cosmetics", "ceramics",
     "basics", "forensics", "avionics", "esports", "news"}
)  # fmt: skip
#: plurals of words ending in -ie (movie, cookie), not -y
_IE_PLURALS = frozenset(
    {
        "movies",
        "cookies",
        "calories",
        "zombies",
        "rookies",
        "pies",
        "ties",
        "lies",
        "selfies",
        "hoodies",
        "goalies",
        "prairies",
        "brownies",
        "genies",
        "smoothies",
        "newbies",
        "birdies",
        "caddies",
        "reveries",
        "sorties",
        "aunties",
        "freebies",
        "bookies",
        "techies",
        "indies",
        "veggies",
        "lingeries",
        "eyries",
        "coteries",
        "menageries",
    }
)

_IRREGULAR_VERBS = {
    "born": "birth",
    "bore": "birth",
    "sold": "sell",
    "sale": "sell",
    "bought": "buy",
    "paid": "pay",
    "spent": "spend",
    "made": "make",
    "written": "write",
    "wrote": "write",
    "taught": "teach",
    "held": "hold",
    "led": "lead",
    "won": "win",
    "lost": "lose",
    "left": "leave",
    "sent": "send",
    "given": "give",
    "gave": "give",
    "taken": "take",
    "took": "take",
    "seen": "see",
    "saw": "see",
    "built": "build",
    "chosen": "choose",
    "drawn": "draw",
    "flown": "fly",
    "flew": "fly",
    "ran": "run",
    "hired": "hire",
    "died": "death",
    "dead": "death",
    "deceased": "death",
    "began": "begin",
    "begun": "begin",
    "ended": "end",
    "sown": "sow",
    "sewn": "sew",
    "grown": "grow",
    "grew": "grow",
    "ridden": "ride",
    "rode": "ride",
    "driven": "drive",
    "drove": "drive",
    "shown": "show",
    "thrown": "throw",
    "threw": "throw",
    "eaten": "eat",
    "worn": "wear",
    "frozen": "freeze",
    "froze": "freeze",
    "spoken": "speak",
    "spoke": "speak",
    "stolen": "steal",
    "broken": "break",
    "broke": "break",
    "kept": "keep",
    "met": "meet",
    "told": "tell",
    "brought": "bring",
    "caught": "catch",
    "heard": "hear",
    "lent": "lend",
    "sung": "sing",
    "sang": "sing",
    "swum": "swim",
    "swam": "swim",
    "dealt": "deal",
}


IRREGULAR_VERBS = frozenset(_IRREGULAR_VERBS)

#: past participles that do not end in -ed and that no base form above maps ("done", "run", "known")
_IRREGULAR_PARTICIPLES = frozenset({"written", "made", "done", "held", "taken", "given", "sold", "bought", "paid",
                                    "won", "run", "led", "seen", "known", "kept", "built", "sent", "caught", "taught",
                                    "owned", "drawn"})  # fmt: skip


def past_participle(word: str) -> bool:
    """``word`` reads as a past participle: "placed", "sold", "done"."""
    return word.endswith("ed") or word in IRREGULAR_VERBS or word in _IRREGULAR_PARTICIPLES

#: tokens that end a sentence ("... a stay? Give the dog's name.")
SENTENCE_ENDS = frozenset({".", "?", "!", ";"})


def irregular_base(word: str) -> str | None:
    """The base or noun an irregular verb form stands for ("died" -> death, "took" -> take), or None."""
    return _IRREGULAR_VERBS.get(word.lower())


#: singular words that end in -men (never -man plurals)
_MEN_SINGULARS = frozenset({"specimen", "abdomen", "regimen", "stamen", "acumen", "bitumen", "albumen", "cyclamen",
                            "dolmen", "hymen", "semen", "agnomen", "cognomen"})


@lru_cache(maxsize=4096)
def singular(word: str) -> str:
    """A best-effort singular form (``categories`` -> ``category``)."""
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if w.endswith("men") and len(w) >= 6 and w[-4] in "semrktl" and w not in _MEN_SINGULARS:
        return w[:-3] + "man"  # craftsmen, salesmen, foremen, fishermen, workmen, postmen
    if len(w) <= 3 or not w.endswith("s") or w.endswith(_NO_STRIP) or w in _ICS_FIELDS:
        return w
    if w in _IE_PLURALS:
        return w[:-1]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("uses") and len(w) > 5 and w[-5] in "aeiou":
        return w[:-1]  # houses, causes, warehouses: the singular ends in -use
    if w.endswith(("sses", "xes", "ches", "shes", "zzes")) or (w.endswith("uses") and len(w) > 5):
        return w[:-2]  # statuses, bonuses
    if w.endswith("ves") and w[:-3] in {"shel", "lea", "hal", "wol", "cal", "thie"}:
        return w[:-3] + "f"
    return w[:-1]


@lru_cache(maxsize=4096)
def plural(word: str) -> str:
    w = word.lower()
    for p, s in _IRREGULAR_PLURALS.items():
        if s == w:
            return p
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh", "z")):
        return w + "es"
    return w + "s"


#: nouns in -ing that are not the act of their verb: a "rating" is a score, not a rate (nightly_rate)
_ING_NOUNS = frozenset({"rating"})


@lru_cache(maxsize=8192)
def forms(word: str) -> frozenset[str]:
    """Every form a word may stand for: itself, its singular, verb bases and simple stems."""
    w = word.lower()
    out = {w}
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-1])  # movies -> movie as well as -> movy
    for v in {w, singular(w)}:
        out.add(v)
        if v in _IRREGULAR_VERBS:
            out.add(_IRREGULAR_VERBS[v])
        n = len(v)
        if n > 4 and v.endswith("ed"):
            base = v[:-2]
            out.update({base, v[:-1]})
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
                out.add(base[:-1])
            if v.endswith("ied"):
                out.add(v[:-3] + "y")
        if v in _ING_NOUNS:
            out.add(v[:-3] + "ed")  # "films rated 18" over a rating column
        elif n > 5 and v.endswith("ing"):
            base = v[:-3]
            out.update({base, base + "e"})
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
                out.add(base[:-1])
        if n > 6 and v.endswith("ment"):
            out.add(v[:-4])
        if n > 7 and v.endswith("ption"):  # prescription ~ prescribe, subscription ~ subscribe
            out.add(v[:-5] + "be")
        if n > 7 and v.endswith("ation"):  # reservation ~ reserve, creation ~ create
            out.update({v[:-5] + "e", v[:-3] + "e"})
    return frozenset(x for x in out if len(x) >= 2)


@lru_cache(maxsize=4096)
def verb_of_noun(word: str) -> frozenset[str]:
    """The verb a noun of an event is made from, in the forms a dated column's participle has: delivery ->
    deliver, completion -> complete, arrival -> arrive, departure -> depart, submission -> submit, receipt ->
    receive ("from order to delivery" over ordered_on and delivered_on)."""
    w = word.lower()
    n = len(w)
    out: set[str] = set()
    if w == "receipt":
        out.add("receive")
    elif n > 6 and w.endswith("ery"):
        out.add(w[:-1])
    elif n > 8 and w.endswith("ission"):
        out.add(w[:-5] + "t")
    elif n > 6 and w.endswith("tion") and not w.endswith("ation"):
        out.update({w[:-3], w[:-3] + "e"})
    elif n > 6 and w.endswith(("al", "ure")):
        base = w[:-2] if w.endswith("al") else w[:-3]
        out.update({base, base + "e"})
    elif n > 7 and w.endswith(("ance", "ence")):
        out.add(w[:-4])
    return frozenset(out)


def stem(word: str) -> str:
    """A short stem to compare words with identifiers: cancelled/cancel, enrolled/enrollment, hired/hire."""
    w = singular(word.lower())
    if w.endswith("ission") and len(w) > 8:  # submission/submitted, admission/admitted
        w = w[:-5] + "t"
    for suf in ("ings", "ing", "ied", "ies", "ed", "es", "er", "or", "ion", "ure", "al", "ly", "s", "e", "y"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    w = w[:6]
    if len(w) > 4 and w[-1] == w[-2]:  # cancelled -> cancel, enrolled/enrollment -> enrol
        w = w[:-1]
    return w


@lru_cache(maxsize=16384)  # values repeat across columns ('active', 'Germany'): each is read once
def norm_phrase(text: str) -> tuple[str, ...]:
    """A value or phrase as a tuple of lowercase tokens, for matching against questions."""
    return tuple(t.low for t in tokenize(text) if t.kind in ("word", "number", "date"))


def abbreviates(a: str, word: str, share: float = 0.3) -> bool:
    """``a`` is a contraction of ``word``: same first letter, its letters in order, at least ``share`` of
    the word's length."""
    a, word = a.lower(), word.lower()
    if a == word or a[0] != word[0] or len(a) < share * len(word) or len(a) > len(word):
        return False
    pos = 0
    for ch in a:
        pos = word.find(ch, pos) + 1
        if pos == 0:
            return False
    return True
