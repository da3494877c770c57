"""Date phrases: "in March 2024", "after 2020", "last month", "between 2019 and 2021" ...

Each phrase becomes a half-open range ``lo <= column < hi`` (either end may
be open), computed in Python against an injectable ``today`` so that results
are deterministic.  Integer year columns get the same phrase as inclusive
year bounds.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from aishell.ai.offline.lexicon import MONTHS
from aishell.ai.offline.text import Token


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # exclusive
    grain: str  # day | month | quarter | year | decade | rolling
    label: str


@dataclass(frozen=True)
class DatePhrase:
    """A date condition found in a question, spanning tokens ``[first, last)``."""

    first: int
    last: int
    lo: dt.date | None
    hi: dt.date | None  # exclusive
    label: str
    year_only: bool = False  # every bound is a year: integer year columns can use it
    ambiguous: bool = False  # "between 2019 and 2021" might be plain numbers

    @property
    def year_lo(self) -> int | None:
        return self.lo.year if self.lo else None

    @property
    def year_hi(self) -> int | None:  # inclusive
        return (self.hi.year - 1) if self.hi else None


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def month_period(year: int, month: int) -> Period:
    start = dt.date(year, month, 1)
    return Period(start, add_months(start, 1), "month", f"{calendar.month_name[month]} {year}")


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year", str(year))


def _is_year(tok: Token) -> bool:
    return (
        tok.kind == "number"
        and tok.value is not None
        and not tok.currency
        and tok.value.is_integer()
        and 1800 <= tok.value <= 2200
        and tok.text.isdigit()
    )


_WEEKDAYS = {
    name: k for k, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "quarter": "quarter",
    "quarters": "quarter",
}
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}


class _Scanner:
    def __init__(self, tokens: list[Token], today: dt.date) -> None:
        self.t = tokens
        self.today = today

    def low(self, i: int) -> str:
        return self.t[i].low if 0 <= i < len(self.t) else ""

    def tok(self, i: int) -> Token | None:
        return self.t[i] if 0 <= i < len(self.t) else None

    # -------------------------------------------------------------- periods
    def day_number(self, i: int) -> tuple[int, int] | None:
        """A day of month at i (``5``, ``5th``) -> (day, tokens used)."""
        tok = self.tok(i)
        if tok is None or tok.kind != "number" or tok.value is None or not tok.text.isdigit():
            return None
        day = int(tok.value)
        if not 1 <= day <= 31:
            return None
        used = 2 if self.low(i + 1) in _ORDINAL_SUFFIX else 1
        return day, used

    def period(self, i: int) -> tuple[Period, int] | None:
        """A point or period starting at token i -> (period, tokens used)."""
        tok = self.tok(i)
        if tok is None:
            return None
        low = tok.low
        if tok.kind == "date":
            parts = tok.text.split()[0].split("T")[0].split("-")
            try:
                if len(parts) == 2:
                    return month_period(int(parts[0]), int(parts[1])), 1
                d = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            except ValueError:
                return None
            return Period(d, d + dt.timedelta(days=1), "day", d.isoformat()), 1
        if low == "the" and self.low(i + 1) == "year" and self.tok(i + 2) and _is_year(self.t[i + 2]):
            return year_period(int(self.t[i + 2].value or 0)), 3
        if low == "year" and self.tok(i + 1) and _is_year(self.t[i + 1]):
            return year_period(int(self.t[i + 1].value or 0)), 2
        if low == "the" and self.tok(i + 1) is not None and _is_year(self.t[i + 1]) and self.low(i + 2) == "s":
            year = int(self.t[i + 1].value or 0)
            return Period(dt.date(year, 1, 1), dt.date(year + 10, 1, 1), "decade", f"the {year}s"), 3
        if _is_year(tok):
            year = int(tok.value or 0)
            if self.low(i + 1) == "s" and year % 10 == 0:
                return Period(dt.date(year, 1, 1), dt.date(year + 10, 1, 1), "decade", f"the {year}s"), 2
            return year_period(year), 1
        if low in MONTHS and not (low == "may" and not self._month_context(i)):
            month = MONTHS[low]
            j = i + 1
            day = self.day_number(j)
            if day is not None:
                j += day[1]
                if self.low(j) == ",":
                    j += 1
            if self.low(j) in ("of",) and self.tok(j + 1) and _is_year(self.t[j + 1]):
                j += 1
            ytok = self.tok(j)
            if ytok is not None and _is_year(ytok):
                year = int(ytok.value or 0)
                j += 1
            else:
                year = self.today.year if month <= self.today.month else self.today.year - 1
            if day is not None:
                try:
                    d = dt.date(year, month, day[0])
                except ValueError:
                    return None
                return Period(d, d + dt.timedelta(days=1), "day", d.isoformat()), j - i
            return month_period(year, month), j - i
        # 5 March 2024 / 5th of March 2024
        day = self.day_number(i)
        if day is not None:
            j = i + day[1]
            if self.low(j) == "of":
                j += 1
            if self.low(j) in MONTHS:
                ytok = self.tok(j + 1)
                month = MONTHS[self.low(j)]
                if ytok is not None and _is_year(ytok):
                    year, used = int(ytok.value or 0), j + 2 - i
                elif self.t[j].text != "may" and (tok.text.isdigit() or self.low(i + 1) in _ORDINAL_SUFFIX):
                    # "since 1 May", "before 12 April": that day of this year, or of last year when still to come
                    year, used = (self.today.year if month <= self.today.month else self.today.year - 1), j + 1 - i
                else:
                    return self.relative(i)
                try:
                    d = dt.date(year, month, day[0])
                except ValueError:
                    return None
                return Period(d, d + dt.timedelta(days=1), "day", d.isoformat()), used
        # quarters: Q1 2024, the first quarter of 2024
        if len(low) == 2 and low[0] == "q" and low[1] in "1234":
            q = int(low[1])
            j = i + 1
            if self.low(j) == "of":
                j += 1
            ytok = self.tok(j)
            year = int(ytok.value or 0) if ytok is not None and _is_year(ytok) else self.today.year
            used = j + 1 - i if ytok is not None and _is_year(ytok) else 1
            start = dt.date(year, 3 * q - 2, 1)
            return Period(start, add_months(start, 3), "quarter", f"Q{q} {year}"), used
        k = i + 1 if low == "the" else i
        if self.low(k) in _QUARTER_WORDS and self.low(k + 1) == "quarter":
            q = _QUARTER_WORDS[self.low(k)]
            j = k + 2
            if self.low(j) == "of":
                j += 1
            ytok = self.tok(j)
            if ytok is not None and _is_year(ytok):
                start = dt.date(int(ytok.value or 0), 3 * q - 2, 1)
                return Period(start, add_months(start, 3), "quarter", f"Q{q} {start.year}"), j + 1 - i
        return self.relative(i)

    def _month_context(self, i: int) -> bool:
        nxt = self.tok(i + 1)
        prev = self.low(i - 1)
        return (nxt is not None and nxt.kind == "number") or prev in (
            "in",
            "during",
            "since",
            "after",
            "before",
            "of",
            "until",
        )

    def relative(self, i: int) -> tuple[Period, int] | None:
        today = self.today
        low = self.low(i)
        if low == "today":
            return Period(today, today + dt.timedelta(days=1), "day", "today"), 1
        if low == "yesterday":
            y = today - dt.timedelta(days=1)
            return Period(y, today, "day", "yesterday"), 1
        if low == "tomorrow":
            d = today + dt.timedelta(days=1)
            return Period(d, d + dt.timedelta(days=1), "day", "tomorrow"), 1
        j = i + 1 if low == "the" else i
        which = self.low(j)
        if which in ("next", "last", "previous", "this") and self.low(j + 1) in _WEEKDAYS:
            # next Monday: the first one after today; last Monday: the latest one before today
            wd = _WEEKDAYS[self.low(j + 1)]
            if which == "next":
                d = today + dt.timedelta(days=(wd - today.weekday() - 1) % 7 + 1)
            elif which == "this":
                d = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=wd)
            else:
                d = today - dt.timedelta(days=(today.weekday() - wd - 1) % 7 + 1)
            return Period(d, d + dt.timedelta(days=1), "day", f"{which} {self.low(j + 1)}"), j + 2 - i
        if which in ("this", "current", "last", "previous", "past", "prior", "next", "recent", "coming", "upcoming"):
            unit_tok = self.low(j + 1)
            n = 1
            step = 2
            ntok = self.tok(j + 1)
            if ntok is not None and ntok.kind == "number" and ntok.value is not None and ntok.value.is_integer():
                n = int(ntok.value)
                unit_tok = self.low(j + 2)
                step = 3
            if unit_tok == "few":
                n, unit_tok, step = 3, self.low(j + 2), 3
            unit = _UNITS.get(unit_tok)
            if unit is None:
                return None
            used = j + step - i
            if which in ("this", "current") and step == 2:
                return self._calendar(unit, 0, f"this {unit}"), used
            if which in ("last", "previous", "prior") and step == 2 and unit_tok == unit:
                return self._calendar(unit, -1, f"last {unit}"), used
            if which == "next" and step == 2:
                if unit_tok != unit:
                    return None
                return self._calendar(unit, 1, f"next {unit}"), used
            if which in ("next", "coming", "upcoming"):
                # the next 30 days, the coming week: from today to the same day N units ahead, both included
                # (mirrors "the last 30 days", which runs from the same day N units back through today)
                if which != "next" and step == 2 and unit_tok != unit:
                    return None  # "the coming days": no count
                end = self._shift(unit, n)
                return Period(today, end + dt.timedelta(days=1), "rolling", f"the next {n} {unit}(s)"), used
            # rolling window: the last 30 days, past 3 months, last year(s) with a count
            start = self._shift(unit, -n)
            return Period(start, today + dt.timedelta(days=1), "rolling", f"the last {n} {unit}(s)"), used
        if low in ("ytd",) or (low == "year" and self.low(i + 1) == "to" and self.low(i + 2) == "date"):
            return Period(dt.date(today.year, 1, 1), today + dt.timedelta(days=1), "rolling", "year to date"), (
                1 if low == "ytd" else 3
            )
        return None

    def _shift(self, unit: str, n: int) -> dt.date:
        """Today moved by n units (negative: back)."""
        if unit == "day":
            return self.today + dt.timedelta(days=n)
        if unit == "week":
            return self.today + dt.timedelta(weeks=n)
        return add_months(self.today, n * {"month": 1, "quarter": 3}.get(unit, 12))

    def weekday(self, i: int) -> tuple[Period, int] | None:
        """A bare weekday ("since Monday"): the latest such day, today included."""
        wd = _WEEKDAYS.get(self.low(i))
        if wd is None:
            return None
        d = self.today - dt.timedelta(days=(self.today.weekday() - wd) % 7)
        return Period(d, d + dt.timedelta(days=1), "day", self.low(i)), 1

    def _calendar(self, unit: str, offset: int, label: str) -> Period:
        today = self.today
        if unit == "day":
            d = today + dt.timedelta(days=offset)
            return Period(d, d + dt.timedelta(days=1), "day", label)
        if unit == "week":
            monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=offset)
            return Period(monday, monday + dt.timedelta(weeks=1), "week", label)
        if unit == "month":
            start = add_months(dt.date(today.year, today.month, 1), offset)
            return Period(start, add_months(start, 1), "month", label)
        if unit == "quarter":
            q0 = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
            start = add_months(q0, 3 * offset)
            return Period(start, add_months(start, 3), "quarter", label)
        start = dt.date(today.year + offset, 1, 1)
        return Period(start, dt.date(start.year + 1, 1, 1), "year", label)


_AFTER = {"after", "since", "starting", "later"}
_BEFORE = {"before", "until", "till", "prior", "earlier", "by", "through", "thru", "up"}
_IN = {"in", "during", "for", "of", "on", "within", "throughout", "at", "from"}  # "orders from 2023"


def _days_of_one_month(sc: _Scanner, i: int) -> DatePhrase | None:
    """ "between 16 and 22 June 2025", "from 3 to 9 March": two days of one month and year said once."""
    low, day = sc.low(i), sc.low(i + 1)
    if low not in ("between", "from") or not day.isdigit() or not 1 <= int(day) <= 31:
        return None
    if sc.low(i + 2) not in (("and", "-") if low == "between" else ("to", "until", "till", "-")):
        return None
    p2 = sc.period(i + 3)
    if p2 is None or p2[0].grain != "day" or int(day) >= p2[0].start.day:
        return None
    b = p2[0]
    first = b.start.replace(day=int(day))
    return DatePhrase(i, i + 3 + p2[1], first, b.end, f"between {first} and {b.label}")


def find_date_phrases(tokens: list[Token], today: dt.date) -> list[DatePhrase]:
    """Every date phrase in the question, left to right, without overlaps."""
    sc = _Scanner(tokens, today)
    out: list[DatePhrase] = []
    i = 0
    n = len(tokens)
    while i < n:
        low = sc.low(i)
        days = _days_of_one_month(sc, i)
        if days is not None:
            out.append(days)
            i = days.last
            continue
        found = _between(sc, i)
        if found is not None:
            out.append(found)
            i = found.last
            continue
        span = _month_range(sc, i)
        if span is not None:
            out.append(span)
            i = span.last
            continue
        # on or after / on or before
        if low == "on" and sc.low(i + 1) == "or" and sc.low(i + 2) in ("after", "before"):
            p = sc.period(i + 3)
            if p is not None:
                per = p[0]
                if sc.low(i + 2) == "after":
                    out.append(
                        DatePhrase(
                            i, i + 3 + p[1], per.start, None, f"on or after {per.label}", year_only=per.grain == "year"
                        )
                    )
                else:
                    out.append(
                        DatePhrase(
                            i, i + 3 + p[1], None, per.end, f"on or before {per.label}", year_only=per.grain == "year"
                        )
                    )
                i += 3 + p[1]
                continue
        needs = {"prior": "to", "up": "to", "later": "than", "earlier": "than"}.get(low)
        if (low in _AFTER or low in _BEFORE) and (needs is None or sc.low(i + 1) == needs):
            j = i + 1
            if low in ("prior", "up", "later", "earlier"):
                j += 1
            end_of = sc.low(j) == "the" and sc.low(j + 1) == "end" and sc.low(j + 2) == "of"
            if end_of:
                j += 3
            p = sc.period(j) or (sc.weekday(j) if low == "since" else None)  # "before Friday": this one or the last?
            if p is None and end_of and sc.low(j) in ("the", "this") and sc.low(j + 1) in _UNITS:
                # until the end of the year: of this year
                unit = _UNITS[sc.low(j + 1)]
                if unit == sc.low(j + 1) and unit != "day":
                    p = sc._calendar(unit, 0, f"this {unit}"), 2
            if p is not None and end_of and p[1] == 1 and sc.low(j) in MONTHS and p[0].start.year < sc.today.year:
                # "MOT due before the end of July" in June: this year's July, the one still to come
                p = month_period(sc.today.year, MONTHS[sc.low(j)]), 1
            if p is not None:
                per = p[0]
                end = j + p[1]
                yo = per.grain == "year"
                if end_of:  # "before the end of 2025": up to the period's end; "since the end of 2024": from it on
                    later = low in _AFTER
                    out.append(DatePhrase(i, end, per.end if later else None, None if later else per.end,
                                          f"{'after' if later else 'before'} the end of {per.label}", year_only=yo))
                elif low in ("since", "starting"):
                    out.append(DatePhrase(i, end, per.start, None, f"since {per.label}", year_only=yo))
                elif low in ("after", "later"):
                    out.append(DatePhrase(i, end, per.end, None, f"after {per.label}", year_only=yo))
                elif low in ("until", "till", "through", "thru", "up", "by"):
                    out.append(DatePhrase(i, end, None, per.end, f"until {per.label}", year_only=yo))
                else:
                    out.append(DatePhrase(i, end, None, per.start, f"before {per.label}", year_only=yo))
                i = end
                continue
        # "so far", "to date": up to today (rows still to come are not yet had), unless a period follows ("so far
        # this year") or it is a year to date
        so_far = (low == "so" and sc.low(i + 1) == "far") or (
            low == "to" and sc.low(i + 1) == "date" and sc.low(i - 1) not in ("year", "up"))
        if so_far and sc.period(i + 2) is None and sc.low(i + 2) not in _IN | {"this", "for", "since"}:
            out.append(DatePhrase(i, i + 2, None, today + dt.timedelta(days=1), "so far"))
            i += 2
            continue
        # upcoming / coming up / in the future: from today on, or the part of a following period from today
        fwd = _forward(sc, i)
        if fwd and sc.period(i) is None:  # "upcoming week" is a period of its own
            k = i + fwd
            j = k + 1 if sc.low(k) in _IN else k
            p = sc.period(j)
            if p is not None and p[0].end > today:
                per = p[0]
                out.append(DatePhrase(i, j + p[1], max(per.start, today), per.end, f"{per.label} from today on"))
                i = j + p[1]
            else:
                out.append(DatePhrase(i, k, today, None, "from today on"))
                i = k
            continue
        start = i
        j = i
        if low in _IN:
            j = i + 1
        p = sc.period(j)
        if low == "from" and sc.low(j) == "now":
            p = Period(today, today + dt.timedelta(days=1), "day", "now"), 1
        if p is not None:
            tail = _open_end(sc, j + p[1], from_=low == "from")
            if tail is not None:
                # 2020 or later, from tomorrow onwards: from its start; 2020 or earlier: through its end
                per, later, end = p[0], tail[0], j + p[1] + tail[1]
                yo = per.grain in ("year", "decade")
                lo, hi = (per.start, None) if later else (None, per.end)
                label = f"{per.label} or {'later' if later else 'earlier'}"
                out.append(DatePhrase(start, end, lo, hi, label, year_only=yo))
                i = end
                continue
        if p is not None and (j > i or _standalone(tokens, i, p[0])):
            per = p[0]
            out.append(
                DatePhrase(
                    start,
                    j + p[1],
                    per.start,
                    per.end,
                    f"in {per.label}" if j > i else per.label,
                    year_only=per.grain in ("year", "decade"),
                )
            )
            i = j + p[1]
            continue
        i += 1
    return out


def _between(sc: _Scanner, i: int) -> DatePhrase | None:
    """ "between X and Y", "from X to Y": the first period's start to the second's end."""
    low = sc.low(i)
    if low not in ("between", "from"):
        return None
    p1 = sc.period(i + 1)
    if p1 is None:
        return None
    j = i + 1 + p1[1]
    if not ((sc.low(j) in ("and", "to", "until", "till", "through", "-") and low == "between") or (
            low == "from" and sc.low(j) in ("to", "until", "till", "through", "-"))):  # fmt: skip
        return None
    p2 = sc.period(j + 1)
    if p2 is None:
        return None
    a, b = p1[0], p2[0]
    years = a.grain == "year" and b.grain == "year"
    first_day = a.start
    if a.grain == "month" and b.grain == "month" and p1[1] == 1 and p2[1] > 1 and first_day.year != b.start.year:
        # "between January and March 2025": the year said once is both months' year
        first_day = first_day.replace(year=b.start.year)
        if first_day > b.start:
            # "between November and February 2025"
            first_day = first_day.replace(year=b.start.year - 1)
    return DatePhrase(i, j + 1 + p2[1], first_day, b.end, f"between {a.label} and {b.label}", year_only=years,
                      ambiguous=years)  # fmt: skip


def _month_range(sc: _Scanner, i: int) -> DatePhrase | None:
    """ "August 2024 to May 2025": two months with their years, from the first to the end of the second; said after
    a season's label ("the 2024-25 season (August 2024 to May 2025)"), the phrase takes the label in too."""
    first = i
    season = _season_label(sc, i)
    if season:
        i += season
        while sc.low(i) in ("(", ",", "-", "from", "i.e.", "ie"):
            i += 1
    p1 = sc.period(i)
    if p1 is None or p1[0].grain != "month" or p1[1] < 2:  # the month's year said too
        return None
    j = i + p1[1]
    if sc.low(j) not in ("to", "until", "till", "through", "-", "thru"):
        return None
    p2 = sc.period(j + 1)
    if p2 is None or p2[0].grain != "month" or p2[1] < 2 or p2[0].end <= p1[0].start:
        return None
    last = j + 1 + p2[1]
    if season and sc.low(last) == ")":
        last += 1
    a, b = p1[0], p2[0]
    return DatePhrase(first, last, a.start, b.end, f"between {a.label} and {b.label}")


def _season_label(sc: _Scanner, i: int) -> int:
    """The tokens of a season's label at ``i`` ("the 2024-25 season", "2024/25 season"), else 0."""
    j = i + 1 if sc.low(i) == "the" else i
    year = sc.tok(j)
    if year is None or not _is_year(year) or sc.low(j + 1) not in ("-", "/") or sc.low(j + 3) != "season":
        return 0
    short = sc.tok(j + 2)
    nxt = (int(year.value or 0) + 1) % 100
    return j + 4 - i if short is not None and short.low.isdigit() and int(short.low) == nxt else 0


#: what a bare year may follow in a terse request: a comma, or the measure it dates
_YEAR_AFTER = frozenset({",", ":", "(", "count", "counts", "total", "totals", "sum", "revenue", "sales", "spend",
                         "income", "average", "avg", "turnover"})  # fmt: skip


#: what a year before a noun follows when it dates the rows the noun names ("our 2024 orders"); never "their 2025
#: show", a year of the row's own
_YEAR_DETERMINERS = frozenset({"the", "our", "all", "of", "in", "for", ","})
#: nouns a year before them names rather than dates: a period or a fee of that year, not a row dated in it
_YEAR_NAMES = frozenset({"year", "years", "season", "seasons", "tax", "fiscal", "financial", "academic", "school",
                         "subscription", "subscriptions", "membership", "memberships", "fee", "fees", "dues", "budget",
                         "budgets", "edition", "editions", "cohort", "intake", "series", "model", "models", "vintage",
                         "tariff", "tariffs", "rate", "rates", "plan", "plans", "price", "prices", "target",
                         "targets", "quota", "quotas", "forecast", "and", "or", "to", "through", "until"})  # fmt: skip


def _standalone(tokens: list[Token], i: int, per: Period) -> bool:
    """A period without a preposition counts when it is unambiguous ("March 2024 orders", "last month"); a bare
    year too, last in its clause after a comma or a measure, in the short phrasing of "monthly order count 2025"
    and "incidents by type, 2024" (never "room 2024", "more than 2024" or "Autumn 2024")."""
    tok = tokens[i]
    if tok.kind == "number":
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if per.grain != "year" or len(tok.text) != 4 or not 1990 <= (tok.value or 0) <= 2100:
            return False
        last = after is None or (after.kind == "punct" and after.low not in ("-", "/", "'", "–"))
        # after a comma or a measure ("by type, 2024", "order count 2025"), or a group ("revenue by month 2025"),
        # never after a noun that a number may pick a row of ("depot 2025"); last in its clause ("2024/25" and
        # "2025-T2" are names of their own)
        if last and before is not None and (
                before.low in _YEAR_AFTER or (i > 1 and tokens[i - 2].low in ("by", "per") and before.kind == "word")):
            return True
        # before the rows it dates ("our 2024 purchase orders", "the 2024 calibrations"), after a determiner; never
        # a year that names what follows ("the 2025 subscription", "2024 tax year", "2025 season")
        return (
            (before is None or before.low in _YEAR_DETERMINERS) and after is not None and after.kind == "word"
            and after.low not in _YEAR_NAMES and not after.joined and not tok.joined
            and not after.text[:1].isupper()  # "the 2024 General Election": a name that holds the year
        )
    return tok.kind == "date" or tok.low not in MONTHS or per.grain in ("day", "month")


def _forward(sc: _Scanner, i: int) -> int:
    """Words at i meaning "from today on" (upcoming, coming up, in the future, future): tokens used, or 0."""
    low = sc.low(i)
    if low in ("upcoming", "future"):
        return 1
    if low == "coming" and sc.low(i + 1) == "up":
        return 2
    if low == "in" and sc.low(i + 1) == "the" and sc.low(i + 2) == "future":
        return 3
    return 0


_LATER = {"later": True, "after": True, "beyond": True, "earlier": False, "before": False}


def _open_end(sc: _Scanner, k: int, *, from_: bool) -> tuple[bool, int] | None:
    """After a period: "or later" / "onwards" (True) or "or earlier" (False), and the tokens used."""
    low = sc.low(k)
    if low in ("onwards", "onward"):
        return True, 1
    if from_ and low == "on" and (k + 1 >= len(sc.t) or sc.t[k + 1].kind == "punct"):
        return True, 1  # from 2020 on
    word = sc.low(k + 1)
    if low in ("or", "and") and word in _LATER:
        nxt = sc.tok(k + 2)
        if word in ("after", "before") and nxt is not None and nxt.kind not in ("punct", "op"):
            return None  # "2020 or after", but "2020 or after the launch" is another phrase
        return _LATER[word], 2
    return None
