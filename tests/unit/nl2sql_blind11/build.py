"""Deterministic SQLite databases for an eleventh blind NL→SQL evaluation.

Six schemas, each named the way a well-known ORM or product generates it:

* ``lending``: a Django project with a ``library`` app and Django's own ``auth_user`` (``username``,
  ``first_name``, ``last_name``, ``is_staff``, ``is_active`` 0/1, ``date_joined``).  App-prefixed tables
  ``library_branch``, ``library_genre``, ``library_author``, ``library_book`` (``genre_id``, ``branch_id``),
  the many-to-many table ``library_book_authors`` (``id``, ``book_id``, ``author_id``) and ``library_loan``
  (``borrower_id`` -> ``auth_user``, a NULL ``returned_on`` while the book is still out, a NULL
  ``fine_amount`` when no fine was charged).
* ``tracker``: a Rails/ActiveRecord issue tracker: plural tables ``users``, ``projects``, ``issues``,
  ``labels``, the join model ``issue_labels``, polymorphic ``comments`` (``commentable_type`` 'Issue' or
  'Project' with ``commentable_id``), ``created_at``/``updated_at`` everywhere, a ``closed_at`` set only once an issue is closed, string enums (issue
  ``status`` open/in_progress/resolved/closed, ``priority`` low/medium/high/critical, project ``status``
  active/archived), and Rails' bookkeeping table ``schema_migrations``.
* ``partsdist``: a Northwind-style spare-parts distributor for farm machinery: PascalCase ``Categories``,
  ``Suppliers``, ``Products`` (``UnitsInStock``, ``ReorderLevel``, ``Discontinued`` 0/1), ``Customers`` (a
  five-letter text ``CustomerID``), ``Employees`` with a ``ReportsTo`` self-reference, ``Shippers``, ``Orders``
  (``ShipVia`` -> ``Shippers``, a NULL ``ShippedDate`` while not shipped) and ``OrderDetails`` (``UnitPrice``,
  ``Quantity``, ``Discount`` as a fraction such as 0.05).
* ``blog``: WordPress tables: ``wp_users`` (``user_login``, ``display_name``, ``user_registered``),
  ``wp_posts`` (``post_author``, ``post_title``, ``post_status`` publish/draft/pending/trash, ``post_date``,
  a denormalised ``comment_count`` of approved comments), ``wp_comments`` (``comment_post_ID``,
  ``comment_approved`` '1' approved / '0' awaiting moderation / 'spam', ``comment_parent`` 0 for a top-level
  comment, ``user_id`` 0 for a guest), and the taxonomy trio ``wp_terms``, ``wp_term_taxonomy`` (``taxonomy``
  'category' or 'post_tag') and ``wp_term_relationships`` (``object_id`` = post ID).
* ``support``: long descriptive snake_case names for a customer-support desk: ``support_team``,
  ``support_agent_profile`` (a ``team_lead_agent_profile_id`` self-reference, NULL for the leads),
  ``customer_account``, ``customer_support_ticket`` (``ticket_current_status``
  new/open/pending_customer/resolved/closed, ``ticket_first_response_duration_minutes``,
  ``customer_satisfaction_score`` 1-5 or NULL when not rated), ``ticket_status_change_event`` (recorded for
  tickets opened since 2024-10-01), ``support_ticket_tag`` and the link table
  ``customer_support_ticket_tag_assignment``.
* ``fleetcare``: Java/Hibernate naming with a ``t_`` prefix, ``id`` keys, ``<entity>_id`` foreign keys,
  an optimistic-locking ``version`` column and upper-case ``EnumType.STRING`` values: ``t_depot``,
  ``t_vehicle`` (``vehicle_type`` VAN/TRUCK/CAR, ``active`` 0/1), ``t_driver``, ``t_part``,
  ``t_maintenance_order`` (``order_type`` SERVICE/REPAIR/INSPECTION/TYRES, ``status``
  OPEN/IN_PROGRESS/COMPLETED/CANCELLED, a NULL ``completed_on`` until done), the entity link table
  ``t_maintenance_order_part`` (``quantity``) and ``t_fuel_transaction``.

Dates are ISO text, around 2023-2025 (the tests' today is 2025-06-15).  The questions in
``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests that must be refused) were written
against these schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

GIVEN = ["Aurelia", "Benedikt", "Cosima", "Desmond", "Evangeline", "Fergus", "Giselle", "Horatio", "Isolde",
         "Jasper", "Kalinda", "Lysander", "Marisol", "Niamh", "Oswin", "Philippa", "Quentin", "Rhiannon",
         "Severin", "Thea", "Ulrich", "Vesna", "Wendell", "Zofia"]
FAMILY = ["Ashcombe", "Blackwood", "Carrington", "Delacroix", "Esterhazy", "Fitzroy", "Galbraith", "Holloway",
          "Ingleby", "Jablonski", "Kettering", "Lindqvist", "Montague", "Nakamura", "Oyelaran", "Prendergast",
          "Quartermaine", "Rutherford", "Strickland", "Tennant", "Urquhart", "Villeneuve", "Wainwright", "Zielinski"]
D = dt.date
END = D(2025, 6, 14)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _ts(r: random.Random, d: dt.date) -> str:
    return f"{d.isoformat()} {r.randrange(7, 20):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_lending(path: Path) -> None:
    """Django: auth_user plus the library app (branch, genre, author, book, book_authors, loan)."""
    r = random.Random(1101)
    c = _db(path, """
        CREATE TABLE auth_user(id INTEGER PRIMARY KEY AUTOINCREMENT, password VARCHAR(128) NOT NULL,
            last_login DATETIME NULL, is_superuser BOOL NOT NULL, username VARCHAR(150) NOT NULL UNIQUE,
            first_name VARCHAR(150) NOT NULL, last_name VARCHAR(150) NOT NULL, email VARCHAR(254) NOT NULL,
            is_staff BOOL NOT NULL, is_active BOOL NOT NULL, date_joined DATETIME NOT NULL);
        CREATE TABLE library_branch(id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL,
            city VARCHAR(60) NOT NULL, opened_on DATE NOT NULL);
        CREATE TABLE library_genre(id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(60) NOT NULL);
        CREATE TABLE library_author(id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(120) NOT NULL,
            birth_year INTEGER NULL, nationality VARCHAR(60) NULL);
        CREATE TABLE library_book(id INTEGER PRIMARY KEY AUTOINCREMENT, title VARCHAR(200) NOT NULL,
            isbn VARCHAR(13) NOT NULL, published_year INTEGER NULL, pages INTEGER NULL,
            genre_id BIGINT NOT NULL REFERENCES library_genre(id),
            branch_id BIGINT NOT NULL REFERENCES library_branch(id), added_on DATE NOT NULL);
        CREATE TABLE library_book_authors(id INTEGER PRIMARY KEY AUTOINCREMENT,
            book_id BIGINT NOT NULL REFERENCES library_book(id),
            author_id BIGINT NOT NULL REFERENCES library_author(id));
        CREATE TABLE library_loan(id INTEGER PRIMARY KEY AUTOINCREMENT, loaned_on DATE NOT NULL,
            due_on DATE NOT NULL, returned_on DATE NULL, fine_amount DECIMAL NULL,
            book_id BIGINT NOT NULL REFERENCES library_book(id),
            borrower_id INTEGER NOT NULL REFERENCES auth_user(id));
    """)
    users = []
    for uid, (g, f) in enumerate(_people(r, 60), start=1):
        joined = _day(r, D(2022, 3, 1), 1200) if uid > 4 else _day(r, D(2021, 1, 10), 300)
        login = None if uid % 9 == 0 else _ts(r, min(END, joined + dt.timedelta(days=r.randrange(5, 400))))
        users.append((uid, f"pbkdf2_sha256$600000${r.getrandbits(40):x}", login, 1 if uid == 1 else 0,
                      f"{g[0].lower()}{f.lower()}", g, f, f"{g.lower()}.{f.lower()}@example.org",
                      1 if uid <= 4 else 0, 0 if uid % 11 == 0 else 1, _ts(r, joined)))
    _ins(c, "auth_user", users)
    branches = [(1, "Central Library", "Bristol", "1998-05-01"), (2, "Clifton Branch", "Bristol", "2006-09-12"),
                (3, "Bedminster Branch", "Bristol", "2014-03-03"), (4, "Widcombe Branch", "Bath", "2021-11-20")]
    _ins(c, "library_branch", branches)
    genres = ["Fiction", "Mystery", "Science Fiction", "History", "Biography", "Children", "Poetry", "Science"]
    _ins(c, "library_genre", [(i, g) for i, g in enumerate(genres, start=1)])
    nats = ["British", "Irish", "American", "Nigerian", "Canadian", "Indian", None, "Australian", "French", None]
    authors = [(i, f"{g} {f}", r.randrange(1880, 1990) if i % 7 else None, nats[i % 10])
               for i, (g, f) in enumerate(_people(r, 30), start=1)]
    _ins(c, "library_author", authors)
    adj = ["Silent", "Hidden", "Broken", "Golden", "Winter", "Midnight", "Northern", "Paper", "Glass", "Iron",
           "Salt", "Copper"]
    noun = ["Harbour", "Garden", "Orchard", "Lighthouse", "Archive", "Compass", "River", "Lantern", "Meridian",
            "Atlas"]
    titles = [f"The {a} {n}" for a in adj for n in noun]
    r.shuffle(titles)
    books, links = [], []
    for bid, title in enumerate(titles, start=1):
        year = r.randrange(1890, 2025) if bid % 13 else None
        pages = r.randrange(90, 720) if bid % 17 else None
        genre = r.choice([1, 1, 1, 2, 2, 3, 4, 5, 6, 6, 7, 8])
        books.append((bid, title, f"978{r.randrange(10**9, 10**10)}", year, pages, genre,
                      r.choice([1, 1, 1, 2, 2, 3, 3, 4]), _day(r, D(2023, 1, 2), 890).isoformat()))
        first = r.randrange(1, 28)
        links.append((len(links) + 1, bid, first))
        if bid % 5 == 0:
            links.append((len(links) + 1, bid, (first % 27) + 1))
    _ins(c, "library_book", books)
    _ins(c, "library_book_authors", links)
    never = {12, 27, 41, 58}
    borrowers = [u[0] for u in users if u[0] > 4 and u[0] not in never]
    popular = [b[0] for b in books]
    weights = [6 if b % 23 == 0 else 3 if b % 7 == 0 else 1 for b in popular]
    loans, out = [], set()
    for lid in range(1, 401):
        loaned = _day(r, D(2023, 1, 5), 891)
        due = loaned + dt.timedelta(days=21)
        back: dt.date | None = loaned + dt.timedelta(days=r.randrange(3, 36))
        if back is not None and (back > END or r.random() < 0.04):
            back = None
        fine = round(0.25 * (back - due).days, 2) if back is not None and back > due else None
        book = r.choices(popular, weights)[0]
        while back is None and book in out:  # a copy is out at most once at a time
            book = r.choice(popular)
        if back is None:
            out.add(book)
        loans.append((lid, loaned.isoformat(), due.isoformat(), back.isoformat() if back else None, fine, book,
                      r.choice(borrowers)))
    _ins(c, "library_loan", loans)
    _done(c)


def build_tracker(path: Path) -> None:
    """Rails: users, projects, issues, polymorphic comments, labels, issue_labels, schema_migrations."""
    r = random.Random(1102)
    c = _db(path, """
        CREATE TABLE schema_migrations(version varchar NOT NULL PRIMARY KEY);
        CREATE TABLE users(id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar NOT NULL,
            email varchar NOT NULL, role varchar DEFAULT 'developer' NOT NULL, created_at datetime(6) NOT NULL,
            updated_at datetime(6) NOT NULL);
        CREATE TABLE projects(id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar NOT NULL,
            description text, status varchar DEFAULT 'active' NOT NULL,
            owner_id integer NOT NULL REFERENCES users(id), created_at datetime(6) NOT NULL,
            updated_at datetime(6) NOT NULL);
        CREATE TABLE issues(id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
            project_id integer NOT NULL REFERENCES projects(id), author_id integer NOT NULL REFERENCES users(id),
            assignee_id integer REFERENCES users(id), title varchar NOT NULL,
            status varchar DEFAULT 'open' NOT NULL, priority varchar DEFAULT 'medium' NOT NULL,
            estimate_hours decimal(6,1), closed_at datetime(6), created_at datetime(6) NOT NULL,
            updated_at datetime(6) NOT NULL);
        CREATE TABLE comments(id integer PRIMARY KEY AUTOINCREMENT NOT NULL, commentable_type varchar NOT NULL,
            commentable_id integer NOT NULL, user_id integer NOT NULL REFERENCES users(id), body text,
            created_at datetime(6) NOT NULL, updated_at datetime(6) NOT NULL);
        CREATE TABLE labels(id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar NOT NULL,
            color varchar, created_at datetime(6) NOT NULL, updated_at datetime(6) NOT NULL);
        CREATE TABLE issue_labels(id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
            issue_id integer NOT NULL REFERENCES issues(id), label_id integer NOT NULL REFERENCES labels(id),
            created_at datetime(6) NOT NULL, updated_at datetime(6) NOT NULL);
    """)
    _ins(c, "schema_migrations", [(f"2023{m:02d}{d:02d}1{m}{d}30{k}",) for k, (m, d) in
                                  enumerate([(1, 4), (1, 19), (2, 7), (3, 14), (4, 2), (5, 21), (6, 30), (8, 8),
                                             (9, 12), (10, 3), (11, 17), (12, 1)])])
    roles = ["admin", "developer", "developer", "developer", "reporter", "developer", "reporter", "developer"]
    users = []
    for uid, (g, f) in enumerate(_people(r, 26), start=1):
        made = _day(r, D(2023, 1, 9), 880)
        users.append((uid, f"{g} {f}", f"{g.lower()}@acme.io", roles[uid % 8], _ts(r, made),
                      _ts(r, min(END, made + dt.timedelta(days=r.randrange(0, 200))))))
    _ins(c, "users", users)
    devs = [u[0] for u in users if u[3] == "developer"]
    pnames = [("Payments", "active"), ("Mobile App", "active"), ("Data Pipeline", "active"),
              ("Customer Portal", "active"), ("Search", "active"), ("Billing Migration", "archived"),
              ("Internal Tools", "active"), ("Legacy CRM", "archived"), ("Onboarding Revamp", "active")]
    projects = []
    for pid, (name, status) in enumerate(pnames, start=1):
        made = _day(r, D(2023, 1, 15), 300)
        projects.append((pid, name, f"{name} work stream" if pid % 3 else None, status,
                         r.choice([u[0] for u in users if u[3] in ("admin", "developer")]), _ts(r, made),
                         _ts(r, made + dt.timedelta(days=r.randrange(30, 500)))))
    _ins(c, "projects", projects)
    verbs = ["Fix", "Add", "Refactor", "Investigate", "Remove", "Update", "Document"]
    objs = ["login redirect loop", "CSV export", "rate limiter", "webhook retries", "dark mode", "invoice PDF",
            "search indexing", "password reset email", "session timeout", "audit log", "push notifications",
            "currency rounding", "refund flow", "API pagination", "image uploads", "onboarding checklist",
            "SSO with Okta", "error banner", "sitemap", "cache invalidation", "timezone handling", "report filters",
            "2FA enrolment", "bulk delete", "feature flags", "user avatars", "mobile layout", "slow dashboard",
            "stale cron job", "Stripe webhooks", "tax calculation", "address autocomplete", "email templates",
            "access tokens", "retry queue", "health check", "data retention job", "SQL migrations",
            "locale fallbacks", "accessibility labels", "invite links", "billing portal", "search ranking",
            "deep links", "crash on startup"]
    titles = [f"{v} {o}" for v in verbs for o in objs]
    r.shuffle(titles)
    issues = []
    pweights = [9, 7, 6, 5, 4, 3, 2, 0, 0]
    for iid in range(1, 301):
        made = _day(r, D(2023, 3, 1), 832)
        pid = r.choices(range(1, 10), pweights)[0]
        status = r.choice(["open", "open", "in_progress", "resolved", "closed", "closed", "closed"])
        closed = None
        if status in ("resolved", "closed"):
            cd = made + dt.timedelta(days=r.randrange(1, 90))
            if cd > END:
                status = "in_progress"
            elif status == "closed":
                closed = _ts(r, cd)
        assignee = None if iid % 8 == 0 else r.choice(devs)
        issues.append((iid, pid, r.choice([u[0] for u in users]), assignee, titles[iid - 1], status,
                       r.choice(["low", "medium", "medium", "high", "high", "critical"]),
                       r.choice([1.0, 2.0, 3.0, 4.5, 6.0, 8.0, 13.0, None]), closed, _ts(r, made),
                       closed or _ts(r, min(END, made + dt.timedelta(days=r.randrange(0, 40))))))
    _ins(c, "issues", issues)
    comments = []
    bodies = ["Can reproduce on staging.", "LGTM", "Needs a test.", "Blocked by the API change.",
              "Deployed to production.", "Any update on this?", "Added logs.", "Won't fix for now.", None]
    for cid in range(1, 351):
        if cid % 7 == 0:
            pid = r.choice([1, 2, 3, 4, 5, 6, 7, 9])
            made = D(2024, 1, 2) + dt.timedelta(days=r.randrange(520))
            comments.append((cid, "Project", pid, r.choice(users)[0], r.choice(bodies), _ts(r, made),
                             _ts(r, made)))
        else:
            it = r.choice(issues[:260])
            made = min(END, D.fromisoformat(it[9][:10]) + dt.timedelta(days=r.randrange(0, 30)))
            comments.append((cid, "Issue", it[0], r.choice(users)[0], r.choice(bodies), _ts(r, made),
                             _ts(r, made)))
    _ins(c, "comments", comments)
    labels = [(1, "bug", "#d73a4a"), (2, "feature", "#a2eeef"), (3, "ui", "#fbca04"), (4, "backend", "#0e8a16"),
              (5, "security", "#b60205"), (6, "performance", "#5319e7"), (7, "docs", "#0075ca"),
              (8, "tech-debt", "#cccccc")]
    _ins(c, "labels", [(i, n, col, "2023-02-01 09:00:00", "2023-02-01 09:00:00") for i, n, col in labels])
    links = []
    for it in issues:
        k = r.choice([0, 1, 1, 1, 2, 2, 3])
        for lab in sorted(r.sample(range(1, 9), k) if it[0] % 3 else r.sample([1, 1, 4, 5], 1) * min(k, 1)):
            links.append((len(links) + 1, it[0], lab, it[9], it[9]))
    _ins(c, "issue_labels", links)
    _done(c)


def build_partsdist(path: Path) -> None:
    """Northwind-style spare-parts distributor for farm machinery."""
    r = random.Random(1103)
    c = _db(path, """
        CREATE TABLE Categories(CategoryID INTEGER PRIMARY KEY, CategoryName TEXT NOT NULL, Description TEXT);
        CREATE TABLE Suppliers(SupplierID INTEGER PRIMARY KEY, CompanyName TEXT NOT NULL, ContactName TEXT,
            City TEXT, Country TEXT, Phone TEXT);
        CREATE TABLE Products(ProductID INTEGER PRIMARY KEY, ProductName TEXT NOT NULL,
            SupplierID INTEGER REFERENCES Suppliers(SupplierID), CategoryID INTEGER REFERENCES Categories(CategoryID),
            QuantityPerUnit TEXT, UnitPrice REAL, UnitsInStock INTEGER, ReorderLevel INTEGER,
            Discontinued INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE Customers(CustomerID TEXT PRIMARY KEY, CompanyName TEXT NOT NULL, ContactName TEXT,
            City TEXT, Country TEXT, Phone TEXT);
        CREATE TABLE Employees(EmployeeID INTEGER PRIMARY KEY, LastName TEXT NOT NULL, FirstName TEXT NOT NULL,
            Title TEXT, HireDate TEXT, City TEXT, ReportsTo INTEGER REFERENCES Employees(EmployeeID));
        CREATE TABLE Shippers(ShipperID INTEGER PRIMARY KEY, CompanyName TEXT NOT NULL, Phone TEXT);
        CREATE TABLE Orders(OrderID INTEGER PRIMARY KEY, CustomerID TEXT REFERENCES Customers(CustomerID),
            EmployeeID INTEGER REFERENCES Employees(EmployeeID), OrderDate TEXT, RequiredDate TEXT,
            ShippedDate TEXT, ShipVia INTEGER REFERENCES Shippers(ShipperID), Freight REAL, ShipCity TEXT,
            ShipCountry TEXT);
        CREATE TABLE OrderDetails(OrderID INTEGER NOT NULL REFERENCES Orders(OrderID),
            ProductID INTEGER NOT NULL REFERENCES Products(ProductID), UnitPrice REAL NOT NULL,
            Quantity INTEGER NOT NULL, Discount REAL NOT NULL DEFAULT 0, PRIMARY KEY(OrderID, ProductID));
    """)
    cats = [(1, "Engine", "Pistons, gaskets, belts and cooling parts"),
            (2, "Hydraulics", "Pumps, rams, hoses and couplers"),
            (3, "Electrical", "Alternators, starters, lamps and wiring"),
            (4, "Transmission", "Clutches, bearings and PTO parts"),
            (5, "Filters", "Oil, fuel, air and hydraulic filters"),
            (6, "Tyres & Wheels", "Tyres, tubes, rims and wheel nuts"),
            (7, "Cabin", None)]
    _ins(c, "Categories", cats)
    sups = [(1, "Hydrotec GmbH", "Jonas Weber", "Stuttgart", "Germany", "+49 711 55021"),
            (2, "Fratelli Ricambi S.p.A.", "Chiara Lombardi", "Modena", "Italy", "+39 059 220114"),
            (3, "Midland Agri Components", "Gareth Price", "Leicester", "UK", "+44 116 4960321"),
            (4, "Prairie Parts Co.", "Dana Kowalski", "Des Moines", "USA", "+1 515 555 0142"),
            (5, "Filtres Duval", "Margaux Duval", "Lyon", "France", None),
            (6, "Nordrad AG", "Lena Hoffmann", "Bremen", "Germany", "+49 421 778310"),
            (7, "Van Dijk Banden B.V.", "Pieter van Dijk", "Utrecht", "Netherlands", "+31 30 2614455"),
            (8, "Kanto Electric Ltd", "Haruto Sato", "Osaka", "Japan", "+81 6 6345 7781")]
    _ins(c, "Suppliers", sups)
    prods = [
        ("Piston Ring Set 105mm", 3, 1, "1 set", 86.40), ("Cylinder Head Gasket", 2, 1, "1 piece", 54.90),
        ("Fan Belt 13x1250", 3, 1, "1 piece", 18.75), ("Water Pump Assembly", 2, 1, "1 piece", 212.00),
        ("Thermostat 82C", 3, 1, "1 piece", 23.10), ("Injector Nozzle", 1, 1, "1 piece", 97.50),
        ("Radiator Cap 0.9 bar", 4, 1, "box of 5", 31.20), ("Glow Plug 12V", 8, 1, "box of 4", 44.80),
        ("Gear Pump 19cc", 1, 2, "1 piece", 389.00), ("Double Acting Ram 50x300", 1, 2, "1 piece", 274.50),
        ("Hydraulic Hose 1/2in 2m", 6, 2, "1 piece", 38.60), ("Quick Coupler Male 1/2in", 6, 2, "pack of 2", 27.95),
        ("Spool Valve 2-Bank", 1, 2, "1 piece", 468.00), ("Hydraulic Oil Cooler", 2, 2, "1 piece", 615.00),
        ("Relief Valve Cartridge", 1, 2, "1 piece", 72.30), ("Alternator 12V 95A", 8, 3, "1 piece", 239.00),
        ("Starter Motor 3kW", 8, 3, "1 piece", 298.50), ("LED Work Lamp 48W", 3, 3, "1 piece", 49.99),
        ("Wiring Loom Trailer 7-pin", 3, 3, "1 piece", 35.40), ("Battery Isolator Switch", 4, 3, "1 piece", 21.60),
        ("Beacon Amber Magnetic", 3, 3, "1 piece", 64.25), ("Clutch Plate 310mm", 2, 4, "1 piece", 184.00),
        ("Release Bearing", 2, 4, "1 piece", 46.70), ("PTO Shaft Cat 4", 2, 4, "1 piece", 356.00),
        ("Shear Bolt M10", 4, 4, "pack of 10", 12.40), ("Gearbox Seal Kit", 4, 4, "1 kit", 58.90),
        ("Oil Filter Spin-on", 5, 5, "box of 6", 42.00), ("Fuel Filter Element", 5, 5, "box of 6", 39.50),
        ("Air Filter Outer", 5, 5, "1 piece", 67.80), ("Hydraulic Return Filter", 5, 5, "1 piece", 55.25),
        ("Cabin Pollen Filter", 5, 5, "1 piece", 24.60), ("Rear Tyre 480/70R38", 7, 6, "1 piece", 1240.00),
        ("Front Tyre 380/70R24", 7, 6, "1 piece", 715.00), ("Inner Tube 16.9-30", 7, 6, "1 piece", 88.00),
        ("Wheel Nut M22", 4, 6, "pack of 10", 29.90), ("Rim 15x28 8-stud", 6, 6, "1 piece", 498.00),
        ("Seat Suspension Unit", 6, 7, "1 piece", 432.00), ("Wiper Blade 600mm", 3, 7, "pack of 2", 16.80),
        ("Door Gas Strut", 6, 7, "1 piece", 33.75), ("Cab Mirror Arm", 4, 7, "1 piece", 57.40),
        ("Air Con Compressor", 8, 7, "1 piece", 525.00), ("Timing Belt Kit", 2, 1, "1 kit", 143.60),
    ]
    products = []
    for pid, (name, sup, cat, qpu, price) in enumerate(prods, start=1):
        stock = r.randrange(0, 120)
        reorder = r.choice([5, 10, 15, 20, 25])
        products.append((pid, name, sup, cat, qpu, price, stock, reorder, 1 if pid in (7, 19, 25, 34) else 0))
    _ins(c, "Products", products)
    custs = ["Harrow & Sons Agri", "Fenland Tractor Services", "Borders Machinery Ltd", "Wold Farm Supplies",
             "Mendip Agricultural", "Tamar Valley Plant", "Cotswold Tractors", "Dales Machinery Centre",
             "Highland Agri Parts", "Pennine Plant Hire", "Brecon Farm Machinery", "Ouse Valley Engineering",
             "Anglia Agri Repairs", "Severn Tractors", "Lough Erne Machinery", "Kerry Agri Supplies",
             "Tipperary Plant Ltd", "Galway Farm Engineering", "Cork Tractor Centre", "Loire Agri Services",
             "Bretagne Motoculture", "Normandie Tracteurs", "Friesland Agrotechniek", "Zeeland Landbouw",
             "Bavaria Landtechnik", "Holstein Agrar", "Emilia Macchine Agricole", "Puglia Ricambi",
             "Jutland Maskinservice", "Skane Lantbruk", "Wexford Agri", "Lincoln Farm Mechanics",
             "Shropshire Agri Centre", "Aberdeen Tractor Spares", "Carmarthen Plant"]
    places = [("Newark", "UK"), ("Wisbech", "UK"), ("Kelso", "UK"), ("Driffield", "UK"), ("Wells", "UK"),
              ("Tavistock", "UK"), ("Cirencester", "UK"), ("Skipton", "UK"), ("Inverness", "UK"), ("Hexham", "UK"),
              ("Brecon", "UK"), ("Selby", "UK"), ("Bury St Edmunds", "UK"), ("Tewkesbury", "UK"),
              ("Enniskillen", "UK"), ("Tralee", "Ireland"), ("Thurles", "Ireland"), ("Athenry", "Ireland"),
              ("Mallow", "Ireland"), ("Angers", "France"), ("Rennes", "France"), ("Caen", "France"),
              ("Leeuwarden", "Netherlands"), ("Goes", "Netherlands"), ("Landshut", "Germany"), ("Kiel", "Germany"),
              ("Reggio Emilia", "Italy"), ("Foggia", "Italy"), ("Herning", "Denmark"), ("Lund", "Sweden"),
              ("Wexford", "Ireland"), ("Lincoln", "UK"), ("Shrewsbury", "UK"), ("Aberdeen", "UK"),
              ("Carmarthen", "UK")]
    customers, cids = [], []
    for i, name in enumerate(custs):
        letters = "".join(ch for ch in name.upper() if ch.isalpha())
        cid = (letters[:4] + letters[-1])
        while cid in cids:
            cid = cid[:4] + chr(ord("A") + len(cids) % 26)
        cids.append(cid)
        g, f = _people(random.Random(i), 1)[0]
        customers.append((cid, name, f"{g} {f}", places[i][0], places[i][1],
                          None if i % 6 == 5 else f"0{r.randrange(1000, 9999)} {r.randrange(100000, 999999)}"))
    _ins(c, "Customers", customers)
    emps = [(1, "Marchetti", "Laura", "Managing Director", "2012-04-02", "Peterborough", None),
            (2, "Okafor", "Daniel", "Sales Manager UK", "2015-09-14", "Peterborough", 1),
            (3, "Brennan", "Siobhan", "Sales Manager Europe", "2017-01-09", "Peterborough", 1),
            (4, "Whitfield", "Tom", "Sales Representative", "2018-06-04", "Lincoln", 2),
            (5, "Kaur", "Jaspreet", "Sales Representative", "2019-11-18", "Norwich", 2),
            (6, "Hughes", "Owain", "Sales Representative", "2021-03-01", "Shrewsbury", 2),
            (7, "Lemaire", "Antoine", "Sales Representative", "2020-08-24", "Peterborough", 3),
            (8, "Visser", "Femke", "Sales Representative", "2023-02-13", "Peterborough", 3),
            (9, "Doyle", "Aoife", "Inside Sales Coordinator", "2024-05-07", "Peterborough", 3)]
    _ins(c, "Employees", emps)
    _ins(c, "Shippers", [(1, "Palletline Express", "0121 555 0101"), (2, "AgriFreight Direct", "01733 555 020"),
                         (3, "EuroHaul Logistics", "+31 10 555 0303")])
    buyers = cids[:32]
    cw = [6 if i in (2, 6, 11) else 3 if i % 4 == 0 else 2 for i in range(32)]
    orders, details = [], []
    for oid in range(10248, 10248 + 190):
        od = _day(r, D(2023, 1, 3), 893)
        cust = r.choices(buyers, cw)[0]
        country = customers[cids.index(cust)][4]
        emp = r.choice([4, 4, 4, 5, 5, 6, 9]) if country == "UK" else r.choice([3, 7, 7, 8, 8, 9])
        req = od + dt.timedelta(days=14)
        shipped: dt.date | None = od + dt.timedelta(days=r.choice([1, 2, 3, 4, 5, 7, 9, 12, 16, 20]))
        if shipped is not None and (shipped > END or r.random() < 0.03):
            shipped = None
        via = r.choice([1, 2, 2, 3]) if country == "UK" else r.choice([3, 3, 2])
        orders.append((oid, cust, emp, od.isoformat(), req.isoformat(), shipped.isoformat() if shipped else None,
                       via, round(r.uniform(8, 220), 2), customers[cids.index(cust)][3], country))
        for pid in sorted(r.sample(range(1, 43), r.choice([1, 1, 2, 2, 3]))):
            p = products[pid - 1]
            details.append((oid, pid, p[5] if od.year == 2025 else round(p[5] * 0.95, 2),
                            r.choice([1, 2, 2, 4, 5, 6, 10, 12, 20]) if p[5] < 100 else r.randrange(1, 5),
                            r.choice([0, 0, 0, 0.05, 0.1, 0.15])))
    _ins(c, "Orders", orders)
    _ins(c, "OrderDetails", details)
    _done(c)


def build_blog(path: Path) -> None:
    """WordPress: wp_users, wp_posts, wp_comments, wp_terms, wp_term_taxonomy, wp_term_relationships."""
    r = random.Random(1104)
    c = _db(path, """
        CREATE TABLE wp_users(ID INTEGER PRIMARY KEY, user_login VARCHAR(60) NOT NULL,
            user_pass VARCHAR(255) NOT NULL, user_nicename VARCHAR(50) NOT NULL, user_email VARCHAR(100) NOT NULL,
            user_url VARCHAR(100), user_registered DATETIME NOT NULL, user_status INTEGER NOT NULL DEFAULT 0,
            display_name VARCHAR(250) NOT NULL);
        CREATE TABLE wp_posts(ID INTEGER PRIMARY KEY, post_author INTEGER NOT NULL REFERENCES wp_users(ID),
            post_date DATETIME NOT NULL, post_content TEXT NOT NULL, post_title TEXT NOT NULL,
            post_excerpt TEXT, post_status VARCHAR(20) NOT NULL DEFAULT 'publish',
            comment_status VARCHAR(20) NOT NULL DEFAULT 'open', post_name VARCHAR(200) NOT NULL,
            post_modified DATETIME NOT NULL, post_type VARCHAR(20) NOT NULL DEFAULT 'post',
            comment_count INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE wp_comments(comment_ID INTEGER PRIMARY KEY,
            comment_post_ID INTEGER NOT NULL REFERENCES wp_posts(ID), comment_author TEXT NOT NULL,
            comment_author_email VARCHAR(100), comment_author_url VARCHAR(200), comment_date DATETIME NOT NULL,
            comment_content TEXT NOT NULL, comment_approved VARCHAR(20) NOT NULL DEFAULT '1',
            comment_parent INTEGER NOT NULL DEFAULT 0, user_id INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE wp_terms(term_id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, slug VARCHAR(200) NOT NULL,
            term_group INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE wp_term_taxonomy(term_taxonomy_id INTEGER PRIMARY KEY,
            term_id INTEGER NOT NULL REFERENCES wp_terms(term_id), taxonomy VARCHAR(32) NOT NULL,
            description TEXT, parent INTEGER NOT NULL DEFAULT 0, count INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE wp_term_relationships(object_id INTEGER NOT NULL REFERENCES wp_posts(ID),
            term_taxonomy_id INTEGER NOT NULL REFERENCES wp_term_taxonomy(term_taxonomy_id),
            term_order INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(object_id, term_taxonomy_id));
    """)
    people = [("admin", "Site Admin", "2022-11-02 10:15:00"), ("mkovacs", "Marta Kovacs", "2023-01-20 08:41:12"),
              ("jdoherty", "James Doherty", "2023-03-05 19:02:44"), ("priya.n", "Priya Natarajan", "2023-09-12 12:30:05"),
              ("tbergstrom", "Tobias Bergstrom", "2024-02-28 16:11:39"), ("lcheng", "Lin Cheng", "2024-07-14 09:55:21"),
              ("ofashola", "Olu Fashola", "2025-02-03 14:20:00"), ("rsantos", "Rita Santos", "2025-04-22 11:05:47")]
    users = []
    for uid, (login, name, reg) in enumerate(people, start=1):
        users.append((uid, login, f"$P$B{r.getrandbits(60):x}", login.replace(".", "-"), f"{login}@devnotes.blog",
                      None if uid % 3 else f"https://{login}.dev", reg, 0, name))
    _ins(c, "wp_users", users)
    prefixes = ["A Gentle Introduction to", "Ten Tips for", "Debugging", "Why We Moved to", "Benchmarking",
                "Lessons Learned from", "Deep Dive:", "Notes on"]
    topics = ["PostgreSQL Indexes", "SQLite WAL Mode", "Redis Streams", "Kafka Consumers", "Terraform Modules",
              "Docker Layer Caching", "Python Type Hints", "Rust Lifetimes", "GraphQL Pagination",
              "Nginx Rate Limiting", "Bash Traps", "Git Rebase"]
    tag_of = {"PostgreSQL": 6, "SQLite": 5, "Redis": 13, "Kafka": 12, "Terraform": 10, "Docker": 10,
              "Python": 7, "Rust": 8, "GraphQL": 9, "Nginx": 10, "Bash": 11, "Git": 11}
    cat_of = {"A Gentle Introduction to": 1, "Ten Tips for": 1, "Debugging": 3, "Why We Moved to": 4,
              "Benchmarking": 2, "Lessons Learned from": 4, "Deep Dive:": 2, "Notes on": 3}
    pairs = [(p, t) for p in prefixes for t in topics]
    r.shuffle(pairs)
    authors = [2, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 6, 7, 1]
    posts, rels = [], []
    for pid, (pre, top) in enumerate(pairs[:90], start=1):
        author = r.choice(authors)
        status = r.choice(["publish"] * 13 + ["draft"] * 3 + ["pending", "trash"])
        if author == 6:
            status = "draft"
        pd = _day(r, D(2023, 1, 10), 885)
        title = f"{pre} {top}"
        slug = "-".join(w.strip(":").lower() for w in title.split())
        posts.append([pid, author, _ts(r, pd), f"<p>{title} ...</p>", title, None if pid % 4 else f"On {top}.",
                      status, "closed" if pid % 10 == 0 else "open", slug,
                      _ts(r, min(END, pd + dt.timedelta(days=r.randrange(0, 60)))), "post", 0])
        cat = cat_of[pre] if top[:3] not in ("SQL", "Pos", "Red") or pid % 3 else 2
        rels.append((pid, 15 if pid % 11 == 0 else cat, 0))
        tags = {tag_of[top.split()[0]]}
        if pid % 4 == 0:
            tags.add(14)
        if pid % 5 == 1:
            tags.add(r.choice([6, 7, 12, 14]))
        for t in sorted(tags):
            rels.append((pid, t, 0))
    terms = [(1, "Tutorials", "tutorials", "category"), (2, "Databases", "databases", "category"),
             (3, "Troubleshooting", "troubleshooting", "category"), (4, "Opinion", "opinion", "category"),
             (5, "sqlite", "sqlite", "post_tag"), (6, "postgres", "postgres", "post_tag"),
             (7, "python", "python", "post_tag"), (8, "rust", "rust", "post_tag"),
             (9, "graphql", "graphql", "post_tag"), (10, "devops", "devops", "post_tag"),
             (11, "shell", "shell", "post_tag"), (12, "streaming", "streaming", "post_tag"),
             (13, "redis", "redis", "post_tag"), (14, "performance", "performance", "post_tag"),
             (15, "Uncategorized", "uncategorized", "category")]
    _ins(c, "wp_terms", [(t[0], t[1], t[2], 0) for t in terms])
    published = [p for p in posts if p[6] == "publish"]
    commenters = [("Ana Ruiz", "ana@mail.es", 0), ("Greg Holt", "greg@holt.me", 0), ("Priya Natarajan", None, 4),
                  ("devnull", "x@x.io", 0), ("Marta Kovacs", None, 2), ("Sam K", "samk@proton.me", 0),
                  ("Yuki Mori", "yuki@mori.jp", 0), ("Lin Cheng", None, 6), ("cheap-pills", "spam@spam.biz", 0)]
    comments: list[list[object]] = []
    hot = [p for p in published if p[0] % 7 == 0]
    cold = {p[0] for p in published if p[0] % 6 == 1}
    for cid in range(1, 301):
        post = r.choice(hot) if cid % 3 == 0 else r.choice(published)
        if post[0] in cold:
            post = hot[cid % len(hot)]
        who = r.choice(commenters)
        approved = "spam" if who[0] == "cheap-pills" else r.choice(["1"] * 8 + ["0", "0", "spam"])
        cd = min(END, D.fromisoformat(post[2][:10]) + dt.timedelta(days=r.randrange(0, 120)))
        parent = 0
        earlier = [x for x in comments if x[1] == post[0] and x[7] == "1"]
        if earlier and cid % 4 == 0:
            parent = earlier[0][0]
            cd = max(cd, D.fromisoformat(str(earlier[0][5])[:10]))
        comments.append([cid, post[0], who[0], who[1], None, _ts(r, cd), "Thanks for this!" if cid % 2 else
                         "Have you tried the other approach?", approved, parent, who[2]])
    comments.sort(key=lambda x: str(x[5]))
    for p in posts:
        p[11] = sum(1 for x in comments if x[1] == p[0] and x[7] == "1")
    _ins(c, "wp_posts", posts)
    _ins(c, "wp_comments", comments)
    pub_ids = {p[0] for p in published}
    _ins(c, "wp_term_taxonomy", [(t[0], t[0], t[3], "" if t[0] % 2 else None, 0,
                                  sum(1 for o, tt, _ in rels if tt == t[0] and o in pub_ids)) for t in terms])
    _ins(c, "wp_term_relationships", rels)
    _done(c)


def build_support(path: Path) -> None:
    """Long descriptive names: teams, agent profiles (team-lead self-reference), customer accounts, tickets,
    status-change events, tags and the ticket/tag link table."""
    r = random.Random(1105)
    c = _db(path, """
        CREATE TABLE support_team(support_team_id INTEGER PRIMARY KEY, support_team_name TEXT NOT NULL,
            support_team_region TEXT NOT NULL);
        CREATE TABLE support_agent_profile(support_agent_profile_id INTEGER PRIMARY KEY,
            agent_full_name TEXT NOT NULL, agent_email_address TEXT NOT NULL,
            support_team_id INTEGER NOT NULL REFERENCES support_team(support_team_id), agent_hire_date TEXT,
            agent_is_currently_active INTEGER NOT NULL DEFAULT 1,
            team_lead_agent_profile_id INTEGER REFERENCES support_agent_profile(support_agent_profile_id));
        CREATE TABLE customer_account(customer_account_id INTEGER PRIMARY KEY, customer_company_name TEXT NOT NULL,
            customer_account_tier TEXT NOT NULL, customer_country_code TEXT NOT NULL,
            customer_account_created_date TEXT NOT NULL);
        CREATE TABLE customer_support_ticket(customer_support_ticket_id INTEGER PRIMARY KEY,
            customer_account_id INTEGER NOT NULL REFERENCES customer_account(customer_account_id),
            assigned_support_agent_profile_id INTEGER REFERENCES support_agent_profile(support_agent_profile_id),
            ticket_subject_line TEXT NOT NULL, ticket_priority_level TEXT NOT NULL,
            ticket_current_status TEXT NOT NULL, ticket_intake_channel TEXT NOT NULL,
            ticket_opened_timestamp TEXT NOT NULL, ticket_resolved_timestamp TEXT,
            ticket_first_response_duration_minutes INTEGER, customer_satisfaction_score INTEGER);
        CREATE TABLE ticket_status_change_event(ticket_status_change_event_id INTEGER PRIMARY KEY,
            customer_support_ticket_id INTEGER NOT NULL REFERENCES customer_support_ticket(customer_support_ticket_id),
            previous_ticket_status TEXT, new_ticket_status TEXT NOT NULL,
            status_changed_by_agent_profile_id INTEGER REFERENCES support_agent_profile(support_agent_profile_id),
            status_change_event_timestamp TEXT NOT NULL);
        CREATE TABLE support_ticket_tag(support_ticket_tag_id INTEGER PRIMARY KEY, ticket_tag_label TEXT NOT NULL);
        CREATE TABLE customer_support_ticket_tag_assignment(ticket_tag_assignment_id INTEGER PRIMARY KEY,
            customer_support_ticket_id INTEGER NOT NULL REFERENCES customer_support_ticket(customer_support_ticket_id),
            support_ticket_tag_id INTEGER NOT NULL REFERENCES support_ticket_tag(support_ticket_tag_id));
    """)
    teams = [(1, "Billing Desk", "EMEA"), (2, "Tier 1 Americas", "Americas"), (3, "Tier 2 Technical", "Global"),
             (4, "APAC Support", "APAC")]
    _ins(c, "support_team", teams)
    agents = []
    lead_of = {}
    for aid, (g, f) in enumerate(_people(r, 19), start=1):
        team = (aid - 1) % 4 + 1
        lead = lead_of.setdefault(team, aid)
        agents.append((aid, f"{g} {f}", f"{g.lower()}.{f.lower()}@helpdesk.example",
                       team, _day(r, D(2019, 5, 1), 2100).isoformat(), 0 if aid in (11, 17) else 1,
                       None if lead == aid else lead))
    _ins(c, "support_agent_profile", agents)
    words = ["Acorn", "Bluefin", "Cobalt", "Driftwood", "Ember", "Fjord", "Granite", "Halcyon", "Ironbark",
             "Juniper", "Kestrel", "Lumen", "Monarch", "Nimbus", "Obsidian", "Pinnacle", "Quarry", "Redwood",
             "Sable", "Tidewater"]
    kinds = ["Analytics", "Logistics", "Health", "Software"]
    accounts = []
    countries = ["GB", "US", "US", "DE", "FR", "AU", "CA", "NL", "IN", "US", "JP", "BR"]
    for aid in range(1, 61):
        name = f"{words[(aid - 1) % 20]} {kinds[(aid - 1) // 20 + (aid % 2)]}"
        accounts.append((aid, name, r.choice(["enterprise", "business", "business", "starter", "starter"]),
                         countries[aid % 12], _day(r, D(2021, 1, 1), 1500).isoformat()))
    seen = set()
    for i, a in enumerate(accounts):
        if a[1] in seen:
            accounts[i] = (a[0], a[1] + " Group", *a[2:])
        seen.add(accounts[i][1])
    _ins(c, "customer_account", accounts)
    quiet = {7, 19, 33, 48, 52}
    active_accounts = [a[0] for a in accounts if a[0] not in quiet]
    aw = [5 if a % 9 == 0 else 2 if a % 4 == 0 else 1 for a in active_accounts]
    subjects = ["Cannot log in after password reset", "Invoice shows wrong VAT", "API returns 500 on export",
                "Refund not received", "Dashboard very slow", "Need to add more seats", "SSO setup help",
                "Data export missing columns", "Charged twice this month", "Webhook deliveries failing",
                "How do I change my plan?", "Outage in EU region", "Feature request: dark mode",
                "Mobile app crashes on upload", "Bulk import stuck", "Question about contract renewal"]
    tickets = []
    for tid in range(1, 341):
        opened = _day(r, D(2023, 6, 1), 744)
        status = r.choice(["open", "pending_customer", "resolved", "resolved", "closed", "closed", "closed"])
        if opened >= D(2025, 6, 7) and tid % 2:
            status = "new"
        agent = None if status == "new" or tid % 15 == 0 else r.choice([a[0] for a in agents])
        resolved = None
        if status in ("resolved", "closed"):
            rd = opened + dt.timedelta(hours=r.randrange(2, 200))
            if rd > END:
                status = "open"
            else:
                resolved = f"{rd.isoformat()} {r.randrange(8, 19):02d}:{r.randrange(60):02d}:00"
        chan = r.choice(["email", "email", "chat", "chat", "phone", "web_form"])
        frt = None if status == "new" else r.randrange(2, 60) if chan == "chat" else r.randrange(15, 900)
        csat = r.choice([1, 2, 3, 4, 4, 5, 5, 5]) if resolved and tid % 2 else None
        tickets.append((tid, r.choices(active_accounts, aw)[0], agent, r.choice(subjects),
                        r.choice(["urgent", "high", "normal", "normal", "normal", "low"]), status, chan,
                        f"{opened.isoformat()} {r.randrange(0, 24):02d}:{r.randrange(60):02d}:00", resolved, frt,
                        csat))
    _ins(c, "customer_support_ticket", tickets)
    events = []
    for t in tickets:
        if t[7] < "2024-10-01":
            continue
        who = t[2]
        stamp = D.fromisoformat(t[7][:10])
        path_ = [(None, "new")]
        if t[5] != "new":
            path_.append(("new", "open"))
            if t[5] == "pending_customer" or t[0] % 5 == 0:
                path_ += [("open", "pending_customer")] + ([("pending_customer", "open")] if t[5] != "pending_customer"
                                                           else [])
            if t[5] in ("resolved", "closed"):
                path_.append(("open", "resolved"))
                if t[0] % 6 == 0:
                    path_ += [("resolved", "open"), ("open", "resolved")]
                if t[5] == "closed":
                    path_.append(("resolved", "closed"))
        for prev, new in path_:
            events.append((len(events) + 1, t[0], prev, new, None if prev is None else who,
                           f"{min(stamp, END).isoformat()} {r.randrange(8, 19):02d}:{r.randrange(60):02d}:00"))
            stamp += dt.timedelta(days=r.randrange(0, 2))
    _ins(c, "ticket_status_change_event", events)
    tags = ["billing", "login", "outage", "feature-request", "bug", "refund", "api", "onboarding", "performance",
            "data-export"]
    _ins(c, "support_ticket_tag", list(enumerate(tags, start=1)))
    by_subject = {"Invoice": 1, "Charged": 1, "Refund": 6, "Cannot": 2, "SSO": 2, "API": 7, "Webhook": 7,
                  "Outage": 3, "Feature": 4, "Mobile": 5, "Dashboard": 9, "Data": 10, "Bulk": 10}
    assign = []
    for t in tickets:
        tg = set()
        first = t[3].split()[0]
        if first in by_subject:
            tg.add(by_subject[first])
        if t[0] % 7 == 0:
            tg.add(r.choice([5, 8, 9]))
        if first == "Refund":
            tg.add(1)
        for x in sorted(tg):
            assign.append((len(assign) + 1, t[0], x))
    _ins(c, "customer_support_ticket_tag_assignment", assign)
    _done(c)


def build_fleetcare(path: Path) -> None:
    """Hibernate: t_depot, t_vehicle, t_driver, t_part, t_maintenance_order, t_maintenance_order_part,
    t_fuel_transaction, each with a version column."""
    r = random.Random(1106)
    c = _db(path, """
        CREATE TABLE t_depot(id BIGINT PRIMARY KEY, version INTEGER NOT NULL, name VARCHAR(255) NOT NULL,
            city VARCHAR(255), created_date TIMESTAMP);
        CREATE TABLE t_vehicle(id BIGINT PRIMARY KEY, version INTEGER NOT NULL,
            registration_number VARCHAR(16) NOT NULL UNIQUE, make VARCHAR(255), model VARCHAR(255),
            vehicle_type VARCHAR(32) NOT NULL, year_of_manufacture INTEGER, odometer_km INTEGER,
            active BOOLEAN NOT NULL, depot_id BIGINT REFERENCES t_depot(id), created_date TIMESTAMP);
        CREATE TABLE t_driver(id BIGINT PRIMARY KEY, version INTEGER NOT NULL, first_name VARCHAR(255),
            last_name VARCHAR(255), licence_number VARCHAR(32), hired_on DATE, depot_id BIGINT REFERENCES t_depot(id));
        CREATE TABLE t_part(id BIGINT PRIMARY KEY, version INTEGER NOT NULL, part_number VARCHAR(32) NOT NULL,
            description VARCHAR(255), unit_cost DECIMAL(10,2), supplier_name VARCHAR(255));
        CREATE TABLE t_maintenance_order(id BIGINT PRIMARY KEY, version INTEGER NOT NULL,
            vehicle_id BIGINT NOT NULL REFERENCES t_vehicle(id), order_type VARCHAR(32) NOT NULL,
            status VARCHAR(32) NOT NULL, opened_on DATE NOT NULL, completed_on DATE, labour_hours DECIMAL(6,2),
            labour_cost DECIMAL(10,2), notes VARCHAR(1000));
        CREATE TABLE t_maintenance_order_part(id BIGINT PRIMARY KEY,
            maintenance_order_id BIGINT NOT NULL REFERENCES t_maintenance_order(id),
            part_id BIGINT NOT NULL REFERENCES t_part(id), quantity INTEGER NOT NULL);
        CREATE TABLE t_fuel_transaction(id BIGINT PRIMARY KEY, version INTEGER NOT NULL,
            vehicle_id BIGINT NOT NULL REFERENCES t_vehicle(id), driver_id BIGINT REFERENCES t_driver(id),
            transaction_date TIMESTAMP NOT NULL, litres DECIMAL(8,2), amount DECIMAL(10,2), station_name VARCHAR(255));
    """)
    depots = [(1, 0, "Leeds Stourton", "Leeds", "2019-02-01 08:00:00"),
              (2, 1, "Manchester Trafford Park", "Manchester", "2019-02-01 08:00:00"),
              (3, 0, "Sheffield Attercliffe", "Sheffield", "2020-06-15 08:00:00"),
              (4, 2, "Hull Marfleet", "Hull", "2022-03-09 08:00:00"),
              (5, 0, "Newcastle Team Valley", "Gateshead", "2024-01-22 08:00:00")]
    _ins(c, "t_depot", depots)
    models = [("Ford", "Transit Custom", "VAN"), ("Mercedes-Benz", "Sprinter", "VAN"), ("Renault", "Master", "VAN"),
              ("Volvo", "FL", "TRUCK"), ("DAF", "LF", "TRUCK"), ("Scania", "P280", "TRUCK"),
              ("Skoda", "Octavia Estate", "CAR"), ("Toyota", "Corolla Touring", "CAR"), ("Ford", "Transit", "VAN")]
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    vehicles = []
    for vid in range(1, 61):
        make, model, vtype = models[r.choices(range(9), [5, 4, 3, 2, 2, 1, 2, 2, 4])[0]]
        year = 2014 + (vid * 7) % 11 if vid != 37 else 2011
        reg = f"{letters[vid % 23]}{letters[(vid * 5) % 23]}{(year - 2000) % 50 + (50 if vid % 2 else 0):02d} " \
              f"{letters[(vid * 3) % 23]}{letters[(vid * 11) % 23]}{letters[(vid * 13) % 23]}"
        odo = (2025 - year) * r.randrange(14000, 31000) + r.randrange(0, 999)
        vehicles.append((vid, r.randrange(0, 6), reg, make, model, vtype, year, odo, 0 if vid % 9 == 4 else 1,
                         r.choice([1, 1, 2, 2, 3, 4, 5]), f"{_day(r, D(2019, 3, 1), 1900).isoformat()} 09:00:00"))
    _ins(c, "t_vehicle", vehicles)
    drivers = []
    for did, (g, f) in enumerate(_people(r, 40), start=1):
        hired = _day(r, D(2018, 1, 1), 2700) if did % 8 else _day(r, D(2025, 1, 5), 150)
        drivers.append((did, r.randrange(0, 3), g, f, f"{f[:5].upper():9<5}{r.randrange(100000, 999999)}",
                        hired.isoformat(), r.choice([1, 2, 3, 4, 5])))
    _ins(c, "t_driver", drivers)
    part_rows = [("OF-1021", "Oil filter", 8.40, "Bosch"), ("AF-2210", "Air filter", 21.75, "Mann"),
                 ("FF-3305", "Fuel filter", 17.20, "Mann"), ("BP-4410", "Brake pads front axle", 64.90, "Brembo"),
                 ("BD-4520", "Brake disc", 88.00, "Brembo"), ("WB-0610", "Wiper blade", 11.50, None),
                 ("EO-5W30", "Engine oil 5W-30 (litre)", 6.80, "Castrol"), ("AD-BLUE", "AdBlue 10L", 14.99, None),
                 ("TY-2156", "Tyre 215/65 R16C", 128.00, "Michelin"), ("TY-2957", "Tyre 295/80 R22.5", 342.00,
                                                                        "Michelin"),
                 ("BT-0960", "Battery 12V 95Ah", 139.00, "Varta"), ("HL-H7", "Headlamp bulb H7", 7.25, "Osram"),
                 ("CB-7700", "Clutch kit", 410.00, "Sachs"), ("SA-1180", "Shock absorber", 96.40, "Monroe"),
                 ("TB-2001", "Timing belt kit", 185.00, "Gates"), ("DPF-900", "DPF cleaning service", 260.00, None),
                 ("CL-0300", "Coolant 5L", 19.90, None), ("MR-5510", "Mirror glass", 23.60, None),
                 ("ST-3002", "Starter motor", 298.00, "Bosch"), ("AL-3109", "Alternator", 335.00, "Bosch"),
                 ("GL-0020", "Glow plug", 15.80, "NGK"), ("WP-7712", "Water pump", 121.00, "Gates")]
    _ins(c, "t_part", [(i, 0, pn, d, cost, s) for i, (pn, d, cost, s) in enumerate(part_rows, start=1)])
    unused = {16, 18}
    usable = [i for i in range(1, 23) if i not in unused]
    orders, order_parts = [], []
    kinds = {"SERVICE": [1, 2, 3, 7, 17, 8], "REPAIR": [4, 5, 11, 13, 14, 15, 19, 20, 21, 22, 6, 12],
             "INSPECTION": [6, 12], "TYRES": [9, 10]}
    for oid in range(1, 241):
        v = vehicles[r.choices(range(60), [4 if x % 10 == 3 else 1 for x in range(60)])[0]]
        otype = r.choice(["SERVICE", "SERVICE", "REPAIR", "REPAIR", "INSPECTION", "TYRES"])
        opened = _day(r, D(2023, 2, 1), 864)
        status = r.choice(["COMPLETED"] * 6 + ["CANCELLED", "OPEN", "IN_PROGRESS"])
        done = None
        if status == "COMPLETED":
            dd = opened + dt.timedelta(days=r.randrange(0, 12))
            if dd > END:
                status = "IN_PROGRESS"
            else:
                done = dd.isoformat()
        hours = None if status == "CANCELLED" else round(r.choice([0.5, 1, 1.5, 2, 3, 4.5, 6]), 2)
        orders.append((oid, r.randrange(0, 4), v[0], otype, status, opened.isoformat(), done, hours,
                       None if hours is None else round(hours * 62.5, 2), None if oid % 3 else "Customer reported"))
        if status != "CANCELLED":
            pool = [p for p in kinds[otype] if p in usable]
            for p in sorted(r.sample(pool, min(len(pool), r.choice([1, 1, 2, 3])))):
                order_parts.append((len(order_parts) + 1, oid, p, 4 if p in (9, 10) and oid % 2 else
                                    r.choice([1, 1, 2, 5]) if p == 7 else 1 if p in (13, 19, 20) else
                                    r.choice([1, 2])))
    _ins(c, "t_maintenance_order", orders)
    _ins(c, "t_maintenance_order_part", order_parts)
    stations = ["Shell Stourton", "BP Trafford Park", "Esso Attercliffe", "Texaco Hull", "Shell Gateshead",
                "Morrisons Leeds", "Asda Eccles"]
    fuel = []
    for fid in range(1, 401):
        v = vehicles[r.randrange(60)]
        if not v[8] and fid % 3:
            v = vehicles[0]
        litres = round(r.uniform(25, 75) if v[5] != "TRUCK" else r.uniform(120, 320), 2)
        price = 1.42 + 0.001 * r.randrange(0, 180)
        fuel.append((fid, 0, v[0], r.choice([d[0] for d in drivers if d[6] == v[9]] or [None]),
                     _ts(r, _day(r, D(2023, 6, 1), 745)), litres, round(litres * price, 2),
                     stations[(v[9] - 1 + fid % 2 * 5) % 7]))
    _ins(c, "t_fuel_transaction", fuel)
    _done(c)


BUILDERS = {
    "lending": build_lending,
    "tracker": build_tracker,
    "partsdist": build_partsdist,
    "blog": build_blog,
    "support": build_support,
    "fleetcare": build_fleetcare,
}
