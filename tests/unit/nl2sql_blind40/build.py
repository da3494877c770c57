"""Six small business and public-service databases for the fortieth blind English-to-SQL corpus.

- ``locksmith`` (snake_case with a module prefix on every table: ``hr_``, ``crm_``, ``stock_``, ``ops_``, ``fin_``;
  self-referencing ``hr_technician.supervisor_id``): a mobile locksmith in Sheffield. ``hr_technician`` (grade S
  senior, J junior, A apprentice, hourly rate, ``left_on`` NULL while employed, van registration),
  ``crm_customer`` (type R residential, B business, L landlord or letting agent, optional company name, town,
  ``created_at`` timestamp, ``is_active`` 0/1), ``stock_supplier``, ``stock_part`` (code, category, cost and sale
  price, stock and reorder level, discontinued 'Y'/'N'), ``ops_job_type`` (codes LOCKOUT, LOCKCHG, REKEY, UPVC,
  SAFE, SMART, KEYCUT, AUDIT with base fee), ``ops_job`` (booked and completed timestamps, status O open,
  C completed, X cancelled, emergency 0/1, labour hours, call-out fee), the link table ``ops_job_part`` (parts
  fitted on each job) and ``fin_invoice`` (net and VAT, ``paid_on`` NULL while unpaid, payment method).
- ``diveschool`` (PascalCase plural tables with camelCase columns: ``Enrolments.studentId``; self-referencing
  ``Courses.prerequisiteCode``): a scuba diving school on Gozo, prices in euros. ``Instructors`` (professional
  level OWSI, MSDT, IDC or CD, daily rate, ``isActive`` 0/1, languages), ``Courses`` (DSD, OW, AOW, EFR, RES,
  NITROX, DEEP, WRECK, DM with price, days, minimum age and prerequisite), ``Students`` (birth date, home country,
  ``signedUpAt`` timestamp, ``medicalCleared`` 'Y'/'N'), ``Enrolments`` (status A in progress, C certified,
  W withdrawn, ``certifiedDate`` NULL until certified, amount paid, discount code), ``DiveSites`` (site type,
  maximum depth, boat dive 0/1, entry fee), ``Dives`` (date, entry time, depth reached, water temperature,
  visibility, sea conditions) and the link table ``DiveParticipants`` (students on each dive with air in and out).
- ``bikecourier`` (short Unix-like names: ``rdr``, ``acct``, ``zn``, ``shft``, ``ts``, ``amt``, ``qty``, ``st``):
  a cycle courier co-operative in Manchester, money in integer pence. ``zn`` (delivery zones with base charge),
  ``rdr`` (riders with vehicle B bike, C cargo bike, E e-bike, hourly rate, ``end_dt`` NULL while riding, home
  zone), ``acct`` (business accounts, terms P prepaid or I invoiced monthly, ``actv`` 'Y'/'N'), ``job``
  (booked ``ts``, pick-up and drop timestamps, ``st`` D delivered, F failed, X cancelled, P pending, km, amount,
  urgent 0/1, signature needed 'Y'/'N'), ``pkg`` (parcels on a job with quantity, weight and fragile 0/1),
  ``shft`` (rider shifts since March 2025) and ``inv`` (monthly invoices, ``paid_dt`` NULL while unpaid).
- ``bloodbank`` (UPPER_SNAKE with a two-letter table prefix on every column: ``DN_ID``, ``DN_BLOOD_GROUP`` in
  ``DONOR``): a regional blood service in Yorkshire. ``VENUE`` (type F fixed centre, M mobile), ``STAFF`` (role RN
  nurse, DC donor carer, TL team leader, ``SF_END_DATE`` NULL while employed), ``DONOR`` (sex, birth date, blood
  group like 'O-' or 'AB+', town, active 'Y'/'N'), ``CLINIC_SESSION`` (venue, date, times, target units, team
  lead, cancelled 'Y'/'N'), ``DONATION`` (check-in timestamp, haemoglobin g/L, volume, outcome C complete,
  D deferred, A aborted, deferral reason), ``HOSPITAL`` (major trauma centre 'Y'/'N') and ``BLOOD_UNIT``
  (component RBC, FFP or PLT, expiry, status A available, I issued, X expired, Q quarantined, hospital and issue
  date).
- ``cattery`` (long descriptive English names: ``date_the_cats_arrive``, ``price_per_night_in_pounds``): a
  boarding cattery in the Cotswolds. ``cat_owners`` (home town, how they heard about us), ``cats`` (breed, year
  of birth, sex, neutered 'Y'/'N', needs daily medication 0/1, vaccinations valid until), ``pens`` (size S single,
  D double, F family, nightly price, heated bed and garden view 0/1, out of service 0/1), ``bookings`` (made at
  timestamp, arrival and going-home dates, nights, status C confirmed, F finished, X cancelled, deposit paid
  'Y'/'N', total price), the link table ``cats_on_each_booking``, ``members_of_staff`` (``date_they_left`` NULL
  while working) and ``daily_care_notes`` (ate all food 'Y'/'N', medication given 0/1, comments).
- ``recycling`` (star schema: ``d_`` dimensions and ``f_`` facts, integer date keys like ``20250115``, money in
  integer pence): a county council's household waste recycling centres. ``d_date`` (calendar 2024 to June 2025
  with weekend and bank holiday flags), ``d_site`` (HWRC or TS transfer station, ``closed_date`` NULL while open,
  accepts trade 'Y'/'N'), ``d_material`` (code, group, recyclable 'Y'/'N', hazardous 0/1), ``d_haulier``
  (``is_current`` 'Y'/'N'), ``f_tonnage_movement`` (loads sent off site: tonnes, value in pence positive for a
  rebate and negative for a gate fee, rejected 0/1) and ``f_site_visit`` (van, pick-up and trailer visits: entry
  timestamp, vehicle type, trade 'Y'/'N', permit number, charge in pence, turned away 0/1).
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


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _ts(d: dt.date, hh: int, mm: int, ss: int = 0) -> str:
    return f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}"


def _dts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


TYPICAL_HOURS = {"LOCKOUT": 0.75, "LOCKCHG": 1.25, "REKEY": 1.5, "UPVC": 1.75, "SAFE": 2.5, "SMART": 2.0,
                 "KEYCUT": 0.5, "AUDIT": 1.0}  # fmt: skip
OTHER_DEFERRALS = ["Recent travel", "Medication", "Recent tattoo", "Feeling unwell"]


def _works(start: str, end: str | None, d: dt.date) -> bool:
    return D.fromisoformat(start) <= d and (end is None or D.fromisoformat(end) >= d)


# ---------------------------------------------------------------------------------------------------- locksmith
def build_locksmith(path: Path) -> None:
    r = random.Random(40001)
    c = fresh_db(
        path,
        """
        CREATE TABLE hr_technician (
            technician_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            grade TEXT NOT NULL, hourly_rate REAL NOT NULL, hired_on TEXT NOT NULL, left_on TEXT,
            supervisor_id INTEGER REFERENCES hr_technician(technician_id), van_reg TEXT);
        CREATE TABLE crm_customer (
            customer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, company_name TEXT,
            customer_type TEXT NOT NULL, town TEXT NOT NULL, postcode TEXT NOT NULL, phone TEXT,
            created_at TEXT NOT NULL, is_active INTEGER NOT NULL);
        CREATE TABLE stock_supplier (
            supplier_id INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL, account_no TEXT,
            lead_time_days INTEGER NOT NULL);
        CREATE TABLE stock_part (
            part_id INTEGER PRIMARY KEY, part_code TEXT NOT NULL UNIQUE, description TEXT NOT NULL,
            category TEXT NOT NULL, supplier_id INTEGER NOT NULL REFERENCES stock_supplier(supplier_id),
            unit_cost REAL NOT NULL, sale_price REAL NOT NULL, qty_on_hand INTEGER NOT NULL,
            reorder_level INTEGER NOT NULL, discontinued TEXT NOT NULL);
        CREATE TABLE ops_job_type (
            job_type_code TEXT PRIMARY KEY, description TEXT NOT NULL, base_fee REAL NOT NULL);
        CREATE TABLE ops_job (
            job_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES crm_customer(customer_id),
            technician_id INTEGER REFERENCES hr_technician(technician_id),
            job_type_code TEXT NOT NULL REFERENCES ops_job_type(job_type_code), booked_at TEXT NOT NULL,
            completed_at TEXT, status TEXT NOT NULL, is_emergency INTEGER NOT NULL, labour_hours REAL,
            callout_fee REAL NOT NULL, address_line TEXT NOT NULL);
        CREATE TABLE ops_job_part (
            job_id INTEGER NOT NULL REFERENCES ops_job(job_id), part_id INTEGER NOT NULL REFERENCES stock_part(part_id),
            qty INTEGER NOT NULL, unit_price REAL NOT NULL, PRIMARY KEY (job_id, part_id));
        CREATE TABLE fin_invoice (
            invoice_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES ops_job(job_id),
            invoice_no TEXT NOT NULL UNIQUE, issued_on TEXT NOT NULL, net_amount REAL NOT NULL,
            vat_amount REAL NOT NULL, paid_on TEXT, payment_method TEXT);
        """,
    )
    techs = [
        (1, "Gareth", "Pryce", "S", 38.0, "2012-04-02", None, None, "YK62 LKS"),
        (2, "Dawn", "Hollis", "S", 34.0, "2016-09-12", None, 1, "YK19 DHL"),
        (3, "Kieran", "Walsh", "J", 26.0, "2019-06-03", None, 2, "YJ69 KWW"),
        (4, "Marcus", "Lowe", "J", 25.0, "2020-01-20", "2024-03-29", 2, None),
        (5, "Bethany", "Cole", "J", 24.5, "2021-10-04", None, 1, "YD21 BCL"),
        (6, "Ryan", "Doyle", "A", 15.5, "2023-09-04", None, 2, "YC73 RDY"),
        (7, "Amir", "Shah", "A", 15.0, "2024-09-02", None, 5, "YB24 ASH"),
        (8, "Lucy", "Tranter", "J", 25.5, "2022-03-14", "2025-02-28", 1, None),
    ]
    insert(c, "hr_technician", techs)
    types = [
        ("LOCKOUT", "Emergency lock-out", 85.0),
        ("LOCKCHG", "Lock change", 60.0),
        ("REKEY", "Rekey cylinders", 55.0),
        ("UPVC", "uPVC door mechanism repair", 70.0),
        ("SAFE", "Safe opening or installation", 120.0),
        ("SMART", "Smart lock installation", 90.0),
        ("KEYCUT", "Key cutting call-out", 30.0),
        ("AUDIT", "Home security survey", 45.0),
    ]
    insert(c, "ops_job_type", types)
    base = {t[0]: t[2] for t in types}
    suppliers = [
        (1, "Banham Trade Supplies", "BTS-44120", 3),
        (2, "Yale UK Distribution", "YALE-0931", 5),
        (3, "Northern Lock Wholesale", "NLW-2207", 2),
        (4, "Phoenix Safe Company", "PSC-7781", 14),
        (5, "KeyBlank Direct", None, 4),
    ]
    insert(c, "stock_supplier", suppliers)
    parts = [
        (1, "EC-3535", "Euro cylinder 35/35 anti-snap", "Euro cylinder", 2, 18.50, 42.00, 24, 10, "N"),
        (2, "EC-4040", "Euro cylinder 40/40 anti-snap", "Euro cylinder", 2, 19.20, 44.00, 17, 10, "N"),
        (3, "EC-4050", "Euro cylinder 40/50 anti-snap", "Euro cylinder", 2, 20.10, 46.00, 6, 8, "N"),
        (4, "EC-3545-B", "Euro cylinder 35/45 budget", "Euro cylinder", 3, 7.40, 22.00, 31, 10, "Y"),
        (5, "EC-TS007", "Euro cylinder TS007 3-star 45/45", "Euro cylinder", 1, 34.00, 79.00, 9, 6, "N"),
        (6, "ML-5L-64", "5-lever mortice deadlock 64mm BS3621", "Mortice lock", 1, 24.60, 58.00, 12, 6, "N"),
        (7, "ML-5L-76", "5-lever mortice sashlock 76mm BS3621", "Mortice lock", 1, 27.30, 62.00, 8, 6, "N"),
        (8, "ML-3L-64", "3-lever mortice deadlock 64mm", "Mortice lock", 3, 9.80, 29.00, 4, 5, "N"),
        (9, "NL-STD", "Standard night latch", "Night latch", 2, 16.40, 39.00, 7, 4, "N"),
        (10, "NL-BS", "Deadlocking night latch BS3621", "Night latch", 2, 38.90, 85.00, 5, 4, "N"),
        (11, "PL-50", "Closed shackle padlock 50mm", "Padlock", 3, 11.20, 28.00, 14, 5, "N"),
        (12, "PL-60-SS", "Sold Secure padlock 60mm", "Padlock", 1, 22.50, 49.00, 3, 4, "N"),
        (13, "KB-YALE", "Key blank Yale profile", "Key blank", 5, 0.45, 4.50, 320, 100, "N"),
        (14, "KB-EURO", "Key blank euro profile", "Key blank", 5, 0.60, 5.00, 260, 100, "N"),
        (15, "KB-MORT", "Key blank mortice lever", "Key blank", 5, 0.90, 7.50, 85, 50, "N"),
        (16, "KB-SEC", "Restricted key blank (registered)", "Key blank", 1, 3.80, 18.00, 40, 30, "N"),
        (17, "UP-GB-35", "uPVC gearbox 35mm backset", "uPVC mechanism", 3, 14.30, 45.00, 11, 6, "N"),
        (18, "UP-MP-FL", "uPVC multipoint strip Fullex", "uPVC mechanism", 3, 48.00, 125.00, 4, 3, "N"),
        (19, "UP-MP-WMS", "uPVC multipoint strip Winkhaus", "uPVC mechanism", 3, 52.00, 135.00, 2, 3, "N"),
        (20, "UP-HDL", "uPVC lever handle pair", "uPVC mechanism", 3, 8.20, 24.00, 16, 6, "N"),
        (21, "SL-NUKI", "Nuki Smart Lock 4.0", "Smart lock", 2, 189.00, 279.00, 3, 2, "N"),
        (22, "SL-YALE-C", "Yale Conexis L2 smart lock", "Smart lock", 2, 165.00, 249.00, 2, 2, "N"),
        (23, "SL-ULTION", "Ultion Nuki Plus", "Smart lock", 1, 240.00, 339.00, 1, 1, "N"),
        (24, "SF-P1", "Phoenix fire safe size 1", "Safe", 4, 145.00, 260.00, 2, 1, "N"),
        (25, "SF-EURO-2", "Eurograde 2 safe", "Safe", 4, 410.00, 690.00, 1, 1, "N"),
        (26, "HW-LB", "Letterbox restrictor", "Door hardware", 3, 6.10, 19.00, 13, 5, "N"),
        (27, "HW-CHAIN", "Door chain heavy duty", "Door hardware", 3, 3.40, 12.00, 22, 5, "N"),
        (28, "HW-KSAFE", "Police-approved key safe", "Door hardware", 1, 38.00, 79.00, 0, 3, "N"),
    ]
    insert(c, "stock_part", parts)
    towns = [("Sheffield", "S", 55), ("Rotherham", "S6", 15), ("Chesterfield", "S4", 12), ("Dronfield", "S18", 8),
             ("Barnsley", "S7", 10)]  # fmt: skip
    names = full_names(r, 150)
    agents = ["Steel City Lettings", "Kelham Property Management", "Crookes Homes", "Ecclesall Estates",
              "Don Valley Lets", "Hillsborough Rentals", "Peak Residential"]  # fmt: skip
    firms = ["Sheaf Street Dental", "Division Street Barbers", "Meadowhall Optics", "Kelham Island Brewery Tap",
             "Abbeydale Vets", "Nether Edge Nursery", "Broomhill Pharmacy", "Castlegate Solicitors",
             "Sharrow Vale Deli", "Norfolk Park Surgery", "Parkhill Studios", "Wicker Arches Gym",
             "Attercliffe Motors", "Oughtibridge Joinery", "Walkley Launderette", "Heeley Print Works",
             "Crystal Peaks Jewellers", "Millhouses Cafe", "Rivelin Garden Centre", "Fargate Phones"]  # fmt: skip
    custs = []
    created = sorted(
        dt.datetime(2021, 1, 4) + dt.timedelta(minutes=r.randrange(int((dt.datetime(2025, 6, 12) - dt.datetime(2021,
            1, 4)).total_seconds() // 60))) for _ in range(150)
    )  # fmt: skip
    ai = fi = 0
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        kind = r.choices(["R", "B", "L"], [72, 16, 12])[0]
        comp = None
        if kind == "L":
            if ai < len(agents):
                comp = agents[ai]
                ai += 1
        elif kind == "B":
            comp = firms[fi % len(firms)]
            fi += 1
        town, pcp, _w = r.choices(towns, [t[2] for t in towns])[0]
        district = r.randint(1, 36) if pcp == "S" else r.randint(0, 9)
        pc = f"{pcp}{district} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPRTUW')}{r.choice('ABDEFHJLNPRSTUWXY')}"
        phone = None if r.random() < 0.08 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        active = 0 if r.random() < 0.07 else 1
        custs.append((i, f, s, comp, kind, town, pc, phone, _dts(created[i - 1]), active))
    insert(c, "crm_customer", custs)
    streets = ["Abbeydale Road", "Ecclesall Road", "Crookes Road", "Fulwood Road", "Chesterfield Road",
               "Manchester Road", "Barnsley Road", "Psalter Lane", "Sharrow Vale Road", "Middlewood Road",
               "Penistone Road", "Bramall Lane", "Queens Road", "Glossop Road", "Whitham Road",
               "Hunters Bar"]  # fmt: skip
    cweight = [min(r.paretovariate(1.3), 8.0) * (3 if cu[4] == "L" else 1.5 if cu[4] == "B" else 1) for cu in custs]
    jobs, jparts = [], []
    stamps = sorted(
        dt.datetime(2023, 7, 3, 7) + dt.timedelta(minutes=r.randrange(int((dt.datetime(2025, 6, 27) - dt.datetime(
            2023, 7, 3)).total_seconds() // 60))) for _ in range(380)
    )  # fmt: skip
    by_cat: dict[str, list[tuple]] = {}
    for p in parts:
        if p[9] == "N" or p[0] == 4:
            by_cat.setdefault(p[3], []).append(p)
    for booked in stamps:
        d = booked.date()
        if booked.hour < 7:
            booked = booked.replace(hour=booked.hour + 8)
        elig = [cu for cu in custs if cu[8] <= _dts(booked)]
        cu = r.choices(elig, [cweight[e[0] - 1] for e in elig])[0]
        kind = r.choices(
            ["LOCKOUT", "LOCKCHG", "REKEY", "UPVC", "SAFE", "SMART", "KEYCUT", "AUDIT"],
            [26, 24, 12, 16, 3, 5, 9, 5] if cu[4] == "R" else [14, 30, 24, 12, 6, 4, 6, 4],
        )[0]
        emerg = 1 if (kind == "LOCKOUT" and r.random() < 0.85) or r.random() < 0.04 else 0
        ok = [t for t in techs if _works(t[5], t[6], d)]
        tech = r.choices(ok, [1 if t[0] == 1 else 2 if t[3] == "A" else 4 for t in ok])[0]
        if d > LAST:
            st = "O"
        elif d >= D(2025, 6, 11) and r.random() < 0.5:
            st = "O"
        else:
            st = "X" if r.random() < 0.06 else "C"
        hours = None
        done_at = None
        if st == "C":
            hours = round(TYPICAL_HOURS[kind] * r.uniform(0.6, 1.6) * 4) / 4
            hours = max(hours, 0.25)
            if emerg:
                lag = dt.timedelta(minutes=r.randint(30, 150))
            else:
                lag = dt.timedelta(days=r.randint(0, 9), hours=r.randint(1, 6))
            fin = booked + lag
            if fin.date() > LAST:
                fin = booked + dt.timedelta(hours=2)
            done_at = fin + dt.timedelta(hours=hours)
        fee = round(base[kind] * (1.5 if emerg else 1.0), 2)
        addr = f"{r.randint(1, 240)} {r.choice(streets)}"
        jid = len(jobs) + 1
        jobs.append((jid, cu[0], None if st == "X" and r.random() < 0.5 else tech[0], kind, _dts(booked),
                     _dts(done_at) if done_at else None, st, emerg, hours, fee, addr))  # fmt: skip
        if st == "C":
            used: list[tuple[tuple, int]] = []
            if kind == "LOCKCHG":
                cat = r.choice(["Euro cylinder", "Euro cylinder", "Mortice lock", "Night latch"])
                used.append((r.choice(by_cat[cat]), r.choice([1, 1, 1, 2])))
                if r.random() < 0.3:
                    used.append((r.choice(by_cat["Door hardware"]), 1))
            elif kind in ("REKEY", "KEYCUT"):
                used.append((r.choice(by_cat["Key blank"]), r.randint(2, 8)))
            elif kind == "UPVC":
                used.append((r.choice(by_cat["uPVC mechanism"]), 1))
            elif kind == "SMART":
                used.append((r.choice(by_cat["Smart lock"]), 1))
            elif kind == "SAFE" and r.random() < 0.4:
                used.append((r.choice(by_cat["Safe"]), 1))
            elif kind == "LOCKOUT" and r.random() < 0.45:
                used.append((r.choice(by_cat["Euro cylinder"]), 1))
            elif kind == "AUDIT" and r.random() < 0.5:
                used.append((r.choice(by_cat["Door hardware"] + by_cat["Padlock"]), 1))
            seen = set()
            for p, q in used:
                if p[0] not in seen:
                    seen.add(p[0])
                    jparts.append((jid, p[0], q, p[6]))
    insert(c, "ops_job", jobs)
    insert(c, "ops_job_part", jparts)
    parts_total: dict[int, float] = {}
    for jid, _pid, q, price in jparts:
        parts_total[jid] = parts_total.get(jid, 0.0) + q * price
    ctype = {cu[0]: cu[4] for cu in custs}
    invoices = []
    for j in jobs:
        if j[6] != "C":
            continue
        issued = D.fromisoformat(j[5][:10])
        net = round(j[9] + j[8] * 55.0 + parts_total.get(j[0], 0.0), 2)
        if ctype[j[1]] == "R":
            paid = issued if r.random() < 0.85 else _plus(issued, r.randint(1, 20))
            method = r.choice(["CARD", "CARD", "CARD", "CASH", "BACS"])
        else:
            paid = _plus(issued, r.randint(5, 50))
            method = "BACS"
        if paid > LAST or r.random() < 0.03:
            paid, method = None, None
        n = sum(1 for x in invoices if x[3][:4] == str(issued.year)) + 1
        invoices.append((len(invoices) + 1, j[0], f"INV-{issued.year}-{n:04d}", _iso(issued), net,
                         round(net * 0.2, 2), _iso(paid), method))  # fmt: skip
    insert(c, "fin_invoice", invoices)
    done(c)


# --------------------------------------------------------------------------------------------------- diveschool
def build_diveschool(path: Path) -> None:
    r = random.Random(40002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Instructors (
            instructorId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
            proLevel TEXT NOT NULL, certifiedOn TEXT NOT NULL, dailyRateEur REAL NOT NULL,
            isActive INTEGER NOT NULL, languages TEXT NOT NULL);
        CREATE TABLE Courses (
            courseCode TEXT PRIMARY KEY, courseName TEXT NOT NULL, priceEur REAL NOT NULL,
            durationDays INTEGER NOT NULL, minAge INTEGER NOT NULL,
            prerequisiteCode TEXT REFERENCES Courses(courseCode));
        CREATE TABLE Students (
            studentId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, email TEXT,
            birthDate TEXT NOT NULL, homeCountry TEXT NOT NULL, signedUpAt TEXT NOT NULL,
            medicalCleared TEXT NOT NULL);
        CREATE TABLE Enrolments (
            enrolmentId INTEGER PRIMARY KEY, studentId INTEGER NOT NULL REFERENCES Students(studentId),
            courseCode TEXT NOT NULL REFERENCES Courses(courseCode),
            instructorId INTEGER NOT NULL REFERENCES Instructors(instructorId), startDate TEXT NOT NULL,
            certifiedDate TEXT, status TEXT NOT NULL, amountPaidEur REAL NOT NULL, discountCode TEXT);
        CREATE TABLE DiveSites (
            siteId INTEGER PRIMARY KEY, siteName TEXT NOT NULL, siteType TEXT NOT NULL, maxDepthM INTEGER NOT NULL,
            isBoatDive INTEGER NOT NULL, entryFeeEur REAL NOT NULL);
        CREATE TABLE Dives (
            diveId INTEGER PRIMARY KEY, siteId INTEGER NOT NULL REFERENCES DiveSites(siteId),
            leadInstructorId INTEGER NOT NULL REFERENCES Instructors(instructorId), diveDate TEXT NOT NULL,
            entryTime TEXT NOT NULL, maxDepthM REAL NOT NULL, waterTempC REAL NOT NULL, visibilityM INTEGER,
            seaConditions TEXT NOT NULL);
        CREATE TABLE DiveParticipants (
            diveId INTEGER NOT NULL REFERENCES Dives(diveId), studentId INTEGER NOT NULL REFERENCES Students(studentId),
            airStartBar INTEGER NOT NULL, airEndBar INTEGER NOT NULL, PRIMARY KEY (diveId, studentId));
        """,
    )
    instr = [
        (1, "Marco", "Vella", "CD", "2009-05-11", 180.0, 1, "EN,IT,MT"),
        (2, "Sarah", "Bonnici", "MSDT", "2014-04-02", 150.0, 1, "EN,MT"),
        (3, "Jonas", "Weber", "MSDT", "2016-06-20", 145.0, 1, "DE,EN"),
        (4, "Ellen", "Harper", "OWSI", "2019-03-15", 120.0, 1, "EN"),
        (5, "Lukas", "Brandt", "OWSI", "2020-05-08", 120.0, 0, "DE,EN"),
        (6, "Chiara", "Rossi", "OWSI", "2021-04-27", 115.0, 1, "IT,EN"),
        (7, "Tom", "Ashby", "IDC", "2012-10-01", 160.0, 1, "EN,FR"),
        (8, "Nina", "Kask", "OWSI", "2023-05-19", 110.0, 1, "EN,FI"),
        (9, "Pieter", "de Vries", "OWSI", "2022-06-01", 110.0, 0, "NL,EN"),
    ]
    insert(c, "Instructors", instr)
    courses = [
        ("DSD", "Discover Scuba Diving", 95.0, 1, 10, None),
        ("OW", "Open Water Diver", 490.0, 4, 10, None),
        ("AOW", "Advanced Open Water Diver", 390.0, 2, 12, "OW"),
        ("EFR", "Emergency First Response", 180.0, 1, 12, None),
        ("RES", "Rescue Diver", 450.0, 3, 12, "AOW"),
        ("NITROX", "Enriched Air Nitrox", 210.0, 1, 12, "OW"),
        ("DEEP", "Deep Diver Specialty", 290.0, 2, 15, "AOW"),
        ("WRECK", "Wreck Diver Specialty", 270.0, 2, 15, "AOW"),
        ("DM", "Divemaster", 1150.0, 21, 18, "RES"),
    ]
    insert(c, "Courses", courses)
    cinfo = {x[0]: x for x in courses}
    countries = [("United Kingdom", 30), ("Germany", 18), ("Italy", 12), ("Netherlands", 9), ("France", 8),
                 ("Malta", 8), ("Poland", 6), ("Sweden", 5), ("Belgium", 4)]  # fmt: skip
    names = full_names(r, 200)
    studs = []
    signed = sorted(
        dt.datetime(2023, 3, 1) + dt.timedelta(minutes=r.randrange(int((dt.datetime(2025, 6, 12) - dt.datetime(2023,
            3, 1)).total_seconds() // 60))) for _ in range(200)
    )  # fmt: skip
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        bd = day_between(r, D(1962, 1, 1), D(2012, 12, 31))
        email = None if r.random() < 0.05 else f"{f.lower()}.{s.lower()}{r.randint(1, 99)}@mail.example"
        ctry = r.choices(countries, [x[1] for x in countries])[0][0]
        med = "N" if r.random() < 0.07 else "Y"
        studs.append((i, f, s, email, _iso(bd), ctry, _dts(signed[i - 1]), med))
    insert(c, "Students", studs)
    enrols = []
    paths = [["DSD"], ["OW"], ["OW"], ["OW", "AOW"], ["OW", "AOW"], ["OW", "NITROX"], ["DSD", "OW"],
             ["OW", "AOW", "DEEP"], ["AOW"], ["AOW", "NITROX"], ["AOW", "WRECK"], ["EFR", "RES"], ["NITROX"],
             ["AOW", "EFR", "RES"], ["RES", "DM"], ["DEEP", "WRECK"], ["OW"], ["DSD"]]  # fmt: skip
    codes = [None] * 10 + ["SPRING10", "LOCAL15", "GROUP10"]
    for s in studs:
        start = _plus(D.fromisoformat(s[6][:10]), r.randint(0, 40))
        if start > D(2025, 6, 25):
            start = D(2025, 6, 25)
        born = D.fromisoformat(s[4])
        for cc in r.choice(paths):
            if (start - born).days // 365 < cinfo[cc][4]:
                break
            ok = [i for i in instr if i[6] == 1 or start < D(2024, 10, 1)]
            if cc == "DM":
                ok = [i for i in instr if i[3] in ("CD", "IDC", "MSDT")]
            ins = r.choice(ok)
            end = _plus(start, cinfo[cc][3] + r.randint(0, 3))
            code = r.choice(codes)
            price = cinfo[cc][2] * (1 - (int(code[-2:]) / 100 if code else 0))
            st = ("W" if r.random() < 0.06 else "C") if end <= LAST else "A"
            paid = round(price, 2) if st == "C" or r.random() < 0.5 else min(100.0, round(price, 2))
            if st == "W":
                paid = round(price / 2, 2)
            enrols.append([len(enrols) + 1, s[0], cc, ins[0], _iso(start), _iso(end) if st == "C" else None, st,
                           paid, code])  # fmt: skip
            if st != "C":
                break
            start = _plus(end, r.choice([1, 2, 3, 7, 30, 120, 200, 365]))
            if start > D(2025, 6, 28):
                break
    enrols.sort(key=lambda e: (e[4], e[1]))
    insert(c, "Enrolments", [(i, *e[1:]) for i, e in enumerate(enrols, 1)])
    sites = [
        (1, "Blue Hole", "Wall", 60, 0, 0.0),
        (2, "Inland Sea Tunnel", "Cave", 35, 0, 0.0),
        (3, "Cathedral Cave", "Cave", 30, 1, 25.0),
        (4, "Reqqa Point", "Wall", 45, 0, 0.0),
        (5, "Xlendi Reef", "Reef", 20, 0, 0.0),
        (6, "Mgarr ix-Xini", "Shore", 18, 0, 0.0),
        (7, "MV Karwela", "Wreck", 42, 0, 0.0),
        (8, "MV Cominoland", "Wreck", 42, 0, 0.0),
        (9, "Santa Maria Caves", "Cave", 12, 1, 30.0),
        (10, "Um el Faroud", "Wreck", 36, 1, 35.0),
        (11, "Crocodile Rock", "Reef", 50, 0, 0.0),
        (12, "Hondoq ir-Rummien", "Shore", 15, 0, 0.0),
    ]
    insert(c, "DiveSites", sites)
    temps = {1: 15.5, 2: 15.0, 3: 15.5, 4: 17.0, 5: 19.5, 6: 23.0, 7: 25.5, 8: 27.0, 9: 26.0, 10: 23.5, 11: 20.0,
             12: 17.0}  # fmt: skip
    dives, parts = [], []
    dates = []
    while len(dates) < 210:
        d = day_between(r, D(2024, 3, 1), LAST)
        if d.month in (12, 1, 2) and r.random() < 0.7:
            continue
        dates.append(d)
    dates.sort()
    active_enr = [(D.fromisoformat(e[4]), e[1], e[2]) for e in enrols if e[6] != "W"]
    for d in dates:
        on = [sid for sd, sid, cc in active_enr if sd <= d <= _plus(sd, 6) and cc != "EFR"]
        on = sorted(dict.fromkeys(on))
        if not on:
            continue
        ok = [i for i in instr if i[6] == 1 or d < D(2024, 10, 1)]
        lead = r.choice(ok)
        site = r.choice(sites)
        depth = round(min(site[3], r.uniform(8, 32)), 1)
        temp = round(temps[d.month] + r.uniform(-1.0, 1.0), 1)
        vis = None if r.random() < 0.05 else r.randint(8, 40)
        sea = r.choices(["Calm", "Choppy", "Surge"], [70, 20, 10])[0]
        did = len(dives) + 1
        entry = f"{r.choice([8, 9, 10, 11, 14, 15]):02d}:{r.choice(['00', '30'])}"
        dives.append((did, site[0], lead[0], _iso(d), entry, depth, temp, vis, sea))
        group = r.sample(on, min(len(on), r.choice([1, 2, 2, 3, 4])))
        for sid in sorted(group):
            a0 = r.choice([200, 210, 220, 230, 232])
            parts.append((did, sid, a0, r.randint(40, 95) if depth < 30 else r.randint(50, 80)))
    insert(c, "Dives", dives)
    insert(c, "DiveParticipants", parts)
    done(c)


# -------------------------------------------------------------------------------------------------- bikecourier
def build_bikecourier(path: Path) -> None:
    r = random.Random(40003)
    c = fresh_db(
        path,
        """
        CREATE TABLE zn (id INTEGER PRIMARY KEY, cd TEXT NOT NULL UNIQUE, nm TEXT NOT NULL, base_amt INTEGER NOT NULL);
        CREATE TABLE rdr (
            id INTEGER PRIMARY KEY, fname TEXT NOT NULL, lname TEXT NOT NULL, veh TEXT NOT NULL, hrly REAL NOT NULL,
            start_dt TEXT NOT NULL, end_dt TEXT, zn INTEGER REFERENCES zn(id));
        CREATE TABLE acct (
            id INTEGER PRIMARY KEY, nm TEXT NOT NULL, contact TEXT, zn INTEGER NOT NULL REFERENCES zn(id),
            terms TEXT NOT NULL, actv TEXT NOT NULL, opened TEXT NOT NULL);
        CREATE TABLE job (
            id INTEGER PRIMARY KEY, acct INTEGER NOT NULL REFERENCES acct(id), rdr INTEGER REFERENCES rdr(id),
            src_zn INTEGER NOT NULL REFERENCES zn(id), dst_zn INTEGER NOT NULL REFERENCES zn(id), ts TEXT NOT NULL,
            pu_ts TEXT, dl_ts TEXT, st TEXT NOT NULL, km REAL NOT NULL, amt INTEGER NOT NULL, urg INTEGER NOT NULL,
            sig TEXT NOT NULL);
        CREATE TABLE pkg (
            id INTEGER PRIMARY KEY, job INTEGER NOT NULL REFERENCES job(id), qty INTEGER NOT NULL, kg REAL NOT NULL,
            frag INTEGER NOT NULL, descr TEXT);
        CREATE TABLE shft (
            id INTEGER PRIMARY KEY, rdr INTEGER NOT NULL REFERENCES rdr(id), dt TEXT NOT NULL, hrs REAL NOT NULL,
            zn INTEGER REFERENCES zn(id));
        CREATE TABLE inv (
            id INTEGER PRIMARY KEY, acct INTEGER NOT NULL REFERENCES acct(id), prd TEXT NOT NULL, amt INTEGER NOT NULL,
            iss_dt TEXT NOT NULL, paid_dt TEXT);
        """,
    )
    zones = [
        (1, "CC", "City Centre", 650),
        (2, "NQ", "Northern Quarter", 650),
        (3, "SAL", "Salford Quays", 900),
        (4, "ANC", "Ancoats", 700),
        (5, "CHO", "Chorlton", 1100),
        (6, "DID", "Didsbury", 1250),
        (7, "STR", "Stretford", 1150),
        (8, "LEV", "Levenshulme", 1100),
    ]
    insert(c, "zn", zones)
    zbase = {z[0]: z[3] for z in zones}
    riders = [
        (1, "Jess", "Oakley", "B", 13.50, "2021-04-12", None, 1),
        (2, "Tariq", "Hussain", "C", 14.50, "2021-04-12", None, 4),
        (3, "Ollie", "Brennan", "B", 12.60, "2022-02-07", "2024-11-29", 2),
        (4, "Maddie", "Lund", "E", 13.00, "2022-05-16", None, 5),
        (5, "Kwame", "Boateng", "B", 12.80, "2022-09-05", None, 1),
        (6, "Sian", "Pritchard", "C", 14.00, "2023-01-09", None, 3),
        (7, "Dev", "Patel", "E", 12.60, "2023-06-19", None, 6),
        (8, "Lou", "Carrick", "B", 12.60, "2023-08-14", "2025-03-14", 2),
        (9, "Hamza", "Ali", "B", 12.60, "2024-02-26", None, 8),
        (10, "Rosie", "Quinn", "E", 12.60, "2024-05-13", None, 7),
        (11, "Ben", "Ward", "C", 13.20, "2024-09-02", None, 4),
        (12, "Aoife", "Byrne", "B", 12.60, "2025-01-13", None, 1),
        (13, "Mateus", "Silva", "E", 12.60, "2025-04-07", None, 3),
        (14, "Ffion", "Evans", "B", 12.60, "2025-06-09", None, 2),
    ]
    insert(c, "rdr", riders)
    pre = ["Northern", "Canal Street", "Piccadilly", "Redbrick", "Irwell", "Deansgate", "Cottonopolis", "Worker Bee",
           "Whitworth", "Oxford Road", "Spinningfields", "Castlefield", "Ancoats", "Mancunian",
           "Rochdale Canal"]  # fmt: skip
    suf = ["Dental", "Legal LLP", "Print", "Florist", "Bakery", "Architects", "Pharmacy", "Studio", "Opticians",
           "Cycles", "Records", "Coffee Co", "Accountants", "Tailors"]  # fmt: skip
    combos = [f"{p} {s}" for p in pre for s in suf]
    r.shuffle(combos)
    contacts = full_names(r, 60)
    accts = []
    for i in range(1, 61):
        z = r.choices(zones, [30, 20, 12, 12, 7, 7, 6, 6])[0][0]
        terms = "I" if r.random() < 0.45 else "P"
        opened = day_between(r, D(2021, 5, 1), D(2025, 5, 20))
        actv = "N" if r.random() < 0.12 else "Y"
        accts.append((i, combos[i - 1], None if r.random() < 0.1 else contacts[i - 1], z, terms, actv, _iso(opened)))
    insert(c, "acct", accts)
    aw = [min(r.paretovariate(1.2), 10.0) for _ in accts]
    dist = {}
    coords = {1: (0, 0), 2: (0.6, 0.5), 3: (-3.2, -0.8), 4: (1.0, 0.9), 5: (-2.5, -5.0), 6: (0.5, -7.5),
              7: (-3.8, -3.8), 8: (2.2, -4.5)}  # fmt: skip
    for a, (x1, y1) in coords.items():
        for b, (x2, y2) in coords.items():
            dist[a, b] = round(((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 * 1.3 + 1.2, 1)
    jobs, pkgs = [], []
    stamps = sorted(
        dt.datetime(2024, 6, 3) + dt.timedelta(minutes=r.randrange(int((dt.datetime(2025, 6, 14, 11) - dt.datetime(
            2024, 6, 3)).total_seconds() // 60))) for _ in range(420)
    )  # fmt: skip
    descr = ["Documents", "Legal papers", "Cake box", "Flowers", "Prescription", "Print proofs", "Spare part",
             "Laptop", "Vinyl records", "Samples", "Keys", None]  # fmt: skip
    stamps += [dt.datetime(2025, 6, 14, h, m) for h, m in ((12, 5), (12, 40), (13, 15), (14, 50), (16, 20), (17, 5))]
    for t in stamps:
        if t.weekday() == 6:
            t += dt.timedelta(days=1)
        if t.hour < 7 or t.hour > 19:
            t = t.replace(hour=r.randint(8, 17))
        d = t.date()
        elig = [a for a in accts if D.fromisoformat(a[6]) <= d and (a[5] == "Y" or d < D(2025, 1, 1))]
        a = r.choices(elig, [aw[e[0] - 1] for e in elig])[0]
        src = a[3] if r.random() < 0.7 else r.choice(zones)[0]
        dst = r.choices(zones, [20, 14, 12, 12, 10, 10, 9, 9])[0][0]
        km = round(dist[src, dst] * r.uniform(0.85, 1.2), 1)
        urg = 1 if r.random() < 0.18 else 0
        amt = zbase[dst] + int(km * 110) + (600 if urg else 0)
        ok = [x for x in riders if _works(x[5], x[6], d)]
        st = "P" if t >= dt.datetime(2025, 6, 14, 12) else r.choices(["D", "F", "X"], [91, 4, 5])[0]
        rd = None if st == "X" or (st == "P" and r.random() < 0.3) else r.choice(ok)[0]
        pu = dl = None
        if st in ("D", "F") or (st == "P" and rd and t < dt.datetime(2025, 6, 14, 15)):
            pu = t + dt.timedelta(minutes=r.randint(8, 35) if urg else r.randint(15, 90))
            if st == "D":
                dl = pu + dt.timedelta(minutes=int(km * r.uniform(3.0, 4.5)) + 3)
        jid = len(jobs) + 1
        jobs.append((jid, a[0], rd, src, dst, _dts(t), _dts(pu) if pu else None, _dts(dl) if dl else None, st, km,
                     amt if st != "X" else 0, urg, "Y" if r.random() < 0.35 else "N"))  # fmt: skip
        for _ in range(1 if r.random() < 0.8 else 2):
            q = r.choices([1, 2, 3, 5], [70, 15, 10, 5])[0]
            kg = round(r.uniform(0.1, 3.0) * (4 if r.random() < 0.1 else 1), 2)
            pkgs.append((len(pkgs) + 1, jid, q, kg, 1 if r.random() < 0.15 else 0, r.choice(descr)))
    insert(c, "job", jobs)
    insert(c, "pkg", pkgs)
    shifts = []
    d = D(2025, 3, 3)
    while d <= LAST:
        if d.weekday() < 6:
            for x in riders:
                if _works(x[5], x[6], d) and r.random() < 0.2:
                    shifts.append((len(shifts) + 1, x[0], _iso(d), r.choice([4.0, 4.0, 5.5, 6.0, 8.0, 8.0]),
                                   x[7] if r.random() < 0.7 else r.choice(zones)[0]))  # fmt: skip
        d = _plus(d, 1)
    insert(c, "shft", shifts)
    terms = {a[0]: a[4] for a in accts}
    months: dict[tuple[int, str], int] = {}
    for j in jobs:
        if j[8] in ("D", "F") and terms[j[1]] == "I" and j[5][:7] <= "2025-05":
            months[j[1], j[5][:7]] = months.get((j[1], j[5][:7]), 0) + j[10]
    invs = []
    for (aid, prd), amt in sorted(months.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        y, m = int(prd[:4]), int(prd[5:])
        iss = D(y + (m == 12), m % 12 + 1, 1)
        iss = _plus(iss, r.randint(0, 3))
        paid = _plus(iss, r.randint(6, 55))
        if paid > LAST or r.random() < 0.04:
            paid = None
        invs.append((len(invs) + 1, aid, prd, amt, _iso(iss), _iso(paid)))
    insert(c, "inv", invs)
    done(c)


# ---------------------------------------------------------------------------------------------------- bloodbank
def build_bloodbank(path: Path) -> None:
    r = random.Random(40004)
    c = fresh_db(
        path,
        """
        CREATE TABLE VENUE (
            VN_ID INTEGER PRIMARY KEY, VN_NAME TEXT NOT NULL, VN_TOWN TEXT NOT NULL, VN_TYPE TEXT NOT NULL,
            VN_BEDS INTEGER NOT NULL);
        CREATE TABLE STAFF (
            SF_ID INTEGER PRIMARY KEY, SF_FIRST_NAME TEXT NOT NULL, SF_LAST_NAME TEXT NOT NULL, SF_ROLE TEXT NOT NULL,
            SF_HOME_VENUE_ID INTEGER NOT NULL REFERENCES VENUE(VN_ID), SF_START_DATE TEXT NOT NULL, SF_END_DATE TEXT);
        CREATE TABLE DONOR (
            DN_ID INTEGER PRIMARY KEY, DN_FIRST_NAME TEXT NOT NULL, DN_LAST_NAME TEXT NOT NULL, DN_SEX TEXT NOT NULL,
            DN_BIRTH_DATE TEXT NOT NULL, DN_BLOOD_GROUP TEXT NOT NULL, DN_TOWN TEXT NOT NULL,
            DN_REGISTERED_DATE TEXT NOT NULL, DN_ACTIVE_FLAG TEXT NOT NULL);
        CREATE TABLE CLINIC_SESSION (
            CS_ID INTEGER PRIMARY KEY, CS_VENUE_ID INTEGER NOT NULL REFERENCES VENUE(VN_ID),
            CS_SESSION_DATE TEXT NOT NULL, CS_START_TIME TEXT NOT NULL, CS_END_TIME TEXT NOT NULL,
            CS_TARGET_UNITS INTEGER NOT NULL, CS_LEAD_ID INTEGER REFERENCES STAFF(SF_ID),
            CS_CANCELLED_FLAG TEXT NOT NULL);
        CREATE TABLE DONATION (
            DO_ID INTEGER PRIMARY KEY, DO_DONOR_ID INTEGER NOT NULL REFERENCES DONOR(DN_ID),
            DO_SESSION_ID INTEGER NOT NULL REFERENCES CLINIC_SESSION(CS_ID),
            DO_NURSE_ID INTEGER REFERENCES STAFF(SF_ID), DO_CHECKIN_TS TEXT NOT NULL, DO_HB_LEVEL REAL,
            DO_VOLUME_ML INTEGER, DO_OUTCOME TEXT NOT NULL, DO_DEFERRAL_REASON TEXT);
        CREATE TABLE HOSPITAL (
            HP_ID INTEGER PRIMARY KEY, HP_NAME TEXT NOT NULL, HP_CITY TEXT NOT NULL,
            HP_MAJOR_TRAUMA_FLAG TEXT NOT NULL);
        CREATE TABLE BLOOD_UNIT (
            BU_ID INTEGER PRIMARY KEY, BU_UNIT_NO TEXT NOT NULL UNIQUE,
            BU_DONATION_ID INTEGER NOT NULL REFERENCES DONATION(DO_ID), BU_COMPONENT TEXT NOT NULL,
            BU_EXPIRY_DATE TEXT NOT NULL, BU_STATUS TEXT NOT NULL, BU_HOSPITAL_ID INTEGER REFERENCES HOSPITAL(HP_ID),
            BU_ISSUED_DATE TEXT);
        """,
    )
    venues = [
        (1, "Leeds Donor Centre", "Leeds", "F", 12),
        (2, "Sheffield Donor Centre", "Sheffield", "F", 10),
        (3, "Harrogate Convention Centre", "Harrogate", "M", 6),
        (4, "York Racecourse", "York", "M", 8),
        (5, "Wakefield Town Hall", "Wakefield", "M", 5),
        (6, "Huddersfield University Great Hall", "Huddersfield", "M", 6),
        (7, "Skipton Rugby Club", "Skipton", "M", 4),
        (8, "Doncaster Minster Hall", "Doncaster", "M", 5),
    ]
    insert(c, "VENUE", venues)
    staff = [
        (1, "Helen", "Ackroyd", "TL", 1, "2011-02-07", None),
        (2, "Simon", "Firth", "TL", 2, "2014-09-01", None),
        (3, "Joanne", "Metcalfe", "TL", 1, "2017-03-13", "2024-12-20"),
        (4, "Priya", "Sharma", "RN", 1, "2015-06-01", None),
        (5, "Daniel", "Wood", "RN", 1, "2018-01-15", None),
        (6, "Grace", "Okonkwo", "RN", 2, "2019-04-23", None),
        (7, "Karen", "Dobson", "RN", 2, "2012-11-05", "2024-08-30"),
        (8, "Liam", "Barraclough", "RN", 1, "2022-10-10", None),
        (9, "Fatima", "Begum", "RN", 2, "2023-02-06", None),
        (10, "Chris", "Holroyd", "DC", 1, "2020-07-20", None),
        (11, "Megan", "Sutcliffe", "DC", 2, "2021-09-13", None),
        (12, "Adam", "Lister", "DC", 1, "2023-05-02", None),
        (13, "Rachel", "Nuttall", "TL", 2, "2025-01-06", None),
        (14, "Omar", "Farooq", "RN", 1, "2025-02-17", None),
    ]
    insert(c, "STAFF", staff)
    groups = [("O+", 35), ("A+", 30), ("B+", 8), ("O-", 13), ("A-", 8), ("AB+", 2), ("B-", 2), ("AB-", 2)]
    towns = ["Leeds", "Sheffield", "York", "Harrogate", "Wakefield", "Huddersfield", "Skipton", "Doncaster",
             "Bradford", "Halifax"]  # fmt: skip
    names = full_names(r, 250)
    donors = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        sex = "F" if f in ("Bianca", "Dana", "Elif", "Greta", "Ingrid", "Keiko", "Maya", "Olivia", "Rosa", "Tessa",
                           "Vera", "Yara", "Amara", "Chloe", "Emma", "Farah", "Hana", "Julia", "Lena", "Nadia",
                           "Priya") else "M"  # fmt: skip
        bd = day_between(r, D(1958, 1, 1), D(2006, 12, 31))
        reg = day_between(r, max(D(2008, 1, 1), _plus(bd, 17 * 366)), D(2025, 6, 1))
        donors.append((i, f, s, sex, _iso(bd), r.choices(groups, [g[1] for g in groups])[0][0], r.choice(towns),
                       _iso(reg), "N" if r.random() < 0.08 else "Y"))  # fmt: skip
    insert(c, "DONOR", donors)
    sessions = []
    d = D(2024, 1, 3)
    while d <= D(2025, 6, 27):
        for v in venues:
            if v[3] == "F" and d.weekday() in (1, 3) and r.random() < 0.3:
                sessions.append([d, v[0]])
            elif v[3] == "M" and d.weekday() in (0, 2, 4) and r.random() < 0.03:
                sessions.append([d, v[0]])
        d = _plus(d, 1)
    sess = []
    for i, (d, vid) in enumerate(sessions, 1):
        leads = [s for s in staff if s[3] == "TL" and _works(s[5], s[6], d)]
        lead = r.choice(leads)[0]
        canc = "Y" if r.random() < 0.04 else "N"
        st = r.choice(["09:00", "10:00", "13:30"])
        en = {"09:00": "15:30", "10:00": "16:00", "13:30": "19:30"}[st]
        sess.append((i, vid, _iso(d), st, en, r.choice([4, 5, 6]) if vid <= 2 else r.choice([5, 6, 8]),
                     lead, canc))  # fmt: skip
    insert(c, "CLINIC_SESSION", sess)
    last_don: dict[int, dt.date] = {}
    dons = []
    dw = {dn[0]: min(r.paretovariate(1.5), 5.0) for dn in donors}
    for s in sess:
        d = D.fromisoformat(s[2])
        if s[7] == "Y" or d > LAST:
            continue
        nurses = [x for x in staff if x[3] == "RN" and _works(x[5], x[6], d)]
        elig = [dn for dn in donors if D.fromisoformat(dn[7]) <= d and (dn[8] == "Y" or d < D(2024, 9, 1))
                and (dn[0] not in last_don or (d - last_don[dn[0]]).days >= (84 if dn[3] == "M" else 112))]  # fmt: skip
        n = r.randint(2, 4) if s[1] <= 2 else r.randint(3, 6)
        chosen = []
        while elig and len(chosen) < n:
            x = r.choices(elig, [dw[e[0]] for e in elig])[0]
            elig.remove(x)
            chosen.append(x)
        hh, mm = int(s[3][:2]), int(s[3][3:])
        for k, dn in enumerate(sorted(chosen, key=lambda x: x[0])):
            t = dt.datetime(d.year, d.month, d.day, hh, mm) + dt.timedelta(minutes=12 * k + r.randint(0, 10))
            hb = round(r.gauss(148 if dn[3] == "M" else 136, 9), 0)
            reason = None
            if hb < (135 if dn[3] == "M" else 125):
                out, vol, reason = "D", None, "Low haemoglobin"
            elif r.random() < 0.05:
                out, vol, reason = "D", None, r.choice(OTHER_DEFERRALS)
            elif r.random() < 0.04:
                out, vol, reason = "A", r.randint(120, 380), r.choice(["Fainted", "Slow flow"])
            else:
                out, vol = "C", 470
            if out != "D":
                last_don[dn[0]] = d
            dons.append((len(dons) + 1, dn[0], s[0], r.choice(nurses)[0], _dts(t), hb, vol, out, reason))
    insert(c, "DONATION", dons)
    hosps = [
        (1, "Leeds General Infirmary", "Leeds", "Y"),
        (2, "St James's University Hospital", "Leeds", "N"),
        (3, "Northern General Hospital", "Sheffield", "Y"),
        (4, "York Hospital", "York", "N"),
        (5, "Pinderfields Hospital", "Wakefield", "N"),
        (6, "Harrogate District Hospital", "Harrogate", "N"),
        (7, "Doncaster Royal Infirmary", "Doncaster", "N"),
        (8, "Calderdale Royal Hospital", "Halifax", "N"),
    ]
    insert(c, "HOSPITAL", hosps)
    units = []
    for dn in dons:
        if dn[7] != "C":
            continue
        d = D.fromisoformat(dn[4][:10])
        comps = ["RBC"] + (["FFP"] if r.random() < 0.35 else []) + (["PLT"] if r.random() < 0.12 else [])
        for comp in comps:
            life = {"RBC": 35, "FFP": 3 * 365, "PLT": 7}[comp]
            exp = _plus(d, life)
            issue = _plus(d, r.randint(2, life - 1)) if comp != "FFP" else _plus(d, r.randint(10, 400))
            hosp = r.choices(hosps, [20, 14, 18, 10, 9, 6, 8, 6])[0][0]
            if r.random() < 0.02:
                st, hosp, issue = "Q", None, None
            elif issue <= LAST and r.random() < (0.93 if comp != "FFP" else 0.8):
                st = "I"
            elif exp < TODAY:
                st, hosp, issue = "X", None, None
            else:
                st, hosp, issue = "A", None, None
            units.append((len(units) + 1, f"G{d:%y}{len(units) + 1:06d}{comp[0]}", dn[0], comp, _iso(exp), st, hosp,
                          _iso(issue)))  # fmt: skip
    insert(c, "BLOOD_UNIT", units)
    done(c)


# ------------------------------------------------------------------------------------------------------ cattery
def build_cattery(path: Path) -> None:
    r = random.Random(40005)
    c = fresh_db(
        path,
        """
        CREATE TABLE cat_owners (
            owner_id INTEGER PRIMARY KEY, owner_first_name TEXT NOT NULL, owner_last_name TEXT NOT NULL,
            home_town TEXT NOT NULL, phone_number TEXT, email_address TEXT, date_first_registered TEXT NOT NULL,
            how_they_heard_about_us TEXT);
        CREATE TABLE cats (
            cat_id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES cat_owners(owner_id),
            name_of_the_cat TEXT NOT NULL, breed_of_the_cat TEXT NOT NULL, year_of_birth INTEGER NOT NULL,
            sex_of_the_cat TEXT NOT NULL, is_neutered TEXT NOT NULL, needs_daily_medication INTEGER NOT NULL,
            vaccinations_valid_until TEXT, special_diet_or_care_notes TEXT);
        CREATE TABLE pens (
            pen_id INTEGER PRIMARY KEY, name_of_the_pen TEXT NOT NULL, size_of_the_pen TEXT NOT NULL,
            price_per_night_in_pounds REAL NOT NULL, has_a_heated_bed INTEGER NOT NULL,
            has_a_garden_view INTEGER NOT NULL, is_out_of_service INTEGER NOT NULL);
        CREATE TABLE bookings (
            booking_id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES cat_owners(owner_id),
            pen_id INTEGER NOT NULL REFERENCES pens(pen_id), date_and_time_booking_was_made TEXT NOT NULL,
            date_the_cats_arrive TEXT NOT NULL, date_the_cats_go_home TEXT NOT NULL,
            number_of_nights INTEGER NOT NULL, status_of_the_booking TEXT NOT NULL, deposit_was_paid TEXT NOT NULL,
            total_price_in_pounds REAL NOT NULL);
        CREATE TABLE cats_on_each_booking (
            booking_id INTEGER NOT NULL REFERENCES bookings(booking_id),
            cat_id INTEGER NOT NULL REFERENCES cats(cat_id),
            PRIMARY KEY (booking_id, cat_id));
        CREATE TABLE members_of_staff (
            staff_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, job_title TEXT NOT NULL,
            date_they_started TEXT NOT NULL, date_they_left TEXT);
        CREATE TABLE daily_care_notes (
            note_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(booking_id),
            cat_id INTEGER NOT NULL REFERENCES cats(cat_id),
            staff_id INTEGER NOT NULL REFERENCES members_of_staff(staff_id),
            date_of_the_note TEXT NOT NULL, ate_all_their_food TEXT NOT NULL, medication_was_given INTEGER NOT NULL,
            comments TEXT);
        """,
    )
    towns = [("Cirencester", 35), ("Stroud", 20), ("Tetbury", 12), ("Cheltenham", 15), ("Malmesbury", 10),
             ("Fairford", 8)]  # fmt: skip
    heard = ["Vet referral", "Google", "Friend or family", "Facebook", None]
    names = full_names(r, 110)
    owners = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        reg = day_between(r, D(2019, 3, 1), D(2025, 5, 31))
        owners.append((i, f, s, r.choices(towns, [t[1] for t in towns])[0][0],
                       None if r.random() < 0.06 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                       None if r.random() < 0.15 else f"{f.lower()}.{s.lower()}@example.com", _iso(reg),
                       r.choices(heard, [25, 30, 25, 12, 8])[0]))  # fmt: skip
    insert(c, "cat_owners", owners)
    breeds = [("Domestic Shorthair", 40), ("Domestic Longhair", 10), ("British Shorthair", 12), ("Maine Coon", 8),
              ("Ragdoll", 8), ("Siamese", 5), ("Bengal", 6), ("Persian", 4), ("Burmese", 4), ("Sphynx", 2)]  # fmt: skip
    cat_names = ["Tilly", "Smudge", "Misty", "Oscar", "Luna", "Milo", "Tigger", "Poppy", "Willow", "Jasper",
                 "Pumpkin", "Shadow", "Bella", "Felix", "Nala", "Mittens", "Pickle", "Biscuit", "Ziggy", "Cleo",
                 "Simba", "Olive", "Pepper", "Marmalade", "Rocky", "Hazel", "Dusty", "Sooty"]  # fmt: skip
    diets = ["Sensitive stomach - own food only", "Renal diet", "Hyperthyroid tablets twice daily",
             "Diabetic - insulin", "Nervous, keep covered", "Grain free", "Elderly, arthritic"]  # fmt: skip
    cats = []
    for o in owners:
        for cat_name in r.sample(cat_names, r.choices([1, 2, 3], [60, 32, 8])[0]):
            yr = r.randint(2008, 2024)
            med = 1 if (yr < 2014 and r.random() < 0.4) or r.random() < 0.06 else 0
            vacc = day_between(r, D(2025, 3, 1), D(2026, 5, 31)) if r.random() > 0.05 else None
            cats.append((len(cats) + 1, o[0], cat_name, r.choices(breeds, [b[1] for b in breeds])[0][0], yr,
                         r.choice("MF"), "Y" if r.random() < 0.93 else "N", med, _iso(vacc),
                         r.choice(diets) if med or r.random() < 0.12 else None))  # fmt: skip
    insert(c, "cats", cats)
    pen_names = ["Bramble", "Clover", "Honeysuckle", "Foxglove", "Primrose", "Bluebell", "Heather", "Willowherb",
                 "Juniper", "Sorrel", "Teasel", "Yarrow", "Campion", "Thistle", "Meadowsweet", "Hawthorn"]  # fmt: skip
    pens = []
    for i, pn in enumerate(pen_names, 1):
        size = "S" if i <= 7 else "D" if i <= 13 else "F"
        gv = 1 if i % 3 == 0 else 0
        price = {"S": 16.0, "D": 22.0, "F": 28.5}[size] + (2.0 if gv else 0.0)
        pens.append((i, pn, size, price, 1 if i % 2 == 1 else 0, gv, 1 if i == 11 else 0))
    insert(c, "pens", pens)
    by_owner: dict[int, list[tuple]] = {}
    for ct in cats:
        by_owner.setdefault(ct[1], []).append(ct)
    busy: dict[int, list[tuple[dt.date, dt.date]]] = {p[0]: [] for p in pens}
    ow = [min(r.paretovariate(1.3), 6.0) for _ in owners]
    bookings, links = [], []
    tries = 0
    while len(bookings) < 360 and tries < 5000:
        tries += 1
        o = r.choices(owners, ow)[0]
        arrive = day_between(r, max(D(2023, 6, 1), D.fromisoformat(o[6])), D(2025, 9, 20))
        if arrive.month in (7, 8, 12) or r.random() < 0.3:
            pass
        elif r.random() < 0.4:
            continue
        nights = r.choices([2, 3, 4, 5, 7, 7, 10, 14, 21], [8, 10, 10, 8, 16, 10, 8, 8, 3])[0]
        leave = _plus(arrive, nights)
        mine = by_owner[o[0]]
        group = mine if r.random() < 0.8 else mine[:1]
        need = "S" if len(group) == 1 else "D" if len(group) == 2 else "F"
        fits = [p for p in pens if (p[2] == need or (need == "S" and p[2] == "D" and r.random() < 0.3))
                and not (p[6] and arrive >= D(2025, 4, 1))]  # fmt: skip
        r.shuffle(fits)
        pen = next((p for p in fits if all(leave <= a or arrive >= b for a, b in busy[p[0]])), None)
        if pen is None:
            continue
        made = _plus(arrive, -r.randint(3, 120))
        made = max(made, D.fromisoformat(o[6]))
        if made > LAST:
            continue
        st = "X" if r.random() < 0.07 else "F" if leave < TODAY else "C"
        if st != "X":
            busy[pen[0]].append((arrive, leave))
        meds = sum(ct[7] for ct in group)
        total = round(nights * pen[3] + nights * meds * 2.5, 2)
        dep = "Y" if st == "F" or r.random() < 0.8 else "N"
        bookings.append([0, o[0], pen[0], _ts(made, r.randint(8, 21), r.randrange(60), r.randrange(60)),
                         _iso(arrive), _iso(leave), nights, st, dep, total, [ct[0] for ct in group]])  # fmt: skip
    bookings.sort(key=lambda b: (b[3], b[1]))
    for i, b in enumerate(bookings, 1):
        b[0] = i
        for cid in b[10]:
            links.append((i, cid))
    insert(c, "bookings", [tuple(b[:10]) for b in bookings])
    insert(c, "cats_on_each_booking", links)
    staff = [
        (1, "Philippa", "Harcourt", "Owner", "2015-04-01", None),
        (2, "Janet", "Morley", "Senior Cattery Assistant", "2017-06-12", None),
        (3, "Toby", "Arkwright", "Cattery Assistant", "2021-05-03", "2024-09-27"),
        (4, "Megan", "Lloyd", "Cattery Assistant", "2022-07-18", None),
        (5, "Harriet", "Pym", "Weekend Assistant", "2023-03-04", None),
        (6, "Sam", "Okafor", "Cattery Assistant", "2024-10-07", None),
        (7, "Evie", "Chandler", "Weekend Assistant", "2025-04-05", None),
    ]
    insert(c, "members_of_staff", staff)
    meds = {ct[0]: ct[7] for ct in cats}
    comments = ["Settled in well", "Hiding under blanket", "Very vocal at night", "Loved the brushing",
                "Hairball this morning", "Off food, monitor", "Playful", "Litter tray missed", None, None,
                None]  # fmt: skip
    notes = []
    for b in bookings:
        a, lv = D.fromisoformat(b[4]), D.fromisoformat(b[5])
        if b[7] == "X" or a < D(2024, 10, 1) or a > LAST:
            continue
        for cid in b[10]:
            nd = day_between(r, a, min(_plus(lv, -1), LAST))
            ok = [s for s in staff if _works(s[4], s[5], nd) and (s[3] != "Weekend Assistant" or nd.weekday() >= 5)]
            com = r.choice(comments)
            ate = "N" if com == "Off food, monitor" or r.random() < 0.1 else "Y"
            notes.append((nd, b[0], cid, r.choice(ok)[0], ate, meds[cid], com))
    notes.sort(key=lambda x: (x[0], x[1], x[2]))
    insert(c, "daily_care_notes", [(i, b, ct, s, _iso(d), a, m, cm) for i, (d, b, ct, s, a, m, cm) in
                                   enumerate(notes, 1)])  # fmt: skip
    done(c)


# ---------------------------------------------------------------------------------------------------- recycling
def build_recycling(path: Path) -> None:
    r = random.Random(40006)
    c = fresh_db(
        path,
        """
        CREATE TABLE d_date (
            date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year INTEGER NOT NULL, quarter INTEGER NOT NULL,
            month INTEGER NOT NULL, month_name TEXT NOT NULL, day_name TEXT NOT NULL, is_weekend INTEGER NOT NULL,
            is_bank_holiday INTEGER NOT NULL);
        CREATE TABLE d_site (
            site_key INTEGER PRIMARY KEY, site_code TEXT NOT NULL, site_name TEXT NOT NULL, district TEXT NOT NULL,
            site_type TEXT NOT NULL, opened_date TEXT NOT NULL, closed_date TEXT, accepts_trade TEXT NOT NULL);
        CREATE TABLE d_material (
            material_key INTEGER PRIMARY KEY, material_code TEXT NOT NULL, material_name TEXT NOT NULL,
            material_group TEXT NOT NULL, is_recyclable TEXT NOT NULL, is_hazardous INTEGER NOT NULL);
        CREATE TABLE d_haulier (
            haulier_key INTEGER PRIMARY KEY, haulier_name TEXT NOT NULL, carrier_licence_no TEXT NOT NULL,
            is_current TEXT NOT NULL);
        CREATE TABLE f_tonnage_movement (
            movement_id INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES d_date(date_key),
            site_key INTEGER NOT NULL REFERENCES d_site(site_key),
            material_key INTEGER NOT NULL REFERENCES d_material(material_key),
            haulier_key INTEGER NOT NULL REFERENCES d_haulier(haulier_key), weighbridge_ticket TEXT NOT NULL,
            tonnes REAL NOT NULL, value_pence INTEGER NOT NULL, load_rejected INTEGER NOT NULL);
        CREATE TABLE f_site_visit (
            visit_id INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES d_date(date_key),
            site_key INTEGER NOT NULL REFERENCES d_site(site_key), entry_ts TEXT NOT NULL,
            vehicle_type TEXT NOT NULL, is_trade TEXT NOT NULL, permit_no TEXT, charge_pence INTEGER NOT NULL,
            turned_away INTEGER NOT NULL);
        """,
    )
    hols = {D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26),
            D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5),
            D(2025, 5, 26)}  # fmt: skip
    dates = []
    d = D(2024, 1, 1)
    while d <= D(2025, 6, 30):
        dates.append((int(d.strftime("%Y%m%d")), _iso(d), d.year, (d.month - 1) // 3 + 1, d.month, d.strftime("%B"),
                      d.strftime("%A"), 1 if d.weekday() >= 5 else 0, 1 if d in hols else 0))  # fmt: skip
        d = _plus(d, 1)
    insert(c, "d_date", dates)
    sites = [
        (1, "EXE", "Pinbrook Road", "Exeter", "HWRC", "2004-05-01", None, "Y"),
        (2, "EXM", "Liverton Business Park", "East Devon", "HWRC", "2009-09-14", None, "N"),
        (3, "TIV", "Tiverton Chapel Street", "Mid Devon", "HWRC", "1998-03-02", "2024-10-31", "N"),
        (4, "TIV2", "Tiverton Lower Moor", "Mid Devon", "HWRC", "2024-11-04", None, "Y"),
        (5, "NEW", "Newton Abbot Brunel", "Teignbridge", "HWRC", "2011-06-20", None, "Y"),
        (6, "OKE", "Okehampton Exeter Road", "West Devon", "HWRC", "2001-01-08", None, "N"),
        (7, "MTS", "Marsh Barton Transfer Station", "Exeter", "TS", "2014-02-03", None, "Y"),
    ]
    insert(c, "d_site", sites)
    mats = [
        (1, "MET", "Scrap metal", "Metals", "Y", 0),
        (2, "CARD", "Cardboard", "Paper and card", "Y", 0),
        (3, "PAP", "Mixed paper", "Paper and card", "Y", 0),
        (4, "GLS", "Glass bottles and jars", "Glass", "Y", 0),
        (5, "GRN", "Garden waste", "Organics", "Y", 0),
        (6, "WOOD", "Wood", "Wood", "Y", 0),
        (7, "WEEE", "Small electricals", "WEEE", "Y", 0),
        (8, "FRDG", "Fridges and freezers", "WEEE", "Y", 1),
        (9, "BATT", "Car and household batteries", "Hazardous", "Y", 1),
        (10, "OIL", "Engine oil", "Hazardous", "Y", 1),
        (11, "RUB", "Rubble and soil", "Inert", "Y", 0),
        (12, "RES", "General residual waste", "Residual", "N", 0),
        (13, "TEX", "Textiles", "Textiles", "Y", 0),
        (14, "PLB", "Plasterboard", "Inert", "N", 0),
    ]
    insert(c, "d_material", mats)
    hauls = [
        (1, "Devon Contract Waste", "CBDU112233", "Y"),
        (2, "Viridor Haulage", "CBDU204518", "Y"),
        (3, "Westcountry Skips Ltd", "CBDU301177", "N"),
        (4, "European Metal Recycling", "CBDU098810", "Y"),
        (5, "Teign Valley Textiles", "CBDU455102", "Y"),
    ]
    insert(c, "d_haulier", hauls)
    # (tonnes mean, value per tonne in pence: + rebate / - gate fee, usual hauliers, weight)
    econ = {1: (6.0, 18000, [4], 10), 2: (3.5, 6500, [1, 2], 12), 3: (4.0, 3000, [1, 2], 6),
            4: (8.0, 1500, [2], 8), 5: (7.5, -2200, [1, 3], 14), 6: (7.0, -3800, [1, 3], 12),
            7: (2.5, 2500, [4], 6), 8: (3.0, -6000, [4], 4), 9: (1.2, 9000, [4], 2), 10: (1.0, 4000, [2], 2),
            11: (12.0, -900, [3, 1], 8), 12: (9.0, -11500, [2, 1], 16), 13: (2.0, 21000, [5], 5),
            14: (3.0, -9500, [1], 3)}  # fmt: skip
    moves = []
    for _ in range(430):
        d = day_between(r, D(2024, 1, 2), LAST)
        if d.weekday() == 6:
            d = _plus(d, 1)
        ok = [s for s in sites if _works(s[5], s[6], d)]
        s = r.choices(ok, [3 if s[7] == "Y" else 2 for s in ok])[0]
        mk = r.choices(list(econ), [e[3] for e in econ.values()])[0]
        mean, per, hs, _w = econ[mk]
        h = r.choice(hs)
        if h == 3 and d > D(2024, 12, 31):
            h = 1
        t = round(max(0.3, r.gauss(mean, mean * 0.25)), 2)
        if mk == 5 and d.month in (11, 12, 1, 2):
            t = round(t * 0.5, 2)
        rej = 1 if mk in (2, 3, 4, 5) and r.random() < 0.06 else 0
        val = round(t * per * (r.uniform(0.85, 1.15) if per > 0 else 1.0))
        if rej:
            val = round(-t * 11500)
        moves.append((d, s[0], mk, h, t, val, rej))
    moves.sort(key=lambda x: (x[0], x[1], x[2]))
    insert(c, "f_tonnage_movement", [(i, int(d.strftime("%Y%m%d")), s, m, h, f"WB{d:%y%m}-{i:05d}", t, v, rj)
                                     for i, (d, s, m, h, t, v, rj) in enumerate(moves, 1)])  # fmt: skip
    visits = []
    for _ in range(400):
        d = day_between(r, D(2024, 1, 1), LAST)
        if d in hols and d.month == 12:
            continue
        ok = [s for s in sites if _works(s[5], s[6], d) and s[4] == "HWRC"]
        s = r.choice(ok)
        veh = r.choices(["VAN", "TRAILER", "PICKUP"], [55, 35, 10])[0]
        trade = "Y" if s[7] == "Y" and r.random() < 0.35 else "N"
        permit = f"VP{r.randint(10000, 99999)}"
        if trade == "Y" or r.random() < (0.6 if veh == "TRAILER" else 0.15):
            permit = None
        away = 1 if trade == "N" and permit is None and veh != "TRAILER" and r.random() < 0.6 else 0
        if trade == "Y":
            charge = r.choice([1500, 2500, 4000, 6500, 9000])
        elif r.random() < 0.3:
            charge = r.choice([300, 600, 900, 1200])
        else:
            charge = 0
        if away:
            charge = 0
        t = f"{_iso(d)} {r.randint(8, 16):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"
        visits.append((t, s[0], veh, trade, permit, charge, away))
    visits.sort()
    insert(c, "f_site_visit", [(i, int(t[:10].replace("-", "")), s, t, v, tr, p, ch, a)
                               for i, (t, s, v, tr, p, ch, a) in enumerate(visits, 1)])  # fmt: skip
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "locksmith": build_locksmith,
    "diveschool": build_diveschool,
    "bikecourier": build_bikecourier,
    "bloodbank": build_bloodbank,
    "cattery": build_cattery,
    "recycling": build_recycling,
}
