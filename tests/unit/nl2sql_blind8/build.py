"""Deterministic SQLite databases for an eighth blind NL→SQL evaluation.

Six schemas from everyday domains used nowhere else in the test corpora: an allotment society in
plain snake_case (a ``referred_by`` self-reference among tenants, a NULL ``plot_id`` for tenants on
the waiting list, a 0/1 ``has_water`` flag), a driving school in snake_case (a ``senior_id``
self-reference among instructors, 0/1 ``paid`` and ``passed`` flags), a scout group with PascalCase
tables and columns (a scout-badge link table ``BadgeAwards``, an ``IsActive`` 0/1 flag), a council
waste collection service with short abbreviated names (``rnd``, ``veh``, ``prop``, ``coll``,
``cmpl``, ``wt_t``, ``cap_t``, ``pcd``), a pottery studio in snake_case (pieces not yet fired have a
NULL ``firing_id``) and a newsagent's delivery rounds in snake_case (a customer-publication link
table ``subscriptions``).  Dates are ISO text.  The questions in ``questions.jsonl`` (reads) and
``writes.jsonl`` (change requests that must be refused) were written against these schemas without
running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

GIVEN = ["Agnes", "Barnaby", "Cordelia", "Declan", "Eilidh", "Fergus", "Gwen", "Horace", "Ines", "Jasper", "Kamala",
         "Lorcan", "Marisol", "Niamh", "Osric", "Philippa", "Rashid", "Saoirse", "Tobias", "Ulla", "Vikram", "Winifred"]
FAMILY = ["Ashworth", "Blackwood", "Cartwright", "Delacroix", "Eastwood", "Fenwick", "Gillespie", "Holloway",
          "Iqbal", "Jarvis", "Kettering", "Lindqvist", "Moorcroft", "Nakamura", "Oyelaran", "Prendergast",
          "Quinlan", "Rutherford", "Szabo", "Trelawney", "Upton", "Vasquez"]
D = dt.date


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_allotments(path: Path) -> None:
    """Plain snake_case: sites, plots with a 0/1 ``has_water`` flag, tenants with a ``referred_by``
    self-reference and a NULL ``plot_id`` while on the waiting list, rent payments by method."""
    r = random.Random(801)
    c = _db(path, """
        CREATE TABLE sites(site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, town TEXT, opened_year INTEGER);
        CREATE TABLE plots(plot_id INTEGER PRIMARY KEY, site_id INTEGER REFERENCES sites(site_id),
            plot_number TEXT, size_sqm INTEGER, annual_rent REAL, has_water INTEGER);
        CREATE TABLE tenants(tenant_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT,
            joined_on TEXT, referred_by INTEGER REFERENCES tenants(tenant_id),
            plot_id INTEGER REFERENCES plots(plot_id));
        CREATE TABLE rent_payments(payment_id INTEGER PRIMARY KEY, tenant_id INTEGER REFERENCES tenants(tenant_id),
            paid_on TEXT, amount REAL, method TEXT);
    """)
    sites = [(1, "Hillside Gardens", "Ashford", 1978), (2, "Riverside Allotments", "Ashford", 1994),
             (3, "Mill Lane", "Kenbury", 2003), (4, "Orchard Field", "Kenbury", 2011)]
    _ins(c, "sites", sites)
    plots = []
    per_site = {1: 14, 2: 11, 3: 9, 4: 6}
    pid = 0
    for s, n in per_site.items():
        for k in range(1, n + 1):
            pid += 1
            size = r.choice([125, 150, 200, 250, 300]) + (s * 3 + k) % 7
            rent = round(size * (0.32 + 0.04 * s) + pid / 100, 2)
            plots.append((pid, s, f"{'HMRO'[s - 1]}{k:02d}", size, rent, 1 if (pid * 7) % 3 else 0))
    _ins(c, "plots", plots)
    tenants = []
    for i, (g, f) in enumerate(_people(r, 45), start=1):
        joined = _day(r, D(2015, 1, 1), 3700)
        if i > 40:
            joined = D(2025, 1, 10) + dt.timedelta(days=(i - 40) * 17)
        ref = None if i <= 8 else ([3, 3, 3, 3, 5, 5, 1, None, None, 7][i % 10])
        plot = i if i <= 38 else None
        tenants.append((i, g, f, f"{g.lower()}.{f.lower()}@example.org", joined.isoformat(), ref, plot))
    _ins(c, "tenants", tenants)
    pays = []
    n = 0
    for t in tenants:
        if t[6] is None or t[0] % 9 == 0:
            continue
        rent = plots[t[6] - 1][4]
        for year in (2024, 2025):
            if year == 2025 and t[0] % 4 == 0:
                continue
            n += 1
            paid = D(year, r.randint(3, 5), r.randint(1, 28))
            pays.append((n, t[0], paid.isoformat(), rent, ["card", "card", "transfer", "cash"][(t[0] + year) % 4]))
    _ins(c, "rent_payments", pays)
    _done(c)


def build_driving(path: Path) -> None:
    """snake_case: instructors with a ``senior_id`` self-reference, learners, lessons with a 0/1 ``paid``
    flag, driving tests with a 0/1 ``passed`` flag and a count of minor faults."""
    r = random.Random(802)
    c = _db(path, """
        CREATE TABLE instructors(instructor_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, car_model TEXT,
            transmission TEXT, hourly_rate REAL, senior_id INTEGER REFERENCES instructors(instructor_id));
        CREATE TABLE learners(learner_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, date_of_birth TEXT,
            instructor_id INTEGER REFERENCES instructors(instructor_id), signed_up_on TEXT, postcode TEXT);
        CREATE TABLE lessons(lesson_id INTEGER PRIMARY KEY, learner_id INTEGER REFERENCES learners(learner_id),
            instructor_id INTEGER REFERENCES instructors(instructor_id), lesson_date TEXT, duration_min INTEGER,
            paid INTEGER);
        CREATE TABLE driving_tests(test_id INTEGER PRIMARY KEY, learner_id INTEGER REFERENCES learners(learner_id),
            test_date TEXT, test_centre TEXT, passed INTEGER, minors INTEGER);
    """)
    instructors = [(1, "Glenda Marsh", "Ford Fiesta", "manual", 38.0, None),
                   (2, "Dev Patel", "Toyota Yaris", "automatic", 42.0, 1),
                   (3, "Colin Brady", "Vauxhall Corsa", "manual", 34.5, 1),
                   (4, "Priya Nair", "Kia Niro", "automatic", 44.0, 2),
                   (5, "Sean Doyle", "VW Polo", "manual", 33.0, 3),
                   (6, "Martha Quigley", "Honda Jazz", "automatic", 36.5, 2)]
    _ins(c, "instructors", instructors)
    learners = []
    codes = ["BT1", "BT4", "BT7", "BT9", "BT12"]
    weights = [1, 2, 3, 4, 5, 6]
    for i, (g, f) in enumerate(_people(r, 40), start=1):
        ins = r.choices(range(1, 7), weights=weights)[0]
        dob = _day(r, D(1998, 1, 1), 3650)
        signed = _day(r, D(2024, 1, 1), 500)
        learners.append((i, f"{g} {f}", dob.isoformat(), ins, signed.isoformat(),
                         f"{codes[i % 5]} {1 + i % 9}{'ABDEFGHJ'[i % 8]}{'LNPQRSTU'[(i * 3) % 8]}"))
    _ins(c, "learners", learners)
    lessons = []
    for lid in range(1, 261):
        ln = learners[r.randrange(40)]
        when = _day(r, D(2025, 1, 1), 165)
        lessons.append((lid, ln[0], ln[3], when.isoformat(), r.choice([60, 60, 90, 120]), 0 if lid % 11 == 0 else 1))
    _ins(c, "lessons", lessons)
    tests = []
    centres = ["Balmoral", "Newtownards", "Belfast Mallusk"]
    tid = 0
    for ln in learners:
        if ln[0] % 5 == 0:
            continue
        for attempt in range(1 + (ln[0] % 3 == 0)):
            tid += 1
            passed = 1 if attempt == 1 or ln[0] % 4 != 1 else 0
            tests.append((tid, ln[0], _day(r, D(2024, 9, 1), 280).isoformat(), centres[(ln[0] + attempt) % 3],
                          passed, r.randint(0, 15) if passed else r.randint(8, 20)))
    _ins(c, "driving_tests", tests)
    _done(c)


def build_scouts(path: Path) -> None:
    """PascalCase tables and columns: Sections, Scouts with an ``IsActive`` 0/1 flag, Badges by category, a
    scout-badge link table ``BadgeAwards``, Leaders with a role."""
    r = random.Random(803)
    c = _db(path, """
        CREATE TABLE Sections(SectionId INTEGER PRIMARY KEY, SectionName TEXT NOT NULL, MinAge INTEGER,
            MaxAge INTEGER, MeetingDay TEXT);
        CREATE TABLE Scouts(ScoutId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, BirthDate TEXT,
            SectionId INTEGER REFERENCES Sections(SectionId), JoinedOn TEXT, IsActive INTEGER);
        CREATE TABLE Badges(BadgeId INTEGER PRIMARY KEY, BadgeName TEXT NOT NULL, Category TEXT);
        CREATE TABLE BadgeAwards(ScoutId INTEGER REFERENCES Scouts(ScoutId),
            BadgeId INTEGER REFERENCES Badges(BadgeId), AwardedOn TEXT, PRIMARY KEY(ScoutId, BadgeId));
        CREATE TABLE Leaders(LeaderId INTEGER PRIMARY KEY, FullName TEXT NOT NULL,
            SectionId INTEGER REFERENCES Sections(SectionId), Role TEXT, StartedOn TEXT);
    """)
    sections = [(1, "Beavers", 6, 8, "Monday"), (2, "Cubs", 8, 10, "Tuesday"), (3, "Scouts", 10, 14, "Friday"),
                (4, "Explorers", 14, 18, "Wednesday")]
    _ins(c, "Sections", sections)
    scouts = []
    sizes = {1: 9, 2: 14, 3: 16, 4: 7}
    order = [s for s, n in sizes.items() for _ in range(n)]
    for sid, ((g, f), sec) in enumerate(zip(_people(r, 46), order, strict=True), start=1):
        age_lo = sections[sec - 1][2]
        born = _day(r, D(2025 - age_lo - 2, 6, 16), 700)
        joined = _day(r, D(2021, 1, 1), 1600)
        if sid in (5, 19, 33, 44):
            joined = D(2025, 3, 20) + dt.timedelta(days=sid)
        scouts.append((sid, g, f, born.isoformat(), sec, joined.isoformat(), 0 if sid % 8 == 0 else 1))
    _ins(c, "Scouts", scouts)
    badges = [(1, "First Aid", "Activity"), (2, "Camper", "Activity"), (3, "Navigator", "Activity"),
              (4, "Swimmer", "Staged"), (5, "Hikes Away", "Staged"), (6, "Nights Away", "Staged"),
              (7, "Outdoor Challenge", "Challenge"), (8, "Skills Challenge", "Challenge"),
              (9, "Astronomer", "Activity"), (10, "Musician", "Activity"), (11, "Chief Scout's Gold", "Challenge")]
    _ins(c, "Badges", badges)
    awards = []
    popularity = [9, 6, 5, 12, 7, 4, 8, 3, 2, 1, 0]
    for b, pop in zip(range(1, 12), popularity, strict=True):
        holders = r.sample([s[0] for s in scouts if s[0] % 7 != 3], pop)
        for s in holders:
            awards.append((s, b, _day(r, D(2023, 1, 1), 890).isoformat()))
    _ins(c, "BadgeAwards", awards)
    leaders = [(1, "Moira Haddon", 1, "Section Leader", "2012-09-01"), (2, "Clive Rennard", 1, "Assistant", "2019-01-15"),
               (3, "Tariq Hussain", 2, "Section Leader", "2008-04-10"), (4, "Jo Ellison", 2, "Assistant", "2016-10-03"),
               (5, "Fenella Grant", 2, "Assistant", "2021-02-22"), (6, "Bruce Tallis", 3, "Section Leader", "2014-06-30"),
               (7, "Anita Kaur", 3, "Assistant", "2010-11-11"), (8, "Owen Price", 4, "Section Leader", "2017-03-05"),
               (9, "Lydia Marsh", 4, "Young Leader", "2024-01-08")]
    _ins(c, "Leaders", leaders)
    _done(c)


def build_waste(path: Path) -> None:
    """Short abbreviated names: collection rounds (``rnd``), vehicles (``veh``, ``cap_t``, ``fuel_typ``),
    properties (``prop``, ``pcd``, ``bin_cnt``, an ``is_comm`` 0/1 flag), collections (``coll``, ``wt_t``)
    and complaints (``cmpl``, ``cmpl_typ``, a ``rslvd`` 0/1 flag)."""
    r = random.Random(804)
    c = _db(path, """
        CREATE TABLE rnd(rnd_id INTEGER PRIMARY KEY, rnd_nm TEXT NOT NULL, coll_day TEXT, zone TEXT);
        CREATE TABLE veh(veh_id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL, cap_t REAL, fuel_typ TEXT);
        CREATE TABLE prop(prop_id INTEGER PRIMARY KEY, addr TEXT, pcd TEXT, rnd_id INTEGER REFERENCES rnd(rnd_id),
            bin_cnt INTEGER, is_comm INTEGER);
        CREATE TABLE coll(coll_id INTEGER PRIMARY KEY, rnd_id INTEGER REFERENCES rnd(rnd_id),
            veh_id INTEGER REFERENCES veh(veh_id), coll_dt TEXT, wt_t REAL);
        CREATE TABLE cmpl(cmpl_id INTEGER PRIMARY KEY, prop_id INTEGER REFERENCES prop(prop_id), rpt_dt TEXT,
            cmpl_typ TEXT, rslvd INTEGER);
    """)
    rounds = [(1, "North 1", "Monday", "North"), (2, "North 2", "Tuesday", "North"), (3, "Town Centre", "Monday", "Centre"),
              (4, "South 1", "Wednesday", "South"), (5, "South 2", "Thursday", "South"),
              (6, "Villages", "Friday", "Rural")]
    _ins(c, "rnd", rounds)
    vehs = [(1, "WX19 KLM", 10.5, "diesel"), (2, "WX20 PRT", 12.0, "diesel"), (3, "WX22 EVA", 9.0, "electric"),
            (4, "WX23 EVB", 9.5, "electric"), (5, "WX17 HGV", 11.0, "diesel")]
    _ins(c, "veh", vehs)
    streets = ["Church Road", "Station Street", "Elm Grove", "Market Place", "Victoria Terrace", "Mill Hill",
               "Park Avenue", "Queens Walk", "Brook Lane", "Castle View"]
    props = []
    per = {1: 22, 2: 18, 3: 14, 4: 20, 5: 16, 6: 10}
    pid = 0
    for rn, n in per.items():
        for k in range(n):
            pid += 1
            street = streets[(rn * 3 + k) % 10]
            props.append((pid, f"{1 + (pid * 7) % 90} {street}", f"WF{rn} {1 + k % 9}{'ABDEHJ'[k % 6]}{'LNPRTW'[pid % 6]}",
                          rn, 1 + (pid % 4 == 0) + (pid % 11 == 0), 1 if rn == 3 and k % 2 == 0 else 0))
    _ins(c, "prop", props)
    colls = []
    cid = 0
    for week in range(12):
        for rn in range(1, 7):
            cid += 1
            start = D(2025, 3, 24) + dt.timedelta(days=7 * week)
            when = start + dt.timedelta(days=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].index(
                rounds[rn - 1][2]))
            if when > D(2025, 6, 14):
                continue
            veh = 1 + (rn + week) % 5
            colls.append((cid, rn, veh, when.isoformat(), round(per[rn] * 0.21 + r.uniform(0, 2.5) + rn / 100, 2)))
    _ins(c, "coll", colls)
    types = ["missed", "missed", "damaged bin", "spillage"]
    cmpls = []
    for k in range(1, 41):
        p = r.choice(props[:70]) if k % 3 else r.choice(props)
        cmpls.append((k, p[0], _day(r, D(2024, 10, 1), 255).isoformat(), types[k % 4], 0 if k % 5 == 0 else 1))
    _ins(c, "cmpl", cmpls)
    _done(c)


def build_pottery(path: Path) -> None:
    """snake_case: members by membership type, kilns (electric or gas), firings loaded by a member,
    pieces with a clay body, a weight in grams, a 0/1 ``cracked`` flag and a NULL ``firing_id`` until fired."""
    r = random.Random(805)
    c = _db(path, """
        CREATE TABLE members(member_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, membership_type TEXT,
            joined_on TEXT, monthly_fee REAL);
        CREATE TABLE kilns(kiln_id INTEGER PRIMARY KEY, kiln_name TEXT NOT NULL, max_temp_c INTEGER, kiln_type TEXT);
        CREATE TABLE firings(firing_id INTEGER PRIMARY KEY, kiln_id INTEGER REFERENCES kilns(kiln_id), fired_on TEXT,
            firing_type TEXT, peak_temp_c INTEGER, loaded_by INTEGER REFERENCES members(member_id));
        CREATE TABLE pieces(piece_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
            firing_id INTEGER REFERENCES firings(firing_id), title TEXT, clay_body TEXT, weight_g INTEGER,
            cracked INTEGER);
    """)
    fees = {"full": 65.0, "off-peak": 45.0, "student": 30.0}
    members = []
    for i, (g, f) in enumerate(_people(r, 24), start=1):
        kind = ["full", "full", "off-peak", "student"][i % 4]
        joined = _day(r, D(2019, 1, 1), 2300)
        members.append((i, f"{g} {f}", kind, joined.isoformat(), fees[kind]))
    _ins(c, "members", members)
    kilns = [(1, "Big Bertha", 1300, "electric"), (2, "Little Kiln", 1280, "electric"), (3, "Raku Drum", 1000, "gas"),
             (4, "Anagama", 1320, "gas"), (5, "Test Kiln", 1250, "electric")]
    _ins(c, "kilns", kilns)
    firings = []
    for fid in range(1, 41):
        kiln = [1, 1, 2, 1, 2, 3, 4][fid % 7]
        ftype = "bisque" if fid % 2 else "glaze"
        peak = (1000 if ftype == "bisque" else 1240) + r.randint(0, 40) if kiln != 3 else 950 + r.randint(0, 40)
        firings.append((fid, kiln, _day(r, D(2025, 1, 6), 160).isoformat(), ftype, peak,
                        [3, 7, 7, 12, 3, 7, 18, 3, 7, 21][fid % 10]))
    _ins(c, "firings", firings)
    words = ["Bowl", "Mug", "Vase", "Jug", "Plate", "Teapot", "Planter", "Platter", "Bottle", "Dish"]
    adj = ["Blue", "Speckled", "Tall", "Rustic", "Celadon", "Tenmoku", "Shino", "Ash", "Wavy", "Faceted"]
    pieces = []
    for pid in range(1, 121):
        m = r.choice(members[:22])[0] if pid % 6 else [2, 5, 9][pid % 3]
        fired = None if pid % 8 == 0 else r.randint(1, 40)
        weight = 180 + (pid * 37) % 1900
        pieces.append((pid, m, fired, f"{adj[pid % 10]} {words[(pid // 10) % 10]} {pid}",
                       ["stoneware", "stoneware", "earthenware", "porcelain"][(pid * 5) % 4], weight,
                       1 if fired is not None and pid % 13 == 0 else 0))
    _ins(c, "pieces", pieces)
    _done(c)


def build_newsagent(path: Path) -> None:
    """snake_case: publications with a frequency, delivery rounds, carriers, customers with a balance owed,
    a customer-publication link table ``subscriptions`` with a start date and a number of copies."""
    r = random.Random(806)
    c = _db(path, """
        CREATE TABLE publications(publication_id INTEGER PRIMARY KEY, title TEXT NOT NULL, frequency TEXT,
            cover_price REAL);
        CREATE TABLE rounds(round_id INTEGER PRIMARY KEY, round_name TEXT NOT NULL, start_time TEXT);
        CREATE TABLE carriers(carrier_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, date_of_birth TEXT,
            round_id INTEGER REFERENCES rounds(round_id), weekly_pay REAL);
        CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, address TEXT,
            round_id INTEGER REFERENCES rounds(round_id), balance_owed REAL);
        CREATE TABLE subscriptions(customer_id INTEGER REFERENCES customers(customer_id),
            publication_id INTEGER REFERENCES publications(publication_id), started_on TEXT, copies INTEGER,
            PRIMARY KEY(customer_id, publication_id));
    """)
    pubs = [(1, "The Morning Chronicle", "daily", 1.9), (2, "Evening Post", "daily", 1.2),
            (3, "The Weekly Gazette", "weekly", 2.5), (4, "Garden Monthly", "monthly", 5.99),
            (5, "Radio Listings", "weekly", 2.2), (6, "Angler's World", "monthly", 4.75),
            (7, "The Sunday Herald", "weekly", 3.1), (8, "Model Railway Review", "monthly", 6.5),
            (9, "Financial Daily", "daily", 3.4)]
    _ins(c, "publications", pubs)
    rounds = [(1, "Westgate", "05:45"), (2, "Eastfield", "06:00"), (3, "Harbour", "05:30"), (4, "Hilltop", "06:15"),
              (5, "Old Town", "06:10")]
    _ins(c, "rounds", rounds)
    carriers = [(1, "Alfie Dunn", "2009-03-14", 1, 28.5), (2, "Bea Stroud", "2008-11-02", 2, 30.0),
                (3, "Callum Frost", "2010-01-25", 3, 26.0), (4, "Daisy Ng", "2009-07-19", 4, 27.5),
                (5, "Eddie Morland", "2007-05-30", 5, 31.0), (6, "Freya Lowe", "2010-06-08", 1, 24.0)]
    _ins(c, "carriers", carriers)
    streets = ["Harbour Row", "West Street", "Quay Road", "Hill Crescent", "Church Lane", "Fore Street", "Bay View"]
    customers = []
    per = {1: 18, 2: 14, 3: 11, 4: 8, 5: 9}
    cid = 0
    names = _people(r, 60)
    for rn, n in per.items():
        for _ in range(n):
            cid += 1
            g, f = names[cid - 1]
            owed = 0.0 if cid % 3 else round(r.uniform(2, 45), 2)
            customers.append((cid, f"{g} {f}", f"{cid * 3 % 80 + 1} {streets[(rn + cid) % 7]}", rn, owed))
    _ins(c, "customers", customers)
    subs = []
    want = {1: 22, 2: 15, 3: 18, 4: 7, 5: 10, 6: 4, 7: 26, 8: 0, 9: 5}
    for pub, n in want.items():
        for cust in r.sample([cu[0] for cu in customers if cu[0] % 10 != 7], n):
            subs.append((cust, pub, _day(r, D(2022, 1, 1), 1260).isoformat(), 2 if cust % 9 == 0 else 1))
    _ins(c, "subscriptions", subs)
    _done(c)


BUILDERS = {
    "allotments": build_allotments,
    "driving": build_driving,
    "scouts": build_scouts,
    "waste": build_waste,
    "pottery": build_pottery,
    "newsagent": build_newsagent,
}

