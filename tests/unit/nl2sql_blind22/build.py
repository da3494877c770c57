"""Deterministic SQLite databases for a twenty-second blind NL→SQL evaluation.

Six schemas that are deliberately NOT neatly normalised: each has one very wide denormalised table
(a flat export that repeats names on every row), a few normal tables around it, repeated column groups
(``phone1/phone2/phone3``, ``q1_sales..q4_sales``, ``tag1..tag3``) and, in two of them, an
entity-attribute-value table or a JSON text column:

* ``retailexport``: a retail order export. ``customers`` (``phone1``, a NULL ``phone2``/``phone3`` when
  the customer gave fewer numbers, a NULL ``email`` for some, ``segment`` B2C/B2B), ``products``
  (``category``), ``stores`` and ``store_quarterly_sales`` (one row per store and year with
  ``q1_sales``..``q4_sales``; 2025 has NULL ``q3_sales``/``q4_sales`` because those quarters are not over).
  The wide ``orders_flat`` (32 columns, one row per order line) repeats customer name/email/city/country,
  store name and product sku/name/category on every line; ``status`` is coded PND pending, SHP shipped,
  DLV delivered, CNX cancelled, RTN returned; ``channel`` web/store/phone; a NULL ``ship_date``,
  ``carrier`` and ``tracking_no`` until shipped; ``return_reason`` only for RTN lines; a NULL
  ``coupon_code`` when none was used; ``gift_wrap`` 0/1.
* ``taxitrips``: a taxi trip log. ``zones`` (``borough``), ``drivers`` (``phone1``, a NULL ``phone2``,
  ``home_zone_id``, ``status`` A active / S suspended / L left), ``vehicles`` (``fuel_type`` EV/HYB/GAS,
  ``wheelchair_access``) and ``vehicle_inspections`` (``result`` PASS/FAIL). The wide ``trips_wide``
  (29 columns) has pickup_/dropoff_ column pairs (datetime, zone id, zone name, borough, lat, lon) plus
  the repeated driver name and vehicle plate; ``trip_status`` OK / CNX cancelled / DSP disputed; a
  cancelled trip has NULL dropoff_* columns, NULL ``distance_km``, NULL ``payment_type`` and zero money
  columns; ``payment_type`` CSH cash / CRD card / APP in-app; ``rate_code`` STD / AIR airport / NEG
  negotiated; ``passenger_rating`` NULL when the rider did not rate.
* ``survey``: an employee engagement survey. ``departments`` (``site``), ``respondents``
  (``employee_code``, ``gender`` F/M/X where X means not disclosed, ``age_band``, ``tenure_years``,
  ``is_manager``), ``waves`` (four survey rounds) and ``questions`` (metadata: ``column_name``,
  ``question_text``, ``theme``). The wide ``responses`` table has one column per question
  (``q1_workload`` .. ``q12_stay_next_year``, answers 1-5, NULL when skipped), ``nps_score`` 0-10,
  ``channel`` web/mobile/paper, ``language``, a NULL ``comment`` when none was written,
  ``duration_sec`` and ``is_complete`` 0/1.
* ``catalogue``: a home-furnishing product catalogue. ``brands``, ``categories`` (``parent_id``
  self-reference), ``suppliers`` (NULL ``contact_email`` for some), ``product_suppliers`` (``cost``,
  ``lead_time_days``, ``is_preferred``), ``price_changes`` and the EAV table ``product_attributes``
  (``attr_name`` colour / material / size / energy_class / pattern, ``attr_value`` text). The wide
  ``products`` table (28 columns) repeats ``brand_name``/``category_name``, has ``image_url1..3`` (NULL
  when missing), comma-separated ``tags``, a JSON text column ``specs_json`` (e.g. ``{"power_w": 1200}``),
  a NULL ``sale_price`` when not on promotion and a NULL ``discontinued_on`` while still sold.
* ``sportstats``: a basketball stats sheet. ``teams`` (``conference`` East/West), ``players``
  (``position`` PG/SG/SF/PF/C, a NULL ``draft_year`` for undrafted players), ``seasons`` (``label`` like
  2023-24) and ``awards`` (``award_code`` MVP/ROY/DPOY/SMOY sixth man/MIP most improved). The wide
  ``player_seasons`` (30 columns, one row per player-season, season totals) repeats player/team names and
  has many stat columns (``points``, ``off_rebounds``/``def_rebounds``, ``fg_made``/``fg_att``,
  ``three_made``/``three_att``, ``ft_made``/``ft_att`` ...), ``all_star`` 0/1, ``salary_usd`` and a NULL
  ``injury_note`` when healthy.
* ``iotregistry``: an IoT device registry. ``sites``, ``device_models`` (``device_type`` THERMO
  thermostat / CAM camera / METER / LOCK / SENSOR, ``battery_powered``), ``firmware_releases``
  (``is_critical``), ``alerts`` (``severity`` L/M/H, a NULL ``acknowledged_at`` while open) and the EAV
  table ``device_settings`` (``setting_key`` report_interval_s / mode / target_temp_c / night_vision /
  motion_sensitivity / alert_email, ``setting_value`` text). The wide ``devices`` table (25 columns)
  repeats site name/city and model vendor/name/type, has ``status`` ONL online / OFF offline / ERR error /
  RMA sent back for repair, a NULL ``battery_pct`` for mains-powered devices, ``tag1..tag3`` (NULL when
  unused), and a NULL ``retired_on`` while in service.

Dates are ISO text, around 2023-2025 (the tests' today is 2025-06-15). The questions in
``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests) were written against these schemas
without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, GIVEN
from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

FIRST = GIVEN
LAST = FAMILY
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in FIRST for f in LAST]
    r.shuffle(pairs)
    return pairs[:n]


def _phone(r: random.Random, prefix: str) -> str:
    return f"{prefix} {r.randint(100, 999)} {r.randint(1000, 9999)}"


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


# --------------------------------------------------------------------------------------------- retailexport
RETAIL_CITIES = [
    ("Lyon", "France", "+33"), ("Paris", "France", "+33"), ("Berlin", "Germany", "+49"),
    ("Munich", "Germany", "+49"), ("Madrid", "Spain", "+34"), ("Seville", "Spain", "+34"),
    ("Milan", "Italy", "+39"), ("Dublin", "Ireland", "+353"), ("Porto", "Portugal", "+351"),
]  # fmt: skip
RETAIL_PRODUCTS = [
    ("Wireless Earbuds", "Electronics", 59.0), ("Bluetooth Speaker", "Electronics", 79.0),
    ("USB-C Charger", "Electronics", 24.5), ("Smart Watch", "Electronics", 199.0),
    ("E-Reader", "Electronics", 129.0), ("Webcam HD", "Electronics", 49.0),
    ("Chef Knife", "Kitchen", 45.0), ("Cast Iron Pan", "Kitchen", 39.9), ("Espresso Maker", "Kitchen", 89.0),
    ("Salad Spinner", "Kitchen", 19.5), ("Bamboo Cutting Board", "Kitchen", 22.0),
    ("Garden Hose 25m", "Garden", 34.0), ("Pruning Shears", "Garden", 18.5), ("Solar Lantern", "Garden", 15.0),
    ("Raised Planter", "Garden", 64.0), ("Board Game Night", "Toys", 29.9), ("Wooden Train Set", "Toys", 42.0),
    ("Puzzle 1000pc", "Toys", 14.9), ("Kite Delta", "Toys", 21.0), ("Cookbook Basics", "Books", 24.0),
    ("Travel Guide Iberia", "Books", 19.0), ("Mystery Novel", "Books", 12.5), ("Atlas of Birds", "Books", 35.0),
    ("Yoga Mat", "Sports", 27.0), ("Dumbbell Set", "Sports", 74.0), ("Water Bottle", "Sports", 12.0),
    ("Camping Stove", "Sports", 55.0), ("Headlamp", "Sports", 23.0),
]  # fmt: skip


def build_retailexport(path: Path) -> None:
    """customers (phone1..3), products, stores, store_quarterly_sales (q1..q4) and the wide orders_flat."""
    r = random.Random(2201)
    c = _db(
        path,
        """
        CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, city TEXT, country TEXT,
            phone1 TEXT, phone2 TEXT, phone3 TEXT, segment TEXT, signup_date TEXT);
        CREATE TABLE products(id INTEGER PRIMARY KEY, sku TEXT NOT NULL, name TEXT NOT NULL, category TEXT,
            unit_price REAL);
        CREATE TABLE stores(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, country TEXT, opened_on TEXT);
        CREATE TABLE store_quarterly_sales(store_id INTEGER NOT NULL REFERENCES stores(id), year INTEGER NOT NULL,
            q1_sales REAL, q2_sales REAL, q3_sales REAL, q4_sales REAL, PRIMARY KEY(store_id, year));
        CREATE TABLE orders_flat(line_id INTEGER PRIMARY KEY, order_no TEXT NOT NULL, order_date TEXT,
            customer_id INTEGER REFERENCES customers(id), customer_name TEXT, customer_email TEXT,
            customer_city TEXT, customer_country TEXT, customer_segment TEXT,
            store_id INTEGER REFERENCES stores(id), store_name TEXT, channel TEXT,
            product_id INTEGER REFERENCES products(id), product_sku TEXT, product_name TEXT, product_category TEXT,
            unit_price REAL, quantity INTEGER, discount_pct REAL, line_total REAL, currency TEXT,
            payment_method TEXT, status TEXT, ship_date TEXT, ship_city TEXT, ship_country TEXT, carrier TEXT,
            tracking_no TEXT, return_reason TEXT, coupon_code TEXT, gift_wrap INTEGER, notes TEXT);
    """,
    )
    city_weights = [5, 9, 7, 4, 6, 3, 5, 4, 3]
    customers = []
    for i, (g, f) in enumerate(_people(r, 64), start=1):
        city, country, pre = r.choices(RETAIL_CITIES, weights=city_weights)[0]
        email = None if i % 9 == 4 else f"{g.lower()}.{f.lower()}@mailbox.eu"
        p2 = _phone(r, pre) if r.random() < 0.4 else None
        p3 = _phone(r, pre) if p2 and r.random() < 0.3 else None
        seg = "B2B" if r.random() < 0.2 else "B2C"
        customers.append(
            (i, f"{g} {f}", email, city, country, _phone(r, pre), p2, p3, seg, _day(r, D(2022, 6, 1), 900).isoformat())
        )
    _ins(c, "customers", customers)
    products = [(i, f"SKU-{1000 + i * 7}", n, cat, p) for i, (n, cat, p) in enumerate(RETAIL_PRODUCTS, start=1)]
    _ins(c, "products", products)
    stores = [
        (1, "Paris Rivoli", "Paris", "France", "2019-04-01"),
        (2, "Berlin Mitte", "Berlin", "Germany", "2020-09-15"),
        (3, "Madrid Sol", "Madrid", "Spain", "2021-03-10"),
        (4, "Milan Duomo", "Milan", "Italy", "2022-05-20"),
        (5, "Online EU", None, None, "2019-01-01"),
    ]
    _ins(c, "stores", stores)
    qs = []
    base = {1: 410000, 2: 355000, 3: 298000, 4: 240000, 5: 520000}
    for s in range(1, 6):
        for y in (2023, 2024, 2025):
            g = 1 + (y - 2023) * 0.06
            vals = [round(base[s] * g * r.uniform(0.82, 1.25), 2) for _ in range(4)]
            if y == 2025:
                vals[2] = vals[3] = None
            qs.append((s, y, *vals))
    _ins(c, "store_quarterly_sales", qs)
    carriers = {"France": "LaPoste", "Germany": "DHL", "Spain": "SEUR", "Italy": "BRT", "Ireland": "UPS"}
    reasons = ["damaged", "wrong size", "changed mind", "late delivery"]
    lines = []
    lid = 0
    unused = {9, 17, 22}  # products nobody ordered
    pool = [p for p in products if p[0] not in unused]
    for o in range(1, 161):
        cust = r.choice(customers)
        od = _day(r, D(2024, 1, 5), 527)
        chan = r.choices(["web", "store", "phone"], weights=[6, 4, 1])[0]
        store = stores[4] if chan in ("web", "phone") else r.choice(stores[:4])
        pay = r.choice(["card", "paypal", "invoice"]) if chan != "store" else r.choice(["card", "cash"])
        age = (TODAY - od).days
        if age < 6:
            status = "PND"
        elif age < 14:
            status = r.choice(["PND", "SHP"])
        else:
            status = r.choices(["DLV", "CNX", "RTN"], weights=[14, 2, 2])[0]
        coupon = r.choice(["SPRING10", "WELCOME5", "VIP15"]) if r.random() < 0.18 else None
        gift = 1 if r.random() < 0.15 else 0
        for _ in range(r.choice([1, 1, 2, 2, 3, 4, 5])):
            p = r.choice(pool)
            lid += 1
            qty = r.choice([1, 1, 1, 2, 2, 3, 4])
            disc = r.choice([0, 0, 0, 5, 10, 15]) if coupon or chan == "web" else 0
            total = round(p[4] * qty * (1 - disc / 100), 2)
            shipped = status in ("SHP", "DLV", "RTN") and chan != "store"
            ship_date = (od + dt.timedelta(days=r.randint(1, 4))).isoformat() if shipped else None
            car = carriers.get(cust[4], "DHL") if shipped else None
            trk = f"TRK{r.randint(10**8, 10**9 - 1)}" if shipped else None
            lines.append(
                (
                    lid, f"SO-{24000 + o}", od.isoformat(), cust[0], cust[1], cust[2], cust[3], cust[4], cust[8],
                    store[0], store[1], chan, p[0], p[1], p[2], p[3], p[4], qty, disc, total, "EUR", pay, status,
                    ship_date, cust[3] if chan != "store" else None, cust[4] if chan != "store" else None, car, trk,
                    r.choice(reasons) if status == "RTN" else None, coupon, gift,
                    "leave at door" if r.random() < 0.05 else None,
                )
            )  # fmt: skip
    _ins(c, "orders_flat", lines)
    _done(c)


# --------------------------------------------------------------------------------------------- taxitrips
ZONES = [
    ("Airport", "East", 40.64, -73.78), ("Old Town", "Central", 40.71, -74.00),
    ("Harbour", "South", 40.68, -74.02), ("University", "North", 40.81, -73.96),
    ("Central Station", "Central", 40.75, -73.98), ("Riverside", "West", 40.78, -74.05),
    ("Tech Park", "North", 40.84, -73.92), ("Stadium", "East", 40.73, -73.85),
    ("Hospital", "West", 40.76, -74.07), ("Market Square", "Central", 40.72, -73.99),
]  # fmt: skip


def build_taxitrips(path: Path) -> None:
    """zones, drivers (phone1/phone2), vehicles, vehicle_inspections and the wide trips_wide."""
    r = random.Random(2202)
    c = _db(
        path,
        """
        CREATE TABLE zones(id INTEGER PRIMARY KEY, zone_name TEXT NOT NULL, borough TEXT);
        CREATE TABLE drivers(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, license_no TEXT, phone1 TEXT,
            phone2 TEXT, hired_on TEXT, home_zone_id INTEGER REFERENCES zones(id), status TEXT);
        CREATE TABLE vehicles(id INTEGER PRIMARY KEY, plate TEXT NOT NULL, make TEXT, model TEXT, model_year INTEGER,
            fuel_type TEXT, seats INTEGER, wheelchair_access INTEGER);
        CREATE TABLE vehicle_inspections(id INTEGER PRIMARY KEY, vehicle_id INTEGER REFERENCES vehicles(id),
            inspected_on TEXT, result TEXT, odometer_km INTEGER, inspector TEXT);
        CREATE TABLE trips_wide(trip_id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers(id),
            driver_name TEXT, vehicle_id INTEGER REFERENCES vehicles(id), vehicle_plate TEXT,
            pickup_datetime TEXT, dropoff_datetime TEXT,
            pickup_zone_id INTEGER REFERENCES zones(id), pickup_zone_name TEXT, pickup_borough TEXT,
            pickup_lat REAL, pickup_lon REAL,
            dropoff_zone_id INTEGER REFERENCES zones(id), dropoff_zone_name TEXT, dropoff_borough TEXT,
            dropoff_lat REAL, dropoff_lon REAL,
            passenger_count INTEGER, distance_km REAL, fare_amount REAL, tip_amount REAL, tolls_amount REAL,
            airport_fee REAL, total_amount REAL, payment_type TEXT, rate_code TEXT, is_shared INTEGER,
            passenger_rating INTEGER, trip_status TEXT);
    """,
    )
    zones = [(i, z[0], z[1]) for i, z in enumerate(ZONES, start=1)]
    _ins(c, "zones", zones)
    drivers = []
    for i, (g, f) in enumerate(_people(r, 22), start=1):
        status = "S" if i in (5, 14) else "L" if i in (9, 20) else "A"
        drivers.append(
            (
                i, f"{g} {f}", f"TLC-{500000 + i * 37}", _phone(r, "+1"),
                _phone(r, "+1") if r.random() < 0.35 else None,
                _day(r, D(2018, 1, 1), 2200).isoformat(), r.randint(1, 10), status,
            )
        )  # fmt: skip
    _ins(c, "drivers", drivers)
    makes = [("Toyota", "Prius", "HYB"), ("Tesla", "Model 3", "EV"), ("Ford", "Transit", "GAS"),
             ("Kia", "Niro EV", "EV"), ("Toyota", "Camry", "HYB"), ("Chevrolet", "Malibu", "GAS")]  # fmt: skip
    vehicles = []
    for i in range(1, 19):
        mk, md, fuel = makes[(i * 5) % len(makes)]
        seats = 7 if md == "Transit" else 4
        vehicles.append(
            (i, f"T{700 + i * 13}C", mk, md, r.randint(2017, 2024), fuel, seats, 1 if md == "Transit" else 0)
        )
    _ins(c, "vehicles", vehicles)
    insp = []
    iid = 0
    for v in vehicles:
        if v[0] in (6, 15):
            continue  # never inspected
        odo = r.randint(20000, 90000)
        for y in (2023, 2024, 2025):
            if y == 2025 and r.random() < 0.5:
                continue
            iid += 1
            odo += r.randint(25000, 60000)
            res = "FAIL" if r.random() < 0.2 else "PASS"
            insp.append(
                (iid, v[0], _day(r, D(y, 1, 10), 150).isoformat(), res, odo, r.choice(["Kaur", "Diaz", "Moss"]))
            )
    _ins(c, "vehicle_inspections", insp)
    active = [d for d in drivers if d[7] != "L"]
    trips = []
    zone_w = [6, 3, 4, 3, 9, 3, 2, 3, 2, 4]
    for t in range(1, 401):
        d = r.choice(active) if t > 30 else r.choice(drivers)
        v = vehicles[(d[0] * 3 + (t % 3)) % len(vehicles)]
        pu = r.choices(range(1, 11), weights=zone_w)[0]
        do = r.choices(range(1, 11), weights=zone_w)[0]
        pz, dz = ZONES[pu - 1], ZONES[do - 1]
        start = dt.datetime.combine(_day(r, D(2024, 1, 1), 530), dt.time(r.randint(0, 23), r.randint(0, 59)))
        cancelled = r.random() < 0.07
        pax = r.choice([1, 1, 1, 2, 2, 3, 4])
        shared = 1 if r.random() < 0.12 else 0
        rate = "AIR" if "Airport" in (pz[0], dz[0]) else ("NEG" if r.random() < 0.05 else "STD")
        plat, plon = round(pz[2] + r.uniform(-0.01, 0.01), 5), round(pz[3] + r.uniform(-0.01, 0.01), 5)
        if cancelled:
            row = (t, d[0], d[1], v[0], v[1], start.isoformat(sep=" "), None, pu, pz[0], pz[1], plat, plon,
                   None, None, None, None, None, pax, None, 0.0, 0.0, 0.0, 0.0, 0.0, None, rate, shared, None, "CNX")  # fmt: skip
        else:
            dist = round(r.uniform(1.2, 8.0) if pu == do else r.uniform(3.0, 32.0), 1)
            mins = int(dist * r.uniform(2.0, 3.6)) + r.randint(2, 9)
            end = start + dt.timedelta(minutes=mins)
            fare = round(3.0 + dist * 1.9, 2) if rate != "NEG" else round(dist * 1.5, 2)
            pay = r.choices(["CSH", "CRD", "APP"], weights=[3, 5, 4])[0]
            tip = 0.0 if pay == "CSH" else round(fare * r.choice([0, 0.1, 0.15, 0.2, 0.25]), 2)
            tolls = r.choice([0.0, 0.0, 0.0, 6.55]) if dist > 15 else 0.0
            afee = 1.75 if rate == "AIR" else 0.0
            total = round(fare + tip + tolls + afee, 2)
            rating = r.randint(1, 5) if r.random() < 0.65 else None
            status = "DSP" if r.random() < 0.03 else "OK"
            row = (t, d[0], d[1], v[0], v[1], start.isoformat(sep=" "), end.isoformat(sep=" "), pu, pz[0], pz[1],
                   plat, plon, do, dz[0], dz[1], round(dz[2] + r.uniform(-0.01, 0.01), 5),
                   round(dz[3] + r.uniform(-0.01, 0.01), 5), pax, dist, fare, tip, tolls, afee, total, pay, rate,
                   shared, rating, status)  # fmt: skip
        trips.append(row)
    _ins(c, "trips_wide", trips)
    _done(c)


# --------------------------------------------------------------------------------------------- survey
QUESTIONS = [
    ("q1_workload", "My workload is manageable.", "Wellbeing"),
    ("q2_manager_support", "My manager supports me when I need help.", "Leadership"),
    ("q3_career_growth", "I see a clear path for my career here.", "Growth"),
    ("q4_pay_fairness", "I am paid fairly for the work I do.", "Reward"),
    ("q5_team_spirit", "People in my team help each other.", "Team"),
    ("q6_tools", "I have the tools and equipment I need.", "Resources"),
    ("q7_work_life_balance", "I can balance my work and private life.", "Wellbeing"),
    ("q8_recognition", "Good work is recognised here.", "Recognition"),
    ("q9_communication", "Leadership communicates decisions clearly.", "Leadership"),
    ("q10_training", "I get the training I need to grow.", "Growth"),
    ("q11_safety", "I feel safe at my workplace.", "Wellbeing"),
    ("q12_stay_next_year", "I expect to still work here next year.", "Retention"),
]


def build_survey(path: Path) -> None:
    """departments, respondents, waves, questions (metadata) and the wide responses (one column per question)."""
    r = random.Random(2203)
    qcols = ", ".join(f"{q[0]} INTEGER" for q in QUESTIONS)
    c = _db(
        path,
        f"""
        CREATE TABLE departments(id INTEGER PRIMARY KEY, name TEXT NOT NULL, site TEXT);
        CREATE TABLE respondents(id INTEGER PRIMARY KEY, employee_code TEXT NOT NULL,
            department_id INTEGER REFERENCES departments(id), gender TEXT, age_band TEXT, tenure_years INTEGER,
            is_manager INTEGER);
        CREATE TABLE waves(id INTEGER PRIMARY KEY, wave_name TEXT NOT NULL, opened_on TEXT, closed_on TEXT);
        CREATE TABLE questions(id INTEGER PRIMARY KEY, column_name TEXT NOT NULL, question_text TEXT, theme TEXT);
        CREATE TABLE responses(id INTEGER PRIMARY KEY, respondent_id INTEGER REFERENCES respondents(id),
            wave_id INTEGER REFERENCES waves(id), submitted_at TEXT, channel TEXT, language TEXT,
            {qcols}, nps_score INTEGER, comment TEXT, duration_sec INTEGER, is_complete INTEGER);
    """,
    )
    depts = [(1, "Engineering", "Leeds"), (2, "Sales", "London"), (3, "Customer Care", "Leeds"),
             (4, "Finance", "London"), (5, "Warehouse", "Bristol"), (6, "Marketing", "London")]  # fmt: skip
    _ins(c, "departments", depts)
    # department mood offsets per question group, so averages differ clearly
    mood = {1: 0.4, 2: 0.1, 3: -0.3, 4: 0.5, 5: -0.6, 6: 0.2}
    bands = ["18-24", "25-34", "35-44", "45-54", "55+"]
    resp = []
    for i in range(1, 131):
        dep = r.choices(range(1, 7), weights=[8, 6, 7, 3, 6, 3])[0]
        gender = r.choices(["F", "M", "X"], weights=[10, 10, 1])[0]
        resp.append((i, f"E{4000 + i * 3}", dep, gender, r.choice(bands), r.randint(0, 22), 1 if i % 8 == 0 else 0))
    _ins(c, "respondents", resp)
    waves = [(1, "Spring 2024", "2024-03-04", "2024-03-22"), (2, "Autumn 2024", "2024-09-09", "2024-09-27"),
             (3, "Spring 2025", "2025-03-03", "2025-03-21"), (4, "Pulse May 2025", "2025-05-12", "2025-05-23")]  # fmt: skip
    _ins(c, "waves", waves)
    _ins(c, "questions", [(i, q[0], q[1], q[2]) for i, q in enumerate(QUESTIONS, start=1)])
    comments = ["More flexible hours please.", "Great team!", "Parking is a problem.", "Need better laptops.",
                "Too many meetings.", "Pay is below market.", "Love the new canteen."]  # fmt: skip
    rows = []
    rid = 0
    silent = {7, 19, 44, 88, 121}  # never answered
    for w in waves:
        for p in resp:
            if p[0] in silent or r.random() < (0.25 if w[0] < 4 else 0.6):
                continue
            rid += 1
            m = mood[p[2]] + (0.15 if w[0] >= 3 else 0)
            answers = []
            for qi in range(12):
                if r.random() < 0.05 or (qi == 3 and r.random() < 0.08):
                    answers.append(None)
                    continue
                bias = m - (0.5 if qi in (3, 7) else 0) + (0.3 if p[6] else 0)
                answers.append(max(1, min(5, round(r.gauss(3.3 + bias, 1.0)))))
            nps = max(0, min(10, round(r.gauss(7 + 2 * m, 2))))
            complete = 0 if answers.count(None) >= 2 else 1
            sub = _day(r, D.fromisoformat(w[2]), (D.fromisoformat(w[3]) - D.fromisoformat(w[2])).days + 1)
            rows.append(
                (rid, p[0], w[0], f"{sub.isoformat()} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}",
                 r.choices(["web", "mobile", "paper"], weights=[6, 3, 1])[0], r.choice(["en", "en", "en", "pl", "es"]),
                 *answers, nps, r.choice(comments) if r.random() < 0.22 else None, r.randint(120, 900), complete)
            )  # fmt: skip
    _ins(c, "responses", rows)
    _done(c)


# --------------------------------------------------------------------------------------------- catalogue
CAT_PRODUCTS = [
    # name, brand, category, list price, colour, material, tags, specs
    ("Nordic Oak Table", 1, 4, 649.0, "natural", "oak", "dining,wood", {"seats": 6}),
    ("Nordic Oak Bench", 1, 4, 279.0, "natural", "oak", "dining,wood", {"seats": 3}),
    ("Fjord Coffee Table", 1, 5, 219.0, "white", "oak", "living,wood", {}),
    ("Harbor Sofa 3-Seat", 2, 6, 1299.0, "blue", "cotton", "living,textile", {"seats": 3}),
    ("Harbor Loveseat", 2, 6, 899.0, "red", "linen", "living,textile", {"seats": 2}),
    ("Velvet Corner Sofa", 2, 6, 1849.0, "green", "velvet", "living,textile", {"seats": 5}),
    ("Compact Sofa Bed", 2, 6, 749.0, "grey", "polyester", "living,guest", {"seats": 2}),
    ("Pine Bookshelf", 3, 5, 149.0, "white", "pine", "living,storage", {}),
    ("Metal Wall Shelf", 3, 5, 59.0, "black", "steel", "storage", {}),
    ("Rattan Lounge Chair", 4, 7, 329.0, "natural", "rattan", "outdoor,garden", {}),
    ("Teak Garden Table", 4, 7, 589.0, "natural", "teak", "outdoor,garden,wood", {"seats": 6}),
    ("Folding Bistro Set", 4, 7, 199.0, "red", "steel", "outdoor,balcony", {"seats": 2}),
    ("Parasol 3m", 4, 7, 129.0, "beige", "polyester", "outdoor,shade", {}),
    ("Cotton Throw Blanket", 5, 9, 49.0, "blue", "cotton", "textile,bedroom", {}),
    ("Linen Duvet Cover", 5, 9, 119.0, "white", "linen", "textile,bedroom", {}),
    ("Wool Rug 160x230", 5, 9, 299.0, "red", "wool", "textile,living", {}),
    ("Cushion Cover Set", 5, 9, 29.0, "red", "cotton", "textile,living", {}),
    ("Blue Striped Cushion", 5, 9, 24.0, "blue", "cotton", "textile,living", {}),
    ("Arc Floor Lamp", 6, 10, 189.0, "black", "steel", "lighting,living", {"power_w": 40}),
    ("Ceramic Table Lamp", 6, 10, 79.0, "white", "ceramic", "lighting,bedroom", {"power_w": 25}),
    ("Pendant Light Cluster", 6, 10, 249.0, "gold", "brass", "lighting,dining", {"power_w": 60}),
    ("Smart LED Strip", 6, 10, 39.0, None, None, "lighting,smart", {"power_w": 18}),
    ("Kettle Retro", 7, 11, 69.0, "red", "steel", "kitchen,small-appliance", {"power_w": 2200, "voltage": 230}),
    ("Toaster 4-Slot", 7, 11, 59.0, "black", "steel", "kitchen,small-appliance", {"power_w": 1600, "voltage": 230}),
    ("Stand Mixer Pro", 7, 11, 449.0, "red", "steel", "kitchen,baking", {"power_w": 1000, "voltage": 230}),
    ("Coffee Grinder", 7, 11, 89.0, "black", "steel", "kitchen,coffee", {"power_w": 150, "voltage": 230}),
    ("Air Fryer XL", 8, 11, 129.0, "black", "plastic", "kitchen,small-appliance", {"power_w": 1700}),
    ("Robot Vacuum", 8, 12, 399.0, "white", "plastic", "cleaning,smart", {"power_w": 55, "battery_min": 120}),
    ("Steam Mop", 8, 12, 99.0, "blue", "plastic", "cleaning", {"power_w": 1300}),
    ("Cordless Vacuum", 8, 12, 279.0, "grey", "plastic", "cleaning", {"power_w": 450, "battery_min": 45}),
    ("Oak Bedside Table", 1, 8, 159.0, "natural", "oak", "bedroom,wood,storage", {}),
    ("Upholstered Bed 160", 2, 8, 999.0, "grey", "velvet", "bedroom,textile", {}),
    ("Pine Wardrobe", 3, 8, 429.0, "white", "pine", "bedroom,storage", {}),
    ("Steel Bunk Bed", 3, 8, 349.0, "black", "steel", "bedroom,kids", {}),
    ("Outdoor Fire Pit", 4, 7, 259.0, "black", "steel", "outdoor,garden", {}),
    ("Jute Doormat", 5, 9, 19.0, None, "jute", "textile,entrance", {}),
]


def build_catalogue(path: Path) -> None:
    """brands, categories, suppliers, product_suppliers, price_changes, the EAV product_attributes and wide products."""
    r = random.Random(2204)
    c = _db(
        path,
        """
        CREATE TABLE brands(id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT);
        CREATE TABLE categories(id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER REFERENCES categories(id));
        CREATE TABLE products(id INTEGER PRIMARY KEY, sku TEXT NOT NULL, name TEXT NOT NULL,
            brand_id INTEGER REFERENCES brands(id), category_id INTEGER REFERENCES categories(id),
            brand_name TEXT, category_name TEXT, list_price REAL, sale_price REAL, cost_price REAL, currency TEXT,
            stock_qty INTEGER, reorder_level INTEGER, weight_kg REAL, length_cm REAL, width_cm REAL, height_cm REAL,
            ean_barcode TEXT, country_of_origin TEXT, warranty_months INTEGER, launched_on TEXT, discontinued_on TEXT,
            is_active INTEGER, image_url1 TEXT, image_url2 TEXT, image_url3 TEXT, tags TEXT, specs_json TEXT);
        CREATE TABLE product_attributes(product_id INTEGER NOT NULL REFERENCES products(id), attr_name TEXT NOT NULL,
            attr_value TEXT, PRIMARY KEY(product_id, attr_name));
        CREATE TABLE suppliers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, contact_email TEXT);
        CREATE TABLE product_suppliers(product_id INTEGER NOT NULL REFERENCES products(id),
            supplier_id INTEGER NOT NULL REFERENCES suppliers(id), cost REAL, lead_time_days INTEGER,
            is_preferred INTEGER, PRIMARY KEY(product_id, supplier_id));
        CREATE TABLE price_changes(id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES products(id),
            changed_on TEXT, old_price REAL, new_price REAL);
    """,
    )
    brands = [(1, "Skog", "Sweden"), (2, "Harbor Home", "Denmark"), (3, "Pinecraft", "Poland"),
              (4, "Terrazza", "Italy"), (5, "Loom & Co", "Portugal"), (6, "Lumo", "Germany"),
              (7, "Kitchenette", "UK"), (8, "CleanBot", "China")]  # fmt: skip
    _ins(c, "brands", brands)
    cats = [(1, "Furniture", None), (2, "Home Textiles", None), (3, "Appliances", None), (4, "Dining", 1),
            (5, "Living Room", 1), (6, "Sofas", 1), (7, "Garden", 1), (8, "Bedroom", 1), (9, "Rugs & Textiles", 2),
            (10, "Lighting", 3), (11, "Kitchen Appliances", 3), (12, "Cleaning", 3)]  # fmt: skip
    _ins(c, "categories", cats)
    bname = {b[0]: b[1] for b in brands}
    cname = {k[0]: k[1] for k in cats}
    prods, attrs = [], []
    sizes = {4: "large", 6: "large", 7: "medium", 8: "large", 5: "medium"}
    for i, (name, b, cat, price, colour, mat, tags, specs) in enumerate(CAT_PRODUCTS, start=1):
        cost = round(price * (0.38 + (i % 7) * 0.035), 2)
        sale = round(price * 0.85, 2) if i % 6 == 2 else None
        stock = r.randint(0, 60)
        reorder = 10 if price < 200 else 5
        launched = _day(r, D(2021, 1, 1), 1200)
        disc = (launched + dt.timedelta(days=r.randint(300, 800))).isoformat() if i in (7, 13, 27, 34) else None
        if disc and disc > TODAY.isoformat():
            disc = "2025-05-31"
        imgs = [f"https://cdn.example.com/p/{i}/{k}.jpg" for k in (1, 2, 3)]
        if i % 3 == 0:
            imgs[1] = imgs[2] = None
        elif i % 4 == 1:
            imgs[2] = None
        prods.append(
            (i, f"HM-{3000 + i * 11}", name, b, cat, bname[b], cname[cat], price, sale, cost, "EUR", stock, reorder,
             round(r.uniform(0.5, 60), 1), r.randint(20, 240), r.randint(20, 120), r.randint(5, 110),
             f"57{r.randint(10**10, 10**11 - 1)}", brands[b - 1][2], r.choice([12, 24, 24, 36, 60]),
             launched.isoformat(), disc, 0 if disc else 1, *imgs, tags, json.dumps(specs) if specs else None)
        )  # fmt: skip
        if colour:
            attrs.append((i, "colour", colour))
        if mat:
            attrs.append((i, "material", mat))
        if cat in sizes:
            attrs.append((i, "size", sizes[cat] if i % 5 else "small"))
        if cat in (11, 12):
            attrs.append((i, "energy_class", ["A", "B", "A+", "C"][i % 4]))
        if cat == 9 and mat != "jute":
            attrs.append((i, "pattern", "striped" if "Striped" in name or i % 3 == 0 else "plain"))
    _ins(c, "products", prods)
    _ins(c, "product_attributes", attrs)
    sups = [(1, "Baltic Timber", "Poland", "orders@baltictimber.pl"), (2, "Porto Textiles", "Portugal", None),
            (3, "Rhein Elektro", "Germany", "sales@rhein-elektro.de"), (4, "Shenzhen Smart Mfg", "China", None),
            (5, "Bavaria Metallbau", "Germany", "info@bavaria-metall.de"), (6, "Milano Outdoor", "Italy", "ciao@milano-outdoor.it")]  # fmt: skip
    _ins(c, "suppliers", sups)
    ps = []
    for p in prods:
        cands = {4: [1, 5], 5: [1, 5], 6: [2, 1], 7: [6, 5], 8: [1, 2], 9: [2], 10: [3, 4], 11: [3, 4, 5], 12: [4]}[
            p[4]
        ]
        k = 1 if p[0] % 3 == 0 else len(cands)
        for j, s in enumerate(cands[:k]):
            ps.append((p[0], s, round(p[9] * r.uniform(0.9, 1.1), 2), r.randint(7, 70), 1 if j == 0 else 0))
    _ins(c, "product_suppliers", ps)
    pcs = []
    pid = 0
    for p in prods:
        if p[0] % 2:
            continue
        old = round(p[7] * r.uniform(0.85, 1.05), 0)
        when = _day(r, D(2024, 2, 1), 480)
        pid += 1
        pcs.append((pid, p[0], when.isoformat(), old, p[7]))
    _ins(c, "price_changes", pcs)
    _done(c)


# --------------------------------------------------------------------------------------------- sportstats
TEAMS = [
    (1, "Harbor Hawks", "Boston", "East"), (2, "Lakeside Lynx", "Chicago", "East"),
    (3, "Capital Comets", "Washington", "East"), (4, "Bay Breakers", "Oakland", "West"),
    (5, "Desert Vipers", "Phoenix", "West"), (6, "Summit Bears", "Denver", "West"),
]  # fmt: skip
NATIONS = ["USA", "USA", "USA", "USA", "France", "Serbia", "Canada", "Spain", "Australia", "Nigeria", "Germany"]


def build_sportstats(path: Path) -> None:
    """teams, players, seasons, awards and the wide player_seasons stats sheet."""
    r = random.Random(2205)
    c = _db(
        path,
        """
        CREATE TABLE teams(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, conference TEXT);
        CREATE TABLE players(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, birth_date TEXT, nationality TEXT,
            position TEXT, height_cm INTEGER, draft_year INTEGER);
        CREATE TABLE seasons(id INTEGER PRIMARY KEY, label TEXT NOT NULL, start_year INTEGER);
        CREATE TABLE player_seasons(id INTEGER PRIMARY KEY, player_id INTEGER REFERENCES players(id),
            season_id INTEGER REFERENCES seasons(id), team_id INTEGER REFERENCES teams(id), player_name TEXT,
            team_name TEXT, season_label TEXT, position TEXT, age INTEGER, games_played INTEGER,
            games_started INTEGER, minutes INTEGER, points INTEGER, off_rebounds INTEGER, def_rebounds INTEGER,
            assists INTEGER, steals INTEGER, blocks INTEGER, turnovers INTEGER, fouls INTEGER, fg_made INTEGER,
            fg_att INTEGER, three_made INTEGER, three_att INTEGER, ft_made INTEGER, ft_att INTEGER,
            plus_minus INTEGER, all_star INTEGER, salary_usd INTEGER, injury_note TEXT);
        CREATE TABLE awards(id INTEGER PRIMARY KEY, player_id INTEGER REFERENCES players(id),
            season_id INTEGER REFERENCES seasons(id), award_code TEXT);
    """,
    )
    _ins(c, "teams", TEAMS)
    seasons = [(1, "2022-23", 2022), (2, "2023-24", 2023), (3, "2024-25", 2024)]
    _ins(c, "seasons", seasons)
    heights = {"PG": (183, 193), "SG": (190, 198), "SF": (198, 206), "PF": (203, 211), "C": (208, 222)}
    players = []
    for i, (g, f) in enumerate(_people(r, 60), start=1):
        pos = ["PG", "SG", "SF", "PF", "C"][i % 5]
        h = r.randint(*heights[pos])
        born = _day(r, D(1990, 1, 1), 4700)
        draft = None if i % 11 == 3 else born.year + r.randint(19, 21)
        players.append((i, f"{g} {f}", born.isoformat(), r.choice(NATIONS), pos, h, draft))
    _ins(c, "players", players)
    rows = []
    rid = 0
    talent = {p[0]: r.uniform(0.4, 1.6) for p in players}
    team_of = {p[0]: (p[0] % 6) + 1 for p in players}
    for s in seasons:
        for p in players:
            if (p[0] + s[0]) % 9 == 0:
                continue  # missed the season entirely
            if s[0] > 1 and p[0] % 7 == s[0]:
                team_of[p[0]] = (team_of[p[0]] % 6) + 1  # traded in the summer
            t = team_of[p[0]]
            tal = talent[p[0]] * r.uniform(0.85, 1.15)
            injured = r.random() < 0.15
            gp = r.randint(25, 55) if injured else r.randint(60, 82)
            gs = min(gp, int(gp * min(1.0, tal - 0.3))) if tal > 0.5 else r.randint(0, 9)
            mpg = 12 + 22 * min(tal, 1.4) / 1.4
            mins = int(gp * mpg)
            fga = int(mins * 0.38 * tal)
            fgm = int(fga * r.uniform(0.42, 0.54))
            tpa = int(fga * (0.45 if p[4] in ("PG", "SG", "SF") else 0.15))
            tpm = int(tpa * r.uniform(0.30, 0.41))
            fta = int(fga * r.uniform(0.18, 0.32))
            ftm = int(fta * r.uniform(0.68, 0.9))
            pts = 2 * fgm + tpm + ftm
            big = p[4] in ("PF", "C")
            oreb = int(mins * (0.06 if big else 0.02) * r.uniform(0.8, 1.2))
            dreb = int(mins * (0.17 if big else 0.09) * r.uniform(0.8, 1.2))
            ast = int(mins * (0.2 if p[4] == "PG" else 0.07) * tal * r.uniform(0.8, 1.2))
            stl = int(mins * 0.03 * r.uniform(0.7, 1.3))
            blk = int(mins * (0.04 if big else 0.008) * r.uniform(0.7, 1.3))
            tov = int(mins * 0.05 * r.uniform(0.8, 1.2))
            pf = int(mins * 0.07 * r.uniform(0.8, 1.2))
            age = s[2] - int(p[2][:4])
            sal = int((1_200_000 + 30_000_000 * max(0.0, tal - 0.4) ** 1.6) // 1000 * 1000) + rid * 1000
            rid += 1
            rows.append(
                (rid, p[0], s[0], t, p[1], TEAMS[t - 1][1], s[1], p[4], age, gp, gs, mins, pts, oreb, dreb, ast,
                 stl, blk, tov, pf, fgm, fga, tpm, tpa, ftm, fta, r.randint(-300, 400), 0, sal,
                 r.choice(["ankle sprain", "knee soreness", "hamstring strain", "back spasms"]) if injured else None)
            )  # fmt: skip
    # all-stars: top 8 scorers per season
    for s in seasons:
        srows = sorted((x for x in rows if x[2] == s[0]), key=lambda x: -x[12])[:8]
        ids = {x[0] for x in srows}
        rows = [(*x[:27], 1, *x[28:]) if x[0] in ids else x for x in rows]
    _ins(c, "player_seasons", rows)
    awards = []
    aid = 0
    for s in seasons:
        srows = [x for x in rows if x[2] == s[0]]
        mvp = max(srows, key=lambda x: x[12] + x[26])
        dpoy = max(srows, key=lambda x: x[17] + x[16])
        smoy = max((x for x in srows if x[10] < x[9] * 0.3), key=lambda x: x[12])
        mip = srows[(s[0] * 7) % len(srows)]
        for code, row in (("MVP", mvp), ("DPOY", dpoy), ("SMOY", smoy), ("MIP", mip)):
            aid += 1
            awards.append((aid, row[1], s[0], code))
        young = min(srows, key=lambda x: (x[8], -x[12]))
        aid += 1
        awards.append((aid, young[1], s[0], "ROY"))
    _ins(c, "awards", awards)
    _done(c)


# --------------------------------------------------------------------------------------------- iotregistry
def build_iotregistry(path: Path) -> None:
    """sites, device_models, firmware_releases, alerts, the EAV device_settings and the wide devices."""
    r = random.Random(2206)
    c = _db(
        path,
        """
        CREATE TABLE sites(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, country TEXT, timezone TEXT);
        CREATE TABLE device_models(id INTEGER PRIMARY KEY, vendor TEXT, model_name TEXT NOT NULL, device_type TEXT,
            battery_powered INTEGER);
        CREATE TABLE firmware_releases(id INTEGER PRIMARY KEY, model_id INTEGER REFERENCES device_models(id),
            version TEXT NOT NULL, released_on TEXT, is_critical INTEGER);
        CREATE TABLE devices(id INTEGER PRIMARY KEY, serial_no TEXT NOT NULL, site_id INTEGER REFERENCES sites(id),
            model_id INTEGER REFERENCES device_models(id), site_name TEXT, site_city TEXT, vendor TEXT,
            model_name TEXT, device_type TEXT, firmware_version TEXT, installed_on TEXT, last_seen_at TEXT,
            status TEXT, ip_address TEXT, mac_address TEXT, battery_pct INTEGER, signal_dbm INTEGER, floor INTEGER,
            room TEXT, owner_email TEXT, tag1 TEXT, tag2 TEXT, tag3 TEXT, retired_on TEXT, notes TEXT);
        CREATE TABLE device_settings(device_id INTEGER NOT NULL REFERENCES devices(id), setting_key TEXT NOT NULL,
            setting_value TEXT, PRIMARY KEY(device_id, setting_key));
        CREATE TABLE alerts(id INTEGER PRIMARY KEY, device_id INTEGER REFERENCES devices(id), raised_at TEXT,
            severity TEXT, alert_type TEXT, message TEXT, acknowledged_at TEXT);
    """,
    )
    sites = [(1, "HQ Tower", "Berlin", "Germany", "Europe/Berlin"), (2, "Spree Lab", "Berlin", "Germany", "Europe/Berlin"),
             (3, "Hamburg Depot", "Hamburg", "Germany", "Europe/Berlin"), (4, "Vienna Office", "Vienna", "Austria", "Europe/Vienna"),
             (5, "Zurich Branch", "Zurich", "Switzerland", "Europe/Zurich"), (6, "Prague Warehouse", "Prague", "Czechia", "Europe/Prague")]  # fmt: skip
    _ins(c, "sites", sites)
    models = [(1, "Thermia", "T-200", "THERMO", 1), (2, "Thermia", "T-300 Pro", "THERMO", 0),
              (3, "Visio", "Cam Mini", "CAM", 0), (4, "Visio", "Cam Outdoor 4K", "CAM", 0),
              (5, "Ampere", "M-Grid", "METER", 0), (6, "Keyless", "Bolt S", "LOCK", 1),
              (7, "Sensa", "Air Q", "SENSOR", 1), (8, "Sensa", "Leak Puck", "SENSOR", 1)]  # fmt: skip
    _ins(c, "device_models", models)
    fw = []
    fid = 0
    latest = {}
    for m in models:
        d0 = _day(r, D(2023, 1, 10), 120)
        for k in range(r.randint(2, 4)):
            fid += 1
            ver = f"{m[0]}.{k}.{r.randint(0, 9)}"
            fw.append((fid, m[0], ver, d0.isoformat(), 1 if r.random() < 0.3 else 0))
            latest[m[0]] = ver
            d0 += dt.timedelta(days=r.randint(120, 260))
    _ins(c, "firmware_releases", fw)
    vers = {m[0]: [f[2] for f in fw if f[1] == m[0]] for m in models}
    type_w = [5, 4, 5, 3, 3, 4, 5, 3]
    devices, settings = [], []
    tag_pool = ["critical", "lobby", "server-room", "pilot", "outdoor", "kitchen"]
    for i in range(1, 121):
        m = models[r.choices(range(8), weights=type_w)[0]]
        s = sites[r.choices(range(6), weights=[7, 3, 4, 3, 2, 3])[0]]
        inst = _day(r, D(2023, 2, 1), 820)
        retired = None
        status = r.choices(["ONL", "OFF", "ERR", "RMA"], weights=[16, 3, 2, 1])[0]
        if i % 17 == 0:
            retired = _day(r, inst + dt.timedelta(days=30), max(1, (TODAY - inst).days - 31)).isoformat()
            status = "OFF"
        last_seen = dt.datetime.combine(
            TODAY - dt.timedelta(days=r.choice([0, 0, 0, 1, 2, 5, 20, 40])), dt.time(r.randint(0, 23), r.randint(0, 59))
        )
        if status in ("ONL",):
            last_seen = dt.datetime.combine(TODAY, dt.time(r.randint(0, 11), r.randint(0, 59)))
        fwv = vers[m[0]][-1] if r.random() < 0.6 else r.choice(vers[m[0]])
        batt = r.randint(3, 100) if m[4] else None
        tags = r.sample(tag_pool, r.choice([0, 1, 1, 2, 3]))
        tags += [None] * (3 - len(tags))
        devices.append(
            (i, f"SN-{m[3][:2]}{10000 + i * 37}", s[0], m[0], s[1], s[2], m[1], m[2], m[3], fwv, inst.isoformat(),
             last_seen.isoformat(sep=" "), status, f"10.{s[0]}.{r.randint(0, 9)}.{r.randint(2, 254)}",
             ":".join(f"{r.randint(0, 255):02x}" for _ in range(6)), batt, -r.randint(35, 92), r.randint(0, 12),
             f"R{r.randint(1, 40):02d}", f"facilities@{s[2].lower()}.corp.example" if r.random() < 0.7 else None,
             *tags, retired, "replaced bracket" if r.random() < 0.05 else None)
        )  # fmt: skip
        if i % 13 == 5:
            continue  # never configured
        settings.append((i, "report_interval_s", str(r.choice([30, 60, 60, 300, 900]))))
        if m[3] == "THERMO":
            settings.append((i, "mode", r.choice(["eco", "comfort", "away", "eco"])))
            settings.append((i, "target_temp_c", str(r.choice([19.0, 20.5, 21.0, 22.0, 22.5, 23.5]))))
        if m[3] == "CAM":
            settings.append((i, "night_vision", r.choice(["on", "on", "off"])))
            settings.append((i, "motion_sensitivity", r.choice(["low", "medium", "high"])))
        if m[3] in ("SENSOR", "LOCK") and r.random() < 0.6:
            settings.append((i, "alert_email", "oncall@corp.example"))
        if m[3] == "METER":
            settings.append((i, "mode", "eco" if r.random() < 0.3 else "standard"))
    _ins(c, "devices", devices)
    _ins(c, "device_settings", settings)
    alerts = []
    types = {"THERMO": ["temp_out_of_range", "offline"], "CAM": ["motion", "offline", "tamper"],
             "METER": ["spike", "offline"], "LOCK": ["forced_entry", "low_battery"], "SENSOR": ["leak", "low_battery"]}  # fmt: skip
    weights = [r.random() ** 2 for _ in devices]
    weights[41] = 3.0  # one clearly noisy device
    for a in range(1, 231):
        d = r.choices(devices, weights=weights)[0]
        raised = dt.datetime.combine(_day(r, D(2024, 6, 1), 379), dt.time(r.randint(0, 23), r.randint(0, 59)))
        sev = r.choices(["L", "M", "H"], weights=[5, 3, 2])[0]
        ack = None if r.random() < 0.2 else (raised + dt.timedelta(minutes=r.randint(3, 600))).isoformat(sep=" ")
        at = r.choice(types[d[8]])
        alerts.append((a, d[0], raised.isoformat(sep=" "), sev, at, f"{at.replace('_', ' ')} on {d[1]}", ack))
    _ins(c, "alerts", alerts)
    _done(c)


BUILDERS = {
    "retailexport": build_retailexport,
    "taxitrips": build_taxitrips,
    "survey": build_survey,
    "catalogue": build_catalogue,
    "sportstats": build_sportstats,
    "iotregistry": build_iotregistry,
}
