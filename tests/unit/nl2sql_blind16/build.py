"""Deterministic SQLite databases for a sixteenth blind NL→SQL evaluation.

Six everyday schemas in the plainest conventional style (plural snake_case tables, ``id`` primary keys,
``<table>_id`` foreign keys, descriptive columns), so that the questions are the varied part:

* ``climbing``: a climbing gym: ``walls`` (``wall_type`` boulder/lead/top_rope, ``height_m``), ``setters``
  (a ``head_setter_id`` self-reference, a NULL ``email`` for some), ``routes`` (``grade`` like ``6b+``,
  ``difficulty_score``, ``set_on``, a NULL ``removed_on`` while still up), ``members``
  (``membership_type`` monthly/annual/punch_card, ``is_active``) and ``ascents`` (``style``
  flash/redpoint/onsight, ``attempts``, a NULL ``rating`` when not rated).
* ``piano``: a piano teacher's studio: ``students`` (``birth_date``, ``level``, a NULL ``parent_email`` for
  adults, ``is_active``), ``pieces`` (``composer``, ``difficulty_grade`` 1-8), the many-to-many link
  ``student_pieces`` (``assigned_on``, a NULL ``completed_on`` while being learnt), ``lessons``
  (``duration_minutes``, ``fee``, ``status`` completed/canceled/no_show), ``exams`` (``grade_level``,
  ``score``, ``passed`` 0/1) and ``payments`` (``method`` cash/card/bank_transfer).
* ``bikelanes``: a city's cycling network: ``districts``, ``bike_lanes`` (``lane_type``
  protected/painted/shared, ``length_km``, a NULL ``opened_on`` while planned), ``reporters``,
  ``incidents`` (``incident_type`` collision/pothole/obstruction/near_miss, ``severity``
  minor/moderate/serious, ``injuries_count``, a NULL ``reporter_id`` for anonymous reports, a NULL
  ``resolved_at`` while open) and ``maintenance_jobs`` (a NULL ``incident_id`` for planned work, a NULL
  ``completed_on`` while ongoing, ``cost``).
* ``wineshop``: a wine shop: ``regions``, ``wines`` (``color`` red/white/rose/sparkling, ``vintage`` NULL
  for non-vintage, ``price``, ``stock_quantity``), ``club_members`` (``tier`` silver/gold/platinum,
  ``is_active``, a NULL ``phone`` for some), ``tastings`` (``ticket_price``, ``capacity``) and the link
  tables ``tasting_wines`` (``pour_order``) and ``tasting_attendees``.
* ``printshop``: a print shop: ``customers`` (a NULL ``contact_email`` for some), ``employees`` (a
  ``supervisor_id`` self-reference), ``paper_stocks`` (``paper_size``, ``weight_gsm``, ``finish``,
  ``sheets_in_stock``, ``reorder_level``, ``cost_per_sheet``), ``printers`` (``is_color``) and ``jobs``
  (``quantity``, ``status`` queued/printing/done/canceled, ``total_amount``, a NULL ``completed_at`` while
  not done, a NULL ``operator_id`` while unassigned).
* ``hiking``: a hiking club: ``trails`` (``distance_km``, ``elevation_gain_m``, ``difficulty``
  easy/moderate/hard), ``members`` (``gender`` F/M, ``is_leader``, a NULL ``phone`` for some), ``trips``
  (``leader_id`` a member, ``status`` scheduled/completed/cancelled), ``sign_ups`` (a NULL ``attended`` for
  trips not yet held) and ``membership_fees`` (a NULL ``paid_on`` while unpaid).

Dates are ISO text, around 2023-2025 (the tests' today is 2025-06-15).  The questions in
``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests that must be refused) were written
against these schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, FEMALE, GIVEN
from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

FIRST = GIVEN
LAST = FAMILY
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in FIRST for f in LAST]
    r.shuffle(pairs)
    return pairs[:n]


def _email(g: str, f: str, host: str) -> str:
    return f"{g.lower()}.{f.lower()}@{host}"


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_climbing(path: Path) -> None:
    """walls, setters (self-reference), routes, members and ascents."""
    r = random.Random(1601)
    c = _db(
        path,
        """
        CREATE TABLE walls(id INTEGER PRIMARY KEY, name TEXT NOT NULL, wall_type TEXT, height_m REAL);
        CREATE TABLE setters(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT, hired_at TEXT, head_setter_id INTEGER REFERENCES setters(id));
        CREATE TABLE routes(id INTEGER PRIMARY KEY, wall_id INTEGER REFERENCES walls(id),
            setter_id INTEGER REFERENCES setters(id), name TEXT NOT NULL, grade TEXT, difficulty_score INTEGER,
            hold_color TEXT, set_on TEXT, removed_on TEXT);
        CREATE TABLE members(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT, membership_type TEXT, joined_at TEXT, is_active INTEGER);
        CREATE TABLE ascents(id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id),
            route_id INTEGER REFERENCES routes(id), climbed_at TEXT, style TEXT, attempts INTEGER, rating INTEGER);
    """,
    )
    walls = [
        (1, "The Cave", "boulder", 4.5),
        (2, "Slab Corner", "boulder", 4.0),
        (3, "Competition Wall", "lead", 15.0),
        (4, "North Face", "lead", 13.5),
        (5, "Kids Zone", "top_rope", 8.0),
        (6, "Arete Tower", "top_rope", 11.0),
        (7, "Training Board", "boulder", 3.5),
    ]
    _ins(c, "walls", walls)
    setters = [
        (1, "Marta", "Kowalczyk", "marta@cruxhall.com", "2021-03-01", None),
        (2, "Devon", "Ashby", "devon@cruxhall.com", "2022-01-10", 1),
        (3, "Priya", "Raman", None, "2022-08-15", 1),
        (4, "Tomas", "Lindgren", "tomas@cruxhall.com", "2023-02-20", 2),
        (5, "Jade", "Okoro", None, "2023-09-04", 2),
        (6, "Felix", "Brandt", "felix@cruxhall.com", "2024-04-12", 3),
        (7, "Noor", "Haddad", "noor@cruxhall.com", "2024-11-01", 3),
    ]
    _ins(c, "setters", setters)
    boulder_grades = ["V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8"]
    rope_grades = ["5a", "5b", "5c", "6a", "6a+", "6b", "6b+", "6c", "7a", "7a+", "7b"]
    colors = ["red", "blue", "green", "yellow", "black", "white", "purple", "orange", "pink"]
    words_a = ["Crimson", "Silent", "Golden", "Broken", "Lazy", "Electric", "Hidden", "Wild", "Frozen", "Velvet",
               "Iron", "Paper", "Lunar", "Salty", "Rusty", "Hollow"]  # fmt: skip
    words_b = ["Arete", "Dyno", "Crimp", "Monkey", "Ladder", "Pinch", "Sloper", "Traverse", "Chimney", "Roof",
               "Flake", "Dragon", "Owl", "Tiger", "Comet"]  # fmt: skip
    names = [f"{a} {b}" for a in words_a for b in words_b]
    r.shuffle(names)
    routes = []
    for rid in range(1, 91):
        wall = walls[(rid * 3) % 7]
        if wall[2] == "boulder":
            gi = min(8, int(r.triangular(0, 9, 3)))
            grade, score = boulder_grades[gi], 10 + gi * 5
        else:
            gi = min(10, int(r.triangular(0, 11, 4)))
            grade, score = rope_grades[gi], 8 + gi * 4
        setter = r.choices(setters, weights=[2, 6, 5, 6, 4, 3, 2])[0]
        set_on = _day(r, max(D(2023, 1, 5), D.fromisoformat(setter[4])), 850)
        if set_on > D(2025, 6, 10):
            set_on = D(2025, 6, 10) - dt.timedelta(days=rid % 20)
        removed = None
        if set_on < D(2025, 1, 1) and r.random() < 0.6:
            removed = (set_on + dt.timedelta(days=r.randint(60, 200))).isoformat()
            if removed > "2025-06-14":
                removed = None
        routes.append((rid, wall[0], setter[0], names[rid - 1], grade, score, colors[rid % 9], set_on.isoformat(),
                       removed))  # fmt: skip
    _ins(c, "routes", routes)
    people = _people(r, 70)
    members = []
    for mid in range(1, 71):
        g, f = people[mid - 1]
        mtype = r.choices(["monthly", "annual", "punch_card"], weights=[5, 3, 2])[0]
        members.append(
            (
                mid,
                g,
                f,
                None if mid % 11 == 0 else _email(g, f, "mailbox.org"),
                mtype,
                _day(r, D(2023, 1, 1), 880).isoformat(),
                0 if mid % 6 == 0 else 1,
            )
        )
    _ins(c, "members", members)
    ascents = []
    weights = [max(1, 12 - (m[0] % 13)) for m in members]
    for aid in range(1, 381):
        m = r.choices(members, weights=weights)[0]
        rt = r.choice(routes)
        lo = max(D.fromisoformat(rt[7]), D.fromisoformat(m[5]))
        hi = D.fromisoformat(rt[8]) if rt[8] else TODAY - dt.timedelta(days=1)
        if lo >= hi:
            lo = hi - dt.timedelta(days=1)
        when = lo + dt.timedelta(days=r.randrange(max(1, (hi - lo).days)))
        style = r.choices(["flash", "redpoint", "onsight"], weights=[3, 6, 2])[0]
        attempts = 1 if style in ("flash", "onsight") else r.randint(2, 9)
        rating = None if r.random() < 0.3 else r.randint(1, 5)
        ascents.append((aid, m[0], rt[0], when.isoformat(), style, attempts, rating))
    _ins(c, "ascents", ascents)
    _done(c)


def build_piano(path: Path) -> None:
    """students, pieces, student_pieces (link), lessons, exams and payments."""
    r = random.Random(1602)
    c = _db(
        path,
        """
        CREATE TABLE students(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            birth_date TEXT, parent_email TEXT, level TEXT, started_at TEXT, is_active INTEGER);
        CREATE TABLE pieces(id INTEGER PRIMARY KEY, title TEXT NOT NULL, composer TEXT, difficulty_grade INTEGER,
            period TEXT);
        CREATE TABLE student_pieces(student_id INTEGER REFERENCES students(id),
            piece_id INTEGER REFERENCES pieces(id), assigned_on TEXT, completed_on TEXT,
            PRIMARY KEY(student_id, piece_id));
        CREATE TABLE lessons(id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(id), lesson_date TEXT,
            duration_minutes INTEGER, fee REAL, status TEXT, notes TEXT);
        CREATE TABLE exams(id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(id), grade_level INTEGER,
            exam_date TEXT, score INTEGER, passed INTEGER);
        CREATE TABLE payments(id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(id), paid_at TEXT,
            amount REAL, method TEXT);
    """,
    )
    people = _people(r, 34)
    students = []
    for sid in range(1, 35):
        g, f = people[sid - 1]
        adult = sid % 5 == 0
        born = _day(r, D(1975, 1, 1), 9000) if adult else _day(r, D(2008, 1, 1), 3300)
        level = ["beginner", "intermediate", "advanced"][min(2, int(r.triangular(0, 3, 0.6)))]
        students.append(
            (
                sid,
                g,
                f,
                born.isoformat(),
                None if adult else f"parent.{f.lower()}{sid}@homemail.net",
                level,
                _day(r, D(2023, 1, 9), 800).isoformat(),
                0 if sid in (4, 13, 21, 29) else 1,
            )
        )
    _ins(c, "students", students)
    pieces = [
        (1, "Für Elise", "Beethoven", 5, "Classical"),
        (2, "Moonlight Sonata, 1st mvt", "Beethoven", 6, "Classical"),
        (3, "Prelude in C major", "Bach", 4, "Baroque"),
        (4, "Minuet in G", "Petzold", 1, "Baroque"),
        (5, "Clair de Lune", "Debussy", 8, "Impressionist"),
        (6, "Gymnopédie No. 1", "Satie", 4, "Impressionist"),
        (7, "The Entertainer", "Joplin", 5, "Ragtime"),
        (8, "Nocturne Op. 9 No. 2", "Chopin", 7, "Romantic"),
        (9, "Waltz in A minor", "Chopin", 3, "Romantic"),
        (10, "Sonatina in C", "Clementi", 3, "Classical"),
        (11, "Arabesque No. 1", "Debussy", 7, "Impressionist"),
        (12, "Twinkle Variations", "Mozart", 2, "Classical"),
        (13, "Invention No. 8", "Bach", 5, "Baroque"),
        (14, "Maple Leaf Rag", "Joplin", 7, "Ragtime"),
        (15, "Kinderszenen: Träumerei", "Schumann", 5, "Romantic"),
        (16, "Ode to Joy", "Beethoven", 1, "Classical"),
        (17, "River Flows in You", "Yiruma", 4, "Contemporary"),
        (18, "Comptine d'un autre été", "Tiersen", 4, "Contemporary"),
        (19, "Prelude in E minor", "Chopin", 4, "Romantic"),
        (20, "Rondo alla Turca", "Mozart", 6, "Classical"),
        (21, "Musette in D", "Bach", 2, "Baroque"),
        (22, "Experience", "Einaudi", 5, "Contemporary"),
    ]
    _ins(c, "pieces", pieces)
    links = []
    for s in students:
        start = D.fromisoformat(s[6])
        cap = {"beginner": 3, "intermediate": 6, "advanced": 8}[s[5]]
        pool = [p for p in pieces if (p[3] <= cap and p[0] != 5) or (p[0] == 5 and s[0] == 7)]
        for p in r.sample(pool, 1 + s[0] % 4):
            a = start + dt.timedelta(days=r.randint(0, max(1, (TODAY - start).days - 10)))
            done = None
            if r.random() < 0.6:
                cd = a + dt.timedelta(days=r.randint(20, 150))
                done = cd.isoformat() if cd < TODAY else None
            links.append((s[0], p[0], a.isoformat(), done))
    _ins(c, "student_pieces", sorted(links))
    lessons = []
    lid = 0
    for s in students:
        start = max(D.fromisoformat(s[6]), D(2024, 10, 1))
        end = TODAY if s[7] else D(2024, 12, 20)
        d = start + dt.timedelta(days=s[0] % 7)
        dur = 30 if s[5] == "beginner" else (45 if s[5] == "intermediate" else 60)
        while d < end:
            lid += 1
            status = r.choices(["completed", "canceled", "no_show"], weights=[88, 9, 3])[0]
            fee = {30: 25.0, 45: 35.0, 60: 45.0}[dur]
            note = r.choice([None, None, None, "work on scales", "sight-reading", "pedalling", "exam prep"])
            lessons.append((lid, s[0], d.isoformat(), dur, fee, status, note))
            d += dt.timedelta(days=r.choice([14, 21, 28]))
    _ins(c, "lessons", lessons)
    exams = []
    eid = 0
    for s in students:
        if s[0] % 3 == 0 or (s[5] == "beginner" and s[0] % 2 == 0):
            continue
        for k in range(1 + (s[0] % 4 == 1)):
            eid += 1
            score = r.randint(88, 146)
            exams.append((eid, s[0], {"beginner": 1, "intermediate": 3, "advanced": 6}[s[5]] + k,
                          _day(r, D(2023, 6, 1), 700).isoformat(), score, 1 if score >= 100 else 0))  # fmt: skip
    _ins(c, "exams", exams)
    payments = []
    pid = 0
    for s in students:
        for m in range(6, 18):
            mon = D(2024 + m // 12, m % 12 + 1, 1)
            if mon < D.fromisoformat(s[6]).replace(day=1) or mon > D(2025, 6, 1) or (not s[7] and mon > D(2024, 12, 1)):
                continue
            if r.random() < 0.15:
                continue
            pid += 1
            amt = r.choice([100.0, 140.0, 120.0, 180.0, 90.0])
            payments.append((pid, s[0], (mon + dt.timedelta(days=r.randint(0, 12))).isoformat(), amt,
                             r.choices(["cash", "card", "bank_transfer"], weights=[2, 3, 5])[0]))  # fmt: skip
    _ins(c, "payments", payments)
    _done(c)


def build_bikelanes(path: Path) -> None:
    """districts, bike_lanes, reporters, incidents and maintenance_jobs."""
    r = random.Random(1603)
    c = _db(
        path,
        """
        CREATE TABLE districts(id INTEGER PRIMARY KEY, name TEXT NOT NULL, population INTEGER, area_km2 REAL);
        CREATE TABLE bike_lanes(id INTEGER PRIMARY KEY, district_id INTEGER REFERENCES districts(id),
            street_name TEXT NOT NULL, lane_type TEXT, length_km REAL, speed_limit_kmh INTEGER, opened_on TEXT);
        CREATE TABLE reporters(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT,
            registered_at TEXT);
        CREATE TABLE incidents(id INTEGER PRIMARY KEY, bike_lane_id INTEGER REFERENCES bike_lanes(id),
            reporter_id INTEGER REFERENCES reporters(id), reported_at TEXT, incident_type TEXT, severity TEXT,
            injuries_count INTEGER, description TEXT, resolved_at TEXT);
        CREATE TABLE maintenance_jobs(id INTEGER PRIMARY KEY, bike_lane_id INTEGER REFERENCES bike_lanes(id),
            incident_id INTEGER REFERENCES incidents(id), crew_name TEXT, started_on TEXT, completed_on TEXT,
            cost REAL);
    """,
    )
    districts = [
        (1, "Old Town", 41200, 6.2),
        (2, "Riverside", 58300, 11.4),
        (3, "Northgate", 72900, 15.8),
        (4, "Harbourview", 33600, 7.1),
        (5, "Eastfield", 64100, 13.0),
        (6, "University Quarter", 27800, 4.3),
        (7, "Westbrook", 49500, 9.6),
    ]
    _ins(c, "districts", districts)
    streets = ["Main Street", "Canal Road", "Market Lane", "Station Avenue", "Park Drive", "Mill Road",
               "Queen Street", "Harbour Way", "Elm Grove", "Bridge Street", "Church Lane", "College Road",
               "Victoria Avenue", "Orchard Way", "Castle Hill", "Riverside Walk", "King Street", "Ferry Road",
               "Chapel Street", "Meadow Lane", "High Street", "Garden Terrace", "Quarry Road", "Abbey Road",
               "Foundry Lane", "Linden Avenue", "Wharf Street", "North Road", "South Parade", "Beacon Way",
               "Cedar Close", "Tannery Row", "Union Street", "Spring Gardens", "Greenway", "Ropewalk"]  # fmt: skip
    lanes = []
    for lid, st in enumerate(streets, start=1):
        ltype = r.choices(["protected", "painted", "shared"], weights=[4, 5, 3])[0]
        opened = None if lid in (9, 23, 34) else _day(r, D(2014, 3, 1), 4000).isoformat()
        lanes.append((lid, (lid * 5) % 7 + 1, st, ltype, round(r.uniform(0.4, 5.8), 2),
                      30 if ltype == "shared" else r.choice([30, 50, 50]), opened))  # fmt: skip
    _ins(c, "bike_lanes", lanes)
    people = _people(r, 40)
    reporters = []
    for i in range(1, 41):
        g, f = people[i - 1]
        reporters.append((i, g, f, _email(g, f, "citymail.net") if i % 9 else None,
                          _day(r, D(2022, 5, 1), 1100).isoformat()))  # fmt: skip
    _ins(c, "reporters", reporters)
    open_lanes = [ln for ln in lanes if ln[6]]
    lane_w = [9 if ln[0] in (3, 8, 17) else (1 if ln[3] == "protected" else 3) for ln in open_lanes]
    descs = {
        "collision": ["car turned across lane", "door opened into cyclist", "collision with another cyclist"],
        "pothole": ["deep pothole", "cracked surface", "sunken drain cover"],
        "obstruction": ["parked van in lane", "bins blocking lane", "construction barrier", "fallen branch"],
        "near_miss": ["close pass by bus", "close pass by taxi", "car pulled out without looking"],
    }
    incidents = []
    for iid in range(1, 261):
        ln = r.choices(open_lanes, weights=lane_w)[0]
        itype = r.choices(["collision", "pothole", "obstruction", "near_miss"], weights=[2, 4, 4, 3])[0]
        when = _day(r, D(2023, 1, 1), 896)
        sev = r.choices(["minor", "moderate", "serious"], weights=[6, 3, 1])[0]
        if itype != "collision" and sev == "serious":
            sev = "moderate"
        inj = (1 if sev != "minor" else 0) + (r.random() < 0.2 and sev == "serious") if itype == "collision" else 0
        resolved = None
        if r.random() < 0.8 and when < D(2025, 6, 5):
            rd = when + dt.timedelta(days=r.randint(0, 40))
            resolved = rd.isoformat() if rd < TODAY else None
        incidents.append((iid, ln[0], None if r.random() < 0.25 else r.randint(1, 40),
                          f"{when.isoformat()} {r.randint(6, 21):02d}:{r.choice(['05', '20', '35', '50'])}", itype,
                          sev, inj, r.choice(descs[itype]), resolved))  # fmt: skip
    _ins(c, "incidents", incidents)
    crews = ["Crew A", "Crew B", "Roadworks North", "Roadworks South"]
    jobs = []
    jid = 0
    for inc in incidents:
        if inc[4] in ("pothole", "obstruction") and inc[8] and r.random() < 0.5:
            jid += 1
            st = D.fromisoformat(inc[3][:10]) + dt.timedelta(days=r.randint(0, 5))
            jobs.append((jid, inc[1], inc[0], r.choice(crews), st.isoformat(), inc[8] if inc[8] >= st.isoformat()
                         else st.isoformat(), round(r.uniform(120, 2400), 2)))  # fmt: skip
    for _ in range(25):
        jid += 1
        ln = r.choice(open_lanes)
        st = _day(r, D(2023, 2, 1), 860)
        done = None if st > D(2025, 5, 20) or jid % 10 == 0 else (st + dt.timedelta(days=r.randint(1, 20))).isoformat()
        jobs.append((jid, ln[0], None, r.choice(crews), st.isoformat(), done, round(r.uniform(900, 18000), 2)))
    _ins(c, "maintenance_jobs", jobs)
    _done(c)


def build_wineshop(path: Path) -> None:
    """regions, wines, club_members, tastings and the links tasting_wines and tasting_attendees."""
    r = random.Random(1604)
    c = _db(
        path,
        """
        CREATE TABLE regions(id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT);
        CREATE TABLE wines(id INTEGER PRIMARY KEY, name TEXT NOT NULL, producer TEXT,
            region_id INTEGER REFERENCES regions(id), grape TEXT, color TEXT, vintage INTEGER, price REAL,
            stock_quantity INTEGER);
        CREATE TABLE club_members(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT, phone TEXT, tier TEXT, joined_at TEXT, is_active INTEGER);
        CREATE TABLE tastings(id INTEGER PRIMARY KEY, title TEXT NOT NULL, held_on TEXT, host_name TEXT,
            ticket_price REAL, capacity INTEGER);
        CREATE TABLE tasting_wines(tasting_id INTEGER REFERENCES tastings(id), wine_id INTEGER REFERENCES wines(id),
            pour_order INTEGER, PRIMARY KEY(tasting_id, wine_id));
        CREATE TABLE tasting_attendees(tasting_id INTEGER REFERENCES tastings(id),
            member_id INTEGER REFERENCES club_members(id), PRIMARY KEY(tasting_id, member_id));
    """,
    )
    regions = [
        (1, "Bordeaux", "France"),
        (2, "Burgundy", "France"),
        (3, "Champagne", "France"),
        (4, "Rioja", "Spain"),
        (5, "Tuscany", "Italy"),
        (6, "Piedmont", "Italy"),
        (7, "Mosel", "Germany"),
        (8, "Marlborough", "New Zealand"),
        (9, "Barossa Valley", "Australia"),
        (10, "Napa Valley", "USA"),
        (11, "Provence", "France"),
        (12, "Douro", "Portugal"),
    ]
    _ins(c, "regions", regions)
    styles = {
        1: [("Cabernet Sauvignon", "red"), ("Merlot", "red"), ("Sauvignon Blanc", "white")],
        2: [("Pinot Noir", "red"), ("Chardonnay", "white")],
        3: [("Chardonnay", "sparkling"), ("Pinot Noir", "sparkling")],
        4: [("Tempranillo", "red"), ("Viura", "white")],
        5: [("Sangiovese", "red"), ("Vermentino", "white")],
        6: [("Nebbiolo", "red"), ("Barbera", "red"), ("Moscato", "sparkling")],
        7: [("Riesling", "white")],
        8: [("Sauvignon Blanc", "white"), ("Pinot Noir", "red")],
        9: [("Shiraz", "red"), ("Grenache", "rose")],
        10: [("Cabernet Sauvignon", "red"), ("Chardonnay", "white")],
        11: [("Grenache", "rose"), ("Cinsault", "rose")],
        12: [("Touriga Nacional", "red")],
    }
    producers = ["Château Belair", "Domaine Roux", "Maison Clément", "Bodegas Ortega", "Tenuta Sasso",
                 "Cantina Rossi", "Weingut Keller", "Cloudy Ridge", "Hill Estate", "Oak Creek Cellars",
                 "Domaine Azur", "Quinta do Vale", "Clos Saint-Martin", "Fattoria Luna"]  # fmt: skip
    wines = []
    for wid in range(1, 81):
        reg = regions[(wid * 7) % 12]
        grape, color = r.choice(styles[reg[0]])
        prod = producers[(wid * 5) % 14]
        vintage = None if color == "sparkling" and wid % 2 == 0 else r.randint(2012, 2023)
        base = {"red": 28, "white": 22, "rose": 16, "sparkling": 42}[color]
        price = round(base * r.uniform(0.55, 3.2), 2) if wid != 33 else 189.0
        wines.append((wid, f"{prod} {grape}" + (f" {vintage}" if vintage else " NV"), prod, reg[0], grape, color,
                      vintage, price, 0 if wid % 13 == 0 else r.randint(2, 96)))  # fmt: skip
    _ins(c, "wines", wines)
    people = _people(r, 60)
    members = []
    for mid in range(1, 61):
        g, f = people[mid - 1]
        members.append((mid, g, f, _email(g, f, "vinmail.com"), None if mid % 4 == 0 else f"07{r.randint(100, 999)} "
                        f"{r.randint(100000, 999999)}", r.choices(["silver", "gold", "platinum"], weights=[6, 3, 1])[0],
                        _day(r, D(2023, 1, 5), 880).isoformat(), 0 if mid % 9 == 0 else 1))  # fmt: skip
    _ins(c, "club_members", members)
    titles = ["Old World Reds", "Bubbles Before Brunch", "Summer Rosé Evening", "Pinot Noir Around the World",
              "Riesling Masterclass", "Italian Icons", "Big Reds of the New World", "Sauvignon Showdown",
              "Spanish Fiesta", "Burgundy Deep Dive", "Champagne Night", "Budget Heroes Under 20",
              "Port and Douro Reds", "Natural Wines Explained", "Christmas Selection", "Chardonnay Uncovered",
              "Tuscan Evening", "Wines for Barbecue"]  # fmt: skip
    hosts = ["Claire Dubois", "Marco Bellini", "Sophie Grant", "Claire Dubois", "Henry Walsh"]
    tastings = []
    for tid, t in enumerate(titles, start=1):
        held = D(2023, 3, 10) + dt.timedelta(days=tid * 46 + r.randint(0, 10))
        tastings.append((tid, t, held.isoformat(), hosts[tid % 5], r.choice([25.0, 30.0, 35.0, 45.0, 60.0]),
                         r.choice([12, 16, 20, 24])))  # fmt: skip
    _ins(c, "tastings", tastings)
    tw = []
    ta = []
    for t in tastings:
        for k, w in enumerate(r.sample(wines, 4 + t[0] % 3), start=1):
            tw.append((t[0], w[0], k))
        if t[2] < "2025-06-15":
            for m in r.sample(members, min(t[5], r.randint(6, 20))):
                if m[6] <= t[2]:
                    ta.append((t[0], m[0]))
    _ins(c, "tasting_wines", tw)
    _ins(c, "tasting_attendees", sorted(ta))
    _done(c)


def build_printshop(path: Path) -> None:
    """customers, employees (self-reference), paper_stocks, printers and jobs."""
    r = random.Random(1605)
    c = _db(
        path,
        """
        CREATE TABLE customers(id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, contact_name TEXT,
            contact_email TEXT, city TEXT, created_at TEXT);
        CREATE TABLE employees(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            role TEXT, hourly_rate REAL, supervisor_id INTEGER REFERENCES employees(id));
        CREATE TABLE paper_stocks(id INTEGER PRIMARY KEY, name TEXT NOT NULL, paper_size TEXT, weight_gsm INTEGER,
            finish TEXT, sheets_in_stock INTEGER, reorder_level INTEGER, cost_per_sheet REAL);
        CREATE TABLE printers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, model TEXT, is_color INTEGER,
            installed_on TEXT);
        CREATE TABLE jobs(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
            paper_stock_id INTEGER REFERENCES paper_stocks(id), printer_id INTEGER REFERENCES printers(id),
            operator_id INTEGER REFERENCES employees(id), title TEXT, quantity INTEGER, is_double_sided INTEGER,
            status TEXT, submitted_at TEXT, due_date TEXT, completed_at TEXT, total_amount REAL);
    """,
    )
    companies = ["Bluebird Bakery", "Harlow & Sons Solicitors", "Pixel Forge Studio", "Greenleaf Florists",
                 "St Anne's Primary PTA", "Northside Running Club", "Copper Kettle Café", "Mason Property Group",
                 "Riverbend Theatre", "Oakwood Dental", "Luna Yoga", "Fairway Golf Club", "Brightside Charity",
                 "Kestrel Architects", "The Vinyl Vault", "Summit Outdoor Gear", "Tidewater Brewing Co",
                 "Maple Street Church", "Nova Tech Solutions", "Cornerstone Estate Agents", "Willow Wedding Films",
                 "Quill & Ink Bookshop", "Red Fox Events", "Harbour Lights Hotel", "Peak Physio", "Daisy Chain Nursery",
                 "Ironclad Gym", "Velvet Hair Salon", "Atlas Removals", "Sunny Days Travel"]  # fmt: skip
    cities = ["Bristol", "Bath", "Bristol", "Cardiff", "Bristol", "Swindon", "Gloucester"]
    people = _people(r, 40)
    customers = []
    for cid, name in enumerate(companies, start=1):
        g, f = people[cid - 1]
        customers.append((cid, name, f"{g} {f}", None if cid % 7 == 3 else _email(g, f, "bizmail.co.uk"),
                          cities[cid % 7], _day(r, D(2022, 9, 1), 950).isoformat()))  # fmt: skip
    _ins(c, "customers", customers)
    employees = [
        (1, "Helen", "Marsh", "manager", 24.5, None),
        (2, "Owen", "Pryce", "supervisor", 18.75, 1),
        (3, "Leah", "Byrne", "supervisor", 18.75, 1),
        (4, "Callum", "Reid", "operator", 14.2, 2),
        (5, "Sana", "Iqbal", "operator", 14.8, 2),
        (6, "Dylan", "Hughes", "operator", 13.9, 2),
        (7, "Megan", "Foster", "operator", 15.1, 3),
        (8, "Ravi", "Patel", "operator", 14.2, 3),
        (9, "Erin", "Walsh", "designer", 17.3, 3),
    ]
    _ins(c, "employees", employees)
    stocks = [
        (1, "Everyday Copy 80", "A4", 80, "uncoated", 42000, 10000, 0.008),
        (2, "Premium Laser 100", "A4", 100, "uncoated", 8500, 5000, 0.014),
        (3, "Silk 150", "A4", 150, "matte", 3200, 4000, 0.045),
        (4, "Gloss 170", "A4", 170, "gloss", 5100, 3000, 0.052),
        (5, "Gloss 170 A3", "A3", 170, "gloss", 1900, 2000, 0.098),
        (6, "Silk 250 A3", "A3", 250, "matte", 2600, 1500, 0.15),
        (7, "Card 300", "A4", 300, "matte", 1200, 1500, 0.11),
        (8, "Card 350 SRA3", "SRA3", 350, "gloss", 2200, 1000, 0.24),
        (9, "Recycled 90", "A4", 90, "uncoated", 15000, 6000, 0.011),
        (10, "Pearl 250", "A4", 250, "pearl", 400, 500, 0.32),
        (11, "Bond 120 A3", "A3", 120, "uncoated", 5000, 2000, 0.04),
        (12, "Kraft 280", "A5", 280, "uncoated", 800, 600, 0.09),
    ]
    _ins(c, "paper_stocks", stocks)
    printers = [
        (1, "Big Blue", "Xerox Versant 280", 1, "2021-06-01"),
        (2, "The Workhorse", "Konica Minolta bizhub 1100", 0, "2020-02-15"),
        (3, "Little Red", "Canon imagePRESS C165", 1, "2023-04-20"),
        (4, "Old Faithful", "Ricoh Pro 8300", 0, "2018-11-05"),
        (5, "Wide Boy", "HP DesignJet Z9+", 1, "2024-08-30"),
    ]
    _ins(c, "printers", printers)
    kinds = ["Flyers", "Business cards", "Posters", "Menus", "Newsletter", "Brochures", "Order of service",
             "Price lists", "Invitations", "Leaflets", "Programmes", "Letterheads"]  # fmt: skip
    cust_w = [8 if c_[0] in (3, 8, 19) else (1 if c_[0] in (11, 26) else 3) for c_ in customers]
    jobs = []
    for jid in range(1, 321):
        cu = r.choices(customers, weights=cust_w)[0]
        st = r.choices(stocks, weights=[9, 5, 3, 4, 2, 2, 3, 2, 4, 1, 2, 1])[0]
        color = st[4] in ("gloss", "matte", "pearl") or r.random() < 0.4
        pr = r.choice([p for p in printers if p[3] == (1 if color else 0) or (color == 0 and p[3] == 1)])
        sub = _day(r, D(2023, 1, 3), 894) if jid <= 300 else D(2025, 6, 1) + dt.timedelta(days=(jid - 301) * 0.7)
        qty = r.choice([50, 100, 250, 500, 1000, 2000, 5000])
        due = sub + dt.timedelta(days=r.randint(2, 14))
        if sub >= D(2025, 6, 9):
            status = r.choice(["queued", "queued", "printing"])
        else:
            status = r.choices(["done", "canceled"], weights=[92, 8])[0]
        done = None
        if status == "done":
            done = (
                sub + dt.timedelta(days=r.randint(1, 16))
            ).isoformat() + f" {r.randint(9, 17):02d}:{r.randint(0, 59):02d}"
        op = None if status == "queued" and jid % 2 else r.choice(employees[3:8])[0]
        amount = round(qty * st[7] * (2.4 if color else 1.6) * (1.7 if jid % 3 == 0 else 1.0) + 15, 2)
        jobs.append((jid, cu[0], st[0], pr[0], op, f"{r.choice(kinds)} - {cu[1]}", qty, 1 if jid % 3 == 0 else 0,
                     status, sub.isoformat(), due.isoformat(), done, amount))  # fmt: skip
    _ins(c, "jobs", jobs)
    _done(c)


def build_hiking(path: Path) -> None:
    """trails, members, trips, sign_ups and membership_fees."""
    r = random.Random(1606)
    c = _db(
        path,
        """
        CREATE TABLE trails(id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT, distance_km REAL,
            elevation_gain_m INTEGER, difficulty TEXT, is_loop INTEGER);
        CREATE TABLE members(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT, phone TEXT, gender TEXT, birth_year INTEGER, joined_at TEXT, is_leader INTEGER);
        CREATE TABLE trips(id INTEGER PRIMARY KEY, trail_id INTEGER REFERENCES trails(id),
            leader_id INTEGER REFERENCES members(id), trip_date TEXT, meeting_point TEXT, max_participants INTEGER,
            status TEXT);
        CREATE TABLE sign_ups(id INTEGER PRIMARY KEY, trip_id INTEGER REFERENCES trips(id),
            member_id INTEGER REFERENCES members(id), signed_up_at TEXT, attended INTEGER);
        CREATE TABLE membership_fees(id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id),
            fee_year INTEGER, amount REAL, paid_on TEXT);
    """,
    )
    trails = [
        (1, "Helvellyn via Striding Edge", "Lake District", 12.8, 950, "hard", 1),
        (2, "Catbells Ridge", "Lake District", 5.6, 450, "moderate", 1),
        (3, "Buttermere Circuit", "Lake District", 7.2, 90, "easy", 1),
        (4, "Scafell Pike from Wasdale", "Lake District", 9.0, 980, "hard", 0),
        (5, "Mam Tor and the Great Ridge", "Peak District", 10.5, 420, "moderate", 1),
        (6, "Kinder Scout Plateau", "Peak District", 14.2, 600, "hard", 1),
        (7, "Dovedale Stepping Stones", "Peak District", 5.0, 120, "easy", 0),
        (8, "Stanage Edge", "Peak District", 8.4, 250, "moderate", 1),
        (9, "Pen y Fan Horseshoe", "Brecon Beacons", 16.0, 1000, "hard", 1),
        (10, "Waterfall Country", "Brecon Beacons", 7.5, 300, "moderate", 1),
        (11, "Malham Cove and Gordale Scar", "Yorkshire Dales", 11.0, 350, "moderate", 1),
        (12, "Aysgarth Falls Walk", "Yorkshire Dales", 4.2, 80, "easy", 1),
        (13, "Whernside", "Yorkshire Dales", 12.0, 480, "moderate", 0),
        (14, "Snowdon via Pyg Track", "Snowdonia", 11.3, 720, "hard", 0),
        (15, "Llyn Idwal Loop", "Snowdonia", 4.8, 200, "easy", 1),
        (16, "Seven Sisters Cliffs", "South Downs", 13.5, 400, "moderate", 0),
        (17, "Devil's Dyke Ramble", "South Downs", 6.4, 150, "easy", 1),
        (18, "Tryfan North Ridge", "Snowdonia", 5.2, 620, "hard", 0),
    ]
    _ins(c, "trails", trails)
    people = _people(r, 90)
    members = []
    for mid in range(1, 91):
        g, f = people[mid - 1]
        members.append((mid, g, f, _email(g, f, "ramblers.org.uk") if mid % 10 else None,
                        None if mid % 3 == 0 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                        "F" if g in FEMALE else "M", r.randint(1955, 2003), _day(r, D(2021, 1, 1), 1600).isoformat(),
                        1 if mid in (2, 7, 15, 23, 31, 44, 58) else 0))  # fmt: skip
    _ins(c, "members", members)
    leaders = [m for m in members if m[8]]
    points = ["Town Hall car park", "Railway station", "Leisure centre", "Church green"]
    trips = []
    signups = []
    tid = 0
    sid = 0
    d = D(2023, 1, 8)
    while d <= D(2025, 8, 31):
        tid += 1
        tr = r.choices(trails, weights=[3 if t[5] == "moderate" else 2 for t in trails])[0]
        ld = r.choices(leaders, weights=[5, 4, 3, 2, 2, 1, 1])[0]
        status = "scheduled" if d >= TODAY else "cancelled" if tid % 9 == 4 or r.random() < 0.05 else "completed"
        cap = r.choice([12, 15, 20])
        trips.append((tid, tr[0], ld[0], d.isoformat(), r.choice(points), cap, status))
        n = r.randint(2, 9) if d < D(2025, 7, 1) else r.randint(0, 4)
        for m in r.sample([m for m in members if m[0] != ld[0]], n):
            sid += 1
            signed = d - dt.timedelta(days=r.randint(1, 30))
            att = None if status != "completed" else (0 if r.random() < 0.12 else 1)
            signups.append((sid, tid, m[0], signed.isoformat(), att))
        d += dt.timedelta(days=r.choice([7, 14, 14, 21]))
    _ins(c, "trips", trips)
    _ins(c, "sign_ups", signups)
    fees = []
    fid = 0
    for m in members:
        for y in (2023, 2024, 2025):
            if int(m[7][:4]) > y:
                continue
            fid += 1
            amount = 30.0 if 2025 - m[6] < 26 else 45.0
            paid = None if (y == 2025 and r.random() < 0.3) or fid % 37 == 0 else _day(r, D(y, 1, 2), 80).isoformat()
            fees.append((fid, m[0], y, amount, paid))
    _ins(c, "membership_fees", fees)
    _done(c)


BUILDERS = {
    "climbing": build_climbing,
    "piano": build_piano,
    "bikelanes": build_bikelanes,
    "wineshop": build_wineshop,
    "printshop": build_printshop,
    "hiking": build_hiking,
}
