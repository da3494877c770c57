"""The built-in vocabulary: synonyms, function words and the words that signal SQL constructs.

Nothing here names a table of any particular database.  Synonyms map a word a
person types to words a schema commonly uses (``client`` -> ``customer``);
they only matter when the schema actually holds the target word.
"""

from __future__ import annotations

#: question word -> schema words it may stand for (compared through text.forms)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "borrow": ("loan", "rental", "checkout"),
    "lend": ("loan",),
    "rent": ("rental", "loan"),
    "checkout": ("loan",),
    "earn": ("salary", "wage", "pay", "income"),
    "client": ("customer",),
    "buyer": ("customer",),
    "shopper": ("customer",),
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
    "prod": ("product",),
    "cat": ("category",),
    "desc": ("description",),
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
    "yr": ("year",),
    "intl": ("international",),
    "natl": ("national",),
    "nm": ("name",),
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
    "lname": ("last",),
    "bdate": ("birth", "born"),
    "pos": ("position",),
    "seq": ("sequence",),
    "lvl": ("level",),
    "wh": ("warehouse",),
    "whse": ("warehouse",),
    "veh": ("vehicle",),
    "cap": ("capacity",),
    "prc": ("price",),
    "amnt": ("amount",),
    "dur": ("duration",),
    "freq": ("frequency",),
    "exp": ("expiry", "expiration", "expense"),
    "rev": ("revenue",),
    "subs": ("subscription", "subscriptions"),
    "sub": ("subscription",),
}

#: column names that identify a row for people, best first
DISPLAY_NAMES: tuple[str, ...] = (
    "name",
    "title",
    "full_name",
    "fullname",
    "display_name",
    "label",
    "username",
    "user_name",
    "login",
    "email",
    "code",
    "description",
)

#: column words that mark a money-like measure
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

QUANTITY_WORDS = frozenset({"quantity", "qty", "units", "count", "amount", "number"})
UNIT_PRICE_WORDS = frozenset({"price", "cost", "rate", "fee"})

#: words that hint at a temporal column when they name one
DATE_WORDS = frozenset(
    {"date", "time", "at", "on", "day", "timestamp", "datetime", "created", "updated", "when", "year"}
)

#: date column words that are not the "default" date of a row
#: participles of the end of a row's life: their date column is no event that made the row
END_EVENT_WORDS = frozenset({"cancelled", "canceled", "closed", "ended", "finished", "completed", "resolved",
                             "returned", "expired", "terminated", "stopped", "deleted", "removed", "retired",
                             "discharged", "departed", "checked", "updated", "modified", "changed"})

SECONDARY_DATE_WORDS = frozenset(
    {"birth", "dob", "born", "birthday", "updated", "modified", "deleted", "changed", "expiry", "expires",
     "expiration", "due", "end", "ended", "return", "returned", "last", "death", "died", "closed"}
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
    "long": (("duration", "length", "runtime", "pages", "minutes", "milliseconds", "seconds", "distance", "hours",
              "days"), True),
    "short": (("duration", "length", "runtime", "pages", "minutes", "milliseconds", "seconds", "distance", "hours",
               "days"), False),
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
    "productive": (("@count",), True),
    "selling": (("@count",), True),
    "fast": (("speed",), True),
    "slow": (("speed",), False),
}

#: irregular and regular comparative/superlative forms -> (base adjective, degree sign)
#: +1 = more/most, -1 = less/least (only for words whose direction flips)
ADJ_FORMS: dict[str, str] = {
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
HIGH_WORDS = frozenset({"highest", "higher", "greatest", "greater", "maximum", "max", "top", "best", "biggest",
                        "largest", "most", "more"})
LOW_WORDS = frozenset({"lowest", "lower", "least", "minimum", "min", "worst", "fewest", "fewer", "smallest",
                       "bottom", "less"})

#: function words and common verbs that carry no schema meaning
FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "of", "for", "in", "on", "at", "to", "from", "with", "by", "per", "and", "or",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has",
        "had", "having", "what", "which", "who", "whom", "whose", "how", "many", "much", "me", "us", "show",
        "list", "give", "get", "find", "display", "tell", "return", "returns", "all", "every", "any",
        "there", "their", "them", "they", "it", "its", "that", "this", "these", "those", "please", "i",
        "we", "you", "my", "our", "your", "can", "could", "would", "should", "will", "shall", "may",
        "might", "must", "each", "also", "both", "only", "just", "still", "yet", "ever", "currently",
        "currently", "available", "exist", "exists", "existing", "appear", "appears", "stored", "recorded",
        "listed", "placed", "place", "made", "make", "come", "comes", "came", "live", "lives", "living",
        "located", "based", "belong", "belongs", "belonging", "contain", "contains", "containing",
        "include", "includes", "including", "stored", "where", "when", "whether", "as", "into", "onto",
        "about", "than", "then", "so", "such", "some", "other", "others", "own", "same", "too", "very",
        "up", "down", "out", "off", "over", "under", "again", "here", "want", "need", "know", "see", "look",
        "let", "lets", "our", "records", "record", "entries", "entry", "rows", "row", "data", "details",
        "detail", "information", "info", "values", "value", "every", "overall", "altogether",
        "respectively", "currently", "now", "registered", "sold", "bought", "sell", "buy", "ordered",
        "work", "works", "working", "worked", "according", "along", "via", "using", "use", "used", "got",
        "gets", "going", "go", "goes", "went", "gone", "through", "put", "set", "sort", "please", "thanks",
        "thank", "hi", "hello", "s", "t", "not", "no", "none", "never", "nobody", "nothing", "without",
        "name", "names", "called", "named", "whole", "entire", "full", "complete", "corresponding",
        "related", "associated", "respective", "among", "across", "amongst", "ever", "currently"
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
        "all", "and", "any", "as", "asc", "between", "by", "case", "check", "column", "comment",
        "constraint", "create", "current", "date", "default", "delete", "desc", "distinct", "drop", "else",
        "end", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant", "group", "having",
        "in", "index", "inner", "insert", "interval", "into", "is", "join", "key", "left", "level", "like",
        "limit", "mode", "natural", "not", "null", "number", "offset", "on", "option", "or", "order",
        "outer", "primary", "range", "references", "right", "row", "rows", "select", "session", "set",
        "size", "start", "table", "then", "to", "true", "union", "unique", "update", "user", "using",
        "values", "view", "when", "where", "with", "year", "month", "day", "hour", "minute", "second",
        "time", "timestamp", "uid", "rownum", "sysdate", "resource", "access", "file"
    ]
)

#: words that pick one of several keys into the same table (origin_code vs destination_code)
ROLE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"origin", "orig", "source", "from", "depart", "departs", "departing", "departure", "departures", "leave",
               "leaves", "leaving", "outbound", "start", "sender", "send", "sent", "src", "seller", "home",
               "pickup", "ship", "shipped", "billing"}),
    frozenset({"destination", "dest", "dst", "to", "arrive", "arrives", "arriving", "arrival", "arrivals", "inbound",
               "end", "target", "receiver", "receive", "received", "recipient", "going", "buyer", "away",
               "dropoff", "delivery", "deliver", "delivered"}),
)

#: statistics the offline translator does not compute: asking for them must not return something else
UNSUPPORTED = frozenset({"median", "mode", "variance", "deviation", "stddev", "percentile", "quartile",
                         "correlation", "correlated", "regression", "forecast", "predict", "trend", "growth"})

#: "the second most expensive": how many rows to skip
ORDINALS: dict[str, int] = {"second": 1, "third": 2, "fourth": 3, "fifth": 4, "2nd": 1, "3rd": 2}
