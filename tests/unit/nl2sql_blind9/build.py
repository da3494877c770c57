"""Deterministic SQLite databases for a ninth blind NL→SQL evaluation.

Six schemas, each in a naming style used nowhere else in the test corpora:

* ``salesdw``: a garden-centre data-warehouse star schema.  Dimensions ``dim_customer`` (surrogate
  ``customer_sk``, business key ``customer_bk``, a NULL ``loyalty_tier`` for customers outside the
  scheme), ``dim_product`` (``product_key``), ``dim_store`` (``store_key``) and ``dim_date`` (``date_key``
  as an integer like 20240315, with ``year``, ``quarter``, ``month``, ``month_name`` and a 0/1
  ``is_weekend``), and ``fact_sales`` with the measures ``qty_sold``, ``sales_amt`` and ``discount_amt``
  (a NULL ``customer_sk`` for anonymous till sales).
* ``maritime``: Oracle-style UPPER_CASE tables and table-prefixed columns for a shipping line:
  ``VSL`` (vessels), ``PORT``, ``CREW`` with a ``SUPV_NO`` self-reference to the crew member's
  supervisor, ``VOYAGE`` (a NULL ``ARR_DATE`` while still at sea) and ``CARGO``.
* ``fitclub``: Hungarian-notation columns in ``tbl`` tables for a gym: ``tblMember`` (``strFirstName``,
  ``dtmJoined``, ``blnActive`` 0/1), ``tblTrainer`` (``curHourlyRate``), ``tblClass`` (``curPrice``,
  ``intCapacity``), ``tblBooking`` (``intQty`` places, ``blnCancelled``, ``blnAttended``) and
  ``tblPayment`` (``curAmount``, ``strMethod``).
* ``metering``: a legacy utility schema with cryptic codes and lookup tables: ``ref_status``
  (A/I/P/S), ``ref_region`` (NTH/STH/EST/WST/CTR), ``ref_mtr_typ`` (E/G/W), customer accounts
  ``cust_acct`` (a NULL ``close_dt`` while open), meters ``mtr``, meter readings ``mtr_rdg`` with a
  Y/N ``est_ind`` and bills ``bill_hdr`` (a NULL ``paid_dt`` while unpaid).
* ``taskhub``: a soft-delete SaaS schema: ``accounts``, ``users``, ``projects`` and ``tasks`` with
  ``created_at``/``updated_at`` and ``deleted_at`` (NULL = live), a 0/1 ``is_archived`` on projects,
  and ``subscription_history`` with ``valid_from``/``valid_to`` (NULL ``valid_to`` = the current plan).
* ``catering``: quoted Title Case names with spaces (``"Event Date"``, ``"Price Per Head"``,
  ``"Event Staffing"``) for an event caterer, with a ``"Reports To"`` self-reference among staff and a
  NULL ``"Deposit Paid"`` when no deposit has been taken.

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

GIVEN = ["Adaeze", "Bertrand", "Catalina", "Dmitri", "Elspeth", "Florian", "Greta", "Hamish", "Ingrid", "Joaquin",
         "Keziah", "Leopold", "Mireille", "Nasser", "Ottilie", "Percival", "Rosalind", "Soren", "Tamsin", "Umberto",
         "Valentina", "Wilfred", "Ximena", "Yusuf"]
FAMILY = ["Abernathy", "Brightwater", "Castellano", "Dunmore", "Ekwueme", "Fairbairn", "Grimshaw", "Hargreaves",
          "Ivanova", "Jepson", "Kowalczyk", "Lockhart", "Mbeki", "Northcote", "Okonkwo", "Pemberton", "Quigley",
          "Ravensworth", "Sandoval", "Thornbury", "Underhill", "Vandermeer", "Whitcombe", "Yardley"]
D = dt.date


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_salesdw(path: Path) -> None:
    """Star schema: dim_customer, dim_product, dim_store, dim_date (one row per day from 2024-06-01 to
    2025-06-30) and fact_sales at order-line grain."""
    r = random.Random(901)
    c = _db(path, """
        CREATE TABLE dim_customer(customer_sk INTEGER PRIMARY KEY, customer_bk TEXT NOT NULL, customer_name TEXT,
            city TEXT, loyalty_tier TEXT, first_purchase_date TEXT);
        CREATE TABLE dim_product(product_key INTEGER PRIMARY KEY, sku TEXT NOT NULL, product_name TEXT,
            category TEXT, brand TEXT, list_price REAL);
        CREATE TABLE dim_store(store_key INTEGER PRIMARY KEY, store_code TEXT, store_name TEXT, region TEXT,
            opened_date TEXT);
        CREATE TABLE dim_date(date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year INTEGER, quarter INTEGER,
            month INTEGER, month_name TEXT, day_of_week TEXT, is_weekend INTEGER);
        CREATE TABLE fact_sales(sales_line_id INTEGER PRIMARY KEY, date_key INTEGER REFERENCES dim_date(date_key),
            customer_sk INTEGER REFERENCES dim_customer(customer_sk),
            product_key INTEGER REFERENCES dim_product(product_key),
            store_key INTEGER REFERENCES dim_store(store_key), qty_sold INTEGER, sales_amt REAL,
            discount_amt REAL);
    """)
    cities = ["Leeds", "York", "Harrogate", "Wakefield", "Leeds", "Bradford", "York", "Leeds"]
    tiers = ["Gold", "Silver", "Bronze", "Silver", "Bronze", None, "Bronze", "Gold", None, "Silver"]
    customers = []
    for sk, (g, f) in enumerate(_people(r, 42), start=1):
        customers.append((sk, f"C{1000 + sk * 7}", f"{g} {f}", cities[sk % 8], tiers[sk % 10],
                          _day(r, D(2019, 3, 1), 1800).isoformat()))
    _ins(c, "dim_customer", customers)
    products = [
        (1, "PL-ROSE-01", "Climbing Rose 'Gertrude'", "Plants", "Hillier", 19.99),
        (2, "PL-LAV-02", "English Lavender 2L", "Plants", "Hillier", 7.49),
        (3, "PL-OLIV-03", "Olive Tree Standard", "Plants", "Mediterranea", 89.0),
        (4, "PL-HOST-04", "Hosta Trio Pack", "Plants", "Hillier", 12.5),
        (5, "PL-ACER-05", "Japanese Maple", "Plants", "Mediterranea", 45.0),
        (6, "TL-SPAD-06", "Stainless Border Spade", "Tools", "Spear & Jackson", 34.99),
        (7, "TL-SEC-07", "Bypass Secateurs", "Tools", "Felco", 42.0),
        (8, "TL-HOE-08", "Dutch Hoe", "Tools", "Spear & Jackson", 18.5),
        (9, "TL-TROW-09", "Hand Trowel", "Tools", "Kent & Stowe", 9.99),
        (10, "TL-SHRS-10", "Hedge Shears", "Tools", "Felco", 38.75),
        (11, "TL-RAKE-11", "Lawn Rake", "Tools", "Kent & Stowe", 16.0),
        (12, "FN-BENC-12", "Teak Garden Bench", "Furniture", "Alexander Rose", 329.0),
        (13, "FN-BIST-13", "Bistro Set", "Furniture", "Alexander Rose", 149.0),
        (14, "FN-LOUN-14", "Rattan Lounger", "Furniture", "Maze", 279.0),
        (15, "FN-PARA-15", "Cantilever Parasol", "Furniture", "Maze", 199.0),
        (16, "FN-STOOL-16", "Potting Stool", "Furniture", "Kent & Stowe", 54.0),
        (17, "SD-TOM-17", "Tomato 'Gardener's Delight' Seeds", "Seeds", "Suttons", 2.49),
        (18, "SD-SWP-18", "Sweet Pea Mix Seeds", "Seeds", "Suttons", 2.99),
        (19, "SD-CARR-19", "Carrot 'Nantes' Seeds", "Seeds", "Mr Fothergill's", 1.99),
        (20, "SD-LETT-20", "Lettuce Salad Bowl Seeds", "Seeds", "Mr Fothergill's", 1.79),
        (21, "SD-SUNF-21", "Giant Sunflower Seeds", "Seeds", "Suttons", 2.29),
        (22, "CP-MPC-22", "Multi-Purpose Compost 50L", "Compost", "Westland", 6.99),
        (23, "CP-JI3-23", "John Innes No.3 25L", "Compost", "Westland", 8.49),
        (24, "CP-ERIC-24", "Ericaceous Compost 40L", "Compost", "Miracle-Gro", 7.99),
        (25, "CP-BARK-25", "Bark Mulch 70L", "Compost", "Miracle-Gro", 9.5),
        (26, "TL-WCAN-26", "Galvanised Watering Can", "Tools", "Haws", 44.0),
        (27, "FN-FPIT-27", "Cast Iron Fire Pit", "Furniture", "La Hacienda", 119.0),
        (28, "PL-BAMB-28", "Black Bamboo 10L", "Plants", "Mediterranea", 39.99),
    ]
    _ins(c, "dim_product", products)
    stores = [(1, "LDS01", "Leeds Roundhay", "West Yorkshire", "2009-04-01"),
              (2, "YRK01", "York Clifton Moor", "North Yorkshire", "2012-03-15"),
              (3, "HRG01", "Harrogate Pannal", "North Yorkshire", "2016-05-20"),
              (4, "WKF01", "Wakefield Calder", "West Yorkshire", "2021-09-10"),
              (5, "BRD01", "Bradford Shipley", "West Yorkshire", "2024-03-02")]
    _ins(c, "dim_store", stores)
    dates = []
    d = D(2024, 6, 1)
    while d <= D(2025, 6, 30):
        dates.append((int(d.strftime("%Y%m%d")), d.isoformat(), d.year, (d.month - 1) // 3 + 1, d.month,
                      d.strftime("%B"), d.strftime("%A"), 1 if d.weekday() >= 5 else 0))
        d += dt.timedelta(days=1)
    _ins(c, "dim_date", dates)
    sold_dates = [x for x in dates if x[1] <= "2025-06-14"]
    facts = []
    never = {4, 16, 21}  # never sold
    sellable = [p for p in products if p[0] not in never]
    weights = [5 if p[3] in ("Seeds", "Compost") else 3 if p[3] == "Plants" else 2 if p[3] == "Tools" else 1
               for p in sellable]
    buyers = [cu[0] for cu in customers if cu[0] not in (6, 19, 33, 40)]  # a few never bought
    for i in range(1, 381):
        dd = r.choice(sold_dates)
        p = r.choices(sellable, weights=weights)[0]
        qty = r.randint(1, 6) if p[3] in ("Seeds", "Compost") else r.randint(1, 3) if p[3] != "Furniture" else 1
        gross = round(qty * p[5], 2)
        disc = round(gross * r.choice([0, 0, 0, 0.05, 0.1, 0.15]), 2)
        cust = None if i % 9 == 0 else r.choice(buyers)
        store = r.choices([1, 2, 3, 4, 5], weights=[8, 6, 4, 3, 2])[0]
        if dd[1] < "2024-03-02" and store == 5:
            store = 1
        facts.append((i, dd[0], cust, p[0], store, qty, round(gross - disc, 2), disc))
    _ins(c, "fact_sales", facts)
    _done(c)


def build_maritime(path: Path) -> None:
    """Oracle-style names: VSL, PORT, CREW (SUPV_NO self-reference), VOYAGE (NULL ARR_DATE at sea), CARGO."""
    r = random.Random(902)
    c = _db(path, """
        CREATE TABLE VSL(VSL_NO INTEGER PRIMARY KEY, VSL_NAME TEXT NOT NULL, VSL_TYPE TEXT, GROSS_TON INTEGER,
            FLAG_CTRY TEXT, BUILT_YR INTEGER);
        CREATE TABLE PORT(PORT_NO INTEGER PRIMARY KEY, PORT_NAME TEXT NOT NULL, PORT_CTRY TEXT, UNLOCODE TEXT);
        CREATE TABLE CREW(CREW_NO INTEGER PRIMARY KEY, CREW_NAME TEXT NOT NULL, CREW_RANK TEXT, HIRE_DATE TEXT,
            SAL REAL, BONUS REAL, SUPV_NO INTEGER REFERENCES CREW(CREW_NO), VSL_NO INTEGER REFERENCES VSL(VSL_NO));
        CREATE TABLE VOYAGE(VOY_NO INTEGER PRIMARY KEY, VSL_NO INTEGER REFERENCES VSL(VSL_NO),
            DEP_PORT_NO INTEGER REFERENCES PORT(PORT_NO), ARR_PORT_NO INTEGER REFERENCES PORT(PORT_NO),
            DEP_DATE TEXT, ARR_DATE TEXT);
        CREATE TABLE CARGO(CARGO_NO INTEGER PRIMARY KEY, VOY_NO INTEGER REFERENCES VOYAGE(VOY_NO), CARGO_DESC TEXT,
            CARGO_TYPE TEXT, WEIGHT_T REAL, DECL_VALUE REAL);
    """)
    vessels = [(1, "NORDIC STAR", "CONTAINER", 54200, "Liberia", 2011),
               (2, "CAPE AURORA", "BULK", 88100, "Panama", 2008),
               (3, "MAERSK HALIFAX", "CONTAINER", 94300, "Denmark", 2016),
               (4, "SEA PIONEER", "TANKER", 61500, "Liberia", 2004),
               (5, "ATLANTIC GRACE", "TANKER", 42800, "Marshall Islands", 2013),
               (6, "BALTIC TRADER", "RORO", 23900, "Malta", 1998),
               (7, "IRON DUCHESS", "BULK", 76400, "Panama", 2010),
               (8, "PACIFIC WREN", "CONTAINER", 39700, "Singapore", 2019),
               (9, "OCEAN VESTA", "TANKER", 58800, "Liberia", 2021),
               (10, "NORTHERN LIGHT", "RORO", 31200, "Norway", 2002),
               (11, "CORAL MERIDIAN", "BULK", 45100, "Malta", 2014),
               (12, "HANSA SPIRIT", "CONTAINER", 67300, "Germany", 2023)]
    _ins(c, "VSL", vessels)
    ports = [(1, "Rotterdam", "Netherlands", "NLRTM"), (2, "Singapore", "Singapore", "SGSIN"),
             (3, "Hamburg", "Germany", "DEHAM"), (4, "Antwerp", "Belgium", "BEANR"),
             (5, "Felixstowe", "United Kingdom", "GBFXT"), (6, "Algeciras", "Spain", "ESALG"),
             (7, "Houston", "United States", "USHOU"), (8, "Santos", "Brazil", "BRSSZ"),
             (9, "Piraeus", "Greece", "GRPIR"), (10, "Gothenburg", "Sweden", "SEGOT"),
             (11, "Durban", "South Africa", "ZADUR")]
    _ins(c, "PORT", ports)
    crew = []
    names = _people(r, 60)
    no = 0
    for v in vessels:
        vno = v[0]
        no += 1
        master = no
        g, f = names[no - 1]
        crew.append((no, f"{g} {f}", "MASTER", _day(r, D(2005, 1, 1), 4000).isoformat(),
                     9200 + vno * 113, None if vno % 3 else 1500.0, None, vno))
        no += 1
        chief = no
        g, f = names[no - 1]
        crew.append((no, f"{g} {f}", "CHIEF OFFICER", _day(r, D(2010, 1, 1), 4000).isoformat(),
                     7100 + vno * 97, None, master, vno))
        n_ratings = 1 + vno % 3 if vno != 11 else 2
        for k in range(n_ratings):
            if no >= 58:
                break
            no += 1
            g, f = names[no - 1]
            rank = ["ABLE SEAMAN", "BOSUN", "ORDINARY SEAMAN"][(vno + k) % 3]
            base = {"ABLE SEAMAN": 3100, "BOSUN": 3900, "ORDINARY SEAMAN": 2500}[rank]
            hired = _day(r, D(2018, 1, 1), 2500) if (vno + k) % 7 else _day(r, D(2025, 1, 5), 150)
            crew.append((no, f"{g} {f}", rank, hired.isoformat(), base + (no * 37) % 400,
                         None if k % 2 else 250.0, chief, vno))
    # one chief officer who out-earns the master of a small vessel
    crew = [(x[0], x[1], x[2], x[3], 9950.0 if (x[2] == "CHIEF OFFICER" and x[7] == 6) else x[4], x[5], x[6], x[7])
            for x in crew]
    _ins(c, "CREW", crew)
    voyages = []
    cargos = []
    vno_weights = [6, 9, 12, 8, 7, 5, 10, 11, 6, 4, 5, 3]
    cno = 0
    port_w = [9, 7, 6, 5, 4, 3, 3, 2, 2, 1, 0]  # Durban never a departure port
    for voy in range(1, 131):
        v = r.choices(vessels, weights=vno_weights)[0]
        dep = r.choices(ports, weights=port_w)[0]
        arr = r.choice([p for p in ports if p[0] != dep[0]])
        dep_d = _day(r, D(2023, 6, 1), 740) if voy <= 126 else D(2025, 6, 1) + dt.timedelta(days=(voy - 126) * 2)
        arr_d = dep_d + dt.timedelta(days=r.randint(4, 30) if voy <= 126 else 20)
        arr_s = None if arr_d > D(2025, 6, 15) else arr_d.isoformat()
        voyages.append((voy, v[0], dep[0], arr[0], dep_d.isoformat(), arr_s))
        kinds = {"CONTAINER": [("Consumer electronics", "GENERAL"), ("Furniture flat-pack", "GENERAL"),
                               ("Frozen fish", "REEFER"), ("Apparel", "GENERAL")],
                 "BULK": [("Iron ore", "DRY BULK"), ("Wheat", "DRY BULK"), ("Coal", "DRY BULK")],
                 "TANKER": [("Crude oil", "LIQUID BULK"), ("Diesel", "LIQUID BULK"), ("Palm oil", "LIQUID BULK")],
                 "RORO": [("Passenger cars", "VEHICLES"), ("Trucks", "VEHICLES")]}[v[2]]
        for _ in range(r.randint(1, 3)):
            cno += 1
            desc, ctype = r.choice(kinds)
            scale = {"CONTAINER": 0.08, "BULK": 0.5, "TANKER": 0.6, "RORO": 0.05}[v[2]]
            wt = round(v[3] * scale * r.uniform(0.2, 0.5), 1)
            val = round(wt * {"GENERAL": 2100, "REEFER": 3400, "DRY BULK": 140, "LIQUID BULK": 520,
                              "VEHICLES": 9800}[ctype] * r.uniform(0.8, 1.2), 0)
            cargos.append((cno, voy, desc, ctype, wt, None if cno % 17 == 0 else val))
    _ins(c, "VOYAGE", voyages)
    _ins(c, "CARGO", cargos)
    _done(c)


def build_fitclub(path: Path) -> None:
    """Hungarian notation: tblMember, tblTrainer, tblClass, tblBooking and tblPayment."""
    r = random.Random(903)
    c = _db(path, """
        CREATE TABLE tblTrainer(intTrainerID INTEGER PRIMARY KEY, strFirstName TEXT, strLastName TEXT,
            curHourlyRate REAL, dtmHired TEXT, blnActive INTEGER);
        CREATE TABLE tblMember(intMemberID INTEGER PRIMARY KEY, strFirstName TEXT, strLastName TEXT, strEmail TEXT,
            strPlan TEXT, dtmJoined TEXT, blnActive INTEGER);
        CREATE TABLE tblClass(intClassID INTEGER PRIMARY KEY, strClassName TEXT NOT NULL,
            intTrainerID INTEGER REFERENCES tblTrainer(intTrainerID), strRoom TEXT, intCapacity INTEGER,
            intDurationMin INTEGER, curPrice REAL);
        CREATE TABLE tblBooking(intBookingID INTEGER PRIMARY KEY, intMemberID INTEGER REFERENCES tblMember(intMemberID),
            intClassID INTEGER REFERENCES tblClass(intClassID), dtmCreated TEXT, dtmSession TEXT, intQty INTEGER,
            blnCancelled INTEGER, blnAttended INTEGER);
        CREATE TABLE tblPayment(intPaymentID INTEGER PRIMARY KEY, intMemberID INTEGER REFERENCES tblMember(intMemberID),
            dtmPaid TEXT, curAmount REAL, strMethod TEXT);
    """)
    trainers = [(1, "Kofi", "Mensah", 32.0, "2019-02-11", 1), (2, "Leila", "Haddad", 35.5, "2020-07-01", 1),
                (3, "Brett", "Sullivan", 28.0, "2021-03-22", 1), (4, "Anya", "Petrova", 40.0, "2017-09-04", 1),
                (5, "Gareth", "Lloyd", 26.5, "2023-01-16", 0), (6, "Priya", "Raman", 30.0, "2024-05-06", 1),
                (7, "Tomasz", "Wrobel", 27.0, "2022-11-28", 0)]
    _ins(c, "tblTrainer", trainers)
    members = []
    plans = ["Standard", "Premium", "Off-Peak", "Standard", "Student", "Standard", "Premium"]
    for i, (g, f) in enumerate(_people(r, 70), start=1):
        joined = _day(r, D(2022, 1, 1), 1100)
        if i % 9 == 4:
            joined = _day(r, D(2025, 1, 2), 160)
        members.append((i, g, f, None if i % 13 == 0 else f"{g.lower()}.{f.lower()}@mail.example",
                        plans[i % 7], joined.isoformat(), 0 if i % 6 == 0 else 1))
    _ins(c, "tblMember", members)
    classes = [(1, "Spin Express", 1, "Studio A", 20, 45, 8.5), (2, "Power Yoga", 2, "Studio B", 16, 60, 9.0),
               (3, "HIIT Circuit", 3, "Studio A", 18, 30, 7.0), (4, "Pilates Core", 2, "Studio B", 14, 50, 9.5),
               (5, "Boxfit", 1, "Main Hall", 24, 45, 7.5), (6, "Aqua Aerobics", 6, "Pool", 22, 45, 6.0),
               (7, "Kettlebell Strength", 4, "Main Hall", 12, 40, 10.0),
               (8, "Zumba", 6, "Studio A", 30, 60, 6.5), (9, "Mobility Flow", 5, "Studio B", 15, 30, 5.0),
               (10, "Olympic Lifting", 4, "Weights Room", 8, 75, 12.5)]
    _ins(c, "tblClass", classes)
    bookings = []
    active = [m for m in members if m[0] % 11 != 5]  # a few members never booked
    cw = [10, 8, 9, 6, 7, 4, 5, 6, 2, 3]
    for b in range(1, 301):
        m = r.choice(active)
        if b <= 20:
            m = members[[2, 2, 2, 2, 2, 2, 2, 2, 8, 8, 8, 8, 8, 8, 17, 17, 17, 17, 17, 17][b - 1] - 1]
        cl = r.choices(classes, weights=cw)[0]
        created = _day(r, D(2024, 3, 1), 470)
        session = created + dt.timedelta(days=r.randint(0, 10))
        cancelled = 1 if b % 12 == 0 else 0
        attended = 0 if cancelled or session > D(2025, 6, 15) else (0 if b % 7 == 0 else 1)
        bookings.append((b, m[0], cl[0], created.isoformat(), session.isoformat(), 2 if b % 15 == 0 else 1,
                         cancelled, attended))
    _ins(c, "tblBooking", bookings)
    pays = []
    pid = 0
    fee = {"Standard": 39.0, "Premium": 59.0, "Off-Peak": 29.0, "Student": 24.0}
    for m in members:
        start = max(D.fromisoformat(m[5]), D(2024, 1, 1))
        months = 0
        d = D(start.year, start.month, min(start.day, 28))
        while d <= D(2025, 6, 14) and months < 4 + m[0] % 4:
            if m[0] % 17 != 3:
                pid += 1
                pays.append((pid, m[0], d.isoformat(), fee[m[4]], ["card", "direct debit", "direct debit",
                                                                   "cash"][(m[0] + months) % 4]))
            months += 1
            d = D(d.year + (d.month == 12), d.month % 12 + 1, d.day)
    _ins(c, "tblPayment", pays)
    _done(c)


def build_metering(path: Path) -> None:
    """Legacy codes: ref_status, ref_region, ref_mtr_typ lookups; cust_acct, mtr, mtr_rdg, bill_hdr."""
    r = random.Random(904)
    c = _db(path, """
        CREATE TABLE ref_status(status_cd TEXT PRIMARY KEY, status_desc TEXT NOT NULL);
        CREATE TABLE ref_region(rgn_cd TEXT PRIMARY KEY, rgn_desc TEXT NOT NULL);
        CREATE TABLE ref_mtr_typ(mtr_typ_cd TEXT PRIMARY KEY, mtr_typ_desc TEXT NOT NULL, uom TEXT);
        CREATE TABLE cust_acct(acct_no INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL,
            rgn_cd TEXT REFERENCES ref_region(rgn_cd), status_cd TEXT REFERENCES ref_status(status_cd),
            open_dt TEXT, close_dt TEXT);
        CREATE TABLE mtr(mtr_id INTEGER PRIMARY KEY, acct_no INTEGER REFERENCES cust_acct(acct_no),
            mtr_typ_cd TEXT REFERENCES ref_mtr_typ(mtr_typ_cd), serial_no TEXT, install_dt TEXT,
            status_cd TEXT REFERENCES ref_status(status_cd));
        CREATE TABLE mtr_rdg(rdg_id INTEGER PRIMARY KEY, mtr_id INTEGER REFERENCES mtr(mtr_id), rdg_dt TEXT,
            usage_qty REAL, est_ind TEXT);
        CREATE TABLE bill_hdr(bill_no INTEGER PRIMARY KEY, acct_no INTEGER REFERENCES cust_acct(acct_no),
            bill_dt TEXT, due_dt TEXT, bill_amt REAL, paid_dt TEXT);
    """)
    _ins(c, "ref_status", [("A", "Active"), ("I", "Inactive"), ("P", "Pending"), ("S", "Suspended")])
    regions = [("NTH", "North"), ("STH", "South"), ("EST", "East"), ("WST", "West"), ("CTR", "Central")]
    _ins(c, "ref_region", regions)
    _ins(c, "ref_mtr_typ", [("E", "Electricity", "kWh"), ("G", "Gas", "m3"), ("W", "Water", "m3")])
    accts = []
    surnames = ["Okafor", "Lindgren", "Baptiste", "Moreau", "Tanaka", "Featherstone", "Ramsay", "Kaminski",
                "Oduya", "Halvorsen", "Delgado", "Achterberg", "Quayle", "Brennan", "Sato", "Varga"]
    initials = "ABCDEFGHJKLMPRST"
    rgn_w = [("NTH", 5), ("STH", 4), ("EST", 3), ("WST", 2), ("CTR", 6)]
    persons = [f"{i}. {s}" for i in initials for s in surnames]
    r.shuffle(persons)
    for a in range(1, 61):
        acct_no = 100200 + a * 13
        nm = persons[a] if a % 5 else f"{surnames[(a * 3) % 16]} Holdings Ltd"
        rg = r.choices([x[0] for x in rgn_w], weights=[x[1] for x in rgn_w])[0]
        st = "A" if a % 10 not in (3, 7) else ("P" if a % 20 == 3 else "I" if a % 20 == 7 else "S")
        if a in (12, 44):
            st = "P"
        opened = _day(r, D(2023, 1, 1), 860) if st != "P" else _day(r, D(2025, 5, 1), 40)
        closed = _day(r, D(2025, 1, 1), 150).isoformat() if st == "I" else None
        accts.append((acct_no, nm, rg, st, opened.isoformat(), closed))
    _ins(c, "cust_acct", accts)
    meters = []
    mid = 0
    for a in accts:
        if a[3] == "P" and a[0] % 2:
            continue
        n = 1 + (a[0] % 3 == 0) + (a[0] % 7 == 0)
        for k in range(n):
            mid += 1
            typ = ["E", "G", "W"][(k + a[0]) % 3]
            inst = max(D.fromisoformat(a[4]), _day(r, D(2023, 1, 1), 880))
            mst = a[3] if a[3] != "P" else "P"
            if a[3] == "A" and mid % 11 == 0:
                mst = "I"
            meters.append((mid, a[0], typ, f"{typ}{'XYZ'[mid % 3]}{(mid * 7919) % 100000:05d}", inst.isoformat(),
                           mst))
    _ins(c, "mtr", meters)
    rdgs = []
    rid = 0
    for m in meters:
        if m[5] == "P":
            continue
        d = D.fromisoformat(m[4]) + dt.timedelta(days=30)
        d = max(d, D(2024, 1, 15))
        while d <= D(2025, 6, 10) and len(rdgs) < 395:
            rid += 1
            base = {"E": 280, "G": 95, "W": 12}[m[2]]
            rdgs.append((rid, m[0], d.isoformat(), round(base * r.uniform(0.6, 1.5), 1),
                         "Y" if rid % 6 == 0 else "N"))
            d += dt.timedelta(days=r.choice([58, 61, 63, 90]))
    _ins(c, "mtr_rdg", rdgs)
    bills = []
    bno = 500000
    for a in accts:
        if a[3] == "P":
            continue
        d = max(D.fromisoformat(a[4]) + dt.timedelta(days=40), D(2024, 1, 20))
        while d <= D(2025, 6, 5):
            bno += 1
            amt = round(r.uniform(40, 260) * (3 if "Ltd" in a[1] else 1), 2)
            due = d + dt.timedelta(days=21)
            paid = None if (bno % 8 == 0 or (due > D(2025, 6, 1) and bno % 2)) else \
                (d + dt.timedelta(days=r.randint(3, 30))).isoformat()
            bills.append((bno, a[0], d.isoformat(), due.isoformat(), amt, paid))
            d += dt.timedelta(days=r.choice([90, 91, 92]))
    _ins(c, "bill_hdr", bills)
    _done(c)


def build_taskhub(path: Path) -> None:
    """Soft delete and audit columns: accounts, users, projects, tasks; subscription_history with
    valid_from/valid_to (NULL valid_to = current)."""
    r = random.Random(905)
    c = _db(path, """
        CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT, country TEXT, created_at TEXT,
            updated_at TEXT, deleted_at TEXT);
        CREATE TABLE users(id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id), email TEXT,
            full_name TEXT, role TEXT, last_login_at TEXT, created_at TEXT, updated_at TEXT, deleted_at TEXT);
        CREATE TABLE projects(id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id), name TEXT,
            owner_id INTEGER REFERENCES users(id), is_archived INTEGER, created_at TEXT, updated_at TEXT,
            deleted_at TEXT);
        CREATE TABLE tasks(id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES projects(id), title TEXT,
            assignee_id INTEGER REFERENCES users(id), status TEXT, priority TEXT, due_date TEXT,
            completed_at TEXT, created_at TEXT, updated_at TEXT, deleted_at TEXT);
        CREATE TABLE subscription_history(id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id),
            plan TEXT, seats INTEGER, monthly_price REAL, valid_from TEXT, valid_to TEXT);
    """)
    accounts = [(1, "Acme Robotics", "acme", "US", "2023-02-14"),
                (2, "Bluefin Analytics", "bluefin", "UK", "2023-05-02"),
                (3, "Copperleaf Studio", "copperleaf", "CA", "2023-08-19"),
                (4, "Driftwood Labs", "driftwood", "US", "2023-11-07"),
                (5, "Evergreen Health", "evergreen", "DE", "2024-01-22"),
                (6, "Foxglove Media", "foxglove", "UK", "2024-03-30"),
                (7, "Granite Logistics", "granite", "NL", "2024-06-11"),
                (8, "Harbourview Legal", "harbourview", "IE", "2024-09-03"),
                (9, "Ironbark Games", "ironbark", "AU", "2025-01-15"),
                (10, "Juniper Schools", "juniper", "UK", "2025-03-04")]
    acc_rows = []
    for a in accounts:
        deleted = "2025-02-28 10:12:00" if a[0] == 4 else ("2025-05-19 16:40:00" if a[0] == 8 else None)
        acc_rows.append((a[0], a[1], a[2], a[3], f"{a[4]} 09:00:00", deleted or f"{a[4]} 09:00:00", deleted))
    _ins(c, "accounts", acc_rows)
    subs = []
    sid = 0
    prices = {"free": 0.0, "starter": 49.0, "pro": 199.0, "enterprise": 899.0}
    paths = {1: ["starter", "pro", "enterprise"], 2: ["pro"], 3: ["free", "starter"], 4: ["starter", "pro"],
             5: ["pro", "enterprise"], 6: ["free", "starter", "pro"], 7: ["starter"], 8: ["pro"],
             9: ["free", "pro"], 10: ["starter"]}
    for a in accounts:
        start = D.fromisoformat(a[4])
        steps = paths[a[0]]
        for k, plan in enumerate(steps):
            sid += 1
            seats = 3 + a[0] * 2 + k * 5
            end = min(start + dt.timedelta(days=150 + a[0] * 11), D(2025, 5, 20) + dt.timedelta(days=a[0])) \
                if k < len(steps) - 1 else None
            subs.append((sid, a[0], plan, seats, prices[plan] + (seats * 8 if plan != "free" else 0),
                         start.isoformat(), end.isoformat() if end else None))
            if end:
                start = end
    _ins(c, "subscription_history", subs)
    users = []
    roles = ["admin", "member", "member", "member", "viewer"]
    uid = 0
    names = _people(r, 60)
    per_acct = {1: 8, 2: 6, 3: 4, 4: 3, 5: 7, 6: 5, 7: 4, 8: 3, 9: 5, 10: 4}
    for a in accounts:
        for k in range(per_acct[a[0]]):
            uid += 1
            g, f = names[uid - 1]
            created = max(D.fromisoformat(a[4]), _day(r, D(2023, 2, 14), 800))
            deleted = None
            if a[0] in (4, 8):
                deleted = acc_rows[a[0] - 1][6]
            elif uid % 9 == 0:
                deleted = f"{_day(r, D(2025, 1, 5), 150).isoformat()} 11:30:00"
            last = None if uid % 10 == 7 else f"{_day(r, D(2025, 4, 1), 75).isoformat()} 08:15:00"
            users.append((uid, a[0], f"{g.lower()}@{a[2]}.io", f"{g} {f}", roles[0] if k == 0 else roles[1 + uid % 4],
                          last, f"{created.isoformat()} 10:00:00", f"{created.isoformat()} 10:00:00", deleted))
    _ins(c, "users", users)
    words = ["Website Relaunch", "Q3 Roadmap", "Onboarding Revamp", "Data Warehouse", "Mobile App", "Billing Migration",
             "Brand Refresh", "Security Audit", "API v2", "Customer Portal", "Hiring Pipeline", "Office Move"]
    projects = []
    pid = 0
    for a in accounts:
        mine = [u for u in users if u[1] == a[0]]
        for k in range(1 + a[0] % 3 + (a[0] in (1, 5))):
            pid += 1
            created = max(D.fromisoformat(a[4]), _day(r, D(2023, 3, 1), 780))
            deleted = acc_rows[a[0] - 1][6] or ("2025-04-02 14:00:00" if pid in (5, 14) else None)
            updated = min(_day(r, max(created, D(2025, 1, 1)), 150), D(2025, 6, 14)).isoformat() + " 17:00:00"
            projects.append((pid, a[0], words[(pid * 5) % 12] if pid != 13 else "Analytics Dashboard",
                             mine[k % len(mine)][0], 1 if pid in (2, 9, 11) else 0,
                             f"{created.isoformat()} 09:30:00", deleted or updated, deleted))
    _ins(c, "projects", projects)
    verbs = ["Draft", "Review", "Fix", "Design", "Test", "Deploy", "Document", "Plan"]
    nouns = ["login flow", "pricing page", "invoice export", "staging env", "onboarding email", "search index",
             "dashboard", "SSO config", "release notes", "backup job"]
    tasks = []
    for t in range(1, 261):
        p = r.choice([x for x in projects if x[0] != 13])  # Analytics Dashboard has no tasks yet
        if t in (13, 33, 53):
            p = projects[2]
        team = [u for u in users if u[1] == p[1]]
        assignee = None if t % 8 == 0 else r.choice(team)[0]
        if t % 23 == 0:
            assignee = team[0][0]
        if t in (13, 33, 53):
            assignee = 4
        created = _day(r, D.fromisoformat(p[5][:10]), 300)
        created = min(created, D(2025, 6, 14))
        status = ["todo", "in_progress", "done", "done", "done"][t % 5]
        due = None if t % 6 == 0 else created + dt.timedelta(days=r.randint(5, 60))
        done_at = None
        if status == "done":
            done_at = min(created + dt.timedelta(days=r.randint(1, 40)), D(2025, 6, 14))
        deleted = p[7] or (f"{_day(r, D(2025, 2, 1), 120).isoformat()} 12:00:00" if t % 19 == 0 else None)
        upd = done_at or created
        tasks.append((t, p[0], f"{verbs[t % 8]} {nouns[(t * 3) % 10]}", assignee, status,
                      ["low", "medium", "high", "urgent"][(t * 7) % 4 if t % 3 else 1],
                      due.isoformat() if due else None, f"{done_at.isoformat()} 16:00:00" if done_at else None,
                      f"{created.isoformat()} 09:00:00", f"{upd.isoformat()} 16:00:00", deleted))
    _ins(c, "tasks", tasks)
    _done(c)


def build_catering(path: Path) -> None:
    """Quoted Title Case names with spaces: Clients, Menus, Staff ("Reports To" self-reference), Events and the
    link table "Event Staffing" with "Hours Worked"."""
    r = random.Random(906)
    c = _db(path, """
        CREATE TABLE "Clients"("Client ID" INTEGER PRIMARY KEY, "Client Name" TEXT NOT NULL, "Company" TEXT,
            "City" TEXT, "Email Address" TEXT, "Created On" TEXT);
        CREATE TABLE "Menus"("Menu ID" INTEGER PRIMARY KEY, "Menu Name" TEXT NOT NULL, "Cuisine" TEXT,
            "Price Per Head" REAL, "Is Vegetarian" INTEGER);
        CREATE TABLE "Staff"("Staff ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Job Title" TEXT,
            "Hourly Rate" REAL, "Start Date" TEXT, "Reports To" INTEGER REFERENCES "Staff"("Staff ID"));
        CREATE TABLE "Events"("Event ID" INTEGER PRIMARY KEY, "Client ID" INTEGER REFERENCES "Clients"("Client ID"),
            "Menu ID" INTEGER REFERENCES "Menus"("Menu ID"), "Event Date" TEXT, "Event Type" TEXT,
            "Guest Count" INTEGER, "Venue" TEXT, "Deposit Paid" REAL);
        CREATE TABLE "Event Staffing"("Event ID" INTEGER REFERENCES "Events"("Event ID"),
            "Staff ID" INTEGER REFERENCES "Staff"("Staff ID"), "Hours Worked" REAL, PRIMARY KEY("Event ID", "Staff ID"));
    """)
    cities = ["Bristol", "Bath", "Cheltenham", "Bristol", "Gloucester", "Swindon", "Bath"]
    companies = [None, "Avonside Bank", None, "Kestrel Engineering", None, "Mendip Press", None, "Severn Trust Law"]
    clients = []
    for i, (g, f) in enumerate(_people(r, 45), start=1):
        clients.append((i, f"{g} {f}", companies[i % 8], cities[i % 7],
                        None if i % 11 == 0 else f"{g[0].lower()}{f.lower()}@post.example",
                        _day(r, D(2023, 1, 1), 880).isoformat()))
    _ins(c, "Clients", clients)
    menus = [(1, "Classic Wedding Breakfast", "British", 48.0, 0), (2, "Garden Party Canapés", "British", 22.5, 0),
             (3, "Mezze Feast", "Middle Eastern", 31.0, 1), (4, "Tuscan Long Table", "Italian", 42.0, 0),
             (5, "Autumn Harvest Vegan", "Modern European", 36.0, 1), (6, "BBQ Smokehouse", "American", 27.5, 0),
             (7, "Thali Banquet", "Indian", 29.0, 1), (8, "Afternoon Tea", "British", 19.5, 1),
             (9, "Seafood Platter", "Mediterranean", 55.0, 0), (10, "Street Food Market", "Fusion", 24.0, 0)]
    _ins(c, "Menus", menus)
    staff = [(1, "Harriet Cole", "Head Chef", 24.0, "2016-04-01", None),
             (2, "Marcus Webb", "Events Manager", 22.0, "2017-09-12", None),
             (3, "Zainab Idris", "Sous Chef", 18.5, "2019-02-18", 1),
             (4, "Ollie Franks", "Chef de Partie", 15.75, "2021-06-07", 3),
             (5, "Beatriz Lopes", "Chef de Partie", 15.75, "2022-03-14", 3),
             (6, "Kwame Asante", "Front of House Lead", 16.5, "2018-11-26", 2),
             (7, "Sophie Tran", "Waiting Staff", 12.5, "2023-05-02", 6),
             (8, "Declan Moss", "Waiting Staff", 12.5, "2023-07-19", 6),
             (9, "Ewa Nowak", "Waiting Staff", 12.75, "2022-08-30", 6),
             (10, "Reuben Shaw", "Bartender", 13.5, "2021-10-04", 6),
             (11, "Imogen Pryce", "Waiting Staff", 12.5, "2024-04-15", 6),
             (12, "Tariq Aziz", "Kitchen Porter", 11.75, "2024-09-09", 3),
             (13, "Lena Fischer", "Events Coordinator", 17.0, "2020-01-20", 2),
             (14, "Jonah Reid", "Waiting Staff", 12.5, "2025-05-06", 6)]
    _ins(c, "Staff", staff)
    venues = ["The Orangery", "Clifton Assembly Rooms", "Priory Barn", "Client premises", "Harbourside Pavilion",
              "Pump Room"]
    types = ["Wedding", "Corporate", "Birthday", "Wedding", "Corporate", "Funeral Wake", "Christening"]
    events = []
    for e in range(1, 111):
        cl = clients[e - 1] if e <= len(clients) else r.choice(clients)  # every client has booked
        if e > len(clients) and e % 10 == 1:
            cl = clients[4]
        ty = types[e % 7]
        menu = r.choice([1, 4, 9, 5]) if ty == "Wedding" else r.choice(range(2, 11))
        dte = _day(r, D(2023, 9, 1), 700)
        if dte == D(2025, 6, 15):
            dte = D(2025, 6, 16)
        guests = r.randint(60, 180) if ty == "Wedding" else r.randint(15, 120)
        if e == 57:
            guests = 240
        deposit = None if e % 6 == 0 else round(guests * menus[menu - 1][3] * 0.25, 2)
        events.append((e, cl[0], menu, dte.isoformat(), ty, guests, venues[(e * 5) % 6], deposit))
    _ins(c, "Events", events)
    staffing = []
    for ev in events:
        if ev[3] > "2025-06-15":
            continue
        n = 2 + ev[5] // 40
        pool = [s[0] for s in staff if s[0] not in (2, 14)]
        for s in sorted(r.sample(pool, min(n, len(pool)))):
            staffing.append((ev[0], s, r.choice([4.0, 5.0, 5.5, 6.0, 7.5, 8.0])))
    _ins(c, "Event Staffing", staffing[:400])
    _done(c)


BUILDERS = {
    "salesdw": build_salesdw,
    "maritime": build_maritime,
    "fitclub": build_fitclub,
    "metering": build_metering,
    "taskhub": build_taskhub,
    "catering": build_catering,
}
