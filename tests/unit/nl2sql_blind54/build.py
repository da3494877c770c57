"""Six transport, travel and public-service databases for the fifty-fourth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15 (a Sunday): past rows run up to 2025-06-14, and a few rows lie ahead (appointments
booked, departures and journeys to come).

- ``tollroad`` (all-lowercase names run together with no separators: ``plazaid``, ``crossedat``, ``isactive``): a toll
  road operator. ``plazas`` on five toll roads, ``accounts`` (personal or business, active 0/1, balance),
  ``vehicles`` on an account, ``crossings`` (a vehicle through a plaza at ``'YYYY-MM-DD HH:MM:SS'``, toll and payment
  method), ``topups`` of an account's balance and ``penalties`` (unpaid-toll notices, paid 0/1).
- ``passportoffice`` (Pascal_Snake_Case: ``Office_Id``, ``Submitted_Date``, ``Is_Fast_Track``; self-referencing
  ``Officers.Supervisor_Id``): a passport service. ``Offices`` in six regions, ``Officers`` (regional directors,
  office managers and examiners), ``Applicants``, ``Applications`` (type, status, fee, decision date),
  ``Appointments`` (some still to come, ``Attended`` NULL until then) and ``Lost_Stolen_Reports``.
- ``gritting`` (every column prefixed by a short alias of its table: ``dp_name`` in ``depots``, ``gr_reg`` in
  ``gritters``, ``ru_start`` in ``runs``): a highways authority's winter gritting. ``depots`` (salt capacity and
  stock), ``gritters`` (lorries), ``drivers``, ``routes`` (priority 1-3), ``roads``, the link table ``route_roads``
  and ``runs`` (a gritter and driver treating a route, salt spread in tonnes).
- ``planningdept`` (plain snake_case with single-letter codes whose meaning shows only in the data:
  ``applications.status`` 'P' pending, 'A' approved, 'R' refused, 'W' withdrawn; ``comments.stance`` 'O' object,
  'S' support, 'N' neutral; ``officers.status`` 'A' active, 'L' left; ``agenda_items.outcome`` 'A', 'R' or 'D'
  deferred): a council planning department. ``wards``, ``officers``, ``agents``, ``applications``, ``comments``,
  ``meetings`` of the planning committee and the link table ``agenda_items``.
- ``travelagency`` (camelCase with ISO timestamps in UTC: ``'2025-03-04T09:15:00Z'``): a high-street travel agency.
  ``destinations``, ``agents`` at branches, ``customers``, holiday ``packages``, ``departures`` (some to come),
  ``bookings`` (confirmed, completed or cancelled) and ``reviews``.
- ``dialaride`` (UPPER_SNAKE_CASE; the junction tables carry their own attributes: ``JOURNEY_CREW`` has ``ROLE`` and
  ``HOURS``, ``JOURNEY_PASSENGERS`` has ``FARE``): a community dial-a-ride minibus service. ``MEMBERS``,
  ``VOLUNTEERS``, ``MINIBUSES``, ``PLACES`` (destinations), ``JOURNEYS`` (some scheduled), ``JOURNEY_PASSENGERS`` and
  ``JOURNEY_CREW`` (drivers and escorts; ``HOURS`` NULL until a journey has run).
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
START = D(2023, 1, 1)

GIVEN = [
    "Abigail", "Adam", "Aisha", "Alan", "Amelia", "Andrew", "Beth", "Callum", "Carys", "Connor", "Deborah", "Dylan",
    "Eleanor", "Ethan", "Fiona", "Gareth", "Georgia", "Harvey", "Holly", "Ian", "Jasmine", "Joseph", "Kieran",
    "Laura", "Lewis", "Martin", "Molly", "Nathan", "Niamh", "Owen", "Phoebe", "Rhys", "Rachel", "Sean", "Sophie",
    "Stuart", "Tanya", "Theo", "Victoria", "Zoe",
]  # fmt: skip
SURNAMES = [
    "Ahmed", "Barlow", "Bennett", "Booth", "Chapman", "Clarke", "Dixon", "Ellis", "Fletcher", "Gill", "Griffiths",
    "Hall", "Holmes", "Howard", "Jackson", "Kelly", "Lambert", "Lloyd", "Marsh", "Mason", "Mills", "Norris",
    "Palmer", "Parry", "Pearson", "Rahman", "Robinson", "Rowe", "Saunders", "Sharpe", "Stevens", "Sutton", "Tate",
    "Thomson", "Wade", "Webb", "Wilkinson", "Wood", "Wright", "Yates",
]  # fmt: skip


def _pairs(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (given name, surname) pairs."""
    pairs = [(f, s) for f in GIVEN for s in SURNAMES]
    r.shuffle(pairs)
    return pairs[:n]


def _people(r: random.Random, n: int) -> list[str]:
    return [f"{f} {s}" for f, s in _pairs(r, n)]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _stamp(d: dt.date, h: int, m: int, s: int = 0) -> str:
    return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"


def _zulu(d: dt.date, h: int, m: int) -> str:
    return f"{d.isoformat()}T{h:02d}:{m:02d}:00Z"


def _weekday(d: dt.date) -> dt.date:
    """``d``, or the Monday after it when it falls on a weekend."""
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def _plate(r: random.Random, seen: set[str], first_reg: dt.date | None = None) -> str:
    """A unique UK number plate; its age code matches ``first_reg`` when given."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    while True:
        d = first_reg or day_between(r, D(2015, 3, 1), D(2025, 5, 31))
        age = d.year % 100 if 3 <= d.month < 9 else (d.year % 100 + 50 if d.month >= 9 else (d.year - 1) % 100 + 50)
        p = f"{r.choice(letters)}{r.choice(letters)}{age:02d} {r.choice(letters)}{r.choice(letters)}{r.choice(letters)}"
        if p not in seen:
            seen.add(p)
            return p


# -------------------------------------------------------------------------------------------------------- tollroad
TR_ROADS = {
    "Pennine Expressway": (3.40, D(2009, 7, 1), ["Saddleworth", "Marsden", "Holme Moss", "Denshaw", "Ripponden",
                                                  "Blackstone Edge", "Scammonden", "Outlane", "Windy Hill"]),
    "Midland Bypass": (2.80, D(2003, 12, 9), ["Cannock", "Weeford", "Shenstone", "Lichfield", "Burntwood",
                                               "Norton Canes", "Great Wyrley", "Brownhills"]),
    "Coastal Toll Road": (4.10, D(2014, 4, 14), ["Porthcawl", "Pyle", "Margam", "Baglan", "Briton Ferry", "Llandarcy",
                                                  "Skewen"]),
    "Severn Link": (5.60, D(1996, 6, 5), ["Aust", "Rogiet", "Caldicot", "Magor"]),
    "Harbour Tunnel": (2.20, D(2019, 10, 21), ["Harbour North", "Harbour South"]),
}  # fmt: skip
TR_LATE = {"Outlane": D(2017, 3, 20), "Windy Hill": D(2021, 8, 2), "Brownhills": D(2016, 5, 9), "Skewen": D(2022, 9, 1)}
TR_CITIES = ["Leeds", "Manchester", "Huddersfield", "Birmingham", "Walsall", "Swansea", "Cardiff", "Bristol",
             "Newport", "Liverpool"]  # fmt: skip
TR_BUSINESSES = [
    "Pennine Freight Ltd", "Brightside Couriers", "Calder Valley Plumbing", "Severnside Logistics",
    "Marsh & Sons Builders", "Swift Van Hire", "Redrose Removals", "Kestrel Taxis", "Moorland Dairies",
    "Castle Scaffolding", "Tidewater Seafoods", "Greenway Landscapes", "Ironbridge Motors", "Harbour Catering Co",
    "Summit Electrical", "Oakfield Care Services", "Blue Anchor Brewery", "Northstar Parcels", "Westgate Cleaning",
    "Ridgeback Security",
]  # fmt: skip
TR_MAKES = {
    "car": ["Ford", "Ford", "Vauxhall", "Volkswagen", "Volkswagen", "Toyota", "BMW", "Nissan", "Kia", "Skoda"],
    "van": ["Ford", "Ford", "Mercedes-Benz", "Vauxhall", "Renault", "Citroen"],
    "hgv": ["Volvo", "Scania", "DAF", "DAF", "MAN"],
    "motorcycle": ["Honda", "Yamaha", "Triumph"],
}
TR_FACTOR = {"car": 1.0, "motorcycle": 0.5, "van": 1.5, "hgv": 2.75}


def build_tollroad(path: Path) -> None:
    r = random.Random(54001)
    c = fresh_db(
        path,
        """
        CREATE TABLE plazas (plazaid INTEGER PRIMARY KEY, plazaname TEXT NOT NULL, motorway TEXT NOT NULL,
            junctionno INTEGER NOT NULL, lanes INTEGER NOT NULL, openedon DATE NOT NULL);
        CREATE TABLE accounts (accountid INTEGER PRIMARY KEY, holdername TEXT NOT NULL, city TEXT NOT NULL,
            accounttype TEXT NOT NULL, openedon DATE NOT NULL, isactive INTEGER NOT NULL DEFAULT 1,
            balance REAL NOT NULL DEFAULT 0);
        CREATE TABLE vehicles (vehicleid INTEGER PRIMARY KEY, accountid INTEGER NOT NULL
            REFERENCES accounts(accountid), platenumber TEXT NOT NULL UNIQUE, make TEXT NOT NULL,
            vehicleclass TEXT NOT NULL, registeredon DATE NOT NULL);
        CREATE TABLE crossings (crossingid INTEGER PRIMARY KEY, vehicleid INTEGER NOT NULL
            REFERENCES vehicles(vehicleid), plazaid INTEGER NOT NULL REFERENCES plazas(plazaid),
            crossedat TEXT NOT NULL, tollamount REAL NOT NULL, paymethod TEXT NOT NULL);
        CREATE TABLE topups (topupid INTEGER PRIMARY KEY, accountid INTEGER NOT NULL REFERENCES accounts(accountid),
            topupdate DATE NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL);
        CREATE TABLE penalties (penaltyid INTEGER PRIMARY KEY, vehicleid INTEGER NOT NULL
            REFERENCES vehicles(vehicleid), plazaid INTEGER NOT NULL REFERENCES plazas(plazaid),
            issuedon DATE NOT NULL, amount REAL NOT NULL, ispaid INTEGER NOT NULL DEFAULT 0);
        """,
    )
    plazas = []
    for road, (_base, opened, places) in TR_ROADS.items():
        for j, place in enumerate(places, 1):
            plazas.append((len(plazas) + 1, f"{place} Plaza", road, j, r.choice([4, 6, 6, 8, 10, 12]),
                           _iso(TR_LATE.get(place, opened))))  # fmt: skip
    insert(c, "plazas", plazas)
    road_of = {p[0]: p[2] for p in plazas}
    weight = {p[0]: r.uniform(0.3, 3.0) for p in plazas}
    accounts = []
    people = _people(r, 70)
    names = [(n, "personal") for n in people] + [(b, "business") for b in TR_BUSINESSES]
    r.shuffle(names)
    for k, (n, typ) in enumerate(names, 1):
        active = r.random() < 0.86
        bal = round(r.uniform(5, 260), 2) if active else round(r.choice([0.0, 0.0, r.uniform(0, 15)]), 2)
        accounts.append((k, n, r.choice(TR_CITIES), typ, _iso(day_between(r, D(2012, 1, 1), D(2025, 4, 30))),
                         int(active), bal))  # fmt: skip
    insert(c, "accounts", accounts)
    vehicles = []
    seen: set[str] = set()
    for acc, _n, _city, typ, opened, _act, _bal in accounts:
        if typ == "business":
            classes = [r.choice(["van", "van", "hgv", "car"]) for _ in range(r.randint(2, 7))]
        else:
            classes = [r.choice(["car"] * 8 + ["motorcycle", "van"]) for _ in range(r.choice([0, 1, 1, 1, 2, 2]))]
        for cl in classes:
            reg = day_between(r, D.fromisoformat(str(opened)), D(2025, 5, 31))
            vehicles.append((len(vehicles) + 1, acc, _plate(r, seen), r.choice(TR_MAKES[cl]), cl, _iso(reg)))
    insert(c, "vehicles", vehicles)
    vweight = {v[0]: (2.5 if v[4] in ("van", "hgv") else 1.0) * r.uniform(0.2, 2.0) for v in vehicles}
    crossings = []
    hours = list(range(24))
    hw = [1, 1, 1, 1, 2, 4, 7, 10, 10, 7, 6, 6, 6, 6, 6, 7, 9, 10, 8, 5, 4, 3, 2, 1]
    vids = [v[0] for v in vehicles]
    pids = [p[0] for p in plazas]
    while len(crossings) < 400:
        v = vehicles[r.choices(vids, [vweight[i] for i in vids])[0] - 1]
        pid = r.choices(pids, [weight[i] for i in pids])[0]
        lo = max(START, D.fromisoformat(str(v[5])), D.fromisoformat(str(plazas[pid - 1][5])))
        d = day_between(r, lo, LAST)
        base = TR_ROADS[road_of[pid]][0]
        toll = round(base * TR_FACTOR[str(v[4])] * (1.1 if d >= D(2024, 4, 1) else 1.0), 2)
        pay = r.choices(["tag", "card", "cash"], [70, 20, 10])[0]
        crossings.append((v[0], pid, _stamp(d, r.choices(hours, hw)[0], r.randrange(60), r.randrange(60)), toll, pay))
    crossings.sort(key=lambda x: str(x[2]))
    insert(c, "crossings", [(k, *x) for k, x in enumerate(crossings, 1)])
    never = set(r.sample([a[0] for a in accounts], 12))
    tops = []
    for _ in range(230):
        a = accounts[r.choice([x[0] for x in accounts if x[0] not in never]) - 1]
        d = day_between(r, max(START, D.fromisoformat(str(a[4]))), LAST)
        amt = r.choice([10.0, 20.0, 20.0, 25.0, 30.0, 50.0, 50.0, 75.0, 100.0, round(r.uniform(10, 120), 2)])
        tops.append((a[0], d, amt, r.choices(["card", "direct debit", "bank transfer"], [55, 35, 10])[0]))
    tops.sort(key=lambda x: (x[1], x[0]))
    insert(c, "topups", [(k, a, _iso(d), amt, m) for k, (a, d, amt, m) in enumerate(tops, 1)])
    pens = []
    for _ in range(45):
        v = r.choice(vehicles)
        d = day_between(r, max(START, D.fromisoformat(str(v[5]))), LAST)
        pens.append((v[0], r.choice(pids), d, r.choice([35.0, 35.0, 50.0, 70.0, 100.0]),
                     0 if d > D(2025, 5, 1) else int(r.random() < 0.7)))  # fmt: skip
    pens.append((vehicles[10][0], pids[-1], D(2025, 6, 3), 50.0, 0))  # an unpaid notice in the Harbour Tunnel too
    pens.sort(key=lambda x: x[2])
    insert(c, "penalties", [(k, v, p, _iso(d), a, paid) for k, (v, p, d, a, paid) in enumerate(pens, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- passportoffice
PO_REGIONS = {
    "North East": ["Newcastle", "Sunderland", "Durham", "Middlesbrough", "Carlisle"],
    "North West": ["Liverpool", "Manchester", "Preston", "Lancaster", "Chester"],
    "Yorkshire": ["Leeds", "Sheffield", "York", "Hull", "Bradford"],
    "Midlands": ["Birmingham", "Nottingham", "Leicester", "Coventry", "Derby"],
    "South East": ["Brighton", "Canterbury", "Reading", "Southampton", "Oxford"],
    "South West": ["Bristol", "Exeter", "Plymouth", "Bath", "Gloucester"],
}
PO_COUNTRIES = ["UK", "UK", "UK", "Spain", "France", "Italy", "Greece", "USA", "Portugal", "Turkey"]


def _po_fee(kind: str, fast: bool, d: dt.date) -> float:
    new = d >= D(2024, 4, 11)
    if kind == "Child":
        return (142.0 if new else 122.0) if fast else (57.5 if new else 53.5)
    return (178.0 if new else 155.0) if fast else (88.5 if new else 82.5)


def build_passportoffice(path: Path) -> None:
    r = random.Random(54002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Offices (Office_Id INTEGER PRIMARY KEY, Office_Name TEXT NOT NULL, City TEXT NOT NULL,
            Region TEXT NOT NULL, Opened_Date DATE NOT NULL);
        CREATE TABLE Officers (Officer_Id INTEGER PRIMARY KEY, Full_Name TEXT NOT NULL,
            Office_Id INTEGER NOT NULL REFERENCES Offices(Office_Id), Grade TEXT NOT NULL,
            Supervisor_Id INTEGER REFERENCES Officers(Officer_Id), Start_Date DATE NOT NULL);
        CREATE TABLE Applicants (Applicant_Id INTEGER PRIMARY KEY, First_Name TEXT NOT NULL, Last_Name TEXT NOT NULL,
            Birth_Date DATE NOT NULL, Home_City TEXT NOT NULL, Email TEXT);
        CREATE TABLE Applications (Application_Id INTEGER PRIMARY KEY,
            Applicant_Id INTEGER NOT NULL REFERENCES Applicants(Applicant_Id),
            Office_Id INTEGER NOT NULL REFERENCES Offices(Office_Id),
            Officer_Id INTEGER REFERENCES Officers(Officer_Id), Application_Type TEXT NOT NULL,
            Submitted_Date DATE NOT NULL, Is_Fast_Track INTEGER NOT NULL DEFAULT 0, Fee_Paid REAL NOT NULL,
            Status TEXT NOT NULL, Decision_Date DATE);
        CREATE TABLE Appointments (Appointment_Id INTEGER PRIMARY KEY,
            Application_Id INTEGER NOT NULL REFERENCES Applications(Application_Id),
            Officer_Id INTEGER NOT NULL REFERENCES Officers(Officer_Id), Appointment_Date DATE NOT NULL,
            Slot_Time TEXT NOT NULL, Attended INTEGER);
        CREATE TABLE Lost_Stolen_Reports (Report_Id INTEGER PRIMARY KEY,
            Applicant_Id INTEGER NOT NULL REFERENCES Applicants(Applicant_Id), Reported_Date DATE NOT NULL,
            Report_Type TEXT NOT NULL, Country_Lost_In TEXT NOT NULL);
        """,
    )
    offices = []
    for region, cities in PO_REGIONS.items():
        for city in cities:
            offices.append((len(offices) + 1, f"{city} Passport Office", city, region,
                            _iso(day_between(r, D(1995, 1, 1), D(2021, 12, 31)))))  # fmt: skip
    insert(c, "Offices", offices)
    names = _people(r, 120)
    officers: list[tuple[object, ...]] = []
    directors = {}
    for region in PO_REGIONS:
        oid = next(o[0] for o in offices if o[3] == region)
        officers.append((len(officers) + 1, names[len(officers)], oid, "Regional Director", None,
                         _iso(day_between(r, D(2006, 1, 1), D(2016, 12, 31)))))  # fmt: skip
        directors[region] = len(officers)
    managers = {}
    for o in offices:
        officers.append((len(officers) + 1, names[len(officers)], o[0], "Office Manager", directors[str(o[3])],
                         _iso(day_between(r, D(2010, 1, 1), D(2020, 12, 31)))))  # fmt: skip
        managers[o[0]] = len(officers)
    extra = [1] * 24 + [0] * 6
    r.shuffle(extra)
    for o, more in zip(offices, extra, strict=True):
        for j in range(2 + more):
            grade = "Senior Examiner" if j == 0 else "Examiner"
            start = (
                day_between(r, D(2012, 1, 1), D(2022, 6, 30))
                if j < 2
                else day_between(r, D(2023, 1, 1), D(2024, 6, 30))
            )
            officers.append((len(officers) + 1, names[len(officers)], o[0], grade, managers[o[0]], _iso(start)))
    # a few more examiners to reach 120, spread over the busiest offices
    busy = r.sample([o[0] for o in offices], 120 - len(officers))
    for oid in busy:
        officers.append((len(officers) + 1, names[len(officers)], oid, "Examiner", managers[oid],
                         _iso(day_between(r, D(2018, 1, 1), D(2022, 12, 31)))))  # fmt: skip
    insert(c, "Officers", officers)
    examiners = {o[0]: [x for x in officers if x[2] == o[0] and "Examiner" in str(x[3])] for o in offices}
    city_office = {o[2]: o[0] for o in offices}
    applicants = []
    for k, (f, s) in enumerate(_pairs(r, 300), 1):
        born = day_between(r, D(1938, 1, 1), D(2019, 12, 31))
        email = None if r.random() < 0.12 else f"{f.lower()}.{s.lower()}{r.randint(1, 99)}@example.co.uk"
        applicants.append((k, f, s, _iso(born), r.choice(list(city_office)), email))
    insert(c, "Applicants", applicants)
    reports = []
    for a in r.sample(applicants, 40):
        d = day_between(r, START, D(2025, 6, 10))
        reports.append((a[0], d, r.choice(["Lost", "Lost", "Stolen"]), r.choice(PO_COUNTRIES)))
    reports.sort(key=lambda x: x[1])
    insert(c, "Lost_Stolen_Reports", [(k, a, _iso(d), t, ct) for k, (a, d, t, ct) in enumerate(reports, 1)])
    apps: list[tuple[int, dt.date, str]] = []
    for a, d, _t, _ct in reports:
        if r.random() < 0.85:
            apps.append((a, min(LAST, d + dt.timedelta(days=r.randint(1, 12))), "Replacement"))
    silent = set(r.sample([a[0] for a in applicants], 35))
    pool = [a for a in applicants if a[0] not in silent]
    while len(apps) < 400:
        a = r.choice(pool)
        d = day_between(r, START, LAST)
        born = D.fromisoformat(str(a[3]))
        kind = "Child" if (d - born).days < 16 * 365 else r.choice(["Renewal", "Renewal", "Renewal", "First Adult"])
        apps.append((a[0], d, kind))
    apps.sort(key=lambda x: (x[1], x[0]))
    rows, appts = [], []
    for k, (a, d, kind) in enumerate(apps, 1):
        home = applicants[a - 1][4]
        oid = city_office[home] if r.random() < 0.8 else r.choice(list(city_office.values()))
        fast = r.random() < 0.2
        ex = r.choice([x for x in examiners[oid] if D.fromisoformat(str(x[5])) <= d])
        age = (LAST - d).days
        if age < (5 if fast else 25) or r.random() < 0.02:
            status, dec = "Pending", None
        else:
            x = r.random()
            status = "Issued" if x < 0.88 else "Rejected" if x < 0.95 else "Withdrawn"
            dec = d + dt.timedelta(days=r.randint(1, 6) if fast else r.randint(6, 40))
            dec = None if status == "Withdrawn" else min(dec, LAST)
        rows.append((k, a, oid, ex[0], kind, _iso(d), int(fast), _po_fee(kind, fast, d), status, _iso(dec)))
        if kind in ("First Adult", "Child") or (kind == "Replacement" and r.random() < 0.6) or r.random() < 0.1:
            ad = _weekday(d + dt.timedelta(days=r.randint(2, 5) if fast else r.randint(4, 16)))
            slot = f"{r.randint(9, 16):02d}:{r.choice(['00', '15', '30', '45'])}"
            att = None if ad >= TODAY else int(r.random() < 0.9)
            appts.append((k, ex[0], ad, slot, att))
    insert(c, "Applications", rows)
    appts.sort(key=lambda x: (x[2], x[3]))
    insert(c, "Appointments", [(k, a, o, _iso(d), s, at) for k, (a, o, d, s, at) in enumerate(appts, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- gritting
GR_COUNTIES = {
    "North Yorkshire": ["Thirsk", "Malton", "Skipton", "Whitby", "Ripon"],
    "Cumbria": ["Penrith", "Kendal", "Keswick", "Cockermouth", "Appleby"],
    "Derbyshire": ["Buxton", "Matlock", "Bakewell", "Glossop", "Ashbourne"],
    "Lincolnshire": ["Louth", "Sleaford", "Horncastle", "Spalding", "Market Rasen"],
    "Northumberland": ["Hexham", "Alnwick", "Morpeth", "Berwick", "Rothbury"],
    "Durham": ["Barnard Castle", "Stanhope", "Consett", "Crook", "Seaham"],
}
GR_MODELS = ["Econ Unibody", "Schmidt Stratos", "Romaquip Ascent", "Johnston Spreader", "Econ Hook Loader"]
GR_ROADWORDS = ["Road", "Lane", "Bank", "Moor Road", "Bypass", "Hill", "Pass", "Top Road"]


def build_gritting(path: Path) -> None:
    r = random.Random(54003)
    c = fresh_db(
        path,
        """
        CREATE TABLE depots (dp_id INTEGER PRIMARY KEY, dp_name TEXT NOT NULL, dp_county TEXT NOT NULL,
            dp_salt_capacity_t INTEGER NOT NULL, dp_salt_stock_t REAL NOT NULL);
        CREATE TABLE gritters (gr_id INTEGER PRIMARY KEY, gr_reg TEXT NOT NULL UNIQUE, gr_model TEXT NOT NULL,
            gr_dp_id INTEGER NOT NULL REFERENCES depots(dp_id), gr_bought DATE NOT NULL,
            gr_in_service INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE drivers (dv_id INTEGER PRIMARY KEY, dv_name TEXT NOT NULL,
            dv_dp_id INTEGER NOT NULL REFERENCES depots(dp_id), dv_hired DATE NOT NULL,
            dv_on_call INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE routes (rt_id INTEGER PRIMARY KEY, rt_code TEXT NOT NULL UNIQUE, rt_name TEXT NOT NULL,
            rt_priority INTEGER NOT NULL, rt_length_km REAL NOT NULL,
            rt_dp_id INTEGER NOT NULL REFERENCES depots(dp_id));
        CREATE TABLE roads (rd_id INTEGER PRIMARY KEY, rd_number TEXT NOT NULL UNIQUE, rd_name TEXT NOT NULL,
            rd_class TEXT NOT NULL);
        CREATE TABLE route_roads (rr_rt_id INTEGER NOT NULL REFERENCES routes(rt_id),
            rr_rd_id INTEGER NOT NULL REFERENCES roads(rd_id), rr_seq INTEGER NOT NULL,
            PRIMARY KEY (rr_rt_id, rr_rd_id));
        CREATE TABLE runs (ru_id INTEGER PRIMARY KEY, ru_rt_id INTEGER NOT NULL REFERENCES routes(rt_id),
            ru_gr_id INTEGER NOT NULL REFERENCES gritters(gr_id), ru_dv_id INTEGER NOT NULL REFERENCES drivers(dv_id),
            ru_start TEXT NOT NULL, ru_spread_g_m2 INTEGER NOT NULL, ru_salt_t REAL NOT NULL,
            ru_completed INTEGER NOT NULL DEFAULT 1);
        """,
    )
    depots = []
    for county, towns in GR_COUNTIES.items():
        for t in towns:
            depots.append((len(depots) + 1, f"{t} Depot", county, r.choice(range(1500, 6001, 250)),
                           round(r.uniform(180, 2400), 1)))  # fmt: skip
    insert(c, "depots", depots)
    seen: set[str] = set()
    gritters = []
    counts = [2] * 30
    for i in r.sample(range(30), 6):
        counts[i] = 3
    for i in r.sample([i for i in range(30) if counts[i] == 2], 6):
        counts[i] = 1
    for dp, n in zip(depots, counts, strict=True):
        for _ in range(n):
            bought = day_between(r, D(2009, 1, 1), D(2024, 9, 30))
            in_service = 0 if bought.year < 2013 and r.random() < 0.5 else 1
            gritters.append((len(gritters) + 1, _plate(r, seen, bought), r.choice(GR_MODELS), dp[0], _iso(bought),
                             in_service))  # fmt: skip
    insert(c, "gritters", gritters)
    drivers = []
    for k, name in enumerate(_people(r, 80), 1):
        dp = depots[(k - 1) % 30][0] if k <= 60 else r.randint(1, 30)
        hired = (
            day_between(r, D(2005, 1, 1), D(2024, 10, 31)) if k <= 74 else day_between(r, D(2025, 2, 1), D(2025, 5, 31))
        )
        drivers.append((k, name, dp, _iso(hired), int(r.random() < 0.4 or k == 1)))
    insert(c, "drivers", drivers)
    routes = []
    for dp in depots:
        town = str(dp[1]).replace(" Depot", "")
        for j in range(r.choice([2, 2, 3])):
            if len(routes) >= 70:
                break
            prio = 1 if j == 0 else r.choice([1, 2, 2, 3])
            name = f"{town} {['Primary', 'Secondary', 'Villages', 'Hill Roads'][j if j < 2 else r.randint(2, 3)]}"
            if any(x[2] == name for x in routes):
                name += " North"
            routes.append((len(routes) + 1, f"{town[:3].upper()}-{j + 1:02d}", name, prio,
                           round(r.uniform(18, 95), 1), dp[0]))  # fmt: skip
    insert(c, "routes", routes)
    roads = []
    used = {"A64"}
    county_of_road: dict[int, str] = {}
    counties = list(GR_COUNTIES)
    while len(roads) < 100:
        county = counties[len(roads) % 6]
        cls = r.choices(["A road", "B road", "Unclassified"], [40, 35, 25])[0]
        num = (f"A{r.randint(6, 699)}" if cls == "A road" else f"B{r.randint(1200, 6500)}" if cls == "B road"
               else f"U{r.randint(100, 999)}")  # fmt: skip
        if num in used:
            continue
        used.add(num)
        county_of_road[len(roads) + 1] = county
        roads.append((len(roads) + 1, num, f"{r.choice(GR_COUNTIES[county])} {r.choice(GR_ROADWORDS)}", cls))
    roads[0] = (1, "A64", "Malton Road", "A road")
    insert(c, "roads", roads)
    county_of_depot = {d[0]: d[2] for d in depots}
    links = []
    for rt in routes:
        pool = [k for k, cty in county_of_road.items() if cty == county_of_depot[rt[5]]]
        for seq, rd in enumerate(r.sample(pool, r.choice([2, 3, 3, 4])), 1):
            links.append((rt[0], rd, seq))
    for rt in [x for x in routes if county_of_depot[x[5]] == "North Yorkshire"][:4]:
        if not any(lk[0] == rt[0] and lk[1] == 1 for lk in links):
            links.append((rt[0], 1, 1 + max(lk[2] for lk in links if lk[0] == rt[0])))
    insert(c, "route_roads", links)
    runs = []
    seasons = [(D(2023, 1, 1), D(2023, 3, 31)), (D(2023, 11, 1), D(2024, 3, 31)), (D(2024, 11, 1), D(2025, 3, 31))]
    rweight = [4.0 if rt[3] == 1 else 1.5 if rt[3] == 2 else 0.6 for rt in routes]
    while len(runs) < 400:
        rt = r.choices(routes, rweight)[0]
        lo, hi = r.choices(seasons, [2, 5, 5])[0]
        d = day_between(r, lo, hi)
        if r.random() < 0.04:
            d = r.choice([D(2023, 10, 28), D(2024, 4, 9), D(2024, 10, 30), D(2025, 4, 3), D(2025, 4, 22)])
        grs = [g for g in gritters if g[3] == rt[5] and g[5] == 1 and str(g[4]) <= d.isoformat()] or [
            g for g in gritters if county_of_depot[int(str(g[3]))] == county_of_depot[rt[5]] and g[5] == 1
            and str(g[4]) <= d.isoformat()]  # fmt: skip
        dvs = [x for x in drivers if x[2] == rt[5] and str(x[3]) <= d.isoformat()]
        if not grs or not dvs:
            continue
        g = r.choice(grs)
        dv = r.choice(dvs)
        h = r.choice([3, 4, 4, 5, 5, 6, 17, 18, 19, 20, 21])
        spread = r.choice([10, 10, 15, 15, 20])
        done_ = int(r.random() < 0.94)
        salt = round(float(rt[4]) * 7.3 * spread / 1000 * (1 if done_ else r.uniform(0.2, 0.8)), 2)
        runs.append((rt[0], g[0], dv[0], _stamp(d, h, r.choice([0, 15, 30, 45])), spread, salt, done_))
    runs.sort(key=lambda x: str(x[3]))
    insert(c, "runs", [(k, *x) for k, x in enumerate(runs, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- planningdept
PL_WARDS = [
    "Abbey", "Castle", "Riverside", "Market", "St Mary's", "Priory", "Westfield", "Northgate", "Southgate",
    "Eastbrook", "Hillside", "Meadowbank", "Old Town", "Harbour", "Parkside", "Bridge", "Greenhill", "Moorside",
    "Oakwood", "Ashfield", "Beacon", "Chapel End", "Fairfield", "Kingsway", "Linden", "Mill Lane", "Orchard",
    "Queens Park", "Saxon", "Victoria",
]  # fmt: skip
PL_TEAMS = ["Householder", "Householder", "Major Applications", "Heritage", "Enforcement", "Householder"]
PL_FIRMS = [
    "Hollis Planning Associates", "Greystone Architects", "Brookfield Design", "Ashby & Co Surveyors",
    "Northern Planning Consultancy", "Lantern Architecture", "Kingsley Drawing Services", "Fenwick Planning",
    "Millstone Building Design", "Oakridge Architects", "Clearview Plans", "Harper Town Planning",
    "Meridian Design Studio", "Redbrick Planning", "Tillman & Price", "Corbett Associates",
]  # fmt: skip
PL_TYPES = [("Householder", 206.0, 258.0, 55), ("Full", 462.0, 578.0, 15), ("Change of Use", 462.0, 578.0, 10),
            ("Listed Building", 0.0, 0.0, 7), ("Advertisement", 132.0, 165.0, 7), ("Outline", 462.0, 578.0, 6)]  # fmt: skip
PL_STREETS = ["High Street", "Church Lane", "Station Road", "Mill Lane", "Victoria Road", "The Green", "Park Avenue",
              "Queen Street", "Orchard Close", "Chapel Street", "Market Place", "Bridge Street"]  # fmt: skip


def build_planningdept(path: Path) -> None:
    r = random.Random(54004)
    c = fresh_db(
        path,
        """
        CREATE TABLE wards (ward_id INTEGER PRIMARY KEY, ward_name TEXT NOT NULL, councillor TEXT NOT NULL,
            households INTEGER NOT NULL);
        CREATE TABLE officers (officer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, team TEXT NOT NULL,
            started_on DATE NOT NULL, status TEXT NOT NULL DEFAULT 'A');
        CREATE TABLE agents (agent_id INTEGER PRIMARY KEY, agent_name TEXT NOT NULL, firm TEXT NOT NULL,
            email TEXT);
        CREATE TABLE applications (app_id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE,
            ward_id INTEGER NOT NULL REFERENCES wards(ward_id), officer_id INTEGER NOT NULL
            REFERENCES officers(officer_id), agent_id INTEGER REFERENCES agents(agent_id), site_address TEXT NOT NULL,
            app_type TEXT NOT NULL, received_on DATE NOT NULL, decided_on DATE, status TEXT NOT NULL,
            fee REAL NOT NULL);
        CREATE TABLE comments (comment_id INTEGER PRIMARY KEY, app_id INTEGER NOT NULL
            REFERENCES applications(app_id), commenter TEXT NOT NULL, received_on DATE NOT NULL,
            stance TEXT NOT NULL);
        CREATE TABLE meetings (meeting_id INTEGER PRIMARY KEY, meeting_date DATE NOT NULL, venue TEXT NOT NULL);
        CREATE TABLE agenda_items (meeting_id INTEGER NOT NULL REFERENCES meetings(meeting_id),
            app_id INTEGER NOT NULL REFERENCES applications(app_id), item_no INTEGER NOT NULL,
            outcome TEXT NOT NULL, PRIMARY KEY (meeting_id, app_id));
        """,
    )
    people = _people(r, 110)
    insert(c, "wards", [(k, w, people[k - 1], r.randint(1800, 5200)) for k, w in enumerate(PL_WARDS, 1)])
    officers = []
    for k in range(1, 31):
        team = PL_TEAMS[k % len(PL_TEAMS)]
        officers.append((k, people[30 + k - 1], team, _iso(day_between(r, D(2008, 1, 1), D(2022, 12, 31))), "A"))
    for k in (4, 11, 19, 26, 29):
        officers[k - 1] = (*officers[k - 1][:4], "L")
    insert(c, "officers", officers)
    agents = []
    for k in range(1, 41):
        firm = PL_FIRMS[(k - 1) % len(PL_FIRMS)]
        n = people[60 + k - 1]
        agents.append((k, n, firm, None if k % 9 == 0 else f"{n.split()[0].lower()}@{firm.split()[0].lower()}.co.uk"))
    insert(c, "agents", agents)
    apps = []
    year_seq: dict[int, int] = {}
    for _ in range(350):
        d = day_between(r, START, LAST)
        typ = r.choices(PL_TYPES, [t[3] for t in PL_TYPES])[0]
        apps.append((d, typ))
    apps.sort(key=lambda x: x[0])
    rows = []
    wardw = [r.uniform(0.4, 2.5) for _ in PL_WARDS]
    agentw = [r.uniform(0.2, 3.0) for _ in agents]
    for k, (d, typ) in enumerate(apps, 1):
        year_seq[d.year] = year_seq.get(d.year, 0) + 1
        ref = f"PL/{d.year % 100:02d}/{year_seq[d.year]:04d}"
        ward = r.choices(range(1, 31), wardw)[0]
        team = (
            "Heritage"
            if typ[0] == "Listed Building"
            else "Major Applications"
            if typ[0] in ("Full", "Outline")
            else "Householder"
        )
        cand = [o[0] for o in officers if o[2] == team]
        off = r.choice(cand)
        agent = None if r.random() < 0.3 else r.choices(range(1, 41), agentw)[0]
        addr = f"{r.randint(1, 140)} {r.choice(PL_STREETS)}"
        age = (LAST - d).days
        if age < 56 or r.random() < 0.03:
            st, dec = "P", None
        else:
            st = r.choices(["A", "R", "W"], [76, 16, 8])[0]
            dec = min(LAST, d + dt.timedelta(days=r.randint(21, 120)))
        fee = typ[2] if d >= D(2023, 12, 6) else typ[1]
        rows.append((k, ref, ward, off, agent, addr, typ[0], _iso(d), _iso(dec), st, fee))
    insert(c, "applications", rows)
    comments = []
    hot = r.sample([x for x in rows if x[6] in ("Full", "Outline", "Change of Use")], 7)
    hot_ids = {x[0] for x in hot}
    for x in hot:
        for _ in range(r.randint(11, 22)):
            comments.append((x[0], r.choice(people), D.fromisoformat(str(x[7])) + dt.timedelta(days=r.randint(3, 28)),
                             r.choices(["O", "S", "N"], [85, 10, 5])[0]))  # fmt: skip
    quiet = [x for x in rows if x[0] not in hot_ids]
    while len(comments) < 400:
        x = r.choice(quiet)
        comments.append((x[0], r.choice(people), D.fromisoformat(str(x[7])) + dt.timedelta(days=r.randint(3, 28)),
                         r.choices(["O", "S", "N"], [55, 30, 15])[0]))  # fmt: skip
    comments = [(a, n, min(d, LAST), s) for a, n, d, s in comments]
    comments.sort(key=lambda x: (x[2], x[0]))
    insert(c, "comments", [(k, a, n, _iso(d), s) for k, (a, n, d, s) in enumerate(comments, 1)])
    meetings = []
    for m in range(30):
        y, mo = 2023 + m // 12, m % 12 + 1
        first = D(y, mo, 1)
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)
        meetings.append((m + 1, thursday, r.choice(["Council Chamber", "Council Chamber", "Committee Room 1"])))
    insert(c, "meetings", [(k, _iso(d), v) for k, d, v in meetings])
    items = []
    for x in rows:
        if x[6] not in ("Full", "Outline", "Change of Use") and x[0] not in hot_ids:
            continue
        if x[0] not in hot_ids and r.random() < 0.5:
            continue
        if x[9] in ("P", "W"):
            continue
        dec = D.fromisoformat(str(x[8]))
        ms = [m for m in meetings if D.fromisoformat(str(x[7])) + dt.timedelta(days=14) <= m[1] <= dec]
        if not ms:
            continue
        if len(ms) >= 2 and r.random() < 0.25:
            items.append((ms[-2][0], x[0], "D"))
        items.append((ms[-1][0], x[0], str(x[9])))
    # one application deferred at the latest meeting, still pending
    pend = [x for x in rows if x[9] == "P" and x[6] in ("Full", "Outline") and str(x[7]) <= "2025-05-29"]
    for x in pend[:2]:
        items.append((30, x[0], "D"))
    items.sort()
    numbered = []
    for m, a, o in items:
        numbered.append((m, a, sum(1 for n in numbered if n[0] == m) + 1, o))
    insert(c, "agenda_items", numbered)
    done(c)


# ---------------------------------------------------------------------------------------------------- travelagency
TA_DESTINATIONS = [
    ("Barcelona", "Spain", "Europe", 0), ("Palma", "Spain", "Europe", 0), ("Tenerife", "Spain", "Europe", 0),
    ("Malaga", "Spain", "Europe", 0), ("Lisbon", "Portugal", "Europe", 0), ("Faro", "Portugal", "Europe", 0),
    ("Funchal", "Portugal", "Europe", 0), ("Rome", "Italy", "Europe", 0), ("Naples", "Italy", "Europe", 0),
    ("Venice", "Italy", "Europe", 0), ("Athens", "Greece", "Europe", 0), ("Santorini", "Greece", "Europe", 0),
    ("Corfu", "Greece", "Europe", 0), ("Crete", "Greece", "Europe", 0), ("Dubrovnik", "Croatia", "Europe", 0),
    ("Split", "Croatia", "Europe", 0), ("Paris", "France", "Europe", 0), ("Nice", "France", "Europe", 0),
    ("Reykjavik", "Iceland", "Europe", 0), ("Prague", "Czech Republic", "Europe", 0),
    ("Antalya", "Turkey", "Europe", 0), ("Paphos", "Cyprus", "Europe", 0), ("Valletta", "Malta", "Europe", 0),
    ("Marrakech", "Morocco", "Africa", 0), ("Cape Town", "South Africa", "Africa", 1), ("Mombasa", "Kenya", "Africa", 1),
    ("Dubai", "United Arab Emirates", "Middle East", 1), ("Bangkok", "Thailand", "Asia", 1),
    ("Phuket", "Thailand", "Asia", 1), ("Bali", "Indonesia", "Asia", 1), ("Tokyo", "Japan", "Asia", 1),
    ("Male", "Maldives", "Asia", 1), ("Colombo", "Sri Lanka", "Asia", 1), ("New York", "USA", "North America", 1),
    ("Orlando", "USA", "North America", 1), ("Cancun", "Mexico", "North America", 1),
    ("Montego Bay", "Jamaica", "Caribbean", 1), ("Bridgetown", "Barbados", "Caribbean", 1),
    ("Sydney", "Australia", "Oceania", 1), ("Queenstown", "New Zealand", "Oceania", 1),
]  # fmt: skip
TA_BRANCHES = ["Bristol", "Bath", "Cardiff", "Swindon", "Exeter", "Gloucester"]
TA_TOWNS = ["Bristol", "Bath", "Cardiff", "Swindon", "Exeter", "Gloucester", "Cheltenham", "Newport", "Taunton",
            "Weston-super-Mare"]  # fmt: skip
TA_WORDS = ["Escape", "Getaway", "Explorer", "Retreat", "Discovery", "Sunshine Break", "Highlights", "Adventure"]
TA_BOARD = ["All Inclusive", "Half Board", "Bed and Breakfast", "Self Catering"]
TA_AIRPORTS = ["BRS", "BRS", "BRS", "CWL", "EXT", "LHR", "BHX"]


def build_travelagency(path: Path) -> None:
    r = random.Random(54005)
    c = fresh_db(
        path,
        """
        CREATE TABLE destinations (destinationId INTEGER PRIMARY KEY, city TEXT NOT NULL, country TEXT NOT NULL,
            region TEXT NOT NULL, isLongHaul INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE agents (agentId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, branch TEXT NOT NULL,
            hiredAt TEXT NOT NULL, isActive INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE customers (customerId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
            email TEXT, homeTown TEXT NOT NULL, createdAt TEXT NOT NULL);
        CREATE TABLE packages (packageId INTEGER PRIMARY KEY, packageName TEXT NOT NULL,
            destinationId INTEGER NOT NULL REFERENCES destinations(destinationId), nights INTEGER NOT NULL,
            pricePerPerson REAL NOT NULL, boardBasis TEXT NOT NULL);
        CREATE TABLE departures (departureId INTEGER PRIMARY KEY,
            packageId INTEGER NOT NULL REFERENCES packages(packageId), departsAt TEXT NOT NULL,
            returnsAt TEXT NOT NULL, airportCode TEXT NOT NULL, seats INTEGER NOT NULL);
        CREATE TABLE bookings (bookingId INTEGER PRIMARY KEY,
            customerId INTEGER NOT NULL REFERENCES customers(customerId),
            departureId INTEGER NOT NULL REFERENCES departures(departureId),
            agentId INTEGER NOT NULL REFERENCES agents(agentId), bookedAt TEXT NOT NULL, travellers INTEGER NOT NULL,
            totalPrice REAL NOT NULL, bookingStatus TEXT NOT NULL);
        CREATE TABLE reviews (reviewId INTEGER PRIMARY KEY, bookingId INTEGER NOT NULL REFERENCES bookings(bookingId),
            rating INTEGER NOT NULL, postedAt TEXT NOT NULL, headline TEXT);
        """,
    )
    insert(c, "destinations", [(k, *x) for k, x in enumerate(TA_DESTINATIONS, 1)])
    agents = []
    for k, n in enumerate(_people(r, 30), 1):
        hired = day_between(r, D(2010, 1, 1), D(2024, 9, 30))
        agents.append((k, n, TA_BRANCHES[(k - 1) % 6], _zulu(hired, 9, 0), 0 if k in (7, 16, 23) else 1))
    insert(c, "agents", agents)
    customers = []
    for k, (f, s) in enumerate(_pairs(r, 220), 1):
        made = day_between(r, D(2016, 1, 1), D(2022, 9, 30) if k % 11 else D(2025, 6, 1))
        email = None if r.random() < 0.1 else f"{f[0].lower()}{s.lower()}@mailbox.example"
        customers.append((k, f, s, email, r.choice(TA_TOWNS), _zulu(made, r.randint(8, 20), r.randrange(60))))
    insert(c, "customers", customers)
    packages = []
    names: set[str] = set()
    dests = list(range(1, 41))
    r.shuffle(dests)
    for k in range(1, 61):
        did = dests[(k - 1) % 40]
        city, _country, _region, longhaul = TA_DESTINATIONS[did - 1]
        name = f"{city} {r.choice(TA_WORDS)}"
        while name in names:
            name = f"{city} {r.choice(TA_WORDS)}"
        names.add(name)
        nights = r.choice([7, 10, 14]) if longhaul else r.choice([3, 4, 7, 7, 10])
        price = round((r.uniform(1100, 3200) if longhaul else r.uniform(280, 1300)) * nights / 7, 2)
        packages.append((k, name, did, nights, price, r.choice(TA_BOARD)))
    insert(c, "packages", packages)
    deps = []
    for _ in range(165):
        p = r.choice(packages)
        d = day_between(r, D(2023, 3, 1), D(2025, 10, 31))
        if d == TODAY:
            d += dt.timedelta(days=1)
        h = r.choice([6, 7, 9, 11, 14, 17, 21])
        deps.append((p[0], d, h, r.choice(TA_AIRPORTS), r.choice([20, 30, 40, 50])))
    deps.sort(key=lambda x: (x[1], x[2]))
    dep_rows = []
    for k, (p, d, h, ap, seats) in enumerate(deps, 1):
        ret = d + dt.timedelta(days=int(packages[p - 1][3]))
        dep_rows.append((k, p, _zulu(d, h, r.choice([0, 15, 30, 45])), _zulu(ret, r.randint(8, 22), 0), ap, seats))
    insert(c, "departures", dep_rows)
    bookings = []
    eligible = [x[0] for x in customers if x[0] % 11 != 0]
    cweight = [r.uniform(0.2, 2.5) for _ in eligible]
    popular = {x[0]: r.uniform(0.5, 3.0) for x in dep_rows}
    while len(bookings) < 380:
        dep = r.choices(dep_rows, [popular[x[0]] for x in dep_rows])[0]
        dd = D.fromisoformat(str(dep[2])[:10])
        bd = dd - dt.timedelta(days=r.randint(7, 240))
        if bd > LAST or bd < D(2022, 10, 1):
            continue
        cust = r.choices(eligible, cweight)[0]
        ag = r.choice([a for a in agents if str(a[3])[:10] <= bd.isoformat()])
        tr = r.choice([1, 2, 2, 2, 2, 3, 4, 4, 5])
        price = round(float(packages[int(str(dep[1])) - 1][4]) * tr * r.choice([1.0, 1.0, 0.95, 0.9]), 2)
        ret = D.fromisoformat(str(dep[3])[:10])
        st = "cancelled" if r.random() < 0.1 else "completed" if ret < TODAY else "confirmed"
        bookings.append((cust, dep[0], ag[0], _zulu(bd, r.randint(9, 17), r.randrange(60)), tr, price, st, ret))
    bookings.sort(key=lambda x: str(x[3]))
    insert(c, "bookings", [(k, *x[:7]) for k, x in enumerate(bookings, 1)])
    reviews = []
    heads = {5: "Perfect holiday", 4: "Really enjoyed it", 3: "Good but not great", 2: "Disappointing", 1: "Avoid"}
    pkg_mood = {p[0]: r.uniform(-1.5, 0.8) for p in packages}
    for k, b in enumerate(bookings, 1):
        if b[6] != "completed" or r.random() < 0.55:
            continue
        pk = int(str(dep_rows[b[1] - 1][1]))
        rating = max(1, min(5, round(4 + pkg_mood[pk] + r.uniform(-1.2, 1.2))))
        posted = min(LAST, b[7] + dt.timedelta(days=r.randint(1, 30)))
        reviews.append((k, rating, _zulu(posted, r.randint(7, 22), r.randrange(60)), heads[rating]))
    reviews.sort(key=lambda x: x[2])
    insert(c, "reviews", [(k, *x) for k, x in enumerate(reviews, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- dialaride
DR_TOWNS = ["Thirsk", "Northallerton", "Bedale", "Easingwold", "Stokesley", "Ripon"]
DR_PLACES = [
    ("Friarage Hospital", "Hospital", "Northallerton"), ("Harrogate District Hospital", "Hospital", "Harrogate"),
    ("James Cook University Hospital", "Hospital", "Middlesbrough"), ("Lambert Memorial Hospital", "Hospital", "Thirsk"),
    ("Ripon Community Hospital", "Hospital", "Ripon"), ("York Hospital", "Hospital", "York"),
    ("Thirsk Health Centre", "GP Surgery", "Thirsk"), ("Mayford House Surgery", "GP Surgery", "Northallerton"),
    ("Bedale Surgery", "GP Surgery", "Bedale"), ("Stokesley Health Centre", "GP Surgery", "Stokesley"),
    ("Priory Medical Group", "GP Surgery", "Ripon"), ("Millfield Surgery", "GP Surgery", "Easingwold"),
    ("Tesco Northallerton", "Supermarket", "Northallerton"), ("Sainsbury's Thirsk", "Supermarket", "Thirsk"),
    ("Morrisons Ripon", "Supermarket", "Ripon"), ("Co-op Bedale", "Supermarket", "Bedale"),
    ("Aldi Stokesley", "Supermarket", "Stokesley"), ("Booths Ripon", "Supermarket", "Ripon"),
    ("Galtres Centre", "Day Centre", "Easingwold"), ("Bedale Hall Day Club", "Day Centre", "Bedale"),
    ("Thirsk Community Hub", "Day Centre", "Thirsk"), ("Stokesley Friendship Club", "Day Centre", "Stokesley"),
    ("Ripon Spa Baths", "Leisure", "Ripon"), ("Thirsk Museum", "Leisure", "Thirsk"),
    ("Northallerton Library", "Library", "Northallerton"), ("Thirsk Library", "Library", "Thirsk"),
    ("Ripon Library", "Library", "Ripon"), ("Bedale Library", "Library", "Bedale"),
    ("Forum Cinema", "Leisure", "Northallerton"), ("Newby Hall Gardens", "Leisure", "Ripon"),
    ("Thirsk Market", "Market", "Thirsk"), ("Northallerton Market", "Market", "Northallerton"),
    ("Ripon Market", "Market", "Ripon"), ("Boots Opticians Northallerton", "Optician", "Northallerton"),
    ("Specsavers Ripon", "Optician", "Ripon"), ("Bedale Dental Practice", "Dentist", "Bedale"),
    ("Thirsk Dental Care", "Dentist", "Thirsk"), ("Easingwold Dental", "Dentist", "Easingwold"),
    ("Rutson Hospital", "Hospital", "Northallerton"), ("St Wilfrid's Church Hall", "Day Centre", "Ripon"),
]  # fmt: skip
DR_BUSES = ["Ford Transit 17-seat", "Peugeot Boxer 12-seat", "Mercedes Sprinter 16-seat", "Renault Master 12-seat",
            "Volkswagen Crafter 14-seat", "Fiat Ducato 9-seat"]  # fmt: skip


def build_dialaride(path: Path) -> None:
    r = random.Random(54006)
    c = fresh_db(
        path,
        """
        CREATE TABLE MEMBERS (MEMBER_ID INTEGER PRIMARY KEY, FULL_NAME TEXT NOT NULL, TOWN TEXT NOT NULL,
            DATE_OF_BIRTH DATE NOT NULL, USES_WHEELCHAIR INTEGER NOT NULL DEFAULT 0, JOINED_ON DATE NOT NULL);
        CREATE TABLE VOLUNTEERS (VOLUNTEER_ID INTEGER PRIMARY KEY, FULL_NAME TEXT NOT NULL, TOWN TEXT NOT NULL,
            CAN_DRIVE INTEGER NOT NULL DEFAULT 0, STARTED_ON DATE NOT NULL);
        CREATE TABLE MINIBUSES (BUS_ID INTEGER PRIMARY KEY, REG_NO TEXT NOT NULL UNIQUE, MAKE_MODEL TEXT NOT NULL,
            SEATS INTEGER NOT NULL, WHEELCHAIR_SPACES INTEGER NOT NULL, BASE_TOWN TEXT NOT NULL,
            PURCHASED_ON DATE NOT NULL);
        CREATE TABLE PLACES (PLACE_ID INTEGER PRIMARY KEY, PLACE_NAME TEXT NOT NULL, PLACE_TYPE TEXT NOT NULL,
            TOWN TEXT NOT NULL);
        CREATE TABLE JOURNEYS (JOURNEY_ID INTEGER PRIMARY KEY, BUS_ID INTEGER NOT NULL REFERENCES MINIBUSES(BUS_ID),
            PLACE_ID INTEGER NOT NULL REFERENCES PLACES(PLACE_ID), JOURNEY_DATE DATE NOT NULL,
            DEPART_TIME TEXT NOT NULL, MILES REAL NOT NULL, STATUS TEXT NOT NULL);
        CREATE TABLE JOURNEY_PASSENGERS (JOURNEY_ID INTEGER NOT NULL REFERENCES JOURNEYS(JOURNEY_ID),
            MEMBER_ID INTEGER NOT NULL REFERENCES MEMBERS(MEMBER_ID), FARE REAL NOT NULL,
            PRIMARY KEY (JOURNEY_ID, MEMBER_ID));
        CREATE TABLE JOURNEY_CREW (JOURNEY_ID INTEGER NOT NULL REFERENCES JOURNEYS(JOURNEY_ID),
            VOLUNTEER_ID INTEGER NOT NULL REFERENCES VOLUNTEERS(VOLUNTEER_ID), ROLE TEXT NOT NULL, HOURS REAL,
            PRIMARY KEY (JOURNEY_ID, VOLUNTEER_ID));
        """,
    )
    names = _people(r, 190)
    members = []
    for k in range(1, 151):
        born = day_between(r, D(1927, 1, 1), D(1962, 12, 31))
        members.append((k, names[k - 1], r.choice(DR_TOWNS), _iso(born), int(r.random() < 0.2),
                        _iso(day_between(r, D(2016, 1, 1), D(2025, 5, 31)))))  # fmt: skip
    insert(c, "MEMBERS", members)
    vols = []
    for k in range(1, 41):
        vols.append((k, names[150 + k - 1], r.choice(DR_TOWNS), int(k <= 26),
                     _iso(day_between(r, D(2012, 1, 1), D(2024, 6, 30)))))  # fmt: skip
    insert(c, "VOLUNTEERS", vols)
    seen: set[str] = set()
    buses = []
    for k in range(1, 31):
        mm = r.choice(DR_BUSES)
        seats = int(mm.split()[-1].split("-")[0])
        bought = day_between(r, D(2012, 1, 1), D(2024, 3, 31))
        buses.append((k, _plate(r, seen, bought), mm, seats,
                      r.choice([0, 1, 1, 2, 2, 3]) if seats >= 12 else r.choice([0, 1]), r.choice(DR_TOWNS),
                      _iso(bought)))  # fmt: skip
    insert(c, "MINIBUSES", buses)
    insert(c, "PLACES", [(k, *x) for k, x in enumerate(DR_PLACES, 1)])
    pweight = [3.0 if p[1] == "Hospital" else 2.0 if p[1] in ("GP Surgery", "Supermarket") else 1.0 for p in DR_PLACES]
    journeys = []
    for _ in range(185):
        d = day_between(r, START, D(2025, 7, 10))
        if d == TODAY:
            d += dt.timedelta(days=1)
        st = "Scheduled" if d > LAST else "Cancelled" if r.random() < 0.08 else "Completed"
        pid = r.choices(range(1, len(DR_PLACES) + 1), pweight)[0]
        journeys.append((d, f"{r.randint(8, 15):02d}:{r.choice(['00', '15', '30', '45'])}", pid, st))
    journeys.sort()
    jrows, pax, crew = [], [], []
    drivers = [v for v in vols if v[3] == 1]
    idle = {5, 18}
    mweight = [r.uniform(0.1, 2.5) for _ in members]
    for k, (d, t, pid, st) in enumerate(journeys, 1):
        bus = r.choice(buses)
        miles = round(r.uniform(3, 18) if DR_PLACES[pid - 1][2] in DR_TOWNS else r.uniform(15, 45), 1)
        jrows.append((k, bus[0], pid, _iso(d), t, miles, st))
        n = r.choice([1, 1, 2, 2, 2, 3]) if r.random() > 0.05 else r.randint(7, 11)
        n = min(n, int(bus[3]))
        for m in sorted(set(r.choices(range(1, 151), mweight, k=n))):
            fare = 0.0 if r.random() < 0.1 else r.choice([2.5, 3.0, 3.5, 4.0, 5.5, 6.0])
            pax.append((k, m, fare))
        if st == "Cancelled":
            continue
        dv = r.choice([v for v in drivers if v[0] not in idle and str(v[4]) <= d.isoformat()])
        hrs = None if st == "Scheduled" else round(r.choice([1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0]) + miles / 60, 1)
        crew.append((k, dv[0], "Driver", hrs))
        if r.random() < 0.4:
            es = r.choice([v for v in vols if v[0] != dv[0] and str(v[4]) <= d.isoformat()])
            crew.append((k, es[0], "Escort", hrs))
    insert(c, "JOURNEYS", jrows)
    insert(c, "JOURNEY_PASSENGERS", pax)
    insert(c, "JOURNEY_CREW", crew)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "tollroad": build_tollroad,
    "passportoffice": build_passportoffice,
    "gritting": build_gritting,
    "planningdept": build_planningdept,
    "travelagency": build_travelagency,
    "dialaride": build_dialaride,
}
