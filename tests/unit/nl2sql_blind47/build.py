"""Six small retail and hospitality databases for the forty-seventh blind English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``gardencentre`` (plain snake_case plural tables with ``id`` keys; self-referencing ``staff.manager_id``): a garden
  centre. ``categories``, ``suppliers``, ``products`` (price, stock), ``staff`` (role, manager), ``customers``
  (loyalty member 0/1), ``sales`` and the link table ``sale_items``, and ``workshops`` (some still to come).
- ``gelateria`` (singular PascalCase tables with ``TableNameID`` keys; self-referencing ``Employee.SupervisorID``): an
  ice-cream parlour chain. ``Parlour``, ``Flavour`` (base Dairy, Sorbet or Vegan), ``Employee``, ``DailySale`` (scoops
  and revenue of one flavour at one parlour on a day) and ``Shift``.
- ``bicycleshop`` (lowercase abbreviations: ``cust``, ``prod``, ``ord_dt``, ``qty``, ``amt``): a bicycle shop with a
  workshop. ``cust``, ``cat``, ``prod``, ``ord``, ``ord_ln``, ``mech`` and ``svc_job`` (repairs, ``out_dt`` NULL while
  the bike is still in).
- ``hostel`` (``tbl_`` prefixed tables, status codes in the lookup table ``tbl_status``; self-referencing
  ``tbl_guest.referred_by``): a backpackers' hostel. ``tbl_room``, ``tbl_guest``, ``tbl_booking``, ``tbl_tour`` and
  the link table ``tbl_tour_signup``.
- ``cocktailbar`` (camelCase columns with ``isX`` booleans as 0/1): a cocktail bar. ``bartenders``, ``cocktails``,
  ``ingredients``, the link table ``cocktailIngredients``, ``tabs``, ``tabItems`` and ``events`` (some to come).
- ``farmshop`` (UPPER_SNAKE names with 'Y'/'N' flags): a farm shop selling local produce. ``FARMS``, ``PRODUCE``,
  ``CUSTOMERS``, ``ORDERS``, ``ORDER_LINES`` and ``PICK_YOUR_OWN`` sessions (some to come).
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

FIRST = [
    "Alice", "Ben", "Chloe", "Daniel", "Emily", "Finn", "Grace", "Harry", "Imogen", "Jack", "Katie", "Leo",
    "Megan", "Noah", "Olivia", "Peter", "Ruby", "Sam", "Tara", "Umar", "Vicky", "Will", "Yusuf", "Zara",
]  # fmt: skip
LAST_N = [
    "Adams", "Baker", "Carter", "Doyle", "Evans", "Foster", "Green", "Hughes", "Irving", "Jones", "Knight",
    "Lewis", "Morgan", "Nash", "Owen", "Patel", "Quinn", "Reid", "Shaw", "Turner", "Vaughan", "Walsh", "Young",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs."""
    pairs = [(f, s) for f in FIRST for s in LAST_N]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


# ---------------------------------------------------------------------------------------------------- gardencentre
GC_CATEGORIES = ["Bulbs", "Perennials", "Shrubs", "Trees", "Tools", "Compost and Soil", "Seeds", "Pots and Planters"]
GC_SUPPLIERS = [
    (1, "Greenleaf Nurseries", "Kent"), (2, "Hillside Growers", "Devon"), (3, "Spade & Fork Ltd", "Yorkshire"),
    (4, "Terra Pots", "Cornwall"), (5, "Seedwise", "Norfolk"), (6, "Oakbank Trees", "Herefordshire"),
]  # fmt: skip
GC_PRODUCTS = [
    ("Tulip Bulbs (20)", 1, 5, 6.99), ("Daffodil Bulbs (25)", 1, 5, 5.49), ("Allium Bulbs (10)", 1, 1, 8.50),
    ("Lavender Hidcote", 2, 2, 7.99), ("Hardy Geranium", 2, 2, 6.50), ("Echinacea Purpurea", 2, 1, 8.99),
    ("Hosta Mixed", 2, 2, 9.50), ("Foxglove", 2, 1, 5.99), ("Hydrangea Macrophylla", 3, 1, 19.99),
    ("Buddleja", 3, 2, 14.99), ("Box Ball", 3, 1, 29.99), ("Rosemary Shrub", 3, 2, 9.99),
    ("Japanese Maple", 4, 6, 59.99), ("Silver Birch", 4, 6, 44.99), ("Apple Tree Bramley", 4, 6, 39.99),
    ("Cherry Tree Stella", 4, 6, 42.50), ("Border Spade", 5, 3, 34.99), ("Hand Trowel", 5, 3, 9.99),
    ("Secateurs Pro", 5, 3, 24.99), ("Garden Rake", 5, 3, 19.99), ("Watering Can 10L", 5, 3, 14.50),
    ("Multi-Purpose Compost 50L", 6, 2, 7.50), ("Ericaceous Compost 40L", 6, 2, 8.99), ("Topsoil 25L", 6, 3, 4.99),
    ("Tomato Seeds", 7, 5, 2.49), ("Sweet Pea Seeds", 7, 5, 2.99), ("Wildflower Mix", 7, 5, 4.99),
    ("Carrot Seeds", 7, 5, 1.99), ("Terracotta Pot 30cm", 8, 4, 16.99), ("Glazed Planter Blue", 8, 4, 39.99),
    ("Window Box", 8, 4, 12.99), ("Hanging Basket", 8, 4, 11.50),
]  # fmt: skip
GC_STAFF = [
    (1, "Margaret Hill", "Manager", None, D(2018, 3, 1)),
    (2, "Tom Reed", "Supervisor", 1, D(2019, 5, 12)),
    (3, "Priya Shah", "Supervisor", 1, D(2020, 2, 3)),
    (4, "Oliver Stone", "Sales Assistant", 2, D(2021, 4, 19)),
    (5, "Hannah Brook", "Sales Assistant", 2, D(2022, 6, 1)),
    (6, "Lucas Fern", "Plant Specialist", 3, D(2021, 9, 6)),
    (7, "Sophie Ash", "Sales Assistant", 3, D(2023, 3, 20)),
    (8, "Jamie Thorn", "Sales Assistant", 2, D(2024, 2, 5)),
    (9, "Ella Moss", "Plant Specialist", 3, D(2024, 8, 12)),
]
GC_WORKSHOPS = [
    (1, "Spring Bulb Planting", D(2023, 3, 18), 12, 15.0, 6),
    (2, "Pruning Roses", D(2023, 11, 4), 10, 20.0, 6),
    (3, "Container Gardening", D(2024, 4, 13), 15, 18.0, 9),
    (4, "Grow Your Own Veg", D(2024, 5, 11), 15, 18.0, 6),
    (5, "Wreath Making", D(2024, 12, 7), 20, 35.0, 9),
    (6, "Seed Sowing Basics", D(2025, 3, 8), 12, 12.0, 6),
    (7, "Wildlife-Friendly Garden", D(2025, 5, 17), 15, 15.0, 9),
    (8, "Summer Hanging Baskets", D(2025, 6, 28), 12, 25.0, 6),
    (9, "Autumn Bulb Planting", D(2025, 9, 20), 12, 15.0, 6),
]


def build_gardencentre(path: Path) -> None:
    r = random.Random(47001)
    c = fresh_db(
        path,
        """
        CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE suppliers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, county TEXT);
        CREATE TABLE products (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, category_id INTEGER NOT NULL REFERENCES categories(id),
            supplier_id INTEGER NOT NULL REFERENCES suppliers(id), price REAL NOT NULL, stock_qty INTEGER NOT NULL);
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, manager_id INTEGER REFERENCES staff(id),
            hired_on DATE NOT NULL);
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, town TEXT,
            loyalty_member INTEGER NOT NULL DEFAULT 0, joined_on DATE NOT NULL);
        CREATE TABLE sales (
            id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id), sold_on DATE NOT NULL, payment_method TEXT NOT NULL);
        CREATE TABLE sale_items (
            id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales(id),
            product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL, unit_price REAL NOT NULL);
        CREATE TABLE workshops (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, held_on DATE NOT NULL, capacity INTEGER NOT NULL,
            price REAL NOT NULL, host_staff_id INTEGER NOT NULL REFERENCES staff(id), booked INTEGER);
        """,
    )
    insert(c, "categories", [(k, n) for k, n in enumerate(GC_CATEGORIES, 1)])
    insert(c, "suppliers", GC_SUPPLIERS)
    insert(c, "products", [(k, n, cat, sup, p, r.randint(0, 80)) for k, (n, cat, sup, p) in enumerate(GC_PRODUCTS, 1)])
    insert(c, "staff", [(i, n, ro, m, _iso(h)) for i, n, ro, m, h in GC_STAFF])
    towns = ["Ashford", "Maidstone", "Canterbury", "Tonbridge", "Sevenoaks"]
    custs = []
    for k, (f, s) in enumerate(_names(r, 60), 1):
        custs.append((k, f, s, r.choice(towns), int(r.random() < 0.45), _iso(day_between(r, D(2022, 1, 1), LAST))))
    insert(c, "customers", custs)
    sales, items = [], []
    for k in range(1, 171):
        d = day_between(r, START, LAST)
        staff = r.choice([i for i, _n, _ro, _m, h in GC_STAFF if h <= d and i != 1])
        cust = r.randint(1, 55) if r.random() < 0.8 else None
        sales.append((k, cust, staff, _iso(d), r.choice(["card", "card", "cash", "gift card"])))
        for pid in r.sample(range(1, len(GC_PRODUCTS) + 1), r.choice([1, 1, 2, 3])):
            items.append((len(items) + 1, k, pid, r.randint(1, 4), GC_PRODUCTS[pid - 1][3]))
    sales.sort(key=lambda x: x[3])
    renum = {s[0]: n for n, s in enumerate(sales, 1)}
    insert(c, "sales", [(renum[s[0]], *s[1:]) for s in sales])
    items = sorted(((renum[sid], *rest) for _i, sid, *rest in items), key=lambda x: x[0])
    insert(c, "sale_items", [(k, *x) for k, x in enumerate(items, 1)])
    ws = []
    for i, t, d, cap, p, host in GC_WORKSHOPS:
        ws.append((i, t, _iso(d), cap, p, host, r.randint(cap // 2, cap) if d < TODAY else r.randint(2, cap - 2)))
    insert(c, "workshops", ws)
    done(c)


# ------------------------------------------------------------------------------------------------------- gelateria
GE_PARLOURS = [
    (1, "Gelato Centrale", "Brighton", D(2016, 5, 1)), (2, "Scoops on Sea", "Eastbourne", D(2018, 6, 15)),
    (3, "Cono d'Oro", "Hastings", D(2020, 4, 10)), (4, "Pistachio Corner", "Worthing", D(2022, 7, 1)),
    (5, "Dolce Vita", "Chichester", D(2024, 5, 4)),
]  # fmt: skip
GE_FLAVOURS = [
    ("Vanilla", "Dairy", 3.20), ("Chocolate", "Dairy", 3.20), ("Pistachio", "Dairy", 3.80),
    ("Stracciatella", "Dairy", 3.50), ("Salted Caramel", "Dairy", 3.60), ("Hazelnut", "Dairy", 3.60),
    ("Lemon", "Sorbet", 3.00), ("Raspberry", "Sorbet", 3.00), ("Mango", "Sorbet", 3.10),
    ("Blood Orange", "Sorbet", 3.10), ("Oat Chocolate", "Vegan", 3.70), ("Coconut", "Vegan", 3.70),
    ("Strawberry Basil", "Vegan", 3.90),
]  # fmt: skip


def build_gelateria(path: Path) -> None:
    r = random.Random(47002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Parlour (ParlourID INTEGER PRIMARY KEY, Name TEXT NOT NULL, Town TEXT NOT NULL,
            OpenedDate DATE NOT NULL);
        CREATE TABLE Flavour (FlavourID INTEGER PRIMARY KEY, Name TEXT NOT NULL, Base TEXT NOT NULL,
            ScoopPrice REAL NOT NULL, LaunchedDate DATE NOT NULL);
        CREATE TABLE Employee (EmployeeID INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            ParlourID INTEGER NOT NULL REFERENCES Parlour(ParlourID), Position TEXT NOT NULL, HourlyRate REAL NOT NULL,
            StartDate DATE NOT NULL, SupervisorID INTEGER REFERENCES Employee(EmployeeID));
        CREATE TABLE DailySale (DailySaleID INTEGER PRIMARY KEY, ParlourID INTEGER NOT NULL REFERENCES Parlour(ParlourID),
            FlavourID INTEGER NOT NULL REFERENCES Flavour(FlavourID), SaleDate DATE NOT NULL,
            ScoopsSold INTEGER NOT NULL, Revenue REAL NOT NULL);
        CREATE TABLE Shift (ShiftID INTEGER PRIMARY KEY, EmployeeID INTEGER NOT NULL REFERENCES Employee(EmployeeID),
            ShiftDate DATE NOT NULL, Hours REAL NOT NULL);
        """,
    )
    insert(c, "Parlour", [(i, n, t, _iso(d)) for i, n, t, d in GE_PARLOURS])
    flav = []
    for k, (n, b, p) in enumerate(GE_FLAVOURS, 1):
        launched = D(2025, 4, 1) if n == "Strawberry Basil" else D(2023, 5, 1) if n == "Blood Orange" else D(2015, 1, 1)
        flav.append((k, n, b, p, _iso(launched)))
    insert(c, "Flavour", flav)
    emps: list[tuple[object, ...]] = []
    names = _names(r, 30)
    k = 0
    for pid, _n, _t, opened in GE_PARLOURS:
        mgr = k + 1
        for j in range(5 if pid != 5 else 4):
            f, s = names[k]
            k += 1
            pos = "Manager" if j == 0 else "Shift Lead" if j == 1 else "Server"
            rate = 14.5 if j == 0 else 12.8 if j == 1 else r.choice([11.44, 11.44, 11.9, 12.2])
            start = max(opened, day_between(r, D(2019, 1, 1), D(2025, 3, 1)))
            emps.append((k, f, s, pid, pos, rate, _iso(start), None if j == 0 else mgr))
    insert(c, "Employee", emps)
    sales = []
    for _ in range(300):
        pid = r.randint(1, 5)
        fid = r.randint(1, len(GE_FLAVOURS))
        lo = max(START, GE_PARLOURS[pid - 1][3], D.fromisoformat(str(flav[fid - 1][4])))
        d = day_between(r, lo, LAST)
        scoops = r.randint(20, 140) if d.month in (6, 7, 8) else r.randint(5, 60)
        sales.append((pid, fid, _iso(d), scoops, round(scoops * GE_FLAVOURS[fid - 1][2], 2)))
    sales.sort(key=lambda x: (str(x[2]), x[0], x[1]))
    insert(c, "DailySale", [(k, *x) for k, x in enumerate(sales, 1)])
    shifts = []
    for _ in range(220):
        e = r.choice(emps)
        d = day_between(r, max(START, D.fromisoformat(str(e[6]))), D(2025, 6, 21))
        shifts.append((e[0], _iso(d), r.choice([4.0, 6.0, 6.5, 8.0])))
    shifts.sort(key=lambda x: (str(x[1]), int(str(x[0]))))
    insert(c, "Shift", [(k, *x) for k, x in enumerate(shifts, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- bicycleshop
BS_CATS = ["Road Bikes", "Mountain Bikes", "E-Bikes", "Helmets", "Lights", "Locks", "Clothing", "Parts"]
BS_PRODS = [
    ("Trek Domane AL 2", 1, "Trek", 899.0), ("Giant Contend 3", 1, "Giant", 749.0),
    ("Specialized Allez", 1, "Specialized", 999.0), ("Trek Marlin 5", 2, "Trek", 649.0),
    ("Giant Talon 2", 2, "Giant", 699.0), ("Cube Aim Race", 2, "Cube", 599.0),
    ("Cube Reaction Hybrid", 3, "Cube", 2499.0), ("Giant Explore E+", 3, "Giant", 2899.0),
    ("Trek Verve+ 2", 3, "Trek", 2699.0), ("Kask Mojito", 4, "Kask", 89.0), ("Giro Register", 4, "Giro", 49.0),
    ("Lezyne Lite Drive", 5, "Lezyne", 39.0), ("Cateye Volt 800", 5, "Cateye", 69.0),
    ("Kryptonite U-Lock", 6, "Kryptonite", 59.0), ("Abus Bordo", 6, "Abus", 89.0),
    ("Rain Jacket", 7, "Altura", 79.0), ("Padded Shorts", 7, "Altura", 45.0), ("Cycling Gloves", 7, "Giro", 25.0),
    ("Inner Tube 700c", 8, "Schwalbe", 6.5), ("Tyre Marathon Plus", 8, "Schwalbe", 39.0),
    ("Chain 11-speed", 8, "Shimano", 29.0), ("Brake Pads", 8, "Shimano", 12.0), ("Kids Helmet", 4, "Giro", 35.0),
    ("Classic Bell", 8, "Crane", 12.0),
]  # fmt: skip
BS_MECHS = [(1, "Rob Tanner", D(2017, 4, 1)), (2, "Kim Lowe", D(2020, 9, 14)), (3, "Dev Mistry", D(2023, 6, 5)),
            (4, "Jo Price", D(2024, 10, 1))]  # fmt: skip
BS_JOBS = [("Puncture repair", 12.0), ("Basic service", 45.0), ("Full service", 95.0), ("Brake bleed", 35.0),
           ("Gear tune", 25.0), ("Wheel true", 20.0)]  # fmt: skip


def build_bicycleshop(path: Path) -> None:
    r = random.Random(47003)
    c = fresh_db(
        path,
        """
        CREATE TABLE cust (cust_id INTEGER PRIMARY KEY, fname TEXT NOT NULL, lname TEXT NOT NULL, town TEXT,
            join_dt DATE NOT NULL);
        CREATE TABLE cat (cat_id INTEGER PRIMARY KEY, cat_nm TEXT NOT NULL);
        CREATE TABLE prod (prod_id INTEGER PRIMARY KEY, prod_nm TEXT NOT NULL, cat_id INTEGER NOT NULL
            REFERENCES cat(cat_id), brand TEXT NOT NULL, price REAL NOT NULL, stk_qty INTEGER NOT NULL);
        CREATE TABLE ord (ord_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
            ord_dt DATE NOT NULL, sts TEXT NOT NULL);
        CREATE TABLE ord_ln (ln_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL REFERENCES ord(ord_id),
            prod_id INTEGER NOT NULL REFERENCES prod(prod_id), qty INTEGER NOT NULL, amt REAL NOT NULL);
        CREATE TABLE mech (mech_id INTEGER PRIMARY KEY, mech_nm TEXT NOT NULL, hire_dt DATE NOT NULL);
        CREATE TABLE svc_job (job_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
            mech_id INTEGER NOT NULL REFERENCES mech(mech_id), in_dt DATE NOT NULL, out_dt DATE, job_typ TEXT NOT NULL,
            amt REAL NOT NULL);
        """,
    )
    towns = ["Oxford", "Abingdon", "Witney", "Kidlington", "Didcot"]
    custs = [(k, f, s, r.choice(towns), _iso(day_between(r, D(2021, 1, 1), D(2025, 5, 31))))
             for k, (f, s) in enumerate(_names(r, 70), 1)]  # fmt: skip
    insert(c, "cust", custs)
    insert(c, "cat", list(enumerate(BS_CATS, 1)))
    insert(c, "prod", [(k, n, ca, b, p, r.randint(0, 25)) for k, (n, ca, b, p) in enumerate(BS_PRODS, 1)])
    orders, lines = [], []
    for _ in range(170):
        cu = r.randint(1, 64)
        d = day_between(r, START, LAST)
        orders.append((cu, _iso(d), "refunded" if r.random() < 0.07 else "paid"))
    orders.sort(key=lambda x: str(x[1]))
    for k, _o in enumerate(orders, 1):
        for pid in r.sample(range(1, 23), r.choice([1, 1, 2, 2])):
            q = 1 if BS_PRODS[pid - 1][1] <= 3 else r.randint(1, 3)
            lines.append((len(lines) + 1, k, pid, q, round(q * BS_PRODS[pid - 1][3], 2)))
    insert(c, "ord", [(k, *o) for k, o in enumerate(orders, 1)])
    insert(c, "ord_ln", lines)
    insert(c, "mech", [(i, n, _iso(h)) for i, n, h in BS_MECHS])
    jobs = []
    for _ in range(150):
        d = day_between(r, START, LAST)
        mech = r.choice([i for i, _n, h in BS_MECHS if h <= d])
        typ, amt = r.choice(BS_JOBS)
        out = d + dt.timedelta(days=r.randint(0, 6))
        jobs.append((r.randint(1, 70), mech, d, None if out >= TODAY else _iso(out), typ, amt))
    for cu, d in ((12, D(2025, 6, 11)), (33, D(2025, 6, 13)), (47, D(2025, 6, 14))):
        typ, amt = r.choice(BS_JOBS)
        jobs.append((cu, r.choice([1, 2, 4]), d, None, typ, amt))
    jobs.sort(key=lambda x: x[2])
    insert(c, "svc_job", [(k, cu, m, _iso(d), o, t, a) for k, (cu, m, d, o, t, a) in enumerate(jobs, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------------- hostel
HO_STATUS = [("CF", "Confirmed"), ("CI", "Checked in"), ("CO", "Checked out"), ("CX", "Cancelled"), ("NS", "No-show")]
HO_ROOMS = [
    (1, "Puffin", "Dorm", 8, 24.0), (2, "Gannet", "Dorm", 6, 27.0), (3, "Kittiwake", "Dorm", 10, 21.0),
    (4, "Curlew", "Private", 2, 65.0), (5, "Heron", "Private", 2, 65.0), (6, "Osprey", "Family", 4, 95.0),
    (7, "Tern", "Dorm", 4, 30.0), (8, "Plover", "Private", 1, 45.0),
]  # fmt: skip
HO_TOURS = [(1, "Castle Walking Tour", 12.0), (2, "Pub Crawl", 15.0), (3, "Loch Day Trip", 45.0),
            (4, "Whisky Tasting", 30.0), (5, "Ghost Walk", 10.0)]  # fmt: skip
HO_COUNTRIES = ["Germany", "Australia", "USA", "France", "Spain", "Canada", "Netherlands", "Italy", "Japan", "UK"]


def build_hostel(path: Path) -> None:
    r = random.Random(47004)
    c = fresh_db(
        path,
        """
        CREATE TABLE tbl_status (status_code TEXT PRIMARY KEY, description TEXT NOT NULL);
        CREATE TABLE tbl_room (room_id INTEGER PRIMARY KEY, room_name TEXT NOT NULL, room_type TEXT NOT NULL,
            beds INTEGER NOT NULL, nightly_rate REAL NOT NULL);
        CREATE TABLE tbl_guest (guest_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            country TEXT NOT NULL, email TEXT, referred_by INTEGER REFERENCES tbl_guest(guest_id));
        CREATE TABLE tbl_booking (booking_id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL
            REFERENCES tbl_guest(guest_id), room_id INTEGER NOT NULL REFERENCES tbl_room(room_id),
            booked_on DATE NOT NULL, check_in DATE NOT NULL, check_out DATE NOT NULL,
            status_code TEXT NOT NULL REFERENCES tbl_status(status_code), total_price REAL NOT NULL);
        CREATE TABLE tbl_tour (tour_id INTEGER PRIMARY KEY, tour_name TEXT NOT NULL, price REAL NOT NULL);
        CREATE TABLE tbl_tour_signup (signup_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL
            REFERENCES tbl_booking(booking_id), tour_id INTEGER NOT NULL REFERENCES tbl_tour(tour_id),
            tour_date DATE NOT NULL, people INTEGER NOT NULL);
        """,
    )
    insert(c, "tbl_status", HO_STATUS)
    insert(c, "tbl_room", HO_ROOMS)
    guests = []
    for k, (f, s) in enumerate(_names(r, 90), 1):
        ref = r.randint(1, k - 1) if k > 5 and r.random() < 0.2 else None
        email = None if r.random() < 0.1 else f"{f.lower()}.{s.lower()}@mail.example"
        guests.append((k, f, s, r.choice(HO_COUNTRIES), email, ref))
    insert(c, "tbl_guest", guests)
    insert(c, "tbl_tour", HO_TOURS)
    bookings = []
    for _ in range(240):
        ci = day_between(r, START, D(2025, 8, 31))
        nights = r.randint(1, 6)
        co = ci + dt.timedelta(days=nights)
        booked = ci - dt.timedelta(days=r.randint(1, 60))
        if ci > TODAY:
            st = "CF" if r.random() < 0.9 else "CX"
        elif co > TODAY or (co == TODAY):
            st = "CI"
        else:
            x = r.random()
            st = "CO" if x < 0.82 else "CX" if x < 0.93 else "NS"
        room = r.choice(HO_ROOMS)
        bookings.append((r.randint(1, 90), room[0], booked, ci, co, st, round(room[4] * nights, 2)))
    bookings.sort(key=lambda x: (x[3], x[1]))
    insert(c, "tbl_booking",
           [(k, g, ro, _iso(b), _iso(ci), _iso(co), st, p) for k, (g, ro, b, ci, co, st, p) in enumerate(bookings, 1)])  # fmt: skip
    signups = []
    for k, (_g, _ro, _b, ci, co, st, _p) in enumerate(bookings, 1):
        if st in ("CO", "CI", "CF") and r.random() < 0.45:
            for t in r.sample([1, 2, 3, 4, 5], r.randint(1, 2)):
                signups.append((k, t, _iso(day_between(r, ci, co - dt.timedelta(days=1))), r.randint(1, 3)))
    insert(c, "tbl_tour_signup", [(k, *x) for k, x in enumerate(signups, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- cocktailbar
CB_BARTENDERS = [
    (1, "Marco Rossi", D(2019, 2, 1), 1, 16.5), (2, "Ava Lindgren", D(2020, 7, 15), 0, 13.5),
    (3, "Kwame Mensah", D(2021, 11, 1), 0, 13.0), (4, "Lily Chen", D(2023, 4, 10), 0, 12.5),
    (5, "Diego Ramos", D(2024, 1, 8), 0, 12.2), (6, "Nina Patel", D(2024, 9, 2), 0, 12.0),
]  # fmt: skip
CB_COCKTAILS = [
    ("Negroni", "Gin", 11.0, 0, 0), ("Martini", "Gin", 12.0, 0, 0), ("Gin Fizz", "Gin", 10.0, 0, 0),
    ("Old Fashioned", "Whisky", 12.5, 0, 0), ("Whisky Sour", "Whisky", 11.0, 0, 0), ("Mojito", "Rum", 10.5, 0, 0),
    ("Daiquiri", "Rum", 10.0, 0, 0), ("Pina Colada", "Rum", 11.5, 0, 0), ("Margarita", "Tequila", 11.0, 0, 0),
    ("Paloma", "Tequila", 10.5, 0, 0), ("Espresso Martini", "Vodka", 12.0, 0, 0), ("Cosmopolitan", "Vodka", 11.0, 0, 0),
    ("Smoked Fig Sour", "Whisky", 14.0, 1, 0), ("Garden Collins", "Gin", 13.5, 1, 0),
    ("Midnight Mezcal", "Tequila", 14.5, 1, 0), ("Virgin Mojito", "None", 7.0, 0, 1),
    ("Cucumber Cooler", "None", 6.5, 1, 1), ("Ginger Spritz", "None", 6.5, 0, 1),
]  # fmt: skip
CB_INGREDIENTS = [
    ("Gin", 0.06), ("Whisky", 0.07), ("White Rum", 0.05), ("Tequila", 0.07), ("Vodka", 0.05), ("Mezcal", 0.09),
    ("Campari", 0.06), ("Sweet Vermouth", 0.03), ("Lime Juice", 0.02), ("Lemon Juice", 0.02),
    ("Sugar Syrup", 0.01), ("Mint", 0.03), ("Soda Water", 0.005), ("Coffee Liqueur", 0.05), ("Espresso", 0.04),
    ("Pineapple Juice", 0.01), ("Coconut Cream", 0.02), ("Fig Syrup", 0.04), ("Cucumber", 0.02),
    ("Ginger Beer", 0.01), ("Cranberry Juice", 0.01), ("Egg White", 0.03), ("Grenadine", 0.02),
    ("Elderflower Cordial", 0.03),
]  # fmt: skip
CB_RECIPES = {
    1: [(1, 25), (7, 25), (8, 25)], 2: [(1, 60), (8, 10)], 3: [(1, 50), (10, 25), (11, 15), (13, 60)],
    4: [(2, 60), (11, 10)], 5: [(2, 50), (10, 25), (11, 15), (22, 20)], 6: [(3, 50), (9, 25), (12, 5), (13, 60)],
    7: [(3, 50), (9, 25), (11, 15)], 8: [(3, 50), (16, 90), (17, 30)], 9: [(4, 50), (9, 25), (11, 10)],
    10: [(4, 50), (9, 15), (13, 90)], 11: [(5, 50), (14, 20), (15, 30)], 12: [(5, 40), (21, 30), (9, 15)],
    13: [(2, 50), (18, 20), (10, 25), (22, 20)], 14: [(1, 50), (19, 30), (10, 20), (13, 60)],
    15: [(6, 50), (4, 10), (9, 20), (11, 10)], 16: [(9, 25), (12, 5), (11, 15), (13, 90)],
    17: [(19, 40), (9, 20), (13, 100)], 18: [(20, 120), (9, 15)],
}
CB_EVENTS = [
    (1, "Gin Masterclass", D(2023, 5, 20), 35.0, 1), (2, "Tiki Night", D(2023, 8, 12), 20.0, 1),
    (3, "Whisky & Jazz", D(2024, 2, 17), 40.0, 1), (4, "Mezcal Tasting", D(2024, 6, 8), 38.0, 0),
    (5, "New Year's Eve Party", D(2024, 12, 31), 50.0, 1), (6, "Spring Menu Launch", D(2025, 3, 22), 15.0, 0),
    (7, "Summer Spritz Social", D(2025, 6, 27), 18.0, 0), (8, "Rum Masterclass", D(2025, 7, 19), 35.0, 1),
    (9, "Halloween Bash", D(2025, 10, 31), 25.0, 0),
]  # fmt: skip


def build_cocktailbar(path: Path) -> None:
    r = random.Random(47005)
    c = fresh_db(
        path,
        """
        CREATE TABLE bartenders (bartenderId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, hiredDate DATE NOT NULL,
            isHeadBartender INTEGER NOT NULL DEFAULT 0, hourlyRate REAL NOT NULL);
        CREATE TABLE cocktails (cocktailId INTEGER PRIMARY KEY, cocktailName TEXT NOT NULL, baseSpirit TEXT NOT NULL,
            price REAL NOT NULL, isSignature INTEGER NOT NULL DEFAULT 0, isAlcoholFree INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE ingredients (ingredientId INTEGER PRIMARY KEY, ingredientName TEXT NOT NULL,
            costPerMl REAL NOT NULL);
        CREATE TABLE cocktailIngredients (cocktailId INTEGER NOT NULL REFERENCES cocktails(cocktailId),
            ingredientId INTEGER NOT NULL REFERENCES ingredients(ingredientId), amountMl INTEGER NOT NULL,
            PRIMARY KEY (cocktailId, ingredientId));
        CREATE TABLE tabs (tabId INTEGER PRIMARY KEY, openedAt TEXT NOT NULL,
            bartenderId INTEGER NOT NULL REFERENCES bartenders(bartenderId), tableNumber INTEGER,
            tipAmount REAL NOT NULL DEFAULT 0, isPaid INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE tabItems (tabItemId INTEGER PRIMARY KEY, tabId INTEGER NOT NULL REFERENCES tabs(tabId),
            cocktailId INTEGER NOT NULL REFERENCES cocktails(cocktailId), quantity INTEGER NOT NULL);
        CREATE TABLE events (eventId INTEGER PRIMARY KEY, eventName TEXT NOT NULL, eventDate DATE NOT NULL,
            ticketPrice REAL NOT NULL, isSoldOut INTEGER NOT NULL DEFAULT 0,
            hostBartenderId INTEGER REFERENCES bartenders(bartenderId));
        """,
    )
    insert(c, "bartenders", [(i, n, _iso(h), hb, rate) for i, n, h, hb, rate in CB_BARTENDERS])
    insert(c, "cocktails", [(k, *x) for k, x in enumerate(CB_COCKTAILS, 1)])
    insert(c, "ingredients", [(k, *x) for k, x in enumerate(CB_INGREDIENTS, 1)])
    insert(c, "cocktailIngredients", [(cid, iid, ml) for cid, rec in CB_RECIPES.items() for iid, ml in rec])
    tabs, items = [], []
    for _ in range(180):
        d = day_between(r, START, LAST)
        bt = r.choice([i for i, _n, h, _hb, _r in CB_BARTENDERS if h <= d])
        at = dt.datetime(d.year, d.month, d.day, r.randint(17, 23), r.choice([0, 10, 20, 30, 40, 50]))
        paid = 0 if d >= D(2025, 6, 7) and r.random() < 0.6 else 1
        tabs.append((at.strftime("%Y-%m-%d %H:%M"), bt, r.randint(1, 14), r.choice([0, 0, 2, 3, 5, 8, 10]), paid))
    tabs.sort(key=lambda x: str(x[0]))
    for k in range(1, len(tabs) + 1):
        for cid in r.sample(range(1, len(CB_COCKTAILS) + 1), r.choice([1, 1, 2, 2])):
            items.append((len(items) + 1, k, cid, r.randint(1, 3)))
    insert(c, "tabs", [(k, *x) for k, x in enumerate(tabs, 1)])
    insert(c, "tabItems", items)
    insert(c, "events", [(i, n, _iso(d), p, so, r.choice([1, 2, 3])) for i, n, d, p, so in CB_EVENTS])
    done(c)


# -------------------------------------------------------------------------------------------------------- farmshop
FS_FARMS = [
    (1, "Brook Farm", "Little Snoring", "Y"), (2, "Hollow Lane Dairy", "Great Massingham", "N"),
    (3, "Marsh End Orchards", "Burnham Market", "Y"), (4, "Crossways Farm", "Docking", "N"),
    (5, "Sedge Hill Poultry", "Fakenham", "N"), (6, "Wold Meadows", "Walsingham", "Y"),
]  # fmt: skip
FS_PRODUCE = [
    ("Potatoes 2kg", "Vegetables", 1, 2.50, "Y"), ("Carrots 1kg", "Vegetables", 1, 1.20, "Y"),
    ("Asparagus Bunch", "Vegetables", 4, 3.80, "Y"), ("Leeks", "Vegetables", 4, 1.60, "N"),
    ("Purple Sprouting Broccoli", "Vegetables", 6, 2.40, "N"), ("Runner Beans 500g", "Vegetables", 6, 2.20, "N"),
    ("Strawberries 400g", "Fruit", 3, 3.50, "Y"), ("Bramley Apples 1kg", "Fruit", 3, 2.00, "N"),
    ("Cox Apples 1kg", "Fruit", 3, 2.60, "N"), ("Raspberries 200g", "Fruit", 3, 3.20, "Y"),
    ("Whole Milk 2L", "Dairy", 2, 1.80, "Y"), ("Double Cream", "Dairy", 2, 2.10, "Y"),
    ("Norfolk Cheddar", "Dairy", 2, 4.50, "Y"), ("Butter 250g", "Dairy", 2, 2.90, "Y"),
    ("Free Range Eggs (6)", "Eggs", 5, 2.40, "Y"), ("Duck Eggs (6)", "Eggs", 5, 3.60, "Y"),
    ("Whole Chicken", "Meat", 5, 11.50, "Y"), ("Pork Sausages", "Meat", 4, 5.20, "Y"),
    ("Beef Mince 500g", "Meat", 6, 6.40, "Y"), ("Lamb Chops", "Meat", 6, 9.80, "N"),
    ("Sourdough Loaf", "Bakery", 1, 3.90, "Y"), ("Honey 340g", "Pantry", 6, 6.50, "Y"),
]  # fmt: skip
FS_PYO = [
    (1, D(2023, 6, 24), "Strawberries", 30, "Y"), (2, D(2023, 7, 22), "Raspberries", 25, "N"),
    (3, D(2023, 9, 16), "Apples", 40, "N"), (4, D(2024, 6, 22), "Strawberries", 30, "Y"),
    (5, D(2024, 7, 13), "Raspberries", 25, "Y"), (6, D(2024, 9, 21), "Apples", 40, "N"),
    (7, D(2024, 10, 19), "Pumpkins", 50, "Y"), (8, D(2025, 6, 21), "Strawberries", 30, "N"),
    (9, D(2025, 7, 12), "Raspberries", 25, "N"), (10, D(2025, 9, 20), "Apples", 40, "N"),
    (11, D(2025, 10, 18), "Pumpkins", 50, "N"),
]  # fmt: skip


def build_farmshop(path: Path) -> None:
    r = random.Random(47006)
    c = fresh_db(
        path,
        """
        CREATE TABLE FARMS (FARM_ID INTEGER PRIMARY KEY, FARM_NAME TEXT NOT NULL, VILLAGE TEXT NOT NULL,
            IS_ORGANIC TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE PRODUCE (PRODUCE_ID INTEGER PRIMARY KEY, PRODUCE_NAME TEXT NOT NULL, CATEGORY TEXT NOT NULL,
            FARM_ID INTEGER NOT NULL REFERENCES FARMS(FARM_ID), UNIT_PRICE REAL NOT NULL,
            IN_SEASON TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE CUSTOMERS (CUSTOMER_ID INTEGER PRIMARY KEY, CUSTOMER_NAME TEXT NOT NULL, VILLAGE TEXT NOT NULL,
            VEG_BOX_SUBSCRIBER TEXT NOT NULL DEFAULT 'N', SIGNED_UP DATE NOT NULL);
        CREATE TABLE ORDERS (ORDER_ID INTEGER PRIMARY KEY, CUSTOMER_ID INTEGER NOT NULL
            REFERENCES CUSTOMERS(CUSTOMER_ID), ORDER_DATE DATE NOT NULL, IS_DELIVERY TEXT NOT NULL DEFAULT 'N',
            DELIVERY_FEE REAL NOT NULL DEFAULT 0);
        CREATE TABLE ORDER_LINES (LINE_ID INTEGER PRIMARY KEY, ORDER_ID INTEGER NOT NULL REFERENCES ORDERS(ORDER_ID),
            PRODUCE_ID INTEGER NOT NULL REFERENCES PRODUCE(PRODUCE_ID), QUANTITY INTEGER NOT NULL,
            LINE_TOTAL REAL NOT NULL);
        CREATE TABLE PICK_YOUR_OWN (SESSION_ID INTEGER PRIMARY KEY, SESSION_DATE DATE NOT NULL, CROP TEXT NOT NULL,
            PLACES INTEGER NOT NULL, IS_FULL TEXT NOT NULL DEFAULT 'N', FARM_ID INTEGER NOT NULL
            REFERENCES FARMS(FARM_ID));
        """,
    )
    insert(c, "FARMS", FS_FARMS)
    insert(c, "PRODUCE", [(k, *x) for k, x in enumerate(FS_PRODUCE, 1)])
    villages = ["Fakenham", "Wells", "Holt", "Docking", "Burnham Market", "Walsingham"]
    custs = [(k, f"{f} {s}", r.choice(villages), _yn(r.random() < 0.35), _iso(day_between(r, D(2022, 3, 1), LAST)))
             for k, (f, s) in enumerate(_names(r, 65), 1)]  # fmt: skip
    insert(c, "CUSTOMERS", custs)
    orders = []
    for _ in range(150):
        deliv = r.random() < 0.3
        orders.append((r.randint(1, 60), day_between(r, START, LAST), _yn(deliv), 3.5 if deliv else 0.0))
    orders.sort(key=lambda x: x[1])
    insert(c, "ORDERS", [(k, cu, _iso(d), dv, fee) for k, (cu, d, dv, fee) in enumerate(orders, 1)])
    lines = []
    for k in range(1, len(orders) + 1):
        for pid in r.sample(range(1, len(FS_PRODUCE) + 1), r.choice([1, 1, 2, 3])):
            q = r.randint(1, 3)
            lines.append((len(lines) + 1, k, pid, q, round(q * FS_PRODUCE[pid - 1][3], 2)))
    insert(c, "ORDER_LINES", lines)
    farm_of = {"Strawberries": 3, "Raspberries": 3, "Apples": 3, "Pumpkins": 1}
    insert(c, "PICK_YOUR_OWN", [(i, _iso(d), cr, pl, f, farm_of[cr]) for i, d, cr, pl, f in FS_PYO])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "gardencentre": build_gardencentre,
    "gelateria": build_gelateria,
    "bicycleshop": build_bicycleshop,
    "hostel": build_hostel,
    "cocktailbar": build_cocktailbar,
    "farmshop": build_farmshop,
}
