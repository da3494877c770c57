"""Six small public-service, legal and government databases for the seventy-first blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing is dated after 2025-06-14 except hearings, visits and summonses that are
already booked for the weeks ahead.

- ``coroner`` (``tbl_`` prefixed PascalCase tables and columns; self-referencing ``tbl_Officer.ManagerID``): a
  coroner's office covering five districts of Somerset. ``tbl_District``, ``tbl_Officer`` (coroners and coroner's
  officers, ``LeftOn`` NULL while still in post), ``tbl_Case`` (deaths reported, ``CaseRef`` 'COR-2024-0012': ``Sex`` 'M'/'F',
  ``AgeAtDeath`` NULL if unknown, ``PostMortem`` 'Y'/'N', ``Status`` 'O' open, 'C' closed or 'T' transferred to another coroner area, ``ClosedOn`` NULL while
  open), ``tbl_Inquest`` (at most one per case; ``WithJury`` 'Y'/'N'; ``HearingDate`` NULL until listed and possibly in
  the future, ``HearingDays`` its length in days; ``Conclusion`` NULL until the inquest has been heard), ``tbl_Witness`` and the link table
  ``tbl_InquestWitness`` (``Attendance`` 'A' gave evidence in person, 'R' written statement read, 'DNA' did not
  attend).
- ``juryservice`` (every column repeats its table's name, ``juror.juror_first_name``, ``trial.trial_start_date``,
  except the foreign keys ``court_id``, ``juror_id``, ``trial_id``): jury summoning for four Crown Courts. ``court``,
  ``juror``, ``summons`` (``summons_attend_date`` the Monday the juror is due; ``summons_response`` 'C' confirmed (and
  attended, once the date has passed), 'E' excused, 'D' deferred, 'N' no reply; NULL while a reply is still awaited
  for a future date), ``trial`` (``trial_case_name`` 'R v Jensen'; ``trial_verdict`` 'G' guilty, 'NG' not guilty,
  'H' hung jury; ``trial_end_date`` and verdict NULL while the trial is running), the link table ``panel`` (the
  twelve jurors sworn on a trial, ``panel_foreperson`` 'Y'/'N', ``panel_discharged_date`` set when a juror was
  discharged part way) and ``expense`` (claims in pence: ``expense_type`` 'TRAVEL', 'FOOD', 'EARNINGS' for loss of
  earnings, 'CHILDCARE'; ``expense_paid`` 'Y'/'N').
- ``tribunal`` (times are Unix epoch integer seconds in UTC: ``appointed_ts``, ``received_ts``, ``closed_ts``,
  ``start_ts``, ``end_ts``): an employment tribunal region. ``judges`` (``salaried`` 'Y', or 'N' for fee-paid),
  ``rooms``, ``claims`` (``case_number`` '1400012/2025'; ``status`` 'O' open, 'W' withdrawn, 'S' settled, 'U' upheld, 'D' dismissed; ``award_pence``
  only for upheld claims), ``hearings`` (``hearing_type`` 'PH' preliminary, 'FH' final, 'RH' remedy; ``outcome`` 'H'
  heard, 'P' postponed, 'L' listed for a future date; ``room_id`` NULL for a video hearing, ``end_ts`` NULL unless
  heard), ``members`` (lay members, ``side`` 'E' employer or 'W' worker) and the link table ``hearing_members``.
- ``probation`` (vowel-dropped abbreviations: ``ofc``, ``offcr``, ``ofndr``, ``ordr``, ``apptmt``, ``prjct``,
  ``wrk_sssn``, ``frst_nm``, ``strt_dt``, ``hrs``; self-referencing ``offcr.sprvsr_id``): a probation delivery unit
  in West Yorkshire. ``ofc`` (offices), ``offcr`` (``grd`` 'HOS' head of service, 'SPO' senior probation officer,
  'PO' probation officer, 'PSO' probation services officer; ``end_dt`` NULL while in post), ``ofndr`` (people on
  probation, ``crn`` case reference number such as 'D123456', ``gndr`` 'M'/'F', ``rsk_lvl`` 'L', 'M', 'H', 'V' very high), ``ordr`` (``ordr_typ`` 'CO' community order, 'SSO'
  suspended sentence order, 'LIC' licence; ``end_dt`` the planned end, ``trmntd_dt`` NULL while the order is live,
  ``trmntn_rsn`` 'CMP' completed, 'BRC' breached, 'REV' revoked; ``unpd_wrk_hrs`` hours of unpaid work ordered or
  NULL), ``apptmt`` (``apptmt_typ`` 'F2F', 'TEL' or 'HV' home visit; ``attnd`` 'ATT' attended, 'DNA' did not attend, 'AA' acceptable absence, NULL if still to come),
  ``prjct`` (unpaid-work projects, ``actv`` 'Y'/'N') and ``wrk_sssn`` (hours worked on a project).
- ``landregistry`` (natural and composite keys, no surrogate ids): a land registry office for Norfolk and Suffolk.
  ``district`` (``district_code``), ``title`` (``title_number`` such as 'NK123456'; ``tenure`` 'F' freehold or 'L'
  leasehold; ``title_class`` 'A' absolute, 'P' possessory, 'G' good leasehold; ``property_type`` 'D' detached, 'S'
  semi-detached, 'T' terraced, 'F' flat), ``transfer`` (primary key ``(title_number, transfer_date)``, price in whole
  pounds, NULL for a gift; ``new_build`` 'Y'/'N'), ``proprietor`` (the owners registered by a transfer, composite
  foreign key ``(title_number, transfer_date)``; ``proprietor_kind`` 'I' individual or 'C' company; the current owners
  of a title are those of its latest transfer), ``lender`` (``lender_code``), ``charge`` (mortgages, primary key
  ``(title_number, charge_date)``, ``discharged_on`` NULL while outstanding) and ``application`` (``application_ref``;
  ``app_type`` 'TR1' transfer, 'CH1' charge, 'DS1' discharge, 'AP1' other change; ``status`` 'C' completed, 'P'
  pending, 'X' cancelled; fee in whole pounds).
- ``prisonvisits`` (quoted names with spaces and capitals: ``"Visit Bookings"."Booked On"``): social visits at five
  prisons. ``"Prisons"`` (``"Security Category"`` 'B', 'C' or 'D'), ``"Prisoners"`` (``"Prison Number"`` such as 'A1234BC'; ``"Release Date"`` NULL while
  still in custody; ``"Incentive Level"`` Basic, Standard or Enhanced), ``"Visitors"`` (``"Banned"`` 'Y'/'N'), the
  link table ``"Approved Contacts"`` (prisoner, visitor, relationship), ``"Visit Sessions"`` (date, start time,
  ``"Duration Minutes"``, places, ``"Session Type"`` Social, Family Day or Video; some still to come) and ``"Visit Bookings"`` (``"Status"`` 'B' booked for a future
  session, 'A' attended, 'C' cancelled, 'N' no-show).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import (
    FAMILY,
    FEMALE,
    GIVEN,
    LAST_NAMES,
    day_between,
    done,
    fresh_db,
    full_names,
    insert,
)

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _weekday(d: dt.date) -> dt.date:
    """``d`` or the Monday after it when it falls on a weekend."""
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct ("Given Family", sex 'M'/'F') pairs from the shared pool of given and family names."""
    pairs = [(f"{g} {f}", "F" if g in FEMALE else "M") for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _epoch(d: dt.date, hour: int = 0, minute: int = 0) -> int:
    return calendar.timegm(dt.datetime(d.year, d.month, d.day, hour, minute).timetuple())


# --------------------------------------------------------------------------------------------------------- coroner
CO_DISTRICTS = [
    (1, "Taunton", "Somerset"), (2, "Yeovil", "Somerset"), (3, "Bridgwater", "Somerset"),
    (4, "Bath", "Bath and North East Somerset"), (5, "Weston-super-Mare", "North Somerset"),
]  # fmt: skip
CO_OFFICERS = [
    (1, "Helen Marsh", "Senior Coroner", 1, None, D(2014, 4, 1), None),
    (2, "David Okoro", "Area Coroner", 1, 1, D(2018, 9, 3), None),
    (3, "Ruth Penhaligon", "Assistant Coroner", 4, 1, D(2020, 1, 6), None),
    (4, "Simon Vale", "Assistant Coroner", 5, 1, D(2021, 5, 4), D(2024, 9, 30)),
    (5, "Angela Frost", "Coroner's Officer", 1, 2, D(2016, 2, 1), None),
    (6, "Mark Bellamy", "Coroner's Officer", 2, 2, D(2019, 7, 15), None),
    (7, "Priya Desai", "Coroner's Officer", 3, 2, D(2020, 11, 2), None),
    (8, "Tom Hendry", "Coroner's Officer", 4, 3, D(2017, 3, 13), None),
    (9, "Lucy Carrow", "Coroner's Officer", 5, 3, D(2021, 8, 9), None),
    (10, "Gareth Pryce", "Coroner's Officer", 3, 2, D(2018, 5, 8), D(2024, 3, 29)),
    (11, "Nina Rahman", "Coroner's Officer", 2, 2, D(2024, 4, 15), None),
    (12, "Joe Whitlock", "Coroner's Officer", 5, 3, D(2024, 10, 1), None),
    (13, "Claire Dunmore", "Coroner's Officer", 4, 3, D(2022, 6, 20), None),
]
CO_REPORTERS = ["Police", "GP", "Hospital", "Care Home", "Ambulance Service"]
CO_CONCLUSIONS = [
    ("Natural causes", 20), ("Accident", 24), ("Suicide", 14), ("Narrative", 10), ("Drug related", 9),
    ("Industrial disease", 6), ("Open", 4), ("Road traffic collision", 9), ("Unlawful killing", 2),
]  # fmt: skip
CO_PROFESSIONALS = [
    ("PC Alan Hartnell", "Police"), ("PC Sarah Quick", "Police"), ("DS Colin Ware", "Police"),
    ("PC Megan Towle", "Police"), ("Sgt Paul Kenning", "Police"), ("PC Ravi Sandhu", "Police"),
    ("Dr Fiona Lambert", "Medical"), ("Dr Kwame Asante", "Medical"), ("Dr Ellen Price", "Medical"),
    ("Dr Hugh Renshaw", "Medical"), ("Dr Anya Kowal", "Medical"), ("Dr Tobias Grey", "Medical"),
    ("Dr Miriam Stone", "Medical"), ("Dr Leo Fairbairn", "Medical"),
    ("Prof Janet Ogilvie", "Expert"), ("Dr Martin Keyes", "Expert"), ("Ian Threlfall", "Expert"),
    ("Rebecca Nunn", "Expert"), ("Keith Almond", "Other"), ("Joanne Ruddock", "Other"),
]  # fmt: skip


def _weighted(r: random.Random, pairs: list[tuple[str, int]]) -> str:
    return r.choices([p for p, _w in pairs], weights=[w for _p, w in pairs])[0]


def build_coroner(path: Path) -> None:
    r = random.Random(71001)
    c = fresh_db(
        path,
        """
        CREATE TABLE tbl_District (DistrictID INTEGER PRIMARY KEY, DistrictName TEXT NOT NULL, County TEXT NOT NULL);
        CREATE TABLE tbl_Officer (OfficerID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, JobTitle TEXT NOT NULL,
            DistrictID INTEGER NOT NULL REFERENCES tbl_District(DistrictID),
            ManagerID INTEGER REFERENCES tbl_Officer(OfficerID), StartedOn DATE NOT NULL, LeftOn DATE);
        CREATE TABLE tbl_Case (CaseID INTEGER PRIMARY KEY, CaseRef TEXT NOT NULL UNIQUE, DeceasedName TEXT NOT NULL,
            Sex TEXT NOT NULL, AgeAtDeath INTEGER, DateOfDeath DATE NOT NULL, ReportedOn DATE NOT NULL,
            ReportedBy TEXT NOT NULL, DistrictID INTEGER NOT NULL REFERENCES tbl_District(DistrictID),
            OfficerID INTEGER NOT NULL REFERENCES tbl_Officer(OfficerID), PostMortem TEXT NOT NULL DEFAULT 'N',
            Status TEXT NOT NULL DEFAULT 'O', ClosedOn DATE);
        CREATE TABLE tbl_Inquest (InquestID INTEGER PRIMARY KEY,
            CaseID INTEGER NOT NULL UNIQUE REFERENCES tbl_Case(CaseID),
            CoronerID INTEGER NOT NULL REFERENCES tbl_Officer(OfficerID), OpenedOn DATE NOT NULL, HearingDate DATE,
            HearingDays INTEGER, WithJury TEXT NOT NULL DEFAULT 'N', Conclusion TEXT);
        CREATE TABLE tbl_Witness (WitnessID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, WitnessType TEXT NOT NULL);
        CREATE TABLE tbl_InquestWitness (InquestID INTEGER NOT NULL REFERENCES tbl_Inquest(InquestID),
            WitnessID INTEGER NOT NULL REFERENCES tbl_Witness(WitnessID), Attendance TEXT NOT NULL,
            PRIMARY KEY (InquestID, WitnessID));
        """,
    )
    insert(c, "tbl_District", CO_DISTRICTS)
    insert(c, "tbl_Officer", [(*o[:5], _iso(o[5]), _iso(o[6])) for o in CO_OFFICERS])

    def active(oid: int, d: dt.date) -> bool:
        o = CO_OFFICERS[oid - 1]
        return o[5] <= d and (o[6] is None or d <= o[6])

    people = _people(r, 400)
    deaths = sorted(day_between(r, D(2022, 12, 20), D(2025, 6, 12)) for _ in range(250))
    cases, inquests, held = [], [], []
    per_year: dict[int, int] = {}
    for k, dod in enumerate(deaths, 1):
        rep = min(dod + dt.timedelta(days=r.choice([0, 0, 1, 1, 2, 3])), LAST)
        per_year[rep.year] = per_year.get(rep.year, 0) + 1
        ref = f"COR-{rep.year}-{per_year[rep.year]:04d}"
        district = r.choices([1, 2, 3, 4, 5], weights=[30, 20, 20, 16, 14])[0]
        local = [o[0] for o in CO_OFFICERS if o[2] == "Coroner's Officer" and o[3] == district and active(o[0], rep)]
        officer = r.choice(local or [5])
        age = None if r.random() < 0.02 else max(17, int(r.gauss(71, 16)))
        if age is not None and age > 100:
            age = r.randint(88, 99)
        name, sex = people[k - 1]
        pm = "Y" if r.random() < 0.55 else "N"
        status, closed = "O", None
        if r.random() < 0.32 or (pm == "Y" and r.random() < 0.12):
            opened = rep + dt.timedelta(days=r.randint(3, 21))
            hearing: dt.date | None = _weekday(opened + dt.timedelta(days=r.randint(110, 430)))
            days = r.choices([1, 1, 1, 2, 2, 3, 5], k=1)[0]
            jury = "Y" if r.random() < 0.1 else "N"
            if jury == "Y":
                days = max(days, 3)
            assert hearing is not None
            if hearing + dt.timedelta(days=days - 1) <= LAST and opened <= LAST:
                concl: str | None = _weighted(r, CO_CONCLUSIONS)
                status, closed = "C", hearing + dt.timedelta(days=days - 1)
            else:
                concl = None
                if hearing <= LAST or r.random() < 0.35 or opened > LAST:
                    hearing, days = None, None
            if opened > LAST:
                opened = LAST
            coroners = [i for i in (1, 2, 3, 4) if active(i, opened) and active(i, hearing or TODAY)]
            inquests.append((len(inquests) + 1, k, r.choice(coroners), _iso(opened), _iso(hearing), days, jury, concl))
            if concl:
                held.append(len(inquests))
        elif r.random() < 0.04:
            status, closed = "T", rep + dt.timedelta(days=r.randint(2, 10))
        else:
            closed = rep + dt.timedelta(days=r.randint(3, 75))
            if closed <= LAST:
                status = "C"
            else:
                closed = None
        if closed and closed > LAST:
            closed, status = None, "O"
        reporter = r.choices(CO_REPORTERS, weights=[28, 22, 30, 12, 8])[0]
        cases.append((k, ref, name, sex, age, _iso(dod), _iso(rep), reporter, district, officer, pm, status,
                      _iso(closed)))  # fmt: skip
    insert(c, "tbl_Case", cases)
    insert(c, "tbl_Inquest", inquests)
    witnesses = [(k, n, t) for k, (n, t) in enumerate(CO_PROFESSIONALS, 1)]
    links = []
    taken = {p[0] for p in people[:260]} | {n for n, _t in CO_PROFESSIONALS}
    for iq in held:
        fam = []
        surname = str(cases[int(str(inquests[iq - 1][1])) - 1][2]).split(" ")[1]
        for _ in range(r.choice([1, 1, 2])):
            name = f"{r.choice(GIVEN)} {surname}"
            while name in taken:
                name = f"{r.choice(GIVEN)} {r.choice(FAMILY) if r.random() < 0.3 else surname}"
            taken.add(name)
            witnesses.append((len(witnesses) + 1, name, "Family"))
            fam.append(len(witnesses))
        pros = r.sample(range(1, len(CO_PROFESSIONALS) + 1), r.choice([1, 2, 2, 3]))
        for w in fam + pros:
            att = r.choices(["A", "R", "DNA"], weights=[68, 24, 8])[0]
            links.append((iq, w, att))
    insert(c, "tbl_Witness", witnesses)
    insert(c, "tbl_InquestWitness", links)
    done(c)


# ----------------------------------------------------------------------------------------------------- juryservice
JS_COURTS = [
    (1, "Lincoln Crown Court", "Lincoln", 3), (2, "Nottingham Crown Court", "Nottingham", 8),
    (3, "Derby Crown Court", "Derby", 6), (4, "Grimsby Crown Court", "Grimsby", 2),
]  # fmt: skip
JS_OFFENCES = [
    ("Burglary", 4), ("Robbery", 5), ("Assault occasioning actual bodily harm", 3), ("Grievous bodily harm", 5),
    ("Fraud", 10), ("Supplying Class A drugs", 6), ("Causing death by dangerous driving", 6), ("Theft", 3),
    ("Arson", 5), ("Murder", 15), ("Money laundering", 9), ("Affray", 3),
]  # fmt: skip
JS_TOWNS = {1: ["Lincoln", "Gainsborough", "Sleaford"], 2: ["Nottingham", "Mansfield", "Newark"],
            3: ["Derby", "Chesterfield", "Belper"], 4: ["Grimsby", "Cleethorpes", "Immingham"]}  # fmt: skip
JS_JOBS = [
    "Teacher", "Nurse", "Retail assistant", "Electrician", "Accountant", "Retired", "Student", "Driver",
    "Engineer", "Civil servant", "Chef", "Farmer", "Self-employed", "Care worker", None,
]  # fmt: skip
JS_REASONS = ["Medical", "Caring responsibilities", "Moved out of area", "Full-time student", "Business commitments"]


def build_juryservice(path: Path) -> None:
    r = random.Random(71002)
    c = fresh_db(
        path,
        """
        CREATE TABLE court (court_id INTEGER PRIMARY KEY, court_name TEXT NOT NULL, court_town TEXT NOT NULL,
            court_courtrooms INTEGER NOT NULL);
        CREATE TABLE juror (juror_id INTEGER PRIMARY KEY, juror_number TEXT NOT NULL UNIQUE,
            juror_first_name TEXT NOT NULL, juror_last_name TEXT NOT NULL, juror_birth_date DATE NOT NULL,
            juror_town TEXT NOT NULL, juror_occupation TEXT);
        CREATE TABLE summons (summons_id INTEGER PRIMARY KEY, juror_id INTEGER NOT NULL REFERENCES juror(juror_id),
            court_id INTEGER NOT NULL REFERENCES court(court_id), summons_issued_date DATE NOT NULL,
            summons_attend_date DATE NOT NULL, summons_response TEXT, summons_excusal_reason TEXT);
        CREATE TABLE trial (trial_id INTEGER PRIMARY KEY, court_id INTEGER NOT NULL REFERENCES court(court_id),
            trial_case_name TEXT NOT NULL, trial_offence TEXT NOT NULL, trial_start_date DATE NOT NULL,
            trial_end_date DATE, trial_verdict TEXT);
        CREATE TABLE panel (panel_id INTEGER PRIMARY KEY, trial_id INTEGER NOT NULL REFERENCES trial(trial_id),
            juror_id INTEGER NOT NULL REFERENCES juror(juror_id), panel_seat INTEGER NOT NULL,
            panel_foreperson TEXT NOT NULL DEFAULT 'N', panel_discharged_date DATE);
        CREATE TABLE expense (expense_id INTEGER PRIMARY KEY, juror_id INTEGER NOT NULL REFERENCES juror(juror_id),
            court_id INTEGER NOT NULL REFERENCES court(court_id), expense_claim_date DATE NOT NULL,
            expense_type TEXT NOT NULL, expense_amount_pence INTEGER NOT NULL, expense_paid TEXT NOT NULL);
        """,
    )
    insert(c, "court", JS_COURTS)
    names = full_names(r, 600)
    jurors: list[tuple[object, ...]] = []
    home: dict[int, int] = {}

    def new_juror(court: int) -> int:
        k = len(jurors) + 1
        f, s = names[k - 1].split(" ")
        born = day_between(r, D(1950, 1, 1), D(2005, 6, 1))
        jurors.append((k, f"J{r.randint(100000, 999999)}", f, s, _iso(born), r.choice(JS_TOWNS[court]), r.choice(JS_JOBS)))
        home[k] = court
        return k

    summons: list[tuple[object, ...]] = []

    def summon(j: int, court: int, attend: dt.date, resp: str | None, reason: str | None = None) -> None:
        issued = attend - dt.timedelta(days=r.randint(42, 70))
        summons.append((j, court, _iso(issued), _iso(attend), resp, reason))

    trials: list[tuple[object, ...]] = []
    panel: list[tuple[object, ...]] = []
    served: list[tuple[int, int, dt.date, dt.date]] = []  # juror, court, first day, last day
    mondays = sorted({_weekday(day_between(r, D(2023, 1, 9), D(2025, 6, 9))) for _ in range(15)})
    mondays = [m - dt.timedelta(days=m.weekday()) for m in mondays] + [D(2025, 6, 2)]
    defendants = r.sample(LAST_NAMES, 30)
    for g, monday in enumerate(mondays):
        court = [2, 3, 1, 2, 4, 3, 2, 1][g % 8]
        pool = [new_juror(court) for _ in range(r.randint(14, 17))]
        for j in pool:
            summon(j, court, monday, "C")
        starts = [monday + dt.timedelta(days=r.choice([0, 0, 1]))]
        offences = [_weighted(r, JS_OFFENCES)]
        if monday == D(2025, 6, 2):
            offences = ["Murder"]
        elif r.random() < 0.55:
            offences = [r.choice(["Theft", "Affray", "Burglary", "Assault occasioning actual bodily harm"])]
            offences.append(_weighted(r, JS_OFFENCES))
        free = list(pool)
        prev_end = None
        for n, off in enumerate(offences):
            length = dict(JS_OFFENCES)[off] + r.randint(-1, 3)
            start = starts[0] if n == 0 else _weekday(prev_end + dt.timedelta(days=r.randint(1, 3)))
            if start > LAST:
                break
            end = start
            for _ in range(length - 1):
                end = _weekday(end + dt.timedelta(days=1))
            prev_end = end
            verdict = r.choices(["G", "NG", "H"], weights=[60, 32, 8])[0]
            if end > LAST:
                end_v: tuple[str | None, str | None] = (None, None)
            else:
                end_v = (_iso(end), verdict)
            trials.append((court, f"R v {defendants[len(trials)]}", off, start, *end_v))
            tid = len(trials)
            if n == 1:
                first_twelve = [p[2] for p in panel if p[1] == tid - 1]
                kept = [p[2] for p in panel if p[1] == tid - 1 and p[5] is None]
                free = [j for j in pool if j not in first_twelve] + kept
            r.shuffle(free)
            twelve, free = free[:12], free[12:]
            fore = r.choice(twelve)
            drop = r.choice(twelve) if r.random() < 0.3 and end > start + dt.timedelta(days=3) else None
            for seat, j in enumerate(twelve, 1):
                dis = _iso(_weekday(start + dt.timedelta(days=2))) if j == drop and j != fore else None
                panel.append((len(panel) + 1, tid, j, seat, "Y" if j == fore else "N", dis))
                served.append((j, court, start, min(end, LAST)))
        for j in pool:
            if not any(s[0] == j for s in served):
                served.append((j, court, monday, monday + dt.timedelta(days=4)))
        for _ in range(r.randint(3, 7)):
            resp = r.choices(["E", "D", "N"], weights=[45, 35, 20])[0]
            j = new_juror(court)
            summon(j, court, monday, resp, r.choice(JS_REASONS) if resp == "E" else None)
            if resp == "D" and monday + dt.timedelta(days=120) < LAST and r.random() < 0.6:
                later = monday + dt.timedelta(days=7 * r.randint(8, 16))
                summon(j, court, min(later, D(2025, 6, 9)), "C")
                served.append((j, court, min(later, D(2025, 6, 9)), min(later, D(2025, 6, 9)) + dt.timedelta(days=4)))
    for monday in (D(2025, 6, 23), D(2025, 7, 7), D(2025, 7, 14)):
        court = r.choice([1, 2, 3, 4])
        for _ in range(r.randint(8, 12)):
            resp = r.choices([None, "C", "E", "D"], weights=[50, 30, 12, 8])[0]
            summon(new_juror(court), court, monday, resp, r.choice(JS_REASONS) if resp == "E" else None)
    insert(c, "juror", jurors)
    summons.sort(key=lambda s: (str(s[2]), int(str(s[0]))))
    insert(c, "summons", [(k, *s) for k, s in enumerate(summons, 1)])
    insert(c, "trial", [(k, co, nm, off, _iso(st), e, v) for k, (co, nm, off, st, e, v) in enumerate(trials, 1)])
    insert(c, "panel", panel)
    expenses = []
    for j, court, first, last in sorted(served, key=lambda s: (s[3], s[0])):
        days = sum(1 for i in range((last - first).days + 1) if (first + dt.timedelta(days=i)).weekday() < 5)
        claim = last + dt.timedelta(days=r.randint(1, 12))
        paid = "N" if claim > D(2025, 5, 20) else "Y"
        if claim > LAST:
            continue
        if r.random() < 0.88:
            expenses.append((j, court, _iso(claim), "TRAVEL", days * r.randint(180, 1300), paid))
        if r.random() < 0.4:
            expenses.append((j, court, _iso(claim), "FOOD", days * 582, paid))
        if r.random() < 0.25:
            expenses.append((j, court, _iso(claim), "EARNINGS", days * r.choice([6495, 6495, 4800, 3246]), paid))
        if r.random() < 0.05:
            expenses.append((j, court, _iso(claim), "CHILDCARE", days * r.randint(2500, 4500), paid))
    insert(c, "expense", [(k, *e) for k, e in enumerate(expenses, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- tribunal
TR_JUDGES = [
    (1, "Employment Judge Harriet Coombe", "Y", D(2009, 3, 2)), (2, "Employment Judge Rashid Malik", "Y", D(2014, 9, 1)),
    (3, "Employment Judge Fiona Lyle", "Y", D(2017, 1, 9)), (4, "Employment Judge Owen Pritchard", "N", D(2019, 6, 3)),
    (5, "Employment Judge Amelia Fenwick", "N", D(2021, 4, 12)),
    (6, "Employment Judge Declan Moss", "Y", D(2022, 10, 3)),
    (7, "Employment Judge Sunita Rao", "N", D(2023, 9, 4)), (8, "Employment Judge Peter Lindsay", "N", D(2024, 5, 7)),
]  # fmt: skip
TR_ROOMS = [
    (1, "Bristol Civil Justice Centre", "Room 1", 20), (2, "Bristol Civil Justice Centre", "Room 2", 12),
    (3, "Bristol Civil Justice Centre", "Room 3", 8), (4, "Exeter Magistrates Court", "Court 4", 18),
    (5, "Plymouth Combined Court", "Hearing Room A", 10), (6, "Exeter Magistrates Court", "Court 2", 14),
]  # fmt: skip
TR_MEMBERS = [
    (1, "Gillian Forde", "E"), (2, "Richard Ashdown", "E"), (3, "Patricia Lowe", "E"), (4, "Nigel Sheard", "E"),
    (5, "Bernard Cole", "W"), (6, "Yvonne Adebayo", "W"), (7, "Martin Deakin", "W"), (8, "Susan Trent", "W"),
    (9, "Helen Orchard", "E"), (10, "Colin Mayhew", "W"),
]  # fmt: skip
TR_JURISDICTIONS = [
    ("Unfair dismissal", 34), ("Unlawful deduction from wages", 22), ("Disability discrimination", 12),
    ("Sex discrimination", 8), ("Race discrimination", 7), ("Whistleblowing detriment", 6), ("Redundancy pay", 11),
]  # fmt: skip
TR_EMPLOYERS = [
    "Severn Logistics Ltd", "Avonmouth Care Homes Ltd", "Bristol City Council", "Quayside Hotels plc",
    "Westcountry Buses Ltd", "Pennine Retail Group", "Cotswold Dairies Ltd", "Harbour Security Services",
    "Tamar Valley Foods Ltd", "South West Ambulance Trust", "Exe Construction Ltd", "Clifton Dental Practice",
    "Brunel Engineering Ltd", "Mendip Quarries Ltd", "Plymouth Marine Supplies",
]  # fmt: skip


def build_tribunal(path: Path) -> None:
    r = random.Random(71003)
    c = fresh_db(
        path,
        """
        CREATE TABLE judges (judge_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, salaried TEXT NOT NULL,
            appointed_ts INTEGER NOT NULL);
        CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, venue TEXT NOT NULL, room_name TEXT NOT NULL,
            seats INTEGER NOT NULL);
        CREATE TABLE claims (claim_id INTEGER PRIMARY KEY, case_number TEXT NOT NULL UNIQUE,
            claimant_name TEXT NOT NULL, respondent_name TEXT NOT NULL, jurisdiction TEXT NOT NULL,
            received_ts INTEGER NOT NULL, status TEXT NOT NULL, closed_ts INTEGER, award_pence INTEGER);
        CREATE TABLE hearings (hearing_id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claims(claim_id),
            judge_id INTEGER NOT NULL REFERENCES judges(judge_id), room_id INTEGER REFERENCES rooms(room_id),
            hearing_type TEXT NOT NULL, start_ts INTEGER NOT NULL, end_ts INTEGER, outcome TEXT NOT NULL);
        CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, side TEXT NOT NULL);
        CREATE TABLE hearing_members (hearing_id INTEGER NOT NULL REFERENCES hearings(hearing_id),
            member_id INTEGER NOT NULL REFERENCES members(member_id), PRIMARY KEY (hearing_id, member_id));
        """,
    )
    insert(c, "judges", [(i, n, s, _epoch(d, 9)) for i, n, s, d in TR_JUDGES])
    insert(c, "rooms", TR_ROOMS)
    insert(c, "members", TR_MEMBERS)
    claimants = full_names(r, 200)
    received = sorted(day_between(r, START, LAST) for _ in range(180))
    claims, hearings, hm = [], [], []
    seq: dict[int, int] = {}

    def judge_on(d: dt.date) -> int:
        return r.choice([j[0] for j in TR_JUDGES if j[3] <= d])

    def hear(cid: int, typ: str, d: dt.date, outcome: str) -> None:
        d = _weekday(d)
        video = typ == "PH" and r.random() < 0.6
        room = None if video else r.choice([1, 1, 2, 2, 3, 4, 5, 6])
        if typ == "FH":
            hour, minutes = 10, r.choice([240, 270, 300, 330, 360, 390])
        elif typ == "RH":
            hour, minutes = r.choice([10, 14]), r.choice([90, 120, 150])
        else:
            hour, minutes = r.choice([10, 10, 14]), r.choice([45, 60, 60, 75, 90, 120, 150])
        st = _epoch(d, hour, r.choice([0, 0, 30]))
        end = st + minutes * 60 + r.choice([-600, -300, 0, 300, 900]) if outcome == "H" else None
        hearings.append((cid, judge_on(min(d, LAST)), room, typ, st, end, outcome))

    for k, rec in enumerate(received, 1):
        seq[rec.year] = seq.get(rec.year, 0) + 1
        number = f"14{seq[rec.year]:05d}/{rec.year}"
        juris = _weighted(r, TR_JURISDICTIONS)
        rec_ts = _epoch(rec, r.randint(8, 16), r.randint(0, 59))
        fate = r.choices(["W", "S", "T"], weights=[14, 28, 58])[0]
        ph = rec + dt.timedelta(days=r.randint(35, 90)) if r.random() < 0.7 or juris.endswith("discrimination") else None
        fh = rec + dt.timedelta(days=r.randint(170, 420))
        status, closed, award = "O", None, None
        end = rec + dt.timedelta(days=r.randint(30, 300))
        if ph and (fate == "T" or ph < end):
            hear(k, "PH", ph, "H" if ph <= LAST else "L")
        if fate in ("W", "S"):
            if end <= LAST:
                status, closed = fate, _epoch(end, r.randint(9, 16), r.randint(0, 59))
            elif fh <= LAST + dt.timedelta(days=120):
                hear(k, "FH", fh, "L")
        else:
            if r.random() < 0.12 and fh < LAST:
                hear(k, "FH", fh, "P")
                fh = fh + dt.timedelta(days=r.randint(60, 130))
            if fh <= LAST - dt.timedelta(days=3):
                hear(k, "FH", fh, "H")
                members = []
                if juris.endswith("discrimination") or juris.startswith("Whistle"):
                    members = [r.choice([1, 2, 3, 4, 9]), r.choice([5, 6, 7, 8, 10])]
                    hm.extend((len(hearings), m) for m in members)
                judged = fh + dt.timedelta(days=r.randint(3, 45))
                if judged <= LAST:
                    win = r.random() < 0.45
                    status = "U" if win else "D"
                    closed = _epoch(judged, r.randint(9, 16), r.randint(0, 59))
                    if win:
                        base = 250_000 if "wages" in juris or "pay" in juris else 1_200_000
                        award = r.randint(base // 2, base * 3) if "discrimination" not in juris else r.randint(800_000, 6_000_000)
                        if r.random() < 0.25 and judged + dt.timedelta(days=40) <= LAST:
                            hear(k, "RH", judged + dt.timedelta(days=r.randint(25, 40)), "H")
            elif fh <= LAST + dt.timedelta(days=120):
                hear(k, "FH", fh, "L")
        claims.append((k, number, claimants[k - 1], r.choice(TR_EMPLOYERS), juris, rec_ts, status, closed, award))
    insert(c, "claims", claims)
    order = sorted(range(len(hearings)), key=lambda i: (hearings[i][4], i))
    renum = {old + 1: new for new, old in enumerate(order, 1)}
    insert(c, "hearings", [(renum[i + 1], *hearings[i]) for i in order])
    insert(c, "hearing_members", sorted((renum[h], m) for h, m in hm))
    done(c)


# ------------------------------------------------------------------------------------------------------- probation
PB_OFFICES = [(1, "Leeds Central", "Leeds"), (2, "Bradford Manor Row", "Bradford"), (3, "Wakefield", "Wakefield"),
              (4, "Huddersfield", "Huddersfield"), (5, "Halifax", "Halifax")]  # fmt: skip
PB_OFFICERS = [
    (1, "Janet", "Whitworth", "HOS", 1, None, D(2012, 4, 2), None),
    (2, "Imran", "Bashir", "SPO", 1, 1, D(2015, 9, 7), None),
    (3, "Carol", "Ackroyd", "SPO", 2, 1, D(2016, 1, 11), None),
    (4, "Steven", "Hirst", "SPO", 3, 1, D(2018, 6, 4), None),
    (5, "Laura", "Metcalfe", "PO", 1, 2, D(2017, 3, 6), None),
    (6, "Daniel", "Oyelaran", "PO", 1, 2, D(2019, 10, 14), None),
    (7, "Rachel", "Sutcliffe", "PSO", 1, 2, D(2021, 2, 1), None),
    (8, "Asif", "Hussain", "PO", 2, 3, D(2016, 8, 22), None),
    (9, "Kerry", "Firth", "PSO", 2, 3, D(2020, 5, 18), D(2024, 8, 30)),
    (10, "Gemma", "Booth", "PO", 2, 3, D(2022, 9, 5), None),
    (11, "Paul", "Lockwood", "PO", 3, 4, D(2014, 11, 3), None),
    (12, "Sana", "Mirza", "PSO", 3, 4, D(2023, 1, 16), None),
    (13, "Craig", "Holroyd", "PO", 4, 4, D(2018, 2, 12), None),
    (14, "Emma", "Shaw", "PSO", 4, 4, D(2022, 3, 28), None),
    (15, "Nadia", "Khan", "PO", 5, 3, D(2019, 7, 1), None),
    (16, "Liam", "Greenwood", "PSO", 5, 3, D(2024, 9, 16), None),
    (17, "Victoria", "Rhodes", "PO", 3, 4, D(2021, 6, 7), D(2025, 2, 28)),
]
PB_PROJECTS = [
    (1, "Roundhay Park Litter Picking", "Leeds", "Y"), (2, "Canal Towpath Clearance", "Leeds", "Y"),
    (3, "Community Furniture Workshop", "Bradford", "Y"), (4, "Charity Shop Warehouse", "Bradford", "N"),
    (5, "Allotment Restoration", "Wakefield", "Y"), (6, "Church Hall Redecoration", "Huddersfield", "Y"),
    (7, "Graffiti Removal Team", "Halifax", "Y"), (8, "Food Bank Sorting", "Wakefield", "N"),
]  # fmt: skip


def build_probation(path: Path) -> None:
    r = random.Random(71004)
    c = fresh_db(
        path,
        """
        CREATE TABLE ofc (ofc_id INTEGER PRIMARY KEY, ofc_nm TEXT NOT NULL, twn TEXT NOT NULL);
        CREATE TABLE offcr (offcr_id INTEGER PRIMARY KEY, frst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL,
            grd TEXT NOT NULL, ofc_id INTEGER NOT NULL REFERENCES ofc(ofc_id),
            sprvsr_id INTEGER REFERENCES offcr(offcr_id), strt_dt DATE NOT NULL, end_dt DATE);
        CREATE TABLE ofndr (ofndr_id INTEGER PRIMARY KEY, crn TEXT NOT NULL UNIQUE, frst_nm TEXT NOT NULL,
            lst_nm TEXT NOT NULL, dob DATE NOT NULL, gndr TEXT NOT NULL, rsk_lvl TEXT NOT NULL);
        CREATE TABLE ordr (ordr_id INTEGER PRIMARY KEY, ofndr_id INTEGER NOT NULL REFERENCES ofndr(ofndr_id),
            offcr_id INTEGER NOT NULL REFERENCES offcr(offcr_id), ordr_typ TEXT NOT NULL, strt_dt DATE NOT NULL,
            end_dt DATE NOT NULL, trmntd_dt DATE, trmntn_rsn TEXT, unpd_wrk_hrs INTEGER);
        CREATE TABLE apptmt (apptmt_id INTEGER PRIMARY KEY, ordr_id INTEGER NOT NULL REFERENCES ordr(ordr_id),
            offcr_id INTEGER NOT NULL REFERENCES offcr(offcr_id), apptmt_dt DATE NOT NULL, apptmt_typ TEXT NOT NULL,
            attnd TEXT);
        CREATE TABLE prjct (prjct_id INTEGER PRIMARY KEY, prjct_nm TEXT NOT NULL, twn TEXT NOT NULL,
            actv TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE wrk_sssn (sssn_id INTEGER PRIMARY KEY, ordr_id INTEGER NOT NULL REFERENCES ordr(ordr_id),
            prjct_id INTEGER NOT NULL REFERENCES prjct(prjct_id), sssn_dt DATE NOT NULL, hrs REAL NOT NULL);
        """,
    )
    insert(c, "ofc", PB_OFFICES)
    insert(c, "offcr", [(*o[:6], _iso(o[6]), _iso(o[7])) for o in PB_OFFICERS])
    insert(c, "prjct", PB_PROJECTS)
    people = full_names(r, 130)
    ofndrs = []
    for k, nm in enumerate(people, 1):
        f, s = nm.split(" ")
        gender = "F" if r.random() < 0.17 else "M"
        risk = r.choices(["L", "M", "H", "V"], weights=[30, 42, 22, 6])[0]
        ofndrs.append((k, f"D{r.randint(100000, 999999)}", f, s, _iso(day_between(r, D(1962, 1, 1), D(2006, 12, 31))),
                       gender, risk))  # fmt: skip
    insert(c, "ofndr", ofndrs)

    def on(oid: int, d: dt.date) -> bool:
        o = PB_OFFICERS[oid - 1]
        return o[6] <= d and (o[7] is None or d <= o[7])

    orders, appts, sessions = [], [], []
    for k in range(1, 131):
        who = k if k <= 115 else r.randint(1, 115)
        typ = r.choices(["CO", "SSO", "LIC"], weights=[45, 25, 30])[0]
        start = day_between(r, D(2022, 7, 1), D(2025, 5, 30))
        months = r.choice([6, 12, 12, 18, 24]) if typ != "LIC" else r.choice([6, 9, 12, 18])
        end = start + dt.timedelta(days=round(months * 30.4))
        risk = ofndrs[who - 1][6]
        grades = ("PO",) if risk in ("H", "V") else ("PO", "PSO")
        pool = [o[0] for o in PB_OFFICERS if o[3] in grades and on(o[0], start) and (o[7] is None or o[7] > start + dt.timedelta(days=200))]
        officer = r.choice(pool)
        upw = r.choice([h for h in (40, 60, 80, 100, 120, 150) if h <= months * 12]) if typ != "LIC" and r.random() < 0.5 else None
        term, reason = None, None
        x = r.random()
        if x < 0.12:
            br = start + dt.timedelta(days=r.randint(40, 250))
            if br <= LAST and br < end:
                term, reason = br, "BRC"
        elif x < 0.16:
            rv = start + dt.timedelta(days=r.randint(60, 200))
            if rv <= LAST and rv < end:
                term, reason = rv, "REV"
        if term is None and end <= LAST:
            term, reason = end, "CMP"
        # an officer who has left hands live orders over to a colleague in the same office
        first_officer = officer
        o = PB_OFFICERS[officer - 1]
        if o[7] is not None and (term is None or term > o[7]):
            officer = r.choice([p[0] for p in PB_OFFICERS if p[4] == o[4] and p[3] in grades and p[7] is None and p[0] != officer])
        orders.append((k, who, officer, typ, _iso(start), _iso(end), _iso(term), reason, upw))
        stop = min(term or D(2025, 7, 31), D(2025, 7, 31))
        d = max(start + dt.timedelta(days=r.randint(3, 10)), D(2024, 10, 1) + dt.timedelta(days=r.randint(0, 30)))
        while d <= stop:
            wd = _weekday(d)
            if wd > stop:
                break
            att = None if wd > LAST else r.choices(["ATT", "DNA", "AA"], weights=[80, 12, 8])[0]
            seen_by = first_officer if on(first_officer, wd) else officer
            appts.append((k, seen_by, _iso(wd), r.choices(["F2F", "TEL", "HV"], weights=[65, 25, 10])[0], att))
            d = wd + dt.timedelta(days=r.choice([28, 35, 42, 49]))
        if upw:
            hrs_done = 0.0
            sd = start + dt.timedelta(days=r.randint(10, 25))
            town = PB_OFFICES[PB_OFFICERS[officer - 1][4] - 1][2]
            local = [p[0] for p in PB_PROJECTS if p[2] == town] or [1, 2]
            limit = min(term or LAST, LAST)
            target = upw if reason == "CMP" else upw * r.uniform(0.2, 0.8)
            while sd <= limit and hrs_done < target:
                h = min(r.choice([7.0, 7.0, 7.0, 6.0, 3.5]), upw - hrs_done)
                open_now = [p for p in local if PB_PROJECTS[p - 1][3] == "Y" or sd < D(2024, 10, 1)] or [1]
                sessions.append((k, r.choice(open_now), _iso(_weekday(sd)), h))
                hrs_done += h
                sd = _weekday(sd + dt.timedelta(days=r.choice([7, 7, 7, 14] if reason == "CMP" else [7, 7, 14, 21])))
    insert(c, "ordr", orders)
    appts.sort(key=lambda a: (str(a[2]), int(str(a[0]))))
    insert(c, "apptmt", [(k, *a) for k, a in enumerate(appts, 1)])
    sessions.sort(key=lambda s: (str(s[2]), int(str(s[0]))))
    insert(c, "wrk_sssn", [(k, *s) for k, s in enumerate(sessions, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- landregistry
LR_DISTRICTS = [
    ("BRK", "Breckland", "Norfolk", "NK"), ("BRD", "Broadland", "Norfolk", "NK"),
    ("KLW", "King's Lynn and West Norfolk", "Norfolk", "NK"), ("NNF", "North Norfolk", "Norfolk", "NK"),
    ("NOR", "Norwich", "Norfolk", "NK"), ("IPS", "Ipswich", "Suffolk", "SK"), ("ESF", "East Suffolk", "Suffolk", "SK"),
]  # fmt: skip
LR_TOWNS = {
    "BRK": ["Dereham", "Thetford", "Swaffham", "Attleborough"], "BRD": ["Aylsham", "Wroxham", "Sprowston"],
    "KLW": ["King's Lynn", "Hunstanton", "Downham Market"], "NNF": ["Cromer", "Holt", "Sheringham", "Wells"],
    "NOR": ["Norwich"], "IPS": ["Ipswich"], "ESF": ["Lowestoft", "Felixstowe", "Woodbridge", "Southwold"],
}  # fmt: skip
LR_POSTCODES = {
    "Dereham": "NR19", "Thetford": "IP24", "Swaffham": "PE37", "Attleborough": "NR17", "Aylsham": "NR11",
    "Wroxham": "NR12", "Sprowston": "NR7", "King's Lynn": "PE30", "Hunstanton": "PE36", "Downham Market": "PE38",
    "Cromer": "NR27", "Holt": "NR25", "Sheringham": "NR26", "Wells": "NR23", "Norwich": "NR2", "Ipswich": "IP4",
    "Lowestoft": "NR32", "Felixstowe": "IP11", "Woodbridge": "IP12", "Southwold": "IP18",
}  # fmt: skip
LR_STREETS = [
    "Mill Lane", "Church Street", "Station Road", "The Green", "Victoria Road", "High Street", "Orchard Close",
    "Beech Avenue", "Park Road", "Manor Way", "Quay Street", "Yarmouth Road", "Abbey Road", "Cliff Road",
]  # fmt: skip
LR_LENDERS = [
    ("NWB", "NatWest"), ("BARC", "Barclays Bank UK PLC"), ("HSBC", "HSBC UK Bank plc"),
    ("NBS", "Nationwide Building Society"), ("SANT", "Santander UK plc"), ("LLOY", "Lloyds Bank plc"),
    ("YBS", "Yorkshire Building Society"), ("CBS", "Coventry Building Society"),
]  # fmt: skip
LR_COMPANIES = ["Anglia Homes Ltd", "Broadland Lettings Ltd", "Wensum Property Co Ltd", "Coastline Estates Ltd",
                "Fenland Housing Association"]  # fmt: skip


def _tr1_fee(price: int | None) -> int:
    if price is None or price <= 80_000:
        return 20
    for cap, fee in ((100_000, 40), (200_000, 100), (500_000, 150), (1_000_000, 295)):
        if price <= cap:
            return fee
    return 500


def build_landregistry(path: Path) -> None:
    r = random.Random(71005)
    c = fresh_db(
        path,
        """
        CREATE TABLE district (district_code TEXT PRIMARY KEY, district_name TEXT NOT NULL, county TEXT NOT NULL);
        CREATE TABLE title (title_number TEXT PRIMARY KEY,
            district_code TEXT NOT NULL REFERENCES district(district_code), address TEXT NOT NULL,
            postcode TEXT NOT NULL, tenure TEXT NOT NULL, title_class TEXT NOT NULL, property_type TEXT NOT NULL,
            first_registered DATE NOT NULL);
        CREATE TABLE transfer (title_number TEXT NOT NULL REFERENCES title(title_number), transfer_date DATE NOT NULL,
            price_paid INTEGER, new_build TEXT NOT NULL DEFAULT 'N', PRIMARY KEY (title_number, transfer_date));
        CREATE TABLE proprietor (title_number TEXT NOT NULL, transfer_date DATE NOT NULL,
            proprietor_name TEXT NOT NULL, proprietor_kind TEXT NOT NULL,
            PRIMARY KEY (title_number, transfer_date, proprietor_name),
            FOREIGN KEY (title_number, transfer_date) REFERENCES transfer(title_number, transfer_date));
        CREATE TABLE lender (lender_code TEXT PRIMARY KEY, lender_name TEXT NOT NULL);
        CREATE TABLE charge (title_number TEXT NOT NULL REFERENCES title(title_number), charge_date DATE NOT NULL,
            lender_code TEXT NOT NULL REFERENCES lender(lender_code), amount INTEGER NOT NULL, discharged_on DATE,
            PRIMARY KEY (title_number, charge_date));
        CREATE TABLE application (application_ref TEXT PRIMARY KEY,
            title_number TEXT NOT NULL REFERENCES title(title_number), app_type TEXT NOT NULL, lodged_on DATE NOT NULL,
            completed_on DATE, status TEXT NOT NULL, fee INTEGER NOT NULL);
        """,
    )
    insert(c, "district", [d[:3] for d in LR_DISTRICTS])
    insert(c, "lender", LR_LENDERS)
    people = full_names(r, 900)
    pi = iter(people)
    titles, transfers, props, charges, apps = [], [], [], [], []
    used_numbers: set[str] = set()
    base = {"D": 330_000, "S": 240_000, "T": 200_000, "F": 150_000}
    dist_factor = {"BRK": 0.9, "BRD": 1.0, "KLW": 0.85, "NNF": 1.2, "NOR": 1.05, "IPS": 0.95, "ESF": 1.1}

    def value(ptype: str, dcode: str, when: dt.date) -> int:
        years = (when - D(2025, 1, 1)).days / 365.25
        v = base[ptype] * dist_factor[dcode] * (1.045**years) * r.uniform(0.75, 1.3)
        return int(round(v / 250) * 250)

    for _k in range(120):
        dcode = r.choices([d[0] for d in LR_DISTRICTS], weights=[14, 13, 13, 15, 20, 12, 13])[0]
        prefix = dict((d[0], d[3]) for d in LR_DISTRICTS)[dcode]
        num = f"{prefix}{r.randint(100000, 999999)}"
        while num in used_numbers:
            num = f"{prefix}{r.randint(100000, 999999)}"
        used_numbers.add(num)
        ptype = r.choices(["D", "S", "T", "F"], weights=[28, 28, 26, 18])[0]
        tenure = "L" if ptype == "F" or r.random() < 0.05 else "F"
        cls = "G" if tenure == "L" and r.random() < 0.12 else "P" if r.random() < 0.03 else "A"
        town = r.choice(LR_TOWNS[dcode])
        street = r.choice(LR_STREETS)
        addr = f"Flat {r.randint(1, 24)}, {r.randint(1, 60)} {street}, {town}" if ptype == "F" else f"{r.randint(1, 140)} {street}, {town}"
        pc = f"{LR_POSTCODES[town]} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        newbuild = r.random() < 0.12
        first = day_between(r, D(2023, 1, 1), D(2025, 3, 1)) if newbuild else day_between(r, D(1994, 1, 1), D(2021, 12, 31))
        titles.append((num, dcode, addr, pc, tenure, cls, ptype, _iso(first)))
        events = [first]
        d = first
        while True:
            d = d + dt.timedelta(days=r.randint(1500, 5200))
            if d > LAST:
                break
            events.append(d)
        if not newbuild and r.random() < 0.35:
            extra = day_between(r, D(2023, 1, 1), D(2025, 6, 2))
            if extra - events[-1] > dt.timedelta(days=200):
                events.append(extra)
        live_charge: tuple[str, dt.date] | None = None
        for n, ed in enumerate(events):
            gift = n > 0 and r.random() < 0.06
            price = None if gift else value(ptype, dcode, ed)
            nb = "Y" if newbuild and n == 0 else "N"
            transfers.append((num, ed, price, nb))
            if r.random() < 0.07 and n > 0:
                owners = [(r.choice(LR_COMPANIES), "C")]
            elif n == 0 and newbuild and r.random() < 0.15:
                owners = [(r.choice(LR_COMPANIES), "C")]
            else:
                owners = [(next(pi), "I") for _ in range(r.choice([1, 2, 2]))]
            for nm, kind in owners:
                props.append((num, _iso(ed), nm, kind))
            if live_charge is not None:
                charges[-1] = (*charges[-1][:4], ed)
                if ed >= START:
                    apps.append((num, "DS1", ed, 0))
                live_charge = None
            if price is not None and owners[0][1] == "I" and r.random() < 0.72:
                loan = int(round(price * r.uniform(0.55, 0.9) / 1000) * 1000)
                charges.append((num, ed, r.choice(LR_LENDERS)[0], loan, None))
                live_charge = (num, ed)
                if ed >= START:
                    apps.append((num, "CH1", ed, 20))
            if ed >= START:
                apps.append((num, "TR1", ed, _tr1_fee(price)))
        # some owners remortgage part way through
        if live_charge and r.random() < 0.3:
            rem = charges[-1][1] + dt.timedelta(days=r.randint(700, 2200))
            if rem <= LAST and rem > START:
                old = charges[-1]
                charges[-1] = (*old[:4], rem)
                charges.append((num, rem, r.choice([lc for lc, _n in LR_LENDERS if lc != old[2]]), int(old[3] * 0.9 // 1000 * 1000), None))
                apps.append((num, "DS1", rem, 0))
                apps.append((num, "CH1", rem, 20))
    insert(c, "title", titles)
    transfers.sort(key=lambda t: (t[1], t[0]))
    insert(c, "transfer", [(t[0], _iso(t[1]), t[2], t[3]) for t in transfers])
    insert(c, "proprietor", props)
    charges.sort(key=lambda ch: (ch[1], ch[0]))
    insert(c, "charge", [(t, _iso(d), lc, a, _iso(dis)) for t, d, lc, a, dis in charges])
    rows = []
    for num, typ, ed, fee in apps:
        lodged = ed + dt.timedelta(days=r.randint(0, 6))
        done_on = lodged + dt.timedelta(days=r.randint(4, 70))
        rows.append((num, typ, min(lodged, LAST), min(done_on, LAST), "C", fee))
    tnums = [t[0] for t in titles]
    for _ in range(22):
        rows.append((r.choice(tnums), r.choices(["TR1", "CH1", "DS1", "AP1"], weights=[40, 25, 15, 20])[0],
                     day_between(r, D(2025, 3, 10), LAST), None, "P", 0))  # fmt: skip
    for _ in range(9):
        rows.append((r.choice(tnums), r.choice(["TR1", "AP1", "CH1"]), day_between(r, START, D(2025, 4, 30)), None, "X", 0))
    rows.sort(key=lambda a: (a[2], a[0], a[1]))
    seq: dict[int, int] = {}
    out = []
    for num, typ, lodged, done_on, st, fee in rows:
        seq[lodged.year] = seq.get(lodged.year, 0) + r.randint(3, 40)
        if st != "C":
            fee = {"TR1": r.choice([40, 100, 150]), "CH1": 20, "DS1": 0, "AP1": 20}[typ]
        out.append((f"A{lodged.year % 100:02d}/{seq[lodged.year]:06d}", num, typ, _iso(lodged), _iso(done_on), st, fee))
    insert(c, "application", out)
    done(c)


# ---------------------------------------------------------------------------------------------------- prisonvisits
PV_PRISONS = [
    (1, "HMP Ravensmoor", "B", "Durham", 620), (2, "HMP Fellgate", "C", "Carlisle", 480),
    (3, "HMP Eastmarsh", "C", "Hull", 710), (4, "HMP Lowther Park", "D", "Penrith", 300),
    (5, "HMP Saltburn Rise", "B", "Middlesbrough", 540),
]  # fmt: skip
PV_TOWNS = ["Durham", "Sunderland", "Carlisle", "Hull", "Penrith", "Middlesbrough", "Newcastle", "Leeds", "York",
            "Darlington"]  # fmt: skip
PV_RELATIONS = [
    ("Partner", 22), ("Mother", 20), ("Father", 9), ("Sister", 9), ("Brother", 7), ("Daughter", 6), ("Son", 5),
    ("Friend", 14), ("Grandmother", 4), ("Aunt", 2), ("Uncle", 2),
]  # fmt: skip
PV_SEX = {"Mother": "F", "Father": "M", "Sister": "F", "Brother": "M", "Daughter": "F", "Son": "M", "Grandmother": "F",
          "Aunt": "F", "Uncle": "M"}  # fmt: skip


def build_prisonvisits(path: Path) -> None:
    r = random.Random(71006)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Prisons" ("Prison ID" INTEGER PRIMARY KEY, "Prison Name" TEXT NOT NULL,
            "Security Category" TEXT NOT NULL, "Town" TEXT NOT NULL, "Operational Capacity" INTEGER NOT NULL);
        CREATE TABLE "Prisoners" ("Prisoner ID" INTEGER PRIMARY KEY, "Prison Number" TEXT NOT NULL UNIQUE,
            "First Name" TEXT NOT NULL, "Last Name" TEXT NOT NULL,
            "Prison ID" INTEGER NOT NULL REFERENCES "Prisons"("Prison ID"), "Reception Date" DATE NOT NULL,
            "Release Date" DATE, "Incentive Level" TEXT NOT NULL);
        CREATE TABLE "Visitors" ("Visitor ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Town" TEXT NOT NULL,
            "Date Of Birth" DATE NOT NULL, "Banned" TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE "Approved Contacts" ("Prisoner ID" INTEGER NOT NULL REFERENCES "Prisoners"("Prisoner ID"),
            "Visitor ID" INTEGER NOT NULL REFERENCES "Visitors"("Visitor ID"), "Relationship" TEXT NOT NULL,
            "Approved On" DATE NOT NULL, PRIMARY KEY ("Prisoner ID", "Visitor ID"));
        CREATE TABLE "Visit Sessions" ("Session ID" INTEGER PRIMARY KEY,
            "Prison ID" INTEGER NOT NULL REFERENCES "Prisons"("Prison ID"), "Session Date" DATE NOT NULL,
            "Start Time" TEXT NOT NULL, "Duration Minutes" INTEGER NOT NULL, "Places" INTEGER NOT NULL,
            "Session Type" TEXT NOT NULL);
        CREATE TABLE "Visit Bookings" ("Booking ID" INTEGER PRIMARY KEY,
            "Session ID" INTEGER NOT NULL REFERENCES "Visit Sessions"("Session ID"),
            "Prisoner ID" INTEGER NOT NULL REFERENCES "Prisoners"("Prisoner ID"),
            "Lead Visitor ID" INTEGER NOT NULL REFERENCES "Visitors"("Visitor ID"),
            "Number Of Visitors" INTEGER NOT NULL, "Booked On" DATE NOT NULL, "Status" TEXT NOT NULL);
        """,
    )
    insert(c, "Prisons", PV_PRISONS)
    men = [(g, f) for g in GIVEN if g not in FEMALE for f in FAMILY]
    r.shuffle(men)
    prisoners = []
    for k in range(1, 141):
        f, s = men[k - 1]
        number = f"{r.choice('AG')}{r.randint(1000, 9999)}{r.choice('ABCDEFHKLMNPRSTW')}{r.choice('ABCDEFHKLMNPRSTW')}"
        prison = r.choices([1, 2, 3, 4, 5], weights=[24, 20, 26, 12, 18])[0]
        recv = day_between(r, D(2018, 1, 1), D(2025, 5, 20))
        rel = day_between(r, max(recv + dt.timedelta(days=120), D(2024, 1, 1)), LAST) if r.random() < 0.16 and recv < D(2025, 1, 1) else None
        if rel is not None and rel > LAST:
            rel = None
        level = r.choices(["Basic", "Standard", "Enhanced"], weights=[9, 55, 36])[0]
        prisoners.append((k, number, f, s, prison, _iso(recv), _iso(rel), level))
    insert(c, "Prisoners", prisoners)
    women = [g for g in GIVEN if g in FEMALE]
    menfirst = [g for g in GIVEN if g not in FEMALE]
    taken = {f"{f} {s}" for _k, _n, f, s, *_rest in prisoners}
    visitors: list[tuple[object, ...]] = []
    vsex: dict[int, str] = {}

    def new_visitor(sex: str, surname: str | None) -> int:
        name = ""
        while not name or name in taken:
            fam = surname if surname and r.random() < 0.8 else r.choice(FAMILY)
            name = f"{r.choice(women if sex == 'F' else menfirst)} {fam}"
        taken.add(name)
        k = len(visitors) + 1
        born = day_between(r, D(1945, 1, 1), D(2006, 12, 31))
        visitors.append((k, name, r.choice(PV_TOWNS), _iso(born), "Y" if r.random() < 0.04 else "N"))
        vsex[k] = sex
        return k

    contacts: dict[int, list[tuple[int, dt.date]]] = {}
    rows = []
    for p in prisoners:
        pid, recv, surname = int(str(p[0])), D.fromisoformat(str(p[5])), str(p[3])
        for _ in range(r.choice([0, 1, 1, 2, 2, 2, 3])):
            rel = _weighted(r, PV_RELATIONS)
            if rel in ("Mother", "Father", "Partner") and any(x[0] == pid and x[2] == rel for x in rows):
                rel = "Friend"
            if rel == "Friend" and len(visitors) > 30 and r.random() < 0.25:
                v = r.choice([k for k in vsex if k not in {x for x, _d in contacts.get(pid, [])}])
            else:
                sex = PV_SEX.get(rel) or ("F" if rel == "Partner" and r.random() < 0.85 else r.choice("MF"))
                v = new_visitor(sex, None if rel in ("Partner", "Friend") else surname)
            appr = min(recv + dt.timedelta(days=r.randint(5, 60)), LAST)
            contacts.setdefault(pid, []).append((v, appr))
            rows.append((pid, v, rel, _iso(appr)))
    insert(c, "Visitors", visitors)
    insert(c, "Approved Contacts", rows)
    sessions = []
    d = D(2024, 9, 2)
    while d <= D(2025, 7, 13):
        for pid in (1, 2, 3, 4, 5):
            if r.random() < 0.16 and d.weekday() in (1, 3, 5, 6):
                typ = "Family Day" if r.random() < 0.12 else "Video" if r.random() < 0.15 else "Social"
                mins = 180 if typ == "Family Day" else 30 if typ == "Video" else r.choice([60, 90, 90, 120])
                sessions.append((pid, d, r.choice(["09:30", "14:00", "14:00"]), mins, r.choice([12, 16, 20, 24]), typ))
        d += dt.timedelta(days=1)
    sessions = [x for x in sessions if x[1] != TODAY]
    insert(c, "Visit Sessions", [(k, p, _iso(sd), t, m, pl, ty) for k, (p, sd, t, m, pl, ty) in enumerate(sessions, 1)])
    bookings = []
    for k, (pid, sd, _t, _m, places, typ) in enumerate(sessions, 1):
        here = [
            p for p in prisoners
            if p[4] == pid and D.fromisoformat(str(p[5])) < sd and (p[6] is None or D.fromisoformat(str(p[6])) > sd)
            and int(str(p[0])) in contacts
        ]  # fmt: skip
        for p in r.sample(here, min(len(here), r.randint(1, max(2, places // 4)))):
            booked = sd - dt.timedelta(days=r.randint(1, 21))
            opts = [v for v, appr in contacts[int(str(p[0]))] if appr <= booked and (sd < D(2025, 1, 1) or visitors[v - 1][4] == "N")]
            if not opts:
                continue
            lead = r.choice(opts)
            n = r.choice([1, 1, 2, 2, 3]) if typ != "Video" else 1
            if typ == "Family Day":
                n = r.choice([3, 4, 5])
            if sd > LAST:
                st = "C" if r.random() < 0.06 else "B"
            else:
                st = r.choices(["A", "C", "N"], weights=[82, 11, 7])[0]
            if booked > LAST:
                continue
            bookings.append((k, p[0], lead, n, _iso(booked), st))
    insert(c, "Visit Bookings", [(k, *b) for k, b in enumerate(bookings, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "coroner": build_coroner,
    "juryservice": build_juryservice,
    "tribunal": build_tribunal,
    "probation": build_probation,
    "landregistry": build_landregistry,
    "prisonvisits": build_prisonvisits,
}
