"""The built-in vocabulary: synonyms, function words and the words that signal SQL constructs.

Nothing here names a table of any particular database.  Synonyms map a word a
person types to words a schema commonly uses (``client`` -> ``customer``);
they only matter when the schema actually holds the target word.
"""

from __future__ import annotations

#: a state said in a question -> other words a column of states may store for it ("completed" walks: 'done')
STATE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "completed": ("done", "complete", "finished"),
    "complete": ("done", "completed", "finished"),
    "finished": ("done", "completed", "complete"),
    "done": ("completed", "complete", "finished"),
    "approved": ("accepted",),
    "accepted": ("approved",),
    "rejected": ("declined", "denied"),
    "declined": ("rejected", "denied"),
    "denied": ("rejected", "declined"),
    "failed": ("fail", "failure"),
}

#: question word -> schema words it may stand for (compared through text.forms)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "specialise": ("specialty", "speciality", "specialism", "specialization", "specialisation"),
    "specialize": ("specialty", "speciality", "specialism", "specialization", "specialisation"),
    "borrow": ("loan", "rental", "checkout"),
    "lend": ("loan",),
    "rent": ("rental", "loan"),
    "checkout": ("loan",),
    "earn": ("salary", "wage", "pay", "income"),
    "airline": ("carrier",),
    "carrier": ("airline",),
    "client": ("customer",),
    "buyer": ("customer",),
    "shopper": ("customer",),
    "branch": ("shop", "store", "outlet"),  # a chain's branches kept as its shops
    "purchaser": ("customer",),
    "consumer": ("customer",),
    "customer": ("client", "user", "buyer"),
    "user": ("customer", "member", "account"),
    "purchase": ("order", "sale", "invoice", "transaction"),
    "buy": ("order", "purchase", "sale", "invoice"),
    "order": ("purchase", "sale"),
    "sale": ("order", "purchase"),
    "cost": ("price", "fee", "charge", "amount"),
    "price": ("cost", "fee", "charge"),
    "fee": ("price", "cost", "charge"),
    "charge": ("price", "fee", "cost", "amount"),
    "pay": ("salary", "wage", "amount"),
    "wage": ("salary", "pay"),
    "salary": ("wage", "pay"),
    "earning": ("salary", "revenue", "income"),
    "income": ("salary", "revenue"),
    "employee": ("staff", "worker", "person"),
    "staff": ("employee", "worker"),
    "worker": ("employee", "staff"),
    "physician": ("doctor",),
    "doctor": ("physician",),
    "medicine": ("medication", "drug"),
    "drug": ("medication", "medicine"),
    "medication": ("drug", "medicine"),
    "teacher": ("instructor", "professor", "lecturer", "tutor"),
    "instructor": ("teacher", "professor", "lecturer"),
    "professor": ("teacher", "instructor", "lecturer"),
    "pupil": ("student",),
    "student": ("pupil",),
    "class": ("course",),
    "subject": ("course",),
    "film": ("movie",),
    "movie": ("film",),
    "track": ("song",),
    "song": ("track",),
    "writer": ("author",),
    "author": ("writer",),
    "write": ("author",),
    "town": ("city",),
    "nation": ("country",),
    "mail": ("email",),
    "telephone": ("phone",),
    "mobile": ("phone",),
    "qty": ("quantity",),
    "unit": ("quantity",),
    "inventory": ("stock",),
    "stock": ("inventory", "onhand"),
    "score": ("rating", "grade", "goal", "point"),
    "rating": ("score", "stars"),
    "rate": ("rating",),
    "grade": ("score", "mark"),
    "mark": ("grade", "score"),
    "sex": ("gender",),
    "gender": ("sex",),
    "speciality": ("specialty",),
    "specialization": ("specialty",),
    "specialism": ("specialty",),
    "dept": ("department",),
    "team": ("department",),
    "birth": ("dob", "birthday", "born"),
    "birthday": ("birth", "dob"),
    "age": ("birth", "dob"),
    "join": ("signup", "registration", "register", "created", "joined", "enroll"),
    "signup": ("join", "registration", "register", "created", "joined"),
    "register": ("signup", "registration", "join", "created"),
    "registration": ("signup", "register", "join", "created"),
    "hire": ("hired", "start"),
    "weight": ("mass",),
    "length": ("duration", "runtime", "milliseconds", "seconds", "minutes"),
    "duration": ("length", "runtime", "milliseconds", "seconds", "minutes"),
    "page": ("pages",),
    "kind": ("type", "category"),
    "type": ("kind", "category"),
    "state": ("status",),
    "status": ("state",),
    "name": ("title", "label"),
    "title": ("name",),
    "description": ("desc",),
    "location": ("city", "address"),
    "place": ("city", "location"),
    "car": ("vehicle",),
    "resident": ("population",),
    "inhabitant": ("population",),
    "cancel": ("cancelled", "canceled"),
    "ship": ("shipped",),
    "deliver": ("delivered",),
}

#: schema abbreviations -> the word people type
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "qty": ("quantity",),
    "amt": ("amount",),
    "dept": ("department",),
    "dob": ("birth", "born", "birthday"),
    "emp": ("employee",),
    "cust": ("customer",),
    "tech": ("technician",),
    "prod": ("product",),
    "cat": ("category",),
    "desc": ("description",),
    "dsc": ("description",),
    "descr": ("description",),
    "unt": ("unit",),
    "itm": ("item",),
    "cus": ("customer",),
    "addr": ("address",),
    "num": ("number",),
    "nbr": ("number",),
    "no": ("number",),
    "tel": ("phone",),
    "pct": ("percent",),
    "dt": ("date",),
    "ts": ("time",),
    "mgr": ("manager",),
    "acct": ("account",),
    "txn": ("transaction",),
    "pmt": ("payment",),
    "inv": ("invoice",),
    "loc": ("location",),
    "avg": ("average",),
    "max": ("maximum",),
    "min": ("minimum",),
    "yr": ("year",),
    "yrs": ("year",),
    "mo": ("month", "monthly"),
    "cert": ("certified", "certificate", "certification"),
    "intl": ("international",),
    "natl": ("national",),
    "nm": ("name",),
    "navn": ("name",),  # Norwegian and Danish
    "namn": ("name",),  # Swedish
    "adi": ("name",),  # Turkish (adı)
    "isim": ("name",),
    "ismi": ("name",),
    "ttl": ("title",),
    "cd": ("code",),
    "dest": ("destination",),
    "orig": ("origin",),
    "dist": ("distance",),
    "km": ("kilometres", "kilometers", "kilometre", "kilometer"),
    "mi": ("miles", "mile"),
    "kg": ("kilograms", "kilogram", "weight"),
    "lbs": ("pounds", "weight"),
    "wt": ("weight",),
    "ht": ("height",),
    "hrs": ("hours",),
    "mins": ("minutes",),
    "secs": ("seconds",),
    "ms": ("milliseconds",),
    "cnt": ("count",),
    "pax": ("passenger", "passengers"),
    "tot": ("total",),
    "bal": ("balance",),
    "sal": ("salary",),
    "mgmt": ("management",),
    "div": ("division",),
    "org": ("organization", "organisation"),
    "co": ("company",),
    "svc": ("service",),
    "usr": ("user",),
    # clinical shorthand ("pt", "enc", "obs" tables of a health record; not "rx" or "dx", whose nouns share their
    # stems with the verbs "prescribed" and "diagnosed" said of other columns)
    "pt": ("patient",),
    "pts": ("patient",),
    "hx": ("history",),
    "enc": ("encounter",),
    "obs": ("observation",),
    "appt": ("appointment",),
    "clin": ("clinician",),
    "msg": ("message",),
    "img": ("image",),
    "ref": ("reference",),
    "src": ("source",),
    "stat": ("status",),
    "sts": ("status",),
    "typ": ("type",),
    "grp": ("group",),
    "reg": ("region", "registration"),
    "ctry": ("country",),
    "cntry": ("country",),
    "st": ("state", "street"),
    "zip": ("postcode",),
    "fname": ("first",),
    "frst": ("first",),
    "fst": ("first",),
    "lst": ("last",),
    "lname": ("last",),
    "bdate": ("birth", "born"),
    "pos": ("position",),
    "seq": ("sequence",),
    "lvl": ("level",),
    "wh": ("warehouse",),
    "whse": ("warehouse",),
    "veh": ("vehicle",),
    "cap": ("capacity",),
    "vol": ("volume",),
    "evt": ("event",),
    "prc": ("price",),
    "amnt": ("amount",),
    "dur": ("duration",),
    "freq": ("frequency",),
    "exp": ("expiry", "expiration", "expense", "experience"),
    "rev": ("revenue",),
    "subs": ("subscription", "subscriptions"),
    "sub": ("subscription",),
}

#: abbreviations a person types in a question ("open invoice amt by acct country"): read as their full words; the
#: other keys of :data:`ABBREVIATIONS` are also words of their own ("cat", "no", "max", "sub", "reg")
TYPED_ABBREVIATIONS = frozenset({
    "qty", "amt", "amnt", "dept", "cust", "acct", "txn", "pmt", "mgr", "mgmt", "addr", "nbr", "yr", "yrs", "hrs",
    "mins", "secs", "cnt", "bal", "svc", "ctry", "cntry", "whse", "evt", "prc", "freq", "intl", "natl", "lvl", "grp",
    "usr", "msg", "descr", "dob", "emp", "itm", "veh", "wt", "ht", "dist", "dest", "orig",
})  # fmt: skip

#: column names that identify a row for people, best first
DISPLAY_NAMES: tuple[str, ...] = (
    "name",
    "title",
    "full_name",
    "fullname",
    "display_name",
    "label",
    "callsign",  # a fire engine's, an aircraft's or a radio station's: what people call it
    "call_sign",
    "company",
    "company_name",
    "raison_sociale",  # a French company's registered name
    "razon_social",
    "razao_social",
    # a name or title in a Spanish, French, Portuguese, Italian, Dutch, German, Nordic, Czech, Finnish, Polish or
    # Japanese (romaji) schema
    "nombre",
    "nom",
    "nome",
    "naam",
    "navn",
    "namn",
    "nimi",
    "jmeno",
    "nazev",
    "nazwa",
    "shimei",
    "namae",
    "bezeichnung",
    "titulo",
    "titre",
    "titel",
    "tittel",
    "titolo",
    "firma",
    "empresa",
    "username",
    "user_name",
    "login",
    "email",
    "code",
    "description",
    "descripcion",
    "libelle",
    "beschreibung",
    "descrizione",
    "descricao",
    "headline",  # a story's or a notice's, when nothing else names the row
)

#: adjectives of a row's state said before its noun ("open reqs", "live accounts"): a condition the query
#: must test, never a word to drop; "open"/"outstanding" mean the row's closing date is not set
OPEN_WORDS = frozenset({"open", "outstanding"})
#: words of winning, which a schema stores as a first place ("which bands won a contest")
WIN_WORDS = frozenset({"won", "win", "wins", "winner", "winners"})
#: words of a date that closes a row ("closed_dt", "resolved_at"): while it is not set, the row is open
#: words of a date that records when a row itself was made (created_at, signup_date, registered_on)
CREATION_WORDS = frozenset({"created", "creation", "signup", "signed", "registered", "registration", "joined",
                            "inserted", "added"})  # fmt: skip
CLOSING_WORDS = frozenset({"closed", "resolved", "completed", "finished", "done", "fulfilled", "settled", "filled",
                           "fixed", "repaired", "rectified", "cleared",
                           # resolved, in Dutch, Spanish, Italian, Portuguese and German (opgelost_op)
                           "opgelost", "resuelto", "risolto", "resolvido", "behoben"})  # fmt: skip
STATE_ADJECTIVES = OPEN_WORDS | {"closed", "pending", "active", "live"}

#: participles that say the state a row reached ("jobs done", "orders completed", "walks each walker completed"):
#: with a column of states in reach, a test the answer must make, never only a link between two tables
STATE_PARTICIPLES = frozenset({
    "completed", "finished", "cancelled", "canceled", "closed", "resolved", "delivered", "shipped", "returned",
    "attended", "approved", "rejected", "refunded", "dispatched", "fulfilled", "confirmed", "accepted",
    "declined", "failed", "passed", "paid",
})  # fmt: skip

#: column words that mark a money-like measure
#: words that ask for what a row is called
NAME_WORDS = frozenset({"name", "names", "title", "titles"})

MONEY_WORDS = frozenset(
    {
        "price",
        "cost",
        "amount",
        "total",
        "fee",
        "salary",
        "wage",
        "revenue",
        "value",
        "balance",
        "budget",
        "payment",
        "charge",
        "spend",
        "income",
        "subtotal",
        "sales",
        "paid",
        "fare",
        "takings",
        "money",
    }
)

#: generic words that describe derived money measures: sum(quantity * unit price)
REVENUE_WORDS = frozenset(
    {
        "revenue",
        "spend",
        "spending",
        "spent",
        "sales",
        "turnover",
        "income",
        "earnings",
        "takings",
        "gmv",
        "money",
    }
)

#: a person's first and family name in a German, French, Spanish, Portuguese, Italian, Dutch, Nordic or Turkish schema
FOREIGN_FIRST_NAMES = frozenset({"vorname", "vorn", "vname", "prenom", "prénom", "voornaam", "fornavn", "fornamn",
                                 "etunimi", "imie"})  # fmt: skip
FOREIGN_LAST_NAMES = frozenset({"nachname", "nachn", "nname", "familienname", "apellido", "apellidos", "sobrenome",
                                "cognome", "achternaam", "etternavn", "efternavn", "efternamn", "soyad",
                                "soyadi", "sukunimi", "prijmeni", "nazwisko"})  # fmt: skip

QUANTITY_WORDS = frozenset({"quantity", "qty", "units", "count", "amount", "number"})
UNIT_PRICE_WORDS = frozenset({"price", "cost", "rate", "fee"})

#: words of a column whose values do not add up across rows (a level, not an amount): "the sensor that
#: recorded the highest temperature" is the one with the hottest reading, never the largest sum of readings
LEVEL_WORDS = frozenset(
    {"temperature", "temp", "score", "rating", "price", "rate", "speed", "percent", "pct", "percentage", "ratio",
     "age", "pressure", "humidity", "level", "grade", "ph", "latitude", "lat", "longitude", "lon", "lng", "altitude",
     "elevation", "height", "depth", "voltage", "bpm", "kph", "mph", "kmh", "celsius", "fahrenheit", "rank"}
)  # fmt: skip

#: words that hint at a temporal column when they name one
DATE_WORDS = frozenset(
    {"date", "time", "at", "on", "day", "timestamp", "datetime", "created", "updated", "when", "year"}
)

#: date column words that are not the "default" date of a row
#: participles of the end of a row's life: their date column is no event that made the row
END_EVENT_WORDS = frozenset(
    {
        "cancelled",
        "canceled",
        "closed",
        "ended",
        "finished",
        "completed",
        "resolved",
        "returned",
        "expired",
        "terminated",
        "stopped",
        "deleted",
        "removed",
        "retired",
        "discharged",
        "departed",
        "checked",
        "updated",
        "modified",
        "changed",
    }
)

#: words of a birth date (German, Spanish, French, Portuguese too): it dates a birth, never an event of the row
BIRTH_WORDS = frozenset(
    {"birth", "born", "dob", "birthday", "birthdate", "geburtsdatum", "nacimiento", "naissance", "nascimento"}
)

#: column words of a code or a reference number: a title with spaces is none of them, a sum of them is no total
CODE_WORDS = frozenset(
    {"code", "cd", "barcode", "sku", "isbn", "ean", "upc", "number", "no", "nbr", "num", "nr", "ref", "reference",
     "id", "serial", "uuid", "guid", "key"}
)  # fmt: skip

#: words of a column whose digits label a thing rather than measure it or date it: a room number, a zip code, a batch
#: number '20240312' (never summed, never a day)
LABEL_WORDS = CODE_WORDS | {"zip", "postal", "postcode", "phone", "tel", "fax", "mobile", "account", "acct", "room",
                            "seat", "gate", "platform", "extension", "ext", "pin", "batch", "lot"}  # fmt: skip

SECONDARY_DATE_WORDS = BIRTH_WORDS | frozenset(
    {
        "updated",
        "modified",
        "deleted",
        "changed",
        "expiry",
        "expires",
        "expiration",
        "due",
        "end",
        "ended",
        "return",
        "returned",
        "last",
        "death",
        "died",
        "closed",
    }
)

#: superlative or comparative adjective -> (column words it refers to, descending?)
ADJECTIVES: dict[str, tuple[tuple[str, ...], bool]] = {
    "expensive": (("price", "cost", "amount", "fee", "charge", "rate", "total", "value"), True),
    "pricey": (("price", "cost", "amount", "fee"), True),
    "costly": (("price", "cost", "amount", "fee"), True),
    "cheap": (("price", "cost", "amount", "fee", "charge", "rate", "total", "value"), False),
    "inexpensive": (("price", "cost", "amount", "fee"), False),
    "affordable": (("price", "cost", "amount", "fee"), False),
    "old": (("age", "@birth", "@start"), True),
    "young": (("age", "@birth"), False),
    "new": (("@start",), True),
    "recent": (("@start",), True),
    "recently": (("@start",), True),
    "late": (("@start",), True),
    "early": (("@start",), False),
    "long": (
        ("duration", "length", "runtime", "pages", "minutes", "milliseconds", "seconds", "distance", "hours", "days"),
        True,
    ),
    "short": (
        ("duration", "length", "runtime", "pages", "minutes", "milliseconds", "seconds", "distance", "hours", "days"),
        False,
    ),
    "heavy": (("weight", "mass"), True),
    "light": (("weight", "mass"), False),
    "tall": (("height",), True),
    "big": (("size", "capacity", "area", "amount", "total", "quantity", "population"), True),
    "large": (("size", "capacity", "area", "amount", "total", "quantity", "population"), True),
    "small": (("size", "capacity", "area", "amount", "total", "quantity", "population"), False),
    "popular": (("@count",), True),
    "busy": (("@count",), True),
    "frequent": (("@count",), True),
    "common": (("@count",), True),
    "usual": (("@count",), True),
    "active": (("@count",), True),
    "rated": (("rating", "score", "stars"), True),
    "paid": (("salary", "wage", "pay", "amount"), True),
    "rich": (("balance", "salary", "income", "wealth"), True),
    "valuable": (("value", "valuation", "worth", "price", "cost", "amount"), True),
    "productive": (("@count",), True),
    "selling": (("@count",), True),
    "fast": (("speed",), True),
    "slow": (("speed",), False),
}

#: irregular and regular comparative/superlative forms -> (base adjective, degree sign)
#: +1 = more/most, -1 = less/least (only for words whose direction flips)
ADJ_FORMS: dict[str, str] = {
    "priciest": "expensive",
    "pricier": "expensive",
    "dearest": "expensive",
    "often": "frequent",
    "frequently": "frequent",
    "oldest": "old",
    "older": "old",
    "eldest": "old",
    "elder": "old",
    "youngest": "young",
    "younger": "young",
    "newest": "new",
    "newer": "new",
    "latest": "late",
    "later": "late",
    "earliest": "early",
    "earlier": "early",
    "cheapest": "cheap",
    "cheaper": "cheap",
    "longest": "long",
    "longer": "long",
    "shortest": "short",
    "shorter": "short",
    "heaviest": "heavy",
    "heavier": "heavy",
    "lightest": "light",
    "lighter": "light",
    "tallest": "tall",
    "taller": "tall",
    "biggest": "big",
    "bigger": "big",
    "largest": "large",
    "larger": "large",
    "smallest": "small",
    "smaller": "small",
    "busiest": "busy",
    "busier": "busy",
    "richest": "rich",
    "richer": "rich",
    "fastest": "fast",
    "faster": "fast",
    "slowest": "slow",
    "slower": "slow",
}

#: words that sort by a measure given next ("highest price", "lowest stock")
HIGH_WORDS = frozenset(
    {"highest", "higher", "greatest", "greater", "maximum", "max", "top", "best", "biggest", "largest", "most", "more"}
)
LOW_WORDS = frozenset(
    {"lowest", "lower", "least", "minimum", "min", "worst", "fewest", "fewer", "smallest", "bottom", "less"}
)

#: function words and common verbs that carry no schema meaning
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "from",
        "with",
        "by",
        "per",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "having",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "how",
        "many",
        "much",
        "me",
        "us",
        "show",
        "list",
        "give",
        "get",
        "find",
        "display",
        "pull",
        "fetch",
        "retrieve",

        "tell",
        "return",
        "returns",
        "all",
        "every",
        "any",
        "there",
        "their",
        "them",
        "they",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "please",
        "i",
        "we",
        "you",
        "my",
        "our",
        "your",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "each",
        "also",
        "both",
        "only",
        "just",
        "still",
        "yet",
        "ever",
        "currently",
        "currently",
        "available",
        "exist",
        "exists",
        "existing",
        "appear",
        "appears",
        "stored",
        "recorded",
        "listed",
        "placed",
        "place",
        "made",
        "come",
        "comes",
        "came",
        "live",
        "lives",
        "living",
        "located",
        "based",
        "belong",
        "belongs",
        "belonging",
        "contain",
        "contains",
        "containing",
        "include",
        "includes",
        "including",
        "stored",
        "where",
        "when",
        "whether",
        "as",
        "into",
        "onto",
        "about",
        "than",
        "then",
        "so",
        "such",
        "some",
        "other",
        "others",
        "own",
        "same",
        "too",
        "very",
        "up",
        "down",
        "out",
        "off",
        "over",
        "under",
        "again",
        "here",
        "want",
        "need",
        "know",
        "see",
        "look",
        "let",
        "lets",
        "our",
        "records",
        "record",
        "entries",
        "entry",
        "rows",
        "row",
        "data",
        "details",
        "detail",
        "information",
        "info",
        "values",
        "value",
        "every",
        "overall",
        "altogether",
        "respectively",
        "currently",
        "now",
        "registered",
        "work",
        "works",
        "working",
        "worked",
        "according",
        "along",
        "alongside",
        "via",
        "using",
        "use",
        "used",
        "got",
        "gets",
        "going",
        "go",
        "goes",
        "went",
        "gone",
        "through",
        "put",
        "set",
        "sort",
        "please",
        "thanks",
        "thank",
        "hi",
        "hello",
        "s",
        "t",
        "not",
        "no",
        "none",
        "never",
        "nobody",
        "nothing",
        "without",
        "name",
        "names",
        "called",
        "named",
        "whole",
        "entire",
        "full",
        "complete",
        "corresponding",
        "related",
        "associated",
        "respective",
        "among",
        "across",
        "amongst",
        "ever",
        "currently",
    ]
)

#: words that ask for a count
COUNT_WORDS = frozenset({"count", "number", "many", "howmany", "tally", "quantity"})

AGG_WORDS: dict[str, str] = {
    "total": "SUM",
    "sum": "SUM",
    "summed": "SUM",
    "combined": "SUM",
    "overall": "SUM",
    "average": "AVG",
    "avg": "AVG",
    "mean": "AVG",
    "typical": "AVG",
    "minimum": "MIN",
    "min": "MIN",
    "lowest": "MIN",
    "smallest": "MIN",
    "least": "MIN",
    "earliest": "MIN",
    "first": "MIN",
    "maximum": "MAX",
    "max": "MAX",
    "highest": "MAX",
    "largest": "MAX",
    "biggest": "MAX",
    "greatest": "MAX",
    "latest": "MAX",
    "last": "MAX",
    "most": "MAX",
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: reserved words that must be quoted as identifiers in at least one dialect
RESERVED = frozenset(
    [
        "all",
        "and",
        "any",
        "as",
        "asc",
        "between",
        "by",
        "case",
        "check",
        "column",
        "comment",
        "constraint",
        "create",
        "current",
        "date",
        "default",
        "delete",
        "desc",
        "distinct",
        "drop",
        "else",
        "end",
        "exists",
        "false",
        "fetch",
        "for",
        "foreign",
        "from",
        "full",
        "grant",
        "group",
        "having",
        "in",
        "index",
        "inner",
        "insert",
        "interval",
        "into",
        "is",
        "join",
        "key",
        "left",
        "level",
        "like",
        "limit",
        "mode",
        "natural",
        "not",
        "null",
        "number",
        "offset",
        "on",
        "option",
        "or",
        "order",
        "outer",
        "primary",
        "range",
        "references",
        "right",
        "row",
        "rows",
        "select",
        "session",
        "set",
        "size",
        "start",
        "table",
        "then",
        "to",
        "true",
        "union",
        "unique",
        "update",
        "user",
        "using",
        "values",
        "view",
        "when",
        "where",
        "with",
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "time",
        "timestamp",
        "uid",
        "rownum",
        "sysdate",
        "resource",
        "access",
        "file",
    ]
)

#: words that pick one of several keys into the same table (origin_code vs destination_code)
ROLE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "origin",
            "orig",
            "dep",
            "dpt",
            "source",
            "from",
            "depart",
            "departs",
            "departing",
            "departure",
            "departures",
            "leave",
            "leaves",
            "leaving",
            "outbound",
            "out",
            "start",
            "sender",
            "send",
            "sent",
            "src",
            "seller",
            "home",
            "pickup",
            "ship",
            "shipped",
            "billing",
        }
    ),
    frozenset(
        {
            "destination",
            "dest",
            "dst",
            "arr",
            "arrv",
            "to",
            "arrive",
            "arrives",
            "arriving",
            "arrival",
            "arrivals",
            "inbound",
            "end",
            "target",
            "receiver",
            "receive",
            "received",
            "recipient",
            "going",
            "buyer",
            "away",
            "dropoff",
            "delivery",
            "deliver",
            "delivered",
        }
    ),
)

#: statistics the offline translator does not compute: asking for them must not return something else
UNSUPPORTED = frozenset(
    {
        "median",
        "mode",
        "variance",
        "deviation",
        "stddev",
        "percentile",
        "quartile",
        "correlation",
        "correlated",
        "regression",
        "forecast",
        "predict",
        "trend",
        "growth",
    }
)

#: "the second most expensive": how many rows to skip
ORDINALS: dict[str, int] = {"second": 1, "third": 2, "fourth": 3, "fifth": 4, "2nd": 1, "3rd": 2}

#: words that schemas commonly run together without a separator (``regplate``, ``wastestream``, ``fueltype``):
#: with the schema's own words they are the pieces :func:`aishell.ai.offline.text.segment` may split a name into
_COLUMN_WORDS_TEXT = """
    id key code name title label type kind class category group status state flag level grade rank tier stage
    date day time year month week hour minute second start end begin finish open close opened closed created
    updated modified deleted birth born hire hired join joined signup due expiry expires valid from until
    amount total sum count number qty quantity price cost fee rate charge value balance budget salary wage pay
    paid tax discount revenue income profit margin weight height width length depth size area volume capacity
    distance duration speed score rating points stars percent ratio population age
    first last middle full short long given family nick display common official legal
    city town country region district zone area street address postcode zip phone email mobile fax web url
    fuel engine model make brand color colour seat seats door doors plate registration reg serial
    service stream waste route stop stops missed station port terminal gate line lane track platform
    customer client member user account owner driver pilot captain crew staff employee worker manager agent
    person people player team club league match game season round event venue site location place
    order item product stock inventory unit units batch lot shipment delivery invoice payment receipt
    ticket case issue task project job role skill course class student teacher school
    note notes comment comments description desc text body subject message reason source channel method mode
    home work office branch store shop warehouse depot hub center centre
    active enabled disabled deleted archived visible public private primary default current main
    in out on off is has can was
    min max avg mean low high lo hi
    kg km mi lb lbs cm mm ml hl kwh mb gb usd eur gbp chf
    username firstname lastname fullname nickname surname hostname filename password passcode timestamp datetime
    birthday birthdate weekday postcode zipcode barcode headcount homepage website airport airline keyword
    workload overtime payroll database checkout checkin signup login logout setup onhand runtime lifetime deadline
    headline inbound outbound online offline update upload download feedback
"""
COLUMN_WORDS = frozenset(_COLUMN_WORDS_TEXT.split())


#: words of reporting to a row above ("who reports to X", "answers to X"): with "to", a hierarchy
REPORT_WORDS = frozenset({"report", "reports", "reporting", "reported", "answer", "answers"})


#: words that say "a kind of" what follows them ("each kind of work", "the type of cover"): the words after
#: "of" name the column
CLASSIFIER_WORDS = frozenset({"kind", "type", "sort", "variety", "category", "class"})


#: words of a column that ends a period: the row is current while it is NULL
END_WORDS = frozenset(
    {
        "end",
        "ended",
        "ends",
        "ending",
        "until",
        "till",
        "to",
        "left",
        "leave",
        "leaving",
        "exit",
        "exited",
        "closed",
        "close",
        "closure",
        "returned",
        "return",
        "resolved",
        "expiry",
        "expires",
        "expired",
        "expiration",
        "finish",
        "finished",
        "stop",
        "stopped",
        "terminated",
        "termination",
        "out",
        "checkout",
        "discharged",
        "discharge",
        "death",
        "died",
        "retired",
        "retirement",
        "decommissioned",
        "decommission",
        "decomm",
        "cancelled",
        "canceled",
        "discontinued",
        "completed",
        "completion",
        "withdrawn",
        "churned",
        "deactivated",
        "deact",
        "ceased",
        "removed",
        "departed",
        "departure",
        "depart",
        "cleared",
        "disposed",
        "disposal",
        "sold",
        "scrapped",
        "archived",
        "done",
        # the same in the glossary's languages (fecha_baja, datum_einde, opgezegd_op, date_sortie)
        "baja",
        "fim",
        "ende",
        "einde",
        "eind",
        "opgezegd",
        "austritt",
        "sortie",
        "uscita",
        "saida",
        "salida",
        "cessazione",
        "termino",
        "ablauf",
        # resolved, in Dutch, Spanish, Italian, Portuguese and German (opgelost_op, fecha_resuelto)
        "opgelost",
        "resuelto",
        "risolto",
        "resolvido",
        "behoben",
    }
)

#: words of a soft delete's column (deleted_at): a row is current while it is NULL, but its date is no event of the
#: row's own ("completed in 2024" never reads it)
DELETE_WORDS = frozenset({"deleted", "deletion", "purged"})


#: words of a column that holds a row's state (status_desc, sts_cd): "available", "now" and "completed" are said of it
STATE_COLUMN_WORDS = frozenset({"status", "state", "stat", "sts",
                                # the same, and an outcome, in the languages of the glossary
                                "estado", "statut", "etat", "stato", "zustand", "esito", "resultado", "risultato",
                                "ergebnis", "wynik", "uitslag", "situacao", "situacion"})


#: a unit of time and its adverb, as a column of a rate per that unit is named (eqp_hourly_cents, monthly_rent)
PERIOD_ADVERBS = {"hour": "hourly", "night": "nightly", "day": "daily", "week": "weekly", "month": "monthly",
                  "year": "yearly"}  # fmt: skip

#: verbs of money that has changed hands ("how much have we collected", "total paid in May")
RECEIVED_VERBS = frozenset({"paid", "collected", "received", "banked"})


#: SAP ERP's table and field names, as an extract keeps them (LFA1, EKPO.MATNR), written out in English: read only
#: in a schema with two of these tables or more
SAP_NAMES: dict[str, tuple[str, ...]] = {
    # tables
    "lfa1": ("vendor",), "kna1": ("customer",), "mara": ("material",), "makt": ("material", "description"),
    "marc": ("material", "plant"), "mard": ("material", "stock"), "t001w": ("plant",), "t001": ("company",),
    "ekko": ("purchase", "order"), "ekpo": ("purchase", "order", "item"), "eban": ("purchase", "requisition"),
    "stko": ("bill", "material"), "stpo": ("bill", "material", "item"), "vbak": ("sales", "order"),
    "vbap": ("sales", "order", "item"), "likp": ("delivery",), "lips": ("delivery", "item"),
    "vbrk": ("billing", "document"), "vbrp": ("billing", "document", "item"), "bkpf": ("accounting", "document"),
    "bseg": ("accounting", "document", "item"), "csks": ("cost", "center"), "ska1": ("account",),
    "mkpf": ("material", "document"), "mseg": ("material", "document", "item"),
    # fields
    "matnr": ("material", "number"), "werks": ("plant",), "lifnr": ("vendor", "number"),
    "kunnr": ("customer", "number"), "ebeln": ("purchase", "order", "number"), "ebelp": ("item", "number"),
    "menge": ("quantity",), "meins": ("unit",), "netpr": ("net", "unit", "price"), "netwr": ("net", "value"),
    "peinh": ("price", "unit"), "waers": ("currency",), "bedat": ("order", "date"), "erdat": ("created", "date"),
    "ersda": ("created", "date"), "ernam": ("created", "by"), "name1": ("name",), "ort01": ("city",),
    "land1": ("country",), "spras": ("language",), "maktx": ("description",), "mtart": ("material", "type"),
    "matkl": ("material", "group"), "brgew": ("gross", "weight"), "ntgew": ("net", "weight"),
    "gewei": ("weight", "unit"), "lgort": ("storage", "location"), "labst": ("unrestricted", "stock"),
    "insme": ("inspection", "stock"), "minbe": ("reorder", "point"), "eisbe": ("safety", "stock"),
    "plifz": ("delivery", "days"), "posnr": ("item", "number"), "idnrk": ("component",), "bsart": ("order", "type"),
    "vbeln": ("document", "number"), "audat": ("document", "date"), "bukrs": ("company", "code"),
    "kostl": ("cost", "center"), "ktokk": ("vendor", "group"),
}
