"""Six small business, public-service, charity, club and trade databases for the forty-first blind English-to-SQL
corpus.

- ``chimneysweep`` (PascalCase singular tables with Hungarian type prefixes on every column: ``lngVisitID``,
  ``strTown``, ``dtmScheduled``, ``curTotal``, ``blnPaid``, ``intQty``, ``dblSootKg``): a chimney sweep in
  Ludlow, Shropshire. ``Sweep`` (HETAS registered 0/1, day rate, ``dtmLeft`` NULL while working), ``Customer``
  (type D domestic, L landlord, C commercial with a company name, marketing opt-in 0/1), ``Property`` (address,
  town, property type, year built, number of flues), ``Appliance`` (type OF open fire, WB wood burner,
  MF multi-fuel stove, RC range cooker, BB biomass boiler; make, year installed, flue liner 0/1), ``ServiceType``
  (codes SWP, SWP2, STOVE, CCTV, SMOKE, NEST, POWER, COWL with standard price), ``Visit`` (booked and scheduled
  timestamps, ``dtmCompleted`` NULL until done, status B booked, C completed, X cancelled, N no access, total,
  paid 0/1, payment method CARD, CASH or BACS, soot removed in kg, certificate issued 0/1) and ``VisitLine``
  (services on each visit, optionally for one appliance, quantity and price).
- ``mountainrescue`` (Django-style ``app_model`` tables with ``id`` keys and ``_id`` foreign keys; self-referencing
  ``rescue_member.mentor_id``): a volunteer mountain rescue team in the Langdale valley. ``rescue_member`` (role
  TL team leader, TM team member, TR trainee, SP support; callsign, medic and driver flags 0/1, ``left_on`` NULL
  while a member, mentor), ``rescue_incidenttype`` (codes LOST, LOWER, FALL, MED, CRAG, WATER, SEARCH, ANIMAL,
  FALSE), ``fleet_vehicle`` (``disposed_on`` NULL while in service), ``rescue_callout`` (reference like
  LFR-2024-017, paged and stood-down timestamps, location and grid reference, requested by POLICE, AMBULANCE or
  COASTGUARD, outcome R rescued or evacuated, A assisted, S stood down, F fatal, N nothing found, helicopter 0/1,
  team leader, vehicle), the link table ``rescue_callout_members``, ``rescue_casualty`` (age, sex, injury,
  outcome H hospital, R released on scene, D deceased, evacuated by), ``training_session`` (date, topic, hours,
  leader) and the link table ``training_session_attendees``.
- ``hearingdogs`` (Salesforce-style: standard objects ``Contact``, ``User``, ``Campaign`` with PascalCase fields
  and custom objects and fields ending ``__c``; 18-character text ids; booleans as 'true'/'false' text;
  ``CreatedDate`` as ``2024-03-05T10:22:00.000+0000``): a charity training hearing dogs for deaf people.
  ``Contact`` (``Contact_Type__c`` Recipient, Puppy Raiser or Donor, city, birth date, gift aid declared),
  ``User`` (staff with title and ``IsActive``), ``Training_Centre__c``, ``Dog__c`` (breed, sex, birth date,
  ``Status__c`` Puppy, In Training, Qualified, Placed, Retired or Withdrawn, puppy raiser, centre, qualified and
  withdrawn dates), ``Placement__c`` (dog with a recipient, ``End_Date__c`` NULL while current, end reason),
  ``Aftercare_Visit__c`` (placement, officer, date, outcome Satisfactory, Concern or Action Required, minutes),
  ``Campaign`` and ``Donation__c`` (donor, campaign, amount in pounds, date, payment method, gift aid eligible).
- ``villagehall`` (singular snake_case tables whose columns all start with the full table name: ``booking_date``,
  ``hirer_name``, ``booking_equipment_qty``; status as an integer with a lookup table; money in integer pence): a
  village hall charity in Ashcombe. ``hirer`` (type C community group, R registered charity, B business,
  P private individual, regular 'Y'/'N', holds a key 'Y'/'N'), ``room`` (standard and community hourly rates in
  pence, capacity, stage 'Y'/'N'), ``booking_status`` (1 enquiry, 2 provisional, 3 confirmed, 4 completed,
  5 cancelled by hirer, 6 cancelled by hall), ``keyholder`` (``keyholder_until`` NULL while current),
  ``booking`` (date, start and end times, hours, purpose, expected attendees, total charge with equipment and
  deposit in pence, made-on timestamp, keyholder NULL when the hirer has a key), ``equipment`` (charge per unit
  in pence), the link table ``booking_equipment`` and ``payment`` (amount in pence, date received, method BACS,
  CASH, CHEQUE or CARD).
- ``cyclerma`` (SAP-like cryptic upper-case tables and columns of 5 or 6 letters: ``CUSTM.CUSTNO``, ``ORDDT``,
  ``QTYSH``, ``CRDAMT``; dates as integers like ``20250115``; flags as 'X' or the empty string): the returns desk
  of a bicycle-parts wholesaler supplying bike shops in Britain and Ireland. ``CUSTM`` (customer master: name,
  city, country GB or IE, credit limit, blocked flag, payment terms, created date), ``MATMS`` (material master:
  description, group DRV drivetrain, BRK brakes, WHL wheels, TYR tyres, CKP cockpit, ELC e-bike electrics, brand,
  trade price, warranty months, discontinued flag), ``SORDH`` / ``SORDI`` (sales orders with ``POSNR`` item
  numbers 10, 20, 30, ordered and shipped quantities, net unit price; ``SHPDT`` NULL until shipped), ``RSNCD``
  (return reasons DOA, WRG, DMG, WTY, OVS with a warranty flag), ``RMAHD`` (return authorisations: order, reason,
  created, received and closed dates, status O open, R received, I inspected, C closed, J rejected, clerk user
  id) with ``RMAIT`` (returned items with disposition CR credit, SC credit and scrap, RP replace, RJ reject,
  NULL until inspected) and ``CRMEM`` (credit memos with amount and posted flag).
- ``orienteering`` (plural snake_case tables with the unit in every measure's name: ``length_km``, ``climb_m``,
  ``run_time_s``, ``rainfall_mm``, ``entry_fee_gbp``): an orienteering club in the West Midlands. ``members``
  (birth year, gender, membership type S senior, J junior, F family, joined and ``left_on`` NULL while a member),
  ``venues`` (terrain, area in hectares, map scale, distance from the clubhouse in miles, parking fee),
  ``events`` (date, level A national, B regional, C district, D local, organiser and planner, entry fee,
  temperature, rainfall, cancelled 0/1), ``courses`` (colour White, Yellow, Orange, Light Green, Green, Blue,
  Brown, Black with length, climb and number of controls), ``results`` (member on a course, start time, run time
  in seconds NULL for a DNF or DSQ, status OK, DNF, MP mispunch, DSQ) and ``subscriptions`` (season, fee, paid
  on).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _ts(d: dt.date, hh: int, mm: int, ss: int = 0) -> str:
    return f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}"


def _dts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def _ymd(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


def _in_service(start: str, end: str | None, d: dt.date) -> bool:
    return D.fromisoformat(start) <= d and (end is None or D.fromisoformat(end) >= d)


def _seasonal_day(r: random.Random, year: int, weights: list[int], lo: dt.date, hi: dt.date) -> dt.date | None:
    """A day of ``year`` whose month is drawn with ``weights`` (January first), or None outside [lo, hi]."""
    m = r.choices(range(1, 13), weights)[0]
    first = D(year, m, 1)
    last = D(year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    d = day_between(r, first, last)
    return d if lo <= d <= hi else None


# ------------------------------------------------------------------------------------------------- chimneysweep
CS_SERVICES = [
    ("SWP", "Chimney sweep, first flue", 65.0, 60),
    ("SWP2", "Additional flue on the same visit", 40.0, 30),
    ("STOVE", "Stove service and rope seal check", 55.0, 45),
    ("CCTV", "CCTV chimney inspection", 85.0, 40),
    ("SMOKE", "Smoke draw test", 30.0, 15),
    ("NEST", "Bird nest removal", 95.0, 60),
    ("POWER", "Rotary power sweep", 75.0, 50),
    ("COWL", "Supply and fit cowl or bird guard", 120.0, 45),
]
CS_SOOT = {"OF": (2.0, 6.0), "WB": (0.5, 3.0), "MF": (1.0, 4.0), "RC": (1.0, 3.0), "BB": (0.3, 1.5)}


def build_chimneysweep(path: Path) -> None:
    r = random.Random(41001)
    c = fresh_db(
        path,
        """
        CREATE TABLE Sweep (
            lngSweepID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL, strMobile TEXT,
            dtmStarted TEXT NOT NULL, dtmLeft TEXT, blnHetasRegistered INTEGER NOT NULL, curDayRate REAL NOT NULL);
        CREATE TABLE Customer (
            lngCustomerID INTEGER PRIMARY KEY, strTitle TEXT, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
            strCompanyName TEXT, strCustomerType TEXT NOT NULL, strPhone TEXT, strEmail TEXT,
            dtmCreated TEXT NOT NULL, blnMarketingOptIn INTEGER NOT NULL);
        CREATE TABLE Property (
            lngPropertyID INTEGER PRIMARY KEY, lngCustomerID INTEGER NOT NULL REFERENCES Customer(lngCustomerID),
            strAddress TEXT NOT NULL, strTown TEXT NOT NULL, strPostcode TEXT NOT NULL,
            strPropertyType TEXT NOT NULL, intYearBuilt INTEGER, intFlueCount INTEGER NOT NULL);
        CREATE TABLE Appliance (
            lngApplianceID INTEGER PRIMARY KEY, lngPropertyID INTEGER NOT NULL REFERENCES Property(lngPropertyID),
            strApplianceType TEXT NOT NULL, strMake TEXT, intYearInstalled INTEGER, blnHasLiner INTEGER NOT NULL);
        CREATE TABLE ServiceType (
            strServiceCode TEXT PRIMARY KEY, strDescription TEXT NOT NULL, curStandardPrice REAL NOT NULL,
            intTypicalMinutes INTEGER NOT NULL);
        CREATE TABLE Visit (
            lngVisitID INTEGER PRIMARY KEY, lngPropertyID INTEGER NOT NULL REFERENCES Property(lngPropertyID),
            lngSweepID INTEGER REFERENCES Sweep(lngSweepID), dtmBooked TEXT NOT NULL, dtmScheduled TEXT NOT NULL,
            dtmCompleted TEXT, strStatus TEXT NOT NULL, curTotal REAL, blnPaid INTEGER NOT NULL,
            strPayMethod TEXT, dblSootKg REAL, blnCertIssued INTEGER NOT NULL, strNotes TEXT);
        CREATE TABLE VisitLine (
            lngVisitID INTEGER NOT NULL REFERENCES Visit(lngVisitID), intLineNo INTEGER NOT NULL,
            strServiceCode TEXT NOT NULL REFERENCES ServiceType(strServiceCode),
            lngApplianceID INTEGER REFERENCES Appliance(lngApplianceID), intQty INTEGER NOT NULL,
            curPrice REAL NOT NULL, PRIMARY KEY (lngVisitID, intLineNo));
        """,
    )
    sweeps = [
        (1, "Tom", "Hartland", "07700 900411", "2009-03-02", None, 1, 260.0),
        (2, "Jake", "Morris", "07700 900582", "2017-05-08", None, 1, 210.0),
        (3, "Sian", "Pritchard", "07700 900137", "2019-09-02", None, 1, 200.0),
        (4, "Owen", "Bevan", "07700 900264", "2021-04-12", "2024-08-30", 0, 170.0),
        (5, "Ellie", "Craddock", "07700 900903", "2023-02-06", None, 0, 165.0),
        (6, "Dan", "Hulme", None, "2024-10-01", None, 0, 160.0),
    ]
    insert(c, "Sweep", sweeps)
    insert(c, "ServiceType", CS_SERVICES)
    price = {s[0]: s[2] for s in CS_SERVICES}
    towns = [("Ludlow", "SY8", 40), ("Church Stretton", "SY6", 14), ("Craven Arms", "SY7", 12),
             ("Leominster", "HR6", 16), ("Tenbury Wells", "WR15", 10), ("Cleobury Mortimer", "DY14", 8)]  # fmt: skip
    streets = ["Broad Street", "Corve Street", "Mill Street", "Old Street", "Lower Galdeford", "Sandpits Road",
               "Henley Road", "Gravel Hill", "Castle View", "Church Lane", "Station Road", "The Green",
               "Watling Street", "Sandford Avenue", "Etnam Street", "Teme Street", "High Street", "Vicarage Lane",
               "Bromfield Road", "Burway Road"]  # fmt: skip
    firms = [("The Feathers Hotel", "Hotel"), ("Church Inn", "Pub"), ("Rose and Crown", "Pub"),
             ("Corve Manor B&B", "B&B"), ("The Bull", "Pub"), ("Stokesay Tea Rooms", "Tea room"),
             ("Clun Valley Lodges", "Holiday let"), ("Teme Side Cottages", "Holiday let"), ("Mortimer Arms", "Pub"),
             ("Long Mynd Hotel", "Hotel"), ("Whitcliffe Holiday Lets", "Holiday let"), ("Ludford Mill", "B&B"),
             ("The Compasses", "Pub"), ("Hopton Court Estate", "Holiday let")]  # fmt: skip
    names = full_names(r, 170)
    created = sorted(day_between(r, D(2018, 1, 8), D(2025, 6, 10)) for _ in range(170))
    custs, props, apps = [], [], []
    fi = 0
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        kind = r.choices(["D", "L", "C"], [76, 11, 13])[0]
        comp = None
        if kind == "C":
            if fi < len(firms):
                comp = firms[fi][0]
                fi += 1
            else:
                kind = "D"
        title = r.choice(["Mr", "Mrs", "Ms", "Dr", "Mr", "Mrs", None])
        phone = None if r.random() < 0.06 else f"01584 {r.randint(100000, 999999)}"
        email = None if r.random() < 0.3 else f"{f.lower()}.{s.lower()}@mail.example"
        when = created[i - 1]
        custs.append((i, title, f, s, comp, kind, phone, email, _ts(when, r.randint(8, 18), r.randrange(60)),
                      1 if r.random() < 0.35 else 0))  # fmt: skip
        n_props = r.randint(2, 6) if kind == "L" else 2 if r.random() < 0.05 else 1
        for _ in range(n_props):
            town, pc, _w = r.choices(towns, [t[2] for t in towns])[0]
            if kind == "C":
                ptype = firms[fi - 1][1]
            elif kind == "L":
                ptype = r.choice(["House", "Cottage", "Flat", "House"])
            else:
                ptype = r.choices(["House", "Cottage", "Farmhouse", "Bungalow", "Barn conversion"],
                                  [45, 30, 10, 10, 5])[0]  # fmt: skip
            built = None
            if r.random() > 0.15:
                built = r.randint(1620, 1900) if ptype in ("Cottage", "Farmhouse", "Pub") else r.randint(1780, 2015)
            flues = r.randint(2, 5) if kind == "C" else r.choices([1, 2, 3, 4], [45, 35, 15, 5])[0]
            pid = len(props) + 1
            addr = f"{r.randint(1, 120)} {r.choice(streets)}" if r.random() < 0.8 else f"{ptype} at {s} Farm"
            if kind == "C":
                addr = f"{comp}, {r.choice(streets)}"
            props.append((pid, i, addr, town, f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
                          f"{r.choice('ABDEFGHJLNPQRSTUWXY')}", ptype, built, flues))  # fmt: skip
            for _k in range(r.randint(1, flues)):
                at = r.choices(["OF", "WB", "MF", "RC", "BB"],
                               [25, 35, 25, 8, 3 if ptype in ("Farmhouse", "Barn conversion", "Hotel") else 0])[0]  # fmt: skip
                make = {"OF": [None], "WB": ["Clearview", "Charnwood", "Woodwarm", "Morso", "Jotul", "Stovax"],
                        "MF": ["Charnwood", "Stovax", "Hunter", "Villager", "Dovre"], "RC": ["Aga", "Rayburn", "Esse"],
                        "BB": ["Grant", "Windhager"]}[at]  # fmt: skip
                yr = None if at == "OF" or r.random() < 0.2 else r.randint(1998, 2024)
                liner = {"OF": 0.1, "WB": 0.7, "MF": 0.7, "RC": 0.6, "BB": 1.0}[at]
                apps.append((len(apps) + 1, pid, at, r.choice(make), yr, 1 if r.random() < liner else 0))
    insert(c, "Customer", custs)
    insert(c, "Property", props)
    insert(c, "Appliance", apps)
    by_prop: dict[int, list[tuple]] = {}
    for a in apps:
        by_prop.setdefault(a[1], []).append(a)
    cust = {cu[0]: cu for cu in custs}
    month_w = [4, 4, 5, 6, 7, 8, 9, 10, 14, 16, 12, 5]
    raw = []
    for p in props:
        cu = cust[p[1]]
        since = D.fromisoformat(cu[8][:10])
        for year in (2023, 2024, 2025):
            for _rep in range(2 if cu[5] == "C" else 1):
                if r.random() > 0.8:
                    continue
                d = _seasonal_day(r, year, month_w, _plus(since, 3), D(2025, 8, 15))
                if d is None:
                    continue
                if d.weekday() == 6:
                    d = _plus(d, 1)
                raw.append((d, r.choice([8, 10, 12, 14]), p))
    raw.sort(key=lambda x: (x[0], x[1], x[2][0]))
    visits, lines = [], []
    notes = ["Dog on premises", "Park on the drive", "Key with neighbour at number 4", "Call 30 minutes ahead",
             "Access via back lane", "Customer elderly, allow extra time"]  # fmt: skip
    for vid, (d, hh, p) in enumerate(raw, 1):
        cu = cust[p[1]]
        st = ("X" if r.random() < 0.05 else "B") if d > TODAY else r.choices(["C", "X", "N"], [86, 8, 6])[0]
        ok = [s for s in sweeps if _in_service(s[4], s[5], d)]
        sw = r.choices(ok, [1 if s[0] == 1 else 3 for s in ok])[0][0]
        if st == "B" and r.random() < 0.25:
            sw = None
        sched = dt.datetime(d.year, d.month, d.day, hh, 0)
        booked = sched - dt.timedelta(days=r.randint(2, 45), hours=r.randint(0, 6), minutes=r.randrange(60))
        floor = dt.datetime.fromisoformat(cu[8])
        if booked < floor:
            booked = floor + dt.timedelta(hours=1)
        factor = {2023: 0.9, 2024: 0.95, 2025: 1.0}[d.year]
        my_lines = []
        if st in ("C", "B"):
            for k, a in enumerate(by_prop[p[0]]):
                my_lines.append(("SWP" if k == 0 else "SWP2", a[0], 1))
                if a[2] in ("WB", "MF") and r.random() < 0.3:
                    my_lines.append(("STOVE", a[0], 1))
            if r.random() < 0.08:
                my_lines.append(("CCTV", None, 1))
            if r.random() < 0.1:
                my_lines.append(("SMOKE", by_prop[p[0]][0][0], 1))
            if r.random() < (0.15 if d.month in (4, 5, 6, 7) else 0.04):
                my_lines.append(("NEST", by_prop[p[0]][0][0], 1))
            if r.random() < 0.04:
                my_lines.append(("POWER", by_prop[p[0]][0][0], 1))
            if r.random() < 0.05:
                my_lines.append(("COWL", by_prop[p[0]][0][0], r.choice([1, 1, 2])))
        total = None
        for n, (code, aid, q) in enumerate(my_lines, 1):
            lines.append((vid, n, code, aid, q, round(price[code] * factor, 2)))
        if st == "C":
            total = round(sum(q * round(price[code] * factor, 2) for code, _a, q in my_lines), 2)
        elif st == "N":
            total = 25.0
        paid, method = 0, None
        if (st == "C" and r.random() < (0.7 if d >= D(2025, 5, 1) else 0.97)) or (st == "N" and r.random() < 0.5):
            paid = 1
            if cu[5] == "C":
                method = r.choices(["BACS", "CARD"], [80, 20])[0]
            else:
                method = r.choices(["CARD", "CASH", "BACS"], [50, 20, 30])[0]
        soot = None
        done_at = None
        if st == "C":
            done_at = _dts(sched + dt.timedelta(minutes=r.randint(50, 200)))
            if r.random() > 0.1:
                soot = round(sum(r.uniform(*CS_SOOT[a[2]]) for a in by_prop[p[0]]), 1)
        cert = 1 if st == "C" and r.random() < 0.96 else 0
        note = r.choice(notes) if r.random() < 0.12 else None
        visits.append((vid, p[0], sw, _dts(booked), _dts(sched), done_at, st, total, paid, method, soot, cert, note))
    insert(c, "Visit", visits)
    insert(c, "VisitLine", lines)
    done(c)


# ----------------------------------------------------------------------------------------------- mountainrescue
MR_TYPES = [
    (1, "LOST", "Lost or benighted walker"),
    (2, "LOWER", "Lower limb injury"),
    (3, "FALL", "Fall from height or climbing accident"),
    (4, "MED", "Medical emergency on the hill"),
    (5, "CRAG", "Cragfast walker or climber"),
    (6, "WATER", "Water or ghyll incident"),
    (7, "SEARCH", "Missing person search"),
    (8, "ANIMAL", "Animal rescue"),
    (9, "FALSE", "False alarm with good intent"),
]
MR_PLACES = [("Scafell Pike", "NY 215 072", 14), ("Bowfell", "NY 245 064", 9), ("Crinkle Crags", "NY 249 049", 8),
             ("Pike of Stickle", "NY 274 073", 5), ("Stickle Tarn", "NY 287 077", 7), ("Jack's Rake", "NY 286 071", 6),
             ("Harrison Stickle", "NY 282 074", 6), ("Blea Tarn", "NY 293 043", 3), ("Wrynose Pass", "NY 277 027", 3),
             ("Great End", "NY 226 084", 5), ("Esk Pike", "NY 237 075", 4), ("Side Pike", "NY 293 053", 3),
             ("Lingmoor Fell", "NY 302 046", 3), ("Dungeon Ghyll", "NY 290 064", 6), ("Loughrigg Fell", "NY 347 051", 3),
             ("Great Gable", "NY 211 104", 6)]  # fmt: skip
MR_HOURS = {"LOST": (3, 8), "LOWER": (3, 6), "FALL": (3, 7), "MED": (2, 5), "CRAG": (2, 5), "WATER": (2, 4),
            "SEARCH": (5, 14), "ANIMAL": (2, 4), "FALSE": (0.7, 2)}  # fmt: skip
MR_INJURY = {"LOST": ["None", "None", "Exhaustion", "Hypothermia"], "LOWER": ["Lower leg", "Ankle", "Knee"],
             "FALL": ["Head", "Spinal", "Multiple", "Upper limb", "Lower leg"],
             "MED": ["Cardiac", "Diabetic", "Breathing difficulty", "Collapse"], "CRAG": ["None", "None", "Exhaustion"],
             "WATER": ["Hypothermia", "Lower leg", "Head"], "SEARCH": ["None", "Hypothermia", "Exhaustion"]}  # fmt: skip
MR_TOPICS = ["Rope rescue", "Casualty care", "Navigation", "Swift water", "Search management", "Stretcher handling",
             "Radio procedures", "Helicopter awareness", "Vehicle driving", "Crag rescue"]  # fmt: skip


def build_mountainrescue(path: Path) -> None:
    r = random.Random(41002)
    c = fresh_db(
        path,
        """
        CREATE TABLE rescue_member (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, callsign TEXT NOT NULL,
            role TEXT NOT NULL, phone TEXT, is_medic INTEGER NOT NULL, is_driver INTEGER NOT NULL,
            joined_on TEXT NOT NULL, left_on TEXT, mentor_id INTEGER REFERENCES rescue_member(id));
        CREATE TABLE rescue_incidenttype (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
        CREATE TABLE fleet_vehicle (
            id INTEGER PRIMARY KEY, call_sign TEXT NOT NULL, make_model TEXT NOT NULL, registration TEXT,
            seats INTEGER NOT NULL, acquired_on TEXT NOT NULL, disposed_on TEXT);
        CREATE TABLE rescue_callout (
            id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE,
            incident_type_id INTEGER NOT NULL REFERENCES rescue_incidenttype(id), paged_at TEXT NOT NULL,
            stood_down_at TEXT NOT NULL, location_name TEXT NOT NULL, grid_ref TEXT NOT NULL,
            requested_by TEXT NOT NULL, outcome TEXT NOT NULL, helicopter_used INTEGER NOT NULL,
            team_leader_id INTEGER NOT NULL REFERENCES rescue_member(id),
            vehicle_id INTEGER REFERENCES fleet_vehicle(id), notes TEXT);
        CREATE TABLE rescue_callout_members (
            id INTEGER PRIMARY KEY, callout_id INTEGER NOT NULL REFERENCES rescue_callout(id),
            member_id INTEGER NOT NULL REFERENCES rescue_member(id), UNIQUE (callout_id, member_id));
        CREATE TABLE rescue_casualty (
            id INTEGER PRIMARY KEY, callout_id INTEGER NOT NULL REFERENCES rescue_callout(id), age INTEGER,
            sex TEXT, injury TEXT NOT NULL, outcome TEXT NOT NULL, evacuated_by TEXT NOT NULL);
        CREATE TABLE training_session (
            id INTEGER PRIMARY KEY, held_on TEXT NOT NULL, topic TEXT NOT NULL, location TEXT NOT NULL,
            hours REAL NOT NULL, led_by_id INTEGER NOT NULL REFERENCES rescue_member(id));
        CREATE TABLE training_session_attendees (
            id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES training_session(id),
            member_id INTEGER NOT NULL REFERENCES rescue_member(id), UNIQUE (session_id, member_id));
        """,
    )
    insert(c, "rescue_incidenttype", MR_TYPES)
    names = full_names(r, 46)
    plan = (
        [("TL", day_between(r, D(2004, 1, 1), D(2016, 12, 31)), None) for _ in range(6)]
        + [("TM", day_between(r, D(2008, 1, 1), D(2021, 12, 31)), None) for _ in range(21)]
        + [("TM", D(2010, 5, 1), D(2023, 11, 30)), ("TM", D(2014, 3, 1), D(2024, 9, 30)),
           ("TM", D(2012, 9, 1), D(2025, 2, 28))]
        + [("SP", day_between(r, D(2010, 1, 1), D(2022, 12, 31)), None) for _ in range(4)]
        + [("TM", day_between(r, D(2022, 1, 10), D(2023, 6, 30)), None) for _ in range(4)]
        + [("TR", day_between(r, D(2024, 1, 10), D(2025, 4, 30)), None) for _ in range(7)]
        + [("TR", D(2024, 2, 5), D(2024, 11, 15))]
    )  # fmt: skip
    members = []
    mentees: dict[int, int] = {}
    for i, ((role, joined, left), nm) in enumerate(zip(plan, names, strict=True), 1):
        f, s = nm.split(" ")
        mentor = None
        if joined >= D(2022, 1, 1):
            pool = [m for m in members if m[4] in ("TL", "TM") and m[8] < "2020-01-01" and m[9] is None
                    and mentees.get(m[0], 0) < 2]  # fmt: skip
            mentor = r.choice(pool)[0]
            mentees[mentor] = mentees.get(mentor, 0) + 1
        medic = 1 if (role == "TL" and r.random() < 0.7) or (role == "TM" and r.random() < 0.4) else 0
        driver = 1 if role in ("TL", "TM") and r.random() < 0.35 else 0
        sign = {"TL": "L", "TM": "M", "TR": "T", "SP": "S"}[role] + f"{i:02d}"
        phone = None if r.random() < 0.05 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        members.append((i, f, s, sign, role, phone, medic, driver, _iso(joined), _iso(left), mentor))
    insert(c, "rescue_member", members)
    vehicles = [
        (1, "Rescue 1", "Land Rover Defender 110", "PO61 LFR", 7, "2011-09-01", "2024-05-31"),
        (2, "Rescue 2", "Mercedes Sprinter 4x4 ambulance", "PX19 LFR", 6, "2019-03-15", None),
        (3, "Rescue 3", "Land Rover Defender 130", "PN24 LFR", 8, "2024-05-20", None),
        (4, "Quad 1", "Honda TRX520 quad bike", None, 1, "2017-06-01", None),
    ]
    insert(c, "fleet_vehicle", vehicles)
    tcode = {t[0]: t[1] for t in MR_TYPES}

    def active(d: dt.date, roles: tuple[str, ...]) -> list[tuple]:
        return [m for m in members if m[4] in roles and _in_service(m[8], m[9], d)]

    month_w = [0.6, 0.6, 0.8, 1.1, 1.3, 1.4, 1.7, 1.8, 1.3, 1.0, 0.7, 0.7]
    callouts, cm, cas = [], [], []
    d = D(2023, 1, 1)
    seq: dict[int, int] = {}
    while d <= LAST:
        p = 0.085 * month_w[d.month - 1] * (1.8 if d.weekday() >= 5 else 1.0)
        if r.random() < p:
            tid = r.choices([t[0] for t in MR_TYPES], [18, 22, 9, 10, 8, 5, 8, 4, 6])[0]
            code = tcode[tid]
            hour = r.choices(range(24), [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 7, 6, 5, 4, 2, 1])[0]
            paged = dt.datetime(d.year, d.month, d.day, hour, r.randrange(60))
            lo, hi = MR_HOURS[code]
            if code == "FALSE":
                outcome = r.choice(["N", "S"])
            else:
                outcome = r.choices(["R", "A", "S", "F"], [55, 25, 12, 3 if code in ("FALL", "MED") else 0.5])[0]
            dur = r.uniform(lo, hi) if outcome != "S" else r.uniform(0.5, 1.5)
            down = paged + dt.timedelta(minutes=int(dur * 60))
            heli_p = {"FALL": 0.5, "MED": 0.35, "LOWER": 0.2, "SEARCH": 0.4}.get(code, 0.05)
            heli = 1 if outcome != "S" and r.random() < heli_p else 0
            place = r.choices(MR_PLACES, [x[2] for x in MR_PLACES])[0]
            req = r.choices(["POLICE", "AMBULANCE", "COASTGUARD"], [85, 10, 5])[0]
            tl = r.choice(active(d, ("TL",)))
            vs = [v for v in vehicles if _in_service(v[5], v[6], d) and v[0] != 4]
            veh = r.choice(vs)[0] if r.random() < 0.85 else (4 if r.random() < 0.5 else None)
            seq[d.year] = seq.get(d.year, 0) + 1
            cid = len(callouts) + 1
            note = None
            if r.random() < 0.1:
                note = r.choice(["Joint with Keswick MRT", "Casualty located by SARDA dog", "Poor visibility, heavy rain",
                                 "Handed over to Coastguard helicopter", "Group of six, all walked off"])  # fmt: skip
            callouts.append((cid, f"LFR-{d.year}-{seq[d.year]:03d}", tid, _dts(paged), _dts(down), place[0], place[1],
                             req, outcome, heli, tl[0], veh, note))  # fmt: skip
            pool = [m for m in active(d, ("TM", "TL", "TR")) if m[0] != tl[0]]
            lo_n, hi_n = (10, 18) if code == "SEARCH" else (3, 6) if outcome == "S" or code == "FALSE" else (5, 12)
            team = [tl, *r.sample(pool, min(len(pool), r.randint(lo_n, hi_n)))]
            for m in sorted(team):
                cm.append((len(cm) + 1, cid, m[0]))
            if code not in ("FALSE", "ANIMAL") and outcome != "S":
                for _k in range(r.choices([1, 2, 3], [80, 14, 6])[0] if code in ("LOST", "CRAG") else 1):
                    inj = r.choice(MR_INJURY[code])
                    if outcome == "F" and _k == 0:
                        cout, evac = "D", "HELICOPTER" if heli else "STRETCHER"
                    elif inj in ("None", "Exhaustion"):
                        cout, evac = "R", r.choice(["WALKED", "WALKED", "VEHICLE"])
                    else:
                        cout = "H"
                        evac = "HELICOPTER" if heli else r.choice(["STRETCHER", "STRETCHER", "VEHICLE"])
                    age = None if r.random() < 0.1 else r.randint(9, 81)
                    sex = None if r.random() < 0.03 else r.choice(["M", "F"])
                    cas.append((len(cas) + 1, cid, age, sex, inj, cout, evac))
        d = _plus(d, 1)
    insert(c, "rescue_callout", callouts)
    insert(c, "rescue_callout_members", cm)
    insert(c, "rescue_casualty", cas)
    sessions, att = [], []
    d = D(2023, 1, 4)
    while d <= LAST:
        if (d.weekday() == 2 and d.day <= 7) or (d.weekday() == 6 and 15 <= d.day <= 21):
            sunday = d.weekday() == 6
            led = r.choice(active(d, ("TL", "TM")))
            sid = len(sessions) + 1
            topic = r.choice(MR_TOPICS)
            where = "Team base, Chapel Stile" if not sunday else r.choice(["Raven Crag", "Stickle Ghyll",
                                                                            "Elterwater Quarry", "Pavey Ark"])  # fmt: skip
            sessions.append((sid, _iso(d), topic, where, 6.0 if sunday else 2.5, led[0]))
            for m in active(d, ("TL", "TM", "TR")):
                if m[0] == led[0] or r.random() < (0.55 if m[4] == "TR" else 0.35):
                    att.append((len(att) + 1, sid, m[0]))
        d = _plus(d, 1)
    insert(c, "training_session", sessions)
    insert(c, "training_session_attendees", att)
    done(c)


# -------------------------------------------------------------------------------------------------- hearingdogs
HD_DOG_NAMES = [
    "Alfie", "Archie", "Bailey", "Barney", "Basil", "Bella", "Benji", "Biscuit", "Blossom", "Bonnie", "Bramble",
    "Bruno", "Buster", "Clover", "Coco", "Cooper", "Daisy", "Dexter", "Dotty", "Ellie", "Fern", "Fig", "Finn",
    "Flash", "Flo", "Freya", "Fudge", "Ginger", "Goldie", "Hazel", "Heidi", "Holly", "Honey", "Hugo", "Iris", "Ivy",
    "Jasper", "Jess", "Juno", "Kit", "Koda", "Lexi", "Lily", "Loki", "Lola", "Luna", "Maisie", "Maple", "Marley",
    "Max", "Meg", "Milo", "Millie", "Minnie", "Misty", "Molly", "Monty", "Murphy", "Nala", "Ned", "Nell", "Nutmeg",
    "Olive", "Ollie", "Oscar", "Otis", "Pepper", "Percy", "Pip", "Poppy", "Pudding", "Quincy", "Rosie", "Rolo",
    "Ruby", "Rufus", "Rusty", "Sage", "Scout", "Shadow", "Skye", "Smudge", "Sonny", "Sophie", "Spud", "Storm",
    "Sunny", "Tansy", "Teddy", "Theo", "Tilly", "Toby", "Toffee", "Tucker", "Twiglet", "Violet", "Willow", "Winnie",
    "Wren", "Ziggy", "Zola", "Acorn", "Bean", "Bertie", "Bluebell", "Caspar", "Dora", "Elsie", "Ernie", "Gus",
    "Harvey", "Indie", "Jinx", "Kipper", "Lottie", "Mabel", "Nico", "Orla", "Pickle",
]  # fmt: skip
HD_BREEDS = [("Labrador Retriever", 30), ("Cocker Spaniel", 22), ("Cockapoo", 16), ("Miniature Poodle", 10),
             ("Golden Retriever", 8), ("Labradoodle", 8), ("Cavapoo", 6)]  # fmt: skip
HD_CITIES = ["High Wycombe", "Aylesbury", "Oxford", "Reading", "Leeds", "York", "Harrogate", "Sheffield", "Bradford",
             "Manchester", "Birmingham", "Coventry", "Bristol", "Gloucester", "Cardiff", "Milton Keynes",
             "Northampton", "Luton"]  # fmt: skip


def _sfid(prefix: str, n: int) -> str:
    tail = "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(n * k + 7) % 26] for k in (3, 5, 11))
    return f"{prefix}4T00000{n:05d}{tail}"


def _sfts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def build_hearingdogs(path: Path) -> None:
    r = random.Random(41003)
    c = fresh_db(
        path,
        """
        CREATE TABLE "User" (
            Id TEXT PRIMARY KEY, Name TEXT NOT NULL, Title TEXT, Email TEXT, IsActive TEXT NOT NULL);
        CREATE TABLE Contact (
            Id TEXT PRIMARY KEY, FirstName TEXT, LastName TEXT NOT NULL, Email TEXT, Phone TEXT,
            MailingCity TEXT, MailingPostalCode TEXT, Birthdate TEXT, Contact_Type__c TEXT NOT NULL,
            Gift_Aid_Declared__c TEXT NOT NULL, CreatedDate TEXT NOT NULL);
        CREATE TABLE Training_Centre__c (
            Id TEXT PRIMARY KEY, Name TEXT NOT NULL, City__c TEXT NOT NULL, Kennel_Capacity__c INTEGER NOT NULL,
            Opened_Date__c TEXT NOT NULL);
        CREATE TABLE Dog__c (
            Id TEXT PRIMARY KEY, Name TEXT NOT NULL, Breed__c TEXT NOT NULL, Sex__c TEXT NOT NULL,
            Colour__c TEXT, Date_of_Birth__c TEXT NOT NULL, Microchip__c TEXT, Status__c TEXT NOT NULL,
            Puppy_Raiser__c TEXT REFERENCES Contact(Id), Training_Centre__c TEXT REFERENCES Training_Centre__c(Id),
            Qualified_Date__c TEXT, Withdrawn_Date__c TEXT, Withdrawal_Reason__c TEXT, CreatedDate TEXT NOT NULL);
        CREATE TABLE Placement__c (
            Id TEXT PRIMARY KEY, Name TEXT NOT NULL, Dog__c TEXT NOT NULL REFERENCES Dog__c(Id),
            Recipient__c TEXT NOT NULL REFERENCES Contact(Id), Start_Date__c TEXT NOT NULL, End_Date__c TEXT,
            End_Reason__c TEXT, CreatedDate TEXT NOT NULL);
        CREATE TABLE Aftercare_Visit__c (
            Id TEXT PRIMARY KEY, Name TEXT NOT NULL, Placement__c TEXT NOT NULL REFERENCES Placement__c(Id),
            OwnerId TEXT NOT NULL REFERENCES "User"(Id), Visit_Date__c TEXT NOT NULL, Outcome__c TEXT NOT NULL,
            Duration_Minutes__c INTEGER NOT NULL, Follow_Up_Required__c TEXT NOT NULL);
        CREATE TABLE Campaign (
            Id TEXT PRIMARY KEY, Name TEXT NOT NULL, Type TEXT NOT NULL, StartDate TEXT NOT NULL, EndDate TEXT,
            IsActive TEXT NOT NULL, BudgetedCost REAL);
        CREATE TABLE Donation__c (
            Id TEXT PRIMARY KEY, Name TEXT NOT NULL, Donor__c TEXT NOT NULL REFERENCES Contact(Id),
            Campaign__c TEXT REFERENCES Campaign(Id), Amount__c REAL NOT NULL, Donation_Date__c TEXT NOT NULL,
            Payment_Method__c TEXT NOT NULL, Gift_Aid_Eligible__c TEXT NOT NULL);
        """,
    )
    users = [
        (_sfid("005", 1), "Helen Marsh", "Aftercare Officer", "helen.marsh@hearingdogs.example", "true"),
        (_sfid("005", 2), "Rob Ainsley", "Aftercare Officer", "rob.ainsley@hearingdogs.example", "true"),
        (_sfid("005", 3), "Priya Nair", "Aftercare Officer", "priya.nair@hearingdogs.example", "true"),
        (_sfid("005", 4), "Gemma Flint", "Aftercare Officer", "gemma.flint@hearingdogs.example", "false"),
        (_sfid("005", 5), "Owen Tate", "Senior Dog Trainer", "owen.tate@hearingdogs.example", "true"),
        (_sfid("005", 6), "Carla Dunne", "Fundraising Manager", "carla.dunne@hearingdogs.example", "true"),
        (_sfid("005", 7), "Mike Ferris", "Volunteer Coordinator", "mike.ferris@hearingdogs.example", "true"),
    ]
    insert(c, "User", users)
    centres = [
        (_sfid("a01", 1), "Chiltern Centre", "High Wycombe", 40, "2001-05-14"),
        (_sfid("a01", 2), "Pennine Centre", "Leeds", 28, "2009-09-01"),
        (_sfid("a01", 3), "Severn Centre", "Gloucester", 20, "2019-04-08"),
    ]
    insert(c, "Training_Centre__c", centres)
    names = HD_DOG_NAMES
    assert len(set(names)) == len(names) >= 118
    people = full_names(r, 320)
    contacts: list[list] = []

    def new_contact(kind: str, created: dt.datetime, birth: dt.date | None = None) -> str:
        n = len(contacts) + 1
        f, s = people[n - 1].split(" ")
        city = r.choice(HD_CITIES)
        gad = "true" if (kind == "Donor" and r.random() < 0.6) or (kind != "Donor" and r.random() < 0.2) else "false"
        email = None if r.random() < 0.1 else f"{f.lower()}.{s.lower()}@mail.example"
        phone = None if r.random() < 0.2 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        pc = f"{r.choice(['HP', 'LS', 'GL', 'OX', 'RG', 'YO', 'S', 'M', 'B', 'BS', 'CF', 'MK'])}{r.randint(1, 20)} "
        pc += f"{r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
        contacts.append([_sfid("003", n), f, s, email, phone, city, pc, _iso(birth), kind, gad, _sfts(created)])
        return contacts[-1][0]

    def stamp(d: dt.date) -> dt.datetime:
        return dt.datetime(d.year, d.month, d.day, r.randint(8, 17), r.randrange(60), r.randrange(60))

    raisers = [new_contact("Puppy Raiser", stamp(day_between(r, D(2013, 1, 1), D(2024, 6, 30)))) for _ in range(34)]
    raiser_since = {x: x for x in raisers}
    dobs = sorted(
        [day_between(r, D(2014, 3, 1), D(2022, 5, 31)) for _ in range(72)]
        + [day_between(r, D(2022, 6, 1), D(2024, 11, 30)) for _ in range(46)]
    )
    dogs, placements = [], []
    waiting: list[tuple[dt.date, str]] = []
    raiser_free: dict[str, dt.date] = {x: D(2000, 1, 1) for x in raiser_since}
    raiser_created = {row[0]: D.fromisoformat(row[10][:10]) for row in contacts}
    for k, dob in enumerate(dobs, 1):
        did = _sfid("a02", k)
        pup_from = _plus(dob, 56)
        free = [x for x in raisers if raiser_free[x] <= pup_from and raiser_created[x] <= pup_from]
        raiser = r.choice(free) if free else None
        train_from = _plus(dob, r.randint(380, 460))
        train_to = _plus(train_from, r.randint(150, 240))
        if raiser:
            raiser_free[raiser] = train_from
        withdrawn = r.random() < 0.22
        wd = _plus(train_from, r.randint(-120, 200)) if withdrawn else None
        reason = r.choice(["Health", "Noise sensitivity", "Temperament", "Too easily distracted"]) if wd else None
        centre = r.choices(centres, [5, 3, 2] if dob >= D(2019, 1, 1) else [6, 4, 0])[0][0]
        qual = None if withdrawn else train_to
        if withdrawn and wd <= TODAY:
            status = "Withdrawn"
        elif train_from > TODAY:
            status = "Puppy"
        elif withdrawn or train_to > TODAY:
            status, wd, reason = "In Training", None, None
        else:
            status = "Qualified"
        if wd and wd > TODAY:
            wd, reason = None, None
        sex = r.choice(["Male", "Female"])
        breed = r.choices([b[0] for b in HD_BREEDS], [b[1] for b in HD_BREEDS])[0]
        colour = {"Labrador Retriever": ["Yellow", "Black", "Chocolate"], "Cocker Spaniel": ["Golden", "Black",
                  "Blue Roan", "Liver"], "Golden Retriever": ["Golden", "Cream"]}.get(breed, ["Apricot", "Black",
                  "Cream", "Red", None])  # fmt: skip
        chip = f"9826{r.randint(10**10, 10**11 - 1)}" if r.random() < 0.97 else None
        dog = [did, names[k - 1], breed, sex, r.choice(colour), _iso(dob), chip, status, raiser, centre, _iso(qual),
               _iso(wd), reason, _sfts(stamp(_plus(dob, r.randint(40, 55))))]  # fmt: skip
        dogs.append(dog)
        if status == "Qualified":
            start = _plus(qual, r.randint(14, 110))
            if start <= TODAY:
                dog[7] = "Placed"
                waiting.append((start, did))
    # recipients: successors get a new dog when theirs retires
    waiting.sort()
    dog_dob = {d[0]: D.fromisoformat(d[5]) for d in dogs}
    successors: list[tuple[dt.date, str]] = []
    for n, (start, did) in enumerate(waiting, 1):
        ready = [x for x in successors if x[0] <= start]
        if ready and r.random() < 0.75:
            successors.remove(ready[0])
            rec = ready[0][1]
        else:
            rec = new_contact("Recipient", stamp(_plus(start, -r.randint(200, 700))),
                              day_between(r, D(1940, 1, 1), D(2001, 12, 31)))  # fmt: skip
        end, why = None, None
        retire = _plus(dog_dob[did], r.randint(3300, 3800))
        if r.random() < 0.05:
            end, why = _plus(start, r.randint(200, 1500)), r.choice(["Recipient deceased", "Recipient moved into care"])
        if retire <= TODAY and (end is None or retire < end):
            end, why = retire, "Dog retired"
        if end is not None and end > TODAY:
            end, why = None, None
        if end is not None:
            for dg in dogs:
                if dg[0] == did:
                    dg[7] = "Retired"
            if why == "Dog retired":
                successors.append((_plus(end, r.randint(20, 200)), rec))
        placements.append([_sfid("a03", n), f"PL-{n:05d}", did, rec, _iso(start), _iso(end), why,
                           _sfts(stamp(_plus(start, -r.randint(1, 10))))])  # fmt: skip
    donors = [new_contact("Donor", stamp(day_between(r, D(2015, 1, 1), D(2025, 5, 31)))) for _ in range(150)]
    insert(c, "Contact", contacts)
    insert(c, "Dog__c", dogs)
    insert(c, "Placement__c", placements)
    officers = [users[0], users[1], users[2], users[3]]
    visits = []
    for p in placements:
        start = D.fromisoformat(p[4])
        stop = D.fromisoformat(p[5]) if p[5] else LAST
        v = _plus(start, 14) if start >= D(2022, 12, 15) else _plus(D(2023, 1, 2), r.randint(0, 150))
        while v <= stop:
            off = r.choice(officers[:3] if v >= D(2024, 4, 1) else officers)
            outcome = r.choices(["Satisfactory", "Concern", "Action Required"], [80, 14, 6])[0]
            follow = "true" if outcome != "Satisfactory" or r.random() < 0.05 else "false"
            visits.append((v, p[0], off[0], outcome, r.randint(9, 30) * 5, follow))
            v = _plus(v, r.randint(110, 210))
    visits.sort()
    insert(c, "Aftercare_Visit__c", [(_sfid("a04", i), f"AV-{i:05d}", p, o, _iso(v), out, m, f)
                                     for i, (v, p, o, out, m, f) in enumerate(visits, 1)])  # fmt: skip
    camps = [
        (_sfid("701", 1), "Sponsor a Puppy", "Regular Giving", "2015-01-01", None, "true", None),
        (_sfid("701", 2), "Spring Appeal 2023", "Appeal", "2023-03-01", "2023-05-31", "false", 4000.0),
        (_sfid("701", 3), "Christmas Appeal 2023", "Appeal", "2023-11-15", "2024-01-15", "false", 6500.0),
        (_sfid("701", 4), "London Marathon 2024", "Event", "2023-10-01", "2024-04-30", "false", 2500.0),
        (_sfid("701", 5), "Summer Fair 2024", "Event", "2024-06-01", "2024-07-20", "false", 1800.0),
        (_sfid("701", 6), "Great North Run 2024", "Event", "2024-05-01", "2024-09-30", "false", 1500.0),
        (_sfid("701", 7), "Christmas Appeal 2024", "Appeal", "2024-11-15", "2025-01-15", "false", 7000.0),
        (_sfid("701", 8), "Spring Appeal 2025", "Appeal", "2025-03-01", "2025-05-31", "false", 4500.0),
        (_sfid("701", 9), "Summer Fair 2025", "Event", "2025-06-01", "2025-07-19", "true", 2000.0),
    ]
    insert(c, "Campaign", camps)
    cid = {x[0]: x for x in contacts}
    dons = []
    sponsors = r.sample(donors, 9)
    for sp in sponsors:
        since = max(D(2023, 1, 1), D.fromisoformat(cid[sp][10][:10]))
        m0 = since.year * 12 + since.month
        stop_m = 2025 * 12 + 7 if r.random() < 0.7 else r.randint(m0 + 3, 2025 * 12 + 5)
        amt = r.choice([5.0, 8.0, 10.0, 15.0])
        for m in range(m0 + 1, stop_m):
            dd = D(m // 12 - (m % 12 == 0), (m - 1) % 12 + 1, 1)
            dd = _plus(dd, 4)
            if dd <= LAST:
                dons.append((dd, sp, camps[0][0], amt, "Direct Debit"))
    others = [x for x in donors if x not in sponsors] + raisers[:10]
    weights = [min(r.paretovariate(1.5), 6.0) for _ in others]
    for _ in range(300):
        who = r.choices(others, weights)[0]
        since = max(D(2023, 1, 1), D.fromisoformat(cid[who][10][:10]))
        camp = r.choices([*camps[1:], None], [10, 12, 9, 6, 7, 14, 11, 3, 25])[0]
        if camp is None:
            lo, hi, kind = since, LAST, "General"
        else:
            lo = max(since, D.fromisoformat(camp[3]))
            hi = min(LAST, D.fromisoformat(camp[4]) if camp[4] else LAST)
            kind = camp[2]
        if lo > hi:
            continue
        dd = day_between(r, lo, hi)
        if kind == "Event":
            amt = float(r.choice([10, 15, 20, 25, 30, 50, 50, 75, 100, 150, 250, 500]))
            meth = r.choices(["JustGiving", "Card", "Cash"], [70, 20, 10])[0]
        else:
            amt = float(r.choice([5, 10, 10, 15, 20, 25, 25, 30, 40, 50, 50, 100, 200, 250, 1000]))
            meth = r.choices(["Card", "Cheque", "Bank Transfer", "JustGiving"], [50, 20, 15, 15])[0]
        dons.append((dd, who, camp[0] if camp else None, amt, meth))
    dons.sort()
    rows = []
    for i, (dd, who, camp, amt, meth) in enumerate(dons, 1):
        ga = "true" if cid[who][9] == "true" and meth not in ("JustGiving", "Cash") else "false"
        rows.append((_sfid("a05", i), f"DON-{i:06d}", who, camp, amt, _iso(dd), meth, ga))
    insert(c, "Donation__c", rows)
    done(c)


# -------------------------------------------------------------------------------------------------- villagehall
# name, contact, type, room, weekday, start, end, frequency (W weekly, F fortnightly, M1 first / M2 second / L last
# of the month), purpose, attendees, first day, last day
VH_REGULARS = [
    ("Ashcombe Parish Council", "Margaret Lyle", "C", 2, 1, "19:00", "21:00", "M2", "Parish council meeting", 14,
     D(2023, 1, 1), None),
    ("Ashcombe WI", "Hilary Dunn", "C", 1, 2, "19:30", "21:30", "M1", "WI monthly meeting", 35, D(2023, 1, 1), None),
    ("Little Acorns Toddler Group", "Sophie Marsh", "R", 1, 3, "09:30", "11:30", "F", "Toddler group", 25,
     D(2023, 1, 1), None),
    ("Ashcombe Bridge Club", "Colin Reeve", "C", 2, 4, "14:00", "17:00", "F", "Bridge afternoon", 16, D(2023, 1, 1),
     None),
    ("Short Mat Bowls Club", "Dennis Wray", "C", 1, 0, "14:00", "16:30", "M1", "Short mat bowls", 18, D(2023, 1, 1),
     None),
    ("Ashcombe Film Society", "Ruth Allard", "C", 1, 5, "19:00", "22:00", "L", "Film night", 60, D(2023, 1, 1), None),
    ("Flow Yoga with Kirsty", "Kirsty Bell", "B", 3, 0, "18:30", "20:00", "W", "Yoga class", 14, D(2024, 9, 2), None),
    ("Ashcombe Art Group", "Peter Holm", "C", 3, 1, "10:00", "12:30", "F", "Art group", 12, D(2023, 1, 1),
     D(2024, 7, 31)),
    ("Slimming World Ashcombe", "Tanya Price", "B", 3, 2, "17:30", "19:30", "W", "Slimming World session", 22,
     D(2025, 1, 8), None),
]  # fmt: skip
VH_OCCASIONAL = [
    ("Quantock Craft Fairs Ltd", "Nina Ashe", "B", 1, "Craft fair", 150, 6),
    ("Ashcombe Church Roof Fund", "Rev. Alan Pike", "R", 1, "Fundraising coffee morning", 60, 5),
    ("Macmillan Coffee Morning Group", "Judith Kerr", "R", 1, "Macmillan coffee morning", 70, 3),
    ("Phoenix Dance School", "Leanne Cho", "B", 1, "Dance show rehearsal", 40, 5),
    ("Ashcombe Gardening Club", "Stan Wells", "C", 3, "Gardening club talk", 30, 6),
    ("Somerset Blood Pressure Checks CIC", "Dr Fay Osei", "R", 2, "Health check clinic", 20, 4),
    ("Ashcombe Primary PTA", "Kate Morley", "R", 1, "PTA quiz night", 90, 4),
    ("Wessex Antiques Fairs", "Graham Pile", "B", 1, "Antiques fair", 120, 3),
]  # fmt: skip
VH_PARTIES = ["Birthday party", "18th birthday party", "Wedding reception", "Christening", "Wake", "Anniversary party",
              "Baby shower", "Retirement party"]  # fmt: skip


def build_villagehall(path: Path) -> None:
    r = random.Random(41004)
    c = fresh_db(
        path,
        """
        CREATE TABLE hirer (
            hirer_id INTEGER PRIMARY KEY, hirer_name TEXT NOT NULL, hirer_contact_name TEXT NOT NULL,
            hirer_phone TEXT, hirer_email TEXT, hirer_type TEXT NOT NULL, hirer_is_regular TEXT NOT NULL,
            hirer_has_key TEXT NOT NULL, hirer_created_on TEXT NOT NULL);
        CREATE TABLE room (
            room_id INTEGER PRIMARY KEY, room_name TEXT NOT NULL, room_capacity INTEGER NOT NULL,
            room_hourly_rate INTEGER NOT NULL, room_community_rate INTEGER NOT NULL, room_has_stage TEXT NOT NULL);
        CREATE TABLE booking_status (
            booking_status_id INTEGER PRIMARY KEY, booking_status_name TEXT NOT NULL);
        CREATE TABLE keyholder (
            keyholder_id INTEGER PRIMARY KEY, keyholder_name TEXT NOT NULL, keyholder_phone TEXT,
            keyholder_from TEXT NOT NULL, keyholder_until TEXT);
        CREATE TABLE booking (
            booking_id INTEGER PRIMARY KEY, booking_hirer_id INTEGER NOT NULL REFERENCES hirer(hirer_id),
            booking_room_id INTEGER NOT NULL REFERENCES room(room_id), booking_date TEXT NOT NULL,
            booking_start_time TEXT NOT NULL, booking_end_time TEXT NOT NULL, booking_hours REAL NOT NULL,
            booking_purpose TEXT NOT NULL, booking_attendees INTEGER,
            booking_status_id INTEGER NOT NULL REFERENCES booking_status(booking_status_id),
            booking_charge INTEGER NOT NULL, booking_deposit INTEGER NOT NULL, booking_made_on TEXT NOT NULL,
            booking_keyholder_id INTEGER REFERENCES keyholder(keyholder_id));
        CREATE TABLE equipment (
            equipment_id INTEGER PRIMARY KEY, equipment_name TEXT NOT NULL, equipment_charge INTEGER NOT NULL);
        CREATE TABLE booking_equipment (
            booking_equipment_booking_id INTEGER NOT NULL REFERENCES booking(booking_id),
            booking_equipment_equipment_id INTEGER NOT NULL REFERENCES equipment(equipment_id),
            booking_equipment_qty INTEGER NOT NULL,
            PRIMARY KEY (booking_equipment_booking_id, booking_equipment_equipment_id));
        CREATE TABLE payment (
            payment_id INTEGER PRIMARY KEY, payment_booking_id INTEGER NOT NULL REFERENCES booking(booking_id),
            payment_amount INTEGER NOT NULL, payment_received_on TEXT NOT NULL, payment_method TEXT NOT NULL,
            payment_reference TEXT);
        """,
    )
    rooms = [
        (1, "Main Hall", 120, 2000, 1500, "Y"),
        (2, "Committee Room", 20, 1000, 750, "N"),
        (3, "Garden Room", 40, 1400, 1050, "N"),
    ]
    insert(c, "room", rooms)
    insert(c, "booking_status", [(1, "Enquiry"), (2, "Provisional"), (3, "Confirmed"), (4, "Completed"),
                                 (5, "Cancelled by hirer"), (6, "Cancelled by hall")])  # fmt: skip
    keys = [
        (1, "Graham Tull", "01460 220113", "2010-05-01", None),
        (2, "Pat Ormerod", "01460 220587", "2014-02-01", "2024-03-31"),
        (3, "Alan Greaves", "01460 221944", "2018-06-01", None),
        (4, "Bev Sutton", "07700 900318", "2024-04-01", None),
        (5, "Lou Carter", None, "2023-09-01", None),
    ]
    insert(c, "keyholder", keys)
    equip = [
        (1, "Projector and screen", 1000),
        (2, "PA system", 1500),
        (3, "Trestle table", 200),
        (4, "Crockery set (50 settings)", 1200),
        (5, "Staging blocks", 2500),
        (6, "Kitchen use", 1500),
        (7, "Coffee urn", 500),
    ]
    insert(c, "equipment", equip)
    eq_price = {e[0]: e[2] for e in equip}
    rate = {rm[0]: rm for rm in rooms}
    hirers = []

    def add_hirer(name: str, contact: str, kind: str, regular: str, key: str, since: dt.date) -> int:
        hid = len(hirers) + 1
        first = contact.split(" ")[-2].lower().strip(".")
        phone = None if r.random() < 0.05 else f"01460 {r.randint(200000, 299999)}"
        email = None if r.random() < 0.15 else f"{first}.{contact.split(' ')[-1].lower()}@mail.example"
        hirers.append((hid, name, contact, phone, email, kind, regular, key, _iso(since)))
        return hid

    raw = []  # (date, start, end, hirer, room, purpose, attendees, kind, regular, equipment)
    for reg in VH_REGULARS:
        name, contact, kind, room, wd, t0, t1, freq, purpose, att, first, last = reg
        hid = add_hirer(name, contact, kind, "Y", "Y" if freq in ("W", "F") else "N", _plus(first, -r.randint(20, 90)))
        d = first
        while d.weekday() != wd:
            d = _plus(d, 1)
        stop = min(last or D(2025, 7, 31), D(2025, 7, 31))
        n = 0
        while d <= stop:
            take = False
            if freq == "W":
                take = True
            elif freq == "F":
                take = n % 2 == 0
            elif freq == "M1":
                take = d.day <= 7
            elif freq == "M2":
                take = 8 <= d.day <= 14
            elif freq == "L":
                take = _plus(d, 7).month != d.month
            if take and not (d.month == 8 and freq in ("F", "W") and kind != "B"):
                eqs = [(1, 1), (2, 1)] if "Film" in name else [(7, 1)] if "WI" in name or "Bridge" in name else []
                raw.append((d, t0, t1, hid, room, purpose, att + r.randint(-5, 5), kind, True, eqs))
            d = _plus(d, 7)
            n += 1
    for name, contact, kind, room, purpose, att, times in VH_OCCASIONAL:
        hid = add_hirer(name, contact, kind, "N", "N", day_between(r, D(2018, 1, 1), D(2022, 12, 31)))
        for _ in range(times):
            d = day_between(r, D(2023, 1, 14), D(2025, 9, 27))
            while d.weekday() != 5:
                d = _plus(d, 1)
            eqs = [(3, r.randint(6, 20))] if "fair" in purpose else [(6, 1), (7, 1)]
            if "Dance" in name:
                eqs = [(5, 1), (2, 1)]
            if "quiz" in purpose:
                eqs = [(2, 1), (3, 10), (6, 1)]
            raw.append((d, "09:00", "16:00" if "fair" in purpose else "13:00", hid, room, purpose,
                        att + r.randint(-20, 20), kind, False, eqs))  # fmt: skip
    names = full_names(r, 32)
    for nm in names:
        since = day_between(r, D(2023, 1, 1), D(2025, 6, 10))
        hid = add_hirer(nm, nm, "P", "N", "N", since)
        for _ in range(1 if r.random() < 0.85 else 2):
            d = _plus(since, r.randint(14, 160))
            if d.weekday() not in (4, 5, 6):
                d = _plus(d, 5 - d.weekday())
            purpose = r.choice(VH_PARTIES)
            room = 3 if purpose in ("Christening", "Baby shower") and r.random() < 0.6 else 1
            t0, t1 = ("14:00", "18:00") if purpose in ("Christening", "Wake", "Baby shower") else ("18:00", "23:30")
            eqs = (
                [(6, 1)]
                + ([(2, 1)] if t1 == "23:30" and r.random() < 0.6 else [])
                + ([(4, 1)] if r.random() < 0.5 else [])
            )
            raw.append((d, t0, t1, hid, room, purpose, r.randint(25, 110) if room == 1 else r.randint(15, 40), "P",
                        False, eqs))  # fmt: skip
    insert(c, "hirer", hirers)
    taken: dict[tuple[dt.date, int], list[tuple[str, str]]] = {}
    placed = []
    for item in raw:  # the regulars come first and keep their slots; a one-off clashing with one moves a week on
        d, t0, t1, room = item[0], item[1], item[2], item[4]
        for _try in range(6):
            if all(t1 <= a or t0 >= b for a, b in taken.get((d, room), [])):
                break
            d = _plus(d, 7)
        else:
            continue
        taken.setdefault((d, room), []).append((t0, t1))
        placed.append((d, *item[1:]))
    raw = sorted(placed, key=lambda x: (x[0], x[1], x[3]))
    bookings, beq, pays = [], [], []
    for bid, (d, t0, t1, hid, room, purpose, att, kind, regular, eqs) in enumerate(raw, 1):
        h0, m0 = map(int, t0.split(":"))
        h1, m1 = map(int, t1.split(":"))
        hours = ((h1 * 60 + m1) - (h0 * 60 + m0)) / 60
        hourly = rate[room][4] if kind in ("C", "R") else rate[room][3]
        charge = round(hours * hourly) + sum(eq_price[e] * q for e, q in eqs)
        deposit = 5000 if kind == "P" else 2500 if kind == "B" and not regular else 0
        made = d - dt.timedelta(days=r.randint(10, 60) if regular else r.randint(14, 170))
        made = max(made, D.fromisoformat(hirers[hid - 1][8]))
        made_ts = dt.datetime(made.year, made.month, made.day, r.randint(8, 21), r.randrange(60))
        if d < TODAY:
            st = r.choices([4, 5, 6], [93, 6, 1])[0]
        elif regular:
            st = 3
        else:
            st = r.choices([1, 2, 3], [15, 30, 55])[0]
        if made_ts.date() >= TODAY:
            made_ts = dt.datetime(2025, 6, r.randint(1, 13), 10, r.randrange(60))
        holder = None
        if not (regular and hirers[hid - 1][7] == "Y"):
            ok = [k for k in keys if _in_service(k[3], k[4], d)]
            holder = r.choice(ok)[0]
        bookings.append((bid, hid, room, _iso(d), t0, t1, hours, purpose, max(att, 4), st, charge, deposit,
                         _dts(made_ts), holder))  # fmt: skip
        for e, q in eqs:
            beq.append((bid, e, q))
        meth = r.choices(["BACS", "CASH", "CHEQUE", "CARD"], [50, 20, 15, 15])[0]
        if deposit and st in (3, 4, 5):
            pd = _plus(made, r.randint(0, 10))
            if pd <= LAST:
                pays.append((bid, deposit, _iso(pd), meth))
        if st == 4:
            pd = _plus(d, r.randint(-7, 28))
            unpaid = r.random() < (0.3 if d >= D(2025, 4, 1) else 0.03)
            if pd <= LAST and not unpaid:
                pays.append((bid, charge - deposit, _iso(pd), meth))
    insert(c, "booking", bookings)
    insert(c, "booking_equipment", beq)
    pays.sort(key=lambda x: (x[2], x[0]))
    insert(c, "payment", [(i, b, a, d, m, f"AVH{i:05d}" if m == "BACS" else None)
                          for i, (b, a, d, m) in enumerate(pays, 1)])  # fmt: skip
    done(c)


# ----------------------------------------------------------------------------------------------------- cyclerma
CR_SHOPS = [
    ("Pedal Power Cycles", "Leeds", "GB"), ("Spokes and Sprockets", "Bristol", "GB"), ("Ride On Bikes", "Kendal", "GB"),
    ("The Bike Shed", "Brighton", "GB"), ("Chain Reaction Cycles Oxford", "Oxford", "GB"),
    ("Dales Cycle Centre", "Skipton", "GB"), ("Cadence Cycles", "Cardiff", "GB"), ("Freewheel Bikes", "Norwich", "GB"),
    ("Summit Cycles", "Fort William", "GB"), ("Hills and Trails", "Keswick", "GB"), ("Velo Vintage", "York", "GB"),
    ("Urban Wheels", "Manchester", "GB"), ("Cog and Crank", "Sheffield", "GB"), ("Clyde Cycles", "Glasgow", "GB"),
    ("Forth Bikes", "Edinburgh", "GB"), ("Bikes of Bath", "Bath", "GB"), ("Peak Pedallers", "Buxton", "GB"),
    ("Cotswold Cyclery", "Cirencester", "GB"), ("Tamar Trail Bikes", "Plymouth", "GB"),
    ("Saddle Up", "Cambridge", "GB"), ("Riverside Cycles", "Nottingham", "GB"), ("Downhill Dave's", "Betws-y-Coed", "GB"),
    ("Mersey Bike Co", "Liverpool", "GB"), ("Tyne Cycle Works", "Newcastle", "GB"), ("Bikeworks Belfast", "Belfast", "GB"),
    ("Ards Cycles", "Newtownards", "GB"), ("Highland Bike Hub", "Inverness", "GB"), ("Wight Wheels", "Newport", "GB"),
    ("Solent Cycles", "Southampton", "GB"), ("Kent Cycle Centre", "Canterbury", "GB"), ("Thames Bikes", "Reading", "GB"),
    ("Gravel Grinders", "Hereford", "GB"), ("Lakeland Pedal Co", "Ambleside", "GB"), ("Shropshire Spokes", "Shrewsbury", "GB"),
    ("Dublin Bike Depot", "Dublin", "IE"), ("Liffey Cycles", "Dublin", "IE"), ("Galway Wheelers", "Galway", "IE"),
    ("Cork City Cycles", "Cork", "IE"), ("Kerry Bike Hire and Sales", "Killarney", "IE"), ("Limerick Cycle Co", "Limerick", "IE"),
    ("Wicklow Trail Centre", "Wicklow", "IE"), ("Sligo Spokes", "Sligo", "IE"), ("Midland Cycles", "Leicester", "GB"),
    ("E-Ride Electric Bikes", "Milton Keynes", "GB"), ("Volt Velo", "London", "GB"), ("Brixton Cycles Co-op", "London", "GB"),
    ("Hackney Bike Lab", "London", "GB"), ("Fens Cycle Centre", "Ely", "GB"), ("Exe Valley Cycles", "Exeter", "GB"),
    ("North Wales Bike Co", "Bangor", "GB"),
]  # fmt: skip
CR_MATS = [
    ("DRV-1001", "Shimano 105 R7100 12-speed chain", "DRV", "Shimano", 28.50, 24),
    ("DRV-1002", "Shimano Deore M6100 rear derailleur", "DRV", "Shimano", 42.00, 24),
    ("DRV-1003", "SRAM GX Eagle cassette 10-52", "DRV", "SRAM", 168.00, 24),
    ("DRV-1004", "SRAM NX Eagle chain", "DRV", "SRAM", 19.50, 24),
    ("DRV-1005", "Shimano Ultegra R8100 crankset", "DRV", "Shimano", 265.00, 24),
    ("DRV-1006", "KMC X11 chain", "DRV", "KMC", 17.00, 12),
    ("DRV-1007", "Shimano Tiagra 4700 shifter pair", "DRV", "Shimano", 118.00, 24),
    ("DRV-1008", "SRAM Rival AXS rear derailleur", "DRV", "SRAM", 189.00, 24),
    ("BRK-2001", "Shimano MT200 hydraulic brake set", "BRK", "Shimano", 38.00, 24),
    ("BRK-2002", "Shimano Deore M6100 brake lever and caliper", "BRK", "Shimano", 54.00, 24),
    ("BRK-2003", "SRAM Level TL disc brake", "BRK", "SRAM", 61.00, 24),
    ("BRK-2004", "Hope Tech 4 E4 brake", "BRK", "Hope", 172.00, 24),
    ("BRK-2005", "Tektro resin disc pads (pair)", "BRK", "Tektro", 4.20, 12),
    ("BRK-2006", "Shimano RT56 160mm rotor", "BRK", "Shimano", 14.50, 24),
    ("BRK-2007", "SwissStop Flash Pro rim pads", "BRK", "SwissStop", 12.80, 12),
    ("WHL-3001", "Fulcrum Racing 5 wheelset", "WHL", "Fulcrum", 245.00, 24),
    ("WHL-3002", "DT Swiss M1900 29in wheelset", "WHL", "DT Swiss", 289.00, 24),
    ("WHL-3003", "Mavic Aksium disc rear wheel", "WHL", "Mavic", 98.00, 24),
    ("WHL-3004", "Hope Pro 5 rear hub", "WHL", "Hope", 155.00, 24),
    ("WHL-3005", "Shimano MT400 front hub", "WHL", "Shimano", 24.00, 12),
    ("WHL-3006", "Hunt 4 Season Gravel wheelset", "WHL", "Hunt", 329.00, 24),
    ("TYR-4001", "Continental GP5000 700x28 tyre", "TYR", "Continental", 34.00, 12),
    ("TYR-4002", "Schwalbe Marathon Plus 700x35 tyre", "TYR", "Schwalbe", 26.50, 12),
    ("TYR-4003", "Maxxis Minion DHF 29x2.5 tyre", "TYR", "Maxxis", 41.00, 12),
    ("TYR-4004", "Schwalbe 700c inner tube", "TYR", "Schwalbe", 3.60, 6),
    ("TYR-4005", "Continental Grand Prix 4 Season 700x25", "TYR", "Continental", 29.00, 12),
    ("TYR-4006", "Panaracer GravelKing SK 700x40", "TYR", "Panaracer", 27.50, 12),
    ("TYR-4007", "Stan's NoTubes sealant 1L", "TYR", "Stan's", 18.00, 6),
    ("CKP-5001", "Deda Zero100 handlebar", "CKP", "Deda", 58.00, 24),
    ("CKP-5002", "Brooks B17 saddle", "CKP", "Brooks", 72.00, 24),
    ("CKP-5003", "RockShox Reverb AXS dropper post", "CKP", "RockShox", 395.00, 24),
    ("CKP-5004", "Lizard Skins DSP bar tape", "CKP", "Lizard Skins", 21.00, 6),
    ("CKP-5005", "Race Face Turbine R stem", "CKP", "Race Face", 64.00, 24),
    ("CKP-5006", "Ergon GP1 grips", "CKP", "Ergon", 16.50, 12),
    ("ELC-6001", "Bosch PowerTube 625 battery", "ELC", "Bosch", 610.00, 24),
    ("ELC-6002", "Bosch Performance Line CX motor", "ELC", "Bosch", 720.00, 24),
    ("ELC-6003", "Bosch Kiox 300 display", "ELC", "Bosch", 185.00, 24),
    ("ELC-6004", "Shimano EP801 drive unit", "ELC", "Shimano", 690.00, 24),
    ("ELC-6005", "Bosch 4A standard charger", "ELC", "Bosch", 95.00, 24),
    ("ELC-6006", "Shimano BT-E8036 battery", "ELC", "Shimano", 540.00, 24),
    ("ELC-6007", "Bafang BBS02 conversion kit", "ELC", "Bafang", 389.00, 12),
    ("DRV-1009", "Shimano Claris 8-speed cassette", "DRV", "Shimano", 16.00, 12),
    ("BRK-2008", "Avid BB7 mechanical caliper", "BRK", "Avid", 31.00, 12),
]  # fmt: skip
CR_REASONS = [
    ("DOA", "Dead on arrival / faulty out of the box", "X"),
    ("WRG", "Wrong item shipped", ""),
    ("DMG", "Damaged in transit", ""),
    ("WTY", "Warranty claim - failed in use", "X"),
    ("OVS", "Overstock return by agreement", ""),
]
CR_USERS = [("JPATEL", D(2019, 1, 1), None), ("SMORGAN", D(2021, 6, 1), None), ("KWILLIAMS", D(2017, 3, 1),
            D(2024, 7, 31)), ("LHUGHES", D(2024, 8, 5), None)]  # fmt: skip


def build_cyclerma(path: Path) -> None:
    r = random.Random(41005)
    c = fresh_db(
        path,
        """
        CREATE TABLE CUSTM (
            CUSTNO TEXT PRIMARY KEY, CUSTNM TEXT NOT NULL, CITY TEXT NOT NULL, CNTRY TEXT NOT NULL,
            CRLMT REAL NOT NULL, BLKFL TEXT NOT NULL, PAYTM TEXT NOT NULL, CRTDT INTEGER NOT NULL);
        CREATE TABLE MATMS (
            MATNO TEXT PRIMARY KEY, MATDS TEXT NOT NULL, MATGR TEXT NOT NULL, BRAND TEXT NOT NULL,
            UNPRC REAL NOT NULL, WRTMO INTEGER NOT NULL, DISCF TEXT NOT NULL);
        CREATE TABLE SORDH (
            SORNO INTEGER PRIMARY KEY, CUSTNO TEXT NOT NULL REFERENCES CUSTM(CUSTNO), ORDDT INTEGER NOT NULL,
            SHPDT INTEGER, ORDTY TEXT NOT NULL, NETVL REAL NOT NULL, CUSPO TEXT);
        CREATE TABLE SORDI (
            SORNO INTEGER NOT NULL REFERENCES SORDH(SORNO), POSNR INTEGER NOT NULL,
            MATNO TEXT NOT NULL REFERENCES MATMS(MATNO), QTYOR INTEGER NOT NULL, QTYSH INTEGER NOT NULL,
            NETPR REAL NOT NULL, PRIMARY KEY (SORNO, POSNR));
        CREATE TABLE RSNCD (RSNCD TEXT PRIMARY KEY, RSNTX TEXT NOT NULL, WRNFL TEXT NOT NULL);
        CREATE TABLE RMAHD (
            RMANO TEXT PRIMARY KEY, CUSTNO TEXT NOT NULL REFERENCES CUSTM(CUSTNO),
            SORNO INTEGER NOT NULL REFERENCES SORDH(SORNO), RSNCD TEXT NOT NULL REFERENCES RSNCD(RSNCD),
            CRTDT INTEGER NOT NULL, RCVDT INTEGER, CLSDT INTEGER, STATS TEXT NOT NULL, HNDBY TEXT NOT NULL,
            CMNTS TEXT);
        CREATE TABLE RMAIT (
            RMANO TEXT NOT NULL REFERENCES RMAHD(RMANO), RMAPS INTEGER NOT NULL,
            MATNO TEXT NOT NULL REFERENCES MATMS(MATNO), QTYRT INTEGER NOT NULL, DISPO TEXT,
            PRIMARY KEY (RMANO, RMAPS));
        CREATE TABLE CRMEM (
            CRMNO INTEGER PRIMARY KEY, RMANO TEXT NOT NULL REFERENCES RMAHD(RMANO), CRDDT INTEGER NOT NULL,
            CRDAMT REAL NOT NULL, POSTD TEXT NOT NULL);
        """,
    )
    custs = []
    blocked = {7, 22, 41}
    for i, (nm, city, ctry) in enumerate(CR_SHOPS, 1):
        lim = float(r.choice([5000, 7500, 10000, 10000, 15000, 20000, 25000, 40000]))
        terms = r.choices(["N30", "N60", "PREP"], [65, 20, 15])[0]
        custs.append((f"C{10000 + i}", nm, city, ctry, lim, "X" if i in blocked else "", terms,
                      _ymd(day_between(r, D(2012, 1, 1), D(2023, 6, 30)))))  # fmt: skip
    insert(c, "CUSTM", custs)
    mats = [(m[0], m[1], m[2], m[3], m[4], m[5], "X" if m[0] in ("DRV-1006", "BRK-2008", "ELC-6007") else "")
            for m in CR_MATS]  # fmt: skip
    insert(c, "MATMS", mats)
    insert(c, "RSNCD", CR_REASONS)
    mat = {m[0]: m for m in mats}
    cw = [min(r.paretovariate(1.2), 10.0) for _ in custs]
    mw = [{"TYR": 6, "DRV": 5, "BRK": 4, "CKP": 3, "WHL": 2, "ELC": 1.5}[m[2]] * (3 if m[4] < 30 else 1) for m in mats]
    orders, items = [], []
    dates = sorted(day_between(r, D(2023, 1, 3), D(2025, 6, 13)) for _ in range(300))
    for k, od in enumerate(dates):
        if od.weekday() >= 5:
            od = _plus(od, 7 - od.weekday())
            if od > D(2025, 6, 13):
                od = D(2025, 6, 13)
        cu = r.choices(custs, cw)[0]
        sorno = 4500001 + k
        ship = _plus(od, r.randint(1, 4))
        if ship > LAST:
            ship = None
        chosen = []
        for _ in range(r.choices([1, 2, 3, 4, 5], [25, 30, 25, 12, 8])[0]):
            m = r.choices(mats, mw)[0]
            if (m[6] == "X" and od > D(2024, 6, 30)) or m in chosen:
                continue
            chosen.append(m)
        if not chosen:
            chosen = [mat["TYR-4004"]]
        disc = {"N30": 0.0, "N60": 0.05, "PREP": 0.08}[cu[6]]
        total = 0.0
        for j, m in enumerate(chosen, 1):
            q = r.choice([1, 1, 2, 2, 4, 5, 10]) if m[4] < 50 else r.choice([1, 1, 1, 2])
            qs = 0 if ship is None else (q - 1 if q > 1 and r.random() < 0.07 else q)
            price = round(m[4] * (1 - disc) * (1.0 if od.year == 2025 else 0.96 if od.year == 2024 else 0.92), 2)
            items.append((sorno, j * 10, m[0], q, qs, price))
            total += q * price
        po = f"PO-{r.randint(1000, 9999)}" if r.random() < 0.6 else None
        orders.append((sorno, cu[0], _ymd(od), _ymd(ship), "EX" if r.random() < 0.12 else "ST", round(total, 2), po))
    insert(c, "SORDH", orders)
    insert(c, "SORDI", items)
    ohead = {o[0]: o for o in orders}
    shipped = [it for it in items if it[4] > 0]
    iw = [{"ELC": 5, "WHL": 3, "DRV": 2, "BRK": 2, "CKP": 1.2, "TYR": 1}[mat[it[2]][2]] for it in shipped]
    heads, lines, memos = [], [], []
    picks = []
    for _ in range(150):
        it = r.choices(shipped, iw)[0]
        o = ohead[it[0]]
        sd = D(o[3] // 10000, o[3] // 100 % 100, o[3] % 100)
        rsn = r.choices(["DOA", "WRG", "DMG", "WTY", "OVS"], [18, 14, 14, 42, 12])[0]
        lag = {"DOA": (1, 14), "WRG": (1, 10), "DMG": (1, 7), "WTY": (30, 400), "OVS": (30, 120)}[rsn]
        cd = _plus(sd, r.randint(*lag))
        if cd > D(2025, 6, 13) or any(p[1][0] == it[0] and p[1][1] == it[1] for p in picks):
            continue
        if cd.weekday() >= 5:
            cd = _plus(cd, 7 - cd.weekday())
        if cd > D(2025, 6, 13):
            continue
        picks.append((cd, it, rsn))
    picks.sort(key=lambda x: (x[0], x[1][0], x[1][1]))
    seq: dict[int, int] = {}
    for cd, it, rsn in picks:
        o = ohead[it[0]]
        seq[cd.year] = seq.get(cd.year, 0) + 1
        rmano = f"R{cd.year % 100:02d}{seq[cd.year]:05d}"
        rc = _plus(cd, r.randint(3, 20))
        never = r.random() < 0.04
        insp = _plus(rc, r.randint(2, 25))
        cl = _plus(insp, r.randint(0, 10))
        if never or rc > LAST:
            rc = insp = cl = None
            st = "O"
        elif insp > LAST:
            insp = cl = None
            st = "R"
        elif cl > LAST:
            cl = None
            st = "I"
        else:
            st = "C"
        its = [it]
        if rsn in ("WRG", "DMG", "OVS") and r.random() < 0.3:
            extra = [x for x in items if x[0] == it[0] and x[1] != it[1] and x[4] > 0]
            if extra:
                its.append(r.choice(extra))
        disp_w = {"DOA": (["RP", "CR"], [60, 40]), "WRG": (["CR"], [1]), "DMG": (["CR", "SC"], [70, 30]),
                  "WTY": (["RP", "CR", "RJ"], [40, 20, 40]), "OVS": (["CR", "RJ"], [85, 15])}[rsn]  # fmt: skip
        credit = 0.0
        dispos = []
        for j, x in enumerate(its, 1):
            q = x[4] if rsn in ("WRG", "OVS") else min(x[4], r.choice([1, 1, 1, 2]))
            dispo = r.choices(*disp_w)[0] if insp else None
            dispos.append(dispo)
            lines.append((rmano, j * 10, x[2], q, dispo))
            if dispo in ("CR", "SC"):
                credit += q * x[5] * (0.85 if rsn == "OVS" else 1.0)
        if st == "C" and all(dp == "RJ" for dp in dispos):
            st = "J"
        user = r.choice([u for u in CR_USERS if u[1] <= cd and (u[2] is None or u[2] >= cd)])[0]
        note = None
        if r.random() < 0.2:
            note = r.choice(["Customer sent photos", "Box crushed on arrival", "Label printed", "Chased courier",
                             "Manufacturer claim raised", "Restocking fee agreed"])  # fmt: skip
        heads.append((rmano, o[1], o[0], rsn, _ymd(cd), _ymd(rc), _ymd(cl), st, user, note))
        if cl and credit > 0:
            crd = _plus(cl, r.randint(0, 3))
            if crd <= LAST:
                posted = "X" if crd < D(2025, 5, 10) or r.random() < 0.3 else ""
                memos.append((crd, rmano, round(credit, 2), posted))
    insert(c, "RMAHD", heads)
    insert(c, "RMAIT", lines)
    memos.sort()
    insert(c, "CRMEM", [(9000001 + i, rm, _ymd(d), amt, p) for i, (d, rm, amt, p) in enumerate(memos)])
    done(c)


# ------------------------------------------------------------------------------------------------- orienteering
OR_VENUES = [
    (1, "Cannock Chase", "forest", 1200.0, "1:10000", 18.5, 4.0),
    (2, "Sutton Park", "parkland", 970.0, "1:10000", 24.0, 0.0),
    (3, "Wyre Forest", "forest", 850.0, "1:10000", 9.0, 3.5),
    (4, "Clent Hills", "moorland", 180.0, "1:7500", 6.5, 2.0),
    (5, "Kinver Edge", "forest", 230.0, "1:7500", 7.0, 0.0),
    (6, "Baggeridge Country Park", "parkland", 60.0, "1:5000", 11.0, 2.5),
    (7, "Hartlebury Common", "heath", 90.0, "1:7500", 4.5, 0.0),
    (8, "Bewdley town centre", "urban", 45.0, "1:4000", 3.0, 1.5),
    (9, "Habberley Valley", "forest", 40.0, "1:5000", 5.0, 0.0),
    (10, "Brown Clee Hill", "moorland", 640.0, "1:15000", 21.0, 0.0),
]
OR_COLOURS = [("White", 1.6, 10), ("Yellow", 2.3, 30), ("Orange", 3.0, 45), ("Light Green", 3.6, 60),
              ("Green", 4.3, 90), ("Blue", 6.0, 160), ("Brown", 8.2, 240), ("Black", 10.5, 330)]  # fmt: skip
OR_LEVEL_COLOURS = {"A": 8, "B": 7, "C": 6, "D": 4}


def build_orienteering(path: Path) -> None:
    r = random.Random(41006)
    c = fresh_db(
        path,
        """
        CREATE TABLE members (
            member_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            birth_year INTEGER NOT NULL, gender TEXT NOT NULL, membership_type TEXT NOT NULL, bof_number INTEGER,
            joined_on TEXT NOT NULL, left_on TEXT);
        CREATE TABLE venues (
            venue_id INTEGER PRIMARY KEY, venue_name TEXT NOT NULL, terrain TEXT NOT NULL, area_ha REAL NOT NULL,
            map_scale TEXT NOT NULL, distance_from_clubhouse_miles REAL NOT NULL, parking_fee_gbp REAL NOT NULL);
        CREATE TABLE events (
            event_id INTEGER PRIMARY KEY, event_name TEXT NOT NULL, venue_id INTEGER NOT NULL REFERENCES venues(venue_id),
            event_date TEXT NOT NULL, level TEXT NOT NULL,
            organiser_member_id INTEGER REFERENCES members(member_id),
            planner_member_id INTEGER REFERENCES members(member_id), entry_fee_gbp REAL NOT NULL,
            temperature_c REAL, rainfall_mm REAL, cancelled INTEGER NOT NULL);
        CREATE TABLE courses (
            course_id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(event_id),
            colour TEXT NOT NULL, length_km REAL NOT NULL, climb_m INTEGER NOT NULL, controls INTEGER NOT NULL);
        CREATE TABLE results (
            result_id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(course_id),
            member_id INTEGER NOT NULL REFERENCES members(member_id), start_time TEXT NOT NULL, run_time_s INTEGER,
            status TEXT NOT NULL, UNIQUE (course_id, member_id));
        CREATE TABLE subscriptions (
            subscription_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(member_id),
            season INTEGER NOT NULL, fee_gbp REAL NOT NULL, paid_on TEXT NOT NULL, UNIQUE (member_id, season));
        """,
    )
    insert(c, "venues", OR_VENUES)
    names = full_names(r, 72)
    members = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        by = r.choice([r.randint(1948, 1975), r.randint(1960, 1990), r.randint(1975, 2000), r.randint(2007, 2017)])
        mtype = "J" if by >= 2007 else r.choices(["S", "F"], [75, 25])[0]
        joined = day_between(r, D(2004, 1, 1), D(2025, 5, 31)) if i > 10 else day_between(r, D(1995, 1, 1),
                                                                                             D(2012, 12, 31))  # fmt: skip
        left = None
        if r.random() < 0.16:
            left = day_between(r, max(joined, D(2023, 1, 1)), D(2025, 5, 31))
            if (left - joined).days < 120:
                left = None
        gender = "F" if f in ("Bianca", "Dana", "Elif", "Greta", "Ingrid", "Keiko", "Maya", "Olivia", "Rosa", "Tessa",
                              "Vera", "Yara", "Amara", "Chloe", "Emma", "Farah", "Hana", "Julia", "Lena", "Nadia",
                              "Priya") else "M"  # fmt: skip
        bof = None if r.random() < 0.1 else r.randint(10000, 99999)
        members.append((i, f, s, by, gender, mtype, bof, _iso(joined), _iso(left)))
    insert(c, "members", members)
    ability = {m[0]: r.uniform(0.75, 1.6) for m in members}
    keen = {m[0]: min(r.paretovariate(1.4), 5.0) for m in members}
    events, courses, results = [], [], []
    d = D(2023, 1, 8)
    schedule = []
    while d <= D(2025, 7, 31):
        if d.weekday() == 6 and (d.day <= 7 or (15 <= d.day <= 21 and d.month in (3, 5, 10, 11))):
            schedule.append(d)
        d = _plus(d, 1)
    kinds = {"A": "National Event", "B": "Regional Championships", "C": "District Event", "D": "Local Event"}
    season = {1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring", 6: "Summer", 7: "Summer", 8: "Summer",
              9: "Autumn", 10: "Autumn", 11: "Autumn", 12: "Winter"}  # fmt: skip
    for eid, d in enumerate(schedule, 1):
        level = r.choices(["A", "B", "C", "D"], [1, 3, 8, 10])[0]
        venue = r.choice(OR_VENUES if level in ("C", "D") else [v for v in OR_VENUES if v[3] >= 200])
        if venue[2] == "urban":
            title = f"{venue[1].split(' ')[0]} Urban Race"
        elif level == "D":
            title = f"{venue[1]} {season[d.month]} Local"
        else:
            title = f"{venue[1]} {kinds[level]}"
        cur = [m for m in members if _in_service(m[7], m[8], d) and m[3] <= 2004]
        org, plan = r.sample(cur, 2)
        fee = {"A": 24.0, "B": 16.0, "C": 10.0, "D": 6.0}[level] + (1.0 if d.year == 2025 else 0.0)
        temp = round(r.gauss([3, 4, 7, 10, 13, 16, 18, 18, 15, 11, 7, 4][d.month - 1], 3), 1)
        rain = round(max(0.0, r.expovariate(0.4) - 0.8), 1) if r.random() < 0.55 else 0.0
        if d > TODAY:
            temp, rain = None, None
        cancelled = 1 if d <= TODAY and r.random() < 0.04 else 0
        events.append((eid, title, venue[0], _iso(d), level, org[0], plan[0], fee, temp, rain, cancelled))
        n_col = OR_LEVEL_COLOURS[level] if venue[2] != "urban" else 5
        offered = {}
        for col, base_len, base_climb in OR_COLOURS[:n_col]:
            cid = len(courses) + 1
            length = round(base_len * r.uniform(0.85, 1.15), 1)
            hilly = 1.4 if venue[2] in ("moorland", "forest") else 0.6
            climb = int(round(base_climb * hilly * r.uniform(0.7, 1.3) / 5) * 5)
            ctrls = int(length * r.uniform(2.6, 3.4)) + 4
            courses.append((cid, eid, col, length, climb, ctrls))
            offered[col] = (cid, length, climb)
        if cancelled or d > TODAY:
            continue
        for m in members:
            if not _in_service(m[7], m[8], d):
                continue
            if r.random() > min(0.85, 0.13 * keen[m[0]] * (1.6 if level in ("C", "D") else 0.8)):
                continue
            age = d.year - m[3]
            want = ("White" if age < 10 else "Yellow" if age < 12 else "Orange" if age < 14 else
                    "Light Green" if age < 16 else "Green" if age >= 65 else
                    r.choice(["Blue", "Brown"]) if ability[m[0]] < 1.0 else r.choice(["Green", "Blue"]))  # fmt: skip
            if want not in offered:
                want = list(offered)[-1]
            cid, length, climb = offered[want]
            pace = ability[m[0]] * (7.0 if want in ("White", "Yellow") else 8.5) * (1.0 + max(0, age - 50) * 0.012)
            secs = int((length * pace + climb * 0.09) * 60 * r.uniform(0.9, 1.25))
            st = r.choices(["OK", "DNF", "MP", "DSQ"], [88, 5, 6, 1])[0]
            run = None if st in ("DNF", "DSQ") else secs
            start = f"{r.randint(10, 12):02d}:{r.randrange(0, 60, 2):02d}"
            results.append((len(results) + 1, cid, m[0], start, run, st))
    insert(c, "events", events)
    insert(c, "courses", courses)
    insert(c, "results", results)
    subs = []
    fees = {2023: (24.0, 8.0, 40.0), 2024: (26.0, 8.0, 44.0), 2025: (28.0, 10.0, 48.0)}
    for yr in (2023, 2024, 2025):
        for m in members:
            if not _in_service(m[7], m[8], D(yr, 3, 31)) or (yr == 2025 and r.random() < 0.15) or r.random() < 0.04:
                continue
            fee = fees[yr][{"S": 0, "J": 1, "F": 2}[m[5]]]
            paid = max(D.fromisoformat(m[7]), day_between(r, D(yr - 1, 12, 1), D(yr, 3, 31)))
            subs.append((paid, m[0], yr, fee))
    subs.sort()
    insert(c, "subscriptions", [(i, m, y, f, _iso(p)) for i, (p, m, y, f) in enumerate(subs, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "chimneysweep": build_chimneysweep,
    "mountainrescue": build_mountainrescue,
    "hearingdogs": build_hearingdogs,
    "villagehall": build_villagehall,
    "cyclerma": build_cyclerma,
    "orienteering": build_orienteering,
}
