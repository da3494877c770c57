"""Six small community, sport and public-service databases for the forty-ninth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, and a few (bookings, lessons, appointments,
competitions) lie in the future, from 2025-06-16 on.

- ``timebank`` (lowerCamelCase tables and columns, ``xxxId`` keys; self-referencing ``members.referredBy``): a
  neighbourhood time bank where members trade hours of help. ``members``, ``skills`` (grouped by ``category``), the
  link table ``memberSkills`` (who offers what), ``exchanges`` (``hoursGiven`` from a giver to a receiver) and
  ``helpRequests`` (``requestStatus`` open, matched or withdrawn; ``neededBy`` may lie ahead).
- ``archery`` (UPPERCASE short table names, every column prefixed with a three-letter table code such as
  ``ARC_``/``CMP_``): an archery club. ``ARCHER`` (bow style, classification), ``COMPETITION`` (round shot, venue,
  entry fee; a few to come), the link table ``ENTRY`` (score, golds, placing), ``EQUIPMENT`` and ``LOAN`` (club kit
  lent to archers; ``LON_RETURN_DATE`` NULL while out).
- ``advicecentre`` (plural snake_case with ``id`` keys; yes/no columns hold the text 'true' or 'false'): a free
  advice centre. ``advisers`` (volunteer or paid), ``clients``, ``topics`` (grouped by ``area``), ``cases``
  (``closed_on`` NULL while open, ``money_gained`` for the client), the link table ``case_topics`` and
  ``appointments`` (``starts_at`` date-times, some still to come with ``attended`` NULL).
- ``dojo`` (singular snake_case; single-table inheritance: ``person.kind`` is 'instructor', 'parent' or 'student';
  self-referencing ``person.guardian_id`` from a junior student to the parent): a martial-arts club. ``person``,
  ``lesson`` (taught by an instructor; a few to come), the link table ``attendance``, ``grading`` (belt exams,
  ``examiner_id`` an instructor, ``passed`` 0/1) and ``payment`` (term and grading fees, paid by a parent or an adult
  student).
- ``sportspitches`` (PascalCase tables and columns; money as REAL split into ``NetAmount`` after discount,
  ``DiscountAmount`` and ``VatAmount``, the gross being net plus VAT): a council's bookable sports pitches.
  ``Pitch`` (venue, surface, format), ``Hirer`` (club, school, company or individual), ``Invoice`` (``PaidOn`` NULL
  while unpaid), ``Booking`` (status Completed, Cancelled or Confirmed for ones to come) and ``Closure``.
- ``mealsonwheels`` (Title_Snake_Case such as ``Client_ID``; monthly figures dated by integer ``Period_Year`` and
  ``Period_Month`` columns): a meals-on-wheels service. ``Client`` (``Ended_On`` NULL while still served),
  ``Volunteer``, ``Delivery_Round`` (town and weekday, driven by a volunteer), the link table ``Round_Client``,
  ``Round_Month_Stat`` (meals delivered and missed, miles driven per round per month, June 2024 to May 2025) and
  ``Incident``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
NEXT = D(2025, 6, 16)

FIRST = [
    "Abigail", "Ahmed", "Bethan", "Callum", "Deborah", "Eddie", "Fatima", "Gareth", "Hollie", "Ian", "Jasmine",
    "Kieran", "Lauren", "Martin", "Niamh", "Owain", "Patricia", "Rhys", "Sian", "Tomasz", "Ursula", "Victor",
    "Wendy", "Yasmin", "Adrian", "Brenda", "Connor", "Delyth", "Euan", "Freya",
]  # fmt: skip
LASTN = [
    "Ashworth", "Bevan", "Crowther", "Davies", "Ellison", "Forbes", "Griffiths", "Holloway", "Ingram", "Jarvis",
    "Kerr", "Lloyd", "McBride", "Nolan", "Oakes", "Pritchard", "Rowlands", "Sutcliffe", "Thornton", "Upton",
    "Wainwright", "Yates", "Bhatt", "Chowdhury", "Kaminski",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs."""
    pairs = [(f, s) for f in FIRST for s in LASTN]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _tf(flag: bool) -> str:
    return "true" if flag else "false"


def _phone(r: random.Random) -> str:
    return f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"


# -------------------------------------------------------------------------------------------------------- timebank
TB_AREAS = ["Walkley", "Crookes", "Hillsborough", "Nether Edge", "Sharrow", "Heeley"]
TB_SKILLS = [
    ("Basic DIY", "Home"), ("Painting and decorating", "Home"), ("Sewing repairs", "Home"),
    ("Curtain hanging", "Home"), ("Furniture assembly", "Home"), ("Lawn mowing", "Garden"),
    ("Hedge trimming", "Garden"), ("Vegetable growing advice", "Garden"), ("Weeding", "Garden"),
    ("Fruit tree pruning", "Garden"), ("Computer help", "Tech"), ("Smartphone setup", "Tech"),
    ("Website basics", "Tech"), ("Printer fixing", "Tech"), ("Video calling help", "Tech"), ("Dog walking", "Care"),
    ("Pet sitting", "Care"), ("Befriending visits", "Care"), ("Shopping for neighbours", "Care"),
    ("Babysitting", "Care"), ("Lifts to appointments", "Transport"), ("Bike repair", "Transport"),
    ("Help moving house", "Transport"), ("Airport runs", "Transport"), ("English conversation", "Learning"),
    ("Maths tutoring", "Learning"), ("Guitar lessons", "Learning"), ("Cooking lessons", "Learning"),
    ("Knitting lessons", "Learning"), ("CV writing", "Learning"),
]  # fmt: skip
TB_UNOFFERED = {"Curtain hanging", "Printer fixing", "Airport runs"}


def build_timebank(path: Path) -> None:
    r = random.Random(49001)
    c = fresh_db(
        path,
        """
        CREATE TABLE members (
            memberId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, neighbourhood TEXT NOT NULL, email TEXT,
            joinedOn TEXT NOT NULL, referredBy INTEGER REFERENCES members(memberId), isActive INTEGER NOT NULL);
        CREATE TABLE skills (skillId INTEGER PRIMARY KEY, skillName TEXT NOT NULL, category TEXT NOT NULL);
        CREATE TABLE memberSkills (
            memberId INTEGER NOT NULL REFERENCES members(memberId), skillId INTEGER NOT NULL REFERENCES skills(skillId),
            offeredSince TEXT NOT NULL, PRIMARY KEY (memberId, skillId));
        CREATE TABLE exchanges (
            exchangeId INTEGER PRIMARY KEY, giverId INTEGER NOT NULL REFERENCES members(memberId),
            receiverId INTEGER NOT NULL REFERENCES members(memberId), skillId INTEGER NOT NULL REFERENCES skills(skillId),
            hoursGiven REAL NOT NULL, exchangedOn TEXT NOT NULL, rating INTEGER);
        CREATE TABLE helpRequests (
            requestId INTEGER PRIMARY KEY, memberId INTEGER NOT NULL REFERENCES members(memberId),
            skillId INTEGER NOT NULL REFERENCES skills(skillId), postedOn TEXT NOT NULL, neededBy TEXT,
            requestStatus TEXT NOT NULL);
        """,
    )
    insert(c, "skills", [(k, n, cat) for k, (n, cat) in enumerate(TB_SKILLS, 1)])
    joined = sorted(day_between(r, D(2021, 3, 1), LAST) for _ in range(62))
    members = []
    for k, ((f, s), j) in enumerate(zip(_names(r, 62), joined, strict=True), 1):
        ref = r.randint(1, k - 1) if k > 12 and r.random() < 0.5 else None
        email = f"{f.lower()}.{s.lower()}@{r.choice(['gmail.com', 'outlook.com', 'btinternet.com'])}"
        members.append((k, f"{f} {s}", r.choice(TB_AREAS), email if r.random() < 0.9 else None, _iso(j), ref,
                        int(r.random() < 0.88)))  # fmt: skip
    insert(c, "members", members)
    offer = [k for k, (n, _c) in enumerate(TB_SKILLS, 1) if n not in TB_UNOFFERED]
    ms = []
    for m in members:
        n = r.choice([0, 1, 1, 2, 2, 2, 3, 3, 4, 5])
        for sk in sorted(r.sample(offer, n)):
            ms.append((m[0], sk, _iso(day_between(r, D.fromisoformat(m[4]), LAST))))
    insert(c, "memberSkills", ms)
    by_member: dict[int, list[tuple[int, str]]] = {}
    for mid, sk, since in ms:
        by_member.setdefault(mid, []).append((sk, since))
    givers = sorted(by_member)
    ex = []
    for _ in range(300):
        g = r.choice(givers)
        sk, since = r.choice(by_member[g])
        rc = r.choice([m[0] for m in members if m[0] != g])
        lo = max(D.fromisoformat(since), D.fromisoformat(members[rc - 1][4]))
        if lo > LAST:
            continue
        rating = r.choice([3, 4, 4, 5, 5, 5]) if r.random() < 0.8 else None
        ex.append(
            (g, rc, sk, r.choice([0.5, 1.0, 1.0, 1.5, 2.0, 2.0, 3.0, 4.0]), _iso(day_between(r, lo, LAST)), rating)
        )
    ex.sort(key=lambda x: str(x[4]))
    insert(c, "exchanges", [(k, *x) for k, x in enumerate(ex, 1)])
    reqs = []
    for _ in range(85):
        m = r.choice(members)
        posted = day_between(r, max(D.fromisoformat(m[4]), D(2023, 1, 1)), LAST)
        need = posted + dt.timedelta(days=r.randint(3, 45)) if r.random() < 0.8 else None
        if posted > D(2025, 5, 1):
            st = r.choice(["open", "open", "matched"])
        else:
            st = r.choice(["matched", "matched", "matched", "withdrawn", "open"])
        reqs.append((m[0], r.randint(1, len(TB_SKILLS)), _iso(posted), _iso(need), st))
    reqs.sort(key=lambda x: str(x[2]))
    insert(c, "helpRequests", [(k, *x) for k, x in enumerate(reqs, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- archery
AR_ROUNDS = {"Portsmouth": 600, "WA 70m": 720, "National": 516, "York": 1296, "Bray I": 300}
AR_VENUES = ["Lilleshall", "Stoneleigh", "Shrewsbury", "Telford", "Ludlow", "Wolverhampton"]
AR_COMPS = [
    ("Winter Indoor Open", D(2023, 1, 22), "Telford", "Portsmouth", 18.0),
    ("Spring Field Shoot", D(2023, 3, 19), "Ludlow", "National", 15.0),
    ("County Championships", D(2023, 5, 14), "Shrewsbury", "York", 25.0),
    ("Midsummer Tournament", D(2023, 6, 25), "Lilleshall", "WA 70m", 28.0),
    ("Club Longbow Day", D(2023, 7, 16), "Ludlow", "National", 12.0),
    ("Regional WA Star", D(2023, 8, 20), "Stoneleigh", "WA 70m", 32.0),
    ("Autumn Open", D(2023, 9, 24), "Wolverhampton", "York", 22.0),
    ("Halloween Indoor", D(2023, 10, 29), "Telford", "Bray I", 14.0),
    ("Christmas Cracker", D(2023, 12, 10), "Telford", "Portsmouth", 16.0),
    ("Winter Indoor Open", D(2024, 1, 21), "Telford", "Portsmouth", 18.0),
    ("Frostbite Shoot", D(2024, 2, 18), "Shrewsbury", "Bray I", 12.0),
    ("Spring Field Shoot", D(2024, 3, 17), "Ludlow", "National", 15.0),
    ("County Championships", D(2024, 5, 12), "Shrewsbury", "York", 26.0),
    ("Midsummer Tournament", D(2024, 6, 23), "Lilleshall", "WA 70m", 28.0),
    ("Club Longbow Day", D(2024, 7, 14), "Ludlow", "National", 12.0),
    ("Regional WA Star", D(2024, 8, 18), "Stoneleigh", "WA 70m", 32.0),
    ("Autumn Open", D(2024, 9, 22), "Wolverhampton", "York", 22.0),
    ("Halloween Indoor", D(2024, 10, 27), "Telford", "Bray I", 14.0),
    ("Novice Indoor Cup", D(2024, 11, 17), "Wolverhampton", "Portsmouth", 10.0),
    ("Christmas Cracker", D(2024, 12, 8), "Telford", "Portsmouth", 16.0),
    ("Winter Indoor Open", D(2025, 1, 19), "Telford", "Portsmouth", 18.0),
    ("Frostbite Shoot", D(2025, 2, 16), "Shrewsbury", "Bray I", 12.0),
    ("Spring Field Shoot", D(2025, 3, 16), "Ludlow", "National", 15.0),
    ("March Hare Open", D(2025, 3, 30), "Stoneleigh", "WA 70m", 30.0),
    ("Novice Spring Cup", D(2025, 4, 13), "Wolverhampton", "Portsmouth", 10.0),
    ("County Championships", D(2025, 5, 11), "Shrewsbury", "York", 27.0),
    ("May Day Shoot", D(2025, 5, 26), "Lilleshall", "National", 15.0),
    ("Longbow Round Robin", D(2025, 6, 8), "Ludlow", "National", 12.0),
    ("Midsummer Tournament", D(2025, 6, 22), "Lilleshall", "WA 70m", 29.0),
    ("Club Longbow Day", D(2025, 7, 13), "Ludlow", "National", 12.0),
    ("Regional WA Star", D(2025, 8, 17), "Stoneleigh", "WA 70m", 33.0),
    ("Autumn Open", D(2025, 9, 21), "Wolverhampton", "York", 23.0),
]  # fmt: skip
AR_KIT = [
    ("Recurve bow", "SF Archery", 145.0), ("Recurve bow", "Win&Win", 289.99), ("Compound bow", "Hoyt", 649.0),
    ("Longbow", "Bearpaw", 219.5), ("Arrow set", "Easton", 64.95), ("Arm guard", "Cartel", 8.5),
    ("Finger tab", "Cartel", 12.75), ("Quiver", "Decut", 29.99), ("Sight", "Shibuya", 189.0),
]  # fmt: skip


def build_archery(path: Path) -> None:
    r = random.Random(49002)
    c = fresh_db(
        path,
        """
        CREATE TABLE ARCHER (
            ARC_ID INTEGER PRIMARY KEY, ARC_FIRST_NAME TEXT NOT NULL, ARC_LAST_NAME TEXT NOT NULL,
            ARC_GENDER TEXT NOT NULL, ARC_BIRTH_DATE TEXT NOT NULL, ARC_JOIN_DATE TEXT NOT NULL,
            ARC_BOW_STYLE TEXT NOT NULL, ARC_CLASS TEXT);
        CREATE TABLE COMPETITION (
            CMP_ID INTEGER PRIMARY KEY, CMP_NAME TEXT NOT NULL, CMP_DATE TEXT NOT NULL, CMP_VENUE TEXT NOT NULL,
            CMP_ROUND TEXT NOT NULL, CMP_MAX_SCORE INTEGER NOT NULL, CMP_FEE REAL NOT NULL);
        CREATE TABLE ENTRY (
            ENT_ID INTEGER PRIMARY KEY, ENT_CMP_ID INTEGER NOT NULL REFERENCES COMPETITION(CMP_ID),
            ENT_ARC_ID INTEGER NOT NULL REFERENCES ARCHER(ARC_ID), ENT_SCORE INTEGER, ENT_GOLDS INTEGER,
            ENT_PLACE INTEGER);
        CREATE TABLE EQUIPMENT (
            EQP_ID INTEGER PRIMARY KEY, EQP_TYPE TEXT NOT NULL, EQP_MAKE TEXT NOT NULL, EQP_BOUGHT TEXT NOT NULL,
            EQP_COST REAL NOT NULL, EQP_CONDITION TEXT NOT NULL);
        CREATE TABLE LOAN (
            LON_ID INTEGER PRIMARY KEY, LON_EQP_ID INTEGER NOT NULL REFERENCES EQUIPMENT(EQP_ID),
            LON_ARC_ID INTEGER NOT NULL REFERENCES ARCHER(ARC_ID), LON_OUT_DATE TEXT NOT NULL,
            LON_DUE_DATE TEXT NOT NULL, LON_RETURN_DATE TEXT);
        """,
    )
    archers = []
    styles = ["Recurve"] * 5 + ["Compound"] * 3 + ["Longbow"] * 2 + ["Barebow"]
    classes = ["Archer", "3rd Class", "2nd Class", "1st Class", "Bowman", "Master Bowman"]
    for k, (f, s) in enumerate(_names(r, 52), 1):
        born = day_between(r, D(1955, 1, 1), D(2010, 12, 31))
        g = "F" if f in {"Abigail", "Bethan", "Deborah", "Fatima", "Hollie", "Jasmine", "Lauren", "Niamh",
                         "Patricia", "Sian", "Ursula", "Wendy", "Yasmin", "Brenda", "Delyth", "Freya"} else "M"  # fmt: skip
        cls = r.choice(classes) if r.random() < 0.85 else None
        archers.append((k, f, s, g, _iso(born), _iso(day_between(r, D(2015, 1, 1), LAST)), r.choice(styles), cls))
    insert(c, "ARCHER", archers)
    insert(c, "COMPETITION", [(k, n, _iso(d), v, rd, AR_ROUNDS[rd], fee)
                              for k, (n, d, v, rd, fee) in enumerate(AR_COMPS, 1)])  # fmt: skip
    entries = []
    skill = {a[0]: r.uniform(0.45, 0.9) for a in archers}
    for k, (_n, d, _v, rd, _f) in enumerate(AR_COMPS, 1):
        eligible = [a for a in archers if D.fromisoformat(a[5]) <= d and a[0] % 13 != 0]
        if rd == "National" and "Longbow" in _n:
            eligible = [a for a in eligible if a[6] == "Longbow"] or eligible
        field = r.sample(eligible, min(len(eligible), r.randint(6, 11)))
        mx = AR_ROUNDS[rd]
        rows = []
        used: set[int] = set()
        for a in field:
            if d > LAST:
                rows.append([a[0], None, None, None])
                continue
            sc = int(mx * min(0.97, max(0.2, r.gauss(skill[a[0]], 0.06))))
            while sc in used:
                sc -= 1
            used.add(sc)
            rows.append([a[0], sc, int(sc / mx * r.uniform(4, 12)), None])
        if d <= LAST:
            rows.sort(key=lambda x: -x[1])
            for p, row in enumerate(rows, 1):
                row[3] = p
        entries.extend((k, *row) for row in rows)
    insert(c, "ENTRY", [(i, *e) for i, e in enumerate(entries, 1)])
    kit = []
    for _ in range(42):
        t, mk, cost = r.choice(AR_KIT)
        bought = day_between(r, D(2016, 1, 1), D(2025, 4, 30))
        cond = "Retired" if bought.year < 2019 and r.random() < 0.5 else r.choice(["Good", "Good", "Worn"])
        kit.append((t, mk, _iso(bought), round(cost * r.uniform(0.9, 1.1), 2), cond))
    kit.sort(key=lambda x: str(x[2]))
    insert(c, "EQUIPMENT", [(k, *x) for k, x in enumerate(kit, 1)])
    loans = []
    for k, (_t, _mk, bought, _cost, cond) in enumerate(kit, 1):
        if r.random() < 0.15:
            continue
        d = max(D.fromisoformat(bought), D(2022, 9, 1)) + dt.timedelta(days=r.randint(5, 120))
        while d <= LAST and len(loans) < 130:
            a = r.choice([a for a in archers if D.fromisoformat(a[5]) <= d] or archers)
            due = d + dt.timedelta(days=r.choice([14, 28, 28, 56]))
            back = d + dt.timedelta(days=r.randint(7, 70))
            if back > LAST or (cond != "Retired" and r.random() < 0.04):
                loans.append((k, a[0], d, due, None))
                break
            loans.append((k, a[0], d, due, back))
            d = back + dt.timedelta(days=r.randint(10, 200))
            if cond == "Retired" and d.year >= 2023:
                break
    loans.sort(key=lambda x: x[2])
    insert(c, "LOAN", [(k, e, a, _iso(o), _iso(du), _iso(b)) for k, (e, a, o, du, b) in enumerate(loans, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- advicecentre
AC_TOPICS = [
    ("Universal Credit", "Benefits"), ("Personal Independence Payment", "Benefits"), ("Pension Credit", "Benefits"),
    ("Carer's Allowance", "Benefits"), ("Benefit sanctions", "Benefits"), ("Council tax arrears", "Debt"),
    ("Credit card debt", "Debt"), ("Energy bill arrears", "Debt"), ("Bailiffs", "Debt"),
    ("Debt relief order", "Debt"), ("Payday loans", "Debt"), ("Rent arrears", "Housing"),
    ("Eviction notice", "Housing"), ("Disrepair", "Housing"), ("Homelessness", "Housing"),
    ("Deposit disputes", "Housing"), ("Unfair dismissal", "Employment"), ("Unpaid wages", "Employment"),
    ("Redundancy", "Employment"), ("Zero-hours contracts", "Employment"), ("Divorce and separation", "Family"),
    ("Child maintenance", "Family"), ("Domestic abuse support", "Family"), ("Visa renewal", "Immigration"),
    ("EU Settlement Scheme", "Immigration"), ("Faulty goods", "Consumer"), ("Scams", "Consumer"),
    ("Energy supplier complaints", "Consumer"), ("Broadband contracts", "Consumer"), ("Parking fines", "Consumer"),
]  # fmt: skip
AC_POSTCODES = ["CF5", "CF10", "CF11", "CF14", "CF23", "CF24", "CF3"]


def build_advicecentre(path: Path) -> None:
    r = random.Random(49003)
    c = fresh_db(
        path,
        """
        CREATE TABLE advisers (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, is_volunteer TEXT NOT NULL, is_supervisor TEXT NOT NULL,
            speaks_welsh TEXT NOT NULL, started_on TEXT NOT NULL);
        CREATE TABLE clients (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, postcode_area TEXT NOT NULL,
            date_of_birth TEXT, needs_interpreter TEXT NOT NULL, has_disability TEXT NOT NULL,
            registered_on TEXT NOT NULL);
        CREATE TABLE topics (id INTEGER PRIMARY KEY, topic_name TEXT NOT NULL, area TEXT NOT NULL);
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id),
            adviser_id INTEGER NOT NULL REFERENCES advisers(id), opened_on TEXT NOT NULL, closed_on TEXT,
            is_urgent TEXT NOT NULL, outcome TEXT, money_gained REAL);
        CREATE TABLE case_topics (
            case_id INTEGER NOT NULL REFERENCES cases(id), topic_id INTEGER NOT NULL REFERENCES topics(id),
            PRIMARY KEY (case_id, topic_id));
        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id),
            adviser_id INTEGER NOT NULL REFERENCES advisers(id), starts_at TEXT NOT NULL, channel TEXT NOT NULL,
            attended TEXT);
        """,
    )
    advisers = []
    for k, (f, s) in enumerate(_names(r, 30), 1):
        vol = r.random() < 0.6
        advisers.append((k, f"{f} {s}", _tf(vol), _tf(not vol and r.random() < 0.4), _tf(r.random() < 0.25),
                         _iso(day_between(r, D(2012, 1, 1), D(2023, 6, 30)))))  # fmt: skip
    insert(c, "advisers", advisers)
    clients = []
    for k, (f, s) in enumerate(_names(r, 160), 1):
        dob = day_between(r, D(1940, 1, 1), D(2005, 12, 31)) if r.random() < 0.93 else None
        clients.append((k, f, s, r.choice(AC_POSTCODES), _iso(dob), _tf(r.random() < 0.12), _tf(r.random() < 0.22),
                        _iso(day_between(r, D(2021, 1, 1), D(2025, 6, 10)))))  # fmt: skip
    insert(c, "clients", clients)
    insert(c, "topics", [(k, n, a) for k, (n, a) in enumerate(AC_TOPICS, 1)])
    cases = []
    clients_with_cases = [cl for cl in clients if r.random() < 0.85]
    for _ in range(225):
        cl = r.choice(clients_with_cases)
        opened = day_between(r, max(D.fromisoformat(cl[7]), D(2023, 1, 2)), LAST)
        adv = r.randint(1, 30)
        urgent = r.random() < 0.18
        closed = opened + dt.timedelta(days=r.randint(3, 160))
        if closed > LAST or r.random() < 0.05:
            cases.append((cl[0], adv, opened, None, _tf(urgent), None, None))
            continue
        outcome = r.choice(["Resolved", "Resolved", "Resolved", "Referred on", "Client withdrew"])
        gain = round(r.uniform(50, 6000), 2) if outcome == "Resolved" and r.random() < 0.7 else 0.0
        cases.append((cl[0], adv, opened, closed, _tf(urgent), outcome, gain))
    cases.sort(key=lambda x: x[2])
    insert(c, "cases", [(k, cl, a, _iso(o), _iso(cd), u, oc, g) for k, (cl, a, o, cd, u, oc, g) in enumerate(cases, 1)])
    ct = []
    for k in range(1, len(cases) + 1):
        for t in sorted(r.sample(range(1, 30), r.choice([1, 1, 1, 2, 2, 3]))):
            ct.append((k, t))
    uc, ra = 1, 12
    for k in (17, 58, 133):
        for t in (uc, ra):
            if (k, t) not in ct:
                ct.append((k, t))
    ct.sort()
    insert(c, "case_topics", ct)
    appts = []
    for k, (_cl, adv, opened, closed, _u, _o, _g) in enumerate(cases, 1):
        end = closed or D(2025, 7, 31)
        n = r.choice([1, 1, 2, 2, 3])
        for _ in range(n):
            d = day_between(r, opened, end)
            if d == TODAY:
                d = NEXT
            who = adv if r.random() < 0.8 else r.randint(1, 30)
            at = f"{_iso(d)} {r.choice(['09', '10', '11', '13', '14', '15', '16'])}:{r.choice(['00', '30'])}:00"
            attended = None if d > LAST else _tf(r.random() < 0.86)
            appts.append((k, who, at, r.choice(["In person", "In person", "Phone", "Video"]), attended))
    appts.sort(key=lambda x: x[2])
    insert(c, "appointments", [(k, *x) for k, x in enumerate(appts[:390], 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------------ dojo
DJ_BELTS = ["yellow", "orange", "green", "blue", "brown", "black"]


def build_dojo(path: Path) -> None:
    r = random.Random(49004)
    c = fresh_db(
        path,
        """
        CREATE TABLE person (
            person_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            born_on TEXT, joined_on TEXT NOT NULL, guardian_id INTEGER REFERENCES person(person_id), phone TEXT);
        CREATE TABLE lesson (
            lesson_id INTEGER PRIMARY KEY, held_on TEXT NOT NULL, start_time TEXT NOT NULL, discipline TEXT NOT NULL,
            level TEXT NOT NULL, instructor_id INTEGER NOT NULL REFERENCES person(person_id));
        CREATE TABLE attendance (
            lesson_id INTEGER NOT NULL REFERENCES lesson(lesson_id), person_id INTEGER NOT NULL
            REFERENCES person(person_id), PRIMARY KEY (lesson_id, person_id));
        CREATE TABLE grading (
            grading_id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES person(person_id),
            graded_on TEXT NOT NULL, belt TEXT NOT NULL, examiner_id INTEGER NOT NULL REFERENCES person(person_id),
            passed INTEGER NOT NULL);
        CREATE TABLE payment (
            payment_id INTEGER PRIMARY KEY, payer_id INTEGER NOT NULL REFERENCES person(person_id),
            paid_on TEXT NOT NULL, purpose TEXT NOT NULL, amount REAL NOT NULL);
        """,
    )
    names = _names(r, 110)
    people: list[list[object]] = []
    for i in range(8):
        f, s = names.pop()
        people.append([len(people) + 1, "instructor", f, s, _iso(day_between(r, D(1968, 1, 1), D(1996, 12, 31))),
                       _iso(day_between(r, D(2010, 1, 1), D(2021, 12, 31))), None, _phone(r)])  # fmt: skip
        if i == 0:
            people[-1][5] = "2009-09-01"
    parents = []
    for _ in range(35):
        f, s = names.pop()
        people.append([len(people) + 1, "parent", f, s, _iso(day_between(r, D(1975, 1, 1), D(1992, 12, 31))),
                       None, None, _phone(r)])  # fmt: skip
        parents.append(people[-1])
    juniors = []
    used = set(names) | {(str(p[2]), str(p[3])) for p in people}
    for j in range(55):
        par = parents[j] if j < 35 else r.choice(parents)
        joined = day_between(r, D(2022, 1, 1), LAST)
        first = r.choice([f for f in FIRST if (f, par[3]) not in used])
        used.add((first, str(par[3])))
        people.append([len(people) + 1, "student", first, par[3],
                       _iso(day_between(r, D(2010, 1, 1), D(2018, 12, 31))), _iso(joined), par[0], None])  # fmt: skip
        juniors.append(people[-1])
        par[5] = min(str(par[5] or "9999"), _iso(joined) or "")
    adults = []
    for _ in range(45):
        f, s = names.pop()
        people.append([len(people) + 1, "student", f, s, _iso(day_between(r, D(1962, 1, 1), D(2006, 12, 31))),
                       _iso(day_between(r, D(2021, 1, 1), LAST)), None, _phone(r)])  # fmt: skip
        adults.append(people[-1])
    people[-1][4] = "1958-04-03"
    insert(c, "person", [tuple(p) for p in people])
    instr = [p[0] for p in people if p[1] == "instructor"]
    lessons = []
    slots = [("Judo", "Junior", "17:00"), ("Judo", "Adult", "19:00"), ("Karate", "Junior", "17:30"),
             ("Karate", "Adult", "19:30"), ("Jiu-jitsu", "Adult", "20:00"), ("Karate", "Mixed", "10:00")]  # fmt: skip
    for _ in range(66):
        d = day_between(r, D(2024, 1, 8), LAST)
        lessons.append((d, *r.choice(slots)))
    for d in (D(2025, 6, 17), D(2025, 6, 19), D(2025, 6, 21), D(2025, 6, 24)):
        lessons.append((d, *r.choice(slots)))
    lessons.sort()
    lrows, att = [], []
    teacher_w = [5, 4, 3, 3, 2, 2, 1, 1]
    for k, (d, disc, lvl, tm) in enumerate(lessons, 1):
        lrows.append((k, _iso(d), tm, disc, lvl, r.choices(instr, weights=teacher_w)[0]))
        if d > LAST:
            continue
        pool = juniors if lvl == "Junior" else adults if lvl == "Adult" else juniors + adults
        pool = [p for p in pool if str(p[5]) <= d.isoformat() and int(str(p[0])) % 11 != 3]
        for p in sorted(r.sample(pool, min(len(pool), r.randint(3, 8))), key=lambda p: int(str(p[0]))):
            att.append((k, p[0]))
    insert(c, "lesson", lrows)
    insert(c, "attendance", att)
    grads = []
    for p in juniors + adults:
        belt = 0
        d = max(D.fromisoformat(str(p[5])), D(2023, 1, 1)) + dt.timedelta(days=r.randint(60, 200))
        while d <= LAST and belt < len(DJ_BELTS) and len(grads) < 160:
            ok = r.random() < 0.85
            grads.append((p[0], d, DJ_BELTS[belt], r.choices(instr, weights=[1, 6, 3, 2, 1, 1, 1, 1])[0], int(ok)))
            belt += ok
            d += dt.timedelta(days=r.randint(120, 300))
    grads.sort(key=lambda x: x[1])
    insert(c, "grading", [(k, p, _iso(d), b, e, ok) for k, (p, d, b, e, ok) in enumerate(grads, 1)])
    pays = []
    for p, d, _b, _e, _ok in grads:
        person = people[int(str(p)) - 1]
        payer = person[6] or person[0]
        pays.append((payer, d - dt.timedelta(days=r.randint(3, 14)), "Grading fee", 25.0 if person[6] else 35.0))
    terms = [D(2024, 1, 8), D(2024, 4, 15), D(2024, 9, 2), D(2025, 1, 6), D(2025, 4, 22)]
    payers = [pa for pa in parents if pa[0] % 9 != 4] + adults
    for t in terms:
        for pa in payers:
            cutoff = (t + dt.timedelta(days=60)).isoformat()
            kids = [j for j in juniors if j[6] == pa[0] and str(j[5]) <= cutoff]
            if pa[1] == "parent" and not kids:
                continue
            if pa[1] == "student" and str(pa[5]) > cutoff:
                continue
            if r.random() < 0.4:
                continue
            amount = 135.0 if pa[1] == "student" else round(110.0 * len(kids) * (0.9 if len(kids) > 1 else 1.0), 2)
            pays.append((pa[0], t + dt.timedelta(days=r.randint(-10, 20)), "Term fee", amount))
    pays.sort(key=lambda x: (x[1], int(str(x[0]))))
    insert(c, "payment", [(k, p, _iso(d), pu, a) for k, (p, d, pu, a) in enumerate(pays, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- sportspitches
SP_VENUES = {
    "Riverside Park": [("Grass", "11-a-side"), ("Grass", "11-a-side"), ("Grass", "7-a-side"), ("3G", "11-a-side")],
    "Hollins Field": [("Grass", "11-a-side"), ("Grass", "9-a-side"), ("Grass", "7-a-side"), ("Grass", "5-a-side")],
    "Kingsway Sports Centre": [("3G", "11-a-side"), ("3G", "5-a-side"), ("3G", "5-a-side"), ("Sand astro", "Hockey")],
    "St Anne's Recreation Ground": [("Grass", "11-a-side"), ("Grass", "7-a-side"), ("Grass", "Cricket")],
    "Moor Lane Playing Fields": [("Grass", "11-a-side"), ("Grass", "11-a-side"), ("Grass", "Rugby"),
                                 ("Grass", "9-a-side")],
    "Eastfield Academy": [("3G", "9-a-side"), ("Sand astro", "Hockey"), ("3G", "5-a-side")],
    "Northgate Leisure Centre": [("3G", "11-a-side"), ("3G", "7-a-side"), ("3G", "5-a-side"), ("3G", "5-a-side")],
    "Beech Road Park": [("Grass", "7-a-side"), ("Grass", "5-a-side"), ("Grass", "Rugby"), ("Grass", "Cricket")],
}  # fmt: skip
SP_RATE = {"11-a-side": 62.0, "9-a-side": 48.0, "7-a-side": 38.5, "5-a-side": 32.0, "Hockey": 70.0, "Rugby": 66.0,
           "Cricket": 55.0}  # fmt: skip
SP_CLUBS = [
    "Riverside Rovers FC", "Kingsway Juniors FC", "Moor Lane Hockey Club", "Northgate Ladies FC",
    "Eastfield Rugby Club", "Beech Road Cricket Club", "Hollins Athletic", "St Anne's Old Boys",
    "Ashby Wanderers", "Canal Side United", "Millbrook Youth FC", "Tanners Lane Rangers", "Sunday Strollers FC",
    "Parkway Walking Football", "Castle Vale Colts", "Harbour Rugby Club", "Greenbank Hockey Club",
    "Fernhill Girls FC", "Ironworks FC", "Old Mill Cricket Club", "Westside Veterans", "Longmeadow Lions",
    "Brookfield Tigers", "Queensway Celtic", "Copper Beech FC",
]  # fmt: skip
SP_SCHOOLS = [
    "St Anne's Primary School", "Hollins High School", "Eastfield Academy", "Northgate Primary School",
    "Kingsway College", "Beech Road Infants", "Moor Lane Junior School", "Riverside Free School",
    "Our Lady's Catholic Primary", "Millbrook Secondary",
]  # fmt: skip
SP_COMPANIES = [
    "Brightwave Ltd", "Harrow & Finch Solicitors", "Coldwell Logistics", "Pennine Software", "NHS Trust Social Club",
    "Atlas Insurance", "Greenlight Energy", "Morley Builders", "City Council Staff League", "Kestrel Accountants",
]  # fmt: skip
SP_CLOSURE_REASONS = ["Waterlogged", "Waterlogged", "Reseeding", "Line marking", "Drainage works", "Frozen",
                      "Event use"]  # fmt: skip


def build_sportspitches(path: Path) -> None:
    r = random.Random(49005)
    c = fresh_db(
        path,
        """
        CREATE TABLE Pitch (
            PitchId INTEGER PRIMARY KEY, PitchName TEXT NOT NULL, Venue TEXT NOT NULL, Surface TEXT NOT NULL,
            Format TEXT NOT NULL, HourlyRate REAL NOT NULL, Floodlit INTEGER NOT NULL);
        CREATE TABLE Hirer (
            HirerId INTEGER PRIMARY KEY, HirerName TEXT NOT NULL, HirerType TEXT NOT NULL, ContactName TEXT NOT NULL,
            Email TEXT, IsCharity INTEGER NOT NULL);
        CREATE TABLE Invoice (
            InvoiceId INTEGER PRIMARY KEY, HirerId INTEGER NOT NULL REFERENCES Hirer(HirerId), IssuedOn TEXT NOT NULL,
            DueOn TEXT NOT NULL, PaidOn TEXT);
        CREATE TABLE Booking (
            BookingId INTEGER PRIMARY KEY, PitchId INTEGER NOT NULL REFERENCES Pitch(PitchId),
            HirerId INTEGER NOT NULL REFERENCES Hirer(HirerId), InvoiceId INTEGER REFERENCES Invoice(InvoiceId),
            BookingDate TEXT NOT NULL, StartTime TEXT NOT NULL, Hours REAL NOT NULL, NetAmount REAL NOT NULL,
            DiscountAmount REAL NOT NULL, VatAmount REAL NOT NULL, Status TEXT NOT NULL);
        CREATE TABLE Closure (
            ClosureId INTEGER PRIMARY KEY, PitchId INTEGER NOT NULL REFERENCES Pitch(PitchId), FromDate TEXT NOT NULL,
            ToDate TEXT NOT NULL, Reason TEXT NOT NULL);
        """,
    )
    pitches = []
    for venue, kinds in SP_VENUES.items():
        for n, (surface, fmt) in enumerate(kinds, 1):
            rate = SP_RATE[fmt] * (1.25 if surface != "Grass" else 1.0)
            lit = int(surface != "Grass" or r.random() < 0.2)
            pitches.append((len(pitches) + 1, f"{venue} Pitch {n}", venue, surface, fmt, round(rate, 2), lit))
    insert(c, "Pitch", pitches)
    hirers = []
    people = _names(r, 60)
    for name in SP_CLUBS:
        f, s = people.pop()
        hirers.append((name, "Club", f"{f} {s}", int(r.random() < 0.4)))
    for name in SP_SCHOOLS:
        f, s = people.pop()
        hirers.append((name, "School", f"{f} {s}", 0))
    for name in SP_COMPANIES:
        f, s = people.pop()
        hirers.append((name, "Company", f"{f} {s}", 0))
    for _ in range(15):
        f, s = people.pop()
        hirers.append((f"{f} {s}", "Individual", f"{f} {s}", 0))
    rows = []
    for k, (name, typ, contact, charity) in enumerate(hirers, 1):
        slug = "".join(ch for ch in contact.lower() if ch.isalpha())
        rows.append((k, name, typ, contact, f"{slug}@example.org" if r.random() < 0.9 else None, charity))
    insert(c, "Hirer", rows)
    closures = []
    for _ in range(34):
        p = r.choice([p for p in pitches if p[0] % 4 != 2])
        start = day_between(r, D(2023, 10, 1), D(2025, 6, 10))
        closures.append((p[0], start, start + dt.timedelta(days=r.choice([1, 2, 3, 7, 14, 21])),
                         r.choice(SP_CLOSURE_REASONS)))  # fmt: skip
    closures.sort(key=lambda x: x[1])
    insert(c, "Closure", [(k, p, _iso(a), _iso(b), why) for k, (p, a, b, why) in enumerate(closures, 1)])
    weights = [6 if h[1] == "Club" else 3 if h[1] == "School" else 2 if h[1] == "Company" else 1 for h in hirers]
    for k in (53, 58):
        weights[k - 1] = 0  # two individuals never book
    taken: set[tuple[int, dt.date, str]] = set()
    books = []
    while len(books) < 360:
        h = r.choices(range(1, len(hirers) + 1), weights=weights)[0]
        typ, charity = hirers[h - 1][1], hirers[h - 1][3]
        p = r.choice(pitches)
        d = day_between(r, D(2024, 1, 1), D(2025, 7, 31))
        if d == TODAY or any(cp == p[0] and a <= d <= b for cp, a, b, _w in closures):
            continue
        tm = r.choice(["09:00", "10:00", "11:00", "14:00", "17:00", "18:00", "19:00", "20:00"])
        if (p[0], d, tm) in taken:
            continue
        taken.add((p[0], d, tm))
        hours = r.choice([1.0, 1.0, 1.5, 2.0, 2.0, 3.0])
        gross_list = p[5] * hours
        disc = 0.3 if typ == "School" else 0.2 if charity else 0.1 if hours >= 3 else 0.0
        discount = round(gross_list * disc, 2)
        net = round(gross_list - discount, 2)
        vat = 0.0 if typ == "School" or charity else round(net * 0.2, 2)
        st = "Confirmed" if d > LAST else "Cancelled" if r.random() < 0.11 else "Completed"
        books.append([p[0], h, None, d, tm, hours, net, discount, vat, st])
    books.sort(key=lambda x: (x[3], x[4], x[0]))
    invoices: dict[tuple[int, str], int] = {}
    inv_rows = []
    for b in books:
        d = b[3]
        if b[9] != "Completed" or d >= D(2025, 6, 1):
            continue
        key = (b[1], f"{d.year}-{d.month:02d}")
        if key not in invoices:
            issued = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
            invoices[key] = len(invoices) + 1
            due = issued + dt.timedelta(days=30)
            paid_after = r.randint(2, 45)
            paid = issued + dt.timedelta(days=paid_after)
            if paid > LAST or r.random() < 0.05:
                paid = None
            inv_rows.append((invoices[key], b[1], _iso(issued), _iso(due), _iso(paid)))
        b[2] = invoices[key]
    insert(c, "Invoice", inv_rows)
    insert(c, "Booking", [(k, p, h, i, _iso(d), *rest) for k, (p, h, i, d, *rest) in enumerate(books, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- mealsonwheels
MW_TOWNS = ["Hexham", "Prudhoe", "Corbridge", "Haltwhistle", "Ponteland"]
MW_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MW_STREETS = ["Station Road", "Front Street", "Church Lane", "Meadow Close", "Priestpopple", "Hencotes",
              "Eastgate", "Westfield Terrace", "Orchard Gardens", "Mill Lane", "Beaumont Street", "Quarry Bank"]  # fmt: skip
MW_DIETS = ["Standard", "Standard", "Standard", "Diabetic", "Vegetarian", "Soft food", "Low salt", "Halal"]
MW_INCIDENTS = ["No answer at door", "Client unwell", "Client found fallen", "Meal refused", "Key safe problem"]


def build_mealsonwheels(path: Path) -> None:
    r = random.Random(49006)
    c = fresh_db(
        path,
        """
        CREATE TABLE Client (
            Client_ID INTEGER PRIMARY KEY, First_Name TEXT NOT NULL, Last_Name TEXT NOT NULL, Street TEXT NOT NULL,
            Town TEXT NOT NULL, Diet TEXT NOT NULL, Started_On TEXT NOT NULL, Ended_On TEXT);
        CREATE TABLE Volunteer (
            Volunteer_ID INTEGER PRIMARY KEY, Full_Name TEXT NOT NULL, Phone TEXT NOT NULL, Has_Car INTEGER NOT NULL,
            Joined_On TEXT NOT NULL);
        CREATE TABLE Delivery_Round (
            Round_ID INTEGER PRIMARY KEY, Round_Name TEXT NOT NULL, Town TEXT NOT NULL, Weekday TEXT NOT NULL,
            Driver_ID INTEGER REFERENCES Volunteer(Volunteer_ID));
        CREATE TABLE Round_Client (
            Round_ID INTEGER NOT NULL REFERENCES Delivery_Round(Round_ID),
            Client_ID INTEGER NOT NULL REFERENCES Client(Client_ID), Stop_No INTEGER NOT NULL,
            PRIMARY KEY (Round_ID, Client_ID));
        CREATE TABLE Round_Month_Stat (
            Round_ID INTEGER NOT NULL REFERENCES Delivery_Round(Round_ID), Period_Year INTEGER NOT NULL,
            Period_Month INTEGER NOT NULL, Meals_Delivered INTEGER NOT NULL, Meals_Missed INTEGER NOT NULL,
            Miles_Driven REAL NOT NULL, PRIMARY KEY (Round_ID, Period_Year, Period_Month));
        CREATE TABLE Incident (
            Incident_ID INTEGER PRIMARY KEY, Client_ID INTEGER NOT NULL REFERENCES Client(Client_ID),
            Volunteer_ID INTEGER NOT NULL REFERENCES Volunteer(Volunteer_ID), Reported_At TEXT NOT NULL,
            Incident_Type TEXT NOT NULL, Escalated INTEGER NOT NULL);
        """,
    )
    names = _names(r, 120)
    clients = []
    for k in range(1, 83):
        f, s = names.pop()
        start = day_between(r, D(2021, 6, 1), D(2025, 5, 20))
        end = None
        if r.random() < 0.2:
            end = start + dt.timedelta(days=r.randint(40, 900))
            end = end if end <= LAST else None
        clients.append((k, f, s, f"{r.randint(1, 60)} {r.choice(MW_STREETS)}", r.choice(MW_TOWNS),
                        r.choice(MW_DIETS), _iso(start), _iso(end)))  # fmt: skip
    insert(c, "Client", clients)
    vols = []
    for k in range(1, 37):
        f, s = names.pop()
        vols.append((k, f"{f} {s}", _phone(r), int(k <= 24 or r.random() < 0.3),
                     _iso(day_between(r, D(2015, 1, 1), D(2025, 3, 31)))))  # fmt: skip
    insert(c, "Volunteer", vols)
    drivers = [v[0] for v in vols if v[3]]
    rounds = []
    for town in MW_TOWNS:
        for day in MW_DAYS:
            drv = 3 if (town, day) in {("Hexham", "Monday"), ("Corbridge", "Thursday")} else r.choice(drivers)
            rounds.append((len(rounds) + 1, f"{town} {day}", town, day, drv))
    insert(c, "Delivery_Round", rounds)
    rc = []
    for cl in clients:
        if cl[7] is not None:
            continue
        days = sorted(r.sample(range(6), r.choice([1, 2, 2, 3, 3, 4, 5])))
        for dd in days:
            rid = MW_TOWNS.index(cl[4]) * 6 + dd + 1
            rc.append([rid, cl[0], 0])
    rc.sort(key=lambda x: (x[0], x[1]))
    stop: dict[int, int] = {}
    for row in rc:
        stop[row[0]] = stop.get(row[0], 0) + 1
        row[2] = stop[row[0]]
    insert(c, "Round_Client", [tuple(x) for x in rc])
    stats = []
    periods = [(2024, m) for m in range(6, 13)] + [(2025, m) for m in range(1, 6)]
    for rid, _n, town, _d, _drv in rounds:
        base = max(2, stop.get(rid, 2))
        for y, m in periods:
            planned = base * r.choice([4, 4, 5]) + r.randint(-2, 3)
            missed = r.choices([0, 1, 2, 3, 4, 6], weights=[5, 4, 3, 2, 1, 1])[0] + (2 if m in (12, 1) else 0)
            miles = round(base * r.uniform(2.2, 4.5) * 4.3 + (15 if town == "Haltwhistle" else 0), 1)
            stats.append((rid, y, m, max(planned - missed, 1), missed, miles))
    insert(c, "Round_Month_Stat", stats)
    incs = []
    for _ in range(64):
        cl = r.choice(clients)
        lo = max(D.fromisoformat(cl[6]), D(2023, 6, 1))
        hi = D.fromisoformat(cl[7]) if cl[7] else LAST
        if lo > hi:
            continue
        d = day_between(r, lo, hi)
        typ = r.choices(MW_INCIDENTS, weights=[6, 3, 1, 2, 2])[0]
        esc = int(typ == "Client found fallen" or (typ == "Client unwell" and r.random() < 0.5) or r.random() < 0.05)
        at = f"{_iso(d)} {r.randint(11, 13):02d}:{r.randint(0, 59):02d}:00"
        incs.append((cl[0], r.choice(vols)[0], at, typ, esc))
    incs.sort(key=lambda x: x[2])
    insert(c, "Incident", [(k, *x) for k, x in enumerate(incs, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "timebank": build_timebank,
    "archery": build_archery,
    "advicecentre": build_advicecentre,
    "dojo": build_dojo,
    "sportspitches": build_sportspitches,
    "mealsonwheels": build_mealsonwheels,
}
