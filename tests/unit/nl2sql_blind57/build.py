"""Six household trade databases for the fifty-seventh blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, apart from work booked to come.

- ``electrician`` (PascalCase plural tables with ``Id`` suffixed keys; nullable ``EndDate`` columns mean the row is
  current; self-referencing ``Electricians.MentorId``): a domestic electrical contractor. ``Electricians`` (grade,
  hourly rate, mentor), ``Customers``, ``Properties``, ``Jobs`` (quoted amount, status), the link table
  ``JobAssignments`` (hours an electrician worked on a job), ``Certificates`` (EICR, EIC, Minor Works) and
  ``ServicePlans`` (monthly cover, ``EndDate`` NULL while active).
- ``lawncare`` (lowercase abbreviations with a trailing type: ``cust_fnm``, ``addr_pc``, ``ph_mob``, ``join_dt``,
  ``chg_amt``, ``rslv_flg``): a lawn treatment service. ``cust``, ``prop`` (lawn size, soil), ``tech`` (technicians),
  ``prod`` (treatment products), ``sub`` (yearly plans), ``vst`` (visits, some booked to come), the link table
  ``vst_prod`` and ``cmpl`` (complaints).
- ``blinds`` (camelCase with ``'yes'``/``'no'`` text booleans): a made-to-measure blinds and shutters company.
  ``customers``, ``fitters``, ``fabrics``, ``orders``, the link table ``orderItems`` (fabric, blind type, room, size),
  ``fittingAppointments`` (``'YYYY-MM-DD HH:MM:SS'`` slots) and ``reviews``.
- ``decorators`` (UPPER names with numbers: ``ADDR1``, ``ADDR2``, ``PHONE1``, ``PHONE2``, ``QTR1_DAYS`` ..
  ``QTR4_DAYS`` for days worked in each quarter of 2024): a painting and decorating firm. ``CLIENTS``, ``DECORATORS``,
  ``PAINTS``, ``JOBS`` and the link tables ``JOB_PAINTS`` (tins used) and ``JOB_CREW`` (days on a job).
- ``appliancerepair`` (snake_case, money as INTEGER cents, VAT in its own table): a domestic appliance repair
  service. ``customers``, ``appliances``, ``engineers``, ``parts``, ``repairs``, the link table ``repair_parts``,
  ``invoices`` (net in cents, ``paid_on`` NULL while unpaid) and ``tax_lines`` (VAT per invoice, standard or
  reduced rate).
- ``fencing`` (ordinary snake_case; one ``people`` table that ``jobs`` joins twice: ``customer_id`` and
  ``referrer_id``, so a person can be a customer and a referrer): a fencing and gates contractor. ``people``,
  ``jobs``, ``fitters``, the link tables ``job_fitters`` and ``job_materials``, ``materials`` and
  ``referral_rewards`` (vouchers for referrers, ``paid_on`` NULL until paid).
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
START = D(2023, 1, 1)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def _money(r: random.Random, lo: float, hi: float) -> float:
    """An amount with pence between ``lo`` and ``hi``."""
    return round(r.uniform(lo, hi), 2)


def _phone(r: random.Random) -> str:
    return f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"


def _postcode(r: random.Random, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"


STREETS = [
    "Church Lane", "Mill Road", "Station Road", "Park Avenue", "Victoria Street", "The Green", "Orchard Close",
    "Meadow Way", "High Street", "Manor Drive", "Chestnut Grove", "Kings Road", "Queens Walk", "Elm Crescent",
    "Willow Court", "Beech Road", "School Lane", "Windmill Hill", "Riverside", "Hawthorn Avenue",
]  # fmt: skip


def _street(r: random.Random) -> str:
    return f"{r.randint(1, 140)} {r.choice(STREETS)}"


# ----------------------------------------------------------------------------------------------------- electrician
EL_TOWNS = ["Leeds", "Wakefield", "Bradford", "Harrogate", "Otley", "Ilkley", "Pudsey"]
EL_JOBS = {
    "Rewire": (3200.0, 7800.0),
    "Consumer Unit Upgrade": (450.0, 850.0),
    "EICR Inspection": (150.0, 260.0),
    "EV Charger Install": (850.0, 1400.0),
    "Socket Installation": (90.0, 320.0),
    "Fault Finding": (80.0, 250.0),
    "Lighting Install": (150.0, 900.0),
}
EL_CERT = {
    "Rewire": "EIC",
    "Consumer Unit Upgrade": "EIC",
    "EV Charger Install": "EIC",
    "EICR Inspection": "EICR",
    "Socket Installation": "Minor Works",
    "Lighting Install": "Minor Works",
}
EL_PLANS = [("Landlord Safety", 12.50), ("Home Cover", 8.99), ("EV Care", 6.50)]


def build_electrician(path: Path) -> None:
    r = random.Random(57001)
    c = fresh_db(
        path,
        """
        CREATE TABLE Electricians (ElectricianId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            Grade TEXT NOT NULL, MentorId INTEGER REFERENCES Electricians(ElectricianId), HourlyRate REAL NOT NULL,
            StartDate DATE NOT NULL, EndDate DATE);
        CREATE TABLE Customers (CustomerId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            Town TEXT NOT NULL, Postcode TEXT NOT NULL, Phone TEXT, CreatedDate DATE NOT NULL);
        CREATE TABLE Properties (PropertyId INTEGER PRIMARY KEY,
            CustomerId INTEGER NOT NULL REFERENCES Customers(CustomerId), AddressLine TEXT NOT NULL,
            Town TEXT NOT NULL, PropertyType TEXT NOT NULL, BuiltYear INTEGER);
        CREATE TABLE Jobs (JobId INTEGER PRIMARY KEY, PropertyId INTEGER NOT NULL REFERENCES Properties(PropertyId),
            JobType TEXT NOT NULL, BookedDate DATE NOT NULL, CompletedDate DATE, QuotedAmount REAL NOT NULL,
            Status TEXT NOT NULL);
        CREATE TABLE JobAssignments (JobAssignmentId INTEGER PRIMARY KEY,
            JobId INTEGER NOT NULL REFERENCES Jobs(JobId),
            ElectricianId INTEGER NOT NULL REFERENCES Electricians(ElectricianId), WorkDate DATE NOT NULL,
            HoursWorked REAL NOT NULL);
        CREATE TABLE Certificates (CertificateId INTEGER PRIMARY KEY, JobId INTEGER NOT NULL REFERENCES Jobs(JobId),
            CertificateType TEXT NOT NULL, IssuedDate DATE NOT NULL, Outcome TEXT NOT NULL,
            NextInspectionDue DATE);
        CREATE TABLE ServicePlans (ServicePlanId INTEGER PRIMARY KEY,
            CustomerId INTEGER NOT NULL REFERENCES Customers(CustomerId), PlanName TEXT NOT NULL,
            MonthlyFee REAL NOT NULL, StartDate DATE NOT NULL, EndDate DATE);
        """,
    )
    names = full_names(r, 152)
    sparks: list[tuple[object, ...]] = []
    left = {9: D(2024, 3, 29), 17: D(2023, 8, 31), 21: D(2024, 11, 15), 28: D(2025, 2, 28), 31: D(2024, 7, 12)}
    for i in range(1, 33):
        f, s = names[i - 1].split(" ")
        if i <= 4:
            grade, mentor, rate = "Supervisor", None, _money(r, 31.0, 34.5)
            start = D(2011, 4, 4) if i == 1 else day_between(r, D(2012, 1, 1), D(2016, 12, 31))
        elif i <= 14:
            grade, mentor, rate = "Approved Electrician", 1 + (i % 4), _money(r, 27.5, 33.5)
            start = day_between(r, D(2015, 1, 1), D(2021, 12, 31))
        elif i <= 26:
            grade, mentor, rate = "Electrician", r.choice([5, 6, 7, 8, 10, 11, 12, 13, 14]), _money(r, 21.0, 26.0)
            start = day_between(r, D(2018, 1, 1), D(2023, 6, 30))
        else:
            grade, mentor, rate = "Apprentice", r.choice([15, 18, 19, 22, 23, 24, 25]), _money(r, 10.5, 14.0)
            start = day_between(r, D(2022, 9, 1), D(2024, 9, 30))
        sparks.append((i, f, s, grade, mentor, rate, _iso(start), _iso(left.get(i))))
    insert(c, "Electricians", sparks)
    custs = []
    for k in range(1, 121):
        f, s = names[31 + k].split(" ")
        custs.append((k, f, s, r.choice(EL_TOWNS), _postcode(r, "LS"), _phone(r) if r.random() < 0.9 else None,
                      _iso(day_between(r, D(2019, 1, 1), D(2025, 5, 31)))))  # fmt: skip
    insert(c, "Customers", custs)
    types = ["Detached", "Semi-detached", "Terraced", "Flat", "Bungalow"]
    props = [(k, k, _street(r), custs[k - 1][3], r.choice(types), r.randint(1890, 2020)) for k in range(1, 121)]
    for k in range(121, 151):
        owner = r.randint(1, 30)
        props.append((k, owner, _street(r), r.choice(EL_TOWNS), r.choice(["Terraced", "Flat", "Flat"]),
                      r.randint(1890, 2015)))  # fmt: skip
    insert(c, "Properties", props)
    usable = [p[0] for p in props if p[1] <= 110]
    jobs = []
    for _ in range(300):
        typ = r.choice(list(EL_JOBS))
        booked = day_between(r, START, D(2025, 7, 31))
        span = r.randint(3, 10) if typ == "Rewire" else r.randint(0, 1)
        if booked > LAST:
            status, done_on = "Scheduled", None
        elif r.random() < 0.06:
            status, done_on = "Cancelled", None
        elif _plus(booked, span) > LAST:
            status, done_on = "In Progress", None
        else:
            status, done_on = "Completed", _plus(booked, span)
        lo, hi = EL_JOBS[typ]
        jobs.append((r.choice(usable), typ, booked, done_on, _money(r, lo, hi), status))
    jobs.sort(key=lambda j: j[2])
    insert(c, "Jobs", [(k, p, t, _iso(b), _iso(d), q, s) for k, (p, t, b, d, q, s) in enumerate(jobs, 1)])
    assigns, certs = [], []
    for k, (_p, typ, booked, done_on, _q, status) in enumerate(jobs, 1):
        if status in ("Scheduled", "Cancelled"):
            continue
        active = [
            e[0] for e in sparks
            if D.fromisoformat(str(e[6])) <= booked and (e[7] is None or D.fromisoformat(str(e[7])) >= booked)
        ]  # fmt: skip
        crew = r.sample(active, r.choice([2, 3]) if typ == "Rewire" else r.choice([1, 1, 1, 2]))
        for e in crew:
            hours = (
                r.choice([16, 20, 24, 30, 36]) + r.choice([0, 0.5]) if typ == "Rewire" else r.choice([1.5, 2, 3, 4, 6])
            )
            assigns.append((len(assigns) + 1, k, e, _iso(booked), float(hours)))
        if status == "Completed" and typ in EL_CERT:
            ctype = EL_CERT[typ]
            assert done_on is not None
            outcome = "Unsatisfactory" if ctype == "EICR" and r.random() < 0.3 else "Satisfactory"
            due = _plus(done_on, 365 * 5) if ctype == "EICR" else _plus(done_on, 365 * 10) if ctype == "EIC" else None
            certs.append((len(certs) + 1, k, ctype, _iso(done_on), outcome, _iso(due)))
    insert(c, "JobAssignments", assigns)
    insert(c, "Certificates", certs)
    plans = []
    for k, cust in enumerate(r.sample(range(1, 121), 52), 1):
        name, fee = r.choice(EL_PLANS) if cust > 30 else EL_PLANS[0]
        start = day_between(r, D(2021, 1, 1), D(2025, 5, 31))
        plans.append((k, cust, name, fee, _iso(start), None))
    for k in range(53, 61):
        cust = plans[k - 53][1]
        old_start = day_between(r, D(2019, 1, 1), D(2020, 12, 31))
        plans.append((k, cust, "Home Cover", 7.99, _iso(old_start), plans[k - 53][4]))
    for k, cust in ((61, 111), (62, 114)):
        plans.append((k, cust, "Home Cover", 8.99, "2024-02-01", "2025-01-31"))
    for k in (3, 8, 15, 22, 40, 47):
        start = D.fromisoformat(str(plans[k - 1][4]))
        plans[k - 1] = (*plans[k - 1][:5], _iso(day_between(r, _plus(start, 90), LAST)))
    insert(c, "ServicePlans", plans)
    done(c)


# -------------------------------------------------------------------------------------------------------- lawncare
LC_TOWNS = [("Chelmsford", "CM1"), ("Braintree", "CM7"), ("Witham", "CM8"), ("Maldon", "CM9"),
            ("Billericay", "CM12"), ("Brentwood", "CM14")]  # fmt: skip
LC_PRODS = [
    ("GreenMax Spring Feed", "Fertiliser", "20kg", 38.50), ("GreenMax Summer Feed", "Fertiliser", "20kg", 36.90),
    ("GreenMax Autumn Feed", "Fertiliser", "20kg", 39.75), ("Turf Tonic Liquid", "Fertiliser", "10L", 27.40),
    ("Slow Release 16-0-8", "Fertiliser", "25kg", 44.20), ("Iron Sulphate", "Moss control", "25kg", 21.95),
    ("MossOff Granules", "Moss control", "20kg", 33.60), ("Ferromax Liquid", "Moss control", "10L", 29.80),
    ("Selective Weedkiller", "Weed control", "5L", 48.99), ("Clover Control", "Weed control", "1L", 18.45),
    ("Daisy Buster", "Weed control", "1L", 16.20), ("Broadleaf Spot Spray", "Weed control", "5L", 41.30),
    ("Hard Wearing Seed", "Grass seed", "10kg", 52.00), ("Shade Tolerant Seed", "Grass seed", "10kg", 61.50),
    ("Fine Lawn Seed", "Grass seed", "10kg", 58.75), ("Drought Resistant Seed", "Grass seed", "10kg", 63.20),
    ("Quick Patch Repair", "Grass seed", "5kg", 29.99), ("Top Dressing Loam", "Soil improver", "25kg", 9.80),
    ("Sand Dressing", "Soil improver", "25kg", 7.45), ("Seaweed Conditioner", "Soil improver", "10L", 24.60),
    ("Mycorrhizal Boost", "Soil improver", "5kg", 35.10), ("Lime Granules", "Soil improver", "20kg", 14.25),
    ("Wetting Agent", "Soil improver", "5L", 31.40), ("Leatherjacket Nematodes", "Pest control", "pack", 22.90),
    ("Chafer Grub Nematodes", "Pest control", "pack", 24.50), ("Worm Cast Suppressant", "Pest control", "5L", 19.80),
    ("Red Thread Treatment", "Disease control", "5L", 46.70), ("Fusarium Guard", "Disease control", "5L", 52.30),
    ("Organic Chicken Pellets", "Fertiliser", "20kg", 17.60), ("Bio Moss Eater", "Moss control", "10kg", 27.95),
    ("Paving Weed Gel", "Weed control", "1L", 12.40), ("Winter Hardener", "Fertiliser", "20kg", 34.80),
]  # fmt: skip
LC_TREAT = {
    "Spring feed": ("Fertiliser", 35, 29.00),
    "Summer feed": ("Fertiliser", 30, 29.00),
    "Autumn feed": ("Fertiliser", 35, 31.50),
    "Moss control": ("Moss control", 40, 34.00),
    "Weed control": ("Weed control", 30, 27.50),
    "Scarification": ("Grass seed", 120, 95.00),
    "Aeration": ("Soil improver", 90, 75.00),
    "Overseeding": ("Grass seed", 60, 55.00),
}
#: treatments by season: winter, spring, summer, autumn
LC_SEASON = [
    ["Moss control", "Aeration"],
    ["Spring feed", "Spring feed", "Moss control", "Scarification", "Weed control"],
    ["Summer feed", "Summer feed", "Weed control"],
    ["Autumn feed", "Autumn feed", "Scarification", "Aeration", "Overseeding"],
]
LC_PLANS = [("Basic", 119.00), ("Premium", 189.00), ("Ultimate", 279.00)]


def build_lawncare(path: Path) -> None:
    r = random.Random(57002)
    c = fresh_db(
        path,
        """
        CREATE TABLE cust (cust_id INTEGER PRIMARY KEY, cust_fnm TEXT NOT NULL, cust_lnm TEXT NOT NULL, ph_mob TEXT,
            eml_addr TEXT, join_dt DATE NOT NULL);
        CREATE TABLE prop (prop_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
            addr_ln1 TEXT NOT NULL, addr_twn TEXT NOT NULL, addr_pc TEXT NOT NULL, lawn_sqm INTEGER NOT NULL,
            soil_typ TEXT NOT NULL);
        CREATE TABLE tech (tech_id INTEGER PRIMARY KEY, tech_fnm TEXT NOT NULL, tech_lnm TEXT NOT NULL,
            ph_mob TEXT NOT NULL, van_reg TEXT NOT NULL, hire_dt DATE NOT NULL);
        CREATE TABLE prod (prod_id INTEGER PRIMARY KEY, prod_nm TEXT NOT NULL, prod_typ TEXT NOT NULL,
            pack_sz TEXT NOT NULL, unit_cst REAL NOT NULL);
        CREATE TABLE sub (sub_id INTEGER PRIMARY KEY, prop_id INTEGER NOT NULL REFERENCES prop(prop_id),
            pln_nm TEXT NOT NULL, ann_fee_amt REAL NOT NULL, strt_dt DATE NOT NULL, end_dt DATE);
        CREATE TABLE vst (vst_id INTEGER PRIMARY KEY, prop_id INTEGER NOT NULL REFERENCES prop(prop_id),
            tech_id INTEGER NOT NULL REFERENCES tech(tech_id), vst_dt DATE NOT NULL, trt_typ TEXT NOT NULL,
            dur_min INTEGER, chg_amt REAL NOT NULL, vst_sts TEXT NOT NULL);
        CREATE TABLE vst_prod (vst_id INTEGER NOT NULL REFERENCES vst(vst_id),
            prod_id INTEGER NOT NULL REFERENCES prod(prod_id), qty_used REAL NOT NULL, PRIMARY KEY (vst_id, prod_id));
        CREATE TABLE cmpl (cmpl_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
            vst_id INTEGER REFERENCES vst(vst_id), cmpl_dt DATE NOT NULL, cmpl_typ TEXT NOT NULL,
            rslv_flg INTEGER NOT NULL DEFAULT 0);
        """,
    )
    names = full_names(r, 170)
    custs = []
    for k in range(1, 141):
        f, s = names[k - 1].split(" ")
        email = f"{f.lower()}.{s.lower()}@{r.choice(['gmail.com', 'outlook.com', 'btinternet.com'])}"
        custs.append((k, f, s, _phone(r), email if r.random() < 0.85 else None,
                      _iso(day_between(r, D(2020, 3, 1), D(2025, 6, 10)))))  # fmt: skip
    insert(c, "cust", custs)
    soils = ["clay", "clay", "loam", "loam", "sandy", "chalk"]
    props = []
    for k in range(1, 171):
        owner = k if k <= 140 else r.randint(1, 60)
        town, area = r.choice(LC_TOWNS)
        props.append((k, owner, _street(r), town, _postcode(r, area), r.randint(3, 60) * 5, r.choice(soils)))
    insert(c, "prop", props)
    techs = []
    for k in range(1, 31):
        f, s = names[139 + k].split(" ")
        reg = f"{r.choice(['EX', 'EY', 'AV', 'AF'])}{r.randint(15, 24)} {''.join(r.sample('BCDFGHJKLMNPRSTVWXY', 3))}"
        hire = D(2014, 2, 3) if k == 1 else day_between(r, D(2016, 1, 1), D(2025, 4, 30))
        techs.append((k, f, s, _phone(r), reg, _iso(hire)))
    insert(c, "tech", techs)
    insert(c, "prod", [(k, *p) for k, p in enumerate(LC_PRODS, 1)])
    subs = []
    for k, pid in enumerate(r.sample(range(1, 166), 150), 1):
        name, fee = r.choice(LC_PLANS)
        start = day_between(r, D(2021, 3, 1), D(2025, 5, 31))
        end = _iso(day_between(r, _plus(start, 200), LAST)) if r.random() < 0.25 and _plus(start, 200) < LAST else None
        subs.append((k, pid, name, fee, _iso(start), end))
    insert(c, "sub", subs)
    visits = []
    for _ in range(400):
        d = day_between(r, START, D(2025, 7, 31))
        typ = r.choice(LC_SEASON[(d.month % 12) // 3])
        _pt, dur, chg = LC_TREAT[typ]
        tech = r.choice([t[0] for t in techs if D.fromisoformat(str(t[5])) <= d] or [1])
        if d > LAST:
            sts, mins = "booked", None
        else:
            sts = "missed" if r.random() < 0.05 else "cancelled" if r.random() < 0.04 else "done"
            mins = dur + r.randint(-10, 20) if sts == "done" else None
        charge = round(chg * (1 + r.choice([0, 0, 0.1, 0.25, 0.4])), 2) if sts != "cancelled" else 0.0
        visits.append((r.randint(1, 165), tech, d, typ, mins, charge, sts))
    visits.sort(key=lambda v: v[2])
    insert(c, "vst", [(k, p, t, _iso(d), ty, m, ch, s) for k, (p, t, d, ty, m, ch, s) in enumerate(visits, 1)])
    used = []
    for k, (_p, _t, _d, typ, _m, _c, sts) in enumerate(visits, 1):
        if sts != "done":
            continue
        ptyp = LC_TREAT[typ][0]
        pool = [i for i, p in enumerate(LC_PRODS[:28], 1) if p[1] == ptyp]
        for pid in r.sample(pool, 1 if r.random() < 0.85 else 2):
            used.append((k, pid, r.choice([0.5, 1.0, 1.0, 1.5, 2.0])))
    insert(c, "vst_prod", used[:400])
    done_vsts = [(k, v) for k, v in enumerate(visits, 1) if v[6] in ("done", "missed")]
    kinds = ["Missed patch", "Scorched grass", "Late arrival", "Gate left open", "Weeds returned", "Billing query"]
    cmpls = []
    for k, (vid, v) in enumerate(sorted(r.sample(done_vsts, 42), key=lambda x: x[1][2]), 1):
        owner = props[v[0] - 1][1]
        when = _plus(v[2], r.randint(1, 12))
        when = min(when, LAST)
        cmpls.append((k, owner, vid, _iso(when), "No show" if v[6] == "missed" else r.choice(kinds),
                      int(r.random() < (0.93 if when < D(2025, 3, 1) else 0.3))))  # fmt: skip
    insert(c, "cmpl", cmpls)
    done(c)


# ---------------------------------------------------------------------------------------------------------- blinds
BL_TOWNS = ["Bath", "Bristol", "Keynsham", "Chippenham", "Frome", "Trowbridge", "Radstock"]
BL_FABRICS = [
    ("Linen Look", "Oatmeal"), ("Linen Look", "Dove Grey"), ("Linen Look", "Charcoal"), ("Hampton", "Ivory"),
    ("Hampton", "Sage"), ("Hampton", "Navy"), ("Cotton Weave", "White"), ("Cotton Weave", "Ochre"),
    ("Velvet Touch", "Emerald"), ("Velvet Touch", "Plum"), ("Velvet Touch", "Midnight"), ("Bamboo Natural", "Honey"),
    ("Bamboo Natural", "Walnut"), ("Sheer Voile", "White"), ("Sheer Voile", "Mist"), ("Aqua Guard", "White"),
    ("Aqua Guard", "Duck Egg"), ("Aqua Guard", "Slate"), ("Thermal Plus", "Cream"), ("Thermal Plus", "Stone"),
    ("Thermal Plus", "Graphite"), ("Nursery Dimout", "Blush"), ("Nursery Dimout", "Sky"), ("Herringbone", "Taupe"),
    ("Herringbone", "Mocha"), ("Geo Print", "Mustard"), ("Geo Print", "Teal"), ("Botanical", "Forest"),
    ("Botanical", "Terracotta"), ("Faux Wood", "Oak"), ("Faux Wood", "Ash"), ("Faux Wood", "Painted White"),
    ("Aluminium Slat", "Silver"), ("Aluminium Slat", "Black"), ("Basswood", "Natural"), ("Basswood", "Pure White"),
    ("Jute Blend", "Sand"), ("Silk Effect", "Champagne"), ("Silk Effect", "Pewter"), ("Daylight Screen", "Pearl"),
]  # fmt: skip
BL_TYPES = ["Roller", "Roller", "Roman", "Roman", "Venetian", "Vertical", "Pleated", "Shutter"]
BL_ROOMS = ["Living room", "Bedroom", "Bedroom", "Kitchen", "Bathroom", "Nursery", "Study", "Conservatory"]


def _yesno(flag: bool) -> str:
    return "yes" if flag else "no"


def build_blinds(path: Path) -> None:
    r = random.Random(57003)
    c = fresh_db(
        path,
        """
        CREATE TABLE customers (customerId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
            town TEXT NOT NULL, phoneNumber TEXT, isTradeAccount TEXT NOT NULL DEFAULT 'no', createdOn DATE NOT NULL);
        CREATE TABLE fitters (fitterId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, baseTown TEXT NOT NULL,
            canFitShutters TEXT NOT NULL DEFAULT 'no', isActive TEXT NOT NULL DEFAULT 'yes', startedOn DATE NOT NULL);
        CREATE TABLE fabrics (fabricId INTEGER PRIMARY KEY, rangeName TEXT NOT NULL, colourName TEXT NOT NULL,
            isBlackout TEXT NOT NULL, isWaterResistant TEXT NOT NULL, pricePerSqm REAL NOT NULL);
        CREATE TABLE orders (orderId INTEGER PRIMARY KEY, customerId INTEGER NOT NULL REFERENCES customers(customerId),
            orderedOn DATE NOT NULL, orderStatus TEXT NOT NULL, depositPaid TEXT NOT NULL, fittedOn DATE,
            totalPrice REAL NOT NULL);
        CREATE TABLE orderItems (orderItemId INTEGER PRIMARY KEY, orderId INTEGER NOT NULL REFERENCES orders(orderId),
            fabricId INTEGER NOT NULL REFERENCES fabrics(fabricId), blindType TEXT NOT NULL, roomName TEXT NOT NULL,
            widthCm INTEGER NOT NULL, dropCm INTEGER NOT NULL, isMotorised TEXT NOT NULL, linePrice REAL NOT NULL);
        CREATE TABLE fittingAppointments (appointmentId INTEGER PRIMARY KEY,
            orderId INTEGER NOT NULL REFERENCES orders(orderId), fitterId INTEGER NOT NULL REFERENCES fitters(fitterId),
            appointmentAt TEXT NOT NULL, isCompleted TEXT NOT NULL);
        CREATE TABLE reviews (reviewId INTEGER PRIMARY KEY, orderId INTEGER NOT NULL REFERENCES orders(orderId),
            rating INTEGER NOT NULL, wouldRecommend TEXT NOT NULL, reviewedOn DATE NOT NULL, comment TEXT);
        """,
    )
    names = full_names(r, 180)
    custs = []
    for k in range(1, 151):
        f, s = names[k - 1].split(" ")
        custs.append((k, f, s, r.choice(BL_TOWNS), _phone(r) if r.random() < 0.92 else None,
                      _yesno(r.random() < 0.12), _iso(day_between(r, D(2022, 6, 1), D(2025, 6, 1)))))  # fmt: skip
    insert(c, "customers", custs)
    fitters = []
    for k in range(1, 31):
        start = D(2015, 3, 2) if k == 1 else day_between(r, D(2016, 1, 1), D(2025, 3, 31))
        fitters.append((k, names[149 + k], r.choice(BL_TOWNS), _yesno(r.random() < 0.4),
                        _yesno(k not in (6, 13, 22)), _iso(start)))  # fmt: skip
    insert(c, "fitters", fitters)
    fabrics = []
    for k, (rng, col) in enumerate(BL_FABRICS, 1):
        blackout = rng in ("Thermal Plus", "Nursery Dimout", "Velvet Touch", "Hampton") or (
            rng in ("Linen Look", "Herringbone") and col in ("Charcoal", "Mocha")
        )
        water = rng in ("Aqua Guard", "Faux Wood", "Aluminium Slat")
        fabrics.append((k, rng, col, _yesno(blackout), _yesno(water), _money(r, 18.0, 72.0)))
    insert(c, "fabrics", fabrics)
    orders, items = [], []
    for _ in range(240):
        cust = r.randint(1, 138)
        d = day_between(r, START, LAST)
        lines = []
        for _j in range(r.choice([1, 1, 2, 2])):
            typ = r.choice(BL_TYPES)
            fab = r.randint(30, 36) if typ in ("Venetian", "Shutter") else r.randint(1, 29)
            w, h = r.randint(45, 240), r.randint(90, 230)
            motor = r.random() < 0.15 and typ in ("Roller", "Roman", "Pleated")
            price = round(w * h / 10000 * fabrics[fab - 1][5] + 45 + (180 if motor else 0), 2)
            lines.append((fab, typ, r.choice(BL_ROOMS), w, h, _yesno(motor), price))
        orders.append((cust, d, lines))
    orders.sort(key=lambda o: o[1])
    order_rows, appts, reviews = [], [], []
    for k, (cust, d, lines) in enumerate(orders, 1):
        total = round(sum(li[6] for li in lines), 2)
        age = (LAST - d).days
        if age < 35:
            status = "quoted" if r.random() < 0.35 else "ordered"
        else:
            status = "cancelled" if r.random() < 0.07 else "quoted" if r.random() < 0.05 else "fitted"
        deposit = status in ("ordered", "fitted") and (status == "fitted" or r.random() < 0.7)
        fitted = _plus(d, r.randint(14, 34)) if status == "fitted" else None
        order_rows.append((k, cust, _iso(d), status, _yesno(deposit), _iso(fitted), total))
        for li in lines:
            items.append((len(items) + 1, k, *li))
        shutters = any(li[1] == "Shutter" for li in lines)
        pool = [f[0] for f in fitters if f[3] == "yes" or not shutters]
        slot = r.choice(["08:00:00", "10:30:00", "13:00:00", "15:30:00"])
        if status == "fitted":
            assert fitted is not None
            appts.append((len(appts) + 1, k, r.choice(pool), f"{fitted.isoformat()} {slot}", "yes"))
            if r.random() < 0.45:
                rating = r.choice([5, 5, 5, 5, 5, 4, 4, 4, 4, 3, 2, 1])
                comment = {5: "Excellent fit, very tidy", 4: "Good job", 3: "Fine but late", 2: "Gaps at the edges",
                           1: "Wrong size fitted"}[rating]  # fmt: skip
                reviews.append(
                    (k, rating, _yesno(rating >= 4), _iso(min(_plus(fitted, r.randint(1, 10)), LAST)), comment)
                )
        elif status == "ordered":
            when = max(_plus(d, r.randint(21, 40)), _plus(TODAY, r.randint(1, 20)))
            appts.append((len(appts) + 1, k, r.choice(pool), f"{when.isoformat()} {slot}", "no"))
    insert(c, "orders", order_rows)
    insert(c, "orderItems", items)
    insert(c, "fittingAppointments", appts)
    reviews.sort(key=lambda x: str(x[3]))
    insert(c, "reviews", [(k, *x) for k, x in enumerate(reviews, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ decorators
DC_TOWNS = [("Harrogate", "HG1"), ("Knaresborough", "HG5"), ("Ripon", "HG4"), ("Wetherby", "LS22"),
            ("Boroughbridge", "YO51"), ("Pateley Bridge", "HG3")]  # fmt: skip
DC_PAINTS = [
    ("Dulux", "Pure Brilliant White", "Matt"), ("Dulux", "Timeless", "Matt"), ("Dulux", "Egyptian Cotton", "Silk"),
    ("Dulux", "Natural Hessian", "Matt"), ("Dulux", "Goose Down", "Eggshell"),
    ("Dulux", "Pure Brilliant White", "Gloss"), ("Dulux", "Denim Drift", "Matt"), ("Dulux", "Overtly Olive", "Matt"),
    ("Crown", "Chalk White", "Matt"), ("Crown", "Grey Putty", "Silk"), ("Crown", "Babushka", "Matt"),
    ("Crown", "Pure Brilliant White", "Satinwood"), ("Crown", "Sage Green", "Eggshell"),
    ("Farrow & Ball", "Hague Blue", "Matt"), ("Farrow & Ball", "Elephant's Breath", "Matt"),
    ("Farrow & Ball", "Railings", "Gloss"), ("Farrow & Ball", "Skimming Stone", "Eggshell"),
    ("Farrow & Ball", "Sulking Room Pink", "Matt"), ("Farrow & Ball", "Pointing", "Matt"),
    ("Little Greene", "French Grey", "Matt"), ("Little Greene", "Mister David", "Eggshell"),
    ("Little Greene", "Invisible Green", "Satinwood"), ("Little Greene", "Slaked Lime", "Matt"),
    ("Johnstone's", "Brilliant White", "Matt"), ("Johnstone's", "Magnolia", "Silk"),
    ("Johnstone's", "Soft Stone", "Matt"), ("Johnstone's", "Jet Black", "Gloss"),
    ("Johnstone's", "Brilliant White", "Satinwood"), ("Sandtex", "Pure White", "Masonry"),
    ("Sandtex", "Cornish Cream", "Masonry"), ("Sandtex", "Chalk Hill", "Masonry"), ("Sandtex", "Black", "Gloss"),
    ("Sadolin", "Ebony", "Woodstain"), ("Sadolin", "Light Oak", "Woodstain"), ("Sadolin", "Rosewood", "Woodstain"),
    ("Zinsser", "White", "Primer"), ("Zinsser", "Grey", "Primer"), ("Tikkurila", "Nordic White", "Matt"),
    ("Tikkurila", "Fog", "Eggshell"), ("Leyland", "Magnolia", "Matt"), ("Leyland", "White", "Gloss"),
    ("Leyland", "Buttermilk", "Silk"),
]  # fmt: skip
DC_JOBS = {
    "Interior": ("Matt", "Silk", "Eggshell", "Primer"),
    "Exterior": ("Masonry", "Gloss", "Woodstain", "Primer"),
    "Wallpapering": ("Primer",),
    "Woodwork": ("Gloss", "Satinwood", "Eggshell", "Woodstain"),
    "Full Redecoration": ("Matt", "Silk", "Gloss", "Satinwood", "Eggshell"),
}
DC_PRICES = {"Farrow & Ball": 115.0, "Little Greene": 98.0, "Tikkurila": 84.0}


def build_decorators(path: Path) -> None:
    r = random.Random(57004)
    c = fresh_db(
        path,
        """
        CREATE TABLE CLIENTS (CLIENT_ID INTEGER PRIMARY KEY, CLIENT_NAME TEXT NOT NULL, ADDR1 TEXT NOT NULL, ADDR2 TEXT,
            TOWN TEXT NOT NULL, POSTCODE TEXT NOT NULL, PHONE1 TEXT NOT NULL, PHONE2 TEXT, EMAIL TEXT);
        CREATE TABLE DECORATORS (DECORATOR_ID INTEGER PRIMARY KEY, DEC_NAME TEXT NOT NULL, PHONE1 TEXT NOT NULL,
            SKILL_LVL TEXT NOT NULL, DAY_RATE REAL NOT NULL, START_DT DATE NOT NULL, QTR1_DAYS INTEGER,
            QTR2_DAYS INTEGER, QTR3_DAYS INTEGER, QTR4_DAYS INTEGER);
        CREATE TABLE PAINTS (PAINT_ID INTEGER PRIMARY KEY, BRAND TEXT NOT NULL, COLOUR_NAME TEXT NOT NULL,
            FINISH TEXT NOT NULL, TIN_LITRES REAL NOT NULL, TIN_PRICE REAL NOT NULL);
        CREATE TABLE JOBS (JOB_ID INTEGER PRIMARY KEY, CLIENT_ID INTEGER NOT NULL REFERENCES CLIENTS(CLIENT_ID),
            JOB_TYPE TEXT NOT NULL, ROOMS_CNT INTEGER NOT NULL, QUOTE_AMT REAL NOT NULL, START_DT DATE NOT NULL,
            END_DT DATE, STATUS TEXT NOT NULL);
        CREATE TABLE JOB_PAINTS (JOB_ID INTEGER NOT NULL REFERENCES JOBS(JOB_ID),
            PAINT_ID INTEGER NOT NULL REFERENCES PAINTS(PAINT_ID), TINS_USED INTEGER NOT NULL,
            PRIMARY KEY (JOB_ID, PAINT_ID));
        CREATE TABLE JOB_CREW (JOB_ID INTEGER NOT NULL REFERENCES JOBS(JOB_ID),
            DECORATOR_ID INTEGER NOT NULL REFERENCES DECORATORS(DECORATOR_ID), DAYS_ON_JOB REAL NOT NULL,
            PRIMARY KEY (JOB_ID, DECORATOR_ID));
        """,
    )
    names = full_names(r, 165)
    clients = []
    villages = ["Starbeck", "Bilton", "Pannal", "Killinghall", "Scriven", "Burn Bridge"]
    for k in range(1, 136):
        town, area = r.choice(DC_TOWNS)
        name = names[k - 1]
        addr2 = r.choice(villages) if r.random() < 0.35 else None
        email = name.lower().replace(" ", ".") + "@" + r.choice(["gmail.com", "yahoo.co.uk", "hotmail.co.uk"])
        clients.append((k, name, _street(r), addr2, town, _postcode(r, area), _phone(r),
                        f"01423 {r.randint(500000, 899999)}" if r.random() < 0.4 else None,
                        email if r.random() < 0.8 else None))  # fmt: skip
    insert(c, "CLIENTS", clients)
    decs = []
    for k in range(1, 31):
        lvl = "Master" if k <= 5 else "Skilled" if k <= 17 else "Improver" if k <= 25 else "Apprentice"
        rate = {"Master": 240, "Skilled": 200, "Improver": 160, "Apprentice": 95}[lvl] + r.randint(-15, 15) + 0.5
        start = D(2009, 9, 7) if k == 1 else day_between(r, D(2012, 1, 1), D(2024, 9, 30))
        start = {29: D(2025, 3, 3), 30: D(2025, 5, 12)}.get(k, start)
        first_q = (start.month - 1) // 3 + 2 if start.year == 2024 else 5 if start.year > 2024 else 1
        qs = [r.randint(20, 58) if q >= first_q else None for q in range(1, 5)]
        decs.append((k, names[134 + k], _phone(r), lvl, rate, _iso(start), *qs))
    insert(c, "DECORATORS", decs)
    paints = []
    for k, (brand, col, fin) in enumerate(DC_PAINTS, 1):
        litres = 2.5 if brand in DC_PRICES or fin in ("Gloss", "Satinwood", "Eggshell", "Woodstain", "Primer") else 5.0
        base = DC_PRICES.get(brand, 42.0) * (0.55 if litres == 2.5 and brand not in DC_PRICES else 1)
        paints.append((k, brand, col, fin, litres, round(base + r.randint(-6, 8) + 0.99, 2)))
    insert(c, "PAINTS", paints)
    jobs, jp, crew = [], [], []
    for _ in range(215):
        typ = r.choice(list(DC_JOBS))
        rooms = 1 if typ == "Exterior" else r.randint(1, 3) if typ != "Full Redecoration" else r.randint(4, 9)
        start = day_between(r, START, D(2025, 7, 20))
        span = rooms * r.randint(2, 4) + (5 if typ == "Exterior" else 0)
        quote = _money(r, 380, 650) * rooms + (1800 if typ == "Exterior" else 0)
        if start > LAST:
            status, end = "Booked", None
        elif r.random() < 0.05:
            status, end = "Cancelled", None
        elif _plus(start, span) > LAST:
            status, end = "In Progress", None
        else:
            status, end = "Completed", _plus(start, span)
        jobs.append((r.randint(1, 128), typ, rooms, round(quote, 2), start, end, status, span))
    jobs.sort(key=lambda j: j[4])
    for k, (_cl, typ, _rooms, _q, start, _end, status, span) in enumerate(jobs, 1):
        if status in ("Booked", "Cancelled"):
            continue
        finishes = DC_JOBS[typ]
        pool = [i for i, p in enumerate(DC_PAINTS, 1) if p[2] in finishes and i not in (19, 38, 42)]
        for pid in r.sample(pool, min(len(pool), r.choice([1, 1, 2, 2, 3]))):
            jp.append((k, pid, r.randint(1, 6)))
        on = [d[0] for d in decs if D.fromisoformat(str(d[5])) <= start and d[0] not in (29, 30)]
        for dec in r.sample(on, r.choice([1, 1, 2]) if span < 12 else r.choice([2, 3])):
            crew.append((k, dec, min(span, r.randint(2, span + 1)) - r.choice([0.0, 0.5])))
    insert(c, "JOBS", [(k, *j[:4], _iso(j[4]), _iso(j[5]), j[6]) for k, j in enumerate(jobs, 1)])
    insert(c, "JOB_PAINTS", jp)
    insert(c, "JOB_CREW", crew)
    done(c)


# ------------------------------------------------------------------------------------------------- appliancerepair
AR_TOWNS = [("Norwich", "NR1"), ("Wymondham", "NR18"), ("Dereham", "NR19"), ("Aylsham", "NR11"),
            ("Diss", "IP22"), ("Cromer", "NR27"), ("North Walsham", "NR28")]  # fmt: skip
AR_TYPES = ["Washing machine", "Washing machine", "Dishwasher", "Fridge freezer", "Oven", "Tumble dryer", "Hob"]
AR_BRANDS = ["Bosch", "Hotpoint", "Beko", "Samsung", "Miele", "Indesit", "AEG", "Whirlpool", "LG"]
AR_FAULTS = {
    "Washing machine": ["Not draining", "Drum not spinning", "Leaking", "Door won't open", "Error code E18"],
    "Dishwasher": ["Not draining", "Not heating", "Leaking", "Not cleaning"],
    "Fridge freezer": ["Not cooling", "Ice build-up", "Noisy compressor", "Leaking"],
    "Oven": ["Not heating", "Fan not working", "Door seal broken", "Tripping electrics"],
    "Tumble dryer": ["Not heating", "Drum not turning", "Overheating"],
    "Hob": ["Ring not working", "Igniter faulty", "Tripping electrics"],
}
AR_PARTS = [
    ("Drain pump", "Washing machine", 3450), ("Door interlock", "Washing machine", 2295),
    ("Carbon brushes", "Washing machine", 1599), ("Drum bearing kit", "Washing machine", 4875),
    ("Door seal gasket", "Washing machine", 3990), ("Motor belt", "Washing machine", 1250),
    ("Inlet valve", "Washing machine", 1899), ("Shock absorber pair", "Washing machine", 2150),
    ("Heating element 2kW", "Washing machine", 2799), ("Dishwasher pump", "Dishwasher", 4299),
    ("Dishwasher heater", "Dishwasher", 5650), ("Spray arm", "Dishwasher", 1475),
    ("Filter assembly", "Dishwasher", 1320), ("Door spring kit", "Dishwasher", 1195),
    ("Aquastop hose", "Dishwasher", 3850), ("Thermostat", "Fridge freezer", 2495),
    ("Defrost heater", "Fridge freezer", 2975), ("Fan motor", "Fridge freezer", 3125),
    ("Door seal", "Fridge freezer", 3599), ("Start relay", "Fridge freezer", 1699),
    ("Water filter", "Fridge freezer", 2450), ("Fan oven element", "Oven", 2899), ("Top oven element", "Oven", 3199),
    ("Oven fan motor", "Oven", 3675), ("Oven door seal", "Oven", 1599), ("Oven thermostat", "Oven", 2750),
    ("Oven lamp", "Oven", 695), ("Door hinge pair", "Oven", 2249), ("Dryer heater element", "Tumble dryer", 3350),
    ("Thermal fuse", "Tumble dryer", 895), ("Drive belt", "Tumble dryer", 1399),
    ("Drum roller", "Tumble dryer", 1175), ("Condenser unit", "Tumble dryer", 6450),
    ("Hotplate element", "Hob", 4125), ("Energy regulator", "Hob", 2590), ("Spark generator", "Hob", 2815),
    ("Gas igniter", "Hob", 1450), ("Control knob", "Hob", 595), ("Touch control board", "Hob", 11995),
    ("Universal PCB", "Washing machine", 9950),
]  # fmt: skip


def build_appliancerepair(path: Path) -> None:
    r = random.Random(57005)
    c = fresh_db(
        path,
        """
        CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, town TEXT NOT NULL,
            postcode TEXT NOT NULL, phone TEXT, signed_up DATE NOT NULL);
        CREATE TABLE appliances (appliance_id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(customer_id), appliance_type TEXT NOT NULL,
            brand TEXT NOT NULL, model_year INTEGER, under_warranty INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE engineers (engineer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, home_town TEXT NOT NULL,
            gas_safe INTEGER NOT NULL DEFAULT 0, day_rate_cents INTEGER NOT NULL, started_on DATE NOT NULL);
        CREATE TABLE parts (part_id INTEGER PRIMARY KEY, part_name TEXT NOT NULL, appliance_type TEXT NOT NULL,
            cost_cents INTEGER NOT NULL, stock_qty INTEGER NOT NULL);
        CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY,
            appliance_id INTEGER NOT NULL REFERENCES appliances(appliance_id),
            engineer_id INTEGER NOT NULL REFERENCES engineers(engineer_id), reported_on DATE NOT NULL,
            visit_on DATE NOT NULL, fault TEXT NOT NULL, outcome TEXT NOT NULL, callout_cents INTEGER NOT NULL,
            labour_cents INTEGER NOT NULL);
        CREATE TABLE repair_parts (repair_id INTEGER NOT NULL REFERENCES repairs(repair_id),
            part_id INTEGER NOT NULL REFERENCES parts(part_id), qty INTEGER NOT NULL,
            unit_price_cents INTEGER NOT NULL, PRIMARY KEY (repair_id, part_id));
        CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY,
            repair_id INTEGER NOT NULL UNIQUE REFERENCES repairs(repair_id), issued_on DATE NOT NULL,
            net_cents INTEGER NOT NULL, paid_on DATE);
        CREATE TABLE tax_lines (tax_line_id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(invoice_id), tax_code TEXT NOT NULL,
            rate_pct REAL NOT NULL, tax_cents INTEGER NOT NULL);
        """,
    )
    names = full_names(r, 190)
    custs = []
    for k in range(1, 151):
        town, area = r.choice(AR_TOWNS)
        custs.append((k, names[k - 1], town, _postcode(r, area), _phone(r) if r.random() < 0.9 else None,
                      _iso(day_between(r, D(2021, 1, 1), D(2025, 6, 5)))))  # fmt: skip
    insert(c, "customers", custs)
    apps = []
    for k in range(1, 201):
        owner = k if k <= 150 else r.randint(1, 70)
        year = r.randint(2012, 2025)
        apps.append((k, owner, r.choice(AR_TYPES), r.choice(AR_BRANDS), year, int(year >= 2024 and r.random() < 0.6)))
    insert(c, "appliances", apps)
    engs = []
    for k in range(1, 31):
        start = D(2010, 6, 1) if k == 1 else day_between(r, D(2013, 1, 1), D(2025, 2, 28))
        engs.append((k, names[149 + k], r.choice(AR_TOWNS)[0], int(r.random() < 0.35), r.randint(180, 260) * 100 + 50,
                     _iso(start)))  # fmt: skip
    insert(c, "engineers", engs)
    insert(c, "parts", [(k, n, t, cost, r.randint(0, 30)) for k, (n, t, cost) in enumerate(AR_PARTS, 1)])
    repairs = []
    for _ in range(300):
        app = r.randint(1, 190)
        typ = apps[app - 1][2]
        reported = day_between(r, START, LAST)
        visit = _plus(reported, r.randint(1, 6))
        eng = r.choice([e[0] for e in engs if D.fromisoformat(str(e[5])) <= reported and e[0] != 30])
        if visit > LAST:
            outcome = "booked"
        else:
            outcome = r.choices(["fixed", "not economical", "no fault found"], [82, 9, 9])[0]
            if visit >= D(2025, 4, 20) and r.random() < 0.4:
                outcome = "awaiting part"
        callout = r.choice([4500, 4500, 5500, 6500])
        labour = 0 if outcome in ("booked", "no fault found") else r.choice([2500, 3750, 5000, 6250, 7500, 8750])
        repairs.append((app, eng, reported, visit, r.choice(AR_FAULTS[typ]), outcome, callout, labour))
    repairs.sort(key=lambda x: (x[2], x[0]))
    insert(c, "repairs", [(k, a, e, _iso(rp), _iso(v), f, o, co, lb)
                          for k, (a, e, rp, v, f, o, co, lb) in enumerate(repairs, 1)])  # fmt: skip
    rparts, invoices, taxes = [], [], []
    unused = {6, 21, 27, 38}
    for k, (app, _e, _rp, visit, _f, outcome, callout, labour) in enumerate(repairs, 1):
        typ = apps[app - 1][2]
        parts_cost = 0
        if outcome == "fixed" and r.random() < 0.8:
            pool = [i for i, p in enumerate(AR_PARTS, 1) if p[1] == typ and i not in unused]
            for pid in r.sample(pool, r.choice([1, 1, 1, 2])):
                qty = 2 if "pair" in AR_PARTS[pid - 1][0] and r.random() < 0.2 else 1
                price = round(AR_PARTS[pid - 1][2] * 1.6)
                rparts.append((k, pid, qty, price))
                parts_cost += qty * price
        if outcome in ("booked", "awaiting part"):
            continue
        net = callout + labour + parts_cost
        issued = visit
        paid = _plus(issued, r.randint(0, 40))
        paid_on = None if paid > LAST or r.random() < 0.06 else paid
        invoices.append((len(invoices) + 1, k, _iso(issued), net, _iso(paid_on)))
        reduced = apps[app - 1][1] % 9 == 0
        code, rate = ("VAT5", 5.0) if reduced else ("VAT20", 20.0)
        taxes.append((len(taxes) + 1, len(invoices), code, rate, round(net * rate / 100)))
    insert(c, "repair_parts", rparts)
    insert(c, "invoices", invoices)
    insert(c, "tax_lines", taxes)
    done(c)


# --------------------------------------------------------------------------------------------------------- fencing
FN_TOWNS = ["Shrewsbury", "Telford", "Ludlow", "Oswestry", "Bridgnorth", "Wellington", "Market Drayton"]
FN_JOBS = {
    "Close board fence": (14, 40, 68.0),
    "Panel fence": (8, 30, 52.0),
    "Picket fence": (6, 20, 44.0),
    "Post and rail fence": (20, 80, 31.0),
    "Gate install": (1, 2, 0.0),
    "Fence repair": (2, 10, 38.0),
}
FN_MATERIALS = [
    ("6ft x 6ft lap panel", "each", 32.99), ("6ft x 5ft lap panel", "each", 29.49),
    ("6ft x 4ft lap panel", "each", 24.99), ("6ft closeboard panel", "each", 48.50),
    ("Featheredge board 1.8m", "each", 2.35), ("Arris rail 3m", "each", 8.75),
    ("Concrete slotted post 8ft", "each", 21.40), ("Concrete gravel board 6ft", "each", 17.95),
    ("Timber post 100mm 2.4m", "each", 14.60), ("Timber post 75mm 1.8m", "each", 9.85),
    ("Picket pale 0.9m", "each", 1.95), ("Pointed picket pale 1.2m", "each", 2.45), ("Rail 3.6m", "each", 7.60),
    ("Half round rail 3.6m", "each", 6.95), ("Postcrete 20kg", "bag", 7.25), ("Ballast 25kg", "bag", 4.10),
    ("Cement 25kg", "bag", 6.40), ("Galvanised nails 1kg", "box", 5.80), ("Decking screws 500", "box", 14.90),
    ("Post cap", "each", 1.60), ("Panel clip", "each", 0.95), ("Wooden side gate 6ft", "each", 119.00),
    ("Metal garden gate", "each", 189.00), ("Field gate 10ft", "each", 165.00), ("Gate hinge set", "set", 18.50),
    ("Gate latch", "each", 9.90), ("Ring latch kit", "kit", 16.40), ("Fence paint 5L", "tin", 22.99),
    ("Wood preserver 5L", "tin", 27.50), ("Trellis topper 6ft", "each", 15.75), ("Weed membrane 10m", "roll", 12.30),
    ("Post spike", "each", 6.45), ("Gravel board clip", "each", 1.25), ("Counter rail 2.4m", "each", 5.20),
]  # fmt: skip
FN_FOR = {
    "Close board fence": [4, 5, 6, 7, 8, 15, 18, 20],
    "Panel fence": [1, 2, 3, 7, 8, 15, 21, 30],
    "Picket fence": [11, 12, 13, 10, 15, 18, 29],
    "Post and rail fence": [9, 13, 14, 16, 17, 19],
    "Gate install": [22, 23, 24, 25, 26, 27, 15],
    "Fence repair": [1, 2, 5, 7, 15, 20, 28, 29],
}


def build_fencing(path: Path) -> None:
    r = random.Random(57006)
    c = fresh_db(
        path,
        """
        CREATE TABLE people (person_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, town TEXT NOT NULL,
            phone TEXT, email TEXT, first_contact_on DATE NOT NULL);
        CREATE TABLE fitters (fitter_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, team TEXT NOT NULL,
            day_rate REAL NOT NULL, hired_on DATE NOT NULL, left_on DATE);
        CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES people(person_id),
            referrer_id INTEGER REFERENCES people(person_id), job_type TEXT NOT NULL, metres REAL NOT NULL,
            quoted_on DATE NOT NULL, started_on DATE, finished_on DATE, price REAL NOT NULL, status TEXT NOT NULL);
        CREATE TABLE job_fitters (job_id INTEGER NOT NULL REFERENCES jobs(job_id),
            fitter_id INTEGER NOT NULL REFERENCES fitters(fitter_id), days_worked REAL NOT NULL,
            PRIMARY KEY (job_id, fitter_id));
        CREATE TABLE materials (material_id INTEGER PRIMARY KEY, material_name TEXT NOT NULL, unit TEXT NOT NULL,
            unit_price REAL NOT NULL);
        CREATE TABLE job_materials (job_id INTEGER NOT NULL REFERENCES jobs(job_id),
            material_id INTEGER NOT NULL REFERENCES materials(material_id), quantity INTEGER NOT NULL,
            PRIMARY KEY (job_id, material_id));
        CREATE TABLE referral_rewards (reward_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(job_id),
            voucher_amount REAL NOT NULL, paid_on DATE);
        """,
    )
    names = full_names(r, 215)
    people = []
    for k in range(1, 181):
        name = names[k - 1]
        email = name.lower().replace(" ", "") + "@" + r.choice(["gmail.com", "icloud.com", "outlook.com"])
        people.append(
            (
                k,
                name,
                r.choice(FN_TOWNS),
                _phone(r) if r.random() < 0.9 else None,
                email if r.random() < 0.75 else None,
                D(2019, 1, 1) + dt.timedelta(days=k * 8 + r.randint(0, 7)),
            )
        )
    people_rows = [(*p[:5], _iso(p[5])) for p in people]
    insert(c, "people", people_rows)
    teams = ["North", "South", "Gates"]
    fitters = []
    for k in range(1, 31):
        hired = D(2012, 5, 14) if k == 1 else day_between(r, D(2014, 1, 1), D(2025, 3, 31))
        left = {7: D(2024, 10, 31), 15: D(2023, 9, 15), 24: D(2025, 4, 30)}.get(k)
        fitters.append((k, names[179 + k], teams[k % 3], _money(r, 140, 210), _iso(hired), _iso(left)))
    insert(c, "fitters", fitters)
    insert(c, "materials", [(k, *m) for k, m in enumerate(FN_MATERIALS, 1)])
    jobs = []
    referrers = [3, 3, 3, 3, 3, 3, 3, 3, 3, 11, 11, 11, 11, 27, 27, 27, 40, 40, 52, 52, 66, 81, 95, 102, 119, 133, 150]
    for _ in range(236):
        typ = r.choice(list(FN_JOBS))
        lo, hi, per_m = FN_JOBS[typ]
        metres = float(r.randint(lo, hi)) if typ != "Gate install" else 1.0
        quoted = day_between(r, START, LAST)
        cust = r.randint(1, 165)
        while people[cust - 1][5] > quoted:
            cust = r.randint(1, 165)
        ref = None
        if r.random() < 0.2:
            ref = r.choice([p for p in referrers if p != cust and people[p - 1][5] < quoted] or [None])
        price = round(
            metres * per_m * r.uniform(0.9, 1.2) + (r.choice([220, 340, 480]) if typ == "Gate install" else 85), 2
        )
        start = _plus(quoted, r.randint(7, 45))
        days = max(1, round(metres / 12)) + (1 if typ == "Close board fence" else 0)
        if r.random() < 0.08:
            status, start_on, end_on = "Declined", None, None
        elif start > LAST:
            status, start_on, end_on = "Booked", start, None
        elif _plus(start, days) > LAST:
            status, start_on, end_on = "In progress", start, None
        else:
            status, start_on, end_on = "Completed", start, _plus(start, days)
        jobs.append((cust, ref, typ, metres, quoted, start_on, end_on, price, status, days))
    jobs.sort(key=lambda j: (j[4], j[0]))
    insert(c, "jobs", [(k, cu, rf, t, m, _iso(q), _iso(s), _iso(e), p, st)
                       for k, (cu, rf, t, m, q, s, e, p, st, _d) in enumerate(jobs, 1)])  # fmt: skip
    jf, jm, rewards = [], [], []
    for k, (_cu, ref, typ, metres, _q, start_on, _e, _p, status, days) in enumerate(jobs, 1):
        if status in ("Completed", "In progress"):
            assert start_on is not None
            on = [f[0] for f in fitters if D.fromisoformat(str(f[4])) <= start_on
                  and (f[5] is None or D.fromisoformat(str(f[5])) >= start_on) and f[0] != 29]  # fmt: skip
            for fid in r.sample(on, 1 if days <= 1 else 2):
                jf.append((k, fid, float(days) - r.choice([0, 0, 0.5]) if days > 1 else 1.0))
            for mid in r.sample(FN_FOR[typ], r.choice([1, 2, 2])):
                unit = FN_MATERIALS[mid - 1][1]
                qty = r.randint(1, 3) if mid in (22, 23, 24, 25, 26, 27) else r.randint(2, max(3, int(metres)))
                jm.append((k, mid, qty if unit != "each" or mid > 6 else max(1, int(metres / 1.8))))
        if ref is not None and status != "Declined":
            paid = None if status != "Completed" or r.random() < 0.15 else _iso(min(_plus(_e or LAST, 14), LAST))
            rewards.append((len(rewards) + 1, k, 50.0 if typ != "Fence repair" else 25.0, paid))
    insert(c, "job_fitters", jf)
    insert(c, "job_materials", jm)
    insert(c, "referral_rewards", rewards)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "electrician": build_electrician,
    "lawncare": build_lawncare,
    "blinds": build_blinds,
    "decorators": build_decorators,
    "appliancerepair": build_appliancerepair,
    "fencing": build_fencing,
}
