"""The six SQLite databases of the thirty-first blind corpus. No schema declares a FOREIGN KEY: tables are related
only by the names of their columns. Dates are ISO text ('YYYY-MM-DD', or 'YYYY-MM-DD HH:MM' for times of day).

``optician`` -- a chain of high-street opticians (clean plural snake_case, ``<singular>_id`` keys)
    branches(branch_id, branch_name, city, opened_date)
    optometrists(optometrist_id, full_name, branch_id -> branches, hired_date, is_active 1/0)
    patients(patient_id, full_name, birth_date, city, phone NULL, email NULL, registered_date, branch_id -> branches)
    eye_exams(exam_id, patient_id -> patients, optometrist_id -> optometrists, exam_date,
              exam_type 'routine'|'contact lens'|'child'|'diabetic', fee, right_sphere, left_sphere, recall_months)
    frames(frame_id, brand, model_name, material 'metal'|'acetate'|'titanium'|'rimless', retail_price, stock_qty)
    spectacle_orders(order_id, patient_id -> patients, exam_id -> eye_exams NULL (eye test done elsewhere),
              frame_id -> frames, branch_id -> branches, lens_type 'single vision'|'varifocal'|'bifocal'|'office',
              coating 'anti-reflective'|'blue light'|'photochromic' or NULL (no coating), order_date,
              collected_date NULL, status 'ordered'|'ready'|'collected'|'cancelled', total_price)

``cowork`` -- a coworking operator with three sites (singular tables, bare ``id`` keys, ``<table>_id`` references)
    location(id, name, city, opened_on, desk_count)
    plan(id, name, monthly_price, meeting_hours_included)
    member(id, name, email, company_name NULL (freelancer), plan_id -> plan, location_id -> location, joined_on,
           left_on NULL (still a member), referred_by_id -> member.id NULL)   -- the self-referencing relation
    room(id, location_id -> location, name, capacity, hourly_rate)
    room_booking(id, room_id -> room, member_id -> member, start_at 'YYYY-MM-DD HH:MM', hours,
                 status 'confirmed'|'cancelled'|'no_show')
    invoice(id, member_id -> member, issued_on, amount, status 'paid'|'unpaid'|'overdue', paid_on NULL)

``canteen`` -- a secondary-school canteen, school year 2024/25 (PascalCase tables, camelCase columns)
    Pupils(pupilId, fullName, yearGroup 7..11, formName '7A', hasFreeMeals 1/0, allergyNote NULL, enrolledDate)
    MenuItems(menuItemId, itemName, category 'Main'|'Side'|'Dessert'|'Drink'|'Snack', price, isVegetarian 1/0,
              calories, isAvailable 1/0)
    MealOrders(mealOrderId, pupilId -> Pupils, orderDate, paymentType 'balance'|'free meal', totalAmount)
    MealOrderItems(orderItemId, mealOrderId -> MealOrders, menuItemId -> MenuItems, quantity, lineAmount)
    TopUps(topUpId, pupilId -> Pupils, topUpDate, amount, method 'card'|'cash'|'parent app')

``salvage`` -- a vehicle dismantler selling used car parts (abbreviated names, coded values)
    emp(emp_no, emp_nm, role_cd 'DSM' dismantler|'SLS' sales|'MGR' manager, actv_flg 'Y'/'N', hire_dt)
    veh(veh_no, reg_cd, make_nm, model_nm, mfg_yr, rcvd_dt, src_cd 'INS' insurance write-off|'PRV' private seller|
        'AUC' auction|'CNL' council removal, purch_amt, wt_kg, stat_cd 'A' in the yard|'C' crushed, crush_dt NULL)
    part(part_no, veh_no -> veh, part_nm, cat_cd 'ENG' engine|'BODY'|'ELEC' electrical|'INT' interior|
         'SUSP' suspension|'GLS' glass|'WHL' wheels, cond_cd 'A'|'B'|'C' grade, list_amt, listed_dt,
         dsm_emp_no -> emp.emp_no, sold_flg 'Y'/'N')
    cust(cust_no, cust_nm, city_nm, trade_flg 'Y' trade (garage) / 'N' private, stat_cd 'A' active/'I' inactive,
         opened_dt, email_addr NULL)
    sale(sale_no, cust_no -> cust NULL (walk-in), sale_dt, pay_cd 'CSH'|'CRD'|'ACC' on account,
         sls_emp_no -> emp.emp_no)
    sale_ln(sale_no -> sale, ln_no, part_no -> part, sale_amt, disc_amt)

``gardendw`` -- the sales warehouse of a garden-centre chain (star schema, ``*_key`` surrogate keys)
    dim_date(date_key 20240315, full_date, day_name, month_num, month_name, quarter 1..4, year, is_weekend 1/0)
    dim_store(store_key, store_code, store_name, city, region, opened_year)
    dim_product(product_key, sku, product_name, category, subcategory, brand, unit_cost, is_peat_free 1/0)
    dim_customer(customer_key, loyalty_number, customer_name, membership_tier 'Green'|'Silver'|'Gold', city,
                 joined_date)
    dim_promotion(promotion_key, promotion_name, discount_pct, start_date, end_date)
    fact_sales(sale_line_key, date_key -> dim_date, store_key -> dim_store, product_key -> dim_product,
               customer_key -> dim_customer NULL (not a loyalty member), promotion_key -> dim_promotion NULL,
               quantity, unit_price, discount_amount, net_amount)

``partyhire`` -- an event and party equipment hire firm (one wide export table and one small lookup)
    hire_lines_export(line_id, order_ref 'PH-10001', order_date, event_date, return_date, customer_name,
                      customer_email NULL, customer_city, customer_type 'Private'|'Business'|'Charity', item_code,
                      item_name, item_category, qty, daily_rate, hire_days, line_total (qty * daily_rate * hire_days),
                      delivery_fee (per order, repeated on each of its lines), order_status
                      'Quoted'|'Confirmed'|'Completed'|'Cancelled', damage_reported 'Y'/'N', depot_code, staff_name)
    depots(depot_code, depot_name, city, manager_name)
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
END = D(2025, 6, 30)


def _iso(d: dt.date) -> str:
    return d.isoformat()


# --------------------------------------------------------------------------------------------------------------------
# optician
# --------------------------------------------------------------------------------------------------------------------

OPTICIAN_DDL = """
CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT NOT NULL, city TEXT NOT NULL,
    opened_date TEXT NOT NULL);
CREATE TABLE optometrists (optometrist_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, branch_id INTEGER NOT NULL,
    hired_date TEXT NOT NULL, is_active INTEGER NOT NULL);
CREATE TABLE patients (patient_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, birth_date TEXT NOT NULL,
    city TEXT NOT NULL, phone TEXT, email TEXT, registered_date TEXT NOT NULL, branch_id INTEGER NOT NULL);
CREATE TABLE eye_exams (exam_id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL, optometrist_id INTEGER NOT NULL,
    exam_date TEXT NOT NULL, exam_type TEXT NOT NULL, fee REAL NOT NULL, right_sphere REAL, left_sphere REAL,
    recall_months INTEGER NOT NULL);
CREATE TABLE frames (frame_id INTEGER PRIMARY KEY, brand TEXT NOT NULL, model_name TEXT NOT NULL,
    material TEXT NOT NULL, retail_price REAL NOT NULL, stock_qty INTEGER NOT NULL);
CREATE TABLE spectacle_orders (order_id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL, exam_id INTEGER,
    frame_id INTEGER NOT NULL, branch_id INTEGER NOT NULL, lens_type TEXT NOT NULL, coating TEXT,
    order_date TEXT NOT NULL, collected_date TEXT, status TEXT NOT NULL, total_price REAL NOT NULL);
"""

OPT_BRANCHES = [
    (1, "High Street", "Bristol", "2012-04-02"),
    (2, "Milsom Place", "Bath", "2016-09-12"),
    (3, "Promenade", "Cheltenham", "2019-03-04"),
    (4, "Harbourside", "Bristol", "2022-05-16"),
]
OPT_CITIES = ["Bristol", "Bath", "Cheltenham", "Keynsham", "Portishead", "Gloucester", "Weston-super-Mare"]
OPT_CITY_W = [40, 18, 16, 8, 6, 7, 5]
OPT_BRANDS = {
    "Ray-Ban": (115, 175), "Oakley": (120, 190), "Silhouette": (210, 320), "Lindberg": (340, 520),
    "Carrera": (95, 150), "Vogue": (80, 130), "Own Label": (35, 79), "Hugo Boss": (140, 220),
}  # fmt: skip
OPT_MODELS = [
    "Aria", "Brook", "Clement", "Dalton", "Ellis", "Fenwick", "Garland", "Hollis", "Iona", "Jasper", "Kendal",
    "Linden", "Marlow", "Nevis", "Orla", "Pembroke", "Quill", "Rowan", "Sable", "Tamsin", "Ulric", "Verity",
    "Wren", "Xander", "Yardley", "Zola", "Ashby", "Bexley", "Corin", "Delph", "Eldon", "Fleur", "Gideon",
    "Harlow", "Isidore", "Juno", "Kestrel", "Lark", "Mirren", "Nash", "Oakes", "Perrin", "Quinlan", "Radley",
    "Selby", "Thorne", "Upton", "Vale", "Wilder", "Yates", "Zephyr", "Alder", "Bram", "Cass", "Dune", "Esme",
    "Finch", "Gale", "Heath", "Ivo",
]  # fmt: skip


def build_optician(path: Path) -> None:
    r = random.Random(3101)
    c = fresh_db(path, OPTICIAN_DDL)
    insert(c, "branches", OPT_BRANCHES)

    names = full_names(r, 760)
    opt_names = names[:10]
    # branch, hired, active
    opt_rows = [
        (1, opt_names[0], 1, "2013-01-07", 1), (2, opt_names[1], 1, "2018-06-11", 1),
        (3, opt_names[2], 1, "2021-09-01", 0), (4, opt_names[3], 2, "2016-09-12", 1),
        (5, opt_names[4], 2, "2020-02-03", 1), (6, opt_names[5], 3, "2019-03-04", 1),
        (7, opt_names[6], 3, "2023-08-14", 1), (8, opt_names[7], 4, "2022-05-16", 1),
        (9, opt_names[8], 4, "2022-05-16", 0), (10, opt_names[9], 4, "2024-02-05", 1),
    ]  # fmt: skip
    insert(c, "optometrists", opt_rows)
    # an inactive optometrist saw patients only until they left
    left = {3: D(2023, 11, 30), 9: D(2024, 3, 31)}
    started = {o[0]: D.fromisoformat(o[3]) for o in opt_rows}
    # how busy each optometrist is (the first one sees the most patients)
    busy = {1: 9, 2: 6, 3: 4, 4: 7, 5: 5, 6: 7, 7: 4, 8: 6, 9: 3, 10: 4}
    by_branch: dict[int, list[int]] = {}
    for o in opt_rows:
        by_branch.setdefault(o[2], []).append(o[0])

    city_branch = {"Bristol": [1, 4], "Bath": [2], "Cheltenham": [3], "Keynsham": [1, 2], "Portishead": [4],
                   "Gloucester": [3], "Weston-super-Mare": [1, 4]}  # fmt: skip
    patients = []
    for pid, name in enumerate(names[10:710], start=1):
        city = r.choices(OPT_CITIES, OPT_CITY_W)[0]
        branch = r.choice(city_branch[city])
        birth = day_between(r, D(1938, 1, 1), D(2019, 12, 31))
        reg = day_between(r, max(D(2022, 1, 3), D.fromisoformat(OPT_BRANCHES[branch - 1][3])), D(2025, 6, 20))
        phone = None if r.random() < 0.08 else f"07{r.randrange(100, 999)} {r.randrange(100000, 999999)}"
        email = (
            None
            if r.random() < 0.22
            else name.lower().replace(" ", ".")
            + r.choice(["@gmail.com", "@outlook.com", "@btinternet.com", "@yahoo.co.uk"])
        )
        patients.append((pid, name, _iso(birth), city, phone, email, _iso(reg), branch))
    insert(c, "patients", patients)

    exams = []
    eid = 0
    for p in patients:
        pid, birth, reg, branch = p[0], D.fromisoformat(p[2]), D.fromisoformat(p[6]), p[7]
        if r.random() < 0.09:  # registered but never came in for an eye test
            continue
        d = reg + dt.timedelta(days=r.randrange(0, 40))
        while d <= END:
            age = (d - birth).days // 365
            etype = "child" if age < 16 else r.choices(["routine", "contact lens", "diabetic"], [76, 14, 10])[0]
            fee = {
                "routine": 25.0 if d < D(2025, 1, 1) else 30.0,
                "contact lens": 45.0 if d < D(2025, 1, 1) else 50.0,
                "child": 0.0,
                "diabetic": 20.0,
            }[etype]
            cands = [o for o in by_branch[branch] if started[o] <= d and (o not in left or d <= left[o])]
            if not cands:
                cands = [o for o in by_branch[branch] if started[o] <= d] or by_branch[branch]
            opt = r.choices(cands, [busy[o] for o in cands])[0]
            base = r.choice([-6.0, -4.0, -2.5, -1.5, -0.75, 0.0, 0.5, 1.25, 2.0, 3.0])
            rs = round((base + r.choice([-0.5, -0.25, 0, 0.25, 0.5])) * 4) / 4
            ls_ = round((base + r.choice([-0.5, -0.25, 0, 0.25, 0.5])) * 4) / 4
            recall = 12 if etype in ("child", "diabetic", "contact lens") or age >= 70 else 24
            eid += 1
            exams.append((eid, pid, opt, _iso(d), etype, fee, rs, ls_, recall))
            d = d + dt.timedelta(days=recall * 30 + r.randrange(-20, 120))
    insert(c, "eye_exams", exams)

    frames = []
    for fid, model in enumerate(OPT_MODELS, start=1):
        brand = list(OPT_BRANDS)[(fid * 7) % len(OPT_BRANDS)]
        lo, hi = OPT_BRANDS[brand]
        material = r.choices(["metal", "acetate", "titanium", "rimless"], [35, 40, 15, 10])[0]
        if brand in ("Silhouette", "Lindberg") and material == "acetate":
            material = "titanium"
        price = float(r.randrange(lo, hi + 1)) - 0.01 if brand == "Own Label" else float(r.randrange(lo, hi + 1, 5))
        stock = r.choices([0, 1, 2, 3, 4, 5, 6, 8, 10, 12], [8, 10, 12, 14, 12, 10, 9, 8, 6, 4])[0]
        frames.append((fid, brand, model, material, price, stock))
    insert(c, "frames", frames)
    # the newest six frames have never been ordered; popularity falls off so the top sellers are clear
    weights = [max(1, 40 - 3 * i) if i < 8 else r.choice([2, 3, 4, 5, 6]) for i in range(54)]
    frame_ids = list(range(1, 55))
    lens_price = {"single vision": 65.0, "varifocal": 229.0, "bifocal": 139.0, "office": 159.0}
    coat_price = {None: 0.0, "anti-reflective": 35.0, "blue light": 45.0, "photochromic": 69.0}
    orders = []
    oid = 0
    opt_branch = {o[0]: o[2] for o in opt_rows}
    for e in exams:
        if r.random() > 0.62:
            continue
        oid += 1
        od = D.fromisoformat(e[3]) + dt.timedelta(days=r.choice([0, 0, 0, 1, 2, 3, 7]))
        orders.append([oid, e[1], e[0], opt_branch[e[2]], od])
    for _ in range(45):  # prescriptions brought in from elsewhere
        p = r.choice(patients)
        od = day_between(r, D.fromisoformat(p[6]), END)
        oid += 1
        orders.append([oid, p[0], None, p[7], od])
    orders.sort(key=lambda o: (o[4], o[0]))
    rows = []
    for n, (_, pid, exam_id, branch, od) in enumerate(orders, start=1):
        if od > END:
            od = END
        fid = r.choices(frame_ids, weights)[0]
        lens = r.choices(list(lens_price), [58, 30, 5, 7])[0]
        coating = r.choices(list(coat_price), [22, 45, 20, 13])[0]
        total = frames[fid - 1][4] + lens_price[lens] + coat_price[coating]
        if lens == "varifocal":
            total += 0.0 if coating else 20.0
        age_days = (END - od).days
        collected = None
        if age_days < 8:
            status = "ordered"
        elif age_days < 24:
            status = r.choices(["ready", "collected"], [60, 40])[0]
        else:
            status = r.choices(["collected", "cancelled", "ready"], [90, 6, 4])[0]
        if status == "collected":
            collected = od + dt.timedelta(days=r.randrange(6, min(age_days, 24)))
        rows.append(
            (
                n,
                pid,
                exam_id,
                fid,
                branch,
                lens,
                coating,
                _iso(od),
                _iso(collected) if collected else None,
                status,
                round(total, 2),
            )
        )
    insert(c, "spectacle_orders", rows)
    done(c)


# --------------------------------------------------------------------------------------------------------------------
# cowork
# --------------------------------------------------------------------------------------------------------------------

COWORK_DDL = """
CREATE TABLE location (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, opened_on TEXT NOT NULL,
    desk_count INTEGER NOT NULL);
CREATE TABLE plan (id INTEGER PRIMARY KEY, name TEXT NOT NULL, monthly_price REAL NOT NULL,
    meeting_hours_included INTEGER NOT NULL);
CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, company_name TEXT,
    plan_id INTEGER NOT NULL, location_id INTEGER NOT NULL, joined_on TEXT NOT NULL, left_on TEXT,
    referred_by_id INTEGER);
CREATE TABLE room (id INTEGER PRIMARY KEY, location_id INTEGER NOT NULL, name TEXT NOT NULL,
    capacity INTEGER NOT NULL, hourly_rate REAL NOT NULL);
CREATE TABLE room_booking (id INTEGER PRIMARY KEY, room_id INTEGER NOT NULL, member_id INTEGER NOT NULL,
    start_at TEXT NOT NULL, hours REAL NOT NULL, status TEXT NOT NULL);
CREATE TABLE invoice (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL, issued_on TEXT NOT NULL,
    amount REAL NOT NULL, status TEXT NOT NULL, paid_on TEXT);
"""

CW_LOCATIONS = [
    (1, "Canal Works", "Manchester", "2019-05-01", 120),
    (2, "The Foundry", "Leeds", "2020-10-05", 85),
    (3, "Mill Yard", "Manchester", "2023-03-13", 60),
]
CW_PLANS = [
    (1, "Hot Desk", 185.0, 2),
    (2, "Dedicated Desk", 295.0, 4),
    (3, "Private Office", 690.0, 10),
    (4, "Part-Time", 115.0, 1),
    (5, "Virtual Office", 49.0, 0),
]
CW_ROOMS = [
    (1, 1, "Boardroom", 14, 45.0), (2, 1, "Lock Room", 6, 25.0), (3, 1, "Wharf Room", 8, 30.0),
    (4, 1, "Phone Booth 1", 1, 8.0), (5, 1, "Phone Booth 2", 1, 8.0),
    (6, 2, "Forge", 10, 35.0), (7, 2, "Anvil", 4, 20.0), (8, 2, "Ironworks Hall", 30, 80.0),
    (9, 3, "Spinning Room", 8, 28.0), (10, 3, "Loom", 4, 18.0), (11, 3, "Weaver's Den", 12, 40.0),
]  # fmt: skip
CW_COMPANIES = [
    "Brightloop Studio", "Northwind Analytics", "Copperleaf Design", "Tidewater Legal", "Pixel & Pine",
    "Quayside Consulting", "Redbrick Games", "Sundial Marketing", "Helix Bio", "Orbital Apps", "Maple Ledger",
    "Kestrel Architects", "Lumen Media", "Fieldnote Research", "Granite Security",
]  # fmt: skip


def build_cowork(path: Path) -> None:
    r = random.Random(3102)
    c = fresh_db(path, COWORK_DDL)
    insert(c, "location", CW_LOCATIONS)
    insert(c, "plan", CW_PLANS)
    insert(c, "room", CW_ROOMS)

    names = full_names(r, 430)
    members = []
    joins = sorted(day_between(r, D(2022, 1, 4), D(2025, 6, 16)) for _ in range(430))
    for mid, (name, joined) in enumerate(zip(names, joins, strict=True), start=1):
        loc_opts = [loc for loc in CW_LOCATIONS if D.fromisoformat(loc[3]) <= joined]
        loc = r.choices([loc[0] for loc in loc_opts], [loc[4] for loc in loc_opts])[0]
        plan = r.choices([1, 2, 3, 4, 5], [38, 22, 12, 16, 12])[0]
        company = r.choice(CW_COMPANIES) if plan == 3 or r.random() < 0.45 else None
        left_on = None
        if r.random() < 0.28:
            lo = joined + dt.timedelta(days=r.randrange(60, 700))
            left_on = _iso(lo) if lo < D(2025, 6, 20) else None
        ref = None
        if mid > 12 and r.random() < 0.24:
            # a handful of early members bring in most of the referrals
            ref = r.choices([3, 7, 10], [9, 5, 3])[0] if r.random() < 0.6 else r.randrange(1, mid)
        email = (
            name.lower().replace(" ", ".")
            + "@"
            + (company.lower().replace(" & ", "").replace(" ", "") + ".co.uk" if company else "gmail.com")
        )
        members.append((mid, name, email, company, plan, loc, _iso(joined), left_on, ref))
    insert(c, "member", members)

    rooms_at: dict[int, list[tuple]] = {}
    for room in CW_ROOMS:
        rooms_at.setdefault(room[1], []).append(room)
    bookings = []
    for bid in range(1, 1901):
        while True:
            m = r.choice(members)
            if m[4] == 5 and r.random() < 0.8:  # virtual-office members rarely book rooms
                continue
            lo = D.fromisoformat(m[6])
            hi = D.fromisoformat(m[7]) if m[7] else END
            if hi > lo:
                break
        d = day_between(r, lo, hi)
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        if d < D(2022, 1, 4):
            d = D(2022, 1, 4)
        room = r.choices(rooms_at[m[5]], [5 if x[3] <= 8 else 2 for x in rooms_at[m[5]]])[0]
        hour = r.choice([8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16])
        minute = r.choice([0, 0, 0, 30])
        hours = r.choices([0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 8.0], [8, 38, 12, 22, 10, 7, 3])[0]
        status = r.choices(["confirmed", "cancelled", "no_show"], [84, 11, 5])[0]
        bookings.append((bid, room[0], m[0], f"{_iso(d)} {hour:02d}:{minute:02d}", hours, status))
    bookings.sort(key=lambda b: (b[3], b[0]))
    insert(c, "room_booking", [(i, *b[1:]) for i, b in enumerate(bookings, start=1)])

    invoices = []
    price = {p[0]: p[2] for p in CW_PLANS}
    for m in members:
        start = max(D.fromisoformat(m[6]), D(2024, 1, 1))
        stop = D.fromisoformat(m[7]) if m[7] else END
        y, mo = start.year, start.month
        while True:
            issued = D(y, mo, 1)
            if issued > stop:
                break
            if issued >= start.replace(day=1):
                amount = price[m[4]]
                if r.random() < 0.18:
                    amount += r.choice([25.0, 40.0, 60.0, 90.0])  # extra meeting-room hours
                age = (END - issued).days
                if age < 20:
                    status = r.choices(["paid", "unpaid"], [45, 55])[0]
                elif age < 60:
                    status = r.choices(["paid", "unpaid", "overdue"], [85, 8, 7])[0]
                else:
                    status = r.choices(["paid", "overdue"], [99, 1])[0]
                paid = _iso(issued + dt.timedelta(days=r.randrange(1, 28))) if status == "paid" else None
                invoices.append((m[0], _iso(issued), amount, status, paid))
            mo += 1
            if mo == 13:
                y, mo = y + 1, 1
    invoices.sort(key=lambda i: (i[1], i[0]))
    insert(c, "invoice", [(n, *i) for n, i in enumerate(invoices, start=1)])
    done(c)


# --------------------------------------------------------------------------------------------------------------------
# canteen
# --------------------------------------------------------------------------------------------------------------------

CANTEEN_DDL = """
CREATE TABLE Pupils (pupilId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, yearGroup INTEGER NOT NULL,
    formName TEXT NOT NULL, hasFreeMeals INTEGER NOT NULL, allergyNote TEXT, enrolledDate TEXT NOT NULL);
CREATE TABLE MenuItems (menuItemId INTEGER PRIMARY KEY, itemName TEXT NOT NULL, category TEXT NOT NULL,
    price REAL NOT NULL, isVegetarian INTEGER NOT NULL, calories INTEGER NOT NULL, isAvailable INTEGER NOT NULL);
CREATE TABLE MealOrders (mealOrderId INTEGER PRIMARY KEY, pupilId INTEGER NOT NULL, orderDate TEXT NOT NULL,
    paymentType TEXT NOT NULL, totalAmount REAL NOT NULL);
CREATE TABLE MealOrderItems (orderItemId INTEGER PRIMARY KEY, mealOrderId INTEGER NOT NULL,
    menuItemId INTEGER NOT NULL, quantity INTEGER NOT NULL, lineAmount REAL NOT NULL);
CREATE TABLE TopUps (topUpId INTEGER PRIMARY KEY, pupilId INTEGER NOT NULL, topUpDate TEXT NOT NULL,
    amount REAL NOT NULL, method TEXT NOT NULL);
"""

# name, category, price, vegetarian, calories, available, popularity
CANTEEN_MENU = [
    ("Chicken Curry with Rice", "Main", 2.60, 0, 640, 1, 30), ("Beef Lasagne", "Main", 2.75, 0, 690, 1, 22),
    ("Vegetable Chilli", "Main", 2.40, 1, 520, 1, 12), ("Fish and Chips", "Main", 2.90, 0, 780, 1, 26),
    ("Margherita Pizza Slice", "Main", 2.10, 1, 560, 1, 24), ("Jacket Potato with Beans", "Main", 2.20, 1, 480, 1, 14),
    ("Chicken Wrap", "Main", 2.50, 0, 510, 1, 18), ("Pasta Bake", "Main", 2.35, 1, 600, 1, 16),
    ("Sausage and Mash", "Main", 2.65, 0, 710, 1, 15), ("Falafel Bowl", "Main", 2.55, 1, 530, 1, 6),
    ("Beef Burger", "Main", 2.95, 0, 820, 0, 0), ("Quorn Nuggets", "Main", 2.30, 1, 450, 0, 0),
    ("Garden Salad", "Side", 0.90, 1, 90, 1, 6), ("Garlic Bread", "Side", 0.80, 1, 210, 1, 10),
    ("Chips", "Side", 1.00, 1, 360, 1, 20), ("Corn on the Cob", "Side", 0.70, 1, 120, 0, 0),
    ("Chocolate Sponge", "Dessert", 1.10, 1, 380, 1, 12), ("Fruit Pot", "Dessert", 0.90, 1, 110, 1, 9),
    ("Flapjack", "Dessert", 0.85, 1, 300, 1, 11), ("Yoghurt", "Dessert", 0.75, 1, 140, 1, 7),
    ("Apple Crumble", "Dessert", 1.15, 1, 350, 1, 5),
    ("Bottled Water", "Drink", 0.60, 1, 0, 1, 14), ("Orange Juice", "Drink", 0.90, 1, 110, 1, 11),
    ("Semi-Skimmed Milk", "Drink", 0.55, 1, 125, 1, 5), ("Fruit Smoothie", "Drink", 1.40, 1, 180, 1, 8),
    ("Hot Chocolate", "Drink", 1.00, 1, 200, 1, 4),
    ("Cheese Toastie", "Snack", 1.50, 1, 390, 1, 9), ("Bacon Roll", "Snack", 1.60, 0, 420, 1, 10),
    ("Sausage Roll", "Snack", 1.30, 0, 330, 1, 8), ("Cookie", "Snack", 0.70, 1, 250, 1, 13),
    ("Blueberry Muffin", "Snack", 1.20, 1, 410, 1, 6), ("Popcorn Bag", "Snack", 0.80, 1, 150, 1, 3),
]  # fmt: skip
ALLERGIES = ["nut allergy", "gluten free", "dairy free", "egg allergy", "sesame allergy", "coeliac"]


def _school_days(start: dt.date, end: dt.date) -> list[dt.date]:
    holidays = [
        (D(2024, 10, 28), D(2024, 11, 1)), (D(2024, 12, 23), D(2025, 1, 3)), (D(2025, 2, 17), D(2025, 2, 21)),
        (D(2025, 4, 7), D(2025, 4, 21)), (D(2025, 5, 26), D(2025, 5, 30)),
    ]  # fmt: skip
    out = []
    d = start
    while d <= end:
        if d.weekday() < 5 and not any(a <= d <= b for a, b in holidays):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build_canteen(path: Path) -> None:
    r = random.Random(3103)
    c = fresh_db(path, CANTEEN_DDL)
    names = full_names(r, 360)
    pupils = []
    for pid, name in enumerate(names, start=1):
        year = r.choice([7, 8, 9, 10, 11])
        form = f"{year}{r.choice('ABCD')}"
        free = 1 if r.random() < 0.19 else 0
        allergy = r.choice(ALLERGIES) if r.random() < 0.11 else None
        enrolled = D(2024 - (year - 7), 9, 2)
        if r.random() < 0.06:  # joined mid-year
            enrolled = day_between(r, D(2024, 9, 3), D(2025, 3, 31))
        pupils.append((pid, name, year, form, free, allergy, _iso(enrolled)))
    insert(c, "Pupils", pupils)

    menu = [(i, *m[:6]) for i, m in enumerate(CANTEEN_MENU, start=1)]
    insert(c, "MenuItems", menu)
    pop = {i: m[6] for i, m in enumerate(CANTEEN_MENU, start=1)}
    price = {m[0]: m[3] for m in menu}
    cat = {m[0]: m[2] for m in menu}
    mains = [m[0] for m in menu if m[2] == "Main" and pop[m[0]]]
    extras = [m[0] for m in menu if m[2] != "Main" and pop[m[0]]]

    days = _school_days(D(2024, 9, 3), D(2025, 6, 27))
    # how often each pupil eats at the canteen; a few never do (packed lunch)
    appetite = {p[0]: (0.0 if r.random() < 0.07 else r.choice([0.15, 0.3, 0.45, 0.6, 0.75])) for p in pupils}
    appetite[pupils[0][0]] = 0.95
    orders, items = [], []
    oid = iid = 0
    for d in days:
        for p in pupils:
            if D.fromisoformat(p[6]) > d or r.random() >= appetite[p[0]] * 0.12:
                continue
            oid += 1
            chosen: list[tuple[int, int]] = []
            if r.random() < 0.85:
                chosen.append((r.choices(mains, [pop[m] for m in mains])[0], 1))
            for _ in range(r.choice([0, 1, 1, 2])):
                x = r.choices(extras, [pop[m] for m in extras])[0]
                if all(x != y for y, _ in chosen):
                    chosen.append((x, 2 if cat[x] == "Snack" and r.random() < 0.1 else 1))
            if not chosen:
                chosen.append((r.choices(extras, [pop[m] for m in extras])[0], 1))
            total = 0.0
            for mid, qty in chosen:
                iid += 1
                amt = round(price[mid] * qty, 2)
                total += amt
                items.append((iid, oid, mid, qty, amt))
            has_main = any(cat[m] == "Main" for m, _ in chosen)
            ptype = "free meal" if p[4] and has_main else "balance"
            orders.append((oid, p[0], _iso(d), ptype, round(total, 2)))
    insert(c, "MealOrders", orders)
    insert(c, "MealOrderItems", items)

    spent: dict[int, float] = {}
    for o in orders:
        if o[3] == "balance":
            spent[o[1]] = spent.get(o[1], 0.0) + o[4]
    topups = []
    for p in pupils:
        need = spent.get(p[0], 0.0)
        if need == 0 and r.random() < 0.7:
            continue
        paid = 0.0
        d = max(D.fromisoformat(p[6]), D(2024, 9, 2)) - dt.timedelta(days=r.randrange(0, 3))
        while paid < need + 5:
            amount = r.choices([5.0, 10.0, 20.0, 25.0, 30.0, 50.0], [6, 30, 30, 12, 8, 14])[0]
            method = r.choices(["parent app", "card", "cash"], [70, 18, 12])[0]
            topups.append((p[0], _iso(d), amount, method))
            paid += amount
            d += dt.timedelta(days=r.randrange(14, 45))
            if d > D(2025, 6, 27):
                break
    topups.sort(key=lambda t: (t[1], t[0]))
    insert(c, "TopUps", [(n, *t) for n, t in enumerate(topups, start=1)])
    done(c)


# --------------------------------------------------------------------------------------------------------------------
# salvage
# --------------------------------------------------------------------------------------------------------------------

SALVAGE_DDL = """
CREATE TABLE emp (emp_no INTEGER PRIMARY KEY, emp_nm TEXT NOT NULL, role_cd TEXT NOT NULL, actv_flg TEXT NOT NULL,
    hire_dt TEXT NOT NULL);
CREATE TABLE veh (veh_no INTEGER PRIMARY KEY, reg_cd TEXT NOT NULL, make_nm TEXT NOT NULL, model_nm TEXT NOT NULL,
    mfg_yr INTEGER NOT NULL, rcvd_dt TEXT NOT NULL, src_cd TEXT NOT NULL, purch_amt REAL NOT NULL,
    wt_kg INTEGER NOT NULL, stat_cd TEXT NOT NULL, crush_dt TEXT);
CREATE TABLE part (part_no INTEGER PRIMARY KEY, veh_no INTEGER NOT NULL, part_nm TEXT NOT NULL, cat_cd TEXT NOT NULL,
    cond_cd TEXT NOT NULL, list_amt REAL NOT NULL, listed_dt TEXT NOT NULL, dsm_emp_no INTEGER NOT NULL,
    sold_flg TEXT NOT NULL);
CREATE TABLE cust (cust_no INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, city_nm TEXT NOT NULL,
    trade_flg TEXT NOT NULL, stat_cd TEXT NOT NULL, opened_dt TEXT NOT NULL, email_addr TEXT);
CREATE TABLE sale (sale_no INTEGER PRIMARY KEY, cust_no INTEGER, sale_dt TEXT NOT NULL, pay_cd TEXT NOT NULL,
    sls_emp_no INTEGER NOT NULL);
CREATE TABLE sale_ln (sale_no INTEGER NOT NULL, ln_no INTEGER NOT NULL, part_no INTEGER NOT NULL,
    sale_amt REAL NOT NULL, disc_amt REAL NOT NULL, PRIMARY KEY (sale_no, ln_no));
"""

SV_MAKES = {
    "Ford": (["Fiesta", "Focus", "Mondeo", "Kuga", "Transit Connect"], 30),
    "Vauxhall": (["Corsa", "Astra", "Insignia", "Zafira"], 22),
    "Volkswagen": (["Polo", "Golf", "Passat", "Touran"], 16),
    "Toyota": (["Yaris", "Auris", "Corolla", "Prius"], 9),
    "Nissan": (["Micra", "Qashqai", "Juke", "Note"], 10),
    "Peugeot": (["208", "308", "3008", "Partner"], 8),
    "BMW": (["1 Series", "3 Series", "X1"], 6),
    "Honda": (["Jazz", "Civic", "CR-V"], 5),
    "Renault": (["Clio", "Megane", "Kangoo"], 6),
    "Skoda": (["Fabia", "Octavia"], 4),
}
# part name, category, price range
SV_PARTS = [
    ("Engine", "ENG", 250, 900), ("Gearbox", "ENG", 150, 550), ("Alternator", "ELEC", 35, 90),
    ("Starter Motor", "ELEC", 30, 80), ("ECU", "ELEC", 60, 220), ("Headlight (L)", "ELEC", 25, 140),
    ("Headlight (R)", "ELEC", 25, 140), ("Front Bumper", "BODY", 40, 160), ("Rear Bumper", "BODY", 40, 150),
    ("Bonnet", "BODY", 50, 180), ("Front Door (L)", "BODY", 60, 200), ("Front Door (R)", "BODY", 60, 200),
    ("Wing Mirror", "BODY", 15, 70), ("Tailgate", "BODY", 70, 220), ("Windscreen", "GLS", 40, 120),
    ("Rear Window", "GLS", 30, 90), ("Driver Seat", "INT", 40, 160), ("Dashboard", "INT", 50, 180),
    ("Steering Wheel", "INT", 20, 90), ("Radio/Head Unit", "ELEC", 20, 150), ("Front Shock Absorber", "SUSP", 20, 60),
    ("Coil Spring", "SUSP", 10, 35), ("Radiator", "ENG", 30, 95), ("Turbocharger", "ENG", 120, 420),
    ("Alloy Wheel", "WHL", 35, 120), ("Catalytic Converter", "ENG", 80, 350),
]  # fmt: skip
SV_CITIES = ["Sheffield", "Rotherham", "Doncaster", "Barnsley", "Chesterfield", "Leeds"]


def build_salvage(path: Path) -> None:
    r = random.Random(3104)
    c = fresh_db(path, SALVAGE_DDL)
    names = full_names(r, 160)
    emps = [
        (101, names[0], "MGR", "Y", "2014-03-03"), (102, names[1], "DSM", "Y", "2016-07-18"),
        (103, names[2], "DSM", "Y", "2019-01-07"), (104, names[3], "DSM", "N", "2018-05-14"),
        (105, names[4], "DSM", "Y", "2022-09-05"), (106, names[5], "DSM", "Y", "2023-04-17"),
        (107, names[6], "SLS", "Y", "2015-11-02"), (108, names[7], "SLS", "Y", "2021-02-22"),
        (109, names[8], "SLS", "N", "2020-06-01"), (110, names[9], "SLS", "Y", "2024-01-08"),
        (111, names[10], "DSM", "N", "2017-10-09"), (112, names[11], "MGR", "Y", "2023-08-21"),
    ]  # fmt: skip
    insert(c, "emp", emps)
    dsm_w = {102: 10, 103: 8, 104: 3, 105: 6, 106: 5, 111: 2}
    sls_w = {107: 10, 108: 7, 109: 3, 110: 5}

    makes = list(SV_MAKES)
    vehs = []
    for vno in range(1, 321):
        make = r.choices(makes, [SV_MAKES[m][1] for m in makes])[0]
        model = r.choice(SV_MAKES[make][0])
        yr = r.choices(range(2004, 2021), [2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 7, 7, 6, 5, 4, 3, 2])[0]
        rcvd = day_between(r, D(2022, 1, 4), D(2025, 6, 20))
        src = r.choices(["INS", "PRV", "AUC", "CNL"], [45, 28, 20, 7])[0]
        base = {"INS": 650, "PRV": 250, "AUC": 480, "CNL": 60}[src]
        purch = float(round(base * r.uniform(0.5, 1.9) + (yr - 2004) * 25, -1))
        wt = r.randrange(950, 1750, 5) if make != "BMW" else r.randrange(1400, 1800, 5)
        crush = None
        if (END - rcvd).days > 200 and r.random() < 0.75:
            crush = _iso(rcvd + dt.timedelta(days=r.randrange(120, 400)))
            if crush > _iso(END):
                crush = None
        stat = "C" if crush else "A"
        reg = f"{r.choice('ABDEFGHKLMNPRSVWY')}{r.choice('ABDEFGHKLMNPRSVWY')}{yr % 100:02d} " + "".join(
            r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)
        )
        vehs.append((vno, reg, make, model, yr, _iso(rcvd), src, purch, wt, stat, crush))
    insert(c, "veh", vehs)

    parts = []
    pno = 5000
    dsm_emps = list(dsm_w)
    for v in vehs:
        rcvd = D.fromisoformat(v[5])
        n = r.randrange(4, 12) if v[6] != "CNL" else r.randrange(1, 5)
        picks = r.sample(SV_PARTS, n)
        for nm, cat, lo, hi in picks:
            cond = r.choices(["A", "B", "C"], [30, 50, 20])[0]
            amt = lo + (hi - lo) * r.random() * {"A": 1.0, "B": 0.75, "C": 0.45}[cond]
            amt = float(round(amt / 5) * 5) or 5.0
            listed = rcvd + dt.timedelta(days=r.randrange(2, 35))
            if listed > END:
                listed = END
            cands = [e for e in dsm_emps if e not in (104, 111) or listed < D(2024, 1, 1)]
            emp = r.choices(cands, [dsm_w[e] for e in cands])[0]
            count = 2 if nm == "Alloy Wheel" and r.random() < 0.3 else 1
            for _ in range(count):
                pno += 1
                parts.append([pno, v[0], nm, cat, cond, amt, _iso(listed), emp, "N"])

    custs = []
    garage_words = ["Motors", "Autos", "Garage", "Car Repairs", "Service Centre", "Auto Care"]
    garage_pref = ["Don Valley", "Hillsborough", "Meadowhall", "Abbeydale", "Crookes", "Attercliffe", "Dearne",
                   "Wath", "Kiveton", "Ecclesfield", "Stocksbridge", "Darnall", "Beighton", "Hoyland", "Mexborough",
                   "Thorne", "Dinnington", "Penistone", "Staveley", "Kippax"]  # fmt: skip
    cno = 0
    for i, pre in enumerate(garage_pref):
        cno += 1
        nm = f"{pre} {garage_words[i % len(garage_words)]}"
        city = SV_CITIES[i % len(SV_CITIES)]
        stat = "I" if i in (4, 13, 17) else "A"
        opened = day_between(r, D(2020, 3, 2), D(2023, 6, 30))
        custs.append((cno, nm, city, "Y", stat, _iso(opened), f"parts@{pre.lower().replace(' ', '')}.co.uk"))
    for name in names[20:150]:
        cno += 1
        city = r.choices(SV_CITIES, [40, 18, 15, 12, 9, 6])[0]
        stat = "I" if r.random() < 0.12 else "A"
        opened = day_between(r, D(2022, 1, 4), D(2025, 5, 31))
        email = None if r.random() < 0.35 else name.lower().replace(" ", "") + "@gmail.com"
        custs.append((cno, name, city, "N", stat, _iso(opened), email))
    insert(c, "cust", custs)

    trade = [x for x in custs if x[3] == "Y"]
    private = [x for x in custs if x[3] == "N"]
    trade_w = [max(1, 30 - 2 * i) for i in range(len(trade))]
    parts.sort(key=lambda p: (p[6], p[0]))
    unsold = list(parts)
    sales, lines = [], []
    sno = 70000
    for d_off in range(0, (END - D(2022, 1, 10)).days + 1):
        d = D(2022, 1, 10) + dt.timedelta(days=d_off)
        if d.weekday() == 6:
            continue
        for _ in range(r.choice([0, 1, 1, 1, 2])):
            avail = [p for p in unsold[:600] if p[6] <= _iso(d)]
            if not avail:
                continue
            kind = r.choices(["trade", "private", "walkin"], [45, 40, 15])[0]
            cust = None
            if kind == "trade":
                ok = [(x, w) for x, w in zip(trade, trade_w, strict=True) if x[5] <= _iso(d)]
                cust = r.choices([x for x, _ in ok], [w for _, w in ok])[0] if ok else None
            elif kind == "private":
                ok_p = [x for x in private if x[5] <= _iso(d)]
                cust = r.choice(ok_p) if ok_p else None
            pay = "ACC" if cust and cust[3] == "Y" and r.random() < 0.7 else r.choice(["CSH", "CRD", "CRD"])
            sls_cands = [e for e in sls_w if e != 109 or d < D(2024, 6, 1)]
            sls_cands = [e for e in sls_cands if e != 110 or d >= D(2024, 1, 8)]
            sno += 1
            sales.append(
                (sno, cust[0] if cust else None, _iso(d), pay, r.choices(sls_cands, [sls_w[e] for e in sls_cands])[0])
            )
            nlines = min(len(avail), r.choices([1, 2, 3, 4], [60, 25, 10, 5])[0])
            chosen = r.sample(avail, nlines)
            for ln, p in enumerate(chosen, start=1):
                disc = 0.0
                if cust and cust[3] == "Y":
                    disc = round(p[5] * 0.1, 2)
                elif r.random() < 0.15:
                    disc = float(r.choice([5, 10]))
                    disc = min(disc, p[5] - 5)
                lines.append((sno, ln, p[0], round(p[5] - disc, 2), disc))
                p[8] = "Y"
                unsold.remove(p)
    insert(c, "sale", sales)
    insert(c, "sale_ln", lines)
    parts.sort(key=lambda p: p[0])
    insert(c, "part", [tuple(p) for p in parts])
    done(c)


# --------------------------------------------------------------------------------------------------------------------
# gardendw
# --------------------------------------------------------------------------------------------------------------------

GARDEN_DDL = """
CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, day_name TEXT NOT NULL,
    month_num INTEGER NOT NULL, month_name TEXT NOT NULL, quarter INTEGER NOT NULL, year INTEGER NOT NULL,
    is_weekend INTEGER NOT NULL);
CREATE TABLE dim_store (store_key INTEGER PRIMARY KEY, store_code TEXT NOT NULL, store_name TEXT NOT NULL,
    city TEXT NOT NULL, region TEXT NOT NULL, opened_year INTEGER NOT NULL);
CREATE TABLE dim_product (product_key INTEGER PRIMARY KEY, sku TEXT NOT NULL, product_name TEXT NOT NULL,
    category TEXT NOT NULL, subcategory TEXT NOT NULL, brand TEXT NOT NULL, unit_cost REAL NOT NULL,
    is_peat_free INTEGER NOT NULL);
CREATE TABLE dim_customer (customer_key INTEGER PRIMARY KEY, loyalty_number TEXT NOT NULL,
    customer_name TEXT NOT NULL, membership_tier TEXT NOT NULL, city TEXT NOT NULL, joined_date TEXT NOT NULL);
CREATE TABLE dim_promotion (promotion_key INTEGER PRIMARY KEY, promotion_name TEXT NOT NULL,
    discount_pct REAL NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL);
CREATE TABLE fact_sales (sale_line_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL, store_key INTEGER NOT NULL,
    product_key INTEGER NOT NULL, customer_key INTEGER, promotion_key INTEGER, quantity INTEGER NOT NULL,
    unit_price REAL NOT NULL, discount_amount REAL NOT NULL, net_amount REAL NOT NULL);
"""

GD_STORES = [
    (1, "GC-YRK", "Fulford Garden Centre", "York", "North", 2008),
    (2, "GC-HGT", "Harrogate Nurseries", "Harrogate", "North", 2011),
    (3, "GC-LIN", "Lincoln Gardens", "Lincoln", "Midlands", 2014),
    (4, "GC-NOT", "Trentside Garden Centre", "Nottingham", "Midlands", 2017),
    (5, "GC-DER", "Peak View Garden Centre", "Derby", "Midlands", 2023),
]
# name, category, subcategory, brand, cost, price, peat-free, popularity, season (peak months)
GD_PRODUCTS = [
    ("Lavender Hidcote 2L", "Plants", "Shrubs", "Fulford Grown", 3.20, 7.99, 1, 14, "spring"),
    ("Rose 'Gertrude Jekyll' 4L", "Plants", "Shrubs", "Fulford Grown", 8.50, 19.99, 1, 8, "spring"),
    ("Hydrangea Annabelle 3L", "Plants", "Shrubs", "Fulford Grown", 6.10, 14.99, 1, 7, "spring"),
    ("Bedding Geranium 6-pack", "Plants", "Bedding", "Fulford Grown", 2.10, 5.49, 1, 22, "spring"),
    ("Petunia Trays 12-pack", "Plants", "Bedding", "Fulford Grown", 2.40, 6.49, 1, 20, "spring"),
    ("Tomato Plant 'Gardener's Delight'", "Plants", "Edibles", "Fulford Grown", 0.90, 2.99, 1, 18, "spring"),
    ("Strawberry Plants 6-pack", "Plants", "Edibles", "Fulford Grown", 2.30, 5.99, 1, 9, "spring"),
    ("Japanese Maple 5L", "Plants", "Trees", "Fulford Grown", 14.00, 34.99, 1, 4, "autumn"),
    ("Apple Tree 'Braeburn' 12L", "Plants", "Trees", "Fulford Grown", 13.50, 29.99, 1, 3, "autumn"),
    ("Daffodil Bulbs 25-pack", "Plants", "Bulbs", "Taylors", 2.20, 5.99, 1, 12, "autumn"),
    ("Tulip Bulbs Mixed 20-pack", "Plants", "Bulbs", "Taylors", 2.60, 6.99, 1, 11, "autumn"),
    ("Poinsettia 13cm", "Plants", "Houseplants", "Fulford Grown", 2.80, 6.99, 1, 6, "winter"),
    ("Peace Lily 17cm", "Plants", "Houseplants", "Fulford Grown", 5.20, 12.99, 1, 7, "all"),
    ("Monstera 21cm", "Plants", "Houseplants", "Fulford Grown", 9.80, 24.99, 1, 5, "all"),
    ("Tomato Seeds 'Moneymaker'", "Seeds", "Vegetable Seeds", "Mr Fothergill's", 0.60, 2.49, 1, 9, "spring"),
    ("Carrot Seeds 'Nantes'", "Seeds", "Vegetable Seeds", "Mr Fothergill's", 0.45, 1.99, 1, 7, "spring"),
    ("Sweet Pea Seeds", "Seeds", "Flower Seeds", "Thompson & Morgan", 0.70, 2.99, 1, 6, "spring"),
    ("Wildflower Seed Mix", "Seeds", "Flower Seeds", "Thompson & Morgan", 1.60, 4.99, 1, 5, "spring"),
    ("Lawn Seed 1kg", "Seeds", "Lawn Seed", "Westland", 4.20, 9.99, 1, 8, "spring"),
    ("Multi-Purpose Compost 50L", "Compost & Soil", "Compost", "Westland", 3.10, 6.99, 0, 30, "spring"),
    ("Peat-Free Compost 50L", "Compost & Soil", "Compost", "Melcourt", 3.60, 7.99, 1, 24, "spring"),
    ("John Innes No.2 25L", "Compost & Soil", "Compost", "Westland", 3.00, 6.49, 0, 9, "spring"),
    ("Bark Mulch 75L", "Compost & Soil", "Mulch", "Melcourt", 3.40, 7.49, 1, 8, "autumn"),
    ("Topsoil 25L", "Compost & Soil", "Soil", "Westland", 1.50, 3.49, 1, 7, "all"),
    ("Growmore Fertiliser 1.5kg", "Compost & Soil", "Feed", "Westland", 2.10, 4.99, 1, 6, "spring"),
    ("Stainless Trowel", "Tools", "Hand Tools", "Spear & Jackson", 4.50, 11.99, 1, 6, "all"),
    ("Bypass Secateurs", "Tools", "Hand Tools", "Wolf-Garten", 8.00, 19.99, 1, 7, "all"),
    ("Border Fork", "Tools", "Digging", "Spear & Jackson", 11.00, 27.99, 1, 3, "all"),
    ("Digging Spade", "Tools", "Digging", "Spear & Jackson", 12.00, 29.99, 1, 3, "all"),
    ("Garden Hose 30m", "Tools", "Watering", "Hozelock", 13.00, 29.99, 1, 4, "summer"),
    ("Watering Can 10L", "Tools", "Watering", "Hozelock", 3.80, 8.99, 1, 6, "summer"),
    ("Cordless Hedge Trimmer", "Tools", "Power Tools", "Bosch", 48.00, 99.99, 1, 2, "summer"),
    ("Electric Lawnmower 34cm", "Tools", "Power Tools", "Bosch", 65.00, 129.99, 1, 2, "summer"),
    ("Terracotta Pot 30cm", "Pots & Planters", "Terracotta", "Fulford Home", 4.10, 9.99, 1, 8, "spring"),
    ("Glazed Blue Pot 40cm", "Pots & Planters", "Glazed", "Fulford Home", 11.00, 24.99, 1, 4, "spring"),
    ("Window Box 60cm", "Pots & Planters", "Plastic", "Stewart", 2.30, 5.99, 1, 6, "spring"),
    ("Hanging Basket 35cm", "Pots & Planters", "Baskets", "Stewart", 3.20, 7.99, 1, 6, "spring"),
    ("Raised Bed Kit", "Pots & Planters", "Raised Beds", "Forest Garden", 28.00, 59.99, 1, 2, "spring"),
    ("Bistro Set (2 chairs)", "Garden Furniture", "Dining", "Fulford Home", 70.00, 149.00, 1, 2, "summer"),
    ("Rattan Corner Sofa", "Garden Furniture", "Lounge", "Fulford Home", 310.00, 649.00, 1, 1, "summer"),
    ("Parasol 2.7m", "Garden Furniture", "Shade", "Fulford Home", 28.00, 59.99, 1, 2, "summer"),
    ("Wooden Bench", "Garden Furniture", "Benches", "Forest Garden", 85.00, 179.00, 1, 1, "summer"),
    ("Wild Bird Seed 2kg", "Bird Care", "Bird Food", "Peckish", 2.40, 5.99, 1, 16, "winter"),
    ("Suet Balls 50-pack", "Bird Care", "Bird Food", "Peckish", 3.30, 7.49, 1, 12, "winter"),
    ("Sunflower Hearts 2kg", "Bird Care", "Bird Food", "Peckish", 3.80, 8.99, 1, 10, "winter"),
    ("Hanging Seed Feeder", "Bird Care", "Feeders", "Peckish", 4.40, 10.99, 1, 5, "winter"),
    ("Wooden Bird Table", "Bird Care", "Feeders", "Forest Garden", 22.00, 49.99, 1, 2, "winter"),
    ("Nest Box", "Bird Care", "Housing", "Forest Garden", 6.50, 14.99, 1, 3, "winter"),
    # ranged in 2025 but not sold yet
    ("Solar Fountain Pump", "Tools", "Water Features", "Smart Garden", 16.00, 34.99, 1, 0, "summer"),
    ("Olive Tree 20L", "Plants", "Trees", "Fulford Grown", 38.00, 89.99, 1, 0, "summer"),
    ("Hedgehog House", "Bird Care", "Housing", "Forest Garden", 15.00, 32.99, 1, 0, "winter"),
    ("Self-Watering Planter 50cm", "Pots & Planters", "Plastic", "Stewart", 9.00, 21.99, 1, 0, "summer"),
]  # fmt: skip
GD_PROMOS = [
    (1, "Spring Into Gardening", 10.0, "2023-03-10", "2023-04-10"),
    (2, "Summer Furniture Sale", 20.0, "2023-07-15", "2023-08-31"),
    (3, "Bird Care Winter Week", 15.0, "2023-12-01", "2023-12-10"),
    (4, "Spring Into Gardening", 10.0, "2024-03-08", "2024-04-08"),
    (5, "Compost Bonanza", 25.0, "2024-04-20", "2024-05-05"),
    (6, "Summer Furniture Sale", 20.0, "2024-07-12", "2024-08-31"),
    (7, "Bulb Festival", 15.0, "2024-09-14", "2024-10-13"),
    (8, "Spring Into Gardening", 12.0, "2025-03-07", "2025-04-07"),
]
GD_PROMO_CATS = {
    1: ("Plants", "Seeds"),
    2: ("Garden Furniture",),
    3: ("Bird Care",),
    4: ("Plants", "Seeds"),
    5: ("Compost & Soil",),
    6: ("Garden Furniture",),
    7: ("Plants",),
    8: ("Plants", "Seeds"),
}
SEASON_W = {
    "spring": [2, 3, 8, 12, 12, 7, 4, 3, 3, 2, 1, 1], "summer": [1, 1, 2, 5, 8, 12, 12, 9, 4, 2, 1, 1],
    "autumn": [1, 1, 3, 4, 3, 2, 2, 3, 9, 12, 8, 2], "winter": [8, 6, 3, 2, 1, 1, 1, 1, 3, 6, 9, 12],
    "all": [5, 5, 6, 7, 7, 6, 6, 6, 6, 6, 6, 8],
}  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
MONTH_F = [0.45, 0.5, 0.9, 1.4, 1.5, 1.3, 1.1, 0.9, 0.8, 0.7, 0.6, 0.8]  # busy spring, quiet winter
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def build_gardendw(path: Path) -> None:
    r = random.Random(3105)
    c = fresh_db(path, GARDEN_DDL)
    dates = []
    d = D(2023, 1, 1)
    while d <= D(2025, 12, 31):
        dates.append(
            (
                int(d.strftime("%Y%m%d")),
                _iso(d),
                DAYS[d.weekday()],
                d.month,
                MONTHS[d.month - 1],
                (d.month - 1) // 3 + 1,
                d.year,
                1 if d.weekday() >= 5 else 0,
            )
        )
        d += dt.timedelta(days=1)
    insert(c, "dim_date", dates)
    insert(c, "dim_store", GD_STORES)
    prods = []
    for k, p in enumerate(GD_PRODUCTS, start=1):
        sku = f"{p[1][:3].upper()}-{1000 + k * 7}"
        prods.append((k, sku, p[0], p[1], p[2], p[3], p[4], p[6]))
    insert(c, "dim_product", prods)

    names = full_names(r, 420)
    cities = ["York", "Harrogate", "Lincoln", "Nottingham", "Derby", "Selby", "Ripon", "Newark", "Beverley"]
    custs = []
    for k, name in enumerate(names, start=1):
        tier = r.choices(["Green", "Silver", "Gold"], [62, 27, 11])[0]
        custs.append(
            (
                k,
                f"FGC{400000 + k * 13}",
                name,
                tier,
                r.choices(cities, [22, 14, 14, 16, 8, 8, 6, 6, 6])[0],
                _iso(day_between(r, D(2019, 3, 1), D(2025, 5, 31))),
            )
        )
    insert(c, "dim_customer", custs)
    insert(c, "dim_promotion", GD_PROMOS)

    rows = []
    sellable = [(k, p) for k, p in enumerate(GD_PRODUCTS, start=1) if p[7] > 0]
    store_w = {1: 30, 2: 20, 3: 18, 4: 24, 5: 12}
    key = 0
    for d_row in dates:
        day_d = D.fromisoformat(d_row[1])
        if day_d > END or (day_d.month == 12 and day_d.day in (25, 26)) or (day_d.month == 1 and day_d.day == 1):
            continue
        for store, sw in store_w.items():
            if store == 5 and day_d < D(2023, 9, 1):
                continue
            lam = MONTH_F[day_d.month - 1] * sw / 22 * (1.5 if d_row[7] else 1.0)
            n = int(lam + r.random())
            for _ in range(n):
                weights = [p[7] * SEASON_W[p[8]][day_d.month - 1] for _, p in sellable]
                pk, p = r.choices(sellable, weights)[0]
                qty = 1 if p[5] > 40 else r.choices([1, 2, 3, 4, 6], [55, 22, 10, 8, 5])[0]
                cust = None
                if r.random() < 0.55:
                    cands = r.sample(custs, 3)
                    cands = [x for x in cands if x[5] <= d_row[1]]
                    cust = cands[0][0] if cands else None
                promo = None
                for pr in GD_PROMOS:
                    if pr[3] <= d_row[1] <= pr[4] and p[1] in GD_PROMO_CATS[pr[0]] and r.random() < 0.8:
                        promo = pr[0]
                price = p[5]
                disc = round(qty * price * GD_PROMOS[promo - 1][2] / 100, 2) if promo else 0.0
                if not promo and cust and custs[cust - 1][3] == "Gold" and r.random() < 0.5:
                    disc = round(qty * price * 0.05, 2)
                key += 1
                rows.append((key, d_row[0], store, pk, cust, promo, qty, price, disc, round(qty * price - disc, 2)))
    insert(c, "fact_sales", rows)
    done(c)


# --------------------------------------------------------------------------------------------------------------------
# partyhire
# --------------------------------------------------------------------------------------------------------------------

PARTY_DDL = """
CREATE TABLE depots (depot_code TEXT PRIMARY KEY, depot_name TEXT NOT NULL, city TEXT NOT NULL,
    manager_name TEXT NOT NULL);
CREATE TABLE hire_lines_export (line_id INTEGER PRIMARY KEY, order_ref TEXT NOT NULL, order_date TEXT NOT NULL,
    event_date TEXT NOT NULL, return_date TEXT NOT NULL, customer_name TEXT NOT NULL, customer_email TEXT,
    customer_city TEXT NOT NULL, customer_type TEXT NOT NULL, item_code TEXT NOT NULL, item_name TEXT NOT NULL,
    item_category TEXT NOT NULL, qty INTEGER NOT NULL, daily_rate REAL NOT NULL, hire_days INTEGER NOT NULL,
    line_total REAL NOT NULL, delivery_fee REAL NOT NULL, order_status TEXT NOT NULL, damage_reported TEXT NOT NULL,
    depot_code TEXT NOT NULL, staff_name TEXT NOT NULL);
"""

PH_DEPOTS = [("BHM", "Digbeth Yard", "Birmingham"), ("COV", "Canley Depot", "Coventry"),
             ("WLV", "Bilston Road", "Wolverhampton")]  # fmt: skip
# code, name, category, daily rate, popularity, typical qty range
PH_ITEMS = [
    ("MQ-6X9", "6m x 9m Marquee", "Marquees", 420.0, 6, (1, 1)),
    ("MQ-3X3", "3m x 3m Gazebo", "Marquees", 55.0, 12, (1, 3)),
    ("MQ-9X12", "9m x 12m Marquee", "Marquees", 690.0, 3, (1, 1)),
    ("FN-CHR", "White Folding Chair", "Furniture", 1.80, 30, (20, 150)),
    ("FN-CHV", "Chiavari Chair", "Furniture", 4.50, 10, (30, 120)),
    ("FN-TRD", "6ft Trestle Table", "Furniture", 7.50, 24, (2, 20)),
    ("FN-RND", "5ft Round Table", "Furniture", 9.00, 16, (4, 15)),
    ("FN-BAR", "Poseur Bar Table", "Furniture", 12.00, 8, (2, 8)),
    ("TW-PLT", "Dinner Plate (pack of 10)", "Tableware", 3.50, 14, (3, 15)),
    ("TW-GLS", "Wine Glass (rack of 25)", "Tableware", 6.00, 15, (2, 8)),
    ("TW-CUT", "Cutlery Set (pack of 10)", "Tableware", 3.00, 12, (3, 15)),
    ("TW-LIN", "White Tablecloth", "Tableware", 5.50, 10, (4, 20)),
    ("LT-FRY", "Festoon Lights 20m", "Lighting", 35.0, 13, (1, 4)),
    ("LT-UPL", "LED Uplighter", "Lighting", 15.0, 8, (4, 12)),
    ("LT-HTR", "Patio Heater", "Lighting", 40.0, 7, (1, 4)),
    ("CE-URN", "Tea Urn 20L", "Catering Equipment", 18.0, 9, (1, 2)),
    ("CE-BBQ", "Gas Barbecue", "Catering Equipment", 65.0, 6, (1, 2)),
    ("CE-FRG", "Bottle Fridge", "Catering Equipment", 45.0, 5, (1, 2)),
    ("CE-CHF", "Chafing Dish", "Catering Equipment", 9.50, 6, (2, 8)),
    ("GM-BCY", "Bouncy Castle", "Games", 95.0, 7, (1, 1)),
    ("GM-GJG", "Giant Jenga", "Games", 25.0, 6, (1, 2)),
    ("GM-CNF", "Candy Floss Machine", "Games", 55.0, 4, (1, 1)),
    ("GM-PHB", "Photo Booth", "Games", 250.0, 0, (1, 1)),
    ("DF-DNC", "Dance Floor (per 1m panel)", "Furniture", 14.0, 4, (16, 36)),
]  # fmt: skip
PH_CITIES = ["Birmingham", "Coventry", "Wolverhampton", "Solihull", "Walsall", "Leamington Spa", "Dudley",
             "Sutton Coldfield"]  # fmt: skip
PH_BUSINESSES = [
    "Brindleyplace Events Ltd", "Midland Wedding Co", "Arden Hall Venues", "Jewellery Quarter Catering",
    "Solihull Rotary Club", "Coventry Cathedral Trust", "Blue Sky Festivals", "Greenway Primary PTA",
    "Kings Heath Street Party", "Warwick Corporate Days", "Black Country Brewing", "St Chad's Hospice",
]  # fmt: skip


def build_partyhire(path: Path) -> None:
    r = random.Random(3106)
    c = fresh_db(path, PARTY_DDL)
    names = full_names(r, 330)
    managers, staff_names = names[:3], names[3:11]
    insert(c, "depots", [(*d, m) for d, m in zip(PH_DEPOTS, managers, strict=True)])
    depot_city = {"Birmingham": "BHM", "Solihull": "BHM", "Sutton Coldfield": "BHM", "Coventry": "COV",
                  "Leamington Spa": "COV", "Wolverhampton": "WLV", "Walsall": "WLV", "Dudley": "WLV"}  # fmt: skip
    staff_at = {"BHM": staff_names[:3], "COV": staff_names[3:6], "WLV": staff_names[6:8]}
    customers = []
    for name in names[11:]:
        city = r.choices(PH_CITIES, [34, 16, 14, 10, 8, 7, 6, 5])[0]
        email = (
            None
            if r.random() < 0.12
            else name.lower().replace(" ", ".") + "@" + r.choice(["gmail.com", "hotmail.co.uk", "outlook.com"])
        )
        customers.append((name, email, city, "Private", 1))
    for i, b in enumerate(PH_BUSINESSES):
        ctype = "Charity" if any(w in b for w in ("Rotary", "Trust", "PTA", "Hospice", "Street Party")) else "Business"
        city = [
            "Birmingham",
            "Birmingham",
            "Solihull",
            "Birmingham",
            "Solihull",
            "Coventry",
            "Wolverhampton",
            "Walsall",
            "Birmingham",
            "Leamington Spa",
            "Dudley",
            "Wolverhampton",
        ][i]
        slug = b.lower().replace("'", "").replace(" ", "")[:14]
        customers.append(
            (
                b,
                f"hire@{slug}.org.uk" if ctype == "Charity" else f"events@{slug}.co.uk",
                city,
                ctype,
                [9, 8, 6, 5, 3, 3, 4, 2, 2, 4, 3, 2][i],
            )
        )
    cust_w = [x[4] for x in customers]
    items_w = [x[4] for x in PH_ITEMS]

    rows = []
    line_id = 0
    orders = []
    for _ in range(720):
        cust = r.choices(customers, cust_w)[0]
        # events cluster in summer and December
        month_w = [2, 2, 4, 6, 10, 13, 14, 12, 8, 5, 4, 9]
        while True:
            yr = r.choice([2023, 2024, 2024, 2025])
            mo = r.choices(range(1, 13), month_w)[0]
            ev = D(yr, mo, 1) + dt.timedelta(days=r.randrange(0, 28))
            if yr == 2025 and ev > D(2025, 9, 30):
                continue
            if ev.weekday() < 4 and r.random() < 0.7:
                ev += dt.timedelta(days=5 - ev.weekday())
            break
        od = ev - dt.timedelta(days=r.randrange(7, 120))
        if od > D(2025, 6, 30):
            od = D(2025, 6, 30) - dt.timedelta(days=r.randrange(0, 20))
        if od < D(2022, 11, 1):
            od = D(2022, 11, 1)
        orders.append((od, ev, cust))
    orders.sort(key=lambda o: (o[0], o[1], o[2][0]))
    for n, (od, ev, cust) in enumerate(orders, start=1):
        ref = f"PH-{10000 + n}"
        days = r.choices([1, 2, 3, 4, 7], [45, 30, 14, 6, 5])[0]
        ret = ev + dt.timedelta(days=days)
        if ev > D(2025, 6, 30):
            status = r.choices(["Quoted", "Confirmed", "Cancelled"], [35, 60, 5])[0]
        else:
            status = r.choices(["Completed", "Cancelled", "Quoted"], [86, 8, 6])[0]
            if status == "Quoted" and ev > D(2025, 6, 1):
                status = "Confirmed"
        depot = depot_city[cust[2]]
        if r.random() < 0.1:
            depot = r.choice(["BHM", "COV", "WLV"])
        staff = r.choice(staff_at[depot])
        fee = {"BHM": 35.0, "COV": 40.0, "WLV": 35.0}[depot] if r.random() < 0.85 else 0.0
        k = r.choices([1, 2, 3, 4, 5, 6], [22, 26, 22, 14, 10, 6])[0]
        picked: list[tuple] = []
        while len(picked) < k:
            it = r.choices(PH_ITEMS, items_w)[0]
            if it not in picked:
                picked.append(it)
        for it in picked:
            qty = r.randrange(it[5][0], it[5][1] + 1)
            if it[5][1] >= 20:
                qty = max(it[5][0], round(qty / 10) * 10)
            dmg = "Y" if status == "Completed" and r.random() < 0.04 + (0.06 if it[2] == "Games" else 0) else "N"
            line_id += 1
            rows.append(
                (
                    line_id,
                    ref,
                    _iso(od),
                    _iso(ev),
                    _iso(ret),
                    cust[0],
                    cust[1],
                    cust[2],
                    cust[3],
                    it[0],
                    it[1],
                    it[2],
                    qty,
                    it[3],
                    days,
                    round(qty * it[3] * days, 2),
                    fee,
                    status,
                    dmg,
                    depot,
                    staff,
                )
            )
    insert(c, "hire_lines_export", rows)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "optician": build_optician,
    "cowork": build_cowork,
    "canteen": build_canteen,
    "salvage": build_salvage,
    "gardendw": build_gardendw,
    "partyhire": build_partyhire,
}
