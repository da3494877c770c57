"""Deterministic SQLite databases for a fifteenth blind NL→SQL evaluation.

Six everyday schemas named the way production databases end up after years of different hands:
conventions mixed inside one database, reserved words and generic names as identifiers, singular and
plural tables side by side, foreign keys named every which way and booleans stored several ways.

* ``radio``: a local radio station: ``"user"`` (staff and presenters, ``active`` Y/N, a ``mentor_id``
  self-reference, a NULL ``email`` for some), ``Show`` in camelCase (``hostId``, ``isLive`` 'true'/'false'),
  the legacy ``trk`` catalogue (``ttl``, ``artist_nm``, ``dur_s``, ``explicit_flg`` 0/1), ``"event"`` (one
  row per track played: ``showId``, ``trk``, ``"date"``, ``requested`` yes/no, a mostly NULL ``"data"``)
  and ``ad_spots`` (``sponsor``, ``"value"``, ``show`` as the key to ``Show``, a mostly NULL ``notes``).
* ``foodtruck``: a food-truck business: ``truck`` (``active`` 0/1), ``Locations`` (``LocationID``,
  ``LocName``, ``permit_fee``), ``menuItem`` (``truckId``, ``"type"`` main/side/drink/dessert, ``vegan``
  Y/N, a mostly NULL ``flag``), ``shift`` (one trading day of a truck at a location: ``truck_id``,
  ``location``, ``"date"``, ``weather``), ``"order"`` (``shift_id``, ``pay_method``, ``total``, a NULL
  ``tip`` when none) and the many-to-many link ``order_line`` (``order_id``, ``itemId``, ``qty``).
* ``boardcafe``: a board-game café: ``game`` (``"kind"``, ``play_mins``, ``copies``, ``retired`` yes/no),
  ``Members`` (``MemberID``, ``FullName``, ``JoinDate``, a NULL ``tier`` for pay-as-you-go,
  ``newsletter`` 'true'/'false'), the legacy ``tbl`` (``tbl_no``, ``seats``, ``zone``), ``booking``
  (``owner`` is the member, ``"date"``, ``party_size``, ``"status"``, a NULL ``spend`` unless completed),
  the link table ``booking_game`` (``bookingId``, ``gameId``) and ``"group"`` (clubs, ``created_by``).
* ``tattoo``: a tattoo studio: ``artist`` (``specialty``, ``hourly_rate``, ``on_leave`` Y/N, a
  ``lead_artist`` self-reference), ``Client`` (``ClientId``, ``firstName``, ``lastName``, a mostly NULL
  ``allergy_notes``), ``appt`` (``clientId``, ``artist``, ``"date"``, ``hours``, ``"status"``,
  ``deposit_paid`` 0/1, ``"value"``), ``design`` (``appt_id``, ``placement``, ``"style"``, ``colour``
  yes/no) and ``"item"`` (studio supplies: ``"code"``, ``"name"``, ``stock``, ``reorder`` 'true'/'false').
* ``swimschool``: a swim school: ``coach`` (``reportsTo`` self-reference, ``cert``), ``lvl``
  (``lvl_cd`` like 'STG3', ``lvl_desc``, ``min_age``), ``Class`` (``classId``, ``lvl_cd``, ``coachId``,
  ``weekday``, ``"time"``, ``pool``, ``capacity``), ``pupil`` (``guardian_email`` NULL for some,
  ``medical_flag`` Y/N), ``enrolment`` (``pupil_id``, ``classId``, ``term``, ``fee_paid`` yes/no) and
  ``assessment`` (``pupil``, ``lvl_cd``, ``"date"``, ``passed`` 'true'/'false', a mostly NULL ``notes``).
* ``printshop``: a print shop: ``Customers`` (``cust_id``, ``"name"``, ``"type"``
  business/individual/school, ``acct`` yes/no, ``credit_limit``), ``Job`` (``JobID``, ``owner`` is the
  customer, ``received``, ``due``, ``"status"``, ``rush`` 0/1, a NULL ``done_on`` while open),
  ``product`` (``"code"`` text key, ``discontinued`` Y/N), ``stock`` (paper: ``gsm``, ``sheets``),
  ``press`` (``"kind"`` digital/offset/wide) and ``"item"`` (job lines: ``job``, ``prod_code``,
  ``stock_id``, ``pressId``, ``qty``, ``unit_price``).

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
    "Adaeze", "Bram", "Cosima", "Dorian", "Elodie", "Fintan", "Greta", "Hugo", "Isla", "Joaquin",
    "Kalani", "Leopold", "Mireille", "Nils", "Ottilie", "Pavel", "Rosalind", "Soren", "Thea", "Ulric",
    "Valentina", "Wendell", "Xanthe", "Yusuf",
]  # fmt: skip
FAMILY = [
    "Abernethy", "Blackwood", "Castellano", "Drummond", "Eriksen", "Fairweather", "Gallagher", "Hartigan",
    "Iwasaki", "Jovanovic", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Pemberton",
    "Quintero", "Ravensworth", "Szabo", "Thorne", "Underhill", "Valdez", "Whitlock", "Zielinski",
]  # fmt: skip
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_radio(path: Path) -> None:
    """user (mentor_id self-reference), Show, trk, event (plays) and ad_spots."""
    r = random.Random(1501)
    c = _db(
        path,
        """
        CREATE TABLE "user"(id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT, email TEXT, active TEXT,
            mentor_id INTEGER REFERENCES "user"(id), joined TEXT);
        CREATE TABLE Show(showId INTEGER PRIMARY KEY, title TEXT NOT NULL, hostId INTEGER REFERENCES "user"(id),
            dayOfWeek TEXT, startTime TEXT, genre TEXT, isLive TEXT);
        CREATE TABLE trk(trk_id INTEGER PRIMARY KEY, ttl TEXT NOT NULL, artist_nm TEXT, yr INTEGER, dur_s INTEGER,
            genre TEXT, explicit_flg INTEGER);
        CREATE TABLE "event"(id INTEGER PRIMARY KEY, showId INTEGER REFERENCES Show(showId),
            trk INTEGER REFERENCES trk(trk_id), "date" TEXT, slot INTEGER, requested TEXT, "data" TEXT);
        CREATE TABLE ad_spots(id INTEGER PRIMARY KEY, sponsor TEXT, show INTEGER REFERENCES Show(showId),
            "value" REAL, aired_on TEXT, notes TEXT);
    """,
    )
    people = _people(r, 20)
    roles = ["presenter"] * 9 + ["producer"] * 4 + ["engineer"] * 3 + ["volunteer"] * 4
    users = []
    for i in range(1, 21):
        g, f = people[i - 1]
        mentor = None if i <= 4 else [1, 2, 3, 4, 1, 2, 1, 3][i % 8]
        users.append(
            (
                i,
                f"{g} {f}",
                roles[i - 1],
                None if i in (6, 11, 17) else f"{g.lower()}@riverside.fm",
                "N" if i in (9, 15, 19) else "Y",
                mentor,
                _day(r, D(2018, 1, 1), 2500).isoformat(),
            )
        )
    _ins(c, "user", users)
    shows = [
        (1, "Breakfast Brew", 1, "Mon", "07:00", "pop", "true"),
        (2, "Lunchtime Lounge", 2, "Tue", "12:00", "jazz", "true"),
        (3, "Night Owls", 3, "Fri", "22:00", "electronic", "true"),
        (4, "Folk Roots", 4, "Sun", "10:00", "folk", "false"),
        (5, "Indie Hour", 5, "Wed", "19:00", "indie", "true"),
        (6, "Soul Kitchen", 6, "Sat", "18:00", "soul", "true"),
        (7, "Classic Cuts", 7, "Thu", "14:00", "rock", "false"),
        (8, "Weekend Warm-Up", 1, "Sat", "09:00", "pop", "true"),
        (9, "Blue Notes", 8, "Sun", "20:00", "jazz", "false"),
    ]
    _ins(c, "Show", shows)
    artists = {
        "pop": ["Maya Lark", "The Paper Kites", "Jonah Vale", "Silver Coast"],
        "jazz": ["Ruth Calloway Trio", "Blue Lantern Quartet", "Emile Dufour"],
        "electronic": ["Neon Tide", "Kilowatt Sisters", "Orbital Drift"],
        "folk": ["Hollow Pines", "Agnes Rowe", "The Driftwood Band"],
        "indie": ["Fern & Figure", "Static Gardens", "Low Tide Club"],
        "soul": ["Della Monroe", "The Velvet Hours", "Marcus Greene"],
        "rock": ["Iron Meadow", "The Rattlers", "Granite Sky"],
    }
    words1 = ["Midnight", "Golden", "Paper", "Electric", "Quiet", "Broken", "Summer", "Northern", "Velvet", "Wild",
              "Silver", "Lonely", "Burning", "Distant", "Hidden"]  # fmt: skip
    words2 = ["River", "Heart", "Highway", "Garden", "Signal", "Morning", "Window", "Harbour", "Echo", "Parade",
              "Lights", "Letters", "Weather", "Stars", "Season"]  # fmt: skip
    titles = [f"{a} {b}" for a in words1 for b in words2]
    r.shuffle(titles)
    trks = []
    for i in range(1, 161):
        genre = r.choices(list(artists), weights=[6, 3, 3, 2, 4, 3, 3])[0]
        trks.append(
            (
                i,
                titles[i - 1],
                r.choice(artists[genre]),
                r.randint(1968, 2025) if genre in ("rock", "soul", "jazz") else r.randint(2005, 2025),
                r.randint(150, 420) if genre != "electronic" else r.randint(240, 560),
                genre,
                1 if (genre in ("electronic", "indie", "rock") and r.random() < 0.18) else 0,
            )
        )
    trks[41] = (42, "Seaside Postcards", "Maya Lark", 2024, 214, "pop", 0)
    _ins(c, "trk", trks)
    by_genre: dict[str, list[int]] = {}
    for t in trks:
        by_genre.setdefault(t[5], []).append(t[0])
    events = []
    eid = 0
    for _ in range(58):
        s = r.choices(shows, weights=[9, 5, 5, 3, 6, 4, 4, 5, 3])[0]
        d = _day(r, D(2024, 9, 1), 285).isoformat()
        for slot in range(1, r.randint(5, 9)):
            eid += 1
            pool = by_genre[s[5]] if r.random() < 0.8 else [t[0] for t in trks]
            tid = 42 if (s[0] in (1, 8) and slot == 2) else r.choice(pool)
            req = "yes" if r.random() < 0.12 else "no"
            data = '{"source":"phone-in"}' if req == "yes" and r.random() < 0.5 else None
            events.append((eid, s[0], tid, d, slot, req, data))
    _ins(c, "event", events)
    sponsors = ["Hartley's Hardware", "Riverside Bakery", "Glen Motors", "Oak & Vine Wines", "Sunnyside Dental",
                "Bridge St Books"]  # fmt: skip
    ads = []
    for i in range(1, 121):
        sp = r.choices(sponsors, weights=[6, 5, 4, 3, 2, 1])[0]
        ads.append(
            (
                i,
                sp,
                r.choices([s[0] for s in shows], weights=[9, 5, 3, 2, 5, 4, 3, 6, 2])[0],
                r.choice([25.0, 40.0, 40.0, 60.0, 75.0, 90.0]),
                _day(r, D(2024, 1, 1), 530).isoformat(),
                "makegood for missed spot" if i % 23 == 0 else None,
            )
        )
    _ins(c, "ad_spots", ads)
    _done(c)


def build_foodtruck(path: Path) -> None:
    """truck, Locations, menuItem, shift, order and the order_line link table."""
    r = random.Random(1502)
    c = _db(
        path,
        """
        CREATE TABLE truck(id INTEGER PRIMARY KEY, name TEXT NOT NULL, cuisine TEXT, plate TEXT, active INTEGER,
            bought_on TEXT);
        CREATE TABLE Locations(LocationID INTEGER PRIMARY KEY, LocName TEXT NOT NULL, area TEXT, permit_fee REAL,
            notes TEXT);
        CREATE TABLE menuItem(itemId INTEGER PRIMARY KEY, truckId INTEGER REFERENCES truck(id), name TEXT NOT NULL,
            price REAL, "type" TEXT, vegan TEXT, flag TEXT);
        CREATE TABLE shift(id INTEGER PRIMARY KEY, truck_id INTEGER REFERENCES truck(id),
            location INTEGER REFERENCES Locations(LocationID), "date" TEXT, weather TEXT, staff_cnt INTEGER);
        CREATE TABLE "order"(id INTEGER PRIMARY KEY, shift_id INTEGER REFERENCES shift(id), "time" TEXT,
            pay_method TEXT, total REAL, tip REAL);
        CREATE TABLE order_line(order_id INTEGER REFERENCES "order"(id), itemId INTEGER REFERENCES menuItem(itemId),
            qty INTEGER, PRIMARY KEY(order_id, itemId));
    """,
    )
    trucks = [
        (1, "Taco Loco", "Mexican", "TL19 XCR", 1, "2021-04-12"),
        (2, "Seoul Food", "Korean", "SF20 KBB", 1, "2022-03-01"),
        (3, "The Rolling Crust", "Pizza", "RC18 PZA", 1, "2020-08-20"),
        (4, "Curry On Wheels", "Indian", "CW21 DAL", 1, "2023-02-14"),
        (5, "Bun Voyage", "Burgers", "BV17 BRG", 0, "2019-05-30"),
    ]
    _ins(c, "truck", trucks)
    locs = [
        (1, "Harbour Square", "waterfront", 45.0, None),
        (2, "Tech Park Plaza", "business park", 60.0, "weekdays only"),
        (3, "University Green", "campus", 30.0, None),
        (4, "Central Station Forecourt", "city centre", 80.0, None),
        (5, "Riverside Market", "waterfront", 50.0, "Saturdays, arrive by 9"),
        (6, "Fairground Field", "park", 25.0, None),
    ]
    _ins(c, "Locations", locs)
    menu_src = {
        1: [("Carnitas Taco", 4.5, "main", "N"), ("Jackfruit Taco", 4.5, "main", "Y"), ("Burrito Grande", 9.0, "main", "N"),
            ("Elote", 3.5, "side", "N"), ("Horchata", 3.0, "drink", "Y"), ("Churros", 4.0, "dessert", "N")],
        2: [("Bulgogi Bowl", 10.5, "main", "N"), ("Tofu Bibimbap", 9.5, "main", "Y"), ("Korean Fried Chicken", 11.0, "main", "N"),
            ("Kimchi Fries", 5.0, "side", "N"), ("Yuzu Soda", 3.0, "drink", "Y")],
        3: [("Margherita", 8.0, "main", "N"), ("Pepperoni", 9.5, "main", "N"), ("Vegan Funghi", 9.0, "main", "Y"),
            ("Garlic Knots", 4.0, "side", "N"), ("Lemonade", 2.5, "drink", "Y"), ("Nutella Calzone", 5.5, "dessert", "N")],
        4: [("Chicken Tikka Wrap", 8.5, "main", "N"), ("Chana Masala", 7.5, "main", "Y"), ("Lamb Rogan Josh", 10.0, "main", "N"),
            ("Samosa Trio", 4.5, "side", "Y"), ("Mango Lassi", 3.5, "drink", "N")],
        5: [("Classic Smash Burger", 10.0, "main", "N"), ("Halloumi Burger", 9.5, "main", "N"), ("Skin-on Fries", 3.5, "side", "Y"),
            ("Chocolate Shake", 4.5, "drink", "N")],
    }  # fmt: skip
    flags = {"Korean Fried Chicken": "bestseller", "Jackfruit Taco": "new", "Nutella Calzone": "seasonal",
             "Lamb Rogan Josh": "new"}  # fmt: skip
    menu = []
    iid = 0
    for tid, items in menu_src.items():
        for name, price, typ, vegan in items:
            iid += 1
            menu.append((iid, tid, name, price, typ, vegan, flags.get(name)))
    _ins(c, "menuItem", menu)
    items_of: dict[int, list[tuple]] = {}
    for m in menu:
        items_of.setdefault(m[1], []).append(m)
    shifts = []
    dates = [D(2024, 3, 1) + dt.timedelta(days=k) for k in range(0, 460)]
    r.shuffle(dates)
    for sid, d in enumerate(sorted(dates[:70]), start=1):
        tid = r.choices([1, 2, 3, 4, 5], weights=[6, 5, 5, 4, 1 if d < D(2024, 9, 1) else 0])[0]
        if tid == 5 and d >= D(2024, 9, 1):
            tid = 1
        loc = r.choices([1, 2, 3, 4, 5, 6], weights=[5, 4, 3, 4, 3, 1])[0]
        shifts.append(
            (sid, tid, loc, d.isoformat(), r.choice(["sunny", "sunny", "cloudy", "rain", "windy"]), r.choice([2, 2, 3]))
        )
    _ins(c, "shift", shifts)
    orders, lines = [], []
    oid = 0
    for s in shifts:
        for _ in range(r.randint(3, 8)):
            oid += 1
            picks = r.sample(items_of[s[1]], r.randint(1, 3))
            total = 0.0
            for m in picks:
                q = r.choices([1, 2, 3], weights=[6, 3, 1])[0]
                lines.append((oid, m[0], q))
                total += q * m[3]
            pay = r.choices(["card", "cash", "mobile"], weights=[6, 3, 2])[0]
            tip = None if r.random() < 0.6 else r.choice([0.5, 1.0, 1.0, 2.0, 3.0])
            orders.append((oid, s[0], f"{r.randint(11, 20):02d}:{r.randrange(60):02d}", pay, round(total, 2), tip))
    _ins(c, "order", orders)
    _ins(c, "order_line", lines)
    _done(c)


def build_boardcafe(path: Path) -> None:
    """game, Members, tbl, booking, the booking_game link table and group."""
    r = random.Random(1503)
    c = _db(
        path,
        """
        CREATE TABLE game(game_id INTEGER PRIMARY KEY, title TEXT NOT NULL, publisher TEXT, min_players INTEGER,
            max_players INTEGER, play_mins INTEGER, "kind" TEXT, copies INTEGER, retired TEXT);
        CREATE TABLE Members(MemberID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Email TEXT, JoinDate TEXT,
            tier TEXT, newsletter TEXT);
        CREATE TABLE tbl(tbl_no INTEGER PRIMARY KEY, seats INTEGER, zone TEXT);
        CREATE TABLE booking(id INTEGER PRIMARY KEY, owner INTEGER REFERENCES Members(MemberID),
            tbl_no INTEGER REFERENCES tbl(tbl_no), "date" TEXT, party_size INTEGER, "status" TEXT, spend REAL);
        CREATE TABLE booking_game(bookingId INTEGER REFERENCES booking(id), gameId INTEGER REFERENCES game(game_id),
            PRIMARY KEY(bookingId, gameId));
        CREATE TABLE "group"(id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_by INTEGER REFERENCES Members(MemberID),
            meets TEXT, "type" TEXT);
    """,
    )
    games = [
        ("Catan", "Kosmos", 3, 4, 75, "strategy", 3), ("Ticket to Ride", "Days of Wonder", 2, 5, 60, "family", 3),
        ("Pandemic", "Z-Man", 2, 4, 45, "coop", 2), ("Codenames", "CGE", 4, 8, 15, "party", 4),
        ("Wingspan", "Stonemaier", 1, 5, 70, "strategy", 2), ("Azul", "Plan B", 2, 4, 40, "family", 2),
        ("Dixit", "Libellud", 3, 6, 30, "party", 2), ("Terraforming Mars", "FryxGames", 1, 5, 120, "strategy", 1),
        ("Carcassonne", "Z-Man", 2, 5, 35, "family", 3), ("Spirit Island", "Greater Than Games", 1, 4, 120, "coop", 1),
        ("Splendor", "Space Cowboys", 2, 4, 30, "family", 2), ("Wavelength", "CMYK", 2, 12, 30, "party", 1),
        ("The Crew", "Kosmos", 2, 5, 20, "coop", 2), ("Scythe", "Stonemaier", 1, 5, 115, "strategy", 1),
        ("Just One", "Repos", 3, 7, 20, "party", 2), ("Gloomhaven", "Cephalofair", 1, 4, 150, "coop", 1),
        ("Kingdomino", "Blue Orange", 2, 4, 15, "family", 2), ("7 Wonders", "Repos", 3, 7, 30, "strategy", 2),
        ("Hanabi", "R&R Games", 2, 5, 25, "coop", 1), ("Monopoly Deal", "Hasbro", 2, 5, 15, "party", 1),
        ("Risk", "Hasbro", 2, 6, 180, "strategy", 1), ("Jenga", "Hasbro", 1, 8, 20, "party", 2),
    ]  # fmt: skip
    _ins(
        c,
        "game",
        [(i, *g, "yes" if g[0] in ("Risk", "Monopoly Deal", "Jenga") else "no") for i, g in enumerate(games, start=1)],
    )
    people = _people(r, 60)
    members = []
    for i in range(1, 61):
        g, f = people[i - 1]
        members.append(
            (
                i,
                f"{g} {f}",
                None if i % 9 == 0 else f"{g.lower()}{i}@example.net",
                _day(r, D(2023, 1, 1), 880).isoformat(),
                r.choices([None, "silver", "gold"], weights=[5, 3, 2])[0],
                r.choice(["true", "false"]),
            )
        )
    _ins(c, "Members", members)
    tables = [
        (1, 2, "window"),
        (2, 2, "window"),
        (3, 4, "main floor"),
        (4, 4, "main floor"),
        (5, 4, "main floor"),
        (6, 6, "back room"),
        (7, 6, "back room"),
        (8, 8, "back room"),
        (9, 4, "mezzanine"),
        (10, 4, "mezzanine"),
    ]
    _ins(c, "tbl", tables)
    bookings, links = [], []
    for bid in range(1, 261):
        t = r.choice(tables)
        d = _day(r, D(2024, 1, 1), 560 if bid < 240 else 530)
        if bid >= 250:
            d = TODAY + dt.timedelta(days=bid - 248)
        party = r.randint(max(1, t[1] - 3), t[1])
        status = "confirmed" if d > TODAY else r.choices(["completed", "cancelled", "no-show"], weights=[16, 3, 1])[0]
        spend = round(party * r.uniform(6, 16), 2) if status == "completed" else None
        owner = r.choices(range(1, 61), weights=[4 if m in (7, 13, 21) else 1 for m in range(1, 61)])[0]
        bookings.append((bid, owner, t[0], d.isoformat(), party, status, spend))
        if status in ("completed", "confirmed"):
            for gid in r.sample(range(1, 23), r.choice([1, 1, 2, 2, 3])):
                links.append((bid, gid))
    bookings[99] = (100, 7, 8, "2025-03-08", 8, "completed", 151.2)
    _ins(c, "booking", bookings)
    _ins(c, "booking_game", [lk for lk in links if lk[0] != 100] + [(100, 4), (100, 12), (100, 15)])
    groups = [
        (1, "Tuesday Strategists", 7, "Tue", "strategy"),
        (2, "Co-op Crew", 13, "Thu", "coop"),
        (3, "Family Sundays", 21, "Sun", "family"),
        (4, "Party Night", 7, "Fri", "party"),
        (5, "Euro Lovers", 30, "Wed", None),
    ]
    _ins(c, "group", groups)
    _done(c)


def build_tattoo(path: Path) -> None:
    """artist (lead_artist self-reference), Client, appt, design and item (supplies)."""
    r = random.Random(1504)
    c = _db(
        path,
        """
        CREATE TABLE artist(id INTEGER PRIMARY KEY, name TEXT NOT NULL, specialty TEXT, hourly_rate REAL,
            started TEXT, lead_artist INTEGER REFERENCES artist(id), on_leave TEXT);
        CREATE TABLE Client(ClientId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, dob TEXT, phone TEXT,
            allergy_notes TEXT);
        CREATE TABLE appt(appt_id INTEGER PRIMARY KEY, clientId INTEGER REFERENCES Client(ClientId),
            artist INTEGER REFERENCES artist(id), "date" TEXT, hours REAL, "status" TEXT, deposit_paid INTEGER,
            "value" REAL);
        CREATE TABLE design(id INTEGER PRIMARY KEY, appt_id INTEGER REFERENCES appt(appt_id), placement TEXT,
            "style" TEXT, colour TEXT, size_cm INTEGER);
        CREATE TABLE "item"(id INTEGER PRIMARY KEY, "code" TEXT, "name" TEXT, stock INTEGER, unit_cost REAL,
            reorder TEXT);
    """,
    )
    artists = [
        (1, "Raven Castellano", "blackwork", 140.0, "2015-03-01", None, "N"),
        (2, "Milo Hartigan", "traditional", 120.0, "2017-06-15", None, "N"),
        (3, "Suki Nakamura", "japanese", 150.0, "2019-09-01", 1, "N"),
        (4, "Dex Whitlock", "realism", 130.0, "2020-02-10", 1, "Y"),
        (5, "Lena Moreau", "fine line", 110.0, "2021-05-20", 2, "N"),
        (6, "Tomasz Kowalczyk", "traditional", 100.0, "2022-11-01", 2, "N"),
        (7, "Ivy Thorne", "watercolour", 95.0, "2024-01-08", 5, "N"),
    ]
    _ins(c, "artist", artists)
    people = _people(r, 90)
    allergies = ["latex", "nickel", "red pigment", "lidocaine"]
    clients = []
    for i in range(1, 91):
        g, f = people[i - 1]
        clients.append(
            (
                i,
                g,
                f,
                _day(r, D(1970, 1, 1), 12500).isoformat(),
                f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                allergies[i % 4] if i % 13 == 0 else None,
            )
        )
    _ins(c, "Client", clients)
    appts, designs = [], []
    did = 0
    styles = {1: "blackwork", 2: "traditional", 3: "japanese", 4: "realism", 5: "fine line", 6: "traditional",
              7: "watercolour"}  # fmt: skip
    placements = ["forearm", "upper arm", "back", "calf", "ankle", "wrist", "shoulder", "ribs", "thigh"]
    for aid in range(1, 301):
        art = r.choices(artists, weights=[6, 6, 5, 3, 5, 4, 2])[0]
        d = _day(r, D(2023, 6, 1) if art[0] != 7 else D(2024, 1, 10), 780 if art[0] != 7 else 520)
        if art[0] == 4 and d > D(2025, 3, 1):
            d = d - dt.timedelta(days=200)
        if aid > 285:
            d = TODAY + dt.timedelta(days=aid - 284)
        hours = r.choice([1.0, 1.5, 2.0, 2.0, 3.0, 4.0, 5.0, 6.0])
        status = "booked" if d > TODAY else r.choices(["done", "cancelled", "no_show"], weights=[17, 2, 1])[0]
        val = round(hours * art[3], 2)
        appts.append((aid, r.randint(1, 90), art[0], d.isoformat(), hours, status, 1 if r.random() < 0.8 else 0, val))
        if status in ("done", "booked"):
            did += 1
            designs.append(
                (
                    did,
                    aid,
                    r.choice(placements),
                    styles[art[0]],
                    "yes" if art[0] in (3, 7) or r.random() < 0.3 else "no",
                    int(hours * r.randint(4, 8)),
                )
            )
    _ins(c, "appt", appts)
    _ins(c, "design", designs)
    items = [
        (1, "NDL-3RL", "3RL liner needles (box 50)", 12, 18.5, "false"),
        (2, "NDL-9RM", "9RM magnum needles (box 50)", 4, 21.0, "true"),
        (3, "INK-BLK", "Lining black ink 8oz", 6, 24.0, "false"),
        (4, "INK-RED", "Bright red ink 1oz", 2, 9.5, "true"),
        (5, "GLV-M", "Nitrile gloves M (box 100)", 9, 7.8, "false"),
        (6, "GLV-L", "Nitrile gloves L (box 100)", 3, 7.8, "true"),
        (7, "FLM-WRP", "Second-skin film roll", 5, 32.0, "false"),
        (8, "STN-PPR", "Stencil transfer paper (100)", 1, 45.0, "true"),
        (9, "BAL-AFT", "Aftercare balm 50ml", 40, 3.2, "false"),
        (10, "CUP-S", "Ink caps small (1000)", 7, 6.5, "false"),
    ]
    _ins(c, "item", items)
    _done(c)


def build_swimschool(path: Path) -> None:
    """coach (reportsTo self-reference), lvl, Class, pupil, enrolment and assessment."""
    r = random.Random(1505)
    c = _db(
        path,
        """
        CREATE TABLE coach(id INTEGER PRIMARY KEY, name TEXT NOT NULL, cert TEXT, reportsTo INTEGER REFERENCES coach(id),
            phone TEXT);
        CREATE TABLE lvl(lvl_cd TEXT PRIMARY KEY, lvl_desc TEXT, min_age INTEGER);
        CREATE TABLE Class(classId INTEGER PRIMARY KEY, lvl_cd TEXT REFERENCES lvl(lvl_cd),
            coachId INTEGER REFERENCES coach(id), weekday TEXT, "time" TEXT, pool TEXT, capacity INTEGER);
        CREATE TABLE pupil(pupil_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, birth_date TEXT,
            guardian_email TEXT, medical_flag TEXT);
        CREATE TABLE enrolment(pupil_id INTEGER REFERENCES pupil(pupil_id), classId INTEGER REFERENCES Class(classId),
            term TEXT, fee_paid TEXT, PRIMARY KEY(pupil_id, classId, term));
        CREATE TABLE assessment(id INTEGER PRIMARY KEY, pupil INTEGER REFERENCES pupil(pupil_id),
            lvl_cd TEXT REFERENCES lvl(lvl_cd), "date" TEXT, passed TEXT, notes TEXT);
    """,
    )
    coaches = [
        (1, "Harriet Fairweather", "Level 3", None, "0161 555 0101"),
        (2, "Owen Drummond", "Level 2", 1, "0161 555 0102"),
        (3, "Priya Valdez", "Level 2", 1, None),
        (4, "Callum Eriksen", "Level 1", 2, "0161 555 0104"),
        (5, "Jess Underhill", "Level 1", 2, "0161 555 0105"),
        (6, "Nadia Szabo", "Level 1", 3, None),
        (7, "Toby Pemberton", "Assistant", 4, "0161 555 0107"),
    ]
    _ins(c, "coach", coaches)
    lvls = [
        ("DUCK", "Ducklings (parent and baby)", 0), ("STG1", "Stage 1 - water confidence", 4),
        ("STG2", "Stage 2 - floating and kicking", 5), ("STG3", "Stage 3 - front crawl basics", 6),
        ("STG4", "Stage 4 - backstroke and breaststroke", 7), ("STG5", "Stage 5 - 25m any stroke", 8),
        ("SQD", "Junior squad", 9),
    ]  # fmt: skip
    _ins(c, "lvl", lvls)
    classes = [
        (1, "DUCK", 6, "Mon", "10:00", "teaching pool", 8), (2, "STG1", 4, "Mon", "16:00", "teaching pool", 8),
        (3, "STG1", 5, "Wed", "16:00", "teaching pool", 8), (4, "STG2", 4, "Tue", "16:30", "teaching pool", 8),
        (5, "STG2", 7, "Sat", "09:00", "teaching pool", 10), (6, "STG3", 2, "Tue", "17:00", "main pool", 10),
        (7, "STG3", 5, "Thu", "17:00", "main pool", 10), (8, "STG4", 3, "Wed", "17:30", "main pool", 10),
        (9, "STG4", 6, "Sat", "10:00", "main pool", 12), (10, "STG5", 3, "Thu", "18:00", "main pool", 12),
        (11, "SQD", 1, "Fri", "18:00", "main pool", 14), (12, "SQD", 1, "Sun", "08:00", "main pool", 14),
    ]  # fmt: skip
    _ins(c, "Class", classes)
    people = _people(r, 140)
    pupils = []
    for i in range(1, 141):
        g, f = people[i - 1]
        pupils.append(
            (
                i,
                g,
                f,
                _day(r, D(2012, 1, 1), 4500).isoformat(),
                None if i % 8 == 0 else f"{f.lower()}.family{i}@mail.com",
                "Y" if i % 11 == 0 else "N",
            )
        )
    _ins(c, "pupil", pupils)
    order = [lv[0] for lv in lvls]
    terms = ["2024-T1", "2024-T2", "2024-T3", "2025-T1", "2025-T2"]
    enrol, assess = [], []
    aid = 0
    term_end = {"2024-T1": D(2024, 3, 28), "2024-T2": D(2024, 7, 19), "2024-T3": D(2024, 12, 13),
                "2025-T1": D(2025, 4, 4), "2025-T2": D(2025, 7, 18)}  # fmt: skip
    for p in pupils:
        li = r.randint(0, 6)
        start = r.randint(0, 4)
        for term in terms[start:]:
            if r.random() < 0.15:
                break
            cls = r.choice([cl for cl in classes if cl[1] == order[li]])
            paid = "no" if (term == "2025-T2" and r.random() < 0.2) or r.random() < 0.03 else "yes"
            enrol.append((p[0], cls[0], term, paid))
            end = term_end[term]
            if end <= TODAY and order[li] != "DUCK":
                aid += 1
                ok = r.random() < 0.65
                assess.append(
                    (
                        aid,
                        p[0],
                        order[li],
                        (end - dt.timedelta(days=r.randint(0, 6))).isoformat(),
                        "true" if ok else "false",
                        None
                        if ok or r.random() < 0.6
                        else r.choice(["needs work on breathing", "nervous in deep end", "kick too weak"]),
                    )
                )
                if ok and li < 6:
                    li += 1
    _ins(c, "enrolment", enrol)
    _ins(c, "assessment", assess)
    _done(c)


def build_printshop(path: Path) -> None:
    """Customers, Job, product, stock, press and item (job lines)."""
    r = random.Random(1506)
    c = _db(
        path,
        """
        CREATE TABLE Customers(cust_id INTEGER PRIMARY KEY, "name" TEXT NOT NULL, "type" TEXT, city TEXT, acct TEXT,
            credit_limit REAL, email TEXT);
        CREATE TABLE Job(JobID INTEGER PRIMARY KEY, owner INTEGER REFERENCES Customers(cust_id), received TEXT,
            due TEXT, "status" TEXT, rush INTEGER, done_on TEXT, notes TEXT);
        CREATE TABLE product("code" TEXT PRIMARY KEY, "name" TEXT NOT NULL, category TEXT, base_price REAL,
            discontinued TEXT);
        CREATE TABLE stock(stock_id INTEGER PRIMARY KEY, "name" TEXT, gsm INTEGER, sheets INTEGER, supplier TEXT);
        CREATE TABLE press(id INTEGER PRIMARY KEY, model TEXT, "kind" TEXT, installed TEXT, "data" TEXT);
        CREATE TABLE "item"(id INTEGER PRIMARY KEY, job INTEGER REFERENCES Job(JobID),
            prod_code TEXT REFERENCES product("code"), stock_id INTEGER REFERENCES stock(stock_id),
            pressId INTEGER REFERENCES press(id), qty INTEGER, unit_price REAL);
    """,
    )
    firms = ["Alder & Co Solicitors", "Brightside Primary School", "Copperpot Cafe", "Dunmore Estate Agents",
             "Elm Street Dental", "Foxglove Florists", "Greyfriars Academy", "Harbourview Hotel", "Ironbridge Gym",
             "Juniper Yoga", "Kestrel Architects", "Larkspur Theatre", "Millbrook Parish Council", "Northgate Motors",
             "Orchard Lane Vets", "Pinecrest Brewery", "Quarry Hill School", "Rowan Tree Nursery"]  # fmt: skip
    cities = ["Leeds", "York", "Harrogate", "Wakefield"]
    custs = []
    for i, fn in enumerate(firms, start=1):
        typ = "school" if ("School" in fn or "Academy" in fn or "Nursery" in fn) else "business"
        custs.append((i, fn, typ, cities[i % 4], "yes" if i % 3 else "no", [500.0, 1000.0, 2500.0][i % 3],
                      None if i % 5 == 0 else f"office{i}@{fn.split()[0].lower()}.co.uk"))  # fmt: skip
    people = _people(r, 14)
    for k, (g, f) in enumerate(people, start=len(firms) + 1):
        custs.append(
            (k, f"{g} {f}", "individual", cities[k % 4], "no", None, None if k % 2 else f"{g.lower()}@mail.com")
        )
    _ins(c, "Customers", custs)
    products = [
        ("BC-STD", "Business cards standard", "cards", 0.08, "N"), ("BC-LUX", "Business cards luxe", "cards", 0.15, "N"),
        ("FLY-A5", "A5 flyers", "flyers", 0.06, "N"), ("FLY-A4", "A4 flyers", "flyers", 0.1, "N"),
        ("PST-A2", "A2 posters", "posters", 2.5, "N"), ("PST-A1", "A1 posters", "posters", 4.0, "N"),
        ("BAN-PVC", "PVC banner per m", "large format", 18.0, "N"), ("BKL-A5", "A5 booklets 16pp", "booklets", 1.2, "N"),
        ("LH-A4", "Letterheads", "stationery", 0.09, "N"), ("ENV-DL", "DL envelopes", "stationery", 0.07, "Y"),
        ("CAL-WALL", "Wall calendars", "calendars", 6.5, "N"), ("STK-RND", "Round stickers", "stickers", 0.05, "Y"),
    ]  # fmt: skip
    _ins(c, "product", products)
    stocks = [
        (1, "Silk 130", 130, 4200, "Antalis"), (2, "Silk 350", 350, 1800, "Antalis"), (3, "Uncoated 100", 100, 6000, "Premier"),
        (4, "Gloss 170", 170, 2500, "Premier"), (5, "Recycled 300", 300, 0, "GreenLeaf Paper"),
        (6, "PVC 510", 510, 120, "Signage Direct"), (7, "Matt 250", 250, 900, "Antalis"),
    ]  # fmt: skip
    _ins(c, "stock", stocks)
    presses = [
        (1, "Konica Minolta C4080", "digital", "2021-02-01", None),
        (2, "Xerox Versant 280", "digital", "2023-07-15", None),
        (3, "Heidelberg SM52", "offset", "2016-09-01", '{"plates":4}'),
        (4, "Roland TrueVIS VG3", "wide", "2022-04-20", None),
    ]
    _ins(c, "press", presses)
    press_for = {"large format": 4, "posters": 4}
    stock_for = {"cards": [2, 5, 7], "flyers": [1, 3, 4], "posters": [4, 1], "large format": [6], "booklets": [1, 3],
                 "stationery": [3, 5], "calendars": [4, 2], "stickers": [4]}  # fmt: skip
    qtys = {"cards": [250, 500, 1000], "flyers": [500, 1000, 2500, 5000], "posters": [5, 10, 25, 50],
            "large format": [1, 2, 3, 6], "booklets": [50, 100, 250], "stationery": [500, 1000],
            "calendars": [25, 50, 100], "stickers": [500, 1000]}  # fmt: skip
    jobs, items = [], []
    iid = 0
    for jid in range(1, 221):
        owner = r.choices(range(1, len(custs) + 1), weights=[3 if k <= len(firms) else 1 for k in range(1, 33)])[0]
        rec = _day(r, D(2023, 9, 1), 650)
        due = rec + dt.timedelta(days=r.randint(2, 14))
        rush = 1 if (due - rec).days <= 3 or r.random() < 0.05 else 0
        if rec > D(2025, 6, 1):
            status = r.choice(["received", "proofing", "printing"])
            done = None
        else:
            status = r.choices(["delivered", "collected", "cancelled"], weights=[6, 3, 1])[0]
            done = None if status == "cancelled" else (due - dt.timedelta(days=r.randint(-2, 1))).isoformat()
        jobs.append((jid, owner, rec.isoformat(), due.isoformat(), status, rush, done,
                     "customer supplied artwork" if jid % 17 == 0 else None))  # fmt: skip
        for p in r.sample(products[:9] + products[10:11] if rec > D(2024, 6, 1) else products, r.choice([1, 1, 2, 3])):
            iid += 1
            st = r.choice(stock_for[p[2]])
            pr = press_for.get(p[2]) or (
                3 if p[2] in ("flyers", "stationery") and r.random() < 0.5 else r.choice([1, 2])
            )
            q = r.choice(qtys[p[2]])
            items.append((iid, jid, p[0], st, pr, q, round(p[3] * r.uniform(0.9, 1.2), 3)))
    _ins(c, "Job", jobs)
    _ins(c, "item", items)
    _done(c)


BUILDERS = {
    "radio": build_radio,
    "foodtruck": build_foodtruck,
    "boardcafe": build_boardcafe,
    "tattoo": build_tattoo,
    "swimschool": build_swimschool,
    "printshop": build_printshop,
}
