"""Six local-government, legal-services and compliance databases for the sixtieth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, with a few future rows where they are natural
(permits to start, hearings listed, trade-mark renewals falling due).

- ``streetworks`` (plain snake_case plural tables with ``id`` keys; self-referencing ``officers.manager_id``): a
  highway authority's street-works permit scheme. ``promoters`` (utilities and other works promoters, by sector),
  ``streets`` (district, road class, traffic-sensitive 0/1), ``officers`` (role, manager, joined/left dates),
  ``permits`` (work type, applied/start/end dates, status, fee), the link table ``permit_conditions`` with
  ``conditions``, ``inspections`` (category, Pass/Fail) and ``penalties`` (fixed penalty notices, paid 0/1).
- ``probate`` (singular PascalCase tables with ``TableNameId`` keys): a probate registry. ``Firm`` (solicitors),
  ``Examiner``, ``Deceased`` (date of death, last town, whether there was a will), ``Person`` (executors,
  administrators and caveators), ``Application`` (type, submitted and grant dates, gross and net estate, fee,
  status), the link table ``ApplicationExecutor`` and ``Caveat``.
- ``foi`` (snake_case with ``xxx_id`` keys and a status history table beside the main table): a council's freedom of
  information requests. ``departments``, ``officers``, ``requesters``, ``requests`` (regime FOI or EIR, received,
  due and closed dates, outcome), ``request_status_history`` (request_id, status, changed_on), ``exemptions`` and
  the link table ``request_exemptions``.
- ``amlchecks`` (UPPER_SNAKE names with 'Y'/'N' flags; self-referencing ``ANALYSTS.SUPERVISOR_ID``): an
  anti-money-laundering compliance team. ``ANALYSTS``, ``COUNTRIES`` (HIGH_RISK_FLAG), ``CLIENTS`` (type, risk
  rating, PEP_FLAG, ACTIVE_FLAG), ``KYC_REVIEWS``, ``ALERTS`` (CLOSED_FLAG, SAR_FILED_FLAG), ``BENEFICIAL_OWNERS``
  and the link table ``CLIENT_OWNERS`` (ownership percentage).
- ``trademarks`` (camelCase plural tables and columns): a trade-mark registry. ``applicants``, ``attorneys``,
  ``niceClasses`` (the 45 Nice classes), ``tradeMarks`` (filed, registered, status, renewal due), the link table
  ``markClasses``, ``oppositions`` and ``feePayments``.
- ``licensing`` (abbreviated legacy names: ``prem_no``, ``rcvd_dt``, ``fee_amt``, ``cllr_nm``): a council's
  premises licensing under the Licensing Act. ``ward``, ``prem``, ``cllr`` (councillors, licensing committee flag),
  ``lic_app`` (applications and temporary event notices), ``rep`` (representations against applications), ``hrg``
  (sub-committee hearings, some still to come) and the link table ``hrg_pnl`` (councillors sitting, chair 1/0).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FIRST_NAMES, LAST_NAMES, day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def _plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def _stamp(r: random.Random, d: dt.date, lo: int = 8, hi: int = 17) -> str:
    return f"{d.isoformat()} {r.randint(lo, hi - 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _money(r: random.Random, lo: float, hi: float) -> float:
    return round(r.uniform(lo, hi), 2)


# ----------------------------------------------------------------------------------------------------- streetworks
SW_PROMOTERS = [
    ("Thames Water", "Water", 9), ("Southern Water", "Water", 5), ("Affinity Water", "Water", 4),
    ("SES Water", "Water", 2), ("South East Water", "Water", 3), ("SGN", "Gas", 7), ("Cadent Gas", "Gas", 5),
    ("Wales & West Utilities", "Gas", 1), ("Northern Gas Networks", "Gas", 1), ("UK Power Networks", "Electricity", 8),
    ("SSE Networks", "Electricity", 3), ("National Grid Electricity", "Electricity", 2),
    ("Northern Powergrid", "Electricity", 1), ("Electricity North West", "Electricity", 1),
    ("Openreach", "Telecoms", 14), ("Virgin Media", "Telecoms", 8), ("CityFibre", "Telecoms", 10),
    ("Hyperoptic", "Telecoms", 4), ("Vodafone", "Telecoms", 3), ("Colt Technology Services", "Telecoms", 2),
    ("Zayo Group", "Telecoms", 1), ("Community Fibre", "Telecoms", 5), ("Lightning Fibre", "Telecoms", 2),
    ("Trooli", "Telecoms", 3), ("County Highways", "Highways", 6), ("Street Lighting PFI", "Highways", 3),
    ("Drainage and Flood Team", "Highways", 2), ("Siemens Mobility", "Highways", 1),
    ("Veolia Heat Networks", "District Heating", 1), ("Metro Heat Network", "District Heating", 0),
]  # fmt: skip
SW_DISTRICTS = ["Northgate", "Southfields", "Eastbrook", "Westmead", "Central", "Riverside"]
SW_STREET_STEMS = [
    "High", "Station", "Church", "Mill", "London", "Queen", "King", "Victoria", "Park", "Green", "Manor", "School",
    "Bridge", "Chapel", "Castle", "Market", "North", "South", "West", "Orchard", "Meadow", "Willow", "Elm", "Oak",
    "Ash", "Beech", "Cedar", "Holly", "Rose", "Albert", "Windsor", "York", "Clarence", "Grove", "Springfield",
    "Kingsway", "Broad", "Long", "Nelson", "Wellington", "Cromwell", "Tudor", "Stanley", "Hill", "Brook", "Forest",
    "Heath", "Priory", "Abbey", "Canal", "Riverside", "Harbour", "Fairfield", "Cherry", "Lime", "Hawthorn",
    "Poplar", "Sycamore", "Maple", "Birch",
]  # fmt: skip
SW_SUFFIXES = ["Road", "Street", "Lane", "Avenue", "Close", "Way", "Crescent", "Drive"]
SW_CONDITIONS = [
    ("NCT01a", "Working hours restricted to 09:30-15:30"), ("NCT01b", "No working at weekends"),
    ("NCT02a", "Footway to remain open at all times"), ("NCT02b", "Signed pedestrian diversion required"),
    ("NCT03", "Road closure under traffic regulation order"), ("NCT04a", "Two-way temporary traffic signals"),
    ("NCT04b", "Multi-way signals, manually controlled at peak times"), ("NCT05", "Bus stop suspension required"),
    ("NCT06", "Parking bay suspension required"), ("NCT07", "Advance warning signs seven days before start"),
    ("NCT08a", "Excavation to be plated outside working hours"), ("NCT08b", "Site left safe and lit overnight"),
    ("NCT09a", "Letter drop to residents before works"), ("NCT09b", "Information board on site"),
    ("NCT10", "Avoid school start and finish times"), ("NCT11a", "Tree roots protected by hand digging"),
    ("NCT11b", "Noise limits near residential care home"), ("NCT12", "Access to business premises maintained"),
    ("NCT13", "Cycle lane kept open or diverted"), ("NCT14", "Coordinated with adjacent works"),
    ("NCT15", "No works during market days"), ("NCT16", "Emergency vehicle access maintained"),
    ("NCT17", "Traffic management plan to be approved"), ("NCT18", "Reinstatement to be permanent first time"),
    ("NCT19", "Joint inspection with highway authority before start"), ("NCT20", "Works outside event embargo"),
    ("NCT21", "Night working permitted"), ("NCT22", "Heritage paving to be reused"),
    ("NCT23", "Embargo on newly surfaced road"), ("NCT24", "Level crossing authority consent"),
]  # fmt: skip
SW_WORKS = {
    "Water": ["Repair burst main", "Replace lead service pipe", "New water connection", "Valve replacement"],
    "Gas": ["Gas main replacement", "Repair gas escape", "New gas service", "Governor upgrade"],
    "Electricity": ["Cable fault repair", "New supply connection", "LV cable laying", "Link box replacement"],
    "Telecoms": ["Fibre duct installation", "New telegraph pole", "Cabinet installation", "Chamber replacement"],
    "Highways": ["Carriageway resurfacing", "Street lighting column replacement", "Gully repair", "Kerb works"],
    "District Heating": ["Heat network pipe laying", "Heat network connection"],
}
SW_FEES = {
    ("Major", 1): 240.00, ("Major", 0): 150.00, ("Standard", 1): 130.00, ("Standard", 0): 82.50,
    ("Minor", 1): 65.00, ("Minor", 0): 42.50, ("Immediate", 1): 60.00, ("Immediate", 0): 37.50,
}  # fmt: skip


def build_streetworks(path: Path) -> None:
    r = random.Random(60001)
    c = fresh_db(
        path,
        """
        CREATE TABLE promoters (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sector TEXT NOT NULL, contact_email TEXT);
        CREATE TABLE streets (id INTEGER PRIMARY KEY, name TEXT NOT NULL, district TEXT NOT NULL,
            road_class TEXT NOT NULL, traffic_sensitive INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE officers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
            manager_id INTEGER REFERENCES officers(id), joined_on DATE NOT NULL, left_on DATE);
        CREATE TABLE conditions (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, description TEXT NOT NULL);
        CREATE TABLE permits (id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE,
            promoter_id INTEGER NOT NULL REFERENCES promoters(id), street_id INTEGER NOT NULL REFERENCES streets(id),
            officer_id INTEGER NOT NULL REFERENCES officers(id), work_type TEXT NOT NULL, description TEXT NOT NULL,
            applied_on DATE NOT NULL, start_date DATE NOT NULL, end_date DATE NOT NULL, status TEXT NOT NULL,
            fee REAL NOT NULL);
        CREATE TABLE permit_conditions (permit_id INTEGER NOT NULL REFERENCES permits(id),
            condition_id INTEGER NOT NULL REFERENCES conditions(id), PRIMARY KEY (permit_id, condition_id));
        CREATE TABLE inspections (id INTEGER PRIMARY KEY, permit_id INTEGER NOT NULL REFERENCES permits(id),
            officer_id INTEGER NOT NULL REFERENCES officers(id), inspected_on DATE NOT NULL, category TEXT NOT NULL,
            result TEXT NOT NULL);
        CREATE TABLE penalties (id INTEGER PRIMARY KEY, permit_id INTEGER NOT NULL REFERENCES permits(id),
            issued_on DATE NOT NULL, reason TEXT NOT NULL, amount REAL NOT NULL, paid INTEGER NOT NULL DEFAULT 0);
        """,
    )
    proms = []
    for k, (n, sec, _w) in enumerate(SW_PROMOTERS, 1):
        slug = "".join(ch for ch in n.lower() if ch.isalnum())
        proms.append((k, n, sec, None if k in (9, 21) else f"streetworks@{slug}.example"))
    insert(c, "promoters", proms)
    stems = SW_STREET_STEMS[:]
    r.shuffle(stems)
    streets = []
    for k, stem in enumerate(stems, 1):
        rc = r.choices(["A", "B", "C", "Unclassified"], [2, 2, 3, 5])[0]
        ts = 1 if rc == "A" or (rc == "B" and r.random() < 0.5) else 0
        streets.append((k, f"{stem} {r.choice(SW_SUFFIXES)}", SW_DISTRICTS[(k - 1) % 6], rc, ts))
    insert(c, "streets", streets)
    names = full_names(r, 30)
    officers: list[tuple[int, str, str, int | None, dt.date, dt.date | None]] = [
        (1, names[0], "Head of Streetworks", None, D(2014, 4, 1), None)
    ]
    for k in range(2, 6):
        officers.append((k, names[k - 1], "Team Leader", 1, day_between(r, D(2015, 1, 1), D(2021, 1, 1)), None))
    for k in range(6, 13):
        officers.append((k, names[k - 1], "Permit Coordinator", r.choice([2, 3]),
                         day_between(r, D(2016, 1, 1), D(2022, 6, 1)), None))  # fmt: skip
    for k in range(13, 31):
        joined = day_between(r, D(2015, 1, 1), D(2022, 12, 1))
        left = None
        if k in (15, 22):
            left = D(2024, 9, 30) if k == 15 else D(2024, 11, 22)
        if k == 30:
            joined = D(2025, 5, 6)
        officers.append((k, names[k - 1], "Inspector", r.choice([4, 5]), joined, left))
    insert(c, "officers", [(i, n, ro, m, _iso(j), _iso(lf)) for i, n, ro, m, j, lf in officers])
    insert(c, "conditions", [(k, code, desc) for k, (code, desc) in enumerate(SW_CONDITIONS, 1)])
    permits = []
    weights = [w for _n, _s, w in SW_PROMOTERS]
    for _ in range(250):
        pid = r.choices(range(1, 31), weights)[0]
        sid = r.randint(1, 55)
        applied = day_between(r, START, LAST)
        wt = r.choices(["Minor", "Standard", "Major", "Immediate"], [40, 30, 14, 16])[0]
        lead = {"Minor": (3, 10), "Standard": (10, 25), "Major": (30, 90), "Immediate": (0, 0)}[wt]
        dur = {"Minor": (1, 3), "Standard": (4, 10), "Major": (11, 60), "Immediate": (1, 4)}[wt]
        start = _plus(applied, r.randint(*lead))
        end = _plus(start, r.randint(*dur) - 1)
        x = r.random()
        if wt != "Immediate" and applied >= _plus(LAST, -6):
            st = "Pending"
        elif wt != "Immediate" and x < 0.07:
            st = "Refused"
        elif x < 0.12:
            st = "Cancelled"
        elif end < TODAY:
            st = "Completed"
        else:
            st = "Granted"
        coord = r.choice([o[0] for o in officers if o[2] == "Permit Coordinator" and o[4] <= applied])
        desc = r.choice(SW_WORKS[SW_PROMOTERS[pid - 1][1]])
        fee = SW_FEES[(wt, streets[sid - 1][4])]
        permits.append([pid, sid, coord, wt, desc, applied, start, end, st, fee])
    permits.sort(key=lambda p: (p[5], p[0], p[1]))
    seq: dict[int, int] = {}
    rows = []
    for k, p in enumerate(permits, 1):
        yy = p[5].year % 100
        seq[yy] = seq.get(yy, 0) + 1
        ref = f"KC{yy}-{seq[yy]:04d}"
        rows.append((k, ref, p[0], p[1], p[2], p[3], p[4], _iso(p[5]), _iso(p[6]), _iso(p[7]), p[8], p[9]))
    insert(c, "permits", rows)
    pc = []
    cw = [9, 3, 6, 2, 3, 5, 2, 2, 4, 3, 2, 3, 4, 2, 2, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1]
    for k, p in enumerate(permits, 1):
        if p[3] == "Immediate":
            continue
        n = r.choices([0, 1, 2, 3], [25, 40, 25, 10])[0]
        chosen: set[int] = set()
        while len(chosen) < n:
            chosen.add(r.choices(range(1, 26), cw)[0])
        pc.extend((k, cid) for cid in sorted(chosen))
    insert(c, "permit_conditions", pc)
    worked = [(k, p) for k, p in enumerate(permits, 1) if p[8] in ("Completed", "Granted") and p[6] <= LAST]
    insp = []
    for _ in range(330):
        k, p = r.choice(worked)
        d = day_between(r, p[6], min(_plus(p[7], 120), LAST))
        pool = [o[0] for o in officers if o[2] == "Inspector" and o[4] <= d and (o[5] is None or d <= o[5])]
        off = r.choice(pool)
        if d <= p[7]:
            cat = r.choices(["Sample A", "Defect", "Third Party"], [8, 2, 1])[0]
        elif d <= _plus(p[7], 30):
            cat = r.choices(["Sample B", "Defect", "Third Party"], [8, 2, 1])[0]
        else:
            cat = r.choices(["Sample C", "Defect"], [8, 1])[0]
        res = "Fail" if r.random() < (0.45 if cat == "Defect" else 0.15) else "Pass"
        insp.append((k, off, d, cat, res))
    insp.sort(key=lambda x: (x[2], x[0]))
    insert(c, "inspections", [(i, k, o, _iso(d), ca, re) for i, (k, o, d, ca, re) in enumerate(insp, 1)])
    pens = []
    reasons = [("Breach of permit condition", 120.00, 80.00), ("Working without a permit", 500.00, 300.00),
               ("Late works completion notice", 120.00, 80.00), ("Works start notice not given", 120.00, 80.00)]  # fmt: skip
    started = [(k, p) for k, p in enumerate(permits, 1) if p[8] in ("Completed", "Granted") and p[6] <= _plus(LAST, -3)]
    for _ in range(60):
        k, p = r.choice(started)
        d = day_between(r, _plus(p[6], 1), min(_plus(p[6], 25), LAST))
        reason, full, early = r.choices(reasons, [10, 2, 4, 3])[0]
        paid = 0 if d > _plus(LAST, -29) and r.random() < 0.6 else int(r.random() < 0.72)
        amount = early if paid and r.random() < 0.6 else full
        pens.append((k, d, reason, amount, paid))
    pens.sort(key=lambda x: (x[1], x[0]))
    insert(c, "penalties", [(i, k, _iso(d), re, a, pd) for i, (k, d, re, a, pd) in enumerate(pens, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- probate
PR_CITIES = ["Bristol", "Bath", "Gloucester", "Exeter", "Cardiff", "Manchester"]
PR_FIRM_FORMS = ["{a} & Co", "{a} {b} LLP", "{a} {b} Solicitors", "{a} Law", "{a} & {b}"]
PR_TOWNS = ["Bristol", "Bath", "Weston-super-Mare", "Gloucester", "Cheltenham", "Exeter", "Taunton", "Cardiff",
            "Newport", "Swindon", "Stroud", "Yeovil"]  # fmt: skip


def build_probate(path: Path) -> None:
    r = random.Random(60002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Firm (FirmId INTEGER PRIMARY KEY, FirmName TEXT NOT NULL, City TEXT NOT NULL,
            SraNumber TEXT NOT NULL);
        CREATE TABLE Examiner (ExaminerId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Grade TEXT NOT NULL,
            StartDate DATE NOT NULL);
        CREATE TABLE Deceased (DeceasedId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            DateOfBirth DATE NOT NULL, DateOfDeath DATE NOT NULL, LastTown TEXT NOT NULL, HadWill INTEGER NOT NULL);
        CREATE TABLE Person (PersonId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            Town TEXT NOT NULL, IsProfessional INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE Application (ApplicationId INTEGER PRIMARY KEY, CaseReference TEXT NOT NULL UNIQUE,
            DeceasedId INTEGER NOT NULL REFERENCES Deceased(DeceasedId), FirmId INTEGER REFERENCES Firm(FirmId),
            ExaminerId INTEGER NOT NULL REFERENCES Examiner(ExaminerId), ApplicationType TEXT NOT NULL,
            SubmittedDate DATE NOT NULL, GrantIssuedDate DATE, GrossEstateValue REAL NOT NULL,
            NetEstateValue REAL NOT NULL, FeePaid REAL NOT NULL, Status TEXT NOT NULL);
        CREATE TABLE ApplicationExecutor (ApplicationId INTEGER NOT NULL REFERENCES Application(ApplicationId),
            PersonId INTEGER NOT NULL REFERENCES Person(PersonId), Role TEXT NOT NULL, Relationship TEXT NOT NULL,
            PRIMARY KEY (ApplicationId, PersonId));
        CREATE TABLE Caveat (CaveatId INTEGER PRIMARY KEY, DeceasedId INTEGER NOT NULL REFERENCES Deceased(DeceasedId),
            CaveatorId INTEGER NOT NULL REFERENCES Person(PersonId), EnteredDate DATE NOT NULL,
            ExpiryDate DATE NOT NULL, Status TEXT NOT NULL);
        """,
    )
    firms = []
    used: set[str] = set()
    while len(firms) < 30:
        a, b = r.sample(LAST_NAMES, 2)
        fn = r.choice(PR_FIRM_FORMS).format(a=a, b=b)
        if fn in used:
            continue
        used.add(fn)
        city = r.choice(PR_CITIES)
        firms.append((len(firms) + 1, fn, city, f"{r.randint(100000, 699999)}"))
    insert(c, "Firm", firms)
    ex = []
    for k, n in enumerate(full_names(r, 30), 1):
        grade = "Team Leader" if k <= 4 else "Senior Probate Officer" if k <= 12 else "Probate Officer"
        ex.append((k, n, grade, _iso(day_between(r, D(2010, 1, 1), D(2023, 6, 1)))))
    insert(c, "Examiner", ex)
    deceased = []
    taken: set[tuple[str, str]] = set()
    for k in range(1, 201):
        while True:
            f, s = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
            if (f, s) not in taken:
                taken.add((f, s))
                break
        dod = day_between(r, D(2022, 7, 1), D(2025, 5, 20))
        dob = _plus(dod, -r.randint(52 * 365, 99 * 365))
        deceased.append((k, f, s, dob, dod, r.choice(PR_TOWNS), int(r.random() < 0.72)))
    deceased.sort(key=lambda x: x[4])
    deceased = [(k, *x[1:]) for k, x in enumerate(deceased, 1)]
    insert(c, "Deceased", [(k, f, s, _iso(b), _iso(d), t, w) for k, f, s, b, d, t, w in deceased])
    persons: list[tuple[int, str, str, str, int]] = []
    pkeys: set[tuple[str, str]] = set()

    def person(last: str | None, town: str, prof: int = 0) -> int:
        while True:
            f = r.choice(FIRST_NAMES)
            s = last if last and r.random() < 0.8 else r.choice(LAST_NAMES)
            if (f, s) not in pkeys and (f, s) not in taken:
                pkeys.add((f, s))
                persons.append((len(persons) + 1, f, s, town, prof))
                return len(persons)

    pros = [person(None, r.choice(PR_CITIES), 1) for _ in range(6)]
    apps = []
    links = []
    for dk, _f, s, _b, dod, town, will in deceased:
        sub = _plus(dod, r.randint(25, 320))
        if sub > LAST or r.random() < 0.06:
            continue
        if will:
            typ = "Grant of Probate" if r.random() < 0.88 else "Letters of Administration with Will Annexed"
        else:
            typ = "Letters of Administration"
        firm = None if r.random() < 0.33 else r.randint(1, 30)
        age = (LAST - sub).days
        x = r.random()
        if age < 45:
            st = "Pending" if x < 0.85 else "Stopped"
        elif x < 0.84:
            st = "Issued"
        elif x < 0.92:
            st = "Stopped"
        elif x < 0.96:
            st = "Withdrawn"
        else:
            st = "Pending"
        grant = None
        if st == "Issued":
            grant = _plus(sub, r.randint(12, min(140, age)))
        gross = round(min(r.lognormvariate(12.6, 0.75), 2_900_000) + r.random(), 2)
        net = round(gross * r.uniform(0.62, 0.99), 2)
        fee = round((273.00 if net > 5000 else 0.0) + 1.50 * r.randint(0, 6), 2)
        apps.append([dk, firm, r.randint(1, 30), typ, sub, grant, gross, net, fee, st, s, town])
    apps.sort(key=lambda a: (a[4], a[0]))
    arows = []
    for k, a in enumerate(apps, 1):
        dk, firm, exr, typ, sub, grant, gross, net, fee, st, s, town = a
        arows.append((k, f"PA-{sub.year}-{1000 + k:05d}", dk, firm, exr, typ, _iso(sub), _iso(grant), gross, net,
                      fee, st))  # fmt: skip
        role = "Administrator" if typ.startswith("Letters") else "Executor"
        n = r.choices([1, 2, 3, 4], [42, 40, 13, 5])[0]
        ids: list[tuple[int, str]] = []
        if r.random() < 0.07:
            ids.append((r.choice(pros), "Professional"))
        while len(ids) < n:
            rel = r.choice(["Spouse", "Son", "Daughter", "Sibling", "Nephew", "Niece", "Friend"])
            last = s if rel in ("Spouse", "Son", "Daughter", "Sibling") else None
            pid = person(last, town if r.random() < 0.6 else r.choice(PR_TOWNS))
            ids.append((pid, rel))
        for pid, rel in ids:
            links.append((k, pid, role, rel))
    # a few relatives who act on a second estate (a widow who later dies, a sibling twice)
    for _ in range(9):
        k = r.randint(1, len(apps))
        pid = r.choice([lk[1] for lk in links if lk[3] != "Professional" and lk[0] != k])
        if all(not (lk[0] == k and lk[1] == pid) for lk in links):
            role = "Administrator" if apps[k - 1][3].startswith("Letters") else "Executor"
            links.append((k, pid, role, "Sibling"))
    links.sort()
    cav = []
    for _ in range(40):
        dk, _f, s, _b, dod, town, _w = r.choice(deceased)
        ent = day_between(r, _plus(dod, 7), min(_plus(dod, 400), LAST))
        exp = _plus(ent, 182)
        if r.random() < 0.2:
            st = "Withdrawn"
        elif exp < TODAY:
            st = "Expired" if r.random() < 0.85 else "Warned"
        else:
            st = "Active"
        cav.append((dk, person(s, town), ent, exp, st))
    cav.sort(key=lambda x: x[2])
    insert(c, "Person", persons)
    insert(c, "Application", arows)
    insert(c, "ApplicationExecutor", links)
    insert(c, "Caveat", [(k, dk, p, _iso(e), _iso(x), st) for k, (dk, p, e, x, st) in enumerate(cav, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------------- foi
FO_DEPTS = [
    ("Adult Social Care", "People", 5), ("Children's Services", "People", 7), ("Education", "People", 5),
    ("Public Health", "People", 3), ("Housing", "People", 6), ("Libraries", "People", 1),
    ("Highways", "Place", 9), ("Waste and Recycling", "Place", 6), ("Planning", "Place", 6),
    ("Building Control", "Place", 1), ("Environmental Health", "Place", 3), ("Parks and Open Spaces", "Place", 2),
    ("Parking Services", "Place", 6), ("Licensing", "Place", 2), ("Trading Standards", "Place", 1),
    ("Economic Development", "Place", 1), ("Leisure Services", "Place", 1), ("Cemeteries and Crematoria", "Place", 1),
    ("Council Tax", "Resources", 4), ("Business Rates", "Resources", 3), ("Finance", "Resources", 5),
    ("Human Resources", "Resources", 4), ("IT Services", "Resources", 3), ("Procurement", "Resources", 3),
    ("Property Services", "Resources", 2), ("Legal Services", "Resources", 1), ("Information Governance", "Resources", 0),
    ("Electoral Services", "Chief Executive's", 1), ("Communications", "Chief Executive's", 1),
    ("Emergency Planning", "Chief Executive's", 0),
]  # fmt: skip
FO_EIR = {7, 8, 9, 11, 12}
FO_SUBJECTS = [
    "Spend on agency staff", "Number of potholes reported", "Consultancy contracts over 50,000",
    "Bin collection complaints", "Parking fines issued by street", "Children in care placements out of area",
    "Empty homes in the borough", "Cost of council credit cards", "Planning enforcement cases",
    "Air quality monitoring results", "School transport costs", "Housing waiting list numbers",
    "Councillor expenses", "IT system contracts", "Business rates credits", "Council tax arrears",
    "Fly-tipping incidents", "Tree felling in parks", "Use of temporary accommodation", "Staff sickness absence",
    "Cyber security incidents", "Public health grant spend", "Licensed HMOs list", "Road gritting routes",
    "Social care waiting times", "Property portfolio valuations", "Legal settlements paid", "Library closures",
]  # fmt: skip
FO_TYPES = [("Member of Public", 10), ("Journalist", 4), ("Business", 3), ("Campaign Group", 2), ("Researcher", 2),
            ("Elected Representative", 1)]  # fmt: skip
FO_ORGS = {
    "Journalist": ["Bristol Post", "BBC Local Democracy Reporting", "The Guardian", "Western Daily Press"],
    "Business": ["Spend Insight Ltd", "Tussell", "GovData Analytics", "Brightside Consulting"],
    "Campaign Group": ["TaxPayers' Alliance", "Friends of the Earth", "Shelter", "Cycling UK"],
    "Researcher": ["University of Bristol", "Cardiff University", "Institute for Fiscal Studies"],
    "Elected Representative": ["House of Commons", "Town Council"],
}
FO_EXEMPTIONS = [
    ("s12", "Cost of compliance exceeds limit", "FOI"), ("s14", "Vexatious or repeated request", "FOI"),
    ("s21", "Information accessible by other means", "FOI"), ("s22", "Intended for future publication", "FOI"),
    ("s23", "Security bodies", "FOI"), ("s24", "National security", "FOI"), ("s26", "Defence", "FOI"),
    ("s27", "International relations", "FOI"), ("s28", "Relations within the UK", "FOI"),
    ("s29", "The economy", "FOI"), ("s30", "Investigations by public authorities", "FOI"),
    ("s31", "Law enforcement", "FOI"), ("s32", "Court records", "FOI"), ("s33", "Audit functions", "FOI"),
    ("s36", "Prejudice to effective conduct of public affairs", "FOI"), ("s38", "Health and safety", "FOI"),
    ("s39", "Environmental information", "FOI"), ("s40", "Personal information", "FOI"),
    ("s41", "Information provided in confidence", "FOI"), ("s42", "Legal professional privilege", "FOI"),
    ("s43", "Commercial interests", "FOI"), ("s44", "Prohibitions on disclosure", "FOI"),
    ("reg 12(4)(a)", "Information not held", "EIR"), ("reg 12(4)(b)", "Manifestly unreasonable request", "EIR"),
    ("reg 12(4)(d)", "Material in the course of completion", "EIR"),
    ("reg 12(4)(e)", "Internal communications", "EIR"), ("reg 12(5)(b)", "Course of justice", "EIR"),
    ("reg 12(5)(e)", "Confidentiality of commercial information", "EIR"),
    ("reg 12(5)(f)", "Interests of the person who provided the information", "EIR"),
    ("reg 13", "Personal data", "EIR"),
]  # fmt: skip
FO_EX_FOI = {1: 6, 2: 1, 3: 3, 4: 2, 11: 1, 12: 3, 15: 1, 18: 8, 19: 2, 20: 2, 21: 6}
FO_EX_EIR = {24: 2, 25: 2, 26: 1, 28: 3, 30: 4}


def build_foi(path: Path) -> None:
    r = random.Random(60003)
    c = fresh_db(
        path,
        """
        CREATE TABLE departments (department_id INTEGER PRIMARY KEY, name TEXT NOT NULL, directorate TEXT NOT NULL);
        CREATE TABLE officers (officer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
            department_id INTEGER NOT NULL REFERENCES departments(department_id), job_title TEXT NOT NULL,
            email TEXT NOT NULL);
        CREATE TABLE requesters (requester_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
            requester_type TEXT NOT NULL, organisation TEXT, email TEXT);
        CREATE TABLE requests (request_id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE,
            requester_id INTEGER NOT NULL REFERENCES requesters(requester_id),
            department_id INTEGER NOT NULL REFERENCES departments(department_id),
            officer_id INTEGER REFERENCES officers(officer_id), regime TEXT NOT NULL, subject TEXT NOT NULL,
            received_on DATE NOT NULL, due_on DATE NOT NULL, closed_on DATE, outcome TEXT);
        CREATE TABLE request_status_history (history_id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES requests(request_id), status TEXT NOT NULL,
            changed_on TEXT NOT NULL);
        CREATE TABLE exemptions (exemption_id INTEGER PRIMARY KEY, section TEXT NOT NULL, title TEXT NOT NULL,
            regime TEXT NOT NULL);
        CREATE TABLE request_exemptions (request_id INTEGER NOT NULL REFERENCES requests(request_id),
            exemption_id INTEGER NOT NULL REFERENCES exemptions(exemption_id), PRIMARY KEY (request_id, exemption_id));
        """,
    )
    insert(c, "departments", [(k, n, d) for k, (n, d, _w) in enumerate(FO_DEPTS, 1)])
    # officers: Information Governance holds the team; a few departments have their own FOI leads
    offs = []
    depts_with_lead = [7, 2, 9, 8, 5, 13, 21, 1, 3, 19, 22, 4, 11, 20, 23, 24, 25, 14, 12, 28, 29]
    for k, n in enumerate(full_names(r, 30), 1):
        if k <= 9:
            dep, title = 27, "Information Governance Officer" if k > 1 else "Information Governance Manager"
        else:
            dep, title = depts_with_lead[k - 10], "Service FOI Lead"
        email = n.lower().replace(" ", ".") + "@council.example"
        offs.append((k, n, dep, title, email))
    insert(c, "officers", offs)
    reqs = []
    rnames = full_names(r, 110)
    rtypes = [t for t, _w in FO_TYPES]
    rws = [w for _t, w in FO_TYPES]
    requesters = []
    for k, n in enumerate(rnames, 1):
        t = r.choices(rtypes, rws)[0]
        org = r.choice(FO_ORGS[t]) if t in FO_ORGS else None
        email = None if r.random() < 0.08 else n.lower().replace(" ", ".") + "@mail.example"
        requesters.append((k, n, t, org, email))
    insert(c, "requesters", requesters)
    qweights = [6 if t == "Journalist" else 3 if t in ("Campaign Group", "Business") else 1 for _k, _n, t, _o, _e in
                requesters]  # fmt: skip
    qweights[4] = 14
    dweights = [w for _n, _d, w in FO_DEPTS]
    for _ in range(132):
        rq = r.choices(range(1, 111), qweights)[0]
        dep = r.choices(range(1, 31), dweights)[0]
        recv = day_between(r, START, LAST)
        reqs.append([rq, dep, recv])
    reqs.sort(key=lambda x: (x[2], x[0]))
    rows, hist, rex = [], [], []
    seq: dict[int, int] = {}
    late_open = 0
    for k, (rq, dep, recv) in enumerate(reqs, 1):
        seq[recv.year] = seq.get(recv.year, 0) + 1
        ref = f"FOI-{recv.year}-{seq[recv.year]:04d}"
        regime = "EIR" if dep in FO_EIR and r.random() < 0.7 else "FOI"
        leads = [o[0] for o in offs if o[2] == dep]
        off = r.choice(leads) if leads and r.random() < 0.75 else r.randint(2, 9)
        if recv >= _plus(LAST, -4) and r.random() < 0.7:
            off = None
        due = _plus(recv, 28)
        h = [(recv, "Received", _stamp(r, recv))]
        clar = r.random() < (0.45 if recv >= _plus(LAST, -60) else 0.12)
        if clar:
            cd = _plus(recv, r.randint(1, 6))
            if cd <= LAST:
                h.append((cd, "Clarification Sought", _stamp(r, cd)))
                due = _plus(cd, 28 + r.randint(3, 10))
        closed = None
        outcome = None
        span = r.choices([r.randint(3, 27), r.randint(29, 70)], [86, 14])[0]
        if _plus(recv, span) <= LAST and not (late_open < 3 and (LAST - recv).days > 40 and r.random() < 0.06):
            closed = _plus(recv, span) if not clar else max(_plus(recv, span), _plus(h[-1][0], 3))
            if closed > LAST:
                closed = None
        elif closed is None and (LAST - recv).days > 40:
            late_open += 1
        if closed:
            outcome = r.choices(["Information supplied in full", "Partially supplied", "Refused",
                                 "Information not held", "Withdrawn"], [45, 20, 13, 15, 7])[0]  # fmt: skip
            h.append((closed, "Withdrawn" if outcome == "Withdrawn" else "Response Sent", _stamp(r, closed)))
            if outcome in ("Refused", "Partially supplied"):
                pool = FO_EX_EIR if regime == "EIR" else FO_EX_FOI
                n = r.choices([1, 2], [75, 25])[0]
                chosen: set[int] = set()
                while len(chosen) < n:
                    chosen.add(r.choices(list(pool), list(pool.values()))[0])
                rex.extend((k, e) for e in sorted(chosen))
                if r.random() < 0.4:
                    ir = _plus(closed, r.randint(3, 35))
                    if ir <= LAST:
                        h.append((ir, "Internal Review Requested", _stamp(r, ir)))
                        rc = _plus(ir, r.randint(10, 45))
                        if rc <= LAST:
                            h.append((rc, "Review Completed", _stamp(r, rc)))
        rows.append((k, ref, rq, dep, off, regime, r.choice(FO_SUBJECTS), _iso(recv), _iso(due), _iso(closed),
                     outcome))  # fmt: skip
        hist.extend((k, st, stamp) for _d, st, stamp in h)
    insert(c, "requests", rows)
    hist.sort(key=lambda x: (x[2], x[0]))
    insert(c, "request_status_history", [(i, *x) for i, x in enumerate(hist, 1)])
    insert(c, "exemptions", [(k, s, t, rg) for k, (s, t, rg) in enumerate(FO_EXEMPTIONS, 1)])
    insert(c, "request_exemptions", rex)
    done(c)


# ------------------------------------------------------------------------------------------------------- amlchecks
AM_COUNTRIES = [
    ("GB", "United Kingdom", 0), ("IE", "Ireland", 0), ("FR", "France", 0), ("DE", "Germany", 0),
    ("NL", "Netherlands", 0), ("ES", "Spain", 0), ("IT", "Italy", 0), ("PT", "Portugal", 0), ("BE", "Belgium", 0),
    ("CH", "Switzerland", 0), ("LU", "Luxembourg", 0), ("PL", "Poland", 0), ("SE", "Sweden", 0),
    ("US", "United States", 0), ("CA", "Canada", 0), ("AU", "Australia", 0), ("SG", "Singapore", 0),
    ("HK", "Hong Kong", 0), ("AE", "United Arab Emirates", 0), ("IN", "India", 0), ("CN", "China", 0),
    ("JP", "Japan", 0), ("BR", "Brazil", 0), ("MX", "Mexico", 0), ("TR", "Turkey", 0), ("CY", "Cyprus", 0),
    ("MT", "Malta", 0), ("GI", "Gibraltar", 0), ("JE", "Jersey", 0), ("IM", "Isle of Man", 0),
    ("NG", "Nigeria", 1), ("ZA", "South Africa", 1), ("KE", "Kenya", 1), ("VN", "Vietnam", 1),
    ("PH", "Philippines", 1), ("HR", "Croatia", 1), ("BG", "Bulgaria", 1), ("MC", "Monaco", 1),
    ("IR", "Iran", 1), ("MM", "Myanmar", 1),
]  # fmt: skip
AM_CO_A = ["Harbour", "Summit", "Northwind", "Silverline", "Redwood", "Bluegate", "Crown", "Kestrel", "Atlas",
           "Meridian", "Oakridge", "Pioneer", "Sterling", "Falcon", "Granite", "Horizon", "Lakeside", "Vanguard"]  # fmt: skip
AM_CO_B = ["Trading", "Logistics", "Holdings", "Capital", "Imports", "Property", "Ventures", "Foods", "Textiles",
           "Minerals", "Shipping", "Partners"]  # fmt: skip
AM_TEAMS = ["Onboarding", "Transaction Monitoring", "Sanctions", "Periodic Review"]


def build_amlchecks(path: Path) -> None:
    r = random.Random(60004)
    c = fresh_db(
        path,
        """
        CREATE TABLE ANALYSTS (ANALYST_ID INTEGER PRIMARY KEY, FULL_NAME TEXT NOT NULL, TEAM TEXT NOT NULL,
            SENIOR_FLAG TEXT NOT NULL CHECK (SENIOR_FLAG IN ('Y','N')),
            SUPERVISOR_ID INTEGER REFERENCES ANALYSTS(ANALYST_ID), START_DATE DATE NOT NULL);
        CREATE TABLE COUNTRIES (COUNTRY_CODE TEXT PRIMARY KEY, COUNTRY_NAME TEXT NOT NULL,
            HIGH_RISK_FLAG TEXT NOT NULL CHECK (HIGH_RISK_FLAG IN ('Y','N')));
        CREATE TABLE CLIENTS (CLIENT_ID INTEGER PRIMARY KEY, CLIENT_NAME TEXT NOT NULL, CLIENT_TYPE TEXT NOT NULL,
            COUNTRY_CODE TEXT NOT NULL REFERENCES COUNTRIES(COUNTRY_CODE), ONBOARDED_DATE DATE NOT NULL,
            RISK_RATING TEXT NOT NULL, PEP_FLAG TEXT NOT NULL, ACTIVE_FLAG TEXT NOT NULL);
        CREATE TABLE KYC_REVIEWS (REVIEW_ID INTEGER PRIMARY KEY, CLIENT_ID INTEGER NOT NULL
            REFERENCES CLIENTS(CLIENT_ID), ANALYST_ID INTEGER NOT NULL REFERENCES ANALYSTS(ANALYST_ID),
            REVIEW_DATE DATE NOT NULL, REVIEW_TYPE TEXT NOT NULL, OUTCOME TEXT NOT NULL, EDD_FLAG TEXT NOT NULL);
        CREATE TABLE ALERTS (ALERT_ID INTEGER PRIMARY KEY, CLIENT_ID INTEGER NOT NULL REFERENCES CLIENTS(CLIENT_ID),
            RAISED_AT TEXT NOT NULL, ALERT_TYPE TEXT NOT NULL, AMOUNT REAL NOT NULL,
            ASSIGNED_TO INTEGER REFERENCES ANALYSTS(ANALYST_ID), CLOSED_FLAG TEXT NOT NULL,
            SAR_FILED_FLAG TEXT NOT NULL);
        CREATE TABLE BENEFICIAL_OWNERS (OWNER_ID INTEGER PRIMARY KEY, FULL_NAME TEXT NOT NULL,
            NATIONALITY TEXT NOT NULL REFERENCES COUNTRIES(COUNTRY_CODE), DATE_OF_BIRTH DATE NOT NULL,
            PEP_FLAG TEXT NOT NULL);
        CREATE TABLE CLIENT_OWNERS (CLIENT_ID INTEGER NOT NULL REFERENCES CLIENTS(CLIENT_ID),
            OWNER_ID INTEGER NOT NULL REFERENCES BENEFICIAL_OWNERS(OWNER_ID), OWNERSHIP_PCT REAL NOT NULL,
            PRIMARY KEY (CLIENT_ID, OWNER_ID));
        """,
    )
    names = full_names(r, 30)
    an = [(1, names[0], "Onboarding", "Y", None, D(2016, 2, 1))]
    for k, team in enumerate(AM_TEAMS, 2):
        an.append((k, names[k - 1], team, "Y", 1, day_between(r, D(2017, 1, 1), D(2020, 12, 31))))
    for k in range(6, 31):
        team = AM_TEAMS[(k - 6) % 4] if k < 26 else r.choice(AM_TEAMS)
        lead = 2 + AM_TEAMS.index(team)
        senior = "Y" if k in (6, 7, 8, 9, 14) else "N"
        an.append((k, names[k - 1], team, senior, lead, day_between(r, D(2019, 1, 1), D(2024, 10, 1))))
    insert(c, "ANALYSTS", [(*a[:5], _iso(a[5])) for a in an])
    insert(c, "COUNTRIES", [(cc, n, _yn(bool(h))) for cc, n, h in AM_COUNTRIES])
    codes = [cc for cc, _n, _h in AM_COUNTRIES]
    cw = [60, 4, 3, 3, 2, 2, 2, 1, 1, 3, 2, 2, 1, 4, 1, 1, 2, 2, 3, 2, 1, 1, 1, 1, 2, 2, 1, 1, 2, 1,
          3, 2, 1, 1, 1, 1, 1, 1, 0, 0]  # fmt: skip
    high = {cc for cc, _n, h in AM_COUNTRIES if h}
    people = full_names(r, 200, exclude=names)
    cos: set[str] = set()
    clients = []
    for k in range(1, 201):
        typ = r.choices(["Individual", "Company", "Trust", "Charity"], [45, 40, 8, 7])[0]
        if typ == "Individual":
            nm = people[k - 1]
        else:
            while True:
                base = f"{r.choice(AM_CO_A)} {r.choice(AM_CO_B)}"
                nm = {"Company": f"{base} Ltd", "Trust": f"{base} Trust", "Charity": f"{base} Foundation"}[typ]
                if nm not in cos:
                    cos.add(nm)
                    break
        cc = r.choices(codes, cw)[0]
        pep = typ == "Individual" and r.random() < 0.08
        risk = "High" if cc in high or pep else r.choices(["Low", "Medium", "High"], [55, 35, 10])[0]
        onb = day_between(r, D(2019, 1, 1), LAST)
        active = r.random() < 0.9
        clients.append((k, nm, typ, cc, _iso(onb), risk, _yn(pep), _yn(active)))
    insert(c, "CLIENTS", clients)
    revs = []
    for cl in clients:
        onb = D.fromisoformat(str(cl[4]))
        if cl[0] % 17 == 0:
            continue
        if onb >= START:
            revs.append((cl[0], onb, "Onboarding"))
    periodic = [cl for cl in clients if cl[0] % 17 != 0]
    while len(revs) < 300:
        cl = r.choice(periodic)
        onb = D.fromisoformat(str(cl[4]))
        lo = max(START, _plus(onb, 90))
        if lo > LAST:
            continue
        revs.append((cl[0], day_between(r, lo, LAST), r.choices(["Periodic", "Trigger Event"], [3, 1])[0]))
    revs.sort(key=lambda x: (x[1], x[0]))
    rrows = []
    for k, (cid, d, typ) in enumerate(revs, 1):
        cl = clients[cid - 1]
        team = "Onboarding" if typ == "Onboarding" else "Periodic Review"
        pool = [a[0] for a in an if a[2] == team and a[5] <= d and a[0] > 1]
        outcome = r.choices(["Approved", "Escalated", "Rejected"], [80, 13, 7])[0]
        edd = cl[5] == "High" or r.random() < 0.05
        rrows.append((k, cid, r.choice(pool), _iso(d), typ, outcome, _yn(edd)))
    insert(c, "KYC_REVIEWS", rrows)
    alerts = []
    types = [("Large Cash Deposit", 30, 9000, 60000), ("Structuring", 15, 2000, 9900),
             ("Sanctions Match", 12, 500, 250000), ("High Risk Jurisdiction", 20, 1000, 150000),
             ("Rapid Movement of Funds", 23, 5000, 220000)]  # fmt: skip
    for _ in range(300):
        cl = r.choice(clients)
        onb = D.fromisoformat(str(cl[4]))
        lo = max(START, onb)
        d = day_between(r, lo, LAST)
        t, _w, lo_a, hi_a = r.choices(types, [w for _t, w, _a, _b in types])[0]
        team = "Sanctions" if t == "Sanctions Match" else "Transaction Monitoring"
        pool = [a[0] for a in an if a[2] == team and a[5] <= d and a[0] > 1]
        who = r.choice(pool) if d < _plus(LAST, -2) or r.random() < 0.5 else None
        closed = who is not None and ((LAST - d).days > 30 or r.random() < 0.5) and r.random() < 0.95
        sar = closed and r.random() < 0.1
        alerts.append((cl[0], _stamp(r, d, 0, 24), t, _money(r, lo_a, hi_a), who, _yn(closed), _yn(sar)))
    alerts.sort(key=lambda x: x[1])
    insert(c, "ALERTS", [(k, *a) for k, a in enumerate(alerts, 1)])
    owners = []
    onames = full_names(r, 200, exclude=names + people)
    for k, n in enumerate(onames, 1):
        nat = r.choices(codes, cw)[0]
        owners.append((k, n, nat, _iso(day_between(r, D(1945, 1, 1), D(1998, 12, 31))), _yn(r.random() < 0.07)))
    insert(c, "BENEFICIAL_OWNERS", owners)
    links = []
    next_owner = 1
    for cl in clients:
        if cl[2] == "Individual":
            continue
        n = r.choices([1, 2, 3], [45, 40, 15])[0]
        pcts = {1: [100.0], 2: [60.0, 40.0], 3: [50.0, 25.0, 25.0]}[n]
        if cl[2] in ("Trust", "Charity"):
            pcts = [round(100.0 / n, 2)] * n
        chosen: list[int] = []
        for _ in range(n):
            if next_owner <= 200 and (next_owner < 10 or r.random() < 0.9):
                chosen.append(next_owner)
                next_owner += 1
            else:
                oid = r.randint(1, next_owner - 1)
                while oid in chosen:
                    oid = r.randint(1, next_owner - 1)
                chosen.append(oid)
        links.extend((cl[0], oid, p) for oid, p in zip(chosen, pcts, strict=True))
    links.sort()
    insert(c, "CLIENT_OWNERS", links)
    done(c)


# ------------------------------------------------------------------------------------------------------ trademarks
TM_NICE = [
    "Chemicals", "Paints", "Cosmetics and cleaning preparations", "Lubricants and fuels", "Pharmaceuticals",
    "Common metals", "Machines and machine tools", "Hand tools", "Computers and scientific devices",
    "Medical apparatus", "Lighting and heating apparatus", "Vehicles", "Firearms", "Jewellery and watches",
    "Musical instruments", "Paper goods and printed matter", "Rubber and plastics", "Leather goods",
    "Non-metallic building materials", "Furniture", "Household utensils", "Ropes and sacks", "Yarns and threads",
    "Textiles", "Clothing, footwear and headwear", "Lace and embroidery", "Carpets and floor coverings",
    "Games and sporting goods", "Meat, fish and preserved foods", "Staple foods", "Agricultural produce",
    "Beers and soft drinks", "Wines and spirits", "Tobacco", "Advertising and business services",
    "Insurance and financial services", "Construction and repair", "Telecommunications",
    "Transport and storage", "Treatment of materials", "Education and entertainment",
    "Scientific and technology services", "Food and drink services", "Medical and beauty services",
    "Legal and security services",
]  # fmt: skip
TM_POPULAR = {9: 14, 35: 11, 42: 12, 25: 7, 41: 6, 3: 5, 30: 4, 32: 3, 33: 3, 5: 3, 43: 4, 44: 3, 36: 3, 16: 2,
              18: 2, 28: 2, 29: 2, 38: 2, 39: 1, 21: 1, 20: 1, 11: 1, 10: 1, 12: 1, 14: 1, 31: 1, 37: 1, 45: 1,
              1: 1, 7: 1, 8: 1, 24: 1, 4: 1, 6: 1, 2: 1, 17: 1, 19: 1, 22: 1, 27: 1, 40: 1}  # fmt: skip
TM_PRE = ["Nova", "Lumi", "Vero", "Aqua", "Zen", "Bright", "Tru", "Kip", "Oro", "Vita", "Pixel", "Solo", "Mira",
          "Echo", "Terra", "Flux", "Quill", "Bloom", "Ember", "Orbit"]  # fmt: skip
TM_SUF = ["ra", "ly", "go", "tek", "wave", "nest", "crest", "fy", "loop", "mint", "spark", "leaf", "path", "hive"]
TM_COUNTRIES = [("United Kingdom", 40), ("Germany", 8), ("France", 6), ("United States", 10), ("Ireland", 4),
                ("Netherlands", 3), ("Japan", 3), ("Italy", 3)]  # fmt: skip
TM_FORM = {"United Kingdom": "Ltd", "Germany": "GmbH", "France": "SAS", "United States": "Inc", "Ireland": "DAC",
           "Netherlands": "B.V.", "Japan": "K.K.", "Italy": "S.r.l."}  # fmt: skip
TM_FIRMS = [("Marks & Clerk", "London"), ("Boult Wade Tennant", "London"), ("Withers & Rogers", "Birmingham"),
            ("Mathys & Squire", "London"), ("Appleyard Lees", "Leeds"), ("Murgitroyd", "Glasgow"),
            ("Haseltine Lake", "Bristol"), ("Wilson Gunn", "Manchester")]  # fmt: skip


def build_trademarks(path: Path) -> None:
    r = random.Random(60005)
    c = fresh_db(
        path,
        """
        CREATE TABLE applicants (applicantId INTEGER PRIMARY KEY, applicantName TEXT NOT NULL, country TEXT NOT NULL,
            applicantType TEXT NOT NULL);
        CREATE TABLE attorneys (attorneyId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, firmName TEXT NOT NULL,
            city TEXT NOT NULL, admittedYear INTEGER NOT NULL);
        CREATE TABLE niceClasses (classNumber INTEGER PRIMARY KEY, classTitle TEXT NOT NULL, isServices INTEGER NOT NULL);
        CREATE TABLE tradeMarks (markId INTEGER PRIMARY KEY, markText TEXT NOT NULL, markType TEXT NOT NULL,
            applicantId INTEGER NOT NULL REFERENCES applicants(applicantId),
            attorneyId INTEGER REFERENCES attorneys(attorneyId), filedOn DATE NOT NULL, publishedOn DATE,
            registeredOn DATE, status TEXT NOT NULL, renewalDue DATE);
        CREATE TABLE markClasses (markId INTEGER NOT NULL REFERENCES tradeMarks(markId),
            classNumber INTEGER NOT NULL REFERENCES niceClasses(classNumber), PRIMARY KEY (markId, classNumber));
        CREATE TABLE oppositions (oppositionId INTEGER PRIMARY KEY, markId INTEGER NOT NULL
            REFERENCES tradeMarks(markId), opponentId INTEGER NOT NULL REFERENCES applicants(applicantId),
            filedOn DATE NOT NULL, grounds TEXT NOT NULL, outcome TEXT NOT NULL, decidedOn DATE);
        CREATE TABLE feePayments (feeId INTEGER PRIMARY KEY, markId INTEGER NOT NULL REFERENCES tradeMarks(markId),
            feeType TEXT NOT NULL, amount REAL NOT NULL, paidOn DATE NOT NULL);
        """,
    )
    apps = []
    seen: set[str] = set()
    cn = [n for n, _w in TM_COUNTRIES]
    cwt = [w for _n, w in TM_COUNTRIES]
    people = full_names(r, 12)
    for k in range(1, 81):
        country = r.choices(cn, cwt)[0]
        if k % 9 == 0:
            nm, typ = people[k // 9], "Individual"
        else:
            while True:
                a, b = r.choice(LAST_NAMES), r.choice([*AM_CO_B, "Brands", "Labs", "Studios", "Beverages"])
                nm = f"{a} {b} {TM_FORM[country]}"
                if nm not in seen:
                    seen.add(nm)
                    break
            typ = "Partnership" if k % 13 == 0 else "Company"
        apps.append((k, nm, country, typ))
    insert(c, "applicants", apps)
    atts = []
    for k, n in enumerate(full_names(r, 30, exclude=people), 1):
        firm, city = TM_FIRMS[(k - 1) % 8] if k <= 24 else r.choice(TM_FIRMS)
        atts.append((k, n, firm, city, r.randint(1996, 2021)))
    insert(c, "attorneys", atts)
    services = set(range(35, 46))
    insert(c, "niceClasses", [(k, t, int(k in services)) for k, t in enumerate(TM_NICE, 1)])
    words = [p + s for p in TM_PRE for s in TM_SUF]
    r.shuffle(words)
    marks = []
    aw = [3 if k in (3, 7, 12) else 0 if k > 70 else 1 for k in range(1, 81)]
    for k in range(200):
        text = words[k].upper() if r.random() < 0.3 else words[k]
        filed = day_between(r, D(2015, 7, 1), LAST)
        marks.append([text, r.choices(["Word", "Figurative", "Combined", "Shape"], [55, 20, 22, 3])[0],
                      r.choices(range(1, 81), aw)[0], None if r.random() < 0.22 else r.randint(1, 30), filed])  # fmt: skip
    marks.sort(key=lambda m: m[4])
    rows = []
    fees = []
    mc = []
    opp_ids = set(r.sample([k for k, m in enumerate(marks, 1) if (LAST - m[4]).days > 200], 38))
    pending_opp = set(r.sample(sorted(opp_ids), 6))
    opps = []
    for k, (text, mtype, ap, at, filed) in enumerate(marks, 1):
        age = (LAST - filed).days
        pub = _plus(filed, r.randint(25, 60)) if age > 60 else None
        reg = None
        if pub is None:
            st = "Pending" if r.random() < 0.92 else "Withdrawn"
        elif k in pending_opp:
            st = "Opposed"
        elif k in opp_ids:
            st = r.choices(["Registered", "Refused", "Withdrawn"], [5, 4, 1])[0]
        elif age < 130:
            st = "Published"
        else:
            st = r.choices(["Registered", "Refused", "Withdrawn"], [86, 7, 7])[0]
        if st == "Registered":
            reg = _plus(pub, r.randint(65, 200)) if pub else None
            if reg and reg > LAST:
                reg = LAST
        renew = D(filed.year + 10, filed.month, min(filed.day, 28)) if st == "Registered" else None
        rows.append((k, text, mtype, ap, at, _iso(filed), _iso(pub), _iso(reg), st, _iso(renew)))
        n = r.choices([1, 2, 3, 4, 5], [48, 30, 13, 6, 3])[0]
        chosen: set[int] = set()
        while len(chosen) < n:
            chosen.add(r.choices(list(TM_POPULAR), list(TM_POPULAR.values()))[0])
        mc.extend((k, cl) for cl in sorted(chosen))
        fees.append((k, "Application", round(170.00 + 50.00 * (n - 1), 2), filed))
        if k in opp_ids:
            of = _plus(pub, r.randint(10, 60)) if pub else _plus(filed, 70)
            opp = r.choices(range(1, 81), [4 if j > 70 else 2 if j in (5, 18) else 1 for j in range(1, 81)])[0]
            while opp == ap:
                opp = r.randint(1, 80)
            if st == "Opposed":
                outcome, dec = "Pending", None
            elif st == "Refused":
                outcome, dec = "Upheld", _plus(of, r.randint(120, 300))
            elif st == "Withdrawn":
                outcome, dec = "Withdrawn", _plus(of, r.randint(30, 120))
            else:
                outcome, dec = r.choice(["Rejected", "Withdrawn"]), _plus(of, r.randint(90, 250))
            if dec and dec > LAST:
                outcome, dec = "Pending", None
            grounds = r.choice(["Likelihood of confusion", "Reputation of earlier mark", "Bad faith",
                                "Passing off", "Descriptive mark"])  # fmt: skip
            opps.append((k, opp, of, grounds, outcome, dec))
            fees.append((k, "Opposition", 100.00 if grounds != "Bad faith" else 200.00, of))
    for k, row in enumerate(rows, 1):
        if row[8] == "Registered" and D.fromisoformat(str(row[5])) < D(2015, 12, 31) and k % 2 == 0:
            fees.append((k, "Renewal Reminder Service", 12.50, D(2025, 1, 15)))
    insert(c, "tradeMarks", rows)
    insert(c, "markClasses", mc)
    opps.sort(key=lambda o: o[2])
    insert(c, "oppositions", [(i, m, o, _iso(f), g, oc, _iso(d)) for i, (m, o, f, g, oc, d) in enumerate(opps, 1)])
    fees.sort(key=lambda f: (f[3], f[0]))
    insert(c, "feePayments", [(i, m, t, a, _iso(d)) for i, (m, t, a, d) in enumerate(fees, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- licensing
LI_WARDS = [
    "Abbey", "Ashley", "Bedminster", "Bishopston", "Brislington East", "Brislington West", "Central", "Clifton",
    "Clifton Down", "Cotham", "Easton", "Eastville", "Filwood", "Frome Vale", "Hartcliffe", "Henbury",
    "Hengrove", "Horfield", "Hotwells", "Knowle", "Lawrence Hill", "Lockleaze", "Redland", "Riverside",
    "St George", "Southmead", "Southville", "Stockwood", "Westbury", "Windmill Hill",
]  # fmt: skip
LI_NAMES = {
    "Pub": ["The Red Lion", "The Crown", "The White Hart", "The Kings Arms", "The Plough", "The Bell",
            "The Royal Oak", "The Swan", "The Ship", "The Anchor", "The Black Horse", "The Rose and Crown",
            "The Fox", "The George", "The Hope and Anchor", "The Cornubia", "The Golden Lion", "The Star",
            "The Nova Scotia", "The Old Duke", "The Bag of Nails", "The Orchard Inn", "The Lamplighters",
            "The Three Tuns", "The Highbury Vaults", "The Windmill", "The Victoria", "The Prince of Wales",
            "The Coronation Tap", "The Grain Barge"],
    "Restaurant": ["Spice Garden", "La Tavola", "The Olive Tree", "Sakura", "Casa Mia", "Bistro Nine",
                   "Golden Dragon", "Le Petit Coin", "Saffron", "Harbour Kitchen", "Taste of Lebanon", "Pho Saigon",
                   "Bravas", "Wallfish", "Adelina Yard", "Root", "Paco Tapas", "Bosco Pizzeria", "Kyoto Kitchen",
                   "The Pasta Loft", "Tandoori Nights", "Seoul Bowl", "Nadia's Kitchen", "Olive Shed",
                   "Little Lisbon", "Thali House"],
    "Off Licence": ["Corner Wines", "Booze Express", "Bottle Shop", "Wine Cellar", "Premier Store", "Late Shop",
                    "Drinks Direct", "Vintage Bottles", "Grape & Grain", "Cork & Cask", "Nisa Local", "One Stop",
                    "Londis", "Spar"],
    "Nightclub": ["Club Neon", "The Vault", "Pulse", "Basement 45", "Lakota Rooms", "Motion"],
    "Takeaway": ["Chicken Hut", "Pizza Palace", "Kebab Corner", "Noodle Box", "Fish Bar", "Burger Shack",
                 "Curry Express", "Wok to Go", "Dough Boys", "Oodles", "Sultan Kebab", "Royal Balti",
                 "Happy Garden", "Chip Inn", "Mr Wings", "Taco Loco", "Falafel King", "Pizza Hub"],
    "Supermarket": ["Tesco Express", "Co-op", "Sainsbury's Local", "Lidl", "Aldi", "Iceland"],
    "Hotel": ["Harbour Hotel", "Avon Gorge Hotel", "City Inn", "Premier Inn", "The Bristol Hotel", "Mercure Grand"],
    "Community Hall": ["St Mark's Hall", "Victoria Rooms", "Scout Hut", "Miners' Welfare Hall", "Trinity Centre",
                       "Easton Community Centre", "Southville Centre", "Redland Parish Hall"],
}  # fmt: skip
LI_TYPES = [("Pub", 30), ("Restaurant", 26), ("Off Licence", 14), ("Nightclub", 6), ("Takeaway", 18),
            ("Supermarket", 12), ("Hotel", 6), ("Community Hall", 8)]  # fmt: skip
LI_FEES = {"New": [100.00, 190.00, 315.00, 450.00, 635.00], "Variation": [100.00, 190.00, 315.00, 450.00, 635.00],
           "Minor Variation": [89.00], "Transfer": [23.00], "DPS Change": [23.00], "Temporary Event Notice": [21.00]}  # fmt: skip
LI_PARTIES = [("Labour", 12), ("Green", 9), ("Conservative", 5), ("Liberal Democrat", 3), ("Independent", 1)]
LI_SOURCES = [("Police", 22), ("Environmental Health", 18), ("Resident", 45), ("Fire Authority", 4),
              ("Trading Standards", 5), ("Public Health", 6)]  # fmt: skip
LI_GROUNDS = ["Prevention of crime and disorder", "Public safety", "Prevention of public nuisance",
              "Protection of children from harm"]  # fmt: skip


def build_licensing(path: Path) -> None:
    r = random.Random(60006)
    c = fresh_db(
        path,
        """
        CREATE TABLE ward (ward_cd TEXT PRIMARY KEY, ward_nm TEXT NOT NULL);
        CREATE TABLE prem (prem_no INTEGER PRIMARY KEY, prem_nm TEXT NOT NULL, addr_ln TEXT NOT NULL,
            ward_cd TEXT NOT NULL REFERENCES ward(ward_cd), prem_typ TEXT NOT NULL, rv_band TEXT NOT NULL,
            cls_hr TEXT);
        CREATE TABLE cllr (cllr_no INTEGER PRIMARY KEY, cllr_nm TEXT NOT NULL, pty TEXT NOT NULL,
            ward_cd TEXT NOT NULL REFERENCES ward(ward_cd), lic_cttee INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE lic_app (app_no INTEGER PRIMARY KEY, prem_no INTEGER NOT NULL REFERENCES prem(prem_no),
            app_typ TEXT NOT NULL, rcvd_dt DATE NOT NULL, dcsn_dt DATE, app_sts TEXT NOT NULL,
            fee_amt REAL NOT NULL);
        CREATE TABLE rep (rep_no INTEGER PRIMARY KEY, app_no INTEGER NOT NULL REFERENCES lic_app(app_no),
            rep_src TEXT NOT NULL, lic_obj TEXT NOT NULL, rcvd_dt DATE NOT NULL);
        CREATE TABLE hrg (hrg_no INTEGER PRIMARY KEY, app_no INTEGER NOT NULL REFERENCES lic_app(app_no),
            hrg_dt DATE NOT NULL, hrg_outc TEXT);
        CREATE TABLE hrg_pnl (hrg_no INTEGER NOT NULL REFERENCES hrg(hrg_no),
            cllr_no INTEGER NOT NULL REFERENCES cllr(cllr_no), chr_ind INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (hrg_no, cllr_no));
        """,
    )
    wards = [(f"E0{5001800 + k}", n) for k, n in enumerate(LI_WARDS, 1)]
    insert(c, "ward", wards)
    prem = []
    types = [t for t, n in LI_TYPES for _ in range(n)]
    r.shuffle(types)
    pool = {t: r.sample(ns, len(ns)) for t, ns in LI_NAMES.items()}
    streets = [s + " " + t for s in SW_STREET_STEMS[:40] for t in ("Street", "Road")]
    shops: set[str] = set()
    for k, typ in enumerate(types, 1):
        wd = r.choices(wards, [5 if n in ("Central", "Clifton", "Easton", "Redland") else 1 for _c, n in wards])[0]
        if typ == "Supermarket":
            nm = f"{r.choice(LI_NAMES[typ])} {wd[1]}"
            while nm in shops:
                wd = r.choice(wards)
                nm = f"{r.choice(LI_NAMES[typ])} {wd[1]}"
            shops.add(nm)
        else:
            nm = pool[typ].pop()
        band = r.choices("ABCDE", [20, 30, 28, 15, 7])[0]
        close = {"Pub": "23:30", "Restaurant": "23:00", "Off Licence": "22:00", "Nightclub": "03:00",
                 "Takeaway": "01:00", "Supermarket": "23:00", "Hotel": None, "Community Hall": "23:00"}[typ]  # fmt: skip
        if close and typ == "Pub" and r.random() < 0.3:
            close = "01:00"
        prem.append((k, nm, f"{r.randint(1, 180)} {r.choice(streets)}", wd[0], typ, band, close))
    insert(c, "prem", prem)
    cl = []
    cnames = full_names(r, 30)
    parties = r.choices([p for p, _w in LI_PARTIES], [w for _p, w in LI_PARTIES], k=30)
    for k, (n, p) in enumerate(zip(cnames, parties, strict=True), 1):
        cl.append((k, n, p, wards[k - 1][0], int(k % 2 == 1)))
    insert(c, "cllr", cl)
    apps = []
    for _ in range(300):
        p = r.choice(prem)
        typ = r.choices(list(LI_FEES), [14, 16, 14, 10, 16, 30])[0]
        if typ == "New" and p[4] == "Community Hall":
            typ = "Temporary Event Notice"
        rcvd = day_between(r, START, LAST)
        fee = LI_FEES[typ][min("ABCDE".index(p[5]), len(LI_FEES[typ]) - 1)]
        apps.append([p[0], typ, rcvd, fee])
    apps.sort(key=lambda a: (a[2], a[0]))
    arows, reps, hrgs = [], [], []
    for k, (pn, typ, rcvd, fee) in enumerate(apps, 1):
        contested = typ in ("New", "Variation") and r.random() < (0.9 if rcvd >= D(2025, 4, 10) else 0.5)
        nrep = r.choices([1, 2, 3, 4, 5, 6], [30, 25, 18, 12, 9, 6])[0] if contested else 0
        for _ in range(nrep):
            d = _plus(rcvd, r.randint(2, 27))
            if d <= LAST:
                src = r.choices([s for s, _w in LI_SOURCES], [w for _s, w in LI_SOURCES])[0]
                reps.append((k, src, r.choices(LI_GROUNDS, [3, 2, 5, 1])[0], d))
        age = (LAST - rcvd).days
        dec = None
        if typ == "Temporary Event Notice":
            st = "Refused" if r.random() < 0.04 else "Acknowledged"
            dec = _plus(rcvd, r.randint(1, 5))
        elif typ in ("Transfer", "DPS Change", "Minor Variation"):
            st = "Granted" if r.random() < 0.93 else "Refused" if typ == "Minor Variation" else "Withdrawn"
            dec = _plus(rcvd, r.randint(5, 20 if typ == "Minor Variation" else 14))
        elif nrep and any(rp[0] == k for rp in reps):
            if r.random() < 0.12:
                st, dec = "Withdrawn", _plus(rcvd, r.randint(20, 40))
            else:
                hd = _plus(rcvd, r.randint(35, 60))
                if hd > LAST:
                    st = "Pending"
                    hrgs.append((k, hd, None))
                else:
                    out = r.choices(["Granted", "Granted with conditions", "Refused"], [2, 6, 3])[0]
                    hrgs.append((k, hd, out))
                    st, dec = ("Refused" if out == "Refused" else "Granted"), _plus(hd, r.randint(0, 5))
        else:
            st, dec = "Granted", _plus(rcvd, r.randint(28, 35))
        if dec and dec > LAST:
            st, dec = "Pending", None
        if age < 28 and typ in ("New", "Variation") and st == "Granted":
            st, dec = "Pending", None
        arows.append((k, pn, typ, _iso(rcvd), _iso(dec), st, fee))
    insert(c, "lic_app", arows)
    reps.sort(key=lambda x: (x[3], x[0]))
    insert(c, "rep", [(i, a, s, o, _iso(d)) for i, (a, s, o, d) in enumerate(reps, 1)])
    hrgs.sort(key=lambda h: h[1])
    insert(c, "hrg", [(i, a, _iso(d), o) for i, (a, d, o) in enumerate(hrgs, 1)])
    committee = [k for k, *_ in cl if k % 2 == 1]
    panel_w = [6 if k in (3, 7) else 4 if k in (1, 11, 15, 21) else 2 if k != 29 else 0 for k in committee]
    pnl = []
    for i in range(1, len(hrgs) + 1):
        seats: list[int] = []
        while len(seats) < 3:
            k = r.choices(committee, panel_w)[0]
            if k not in seats:
                seats.append(k)
        pnl.extend((i, k, int(j == 0)) for j, k in enumerate(seats))
    pnl.sort()
    insert(c, "hrg_pnl", pnl)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "streetworks": build_streetworks,
    "probate": build_probate,
    "foi": build_foi,
    "amlchecks": build_amlchecks,
    "trademarks": build_trademarks,
    "licensing": build_licensing,
}
