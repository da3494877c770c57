"""Planner pass: the time between two dates of a row (issue 14).

* "claims reported more than 30 days after the loss": ``reported - loss > 30`` (days);
* "shipments delivered after their ETA": ``delivered > eta``, one date against another of the same row;
* "sessions that lasted more than 3 hours": the row's one start and one end date, ``(end - start) * 24 > 3``;
* "average time to close an issue, in days", "average number of days from filing to closure": the average
  of ``end - start``, where the start is named or is the row's one start date.

Both dates must belong to one row: one table, or a row and the one row its many-to-one keys point to ("from
listing to sale": each sale and its listing; two children of one parent are siblings and refused). Each must be
named by a word of the question (a linked column, or a word sharing a column word's stem: "closure" ~
``closed_date``; a table said as an event, by the date its noun names or its one date) or be the row's only date
of that kind.
Anything less certain leaves the words alone, and the accounting pass refuses them as before.
"""

from __future__ import annotations

import re

from aishell.ai.offline.account import END_WORDS, START_WORDS, stem
from aishell.ai.offline.ir import SPAN_UNITS, Col, Cond, Lit, Span
from aishell.ai.offline.lexicon import STATE_PARTICIPLES
from aishell.ai.offline.linking import Candidate
from aishell.ai.offline.parse import Item
from aishell.ai.offline.plan_conditions import cmp_cond_expr
from aishell.ai.offline.plan_state import Measure, PlanState, SpanFound
from aishell.ai.offline.schema import ColumnMeta
from aishell.ai.offline.text import abbreviates, irregular_base, singular

#: a time unit word -> how many of it make a day
_PER_DAY = {**SPAN_UNITS, **{unit[:-1]: scale for unit, scale in SPAN_UNITS.items()}, "mins": 1440.0, "hrs": 24.0,
            "night": 1.0, "nights": 1.0}


#: nouns of a duration asked for as an aggregate: "average time to close", "mean duration"
_DURATION_WORDS = frozenset({"time", "duration", "days", "nights", "hours", "minutes", "weeks", "long", "delay",
                             "wait", "stay"})

#: words between a relation word and the date it points to ("after *their* ETA", "after *the* loss")
_SKIP = frozenset({"the", "their", "its", "his", "her", "they", "it", "was", "were", "is", "are", "been", "being",
                   "an", "a", "of"})


class SpanPass:
    """Finds differences between two dates of one row and places them as conditions or a measure."""

    def __init__(self, planner: PlanState) -> None:
        self.p = planner

    def run(self) -> SpanFound:
        found = SpanFound()
        if self.p.subject is None:
            return found
        for k in range(len(self.p.items)):
            it = self.p.items[k]
            if it.used:
                continue
            if it.kind == "cmp" and it.nums and not it.func:
                self._compared(k, it)
            elif it.kind == "word" and it.text.lower() in ("after", "before"):
                self._ordered(k, it)
            elif it.kind == "word" and it.text.lower() == "within":
                self._within(k, it)
            elif it.kind == "agg" and it.func == "AVG" and found.measure is None:
                m = self._process_time(k, it) or self._average(k, it)
                if m is not None:
                    found.measure, found.func = m, "AVG"
        return found

    # ------------------------------------------------------------------ helpers
    def _date_col(self, it: Item | None, events: bool = False) -> Col | None:
        """The date column an item names: a linked date column, or a word sharing a date column's stem (with
        ``events``, also a word taken for a table: "from *order* to delivery" is ``ordered_on``)."""
        if it is None or it.used:
            return None
        if it.kind in ("column", "value"):  # "delivered" is a status too, but "delivered after" is its date
            dated = [c for c in it.columns if (m := self.p.meta(c.table).column(c.column or "")) is not None
                     and m.kind == "date"]
            subject_first = sorted(dated, key=lambda c: c.table != self.p.subject)
            if subject_first:
                c = subject_first[0]
                return Col(c.table, c.column or "")
        named = ("word", "value", "column", "table") if events else ("word", "value", "column")
        if it.kind in named and len(it.text) >= 4 and self.p.subject is not None:
            # a table said as an event ("from *listing* to close") is dated by its own columns
            table = self.p.table_of(it) if it.kind == "table" else self.p.subject
            wants = _noun_stems(it.text)
            hits = [c for c in self.p.meta(table).columns if c.kind == "date" and any(
                any(want in _stems(w) for want in wants) or _short_for(w, it.text) for w in c.words)]
            if len(hits) == 1:
                return Col(table, hits[0].name)
            meta = self.p.meta(table)
            dates = meta.date_columns()
            own = (meta.own_date() or (dates[0] if len(dates) == 1 else None)) if it.kind == "table" and not hits \
                else None
            if own is not None:  # "between an order and its delivery": the order's own date (data_ordine), or its one
                return Col(table, own.name)
        return None

    def row_table(self, a: Col, b: Col) -> str | None:
        """The table whose rows a span from ``a`` to ``b`` is measured over: their one table, or the one whose rows
        each point (by many-to-one keys) to one row of the other's ("from listing to sale": each sale, and its
        listing's date); None when neither does (two rows of one parent are siblings, not one row)."""
        if a.table == b.table:
            return a.table
        for row, other in ((a.table, b.table), (b.table, a.table)):
            path = self.p.schema.path(row, other)
            here = row
            for edge in path or []:
                if edge.child != here:
                    break
                here = edge.parent
            else:
                if path:
                    return row
        return None

    def _unit_after(self, k: int) -> tuple[int, float] | None:
        """The time unit right after item ``k``: its index and how many of it make a day."""
        nxt = self.p.item(k + 1)
        if nxt is None:
            return None
        per_day = _PER_DAY.get(nxt.text.lower())
        return (k + 1, per_day) if per_day is not None else None

    def _one_of(self, table: str, words: frozenset[str], other: Col | None = None) -> Col | None:
        """The table's one date column with a word in ``words`` (not ``other``)."""
        meta = self.p.meta(table)
        hits = [c for c in meta.columns if c.kind == "date" and _words(c) & words
                and (other is None or c.name != other.column)]
        return Col(table, hits[0].name) if len(hits) == 1 else None

    def _cond(self, cond: Cond, table: str, note: str, *items: Item) -> None:
        self.p.add_cond(cond, table)
        self.p.notes.append(note)
        last = self.p.items.index(items[-1])
        tail = self.p.item(last + 1)
        if tail is not None and tail.kind in ("word", "timeunit") and tail.text.lower() in ("date", "time", "day"):
            items = (*items, tail)  # "after their due date"
        for x in items:
            x.used = True
            if x.kind == "value":
                x.kind = "column"

    # ------------------------------------------------------------------ patterns
    def _compared(self, k: int, it: Item) -> None:
        """"reported more than 30 days after the loss", "lasted more than 3 hours"."""
        unit = self._unit_after(k)
        if unit is None:
            return
        uk, per_day = unit
        rel = self.p.item(uk + 1)
        if rel is not None and rel.kind == "word" and rel.text.lower() in ("after", "before", "later", "earlier"):
            j = uk + 2
            if self.p.tokens[rel.last].low == "than" if rel.last < len(self.p.tokens) else False:
                j += 1
            while self.p.item(j) is not None and self.p.items[j].kind == "word" and \
                    self.p.items[j].text.lower() in _SKIP | {"than"}:
                j += 1
            other = self._date_col(self.p.item(j))
            before = self.p.prv(k, frozenset({"was", "were", "is", "are", "been", "being", "got", "get"}), 2)
            this = self._date_col(self.p.item(before))
            if other is None or this is None or other.table != this.table or other == this or before is None:
                return
            later = rel.text.lower() in ("after", "later")
            span = Span(start=other, end=this, scale=per_day) if later else Span(start=this, end=other,
                                                                                   scale=per_day)
            self._cond(cmp_cond_expr(self.p, span, it), this.table,
                       f"{span.end.column} - {span.start.column} {it.text} {self.p.items[uk].text}",
                       it, self.p.items[uk], rel, self.p.items[before], self.p.items[j])
            return
        prev = self.p.item(self.p.prv(k, frozenset(), 0))
        if prev is None or prev.kind != "word" or stem(prev.text) not in ("last", "take", "took", "run", "ran"):
            return
        subject = self.p.subject
        assert subject is not None
        whole = self.period(subject)
        if whole is None:
            return
        start, end = whole.start, whole.end
        span = Span(start=start, end=end, scale=per_day)
        self._cond(cmp_cond_expr(self.p, span, it), subject,
                   f"{end.column} - {start.column} {it.text} {self.p.items[uk].text}", it, self.p.items[uk], prev)

    def _within(self, k: int, it: Item) -> None:
        """"fines paid within 28 days of being issued", "invoices paid within 30 days": the date the verb before
        names, at most so long after the date said after "of" (else the row's one start date)."""
        num = self.p.item(k + 1)
        unit = self._unit_after(k + 1)
        before = self.p.prv(k, frozenset({"was", "were", "is", "are", "been", "being", "got", "get"}), 2)
        if num is None or num.kind != "number" or len(num.nums) != 1 or unit is None or before is None:
            return
        uk, per_day = unit
        end = self._date_col(self.p.item(before))
        if end is None:
            return
        said: list[Item] = [num, self.p.items[uk]]
        of = self.p.item(uk + 1)
        start: Col | None
        if of is not None and of.kind == "word" and of.text.lower() == "of":
            got = self._date_at(uk + 2)
            if got is None:
                return
            start, more = got
            said += [of, *more]
        else:
            start = self._one_of(end.table, START_WORDS, end) or self._default_start(end)
        if start is None or start == end or self.row_table(start, end) is None:
            return
        n = num.nums[0] / per_day if per_day < 1 else num.nums[0]  # "within a week": 7 days
        span = Span(start=start, end=end, scale=per_day if per_day >= 1 else 1.0)
        self._cond(Cond("<=", span, (Lit(int(n) if float(n).is_integer() else round(n, 6)),)),
                   end.table, f"{end.column} - {start.column} within {num.text} {self.p.items[uk].text}",
                   it, *said, self.p.items[before])  # fmt: skip

    def _ordered(self, k: int, it: Item) -> None:
        """"delivered after their ETA": one date of the row later than another."""
        before = self.p.prv(k, frozenset({"was", "were", "is", "are", "been", "being"}), 2)
        j = self.p.nxt(k, _SKIP, 2)
        this, other = self._date_col(self.p.item(before)), self._date_col(self.p.item(j))
        said = [self.p.items[before]] if before is not None else []
        if this is None and other is not None and before is not None:
            # "jobs finished after their due date", "loans that came back after it": the row's one end date
            verb = self.p.items[before]
            came = verb.text.lower() == "back" and self.p.word(self.p.item(before - 1)) in _COMING
            if verb.kind == "word" and (verb.text.lower() in END_WORDS or came):
                this = self._one_of(other.table, END_WORDS, other)
                said = [verb, self.p.items[before - 1]] if came else [verb]
        if this is None or other is None or this.table != other.table or this == other or before is None or \
                j is None:
            return
        op = ">" if it.text.lower() == "after" else "<"
        self._cond(Cond(op, this, right=other), this.table, f"{this.column} {it.text.lower()} {other.column}",
                   it, *said, self.p.items[j])

    def _average(self, k: int, it: Item) -> Measure | None:
        """"average time to close an issue", "average number of days from filing to closure", "how many days
        does a repair take to complete", "how many days before the delivery date are orders placed"."""
        j = k + 1
        unit_items: list[Item] = []
        per_day = 1.0
        while (x := self.p.item(j)) is not None and (x.kind in ("count", "timeunit") or (
                x.kind in ("word", "column") and x.text.lower() in _DURATION_WORDS) or (
                x.kind == "word" and x.text.lower() in ("the", "of", "number", "in", "length")) or (
                x.kind == "punct" and x.text == "," and j == k + 1)):  # "On average, how many days ..."
            unit_items.append(x)
            per_day = _PER_DAY.get(x.text.lower(), per_day)
            j += 1
        if any(x.kind == "column" and x.columns and x.columns[0].table == self.p.subject
               and self.p._cand_kind(x.columns[0]) == "number" for x in unit_items):
            return None  # "the average delay in minutes" beside delay_min: the measure is stored
        fill, j = self._fillers(j)
        word = self.p.item(j)
        subject = self.p.subject
        own_row = for_row = False
        if fill and word is not None and word.text.lower() == "for" and any(x.text.lower() in _TAKING for x in fill):
            n = j + 1  # "does it take for a listing to sell": the row, then the verb of its end
            while (x := self.p.item(n)) is not None and x.kind == "word" and x.text.lower() in ("a", "an", "the"):
                n += 1
            if x is not None and self._own(x):
                fill += self.p.items[j:n]
                j, word, for_row = n, x, True
        if fill and word is not None and word.kind == "word" and word.text.lower() in ("last", "lasted"):
            fill.append(word)  # "did they last", "did it last": the rows' own span
            own_row, word = True, self.p.item(j + 1)
            j += 1
        elif fill and word is not None and self._own(word):
            clause, n = self._relative_clause(j + 1)  # "did the stoppages *that have ended* last"
            verb = self.p.item(n)  # "did a rental last": the row's own span, the verb saying so
            if verb is not None and verb.kind == "word" and verb.text.lower() in _LASTING_VERBS:
                fill += [word, *clause, verb]
                word, own_row = self.p.item(n + 1), True
                j = n + 1
            elif any(x.text.lower() in _TAKING for x in fill):
                more, j = self._fillers(j + 1)  # "does an order take to arrive": the row, then the verb
                fill += more
                word = self.p.item(j)
        marks: list[Item] = []
        start: Col | None = None
        end: Col | None = None
        lengths = [x for x in unit_items if x.text.lower() in ("length", "of", "the")]
        if len(lengths) == len(unit_items) and word is not None and self._own(word) and \
                self._unit_tail(j + 1) is not None:
            # "the average stay in nights": the row itself as a period, from its one start to its one end
            unit_items, j = [*unit_items, word], j + 1
            word = self.p.item(j)
            if word is not None and word.text.lower() in ("length", "duration"):
                unit_items, j = [*unit_items, word], j + 1  # "the average loan length in days"
                word = self.p.item(j)
        elif len(lengths) == len(unit_items) and any(x.text.lower() == "length" for x in unit_items) and \
                unit_items[-1].text.lower() == "of" and self._values_then_unit(j, subject):
            pass  # "the average length of completed surgeries in minutes": the rows named by their kind, below
        elif not any(x.text.lower() in _DURATION_WORDS or x.kind == "timeunit" for x in unit_items):
            return None
        n = j  # "the average length in days of *completed* projects": states said of the rows, left to the conditions
        while (x := self.p.item(n)) is not None and (x.kind == "value" or (x.kind == "column" and self._flag(x))):
            n += 1
        said = self.p.items[j:n]
        if n > j and unit_items and unit_items[-1].text.lower() == "of" and (
                (x is not None and self._own(x)) or _rows_named_by_values(said, subject)):
            j, word = n, x  # ("of completed surgeries": a kind of the rows, plural, names them)
        low = word.text.lower() if word is not None and word.kind == "word" else ""
        process = self.p.item(j + 1)
        if low == "to" and any(x.text.lower() in _TAKING for x in fill) and process is not None and \
                process.kind == "word" and self._date_col(process) is None:
            # "did it take to build a violin from start to finish": the process named, then its dates
            gap = self._gap_to_from(j + 2)
            if gap is not None and self._from_to(gap + 1) is not None:
                marks = [word, process] if word is not None else []
                j, low = gap, "from"
                word = self.p.items[j]
        lead = [word] if word is not None else []
        if low in ("from", "between"):
            found = self._from_to(j + 1)
            if found is not None:
                start, end, said = found
                marks += [*lead, *said]
        elif low in ("to", "until", "till"):
            got = self._date_at(j + 1, events=True)
            if got is not None:
                end, said = got
                start = self._one_of(end.table, START_WORDS, end) or self._default_start(end)
                if for_row and end.table != subject and subject is not None:
                    # "does it take for a listing to sell": from the listing's own date to the sale's
                    start = self._one_of(subject, START_WORDS) or self._own_date(subject)
                marks = [*lead, *said]
        elif low in ("before", "after"):
            rel = self._relative(j + 1, low)
            if rel is not None:
                start, end, said = rel
                marks = [*lead, *said]
        elif subject is not None and (own_row or word is None or word.kind in ("punct", "group", "table")
                                      or low in ("per", "for", "of", "in")):
            # "average number of nights per stay": the subject's one start date and one end date
            whole = self.period(subject)
            start, end = (whole.start, whole.end) if whole is not None else (None, None)
            after = self.p.item(j + 1)
            if low and after is not None and self._own(after):
                marks = [*lead, after]  # "per stay": the measure is already one per row
        row = self.row_table(start, end) if start is not None and end is not None and start != end else None
        if start is None or end is None or row is None:
            return None
        scale = 1.0
        tail = self._unit_tail(self.p.items.index(marks[-1]) + 1 if marks else j)
        if tail is not None:
            scale = _PER_DAY[tail.text.lower()]
            marks.append(tail)
        elif per_day != 1.0:
            scale = per_day
        for x in marks:
            self._relink(x, (start, end))
        for x in [it, *unit_items, *fill, *marks]:
            x.used = True
            if x.kind == "column" and x.text.lower() in _PER_DAY:
                x.kind = "timeunit"  # "in hours" beside HoursWorked: the span's unit, no column of it
        span = Span(start=start, end=end, scale=scale)
        # rows whose end is not yet set have no span: AVG skips them alike, and a group of only such rows is no answer
        self.p.add_cond(Cond("not_null", end), end.table)
        self._came_back(end)
        return Measure("span", row, span=span, label=f"{end.column} - {start.column}")

    def _came_back(self, end: Col) -> None:
        """ "for loans that came back", "the ones that have come back": the return that ends the span is set, as
        its condition already says."""
        if not set(self.p.colmeta(end).words) & {"returned", "return", "back", "rtn", "rtrn"}:
            return
        for n, x in enumerate(self.p.items):
            came = self.p.item(n - 1)
            if x.kind == "word" and x.text.lower() == "back" and not x.used and came is not None and \
                    came.kind == "word" and came.text.lower() in _COMING:
                x.used = came.used = True

    def _process_time(self, k: int, it: Item) -> Measure | None:
        """"average resolution time in hours", "the average handling time": a process said right before "time" or
        "duration". A process that names a date of the rows (resolution ~ ``resolved_at``) ends the span, from the
        row's one start date; a gerund that names none ("handling", "firing") is the row's whole period."""
        proc, word, subject = self.p.item(k + 1), self.p.item(k + 2), self.p.subject
        if subject is None or proc is None or word is None or proc.kind != "word" or len(proc.text) < 5 or \
                word.kind not in ("word", "column") or word.text.lower() not in ("time", "duration"):
            return None
        start: Col | None
        end = self._date_col(proc)
        if end is not None:
            start = self._one_of(end.table, START_WORDS, end) or self._default_start(end)
        elif proc.text.lower().endswith("ing"):
            # the subject's period, or the one period of the rows that point to it ("per agent": each call's)
            children = {e.child for e in self.p.schema.edges_of(subject) if e.parent == subject} - {subject}
            wholes = [w for t in [subject] if (w := self.period(t)) is not None] or [
                w for t in sorted(children) if (w := self.period(t)) is not None]
            start, end = (wholes[0].start, wholes[0].end) if len(wholes) == 1 else (None, None)
        else:
            return None
        if start is None or end is None or start == end or end.table != start.table:
            return None
        marks = [it, proc, word]
        scale = 1.0
        tail = self._unit_tail(k + 3)
        if tail is not None:
            scale = _PER_DAY[tail.text.lower()]
            marks.append(tail)
        for x in marks:
            x.used = True
        self.p.add_cond(Cond("not_null", end), end.table)
        return Measure("span", end.table, span=Span(start=start, end=end, scale=scale),
                       label=f"{end.column} - {start.column}")  # fmt: skip

    def _values_then_unit(self, j: int, subject: str | None) -> bool:
        """From item ``j``: values of the subject's rows that name them ("completed surgeries"), then a unit."""
        n = j
        while (x := self.p.item(n)) is not None and x.kind == "value":
            n += 1
        return n > j and _rows_named_by_values(self.p.items[j:n], subject) and self._unit_tail(n) is not None

    def _relative_clause(self, j: int) -> tuple[list[Item], int]:
        """A clause from item ``j`` that says a state of the rows ("that have ended", "which were completed"): its
        words (the state itself is left for the condition passes) and the index after it; none: ``([], j)``."""
        x = self.p.item(j)
        if x is None or x.kind != "word" or x.text.lower() not in ("that", "which"):
            return [], j
        words, n, states = [x], j + 1, 0
        while (y := self.p.item(n)) is not None and (
                (y.kind == "word" and y.text.lower() in _AUXILIARIES)
                or (y.kind in ("column", "value") and not y.used)):
            if y.kind == "word":
                words.append(y)
            else:
                states += 1
            n += 1
        return (words, n) if states == 1 else ([], j)

    def _relink(self, it: Item, dates: tuple[Col, Col]) -> None:
        """A word linked to another column that names one of the span's dates by its stem ("to a decision" beside
        a text column ``decision``: the span ends at ``decided_on``) is relinked to that date."""
        if it.kind != "column" or any(Col(c.table, c.column or "") in dates for c in it.columns):
            return
        col = self._date_col(it)
        if col in dates and col is not None:
            it.columns = [Candidate("column", col.table, col.column, 3.0, it.first, it.last)]

    def _own(self, it: Item) -> bool:
        """The item names the subject's table ("a stay", "orders")."""
        return it.kind == "table" and self.p.subject is not None and self.p.table_of(it) == self.p.subject

    def _fillers(self, j: int) -> tuple[list[Item], int]:
        """The filler words from item ``j`` ("does it take", "did a"), stepping over values and states said of the row
        ("a *completed* stay", "a *repair*", "*delivered* belts" over delivered_on: conditions, left for the
        condition passes); the fillers and the next index."""
        fill: list[Item] = []
        while (x := self.p.item(j)) is not None and (
                (x.kind == "word" and x.text.lower() in _SPAN_FILLERS) or (x.kind == "value" and fill)
                or (fill and x.kind in ("column", "word") and _state_said(x) and self._stated(x))
                or (fill and x.kind == "column" and self._flag(x))):  # "did the *unplanned* stoppages"
            if x.kind == "word" and x.text.lower() in _SPAN_FILLERS:
                fill.append(x)
            j += 1
        return fill, j

    def _stated(self, it: Item) -> bool:
        """A state said before the row's noun: linked to a date column first ("did *delivered* belts"), or a word
        the condition passes read ("did the *finished* plots")."""
        return self._dated(it) if it.kind == "column" else True

    def _flag(self, it: Item) -> bool:
        """``it`` links to a yes/no column of the subject first ("unplanned" over ``planned``): a condition."""
        c = it.columns[0] if it.columns else None
        m = self.p.meta(c.table).column(c.column or "") if c is not None else None
        return c is not None and c.table == self.p.subject and m is not None and m.kind == "bool"

    def _dated(self, it: Item) -> bool:
        """``it`` links to a date column first (delivered_on)."""
        return bool(it.columns) and self.p._cand_kind(it.columns[0]) == "date"

    def _date_at(self, j: int, events: bool = False) -> tuple[Col, list[Item]] | None:
        """The date named from item ``j`` on, past articles and "being" ("an order being placed", "it being
        delivered", "the delivery date"), with every item that says it; ``events``: see :meth:`_date_col`."""
        said: list[Item] = []
        x = self.p.item(j)
        while x is not None and x.kind == "word" and x.text.lower() in _SKIP | _BEING:
            said.append(x)
            j += 1
            x = self.p.item(j)
        acting = (y := self.p.item(j + 1)) is not None and (y.text.lower() in _BEING or y.text.lower().endswith("ing"))
        # "to the sale": another table said as an event is dated by its own date ("the customer collecting it": the
        # one who acts, the gerund after it names the date)
        col = self._date_col(x, events and x is not None and x.kind == "table" and not self._own(x) and not acting)
        dated = self.p.item(j + 1)
        if col is None and x is not None and self._own(x) and dated is not None and \
                dated.text.lower() in ("date", "day") and (own := self._own_date(self.p.table_of(x))) is not None:
            return own, [*said, x, dated]  # "the invoice date": the row's own date
        if col is None and x is not None and self._own(x):  # "an order being placed": the verb dates it
            n = j + 1
            verbs: list[Item] = []
            while (y := self.p.item(n)) is not None and y.kind == "word" and y.text.lower() in _BEING:
                verbs.append(y)
                n += 1
            event = self._event_date(self.p.item(n), x)
            if event is not None:
                return event, [*said, x, *verbs, self.p.items[n]]
            col = self._date_col(x, events) if not verbs else None  # "from order to delivery": the row's event
        elif col is None and x is not None and x.kind in ("word", "column", "table") and \
                (be := self.p.item(j + 1)) is not None and be.text.lower() in ("being", "getting"):
            # "to the seeds being dispatched": what the row moves, then the verb naming the row's date
            n = j + 2
            while (y := self.p.item(n)) is not None and y.kind == "word" and y.text.lower() in _BEING:
                n += 1
            event = self._date_col(self.p.item(n))
            if event is not None:
                return event, [*said, *self.p.items[j : n + 1]]
        elif col is None and x is not None and x.kind in ("word", "table") and said and \
                (doing := self.p.item(j + 1)) is not None and doing.text.lower().endswith("ing") and \
                (event := self._date_col(doing)) is not None:
            # "the customer collecting it": who acts, then the gerund naming the row's date
            said += [x, doing]
            if (it := self.p.item(j + 2)) is not None and it.text.lower() in ("it", "them"):
                said.append(it)
            return event, said
        if col is None or x is None:
            return None
        said.append(x)
        if (a := self.p.item(j + 1)) is not None and a.text.lower() in ("a", "an", "the") and \
                (row := self.p.item(j + 2)) is not None and self._own(row) and x.text.lower().endswith("ing"):
            said += [a, row]  # "finding a leak": the row the gerund acts on
            j += 2
        while (y := self.p.item(j + 1)) is not None and len(said) < 6 and (
                (y.kind == "word" and (y.text.lower() in _BEING or _participle(y.text)))
                or (y.kind in ("word", "column", "timeunit") and y.text.lower() in ("date", "time", "day"))
                or self._date_col(y) == col):
            said.append(y)  # "an order being placed", "the due time"
            j += 1
        return col, said

    def _event_date(self, verb: Item | None, row: Item) -> Col | None:
        """The date of the row ``row`` names that ``verb`` says happened: a date column it names, or for a
        starting verb ("placed", "opened") the row's one start date or its main date."""
        if verb is None or verb.kind not in ("word", "column", "value"):
            return None
        col = self._date_col(verb)
        if col is not None or verb.text.lower() not in START_WORDS:
            return col
        table = self.p.table_of(row)
        one = self._one_of(table, START_WORDS)
        main = self.p.meta(table).default_date()
        return one or (Col(table, main.name) if main is not None else None)

    def _from_to(self, j: int) -> tuple[Col, Col, list[Item]] | None:
        """"placed to delivered", "start to finish": the two dates from item ``j`` and the items that say them."""
        first = self._date_at(j, events=True)
        if first is None:
            return None
        start, said = first
        link = self.p.item(self.p.items.index(said[-1]) + 1)
        if link is None or link.text.lower() not in ("to", "and", "until", "till"):
            return None
        second = self._date_at(self.p.items.index(link) + 1, events=True)
        if second is None or self.row_table(start, second[0]) is None:
            return None
        return start, second[0], [*said, link, *second[1]]

    def _gap_to_from(self, j: int) -> int | None:
        """The index of "from" within a few items of ``j`` ("a violin from ..."), past values and articles only."""
        for n in range(j, min(j + 4, len(self.p.items))):
            x = self.p.items[n]
            if x.kind == "word" and x.text.lower() in ("from", "between"):
                return n
            if not (x.kind == "value" or (x.kind == "word" and x.text.lower() in _SKIP) or self._own(x)):
                return None
        return None

    def _relative(self, j: int, rel: str) -> tuple[Col, Col, list[Item]] | None:
        """"(days) before the delivery date are orders placed", "(hours) after the due time are callbacks done":
        the date said first, then the row's verb naming the other; the start, the end and the items."""
        ref = self._date_at(j)
        if ref is None or self.p.subject is None or ref[0].table != self.p.subject:
            return None
        col, said = ref
        n = self.p.items.index(said[-1]) + 1
        be = self.p.item(n)
        if be is None or be.text.lower() not in _BE | _DO:
            return None
        said.append(be)
        if (article := self.p.item(n + 1)) is not None and article.text.lower() in ("a", "an", "the"):
            said.append(article)  # "does *an* invoice get paid"
            n += 1
        row = self.p.item(n + 1)
        if row is None or not self._own(row):
            return None
        said.append(row)
        n += 2
        while (verb := self.p.item(n)) is not None and verb.kind == "word" and verb.text.lower() in _BEING:
            said.append(verb)  # "get paid"
            n += 1
        other = self._event_date(verb, row)
        if verb is None or other is None or other == col or other.table != col.table:
            return None
        start, end = (other, col) if rel == "before" else (col, other)
        return start, end, [*said, verb]

    def period(self, table: str) -> Span | None:
        """The row as a period: its one start date to its one end date ("the longest stay"), or None; a start is
        also the date named by the row's own noun or its verb (``loaned`` in loans)."""
        end = self._one_of(table, END_WORDS)
        start = self._one_of(table, START_WORDS, end) if end is not None else None
        if start is None and end is not None:
            nouns = {stem(singular(w)) for w in self.p.meta(table).words[-1:]}
            named = [c for c in self.p.meta(table).date_columns() if c.name != end.column and any(
                stem(w) in nouns for w in c.words if w not in _DATE_NOUNS)]
            start = Col(table, named[0].name) if len(named) == 1 else None
        if start is None and end is not None:  # start_date, created_date: the one named like the end (end_date)
            meta = self.p.meta(table)
            rest = set(meta.column(end.column).words) - END_WORDS  # type: ignore[union-attr]
            twins = [c for c in meta.columns if c.kind == "date" and _words(c) & START_WORDS
                     and c.name != end.column and _words(c) - START_WORDS == rest]
            if len(twins) > 1:  # start_date beside created_date: the one whose word pairs with the end's
                ends = set(meta.column(end.column).words) & END_WORDS  # type: ignore[union-attr]
                twins = [c for c in twins if any(_words(c) & _PAIRS.get(w, frozenset()) for w in ends)]
            start = Col(table, twins[0].name) if len(twins) == 1 else None
        if start is None or end is None or start == end:
            return None
        if self._arrival_and_departure(start, end) and self._travel(table):
            start, end = end, start  # a trip departs, then arrives (a stay arrives, then departs)
        return Span(start=start, end=end, scale=1.0)

    def _arrival_and_departure(self, start: Col, end: Col) -> bool:
        """The start is an arrival and the end a departure: a stay's order, never a trip's."""
        return bool(set(self.p.colmeta(start).words) & _ARRIVING) and bool(set(self.p.colmeta(end).words) & _DEPARTING)

    def _travel(self, table: str) -> bool:
        """The rows are journeys (trips, sailings, flights), which depart before they arrive."""
        return bool({singular(w) for w in self.p.meta(table).words} & _TRAVEL_NOUNS)

    def _own_date(self, table: str) -> Col | None:
        """The date the row itself is for: the one named by its noun, else its main date."""
        meta = self.p.meta(table)
        d = meta.own_date() or meta.default_date()
        return Col(table, d.name) if d is not None else None

    def _default_start(self, end: Col) -> Col | None:
        d = self.p.meta(end.table).default_date()
        return Col(end.table, d.name) if d is not None and d.name != end.column else None

    def _unit_tail(self, j: int) -> Item | None:
        """", in days" after the measure: the unit the answer is given in."""
        for x in self.p.items[j:]:
            low = x.text.lower()
            if x.kind == "punct" or low == "in":
                continue
            if low in _PER_DAY and self.p.tokens[x.first - 1].low == "in":
                return x
            if x.kind not in ("table", "value", "word"):
                return None
        return None


#: words between "how many days" and what the span is of ("does it take", "did a ... last")
_SPAN_FILLERS = frozenset({"does", "did", "do", "is", "was", "it", "take", "takes", "took", "taken", "a", "an", "the",
                           "each", "usually", "typically", "us", "you", "them", "they", "pass", "passes", "passed",
                           "elapse", "elapsed", "our", "your", "their"})  # fmt: skip

#: verbs before "back" that say a thing was returned ("came back after their due date")
_COMING = frozenset({"came", "come", "comes", "got", "get", "brought", "handed", "given"})

#: verbs that say a row lasts ("how many nights did a stay last")
_LASTING_VERBS = frozenset({"last", "lasted", "take", "took", "run", "ran", "go", "went"})

#: the start word that pairs with an end word in a row's period (start_date .. end_date)
_PAIRS = {"end": frozenset({"start", "begin"}), "ended": frozenset({"started", "began"}),
          "finish": frozenset({"start"}), "finished": frozenset({"started"}), "stop": frozenset({"start"}),
          "to": frozenset({"from"}), "until": frozenset({"from"}), "close": frozenset({"open"}),
          "closed": frozenset({"opened"}), "out": frozenset({"in"}), "checkout": frozenset({"checkin"})}

#: nouns of rows that travel from a departure to an arrival
_TRAVEL_NOUNS = frozenset({"trip", "journey", "flight", "voyage", "sailing", "ride", "leg", "crossing", "transit",
                           "shipment", "delivery", "transfer", "run", "sector", "passage", "drive", "haul", "route"})
_ARRIVING = frozenset({"arrive", "arrived", "arrival", "arrivals", "arr"})
_DEPARTING = frozenset({"depart", "departed", "departure", "departures", "dep"})

#: auxiliaries in a clause saying a row's state ("that *have been* closed")
_AUXILIARIES = frozenset({"have", "has", "had", "been", "were", "was", "is", "are", "already", "now"})

#: verbs of the time a thing takes ("does it take", "took")
_TAKING = frozenset({"take", "takes", "took", "taken"})

#: words around a date said as an event ("an order *being* placed", "*it* being delivered")
_BEING = frozenset({"being", "getting", "it", "they", "be", "get"})

#: "does" between a date and the row it dates ("after it is issued *does* an invoice get paid")
_DO = frozenset({"does", "do", "did"})

#: the verb "to be" between a date and the row it dates ("before the due date *are* orders placed")
_BE = frozenset({"is", "are", "was", "were", "get", "gets", "got"})


def _rows_named_by_values(said: list[Item], subject: str | None) -> bool:
    """Values of the subject's rows, the last a plural noun ("completed *surgeries*"): they name the rows."""
    last = said[-1] if said else None
    return last is not None and subject is not None and last.kind == "value" and \
        all(x.kind == "value" and any(h.table == subject for h in x.values) for x in said) and \
        singular(last.text.lower()) != last.text.lower()


def _participle(word: str) -> bool:
    """A past participle said of a row's event ("placed", "delivered", "done")."""
    low = word.lower()
    return (len(low) > 4 and low.endswith("ed")) or low in ("done", "made", "paid", "sent", "sold", "built", "taken")


#: the past of "find" ("finding" a leak: ``found_date``), which :func:`irregular_base` leaves to "found" a firm
_FOUND = {"found": "find"}


def _stems(word: str) -> tuple[str, ...]:
    """The stems a column word is said by: its own, and its verb's for a past form ("found" -> find)."""
    base = _FOUND.get(word.lower()) or irregular_base(word)
    return (stem(word),) if base is None else (stem(word), stem(base))


def _noun_stems(said: str) -> tuple[str, ...]:
    """The stems a word said of an event may share with its date column's verb: its own, and for a noun made from
    a verb its verb's ("decision" -> decided_on, "extension" -> extended_at, "shipment" -> shipped_date)."""
    low = said.lower()
    verb = None
    if re.fullmatch(r"[a-z]{2,}[aeiou]sions?", low):  # decision, division, collision, conclusion
        verb = re.sub(r"sions?$", "de", low)
    elif re.fullmatch(r"[a-z]{3,}nsions?", low):  # extension, suspension, expansion
        verb = re.sub(r"sions?$", "d", low)
    elif re.fullmatch(r"[a-z]{4,}ments?", low):  # shipment, placement, settlement, appointment
        verb = re.sub(r"ments?$", "", low)
    elif re.fullmatch(r"[a-z]{3,}utions?", low):  # resolution, solution
        verb = re.sub(r"utions?$", "ve", low)
    elif re.fullmatch(r"[a-z]{3,}etions?", low):  # completion, deletion
        verb = re.sub(r"etions?$", "ete", low)
    return (stem(said),) if verb is None else (stem(said), stem(verb))


def _short_for(word: str, said: str) -> bool:
    """A column word of three or more letters that abbreviates the word said ("ord" for "ordering", "dlv" for
    "delivery"), not a word for a date itself."""
    w = word.lower()
    return 3 <= len(w) < len(said) and w not in _DATE_NOUNS and abbreviates(w, said)


#: column words that say "a date" and abbreviate many words ("dte", "tms")
_DATE_NOUNS = frozenset({"date", "dte", "dat", "time", "tms", "tstamp", "stamp", "day", "datum", "fecha"})


def _words(c: ColumnMeta) -> set[str]:
    """A date column's words, with the start or end words a short one cuts (``adm_dt``: admitted, ``dsch_dt``:
    discharged; a cut has no vowel after its first letter, so "due" is no departure; never a cut of both kinds,
    ``chk``: check-in or check-out)."""
    out = set(c.words)
    for w in c.words:
        if 3 <= len(w) <= 5 and w not in _DATE_NOUNS and w not in START_WORDS | END_WORDS and \
                not set(w[1:]) & set("aeiouy"):
            starts = {x for x in START_WORDS if len(x) >= 5 and abbreviates(w, x)}
            ends = {x for x in END_WORDS if len(x) >= 5 and abbreviates(w, x)}
            if bool(starts) != bool(ends):
                out |= starts | ends
    return out


def _state_said(it: Item) -> bool:
    """A participle that says a row's state ("finished", "delivered"), before the row's noun."""
    low = it.text.lower()
    return it.last - it.first == 1 and (low in STATE_PARTICIPLES or low in END_WORDS) and low.endswith(("ed", "en"))
