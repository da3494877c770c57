"""Planner pass 4: values, literals, dates, numbers, text patterns, booleans and negations as conditions."""

from __future__ import annotations

from aishell.ai.offline.account import UNITS, column_unit, stem
from aishell.ai.offline.codes import codes_for
from aishell.ai.offline.dates import add_months
from aishell.ai.offline.errors import TranslationError
from aishell.ai.offline.ir import (
    Agg,
    Col,
    Cond,
    CountOf,
    DatePart,
    Expr,
    Lit,
    Product,
    Related,
    TableAgg,
    Total,
)
from aishell.ai.offline.lexicon import END_EVENT_WORDS, FUNCTION_WORDS
from aishell.ai.offline.linking import Candidate, negative_stem
from aishell.ai.offline.parse import Item
from aishell.ai.offline.plan_base import (
    _EQUALS_FILLER,
    _FILLER,
)
from aishell.ai.offline.plan_roles import RolePlanner
from aishell.ai.offline.text import forms, singular
from aishell.ai.offline.values import ValueHit, abbreviates

#: words between a negated table and the value that picks its rows ("no candidates *in the* North")
_PLACE_SKIP = frozenset({"in", "at", "from", "with", "of", "the", "a", "an", "for", "on"})

#: words of a period a group may be by ("each year")
_PERIOD_WORDS = frozenset({"year", "month", "day"})
#: words right before a participle used as a verb ("was billed", "were cancelled")
_AUXILIARY_VERBS = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "got", "gets"})

#: words of a column holding a person's name
_PERSON_NAME_WORDS = frozenset(
    {"first", "last", "full", "surname", "given", "forename", "fname", "lname", "firstname", "lastname", "fullname"}
)


class ConditionPlanner(RolePlanner):
    """Turns filter words into conditions on the tables they concern."""

    def numeric_target(self, k: int, currency: bool, adj: str | None) -> Col | None:
        """Which column a comparison at item ``k`` constrains."""
        subject = self.subject
        assert subject is not None
        by_unit = self._unit_target(k)
        if by_unit is not None:
            return by_unit
        if adj:
            got = self.adjective_measure(adj, subject, True)
            if got is not None and got[0].col is not None:
                return got[0].col
        # a column just before: "price over 100", "with stock under 10", "priced between"
        j = self.prv(k, _FILLER | {"is", "are", "costs", "cost", "costing", "priced", "greater", "bigger"}, 3)
        prev = self.item(j)
        # "greater than 100 and less than 200": the column of the comparison before
        j2 = self.prv(k, frozenset({"and", "but", "or", "yet"}), 1)
        before = self.item(j2)
        if (
            before is not None
            and before.kind == "cmp"
            and before.used
            and j2 is not None
            and j2 != k
            and before.target is not None
        ):
            return before.target
        if prev is not None and prev.kind == "column":
            col = self.pick_column(prev, subject)
            if self.colmeta(col).kind in ("number", "date"):
                prev.used, prev.role = True, "filter"
                return col
        # a column just after: "more than 100 in stock"
        j = self.nxt(k, _FILLER, 2)
        nxt = self.item(j)
        if nxt is not None and nxt.kind == "column" and not nxt.used:
            col = self.pick_column(nxt, subject)
            if self.colmeta(col).kind == "number":
                nxt.used, nxt.role = True, "filter"
                return col
        # a cost verb: "products that cost more than 50"
        words = {self.tokens[i].low for i in range(max(0, self.items[k].first - 3), self.items[k].first)}
        meta = self.meta(subject)
        numeric = [c for c in meta.numeric_columns() if not c.is_key]
        if words & {"cost", "costs", "costing", "priced", "pay", "paid", "charged"} or currency:
            money = [c for c in numeric if c.money]
            if money:
                return Col(subject, money[0].name)
            for m in self.schema.tables.values():
                mm = [c for c in m.numeric_columns() if c.money]
                if mm and self.distance(subject, m.name) == 1:
                    return Col(m.name, mm[0].name)
        after = self.item(k + 1)
        if after is not None and after.kind in ("word", "timeunit") and after.text.lower() not in FUNCTION_WORDS:
            return None  # "lasted more than 3 nights": the noun says what is compared, and no column is named so
        if len(numeric) == 1:
            self.penalty += 0.2
            return Col(subject, numeric[0].name)
        return None

    def value_conditions(self) -> None:
        items = self.items
        k = 0
        while k < len(items):
            it = items[k]
            if it.kind != "value" or (it.used and it.role != "neg") or self._negated_value(k):
                k += 1
                continue
            hit = self.pick_value(it)
            if self._event_value(it, hit):
                if it.role == "neg" and self.subject is not None:  # "candidates who never applied": no such rows
                    self.negations.append(Cond("not_exists", related=Related(self.subject, hit.table, [])))
                    self.notes.append(f"it has no {hit.table}")
                elif hit.table not in self.exists_tables:  # "candidates who applied": some such row
                    self.exists_tables.append(hit.table)
                it.used, it.role = True, "event"  # still a value link: the accounting sees the rows it names
                k += 1
                continue
            self._own_value(k, it, hit)
            group = [hit]
            it.used = True
            # "Germany or Japan", "India, Brazil and Kenya"
            j = k
            while True:
                j2 = self.nxt(j, frozenset({"or", "and", "the", "nor"}), 2)
                other = self.item(j2)
                if other is None or j2 is None or other.kind != "value" or other.used:
                    break
                same = [h for h in other.values if h.table == hit.table and h.column == hit.column]
                if not same:
                    break
                group.append(same[0])
                other.used = True
                j = j2
            negated = it.role == "neg"
            it.role = "filter"
            col = self.with_role(Col(hit.table, hit.column), it.first)
            vals = tuple(Lit(h.value) for h in group)
            subject = self.subject
            owner = self._neg_owner(j) if negated else None
            if (
                negated
                and subject is not None
                and (owner is not None or (hit.table != subject and self.fans_out(subject, hit.table)))
            ):
                # "constituencies with no Green candidate": no related row has the value, not a row without it
                target = owner if owner is not None else hit.table
                inner = Cond("in" if len(vals) > 1 else "=", col, vals)
                self.negations.append(Cond("not_exists", related=Related(subject, target, [inner])))
                self.notes.append(
                    f"it has no {target} where {hit.column} is " + " or ".join(repr(h.value) for h in group)
                )
                k = j + 1
                continue
            if len(vals) == 1:
                cond = Cond("<>" if negated else "=", col, vals)
            else:
                cond = Cond("not_in" if negated else "in", col, vals)
            self.add_cond(cond, hit.table)
            self.notes.append(
                f"{hit.column} {'is not' if negated else 'is'} " + " or ".join(repr(h.value) for h in group)
            )
            k = j + 1

    def _event_value(self, it: Item, hit: ValueHit) -> bool:
        """ "Which candidates applied for the job" where applications hold stage 'applied' and ``appliedOn``: the
        verb is the event that made the related rows (an application), not the stage they are at now."""
        word = it.text.lower()
        subject = self.subject
        if (
            subject is None
            or hit.table == subject
            or not word.endswith("ed")
            or word in END_EVENT_WORDS
            or it.last - it.first != 1
            or not self.fans_out(subject, hit.table)
        ):
            return False
        return any(c.kind == "date" and word in c.words for c in self.meta(hit.table).columns)

    def _own_value(self, k: int, it: Item, hit: ValueHit) -> None:
        """ "female teachers", "teachers from Germany": a sex or a place said of the rows asked for belongs to
        their table or a parent's ("orders from Germany": the customer's country), not to rows below them (the
        pupils of their classes).  Refused when it does."""
        subject = self.subject
        if subject is None or hit.table == subject:
            return
        nxt = self.item(k + 1)
        if nxt is not None and nxt.kind == "table" and self.table_of(nxt) == hit.table:
            return  # "classes with female pupils": the value is said of the table named after it
        i = it.first - 1
        while i > 0 and self.tokens[i].low in ("the", "a", "an"):
            i -= 1
        before = self.tokens[i].low if i >= 0 else ""
        if (hit.coded or before == "from") and self.fans_out(subject, hit.table):
            raise TranslationError(
                f"{it.text!r} is a {hit.column} of {hit.table}, not of {subject}; rephrase, or "
                "use an LLM provider (--provider)"
            )
        word = it.text.lower()
        if (
            word.endswith("ed")
            and before in _AUXILIARY_VERBS
            and hit.value.lower() not in forms(word)
            and self.fans_out(subject, hit.table)
        ):
            # "which client was billed the most": a verb of the client, not the code 'BLD' of its samples
            raise TranslationError(
                f"cannot tell what {it.text!r} means for {subject}; rephrase, or use an LLM provider (--provider)"
            )

    def _unit_target(self, k: int) -> Col | None:
        """ "longer than 3 hours", "more than 20 kg": the one column measured in that kind of unit."""
        it = self.items[k]
        word = self.tokens[it.last].low if it.last < len(self.tokens) else ""
        unit = UNITS.get(word) if len(word) > 1 else None
        subject = self.subject
        if unit is None or subject is None:
            return None
        tables = [subject, *sorted(t for t in self.schema.tables if self.distance(subject, t) == 1)]
        for group in ([subject], tables[1:]):
            found = [
                Col(t, c.name)
                for t in group
                for c in self.meta(t).numeric_columns()
                if not c.is_key and (column_unit(c.words) or ("",))[0] == unit[0]
            ]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                return None
        return None

    def _total_condition(self, k: int, it: Item) -> bool:
        """ "recipes that take less than 30 minutes in total": the sum of the row's columns in that kind of unit
        (prep and cook minutes), converted to the unit asked for."""
        unit_item, total_item = self.item(k + 1), self.item(k + 2)
        subject = self.subject
        if (
            unit_item is None
            or total_item is None
            or subject is None
            or not it.nums
            or it.op == "between"
            or total_item.text.lower() not in ("in total", "altogether", "combined", "overall")
        ):
            return False
        unit = UNITS.get(unit_item.text.lower())
        if unit is None or len(unit_item.text) <= 1:
            return False
        units = {
            c.name: u
            for c in self.meta(subject).numeric_columns()
            if not c.is_key and (u := column_unit(c.words)) is not None and u[0] == unit[0]
        }
        cols = [c for c in self.meta(subject).numeric_columns() if c.name in units]
        if len(cols) < 2 or len({u[1] for u in units.values()}) != 1:
            return False
        factor = unit[1] / units[cols[0].name][1]
        total = Total(tuple(Col(subject, c.name) for c in cols))
        self.add_cond(Cond(it.op or "=", total, tuple(Lit(n * factor) for n in it.nums)), subject)
        self.notes.append(f"{' + '.join(c.name for c in cols)} {it.text} {unit_item.text}")
        it.used = unit_item.used = total_item.used = True
        return True

    def _neg_owner(self, j: int) -> str | None:
        """The table right after a negated value ("no Green *candidate*"), when the subject's rows fan out to it."""
        subject = self.subject
        nxt = self.item(self.nxt(j, frozenset({"the"}), 1))
        if subject is None or nxt is None or nxt.kind != "table" or nxt.used:
            return None
        table = self.table_of(nxt)
        if table == subject or not self.fans_out(subject, table):
            return None
        nxt.used, nxt.role = True, "neg"
        return table

    def pick_value(self, it: Item) -> ValueHit:
        hits = it.values
        if len(hits) == 1:
            return hits[0]
        subject = self.subject
        mentioned_cols = {(c.table, c.column) for x in self.items if x.kind == "column" for c in x.columns[:1]}
        mentioned_tables = {self.table_of(x) for x in self.items if x.kind == "table"}

        def rank(h: ValueHit) -> tuple[int, int, int]:
            return (
                0 if (h.table, h.column) in mentioned_cols else 1,
                0 if h.table == subject else (1 if h.table in mentioned_tables else 2),
                self.distance(subject, h.table) if subject else 0,
            )

        return sorted(hits, key=rank)[0]

    def literal_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind != "literal" or it.used:
                continue
            prev = self.item(
                self.prv(
                    k,
                    frozenset(
                        {"the", "a", "an", "named", "called", "is", "=", "titled", "of", "by", "from", "for", "with"}
                    ),
                    3,
                )
            )
            col: Col | None = None
            if prev is not None and prev.kind == "column":
                col = self.pick_column(prev, self.subject)
                prev.used, prev.role = True, "filter"
            elif prev is not None and prev.kind == "table":
                table = self.table_of(prev)
                if prev.role == "":
                    prev.used, prev.role = True, "companion"
                disp = self.display_cols(table)
                col = disp[0] if disp else None
            else:
                col = self._literal_owner()
            before = self.tokens[it.first - 1].low if it.first > 0 else ""
            if col is not None and prev is not None and prev.kind == "column":
                pass  # a column named right before: "country Japan"
            elif col is not None and (
                codes_for(tuple(t.low for t in self.tokens[it.first : it.last]))
                or (
                    before in ("from", "in", "at", "near", "based", "located", "inside")
                    and set(self.colmeta(col).words) & _PERSON_NAME_WORDS
                )
            ):
                # "guests from Japan": a place (or a sex), not a person's or a thing's name
                raise TranslationError(
                    f"no column holds {it.text!r} (a name does not fit {it.text!r}); "
                    "rephrase, or use an LLM provider (--provider)"
                )
            if col is None:
                raise TranslationError(f"cannot tell what {it.text!r} refers to")
            it.used = True
            self.penalty += 0.1
            if it.text == it.text.lower():  # typed in lower case: match regardless of case
                self.add_cond(Cond("ieq", col, (Lit(it.text),)), col.table)
            else:
                self.add_cond(Cond("=", col, (Lit(it.text),)), col.table)
            self.notes.append(f"{col.column} is {it.text!r}")

    def _literal_owner(self) -> Col | None:
        """A bare name: the subject's name column, or a parent's (orders -> customer name)."""
        subject = self.subject
        if subject is None:
            return None
        named = self._name_columns(subject)
        if named:
            return named[0]
        for edge in self.schema.edges_of(subject):
            if edge.child == subject:
                pn = self._name_columns(edge.parent)
                if pn:
                    return pn[0]
        return None

    def date_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind != "date" or it.date is None or it.used or self._negated_date(k):
                continue
            ph = it.date
            span = self._validity_span(k)
            if span is not None and ph.lo is not None and ph.hi is not None:
                # "passes valid on 10 January": in force then, from on or before its end, to on or after its start
                start, end = span
                it.used = True
                self.add_cond(Cond("<", start, (Lit(ph.hi),)), start.table)
                self.add_cond(Cond(">=", end, (Lit(ph.lo),)), end.table)
                self.notes.append(f"{start.column} to {end.column} spans {ph.label}")
                continue
            col = self.date_target(k)
            if col is None:
                raise TranslationError(f"no date column to apply {ph.label!r} to")
            it.used = True
            meta = self.colmeta(col)
            conds: list[Cond] = []
            if meta.kind == "number":  # an integer year column
                lo, hi = ph.year_lo, ph.year_hi
                if lo is not None and hi is not None and lo == hi:
                    conds.append(Cond("=", col, (Lit(lo),)))
                else:
                    if lo is not None:
                        conds.append(Cond(">=", col, (Lit(lo),)))
                    if hi is not None:
                        conds.append(Cond("<=", col, (Lit(hi),)))
            else:
                if ph.lo is not None:
                    conds.append(Cond(">=", col, (Lit(ph.lo),)))
                if ph.hi is not None:
                    conds.append(Cond("<", col, (Lit(ph.hi),)))
            for c in conds:
                self.add_cond(c, col.table)
            self.notes.append(f"{col.column} {ph.label}")

    def _validity_span(self, k: int) -> tuple[Col, Col] | None:
        """ "valid on 10 January" right before the date, over a pair of dates that bound when a row is in force
        (valid_from / valid_to): the (start, end) columns."""
        prev = self.item(k - 1)
        if (
            prev is None
            or prev.kind != "column"
            or prev.used
            or not {t.low for t in self.tokens[prev.first : prev.last]} & {"valid", "effective", "active"}
        ):
            return None
        tables = {c.table for c in prev.columns}
        if len(tables) != 1:
            return None
        table = tables.pop()
        dates = [
            c for c in self.meta(table).columns if c.kind == "date" and c.words and c.words[0] in ("valid", "effective")
        ]
        start = [c for c in dates if set(c.words) & {"from", "since"}]
        end = [c for c in dates if set(c.words) & {"to", "until", "thru", "through"}]
        if len(start) != 1 or len(end) != 1:
            return None
        prev.used, prev.role = True, "date"
        return Col(table, start[0].name), Col(table, end[0].name)

    def _verb_date(self, k: int, subject: str) -> Col | None:
        """ "students who enrolled in 2023" with ``stu.enrl_dt``: the subject's one date column that the verb
        right before the date phrase names (by its stem or as a cut of it), over another table the verb reaches."""
        j = self.prv(k, frozenset({"in", "on", "during", "since", "before", "after", "between"}), 2)
        verb = self.item(j)
        if verb is None or j is None or verb.last - verb.first != 1:
            return None
        low = self.tokens[verb.first].low
        if not low.endswith("ed") or len(low) < 5:
            return None
        want = stem(low)
        dates = [
            c
            for c in self.meta(subject).columns
            if c.kind == "date"
            and any(len(w) >= 3 and (stem(w) == want or (len(w) <= 5 and abbreviates(w, low))) for w in c.words)
        ]
        if len(dates) != 1:
            return None
        verb.used, verb.role = True, "date"
        return Col(subject, dates[0].name)

    def _negated_date(self, k: int) -> bool:
        """ "pets that have not visited since March": the date belongs inside the negated relation."""
        j = self.prv(k, frozenset({"the", "a", "an", "any"}), 2)
        prev = self.item(j)
        verb = None
        if (
            prev is not None
            and j is not None
            and (prev.kind == "table" or (prev.kind in ("word", "column") and prev.text.lower().endswith("ed")))
        ):
            verb, prev = prev, self.item(self.prv(j, frozenset({"the", "a", "an", "any"}), 2))
        if prev is None or prev.kind != "neg" or prev.role != "neg" or prev.op != "table" or not prev.tables:
            return False
        return verb is None or verb.kind != "table" or self.table_of(verb) == prev.tables[0].table

    def date_target(self, k: int) -> Col | None:
        """The date column a date phrase at item ``k`` applies to."""
        subject = self.subject
        assert subject is not None
        # a date column named in the question: "signed up", "born", "hired", "order date"
        named: list[tuple[int, Col]] = []
        for j, it in enumerate(self.items):
            if it.kind == "column" and it.role in ("", "filter", "date"):
                for c in it.columns:
                    assert c.column is not None
                    m = self.meta(c.table).column(c.column)
                    if m is not None and (m.kind == "date" or m.is_year):
                        named.append((abs(j - k) + (0 if j < k else 1), Col(c.table, c.column)))
                        break
        if named:
            named.sort(key=lambda x: (x[0], 0 if x[1].table == subject else 1))
            col = named[0][1]
            for it in self.items:
                if it.kind == "column" and any(c.table == col.table and c.column == col.column for c in it.columns):
                    it.used, it.role = True, "date"
            return col
        verb_date = self._verb_date(k, subject)
        if verb_date is not None:
            return verb_date
        # "the store with the highest revenue in February": the date of the measured rows (the sales)
        if self.measure_table is not None and self.measure_table != subject:
            got = self._date_of_table(self.measure_table)
            if got is not None:
                return got
        # the nearest table mentioned before the phrase, else the subject
        tables: list[str] = []
        for j in range(k - 1, -1, -1):
            it = self.items[j]
            if it.kind == "table" and it.role in ("", "having", "measure"):
                tables.append(self.table_of(it))
            elif it.kind == "neg" and it.tables:
                tables.append(it.tables[0].table)
        tables.append(subject)
        for t in tables:
            got = self._date_of_table(t)
            if got is not None:
                return got
        return None

    def numeric_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind != "cmp" or it.used or it.role == "having":
                continue
            if self._spend_condition(k, it) or self._total_condition(k, it):
                continue
            col = self.numeric_target(k, it.currency, it.adj)
            if col is None:
                raise TranslationError(f"cannot tell which column {it.text!r} applies to")
            it.used = True
            it.target = col
            self.add_cond(self.cmp_cond(col, it), col.table)
            self.notes.append(f"{col.column} {it.text}")
        # a bare number after a column: "rating 5", "stock of 0"; or before one: "5-star reviews", "3 credits"
        for k, it in enumerate(self.items):
            if it.kind != "number" or it.used:
                continue
            nxt = self.item(self.nxt(k, frozenset({"-"}), 1))
            if nxt is not None and nxt.kind == "column" and not nxt.used and it.nums:
                col = self.pick_column(nxt, self.subject)
                if self.colmeta(col).numeric and not self.colmeta(col).is_key:
                    nxt.used, nxt.role = True, "filter"
                    it.used = True
                    self.add_cond(Cond("=", col, (Lit(it.nums[0]),)), col.table)
                    self.notes.append(f"{col.column} = {it.text}")
                    continue
            prev = self.item(self.prv(k, _EQUALS_FILLER | {"number", "no", "id", "#"}, 2))
            if prev is not None and prev.kind == "table" and it.nums and float(it.nums[0]).is_integer():
                table = self.table_of(prev)
                pk = self.pk_cols(table)
                if len(pk) == 1:  # "order 17", "customer number 5"
                    it.used = True
                    if prev.role == "":
                        prev.role = "companion" if table != self.subject else ""
                    self.add_cond(Cond("=", pk[0], (Lit(int(it.nums[0])),)), table)
                    self.notes.append(f"{singular(table)} is number {int(it.nums[0])}")
                    continue
            if prev is not None and prev.kind == "column":
                col = self.pick_column(prev, self.subject)
                if self.colmeta(col).kind in ("number", "text"):
                    prev.used, prev.role = True, "filter"
                    it.used = True
                    self.add_cond(Cond("=", col, (Lit(it.nums[0]),)), col.table)
                    self.notes.append(f"{col.column} = {it.text}")

    def aggregate_conditions(self) -> None:
        """ "restaurants with an average review of at least 3.5 stars": a per-row aggregate of related rows."""
        subject = self.subject
        assert subject is not None
        items = self.items
        subject_at = next((i for i, x in enumerate(items) if x.kind == "table" and self.table_of(x) == subject), None)
        if subject_at is None:
            return
        for k, it in enumerate(items):
            if it.kind != "agg" or it.used or k < subject_at or not it.func:
                continue
            j = next((i for i in range(k + 1, min(k + 6, len(items))) if items[i].kind == "cmp"), None)
            if j is None or items[j].used or items[j].role == "having":
                continue
            between = items[k + 1 : j]
            if any(x.kind in ("agg", "high", "low", "count", "group") for x in between):
                continue
            cand = [x for x in [*between, *items[j + 1 : j + 3]] if x.kind == "column" and not x.used]
            col: Col | None = None
            for x in cand:
                pc = self.pick_column(x, subject)
                if self.colmeta(pc).numeric:
                    col, x.used, x.role = pc, True, "measure"
                    break
            if col is None:
                continue
            cmp = items[j]
            for x in between:
                if x.kind == "table":
                    x.used, x.role = True, "measure"
            it.used = cmp.used = True
            if col.table == subject:
                self.add_cond(self.cmp_cond(col, cmp), subject)
            elif self.reachable(subject, col.table):
                total = CountOf(Related(subject, col.table, []), Agg(it.func, col))
                self.add_cond(self.cmp_cond_expr(total, cmp), subject)
            else:
                continue
            self.notes.append(f"its {it.text} {col.column} is {cmp.text}")

    def _spend_condition(self, k: int, it: Item) -> bool:
        """ "customers who spent more than 50": the total of their related revenue rows."""
        subject = self.subject
        assert subject is not None
        prev = self.item(self.prv(k, _FILLER, 2))
        nxt = self.item(self.nxt(k, _FILLER | {"in", "of"}, 2))
        rev_item = next((x for x in (prev, nxt) if x is not None and x.kind == "revenue" and not x.used), None)
        if rev_item is None:
            return False
        rev = self.revenue_measure(subject)
        if rev is None:
            return False
        value: Col | Product | None = rev.product if rev.product is not None else rev.col
        if value is None:
            return False
        rev_item.used = it.used = True
        if rev.table != subject and self.fans_out(subject, rev.table):
            total = CountOf(Related(subject, rev.table, []), Agg("SUM", value))
            self.add_cond(self.cmp_cond_expr(total, it), subject)
        elif isinstance(value, Col):
            self.add_cond(self.cmp_cond(value, it), value.table)
        else:
            return False
        self.notes.append(f"{rev.label} {it.text}")
        return True

    def cmp_cond(self, col: Col, it: Item) -> Cond:
        vals = tuple(Lit(v) for v in it.nums)
        op = it.op or "="
        if it.func:  # "more than the average": the column's average over its whole table
            return Cond(op, col, right=TableAgg(it.func, col))
        meta = self.colmeta(col)
        if it.adj in ("old", "young") and (meta.kind == "date" or meta.is_year) and it.nums and op != "between":
            # "older than 80": born before today minus 80 years
            years = int(it.nums[0])
            flip = {">": "<", ">=": "<=", "<": ">", "<=": ">="}.get(op, op)
            if meta.kind == "date":
                cutoff = add_months(self.today, -12 * years)
                return Cond(flip, col, (Lit(cutoff),))
            return Cond(flip, col, (Lit(self.today.year - years),))
        if op == "between":
            lo, hi = sorted(it.nums)
            return Cond("between", col, (Lit(lo), Lit(hi)))
        return Cond(op, col, vals)

    def cmp_cond_expr(self, left: Expr, it: Item) -> Cond:
        if it.op == "between":
            lo, hi = sorted(it.nums)
            return Cond("between", left, (Lit(int(lo)), Lit(int(hi))))
        return Cond(it.op or ">", left, tuple(Lit(int(v) if float(v).is_integer() else v) for v in it.nums))

    def text_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind == "like":
                self._like(k, it)
            elif it.kind == "word" and it.text.lower() == "in" and not it.used:
                # "products in stock": a positive quantity
                j = self.nxt(k, frozenset({"the"}), 1)
                tgt = self.item(j)
                after = self.item(j + 1) if j is not None else None
                before = self.item(k - 1)
                if (
                    tgt is not None
                    and tgt.kind == "column"
                    and not tgt.used
                    and (after is None or after.kind not in ("cmp", "number"))
                    and (before is None or before.kind not in ("cmp", "number"))
                    and tgt.text.lower() not in UNITS
                ):
                    col = self.pick_column(tgt, self.subject)
                    if self.colmeta(col).numeric and col.table == self.subject:
                        tgt.used, tgt.role = True, "filter"
                        it.used = True
                        self.add_cond(Cond(">", col, (Lit(0),)), col.table)
                        self.notes.append(f"{col.column} above 0")
            elif it.kind == "word" and it.text.lower() in ("with", "have", "has", "having") and not it.used:
                # "customers with an email", "products that have stock": the value is there
                j = self.nxt(k, frozenset({"a", "an", "any", "some", "the"}), 1)
                tgt = self.item(j)
                after = self.item(j + 1) if j is not None else None
                if (
                    tgt is None
                    or tgt.kind != "column"
                    or tgt.used
                    or (
                        after is not None
                        and after.kind in ("value", "cmp", "number", "like", "literal", "date", "column")
                    )
                ):
                    continue
                if any(self.items[x].text.lower() in ("their", "its", "his", "her") for x in range(k + 1, j or k)):
                    continue
                col = self.pick_column(tgt, self.subject)
                cm = self.colmeta(col)
                if col.table != self.subject or cm.kind in ("pk", "fk", "bool"):
                    continue
                tgt.used, tgt.role = True, "filter"
                it.used = True
                if cm.numeric:
                    self.add_cond(Cond(">", col, (Lit(0),)), col.table)
                    self.notes.append(f"{col.column} above 0")
                else:
                    self.add_cond(Cond("not_null", col), col.table)
                    self.notes.append(f"{col.column} is present")
            elif it.kind == "zero":
                j = self.nxt(k, frozenset({"the"}), 1)
                tgt = self.item(j)
                if tgt is not None and tgt.kind == "column":
                    col = self.pick_column(tgt, self.subject)
                    tgt.used, tgt.role = True, "filter"
                    it.used = True
                    if self.colmeta(col).numeric:
                        self.add_cond(Cond("=", col, (Lit(0),)), col.table)
                        self.notes.append(f"{col.column} is 0")
                    elif self.colmeta(col).kind == "bool":  # "out of service": in_service is false
                        out = "out" in self.colmeta(col).words
                        self.add_cond(Cond("=", col, (Lit(out),)), col.table)
                        self.notes.append(f"{col.column} is {'true' if out else 'false'}")
                    else:
                        self.add_cond(Cond("is_null", col), col.table)
                else:
                    it.kind = "word"
            elif it.kind in ("null", "notnull"):
                prev = self.item(self.prv(k, _FILLER, 2))
                nxt = self.item(self.nxt(k, _FILLER, 2))
                tgt = next((x for x in (prev, nxt) if x is not None and x.kind == "column" and not x.used), None)
                if tgt is None:
                    it.kind = "word"
                    continue
                col = self.pick_column(tgt, self.subject)
                tgt.used, tgt.role = True, "filter"
                it.used = True
                self.add_cond(Cond("is_null" if it.kind == "null" else "not_null", col), col.table)
                self.notes.append(f"{col.column} is {'missing' if it.kind == 'null' else 'present'}")

    def _like(self, k: int, it: Item) -> None:
        j = self.nxt(k, frozenset({"the", "a", "an", "letter", "word", "text", "string"}), 2)
        tgt = self.item(j)
        if tgt is None or j is None:
            it.kind, it.used = "word", True  # "what does each category contain": a plain verb
            return
        if tgt.kind in ("value", "cmp", "number") or (tgt.used and tgt.role == "filter"):
            it.kind = "word"  # "orders that contain Item 05": a stored value, matched exactly elsewhere
            it.used = True
            return
        text = self.tokens[tgt.first].text if tgt.kind not in ("literal",) else tgt.text
        if tgt.kind in ("value", "table", "column", "word", "literal", "number"):
            text = " ".join(t.text for t in self.tokens[tgt.first : tgt.last])
        tgt.used, tgt.role, tgt.kind = True, "pattern", "pattern"
        if self.tokens[tgt.first].kind != "quoted":
            # "gmail.com", "mail.test": the characters glued to the word belong to the pattern
            last = tgt.last
            while (
                last < len(self.tokens)
                and self.tokens[last].start == self.tokens[last - 1].end
                and self.tokens[last].kind != "quoted"
                and self.tokens[last].text not in ("?", "!", ",")
            ):
                last += 1
            if last > tgt.last:
                text = self.question_text(tgt.first, last)
                for x in self.items:
                    if tgt.last <= x.first < last:
                        x.used, x.kind = True, "pattern"
        prev = self.item(self.prv(k, _FILLER | {"whose", "where"}, 3))
        col: Col | None = None
        if prev is not None and prev.kind == "column":
            col = self.pick_column(prev, self.subject)
            if self.colmeta(col).kind not in ("text", "other"):
                col = None
            else:
                prev.used, prev.role = True, "filter"
        if col is None:
            assert self.subject is not None
            disp = self.display_cols(self.subject)
            if not disp:
                raise TranslationError(f"no text column to match {text!r} against")
            col = disp[0]
        pattern = {"start": f"{text.lower()}%", "end": f"%{text.lower()}"}.get(it.adj or "", f"%{text.lower()}%")
        it.used = True
        self.add_cond(Cond("like", col, (Lit(pattern),)), col.table)
        self.notes.append(f"{col.column} matches {pattern!r}")

    def bool_conditions(self) -> None:
        for k, it in enumerate(self.items):
            if it.kind != "column" or it.used:
                continue
            col = self.pick_column(it, self.subject)
            meta = self.colmeta(col)
            if meta.kind != "bool":
                continue
            negated = False
            prev = self.item(
                self.prv(
                    k,
                    frozenset(
                        {"the", "a", "an", "are", "is", "were", "was", "that", "which", "who", "currently", "been"}
                    ),
                    3,
                )
            )
            if prev is not None and prev.kind == "neg" and prev.role != "neg":
                negated = True
                prev.used = True
            toks = {t.low for t in self.tokens[it.first : it.last]}
            own = meta.word_forms()
            if not (toks & own) and any((neg := negative_stem(w)) is not None and forms(neg) & own for w in toks):
                negated = True  # "inactive", "unacknowledged", "offline"
            it.used, it.role = True, "filter"
            self.add_cond(Cond("=", col, (Lit(not negated),)), col.table)
            self.notes.append(f"{col.column} is {'false' if negated else 'true'}")

    def negation_conditions(self) -> None:
        subject = self.subject
        assert subject is not None
        for k, it in enumerate(self.items):
            if it.kind != "neg" or it.role != "neg" or it.used:
                continue
            it.used = True
            if it.op == "sale":
                target_opt = self._sales_table(subject)
                if target_opt is None:
                    raise TranslationError(f"cannot tell where sales of {subject} are recorded")
                it.op = "table"
                it.tables = [Candidate("table", target_opt, None, 2.0, it.first, it.last)]
            if it.op == "table":
                target = it.tables[0].table
                self._negation_of_subject(k)
                if target == subject:
                    selfs = self.schema.self_edges(subject)
                    if selfs:
                        self.add_cond(Cond("is_null", Col(subject, selfs[0].child_cols[0])), subject)
                        continue
                    raise TranslationError(f"cannot tell how {target} relates to itself")
                # a nullable key on the subject: "employees without a department"
                direct = [e for e in self.schema.edges_of(subject) if e.child == subject and e.parent == target]
                if (direct and not self.schema.children(subject)) or (
                    direct
                    and not self.fans_out(subject, target)
                    and all(self.meta(subject).column(c) is not None for c in direct[0].child_cols)
                    and not self.reachable_via_child(subject, target)
                ):
                    self.add_cond(Cond("is_null", Col(subject, direct[0].child_cols[0])), subject)
                    self.notes.append(f"it has no {singular(target)}")
                    continue
                if not self.reachable(subject, target):
                    raise TranslationError(f"{subject} and {target} are not related by foreign keys")
                inner = self.inner_conditions(k, target)
                role = self.role_for(subject, it.first + 1) if it.fk_role == "role" else ""
                if it.fk_role == "role" and not role:
                    raise TranslationError(
                        f"cannot tell which key of {target} the question means; rephrase, or use "
                        "an LLM provider (--provider)"
                    )
                rel = Related(subject, target, inner, frozenset({role}) if role else frozenset())
                self.negations.append(Cond("not_exists", related=rel))
                self.notes.append(f"it has no {target}")
            elif it.op == "column":
                col = self.pick_column(it, subject)
                meta = self.colmeta(col)
                if (
                    col.table != subject
                    and self.fans_out(subject, col.table)
                    and set(it.text.lower().split()) & {"never", "no", "without", "none"}
                ):
                    # "subscribers who never made a call": no related row at all, not a row with a NULL
                    self.negations.append(Cond("not_exists", related=Related(subject, col.table, [])))
                    self.notes.append(f"it has no {col.table}")
                    continue
                if meta.kind == "number":
                    cond = Cond("or", alternatives=(Cond("=", col, (Lit(0),)), Cond("is_null", col)))
                elif meta.kind == "bool":
                    cond = Cond("=", col, (Lit(False),))
                else:
                    cond = Cond("is_null", col)
                self.add_cond(cond, col.table)
                self.notes.append(f"{col.column} is {'false' if meta.kind == 'bool' else 'missing'}")

    def _negation_of_subject(self, k: int) -> None:
        """ "owners with pets that were never treated": the negation is said of the pets, not of the owners;
        the query would deny it of the owners.  Refused."""
        j = self.prv(
            k, frozenset({"that", "which", "who", "were", "was", "is", "are", "have", "has", "had", "been"}), 4
        )
        prev = self.item(j)
        if (
            prev is not None
            and j is not None
            and j < k - 1
            and prev.kind == "table"
            and self.table_of(prev) != self.subject
        ):
            raise TranslationError(
                f"the negation is said of {self.table_of(prev)}, not of {self.subject}; "
                "rephrase, or use an LLM provider (--provider)"
            )

    def reachable_via_child(self, subject: str, target: str) -> bool:
        return any(
            e.child != subject and self.reachable(e.child, target) and e.child != target
            for e in self.schema.children(subject)
        )

    def inner_conditions(self, k: int, target: str) -> list[Cond]:
        """Dates right after a negated relation apply inside it: "never ordered in 2024"."""
        out: list[Cond] = []
        j = self.nxt(k, frozenset({"the", "a", "an", "any"}), 2)
        it = self.item(j)
        if (
            it is not None
            and j is not None
            and (
                (it.kind == "table" and self.table_of(it) == target)
                or (it.kind in ("word", "column") and it.text.lower().endswith("ed"))
            )
        ):
            j = self.nxt(j, frozenset({"the", "a", "an", "any"}), 2)  # "have not visited since March"
            it = self.item(j)
        if it is not None and it.kind == "date" and it.date is not None and not it.used:
            d = self.meta(target).default_date()
            if d is not None:
                col = Col(target, d.name)
                it.used = True
                if it.date.lo is not None:
                    out.append(Cond(">=", col, (Lit(it.date.lo),)))
                if it.date.hi is not None:
                    out.append(Cond("<", col, (Lit(it.date.hi),)))
        place = None
        if j is not None and it is not None and it.kind == "word" and it.text.lower() in _PLACE_SKIP:
            place = self.item(self.nxt(j, _PLACE_SKIP, 3))
        if (
            place is not None
            and place.kind == "value"
            and not place.used
            and self.reachable(target, place.values[0].table)
        ):
            # "parties with no candidates in the North region": the value picks the rows that must not exist
            hit = place.values[0]
            place.used, place.role = True, "filter"
            out.append(Cond("=", Col(hit.table, hit.column), (Lit(hit.value),)))
            self.notes.append(f"{hit.column} is {hit.value!r}")
        return out

    def _negated_value(self, k: int) -> bool:
        """A value right after a negated table ("no candidates in the North"): it goes inside the negation."""
        prev = self.item(self.prv(k, _PLACE_SKIP, 3))
        return prev is not None and prev.kind == "table" and prev.role == "neg"

    def group_keys(self) -> tuple[list[Expr], list[Expr], list[str]]:
        """(group by, select, labels) from the group markers."""
        group: list[Expr] = []
        select: list[Expr] = []
        labels: list[str] = []
        for it in self.items:
            if it.kind == "group" and it.role == "group":
                if it.unit:
                    col = self._year_for_decade() if it.unit == "decade" else self._date_for_bucket()
                    if col is None:
                        raise TranslationError(f"no date column to group by {it.unit}")
                    unit = it.unit if it.unit in ("year", "month", "day", "decade") else "month"
                    dp = DatePart(unit, col)
                    group.append(dp)
                    select.append(dp)
                    labels.append(unit)
                    continue
                word = self.tokens[it.last].low if it.last < len(self.tokens) else ""
                if it.columns and word in _PERIOD_WORDS and self.subject is not None and not it.tables:
                    col = self.pick_column(it, self.subject)
                    own = self._date_for_bucket()
                    if col.table != self.subject and own is not None and own.table == self.subject:
                        # "albums released each year": the subject's own date by year, not another table's year
                        dp = DatePart(word if word in ("year", "month", "day") else "month", own)
                        group.append(dp)
                        select.append(dp)
                        labels.append(word)
                        continue
                if it.columns:
                    col = self.pick_column(it, it.tables[0].table if it.tables else self.subject)
                    if it.fk_role:
                        col = Col(col.table, col.column, it.fk_role)
                    elif self.colmeta(col).kind != "fk":
                        col = self.with_role(col, it.last + 1)
                    group.append(col)
                    select.append(col)
                    labels.append(col.column)
                    if self.colmeta(col).kind == "fk":  # "each manager": rows without one are no group
                        self.add_cond(Cond("not_null", col), col.table)
                    continue
                table = it.tables[0].table
                self.group_table = table
                role = it.fk_role or self.role_for(table, it.last + 1)
                disp = [Col(c.table, c.column, role) for c in self.display_cols(table)]
                keys = [Col(c.table, c.column, role) for c in self.pk_cols(table)]
                for c in keys + disp:
                    if c not in group:
                        group.append(c)
                select.extend(disp)
                labels.append(singular(table))
            elif it.kind == "timeunit" and it.role == "group" and not any(isinstance(g, DatePart) for g in group):
                col = self._year_for_decade() if it.unit == "decade" else self._date_for_bucket()
                if col is None:
                    raise TranslationError(f"no date column to group by {it.unit}")
                unit = it.unit if it.unit in ("year", "month", "day", "decade") else "month"
                dp = DatePart(unit, col)
                group.append(dp)
                select.append(dp)
                labels.append(unit)
        return group, select, labels

    def _year_for_decade(self) -> Col | None:
        """ "per decade of birth": the year or date column named after the unit, else the subject's only one."""
        assert self.subject is not None
        for it in self.items:
            if it.kind == "column" and it.role in ("", "date"):
                for c in it.columns:
                    cm = self.meta(c.table).column(c.column or "")
                    if cm is not None and (cm.kind == "date" or cm.is_year):
                        it.used, it.role = True, "date"
                        return Col(c.table, cm.name)
        years = [c for c in self.meta(self.subject).columns if c.is_year or c.kind == "date"]
        return Col(self.subject, years[0].name) if len(years) == 1 else None

    def _date_for_bucket(self) -> Col | None:
        assert self.subject is not None
        for it in self.items:
            if it.kind == "column" and it.role in ("", "date"):
                for c in it.columns:
                    if self._cand_kind(c) == "date":
                        it.used, it.role = True, "date"
                        return Col(c.table, c.column or "")
        # "calls logged per month": the date a verb named (and made a condition of) is the one to bucket
        named = {
            (c.table, c.column or "")
            for it in self.items
            if it.kind == "column" and it.columns
            for c in it.columns[:1]
            if self._cand_kind(c) == "date" and c.table == self.subject
        }
        if len(named) == 1:
            table, column = next(iter(named))
            return Col(table, column)
        return self._date_of_table(self.subject)
