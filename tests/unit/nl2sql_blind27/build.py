"""Deterministic SQLite databases for a twenty-seventh blind NL→SQL evaluation.

Six ordinary schemas (clean plural snake_case tables, ``id`` primary keys, ``<thing>_id`` foreign keys declared
with REFERENCES); the questions are typed in a hurry into a terminal by a busy engineer: all lowercase, no
question marks, dropped articles and verbs, abbreviations (avg, qty, cust, num, #, w/, w/o, vs, yr, mo, amt,
pct), mixed US/UK spellings and the odd small typo.

* ``shop``: an online shop: ``categories``, ``products`` (``sku``, ``unit_price``, ``stock_qty``,
  ``is_active`` 0/1), ``customers`` (``country`` as ISO-ish codes US/UK/CA/DE/AU/FR, ``loyalty_tier`` coded
  ``B`` bronze / ``S`` silver / ``G`` gold, ``signed_up_on``), ``orders`` (``ordered_on``, ``status`` coded
  ``P`` pending / ``S`` shipped / ``D`` delivered / ``C`` cancelled / ``R`` returned, ``payment_method``
  card/paypal/gift_card, ``shipping_fee``), ``order_items`` (``quantity``, ``unit_price`` = price paid) and
  ``product_reviews`` (``rating`` 1-5, a NULL ``comment`` when only stars were left).
* ``helpdesk``: a support desk: ``teams``, ``agents`` (``team_id``, ``hired_on``, ``is_active`` 0/1),
  ``customers`` (companies; ``plan`` coded ``F`` free / ``P`` pro / ``E`` enterprise), ``sla_targets``
  (one row per priority: ``first_response_hours``, ``resolution_hours``), ``tickets`` (``agent_id`` NULL while
  unassigned, ``category`` billing/bug/how_to/feature_request/account, ``priority`` coded ``L`` low / ``M``
  medium / ``H`` high / ``U`` urgent, ``status`` coded ``O`` open / ``P`` pending on customer / ``R`` resolved /
  ``C`` closed, ``channel`` email/chat/phone, ``created_at`` and ``resolved_at`` 'YYYY-MM-DD HH:MM', the latter
  NULL for O/P), ``ticket_replies`` (``author_type`` ``A`` agent / ``C`` customer, ``agent_id`` NULL for
  customer replies) and ``csat_surveys`` (one per rated ticket, ``score`` 1-5).
* ``billing``: a SaaS billing system: ``sales_reps`` (``region``), ``plans`` (``monthly_price``,
  ``max_seats``), ``accounts`` (``company_name``, ``industry``, ``country``, ``sales_rep_id``,
  ``created_on``), ``subscriptions`` (``status`` coded ``A`` active / ``T`` trialing / ``C`` cancelled / ``P``
  past due, ``billing_cycle`` ``M`` monthly / ``Y`` yearly, ``seats``, ``started_on``, a NULL
  ``cancelled_on`` unless cancelled), ``invoices`` (``invoice_number``, ``issued_on``, ``due_on``,
  ``amount``, ``status`` coded ``P`` paid / ``O`` open / ``V`` void) and ``payments`` (``paid_on``, ``amount``,
  ``method`` card/ach/wire).
* ``delivery``: a parcel delivery company: ``depots`` (``city``), ``drivers`` (``depot_id``, ``status``
  coded ``A`` active / ``L`` on leave / ``T`` terminated), ``vehicles`` (``plate``, ``vehicle_type``
  van/truck/cargo_bike, ``capacity_kg``, ``depot_id``), ``clients`` (``is_contract`` 0/1), ``shipments``
  (``tracking_number``, ``depot_id`` = origin, ``dest_city``, ``weight_kg``, ``service`` coded ``STD``
  standard / ``EXP`` express / ``SDY`` same day, ``status`` coded ``B`` booked / ``T`` in transit / ``D``
  delivered / ``F`` failed / ``R`` returned to sender, ``created_on``, a NULL ``delivered_on`` unless
  delivered, ``price``), ``routes`` (``driver_id``, ``vehicle_id``, ``route_date``, ``distance_km``) and
  ``route_stops`` (``route_id``, ``shipment_id``, ``stop_seq``, ``outcome`` coded ``D`` delivered / ``N`` no one
  home / ``R`` refused / ``A`` address problem).
* ``pharmacy``: a hospital pharmacy: ``wards`` (``floor``, ``bed_count``), ``patients`` (``mrn``, ``sex``
  F/M, ``birth_date``, ``ward_id``, ``admitted_on``, a NULL ``discharged_on`` while still admitted),
  ``physicians`` (``specialty``), ``pharmacists``, ``drugs`` (``generic_name``, ``brand_name``, ``form``
  tablet/capsule/injection/infusion/syrup/patch, ``strength``, ``unit_cost``, ``is_controlled`` 0/1,
  ``stock_qty``, ``reorder_level``), ``prescriptions`` (``patient_id``, ``drug_id``, ``physician_id``,
  ``prescribed_on``, ``route`` PO/IV/IM/SC/TOP, ``frequency`` QD/BID/TID/Q6H/PRN, ``status`` coded ``A`` active /
  ``C`` completed / ``D`` discontinued / ``H`` on hold) and ``dispensings`` (``prescription_id``,
  ``pharmacist_id``, ``dispensed_at``, ``quantity``).
* ``realty``: a real-estate agency: ``offices`` (``city``), ``agents`` (``office_id``, ``commission_rate``),
  ``clients`` (``client_type`` coded ``B`` buyer / ``S`` seller / ``L`` landlord), ``properties`` (``address``,
  ``city``, ``property_type`` house/condo/townhouse/land, ``bedrooms`` NULL for land, ``sqft``,
  ``list_price``, ``listed_on``, ``agent_id`` = listing agent, ``seller_client_id``, ``status`` coded ``A``
  active / ``U`` under contract / ``S`` sold / ``W`` withdrawn), ``viewings`` (``property_id``, ``client_id``,
  ``agent_id``, ``viewed_on``, ``interest_level`` 1-5), ``offers`` (``amount``, ``offered_on``, ``status``
  coded ``AC`` accepted / ``RJ`` rejected / ``PN`` pending / ``WD`` withdrawn) and ``sales`` (``property_id``,
  ``buyer_client_id``, ``agent_id`` = selling agent, ``sale_price``, ``closed_on``).

Dates are ISO text around 2023-2025; the tests' "today" is 2025-06-15 and nothing happened after it (only
invoice ``due_on`` dates lie ahead).  The questions in ``questions.jsonl`` (reads) and ``writes.jsonl`` (change
requests) were written against these schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between as _day
from nl2sql_data.sqlite_build import done as _done
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

D = dt.date
TODAY = D(2025, 6, 15)

FIRST = [
    "Aaron", "Bella", "Caleb", "Dana", "Elliot", "Fiona", "Gavin", "Hannah", "Isaac", "Julia", "Kevin", "Layla",
    "Marcus", "Nora", "Owen", "Paula", "Rafael", "Sofia", "Trevor", "Uma", "Victor", "Wendy", "Yara", "Zack",
]  # fmt: skip
LAST = [
    "Abbott", "Bishop", "Castillo", "Dunn", "Everett", "Fischer", "Grant", "Hughes", "Iqbal", "Jensen", "Kowalski",
    "Lopez", "Moreno", "Nakamura", "O'Brien", "Patel", "Quist", "Russo", "Schmidt", "Thornton", "Underwood",
    "Vargas", "Whitaker", "Yamada",
]  # fmt: skip


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in FIRST for f in LAST]
    r.shuffle(pairs)
    return pairs[:n]


def _mail(g: str, f: str, dom: str, i: int) -> str:
    return f"{g.lower()}.{f.lower().replace(chr(39), '')}{i}@{dom}"


# ----------------------------------------------------------------------------------------------------------------
def build_shop(path: Path) -> None:
    """categories, products, customers, orders, order_items and product_reviews."""
    r = random.Random(2701)
    c = _db(
        path,
        """
        CREATE TABLE categories(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE products(id INTEGER PRIMARY KEY, sku TEXT NOT NULL, name TEXT NOT NULL,
            category_id INTEGER NOT NULL REFERENCES categories(id), unit_price REAL NOT NULL,
            stock_qty INTEGER NOT NULL, is_active INTEGER NOT NULL, created_on TEXT);
        CREATE TABLE customers(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT NOT NULL, city TEXT, country TEXT, loyalty_tier TEXT NOT NULL, signed_up_on TEXT);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
            ordered_on TEXT NOT NULL, status TEXT NOT NULL, payment_method TEXT, shipping_fee REAL);
        CREATE TABLE order_items(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
            product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL, unit_price REAL NOT NULL);
        CREATE TABLE product_reviews(id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id),
            customer_id INTEGER NOT NULL REFERENCES customers(id), rating INTEGER NOT NULL, comment TEXT,
            reviewed_on TEXT);
    """,
    )
    cats = ["Electronics", "Home & Kitchen", "Books", "Toys", "Sports & Outdoors", "Beauty", "Garden", "Pet Supplies"]
    _ins(c, "categories", [(i, n) for i, n in enumerate(cats, 1)])
    catalog = {
        1: [("Wireless Earbuds", 59.99), ("USB-C Charger 65W", 34.50), ("Bluetooth Speaker", 79.00),
            ("Smart Plug 2-Pack", 24.99), ("4K Webcam", 119.00), ("Mechanical Keyboard", 89.95),
            ("Noise Cancelling Headphones", 229.00), ("Portable SSD 1TB", 99.99)],
        2: [("Chef Knife 8in", 45.00), ("Cast Iron Skillet", 38.75), ("French Press", 27.50),
            ("Bamboo Cutting Board", 19.99), ("Stand Mixer", 279.00), ("Electric Kettle", 42.00),
            ("Nonstick Pan Set", 129.00), ("Glass Storage Set", 31.25)],
        3: [("The Quiet Garden", 16.99), ("Rust in Practice", 44.00), ("Cooking for Two", 22.50),
            ("Mountains of the West", 29.95), ("Kids Atlas 2024", 18.00), ("Mystery at Pier 9", 12.99),
            ("Data Pipelines Handbook", 52.00)],
        4: [("Wooden Train Set", 49.99), ("Puzzle 1000pc Harbor", 21.00), ("Building Blocks 500", 39.50),
            ("Plush Otter", 15.99), ("RC Racing Car", 64.00), ("Board Game Settlers", 44.95),
            ("Art Easel Kids", 55.00)],
        5: [("Yoga Mat Pro", 48.00), ("Trail Running Socks", 14.50), ("Camping Lantern", 29.99),
            ("Insulated Bottle 1L", 32.00), ("Dumbbell Set 20kg", 119.95), ("Hiking Daypack 25L", 74.00),
            ("Tennis Balls 3-Pack", 8.99), ("Bike Helmet", 69.00)],
        6: [("Vitamin C Serum", 28.00), ("Hair Dryer Ionic", 89.00), ("Shea Body Butter", 16.50),
            ("Mineral Sunscreen", 21.99), ("Beard Trimmer", 54.95), ("Lip Balm 4-Pack", 9.99)],
        7: [("Pruning Shears", 26.00), ("Raised Bed Kit", 149.00), ("Garden Hose 30m", 58.50),
            ("Seed Starter Tray", 13.99), ("Solar Path Lights 6pk", 45.00), ("Compost Bin", 84.00)],
        8: [("Dog Bed Large", 72.00), ("Cat Scratching Post", 39.99), ("Grain-Free Kibble 5kg", 46.50),
            ("Leash Reflective", 17.25), ("Aquarium Filter", 33.00), ("Bird Feeder Cedar", 27.99)],
    }  # fmt: skip
    products = []
    for cat, items in catalog.items():
        for name, price in items:
            pid = len(products) + 1
            stock = 0 if pid % 11 == 4 else r.randint(3, 240)
            active = 0 if pid in (9, 27, 41, 50) else 1
            created = _day(r, D(2022, 6, 1), D(2024, 3, 1)).isoformat()
            products.append((pid, f"SKU-{cat:02d}{pid:03d}", name, cat, price, stock, active, created))
    sellable = list(products)
    for cat, name, price in (
        (1, "Smart Thermostat", 149.0),
        (2, "Ceramic Dutch Oven", 88.0),
        (5, "Trail Camera", 95.5),
    ):
        pid = len(products) + 1  # new arrivals: listed this month, nothing sold yet
        products.append((pid, f"SKU-{cat:02d}{pid:03d}", name, cat, price, r.randint(10, 40), 1,
                         _day(r, D(2025, 6, 9), D(2025, 6, 14)).isoformat()))  # fmt: skip
    _ins(c, "products", products)
    cities = {
        "US": ["Austin", "Denver", "Seattle", "Chicago", "Boston"], "UK": ["London", "Leeds", "Bristol"],
        "CA": ["Toronto", "Vancouver"], "DE": ["Berlin", "Munich"], "AU": ["Sydney", "Melbourne"], "FR": ["Lyon", "Paris"],
    }  # fmt: skip
    countries = ["US"] * 6 + ["UK"] * 3 + ["CA"] * 2 + ["DE", "AU", "FR"]
    customers = []
    for i, (g, f) in enumerate(_people(r, 160), 1):
        ctry = r.choice(countries)
        tier = r.choices("BSG", weights=[6, 3, 1])[0]
        customers.append((i, g, f, _mail(g, f, "example.com", i), r.choice(cities[ctry]), ctry, tier,
                          _day(r, D(2023, 1, 1), D(2025, 6, 10)).isoformat()))  # fmt: skip
    _ins(c, "customers", customers)
    orders, items = [], []
    for oid in range(1, 481):
        cu = r.choices(customers, weights=[1 + (x[0] * 7) % 6 + (3 if x[6] == "G" else 0) for x in customers])[0]
        lo = D.fromisoformat(cu[7])
        if lo >= D(2025, 6, 14):
            lo = D(2025, 6, 1)
            cu = customers[0]
            lo = D.fromisoformat(cu[7])
        when = _day(r, lo, D(2025, 6, 14))
        age = (TODAY - when).days
        if age <= 3:
            st = r.choice("PPS")
        elif age <= 10:
            st = r.choices("PSDC", weights=[1, 4, 4, 1])[0]
        else:
            st = r.choices("DCR", weights=[16, 2, 1])[0]
        fee = r.choice([0.0, 0.0, 4.99, 7.5, 12.0])
        orders.append((oid, cu[0], when.isoformat(), st, r.choices(["card", "paypal", "gift_card"], [6, 3, 1])[0], fee))
        for p in r.sample(sellable, r.choices([1, 2, 3, 4], weights=[5, 4, 2, 1])[0]):
            disc = 1.0 if r.random() < 0.8 else 0.9
            items.append((len(items) + 1, oid, p[0], r.choices([1, 2, 3, 5], weights=[10, 4, 2, 1])[0],
                          round(p[4] * disc, 2)))  # fmt: skip
    _ins(c, "orders", orders)
    _ins(c, "order_items", items)
    reviews = []
    comments = ["great value", "arrived late but works", "exactly as described", "poor quality", "would buy again",
                "too small", "love it", None, None, None]  # fmt: skip
    delivered = [o for o in orders if o[3] == "D"]
    seen = set()
    for o in r.sample(delivered, 170):
        its = [x for x in items if x[1] == o[0]]
        it = r.choice(its)
        if (it[2], o[1]) in seen:
            continue
        seen.add((it[2], o[1]))
        base = 3 + (it[2] % 3 == 0) - (it[2] % 7 == 2)
        rating = max(1, min(5, base + r.choice([-2, -1, 0, 0, 1, 1, 2])))
        rdate = D.fromisoformat(o[2]) + dt.timedelta(days=r.randint(5, 40))
        if rdate >= TODAY:
            rdate = TODAY - dt.timedelta(days=1)
        reviews.append((len(reviews) + 1, it[2], o[1], rating, r.choice(comments), rdate.isoformat()))
    _ins(c, "product_reviews", reviews)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_helpdesk(path: Path) -> None:
    """teams, agents, customers, sla_targets, tickets, ticket_replies and csat_surveys."""
    r = random.Random(2702)
    c = _db(
        path,
        """
        CREATE TABLE teams(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE agents(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT NOT NULL, team_id INTEGER NOT NULL REFERENCES teams(id), hired_on TEXT, is_active INTEGER NOT NULL);
        CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL, country TEXT,
            created_on TEXT);
        CREATE TABLE sla_targets(id INTEGER PRIMARY KEY, priority TEXT NOT NULL UNIQUE,
            first_response_hours INTEGER NOT NULL, resolution_hours INTEGER NOT NULL);
        CREATE TABLE tickets(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
            agent_id INTEGER REFERENCES agents(id), subject TEXT NOT NULL, category TEXT NOT NULL,
            priority TEXT NOT NULL REFERENCES sla_targets(priority), status TEXT NOT NULL, channel TEXT NOT NULL,
            created_at TEXT NOT NULL, resolved_at TEXT);
        CREATE TABLE ticket_replies(id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL REFERENCES tickets(id),
            author_type TEXT NOT NULL, agent_id INTEGER REFERENCES agents(id), created_at TEXT NOT NULL,
            body_length INTEGER);
        CREATE TABLE csat_surveys(id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
            score INTEGER NOT NULL, submitted_at TEXT NOT NULL);
    """,
    )
    teams = ["Billing", "Technical", "Onboarding", "Enterprise", "Integrations"]
    _ins(c, "teams", [(i, n) for i, n in enumerate(teams, 1)])
    agents = []
    for i, (g, f) in enumerate(_people(r, 24), 1):
        team = (i - 1) % 5 + 1
        agents.append((i, g, f, _mail(g, f, "supportco.io", i), team,
                       _day(r, D(2020, 3, 1), D(2024, 10, 1)).isoformat(), 0 if i in (7, 16, 22) else 1))  # fmt: skip
    _ins(c, "agents", agents)
    pre = ["Acme", "Blue Harbor", "Cobalt", "Delta Forge", "Evergreen", "Fathom", "Granite", "Helix", "Ironwood",
           "Juniper", "Keystone", "Lumen", "Meridian", "Northstar", "Orchard", "Pinnacle", "Quarry", "Redwood",
           "Silverline", "Tidewater"]  # fmt: skip
    suf = ["Labs", "Systems", "Health", "Logistics", "Media", "Foods"]
    names = [f"{p} {s}" for p in pre for s in suf]
    r.shuffle(names)
    customers = []
    for i in range(1, 121):
        customers.append((i, names[i - 1], r.choices("FPE", weights=[5, 4, 2])[0],
                          r.choice(["US", "US", "UK", "CA", "DE", "IN", "AU"]),
                          _day(r, D(2022, 1, 1), D(2025, 3, 1)).isoformat()))  # fmt: skip
    _ins(c, "customers", customers)
    sla = [(1, "L", 48, 240), (2, "M", 24, 120), (3, "H", 8, 48), (4, "U", 1, 8)]
    _ins(c, "sla_targets", sla)
    cat_team = {"billing": [1], "bug": [2, 5], "how_to": [3, 2], "feature_request": [2, 5], "account": [1, 3]}
    subjects = {
        "billing": ["Double charged this month", "Invoice shows wrong VAT", "Refund request", "Card declined"],
        "bug": ["Export to CSV fails", "Dashboard not loading", "API returns 500", "Webhook retries stuck"],
        "how_to": ["How do I add users", "Setting up SSO", "Where is the audit log", "Import contacts help"],
        "feature_request": ["Dark mode please", "Need bulk edit", "Slack integration request", "Custom fields"],
        "account": ["Reset 2FA", "Change account owner", "Close my account", "Merge two workspaces"],
    }  # fmt: skip
    tickets, replies, surveys = [], [], []
    res_hours = {"L": (10, 300), "M": (4, 160), "H": (1, 60), "U": (0.5, 12)}
    for tid in range(1, 461):
        cu = r.choices(customers, weights=[{"F": 1, "P": 2, "E": 4}[x[2]] for x in customers])[0]
        cat = r.choices(list(subjects), weights=[4, 5, 4, 2, 2])[0]
        pr = r.choices("LMHU", weights=[4, 6, 3, 1])[0]
        team = 4 if cu[2] == "E" and r.random() < 0.5 else r.choice(cat_team[cat])
        created = dt.datetime.combine(
            _day(r, D(2023, 1, 2), D(2025, 6, 14)), dt.time(r.randint(7, 20), r.randint(0, 59))
        )
        if created.date() < D.fromisoformat(cu[4]):
            created = dt.datetime.combine(D.fromisoformat(cu[4]) + dt.timedelta(days=r.randint(1, 60)),
                                          dt.time(r.randint(7, 20), r.randint(0, 59)))  # fmt: skip
            if created.date() > D(2025, 6, 14):
                created = dt.datetime(2025, 6, 14, 10, 5)
        pool = [a for a in agents if a[4] == team and a[5] <= created.date().isoformat()
                and (a[6] == 1 or created.date() < D(2024, 6, 1))]  # fmt: skip
        if not pool:
            pool = [a for a in agents if a[4] == team and a[6] == 1]
        agent = r.choice(pool)
        lo, hi = res_hours[pr]
        hrs = r.uniform(lo, hi) * (1.4 if team == 3 else 1.0) * (0.8 if team == 4 else 1.0)
        done = created + dt.timedelta(hours=hrs)
        if done >= dt.datetime(2025, 6, 14, 23, 0):
            st = r.choice("OP")
        elif (dt.datetime(2025, 6, 15) - created).days < 45 and r.random() < 0.5:
            st = r.choice("OOP")
        elif r.random() < 0.02:
            st = "P"
        else:
            st = "C" if r.random() < 0.65 else "R"
        aid = agent[0]
        if st == "O" and r.random() < 0.45:
            aid = None
        resolved = done.strftime("%Y-%m-%d %H:%M") if st in "RC" else None
        ch = r.choices(["email", "chat", "phone"], weights=[5, 3, 2])[0]
        tickets.append((tid, cu[0], aid, r.choice(subjects[cat]), cat, pr, st, ch,
                        created.strftime("%Y-%m-%d %H:%M"), resolved))  # fmt: skip
        if aid is not None:
            t = created + dt.timedelta(
                minutes=r.randint(5, int(min(hrs * 60, 60 * sla[" LMHU".index(pr) - 1][2] * 1.6)))
            )
            end = done if st in "RC" else dt.datetime(2025, 6, 14, 22, 0)
            n = r.randint(1, 4)
            for k in range(n):
                if t > end:
                    break
                replies.append((len(replies) + 1, tid, "A", aid, t.strftime("%Y-%m-%d %H:%M"), r.randint(80, 1400)))
                t += dt.timedelta(minutes=r.randint(20, 900))
                if t <= end and k < n - 1:
                    replies.append((len(replies) + 1, tid, "C", None, t.strftime("%Y-%m-%d %H:%M"), r.randint(20, 600)))
                    t += dt.timedelta(minutes=r.randint(20, 900))
        if st in "RC" and r.random() < 0.5:
            base = 4 if hrs < sla[" LMHU".index(pr) - 1][3] else 2
            score = max(1, min(5, base + r.choice([-1, 0, 0, 1, 1]) - (1 if team == 3 else 0)))
            sub = done + dt.timedelta(hours=r.randint(1, 40))
            if sub >= dt.datetime(2025, 6, 15):
                sub = dt.datetime(2025, 6, 14, 23, 30)
            surveys.append((len(surveys) + 1, tid, score, sub.strftime("%Y-%m-%d %H:%M")))
    _ins(c, "tickets", tickets)
    _ins(c, "ticket_replies", replies)
    _ins(c, "csat_surveys", surveys)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return D(y, m, min(d.day, 28))


def build_billing(path: Path) -> None:
    """sales_reps, plans, accounts, subscriptions, invoices and payments."""
    r = random.Random(2703)
    c = _db(
        path,
        """
        CREATE TABLE sales_reps(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            region TEXT NOT NULL, hired_on TEXT);
        CREATE TABLE plans(id INTEGER PRIMARY KEY, name TEXT NOT NULL, monthly_price REAL NOT NULL,
            max_seats INTEGER);
        CREATE TABLE accounts(id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, industry TEXT, country TEXT,
            sales_rep_id INTEGER REFERENCES sales_reps(id), created_on TEXT NOT NULL);
        CREATE TABLE subscriptions(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id),
            plan_id INTEGER NOT NULL REFERENCES plans(id), status TEXT NOT NULL, billing_cycle TEXT NOT NULL,
            seats INTEGER NOT NULL, started_on TEXT NOT NULL, cancelled_on TEXT);
        CREATE TABLE invoices(id INTEGER PRIMARY KEY, subscription_id INTEGER NOT NULL REFERENCES subscriptions(id),
            invoice_number TEXT NOT NULL, issued_on TEXT NOT NULL, due_on TEXT NOT NULL, amount REAL NOT NULL,
            status TEXT NOT NULL);
        CREATE TABLE payments(id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            paid_on TEXT NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL);
    """,
    )
    reps = [
        (1, "Megan", "Cole", "NA-East", "2021-02-01"), (2, "Luis", "Ortega", "NA-West", "2021-09-13"),
        (3, "Priya", "Raman", "EMEA", "2022-01-10"), (4, "Tom", "Becker", "EMEA", "2022-07-18"),
        (5, "Grace", "Liu", "APAC", "2023-03-06"), (6, "Sam", "Okafor", "NA-East", "2023-11-20"),
    ]  # fmt: skip
    _ins(c, "sales_reps", reps)
    plans = [(1, "Starter", 29.0, 3), (2, "Team", 99.0, 15), (3, "Business", 299.0, 50), (4, "Enterprise", 899.0, None)]
    _ins(c, "plans", plans)
    words = ["Apex", "Brightline", "Crestview", "Dataloom", "Ember", "Foxglove", "Gridwise", "Halcyon", "Inkwell",
             "Jetstream", "Kindred", "Lattice", "Monarch", "Nimbus", "Oakmont", "Parallax", "Quillon", "Riverbend",
             "Sable", "Terrafirm", "Upland", "Vantage", "Westbrook", "Zenith"]  # fmt: skip
    tails = ["Analytics", "Clinic", "Studios", "Retail", "Capital"]
    industry_of = {"Analytics": "software", "Clinic": "healthcare", "Studios": "media", "Retail": "retail",
                   "Capital": "finance"}  # fmt: skip
    combos = [(w, t) for w in words for t in tails]
    r.shuffle(combos)
    region_countries = {"NA-East": ["US", "CA"], "NA-West": ["US"], "EMEA": ["UK", "DE", "FR", "NL"],
                        "APAC": ["AU", "SG", "JP"]}  # fmt: skip
    accounts = []
    for i in range(1, 91):
        w, t = combos[i - 1]
        rep = r.choice(reps)
        created = _day(r, max(D(2023, 1, 2), D.fromisoformat(rep[4])), D(2025, 6, 10))
        accounts.append((i, f"{w} {t}", industry_of[t], r.choice(region_countries[rep[3]]),
                         None if i % 17 == 0 else rep[0], created.isoformat()))  # fmt: skip
    _ins(c, "accounts", accounts)
    subs, invoices, payments = [], [], []
    for a in accounts:
        created = D.fromisoformat(a[5])
        plan = r.choices(plans, weights=[4, 5, 3, 1])[0]
        runs = [(plan, created)]
        if r.random() < 0.2 and created < D(2024, 9, 1):
            up = plans[min(3, plan[0])]
            runs.append((up, _day(r, created + dt.timedelta(days=90), D(2025, 5, 1))))
        for k, (pl, start) in enumerate(runs):
            sid = len(subs) + 1
            last = k == len(runs) - 1
            cycle = "Y" if (pl[0] >= 3 and r.random() < 0.5) or r.random() < 0.12 else "M"
            seats = r.randint(1, pl[3] or 120)
            if pl[3] is None:
                seats = r.randint(60, 150)
            if not last:
                status, cancelled = "C", runs[k + 1][1]
            else:
                roll = r.random()
                if (TODAY - start).days < 30:
                    status, cancelled = "T", None
                elif roll < 0.22 and start < D(2025, 3, 1):
                    status, cancelled = "C", _day(r, start + dt.timedelta(days=40), D(2025, 6, 10))
                elif roll < 0.3:
                    status, cancelled = "P", None
                else:
                    status, cancelled = "A", None
            subs.append((sid, a[0], pl[0], status, cycle, seats, start.isoformat(),
                         cancelled.isoformat() if cancelled else None))  # fmt: skip
            if status == "T":
                continue
            per = pl[2] * (12 * 0.85 if cycle == "Y" else 1)
            step = 12 if cycle == "Y" else 1
            end = cancelled or TODAY
            n = 0
            issue = start
            while issue < end:
                n += 1
                due = issue + dt.timedelta(days=30)
                inv_id = len(invoices) + 1
                amt = round(per, 2)
                if due < TODAY - dt.timedelta(days=5):
                    st = "V" if r.random() < 0.03 else "P"
                else:
                    st = "O" if r.random() < 0.6 else "P"
                if status == "P" and _add_months(issue, step) >= end:
                    st = "O"
                if st == "P":
                    pday = issue + dt.timedelta(days=r.choice([0, 1, 2, 5, 12, 25, 34, 41]))
                    if pday >= TODAY:
                        pday = TODAY - dt.timedelta(days=1)
                    meth = "wire" if pl[0] == 4 else r.choices(["card", "ach"], [4, 1])[0]
                    if r.random() < 0.06 and amt > 100:
                        half = round(amt / 2, 2)
                        payments.append((len(payments) + 1, inv_id, pday.isoformat(), half, meth))
                        p2 = min(pday + dt.timedelta(days=14), TODAY - dt.timedelta(days=1))
                        payments.append((len(payments) + 1, inv_id, p2.isoformat(), round(amt - half, 2), meth))
                    else:
                        payments.append((len(payments) + 1, inv_id, pday.isoformat(), amt, meth))
                invoices.append((inv_id, sid, f"INV-{issue.year}-{inv_id:05d}", issue.isoformat(), due.isoformat(),
                                 amt, st))  # fmt: skip
                issue = _add_months(start, n * step)
    _ins(c, "subscriptions", subs)
    _ins(c, "invoices", invoices)
    _ins(c, "payments", payments)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_delivery(path: Path) -> None:
    """depots, drivers, vehicles, clients, shipments, routes and route_stops."""
    r = random.Random(2704)
    c = _db(
        path,
        """
        CREATE TABLE depots(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, opened_on TEXT);
        CREATE TABLE drivers(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            depot_id INTEGER NOT NULL REFERENCES depots(id), hired_on TEXT, status TEXT NOT NULL);
        CREATE TABLE vehicles(id INTEGER PRIMARY KEY, plate TEXT NOT NULL, vehicle_type TEXT NOT NULL,
            capacity_kg INTEGER NOT NULL, model_year INTEGER, depot_id INTEGER NOT NULL REFERENCES depots(id));
        CREATE TABLE clients(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, is_contract INTEGER NOT NULL,
            joined_on TEXT);
        CREATE TABLE shipments(id INTEGER PRIMARY KEY, tracking_number TEXT NOT NULL,
            client_id INTEGER NOT NULL REFERENCES clients(id), depot_id INTEGER NOT NULL REFERENCES depots(id),
            dest_city TEXT NOT NULL, weight_kg REAL NOT NULL, service TEXT NOT NULL, status TEXT NOT NULL,
            created_on TEXT NOT NULL, delivered_on TEXT, price REAL NOT NULL);
        CREATE TABLE routes(id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL REFERENCES drivers(id),
            vehicle_id INTEGER NOT NULL REFERENCES vehicles(id), route_date TEXT NOT NULL, distance_km REAL);
        CREATE TABLE route_stops(id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES routes(id),
            shipment_id INTEGER NOT NULL REFERENCES shipments(id), stop_seq INTEGER NOT NULL, outcome TEXT NOT NULL);
    """,
    )
    depots = [(1, "Northgate Hub", "Manchester", "2015-04-01"), (2, "Riverside Depot", "Leeds", "2017-09-15"),
              (3, "Canal Street Depot", "Birmingham", "2018-02-01"), (4, "Docklands Hub", "London", "2014-06-30"),
              (5, "Westfield Depot", "Bristol", "2021-05-10"), (6, "Harbour Depot", "Liverpool", "2023-03-01")]  # fmt: skip
    _ins(c, "depots", depots)
    drivers = []
    for i, (g, f) in enumerate(_people(r, 34), 1):
        dep = (i - 1) % 6 + 1
        hired = _day(r, max(D(2019, 1, 1), D.fromisoformat(depots[dep - 1][3])), D(2025, 2, 1))
        st = "T" if i in (5, 13, 26) else ("L" if i in (9, 20) else "A")
        drivers.append((i, g, f, dep, hired.isoformat(), st))
    _ins(c, "drivers", drivers)
    vehicles = []
    for i in range(1, 29):
        vt = "van" if i <= 6 else r.choices(["van", "truck", "cargo_bike"], weights=[6, 2, 2])[0]
        cap = {"van": r.choice([800, 1000, 1200]), "truck": r.choice([3500, 7500]), "cargo_bike": 150}[vt]
        dep = (i - 1) % 6 + 1
        letters = "".join(r.choice("ABCDEFGHKLMNPRSTVWXY") for _ in range(3))
        vehicles.append((i, f"{['MA', 'LS', 'BM', 'LN', 'BS', 'LV'][dep - 1]}{r.randint(15, 74)} {letters}", vt, cap,
                         r.randint(2016, 2024), dep))  # fmt: skip
    _ins(c, "vehicles", vehicles)
    cities = [d[2] for d in depots] + ["Sheffield", "Nottingham", "Cardiff", "Glasgow", "Newcastle", "York"]
    cnames = ["Bramble & Co", "Copperleaf Tea", "Drift Surf Supply", "Elm Street Books", "Fernhill Pottery",
              "Glow Candles", "Hearth Bakery Supplies", "Indigo Prints", "Jolly Roger Toys", "Kestrel Outdoor",
              "Loom & Thread", "Maple Pharmacy", "Nettle Skincare", "Oxbow Electronics", "Pebble Pet Store",
              "Quayside Wines", "Rook Chess Shop", "Saffron Spices", "Thistle Garden Centre", "Umber Furniture",
              "Vellum Stationery", "Willow Baby", "Yarrow Health Foods", "Zest Kitchenware", "Atlas Auto Parts",
              "Beacon Lighting", "Cinder Coffee Roasters", "Dapper Menswear", "Echo Audio", "Flint Tools",
              "Gull Fishing Tackle", "Heron Home Decor", "Ivy Florists", "Juniper Gin Co", "Kite Sports",
              "Lark Music", "Moss Vintage", "Nomad Luggage", "Opal Jewellery", "Puffin Prints"]  # fmt: skip
    clients = [(i, n, r.choice(cities[:6]), 1 if r.random() < 0.4 else 0,
                _day(r, D(2022, 1, 1), D(2025, 1, 31)).isoformat()) for i, n in enumerate(cnames, 1)]  # fmt: skip
    _ins(c, "clients", clients)
    shipments = []
    for sid in range(1, 561):
        cl = r.choices(clients, weights=[4 if x[3] else 1 for x in clients])[0]
        dep = cities.index(cl[2]) + 1 if r.random() < 0.8 else r.randint(1, 6)
        if r.random() < 0.2:  # business has been growing: a busy spring 2025
            created = _day(r, max(D(2025, 4, 15), D.fromisoformat(cl[4])), D(2025, 6, 14))
        else:
            created = _day(r, max(D(2023, 3, 1), D.fromisoformat(cl[4])), D(2025, 6, 14))
        if created < D.fromisoformat(depots[dep - 1][3]):
            dep = 4
        svc = r.choices(["STD", "EXP", "SDY"], weights=[7, 3, 1])[0]
        w = round(r.choice([0.4, 0.8, 1.5, 2.5, 4.0, 7.5, 12.0, 20.0, 35.0]) * r.uniform(0.8, 1.2), 2)
        price = round({"STD": 4.5, "EXP": 9.0, "SDY": 18.0}[svc] + w * {"STD": 0.35, "EXP": 0.6, "SDY": 0.9}[svc], 2)
        dest = r.choice(cities)
        shipments.append([sid, f"TRK{2700000 + sid * 37}", cl[0], dep, dest, w, svc, None, created.isoformat(), None,
                          price])  # fmt: skip
    routes, stops = [], []
    by_dep_day: dict[tuple[int, str], int] = {}

    def route_for(dep: int, day: dt.date) -> int:
        key = (dep, day.isoformat())
        if key in by_dep_day:
            return by_dep_day[key]
        dpool = [d for d in drivers if d[3] == dep and d[4] <= day.isoformat()
                 and not (d[5] == "T" and day > D(2025, 1, 1))]  # fmt: skip
        if not dpool:
            dpool = [d for d in drivers if d[3] == dep]
        drv = r.choice(dpool)
        veh = r.choice([v for v in vehicles if v[5] == dep])
        rid = len(routes) + 1
        routes.append([rid, drv[0], veh[0], day.isoformat(), 0.0])
        by_dep_day[key] = rid
        return rid

    for s in shipments:
        created = D.fromisoformat(s[8])
        lag = {"STD": r.randint(2, 4), "EXP": 1, "SDY": 0}[s[6]]
        first = created + dt.timedelta(days=lag)
        if first >= TODAY:
            s[7] = "B" if created >= TODAY - dt.timedelta(days=1) else "T"
            continue
        day = first
        for _attempt in range(3):
            roll = r.random()
            outcome = "D" if roll < 0.82 else r.choices("NRA", weights=[5, 1, 2])[0]
            if day >= TODAY:
                s[7] = "T"
                break
            rid = route_for(s[3], day)
            stops.append([len(stops) + 1, rid, s[0], 0, outcome])
            if outcome == "D":
                s[7], s[9] = "D", day.isoformat()
                break
            if outcome == "R":
                s[7] = "R"
                break
            day = day + dt.timedelta(days=1)
        else:
            s[7] = "F"
    seqs: dict[int, int] = {}
    for st in stops:
        seqs[st[1]] = seqs.get(st[1], 0) + 1
        st[3] = seqs[st[1]]
    for rt in routes:
        rt[4] = round(18 + seqs.get(rt[0], 1) * r.uniform(6, 14), 1)
    _ins(c, "shipments", [tuple(s) for s in shipments])
    _ins(c, "routes", [tuple(x) for x in routes])
    _ins(c, "route_stops", [tuple(x) for x in stops])
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_pharmacy(path: Path) -> None:
    """wards, patients, physicians, pharmacists, drugs, prescriptions and dispensings."""
    r = random.Random(2705)
    c = _db(
        path,
        """
        CREATE TABLE wards(id INTEGER PRIMARY KEY, name TEXT NOT NULL, floor INTEGER, bed_count INTEGER);
        CREATE TABLE patients(id INTEGER PRIMARY KEY, mrn TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL,
            last_name TEXT NOT NULL, sex TEXT NOT NULL, birth_date TEXT NOT NULL,
            ward_id INTEGER NOT NULL REFERENCES wards(id), admitted_on TEXT NOT NULL, discharged_on TEXT);
        CREATE TABLE physicians(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            specialty TEXT NOT NULL);
        CREATE TABLE pharmacists(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            license_no TEXT NOT NULL, hired_on TEXT);
        CREATE TABLE drugs(id INTEGER PRIMARY KEY, generic_name TEXT NOT NULL, brand_name TEXT, form TEXT NOT NULL,
            strength TEXT, unit_cost REAL NOT NULL, is_controlled INTEGER NOT NULL, stock_qty INTEGER NOT NULL,
            reorder_level INTEGER NOT NULL);
        CREATE TABLE prescriptions(id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id),
            drug_id INTEGER NOT NULL REFERENCES drugs(id), physician_id INTEGER NOT NULL REFERENCES physicians(id),
            prescribed_on TEXT NOT NULL, route TEXT NOT NULL, frequency TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE dispensings(id INTEGER PRIMARY KEY, prescription_id INTEGER NOT NULL REFERENCES prescriptions(id),
            pharmacist_id INTEGER NOT NULL REFERENCES pharmacists(id), dispensed_at TEXT NOT NULL,
            quantity INTEGER NOT NULL);
    """,
    )
    wards = [(1, "Cardiology", 3, 28), (2, "Oncology", 4, 24), (3, "Intensive Care", 2, 12),
             (4, "Paediatrics", 5, 20), (5, "General Surgery", 3, 32), (6, "General Medicine", 1, 40)]  # fmt: skip
    _ins(c, "wards", wards)
    physicians = [
        (1, "Helen", "Marsh", "cardiology"), (2, "Arjun", "Mehta", "cardiology"), (3, "Clara", "Voss", "oncology"),
        (4, "Daniel", "Okoro", "oncology"), (5, "Ingrid", "Solberg", "critical care"),
        (6, "Miguel", "Serrano", "paediatrics"), (7, "Aisha", "Rahman", "paediatrics"),
        (8, "Peter", "Lang", "surgery"), (9, "Yuki", "Tanabe", "surgery"), (10, "Robert", "Finch", "internal medicine"),
        (11, "Leah", "Goldberg", "internal medicine"), (12, "Samuel", "Adeyemi", "internal medicine"),
    ]  # fmt: skip
    _ins(c, "physicians", physicians)
    ward_docs = {1: [1, 2], 2: [3, 4], 3: [5, 10], 4: [6, 7], 5: [8, 9], 6: [10, 11, 12]}
    pharmacists = [(1, "Nadia", "Kaur", "RPH-10442", "2016-08-01"), (2, "George", "Whitman", "RPH-11873", "2018-03-12"),
                   (3, "Lina", "Haddad", "RPH-12390", "2020-10-05"), (4, "Oliver", "Brooks", "RPH-13005", "2022-01-17"),
                   (5, "Mei", "Chen", "RPH-13561", "2023-06-26"), (6, "Tobias", "Reed", "RPH-14020", "2024-04-08")]  # fmt: skip
    _ins(c, "pharmacists", pharmacists)
    drugs = [
        ("amoxicillin", "Amoxil", "capsule", "500 mg", 0.35, 0), ("paracetamol", "Panadol", "tablet", "500 mg", 0.05, 0),
        ("ibuprofen", "Nurofen", "tablet", "400 mg", 0.08, 0), ("morphine sulfate", "MST Continus", "tablet", "10 mg", 0.9, 1),
        ("morphine sulfate", None, "injection", "10 mg/ml", 3.2, 1), ("oxycodone", "OxyContin", "tablet", "5 mg", 1.15, 1),
        ("fentanyl", "Durogesic", "patch", "25 mcg/h", 14.5, 1), ("heparin", None, "injection", "5000 units", 4.1, 0),
        ("enoxaparin", "Clexane", "injection", "40 mg", 6.8, 0), ("warfarin", "Coumadin", "tablet", "5 mg", 0.12, 0),
        ("atorvastatin", "Lipitor", "tablet", "40 mg", 0.22, 0), ("metoprolol", "Lopressor", "tablet", "50 mg", 0.18, 0),
        ("furosemide", "Lasix", "injection", "20 mg/2ml", 1.9, 0), ("amiodarone", "Cordarone", "tablet", "200 mg", 0.65, 0),
        ("ceftriaxone", "Rocephin", "injection", "1 g", 7.4, 0), ("vancomycin", None, "infusion", "1 g", 18.9, 0),
        ("piperacillin-tazobactam", "Tazocin", "infusion", "4.5 g", 22.0, 0), ("ondansetron", "Zofran", "injection", "4 mg", 2.3, 0),
        ("ondansetron", "Zofran", "tablet", "8 mg", 0.95, 0), ("dexamethasone", None, "tablet", "4 mg", 0.4, 0),
        ("cisplatin", None, "infusion", "50 mg", 95.0, 0), ("carboplatin", "Paraplatin", "infusion", "450 mg", 140.0, 0),
        ("pembrolizumab", "Keytruda", "infusion", "100 mg", 2950.0, 0), ("insulin glargine", "Lantus", "injection", "100 units/ml", 21.5, 0),
        ("insulin aspart", "NovoRapid", "injection", "100 units/ml", 17.0, 0), ("metformin", "Glucophage", "tablet", "500 mg", 0.06, 0),
        ("omeprazole", "Losec", "capsule", "20 mg", 0.1, 0), ("pantoprazole", "Protonix", "injection", "40 mg", 5.6, 0),
        ("salbutamol", "Ventolin", "syrup", "2 mg/5ml", 3.4, 0), ("amoxicillin", "Amoxil", "syrup", "250 mg/5ml", 2.8, 0),
        ("midazolam", "Hypnovel", "injection", "5 mg/ml", 2.6, 1), ("lorazepam", "Ativan", "tablet", "1 mg", 0.3, 1),
        ("propofol", "Diprivan", "infusion", "10 mg/ml", 12.5, 0), ("noradrenaline", None, "infusion", "4 mg/4ml", 9.75, 0),
        ("potassium chloride", None, "infusion", "20 mmol", 1.4, 0), ("sodium chloride 0.9%", None, "infusion", "1000 ml", 1.1, 0),
        ("tramadol", "Zydol", "capsule", "50 mg", 0.25, 1), ("prednisolone", None, "tablet", "5 mg", 0.07, 0),
        ("naloxone", "Narcan", "injection", "400 mcg/ml", 6.2, 0), ("alteplase", "Actilyse", "infusion", "50 mg", 610.0, 0),
        ("methadone", None, "syrup", "1 mg/ml", 0.45, 1),
    ]  # fmt: skip
    drug_rows = []
    for i, (g, b, form, s, cost, ctrl) in enumerate(drugs, 1):
        reorder = r.choice([20, 50, 100, 200])
        stock = r.randint(0, reorder * 4)
        if i in (7, 16, 23, 31, 35):
            stock = r.randint(0, reorder - 1)
        drug_rows.append((i, g, b, form, s, cost, ctrl, stock, reorder))
    _ins(c, "drugs", drug_rows)
    ward_drugs = {
        1: [2, 8, 9, 10, 11, 12, 13, 14, 27, 35, 36], 2: [2, 4, 5, 6, 7, 18, 19, 20, 21, 22, 23, 27, 36],
        3: [5, 8, 13, 15, 16, 17, 28, 31, 33, 34, 35, 36], 4: [1, 2, 3, 29, 30, 19, 36, 38],
        5: [2, 3, 4, 5, 6, 9, 15, 18, 28, 37, 36, 26], 6: [1, 2, 3, 9, 10, 11, 15, 24, 25, 26, 27, 32, 36, 37, 38],
    }  # fmt: skip
    patients = []
    for i, (g, f) in enumerate(_people(r, 220), 1):
        ward = r.choices([1, 2, 3, 4, 5, 6], weights=[4, 3, 2, 3, 4, 6])[0]
        born = _day(r, D(2009, 1, 1), D(2024, 6, 1)) if ward == 4 else _day(r, D(1935, 1, 1), D(2005, 1, 1))
        recent = r.random() < 0.2  # the current census: recent admissions
        adm = _day(r, D(2025, 5, 1), D(2025, 6, 14)) if recent else _day(r, D(2023, 1, 5), D(2025, 6, 14))
        los = r.choice([1, 2, 3, 4, 5, 7, 9, 14, 21])
        dis = adm + dt.timedelta(days=los)
        patients.append((i, f"MRN{480000 + i * 13}", g, f, r.choice("FM"), born.isoformat(), ward, adm.isoformat(),
                         dis.isoformat() if dis < TODAY else None))  # fmt: skip
    _ins(c, "patients", patients)
    rx, disp = [], []
    freq_route = {"tablet": "PO", "capsule": "PO", "syrup": "PO", "patch": "TOP", "infusion": "IV"}
    for p in patients:
        adm = D.fromisoformat(p[7])
        end = D.fromisoformat(p[8]) if p[8] else TODAY - dt.timedelta(days=1)
        for _ in range(r.randint(1, 4)):
            dg = drug_rows[r.choice(ward_drugs[p[6]]) - 1]
            when = _day(r, adm, min(end, adm + dt.timedelta(days=6)))
            route = freq_route.get(dg[3]) or r.choice(["IV", "IV", "IM", "SC"])
            freq = r.choices(["QD", "BID", "TID", "Q6H", "PRN"], weights=[5, 4, 2, 1, 2])[0]
            st = r.choices("AHD", weights=[8, 1, 1])[0] if p[8] is None else r.choices("CD", weights=[6, 1])[0]
            rid = len(rx) + 1
            rx.append((rid, p[0], dg[0], r.choice(ward_docs[p[6]]), when.isoformat(), route, freq, st))
            if st == "H" and r.random() < 0.5:
                continue
            n = 1 + min(3, (end - when).days // 2)
            day = when
            for _k in range(n):
                ph = r.choices(pharmacists, weights=[3, 3, 3, 3, 2, 2])[0]
                if ph[4] > day.isoformat():
                    ph = pharmacists[0]
                qty = {"QD": 1, "BID": 2, "TID": 3, "Q6H": 4, "PRN": r.randint(1, 4)}[freq] * r.choice([1, 2, 3])
                if dg[3] in ("infusion", "patch"):
                    qty = r.randint(1, 3)
                disp.append((len(disp) + 1, rid, ph[0], f"{day.isoformat()} {r.randint(6, 21):02d}:{r.randint(0, 59):02d}",
                             qty))  # fmt: skip
                day = day + dt.timedelta(days=r.randint(1, 3))
                if day > end:
                    break
    _ins(c, "prescriptions", rx)
    _ins(c, "dispensings", disp)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_realty(path: Path) -> None:
    """offices, agents, clients, properties, viewings, offers and sales."""
    r = random.Random(2706)
    c = _db(
        path,
        """
        CREATE TABLE offices(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, phone TEXT);
        CREATE TABLE agents(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            office_id INTEGER NOT NULL REFERENCES offices(id), hired_on TEXT, commission_rate REAL NOT NULL);
        CREATE TABLE clients(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT,
            phone TEXT, client_type TEXT NOT NULL, registered_on TEXT);
        CREATE TABLE properties(id INTEGER PRIMARY KEY, address TEXT NOT NULL, city TEXT NOT NULL,
            property_type TEXT NOT NULL, bedrooms INTEGER, bathrooms REAL, sqft INTEGER, list_price REAL NOT NULL,
            listed_on TEXT NOT NULL, agent_id INTEGER NOT NULL REFERENCES agents(id),
            seller_client_id INTEGER REFERENCES clients(id), status TEXT NOT NULL);
        CREATE TABLE viewings(id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties(id),
            client_id INTEGER NOT NULL REFERENCES clients(id), agent_id INTEGER NOT NULL REFERENCES agents(id),
            viewed_on TEXT NOT NULL, interest_level INTEGER);
        CREATE TABLE offers(id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties(id),
            client_id INTEGER NOT NULL REFERENCES clients(id), amount REAL NOT NULL, offered_on TEXT NOT NULL,
            status TEXT NOT NULL);
        CREATE TABLE sales(id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL UNIQUE REFERENCES properties(id),
            buyer_client_id INTEGER NOT NULL REFERENCES clients(id), agent_id INTEGER NOT NULL REFERENCES agents(id),
            sale_price REAL NOT NULL, closed_on TEXT NOT NULL);
    """,
    )
    offices = [(1, "Downtown", "Denver", "303-555-0140"), (2, "Cherry Creek", "Denver", "303-555-0188"),
               (3, "Boulder Central", "Boulder", "303-555-0412"), (4, "Old Town", "Fort Collins", "970-555-0105")]  # fmt: skip
    _ins(c, "offices", offices)
    agents = []
    for i, (g, f) in enumerate(_people(r, 18), 1):
        agents.append((i, g, f, (i - 1) % 4 + 1, _day(r, D(2016, 1, 1), D(2024, 8, 1)).isoformat(),
                       r.choice([0.025, 0.025, 0.03, 0.03, 0.035])))  # fmt: skip
    _ins(c, "agents", agents)
    clients = []
    for i, (g, f) in enumerate(_people(random.Random(27061), 170), 1):
        ctype = r.choices("BSL", weights=[6, 3, 1])[0]
        clients.append((i, g, f, None if i % 9 == 0 else _mail(g, f, "mailbox.net", i),
                        None if i % 6 == 0 else f"720-555-{1000 + i * 29 % 9000:04d}", ctype,
                        _day(r, D(2023, 1, 1), D(2025, 5, 31)).isoformat()))  # fmt: skip
    _ins(c, "clients", clients)
    buyers = [x for x in clients if x[5] == "B"]
    sellers = [x for x in clients if x[5] in "SL"]
    streets = ["Maple St", "Oak Ave", "Pine Ct", "Aspen Way", "Elm Dr", "Juniper Ln", "Cedar Blvd", "Willow Rd",
               "Spruce St", "Birch Pl", "Larkspur Dr", "Columbine Ave", "Pearl St", "Walnut St", "Canyon Blvd"]  # fmt: skip
    office_city = {1: "Denver", 2: "Denver", 3: "Boulder", 4: "Fort Collins"}
    props, views, offers, sales = [], [], [], []
    for pid in range(1, 131):
        ag = r.choice(agents)
        city = office_city[ag[3]] if r.random() < 0.85 else r.choice(["Denver", "Boulder", "Fort Collins", "Lakewood"])
        ptype = r.choices(["house", "condo", "townhouse", "land"], weights=[5, 3, 2, 1])[0]
        beds = None if ptype == "land" else r.choice({"house": [3, 3, 4, 4, 5], "condo": [1, 2, 2, 3],
                                                      "townhouse": [2, 3, 3, 4]}[ptype])  # fmt: skip
        baths = None if ptype == "land" else r.choice([1, 1.5, 2, 2.5, 3]) if beds < 4 else r.choice([2.5, 3, 3.5])
        sqft = r.randint(4000, 40000) if ptype == "land" else beds * r.randint(380, 620) + r.randint(0, 400)
        city_mult = {"Denver": 1.0, "Boulder": 1.35, "Fort Collins": 0.85, "Lakewood": 0.9}[city]
        if ptype == "land":
            price = round(r.randint(150, 600) * 1000 * city_mult, -3)
        else:
            price = round(sqft * r.uniform(260, 420) * city_mult, -3)
        listed = _day(r, D(2023, 1, 3), D(2025, 6, 5))
        seller = r.choice(sellers)
        age = (TODAY - listed).days
        st = "A" if age < 25 else r.choices("ASUW", weights=[2, 7, 1, 1] if age > 120 else [4, 3, 3, 1])[0]
        props.append((pid, f"{r.randint(100, 9899)} {r.choice(streets)}", city, ptype, beds, baths, sqft, float(price),
                      listed.isoformat(), ag[0], seller[0], st))  # fmt: skip
        nview = r.randint(0, 6) if st != "W" else r.randint(0, 2)
        vdays = sorted(_day(r, listed + dt.timedelta(days=1), min(TODAY - dt.timedelta(days=1),
                                                                      listed + dt.timedelta(days=90))) for _ in range(nview))  # fmt: skip
        viewers = []
        for vd in vdays:
            b = r.choice(buyers)
            viewers.append(b)
            vag = ag[0] if r.random() < 0.7 else r.choice([a for a in agents if a[3] == ag[3]])[0]
            views.append((len(views) + 1, pid, b[0], vag, vd.isoformat(), r.randint(1, 5)))
        if st in "SU" or (st == "A" and r.random() < 0.4):
            k = r.randint(1, 3)
            odays = sorted(_day(r, listed + dt.timedelta(days=3), min(TODAY - dt.timedelta(days=1),
                                                                         listed + dt.timedelta(days=100))) for _ in range(k))  # fmt: skip
            for j, od in enumerate(odays):
                b = r.choice(viewers) if viewers and r.random() < 0.7 else r.choice(buyers)
                amt = round(price * r.uniform(0.9, 1.04), -3)
                last = j == len(odays) - 1
                if st in "SU" and last:
                    ost = "AC"
                elif st == "A" and last:
                    ost = r.choice(["PN", "RJ"])
                else:
                    ost = r.choices(["RJ", "WD"], weights=[3, 1])[0]
                offers.append((len(offers) + 1, pid, b[0], float(amt), od.isoformat(), ost))
                if st == "S" and last:
                    close = od + dt.timedelta(days=r.randint(21, 45))
                    if close >= TODAY:
                        close = TODAY - dt.timedelta(days=1)
                    sag = ag[0] if r.random() < 0.6 else r.choice(agents)[0]
                    sales.append((len(sales) + 1, pid, b[0], sag, float(amt), close.isoformat()))
    _ins(c, "properties", props)
    _ins(c, "viewings", views)
    _ins(c, "offers", offers)
    _ins(c, "sales", sales)
    _done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "shop": build_shop,
    "helpdesk": build_helpdesk,
    "billing": build_billing,
    "delivery": build_delivery,
    "pharmacy": build_pharmacy,
    "realty": build_realty,
}
