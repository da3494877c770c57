"""Six small business databases for the thirtieth blind corpus, each in its own naming style.

``laundry`` -- a laundry and dry-cleaning chain (clean plural snake_case):
    stores(id, name, city, street_address, opened_on)
    employees(id, full_name, store_id -> stores, role 'store manager'|'counter clerk'|'presser'|'driver',
        hired_on, hourly_wage)
    customers(id, name, email NULL, phone NULL, city, is_business 0/1, signed_up_on)
    services(id, name, category 'wash & fold'|'dry cleaning'|'pressing'|'alterations'|'specialty',
        pricing_unit 'kg'|'item', unit_price)
    orders(id, customer_id -> customers, store_id -> stores, employee_id -> employees NULL (who took it in),
        dropped_off_at 'YYYY-MM-DD HH:MM', ready_by, picked_up_on NULL,
        status 'received'|'in progress'|'ready'|'collected'|'cancelled', is_express 0/1, total_amount,
        payment_method 'card'|'cash'|'account' NULL until paid)
    order_lines(id, order_id -> orders, service_id -> services, quantity (kg or items), line_amount)
    An order's total_amount is the sum of its line amounts (the express surcharge is in the lines).

``locksmith`` -- a locksmith company (singular PascalCase tables and columns):
    Technician(TechnicianId, FullName, Phone, HireDate, HourlyRate, SupervisorId -> Technician NULL, IsActive 0/1)
    Customer(CustomerId, CustomerName, CustomerType 'Residential'|'Commercial', Phone, Email NULL, City,
        PostCode)
    ServiceType(ServiceTypeId, ServiceName, BaseFee)
    Job(JobId, CustomerId -> Customer, TechnicianId -> Technician, ServiceTypeId -> ServiceType,
        RequestedAt 'YYYY-MM-DD HH:MM', CompletedDate NULL, Status 'Scheduled'|'Completed'|'Cancelled'|'No Access',
        IsEmergency 0/1, LaborHours NULL, TotalCharge NULL unless the job was completed or charged a call-out)
    Product(ProductId, ProductName, Brand, Category, UnitPrice, StockQty)
    JobPart(JobPartId, JobId -> Job, ProductId -> Product, Quantity, UnitPrice)
    Review(ReviewId, JobId -> Job (one review a job at most), Rating 1-5, ReviewDate, Comment NULL)
    The one self-referencing key of the corpus: Technician.SupervisorId is the technician a technician reports to.

``kennel`` -- a dog boarding kennel (Hungarian-style type prefixes, tbl tables):
    tblOwner(intOwnerID, strFirstName, strLastName, strPhone, strEmail NULL, strCity, dtRegistered, blnVIP 0/1)
    tblDog(intDogID, intOwnerID -> tblOwner, strName, strBreed, strSize 'Small'|'Medium'|'Large'|'Giant',
        intBirthYear NULL, fltWeightKg, blnNeutered 0/1)
    tblRun(intRunID, strRunCode, strSize, curNightlyRate, blnHeated 0/1)
    tblStay(intStayID, intDogID -> tblDog, intRunID -> tblRun, dtCheckIn, dtCheckOut,
        strStatus 'Booked'|'Checked In'|'Completed'|'Cancelled', curTotal (lodging plus add-ons; 0 if cancelled))
    tblService(intServiceID, strServiceName, curPrice)  -- add-on services
    tblStayService(intStayServiceID, intStayID -> tblStay, intServiceID -> tblService, intQty)
    tblVaccination(intVaccinationID, intDogID -> tblDog, strVaccine 'Rabies'|'DHPP'|'Bordetella'|'Leptospirosis',
        dtGiven, strVetClinic)

``solar`` -- a residential solar installer (abbreviated legacy names, one-letter status codes):
    sts(sts_cd, sts_desc)  -- Q Quoted, A Awaiting Permit, S Scheduled, I Installed, H On Hold, X Cancelled
    cust(cust_no, cust_nm, cty_nm, st_cd 'AZ'|'NV'|'NM'|'UT', zip_cd, ph_no, email_addr NULL, crt_dt)
    emp(emp_no, emp_nm, job_ttl 'Sales Rep'|'Installer'|'Electrician'|'Site Surveyor'|'Project Manager', hire_dt,
        hrly_rt, actv_flg 'Y'|'N')
    pnl_mdl(mdl_cd, mfr_nm, mdl_desc, watt_cap, unit_cst)
    proj(proj_no, cust_no -> cust, slsp_emp_no -> emp, sts_cd -> sts, qt_dt, inst_dt NULL, sys_kw, bat_flg 'Y'|'N',
        fin_flg 'Y'|'N', amt_qtd, amt_due)
    proj_pnl(proj_no -> proj, mdl_cd -> pnl_mdl, pnl_qty)
    proj_crw(proj_no -> proj, emp_no -> emp)  -- who worked on an installation
    pmt(pmt_no, proj_no -> proj, pmt_dt, pmt_amt, pmt_mthd 'CHK'|'ACH'|'CC'|'LN')

``festival`` -- a yearly three-day music festival (long descriptive names):
    festival_stages(stage_id, stage_name, maximum_capacity_people, is_stage_covered_by_roof 0/1)
    performing_artists(artist_id, artist_display_name, artist_home_country_name, primary_music_genre_name,
        booking_fee_amount_usd, artist_agent_email_address NULL)
    scheduled_performances(performance_id, artist_id -> performing_artists, stage_id -> festival_stages,
        performance_start_timestamp 'YYYY-MM-DD HH:MM', performance_length_in_minutes, was_performance_cancelled 0/1)
    ticket_types(ticket_type_id, ticket_type_name, current_list_price_usd)
    ticket_buyers(buyer_id, buyer_full_name, buyer_email_address, buyer_home_city_name, account_created_date,
        has_opted_into_marketing_emails 0/1)
    ticket_purchase_orders(purchase_order_id, buyer_id -> ticket_buyers, order_placed_timestamp,
        promo_code_applied NULL, is_order_fully_refunded 0/1)
    ticket_purchase_order_lines(order_line_id, purchase_order_id -> ticket_purchase_orders,
        ticket_type_id -> ticket_types, ticket_quantity, price_paid_per_ticket_usd)
    The festival ran on 14-16 July 2023, 19-21 July 2024 and 18-20 July 2025.

``merchprint`` -- a print-on-demand merchandise shop (lower-case run-together names):
    country(countrycode, countryname)
    customer(customerid, customername, emailaddress, countrycode -> country, signupdate, isnewsletter 0/1)
    designer(designerid, designername, shopname, countrycode -> country, joindate, royaltypercent)
    design(designid, designerid -> designer, designtitle, uploaddate, ismature 0/1)
    product(productid, productname, producttype 'apparel'|'drinkware'|'wall art'|'accessories', basecost,
        retailprice)
    salesorder(ordernumber, customerid -> customer, orderdate, shipdate NULL, shipcountry -> country,
        orderstatus 'pending'|'printing'|'shipped'|'delivered'|'returned'|'cancelled', shippingfee, discountcode NULL)
    orderline(ordernumber -> salesorder, linenumber, designid -> design, productid -> product, sizecode NULL,
        quantity, unitprice)
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _stamp(d: dt.date, hour: int, minute: int) -> str:
    return f"{d.isoformat()} {hour:02d}:{minute:02d}"


def _pick(r: random.Random, weighted: dict[str, float]) -> str:
    keys = list(weighted)
    return r.choices(keys, weights=[weighted[k] for k in keys])[0]


# --------------------------------------------------------------------------------------------------- laundry

LAUNDRY_DDL = """
CREATE TABLE stores (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    street_address TEXT NOT NULL,
    opened_on TEXT NOT NULL
);
CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    store_id INTEGER NOT NULL REFERENCES stores(id),
    role TEXT NOT NULL,
    hired_on TEXT NOT NULL,
    hourly_wage REAL NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    city TEXT NOT NULL,
    is_business INTEGER NOT NULL DEFAULT 0,
    signed_up_on TEXT NOT NULL
);
CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    pricing_unit TEXT NOT NULL,
    unit_price REAL NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    store_id INTEGER NOT NULL REFERENCES stores(id),
    employee_id INTEGER REFERENCES employees(id),
    dropped_off_at TEXT NOT NULL,
    ready_by TEXT NOT NULL,
    picked_up_on TEXT,
    status TEXT NOT NULL,
    is_express INTEGER NOT NULL DEFAULT 0,
    total_amount REAL NOT NULL,
    payment_method TEXT
);
CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    service_id INTEGER NOT NULL REFERENCES services(id),
    quantity REAL NOT NULL,
    line_amount REAL NOT NULL
);
"""

LAUNDRY_STORES = [
    (1, "Alberta Street", "Portland", "1820 NE Alberta St", D(2022, 1, 3)),
    (2, "Hawthorne", "Portland", "3415 SE Hawthorne Blvd", D(2022, 1, 3)),
    (3, "Pearl District", "Portland", "1105 NW Lovejoy St", D(2022, 8, 15)),
    (4, "Beaverton", "Beaverton", "12500 SW Broadway", D(2023, 3, 1)),
    (5, "Gresham Station", "Gresham", "700 NW Eastman Pkwy", D(2023, 10, 2)),
    (6, "Lake Oswego", "Lake Oswego", "16 B Ave", D(2024, 5, 6)),
]
# id, name, category, unit, price, weight for individuals, weight for businesses
LAUNDRY_SERVICES = [
    (1, "Wash & Fold", "wash & fold", "kg", 2.40, 40, 30),
    (2, "Delicates Wash & Fold", "wash & fold", "kg", 3.10, 6, 2),
    (3, "Duvet & Bedding Wash", "wash & fold", "item", 18.00, 8, 6),
    (4, "Shirt Laundered & Pressed", "pressing", "item", 3.50, 15, 25),
    (5, "Two-Piece Suit Dry Clean", "dry cleaning", "item", 16.00, 8, 4),
    (6, "Dress Dry Clean", "dry cleaning", "item", 14.00, 6, 2),
    (7, "Coat Dry Clean", "dry cleaning", "item", 19.50, 4, 1),
    (8, "Trousers Dry Clean", "dry cleaning", "item", 8.00, 7, 4),
    (9, "Ironing Only", "pressing", "item", 2.00, 6, 8),
    (10, "Trouser Hem", "alterations", "item", 12.00, 3, 0.5),
    (11, "Zip Replacement", "alterations", "item", 15.00, 2, 0.3),
    (12, "Stain Treatment", "specialty", "item", 5.00, 4, 3),
    (13, "Wedding Dress Cleaning", "specialty", "item", 140.00, 0.25, 0),
    (14, "Tablecloth & Napkin Service", "wash & fold", "kg", 2.90, 0, 12),
]
LAUNDRY_BUSINESSES = [
    "Bluebird Cafe", "Hotel Lucerne", "Cascade Fitness Club", "Rose City Barbers", "Northwest Dental Group",
    "Mill End Bistro", "Tidewater Spa", "Forest Park Yoga", "Burnside Brewing", "Pioneer Catering",
    "Hollywood Salon", "Sellwood Day Spa", "Laurelhurst Inn", "Division Street Diner", "Willamette Rowing Club",
    "St. Johns Physio", "Mt. Tabor Massage", "Kenton Kitchen", "Overlook Bed & Breakfast", "Foster Road Gym",
    "Irvington Guesthouse", "Bridgetown Pilates", "Sandy Boulevard Motel", "Couch Street Cafe",
]  # fmt: skip
LAUNDRY_CITIES = {"Portland": 55, "Beaverton": 12, "Gresham": 10, "Lake Oswego": 8, "Tigard": 8, "Milwaukie": 7}
LAUNDRY_HOME = {"Portland": [1, 2, 3], "Beaverton": [4], "Gresham": [5], "Lake Oswego": [6], "Tigard": [4, 6],
                "Milwaukie": [2]}  # fmt: skip
LAUNDRY_END = D(2025, 6, 30)


def build_laundry(path: Path) -> None:
    r = random.Random(30_101)
    c = fresh_db(path, LAUNDRY_DDL)
    opened = {s[0]: s[4] for s in LAUNDRY_STORES}
    insert(c, "stores", [(i, n, city, addr, _iso(o)) for i, n, city, addr, o in LAUNDRY_STORES])

    # staff: a manager, clerks, pressers and sometimes a driver per store; a few clerks joined later
    names = full_names(r, 60)
    employees = []
    for sid, *_ in LAUNDRY_STORES:
        roles = ["store manager"] + ["counter clerk"] * r.randint(2, 3) + ["presser"] * r.randint(1, 2)
        if sid in (1, 2, 4):
            roles.append("driver")
        for k, role in enumerate(roles):
            hired = opened[sid] if k < 3 else day_between(r, opened[sid], D(2025, 3, 1))
            wage = {"store manager": r.uniform(26, 30), "counter clerk": r.uniform(17, 19.5),
                    "presser": r.uniform(18, 20.5), "driver": r.uniform(19, 21.5)}[role]  # fmt: skip
            employees.append((len(employees) + 1, names.pop(), sid, role, _iso(hired), round(wage, 2)))
    insert(c, "employees", employees)
    desk = {sid: [(e[0], D.fromisoformat(e[4]), 1 if e[3] == "store manager" else 3) for e in employees
                  if e[2] == sid and e[3] in ("store manager", "counter clerk")] for sid in opened}  # fmt: skip

    # customers: signed up when their nearest store was open
    people = full_names(r, 400, exclude=[e[1] for e in employees])
    rows = [(n, 0) for n in people] + [(b, 1) for b in LAUNDRY_BUSINESSES]
    r.shuffle(rows)
    custs = []
    for name, biz in rows:
        city = _pick(r, LAUNDRY_CITIES)
        home = r.choice(LAUNDRY_HOME[city])
        start = max(D(2022, 1, 3), opened[home])
        custs.append((day_between(r, start, LAUNDRY_END - dt.timedelta(days=10)), name, biz, city, home))
    custs.sort()
    cust_rows = []
    for i, (signed, name, biz, city, _home) in enumerate(custs, 1):
        slug = name.lower().replace(" ", ".").replace("&", "and").replace("'", "")
        email = f"{slug}@example.com" if not biz else f"frontdesk@{slug.replace('.', '')}.com"
        if not biz and r.random() < 0.12:
            email = None
        phone = None if r.random() < 0.04 else f"{r.choice(['503', '971'])}-555-{r.randint(0, 9999):04d}"
        cust_rows.append((i, name, email, phone, city, biz, _iso(signed)))
    insert(c, "customers", cust_rows)

    raw = []  # (timestamp, customer id, business flag, home store)
    for i, (signed, _name, biz, _city, home) in enumerate(custs, 1):
        if biz:
            n = r.randint(20, 55)
        else:
            n = r.choices([0, r.randint(1, 3), r.randint(4, 12), r.randint(13, 30)], weights=[8, 40, 40, 12])[0]
        for k in range(n):
            d = signed if k == 0 else day_between(r, signed, LAUNDRY_END)
            raw.append((_stamp(d, r.randint(7, 19), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])),
                        i, biz, home))  # fmt: skip
    raw.sort()
    orders, lines = [], []
    weights_ind = [s[5] for s in LAUNDRY_SERVICES]
    weights_biz = [s[6] for s in LAUNDRY_SERVICES]
    for oid, (stamp, cid, biz, home) in enumerate(raw, 1):
        d = D.fromisoformat(stamp[:10])
        open_stores = [s for s in opened if opened[s] <= d]
        store = home if home in open_stores else r.choice(open_stores)
        staff = [(e, w) for e, hired, w in desk[store] if hired <= d]
        emp = r.choices([e for e, _ in staff], weights=[w for _, w in staff])[0] if staff else None
        if r.random() < 0.03:
            emp = None
        express = 1 if r.random() < 0.12 else 0
        chosen: list[tuple] = []
        for _ in range(r.choices([1, 2, 3], weights=[55, 32, 13])[0]):
            s = r.choices(LAUNDRY_SERVICES, weights=weights_biz if biz else weights_ind)[0]
            if s not in chosen:
                chosen.append(s)
        total = 0.0
        dry = False
        for s in chosen:
            if s[3] == "kg":
                qty = round(r.uniform(10, 40) if biz else r.uniform(2.5, 14), 1)
            elif s[0] in (4, 9):
                qty = r.randint(10, 30) if biz else r.randint(1, 10)
            else:
                qty = r.randint(1, 8) if biz else r.choices([1, 2, 3, 4], weights=[50, 30, 12, 8])[0]
            amount = round(qty * s[4] * (1.5 if express else 1), 2)
            total += amount
            dry = dry or s[2] in ("dry cleaning", "specialty", "alterations")
            lines.append((len(lines) + 1, oid, s[0], qty, amount))
        ready = d + dt.timedelta(days=1 if express else (3 if dry else 2))
        age = (LAUNDRY_END - d).days
        picked, pay = None, None
        if age > 1 and r.random() < 0.04:
            status = "cancelled"
        elif age == 0:
            status = "received"
        elif ready > LAUNDRY_END or age == 1:
            status = "in progress"
        else:
            picked_d = ready + dt.timedelta(days=r.choices([0, 1, 2, 3, 5, 8], weights=[40, 25, 12, 10, 8, 5])[0])
            if picked_d > LAUNDRY_END or r.random() < 0.012:
                status = "ready"
            else:
                status, picked = "collected", _iso(picked_d)
                pay = ("account" if r.random() < 0.8 else "card") if biz else ("card" if r.random() < 0.7 else "cash")
        orders.append((oid, cid, store, emp, stamp, _iso(ready), picked, status, express, round(total, 2), pay))
    insert(c, "services", [s[:5] for s in LAUNDRY_SERVICES])
    insert(c, "orders", orders)
    insert(c, "order_lines", lines)
    done(c)


# ------------------------------------------------------------------------------------------------- locksmith

LOCKSMITH_DDL = """
CREATE TABLE Technician (
    TechnicianId INTEGER PRIMARY KEY,
    FullName TEXT NOT NULL,
    Phone TEXT NOT NULL,
    HireDate TEXT NOT NULL,
    HourlyRate REAL NOT NULL,
    SupervisorId INTEGER REFERENCES Technician(TechnicianId),
    IsActive INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE Customer (
    CustomerId INTEGER PRIMARY KEY,
    CustomerName TEXT NOT NULL,
    CustomerType TEXT NOT NULL,
    Phone TEXT NOT NULL,
    Email TEXT,
    City TEXT NOT NULL,
    PostCode TEXT NOT NULL
);
CREATE TABLE ServiceType (
    ServiceTypeId INTEGER PRIMARY KEY,
    ServiceName TEXT NOT NULL,
    BaseFee REAL NOT NULL
);
CREATE TABLE Job (
    JobId INTEGER PRIMARY KEY,
    CustomerId INTEGER NOT NULL REFERENCES Customer(CustomerId),
    TechnicianId INTEGER NOT NULL REFERENCES Technician(TechnicianId),
    ServiceTypeId INTEGER NOT NULL REFERENCES ServiceType(ServiceTypeId),
    RequestedAt TEXT NOT NULL,
    CompletedDate TEXT,
    Status TEXT NOT NULL,
    IsEmergency INTEGER NOT NULL DEFAULT 0,
    LaborHours REAL,
    TotalCharge REAL
);
CREATE TABLE Product (
    ProductId INTEGER PRIMARY KEY,
    ProductName TEXT NOT NULL,
    Brand TEXT NOT NULL,
    Category TEXT NOT NULL,
    UnitPrice REAL NOT NULL,
    StockQty INTEGER NOT NULL
);
CREATE TABLE JobPart (
    JobPartId INTEGER PRIMARY KEY,
    JobId INTEGER NOT NULL REFERENCES Job(JobId),
    ProductId INTEGER NOT NULL REFERENCES Product(ProductId),
    Quantity INTEGER NOT NULL,
    UnitPrice REAL NOT NULL
);
CREATE TABLE Review (
    ReviewId INTEGER PRIMARY KEY,
    JobId INTEGER NOT NULL UNIQUE REFERENCES Job(JobId),
    Rating INTEGER NOT NULL,
    ReviewDate TEXT NOT NULL,
    Comment TEXT
);
"""

# id, name, hired, hourly rate, supervisor, active, left (last day of work), workload weight, mean rating
LOCK_TECHS = [
    (1, "Marco Novak", D(2022, 1, 3), 48.00, None, 1, None, 0.5, 4.6),
    (2, "Priya Kaur", D(2022, 1, 17), 40.00, 1, 1, None, 0.8, 4.5),
    (3, "Oscar Delgado", D(2022, 2, 7), 39.50, 1, 1, None, 0.8, 4.3),
    (4, "Hana Ito", D(2022, 3, 14), 32.00, 2, 1, None, 1.0, 4.7),
    (5, "Felix Brennan", D(2022, 4, 4), 31.00, 2, 0, D(2023, 12, 29), 1.0, 3.6),
    (6, "Samir Haddad", D(2022, 6, 20), 33.50, 3, 1, None, 1.0, 4.4),
    (7, "Julia Mendes", D(2022, 9, 12), 30.00, 3, 1, None, 1.0, 4.2),
    (8, "Kofi Oduya", D(2023, 1, 9), 29.50, 2, 1, None, 1.0, 4.0),
    (9, "Tessa Larsen", D(2023, 3, 27), 28.00, 3, 0, D(2024, 9, 27), 1.0, 3.9),
    (10, "Diego Reyes", D(2023, 6, 5), 28.50, 2, 1, None, 1.0, 4.5),
    (11, "Lena Fischer", D(2023, 11, 13), 27.00, 3, 1, None, 1.0, 4.1),
    (12, "Wesley Grant", D(2024, 2, 19), 26.00, 2, 1, None, 1.0, 3.8),
    (13, "Amara Costa", D(2024, 8, 5), 26.00, 3, 1, None, 1.0, 4.4),
    (14, "Nils Varga", D(2025, 1, 13), 25.00, 2, 1, None, 1.0, 4.0),
]
SAFE_TECHS = (1, 2, 3, 6)
# id, name, base fee, weight residential, weight commercial
LOCK_SERVICES = [
    (1, "Home Lockout", 95.0, 25, 6),
    (2, "Car Lockout", 85.0, 15, 2),
    (3, "Rekey", 75.0, 20, 25),
    (4, "Lock Installation", 110.0, 12, 20),
    (5, "Lock Repair", 90.0, 8, 18),
    (6, "Safe Opening", 180.0, 3, 5),
    (7, "Key Cutting", 15.0, 8, 10),
    (8, "Smart Lock Setup", 130.0, 8, 5),
    (9, "Master Key System", 250.0, 0, 6),
]
LOCK_PRODUCTS = [
    (1, "Schlage B60 Deadbolt", "Schlage", "Deadbolt", 42.00, 34),
    (2, "Schlage Encode Smart Deadbolt", "Schlage", "Smart Lock", 249.00, 6),
    (3, "Kwikset 980 Deadbolt", "Kwikset", "Deadbolt", 29.00, 41),
    (4, "Kwikset SmartCode 916", "Kwikset", "Smart Lock", 189.00, 8),
    (5, "Yale Assure Lock 2", "Yale", "Smart Lock", 229.00, 5),
    (6, "Yale Commercial Lever Set", "Yale", "Lever Set", 165.00, 12),
    (7, "Medeco Maxum Deadbolt", "Medeco", "Deadbolt", 310.00, 2),
    (8, "Mul-T-Lock Hercular Cylinder", "Mul-T-Lock", "Cylinder", 145.00, 9),
    (9, "Schlage Everest Cylinder", "Schlage", "Cylinder", 58.00, 22),
    (10, "Kwikset SmartKey Rekey Kit", "Kwikset", "Rekey Kit", 18.50, 30),
    (11, "Schlage Rekey Pin Kit", "Schlage", "Rekey Kit", 22.00, 25),
    (12, "Baldwin Reserve Handleset", "Baldwin", "Handleset", 385.00, 1),
    (13, "ASSA Abloy Door Closer", "ASSA Abloy", "Door Hardware", 135.00, 7),
    (14, "KW1 Key Blank", "Ilco", "Key Blank", 1.20, 600),
    (15, "SC1 Key Blank", "Ilco", "Key Blank", 1.20, 550),
    (16, "Transponder Car Key", "Ilco", "Key Blank", 35.00, 40),
    (17, "Master Lock 6121 Padlock", "Master Lock", "Padlock", 24.00, 18),
    (18, "August Wi-Fi Smart Lock", "August", "Smart Lock", 219.00, 4),
    (19, "Sargent Mortise Lock", "Sargent", "Mortise Lock", 275.00, 3),
    (20, "Abus Granit Padlock", "Abus", "Padlock", 96.00, 3),
    (21, "Schlage Lever Set", "Schlage", "Lever Set", 64.00, 15),
    (22, "Kwikset Door Knob Set", "Kwikset", "Knob Set", 21.00, 27),
]
LOCK_CITIES = {"Denver": 45, "Aurora": 15, "Lakewood": 12, "Englewood": 8, "Littleton": 10, "Arvada": 10}
LOCK_ZIPS = {"Denver": ["80202", "80205", "80206", "80210", "80218", "80220"], "Aurora": ["80010", "80012", "80014"],
             "Lakewood": ["80214", "80226", "80227"], "Englewood": ["80110", "80113"],
             "Littleton": ["80120", "80122", "80123"], "Arvada": ["80002", "80003", "80004"]}  # fmt: skip
LOCK_BIZ_A = [
    "Summit",
    "Cherry Creek",
    "Mile High",
    "Front Range",
    "Larimer",
    "Platte",
    "Sloan",
    "Highlands",
    "Union Station",
    "Colfax",
    "Red Rocks",
    "Bluebird",
    "Wash Park",
    "Golden Triangle",
    "Stapleton",
]
LOCK_BIZ_B = ["Dental", "Property Management", "Coffee Co.", "Animal Clinic", "Apartments", "Law Group",
              "Fitness", "Self Storage", "Credit Union", "Pharmacy", "Brewing", "Bakery"]  # fmt: skip
LOCK_COMMENTS = ["Fast and friendly.", "Arrived within 30 minutes.", "Fair price.", "Very professional.",
                 "Took longer than quoted.", "Great work on our new locks.", "Saved my evening!",
                 "Pricey for an emergency call.", "Explained everything clearly.", "Would use again."]  # fmt: skip
LOCK_END = D(2025, 6, 30)


def _lock_parts(r: random.Random, service: int, commercial: bool) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    if service == 3:
        parts.append((r.choice([10, 11]), r.randint(2, 8) if commercial else r.randint(1, 3)))
        parts.append((r.choice([14, 15]), r.randint(4, 20) if commercial else r.randint(2, 6)))
    elif service == 4:
        p = r.choices([1, 3, 6, 8, 9, 19, 21, 22, 17], weights=[20, 22, 6 + 10 * commercial, 4, 8,
                                                               1 + 4 * commercial, 10, 14, 3])[0]  # fmt: skip
        parts.append((p, r.randint(1, 6) if commercial else r.randint(1, 2)))
        if r.random() < 0.5:
            parts.append((r.choice([14, 15]), r.randint(2, 6)))
        if commercial and r.random() < 0.3:
            parts.append((13, r.randint(1, 3)))
    elif service == 5 and r.random() < 0.5:
        parts.append((r.choice([9, 9, 8, 13] if commercial else [9, 9, 8]), 1))
    elif service == 7:
        parts.append((r.choice([14, 15]), r.randint(2, 12)))
    elif service == 2 and r.random() < 0.15:
        parts.append((16, 1))
    elif service == 8:
        parts.append((r.choices([2, 4, 5, 18], weights=[5, 4, 3, 3])[0], 1))
    elif service == 9:
        parts.append((r.choice([8, 9]), r.randint(4, 20)))
        parts.append((r.choice([14, 15]), r.randint(10, 40)))
    return parts


def build_locksmith(path: Path) -> None:
    r = random.Random(30_202)
    c = fresh_db(path, LOCKSMITH_DDL)
    insert(c, "Technician", [(t[0], t[1], f"303-555-{1100 + 37 * t[0]:04d}", _iso(t[2]), t[3], t[4], t[5])
                             for t in LOCK_TECHS])  # fmt: skip
    insert(c, "ServiceType", [s[:3] for s in LOCK_SERVICES])
    insert(c, "Product", LOCK_PRODUCTS)

    biz_names = [f"{a} {b}" for a in LOCK_BIZ_A for b in LOCK_BIZ_B]
    r.shuffle(biz_names)
    people = full_names(r, 560, exclude=[t[1] for t in LOCK_TECHS])
    rows = [(n, "Residential") for n in people] + [(b, "Commercial") for b in biz_names[:90]]
    r.shuffle(rows)
    customers = []
    for i, (name, kind) in enumerate(rows, 1):
        city = _pick(r, LOCK_CITIES)
        slug = name.lower().replace(" ", "").replace(".", "")
        email = f"{slug}@example.net" if kind == "Residential" else f"office@{slug}.com"
        if r.random() < (0.25 if kind == "Residential" else 0.05):
            email = None
        phone = f"{r.choice(['303', '720'])}-555-{r.randint(0, 9999):04d}"
        customers.append((i, name, kind, phone, email, city, r.choice(LOCK_ZIPS[city])))
    insert(c, "Customer", customers)

    raw = []
    for cid, _name, kind, *_ in customers:
        commercial = kind == "Commercial"
        n = r.randint(3, 16) if commercial else r.choices([0, 1, 2, r.randint(3, 5)], weights=[8, 55, 25, 12])[0]
        first = day_between(r, D(2022, 1, 10), LOCK_END)
        for k in range(n):
            d = first if k == 0 else day_between(r, first, LOCK_END)
            s = r.choices(LOCK_SERVICES, weights=[x[4] if commercial else x[3] for x in LOCK_SERVICES])[0]
            emergency = r.random() < (0.7 if s[0] in (1, 2) else 0.05)
            hour = r.randint(0, 23) if emergency else r.randint(8, 17)
            raw.append((_stamp(d, hour, r.randrange(0, 60)), cid, commercial, s, emergency))
    raw.sort()
    jobs, parts, reviews = [], [], []
    for jid, (stamp, cid, commercial, s, emergency) in enumerate(raw, 1):
        d = D.fromisoformat(stamp[:10])
        techs = [t for t in LOCK_TECHS if t[2] <= d and (t[6] is None or d <= t[6])]
        if s[0] == 6:
            techs = [t for t in techs if t[0] in SAFE_TECHS]
        tech = r.choices(techs, weights=[t[7] for t in techs])[0]
        lag = 0 if emergency else r.choice([0, 1, 1, 2, 3, 5, 7])
        done_d = d + dt.timedelta(days=lag)
        roll = r.random()
        hours = charge = completed = None
        if done_d > LOCK_END:
            status = "Scheduled"
        elif roll < 0.065:
            status = "Cancelled"
        elif roll < 0.095:
            status = "No Access"
            hours, charge = 0.5, 45.0
        else:
            status = "Completed"
            completed = _iso(done_d)
            base_h = {1: 0.5, 2: 0.5, 3: 1.0, 4: 1.5, 5: 1.2, 6: 1.5, 7: 0.25, 8: 1.5, 9: 4.0}[s[0]]
            hours = round(max(0.25, base_h * r.uniform(0.6, 2.2) * (1.4 if commercial else 1)) * 4) / 4
            used = _lock_parts(r, s[0], commercial)
            price = {p[0]: p[4] for p in LOCK_PRODUCTS}
            total = s[2] + max(0.0, hours - 1) * 75 + (65 if emergency else 0)
            for pid, qty in used:
                parts.append((len(parts) + 1, jid, pid, qty, price[pid]))
                total += qty * price[pid]
            charge = round(total, 2)
            if r.random() < (0.45 if emergency else 0.3):
                rating = max(1, min(5, round(r.gauss(tech[8], 0.9))))
                rdate = min(LOCK_END, done_d + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 6, 10])))
                comment = r.choice(LOCK_COMMENTS) if r.random() < 0.6 else None
                if rating <= 2 and comment is not None:
                    comment = r.choice(["Took longer than quoted.", "Pricey for an emergency call.",
                                        "Technician was late.", "Lock still sticks."])  # fmt: skip
                reviews.append((len(reviews) + 1, jid, rating, _iso(rdate), comment))
        jobs.append((jid, cid, tech[0], s[0], stamp, completed, status, int(emergency), hours, charge))
    insert(c, "Job", jobs)
    insert(c, "JobPart", parts)
    insert(c, "Review", reviews)
    done(c)


# ---------------------------------------------------------------------------------------------------- kennel

KENNEL_DDL = """
CREATE TABLE tblOwner (
    intOwnerID INTEGER PRIMARY KEY,
    strFirstName TEXT NOT NULL,
    strLastName TEXT NOT NULL,
    strPhone TEXT NOT NULL,
    strEmail TEXT,
    strCity TEXT NOT NULL,
    dtRegistered TEXT NOT NULL,
    blnVIP INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tblDog (
    intDogID INTEGER PRIMARY KEY,
    intOwnerID INTEGER NOT NULL REFERENCES tblOwner(intOwnerID),
    strName TEXT NOT NULL,
    strBreed TEXT NOT NULL,
    strSize TEXT NOT NULL,
    intBirthYear INTEGER,
    fltWeightKg REAL NOT NULL,
    blnNeutered INTEGER NOT NULL
);
CREATE TABLE tblRun (
    intRunID INTEGER PRIMARY KEY,
    strRunCode TEXT NOT NULL UNIQUE,
    strSize TEXT NOT NULL,
    curNightlyRate REAL NOT NULL,
    blnHeated INTEGER NOT NULL
);
CREATE TABLE tblStay (
    intStayID INTEGER PRIMARY KEY,
    intDogID INTEGER NOT NULL REFERENCES tblDog(intDogID),
    intRunID INTEGER NOT NULL REFERENCES tblRun(intRunID),
    dtCheckIn TEXT NOT NULL,
    dtCheckOut TEXT NOT NULL,
    strStatus TEXT NOT NULL,
    curTotal REAL NOT NULL
);
CREATE TABLE tblService (
    intServiceID INTEGER PRIMARY KEY,
    strServiceName TEXT NOT NULL,
    curPrice REAL NOT NULL
);
CREATE TABLE tblStayService (
    intStayServiceID INTEGER PRIMARY KEY,
    intStayID INTEGER NOT NULL REFERENCES tblStay(intStayID),
    intServiceID INTEGER NOT NULL REFERENCES tblService(intServiceID),
    intQty INTEGER NOT NULL
);
CREATE TABLE tblVaccination (
    intVaccinationID INTEGER PRIMARY KEY,
    intDogID INTEGER NOT NULL REFERENCES tblDog(intDogID),
    strVaccine TEXT NOT NULL,
    dtGiven TEXT NOT NULL,
    strVetClinic TEXT NOT NULL
);
"""

# breed, size, popularity
KENNEL_BREEDS = [
    ("Chihuahua", "Small", 4), ("Dachshund", "Small", 7), ("Shih Tzu", "Small", 5), ("Pug", "Small", 4),
    ("Yorkshire Terrier", "Small", 3), ("Jack Russell Terrier", "Small", 4), ("French Bulldog", "Small", 9),
    ("Cavalier King Charles Spaniel", "Small", 3), ("Beagle", "Medium", 6), ("Border Collie", "Medium", 4),
    ("Cocker Spaniel", "Medium", 3), ("Australian Shepherd", "Medium", 5), ("Bulldog", "Medium", 3),
    ("Mixed Breed", "Medium", 12), ("Whippet", "Medium", 2), ("Shiba Inu", "Medium", 2),
    ("Labrador Retriever", "Large", 15), ("Golden Retriever", "Large", 11), ("German Shepherd", "Large", 8),
    ("Boxer", "Large", 3), ("Siberian Husky", "Large", 4), ("Standard Poodle", "Large", 3),
    ("Doberman Pinscher", "Large", 2), ("Labradoodle", "Large", 6), ("Great Dane", "Giant", 2),
    ("Bernese Mountain Dog", "Giant", 3), ("Newfoundland", "Giant", 1), ("Saint Bernard", "Giant", 1),
    ("Mastiff", "Giant", 1),
]  # fmt: skip
KENNEL_WEIGHT = {"Small": (2.0, 10.0), "Medium": (10.0, 25.0), "Large": (25.0, 45.0), "Giant": (45.0, 80.0)}
KENNEL_DOG_NAMES = [
    "Bella", "Max", "Luna", "Charlie", "Daisy", "Cooper", "Lucy", "Milo", "Bailey", "Rocky", "Sadie", "Bear",
    "Molly", "Tucker", "Stella", "Duke", "Penny", "Winston", "Rosie", "Murphy", "Zoe", "Oliver", "Ruby", "Teddy",
    "Nala", "Finn", "Willow", "Louie", "Pepper", "Gus", "Hazel", "Koda", "Maple", "Ziggy", "Olive", "Biscuit",
    "Scout", "Juniper", "Ranger", "Mochi", "Otis", "Poppy", "Buster", "Lola", "Bruno", "Ginger", "Archie", "Kona",
]  # fmt: skip
KENNEL_CITIES = {"Minneapolis": 40, "St. Paul": 25, "Edina": 9, "Bloomington": 10, "Roseville": 8, "Eagan": 8}
KENNEL_SERVICES = [
    (1, "Bath & Brush", 25.00), (2, "Full Groom", 65.00), (3, "Nail Trim", 15.00), (4, "Extra Walk", 12.00),
    (5, "Training Session", 40.00), (6, "Medication Administration", 5.00), (7, "Playgroup Day", 18.00),
]  # fmt: skip
KENNEL_CLINICS = ["Lake Street Animal Hospital", "Como Park Vet", "Edina Pet Clinic", "Southtown Veterinary",
                  "Roseville Animal Care"]  # fmt: skip
KENNEL_END = D(2025, 6, 30)
KENNEL_SIZES = ["Small", "Medium", "Large", "Giant"]


def build_kennel(path: Path) -> None:
    r = random.Random(30_303)
    c = fresh_db(path, KENNEL_DDL)
    runs = []
    layout = [("A", "Small", 8, 36.0), ("B", "Medium", 8, 44.0), ("C", "Large", 6, 52.0), ("D", "Giant", 2, 62.0)]
    for letter, size, n, rate in layout:
        for k in range(1, n + 1):
            heated = 1 if k % 3 != 0 else 0
            runs.append((len(runs) + 1, f"{letter}{k}", size, rate + (6.0 if heated else 0.0), heated))
    insert(c, "tblRun", runs)
    insert(c, "tblService", KENNEL_SERVICES)

    names = full_names(r, 360)
    regs = sorted(day_between(r, D(2022, 1, 4), D(2025, 6, 20)) for _ in names)
    owners, dogs = [], []
    for i, (name, reg) in enumerate(zip(names, regs, strict=True), 1):
        first, last = name.split(" ")
        email = None if r.random() < 0.1 else f"{first.lower()}.{last.lower()}@example.org"
        owners.append((i, first, last, f"{r.choice(['612', '651', '952'])}-555-{r.randint(0, 9999):04d}", email,
                       _pick(r, KENNEL_CITIES), _iso(reg), 1 if r.random() < 0.1 else 0))  # fmt: skip
        for _ in range(r.choices([1, 2, 3], weights=[70, 22, 8])[0]):
            breed, size, _w = r.choices(KENNEL_BREEDS, weights=[b[2] for b in KENNEL_BREEDS])[0]
            lo, hi = KENNEL_WEIGHT[size]
            year = None if r.random() < 0.06 else r.randint(2010, 2024)
            dogs.append((len(dogs) + 1, i, r.choice(KENNEL_DOG_NAMES), breed, size, year,
                         round(r.uniform(lo, hi), 1), 1 if r.random() < 0.75 else 0))  # fmt: skip
    insert(c, "tblOwner", owners)
    insert(c, "tblDog", dogs)

    vacc = []
    for dog in dogs:
        reg = D.fromisoformat(owners[dog[1] - 1][6])
        for vaccine, p in (("Rabies", 0.97), ("DHPP", 0.95), ("Bordetella", 0.85), ("Leptospirosis", 0.55)):
            if r.random() < p:
                given = day_between(r, max(D(2022, 1, 1), reg - dt.timedelta(days=300)), reg)
                vacc.append((len(vacc) + 1, dog[0], vaccine, _iso(given), r.choice(KENNEL_CLINICS)))
    insert(c, "tblVaccination", vacc)

    wanted = []
    for dog in dogs:
        reg = D.fromisoformat(owners[dog[1] - 1][6])
        n = r.choices([0, r.randint(1, 2), r.randint(3, 6), r.randint(7, 15)], weights=[12, 40, 35, 13])[0]
        for _ in range(n):
            while True:
                d = day_between(r, reg, KENNEL_END + dt.timedelta(days=60))
                if d > KENNEL_END and r.random() > 0.2:
                    continue
                if d.month in (6, 7, 8, 12) or r.random() < 0.6:
                    break
            nights = r.choices([r.randint(1, 3), r.randint(4, 7), r.randint(8, 14), r.randint(15, 21)],
                               weights=[45, 35, 17, 3])[0]  # fmt: skip
            wanted.append((d, nights, dog))
    wanted.sort(key=lambda w: (w[0], w[2][0]))
    busy: dict[int, list[tuple[dt.date, dt.date]]] = {run[0]: [] for run in runs}
    stays, extras = [], []
    for d, nights, dog in wanted:
        out = d + dt.timedelta(days=nights)
        fits = [run for run in runs if KENNEL_SIZES.index(run[2]) >= KENNEL_SIZES.index(dog[4])]
        fits.sort(key=lambda run: (KENNEL_SIZES.index(run[2]), r.random()))
        free = [run for run in fits if all(out <= a or b <= d for a, b in busy[run[0]])]
        if not free:
            continue
        run = free[0]
        cancelled = r.random() < 0.06
        if not cancelled:
            busy[run[0]].append((d, out))
        sid = len(stays) + 1
        lodging = nights * run[3]
        if cancelled:
            status, total = "Cancelled", 0.0
        elif d > KENNEL_END:
            status, total = "Booked", lodging
        else:
            status = "Completed" if out <= KENNEL_END else "Checked In"
            total = lodging
            for svc, p, qty in (
                (1, 0.30, 1),
                (2, 0.10, 1),
                (3, 0.20, 1),
                (4, 0.25, r.randint(1, nights)),
                (5, 0.05, r.randint(1, 5)),
                (6, 0.08, nights),
                (7, 0.20, r.randint(1, nights)),
            ):
                if r.random() < p:
                    extras.append((len(extras) + 1, sid, svc, qty))
                    total += qty * KENNEL_SERVICES[svc - 1][2]
        stays.append((sid, dog[0], run[0], _iso(d), _iso(out), status, round(total, 2)))
    insert(c, "tblStay", stays)
    insert(c, "tblStayService", extras)
    done(c)


# ----------------------------------------------------------------------------------------------------- solar

SOLAR_DDL = """
CREATE TABLE sts (
    sts_cd TEXT PRIMARY KEY,
    sts_desc TEXT NOT NULL
);
CREATE TABLE cust (
    cust_no INTEGER PRIMARY KEY,
    cust_nm TEXT NOT NULL,
    cty_nm TEXT NOT NULL,
    st_cd TEXT NOT NULL,
    zip_cd TEXT NOT NULL,
    ph_no TEXT NOT NULL,
    email_addr TEXT,
    crt_dt TEXT NOT NULL
);
CREATE TABLE emp (
    emp_no INTEGER PRIMARY KEY,
    emp_nm TEXT NOT NULL,
    job_ttl TEXT NOT NULL,
    hire_dt TEXT NOT NULL,
    hrly_rt REAL NOT NULL,
    actv_flg TEXT NOT NULL
);
CREATE TABLE pnl_mdl (
    mdl_cd TEXT PRIMARY KEY,
    mfr_nm TEXT NOT NULL,
    mdl_desc TEXT NOT NULL,
    watt_cap INTEGER NOT NULL,
    unit_cst REAL NOT NULL
);
CREATE TABLE proj (
    proj_no INTEGER PRIMARY KEY,
    cust_no INTEGER NOT NULL REFERENCES cust(cust_no),
    slsp_emp_no INTEGER NOT NULL REFERENCES emp(emp_no),
    sts_cd TEXT NOT NULL REFERENCES sts(sts_cd),
    qt_dt TEXT NOT NULL,
    inst_dt TEXT,
    sys_kw REAL NOT NULL,
    bat_flg TEXT NOT NULL,
    fin_flg TEXT NOT NULL,
    amt_qtd REAL NOT NULL,
    amt_due REAL NOT NULL
);
CREATE TABLE proj_pnl (
    proj_no INTEGER NOT NULL REFERENCES proj(proj_no),
    mdl_cd TEXT NOT NULL REFERENCES pnl_mdl(mdl_cd),
    pnl_qty INTEGER NOT NULL,
    PRIMARY KEY (proj_no, mdl_cd)
);
CREATE TABLE proj_crw (
    proj_no INTEGER NOT NULL REFERENCES proj(proj_no),
    emp_no INTEGER NOT NULL REFERENCES emp(emp_no),
    PRIMARY KEY (proj_no, emp_no)
);
CREATE TABLE pmt (
    pmt_no INTEGER PRIMARY KEY,
    proj_no INTEGER NOT NULL REFERENCES proj(proj_no),
    pmt_dt TEXT NOT NULL,
    pmt_amt REAL NOT NULL,
    pmt_mthd TEXT NOT NULL
);
"""

SOLAR_STS = [("Q", "Quoted"), ("A", "Awaiting Permit"), ("S", "Scheduled"), ("I", "Installed"), ("H", "On Hold"),
             ("X", "Cancelled")]  # fmt: skip
# code, maker, description, watts, unit cost, first quoted, last quoted, popularity
SOLAR_PANELS = [
    ("PN-E370", "Panasonic", "EverVolt 370 Black", 370, 262.0, D(2022, 1, 1), D(2023, 3, 31), 5),
    ("QC-Q400", "Qcells", "Q.PEAK DUO BLK ML-G10+ 400", 400, 236.0, D(2022, 1, 1), D(2024, 6, 30), 9),
    ("QC-Q410", "Qcells", "Q.TRON BLK M-G2+ 410", 410, 252.0, D(2024, 1, 1), D(2025, 12, 31), 8),
    ("RE-A420", "REC", "Alpha Pure-R 420", 420, 298.0, D(2023, 1, 1), D(2025, 12, 31), 4),
    ("CS-H395", "Canadian Solar", "HiHero 395", 395, 205.0, D(2022, 1, 1), D(2023, 12, 31), 6),
    ("CS-T440", "Canadian Solar", "TOPHiKu6 440", 440, 228.0, D(2024, 3, 1), D(2025, 12, 31), 6),
    ("SP-M440", "Maxeon", "Maxeon 6 AC 440", 440, 355.0, D(2022, 1, 1), D(2025, 12, 31), 2),
    ("JK-T425", "Jinko", "Tiger Neo 425", 425, 198.0, D(2023, 6, 1), D(2025, 12, 31), 5),
]
SOLAR_STATES = {"AZ": 55, "NV": 25, "NM": 12, "UT": 8}
SOLAR_CITIES = {"AZ": [("Phoenix", "850"), ("Mesa", "852"), ("Tucson", "857"), ("Scottsdale", "852"),
                       ("Chandler", "852")],
                "NV": [("Las Vegas", "891"), ("Henderson", "890"), ("Reno", "895")],
                "NM": [("Albuquerque", "871"), ("Santa Fe", "875"), ("Las Cruces", "880")],
                "UT": [("St. George", "847"), ("Cedar City", "847")]}  # fmt: skip
SOLAR_AREA = {"AZ": "602", "NV": "702", "NM": "505", "UT": "435"}
# title, count, wage range
SOLAR_TEAM = [("Sales Rep", 8, (24, 32)), ("Installer", 10, (22, 29)), ("Electrician", 4, (34, 42)),
              ("Site Surveyor", 3, (26, 31)), ("Project Manager", 2, (38, 46))]  # fmt: skip
SOLAR_END = D(2025, 6, 30)


def build_solar(path: Path) -> None:
    r = random.Random(30_404)
    c = fresh_db(path, SOLAR_DDL)
    insert(c, "sts", SOLAR_STS)
    insert(c, "pnl_mdl", [p[:5] for p in SOLAR_PANELS])

    names = full_names(r, 600)
    staff = []  # (no, name, title, hired, rate, active, left)
    founders = {"Project Manager": D(2022, 1, 3), "Sales Rep": D(2022, 1, 10), "Installer": D(2022, 1, 17),
                "Electrician": D(2022, 1, 17), "Site Surveyor": D(2022, 1, 24)}  # fmt: skip
    for title, n, (lo, hi) in SOLAR_TEAM:
        for k in range(n):
            hired = founders[title] + dt.timedelta(days=k) if k < 2 else day_between(r, D(2022, 3, 1), D(2024, 10, 1))
            left = None
            if k >= 2 and (r.random() < 0.15 or (k == 2 and title in ("Sales Rep", "Installer"))):
                left = day_between(r, hired + dt.timedelta(days=200), SOLAR_END)
            staff.append([0, names.pop(), title, hired, round(r.uniform(lo, hi), 2), "N" if left else "Y", left])
    staff.sort(key=lambda s: (s[3], s[1]))
    for i, s in enumerate(staff, 1):
        s[0] = i
    insert(c, "emp", [(s[0], s[1], s[2], _iso(s[3]), s[4], s[5]) for s in staff])

    def working(title: str, d: dt.date) -> list[list]:
        return [s for s in staff if s[2] == title and s[3] <= d and (s[6] is None or d < s[6])]

    firsts = sorted(day_between(r, D(2022, 1, 10), SOLAR_END) for _ in range(520))
    custs, wants = [], []
    for i, first in enumerate(firsts, 1):
        st = _pick(r, SOLAR_STATES)
        city, zip3 = r.choice(SOLAR_CITIES[st])
        name = names.pop()
        email = None if r.random() < 0.15 else f"{name.lower().replace(' ', '')}@mailbox.example"
        zip_cd = f"{zip3}{r.randint(0, 99):02d}"
        phone = f"{SOLAR_AREA[st]}-555-{r.randint(0, 9999):04d}"
        custs.append((i, name, city, st, zip_cd, phone, email, _iso(first)))
        wants.append((first, i, False))
        if r.random() < 0.1 and first < D(2024, 9, 1):
            wants.append((day_between(r, first + dt.timedelta(days=180), SOLAR_END), i, True))
    insert(c, "cust", custs)
    wants.sort()

    projs, panels, crews, pays = [], [], [], []
    for pno, (qd, cno, addon) in enumerate(wants, 10001):
        reps = working("Sales Rep", qd)
        rep = r.choice(reps)
        models = [p for p in SOLAR_PANELS if p[5] <= qd <= p[6]]
        model = r.choices(models, weights=[p[7] for p in models])[0]
        qty = r.randint(6, 14) if addon else r.randint(12, 42)
        kw = round(qty * model[3] / 1000, 2)
        battery = "Y" if r.random() < (0.5 if addon else 0.28) else "N"
        financed = "Y" if r.random() < 0.35 else "N"
        quote = round(kw * 1000 * r.uniform(2.6, 3.3) + (11_500 if battery == "Y" else 0), 2)
        age = (SOLAR_END - qd).days
        lead = r.randint(35, 110)
        if age > lead + 10:
            sts = r.choices("IXHQ", weights=[72, 20, 3, 5])[0]
        elif age > 30:
            sts = r.choices("SAHX", weights=[45, 40, 8, 7])[0]
        else:
            sts = r.choices("QAX", weights=[75, 20, 5])[0]
        inst = qd + dt.timedelta(days=lead) if sts == "I" else None
        paid = 0.0
        when = qd + dt.timedelta(days=r.randint(5, 20))
        if sts in "ASHI" and when <= SOLAR_END:
            deposit = round(quote * 0.1, 2)
            pays.append([pno, when, deposit, r.choice(["CC", "CHK", "ACH"])])
            paid += deposit
        if inst is not None:
            if financed == "Y":
                pays.append([pno, inst + dt.timedelta(days=r.randint(3, 15)), round(quote - paid, 2), "LN"])
                paid = quote
            else:
                prog = round(quote * 0.4, 2)
                pays.append([pno, inst, prog, r.choice(["ACH", "CHK"])])
                paid += prog
                final_d = inst + dt.timedelta(days=r.randint(20, 45))
                if final_d <= SOLAR_END and r.random() > 0.08:
                    pays.append([pno, final_d, round(quote - paid, 2), r.choice(["ACH", "CHK", "CC"])])
                    paid = quote
            pays[-1][1] = min(pays[-1][1], SOLAR_END)
            on_site = working("Installer", inst)
            for e in r.sample(on_site, min(len(on_site), r.choice([2, 2, 3]))):
                crews.append((pno, e[0]))
            crews.append((pno, r.choice(working("Electrician", inst))[0]))
        projs.append((pno, cno, rep[0], sts, _iso(qd), _iso(inst) if inst else None, kw, battery, financed, quote,
                      round(quote - paid, 2)))  # fmt: skip
        panels.append((pno, model[0], qty))
    insert(c, "proj", projs)
    insert(c, "proj_pnl", panels)
    insert(c, "proj_crw", sorted(crews))
    pays.sort(key=lambda p: (p[1], p[0]))
    insert(c, "pmt", [(i, p[0], _iso(p[1]), p[2], p[3]) for i, p in enumerate(pays, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- festival

FESTIVAL_DDL = """
CREATE TABLE festival_stages (
    stage_id INTEGER PRIMARY KEY,
    stage_name TEXT NOT NULL,
    maximum_capacity_people INTEGER NOT NULL,
    is_stage_covered_by_roof INTEGER NOT NULL
);
CREATE TABLE performing_artists (
    artist_id INTEGER PRIMARY KEY,
    artist_display_name TEXT NOT NULL,
    artist_home_country_name TEXT NOT NULL,
    primary_music_genre_name TEXT NOT NULL,
    booking_fee_amount_usd REAL NOT NULL,
    artist_agent_email_address TEXT
);
CREATE TABLE scheduled_performances (
    performance_id INTEGER PRIMARY KEY,
    artist_id INTEGER NOT NULL REFERENCES performing_artists(artist_id),
    stage_id INTEGER NOT NULL REFERENCES festival_stages(stage_id),
    performance_start_timestamp TEXT NOT NULL,
    performance_length_in_minutes INTEGER NOT NULL,
    was_performance_cancelled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ticket_types (
    ticket_type_id INTEGER PRIMARY KEY,
    ticket_type_name TEXT NOT NULL,
    current_list_price_usd REAL NOT NULL
);
CREATE TABLE ticket_buyers (
    buyer_id INTEGER PRIMARY KEY,
    buyer_full_name TEXT NOT NULL,
    buyer_email_address TEXT NOT NULL,
    buyer_home_city_name TEXT NOT NULL,
    account_created_date TEXT NOT NULL,
    has_opted_into_marketing_emails INTEGER NOT NULL
);
CREATE TABLE ticket_purchase_orders (
    purchase_order_id INTEGER PRIMARY KEY,
    buyer_id INTEGER NOT NULL REFERENCES ticket_buyers(buyer_id),
    order_placed_timestamp TEXT NOT NULL,
    promo_code_applied TEXT,
    is_order_fully_refunded INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ticket_purchase_order_lines (
    order_line_id INTEGER PRIMARY KEY,
    purchase_order_id INTEGER NOT NULL REFERENCES ticket_purchase_orders(purchase_order_id),
    ticket_type_id INTEGER NOT NULL REFERENCES ticket_types(ticket_type_id),
    ticket_quantity INTEGER NOT NULL,
    price_paid_per_ticket_usd REAL NOT NULL
);
"""

FEST_STAGES = [(1, "Meadow Stage", 20_000, 0), (2, "Riverside Stage", 8_000, 0), (3, "The Barn", 2_500, 1),
               (4, "Forest Tent", 3_000, 1), (5, "Sunset Lounge", 800, 1)]  # fmt: skip
FEST_DAYS = {2023: D(2023, 7, 14), 2024: D(2024, 7, 19), 2025: D(2025, 7, 18)}
FEST_GENRES = {"Indie Rock": 22, "Electronic": 20, "Hip-Hop": 14, "Folk": 12, "Pop": 12, "Jazz": 6, "Soul": 6,
               "Reggae": 4, "Metal": 4}  # fmt: skip
FEST_COUNTRIES = {"United States": 45, "United Kingdom": 15, "Canada": 8, "Australia": 7, "Germany": 5,
                  "Sweden": 4, "Mexico": 4, "Brazil": 3, "Japan": 3, "Nigeria": 3, "France": 3}  # fmt: skip
FEST_ADJ = ["Velvet", "Electric", "Paper", "Golden", "Midnight", "Neon", "Silver", "Crimson", "Wild", "Hollow",
            "Lunar", "Static", "Northern", "Glass", "Copper", "Wandering", "Quiet", "Burning"]  # fmt: skip
FEST_NOUN = ["Foxes", "Harbors", "Lanterns", "Ravens", "Tides", "Satellites", "Orchards", "Machines", "Pines",
             "Comets", "Rivers", "Echoes", "Wolves", "Sparrows", "Engines"]  # fmt: skip
FEST_DJ = ["Solstice", "Kairo", "Mirage", "Nova Lux", "Pulsewave", "Bassline Betty", "Orbit", "Tidal", "Vantablack",
           "Glimmer", "Sundial", "Fathom", "Polar", "Kestrel", "Ember", "Halcyon", "Riptide", "Quasar"]  # fmt: skip
# id, name, current list price, popularity
FEST_TICKETS = [(1, "Friday Day Pass", 95.0, 18), (2, "Saturday Day Pass", 115.0, 26),
                (3, "Sunday Day Pass", 105.0, 16), (4, "Weekend Pass", 249.0, 40), (5, "VIP Weekend Pass", 549.0, 6),
                (6, "Camping Add-on", 120.0, 14), (7, "Parking Pass", 40.0, 10)]  # fmt: skip
FEST_CITIES = {"Portland": 30, "Seattle": 22, "Eugene": 10, "Bend": 7, "Boise": 7, "San Francisco": 8,
               "Sacramento": 5, "Spokane": 6, "Vancouver": 5}  # fmt: skip
FEST_PROMOS = {"EARLYBIRD10": 0.10, "LOCALS15": 0.15, "STUDENT20": 0.20, "CREWFRIENDS": 0.25}


def build_festival(path: Path) -> None:
    r = random.Random(30_505)
    c = fresh_db(path, FESTIVAL_DDL)
    insert(c, "festival_stages", FEST_STAGES)
    insert(c, "ticket_types", [t[:3] for t in FEST_TICKETS])

    bands = [f"The {a} {n}" for a in FEST_ADJ for n in FEST_NOUN]
    r.shuffle(bands)
    solo = full_names(r, 70)
    djs = [f"DJ {n}" for n in FEST_DJ]
    pool = bands[:112] + solo + djs
    r.shuffle(pool)
    artists = []  # (id, name, country, genre, fee, email, tier)
    for i, name in enumerate(pool, 1):
        genre = "Electronic" if name.startswith("DJ ") else _pick(r, FEST_GENRES)
        tier = "head" if i <= 12 else ("mid" if i <= 72 else "small")
        lo, hi = {"head": (150_000, 420_000), "mid": (20_000, 85_000), "small": (2_000, 15_000)}[tier]
        fee = round(r.uniform(lo, hi) / 500) * 500
        slug = name.lower().replace("the ", "").replace(" ", "").replace(".", "")
        email = None if r.random() < 0.3 else f"booking@{slug}-music.example"
        artists.append((i, name, _pick(r, FEST_COUNTRIES), genre, float(fee), email, tier))
    insert(c, "performing_artists", [a[:6] for a in artists])

    perfs = []
    for friday in FEST_DAYS.values():
        used: list[int] = []

        def choose(tiers: tuple[str, ...], genres: tuple[str, ...] | None = None, used: list[int] = used) -> int:
            cands = [a for a in artists if a[6] in tiers and a[0] not in used and (genres is None or a[3] in genres)]
            a = r.choice(cands)
            used.append(a[0])
            return a[0]

        for offset in range(3):
            d = friday + dt.timedelta(days=offset)
            for stage, *_ in FEST_STAGES:
                if stage == 1:
                    start, lengths, tiers = 13 * 60, [45, 45, 60, 60, 75, r.choice([90, 105, 120])], None
                elif stage == 5:
                    start, lengths, tiers = 16 * 60, [r.choice([50, 55, 60]) for _ in range(5)], ("small",)
                else:
                    start, lengths, tiers = 12 * 60 + 30, [r.choice([40, 45, 50, 60, 75]) for _ in range(6)], None
                for k, length in enumerate(lengths):
                    if stage == 1:
                        t: tuple[str, ...] = ("head",) if k == 5 else (("mid",) if k >= 2 else ("mid", "small"))
                    elif stage == 2:
                        t = ("mid",) if k >= 3 else ("mid", "small")
                    elif tiers is not None:
                        t = tiers
                    else:
                        t = ("small", "mid") if k >= 4 else ("small",)
                    genres = ("Electronic",) if stage == 4 else (("Jazz", "Soul", "Folk") if stage == 5 else None)
                    aid = choose(t, genres)
                    cancelled = 1 if r.random() < 0.03 else 0
                    perfs.append((aid, stage, _stamp(d, start // 60, start % 60), length, cancelled))
                    start += length + (30 if stage == 1 else 20)
    perfs.sort(key=lambda p: (p[2], p[1]))
    insert(c, "scheduled_performances", [(i, *p) for i, p in enumerate(perfs, 1)])

    names = full_names(r, 1500)
    created = sorted(day_between(r, D(2022, 9, 1), D(2025, 7, 10)) for _ in names)
    buyers = []
    for i, (name, made) in enumerate(zip(names, created, strict=True), 1):
        slug = name.lower().replace(" ", "_")
        buyers.append((i, name, f"{slug}{r.randint(1, 99)}@example.com", _pick(r, FEST_CITIES), _iso(made),
                       1 if r.random() < 0.58 else 0))  # fmt: skip
    insert(c, "ticket_buyers", buyers)
    cum = list(itertools.accumulate(r.paretovariate(3.0) for _ in buyers))
    raw = []
    for year, friday in FEST_DAYS.items():
        sale_start = friday - dt.timedelta(days=270)
        for _ in range(1000):
            while True:
                d = day_between(r, sale_start, friday + dt.timedelta(days=1))
                if r.random() < 0.35 + 0.65 * (d - sale_start).days / 271:
                    break
            k = bisect.bisect_right(created, d)
            b = r.choices(buyers[:k], cum_weights=cum[:k])[0]
            raw.append((_stamp(d, r.randint(0, 23), r.randrange(60)), b[0], year, friday))
    raw.sort()
    orders, lines = [], []
    factor = {2023: 0.88, 2024: 0.94, 2025: 1.0}
    for oid, (stamp, bid, year, friday) in enumerate(raw, 1):
        d = D.fromisoformat(stamp[:10])
        promo = None
        if r.random() < 0.15:
            promo = r.choices(list(FEST_PROMOS), weights=[6, 3, 3, 1])[0]
        refunded = 1 if r.random() < 0.035 else 0
        orders.append((oid, bid, stamp, promo, refunded))
        early = 0.85 if (friday - d).days > 120 else 1.0
        kinds: list[tuple] = []
        for _ in range(r.choices([1, 2, 3], weights=[60, 30, 10])[0]):
            t = r.choices(FEST_TICKETS, weights=[x[3] for x in FEST_TICKETS])[0]
            if t not in kinds:
                kinds.append(t)
        for t in kinds:
            qty = r.choices([1, 2, 3, 4, 5, 6], weights=[35, 40, 10, 10, 3, 2])[0]
            if t[0] == 7:
                qty = 1
            price = t[2] * factor[year] * early * (1 - FEST_PROMOS[promo] if promo else 1)
            lines.append((len(lines) + 1, oid, t[0], qty, round(price, 2)))
    insert(c, "ticket_purchase_orders", orders)
    insert(c, "ticket_purchase_order_lines", lines)
    done(c)


# ------------------------------------------------------------------------------------------------ merchprint

MERCH_DDL = """
CREATE TABLE country (
    countrycode TEXT PRIMARY KEY,
    countryname TEXT NOT NULL
);
CREATE TABLE customer (
    customerid INTEGER PRIMARY KEY,
    customername TEXT NOT NULL,
    emailaddress TEXT NOT NULL,
    countrycode TEXT NOT NULL REFERENCES country(countrycode),
    signupdate TEXT NOT NULL,
    isnewsletter INTEGER NOT NULL
);
CREATE TABLE designer (
    designerid INTEGER PRIMARY KEY,
    designername TEXT NOT NULL,
    shopname TEXT NOT NULL,
    countrycode TEXT NOT NULL REFERENCES country(countrycode),
    joindate TEXT NOT NULL,
    royaltypercent REAL NOT NULL
);
CREATE TABLE design (
    designid INTEGER PRIMARY KEY,
    designerid INTEGER NOT NULL REFERENCES designer(designerid),
    designtitle TEXT NOT NULL,
    uploaddate TEXT NOT NULL,
    ismature INTEGER NOT NULL
);
CREATE TABLE product (
    productid INTEGER PRIMARY KEY,
    productname TEXT NOT NULL,
    producttype TEXT NOT NULL,
    basecost REAL NOT NULL,
    retailprice REAL NOT NULL
);
CREATE TABLE salesorder (
    ordernumber INTEGER PRIMARY KEY,
    customerid INTEGER NOT NULL REFERENCES customer(customerid),
    orderdate TEXT NOT NULL,
    shipdate TEXT,
    shipcountry TEXT NOT NULL REFERENCES country(countrycode),
    orderstatus TEXT NOT NULL,
    shippingfee REAL NOT NULL,
    discountcode TEXT
);
CREATE TABLE orderline (
    ordernumber INTEGER NOT NULL REFERENCES salesorder(ordernumber),
    linenumber INTEGER NOT NULL,
    designid INTEGER NOT NULL REFERENCES design(designid),
    productid INTEGER NOT NULL REFERENCES product(productid),
    sizecode TEXT,
    quantity INTEGER NOT NULL,
    unitprice REAL NOT NULL,
    PRIMARY KEY (ordernumber, linenumber)
);
"""

MERCH_COUNTRIES = [("US", "United States", 48), ("GB", "United Kingdom", 14), ("CA", "Canada", 10),
                   ("DE", "Germany", 8), ("AU", "Australia", 7), ("FR", "France", 4), ("NL", "Netherlands", 4),
                   ("IE", "Ireland", 3), ("SE", "Sweden", 2)]  # fmt: skip
MERCH_PRODUCTS = [
    (1, "Classic Tee", "apparel", 7.50, 24.00, 30), (2, "Premium Tee", "apparel", 10.20, 29.00, 12),
    (3, "Pullover Hoodie", "apparel", 18.40, 49.00, 10), (4, "Crewneck Sweatshirt", "apparel", 15.90, 42.00, 6),
    (5, "Ceramic Mug 11oz", "drinkware", 4.10, 16.00, 16), (6, "Travel Mug", "drinkware", 9.80, 27.00, 4),
    (7, "Art Poster 18x24", "wall art", 5.60, 22.00, 8), (8, "Framed Print 12x16", "wall art", 21.50, 59.00, 3),
    (9, "Canvas Tote Bag", "accessories", 6.30, 21.00, 7), (10, "Phone Case", "accessories", 5.20, 25.00, 6),
    (11, "Sticker Sheet", "accessories", 1.10, 6.00, 9),
]  # fmt: skip
MERCH_ADJ = ["Retro", "Minimal", "Cosmic", "Vintage", "Geometric", "Watercolor", "Tiny", "Grumpy", "Neon",
             "Botanical", "Pixel", "Sleepy", "Haunted", "Tropical", "Nordic", "Psychedelic", "Sunset", "Doodle",
             "Brutalist", "Kawaii"]  # fmt: skip
MERCH_SUBJ = ["Cat", "Mountains", "Octopus", "Coffee Cup", "Cactus", "Moth", "Skull", "Frog", "Whale", "Bicycle",
              "Mushroom", "Fox", "Lighthouse", "Astronaut", "Corgi", "Bonsai", "Raven", "Dinosaur", "Waves",
              "Axolotl", "Sloth", "Rocket", "Tiger", "Moon Phases", "Avocado"]  # fmt: skip
MERCH_SHOPS = ["Ink", "Pixel", "Moth", "Paper", "Wild", "Salt", "Fern", "Cloud", "Stone", "Lemon", "North", "Maple",
               "Otter", "Static", "Velvet"]  # fmt: skip
MERCH_SHOPS_B = ["Studio", "Press", "Works", "Goods", "Club", "Supply", "Atelier", "House"]
MERCH_CODES = {"WELCOME10": 0.10, "SUMMERSALE": 0.15, "BLACKFRIDAY": 0.25, "FREESHIP": 0.0}
MERCH_END = D(2025, 6, 30)


def build_merchprint(path: Path) -> None:
    r = random.Random(30_606)
    c = fresh_db(path, MERCH_DDL)
    insert(c, "country", [x[:2] for x in MERCH_COUNTRIES])
    insert(c, "product", [p[:5] for p in MERCH_PRODUCTS])
    codes = [x[0] for x in MERCH_COUNTRIES]
    cweights = [x[2] for x in MERCH_COUNTRIES]

    shops = [f"{a} {b}" for a in MERCH_SHOPS for b in MERCH_SHOPS_B]
    r.shuffle(shops)
    names = full_names(r, 1200)
    joins = [D(2022, 1, 3), D(2022, 1, 3), D(2022, 1, 10)]
    joins += sorted(day_between(r, D(2022, 1, 11), D(2025, 3, 31)) for _ in range(42))
    designers = []
    for i, joined in enumerate(joins, 1):
        home = r.choices(codes, weights=cweights)[0]
        designers.append((i, names.pop(), shops[i], home, _iso(joined), r.choice([10.0, 12.5, 15.0, 15.0, 20.0])))
    insert(c, "designer", designers)
    titles = [f"{a} {s}" for a in MERCH_ADJ for s in MERCH_SUBJ]
    r.shuffle(titles)
    prolific = [r.paretovariate(1.3) for _ in designers]
    uploads = []
    for k, title in enumerate(titles[:320]):
        who = r.choices(designers, weights=prolific)[0] if k >= 24 else designers[k % 3]
        last = D(2022, 1, 31) if k < 24 else MERCH_END - dt.timedelta(days=5)
        up = day_between(r, D.fromisoformat(who[4]), last)
        uploads.append((up, who[0], title, 1 if r.random() < 0.06 else 0))
    uploads.sort()
    designs = [(i, u[1], u[2], _iso(u[0]), u[3]) for i, u in enumerate(uploads, 1)]
    insert(c, "design", designs)
    appeal = [r.paretovariate(2.0) if r.random() > 0.1 else 0.0 for _ in designs]

    signups = sorted(day_between(r, D(2022, 2, 1), MERCH_END - dt.timedelta(days=3)) for _ in range(1100))
    customers = []
    for i, signed in enumerate(signups, 1):
        name = names.pop()
        customers.append(
            (
                i,
                name,
                f"{name.lower().replace(' ', '.')}@inbox.example",
                r.choices(codes, weights=cweights)[0],
                _iso(signed),
                1 if r.random() < 0.42 else 0,
            )
        )
    insert(c, "customer", customers)

    raw = []
    for cu in customers:
        signed = D.fromisoformat(cu[4])
        n = r.choices([0, 1, r.randint(2, 4), r.randint(5, 15)], weights=[10, 40, 35, 15])[0]
        for k in range(n):
            raw.append((signed if k == 0 else day_between(r, signed, MERCH_END), cu[0], cu[3]))
    raw.sort()
    orders, lines = [], []
    sizes = {"XS": 4, "S": 16, "M": 30, "L": 28, "XL": 15, "XXL": 7}
    for ono, (d, cid, home) in enumerate(raw, 100_001):
        ship_to = home if r.random() < 0.95 else r.choices(codes, weights=cweights)[0]
        ok = [dz for dz in designs if dz[3] <= _iso(d)]
        code = r.choices(list(MERCH_CODES), weights=[5, 3, 2, 2])[0] if r.random() < 0.18 else None
        off = MERCH_CODES[code] if code else 0.0
        subtotal = 0.0
        for ln in range(1, r.choices([1, 2, 3, 4], weights=[55, 28, 12, 5])[0] + 1):
            dz = r.choices(ok, weights=[appeal[x[0] - 1] + 0.02 for x in ok])[0]
            p = r.choices(MERCH_PRODUCTS, weights=[x[5] for x in MERCH_PRODUCTS])[0]
            size = _pick(r, sizes) if p[2] == "apparel" else None
            qty = r.choices([1, 2, 3, 5], weights=[75, 17, 6, 2])[0]
            price = round(p[4] * (0.9 if d.year <= 2023 else 1.0) * (1 - off), 2)
            subtotal += qty * price
            lines.append((ono, ln, dz[0], p[0], size, qty, price))
        fee = (4.99 if ship_to == "US" else 9.99) if code != "FREESHIP" else 0.0
        if ship_to == "US" and subtotal >= 75:
            fee = 0.0
        ship = d + dt.timedelta(days=r.choice([2, 2, 3, 3, 4, 5, 6]))
        shipdate = None
        if r.random() < 0.03 and (MERCH_END - d).days > 1:
            status = "cancelled"
        elif (MERCH_END - d).days < 1:
            status = "pending"
        elif ship > MERCH_END:
            status = "printing"
        else:
            shipdate = _iso(ship)
            transit = 6 if ship_to == "US" else 12
            if ship + dt.timedelta(days=transit) > MERCH_END:
                status = "shipped"
            else:
                status = "returned" if r.random() < 0.04 else "delivered"
        orders.append((ono, cid, _iso(d), shipdate, ship_to, status, fee, code))
    insert(c, "salesorder", orders)
    insert(c, "orderline", lines)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "laundry": build_laundry,
    "locksmith": build_locksmith,
    "kennel": build_kennel,
    "solar": build_solar,
    "festival": build_festival,
    "merchprint": build_merchprint,
}
