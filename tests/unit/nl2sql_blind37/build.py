"""Six small business and public-service databases for the thirty-seventh blind English-to-SQL corpus.

- ``pawnshop`` (``tbl`` prefix with PascalCase columns, NO declared foreign keys; tables relate only by column
  names): a pawnbroker with a single counter. ``tblLoanStatus`` (status codes A active, E extended, R redeemed,
  F forfeited), ``tblCustomer`` (first and last name, town, ID-verified flag 'Y'/'N'), ``tblStaff`` (full name in
  one column, job role, ``LeftDate`` NULL while still employed), ``tblLoan`` (loan and due dates, status code,
  principal, monthly interest rate, ``RedeemedDate`` only for redeemed loans), ``tblItem`` (pledged items with a
  category, appraised value and optional gold weight), ``tblPayment`` (CASH, CARD or BANK) and ``tblSale``
  (forfeited items sold off).
- ``lawfirm`` (camelCase tables and columns, self-referencing ``lawyers.supervisorId``): a high-street law firm.
  ``practiceAreas``, ``lawyers`` (first and last name, title Partner, Senior Associate, Associate or Paralegal,
  hourly rate, admitted year NULL for paralegals, ``leftOn`` NULL while at the firm), ``clients`` (individual or
  company), ``matters`` (lead lawyer, ``closedOn`` NULL while open, hourly or fixed fee with optional
  ``fixedFee``), ``timeEntries`` (hours, billable flag 0/1) and ``invoices`` (``paidOn`` NULL while unpaid).
- ``timberyard`` (abbreviated names: ``cust``, ``emp``, ``prod``, ``_nm``, ``_dt``, ``qty``, ``prc``): a timber
  and builders' merchant. ``prod_cat`` (category codes), ``prod`` (unit of measure, unit price, stock and
  re-order level, FSC flag 'Y'/'N'), ``cust`` (type T trade or R retail, optional credit limit), ``emp``,
  ``ord_sts`` (order status codes C, P, X), ``ord_hdr`` (order date, delivery flag 'Y'/'N', delivery date NULL
  until delivered) and ``ord_ln`` (quantity, unit price, discount percent).
- ``counciltax`` (UPPER_CASE with British spellings and 'Y'/'N' flags): a district council's council tax
  section. ``VALUATION_BAND`` (A to H with the annual charge), ``WARD``, ``PROPERTY`` (type, band, empty flag),
  ``ACCOUNT_HOLDER`` (forename, surname, optional e-mail, paperless flag), ``LIABILITY`` (who is liable where;
  ``END_DATE`` NULL means current; single person discount flag), ``BILL`` (one per liability per financial year
  such as '2024/25') and ``PAYMENT`` (DD, CARD, CASH or BANK).
- ``trampoline`` (star schema with surrogate keys): a chain of three trampoline parks. ``dim_date`` (weekend and
  school-holiday flags), ``dim_site``, ``dim_customer`` (member flag, birth year), ``dim_session`` (session type
  and list price), ``dim_cafe_item``, ``fact_booking`` (jumpers, amount paid, grip socks, attended, no_show or
  cancelled) and ``fact_cafe_sale``.
- ``soapworks`` (plain snake_case plurals, American spellings, a wide export table beside a lookup): a small
  handmade soap maker. ``products`` (sku, scent, color, vegan flag 0/1, ``discontinued_on``), ``ingredients``,
  ``product_ingredients`` (grams per bar), ``batches`` (``cured_on`` NULL while still curing, rejected bars),
  ``wholesale_accounts``, ``wholesale_orders`` (``shipped_on`` NULL until shipped), ``wholesale_order_items``
  and ``online_sales_export`` (one wide row per web-shop order line: buyer, state, sku, product name, quantity,
  price, optional discount code, refunded 'Y'/'N').
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
ONE = dt.timedelta(days=1)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _stamp(d: dt.date, r: random.Random, h0: int, h1: int) -> str:
    return f"{d.isoformat()} {r.randint(h0, h1):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# ----------------------------------------------------------------------------------------------------- pawnshop
def build_pawnshop(path: Path) -> None:
    r = random.Random(37001)
    c = fresh_db(
        path,
        """
        CREATE TABLE tblLoanStatus (StatusCode TEXT PRIMARY KEY, StatusDesc TEXT NOT NULL);
        CREATE TABLE tblCustomer (
            CustomerID INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL, DOB TEXT,
            Town TEXT NOT NULL, IdVerified TEXT NOT NULL, JoinedDate TEXT NOT NULL);
        CREATE TABLE tblStaff (
            StaffID INTEGER PRIMARY KEY, StaffName TEXT NOT NULL, JobRole TEXT NOT NULL, HireDate TEXT NOT NULL,
            LeftDate TEXT);
        CREATE TABLE tblLoan (
            LoanID INTEGER PRIMARY KEY, CustomerID INTEGER NOT NULL, StaffID INTEGER NOT NULL,
            LoanDate TEXT NOT NULL, DueDate TEXT NOT NULL, StatusCode TEXT NOT NULL, Principal REAL NOT NULL,
            MonthlyRatePct REAL NOT NULL, RedeemedDate TEXT);
        CREATE TABLE tblItem (
            ItemID INTEGER PRIMARY KEY, LoanID INTEGER NOT NULL, Category TEXT NOT NULL, Description TEXT NOT NULL,
            AppraisedValue REAL NOT NULL, GoldGrams REAL);
        CREATE TABLE tblPayment (
            PaymentID INTEGER PRIMARY KEY, LoanID INTEGER NOT NULL, PaidOn TEXT NOT NULL, Amount REAL NOT NULL,
            PayType TEXT NOT NULL);
        CREATE TABLE tblSale (
            SaleID INTEGER PRIMARY KEY, ItemID INTEGER NOT NULL, SoldOn TEXT NOT NULL, SalePrice REAL NOT NULL,
            StaffID INTEGER NOT NULL);
        """,
    )
    insert(c, "tblLoanStatus", [("A", "Active"), ("E", "Extended"), ("R", "Redeemed"), ("F", "Forfeited")])
    towns = ["Bradford", "Leeds", "Halifax", "Huddersfield", "Wakefield", "Keighley"]
    names = full_names(r, 240)
    custs = []
    for i, n in enumerate(names, 1):
        fn, ln = n.split(" ")
        dob = _iso(day_between(r, D(1955, 1, 1), D(2004, 12, 31))) if r.random() < 0.9 else None
        ver = "Y" if r.random() < 0.85 else "N"
        custs.append(
            (
                i,
                fn,
                ln,
                dob,
                r.choices(towns, [30, 25, 15, 12, 10, 8])[0],
                ver,
                _iso(day_between(r, D(2020, 1, 6), D(2025, 5, 30))),
            )
        )
    insert(c, "tblCustomer", custs)
    staff = [
        (1, "Gordon Hale", "Manager", "2015-03-02", None),
        (2, "Sandra Pike", "Valuer", "2017-09-11", None),
        (3, "Trevor Marsh", "Valuer", "2019-01-14", "2023-08-31"),
        (4, "Joanne Reed", "Counter Clerk", "2020-06-01", None),
        (5, "Kieran Walsh", "Counter Clerk", "2021-02-15", "2024-03-29"),
        (6, "Priya Desai", "Valuer", "2023-09-04", None),
        (7, "Lewis Carver", "Counter Clerk", "2024-04-08", None),
        (8, "Megan Shaw", "Counter Clerk", "2022-10-03", None),
    ]
    insert(c, "tblStaff", staff)

    def on_duty(d: dt.date) -> list[int]:
        return [s[0] for s in staff if D.fromisoformat(s[3]) <= d and (s[4] is None or D.fromisoformat(s[4]) > d)]

    cats = {
        "Jewellery": (
            ["gold ring", "gold chain", "diamond ring", "gold bracelet", "silver necklace", "earrings"],
            60,
            2400,
        ),
        "Watch": (
            ["Rolex Submariner", "Omega Seamaster", "Tag Heuer Carrera", "Seiko Presage", "Tissot PRX"],
            150,
            6500,
        ),
        "Electronics": (["laptop", "games console", "smartphone", "tablet", "DSLR camera"], 60, 900),
        "Power Tools": (["cordless drill", "mitre saw", "angle grinder", "impact driver set"], 40, 420),
        "Musical Instrument": (["electric guitar", "acoustic guitar", "keyboard", "saxophone", "violin"], 80, 1600),
        "Gold Coin": (["sovereign", "half sovereign", "Krugerrand"], 180, 1800),
    }
    weights = [min(r.lognormvariate(0, 0.8), 4.0) for _ in custs]
    pool = list(range(1, 206))  # customers 206-240 never pawned anything
    loans, items, pays, sales = [], [], [], []
    loan_days = sorted(day_between(r, D(2022, 1, 4), LAST) for _ in range(980))
    for lid, ld in enumerate(loan_days, 1):
        cid = r.choices(pool, weights[:205])[0]
        sid = r.choice(on_duty(ld))
        due = _plus(ld, 90)
        rate = r.choice([3.5, 4.0, 4.5, 5.0])
        its = []
        for _ in range(r.choices([1, 2, 3], [65, 25, 10])[0]):
            cat = r.choices(list(cats), [35, 12, 22, 12, 9, 10])[0]
            descs, lo, hi = cats[cat]
            val = round(r.uniform(lo, hi), -1)
            gold = None
            d0 = r.choice(descs)
            if cat == "Gold Coin":
                gold = {"sovereign": 7.32, "half sovereign": 3.66, "Krugerrand": 31.1}[d0]
            elif cat == "Jewellery" and d0.startswith("gold") and r.random() < 0.9:
                gold = round(r.uniform(2, 40), 1)
            its.append((cat, d0, val, gold))
        principal = max(20.0, round(sum(x[2] for x in its) * r.uniform(0.4, 0.6) / 5) * 5)
        red = None
        if due < _plus(TODAY, -60):
            st = "R" if r.random() < 0.68 else "F"
        elif due < TODAY:
            st = r.choices(["R", "A", "E"], [55, 30, 15])[0]
        else:
            st = "R" if r.random() < 0.15 else "A"
        if st == "E":
            due = _plus(due, 60)
            pays.append((lid, due - dt.timedelta(days=60), round(principal * rate / 100 * 3, 2)))
        if st == "R":
            red = day_between(r, min(_plus(ld, 10), LAST), min(due, LAST))
            months = max(1, -(-(red - ld).days // 30))
            pays.append((lid, red, round(principal * (1 + rate / 100 * months), 2)))
        loans.append((lid, cid, sid, _iso(ld), _iso(due), st, principal, rate, _iso(red) if red else None))
        for it in its:
            iid = len(items) + 1
            items.append((iid, lid, *it))
            if st == "F" and r.random() < 0.8:
                sd = day_between(r, _plus(due, 14), _plus(due, 150))
                if sd <= LAST:
                    sales.append((sd, iid, round(it[2] * r.uniform(0.85, 1.35), 2), r.choice(on_duty(sd))))
    insert(c, "tblLoan", loans)
    insert(c, "tblItem", items)
    pays.sort(key=lambda x: (x[1], x[0]))
    insert(
        c,
        "tblPayment",
        [
            (i, p[0], _iso(p[1]), p[2], r.choices(["CASH", "CARD", "BANK"], [50, 40, 10])[0])
            for i, p in enumerate(pays, 1)
        ],
    )
    sales.sort()
    insert(c, "tblSale", [(i, s[1], _iso(s[0]), s[2], s[3]) for i, s in enumerate(sales, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ lawfirm
def build_lawfirm(path: Path) -> None:
    r = random.Random(37002)
    c = fresh_db(
        path,
        """
        CREATE TABLE practiceAreas (areaId INTEGER PRIMARY KEY, areaName TEXT NOT NULL);
        CREATE TABLE lawyers (
            lawyerId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, title TEXT NOT NULL,
            areaId INTEGER NOT NULL REFERENCES practiceAreas(areaId), hourlyRate REAL NOT NULL,
            supervisorId INTEGER REFERENCES lawyers(lawyerId), admittedYear INTEGER, joinedOn TEXT NOT NULL,
            leftOn TEXT);
        CREATE TABLE clients (
            clientId INTEGER PRIMARY KEY, clientName TEXT NOT NULL, clientType TEXT NOT NULL, city TEXT NOT NULL,
            onboardedOn TEXT NOT NULL);
        CREATE TABLE matters (
            matterId INTEGER PRIMARY KEY, clientId INTEGER NOT NULL REFERENCES clients(clientId),
            areaId INTEGER NOT NULL REFERENCES practiceAreas(areaId),
            leadLawyerId INTEGER NOT NULL REFERENCES lawyers(lawyerId), matterTitle TEXT NOT NULL,
            openedOn TEXT NOT NULL, closedOn TEXT, feeType TEXT NOT NULL, fixedFee REAL);
        CREATE TABLE timeEntries (
            entryId INTEGER PRIMARY KEY, matterId INTEGER NOT NULL REFERENCES matters(matterId),
            lawyerId INTEGER NOT NULL REFERENCES lawyers(lawyerId), workDate TEXT NOT NULL,
            hoursWorked REAL NOT NULL, isBillable INTEGER NOT NULL, narrative TEXT NOT NULL);
        CREATE TABLE invoices (
            invoiceId INTEGER PRIMARY KEY, matterId INTEGER NOT NULL REFERENCES matters(matterId),
            issuedOn TEXT NOT NULL, amountDue REAL NOT NULL, paidOn TEXT);
        """,
    )
    areas = ["Family", "Employment", "Property", "Corporate", "Litigation", "Wills & Probate"]
    insert(c, "practiceAreas", list(enumerate(areas, 1)))
    names = full_names(r, 30)
    law = []  # id, first, last, title, area, rate, sup, admitted, joined, left
    lid = 0
    for a in range(1, 7):
        lid += 1
        f, s = names[lid - 1].split(" ")
        law.append(
            [
                lid,
                f,
                s,
                "Partner",
                a,
                round(r.uniform(290, 420) / 5) * 5,
                None,
                r.randint(1992, 2008),
                _iso(day_between(r, D(2005, 1, 1), D(2012, 12, 31))),
                None,
            ]
        )
    partners = list(law)
    seniors = []
    for k in range(9):
        lid += 1
        p = partners[k % 6]
        f, s = names[lid - 1].split(" ")
        row = [
            lid,
            f,
            s,
            "Senior Associate",
            p[4],
            round(r.uniform(240, 335) / 5) * 5,
            p[0],
            r.randint(2008, 2015),
            _iso(day_between(r, D(2012, 1, 1), D(2019, 12, 31))),
            None,
        ]
        law.append(row)
        seniors.append(row)
    assoc = []
    for k in range(9):
        lid += 1
        sup = seniors[k]
        f, s = names[lid - 1].split(" ")
        row = [
            lid,
            f,
            s,
            "Associate",
            sup[4],
            round(r.uniform(160, 255) / 5) * 5,
            sup[0],
            r.randint(2016, 2023),
            _iso(day_between(r, D(2018, 1, 1), D(2023, 12, 31))),
            None,
        ]
        law.append(row)
        assoc.append(row)
    for _k in range(5):
        lid += 1
        sup = r.choice(seniors + assoc)
        f, s = names[lid - 1].split(" ")
        law.append(
            [
                lid,
                f,
                s,
                "Paralegal",
                sup[4],
                round(r.uniform(85, 130) / 5) * 5,
                sup[0],
                None,
                _iso(day_between(r, D(2019, 1, 1), D(2024, 6, 30))),
                None,
            ]
        )
    law[assoc[2][0] - 1][9] = "2023-11-30"
    law[assoc[6][0] - 1][9] = "2024-07-31"
    law[lid - 1][9] = "2025-02-28"
    insert(c, "lawyers", [tuple(x) for x in law])

    def active(x: list, d: dt.date) -> bool:
        return D.fromisoformat(x[8]) <= d and (x[9] is None or D.fromisoformat(x[9]) > d)

    cities = ["Manchester", "Salford", "Stockport", "Bolton", "Oldham", "Bury"]
    w1 = [
        "Northern",
        "Pennine",
        "Irwell",
        "Redbrick",
        "Mersey",
        "Oakfield",
        "Ashton",
        "Brightwater",
        "Crown",
        "Kestrel",
        "Ridgeway",
        "Albion",
    ]
    w2 = [
        "Logistics",
        "Builders",
        "Dental Care",
        "Software",
        "Foods",
        "Textiles",
        "Property Group",
        "Engineering",
        "Motors",
        "Print",
    ]
    comp = [f"{a} {b} Ltd" for a in w1 for b in w2]
    r.shuffle(comp)
    people = full_names(r, 110, exclude=names)
    cl = []
    for i in range(1, 171):
        if r.random() < 0.4:
            nm, ty = comp.pop(), "company"
        else:
            nm, ty = people.pop(), "individual"
        cl.append(
            (
                i,
                nm,
                ty,
                r.choices(cities, [35, 15, 15, 12, 12, 11])[0],
                _iso(day_between(r, D(2019, 6, 1), D(2025, 6, 1))),
            )
        )
    insert(c, "clients", cl)
    topics = {
        1: ["divorce", "child arrangements", "prenuptial agreement"],
        2: ["unfair dismissal claim", "settlement agreement", "contract review"],
        3: ["house purchase", "lease renewal", "remortgage", "boundary dispute"],
        4: ["share sale", "shareholder agreement", "company formation"],
        5: ["debt recovery", "contract dispute", "negligence claim"],
        6: ["will drafting", "probate", "lasting power of attorney"],
    }
    matters, entries, invs = [], [], []
    narr = [
        "drafting",
        "call with client",
        "research",
        "court attendance",
        "reviewing documents",
        "correspondence",
        "meeting",
    ]
    opened = sorted(day_between(r, D(2021, 1, 4), LAST) for _ in range(440))
    for mid, od in enumerate(opened, 1):
        cli = r.choice([x for x in cl[:152] if D.fromisoformat(x[4]) <= od] or cl[:3])
        area = r.randint(1, 6)
        team = [x for x in law if x[4] == area and x[3] != "Paralegal" and active(x, od)]
        lead = r.choice(team) if team else partners[area - 1]
        cd = None
        if od < D(2025, 3, 1) and r.random() < 0.82:
            cd = _plus(od, r.randint(20, 420))
            if cd > LAST:
                cd = None
        fixed = area in (2, 3, 6) and r.random() < 0.45
        fee = round(r.uniform(800, 4500) / 50) * 50 if fixed else None
        matters.append(
            (
                mid,
                cli[0],
                area,
                lead[0],
                f"{cli[1]} - {r.choice(topics[area])}",
                _iso(od),
                _iso(cd) if cd else None,
                "fixed" if fixed else "hourly",
                fee,
            )
        )
        end = cd or LAST
        others = [x for x in law if x[4] == area and x[0] != lead[0]]
        for _ in range(r.randint(3, 24)):
            wd = day_between(r, od, end)
            if r.random() < 0.6 and active(lead, wd):
                who = lead
            else:
                cand = [x for x in others if active(x, wd)]
                who = r.choice(cand) if cand else partners[area - 1]
            hrs = round(
                r.choice([0.1, 0.2, 0.3, 0.5, 0.5, 1.0, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0]) * r.choice([1, 1, 1, 0.8]),
                1,
            )
            entries.append((wd, mid, who[0], max(hrs, 0.1), 1 if r.random() < 0.86 else 0, r.choice(narr)))
        if fixed:
            if cd:
                invs.append((mid, cd, fee))
        else:
            for _ in range(r.randint(1, 3)):
                invs.append((mid, day_between(r, od, end), round(r.uniform(350, 9000), 2)))
    insert(c, "matters", matters)
    entries.sort(key=lambda x: (x[0], x[1]))
    insert(c, "timeEntries", [(i, e[1], e[2], _iso(e[0]), e[3], e[4], e[5]) for i, e in enumerate(entries, 1)])
    invs.sort(key=lambda x: (x[1], x[0]))
    rows = []
    for i, (mid, iss, amt) in enumerate(invs, 1):
        paid = None
        if r.random() < (0.9 if iss < _plus(LAST, -30) else 0.35):
            pd = _plus(iss, r.choice([r.randint(3, 45), r.randint(3, 45), r.randint(46, 140)]))
            paid = _iso(pd) if pd <= LAST else None
        rows.append((i, mid, _iso(iss), amt, paid))
    insert(c, "invoices", rows)
    done(c)


# --------------------------------------------------------------------------------------------------- timberyard
def build_timberyard(path: Path) -> None:
    r = random.Random(37003)
    c = fresh_db(
        path,
        """
        CREATE TABLE prod_cat (cat_cd TEXT PRIMARY KEY, cat_nm TEXT NOT NULL);
        CREATE TABLE prod (
            prod_id INTEGER PRIMARY KEY, prod_nm TEXT NOT NULL, cat_cd TEXT NOT NULL REFERENCES prod_cat(cat_cd),
            uom TEXT NOT NULL, unit_prc REAL NOT NULL, stk_qty INTEGER NOT NULL, reord_lvl INTEGER NOT NULL,
            fsc_flg TEXT NOT NULL);
        CREATE TABLE cust (
            cust_id INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, cust_typ TEXT NOT NULL, city TEXT NOT NULL,
            crdt_lmt REAL, acct_opn_dt TEXT NOT NULL);
        CREATE TABLE emp (
            emp_id INTEGER PRIMARY KEY, emp_nm TEXT NOT NULL, role_cd TEXT NOT NULL, hire_dt TEXT NOT NULL);
        CREATE TABLE ord_sts (sts_cd TEXT PRIMARY KEY, sts_desc TEXT NOT NULL);
        CREATE TABLE ord_hdr (
            ord_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
            emp_id INTEGER NOT NULL REFERENCES emp(emp_id), ord_dt TEXT NOT NULL, dlv_flg TEXT NOT NULL,
            dlv_dt TEXT, sts_cd TEXT NOT NULL REFERENCES ord_sts(sts_cd));
        CREATE TABLE ord_ln (
            ord_id INTEGER NOT NULL REFERENCES ord_hdr(ord_id), ln_no INTEGER NOT NULL,
            prod_id INTEGER NOT NULL REFERENCES prod(prod_id), qty REAL NOT NULL, unit_prc REAL NOT NULL,
            disc_pct REAL NOT NULL, PRIMARY KEY (ord_id, ln_no));
        """,
    )
    insert(
        c,
        "prod_cat",
        [
            ("SW", "Softwood"),
            ("HW", "Hardwood"),
            ("SH", "Sheet materials"),
            ("DK", "Decking"),
            ("FN", "Fencing"),
            ("FX", "Fixings"),
        ],
    )
    spec = {
        "SW": [
            ("C16 47x100 treated", "m", 2.35),
            ("C24 47x150 kiln dried", "m", 4.10),
            ("PAR 18x94 whitewood", "m", 1.55),
            ("Roofing batten 25x38", "m", 0.68),
            ("CLS 38x63 stud", "m", 1.45),
            ("C24 47x225 joist", "m", 6.90),
            ("Sawn 22x100 treated board", "m", 1.20),
            ("Redwood PAR 21x144", "m", 3.80),
        ],
        "HW": [
            ("Oak PAR 21x145", "m", 19.50),
            ("Sapele 25x150", "m", 14.80),
            ("Ash 27x140", "m", 13.20),
            ("Iroko 45x95", "m", 17.60),
            ("Walnut 25x150", "m", 34.00),
            ("Tulipwood 20x95", "m", 7.40),
        ],
        "SH": [
            ("OSB3 18mm 2440x1220", "sheet", 24.50),
            ("Marine ply 18mm", "sheet", 68.00),
            ("MDF 18mm", "sheet", 32.00),
            ("Hardwood ply 12mm", "sheet", 29.50),
            ("Plasterboard 12.5mm", "sheet", 9.80),
            ("Chipboard flooring 22mm", "sheet", 16.90),
            ("MR MDF 9mm", "sheet", 21.40),
        ],
        "DK": [
            ("Grooved deck board 32x144", "m", 3.60),
            ("Composite deck board grey", "m", 11.20),
            ("Deck joist 47x150", "m", 3.95),
            ("Hardwood deck board", "m", 9.80),
            ("Deck spindle 41x41", "m", 1.95),
        ],
        "FN": [
            ("Fence post 100x100 2.4m", "each", 14.50),
            ("Feather edge 11x125", "m", 0.85),
            ("Closeboard panel 6ft", "each", 42.00),
            ("Gravel board 150x22", "m", 2.10),
            ("Lap panel 6x5", "each", 29.00),
            ("Fence rail 38x87", "m", 1.70),
        ],
        "FX": [
            ("Decking screws 4.5x60 box 500", "box", 21.00),
            ("Wood screws 5x70 box 200", "box", 12.40),
            ("Joist hangers 47mm", "each", 1.65),
            ("Postcrete 20kg", "each", 7.20),
            ("Round nails 75mm 1kg", "box", 4.90),
            ("Coach bolts M10 pack 10", "box", 8.30),
            ("Timber wood glue 1L", "each", 9.60),
        ],
    }
    prods = []
    for cat, lst in spec.items():
        for nm, uom, prc in lst:
            pid = len(prods) + 1
            lvl = r.choice([20, 50, 100, 200]) if uom == "m" else r.choice([10, 20, 40])
            stk = r.randint(0, lvl * 5) if r.random() < 0.8 else r.randint(0, lvl - 1)
            fsc = "Y" if cat in ("SW", "HW", "SH", "DK", "FN") and r.random() < 0.6 else "N"
            prods.append((pid, nm, cat, uom, prc, stk, lvl, fsc))
    insert(c, "prod", prods)
    never = {prods[4][0], prods[12][0], prods[26][0], prods[36][0]}
    cities = ["Exeter", "Taunton", "Tiverton", "Honiton", "Crediton", "Exmouth"]
    trades = [
        "Joinery",
        "Builders",
        "Roofing",
        "Carpentry",
        "Landscapes",
        "Fencing",
        "Property Maintenance",
        "Shopfitters",
    ]
    tnames = full_names(r, 200)
    custs = []
    for i in range(1, 191):
        nm = tnames[i - 1]
        if r.random() < 0.42:
            typ = "T"
            nm = f"{nm.split(' ')[1]} {r.choice(trades)} Ltd" if r.random() < 0.7 else f"{nm} {r.choice(trades)}"
            lim = r.choice([1000, 2500, 5000, 7500, 10000, 15000]) if r.random() < 0.7 else None
        else:
            typ, lim = "R", None
        custs.append(
            (
                i,
                nm,
                typ,
                r.choices(cities, [35, 18, 12, 12, 10, 13])[0],
                lim,
                _iso(day_between(r, D(2015, 1, 1), D(2024, 6, 30))),
            )
        )
    insert(c, "cust", custs)
    emps = [
        (1, "Rob Tanner", "MGR", "2012-04-02"), (2, "Dawn Ellery", "SLS", "2016-08-15"), (3, "Phil Crocker", "SLS", "2019-03-04"),
        (4, "Ania Nowak", "SLS", "2021-09-20"), (5, "Gary Lott", "YRD", "2014-05-12"), (6, "Sam Pengelly", "DRV", "2018-02-05"),
        (7, "Tom Hext", "YRD", "2022-11-07"), (8, "Nicola Weeks", "SLS", "2023-05-22"),
    ]  # fmt: skip
    insert(c, "emp", emps)
    insert(c, "ord_sts", [("C", "Completed"), ("P", "Pending"), ("X", "Cancelled")])
    hdrs, lns = [], []
    cw = [3.0 if x[2] == "T" else 1.0 for x in custs]
    buy = [p for p in prods if p[0] not in never]
    ord_days = sorted(day_between(r, D(2023, 1, 3), LAST) for _ in range(1650))
    for oid, od in enumerate(ord_days, 1):
        cu = r.choices(custs, cw)[0]
        sellers = [e[0] for e in emps if e[2] in ("SLS", "MGR") and D.fromisoformat(e[3]) <= od]
        em = r.choices(sellers, [1 if s == 1 else 3 for s in sellers])[0]
        dlv = "Y" if r.random() < (0.7 if cu[2] == "T" else 0.3) else "N"
        if (LAST - od).days > 10:
            sts = "C" if r.random() < 0.93 else "X"
        else:
            sts = r.choices(["P", "C", "X"], [50, 45, 5])[0]
        dd = None
        if sts == "C" and dlv == "Y":
            x = _plus(od, r.randint(1, 7))
            if x <= LAST:
                dd = _iso(x)
            else:
                sts = "P"
        hdrs.append((oid, cu[0], em, _iso(od), dlv, dd, sts))
        for ln in range(1, r.choices([1, 2, 3, 4, 5, 6], [25, 25, 20, 14, 10, 6])[0] + 1):
            p = r.choice(buy)
            qty = float(r.randint(2, 120)) if p[3] == "m" else float(r.randint(1, 25))
            prc = round(p[4] * (0.92 if od.year == 2023 else 0.97 if od.year == 2024 else 1.0), 2)
            disc = r.choice([0, 5, 10, 15]) if cu[2] == "T" else (5 if r.random() < 0.1 else 0)
            lns.append((oid, ln, p[0], qty, prc, float(disc)))
    insert(c, "ord_hdr", hdrs)
    insert(c, "ord_ln", lns)
    done(c)


# --------------------------------------------------------------------------------------------------- counciltax
def build_counciltax(path: Path) -> None:
    r = random.Random(37004)
    c = fresh_db(
        path,
        """
        CREATE TABLE VALUATION_BAND (BAND_CODE TEXT PRIMARY KEY, ANNUAL_CHARGE REAL NOT NULL);
        CREATE TABLE WARD (WARD_ID INTEGER PRIMARY KEY, WARD_NAME TEXT NOT NULL);
        CREATE TABLE PROPERTY (
            PROPERTY_REF TEXT PRIMARY KEY, ADDRESS_LINE TEXT NOT NULL, POSTCODE TEXT NOT NULL,
            WARD_ID INTEGER NOT NULL REFERENCES WARD(WARD_ID),
            BAND_CODE TEXT NOT NULL REFERENCES VALUATION_BAND(BAND_CODE), PROPERTY_TYPE TEXT NOT NULL,
            IS_EMPTY TEXT NOT NULL);
        CREATE TABLE ACCOUNT_HOLDER (
            ACCOUNT_NO INTEGER PRIMARY KEY, FORENAME TEXT NOT NULL, SURNAME TEXT NOT NULL, EMAIL TEXT,
            PAPERLESS_BILLING TEXT NOT NULL);
        CREATE TABLE LIABILITY (
            LIABILITY_ID INTEGER PRIMARY KEY, ACCOUNT_NO INTEGER NOT NULL REFERENCES ACCOUNT_HOLDER(ACCOUNT_NO),
            PROPERTY_REF TEXT NOT NULL REFERENCES PROPERTY(PROPERTY_REF), START_DATE TEXT NOT NULL,
            END_DATE TEXT, SINGLE_PERSON_DISCOUNT TEXT NOT NULL);
        CREATE TABLE BILL (
            BILL_ID INTEGER PRIMARY KEY, LIABILITY_ID INTEGER NOT NULL REFERENCES LIABILITY(LIABILITY_ID),
            FINANCIAL_YEAR TEXT NOT NULL, ISSUE_DATE TEXT NOT NULL, AMOUNT_BILLED REAL NOT NULL);
        CREATE TABLE PAYMENT (
            PAYMENT_ID INTEGER PRIMARY KEY, BILL_ID INTEGER NOT NULL REFERENCES BILL(BILL_ID),
            PAYMENT_DATE TEXT NOT NULL, AMOUNT REAL NOT NULL, PAYMENT_METHOD TEXT NOT NULL);
        """,
    )
    bands = {
        "A": 1450.32,
        "B": 1692.04,
        "C": 1933.76,
        "D": 2175.48,
        "E": 2658.92,
        "F": 3142.36,
        "G": 3625.80,
        "H": 4350.96,
    }
    insert(c, "VALUATION_BAND", list(bands.items()))
    wards = ["Abbey", "Castle", "Eastgate", "Holloway", "Meadowside", "Northfield", "Riverside", "St Mary's"]
    insert(c, "WARD", list(enumerate(wards, 1)))
    streets = [
        "Church Lane",
        "Mill Road",
        "Station Road",
        "Victoria Street",
        "Orchard Close",
        "The Crescent",
        "Park View",
        "Kings Avenue",
        "Chapel Row",
        "Willow Drive",
        "Queens Road",
        "High Street",
        "Beech Grove",
        "Meadow Way",
    ]
    props = []
    used = set()
    for i in range(330):
        while True:
            st, num = r.choice(streets), r.randint(1, 140)
            if (st, num) not in used:
                used.add((st, num))
                break
        ward = r.choices(range(1, 9), [16, 12, 14, 10, 11, 13, 15, 9])[0]
        band = r.choices(list(bands), [22, 24, 20, 14, 9, 6, 4, 1])[0]
        ptype = {
            "A": ["Flat", "Terraced"],
            "B": ["Flat", "Terraced"],
            "C": ["Terraced", "Semi-detached"],
            "D": ["Semi-detached", "Bungalow"],
            "E": ["Semi-detached", "Detached", "Bungalow"],
        }.get(band, ["Detached"])
        pc = f"GL{ward + 1} {r.randint(1, 9)}{r.choice('ABDEFHJLNPQRSTUWXYZ')}{r.choice('ABDEFHJLNPQRSTUWXYZ')}"
        props.append(
            [f"1000{4000 + i * 7}", f"{num} {st}", pc, ward, band, r.choice(ptype), "Y" if r.random() < 0.06 else "N"]
        )
    props[40][4], props[40][5] = "H", "Detached"
    insert(c, "PROPERTY", [tuple(p) for p in props])
    names = full_names(r, 1500)
    accts, libs = [], []
    free: list[tuple[int, dt.date]] = []

    def new_acct() -> int:
        n = len(accts) + 1
        f, s = names[n - 1].split(" ")
        em = f"{f.lower()}.{s.lower()}{n}@example.co.uk" if r.random() < 0.78 else None
        accts.append((n, f, s, em, "Y" if em and r.random() < 0.45 else "N"))
        return n

    for p in props:
        start = day_between(r, D(2012, 1, 1), D(2021, 3, 31))
        while True:
            end = _plus(start, r.randint(500, 4200))
            last = end > LAST
            if p[6] == "Y" and last:
                end = day_between(r, D(2024, 1, 1), D(2025, 4, 30))
                if end <= start:
                    end = _plus(start, 200)
            mov = [a for a in free if a[1] < start]
            if mov and r.random() < 0.25:
                acc = mov[0][0]
                free.remove(mov[0])
            else:
                acc = new_acct()
            lid = len(libs) + 1
            libs.append(
                (
                    lid,
                    acc,
                    p[0],
                    _iso(start),
                    None if last and p[6] == "N" else _iso(end),
                    "Y" if r.random() < 0.3 else "N",
                )
            )
            if last or (p[6] == "Y" and end < LAST and end >= D(2024, 1, 1)):
                break
            if r.random() < 0.5:
                free.append((acc, end))
            start = _plus(end, r.randint(1, 75))
    insert(c, "ACCOUNT_HOLDER", accts)
    insert(c, "LIABILITY", libs)
    band_of = {p[0]: p[4] for p in props}
    fys = {"2023/24": (D(2023, 4, 1), 0.91), "2024/25": (D(2024, 4, 1), 0.955), "2025/26": (D(2025, 4, 1), 1.0)}
    bills, pays = [], []
    method = {a[0]: r.choices(["DD", "CARD", "CASH", "BANK"], [58, 24, 6, 12])[0] for a in accts}
    for lb in libs:
        ls = D.fromisoformat(lb[3])
        le = D.fromisoformat(lb[4]) if lb[4] else D(2099, 1, 1)
        for fy, (fs, k) in fys.items():
            fe = D(fs.year + 1, 3, 31)
            a, b = max(ls, fs), min(le, fe)
            if a > b:
                continue
            share = ((b - a).days + 1) / ((fe - fs).days + 1)
            amt = round(bands[band_of[lb[2]]] * k * share * (0.75 if lb[5] == "Y" else 1.0), 2)
            iss = max(D(fs.year, 3, 10), _plus(ls, 7))
            if iss > LAST:
                continue
            bid = len(bills) + 1
            bills.append((bid, lb[0], fy, _iso(iss), amt))
            m = method[lb[1]]
            fate = r.random()
            frac = 1.0 if fate < 0.86 else (r.uniform(0.2, 0.8) if fate < 0.97 else 0.0)
            n = 10 if m == "DD" else r.choice([1, 2, 3])
            inst = round(amt / n, 2)
            for j in range(n):
                if (j + 1) / n > frac + 1e-9:
                    break
                pd = _plus(max(iss, D(fs.year, 4, 1)), 30 * j + r.randint(0, 5))
                if pd > LAST:
                    break
                pays.append((pd, bid, inst if j < n - 1 else round(amt - inst * (n - 1), 2), m))
    insert(c, "BILL", bills)
    pays.sort(key=lambda x: (x[0], x[1]))
    insert(c, "PAYMENT", [(i, p[1], _iso(p[0]), p[2], p[3]) for i, p in enumerate(pays, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- trampoline
def _holiday(d: dt.date) -> bool:
    """Rough English school holidays: New Year, February and October half terms, Easter, late May, summer,
    Christmas."""
    m, n = d.month, d.day
    return (
        (m == 1 and n <= 3)
        or (m == 2 and 12 <= n <= 16)
        or (m == 4 and n <= 14)
        or (m == 5 and n >= 27)
        or (m == 7 and n >= 22)
        or m == 8
        or (m == 10 and 23 <= n <= 27)
        or (m == 12 and n >= 20)
    )


def build_trampoline(path: Path) -> None:
    r = random.Random(37005)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (
            date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year INTEGER NOT NULL, month_num INTEGER NOT NULL,
            month_name TEXT NOT NULL, day_name TEXT NOT NULL, is_weekend INTEGER NOT NULL,
            is_school_holiday INTEGER NOT NULL);
        CREATE TABLE dim_site (
            site_key INTEGER PRIMARY KEY, site_code TEXT NOT NULL, site_name TEXT NOT NULL, city TEXT NOT NULL,
            opened_date TEXT NOT NULL, capacity INTEGER NOT NULL);
        CREATE TABLE dim_customer (
            customer_key INTEGER PRIMARY KEY, customer_code TEXT NOT NULL, first_name TEXT NOT NULL,
            last_name TEXT NOT NULL, postcode_area TEXT NOT NULL, is_member INTEGER NOT NULL, birth_year INTEGER,
            signed_up_date TEXT NOT NULL);
        CREATE TABLE dim_session (
            session_key INTEGER PRIMARY KEY, session_name TEXT NOT NULL, duration_min INTEGER NOT NULL,
            list_price REAL NOT NULL, min_age INTEGER);
        CREATE TABLE dim_cafe_item (
            item_key INTEGER PRIMARY KEY, item_name TEXT NOT NULL, category TEXT NOT NULL, unit_price REAL NOT NULL);
        CREATE TABLE fact_booking (
            booking_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            site_key INTEGER NOT NULL REFERENCES dim_site(site_key),
            customer_key INTEGER NOT NULL REFERENCES dim_customer(customer_key),
            session_key INTEGER NOT NULL REFERENCES dim_session(session_key), jumpers INTEGER NOT NULL,
            amount_paid REAL NOT NULL, grip_socks_qty INTEGER NOT NULL, booking_status TEXT NOT NULL,
            booked_online INTEGER NOT NULL);
        CREATE TABLE fact_cafe_sale (
            sale_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            site_key INTEGER NOT NULL REFERENCES dim_site(site_key),
            item_key INTEGER NOT NULL REFERENCES dim_cafe_item(item_key), qty INTEGER NOT NULL,
            revenue REAL NOT NULL);
        """,
    )
    dates = []
    d = D(2023, 1, 1)
    while d <= D(2025, 12, 31):
        dates.append(
            (
                int(d.strftime("%Y%m%d")),
                _iso(d),
                d.year,
                d.month,
                d.strftime("%B"),
                d.strftime("%A"),
                1 if d.weekday() >= 5 else 0,
                1 if _holiday(d) else 0,
            )
        )
        d += ONE
    insert(c, "dim_date", dates)
    sites = [
        (1, "BRS", "Bounce Bristol", "Bristol", "2019-05-18", 120),
        (2, "CDF", "Bounce Cardiff", "Cardiff", "2021-07-03", 100),
        (3, "SWN", "Bounce Swindon", "Swindon", "2023-09-16", 80),
    ]
    insert(c, "dim_site", sites)
    sessions = [
        (1, "Open Jump", 60, 14.0, 5), (2, "Toddler Time", 45, 8.5, None), (3, "Dodgeball", 60, 12.0, 8),
        (4, "Jump Fitness", 45, 11.0, 16), (5, "Party Package", 120, 22.0, None), (6, "SEN Session", 60, 9.0, None),
        (7, "Late Night Jump", 90, 16.0, 12),
    ]  # fmt: skip
    insert(c, "dim_session", sessions)
    items = [
        (1, "Slush drink", "drink", 2.5), (2, "Coffee", "drink", 2.9), (3, "Bottled water", "drink", 1.2),
        (4, "Hot dog", "food", 4.5), (5, "Chips", "food", 3.0), (6, "Kids meal box", "food", 5.5),
        (7, "Chocolate muffin", "snack", 2.4), (8, "Crisps", "snack", 1.1),
    ]  # fmt: skip
    insert(c, "dim_cafe_item", items)
    names = full_names(r, 620)
    custs = []
    for i in range(1, 621):
        f, s = names[i - 1].split(" ")
        by = r.randint(1975, 2019) if r.random() < 0.92 else None
        custs.append(
            (
                i,
                f"TJ{10000 + i * 3}",
                f,
                s,
                r.choice(["BS", "CF", "SN", "BA", "NP", "GL"]),
                1 if r.random() < 0.3 else 0,
                by,
                _iso(day_between(r, D(2019, 6, 1), D(2025, 5, 31))),
            )
        )
    insert(c, "dim_customer", custs)
    cw = [min(r.paretovariate(1.6), 6.0) * (2 if cu[5] else 1) for cu in custs[:590]]
    books = []
    for _ in range(6400):
        bd = day_between(r, D(2023, 1, 2), LAST)
        dk = int(bd.strftime("%Y%m%d"))
        st = [s for s in sites if D.fromisoformat(s[4]) <= bd]
        site = r.choices(st, [5, 4, 3][: len(st)])[0][0]
        cu = r.choices(custs[:590], cw)[0]
        se = r.choices(sessions, [40, 12, 10, 7, 9, 5, 8])[0]
        if bd.weekday() >= 5 and r.random() < 0.25:
            se = sessions[4] if r.random() < 0.5 else sessions[0]
        jumpers = r.randint(8, 20) if se[0] == 5 else r.choices([1, 2, 3, 4, 5], [30, 32, 20, 12, 6])[0]
        stat = r.choices(["attended", "no_show", "cancelled"], [86, 6, 8])[0]
        price = se[3] * (0.85 if cu[5] else 1.0) * (1.1 if bd.weekday() >= 5 else 1.0)
        paid = 0.0 if stat == "cancelled" and r.random() < 0.8 else round(price * jumpers, 2)
        socks = sum(1 for _ in range(jumpers) if r.random() < 0.35) if stat == "attended" else 0
        books.append((dk, site, cu[0], se[0], jumpers, paid, socks, stat, 1 if r.random() < 0.72 else 0))
    books.sort()
    insert(c, "fact_booking", [(i, *b) for i, b in enumerate(books, 1)])
    sales = []
    for _ in range(4200):
        bd = day_between(r, D(2023, 1, 2), LAST)
        st = [s for s in sites if D.fromisoformat(s[4]) <= bd]
        site = r.choices(st, [5, 4, 3][: len(st)])[0][0]
        it = r.choices(items, [18, 12, 16, 10, 12, 8, 9, 15])[0]
        q = r.choices([1, 2, 3, 4], [55, 28, 12, 5])[0]
        sales.append((int(bd.strftime("%Y%m%d")), site, it[0], q, round(q * it[3], 2)))
    sales.sort()
    insert(c, "fact_cafe_sale", [(i, *s) for i, s in enumerate(sales, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- soapworks
def build_soapworks(path: Path) -> None:
    r = random.Random(37006)
    c = fresh_db(
        path,
        """
        CREATE TABLE products (
            id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL, scent TEXT, color TEXT NOT NULL,
            bar_weight_g INTEGER NOT NULL, is_vegan INTEGER NOT NULL, retail_price REAL NOT NULL,
            launched_on TEXT NOT NULL, discontinued_on TEXT);
        CREATE TABLE ingredients (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, supplier TEXT NOT NULL, cost_per_kg REAL NOT NULL,
            is_organic INTEGER NOT NULL, is_animal_derived INTEGER NOT NULL);
        CREATE TABLE product_ingredients (
            product_id INTEGER NOT NULL REFERENCES products(id), ingredient_id INTEGER NOT NULL REFERENCES ingredients(id),
            grams_per_bar REAL NOT NULL, PRIMARY KEY (product_id, ingredient_id));
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id), poured_on TEXT NOT NULL,
            bars_made INTEGER NOT NULL, bars_rejected INTEGER NOT NULL, cured_on TEXT);
        CREATE TABLE wholesale_accounts (
            id INTEGER PRIMARY KEY, business_name TEXT NOT NULL, contact_name TEXT NOT NULL, city TEXT NOT NULL,
            state TEXT NOT NULL, opened_on TEXT NOT NULL);
        CREATE TABLE wholesale_orders (
            id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES wholesale_accounts(id),
            ordered_on TEXT NOT NULL, shipped_on TEXT, shipping_cost REAL NOT NULL);
        CREATE TABLE wholesale_order_items (
            id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES wholesale_orders(id),
            product_id INTEGER NOT NULL REFERENCES products(id), cases INTEGER NOT NULL, bars_per_case INTEGER NOT NULL,
            case_price REAL NOT NULL);
        CREATE TABLE online_sales_export (
            order_number TEXT NOT NULL, order_timestamp TEXT NOT NULL, customer_name TEXT NOT NULL,
            customer_email TEXT NOT NULL, ship_city TEXT NOT NULL, ship_state TEXT NOT NULL, sku TEXT NOT NULL,
            product_name TEXT NOT NULL, scent TEXT, quantity INTEGER NOT NULL, item_price REAL NOT NULL,
            shipping_charged REAL NOT NULL, discount_code TEXT, refunded TEXT NOT NULL);
        """,
    )
    ings = [
        (1, "Olive oil", "Coastal Oils Co", 6.80, 1, 0), (2, "Coconut oil", "Coastal Oils Co", 4.20, 1, 0),
        (3, "Shea butter", "Karite Imports", 11.50, 1, 0), (4, "Cocoa butter", "Karite Imports", 14.00, 0, 0),
        (5, "Castor oil", "Coastal Oils Co", 5.10, 0, 0), (6, "Sodium hydroxide", "Valley Chemical", 3.40, 0, 0),
        (7, "Beeswax", "Sweetwater Apiaries", 18.00, 0, 1), (8, "Goat milk", "Hilltop Dairy", 9.50, 0, 1),
        (9, "Lavender essential oil", "Aroma Direct", 95.00, 1, 0), (10, "Peppermint essential oil", "Aroma Direct", 72.00, 1, 0),
        (11, "Activated charcoal", "Valley Chemical", 22.00, 0, 0), (12, "Oatmeal", "Prairie Mills", 2.60, 1, 0),
        (13, "Honey", "Sweetwater Apiaries", 12.00, 0, 1), (14, "French green clay", "Earth Minerals", 16.00, 0, 0),
        (15, "Sweet orange essential oil", "Aroma Direct", 38.00, 1, 0), (16, "Tea tree essential oil", "Aroma Direct", 64.00, 0, 0),
    ]  # fmt: skip
    insert(c, "ingredients", ings)
    prods = [
        ("Lavender Fields", "lavender", "purple", [9]), ("Peppermint Rush", "peppermint", "green", [10]),
        ("Charcoal Detox", "tea tree", "black", [11, 16]), ("Oatmeal & Honey", "honey", "tan", [12, 13]),
        ("Goat Milk Plain", None, "ivory", [8]), ("Citrus Sunrise", "orange", "orange", [15]),
        ("Green Clay Mint", "peppermint", "green", [14, 10]), ("Lavender Oat", "lavender", "lilac", [9, 12]),
        ("Beeswax Balm Bar", "honey", "yellow", [7, 13]), ("Pure Castile", None, "white", []),
        ("Tea Tree Clarify", "tea tree", "mint", [16, 14]), ("Orange Clove", "orange", "amber", [15]),
        ("Shea Dream", "lavender", "cream", [9]), ("Cocoa Kiss", "chocolate", "brown", [4]),
        ("Goat Milk Lavender", "lavender", "lavender", [8, 9]), ("Minty Charcoal", "peppermint", "gray", [10, 11]),
        ("Honey Glow", "honey", "gold", [13]), ("Sunny Citrus Oat", "orange", "yellow", [15, 12]),
        ("Unscented Sensitive", None, "white", [12]), ("Rose Clay", "rose", "pink", [14]),
        ("Forest Pine", "pine", "green", [11]), ("Coconut Lime", "lime", "white", []),
    ]  # fmt: skip
    prows, pi = [], []
    for i, (nm, sc, col, extra) in enumerate(prods, 1):
        launched = day_between(r, D(2020, 3, 1), D(2024, 9, 30))
        disc = None
        if i in (6, 12, 16, 21):
            disc = _iso(day_between(r, D(2024, 3, 1), D(2025, 4, 30)))
        base = (
            [(1, 45.0), (2, 30.0), (6, 14.0)] + ([(3, 12.0)] if i % 3 else [(4, 10.0)]) + ([(5, 5.0)] if i % 2 else [])
        )
        rec = base + [(e, {9: 2.5, 10: 2.2, 15: 2.8, 16: 2.0}.get(e, 8.0)) for e in extra]
        animal = any(e in (7, 8, 13) for e in extra)
        weight = r.choice([113, 120, 140])
        price = r.choice([7.5, 8.0, 8.5, 9.0, 9.5, 10.0, 11.0])
        prows.append((i, f"SW-{100 + i}", nm, sc, col, weight, 0 if animal else 1, price, _iso(launched), disc))
        pi.extend((i, ing, g) for ing, g in rec)
    insert(c, "products", prows)
    insert(c, "product_ingredients", pi)
    bat = []
    for _ in range(340):
        p = r.choice(prows)
        st = max(D.fromisoformat(p[8]), D(2023, 1, 2))
        en = D.fromisoformat(p[9]) if p[9] else LAST
        if st >= en:
            continue
        pd = day_between(r, st, en)
        made = r.choice([48, 60, 72, 96, 120])
        rej = r.choices([0, 1, 2, 3, 4, 6, 9], [30, 22, 16, 12, 9, 7, 4])[0]
        cd = _plus(pd, r.randint(28, 42))
        bat.append((pd, p[0], made, rej, _iso(cd) if cd <= LAST else None))
    bat.sort()
    insert(c, "batches", [(i, b[1], _iso(b[0]), b[2], b[3], b[4]) for i, b in enumerate(bat, 1)])
    states = [
        ("Portland", "OR"),
        ("Seattle", "WA"),
        ("Boise", "ID"),
        ("Eugene", "OR"),
        ("Spokane", "WA"),
        ("Sacramento", "CA"),
        ("Reno", "NV"),
        ("Bend", "OR"),
        ("Tacoma", "WA"),
        ("Missoula", "MT"),
    ]
    shop = ["Green Leaf Market", "The Bath Nook", "Cedar & Sage", "Main Street Mercantile", "River Rock Co-op", "Bloom Boutique", "Harbor Gifts", "The Soap Shelf", "Wildflower General", "Pine Cone Pantry", "Juniper Spa", "Maple Lane Gifts", "Summit Outfitters", "Blue Heron Market", "Sunflower Shop", "Old Town Apothecary", "Tidewater Trading", "Fern Hollow", "Copper Kettle", "North Star Goods", "Lark & Linen", "Acorn Home", "Driftwood Dry Goods", "Quail Run Farm Store", "Aspen Wellness", "Bramble Market", "Silver Creek Spa", "Hazel & Hive", "Meadowlark Mercantile", "Willow Bath House", "Red Barn Market", "Cobblestone Gifts", "Tamarack Trading", "Evergreen Co-op", "Hollyhock Home", "Saltwater Supply"]  # fmt: skip
    cn = full_names(r, len(shop))
    accts = []
    for i, nm in enumerate(shop, 1):
        city, state = r.choice(states)
        accts.append((i, nm, cn[i - 1], city, state, _iso(day_between(r, D(2021, 1, 1), D(2025, 3, 31)))))
    insert(c, "wholesale_accounts", accts)
    ords, oits = [], []
    for _ in range(310):
        a = r.choice(accts[:32])
        od = day_between(r, max(D.fromisoformat(a[5]), D(2023, 1, 2)), LAST)
        sd = _plus(od, r.randint(2, 12))
        ords.append(
            (od, a[0], _iso(sd) if sd <= LAST and r.random() < 0.97 else None, r.choice([0.0, 12.0, 18.5, 25.0]))
        )
    ords.sort()
    for i, o in enumerate(ords, 1):
        avail = [p for p in prows if D.fromisoformat(p[8]) <= o[0] and (p[9] is None or D.fromisoformat(p[9]) > o[0])]
        for p in r.sample(avail, min(len(avail), r.randint(1, 5))):
            oits.append((len(oits) + 1, i, p[0], r.randint(1, 6), 12, round(p[7] * 12 * 0.5, 2)))
    insert(c, "wholesale_orders", [(i, o[1], _iso(o[0]), o[2], o[3]) for i, o in enumerate(ords, 1)])
    insert(c, "wholesale_order_items", oits)
    buyers = full_names(r, 700)
    bstate = [
        ("Austin", "TX"),
        ("Denver", "CO"),
        ("Portland", "OR"),
        ("Chicago", "IL"),
        ("Brooklyn", "NY"),
        ("Seattle", "WA"),
        ("Phoenix", "AZ"),
        ("Atlanta", "GA"),
        ("San Diego", "CA"),
        ("Boston", "MA"),
        ("Los Angeles", "CA"),
        ("Minneapolis", "MN"),
    ]
    bw = [8, 9, 11, 7, 9, 10, 5, 6, 8, 6, 9, 4]
    never = {5, 19}
    sellable = [p for p in prows if p[0] not in never]
    exp = []
    for n in range(1, 1401):
        od = day_between(r, D(2023, 1, 2), LAST)
        buyer = r.choice(buyers[:520])
        city, state = r.choices(bstate, bw)[0]
        code = r.choices([None, "WELCOME10", "SUDS15", "HOLIDAY20", "FREESHIP"], [70, 12, 8, 6, 4])[0]
        ship = 0.0 if code == "FREESHIP" else r.choice([4.95, 6.5, 8.0])
        ref = "Y" if r.random() < 0.05 else "N"
        ts = _stamp(od, r, 6, 23)
        avail = [p for p in sellable if D.fromisoformat(p[8]) <= od and (p[9] is None or D.fromisoformat(p[9]) > od)]
        for p in r.sample(avail, r.choices([1, 2, 3], [55, 30, 15])[0]):
            email = buyer.lower().replace(" ", ".") + "@mail.example"
            exp.append(
                (
                    f"#{5000 + n}",
                    ts,
                    buyer,
                    email,
                    city,
                    state,
                    p[1],
                    p[2],
                    p[3],
                    r.choices([1, 2, 3, 4], [50, 30, 12, 8])[0],
                    p[7],
                    ship,
                    code,
                    ref,
                )
            )
    insert(c, "online_sales_export", exp)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "pawnshop": build_pawnshop,
    "lawfirm": build_lawfirm,
    "timberyard": build_timberyard,
    "counciltax": build_counciltax,
    "trampoline": build_trampoline,
    "soapworks": build_soapworks,
}
