"""The twenty-ninth blind corpus: six small business databases, each named in its own style.

``plumbing`` (clean plural snake_case; the one self-referencing key) -- a plumbing contractor's jobs:
  plumbers(plumber_id, full_name, licence_level 'apprentice'/'journeyman'/'master', hourly_rate, hired_on,
  supervisor_id -> plumbers, NULL for the owner); customers(customer_id, full_name, customer_type
  'residential'/'commercial', city, phone NULL sometimes, created_on); parts(part_id, part_name, category,
  unit_price); jobs(job_id, customer_id, plumber_id, job_type 'leak repair'/'drain cleaning'/..., priority
  'normal'/'emergency', status 'scheduled'/'completed'/'cancelled', scheduled_date, completed_date NULL unless
  completed, labour_hours NULL unless completed); job_parts(job_id, part_id, quantity); invoices(invoice_id,
  job_id, issued_on, amount, paid_on NULL while unpaid).

``selfstorage`` (singular snake_case tables, ``id`` keys and ``<table>_id`` references) -- a self-storage firm:
  facility(id, name, city, opened_date); unit(id, facility_id, unit_number, size_label '5x5'..'10x30',
  square_feet, climate_controlled 0/1, monthly_rate); tenant(id, full_name, email, phone NULL sometimes,
  joined_date); rental(id, unit_id, tenant_id, start_date, end_date NULL while the rental runs, monthly_rate,
  billing_cycle 'monthly'/'quarterly'/'semiannual'); payment(id, rental_id, paid_date, amount, method
  'card'/'cash'/'bank transfer'); gate_entry(id, rental_id, entered_at 'YYYY-MM-DD HH:MM').

``florist`` (PascalCase tables, camelCase columns) -- a flower shop:
  Customer(customerId, fullName, email NULL sometimes, city, customerType 'Individual'/'Corporate', createdAt);
  Florist(floristId, fullName, startDate); Driver(driverId, fullName, vehicleType 'Van'/'Car'/'Cargo bike');
  Arrangement(arrangementId, arrangementName, occasion 'Wedding'/'Funeral'/'Birthday'/..., basePrice);
  FlowerOrder(orderId, customerId, floristId, driverId NULL for pickups, orderDate, deliveryDate, fulfilment
  'Delivery'/'Pickup', orderStatus 'Completed'/'Cancelled'/'Pending', deliveryFee, cardMessage NULL when none);
  OrderLine(orderLineId, orderId, arrangementId, quantity, unitPrice).

``pestctrl`` (abbreviated columns, coded values, one code lookup table) -- a pest-control service:
  ref_cd(cd_typ, cd, cd_desc) with cd_typ 'CUST_TYP' (R residential, C commercial), 'CNTR_STAT' (A active,
  C cancelled), 'PEST' (ANT, RDT rodents, TRM termites, BBG bed bugs, WSP wasps, CKR cockroaches, FLE fleas),
  'VST_STAT' (D done, N no access, S scheduled), 'UNIT' (L, KG, EA); cust(cust_id, cust_nm, cust_typ_cd,
  city_nm, phn_no NULL sometimes, crt_dt); tech(tech_id, tech_nm, hire_dt, lic_no NULL for trainees, cert_flg
  'Y'/'N'); cntr(cntr_id, cust_id, start_dt, end_dt NULL while active, mo_fee_amt, stat_cd); chem(chem_id,
  chem_nm, unit_cd, unit_cost_amt); svc_vst(vst_id, cust_id, tech_id, vst_dt, pest_cd, stat_cd, dur_min and
  chrg_amt NULL unless done, callbk_flg 'Y'/'N'); vst_chem(vst_id, chem_id, used_qty).

``daycare`` (``tbl_`` tables, ``is_``/``has_`` flags stored as 0/1) -- a children's day nursery:
  tbl_room(room_id, room_name, min_age_months, max_age_months, capacity); tbl_staff(staff_id, staff_name,
  room_id NULL for floating staff, hired_date, is_lead, has_first_aid); tbl_child(child_id, child_name, birth_date, room_id,
  enrolled_date, left_date NULL while enrolled, has_allergy, is_full_time); tbl_guardian(guardian_id, child_id,
  guardian_name, relationship 'mother'/'father'/'grandparent'/'other', phone, is_primary_contact);
  tbl_attendance(attendance_id, child_id, att_date, check_in and check_out 'YYYY-MM-DD HH:MM', is_late_pickup)
  for September-October 2024; tbl_invoice(invoice_id, child_id, invoice_month 'YYYY-MM-01', amount, is_paid,
  paid_date NULL while unpaid); tbl_incident(incident_id, child_id, staff_id, incident_date, incident_type
  'minor injury'/'illness'/'behaviour'/'allergic reaction', is_parent_notified).

``tutoring`` (UPPER_CASE names, 'Y'/'N' flags) -- a private tutoring agency:
  SUBJECT(SUBJECT_CODE 'MATH'/'PHYS'/..., SUBJECT_NAME); TUTOR(TUTOR_ID, TUTOR_NAME, HOURLY_RATE, JOINED_DATE,
  BACKGROUND_CHECK_FLAG, ACTIVE_FLAG); TUTOR_SUBJECT(TUTOR_ID, SUBJECT_CODE); STUDENT(STUDENT_ID, STUDENT_NAME,
  SCHOOL_YEAR 3-13, PARENT_EMAIL NULL sometimes, SIGNUP_DATE, REFERRED_FLAG); LESSON(LESSON_ID, TUTOR_ID,
  STUDENT_ID, SUBJECT_CODE, LESSON_START 'YYYY-MM-DD HH:MM', DURATION_MIN, LESSON_MODE 'ONLINE'/'IN_PERSON',
  LESSON_STATUS 'DONE'/'CANCELLED'/'NO_SHOW', FEE); INVOICE(INVOICE_ID, STUDENT_ID, INVOICE_DATE, TOTAL_AMOUNT,
  PAID_FLAG); REVIEW(REVIEW_ID, LESSON_ID, RATING 1-5, REVIEW_TEXT NULL sometimes).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, GIVEN, LAST_NAMES, day_between, done, fresh_db, full_names, insert


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _stamp(d: dt.date, minutes: int) -> str:
    return f"{d.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}"


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    out = []
    d = first.replace(day=1)
    while d <= last:
        out.append(d)
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def _phone(r: random.Random) -> str:
    return f"555-{r.randrange(100, 1000)}-{r.randrange(1000, 10000)}"


# ----------------------------------------------------------------------------------------------------- plumbing

PLUMBING_DDL = """
CREATE TABLE plumbers (
    plumber_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    licence_level TEXT NOT NULL,
    hourly_rate REAL NOT NULL,
    hired_on TEXT NOT NULL,
    supervisor_id INTEGER REFERENCES plumbers(plumber_id)
);
CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    customer_type TEXT NOT NULL,
    city TEXT NOT NULL,
    phone TEXT,
    created_on TEXT NOT NULL
);
CREATE TABLE parts (
    part_id INTEGER PRIMARY KEY,
    part_name TEXT NOT NULL,
    category TEXT NOT NULL,
    unit_price REAL NOT NULL
);
CREATE TABLE jobs (
    job_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    plumber_id INTEGER NOT NULL REFERENCES plumbers(plumber_id),
    job_type TEXT NOT NULL,
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    scheduled_date TEXT NOT NULL,
    completed_date TEXT,
    labour_hours REAL
);
CREATE TABLE job_parts (
    job_id INTEGER NOT NULL REFERENCES jobs(job_id),
    part_id INTEGER NOT NULL REFERENCES parts(part_id),
    quantity INTEGER NOT NULL,
    PRIMARY KEY (job_id, part_id)
);
CREATE TABLE invoices (
    invoice_id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL UNIQUE REFERENCES jobs(job_id),
    issued_on TEXT NOT NULL,
    amount REAL NOT NULL,
    paid_on TEXT
);
"""

PLUMBING_PARTS = [
    ("Compression fitting 15mm", "fittings", 3.40),
    ("Compression fitting 22mm", "fittings", 4.90),
    ("Copper elbow 15mm", "fittings", 1.80),
    ("Copper elbow 22mm", "fittings", 2.60),
    ("PVC coupling 40mm", "fittings", 2.20),
    ("Brass tee 15mm", "fittings", 5.10),
    ("Copper pipe 15mm (3m)", "pipe", 18.50),
    ("Copper pipe 22mm (3m)", "pipe", 29.75),
    ("PEX pipe 16mm (10m)", "pipe", 24.00),
    ("PVC waste pipe 40mm (3m)", "pipe", 11.25),
    ("Flexible hose 300mm", "pipe", 7.95),
    ("Ball valve 15mm", "valves", 9.80),
    ("Ball valve 22mm", "valves", 13.40),
    ("Pressure relief valve", "valves", 38.00),
    ("Isolation valve", "valves", 6.70),
    ("Float valve", "valves", 12.90),
    ("Toilet fill valve", "toilet", 14.50),
    ("Toilet flush valve", "toilet", 19.90),
    ("Wax ring seal", "toilet", 4.25),
    ("Toilet seat hinge kit", "toilet", 8.60),
    ("Cistern lever", "toilet", 6.30),
    ("Kitchen tap cartridge", "taps", 22.00),
    ("Basin mixer tap", "taps", 64.00),
    ("Tap washer pack", "taps", 3.10),
    ("Water heater element", "heating", 42.50),
    ("Thermostat", "heating", 36.80),
    ("Anode rod", "heating", 31.00),
    ("Expansion vessel 8L", "heating", 58.00),
    ("Water heater 50 gal", "heating", 689.00),
    ("Water heater 40 gal", "heating", 579.00),
    ("Drain trap 40mm", "drainage", 7.40),
    ("Drain cleaning enzyme", "drainage", 15.60),
    ("Sink waste kit", "drainage", 11.90),
    ("PTFE tape", "consumables", 1.20),
    ("Pipe sealant", "consumables", 6.50),
    ("Solder wire", "consumables", 9.90),
    ("Flux paste", "consumables", 5.40),
    ("Pipe clips (pack of 10)", "consumables", 3.80),
]

PLUMBING_JOB_TYPES = [
    # (type, weight, labour hour range, part categories)
    ("leak repair", 31, (0.75, 3.0), ["fittings", "pipe", "valves", "consumables"]),
    ("drain cleaning", 24, (0.5, 2.5), ["drainage", "consumables"]),
    ("toilet repair", 17, (0.5, 2.0), ["toilet", "consumables"]),
    ("pipe replacement", 12, (2.0, 7.0), ["pipe", "fittings", "consumables"]),
    ("water heater install", 9, (3.0, 6.5), ["heating", "valves", "fittings"]),
    ("tap replacement", 7, (0.5, 1.5), ["taps", "consumables"]),
]


def build_plumbing(path: Path) -> None:
    r = random.Random(29001)
    c = fresh_db(path, PLUMBING_DDL)
    names = full_names(r, 14 + 380)
    staff_names, cust_names = names[:14], names[14:]
    # the owner, two more masters, five journeymen, six apprentices
    levels = ["master"] * 3 + ["journeyman"] * 5 + ["apprentice"] * 6
    plumbers = []
    for i, level in enumerate(levels, start=1):
        if level == "master":
            rate = [112.0, 98.5, 94.0][i - 1]
            hired = [dt.date(2022, 1, 3), dt.date(2022, 1, 17), dt.date(2022, 6, 6)][i - 1]
            sup = None if i == 1 else 1
        elif level == "journeyman":
            rate = [82.0, 79.5, 76.0, 84.5, 71.0][i - 4]
            hired = day_between(r, dt.date(2022, 2, 1), dt.date(2023, 6, 30))
            sup = 2 if i in (4, 6, 8) else 3
        else:
            rate = [38.0, 41.5, 36.5, 44.0, 39.0, 42.5][i - 9]
            hired = day_between(r, dt.date(2022, 9, 1), dt.date(2024, 9, 30))
            sup = [4, 5, 4, 6, 7, 2][i - 9]
        plumbers.append((i, staff_names[i - 1], level, rate, _iso(hired), sup))
    insert(c, "plumbers", plumbers)

    cities = ["Springfield", "Riverton", "Lakeside", "Fairview", "Oakdale", "Maple Grove"]
    city_w = [34, 22, 16, 12, 9, 7]
    firms = [f"{s} {k}" for s in LAST_NAMES for k in ("Properties", "Apartments", "Cafe", "Dental", "Motors", "Hotel")]
    r.shuffle(firms)
    customers = []
    for i, name in enumerate(cust_names, start=1):
        commercial = r.random() < 0.18
        if commercial:
            name = firms.pop()
        created = day_between(r, dt.date(2022, 1, 5), dt.date(2025, 6, 30))
        phone = None if r.random() < 0.09 else _phone(r)
        customers.append(
            (
                i,
                name,
                "commercial" if commercial else "residential",
                r.choices(cities, city_w)[0],
                phone,
                _iso(created),
            )
        )
    insert(c, "customers", customers)

    parts = [(i, n, cat, p) for i, (n, cat, p) in enumerate(PLUMBING_PARTS, start=1)]
    insert(c, "parts", parts)
    parts_by_cat: dict[str, list[tuple[int, str, str, float]]] = {}
    for p in parts:
        parts_by_cat.setdefault(p[2], []).append(p)

    never = set(r.sample(range(1, len(customers) + 1), 34))
    active_customers = [cu for cu in customers if cu[0] not in never]
    cust_w = [5.0 if cu[2] == "commercial" else r.choice([1.0, 1.0, 1.5, 2.5]) for cu in active_customers]
    plumber_w = {1: 0.6, 2: 1.2, 3: 1.3, 4: 1.6, 5: 1.5, 6: 1.4, 7: 1.7, 8: 1.2, 9: 0.9, 10: 1.0, 11: 0.8}
    jobs, job_parts, invoices = [], [], []
    end = dt.date(2025, 10, 31)
    for job_id in range(1, 1651):
        cu = r.choices(active_customers, cust_w)[0]
        created = dt.date.fromisoformat(cu[5])
        sched = day_between(r, created, min(end, created + dt.timedelta(days=700)))
        jt, _, hours, cats = r.choices(PLUMBING_JOB_TYPES, [t[1] for t in PLUMBING_JOB_TYPES])[0]
        eligible = [
            p
            for p in plumbers
            if dt.date.fromisoformat(p[4]) <= sched and not (jt == "water heater install" and p[2] == "apprentice")
        ]
        pl = r.choices(eligible, [plumber_w.get(p[0], 1.0) for p in eligible])[0]
        priority = (
            "emergency" if r.random() < (0.2 if jt in ("leak repair", "pipe replacement") else 0.05) else "normal"
        )
        status = "scheduled" if sched > dt.date(2025, 10, 10) else ("cancelled" if r.random() < 0.08 else "completed")
        completed = labour = None
        if status == "completed":
            cd = sched + dt.timedelta(days=r.choice([0, 0, 0, 0, 1, 1, 2]))
            completed = _iso(cd)
            labour = round(r.uniform(*hours) * 4) / 4
            parts_cost = 0.0
            pool = [p for cat in cats for p in parts_by_cat[cat]]
            if jt == "water heater install":
                heater = r.choice([p for p in parts_by_cat["heating"] if p[1].startswith("Water heater ")])
                chosen = [
                    heater,
                    *r.sample(
                        [p for p in pool if p is not heater and not p[1].startswith("Water heater ")], r.randint(1, 3)
                    ),
                ]
            else:
                pool = [p for p in pool if not p[1].startswith("Water heater ")]
                chosen = r.sample(pool, r.choice([0, 1, 1, 2, 2, 3]))
            for p in chosen:
                q = 1 if p[2] in ("heating", "taps", "toilet") else r.randint(1, 6)
                job_parts.append((job_id, p[0], q))
                parts_cost += q * p[3]
            callout = 145.0 if priority == "emergency" else 65.0
            amount = round(callout + labour * pl[3] + parts_cost * 1.2, 2)
            issued = cd + dt.timedelta(days=r.choice([0, 0, 1, 1, 2, 3]))
            paid_day = issued + dt.timedelta(days=r.choice([0, 1, 3, 7, 14, 21, 30, 45]))
            late = (issued > dt.date(2025, 9, 20) and r.random() < 0.6) or r.random() < 0.05
            paid = None if late or paid_day > dt.date(2025, 10, 31) else _iso(paid_day)
            invoices.append((len(invoices) + 1, job_id, _iso(issued), amount, paid))
        jobs.append((job_id, cu[0], pl[0], jt, priority, status, _iso(sched), completed, labour))
    jobs.sort(key=lambda j: (j[6], j[0]))
    renumber = {j[0]: k for k, j in enumerate(jobs, start=1)}
    jobs = [(renumber[j[0]], *j[1:]) for j in jobs]
    job_parts = sorted((renumber[jp[0]], jp[1], jp[2]) for jp in job_parts)
    invoices = sorted((renumber[inv[1]], inv[2], inv[3], inv[4]) for inv in invoices)
    insert(c, "jobs", jobs)
    insert(c, "job_parts", job_parts)
    insert(c, "invoices", [(k, *inv) for k, inv in enumerate(invoices, start=1)])
    done(c)


# -------------------------------------------------------------------------------------------------- selfstorage

SELFSTORAGE_DDL = """
CREATE TABLE facility (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    opened_date TEXT NOT NULL
);
CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    facility_id INTEGER NOT NULL REFERENCES facility(id),
    unit_number TEXT NOT NULL,
    size_label TEXT NOT NULL,
    square_feet INTEGER NOT NULL,
    climate_controlled INTEGER NOT NULL,
    monthly_rate REAL NOT NULL
);
CREATE TABLE tenant (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    joined_date TEXT NOT NULL
);
CREATE TABLE rental (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    monthly_rate REAL NOT NULL,
    billing_cycle TEXT NOT NULL
);
CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    rental_id INTEGER NOT NULL REFERENCES rental(id),
    paid_date TEXT NOT NULL,
    amount REAL NOT NULL,
    method TEXT NOT NULL
);
CREATE TABLE gate_entry (
    id INTEGER PRIMARY KEY,
    rental_id INTEGER NOT NULL REFERENCES rental(id),
    entered_at TEXT NOT NULL
);
"""


def build_selfstorage(path: Path) -> None:
    r = random.Random(29002)
    c = fresh_db(path, SELFSTORAGE_DDL)
    facilities = [
        (1, "Northgate Storage", "Springfield", "2022-01-10", 1.00, 78),
        (2, "Riverside Storage", "Riverton", "2022-03-14", 0.92, 64),
        (3, "Airport Road Storage", "Springfield", "2022-09-05", 1.08, 52),
        (4, "Old Mill Storage", "Milltown", "2023-05-22", 0.85, 44),
    ]
    insert(c, "facility", [f[:4] for f in facilities])
    sizes = [("5x5", 25, 45.0, 14), ("5x10", 50, 69.0, 24), ("10x10", 100, 119.0, 27), ("10x15", 150, 155.0, 17),
             ("10x20", 200, 189.0, 12), ("10x30", 300, 259.0, 6)]  # fmt: skip
    units = []
    for fid, _, _, _, factor, n in facilities:
        for k in range(n):
            label, sq, base, _ = r.choices(sizes, [s[3] for s in sizes])[0]
            climate = 1 if r.random() < (0.45 if sq <= 100 else 0.2) else 0
            rate = round(base * factor * (1.25 if climate else 1.0) + r.choice([0, 0, 5, -5]), 0) - 0.01
            units.append((len(units) + 1, fid, f"{chr(65 + k // 20)}{101 + k % 20}", label, sq, climate, rate))
    insert(c, "unit", units)

    names = full_names(r, 520)
    tenants = []
    for i, name in enumerate(names, start=1):
        joined = day_between(r, dt.date(2022, 1, 1), dt.date(2025, 9, 30))
        email = name.lower().replace(" ", ".") + r.choice(["@mailbox.com", "@webpost.net", "@inbox.org"])
        tenants.append([i, name, email, None if r.random() < 0.12 else _phone(r), joined])
    rentals = []
    end = dt.date(2025, 10, 31)
    opened = {f[0]: dt.date.fromisoformat(f[3]) for f in facilities}
    free_tenants = list(range(1, len(tenants) + 1))
    r.shuffle(free_tenants)
    usable = free_tenants[31:]  # the first 31 signed up but never rented
    repeaters = r.sample(usable, 40)
    queue = list(usable)
    for u in units:
        if r.random() < 0.04:
            continue  # never rented yet
        d = opened[u[1]] + dt.timedelta(days=r.randrange(0, 120))
        while d <= end:
            length = r.choice([45, 90, 120, 180, 240, 300, 365, 420, 540, 720, 900])
            stop = d + dt.timedelta(days=length + r.randrange(0, 30))
            tenant_id = r.choice(repeaters) if r.random() < 0.2 or not queue else queue.pop()
            rate = round(u[6] * r.choice([1.0, 1.0, 1.0, 0.9, 1.05]), 2)
            cycle = r.choices(["monthly", "quarterly", "semiannual"], [50, 32, 18])[0]
            rentals.append([0, u[0], tenant_id, d, stop if stop <= end else None, rate, cycle])
            if stop > end:
                break
            d = stop + dt.timedelta(days=r.randrange(3, 120))
    rentals.sort(key=lambda x: (x[3], x[1]))
    first_rental: dict[int, dt.date] = {}
    for k, ren in enumerate(rentals, start=1):
        ren[0] = k
        first_rental.setdefault(ren[2], ren[3])
    for t in tenants:
        if t[0] in first_rental:  # a tenant signs up a few days before the first rental
            t[4] = first_rental[t[0]] - dt.timedelta(days=r.randrange(0, 10))
    insert(c, "tenant", [(t[0], t[1], t[2], t[3], _iso(t[4])) for t in tenants])
    insert(c, "rental", [(x[0], x[1], x[2], _iso(x[3]), x[4] and _iso(x[4]), x[5], x[6]) for x in rentals])
    payments, gates = [], []
    months = {"monthly": 1, "quarterly": 3, "semiannual": 6}
    pay_end = dt.date(2025, 10, 15)
    for ren in rentals:
        step = months[ren[6]]
        stop = ren[4] or pay_end
        method_w = r.choice([[70, 10, 20], [30, 5, 65], [50, 40, 10]])
        d = ren[3]
        while d <= min(stop, pay_end):
            span_days = (min(stop, d + dt.timedelta(days=30 * step)) - d).days
            n_months = max(1, round(span_days / 30))
            amount = round(ren[5] * n_months * (0.95 if step == 6 else 1.0), 2)
            paid = d + dt.timedelta(days=r.choice([0, 0, 0, 1, 2, 5]))
            if paid <= pay_end:
                payments.append((paid, ren[0], amount, r.choices(["card", "cash", "bank transfer"], method_w)[0]))
            d = d + dt.timedelta(days=30 * step)
        visits = r.choice([0, 1, 2, 3, 4, 6, 9])
        span = ((stop if ren[4] else end) - ren[3]).days
        for _ in range(visits):
            if span <= 0:
                break
            vd = ren[3] + dt.timedelta(days=r.randrange(span))
            hour = r.choices(range(6, 22), [1, 3, 5, 7, 8, 7, 6, 5, 5, 6, 8, 11, 9, 6, 3, 2])[0]
            gates.append((_stamp(vd, hour * 60 + r.randrange(60)), ren[0]))
    payments.sort()
    insert(c, "payment", [(k, p[1], _iso(p[0]), p[2], p[3]) for k, p in enumerate(payments, start=1)])
    gates.sort()
    insert(c, "gate_entry", [(k, g[1], g[0]) for k, g in enumerate(gates, start=1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ florist

FLORIST_DDL = """
CREATE TABLE Customer (
    customerId INTEGER PRIMARY KEY,
    fullName TEXT NOT NULL,
    email TEXT,
    city TEXT NOT NULL,
    customerType TEXT NOT NULL,
    createdAt TEXT NOT NULL
);
CREATE TABLE Florist (
    floristId INTEGER PRIMARY KEY,
    fullName TEXT NOT NULL,
    startDate TEXT NOT NULL
);
CREATE TABLE Driver (
    driverId INTEGER PRIMARY KEY,
    fullName TEXT NOT NULL,
    vehicleType TEXT NOT NULL
);
CREATE TABLE Arrangement (
    arrangementId INTEGER PRIMARY KEY,
    arrangementName TEXT NOT NULL,
    occasion TEXT NOT NULL,
    basePrice REAL NOT NULL
);
CREATE TABLE FlowerOrder (
    orderId INTEGER PRIMARY KEY,
    customerId INTEGER NOT NULL REFERENCES Customer(customerId),
    floristId INTEGER NOT NULL REFERENCES Florist(floristId),
    driverId INTEGER REFERENCES Driver(driverId),
    orderDate TEXT NOT NULL,
    deliveryDate TEXT NOT NULL,
    fulfilment TEXT NOT NULL,
    orderStatus TEXT NOT NULL,
    deliveryFee REAL NOT NULL,
    cardMessage TEXT
);
CREATE TABLE OrderLine (
    orderLineId INTEGER PRIMARY KEY,
    orderId INTEGER NOT NULL REFERENCES FlowerOrder(orderId),
    arrangementId INTEGER NOT NULL REFERENCES Arrangement(arrangementId),
    quantity INTEGER NOT NULL,
    unitPrice REAL NOT NULL
);
"""

FLORIST_ARRANGEMENTS = [
    ("Classic Dozen Roses", "Romance", 79.0),
    ("Red Rose Heart", "Romance", 145.0),
    ("Tulip Love Bunch", "Romance", 54.0),
    ("Orchid Elegance", "Romance", 96.0),
    ("Bridal Cascade Bouquet", "Wedding", 210.0),
    ("Bridesmaid Posy", "Wedding", 68.0),
    ("Buttonhole Rose", "Wedding", 12.5),
    ("Table Centrepiece", "Wedding", 58.0),
    ("Church Pew Spray", "Wedding", 42.0),
    ("Arch Garland", "Wedding", 265.0),
    ("White Lily Wreath", "Funeral", 155.0),
    ("Casket Spray", "Funeral", 240.0),
    ("Sympathy Basket", "Funeral", 85.0),
    ("Standing Cross", "Funeral", 189.0),
    ("Sunshine Birthday Box", "Birthday", 49.0),
    ("Gerbera Party Bunch", "Birthday", 39.5),
    ("Balloon and Bloom", "Birthday", 62.0),
    ("Anniversary Peonies", "Anniversary", 88.0),
    ("Ruby Anniversary Roses", "Anniversary", 120.0),
    ("Get Well Daisies", "Get Well", 36.0),
    ("Cheerful Chrysanthemums", "Get Well", 42.0),
    ("Seasonal Hand-tied", "Everyday", 45.0),
    ("Wildflower Jar", "Everyday", 29.0),
    ("Succulent Trio", "Everyday", 33.0),
    ("Office Reception Display", "Corporate", 175.0),
    ("Desk Orchid", "Corporate", 58.0),
    ("New Baby Blues", "New Baby", 52.0),
    ("New Baby Pinks", "New Baby", 52.0),
]


def build_florist(path: Path) -> None:
    r = random.Random(29003)
    c = fresh_db(path, FLORIST_DDL)
    names = full_names(r, 9 + 7 + 430)
    florists = [
        (i, names[i - 1], _iso(d))
        for i, d in enumerate(
            [dt.date(2022, 1, 4), dt.date(2022, 1, 4), dt.date(2022, 8, 15), dt.date(2023, 2, 1), dt.date(2023, 9, 11),
             dt.date(2024, 3, 4), dt.date(2024, 10, 21), dt.date(2025, 2, 3), dt.date(2025, 6, 16)],
            start=1,
        )
    ]  # fmt: skip
    insert(c, "Florist", florists)
    drivers = [
        (i, names[9 + i - 1], v) for i, v in enumerate(["Van", "Van", "Car", "Car", "Cargo bike", "Van", "Car"], 1)
    ]
    insert(c, "Driver", drivers)
    cities = ["Bristol", "Bath", "Keynsham", "Portishead", "Clevedon", "Nailsea"]
    firms = [
        f"{s} {k}" for s in LAST_NAMES for k in ("& Co Solicitors", "Estates", "Hotel", "Funeral Services", "Events")
    ]
    r.shuffle(firms)
    customers = []
    for i, name in enumerate(names[16:], start=1):
        corporate = r.random() < 0.12
        if corporate:
            name = firms.pop()
        email = None if r.random() < 0.15 else name.lower().replace(" ", "").replace("&", "") + "@example.com"
        customers.append(
            (i, name, email, r.choices(cities, [40, 18, 12, 11, 10, 9])[0], "Corporate" if corporate else "Individual",
             _iso(day_between(r, dt.date(2022, 1, 10), dt.date(2025, 8, 31))))
        )  # fmt: skip
    insert(c, "Customer", customers)
    arrangements = [(i, *a) for i, a in enumerate(FLORIST_ARRANGEMENTS, start=1)]
    insert(c, "Arrangement", arrangements)

    never = set(r.sample(range(1, len(customers) + 1), 38))
    buyers = [cu for cu in customers if cu[0] not in never]
    buyer_w = [4.0 if cu[4] == "Corporate" else r.choice([1.0, 1.0, 1.0, 2.0, 3.0]) for cu in buyers]
    occ_w = {"Romance": 18, "Wedding": 6, "Funeral": 10, "Birthday": 20, "Anniversary": 8, "Get Well": 7,
             "Everyday": 18, "Corporate": 5, "New Baby": 6}  # fmt: skip
    florist_w = [1.5, 1.3, 1.2, 1.0, 1.1, 0.9, 1.0, 0.8, 0.7]
    driver_w = [1.4, 1.2, 1.0, 0.9, 0.7, 1.1, 0.6]
    messages = ["Happy birthday!", "With love", "Thinking of you", "Congratulations!", "Get well soon",
                "With deepest sympathy", "Happy anniversary", "Thank you", "Welcome to the world"]  # fmt: skip
    orders, lines = [], []
    end = dt.date(2025, 10, 31)
    spikes = [dt.date(y, 2, 14) for y in (2022, 2023, 2024, 2025)] + [
        dt.date(2022, 3, 27), dt.date(2023, 3, 19), dt.date(2024, 3, 10), dt.date(2025, 3, 30)
    ]  # fmt: skip
    for _ in range(2400):
        cu = r.choices(buyers, buyer_w)[0]
        created = dt.date.fromisoformat(cu[5])
        if r.random() < 0.13:
            deliv = r.choice([s for s in spikes if s >= created] or [end])
            occasion = "Romance" if deliv.month == 2 else "Everyday"
        else:
            deliv = day_between(r, created, end)
            occasion = r.choices(list(occ_w), list(occ_w.values()))[0]
            if cu[4] == "Corporate" and r.random() < 0.5:
                occasion = "Corporate"
        ordered = deliv - dt.timedelta(days=r.choice([0, 0, 1, 1, 1, 2, 3, 5, 7, 14]))
        ordered = max(ordered, created)
        fl = r.choices(
            [f for f in florists if f[2] <= _iso(ordered)],
            [florist_w[f[0] - 1] for f in florists if f[2] <= _iso(ordered)],
        )[0]
        status = "Pending" if deliv > dt.date(2025, 10, 24) else ("Cancelled" if r.random() < 0.05 else "Completed")
        pickup = r.random() < 0.22
        if pickup:
            drv, fee, how = None, 0.0, "Pickup"
        else:
            drv = r.choices(drivers, driver_w)[0][0]
            fee = r.choice([6.95, 6.95, 9.95, 9.95, 14.95])
            how = "Delivery"
        msg = None
        if r.random() < 0.62:
            msg = {"Birthday": "Happy birthday!", "Funeral": "With deepest sympathy", "Get Well": "Get well soon",
                   "Anniversary": "Happy anniversary", "New Baby": "Welcome to the world"}.get(occasion) or r.choice(messages)  # fmt: skip
        orders.append([0, cu[0], fl[0], drv, ordered, deliv, how, status, fee, msg, occasion])
    orders.sort(key=lambda o: (o[4], o[5], o[1]))
    for k, o in enumerate(orders, start=1):
        o[0] = k
        occasion = o.pop()
        pool = [a for a in arrangements if a[2] == occasion]
        n_lines = 1 if occasion != "Wedding" else r.randint(2, 4)
        for a in r.sample(pool, min(n_lines, len(pool))):
            q = r.choice([1, 1, 2, 4, 6, 8]) if occasion == "Wedding" else 1
            if occasion == "Corporate":
                q = r.choice([1, 1, 1, 2, 3])
            price = a[3] if o[4].year < 2024 else round(a[3] * 1.06, 1)
            if o[4].year == 2025:
                price = round(a[3] * 1.1, 1)
            lines.append((len(lines) + 1, k, a[0], q, price))
        if r.random() < 0.1 and occasion not in ("Wedding", "Funeral"):
            extra = r.choice([a for a in arrangements if a[2] == "Everyday"])
            lines.append((len(lines) + 1, k, extra[0], 1, extra[3]))
    insert(c, "FlowerOrder", [(o[0], o[1], o[2], o[3], _iso(o[4]), _iso(o[5]), *o[6:]) for o in orders])
    insert(c, "OrderLine", lines)
    done(c)


# ----------------------------------------------------------------------------------------------------- pestctrl

PESTCTRL_DDL = """
CREATE TABLE ref_cd (
    cd_typ TEXT NOT NULL,
    cd TEXT NOT NULL,
    cd_desc TEXT NOT NULL,
    PRIMARY KEY (cd_typ, cd)
);
CREATE TABLE cust (
    cust_id INTEGER PRIMARY KEY,
    cust_nm TEXT NOT NULL,
    cust_typ_cd TEXT NOT NULL,
    city_nm TEXT NOT NULL,
    phn_no TEXT,
    crt_dt TEXT NOT NULL
);
CREATE TABLE tech (
    tech_id INTEGER PRIMARY KEY,
    tech_nm TEXT NOT NULL,
    hire_dt TEXT NOT NULL,
    lic_no TEXT,
    cert_flg TEXT NOT NULL
);
CREATE TABLE cntr (
    cntr_id INTEGER PRIMARY KEY,
    cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
    start_dt TEXT NOT NULL,
    end_dt TEXT,
    mo_fee_amt REAL NOT NULL,
    stat_cd TEXT NOT NULL
);
CREATE TABLE chem (
    chem_id INTEGER PRIMARY KEY,
    chem_nm TEXT NOT NULL,
    unit_cd TEXT NOT NULL,
    unit_cost_amt REAL NOT NULL
);
CREATE TABLE svc_vst (
    vst_id INTEGER PRIMARY KEY,
    cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
    tech_id INTEGER NOT NULL REFERENCES tech(tech_id),
    vst_dt TEXT NOT NULL,
    pest_cd TEXT NOT NULL,
    stat_cd TEXT NOT NULL,
    dur_min INTEGER,
    chrg_amt REAL,
    callbk_flg TEXT NOT NULL
);
CREATE TABLE vst_chem (
    vst_id INTEGER NOT NULL REFERENCES svc_vst(vst_id),
    chem_id INTEGER NOT NULL REFERENCES chem(chem_id),
    used_qty REAL NOT NULL,
    PRIMARY KEY (vst_id, chem_id)
);
"""

PEST_CODES = [
    ("ANT", "Ants", 24, (30, 60), 95.0, [1, 2, 9]),
    ("RDT", "Rodents", 27, (40, 90), 140.0, [3, 4, 5]),
    ("TRM", "Termites", 7, (120, 300), 420.0, [6, 7]),
    ("BBG", "Bed bugs", 9, (90, 180), 310.0, [8, 10]),
    ("WSP", "Wasps", 14, (20, 45), 85.0, [11]),
    ("CKR", "Cockroaches", 13, (45, 90), 150.0, [9, 12, 1]),
    ("FLE", "Fleas", 6, (40, 75), 120.0, [10, 8]),
]
PEST_CHEMS = [
    ("Gel ant bait", "EA", 4.20),
    ("Perimeter spray concentrate", "L", 38.50),
    ("Rodent bait block", "EA", 1.35),
    ("Snap trap", "EA", 2.80),
    ("Tamper-proof bait station", "EA", 11.90),
    ("Termiticide soil treatment", "L", 54.00),
    ("Termite bait cartridge", "EA", 27.50),
    ("Residual insecticide spray", "L", 46.00),
    ("Insect growth regulator", "L", 61.00),
    ("Diatomaceous earth", "KG", 9.60),
    ("Wasp nest foam", "EA", 8.75),
    ("Cockroach gel bait", "EA", 6.40),
]


def build_pestctrl(path: Path) -> None:
    r = random.Random(29004)
    c = fresh_db(path, PESTCTRL_DDL)
    ref = [("CUST_TYP", "R", "Residential"), ("CUST_TYP", "C", "Commercial"),
           ("CNTR_STAT", "A", "Active"), ("CNTR_STAT", "C", "Cancelled"),
           ("VST_STAT", "D", "Done"), ("VST_STAT", "N", "No access"), ("VST_STAT", "S", "Scheduled"),
           ("UNIT", "L", "Litre"), ("UNIT", "KG", "Kilogram"), ("UNIT", "EA", "Each")]  # fmt: skip
    ref += [("PEST", p[0], p[1]) for p in PEST_CODES]
    insert(c, "ref_cd", sorted(ref))
    names = full_names(r, 12 + 420)
    techs = []
    hires = [dt.date(2022, 1, 10), dt.date(2022, 1, 10), dt.date(2022, 3, 7), dt.date(2022, 7, 18), dt.date(2022, 11, 1),
             dt.date(2023, 2, 13), dt.date(2023, 6, 5), dt.date(2023, 10, 2), dt.date(2024, 2, 19), dt.date(2024, 8, 26),
             dt.date(2025, 1, 13), dt.date(2025, 5, 6)]  # fmt: skip
    for i, h in enumerate(hires, start=1):
        cert = "Y" if i <= 7 or i == 9 else "N"
        lic = f"PCO-{40210 + i * 37}" if cert == "Y" or i == 10 else None
        techs.append((i, names[i - 1], _iso(h), lic, cert))
    insert(c, "tech", techs)
    cities = ["Tampa", "Clearwater", "St. Petersburg", "Brandon", "Largo", "Dunedin"]
    biz_a = ["Harbor", "Golden", "Sunset", "Bayside", "Palm", "Gulf", "Citrus", "Coral", "Pelican", "Mango", "Seabreeze"]  # fmt: skip
    biz_b = ["Diner", "Bakery", "Motel", "Warehouse", "Elementary School", "Dental Clinic", "Grill", "Apartments",
             "Fitness", "Daycare", "Brewery", "Supermarket"]  # fmt: skip
    biz_names = [f"{a} {b}" for a in biz_a for b in biz_b]
    r.shuffle(biz_names)
    custs = []
    for i, name in enumerate(names[12:], start=1):
        comm = r.random() < 0.22
        custs.append(
            (i, biz_names.pop() if comm else name, "C" if comm else "R", r.choices(cities, [30, 20, 18, 14, 10, 8])[0],
             None if r.random() < 0.1 else _phone(r), _iso(day_between(r, dt.date(2022, 1, 1), dt.date(2025, 7, 31))))
        )  # fmt: skip
    insert(c, "cust", custs)
    chems = [(i, *ch) for i, ch in enumerate(PEST_CHEMS, start=1)]
    insert(c, "chem", chems)

    contracts = []
    end = dt.date(2025, 10, 31)
    for cu in custs:
        p = 0.7 if cu[2] == "C" else 0.18
        if r.random() < p:
            start = dt.date.fromisoformat(cu[5]) + dt.timedelta(days=r.randrange(0, 60))
            if start > end:
                continue
            fee = r.choice([89.0, 119.0, 149.0, 199.0, 249.0]) if cu[2] == "C" else r.choice([39.0, 45.0, 49.0, 59.0])
            if r.random() < 0.3:
                stop = start + dt.timedelta(days=r.randrange(120, 900))
                if stop < end:
                    contracts.append([cu[0], start, stop, fee, "C"])
                    continue
            contracts.append([cu[0], start, None, fee, "A"])
    contracts.sort(key=lambda x: (x[1], x[0]))
    insert(
        c, "cntr", [(k, x[0], _iso(x[1]), x[2] and _iso(x[2]), x[3], x[4]) for k, x in enumerate(contracts, start=1)]
    )

    never = set(r.sample([cu[0] for cu in custs if cu[2] == "R"], 45))
    visits = []
    by_contract = {x[0]: x for x in contracts}
    tech_w = [1.2, 1.4, 1.1, 1.0, 1.3, 0.9, 1.0, 1.2, 1.1, 0.8, 0.9, 0.7]
    for cu in custs:
        if cu[0] in never and cu[0] not in by_contract:
            continue
        dates = []
        ct = by_contract.get(cu[0])
        if ct:
            d = ct[1]
            stop = ct[2] or end
            while d <= stop:
                dates.append((d, True))
                d += dt.timedelta(days=91 + r.randrange(-7, 8))
        for _ in range(r.choice([1, 1, 1, 2, 2, 3])):
            dates.append((day_between(r, dt.date.fromisoformat(cu[5]), end), False))
        for d, _routine in dates:
            if d < dt.date(2022, 1, 10):
                d = dt.date(2022, 1, 10)
            month = d.month
            wts = []
            for pc in PEST_CODES:
                w = pc[2]
                if pc[0] == "WSP":
                    w = w * 2.0 if month in (5, 6, 7, 8, 9) else 1.0
                if pc[0] == "TRM" and cu[2] == "R":
                    w *= 1.5
                wts.append(w)
            pest = r.choices(PEST_CODES, wts)[0]
            eligible = [t for t in techs if dt.date.fromisoformat(t[2]) <= d]
            tech = r.choices(eligible, [tech_w[t[0] - 1] for t in eligible])[0]
            visits.append([0, cu[0], tech[0], d, pest, cu[2]])
    visits.sort(key=lambda v: (v[3], v[1]))
    vrows, vchem = [], []
    recent: dict[tuple[int, str], dt.date] = {}
    for k, v in enumerate(visits, start=1):
        _, cust_id, tech_id, d, pest, ctyp = v
        stat = "S" if d > dt.date(2025, 10, 17) else ("N" if r.random() < 0.07 else "D")
        callbk = "N"
        prev = recent.get((cust_id, pest[0]))
        if prev and (d - prev).days <= 45:
            callbk = "Y"
        dur = chrg = None
        if stat == "D":
            recent[(cust_id, pest[0])] = d
            dur = r.randrange(pest[3][0], pest[3][1] + 1, 5)
            chrg = (
                0.0
                if callbk == "Y"
                else round(pest[4] * (1.5 if ctyp == "C" else 1.0) + r.choice([0, 0, 15, 25, 40]), 2)
            )
            for ch_id in r.sample(pest[5], r.randint(1, len(pest[5]))):
                ch = chems[ch_id - 1]
                q = float(r.randint(1, 12)) if ch[2] == "EA" else round(r.uniform(0.2, 3.0), 1)
                vchem.append((k, ch_id, q))
        vrows.append((k, cust_id, tech_id, _iso(d), pest[0], stat, dur, chrg, callbk))
    # callbacks within the 45 days are rare on their own: add a realistic share
    vrows2 = []
    extra_k = len(vrows)
    for row in vrows:
        vrows2.append(row)
    for row in r.sample([v for v in vrows if v[5] == "D" and v[3] < "2025-09-01"], 70):
        extra_k += 1
        d = dt.date.fromisoformat(row[3]) + dt.timedelta(days=r.randrange(10, 35))
        dur = max(15, (row[6] or 30) // 2)
        vrows2.append((extra_k, row[1], row[2], _iso(d), row[4], "D", dur, 0.0, "Y"))
        vchem.append((extra_k, r.choice(next(p for p in PEST_CODES if p[0] == row[4])[5]), 1.0))
    insert(c, "svc_vst", vrows2)
    insert(c, "vst_chem", vchem)
    done(c)


# ------------------------------------------------------------------------------------------------------ daycare

DAYCARE_DDL = """
CREATE TABLE tbl_room (
    room_id INTEGER PRIMARY KEY,
    room_name TEXT NOT NULL,
    min_age_months INTEGER NOT NULL,
    max_age_months INTEGER NOT NULL,
    capacity INTEGER NOT NULL
);
CREATE TABLE tbl_staff (
    staff_id INTEGER PRIMARY KEY,
    staff_name TEXT NOT NULL,
    room_id INTEGER REFERENCES tbl_room(room_id),
    hired_date TEXT NOT NULL,
    is_lead INTEGER NOT NULL,
    has_first_aid INTEGER NOT NULL
);
CREATE TABLE tbl_child (
    child_id INTEGER PRIMARY KEY,
    child_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    room_id INTEGER NOT NULL REFERENCES tbl_room(room_id),
    enrolled_date TEXT NOT NULL,
    left_date TEXT,
    has_allergy INTEGER NOT NULL,
    is_full_time INTEGER NOT NULL
);
CREATE TABLE tbl_guardian (
    guardian_id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES tbl_child(child_id),
    guardian_name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    phone TEXT NOT NULL,
    is_primary_contact INTEGER NOT NULL
);
CREATE TABLE tbl_attendance (
    attendance_id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES tbl_child(child_id),
    att_date TEXT NOT NULL,
    check_in TEXT NOT NULL,
    check_out TEXT NOT NULL,
    is_late_pickup INTEGER NOT NULL
);
CREATE TABLE tbl_invoice (
    invoice_id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES tbl_child(child_id),
    invoice_month TEXT NOT NULL,
    amount REAL NOT NULL,
    is_paid INTEGER NOT NULL,
    paid_date TEXT
);
CREATE TABLE tbl_incident (
    incident_id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES tbl_child(child_id),
    staff_id INTEGER NOT NULL REFERENCES tbl_staff(staff_id),
    incident_date TEXT NOT NULL,
    incident_type TEXT NOT NULL,
    is_parent_notified INTEGER NOT NULL
);
"""


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)


def build_daycare(path: Path) -> None:
    r = random.Random(29005)
    c = fresh_db(path, DAYCARE_DDL)
    rooms = [(1, "Caterpillars", 3, 18, 24), (2, "Ladybirds", 18, 30, 22), (3, "Bumblebees", 30, 42, 26),
             (4, "Dragonflies", 42, 60, 40)]  # fmt: skip
    insert(c, "tbl_room", rooms)
    staff_names = full_names(r, 16)
    staff = []
    room_of_staff = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, None, None, 2]
    for i, (name, room) in enumerate(zip(staff_names, room_of_staff, strict=True), start=1):
        lead = 1 if i in (1, 4, 7, 10) else 0
        aid = 1 if lead or r.random() < 0.6 else 0
        hired = (
            day_between(r, dt.date(2022, 1, 1), dt.date(2025, 4, 30))
            if not lead
            else day_between(r, dt.date(2022, 1, 1), dt.date(2022, 12, 31))
        )
        staff.append((i, name, room, _iso(hired), lead, aid))
    insert(c, "tbl_staff", staff)
    # children: enrolled from 2022 to 2025; the room is where the child is now (or was when leaving)
    first_pool = [*GIVEN, "Ava", "Noah", "Mila", "Leo", "Ruby", "Theo", "Ivy", "Ezra", "Nora", "Finn", "Aria", "Otto"]
    pairs = [(g, f) for g in first_pool for f in FAMILY]
    r.shuffle(pairs)
    children, guardians = [], []
    ref_day = dt.date(2025, 10, 31)
    for i in range(1, 131):
        given, family = pairs[i - 1]
        enrolled = day_between(r, dt.date(2022, 1, 3), dt.date(2025, 9, 15))
        age_at_enrol = r.choices([r.randrange(5, 13), r.randrange(13, 30), r.randrange(30, 44)], [60, 25, 15])[0]
        birth = enrolled - dt.timedelta(days=int(age_at_enrol * 30.4) + r.randrange(0, 30))
        leave = birth + dt.timedelta(days=int(60 * 30.4))  # leaves for school at five
        if r.random() < 0.2:
            leave = enrolled + dt.timedelta(days=r.randrange(60, 700))
        left = leave if leave <= ref_day else None
        when = left or ref_day
        age = _months_between(birth, when)
        room = next((rm[0] for rm in rooms if rm[2] <= age < rm[3]), 4)
        children.append(
            (i, f"{given} {family}", _iso(birth), room, _iso(enrolled), left and _iso(left),
             1 if r.random() < 0.14 else 0, 1 if r.random() < 0.62 else 0)
        )  # fmt: skip
        rels = r.choices([["mother", "father"], ["mother"], ["father", "mother"], ["mother", "grandparent"],
                          ["father"], ["mother", "father", "grandparent"], ["other"]], [40, 14, 14, 8, 5, 6, 2])[0]  # fmt: skip
        for k, rel in enumerate(rels):
            g_given = r.choice(["Anna", "Beth", "Claire", "Dora", "Eve", "Fiona", "Gemma", "Helen", "Irene", "Jane"]) if rel in ("mother",) else (
                r.choice(["Adam", "Ben", "Chris", "David", "Ed", "Frank", "George", "Harry", "Ian", "James"]) if rel == "father"
                else r.choice(["Margaret", "Peter", "Susan", "Robert", "Linda", "Alex", "Sam"]))  # fmt: skip
            guardians.append((len(guardians) + 1, i, f"{g_given} {family}", rel, _phone(r), 1 if k == 0 else 0))
    children.sort(key=lambda ch: (ch[4], ch[0]))
    renum = {ch[0]: k for k, ch in enumerate(children, start=1)}
    children = [(renum[ch[0]], *ch[1:]) for ch in children]
    guardians = sorted(((renum[g[1]], g[0], *g[2:]) for g in guardians), key=lambda g: (g[0], g[1]))
    insert(c, "tbl_child", children)
    insert(c, "tbl_guardian", [(k, g[0], *g[2:]) for k, g in enumerate(guardians, start=1)])

    attendance = []
    d = dt.date(2024, 9, 2)
    while d <= dt.date(2024, 10, 31):
        if d.weekday() < 5:
            for ch in children:
                if ch[4] <= _iso(d) and (ch[5] is None or ch[5] > _iso(d)):
                    p = 0.92 if ch[7] else 0.5
                    if r.random() < p:
                        cin = r.randrange(7 * 60 + 30, 9 * 60 + 31)
                        cout = r.randrange(15 * 60, 18 * 60 + 1) if ch[7] else r.randrange(12 * 60 + 30, 15 * 60 + 1)
                        if r.random() < 0.03:
                            cout = r.randrange(18 * 60 + 5, 18 * 60 + 46)
                        attendance.append(
                            (
                                len(attendance) + 1,
                                ch[0],
                                _iso(d),
                                _stamp(d, cin),
                                _stamp(d, cout),
                                1 if cout > 18 * 60 else 0,
                            )
                        )
        d += dt.timedelta(days=1)
    insert(c, "tbl_attendance", attendance)

    price = {(1, 1): 1650.0, (1, 0): 990.0, (2, 1): 1540.0, (2, 0): 920.0, (3, 1): 1420.0, (3, 0): 860.0,
             (4, 1): 1310.0, (4, 0): 790.0}  # fmt: skip
    invoices = []
    for ch in children:
        enrolled = dt.date.fromisoformat(ch[4])
        last = dt.date.fromisoformat(ch[5]) if ch[5] else dt.date(2025, 10, 1)
        birth = dt.date.fromisoformat(ch[2])
        for m in _month_starts(max(enrolled, dt.date(2023, 1, 1)), min(last, dt.date(2025, 10, 1))):
            age = _months_between(birth, m)
            room = next((rm[0] for rm in rooms if rm[2] <= age < rm[3]), 4)
            amount = price[(room, ch[7])] * (1.04 if m.year == 2025 else 1.0)
            if (m >= dt.date(2025, 9, 1) and r.random() < 0.55) or r.random() < 0.04:
                invoices.append((m, ch[0], round(amount, 2), 0, None))
            else:
                invoices.append((m, ch[0], round(amount, 2), 1, _iso(m + dt.timedelta(days=r.randrange(0, 25)))))
    invoices.sort()
    insert(c, "tbl_invoice", [(k, x[1], _iso(x[0]), x[2], x[3], x[4]) for k, x in enumerate(invoices, start=1)])

    incidents = []
    kinds = ["minor injury", "illness", "behaviour", "allergic reaction"]
    for _ in range(260):
        ch = r.choice(children)
        start = dt.date.fromisoformat(ch[4])
        stop = dt.date.fromisoformat(ch[5]) if ch[5] else ref_day
        if stop <= start:
            continue
        d = day_between(r, start, stop - dt.timedelta(days=1))
        if d.weekday() >= 5:
            d -= dt.timedelta(days=d.weekday() - 4)
        kind = r.choices(kinds, [50, 28, 16, 6 if not ch[6] else 40])[0]
        present = [s for s in staff if s[3] <= _iso(d) and (s[2] == ch[3] or s[2] is None)] or [
            s for s in staff if s[3] <= _iso(d)
        ]
        if not present:
            continue
        who = r.choice(present)
        incidents.append((_iso(d), ch[0], who[0], kind, 0 if r.random() < 0.08 else 1))
    incidents.sort()
    insert(c, "tbl_incident", [(k, x[1], x[2], x[0], x[3], x[4]) for k, x in enumerate(incidents, start=1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- tutoring

TUTORING_DDL = """
CREATE TABLE SUBJECT (
    SUBJECT_CODE TEXT PRIMARY KEY,
    SUBJECT_NAME TEXT NOT NULL
);
CREATE TABLE TUTOR (
    TUTOR_ID INTEGER PRIMARY KEY,
    TUTOR_NAME TEXT NOT NULL,
    HOURLY_RATE REAL NOT NULL,
    JOINED_DATE TEXT NOT NULL,
    BACKGROUND_CHECK_FLAG TEXT NOT NULL,
    ACTIVE_FLAG TEXT NOT NULL
);
CREATE TABLE TUTOR_SUBJECT (
    TUTOR_ID INTEGER NOT NULL REFERENCES TUTOR(TUTOR_ID),
    SUBJECT_CODE TEXT NOT NULL REFERENCES SUBJECT(SUBJECT_CODE),
    PRIMARY KEY (TUTOR_ID, SUBJECT_CODE)
);
CREATE TABLE STUDENT (
    STUDENT_ID INTEGER PRIMARY KEY,
    STUDENT_NAME TEXT NOT NULL,
    SCHOOL_YEAR INTEGER NOT NULL,
    PARENT_EMAIL TEXT,
    SIGNUP_DATE TEXT NOT NULL,
    REFERRED_FLAG TEXT NOT NULL
);
CREATE TABLE LESSON (
    LESSON_ID INTEGER PRIMARY KEY,
    TUTOR_ID INTEGER NOT NULL REFERENCES TUTOR(TUTOR_ID),
    STUDENT_ID INTEGER NOT NULL REFERENCES STUDENT(STUDENT_ID),
    SUBJECT_CODE TEXT NOT NULL REFERENCES SUBJECT(SUBJECT_CODE),
    LESSON_START TEXT NOT NULL,
    DURATION_MIN INTEGER NOT NULL,
    LESSON_MODE TEXT NOT NULL,
    LESSON_STATUS TEXT NOT NULL,
    FEE REAL NOT NULL
);
CREATE TABLE INVOICE (
    INVOICE_ID INTEGER PRIMARY KEY,
    STUDENT_ID INTEGER NOT NULL REFERENCES STUDENT(STUDENT_ID),
    INVOICE_DATE TEXT NOT NULL,
    TOTAL_AMOUNT REAL NOT NULL,
    PAID_FLAG TEXT NOT NULL
);
CREATE TABLE REVIEW (
    REVIEW_ID INTEGER PRIMARY KEY,
    LESSON_ID INTEGER NOT NULL UNIQUE REFERENCES LESSON(LESSON_ID),
    RATING INTEGER NOT NULL,
    REVIEW_TEXT TEXT
);
"""

TUTORING_SUBJECTS = [("MATH", "Mathematics", 30), ("ENGL", "English", 18), ("PHYS", "Physics", 10),
                     ("CHEM", "Chemistry", 11), ("BIOL", "Biology", 8), ("FREN", "French", 6), ("SPAN", "Spanish", 5),
                     ("HIST", "History", 4), ("COMP", "Computer Science", 6), ("LATN", "Latin", 2)]  # fmt: skip


def build_tutoring(path: Path) -> None:
    r = random.Random(29006)
    c = fresh_db(path, TUTORING_DDL)
    insert(c, "SUBJECT", [(s[0], s[1]) for s in TUTORING_SUBJECTS])
    names = full_names(r, 24 + 300)
    tutors, teach = [], []
    groups = [["MATH", "PHYS"], ["MATH"], ["ENGL"], ["ENGL", "HIST"], ["CHEM", "BIOL"], ["CHEM"], ["FREN", "SPAN"],
              ["MATH", "COMP"], ["BIOL"], ["PHYS", "CHEM"], ["ENGL", "LATN"], ["MATH", "CHEM", "PHYS"], ["SPAN"],
              ["MATH"], ["ENGL"], ["COMP"], ["HIST", "ENGL"], ["MATH", "PHYS"], ["FREN"], ["BIOL", "CHEM"],
              ["MATH"], ["ENGL", "FREN"], ["LATN", "HIST"], ["MATH", "COMP"]]  # fmt: skip
    rates = [42.0, 38.0, 35.0, 40.0, 45.0, 39.0, 34.0, 47.5, 33.0, 44.0, 52.0, 55.0, 31.0, 36.0, 37.5, 49.0, 41.0,
             43.0, 32.5, 46.0, 30.0, 36.5, 50.0, 48.0]  # fmt: skip
    for i in range(1, 25):
        joined = (
            day_between(r, dt.date(2022, 1, 1), dt.date(2022, 6, 30))
            if i <= 10
            else day_between(r, dt.date(2022, 7, 1), dt.date(2025, 3, 31))
        )
        check = "N" if i in (13, 19, 21, 24) else "Y"
        active = "N" if i in (3, 9, 16) else "Y"
        tutors.append((i, names[i - 1], rates[i - 1], _iso(joined), check, active))
        teach += [(i, s) for s in groups[i - 1]]
    insert(c, "TUTOR", tutors)
    insert(c, "TUTOR_SUBJECT", teach)
    students = []
    for i, name in enumerate(names[24:], start=1):
        year = r.choices(range(3, 14), [2, 3, 4, 5, 6, 7, 8, 12, 14, 10, 12])[0]
        email = None if r.random() < 0.1 else f"parent.{name.split()[1].lower()}{i}@familymail.com"
        students.append((i, name, year, email, _iso(day_between(r, dt.date(2022, 1, 1), dt.date(2025, 8, 31))),
                         "Y" if r.random() < 0.27 else "N"))  # fmt: skip
    insert(c, "STUDENT", students)
    never = set(r.sample(range(1, len(students) + 1), 23))
    subj_w = {s[0]: s[2] for s in TUTORING_SUBJECTS}
    tutor_by_subj: dict[str, list[tuple]] = {}
    for t in tutors:
        for tid, s in teach:
            if tid == t[0]:
                tutor_by_subj.setdefault(s, []).append(t)
    lessons = []
    end = dt.date(2025, 10, 31)
    inactive_until = {3: dt.date(2024, 6, 30), 9: dt.date(2023, 12, 31), 16: dt.date(2025, 1, 31)}
    for st in students:
        if st[0] in never:
            continue
        signup = dt.date.fromisoformat(st[4])
        subjects = (
            r.sample([s[0] for s in TUTORING_SUBJECTS], 1)
            if r.random() < 0.2
            else [r.choices(list(subj_w), list(subj_w.values()))[0]]
        )
        if r.random() < 0.3:
            subjects.append(r.choices(list(subj_w), list(subj_w.values()))[0])
        for subj in dict.fromkeys(subjects):
            n = r.choice([1, 2, 4, 6, 8, 10, 12, 15, 20, 26])
            start = signup + dt.timedelta(days=r.randrange(0, 30))
            if start > end:
                continue
            mode = "ONLINE" if r.random() < 0.45 else "IN_PERSON"
            weekday_hour = r.choice([16, 16, 17, 17, 18, 19, 10, 11])
            dur = r.choice([45, 60, 60, 60, 90])
            d = start
            for _ in range(n):
                if d > end:
                    break
                avail = [
                    t
                    for t in tutor_by_subj[subj]
                    if t[3] <= _iso(d) and (t[0] not in inactive_until or d <= inactive_until[t[0]])
                ]
                if not avail:
                    break
                t = avail[(st[0] + len(subj)) % len(avail)]
                status = r.choices(["DONE", "CANCELLED", "NO_SHOW"], [86, 9, 5])[0]
                fee = round(t[2] * dur / 60, 2)
                minute = r.choice([0, 0, 0, 30])
                lessons.append([0, t[0], st[0], subj, _stamp(d, weekday_hour * 60 + minute), dur, mode, status, fee])
                d += dt.timedelta(days=r.choice([7, 7, 7, 14]))
    lessons.sort(key=lambda x: (x[4], x[2]))
    for k, le in enumerate(lessons, start=1):
        le[0] = k
    insert(c, "LESSON", [tuple(x) for x in lessons])
    invoices = []
    per_month: dict[tuple[int, str], float] = {}
    for le in lessons:
        if le[7] == "CANCELLED":
            continue
        key = (le[2], le[4][:7])
        per_month[key] = per_month.get(key, 0.0) + le[8]
    for (sid, ym), total in sorted(per_month.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        y, m = int(ym[:4]), int(ym[5:])
        inv_day = (dt.date(y, m, 28) + dt.timedelta(days=4)).replace(day=1)
        if inv_day > dt.date(2025, 10, 31):
            continue
        paid = "N" if (inv_day >= dt.date(2025, 10, 1) and r.random() < 0.6) or r.random() < 0.04 else "Y"
        invoices.append((len(invoices) + 1, sid, _iso(inv_day), round(total, 2), paid))
    insert(c, "INVOICE", invoices)
    reviews = []
    texts = ["Very helpful session", "Clear explanations", "Great progress this week", "Bit rushed",
             "Good practice questions", "My child enjoyed it", "Helped with homework", "Not very engaging"]  # fmt: skip
    tutor_bias = {t[0]: r.choice([-0.6, -0.3, 0.0, 0.0, 0.2, 0.4]) for t in tutors}
    for le in lessons:
        if le[7] == "DONE" and r.random() < 0.35:
            score = 4.1 + tutor_bias[le[1]] + r.gauss(0, 0.8)
            rating = max(1, min(5, round(score)))
            reviews.append((len(reviews) + 1, le[0], rating, r.choice(texts) if r.random() < 0.55 else None))
    insert(c, "REVIEW", reviews)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "plumbing": build_plumbing,
    "selfstorage": build_selfstorage,
    "florist": build_florist,
    "pestctrl": build_pestctrl,
    "daycare": build_daycare,
    "tutoring": build_tutoring,
}
