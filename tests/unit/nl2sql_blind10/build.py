"""Deterministic SQLite databases for a tenth blind NL→SQL evaluation.

Six schemas, each in its own naming style:

* ``airops`` — airline operations keyed by codes: ``airports`` keyed by a three-letter ``iata`` code,
  ``carriers`` by a two-letter ``carrier_cd``, ``aircraft`` by ``tail_no``, and ``flights`` with two
  foreign keys to the same parent (``dep_iata`` and ``arr_iata``), ``sched_dep``/``actual_dep``
  timestamps and a coded ``status`` ('ON' on time, 'DL' delayed, 'CX' cancelled; a cancelled flight
  has NULL ``actual_dep`` and NULL ``pax``).
* ``hosplab`` — a hospital laboratory with units in names and values: ``patients`` (``mrn``, ``sex``
  'M'/'F', ``dob``, ``height_cm``, ``weight_kg``), ``lab_tests`` (``test_code``, ``unit``,
  ``ref_low``/``ref_high``), ``clinicians`` and ``results`` (``value_num`` NULL for a rejected sample,
  ``collected_ts``).
* ``leaderboard`` — camelCase everywhere: ``countries``, ``players`` (``displayName``, ``countryCode``,
  ``createdAt``, ``isBanned``), ``matches`` (``startedAt``, ``durationSec``, ``mapName``, ``gameMode``)
  and the link table ``matchPlayers`` (``score``, ``kills``, ``deaths``, ``isWinner``).
* ``depot`` — a warehouse with singular, abbreviated table names: ``supplier`` (``supp_nm``),
  ``inv_loc``, ``inv_item``, ``inv_txn`` (``txn_type`` 'IN'/'OUT'/'ADJ', ``qty``, ``txn_dt``), ``po``
  (purchase orders keyed by ``po_no``, ``po_stat``) and ``po_line``.
* ``billing`` — an SCD type-2 customer history: ``customer`` anchors ``customer_hist`` (``tier`` with
  ``valid_from`` and ``valid_to``, NULL ``valid_to`` = the current row), ``plan`` and ``subscription``,
  and ``invoice`` with money in integer cents (``amount_cents``) and a NULL ``paid_at`` while unpaid.
* ``lettings`` — a holiday-rental site: ``hosts`` with an ``is_superhost`` flag, ``listings`` with 0/1
  amenity flags (``has_wifi``, ``pets_ok``, ``has_parking``), ``guests``, ``bookings`` with a 0/1
  ``cancelled`` flag, and ``reviews`` with 1–5 ``stars``.

Dates are ISO text, mostly 2023–2025 (the corpus's "today" is 2025-06-15).  The questions in
``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests that must be refused) were written
against these schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

D = dt.date
GIVEN = ["Aoife", "Bartosz", "Chiara", "Dmitri", "Esme", "Farid", "Greta", "Hamish", "Ingrid", "Joaquin", "Keziah",
         "Leif", "Maeve", "Nikos", "Odette", "Pradeep", "Rosalind", "Soren", "Thandiwe", "Umberto", "Valeria", "Wendell"]
FAMILY = ["Abernathy", "Bianchi", "Costa", "Drummond", "Eriksen", "Fairbairn", "Grieve", "Halvorsen", "Ibarra",
          "Jankowski", "Kowalczyk", "Lachance", "McAllister", "Novak", "Okafor", "Pellegrini", "Rasmussen",
          "Sandoval", "Thorne", "Uchida", "Varga", "Whitlock"]


def _people(r: random.Random, n: int) -> list[str]:
    names = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    r.shuffle(names)
    return names[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def _ts(d: dt.date, hh: int, mm: int) -> str:
    return f"{d.isoformat()} {hh:02d}:{mm:02d}"


def build_airops(path: Path) -> None:
    """Codes as keys: airports by IATA code, carriers, aircraft by tail number, flights with two foreign keys
    to airports and a coded status ('ON', 'DL', 'CX')."""
    r = random.Random(1001)
    c = _db(path, """
        CREATE TABLE airports(iata CHAR(3) PRIMARY KEY, airport_name TEXT NOT NULL, city TEXT, country TEXT);
        CREATE TABLE carriers(carrier_cd CHAR(2) PRIMARY KEY, carrier_nm TEXT NOT NULL, hub_iata CHAR(3)
            REFERENCES airports(iata));
        CREATE TABLE aircraft(tail_no TEXT PRIMARY KEY, model TEXT, seats INTEGER, in_service_year INTEGER,
            carrier_cd CHAR(2) REFERENCES carriers(carrier_cd));
        CREATE TABLE flights(flight_id INTEGER PRIMARY KEY, flt_no TEXT NOT NULL,
            carrier_cd CHAR(2) REFERENCES carriers(carrier_cd),
            dep_iata CHAR(3) REFERENCES airports(iata), arr_iata CHAR(3) REFERENCES airports(iata),
            tail_no TEXT REFERENCES aircraft(tail_no), sched_dep TEXT, actual_dep TEXT, status CHAR(2), pax INTEGER);
    """)
    airports = [("LHR", "London Heathrow", "London", "United Kingdom"),
                ("LGW", "London Gatwick", "London", "United Kingdom"),
                ("MAN", "Manchester Airport", "Manchester", "United Kingdom"),
                ("EDI", "Edinburgh Airport", "Edinburgh", "United Kingdom"),
                ("BRS", "Bristol Airport", "Bristol", "United Kingdom"),
                ("INV", "Inverness Airport", "Inverness", "United Kingdom"),
                ("CDG", "Paris Charles de Gaulle", "Paris", "France"),
                ("ORY", "Paris Orly", "Paris", "France"),
                ("NCE", "Nice Cote d'Azur", "Nice", "France"),
                ("MAD", "Madrid Barajas", "Madrid", "Spain"),
                ("BCN", "Barcelona El Prat", "Barcelona", "Spain"),
                ("FRA", "Frankfurt Airport", "Frankfurt", "Germany"),
                ("MUC", "Munich Airport", "Munich", "Germany"),
                ("DUB", "Dublin Airport", "Dublin", "Ireland"),
                ("JFK", "New York JFK", "New York", "United States"),
                ("BOS", "Boston Logan", "Boston", "United States")]
    _ins(c, "airports", airports)
    carriers = [("BA", "British Airways", "LHR"), ("AF", "Air France", "CDG"), ("IB", "Iberia", "MAD"),
                ("LH", "Lufthansa", "FRA"), ("EI", "Aer Lingus", "DUB")]
    _ins(c, "carriers", carriers)
    aircraft = [("G-XLEA", "Airbus A380", 469, 2013, "BA"), ("G-EUYB", "Airbus A320", 180, 2009, "BA"),
                ("G-EUPC", "Airbus A319", 144, 2001, "BA"), ("G-ZBKA", "Boeing 787-9", 216, 2015, "BA"),
                ("F-GKXA", "Airbus A320", 174, 2004, "AF"), ("F-HRBA", "Boeing 787-9", 279, 2016, "AF"),
                ("F-HBNA", "Airbus A220", 148, 2021, "AF"), ("EC-MXV", "Airbus A321", 212, 2018, "IB"),
                ("EC-LUB", "Airbus A330", 288, 2012, "IB"), ("EC-NJM", "Airbus A320neo", 186, 2019, "IB"),
                ("D-AIZA", "Airbus A320", 168, 2010, "LH"), ("D-ABYA", "Boeing 747-8", 364, 2012, "LH"),
                ("D-AINB", "Airbus A320neo", 180, 2017, "LH"), ("EI-DVM", "Airbus A320", 174, 2007, "EI"),
                ("EI-EDY", "Airbus A330", 317, 2011, "EI"), ("EI-LRA", "Airbus A321LR", 184, 2020, "EI")]
    _ins(c, "aircraft", aircraft)
    long_haul = {"G-XLEA", "G-ZBKA", "F-HRBA", "EC-LUB", "D-ABYA", "EI-EDY"}
    routes = [("BA117", "LHR", "JFK", 8, 25), ("BA178", "JFK", "LHR", 19, 10), ("BA304", "LHR", "CDG", 6, 40),
              ("BA305", "CDG", "LHR", 10, 15), ("BA1432", "LHR", "EDI", 7, 5), ("BA1433", "EDI", "LHR", 11, 30),
              ("BA2650", "LGW", "NCE", 6, 20), ("BA1390", "LHR", "MAN", 13, 45), ("BA213", "LHR", "BOS", 15, 20),
              ("BA2702", "LGW", "JFK", 10, 5),
              ("AF1081", "CDG", "LHR", 12, 10), ("AF1380", "CDG", "MAD", 9, 35), ("AF7700", "ORY", "NCE", 7, 15),
              ("AF006", "CDG", "JFK", 10, 30), ("AF1418", "CDG", "FRA", 14, 5), ("AF7701", "NCE", "ORY", 18, 45),
              ("IB3166", "MAD", "LHR", 7, 30), ("IB3167", "LHR", "MAD", 11, 55), ("IB731", "MAD", "BCN", 6, 50),
              ("IB6251", "MAD", "JFK", 16, 25), ("IB3402", "MAD", "CDG", 17, 10),
              ("LH901", "FRA", "LHR", 7, 35), ("LH2020", "MUC", "FRA", 6, 15), ("LH400", "FRA", "JFK", 10, 55),
              ("LH1800", "MUC", "MAD", 12, 40), ("LH2228", "MUC", "CDG", 18, 5),
              ("EI152", "DUB", "LHR", 6, 45), ("EI3282", "DUB", "BRS", 9, 10), ("EI105", "DUB", "JFK", 11, 20),
              ("EI560", "DUB", "MAD", 14, 50)]
    per_route = [14, 13, 17, 16, 12, 11, 9, 10, 8, 6, 15, 10, 9, 11, 8, 7, 12, 12, 9, 7, 6, 13, 8, 9, 7, 6, 14, 5,
                 10, 8]
    flights = []
    fid = 0
    for (flt, dep, arr, hh, mm), n in zip(routes, per_route, strict=True):
        cd = flt[:2]
        transatlantic = "JFK" in (dep, arr) or "BOS" in (dep, arr)
        tails = [a[0] for a in aircraft if a[4] == cd and (a[0] in long_haul) == transatlantic]
        days = sorted({_day(r, D(2023, 9, 1), 652) for _ in range(n)})
        for d in days:
            fid += 1
            sched = dt.datetime(d.year, d.month, d.day, hh, mm)
            roll = r.random()
            tail = r.choice(tails)
            seats = next(a[2] for a in aircraft if a[0] == tail)
            if roll < 0.08:
                status, actual, pax = "CX", None, None
            elif roll < 0.31:
                late = r.choice([18, 25, 34, 42, 47, 55, 68, 75, 90, 105, 130, 185, 240])
                status, actual = "DL", sched + dt.timedelta(minutes=late)
                pax = r.randint(seats // 2, seats)
            else:
                status, actual = "ON", sched + dt.timedelta(minutes=r.randint(0, 12))
                pax = r.randint(seats // 2, seats)
            flights.append((fid, flt, cd, dep, arr, tail, sched.strftime("%Y-%m-%d %H:%M"),
                            actual.strftime("%Y-%m-%d %H:%M") if actual else None, status, pax))
    _ins(c, "flights", flights)
    _done(c)


def build_hosplab(path: Path) -> None:
    """Hospital laboratory: patients (with ``height_cm``/``weight_kg``), lab tests with a unit and a reference
    range, ordering clinicians, results with ``value_num`` (NULL when the sample was rejected)."""
    r = random.Random(1002)
    c = _db(path, """
        CREATE TABLE patients(patient_id INTEGER PRIMARY KEY, mrn TEXT UNIQUE NOT NULL, full_name TEXT NOT NULL,
            sex CHAR(1), dob TEXT, height_cm INTEGER, weight_kg REAL);
        CREATE TABLE lab_tests(test_code TEXT PRIMARY KEY, test_name TEXT NOT NULL, unit TEXT, ref_low REAL,
            ref_high REAL, specimen TEXT);
        CREATE TABLE clinicians(clin_id INTEGER PRIMARY KEY, clin_name TEXT NOT NULL, dept TEXT);
        CREATE TABLE results(result_id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients(patient_id),
            test_code TEXT REFERENCES lab_tests(test_code), value_num REAL, collected_ts TEXT,
            ordered_by INTEGER REFERENCES clinicians(clin_id));
    """)
    tests = [("GLU", "Glucose", "mmol/L", 3.9, 5.6, "blood"), ("HBA1C", "HbA1c", "mmol/mol", 20, 42, "blood"),
             ("K", "Potassium", "mmol/L", 3.5, 5.1, "blood"), ("NA", "Sodium", "mmol/L", 135, 145, "blood"),
             ("CREAT", "Creatinine", "umol/L", 60, 110, "blood"), ("HGB", "Haemoglobin", "g/L", 115, 165, "blood"),
             ("CRP", "C-reactive protein", "mg/L", 0, 5, "blood"),
             ("CHOL", "Total cholesterol", "mmol/L", 0, 5, "blood"),
             ("UACR", "Urine albumin:creatinine ratio", "mg/mmol", 0, 3, "urine"),
             ("VITD", "Vitamin D", "nmol/L", 50, 175, "blood")]
    _ins(c, "lab_tests", tests)
    gen = {"GLU": (3.8, 13.5, 1), "HBA1C": (28, 96, 0), "K": (3.0, 6.3, 1), "NA": (127, 151, 0),
           "CREAT": (48, 310, 0), "HGB": (86, 178, 0), "CRP": (0.4, 188, 1), "CHOL": (2.9, 8.6, 1),
           "UACR": (0.2, 42, 1)}
    clinicians = [(1, "Dr Helen Achebe", "Diabetes"), (2, "Dr Marcus Lind", "Diabetes"),
                  (3, "Dr Priya Raman", "Renal"), (4, "Dr Tomasz Wrona", "Cardiology"),
                  (5, "Dr Saoirse Dunne", "General Practice"), (6, "Dr Felix Ambrose", "General Practice"),
                  (7, "Dr Nadia Petrov", "Emergency"), (8, "Dr Owen Gallagher", "Haematology")]
    _ins(c, "clinicians", clinicians)
    patients = []
    for pid, name in enumerate(_people(r, 110), start=1):
        sex = "F" if r.random() < 0.52 else "M"
        dob = _day(r, D(1932, 1, 1), 25500)
        while D(1954, 4, 1) <= dob <= D(1955, 9, 1) or D(2025, 6, 15) - dob < dt.timedelta(days=365 * 19):
            dob = _day(r, D(1932, 1, 1), 25500)
        h = r.randint(152, 178) if sex == "F" else r.randint(163, 194)
        if pid == 37:
            h = 201
        w = round(r.uniform(48, 118), 1) if pid % 13 else None
        if w is not None and 29.7 < w / (h / 100) ** 2 < 30.3:
            w = round(w + 2.5, 1)
        patients.append((pid, f"MRN{400000 + pid * 37:06d}", name, sex, dob.isoformat(), h, w))
    _ins(c, "patients", patients)
    order_by = {"GLU": [1, 2, 5, 6, 7], "HBA1C": [1, 2, 5], "K": [3, 7, 5, 4], "NA": [3, 7, 6], "CREAT": [3, 3, 5, 4],
                "HGB": [8, 7, 5, 6], "CRP": [7, 5, 6, 4], "CHOL": [4, 5, 6], "UACR": [3, 1]}
    codes = list(gen)
    weights = [9, 6, 7, 5, 7, 7, 6, 5, 2]
    results = []
    for rid in range(1, 391):
        p = r.choice(patients[:104])
        code = r.choices(codes, weights)[0]
        lo, hi, dp = gen[code]
        v = round(r.uniform(lo, hi), dp) if dp else float(r.randint(int(lo), int(hi)))
        if code == "CRP" and v > 100:
            v = round(v * 0.5 + rid / 1000, 1)
        if rid % 29 == 0:
            v = None
        d = _day(r, D(2023, 1, 1), 896)
        hh = r.choice([6, 7, 7, 8, 9, 9, 10, 11, 12, 14, 15, 16, 19, 22])
        results.append((rid, p[0], code, v, _ts(d, hh, r.randrange(60)), r.choice(order_by[code])))
    results.append((391, 41, "CRP", 231.0, "2025-02-11 03:40", 7))
    _ins(c, "results", results)
    _done(c)


def build_leaderboard(path: Path) -> None:
    """camelCase: countries, players, matches (``durationSec``), and the link table ``matchPlayers``."""
    r = random.Random(1003)
    c = _db(path, """
        CREATE TABLE countries(countryCode CHAR(2) PRIMARY KEY, countryName TEXT NOT NULL, region TEXT);
        CREATE TABLE players(playerId INTEGER PRIMARY KEY, displayName TEXT NOT NULL UNIQUE,
            countryCode CHAR(2) REFERENCES countries(countryCode), createdAt TEXT, isBanned INTEGER);
        CREATE TABLE matches(matchId INTEGER PRIMARY KEY, startedAt TEXT, durationSec INTEGER, mapName TEXT,
            gameMode TEXT);
        CREATE TABLE matchPlayers(matchId INTEGER REFERENCES matches(matchId),
            playerId INTEGER REFERENCES players(playerId), score INTEGER, kills INTEGER, deaths INTEGER,
            isWinner INTEGER, PRIMARY KEY(matchId, playerId));
    """)
    countries = [("BR", "Brazil", "Americas"), ("US", "United States", "Americas"), ("DE", "Germany", "Europe"),
                 ("PL", "Poland", "Europe"), ("SE", "Sweden", "Europe"), ("KR", "South Korea", "Asia"),
                 ("JP", "Japan", "Asia"), ("FR", "France", "Europe"), ("AU", "Australia", "Oceania"),
                 ("CA", "Canada", "Americas"), ("NG", "Nigeria", "Africa")]
    _ins(c, "countries", countries)
    first = ["Shadow", "Neon", "Frost", "Iron", "Pixel", "Turbo", "Silent", "Crimson", "Lucky", "Cosmic", "Rogue",
             "Velvet"]
    second = ["Fox", "Viper", "Wolf", "Raven", "Comet", "Lynx", "Moth", "Golem", "Otter", "Falcon"]
    tags = [f"{a}{b}" for a in first for b in second]
    r.shuffle(tags)
    cweights = [14, 12, 10, 9, 6, 8, 5, 6, 4, 5, 1]
    players = []
    for pid in range(1, 65):
        cc = r.choices([x[0] for x in countries], cweights)[0]
        created = _day(r, D(2022, 11, 1), 940)
        players.append((pid, tags[pid - 1], cc, f"{created.isoformat()} {r.randrange(24):02d}:{r.randrange(60):02d}:00",
                        1 if pid in (9, 27, 44) else 0))
    _ins(c, "players", players)
    maps = ["Dust Valley", "Frozen Pier", "Neon District", "Sunken Temple", "Orbital Yard"]
    mweights = [9, 6, 7, 4, 3]
    matches = []
    mps = []
    active = [p[0] for p in players if p[0] % 16 != 5]
    stars = {3: 1.35, 12: 1.25, 20: 1.15}
    for mid in range(1, 93):
        d = _day(r, D(2023, 3, 1), 832)
        dur = r.randint(540, 2700)
        mode = "ranked" if r.random() < 0.55 else "casual"
        matches.append((mid, f"{d.isoformat()} {r.randrange(10, 24):02d}:{r.randrange(60):02d}:00", dur,
                        r.choices(maps, mweights)[0], mode))
        four = r.sample(active, 4)
        winners = set(four[:2]) if r.random() < 0.5 else set(four[2:])
        for p in four:
            boost = stars.get(p, 1.0)
            kills = int(r.randint(0, 24) * boost)
            deaths = r.randint(0, 18)
            score = kills * 100 + r.randint(0, 900) + (300 if p in winners else 0)
            mps.append((mid, p, score, kills, deaths, 1 if p in winners else 0))
    _ins(c, "matches", matches)
    _ins(c, "matchPlayers", mps)
    _done(c)


def build_depot(path: Path) -> None:
    """Warehouse inventory with singular abbreviated names: supplier, inv_loc, inv_item, inv_txn, po, po_line."""
    r = random.Random(1004)
    c = _db(path, """
        CREATE TABLE supplier(supp_id INTEGER PRIMARY KEY, supp_nm TEXT NOT NULL, ctry TEXT, lead_days INTEGER,
            contact_email TEXT);
        CREATE TABLE inv_loc(loc_id INTEGER PRIMARY KEY, loc_cd TEXT NOT NULL, zone CHAR(1), is_cold INTEGER);
        CREATE TABLE inv_item(item_id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, item_desc TEXT, uom TEXT,
            unit_cost REAL, reorder_pt INTEGER, supp_id INTEGER REFERENCES supplier(supp_id),
            loc_id INTEGER REFERENCES inv_loc(loc_id));
        CREATE TABLE inv_txn(txn_id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES inv_item(item_id),
            txn_type TEXT, qty INTEGER, txn_dt TEXT, ref_po TEXT REFERENCES po(po_no));
        CREATE TABLE po(po_no TEXT PRIMARY KEY, po_dt TEXT, supp_id INTEGER REFERENCES supplier(supp_id),
            po_stat TEXT, exp_dt TEXT);
        CREATE TABLE po_line(po_no TEXT REFERENCES po(po_no), line_no INTEGER, item_id INTEGER
            REFERENCES inv_item(item_id), ord_qty INTEGER, unit_prc REAL, PRIMARY KEY(po_no, line_no));
    """)
    suppliers = [(1, "Northgate Fasteners", "United Kingdom", 7, "orders@northgate.example"),
                 (2, "Kessler Industrietechnik", "Germany", 21, "vertrieb@kessler.example"),
                 (3, "Pacific Rim Components", "Taiwan", 45, None),
                 (4, "Albion Packaging", "United Kingdom", 5, "sales@albionpack.example"),
                 (5, "Lusitania Tools", "Portugal", 18, "info@lusitools.example"),
                 (6, "Great Lakes Supply Co", "United States", 30, None),
                 (7, "Brightwell Electrical", "United Kingdom", 10, "trade@brightwell.example"),
                 (8, "Nordic Cold Chain", "Sweden", 14, "kontakt@nordiccold.example"),
                 (9, "Vantage Safety Wear", "Ireland", 12, "hello@vantagesafety.example")]
    _ins(c, "supplier", suppliers)
    locs = []
    lid = 0
    for zone, n in (("A", 10), ("B", 8), ("C", 7), ("D", 5)):
        for k in range(1, n + 1):
            lid += 1
            locs.append((lid, f"{zone}-{(k - 1) // 4 + 1:02d}-{(k - 1) % 4 + 1:02d}", zone, 1 if zone == "D" else 0))
    _ins(c, "inv_loc", locs)
    kinds = [("M8 hex bolt", "BOX", 1, 6.4), ("M6 wing nut", "BOX", 1, 4.1), ("Stainless washer 10mm", "BOX", 1, 3.2),
             ("Cable tie 300mm", "BAG", 7, 2.75), ("Bearing 6204-2RS", "EA", 2, 5.9),
             ("Hydraulic hose 1/2in", "M", 2, 11.2), ("Torque wrench 40-200Nm", "EA", 5, 89.0),
             ("Cordless drill 18V", "EA", 5, 129.5), ("Pallet wrap 500mm", "ROLL", 4, 14.8),
             ("Corrugated box 40x30x30", "EA", 4, 0.92), ("Packing tape 48mm", "ROLL", 4, 1.65),
             ("PCB relay 12V", "EA", 3, 1.8), ("Stepper motor NEMA17", "EA", 3, 17.4),
             ("Proximity sensor M12", "EA", 3, 22.6), ("LED panel 600x600", "EA", 7, 38.0),
             ("Circuit breaker 16A", "EA", 7, 9.35), ("Ice pack 500g", "EA", 8, 0.85),
             ("Insulated shipper 20L", "EA", 8, 12.4), ("Hi-vis vest XL", "EA", 9, 3.1),
             ("Safety boots size 10", "PAIR", 9, 46.0), ("Nitrile gloves L", "BOX", 9, 7.25),
             ("Ear defenders", "EA", 9, 15.9), ("Forklift battery 48V", "EA", 6, 2450.0),
             ("Grease cartridge 400g", "EA", 6, 5.4), ("Shelf bracket 300mm", "EA", 1, 2.2),
             ("Angle grinder disc 115mm", "EA", 5, 1.35), ("Extension lead 10m", "EA", 7, 16.75),
             ("Thermal label 100x150", "ROLL", 4, 6.9), ("Silica gel sachet", "BAG", 3, 4.45),
             ("Dry ice pellets 10kg", "EA", 8, 21.0)]
    items = []
    for iid in range(1, 61):
        desc, uom, supp, cost = kinds[(iid - 1) % 30]
        if iid > 30:
            desc = f"{desc} (bulk)"
            cost = round(cost * 4.5, 2)
        loc = r.randint(26, 30) if supp == 8 else r.randint(1, 25)
        items.append((iid, f"SKU-{1000 + iid * 7}", desc, uom, cost, r.choice([10, 20, 25, 50, 100]), supp, loc))
    _ins(c, "inv_item", items)
    pos = []
    lines = []
    for k in range(1, 53):
        supp = r.choice([1, 1, 2, 3, 4, 4, 4, 5, 7, 7, 8, 9])
        d = _day(r, D(2023, 6, 1), 740)
        stat = "RECEIVED" if d < D(2025, 4, 20) else "OPEN"
        if k % 11 == 0:
            stat = "CANCELLED"
        po_no = f"PO-{d.year % 100}{k:03d}"
        pos.append((po_no, d.isoformat(), supp, stat, (d + dt.timedelta(days=suppliers[supp - 1][3])).isoformat()))
        cands = [i for i in items if i[6] == supp]
        for ln, it in enumerate(r.sample(cands, min(len(cands), r.randint(1, 5))), start=1):
            lines.append((po_no, ln, it[0], r.choice([10, 20, 24, 50, 100, 200]), round(it[4] * r.uniform(0.9, 1.0), 2)))
    _ins(c, "po", pos)
    _ins(c, "po_line", lines)
    txns = []
    tid = 0
    po_dt = {p[0]: p for p in pos}
    for po_no, _ln, it, q, _p in lines:
        p = po_dt[po_no]
        if p[3] != "RECEIVED":
            continue
        tid += 1
        txns.append((tid, it, "IN", q, p[4], po_no))
    movers = [i[0] for i in items if i[0] % 9 != 4 and i[6] != 6]
    for _ in range(200):
        tid += 1
        it = r.choice(movers)
        d = _day(r, D(2023, 7, 1), 715)
        if r.random() < 0.85:
            txns.append((tid, it, "OUT", r.randint(1, 40), d.isoformat(), None))
        else:
            txns.append((tid, it, "ADJ", r.choice([-5, -3, -2, -1, 1, 2, 4]), d.isoformat(), None))
    txns.sort(key=lambda t: (t[4], t[0]))
    txns = [(n, *t[1:]) for n, t in enumerate(txns, start=1)]
    _ins(c, "inv_txn", txns)
    _done(c)


def build_billing(path: Path) -> None:
    """SCD type 2: a customer anchor, ``customer_hist`` rows per tier (``valid_to`` NULL on the current one),
    plans priced in cents, subscriptions and invoices in cents with a NULL ``paid_at`` while unpaid."""
    r = random.Random(1005)
    c = _db(path, """
        CREATE TABLE customer(cust_id INTEGER PRIMARY KEY, email TEXT NOT NULL, created_at TEXT);
        CREATE TABLE customer_hist(hist_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES customer(cust_id),
            name TEXT NOT NULL, tier TEXT, region TEXT, valid_from TEXT, valid_to TEXT);
        CREATE TABLE plan(plan_id INTEGER PRIMARY KEY, plan_name TEXT NOT NULL, price_cents INTEGER,
            billing_period TEXT);
        CREATE TABLE subscription(sub_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES customer(cust_id),
            plan_id INTEGER REFERENCES plan(plan_id), started_on TEXT, ended_on TEXT);
        CREATE TABLE invoice(inv_id INTEGER PRIMARY KEY, sub_id INTEGER REFERENCES subscription(sub_id),
            issued_on TEXT, due_on TEXT, amount_cents INTEGER, paid_at TEXT);
    """)
    companies = ["Brightloop", "Cedar & Finch", "Driftwood Labs", "Ember Analytics", "Foxglove Media", "Granite Logistics",
                 "Harbourline", "Indigo Health", "Juniper Legal", "Kestrel Robotics", "Lumen Studio", "Marlow Foods",
                 "Northwind Textiles", "Oakridge Dental", "Pinecrest Realty", "Quartz Fintech", "Redwood Brewing",
                 "Saltmarsh Energy", "Tidewater Travel", "Umbra Security", "Vireo Education", "Willow Architects",
                 "Yarrow Pharma", "Zephyr Drones", "Alder Consulting", "Bramble Games", "Corvid Data", "Dunlin Marine",
                 "Elmstead Motors", "Fennel Kitchens", "Gorse Outdoor", "Heron Insurance", "Ivywood Retail",
                 "Jasper Print", "Kite Aerial", "Larch Timber", "Mistral Audio", "Nettle Gardens", "Osprey Clinics",
                 "Puffin Toys", "Quill Publishing", "Rook Capital", "Sorrel Bakery", "Teasel Fashion",
                 "Upland Farms", "Vetch Biotech", "Wren Wellness", "Yew Tree Hotels"]
    regions = ["EMEA", "EMEA", "NA", "NA", "APAC"]
    custs, hist = [], []
    hid = 0
    tiers = ["free", "pro", "enterprise"]
    for cid, name in enumerate(companies, start=1):
        created = _day(r, D(2022, 3, 1), 1000)
        custs.append((cid, f"billing@{name.lower().replace(' & ', '').replace(' ', '')}.example",
                      created.isoformat()))
        region = regions[cid % 5]
        t = 0 if cid % 3 else 1
        start = created
        changes = [0, 1, 1, 2, 0, 1, 3][cid % 7]
        for k in range(changes + 1):
            hid += 1
            end = None
            if k < changes:
                end = start + dt.timedelta(days=r.randint(60, 300))
                if end >= D(2025, 6, 10):
                    end = None
            if end == D(2024, 1, 1):
                end = D(2024, 1, 2)
            hist.append([hid, cid, name, tiers[t], region, start.isoformat(), end.isoformat() if end else None])
            if end is None:
                break
            start = end
            t = t + 1 if t < 2 and (cid + k) % 5 else t - 1
            if t < 0:
                t = 1
    _ins(c, "customer", custs)
    _ins(c, "customer_hist", [tuple(h) for h in hist])
    plans = [(1, "Starter", 1900, "monthly"), (2, "Team", 4900, "monthly"), (3, "Business", 14900, "monthly"),
             (4, "Enterprise", 49900, "monthly"), (5, "Legacy Basic", 900, "monthly")]
    _ins(c, "plan", plans)
    subs, invs = [], []
    iid = 0
    for cid, _e, created in custs:
        if cid % 12 == 7:
            continue
        cur = [h for h in hist if h[1] == cid][-1]
        plan = {"free": 1, "pro": r.choice([2, 3]), "enterprise": 4}[cur[3]]
        start = max(D.fromisoformat(created), D(2024, 1, 5)) + dt.timedelta(days=r.randint(0, 40))
        end = None if cid % 6 else start + dt.timedelta(days=r.randint(120, 330))
        subs.append((len(subs) + 1, cid, plan, start.isoformat(), end.isoformat() if end else None))
        sid = len(subs)
        d = start
        while d < D(2025, 6, 14) and (end is None or d < end):
            iid += 1
            due = d + dt.timedelta(days=30)
            amount = plans[plan - 1][2] + (r.choice([0, 0, 0, 250, 1200]) if plan > 1 else 0)
            paid = None
            if (due < D(2025, 6, 1) and r.random() > 0.06) or (due >= D(2025, 6, 1) and r.random() < 0.4):
                lag = r.choice([2, 5, 9, 14, 20, 26, 33, 41]) if (cid + iid) % 4 else r.randint(1, 24)
                pd = d + dt.timedelta(days=lag)
                if pd <= D(2025, 6, 14):
                    paid = f"{pd.isoformat()} {r.randint(8, 20):02d}:{r.randrange(60):02d}:00"
            invs.append((iid, sid, d.isoformat(), due.isoformat(), amount, paid))
            d = d + dt.timedelta(days=91 if cid % 2 else 61)
    for cid in (5, 19):
        plan = 5
        subs.append((len(subs) + 1, cid, plan, "2023-02-01", "2023-12-31"))
        for k in range(4):
            iid += 1
            d = D(2023, 2 + 3 * k, 1)
            invs.append((iid, len(subs), d.isoformat(), (d + dt.timedelta(days=30)).isoformat(), 900,
                         f"{(d + dt.timedelta(days=4)).isoformat()} 10:00:00"))
    _ins(c, "subscription", subs)
    _ins(c, "invoice", invs)
    _done(c)


def build_lettings(path: Path) -> None:
    """Holiday rentals: hosts (``is_superhost``), listings with 0/1 amenity flags, guests, bookings (``cancelled``
    0/1) and 1–5 star reviews."""
    r = random.Random(1006)
    c = _db(path, """
        CREATE TABLE hosts(host_id INTEGER PRIMARY KEY, host_name TEXT NOT NULL, joined_on TEXT,
            is_superhost INTEGER, response_rate REAL);
        CREATE TABLE listings(listing_id INTEGER PRIMARY KEY, title TEXT NOT NULL, city TEXT,
            host_id INTEGER REFERENCES hosts(host_id), nightly_rate REAL, bedrooms INTEGER, max_guests INTEGER,
            has_wifi INTEGER, pets_ok INTEGER, has_parking INTEGER);
        CREATE TABLE guests(guest_id INTEGER PRIMARY KEY, guest_name TEXT NOT NULL, country TEXT, signed_up TEXT);
        CREATE TABLE bookings(booking_id INTEGER PRIMARY KEY, listing_id INTEGER REFERENCES listings(listing_id),
            guest_id INTEGER REFERENCES guests(guest_id), check_in TEXT, check_out TEXT, total_price REAL,
            cancelled INTEGER);
        CREATE TABLE reviews(review_id INTEGER PRIMARY KEY, booking_id INTEGER REFERENCES bookings(booking_id),
            stars INTEGER, review_dt TEXT, comment TEXT);
    """)
    names = _people(r, 110)
    hosts = []
    for hid in range(1, 17):
        hosts.append((hid, names[hid - 1], _day(r, D(2016, 1, 1), 3000).isoformat(), 1 if hid % 4 == 1 else 0,
                      None if hid % 7 == 0 else round(r.uniform(0.7, 1.0), 2)))
    _ins(c, "hosts", hosts)
    cities = {"Lisbon": ["Alfama", "Baixa", "Belem"], "Porto": ["Ribeira", "Foz"], "Seville": ["Triana", "Santa Cruz"],
              "Edinburgh": ["Old Town", "Leith"], "Kraków": ["Kazimierz", "Old Town"]}
    kinds = ["Sunny studio", "Cosy loft", "Family apartment", "Rooftop flat", "Garden cottage", "Riverside duplex",
             "Artist's attic", "Courtyard house"]
    listings = []
    hosts_for = [1, 1, 1, 1, 2, 3, 3, 4, 5, 5, 5, 6, 7, 8, 9, 9, 10, 11, 12, 12, 13, 14, 15, 16, 2, 6, 8, 10, 13, 4,
                 7, 11, 14, 15, 16, 3, 9, 1, 12, 5]
    lid = 0
    for city, hoods in cities.items():
        for _ in range(8):
            lid += 1
            hood = hoods[lid % len(hoods)]
            beds = r.choice([0, 1, 1, 2, 2, 3, 4])
            rate = round(45 + beds * 28 + r.uniform(0, 60) + (25 if city == "Edinburgh" else 0) + lid / 10, 2)
            listings.append((lid, f"{kinds[(lid * 3) % 8]} in {hood}", city, hosts_for[lid - 1], rate, beds,
                             max(2, beds * 2 + r.choice([0, 1, 2])), 0 if lid % 6 == 0 else 1,
                             1 if r.random() < 0.35 else 0, 1 if r.random() < 0.4 else 0))
    _ins(c, "listings", listings)
    countries = ["Portugal", "Spain", "United Kingdom", "Germany", "France", "United States", "Netherlands", "Poland",
                 "Italy", "Canada"]
    guests = []
    for gid in range(1, 81):
        guests.append((gid, names[16 + gid], r.choices(countries, [6, 6, 9, 8, 7, 7, 4, 4, 5, 3])[0],
                       _day(r, D(2021, 1, 1), 1500).isoformat()))
    _ins(c, "guests", guests)
    bookings, reviews = [], []
    booked = [lst for lst in listings if lst[0] not in (7, 22, 35)]
    for bid in range(1, 281):
        lst = r.choice(booked)
        g = r.choice(guests) if bid % 9 else guests[13]
        cin = _day(r, D(2023, 3, 1), 870)
        nights = r.choice([1, 2, 2, 3, 3, 4, 5, 7, 7, 10, 14])
        cout = cin + dt.timedelta(days=nights)
        canc = 1 if r.random() < 0.1 else 0
        bookings.append((bid, lst[0], g[0], cin.isoformat(), cout.isoformat(), round(lst[4] * nights, 2), canc))
        if not canc and cout < D(2025, 6, 10) and r.random() < 0.7:
            stars = r.choices([1, 2, 3, 4, 5], [1, 2, 4, 9, 11])[0]
            if lst[0] == 12:
                stars = 5
            comment = None if r.random() < 0.3 else ["Great stay", "Would return", "Noisy street", "Spotless",
                                                    "Host very helpful", "Not as pictured"][stars % 6]
            reviews.append((len(reviews) + 1, bid, stars, (cout + dt.timedelta(days=r.randint(1, 5))).isoformat(),
                            comment))
    _ins(c, "bookings", bookings)
    _ins(c, "reviews", reviews)
    _done(c)


BUILDERS = {
    "airops": build_airops,
    "hosplab": build_hosplab,
    "leaderboard": build_leaderboard,
    "depot": build_depot,
    "billing": build_billing,
    "lettings": build_lettings,
}
