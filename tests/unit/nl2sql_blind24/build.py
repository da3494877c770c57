"""Deterministic SQLite databases for a twenty-fourth blind NL→SQL evaluation: schemas rich in time.

Six schemas where dates, timestamps and durations carry the questions.  Dates are ISO text
(``YYYY-MM-DD``), timestamps are ``YYYY-MM-DD HH:MM:SS`` text, some tables keep a separate date and a
``HH:MM`` time column.  Data lies around 2023-2025; the tests' today is 2025-06-15.

* ``hospital``: ``wards`` (``bed_count``), ``doctors`` (``specialty``, ``ward_id``), ``patients``
  (``birth_date``, ``sex`` F/M, a NULL ``phone`` for some), ``admissions`` (``admitted_at`` and
  ``discharged_at`` timestamps, ``discharged_at`` NULL while the patient is still in; ``admission_type``
  coded EM emergency / EL elective / TR transfer; ``discharge_to`` coded HOME / CARE (care home) / DIED,
  NULL while still admitted) and ``procedures`` (``performed_at`` timestamp, ``duration_min``).
* ``callcentre``: ``agents`` (``team``, ``hired_on``, a NULL ``left_on`` while employed), ``shifts``
  (separate ``shift_date`` and ``start_time``/``end_time`` ``HH:MM`` columns), ``customers``
  (``signed_up_on``, ``tier`` basic/premium), ``calls`` (``started_at`` when answered, or
  when it came in for an abandoned call; ``ended_at`` NULL for abandoned calls; ``wait_seconds`` queued
  before the answer; ``direction`` IN/OUT, ``outcome`` RES resolved / ESC escalated / ABN abandoned, a NULL
  ``agent_id`` for abandoned calls, a NULL ``customer_id`` for unknown callers) and ``callbacks``
  (``due_at`` timestamp, a NULL ``done_at`` while still pending).
* ``carshare``: ``stations`` (``district``), ``cars`` (``fuel_type`` EV/PET petrol/HYB hybrid,
  ``commissioned_on``, a NULL ``retired_on`` while in service), ``members`` (``birth_date``, ``joined_on``,
  ``licence_expires_on``), ``plans`` (``monthly_fee``, ``hourly_rate``), ``subscriptions`` (``valid_from``,
  a NULL ``valid_to`` for open-ended) and ``bookings`` (``booked_at``, planned ``start_at``/``end_at``,
  actual ``returned_at`` NULL when cancelled or still out, ``status`` DONE / CNX cancelled / OUT on the road
  now / BKD booked for later, ``km_driven`` NULL unless done).
* ``devteam``: a software team: ``developers`` (``role``, ``joined_on``, a NULL ``left_on`` while on the
  team), ``sprints`` (``name``, ``start_date``, ``end_date``), ``tickets`` (``ticket_key`` like APP-101,
  ``kind`` bug/feature/chore, ``priority`` P1 (highest) to P4, a NULL ``sprint_id`` for backlog, a NULL
  ``assignee_id`` while unassigned, ``created_at`` timestamp, a NULL ``due_date`` when none,
  ``resolved_at`` timestamp NULL while open, ``story_points``), ``ticket_events`` (an event log:
  ``event_type`` created/assigned/commented/resolved/reopened, ``occurred_at``) and ``work_logs``
  (``logged_on``, ``minutes``).
* ``cinema``: ``films`` (``genre``, ``runtime_minutes``, ``release_date``, ``age_rating``), ``screens``
  (``seats``, ``is_imax``), ``screenings`` (separate ``screening_date`` and ``start_time``, ``language``
  OV original / DUB dubbed), ``customers`` (``birth_date``, a NULL ``loyalty_since`` for non-members) and
  ``ticket_sales`` (``sold_at`` timestamp, ``ticket_type`` ADU adult / CHD child / SEN senior / STU
  student, ``price``, a NULL ``customer_id`` for walk-ins, a NULL ``refunded_at`` unless refunded).
* ``payroll``: ``departments``, ``employees`` (``birth_date``, ``hire_date``, a NULL ``termination_date``
  while employed, ``employment_type`` FT full-time / PT part-time / CT contractor), ``pay_rates``
  (``hourly_rate``, ``valid_from``, a NULL ``valid_to`` for the current rate), ``pay_periods``
  (``period_start``, ``period_end``, ``pay_date``; monthly), ``timesheets`` (``work_date``, ``clock_in`` and
  ``clock_out`` ``HH:MM``, ``clock_out`` NULL when forgotten, ``break_minutes``, a NULL ``approved_at``
  while unapproved) and ``payslips`` (``gross_pay``, ``tax``, ``net_pay``, a NULL ``paid_at`` while unpaid).

The questions in ``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests that must be refused)
were written against these schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, FEMALE, GIVEN
from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

FIRST = GIVEN
LAST = FAMILY
D = dt.date
DT = dt.datetime
TODAY = D(2025, 6, 15)
NOW = DT(2025, 6, 15, 9, 0, 0)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in FIRST for f in LAST]
    r.shuffle(pairs)
    return pairs[:n]


def _ts(t: DT) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def _at(d: dt.date, minute_of_day: int) -> DT:
    return DT(d.year, d.month, d.day) + dt.timedelta(minutes=minute_of_day)


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_hospital(path: Path) -> None:
    """wards, doctors, patients, admissions and procedures."""
    r = random.Random(2401)
    c = _db(
        path,
        """
        CREATE TABLE wards(id INTEGER PRIMARY KEY, name TEXT NOT NULL, floor INTEGER, bed_count INTEGER);
        CREATE TABLE doctors(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            specialty TEXT, ward_id INTEGER REFERENCES wards(id));
        CREATE TABLE patients(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            birth_date TEXT, sex TEXT, phone TEXT);
        CREATE TABLE admissions(id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients(id),
            ward_id INTEGER REFERENCES wards(id), doctor_id INTEGER REFERENCES doctors(id), admitted_at TEXT,
            discharged_at TEXT, admission_type TEXT, discharge_to TEXT);
        CREATE TABLE procedures(id INTEGER PRIMARY KEY, admission_id INTEGER REFERENCES admissions(id),
            name TEXT NOT NULL, performed_at TEXT, duration_min INTEGER);
    """,
    )
    wards = [
        (1, "Cardiology", 3, 24),
        (2, "Orthopaedics", 2, 30),
        (3, "Maternity", 1, 18),
        (4, "Paediatrics", 1, 20),
        (5, "Oncology", 4, 16),
        (6, "General Surgery", 2, 28),
    ]
    _ins(c, "wards", wards)
    specs = {1: "cardiology", 2: "orthopaedics", 3: "obstetrics", 4: "paediatrics", 5: "oncology", 6: "surgery"}
    docs = []
    for i, (g, f) in enumerate(_people(r, 14), start=1):
        w = (i - 1) % 6 + 1
        docs.append((i, g, f, specs[w], w))
    _ins(c, "doctors", docs)
    patients = []
    for i, (g, f) in enumerate(_people(r, 160), start=1):
        born = _day(r, D(1935, 1, 1), 32000)
        sex = "F" if g in FEMALE else "M"
        phone = None if i % 9 == 0 else f"07{r.randrange(100000000, 999999999)}"
        patients.append((i, g, f, born.isoformat(), sex, phone))
    _ins(c, "patients", patients)
    adm = []
    for i in range(1, 321):
        p = r.choice(patients)
        w = r.choices(wards, weights=[5, 6, 3, 3, 4, 6])[0][0]
        if p[4] == "M" and w == 3:
            w = 6
        doc = r.choice([d for d in docs if d[4] == w])[0]
        start = _at(_day(r, D(2023, 1, 1), 895), r.randrange(0, 1440))
        start = start.replace(second=0)
        typ = r.choices(["EM", "EL", "TR"], weights=[6, 4, 1])[0]
        stay_h = int(r.expovariate(1 / 90)) + r.randint(3, 30)
        end = start + dt.timedelta(hours=stay_h, minutes=r.randrange(60))
        disch, to = _ts(end), r.choices(["HOME", "CARE", "DIED"], weights=[20, 3, 1])[0]
        if end >= NOW:
            disch, to = None, None
        adm.append((i, p[0], w, doc, _ts(start), disch, typ, to))
    # a few patients still in, admitted recently
    for i in range(321, 331):
        p = patients[(i * 7) % 160]
        w = wards[i % 6][0]
        if p[4] == "M" and w == 3:
            w = 1
        doc = next(d for d in docs if d[4] == w)[0]
        start = _at(TODAY - dt.timedelta(days=(i % 9) + 1), 60 * (i % 24) + 7)
        adm.append((i, p[0], w, doc, _ts(start), None, "EM" if i % 3 else "EL", None))
    _ins(c, "admissions", adm)
    names = [("Appendectomy", 6, 75), ("Hip replacement", 2, 140), ("Knee arthroscopy", 2, 55),
             ("Angioplasty", 1, 95), ("Caesarean section", 3, 60), ("Chemotherapy session", 5, 240),
             ("Colonoscopy", 6, 35), ("Echocardiogram", 1, 40), ("Fracture fixation", 2, 110),
             ("Tonsillectomy", 4, 45)]  # fmt: skip
    procs = []
    pid = 1
    for a in adm:
        cands = [n for n in names if n[1] == a[2]]
        if not cands or r.random() < 0.45:
            continue
        nm = r.choice(cands)
        st = DT.fromisoformat(a[4])
        en = DT.fromisoformat(a[5]) if a[5] else NOW
        span = max(1, int((en - st).total_seconds() // 60) - 30)
        when = st + dt.timedelta(minutes=r.randrange(span))
        procs.append((pid, a[0], nm[0], _ts(when.replace(second=0)), nm[2] + r.randint(-15, 25)))
        pid += 1
    _ins(c, "procedures", procs)
    _done(c)


def build_callcentre(path: Path) -> None:
    """agents, shifts (date + HH:MM times), customers, calls and callbacks."""
    r = random.Random(2402)
    c = _db(
        path,
        """
        CREATE TABLE agents(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            team TEXT, hired_on TEXT, left_on TEXT);
        CREATE TABLE shifts(id INTEGER PRIMARY KEY, agent_id INTEGER REFERENCES agents(id), shift_date TEXT,
            start_time TEXT, end_time TEXT);
        CREATE TABLE customers(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, phone TEXT, signed_up_on TEXT,
            tier TEXT);
        CREATE TABLE calls(id INTEGER PRIMARY KEY, agent_id INTEGER REFERENCES agents(id),
            customer_id INTEGER REFERENCES customers(id), started_at TEXT, ended_at TEXT, wait_seconds INTEGER,
            direction TEXT, outcome TEXT);
        CREATE TABLE callbacks(id INTEGER PRIMARY KEY, call_id INTEGER REFERENCES calls(id), due_at TEXT,
            done_at TEXT);
    """,
    )
    agents = []
    teams = ["billing", "technical", "sales"]
    for i, (g, f) in enumerate(_people(r, 14), start=1):
        hired = _day(r, D(2022, 6, 1), 900)
        left = None
        if i in (4, 11):
            left = D(2025, 3, 20 + i).isoformat() if i == 4 else "2025-05-09"
        agents.append((i, g, f, teams[i % 3], hired.isoformat(), left))
    _ins(c, "agents", agents)
    slots = [("06:00", "14:00"), ("08:00", "16:00"), ("09:00", "17:30"), ("14:00", "22:00"), ("12:00", "18:00")]
    shifts = []
    sid = 1
    d = D(2025, 4, 1)
    while d <= D(2025, 6, 21):
        for a in agents:
            if a[5] and d.isoformat() >= a[5]:
                continue
            if d.weekday() >= 5 and a[0] % 3:
                continue
            if r.random() < 0.33:
                s = slots[(a[0] + d.day) % 5] if a[0] != 7 else slots[3]
                shifts.append((sid, a[0], d.isoformat(), s[0], s[1]))
                sid += 1
        d += dt.timedelta(days=1)
    _ins(c, "shifts", shifts)
    custs = []
    for i, (g, f) in enumerate(_people(r, 90), start=1):
        custs.append((i, f"{g} {f}", None if i % 8 == 0 else f"+44 20 {r.randrange(10000000, 99999999)}",
                      _day(r, D(2021, 1, 1), 1500).isoformat(), "premium" if i % 4 == 0 else "basic"))  # fmt: skip
    _ins(c, "customers", custs)
    calls = []
    for i in range(1, 401):
        dd = _day(r, D(2025, 1, 1), 165)
        start = _at(dd, int(r.triangular(7 * 60, 21 * 60, 11 * 60))) + dt.timedelta(seconds=r.randrange(60))
        outcome = r.choices(["RES", "ESC", "ABN"], weights=[14, 4, 2])[0]
        direction = "OUT" if r.random() < 0.2 and outcome != "ABN" else "IN"
        wait = r.randint(5, 600) if direction == "IN" else 0
        if outcome == "ABN":
            agent, dur = None, 0
        else:
            pool = [a for a in agents if a[4] <= dd.isoformat() and (a[5] is None or a[5] > dd.isoformat())]
            agent = r.choice(pool)[0]
            dur = int(r.expovariate(1 / 380)) + 40
        ended = None if outcome == "ABN" else _ts(start + dt.timedelta(seconds=dur))
        cust = None if r.random() < 0.12 else r.randint(1, 90)
        calls.append((i, agent, cust, _ts(start), ended, wait, direction, outcome))
    _ins(c, "calls", calls)
    cbs = []
    k = 1
    for cl in calls:
        if cl[7] == "ESC" or (cl[7] == "ABN" and cl[2] is not None):
            due = DT.fromisoformat(cl[3]) + dt.timedelta(hours=r.choice([4, 24, 48]))
            done = due + dt.timedelta(minutes=r.randint(-200, 600))
            dn = None if done >= NOW or r.random() < 0.1 else _ts(done)
            cbs.append((k, cl[0], _ts(due), dn))
            k += 1
    _ins(c, "callbacks", cbs)
    _done(c)


def build_carshare(path: Path) -> None:
    """stations, cars, members, plans, subscriptions (valid_from/valid_to) and bookings."""
    r = random.Random(2403)
    c = _db(
        path,
        """
        CREATE TABLE stations(id INTEGER PRIMARY KEY, name TEXT NOT NULL, district TEXT);
        CREATE TABLE cars(id INTEGER PRIMARY KEY, plate TEXT NOT NULL, model TEXT, fuel_type TEXT,
            station_id INTEGER REFERENCES stations(id), commissioned_on TEXT, retired_on TEXT);
        CREATE TABLE members(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT, birth_date TEXT, joined_on TEXT, licence_expires_on TEXT);
        CREATE TABLE plans(id INTEGER PRIMARY KEY, name TEXT NOT NULL, monthly_fee REAL, hourly_rate REAL);
        CREATE TABLE subscriptions(id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id),
            plan_id INTEGER REFERENCES plans(id), valid_from TEXT, valid_to TEXT);
        CREATE TABLE bookings(id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id),
            car_id INTEGER REFERENCES cars(id), booked_at TEXT, start_at TEXT, end_at TEXT, returned_at TEXT,
            status TEXT, km_driven REAL);
    """,
    )
    stations = [(1, "Central Station", "Mitte"), (2, "Harbour Gate", "Hafen"), (3, "University", "Nord"),
                (4, "Old Market", "Altstadt"), (5, "Airport P3", "Flughafen"), (6, "Riverside", "Süd")]  # fmt: skip
    _ins(c, "stations", stations)
    models = [("Renault Zoe", "EV"), ("VW ID.3", "EV"), ("Toyota Yaris", "HYB"), ("Fiat 500", "PET"),
              ("Tesla Model 3", "EV"), ("Opel Corsa", "PET"), ("Toyota Corolla", "HYB")]  # fmt: skip
    cars = []
    for i in range(1, 37):
        m = models[(i * 5) % 7]
        com = _day(r, D(2022, 3, 1), 900)
        ret = None
        if i in (3, 9, 17, 26, 31):
            ret = (com + dt.timedelta(days=r.randint(300, 700))).isoformat()
            if ret > "2025-06-14":
                ret = "2025-05-30"
        cars.append((i, f"HB-{chr(65 + i % 26)}{chr(70 + i % 17)} {1000 + i * 37}", m[0], m[1],
                     r.randint(1, 6), com.isoformat(), ret))  # fmt: skip
    _ins(c, "cars", cars)
    members = []
    for i, (g, f) in enumerate(_people(r, 110), start=1):
        born = _day(r, D(1955, 1, 1), 17500)
        joined = _day(r, D(2022, 1, 1), 1250)
        lic = _day(r, D(2024, 6, 1), 1500)
        members.append((i, g, f, f"{g.lower()}.{f.lower()}@mail.de", born.isoformat(), joined.isoformat(),
                        lic.isoformat()))  # fmt: skip
    _ins(c, "members", members)
    plans = [
        (1, "Pay As You Go", 0.0, 9.9),
        (2, "Basic", 9.0, 7.5),
        (3, "Commuter", 29.0, 5.9),
        (4, "Unlimited", 79.0, 3.0),
    ]
    _ins(c, "plans", plans)
    subs = []
    k = 1
    for m in members:
        start = D.fromisoformat(m[5])
        plan = r.choices([1, 2, 3, 4], weights=[4, 4, 3, 1])[0]
        while True:
            if r.random() < 0.55:
                subs.append((k, m[0], plan, start.isoformat(), None))
                k += 1
                break
            end = start + dt.timedelta(days=r.randint(60, 500))
            if end >= D(2025, 12, 31):
                subs.append((k, m[0], plan, start.isoformat(), None))
                k += 1
                break
            subs.append((k, m[0], plan, start.isoformat(), end.isoformat()))
            k += 1
            if end > TODAY or r.random() < 0.25:
                break
            start = end + dt.timedelta(days=1)
            plan = r.choice([p for p in (1, 2, 3, 4) if p != plan])
    _ins(c, "subscriptions", subs)
    bookings = []
    for i in range(1, 401):
        m = r.choice(members)
        car = r.choice(cars)
        lo = max(D.fromisoformat(m[5]), D.fromisoformat(car[5]), D(2024, 1, 1))
        hi = D.fromisoformat(car[6]) if car[6] else D(2025, 6, 20)
        if lo >= hi:
            continue
        sd = lo + dt.timedelta(days=r.randrange((hi - lo).days))
        start = _at(sd, r.randrange(6 * 60, 21 * 60, 15))
        end = start + dt.timedelta(minutes=r.choice([60, 90, 120, 180, 240, 360, 480, 1440, 2880]))
        booked = start - dt.timedelta(minutes=r.randint(20, 6000))
        if start > NOW:
            status, ret, km = "CNX" if r.random() < 0.1 else "BKD", None, None
        elif r.random() < 0.1:
            status, ret, km = "CNX", None, None
        elif end > NOW:
            status, ret, km = "OUT", None, None
        else:
            status = "DONE"
            ret = _ts(end + dt.timedelta(minutes=r.randint(-30, 75)))
            km = round(r.uniform(3, 40) * min(6.0, (end - start).total_seconds() / 3600), 1)
        bookings.append((i, m[0], car[0], _ts(booked), _ts(start), _ts(end), ret, status, km))
    _ins(c, "bookings", bookings)
    _done(c)


def build_devteam(path: Path) -> None:
    """developers, sprints, tickets, ticket_events (event log) and work_logs."""
    r = random.Random(2404)
    c = _db(
        path,
        """
        CREATE TABLE developers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, role TEXT,
            joined_on TEXT, left_on TEXT);
        CREATE TABLE sprints(id INTEGER PRIMARY KEY, name TEXT NOT NULL, start_date TEXT, end_date TEXT);
        CREATE TABLE tickets(id INTEGER PRIMARY KEY, ticket_key TEXT NOT NULL, title TEXT NOT NULL, kind TEXT,
            priority TEXT, sprint_id INTEGER REFERENCES sprints(id), assignee_id INTEGER REFERENCES developers(id),
            reporter_id INTEGER REFERENCES developers(id), created_at TEXT, due_date TEXT, resolved_at TEXT,
            story_points INTEGER);
        CREATE TABLE ticket_events(id INTEGER PRIMARY KEY, ticket_id INTEGER REFERENCES tickets(id),
            developer_id INTEGER REFERENCES developers(id), event_type TEXT, occurred_at TEXT);
        CREATE TABLE work_logs(id INTEGER PRIMARY KEY, ticket_id INTEGER REFERENCES tickets(id),
            developer_id INTEGER REFERENCES developers(id), logged_on TEXT, minutes INTEGER);
    """,
    )
    roles = ["backend", "frontend", "qa", "devops", "backend", "frontend", "backend", "qa", "frontend", "backend"]
    devs = []
    for i, (g, f) in enumerate(_people(r, 10), start=1):
        joined = _day(r, D(2022, 1, 1), 800)
        left = {3: "2024-11-29", 8: "2025-04-18"}.get(i)
        devs.append((i, f"{g} {f}", f"{g.lower()}@devco.io", roles[i - 1], joined.isoformat(), left))
    _ins(c, "developers", devs)
    sprints = []
    s0 = D(2024, 7, 1)
    for i in range(1, 27):
        st = s0 + dt.timedelta(days=14 * (i - 1))
        sprints.append((i, f"Sprint {i}", st.isoformat(), (st + dt.timedelta(days=13)).isoformat()))
    _ins(c, "sprints", sprints)
    verbs = ["Fix", "Add", "Refactor", "Update", "Remove", "Improve", "Investigate", "Document"]
    things = ["login flow", "payment webhook", "search index", "CSV export", "dark mode", "rate limiter",
              "user avatar upload", "audit log", "email templates", "session timeout", "API pagination",
              "admin dashboard", "push notifications", "password reset", "billing page", "SSO integration", "order history", "invoice PDF",
              "feature flags", "CI pipeline", "onboarding wizard", "cache layer", "mobile layout"]  # fmt: skip
    titles = [f"{v} {t}" for v in verbs for t in things]
    r.shuffle(titles)
    tickets, events, logs = [], [], []
    ek, lk = 1, 1
    for i in range(1, 181):
        kind = r.choices(["bug", "feature", "chore"], weights=[5, 4, 2])[0]
        pr = r.choices(["P1", "P2", "P3", "P4"], weights=[1, 3, 5, 3])[0]
        created = _at(_day(r, D(2024, 7, 1), 349), r.randrange(8 * 60, 19 * 60)) + dt.timedelta(seconds=r.randrange(60))
        cd = created.date()
        active = [d for d in devs if d[4] <= cd.isoformat() and (d[5] is None or d[5] > cd.isoformat())]
        reporter = r.choice(active)[0]
        assignee = None if r.random() < 0.12 else r.choice(active)[0]
        sprint = None
        if r.random() < 0.8:
            nxt = [s for s in sprints if s[2] >= cd.isoformat()]
            if nxt:
                sprint = nxt[0][0] if r.random() < 0.7 else nxt[min(1, len(nxt) - 1)][0]
        due = None if r.random() < 0.3 else (cd + dt.timedelta(days=r.randint(5, 40))).isoformat()
        resolved = None
        if assignee is not None and r.random() < 0.8:
            rt = created + dt.timedelta(hours=r.randint(2, 24 * 45), minutes=r.randrange(60))
            if rt < NOW:
                resolved = rt
        points = r.choice([1, 2, 3, 5, 8, 13])
        tickets.append((i, f"APP-{100 + i}", titles[i - 1], kind, pr, sprint, assignee, reporter, _ts(created), due,
                        _ts(resolved) if resolved else None, points))  # fmt: skip
        events.append((ek, i, reporter, "created", _ts(created)))
        ek += 1
        if assignee is not None:
            at = created + dt.timedelta(minutes=r.randint(5, 3000))
            if at >= (resolved or NOW):
                at = created + ((resolved or NOW) - created) / 3
            at = at.replace(microsecond=0)
            events.append((ek, i, reporter, "assigned", _ts(at)))
            ek += 1
            end = resolved or NOW
            for _ in range(r.randint(0, 3)):
                ct = (created + (end - created) * r.random()).replace(microsecond=0)
                events.append((ek, i, r.choice(active)[0], "commented", _ts(ct)))
                ek += 1
            if resolved:
                events.append((ek, i, assignee, "resolved", _ts(resolved)))
                ek += 1
                if r.random() < 0.08:
                    ro = resolved + dt.timedelta(hours=r.randint(1, 200))
                    if ro < NOW:
                        events.append((ek, i, reporter, "reopened", _ts(ro)))
                        ek += 1
            span = max(1, ((end.date() - cd).days))
            gone = devs[assignee - 1][5] or "9999"
            for _ in range(r.randint(1, 4)):
                on = (cd + dt.timedelta(days=r.randrange(span))).isoformat()
                if on <= gone:
                    logs.append((lk, i, assignee, on, r.choice([15, 30, 45, 60, 90, 120, 180, 240])))
                    lk += 1
    _ins(c, "tickets", tickets)
    events.sort(key=lambda e: e[4])
    _ins(c, "ticket_events", [(n, *e[1:]) for n, e in enumerate(events, start=1)])
    _ins(c, "work_logs", logs)
    _done(c)


def build_cinema(path: Path) -> None:
    """films, screens, screenings (date + HH:MM), customers and ticket_sales."""
    r = random.Random(2405)
    c = _db(
        path,
        """
        CREATE TABLE films(id INTEGER PRIMARY KEY, title TEXT NOT NULL, genre TEXT, runtime_minutes INTEGER,
            release_date TEXT, age_rating TEXT);
        CREATE TABLE screens(id INTEGER PRIMARY KEY, name TEXT NOT NULL, seats INTEGER, is_imax INTEGER);
        CREATE TABLE screenings(id INTEGER PRIMARY KEY, film_id INTEGER REFERENCES films(id),
            screen_id INTEGER REFERENCES screens(id), screening_date TEXT, start_time TEXT, language TEXT);
        CREATE TABLE customers(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT, birth_date TEXT, loyalty_since TEXT);
        CREATE TABLE ticket_sales(id INTEGER PRIMARY KEY, screening_id INTEGER REFERENCES screenings(id),
            customer_id INTEGER REFERENCES customers(id), sold_at TEXT, ticket_type TEXT, price REAL,
            refunded_at TEXT);
    """,
    )
    films = [
        (1, "The Last Lighthouse", "drama", 128, "2025-01-17", "12A"),
        (2, "Neon Harbor", "thriller", 112, "2025-02-07", "15"),
        (3, "Paws and Claws", "animation", 94, "2025-02-21", "U"),
        (4, "Orbit Zero", "sci-fi", 146, "2025-03-14", "12A"),
        (5, "A Winter in Lisbon", "romance", 105, "2025-03-28", "PG"),
        (6, "Deadline at Dawn", "thriller", 119, "2025-04-11", "15"),
        (7, "The Hollow Crown", "horror", 99, "2025-04-25", "18"),
        (8, "Little Giants", "animation", 88, "2025-05-09", "U"),
        (9, "Salt and Stone", "drama", 137, "2025-05-23", "12A"),
        (10, "Velocity", "action", 124, "2025-06-06", "15"),
        (11, "Midnight Library", "fantasy", 131, "2024-12-13", "PG"),
        (12, "Echoes of Mars", "sci-fi", 158, "2025-06-13", "12A"),
    ]
    _ins(c, "films", films)
    screens = [(1, "Screen 1", 220, 1), (2, "Screen 2", 140, 0), (3, "Screen 3", 96, 0), (4, "Studio", 48, 0)]
    _ins(c, "screens", screens)
    times = ["11:00", "13:30", "15:45", "18:00", "20:30", "22:15"]
    scr = []
    k = 1
    for f in films:
        rel = D.fromisoformat(f[4])
        n = 10 if f[0] not in (12,) else 5
        for j in range(n):
            dd = rel + dt.timedelta(days=r.randrange(0, 40))
            if dd > D(2025, 6, 22):
                dd = rel + dt.timedelta(days=j % 8)
            scr.append((k, f[0], 1 if f[0] in (4, 12) and j % 2 == 0 else r.randint(1, 4), dd.isoformat(),
                        r.choice(times), "DUB" if f[0] in (3, 8) and j % 3 else "OV"))  # fmt: skip
            k += 1
    scr.sort(key=lambda s: (s[3], s[4]))
    scr = [(n, *s[1:]) for n, s in enumerate(scr, start=1)]
    _ins(c, "screenings", scr)
    custs = []
    for i, (g, f) in enumerate(_people(r, 120), start=1):
        born = _day(r, D(1948, 1, 1), 22000)
        loyal = None if i % 3 else _day(r, D(2021, 1, 1), 1600).isoformat()
        custs.append((i, g, f, f"{g.lower()}{i}@inbox.com", born.isoformat(), loyal))
    _ins(c, "customers", custs)
    prices = {"ADU": 12.5, "CHD": 7.0, "SEN": 8.5, "STU": 9.0}
    sales = []
    k = 1
    for s in scr:
        start = DT.fromisoformat(f"{s[3]} {s[4]}:00")
        n = r.randint(2, 9)
        for _ in range(n):
            sold = start - dt.timedelta(minutes=r.randint(5, 60 * 24 * 10))
            if sold >= NOW:
                sold = NOW - dt.timedelta(minutes=r.randint(10, 5000))
            cust = None if r.random() < 0.3 else r.choice(custs)
            typ = r.choices(["ADU", "CHD", "SEN", "STU"], weights=[6, 2 if s[1] in (3, 8) else 0.3, 1.5, 1.5])[0]
            price = prices[typ] + (4.0 if s[2] == 1 else 0.0)
            ref = None
            if r.random() < 0.05:
                ref = _ts(sold + dt.timedelta(minutes=r.randint(30, 2000)))
                if ref >= _ts(start):
                    ref = _ts(start - dt.timedelta(minutes=20))
            sales.append((k, s[0], cust[0] if cust else None, _ts(sold.replace(microsecond=0)), typ, price, ref))
            k += 1
    sales.sort(key=lambda x: x[3])
    _ins(c, "ticket_sales", [(n, *x[1:]) for n, x in enumerate(sales, start=1)])
    _done(c)


def build_payroll(path: Path) -> None:
    """departments, employees, pay_rates (valid_from/valid_to), pay_periods, timesheets and payslips."""
    r = random.Random(2406)
    c = _db(
        path,
        """
        CREATE TABLE departments(id INTEGER PRIMARY KEY, name TEXT NOT NULL, cost_centre TEXT);
        CREATE TABLE employees(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            birth_date TEXT, hire_date TEXT, termination_date TEXT, department_id INTEGER REFERENCES departments(id),
            employment_type TEXT);
        CREATE TABLE pay_rates(id INTEGER PRIMARY KEY, employee_id INTEGER REFERENCES employees(id),
            hourly_rate REAL, valid_from TEXT, valid_to TEXT);
        CREATE TABLE pay_periods(id INTEGER PRIMARY KEY, period_start TEXT, period_end TEXT, pay_date TEXT);
        CREATE TABLE timesheets(id INTEGER PRIMARY KEY, employee_id INTEGER REFERENCES employees(id),
            work_date TEXT, clock_in TEXT, clock_out TEXT, break_minutes INTEGER, approved_at TEXT);
        CREATE TABLE payslips(id INTEGER PRIMARY KEY, employee_id INTEGER REFERENCES employees(id),
            pay_period_id INTEGER REFERENCES pay_periods(id), gross_pay REAL, tax REAL, net_pay REAL,
            paid_at TEXT);
    """,
    )
    depts = [(1, "Warehouse", "CC-100"), (2, "Logistics", "CC-110"), (3, "Finance", "CC-200"),
             (4, "Customer Service", "CC-300"), (5, "IT", "CC-400")]  # fmt: skip
    _ins(c, "departments", depts)
    emps = []
    for i, (g, f) in enumerate(_people(r, 48), start=1):
        born = _day(r, D(1962, 1, 1), 14500)
        hired = _day(r, D(2018, 1, 1), 2600)
        term = None
        if i % 8 == 0:
            term = (max(hired, D(2024, 1, 1)) + dt.timedelta(days=r.randint(30, 480))).isoformat()
            if term > "2025-06-14":
                term = "2025-04-30"
        et = r.choices(["FT", "PT", "CT"], weights=[6, 3, 1])[0]
        emps.append((i, g, f, born.isoformat(), hired.isoformat(), term, r.choices([1, 2, 3, 4, 5], [4, 3, 2, 3, 2])[0],
                     et))  # fmt: skip
    _ins(c, "employees", emps)
    rates = []
    k = 1
    cur: dict[int, float] = {}
    for e in emps:
        rate = round(r.uniform(13, 38), 2)
        start = D.fromisoformat(e[4])
        while True:
            nxt = start + dt.timedelta(days=r.randint(250, 700))
            end_emp = D.fromisoformat(e[5]) if e[5] else None
            if nxt > TODAY or (end_emp and nxt > end_emp):
                rates.append((k, e[0], rate, start.isoformat(), e[5]))
                cur[e[0]] = rate
                k += 1
                break
            rates.append((k, e[0], rate, start.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()))
            k += 1
            start = nxt
            rate = round(rate * r.uniform(1.02, 1.08), 2)
    _ins(c, "pay_rates", rates)
    periods = []
    for i in range(18):
        y, m = 2024 + (i // 12), i % 12 + 1
        st = D(y, m, 1)
        en = (D(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)
        periods.append((i + 1, st.isoformat(), en.isoformat(), (en + dt.timedelta(days=3)).isoformat()))
    _ins(c, "pay_periods", periods)
    ts = []
    k = 1
    d = D(2025, 3, 3)
    active = [e for e in emps if e[5] is None or e[5] > "2025-03-03"]
    while d < TODAY:
        if d.weekday() < 5:
            for e in r.sample(active, 4):
                if e[5] and d.isoformat() > e[5]:
                    continue
                cin = r.choice(range(6 * 60, 10 * 60 + 1, 5))
                length = r.choice(range(4 * 60, 10 * 60 + 1, 5)) if e[7] != "PT" else r.choice(range(180, 301, 5))
                cout = None if r.random() < 0.04 else cin + length
                brk = 0 if length < 300 else r.choice([30, 45, 60])
                appr = None
                if d < D(2025, 6, 6) or r.random() < 0.3:
                    appr = _ts(_at(d + dt.timedelta(days=r.randint(1, 6)), r.randrange(8 * 60, 17 * 60)))
                if cout is None:
                    appr = None
                ts.append((k, e[0], d.isoformat(), f"{cin // 60:02d}:{cin % 60:02d}",
                           None if cout is None else f"{cout // 60:02d}:{cout % 60:02d}", brk, appr))  # fmt: skip
                k += 1
        d += dt.timedelta(days=1)
    _ins(c, "timesheets", ts)
    slips = []
    k = 1
    for p in periods[-6:]:
        for e in emps:
            if e[4] > p[2] or (e[5] and e[5] < p[1]):
                continue
            hours = 160 if e[7] == "FT" else (80 if e[7] == "PT" else 120)
            gross = round(cur[e[0]] * hours * r.uniform(0.92, 1.08), 2)
            tax = round(gross * (0.22 if gross > 3000 else 0.15), 2)
            paid = None if p[3] > "2025-06-14" else f"{p[3]} 10:00:00"
            slips.append((k, e[0], p[0], gross, tax, round(gross - tax, 2), paid))
            k += 1
    _ins(c, "payslips", slips)
    _done(c)


BUILDERS = {
    "hospital": build_hospital,
    "callcentre": build_callcentre,
    "carshare": build_carshare,
    "devteam": build_devteam,
    "cinema": build_cinema,
    "payroll": build_payroll,
}
