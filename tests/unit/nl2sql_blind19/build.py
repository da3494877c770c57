"""Deterministic SQLite databases for a nineteenth blind NL→SQL evaluation.

Six legacy application databases in the style of old MySQL MyISAM or constraint-free Rails apps: NO
declared FOREIGN KEY constraints at all; relations exist only by naming, and the naming of the implicit
references varies (``member_id`` -> ``members.id``, ``authorId`` -> ``author.id``, ``dept`` ->
``departments.dept_no``, ``cust_ref`` -> ``customers.ref``, ``parent_id`` -> same table, ...), with singular
and plural table names mixed:

* ``library``: a small-town library: ``author`` (``country``, a NULL ``birth_year`` when unknown),
  ``book`` (``authorId`` -> ``author.id``, ``genre``, ``pub_year``, ``shelf``), ``copies`` (``barcode``
  text key, ``bookId`` -> ``book.id``, ``cond`` coded G good / F fair / P poor, ``withdrawn`` 0/1),
  ``members`` (``member_type`` coded ADU adult / JUN junior / SEN senior, a NULL ``email`` for some),
  ``loans`` (``barcode`` -> ``copies.barcode``, ``member_id`` -> ``members.id``, ``loaned``, ``due``, a
  NULL ``returned`` while still out) and ``fines`` (``loan_id`` -> ``loans.id``, ``reason`` coded LATE /
  LOST / DMG damaged, a NULL ``paid_on`` while unpaid).
* ``vetclinic``: a veterinary clinic: ``owners`` (``owner_no`` key, ``surname``, ``given_name``, a NULL
  ``phone`` for some, ``town``), ``animals`` (``owner`` -> ``owners.owner_no``, ``species`` coded DOG / CAT
  / RBT rabbit / BRD bird / HRS horse, a NULL ``breed`` for mixed or unknown, ``sex`` M/F, ``neutered``
  0/1, a NULL ``deceased_on`` while alive), ``vet`` (singular; ``specialty``, ``active`` 0/1),
  ``appointments`` (``apptId`` key, ``animalId`` -> ``animals.id``, ``vetId`` -> ``vet.id``, ``outcome``
  coded OK / FU follow-up / REF referred / NS no-show, a NULL ``weight_kg`` when not weighed, ``charge``)
  and ``vaccinations`` (``animal_id``, ``vet_id``, ``vaccine``, a NULL ``booster_due`` when none needed).
* ``theatre``: a community theatre: ``volunteers`` (a ``mentor_id`` self-reference, a NULL ``email`` for
  some), ``shows`` (``director`` -> ``volunteers.id``, ``genre`` comedy/drama/musical/panto, ``season``
  like ``2024-25``, ``budget``), ``performances`` (``perf_id`` key, ``show_id``, ``perf_date``,
  ``curtain`` time text, ``hall`` MAIN/STUDIO, ``status`` ON or CXL cancelled), ``patrons`` (a NULL
  ``member_since`` for non-members), ``tickets`` (``perf`` -> ``performances.perf_id``, a NULL
  ``patronId`` -> ``patrons.id`` for anonymous walk-up sales, ``price``, ``concession`` coded FULL / CONC
  concession / CHILD) and ``cast_list`` (``show_id``, ``volunteer_id``, ``role``, ``is_lead`` 0/1).
* ``carrental``: a car-rental agency: ``branch`` (singular; ``code`` text key, ``city``), ``customers``
  (``ref`` text key like ``C0042``, ``licence_country``, a NULL ``email`` for some, ``blacklisted`` 0/1),
  ``fleet`` (``reg_plate``, ``make``, ``model``, ``yr``, ``cls`` coded ECO economy / CMP compact / SUV /
  VAN / LUX luxury, ``daily_rate``, ``home_branch`` -> ``branch.code``, a NULL ``sold_on`` while still in
  the fleet), ``rentals`` (``cust_ref`` -> ``customers.ref``, ``car_id`` -> ``fleet.id``,
  ``pickup_branch`` / ``dropoff_branch`` -> ``branch.code``, a NULL ``end_date``, ``dropoff_branch``,
  ``km_in`` and ``amount`` while the car is still out, ``extra_ins`` Y/N), ``damage`` (``rental_id``,
  ``part``, a NULL ``repair_cost`` while not yet estimated) and ``staff`` (``emp_no`` key, ``branch``
  -> ``branch.code``, ``role``, a ``manager`` self-reference to ``staff.emp_no``).
* ``recipes``: a recipe website: ``users`` (``username``, a NULL ``country`` when not given, ``premium``
  0/1), ``categories`` (a ``parent_id`` self-reference, NULL for top-level categories), ``recipes``
  (``user_id`` -> ``users.id``, ``category_id``, ``prep_minutes``, ``cook_minutes``, ``servings``,
  ``difficulty`` 1 easy / 2 medium / 3 hard, a NULL ``published_at`` for drafts, ``views``),
  ``ingredients`` (``kind`` veg/meat/fish/dairy/grain/spice/fruit/other), ``recipe_ingredients``
  (``recipe_id``, ``ingredient_id``, ``qty``, ``unit``) and ``ratings`` (``recipe_id``, ``user_id``,
  ``stars`` 1-5, a NULL ``review`` when only stars were given).
* ``schooldistrict``: a school district: ``schools`` (``school_id`` key, ``level`` coded ES elementary /
  MS middle / HS high, ``opened`` year), ``departments`` (``dept_no`` text key like ``MATH``),
  ``teacher`` (singular; ``school`` -> ``schools.school_id``, ``dept`` -> ``departments.dept_no``,
  ``hired``, ``salary``, ``tenured`` Y/N, a NULL ``email`` for some), ``pupils`` (``gender`` F/M,
  ``grade`` 0 for kindergarten to 12, ``school_id``), ``classes`` (``teacherId`` -> ``teacher.id``,
  ``subject``, ``room``, ``term`` 2024-FA / 2025-SP, ``capacity``) and ``enrollments`` (``pupil_id``,
  ``class_id``, ``enrolled_on``, a NULL ``final_grade`` A-F while in progress, ``dropped`` 0/1).

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

FIRST = [
    "Agnes", "Boris", "Carmen", "Derek", "Edith", "Floyd", "Greta", "Harold", "Ingrid", "Jasper", "Kira", "Lionel",
    "Mabel", "Nelson", "Opal", "Percy", "Ruth", "Stanley", "Thelma", "Ulrich", "Vivian", "Walter", "Yvonne",
    "Zachary", "Bonnie", "Cyril",
]  # fmt: skip
LAST = [
    "Ashworth", "Bellamy", "Crowther", "Dunmore", "Ellison", "Fairbanks", "Goodwin", "Holloway", "Ingram",
    "Jarvis", "Kendrick", "Lockwood", "Marchetti", "Newbold", "Oakley", "Pemberton", "Radcliffe", "Sinclair",
    "Tolliver", "Underhill", "Vance", "Winslow", "Yardley",
]  # fmt: skip
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in FIRST for f in LAST]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_library(path: Path) -> None:
    """author, book (authorId), copies (bookId), members, loans and fines."""
    r = random.Random(1901)
    c = _db(
        path,
        """
        CREATE TABLE author(id INTEGER PRIMARY KEY, name TEXT NOT NULL, birth_year INTEGER, country TEXT);
        CREATE TABLE book(id INTEGER PRIMARY KEY, title TEXT NOT NULL, authorId INTEGER, isbn TEXT, genre TEXT,
            pub_year INTEGER, shelf TEXT);
        CREATE TABLE copies(barcode TEXT PRIMARY KEY, bookId INTEGER, acquired TEXT, cond TEXT,
            withdrawn INTEGER DEFAULT 0);
        CREATE TABLE members(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT,
            member_type TEXT, joined TEXT, street TEXT);
        CREATE TABLE loans(id INTEGER PRIMARY KEY, barcode TEXT, member_id INTEGER, loaned TEXT, due TEXT,
            returned TEXT);
        CREATE TABLE fines(id INTEGER PRIMARY KEY, loan_id INTEGER, amount REAL, reason TEXT, paid_on TEXT);
    """,
    )
    authors = [
        (1, "Margaret Holt", 1948, "UK"), (2, "Daniel Okoye", 1971, "Nigeria"), (3, "Ines Valdez", 1983, "Spain"),
        (4, "Peter Lindqvist", 1959, "Sweden"), (5, "Harriet Cole", None, "USA"), (6, "Tomasz Wrona", 1966, "Poland"),
        (7, "Aiko Mori", 1977, "Japan"), (8, "Samuel Pike", 1939, "UK"), (9, "Clara Fontaine", 1990, "France"),
        (10, "Rafael Moreno", 1962, "Mexico"), (11, "Beatrice Quill", None, "UK"), (12, "Oskar Brandt", 1955, "Germany"),
        (13, "Nadia Karimi", 1986, "Iran"), (14, "Lucas Ferreira", 1974, "Brazil"), (15, "Edwin Marsh", 1944, "USA"),
        (16, "Greta Solberg", 1992, "Norway"), (17, "Amelia Hart", 1968, "USA"), (18, "Victor Renaud", None, "France"),
        (19, "Julia Brennan", 1980, "Ireland"), (20, "Kenji Tanaka", 1958, "Japan"), (21, "Molly Tucker", 1995, "USA"),
        (22, "Ahmed Saleh", 1970, "Egypt"), (23, "Fiona Reid", 1963, "UK"), (24, "Pavel Novak", 1951, "Czechia"),
    ]  # fmt: skip
    _ins(c, "author", authors)
    genres = ["fiction", "mystery", "sci-fi", "history", "children", "biography", "cookery", "local"]
    adj = ["Silent", "Hidden", "Last", "Winter", "Broken", "Golden", "Distant", "Quiet", "Burning", "Lost",
           "Northern", "Paper", "Secret", "Wild", "Crooked", "Summer"]  # fmt: skip
    noun = ["Harbour", "Garden", "Letters", "Orchard", "Bridge", "Lighthouse", "Kingdom", "Mill", "River",
            "Station", "Meadow", "Archive", "Fox", "Tide", "Valley", "Clock"]  # fmt: skip
    titles = [f"The {a} {n}" for a in adj for n in noun]
    r.shuffle(titles)
    books = []
    for bid in range(1, 131):
        a = r.choices(authors, weights=[6, 3, 4, 2, 5, 2, 3, 7, 2, 3, 2, 2, 3, 2, 4, 1, 5, 2, 3, 2, 1, 2, 3, 2])[0]
        g = genres[(a[0] * 7 + bid // 9) % 8] if bid % 4 else genres[a[0] % 8]
        title = titles[bid - 1]
        if bid == 17:
            title = "A History of Millbrook"
            g = "local"
        year = r.randint(1962, 2024)
        shelf = f"{g[:3].upper()}-{r.randint(1, 9)}"
        books.append((bid, title, a[0], f"978{r.randint(1000000000, 9999999999)}", g, year, shelf))
    _ins(c, "book", books)
    copies = []
    n = 0
    for b in books:
        for _k in range(1 + (b[0] % 3 == 0) + (b[0] % 7 == 0)):
            n += 1
            acq = _day(r, D(2015, 1, 1), 3700)
            cond = r.choices(["G", "F", "P"], weights=[6, 3, 1])[0]
            wd = 1 if (cond == "P" and r.random() < 0.5) else 0
            copies.append((f"LB{10000 + n * 7}", b[0], acq.isoformat(), cond, wd))
    _ins(c, "copies", copies)
    people = _people(r, 95)
    streets = ["Mill Lane", "Church Street", "High Street", "Orchard Road", "Station Road", "Beech Avenue"]
    members = []
    for mid in range(1, 96):
        g, f = people[mid - 1]
        mt = r.choices(["ADU", "JUN", "SEN"], weights=[6, 2, 3])[0]
        email = None if (mid % 5 == 0 or (mt == "JUN" and mid % 2)) else f"{g.lower()}.{f.lower()}@millbrook.net"
        members.append((mid, g, f, email, mt, _day(r, D(2016, 1, 1), 3400).isoformat(), r.choice(streets)))
    _ins(c, "members", members)
    live = [cp for cp in copies if not cp[4]]
    loans = []
    mw = [max(1, 14 - m[0] % 15) for m in members]
    for lid in range(1, 391):
        cp = r.choice(live)
        m = r.choices(members, weights=mw)[0]
        out = _day(r, D(2023, 1, 3), 890)
        due = out + dt.timedelta(days=21 if members[m[0] - 1][4] != "JUN" else 14)
        if out > D(2025, 5, 10):
            ret = None if r.random() < 0.7 else out + dt.timedelta(days=r.randint(2, 20))
        else:
            ret = None if r.random() < 0.03 else out + dt.timedelta(days=int(r.triangular(3, 45, 17)))
        if ret and ret >= TODAY:
            ret = None
        loans.append((lid, cp[0], m[0], out.isoformat(), due.isoformat(), ret.isoformat() if ret else None))
    _ins(c, "loans", loans)
    fines = []
    fid = 0
    for ln in loans:
        due = D.fromisoformat(ln[4])
        if ln[5] and D.fromisoformat(ln[5]) > due:
            fid += 1
            late = (D.fromisoformat(ln[5]) - due).days
            paid = None if r.random() < 0.3 else (D.fromisoformat(ln[5]) + dt.timedelta(days=r.randint(0, 30)))
            if paid and paid >= TODAY:
                paid = None
            fines.append((fid, ln[0], round(0.25 * late, 2), "LATE", paid.isoformat() if paid else None))
        elif ln[5] is None and due < D(2025, 1, 1):
            fid += 1
            fines.append((fid, ln[0], 18.0 + ln[0] % 7, "LOST", None))
        elif ln[0] % 41 == 0:
            fid += 1
            fines.append((fid, ln[0], 5.0 + ln[0] % 4, "DMG", ln[5]))
    _ins(c, "fines", fines)
    _done(c)


def build_vetclinic(path: Path) -> None:
    """owners, animals (owner), vet, appointments (animalId, vetId) and vaccinations."""
    r = random.Random(1902)
    c = _db(
        path,
        """
        CREATE TABLE owners(owner_no INTEGER PRIMARY KEY, surname TEXT, given_name TEXT, phone TEXT, town TEXT,
            registered TEXT);
        CREATE TABLE animals(id INTEGER PRIMARY KEY, owner INTEGER, name TEXT, species TEXT, breed TEXT, sex TEXT,
            dob TEXT, neutered INTEGER, deceased_on TEXT);
        CREATE TABLE vet(id INTEGER PRIMARY KEY, name TEXT, specialty TEXT, qualified_year INTEGER, active INTEGER);
        CREATE TABLE appointments(apptId INTEGER PRIMARY KEY, animalId INTEGER, vetId INTEGER, appt_date TEXT,
            reason TEXT, outcome TEXT, weight_kg REAL, charge REAL);
        CREATE TABLE vaccinations(id INTEGER PRIMARY KEY, animal_id INTEGER, vet_id INTEGER, vaccine TEXT,
            given_on TEXT, booster_due TEXT);
    """,
    )
    towns = ["Ashford", "Brookfield", "Calder", "Dunmore", "Elmstead"]
    people = _people(r, 80)
    owners = []
    for oid in range(1, 81):
        g, f = people[oid - 1]
        phone = None if oid % 9 == 0 else f"07{r.randint(100000000, 999999999)}"
        town = r.choices(towns, weights=[9, 5, 3, 4, 2])[0]
        owners.append((1000 + oid, f, g, phone, town, _day(r, D(2018, 1, 1), 2700).isoformat()))
    _ins(c, "owners", owners)
    breeds = {
        "DOG": ["Labrador", "Border Collie", "Beagle", "Spaniel", "Dachshund", "Terrier", None],
        "CAT": ["Siamese", "Maine Coon", "British Shorthair", None, None],
        "RBT": ["Lop", "Rex", None],
        "BRD": ["Budgerigar", "Cockatiel", None],
        "HRS": ["Welsh Cob", "Shetland", "Thoroughbred"],
    }
    pet_names = ["Max", "Bella", "Charlie", "Luna", "Milo", "Daisy", "Oscar", "Poppy", "Rocky", "Rosie", "Teddy",
                 "Molly", "Buster", "Nala", "Ziggy", "Pepper", "Biscuit", "Willow", "Jasper", "Honey", "Ruby",
                 "Bramble", "Smudge", "Toffee", "Pickle", "Hazel", "Bertie", "Maisie", "Archie", "Tilly"]  # fmt: skip
    animals = []
    for aid in range(1, 131):
        o = owners[(aid * 13) % 80] if aid > 80 else owners[aid - 1]
        sp = r.choices(list(breeds), weights=[10, 8, 2, 2, 1])[0]
        dob = None if aid % 17 == 0 else _day(r, D(2009, 1, 1), 5800).isoformat()
        dead = None
        if aid % 14 == 0:
            dead = _day(r, D(2024, 1, 1), 500).isoformat()
        animals.append((aid, o[0], pet_names[(aid * 7) % 30], sp, r.choice(breeds[sp]), r.choice("MF"), dob,
                        1 if r.random() < 0.6 and sp in ("DOG", "CAT", "RBT") else 0, dead))  # fmt: skip
    _ins(c, "animals", animals)
    vets = [
        (1, "Dr. Helen Price", "general practice", 2004, 1),
        (2, "Dr. Owen Gallagher", "surgery", 2011, 1),
        (3, "Dr. Priya Nair", "dermatology", 2016, 1),
        (4, "Dr. Tom Barker", "equine", 1998, 1),
        (5, "Dr. Sofia Lindgren", "general practice", 2019, 1),
        (6, "Dr. Martin Keyes", "exotics", 1990, 0),
    ]
    _ins(c, "vet", vets)
    reasons = ["annual check", "limping", "skin irritation", "vomiting", "dental", "ear infection", "neutering",
               "vaccination", "eye problem", "weight loss"]  # fmt: skip
    appts = []
    for ap in range(1, 361):
        a = r.choice(animals)
        when = _day(r, D(2023, 1, 2), 895)
        if a[8] and when >= D.fromisoformat(a[8]):
            when = D.fromisoformat(a[8]) - dt.timedelta(days=r.randint(1, 200))
        if a[3] == "HRS":
            v = 4
        elif a[3] in ("RBT", "BRD"):
            v = 6 if when < D(2024, 3, 1) else r.choice([1, 5])
        else:
            v = r.choices([1, 2, 3, 5], weights=[5, 3, 2, 4])[0]
        reason = r.choice(reasons)
        outcome = r.choices(["OK", "FU", "REF", "NS"], weights=[12, 5, 1, 2])[0]
        base = {"DOG": 22, "CAT": 4.5, "RBT": 2, "BRD": 0.1, "HRS": 480}[a[3]]
        wt = None if outcome == "NS" or r.random() < 0.15 else round(base * r.uniform(0.6, 1.5), 1)
        charge = 0.0 if outcome == "NS" else round(r.uniform(35, 140) + (180 if reason == "neutering" else 0), 2)
        appts.append((ap, a[0], v, when.isoformat(), reason, outcome, wt, charge))
    appts.sort(key=lambda x: x[3])
    appts = [(i + 1, *x[1:]) for i, x in enumerate(appts)]
    _ins(c, "appointments", appts)
    vacc = []
    vnames = {"DOG": ["DHPP", "Rabies", "Kennel Cough"], "CAT": ["FVRCP", "FeLV"], "RBT": ["RHDV2", "Myxomatosis"],
              "HRS": ["Tetanus", "Equine Flu"], "BRD": []}  # fmt: skip
    vid = 0
    for a in animals:
        for vn in vnames[a[3]]:
            if r.random() < 0.55:
                vid += 1
                g = _day(r, D(2023, 1, 5), 880)
                boost = None if vn in ("Tetanus", "FeLV") and r.random() < 0.5 else g + dt.timedelta(days=365)
                vet_id = 4 if a[3] == "HRS" else r.choice([1, 5])
                vacc.append((vid, a[0], vet_id, vn, g.isoformat(), boost.isoformat() if boost else None))
    _ins(c, "vaccinations", vacc)
    _done(c)


def build_theatre(path: Path) -> None:
    """volunteers (mentor_id), shows (director), performances, patrons, tickets (perf, patronId), cast_list."""
    r = random.Random(1903)
    c = _db(
        path,
        """
        CREATE TABLE volunteers(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT,
            joined_year INTEGER, mentor_id INTEGER);
        CREATE TABLE shows(id INTEGER PRIMARY KEY, title TEXT, playwright TEXT, genre TEXT, season TEXT,
            director INTEGER, budget REAL);
        CREATE TABLE performances(perf_id INTEGER PRIMARY KEY, show_id INTEGER, perf_date TEXT, curtain TEXT,
            hall TEXT, status TEXT);
        CREATE TABLE patrons(id INTEGER PRIMARY KEY, name TEXT, email TEXT, postcode TEXT, member_since TEXT);
        CREATE TABLE tickets(ticket_no INTEGER PRIMARY KEY, perf INTEGER, patronId INTEGER, seat TEXT, price REAL,
            concession TEXT, sold_at TEXT);
        CREATE TABLE cast_list(show_id INTEGER, volunteer_id INTEGER, role TEXT, is_lead INTEGER);
    """,
    )
    people = _people(r, 45)
    vols = []
    for vid in range(1, 46):
        g, f = people[vid - 1]
        mentor = None if vid <= 5 else (vid % 5) + 1
        email = None if vid % 7 == 0 else f"{g.lower()}{vid}@stagelight.org"
        vols.append((vid, g, f, email, 2008 + (vid * 5) % 17, mentor))
    _ins(c, "volunteers", vols)
    shows = [
        (1, "Blithe Spirit", "Noel Coward", "comedy", "2022-23", 1, 4200.0),
        (2, "An Inspector Calls", "J. B. Priestley", "drama", "2022-23", 3, 3600.0),
        (3, "Cinderella", "House adaptation", "panto", "2022-23", 2, 6100.0),
        (4, "The Importance of Being Earnest", "Oscar Wilde", "comedy", "2023-24", 4, 3900.0),
        (5, "Oliver!", "Lionel Bart", "musical", "2023-24", 2, 9800.0),
        (6, "Our Town", "Thornton Wilder", "drama", "2023-24", 5, 2700.0),
        (7, "Aladdin", "House adaptation", "panto", "2023-24", 1, 6600.0),
        (8, "Noises Off", "Michael Frayn", "comedy", "2024-25", 3, 4800.0),
        (9, "Little Shop of Horrors", "Howard Ashman", "musical", "2024-25", 12, 8900.0),
        (10, "The Crucible", "Arthur Miller", "drama", "2024-25", 4, 3300.0),
        (11, "Jack and the Beanstalk", "House adaptation", "panto", "2024-25", 2, 7200.0),
        (12, "Abigail's Party", "Mike Leigh", "comedy", "2024-25", 9, 2500.0),
        (13, "Into the Woods", "Stephen Sondheim", "musical", "2025-26", 12, 10400.0),
    ]
    _ins(c, "shows", shows)
    openings = {1: D(2022, 10, 12), 2: D(2023, 2, 8), 3: D(2022, 12, 9), 4: D(2023, 10, 11), 5: D(2024, 3, 6),
                6: D(2024, 5, 15), 7: D(2023, 12, 8), 8: D(2024, 10, 9), 9: D(2025, 3, 5), 10: D(2025, 5, 7),
                11: D(2024, 12, 6), 12: D(2025, 6, 11), 13: D(2025, 9, 17)}  # fmt: skip
    perfs = []
    pid = 0
    for s in shows:
        runs = {"musical": 8, "panto": 10, "comedy": 6, "drama": 5}[s[3]]
        hall = "STUDIO" if s[3] == "drama" or s[0] == 12 else "MAIN"
        for k in range(runs):
            pid += 1
            d = openings[s[0]] + dt.timedelta(days=k + (k // 4) * 3)
            mat = d.weekday() in (5, 6) and k % 2 == 0
            status = "CXL" if pid in (14, 37, 52, 71) else "ON"
            perfs.append((pid, s[0], d.isoformat(), "14:30" if mat else "19:30", hall, status))
    _ins(c, "performances", perfs)
    pc = ["MB1", "MB2", "MB3", "AS4", "CL7"]
    ppl = _people(r, 120)
    patrons = []
    for p in range(1, 121):
        g, f = ppl[p - 1]
        mem = _day(r, D(2015, 1, 1), 3600).isoformat() if p % 3 == 0 else None
        email = None if p % 8 == 0 else f"{g.lower()}.{f.lower()}@mailhub.com"
        patrons.append((p, f"{g} {f}", email, f"{r.choice(pc)} {r.randint(1, 9)}{r.choice('ABDEFG')}{r.choice('HJLNPQ')}",
                        mem))  # fmt: skip
    _ins(c, "patrons", patrons)
    tickets = []
    tn = 0
    base_price = {"musical": 18.0, "panto": 14.0, "comedy": 12.0, "drama": 10.0}
    pw = [max(1, 10 - p % 11) for p in range(1, 121)]
    for pf in perfs:
        if pf[5] == "CXL" or (pf[2] > "2025-06-14" and pf[1] != 12):
            continue
        s = shows[pf[1] - 1]
        sold = r.randint(3, 9) if pf[1] != 12 else r.randint(2, 5)
        seats = r.sample([f"{row}{num}" for row in "ABCDEFGH" for num in range(1, 13)], sold)
        for st in seats:
            tn += 1
            con = r.choices(["FULL", "CONC", "CHILD"], weights=[6, 3, 2 if s[3] in ("panto", "musical") else 0.3])[0]
            price = base_price[s[3]] * {"FULL": 1.0, "CONC": 0.8, "CHILD": 0.5}[con]
            patron = None if r.random() < 0.25 else r.choices(range(1, 121), weights=pw)[0]
            sold_at = D.fromisoformat(pf[2]) - dt.timedelta(days=r.randint(0, 40))
            tickets.append((tn, pf[0], patron, st, round(price, 2), con, sold_at.isoformat()))
    _ins(c, "tickets", tickets)
    roles = ["Lead", "Villain", "Narrator", "Chorus", "Friend", "Servant", "Parent", "Inspector", "Dame", "Sidekick"]
    cast = []
    for s in shows:
        n = {"musical": 10, "panto": 9, "comedy": 6, "drama": 7}[s[3]]
        actors = r.sample([v[0] for v in vols if v[0] != s[5]], n)
        for i, a in enumerate(actors):
            role = roles[i % len(roles)] if i < len(roles) else "Chorus"
            cast.append((s[0], a, role, 1 if i < 2 else 0))
    _ins(c, "cast_list", cast)
    _done(c)


def build_carrental(path: Path) -> None:
    """branch, customers (ref), fleet (home_branch), rentals (cust_ref, car_id), damage and staff (manager)."""
    r = random.Random(1904)
    c = _db(
        path,
        """
        CREATE TABLE branch(code TEXT PRIMARY KEY, city TEXT, phone TEXT, opened TEXT);
        CREATE TABLE customers(ref TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, licence_country TEXT,
            birth_date TEXT, email TEXT, blacklisted INTEGER);
        CREATE TABLE fleet(id INTEGER PRIMARY KEY, reg_plate TEXT, make TEXT, model TEXT, yr INTEGER, cls TEXT,
            daily_rate REAL, home_branch TEXT, sold_on TEXT);
        CREATE TABLE rentals(id INTEGER PRIMARY KEY, cust_ref TEXT, car_id INTEGER, pickup_branch TEXT,
            dropoff_branch TEXT, start_date TEXT, end_date TEXT, km_out INTEGER, km_in INTEGER, amount REAL,
            extra_ins TEXT);
        CREATE TABLE damage(id INTEGER PRIMARY KEY, rental_id INTEGER, noted_on TEXT, part TEXT, repair_cost REAL);
        CREATE TABLE staff(emp_no TEXT PRIMARY KEY, name TEXT, branch TEXT, role TEXT, manager TEXT);
    """,
    )
    branches = [
        ("AIR", "Bristol", "0117 555 0101", "2012-04-01"),
        ("BRS", "Bristol", "0117 555 0102", "2008-06-15"),
        ("BTH", "Bath", "01225 555 010", "2015-03-20"),
        ("CDF", "Cardiff", "029 555 0110", "2017-09-01"),
        ("EXE", "Exeter", "01392 555 011", "2021-05-10"),
    ]
    _ins(c, "branch", branches)
    people = _people(r, 110)
    countries = ["GB", "GB", "GB", "GB", "IE", "DE", "FR", "NL", "US", "ES"]
    custs = []
    for i in range(1, 111):
        g, f = people[i - 1]
        email = None if i % 6 == 0 else f"{g[0].lower()}{f.lower()}@post.example"
        custs.append((f"C{i:04d}", g, f, r.choice(countries), _day(r, D(1955, 1, 1), 17000).isoformat(), email,
                      1 if i in (7, 44, 91) else 0))  # fmt: skip
    _ins(c, "customers", custs)
    models = [
        ("Toyota", "Yaris", "ECO", 39), ("Fiat", "500", "ECO", 35), ("Ford", "Focus", "CMP", 49),
        ("VW", "Golf", "CMP", 52), ("Kia", "Sportage", "SUV", 74), ("Nissan", "Qashqai", "SUV", 71),
        ("Ford", "Transit", "VAN", 88), ("Mercedes", "E-Class", "LUX", 129), ("BMW", "5 Series", "LUX", 135),
        ("Skoda", "Octavia", "CMP", 50),
    ]  # fmt: skip
    fleet = []
    for fid in range(1, 49):
        mk, md, cls, rate = models[(fid * 7) % 10]
        yr = r.randint(2018, 2025)
        sold = None
        if yr <= 2019 and fid % 2 == 0:
            sold = _day(r, D(2024, 6, 1), 360).isoformat()
        plate = f"{r.choice('ABDFGHKLMNPRSVWY')}{r.choice('ABDFGHKLMNPRSVWY')}{yr % 100:02d} {r.randint(100, 999)}"
        fleet.append((fid, plate, mk, md, yr, cls, rate + (yr - 2018), branches[fid % 5][0], sold))
    _ins(c, "fleet", fleet)
    rentals = []
    cw = [max(1, 12 - i % 13) for i in range(110)]
    for rid in range(1, 331):
        car = r.choice(fleet)
        cust = r.choices(custs, weights=cw)[0]
        start = _day(r, D(2023, 1, 4), 885)
        if car[8] and start >= D.fromisoformat(car[8]):
            start = D.fromisoformat(car[8]) - dt.timedelta(days=r.randint(10, 300))
        days = int(r.triangular(1, 15, 3))
        if rid > 322:
            start = D(2025, 6, 14) - dt.timedelta(days=(rid - 322) * 2)
            days = 20
        end = start + dt.timedelta(days=days)
        pickup = car[7] if r.random() < 0.8 else r.choice(branches)[0]
        km_out = 5000 + rid * 90 + r.randint(0, 900)
        ins = "Y" if r.random() < 0.35 else "N"
        if end >= TODAY:
            rentals.append((rid, cust[0], car[0], pickup, None, start.isoformat(), None, km_out, None, None, ins))
            continue
        drop = pickup if r.random() < 0.85 else r.choice(branches)[0]
        km_in = km_out + days * r.randint(40, 260)
        amount = round(days * car[6] + (12.5 * days if ins == "Y" else 0), 2)
        rentals.append((rid, cust[0], car[0], pickup, drop, start.isoformat(), end.isoformat(), km_out, km_in,
                        amount, ins))  # fmt: skip
    _ins(c, "rentals", rentals)
    parts = ["bumper", "windscreen", "door", "wing mirror", "wheel", "bonnet", "interior"]
    damage = []
    did = 0
    for rt in rentals:
        if rt[6] and r.random() < 0.12:
            did += 1
            cost = None if r.random() < 0.2 else round(r.uniform(60, 1400), 2)
            damage.append((did, rt[0], rt[6], r.choice(parts), cost))
    _ins(c, "damage", damage)
    staff = [
        ("E001", "Rachel Dunn", "BRS", "regional manager", None),
        ("E002", "Gary Hollis", "AIR", "branch manager", "E001"),
        ("E003", "Meera Shah", "BTH", "branch manager", "E001"),
        ("E004", "Callum Price", "CDF", "branch manager", "E001"),
        ("E005", "Lucy Vaughan", "EXE", "branch manager", "E001"),
        ("E006", "Tom Fenwick", "AIR", "agent", "E002"),
        ("E007", "Sara Quinn", "AIR", "agent", "E002"),
        ("E008", "Ben Okafor", "AIR", "valet", "E002"),
        ("E009", "Holly Marsh", "BRS", "agent", "E001"),
        ("E010", "Jack Ellery", "BRS", "valet", "E001"),
        ("E011", "Nina Petrova", "BTH", "agent", "E003"),
        ("E012", "Owen Tate", "CDF", "agent", "E004"),
        ("E013", "Dai Morgan", "CDF", "valet", "E004"),
        ("E014", "Amy Lowe", "CDF", "agent", "E004"),
        ("E015", "Kit Moss", "EXE", "agent", "E005"),
    ]
    _ins(c, "staff", staff)
    _done(c)


def build_recipes(path: Path) -> None:
    """users, categories (parent_id), recipes (user_id), ingredients, recipe_ingredients and ratings."""
    r = random.Random(1905)
    c = _db(
        path,
        """
        CREATE TABLE users(id INTEGER PRIMARY KEY, username TEXT, email TEXT, joined_at TEXT, country TEXT,
            premium INTEGER);
        CREATE TABLE categories(id INTEGER PRIMARY KEY, name TEXT, parent_id INTEGER);
        CREATE TABLE recipes(id INTEGER PRIMARY KEY, title TEXT, user_id INTEGER, category_id INTEGER,
            prep_minutes INTEGER, cook_minutes INTEGER, servings INTEGER, difficulty INTEGER, published_at TEXT,
            views INTEGER);
        CREATE TABLE ingredients(id INTEGER PRIMARY KEY, name TEXT, kind TEXT);
        CREATE TABLE recipe_ingredients(recipe_id INTEGER, ingredient_id INTEGER, qty REAL, unit TEXT);
        CREATE TABLE ratings(id INTEGER PRIMARY KEY, recipe_id INTEGER, user_id INTEGER, stars INTEGER,
            review TEXT, created_at TEXT);
    """,
    )
    handles = ["spicegirl", "bakerben", "noodlenut", "chefkate", "grillmaster", "veggievic", "souplover",
               "pastaprince", "curryqueen", "breadhead", "sweettooth", "fishfan", "mamarosa", "tofutom",
               "cheesewiz", "lazycook", "hungryhal", "saucyssue", "pierre_cuisine", "dumplingdan", "oliveoyl",
               "brunchbabe", "smokeyjoe", "herbivore", "tacotuesday", "wokstar", "pieman", "jamjar", "kalekid",
               "mugcake", "ramenrick", "figgy", "butterbean", "crumbles", "zesty", "gnocchigirl", "porkpie",
               "saltnpepa", "quichequeen", "lentilla"]  # fmt: skip
    countries = ["UK", "US", "IT", "IN", "FR", "DE", "AU", "CA", None]
    users = []
    for uid, h in enumerate(handles, 1):
        users.append((uid, h, f"{h}@mail.example", _day(r, D(2021, 1, 1), 1500).isoformat(),
                      countries[(uid * 5) % 9], 1 if uid % 4 == 0 else 0))  # fmt: skip
    _ins(c, "users", users)
    cats = [
        (1, "Mains", None), (2, "Desserts", None), (3, "Baking", None), (4, "Starters", None),
        (5, "Pasta", 1), (6, "Curries", 1), (7, "Stir-fries", 1), (8, "Soups", 4), (9, "Salads", 4),
        (10, "Cakes", 3), (11, "Bread", 3), (12, "Ice cream", 2), (13, "Puddings", 2), (14, "Vegan curries", 6),
    ]  # fmt: skip
    _ins(c, "categories", cats)
    ingr = [
        (1, "onion", "veg"), (2, "garlic", "veg"), (3, "tomato", "veg"), (4, "chicken breast", "meat"),
        (5, "beef mince", "meat"), (6, "salmon", "fish"), (7, "prawns", "fish"), (8, "butter", "dairy"),
        (9, "cheddar", "dairy"), (10, "double cream", "dairy"), (11, "plain flour", "grain"), (12, "rice", "grain"),
        (13, "spaghetti", "grain"), (14, "cumin", "spice"), (15, "turmeric", "spice"), (16, "chilli", "spice"),
        (17, "sugar", "other"), (18, "eggs", "other"), (19, "lemon", "fruit"), (20, "apple", "fruit"),
        (21, "chickpeas", "veg"), (22, "coconut milk", "other"), (23, "ginger", "spice"), (24, "spinach", "veg"),
        (25, "bacon", "meat"), (26, "parmesan", "dairy"), (27, "yeast", "other"), (28, "dark chocolate", "other"),
        (29, "strawberries", "fruit"), (30, "tofu", "other"), (31, "soy sauce", "other"), (32, "saffron", "spice"),
    ]  # fmt: skip
    _ins(c, "ingredients", ingr)
    by_cat = {
        5: ["Spaghetti Carbonara", "Creamy Salmon Pasta", "Pasta Arrabbiata", "Spinach Lasagne", "Bacon Penne"],
        6: ["Chicken Tikka Masala", "Prawn Madras", "Beef Rendang", "Butter Chicken", "Saffron Chicken Korma"],
        14: ["Chickpea Curry", "Tofu Coconut Curry", "Spinach Dal"],
        7: ["Ginger Beef Stir-fry", "Prawn Noodle Stir-fry", "Tofu Teriyaki", "Chilli Chicken Stir-fry"],
        8: ["Tomato Soup", "French Onion Soup", "Lentil Soup", "Leek and Potato Soup"],
        9: ["Caesar Salad", "Greek Salad", "Salmon Nicoise"],
        10: ["Victoria Sponge", "Chocolate Fudge Cake", "Lemon Drizzle", "Carrot Cake", "Apple Cake"],
        11: ["Sourdough Loaf", "Focaccia", "Cheese Scones", "Soda Bread"],
        12: ["Strawberry Ice Cream", "Chocolate Gelato"],
        13: ["Sticky Toffee Pudding", "Apple Crumble", "Bread and Butter Pudding", "Chocolate Mousse"],
        1: ["Shepherd's Pie", "Roast Chicken", "Beef Chilli"],
        4: ["Garlic Prawns", "Cheese Straws"],
    }
    kw = {"Spaghetti": 13, "Pasta": 13, "Penne": 13, "Lasagne": 13, "Salmon": 6, "Prawn": 7, "Chicken": 4,
          "Beef": 5, "Bacon": 25, "Spinach": 24, "Chickpea": 21, "Tofu": 30, "Tomato": 3, "Onion": 1,
          "Lemon": 19, "Apple": 20, "Chocolate": 28, "Strawberry": 29, "Cheese": 9, "Garlic": 2, "Ginger": 23,
          "Saffron": 32, "Chilli": 16, "Curry": 14, "Masala": 15, "Madras": 16, "Coconut": 22, "Carbonara": 25,
          "Sourdough": 27, "Focaccia": 27, "Cake": 11, "Sponge": 18, "Scones": 11, "Teriyaki": 31,
          "Noodle": 31, "Korma": 10, "Butter": 8, "Crumble": 11, "Ice Cream": 10}  # fmt: skip
    recipes = []
    links = []
    rid = 0
    uw = [max(1, 9 - u % 10) for u in range(1, 41)]
    for cat, titles in by_cat.items():
        for t in titles:
            rid += 1
            u = r.choices(range(1, 41), weights=uw)[0]
            prep = r.choice([5, 10, 15, 20, 25, 30, 45])
            cook = 0 if cat in (9, 12) else r.choice([10, 15, 20, 30, 40, 60, 90, 120])
            diff = 3 if prep + cook > 100 else (2 if prep + cook > 45 else 1)
            pub = None if rid % 11 == 0 else _day(r, D(2023, 1, 1), 880).isoformat()
            views = 0 if pub is None else r.randint(40, 9000) + rid
            recipes.append((rid, t, u, cat, prep, cook, r.choice([2, 4, 4, 6, 8]), diff, pub, views))
            used = {v for k, v in kw.items() if k.lower() in t.lower()}
            if cat in (6, 14, 7, 8, 5, 1):
                used |= {1, 2}
            if cat in (10, 13, 3, 11):
                used |= {17, 8} if cat != 11 else {11}
            if cat == 10:
                used |= {11, 18}
            sweet = cat in (2, 3, 10, 11, 12, 13)
            filler = [8, 10, 17, 18, 19, 20, 29] if sweet else [1, 2, 3, 8, 14, 16, 19, 23, 24, 26, 31]
            while len(used) < 4:
                used.add(r.choice(filler))
            for ing in sorted(used):
                unit = {"spice": "tsp", "veg": "g", "meat": "g", "fish": "g"}.get(ingr[ing - 1][2], "g")
                qty = r.choice([1, 2, 3]) if unit == "tsp" else r.choice([50, 100, 150, 200, 250, 400, 500])
                links.append((rid, ing, qty, unit))
    _ins(c, "recipes", recipes)
    _ins(c, "recipe_ingredients", links)
    ratings = []
    nid = 0
    reviews = ["Delicious!", "Too salty for me", "Family favourite", "Easy and quick", "Needed more spice",
               "Will make again", "Bit bland", "Perfect"]  # fmt: skip
    for rc in recipes:
        if rc[8] is None:
            continue
        quality = 2.5 + (rc[0] * 37 % 25) / 10
        for u in r.sample(range(1, 41), r.randint(0, 9)):
            if u == rc[2] or u % 13 == 0:
                continue
            nid += 1
            stars = max(1, min(5, round(r.gauss(quality, 0.8))))
            when = D.fromisoformat(rc[8]) + dt.timedelta(days=r.randint(1, 400))
            if when >= TODAY:
                when = TODAY - dt.timedelta(days=r.randint(1, 30))
            ratings.append((nid, rc[0], u, stars, r.choice(reviews) if r.random() < 0.45 else None,
                            when.isoformat()))  # fmt: skip
    _ins(c, "ratings", ratings)
    _done(c)


def build_schooldistrict(path: Path) -> None:
    """schools, departments (dept_no), teacher (school, dept), pupils, classes (teacherId) and enrollments."""
    r = random.Random(1906)
    c = _db(
        path,
        """
        CREATE TABLE schools(school_id INTEGER PRIMARY KEY, name TEXT, level TEXT, address TEXT, opened INTEGER);
        CREATE TABLE departments(dept_no TEXT PRIMARY KEY, dept_name TEXT);
        CREATE TABLE teacher(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, school INTEGER, dept TEXT,
            hired TEXT, salary INTEGER, tenured TEXT, email TEXT);
        CREATE TABLE pupils(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, gender TEXT, birth_date TEXT,
            grade INTEGER, school_id INTEGER);
        CREATE TABLE classes(id INTEGER PRIMARY KEY, subject TEXT, teacherId INTEGER, room TEXT, term TEXT,
            capacity INTEGER);
        CREATE TABLE enrollments(id INTEGER PRIMARY KEY, pupil_id INTEGER, class_id INTEGER, enrolled_on TEXT,
            final_grade TEXT, dropped INTEGER);
    """,
    )
    schools = [
        (1, "Maple Grove Elementary", "ES", "12 Maple Grove", 1962),
        (2, "Riverside Elementary", "ES", "4 River Road", 1978),
        (3, "Cedar Hill Elementary", "ES", "88 Cedar Hill", 2009),
        (4, "Lincoln Middle School", "MS", "300 Lincoln Ave", 1971),
        (5, "Westbrook Middle School", "MS", "17 Westbrook Dr", 1995),
        (6, "Central High School", "HS", "1 Central Plaza", 1955),
        (7, "Northfield High School", "HS", "250 Northfield Rd", 2003),
    ]
    _ins(c, "schools", schools)
    depts = [("MATH", "Mathematics"), ("ENG", "English"), ("SCI", "Science"), ("HIST", "History"),
             ("ART", "Arts"), ("PE", "Physical Education"), ("GEN", "General Studies")]  # fmt: skip
    _ins(c, "departments", depts)
    people = _people(r, 60)
    teachers = []
    for tid in range(1, 61):
        g, f = people[tid - 1]
        sch = schools[(tid * 3) % 7]
        if sch[2] == "ES":
            dept = "GEN" if tid % 4 else r.choice(["ART", "PE"])
        else:
            dept = ["MATH", "ENG", "SCI", "HIST", "ART", "PE", "MATH", "ENG", "SCI"][tid % 9]
        hired = _day(r, D(1995, 8, 1), 10800)
        salary = 48000 + (2024 - hired.year) * 900 + r.randint(0, 60) * 50 + tid
        email = None if tid % 8 == 0 else f"{g[0].lower()}{f.lower()}@district.k12.example"
        tenured = "Y" if hired.year < 2020 else "N"
        teachers.append((tid, g, f, sch[0], dept, hired.isoformat(), salary, tenured, email))
    _ins(c, "teacher", teachers)
    ppl = _people(r, 380)
    pupils = []
    for pid in range(1, 381):
        g, f = ppl[pid - 1]
        sch = r.choices(schools, weights=[5, 4, 3, 5, 4, 6, 5])[0]
        grade = {"ES": r.randint(0, 5), "MS": r.randint(6, 8), "HS": r.randint(9, 12)}[sch[2]]
        born = D(2024 - grade - 5, 1, 1) + dt.timedelta(days=r.randrange(365))
        gender = "F" if g in ("Agnes", "Carmen", "Edith", "Greta", "Ingrid", "Kira", "Mabel", "Opal", "Ruth",
                              "Thelma", "Vivian", "Yvonne", "Bonnie") else "M"  # fmt: skip
        pupils.append((pid, g, f, gender, born.isoformat(), grade, sch[0]))
    _ins(c, "pupils", pupils)
    subjects = {"MATH": ["Algebra I", "Geometry", "Pre-Calculus"], "ENG": ["English Literature", "Creative Writing"],
                "SCI": ["Biology", "Chemistry", "Physics"], "HIST": ["World History", "US History"],
                "ART": ["Art", "Music"], "PE": ["Physical Education"], "GEN": ["Homeroom", "Reading"]}  # fmt: skip
    classes = []
    cid = 0
    for t in teachers:
        for term in ("2024-FA", "2025-SP"):
            for subj in r.sample(subjects[t[4]], min(2, len(subjects[t[4]]))) if t[0] % 3 else subjects[t[4]][:1]:
                cid += 1
                cap = 22 if schools[t[3] - 1][2] == "ES" else r.choice([25, 28, 30, 32])
                classes.append((cid, subj, t[0], f"{chr(64 + t[3])}{100 + (t[0] * 7) % 90}", term, cap))
    _ins(c, "classes", classes)
    enr = []
    eid = 0
    for cl in classes:
        school = teachers[cl[2] - 1][3]
        pool = [p for p in pupils if p[6] == school]
        for p in r.sample(pool, min(len(pool), r.randint(4, 14))):
            eid += 1
            on = D(2024, 8, 26) if cl[4] == "2024-FA" else D(2025, 1, 13)
            on = on + dt.timedelta(days=r.randint(-10, 5))
            dropped = 1 if r.random() < 0.06 else 0
            if dropped:
                grade = None
            elif cl[4] == "2024-FA":
                grade = r.choices("ABCDF", weights=[5, 7, 5, 2, 1])[0]
            else:
                grade = None if r.random() < 0.8 else r.choices("ABCDF", weights=[5, 7, 5, 2, 1])[0]
            enr.append((eid, p[0], cl[0], on.isoformat(), grade, dropped))
    _ins(c, "enrollments", enr)
    _done(c)


BUILDERS = {
    "library": build_library,
    "vetclinic": build_vetclinic,
    "theatre": build_theatre,
    "carrental": build_carrental,
    "recipes": build_recipes,
    "schooldistrict": build_schooldistrict,
}
