"""Six small business and public-service databases for the thirty-sixth blind English-to-SQL corpus.

- ``signshop`` (spreadsheet-import names with spaces and brackets, all quoted): a sign-making shop in West
  Yorkshire. ``Customers`` ("Customer Name", "Contact Person" optional, "Account Type" Trade or Retail), ``Staff``
  ("Full Name", "Role" Manager, Designer, Fitter, Printer or Office Admin, "Hourly Rate", "Leaving Date" NULL while
  still employed), ``Materials`` ("Cost Per Sq M", "Outdoor Rated" 'Y'/'N'), ``Jobs`` ("Date Ordered", "Due Date"
  NULL for quotes, "Date Completed", "Status" Quote, In Production, Completed or Cancelled, "Quoted Price",
  "Rush Job" 'Y'/'N', "Designer ID" NULL when the customer supplied artwork), ``Job Items`` ("Sign Type",
  "Width (mm)", "Height (mm)", "Qty", "Illuminated" 'Y'/'N'), ``Installations`` ("Hours On Site", "Access
  Equipment" NULL when none was needed) and ``Payments`` (Card, Bank Transfer, Cash or Cheque).
- ``audiology`` (terse legacy upper-case names of 3-6 letters with coded values, NO declared foreign keys): a
  hearing aid clinic. ``PATMS`` (patients: ``NHSFL`` 'Y'/'N' NHS funded, ``DOB``, ``REGDT`` registration date),
  ``AUDMS`` (audiologists: ``ANAME`` full name, ``GRADE`` 'S' senior or 'J' junior, ``ACTFL`` 'Y'/'N' active),
  ``APTST`` (appointment status codes BK, AT, DN, CX with ``STDSC``), ``APTTY`` (appointment type codes HT, FT, FU,
  RP, WX with ``TYDSC``), ``APPT`` (``APTDT`` timestamp, ``FEE`` NULL for NHS patients), ``HAMOD`` (hearing aid
  models: ``MKR`` maker, ``STYLE`` BTE, RIC, ITE or CIC, ``RCHG`` rechargeable 'Y'/'N', ``LSTPR`` list price) and
  ``FITTG`` (fittings: ``EAR`` 'L', 'R' or 'B' for both, ``PRICE`` paid, ``WRNDT`` warranty end, ``RTNDT``
  returned date, NULL while the patient keeps the aid).
- ``poolservice`` (snake_case with double-underscore namespaces ``crm__``, ``ops__``, ``inv__``, ``fin__``): a
  swimming pool maintenance contractor in Surrey. ``crm__customer`` (``is_commercial`` 0/1), ``crm__pool`` (outdoor,
  indoor or spa; heated and cover flags 0/1), ``crm__contract`` (weekly, fortnightly or monthly plan, ``end_date``
  NULL while running), ``ops__technician`` (first and last name, ``left_on``), ``ops__visit`` (routine, repair,
  opening or closing; completed, missed or scheduled; pH and chlorine readings that may be missing, a call-out
  charge on repairs only), ``inv__chemical``, ``ops__visit__chemical`` and ``fin__invoice`` (``paid_on`` NULL while
  unpaid).
- ``upholstery`` (every column repeats its table's name: ``job_id``, ``job_customer_id``, ``job_fabric_metres``):
  a furniture re-upholstery workshop around Bath. ``customer`` (``customer_is_trade`` 'Y'/'N'), ``craftsman``
  (day rate, apprentice flag 'Y'/'N', ``craftsman_end_date`` NULL while employed), ``fabric`` (price per metre,
  fire retardant 'Y'/'N'), ``job_status`` (codes Q, W, R, C, X with labels), ``job`` (item type, piece count,
  received, promised and collected dates, quote; no craftsman for quotes), ``job_fabric`` (metres of a fabric) and
  ``payment``.
- ``windowclean`` (``pk_``/``fk_`` key names): a window cleaning round business. ``cleaner`` (first and last name,
  ``fk_supervisor`` is a self-referencing foreign key, hourly rate, ``finished_on``), ``round`` (usual day and
  ``fk_cleaner`` regular cleaner, NULL when none), ``customer`` (email optional, ``left_on`` NULL for current
  customers), ``property`` (type, cleaned every 4, 6 or 8 weeks, price per clean), ``outcome`` (codes D, N, W, C),
  ``clean`` (``amount_charged`` NULL when not cleaned) and ``payment`` (cash, bank transfer or card).
- ``lostproperty`` (long verbose English snake_case names): the lost property office of a city transport
  authority. ``category_of_item`` (days kept before disposal, high-value flag 0/1), ``place_where_items_are_found``
  (station, train, tram or bus; line name), ``member_of_office_staff``, ``item_that_was_found`` (found date and
  hand-in timestamp, optional estimated value, returned date and disposal date both NULL while the item is still
  held, disposal method donated, destroyed, recycled or auctioned) and ``claim_made_by_owner`` (matched, rejected or
  open; matched item; collection fee, NULL unless matched).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import LAST_NAMES, day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def _weekday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d = _plus(d, 1)
    return d


# ----------------------------------------------------------------------------------------------------- signshop
def build_signshop(path: Path) -> None:
    r = random.Random(36001)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Customers" (
            "Customer ID" INTEGER PRIMARY KEY, "Customer Name" TEXT NOT NULL, "Contact Person" TEXT,
            "Town" TEXT NOT NULL, "Account Type" TEXT NOT NULL, "Date Opened" TEXT NOT NULL);
        CREATE TABLE "Staff" (
            "Staff ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Role" TEXT NOT NULL,
            "Hourly Rate" REAL NOT NULL, "Start Date" TEXT NOT NULL, "Leaving Date" TEXT);
        CREATE TABLE "Materials" (
            "Material ID" INTEGER PRIMARY KEY, "Material" TEXT NOT NULL, "Thickness (mm)" REAL,
            "Cost Per Sq M" REAL NOT NULL, "Supplier" TEXT NOT NULL, "Outdoor Rated" TEXT NOT NULL);
        CREATE TABLE "Jobs" (
            "Job No" INTEGER PRIMARY KEY, "Customer ID" INTEGER NOT NULL REFERENCES "Customers"("Customer ID"),
            "Designer ID" INTEGER REFERENCES "Staff"("Staff ID"), "Date Ordered" TEXT NOT NULL, "Due Date" TEXT,
            "Date Completed" TEXT, "Status" TEXT NOT NULL, "Quoted Price" REAL NOT NULL, "Rush Job" TEXT NOT NULL);
        CREATE TABLE "Job Items" (
            "Item ID" INTEGER PRIMARY KEY, "Job No" INTEGER NOT NULL REFERENCES "Jobs"("Job No"),
            "Material ID" INTEGER NOT NULL REFERENCES "Materials"("Material ID"), "Sign Type" TEXT NOT NULL,
            "Width (mm)" INTEGER NOT NULL, "Height (mm)" INTEGER NOT NULL, "Qty" INTEGER NOT NULL,
            "Illuminated" TEXT NOT NULL);
        CREATE TABLE "Installations" (
            "Install ID" INTEGER PRIMARY KEY, "Job No" INTEGER NOT NULL REFERENCES "Jobs"("Job No"),
            "Fitter ID" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"), "Install Date" TEXT NOT NULL,
            "Hours On Site" REAL NOT NULL, "Access Equipment" TEXT);
        CREATE TABLE "Payments" (
            "Payment ID" INTEGER PRIMARY KEY, "Job No" INTEGER NOT NULL REFERENCES "Jobs"("Job No"),
            "Payment Date" TEXT NOT NULL, "Amount" REAL NOT NULL, "Method" TEXT NOT NULL);
        """,
    )
    towns = ["Leeds", "Leeds", "Leeds", "Bradford", "Bradford", "Wakefield", "Harrogate", "Otley", "Ilkley"]
    trades = ["Bakery", "Barbers", "Dental Practice", "Motors", "Estate Agents", "Florist", "Cafe", "Fitness",
              "Opticians", "Pharmacy", "Builders", "Plumbing", "Kitchens", "Vets", "Deli", "Solicitors", "Tyres",
              "Nursery", "Pizza", "Hair Studio"]  # fmt: skip
    trade_kinds = {"Builders", "Plumbing", "Kitchens", "Motors", "Tyres", "Estate Agents"}
    pairs = [(s, t) for s in LAST_NAMES for t in trades]
    r.shuffle(pairs)
    contacts = full_names(r, 100)
    customers = []
    for i, (s, t) in enumerate(pairs[:96], 1):
        acct = "Trade" if (t in trade_kinds and r.random() < 0.7) or r.random() < 0.08 else "Retail"
        contact = None if r.random() < 0.15 else contacts[i]
        opened = day_between(r, D(2019, 3, 1), D(2025, 5, 20))
        customers.append((i, f"{s} {t}", contact, r.choice(towns), acct, _iso(opened)))
    insert(c, "Customers", customers)
    staff = [
        (1, "Gavin Brennan", "Manager", 32.0, "2015-03-02", None),
        (2, "Priya Kaur", "Designer", 21.5, "2018-06-11", None),
        (3, "Olivia Moreau", "Designer", 19.0, "2021-02-01", None),
        (4, "Marco Costa", "Designer", 20.0, "2019-09-16", "2024-03-29"),
        (5, "Hana Ito", "Designer", 18.5, "2024-04-15", None),
        (6, "Kofi Oduya", "Fitter", 19.5, "2017-05-02", None),
        (7, "Liam Hughes", "Fitter", 18.0, "2020-08-10", None),
        (8, "Bruno Varga", "Fitter", 17.5, "2016-01-04", "2023-11-30"),
        (9, "Samir Haddad", "Fitter", 18.75, "2023-10-02", None),
        (10, "Tessa Grant", "Printer", 16.5, "2019-01-07", None),
        (11, "Jonas Eriksen", "Printer", 16.0, "2022-05-23", None),
        (12, "Nadia Petrov", "Fitter", 12.5, "2024-09-02", None),
        (13, "Ingrid Larsen", "Office Admin", 15.0, "2020-01-06", "2024-08-30"),
    ]
    insert(c, "Staff", staff)

    def active(role: str, d: dt.date) -> list[int]:
        return [s[0] for s in staff if s[2] == role and D.fromisoformat(s[4]) <= d
                and (s[5] is None or D.fromisoformat(s[5]) >= d)]  # fmt: skip

    materials = [
        (1, "Aluminium Composite", 3.0, 28.0, "Spandex", "Y"),
        (2, "Acrylic", 5.0, 42.0, "Perspex Direct", "Y"),
        (3, "Foamex PVC", 5.0, 14.0, "Antalis", "N"),
        (4, "Vinyl Banner", None, 9.5, "Antalis", "Y"),
        (5, "Correx", 4.0, 6.0, "Antalis", "Y"),
        (6, "Self-Adhesive Vinyl", None, 12.0, "Spandex", "Y"),
        (7, "Brushed Stainless Steel", 1.5, 95.0, "Metal Supermarkets", "Y"),
        (8, "Oak Board", 18.0, 60.0, "Pennine Timber", "Y"),
        (9, "Magnetic Sheet", 0.8, 22.0, "Spandex", "N"),
        (10, "Reflective Vinyl", None, 26.0, "Spandex", "Y"),
        (11, "Dibond Mirror", 3.0, 48.0, "Spandex", "N"),
    ]
    insert(c, "Materials", materials)
    cost = {m[0]: m[3] for m in materials}
    # sign type: materials, width range, height range, qty range, chance lit
    kinds = {
        "Shop Fascia": ([1, 1, 1, 2, 8, 7], (2400, 6000), (500, 900), (1, 1), 0.3),
        "Projecting Sign": ([1, 2, 8], (500, 800), (500, 800), (1, 1), 0.4),
        "A-Board": ([1, 3], (600, 600), (900, 900), (1, 2), 0.0),
        "Window Graphics": ([6, 6, 6], (800, 2000), (600, 2000), (1, 4), 0.0),
        "Vehicle Livery": ([6, 10, 9], (1500, 4000), (500, 1200), (1, 3), 0.0),
        "Banner": ([4], (2000, 6000), (600, 1200), (1, 3), 0.0),
        "Safety Sign": ([3, 5, 10, 1], (200, 600), (200, 400), (2, 20), 0.0),
        "Wall Plaque": ([7, 2, 8], (300, 600), (200, 400), (1, 1), 0.0),
    }
    kind_w = [14, 8, 10, 16, 9, 12, 8, 5]
    never = {x[0] for x in customers if x[0] % 13 == 5}
    buyers = [x for x in customers if x[0] not in never]
    bw = [3 if x[4] == "Trade" else 1 for x in buyers]
    bw[7] = 9
    bw[21] = 7
    raw = []
    for _ in range(640):
        cu = r.choices(buyers, bw)[0]
        od = day_between(r, max(D.fromisoformat(cu[5]), D(2022, 1, 4)), LAST)
        raw.append((od, cu))
    raw.sort(key=lambda x: (x[0], x[1][0]))
    jobs, items, installs, pays = [], [], [], []
    iid = inst = pid = 0
    for jno, (od, cu) in enumerate(raw, 1001):
        age = (TODAY - od).days
        if age <= 10:
            status = r.choice(["Quote", "In Production"])
        elif age <= 40:
            status = r.choices(["Quote", "In Production", "Completed", "Cancelled"], [10, 45, 40, 5])[0]
        else:
            status = r.choices(["Completed", "Cancelled", "In Production"], [90, 8, 1])[0]
        rush = "Y" if r.random() < 0.15 else "N"
        due_off = r.randint(3, 6) if rush == "Y" else r.randint(10, 28)
        due = None if status == "Quote" else _plus(od, due_off)
        completed = None
        if status == "Completed":
            completed = min(_plus(od, max(1, due_off + r.randint(-4, 6))), LAST)
        designers = active("Designer", od)
        designer = None if r.random() < 0.1 or not designers else r.choice(designers)
        price = 60.0
        job_kinds = []
        for _k in range(r.choices([1, 2, 3, 4], [50, 30, 14, 6])[0]):
            kind = r.choices(list(kinds), kind_w)[0]
            mats, wr, hr, qr, lit = kinds[kind]
            mat = r.choice(mats)
            w = r.randint(wr[0] // 50, wr[1] // 50) * 50
            h = r.randint(hr[0] // 50, hr[1] // 50) * 50
            q = r.randint(*qr)
            il = "Y" if r.random() < lit else "N"
            iid += 1
            items.append((iid, jno, mat, kind, w, h, q, il))
            job_kinds.append(kind)
            price += w * h / 1e6 * cost[mat] * 3.2 * q + (450 if il == "Y" else 0)
        if rush == "Y":
            price *= 1.25
        price = round(price * 2) / 2  # whole pounds or fifty pence, so deposit + balance add up exactly
        jobs.append((jno, cu[0], designer, _iso(od), _iso(due) if due else None,
                     _iso(completed) if completed else None, status, price, rush))  # fmt: skip
        method = "Bank Transfer" if cu[4] == "Trade" and r.random() < 0.8 else None
        deposit = float(price // 2)
        took_deposit = status != "Quote" and r.random() < (0.6 if status != "Cancelled" else 0.3)
        if took_deposit:
            pid += 1
            pays.append((pid, jno, _iso(od), deposit, method or r.choice(["Card", "Card", "Bank Transfer", "Cash"])))
        if status == "Completed" and completed is not None:
            owing = r.random() < 0.08 or (not took_deposit and r.random() < 0.05)
            if not owing:
                pid += 1
                amount = price - deposit if took_deposit else price
                pdate = min(_plus(completed, r.choice([0, 0, 1, 3, 7, 14, 21])), LAST)
                pays.append((pid, jno, _iso(pdate), amount,
                             method or r.choices(["Card", "Bank Transfer", "Cash", "Cheque"], [45, 35, 12, 8])[0]))  # fmt: skip
            sited = [k for k in job_kinds if k in ("Shop Fascia", "Projecting Sign", "Wall Plaque")]
            if sited or ("Window Graphics" in job_kinds and r.random() < 0.5):
                big = "Shop Fascia" in sited
                visits = [completed]
                if r.random() < 0.1 and (completed - od).days > 4:
                    visits.insert(0, _plus(completed, -r.randint(1, 3)))
                for vd in visits:
                    fitters = active("Fitter", vd)
                    if big:
                        eq = r.choices([None, "Ladder", "Scaffold", "Cherry Picker"], [5, 40, 25, 30])[0]
                    elif "Projecting Sign" in sited:
                        eq = r.choices([None, "Ladder", "Cherry Picker"], [10, 50, 40])[0]
                    else:
                        eq = r.choices([None, "Ladder"], [70, 30])[0]
                    hrs = r.randint(6, 16) / 2 if big else r.randint(2, 6) / 2
                    inst += 1
                    installs.append((inst, jno, r.choice(fitters), _iso(vd), hrs, eq))
    insert(c, "Jobs", jobs)
    insert(c, "Job Items", items)
    insert(c, "Installations", installs)
    pays.sort(key=lambda p: (p[2], p[0]))
    insert(c, "Payments", [(i, *p[1:]) for i, p in enumerate(pays, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- audiology
def build_audiology(path: Path) -> None:
    r = random.Random(36002)
    c = fresh_db(
        path,
        """
        CREATE TABLE PATMS (
            PATNO INTEGER PRIMARY KEY, FNAME TEXT NOT NULL, LNAME TEXT NOT NULL, DOB TEXT NOT NULL,
            TOWN TEXT NOT NULL, NHSFL TEXT NOT NULL, REGDT TEXT NOT NULL);
        CREATE TABLE AUDMS (AUDNO INTEGER PRIMARY KEY, ANAME TEXT NOT NULL, GRADE TEXT NOT NULL, ACTFL TEXT NOT NULL);
        CREATE TABLE APTST (STCD TEXT PRIMARY KEY, STDSC TEXT NOT NULL);
        CREATE TABLE APTTY (TYCD TEXT PRIMARY KEY, TYDSC TEXT NOT NULL, DURMN INTEGER NOT NULL);
        CREATE TABLE APPT (
            APTNO INTEGER PRIMARY KEY, PATNO INTEGER NOT NULL, AUDNO INTEGER NOT NULL, APTDT TEXT NOT NULL,
            TYCD TEXT NOT NULL, STCD TEXT NOT NULL, FEE REAL);
        CREATE TABLE HAMOD (
            MODNO INTEGER PRIMARY KEY, MKR TEXT NOT NULL, MODNM TEXT NOT NULL, STYLE TEXT NOT NULL,
            RCHG TEXT NOT NULL, LSTPR REAL NOT NULL);
        CREATE TABLE FITTG (
            FITNO INTEGER PRIMARY KEY, PATNO INTEGER NOT NULL, MODNO INTEGER NOT NULL, AUDNO INTEGER NOT NULL,
            FITDT TEXT NOT NULL, EAR TEXT NOT NULL, PRICE REAL NOT NULL, WRNDT TEXT NOT NULL, RTNDT TEXT);
        """,
    )
    auds = [(1, "Elif Yilmaz", "S", "Y"), (2, "Julia Novak", "S", "Y"), (3, "Carlos Mendes", "J", "Y"),
            (4, "Hana Nakamura", "J", "Y"), (5, "Oscar Bauer", "S", "N"), (6, "Farah Delgado", "J", "N"),
            (7, "Umar Kowalski", "J", "Y")]  # fmt: skip
    insert(c, "AUDMS", auds)
    window = {1: (D(2015, 1, 1), D(2030, 1, 1)), 2: (D(2018, 1, 1), D(2030, 1, 1)), 3: (D(2020, 1, 1), D(2030, 1, 1)),
              4: (D(2022, 3, 1), D(2030, 1, 1)), 5: (D(2015, 1, 1), D(2024, 5, 31)),
              6: (D(2019, 1, 1), D(2023, 9, 30)), 7: (D(2024, 2, 1), D(2030, 1, 1))}  # fmt: skip
    aud_w = {1: 5, 2: 4, 3: 4, 4: 3, 5: 4, 6: 3, 7: 3}
    insert(c, "APTST", [("BK", "Booked"), ("AT", "Attended"), ("DN", "Did not attend"), ("CX", "Cancelled")])
    types = [("HT", "Hearing test", 60), ("FT", "Hearing aid fitting", 90), ("FU", "Follow-up", 30),
             ("RP", "Repair", 20), ("WX", "Wax removal", 30)]  # fmt: skip
    insert(c, "APTTY", types)
    private_fee = {"HT": 65.0, "FT": 0.0, "FU": 0.0, "RP": 25.0, "WX": 45.0}
    models = [
        (1, "Phonak", "Audeo Lumity 90", "RIC", "Y", 2950.0), (2, "Phonak", "Audeo Lumity 50", "RIC", "Y", 1950.0),
        (3, "Phonak", "Naida P70", "BTE", "N", 1700.0), (4, "Oticon", "Intent 1", "RIC", "Y", 3100.0),
        (5, "Oticon", "Real 2", "RIC", "Y", 2300.0), (6, "Oticon", "Own 3 CIC", "CIC", "N", 2100.0),
        (7, "Signia", "Pure Charge&Go 7AX", "RIC", "Y", 2700.0), (8, "Signia", "Insio 3AX", "ITE", "N", 1500.0),
        (9, "Widex", "Moment Sheer 440", "RIC", "Y", 2800.0), (10, "Widex", "Enjoy 100", "BTE", "N", 900.0),
        (11, "ReSound", "Omnia 7", "RIC", "Y", 2400.0), (12, "Danalogic", "Ambio Smart", "BTE", "N", 0.0),
    ]  # fmt: skip
    insert(c, "HAMOD", models)
    towns = ["Harrogate", "Harrogate", "Harrogate", "Knaresborough", "Ripon", "Wetherby", "Pateley Bridge"]
    patients = []
    for i, n in enumerate(full_names(r, 420), 1):
        first, last = n.split(" ")
        dob = day_between(r, D(1931, 1, 1), D(1985, 12, 31))
        if r.random() < 0.5:
            dob = day_between(r, D(1936, 1, 1), D(1958, 12, 31))
        reg = day_between(r, D(2021, 1, 4), D(2025, 6, 6))
        patients.append((i, first, last, _iso(dob), r.choice(towns), "Y" if r.random() < 0.62 else "N", _iso(reg)))
    insert(c, "PATMS", patients)
    appts, fits = [], []
    flaky = {p[0] for p in patients if p[0] % 53 == 7}

    def aud_on(d: dt.date) -> int:
        ok = [a for a, (s, e) in window.items() if s <= d <= e]
        return r.choices(ok, [aud_w[a] for a in ok])[0]

    def book(pat: tuple, d: dt.date, ty: str) -> tuple[str, int]:
        d = _weekday(d)
        if d >= TODAY:
            st = "BK"
        elif pat[0] in flaky:
            st = r.choices(["AT", "DN", "CX"], [55, 35, 10])[0]
        else:
            st = r.choices(["AT", "DN", "CX"], [86, 6, 8])[0]
        a = aud_on(d)
        when = f"{_iso(d)} {r.randint(9, 16):02d}:{r.choice([0, 15, 30, 45]):02d}"
        appts.append([when, pat[0], a, ty, st, None if pat[5] == "Y" else private_fee[ty]])
        return st, a

    horizon = D(2025, 7, 11)
    for p in patients:
        d = _plus(D.fromisoformat(p[6]), r.randint(1, 30))
        if d > horizon:
            continue
        st, _a = book(p, d, "HT")
        if st == "DN" or st == "CX":
            d = _plus(d, r.randint(7, 21))
            if d > horizon:
                continue
            st, _a = book(p, d, "HT")
        if st != "AT" or r.random() < 0.22:
            continue
        d = _plus(d, r.randint(14, 40))
        if d > horizon:
            continue
        st, a = book(p, d, "FT")
        if st != "AT":
            continue
        fd = D.fromisoformat(appts[-1][0][:10])
        if p[5] == "Y":
            mod = r.choices(models, [0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 10])[0]
            price = 0.0
        else:
            mod = r.choices(models[:11], [5, 6, 3, 4, 5, 3, 5, 3, 4, 2, 5])[0]
            price = mod[5]
        ear = r.choices(["B", "L", "R"], [65, 17, 18])[0]
        if ear == "B":
            price = round(price * 2 * 0.9, 2)
        years = 2 if p[5] == "Y" else (4 if mod[4] == "Y" and r.random() < 0.4 else 3)
        wrn = D(fd.year + years, fd.month, min(fd.day, 28))
        rtn = None
        if p[5] == "N" and r.random() < 0.09:
            rd = _plus(fd, r.randint(20, 60))
            rtn = _iso(rd) if rd < TODAY else None
        fits.append((p[0], mod[0], a, _iso(fd), ear, price, _iso(wrn), rtn))
        d = _plus(d, r.randint(21, 42))
        while d <= horizon:
            st, _a = book(p, d, r.choices(["FU", "HT", "RP", "WX"], [40, 25, 20, 15])[0])
            d = _plus(d, r.randint(90, 300))
    for p in patients:
        if p[0] in flaky:
            for _ in range(3):
                d = day_between(r, D.fromisoformat(p[6]), D(2025, 6, 10))
                appts.append([f"{_iso(_weekday(d))} 10:30", p[0], aud_on(d), "WX", "DN",
                              None if p[5] == "Y" else private_fee["WX"]])  # fmt: skip
    appts = [a for a in appts if a[0] < "2025-06-15" or a[4] == "BK"]
    appts.sort(key=lambda a: (a[0], a[1]))
    insert(c, "APPT", [(i, a[1], a[2], a[0], a[3], a[4], a[5]) for i, a in enumerate(appts, 1)])
    fits.sort(key=lambda f: (f[3], f[0]))
    insert(c, "FITTG", [(i, *f) for i, f in enumerate(fits, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- poolservice
def build_poolservice(path: Path) -> None:
    r = random.Random(36003)
    c = fresh_db(
        path,
        """
        CREATE TABLE crm__customer (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, phone TEXT,
            customer_since TEXT NOT NULL, is_commercial INTEGER NOT NULL);
        CREATE TABLE crm__pool (
            id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES crm__customer(id),
            pool_type TEXT NOT NULL, volume_litres INTEGER NOT NULL, is_heated INTEGER NOT NULL,
            has_cover INTEGER NOT NULL);
        CREATE TABLE crm__contract (
            id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES crm__customer(id), plan TEXT NOT NULL,
            monthly_fee REAL NOT NULL, start_date TEXT NOT NULL, end_date TEXT);
        CREATE TABLE ops__technician (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, hired_on TEXT NOT NULL,
            left_on TEXT, van_reg TEXT);
        CREATE TABLE ops__visit (
            id INTEGER PRIMARY KEY, pool_id INTEGER NOT NULL REFERENCES crm__pool(id),
            technician_id INTEGER NOT NULL REFERENCES ops__technician(id), visit_date TEXT NOT NULL,
            visit_kind TEXT NOT NULL, status TEXT NOT NULL, minutes_on_site INTEGER, ph_reading REAL,
            chlorine_ppm REAL, callout_charge REAL);
        CREATE TABLE inv__chemical (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL, unit_cost REAL NOT NULL);
        CREATE TABLE ops__visit__chemical (
            id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES ops__visit(id),
            chemical_id INTEGER NOT NULL REFERENCES inv__chemical(id), quantity REAL NOT NULL);
        CREATE TABLE fin__invoice (
            id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES crm__customer(id),
            issued_on TEXT NOT NULL, due_on TEXT NOT NULL, paid_on TEXT, amount REAL NOT NULL);
        """,
    )
    towns = ["Guildford", "Guildford", "Woking", "Farnham", "Godalming", "Cranleigh", "Haslemere"]
    businesses = ["The Grange Hotel", "Surrey Hills Spa", "Woking Leisure Club", "Farnham Park Hotel",
                  "Hogs Back Country Club", "Wey Valley Health Club", "Cranleigh Prep School",
                  "Godalming Swim Academy", "Pinewood Holiday Lodges", "Haslemere Physio Pool",
                  "Burrows Lea Retreat", "Tilford Manor", "Merrow Golf and Spa", "Chilworth Manor Hotel",
                  "Puttenham Barn Lodges", "Shere Lakes Caravan Park", "Compton Fitness Centre",
                  "Ewhurst Care Home", "Bramley Village Club", "Peaslake Glamping", "Albury Mill Apartments",
                  "Send Marsh Fitness", "Ripley Court School", "Wonersh Park Hotel"]  # fmt: skip
    people = full_names(r, 110)
    customers = []
    for i in range(1, 111):
        com = i % 11 in (3, 7) or i in (5, 50)
        name = businesses[len([x for x in customers if x[5]]) % len(businesses)] if com else people[i - 1]
        since = day_between(r, D(2018, 4, 1), D(2025, 4, 30))
        if i in (31, 64, 97, 108):
            since = day_between(r, D(2025, 6, 2), D(2025, 6, 10))
        phone = None if r.random() < 0.1 else f"01483 {r.randint(100000, 999999)}"
        customers.append((i, name, r.choice(towns), phone, _iso(since), 1 if com else 0))
    insert(c, "crm__customer", customers)
    pools = []
    for cu in customers:
        if cu[5]:
            n = r.choices([1, 2, 3], [4, 4, 2])[0]
            ts = r.choices(["indoor", "outdoor", "spa"], [50, 20, 30], k=n)
        else:
            ts = [r.choices(["outdoor", "indoor", "spa"], [60, 25, 15])[0]]
            if r.random() < 0.08:
                ts.append("spa")
        for t in ts:
            if t == "spa":
                vol = r.randint(15, 60) * 100
            elif t == "indoor":
                vol = r.randint(50, 400) * 1000 if cu[5] else r.randint(40, 90) * 1000
            else:
                vol = r.randint(40, 120) * 1000 if cu[5] else r.randint(35, 90) * 1000
            heated = 1 if t != "outdoor" or r.random() < 0.45 else 0
            cover = 1 if r.random() < (0.7 if t == "outdoor" else 0.3) else 0
            pools.append((len(pools) + 1, cu[0], t, vol, heated, cover))
    insert(c, "crm__pool", pools)
    fees = {"weekly": (180, 260), "fortnightly": (110, 150), "monthly": (60, 85)}
    contracts = []
    for cu in customers:
        start = D.fromisoformat(cu[4])
        plan = r.choices(list(fees), [60, 25, 15] if cu[5] else [20, 45, 35])[0]
        fee = r.randint(*fees[plan]) * (3 if cu[5] else 1) * 1.0
        end = None
        if r.random() < 0.25 and start < D(2024, 6, 1):
            end = day_between(r, max(_plus(start, 180), D(2023, 1, 10)), D(2025, 5, 31))
            contracts.append((len(contracts) + 1, cu[0], plan, fee, _iso(start), _iso(end)))
            if r.random() < 0.5:
                plan = r.choice([p for p in fees if p != plan])
                fee = r.randint(*fees[plan]) * (3 if cu[5] else 1) * 1.0
                contracts.append((len(contracts) + 1, cu[0], plan, fee, _iso(_plus(end, 1)), None))
        else:
            contracts.append((len(contracts) + 1, cu[0], plan, fee, _iso(start), None))
    insert(c, "crm__contract", contracts)
    techs = [
        (1, "Nils", "Jensen", "2016-04-04", None, "GU16 KXP"), (2, "Rosa", "Castillo", "2018-03-12", None, "GU18 PLM"),
        (3, "Wesley", "Abbott", "2019-05-07", "2024-10-31", None), (4, "Yara", "Fontaine", "2020-02-17", None, "GU20 ABT"),
        (5, "Diego", "Pham", "2021-06-01", None, "GU21 WQE"), (6, "Greta", "Ulloa", "2022-03-07", "2024-08-15", None),
        (7, "Aaron", "Kaur", "2023-05-15", None, "GU23 NNR"), (8, "Chloe", "Reyes", "2024-11-04", None, "GU74 ZSD"),
    ]  # fmt: skip
    insert(c, "ops__technician", techs)

    def tech_on(d: dt.date) -> int:
        ok = [t[0] for t in techs if D.fromisoformat(t[3]) <= d and (t[4] is None or D.fromisoformat(t[4]) >= d)]
        return r.choices(ok, [3 if t == 1 else 2 for t in ok])[0]

    chems = [(1, "Chlorine granules", "kg", 6.8), (2, "Chlorine tablets", "kg", 7.9), (3, "pH minus", "kg", 3.2),
             (4, "pH plus", "kg", 3.6), (5, "Algaecide", "l", 9.5), (6, "Clarifier", "l", 11.0),
             (7, "Stabiliser", "kg", 8.4), (8, "Flocculant", "l", 7.2), (9, "Phosphate remover", "l", 18.5),
             (10, "Salt", "kg", 0.45)]  # fmt: skip
    insert(c, "inv__chemical", chems)
    step = {"weekly": 7, "fortnightly": 14, "monthly": 28}
    visits = []
    pools_of: dict[int, list[tuple]] = {}
    for p in pools:
        pools_of.setdefault(p[1], []).append(p)
    for ct in contracts:
        s = max(D.fromisoformat(ct[4]), D(2024, 1, 1))
        e = D.fromisoformat(ct[5]) if ct[5] else D(2025, 6, 30)
        for p in pools_of[ct[1]]:
            d = _plus(s, r.randint(0, step[ct[2]] - 1))
            while d <= e:
                out = p[2] == "outdoor"
                if not out or 4 <= d.month <= 10:
                    kind = "routine"
                    if out and d.month == 4 and d.day <= (7 if ct[2] == "weekly" else 14):
                        kind = "opening"
                    elif out and d.month == 10 and d.day >= 21:
                        kind = "closing"
                    visits.append([_weekday(d), p[0], kind])
                d = _plus(d, step[ct[2]])
    for _ in range(170):
        p = r.choice(pools)
        d = day_between(r, max(D.fromisoformat(customers[p[1] - 1][4]), D(2024, 1, 1)), D(2025, 6, 28))
        visits.append([_weekday(d), p[0], "repair"])
    visits.sort(key=lambda v: (v[0], v[1]))
    vrows, used = [], []
    for vid, (d, pid, kind) in enumerate(visits, 1):
        t = tech_on(d)
        if d > LAST:
            vrows.append((vid, pid, t, _iso(d), kind, "scheduled", None, None, None, None))
            continue
        if r.random() < 0.05:
            vrows.append((vid, pid, t, _iso(d), kind, "missed", None, None, None, None))
            continue
        mins = r.randint(6, 18) * 5 if kind != "repair" else r.randint(6, 30) * 5
        miss = 0.5 if kind == "repair" else 0.03
        ph = None if r.random() < miss else round(r.uniform(6.8, 8.0), 1)
        cl = None if r.random() < miss else round(r.uniform(0.5, 5.0), 1)
        charge = float(r.randint(15, 50) * 5) if kind == "repair" else None
        vrows.append((vid, pid, t, _iso(d), kind, "completed", mins, ph, cl, charge))
        if kind != "repair":
            for ch in r.sample([*chems[:8], chems[9]], r.choice([1, 1, 2, 2, 3])):
                q = round(r.uniform(0.5, 5.0), 1) if ch[0] != 10 else float(r.randint(2, 8) * 25)
                used.append((len(used) + 1, vid, ch[0], q))
    insert(c, "ops__visit", vrows)
    insert(c, "ops__visit__chemical", used)
    invoices = []
    for ct in contracts:
        s = D.fromisoformat(ct[4])
        e = D.fromisoformat(ct[5]) if ct[5] else TODAY
        m = D(s.year + (s.month // 12), s.month % 12 + 1, 1)
        while m <= e and m <= TODAY:
            if m >= D(2023, 1, 1):
                invoices.append([m, ct[1], ct[3]])
            m = D(m.year + (m.month // 12), m.month % 12 + 1, 1)
    for v in vrows:
        if v[9] is not None:
            invoices.append([_plus(D.fromisoformat(v[3]), 1), pools[v[1] - 1][1], v[9]])
    invoices.sort(key=lambda x: (x[0], x[1]))
    late_payers = {7, 18, 44, 71, 90}
    inv_rows = []
    for iid, (d, cu, amt) in enumerate(invoices, 1):
        due = _plus(d, 30)
        if cu in late_payers and r.random() < 0.3:
            paid = None
        else:
            paid = _plus(d, r.choice([2, 5, 8, 12, 15, 20, 28, 33, 41]))
            if r.random() < 0.02:
                paid = None
        if paid is not None and paid >= TODAY:
            paid = None
        inv_rows.append((iid, cu, _iso(d), _iso(due), _iso(paid) if paid else None, amt))
    insert(c, "fin__invoice", inv_rows)
    done(c)


# --------------------------------------------------------------------------------------------------- upholstery
def build_upholstery(path: Path) -> None:
    r = random.Random(36004)
    c = fresh_db(
        path,
        """
        CREATE TABLE customer (
            customer_id INTEGER PRIMARY KEY, customer_name TEXT NOT NULL, customer_town TEXT NOT NULL,
            customer_phone TEXT, customer_is_trade TEXT NOT NULL);
        CREATE TABLE craftsman (
            craftsman_id INTEGER PRIMARY KEY, craftsman_name TEXT NOT NULL, craftsman_start_date TEXT NOT NULL,
            craftsman_end_date TEXT, craftsman_day_rate REAL NOT NULL, craftsman_is_apprentice TEXT NOT NULL);
        CREATE TABLE fabric (
            fabric_id INTEGER PRIMARY KEY, fabric_name TEXT NOT NULL, fabric_supplier TEXT NOT NULL,
            fabric_colour TEXT NOT NULL, fabric_price_per_metre REAL NOT NULL, fabric_is_fire_retardant TEXT NOT NULL);
        CREATE TABLE job_status (job_status_code TEXT PRIMARY KEY, job_status_label TEXT NOT NULL);
        CREATE TABLE job (
            job_id INTEGER PRIMARY KEY, job_customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
            job_craftsman_id INTEGER REFERENCES craftsman(craftsman_id), job_item_type TEXT NOT NULL,
            job_piece_count INTEGER NOT NULL, job_received_date TEXT NOT NULL, job_promised_date TEXT,
            job_collected_date TEXT, job_status_code TEXT NOT NULL REFERENCES job_status(job_status_code),
            job_quote_amount REAL NOT NULL);
        CREATE TABLE job_fabric (
            job_fabric_id INTEGER PRIMARY KEY, job_fabric_job_id INTEGER NOT NULL REFERENCES job(job_id),
            job_fabric_fabric_id INTEGER NOT NULL REFERENCES fabric(fabric_id), job_fabric_metres REAL NOT NULL);
        CREATE TABLE payment (
            payment_id INTEGER PRIMARY KEY, payment_job_id INTEGER NOT NULL REFERENCES job(job_id),
            payment_date TEXT NOT NULL, payment_amount REAL NOT NULL, payment_method TEXT NOT NULL);
        """,
    )
    towns = ["Bath", "Bath", "Bath", "Bristol", "Frome", "Bradford-on-Avon", "Trowbridge", "Chippenham"]
    trade_names = ["Larsen Interiors", "The Crown Inn", "Avon Valley Hotel", "Fontaine Design Studio",
                   "The Royal Crescent Tearooms", "Widcombe Antiques", "Bathwick Boutique Hotel",
                   "Costa & Reyes Interiors", "The Old Mill Pub", "Lansdown Care Home", "Kennet Holiday Lets",
                   "Pulteney Vintage", "Greenway Lodge", "Mendes Home Staging", "The Canary Gin Bar",
                   "Saltford Marina Cafe", "Claverton Manor", "Nakamura Furniture Restoration"]  # fmt: skip
    people = full_names(r, 150)
    customers = []
    for i in range(1, 151):
        trade = i % 8 == 3 and (i // 8) < len(trade_names)
        name = trade_names[i // 8] if trade else people[i - 1]
        phone = None if r.random() < 0.12 else f"01225 {r.randint(100000, 999999)}"
        customers.append((i, name, r.choice(towns), phone, "Y" if trade else "N"))
    insert(c, "customer", customers)
    crafts = [
        (1, "Marco Romano", "2010-09-06", None, 190.0, "N"),
        (2, "Vera Lindqvist", "2014-02-03", None, 175.0, "N"),
        (3, "Isaac Fischer", "2017-05-15", "2024-12-20", 160.0, "N"),
        (4, "Amara Dubois", "2021-01-11", None, 150.0, "N"),
        (5, "Zane Quintero", "2023-09-04", None, 95.0, "Y"),
        (6, "Lena Takeda", "2024-09-02", None, 90.0, "Y"),
        (7, "Felix Ortega", "2025-05-12", None, 85.0, "Y"),
    ]
    insert(c, "craftsman", crafts)
    fabrics = [
        (1, "Kelso Linen", "Linwood", "natural", 38.0, "N"), (2, "Harris Tweed Herringbone", "Linwood", "grey", 72.0, "N"),
        (3, "Plush Velvet", "Romo", "emerald", 54.0, "Y"), (4, "Plush Velvet", "Romo", "navy", 54.0, "Y"),
        (5, "Lindon Weave", "Romo", "ochre", 46.0, "Y"), (6, "Tuscany Leather", "Andrew Muirhead", "tan", 96.5, "Y"),
        (7, "Highland Wool Plaid", "Designers Guild", "red", 81.0, "N"), (8, "Brera Lino", "Designers Guild", "sand", 62.0, "N"),
        (9, "Tangier Chenille", "Sanderson", "teal", 49.0, "Y"), (10, "Morris Strawberry Thief", "Sanderson", "indigo", 68.0, "N"),
        (11, "Contract Crib 5 Plain", "Camira", "charcoal", 27.0, "Y"), (12, "Contract Crib 5 Plain", "Camira", "burgundy", 27.0, "Y"),
        (13, "Cotton Ticking", "Linwood", "blue stripe", 22.0, "N"), (14, "Faux Suede", "Camira", "mocha", 31.0, "Y"),
        (15, "Boucle", "Romo", "ivory", 58.0, "N"), (16, "Silk Damask", "Designers Guild", "gold", 89.0, "N"),
    ]  # fmt: skip
    insert(c, "fabric", fabrics)
    price = {f[0]: f[4] for f in fabrics}
    insert(c, "job_status", [("Q", "Quoted"), ("W", "In workshop"), ("R", "Ready for collection"),
                             ("C", "Collected"), ("X", "Cancelled")])  # fmt: skip
    # type: weight, labour range, metres range (per piece for chairs), piece count range
    types = {"sofa": (25, (900, 1800), (10, 16), (1, 1)), "armchair": (30, (450, 900), (5, 8), (1, 2)),
             "dining chair": (20, (110, 160), (0.8, 1.0), (2, 8)), "headboard": (10, (250, 500), (2, 3), (1, 1)),
             "ottoman": (8, (200, 400), (2, 4), (1, 1)), "chaise longue": (7, (600, 1100), (6, 9), (1, 1))}  # fmt: skip
    cw = [4 if cu[4] == "Y" else 1 for cu in customers]
    for k in (12, 40, 77):
        cw[k] = 3
    fw = [3, 1, 4, 3, 2, 1, 1, 2, 3, 2, 5, 4, 2, 3, 2, 1]
    raw = sorted((day_between(r, D(2022, 1, 4), LAST), r.choices(customers, cw)[0][0]) for _ in range(700))
    jobs, jf, pays = [], [], []
    for jid, (rec, cu) in enumerate(raw, 1):
        age = (TODAY - rec).days
        if age <= 14:
            st = r.choices(["Q", "W"], [40, 60])[0]
        elif age <= 60:
            st = r.choices(["Q", "W", "R", "C", "X"], [5, 50, 20, 20, 5])[0]
        else:
            st = r.choices(["C", "X", "R", "W"], [86, 8, 2, 4])[0]
        ty = r.choices(list(types), [t[0] for t in types.values()])[0]
        _w, lab, met, pcs = types[ty]
        n = r.randint(*pcs)
        promised = None if st == "Q" else _plus(rec, r.randint(21, 56))
        collected = None
        if st == "C" and promised is not None:
            collected = min(max(_plus(promised, r.randint(-10, 20)), _plus(rec, 7)), LAST)
        ok = [x[0] for x in crafts if D.fromisoformat(x[2]) <= rec and (x[3] is None or D.fromisoformat(x[3]) >= rec)
              and x[0] != 7]  # fmt: skip
        craft = None if st == "Q" or (st == "X" and r.random() < 0.5) else r.choice(ok)
        picks = r.choices(fabrics, fw, k=2)
        lines = [picks[0]] if r.random() < 0.75 or picks[0] == picks[1] else picks
        if st == "X" and r.random() < 0.5:
            lines = []
        quote = r.randint(lab[0] // 10, lab[1] // 10) * 10.0 * (n if ty == "dining chair" else 1)
        for f in lines:
            m = round(r.uniform(*met) * (n if ty == "dining chair" else 1) / (len(lines) * 0.8), 1)
            jf.append((len(jf) + 1, jid, f[0], m))
            quote += round(m * price[f[0]] * 1.2, 2)
        quote = round(quote, 2)
        jobs.append((jid, cu, craft, ty, n, _iso(rec), _iso(promised) if promised else None,
                     _iso(collected) if collected else None, st, quote))  # fmt: skip
        method = r.choices(["card", "bank transfer", "cash"], [55, 35, 10])[0]
        dep = round(quote * 0.3, 2)
        has_dep = st in "WRC" and r.random() < 0.7
        if has_dep:
            pays.append((jid, _iso(rec), dep, method))
        if st == "C" and collected is not None and r.random() > 0.04:
            pays.append((jid, _iso(collected), round(quote - dep, 2) if has_dep else quote, method))
    insert(c, "job", jobs)
    insert(c, "job_fabric", jf)
    pays.sort(key=lambda p: (p[1], p[0]))
    insert(c, "payment", [(i, *p) for i, p in enumerate(pays, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- windowclean
def build_windowclean(path: Path) -> None:
    r = random.Random(36005)
    c = fresh_db(
        path,
        """
        CREATE TABLE cleaner (
            pk_cleaner INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            fk_supervisor INTEGER REFERENCES cleaner(pk_cleaner), hourly_rate REAL NOT NULL,
            started_on TEXT NOT NULL, finished_on TEXT);
        CREATE TABLE round (
            pk_round INTEGER PRIMARY KEY, round_name TEXT NOT NULL, area TEXT NOT NULL, usual_day TEXT NOT NULL,
            fk_cleaner INTEGER REFERENCES cleaner(pk_cleaner));
        CREATE TABLE customer (
            pk_customer INTEGER PRIMARY KEY, customer_name TEXT NOT NULL, email TEXT, phone TEXT,
            joined_on TEXT NOT NULL, left_on TEXT);
        CREATE TABLE property (
            pk_property INTEGER PRIMARY KEY, fk_customer INTEGER NOT NULL REFERENCES customer(pk_customer),
            fk_round INTEGER NOT NULL REFERENCES round(pk_round), street_address TEXT NOT NULL,
            property_type TEXT NOT NULL, every_n_weeks INTEGER NOT NULL, price REAL NOT NULL);
        CREATE TABLE outcome (pk_outcome TEXT PRIMARY KEY, description TEXT NOT NULL);
        CREATE TABLE clean (
            pk_clean INTEGER PRIMARY KEY, fk_property INTEGER NOT NULL REFERENCES property(pk_property),
            fk_cleaner INTEGER NOT NULL REFERENCES cleaner(pk_cleaner), clean_date TEXT NOT NULL,
            fk_outcome TEXT NOT NULL REFERENCES outcome(pk_outcome), amount_charged REAL);
        CREATE TABLE payment (
            pk_payment INTEGER PRIMARY KEY, fk_customer INTEGER NOT NULL REFERENCES customer(pk_customer),
            paid_on TEXT NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL);
        """,
    )
    cleaners = [
        (1, "Tessa", "Abbott", None, 16.0, "2012-04-02", None),
        (2, "Kofi", "Brennan", 1, 14.2, "2016-03-14", None),
        (3, "Rosa", "Whitfield", 1, 14.0, "2017-06-05", None),
        (4, "Liam", "Pham", 2, 12.6, "2019-05-20", None),
        (5, "Yara", "Costa", 2, 12.3, "2021-08-02", None),
        (6, "Hugo", "Larsen", 2, 14.5, "2014-09-01", None),
        (7, "Emma", "Novak", 2, 12.0, "2022-04-11", "2024-07-31"),
        (8, "Samir", "Grant", 2, 12.25, "2023-02-06", None),
        (9, "Julia", "Reyes", 3, 12.4, "2020-03-09", None),
        (10, "Pablo", "Ito", 3, 14.35, "2015-10-05", None),
        (11, "Vera", "Mendes", 3, 11.9, "2024-03-04", None),
        (12, "Oscar", "Kaur", 4, 11.44, "2025-01-06", None),
    ]
    insert(c, "cleaner", cleaners)
    rounds = [(1, "Town Centre", "Central", "Mon", 4), (2, "Riverside", "East", "Tue", 5),
              (3, "Hillcrest", "North", "Wed", 6), (4, "Old Village", "West", "Thu", 9),
              (5, "Meadow Estate", "South", "Fri", 10), (6, "Station Road", "Central", "Mon", 8),
              (7, "Orchard Park", "North", "Tue", None), (8, "Business Park", "East", "Wed", None)]  # fmt: skip
    insert(c, "round", rounds)
    insert(c, "outcome", [("D", "Cleaned"), ("N", "No access"), ("W", "Rained off"), ("C", "Cancelled by customer")])
    streets = {1: ["High Street", "Market Place", "Church Lane"], 2: ["Riverside Walk", "Mill Road", "Ferry Lane"],
               3: ["Hillcrest Avenue", "Summit Close", "Beacon Rise"], 4: ["The Green", "Manor Lane", "Forge Close"],
               5: ["Meadow Way", "Buttercup Drive", "Clover Close"], 6: ["Station Road", "Railway Terrace"],
               7: ["Orchard Way", "Bramley Close", "Pippin Court"], 8: ["Enterprise Way", "Innovation Drive"]}  # fmt: skip
    types = {"terrace": (12, 16), "semi": (15, 20), "detached": (20, 35), "bungalow": (14, 18), "flat": (8, 12),
             "shop": (10, 25), "office": (30, 60)}  # fmt: skip
    customers = []
    for i, n in enumerate(full_names(r, 230), 1):
        joined = day_between(r, D(2018, 1, 1), D(2025, 5, 31))
        if i % 45 == 11:
            joined = day_between(r, D(2025, 6, 5), D(2025, 6, 12))
        left = None
        if r.random() < 0.12 and joined < D(2024, 6, 1):
            left = _iso(day_between(r, max(joined, D(2023, 6, 1)), D(2025, 5, 31)))
        email = None if r.random() < 0.2 else f"{n.lower().replace(' ', '.')}@mailbox.example"
        phone = None if r.random() < 0.1 else f"07{r.randint(100000000, 999999999)}"
        customers.append((i, n, email, phone, _iso(joined), left))
    insert(c, "customer", customers)
    props = []
    for cu in customers:
        for _k in range(r.choices([1, 2, 3], [90, 7, 3])[0]):
            rnd = r.choices(rounds, [14, 12, 12, 10, 13, 9, 8, 4])[0]
            if rnd[0] == 8:
                pt = r.choice(["shop", "office", "office"])
            elif rnd[0] in (1, 6):
                pt = r.choice(["shop", "flat", "terrace", "terrace", "office"])
            else:
                pt = r.choices(["terrace", "semi", "detached", "bungalow", "flat"], [25, 30, 20, 15, 10])[0]
            wk = r.choices([4, 6, 8], [50, 30, 20])[0]
            addr = f"{r.randint(1, 140)} {r.choice(streets[rnd[0]])}"
            pr = r.randint(types[pt][0] * 2, types[pt][1] * 2) / 2
            props.append((len(props) + 1, cu[0], rnd[0], addr, pt, wk, pr))
    insert(c, "property", props)
    cust = {cu[0]: cu for cu in customers}

    def cleaner_on(d: dt.date, regular: int | None) -> int:
        ok = [x[0] for x in cleaners if D.fromisoformat(x[5]) <= d and (x[6] is None or D.fromisoformat(x[6]) >= d)]
        if regular in ok and r.random() < 0.8:
            return regular
        return r.choice(ok)

    cleans = []
    charged: dict[tuple[int, int, int], float] = {}
    for p in props:
        cu = cust[p[1]]
        d = max(_plus(D.fromisoformat(cu[4]), r.randint(3, 20)), day_between(r, D(2023, 1, 2), D(2023, 2, 28)))
        end = D.fromisoformat(cu[5]) if cu[5] else LAST
        while d <= end:
            oc = r.choices(["D", "N", "W", "C"], [88, 5, 4, 3])[0]
            amt = p[6] if oc == "D" else None
            cleans.append((d, p[0], cleaner_on(d, rounds[p[2] - 1][4]), oc, amt))
            if amt:
                key = (p[1], d.year, d.month)
                charged[key] = charged.get(key, 0) + amt
            d = _plus(d, 7 * p[5] + r.randint(-2, 2))
    cleans.sort(key=lambda x: (x[0], x[1]))
    insert(c, "clean", [(i, x[1], x[2], _iso(x[0]), x[3], x[4]) for i, x in enumerate(cleans, 1)])
    slow = {cu[0] for cu in customers if cu[0] % 17 == 4}
    pays = []
    for (cid, y, m), amt in charged.items():
        pd = D(y + m // 12, m % 12 + 1, r.randint(3, 20))
        if pd > LAST or (cid in slow and r.random() < 0.4):
            continue
        pays.append((pd, cid, round(amt, 2), r.choices(["cash", "bank transfer", "card"], [30, 50, 20])[0]))
    pays.sort(key=lambda x: (x[0], x[1]))
    insert(c, "payment", [(i, x[1], _iso(x[0]), x[2], x[3]) for i, x in enumerate(pays, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------- lostproperty
def build_lostproperty(path: Path) -> None:
    r = random.Random(36006)
    c = fresh_db(
        path,
        """
        CREATE TABLE category_of_item (
            category_id INTEGER PRIMARY KEY, name_of_category TEXT NOT NULL,
            number_of_days_kept_before_disposal INTEGER NOT NULL, is_treated_as_high_value INTEGER NOT NULL);
        CREATE TABLE place_where_items_are_found (
            place_id INTEGER PRIMARY KEY, name_of_place TEXT NOT NULL, kind_of_place TEXT NOT NULL,
            name_of_line TEXT);
        CREATE TABLE member_of_office_staff (
            staff_id INTEGER PRIMARY KEY, full_name_of_staff_member TEXT NOT NULL, job_title TEXT NOT NULL,
            date_the_staff_member_started TEXT NOT NULL);
        CREATE TABLE item_that_was_found (
            item_id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL REFERENCES category_of_item(category_id),
            place_id INTEGER NOT NULL REFERENCES place_where_items_are_found(place_id),
            staff_id_who_logged_the_item INTEGER NOT NULL REFERENCES member_of_office_staff(staff_id),
            description_of_the_item TEXT NOT NULL, date_the_item_was_found TEXT NOT NULL,
            timestamp_the_item_was_handed_in TEXT NOT NULL, estimated_value_in_pounds REAL,
            date_the_item_was_returned_to_owner TEXT, date_the_item_was_disposed_of TEXT,
            method_of_disposal TEXT);
        CREATE TABLE claim_made_by_owner (
            claim_id INTEGER PRIMARY KEY, item_id_that_was_matched INTEGER REFERENCES item_that_was_found(item_id),
            name_of_person_making_the_claim TEXT NOT NULL, date_the_claim_was_made TEXT NOT NULL,
            how_the_claim_was_made TEXT NOT NULL, outcome_of_the_claim TEXT NOT NULL,
            fee_paid_on_collection_in_pounds REAL);
        """,
    )
    # id, name, days kept, high value, weight, value range, chance returned, disposal methods, descriptions
    cats = [
        (1, "Umbrella", 30, 0, 14, (5, 25), 0.05, ["donated", "recycled"], ["black folding umbrella", "golf umbrella", "floral umbrella"]),
        (2, "Bag or rucksack", 60, 0, 12, (10, 80), 0.4, ["donated"], ["black rucksack", "canvas tote bag", "sports holdall", "laptop bag"]),
        (3, "Mobile phone", 90, 1, 10, (80, 900), 0.55, ["destroyed"], ["iPhone in blue case", "Samsung Galaxy", "cracked Android phone", "Google Pixel"]),
        (4, "Wallet or purse", 90, 1, 9, (10, 150), 0.5, ["destroyed", "donated"], ["brown leather wallet", "red purse", "card holder"]),
        (5, "Keys", 60, 0, 10, (5, 40), 0.35, ["recycled"], ["house keys on ring", "car key fob", "bunch of keys with torch"]),
        (6, "Clothing", 30, 0, 15, (5, 60), 0.12, ["donated", "recycled"], ["grey hoodie", "wool scarf", "school blazer", "rain jacket", "gloves"]),
        (7, "Spectacles", 60, 0, 6, (20, 150), 0.25, ["donated"], ["reading glasses", "sunglasses", "glasses in case"]),
        (8, "Book", 30, 0, 5, (3, 15), 0.05, ["donated"], ["paperback novel", "library book", "notebook"]),
        (9, "Laptop or tablet", 90, 1, 3, (200, 1500), 0.65, ["destroyed", "auctioned"], ["MacBook Air", "iPad", "Dell laptop", "Kindle"]),
        (10, "Jewellery", 90, 1, 3, (30, 2000), 0.45, ["auctioned"], ["gold ring", "silver bracelet", "wristwatch", "earrings"]),
        (11, "Bank card", 7, 0, 8, (0, 0), 0.05, ["destroyed"], ["debit card", "credit card"]),
        (12, "Child's toy", 30, 0, 4, (3, 30), 0.2, ["donated"], ["teddy bear", "toy car", "doll"]),
        (13, "Musical instrument", 90, 1, 0.4, (150, 1200), 0.7, ["auctioned"], ["violin in case", "acoustic guitar", "clarinet"]),
        (14, "Mobility aid", 90, 0, 0.4, (20, 200), 0.8, ["donated"], ["walking stick", "folding walking frame"]),
        (15, "Headphones", 60, 0, 7, (15, 300), 0.2, ["destroyed", "recycled"], ["wireless earbuds", "over-ear headphones"]),
    ]  # fmt: skip
    insert(c, "category_of_item", [x[:4] for x in cats])
    places = [(1, "Central Station", "station", "Red Line"), (2, "Riverside Station", "station", "Red Line"),
              (3, "Airport Parkway", "station", "Blue Line"), (4, "University Station", "station", "Blue Line"),
              (5, "Market Square Station", "station", "Green Line"), (6, "Red Line train", "train", "Red Line"),
              (7, "Blue Line train", "train", "Blue Line"), (8, "Green Line tram", "tram", "Green Line"),
              (9, "Harbour tram", "tram", "Harbour Line"), (10, "Bus route 4", "bus", "Route 4"),
              (11, "Bus route 17", "bus", "Route 17"), (12, "Bus route 22", "bus", "Route 22"),
              (13, "Night bus N1", "bus", "Route N1"), (14, "Bus Station", "station", None)]  # fmt: skip
    insert(c, "place_where_items_are_found", places)
    place_w = [16, 5, 8, 6, 6, 13, 9, 8, 4, 6, 5, 4, 3, 7]
    staff = [(1, "Greta Fischer", "Office Manager", "2016-02-01"), (2, "Isaac Oduya", "Clerk", "2019-07-15"),
             (3, "Maya Schmidt", "Clerk", "2021-03-08"), (4, "Nils Reyes", "Part-time Clerk", "2022-09-05"),
             (5, "Keiko Almeida", "Clerk", "2024-02-12"), (6, "Zane Delgado", "Clerk", "2024-11-04")]  # fmt: skip
    insert(c, "member_of_office_staff", staff)
    staff_w = {1: 2, 2: 6, 3: 5, 4: 3, 5: 5, 6: 4}
    items, claims = [], []
    for _ in range(2200):
        found = day_between(r, D(2023, 1, 2), LAST)
        cat = r.choices(cats, [x[4] for x in cats])[0]
        if cat[0] in (13, 14) and found >= D(2025, 1, 1):
            cat = cats[5]
        place = r.choices(places, place_w)[0]
        hh = r.choice([22, 23, 0, 1]) if place[2] == "bus" and place[1].startswith("Night") else r.randint(6, 23)
        ok = [s[0] for s in staff if D.fromisoformat(s[3]) <= found]
        who = r.choices(ok, [staff_w[s] for s in ok])[0]
        lo, hi = cat[5]
        value = float(r.randint(lo, hi)) if hi else None
        if value is not None and not cat[3] and r.random() < 0.15:
            value = None
        ret = dis = how = None
        if r.random() < cat[6]:
            rd = _plus(found, r.choice([1, 1, 2, 3, 4, 6, 9, 14, 21, 30]))
            if rd <= LAST:
                ret = rd
        if ret is None and _plus(found, cat[2]) < TODAY and r.random() > 0.06:
            dd = _plus(found, cat[2] + r.randint(0, 14))
            if dd <= LAST:
                dis = dd
                how = r.choice(cat[7])
                if cat[3] and how == "destroyed" and r.random() < 0.3:
                    how = "auctioned"
        items.append([found, cat[0], place[0], who, r.choice(cat[8]),
                      f"{_iso(found)} {hh:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", value,
                      ret, dis, how])  # fmt: skip
    items.sort(key=lambda x: (x[0], x[5]))
    rows = []
    high = {x[0]: x[3] for x in cats}
    names = full_names(r, 1600)
    ni = 0
    for iid, it in enumerate(items, 1):
        rows.append((iid, it[1], it[2], it[3], it[4], _iso(it[0]), it[5], it[6],
                     _iso(it[7]) if it[7] else None, _iso(it[8]) if it[8] else None, it[9]))  # fmt: skip
        if it[7]:
            cd = day_between(r, _plus(it[0], -2), it[7])
            fee = 0.0 if it[1] in (12, 14) or r.random() < 0.12 else (10.0 if high[it[1]] else 3.0)
            claims.append([cd, iid, names[ni], r.choices(["online", "phone", "in person"], [50, 30, 20])[0],
                           "matched", fee])  # fmt: skip
            ni += 1
    insert(c, "item_that_was_found", rows)
    for _ in range(300):
        cd = day_between(r, D(2023, 1, 2), LAST)
        out = "open" if (TODAY - cd).days < 30 or r.random() < 0.04 else "rejected"
        nm = names[ni] if r.random() < 0.9 else r.choice([x[2] for x in claims])
        ni += 1
        claims.append([cd, None, nm, r.choices(["online", "phone", "in person"], [50, 30, 20])[0], out, None])
    claims.sort(key=lambda x: (x[0], x[2]))
    insert(c, "claim_made_by_owner", [(i, x[1], x[2], _iso(x[0]), x[3], x[4], x[5]) for i, x in enumerate(claims, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "signshop": build_signshop,
    "audiology": build_audiology,
    "poolservice": build_poolservice,
    "upholstery": build_upholstery,
    "windowclean": build_windowclean,
    "lostproperty": build_lostproperty,
}
