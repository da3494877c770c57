"""Deterministic SQLite databases for a twenty-third blind NL→SQL evaluation.

Six ordinary, well-designed schemas (plural snake_case tables, ``id`` primary keys, ``<table>_id`` foreign
keys, one self-reference in each); the questions are the hard part: they are typed the way a busy,
non-technical manager writes into a chat box (polite wrappers, asides, synonyms such as "folks",
"headcount", "spend", "sign-ups", "no-shows", relative dates and shorthand like "#", "avg", "w/o", "vs").

* ``nonprofit``: a charity's fundraising: ``donors`` (``donor_type`` coded ``I`` individual / ``O``
  organisation, a NULL ``email`` when unknown, a ``referred_by_donor_id`` self-reference, NULL when the donor
  came on their own), ``campaigns`` (``goal_amount``, ``channel`` email/event/mail/online, a NULL
  ``end_date`` while still running), ``donations`` (``amount``, ``donated_on``, ``payment_method``
  card/check/bank_transfer/paypal, ``is_recurring`` 0/1, a NULL ``campaign_id`` for unrestricted gifts to the
  general fund), ``volunteers`` (a NULL ``phone`` for some) and ``volunteer_shifts`` (``hours``).
* ``hotel``: a boutique hotel: ``rooms`` (``room_type`` single/double/suite, ``floor``, ``nightly_rate``,
  ``has_balcony`` 0/1), ``guests`` (``country``, ``is_vip`` 0/1, a NULL ``phone`` for some), ``staff``
  (``role``, a ``manager_id`` self-reference, NULL for the general manager), ``bookings`` (``check_in``,
  ``check_out``, ``status`` coded ``CF`` confirmed/upcoming, ``CO`` checked out, ``CX`` cancelled, ``NS``
  no-show; ``channel`` direct/booking_com/expedia/phone; ``total_price``), ``room_service_orders``
  (``booking_id``, ``staff_id`` who delivered, ``item``, ``amount``) and ``reviews`` (``rating`` 1-5, a NULL
  ``comment`` when only stars were left).
* ``loyalty``: an airline loyalty programme: ``airports`` (``iata_code``, ``city``, ``country``),
  ``members`` (``tier`` coded ``BR`` bronze, ``SI`` silver, ``GO`` gold, ``PL`` platinum; ``enrolled_on``;
  ``airport_id`` = home airport; ``miles_balance``; a ``referred_by_member_id`` self-reference),
  ``flights`` (``flight_number``, ``origin_airport_id``, ``destination_airport_id``, ``departure_date``,
  ``distance_miles``), ``member_flights`` (``fare_class`` economy/premium/business/first,
  ``miles_earned``), ``rewards`` (a catalogue: ``category`` upgrade/lounge/hotel/merchandise,
  ``miles_cost``) and ``redemptions`` (``miles_used``, ``status`` completed/pending/reversed).
* ``construction``: a builder's projects: ``clients`` (``sector`` residential/commercial/public),
  ``employees`` (``job_title``, ``hourly_wage``, a ``supervisor_id`` self-reference), ``projects``
  (``manager_id`` an employee, ``budget``, ``start_date``, ``planned_end_date``, a NULL ``actual_end_date``
  while unfinished, ``status`` planning/active/on_hold/completed), ``subcontractors`` (``trade``,
  ``insurance_expires_on``, a NULL ``email`` for some), ``contracts`` (project × subcontractor,
  ``amount``, ``signed_on``, a NULL ``completed_on`` while in progress), ``invoices`` (``contract_id``,
  ``amount``, ``issued_on``, a NULL ``paid_on`` while unpaid) and ``inspections`` (``result``
  pass/fail/conditional, a NULL ``notes`` for some).
* ``library``: a public library's events: ``branches`` (``neighborhood``, ``opened_year``), ``staff``
  (``branch_id``, ``role``, a ``supervisor_id`` self-reference), ``patrons`` (``birth_year``,
  ``branch_id`` = home branch, ``card_issued_on``, a NULL ``email`` for some), ``events`` (``branch_id``,
  ``staff_id`` = host, ``category`` kids/book_club/workshop/talk/film, ``event_date`` up to 2025-06-30,
  ``capacity``, ``is_cancelled`` 0/1) and ``registrations`` (``registered_on``, ``attended`` 1/0, NULL for
  events that have not happened yet or were cancelled).
* ``gym``: a gym chain: ``locations`` (``city``, ``opened_on``), ``trainers`` (``location_id``,
  ``specialty``, ``hourly_rate``, a ``head_trainer_id`` self-reference), ``members`` (``gender`` F/M,
  ``birth_date``, ``location_id`` = home gym, ``plan`` basic/standard/premium, ``monthly_fee``,
  ``joined_on``, a NULL ``cancelled_on`` while still a member), ``classes`` (``class_type``
  yoga/spin/hiit/pilates/boxing, ``starts_at``, ``capacity``), ``class_bookings`` (``status``
  attended/no_show/cancelled) and ``check_ins`` (``checked_in_at``).

Dates are ISO text, around 2023-2025 (the tests' today is 2025-06-15; only scheduled things such as
upcoming hotel stays and library events lie after it).  The questions in ``questions.jsonl`` (reads) and
``writes.jsonl`` (change requests) were written against these schemas without running the offline
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

FIRST = [
    "Abigail", "Ben", "Carmen", "Desmond", "Eva", "Frank", "Gloria", "Henry", "Ines", "Jamal", "Kira", "Leon",
    "Mona", "Nathan", "Opal", "Peter", "Quinn", "Ruth", "Stefan", "Tara", "Ulrich", "Violet", "Walter", "Xena",
    "Yusuf", "Zoe",
]  # fmt: skip
LAST = [
    "Adler", "Barker", "Chen", "Duarte", "Ellison", "Foster", "Garza", "Holm", "Ibarra", "Jovanovic", "Keller",
    "Lachance", "Mbeki", "Novak", "Oyelaran", "Park", "Rinaldi", "Sato", "Tanaka", "Usher", "Vance", "Wong",
    "Xu", "Young", "Zeller",
]  # fmt: skip
FEMALE = {"Abigail", "Carmen", "Eva", "Gloria", "Ines", "Kira", "Mona", "Opal", "Ruth", "Tara", "Violet", "Xena",
          "Zoe", "Quinn"}  # fmt: skip
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in FIRST for f in LAST]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_nonprofit(path: Path) -> None:
    """donors (self-reference), campaigns, donations, volunteers and volunteer_shifts."""
    r = random.Random(2301)
    c = _db(
        path,
        """
        CREATE TABLE donors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, donor_type TEXT NOT NULL, email TEXT,
            city TEXT, joined_on TEXT, referred_by_donor_id INTEGER REFERENCES donors(id));
        CREATE TABLE campaigns(id INTEGER PRIMARY KEY, name TEXT NOT NULL, channel TEXT, goal_amount REAL,
            start_date TEXT, end_date TEXT);
        CREATE TABLE donations(id INTEGER PRIMARY KEY, donor_id INTEGER NOT NULL REFERENCES donors(id),
            campaign_id INTEGER REFERENCES campaigns(id), amount REAL NOT NULL, donated_on TEXT,
            payment_method TEXT, is_recurring INTEGER);
        CREATE TABLE volunteers(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            phone TEXT, joined_on TEXT);
        CREATE TABLE volunteer_shifts(id INTEGER PRIMARY KEY, volunteer_id INTEGER NOT NULL REFERENCES volunteers(id),
            campaign_id INTEGER REFERENCES campaigns(id), shift_date TEXT, hours REAL);
    """,
    )
    cities = ["Portland", "Salem", "Eugene", "Bend", "Medford"]
    orgs = [
        "Riverside Credit Union", "Cascade Hardware", "Bright Futures Foundation", "Greenleaf Grocers",
        "Summit Dental Group", "Harbor Logistics", "Pinecrest Bakery", "Northwind Software", "Willow Creek Farms",
        "Oakridge Insurance", "Bluebird Cafe", "Evergreen Realty",
    ]  # fmt: skip
    people = _people(r, 108)
    donors = []
    for i in range(1, 121):
        if i % 10 == 3:
            name, dtype = orgs[(i // 10) % len(orgs)], "O"
            email = None if i % 20 == 3 else f"giving@{name.split()[0].lower()}.org"
        else:
            g, f = people[len([d for d in donors if d[2] == "I"])]
            name, dtype = f"{g} {f}", "I"
            email = None if i % 7 == 0 else f"{g.lower()}.{f.lower()}@mail.com"
        ref = None
        if i > 15 and r.random() < 0.25:
            ref = r.randint(1, 15)
        donors.append((i, name, dtype, email, r.choice(cities), _day(r, D(2023, 1, 1), 880).isoformat(), ref))
    _ins(c, "donors", donors)
    campaigns = [
        (1, "Winter Coat Drive 2023", "event", 15000, "2023-10-01", "2023-12-31"),
        (2, "Spring Food Bank Appeal", "mail", 25000, "2024-03-01", "2024-05-31"),
        (3, "Summer Reading Camp", "online", 12000, "2024-06-01", "2024-08-31"),
        (4, "Giving Tuesday 2024", "email", 30000, "2024-11-15", "2024-12-15"),
        (5, "Shelter Roof Repair", "online", 40000, "2024-09-01", "2025-03-31"),
        (6, "Annual Gala 2025", "event", 60000, "2025-01-15", "2025-04-30"),
        (7, "Clean Water Fund", "online", 20000, "2025-02-01", None),
        (8, "Back to School Kits", "mail", 10000, "2025-05-01", None),
        (9, "Senior Meals Program", "email", 18000, "2023-04-01", "2023-09-30"),
    ]
    _ins(c, "campaigns", campaigns)
    donations = []
    methods = ["card", "check", "bank_transfer", "paypal"]
    for i in range(1, 401):
        d = r.choices(donors, weights=[8 if x[2] == "O" else 1 + (x[0] % 5) for x in donors])[0]
        if r.random() < 0.12:
            camp, when = None, _day(r, D(2023, 1, 10), 885)
        else:
            camp = r.choice(campaigns)
            s = D.fromisoformat(camp[4])
            e = D.fromisoformat(camp[5]) if camp[5] else D(2025, 6, 14)
            when = s + dt.timedelta(days=r.randrange((e - s).days + 1))
        amt = round(r.choice([25, 50, 100, 250, 500]) * (10 if d[2] == "O" else 1) * r.uniform(0.8, 1.6), 2)
        donations.append((i, d[0], camp[0] if camp else None, amt, when.isoformat(), r.choice(methods),
                          1 if (d[0] % 6 == 1 and d[2] == "I") else 0))  # fmt: skip
    _ins(c, "donations", donations)
    vpeople = _people(random.Random(2311), 40)
    volunteers = [
        (i, g, f, None if i % 5 == 0 else f"503-555-{1000 + i * 37:04d}", _day(r, D(2023, 1, 1), 850).isoformat())
        for i, (g, f) in enumerate(vpeople, 1)
    ]
    _ins(c, "volunteers", volunteers)
    shifts = []
    for i in range(1, 221):
        v = r.choices(volunteers, weights=[1 + (x[0] * 7) % 9 for x in volunteers])[0]
        camp = r.choice(campaigns) if r.random() < 0.85 else None
        if camp:
            s = D.fromisoformat(camp[4])
            e = D.fromisoformat(camp[5]) if camp[5] else D(2025, 6, 14)
            when = s + dt.timedelta(days=r.randrange((e - s).days + 1))
        else:
            when = _day(r, D(2023, 1, 10), 880)
        shifts.append((i, v[0], camp[0] if camp else None, when.isoformat(), r.choice([2, 3, 3.5, 4, 4, 6, 8])))
    _ins(c, "volunteer_shifts", shifts)
    _done(c)


def build_hotel(path: Path) -> None:
    """rooms, guests, staff (self-reference), bookings, room_service_orders and reviews."""
    r = random.Random(2302)
    c = _db(
        path,
        """
        CREATE TABLE rooms(id INTEGER PRIMARY KEY, room_number TEXT NOT NULL, room_type TEXT, floor INTEGER,
            nightly_rate REAL, has_balcony INTEGER);
        CREATE TABLE guests(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT,
            phone TEXT, country TEXT, is_vip INTEGER);
        CREATE TABLE staff(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, role TEXT,
            hired_on TEXT, manager_id INTEGER REFERENCES staff(id));
        CREATE TABLE bookings(id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL REFERENCES guests(id),
            room_id INTEGER NOT NULL REFERENCES rooms(id), check_in TEXT, check_out TEXT, status TEXT,
            channel TEXT, total_price REAL);
        CREATE TABLE room_service_orders(id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(id),
            staff_id INTEGER REFERENCES staff(id), ordered_at TEXT, item TEXT, amount REAL);
        CREATE TABLE reviews(id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(id),
            rating INTEGER, comment TEXT, posted_on TEXT);
    """,
    )
    rooms = []
    rid = 0
    for floor in (1, 2, 3, 4):
        for k in range(1, 8):
            rid += 1
            rtype = "suite" if k == 7 else ("single" if k <= 2 else "double")
            rate = {"single": 129, "double": 179, "suite": 349}[rtype] + floor * 10 + (k % 3) * 5
            rooms.append((rid, f"{floor}{k:02d}", rtype, floor, float(rate), 1 if (k >= 5 or floor == 4) else 0))
    _ins(c, "rooms", rooms)
    countries = ["USA", "USA", "USA", "Canada", "UK", "Germany", "France", "Japan", "Mexico", "Australia"]
    guests = []
    for i, (g, f) in enumerate(_people(r, 160), 1):
        guests.append((i, g, f, f"{g.lower()}{i}@inbox.com", None if i % 4 == 0 else f"+1-555-{2000 + i:04d}",
                       r.choice(countries), 1 if i % 13 == 0 else 0))  # fmt: skip
    _ins(c, "guests", guests)
    staff = [
        (1, "Helena", "Marsh", "general_manager", "2019-05-01", None),
        (2, "Oscar", "Brandt", "front_desk_manager", "2020-02-10", 1),
        (3, "Lucia", "Ferro", "head_chef", "2020-07-01", 1),
        (4, "Tomas", "Reyes", "housekeeping_manager", "2021-03-15", 1),
        (5, "Amira", "Haddad", "front_desk", "2022-04-01", 2),
        (6, "Jonas", "Berg", "front_desk", "2023-01-09", 2),
        (7, "Priya", "Nair", "concierge", "2022-09-12", 2),
        (8, "Felix", "Moreau", "room_service", "2021-11-01", 3),
        (9, "Sana", "Qureshi", "room_service", "2023-06-20", 3),
        (10, "Diego", "Alvarez", "room_service", "2024-02-05", 3),
        (11, "Greta", "Lind", "cook", "2022-05-16", 3),
        (12, "Marek", "Zielinski", "housekeeper", "2021-08-23", 4),
        (13, "Nia", "Okoye", "housekeeper", "2023-03-30", 4),
        (14, "Paolo", "Conti", "housekeeper", "2024-07-01", 4),
        (15, "Yuki", "Mori", "concierge", "2024-10-14", 2),
    ]
    _ins(c, "staff", staff)
    bookings = []
    for i in range(1, 361):
        g = r.choices(guests, weights=[1 + (x[0] % 4) * 2 for x in guests])[0]
        room = r.choice(rooms)
        ci = _day(r, D(2023, 1, 3), 940)  # up to ~2025-08
        nights = r.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 7])
        co = ci + dt.timedelta(days=nights)
        if ci >= TODAY:
            status = "CX" if r.random() < 0.1 else "CF"
        elif co >= TODAY:
            status = "CF"
        else:
            status = r.choices(["CO", "CX", "NS"], weights=[84, 11, 5])[0]
        bookings.append((i, g[0], room[0], ci.isoformat(), co.isoformat(), status,
                         r.choice(["direct", "direct", "booking_com", "expedia", "phone"]),
                         round(room[4] * nights, 2)))  # fmt: skip
    _ins(c, "bookings", bookings)
    items = [("Club sandwich", 18.0), ("Caesar salad", 16.0), ("Breakfast tray", 24.0), ("Bottle of wine", 45.0),
             ("Cheese plate", 22.0), ("Burger", 21.0), ("Champagne", 95.0), ("Fruit bowl", 12.0)]  # fmt: skip
    done = [b for b in bookings if b[5] == "CO"]
    orders = []
    for i in range(1, 261):
        b = r.choice(done)
        ci, co = D.fromisoformat(b[3]), D.fromisoformat(b[4])
        when = ci + dt.timedelta(days=r.randrange((co - ci).days))
        item = r.choices(items, weights=[5, 4, 6, 2, 3, 5, 1, 3])[0]
        qty = r.choice([1, 1, 1, 2])
        orders.append((i, b[0], r.choice([8, 8, 9, 9, 10, 11, None]), f"{when.isoformat()} {r.randint(7, 23):02d}:"
                       f"{r.choice(['00', '15', '30', '45'])}", item[0], item[1] * qty))  # fmt: skip
    _ins(c, "room_service_orders", orders)
    comments = ["Lovely stay", "Great breakfast", "Room was a bit noisy", "Friendly staff", "Will come back",
                "Bathroom needs updating", "Amazing view", "Bed too soft"]  # fmt: skip
    reviews = []
    for b in done:
        if r.random() < 0.5:
            rating = r.choices([1, 2, 3, 4, 5], weights=[1, 2, 4, 8, 9])[0]
            posted = D.fromisoformat(b[4]) + dt.timedelta(days=r.randint(0, 6))
            if posted >= TODAY:
                continue
            reviews.append((len(reviews) + 1, b[0], rating, None if r.random() < 0.35 else r.choice(comments),
                            posted.isoformat()))  # fmt: skip
    _ins(c, "reviews", reviews)
    _done(c)


def build_loyalty(path: Path) -> None:
    """airports, members (self-reference), flights, member_flights, rewards and redemptions."""
    r = random.Random(2303)
    c = _db(
        path,
        """
        CREATE TABLE airports(id INTEGER PRIMARY KEY, iata_code TEXT NOT NULL, city TEXT, country TEXT);
        CREATE TABLE members(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT, tier TEXT, enrolled_on TEXT, airport_id INTEGER REFERENCES airports(id),
            miles_balance INTEGER, referred_by_member_id INTEGER REFERENCES members(id));
        CREATE TABLE flights(id INTEGER PRIMARY KEY, flight_number TEXT NOT NULL,
            origin_airport_id INTEGER REFERENCES airports(id), destination_airport_id INTEGER REFERENCES airports(id),
            departure_date TEXT, distance_miles INTEGER);
        CREATE TABLE member_flights(id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
            flight_id INTEGER NOT NULL REFERENCES flights(id), fare_class TEXT, miles_earned INTEGER);
        CREATE TABLE rewards(id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT, miles_cost INTEGER);
        CREATE TABLE redemptions(id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
            reward_id INTEGER NOT NULL REFERENCES rewards(id), redeemed_on TEXT, miles_used INTEGER, status TEXT);
    """,
    )
    airports = [
        (1, "JFK", "New York", "USA"), (2, "LAX", "Los Angeles", "USA"), (3, "ORD", "Chicago", "USA"),
        (4, "SEA", "Seattle", "USA"), (5, "MIA", "Miami", "USA"), (6, "YYZ", "Toronto", "Canada"),
        (7, "LHR", "London", "UK"), (8, "CDG", "Paris", "France"), (9, "FRA", "Frankfurt", "Germany"),
        (10, "NRT", "Tokyo", "Japan"), (11, "MEX", "Mexico City", "Mexico"), (12, "DEN", "Denver", "USA"),
    ]  # fmt: skip
    _ins(c, "airports", airports)
    members = []
    for i, (g, f) in enumerate(_people(r, 220), 1):
        tier = r.choices(["BR", "SI", "GO", "PL"], weights=[10, 6, 3, 1])[0]
        ref = r.randint(1, 30) if i > 30 and r.random() < 0.2 else None
        members.append((i, g, f, None if i % 9 == 0 else f"{g.lower()}.{f.lower()}@fly.net", tier,
                        _day(r, D(2023, 1, 1), 890).isoformat(), r.choices([x[0] for x in airports],
                        weights=[6, 5, 5, 4, 3, 2, 2, 1, 1, 1, 1, 3])[0], 0, ref))  # fmt: skip
    dist = {}
    for a in airports:
        for b in airports:
            if a[0] < b[0]:
                same = a[3] == b[3] or {a[3], b[3]} <= {"USA", "Canada", "Mexico"}
                dist[(a[0], b[0])] = dist[(b[0], a[0])] = r.randint(300, 2600) if same else r.randint(3400, 6900)
    flights = []
    for i in range(1, 141):
        o = r.choice(airports)
        d = r.choice([a for a in airports if a[0] != o[0]])
        flights.append((i, f"SK{100 + (i * 37) % 900}", o[0], d[0], _day(r, D(2023, 1, 5), 890).isoformat(),
                        dist[(o[0], d[0])]))  # fmt: skip
    _ins(c, "flights", flights)
    mult = {"economy": 1.0, "premium": 1.5, "business": 2.0, "first": 3.0}
    mflights = []
    earned = {m[0]: 0 for m in members}
    for i in range(1, 451):
        m = r.choices(members, weights=[{"BR": 1, "SI": 3, "GO": 6, "PL": 10}[x[4]] for x in members])[0]
        fl = r.choice(flights)
        fc = r.choices(list(mult), weights=[12, 4, 3, 1])[0]
        miles = int(fl[5] * mult[fc])
        earned[m[0]] += miles
        mflights.append((i, m[0], fl[0], fc, miles))
    rewards = [
        (1, "Economy to Business Upgrade", "upgrade", 25000), (2, "Premium Seat Upgrade", "upgrade", 8000),
        (3, "Lounge Day Pass", "lounge", 4000), (4, "Annual Lounge Membership", "lounge", 45000),
        (5, "Hotel Night Voucher", "hotel", 15000), (6, "Weekend Hotel Package", "hotel", 32000),
        (7, "Branded Travel Mug", "merchandise", 1500), (8, "Noise-Cancelling Headphones", "merchandise", 38000),
        (9, "Cabin Bag", "merchandise", 12000), (10, "Extra Baggage Allowance", "upgrade", 6000),
    ]  # fmt: skip
    reds = []
    for i in range(1, 161):
        m = r.choices(members, weights=[1 + earned[x[0]] // 2000 for x in members])[0]
        rw = r.choice(rewards)
        status = r.choices(["completed", "pending", "reversed"], weights=[14, 2, 1])[0]
        reds.append((i, m[0], rw[0], _day(r, D(2023, 3, 1), 835).isoformat(), rw[3], status))
    used = {m[0]: 0 for m in members}
    for x in reds:
        if x[5] != "reversed":
            used[x[1]] += x[4]
    members = [(*m[:7], max(0, earned[m[0]] - used[m[0]]) + (m[0] * 131) % 900, *m[8:]) for m in members]
    _ins(c, "members", members)
    _ins(c, "member_flights", mflights)
    _ins(c, "rewards", rewards)
    _ins(c, "redemptions", reds)
    _done(c)


def build_construction(path: Path) -> None:
    """clients, employees (self-reference), projects, subcontractors, contracts, invoices and inspections."""
    r = random.Random(2304)
    c = _db(
        path,
        """
        CREATE TABLE clients(id INTEGER PRIMARY KEY, name TEXT NOT NULL, sector TEXT, city TEXT);
        CREATE TABLE employees(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            job_title TEXT, hourly_wage REAL, hired_on TEXT, supervisor_id INTEGER REFERENCES employees(id));
        CREATE TABLE projects(id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id),
            manager_id INTEGER REFERENCES employees(id), name TEXT NOT NULL, city TEXT, budget REAL,
            start_date TEXT, planned_end_date TEXT, actual_end_date TEXT, status TEXT);
        CREATE TABLE subcontractors(id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, trade TEXT, email TEXT,
            insurance_expires_on TEXT);
        CREATE TABLE contracts(id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id),
            subcontractor_id INTEGER NOT NULL REFERENCES subcontractors(id), amount REAL, signed_on TEXT,
            completed_on TEXT);
        CREATE TABLE invoices(id INTEGER PRIMARY KEY, contract_id INTEGER NOT NULL REFERENCES contracts(id),
            amount REAL, issued_on TEXT, paid_on TEXT);
        CREATE TABLE inspections(id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id),
            inspected_on TEXT, inspector_name TEXT, result TEXT, notes TEXT);
    """,
    )
    clients = [
        (1, "Maple Street Homes", "residential", "Denver"), (2, "Front Range Medical", "commercial", "Boulder"),
        (3, "City of Aurora", "public", "Aurora"), (4, "Peak Retail Partners", "commercial", "Denver"),
        (5, "Larkspur Family Trust", "residential", "Littleton"), (6, "Jefferson County Schools", "public", "Golden"),
        (7, "Alpine Hospitality", "commercial", "Vail"), (8, "Riverbend HOA", "residential", "Aurora"),
        (9, "Colorado DOT", "public", "Denver"), (10, "Summit Office Holdings", "commercial", "Denver"),
        (11, "Greenway Apartments", "residential", "Boulder"), (12, "Cherry Creek Dental", "commercial", "Denver"),
        (13, "Town of Golden", "public", "Golden"), (14, "Hartley Residence", "residential", "Littleton"),
    ]  # fmt: skip
    _ins(c, "clients", clients)
    titles = ["site_supervisor", "carpenter", "laborer", "estimator", "electrician", "laborer", "carpenter"]
    emps = [(1, "Ruth", "Kessler", "operations_director", 78.0, "2015-04-01", None),
            (2, "Marcus", "Bell", "project_manager", 58.0, "2017-06-12", 1),
            (3, "Dana", "Ortiz", "project_manager", 56.5, "2019-01-07", 1),
            (4, "Samuel", "Achebe", "project_manager", 54.0, "2021-09-20", 1)]  # fmt: skip
    for i, (g, f) in enumerate(_people(r, 28), 5):
        t = titles[i % len(titles)]
        wage = {"site_supervisor": 42, "carpenter": 34, "laborer": 24, "estimator": 38, "electrician": 40}[t]
        emps.append((i, g, f, t, wage + (i % 5) * 1.25, _day(r, D(2016, 1, 1), 3300).isoformat(), 2 + i % 3))
    _ins(c, "employees", emps)
    words = ["Clinic Expansion", "Townhomes", "Office Fit-Out", "Bridge Repair", "School Gym", "Kitchen Remodel",
             "Parking Garage", "Lodge Renovation", "Retail Center", "Library Annex", "Apartment Block",
             "Fire Station", "Duplex", "Storage Warehouse"]  # fmt: skip
    projects = []
    for i in range(1, 43):
        cl = r.choices(clients, weights=[5, 4, 2, 3, 2, 3, 2, 4, 2, 3, 2, 1, 2, 1])[0]
        start = _day(r, D(2023, 1, 9), 870)
        dur = r.randint(60, 420)
        planned = start + dt.timedelta(days=dur)
        budget = float(r.randint(8, 240) * 10000)
        if start > D(2025, 4, 1) and i % 2 == 0:
            status, actual = "planning", None
        else:
            fin = start + dt.timedelta(days=int(dur * r.uniform(0.85, 1.4)))
            if fin < TODAY:
                status, actual = "completed", fin.isoformat()
            else:
                status, actual = ("on_hold" if i % 7 == 0 else "active"), None
        projects.append((i, cl[0], 2 + i % 3, f"{cl[3]} {words[i % len(words)]}", cl[3], budget,
                         start.isoformat(), planned.isoformat(), actual, status))  # fmt: skip
    _ins(c, "projects", projects)
    trades = ["electrical", "plumbing", "roofing", "concrete", "hvac", "painting", "drywall"]
    subnames = ["Sparks", "FlowRight", "TopCover", "SolidBase", "AirFlow", "ColorPro", "WallCraft", "Bolt",
                "Pipeworks", "Ridgeline", "Granite", "Climate Masters", "Brush & Roller", "Panel Kings",
                "Voltage", "Drain Doctors", "Shingle Bros", "Rebar Crew", "Cool Breeze", "Fresh Coat",
                "Level Line", "Amp Up"]  # fmt: skip
    subs = []
    for i, nm in enumerate(subnames, 1):
        t = trades[(i - 1) % len(trades)]
        subs.append((i, f"{nm} {'LLC' if i % 2 else 'Inc'}", t, None if i % 6 == 0 else f"office@{i}{t}.com",
                     _day(r, D(2024, 9, 1), 600).isoformat()))  # fmt: skip
    _ins(c, "subcontractors", subs)
    contracts = []
    for p in projects:
        if p[9] == "planning":
            continue
        for s in r.sample(subs[:19], r.randint(1, 5)):
            signed = D.fromisoformat(p[6]) + dt.timedelta(days=r.randint(0, 40))
            if signed >= TODAY:
                signed = TODAY - dt.timedelta(days=3)
            comp = None
            if p[8]:
                comp = min(D.fromisoformat(p[8]), signed + dt.timedelta(days=r.randint(30, 200))).isoformat()
            elif r.random() < 0.3:
                cd = signed + dt.timedelta(days=r.randint(20, 120))
                comp = cd.isoformat() if cd < TODAY else None
            contracts.append((len(contracts) + 1, p[0], s[0], round(p[5] * r.uniform(0.04, 0.18), 2),
                              signed.isoformat(), comp))  # fmt: skip
    _ins(c, "contracts", contracts)
    invoices = []
    for k in contracts:
        signed = D.fromisoformat(k[4])
        for j in range(r.randint(1, 3)):
            issued = signed + dt.timedelta(days=25 + j * 30 + r.randint(0, 10))
            if issued >= TODAY:
                break
            paid = issued + dt.timedelta(days=r.randint(5, 60))
            invoices.append((len(invoices) + 1, k[0], round(k[3] / 3 * r.uniform(0.7, 1.1), 2), issued.isoformat(),
                             paid.isoformat() if paid < TODAY and r.random() < 0.85 else None))  # fmt: skip
    _ins(c, "invoices", invoices)
    inspectors = ["K. Morrow", "J. Whitfield", "L. Castaneda", "P. Okafor"]
    notes = ["Railing height below code", "Missing fire blocking", "Minor drywall cracks", "All good",
             "Electrical panel unlabeled"]  # fmt: skip
    insp = []
    for p in projects:
        if p[9] == "planning":
            continue
        for _ in range(r.randint(1, 4)):
            when = D.fromisoformat(p[6]) + dt.timedelta(days=r.randint(20, 300))
            if when >= TODAY:
                continue
            res = r.choices(["pass", "fail", "conditional"], weights=[7, 2, 2])[0]
            insp.append((len(insp) + 1, p[0], when.isoformat(), r.choice(inspectors), res,
                         None if r.random() < 0.4 else r.choice(notes)))  # fmt: skip
    _ins(c, "inspections", insp)
    _done(c)


def build_library(path: Path) -> None:
    """branches, staff (self-reference), patrons, events and registrations."""
    r = random.Random(2305)
    c = _db(
        path,
        """
        CREATE TABLE branches(id INTEGER PRIMARY KEY, name TEXT NOT NULL, neighborhood TEXT, opened_year INTEGER);
        CREATE TABLE staff(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            branch_id INTEGER REFERENCES branches(id), role TEXT, supervisor_id INTEGER REFERENCES staff(id));
        CREATE TABLE patrons(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT,
            birth_year INTEGER, branch_id INTEGER REFERENCES branches(id), card_issued_on TEXT);
        CREATE TABLE events(id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branches(id),
            staff_id INTEGER REFERENCES staff(id), title TEXT NOT NULL, category TEXT, event_date TEXT,
            start_time TEXT, capacity INTEGER, is_cancelled INTEGER);
        CREATE TABLE registrations(id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
            patron_id INTEGER NOT NULL REFERENCES patrons(id), registered_on TEXT, attended INTEGER);
    """,
    )
    branches = [
        (1, "Central Library", "Downtown", 1962), (2, "Eastside Branch", "Eastside", 1988),
        (3, "Riverside Branch", "Riverside", 2004), (4, "Hillcrest Branch", "Hillcrest", 1975),
        (5, "Northgate Branch", "Northgate", 2016),
    ]  # fmt: skip
    _ins(c, "branches", branches)
    staff = [(1, "Beatrice", "Kaur", 1, "director", None)]
    sp = _people(r, 21)
    for i, (g, f) in enumerate(sp[:4], 2):
        staff.append((i, g, f, i, "branch_manager", 1))
    for i, (g, f) in enumerate(sp[4:], 6):
        b = 1 + (i % 5)
        staff.append((i, g, f, b, r.choice(["librarian", "librarian", "children_librarian", "assistant"]),
                      1 if b == 1 else b))  # fmt: skip
    _ins(c, "staff", staff)
    patrons = []
    for i, (g, f) in enumerate(_people(r, 260), 1):
        patrons.append((i, g, f, None if i % 6 == 0 else f"{g.lower()}{i}@citymail.org",
                        r.randint(1945, 2017), r.choices([1, 2, 3, 4, 5], weights=[5, 3, 3, 2, 2])[0],
                        _day(r, D(2015, 1, 1), 3800).isoformat()))  # fmt: skip
    _ins(c, "patrons", patrons)
    titles = {
        "kids": ["Toddler Story Time", "Lego Club", "Puppet Show", "Kids Science Hour"],
        "book_club": ["Mystery Book Club", "Classics Circle", "Sci-Fi Readers"],
        "workshop": ["Resume Writing Workshop", "Intro to Excel", "Knitting Circle", "Smartphone Basics"],
        "talk": ["Local History Talk", "Author Visit", "Gardening Talk"],
        "film": ["Friday Film Night", "Documentary Matinee"],
    }
    events = []
    for i in range(1, 131):
        cat = r.choices(list(titles), weights=[5, 3, 4, 2, 2])[0]
        b = r.choices(branches, weights=[5, 3, 3, 2, 2])[0]
        hosts = [s for s in staff if s[3] == b[0]]
        when = _day(r, D(2024, 1, 8), 540)
        if when == TODAY:
            when += dt.timedelta(days=1)
        cap = {"kids": 20, "book_club": 12, "workshop": 15, "talk": 40, "film": 30}[cat]
        events.append((i, b[0], r.choice(hosts)[0], r.choice(titles[cat]), cat, when.isoformat(),
                       r.choice(["10:00", "14:00", "18:30"]), cap, 1 if i % 17 == 0 else 0))  # fmt: skip
    _ins(c, "events", events)
    regs = []
    seen = set()
    for ev in events:
        n = int(ev[7] * r.uniform(0.1, 0.4))
        for p in r.sample(patrons, n):
            if (ev[0], p[0]) in seen:
                continue
            seen.add((ev[0], p[0]))
            edate = D.fromisoformat(ev[5])
            reg = edate - dt.timedelta(days=r.randint(1, 30))
            if reg >= TODAY:
                reg = TODAY - dt.timedelta(days=r.randint(1, 5))
            att = None if (ev[8] or edate >= TODAY) else (1 if r.random() < 0.78 else 0)
            regs.append((len(regs) + 1, ev[0], p[0], reg.isoformat(), att))
    _ins(c, "registrations", regs)
    _done(c)


def build_gym(path: Path) -> None:
    """locations, trainers (self-reference), members, classes, class_bookings and check_ins."""
    r = random.Random(2306)
    c = _db(
        path,
        """
        CREATE TABLE locations(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, opened_on TEXT);
        CREATE TABLE trainers(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            location_id INTEGER REFERENCES locations(id), specialty TEXT, hourly_rate REAL,
            head_trainer_id INTEGER REFERENCES trainers(id));
        CREATE TABLE members(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            gender TEXT, birth_date TEXT, location_id INTEGER REFERENCES locations(id), plan TEXT,
            monthly_fee REAL, joined_on TEXT, cancelled_on TEXT);
        CREATE TABLE classes(id INTEGER PRIMARY KEY, location_id INTEGER NOT NULL REFERENCES locations(id),
            trainer_id INTEGER REFERENCES trainers(id), class_type TEXT, starts_at TEXT, capacity INTEGER);
        CREATE TABLE class_bookings(id INTEGER PRIMARY KEY, class_id INTEGER NOT NULL REFERENCES classes(id),
            member_id INTEGER NOT NULL REFERENCES members(id), booked_at TEXT, status TEXT);
        CREATE TABLE check_ins(id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
            location_id INTEGER NOT NULL REFERENCES locations(id), checked_in_at TEXT);
    """,
    )
    locations = [
        (1, "IronWorks Downtown", "Austin", "2018-03-01"), (2, "IronWorks South Lamar", "Austin", "2020-09-15"),
        (3, "IronWorks Round Rock", "Round Rock", "2022-01-10"), (4, "IronWorks San Marcos", "San Marcos", "2023-06-01"),
        (5, "IronWorks Cedar Park", "Cedar Park", "2024-11-04"),
    ]  # fmt: skip
    _ins(c, "locations", locations)
    specs = ["yoga", "spin", "hiit", "pilates", "boxing", "strength"]
    trainers = [(1, "Carla", "Mendes", 1, "strength", 65.0, None)]
    for i, (g, f) in enumerate(_people(r, 17), 2):
        loc = 1 + (i % 5)
        head = 1 if i <= 5 else 2 + (i % 4)
        trainers.append((i, g, f, loc, specs[i % len(specs)], 35.0 + (i * 7) % 25, head))
    _ins(c, "trainers", trainers)
    plans = {"basic": 29.0, "standard": 49.0, "premium": 79.0}
    members = []
    for i, (g, f) in enumerate(_people(r, 300), 1):
        loc = r.choices(locations, weights=[6, 5, 4, 3, 2])[0]
        plan = r.choices(list(plans), weights=[5, 4, 2])[0]
        joined = _day(r, max(D(2023, 1, 2), D.fromisoformat(loc[3])), 900)
        if joined >= TODAY:
            joined = TODAY - dt.timedelta(days=1 + i % 30)
        cancelled = None
        if r.random() < 0.22:
            cd = joined + dt.timedelta(days=r.randint(30, 400))
            cancelled = cd.isoformat() if cd < TODAY else None
        members.append((i, g, f, "F" if g in FEMALE else "M", _day(r, D(1960, 1, 1), 16000).isoformat(), loc[0],
                        plan, plans[plan], joined.isoformat(), cancelled))  # fmt: skip
    _ins(c, "members", members)
    classes = []
    for i in range(1, 141):
        t = r.choice(trainers)
        when = _day(r, max(D(2024, 1, 2), D.fromisoformat(locations[t[3] - 1][3])), 520)
        if when >= TODAY:
            when = TODAY - dt.timedelta(days=1 + i % 20)
        ctype = t[4] if t[4] != "strength" else r.choice(["hiit", "boxing"])
        classes.append((i, t[3], t[0], ctype, f"{when.isoformat()} {r.choice(['06:30', '12:00', '18:00', '19:30'])}",
                        {"spin": 20, "yoga": 18, "hiit": 16, "pilates": 12, "boxing": 14}[ctype]))  # fmt: skip
    _ins(c, "classes", classes)
    bookings = []
    for cl in classes:
        cday = D.fromisoformat(cl[4][:10])
        pool = [m for m in members if m[8] < cl[4][:10] and (m[9] is None or m[9] > cl[4][:10])]
        for m in r.sample(pool, min(len(pool), int(cl[5] * r.uniform(0.15, 0.45)))):
            st = r.choices(["attended", "no_show", "cancelled"], weights=[14, 3, 2])[0]
            bookings.append((len(bookings) + 1, cl[0], m[0],
                             (cday - dt.timedelta(days=r.randint(0, 6))).isoformat(), st))  # fmt: skip
    _ins(c, "class_bookings", bookings)
    checks = []
    for i in range(1, 501):
        m = r.choice(members)
        lo = D.fromisoformat(m[8])
        hi = D.fromisoformat(m[9]) if m[9] else TODAY - dt.timedelta(days=1)
        when = lo + dt.timedelta(days=r.randrange(max(1, (hi - lo).days)))
        loc = m[5] if r.random() < 0.85 else r.randint(1, 5)
        if when.isoformat() < locations[loc - 1][3]:
            loc = m[5]
        checks.append((i, m[0], loc, f"{when.isoformat()} {r.randint(5, 21):02d}:{r.randint(0, 59):02d}"))
    _ins(c, "check_ins", checks)
    _done(c)


BUILDERS = {
    "nonprofit": build_nonprofit,
    "hotel": build_hotel,
    "loyalty": build_loyalty,
    "construction": build_construction,
    "library": build_library,
    "gym": build_gym,
}
