"""Deterministic SQLite databases for a sixth blind NL→SQL evaluation.

Six schemas from domains and naming styles used nowhere else in the test corpora:
PascalCase plural tables with ``Id`` suffixes for a translation agency (a link table of the
languages each translator works in, two foreign keys to ``Languages`` from one table, 0/1
``BOOLEAN`` flags), Oracle-like upper-case vending-machine tables with ``_NO``/``_DT``/``_QTY``
suffixes, '1'/'0' ``_IND`` flags, a fault status code with a lookup table and a supervisor
self-reference, Django-like ``escape_room``/``escape_session`` tables with ``_id`` keys and a
many-to-many ``escape_session_players`` table, Rails-like blood-donation tables with
``created_at``/``updated_at`` and integer enums without a lookup table, an EV-charging star
schema (``fact_``/``dim_`` tables, ``_key`` surrogate keys, a date dimension keyed by
``YYYYMMDD`` integers with 'Y'/'N' weekend flags) and a denormalised moving-company CSV import
with long names (``customer_email_address``, ``total_amount_including_tax``) and 'Yes'/'No' text.
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

GIVEN = ["Adrian", "Beatrix", "Caspar", "Dagny", "Elias", "Freya", "Gustav", "Helena", "Ingrid", "Jonas", "Klara",
         "Lorenz", "Magnus", "Nora", "Oskar", "Pia", "Rasmus", "Sigrid", "Tobias", "Ulla", "Viggo", "Wilma"]
FAMILY = ["Aalto", "Berg", "Carlsen", "Dahl", "Eklund", "Falk", "Gran", "Hedlund", "Isaksen", "Jansen", "Krog",
          "Lind", "Moberg", "Nyland", "Olsen", "Persson", "Quist", "Rask", "Strand", "Tveit", "Vik", "Wahl"]
D = dt.date


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_translation(path: Path) -> None:
    """PascalCase plural tables with ``Id`` suffixes, a translator-language link table with an ``IsNative`` flag,
    projects with a source and a target language, ``BOOLEAN`` flags stored as 0/1, delivery dates NULL while open."""
    r = random.Random(601)
    c = _db(path, """
        CREATE TABLE Languages(LanguageId INTEGER PRIMARY KEY, LanguageName TEXT NOT NULL, IsoCode TEXT);
        CREATE TABLE Translators(TranslatorId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, Email TEXT,
            HiredOn TEXT, PerWordRate REAL, IsFreelance BOOLEAN);
        CREATE TABLE TranslatorLanguages(TranslatorId INTEGER REFERENCES Translators(TranslatorId),
            LanguageId INTEGER REFERENCES Languages(LanguageId), IsNative BOOLEAN, PRIMARY KEY(TranslatorId, LanguageId));
        CREATE TABLE Clients(ClientId INTEGER PRIMARY KEY, CompanyName TEXT NOT NULL, Country TEXT, Industry TEXT);
        CREATE TABLE Projects(ProjectId INTEGER PRIMARY KEY, ClientId INTEGER REFERENCES Clients(ClientId),
            TranslatorId INTEGER REFERENCES Translators(TranslatorId), SourceLanguageId INTEGER
            REFERENCES Languages(LanguageId), TargetLanguageId INTEGER REFERENCES Languages(LanguageId), Title TEXT,
            WordCount INTEGER, ReceivedOn TEXT, DueOn TEXT, DeliveredOn TEXT, Fee REAL, IsRush BOOLEAN);
        CREATE TABLE QualityReviews(ReviewId INTEGER PRIMARY KEY, ProjectId INTEGER REFERENCES Projects(ProjectId),
            ReviewedOn TEXT, Score INTEGER, ErrorCount INTEGER);
    """)
    langs = [(1, "English", "en"), (2, "German", "de"), (3, "French", "fr"), (4, "Spanish", "es"),
             (5, "Japanese", "ja"), (6, "Portuguese", "pt"), (7, "Dutch", "nl"), (8, "Polish", "pl"),
             (9, "Korean", "ko"), (10, "Finnish", "fi")]
    _ins(c, "Languages", langs)
    trans = []
    for i, (g, f) in enumerate(_people(r, 30), start=1):
        trans.append((i, g, f, f"{g.lower()}.{f.lower()}@lingua.example", _day(r, D(2015, 1, 1), 3700).isoformat(),
                      round(r.choice([0.08, 0.09, 0.10, 0.11, 0.12, 0.14, 0.15, 0.18]) + i / 10000, 4),
                      1 if i % 3 else 0))
    _ins(c, "Translators", trans)
    tl = set()
    speaks: dict[int, list[int]] = {}
    for t in range(1, 31):
        native = 1 + (t * 7) % 10 if t != 30 else 10
        others = {1} if native != 1 else {2 + t % 4}
        if t % 4 == 0:
            others.add(2 + (t * 3) % 8)
        others.discard(native)
        speaks[t] = [native, *sorted(others)]
        tl.add((t, native, 1))
        for o in others:
            tl.add((t, o, 0))
    _ins(c, "TranslatorLanguages", sorted(tl))
    clients = [(1, "Nordlicht Pharma", "Germany", "Pharmaceuticals"), (2, "Bayview Legal LLP", "USA", "Legal"),
               (3, "Sakura Motors", "Japan", "Automotive"), (4, "Maison Claire", "France", "Fashion"),
               (5, "Iberia Solar", "Spain", "Energy"), (6, "Polder Software", "Netherlands", "Software"),
               (7, "Vistula Games", "Poland", "Software"), (8, "Seoul Biotech", "South Korea", "Pharmaceuticals"),
               (9, "Lakeland Timber", "Finland", "Manufacturing"), (10, "Atlantic Insurance", "USA", "Insurance"),
               (11, "Porto Wines", "Portugal", "Food and Drink"), (12, "Helix Medical", "USA", "Pharmaceuticals")]
    _ins(c, "Clients", clients)
    subjects = ["User manual", "Patent filing", "Marketing brochure", "Clinical protocol", "Website copy",
                "Contract", "Game dialogue", "Annual report", "Safety data sheet", "Press release"]
    projects, reviews = [], []
    rid = 0
    for p in range(1, 221):
        cl = r.randint(1, 11) if p != 220 else 12
        t = r.randint(1, 29)
        src, tgt = (speaks[t][1], speaks[t][0]) if r.random() < 0.7 else (speaks[t][0], speaks[t][1])
        words = r.choice([800, 1500, 2500, 4000, 6000, 9000, 12000, 20000]) + r.randint(0, 400)
        recv = _day(r, D(2023, 9, 1), 650)
        due = recv + dt.timedelta(days=r.randint(3, 30))
        rush = 1 if (due - recv).days <= 5 else 0
        late = r.random() < 0.2
        delivered = due + dt.timedelta(days=r.randint(1, 6)) if late else due - dt.timedelta(days=r.randint(0, 2))
        dlv = delivered.isoformat() if delivered < D(2025, 6, 15) else None
        fee = round(words * trans[t - 1][5] * (1.5 if rush else 1.0), 2)
        projects.append((p, cl, t, src, tgt, f"{r.choice(subjects)} {p}", words, recv.isoformat(), due.isoformat(),
                         dlv, fee, rush))
        if dlv is not None and r.random() < 0.6:
            rid += 1
            reviews.append((rid, p, (delivered + dt.timedelta(days=r.randint(1, 10))).isoformat(),
                            r.randint(5, 10) if not late else r.randint(3, 8), r.randint(0, 12)))
    _ins(c, "Projects", projects)
    _ins(c, "QualityReviews", reviews)
    _done(c)


def build_vending(path: Path) -> None:
    """Oracle-like upper-case names with ``_NO`` keys, ``_DT`` dates, ``_QTY`` counts and '1'/'0' ``_IND`` flags,
    a supervisor self-reference among technicians and a fault status code with a lookup table."""
    r = random.Random(602)
    c = _db(path, """
        CREATE TABLE TECHNICIAN(TECH_NO INTEGER PRIMARY KEY, FIRST_NAME VARCHAR2(30), LAST_NAME VARCHAR2(30),
            HIRE_DT DATE, SUPERVISOR_NO INTEGER REFERENCES TECHNICIAN(TECH_NO), ACTIVE_IND CHAR(1));
        CREATE TABLE MACHINE(MACHINE_NO INTEGER PRIMARY KEY, SERIAL_NO VARCHAR2(20), SITE_NAME VARCHAR2(60),
            CITY VARCHAR2(30), INSTALL_DT DATE, CASHLESS_IND CHAR(1), TECH_NO INTEGER REFERENCES TECHNICIAN(TECH_NO));
        CREATE TABLE PRODUCT(PRODUCT_NO INTEGER PRIMARY KEY, PRODUCT_NAME VARCHAR2(60), CATEGORY VARCHAR2(20),
            UNIT_PRICE NUMBER(6,2));
        CREATE TABLE SALE(SALE_NO INTEGER PRIMARY KEY, MACHINE_NO INTEGER REFERENCES MACHINE(MACHINE_NO),
            PRODUCT_NO INTEGER REFERENCES PRODUCT(PRODUCT_NO), SALE_DT DATE, SALE_QTY INTEGER, CARD_IND CHAR(1));
        CREATE TABLE RESTOCK(RESTOCK_NO INTEGER PRIMARY KEY, MACHINE_NO INTEGER REFERENCES MACHINE(MACHINE_NO),
            PRODUCT_NO INTEGER REFERENCES PRODUCT(PRODUCT_NO), TECH_NO INTEGER REFERENCES TECHNICIAN(TECH_NO),
            RESTOCK_DT DATE, RESTOCK_QTY INTEGER);
        CREATE TABLE FAULT_STATUS(STATUS_CODE CHAR(1) PRIMARY KEY, STATUS_DESC VARCHAR2(20));
        CREATE TABLE FAULT(FAULT_NO INTEGER PRIMARY KEY, MACHINE_NO INTEGER REFERENCES MACHINE(MACHINE_NO),
            REPORTED_DT DATE, FAULT_TYPE VARCHAR2(30), STATUS_CODE CHAR(1) REFERENCES FAULT_STATUS(STATUS_CODE),
            TECH_NO INTEGER REFERENCES TECHNICIAN(TECH_NO), RESOLVED_DT DATE);
    """)
    techs = []
    for i, (g, f) in enumerate(_people(r, 16), start=1):
        sup = None if i == 1 else (1 if i <= 3 else 2 + i % 2)
        techs.append((i, g, f, _day(r, D(2014, 1, 1), 3600).isoformat(), sup, "0" if i in (7, 13) else "1"))
    _ins(c, "TECHNICIAN", techs)
    sites = [("Central Station Hall", "Bergen"), ("Harbour Ferry Terminal", "Bergen"), ("City Library", "Oslo"),
             ("Northgate Mall", "Oslo"), ("University Campus A", "Trondheim"), ("University Campus B", "Trondheim"),
             ("General Hospital Lobby", "Oslo"), ("Airport Arrivals", "Bergen"), ("Sports Arena", "Stavanger"),
             ("Tech Park Tower", "Stavanger"), ("Bus Depot", "Trondheim"), ("Swimming Hall", "Oslo"),
             ("Museum Foyer", "Oslo"), ("Fish Market", "Bergen"), ("Conference Centre", "Stavanger"),
             ("Ice Rink", "Trondheim"), ("Cinema Complex", "Oslo"), ("Ferry Pier 3", "Stavanger")]
    machines = []
    for i, (s, city) in enumerate(sites, start=1):
        machines.append((i, f"VM-{7000 + i * 13}", s, city, _day(r, D(2018, 1, 1), 2200).isoformat(),
                         "1" if i % 3 else "0", 2 + i % 14 if i != 18 else 16))
    _ins(c, "MACHINE", machines)
    prods = [(1, "Cola 0.5L", "Drink", 3.50), (2, "Sparkling Water", "Drink", 2.50), (3, "Orange Juice", "Drink", 3.80),
             (4, "Iced Coffee", "Drink", 4.20), (5, "Milk Chocolate Bar", "Snack", 2.20),
             (6, "Salted Crisps", "Snack", 2.00), (7, "Protein Bar", "Snack", 3.90), (8, "Trail Mix", "Snack", 3.10),
             (9, "Chicken Sandwich", "Fresh", 5.90), (10, "Fruit Cup", "Fresh", 4.50), (11, "Chewing Gum", "Snack", 1.20),
             (12, "Energy Drink", "Drink", 3.95), (13, "Oat Cookie", "Snack", 1.80), (14, "Pasta Salad", "Fresh", 6.40)]
    _ins(c, "PRODUCT", prods)
    sales = []
    for i in range(1, 401):
        m = r.randint(1, 17)
        p = r.randint(1, 13)
        sales.append((i, m, p, _day(r, D(2024, 10, 1), 257).isoformat(), r.choice([1, 1, 1, 1, 2, 2, 3]),
                      "1" if machines[m - 1][5] == "1" and r.random() < 0.7 else "0"))
    _ins(c, "SALE", sales)
    rest = []
    for i in range(1, 181):
        m = r.randint(1, 18)
        tech: int | None = machines[m - 1][6] if r.random() < 0.8 else r.randint(2, 16)
        if tech in (7, 13):
            tech = 4
        rest.append((i, m, r.randint(1, 14), tech, _day(r, D(2024, 9, 1), 287).isoformat(), r.randint(6, 40)))
    _ins(c, "RESTOCK", rest)
    _ins(c, "FAULT_STATUS", [("O", "Open"), ("A", "Assigned"), ("R", "Resolved"), ("X", "Cancelled")])
    ftypes = ["Coin jam", "Card reader error", "Cooling failure", "Spiral stuck", "Display dead", "Door lock"]
    faults = []
    for i in range(1, 91):
        m = r.randint(1, 18)
        rep = _day(r, D(2024, 6, 1), 379)
        st = r.choice("RRRRRAAOX") if rep < D(2025, 5, 1) else r.choice("OOAAR")
        tech = None if st in ("O", "X") else r.choice([machines[m - 1][6], r.randint(2, 16)])
        if tech in (7, 13):
            tech = 5
        res = (rep + dt.timedelta(days=r.randint(0, 9))).isoformat() if st == "R" else None
        faults.append((i, m, rep.isoformat(), r.choice(ftypes), st, tech, res))
    _ins(c, "FAULT", faults)
    _done(c)


def build_escape(path: Path) -> None:
    """Django-like ``app_model`` tables (``escape_room``, ``escape_session``) with ``id`` keys and ``_id`` foreign
    keys, a many-to-many ``escape_session_players`` table, booleans stored as 0/1, datetimes as ISO text."""
    r = random.Random(603)
    c = _db(path, """
        CREATE TABLE escape_room(id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL, theme VARCHAR(40),
            difficulty INTEGER, max_players INTEGER, price_per_person DECIMAL, is_active BOOL);
        CREATE TABLE escape_gamemaster(id INTEGER PRIMARY KEY, first_name VARCHAR(40), last_name VARCHAR(40),
            hired_on DATE);
        CREATE TABLE escape_customer(id INTEGER PRIMARY KEY, first_name VARCHAR(40), last_name VARCHAR(40),
            email VARCHAR(120), date_joined DATETIME, newsletter_opt_in BOOL);
        CREATE TABLE escape_session(id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES escape_room(id),
            gamemaster_id INTEGER REFERENCES escape_gamemaster(id), booked_by_id INTEGER REFERENCES escape_customer(id),
            start_time DATETIME, player_count INTEGER, escaped BOOL, finish_seconds INTEGER, hints_used INTEGER);
        CREATE TABLE escape_session_players(id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES escape_session(id),
            customer_id INTEGER REFERENCES escape_customer(id));
        CREATE TABLE escape_review(id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES escape_session(id),
            customer_id INTEGER REFERENCES escape_customer(id), rating INTEGER, comment TEXT, created DATETIME);
    """)
    rooms = [(1, "The Pharaoh's Tomb", "Egypt", 3, 6, 28.0, 1), (2, "Submarine 47", "Military", 4, 5, 32.0, 1),
             (3, "Haunted Nursery", "Horror", 5, 4, 35.0, 1), (4, "Bank Heist", "Crime", 2, 6, 25.0, 1),
             (5, "Alchemist's Lab", "Fantasy", 4, 5, 30.0, 1), (6, "Space Station Zeta", "Sci-fi", 3, 8, 27.5, 1),
             (7, "Prison Break", "Crime", 3, 6, 26.0, 0), (8, "Wizard Academy", "Fantasy", 1, 6, 22.0, 1)]
    _ins(c, "escape_room", rooms)
    gms = [(1, "Lena", "Brandt", "2021-03-01"), (2, "Marco", "Silva", "2021-09-15"), (3, "Yuki", "Tanaka", "2022-05-10"),
           (4, "Owen", "Price", "2023-01-20"), (5, "Aisha", "Khan", "2024-02-01"), (6, "Felix", "Hart", "2025-03-03")]
    _ins(c, "escape_gamemaster", gms)
    custs = []
    for i, (g, f) in enumerate(_people(r, 120), start=1):
        joined = dt.datetime(2022, 1, 1, 10) + dt.timedelta(hours=r.randrange(1200 * 24))
        custs.append((i, g, f, f"{g.lower()}{i}@mail.example", joined.strftime("%Y-%m-%d %H:%M:%S"),
                      1 if r.random() < 0.4 else 0))
    _ins(c, "escape_customer", custs)
    sessions, players, reviews = [], [], []
    pid = rvid = 0
    for s in range(1, 91):
        room = r.choice([1, 1, 2, 3, 4, 4, 5, 6, 6, 8]) if s > 6 else 7
        start = dt.datetime(2024, 1, 5, 10) + dt.timedelta(days=r.randrange(520), hours=r.choice([0, 2, 4, 6, 8, 10]))
        gm = r.randint(1, 5) if start < dt.datetime(2025, 3, 3) else r.randint(1, 6)
        mx = rooms[room - 1][4]
        n = r.randint(2, mx)
        booker = r.randint(1, 110)
        chance = {1: 0.6, 2: 0.45, 3: 0.25, 4: 0.7, 5: 0.4, 6: 0.55, 7: 0.6, 8: 0.85}[room]
        esc = 1 if r.random() < chance else 0
        fin = r.randint(1900, 3590) if esc else None
        sessions.append((s, room, gm, booker, start.strftime("%Y-%m-%d %H:%M:%S"), n, esc, fin, r.randint(0, 5)))
        team = {booker}
        while len(team) < n:
            team.add(r.randint(1, 115))
        for cu in sorted(team):
            pid += 1
            players.append((pid, s, cu))
        if r.random() < 0.45:
            rvid += 1
            rating = r.randint(3, 5) if esc else r.randint(1, 5)
            comment = r.choice(["Great fun", "Too hard", "Loved the puzzles", "Staff were brilliant",
                                "A bit short", "Would come again"])
            reviews.append((rvid, s, booker, rating, comment,
                            (start + dt.timedelta(days=r.randint(0, 4), hours=3)).strftime("%Y-%m-%d %H:%M:%S")))
    _ins(c, "escape_session", sessions)
    _ins(c, "escape_session_players", players)
    _ins(c, "escape_review", reviews)
    _done(c)


def build_blood(path: Path) -> None:
    """Rails-like plural snake-case tables with ``created_at``/``updated_at``, integer enums without a lookup table
    (appointment ``status`` 0 booked, 1 attended, 2 cancelled, 3 no-show; donation ``kind`` 0 whole blood,
    1 plasma, 2 platelets) and ``boolean`` columns stored as 0/1."""
    r = random.Random(604)
    c = _db(path, """
        CREATE TABLE donation_centers(id INTEGER PRIMARY KEY, name varchar NOT NULL, city varchar, beds integer,
            opened_on date, mobile boolean, created_at datetime NOT NULL, updated_at datetime NOT NULL);
        CREATE TABLE donors(id INTEGER PRIMARY KEY, first_name varchar, last_name varchar, blood_type varchar,
            date_of_birth date, city varchar, email varchar, first_time boolean, created_at datetime NOT NULL,
            updated_at datetime NOT NULL);
        CREATE TABLE appointments(id INTEGER PRIMARY KEY, donor_id integer REFERENCES donors(id),
            donation_center_id integer REFERENCES donation_centers(id), scheduled_for datetime, status integer,
            created_at datetime NOT NULL, updated_at datetime NOT NULL);
        CREATE TABLE donations(id INTEGER PRIMARY KEY, donor_id integer REFERENCES donors(id),
            donation_center_id integer REFERENCES donation_centers(id), appointment_id integer
            REFERENCES appointments(id), collected_on date, kind integer, volume_ml integer, hemoglobin decimal,
            created_at datetime NOT NULL, updated_at datetime NOT NULL);
        CREATE TABLE deferrals(id INTEGER PRIMARY KEY, donor_id integer REFERENCES donors(id), deferred_on date,
            reason varchar, until_date date, created_at datetime NOT NULL, updated_at datetime NOT NULL);
    """)

    def stamp(d: dt.date) -> str:
        return f"{d.isoformat()} {8 + d.day % 9:02d}:{d.month * 4 % 60:02d}:00"

    centers = [(1, "Riverside Blood Centre", "Leeds", 12, "2009-04-01", 0), (2, "Northside Donor Hub", "York", 8,
               "2014-09-15", 0), (3, "Mobile Unit Alpha", "Leeds", 4, "2019-06-01", 1),
               (4, "St Mary's Donor Suite", "Sheffield", 10, "2011-02-20", 0),
               (5, "Mobile Unit Beta", "Sheffield", 4, "2022-03-10", 1), (6, "Harrogate Clinic", "Harrogate", 6,
               "2016-11-05", 0)]
    _ins(c, "donation_centers", [(*x, stamp(D.fromisoformat(x[4])), "2025-01-10 09:00:00") for x in centers])
    types = ["O+", "O+", "O+", "A+", "A+", "A+", "B+", "O-", "A-", "AB+", "B-", "AB-"]
    cities = ["Leeds", "Leeds", "York", "Sheffield", "Sheffield", "Harrogate", "Bradford"]
    donors = []
    for i, (g, f) in enumerate(_people(r, 140), start=1):
        created = _day(r, D(2019, 1, 1), 2300)
        donors.append((i, g, f, r.choice(types), _day(r, D(1960, 1, 1), 16000).isoformat(), r.choice(cities),
                       f"{g[0].lower()}{f.lower()}{i}@donor.example", 1 if created >= D(2024, 6, 1) else 0,
                       stamp(created), stamp(created + dt.timedelta(days=r.randint(0, 200)))))
    _ins(c, "donors", donors)
    appts: list[tuple[object, ...]] = []
    dons: list[tuple[object, ...]] = []
    did = 0
    for a in range(1, 361):
        dn = r.randint(1, 132)
        ctr = r.choice([1, 1, 1, 2, 2, 3, 4, 4, 5, 6])
        when = _day(r, D(2024, 1, 1), 560)
        status = 0 if when >= D(2025, 6, 15) else r.choice([1, 1, 1, 1, 1, 1, 2, 2, 3])
        made = when - dt.timedelta(days=r.randint(3, 40))
        appts.append((a, dn, ctr, f"{when.isoformat()} {r.choice(['08:30', '10:00', '11:30', '14:00', '16:30'])}:00",
                      status, stamp(made), stamp(when if status else made)))
        if status == 1:
            did += 1
            kind = r.choice([0, 0, 0, 0, 1, 1, 2])
            vol = {0: 470, 1: 650, 2: 250}[kind] + r.randint(-15, 10)
            dons.append((did, dn, ctr, a, when.isoformat(), kind, vol, round(r.uniform(12.2, 17.4), 1), stamp(when),
                         stamp(when)))
    for _ in range(30):
        did += 1
        dn = r.randint(1, 132)
        when = _day(r, D(2024, 1, 1), 530)
        dons.append((did, dn, 3 if r.random() < 0.5 else 5, None, when.isoformat(), 0, 470 + r.randint(-15, 10),
                     round(r.uniform(12.2, 17.4), 1), stamp(when), stamp(when)))
    _ins(c, "appointments", appts)
    _ins(c, "donations", dons)
    reasons = ["Low hemoglobin", "Recent travel", "Recent tattoo", "Medication", "Cold or flu"]
    defs = []
    for i in range(1, 41):
        dn = r.randint(1, 132)
        on = _day(r, D(2024, 1, 1), 520)
        reason = r.choice(reasons)
        days = {"Low hemoglobin": 90, "Recent travel": 180, "Recent tattoo": 120, "Medication": 30, "Cold or flu": 14}
        defs.append((i, dn, on.isoformat(), reason, (on + dt.timedelta(days=days[reason])).isoformat(), stamp(on),
                     stamp(on)))
    _ins(c, "deferrals", defs)
    _done(c)


def build_charging(path: Path) -> None:
    """A data-warehouse star for EV charging: ``fact_charging_session`` with ``_key`` surrogate keys into
    ``dim_date`` (``date_key`` as a ``YYYYMMDD`` integer, ``is_weekend`` 'Y'/'N'), ``dim_charger`` (snowflaked to
    ``dim_station``) and ``dim_customer``."""
    r = random.Random(605)
    c = _db(path, """
        CREATE TABLE dim_date(date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, calendar_year INTEGER,
            calendar_quarter INTEGER, month_number INTEGER, month_name TEXT, day_name TEXT, is_weekend TEXT);
        CREATE TABLE dim_station(station_key INTEGER PRIMARY KEY, station_code TEXT, station_name TEXT, city TEXT,
            operator_name TEXT, opened_date_key INTEGER REFERENCES dim_date(date_key));
        CREATE TABLE dim_charger(charger_key INTEGER PRIMARY KEY, station_key INTEGER REFERENCES dim_station(station_key),
            charger_label TEXT, connector_type TEXT, max_power_kw REAL);
        CREATE TABLE dim_customer(customer_key INTEGER PRIMARY KEY, customer_number TEXT, first_name TEXT,
            last_name TEXT, plan_name TEXT, vehicle_make TEXT);
        CREATE TABLE fact_charging_session(session_key INTEGER PRIMARY KEY,
            date_key INTEGER REFERENCES dim_date(date_key), charger_key INTEGER REFERENCES dim_charger(charger_key),
            customer_key INTEGER REFERENCES dim_customer(customer_key), energy_kwh REAL, duration_minutes INTEGER,
            revenue_eur REAL, idle_fee_eur REAL);
    """)
    dates = []
    d0 = D(2024, 7, 1)
    while d0 < D(2025, 6, 15):
        dates.append((int(d0.strftime("%Y%m%d")), d0.isoformat(), d0.year, (d0.month - 1) // 3 + 1, d0.month,
                      d0.strftime("%B"), d0.strftime("%A"), "Y" if d0.weekday() >= 5 else "N"))
        d0 += dt.timedelta(days=1)
    _ins(c, "dim_date", dates)
    stations = [(1, "AMS-01", "Amsterdam Zuidas Hub", "Amsterdam", "VoltWay", 20240701),
                (2, "AMS-02", "Amsterdam Noord Garage", "Amsterdam", "GreenPlug", 20240815),
                (3, "UTR-01", "Utrecht Centraal P+R", "Utrecht", "VoltWay", 20240701),
                (4, "RTM-01", "Rotterdam Port Plaza", "Rotterdam", "ChargeNL", 20240910),
                (5, "RTM-02", "Rotterdam Ahoy Lot", "Rotterdam", "GreenPlug", 20241120),
                (6, "EIN-01", "Eindhoven Strijp Park", "Eindhoven", "ChargeNL", 20250115),
                (7, "HAG-01", "The Hague Beach Road", "The Hague", "VoltWay", 20250301)]
    _ins(c, "dim_station", stations)
    chargers = []
    ck = 0
    for s in range(1, 8):
        for j, (conn, kw) in enumerate([("CCS", 150.0), ("CCS", 50.0), ("Type 2", 22.0), ("CHAdeMO", 50.0),
                                        ("CCS", 350.0)][: 3 + s % 3], start=1):
            ck += 1
            chargers.append((ck, s, f"{stations[s - 1][1]}-{j}", conn, kw))
    _ins(c, "dim_charger", chargers)
    plans = ["Pay as you go", "Pay as you go", "Monthly Plus", "Fleet"]
    makes = ["Tesla", "Tesla", "Volkswagen", "Kia", "Hyundai", "BMW", "Renault", "Polestar"]
    custs = [(i, f"C{10000 + i * 7}", g, f, r.choice(plans), r.choice(makes))
             for i, (g, f) in enumerate(_people(r, 90), start=1)]
    _ins(c, "dim_customer", custs)
    opened = {s[0]: s[5] for s in stations}
    facts = []
    for k in range(1, 401):
        ch = chargers[r.randrange(len(chargers))]
        valid = [d for d in dates if d[0] >= opened[ch[1]]]
        dd = valid[r.randrange(len(valid))]
        kw = ch[4]
        energy = round(r.uniform(8, 70) if kw >= 50 else r.uniform(5, 30), 2)
        mins = int(energy / min(kw, 120) * 60 * r.uniform(1.1, 1.6)) + 5
        price = 0.59 if kw >= 50 else 0.39
        idle = round(r.choice([0, 0, 0, 0, 2.5, 5.0, 7.5]), 2)
        facts.append((k, dd[0], ch[0], r.randint(1, 86), energy, mins, round(energy * price, 2), idle))
    _ins(c, "fact_charging_session", facts)
    _done(c)


def build_moving(path: Path) -> None:
    """A denormalised CSV import for a moving company: long self-describing names (``customer_email_address``,
    ``total_amount_including_tax``), the customer's name copied onto each job, text status values, 'Yes'/'No'
    text flags and a crew assignment link table with hours worked."""
    r = random.Random(606)
    c = _db(path, """
        CREATE TABLE customer_accounts_import(customer_account_number TEXT PRIMARY KEY, customer_full_name TEXT,
            customer_email_address TEXT, customer_phone_number TEXT, customer_home_city_name TEXT,
            account_created_date TEXT, is_business_customer TEXT);
        CREATE TABLE crew_members_import(crew_member_employee_number INTEGER PRIMARY KEY,
            crew_member_first_name TEXT, crew_member_last_name TEXT, crew_member_role_title TEXT,
            hourly_wage_rate_amount REAL, has_heavy_vehicle_license TEXT, employment_start_date TEXT);
        CREATE TABLE moving_jobs_import(moving_job_reference_number TEXT PRIMARY KEY,
            customer_account_number TEXT REFERENCES customer_accounts_import(customer_account_number),
            customer_full_name TEXT, scheduled_move_date TEXT, origin_city_name TEXT, destination_city_name TEXT,
            estimated_volume_cubic_meters REAL, total_amount_excluding_tax REAL, total_amount_including_tax REAL,
            is_long_distance_move TEXT, job_status_text TEXT);
        CREATE TABLE moving_job_crew_assignments_import(
            moving_job_reference_number TEXT REFERENCES moving_jobs_import(moving_job_reference_number),
            crew_member_employee_number INTEGER REFERENCES crew_members_import(crew_member_employee_number),
            hours_worked_quantity REAL, PRIMARY KEY(moving_job_reference_number, crew_member_employee_number));
        CREATE TABLE customer_feedback_survey_import(survey_response_identifier INTEGER PRIMARY KEY,
            moving_job_reference_number TEXT REFERENCES moving_jobs_import(moving_job_reference_number),
            overall_satisfaction_score_out_of_ten INTEGER, would_recommend_company TEXT, survey_submitted_date TEXT);
    """)
    cities = ["Denver", "Denver", "Boulder", "Colorado Springs", "Fort Collins", "Aurora", "Pueblo", "Salt Lake City",
              "Cheyenne", "Albuquerque"]
    near = {"Denver", "Boulder", "Colorado Springs", "Fort Collins", "Aurora", "Pueblo"}
    accts = []
    for i, (g, f) in enumerate(_people(r, 80), start=1):
        biz = i % 8 == 0
        name = f"{f} {r.choice(['Logistics', 'Dental', 'Studio', 'Bakery'])}" if biz else f"{g} {f}"
        accts.append((f"CA-{1000 + i}", name, f"{g.lower()}.{f.lower()}@example.com", f"303-555-{1000 + i * 37:04d}",
                      r.choice(cities[:7]), _day(r, D(2020, 1, 1), 1900).isoformat(), "Yes" if biz else "No"))
    _ins(c, "customer_accounts_import", accts)
    roles = ["Driver", "Packer", "Packer", "Foreman", "Packer", "Driver"]
    crew = []
    for i, (g, f) in enumerate(_people(random.Random(6061), 24), start=1):
        role = roles[i % 6]
        wage = {"Driver": 27.0, "Packer": 21.0, "Foreman": 33.0}[role] + (i % 5) * 0.75
        crew.append((500 + i, g, f, role, wage, "Yes" if role == "Driver" or i % 7 == 0 else "No",
                     _day(r, D(2016, 1, 1), 3000).isoformat()))
    _ins(c, "crew_members_import", crew)
    jobs, assigns, surveys = [], [], []
    sid = 0
    for j in range(1, 131):
        a = accts[r.randint(0, 75)]
        move = _day(r, D(2024, 2, 1), 560)
        orig = a[4]
        dest = r.choice(cities)
        while dest == orig:
            dest = r.choice(cities)
        longd = "No" if orig in near and dest in near else "Yes"
        vol = round(r.uniform(8, 70), 1)
        excl = round(vol * (42 if longd == "No" else 95) + r.randint(50, 400), 2)
        status = "Scheduled" if move >= D(2025, 6, 15) else r.choice(["Completed"] * 8 + ["Cancelled"])
        ref = f"MJ-{24000 + j}"
        jobs.append((ref, a[0], a[1], move.isoformat(), orig, dest, vol, excl, round(excl * 1.0825, 2), longd, status))
        if status != "Cancelled":
            team = {r.choice([x for x in crew if x[3] == "Driver"])[0]}
            if r.random() < 0.5:
                team.add(r.choice([x for x in crew if x[3] == "Foreman"])[0])
            while len(team) < 2 + int(vol // 25):
                team.add(r.choice([x for x in crew if x[3] == "Packer"])[0])
            for m in sorted(team):
                assigns.append((ref, m, round(vol / 6 + r.uniform(1, 4), 1) if status == "Completed" else 0.0))
        if status == "Completed" and r.random() < 0.5:
            sid += 1
            score = r.randint(4, 10)
            surveys.append((sid, ref, score, "Yes" if score >= 7 else "No",
                            (move + dt.timedelta(days=r.randint(1, 14))).isoformat()))
    _ins(c, "moving_jobs_import", jobs)
    _ins(c, "moving_job_crew_assignments_import", assigns)
    _ins(c, "customer_feedback_survey_import", surveys)
    _done(c)


BUILDERS = {
    "translation": build_translation,
    "vending": build_vending,
    "escape": build_escape,
    "blood": build_blood,
    "charging": build_charging,
    "moving": build_moving,
}

