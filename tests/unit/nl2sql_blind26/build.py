"""Deterministic SQLite databases for a twenty-sixth blind NL→SQL evaluation.

Six ordinary, clean schemas (plural snake_case tables, ``id`` primary keys, ``<thing>_id`` foreign keys declared
with REFERENCES, people stored with a single ``full_name``).  The questions are logic-heavy: negation ("never",
"without", "neither ... nor", "other than", "no longer", "still"), comparison with an average, exact / at least /
at most counts, ranges, "the second most ...", per-group minima, "only ... and nothing else", "both ... and".
Several nullable columns carry meaning (an end date not set yet, no manager, a walk-in customer).

* ``gym``: ``locations`` (``city``, ``opened_on``), ``membership_plans`` (``monthly_fee``, ``includes_classes``
  0/1), ``trainers`` (``location_id``, ``specialty`` yoga/spin/hiit/pilates/boxing, ``hourly_rate``,
  ``hired_on``, a NULL ``left_on`` while still employed), ``members`` (a NULL ``email`` when not on file,
  ``location_id`` = home gym, ``plan_id``, ``joined_on``, a NULL ``cancelled_on`` while still a member),
  ``classes`` (``class_type`` yoga/spin/hiit/pilates/boxing, ``trainer_id``, ``location_id``, ``starts_at``,
  ``capacity``), ``class_bookings`` (``status`` attended/no_show/cancelled) and ``check_ins``
  (``location_id`` where the member swiped in, ``checked_in_at``).
* ``dealership``: a used-car lot: ``salespeople`` (``commission_rate``, ``hired_on``, a NULL ``left_on`` while
  still employed, a ``manager_id`` self-reference, NULL for the sales manager), ``customers`` (a NULL
  ``email`` / ``phone`` when not given), ``cars`` (``vin``, ``make``, ``model``, ``model_year``, ``body_type``
  sedan/suv/truck/hatchback/coupe/minivan, ``color``, ``mileage``, ``purchase_cost`` paid by the dealer,
  ``list_price``, ``acquired_on``; a car without a row in ``sales`` is still on the lot), ``sales``
  (``car_id`` unique, ``customer_id``, ``salesperson_id``, ``sold_on``, ``sale_price``, ``payment_type``
  cash/financed/lease), ``test_drives`` and ``trade_ins`` (the customer's old car taken in part exchange on a
  sale: ``make``, ``model``, ``model_year``, ``allowance``).
* ``school``: a high school: ``teachers`` (``department``), ``students`` (``grade_level`` 9-12,
  ``enrolled_on``, a NULL ``withdrawn_on`` while still enrolled, a NULL ``advisor_id`` when no advisor is
  assigned), ``terms`` (``start_date``/``end_date``; "Summer 2025" is in progress), ``courses`` (``code``,
  ``title``, ``department``, ``credits``), ``sections`` (course x teacher x term, ``room``), ``enrollments``
  (``final_grade`` 0-100, NULL while the term is in progress; below 60 is a fail), ``clubs`` (a
  ``sponsor_id`` teacher) and ``club_memberships``.
* ``airline``: a small regional airline: ``airports`` (``iata_code``, ``city``, ``country``), ``aircraft``
  (``tail_number``, ``model``, ``seat_count``, ``in_service_since``, a NULL ``retired_on`` while still
  flying), ``flights`` (``flight_number``, origin/destination airports, ``aircraft_id``, ``departs_at``,
  ``status`` scheduled/completed/cancelled, ``delay_minutes`` 0 when on time, NULL unless completed),
  ``passengers`` (a NULL ``frequent_flyer_number`` for non-members), ``bookings`` (``cabin``
  economy/business, ``fare``, ``booked_on``), ``crew_members`` (``role`` captain/first_officer/
  flight_attendant, ``base_airport_id``) and ``crew_assignments``.
* ``bakery``: ``suppliers``, ``ingredients`` (``supplier_id``, ``unit``, ``cost_per_unit``), ``products``
  (``category`` bread/pastry/cake/cookie, ``price``, a NULL ``discontinued_on`` while still sold),
  ``recipe_ingredients`` (product x ingredient, ``quantity``), ``customers`` (``is_wholesale`` 0/1, a NULL
  ``email`` for some), ``orders`` (a NULL ``customer_id`` for anonymous walk-in sales, ``ordered_on``,
  ``channel`` counter/phone/online, ``status`` completed/cancelled) and ``order_items`` (``quantity``,
  ``unit_price``).
* ``it_assets``: an IT asset inventory: ``departments``, ``employees`` (``job_title``, ``hired_on``, a NULL
  ``left_on`` while still employed, a ``manager_id`` self-reference, NULL for the top), ``vendors``,
  ``assets`` (``asset_tag``, ``asset_type`` laptop/desktop/monitor/phone/tablet, ``model``, ``vendor_id``,
  ``purchased_on``, ``purchase_cost``, ``warranty_ends_on``, a NULL ``retired_on`` while in use),
  ``asset_assignments`` (who holds which asset, a NULL ``returned_on`` while still held),
  ``software_licenses`` (``seat_count``, ``annual_cost``, ``renews_on``), ``license_assignments`` and
  ``support_tickets`` (``priority`` low/medium/high, a NULL ``closed_on`` while open).

Dates are ISO text around 2023-2025; the tests' "today" is 2025-06-15 (only scheduled flights and the end of the Summer 2025 term lie after it; history for assets goes back to 2020).
The questions in ``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests) were written against these
schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import done as _done
from nl2sql_data.sqlite_build import fresh_db as _db
from nl2sql_data.sqlite_build import insert as _ins

D = dt.date
TODAY = D(2025, 6, 15)

FIRST = [
    "Aaron", "Beatriz", "Caleb", "Daria", "Elliot", "Fatima", "Gavin", "Hana", "Isaac", "Jolene", "Kofi", "Lena",
    "Marcus", "Nadia", "Owen", "Priya", "Rafael", "Sofia", "Tobias", "Uma", "Victor", "Wendy", "Xavier", "Yara",
    "Zane", "Alma", "Bruno", "Clara", "Dmitri", "Esther", "Felipe", "Greta", "Hugo", "Ingrid", "Jonah", "Keiko",
    "Luca", "Maya", "Nils", "Olivia",
]  # fmt: skip
LAST = [
    "Abbott", "Bianchi", "Castillo", "Dunn", "Eriksen", "Fischer", "Gallagher", "Hoang", "Iyer", "Jensen",
    "Kowalski", "Lindqvist", "Morales", "Nakamura", "Osei", "Petrov", "Quintero", "Russo", "Schmidt", "Thornton",
    "Ueda", "Varga", "Whitaker", "Yilmaz", "Zamora", "Achebe", "Brennan", "Costa", "Delgado", "Ferreira",
    "Grant", "Hughes", "Ivanova", "Kaur", "Laurent", "Mendez", "Novak", "Okafor", "Pham", "Reyes",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[str]:
    pairs = [f"{g} {f}" for g in FIRST for f in LAST]
    r.shuffle(pairs)
    return pairs[:n]


# --------------------------------------------------------------------------------------------------- gym
def build_gym(path: Path) -> None:
    """locations, membership_plans, trainers, members, classes, class_bookings, check_ins."""
    r = random.Random(2601)
    c = _db(
        path,
        """
        CREATE TABLE locations(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, opened_on TEXT);
        CREATE TABLE membership_plans(id INTEGER PRIMARY KEY, name TEXT NOT NULL, monthly_fee REAL NOT NULL,
            includes_classes INTEGER NOT NULL);
        CREATE TABLE trainers(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
            location_id INTEGER NOT NULL REFERENCES locations(id), specialty TEXT, hourly_rate REAL,
            hired_on TEXT, left_on TEXT);
        CREATE TABLE members(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT, birth_date TEXT,
            location_id INTEGER NOT NULL REFERENCES locations(id),
            plan_id INTEGER NOT NULL REFERENCES membership_plans(id), joined_on TEXT NOT NULL, cancelled_on TEXT);
        CREATE TABLE classes(id INTEGER PRIMARY KEY, class_type TEXT NOT NULL,
            trainer_id INTEGER NOT NULL REFERENCES trainers(id),
            location_id INTEGER NOT NULL REFERENCES locations(id), starts_at TEXT NOT NULL, capacity INTEGER);
        CREATE TABLE class_bookings(id INTEGER PRIMARY KEY, class_id INTEGER NOT NULL REFERENCES classes(id),
            member_id INTEGER NOT NULL REFERENCES members(id), booked_on TEXT, status TEXT NOT NULL);
        CREATE TABLE check_ins(id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
            location_id INTEGER NOT NULL REFERENCES locations(id), checked_in_at TEXT NOT NULL);
    """,
    )
    locations = [
        (1, "Downtown", "Springfield", "2019-03-01"),
        (2, "Riverside", "Springfield", "2020-09-15"),
        (3, "Northgate", "Shelbyville", "2021-05-10"),
        (4, "Eastwood", "Capital City", "2022-11-01"),
        (5, "Harbor Point", "Ogdenville", "2024-02-01"),
    ]
    _ins(c, "locations", locations)
    plans = [
        (1, "Basic", 29.0, 0),
        (2, "Student", 24.5, 0),
        (3, "Off-Peak", 36.0, 1),
        (4, "Standard", 49.0, 1),
        (5, "Premium", 79.0, 1),
    ]
    _ins(c, "membership_plans", plans)
    tnames = _names(r, 14)
    tspec = ["yoga", "spin", "hiit", "pilates", "boxing", "yoga", "spin", "hiit", "yoga", "boxing", "pilates",
             "spin", "hiit", "yoga"]  # fmt: skip
    tloc = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 1]
    rates = [42.0, 38.5, 45.0, 51.0, 47.5, 36.0, 40.0, 55.0, 39.5, 44.0, 49.0, 35.0, 46.5, 58.0]
    trainers = []
    for i in range(14):
        hired = _day(r, max(D(2020, 1, 1), D.fromisoformat(locations[tloc[i] - 1][3])), 700)
        left = {2: "2024-08-31", 7: "2025-01-31", 10: "2024-11-15"}.get(i + 1)
        trainers.append((i + 1, tnames[i], tloc[i], tspec[i], rates[i], hired.isoformat(), left))
    _ins(c, "trainers", trainers)
    mnames = _names(r, 190)
    members = []
    for i in range(1, 181):
        loc = r.choices([1, 2, 3, 4, 5], weights=[5, 4, 3, 3, 2])[0]
        plan = r.choices([1, 2, 3, 4, 5], weights=[5, 2, 2, 5, 3])[0]
        joined = _day(r, max(D(2023, 1, 1), D.fromisoformat(locations[loc - 1][3])), 880)
        if joined >= TODAY:
            joined = TODAY - dt.timedelta(days=3 + i % 40)
        cancelled = None
        if r.random() < 0.2:
            cd = joined + dt.timedelta(days=r.randint(45, 420))
            cancelled = cd.isoformat() if cd < TODAY - dt.timedelta(days=5) else None
        name = mnames[i - 1]
        email = None if i % 9 == 4 else f"{name.lower().replace(' ', '.')}@mail.com"
        birth = _day(r, D(1962, 1, 1), 15500).isoformat()
        members.append((i, name, email, birth, loc, plan, joined.isoformat(), cancelled))
    _ins(c, "members", members)

    def active_on(m: tuple, day: str) -> bool:
        return m[6] <= day and (m[7] is None or m[7] > day)

    classes = []
    caps = {"spin": 20, "yoga": 18, "hiit": 16, "pilates": 12, "boxing": 14}
    for i in range(1, 121):
        t = r.choice(trainers)
        lo = max(D(2024, 1, 8), D.fromisoformat(t[5]), D.fromisoformat(locations[t[2] - 1][3]))
        hi = D.fromisoformat(t[6]) if t[6] else TODAY - dt.timedelta(days=1)
        when = lo + dt.timedelta(days=r.randrange(max(1, (hi - lo).days)))
        ctype = t[3]
        hour = r.choice(["06:30", "12:00", "17:30", "19:00"])
        classes.append((i, ctype, t[0], t[2], f"{when.isoformat()} {hour}", caps[ctype]))
    _ins(c, "classes", classes)
    # members who book classes: plans that include classes; a few loyal yoga-only people
    yoga_only = {7, 23, 58, 101, 144}
    bookings = []
    for cl in classes:
        day = cl[4][:10]
        pool = [m for m in members if m[5] in (3, 4, 5) and active_on(m, day)]
        if cl[1] != "yoga":
            pool = [m for m in pool if m[0] not in yoga_only]
        local = [m for m in pool if m[4] == cl[3]]
        others = [m for m in pool if m[4] != cl[3]]
        n = min(len(local) + len(others), max(2, int(cl[5] * r.uniform(0.2, 0.55))))
        chosen = r.sample(local, min(len(local), int(n * 0.8))) if local else []
        rest = [m for m in others if m not in chosen]
        chosen += r.sample(rest, min(len(rest), n - len(chosen)))
        for m in chosen:
            st = r.choices(["attended", "no_show", "cancelled"], weights=[15, 3, 2])[0]
            booked = (D.fromisoformat(day) - dt.timedelta(days=r.randint(0, 6))).isoformat()
            bookings.append((len(bookings) + 1, cl[0], m[0], booked, st))
    _ins(c, "class_bookings", bookings)
    checks = []
    never = {m[0] for m in members if m[0] % 23 == 11}
    for i in range(1, 701):
        m = r.choices(members, weights=[0 if x[0] in never else 1 + (x[0] * 7) % 6 for x in members])[0]
        lo = D.fromisoformat(m[6])
        hi = D.fromisoformat(m[7]) if m[7] else TODAY - dt.timedelta(days=1)
        when = lo + dt.timedelta(days=r.randrange(max(1, (hi - lo).days)))
        loc = m[4] if r.random() < 0.82 else r.randint(1, 5)
        if when.isoformat() < locations[loc - 1][3]:
            loc = m[4]
        checks.append((i, m[0], loc, f"{when.isoformat()} {r.randint(5, 21):02d}:{r.randint(0, 59):02d}"))
    checks.sort(key=lambda x: x[3])
    checks = [(i, *x[1:]) for i, x in enumerate(checks, 1)]
    _ins(c, "check_ins", checks)
    _done(c)


# --------------------------------------------------------------------------------------------------- dealership
def build_dealership(path: Path) -> None:
    """salespeople (self-reference), customers, cars, sales, test_drives, trade_ins."""
    r = random.Random(2602)
    c = _db(
        path,
        """
        CREATE TABLE salespeople(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, hired_on TEXT, left_on TEXT,
            commission_rate REAL, manager_id INTEGER REFERENCES salespeople(id));
        CREATE TABLE customers(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, city TEXT, email TEXT, phone TEXT);
        CREATE TABLE cars(id INTEGER PRIMARY KEY, vin TEXT NOT NULL UNIQUE, make TEXT NOT NULL, model TEXT NOT NULL,
            model_year INTEGER, body_type TEXT, color TEXT, mileage INTEGER, purchase_cost REAL, list_price REAL,
            acquired_on TEXT);
        CREATE TABLE sales(id INTEGER PRIMARY KEY, car_id INTEGER NOT NULL UNIQUE REFERENCES cars(id),
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            salesperson_id INTEGER NOT NULL REFERENCES salespeople(id), sold_on TEXT NOT NULL,
            sale_price REAL NOT NULL, payment_type TEXT);
        CREATE TABLE test_drives(id INTEGER PRIMARY KEY, car_id INTEGER NOT NULL REFERENCES cars(id),
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            salesperson_id INTEGER REFERENCES salespeople(id), driven_on TEXT NOT NULL);
        CREATE TABLE trade_ins(id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales(id), make TEXT,
            model TEXT, model_year INTEGER, mileage INTEGER, allowance REAL);
    """,
    )
    sp = [
        (1, "Gloria Whitfield", "2016-04-01", None, 0.040, None),
        (2, "Marco Benedetti", "2018-09-10", None, 0.035, 1),
        (3, "Tanya Okoro", "2019-02-18", None, 0.030, 1),
        (4, "Derek Lindholm", "2020-06-01", "2024-10-31", 0.030, 2),
        (5, "Shauna Patel", "2021-03-15", None, 0.025, 2),
        (6, "Kyle Ferris", "2022-01-10", None, 0.025, 3),
        (7, "Renee Dubois", "2023-05-22", "2025-02-28", 0.020, 3),
        (8, "Omar Haddad", "2024-08-05", None, 0.020, 3),
    ]
    _ins(c, "salespeople", sp)
    cities = ["Fairview", "Lakeside", "Brookfield", "Millbrook", "Oak Hill"]
    cust = []
    for i, name in enumerate(_names(r, 160), 1):
        email = None if i % 5 == 2 else f"{name.split()[0].lower()}{i}@example.net"
        phone = None if i % 7 == 3 else f"555-{3000 + i * 13:04d}"
        cust.append((i, name, r.choice(cities), email, phone))
    _ins(c, "customers", cust)
    catalogue = [
        ("Toyota", "Camry", "sedan", 24000), ("Toyota", "Corolla", "sedan", 19000), ("Toyota", "RAV4", "suv", 27000),
        ("Toyota", "Tacoma", "truck", 31000), ("Honda", "Civic", "sedan", 20000), ("Honda", "Accord", "sedan", 24500),
        ("Honda", "CR-V", "suv", 26500), ("Honda", "Odyssey", "minivan", 29000), ("Ford", "F-150", "truck", 34000),
        ("Ford", "Escape", "suv", 21000), ("Ford", "Mustang", "coupe", 30000), ("Ford", "Focus", "hatchback", 12500),
        ("Chevrolet", "Silverado", "truck", 33000), ("Chevrolet", "Malibu", "sedan", 17500),
        ("Chevrolet", "Equinox", "suv", 20500), ("Nissan", "Altima", "sedan", 18500),
        ("Nissan", "Rogue", "suv", 21500), ("Hyundai", "Elantra", "sedan", 16500),
        ("Hyundai", "Tucson", "suv", 22500), ("Volkswagen", "Golf", "hatchback", 17000),
        ("Mazda", "MX-5", "coupe", 23500), ("Mazda", "CX-5", "suv", 24000), ("Kia", "Sedona", "minivan", 19500),
        ("Subaru", "Outback", "suv", 25500),
    ]  # fmt: skip
    weights = [6, 6, 6, 3, 6, 5, 5, 2, 5, 4, 2, 2, 3, 3, 4, 4, 4, 3, 3, 2, 1, 3, 1, 3]
    colors = ["white", "black", "silver", "gray", "blue", "red", "green"]
    cars = []
    for i in range(1, 231):
        mk, md, body, base = r.choices(catalogue, weights=weights)[0]
        year = r.randint(2012, 2023)
        age = 2025 - year
        mileage = int(max(4000, age * r.uniform(8000, 15000)))
        lp = round(base * (0.93**age) * r.uniform(0.9, 1.1) / 50) * 50 - 1
        cost = round(lp * r.uniform(0.78, 0.9), -1)
        acq = _day(r, D(2023, 1, 5), 885)
        vin = f"{r.choice('123JKLS')}{mk[:2].upper()}{r.randint(10**11, 10**12 - 1)}{i:03d}"
        cars.append((i, vin, mk, md, year, body, r.choice(colors), mileage, float(cost), float(lp), acq.isoformat()))
    _ins(c, "cars", cars)

    def working(s: tuple, day: str) -> bool:
        return s[2] <= day and (s[3] is None or s[3] > day)

    sales = []
    buyers_w = [3 if i % 11 == 0 else 1 for i in range(1, 161)]
    for car in cars:
        acq = D.fromisoformat(car[10])
        days_on_lot = r.randint(7, 160)
        sold = acq + dt.timedelta(days=days_on_lot)
        if sold >= TODAY or r.random() < 0.22:
            continue
        day = sold.isoformat()
        seller = r.choices([s for s in sp if working(s, day)],
                           weights=[{1: 1, 2: 5, 3: 5, 4: 4, 5: 4, 6: 3, 7: 2, 8: 3}[s[0]]
                                    for s in sp if working(s, day)])[0]  # fmt: skip
        buyer = r.choices(cust, weights=buyers_w)[0]
        price = round(car[9] * r.uniform(0.9, 1.03) / 10) * 10
        pay = r.choices(["cash", "financed", "lease"], weights=[3, 6, 1])[0]
        sales.append((len(sales) + 1, car[0], buyer[0], seller[0], day, float(price), pay))
    sales.sort(key=lambda s: (s[4], s[1]))
    sales = [(i, *s[1:]) for i, s in enumerate(sales, 1)]
    _ins(c, "sales", sales)
    sold_by_car = {s[1]: s for s in sales}
    drives = []
    for car in cars:
        s = sold_by_car.get(car[0])
        acq = D.fromisoformat(car[10])
        end = D.fromisoformat(s[4]) if s else TODAY - dt.timedelta(days=1)
        if s:
            drives.append((car[0], s[2], s[3], (end - dt.timedelta(days=r.randint(0, 5))).isoformat()))
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            when = acq + dt.timedelta(days=r.randrange(max(1, (end - acq).days)))
            who = r.choice(cust)[0]
            staff = [x for x in sp if working(x, when.isoformat())]
            drives.append((car[0], who, r.choice(staff)[0], when.isoformat()))
    drives.sort(key=lambda d: (d[3], d[0], d[1]))
    drives = [(i, *d) for i, d in enumerate(drives, 1)]
    _ins(c, "test_drives", drives)
    trades = []
    old = [("Toyota", "Corolla"), ("Honda", "Civic"), ("Ford", "Focus"), ("Chevrolet", "Cruze"),
           ("Nissan", "Sentra"), ("Dodge", "Caravan"), ("Jeep", "Liberty"), ("Hyundai", "Accent")]  # fmt: skip
    for s in sales:
        if r.random() < 0.27:
            mk, md = r.choice(old)
            yr = r.randint(2005, 2016)
            trades.append((len(trades) + 1, s[0], mk, md, yr, int((2025 - yr) * r.uniform(9000, 14000)),
                           float(round(r.uniform(800, 9000), -1))))  # fmt: skip
    _ins(c, "trade_ins", trades)
    _done(c)


# --------------------------------------------------------------------------------------------------- school
def build_school(path: Path) -> None:
    """teachers, students, terms, courses, sections, enrollments, clubs, club_memberships."""
    r = random.Random(2603)
    c = _db(
        path,
        """
        CREATE TABLE teachers(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, department TEXT NOT NULL,
            hired_on TEXT, email TEXT);
        CREATE TABLE students(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, grade_level INTEGER NOT NULL,
            birth_date TEXT, enrolled_on TEXT NOT NULL, withdrawn_on TEXT,
            advisor_id INTEGER REFERENCES teachers(id));
        CREATE TABLE terms(id INTEGER PRIMARY KEY, name TEXT NOT NULL, start_date TEXT NOT NULL,
            end_date TEXT NOT NULL);
        CREATE TABLE courses(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
            department TEXT NOT NULL, credits REAL NOT NULL);
        CREATE TABLE sections(id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(id),
            teacher_id INTEGER NOT NULL REFERENCES teachers(id), term_id INTEGER NOT NULL REFERENCES terms(id),
            room TEXT);
        CREATE TABLE enrollments(id INTEGER PRIMARY KEY, section_id INTEGER NOT NULL REFERENCES sections(id),
            student_id INTEGER NOT NULL REFERENCES students(id), final_grade REAL);
        CREATE TABLE clubs(id INTEGER PRIMARY KEY, name TEXT NOT NULL, sponsor_id INTEGER REFERENCES teachers(id),
            meeting_day TEXT);
        CREATE TABLE club_memberships(id INTEGER PRIMARY KEY, club_id INTEGER NOT NULL REFERENCES clubs(id),
            student_id INTEGER NOT NULL REFERENCES students(id), joined_on TEXT);
    """,
    )
    tnames = _names(r, 20)
    tdept = ["Mathematics", "Mathematics", "Mathematics", "Science", "Science", "Science", "English", "English",
             "English", "History", "History", "Arts", "Arts", "Languages", "Languages", "Science", "Mathematics",
             "Physical Education"]  # fmt: skip
    teachers = []
    for i in range(18):
        nm = tnames[i]
        teachers.append((i + 1, nm, tdept[i], _day(r, D(2008, 8, 1), 5400).isoformat(),
                         f"{nm.split()[1].lower()}.{nm.split()[0][0].lower()}@lincolnhigh.edu"))  # fmt: skip
    _ins(c, "teachers", teachers)
    terms = [
        (1, "Fall 2023", "2023-08-28", "2023-12-20"),
        (2, "Spring 2024", "2024-01-16", "2024-05-31"),
        (3, "Fall 2024", "2024-08-26", "2024-12-19"),
        (4, "Spring 2025", "2025-01-13", "2025-05-30"),
        (5, "Summer 2025", "2025-06-09", "2025-08-01"),
    ]
    _ins(c, "terms", terms)
    courses = [
        (1, "MATH101", "Algebra I", "Mathematics", 1.0), (2, "MATH201", "Geometry", "Mathematics", 1.0),
        (3, "MATH301", "Algebra II", "Mathematics", 1.0), (4, "MATH401", "Calculus", "Mathematics", 1.5),
        (5, "MATH210", "Statistics", "Mathematics", 1.0), (6, "SCI101", "Biology", "Science", 1.0),
        (7, "SCI201", "Chemistry", "Science", 1.0), (8, "SCI301", "Physics", "Science", 1.5),
        (9, "SCI220", "Environmental Science", "Science", 0.5), (10, "ENG101", "English Literature I", "English", 1.0),
        (11, "ENG201", "English Literature II", "English", 1.0), (12, "ENG250", "Creative Writing", "English", 0.5),
        (13, "HIS101", "World History", "History", 1.0), (14, "HIS201", "US History", "History", 1.0),
        (15, "HIS260", "Economics", "History", 0.5), (16, "ART110", "Drawing", "Arts", 0.5),
        (17, "ART120", "Music Theory", "Arts", 0.5), (18, "ART130", "Photography", "Arts", 0.5),
        (19, "LAN101", "Spanish I", "Languages", 1.0), (20, "LAN102", "Spanish II", "Languages", 1.0),
        (21, "LAN111", "French I", "Languages", 1.0), (22, "LAN150", "Latin", "Languages", 0.5),
    ]  # fmt: skip
    _ins(c, "courses", courses)
    snames = _names(r, 210)
    students = []
    for i in range(1, 201):
        grade = r.choice([9, 10, 11, 12])
        enrolled = D(2025 - (grade - 8), 8, 25) if grade > 9 or r.random() < 0.9 else D(2024, 8, 26)
        if grade == 9:
            enrolled = D(2024, 8, 26)
        if i % 29 == 5:
            enrolled = _day(r, D(2023, 9, 1), 500)
        withdrawn = None
        if r.random() < 0.07:
            withdrawn = _day(r, max(enrolled, D(2024, 1, 10)) + dt.timedelta(days=60), 300).isoformat()
            if withdrawn >= TODAY.isoformat():
                withdrawn = "2025-03-14"
        advisor = None if i % 8 == 6 else r.randint(1, 17)
        bd = D(2025 - (grade + 5), 1, 1) + dt.timedelta(days=r.randrange(365))
        students.append((i, snames[i - 1], grade, bd.isoformat(), enrolled.isoformat(), withdrawn, advisor))
    _ins(c, "students", students)
    by_dept: dict[str, list[int]] = {}
    for t in teachers:
        by_dept.setdefault(t[2], []).append(t[0])
    sections = []
    for term in terms:
        offered = [co for co in courses if term[0] != 5 or co[0] in (1, 3, 5, 10, 13, 19)]
        for co in offered:
            if term[0] != 5 and co[0] in (22,) and term[0] in (1, 3):
                continue
            n = 2 if co[0] in (1, 2, 6, 10, 13) and term[0] != 5 else 1
            for _ in range(n):
                teacher = r.choice(by_dept[co[3]])
                if co[0] == 18:
                    teacher = 13
                sections.append((len(sections) + 1, co[0], teacher, term[0], f"{r.choice('ABC')}{r.randint(101, 230)}"))
    _ins(c, "sections", sections)
    ability = {s[0]: r.gauss(78, 9) for s in students}
    enrollments = []
    for sec in sections:
        term = terms[sec[3] - 1]
        pool = [s for s in students if s[4] <= term[2] and (s[5] is None or s[5] > term[1])]
        k = r.randint(3, 7) if sec[3] == 5 else r.randint(6, 13)
        for s in r.sample(pool, min(k, len(pool))):
            if sec[3] == 5:
                grade = None
            else:
                grade = round(min(100.0, max(35.0, ability[s[0]] + r.gauss(0, 8))), 1)
                if s[5] is not None and s[5] < term[2]:
                    grade = None
            enrollments.append((len(enrollments) + 1, sec[0], s[0], grade))
    _ins(c, "enrollments", enrollments)
    clubs = [
        (1, "Chess Club", 1, "Monday"), (2, "Robotics", 5, "Tuesday"), (3, "Drama Society", 8, "Wednesday"),
        (4, "Debate Team", 10, "Thursday"), (5, "Photography Club", 13, "Friday"), (6, "Model UN", 11, "Tuesday"),
        (7, "Environmental Club", 16, "Wednesday"), (8, "Jazz Band", 12, "Monday"),
    ]  # fmt: skip
    _ins(c, "clubs", clubs)
    cm = []
    for s in students:
        k = r.choices([0, 1, 2, 3], weights=[5, 5, 3, 1])[0]
        for cl in sorted(r.sample(clubs, k)):
            jd = max(D.fromisoformat(s[4]), D(2023, 9, 1)) + dt.timedelta(days=r.randint(5, 200))
            cm.append((len(cm) + 1, cl[0], s[0], min(jd, D(2025, 5, 30)).isoformat()))
    _ins(c, "club_memberships", cm)
    _done(c)


# --------------------------------------------------------------------------------------------------- airline
def build_airline(path: Path) -> None:
    """airports, aircraft, flights, passengers, bookings, crew_members, crew_assignments."""
    r = random.Random(2604)
    c = _db(
        path,
        """
        CREATE TABLE airports(id INTEGER PRIMARY KEY, iata_code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            city TEXT NOT NULL, country TEXT NOT NULL);
        CREATE TABLE aircraft(id INTEGER PRIMARY KEY, tail_number TEXT NOT NULL UNIQUE, model TEXT NOT NULL,
            seat_count INTEGER NOT NULL, in_service_since TEXT, retired_on TEXT);
        CREATE TABLE flights(id INTEGER PRIMARY KEY, flight_number TEXT NOT NULL,
            origin_airport_id INTEGER NOT NULL REFERENCES airports(id),
            destination_airport_id INTEGER NOT NULL REFERENCES airports(id),
            aircraft_id INTEGER REFERENCES aircraft(id), departs_at TEXT NOT NULL, status TEXT NOT NULL,
            delay_minutes INTEGER);
        CREATE TABLE passengers(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, nationality TEXT,
            frequent_flyer_number TEXT, birth_date TEXT);
        CREATE TABLE bookings(id INTEGER PRIMARY KEY, flight_id INTEGER NOT NULL REFERENCES flights(id),
            passenger_id INTEGER NOT NULL REFERENCES passengers(id), cabin TEXT NOT NULL, fare REAL NOT NULL,
            booked_on TEXT NOT NULL);
        CREATE TABLE crew_members(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, role TEXT NOT NULL,
            base_airport_id INTEGER REFERENCES airports(id), hired_on TEXT);
        CREATE TABLE crew_assignments(id INTEGER PRIMARY KEY, flight_id INTEGER NOT NULL REFERENCES flights(id),
            crew_member_id INTEGER NOT NULL REFERENCES crew_members(id));
    """,
    )
    airports = [
        (1, "SEA", "Seattle-Tacoma International", "Seattle", "USA"),
        (2, "PDX", "Portland International", "Portland", "USA"),
        (3, "GEG", "Spokane International", "Spokane", "USA"),
        (4, "BOI", "Boise Airport", "Boise", "USA"),
        (5, "YVR", "Vancouver International", "Vancouver", "Canada"),
        (6, "SFO", "San Francisco International", "San Francisco", "USA"),
        (7, "SLC", "Salt Lake City International", "Salt Lake City", "USA"),
        (8, "YYC", "Calgary International", "Calgary", "Canada"),
        (9, "MFR", "Rogue Valley International", "Medford", "USA"),
        (10, "EUG", "Eugene Airport", "Eugene", "USA"),
    ]
    _ins(c, "airports", airports)
    aircraft = [
        (1, "N401CW", "Embraer E175", 76, "2016-05-01", None),
        (2, "N402CW", "Embraer E175", 76, "2016-09-12", None),
        (3, "N403CW", "Embraer E175", 76, "2017-03-20", None),
        (4, "N211CW", "Bombardier Q400", 78, "2012-04-02", "2024-09-30"),
        (5, "N212CW", "Bombardier Q400", 78, "2013-01-15", None),
        (6, "N213CW", "Bombardier Q400", 78, "2014-06-30", None),
        (7, "N501CW", "Airbus A220-300", 130, "2021-11-08", None),
        (8, "N502CW", "Airbus A220-300", 130, "2022-07-19", None),
        (9, "N503CW", "Airbus A220-300", 130, "2024-03-04", None),
        (10, "N111CW", "Embraer E145", 50, "2009-02-10", "2023-12-31"),
        (11, "N112CW", "Embraer E145", 50, "2010-08-22", "2024-06-30"),
        (12, "N404CW", "Embraer E175", 76, "2025-04-14", None),
    ]
    _ins(c, "aircraft", aircraft)
    routes = [(1, 2, 110), (1, 3, 120), (1, 4, 140), (1, 5, 90), (1, 6, 210), (1, 7, 230), (1, 8, 260),
              (2, 6, 180), (2, 4, 160), (2, 9, 100), (2, 10, 80), (3, 7, 200), (5, 8, 170), (4, 7, 130)]  # fmt: skip
    flights = []
    for _k in range(210):
        o, d, base = r.choice(routes)
        if r.random() < 0.5:
            o, d = d, o
        day = _day(r, D(2023, 6, 1), 765)  # up to ~2025-07-05
        ac = r.choice([a for a in aircraft if a[4] <= day.isoformat() and (a[5] is None or a[5] > day.isoformat())])
        hour = r.choice(["06:15", "08:40", "11:05", "13:30", "16:20", "18:45", "21:10"])
        num = f"CW{100 + routes.index(next(x for x in routes if {x[0], x[1]} == {o, d})) * 10 + (o < d)}"
        if day >= TODAY:
            status, delay = "scheduled", None
        else:
            status = r.choices(["completed", "cancelled"], weights=[93, 7])[0]
            delay = None if status == "cancelled" else r.choices([0, r.randint(5, 45), r.randint(46, 240)],
                                                                   weights=[62, 28, 10])[0]  # fmt: skip
        flights.append([day.isoformat() + " " + hour, num, o, d, ac[0], status, delay, base])
    flights.sort()
    flights = [(i, f[1], f[2], f[3], f[4], f[0], f[5], f[6]) for i, f in enumerate(flights, 1)]
    _ins(c, "flights", flights)
    nats = ["USA", "USA", "USA", "USA", "Canada", "Canada", "Mexico", "UK", "Japan", "Germany"]
    pax = []
    for i, nm in enumerate(_names(r, 220), 1):
        ff = None if r.random() < 0.4 else f"CW{700000 + i * 37}"
        pax.append((i, nm, r.choice(nats), ff, _day(r, D(1950, 1, 1), 20000).isoformat()))
    _ins(c, "passengers", pax)
    bookings = []
    base_by = {(x[0], x[1]): x[2] for x in routes}
    for f in flights:
        base = base_by.get((f[2], f[3])) or base_by[(f[3], f[2])]
        seats = aircraft[f[4] - 1][3]
        n = r.randint(2, 5) if seats < 100 else r.randint(3, 7)
        for p in r.sample(pax, n):
            cabin = "business" if r.random() < 0.15 else "economy"
            fare = round(base * (2.6 if cabin == "business" else 1.0) * r.uniform(0.75, 1.6), 2)
            booked = D.fromisoformat(f[5][:10]) - dt.timedelta(days=r.randint(1, 90))
            bookings.append((len(bookings) + 1, f[0], p[0], cabin, fare, booked.isoformat()))
    _ins(c, "bookings", bookings)
    crew = []
    cnames = _names(r, 32)
    roles = ["captain"] * 8 + ["first_officer"] * 8 + ["flight_attendant"] * 16
    for i in range(32):
        crew.append((i + 1, cnames[i], roles[i], r.choice([1, 1, 1, 2, 2, 5, 7]),
                     _day(r, D(2010, 1, 1), 5200).isoformat()))  # fmt: skip
    _ins(c, "crew_members", crew)
    ca = []
    caps = [x for x in crew if x[2] == "captain"]
    fos = [x for x in crew if x[2] == "first_officer"]
    fas = [x for x in crew if x[2] == "flight_attendant" and x[0] != 32]
    for f in flights:
        if f[6] == "cancelled":
            continue
        team = [r.choice(caps), r.choice(fos), *r.sample(fas, 2 if aircraft[f[4] - 1][3] < 100 else 3)]
        for m in team:
            ca.append((len(ca) + 1, f[0], m[0]))
    _ins(c, "crew_assignments", ca)
    _done(c)


# --------------------------------------------------------------------------------------------------- bakery
def build_bakery(path: Path) -> None:
    """suppliers, ingredients, products, recipe_ingredients, customers, orders, order_items."""
    r = random.Random(2605)
    c = _db(
        path,
        """
        CREATE TABLE suppliers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, phone TEXT);
        CREATE TABLE ingredients(id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            supplier_id INTEGER REFERENCES suppliers(id), unit TEXT NOT NULL, cost_per_unit REAL NOT NULL);
        CREATE TABLE products(id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,
            price REAL NOT NULL, introduced_on TEXT, discontinued_on TEXT);
        CREATE TABLE recipe_ingredients(id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id),
            ingredient_id INTEGER NOT NULL REFERENCES ingredients(id), quantity REAL NOT NULL);
        CREATE TABLE customers(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT,
            is_wholesale INTEGER NOT NULL, joined_on TEXT);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
            ordered_on TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE order_items(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
            product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL,
            unit_price REAL NOT NULL);
    """,
    )
    suppliers = [
        (1, "Golden Mill Flour Co.", "Minneapolis", "612-555-0140"),
        (2, "Meadow Dairy", "Madison", "608-555-0112"),
        (3, "Sunny Acres Eggs", "Dubuque", None),
        (4, "Cocoa & Co. Imports", "Chicago", "312-555-0199"),
        (5, "Orchard Fresh Produce", "Rochester", "507-555-0173"),
        (6, "Pantry Wholesale", "St. Paul", "651-555-0150"),
    ]
    _ins(c, "suppliers", suppliers)
    ingredients = [
        (1, "bread flour", 1, "kg", 1.10), (2, "pastry flour", 1, "kg", 1.45), (3, "rye flour", 1, "kg", 1.80),
        (4, "whole wheat flour", 1, "kg", 1.30), (5, "butter", 2, "kg", 9.20), (6, "milk", 2, "l", 1.05),
        (7, "cream", 2, "l", 4.40), (8, "cream cheese", 2, "kg", 7.60), (9, "eggs", 3, "dozen", 3.90),
        (10, "dark chocolate", 4, "kg", 14.50), (11, "cocoa powder", 4, "kg", 11.20), (12, "almonds", 6, "kg", 12.80),
        (13, "apples", 5, "kg", 2.70), (14, "blueberries", 5, "kg", 9.90), (15, "lemons", 5, "kg", 3.30),
        (16, "sugar", 6, "kg", 0.95), (17, "yeast", 6, "kg", 6.10), (18, "salt", 6, "kg", 0.40),
        (19, "olive oil", 6, "l", 8.75), (20, "cinnamon", 6, "kg", 18.00), (21, "oats", 6, "kg", 2.10),
        (22, "walnuts", None, "kg", 13.40),
    ]  # fmt: skip
    _ins(c, "ingredients", ingredients)
    products = [
        (1, "Sourdough Loaf", "bread", 6.50, "2021-03-01", None),
        (2, "Baguette", "bread", 3.25, "2021-03-01", None),
        (3, "Rye Bread", "bread", 5.75, "2021-03-01", None),
        (4, "Whole Wheat Sandwich Loaf", "bread", 5.25, "2022-01-10", None),
        (5, "Focaccia", "bread", 7.00, "2022-05-02", None),
        (6, "Brioche", "bread", 7.50, "2023-02-14", None),
        (7, "Butter Croissant", "pastry", 3.75, "2021-03-01", None),
        (8, "Pain au Chocolat", "pastry", 4.25, "2021-03-01", None),
        (9, "Almond Croissant", "pastry", 4.75, "2021-09-01", None),
        (10, "Cinnamon Roll", "pastry", 4.10, "2022-01-10", None),
        (11, "Apple Turnover", "pastry", 3.95, "2022-09-15", "2024-12-31"),
        (12, "Blueberry Muffin", "pastry", 3.40, "2021-03-01", None),
        (13, "Chocolate Fudge Cake", "cake", 34.00, "2021-03-01", None),
        (14, "New York Cheesecake", "cake", 38.00, "2021-06-01", None),
        (15, "Lemon Drizzle Cake", "cake", 26.00, "2022-03-20", None),
        (16, "Carrot Cake", "cake", 29.50, "2021-03-01", "2024-06-30"),
        (17, "Apple Pie", "cake", 22.00, "2023-09-01", None),
        (18, "Chocolate Chip Cookie", "cookie", 2.25, "2021-03-01", None),
        (19, "Oatmeal Raisin Cookie", "cookie", 2.10, "2021-03-01", None),
        (20, "Shortbread", "cookie", 1.95, "2021-03-01", None),
        (21, "Walnut Brownie", "cookie", 3.10, "2022-11-01", None),
        (22, "Lemon Bar", "cookie", 2.80, "2023-04-01", "2025-03-31"),
        (23, "Pumpkin Bread", "bread", 6.25, "2023-10-01", "2024-02-29"),
    ]
    _ins(c, "products", products)
    recipes = {
        1: [(1, 0.6), (18, 0.012)], 2: [(1, 0.35), (17, 0.005), (18, 0.008)],
        3: [(3, 0.4), (1, 0.2), (17, 0.008), (18, 0.01)], 4: [(4, 0.5), (17, 0.01), (6, 0.15), (16, 0.02)],
        5: [(1, 0.5), (19, 0.06), (18, 0.012), (17, 0.008)], 6: [(2, 0.4), (5, 0.12), (9, 0.25), (16, 0.05), (17, 0.01)],
        7: [(2, 0.07), (5, 0.04), (6, 0.02), (17, 0.002)], 8: [(2, 0.07), (5, 0.04), (10, 0.015), (17, 0.002)],
        9: [(2, 0.07), (5, 0.045), (12, 0.02), (16, 0.01)],
        10: [(2, 0.08), (5, 0.02), (20, 0.003), (16, 0.02), (9, 0.05)],
        11: [(2, 0.06), (5, 0.035), (13, 0.08), (16, 0.01)],
        12: [(2, 0.06), (9, 0.08), (14, 0.03), (16, 0.025), (6, 0.03)],
        13: [(2, 0.3), (10, 0.25), (11, 0.06), (9, 0.5), (5, 0.2), (16, 0.3)],
        14: [(8, 0.9), (9, 0.4), (16, 0.2), (7, 0.25), (15, 0.05)],
        15: [(2, 0.25), (5, 0.2), (9, 0.35), (15, 0.2), (16, 0.25)],
        16: [(2, 0.3), (9, 0.4), (19, 0.15), (20, 0.01), (22, 0.1), (8, 0.3)],
        17: [(2, 0.3), (5, 0.15), (13, 0.8), (20, 0.01), (16, 0.15)],
        18: [(2, 0.03), (5, 0.015), (10, 0.01), (16, 0.012), (9, 0.02)],
        19: [(2, 0.025), (21, 0.02), (5, 0.012), (16, 0.012), (20, 0.001)],
        20: [(2, 0.03), (5, 0.02), (16, 0.01)],
        21: [(2, 0.02), (10, 0.02), (22, 0.01), (9, 0.03), (16, 0.02), (19, 0.005)],
        22: [(2, 0.02), (5, 0.01), (15, 0.015), (9, 0.03), (16, 0.015)],
        23: [(4, 0.3), (9, 0.2), (16, 0.12), (20, 0.005), (19, 0.05)],
    }  # fmt: skip
    ri = []
    for pid in sorted(recipes):
        for ing, q in recipes[pid]:
            ri.append((len(ri) + 1, pid, ing, q))
    _ins(c, "recipe_ingredients", ri)
    cust = []
    whole = {"Corner Cafe": 4, "Maple Street Diner": 9, "Hilltop Hotel": 17, "Riverbend Grocery": 26,
             "Blue Door Coffee": 33, "St. Anne's School Kitchen": 45}  # fmt: skip
    names = _names(r, 70)
    w_by_id = {v: k for k, v in whole.items()}
    for i in range(1, 71):
        if i in w_by_id:
            nm, ws = w_by_id[i], 1
            email = f"orders@{nm.split()[0].lower().strip('.')}{i}.com"
        else:
            nm, ws = names[i - 1], 0
            email = None if i % 6 == 1 else f"{nm.split()[0].lower()}.{i}@mail.com"
        cust.append((i, nm, email, ws, _day(r, D(2023, 1, 1), 800).isoformat()))
    _ins(c, "customers", cust)
    orders = []
    items = []
    for i in range(1, 341):
        day = _day(r, D(2024, 1, 2), 530)  # to ~2025-06-14
        walk_in = r.random() < 0.3
        if walk_in:
            cu, channel = None, "counter"
        else:
            cand = [x for x in cust if x[4] <= day.isoformat()]
            cu_row = r.choices(cand, weights=[6 if x[3] else 1 for x in cand])[0]
            cu = cu_row[0]
            channel = r.choice(["phone", "online"] if cu_row[3] else ["counter", "phone", "online", "online"])
        status = "cancelled" if r.random() < 0.06 else "completed"
        orders.append((i, cu, day.isoformat(), channel, status))
        live = [p for p in products if p[4] <= day.isoformat() and (p[5] is None or p[5] >= day.isoformat())]
        ws = cu is not None and cust[cu - 1][3] == 1
        for p in r.sample(live, r.randint(1, 3)):
            q = r.randint(6, 30) if ws and p[2] != "cake" else r.randint(1, 4 if p[2] != "cake" else 1)
            price = round(p[3] * (0.85 if ws else 1.0), 2)
            items.append((len(items) + 1, i, p[0], q, price))
    orders.sort(key=lambda o: (o[2], o[0]))
    remap = {o[0]: k for k, o in enumerate(orders, 1)}
    orders = [(remap[o[0]], *o[1:]) for o in orders]
    items = sorted(((it[0], remap[it[1]], *it[2:]) for it in items), key=lambda x: (x[1], x[0]))
    items = [(k, *it[1:]) for k, it in enumerate(items, 1)]
    _ins(c, "orders", orders)
    _ins(c, "order_items", items)
    _done(c)


# --------------------------------------------------------------------------------------------------- it_assets
def build_it_assets(path: Path) -> None:
    """departments, employees (self-reference), vendors, assets, asset_assignments, licences, tickets."""
    r = random.Random(2606)
    c = _db(
        path,
        """
        CREATE TABLE departments(id INTEGER PRIMARY KEY, name TEXT NOT NULL, cost_center TEXT, floor INTEGER);
        CREATE TABLE employees(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
            department_id INTEGER NOT NULL REFERENCES departments(id), job_title TEXT, email TEXT,
            hired_on TEXT NOT NULL, left_on TEXT, manager_id INTEGER REFERENCES employees(id));
        CREATE TABLE vendors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, support_email TEXT);
        CREATE TABLE assets(id INTEGER PRIMARY KEY, asset_tag TEXT NOT NULL UNIQUE, asset_type TEXT NOT NULL,
            model TEXT NOT NULL, vendor_id INTEGER NOT NULL REFERENCES vendors(id), purchased_on TEXT NOT NULL,
            purchase_cost REAL NOT NULL, warranty_ends_on TEXT, retired_on TEXT);
        CREATE TABLE asset_assignments(id INTEGER PRIMARY KEY, asset_id INTEGER NOT NULL REFERENCES assets(id),
            employee_id INTEGER NOT NULL REFERENCES employees(id), assigned_on TEXT NOT NULL, returned_on TEXT);
        CREATE TABLE software_licenses(id INTEGER PRIMARY KEY, product_name TEXT NOT NULL,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id), seat_count INTEGER NOT NULL,
            annual_cost REAL NOT NULL, renews_on TEXT);
        CREATE TABLE license_assignments(id INTEGER PRIMARY KEY,
            license_id INTEGER NOT NULL REFERENCES software_licenses(id),
            employee_id INTEGER NOT NULL REFERENCES employees(id), assigned_on TEXT NOT NULL);
        CREATE TABLE support_tickets(id INTEGER PRIMARY KEY, asset_id INTEGER NOT NULL REFERENCES assets(id),
            employee_id INTEGER NOT NULL REFERENCES employees(id), priority TEXT NOT NULL, summary TEXT,
            opened_on TEXT NOT NULL, closed_on TEXT);
    """,
    )
    depts = [
        (1, "Executive", "CC-100", 5), (2, "Finance", "CC-200", 4), (3, "Engineering", "CC-300", 3),
        (4, "Sales", "CC-400", 2), (5, "Marketing", "CC-500", 2), (6, "Human Resources", "CC-600", 4),
        (7, "Customer Support", "CC-700", 1),
    ]  # fmt: skip
    _ins(c, "departments", depts)
    titles = {1: ["Chief Executive Officer"], 2: ["Accountant", "Financial Analyst"],
              3: ["Software Engineer", "Software Engineer", "QA Engineer", "DevOps Engineer"],
              4: ["Account Executive", "Sales Representative"], 5: ["Marketing Specialist", "Designer"],
              6: ["HR Generalist", "Recruiter"], 7: ["Support Agent", "Support Agent"]}  # fmt: skip
    names = _names(r, 110)
    emps = [(1, names[0], 1, "Chief Executive Officer", None, "2015-01-05", None, None)]
    heads = {2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}
    for d, eid in heads.items():
        emps.append((eid, names[eid - 1], d, f"Head of {depts[d - 1][1]}", None,
                     _day(r, D(2016, 1, 1), 1500).isoformat(), None, 1))  # fmt: skip
    sizes = {2: 8, 3: 26, 4: 16, 5: 9, 6: 6, 7: 19}
    eid = 7
    for d, n in sizes.items():
        for _ in range(n):
            eid += 1
            hired = _day(r, D(2018, 1, 1), 2650)
            left = None
            if r.random() < 0.13:
                ld = hired + dt.timedelta(days=r.randint(120, 900))
                left = ld.isoformat() if ld < TODAY else None
            emps.append((eid, names[eid - 1], d, r.choice(titles[d]), None, hired.isoformat(), left, heads[d]))
    emps = [(e[0], e[1], e[2], e[3], f"{e[1].lower().replace(' ', '.')}@northwind.io", *e[5:]) for e in emps]
    emps.sort()
    _ins(c, "employees", emps)
    vendors = [(1, "Dell", "support@dell.example"), (2, "Apple", "enterprise@apple.example"),
               (3, "Lenovo", "support@lenovo.example"), (4, "Samsung", "b2b@samsung.example"),
               (5, "Microsoft", "licensing@microsoft.example"), (6, "Adobe", "vip@adobe.example"),
               (7, "Atlassian", "billing@atlassian.example"), (8, "Slack", None), (9, "HP", "support@hp.example")]  # fmt: skip
    _ins(c, "vendors", vendors)
    models = [
        ("laptop", "Latitude 5440", 1, 1350), ("laptop", "MacBook Pro 14", 2, 2399), ("laptop", "ThinkPad T14", 3, 1280),
        ("laptop", "MacBook Air 13", 2, 1199), ("desktop", "OptiPlex 7010", 1, 980), ("desktop", "Mac mini", 2, 799),
        ("monitor", "UltraSharp U2723QE", 1, 579), ("monitor", "ViewFinity S8", 4, 449), ("monitor", "E24 G5", 9, 219),
        ("phone", "iPhone 15", 2, 829), ("phone", "Galaxy S24", 4, 799), ("tablet", "iPad Air", 2, 649),
        ("tablet", "Galaxy Tab S9", 4, 719),
    ]  # fmt: skip
    assets = []
    for i in range(1, 241):
        typ, model, ven, base = r.choices(models, weights=[8, 5, 6, 4, 3, 1, 7, 4, 3, 4, 3, 2, 1])[0]
        bought = _day(r, D(2020, 1, 1), 1960)
        cost = round(base * r.uniform(0.92, 1.05), 2)
        warranty = bought.replace(year=bought.year + (3 if typ in ("laptop", "desktop", "monitor") else 2))
        retired = None
        if bought < D(2022, 6, 1) and r.random() < 0.45:
            retired = _day(r, warranty - dt.timedelta(days=60), 400)
            retired = retired.isoformat() if retired < TODAY else None
        tag = f"{typ[:2].upper()}-{bought.year}-{i:04d}"
        assets.append((i, tag, typ, model, ven, bought.isoformat(), cost, warranty.isoformat(), retired))
    _ins(c, "assets", assets)
    aa = []
    spare = {a[0] for a in assets if a[0] % 19 == 7}
    for a in assets:
        if a[0] in spare:
            continue
        start = D.fromisoformat(a[5]) + dt.timedelta(days=r.randint(1, 20))
        end_life = D.fromisoformat(a[8]) if a[8] else TODAY
        while start < end_life:
            cand = [e for e in emps if e[5] <= start.isoformat() and (e[6] is None or e[6] > start.isoformat())]
            e = r.choice(cand)
            e_end = D.fromisoformat(e[6]) if e[6] else None
            span = r.randint(200, 1100)
            ret = start + dt.timedelta(days=span)
            if e_end and e_end < ret:
                ret = e_end
            if ret >= end_life:
                ret = D.fromisoformat(a[8]) if a[8] else None
            aa.append((a[0], e[0], start.isoformat(), ret.isoformat() if ret else None))
            if ret is None:
                break
            start = ret + dt.timedelta(days=r.randint(2, 40))
    # three leavers never handed their device back: the assignment stays open and the asset is not reissued
    left_on = {e[0]: e[6] for e in emps}
    kept, stuck = [], {}
    for x in aa:
        if x[0] in stuck:
            continue
        if (
            len(stuck) < 3
            and x[3] is not None
            and x[3] == left_on[x[1]]
            and assets[x[0] - 1][8] is None
            and x[1] not in stuck.values()
        ):
            stuck[x[0]] = x[1]
            x = (x[0], x[1], x[2], None)
        kept.append(x)
    aa = kept
    aa.sort(key=lambda x: (x[2], x[0]))
    aa = [(i, *x) for i, x in enumerate(aa, 1)]
    _ins(c, "asset_assignments", aa)
    lic = [
        (1, "Microsoft 365 E3", 5, 150, 32400.0, "2025-09-30"), (2, "Adobe Creative Cloud", 6, 12, 10080.0, "2025-07-15"),
        (3, "Jira Software", 7, 40, 7800.0, "2025-11-01"), (4, "Confluence", 7, 60, 6900.0, "2025-11-01"),
        (5, "Slack Business+", 8, 150, 22500.0, "2026-01-31"), (6, "Visual Studio Professional", 5, 20, 9990.0, "2025-06-30"),
        (7, "Adobe Acrobat Pro", 6, 25, 5970.0, "2025-08-31"), (8, "Power BI Pro", 5, 15, 2160.0, "2024-12-31"),
    ]  # fmt: skip
    _ins(c, "software_licenses", lic)
    la = []
    current = [e for e in emps if e[6] is None]
    for e in emps:
        start = max(D.fromisoformat(e[5]), D(2022, 1, 1))
        la.append((1, e[0], start))
        if e[0] % 17 == 9:
            la.pop()
            continue
        if e[2] in (3,):
            la.append((3, e[0], start + dt.timedelta(days=r.randint(0, 30))))
            if r.random() < 0.55:
                la.append((6, e[0], start + dt.timedelta(days=r.randint(0, 60))))
        if e[2] in (3, 7, 4) and r.random() < 0.6:
            la.append((4, e[0], start + dt.timedelta(days=r.randint(0, 60))))
        if e[2] == 5 and r.random() < 0.9:
            la.append((2, e[0], start + dt.timedelta(days=r.randint(0, 30))))
        if e[2] in (2, 6, 4) and r.random() < 0.5:
            la.append((7, e[0], start + dt.timedelta(days=r.randint(0, 90))))
        if e[2] in (2, 1) or (e[2] == 4 and r.random() < 0.3):
            la.append((8, e[0], start + dt.timedelta(days=r.randint(0, 90))))
        if r.random() < 0.92:
            la.append((5, e[0], start + dt.timedelta(days=r.randint(0, 10))))
    del current
    la = [(i, x[0], x[1], x[2].isoformat()) for i, x in enumerate(sorted(la, key=lambda x: (x[2], x[0], x[1])), 1)]
    _ins(c, "license_assignments", la)
    tickets = []
    summaries = {"laptop": ["Battery drains quickly", "Keyboard keys sticking", "Won't boot", "Screen flicker",
                            "Slow performance"],
                 "desktop": ["Won't power on", "Fan noise", "Slow performance"],
                 "monitor": ["Dead pixels", "No signal", "Flickering"],
                 "phone": ["Cracked screen", "Battery swelling", "Can't receive email"],
                 "tablet": ["Cracked screen", "Won't charge"]}  # fmt: skip
    held = [x for x in aa if x[4] is None or x[4] > "2023-01-01"]
    for _i in range(1, 161):
        asg = r.choice(held)
        a = assets[asg[1] - 1]
        lo = max(D.fromisoformat(asg[3]), D(2023, 1, 1))
        hi = D.fromisoformat(asg[4]) if asg[4] else TODAY - dt.timedelta(days=1)
        if hi <= lo:
            hi = lo + dt.timedelta(days=1)
        opened = lo + dt.timedelta(days=r.randrange((hi - lo).days))
        pr = r.choices(["low", "medium", "high"], weights=[4, 5, 2])[0]
        closed = opened + dt.timedelta(days=r.randint(0, 25))
        closed_s = None if (closed >= TODAY or r.random() < 0.06) else closed.isoformat()
        tickets.append([opened.isoformat(), asg[1], asg[2], pr, r.choice(summaries[a[2]]), closed_s])
    tickets.sort()
    tickets = [(i, t[1], t[2], t[3], t[4], t[0], t[5]) for i, t in enumerate(tickets, 1)]
    _ins(c, "support_tickets", tickets)
    _done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "gym": build_gym,
    "dealership": build_dealership,
    "school": build_school,
    "airline": build_airline,
    "bakery": build_bakery,
    "it_assets": build_it_assets,
}
