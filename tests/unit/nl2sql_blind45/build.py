"""Six small manufacturing, logistics, maintenance and professional-service databases for the forty-fifth blind
English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``cabinetmaker`` (TPC-H style: every column carries a one- or two-letter table prefix - ``c_``, ``m_``, ``s_``,
  ``p_``, ``ps_``, ``o_``, ``l_`` - and keys are named ``*key``; self-referencing ``maker.m_mentorkey``): a bespoke
  furniture workshop near Harrogate. ``customer`` (segment PRIVATE, TRADE for interior designers, HOSPITALITY or
  INSTITUTION; town; ``c_since``), ``maker`` (grade MASTER, JOURNEYMAN or APPRENTICE, the maker who mentors them,
  hire date, ``m_leftdate`` NULL while employed, day rate), ``supplier`` (timber merchants), ``part`` (the
  catalogue of pieces such as "Walnut Sideboard": ``p_type`` TABLE, CHAIR, BOOKCASE, CABINET, DESK, BED, DRESSER or
  BENCH, ``p_wood`` OAK, ASH, CHERRY, WALNUT, ELM or MAPLE, retail price, lead time in weeks), the link table
  ``partsupp`` (which supplier can provide the timber for which piece, supply cost), ``orders`` (customer, lead
  maker, ``o_orderstatus`` 'O' nothing delivered yet, 'P' partly delivered, 'F' fully delivered; total price after
  discounts; order date; channel SHOWROOM, WEBSITE, REFERRAL or TRADE FAIR) and ``lineitem`` (quantity, extended
  price = quantity x retail price, discount as a fraction, ``l_returnflag`` 'N' not yet delivered, 'A' delivered
  and accepted, 'R' returned by the customer, ``l_linestatus`` 'O' open or 'F' delivered, commit, ship and receipt
  dates - ship dates after today are planned and the receipt date is NULL - ship mode VAN, COURIER or COLLECTED,
  finish OILED, WAXED, LACQUERED or PAINTED).
- ``samplecourier`` (a data vault: hubs hold a hash key - the MD5 of the upper-cased business key - with the
  business key and the first load date, satellites hold every version of the descriptive attributes keyed by hash
  key and ``load_date`` - the row with the latest ``load_date`` is the current one - and links join hubs): a
  courier depot in West Yorkshire carrying medical samples. ``hub_customer`` (business key CL-0001...) with
  ``sat_customer_details`` (name, which changes when a surgery merges or a care home is renamed; type GP surgery,
  hospital lab, care home, private clinic or veterinary practice; town; postcode; ``account_status`` active,
  suspended or closed), ``hub_driver`` (DRV01...) with ``sat_driver_details`` (name, ``vehicle_type`` van, car or
  motorbike, ``employment_status`` employed or left), ``hub_order`` (job number SJ-YYNNNN; ``load_date`` is when
  the job was booked) with ``sat_order_details`` (one version when booked, one if amended, one when delivered or
  cancelled: ``order_status`` booked, collected, delivered or cancelled; ``priority`` routine, urgent or STAT;
  ``temperature_class`` ambient, chilled or frozen; sample count; collection due date; collected and delivered
  timestamps; ``charge_gbp``), ``lnk_customer_order`` (who booked each job) and ``lnk_order_driver`` (who collected
  it, loaded at collection time). Five jobs booked for next week are still waiting to be collected.
- ``boilercare`` (long-format measurements: ``readings`` holds one row per asset, metric and time - ``metric`` is
  'pressure_bar', 'temp_c' (flow temperature), 'co_ppm' (flue carbon monoxide) or 'runtime_h' (hour meter, read
  from 2024) - with ``value`` REAL and ``taken_at``; self-referencing ``engineers.supervisor_id``): a commercial
  boiler servicing firm in South Yorkshire and Chesterfield. ``sites`` (schools, offices, care homes, leisure
  centres and housing blocks; contract full cover or service only), ``engineers`` (operations manager, lead
  engineers, senior engineers, engineers and apprentices; Gas Safe number; ``left_on`` NULL while employed),
  ``assets`` (tag such as BLR-112, WH-103 or HP-101; type boiler, water heater or heat pump; make, model, fuel gas,
  oil or electric, rated kW, installed and ``decommissioned_on`` NULL while in service - four old boilers were
  replaced by heat pumps), ``visits`` (annual service, breakdown, repair or inspection; status completed,
  scheduled - for future dates - or cancelled; outcome pass, advisory or fail for services and inspections, fixed
  or follow-up needed for breakdowns, fixed for repairs; labour hours; charge including parts), ``readings`` (taken
  at completed services and breakdowns) and the link table ``visit_parts`` (parts fitted at a visit, quantity)
  with ``parts`` (part number, name, unit price).
- ``architects`` (multi-currency money: fees, invoices and expenses carry ``currency_code`` 'GBP', 'EUR' or 'USD',
  and ``fx_rates`` gives ``rate_to_gbp`` - pounds per unit - for the first day of each month from January 2023 to
  June 2025, GBP at 1.0; self-referencing ``staff.reports_to``): an architects' practice in Leeds with clients in
  the UK, Ireland, France, the Netherlands, Germany and the United States. ``clients`` (type developer, public body,
  charity or private; country, city, billing currency), ``staff`` (role Partner, Associate, Architect, Part II
  Assistant or Technologist; joined, ``left_on`` NULL while employed; hourly rate in pounds), ``projects`` (code
  AR-YY-NNN, name such as "Holbeck Student Housing", client, lead, stage brief, concept, planning, technical
  design, on site, on hold or completed, fee and its currency, start and completion dates), the link table
  ``project_staff`` (budgeted hours), ``invoices`` (number INV-YYYY-NNNN, issued, due 30 days later, amount and
  currency, ``paid_on`` NULL while unpaid) and ``expenses`` (travel, printing, model making, surveys, planning fees
  or hospitality; amount and currency).
- ``liftservice`` (SQL Server house style: PascalCase tables and columns, ``...Id`` keys, ``IsActive`` and
  ``IsDeleted`` bit columns - rows with ``IsDeleted = 1`` were keyed by mistake and are not real - ``CreatedOn`` and
  ``ModifiedOn`` datetimes and a ``RowVersion`` binary on every table; self-referencing
  ``Technician.SupervisorId``): a lift maintenance contractor across northern England. ``Customer`` (housing
  associations, hotels, property managers...; account manager; ``IsActive = 0`` once the contract ended),
  ``Building`` (address, city, postcode), ``Lift`` (serial number, manufacturer, ``LiftType`` Passenger, Goods,
  Platform or Dumbwaiter, floors served, capacity in kg, installed date, ``IsActive``), ``Technician`` (first and
  last name, grade Service Manager, Supervisor, Senior Engineer, Engineer or Apprentice, supervisor, hire date,
  ``IsActive = 0`` once they left), ``Part`` (part number, name, unit price), ``WorkOrder`` (number WO-YYNNNN,
  lift, technician, ``WorkOrderType`` Planned Maintenance, Breakdown, Entrapment, LOLER Inspection, Repair or
  Modernisation, priority Low, Normal, High or Critical, ``Status`` Open, Completed or Cancelled, ``CreatedOn`` when
  raised, ``ScheduledFor``, ``CompletedOn``) and ``WorkOrderLine`` (``LineType`` Labour - quantity in hours - or
  Part, unit price, ``LineTotal``).
- ``hotellinen`` (legacy fixed-width-era names: upper case, at most eight characters, no separators; status codes
  explained by the code table ``STATTBL``; self-referencing ``CUSTMAST.PARENTNO``, the hotel group an hotel
  belongs to): a commercial laundry washing bed, bath and table linen and uniforms for hotels in North Yorkshire.
  ``STATTBL`` (``STATCODE``, ``STATDESC``, ``STATTYPE`` CUST or INV: customer codes AC active account, OH on hold -
  credit stop, CL closed account; invoice codes OP open - awaiting payment, PP part paid, PD paid in full, DS
  disputed, WO written off), ``ROUTEMST`` (van routes with name, driver, van registration and delivery day),
  ``ITEMMAST`` (item number, description such as BATH TOWEL or PILLOWCASE, category BED, BATH, TABL or UNIF, price
  per piece), ``CUSTMAST`` (five hotel group head offices with no rooms or route, and the hotels: town, rooms,
  route, group, date opened, credit limit, status), ``COLLHDR`` (a collection docket: hotel, route, date, bags,
  weight in kg), ``COLLDTL`` (items on a docket: quantity and pieces rejected as stained or torn) and ``INVHDR``
  (one invoice per docket: date, due date 30 days later, ``AMTDUE`` invoice total, ``AMTPAID`` paid so far,
  status).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)

#: a pool of names for the people in these six databases
GIVEN_NAMES = [
    "Adam", "Bella", "Ciaran", "Deborah", "Elliot", "Fatima", "Graham", "Harriet", "Imran", "Jessica", "Karl",
    "Lucy", "Mohammed", "Natalie", "Oliver", "Priya", "Quentin", "Rebecca", "Simon", "Tanya", "Usman", "Victoria",
    "William", "Yasmin", "Aidan", "Bethany", "Connor", "Danielle", "Eamon", "Frances", "Gareth", "Holly", "Ivan",
    "Joanna", "Kieran", "Laura", "Martin", "Nicola", "Patrick", "Rosie", "Stuart", "Teresa",
]  # fmt: skip
SURNAMES = [
    "Ainsworth", "Bradshaw", "Chaudhry", "Doyle", "Ellis", "Finch", "Gibson", "Hussain", "Irving", "Jarvis", "Khan",
    "Lowe", "McBride", "Norris", "Patel", "Quigley", "Reid", "Shaw", "Townsend", "Underwood", "Vaughan", "Walsh",
    "Young", "Armitage", "Booth", "Crowther", "Donnelly", "Everett", "Fletcher", "Greenwood", "Holt", "Jennings",
    "Kerr", "Lister", "Marsh", "Nolan", "Pearson", "Rowley", "Sutcliffe",
]  # fmt: skip


def _people(r: random.Random, n: int, taken: set[str] | None = None) -> list[tuple[str, str]]:
    """``n`` distinct (given, surname) pairs, none in ``taken`` (which is updated)."""
    taken = taken if taken is not None else set()
    out: list[tuple[str, str]] = []
    while len(out) < n:
        f, s = r.choice(GIVEN_NAMES), r.choice(SURNAMES)
        if f"{f} {s}" in taken:
            continue
        taken.add(f"{f} {s}")
        out.append((f, s))
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _at(d: dt.date, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss)


def _dts(t: dt.datetime | None) -> str | None:
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else None


def _md5(*parts: str) -> str:
    """A data-vault hash key: MD5 of the upper-cased business key parts joined by ``|``."""
    return hashlib.md5("|".join(p.strip().upper() for p in parts).encode()).hexdigest()


def _wchoice(r: random.Random, items: list[int], weights: dict[int, float]) -> int:
    return r.choices(items, weights=[weights[i] for i in items])[0]


# ---------------------------------------------------------------------------------------------------- cabinetmaker
CM_TOWNS = ["Harrogate", "Ripon", "York", "Leeds", "Knaresborough", "Skipton", "Ilkley", "Otley", "Thirsk"]
# piece, p_type, oak price, lead weeks
CM_PIECES = [
    ("Dining Table", "TABLE", 1800, 10), ("Coffee Table", "TABLE", 640, 6), ("Dining Chair", "CHAIR", 420, 8),
    ("Rocking Chair", "CHAIR", 960, 9), ("Bookcase", "BOOKCASE", 1260, 8), ("Chest of Drawers", "CABINET", 1420, 10),
    ("Sideboard", "CABINET", 2120, 12), ("Writing Desk", "DESK", 1660, 10), ("Bed Frame", "BED", 2300, 12),
    ("Welsh Dresser", "DRESSER", 2580, 14), ("Hall Bench", "BENCH", 520, 6),
]  # fmt: skip
CM_WOODS = [("OAK", 1.0), ("ASH", 0.9), ("CHERRY", 1.2), ("WALNUT", 1.45), ("ELM", 1.1), ("MAPLE", 1.05)]
# name, segment, town
CM_BUSINESSES = [
    ("The Crown Hotel", "HOSPITALITY", "Harrogate"), ("Old Swan Inn", "HOSPITALITY", "Harrogate"),
    ("Black Bull Inn", "HOSPITALITY", "Ripon"), ("Grantley Hall", "HOSPITALITY", "Ripon"),
    ("Middlethorpe Manor Hotel", "HOSPITALITY", "York"), ("Wharfedale Arms", "HOSPITALITY", "Otley"),
    ("Skipton Golf Club", "HOSPITALITY", "Skipton"), ("Thirsk Racecourse", "HOSPITALITY", "Thirsk"),
    ("Lister & Holt Interiors", "TRADE", "Leeds"), ("Hallam Design Studio", "TRADE", "Leeds"),
    ("Nidd Valley Interiors", "TRADE", "Knaresborough"), ("Bootham Living", "TRADE", "York"),
    ("Craven Home Design", "TRADE", "Skipton"), ("Ilkley Design House", "TRADE", "Ilkley"),
    ("Ripon Cathedral", "INSTITUTION", "Ripon"), ("Harrogate Borough Council", "INSTITUTION", "Harrogate"),
    ("Yorkshire Law Society", "INSTITUTION", "Leeds"), ("Minster School York", "INSTITUTION", "York"),
    ("Otley Parish Church", "INSTITUTION", "Otley"), ("Knaresborough Library Trust", "INSTITUTION", "Knaresborough"),
]  # fmt: skip
# key, name, town, phone
CM_SUPPLIERS = [
    (1, "Yorkshire Hardwoods", "Pocklington", "01759 302301"), (2, "Pennine Timber Co", "Halifax", "01422 880412"),
    (3, "Northern Oak Sawmill", "Helmsley", "01439 770215"), (4, "Dales Veneers", "Settle", "01729 823390"),
    (5, "Ridings Timber Merchants", "Wakefield", "01924 377210"), (6, "Wharfe Valley Woods", "Wetherby", "01937 582144"),
    (7, "Swaledale Sawmill", "Richmond", "01748 822936"), (8, "English Walnut Ltd", "Malton", "01653 692818"),
]  # fmt: skip


def build_cabinetmaker(path: Path) -> None:
    r = random.Random(45001)
    c = fresh_db(
        path,
        """
        CREATE TABLE customer (
            c_custkey INTEGER PRIMARY KEY, c_name VARCHAR(60) NOT NULL, c_segment CHAR(12) NOT NULL,
            c_town VARCHAR(40) NOT NULL, c_phone CHAR(15), c_since DATE NOT NULL);
        CREATE TABLE maker (
            m_makerkey INTEGER PRIMARY KEY, m_name VARCHAR(60) NOT NULL, m_grade CHAR(10) NOT NULL,
            m_mentorkey INTEGER REFERENCES maker(m_makerkey), m_hiredate DATE NOT NULL, m_leftdate DATE,
            m_dayrate DECIMAL(8,2) NOT NULL);
        CREATE TABLE supplier (
            s_suppkey INTEGER PRIMARY KEY, s_name VARCHAR(60) NOT NULL, s_town VARCHAR(40) NOT NULL, s_phone CHAR(15));
        CREATE TABLE part (
            p_partkey INTEGER PRIMARY KEY, p_name VARCHAR(60) NOT NULL, p_type CHAR(10) NOT NULL,
            p_wood CHAR(8) NOT NULL, p_retailprice DECIMAL(10,2) NOT NULL, p_leadweeks INTEGER NOT NULL);
        CREATE TABLE partsupp (
            ps_partkey INTEGER NOT NULL REFERENCES part(p_partkey),
            ps_suppkey INTEGER NOT NULL REFERENCES supplier(s_suppkey),
            ps_supplycost DECIMAL(10,2) NOT NULL, ps_availqty INTEGER NOT NULL,
            PRIMARY KEY (ps_partkey, ps_suppkey));
        CREATE TABLE orders (
            o_orderkey INTEGER PRIMARY KEY, o_custkey INTEGER NOT NULL REFERENCES customer(c_custkey),
            o_makerkey INTEGER NOT NULL REFERENCES maker(m_makerkey), o_orderstatus CHAR(1) NOT NULL,
            o_totalprice DECIMAL(12,2) NOT NULL, o_orderdate DATE NOT NULL, o_channel CHAR(10) NOT NULL);
        CREATE TABLE lineitem (
            l_orderkey INTEGER NOT NULL REFERENCES orders(o_orderkey), l_linenumber INTEGER NOT NULL,
            l_partkey INTEGER NOT NULL REFERENCES part(p_partkey),
            l_suppkey INTEGER NOT NULL REFERENCES supplier(s_suppkey),
            l_quantity INTEGER NOT NULL, l_extendedprice DECIMAL(12,2) NOT NULL, l_discount DECIMAL(4,2) NOT NULL,
            l_returnflag CHAR(1) NOT NULL, l_linestatus CHAR(1) NOT NULL, l_commitdate DATE NOT NULL,
            l_shipdate DATE NOT NULL, l_receiptdate DATE, l_shipmode CHAR(10) NOT NULL, l_finish CHAR(10) NOT NULL,
            PRIMARY KEY (l_orderkey, l_linenumber));
        """,
    )
    # makers: 3 masters, 9 journeymen, 10 apprentices
    names = _people(r, 22)
    makers = []  # key, name, grade, mentor, hired, left, dayrate
    grades = ["MASTER"] * 3 + ["JOURNEYMAN"] * 9 + ["APPRENTICE"] * 10
    for k, ((f, s), g) in enumerate(zip(names, grades, strict=True), 1):
        if g == "MASTER":
            hired, mentor, rate = day_between(r, D(1998, 1, 1), D(2008, 12, 31)), None, 260.0 + 10 * k
        elif g == "JOURNEYMAN":
            hired, mentor = day_between(r, D(2009, 1, 1), D(2021, 12, 31)), r.randint(1, 3)
            rate = float(r.randrange(180, 230, 5))
        else:
            hired = day_between(r, D(2021, 6, 1), D(2025, 4, 30)) if k != 22 else D(2025, 6, 2)
            mentor = r.choice([m[0] for m in makers if m[2] == "JOURNEYMAN" and m[5] is None])
            rate = float(r.randrange(95, 140, 5))
        left = None
        if k in (6, 15):
            left = day_between(r, D(2023, 9, 1), D(2024, 10, 31))
        makers.append((k, f"{f} {s}", g, mentor, hired, left, rate))
    insert(c, "maker", [(m[0], m[1], m[2], m[3], _iso(m[4]), _iso(m[5]), m[6]) for m in makers])
    # customers
    people = _people(r, 52, {m[1] for m in makers})
    custs = [(b[0], b[1], b[2]) for b in CM_BUSINESSES] + [(f"{f} {s}", "PRIVATE", r.choice(CM_TOWNS)) for f, s in people]
    r.shuffle(custs)
    cust_rows = []
    for k, (name, seg, town) in enumerate(custs, 1):
        since = day_between(r, D(2018, 1, 1), D(2022, 12, 31)) if r.random() < 0.55 else day_between(r, D(2023, 1, 1), D(2025, 5, 31))
        area = {"Harrogate": "01423", "Ripon": "01765", "York": "01904", "Leeds": "0113", "Knaresborough": "01423",
                "Skipton": "01756", "Ilkley": "01943", "Otley": "01943", "Thirsk": "01845"}[town]  # fmt: skip
        cust_rows.append((k, name, seg, town, f"{area} {r.randint(200000, 899999)}", since))
    insert(c, "customer", [(*x[:5], _iso(x[5])) for x in cust_rows])
    insert(c, "supplier", CM_SUPPLIERS)
    # parts: every oak piece plus a sample of the other woods
    combos = [(p, w) for p in CM_PIECES for w in CM_WOODS if w[0] != "OAK"]
    chosen = [(p, CM_WOODS[0]) for p in CM_PIECES] + r.sample(combos, 27)
    chosen.sort(key=lambda x: (x[0][1], x[0][0], x[1][0]))
    parts = []  # key, name, type, wood, price, lead
    for k, (p, w) in enumerate(chosen, 1):
        price = round(p[2] * w[1] / 5) * 5 + r.choice([0, 0, 5, 10, 15])
        parts.append((k, f"{w[0].title()} {p[0]}", p[1], w[0], float(price), p[3] + (2 if w[0] == "WALNUT" else 0)))
    insert(c, "part", parts)
    ps_rows, supp_of = [], {}
    for p in parts:
        sups = [8] if p[3] == "WALNUT" else []
        pool = [s for s in (1, 2, 3, 4, 5, 6, 7) if not (s == 3 and p[3] != "OAK")]
        sups += r.sample(pool, r.choice([1, 2, 2, 3]))
        supp_of[p[0]] = sups
        for s in sups:
            ps_rows.append((p[0], s, round(p[4] * r.uniform(0.18, 0.3), 2), r.randint(0, 60)))
    insert(c, "partsupp", ps_rows)
    # orders and their lines
    cw = {x[0]: (4.0 if x[2] != "PRIVATE" else 1.0) * r.uniform(0.4, 1.6) for x in cust_rows}
    mw = {m[0]: {"MASTER": 3.0, "JOURNEYMAN": 2.0, "APPRENTICE": 0.7}[m[2]] * r.uniform(0.5, 1.5) for m in makers}
    odates = sorted(day_between(r, D(2023, 1, 4), D(2025, 6, 13)) for _ in range(192))
    orders, lines = [], []
    for ok, od in enumerate(odates, 1):
        cands = [x[0] for x in cust_rows if x[5] <= od]
        ck = _wchoice(r, cands, cw)
        mk = _wchoice(r, [m[0] for m in makers if m[4] <= od and (m[5] is None or m[5] > od)], mw)
        seg = cust_rows[ck - 1][2]
        channel = r.choice(["TRADE FAIR", "REFERRAL", "SHOWROOM"]) if seg != "PRIVATE" else r.choice(
            ["SHOWROOM", "SHOWROOM", "WEBSITE", "WEBSITE", "REFERRAL"])
        n = r.choices([1, 2, 3], weights=[45, 35, 20])[0]
        total, stats = 0.0, []
        for ln, pk in enumerate(r.sample(range(1, len(parts) + 1), n), 1):
            p = parts[pk - 1]
            qty = r.choice([2, 4, 4, 6, 6, 8]) if p[2] == "CHAIR" else (1 if r.random() < 0.85 else 2)
            if seg == "HOSPITALITY" and p[2] in ("CHAIR", "TABLE"):
                qty *= r.choice([2, 3])
            ext = round(qty * p[4], 2)
            disc = r.choice([0.0, 0.05, 0.1, 0.1]) if seg != "PRIVATE" else r.choice([0.0] * 7 + [0.05] * 2 + [0.1])
            commit = _plus(od, p[5] * 7 + r.randint(0, 14))
            ship = _plus(commit, r.randint(-7, 21))
            if ship > LAST:
                rf, ls, receipt = "N", "O", None
            else:
                receipt = min(_plus(ship, r.randint(0, 2)), LAST)
                rf, ls = ("R" if r.random() < 0.07 else "A"), "F"
            stats.append(ls)
            total += ext * (1 - disc)
            mode = r.choices(["VAN", "COURIER", "COLLECTED"], weights=[70, 15, 15])[0]
            finish = r.choice(["OILED", "OILED", "WAXED", "LACQUERED", "PAINTED"] if p[3] != "WALNUT" else ["OILED", "WAXED"])
            lines.append((ok, ln, pk, r.choice(supp_of[pk]), qty, ext, disc, rf, ls, _iso(commit), _iso(ship),
                          _iso(receipt), mode, finish))  # fmt: skip
        status = "F" if all(s == "F" for s in stats) else ("O" if all(s == "O" for s in stats) else "P")
        orders.append((ok, ck, mk, status, round(total, 2), _iso(od), channel))
    insert(c, "orders", orders)
    insert(c, "lineitem", lines)
    done(c)


# ---------------------------------------------------------------------------------------------------- samplecourier
# area, town, postcode district
SC_AREAS = [
    ("Roundhay", "Leeds", "LS8"), ("Headingley", "Leeds", "LS6"), ("Chapel Allerton", "Leeds", "LS7"),
    ("Horsforth", "Leeds", "LS18"), ("Pudsey", "Leeds", "LS28"), ("Morley", "Leeds", "LS27"),
    ("Garforth", "Leeds", "LS25"), ("Rothwell", "Leeds", "LS26"), ("Kirkstall", "Leeds", "LS5"),
    ("Armley", "Leeds", "LS12"), ("Seacroft", "Leeds", "LS14"), ("Moortown", "Leeds", "LS17"),
    ("Shipley", "Bradford", "BD18"), ("Bingley", "Bradford", "BD16"), ("Keighley", "Bradford", "BD21"),
    ("Manningham", "Bradford", "BD8"), ("Idle", "Bradford", "BD10"), ("Saltaire", "Bradford", "BD18"),
    ("Ossett", "Wakefield", "WF5"), ("Horbury", "Wakefield", "WF4"), ("Normanton", "Wakefield", "WF6"),
    ("Castleford", "Wakefield", "WF10"), ("Outwood", "Wakefield", "WF1"), ("Hemsworth", "Wakefield", "WF9"),
    ("Mirfield", "Huddersfield", "WF14"), ("Holmfirth", "Huddersfield", "HD9"), ("Lindley", "Huddersfield", "HD3"),
    ("Marsh", "Huddersfield", "HD1"), ("Almondbury", "Huddersfield", "HD5"), ("Elland", "Halifax", "HX5"),
    ("Brighouse", "Halifax", "HD6"), ("Sowerby Bridge", "Halifax", "HX6"), ("Hebden Bridge", "Halifax", "HX7"),
    ("King Cross", "Halifax", "HX1"), ("Batley", "Dewsbury", "WF17"), ("Thornhill", "Dewsbury", "WF12"),
    ("Ravensthorpe", "Dewsbury", "WF13"), ("Heckmondwike", "Dewsbury", "WF16"), ("Wetherby", "Leeds", "LS22"),
    ("Yeadon", "Leeds", "LS19"), ("Guiseley", "Leeds", "LS20"), ("Baildon", "Bradford", "BD17"),
    ("Cleckheaton", "Dewsbury", "BD19"), ("Pontefract", "Wakefield", "WF8"), ("Todmorden", "Halifax", "OL14"),
]  # fmt: skip
SC_KINDS = {
    "GP surgery": ["Surgery", "Medical Practice", "Health Centre"],
    "hospital lab": ["Hospital Pathology"],
    "care home": ["Care Home", "Nursing Home"],
    "private clinic": ["Clinic", "Wellness Clinic"],
    "veterinary practice": ["Veterinary Centre", "Vets"],
}
SC_TYPES = ["GP surgery"] * 21 + ["hospital lab"] * 4 + ["care home"] * 9 + ["private clinic"] * 6 + ["veterinary practice"] * 5
SC_CUTOFF = dt.datetime(2025, 6, 14, 23, 0)


def build_samplecourier(path: Path) -> None:
    r = random.Random(45002)
    c = fresh_db(
        path,
        """
        CREATE TABLE hub_customer (
            customer_hk CHAR(32) PRIMARY KEY, customer_bk VARCHAR(12) NOT NULL UNIQUE, load_date TIMESTAMP NOT NULL,
            record_source VARCHAR(20) NOT NULL);
        CREATE TABLE sat_customer_details (
            customer_hk CHAR(32) NOT NULL REFERENCES hub_customer(customer_hk), load_date TIMESTAMP NOT NULL,
            hash_diff CHAR(32) NOT NULL, customer_name VARCHAR(80) NOT NULL, customer_type VARCHAR(30) NOT NULL,
            town VARCHAR(40) NOT NULL, postcode VARCHAR(10) NOT NULL, account_status VARCHAR(12) NOT NULL,
            record_source VARCHAR(20) NOT NULL, PRIMARY KEY (customer_hk, load_date));
        CREATE TABLE hub_driver (
            driver_hk CHAR(32) PRIMARY KEY, driver_bk VARCHAR(8) NOT NULL UNIQUE, load_date TIMESTAMP NOT NULL,
            record_source VARCHAR(20) NOT NULL);
        CREATE TABLE sat_driver_details (
            driver_hk CHAR(32) NOT NULL REFERENCES hub_driver(driver_hk), load_date TIMESTAMP NOT NULL,
            hash_diff CHAR(32) NOT NULL, driver_name VARCHAR(60) NOT NULL, vehicle_type VARCHAR(12) NOT NULL,
            employment_status VARCHAR(10) NOT NULL, record_source VARCHAR(20) NOT NULL,
            PRIMARY KEY (driver_hk, load_date));
        CREATE TABLE hub_order (
            order_hk CHAR(32) PRIMARY KEY, order_bk VARCHAR(12) NOT NULL UNIQUE, load_date TIMESTAMP NOT NULL,
            record_source VARCHAR(20) NOT NULL);
        CREATE TABLE sat_order_details (
            order_hk CHAR(32) NOT NULL REFERENCES hub_order(order_hk), load_date TIMESTAMP NOT NULL,
            hash_diff CHAR(32) NOT NULL, order_status VARCHAR(12) NOT NULL, priority VARCHAR(8) NOT NULL,
            temperature_class VARCHAR(8) NOT NULL, sample_count INTEGER NOT NULL, collection_due DATE NOT NULL,
            collected_at TIMESTAMP, delivered_at TIMESTAMP, charge_gbp DECIMAL(8,2) NOT NULL,
            record_source VARCHAR(20) NOT NULL, PRIMARY KEY (order_hk, load_date));
        CREATE TABLE lnk_customer_order (
            customer_order_hk CHAR(32) PRIMARY KEY, customer_hk CHAR(32) NOT NULL REFERENCES hub_customer(customer_hk),
            order_hk CHAR(32) NOT NULL REFERENCES hub_order(order_hk), load_date TIMESTAMP NOT NULL,
            record_source VARCHAR(20) NOT NULL);
        CREATE TABLE lnk_order_driver (
            order_driver_hk CHAR(32) PRIMARY KEY, order_hk CHAR(32) NOT NULL REFERENCES hub_order(order_hk),
            driver_hk CHAR(32) NOT NULL REFERENCES hub_driver(driver_hk), load_date TIMESTAMP NOT NULL,
            record_source VARCHAR(20) NOT NULL);
        """,
    )

    def ts(d: dt.date) -> dt.datetime:
        return _at(d, r.randint(6, 20), r.randint(0, 59), r.randint(0, 59))

    # customers and their history of details
    areas = r.sample(SC_AREAS, len(SC_TYPES))
    types = SC_TYPES[:]
    r.shuffle(types)
    customers = []  # bk, hk, first load, [(ts, attrs)]
    for k, ((area, town, pc), ctype) in enumerate(zip(areas, types, strict=True), 1):
        bk = f"CL-{k:04d}"
        first = ts(day_between(r, D(2021, 3, 1), D(2022, 12, 20))) if k <= 30 else ts(
            day_between(r, D(2023, 1, 10), D(2025, 5, 20)))
        kind = r.choice(SC_KINDS[ctype])
        attrs = {"customer_name": f"{area} {kind}", "customer_type": ctype, "town": town,
                 "postcode": f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}",
                 "account_status": "active"}  # fmt: skip
        hist = [(first, dict(attrs))]
        t = first
        for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
            t = ts(_plus(max(t.date(), D(2022, 10, 1)), r.randint(40, 420)))
            if t > SC_CUTOFF:
                break
            a = dict(hist[-1][1])
            ev = "status" if a["account_status"] == "suspended" else r.choice(["name", "status", "postcode", "status"])
            if ev == "name" and ctype == "GP surgery":
                a["customer_name"] = f"{area} {r.choice(['Primary Care Centre', 'Family Practice', 'Medical Group'])}"
            elif ev == "name" and ctype == "care home":
                a["customer_name"] = f"{r.choice(['Ashgrove', 'Beechcroft', 'Willow Lodge', 'Elmfield'])} House {area}"
            elif ev in ("name", "postcode"):
                a["postcode"] = f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
            elif a["account_status"] == "active":
                a["account_status"] = "suspended" if r.random() < 0.75 else "closed"
            else:
                a["account_status"] = "active" if r.random() < 0.75 else "closed"
            hist.append((t, a))
            if a["account_status"] == "closed":
                break
        customers.append((bk, _md5(bk), first, hist))
    insert(c, "hub_customer", [(hk, bk, _dts(first), "CRM") for bk, hk, first, _h in customers])
    sat = []
    for _bk, hk, _f, hist in customers:
        for t, a in hist:
            vals = [a["customer_name"], a["customer_type"], a["town"], a["postcode"], a["account_status"]]
            sat.append((hk, _dts(t), _md5(*vals), *vals, "CRM"))
    insert(c, "sat_customer_details", sat)

    def cust_status(hist: list[tuple[dt.datetime, dict[str, str]]], t: dt.datetime) -> str:
        st = "none"
        for t0, a in hist:
            if t0 <= t:
                st = a["account_status"]
        return st

    # drivers
    dnames = _people(r, 30)
    drivers = []  # bk, hk, hired, [(ts, attrs)]
    for k, (f, s) in enumerate(dnames, 1):
        bk = f"DRV{k:02d}"
        hired = ts(day_between(r, D(2018, 1, 1), D(2022, 11, 30)) if k <= 24 else day_between(r, D(2023, 2, 1), D(2025, 4, 30)))
        a = {"driver_name": f"{f} {s}", "vehicle_type": r.choice(["van", "van", "car", "car", "motorbike"]),
             "employment_status": "employed"}
        hist = [(hired, dict(a))]
        t = hired
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            t = ts(_plus(max(t.date(), D(2022, 10, 1)), r.randint(60, 500)))
            if t > SC_CUTOFF:
                break
            a = dict(hist[-1][1])
            if r.random() < 0.2 and k % 4 == 1:
                a["employment_status"] = "left"
                hist.append((t, a))
                break
            a["vehicle_type"] = r.choice([v for v in ("van", "car", "motorbike") if v != a["vehicle_type"]])
            hist.append((t, a))
        drivers.append((bk, _md5(bk), hired, hist))
    insert(c, "hub_driver", [(hk, bk, _dts(h), "HR") for bk, hk, h, _x in drivers])
    insert(c, "sat_driver_details", [(hk, _dts(t), _md5(*a.values()), *a.values(), "HR")
                                     for _bk, hk, _h, hist in drivers for t, a in hist])  # fmt: skip
    dweight = {k: r.uniform(0.3, 2.0) for k in range(len(drivers))}

    def driver_ok(k: int, t: dt.datetime) -> bool:
        hist = drivers[k][3]
        if hist[0][0] > t:
            return False
        st = "employed"
        for t0, a in hist:
            if t0 <= t:
                st = a["employment_status"]
        return st == "employed"

    # orders
    cweight = {k: {"hospital lab": 5.0, "GP surgery": 3.0, "private clinic": 2.0}.get(x[3][0][1]["customer_type"], 1.0)
               * r.uniform(0.3, 1.8) for k, x in enumerate(customers)}  # fmt: skip
    bookings = sorted(ts(day_between(r, D(2023, 1, 3), D(2025, 6, 11))) for _ in range(170))
    bookings += [_at(D(2025, 6, 12), 10, 5, 41), _at(D(2025, 6, 12), 15, 47, 2), _at(D(2025, 6, 13), 9, 12, 30),
                 _at(D(2025, 6, 13), 16, 33, 8), _at(D(2025, 6, 14), 11, 20, 55)]  # booked ahead for next week
    hub_o, sat_o, lco, lod = [], [], [], []
    per_year: dict[int, int] = {}
    for booked in bookings:
        cands = [k for k, x in enumerate(customers) if cust_status(x[3], booked) == "active"]
        ck = _wchoice(r, cands, cweight)
        per_year[booked.year] = per_year.get(booked.year, 0) + 1
        bk = f"SJ-{booked.year % 100:02d}{per_year[booked.year]:04d}"
        hk = _md5(bk)
        hub_o.append((hk, bk, _dts(booked), "BOOKING"))
        cbk, chk = customers[ck][0], customers[ck][1]
        lco.append((_md5(cbk, bk), chk, hk, _dts(booked), "BOOKING"))
        prio = r.choices(["routine", "urgent", "STAT"], weights=[68, 24, 8])[0]
        temp = r.choices(["ambient", "chilled", "frozen"], weights=[58, 32, 10])[0]
        n = r.randint(1, 12) if r.random() < 0.6 else r.randint(13, 48)
        due = booked.date() if prio != "routine" else _plus(booked.date(), r.choice([0, 1, 1, 2, 3]))
        ahead = booked.date() >= D(2025, 6, 12)
        if ahead:
            prio, due = "routine", _plus(booked.date(), r.choice([3, 4, 5]))
        if prio == "STAT":
            coll = booked + dt.timedelta(minutes=r.randint(18, 55))
        elif prio == "urgent":
            coll = booked + dt.timedelta(minutes=r.randint(60, 200))
        elif due == booked.date():
            coll = booked + dt.timedelta(minutes=r.randint(90, 300))
        else:
            coll = _at(due, r.randint(8, 15), r.randint(0, 59))
        deliv = coll + dt.timedelta(minutes=r.randint(35, 150))

        def charge(p: str, n: int, temp: str = temp) -> float:
            return round({"routine": 18.0, "urgent": 35.0, "STAT": 65.0}[p] + 0.4 * n + (12.0 if temp == "frozen" else 0.0), 2)

        def version(t: dt.datetime, status: str, p: str, n: int, ca: dt.datetime | None = None, da: dt.datetime | None = None,
                    hk: str = hk, temp: str = temp, due: dt.date = due) -> None:
            vals = [status, p, temp, str(n), _iso(due) or "", _dts(ca) or "", _dts(da) or "", str(charge(p, n))]
            sat_o.append((hk, _dts(t), _md5(*vals), status, p, temp, n, _iso(due), _dts(ca), _dts(da), charge(p, n), "BOOKING"))

        version(booked, "booked", prio, n)
        if r.random() < 0.07 and not ahead:
            t = booked + dt.timedelta(minutes=r.randint(20, 600))
            if t <= SC_CUTOFF:
                version(t, "cancelled", prio, n, None, None)
            continue
        if r.random() < 0.13 and prio != "STAT":
            t = booked + (coll - booked) / 2
            if t <= SC_CUTOFF:
                if r.random() < 0.5:
                    prio = "urgent" if prio == "routine" else "STAT"
                else:
                    n = max(1, n + r.choice([-3, -2, -1, 1, 2, 4, 6]))
                version(t, "booked", prio, n)
        if coll > SC_CUTOFF:
            continue
        dk = _wchoice(r, [k for k in range(len(drivers)) if driver_ok(k, coll)], dweight)
        lod.append((_md5(bk, drivers[dk][0]), hk, drivers[dk][1], _dts(coll), "TRACKER"))
        if deliv > SC_CUTOFF:
            version(coll, "collected", prio, n, coll, None)
        else:
            version(deliv, "delivered", prio, n, coll, deliv)
    insert(c, "hub_order", hub_o)
    insert(c, "sat_order_details", sat_o)
    insert(c, "lnk_customer_order", lco)
    insert(c, "lnk_order_driver", lod)
    done(c)


# ---------------------------------------------------------------------------------------------------- boilercare
# site name, site type, town, contract
BC_SITES = [
    ("Hillsborough Primary School", "school", "Sheffield"), ("Crookes Valley Offices", "office", "Sheffield"),
    ("Ecclesall Court", "housing block", "Sheffield"), ("Nether Edge Care Home", "care home", "Sheffield"),
    ("Heeley Leisure Centre", "leisure centre", "Sheffield"), ("Walkley Academy", "school", "Sheffield"),
    ("Darnall Court", "housing block", "Sheffield"), ("Tinsley House Offices", "office", "Sheffield"),
    ("Wath Primary School", "school", "Rotherham"), ("Rawmarsh Leisure Centre", "leisure centre", "Rotherham"),
    ("Maltby Grange Care Home", "care home", "Rotherham"), ("Wickersley Court", "housing block", "Rotherham"),
    ("Clifton House Offices", "office", "Rotherham"), ("Penistone Academy", "school", "Barnsley"),
    ("Hoyland Care Home", "care home", "Barnsley"), ("Wombwell Court", "housing block", "Barnsley"),
    ("Cudworth Primary School", "school", "Barnsley"), ("Dearne Valley Leisure Centre", "leisure centre", "Barnsley"),
    ("Bessacarr Care Home", "care home", "Doncaster"), ("Armthorpe Academy", "school", "Doncaster"),
    ("Thorne Court", "housing block", "Doncaster"), ("Mexborough Leisure Centre", "leisure centre", "Doncaster"),
    ("Frenchgate House Offices", "office", "Doncaster"), ("Balby Primary School", "school", "Doncaster"),
    ("Brampton Court", "housing block", "Chesterfield"), ("Staveley Care Home", "care home", "Chesterfield"),
    ("Hasland Primary School", "school", "Chesterfield"), ("Whittington Offices", "office", "Chesterfield"),
    ("Queens Park Leisure Centre", "leisure centre", "Chesterfield"), ("Newbold Court", "housing block", "Chesterfield"),
]  # fmt: skip
BC_BOILERS = [("Hamworthy", "Wessex ModuMax"), ("Hamworthy", "Upton"), ("Ideal", "Evomax 2"), ("Potterton", "Sirius"),
              ("Viessmann", "Vitodens 200"), ("Remeha", "Quinta Ace")]  # fmt: skip
BC_PARTS = [
    ("PCB-001", "Main control board", 285.0), ("IGN-014", "Ignition electrode", 24.5), ("FAN-220", "Combustion fan", 198.0),
    ("GV-310", "Gas valve", 164.0), ("PMP-050", "Circulating pump", 232.0), ("EXP-012", "Expansion vessel", 96.0),
    ("PRV-003", "Pressure relief valve", 31.0), ("TC-007", "Flue thermostat", 38.5), ("SEN-101", "Flow temperature sensor", 27.0),
    ("SEN-102", "Return temperature sensor", 27.0), ("HEX-400", "Heat exchanger", 690.0), ("SEAL-09", "Burner door seal kit", 42.0),
    ("TRP-020", "Condensate trap", 33.0), ("PS-115", "Water pressure switch", 46.0), ("AAV-002", "Automatic air vent", 14.5),
    ("GAU-030", "Pressure gauge", 18.0), ("FLT-060", "Magnetic system filter", 129.0), ("INH-005", "Inhibitor (1 litre)", 21.0),
    ("ANO-040", "Sacrificial anode", 58.0), ("THM-200", "Room thermostat", 74.0),
]  # fmt: skip


def build_boilercare(path: Path) -> None:
    r = random.Random(45003)
    c = fresh_db(
        path,
        """
        CREATE TABLE sites (
            site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, site_type TEXT NOT NULL, town TEXT NOT NULL,
            contract TEXT NOT NULL);
        CREATE TABLE engineers (
            engineer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, grade TEXT NOT NULL, gas_safe_no TEXT,
            supervisor_id INTEGER REFERENCES engineers(engineer_id), started_on DATE NOT NULL, left_on DATE);
        CREATE TABLE assets (
            asset_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(site_id), asset_tag TEXT NOT NULL,
            asset_type TEXT NOT NULL, make TEXT NOT NULL, model TEXT NOT NULL, fuel TEXT NOT NULL,
            rated_kw REAL NOT NULL, installed_on DATE NOT NULL, decommissioned_on DATE);
        CREATE TABLE visits (
            visit_id INTEGER PRIMARY KEY, asset_id INTEGER NOT NULL REFERENCES assets(asset_id),
            engineer_id INTEGER NOT NULL REFERENCES engineers(engineer_id), visit_date DATE NOT NULL,
            visit_type TEXT NOT NULL, status TEXT NOT NULL, outcome TEXT, labour_hours REAL, charge REAL);
        CREATE TABLE readings (
            reading_id INTEGER PRIMARY KEY, asset_id INTEGER NOT NULL REFERENCES assets(asset_id),
            visit_id INTEGER REFERENCES visits(visit_id), metric TEXT NOT NULL, value REAL NOT NULL,
            taken_at TIMESTAMP NOT NULL);
        CREATE TABLE parts (
            part_id INTEGER PRIMARY KEY, part_no TEXT NOT NULL UNIQUE, part_name TEXT NOT NULL, unit_price REAL NOT NULL);
        CREATE TABLE visit_parts (
            visit_id INTEGER NOT NULL REFERENCES visits(visit_id), part_id INTEGER NOT NULL REFERENCES parts(part_id),
            quantity INTEGER NOT NULL, PRIMARY KEY (visit_id, part_id));
        """,
    )
    sites = []
    for k, (name, stype, town) in enumerate(BC_SITES, 1):
        sites.append((k, name, stype, town, "full cover" if r.random() < 0.55 else "service only"))
    insert(c, "sites", sites)
    # engineers: one operations manager, four leads, the rest under a lead
    names = _people(r, 26)
    engs = []  # id, name, grade, gas safe, supervisor, started, left
    for k, (f, s) in enumerate(names, 1):
        if k == 1:
            grade, sup, start = "Operations Manager", None, D(2006, 4, 3)
        elif k <= 5:
            grade, sup, start = "Lead Engineer", 1, day_between(r, D(2008, 1, 1), D(2016, 12, 31))
        else:
            grade = r.choice(["Senior Engineer", "Engineer", "Engineer", "Engineer", "Apprentice"])
            sup = 2 + (k % 4)
            start = day_between(r, D(2012, 1, 1), D(2022, 12, 31)) if k <= 22 else day_between(r, D(2023, 3, 1), D(2025, 2, 28))
        left = day_between(r, D(2023, 6, 1), D(2025, 3, 31)) if k in (9, 17, 21) else None
        gas = None if grade == "Apprentice" else str(r.randint(100000, 999999))
        engs.append((k, f"{f} {s}", grade, gas, sup, start, left))
    insert(c, "engineers", [(*e[:5], _iso(e[5]), _iso(e[6])) for e in engs])
    ew = {e[0]: {"Operations Manager": 0.15, "Lead Engineer": 1.0, "Apprentice": 0.4}.get(e[2], 2.0) * r.uniform(0.4, 1.6)
          for e in engs}  # fmt: skip

    def pick_eng(d: dt.date) -> int:
        return _wchoice(r, [e[0] for e in engs if e[5] <= d and (e[6] is None or e[6] > d)], ew)

    # assets
    assets = []  # id, site, tag, type, make, model, fuel, kw, installed, decommissioned
    counters = {"boiler": 0, "water heater": 0, "heat pump": 0}
    prefix = {"boiler": "BLR", "water heater": "WH", "heat pump": "HP"}

    def add(site: int, atype: str, make: str, model: str, fuel: str, kw: float, inst: dt.date, dec: dt.date | None) -> None:
        counters[atype] += 1
        assets.append((len(assets) + 1, site, f"{prefix[atype]}-{100 + counters[atype]}", atype, make, model, fuel, kw,
                       inst, dec))  # fmt: skip

    for s in sites:
        big = s[2] in ("school", "leisure centre", "care home")
        for _ in range(2 if big and r.random() < 0.5 else 1):
            make, model = r.choice(BC_BOILERS)
            kw = round(r.uniform(60, 240) if big else r.uniform(28, 120), 1)
            add(s[0], "boiler", make, model, "gas" if r.random() < 0.9 else "oil", kw,
                day_between(r, D(2004, 1, 1), D(2021, 12, 31)), None)
        if s[2] in ("leisure centre", "care home") and r.random() < 0.7:
            make, model = r.choice([("Andrews", "MAXXflo EVO"), ("Rinnai", "N1600")])
            add(s[0], "water heater", make, model, "gas", round(r.uniform(30, 90), 1), day_between(r, D(2010, 1, 1), D(2022, 6, 30)), None)
    # four old boilers replaced by heat pumps
    old = sorted((a for a in assets if a[3] == "boiler"), key=lambda a: a[8])[:4]
    for a in old:
        swap = day_between(r, D(2023, 8, 1), D(2025, 4, 30))
        assets[a[0] - 1] = (*a[:9], swap)
        make, model = r.choice([("Mitsubishi", "Ecodan"), ("Daikin", "Altherma 3")])
        add(a[1], "heat pump", make, model, "electric", round(r.uniform(14, 45), 1), _plus(swap, 1), None)
    insert(c, "assets", [(*a[:8], _iso(a[8]), _iso(a[9])) for a in assets])
    insert(c, "parts", [(k, *p) for k, p in enumerate(BC_PARTS, 1)])
    # visits
    visits = []  # id, asset, eng, date, type, status, outcome, hours, charge
    for a in assets:
        month = r.randint(1, 12)
        for y in (2023, 2024, 2025):
            d = D(y, month, r.randint(1, 28))
            if d < a[8] or (a[9] is not None and d >= a[9]):
                continue
            visits.append([a, d, "annual service"])
        if a[3] == "boiler":
            age = 2025 - a[8].year
            for _ in range(sum(1 for _ in range(3) if r.random() < 0.08 + age * 0.012)):
                d = day_between(r, D(2023, 1, 2), LAST)
                if d >= a[8] and (a[9] is None or d < a[9]):
                    visits.append([a, d, "breakdown"])
        if a[1] % 3 == 0 and a[3] == "boiler":
            for y, m in ((2023, 11), (2024, 11), (2025, 5)):
                d = D(y, m, r.randint(1, 28))
                if d <= LAST and (a[9] is None or d < a[9]):
                    visits.append([a, d, "inspection"])
    visits.sort(key=lambda v: (v[1], v[0][0]))
    rows, follow = [], []
    for a, d, vtype in visits:
        eng = pick_eng(min(d, LAST))
        if d > LAST:
            rows.append((a, eng, d, vtype, "scheduled", None, None, None))
            continue
        if r.random() < 0.03:
            rows.append((a, eng, d, vtype, "cancelled", None, None, None))
            continue
        if vtype == "breakdown":
            outcome = "fixed" if r.random() < 0.7 else "follow-up needed"
            hours = round(r.uniform(1, 4.5) * 2) / 2
            charge = round(95 + 62 * hours, 2)
        else:
            outcome = r.choices(["pass", "advisory", "fail"], weights=[70, 20, 10])[0]
            hours = round(r.uniform(1, 3) * 2) / 2 if vtype == "annual service" else 1.0
            charge = round((120.0 if vtype == "annual service" else 75.0) + 48 * hours, 2)
        rows.append((a, eng, d, vtype, "completed", outcome, hours, charge))
        if outcome in ("fail", "follow-up needed"):
            fd = _plus(d, r.randint(3, 20))
            follow.append((a, fd))
    for a, fd in follow:
        eng = pick_eng(min(fd, LAST))
        if fd > LAST:
            rows.append((a, eng, fd, "repair", "scheduled", None, None, None))
        else:
            hours = round(r.uniform(1, 5) * 2) / 2
            rows.append((a, eng, fd, "repair", "completed", "fixed", hours, round(62 * hours, 2)))
    rows.sort(key=lambda v: (v[2], v[0][0], v[3]))
    vrows, readings, vparts = [], [], []
    runtime = {a[0]: (2025 - a[8].year) * r.uniform(1400, 2600) for a in assets}
    for vid, (a, eng, d, vtype, status, outcome, hours, charge) in enumerate(rows, 1):
        extra = 0.0
        if (status == "completed" and vtype in ("breakdown", "repair")) or (vtype == "annual service" and status == "completed" and r.random() < 0.25):
            for pk in r.sample(range(1, len(BC_PARTS) + 1), r.choice([1, 1, 1, 2])):
                if a[3] != "water heater" and pk == 19:
                    continue
                q = r.choice([1, 1, 1, 2])
                vparts.append((vid, pk, q))
                extra += q * BC_PARTS[pk - 1][2]
        vrows.append((vid, a[0], eng, _iso(d), vtype, status, outcome, hours, round(charge + extra, 2) if charge else None))
        if status != "completed" or vtype not in ("annual service", "breakdown"):
            continue
        t = _dts(_at(d, r.randint(8, 15), r.randint(0, 59)))
        age = 2025 - a[8].year

        def add_reading(metric: str, value: float, aid: int = a[0], vid: int = vid, t: str | None = t) -> None:
            readings.append((len(readings) + 1, aid, vid, metric, value, t))

        if a[3] == "boiler":
            low = outcome in ("fail", "follow-up needed") and r.random() < 0.6
            add_reading("pressure_bar", round(r.uniform(0.4, 0.9) if low else r.uniform(1.1, 2.1), 2))
            if vtype == "annual service":
                add_reading("temp_c", round(r.uniform(62, 82), 1))
                add_reading("co_ppm", float(r.randint(45, 140) if outcome == "fail" else r.randint(2, 20 + age * 2)))
                runtime[a[0]] += r.uniform(1500, 3200)
                if d.year >= 2024:
                    add_reading("runtime_h", float(round(runtime[a[0]])))
        elif vtype == "annual service":
            add_reading("temp_c", round(r.uniform(45, 55) if a[3] == "heat pump" else r.uniform(58, 65), 1))
            runtime[a[0]] += r.uniform(2500, 4000)
            if d.year >= 2024:
                add_reading("runtime_h", float(round(runtime[a[0]])))
    insert(c, "visits", vrows)
    insert(c, "readings", readings)
    insert(c, "visit_parts", vparts)
    done(c)


# ---------------------------------------------------------------------------------------------------- architects
# client name, type, country, city
AR_CLIENTS = [
    ("Leeds City Council", "public body", "United Kingdom", "Leeds"),
    ("Bristol City Council", "public body", "United Kingdom", "Bristol"),
    ("Dublin City Council", "public body", "Ireland", "Dublin"),
    ("Northern Rail Estates", "developer", "United Kingdom", "Manchester"),
    ("Aire Quarter Developments", "developer", "United Kingdom", "Leeds"),
    ("Castlegate Homes", "developer", "United Kingdom", "Edinburgh"),
    ("Harbourside Living Ltd", "developer", "United Kingdom", "Bristol"),
    ("Liffey Wharf Partners", "developer", "Ireland", "Dublin"),
    ("Cork Harbour Properties", "developer", "Ireland", "Cork"),
    ("Groupe Rive Gauche", "developer", "France", "Paris"),
    ("Lumière Habitat", "developer", "France", "Lyon"),
    ("Amstel Vastgoed BV", "developer", "Netherlands", "Amsterdam"),
    ("Maas Harbour Development", "developer", "Netherlands", "Rotterdam"),
    ("Spree Quartier GmbH", "developer", "Germany", "Berlin"),
    ("Elbe Wohnbau GmbH", "developer", "Germany", "Hamburg"),
    ("Hudson Yard Partners", "developer", "United States", "New York"),
    ("Back Bay Realty Trust", "developer", "United States", "Boston"),
    ("Brooklyn Arts Foundation", "charity", "United States", "New York"),
    ("Pennine Housing Trust", "charity", "United Kingdom", "Leeds"),
    ("Mersey Almshouses Charity", "charity", "United Kingdom", "Manchester"),
    ("Edinburgh Festival Trust", "charity", "United Kingdom", "Edinburgh"),
    ("Stichting Museumhaven", "charity", "Netherlands", "Rotterdam"),
    ("Fondation Lumière", "charity", "France", "Paris"),
    ("Galway Arts Collective", "charity", "Ireland", "Galway"),
    ("Kensington Private Office", "private", "United Kingdom", "London"),
    ("Marylebone Family Office", "private", "United Kingdom", "London"),
    ("Harriet Gibson", "private", "United Kingdom", "Leeds"),
    ("Oliver Townsend", "private", "United Kingdom", "Bristol"),
    ("Priya Chaudhry", "private", "United Kingdom", "London"),
    ("Patrick Donnelly", "private", "Ireland", "Dublin"),
    ("Claire Dubois", "private", "France", "Paris"),
    ("Daniel Weiss", "private", "United States", "Boston"),
    ("Sophie van Dijk", "private", "Netherlands", "Amsterdam"),
    ("University of Leeds Estates", "public body", "United Kingdom", "Leeds"),
    ("NHS Property Services North", "public body", "United Kingdom", "Manchester"),
    ("Bezirksamt Mitte", "public body", "Germany", "Berlin"),
    ("Boston Public Library", "public body", "United States", "Boston"),
    ("Ville de Lyon", "public body", "France", "Lyon"),
]
AR_CURRENCY = {"United Kingdom": "GBP", "Ireland": "EUR", "France": "EUR", "Netherlands": "EUR", "Germany": "EUR",
               "United States": "USD"}  # fmt: skip
AR_PLACES = {
    "Leeds": ["Kirkstall Road", "Holbeck", "Chapel Allerton", "Aire Street", "Hyde Park"],
    "Bristol": ["Harbourside", "Stokes Croft", "Clifton", "Temple Quay"],
    "Manchester": ["Ancoats", "Castlefield", "Salford Quays", "Hulme"],
    "Edinburgh": ["Leith Walk", "Canongate", "Stockbridge"],
    "London": ["Marylebone", "Kensington", "Highgate"],
    "Dublin": ["Grand Canal Dock", "Smithfield", "Ranelagh", "Docklands"],
    "Cork": ["Shandon", "Blackrock"], "Galway": ["Claddagh"],
    "Paris": ["Belleville", "Bercy", "Batignolles"], "Lyon": ["Confluence", "Croix-Rousse"],
    "Amsterdam": ["Oostelijk Havengebied", "Jordaan"], "Rotterdam": ["Kop van Zuid", "Katendrecht"],
    "Berlin": ["Moabit", "Kreuzberg"], "Hamburg": ["HafenCity", "Altona"],
    "New York": ["Red Hook", "Dumbo"], "Boston": ["Back Bay", "Seaport"],
}  # fmt: skip
# building, fee in GBP (scaled for others), months to complete
AR_BUILDINGS = {
    "developer": [("Apartments", 420000, 30), ("Mixed-Use Scheme", 650000, 34), ("Office Refurbishment", 180000, 16),
                  ("Student Housing", 380000, 26), ("Boutique Hotel", 300000, 24)],
    "public body": [("Library Extension", 160000, 20), ("Primary School", 350000, 28), ("Medical Centre", 240000, 22),
                    ("Community Hall", 90000, 14), ("Museum Gallery", 280000, 26)],
    "charity": [("Community Hall", 85000, 14), ("Almshouses", 150000, 20), ("Arts Centre", 210000, 24),
                ("Museum Gallery", 260000, 26)],
    "private": [("House Extension", 38000, 9), ("Barn Conversion", 65000, 12), ("Townhouse Refurbishment", 72000, 12),
                ("New House", 120000, 18)],
}  # fmt: skip
AR_EXPENSES = ["travel", "printing", "model making", "surveys", "planning fees", "hospitality"]


def build_architects(path: Path) -> None:
    r = random.Random(45004)
    c = fresh_db(
        path,
        """
        CREATE TABLE clients (
            client_id INTEGER PRIMARY KEY, client_name TEXT NOT NULL, client_type TEXT NOT NULL, country TEXT NOT NULL,
            city TEXT NOT NULL, billing_currency CHAR(3) NOT NULL);
        CREATE TABLE staff (
            staff_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, role TEXT NOT NULL,
            reports_to INTEGER REFERENCES staff(staff_id), joined_on DATE NOT NULL, left_on DATE,
            hourly_rate REAL NOT NULL);
        CREATE TABLE projects (
            project_id INTEGER PRIMARY KEY, project_code TEXT NOT NULL UNIQUE, project_name TEXT NOT NULL,
            client_id INTEGER NOT NULL REFERENCES clients(client_id), lead_staff_id INTEGER REFERENCES staff(staff_id),
            stage TEXT NOT NULL, fee_amount REAL NOT NULL, currency_code CHAR(3) NOT NULL, started_on DATE NOT NULL,
            completed_on DATE);
        CREATE TABLE project_staff (
            project_id INTEGER NOT NULL REFERENCES projects(project_id), staff_id INTEGER NOT NULL REFERENCES staff(staff_id),
            hours_budgeted INTEGER NOT NULL, PRIMARY KEY (project_id, staff_id));
        CREATE TABLE invoices (
            invoice_id INTEGER PRIMARY KEY, invoice_no TEXT NOT NULL UNIQUE,
            project_id INTEGER NOT NULL REFERENCES projects(project_id), issued_on DATE NOT NULL, due_on DATE NOT NULL,
            amount REAL NOT NULL, currency_code CHAR(3) NOT NULL, paid_on DATE);
        CREATE TABLE expenses (
            expense_id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(project_id),
            staff_id INTEGER NOT NULL REFERENCES staff(staff_id), spent_on DATE NOT NULL, category TEXT NOT NULL,
            amount REAL NOT NULL, currency_code CHAR(3) NOT NULL);
        CREATE TABLE fx_rates (
            rate_month DATE NOT NULL, currency_code CHAR(3) NOT NULL, rate_to_gbp REAL NOT NULL,
            PRIMARY KEY (rate_month, currency_code));
        """,
    )
    clients = [(k, n, t, co, ci, AR_CURRENCY[co]) for k, (n, t, co, ci) in enumerate(AR_CLIENTS, 1)]
    insert(c, "clients", clients)
    # staff
    roles = ["Partner"] * 3 + ["Associate"] * 5 + ["Architect"] * 10 + ["Part II Assistant"] * 6 + ["Technologist"] * 4
    names = _people(r, len(roles), {x[1] for x in clients})
    staff = []  # id, name, role, reports_to, joined, left, rate
    for k, ((f, s), role) in enumerate(zip(names, roles, strict=True), 1):
        if role == "Partner":
            boss, joined, rate = None, day_between(r, D(2001, 1, 1), D(2010, 12, 31)), 190.0 + 5 * k
        elif role == "Associate":
            boss, joined, rate = 1 + k % 3, day_between(r, D(2008, 1, 1), D(2017, 12, 31)), float(r.randrange(120, 150, 5))
        elif role == "Architect":
            boss = 4 + k % 5
            joined, rate = day_between(r, D(2013, 1, 1), D(2024, 6, 30)), float(r.randrange(85, 115, 5))
        elif role == "Technologist":
            boss, joined, rate = 4 + (k + 2) % 5, day_between(r, D(2012, 1, 1), D(2023, 12, 31)), float(r.randrange(65, 85, 5))
        else:
            boss = r.randint(9, 18)
            joined, rate = day_between(r, D(2022, 9, 1), D(2025, 3, 31)), float(r.randrange(45, 60, 5))
        left = day_between(r, D(2023, 6, 1), D(2025, 2, 28)) if k in (12, 21) else None
        staff.append((k, f"{f} {s}", role, boss, joined, left, rate))
    insert(c, "staff", [(*x[:4], _iso(x[4]), _iso(x[5]), x[6]) for x in staff])
    # fx rates: GBP per unit, month by month
    fx, eur, usd = [], 0.862, 0.814
    month = D(2023, 1, 1)
    rates: dict[tuple[str, str], float] = {}
    while month <= D(2025, 6, 1):
        eur = round(min(0.89, max(0.83, eur + r.uniform(-0.008, 0.008))), 4)
        usd = round(min(0.84, max(0.73, usd + r.uniform(-0.012, 0.011))), 4)
        for cur, rate in (("GBP", 1.0), ("EUR", eur), ("USD", usd)):
            fx.append((_iso(month), cur, rate))
            rates[(month.isoformat()[:7], cur)] = rate
        month = D(month.year + month.month // 12, month.month % 12 + 1, 1)
    insert(c, "fx_rates", fx)
    # projects
    starts = sorted(day_between(r, D(2022, 3, 1), D(2025, 5, 30)) for _ in range(58))
    used: set[str] = set()
    projects, pstaff, invoices, expenses = [], [], [], []
    cw = {x[0]: {"developer": 2.0, "public body": 1.5, "charity": 1.0, "private": 0.6}[x[2]] * r.uniform(0.5, 1.5) for x in clients}
    per_year: dict[int, int] = {}
    for pid, st in enumerate(starts, 1):
        cid = _wchoice(r, [x[0] for x in clients], cw)
        cl = clients[cid - 1]
        for _ in range(50):
            b, fee_gbp, months = r.choice(AR_BUILDINGS[cl[2]])
            pname = f"{r.choice(AR_PLACES[cl[4]])} {b}"
            if pname not in used:
                break
        used.add(pname)
        cur = cl[5]
        fee = round(fee_gbp * r.uniform(0.7, 1.3) / {"GBP": 1.0, "EUR": 0.86, "USD": 0.8}[cur] / 500) * 500.0
        end = _plus(st, months * 30 + r.randint(-60, 120))
        per_year[st.year] = per_year.get(st.year, 0) + 1
        code = f"AR-{st.year % 100:02d}-{per_year[st.year]:03d}"
        frac = (TODAY - st).days / (end - st).days
        if end <= LAST:
            stage, completed = "completed", end
        else:
            completed = None
            stage = ("brief" if frac < 0.08 else "concept" if frac < 0.2 else "planning" if frac < 0.38 else
                     "technical design" if frac < 0.55 else "on site")  # fmt: skip
            if r.random() < 0.08:
                stage = "on hold"
        active = [s for s in staff if s[4] <= st and (s[5] is None or s[5] > st)]
        leads = [s[0] for s in active if s[2] in ("Partner", "Associate", "Architect")]
        lead = r.choice(leads)
        projects.append((pid, code, pname, cid, lead, stage, fee, cur, _iso(st), _iso(completed)))
        team = [lead, *r.sample([s[0] for s in active if s[0] != lead], r.choice([1, 2, 2, 3]))]
        for sid in team:
            pstaff.append((pid, sid, r.randrange(40, 600, 10)))
        # fee invoices, every one to three months
        stop = min(completed or LAST, LAST)
        if stage == "on hold":
            stop = min(stop, _plus(st, r.randint(120, 300)))
        d = _plus(st, r.randint(25, 60))
        n_inv = max(1, (stop - st).days // 60)
        paid_late = cl[2] == "public body" or cid % 7 == 3
        while d <= stop and len([i for i in invoices if i[1] == pid]) < 8:
            amt = round(fee * r.uniform(0.6, 1.2) / max(n_inv, 4) / 10) * 10.0
            due = _plus(d, 30)
            lag = r.randint(10, 29) if not paid_late else r.randint(20, 75)
            paid = _plus(d, lag)
            if paid > LAST or (r.random() < 0.04 and d < D(2025, 3, 1)):
                paid = None
            invoices.append([d, pid, _iso(due), amt, cur, _iso(paid)])
            d = _plus(d, r.choice([30, 31, 45, 60, 61, 90]))
        # expenses
        for _ in range(r.randint(2, 7)):
            sd = day_between(r, st, min(completed or LAST, LAST))
            sid = r.choice(team)
            cat = r.choices(AR_EXPENSES, weights=[35, 20, 10, 12, 13, 10])[0]
            ecur = cur if (cur != "GBP" and cat in ("travel", "hospitality", "planning fees", "surveys")) else "GBP"
            base = {"travel": 280, "printing": 90, "model making": 420, "surveys": 950, "planning fees": 620, "hospitality": 140}[cat]
            expenses.append((sd, pid, sid, cat, round(base * r.uniform(0.3, 1.8), 2), ecur))
    insert(c, "projects", projects)
    insert(c, "project_staff", pstaff)
    invoices.sort(key=lambda i: (i[0], i[1]))
    inv_rows, seq = [], {}
    for k, (d, pid, due, amt, cur, paid) in enumerate(invoices, 1):
        seq[d.year] = seq.get(d.year, 0) + 1
        inv_rows.append((k, f"INV-{d.year}-{seq[d.year]:04d}", pid, _iso(d), due, amt, cur, paid))
    insert(c, "invoices", inv_rows)
    expenses.sort(key=lambda e: (e[0], e[1]))
    insert(c, "expenses", [(k, e[1], e[2], _iso(e[0]), e[3], e[4], e[5]) for k, e in enumerate(expenses, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- liftservice
# customer name, city, inactive
LS_CUSTOMERS = [
    ("Leodis Housing Association", "Leeds"), ("Aire Valley Homes", "Leeds"), ("Irwell Property Management", "Manchester"),
    ("Mancunian Hotels Group", "Manchester"), ("Don Valley Health Trust", "Sheffield"), ("Steel City Offices Ltd", "Sheffield"),
    ("Mersey Quays Estates", "Liverpool"), ("Liverpool Maritime Hotels", "Liverpool"), ("Tyne Gateway Properties", "Newcastle"),
    ("Quayside Student Living", "Newcastle"), ("Minster Retail Parks", "York"), ("Ouse Bridge Hotels", "York"),
    ("Northgate Shopping Centre", "Leeds"), ("Pennine University Estates", "Manchester"), ("Hallam Care Homes", "Sheffield"),
    ("Royal Albert Dock Trust", "Liverpool"), ("Grainger Town Apartments", "Newcastle"), ("Wharf Street Offices", "Leeds"),
    ("Bootham Park Residences", "York"), ("Deansgate Towers Ltd", "Manchester"), ("Kelham Island Lofts", "Sheffield"),
    ("Anfield Community Housing", "Liverpool"), ("Jesmond Medical Centres", "Newcastle"), ("Headrow Hotels", "Leeds"),
    ("Salford Civic Buildings", "Manchester"), ("Sheaf Street Parking", "Sheffield"), ("Walker Art Trust", "Liverpool"),
    ("York Racecourse Estates", "York"), ("Byker Housing Cooperative", "Newcastle"), ("Calls Landing Management", "Leeds"),
]  # fmt: skip
LS_BUILDING_WORDS = ["Quarry", "Millennium", "Victoria", "Albion", "Wellington", "Granary", "Exchange", "Riverside",
                     "Canal", "Park", "Crown", "Royal", "Market", "Station", "Castle", "Minster", "Mill", "Foundry"]  # fmt: skip
LS_BUILDING_KINDS = ["House", "Court", "Tower", "Plaza", "Point", "Works", "Chambers", "Building"]
LS_PARTS = [
    ("DOB-100", "Door operator belt", 64.0), ("LDR-220", "Landing door roller", 18.5), ("SFE-310", "Door safety edge", 245.0),
    ("INV-400", "Inverter drive", 1850.0), ("BRK-115", "Brake pad set", 310.0), ("GSI-020", "Guide shoe insert", 22.0),
    ("PBT-001", "Landing push button", 36.0), ("ELB-045", "Emergency light battery", 48.0), ("LED-060", "Car LED light panel", 95.0),
    ("RPS-800", "Suspension rope set", 2600.0), ("DCM-205", "Door contact module", 72.0), ("LCU-330", "Lift controller board", 1420.0),
    ("ALR-012", "Alarm push unit", 58.0), ("AUT-090", "Auto-dialler unit", 390.0), ("SLM-150", "Slack rope switch", 88.0),
    ("LMS-050", "Limit switch", 54.0), ("OIL-005", "Hydraulic oil (20 litres)", 86.0), ("SEA-410", "Ram seal kit", 420.0),
    ("TRK-011", "Platform track section", 480.0), ("RMT-030", "Call remote handset", 44.0), ("GOV-600", "Overspeed governor", 1290.0),
    ("ENC-070", "Position encoder", 265.0), ("DGK-016", "Door gib set", 31.0), ("INT-140", "Intercom handset", 112.0),
    ("BAT-024", "Battery lowering pack", 230.0), ("CBL-200", "Travelling cable", 540.0), ("FUS-003", "Fuse kit", 12.0),
    ("MOT-750", "Door motor", 640.0), ("SPR-010", "Buffer spring", 150.0), ("KEY-002", "Fire service key switch", 66.0),
]  # fmt: skip
LS_TYPES = ["Planned Maintenance", "Breakdown", "LOLER Inspection", "Entrapment", "Repair", "Modernisation"]


def build_liftservice(path: Path) -> None:
    r = random.Random(45005)
    c = fresh_db(
        path,
        """
        CREATE TABLE Customer (
            CustomerId INTEGER PRIMARY KEY, CustomerName NVARCHAR(100) NOT NULL, City NVARCHAR(50) NOT NULL,
            AccountManager NVARCHAR(80), IsActive BIT NOT NULL DEFAULT 1, CreatedOn DATETIME2 NOT NULL,
            ModifiedOn DATETIME2 NOT NULL, RowVersion ROWVERSION NOT NULL);
        CREATE TABLE Building (
            BuildingId INTEGER PRIMARY KEY, CustomerId INTEGER NOT NULL REFERENCES Customer(CustomerId),
            BuildingName NVARCHAR(100) NOT NULL, AddressLine1 NVARCHAR(100), City NVARCHAR(50) NOT NULL,
            PostCode NVARCHAR(10), IsDeleted BIT NOT NULL DEFAULT 0, CreatedOn DATETIME2 NOT NULL,
            ModifiedOn DATETIME2 NOT NULL, RowVersion ROWVERSION NOT NULL);
        CREATE TABLE Lift (
            LiftId INTEGER PRIMARY KEY, BuildingId INTEGER NOT NULL REFERENCES Building(BuildingId),
            SerialNumber NVARCHAR(20) NOT NULL UNIQUE, Manufacturer NVARCHAR(40) NOT NULL, LiftType NVARCHAR(20) NOT NULL,
            FloorsServed INT NOT NULL, CapacityKg INT NOT NULL, InstalledOn DATE NOT NULL, IsActive BIT NOT NULL DEFAULT 1,
            CreatedOn DATETIME2 NOT NULL, ModifiedOn DATETIME2 NOT NULL, RowVersion ROWVERSION NOT NULL);
        CREATE TABLE Technician (
            TechnicianId INTEGER PRIMARY KEY, FirstName NVARCHAR(40) NOT NULL, LastName NVARCHAR(40) NOT NULL,
            Grade NVARCHAR(30) NOT NULL, SupervisorId INTEGER REFERENCES Technician(TechnicianId), HireDate DATE NOT NULL,
            Email NVARCHAR(100), IsActive BIT NOT NULL DEFAULT 1, CreatedOn DATETIME2 NOT NULL,
            ModifiedOn DATETIME2 NOT NULL, RowVersion ROWVERSION NOT NULL);
        CREATE TABLE Part (
            PartId INTEGER PRIMARY KEY, PartNumber NVARCHAR(20) NOT NULL UNIQUE, PartName NVARCHAR(80) NOT NULL,
            UnitPrice DECIMAL(10,2) NOT NULL, IsActive BIT NOT NULL DEFAULT 1, CreatedOn DATETIME2 NOT NULL,
            ModifiedOn DATETIME2 NOT NULL, RowVersion ROWVERSION NOT NULL);
        CREATE TABLE WorkOrder (
            WorkOrderId INTEGER PRIMARY KEY, WorkOrderNumber NVARCHAR(12) NOT NULL UNIQUE,
            LiftId INTEGER NOT NULL REFERENCES Lift(LiftId), TechnicianId INTEGER REFERENCES Technician(TechnicianId),
            WorkOrderType NVARCHAR(30) NOT NULL, Priority NVARCHAR(10) NOT NULL, Status NVARCHAR(12) NOT NULL,
            ScheduledFor DATE, CompletedOn DATETIME2, IsDeleted BIT NOT NULL DEFAULT 0, CreatedOn DATETIME2 NOT NULL,
            ModifiedOn DATETIME2 NOT NULL, RowVersion ROWVERSION NOT NULL);
        CREATE TABLE WorkOrderLine (
            WorkOrderLineId INTEGER PRIMARY KEY, WorkOrderId INTEGER NOT NULL REFERENCES WorkOrder(WorkOrderId),
            LineType NVARCHAR(10) NOT NULL, PartId INTEGER REFERENCES Part(PartId), Quantity DECIMAL(8,2) NOT NULL,
            UnitPrice DECIMAL(10,2) NOT NULL, LineTotal DECIMAL(12,2) NOT NULL, IsDeleted BIT NOT NULL DEFAULT 0,
            CreatedOn DATETIME2 NOT NULL, ModifiedOn DATETIME2 NOT NULL, RowVersion ROWVERSION NOT NULL);
        """,
    )
    rv = [0x7D0]

    def rowver() -> bytes:
        rv[0] += r.randint(1, 40)
        return rv[0].to_bytes(8, "big")

    def stamp(d: dt.date) -> str:
        return _dts(_at(d, r.randint(7, 18), r.randint(0, 59), r.randint(0, 59))) or ""

    # technicians
    names = _people(r, 30)
    techs = []
    for k, (f, s) in enumerate(names, 1):
        if k == 1:
            grade, sup, hired = "Service Manager", None, D(2007, 5, 14)
        elif k <= 5:
            grade, sup, hired = "Supervisor", 1, day_between(r, D(2009, 1, 1), D(2017, 12, 31))
        else:
            grade = r.choice(["Senior Engineer", "Engineer", "Engineer", "Engineer", "Apprentice"])
            sup, hired = 2 + k % 4, (day_between(r, D(2012, 1, 1), D(2022, 12, 31)) if k <= 25 else
                                     day_between(r, D(2023, 2, 1), D(2025, 4, 30)))  # fmt: skip
        active = k not in (8, 19, 23)
        created = stamp(hired)
        techs.append((k, f, s, grade, sup, _iso(hired), f"{f.lower()}.{s.lower()}@liftcare.co.uk", int(active), created,
                      stamp(D(2025, 2, 1)) if not active else created, rowver()))  # fmt: skip
    insert(c, "Technician", techs)
    tw = {t[0]: {"Service Manager": 0.05, "Supervisor": 0.8, "Apprentice": 0.4}.get(t[3], 2.0) * r.uniform(0.3, 1.7) for t in techs}
    # customers, buildings, lifts
    managers = [f"{f} {s}" for f, s in _people(r, 5, {f"{t[1]} {t[2]}" for t in techs})]
    custs = []
    for k, (name, city) in enumerate(LS_CUSTOMERS, 1):
        active = k not in (9, 21, 26)
        created = stamp(day_between(r, D(2015, 1, 1), D(2023, 6, 30)))
        custs.append((k, name, city, r.choice(managers), int(active), created,
                      stamp(day_between(r, D(2024, 1, 1), D(2025, 3, 31))) if not active else created, rowver()))  # fmt: skip
    insert(c, "Customer", custs)
    bnames = [f"{w} {k}" for w in LS_BUILDING_WORDS for k in LS_BUILDING_KINDS]
    r.shuffle(bnames)
    pc = {"Leeds": "LS", "Manchester": "M", "Sheffield": "S", "Liverpool": "L", "Newcastle": "NE", "York": "YO"}
    buildings, lifts = [], []
    for cu in custs:
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            bid = len(buildings) + 1
            created = cu[5]
            deleted = bid in (7, 33)
            buildings.append((bid, cu[0], bnames[bid - 1], f"{r.randint(1, 240)} {r.choice(['Wellington', 'Victoria', 'Park', 'Station', 'Church', 'Mill'])} {r.choice(['Street', 'Road', 'Lane'])}",
                              cu[2], f"{pc[cu[2]]}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEHJLNPRSTUWXY')}{r.choice('ABDEHJLNPRSTUWXY')}",
                              int(deleted), created, stamp(D(2024, 5, 20)) if deleted else created, rowver()))  # fmt: skip
            if deleted:
                continue
            for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
                lt = r.choices(["Passenger", "Goods", "Platform", "Dumbwaiter"], weights=[65, 15, 12, 8])[0]
                mfr = r.choice(["Stannah", "Stannah", "Terry"] if lt == "Platform" else
                               ["Otis", "Schindler", "KONE", "ThyssenKrupp", "Express", "Stannah"])  # fmt: skip
                cap = {"Passenger": r.choice([450, 630, 800, 1000, 1275]), "Goods": r.choice([1600, 2000, 2500]),
                       "Platform": r.choice([250, 300, 400]), "Dumbwaiter": r.choice([50, 100])}[lt]  # fmt: skip
                floors = r.randint(2, 16) if lt == "Passenger" else r.randint(2, 5)
                inst = day_between(r, D(1984, 1, 1), D(2024, 10, 31))
                lid = len(lifts) + 1
                active = lid % 23 != 7 and cu[4] == 1
                lifts.append((lid, bid, f"{mfr[:3].upper()}-{r.randint(100000, 999999)}", mfr, lt, floors, cap, _iso(inst),
                              int(active), created, created, rowver()))  # fmt: skip
    insert(c, "Building", buildings)
    insert(c, "Lift", lifts)
    parts = [(k, pn, name, price, int(k != 19), "2019-03-01 09:00:00", "2019-03-01 09:00:00", rowver())
             for k, (pn, name, price) in enumerate(LS_PARTS, 1)]  # fmt: skip
    insert(c, "Part", parts)
    # work orders
    lw = {x[0]: (1.0 + (2025 - int(x[7][:4])) / 15) * (0.3 if x[4] == "Dumbwaiter" else 1.0) for x in lifts}
    active_lifts = [x[0] for x in lifts if x[8] == 1]
    old_lifts = [x[0] for x in lifts if x[8] == 0]
    created_days = sorted(day_between(r, D(2023, 1, 3), D(2025, 6, 14)) for _ in range(238))
    wos, wols = [], []
    per_year: dict[int, int] = {}
    for cd in created_days:
        wtype = r.choices(LS_TYPES, weights=[38, 26, 16, 8, 9, 3])[0]
        pool = active_lifts + (old_lifts if cd < D(2024, 1, 1) else [])
        lid = _wchoice(r, pool, lw)
        prio = {"Entrapment": "Critical", "Breakdown": r.choice(["High", "High", "Critical"])}.get(
            wtype, r.choice(["Low", "Normal", "Normal"]))
        if wtype in ("Breakdown", "Entrapment"):
            sched = cd
            done_on = _at(cd, r.randint(8, 21), r.randint(0, 59)) + dt.timedelta(hours=r.choice([1, 2, 3, 5, 20]))
        else:
            sched = _plus(cd, r.randint(5, 45) if wtype != "Modernisation" else r.randint(40, 120))
            done_on = _at(sched, r.randint(8, 16), r.randint(0, 59))
        tech = None
        if done_on.date() <= LAST and r.random() < 0.96:
            status = "Completed"
        elif done_on.date() <= LAST:
            status, done_on = "Cancelled", None
        else:
            status, done_on = "Open", None
            if r.random() < 0.6:
                tech = _wchoice(r, [t[0] for t in techs if t[7] == 1], tw)
        if status == "Completed" and done_on is not None:
            tech = _wchoice(r, [t[0] for t in techs if D.fromisoformat(t[5]) <= done_on.date() and (t[7] == 1 or done_on.date() < D(2024, 6, 1))], tw)
        per_year[cd.year] = per_year.get(cd.year, 0) + 1
        wid = len(wos) + 1
        created = stamp(cd)
        modified = _dts(done_on) if done_on else created
        wos.append([wid, f"WO-{cd.year % 100:02d}{per_year[cd.year]:04d}", lid, tech, wtype, prio, status, _iso(sched),
                    _dts(done_on), 0, created, modified, rowver()])  # fmt: skip
        if status != "Completed" or done_on is None:
            continue
        hours = {"Planned Maintenance": r.choice([1.0, 1.5, 2.0]), "LOLER Inspection": r.choice([1.0, 1.5]),
                 "Breakdown": r.choice([1.5, 2.0, 2.5, 3.0, 4.0]), "Entrapment": r.choice([1.0, 1.5, 2.0]),
                 "Repair": r.choice([2.0, 3.0, 4.0, 6.0]), "Modernisation": r.choice([24.0, 32.0, 40.0])}[wtype]  # fmt: skip
        rate = 95.0 if wtype in ("Breakdown", "Entrapment") else 72.0
        wols.append([len(wols) + 1, wid, "Labour", None, hours, rate, round(hours * rate, 2), 0, modified, modified, rowver()])
        if wtype in ("Breakdown", "Repair", "Modernisation") or (wtype == "Planned Maintenance" and r.random() < 0.2):
            for pk in r.sample([p[0] for p in parts if p[4] == 1], r.choice([1, 1, 1, 2]) if wtype != "Modernisation" else 3):
                q = r.choice([1, 1, 1, 2, 4]) if parts[pk - 1][3] < 100 else 1
                price = round(parts[pk - 1][3] * 1.3, 2)
                wols.append([len(wols) + 1, wid, "Part", pk, float(q), price, round(q * price, 2), 0, modified, modified, rowver()])
    # a few work orders keyed twice by mistake and soft-deleted, with their lines
    for w in r.sample([w for w in wos if w[6] == "Completed"], 6):
        wid = len(wos) + 1
        dup = [wid, f"{w[1]}D", w[2], w[3], w[4], w[5], w[6], w[7], w[8], 1, w[10], w[11], rowver()]
        wos.append(dup)
        for line in [x for x in wols if x[1] == w[0]]:
            wols.append([len(wols) + 1, wid, *line[2:7], 1, line[8], line[9], rowver()])
    insert(c, "WorkOrder", wos)
    insert(c, "WorkOrderLine", wols)
    done(c)


# ---------------------------------------------------------------------------------------------------- hotellinen
HL_STATUS = [
    ("AC", "Active account", "CUST"), ("OH", "On hold - credit stop", "CUST"), ("CL", "Closed account", "CUST"),
    ("OP", "Open - awaiting payment", "INV"), ("PP", "Part paid", "INV"), ("PD", "Paid in full", "INV"),
    ("DS", "Disputed", "INV"), ("WO", "Written off", "INV"),
]  # fmt: skip
HL_ROUTES = [
    ("R1", "HARROGATE AND RIPON", "Gareth Holt", "YK19 HTL", "MON"), ("R2", "YORK CITY", "Simon Marsh", "YK20 LNN", "TUE"),
    ("R3", "LEEDS CENTRE", "Usman Khan", "YK21 WSH", "WED"), ("R4", "YORKSHIRE DALES", "Laura Kerr", "YK18 DLS", "THU"),
    ("R5", "EAST COAST", "Kieran Walsh", "YK22 CST", "FRI"), ("R6", "AIREDALE", "Teresa Booth", "YK23 AIR", "SAT"),
]  # fmt: skip
HL_ITEMS = [
    ("BSSGL", "SINGLE BED SHEET", "BED", 0.38), ("BSDBL", "DOUBLE BED SHEET", "BED", 0.46), ("BSKNG", "KING BED SHEET", "BED", 0.55),
    ("DCDBL", "DOUBLE DUVET COVER", "BED", 0.72), ("PLCSE", "PILLOWCASE", "BED", 0.16), ("TWBTH", "BATH TOWEL", "BATH", 0.42),
    ("TWHND", "HAND TOWEL", "BATH", 0.22), ("BTMAT", "BATH MAT", "BATH", 0.28), ("BTRBE", "BATHROBE", "BATH", 1.35),
    ("TCLTH", "TABLECLOTH", "TABL", 0.95), ("NAPKN", "NAPKIN", "TABL", 0.14), ("CHFJK", "CHEF JACKET", "UNIF", 1.20),
    ("APRON", "APRON", "UNIF", 0.48), ("TEATW", "TEA TOWEL", "TABL", 0.12),
]  # fmt: skip
HL_GROUPS = [("BRONTE HOTELS GROUP", "LEEDS"), ("DALESWAY INNS LTD", "SKIPTON"), ("MINSTER HOSPITALITY", "YORK"),
             ("NORTH SEA HOTELS", "SCARBOROUGH"), ("SPA TOWN HOTELS", "HARROGATE")]  # fmt: skip
# hotel, town, route, group index or None
HL_HOTELS = [
    ("MAJESTIC HOTEL", "HARROGATE", "R1", 4), ("OLD SWAN HOTEL", "HARROGATE", "R1", 4), ("CROWN HOTEL", "HARROGATE", "R1", None),
    ("RIPON SPA HOTEL", "RIPON", "R1", 4), ("UNICORN HOTEL", "RIPON", "R1", None), ("GROSVENOR HOUSE", "HARROGATE", "R1", None),
    ("GRAYS COURT", "YORK", "R2", 2), ("MIDDLETHORPE HALL", "YORK", "R2", 2), ("BOOTHAM GUEST HOUSE", "YORK", "R2", None),
    ("ROYAL STATION HOTEL", "YORK", "R2", 2), ("MONKBAR HOTEL", "YORK", "R2", None), ("DEAN COURT HOTEL", "YORK", "R2", 2),
    ("QUEENS HOTEL", "LEEDS", "R3", 0), ("CALLS LANDING HOTEL", "LEEDS", "R3", 0), ("HEADROW HOUSE", "LEEDS", "R3", None),
    ("WHARF STREET INN", "LEEDS", "R3", 0), ("PARK PLAZA LEEDS", "LEEDS", "R3", None), ("KIRKSTALL BRIDGE INN", "LEEDS", "R3", 0),
    ("DEVONSHIRE ARMS", "BOLTON ABBEY", "R4", 1), ("BUCK INN", "MALHAM", "R4", 1), ("FOX AND HOUNDS", "STARBOTTON", "R4", 1),
    ("FEATHERS HOTEL", "HELMSLEY", "R4", None), ("BLUE LION", "EAST WITTON", "R4", 1), ("WENSLEYDALE HEIFER", "WEST WITTON", "R4", None),
    ("GRAND HOTEL", "SCARBOROUGH", "R5", 3), ("CROWN SPA HOTEL", "SCARBOROUGH", "R5", 3), ("RAVEN HALL", "RAVENSCAR", "R5", 3),
    ("WHITBY ABBEY LODGE", "WHITBY", "R5", None), ("ROYAL HOTEL WHITBY", "WHITBY", "R5", 3), ("BRIDLINGTON SPA INN", "BRIDLINGTON", "R5", None),
    ("CAVENDISH ARMS", "SKIPTON", "R6", 1), ("KEIGHLEY VIEW HOTEL", "KEIGHLEY", "R6", None), ("CRAVEN HEIFER", "ILKLEY", "R6", None),
    ("BINGLEY ARMS", "BINGLEY", "R6", 0), ("RAMPSGILL HOUSE", "HAWORTH", "R6", None),
]  # fmt: skip


def build_hotellinen(path: Path) -> None:
    r = random.Random(45006)
    c = fresh_db(
        path,
        """
        CREATE TABLE STATTBL (
            STATCODE CHAR(2) PRIMARY KEY, STATDESC CHAR(30) NOT NULL, STATTYPE CHAR(4) NOT NULL);
        CREATE TABLE ROUTEMST (
            ROUTENO CHAR(2) PRIMARY KEY, ROUTENAM CHAR(24) NOT NULL, DRVRNAME CHAR(24) NOT NULL, VANREG CHAR(8),
            DELVDAY CHAR(3) NOT NULL);
        CREATE TABLE ITEMMAST (
            ITEMNO CHAR(5) PRIMARY KEY, ITEMDESC CHAR(24) NOT NULL, ITEMCAT CHAR(4) NOT NULL, UNITPRC DECIMAL(6,2) NOT NULL);
        CREATE TABLE CUSTMAST (
            CUSTNO INTEGER PRIMARY KEY, CUSTNAME CHAR(30) NOT NULL, TOWN CHAR(20) NOT NULL, ROOMS INTEGER,
            ROUTENO CHAR(2) REFERENCES ROUTEMST(ROUTENO), PARENTNO INTEGER REFERENCES CUSTMAST(CUSTNO),
            OPENDATE DATE NOT NULL, CREDLIM DECIMAL(9,2) NOT NULL, STATCODE CHAR(2) NOT NULL REFERENCES STATTBL(STATCODE));
        CREATE TABLE COLLHDR (
            COLLNO INTEGER PRIMARY KEY, CUSTNO INTEGER NOT NULL REFERENCES CUSTMAST(CUSTNO),
            ROUTENO CHAR(2) NOT NULL REFERENCES ROUTEMST(ROUTENO), COLLDATE DATE NOT NULL, BAGS INTEGER NOT NULL,
            WEIGHTKG DECIMAL(7,1) NOT NULL);
        CREATE TABLE COLLDTL (
            COLLNO INTEGER NOT NULL REFERENCES COLLHDR(COLLNO), LINENO INTEGER NOT NULL,
            ITEMNO CHAR(5) NOT NULL REFERENCES ITEMMAST(ITEMNO), QTY INTEGER NOT NULL, REJQTY INTEGER NOT NULL,
            PRIMARY KEY (COLLNO, LINENO));
        CREATE TABLE INVHDR (
            INVNO INTEGER PRIMARY KEY, CUSTNO INTEGER NOT NULL REFERENCES CUSTMAST(CUSTNO),
            COLLNO INTEGER REFERENCES COLLHDR(COLLNO), INVDATE DATE NOT NULL, DUEDATE DATE NOT NULL,
            AMTDUE DECIMAL(9,2) NOT NULL, AMTPAID DECIMAL(9,2) NOT NULL, STATCODE CHAR(2) NOT NULL REFERENCES STATTBL(STATCODE));
        """,
    )
    insert(c, "STATTBL", HL_STATUS)
    insert(c, "ROUTEMST", HL_ROUTES)
    insert(c, "ITEMMAST", HL_ITEMS)
    custs = []  # no, name, town, rooms, route, parent, opened, limit, status
    for k, (name, town) in enumerate(HL_GROUPS, 1):
        custs.append((k, name, town, None, None, None, day_between(r, D(2012, 1, 1), D(2019, 12, 31)),
                      float(r.randrange(20000, 60000, 5000)), "AC"))  # fmt: skip
    order = list(HL_HOTELS)
    r.shuffle(order)
    for k, (name, town, route, grp) in enumerate(order, len(custs) + 1):
        rooms = r.randint(8, 40) if grp is None else r.randint(30, 180)
        opened = day_between(r, D(2014, 1, 1), D(2022, 12, 31)) if r.random() < 0.75 else day_between(r, D(2023, 2, 1), D(2025, 4, 30))
        limit = float(max(1000, round(rooms * r.uniform(40, 70) / 250) * 250))
        custs.append((k, name, town, rooms, route, None if grp is None else grp + 1, opened, limit, "AC"))
    # a few accounts on hold or closed
    hotels = [x for x in custs if x[3] is not None]
    closed = {x[0] for x in r.sample([h for h in hotels if h[6] < D(2023, 1, 1)], 3)}
    onhold = {x[0] for x in r.sample([h for h in hotels if h[0] not in closed], 3)}
    closed_on = {k: day_between(r, D(2023, 9, 1), D(2025, 2, 28)) for k in sorted(closed)}
    custs = [(*x[:8], "CL" if x[0] in closed else "OH" if x[0] in onhold else x[8]) for x in custs]
    insert(c, "CUSTMAST", [(*x[:6], _iso(x[6]), x[7], x[8]) for x in custs])
    # collections: bulk dockets, busier hotels more often
    items = {i[0]: i for i in HL_ITEMS}
    weight = {x[0]: (x[3] or 0) * r.uniform(0.5, 1.5) for x in hotels}
    colls, lines, invs = [], [], []
    days = sorted(day_between(r, D(2023, 1, 4), LAST) for _ in range(140))
    for d in days:
        cands = [h[0] for h in hotels if h[6] <= d and (h[0] not in closed or d < closed_on[h[0]])]
        cno = _wchoice(r, cands, weight)
        h = custs[cno - 1]
        rooms = h[3] or 10
        wanted = ["BSDBL", "PLCSE", "TWBTH", "TWHND"]
        if rooms > 60:
            wanted += ["BSKNG", "DCDBL"]
        extra = r.sample(["BSSGL", "BTMAT", "BTRBE", "TCLTH", "NAPKN", "CHFJK", "APRON", "TEATW"], r.randint(0, 2))
        chosen = r.sample(wanted, min(len(wanted), r.randint(1, 2))) + extra
        if not chosen:
            chosen = ["PLCSE"]
        cid = len(colls) + 1
        total, kg = 0.0, 0.0
        for ln, ino in enumerate(chosen, 1):
            qty = max(5, round(rooms * r.uniform(0.8, 3.0) * (0.4 if items[ino][2] in ("UNIF", "TABL") else 1.0)))
            rej = 0 if r.random() < 0.55 else r.randint(1, max(1, qty // 25))
            lines.append((cid, ln, ino, qty, rej))
            total += (qty - rej) * items[ino][3]
            kg += qty * {"BED": 0.6, "BATH": 0.5, "TABL": 0.3, "UNIF": 0.4}[items[ino][2]]
        colls.append((cid, cno, h[4], _iso(d), max(1, round(kg / 12)), round(kg, 1)))
        amt = round(total + 12.5, 2)
        due = _plus(d, 30)
        if due > LAST:
            paid, st = 0.0, "OP"
        elif cno in onhold and d > D(2024, 6, 1):
            paid, st = (round(amt * 0.5, 2), "PP") if r.random() < 0.4 else (0.0, "OP")
        elif r.random() < 0.05:
            paid, st = 0.0, "DS"
        elif cno in closed and r.random() < 0.5:
            paid, st = 0.0, "WO"
        elif r.random() < 0.05:
            paid, st = round(amt * r.choice([0.25, 0.5, 0.75]), 2), "PP"
        else:
            paid, st = amt, "PD"
        invs.append((cno, cid, _iso(d), _iso(due), amt, paid, st))
    insert(c, "COLLHDR", colls)
    insert(c, "COLLDTL", lines)
    insert(c, "INVHDR", [(50001 + k, *x) for k, x in enumerate(invs)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "cabinetmaker": build_cabinetmaker,
    "samplecourier": build_samplecourier,
    "boilercare": build_boilercare,
    "architects": build_architects,
    "liftservice": build_liftservice,
    "hotellinen": build_hotellinen,
}
