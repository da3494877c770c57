"""Deterministic SQLite databases for a seventh blind NL→SQL evaluation.

Six schemas from domains used nowhere else in the test corpora: a hospital ward rota in plain
English snake_case (a mentor self-reference among nurses, a nurse-shift link table, 0/1
flags), a board-game lending library with camelCase columns and singular tables (a
game-mechanic link table, an ``isActive`` 0/1 flag, NULL ``returnedOn`` while a game is out),
a freight rail network with short abbreviated names (``stn``, ``loco``, ``trn``, ``cnsg``,
``qty_t``, ``amt``, ``dep_dt``; two foreign keys from a train to its origin and destination
station), an agriculture co-op whose crops, grades and regions are codes with lookup tables
and whose organic flag is 'Y'/'N', a theatre box office in snake_case (a booking status
without a lookup table, a booking-seat link table, prices as REAL) and a food bank in
snake_case (depots, households, volunteers, parcels, donations).  Dates are ISO text.
The questions in ``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests that
must be refused) were written against these schemas without running the offline
translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

GIVEN = ["Aisha", "Bruno", "Chloe", "Dmitri", "Esme", "Farid", "Greta", "Hamish", "Imogen", "Joaquin", "Keiko",
         "Leon", "Maeve", "Nikhil", "Orla", "Pavel", "Rosa", "Soren", "Tamsin", "Umar", "Vera", "Wendell"]
FAMILY = ["Abbott", "Brennan", "Castillo", "Dunmore", "Ellery", "Fairweather", "Galloway", "Hargreaves", "Ibarra",
          "Jessop", "Kowalczyk", "Lockhart", "Mbeki", "Naylor", "Okafor", "Pennington", "Quayle", "Redfern",
          "Sinclair", "Thackeray", "Underwood", "Villiers"]
D = dt.date


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_rota(path: Path) -> None:
    """Plain snake_case: wards, nurses with a mentor self-reference, shifts, a nurse-shift link table with the
    hours worked, leave requests with a 0/1 ``approved`` flag."""
    r = random.Random(701)
    c = _db(path, """
        CREATE TABLE wards(ward_id INTEGER PRIMARY KEY, ward_name TEXT NOT NULL, floor INTEGER, bed_count INTEGER,
            specialty TEXT);
        CREATE TABLE nurses(nurse_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, grade TEXT,
            ward_id INTEGER REFERENCES wards(ward_id), mentor_id INTEGER REFERENCES nurses(nurse_id),
            hired_on TEXT, hourly_rate REAL, is_agency INTEGER);
        CREATE TABLE shifts(shift_id INTEGER PRIMARY KEY, ward_id INTEGER REFERENCES wards(ward_id),
            shift_date TEXT, shift_type TEXT, required_staff INTEGER);
        CREATE TABLE shift_assignments(shift_id INTEGER REFERENCES shifts(shift_id),
            nurse_id INTEGER REFERENCES nurses(nurse_id), hours_worked REAL, PRIMARY KEY(shift_id, nurse_id));
        CREATE TABLE leave_requests(request_id INTEGER PRIMARY KEY, nurse_id INTEGER REFERENCES nurses(nurse_id),
            start_date TEXT, end_date TEXT, leave_type TEXT, approved INTEGER);
    """)
    wards = [(1, "Aldridge Ward", 2, 28, "Cardiology"), (2, "Beech Ward", 3, 24, "Orthopaedics"),
             (3, "Cedar Ward", 3, 30, "General Medicine"), (4, "Damson Ward", 4, 16, "Paediatrics"),
             (5, "Elm Ward", 1, 12, "Intensive Care"), (6, "Foxglove Ward", 4, 20, "Maternity")]
    _ins(c, "wards", wards)
    nurses = []
    grades = ["Band 5", "Band 5", "Band 5", "Band 6", "Band 6", "Band 7"]
    for i, (g, f) in enumerate(_people(r, 42), start=1):
        ward = 1 + (i - 1) % 6
        grade = "Band 7" if i <= 6 else r.choice(grades[:5])
        mentor = None if i <= 6 else (ward if grade == "Band 5" or i % 2 else None)
        agency = 1 if i % 7 == 0 else 0
        rate = round({"Band 5": 17.5, "Band 6": 22.0, "Band 7": 27.5}[grade] + (6.0 if agency else 0) + i / 100, 2)
        nurses.append((i, g, f, grade, ward, mentor, _day(r, D(2012, 1, 1), 4800).isoformat(), rate, agency))
    _ins(c, "nurses", nurses)
    by_ward: dict[int, list[int]] = {}
    for nr in nurses:
        by_ward.setdefault(nr[4], []).append(nr[0])
    shifts, assigns, seen = [], [], set()
    sid = 0
    while sid < 130:
        ward = r.randint(1, 6) if sid != 129 else 5
        d = _day(r, D(2025, 4, 1), 100)
        st = r.choice(["Early", "Late", "Night"])
        if (ward, d, st) in seen:
            continue
        seen.add((ward, d, st))
        sid += 1
        need = r.randint(2, 4)
        shifts.append((sid, ward, d.isoformat(), st, need))
        if d <= D(2025, 6, 15):
            staff = r.sample(by_ward[ward], min(len(by_ward[ward]), need - (1 if r.random() < 0.25 else 0)))
            for n in staff:
                hours = 11.5 if st == "Night" else r.choice([7.5, 7.5, 8.0, 6.0])
                assigns.append((sid, n, hours))
    shifts.sort(key=lambda s: (s[2], s[1], s[3]))
    remap = {s[0]: k for k, s in enumerate(shifts, start=1)}
    _ins(c, "shifts", [(remap[s[0]], *s[1:]) for s in shifts])
    _ins(c, "shift_assignments", sorted((remap[a[0]], a[1], a[2]) for a in assigns))
    leave = []
    for k in range(1, 61):
        n = r.randint(1, 40)
        s = _day(r, D(2024, 9, 1), 400)
        e = s + dt.timedelta(days=r.choice([0, 1, 2, 4, 6, 13]))
        lt = r.choice(["Annual", "Annual", "Sick", "Study"])
        leave.append((k, n, s.isoformat(), e.isoformat(), lt, 0 if r.random() < 0.2 else 1))
    _ins(c, "leave_requests", leave)
    _done(c)


def build_games(path: Path) -> None:
    """camelCase columns and singular tables: a board-game lending library with a game-mechanic link table,
    members with an ``isActive`` 0/1 flag and loans whose ``returnedOn`` is NULL while the game is out."""
    r = random.Random(702)
    c = _db(path, """
        CREATE TABLE game(gameId INTEGER PRIMARY KEY, title TEXT NOT NULL, publisher TEXT, minPlayers INTEGER,
            maxPlayers INTEGER, playMinutes INTEGER, yearPublished INTEGER, replacementCost REAL);
        CREATE TABLE mechanic(mechanicId INTEGER PRIMARY KEY, mechanicName TEXT NOT NULL);
        CREATE TABLE gameMechanic(gameId INTEGER REFERENCES game(gameId),
            mechanicId INTEGER REFERENCES mechanic(mechanicId), PRIMARY KEY(gameId, mechanicId));
        CREATE TABLE member(memberId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, email TEXT, city TEXT,
            joinedOn TEXT, isActive INTEGER);
        CREATE TABLE loan(loanId INTEGER PRIMARY KEY, gameId INTEGER REFERENCES game(gameId),
            memberId INTEGER REFERENCES member(memberId), loanedOn TEXT, dueOn TEXT, returnedOn TEXT, lateFee REAL);
    """)
    titles = [("Harbour Lights", "Quillfeather"), ("Copper Kingdoms", "Redstone Games"), ("Moth & Lantern", "Quillfeather"),
              ("Tidewater", "Bluecoast"), ("Granary", "Redstone Games"), ("Starfall Expedition", "Nebula Press"),
              ("Lichen", "Bluecoast"), ("Ironworks Rally", "Redstone Games"), ("Orchard Feud", "Meadowlark"),
              ("Silent Monastery", "Nebula Press"), ("Canal Barons", "Meadowlark"), ("Parlour Tricks", "Quillfeather"),
              ("Glacier Pass", "Bluecoast"), ("Beacon Keepers", "Nebula Press"), ("Salt Roads", "Meadowlark"),
              ("Dragonfly Derby", "Quillfeather"), ("Clocktower", "Redstone Games"), ("Spice Caravan", "Meadowlark"),
              ("Deep Vault", "Nebula Press"), ("Foxhole", "Bluecoast"), ("Marigold", "Quillfeather"),
              ("Sky Tram", "Redstone Games"), ("Kelp Forest", "Bluecoast"), ("Wyvern Post", "Nebula Press"),
              ("Pickle Jar", "Meadowlark"), ("Tin Soldiers", "Redstone Games"), ("Night Market", "Quillfeather"),
              ("Basalt", "Nebula Press"), ("Weaver's Guild", "Meadowlark"), ("Owl Parliament", "Bluecoast")]
    games = []
    for i, (t, p) in enumerate(titles, start=1):
        mn = r.choice([1, 2, 2, 2, 3])
        mx = mn + r.choice([1, 2, 3, 4])
        games.append((i, t, p, mn, mx, r.choice([20, 30, 45, 60, 90, 120, 150]) + i % 3 * 5, r.randint(2008, 2024),
                      round(r.uniform(18, 85), 2)))
    _ins(c, "game", games)
    mechs = [(1, "Worker Placement"), (2, "Deck Building"), (3, "Tile Laying"), (4, "Cooperative"),
             (5, "Auction"), (6, "Dice Rolling"), (7, "Area Control"), (8, "Hidden Roles"), (9, "Trick Taking")]
    _ins(c, "mechanic", mechs)
    gm = set()
    for gid in range(1, 31):
        for m in r.sample(range(1, 9), r.randint(1, 3)):
            gm.add((gid, m))
    _ins(c, "gameMechanic", sorted(gm))
    cities = ["Leeds", "York", "Harrogate", "Wakefield", "Bradford"]
    members = []
    for i, (g, f) in enumerate(_people(r, 45), start=1):
        members.append((i, g, f, f"{g.lower()}{i}@mail.example", r.choice(cities),
                        _day(r, D(2019, 1, 1), 2300).isoformat(), 0 if i % 6 == 0 else 1))
    _ins(c, "member", members)
    loans = []
    for k in range(1, 261):
        gid = r.randint(1, 29)
        m = r.randint(1, 42)
        out = _day(r, D(2024, 1, 5), 525)
        due = out + dt.timedelta(days=14)
        ret: dt.date | None = out + dt.timedelta(days=r.choice([3, 7, 10, 13, 14, 16, 20, 28]))
        if ret is not None and ret > D(2025, 6, 15):
            ret = None
        fee = round(max(0, (ret - due).days) * 0.5, 2) if ret is not None else 0.0
        loans.append((k, gid, m, out.isoformat(), due.isoformat(), ret.isoformat() if ret else None, fee))
    _ins(c, "loan", loans)
    _done(c)


def build_rail(path: Path) -> None:
    """Short abbreviated names: stations, locomotives based at a depot station, customers, train runs from an
    origin to a destination station, consignments with tonnes, amount and a 0/1 hazardous flag."""
    r = random.Random(703)
    c = _db(path, """
        CREATE TABLE stn(stn_id INTEGER PRIMARY KEY, stn_nm TEXT NOT NULL, rgn TEXT, yrd_cap INTEGER);
        CREATE TABLE loco(loco_id INTEGER PRIMARY KEY, loco_no TEXT, cls TEXT, hp INTEGER, in_svc_dt TEXT,
            depot_stn_id INTEGER REFERENCES stn(stn_id));
        CREATE TABLE cust(cust_id INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, ind TEXT, cr_lim REAL);
        CREATE TABLE trn(trn_id INTEGER PRIMARY KEY, trn_cd TEXT, loco_id INTEGER REFERENCES loco(loco_id),
            orig_stn_id INTEGER REFERENCES stn(stn_id), dest_stn_id INTEGER REFERENCES stn(stn_id), dep_dt TEXT,
            arr_dt TEXT, dist_km INTEGER);
        CREATE TABLE cnsg(cnsg_id INTEGER PRIMARY KEY, trn_id INTEGER REFERENCES trn(trn_id),
            cust_id INTEGER REFERENCES cust(cust_id), cmdty TEXT, qty_t REAL, amt REAL, haz_flg INTEGER);
    """)
    stns = [(1, "Wexley Junction", "North", 120), (2, "Port Halloran", "Coast", 300), (3, "Brackmoor", "North", 60),
            (4, "Saltash Yard", "Coast", 220), (5, "Ferriby", "Midlands", 90), (6, "Kilncote", "Midlands", 150),
            (7, "Dunhollow", "West", 75), (8, "Marrick Sidings", "West", 180), (9, "Ostley", "Midlands", 40)]
    _ins(c, "stn", stns)
    locos = []
    for i in range(1, 19):
        cls = ["Class 66", "Class 70", "Class 60", "Class 88"][i % 4]
        hp = {"Class 66": 3300, "Class 70": 3700, "Class 60": 3100, "Class 88": 5400}[cls]
        locos.append((i, f"{cls[-2:]}{100 + i * 7}", cls, hp, _day(r, D(1995, 1, 1), 10000).isoformat(),
                      [1, 2, 4, 6, 8][i % 5]))
    _ins(c, "loco", locos)
    custs = [(1, "Halloran Aggregates", "Construction", 250000.0), (2, "Northfield Steel", "Metals", 400000.0),
             (3, "Greenvale Grain", "Agriculture", 150000.0), (4, "Carbonex Chemicals", "Chemicals", 300000.0),
             (5, "Brightwater Containers", "Logistics", 500000.0), (6, "Moorland Timber", "Forestry", 120000.0),
             (7, "Tarrant Cement", "Construction", 200000.0), (8, "Pellworth Biomass", "Energy", 180000.0),
             (9, "Quarrymen Ltd", "Construction", 90000.0), (10, "Saltmarsh Fertiliser", "Chemicals", 110000.0)]
    _ins(c, "cust", custs)
    dist = {}
    for a in range(1, 10):
        for b in range(a + 1, 10):
            dist[(a, b)] = dist[(b, a)] = 40 + (a * 37 + b * 53) % 260
    trns = []
    for k in range(1, 151):
        o = r.choice([1, 2, 2, 4, 4, 5, 6, 8, 3, 7])
        d = r.choice([x for x in range(1, 9) if x != o])
        dep = _day(r, D(2024, 10, 1), 270)
        arr = dep + dt.timedelta(days=r.choice([0, 0, 1, 1, 2]))
        loco = r.randint(1, 17)
        trns.append((k, f"6{chr(65 + o)}{k:02d}", loco, o, d, dep.isoformat(),
                     arr.isoformat() if arr <= D(2025, 6, 15) else None, dist[(o, d)]))
    _ins(c, "trn", trns)
    cmdties = {"Construction": ["Aggregates", "Cement"], "Metals": ["Steel coil", "Scrap"], "Agriculture": ["Grain"],
               "Chemicals": ["Chlorine", "Ammonia"], "Logistics": ["Containers"], "Forestry": ["Timber"],
               "Energy": ["Biomass"]}
    cns = []
    n = 0
    for t in trns:
        for cu in r.sample(range(1, 10), r.randint(1, 3)):
            n += 1
            cm = r.choice(cmdties[custs[cu - 1][2]])
            qty = round(r.uniform(200, 1600), 1)
            haz = 1 if cm in ("Chlorine", "Ammonia") else 0
            rate = 0.045 if haz else 0.03
            cns.append((n, t[0], cu, cm, qty, round(qty * t[7] * rate + r.uniform(0, 40), 2), haz))
    _ins(c, "cnsg", cns)
    _done(c)


def build_coop(path: Path) -> None:
    """Lookup tables of codes: crops, grades and regions are short codes with descriptions; growers with a
    'Y'/'N' organic flag; deliveries weighed and graded; payments to growers."""
    r = random.Random(704)
    c = _db(path, """
        CREATE TABLE crop_code(crop_cd TEXT PRIMARY KEY, crop_desc TEXT NOT NULL, base_price_per_kg REAL);
        CREATE TABLE grade_code(grade_cd TEXT PRIMARY KEY, grade_desc TEXT NOT NULL, price_factor REAL);
        CREATE TABLE region_code(region_cd TEXT PRIMARY KEY, region_desc TEXT NOT NULL);
        CREATE TABLE grower(grower_no INTEGER PRIMARY KEY, grower_name TEXT NOT NULL,
            region_cd TEXT REFERENCES region_code(region_cd), organic_flag TEXT, member_since TEXT, hectares REAL);
        CREATE TABLE delivery(delivery_no INTEGER PRIMARY KEY, grower_no INTEGER REFERENCES grower(grower_no),
            crop_cd TEXT REFERENCES crop_code(crop_cd), grade_cd TEXT REFERENCES grade_code(grade_cd),
            delivery_dt TEXT, weight_kg REAL, moisture_pct REAL);
        CREATE TABLE payment(payment_no INTEGER PRIMARY KEY, grower_no INTEGER REFERENCES grower(grower_no),
            paid_dt TEXT, amount REAL, method TEXT);
    """)
    crops = [("APL", "Apples", 0.42), ("PER", "Pears", 0.51), ("PLM", "Plums", 0.88), ("CHR", "Cherries", 2.10),
             ("STR", "Strawberries", 1.75), ("BLK", "Blackcurrants", 1.30)]
    _ins(c, "crop_code", crops)
    grades = [("A", "Extra Class", 1.2), ("B", "Class I", 1.0), ("C", "Class II", 0.8), ("P", "Processing", 0.45)]
    _ins(c, "grade_code", grades)
    regions = [("KNT", "Kent Weald"), ("HER", "Herefordshire"), ("EVS", "Vale of Evesham"), ("TAM", "Tamar Valley"),
               ("FEN", "Cambridgeshire Fens")]
    _ins(c, "region_code", regions)
    names = ["Ashcombe Farm", "Blackthorn Orchards", "Coldharbour Fruit", "Dene Valley Growers", "Eastwell Estate",
             "Fallowfield Farm", "Gooseberry Hill", "Hollybush Orchard", "Ivy Lane Fruit", "Jubilee Farm",
             "Kingsdown Growers", "Longacre Orchards", "Millbrook Farm", "Nettlebed Fruit", "Oakhurst Estate",
             "Pippin Lodge", "Quince Court", "Rookery Farm", "Stonebridge Fruit", "Tithe Barn Orchards",
             "Upperton Farm", "Wychwood Growers"]
    growers = []
    for i, nm in enumerate(names, start=1):
        reg = ["KNT", "HER", "EVS", "TAM"][i % 4] if i != 22 else "FEN"
        growers.append((i, nm, reg, "Y" if i % 3 == 0 else "N", _day(r, D(2001, 1, 1), 8000).isoformat(),
                        round(r.uniform(4, 120), 1)))
    _ins(c, "grower", growers)
    dels = []
    for k in range(1, 321):
        g = r.randint(1, 21)
        cp = r.choice(crops)
        d = _day(r, D(2024, 4, 1), 440)
        dels.append((k, g, cp[0], r.choice(["A", "B", "B", "C", "C", "P"]), d.isoformat(),
                     round(r.uniform(150, 4800), 1), round(r.uniform(8, 19), 1)))
    _ins(c, "delivery", dels)
    pays = []
    for k in range(1, 91):
        g = r.randint(1, 20)
        pays.append((k, g, _day(r, D(2024, 5, 1), 410).isoformat(), round(r.uniform(300, 9000), 2),
                     r.choice(["BACS", "BACS", "BACS", "Cheque"])))
    _ins(c, "payment", pays)
    _done(c)


def build_theatre(path: Path) -> None:
    """Plain snake_case box office: productions, performances with a 0/1 matinee flag, customers, bookings with a
    text status and no lookup table, seats and a booking-seat link table with the price paid per seat."""
    r = random.Random(705)
    c = _db(path, """
        CREATE TABLE productions(production_id INTEGER PRIMARY KEY, title TEXT NOT NULL, genre TEXT, director TEXT,
            opening_date TEXT, closing_date TEXT);
        CREATE TABLE performances(performance_id INTEGER PRIMARY KEY,
            production_id INTEGER REFERENCES productions(production_id), performance_date TEXT, start_time TEXT,
            is_matinee INTEGER);
        CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT, postcode TEXT,
            joined_date TEXT, is_friend INTEGER);
        CREATE TABLE seats(seat_id INTEGER PRIMARY KEY, section TEXT, row_letter TEXT, seat_number INTEGER);
        CREATE TABLE bookings(booking_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
            performance_id INTEGER REFERENCES performances(performance_id), booked_on TEXT, status TEXT,
            channel TEXT, total_price REAL);
        CREATE TABLE booking_seats(booking_id INTEGER REFERENCES bookings(booking_id),
            seat_id INTEGER REFERENCES seats(seat_id), price REAL, PRIMARY KEY(booking_id, seat_id));
    """)
    prods = [(1, "The Lighthouse Keeper's Daughter", "Drama", "Mira Castellan", "2025-01-10", "2025-02-22"),
             (2, "Pirates of Penzance", "Musical", "Oliver Strand", "2025-02-28", "2025-04-12"),
             (3, "A Comedy of Errors", "Comedy", "Mira Castellan", "2025-04-18", "2025-05-31"),
             (4, "Glass Menagerie", "Drama", "Tobias Wren", "2025-06-05", "2025-07-19"),
             (5, "Sweet Charity", "Musical", "Oliver Strand", "2025-07-25", "2025-09-06"),
             (6, "Noises Off", "Comedy", "Hannah Pryce", "2024-11-15", "2024-12-31")]
    _ins(c, "productions", prods)
    perfs = []
    pid = 0
    for p in prods:
        d = D.fromisoformat(p[4])
        end = D.fromisoformat(p[5])
        while d <= end:
            if d.weekday() in (3, 4, 5) or (d.weekday() == 2 and p[0] % 2 == 0):
                pid += 1
                perfs.append((pid, p[0], d.isoformat(), "19:30", 0))
                if d.weekday() == 5 and p[0] != 6:
                    pid += 1
                    perfs.append((pid, p[0], d.isoformat(), "14:30", 1))
            d += dt.timedelta(days=1)
    _ins(c, "performances", perfs)
    custs = []
    towns = ["BS1", "BS6", "BS8", "BA1", "BS3", "GL5"]
    for i, (g, f) in enumerate(_people(r, 60), start=1):
        custs.append((i, f"{g} {f}", f"{g.lower()}.{f.lower()}@post.example", f"{r.choice(towns)} {r.randint(1, 9)}"
                      f"{chr(65 + r.randint(0, 25))}{chr(65 + r.randint(0, 25))}",
                      _day(r, D(2018, 1, 1), 2500).isoformat(), 1 if i % 4 == 0 else 0))
    _ins(c, "customers", custs)
    seats = []
    sid = 0
    for sec, rows, per in (("Stalls", "ABCDEF", 10), ("Circle", "GHJK", 8), ("Balcony", "LM", 8)):
        for row in rows:
            for n in range(1, per + 1):
                sid += 1
                seats.append((sid, sec, row, n))
    _ins(c, "seats", seats)
    price = {"Stalls": 42.0, "Circle": 34.0, "Balcony": 22.0}
    bookings, bseats, taken = [], [], set()
    for k in range(1, 221):
        perf = r.choice(perfs)
        cu = r.randint(1, 57)
        pd = D.fromisoformat(perf[2])
        booked = pd - dt.timedelta(days=r.randint(1, 60))
        if booked > D(2025, 6, 15):
            booked = D(2025, 6, 15) - dt.timedelta(days=r.randint(0, 20))
        status = r.choice(["confirmed"] * 8 + ["cancelled", "refunded"])
        n = r.choice([1, 2, 2, 2, 3, 4])
        chosen = [s for s in r.sample(seats, n) if (perf[0], s[0]) not in taken]
        total = 0.0
        for s in chosen:
            taken.add((perf[0], s[0]))
            paid = price[s[1]] * (0.8 if perf[4] else 1.0) + (5.0 if perf[1] in (2, 5) else 0.0)
            total += paid
            bseats.append((k, s[0], round(paid, 2)))
        bookings.append((k, cu, perf[0], booked.isoformat(), status, r.choice(["online", "online", "phone", "counter"]),
                         round(total, 2)))
    _ins(c, "bookings", bookings)
    _ins(c, "booking_seats", bseats)
    _done(c)


def build_foodbank(path: Path) -> None:
    """Plain snake_case food bank: depots, registered households, volunteers at a depot with a 0/1 background
    check flag, parcels collected by households and handed out by volunteers, donations received at depots."""
    r = random.Random(706)
    c = _db(path, """
        CREATE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name TEXT NOT NULL, town TEXT, opened_on TEXT);
        CREATE TABLE households(household_id INTEGER PRIMARY KEY, surname TEXT, town TEXT, household_size INTEGER,
            registered_on TEXT, referral_agency TEXT);
        CREATE TABLE volunteers(volunteer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
            depot_id INTEGER REFERENCES depots(depot_id), started_on TEXT, phone TEXT, background_checked INTEGER);
        CREATE TABLE parcels(parcel_id INTEGER PRIMARY KEY, household_id INTEGER REFERENCES households(household_id),
            depot_id INTEGER REFERENCES depots(depot_id), volunteer_id INTEGER REFERENCES volunteers(volunteer_id),
            collected_on TEXT, parcel_type TEXT, item_count INTEGER);
        CREATE TABLE donations(donation_id INTEGER PRIMARY KEY, depot_id INTEGER REFERENCES depots(depot_id),
            donor_name TEXT, received_on TEXT, weight_kg REAL, cash_value REAL);
    """)
    depots = [(1, "St Anne's Hall", "Rotherham", "2016-03-01"), (2, "Canal Street Depot", "Barnsley", "2018-09-15"),
              (3, "Old Library", "Doncaster", "2019-05-20"), (4, "Parkgate Unit 4", "Rotherham", "2021-11-02"),
              (5, "Wath Community Centre", "Wath", "2024-02-10")]
    _ins(c, "depots", depots)
    agencies = ["Citizens Advice", "GP surgery", "Job Centre", "School", "Social services", "Self"]
    towns = ["Rotherham", "Barnsley", "Doncaster", "Wath", "Maltby"]
    hh = []
    for i in range(1, 81):
        hh.append((i, FAMILY[(i * 5) % 22], towns[i % 5] if i % 11 else "Maltby", r.choice([1, 1, 2, 2, 3, 4, 5, 6]),
                   _day(r, D(2022, 1, 1), 1250).isoformat(), agencies[(i * 7) % 6]))
    _ins(c, "households", hh)
    vols = []
    for i, (g, f) in enumerate(_people(r, 24), start=1):
        vols.append((i, f"{g} {f}", 1 + i % 5 if i != 24 else 1, _day(r, D(2017, 1, 1), 3000).isoformat(),
                     f"07700 9{i:05d}", 0 if i % 5 == 0 else 1))
    _ins(c, "volunteers", vols)
    vol_by_depot: dict[int, list[int]] = {}
    for v in vols:
        vol_by_depot.setdefault(v[2], []).append(v[0])
    parcels = []
    for k in range(1, 301):
        h = r.randint(1, 76)
        dep = r.choice([1, 1, 2, 2, 3, 3, 4, 5])
        size = hh[h - 1][3]
        pt = "family" if size >= 4 else r.choice(["standard", "standard", "dietary", "baby"])
        parcels.append((k, h, dep, r.choice(vol_by_depot[dep]), _day(r, D(2024, 7, 1), 350).isoformat(), pt,
                        r.randint(12, 20) + (8 if pt == "family" else 0)))
    _ins(c, "parcels", parcels)
    donors = ["Tesco Rawmarsh", "St Mary's Church", "Rotary Club", "Sainsbury's Doncaster", "Anonymous",
              "Barnsley FC Trust", "Harvest Festival", "Greggs Foundation"]
    dons = []
    for k in range(1, 121):
        dons.append((k, r.randint(1, 5), r.choice(donors), _day(r, D(2024, 7, 1), 350).isoformat(),
                     round(r.uniform(5, 400), 1), round(r.uniform(10, 900), 2)))
    _ins(c, "donations", dons)
    _done(c)


BUILDERS = {
    "rota": build_rota,
    "games": build_games,
    "rail": build_rail,
    "coop": build_coop,
    "theatre": build_theatre,
    "foodbank": build_foodbank,
}

