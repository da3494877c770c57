"""Deterministic SQLite databases for a seventeenth blind NL→SQL evaluation.

Six industrial / scientific / operational schemas in an engineer's style: singular table names, ``<x>_id``
keys, short ``_nm``/``_cd``/``_flg`` suffixes, timestamps as INTEGER unix epoch seconds in some tables (``ts``,
``*_ts``) and ISO text in others (``*_dt``), booleans as 'Y'/'N' text flags, money as INTEGER cents and
measurements with unit suffixes (``temp_c``, ``duration_s``, ``dist_m``, ``weight_g``...).  The questions
speak in human units (degrees, dollars, minutes, months) and the gold SQL does the conversion.

* ``greenhouse``: a greenhouse sensor network: ``zone`` (``crop``, ``area_m2``, ``target_temp_c``),
  ``sensor`` (``kind_cd`` T = temperature only, TH = temperature + humidity, THC = temperature + humidity +
  CO2; ``installed_ts`` epoch; a NULL ``battery_pct`` for mains-powered sensors; ``active_flg`` Y/N),
  ``reading`` (``ts`` epoch, ``temp_c``, a NULL ``rh_pct`` for temperature-only sensors or a fault, a NULL
  ``co2_ppm`` unless the sensor has CO2), ``alarm`` (``alarm_cd`` HI_TEMP/LO_TEMP/HI_RH/LOW_BATT/OFFLINE,
  ``sev`` W = warning / C = critical, ``raised_ts``, a NULL ``cleared_ts`` while still open) and
  ``irrigation`` (``start_ts``, ``duration_s``, ``water_l``, ``manual_flg`` Y/N).
* ``brewery``: a brewery's batches: ``recipe`` (``style``, ``target_abv_pct``, ``ibu``, ``retired_flg``),
  ``tank`` (``tank_cd``, ``tank_type`` FV = fermenter / BT = bright tank, ``capacity_l``), ``batch``
  (``batch_no``, ``brew_dt`` ISO, ``og``/``fg`` gravities with a NULL ``fg`` while still fermenting,
  ``volume_l``, ``status_cd`` FERM/COND/PKG/DUMP = fermenting/conditioning/packaged/dumped, ``brewer_nm``),
  ``ferm_log`` (``logged_ts`` epoch, ``temp_c``, ``gravity``, a NULL ``ph`` when not measured), ``ingredient``
  (``ingr_type`` MALT/HOP/YEAST/ADJ, ``cost_cents_per_kg``), ``batch_ingredient`` (``weight_g``) and
  ``package_run`` (``pkg_cd`` KEG/CAN/BTL, ``units``, ``run_ts`` epoch, ``unit_price_cents``).
* ``water``: a water utility's meters and bills: ``customer`` (``acct_type`` R/C/I = residential/commercial/
  industrial, ``active_flg``, ``opened_dt`` ISO), ``meter`` (``size_mm``, ``install_dt`` ISO, ``is_deleted``
  Y/N soft delete), ``meter_read`` (``read_ts`` epoch, cumulative ``reading_m3``, ``read_method`` A/M/E =
  automatic/manual/estimated), ``bill`` (``period_start``/``period_end``/``due_dt`` ISO, ``usage_m3``,
  ``amt_cents``, a NULL ``paid_ts`` epoch while unpaid) and ``leak_ticket`` (``opened_ts``, a NULL
  ``closed_ts`` while open, ``est_loss_l``, ``priority`` L/M/H).
* ``drone``: a drone delivery fleet: ``depot``, ``drone`` (``call_sign``, ``max_payload_g``, ``battery_wh``,
  ``in_service_flg``, ``acquired_ts`` epoch), ``pilot`` (``cert_lvl`` A1/A2/STS, ``hired_dt`` ISO,
  ``active_flg``), ``flight`` (``takeoff_ts`` epoch, ``duration_s`` and ``dist_m`` NULL when the drone was lost,
  ``payload_g``, ``outcome_cd`` OK/ABRT/LOST = completed/aborted/lost, ``max_wind_mps``), ``delivery``
  (``fee_cents``, a NULL ``delivered_ts`` when it failed, a NULL ``rating`` 1-5 when not rated) and
  ``maint_log`` (``ts`` epoch, ``work_cd`` PROP/BATT/INSP/MOTOR, ``cost_cents``).
* ``clinlab``: a clinical lab: ``patient`` (``mrn``, ``sex_cd`` M/F, ``birth_dt`` ISO), ``test_def``
  (``test_cd`` text key, ``unit``, reference range ``ref_low``/``ref_high`` with a NULL ``ref_low`` when there
  is no lower limit, ``price_cents``), ``analyzer`` (``calibrated_dt`` ISO), ``sample`` (``specimen_cd``
  BLD/URN/SER = whole blood/urine/serum, ``collected_ts``/``received_ts`` epoch, ``rejected_flg`` Y/N, a NULL
  ``reject_reason`` unless rejected) and ``result`` (a NULL ``value_num`` and ``resulted_ts`` while pending,
  ``analyzer_id``).
* ``datacenter``: a data center: ``rack`` (``rack_lbl``, ``row_cd``, ``power_cap_w``), ``server``
  (``hostname``, ``cpu_cores``, ``ram_mb``, ``os_nm``, ``purchase_cents``, ``commissioned_dt`` ISO,
  ``decom_flg`` Y/N, ``owner_team``), ``engineer`` (``team``, ``oncall_flg``), ``incident`` (``opened_ts``
  epoch, a NULL ``resolved_ts`` while open, ``sev`` 1 = most severe .. 4, ``category`` HW/NET/PWR/SW, a NULL
  ``assignee_id`` when unassigned) and ``power_sample`` (``ts`` epoch, ``draw_w``, ``inlet_temp_c``).

Epoch columns are UTC.  Dates are around 2023-2025 (the tests' today is 2025-06-15).  The questions in
``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests) were written against these schemas without
running the offline translator on them.
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
TODAY = D(2025, 6, 15)
FIRST = [
    "Ada", "Boris", "Carmen", "Dev", "Emma", "Femi", "Greta", "Hamid", "Ines", "Jorge", "Kira", "Luca",
    "Mei", "Nils", "Omar", "Petra", "Quentin", "Rania", "Sven", "Tara", "Uwe", "Vikram", "Wanda", "Xavi",
]  # fmt: skip
LAST = [
    "Albers", "Baptiste", "Chen", "Duarte", "Ekstrom", "Fontaine", "Gupta", "Holm", "Ivanova", "Jaramillo",
    "Keller", "Lund", "Mbeki", "Novak", "Ortega", "Pham", "Reyes", "Sato", "Tanaka", "Ueda", "Vos", "Weber",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[str]:
    pairs = [f"{g} {f}" for g in FIRST for f in LAST]
    r.shuffle(pairs)
    return pairs[:n]


def _ep(d: dt.date, secs: int = 0) -> int:
    """Unix epoch seconds (UTC) of midnight of ``d`` plus ``secs``."""
    return int(dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC).timestamp()) + secs


def _rts(r: random.Random, start: dt.date, span_days: int) -> int:
    """A random epoch second within ``span_days`` days from ``start``."""
    return _ep(start) + r.randrange(span_days * 86400)


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_greenhouse(path: Path) -> None:
    """zone, sensor, reading, alarm and irrigation."""
    r = random.Random(1701)
    c = _db(
        path,
        """
        CREATE TABLE zone(zone_id INTEGER PRIMARY KEY, zone_nm TEXT NOT NULL, crop TEXT, area_m2 REAL,
            target_temp_c REAL);
        CREATE TABLE sensor(sensor_id INTEGER PRIMARY KEY, zone_id INTEGER NOT NULL REFERENCES zone(zone_id),
            serial_no TEXT NOT NULL UNIQUE, kind_cd TEXT NOT NULL, installed_ts INTEGER, battery_pct INTEGER,
            active_flg TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE reading(reading_id INTEGER PRIMARY KEY, sensor_id INTEGER NOT NULL REFERENCES sensor(sensor_id),
            ts INTEGER NOT NULL, temp_c REAL, rh_pct REAL, co2_ppm INTEGER);
        CREATE TABLE alarm(alarm_id INTEGER PRIMARY KEY, sensor_id INTEGER NOT NULL REFERENCES sensor(sensor_id),
            alarm_cd TEXT NOT NULL, sev TEXT NOT NULL, raised_ts INTEGER NOT NULL, cleared_ts INTEGER);
        CREATE TABLE irrigation(irrigation_id INTEGER PRIMARY KEY, zone_id INTEGER NOT NULL REFERENCES zone(zone_id),
            start_ts INTEGER NOT NULL, duration_s INTEGER NOT NULL, water_l REAL, manual_flg TEXT NOT NULL);
    """,
    )
    zones = [
        (1, "Propagation A", "seedlings", 120.0, 22.0),
        (2, "Tomato House 1", "tomato", 450.0, 24.0),
        (3, "Tomato House 2", "tomato", 430.0, 24.0),
        (4, "Cucumber Bay", "cucumber", 300.0, 23.0),
        (5, "Herb Room", "basil", 80.0, 21.0),
        (6, "Orchid Hall", "orchid", 150.0, 20.0),
    ]
    _ins(c, "zone", zones)
    sensors = []
    for sid in range(1, 29):
        zone = zones[(sid - 1) % 6]
        kind = ["T", "TH", "THC"][sid % 3]
        installed = _rts(r, D(2023, 3, 1), 700) if sid <= 25 else _rts(r, D(2025, 5, 20), 20)
        battery = None if sid % 4 == 0 else r.randint(4, 100)
        active = "N" if sid in (7, 13, 19, 26) else "Y"
        sensors.append((sid, zone[0], f"GHS-{1000 + sid * 7}", kind, installed, battery, active))
    _ins(c, "sensor", sensors)
    readings = []
    for rid in range(1, 401):
        s = sensors[r.randrange(25)]
        zone = zones[s[1] - 1]
        ts = _rts(r, D(2025, 1, 1), 165)
        month = dt.datetime.fromtimestamp(ts, dt.UTC).month
        temp = round(zone[4] + (month - 3) * 0.9 + r.gauss(0, 3.8), 1)
        temp = min(temp, 39.5)
        rh = None if s[3] == "T" or r.random() < 0.05 else round(r.uniform(42, 96), 1)
        co2 = r.randint(380, 1450) if s[3] == "THC" else None
        readings.append((rid, s[0], ts, temp, rh, co2))
    readings[136] = (137, 5, _ep(D(2025, 6, 3), 14 * 3600 + 1230), 41.3, 38.2, 1102)
    _ins(c, "reading", readings)
    alarms = []
    codes = ["HI_TEMP", "LO_TEMP", "HI_RH", "LOW_BATT", "OFFLINE"]
    for aid in range(1, 63):
        s = r.choices(sensors, weights=[3 if x[1] == 2 else 2 if x[1] in (3, 4) else 1 for x in sensors])[0]
        code = r.choices(codes, weights=[5, 2, 3, 2, 2])[0]
        sev = "C" if r.random() < 0.3 else "W"
        raised = _rts(r, D(2024, 6, 1), 378)
        cleared = None if r.random() < 0.15 else raised + r.randint(300, 3 * 86400)
        alarms.append((aid, s[0], code, sev, raised, cleared))
    alarms[10] = (11, 13, "OFFLINE", "C", _ep(D(2025, 5, 2), 3600 * 9), None)
    alarms[20] = (21, 19, "LOW_BATT", "W", _ep(D(2025, 5, 28), 3600 * 16), None)
    _ins(c, "alarm", alarms)
    rates = {1: 0.05, 2: 0.4, 3: 0.38, 4: 0.3, 5: 0.03, 6: 0.08}
    irr = []
    for iid in range(1, 161):
        z = r.choice(zones)
        dur = r.randint(120, 1800)
        irr.append((iid, z[0], _rts(r, D(2025, 1, 1), 165), dur, round(dur * rates[z[0]], 1),
                    "Y" if r.random() < 0.15 else "N"))  # fmt: skip
    _ins(c, "irrigation", irr)
    _done(c)


def build_brewery(path: Path) -> None:
    """recipe, tank, batch, ferm_log, ingredient, batch_ingredient and package_run."""
    r = random.Random(1702)
    c = _db(
        path,
        """
        CREATE TABLE recipe(recipe_id INTEGER PRIMARY KEY, recipe_nm TEXT NOT NULL, style TEXT,
            target_abv_pct REAL, ibu INTEGER, retired_flg TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE tank(tank_id INTEGER PRIMARY KEY, tank_cd TEXT NOT NULL UNIQUE, tank_type TEXT NOT NULL,
            capacity_l INTEGER);
        CREATE TABLE batch(batch_id INTEGER PRIMARY KEY, batch_no TEXT NOT NULL UNIQUE,
            recipe_id INTEGER NOT NULL REFERENCES recipe(recipe_id), tank_id INTEGER REFERENCES tank(tank_id),
            brew_dt TEXT NOT NULL, og REAL, fg REAL, volume_l REAL, status_cd TEXT NOT NULL, brewer_nm TEXT);
        CREATE TABLE ferm_log(log_id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES batch(batch_id),
            logged_ts INTEGER NOT NULL, temp_c REAL, gravity REAL, ph REAL);
        CREATE TABLE ingredient(ingredient_id INTEGER PRIMARY KEY, ingr_nm TEXT NOT NULL, ingr_type TEXT NOT NULL,
            cost_cents_per_kg INTEGER);
        CREATE TABLE batch_ingredient(batch_id INTEGER NOT NULL REFERENCES batch(batch_id),
            ingredient_id INTEGER NOT NULL REFERENCES ingredient(ingredient_id), weight_g INTEGER NOT NULL,
            PRIMARY KEY(batch_id, ingredient_id));
        CREATE TABLE package_run(run_id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES batch(batch_id),
            pkg_cd TEXT NOT NULL, units INTEGER NOT NULL, run_ts INTEGER NOT NULL, unit_price_cents INTEGER);
    """,
    )
    recipes = [
        (1, "Harbor Light", "Pilsner", 4.8, 32, "N"),
        (2, "Copper Kettle", "Amber Ale", 5.4, 28, "N"),
        (3, "Hop Cannon", "IPA", 6.8, 65, "N"),
        (4, "Midnight Oil", "Stout", 6.2, 40, "N"),
        (5, "Sunday Haze", "NEIPA", 6.5, 35, "N"),
        (6, "Old Anchor", "Barleywine", 10.5, 80, "N"),
        (7, "Wheat Field", "Hefeweizen", 5.0, 14, "Y"),
        (8, "Red Signal", "Red Ale", 5.6, 30, "Y"),
        (9, "Tiny Tide", "Session IPA", 4.2, 45, "N"),
    ]
    _ins(c, "recipe", recipes)
    tanks = [
        (1, "FV-01", "FV", 1000), (2, "FV-02", "FV", 1000), (3, "FV-03", "FV", 2000), (4, "FV-04", "FV", 2000),
        (5, "FV-05", "FV", 500), (6, "BT-01", "BT", 1000), (7, "BT-02", "BT", 2000),
    ]  # fmt: skip
    _ins(c, "tank", tanks)
    brewers = ["Ines Holm", "Jorge Reyes", "Petra Novak", "Sven Lund"]
    batches = []
    start = D(2023, 6, 5)
    for bid in range(1, 91):
        rec = r.choices(recipes, weights=[6, 4, 8, 4, 6, 1, 2, 2, 4])[0]
        if bid >= 87:
            rec = recipes[[2, 4, 0, 8][bid - 87]]
            brew = D(2025, 6, 12) - dt.timedelta(days=(90 - bid) * 5)
        elif rec[5] == "Y":
            brew = _day(r, D(2023, 6, 1), 300)
        else:
            brew = start + dt.timedelta(days=int((bid - 1) * 8.6) + r.randint(0, 3))
        tank = r.choice(tanks[:5])
        og = round(1.010 + rec[3] / 131.25 + r.uniform(-0.002, 0.006), 3)
        fg = round(og - rec[3] / 131.25 + r.uniform(-0.003, 0.003), 3)
        age = (TODAY - brew).days
        if age < 12:
            status, fg = "FERM", None
        elif age < 26:
            status = "COND"
        else:
            status = "DUMP" if bid in (9, 31, 58) else "PKG"
        vol = round(tank[3] * r.uniform(0.82, 0.97), 1)
        batches.append([bid, "", rec[0], tank[0], brew.isoformat(), og, fg, vol, status, r.choice(brewers)])
    batches.sort(key=lambda b: b[4])
    for i, b in enumerate(batches, 1):
        b[0] = i
        b[1] = f"B{b[4][2:4]}-{i:03d}"
    batches = [tuple(b) for b in batches]
    _ins(c, "batch", batches)
    logs = []
    lid = 0
    for b in batches:
        brew = D.fromisoformat(b[4])
        if brew < D(2024, 9, 1):
            continue
        og = b[5]
        for k in range(r.randint(3, 5)):
            when = _ep(brew, (k * 2 + 1) * 86400 + r.randint(0, 30000))
            if when > _ep(TODAY):
                break
            lid += 1
            grav = round(og - (og - 1.010) * min(1.0, (k + 1) / 4) + r.uniform(0, 0.002), 3)
            ph = None if r.random() < 0.3 else round(r.uniform(4.0, 5.2), 2)
            logs.append((lid, b[0], when, round(r.uniform(17.0, 22.5), 1), grav, ph))
    _ins(c, "ferm_log", logs)
    ingr = [
        (1, "Pilsner Malt", "MALT", 180), (2, "Pale Ale Malt", "MALT", 190), (3, "Crystal 60", "MALT", 260),
        (4, "Roasted Barley", "MALT", 290), (5, "Wheat Malt", "MALT", 210), (6, "Citra", "HOP", 4200),
        (7, "Cascade", "HOP", 2600), (8, "Saaz", "HOP", 3100), (9, "Mosaic", "HOP", 4500), (10, "US-05", "YEAST", 9800),
        (11, "WLP300", "YEAST", 12500), (12, "Lactose", "ADJ", 650), (13, "Flaked Oats", "ADJ", 240),
    ]  # fmt: skip
    _ins(c, "ingredient", ingr)
    bi = []
    for b in batches:
        rec = b[2]
        base = 1 if rec in (1, 9) else 5 if rec == 7 else 2
        items = {base: r.randint(90, 300) * 1000}
        if rec in (2, 8):
            items[3] = r.randint(8, 20) * 1000
        if rec == 4:
            items[4] = r.randint(10, 25) * 1000
            items[12] = r.randint(4, 8) * 1000
        if rec == 5:
            items[13] = r.randint(10, 20) * 1000
        hops = {1: [8], 3: [6, 9], 5: [6, 9], 9: [7, 6], 6: [7]}.get(rec, [7])
        for h in hops:
            items[h] = r.randint(400, 4000)
        items[11 if rec == 7 else 10] = r.randint(100, 500)
        for ing, w in items.items():
            bi.append((b[0], ing, w))
    _ins(c, "batch_ingredient", bi)
    runs = []
    rid = 0
    prices = {"KEG": (14500, 19900), "CAN": (210, 330), "BTL": (260, 420)}
    for b in batches:
        if b[8] != "PKG":
            continue
        brew = D.fromisoformat(b[4])
        for pkg in r.sample(["KEG", "CAN", "BTL"], r.randint(1, 2)):
            rid += 1
            units = r.randint(8, 30) if pkg == "KEG" else r.randint(400, 2400)
            lo, hi = prices[pkg]
            runs.append((rid, b[0], pkg, units, _ep(brew, r.randint(24, 32) * 86400 + r.randint(0, 40000)),
                         r.randrange(lo, hi, 10)))  # fmt: skip
    _ins(c, "package_run", runs)
    _done(c)


def build_water(path: Path) -> None:
    """customer, meter, meter_read, bill and leak_ticket."""
    r = random.Random(1703)
    c = _db(
        path,
        """
        CREATE TABLE customer(cust_id INTEGER PRIMARY KEY, acct_no TEXT NOT NULL UNIQUE, cust_nm TEXT NOT NULL,
            acct_type TEXT NOT NULL, service_addr TEXT, active_flg TEXT NOT NULL, opened_dt TEXT);
        CREATE TABLE meter(meter_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES customer(cust_id),
            serial_no TEXT NOT NULL, size_mm INTEGER, install_dt TEXT, is_deleted TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE meter_read(read_id INTEGER PRIMARY KEY, meter_id INTEGER NOT NULL REFERENCES meter(meter_id),
            read_ts INTEGER NOT NULL, reading_m3 REAL NOT NULL, read_method TEXT NOT NULL);
        CREATE TABLE bill(bill_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES customer(cust_id),
            period_start TEXT NOT NULL, period_end TEXT NOT NULL, usage_m3 REAL, amt_cents INTEGER NOT NULL,
            due_dt TEXT, paid_ts INTEGER);
        CREATE TABLE leak_ticket(ticket_id INTEGER PRIMARY KEY, meter_id INTEGER NOT NULL REFERENCES meter(meter_id),
            opened_ts INTEGER NOT NULL, closed_ts INTEGER, est_loss_l INTEGER, priority TEXT NOT NULL);
    """,
    )
    streets = ["Mill Rd", "Canal St", "Birch Ave", "Quarry Ln", "Harbor Way", "Pump House Rd", "Elm Ct", "Weir St"]
    biz = ["Riverside Laundry", "Bluewave Car Wash", "Maple Street Bakery", "Northgate Hotel", "City Pool",
           "Greenfield School", "Oakview Clinic", "Sunrise Diner"]  # fmt: skip
    ind = ["Acme Bottling Plant", "Delta Concrete Works", "Hillside Dairy"]
    people = _names(r, 60)
    customers = []
    for cid in range(1, 61):
        if cid % 6 == 0 and (cid // 6 - 1) < len(biz):
            name, typ = biz[cid // 6 - 1], "C"
        elif cid in (7, 29, 47):
            name, typ = ind[[7, 29, 47].index(cid)], "I"
        else:
            name, typ = people[cid - 1], "R"
        active = "N" if cid in (5, 17, 33, 52) else "Y"
        customers.append((cid, f"WA-{20000 + cid * 13}", name, typ, f"{r.randint(1, 240)} {r.choice(streets)}",
                          active, _day(r, D(2015, 1, 1), 3300).isoformat()))  # fmt: skip
    _ins(c, "customer", customers)
    meters = []
    for mid in range(1, 69):
        cust = customers[mid - 1] if mid <= 60 else customers[[6, 28, 46, 11, 23, 35, 2, 40][mid - 61]]
        size = 15 if cust[3] == "R" else 50 if cust[3] == "I" else r.choice([20, 25])
        deleted = "Y" if mid in (5, 33, 64) else "N"
        meters.append((mid, cust[0], f"SN{r.randint(100000, 999999)}", size,
                       _day(r, D(2016, 1, 1), 3200).isoformat(), deleted))  # fmt: skip
    _ins(c, "meter", meters)
    reads = []
    rid = 0
    for m in meters:
        if m[5] == "Y":
            continue
        cum = r.uniform(200, 4000)
        typ = customers[m[1] - 1][3]
        for month in range(1, 7):
            rid += 1
            use = r.uniform(4, 28) if typ == "R" else r.uniform(40, 220) if typ == "C" else r.uniform(600, 1800)
            cum += use
            method = r.choices(["A", "M", "E"], weights=[7, 2, 1])[0]
            reads.append((rid, m[0], _rts(r, D(2025, month, 1), 4), round(cum, 2), method))
    _ins(c, "meter_read", reads)
    bills = []
    bid = 0
    for cust in customers:
        if cust[5] == "N":
            continue
        for month in range(1, 6):
            bid += 1
            ps = D(2025, month, 1)
            pe = D(2025, month + 1, 1) - dt.timedelta(days=1)
            typ = cust[3]
            use = r.uniform(4, 30) if typ == "R" else r.uniform(40, 240) if typ == "C" else r.uniform(600, 2000)
            rate = 215 if typ == "R" else 190 if typ == "C" else 160
            amt = 1200 + round(use * rate)
            due = pe + dt.timedelta(days=21)
            paid = None
            if not (month >= 4 and r.random() < 0.35) and not (cust[0] in (11, 38) and month >= 2):
                paid = _ep(pe, r.randint(3, 30) * 86400 + r.randint(0, 80000))
            bills.append((bid, cust[0], ps.isoformat(), pe.isoformat(), round(use, 1), amt, due.isoformat(), paid))
    _ins(c, "bill", bills)
    tickets = []
    live = [m for m in meters if m[5] == "N"]
    for tid in range(1, 41):
        m = r.choice(live)
        opened = _rts(r, D(2024, 3, 1), 465)
        closed = None if (r.random() < 0.2 or tid in (7, 23)) else opened + r.randint(2, 20) * 86400
        tickets.append((tid, m[0], opened, closed, r.randint(50, 40000), r.choices("LMH", weights=[4, 4, 2])[0]))
    _ins(c, "leak_ticket", tickets)
    _done(c)


def build_drone(path: Path) -> None:
    """depot, drone, pilot, flight, delivery and maint_log."""
    r = random.Random(1704)
    c = _db(
        path,
        """
        CREATE TABLE depot(depot_id INTEGER PRIMARY KEY, depot_nm TEXT NOT NULL, city TEXT, pad_cnt INTEGER);
        CREATE TABLE drone(drone_id INTEGER PRIMARY KEY, call_sign TEXT NOT NULL UNIQUE, model TEXT,
            max_payload_g INTEGER, battery_wh REAL, depot_id INTEGER REFERENCES depot(depot_id),
            in_service_flg TEXT NOT NULL, acquired_ts INTEGER);
        CREATE TABLE pilot(pilot_id INTEGER PRIMARY KEY, pilot_nm TEXT NOT NULL, cert_lvl TEXT, hired_dt TEXT,
            active_flg TEXT NOT NULL);
        CREATE TABLE flight(flight_id INTEGER PRIMARY KEY, drone_id INTEGER NOT NULL REFERENCES drone(drone_id),
            pilot_id INTEGER REFERENCES pilot(pilot_id), takeoff_ts INTEGER NOT NULL, duration_s INTEGER,
            dist_m INTEGER, payload_g INTEGER, outcome_cd TEXT NOT NULL, max_wind_mps REAL);
        CREATE TABLE delivery(delivery_id INTEGER PRIMARY KEY, flight_id INTEGER NOT NULL REFERENCES flight(flight_id),
            recipient_nm TEXT, fee_cents INTEGER NOT NULL, delivered_ts INTEGER, rating INTEGER);
        CREATE TABLE maint_log(maint_id INTEGER PRIMARY KEY, drone_id INTEGER NOT NULL REFERENCES drone(drone_id),
            ts INTEGER NOT NULL, work_cd TEXT NOT NULL, cost_cents INTEGER, notes TEXT);
    """,
    )
    depots = [(1, "North Yard", "Leeds", 6), (2, "River Hub", "York", 4), (3, "Airport Park", "Leeds", 8),
              (4, "Hillcrest", "Harrogate", 3)]  # fmt: skip
    _ins(c, "depot", depots)
    models = [("Kestrel K2", 2500, 180.0), ("Kestrel K3", 4000, 260.0), ("Heron H1", 1500, 120.0),
              ("Albatross X", 8000, 520.0)]  # fmt: skip
    birds = ["Falcon", "Osprey", "Merlin", "Swift", "Hobby", "Kite", "Harrier", "Raven", "Wren", "Finch", "Lark",
             "Robin", "Tern", "Plover", "Egret", "Crane", "Ibis", "Shrike"]  # fmt: skip
    drones = []
    for did in range(1, 19):
        mdl = models[r.choices(range(4), weights=[5, 4, 3, 1])[0]]
        drones.append((did, f"{birds[did - 1].upper()}-{did:02d}", mdl[0], mdl[1], mdl[2], depots[did % 4][0],
                       "N" if did in (4, 15) else "Y", _rts(r, D(2023, 2, 1), 600)))  # fmt: skip
    _ins(c, "drone", drones)
    pilot_names = _names(r, 11)
    pilots = []
    for pid in range(1, 12):
        pilots.append((pid, pilot_names[pid - 1], r.choices(["A1", "A2", "STS"], weights=[3, 4, 3])[0],
                       _day(r, D(2022, 9, 1), 900).isoformat(), "N" if pid in (6, 10) else "Y"))  # fmt: skip
    _ins(c, "pilot", pilots)
    flights = []
    for fid in range(1, 321):
        dr = r.choices(drones, weights=[d[0] % 5 + 2 for d in drones])[0]
        pid = r.choice(pilots)[0] if r.random() > 0.05 else None
        ts = _rts(r, D(2024, 7, 1), 349)
        outcome = r.choices(["OK", "ABRT", "LOST"], weights=[90, 8, 1])[0]
        if fid in (77, 203):
            outcome = "LOST"
        dist = r.randint(800, 14000)
        dur = int(dist / r.uniform(9, 15)) + r.randint(30, 120)
        if outcome == "ABRT":
            dur, dist = r.randint(40, 300), r.randint(50, 1500)
        if outcome == "LOST":
            dur, dist = None, None
        payload = r.randint(100, dr[3])
        flights.append((fid, dr[0], pid, ts, dur, dist, payload, outcome, round(r.uniform(0.5, 14.0), 1)))
    flights.sort(key=lambda f: f[3])
    flights = [(i, *f[1:]) for i, f in enumerate(flights, 1)]
    _ins(c, "flight", flights)
    people = _names(random.Random(99), 120)
    dels = []
    did = 0
    for f in flights:
        if f[7] == "ABRT" and r.random() < 0.5:
            continue
        did += 1
        ok = f[7] == "OK" and r.random() > 0.02
        delivered = f[3] + f[4] // 2 if ok and f[4] is not None else None
        rating = r.choices([1, 2, 3, 4, 5], weights=[1, 1, 3, 6, 8])[0] if delivered and r.random() < 0.7 else None
        dels.append((did, f[0], r.choice(people), r.randrange(399, 2499, 50), delivered, rating))
    _ins(c, "delivery", dels)
    logs = []
    costs = {"PROP": (2500, 6000), "BATT": (18000, 42000), "INSP": (4000, 9000), "MOTOR": (22000, 55000)}
    for mid in range(1, 71):
        dr = r.choice([d for d in drones if d[0] not in (16, 17)])
        work = r.choices(list(costs), weights=[4, 2, 6, 1])[0]
        lo, hi = costs[work]
        note = None if r.random() < 0.5 else {"PROP": "replaced prop set", "BATT": "battery swap",
                                              "INSP": "scheduled 50h inspection", "MOTOR": "motor rebuild"}[work]  # fmt: skip
        logs.append((mid, dr[0], _rts(r, D(2024, 7, 1), 349), work, r.randrange(lo, hi, 5), note))
    _ins(c, "maint_log", logs)
    _done(c)


def build_clinlab(path: Path) -> None:
    """patient, test_def, analyzer, sample and result."""
    r = random.Random(1705)
    c = _db(
        path,
        """
        CREATE TABLE patient(patient_id INTEGER PRIMARY KEY, mrn TEXT NOT NULL UNIQUE, full_nm TEXT NOT NULL,
            sex_cd TEXT, birth_dt TEXT);
        CREATE TABLE test_def(test_cd TEXT PRIMARY KEY, test_nm TEXT NOT NULL, unit TEXT, ref_low REAL,
            ref_high REAL, price_cents INTEGER);
        CREATE TABLE analyzer(analyzer_id INTEGER PRIMARY KEY, analyzer_nm TEXT NOT NULL, vendor TEXT,
            calibrated_dt TEXT);
        CREATE TABLE sample(sample_id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(patient_id),
            specimen_cd TEXT NOT NULL, collected_ts INTEGER NOT NULL, received_ts INTEGER, rejected_flg TEXT NOT NULL,
            reject_reason TEXT);
        CREATE TABLE result(result_id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES sample(sample_id),
            test_cd TEXT NOT NULL REFERENCES test_def(test_cd), value_num REAL, resulted_ts INTEGER,
            analyzer_id INTEGER REFERENCES analyzer(analyzer_id));
    """,
    )
    names = _names(r, 55)
    patients = []
    for pid in range(1, 56):
        first = names[pid - 1].split()[0]
        sex = "F" if first in {"Ada", "Carmen", "Emma", "Greta", "Ines", "Kira", "Mei", "Petra", "Rania", "Tara",
                               "Wanda"} else "M"  # fmt: skip
        patients.append((pid, f"MRN{700100 + pid * 3}", names[pid - 1], sex, _day(r, D(1938, 1, 1), 30000).isoformat()))
    _ins(c, "patient", patients)
    tests = [
        ("GLU", "Glucose, fasting", "mmol/L", 3.9, 5.6, 850),
        ("HGB", "Hemoglobin", "g/dL", 12.0, 17.5, 700),
        ("K", "Potassium", "mmol/L", 3.5, 5.1, 900),
        ("NA", "Sodium", "mmol/L", 135.0, 145.0, 900),
        ("CRP", "C-reactive protein", "mg/L", None, 5.0, 1650),
        ("TSH", "Thyroid stimulating hormone", "mIU/L", 0.4, 4.0, 2400),
        ("ALT", "Alanine aminotransferase", "U/L", 7.0, 56.0, 1100),
        ("CHOL", "Total cholesterol", "mmol/L", None, 5.2, 1200),
        ("UPRO", "Urine protein", "mg/dL", None, 14.0, 600),
    ]
    _ins(c, "test_def", tests)
    analyzers = [(1, "Cobas c311", "Roche", "2025-05-30"), (2, "Architect i1000", "Abbott", "2025-04-11"),
                 (3, "Sysmex XN-550", "Sysmex", "2025-06-02"), (4, "Clinitek Novus", "Siemens", "2024-12-19")]  # fmt: skip
    _ins(c, "analyzer", analyzers)
    samples = []
    reasons = ["hemolyzed", "insufficient volume", "unlabeled", "clotted"]
    for sid in range(1, 181):
        p = r.choice(patients)
        spec = r.choices(["BLD", "SER", "URN"], weights=[3, 5, 2])[0]
        coll = _rts(r, D(2025, 1, 2), 163)
        rec = coll + r.randint(900, 6 * 3600)
        rej = "Y" if r.random() < 0.07 else "N"
        samples.append((sid, p[0], spec, coll, rec, rej, r.choice(reasons) if rej == "Y" else None))
    samples.sort(key=lambda s: s[3])
    samples = [(i, *s[1:]) for i, s in enumerate(samples, 1)]
    _ins(c, "sample", samples)
    results = []
    rid = 0
    bytest = {t[0]: t for t in tests}
    menus = {"BLD": ["HGB"], "SER": ["GLU", "K", "NA", "CRP", "TSH", "ALT", "CHOL"], "URN": ["UPRO"]}
    an = {"HGB": 3, "UPRO": 4, "TSH": 2, "CRP": 2}
    for s in samples:
        if s[5] == "Y":
            continue
        menu = menus[s[2]]
        chosen = menu if len(menu) == 1 else r.sample(menu, r.randint(1, 4))
        for tc in chosen:
            rid += 1
            t = bytest[tc]
            lo = t[3] if t[3] is not None else 0.0
            hi = t[4]
            span = hi - lo
            v = r.uniform(lo - span * 0.25, hi + span * 0.35)
            v = max(v, 0.1)
            dec = 0 if tc in ("ALT", "NA") else 2 if tc == "TSH" else 1
            pending = s[3] > _ep(D(2025, 6, 8)) and r.random() < 0.7
            val = None if pending else round(v, dec)
            done = None if pending else s[4] + r.randint(1200, 30 * 3600)
            results.append((rid, s[0], tc, val, done, an.get(tc, 1)))
    _ins(c, "result", results)
    _done(c)


def build_datacenter(path: Path) -> None:
    """rack, server, engineer, incident and power_sample."""
    r = random.Random(1706)
    c = _db(
        path,
        """
        CREATE TABLE rack(rack_id INTEGER PRIMARY KEY, rack_lbl TEXT NOT NULL UNIQUE, row_cd TEXT NOT NULL,
            power_cap_w INTEGER, u_height INTEGER);
        CREATE TABLE server(server_id INTEGER PRIMARY KEY, hostname TEXT NOT NULL UNIQUE,
            rack_id INTEGER REFERENCES rack(rack_id), u_pos INTEGER, cpu_cores INTEGER, ram_mb INTEGER, os_nm TEXT,
            purchase_cents INTEGER, commissioned_dt TEXT, decom_flg TEXT NOT NULL, owner_team TEXT);
        CREATE TABLE engineer(eng_id INTEGER PRIMARY KEY, eng_nm TEXT NOT NULL, team TEXT, oncall_flg TEXT NOT NULL);
        CREATE TABLE incident(incident_id INTEGER PRIMARY KEY, server_id INTEGER REFERENCES server(server_id),
            opened_ts INTEGER NOT NULL, resolved_ts INTEGER, sev INTEGER NOT NULL, category TEXT NOT NULL,
            assignee_id INTEGER REFERENCES engineer(eng_id), summary TEXT);
        CREATE TABLE power_sample(sample_id INTEGER PRIMARY KEY, rack_id INTEGER NOT NULL REFERENCES rack(rack_id),
            ts INTEGER NOT NULL, draw_w INTEGER NOT NULL, inlet_temp_c REAL);
    """,
    )
    racks = []
    for i in range(20):
        row = "ABCDE"[i // 4]
        racks.append((i + 1, f"{row}{i % 4 + 1:02d}", row, 8000 if row in "AB" else 6000 if row == "C" else 5000,
                      42 if row != "E" else 48))  # fmt: skip
    _ins(c, "rack", racks)
    teams = ["platform", "data", "web", "ml", "storage"]
    oses = ["Ubuntu 22.04", "Ubuntu 24.04", "RHEL 9", "Debian 12", "Windows Server 2022"]
    servers = []
    for sid in range(1, 141):
        rack = racks[(sid * 7) % 20]
        team = r.choices(teams, weights=[4, 3, 4, 2, 2])[0]
        cores = r.choice([16, 32, 48, 64, 96, 128]) if team != "ml" else r.choice([64, 96, 128])
        ram = r.choice([64, 128, 256, 384, 512, 1024]) * 1024
        price = cores * r.randint(9000, 16000) + ram // 1024 * r.randint(350, 600)
        decom = "Y" if sid % 13 == 0 else "N"
        host = f"{team[:3]}-{rack[1].lower()}-{sid:03d}"
        servers.append((sid, host, rack[0], (sid * 3) % 40 + 1, cores, ram, r.choices(oses, weights=[4, 3, 3, 2, 1])[0],
                        price, _day(r, D(2019, 1, 1), 2300).isoformat(), decom, team))  # fmt: skip
    servers[56] = (57, "ml-b03-057", 7, 12, 192, 2048 * 1024, "Ubuntu 24.04", 6489900, "2024-10-14", "N", "ml")
    _ins(c, "server", servers)
    eng_names = _names(r, 12)
    engs = [(i, eng_names[i - 1], teams[i % 5], "Y" if i in (2, 5, 9) else "N") for i in range(1, 13)]
    _ins(c, "engineer", engs)
    cats = ["HW", "NET", "PWR", "SW"]
    summaries = {"HW": ["disk failure", "DIMM ECC errors", "fan failure", "PSU fault"],
                 "NET": ["link flapping", "packet loss on uplink", "NIC down"],
                 "PWR": ["PDU breaker tripped", "rack over power budget"],
                 "SW": ["kernel panic", "OOM killer", "service crash loop", "disk full"]}  # fmt: skip
    incs = []
    live = [s for s in servers if s[9] == "N"]
    for iid in range(1, 111):
        s = r.choices(live, weights=[3 if s[6] == "Windows Server 2022" else 1 for s in live])[0]
        cat = r.choices(cats, weights=[4, 3, 1, 5])[0]
        sev = r.choices([1, 2, 3, 4], weights=[1, 3, 5, 4])[0]
        opened = _rts(r, D(2024, 5, 1), 410)
        resolved = None if r.random() < 0.12 else opened + r.randint(600, 60 * 3600)
        assignee = None if r.random() < 0.1 else r.choice(engs)[0]
        incs.append((iid, s[0], opened, resolved, sev, cat, assignee, r.choice(summaries[cat])))
    incs.sort(key=lambda x: x[2])
    incs = [(i, *x[1:]) for i, x in enumerate(incs, 1)]
    _ins(c, "incident", incs)
    samples = []
    sid = 0
    for rack in racks:
        for k in range(18):
            sid += 1
            base = rack[3] * r.uniform(0.35, 0.8)
            samples.append((sid, rack[0], _ep(D(2025, 6, 1), k * 4 * 3600 + r.randint(0, 600)), int(base),
                            round(r.uniform(18.0, 27.5), 1)))  # fmt: skip
    samples[5 * 18 + 7] = (5 * 18 + 8, 6, _ep(D(2025, 6, 2), 4 * 3600 + 120), 7940, 31.6)
    _ins(c, "power_sample", samples)
    _done(c)


BUILDERS = {
    "greenhouse": build_greenhouse,
    "brewery": build_brewery,
    "water": build_water,
    "drone": build_drone,
    "clinlab": build_clinlab,
    "datacenter": build_datacenter,
}
