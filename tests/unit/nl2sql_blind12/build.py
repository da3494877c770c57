"""Deterministic SQLite databases for a twelfth blind NL→SQL evaluation.

Six everyday schemas, chosen for breadth of question types rather than exotic naming:

* ``dogwalk``: a dog-walking business in plain snake_case with plural tables and ``id`` keys:
  ``walkers`` (a NULL ``email`` for some), ``clients``, ``dogs``, ``walks`` (``start_time`` as
  ``YYYY-MM-DD HH:MM``, ``duration_min``, ``status`` done/cancelled/no_show), the many-to-many link
  ``walk_dogs`` and ``invoices`` (a NULL ``paid_on`` while unpaid).
* ``greenmarket``: a farmers' market in camelCase: ``vendor`` (``organicCertified`` 0/1, a NULL
  ``contactEmail`` for some), ``stall`` (``dailyFee``, ``hasPower``), ``marketDay`` (Saturdays plus some
  Wednesdays, ``footfallCnt``), ``stallBooking`` (``cancelled`` 0/1) and ``product`` (``unitPrice``).
* ``weddings``: a wedding planner with UPPER_SNAKE tables and snake columns: ``COUPLE``, ``VENUE``
  (``indoor_flag`` Y/N), ``WEDDING`` (``status`` PLANNED/DONE/CXL), ``SUPPLIER``, the link table
  ``WEDDING_SUPPLIER`` (``fee_amt``) and ``PAYMENT``.
* ``choir``: a community choir with singular tables and ``<table>_id`` keys: ``section``, ``singer``
  (a ``mentor_id`` self-reference, a NULL ``email`` for some), ``rehearsal`` (``duration_mins``),
  ``attendance`` (one row per singer present), ``piece`` (``duration_sec``), ``concert`` and the link
  table ``concert_piece`` (``running_order``).
* ``carwash``: a car-wash chain with abbreviated columns: ``sites`` (``site_nm``, ``bay_cnt``), ``staff``
  (a ``mgr_id`` self-reference), ``pkg`` (``pkg_desc``, ``price_amt``, ``mins``), ``customer``
  (``plate_nbr``, a NULL ``member_since`` for non-members) and ``wash`` (``wash_dt``, ``amt_paid``, a NULL
  ``tip_amt`` when no tip, a NULL ``cust_id`` for walk-ins).
* ``streettrees``: a council's street-tree register: ``wards``, ``species`` (``native`` 0/1,
  ``max_height_m``), ``trees`` (``dbh_cm`` trunk diameter, ``condition`` G/F/P/D, a NULL
  ``planted_date`` when unknown, a NULL ``removed_date`` while standing), ``inspections``,
  ``contractors`` and ``work_orders`` (``wo_type`` PRUNE/FELL/STUMP/PLANT, a NULL ``completed_dt`` while
  open, a NULL ``contractor_id`` while unassigned).

Dates are ISO text, around 2023-2025 (the tests' today is 2025-06-15).  The questions in
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

GIVEN = [
    "Amara",
    "Benedict",
    "Carys",
    "Declan",
    "Eilidh",
    "Fergus",
    "Gwen",
    "Hollis",
    "Imogen",
    "Jasper",
    "Kirsty",
    "Lachlan",
    "Morag",
    "Niamh",
    "Oscar",
    "Priya",
    "Quentin",
    "Rhiannon",
    "Stellan",
    "Tegan",
    "Uma",
    "Vikram",
    "Winifred",
    "Zoltan",
]
FAMILY = [
    "Ashdown",
    "Bellamy",
    "Carrick",
    "Dalgleish",
    "Ellwood",
    "Fenwick",
    "Galbraith",
    "Holloway",
    "Inglis",
    "Jardine",
    "Kerridge",
    "Lomax",
    "McAllister",
    "Nkemelu",
    "Ormerod",
    "Pritchard",
    "Quayle",
    "Rutherford",
    "Sinclair",
    "Tennant",
    "Urquhart",
    "Varga",
    "Westbrook",
    "Youngson",
]
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _email(g: str, f: str, host: str) -> str:
    return f"{g.lower()}.{f.lower()}@{host}"


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_dogwalk(path: Path) -> None:
    """walkers, clients, dogs, walks, walk_dogs (link) and invoices."""
    r = random.Random(1201)
    c = _db(
        path,
        """
        CREATE TABLE walkers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT, email TEXT, hired_on TEXT,
            hourly_rate REAL);
        CREATE TABLE clients(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, phone TEXT, suburb TEXT,
            joined_on TEXT);
        CREATE TABLE dogs(id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id), name TEXT NOT NULL,
            breed TEXT, size TEXT, birth_year INTEGER, notes TEXT);
        CREATE TABLE walks(id INTEGER PRIMARY KEY, walker_id INTEGER REFERENCES walkers(id), start_time TEXT,
            duration_min INTEGER, walk_type TEXT, price REAL, status TEXT);
        CREATE TABLE walk_dogs(walk_id INTEGER REFERENCES walks(id), dog_id INTEGER REFERENCES dogs(id),
            PRIMARY KEY(walk_id, dog_id));
        CREATE TABLE invoices(id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id), issued_on TEXT,
            amount REAL, paid_on TEXT);
    """,
    )
    people = _people(r, 50)
    walkers = []
    for i in range(1, 9):
        g, f = people[i - 1]
        walkers.append(
            (
                i,
                f"{g} {f}",
                f"07700 9{i:02d}{r.randint(100, 999)}",
                None if i in (3, 7) else _email(g, f, "pawsandpaths.co.uk"),
                _day(r, D(2021, 1, 1), 1100).isoformat(),
                [14.5, 15.0, 16.0, 14.0, 17.5, 15.5, 13.5, 16.5][i - 1],
            )
        )
    _ins(c, "walkers", walkers)
    suburbs = ["Morningside", "Bruntsfield", "Leith", "Portobello", "Stockbridge", "Marchmont"]
    clients = []
    for i in range(1, 37):
        g, f = people[8 + i]
        clients.append(
            (
                i,
                f"{g} {f}",
                None if i % 7 == 0 else _email(g, f, "mail.com"),
                f"0131 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                suburbs[(i * 5) % 6],
                _day(r, D(2022, 6, 1), 1000).isoformat(),
            )
        )
    _ins(c, "clients", clients)
    breeds = (
        ["Labrador Retriever"] * 6
        + ["Cocker Spaniel"] * 4
        + ["Border Collie"] * 3
        + [
            "Dachshund",
            "Dachshund",
            "Golden Retriever",
            "Golden Retriever",
            "Whippet",
            "Beagle",
            "Staffordshire Bull Terrier",
            "Cavapoo",
            "Cavapoo",
            "Cavapoo",
            "Greyhound",
            "Pug",
        ]
    )
    size_of = {
        "Labrador Retriever": "L",
        "Cocker Spaniel": "M",
        "Border Collie": "M",
        "Dachshund": "S",
        "Golden Retriever": "L",
        "Whippet": "M",
        "Beagle": "M",
        "Staffordshire Bull Terrier": "M",
        "Cavapoo": "S",
        "Greyhound": "L",
        "Pug": "S",
    }
    dog_names = [
        "Biscuit",
        "Luna",
        "Max",
        "Bella",
        "Teddy",
        "Poppy",
        "Milo",
        "Daisy",
        "Archie",
        "Rosie",
        "Bear",
        "Willow",
        "Hugo",
        "Maple",
        "Ziggy",
        "Nala",
        "Otis",
        "Pepper",
        "Rufus",
        "Skye",
        "Bramble",
        "Juno",
        "Monty",
        "Hazel",
        "Fudge",
        "Clover",
        "Dexter",
        "Olive",
        "Bruno",
        "Tilly",
        "Scout",
        "Mabel",
        "Barney",
        "Ivy",
        "Murphy",
        "Coco",
        "Winston",
        "Ruby",
        "Henry",
        "Lola",
        "Frankie",
        "Pickle",
        "Alfie",
        "Roxy",
        "Ted",
        "Honey",
        "Moss",
        "Sasha",
        "Boris",
        "Wren",
    ]
    dogs = []
    did = 0
    for cl in clients:
        n = 1 + (cl[0] % 5 == 0) + (cl[0] in (4, 17, 30)) + (cl[0] == 17)
        for _ in range(n):
            did += 1
            b = r.choice(breeds)
            dogs.append(
                (
                    did,
                    cl[0],
                    dog_names[did - 1],
                    b,
                    size_of[b],
                    r.randint(2012, 2024),
                    r.choice(
                        [
                            None,
                            None,
                            None,
                            "reactive to other dogs",
                            "pulls on lead",
                            "no off-lead",
                            "allergic to chicken",
                        ]
                    ),
                )
            )
    _ins(c, "dogs", dogs)
    walks = []
    links = []
    invoices = []
    never_walked = {5, 22, 41}
    walkable = [d for d in dogs if d[0] not in never_walked]
    wk_w = [9, 7, 6, 8, 3, 5, 4, 6]
    for wid in range(1, 361):
        w = r.choices(walkers, weights=wk_w)[0]
        d0 = _day(r, D(2024, 1, 2), 530) if wid <= 340 else D(2025, 6, 1) + dt.timedelta(days=(wid - 341) * 0.7)
        hour = r.choice([7, 8, 9, 11, 12, 13, 15, 16, 17])
        wtype = "group" if r.random() < 0.4 else "solo"
        dur = r.choice([30, 45, 60, 60, 90]) if wtype == "solo" else r.choice([60, 75, 90, 120])
        price = round((12.0 if wtype == "group" else 16.0) * dur / 60 + (1.5 if hour < 8 else 0), 2)
        status = r.choices(["done", "cancelled", "no_show"], weights=[85, 10, 5])[0]
        walks.append(
            (wid, w[0], f"{d0.isoformat()} {hour:02d}:{r.choice(['00', '15', '30', '45'])}", dur, wtype, price, status)
        )
        k = 1 if wtype == "solo" else r.randint(2, 4)
        for dog in sorted(r.sample(walkable, k)):
            links.append((wid, dog[0]))
    _ins(c, "walks", walks)
    _ins(c, "walk_dogs", links)
    iid = 0
    for m in range(1, 18):
        mdate = D(2024 + (m - 1) // 12, (m - 1) % 12 + 1, 28)
        for cl in r.sample(clients, 6):
            iid += 1
            paid = (
                None
                if (mdate > D(2025, 3, 1) and r.random() < 0.5) or iid % 23 == 0
                else (mdate + dt.timedelta(days=r.randint(2, 25))).isoformat()
            )
            invoices.append((iid, cl[0], mdate.isoformat(), round(r.uniform(40, 320), 2), paid))
    _ins(c, "invoices", invoices)
    _done(c)


def build_greenmarket(path: Path) -> None:
    """camelCase: vendor, stall, marketDay, stallBooking and product."""
    r = random.Random(1202)
    c = _db(
        path,
        """
        CREATE TABLE vendor(vendorId INTEGER PRIMARY KEY, vendorName TEXT NOT NULL, contactName TEXT,
            contactEmail TEXT, farmTown TEXT, organicCertified INTEGER, joinedDate TEXT);
        CREATE TABLE stall(stallId INTEGER PRIMARY KEY, stallCode TEXT, zone TEXT, dailyFee REAL, hasPower INTEGER);
        CREATE TABLE marketDay(marketDayId INTEGER PRIMARY KEY, marketDate TEXT NOT NULL, weather TEXT,
            footfallCnt INTEGER);
        CREATE TABLE stallBooking(bookingId INTEGER PRIMARY KEY, vendorId INTEGER REFERENCES vendor(vendorId),
            stallId INTEGER REFERENCES stall(stallId), marketDayId INTEGER REFERENCES marketDay(marketDayId),
            feePaid REAL, cancelled INTEGER);
        CREATE TABLE product(productId INTEGER PRIMARY KEY, vendorId INTEGER REFERENCES vendor(vendorId),
            productName TEXT, category TEXT, unitPrice REAL, unit TEXT);
    """,
    )
    vendors = [
        (1, "Hollow Oak Farm", "Vegetables"),
        (2, "Bramblewood Honey", "Honey"),
        (3, "Riverside Dairy", "Dairy"),
        (4, "Oldfield Orchard", "Fruit"),
        (5, "The Sourdough Shed", "Bakery"),
        (6, "Green Acre Growers", "Vegetables"),
        (7, "Millbrook Cheesery", "Dairy"),
        (8, "Wildflower Preserves", "Preserves"),
        (9, "Kettle Lane Eggs", "Eggs"),
        (10, "Highmoor Lamb", "Meat"),
        (11, "Saltmarsh Smokehouse", "Meat"),
        (12, "Little Sprout Microgreens", "Vegetables"),
        (13, "Copperfield Cider", "Drinks"),
        (14, "Hedgerow Herbs", "Vegetables"),
        (15, "Stonebridge Bakery", "Bakery"),
        (16, "Meadow Mushrooms", "Vegetables"),
        (17, "Fennel & Fig Deli", "Preserves"),
        (18, "Greystone Berries", "Fruit"),
        (19, "Puddle Duck Farm", "Eggs"),
        (20, "Thistle Coffee Roasters", "Drinks"),
        (21, "Barley Hill Brewery", "Drinks"),
        (22, "Moorside Beef", "Meat"),
    ]
    towns = ["Ludlow", "Leominster", "Tenbury Wells", "Church Stretton", "Craven Arms", "Bishop's Castle"]
    people = _people(r, 22)
    vrows = []
    for (vid, name, _cat), (g, f) in zip(vendors, people, strict=True):
        vrows.append(
            (
                vid,
                name,
                f"{g} {f}",
                None if vid in (4, 11, 17, 21) else _email(g, f, "farmpost.org"),
                towns[(vid * 7) % 6],
                1 if vid in (1, 3, 6, 12, 14, 16, 18, 19) else 0,
                _day(r, D(2019, 2, 1), 2100).isoformat() if vid != 22 else "2025-05-03",
            )
        )
    _ins(c, "vendor", vrows)
    stalls = []
    for sid in range(1, 19):
        zone = ["North Row", "South Row", "Covered Hall"][(sid - 1) // 6]
        stalls.append(
            (
                sid,
                f"{zone[0]}{(sid - 1) % 6 + 1:02d}",
                zone,
                {"North Row": 25.0, "South Row": 22.0, "Covered Hall": 35.0}[zone] + (5.0 if sid % 6 == 1 else 0),
                1 if zone == "Covered Hall" or sid % 3 == 0 else 0,
            )
        )
    _ins(c, "stall", stalls)
    days = []
    d = D(2024, 3, 2)
    mid = 0
    while d <= D(2025, 6, 14):
        for extra in (0, 4):  # Saturday, and a Wednesday market from May to September
            dd = d + dt.timedelta(days=extra)
            if extra == 4 and dd.month not in (5, 6, 7, 8, 9):
                continue
            if dd > D(2025, 6, 14):
                continue
            mid += 1
            weather = r.choices(["sunny", "cloudy", "rain"], weights=[4, 4, 3])[0]
            base = 1400 if extra == 0 else 600
            foot = int(base * (0.6 if weather == "rain" else 1.0) * r.uniform(0.8, 1.25))
            days.append((mid, dd.isoformat(), weather, foot if mid % 29 else None))
        d += dt.timedelta(days=7)
    _ins(c, "marketDay", days)
    bookings = []
    bid = 0
    vw = [8, 6, 9, 5, 7, 4, 6, 3, 5, 4, 3, 2, 3, 2, 6, 3, 2, 4, 3, 5, 1, 1]
    for md in days:
        n = r.randint(2, 5)
        chosen = set()
        while len(chosen) < n:
            chosen.add(r.choices([v[0] for v in vendors], weights=vw)[0])
        free = list(range(1, 19))
        r.shuffle(free)
        for v in sorted(chosen):
            if v == 22 and md[1] < "2025-05-03":
                continue
            if v == 21:
                continue  # Barley Hill Brewery has never booked
            bid += 1
            s = free.pop()
            fee = stalls[s - 1][3]
            canc = 1 if r.random() < 0.07 else 0
            bookings.append((bid, v, s, md[0], None if canc else fee, canc))
    _ins(c, "stallBooking", bookings)
    catalog = {
        "Vegetables": [
            ("Heritage Carrots", 2.5, "bunch"),
            ("Salad Bag", 3.0, "bag"),
            ("New Potatoes", 1.8, "kg"),
            ("Purple Sprouting Broccoli", 3.2, "bunch"),
            ("Chestnut Mushrooms", 4.5, "punnet"),
        ],
        "Honey": [("Wildflower Honey", 7.5, "jar"), ("Heather Honey", 9.0, "jar"), ("Honeycomb", 12.0, "piece")],
        "Dairy": [
            ("Raw Milk", 1.6, "litre"),
            ("Clotted Cream", 3.8, "pot"),
            ("Aged Cheddar", 6.5, "250g"),
            ("Blue Wedge", 5.9, "200g"),
        ],
        "Fruit": [("Bramley Apples", 2.2, "kg"), ("Strawberries", 3.5, "punnet"), ("Raspberries", 4.0, "punnet")],
        "Bakery": [("Country Sourdough", 4.8, "loaf"), ("Cinnamon Buns", 2.75, "each"), ("Rye Loaf", 5.2, "loaf")],
        "Preserves": [("Damson Jam", 4.25, "jar"), ("Onion Chutney", 4.5, "jar"), ("Lemon Curd", 4.0, "jar")],
        "Eggs": [("Free-Range Eggs", 3.2, "half dozen"), ("Duck Eggs", 4.1, "half dozen")],
        "Meat": [
            ("Lamb Shoulder", 14.0, "kg"),
            ("Smoked Bacon", 6.8, "pack"),
            ("Beef Mince", 8.9, "kg"),
            ("Oak-Smoked Salmon", 11.5, "200g"),
        ],
        "Drinks": [
            ("Medium Dry Cider", 3.9, "bottle"),
            ("House Espresso Beans", 8.5, "bag"),
            ("Pale Ale", 3.6, "bottle"),
        ],
    }
    products = []
    pid = 0
    for vid, _name, cat in vendors:
        items = catalog[cat]
        k = 2 + vid % 3 if len(items) > 2 else 2
        for name, price, unit in r.sample(items, min(k, len(items))):
            pid += 1
            products.append((pid, vid, name, cat, round(price * r.uniform(0.9, 1.15), 2), unit))
    _ins(c, "product", products)
    _done(c)


def build_weddings(path: Path) -> None:
    """UPPER_SNAKE tables: COUPLE, VENUE, WEDDING, SUPPLIER, WEDDING_SUPPLIER (link) and PAYMENT."""
    r = random.Random(1203)
    c = _db(
        path,
        """
        CREATE TABLE COUPLE(couple_id INTEGER PRIMARY KEY, partner1_name TEXT NOT NULL, partner2_name TEXT NOT NULL,
            email TEXT, phone TEXT, budget_amt REAL, signed_dt TEXT);
        CREATE TABLE VENUE(venue_id INTEGER PRIMARY KEY, venue_name TEXT NOT NULL, town TEXT, capacity INTEGER,
            indoor_flag TEXT, hire_fee REAL);
        CREATE TABLE WEDDING(wedding_id INTEGER PRIMARY KEY, couple_id INTEGER REFERENCES COUPLE(couple_id),
            venue_id INTEGER REFERENCES VENUE(venue_id), wedding_dt TEXT, guest_cnt INTEGER, status TEXT);
        CREATE TABLE SUPPLIER(supplier_id INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL, category TEXT,
            phone TEXT, email TEXT);
        CREATE TABLE WEDDING_SUPPLIER(wedding_id INTEGER REFERENCES WEDDING(wedding_id),
            supplier_id INTEGER REFERENCES SUPPLIER(supplier_id), fee_amt REAL, booked_dt TEXT,
            PRIMARY KEY(wedding_id, supplier_id));
        CREATE TABLE PAYMENT(payment_id INTEGER PRIMARY KEY, wedding_id INTEGER REFERENCES WEDDING(wedding_id),
            paid_dt TEXT, amt REAL, method TEXT);
    """,
    )
    venues = [
        (1, "Hartwell Manor", "Aylesbury", 180, "Y", 9500.0),
        (2, "The Old Tithe Barn", "Thame", 140, "Y", 6200.0),
        (3, "Lakeside Orangery", "Marlow", 90, "Y", 5400.0),
        (4, "Chiltern Meadow Tipis", "Wendover", 200, "N", 4800.0),
        (5, "St Mary's Church Hall", "Tring", 70, "Y", 1200.0),
        (6, "Fairmile Vineyard", "Henley", 120, "N", 7800.0),
        (7, "The Boathouse", "Henley", 60, "Y", 3900.0),
        (8, "Whitchurch Castle", "Whitchurch", 220, "Y", 14500.0),
    ]
    _ins(c, "VENUE", venues)
    people = _people(r, 120)
    couples = []
    for i in range(1, 49):
        g1, f1 = people[2 * i - 2]
        g2, _f2 = people[2 * i - 1]
        couples.append(
            (
                i,
                f"{g1} {f1}",
                f"{g2} {f1}" if i % 3 else f"{g2} {_f2}",
                None if i % 9 == 0 else _email(g1, f1, "gmail.com"),
                f"07{r.randint(100000000, 999999999)}",
                float(r.choice([12000, 15000, 18000, 20000, 25000, 30000, 35000, 45000])),
                _day(r, D(2023, 1, 10), 800).isoformat(),
            )
        )
    _ins(c, "COUPLE", couples)
    weddings = []
    for cp in couples:
        signed = D.fromisoformat(cp[6])
        wd = signed + dt.timedelta(days=r.randint(150, 540))
        v = r.choice(venues)
        guests = r.randint(max(30, v[3] // 3), v[3])
        status = "DONE" if wd < TODAY else "PLANNED"
        if cp[0] in (7, 19, 33, 41):
            status = "CXL"
        weddings.append((cp[0], cp[0], v[0], wd.isoformat(), guests, status))
    _ins(c, "WEDDING", weddings)
    suppliers = [
        (1, "Petal & Stem", "Florist"),
        (2, "Wild Bloom Studio", "Florist"),
        (3, "Lens & Light", "Photographer"),
        (4, "Golden Hour Photography", "Photographer"),
        (5, "Silver Spoon Catering", "Caterer"),
        (6, "Harvest Table Co", "Caterer"),
        (7, "The Swing Kings", "Band"),
        (8, "Velvet Groove", "Band"),
        (9, "DJ Marlowe", "DJ"),
        (10, "Sugar & Lace Cakes", "Cake"),
        (11, "Crumb Couture", "Cake"),
        (12, "Reel Moments Video", "Videographer"),
        (13, "Bubbles Bar Hire", "Bar"),
        (14, "Chalk & Script Stationery", "Stationery"),
    ]
    fee_base = {
        "Florist": 1400,
        "Photographer": 2200,
        "Caterer": 7000,
        "Band": 2600,
        "DJ": 900,
        "Cake": 550,
        "Videographer": 1900,
        "Bar": 1200,
        "Stationery": 400,
    }
    _ins(
        c,
        "SUPPLIER",
        [
            (
                s[0],
                s[1],
                s[2],
                f"01{r.randint(100000000, 999999999)}",
                None if s[0] in (9, 13) else f"hello@{s[1].lower().replace(' & ', '').replace(' ', '')}.co.uk",
            )
            for s in suppliers
        ],
    )
    links = []
    payments = []
    pid = 0
    for w in weddings:
        signed = D.fromisoformat(couples[w[1] - 1][6])
        cats = {}
        for s in r.sample(suppliers[:13], r.randint(3, 7)):
            if s[2] in cats:
                continue
            cats[s[2]] = s
        for s in sorted(cats.values()):
            if s[0] == 14:
                continue
            links.append(
                (
                    w[0],
                    s[0],
                    round(fee_base[s[2]] * r.uniform(0.8, 1.3) * (w[4] / 100 if s[2] == "Caterer" else 1), 2),
                    (signed + dt.timedelta(days=r.randint(5, 120))).isoformat(),
                )
            )
        nps = 1 if w[5] == "CXL" else r.randint(2, 4)
        for k in range(nps):
            pd = signed + dt.timedelta(days=20 + k * 70 + r.randint(0, 30))
            if pd > TODAY:
                break
            pid += 1
            payments.append(
                (
                    pid,
                    w[0],
                    pd.isoformat(),
                    float(r.choice([500, 1000, 1500, 2000, 2500, 3000, 4000])),
                    r.choice(["bank transfer", "bank transfer", "card", "cheque"]),
                )
            )
    _ins(c, "WEDDING_SUPPLIER", links)
    _ins(c, "PAYMENT", payments)
    _done(c)


def build_choir(path: Path) -> None:
    """section, singer (mentor_id self-reference), rehearsal, attendance, piece, concert, concert_piece (link)."""
    r = random.Random(1204)
    c = _db(
        path,
        """
        CREATE TABLE section(section_id INTEGER PRIMARY KEY, section_name TEXT NOT NULL);
        CREATE TABLE singer(singer_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
            section_id INTEGER REFERENCES section(section_id), mentor_id INTEGER REFERENCES singer(singer_id),
            email TEXT, joined_date TEXT, subs_paid TEXT);
        CREATE TABLE rehearsal(rehearsal_id INTEGER PRIMARY KEY, rehearsal_date TEXT, venue TEXT,
            duration_mins INTEGER);
        CREATE TABLE attendance(rehearsal_id INTEGER REFERENCES rehearsal(rehearsal_id),
            singer_id INTEGER REFERENCES singer(singer_id), arrived_late INTEGER, PRIMARY KEY(rehearsal_id, singer_id));
        CREATE TABLE piece(piece_id INTEGER PRIMARY KEY, title TEXT NOT NULL, composer TEXT, duration_sec INTEGER,
            language TEXT);
        CREATE TABLE concert(concert_id INTEGER PRIMARY KEY, concert_name TEXT, concert_date TEXT, venue TEXT,
            tickets_sold INTEGER, ticket_price REAL);
        CREATE TABLE concert_piece(concert_id INTEGER REFERENCES concert(concert_id),
            piece_id INTEGER REFERENCES piece(piece_id), running_order INTEGER, PRIMARY KEY(concert_id, piece_id));
    """,
    )
    _ins(c, "section", [(1, "Soprano"), (2, "Alto"), (3, "Tenor"), (4, "Bass")])
    people = _people(r, 46)
    singers = []
    sizes = {1: 13, 2: 12, 3: 7, 4: 9}
    sid = 0
    for sec, n in sizes.items():
        first = sid + 1
        for k in range(n):
            sid += 1
            g, f = people[sid - 1]
            # the first two of each section are long-standing members who mentor the newer ones
            if k < 2:
                mentor = None
                joined = _day(r, D(2012, 1, 1), 2500)
            else:
                mentor = first if (k % 3 != 0 or sec == 3) else first + 1
                if k == n - 1 and sec == 2:
                    mentor = None
                joined = _day(r, D(2020, 1, 1), 1950)
            singers.append(
                (
                    sid,
                    g,
                    f,
                    sec,
                    mentor,
                    None if sid % 6 == 0 else _email(g, f, "choirmail.net"),
                    joined.isoformat(),
                    "N" if sid in (5, 14, 22, 30, 37) else "Y",
                )
            )
    _ins(c, "singer", singers)
    rehearsals = []
    d = D(2024, 1, 9)
    rid = 0
    while d < TODAY:
        if d.month != 8:
            rid += 1
            rehearsals.append(
                (
                    rid,
                    d.isoformat(),
                    "St Aidan's Church" if d.month in (11, 12) else "Community Hall",
                    150 if (d.month in (11, 12) or rid % 10 == 0) else r.choice([90, 105, 120]),
                )
            )
        d += dt.timedelta(days=14)
    _ins(c, "rehearsal", rehearsals)
    att = []
    for reh in rehearsals:
        for s in singers:
            if s[0] == 41:
                continue  # never attended
            joined = s[6]
            if joined > reh[1]:
                continue
            p = 0.3 if s[0] % 5 == 0 else 0.55
            if r.random() < p:
                att.append((reh[0], s[0], 1 if r.random() < 0.1 else 0))
    _ins(c, "attendance", att)
    pieces = [
        (1, "Zadok the Priest", "Handel", 330, "English"),
        (2, "Ave Verum Corpus", "Mozart", 190, "Latin"),
        (3, "The Lamb", "Tavener", 220, "English"),
        (4, "Locus Iste", "Bruckner", 200, "Latin"),
        (5, "Sicut Cervus", "Palestrina", 245, "Latin"),
        (6, "Bogoroditse Devo", "Rachmaninoff", 170, "Church Slavonic"),
        (7, "Hallelujah Chorus", "Handel", 235, "English"),
        (8, "O Magnum Mysterium", "Lauridsen", 380, "Latin"),
        (9, "Sure on This Shining Night", "Barber", 185, "English"),
        (10, "Lux Aurumque", "Whitacre", 240, "Latin"),
        (11, "Abendlied", "Rheinberger", 205, "German"),
        (12, "Cantique de Jean Racine", "Faure", 350, "French"),
        (13, "The Seal Lullaby", "Whitacre", 255, "English"),
        (14, "Bring Him Home", "Schonberg", 210, "English"),
        (15, "Jerusalem", "Parry", 175, "English"),
        (16, "Ubi Caritas", "Durufle", 125, "Latin"),
        (17, "Shenandoah", "Traditional", 260, "English"),
        (18, "Sleep", "Whitacre", 335, "English"),
        (19, "Steal Away", "Tippett", 190, "English"),
        (20, "Il est bel et bon", "Passereau", 95, "French"),
        (21, "Requiem: Pie Jesu", "Rutter", 215, "Latin"),
        (22, "Ode to Joy", "Beethoven", 300, "German"),
        (23, "Song for Athene", "Tavener", 395, "English"),
        (24, "Os Justi", "Bruckner", 270, "Latin"),
    ]
    _ins(c, "piece", pieces)
    concerts = [
        (1, "Spring Serenade", "2024-04-20", "St Aidan's Church", 184, 12.0),
        (2, "Summer Evening Concert", "2024-07-13", "Town Hall", 231, 15.0),
        (3, "Remembrance Reflections", "2024-11-09", "St Aidan's Church", 162, 10.0),
        (4, "Carols by Candlelight", "2024-12-14", "Cathedral Nave", 412, 18.0),
        (5, "Carol Singalong", "2024-12-21", "Market Square", 0, 0.0),
        (6, "Easter Choral Evensong", "2025-04-12", "Cathedral Nave", 296, 14.0),
        (7, "Whitacre & Friends", "2025-05-24", "Town Hall", 258, 16.5),
        (8, "Midsummer Gala", "2025-06-28", "Town Hall", 97, 20.0),
    ]
    _ins(c, "concert", concerts)
    cps = []
    never = {20, 24}
    usable = [p for p in pieces if p[0] not in never]
    for con in concerts:
        n = 5 + con[0] % 4
        for order, p in enumerate(r.sample(usable, n), start=1):
            cps.append((con[0], p[0], order))
    _ins(c, "concert_piece", cps)
    _done(c)


def build_carwash(path: Path) -> None:
    """Abbreviated columns: sites, staff (mgr_id self-reference), pkg, customer and wash."""
    r = random.Random(1205)
    c = _db(
        path,
        """
        CREATE TABLE sites(site_id INTEGER PRIMARY KEY, site_nm TEXT NOT NULL, city TEXT, opened_dt TEXT,
            bay_cnt INTEGER);
        CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, full_nm TEXT NOT NULL,
            site_id INTEGER REFERENCES sites(site_id), mgr_id INTEGER REFERENCES staff(staff_id), role TEXT,
            hourly_amt REAL, start_dt TEXT);
        CREATE TABLE pkg(pkg_id INTEGER PRIMARY KEY, pkg_desc TEXT NOT NULL, price_amt REAL, mins INTEGER,
            incl_wax INTEGER);
        CREATE TABLE customer(cust_id INTEGER PRIMARY KEY, plate_nbr TEXT NOT NULL, cust_nm TEXT, email TEXT,
            member_since TEXT);
        CREATE TABLE wash(wash_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id),
            pkg_id INTEGER REFERENCES pkg(pkg_id), cust_id INTEGER REFERENCES customer(cust_id),
            staff_id INTEGER REFERENCES staff(staff_id), wash_dt TEXT, amt_paid REAL, tip_amt REAL, pay_mthd TEXT);
    """,
    )
    sites = [
        (1, "SparkleWash Riverside", "Bristol", "2016-04-11", 6),
        (2, "SparkleWash Kingswood", "Bristol", "2018-09-01", 4),
        (3, "SparkleWash Bath Road", "Bath", "2020-03-14", 5),
        (4, "SparkleWash Cheltenham", "Cheltenham", "2022-07-20", 3),
        (5, "SparkleWash Filton", "Bristol", "2024-11-02", 4),
    ]
    _ins(c, "sites", sites)
    people = _people(r, 80)
    staff = [(1, "Gwen Holloway", None, None, "Regional Manager", 24.0, "2015-11-01")]
    sid = 1
    for s in sites:
        sid += 1
        mgr = sid
        g, f = people[sid]
        staff.append((sid, f"{g} {f}", s[0], 1, "Site Manager", 17.5 + s[0] * 0.25, s[3]))
        for k in range(2 + s[4] // 2):
            sid += 1
            g, f = people[sid]
            role = "Supervisor" if k == 0 else "Valeter"
            start = max(D.fromisoformat(s[3]), D(2021, 1, 1))
            staff.append(
                (
                    sid,
                    f"{g} {f}",
                    s[0],
                    mgr,
                    role,
                    13.2 if role == "Valeter" else 14.6,
                    _day(r, start, min(900, (TODAY - start).days)).isoformat(),
                )
            )
    _ins(c, "staff", staff)
    pkgs = [
        (1, "Express Exterior", 7.0, 10, 0),
        (2, "Standard Wash", 10.0, 15, 0),
        (3, "Deluxe Wash & Wax", 16.0, 25, 1),
        (4, "Interior Valet", 25.0, 45, 0),
        (5, "Full Valet", 45.0, 90, 1),
        (6, "Ceramic Protect", 79.0, 150, 1),
        (7, "Wheel & Tyre Shine", 6.0, 10, 0),
    ]
    _ins(c, "pkg", pkgs)
    letters = "ABCDEFGHJKLMNOPRSTVWXY"
    custs = []
    for i in range(1, 61):
        g, f = people[20 + i - 1]
        plate = f"{r.choice(letters)}{r.choice(letters)}{r.randint(15, 24)} {''.join(r.sample(letters, 3))}"
        member = None if i % 3 == 0 else _day(r, D(2022, 1, 1), 1200).isoformat()
        custs.append(
            (
                i,
                plate,
                None if i in (13, 44) else f"{g} {f}",
                None if (i % 4 == 0 or i in (13, 44)) else _email(g, f, "outlook.com"),
                member,
            )
        )
    _ins(c, "customer", custs)
    washes = []
    workers = {s[0]: [x[0] for x in staff if x[2] == s[0] and x[4] != "Site Manager"] for s in sites}
    for wid in range(1, 391):
        s = r.choices(sites, weights=[9, 6, 7, 4, 3])[0]
        d0 = _day(r, D(2024, 1, 1), 530) if wid <= 370 else D(2025, 6, 1) + dt.timedelta(days=(wid - 371) % 14)
        if s[0] == 5 and d0 < D(2024, 11, 2):
            s = sites[0]
        p = r.choices(pkgs, weights=[10, 12, 8, 4, 3, 1, 2])[0]
        cust = None if r.random() < 0.3 else r.randint(1, 60)
        if cust in (8, 27, 51):
            cust = None
        paid = p[2] * (0.9 if cust and custs[cust - 1][4] else 1.0)
        tip = None if r.random() < 0.6 else float(r.choice([1, 2, 2, 3, 5]))
        washes.append(
            (
                wid,
                s[0],
                p[0],
                cust,
                r.choice(workers[s[0]]),
                f"{d0.isoformat()} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}",
                round(paid, 2),
                tip,
                r.choices(["card", "cash", "app"], weights=[6, 2, 3])[0],
            )
        )
    _ins(c, "wash", washes)
    _done(c)


def build_streettrees(path: Path) -> None:
    """wards, species, trees, inspections, contractors and work_orders."""
    r = random.Random(1206)
    c = _db(
        path,
        """
        CREATE TABLE wards(ward_id INTEGER PRIMARY KEY, ward_name TEXT NOT NULL, councillor TEXT);
        CREATE TABLE species(species_id INTEGER PRIMARY KEY, common_name TEXT NOT NULL, latin_name TEXT,
            native INTEGER, max_height_m INTEGER);
        CREATE TABLE trees(tree_id INTEGER PRIMARY KEY, species_id INTEGER REFERENCES species(species_id),
            ward_id INTEGER REFERENCES wards(ward_id), street TEXT, planted_date TEXT, dbh_cm INTEGER,
            condition TEXT, removed_date TEXT);
        CREATE TABLE inspections(insp_id INTEGER PRIMARY KEY, tree_id INTEGER REFERENCES trees(tree_id),
            inspector TEXT, insp_date TEXT, condition_code TEXT, notes TEXT);
        CREATE TABLE contractors(contractor_id INTEGER PRIMARY KEY, company TEXT NOT NULL, phone TEXT, email TEXT);
        CREATE TABLE work_orders(wo_id INTEGER PRIMARY KEY, tree_id INTEGER REFERENCES trees(tree_id),
            contractor_id INTEGER REFERENCES contractors(contractor_id), wo_type TEXT, raised_dt TEXT,
            completed_dt TEXT, cost REAL);
    """,
    )
    wards = [
        (1, "Heaton", "Cllr Ruth Addison"),
        (2, "Jesmond", "Cllr Tom Blake"),
        (3, "Byker", "Cllr Amina Shah"),
        (4, "Fenham", "Cllr Paul Dodds"),
        (5, "Gosforth", "Cllr Lena Marsh"),
        (6, "Walker", None),
    ]
    _ins(c, "wards", wards)
    species = [
        (1, "London Plane", "Platanus x acerifolia", 0, 35),
        (2, "English Oak", "Quercus robur", 1, 40),
        (3, "Silver Birch", "Betula pendula", 1, 25),
        (4, "Common Lime", "Tilia x europaea", 1, 35),
        (5, "Rowan", "Sorbus aucuparia", 1, 15),
        (6, "Norway Maple", "Acer platanoides", 0, 25),
        (7, "Wild Cherry", "Prunus avium", 1, 20),
        (8, "Ginkgo", "Ginkgo biloba", 0, 30),
        (9, "Hornbeam", "Carpinus betulus", 1, 25),
        (10, "Field Maple", "Acer campestre", 1, 20),
        (11, "Sweetgum", "Liquidambar styraciflua", 0, 30),
        (12, "Ash", "Fraxinus excelsior", 1, 35),
    ]
    _ins(c, "species", species)
    streets = {
        1: ["Heaton Road", "Chillingham Road", "Cartington Terrace"],
        2: ["Osborne Road", "Acorn Road", "Lily Avenue"],
        3: ["Shields Road", "Raby Street"],
        4: ["Fenham Hall Drive", "Two Ball Lonnen"],
        5: ["Gosforth High Street", "Moor Road North", "Elmfield Road"],
        6: ["Walker Road", "Pottery Bank"],
    }
    trees = []
    sp_w = [9, 5, 8, 7, 6, 5, 6, 2, 4, 4, 2, 3]
    for tid in range(1, 301):
        ward = r.choices([1, 2, 3, 4, 5, 6], weights=[6, 7, 4, 5, 6, 3])[0]
        sp = r.choices(species, weights=sp_w)[0]
        planted = None if r.random() < 0.25 else _day(r, D(1965, 1, 1), 21000)
        age = (TODAY - planted).days / 365 if planted else r.uniform(40, 90)
        dbh = int(min(age * r.uniform(1.2, 2.2), 160)) + 5
        cond = r.choices(["G", "F", "P", "D"], weights=[55, 28, 12, 5])[0]
        if sp[0] == 12 and r.random() < 0.5:
            cond = "D"
        removed = None
        if cond == "D" and r.random() < 0.5:
            removed = _day(r, D(2024, 1, 1), 500).isoformat()
        trees.append(
            (tid, sp[0], ward, r.choice(streets[ward]), planted.isoformat() if planted else None, dbh, cond, removed)
        )
    _ins(c, "trees", trees)
    inspectors = ["J. Fairley", "M. Okafor", "S. Lindqvist", "A. Patel"]
    insps = []
    iid = 0
    for t in trees:
        if t[0] % 11 == 0:
            continue  # never inspected
        for _ in range(r.randint(1, 3)):
            iid += 1
            insps.append(
                (
                    iid,
                    t[0],
                    r.choices(inspectors, weights=[5, 4, 3, 2])[0],
                    _day(r, D(2023, 3, 1), 830).isoformat(),
                    t[6],
                    r.choice(
                        [
                            None,
                            None,
                            "deadwood in crown",
                            "root heave lifting pavement",
                            "fungal bracket at base",
                            "low branch over road",
                            "basal cavity",
                        ]
                    ),
                )
            )
    _ins(c, "inspections", insps)
    contractors = [
        (1, "Canopy Arborists Ltd", "0191 496 0112", "jobs@canopyarb.co.uk"),
        (2, "Tyneside Tree Care", "0191 496 0340", None),
        (3, "Northern Stump Grinding", "0191 496 0871", "info@nsgrind.co.uk"),
        (4, "GreenLeaf Landscapes", "0191 496 0555", "office@greenleaf.co.uk"),
    ]
    _ins(c, "contractors", contractors)
    wos = []
    cost_base = {"PRUNE": 320, "FELL": 950, "STUMP": 180, "PLANT": 260}
    for wid in range(1, 181):
        t = r.choice(trees)
        typ = (
            "FELL" if t[6] == "D" and r.random() < 0.7 else r.choices(["PRUNE", "STUMP", "PLANT"], weights=[7, 2, 2])[0]
        )
        raised = _day(r, D(2023, 6, 1), 740)
        con = (
            None if (raised > D(2025, 4, 1) and r.random() < 0.6) else r.choices([1, 2, 3, 4], weights=[5, 4, 2, 3])[0]
        )
        if typ == "STUMP" and con is not None:
            con = 3
        done = (
            None
            if con is None or (raised > D(2025, 2, 1) and r.random() < 0.5)
            else raised + dt.timedelta(days=r.randint(3, 80))
        )
        if done and done > TODAY:
            done = None
        wos.append(
            (
                wid,
                t[0],
                con,
                typ,
                raised.isoformat(),
                done.isoformat() if done else None,
                round(cost_base[typ] * r.uniform(0.7, 1.5), 2),
            )
        )
    _ins(c, "work_orders", wos)
    _done(c)


BUILDERS = {
    "dogwalk": build_dogwalk,
    "greenmarket": build_greenmarket,
    "weddings": build_weddings,
    "choir": build_choir,
    "carwash": build_carwash,
    "streettrees": build_streettrees,
}
