"""Six small trade, council, hospitality and delivery databases for the forty-third blind English-to-SQL corpus.

"Today" for all of the data is 2025-06-15: dated rows run through 2023, 2024 and the first half of 2025, with some
future rows (bookings, appointments) where they make sense.

- ``clockrepair`` (Microsoft Access style: ``tbl`` table prefixes, ``...ID`` keys, type-tag column prefixes ``str``,
  ``int``, ``cur`` (money in pounds), ``dtm`` (every date and time stored as ``YYYY-MM-DD HH:MM:SS``, plain dates at
  ``00:00:00``), ``mem`` and ``ysn`` Yes/No flags stored as -1 for yes and 0 for no; self-referencing
  ``tblTechnicians.SupervisorID``): a clock and watch repair workshop in Ludlow, Shropshire. ``tblTechnicians`` (grade
  Master, Senior, Junior or Apprentice, hourly rate, ``dtmLeft`` NULL while employed, ``ysnActive``),
  ``tblCustomers`` (town, trade account), ``tblItems`` (the customers' timepieces: type Longcase clock, Mantel clock,
  Wall clock, Carriage clock, Cuckoo clock, Pocket watch or Wristwatch, maker, year made, antique),
  ``tblSuppliers``, ``tblParts`` (category, unit cost and retail price, stock and reorder level, discontinued),
  ``tblRepairJobs`` (received, fault, status Awaiting quote, Quoted, Declined, In progress, Ready for collection or
  Collected, quote, promised date, ``dtmCompleted`` and ``dtmCollected`` NULL until then, final price, warranty and
  rush flags) and the link table ``tblJobParts`` (quantity and price charged; warranty jobs are charged 0).
- ``beachhuts`` (slowly changing dimensions: history tables with ``version``, ``valid_from`` and inclusive
  ``valid_to`` dates, ``valid_to`` NULL on the current row, so "current" means ``valid_to IS NULL``; plus an event
  table): the beach huts of Saltmarsh Bay Town Council, fees in pounds. ``sites`` (four promenades), ``huts`` (hut
  number like WP07, size single or double), ``hut_versions`` (colour, condition good, fair or poor, annual fee,
  electricity 0/1, change reason; every hut got a new version at the fee revision of 2024-04-01), ``licensees`` and
  ``licensee_versions`` (address history: street, town, postcode), ``licences`` (each hut's chain of licence holders,
  numbered BH-<hut>-<version>, ``valid_to`` NULL for the current holder, end reason transferred, surrendered,
  revoked or deceased; a hut with no current licence is vacant), ``hut_events`` (inspection, storm damage, break-in,
  complaint, repair, repaint or key handover, with a cost to the council) and ``payments`` (the annual licence fee,
  due on 1 April of each ``fee_year``).
- ``tyreshop`` (terse abbreviated names without a consistent rule: ``cust``, ``veh``, ``prd``, ``ordr``, ``ordln``,
  ``nm``, ``twn``, ``reg``, ``mk``, ``mdl``, ``qty``, ``amt``, ``prc``, ``apt_dt``; single-letter codes explained in the
  lookup tables ``sts`` and ``cat``; self-referencing ``tech.sprv_id``): a tyre and exhaust centre near Carlisle,
  money in pounds. ``sts`` (B Booked, W Waiting for parts, I In progress, C Completed, X Cancelled, N No-show),
  ``cat`` (T Tyre, E Exhaust, B Battery, L Labour, S Sundries), ``tech`` (``lft_dt`` NULL while employed, hourly
  rate), ``cust`` (``flt_flg`` 'Y' for fleet accounts), ``veh`` (registration, make, model, year, tyre size),
  ``prd`` (SKU, description, brand, tyre size, season ``ssn`` S summer, W winter, A all-season, price, stock,
  ``act_flg`` 'Y'/'N'), ``ordr`` (jobs: booked and appointment times, status, mileage, total, ``pay_mth`` CRD card,
  CSH cash, ACC fleet account, set once completed) and ``ordln`` (job lines: quantity, unit price, amount).
- ``treehouses`` (plain English but verbose, question-like names: ``name_of_the_treehouse``,
  ``date_of_arrival``, ``number_of_adults``, ``amount_paid_in_euros``, ``is_the_booking_confirmed``,
  ``has_the_booking_been_cancelled``; flags 0/1, money in euros as REAL): a treehouse holiday retreat in the
  Dordogne. ``treehouses`` (maximum guests, bedrooms, height, nightly price, hot tub, dogs allowed, open for
  bookings), ``guests`` (country of residence, newsletter consent), ``bookings`` (made, arrival and departure dates,
  nights, adults, children, dogs, total and paid, confirmed, cancelled with date, source Our website, Airbnb,
  Booking.com, Telephone or Gîtes de France), ``experiences`` (price per person, length in hours, provider),
  the link table ``experiences_booked_for_stays`` (date, people, price charged) and ``reviews_left_by_guests``
  (overall and cleanliness ratings out of five, would recommend).
- ``tablereserve`` (multi-tenant SaaS: every table carries ``tenant_id``, UUID text primary keys, ISO ``...Z``
  timestamps, soft deletes in ``deleted_at`` (NULL for rows that still exist); self-referencing
  ``staff_users.manager_id``): a restaurant reservation service whose tenants are six restaurants (one, Ember & Oak,
  closed its account and everything it owns is soft-deleted). ``tenants`` (name, city, plan starter, pro or
  enterprise), ``staff_users`` (role owner, manager, host or server), ``dining_tables`` (label, area, seats),
  ``guests`` (VIP 0/1, dietary notes, marketing consent), ``reservations`` (party size, ``starts_at``, status booked,
  seated, completed, cancelled or no_show, source website, phone, walk_in, google or instagram, deposit in pounds,
  created by a member of staff for phone and walk-in bookings), ``tags`` and the link table ``reservation_tags``.
- ``milkround`` (measures in base units named only by a suffix: ``_secs``, ``_grams``, ``_pence``, ``_metres``): a
  Lancashire dairy's doorstep milk rounds. ``drivers`` (hourly rate in pence, ``left_on`` NULL while employed,
  self-referencing ``mentor_driver_id``), ``rounds`` (route length in metres, planned duration of one run in
  seconds, usual driver), ``products`` (category, weight in grams, price in pence, shelf life in seconds, glass
  bottle, organic, discontinued), ``customers`` (street address, round, drop sequence, walk from the van in metres,
  ``left_on`` NULL while a customer), the link table ``standing_orders`` (quantity, delivery days, ``ended_on`` NULL
  while active), ``weekly_round_logs`` (one row per round per week, Monday ``week_starting``: driving seconds,
  metres driven, drops, grams loaded, fuel in pence) and ``delivery_issues`` (issue type, refund in pence, response
  time in seconds, ``resolved_on`` NULL while open).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _at(d: dt.date, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss)


def _dts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def _weekday(r: random.Random, start: dt.date, end: dt.date, days: tuple[int, ...] = (0, 1, 2, 3, 4, 5)) -> dt.date:
    """A random day in [start, end] falling on one of ``days`` (Monday is 0)."""
    while True:
        d = day_between(r, start, end)
        if d.weekday() in days:
            return d


# ---------------------------------------------------------------------------------------------------- clockrepair
# id, first, last, grade, supervisor, hired, left, hourly rate
CR_TECHS = [
    (1, "Edmund", "Hale", "Master", None, D(2009, 3, 2), None, 48.0),
    (2, "Margaret", "Oyelaran", "Senior", 1, D(2014, 9, 1), None, 38.0),
    (3, "Tobias", "Wren", "Senior", 1, D(2016, 1, 11), None, 36.5),
    (4, "George", "Fairweather", "Senior", 1, D(2011, 6, 6), D(2023, 11, 24), 37.0),
    (5, "Priya", "Chauhan", "Junior", 2, D(2019, 4, 1), None, 28.0),
    (6, "Liam", "Doherty", "Junior", 3, D(2020, 8, 17), None, 27.5),
    (7, "Ada", "Nwosu", "Junior", 2, D(2023, 5, 2), None, 26.0),
    (8, "Sofia", "Marchetti", "Apprentice", 3, D(2022, 9, 5), None, 16.5),
    (9, "Callum", "Reid", "Apprentice", 2, D(2021, 9, 6), D(2024, 8, 30), 15.0),
    (10, "Hannah", "Brook", "Apprentice", 5, D(2025, 2, 3), None, 14.0),
]
CR_SUPPLIERS = [
    (1, "Wessex Horological Supplies", "Salisbury", "United Kingdom"),
    (2, "Kettering Clock Parts", "Kettering", "United Kingdom"),
    (3, "Hatton Garden Findings", "London", "United Kingdom"),
    (4, "Schwarzwald Uhrenteile GmbH", "Furtwangen", "Germany"),
    (5, "Jura Watch Materials SA", "La Chaux-de-Fonds", "Switzerland"),
    (6, "Birmingham Springs Ltd", "Birmingham", "United Kingdom"),
]
CLOCKS = ("Longcase clock", "Mantel clock", "Wall clock", "Carriage clock", "Cuckoo clock")
WATCHES = ("Pocket watch", "Wristwatch")
# name, category, supplier, unit cost, retail price, applies to (item types), discontinued
CR_PARTS = [
    ("Mainspring - longcase", "Mainspring", 6, 21.50, 48.00, ("Longcase clock",), 0),
    ("Mainspring - mantel clock", "Mainspring", 6, 12.80, 32.00, ("Mantel clock", "Wall clock"), 0),
    ("Mainspring - carriage clock", "Mainspring", 6, 14.20, 36.00, ("Carriage clock",), 0),
    ("Mainspring - cuckoo clock", "Mainspring", 4, 9.60, 24.00, ("Cuckoo clock",), 0),
    ("Mainspring - pocket watch", "Mainspring", 5, 8.40, 26.00, ("Pocket watch",), 0),
    ("Mainspring - wristwatch", "Mainspring", 5, 11.90, 34.00, ("Wristwatch",), 0),
    ("Suspension spring - mantel", "Suspension spring", 2, 2.10, 9.50, ("Mantel clock",), 0),
    ("Suspension spring - Vienna regulator", "Suspension spring", 4, 3.40, 12.00, ("Wall clock",), 0),
    ("Pendulum suspension - longcase", "Suspension spring", 2, 4.20, 14.00, ("Longcase clock",), 0),
    ("Brass bushes (assorted)", "Bushing", 1, 0.90, 6.00, CLOCKS, 0),
    ("Pivot wire 1.0mm", "Pivot", 1, 0.60, 4.50, CLOCKS, 0),
    ("Balance staff", "Balance", 5, 6.50, 28.00, WATCHES, 0),
    ("Hairspring (vibrated)", "Balance", 5, 18.00, 65.00, WATCHES, 0),
    ("Mineral crystal 30mm", "Crystal", 3, 1.80, 15.00, ("Wristwatch",), 0),
    ("Sapphire crystal 30mm", "Crystal", 5, 14.50, 55.00, ("Wristwatch",), 0),
    ("Hunter glass - pocket watch", "Crystal", 3, 3.20, 18.00, ("Pocket watch",), 0),
    ("Bevelled glass panel - carriage clock", "Crystal", 2, 7.90, 30.00, ("Carriage clock",), 0),
    ("Battery SR626SW", "Battery", 3, 0.45, 6.00, ("Wristwatch",), 0),
    ("Battery SR920SW", "Battery", 3, 0.50, 6.00, ("Wristwatch",), 0),
    ("Battery CR2016", "Battery", 3, 0.35, 6.00, ("Wristwatch",), 1),
    ("Leather strap 18mm", "Strap", 3, 4.20, 22.00, ("Wristwatch",), 0),
    ("Leather strap 20mm", "Strap", 3, 4.40, 24.00, ("Wristwatch",), 0),
    ("Stainless bracelet 20mm", "Strap", 3, 9.80, 39.00, ("Wristwatch",), 0),
    ("Crown and stem", "Crown", 5, 3.10, 18.00, WATCHES, 0),
    ("Case gasket set", "Gasket", 5, 1.20, 8.00, ("Wristwatch",), 0),
    ("Cuckoo bellows (pair)", "Bellows", 4, 6.80, 26.00, ("Cuckoo clock",), 0),
    ("Cuckoo chain 2m", "Chain", 4, 3.90, 15.00, ("Cuckoo clock",), 0),
    ("Longcase gut line", "Line", 2, 2.40, 10.00, ("Longcase clock",), 0),
    ("Chime hammer leathers", "Hammer", 2, 1.10, 7.50, ("Longcase clock", "Mantel clock", "Wall clock"), 0),
    ("Escape wheel - mantel", "Gear", 2, 11.00, 45.00, ("Mantel clock", "Wall clock"), 0),
    ("Platform escapement - carriage", "Gear", 5, 38.00, 120.00, ("Carriage clock",), 0),
    ("Click spring", "Spring", 6, 0.80, 6.50, CLOCKS, 0),
    ("Hands set - longcase brass", "Hands", 2, 12.00, 40.00, ("Longcase clock",), 0),
    ("Hands set - wristwatch", "Hands", 5, 4.00, 20.00, ("Wristwatch",), 1),
    ("Winding key", "Key", 1, 1.50, 8.00, ("Mantel clock", "Carriage clock", "Wall clock", "Longcase clock"), 0),
    ("Clock oil 5ml", "Consumable", 1, 6.20, 0.00, CLOCKS, 0),
    ("Watch oil 2ml", "Consumable", 5, 7.80, 0.00, WATCHES, 0),
    ("Dial restoration kit", "Dial", 2, 15.00, 60.00, ("Longcase clock", "Mantel clock"), 0),
]
CR_MAKERS = {
    "Longcase clock": ["Thwaites", "John Smith of Derby", "Samuel Deacon", "Unknown"],
    "Mantel clock": ["Smiths", "Junghans", "Ansonia", "Seth Thomas", "Japy Freres", "Hermle"],
    "Wall clock": ["Gustav Becker", "Lenzkirch", "Kienzle", "Hermle"],
    "Carriage clock": ["Drocourt", "Margaine", "Charles Frodsham", "Unknown"],
    "Cuckoo clock": ["Hubert Herr", "Anton Schneider"],
    "Pocket watch": ["Waltham", "Elgin", "Omega", "J.W. Benson"],
    "Wristwatch": ["Rolex", "Omega", "Seiko", "Longines", "Tissot", "Smiths"],
}
CR_YEARS = {
    "Longcase clock": (1740, 1880),
    "Mantel clock": (1880, 1975),
    "Wall clock": (1870, 1960),
    "Carriage clock": (1860, 1930),
    "Cuckoo clock": (1950, 2010),
    "Pocket watch": (1870, 1950),
    "Wristwatch": (1950, 2021),
}
CR_FAULTS = {
    "clock": ["Stopped", "Losing time", "Gaining time", "Not striking", "Chime out of sequence", "Full service",
              "Broken mainspring", "Damaged case"],
    "watch": ["Stopped", "Losing time", "Gaining time", "Battery replacement", "Cracked crystal", "Water damage",
              "Full service", "Broken strap"],
}  # fmt: skip
CR_TOWNS = ["Ludlow"] * 6 + ["Shrewsbury"] * 3 + ["Church Stretton", "Bridgnorth", "Bridgnorth", "Leominster",
                                                   "Much Wenlock", "Craven Arms", "Tenbury Wells"]  # fmt: skip


def _yn(b: bool) -> int:
    """Access's Yes/No: -1 for yes, 0 for no."""
    return -1 if b else 0


def build_clockrepair(path: Path) -> None:
    r = random.Random(43001)
    c = fresh_db(
        path,
        """
        CREATE TABLE tblTechnicians (
            TechnicianID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
            strGrade TEXT NOT NULL, SupervisorID INTEGER REFERENCES tblTechnicians(TechnicianID),
            dtmHired TEXT NOT NULL, dtmLeft TEXT, curHourlyRate REAL NOT NULL, ysnActive INTEGER NOT NULL DEFAULT -1);
        CREATE TABLE tblCustomers (
            CustomerID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL, strTown TEXT,
            strPhone TEXT, strEmail TEXT, ysnTradeAccount INTEGER NOT NULL DEFAULT 0, dtmCreated TEXT NOT NULL);
        CREATE TABLE tblItems (
            ItemID INTEGER PRIMARY KEY, CustomerID INTEGER NOT NULL REFERENCES tblCustomers(CustomerID),
            strItemType TEXT NOT NULL, strMaker TEXT, intYearMade INTEGER, strDescription TEXT,
            ysnAntique INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE tblSuppliers (
            SupplierID INTEGER PRIMARY KEY, strSupplierName TEXT NOT NULL, strTown TEXT, strCountry TEXT);
        CREATE TABLE tblParts (
            PartID INTEGER PRIMARY KEY, strPartName TEXT NOT NULL, strCategory TEXT NOT NULL,
            SupplierID INTEGER REFERENCES tblSuppliers(SupplierID), curUnitCost REAL NOT NULL,
            curRetailPrice REAL NOT NULL, intStockQty INTEGER NOT NULL, intReorderLevel INTEGER NOT NULL,
            ysnDiscontinued INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE tblRepairJobs (
            JobID INTEGER PRIMARY KEY, ItemID INTEGER NOT NULL REFERENCES tblItems(ItemID),
            TechnicianID INTEGER REFERENCES tblTechnicians(TechnicianID), dtmReceived TEXT NOT NULL,
            strFault TEXT NOT NULL, strStatus TEXT NOT NULL, curQuote REAL, dtmPromised TEXT, dtmCompleted TEXT,
            dtmCollected TEXT, curFinalPrice REAL, ysnWarranty INTEGER NOT NULL DEFAULT 0,
            ysnRushJob INTEGER NOT NULL DEFAULT 0, memNotes TEXT);
        CREATE TABLE tblJobParts (
            JobPartID INTEGER PRIMARY KEY, JobID INTEGER NOT NULL REFERENCES tblRepairJobs(JobID),
            PartID INTEGER NOT NULL REFERENCES tblParts(PartID), intQuantity INTEGER NOT NULL DEFAULT 1,
            curPriceCharged REAL NOT NULL);
        """,
    )

    def dtm(d: dt.date | None, hh: int = 0, mm: int = 0) -> str | None:
        return _dts(_at(d, hh, mm)) if d else None

    insert(c, "tblTechnicians", [(i, f, s, g, sup, dtm(h), dtm(lft), rate, _yn(lft is None))
                                 for i, f, s, g, sup, h, lft, rate in CR_TECHS])  # fmt: skip
    insert(c, "tblSuppliers", CR_SUPPLIERS)
    parts = []
    for i, (nm, cat, sup, cost, retail, _ty, disc) in enumerate(CR_PARTS, 1):
        reorder = r.choice([2, 3, 5, 10]) if cat not in ("Battery", "Consumable") else 20
        stock = r.randint(0, reorder * 3) if not disc else r.randint(0, 2)
        parts.append((i, nm, cat, sup, cost, retail, stock, reorder, _yn(bool(disc))))
    parts[17] = (*parts[17][:6], 4, 20, 0)  # SR626SW running low
    insert(c, "tblParts", parts)

    n_cust = 175
    names = full_names(r, n_cust)
    customers = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        created = (
            day_between(r, D(2018, 1, 1), D(2025, 5, 30)) if i > 150 else day_between(r, D(2016, 1, 1), D(2022, 12, 31))
        )
        trade = i % 19 == 0
        email = (
            None
            if r.random() < 0.25
            else f"{f.lower()}.{s.lower()}@{r.choice(['gmail.com', 'btinternet.com', 'outlook.com'])}"
        )
        phone = (
            f"01584 {r.randint(100000, 999999)}"
            if r.random() < 0.5
            else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        )
        customers.append((i, f, s, r.choice(CR_TOWNS), phone, email, _yn(trade), dtm(created, 10, r.randrange(60))))
    # customers 151..175 are recent sign-ups: set their created date in 2024 and 2025
    for k in range(150, n_cust):
        d0 = day_between(r, D(2024, 1, 8), D(2025, 6, 10))
        customers[k] = (*customers[k][:7], dtm(d0, r.randint(9, 16), r.randrange(60)))
    insert(c, "tblCustomers", customers)
    cust_created = {cu[0]: D.fromisoformat(cu[7][:10]) for cu in customers}

    types = list(CR_MAKERS)
    type_w = [10, 22, 12, 10, 6, 14, 26]
    items = []
    for i in range(1, 261):
        ty = r.choices(types, type_w)[0]
        cust = r.randint(1, n_cust)
        if customers[cust - 1][6] == -1 and r.random() < 0.6:
            ty = r.choice(["Longcase clock", "Carriage clock", "Pocket watch", "Mantel clock"])
        maker = r.choice(CR_MAKERS[ty])
        lo, hi = CR_YEARS[ty]
        year = None if r.random() < 0.15 else r.randint(lo, hi)
        antique = (year is not None and year <= 1925) or (year is None and ty in ("Longcase clock", "Carriage clock"))
        desc = {
            "Longcase clock": ["8-day painted dial", "30-hour brass dial", "8-day oak case, moon phase"],
            "Mantel clock": ["Westminster chime", "Arched oak case", "Black slate", "Napoleon hat"],
            "Wall clock": ["Vienna regulator", "Drop-dial school clock", "Kitchen clock"],
            "Carriage clock": ["Repeater", "Corniche case", "Engraved gilt case"],
            "Cuckoo clock": ["One-day cuckoo", "Eight-day chalet", "Musical cuckoo"],
            "Pocket watch": ["Full hunter", "Half hunter", "Open face, silver"],
            "Wristwatch": ["Manual wind", "Automatic", "Quartz", "Chronograph"],
        }[ty]
        items.append((i, cust, ty, maker, year, r.choice(desc), _yn(antique)))
    insert(c, "tblItems", items)

    def active_techs(d: dt.date) -> list[int]:
        return [t[0] for t in CR_TECHS if t[5] <= d and (t[6] is None or t[6] >= d)]

    grade_w = {"Master": 3, "Senior": 5, "Junior": 4, "Apprentice": 2}
    jobs, lines = [], []
    received_days = sorted(_weekday(r, D(2023, 1, 3), LAST, (1, 2, 3, 4, 5)) for _ in range(370))
    last_job_of_item: dict[int, dt.date] = {}
    for j, rec in enumerate(received_days, 1):
        item = r.randint(1, len(items))
        cust = items[item - 1][1]
        if cust_created[cust] > rec:
            item = next(it[0] for it in items if cust_created[it[1]] <= rec and it[0] >= item % 200 + 1)
            cust = items[item - 1][1]
        ty = items[item - 1][2]
        kind = "watch" if ty in WATCHES else "clock"
        fault = r.choice(CR_FAULTS[kind])
        if ty != "Wristwatch" and fault in ("Battery replacement", "Broken strap"):
            fault = "Stopped"
        warranty = item in last_job_of_item and (rec - last_job_of_item[item]).days < 365 and r.random() < 0.25
        last_job_of_item[item] = rec
        techs = active_techs(rec)
        tech = r.choices(techs, [grade_w[CR_TECHS[t - 1][3]] for t in techs])[0]
        if ty == "Longcase clock" and r.random() < 0.5:
            tech = 1 if 1 in techs else tech
        base = {"Longcase clock": 260, "Mantel clock": 140, "Wall clock": 160, "Carriage clock": 210,
                "Cuckoo clock": 110, "Pocket watch": 150, "Wristwatch": 120}[ty]  # fmt: skip
        if fault in ("Battery replacement", "Broken strap"):
            base = 18 if fault == "Battery replacement" else 28
        elif fault == "Cracked crystal":
            base = 45
        elif fault == "Full service":
            base = int(base * 1.4)
        quote = float(round(base * r.uniform(0.8, 1.3) / 5) * 5)
        quick = fault in ("Battery replacement", "Broken strap", "Cracked crystal")
        rush = not quick and r.random() < 0.07
        est = r.randint(0, 3) if quick else r.randint(14, 35) if kind == "clock" else r.randint(10, 25)
        if rush:
            est = max(3, est // 3)
        promised = _plus(rec, est)
        actual = est if quick else est + r.choice([-3, -2, 0, 0, 0, 1, 2, 4, 6, 9, 14, 21])
        actual = max(0, actual)
        completed = _plus(rec, actual)
        status, collected, final = "", None, None
        age = (TODAY - rec).days
        declined = not quick and not warranty and r.random() < 0.07 and age > 10
        if declined:
            status = "Declined"
            collected = _plus(rec, r.randint(6, 20))
            if collected > LAST:
                collected = None
                status = "Quoted"
            completed = None
            promised = None
        elif not quick and age <= 6:
            status, quote, completed, promised = "Awaiting quote", None, None, None
        elif not quick and age <= 16 and r.random() < 0.45:
            status, completed, promised = "Quoted", None, None
        elif completed > LAST:
            status, completed = "In progress", None
        else:
            final = 0.0 if warranty else float(round(quote * r.choice([1, 1, 1, 1, 0.9, 1.1, 1.2]), 0))
            pick = _plus(completed, r.choice([0, 1, 2, 3, 5, 8, 12, 20, 35, 60]))
            if pick <= LAST and r.random() > 0.04 and not (completed > D(2025, 5, 25) and r.random() < 0.5):
                status, collected = "Collected", pick
            else:
                status = "Ready for collection"
        notes = r.choice([None, None, None, "Customer to call before work", "Sentimental value", "Insurance claim",
                          "Previous repair by others", "Keep old parts for customer"])  # fmt: skip
        jobs.append((j, item, None if status == "Awaiting quote" else tech, dtm(rec, r.randint(9, 16), r.randrange(60)),
                     fault, status, quote, dtm(promised), dtm(completed, r.randint(10, 17), r.randrange(60)),
                     dtm(collected, r.randint(9, 17), r.randrange(60)), final, _yn(warranty), _yn(rush),
                     notes))  # fmt: skip
        if status in ("In progress", "Ready for collection", "Collected") and fault not in ("Broken strap",):
            cands = [p for p in range(1, len(CR_PARTS) + 1) if ty in CR_PARTS[p - 1][5]]
            if fault == "Battery replacement":
                cands = [p for p in cands if CR_PARTS[p - 1][1] == "Battery"]
            elif fault == "Cracked crystal":
                cands = [p for p in cands if CR_PARTS[p - 1][1] == "Crystal"]
            n = 1 if quick else r.choices([0, 1, 2, 3], [25, 45, 24, 6])[0]
            for p in r.sample(cands, min(n, len(cands))):
                qty = r.randint(2, 6) if CR_PARTS[p - 1][1] in ("Bushing",) else 1
                price = 0.0 if warranty else CR_PARTS[p - 1][4] * qty
                lines.append((len(lines) + 1, j, p, qty, price))
        elif fault == "Broken strap" and status in ("Ready for collection", "Collected"):
            p = r.choice([21, 22, 23])
            lines.append((len(lines) + 1, j, p, 1, 0.0 if warranty else CR_PARTS[p - 1][4]))
    insert(c, "tblRepairJobs", jobs)
    insert(c, "tblJobParts", lines)
    done(c)


# ---------------------------------------------------------------------------------------------------- beachhuts
BH_SITES = [
    (1, "West Promenade", "WP", 30, 1, 1),
    (2, "East Cliff", "EC", 24, 0, 1),
    (3, "Harbour Green", "HG", 22, 1, 0),
    (4, "Lifeboat Slope", "LS", 16, 0, 0),
]
BH_COLOURS = ["white", "sky blue", "navy", "yellow", "mint green", "coral", "red", "lilac", "sea green"]
BH_STREETS = ["Marine Parade", "Cliff Road", "Harbour Street", "Station Road", "Church Lane", "The Crescent",
              "Beach Road", "Mill Lane", "Victoria Terrace", "Fore Street", "Orchard Close", "Kings Avenue"]  # fmt: skip
# town, postcode area, weight
BH_TOWNS = [("Saltmarsh Bay", "SB1", 40), ("Saltmarsh Bay", "SB2", 20), ("Dunholme", "DN4", 12),
            ("Westerleigh", "WL7", 10), ("Kingsbridge Magna", "KM3", 8), ("London", "SW11", 6),
            ("Birmingham", "B15", 4)]  # fmt: skip
BH_STORMS = [(D(2023, 11, 2), "Storm Ciaran"), (D(2024, 1, 2), "Storm Henk"), (D(2024, 12, 7), "Storm Darragh")]


def build_beachhuts(path: Path) -> None:
    r = random.Random(43002)
    c = fresh_db(
        path,
        """
        CREATE TABLE sites (
            site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, code TEXT NOT NULL, has_toilets INTEGER NOT NULL,
            has_parking INTEGER NOT NULL);
        CREATE TABLE huts (
            hut_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(site_id),
            hut_number TEXT NOT NULL UNIQUE, size TEXT NOT NULL, built_year INTEGER);
        CREATE TABLE hut_versions (
            hut_version_id INTEGER PRIMARY KEY, hut_id INTEGER NOT NULL REFERENCES huts(hut_id),
            version INTEGER NOT NULL, colour TEXT NOT NULL, condition TEXT NOT NULL, annual_fee REAL NOT NULL,
            has_electricity INTEGER NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT, change_reason TEXT);
        CREATE TABLE licensees (
            licensee_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, date_of_birth TEXT, first_registered_on TEXT
            NOT NULL);
        CREATE TABLE licensee_versions (
            licensee_version_id INTEGER PRIMARY KEY, licensee_id INTEGER NOT NULL REFERENCES licensees(licensee_id),
            version INTEGER NOT NULL, street_address TEXT NOT NULL, town TEXT NOT NULL, postcode TEXT NOT NULL,
            phone TEXT, email TEXT, valid_from TEXT NOT NULL, valid_to TEXT);
        CREATE TABLE licences (
            licence_id INTEGER PRIMARY KEY, licence_number TEXT NOT NULL UNIQUE,
            hut_id INTEGER NOT NULL REFERENCES huts(hut_id), licensee_id INTEGER NOT NULL
            REFERENCES licensees(licensee_id), version INTEGER NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT,
            end_reason TEXT);
        CREATE TABLE hut_events (
            event_id INTEGER PRIMARY KEY, hut_id INTEGER NOT NULL REFERENCES huts(hut_id),
            licensee_id INTEGER REFERENCES licensees(licensee_id), event_type TEXT NOT NULL, event_date TEXT NOT NULL,
            description TEXT, cost REAL);
        CREATE TABLE payments (
            payment_id INTEGER PRIMARY KEY, licence_id INTEGER NOT NULL REFERENCES licences(licence_id),
            fee_year INTEGER NOT NULL, paid_on TEXT NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL);
        """,
    )
    insert(c, "sites", [(i, nm, code, toil, park) for i, nm, code, _n, toil, park in BH_SITES])
    huts = []
    for sid, _nm, code, n, _t, _p in BH_SITES:
        for k in range(1, n + 1):
            size = "double" if r.random() < (0.25 if sid != 4 else 0.0) else "single"
            built = r.choice([1962, 1975, 1988, 1996, 2004, 2011, 2019]) if sid != 4 else 2016
            huts.append((len(huts) + 1, sid, f"{code}{k:02d}", size, built))
    insert(c, "huts", huts)

    # --- hut versions: one at the start of the register, a fee revision on 1 April 2024 for every hut, plus
    # repaints, condition changes and electricity hook-ups at random.
    start = D(2022, 4, 1)
    versions: list[list] = []
    current: dict[int, list] = {}
    changes: list[tuple[dt.date, int, str]] = []
    for hut_id, sid, _num, size, _b in huts:
        base = {1: 420.0, 2: 360.0, 3: 390.0, 4: 300.0}[sid] * (1.6 if size == "double" else 1.0)
        elec = 1 if sid in (1, 3) and r.random() < 0.4 else 0
        if elec:
            base += 60.0
        current[hut_id] = [hut_id, 1, r.choice(BH_COLOURS), r.choices(["good", "fair", "poor"], [55, 35, 10])[0],
                           round(base, 0), elec, start, None, "register created"]  # fmt: skip
        changes.append((D(2024, 4, 1), hut_id, "fee"))
        for _ in range(r.choices([0, 1, 2], [45, 42, 13])[0]):
            changes.append((day_between(r, D(2022, 9, 1), D(2025, 6, 1)), hut_id, r.choice(["repaint", "repaint",
                            "condition", "electricity"])))  # fmt: skip
    changes.sort()
    events: list[tuple] = []
    for when, hut_id, kind in changes:
        cur = current[hut_id]
        new = list(cur)
        if kind == "fee":
            new[4] = round(cur[4] * 1.08, 0)
            new[8] = "annual fee revision 2024"
        elif kind == "repaint":
            new[2] = r.choice([x for x in BH_COLOURS if x != cur[2]])
            new[3] = "good" if r.random() < 0.8 else cur[3]
            new[8] = "repainted"
        elif kind == "condition":
            new[3] = {"good": "fair", "fair": r.choice(["poor", "good"]), "poor": "good"}[cur[3]]
            new[8] = "condition reassessed"
        else:
            if cur[5] == 1 or huts[hut_id - 1][1] in (2, 4):
                continue
            new[5] = 1
            new[4] = cur[4] + 60.0
            new[8] = "electricity connected"
        if when <= cur[6]:
            continue
        cur[7] = _plus(when, -1)
        versions.append(cur)
        new[1] = cur[1] + 1
        new[6] = when
        new[7] = None
        current[hut_id] = new
        if kind == "repaint":
            events.append((hut_id, None, "repaint", when, f"Repainted {new[2]}", float(r.choice([0, 0, 85, 120]))))
    versions.extend(current.values())
    versions.sort(key=lambda v: (v[6], v[0]))
    insert(c, "hut_versions", [(i, *v[:6], _iso(v[6]), _iso(v[7]), v[8]) for i, v in enumerate(versions, 1)])

    def fee_on(hut_id: int, d: dt.date) -> float:
        for v in versions:
            if v[0] == hut_id and v[6] <= d and (v[7] is None or v[7] >= d):
                return float(v[4])
        raise ValueError(d)

    # --- licensees and their addresses over time
    n_lic = 118
    names = full_names(r, n_lic)
    licensees, lver = [], []
    for i, nm in enumerate(names, 1):
        reg = (
            day_between(r, D(2004, 1, 1), D(2022, 3, 31)) if i <= 86 else day_between(r, D(2022, 4, 1), D(2025, 5, 20))
        )
        dob = D(r.randint(1942, 1990), r.randint(1, 12), r.randint(1, 28))
        licensees.append((i, nm, _iso(dob), _iso(reg)))
        n_moves = r.choices([0, 1, 2], [70, 24, 6])[0]
        vf = max(reg, start) if i <= 86 else reg
        vnum = 1
        f, s = nm.lower().split(" ")
        email = f"{f}.{s}@{r.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk'])}"
        phone = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}" if r.random() < 0.9 else None
        moves = (
            sorted(day_between(r, _plus(vf, 30), D(2025, 6, 1)) for _ in range(n_moves)) if vf < D(2025, 4, 1) else []
        )
        for k in range(len(moves) + 1):
            town, pc, _w = r.choices(BH_TOWNS, [t[2] for t in BH_TOWNS])[0]
            addr = f"{r.randint(1, 140)} {r.choice(BH_STREETS)}"
            post = f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            vt = _plus(moves[k], -1) if k < len(moves) else None
            lver.append((len(lver) + 1, i, vnum, addr, town, post, phone, email, _iso(vf), _iso(vt)))
            if k < len(moves):
                vf = moves[k]
                vnum += 1
    insert(c, "licensees", licensees)
    insert(c, "licensee_versions", lver)

    # --- licences: each hut's chain of holders
    licences = []
    pool_old = list(range(1, 87))
    pool_new = list(range(87, n_lic + 1))
    r.shuffle(pool_old)
    r.shuffle(pool_new)
    lic_reg = {li[0]: D.fromisoformat(li[3]) for li in licensees}
    vacant = set(r.sample(range(1, len(huts) + 1), 5))
    for hut_id, _sid, num, _size, _b in huts:
        holder = pool_old.pop() if pool_old else pool_new.pop()
        vf = max(lic_reg[holder], D(2015, 4, 1))
        ver = 1
        seq = 0
        while True:
            seq += 1
            end = None
            reason = None
            if hut_id in vacant and ver == 1:
                end = day_between(r, D(2024, 6, 1), D(2025, 5, 31))
                reason = r.choice(["surrendered", "revoked"])
            elif pool_new and _plus(vf, 200) < D(2025, 4, 1) and r.random() < 0.3:
                end = day_between(r, max(_plus(vf, 200), D(2023, 1, 15)), D(2025, 5, 31))
                reason = r.choices(["transferred", "surrendered", "deceased"], [70, 20, 10])[0]
            licences.append([len(licences) + 1, f"BH-{num}-{ver}", hut_id, holder, ver, vf, end, reason])
            if end is None or hut_id in vacant or not pool_new:
                if end is not None and hut_id not in vacant:
                    licences[-1][6], licences[-1][7] = None, None
                break
            nxt = [p for p in pool_new if lic_reg[p] <= _plus(end, 1)]
            if not nxt:
                licences[-1][6], licences[-1][7] = None, None
                break
            holder = nxt[0]
            pool_new.remove(holder)
            vf = _plus(end, 1)
            ver += 1
            events.append((hut_id, holder, "key handover", vf, "Keys handed to new licensee", None))
    insert(c, "licences", [(*li[:5], _iso(li[5]), _iso(li[6]), li[7]) for li in licences])

    def holder_on(hut_id: int, d: dt.date) -> int | None:
        for li in licences:
            if li[2] == hut_id and li[5] <= d and (li[6] is None or li[6] >= d):
                return li[3]
        return None

    # --- events
    for hut_id, *_rest in huts:
        for _ in range(r.choices([0, 1, 2], [20, 55, 25])[0]):
            d = _weekday(r, D(2023, 2, 1), D(2025, 6, 12), (0, 1, 2, 3, 4))
            if d.month in (3, 4, 5, 9, 10):
                res = r.choices(["passed", "passed", "advisory", "failed"], [40, 30, 20, 10])[0]
                events.append((hut_id, None, "inspection", d, f"Annual inspection: {res}", None))
    for sd, storm in BH_STORMS:
        for hut_id in r.sample(range(1, len(huts) + 1), 14 if storm != "Storm Henk" else 9):
            sid = huts[hut_id - 1][1]
            if storm == "Storm Darragh" and sid == 3:
                continue
            dmg = r.choice(["Door torn off", "Roof felt lifted", "Shutters damaged", "Shingle inside hut",
                            "Cladding split"])  # fmt: skip
            events.append((hut_id, holder_on(hut_id, sd), "storm damage", _plus(sd, r.randint(0, 2)),
                           f"{storm}: {dmg}", float(r.randint(8, 60) * 10)))  # fmt: skip
    for _ in range(27):
        hut_id = r.randint(1, len(huts))
        d = day_between(r, D(2023, 1, 10), D(2025, 6, 13))
        events.append((hut_id, holder_on(hut_id, d), "break-in", d,
                       r.choice(["Padlock cut", "Door forced", "Window smashed", "Nothing taken, lock damaged"]),
                       float(r.choice([0, 25, 40, 65, 150]))))  # fmt: skip
    for _ in range(24):
        hut_id = r.randint(1, len(huts))
        d = day_between(r, D(2023, 5, 1), D(2025, 6, 13))
        who = holder_on(hut_id, d)
        events.append((hut_id, None, "complaint", d,
                       r.choice(["Hut left open overnight", "Barbecue on decking", "Items stored outside hut",
                                 "Overnight sleeping reported", "Noise after 10pm"]), None))  # fmt: skip
        if who is None:
            events[-1] = (hut_id, None, "complaint", d, "Rubbish left at vacant hut", None)
    for _ in range(30):
        hut_id = r.randint(1, len(huts))
        d = _weekday(r, D(2023, 1, 10), D(2025, 6, 13), (0, 1, 2, 3, 4))
        events.append((hut_id, holder_on(hut_id, d), "repair", d,
                       r.choice(["Hinges replaced", "New padlock hasp", "Decking board replaced", "Roof refelted",
                                 "Guttering fixed"]), float(r.randint(3, 45) * 10)))  # fmt: skip
    events.sort(key=lambda e: (e[3], e[0]))
    insert(c, "hut_events", [(i, h, lic, ty, _iso(d), desc, cost) for i, (h, lic, ty, d, desc, cost)
                             in enumerate(events, 1)])  # fmt: skip

    # --- payments: the licence fee falls due on 1 April of each fee year
    pays = []
    for year in (2023, 2024, 2025):
        due = D(year, 4, 1)
        for li in licences:
            lid, _num, hut_id, _h, _v, vf, vt, _reason = li
            if not (vf <= due and (vt is None or vt >= due)):
                continue
            if year == 2025 and r.random() < 0.12:
                continue
            method = r.choices(["direct debit", "card", "bank transfer", "cheque"], [50, 25, 18, 7])[0]
            paid = due if method == "direct debit" else _plus(due, r.randint(-40, 60))
            if paid > LAST:
                paid = _plus(due, r.randint(1, 30))
            pays.append((lid, year, paid, fee_on(hut_id, due), method))
    pays.sort(key=lambda p: (p[2], p[0]))
    insert(c, "payments", [(i, lid, y, _iso(p), amt, m) for i, (lid, y, p, amt, m) in enumerate(pays, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- tyreshop
TY_STS = [("B", "Booked"), ("W", "Waiting for parts"), ("I", "In progress"), ("C", "Completed"),
          ("X", "Cancelled"), ("N", "No-show")]  # fmt: skip
TY_CAT = [("T", "Tyre"), ("E", "Exhaust"), ("B", "Battery"), ("L", "Labour"), ("S", "Sundries")]
# id, name, supervisor, hired, left, hourly rate
TY_TECH = [
    (1, "Gary Armstrong", None, D(2008, 4, 14), None, 19.50),
    (2, "Shona Bell", 1, D(2015, 2, 2), None, 16.80),
    (3, "Kyle Irving", 1, D(2017, 6, 19), None, 15.90),
    (4, "Declan Nixon", 2, D(2021, 3, 1), None, 14.20),
    (5, "Rhys Graham", 2, D(2019, 10, 7), D(2024, 3, 29), 14.80),
    (6, "Megan Routledge", 3, D(2022, 8, 22), None, 13.60),
    (7, "Tomasz Wojcik", 3, D(2024, 4, 15), None, 14.00),
    (8, "Ellie Hetherington", 2, D(2025, 1, 6), None, 12.40),
]
# sku, description, category, brand, size, season (S summer, W winter, A all-season), price, stock
TY_TYRES = [
    ("MIC-P4-1856515", "Michelin Primacy 4 185/65R15", "Michelin", "185/65R15", "S", 96.0),
    ("MIC-CC2-2055516", "Michelin CrossClimate 2 205/55R16", "Michelin", "205/55R16", "A", 128.0),
    ("MIC-PS5-2254517", "Michelin Pilot Sport 5 225/45R17", "Michelin", "225/45R17", "S", 154.0),
    ("CON-PC6-2055516", "Continental PremiumContact 6 205/55R16", "Continental", "205/55R16", "S", 112.0),
    ("CON-WC-2055516", "Continental WinterContact TS870 205/55R16", "Continental", "205/55R16", "W", 118.0),
    ("CON-VC-2156516C", "Continental VanContact 215/65R16C", "Continental", "215/65R16C", "S", 142.0),
    ("BRI-T005-1956515", "Bridgestone Turanza T005 195/65R15", "Bridgestone", "195/65R15", "S", 92.0),
    ("BRI-T005-2254517", "Bridgestone Turanza T005 225/45R17", "Bridgestone", "225/45R17", "S", 132.0),
    ("PIR-P7-2254517", "Pirelli Cinturato P7 225/45R17", "Pirelli", "225/45R17", "S", 126.0),
    ("PIR-SZ-2355518", "Pirelli Scorpion Zero 235/55R18", "Pirelli", "235/55R18", "S", 168.0),
    ("GOO-4S-1856515", "Goodyear Vector 4Seasons 185/65R15", "Goodyear", "185/65R15", "A", 99.0),
    ("GOO-4S-2156017", "Goodyear Vector 4Seasons 215/60R17", "Goodyear", "215/60R17", "A", 139.0),
    ("GOO-UG-1956515", "Goodyear UltraGrip 9+ 195/65R15", "Goodyear", "195/65R15", "W", 104.0),
    ("FAL-ZE-1756514", "Falken Ziex ZE310 175/65R14", "Falken", "175/65R14", "S", 64.0),
    ("FAL-ZE-2055516", "Falken Ziex ZE310 205/55R16", "Falken", "205/55R16", "S", 78.0),
    ("NAN-NS20-1956515", "Nankang NS-20 195/65R15", "Nankang", "195/65R15", "S", 52.0),
    ("NAN-NS20-2254517", "Nankang NS-20 225/45R17", "Nankang", "225/45R17", "S", 61.0),
    ("AVN-ZV7-1856515", "Avon ZV7 185/65R15", "Avon", "185/65R15", "S", 72.0),
    ("AVN-AS7-2355518", "Avon AS7 All Season 235/55R18", "Avon", "235/55R18", "A", 121.0),
    ("BFG-AT-2357016", "BFGoodrich All-Terrain T/A KO2 235/70R16", "BFGoodrich", "235/70R16", "A", 189.0),
    ("BRI-DUR-2156516C", "Bridgestone Duravis R660 215/65R16C", "Bridgestone", "215/65R16C", "S", 128.0),
]
# sku, description, category, brand, price
TY_OTHER = [
    ("EXH-RS-FIE", "Rear silencer - Ford Fiesta", "E", "Klarius", 89.0),
    ("EXH-RS-COR", "Rear silencer - Vauxhall Corsa", "E", "Klarius", 84.0),
    ("EXH-CP-GOLF", "Centre pipe - VW Golf", "E", "BM Catalysts", 72.0),
    ("EXH-CAT-UNI", "Catalytic converter (universal)", "E", "BM Catalysts", 265.0),
    ("EXH-FP-TRN", "Front pipe - Ford Transit", "E", "Klarius", 118.0),
    ("EXH-DPF-CLN", "DPF clean", "E", None, 149.0),
    ("BAT-063", "Varta 063 battery", "B", "Varta", 92.0),
    ("BAT-075", "Bosch S4 075 battery", "B", "Bosch", 118.0),
    ("BAT-096", "Yuasa 096 battery", "B", "Yuasa", 124.0),
    ("BAT-110", "Exide 110 heavy duty battery", "B", "Exide", 158.0),
    ("LAB-FIT", "Tyre fitting and balancing (per tyre)", "L", None, 15.0),
    ("LAB-ALN", "Four-wheel alignment", "L", None, 59.0),
    ("LAB-PUN", "Puncture repair", "L", None, 25.0),
    ("LAB-TPMS", "TPMS sensor service", "L", None, 22.0),
    ("LAB-EXH", "Exhaust fitting labour (per hour)", "L", None, 55.0),
    ("LAB-BAT", "Battery test and fit", "L", None, 12.0),
    ("LAB-NIT", "Nitrogen inflation (per tyre)", "L", None, 4.0),
    ("SUN-DISP", "Tyre disposal fee", "S", None, 3.5),
    ("SUN-VALVE", "Valve replacement", "S", None, 3.0),
    ("SUN-WIPER", "Wiper blade pair", "S", "Bosch", 24.0),
    ("SUN-LOCK", "Locking wheel nut set", "S", "McGard", 38.0),
]
# make, model, typical tyre size, weight
TY_CARS = [
    ("Ford", "Fiesta", "185/65R15", 14), ("Ford", "Focus", "205/55R16", 12), ("Vauxhall", "Corsa", "185/65R15", 10),
    ("Volkswagen", "Golf", "205/55R16", 12), ("Volkswagen", "Polo", "195/65R15", 7), ("Toyota", "Yaris", "175/65R14", 7),
    ("Nissan", "Qashqai", "215/60R17", 8), ("Ford", "Transit", "215/65R16C", 7), ("Land Rover", "Defender",
    "235/70R16", 4), ("Skoda", "Octavia", "205/55R16", 6), ("BMW", "3 Series", "225/45R17", 6), ("Kia",
    "Sportage", "235/55R18", 5), ("Peugeot", "208", "195/65R15", 5), ("Mercedes-Benz", "Sprinter", "215/65R16C", 4),
    ("Audi", "A4", "225/45R17", 4),
]  # fmt: skip
TY_TOWNS = ["Carlisle"] * 8 + ["Penrith"] * 3 + ["Wigton", "Wigton", "Brampton", "Cockermouth", "Keswick", "Longtown",
                                                 "Dalston"]  # fmt: skip
TY_FLEETS = ["Eden Valley Plumbing Ltd", "Solway Taxis", "Border Couriers Ltd", "Cumbria Care Services",
             "Fellside Builders", "Hadrian Hire Ltd", "Carlisle Community Transport", "North Lakes Electrical"]  # fmt: skip


def _reg(r: random.Random, year: int) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    age = year % 100 if r.random() < 0.5 or year < 2002 else (year % 100) + 50
    if year < 2002:
        age = 51
    return f"{r.choice('PSVYAL')}{r.choice(letters)}{age:02d} {''.join(r.choice(letters) for _ in range(3))}"


def build_tyreshop(path: Path) -> None:
    r = random.Random(43003)
    c = fresh_db(
        path,
        """
        CREATE TABLE sts (sts_cd TEXT PRIMARY KEY, dsc TEXT NOT NULL);
        CREATE TABLE cat (cat_cd TEXT PRIMARY KEY, dsc TEXT NOT NULL);
        CREATE TABLE tech (
            tech_id INTEGER PRIMARY KEY, nm TEXT NOT NULL, sprv_id INTEGER REFERENCES tech(tech_id),
            hrd_dt TEXT NOT NULL, lft_dt TEXT, hr_rt REAL NOT NULL);
        CREATE TABLE cust (
            cust_id INTEGER PRIMARY KEY, nm TEXT NOT NULL, twn TEXT, phn TEXT, eml TEXT,
            flt_flg TEXT NOT NULL DEFAULT 'N', crt_dt TEXT NOT NULL);
        CREATE TABLE veh (
            veh_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id), reg TEXT NOT NULL,
            mk TEXT NOT NULL, mdl TEXT NOT NULL, yr INTEGER, tyr_sz TEXT);
        CREATE TABLE prd (
            prd_id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, dsc TEXT NOT NULL,
            cat_cd TEXT NOT NULL REFERENCES cat(cat_cd), brnd TEXT, sz TEXT, ssn TEXT, prc REAL NOT NULL,
            stk_qty INTEGER NOT NULL, act_flg TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE ordr (
            ordr_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
            veh_id INTEGER NOT NULL REFERENCES veh(veh_id), tech_id INTEGER REFERENCES tech(tech_id),
            bk_dt TEXT NOT NULL, apt_dt TEXT NOT NULL, sts_cd TEXT NOT NULL REFERENCES sts(sts_cd), mlg INTEGER,
            tot_amt REAL NOT NULL, pay_mth TEXT);
        CREATE TABLE ordln (
            ln_id INTEGER PRIMARY KEY, ordr_id INTEGER NOT NULL REFERENCES ordr(ordr_id),
            prd_id INTEGER NOT NULL REFERENCES prd(prd_id), qty INTEGER NOT NULL, unt_prc REAL NOT NULL,
            amt REAL NOT NULL);
        """,
    )
    insert(c, "sts", TY_STS)
    insert(c, "cat", TY_CAT)
    insert(c, "tech", [(i, nm, s, _iso(h), _iso(lft), rt) for i, nm, s, h, lft, rt in TY_TECH])
    prds = []
    for sku, dsc, brnd, sz, ssn, prc in TY_TYRES:
        prds.append((len(prds) + 1, sku, dsc, "T", brnd, sz, ssn, prc, r.randint(0, 16), "Y"))
    for sku, dsc, cat, brnd, prc in TY_OTHER:
        stk = 0 if cat == "L" else r.randint(0, 12)
        prds.append((len(prds) + 1, sku, dsc, cat, brnd, None, None, prc, stk, "Y"))
    prds[15] = (*prds[15][:9], "N")  # Nankang 195/65R15 no longer stocked
    prds[15] = (*prds[15][:8], 0, "N")
    insert(c, "prd", prds)
    by_sku = {p[1]: p for p in prds}
    tyres_by_size: dict[str, list[tuple]] = {}
    for p in prds:
        if p[3] == "T":
            tyres_by_size.setdefault(p[5], []).append(p)

    n_cust = 185
    names = full_names(r, n_cust - len(TY_FLEETS))
    custs = []
    for i in range(1, n_cust + 1):
        fleet = i % 23 == 0 and (i // 23 - 1) < len(TY_FLEETS)
        nm = TY_FLEETS[i // 23 - 1] if fleet else names.pop()
        created = (
            day_between(r, D(2019, 1, 1), D(2022, 12, 31))
            if i <= 120
            else day_between(r, D(2023, 1, 1), D(2025, 6, 10))
        )
        eml = None if r.random() < 0.3 else nm.lower().replace(" ", ".").replace("ltd", "co") + "@example.co.uk"
        custs.append((i, nm, r.choice(TY_TOWNS), f"01228 {r.randint(100000, 999999)}", eml, "Y" if fleet else "N",
                      _iso(created)))  # fmt: skip
    insert(c, "cust", custs)
    vehs = []
    cust_veh: dict[int, list[int]] = {}
    for cu in custs:
        n = r.randint(3, 6) if cu[5] == "Y" else r.choices([1, 2], [82, 18])[0]
        for _ in range(n):
            mk, mdl, sz, _w = r.choices(TY_CARS, [x[3] for x in TY_CARS])[0]
            if cu[5] == "Y" and r.random() < 0.6:
                mk, mdl, sz = r.choice([("Ford", "Transit", "215/65R16C"), ("Mercedes-Benz", "Sprinter", "215/65R16C"),
                                        ("Skoda", "Octavia", "205/55R16")])  # fmt: skip
            yr = r.randint(2008, 2024)
            vehs.append((len(vehs) + 1, cu[0], _reg(r, yr), mk, mdl, yr, sz))
            cust_veh.setdefault(cu[0], []).append(len(vehs))
    insert(c, "veh", vehs)

    ordrs, lines = [], []
    apt_days = [_weekday(r, D(2023, 1, 3), D(2025, 6, 12)) for _ in range(164)]
    apt_days += [D(2025, 6, 13), D(2025, 6, 13), D(2025, 6, 14), D(2025, 6, 14)]
    apt_days += [_weekday(r, D(2025, 6, 16), D(2025, 7, 12)) for _ in range(12)]
    apt_days.sort()
    for o, apt in enumerate(apt_days, 1):
        cu = r.choice([cu for cu in custs if D.fromisoformat(cu[6]) <= apt])
        vid = r.choice(cust_veh[cu[0]])
        veh = vehs[vid - 1]
        apt_at = _at(apt, r.choice([8, 9, 10, 11, 13, 14, 15, 16]), r.choice([0, 30]))
        booked_at = apt_at - dt.timedelta(days=r.choice([0, 0, 1, 1, 2, 3, 5, 7, 10, 14]), hours=r.randint(1, 5),
                                          minutes=r.randrange(60))  # fmt: skip
        if booked_at.date() > LAST:
            booked_at = _at(_plus(LAST, -r.randint(0, 5)), r.randint(8, 17), r.randrange(60))
        if apt > TODAY:
            sts = "B"
        elif apt >= D(2025, 6, 13):
            sts = r.choice(["I", "W"])
        else:
            sts = r.choices(["C", "X", "N"], [86, 8, 6])[0]
        if D(2025, 6, 10) <= apt <= D(2025, 6, 12) and r.random() < 0.5:
            sts = "W"
        techs = [t[0] for t in TY_TECH if t[3] <= apt and (t[4] is None or t[4] >= apt)]
        tech = (
            r.choice(techs)
            if sts in ("C", "I", "W")
            else (r.choice(techs) if sts == "B" and r.random() < 0.5 else None)
        )
        job = r.choices(["tyres", "puncture", "exhaust", "battery", "alignment"], [55, 12, 12, 13, 8])[0]
        items: list[tuple[str, int]] = []
        if job == "tyres":
            opts = tyres_by_size.get(veh[6]) or tyres_by_size["205/55R16"]
            if apt.month in (11, 12, 1, 2) and any(p[6] == "W" for p in opts) and r.random() < 0.5:
                t = next(p for p in opts if p[6] == "W")
            else:
                t = r.choice(opts)
            if t[9] == "N" and apt >= D(2024, 9, 1):
                t = next(p for p in opts if p[9] == "Y")
            q = r.choices([1, 2, 4], [30, 50, 20])[0]
            items = [(t[1], q), ("LAB-FIT", q)]
            if r.random() < 0.4:
                items.append(("SUN-DISP", q))
            if r.random() < 0.25:
                items.append(("LAB-ALN", 1))
            if r.random() < 0.08:
                items.append(("SUN-VALVE", q))
        elif job == "puncture":
            items = [("LAB-PUN", 1)]
        elif job == "exhaust":
            part = {"Fiesta": "EXH-RS-FIE", "Corsa": "EXH-RS-COR", "Golf": "EXH-CP-GOLF", "Transit": "EXH-FP-TRN"}
            items = [(part.get(veh[4], r.choice(["EXH-CAT-UNI", "EXH-DPF-CLN"])), 1)]
            if items[0][0] != "EXH-DPF-CLN":
                items.append(("LAB-EXH", r.choice([1, 1, 2])))
        elif job == "battery":
            items = [(r.choice(["BAT-063", "BAT-075", "BAT-096"] if veh[4] not in ("Transit", "Sprinter",
                                                                                    "Defender") else ["BAT-110"]),
                      1), ("LAB-BAT", 1)]  # fmt: skip
        else:
            items = [("LAB-ALN", 1)]
        if r.random() < 0.05:
            items.append(("SUN-WIPER", 1))
        items = items[:4]
        tot = 0.0
        for sku, q in items:
            p = by_sku[sku]
            price = p[7]
            if cu[5] == "Y" and p[3] == "T":
                price = round(price * 0.9, 2)
            amt = round(price * q, 2)
            tot += amt
            lines.append((len(lines) + 1, o, p[0], q, price, amt))
        pay = None
        if sts == "C":
            pay = "ACC" if cu[5] == "Y" else r.choices(["CRD", "CSH"], [80, 20])[0]
        mlg = r.randint(8000, 14000) * max(1, 2025 - veh[5]) // 1 if sts in ("C", "I", "W") else None
        ordrs.append((o, cu[0], vid, tech, _dts(booked_at), _dts(apt_at), sts, mlg, round(tot, 2), pay))
    insert(c, "ordr", ordrs)
    insert(c, "ordln", lines)
    done(c)


# ---------------------------------------------------------------------------------------------------- treehouses
# name, max guests, bedrooms, height above ground (m), nightly price, hot tub, dogs allowed, opened, open for bookings
TH_HOUSES = [
    ("The Owl's Nest", 2, 1, 6.5, 165.0, 1, 0, 2016, 1),
    ("Chestnut Loft", 4, 2, 5.0, 185.0, 0, 1, 2016, 1),
    ("Kingfisher Perch", 2, 1, 8.0, 195.0, 1, 0, 2017, 1),
    ("Oak Crown", 6, 3, 7.5, 290.0, 1, 0, 2018, 1),
    ("The Heron", 4, 2, 4.5, 175.0, 0, 1, 2018, 1),
    ("Willow Hideaway", 2, 1, 3.5, 140.0, 0, 1, 2019, 1),
    ("Squirrel Drey", 5, 2, 6.0, 210.0, 0, 1, 2019, 0),
    ("Woodpecker Cabin", 4, 2, 5.5, 190.0, 1, 1, 2020, 1),
    ("Canopy Suite", 2, 1, 11.0, 260.0, 1, 0, 2021, 1),
    ("Badger's Lookout", 6, 3, 4.0, 240.0, 0, 1, 2022, 1),
    ("Falcon Tower", 4, 2, 12.5, 275.0, 1, 0, 2023, 1),
    ("Moonbeam", 3, 1, 7.0, 205.0, 1, 0, 2024, 1),
]
# name, price per person, hours, provider, suitable for children
TH_EXPERIENCES = [
    ("Canoe trip on the Dordogne", 32.0, 4.0, "Canoës Vallée", 1),
    ("Truffle hunting morning", 55.0, 3.0, "Domaine de la Truffe Noire", 1),
    ("Wine tasting in Bergerac", 45.0, 3.5, "Cave des Vignerons", 0),
    ("Hot-air balloon flight", 235.0, 3.0, "Montgolfières du Périgord", 0),
    ("Lascaux IV cave visit", 22.0, 2.5, "Lascaux IV", 1),
    ("Foie gras cooking class", 85.0, 3.0, "Chez Mireille", 0),
    ("Horse riding in the forest", 48.0, 2.0, "Écuries du Céou", 1),
    ("Night-time stargazing", 28.0, 2.0, "Astro Périgord", 1),
    ("Breakfast basket", 18.0, 0.5, "In-house", 1),
    ("Canopy yoga", 25.0, 1.5, "In-house", 0),
    ("Guided forest walk", 15.0, 2.0, "In-house", 1),
    ("E-bike hire (per day)", 35.0, 8.0, "Vélo Sarlat", 0),
    ("Private chef dinner", 95.0, 3.0, "In-house", 1),
    ("Zip-line adventure park", 29.0, 3.0, "Aventure Parc", 1),
]
TH_COUNTRIES = [("France", 30), ("United Kingdom", 26), ("Netherlands", 14), ("Belgium", 10), ("Germany", 8),
                ("Spain", 4), ("Switzerland", 4), ("United States", 4)]  # fmt: skip
TH_SOURCES = [("Our website", 38), ("Airbnb", 24), ("Booking.com", 22), ("Telephone", 9), ("Gîtes de France", 7)]


def build_treehouses(path: Path) -> None:
    r = random.Random(43004)
    c = fresh_db(
        path,
        """
        CREATE TABLE treehouses (
            treehouse_id INTEGER PRIMARY KEY, name_of_the_treehouse TEXT NOT NULL,
            maximum_number_of_guests INTEGER NOT NULL, number_of_bedrooms INTEGER NOT NULL,
            height_above_the_ground_in_metres REAL, nightly_price_in_euros REAL NOT NULL,
            does_it_have_a_hot_tub INTEGER NOT NULL, are_dogs_allowed INTEGER NOT NULL,
            year_it_first_opened INTEGER NOT NULL, is_it_open_for_bookings INTEGER NOT NULL);
        CREATE TABLE guests (
            guest_id INTEGER PRIMARY KEY, first_name_of_the_guest TEXT NOT NULL,
            family_name_of_the_guest TEXT NOT NULL, country_of_residence TEXT NOT NULL, email_address TEXT,
            telephone_number TEXT, date_of_first_contact TEXT NOT NULL,
            has_agreed_to_receive_newsletters INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE bookings (
            booking_id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL REFERENCES guests(guest_id),
            treehouse_id INTEGER NOT NULL REFERENCES treehouses(treehouse_id),
            date_the_booking_was_made TEXT NOT NULL, date_of_arrival TEXT NOT NULL, date_of_departure TEXT NOT NULL,
            number_of_nights INTEGER NOT NULL, number_of_adults INTEGER NOT NULL,
            number_of_children INTEGER NOT NULL DEFAULT 0, number_of_dogs INTEGER NOT NULL DEFAULT 0,
            total_price_in_euros REAL NOT NULL, amount_paid_in_euros REAL NOT NULL DEFAULT 0,
            is_the_booking_confirmed INTEGER NOT NULL DEFAULT 0, has_the_booking_been_cancelled INTEGER NOT NULL
            DEFAULT 0, date_of_cancellation TEXT, where_the_booking_came_from TEXT NOT NULL,
            special_requests_from_the_guests TEXT);
        CREATE TABLE experiences (
            experience_id INTEGER PRIMARY KEY, name_of_the_experience TEXT NOT NULL,
            price_per_person_in_euros REAL NOT NULL, length_of_the_experience_in_hours REAL,
            name_of_the_provider TEXT, is_it_suitable_for_children INTEGER NOT NULL);
        CREATE TABLE experiences_booked_for_stays (
            experience_booking_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(booking_id),
            experience_id INTEGER NOT NULL REFERENCES experiences(experience_id),
            date_of_the_experience TEXT NOT NULL, number_of_people_taking_part INTEGER NOT NULL,
            price_charged_in_euros REAL NOT NULL);
        CREATE TABLE reviews_left_by_guests (
            review_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(booking_id),
            date_the_review_was_written TEXT NOT NULL, overall_rating_out_of_five INTEGER NOT NULL,
            cleanliness_rating_out_of_five INTEGER, would_the_guests_recommend_us INTEGER NOT NULL,
            comments_from_the_guests TEXT);
        """,
    )
    insert(c, "treehouses", [(i, *h) for i, h in enumerate(TH_HOUSES, 1)])
    insert(c, "experiences", [(i, *e) for i, e in enumerate(TH_EXPERIENCES, 1)])

    # stays, treehouse by treehouse, from the first weekend of April to the end of October (hot-tub houses all year)
    raw = []
    for hid, h in enumerate(TH_HOUSES, 1):
        opened = D(h[7], 4, 1)
        for year in (2023, 2024, 2025):
            if year < h[7]:
                continue
            cur = max(D(year, 2, 10) if h[5] else D(year, 3, 28), opened)
            end = D(year, 12, 20) if h[5] else D(year, 10, 31)
            if hid == 7 and year == 2025:
                continue  # Squirrel Drey closed for rebuilding
            while True:
                cur = _plus(cur, r.choice([1, 2, 4, 6, 9, 12, 14, 18, 25, 40]))
                nights = r.choices([1, 2, 3, 4, 5, 7, 10], [6, 26, 20, 12, 10, 20, 6])[0]
                if _plus(cur, nights) > end or (year == 2025 and cur > D(2025, 10, 20)):
                    break
                if cur.month in (11, 12, 1, 2, 3) and r.random() < 0.55:
                    cur = _plus(cur, 14)
                    continue
                if cur > TODAY and r.random() < min(0.8, (cur - TODAY).days / 140):
                    cur = _plus(cur, nights)
                    continue
                raw.append((cur, hid, nights))
                cur = _plus(cur, nights)
    raw.sort()
    n_guests = 270
    names = full_names(r, n_guests)
    gw = [r.choice([1, 1, 1, 1, 1, 2, 3]) for _ in range(n_guests)]
    first_seen: dict[int, dt.date] = {}
    bookings, exps, reviews = [], [], []
    for k, (arr, hid, nights) in enumerate(raw, 1):
        h = TH_HOUSES[hid - 1]
        g = r.choices(range(1, n_guests + 1), gw)[0]
        lead = r.choices([r.randint(2, 30), r.randint(31, 120), r.randint(121, 270)], [25, 45, 30])[0]
        made = _plus(arr, -lead)
        if made > LAST:
            made = _plus(LAST, -r.randint(0, 20))
        first_seen[g] = min(first_seen.get(g, made), made)
        adults = r.randint(1, min(4, h[1])) if h[1] > 2 else 2
        adults = max(adults, 2) if h[1] >= 2 and r.random() < 0.85 else adults
        children = r.randint(0, h[1] - adults) if h[1] > adults and r.random() < 0.5 else 0
        dogs = r.choices([0, 1, 2], [55, 35, 10])[0] if h[6] else 0
        peak = 1.2 if arr.month in (7, 8) else 1.0
        total = round(h[4] * nights * peak + dogs * 15.0 * nights, 2)
        cancelled = r.random() < 0.08 and made < _plus(LAST, -2)
        cancel_dt = day_between(r, made, min(arr, LAST)) if cancelled else None
        confirmed = 0 if cancelled else 1
        if not cancelled and arr > TODAY and r.random() >= 0.85:
            confirmed = 0
        if cancelled:
            paid = round(total * 0.3, 2) if r.random() < 0.6 else 0.0
        elif arr <= TODAY:
            paid = total
        elif confirmed:
            paid = total if (arr - TODAY).days < 30 else round(total * 0.3, 2)
        else:
            paid = 0.0
        src = r.choices([s[0] for s in TH_SOURCES], [s[1] for s in TH_SOURCES])[0]
        req = r.choice(
            [None] * 6
            + [
                "Late arrival after 9pm",
                "Celebrating an anniversary",
                "Cot needed",
                "Vegetarian breakfast basket",
                "Birthday - please leave a cake",
                "Early check-in",
            ]
        )
        bookings.append((k, g, hid, _iso(made), _iso(arr), _iso(_plus(arr, nights)), nights, adults, children, dogs,
                         total, paid, confirmed, 1 if cancelled else 0, _iso(cancel_dt), src, req))  # fmt: skip
        if not cancelled and r.random() < 0.42:
            for e in r.sample(range(1, len(TH_EXPERIENCES) + 1), r.choices([1, 2, 3], [60, 30, 10])[0]):
                ex = TH_EXPERIENCES[e - 1]
                people = adults + (children if ex[4] else 0)
                if e == 4:
                    people = min(people, 2)
                when = _plus(arr, r.randrange(nights))
                exps.append((len(exps) + 1, k, e, _iso(when), people, round(ex[1] * people, 2)))
        dep = _plus(arr, nights)
        if not cancelled and dep <= LAST and r.random() < 0.62:
            base = r.choices([5, 4, 3, 2, 1], [55, 30, 9, 4, 2])[0]
            if hid == 6 and r.random() < 0.5:
                base = max(2, base - 2)
            wrote = _plus(dep, r.randint(1, 25))
            if wrote > LAST:
                wrote = LAST
            comment = {
                5: ["Magical stay", "The kids loved it", "Best holiday in years", "Waking up in the trees!"],
                4: ["Lovely, a bit far from the car", "Great but the ladder is steep", "Very peaceful"],
                3: ["Nice but chilly at night", "Mosquitoes!", "Hot tub not hot enough"],
                2: ["Damp bedding", "Too noisy from the road"],
                1: ["Leak in the roof, not refunded"],
            }[base]
            reviews.append((len(reviews) + 1, k, _iso(wrote), base, max(1, min(5, base + r.choice([-1, 0, 0, 1]))),
                            1 if base >= 4 else 0, r.choice([*comment, None])))  # fmt: skip
    guests = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        country = r.choices([x[0] for x in TH_COUNTRIES], [x[1] for x in TH_COUNTRIES])[0]
        first = first_seen.get(i) or day_between(r, D(2022, 6, 1), D(2025, 6, 1))
        first = _plus(first, -r.choice([0, 0, 0, 2, 10, 40]))
        guests.append((i, f, s, country, None if r.random() < 0.05 else f"{f.lower()}{s[0].lower()}@mail.example",
                       None if r.random() < 0.3 else f"+{r.randint(31, 49)} {r.randint(100000000, 999999999)}",
                       _iso(first), 1 if r.random() < 0.35 else 0))  # fmt: skip
    insert(c, "guests", guests)
    insert(c, "bookings", bookings)
    insert(c, "experiences_booked_for_stays", exps)
    insert(c, "reviews_left_by_guests", reviews)
    done(c)


# ---------------------------------------------------------------------------------------------------- tablereserve
# name, city, plan, signed up, deleted (churned)
TR_TENANTS = [
    ("Trattoria Nonna", "Leeds", "pro", dt.datetime(2022, 9, 14, 11, 2, 51), None),
    ("The Brass Anchor", "Whitby", "starter", dt.datetime(2023, 2, 6, 16, 40, 9), None),
    ("Saffron Lane", "Leicester", "pro", dt.datetime(2022, 11, 30, 9, 12, 33), None),
    ("Bistro Lumiere", "Bath", "enterprise", dt.datetime(2023, 4, 18, 14, 5, 0), None),
    ("Hanami Ramen", "Manchester", "starter", dt.datetime(2024, 1, 22, 10, 31, 45), None),
    ("Ember & Oak", "Bristol", "pro", dt.datetime(2023, 3, 3, 8, 55, 12), dt.datetime(2024, 11, 30, 23, 59, 0)),
]
TR_AREAS = {
    "Trattoria Nonna": [("main room", 8, [2, 2, 4, 4, 4, 6, 6, 8]), ("terrace", 4, [2, 2, 4, 4])],
    "The Brass Anchor": [("bar", 4, [2, 2, 4, 4]), ("dining room", 6, [2, 4, 4, 6, 6, 8])],
    "Saffron Lane": [("main room", 9, [2, 2, 2, 4, 4, 4, 6, 6, 10]), ("private room", 1, [16])],
    "Bistro Lumiere": [("main room", 7, [2, 2, 2, 4, 4, 4, 6]), ("terrace", 3, [2, 2, 4]), ("chef's counter", 1, [6])],
    "Hanami Ramen": [("counter", 2, [6, 6]), ("booths", 5, [2, 4, 4, 4, 6])],
    "Ember & Oak": [("main room", 8, [2, 2, 4, 4, 4, 6, 6, 8])],
}
TR_TAGS = ["birthday", "anniversary", "window seat", "high chair", "wheelchair access", "allergy", "business",
           "regular", "proposal", "dog"]  # fmt: skip


def build_tablereserve(path: Path) -> None:
    r = random.Random(43005)

    def uid() -> str:
        return str(uuid.UUID(int=r.getrandbits(128), version=4))

    def ts(t: dt.datetime | None) -> str | None:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randrange(1000):03d}Z" if t else None

    c = fresh_db(
        path,
        """
        CREATE TABLE tenants (
            tenant_id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT, plan TEXT NOT NULL,
            created_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE staff_users (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(tenant_id), full_name TEXT NOT NULL,
            email TEXT NOT NULL, role TEXT NOT NULL, manager_id TEXT REFERENCES staff_users(id),
            created_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE dining_tables (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(tenant_id), label TEXT NOT NULL,
            area TEXT NOT NULL, seats INTEGER NOT NULL, created_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE guests (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(tenant_id), full_name TEXT NOT NULL,
            email TEXT, phone TEXT, is_vip INTEGER NOT NULL DEFAULT 0, dietary_notes TEXT,
            marketing_consent INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE reservations (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(tenant_id),
            guest_id TEXT NOT NULL REFERENCES guests(id), dining_table_id TEXT REFERENCES dining_tables(id),
            created_by TEXT REFERENCES staff_users(id), party_size INTEGER NOT NULL, starts_at TEXT NOT NULL,
            status TEXT NOT NULL, source TEXT NOT NULL, deposit_amount REAL NOT NULL DEFAULT 0, notes TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE tags (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(tenant_id), name TEXT NOT NULL,
            colour TEXT, created_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE reservation_tags (
            id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(tenant_id),
            reservation_id TEXT NOT NULL REFERENCES reservations(id), tag_id TEXT NOT NULL REFERENCES tags(id),
            created_at TEXT NOT NULL, deleted_at TEXT);
        """,
    )
    tenants = []
    for nm, city, plan, created, deleted in TR_TENANTS:
        tenants.append((uid(), nm, city, plan, ts(created), ts(deleted)))
    insert(c, "tenants", tenants)
    users, tables, guests, resv, tags, rtags = [], [], [], [], [], []
    name_pool = full_names(r, 420)
    for tid, tname, _city, _plan, tcreated, tdeleted in tenants:
        t0 = dt.datetime.fromisoformat(tcreated[:19])
        tend = dt.datetime.fromisoformat(tdeleted[:19]) if tdeleted else dt.datetime(2025, 6, 14, 23, 0)
        # staff: an owner, one or two managers, hosts and servers
        owner_name = name_pool.pop()
        owner = (uid(), tid, owner_name, owner_name.lower().replace(" ", ".") + "@" + tname.lower().replace(" ", "")
                 .replace("&", "and") + ".example", "owner", None, ts(t0), None)  # fmt: skip
        users.append(owner)
        mgrs = []
        for _ in range(2 if tname in ("Trattoria Nonna", "Bistro Lumiere", "Saffron Lane") else 1):
            nm = name_pool.pop()
            m = (uid(), tid, nm, nm.lower().replace(" ", ".") + "@" + tname.lower().replace(" ", "")
                 .replace("&", "and") + ".example", "manager", owner[0],
                 ts(t0 + dt.timedelta(days=r.randint(0, 60))), None)  # fmt: skip
            users.append(m)
            mgrs.append(m)
        for _ in range(r.randint(4, 7)):
            nm = name_pool.pop()
            created = t0 + dt.timedelta(days=r.randint(5, 500))
            deleted = None
            if r.random() < 0.25:
                deleted = created + dt.timedelta(days=r.randint(60, 400))
                if deleted > tend:
                    deleted = None
            if tdeleted:
                deleted = tend
            users.append((uid(), tid, nm, nm.lower().replace(" ", ".") + "@" + tname.lower().replace(" ", "")
                          .replace("&", "and") + ".example", r.choice(["host", "host", "server"]),
                          r.choice(mgrs)[0], ts(created), ts(deleted)))  # fmt: skip
        if tdeleted:
            users = [(*u[:7], ts(tend)) if u[1] == tid else u for u in users]
        t_users = [u for u in users if u[1] == tid]
        # dining tables
        t_tables = []
        n = 0
        for area, count, seats in TR_AREAS[tname]:
            for k in range(count):
                n += 1
                deleted = ts(tend) if tdeleted else None
                tables.append((uid(), tid, f"T{n}" if area != "private room" else "PR1", area, seats[k],
                               ts(t0 + dt.timedelta(hours=2)), deleted))  # fmt: skip
                t_tables.append(tables[-1])
        if tname == "Trattoria Nonna":  # two terrace tables were removed and one larger one added
            for tb in t_tables[8:10]:
                i = tables.index(tb)
                tables[i] = (*tb[:6], ts(dt.datetime(2024, 10, 1, 9, 0)))
            tables.append((uid(), tid, "T13", "terrace", 6, ts(dt.datetime(2025, 3, 20, 10, 0)), None))
            t_tables = [t for t in tables if t[1] == tid]
        # tags
        t_tags = []
        for tg in r.sample(TR_TAGS, r.randint(5, 8)):
            tags.append((uid(), tid, tg, r.choice(["red", "blue", "green", "amber", "purple"]),
                         ts(t0 + dt.timedelta(days=1)), None))  # fmt: skip
            t_tags.append(tags[-1])
        if tname == "Saffron Lane":
            tags.append((uid(), tid, "curry club", "amber", ts(dt.datetime(2023, 2, 1, 12)),
                         ts(dt.datetime(2024, 6, 30, 12))))  # fmt: skip
            t_tags.append(tags[-1])
        # guests
        n_g = {"Trattoria Nonna": 70, "The Brass Anchor": 45, "Saffron Lane": 65, "Bistro Lumiere": 60,
               "Hanami Ramen": 40, "Ember & Oak": 30}[tname]  # fmt: skip
        t_guests = []
        for _ in range(n_g):
            nm = name_pool.pop() if name_pool else f"Guest {len(guests)}"
            created = t0 + dt.timedelta(days=r.randint(1, max(2, (tend - t0).days - 20)), hours=r.randint(0, 12))
            deleted = None
            if r.random() < 0.08:
                deleted = created + dt.timedelta(days=r.randint(30, 300))
                if deleted > tend:
                    deleted = None
            if tdeleted:
                deleted = tend
            guests.append((uid(), tid, nm, None if r.random() < 0.2 else nm.lower().replace(" ", "_") + "@mail.example",
                           f"07{r.randint(100, 999)} {r.randint(100000, 999999)}", 1 if r.random() < 0.1 else 0,
                           r.choice([None] * 7 + ["vegetarian", "vegan", "gluten free", "nut allergy", "shellfish allergy"]),
                           1 if r.random() < 0.45 else 0, ts(created), ts(deleted)))  # fmt: skip
            t_guests.append(guests[-1])
        # reservations
        n_r = {"Trattoria Nonna": 85, "The Brass Anchor": 55, "Saffron Lane": 75, "Bistro Lumiere": 80,
               "Hanami Ramen": 50, "Ember & Oak": 30}[tname]  # fmt: skip
        for _ in range(n_r):
            g = r.choice(t_guests)
            g_created = dt.datetime.fromisoformat(g[8][:19])
            lo = max(g_created, dt.datetime(2023, 1, 1))
            hi = tend + (dt.timedelta(days=75) if not tdeleted else dt.timedelta(0))
            if g[9] and not tdeleted:
                hi = min(hi, dt.datetime.fromisoformat(g[9][:19]) - dt.timedelta(days=1))
            if lo >= hi:
                continue
            day = day_between(r, lo.date(), hi.date())
            if day > TODAY and r.random() < 0.4:
                day = day_between(r, lo.date(), TODAY)
            start = _at(day, r.choice([12, 13, 18, 19, 19, 20, 20, 21]), r.choice([0, 15, 30, 45]))
            created = start - dt.timedelta(days=r.choice([0, 1, 2, 3, 5, 7, 14, 21, 30]), hours=r.randint(1, 9))
            if created < g_created:
                created = g_created + dt.timedelta(minutes=5)
            if start.date() > LAST:
                status = "cancelled" if r.random() < 0.08 else "booked"
            elif start.date() == LAST and r.random() < 0.5:
                status = "seated"
            else:
                status = r.choices(["completed", "cancelled", "no_show"], [82, 11, 7])[0]
            party = r.choices([1, 2, 3, 4, 5, 6, 8], [4, 40, 12, 22, 6, 10, 6])[0]
            fits = [tb for tb in t_tables if tb[4] >= party and (tb[6] is None or tb[6][:10] > start.date().isoformat())
                    and tb[5][:10] <= start.date().isoformat()]  # fmt: skip
            table = min(fits, key=lambda tb: (tb[4], r.random()))[0] if fits and status != "cancelled" else None
            if party >= 10 and tname == "Saffron Lane":
                table = next(tb[0] for tb in t_tables if tb[3] == "private room")
            src = r.choices(["website", "phone", "walk_in", "google", "instagram"], [45, 25, 10, 15, 5])[0]
            if src == "walk_in":
                created = start - dt.timedelta(minutes=r.randint(0, 10))
                status = (
                    "completed" if status in ("booked", "cancelled", "no_show") and start.date() <= LAST else status
                )
                if start.date() > LAST:
                    src = "website"
            on_duty = [
                u
                for u in t_users
                if u[4] != "owner"
                and u[6][:19] <= created.isoformat()
                and (u[7] is None or u[7][:19] > created.isoformat() or tdeleted)
            ] or t_users
            by = None if src in ("website", "google", "instagram") else r.choice(on_duty)[0]
            deposit = 10.0 * party if (tname == "Bistro Lumiere" and party >= 6) or (party >= 8) else 0.0
            deleted = None
            if r.random() < 0.04:
                deleted = created + dt.timedelta(minutes=r.randint(2, 300))
            if tdeleted:
                deleted = tend
            upd = created if status == "booked" else start + dt.timedelta(hours=2)
            if status == "cancelled":
                upd = created + (start - created) * r.random()
            note = r.choice([None] * 6 + ["running late", "celebration", "quiet table please", "buggy", "pre-theatre"])
            resv.append([uid(), tid, g[0], table, by, party, start.strftime("%Y-%m-%d %H:%M:%S"), status, src,
                         deposit, note, ts(created), ts(max(upd, created)), ts(deleted)])  # fmt: skip
            for tg in r.sample(t_tags, r.choices([0, 1, 2], [45, 45, 10])[0]):
                if tg[5] is not None and tg[5][:10] < created.date().isoformat():
                    continue
                rtags.append((uid(), tid, resv[-1][0], tg[0], ts(created), ts(deleted)))
    resv.sort(key=lambda x: x[6])
    insert(c, "staff_users", [u for u in users if u[5] is None])
    insert(c, "staff_users", [u for u in users if u[5] is not None])
    insert(c, "dining_tables", tables)
    insert(c, "guests", guests)
    insert(c, "reservations", resv)
    insert(c, "tags", tags)
    insert(c, "reservation_tags", rtags)
    done(c)


# ---------------------------------------------------------------------------------------------------- milkround
# id, name, hired, left, mentor, hourly rate in pence
MR_DRIVERS = [
    (1, "Jim Hollins", D(1998, 5, 4), None, None, 1650),
    (2, "Carol Whiteside", D(2012, 3, 12), None, 1, 1420),
    (3, "Dave Pickup", D(2016, 9, 5), D(2024, 2, 23), 1, 1350),
    (4, "Asif Mahmood", D(2019, 1, 14), None, 2, 1310),
    (5, "Kerry Ainsworth", D(2021, 6, 7), None, 2, 1275),
    (6, "Ben Threlfall", D(2023, 9, 18), None, 4, 1220),
    (7, "Lucy Cottam", D(2024, 2, 12), None, 2, 1220),
    (8, "Nathan Parkinson", D(2022, 4, 25), D(2023, 8, 11), 4, 1200),
    (9, "Sam Rigby", D(2025, 3, 3), None, 5, 1200),
]
# id, name, area, length in metres, planned seconds, usual driver, start time, started on
MR_ROUNDS = [
    (1, "Garstang Town", "Garstang", 18400, 9900, 2, "04:30", D(2005, 1, 1)),
    (2, "Bilsborrow & Barton", "Bilsborrow", 31700, 11700, 4, "04:15", D(2010, 1, 1)),
    (3, "Longridge", "Longridge", 26900, 12600, 5, "04:00", D(2014, 1, 1)),
    (4, "Forton & Cabus", "Forton", 22300, 9000, 7, "04:45", D(2024, 5, 6)),
]
# name, category, weight g, price p, shelf life in days, glass, organic, discontinued
MR_PRODUCTS = [
    ("Whole milk 1 pint (glass)", "milk", 568 + 380, 105, 5, 1, 0, 0),
    ("Semi-skimmed 1 pint (glass)", "milk", 568 + 380, 105, 5, 1, 0, 0),
    ("Skimmed 1 pint (glass)", "milk", 568 + 380, 105, 5, 1, 0, 0),
    ("Organic whole 1 pint (glass)", "milk", 568 + 380, 135, 5, 1, 1, 0),
    ("Whole milk 2 litre", "milk", 2070, 210, 7, 0, 0, 0),
    ("Semi-skimmed 2 litre", "milk", 2070, 205, 7, 0, 0, 0),
    ("Skimmed 2 litre", "milk", 2070, 205, 7, 0, 0, 1),
    ("Oat drink 1 litre", "plant milk", 1040, 185, 60, 0, 0, 0),
    ("Single cream 300ml", "cream", 310, 145, 8, 0, 0, 0),
    ("Double cream 300ml", "cream", 305, 165, 8, 0, 0, 0),
    ("Clotted cream 227g", "cream", 240, 275, 10, 0, 0, 0),
    ("Salted butter 250g", "butter", 250, 295, 60, 0, 0, 0),
    ("Unsalted butter 250g", "butter", 250, 295, 60, 0, 0, 0),
    ("Free-range eggs (6)", "eggs", 390, 230, 28, 0, 0, 0),
    ("Free-range eggs (12)", "eggs", 780, 420, 28, 0, 0, 0),
    ("Duck eggs (4)", "eggs", 340, 320, 28, 0, 0, 1),
    ("Orange juice 1 litre (glass)", "juice", 1000 + 520, 275, 14, 1, 0, 0),
    ("Apple juice 1 litre (glass)", "juice", 1000 + 520, 265, 14, 1, 0, 0),
    ("Natural yoghurt 500g", "yoghurt", 515, 190, 14, 0, 0, 0),
    ("Strawberry yoghurt 4 x 125g", "yoghurt", 520, 240, 14, 0, 0, 0),
    ("Lancashire cheese (crumbly) 400g", "cheese", 400, 520, 40, 0, 0, 0),
    ("Lancashire cheese (tasty) 400g", "cheese", 400, 560, 60, 0, 0, 0),
    ("Farmhouse white loaf 800g", "bread", 800, 260, 4, 0, 0, 0),
    ("Wholemeal loaf 800g", "bread", 800, 270, 4, 0, 0, 0),
    ("Potatoes 2.5kg", "veg", 2500, 295, 21, 0, 0, 0),
    ("Dog biscuits 1kg", "sundries", 1000, 450, 365, 0, 0, 0),
    ("Bottled water 6 x 500ml", "sundries", 3120, 320, 365, 0, 0, 1),
    ("Thick Greek yoghurt 1kg", "yoghurt", 1020, 395, 14, 0, 1, 0),
    ("Organic double cream 300ml", "cream", 305, 195, 8, 0, 1, 0),
    ("Buttermilk 284ml", "cream", 290, 130, 10, 0, 0, 0),
    ("Honey 340g jar", "sundries", 340 + 210, 495, 730, 1, 0, 0),
    ("Strawberry jam 340g jar", "sundries", 340 + 210, 345, 365, 1, 0, 0),
]
MR_STREETS = {
    1: ["High Street", "Park Hill Road", "Croston Road", "Kepple Lane", "Bonds Lane", "Windsor Road"],
    2: ["Garstang Road", "St Mary's Close", "Station Lane", "Jepps Lane", "Church Lane"],
    3: ["Berry Lane", "Derby Road", "Preston Road", "Inglewhite Road", "Kestor Lane", "Chapel Hill"],
    4: ["Hollins Lane", "School Lane", "Cabus Nook Lane", "Lancaster Road"],
}
MR_DAYS = ["Daily", "Mon,Wed,Fri", "Tue,Thu,Sat", "Mon,Thu", "Sat", "Wed,Sat", "Fri"]


def build_milkround(path: Path) -> None:
    r = random.Random(43006)
    c = fresh_db(
        path,
        """
        CREATE TABLE drivers (
            driver_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, hired_on TEXT NOT NULL, left_on TEXT,
            mentor_driver_id INTEGER REFERENCES drivers(driver_id), hourly_rate_pence INTEGER NOT NULL);
        CREATE TABLE rounds (
            round_id INTEGER PRIMARY KEY, name TEXT NOT NULL, area TEXT NOT NULL, route_length_metres INTEGER NOT NULL,
            planned_duration_secs INTEGER NOT NULL, usual_driver_id INTEGER REFERENCES drivers(driver_id),
            start_time TEXT NOT NULL, started_on TEXT NOT NULL);
        CREATE TABLE products (
            product_id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,
            weight_grams INTEGER NOT NULL, price_pence INTEGER NOT NULL, shelf_life_secs INTEGER NOT NULL,
            glass_bottle INTEGER NOT NULL DEFAULT 0, organic INTEGER NOT NULL DEFAULT 0,
            discontinued INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE customers (
            customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, street_address TEXT NOT NULL,
            round_id INTEGER NOT NULL REFERENCES rounds(round_id), drop_sequence INTEGER, walk_from_van_metres
            INTEGER, joined_on TEXT NOT NULL, left_on TEXT, delivery_note TEXT);
        CREATE TABLE standing_orders (
            standing_order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
            product_id INTEGER NOT NULL REFERENCES products(product_id), quantity INTEGER NOT NULL,
            delivery_days TEXT NOT NULL, started_on TEXT NOT NULL, ended_on TEXT);
        CREATE TABLE weekly_round_logs (
            log_id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES rounds(round_id),
            driver_id INTEGER NOT NULL REFERENCES drivers(driver_id), week_starting TEXT NOT NULL,
            driving_secs INTEGER NOT NULL, distance_metres INTEGER NOT NULL, drops_made INTEGER NOT NULL,
            load_grams INTEGER NOT NULL, fuel_pence INTEGER);
        CREATE TABLE delivery_issues (
            issue_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
            product_id INTEGER REFERENCES products(product_id), driver_id INTEGER REFERENCES drivers(driver_id),
            reported_on TEXT NOT NULL, issue_type TEXT NOT NULL, refund_pence INTEGER NOT NULL DEFAULT 0,
            response_secs INTEGER, resolved_on TEXT);
        """,
    )
    insert(c, "drivers", [(i, nm, _iso(h), _iso(lft), m, rate) for i, nm, h, lft, m, rate in MR_DRIVERS])
    insert(c, "rounds", [(*x[:7], _iso(x[7])) for x in MR_ROUNDS])
    insert(c, "products", [(i, nm, cat, g, p, days * 86400, gl, org, disc)
                           for i, (nm, cat, g, p, days, gl, org, disc) in enumerate(MR_PRODUCTS, 1)])  # fmt: skip
    n_cust = 168
    names = full_names(r, n_cust)
    custs = []
    for i, nm in enumerate(names, 1):
        rid = r.choices([1, 2, 3, 4], [40, 25, 30, 15])[0]
        joined = day_between(r, D(2012, 1, 1), D(2022, 12, 31)) if r.random() < 0.6 else day_between(
            r, D(2023, 1, 1), D(2025, 6, 9))  # fmt: skip
        if rid == 4 and joined < MR_ROUNDS[3][7]:
            joined = day_between(r, MR_ROUNDS[3][7], D(2025, 6, 9))
        left = day_between(r, max(joined, D(2023, 1, 1)), D(2025, 6, 10)) if r.random() < 0.14 else None
        if left and (left - joined).days < 40:
            left = None
        note = r.choice([None] * 5 + ["Leave in cool box by back door", "Beware of dog", "Behind the gate",
                                      "Porch - do not leave on step", "Ring bell on Saturdays"])  # fmt: skip
        custs.append((i, nm, f"{r.randint(1, 120)} {r.choice(MR_STREETS[rid])}", rid, None,
                      r.choice([5, 8, 10, 15, 20, 25, 30, 40, 60, 85, 120]), _iso(joined), _iso(left), note))  # fmt: skip
    # drop sequence within each round, for customers still on the books
    for rid in (1, 2, 3, 4):
        seq = [cu for cu in custs if cu[3] == rid and cu[7] is None]
        r.shuffle(seq)
        for k, cu in enumerate(seq, 1):
            custs[cu[0] - 1] = (*cu[:4], k, *cu[5:])
    insert(c, "customers", custs)

    sos = []
    milk = [i for i, p in enumerate(MR_PRODUCTS, 1) if p[1] == "milk"]
    other = [i for i, p in enumerate(MR_PRODUCTS, 1) if p[1] != "milk"]
    for cu in custs:
        joined = D.fromisoformat(cu[6])
        left = D.fromisoformat(cu[7]) if cu[7] else None
        chosen = [r.choice(milk), *r.sample(other, r.choices([0, 1, 2, 3], [45, 30, 18, 7])[0])]
        for pid in chosen:
            p = MR_PRODUCTS[pid - 1]
            st = joined if r.random() < 0.7 or left else day_between(r, joined, D(2025, 6, 1))
            end = left
            if p[7] and end is None:
                end = D(2024, r.randint(1, 12), 1)
                if end <= st:
                    st = _plus(end, -r.randint(60, 400))
            elif end is None and r.random() < 0.1:
                end = day_between(r, st, D(2025, 6, 10))
            qty = r.choices([1, 2, 3, 4], [45, 35, 12, 8])[0] if p[1] == "milk" else 1
            sos.append((len(sos) + 1, cu[0], pid, qty, r.choice(MR_DAYS), _iso(st), _iso(end)))
    insert(c, "standing_orders", sos)

    logs = []
    week = D(2023, 5, 1)
    while week <= D(2025, 6, 9):
        for rid, _nm, _area, length, planned, usual, _st, started in MR_ROUNDS:
            if week < started:
                continue
            drv = usual
            if rid == 2 and week < D(2024, 2, 26):
                drv = 3
            if rid == 4 and week < D(2024, 5, 6):
                continue
            if r.random() < 0.12 or (rid == 1 and D(2024, 7, 22) <= week <= D(2024, 8, 5)):
                avail = [d[0] for d in MR_DRIVERS if d[2] <= week and (d[3] is None or d[3] >= week) and d[0] != drv]
                drv = r.choice(avail)
            days = 6
            winter = 1.12 if week.month in (12, 1, 2) else 1.0
            secs = int(planned * days * winter * r.uniform(0.92, 1.15))
            if rid == 4 and drv == 6:
                secs = int(secs * 1.1)
            dist = int(length * days * r.uniform(0.98, 1.06))
            drops = sum(1 for cu in custs if cu[3] == rid and D.fromisoformat(cu[6]) <= week and
                        (cu[7] is None or D.fromisoformat(cu[7]) > week)) * r.randint(3, 4)  # fmt: skip
            load = drops * r.randint(2100, 2900)
            fuel = int(dist / 1000 * r.uniform(21, 26)) if week >= D(2023, 9, 4) else None
            logs.append((len(logs) + 1, rid, drv, _iso(week), secs, dist, drops, load, fuel))
        week = _plus(week, 7)
    insert(c, "weekly_round_logs", logs)

    issues = []
    for _ in range(150):
        cu = r.choice(custs)
        joined = D.fromisoformat(cu[6])
        lo = max(joined, D(2023, 1, 2))
        hi = D.fromisoformat(cu[7]) if cu[7] else LAST
        if lo >= hi:
            continue
        d = day_between(r, lo, hi)
        kind = r.choices(["missed delivery", "wrong product", "broken bottle", "late delivery", "short delivery",
                          "bottle not collected"], [30, 18, 14, 20, 12, 6])[0]  # fmt: skip
        cu_sos = [s for s in sos if s[1] == cu[0]]
        prod = r.choice(cu_sos)[2] if cu_sos and kind in ("missed delivery", "wrong product", "short delivery",
                                                         "broken bottle") else None  # fmt: skip
        if kind == "broken bottle":
            glass = [s[2] for s in cu_sos if MR_PRODUCTS[s[2] - 1][5]]
            prod = glass[0] if glass else 1
        refund = MR_PRODUCTS[prod - 1][3] * r.choice([1, 1, 2]) if prod and kind != "late delivery" else 0
        usual = MR_ROUNDS[cu[3] - 1][5]
        drv = usual if usual is not None and r.random() < 0.85 else None
        if drv and not (
            MR_DRIVERS[drv - 1][2] <= d and (MR_DRIVERS[drv - 1][3] is None or MR_DRIVERS[drv - 1][3] >= d)
        ):
            drv = None
        resp = r.randint(300, 60 * 60 * 30) if r.random() < 0.92 else None
        resolved = (
            None
            if (d >= D(2025, 6, 5) and r.random() < 0.7) or resp is None
            else _plus(d, r.choice([0, 0, 1, 1, 2, 4]))
        )
        if resolved and resolved > LAST:
            resolved = None
        issues.append((d, cu[0], prod, drv, kind, refund, resp, resolved))
    issues.sort(key=lambda x: (x[0], x[1]))
    insert(c, "delivery_issues", [(i, cu, p, drv, _iso(d), k, ref, resp, _iso(res))
                                  for i, (d, cu, p, drv, k, ref, resp, res) in enumerate(issues, 1)])  # fmt: skip
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "clockrepair": build_clockrepair,
    "beachhuts": build_beachhuts,
    "tyreshop": build_tyreshop,
    "treehouses": build_treehouses,
    "tablereserve": build_tablereserve,
    "milkround": build_milkround,
}
