"""Six small business databases for the thirty-second blind English-to-SQL corpus.

- ``bikerepair`` (plural snake_case): a bicycle repair shop. ``customers``, ``bikes`` (owned by a customer),
  ``mechanics``, ``parts``, ``repair_orders`` (a bike booked in, worked by a mechanic; status open,
  in_progress, completed or cancelled) and ``repair_parts`` (parts fitted on a repair order).
- ``drivingrange`` (singular PascalCase): a golf driving range. ``Member`` (tier Bronze/Silver/Gold, optional
  handicap), ``Bay`` (numbered hitting bays on two levels), ``Coach``, ``Visit`` (a bucket session in a bay, by a
  member or, with no member, a walk-in guest) and ``Lesson`` (a coach teaching a member).
- ``tailor`` (camelCase tables and columns): a bespoke tailor. ``tailors`` (each may have a mentor: a
  self-referencing foreign key), ``clients``, ``fabrics``, ``garmentOrders`` (client's own cloth when no fabric),
  ``fittings`` and ``alterations``.
- ``petinsure`` (abbreviated legacy, coded values): a pet insurance broker. ``cust_mstr``, ``pet_mstr``
  (``spc_cd`` D dog, C cat, R rabbit, B bird), ``plan_ref`` (``plan_cd`` BAS/STD/PRM), ``plcy`` (``sts_cd`` A active,
  L lapsed, C cancelled), ``vet_ref`` and ``clm`` (``clm_sts_cd`` P pending, A approved, D denied).
- ``rooftopbar`` (UPPER_CASE with 'Y'/'N' flags): a rooftop bar. ``STAFF``, ``DRINK``, ``EVENT``,
  ``RESERVATION``, ``BAR_TAB`` (a tab opened by a staff member, maybe during an event or for a reservation) and
  ``TAB_ITEM`` (drinks on a tab).
- ``luthier`` (Access-style Hungarian prefixes: ``tbl``, ``lng``, ``str``, ``dtm``, ``cur``, ``ysn``, ``int``): a
  violin maker's workshop. ``tblLuthier``, ``tblWood``, ``tblCustomer``, ``tblInstrument`` (top and back woods),
  ``tblSale`` and ``tblRepair``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date


def _iso(d: dt.date) -> str:
    return d.isoformat()


# --------------------------------------------------------------------------------------------------- bikerepair
def build_bikerepair(path: Path) -> None:
    r = random.Random(32001)
    c = fresh_db(
        path,
        """
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT, phone TEXT, joined_on TEXT NOT NULL);
        CREATE TABLE mechanics (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, specialty TEXT NOT NULL, hourly_rate REAL NOT NULL,
            hired_on TEXT NOT NULL);
        CREATE TABLE bikes (
            id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), brand TEXT NOT NULL,
            model TEXT NOT NULL, bike_type TEXT NOT NULL, year_made INTEGER);
        CREATE TABLE parts (
            id INTEGER PRIMARY KEY, part_name TEXT NOT NULL, category TEXT NOT NULL, unit_price REAL NOT NULL,
            stock_qty INTEGER NOT NULL);
        CREATE TABLE repair_orders (
            id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL REFERENCES bikes(id),
            mechanic_id INTEGER REFERENCES mechanics(id), received_on TEXT NOT NULL, completed_on TEXT,
            status TEXT NOT NULL, labour_hours REAL, labour_charge REAL);
        CREATE TABLE repair_parts (
            id INTEGER PRIMARY KEY, repair_order_id INTEGER NOT NULL REFERENCES repair_orders(id),
            part_id INTEGER NOT NULL REFERENCES parts(id), quantity INTEGER NOT NULL);
        """,
    )
    mechanics = [
        (1, "Tomas Reyes", "road", 48.0, "2019-04-01"),
        (2, "Greta Lindqvist", "mountain", 52.5, "2020-02-17"),
        (3, "Kofi Oduya", "e-bike", 61.0, "2021-09-06"),
        (4, "Maya Fontaine", "general", 42.0, "2022-03-14"),
        (5, "Bruno Petrov", "road", 45.5, "2022-11-01"),
        (6, "Hana Takeda", "e-bike", 58.0, "2023-05-22"),
        (7, "Diego Varga", "general", 39.0, "2024-01-08"),
        (8, "Lena Kowalski", "mountain", 50.0, "2024-08-19"),
    ]
    insert(c, "mechanics", mechanics)
    names = full_names(r, 320)
    customers = []
    for i, n in enumerate(names, 1):
        email = None if r.random() < 0.2 else n.lower().replace(" ", ".") + "@mail.example"
        phone = f"07{r.randrange(100000000, 999999999)}"
        customers.append((i, n, email, phone, _iso(day_between(r, D(2022, 1, 3), D(2025, 6, 30)))))
    insert(c, "customers", customers)
    brands = {
        "road": [("Trek", "Domane"), ("Specialized", "Allez"), ("Cannondale", "Synapse"), ("Giant", "Contend")],
        "mountain": [("Trek", "Marlin"), ("Giant", "Talon"), ("Santa Cruz", "Chameleon"), ("Orbea", "Onna")],
        "hybrid": [("Giant", "Escape"), ("Raleigh", "Pioneer"), ("Trek", "FX"), ("Ridgeback", "Speed")],
        "e-bike": [("Riese & Muller", "Charger"), ("Gazelle", "Ultimate"), ("Specialized", "Turbo Vado")],
        "cargo": [("Tern", "GSD"), ("Urban Arrow", "Family")],
        "bmx": [("Mongoose", "Legion"), ("Haro", "Downtown")],
    }
    types = ["road", "mountain", "hybrid", "e-bike", "cargo", "bmx"]
    weights = [30, 22, 28, 14, 4, 2]
    bikes = []
    for i in range(1, 431):
        owner = r.choice(range(1, 291))
        if i <= 9:
            owner = 17  # one keen cyclist with a garage full of bikes
        t = r.choices(types, weights)[0]
        brand, model = r.choice(brands[t])
        year = None if r.random() < 0.15 else r.randint(2008, 2025)
        bikes.append((i, owner, brand, model, t, year))
    insert(c, "bikes", bikes)
    part_names = {
        "brakes": ["Disc brake pads", "Rim brake pads", "Hydraulic brake bleed kit", "160mm rotor", "180mm rotor",
                   "Brake lever", "V-brake caliper", "Mechanical disc caliper", "Brake hose"],
        "drivetrain": ["11-speed chain", "10-speed chain", "12-speed chain", "Cassette 11-32", "Cassette 11-50",
                       "Chainring 50/34", "Rear derailleur", "Front derailleur", "Bottom bracket", "Crankset",
                       "Derailleur hanger", "Single-speed chain"],
        "tyres": ["700x25 road tyre", "700x28 road tyre", "29x2.3 MTB tyre", "27.5x2.4 MTB tyre", "700x35 hybrid tyre",
                  "Inner tube 700c", "Inner tube 29in", "Tubeless sealant", "Rim tape", "20in BMX tyre"],
        "wheels": ["Front wheel 700c", "Rear wheel 700c", "Front wheel 29in", "Rear wheel 29in", "Spoke set",
                   "Hub bearing kit", "Quick release skewer"],
        "cables": ["Gear inner cable", "Brake inner cable", "Gear outer housing", "Brake outer housing",
                   "Cable end caps", "Ferrule pack"],
        "electrical": ["E-bike battery 500Wh", "E-bike charger", "Display unit", "Speed sensor", "Front light",
                       "Rear light", "Motor service kit"],
        "contact points": ["Bar tape", "Grips", "Saddle", "Flat pedals", "Clipless pedals", "Seatpost clamp",
                           "Headset bearings", "Handlebar stem", "Kickstand"],
    }  # fmt: skip
    price_band = {"brakes": (12, 70), "drivetrain": (15, 160), "tyres": (6, 55), "wheels": (18, 240),
                  "cables": (3, 15), "electrical": (25, 520), "contact points": (10, 90)}  # fmt: skip
    parts = []
    pid = 0
    for cat in sorted(part_names):
        for pn in part_names[cat]:
            pid += 1
            lo, hi = price_band[cat]
            parts.append((pid, pn, cat, round(r.uniform(lo, hi), 2), r.choice([0, 3, 5, 8, 12, 16, 20, 24, 30, 45])))
    insert(c, "parts", parts)
    n_parts = len(parts)
    unused = set(r.sample(range(1, n_parts + 1), 6))
    usable = [p[0] for p in parts if p[0] not in unused]
    pweights = [r.choice([1, 1, 2, 3, 5, 8, 13]) + (i % 7) * 0.37 for i, _ in enumerate(usable)]
    rates = {m[0]: m[3] for m in mechanics}
    orders = []
    lines = []
    lid = 0
    for oid in range(1, 1501):
        bike = r.randint(1, 430)
        if bike % 9 == 4:  # some bikes never come in
            bike = bike - 1
        recv = day_between(r, D(2022, 3, 1), D(2025, 9, 30))
        x = r.random()
        if recv > D(2025, 9, 10):
            status = r.choice(["open", "in_progress", "in_progress", "completed"])
        elif x < 0.85:
            status = "completed"
        elif x < 0.93:
            status = "cancelled"
        elif x < 0.965:
            status = "open"
        else:
            status = "in_progress"
        hired = {m[0]: D.fromisoformat(m[4]) for m in mechanics}
        avail = [m for m in hired if hired[m] <= recv]
        mech = None if status == "open" else r.choices(avail, [3 if m in (1, 4) else 2 for m in avail])[0]
        if status == "cancelled" and r.random() < 0.5:
            mech = None
        hours = round(r.choice([0.5, 0.75, 1, 1, 1.5, 2, 2.5, 3, 4, 5.5]), 2) if status != "open" else None
        done_on = None
        charge = None
        if status == "completed":
            done_on = _iso(recv + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 4, 6, 9])))
            charge = round(hours * rates[mech], 2) if hours is not None and mech is not None else None
        if status == "cancelled":
            hours = None
        orders.append((oid, bike, mech, _iso(recv), done_on, status, hours, charge))
        if status in ("completed", "in_progress"):
            for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
                lid += 1
                part = r.choices(usable, pweights)[0]
                lines.append((lid, oid, part, r.choice([1, 1, 1, 2]) if part % 4 else r.randint(1, 4)))
    insert(c, "repair_orders", orders)
    insert(c, "repair_parts", lines)
    done(c)


# ------------------------------------------------------------------------------------------------- drivingrange
def build_drivingrange(path: Path) -> None:
    r = random.Random(32002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Member (
            MemberId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            MembershipTier TEXT NOT NULL, JoinDate TEXT NOT NULL, Handicap REAL);
        CREATE TABLE Bay (
            BayId INTEGER PRIMARY KEY, BayNumber INTEGER NOT NULL UNIQUE, Level INTEGER NOT NULL,
            BayType TEXT NOT NULL);
        CREATE TABLE Coach (
            CoachId INTEGER PRIMARY KEY, CoachName TEXT NOT NULL, Specialty TEXT NOT NULL, HourlyFee REAL NOT NULL);
        CREATE TABLE Visit (
            VisitId INTEGER PRIMARY KEY, MemberId INTEGER REFERENCES Member(MemberId),
            BayId INTEGER NOT NULL REFERENCES Bay(BayId), VisitDate TEXT NOT NULL, BallsHit INTEGER NOT NULL,
            AmountPaid REAL NOT NULL);
        CREATE TABLE Lesson (
            LessonId INTEGER PRIMARY KEY, CoachId INTEGER NOT NULL REFERENCES Coach(CoachId),
            MemberId INTEGER NOT NULL REFERENCES Member(MemberId), LessonDate TEXT NOT NULL,
            DurationMinutes INTEGER NOT NULL, Focus TEXT NOT NULL, Fee REAL NOT NULL);
        """,
    )
    names = full_names(r, 260)
    members = []
    for i, n in enumerate(names, 1):
        first, last = n.split(" ")
        tier = r.choices(["Bronze", "Silver", "Gold"], [50, 32, 18])[0]
        hcp = None if r.random() < 0.3 else round(r.uniform(2, 36), 1)
        members.append((i, first, last, tier, _iso(day_between(r, D(2022, 1, 10), D(2025, 8, 31))), hcp))
    insert(c, "Member", members)
    bays = []
    for b in range(1, 41):
        level = 1 if b <= 24 else 2
        btype = "Tracer" if b in (5, 6, 7, 8, 29, 30) else ("Heated" if level == 2 and b % 3 == 0 else "Standard")
        bays.append((b, 100 * level + (b if level == 1 else b - 24), level, btype))
    insert(c, "Bay", bays)
    coaches = [
        (1, "Ian Whitfield", "Full swing", 85.0),
        (2, "Sofia Mendes", "Short game", 70.0),
        (3, "Rory Nakamura", "Juniors", 55.0),
        (4, "Claire Dubois", "Full swing", 95.0),
        (5, "Pete Almeida", "Putting", 60.0),
        (6, "Ava Costa", "Beginners", 50.0),
    ]
    insert(c, "Coach", coaches)
    visits = []
    bay_w = [3 if b[3] == "Tracer" else (2 if b[3] == "Heated" else 1.4) for b in bays]
    bay_w[10] = 5  # bay 111 by the clubhouse door is everyone's favourite
    for vid in range(1, 3001):
        member = None if r.random() < 0.22 else r.randint(1, 260)
        bay = r.choices(range(1, 41), bay_w)[0]
        vdate = day_between(r, D(2022, 2, 1), D(2025, 9, 30))
        if member is not None and D.fromisoformat(members[member - 1][4]) > vdate:
            vdate = D.fromisoformat(members[member - 1][4])
        balls = r.choice([40, 60, 60, 80, 100, 100, 120, 150])
        price = {40: 6.0, 60: 8.0, 80: 10.0, 100: 12.0, 120: 14.0, 150: 17.0}[balls]
        if member is not None:
            price = round(price * {"Bronze": 0.9, "Silver": 0.8, "Gold": 0.7}[members[member - 1][3]], 2)
        visits.append((vid, member, bay, _iso(vdate), balls, price))
    insert(c, "Visit", visits)
    lessons = []
    focuses = ["Driver", "Irons", "Short game", "Putting", "Bunker play"]
    coach_focus = {1: [0, 1, 2], 2: [2, 3, 4], 3: [0, 1, 2, 3], 4: [0, 1], 5: [3, 2], 6: [0, 1, 3]}
    learners = [m for m in range(1, 261) if m % 5 != 2]
    for lid in range(1, 701):
        coach = r.choices([1, 2, 3, 4, 5, 6], [24, 18, 10, 20, 9, 14])[0]
        member = 42 if lid % 37 == 0 else r.choice(learners)
        ldate = day_between(r, max(D(2022, 3, 1), D.fromisoformat(members[member - 1][4])), D(2025, 9, 30))
        mins = r.choice([30, 45, 60, 60, 60, 90])
        fee = round(coaches[coach - 1][3] * mins / 60, 2)
        lessons.append((lid, coach, member, _iso(ldate), mins, focuses[r.choice(coach_focus[coach])], fee))
    insert(c, "Lesson", lessons)
    done(c)


# ------------------------------------------------------------------------------------------------------ tailor
def build_tailor(path: Path) -> None:
    r = random.Random(32003)
    c = fresh_db(
        path,
        """
        CREATE TABLE tailors (
            tailorId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, mentorId INTEGER REFERENCES tailors(tailorId),
            startDate TEXT NOT NULL, dayRate REAL NOT NULL);
        CREATE TABLE clients (
            clientId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, email TEXT, city TEXT NOT NULL,
            firstVisit TEXT NOT NULL);
        CREATE TABLE fabrics (
            fabricId INTEGER PRIMARY KEY, fabricName TEXT NOT NULL, material TEXT NOT NULL,
            pricePerMetre REAL NOT NULL, supplierName TEXT NOT NULL);
        CREATE TABLE garmentOrders (
            orderId INTEGER PRIMARY KEY, clientId INTEGER NOT NULL REFERENCES clients(clientId),
            tailorId INTEGER NOT NULL REFERENCES tailors(tailorId), fabricId INTEGER REFERENCES fabrics(fabricId),
            garmentType TEXT NOT NULL, orderDate TEXT NOT NULL, dueDate TEXT NOT NULL, deliveredDate TEXT,
            metresUsed REAL NOT NULL, totalPrice REAL NOT NULL);
        CREATE TABLE fittings (
            fittingId INTEGER PRIMARY KEY, orderId INTEGER NOT NULL REFERENCES garmentOrders(orderId),
            fittingNumber INTEGER NOT NULL, fittingDate TEXT NOT NULL, outcome TEXT NOT NULL);
        CREATE TABLE alterations (
            alterationId INTEGER PRIMARY KEY, clientId INTEGER NOT NULL REFERENCES clients(clientId),
            tailorId INTEGER NOT NULL REFERENCES tailors(tailorId), receivedDate TEXT NOT NULL,
            alterationType TEXT NOT NULL, price REAL NOT NULL);
        """,
    )
    tailors = [
        (1, "Edmund Hartley", None, "2004-09-01", 420.0),
        (2, "Marguerite Okafor", None, "2009-03-15", 390.0),
        (3, "Samuel Brennan", 1, "2014-06-02", 310.0),
        (4, "Priya Castillo", 1, "2016-01-11", 300.0),
        (5, "Jonah Whitaker", 2, "2018-08-20", 280.0),
        (6, "Isla Moreau", 3, "2021-02-01", 220.0),
        (7, "Felix Nakamura", 3, "2022-09-05", 200.0),
        (8, "Rosa Quinn", 2, "2023-04-17", 190.0),
        (9, "Omar Lindqvist", 4, "2024-10-01", 170.0),
    ]
    insert(c, "tailors", tailors)
    cities = ["London", "London", "London", "Manchester", "Edinburgh", "Bath", "Oxford", "Leeds", "Brighton"]
    names = full_names(r, 240)
    clients = []
    for i, n in enumerate(names, 1):
        email = None if r.random() < 0.25 else n.lower().replace(" ", "") + "@post.example"
        clients.append((i, n, email, r.choice(cities), _iso(day_between(r, D(2022, 1, 4), D(2025, 6, 30)))))
    insert(c, "clients", clients)
    fabrics_src = [
        ("Navy Super 120s", "wool", 68.0, "Holland & Sherry"), ("Charcoal Flannel", "wool", 59.0, "Fox Brothers"),
        ("Grey Chalk Stripe", "wool", 74.0, "Holland & Sherry"), ("Harris Herringbone", "tweed", 52.0, "Harris Mill"),
        ("Lovat Check", "tweed", 55.0, "Harris Mill"), ("Irish Linen Sand", "linen", 41.0, "Baird McNutt"),
        ("Linen Sky Blue", "linen", 39.0, "Baird McNutt"), ("Sea Island Cotton", "cotton", 46.0, "Thomas Mason"),
        ("Poplin White", "cotton", 28.0, "Thomas Mason"), ("Oxford Blue", "cotton", 24.0, "Thomas Mason"),
        ("Mulberry Silk", "silk", 96.0, "Stephen Walters"), ("Paisley Silk Lining", "silk", 63.0, "Stephen Walters"),
        ("Cashmere Camel", "cashmere", 148.0, "Loro Piana"), ("Cashmere Midnight", "cashmere", 155.0, "Loro Piana"),
        ("Mohair Tonic", "wool", 88.0, "Dormeuil"), ("Barathea Black", "wool", 71.0, "Dormeuil"),
        ("Seersucker Stripe", "cotton", 33.0, "Fox Brothers"), ("Donegal Tweed", "tweed", 58.0, "Magee"),
    ]  # fmt: skip
    insert(c, "fabrics", [(i, *f) for i, f in enumerate(fabrics_src, 1)])
    gtypes = ["suit", "jacket", "trousers", "waistcoat", "shirt", "coat"]
    gweights = [30, 16, 14, 8, 24, 8]
    metres = {"suit": 3.4, "jacket": 2.0, "trousers": 1.4, "waistcoat": 0.9, "shirt": 1.8, "coat": 3.0}
    base = {"suit": 1800, "jacket": 1150, "trousers": 520, "waistcoat": 380, "shirt": 210, "coat": 1600}
    suit_fabrics = [1, 2, 3, 4, 5, 6, 7, 13, 14, 15, 16, 18]
    shirt_fabrics = [8, 9, 10, 11, 17]
    orders = []
    fittings = []
    fid = 0
    buyers = [i for i in range(1, 241) if i % 6 != 5]
    for oid in range(1, 801):
        client = r.choice(buyers)
        tailor = r.choices(range(1, 10), [16, 14, 15, 12, 13, 10, 9, 7, 4])[0]
        g = r.choices(gtypes, gweights)[0]
        fabric = r.choice(shirt_fabrics if g == "shirt" else suit_fabrics)
        if r.random() < 0.08:
            fabric = None
        start = max(D.fromisoformat(clients[client - 1][4]), D.fromisoformat(tailors[tailor - 1][3]))
        odate = day_between(r, max(start, D(2022, 1, 4)), D(2025, 9, 30))
        due = odate + dt.timedelta(days=r.choice([28, 35, 42, 56]))
        if due > D(2025, 10, 15) or r.random() < 0.04:
            delivered = None
        else:
            delivered = due + dt.timedelta(days=r.choice([-7, -3, -1, 0, 0, 0, 2, 5, 12]))
        m = round(metres[g] * r.uniform(0.9, 1.2), 1)
        ppm = fabrics_src[fabric - 1][2] if fabric else 0
        price = round(base[g] + m * ppm + r.choice([0, 0, 50, 120]), 2)
        orders.append((oid, client, tailor, fabric, g, _iso(odate), _iso(due), delivered and _iso(delivered), m, price))
        n_fit = 0 if g == "shirt" and r.random() < 0.5 else r.choice([1, 2, 2, 3])
        if oid == 333:
            n_fit = 6
        for k in range(1, n_fit + 1):
            fid += 1
            fdate = odate + dt.timedelta(days=7 * k + r.randint(0, 4))
            outcome = r.choices(["approved", "adjust", "no-show"], [5, 4, 1])[0] if k < n_fit else "approved"
            fittings.append((fid, oid, k, _iso(fdate), outcome))
    insert(c, "garmentOrders", orders)
    insert(c, "fittings", fittings)
    alts = []
    atypes = [("hem", 35.0), ("take in", 55.0), ("let out", 60.0), ("sleeves", 45.0), ("zip", 30.0)]
    for aid in range(1, 421):
        client = r.randint(1, 240)
        tailor = r.choice([3, 4, 5, 6, 7, 8])
        at, p = r.choices(atypes, [30, 25, 12, 22, 11])[0]
        rd = day_between(r, max(D(2022, 1, 4), D.fromisoformat(tailors[tailor - 1][3])), D(2025, 9, 30))
        alts.append((aid, client, tailor, _iso(rd), at, round(p + r.choice([0, 0, 5, 10, 15]), 2)))
    insert(c, "alterations", alts)
    done(c)


# --------------------------------------------------------------------------------------------------- petinsure
def build_petinsure(path: Path) -> None:
    r = random.Random(32004)
    c = fresh_db(
        path,
        """
        CREATE TABLE cust_mstr (
            cust_id INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, email_addr TEXT, st_cd TEXT NOT NULL,
            enrl_dt TEXT NOT NULL);
        CREATE TABLE pet_mstr (
            pet_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust_mstr(cust_id), pet_nm TEXT NOT NULL,
            spc_cd TEXT NOT NULL, brd_nm TEXT, brth_dt TEXT);
        CREATE TABLE plan_ref (
            plan_cd TEXT PRIMARY KEY, plan_nm TEXT NOT NULL, mo_prem_amt REAL NOT NULL, ann_lmt_amt REAL NOT NULL);
        CREATE TABLE plcy (
            plcy_id INTEGER PRIMARY KEY, pet_id INTEGER NOT NULL REFERENCES pet_mstr(pet_id),
            plan_cd TEXT NOT NULL REFERENCES plan_ref(plan_cd), strt_dt TEXT NOT NULL, end_dt TEXT,
            sts_cd TEXT NOT NULL);
        CREATE TABLE vet_ref (
            vet_id INTEGER PRIMARY KEY, vet_nm TEXT NOT NULL, sbrb_nm TEXT NOT NULL);
        CREATE TABLE clm (
            clm_id INTEGER PRIMARY KEY, plcy_id INTEGER NOT NULL REFERENCES plcy(plcy_id),
            vet_id INTEGER NOT NULL REFERENCES vet_ref(vet_id), clm_dt TEXT NOT NULL, clm_amt REAL NOT NULL,
            paid_amt REAL, clm_sts_cd TEXT NOT NULL);
        """,
    )
    states = ["NSW", "NSW", "NSW", "VIC", "VIC", "QLD", "QLD", "WA", "SA", "TAS", "ACT"]
    names = full_names(r, 380)
    custs = []
    for i, n in enumerate(names, 1):
        email = None if r.random() < 0.18 else n.lower().replace(" ", "_") + "@inbox.example"
        custs.append((i, n, email, r.choice(states), _iso(day_between(r, D(2022, 1, 1), D(2025, 3, 31)))))
    insert(c, "cust_mstr", custs)
    pet_names = ["Bella", "Max", "Luna", "Charlie", "Coco", "Milo", "Daisy", "Rocky", "Ruby", "Teddy", "Molly",
                 "Oscar", "Lola", "Buddy", "Willow", "Archie", "Pepper", "Ziggy", "Nala", "Biscuit", "Honey", "Loki"]  # fmt: skip
    breeds = {
        "D": ["Labrador Retriever", "Cavoodle", "Border Collie", "French Bulldog", "Staffordshire Terrier",
              "Golden Retriever", "Kelpie", "Dachshund", "German Shepherd"],
        "C": ["Domestic Shorthair", "Ragdoll", "British Shorthair", "Maine Coon", "Burmese", "Siamese"],
        "R": ["Netherland Dwarf", "Mini Lop"],
        "B": ["Cockatiel", "Budgerigar"],
    }  # fmt: skip
    pets = []
    for pid in range(1, 521):
        owner = r.randint(1, 380)
        spc = r.choices(["D", "C", "R", "B"], [55, 36, 6, 3])[0]
        breed = None if r.random() < 0.12 else r.choice(breeds[spc])
        born = None if r.random() < 0.07 else _iso(day_between(r, D(2010, 1, 1), D(2024, 12, 31)))
        pets.append((pid, owner, r.choice(pet_names), spc, breed, born))
    insert(c, "pet_mstr", pets)
    insert(c, "plan_ref", [("BAS", "Basic Accident", 19.5, 5000.0), ("STD", "Standard Cover", 38.0, 12000.0),
                           ("PRM", "Premium Care", 64.0, 25000.0)])  # fmt: skip
    policies = []
    for pid in range(1, 521):
        if pid % 13 == 0:
            continue  # a few pets were quoted but never insured
        owner_enrl = D.fromisoformat(custs[pets[pid - 1][1] - 1][4])
        start = day_between(r, owner_enrl, min(owner_enrl + dt.timedelta(days=200), D(2025, 6, 30)))
        plan = r.choices(["BAS", "STD", "PRM"], [30, 45, 25])[0]
        x = r.random()
        if x < 0.72:
            sts, end = "A", None
        elif x < 0.86:
            sts, end = "L", start + dt.timedelta(days=365 * r.choice([1, 2]))
        else:
            sts, end = "C", start + dt.timedelta(days=r.randint(40, 700))
        if end is not None and end > D(2025, 9, 30):
            sts, end = "A", None
        policies.append((len(policies) + 1, pid, plan, _iso(start), end and _iso(end), sts))
    insert(c, "plcy", policies)
    vets = [
        (1, "Harbourside Vet Hospital", "Pyrmont"), (2, "Bayside Animal Clinic", "Brighton"),
        (3, "Greencross Paddington", "Paddington"), (4, "Northside Pet Care", "Chatswood"),
        (5, "Riverbank Veterinary", "Toowong"), (6, "Swan Valley Vets", "Midland"),
        (7, "Parklands Animal Hospital", "Unley"), (8, "Mountain Paws Clinic", "Katoomba"),
        (9, "Capital Vet Centre", "Braddon"), (10, "Hobart Cat Clinic", "Sandy Bay"),
        (11, "Coastal Critters Vet", "Noosa"), (12, "Westgate Emergency Vets", "Footscray"),
    ]  # fmt: skip
    insert(c, "vet_ref", vets)
    vw = [14, 11, 9, 12, 7, 5, 4, 3, 6, 2, 0, 8]  # Coastal Critters never sees an insured pet
    claims = []
    for _ in range(1200):
        pol = r.choice(policies)
        if pol[0] % 7 == 3:
            pol = policies[pol[0] - 2] if pol[0] > 1 else policies[1]
        start = D.fromisoformat(pol[3])
        end = D.fromisoformat(pol[4]) if pol[4] else D(2025, 9, 30)
        if end <= start:
            continue
        cdate = day_between(r, start, end)
        amt = round(r.lognormvariate(6.0, 0.9), 2)
        if pol[0] == 58:
            amt = round(amt + 900, 2)
        sts = r.choices(["A", "D", "P"], [70, 18, 12])[0]
        if cdate < D(2025, 6, 1) and sts == "P":
            sts = "A"
        paid = round(min(amt * 0.8, {"BAS": 5000, "STD": 12000, "PRM": 25000}[pol[2]]), 2) if sts == "A" else None
        claims.append((len(claims) + 1, pol[0], r.choices([v[0] for v in vets], vw)[0], _iso(cdate), amt, paid, sts))
    insert(c, "clm", claims)
    done(c)


# -------------------------------------------------------------------------------------------------- rooftopbar
def build_rooftopbar(path: Path) -> None:
    r = random.Random(32005)
    c = fresh_db(
        path,
        """
        CREATE TABLE STAFF (
            STAFF_ID INTEGER PRIMARY KEY, STAFF_NAME TEXT NOT NULL, ROLE TEXT NOT NULL, HIRE_DATE TEXT NOT NULL,
            IS_ACTIVE TEXT NOT NULL CHECK (IS_ACTIVE IN ('Y','N')));
        CREATE TABLE DRINK (
            DRINK_ID INTEGER PRIMARY KEY, DRINK_NAME TEXT NOT NULL, CATEGORY TEXT NOT NULL, PRICE REAL NOT NULL,
            IS_SIGNATURE TEXT NOT NULL CHECK (IS_SIGNATURE IN ('Y','N')),
            IS_ALCOHOLIC TEXT NOT NULL CHECK (IS_ALCOHOLIC IN ('Y','N')));
        CREATE TABLE EVENT (
            EVENT_ID INTEGER PRIMARY KEY, EVENT_NAME TEXT NOT NULL, EVENT_DATE TEXT NOT NULL, DJ_NAME TEXT,
            IS_TICKETED TEXT NOT NULL CHECK (IS_TICKETED IN ('Y','N')));
        CREATE TABLE RESERVATION (
            RESERVATION_ID INTEGER PRIMARY KEY, GUEST_NAME TEXT NOT NULL, PARTY_SIZE INTEGER NOT NULL,
            RESERVED_FOR TEXT NOT NULL, IS_TERRACE TEXT NOT NULL CHECK (IS_TERRACE IN ('Y','N')),
            IS_NO_SHOW TEXT NOT NULL CHECK (IS_NO_SHOW IN ('Y','N')));
        CREATE TABLE BAR_TAB (
            TAB_ID INTEGER PRIMARY KEY, STAFF_ID INTEGER NOT NULL REFERENCES STAFF(STAFF_ID),
            EVENT_ID INTEGER REFERENCES EVENT(EVENT_ID), RESERVATION_ID INTEGER REFERENCES RESERVATION(RESERVATION_ID),
            OPENED_AT TEXT NOT NULL, CLOSED_AT TEXT, GUEST_COUNT INTEGER NOT NULL,
            IS_PAID TEXT NOT NULL CHECK (IS_PAID IN ('Y','N')), TIP_AMOUNT REAL);
        CREATE TABLE TAB_ITEM (
            ITEM_ID INTEGER PRIMARY KEY, TAB_ID INTEGER NOT NULL REFERENCES BAR_TAB(TAB_ID),
            DRINK_ID INTEGER NOT NULL REFERENCES DRINK(DRINK_ID), QTY INTEGER NOT NULL);
        """,
    )
    staff = [
        (1, "Marta Ulloa", "MANAGER", "2021-05-03", "Y"), (2, "Jake Hughes", "BARTENDER", "2021-06-14", "Y"),
        (3, "Sienna Ito", "BARTENDER", "2022-03-01", "N"), (4, "Leo Haddad", "SERVER", "2022-04-18", "Y"),
        (5, "Nora Kaur", "SERVER", "2022-07-25", "Y"), (6, "Theo Grant", "HOST", "2022-09-12", "N"),
        (7, "Ayla Yilmaz", "BARTENDER", "2023-02-06", "Y"), (8, "Ben Larsen", "SERVER", "2023-05-15", "N"),
        (9, "Zoe Pham", "HOST", "2023-08-21", "Y"), (10, "Ravi Novak", "SERVER", "2024-01-29", "Y"),
        (11, "Ella Ortega", "BARTENDER", "2024-06-10", "Y"), (12, "Max Dubois", "SERVER", "2025-03-03", "Y"),
        (13, "Ines Costa", "HOST", "2025-07-14", "Y"),
    ]  # fmt: skip
    insert(c, "STAFF", staff)
    drinks = [
        ("Skyline Spritz", "COCKTAIL", 16.5, "Y", "Y"), ("Sunset Negroni", "COCKTAIL", 17.0, "Y", "Y"),
        ("Rooftop Mule", "COCKTAIL", 15.0, "Y", "Y"), ("Cloud Nine Martini", "COCKTAIL", 18.5, "Y", "Y"),
        ("Espresso Martini", "COCKTAIL", 16.0, "N", "Y"), ("Margarita", "COCKTAIL", 14.5, "N", "Y"),
        ("Old Fashioned", "COCKTAIL", 15.5, "N", "Y"), ("Mojito", "COCKTAIL", 14.0, "N", "Y"),
        ("Aperol Spritz", "COCKTAIL", 13.5, "N", "Y"), ("Pina Colada", "COCKTAIL", 14.0, "N", "Y"),
        ("Virgin Skyline", "COCKTAIL", 9.5, "Y", "N"), ("Nojito", "COCKTAIL", 8.5, "N", "N"),
        ("House Lager", "BEER", 7.5, "N", "Y"), ("Pale Ale", "BEER", 8.0, "N", "Y"), ("Hazy IPA", "BEER", 9.0, "N", "Y"),
        ("Alcohol-Free Lager", "BEER", 6.0, "N", "N"), ("Prosecco", "WINE", 10.0, "N", "Y"),
        ("Sauvignon Blanc", "WINE", 11.0, "N", "Y"), ("Pinot Noir", "WINE", 12.5, "N", "Y"),
        ("Rose", "WINE", 10.5, "N", "Y"), ("Champagne", "WINE", 22.0, "N", "Y"), ("Gin & Tonic", "SPIRIT", 12.0, "N", "Y"),
        ("Single Malt", "SPIRIT", 19.0, "N", "Y"), ("Tequila Reposado", "SPIRIT", 13.5, "N", "Y"),
        ("Sparkling Water", "SOFT", 4.0, "N", "N"), ("Cola", "SOFT", 4.5, "N", "N"),
        ("Fresh Lemonade", "SOFT", 5.5, "N", "N"), ("Iced Tea", "SOFT", 5.0, "N", "N"),
        ("Absinthe Flight", "SPIRIT", 26.0, "N", "Y"), ("Mezcal Sour", "COCKTAIL", 17.5, "N", "Y"),
    ]  # fmt: skip
    insert(c, "DRINK", [(i, *d) for i, d in enumerate(drinks, 1)])
    djs = ["DJ Kaito", "Selena Vox", "Marcus Beat", None, "Luma"]
    events = []
    ev_names = ["Neon Nights", "Sunset Sessions", "Jazz on the Roof", "Tropical Friday", "Vinyl Sunday",
                "Full Moon Party", "Latin Heat", "Summer Solstice", "Halloween Heights", "New Year's Eve Countdown"]  # fmt: skip
    eid = 0
    for yr in (2023, 2024, 2025):
        for k, en in enumerate(ev_names):
            if yr == 2025 and k >= 7:
                continue
            eid += 1
            month = [3, 5, 6, 7, 8, 9, 10, 6, 10, 12][k]
            edate = D(yr, month, 1 + (k * 3 + yr) % 27)
            dj = djs[(k + yr) % len(djs)]
            ticketed = "Y" if k in (5, 8, 9) or (k == 0 and yr == 2025) else "N"
            events.append((eid, f"{en} {yr}", _iso(edate), dj, ticketed))
    insert(c, "EVENT", events)
    res = []
    names = full_names(r, 400)
    for rid in range(1, 601):
        party = r.choice([2, 2, 2, 3, 4, 4, 5, 6, 8])
        if rid == 377:
            party = 22
        rdate = day_between(r, D(2023, 3, 1), D(2025, 9, 30))
        res.append((rid, names[rid % 400], party, _iso(rdate), "Y" if r.random() < 0.4 else "N",
                    "Y" if r.random() < 0.09 else "N"))  # fmt: skip
    insert(c, "RESERVATION", res)
    tabs = []
    items = []
    iid = 0
    dweights = [9, 8, 8, 6, 12, 7, 6, 7, 9, 4, 3, 2, 10, 8, 8, 3, 7, 5, 4, 5, 2, 9, 2, 3, 6, 4, 4, 3, 0, 0]
    ev_by_date = {e[2]: e[0] for e in events}
    shown = [x for x in res if x[5] == "N"]
    for tid in range(1, 2401):
        d = day_between(r, D(2023, 3, 1), D(2025, 9, 30))
        evd = r.choices(events, [4 if e[1] == "Halloween Heights 2024" else 1 for e in events])[0]
        if r.random() < 0.12:
            d = D.fromisoformat(evd[2])
        resv = None
        if r.random() < 0.18:
            rv = r.choice(shown)
            resv, d = rv[0], D.fromisoformat(rv[3])
        working = [s for s in staff if D.fromisoformat(s[3]) <= d and s[0] not in (6, 13)]
        sid = r.choices([s[0] for s in working], [4 if s[2] == "BARTENDER" else 2 for s in working])[0]
        hour = r.choice([16, 17, 18, 19, 20, 21, 22, 23])
        opened = f"{_iso(d)} {hour:02d}:{r.choice(['00', '10', '25', '40', '55'])}"
        dur = r.randint(30, 200)
        close_dt = dt.datetime(d.year, d.month, d.day, hour, 0) + dt.timedelta(minutes=dur)
        paid = "N" if r.random() < 0.04 else "Y"
        closed = close_dt.strftime("%Y-%m-%d %H:%M") if paid == "Y" else None
        guests = r.choice([1, 2, 2, 2, 3, 4, 4, 5, 6, 8, 10])
        tip = None if paid == "N" or r.random() < 0.3 else round(r.uniform(2, 40), 2)
        tabs.append((tid, sid, ev_by_date.get(_iso(d)), resv, opened, closed, guests, paid, tip))
        for _ in range(r.randint(1, 4)):
            iid += 1
            items.append((iid, tid, r.choices(range(1, 31), dweights)[0], r.choice([1, 1, 2, 2, 3, 4])))
    insert(c, "BAR_TAB", tabs)
    insert(c, "TAB_ITEM", items)
    done(c)


# ----------------------------------------------------------------------------------------------------- luthier
def build_luthier(path: Path) -> None:
    r = random.Random(32006)
    c = fresh_db(
        path,
        """
        CREATE TABLE tblLuthier (
            lngLuthierID INTEGER PRIMARY KEY, strName TEXT NOT NULL, dtmJoined TEXT NOT NULL,
            ysnMaster INTEGER NOT NULL, curDayRate REAL NOT NULL);
        CREATE TABLE tblWood (
            lngWoodID INTEGER PRIMARY KEY, strSpecies TEXT NOT NULL, strOrigin TEXT NOT NULL,
            intYearSeasoned INTEGER NOT NULL);
        CREATE TABLE tblCustomer (
            lngCustomerID INTEGER PRIMARY KEY, strName TEXT NOT NULL, strCountry TEXT NOT NULL,
            strKind TEXT NOT NULL, strEmail TEXT);
        CREATE TABLE tblInstrument (
            lngInstrumentID INTEGER PRIMARY KEY, strSerial TEXT NOT NULL UNIQUE, strType TEXT NOT NULL,
            lngLuthierID INTEGER NOT NULL REFERENCES tblLuthier(lngLuthierID),
            lngTopWoodID INTEGER NOT NULL REFERENCES tblWood(lngWoodID),
            lngBackWoodID INTEGER NOT NULL REFERENCES tblWood(lngWoodID),
            dtmStarted TEXT NOT NULL, dtmFinished TEXT, curListPrice REAL NOT NULL);
        CREATE TABLE tblSale (
            lngSaleID INTEGER PRIMARY KEY,
            lngInstrumentID INTEGER NOT NULL UNIQUE REFERENCES tblInstrument(lngInstrumentID),
            lngCustomerID INTEGER NOT NULL REFERENCES tblCustomer(lngCustomerID), dtmSold TEXT NOT NULL,
            curPrice REAL NOT NULL);
        CREATE TABLE tblRepair (
            lngRepairID INTEGER PRIMARY KEY, lngCustomerID INTEGER NOT NULL REFERENCES tblCustomer(lngCustomerID),
            lngLuthierID INTEGER NOT NULL REFERENCES tblLuthier(lngLuthierID), dtmIn TEXT NOT NULL, dtmOut TEXT,
            strWork TEXT NOT NULL, curCharge REAL NOT NULL);
        """,
    )
    luthiers = [
        (1, "Giulia Romano", "2012-02-01", 1, 640.0), (2, "Anton Varga", "2015-09-14", 1, 590.0),
        (3, "Keiko Iwata", "2018-04-03", 0, 430.0), (4, "Henrik Eriksen", "2020-01-20", 0, 410.0),
        (5, "Lucie Moreau", "2022-06-06", 0, 360.0), (6, "Tom Abbott", "2023-10-02", 0, 300.0),
    ]  # fmt: skip
    insert(c, "tblLuthier", luthiers)
    woods = [
        (1, "Alpine spruce", "Italy", 2012), (2, "Alpine spruce", "Switzerland", 2014),
        (3, "Engelmann spruce", "Canada", 2015), (4, "Lutz spruce", "Canada", 2016),
        (5, "Flamed maple", "Bosnia", 2011), (6, "Flamed maple", "Croatia", 2013), (7, "Big-leaf maple", "USA", 2016),
        (8, "Poplar", "Italy", 2017), (9, "Willow", "England", 2018), (10, "Sycamore", "England", 2014),
    ]  # fmt: skip
    insert(c, "tblWood", woods)
    countries = ["Germany", "Germany", "United Kingdom", "France", "Italy", "Netherlands", "USA", "Japan", "Austria"]
    kinds = ["Professional", "Professional", "Student", "Student", "Student", "Orchestra", "Dealer"]
    names = full_names(r, 210)
    custs = []
    for i, n in enumerate(names, 1):
        email = None if r.random() < 0.3 else n.lower().replace(" ", ".") + "@strings.example"
        custs.append((i, n, r.choice(countries), r.choice(kinds), email))
    insert(c, "tblCustomer", custs)
    itypes = ["Violin", "Viola", "Cello", "Double bass"]
    iw = [55, 20, 20, 5]
    build_days = {"Violin": (70, 140), "Viola": (80, 160), "Cello": (140, 260), "Double bass": (220, 380)}
    list_base = {"Violin": 14000, "Viola": 16000, "Cello": 26000, "Double bass": 38000}
    insts = []
    for iid in range(1, 241):
        t = r.choices(itypes, iw)[0]
        lu = r.choices(range(1, 7), [20, 18, 16, 14, 10, 6])[0]
        joined = D.fromisoformat(luthiers[lu - 1][2])
        started = day_between(r, max(joined, D(2022, 1, 3)), D(2025, 8, 31))
        lo, hi = build_days[t]
        fin = started + dt.timedelta(days=r.randint(lo, hi))
        finished = None if fin > D(2025, 9, 30) else _iso(fin)
        top = r.choice([1, 2, 3, 4]) if t != "Double bass" else r.choice([3, 4])
        back = r.choice([5, 6, 7, 10]) if t in ("Violin", "Viola") else r.choice([5, 6, 7, 8, 9])
        price = round(list_base[t] * (1.25 if lu <= 2 else 1.0) * r.uniform(0.85, 1.2), -1)
        insts.append((iid, f"{t[0]}{started.year % 100:02d}-{iid:04d}", t, lu, top, back, _iso(started), finished,
                      price))  # fmt: skip
    insert(c, "tblInstrument", insts)
    buyers = [i for i in range(1, 211) if i % 4 != 1]
    sales = []
    for inst in insts:
        if inst[7] is None or r.random() < 0.2:
            continue
        fin = D.fromisoformat(inst[7])
        sold = fin + dt.timedelta(days=r.randint(3, 240))
        if sold > D(2025, 9, 30):
            continue
        buyer = 8 if inst[0] in (12, 57, 101, 150, 199) else r.choice(buyers)
        sales.append((len(sales) + 1, inst[0], buyer, _iso(sold), round(inst[8] * r.uniform(0.88, 1.0), -1)))
    insert(c, "tblSale", sales)
    works = [("Bridge replacement", 180.0), ("Soundpost adjustment", 45.0), ("Crack repair", 420.0),
             ("New fingerboard", 380.0), ("Rehair bow", 95.0), ("Pegs refitted", 150.0), ("Full setup", 260.0)]  # fmt: skip
    reps = []
    for rid in range(1, 561):
        cust = r.randint(1, 210)
        lu = r.choices([2, 3, 4, 5, 6], [8, 14, 18, 22, 26])[0]
        win = day_between(r, max(D(2022, 1, 3), D.fromisoformat(luthiers[lu - 1][2])), D(2025, 9, 30))
        w, p = r.choices(works, [14, 20, 6, 4, 24, 8, 10])[0]
        out = win + dt.timedelta(days=r.randint(1, 30))
        reps.append((rid, cust, lu, _iso(win), None if out > D(2025, 9, 30) or rid % 47 == 0 else _iso(out), w,
                     round(p * r.choice([1.0, 1.0, 1.1, 1.25]), 2)))  # fmt: skip
    insert(c, "tblRepair", reps)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "bikerepair": build_bikerepair,
    "drivingrange": build_drivingrange,
    "tailor": build_tailor,
    "petinsure": build_petinsure,
    "rooftopbar": build_rooftopbar,
    "luthier": build_luthier,
}
