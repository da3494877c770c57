"""Deterministic SQLite databases for a fourth blind NL→SQL evaluation.

Six schemas from domains and naming styles used nowhere else in the test corpora:
terse truncated table and column names with units (``trk``, ``haul``, ``load_t``,
``dur_sec``), Oracle-style UPPER_SNAKE tables with a system prefix, integer status
codes with a lookup table and a soft-delete flag (``WU_ACCOUNT.STATUS_ID``,
``IS_DELETED``), data-dictionary class-word suffixes (``show_title_txt``,
``runtime_sec_cnt``, ``explicit_ind``, ``published_dttm``), plural snake_case with
history tables whose current row has ``valid_to IS NULL``, Access-style names with
spaces (``"Order Details"``, ``"Unit Price"``) and warehouse-style ``_master``/``_txn``/
``_lkp`` tables with ``pk_``/``fk_``/``s_``/``n_``/``d_``/``b_`` column prefixes.
The questions in ``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests
that must be refused) were written against these schemas without running the
offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

GIVEN = ["Ada", "Bruno", "Chloe", "Dario", "Edith", "Felix", "Gwen", "Hamid", "Ines", "Jonas", "Kaya", "Lars",
         "Maya", "Nils", "Olga", "Pavel", "Rosa", "Sven", "Tara", "Uwe", "Vita", "Wen", "Yara", "Zane"]
FAMILY = ["Adler", "Brandt", "Cruz", "Duval", "Eklund", "Frost", "Gallo", "Hart", "Ito", "Jansen", "Keller",
          "Lopez", "Meyer", "Nakamura", "Olsen", "Price", "Quinn", "Reyes", "Silva", "Tanaka"]
FEMALE = {"Ada", "Chloe", "Edith", "Gwen", "Ines", "Kaya", "Maya", "Olga", "Rosa", "Tara", "Vita", "Wen", "Yara"}
D = dt.date


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_mine(path: Path) -> None:
    """Truncated lower-case names (``trk``, ``opr``, ``mat``, ``brkdn``), units in column names (``cap_t``,
    ``load_t``, ``dist_km``, ``dur_sec``), a material code table, a lead-operator self-reference."""
    r = random.Random(401)
    c = _db(path, """
        CREATE TABLE site(site_id INTEGER PRIMARY KEY, site_nm TEXT NOT NULL, region TEXT);
        CREATE TABLE mat(mat_cd TEXT PRIMARY KEY, mat_desc TEXT NOT NULL);
        CREATE TABLE trk(trk_id INTEGER PRIMARY KEY, trk_no TEXT NOT NULL, mdl TEXT, cap_t REAL,
            site_id INTEGER REFERENCES site(site_id), in_svc INTEGER);
        CREATE TABLE opr(opr_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, lic_cls TEXT, hired_on TEXT,
            lead_opr_id INTEGER REFERENCES opr(opr_id));
        CREATE TABLE haul(haul_id INTEGER PRIMARY KEY, trk_id INTEGER REFERENCES trk(trk_id),
            opr_id INTEGER REFERENCES opr(opr_id), shift_dt TEXT, load_t REAL, dist_km REAL, dur_sec INTEGER,
            mat_cd TEXT REFERENCES mat(mat_cd));
        CREATE TABLE brkdn(brkdn_id INTEGER PRIMARY KEY, trk_id INTEGER REFERENCES trk(trk_id), start_ts TEXT,
            end_ts TEXT, cause TEXT);
    """)
    _ins(c, "site", [(1, "Red Hill", "Pilbara"), (2, "Copper Gully", "Atacama"), (3, "Black Ridge", "Pilbara"),
                     (4, "Sun Valley", "Kalgoorlie")])
    _ins(c, "mat", [("FE", "Iron ore"), ("CU", "Copper ore"), ("AU", "Gold ore"), ("WST", "Waste rock")])
    models = [("CAT 793", 227.0), ("Komatsu 930E", 290.0), ("Liebherr T 284", 363.0), ("Belaz 75710", 450.0)]
    trks = []
    for i in range(1, 25):
        m, cap = models[i % 4]
        trks.append((i, f"T-{i:02d}", m, cap, 1 + i % 4, 0 if i % 7 == 0 else 1))
    _ins(c, "trk", trks)
    oprs = []
    for i, (g, f) in enumerate(_people(r, 40), start=1):
        lead = None if i <= 4 else 1 + (i % 4)
        oprs.append((i, g, f, "ABC"[i % 3], _day(r, D(2015, 1, 1), 3600).isoformat(), lead))
    _ins(c, "opr", oprs)
    hauls = []
    for i in range(1, 1201):
        t = r.randint(1, 24)
        cap = trks[t - 1][3]
        m = r.choice(["FE", "FE", "CU", "AU", "WST", "WST"])
        o = r.randint(1, 30) if m == "WST" and r.random() < 0.5 else r.randint(1, 38)
        hauls.append((i, t, o, _day(r, D(2024, 1, 1), 520).isoformat(), round(cap * r.uniform(0.6, 1.0), 1),
                      round(r.uniform(1.5, 14.0), 2), r.randint(600, 2700), m))
    _ins(c, "haul", hauls)
    causes = ["Hydraulic leak", "Tyre puncture", "Engine overheating", "Electrical fault", "Brake failure"]
    bds = []
    for i in range(1, 61):
        t = r.choice([x for x in range(1, 25) if x not in (3, 11, 17, 22)])
        s = dt.datetime(2024, 1, 1, 6) + dt.timedelta(hours=r.randrange(12000))
        bds.append((i, t, s.strftime("%Y-%m-%d %H:%M"), (s + dt.timedelta(hours=r.randint(1, 30))).strftime(
            "%Y-%m-%d %H:%M"), r.choice(causes)))
    _ins(c, "brkdn", bds)
    _done(c)


def build_utility(path: Path) -> None:
    """Oracle-style UPPER_SNAKE with a ``WU_`` prefix, an integer STATUS_ID with a lookup table, customer types as
    codes ('RES', 'COM', 'IND'), a soft-delete flag, 'Y'/'N' flags, volumes in cubic metres, nullable PAID_DATE."""
    r = random.Random(402)
    c = _db(path, """
        CREATE TABLE WU_STATUS(STATUS_ID INTEGER PRIMARY KEY, STATUS_NAME TEXT NOT NULL);
        CREATE TABLE WU_TARIFF(TARIFF_CODE TEXT PRIMARY KEY, TARIFF_NAME TEXT NOT NULL, PRICE_PER_M3 REAL);
        CREATE TABLE WU_CUSTOMER(CUSTOMER_ID INTEGER PRIMARY KEY, CUSTOMER_NAME TEXT NOT NULL, CUSTOMER_TYPE TEXT,
            CITY TEXT, CREATED_DATE TEXT, IS_DELETED INTEGER);
        CREATE TABLE WU_ACCOUNT(ACCOUNT_ID INTEGER PRIMARY KEY, CUSTOMER_ID INTEGER REFERENCES WU_CUSTOMER(CUSTOMER_ID),
            STATUS_ID INTEGER REFERENCES WU_STATUS(STATUS_ID), OPEN_DATE TEXT,
            TARIFF_CODE TEXT REFERENCES WU_TARIFF(TARIFF_CODE));
        CREATE TABLE WU_METER_READING(READING_ID INTEGER PRIMARY KEY,
            ACCOUNT_ID INTEGER REFERENCES WU_ACCOUNT(ACCOUNT_ID), READING_DATE TEXT, VOLUME_M3 REAL,
            ESTIMATED_FLAG TEXT);
        CREATE TABLE WU_INVOICE(INVOICE_ID INTEGER PRIMARY KEY, ACCOUNT_ID INTEGER REFERENCES WU_ACCOUNT(ACCOUNT_ID),
            ISSUE_DATE TEXT, DUE_DATE TEXT, AMOUNT REAL, PAID_DATE TEXT);
    """)
    _ins(c, "WU_STATUS", [(1, "Active"), (2, "Suspended"), (3, "Closed")])
    _ins(c, "WU_TARIFF", [("STD", "Standard", 2.15), ("ECO", "Eco Saver", 1.85), ("BIZ", "Business", 2.6),
                          ("AGR", "Agricultural", 1.2)])
    cities = ["Riverton", "Lakeside", "Millbrook", "Lakeside", "Riverton", "Ashford", "Riverton"]
    custs = []
    for i in range(1, 121):
        typ = "RES" if i % 5 else ("COM" if i % 10 else "IND")
        if typ == "RES":
            g, f = r.choice(GIVEN), r.choice(FAMILY)
            name = f"{g} {f}"
        else:
            name = f"{r.choice(FAMILY)} {r.choice(['Bakery', 'Foods', 'Metals', 'Motors', 'Textiles'])} {i}"
        custs.append((i, name, typ, r.choice(cities), _day(r, D(2018, 1, 1), 2500).isoformat(),
                      1 if i % 13 == 0 else 0))
    _ins(c, "WU_CUSTOMER", custs)
    accts = []
    for i in range(1, 151):
        cust = 1 + (i - 1) % 112
        st = 1 if i % 6 else (2 if i % 12 else 3)
        tar = "BIZ" if custs[cust - 1][2] != "RES" else r.choice(["STD", "STD", "ECO", "AGR"])
        accts.append((i, cust, st, _day(r, D(2019, 1, 1), 2200).isoformat(), tar))
    _ins(c, "WU_ACCOUNT", accts)
    reads, invs = [], []
    for a in range(1, 151):
        if a % 19 == 0:
            continue
        for m in range(r.randint(3, 8)):
            d = D(2024, 1 + m, r.randint(1, 28))
            reads.append((len(reads) + 1, a, d.isoformat(), round(r.uniform(4, 60), 1),
                          "Y" if r.random() < 0.15 else "N"))
            issue = d + dt.timedelta(days=5)
            due = issue + dt.timedelta(days=30)
            paid = None if r.random() < 0.12 else (issue + dt.timedelta(days=r.randint(3, 45))).isoformat()
            invs.append((len(invs) + 1, a, issue.isoformat(), due.isoformat(), round(r.uniform(15, 240), 2), paid))
    for a in range(1, 60):
        d = D(2025, r.randint(1, 5), r.randint(1, 28))
        due = d + dt.timedelta(days=30)
        paid = None if r.random() < 0.3 else (d + dt.timedelta(days=r.randint(3, 40))).isoformat()
        invs.append((len(invs) + 1, a, d.isoformat(), due.isoformat(), round(r.uniform(15, 240), 2), paid))
    _ins(c, "WU_METER_READING", reads)
    _ins(c, "WU_INVOICE", invs)
    _done(c)


def build_podcast(path: Path) -> None:
    """Data-dictionary class words as suffixes: ``_nbr`` keys, ``_txt`` text, ``_cnt`` counts (``runtime_sec_cnt``),
    ``_ind`` 'Y'/'N' indicators, ``_dttm`` timestamps, ``_amt`` money, ``_cd`` codes (device and country)."""
    r = random.Random(403)
    c = _db(path, """
        CREATE TABLE genre(genre_cd TEXT PRIMARY KEY, genre_desc_txt TEXT NOT NULL);
        CREATE TABLE host(host_nbr INTEGER PRIMARY KEY, host_name_txt TEXT NOT NULL, country_cd TEXT,
            birth_yr_nbr INTEGER);
        CREATE TABLE show(show_nbr INTEGER PRIMARY KEY, show_title_txt TEXT NOT NULL,
            genre_cd TEXT REFERENCES genre(genre_cd), launch_dt TEXT, host_nbr INTEGER REFERENCES host(host_nbr));
        CREATE TABLE episode(episode_nbr INTEGER PRIMARY KEY, show_nbr INTEGER REFERENCES show(show_nbr),
            episode_title_txt TEXT, season_nbr INTEGER, published_dttm TEXT, runtime_sec_cnt INTEGER,
            explicit_ind TEXT);
        CREATE TABLE listener(listener_nbr INTEGER PRIMARY KEY, listener_name_txt TEXT, signup_dt TEXT,
            premium_ind TEXT, country_cd TEXT);
        CREATE TABLE listen(listen_nbr INTEGER PRIMARY KEY, episode_nbr INTEGER REFERENCES episode(episode_nbr),
            listener_nbr INTEGER REFERENCES listener(listener_nbr), listened_dttm TEXT, completed_ind TEXT,
            device_cd TEXT);
        CREATE TABLE sponsor_deal(deal_nbr INTEGER PRIMARY KEY, show_nbr INTEGER REFERENCES show(show_nbr),
            sponsor_name_txt TEXT, deal_amt REAL, start_dt TEXT, end_dt TEXT);
    """)
    _ins(c, "genre", [("COM", "Comedy"), ("TC", "True Crime"), ("TEC", "Technology"), ("HIS", "History"),
                      ("SCI", "Science")])
    hosts = [(i, f"{g} {f}", r.choice(["US", "GB", "CA", "AU"]), r.randint(1965, 1998))
             for i, (g, f) in enumerate(_people(r, 12), start=1)]
    _ins(c, "host", hosts)
    words = ["Midnight", "Signal", "Archive", "Cold", "Open", "Deep", "Quiet", "Loud", "Lost", "Bright"]
    nouns = ["Hour", "Files", "Lab", "Talk", "Trail", "Bench", "Room", "Wire", "Map", "Vault"]
    shows = []
    for i in range(1, 19):
        shows.append((i, f"The {words[i % 10]} {nouns[(i * 3 + i // 10) % 10]}", ["COM", "TC", "TEC", "HIS", "SCI"][i % 5],
                      _day(r, D(2016, 1, 1), 2800).isoformat(), 6 if i == 18 else 1 + (i * 5) % 11))
    _ins(c, "show", shows)
    eps = []
    for s in range(1, 19):
        for k in range(1, r.randint(6, 22)):
            pub = dt.datetime(2022, 1, 3, 6) + dt.timedelta(hours=r.randrange(3 * 365 * 24))
            eps.append((len(eps) + 1, s, f"Episode {k}: {r.choice(words)} {r.choice(nouns)}", 1 + k // 8,
                        pub.strftime("%Y-%m-%d %H:%M:%S"), r.randint(900, 5400), "Y" if r.random() < 0.2 else "N"))
    _ins(c, "episode", eps)
    lst = [(i, f"{g} {f}", _day(r, D(2021, 1, 1), 1600).isoformat(), "Y" if r.random() < 0.3 else "N",
            r.choice(["US", "US", "GB", "CA", "DE", "AU"])) for i, (g, f) in enumerate(_people(r, 90), start=1)]
    _ins(c, "listener", lst)
    listens = []
    for i in range(1, 1501):
        e = r.randint(1, len(eps))
        who = r.randint(1, 84)
        t = dt.datetime(2023, 1, 1) + dt.timedelta(minutes=r.randrange(900 * 1440))
        listens.append((i, e, who, t.strftime("%Y-%m-%d %H:%M:%S"), "Y" if r.random() < 0.55 else "N",
                        r.choice(["IOS", "AND", "AND", "WEB"])))
    _ins(c, "listen", listens)
    deals = []
    for s in range(1, 19):
        if s % 4 == 0:
            continue
        for _ in range(r.randint(1, 3)):
            st = _day(r, D(2023, 1, 1), 900)
            deals.append((len(deals) + 1, s, r.choice(["Acme Mattress", "NordVault VPN", "Brightmeal", "Loomly"]),
                          float(r.randrange(500, 9000, 250)), st.isoformat(),
                          (st + dt.timedelta(days=r.randint(60, 500))).isoformat()))
    _ins(c, "sponsor_deal", deals)
    _done(c)


def build_dental(path: Path) -> None:
    """Plural snake_case with generic ``id`` keys, a referral self-reference, a soft-delete flag, sex 'F'/'M',
    history tables whose current row has ``valid_to IS NULL`` (fees, addresses), an integer visit status code
    with a lookup table and a visit-to-procedure link table."""
    r = random.Random(404)
    c = _db(path, """
        CREATE TABLE visit_status(status_cd INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE dentists(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, specialty TEXT, started_on TEXT);
        CREATE TABLE patients(id INTEGER PRIMARY KEY, given_name TEXT, family_name TEXT, sex TEXT, born_on TEXT,
            is_deleted INTEGER, referred_by_id INTEGER REFERENCES patients(id));
        CREATE TABLE procedures(code TEXT PRIMARY KEY, description TEXT NOT NULL, base_fee REAL);
        CREATE TABLE fee_history(id INTEGER PRIMARY KEY, procedure_code TEXT REFERENCES procedures(code), fee REAL,
            valid_from TEXT, valid_to TEXT);
        CREATE TABLE patient_addresses(id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients(id),
            city TEXT, postcode TEXT, valid_from TEXT, valid_to TEXT);
        CREATE TABLE visits(id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients(id),
            dentist_id INTEGER REFERENCES dentists(id), visit_date TEXT, duration_min INTEGER,
            status_cd INTEGER REFERENCES visit_status(status_cd));
        CREATE TABLE visit_procedures(visit_id INTEGER REFERENCES visits(id),
            procedure_code TEXT REFERENCES procedures(code), tooth_no INTEGER);
    """)
    _ins(c, "visit_status", [(1, "Scheduled"), (2, "Completed"), (3, "No-show"), (4, "Cancelled")])
    specs = ["General", "General", "Orthodontics", "Endodontics", "Periodontics", "General"]
    _ins(c, "dentists", [(i, f"Dr {g} {f}", specs[i % 6], _day(r, D(2005, 1, 1), 6000).isoformat())
                         for i, (g, f) in enumerate(_people(r, 9), start=1)])
    pats = []
    for i, (g, f) in enumerate(_people(r, 160), start=1):
        ref = r.randint(1, i - 1) if i > 10 and r.random() < 0.25 else None
        pats.append((i, g, f, "F" if g in FEMALE else "M", _day(r, D(1940, 1, 1), 28000).isoformat(),
                     1 if i % 17 == 0 else 0, ref))
    _ins(c, "patients", pats)
    procs = [("D1110", "Adult cleaning", 95.0), ("D0120", "Periodic exam", 60.0), ("D2740", "Porcelain crown", 1150.0),
             ("D3310", "Root canal, anterior", 780.0), ("D7140", "Extraction", 210.0), ("D2391", "Composite filling",
                                                                                          185.0)]
    _ins(c, "procedures", procs)
    fees = []
    for code, _, base in procs:
        start = D(2019, 1, 1)
        fee = base
        for _k in range(r.randint(1, 4)):
            end = start + dt.timedelta(days=r.randint(300, 700))
            fees.append((len(fees) + 1, code, round(fee, 2), start.isoformat(), end.isoformat()))
            start, fee = end, fee * r.uniform(1.02, 1.08)
        fees.append((len(fees) + 1, code, round(fee, 2), start.isoformat(), None))
    _ins(c, "fee_history", fees)
    cities = ["Easton", "Westfield", "Northgate", "Southbury"]
    addrs = []
    for p in range(1, 161):
        start = D(2015, 1, 1) + dt.timedelta(days=r.randrange(1500))
        for _k in range(r.choice([1, 1, 2, 3])):
            end = start + dt.timedelta(days=r.randint(200, 900))
            addrs.append((len(addrs) + 1, p, r.choice(cities), f"{r.randint(10, 99)}{r.randint(100, 999)}",
                          start.isoformat(), end.isoformat()))
            start = end
        addrs.append((len(addrs) + 1, p, r.choice(cities), f"{r.randint(10, 99)}{r.randint(100, 999)}",
                      start.isoformat(), None))
    _ins(c, "patient_addresses", addrs)
    visits, vps = [], []
    for i in range(1, 701):
        p = r.randint(1, 150)
        d = _day(r, D(2023, 1, 1), 950)
        st = 1 if d > D(2025, 6, 15) else r.choice([2, 2, 2, 2, 2, 2, 3, 4])
        visits.append((i, p, r.randint(1, 9), d.isoformat(), r.choice([20, 30, 30, 45, 60, 90]), st))
        if st == 2:
            for _ in range(r.randint(1, 3)):
                vps.append((i, r.choice(procs)[0], r.randint(11, 48)))
    _ins(c, "visits", visits)
    _ins(c, "visit_procedures", vps)
    _done(c)


def build_bakery(path: Path) -> None:
    """Access-style names with spaces (``"Order Details"``, ``"Unit Price"``, ``"Reports To"``), 'Yes'/'No' and 0/1
    flags, a status spelled 'Canceled', a delivery date present only for delivered orders, an employee hierarchy."""
    r = random.Random(405)
    c = _db(path, """
        CREATE TABLE "Employees"("Employee ID" INTEGER PRIMARY KEY, "First Name" TEXT, "Last Name" TEXT, "Title" TEXT,
            "Reports To" INTEGER REFERENCES "Employees"("Employee ID"));
        CREATE TABLE "Customers"("Customer ID" INTEGER PRIMARY KEY, "Company Name" TEXT NOT NULL,
            "Contact Name" TEXT, "City" TEXT, "Wholesale" INTEGER);
        CREATE TABLE "Products"("Product ID" INTEGER PRIMARY KEY, "Product Name" TEXT NOT NULL, "Category" TEXT,
            "Unit Price" REAL, "Gluten Free" TEXT);
        CREATE TABLE "Orders"("Order ID" INTEGER PRIMARY KEY, "Customer ID" INTEGER REFERENCES "Customers"("Customer ID"),
            "Employee ID" INTEGER REFERENCES "Employees"("Employee ID"), "Order Date" TEXT, "Delivery Date" TEXT,
            "Status" TEXT);
        CREATE TABLE "Order Details"("Order ID" INTEGER REFERENCES "Orders"("Order ID"),
            "Product ID" INTEGER REFERENCES "Products"("Product ID"), "Quantity" INTEGER, "Discount" REAL);
    """)
    emps = [(1, "Maria", "Lopez", "Owner", None), (2, "Tomas", "Berg", "Head Baker", 1),
            (3, "Lena", "Fischer", "Sales Manager", 1), (4, "Omar", "Haddad", "Baker", 2),
            (5, "Ruth", "Klein", "Baker", 2), (6, "Ivo", "Marek", "Baker", 2), (7, "Sara", "Nunez", "Sales Rep", 3),
            (8, "Jon", "Pike", "Sales Rep", 3), (9, "Eva", "Roth", "Driver", 1)]
    _ins(c, "Employees", emps)
    cities = ["Leeds", "York", "Leeds", "Harrogate", "Wakefield"]
    kinds = ["Cafe", "Deli", "Hotel", "Market", "Bistro"]
    custs = [(i, f"{r.choice(['Northside', 'Old Mill', 'Corner', 'Riverside', 'Green Lane', 'High Street'])} "
                 f"{kinds[i % 5]}" + ("" if i <= 6 else f" {i}"), f"{r.choice(GIVEN)} {r.choice(FAMILY)}",
              r.choice(cities), 1 if i % 3 == 0 else 0) for i in range(1, 41)]
    custs[0] = (1, "Northside Cafe", custs[0][2], "Leeds", 0)
    _ins(c, "Customers", custs)
    prods = [(1, "Sourdough Loaf", "Bread", 4.5, "No"), (2, "Rye Bread", "Bread", 4.2, "No"),
             (3, "Baguette", "Bread", 2.1, "No"), (4, "Croissant", "Pastry", 1.8, "No"),
             (5, "Pain au Chocolat", "Pastry", 2.2, "No"), (6, "Almond Macaron", "Pastry", 1.5, "Yes"),
             (7, "Carrot Cake", "Cake", 18.0, "No"), (8, "Flourless Chocolate Cake", "Cake", 22.0, "Yes"),
             (9, "Gluten-Free Loaf", "Bread", 5.5, "Yes"), (10, "Cinnamon Bun", "Pastry", 2.6, "No"),
             (11, "Lemon Tart", "Cake", 16.5, "No"), (12, "Seeded Roll", "Bread", 0.9, "No")]
    _ins(c, "Products", prods)
    orders, lines = [], []
    for i in range(1, 401):
        od = _day(r, D(2024, 1, 1), 530)
        st = "Open" if od > D(2025, 6, 1) else ("Canceled" if r.random() < 0.08 else "Delivered")
        dd = (od + dt.timedelta(days=r.randint(1, 3))).isoformat() if st == "Delivered" else None
        orders.append((i, r.randint(1, 36), r.choice([3, 7, 8, 7, 8]), od.isoformat(), dd, st))
        for p in r.sample(range(1, 11), r.randint(1, 4)):
            lines.append((i, p, r.randint(1, 40), r.choice([0, 0, 0, 0.05, 0.1])))
    _ins(c, "Orders", orders)
    _ins(c, "Order Details", lines)
    _done(c)


def build_esports(path: Path) -> None:
    """Warehouse-style ``_master``/``_txn``/``_lkp`` tables, ``pk_``/``fk_`` keys and type-letter column prefixes
    (``s_name``, ``n_rating``, ``d_birth``, ``b_retired``), integer codes resolved through lookup tables, a
    mentor self-reference, home and away teams as two foreign keys to one table."""
    r = random.Random(406)
    c = _db(path, """
        CREATE TABLE region_lkp(n_code INTEGER PRIMARY KEY, s_label TEXT NOT NULL);
        CREATE TABLE match_status_lkp(n_code INTEGER PRIMARY KEY, s_label TEXT NOT NULL);
        CREATE TABLE team_master(pk_team INTEGER PRIMARY KEY, s_name TEXT NOT NULL,
            fk_region INTEGER REFERENCES region_lkp(n_code), d_founded TEXT);
        CREATE TABLE player_master(pk_player INTEGER PRIMARY KEY, s_nick TEXT NOT NULL, s_real_name TEXT,
            fk_team INTEGER REFERENCES team_master(pk_team), d_birth TEXT, n_rating INTEGER, b_retired INTEGER,
            fk_mentor INTEGER REFERENCES player_master(pk_player));
        CREATE TABLE match_txn(pk_match INTEGER PRIMARY KEY, fk_home_team INTEGER REFERENCES team_master(pk_team),
            fk_away_team INTEGER REFERENCES team_master(pk_team), d_played TEXT,
            n_status INTEGER REFERENCES match_status_lkp(n_code), n_home_score INTEGER, n_away_score INTEGER,
            n_duration_min INTEGER);
        CREATE TABLE player_stat_txn(fk_match INTEGER REFERENCES match_txn(pk_match),
            fk_player INTEGER REFERENCES player_master(pk_player), n_kills INTEGER, n_deaths INTEGER,
            n_assists INTEGER);
    """)
    _ins(c, "region_lkp", [(1, "Europe"), (2, "North America"), (3, "Asia"), (4, "South America")])
    _ins(c, "match_status_lkp", [(1, "Scheduled"), (2, "Finished"), (3, "Forfeited"), (4, "Postponed")])
    names = ["Vortex", "Nightfall", "Iron Wolves", "Solar Flare", "Kraken", "Blue Lotus", "Rogue Unit", "Tempest",
             "Red Comet", "Frostbite", "Jade Tiger", "Nova"]
    teams = [(i, n, 1 + (i * 5) % 4, _day(r, D(2010, 1, 1), 4000).isoformat()) for i, n in enumerate(names, 1)]
    _ins(c, "team_master", teams)
    syl = ["zep", "hyr", "kor", "vex", "mal", "tin", "rax", "oli", "dus", "ken", "fyr", "lum"]
    players = []
    seen: set[str] = set()
    for i in range(1, 73):
        nick = "Zephyr" if i == 3 else (r.choice(syl) + r.choice(syl)).capitalize()
        while nick in seen:
            nick = (r.choice(syl) + r.choice(syl) + r.choice(syl)).capitalize()
        seen.add(nick)
        mentor = 3 if i in (14, 27, 40, 55) else (r.randint(1, 10) if i > 12 and r.random() < 0.3 and i != 3 else None)
        if mentor == 3 and i not in (14, 27, 40, 55):
            mentor = 4
        g, f = r.choice(GIVEN), r.choice(FAMILY)
        players.append((i, nick, f"{g} {f}", 1 + (i - 1) % 12, _day(r, D(1992, 1, 1), 4500).isoformat(),
                        r.randint(1200, 2800), 1 if r.random() < 0.15 else 0, mentor))
    _ins(c, "player_master", players)
    matches, stats = [], []
    for i in range(1, 301):
        h, a = r.sample(range(1, 13), 2)
        when = dt.datetime(2023, 6, 1, 15) + dt.timedelta(hours=r.randrange(730 * 24))
        if i > 270:
            when = dt.datetime(2025, 7, 1, 15) + dt.timedelta(hours=r.randrange(120 * 24))
            st = 1 if i % 5 else 4
        else:
            st = 3 if r.random() < 0.06 else 2
        hs = as_ = None
        dur = None
        if st == 2:
            hs, as_ = r.randint(0, 3), r.randint(0, 3)
            dur = r.randint(25, 75)
        elif st == 3:
            hs, as_ = 1, 0
        matches.append((i, h, a, when.strftime("%Y-%m-%d %H:%M"), st, hs, as_, dur))
        if st == 2:
            for team in (h, a):
                for p in [x for x in range(1, 73) if players[x - 1][3] == team][:5]:
                    stats.append((i, p, r.randint(0, 30), r.randint(0, 25), r.randint(0, 20)))
    _ins(c, "match_txn", matches)
    _ins(c, "player_stat_txn", stats)
    _done(c)


BUILDERS = {
    "mine": build_mine,
    "utility": build_utility,
    "podcast": build_podcast,
    "dental": build_dental,
    "bakery": build_bakery,
    "esports": build_esports,
}

