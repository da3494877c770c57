"""Six small trades, logistics and light-manufacturing databases for the fiftieth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, with some bookings still to come.

- ``metalfab`` (legacy ERP style: terse UPPERCASE run-together abbreviations such as ``CUSMAS``, ``ORDHDR``,
  ``ORDLIN``, ``CUSNO``, ``ORDDT``, ``SHPDT``): a sheet-metal fabrication job shop. ``CUSMAS`` (customer master),
  ``ITMMAS`` (item master: material code, unit price), ``ORDHDR`` (order header: required and ship dates, status
  OPEN/SHIPPED/CANCELLED), ``ORDLIN`` (order lines, linking orders and items), ``WRKCTR`` (work centres), ``EMPMAS``
  (employees) and ``LABTRN`` (labour hours booked by an employee against an order at a work centre).
- ``glazier`` (snake_case with Hungarian type prefixes: ``id_``, ``txt_``, ``dt_``, ``num_``, ``flg_``): a glass and
  glazing firm. ``client``, ``glass_type``, ``fitter``, ``job`` (some booked in for fitting after today),
  ``job_pane`` (panes of each glass type on a job), the link table ``job_fitter`` (hours per fitter per job) and
  ``invoice`` (``dt_paid`` NULL while unpaid).
- ``roofing`` (plural tables whose foreign keys are named after the role: ``prepared_by``, ``approved_by``,
  ``supervised_by``, ``logged_by``, ``assigned_to``, all referencing ``users``; self-referencing
  ``users.reports_to``): a roofing contractor. ``users`` (staff), ``customers``, ``properties`` (roof type),
  ``quotes``, ``jobs`` (some scheduled to start after today), the link table ``job_crew`` (days worked) and
  ``callouts`` (leak call-outs with ``logged_at`` / ``resolved_at`` timestamps).
- ``palletpool`` (enumerations stored as small integers explained in lookup tables): a pallet hire and pooling
  company. ``order_statuses`` (1 Requested .. 5 Cancelled), ``pallet_types``, ``damage_grades`` (1 Serviceable ..
  4 Scrap), ``depots``, ``accounts``, ``hire_orders``, ``hire_order_lines`` (pallets of each type on an order) and
  ``pallet_returns``.
- ``knitmill`` (a history table next to the current one): a small knitwear mill. ``suppliers``, ``yarns``,
  ``styles`` (current wholesale price), ``style_price_history`` (every price a style has had, ``valid_from`` ..
  ``valid_to`` inclusive, ``valid_to`` NULL for the current price), the link table ``style_yarns`` (grams of each
  yarn per garment), ``machines``, ``knitters`` and ``production_runs``.
- ``kitchenfitters`` (Mixed Case quoted names containing spaces: ``"Order Date"``, ``"Unit Price"``): a kitchen
  design and fitting company. ``"Suppliers"``, ``"Products"``, ``"Customers"``, ``"Staff"``, ``"Orders"`` (some
  with a fit date still to come), ``"Order Items"`` and the link table ``"Fitting Days"`` (hours a member of staff
  worked on an order on a day).
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
    "Adam", "Bethany", "Callum", "Deborah", "Ethan", "Fiona", "Gareth", "Helen", "Ian", "Jasmine", "Kieran", "Lauren",
    "Martin", "Natalie", "Owen", "Paula", "Rhys", "Sian", "Toby", "Ursula", "Victor", "Wendy", "Yasmin", "Zach",
]  # fmt: skip
SURN = [
    "Ainsworth", "Barlow", "Cartwright", "Dixon", "Ellis", "Fletcher", "Gibson", "Holt", "Ingram", "Jarvis",
    "Kendall", "Lister", "Marsden", "Naylor", "Oldroyd", "Pickering", "Radcliffe", "Sutcliffe", "Thackray",
    "Utley", "Wainwright", "Whiteley", "Yates",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[str]:
    """``n`` distinct "First Last" names."""
    pairs = [f"{f} {s}" for f in FIRST for s in SURN]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# -------------------------------------------------------------------------------------------------------- metalfab
MF_CITIES = ["Sheffield", "Rotherham", "Doncaster", "Barnsley", "Chesterfield", "Leeds"]
MF_CUS_A = ["Hallam", "Don Valley", "Pennine", "Castle", "Ridgeway", "Brightside", "Attercliffe", "Loxley"]
MF_CUS_B = ["Ducting Ltd", "Engineering", "Shopfitters", "Enclosures Ltd", "Conveyors", "Automation"]
MF_ITEMS = [
    ("BRK-050", "Angle Bracket 50mm", "MS", 1.85), ("BRK-100", "Angle Bracket 100mm", "MS", 2.60),
    ("BRK-150", "Heavy Angle Bracket 150mm", "GALV", 4.35), ("BRK-SS75", "Stainless Bracket 75mm", "SS304", 5.90),
    ("ENC-300", "Control Enclosure 300x300", "MS", 48.50), ("ENC-400", "Control Enclosure 400x400", "MS", 62.75),
    ("ENC-SS400", "Washdown Enclosure 400x400", "SS304", 139.00), ("ENC-AL200", "Instrument Box 200mm", "AL5052", 36.20),
    ("CVR-120", "Cable Tray Cover 1.2m", "GALV", 11.40), ("CVR-SS60", "Drain Cover 600mm", "SS304", 54.95),
    ("PNL-A4", "Blank Panel A4", "AL5052", 6.75), ("PNL-1200", "Cladding Panel 1200x600", "AL5052", 27.30),
    ("PNL-SS900", "Splashback Panel 900mm", "SS304", 88.40), ("DCT-150", "Duct Section 150mm", "GALV", 14.60),
    ("DCT-200", "Duct Section 200mm", "GALV", 18.25), ("DCT-BND90", "Duct Bend 90 Degree", "GALV", 21.80),
    ("GRD-600", "Machine Guard 600mm", "MS", 73.10), ("GRD-MESH", "Mesh Guard Panel", "MS", 39.95),
    ("TRY-300", "Cable Tray 300mm x 3m", "GALV", 31.50), ("TRY-SS150", "Stainless Cable Tray 150mm", "SS304", 58.00),
    ("CHS-19", "19in Rack Chassis 2U", "AL5052", 64.80), ("CHS-19-4U", "19in Rack Chassis 4U", "AL5052", 92.30),
    ("SHF-900", "Shelf 900mm", "MS", 17.45), ("SHF-SS1200", "Stainless Shelf 1200mm", "SS304", 96.70),
    ("HPR-50", "Feed Hopper 50L", "SS304", 212.00), ("BSE-PLT", "Base Plate 200x200", "MS", 8.90),
    ("KCK-PLT", "Kick Plate 800mm", "SS304", 24.15), ("SGN-BLK", "Sign Blank 600x400", "AL5052", 12.60),
    ("BIN-LID", "Bin Lid Hinged", "GALV", 29.90), ("STP-TRD", "Stair Tread 1000mm", "GALV", 45.25),
    ("FLS-CAP", "Flashing Cap 2m", "AL5052", 16.80), ("ENC-SS600", "Washdown Enclosure 600x600", "SS304", 184.50),
    ("GRD-SS1000", "Stainless Guard 1000mm", "SS304", 161.00),
]  # fmt: skip
MF_WCS = [
    ("LAS01", "Laser Cutting", 85.00), ("PUN01", "Turret Punch", 70.00), ("BRK01", "Press Brake", 60.00),
    ("WLD01", "MIG Welding", 55.00), ("WLD02", "TIG Welding", 65.00), ("PCT01", "Powder Coating", 50.00),
    ("ASM01", "Assembly", 42.50), ("INS01", "Final Inspection", 40.00),
]  # fmt: skip


def build_metalfab(path: Path) -> None:
    r = random.Random(50001)
    c = fresh_db(
        path,
        """
        CREATE TABLE CUSMAS (CUSNO INTEGER PRIMARY KEY, CUSNM TEXT NOT NULL, CUSCTY TEXT NOT NULL,
            CRDLMT REAL NOT NULL, OPNDT TEXT NOT NULL);
        CREATE TABLE ITMMAS (ITMNO TEXT PRIMARY KEY, ITMDSC TEXT NOT NULL, MATCD TEXT NOT NULL,
            UNTPRC REAL NOT NULL, ONHND INTEGER NOT NULL);
        CREATE TABLE ORDHDR (ORDNO INTEGER PRIMARY KEY, CUSNO INTEGER NOT NULL REFERENCES CUSMAS(CUSNO),
            ORDDT TEXT NOT NULL, REQDT TEXT NOT NULL, SHPDT TEXT, ORDSTS TEXT NOT NULL, CUSPO TEXT);
        CREATE TABLE ORDLIN (ORDNO INTEGER NOT NULL REFERENCES ORDHDR(ORDNO), LINNO INTEGER NOT NULL,
            ITMNO TEXT NOT NULL REFERENCES ITMMAS(ITMNO), ORDQTY INTEGER NOT NULL, UNTPRC REAL NOT NULL,
            PRIMARY KEY (ORDNO, LINNO));
        CREATE TABLE WRKCTR (WCNO TEXT PRIMARY KEY, WCDSC TEXT NOT NULL, HRRT REAL NOT NULL);
        CREATE TABLE EMPMAS (EMPNO INTEGER PRIMARY KEY, EMPNM TEXT NOT NULL,
            WCNO TEXT NOT NULL REFERENCES WRKCTR(WCNO), HIREDT TEXT NOT NULL, PAYRT REAL NOT NULL);
        CREATE TABLE LABTRN (TRNNO INTEGER PRIMARY KEY, EMPNO INTEGER NOT NULL REFERENCES EMPMAS(EMPNO),
            ORDNO INTEGER NOT NULL REFERENCES ORDHDR(ORDNO), WCNO TEXT NOT NULL REFERENCES WRKCTR(WCNO),
            TRNDT TEXT NOT NULL, HRS REAL NOT NULL);
        """,
    )
    cust_names = [f"{a} {b}" for a in MF_CUS_A for b in MF_CUS_B]
    r.shuffle(cust_names)
    custs = []
    for k, nm in enumerate(cust_names[:40], 1001):
        lim = r.choice([5000, 10000, 15000, 25000, 40000, 60000, 75000])
        custs.append((k, nm, r.choice(MF_CITIES), float(lim), _iso(day_between(r, D(2015, 1, 1), D(2025, 5, 30)))))
    insert(c, "CUSMAS", custs)
    insert(c, "ITMMAS", [(i, d, m, p, r.randint(0, 120)) for i, d, m, p in MF_ITEMS])
    insert(c, "WRKCTR", MF_WCS)
    emps = []
    for k, nm in enumerate(_names(r, 30), 101):
        wc = MF_WCS[(k - 101) % len(MF_WCS)][0]
        hired = day_between(r, D(2008, 1, 1), D(2025, 3, 31))
        emps.append((k, nm, wc, _iso(hired), round(r.uniform(12.6, 19.8), 2)))
    insert(c, "EMPMAS", emps)
    orders, lines = [], []
    orderable = [x[0] for x in MF_ITEMS[:-3]]  # the last three items have never been ordered
    for _ in range(200):
        cu = r.randint(1001, 1036)  # customers 1037-1040 have never ordered
        od = day_between(r, START, LAST)
        rq = _days(od, r.randint(10, 35))
        sd = _days(od, r.randint(5, 32))
        if r.random() < 0.07:
            st, sd2 = "CANCELLED", None
        elif sd >= TODAY:
            st, sd2 = "OPEN", None
        else:
            st, sd2 = "SHIPPED", sd
        orders.append((cu, od, rq, sd2, st, f"PO-{r.randint(10000, 99999)}" if r.random() < 0.85 else None))
    # a few late open orders
    for cu, od in ((1003, D(2025, 4, 22)), (1011, D(2025, 5, 2)), (1024, D(2025, 5, 9))):
        orders.append((cu, od, _days(od, 21), None, "OPEN", f"PO-{r.randint(10000, 99999)}"))
    orders.sort(key=lambda x: x[1])
    hdr = []
    for k, (cu, od, rq, sd, st, po) in enumerate(orders, 50001):
        hdr.append((k, cu, _iso(od), _iso(rq), _iso(sd), st, po))
        for ln, itm in enumerate(r.sample(orderable, r.choice([1, 1, 2, 2, 3])), 1):
            price = next(p for i, _d, _m, p in MF_ITEMS if i == itm)
            lines.append(
                (k, ln, itm, r.choice([5, 10, 10, 20, 25, 50, 100]) if price < 30 else r.randint(1, 12), price)
            )
    insert(c, "ORDHDR", hdr)
    insert(c, "ORDLIN", lines)
    lab = []
    worked = [h for h in hdr if h[5] != "CANCELLED"]
    for _ in range(360):
        h = r.choice(worked)
        od = D.fromisoformat(h[2])
        end = D.fromisoformat(h[4]) if h[4] else LAST
        if end < od:
            continue
        e = r.choice(emps)
        d = day_between(r, od, end)
        if D.fromisoformat(e[3]) > d:
            continue
        wc = e[2] if r.random() < 0.8 else r.choice(MF_WCS)[0]
        if wc == "PCT01" and d >= D(2025, 6, 1):  # the powder-coating line is down for refurbishment in June 2025
            wc = "ASM01"
        lab.append((e[0], h[0], wc, _iso(d), r.choice([0.5, 1.0, 1.5, 2.0, 2.5, 3.25, 4.0, 5.5, 7.5])))
    lab.sort(key=lambda x: (x[3], x[0]))
    insert(c, "LABTRN", [(k, *x) for k, x in enumerate(lab, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- glazier
GZ_TOWNS = ["Leeds", "Bradford", "Halifax", "Huddersfield", "Wakefield", "Harrogate"]
GZ_GLASS = [
    ("4mm Clear Float", 4, 28.50, 0), ("6mm Clear Float", 6, 36.00, 0), ("6mm Toughened", 6, 64.00, 1),
    ("10mm Toughened", 10, 112.50, 1), ("6.4mm Laminated", 6.4, 58.75, 1), ("8.8mm Acoustic Laminated", 8.8, 96.20, 1),
    ("4mm Obscure Satin", 4, 34.80, 0), ("28mm Double Glazed Unit", 28, 79.90, 0),
    ("28mm Low-E Double Glazed Unit", 28, 94.60, 0), ("44mm Triple Glazed Unit", 44, 142.00, 0),
    ("6mm Mirror", 6, 48.30, 0), ("12mm Toughened Balustrade", 12, 168.00, 1), ("4mm Georgian Wired", 4, 52.40, 1),
]  # fmt: skip
GZ_FITTERS = [
    ("Dean Marsh", D(2012, 3, 5), 210.00, 1), ("Carl Hepworth", D(2014, 8, 18), 200.00, 1),
    ("Leon Shaw", D(2017, 1, 9), 185.00, 1), ("Mick Bairstow", D(2009, 6, 1), 225.00, 0),
    ("Shane Priestley", D(2019, 4, 23), 180.00, 1), ("Ryan Gott", D(2021, 10, 4), 165.00, 1),
    ("Kyle Firth", D(2023, 2, 13), 150.00, 1), ("Jordan Pearce", D(2018, 5, 14), 175.00, 0),
    ("Amy Tordoff", D(2024, 3, 4), 155.00, 1),
]  # fmt: skip
GZ_JOB_TYPES = ["Replacement Window", "Shower Screen", "Shopfront", "Balustrade", "Secondary Glazing", "Mirror"]
GZ_BIZ = ["Cafe", "Dental Practice", "Estates", "Salon", "Florist", "Letting Agents", "Opticians", "Bistro", "Gym"]


def build_glazier(path: Path) -> None:
    r = random.Random(50002)
    c = fresh_db(
        path,
        """
        CREATE TABLE client (id_client INTEGER PRIMARY KEY, txt_name TEXT NOT NULL, txt_town TEXT NOT NULL,
            txt_client_type TEXT NOT NULL, flg_trade INTEGER NOT NULL DEFAULT 0, dt_registered TEXT NOT NULL);
        CREATE TABLE glass_type (id_glass_type INTEGER PRIMARY KEY, txt_description TEXT NOT NULL,
            num_thickness_mm REAL NOT NULL, num_price_m2 REAL NOT NULL, flg_safety INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE fitter (id_fitter INTEGER PRIMARY KEY, txt_name TEXT NOT NULL, dt_start TEXT NOT NULL,
            num_day_rate REAL NOT NULL, flg_active INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE job (id_job INTEGER PRIMARY KEY, id_client INTEGER NOT NULL REFERENCES client(id_client),
            txt_job_type TEXT NOT NULL, txt_status TEXT NOT NULL, dt_ordered TEXT NOT NULL, dt_scheduled TEXT,
            dt_fitted TEXT, num_quote REAL NOT NULL);
        CREATE TABLE job_pane (id_pane INTEGER PRIMARY KEY, id_job INTEGER NOT NULL REFERENCES job(id_job),
            id_glass_type INTEGER NOT NULL REFERENCES glass_type(id_glass_type), num_width_mm INTEGER NOT NULL,
            num_height_mm INTEGER NOT NULL, num_qty INTEGER NOT NULL);
        CREATE TABLE job_fitter (id_job INTEGER NOT NULL REFERENCES job(id_job),
            id_fitter INTEGER NOT NULL REFERENCES fitter(id_fitter), num_hours REAL NOT NULL,
            PRIMARY KEY (id_job, id_fitter));
        CREATE TABLE invoice (id_invoice INTEGER PRIMARY KEY, id_job INTEGER NOT NULL REFERENCES job(id_job),
            dt_issued TEXT NOT NULL, num_amount REAL NOT NULL, dt_paid TEXT);
        """,
    )
    clients = []
    people = _names(r, 50)
    for k in range(1, 71):
        town = r.choice(GZ_TOWNS)
        if k <= 48:
            nm, typ, trade = people[k - 1], "Domestic", 0
        else:
            nm, typ = f"{r.choice(SURN)} {GZ_BIZ[(k - 49) % len(GZ_BIZ)]}", "Commercial"
            trade = int(r.random() < 0.5)
        clients.append((k, nm, town, typ, trade, _iso(day_between(r, D(2021, 6, 1), D(2025, 6, 10)))))
    # make sure names are unique
    seen: set[str] = set()
    for i, cl in enumerate(clients):
        nm = cl[1]
        while nm in seen:
            nm = f"{r.choice(SURN)} {GZ_BIZ[r.randrange(len(GZ_BIZ))]}"
        seen.add(nm)
        clients[i] = (cl[0], nm, *cl[2:])
    insert(c, "client", clients)
    insert(c, "glass_type", [(k, *g) for k, g in enumerate(GZ_GLASS, 1)])
    insert(c, "fitter", [(k, n, _iso(s), rate, a) for k, (n, s, rate, a) in enumerate(GZ_FITTERS, 1)])
    usable_glass = list(range(1, 12))  # the balustrade glass and the wired glass have never been used
    jobs, panes, crew, invoices = [], [], [], []
    reg = {cl[0]: D.fromisoformat(cl[5]) for cl in clients}
    active_clients = [k for k in reg if k not in (7, 19, 33)]  # three clients never had a job
    raw = []
    for _ in range(190):
        cl = r.choice(active_clients)
        od = day_between(r, max(START, reg[cl]), LAST) if reg[cl] < LAST else LAST
        raw.append((cl, od))
    raw.sort(key=lambda x: x[1])
    for k, (cl, od) in enumerate(raw, 1):
        typ = r.choice(GZ_JOB_TYPES)
        sched = _days(od, r.randint(3, 28))
        if r.random() < 0.08:
            st, fitted = "Cancelled", None
        elif sched >= TODAY:
            st, fitted = "Booked", None
        else:
            st, fitted = "Fitted", sched
        quote = 0.0
        for _p in range(r.choice([1, 1, 2, 3])):
            g = r.choice(usable_glass)
            w, h, q = r.randrange(400, 2400, 50), r.randrange(400, 2100, 50), r.choice([1, 1, 1, 2, 4])
            panes.append((len(panes) + 1, k, g, w, h, q))
            quote += w * h / 1e6 * q * GZ_GLASS[g - 1][2]
        quote = round(quote * 1.6 + r.choice([60, 85, 120, 150]), 2)
        jobs.append((k, cl, typ, st, _iso(od), None if st == "Cancelled" else _iso(sched), _iso(fitted), quote))
        if st == "Fitted":
            fitted_by = [
                f for f, (_n, s, _rate, a) in enumerate(GZ_FITTERS, 1) if s <= sched and (a or sched < D(2024, 1, 1))
            ]
            for f in r.sample(fitted_by, r.choice([1, 1, 2])):
                crew.append((k, f, r.choice([2.0, 3.5, 4.0, 6.0, 7.5, 8.0])))
            issued = _days(sched, r.randint(0, 3))
            if issued <= LAST:
                paid = _days(issued, r.randint(2, 45))
                invoices.append((k, _iso(issued), quote, _iso(paid) if paid <= LAST and r.random() < 0.93 else None))
    insert(c, "job", jobs)
    insert(c, "job_pane", panes)
    insert(c, "job_fitter", crew)
    invoices.sort(key=lambda x: str(x[1]))
    insert(c, "invoice", [(k, *x) for k, x in enumerate(invoices, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- roofing
RF_USERS = [
    # (id, name, role, reports_to, hired, day_rate)
    (1, "Graham Tunnicliffe", "Owner", None, D(2004, 4, 1), 0.00),
    (2, "Sandra Cole", "Operations Manager", 1, D(2010, 9, 6), 0.00),
    (3, "Julie Mercer", "Office Administrator", 2, D(2016, 2, 15), 0.00),
    (4, "Nathan Birch", "Estimator", 2, D(2013, 5, 20), 0.00),
    (5, "Priya Anand", "Estimator", 2, D(2019, 11, 4), 0.00),
    (6, "Colin Rudd", "Estimator", 2, D(2024, 1, 8), 0.00),
    (7, "Gareth Price", "Supervisor", 2, D(2008, 7, 14), 185.00),
    (8, "Darren Hollis", "Supervisor", 2, D(2012, 3, 26), 180.00),
    (9, "Kevin Ashby", "Supervisor", 2, D(2017, 6, 12), 175.00),
    (10, "Lee Fenwick", "Roofer", 7, D(2006, 5, 2), 160.00),
    (11, "Stuart Dyer", "Roofer", 7, D(2014, 9, 1), 150.00),
    (12, "Wayne Pollard", "Roofer", 7, D(2018, 4, 16), 145.00),
    (13, "Tom Haworth", "Roofer", 8, D(2015, 8, 3), 150.00),
    (14, "Craig Benson", "Roofer", 8, D(2020, 3, 9), 140.00),
    (15, "Ashley Moss", "Roofer", 8, D(2011, 1, 10), 155.00),
    (16, "Paul Ingleby", "Roofer", 9, D(2016, 10, 24), 148.00),
    (17, "Ricky Stead", "Roofer", 9, D(2022, 5, 30), 135.00),
    (18, "Sean Doherty", "Roofer", 9, D(2010, 2, 1), 158.00),
    (19, "Jake Whitworth", "Apprentice", 10, D(2023, 9, 4), 85.00),
    (20, "Ellie Brook", "Apprentice", 13, D(2024, 9, 2), 80.00),
    (21, "Harvey Lund", "Apprentice", 16, D(2024, 9, 2), 80.00),
    (22, "Mason Pike", "Apprentice", 10, D(2025, 5, 12), 78.00),
]
RF_TOWNS = ["Bath", "Bristol", "Keynsham", "Frome", "Radstock", "Chippenham"]
RF_STREETS = ["High Street", "Church Road", "Station Road", "Mill Lane", "Park Avenue", "London Road",
              "The Crescent", "Orchard Close", "Victoria Terrace", "Manor Way", "Springfield Road"]  # fmt: skip
RF_ROOFS = ["Slate", "Clay Tile", "Concrete Tile", "Flat EPDM", "Felt", "Metal"]


def build_roofing(path: Path) -> None:
    r = random.Random(50003)
    c = fresh_db(
        path,
        """
        CREATE TABLE users (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, role TEXT NOT NULL,
            reports_to INTEGER REFERENCES users(id), hired_on TEXT NOT NULL, day_rate REAL NOT NULL);
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT, email TEXT,
            created_on TEXT NOT NULL);
        CREATE TABLE properties (id INTEGER PRIMARY KEY, owner INTEGER NOT NULL REFERENCES customers(id),
            address TEXT NOT NULL, town TEXT NOT NULL, roof_type TEXT NOT NULL, listed_building INTEGER NOT NULL);
        CREATE TABLE quotes (id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties(id),
            prepared_by INTEGER NOT NULL REFERENCES users(id), approved_by INTEGER REFERENCES users(id),
            quoted_on TEXT NOT NULL, amount REAL NOT NULL, status TEXT NOT NULL, description TEXT NOT NULL);
        CREATE TABLE jobs (id INTEGER PRIMARY KEY, quote_id INTEGER NOT NULL REFERENCES quotes(id),
            supervised_by INTEGER NOT NULL REFERENCES users(id), start_date TEXT NOT NULL, finish_date TEXT,
            status TEXT NOT NULL);
        CREATE TABLE job_crew (job_id INTEGER NOT NULL REFERENCES jobs(id),
            user_id INTEGER NOT NULL REFERENCES users(id), days_worked REAL NOT NULL, PRIMARY KEY (job_id, user_id));
        CREATE TABLE callouts (id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties(id),
            logged_by INTEGER NOT NULL REFERENCES users(id), assigned_to INTEGER REFERENCES users(id),
            logged_at TEXT NOT NULL, resolved_at TEXT, priority TEXT NOT NULL, notes TEXT);
        """,
    )
    insert(c, "users", [(i, n, ro, m, _iso(h), rate) for i, n, ro, m, h, rate in RF_USERS])
    custs = []
    for k, nm in enumerate(_names(r, 60), 1):
        phone = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}" if r.random() < 0.9 else None
        email = f"{nm.lower().replace(' ', '.')}@example.co.uk" if r.random() < 0.75 else None
        custs.append((k, nm, phone, email, _iso(day_between(r, D(2020, 1, 1), D(2025, 6, 1)))))
    insert(c, "customers", custs)
    props = []
    for k in range(1, 91):
        owner = k if k <= 60 else r.randint(1, 60)
        addr = f"{r.randint(1, 120)} {r.choice(RF_STREETS)}"
        props.append((k, owner, addr, r.choice(RF_TOWNS), r.choice(RF_ROOFS), int(r.random() < 0.12)))
    insert(c, "properties", props)
    descs = ["Re-roof", "Ridge repair", "Replace slipped tiles", "Chimney flashing", "Flat roof replacement",
             "Guttering and fascias", "Moss removal and treatment", "Valley repair"]  # fmt: skip
    quotes = []
    for _ in range(180):
        qd = day_between(r, START, LAST)
        prep = r.choice([u[0] for u in RF_USERS if u[2] == "Estimator" and u[4] <= qd])
        desc = r.choice(descs)
        amt = round(r.uniform(3500, 16000) if desc in ("Re-roof", "Flat roof replacement") else r.uniform(180, 2400), 2)
        st = "Pending" if qd >= D(2025, 5, 25) else r.choices(["Accepted", "Declined", "Pending"], [0.6, 0.3, 0.1])[0]
        appr = None
        if st != "Pending" or amt > 5000:
            appr = 1 if amt > 8000 else 2
            if st == "Pending":
                appr = None
        quotes.append((r.randint(1, 90), prep, appr, qd, amt, st, desc, None))
    # accepted quotes whose jobs are under way or still to come: (property, estimator, quoted, job start, job)
    booked = [
        (14, 4, D(2025, 4, 28), D(2025, 6, 9), "Re-roof"),
        (52, 5, D(2025, 5, 6), D(2025, 6, 13), "Valley repair"),
        (33, 5, D(2025, 5, 12), D(2025, 6, 23), "Flat roof replacement"),
        (71, 6, D(2025, 5, 15), D(2025, 6, 30), "Chimney flashing"),
        (8, 4, D(2025, 5, 20), D(2025, 7, 14), "Re-roof"),
        (45, 6, D(2025, 5, 22), D(2025, 8, 4), "Guttering and fascias"),
    ]
    for prop, prep, qd, sd, desc in booked:
        amt = round(r.uniform(5200, 14000) if desc in ("Re-roof", "Flat roof replacement") else r.uniform(300, 2200), 2)
        quotes.append((prop, prep, 1 if amt > 8000 else 2, qd, amt, "Accepted", desc, sd))
    quotes.sort(key=lambda x: x[3])
    insert(c, "quotes",
           [(k, p, pr, a, _iso(d), amt, st, de) for k, (p, pr, a, d, amt, st, de, _s) in enumerate(quotes, 1)])  # fmt: skip
    jobs, crew = [], []
    roofers = [u for u in RF_USERS if u[2] in ("Roofer", "Apprentice")]
    never = {17}  # Ricky Stead has not been put on a crew yet
    for qk, (_p, _pr, _a, qd, _amt, st, desc, fixed) in enumerate(quotes, 1):
        if st != "Accepted":
            continue
        sd = fixed or _days(qd, r.randint(7, 60))
        big = desc in ("Re-roof", "Flat roof replacement")
        length = r.randint(4, 12) if big else r.randint(1, 2)
        fd = _days(sd, length - 1)
        if r.random() < 0.05 and sd < TODAY and not fixed:
            status, fin = "Cancelled", None
        elif sd >= TODAY:
            status, fin = "Scheduled", None
        elif fd >= TODAY:
            status, fin = "In Progress", None
        else:
            status, fin = "Completed", fd
        sup = r.choice([u[0] for u in RF_USERS if u[2] == "Supervisor"])
        jobs.append((qk, sup, _iso(sd), _iso(fin), status, sd, length))
    insert(c, "jobs", [(k, q, s, sd, f, st) for k, (q, s, sd, f, st, _d, _n) in enumerate(jobs, 1)])
    for k, (_q, sup, _sd, _f, st, sd, length) in enumerate(jobs, 1):
        if st in ("Scheduled", "Cancelled"):
            continue
        team = [u for u in roofers if u[4] <= sd and u[0] not in never and (u[3] == sup or u[3] in
                [x[0] for x in RF_USERS if x[3] == sup])]  # fmt: skip
        if not team:
            team = [u for u in roofers if u[4] <= sd and u[0] not in never]
        for u in r.sample(team, min(len(team), r.choice([1, 2, 2, 3]))):
            crew.append((k, u[0], float(length) if r.random() < 0.7 else max(0.5, length - 0.5)))
    insert(c, "job_crew", crew)
    calls = []
    notes = ["Water coming through ceiling", "Tiles blown off in storm", "Gutter overflowing", "Damp patch on wall",
             "Flashing loose", None, None]  # fmt: skip
    for _ in range(130):
        d = day_between(r, START, LAST)
        at = dt.datetime(d.year, d.month, d.day, r.randint(7, 18), r.randint(0, 59), r.randint(0, 59))
        pri = r.choices(["Low", "Normal", "Urgent"], [0.3, 0.5, 0.2])[0]
        logger = r.choice([2, 3, 3, 3])
        assignee = r.choice([u[0] for u in RF_USERS if u[2] in ("Supervisor", "Roofer") and u[4] <= d and u[0] != 17])
        res = at + dt.timedelta(hours=r.randint(2, 30) if pri == "Urgent" else r.randint(12, 200))
        resolved = res.strftime("%Y-%m-%d %H:%M:%S") if res < dt.datetime(2025, 6, 15) else None
        if resolved is None:
            assignee = assignee if r.random() < 0.7 else None
        calls.append((r.randint(1, 90), logger, assignee, at.strftime("%Y-%m-%d %H:%M:%S"), resolved, pri,
                      r.choice(notes)))  # fmt: skip
    for prop, d, hh, pri, who in ((23, D(2025, 6, 11), 9, "Urgent", 13), (61, D(2025, 6, 12), 15, "Normal", None),
                                  (5, D(2025, 6, 13), 8, "Urgent", 10), (77, D(2025, 6, 13), 16, "Low", None),
                                  (40, D(2025, 6, 14), 11, "Urgent", None)):  # fmt: skip
        at = dt.datetime(d.year, d.month, d.day, hh, r.randint(0, 59), r.randint(0, 59))
        calls.append((prop, 3, who, at.strftime("%Y-%m-%d %H:%M:%S"), None, pri, r.choice(notes[:5])))
    calls.sort(key=lambda x: x[3])
    insert(c, "callouts", [(k, *x) for k, x in enumerate(calls, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ palletpool
PP_STATUSES = [(1, "Requested"), (2, "Dispatched"), (3, "Delivered"), (4, "Returned"), (5, "Cancelled")]
PP_TYPES = [
    (1, "UK Standard 1200x1000", 0.18), (2, "Euro 1200x800", 0.15), (3, "Half Pallet 800x600", 0.11),
    (4, "Quarter Pallet 600x400", 0.08), (5, "Plastic Hygienic 1200x1000", 0.42), (6, "Export Heat-Treated", 0.24),
]  # fmt: skip
PP_GRADES = [(1, "Serviceable"), (2, "Minor repair"), (3, "Major repair"), (4, "Scrap")]
PP_DEPOTS = [
    (1, "Trafford Park", "Manchester", "North West", D(2009, 3, 1)),
    (2, "Cross Green", "Leeds", "Yorkshire", D(2011, 6, 1)),
    (3, "Magna Park", "Lutterworth", "Midlands", D(2013, 9, 1)),
    (4, "Avonmouth", "Bristol", "South West", D(2015, 4, 1)),
    (5, "Thurrock", "Grays", "South East", D(2016, 1, 1)),
    (6, "Eurocentral", "Motherwell", "Scotland", D(2018, 5, 1)),
    (7, "Team Valley", "Gateshead", "North East", D(2020, 2, 1)),
    (8, "Felixstowe Road", "Ipswich", "East", D(2025, 4, 1)),
]
PP_CO_A = ["Northgate", "Riverside", "Summit", "Oakwood", "Harbour", "Crown", "Meadow", "Beacon", "Kestrel", "Vale"]
PP_CO_B = ["Foods", "Beverages", "Logistics", "Packaging", "Building Supplies", "Pharma", "Garden Products"]


def build_palletpool(path: Path) -> None:
    r = random.Random(50004)
    c = fresh_db(
        path,
        """
        CREATE TABLE order_statuses (status_id INTEGER PRIMARY KEY, status_name TEXT NOT NULL);
        CREATE TABLE pallet_types (pallet_type_id INTEGER PRIMARY KEY, description TEXT NOT NULL,
            daily_hire_rate REAL NOT NULL);
        CREATE TABLE damage_grades (grade_id INTEGER PRIMARY KEY, grade_name TEXT NOT NULL);
        CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT NOT NULL, city TEXT NOT NULL,
            region TEXT NOT NULL, opened_on TEXT NOT NULL);
        CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, city TEXT NOT NULL,
            home_depot_id INTEGER NOT NULL REFERENCES depots(depot_id), opened_on TEXT NOT NULL,
            credit_limit REAL NOT NULL);
        CREATE TABLE hire_orders (order_id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL
            REFERENCES accounts(account_id), depot_id INTEGER NOT NULL REFERENCES depots(depot_id),
            status_id INTEGER NOT NULL REFERENCES order_statuses(status_id), ordered_on TEXT NOT NULL,
            delivery_due TEXT NOT NULL, customer_ref TEXT);
        CREATE TABLE hire_order_lines (order_id INTEGER NOT NULL REFERENCES hire_orders(order_id),
            pallet_type_id INTEGER NOT NULL REFERENCES pallet_types(pallet_type_id), quantity INTEGER NOT NULL,
            PRIMARY KEY (order_id, pallet_type_id));
        CREATE TABLE pallet_returns (return_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL
            REFERENCES hire_orders(order_id), received_depot_id INTEGER NOT NULL REFERENCES depots(depot_id),
            returned_on TEXT NOT NULL, pallet_type_id INTEGER NOT NULL REFERENCES pallet_types(pallet_type_id),
            quantity INTEGER NOT NULL, grade_id INTEGER NOT NULL REFERENCES damage_grades(grade_id));
        """,
    )
    insert(c, "order_statuses", PP_STATUSES)
    insert(c, "pallet_types", PP_TYPES)
    insert(c, "damage_grades", PP_GRADES)
    insert(c, "depots", [(i, n, ci, rg, _iso(o)) for i, n, ci, rg, o in PP_DEPOTS])
    cos = [f"{a} {b}" for a in PP_CO_A for b in PP_CO_B]
    r.shuffle(cos)
    cities = {1: ["Manchester", "Bolton", "Stockport"], 2: ["Leeds", "Wakefield", "Bradford"],
              3: ["Leicester", "Coventry", "Northampton"], 4: ["Bristol", "Gloucester", "Swindon"],
              5: ["Basildon", "Chelmsford", "Dartford"], 6: ["Glasgow", "Motherwell", "Falkirk"],
              7: ["Newcastle", "Sunderland", "Durham"], 8: ["Ipswich", "Colchester"]}  # fmt: skip
    accts = []
    for k in range(1, 61):
        dep = r.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 7]) if k != 60 else 8
        accts.append((k, cos[k - 1], r.choice(cities[dep]), dep, _iso(day_between(r, D(2014, 1, 1), D(2025, 5, 20))),
                      float(r.choice([2500, 5000, 10000, 20000]))))  # fmt: skip
    insert(c, "accounts", accts)
    orders = []
    for _ in range(250):
        a = accts[r.randint(0, 55)]  # accounts 57-60 have not ordered yet
        od = day_between(r, max(START, D.fromisoformat(a[4])), LAST)
        dep = a[3] if r.random() < 0.85 else r.randint(1, 7)
        due = _days(od, r.randint(1, 5))
        age = (TODAY - od).days
        if r.random() < 0.06:
            st = 5
        elif due >= TODAY:
            st = 1 if r.random() < 0.6 else 2
        elif age < 30:
            st = 2 if r.random() < 0.5 else 3
        elif age < 90:
            st = r.choice([3, 3, 4])
        else:
            st = 4 if r.random() < 0.9 else 3
        orders.append((a[0], dep, st, od, due, f"REF{r.randint(1000, 9999)}" if r.random() < 0.7 else None))
    for acct, od, due, st in (
        (12, D(2025, 6, 9), D(2025, 6, 16), 1),
        (27, D(2025, 6, 10), D(2025, 6, 17), 1),
        (3, D(2025, 6, 11), D(2025, 6, 13), 2),
        (41, D(2025, 6, 12), D(2025, 6, 18), 1),
        (19, D(2025, 6, 12), D(2025, 6, 14), 2),
        (33, D(2025, 6, 13), D(2025, 6, 19), 1),
        (8, D(2025, 6, 13), D(2025, 6, 16), 2),
        (50, D(2025, 6, 14), D(2025, 6, 20), 1),
    ):
        orders.append((acct, accts[acct - 1][3], st, od, due, f"REF{r.randint(1000, 9999)}"))
    orders.sort(key=lambda x: x[3])
    insert(
        c, "hire_orders", [(k, a, d, s, _iso(o), _iso(du), ref) for k, (a, d, s, o, du, ref) in enumerate(orders, 1)]
    )
    lines, rets = [], []
    for k, (_a, dep, st, od, _du, _ref) in enumerate(orders, 1):
        for pt in r.sample([1, 1, 1, 2, 2, 3, 4, 5, 6], r.choice([1, 1, 2])):
            if any(x[0] == k and x[1] == pt for x in lines):
                continue
            q = r.choice([10, 20, 24, 26, 40, 52, 60, 100, 120])
            lines.append((k, pt, q))
            if st == 4:
                back = _days(od, r.randint(14, 80))
                if back > LAST:
                    back = LAST
                rdep = dep if r.random() < 0.85 else r.randint(1, 7)
                bad = 0 if r.random() < 0.5 else r.choice([1, 1, 2, 2, 3, 4, 5, 8])
                grade = r.choices([2, 3, 4], [0.5, 0.3, 0.2])[0]
                if q - bad > 0:
                    rets.append((k, rdep, _iso(back), pt, q - bad, 1))
                if bad:
                    rets.append((k, rdep, _iso(back), pt, bad, grade))
    insert(c, "hire_order_lines", lines)
    rets.sort(key=lambda x: (str(x[2]), x[0]))
    insert(c, "pallet_returns", [(k, *x) for k, x in enumerate(rets, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- knitmill
KM_SUPPLIERS = [
    (1, "Hebridean Spinners", "Scotland"), (2, "Andes Fibre Co", "Peru"), (3, "Biella Filati", "Italy"),
    (4, "Cape Mohair Mills", "South Africa"), (5, "Dales Wool Combers", "England"), (6, "Ulaan Cashmere", "Mongolia"),
    (7, "Tejidos Algodon", "Spain"), (8, "Shetland Yarn Works", "Scotland"),
]  # fmt: skip
KM_YARNS = [
    ("Lambswool 2/11", "Lambswool", 5, 24.50), ("Shetland Heather", "Shetland Wool", 8, 31.20),
    ("Extrafine Merino 2/30", "Merino", 3, 42.80), ("Merino Aran", "Merino", 3, 38.60),
    ("Baby Alpaca 2/28", "Alpaca", 2, 56.40), ("Royal Alpaca Chunky", "Alpaca", 2, 61.90),
    ("Pure Cashmere 2/26", "Cashmere", 6, 148.00), ("Cashmere Silk Blend", "Cashmere", 6, 129.50),
    ("Organic Cotton 2/20", "Cotton", 7, 18.75), ("Mercerised Cotton", "Cotton", 7, 21.40),
    ("Kid Mohair", "Mohair", 4, 67.30), ("British Blue-faced Leicester", "Wool", 5, 33.90),
    ("Hebridean Tweed Yarn", "Wool", 1, 29.80), ("Recycled Wool Blend", "Wool", 5, 14.60),
    ("Linen Cotton Blend", "Linen", 7, 26.20), ("Silk Noil", "Silk", 3, 88.00),
    ("Donegal Nep", "Wool", 1, 35.10), ("Superfine Lambswool", "Lambswool", 5, 27.40),
    ("Yak Down Blend", "Yak", 6, 96.50), ("Camel Hair 2/24", "Camel", 6, 84.20), ("Bamboo Viscose", "Bamboo", 7, 19.90),
]  # fmt: skip
KM_STYLES = [
    # (code, name, garment, yarns [(yarn id, grams)], first price)
    ("JM-101", "Fisherman Aran Jumper", "Jumper", [(4, 720)], 64.00),
    ("JM-102", "Crew Neck Lambswool Jumper", "Jumper", [(1, 380)], 42.00),
    ("JM-103", "Merino Roll Neck", "Jumper", [(3, 340)], 55.00),
    ("JM-104", "Fair Isle Yoke Jumper", "Jumper", [(2, 300), (17, 90)], 68.00),
    ("JM-105", "Cashmere V-Neck", "Jumper", [(7, 260)], 135.00),
    ("JM-106", "Alpaca Cable Jumper", "Jumper", [(5, 420)], 89.00),
    ("JM-107", "Cotton Breton Jumper", "Jumper", [(9, 360)], 38.00),
    ("JM-108", "Donegal Crew", "Jumper", [(17, 400)], 58.00),
    ("CD-201", "Shawl Collar Cardigan", "Cardigan", [(4, 780)], 78.00),
    ("CD-202", "Lambswool Cardigan", "Cardigan", [(1, 400), (18, 40)], 48.00),
    ("CD-203", "Alpaca Boyfriend Cardigan", "Cardigan", [(6, 640)], 96.00),
    ("CD-204", "Cashmere Silk Cardigan", "Cardigan", [(8, 300), (16, 30)], 128.00),
    ("CD-205", "Cotton Linen Cardigan", "Cardigan", [(15, 330), (10, 60)], 46.00),
    ("BN-301", "Ribbed Beanie", "Beanie", [(1, 90)], 16.00),
    ("BN-302", "Cashmere Beanie", "Beanie", [(7, 70)], 39.00),
    ("BN-303", "Pom Pom Hat", "Beanie", [(12, 110)], 19.00),
    ("BN-304", "Tweed Watch Cap", "Beanie", [(13, 95)], 18.50),
    ("BN-305", "Recycled Wool Beanie", "Beanie", [(14, 90)], 12.00),
    ("SC-401", "Lambswool Scarf", "Scarf", [(18, 180)], 26.00),
    ("SC-402", "Cashmere Scarf", "Scarf", [(7, 150)], 72.00),
    ("SC-403", "Alpaca Mohair Scarf", "Scarf", [(5, 120), (11, 40)], 44.00),
    ("SC-404", "Fair Isle Scarf", "Scarf", [(2, 160), (17, 40)], 32.00),
    ("SC-405", "Cotton Summer Scarf", "Scarf", [(10, 110)], 19.50),
    ("GL-501", "Lambswool Gloves", "Gloves", [(1, 60)], 14.00),
    ("GL-502", "Cashmere Gloves", "Gloves", [(7, 55)], 34.00),
    ("GL-503", "Fingerless Mitts", "Gloves", [(12, 50)], 12.50),
    ("GL-504", "Shetland Mittens", "Gloves", [(2, 70)], 16.00),
    ("SK-601", "Boot Socks", "Socks", [(12, 110)], 11.00),
    ("SK-602", "Merino Hiking Socks", "Socks", [(3, 90)], 13.50),
    ("SK-603", "Alpaca Bed Socks", "Socks", [(5, 80)], 15.00),
]
KM_MACHINES = [
    (1, "Shima Seiki SES 7g", 7, D(2011, 4, 1)), (2, "Shima Seiki SES 12g", 12, D(2013, 9, 1)),
    (3, "Stoll CMS 530", 5, D(2009, 2, 1)), (4, "Stoll CMS 822", 12, D(2017, 6, 1)),
    (5, "Shima Seiki WholeGarment MACH2X", 15, D(2021, 3, 1)), (6, "Lonati Sock Machine", 14, D(2016, 10, 1)),
    (7, "Dubied Hand Flat", 5, D(1998, 1, 1)), (8, "Steiger Vesta", 10, D(2024, 11, 1)),
]  # fmt: skip
KM_KNITTERS = [
    (1, "Morag Sinclair", D(2002, 8, 1), 15.80), (2, "Eilidh Munro", D(2011, 3, 14), 14.90),
    (3, "Callum Reid", D(2015, 6, 1), 14.20), (4, "Fiona Grieve", D(2008, 1, 7), 15.40),
    (5, "Ross Macleod", D(2019, 9, 2), 13.60), (6, "Kirsty Laing", D(2021, 4, 19), 13.10),
    (7, "Hamish Baird", D(2017, 11, 6), 13.95), (8, "Isla Fraser", D(2023, 2, 20), 12.65),
    (9, "Duncan Weir", D(2013, 5, 13), 14.50), (10, "Shona Hardie", D(2024, 8, 5), 12.40),
    (11, "Euan Cowie", D(2020, 1, 13), 13.30), (12, "Ailsa Kerr", D(2025, 3, 3), 12.21),
]  # fmt: skip


def build_knitmill(path: Path) -> None:
    r = random.Random(50005)
    c = fresh_db(
        path,
        """
        CREATE TABLE suppliers (supplier_id INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL, country TEXT NOT NULL);
        CREATE TABLE yarns (yarn_id INTEGER PRIMARY KEY, yarn_name TEXT NOT NULL, fibre TEXT NOT NULL,
            supplier_id INTEGER NOT NULL REFERENCES suppliers(supplier_id), cost_per_kg REAL NOT NULL);
        CREATE TABLE styles (style_id INTEGER PRIMARY KEY, style_code TEXT NOT NULL UNIQUE, style_name TEXT NOT NULL,
            garment TEXT NOT NULL, wholesale_price REAL NOT NULL, launched_on TEXT NOT NULL,
            discontinued INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE style_price_history (history_id INTEGER PRIMARY KEY,
            style_id INTEGER NOT NULL REFERENCES styles(style_id), wholesale_price REAL NOT NULL,
            valid_from TEXT NOT NULL, valid_to TEXT);
        CREATE TABLE style_yarns (style_id INTEGER NOT NULL REFERENCES styles(style_id),
            yarn_id INTEGER NOT NULL REFERENCES yarns(yarn_id), grams_per_unit INTEGER NOT NULL,
            PRIMARY KEY (style_id, yarn_id));
        CREATE TABLE machines (machine_id INTEGER PRIMARY KEY, machine_name TEXT NOT NULL, gauge INTEGER NOT NULL,
            installed_on TEXT NOT NULL);
        CREATE TABLE knitters (knitter_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, hired_on TEXT NOT NULL,
            hourly_rate REAL NOT NULL);
        CREATE TABLE production_runs (run_id INTEGER PRIMARY KEY, style_id INTEGER NOT NULL REFERENCES styles(style_id),
            machine_id INTEGER NOT NULL REFERENCES machines(machine_id),
            knitter_id INTEGER NOT NULL REFERENCES knitters(knitter_id), run_date TEXT NOT NULL,
            units_made INTEGER NOT NULL, units_rejected INTEGER NOT NULL);
        """,
    )
    insert(c, "suppliers", KM_SUPPLIERS)
    insert(c, "yarns", [(k, *y) for k, y in enumerate(KM_YARNS, 1)])
    styles, hist, sy = [], [], []
    for k, (code, name, garment, yarns, p0) in enumerate(KM_STYLES, 1):
        launched = day_between(r, D(2016, 1, 1), D(2022, 12, 31))
        price, start = p0, launched
        changes = sorted(day_between(r, D(2023, 1, 15), D(2025, 5, 31)) for _ in range(r.choice([0, 1, 1, 2, 2, 3])))
        changes = [d for i, d in enumerate(changes) if i == 0 or (d - changes[i - 1]).days > 40]
        disc = int(code in ("BN-305", "GL-503"))
        if disc:  # no price changes after a style is dropped in mid-2024
            changes = [d for d in changes if d < D(2024, 6, 1)]
        for d in changes:
            hist.append((k, price, _iso(start), _iso(_days(d, -1))))
            price = round(price * r.choice([1.04, 1.05, 1.06, 1.08, 1.1, 0.95]), 2)
            start = d
        hist.append((k, price, _iso(start), None))
        styles.append((k, code, name, garment, price, _iso(launched), disc))
        for y, g in yarns:
            sy.append((k, y, g))
    insert(c, "styles", styles)
    hist.sort(key=lambda x: (x[0], str(x[2])))
    insert(c, "style_price_history", [(k, *h) for k, h in enumerate(hist, 1)])
    insert(c, "style_yarns", sy)
    insert(c, "machines", [(i, n, g, _iso(d)) for i, n, g, d in KM_MACHINES])
    insert(c, "knitters", [(i, n, _iso(h), rate) for i, n, h, rate in KM_KNITTERS])
    runs = []
    by_garment = {
        "Jumper": [1, 2, 3, 4, 5, 8],
        "Cardigan": [1, 2, 4, 5, 8],
        "Beanie": [2, 4, 7],
        "Scarf": [1, 3, 7],
        "Gloves": [2, 4],
        "Socks": [6],
    }
    for _ in range(340):
        s = styles[r.randrange(len(styles))]
        d = day_between(r, START, LAST)
        if s[6] and d > D(2024, 6, 30):
            continue
        m = r.choice([x for x in by_garment[s[3]] if KM_MACHINES[x - 1][3] <= d])
        kn = r.choice([x for x in KM_KNITTERS if (x[2] <= d and x[0] != 12) or (x[0] == 12 and d >= D(2025, 3, 10))])
        units = r.randint(8, 60) if s[3] in ("Jumper", "Cardigan") else r.randint(20, 150)
        runs.append((s[0], m, kn[0], _iso(d), units, r.choices([0, 1, 2, 3, 5], [0.35, 0.3, 0.2, 0.1, 0.05])[0]))
    runs.sort(key=lambda x: (str(x[3]), x[0]))
    insert(c, "production_runs", [(k, *x) for k, x in enumerate(runs, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- kitchenfitters
KF_SUPPLIERS = [
    (1, "Howdens Trade", "UK"), (2, "Nobilia", "Germany"), (3, "Blum", "Austria"), (4, "Silestone", "Spain"),
    (5, "Neff", "Germany"), (6, "Franke", "Switzerland"), (7, "Caple", "UK"), (8, "Egger", "Austria"),
]  # fmt: skip
KF_PRODUCTS = [
    # (name, category, supplier, unit price)
    ("Shaker Base Unit 600mm", "Cabinets", 1, 142.50), ("Shaker Wall Unit 600mm", "Cabinets", 1, 118.00),
    ("Shaker Tall Larder Unit", "Cabinets", 1, 389.00), ("Handleless Base Unit 800mm", "Cabinets", 2, 214.75),
    ("Handleless Wall Unit 800mm", "Cabinets", 2, 176.40), ("Corner Carousel Unit", "Cabinets", 2, 298.00),
    ("Pan Drawer Pack", "Cabinets", 3, 96.80), ("Soft-Close Hinge Pack", "Hardware", 3, 18.95),
    ("Legrabox Drawer Runner", "Hardware", 3, 64.20), ("Bar Handle 160mm", "Hardware", 1, 6.45),
    ("Cup Handle Brushed Brass", "Hardware", 7, 8.90), ("Quartz Worktop 3m", "Worktops", 4, 865.00),
    ("Quartz Upstand 3m", "Worktops", 4, 210.00), ("Laminate Worktop Oak 3m", "Worktops", 8, 129.99),
    ("Laminate Worktop Slate 3m", "Worktops", 8, 134.99), ("Solid Oak Worktop 3m", "Worktops", 1, 420.00),
    ("Compact Laminate Worktop 3m", "Worktops", 8, 515.00), ("Single Oven", "Appliances", 5, 549.00),
    ("Slide and Hide Oven", "Appliances", 5, 799.00), ("Induction Hob 80cm", "Appliances", 5, 689.00),
    ("Integrated Dishwasher", "Appliances", 5, 459.00), ("Integrated Fridge Freezer", "Appliances", 7, 629.00),
    ("Extractor Hood 90cm", "Appliances", 7, 349.00), ("Wine Cooler", "Appliances", 7, 419.00),
    ("Belfast Sink", "Sinks and Taps", 6, 289.00), ("Undermount Sink 1.5 Bowl", "Sinks and Taps", 6, 245.50),
    ("Boiling Water Tap", "Sinks and Taps", 6, 875.00), ("Mixer Tap Chrome", "Sinks and Taps", 7, 119.00),
    ("Kickboard 3m", "Cabinets", 1, 38.50), ("Cornice Pelmet 3m", "Cabinets", 1, 44.00),
    ("LED Plinth Light Kit", "Lighting", 7, 79.95), ("Under-Cabinet Strip Light", "Lighting", 7, 54.95),
    ("Glass Splashback 900mm", "Worktops", 7, 185.00), ("Island Unit 1800mm", "Cabinets", 2, 1249.00),
    ("Breakfast Bar Stool", "Furniture", 1, 89.00), ("Pull-Out Bin 60L", "Hardware", 3, 112.00),
]  # fmt: skip
KF_STAFF = [
    (1, "Rachel Onions", "Director", D(2011, 5, 3)), (2, "Simon Kettlewell", "Kitchen Designer", D(2014, 2, 17)),
    (3, "Hannah Bulmer", "Kitchen Designer", D(2018, 8, 6)), (4, "Oliver Fawcett", "Kitchen Designer", D(2023, 1, 9)),
    (5, "Dave Lumb", "Lead Fitter", D(2012, 4, 23)), (6, "Ben Wardle", "Fitter", D(2016, 9, 12)),
    (7, "Chris Teale", "Fitter", D(2019, 3, 4)), (8, "Gary Ormerod", "Fitter", D(2021, 7, 19)),
    (9, "Luke Spence", "Fitter", D(2024, 4, 15)), (10, "Martin Hebden", "Electrician", D(2015, 10, 5)),
    (11, "Steve Brayshaw", "Plumber", D(2017, 6, 26)), (12, "Karen Dobson", "Tiler", D(2020, 11, 2)),
    (13, "Josh Lofthouse", "Apprentice Fitter", D(2025, 2, 24)), (14, "Megan Tate", "Showroom Assistant",
                                                                   D(2022, 3, 14)),
]  # fmt: skip
KF_TOWNS = ["York", "Harrogate", "Ripon", "Knaresborough", "Selby", "Tadcaster", "Wetherby"]


def build_kitchenfitters(path: Path) -> None:
    r = random.Random(50006)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Suppliers" ("Supplier ID" INTEGER PRIMARY KEY, "Supplier Name" TEXT NOT NULL,
            "Country" TEXT NOT NULL);
        CREATE TABLE "Products" ("Product ID" INTEGER PRIMARY KEY, "Product Name" TEXT NOT NULL,
            "Category" TEXT NOT NULL, "Supplier ID" INTEGER NOT NULL REFERENCES "Suppliers"("Supplier ID"),
            "Unit Price" REAL NOT NULL);
        CREATE TABLE "Customers" ("Customer ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL,
            "Town" TEXT NOT NULL, "Postcode" TEXT NOT NULL, "Date Registered" TEXT NOT NULL);
        CREATE TABLE "Staff" ("Staff ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Job Title" TEXT NOT NULL,
            "Start Date" TEXT NOT NULL);
        CREATE TABLE "Orders" ("Order ID" INTEGER PRIMARY KEY,
            "Customer ID" INTEGER NOT NULL REFERENCES "Customers"("Customer ID"),
            "Designer ID" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"), "Order Date" TEXT NOT NULL,
            "Fit Date" TEXT, "Deposit Paid" REAL NOT NULL, "Order Status" TEXT NOT NULL);
        CREATE TABLE "Order Items" ("Item ID" INTEGER PRIMARY KEY,
            "Order ID" INTEGER NOT NULL REFERENCES "Orders"("Order ID"),
            "Product ID" INTEGER NOT NULL REFERENCES "Products"("Product ID"), "Quantity" INTEGER NOT NULL,
            "Unit Price" REAL NOT NULL);
        CREATE TABLE "Fitting Days" ("Order ID" INTEGER NOT NULL REFERENCES "Orders"("Order ID"),
            "Staff ID" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"), "Work Date" TEXT NOT NULL,
            "Hours" REAL NOT NULL, PRIMARY KEY ("Order ID", "Staff ID", "Work Date"));
        """,
    )
    insert(c, "Suppliers", KF_SUPPLIERS)
    insert(c, "Products", [(k, *p) for k, p in enumerate(KF_PRODUCTS, 1)])
    custs = []
    for k, nm in enumerate(_names(r, 80), 1):
        town = r.choice(KF_TOWNS)
        pc = {"York": "YO", "Selby": "YO", "Tadcaster": "LS", "Wetherby": "LS"}.get(town, "HG")
        custs.append((k, nm, town, f"{pc}{r.randint(1, 26)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                      f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}", _iso(day_between(r, D(2022, 6, 1), D(2025, 6, 1)))))  # fmt: skip
    insert(c, "Customers", custs)
    insert(c, "Staff", [(i, n, t, _iso(s)) for i, n, t, s in KF_STAFF])
    sellable = list(range(1, len(KF_PRODUCTS) - 1))  # the stool and the pull-out bin have never been sold
    orders, items, days = [], [], []
    raw = []
    for _ in range(125):
        cu = r.choice(custs)
        od = day_between(r, max(START, D.fromisoformat(cu[4])), LAST)
        raw.append((cu[0], od))
    raw.sort(key=lambda x: x[1])
    fitters = [s for s in KF_STAFF if s[2] in ("Lead Fitter", "Fitter", "Apprentice Fitter")]
    trades = [s for s in KF_STAFF if s[2] in ("Electrician", "Plumber", "Tiler")]
    for k, (cu, od) in enumerate(raw, 1):
        des = r.choice([s[0] for s in KF_STAFF if s[2] == "Kitchen Designer" and s[3] <= od])
        fit = _days(od, r.randint(21, 70))
        if r.random() < 0.07:
            st, fit_s = "Cancelled", None
        elif fit >= TODAY:
            st, fit_s = "Awaiting Fit", _iso(fit)
        else:
            st, fit_s = "Fitted", _iso(fit)
        total = 0.0
        for pid in r.sample(sellable, r.choice([2, 3, 3, 4])):
            p = KF_PRODUCTS[pid - 1]
            q = r.randint(2, 8) if p[1] in ("Cabinets", "Hardware") and p[3] < 250 else 1
            items.append((len(items) + 1, k, pid, q, p[3]))
            total += q * p[3]
        deposit = round(total * r.choice([0.2, 0.25, 0.3]), 2)
        orders.append((k, cu, des, _iso(od), fit_s, deposit, st))
        if st == "Fitted":
            n_days = r.choice([1, 2, 2, 3])
            crew = r.sample([s for s in fitters if s[3] <= fit], min(2, len([s for s in fitters if s[3] <= fit])))
            crew = crew[: r.choice([1, 2])] + ([r.choice(trades)] if r.random() < 0.6 else [])
            for d in range(n_days):
                wd = _days(fit, d)
                if wd > LAST:
                    break
                for s in crew:
                    if s[2] in ("Electrician", "Plumber", "Tiler") and d != n_days - 1:
                        continue
                    days.append((k, s[0], _iso(wd), r.choice([4.0, 6.5, 7.5, 8.0, 8.5])))
    insert(c, "Orders", orders)
    insert(c, "Order Items", items)
    insert(c, "Fitting Days", days)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "metalfab": build_metalfab,
    "glazier": build_glazier,
    "roofing": build_roofing,
    "palletpool": build_palletpool,
    "knitmill": build_knitmill,
    "kitchenfitters": build_kitchenfitters,
}
