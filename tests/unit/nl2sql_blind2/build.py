"""Deterministic SQLite databases for a second blind NL→SQL evaluation.

Ten schemas from domains used nowhere else in the test corpora (a ferry line, a
brewery, a helpdesk, a recruiting pipeline, an observatory, a car rental firm, a
chess federation, a ski resort, a clinical laboratory and municipal waste
collection), each in its own naming style: abbreviations (``vsl_nm``), PascalCase,
``tbl_``/``lims_`` prefixes with code lookup tables, camelCase, UPPER_CASE,
generic ``id``/``name`` columns, lowercase run-together names; flags stored as
0/1 or 'Y'/'N', dates as ISO text.  The questions in ``questions.jsonl`` (reads)
and ``writes.jsonl`` (change requests that must be refused) were written against
these schemas without looking at the offline translator or its output.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

GIVEN = ["Aino", "Bruno", "Chiara", "Dario", "Eitan", "Fatima", "Gustav", "Hana", "Ines", "Jonas", "Keiko",
         "Lars", "Maja", "Nikos", "Olga", "Pablo", "Rosa", "Sven", "Tariq", "Ulla", "Viktor", "Wanjiru",
         "Ximena", "Yara", "Zeno"]
FAMILY = ["Andersen", "Brennan", "Castillo", "Demir", "Eklund", "Ferreira", "Gallo", "Horvat", "Ito", "Jansen",
          "Keller", "Laine", "Mwangi", "Nilsen", "Ortiz", "Pohl", "Quinn", "Rossi", "Szabo", "Tanaka"]

D = dt.date
T = dt.datetime


def _db(path: Path, ddl: str) -> sqlite3.Connection:
    c = sqlite3.connect(path)
    c.executescript(ddl)
    return c


def _ins(c: sqlite3.Connection, table: str, rows: Iterable[Sequence[Any]]) -> None:
    rows = list(rows)
    if rows:
        c.executemany(f"INSERT INTO {table} VALUES({','.join('?' * len(rows[0]))})", rows)


def _day(r: random.Random, start: dt.date, span: int) -> dt.date:
    return start + dt.timedelta(days=r.randrange(span))


def _ts(r: random.Random, start: dt.datetime, span_minutes: int) -> dt.datetime:
    return start + dt.timedelta(minutes=r.randrange(span_minutes))


def _fmt(t: dt.datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def _name(r: random.Random) -> str:
    return f"{r.choice(GIVEN)} {r.choice(FAMILY)}"


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_ferry(path: Path) -> None:
    """Abbreviated singular tables and columns (``vsl``, ``rte``, ``bkg``, ``_cd``, ``_nm``, ``_ts``, ``_flg``),
    'Y'/'N' flags, status codes ('CXL', 'DLY'), a vehicle code that is NULL for foot passengers."""
    r = random.Random(201)
    c = _db(path, """
        CREATE TABLE port(port_cd TEXT PRIMARY KEY, port_nm TEXT NOT NULL, isl_flg TEXT);
        CREATE TABLE vsl(vsl_id INTEGER PRIMARY KEY, vsl_nm TEXT NOT NULL, built_yr INTEGER, pax_cap INTEGER,
            car_cap INTEGER);
        CREATE TABLE rte(rte_id INTEGER PRIMARY KEY, rte_nm TEXT, orig_port_cd TEXT REFERENCES port(port_cd),
            dest_port_cd TEXT REFERENCES port(port_cd), dist_nm REAL, dur_min INTEGER);
        CREATE TABLE sail(sail_id INTEGER PRIMARY KEY, rte_id INTEGER REFERENCES rte(rte_id),
            vsl_id INTEGER REFERENCES vsl(vsl_id), dep_ts TEXT, sail_stat_cd TEXT);
        CREATE TABLE bkg(bkg_id INTEGER PRIMARY KEY, sail_id INTEGER REFERENCES sail(sail_id), cust_nm TEXT,
            pax_cnt INTEGER, veh_typ_cd TEXT, fare_amt REAL, bkg_dt TEXT, refund_flg TEXT);
    """)
    ports = [("OBN", "Oban", "N"), ("CRN", "Craignure", "Y"), ("ARD", "Ardrossan", "N"), ("BRD", "Brodick", "Y"),
             ("ULL", "Ullapool", "N"), ("STO", "Stornoway", "Y"), ("MLG", "Mallaig", "N"), ("ARM", "Armadale", "Y"),
             ("TRB", "Tarbert", "Y")]
    _ins(c, "port", ports)
    _ins(c, "vsl", [(1, "Isle of Mull", 1988, 962, 70), (2, "Caledonian Isles", 1993, 1000, 110),
                    (3, "Loch Seaforth", 2014, 700, 143), (4, "Lord of the Isles", 1989, 506, 56),
                    (5, "Coruisk", 2003, 250, 40), (6, "Hebridean Isles", 1985, 494, 68),
                    (7, "Glen Sannox", 2024, 852, 127)])
    routes = [(1, "Oban - Craignure", "OBN", "CRN", 7.5, 46), (2, "Craignure - Oban", "CRN", "OBN", 7.5, 46),
              (3, "Ardrossan - Brodick", "ARD", "BRD", 13.2, 55), (4, "Brodick - Ardrossan", "BRD", "ARD", 13.2, 55),
              (5, "Ullapool - Stornoway", "ULL", "STO", 45.0, 165), (6, "Stornoway - Ullapool", "STO", "ULL", 45.0, 165),
              (7, "Mallaig - Armadale", "MLG", "ARM", 4.8, 30), (8, "Oban - Tarbert", "OBN", "TRB", 38.0, 150)]
    _ins(c, "rte", routes)
    vessels_for = {1: [1, 4], 2: [1, 4], 3: [2, 7], 4: [2, 7], 5: [3], 6: [3], 7: [5, 4], 8: [6, 4]}
    for i in range(1, 321):
        rt = r.randint(1, 8)
        dep = _ts(r, T(2024, 1, 1, 6), 560 * 1440)
        dep = dep.replace(minute=(dep.minute // 5) * 5, second=0)
        stat = r.choice(["CMP"] * 14 + ["DLY"] * 3 + ["CXL"] * 2)
        _ins(c, "sail", [(i, rt, r.choice(vessels_for[rt]), dep.strftime("%Y-%m-%d %H:%M"), stat)])
    for i in range(1, 501):
        s = r.randint(1, 320)
        veh = r.choice([None, None, None, "CAR", "CAR", "CAR", "VAN", "MC", "CMP"])
        pax = r.randint(1, 5)
        fare = round(4.5 * pax + {None: 0, "CAR": 22.0, "VAN": 35.0, "MC": 11.0, "CMP": 48.0}[veh] + r.uniform(0, 6), 2)
        _ins(c, "bkg", [(i, s, _name(r), pax, veh, fare, _day(r, D(2023, 12, 1), 570).isoformat(),
                         "Y" if r.random() < 0.08 else "N")])
    _done(c)


def build_brewery(path: Path) -> None:
    """PascalCase singular tables, a StyleCode lookup table, AbvPct and VolumeHl units, an IsSeasonal 0/1 flag,
    upper-case batch status words."""
    r = random.Random(202)
    c = _db(path, """
        CREATE TABLE Style(StyleCode TEXT PRIMARY KEY, StyleName TEXT NOT NULL);
        CREATE TABLE Beer(BeerId INTEGER PRIMARY KEY, BeerName TEXT NOT NULL, StyleCode TEXT REFERENCES Style(StyleCode),
            AbvPct REAL, Ibu INTEGER, IsSeasonal INTEGER, LaunchedOn TEXT);
        CREATE TABLE Tank(TankId INTEGER PRIMARY KEY, TankLabel TEXT, CapacityHl REAL);
        CREATE TABLE Batch(BatchId INTEGER PRIMARY KEY, BeerId INTEGER REFERENCES Beer(BeerId),
            TankId INTEGER REFERENCES Tank(TankId), BrewedOn TEXT, VolumeHl REAL, OriginalGravity REAL, Status TEXT);
        CREATE TABLE Customer(CustomerId INTEGER PRIMARY KEY, CustomerName TEXT, City TEXT, CustomerType TEXT);
        CREATE TABLE KegOrder(KegOrderId INTEGER PRIMARY KEY, CustomerId INTEGER REFERENCES Customer(CustomerId),
            BatchId INTEGER REFERENCES Batch(BatchId), OrderedOn TEXT, KegCount INTEGER, PricePerKegEur REAL);
    """)
    _ins(c, "Style", [("IPA", "India Pale Ale"), ("STT", "Stout"), ("LAG", "Lager"), ("PIL", "Pilsner"),
                      ("SAI", "Saison"), ("WHT", "Wheat Beer"), ("SOU", "Sour")])
    beers = [("Hop Harvest IPA", "IPA", 6.5, 62, 1), ("Northern Lights IPA", "IPA", 7.2, 70, 0),
             ("Citra Storm", "IPA", 5.9, 55, 0), ("Midnight Oil", "STT", 7.8, 45, 0), ("Coffee Harbour", "STT", 6.1, 38, 1),
             ("Velvet Dusk", "STT", 5.2, 33, 0), ("Canal Lager", "LAG", 4.8, 20, 0), ("Dockside Helles", "LAG", 5.0, 18, 0),
             ("Old Town Pils", "PIL", 4.9, 35, 0), ("Bitter Bridge Pils", "PIL", 5.3, 42, 0),
             ("Farmhouse No. 3", "SAI", 6.3, 28, 0), ("Harvest Moon Saison", "SAI", 5.6, 25, 1),
             ("Wit of Ghent", "WHT", 4.6, 14, 0), ("Summer Haze", "WHT", 5.1, 12, 1), ("Cherry Sour", "SOU", 4.2, 8, 1),
             ("Gose Garden", "SOU", 4.4, 9, 0), ("Winter Warmer", "STT", 8.5, 40, 1), ("Session Pale", "IPA", 4.3, 35, 0)]
    for i, (n, s, abv, ibu, seas) in enumerate(beers, 1):
        _ins(c, "Beer", [(i, n, s, abv, ibu, seas, _day(r, D(2016, 3, 1), 2500).isoformat())])
    _ins(c, "Tank", [(i, f"FV{i}", cap) for i, cap in enumerate([20, 20, 40, 40, 40, 60, 80, 10], 1)])
    caps = {i: cap for i, cap in enumerate([20, 20, 40, 40, 40, 60, 80, 10], 1)}
    for i in range(1, 241):
        tank = r.choice([1, 2, 3, 4, 5, 6, 7])
        beer = r.randint(1, 17)
        stat = r.choice(["PACKAGED"] * 12 + ["CONDITIONING"] * 2 + ["FERMENTING"] * 2 + ["DUMPED"])
        _ins(c, "Batch", [(i, beer, tank, _day(r, D(2023, 1, 1), 880).isoformat(),
                           round(caps[tank] * r.uniform(0.7, 0.98), 1), round(r.uniform(1.040, 1.080), 3), stat)])
    cities = ["Ghent", "Antwerp", "Brussels", "Bruges", "Leuven"]
    names = ["The Thirsty Monk", "De Kroeg", "Hoppy Corner", "Café Brabo", "Bierhuis Zuid", "Het Anker",
             "Taverne Lys", "The Tap Room", "Bottle Shop Noord", "Drankenhandel Peeters", "Vino & Bier",
             "Bistro Canal", "Restaurant Amber", "Brasserie Sint-Jan", "De Gouden Leeuw", "Pub Oud Dok",
             "Bierkelder", "Grand Café Leopold", "Beer Cellar Bruges", "Cuisine Marais", "Staminee De Vos",
             "Hop & Co", "Flanders Fields Pub", "The Rusty Keg", "Wijnbar 12"]
    types = ["PUB", "PUB", "PUB", "PUB", "PUB", "PUB", "PUB", "PUB", "SHOP", "SHOP", "SHOP", "RESTAURANT",
             "RESTAURANT", "RESTAURANT", "PUB", "PUB", "PUB", "RESTAURANT", "SHOP", "RESTAURANT", "PUB", "SHOP", "PUB",
             "PUB", "RESTAURANT"]
    for i, n in enumerate(names, 1):
        _ins(c, "Customer", [(i, n, cities[(i * 3) % 5] if i % 4 else "Ghent", types[i - 1])])
    for i in range(1, 421):
        b = r.randint(1, 240)
        _ins(c, "KegOrder", [(i, r.randint(1, 22), b, _day(r, D(2023, 2, 1), 880).isoformat(), r.randint(1, 12),
                              round(r.choice([95.0, 110.0, 120.0, 135.0]) + r.choice([0, 5, 10]), 2))])
    _done(c)


def build_helpdesk(path: Path) -> None:
    """``tbl_`` prefix, priority and status codes explained by lookup tables, 'Y'/'N' flags, a channel code,
    a NULL agent for unassigned tickets."""
    r = random.Random(203)
    c = _db(path, """
        CREATE TABLE tbl_priority(prio_cd TEXT PRIMARY KEY, prio_desc TEXT);
        CREATE TABLE tbl_status(stat_cd TEXT PRIMARY KEY, stat_desc TEXT);
        CREATE TABLE tbl_agent(agent_id INTEGER PRIMARY KEY, agent_nm TEXT, team_nm TEXT, hire_dt TEXT, active_yn TEXT);
        CREATE TABLE tbl_customer(cust_id INTEGER PRIMARY KEY, cust_nm TEXT, company_nm TEXT, vip_yn TEXT);
        CREATE TABLE tbl_ticket(tkt_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES tbl_customer(cust_id),
            agent_id INTEGER REFERENCES tbl_agent(agent_id), prio_cd TEXT REFERENCES tbl_priority(prio_cd),
            stat_cd TEXT REFERENCES tbl_status(stat_cd), subj_txt TEXT, channel_cd TEXT, opened_ts TEXT, closed_ts TEXT);
        CREATE TABLE tbl_survey(survey_id INTEGER PRIMARY KEY, tkt_id INTEGER REFERENCES tbl_ticket(tkt_id),
            score INTEGER, sent_dt TEXT);
    """)
    _ins(c, "tbl_priority", [("P1", "Critical"), ("P2", "High"), ("P3", "Medium"), ("P4", "Low")])
    _ins(c, "tbl_status", [("NEW", "New"), ("OPN", "Open"), ("PND", "Waiting on customer"), ("RSL", "Resolved"),
                           ("CLS", "Closed")])
    teams = ["Tier 1", "Tier 1", "Tier 1", "Tier 2", "Tier 2", "Network", "Network", "Tier 1", "Tier 2", "Network",
             "Tier 1", "Tier 2", "Tier 1", "Network"]
    agents = ["Ravi Menon", "Sofia Lind", "Tom Okoro", "Anna Weiss", "Luis Prado", "Mei Chen", "Jakub Nowak",
              "Emma Royce", "Omar Farouk", "Nina Bakker", "Paul Dufour", "Hina Saito", "Greta Holm", "Ali Karimi"]
    for i, n in enumerate(agents, 1):
        _ins(c, "tbl_agent", [(i, n, teams[i - 1], _day(r, D(2018, 1, 1), 2400).isoformat(),
                               "N" if i in (4, 9, 13) else "Y")])
    companies = ["Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella Foods", "Stark Logistics",
                 "Wayne Media"]
    for i in range(1, 71):
        _ins(c, "tbl_customer", [(i, _name(r), companies[r.randrange(8)], "Y" if r.random() < 0.15 else "N")])
    subjects = ["Cannot log in", "Password reset", "VPN drops", "Invoice question", "Printer offline",
                "Email not syncing", "Slow laptop", "Access request", "License renewal", "Wi-Fi outage"]
    for i in range(1, 461):
        opened = _ts(r, T(2024, 1, 1), 540 * 1440)
        stat = r.choice(["NEW"] + ["OPN"] * 3 + ["PND"] * 2 + ["RSL"] * 4 + ["CLS"] * 8)
        agent = None if stat == "NEW" or r.random() < 0.04 else r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
        closed = _fmt(opened + dt.timedelta(minutes=r.randrange(30, 9000))) if stat in ("RSL", "CLS") else None
        _ins(c, "tbl_ticket", [(i, r.randint(1, 66), agent, r.choice(["P1", "P2", "P2", "P3", "P3", "P3", "P4", "P4"]),
                                stat, r.choice(subjects), r.choice(["EML", "EML", "PHN", "WEB", "WEB", "CHT"]),
                                _fmt(opened), closed)])
    sid = 0
    for (tid, closed) in c.execute("SELECT tkt_id, closed_ts FROM tbl_ticket WHERE stat_cd = 'CLS'").fetchall():
        if r.random() < 0.6:
            sid += 1
            _ins(c, "tbl_survey", [(sid, tid, r.choice([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]), closed[:10])])
    _done(c)


def build_recruiting(path: Path) -> None:
    """camelCase plural tables and columns, stage words in lower case, an isRemote 0/1 flag, a NULL closedOn
    for openings still open, NULL interview ratings."""
    r = random.Random(204)
    c = _db(path, """
        CREATE TABLE departments(deptId INTEGER PRIMARY KEY, deptName TEXT);
        CREATE TABLE recruiters(recruiterId INTEGER PRIMARY KEY, fullName TEXT, email TEXT);
        CREATE TABLE jobOpenings(jobId INTEGER PRIMARY KEY, jobTitle TEXT, deptId INTEGER REFERENCES departments(deptId),
            recruiterId INTEGER REFERENCES recruiters(recruiterId), openedOn TEXT, closedOn TEXT, salaryMin INTEGER,
            salaryMax INTEGER, isRemote INTEGER);
        CREATE TABLE candidates(candidateId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, email TEXT,
            sourceChannel TEXT, yearsExperience INTEGER);
        CREATE TABLE applications(applicationId INTEGER PRIMARY KEY, jobId INTEGER REFERENCES jobOpenings(jobId),
            candidateId INTEGER REFERENCES candidates(candidateId), appliedOn TEXT, stage TEXT);
        CREATE TABLE interviews(interviewId INTEGER PRIMARY KEY,
            applicationId INTEGER REFERENCES applications(applicationId), interviewerName TEXT, scheduledAt TEXT,
            rating INTEGER);
    """)
    depts = ["Engineering", "Sales", "Marketing", "Finance", "Customer Success", "People"]
    _ins(c, "departments", [(i, n) for i, n in enumerate(depts, 1)])
    recs = ["Hannah Vogel", "Marcus Reid", "Aisha Bello", "Kenji Mori", "Laura Petit"]
    _ins(c, "recruiters", [(i, n, n.lower().replace(" ", ".") + "@hire.test") for i, n in enumerate(recs, 1)])
    jobs = [("Backend Engineer", 1), ("Frontend Engineer", 1), ("Data Analyst", 4), ("Site Reliability Engineer", 1),
            ("Account Executive", 2), ("Sales Development Rep", 2), ("Content Marketer", 3), ("SEO Specialist", 3),
            ("Financial Controller", 4), ("Payroll Specialist", 4), ("Support Lead", 5), ("Onboarding Specialist", 5),
            ("HR Business Partner", 6), ("Talent Sourcer", 6), ("Mobile Engineer", 1), ("Product Designer", 1),
            ("Regional Sales Manager", 2), ("Brand Manager", 3), ("Customer Success Manager", 5),
            ("Machine Learning Engineer", 1), ("Accounts Payable Clerk", 4), ("Field Marketing Manager", 3)]
    for i, (t, d) in enumerate(jobs, 1):
        opened = _day(r, D(2024, 1, 1), 420)
        closed = None if r.random() < 0.35 else (opened + dt.timedelta(days=r.randrange(30, 150))).isoformat()
        lo = r.randrange(40, 90) * 1000
        rec = r.randint(1, 4)
        _ins(c, "jobOpenings", [(i, t, d, rec, opened.isoformat(), closed, lo, lo + r.randrange(10, 45) * 1000,
                                 int(r.random() < 0.4))])
    for i in range(1, 201):
        fn, ln = r.choice(GIVEN), r.choice(FAMILY)
        _ins(c, "candidates", [(i, fn, ln, f"{fn.lower()}.{ln.lower()}{i}@mail.test",
                                r.choice(["LinkedIn", "LinkedIn", "Referral", "Job board", "Job board", "Career site"]),
                                r.randint(0, 20))])
    aid = 0
    iid = 0
    for cand in range(1, 189):
        for job in r.sample(range(1, 23), r.choice([1, 1, 1, 2, 2, 3])):
            aid += 1
            stage = r.choice(["applied"] * 3 + ["screen"] * 3 + ["interview"] * 3 + ["offer"] + ["hired"] * 2
                             + ["rejected"] * 5 + ["withdrawn"])
            applied = _day(r, D(2024, 1, 10), 440)
            _ins(c, "applications", [(aid, job, cand, applied.isoformat(), stage)])
            n_int = {"interview": r.randint(1, 2), "offer": 2, "hired": r.randint(2, 3),
                     "rejected": r.choice([0, 0, 1, 2]), "withdrawn": r.choice([0, 1])}.get(stage, 0)
            for k in range(n_int):
                iid += 1
                at = T.combine(applied, dt.time(9)) + dt.timedelta(days=7 + 5 * k, hours=r.randrange(0, 8))
                _ins(c, "interviews", [(iid, aid, r.choice(["Ingrid Sol", "Peter Vance", "Dana Kim", "Yusuf Ade",
                                                            "Clara Moss"]),
                                        _fmt(at), None if r.random() < 0.15 else r.randint(1, 5))])
    _done(c)


def build_observatory(path: Path) -> None:
    """snake_case plural tables, units in column names (aperture_mm, exposure_s, seeing_arcsec, cloud_cover_pct),
    an is_usable 0/1 flag, targets whose common name is NULL, magnitude where smaller means brighter."""
    r = random.Random(205)
    c = _db(path, """
        CREATE TABLE telescopes(telescope_id INTEGER PRIMARY KEY, telescope_name TEXT, aperture_mm INTEGER,
            mount_type TEXT, commissioned_year INTEGER);
        CREATE TABLE observers(observer_id INTEGER PRIMARY KEY, observer_name TEXT, affiliation TEXT,
            is_student INTEGER);
        CREATE TABLE targets(target_id INTEGER PRIMARY KEY, catalog_designation TEXT, common_name TEXT,
            object_type TEXT, magnitude REAL, constellation TEXT);
        CREATE TABLE observations(observation_id INTEGER PRIMARY KEY,
            telescope_id INTEGER REFERENCES telescopes(telescope_id), observer_id INTEGER REFERENCES observers(observer_id),
            target_id INTEGER REFERENCES targets(target_id), observed_at TEXT, exposure_s INTEGER, seeing_arcsec REAL,
            cloud_cover_pct INTEGER, is_usable INTEGER);
    """)
    _ins(c, "telescopes", [(1, "Big Dobson", 406, "ALTAZ", 2009), (2, "Refractor North", 152, "EQ", 1998),
                           (3, "Ritchey-Chretien 1", 610, "EQ", 2015), (4, "Schmidt Camera", 300, "EQ", 1987),
                           (5, "Student Scope", 203, "ALTAZ", 2019)])
    obs = [("Helena Vos", "University of Leiden", 0), ("Arjun Patel", "University of Leiden", 1),
           ("Lucia Ferri", "Amateur Society", 0), ("Max Brandt", "University of Leiden", 1),
           ("Chloe Martin", "Amateur Society", 0), ("Samir Haddad", "Delft Institute", 0),
           ("Eva Novak", "Delft Institute", 1), ("Tobias Wirth", "Amateur Society", 0),
           ("Ines Cruz", "University of Leiden", 1), ("Pieter de Boer", "Delft Institute", 0)]
    _ins(c, "observers", [(i, *o) for i, o in enumerate(obs, 1)])
    tg = [("M31", "Andromeda Galaxy", "galaxy", 3.4, "Andromeda"), ("M42", "Orion Nebula", "nebula", 4.0, "Orion"),
          ("M45", "Pleiades", "cluster", 1.6, "Taurus"), ("M51", "Whirlpool Galaxy", "galaxy", 8.4, "Canes Venatici"),
          ("M57", "Ring Nebula", "nebula", 8.8, "Lyra"), ("M13", "Hercules Cluster", "cluster", 5.8, "Hercules"),
          ("M81", "Bode's Galaxy", "galaxy", 6.9, "Ursa Major"), ("M82", "Cigar Galaxy", "galaxy", 8.4, "Ursa Major"),
          ("NGC 891", None, "galaxy", 10.0, "Andromeda"), ("NGC 7000", "North America Nebula", "nebula", 4.0, "Cygnus"),
          ("NGC 6946", "Fireworks Galaxy", "galaxy", 9.6, "Cepheus"), ("NGC 2392", None, "nebula", 9.1, "Gemini"),
          ("NGC 4565", None, "galaxy", 10.4, "Coma Berenices"), ("Albireo", "Albireo", "double star", 3.1, "Cygnus"),
          ("Mizar", "Mizar", "double star", 2.2, "Ursa Major"), ("NGC 869", None, "cluster", 5.3, "Perseus"),
          ("M101", "Pinwheel Galaxy", "galaxy", 7.9, "Ursa Major"), ("IC 1396", None, "nebula", 3.5, "Cepheus"),
          ("M27", "Dumbbell Nebula", "nebula", 7.5, "Vulpecula"), ("NGC 7331", None, "galaxy", 9.5, "Pegasus"),
          ("M33", "Triangulum Galaxy", "galaxy", 5.7, "Triangulum"), ("M44", "Beehive Cluster", "cluster", 3.7, "Cancer")]
    _ins(c, "targets", [(i, *t) for i, t in enumerate(tg, 1)])
    never = {13, 20, 11}
    pool = [i for i in range(1, 23) if i not in never]
    for i in range(1, 401):
        cloud = r.choice([0, 0, 5, 10, 15, 20, 30, 40, 55, 70, 85])
        seeing = round(r.uniform(0.8, 4.5), 2)
        usable = int(cloud < 50 and seeing < 3.8 and r.random() < 0.93)
        at = _ts(r, T(2023, 9, 1, 19), 640 * 1440)
        _ins(c, "observations", [(i, r.randint(1, 5), r.randint(1, 10), r.choice(pool), _fmt(at),
                                  r.choice([30, 60, 120, 180, 300, 600, 900]), seeing, cloud, usable)])
    _done(c)


def build_carrental(path: Path) -> None:
    """UPPER_CASE plural tables with abbreviated columns (``VEH``, ``CUST_NM``, ``_DT``, ``_AMT``), 'Y'/'N'
    flags, fuel and class codes, open rentals with NULL return date and branch, a NULL loyalty tier."""
    r = random.Random(206)
    c = _db(path, """
        CREATE TABLE BRANCHES(BRANCH_ID INTEGER PRIMARY KEY, BRANCH_NM TEXT, CITY TEXT, AIRPORT_YN TEXT);
        CREATE TABLE VEHICLES(VEH_ID INTEGER PRIMARY KEY, PLATE_NO TEXT, MAKE TEXT, MODEL TEXT, VEH_CLASS TEXT,
            FUEL_TYPE TEXT, HOME_BRANCH_ID INTEGER REFERENCES BRANCHES(BRANCH_ID), MODEL_YR INTEGER, DAILY_RATE REAL);
        CREATE TABLE CUSTOMERS(CUST_ID INTEGER PRIMARY KEY, CUST_NM TEXT, BIRTH_DT TEXT, LICENSE_CNTRY TEXT,
            LOYALTY_TIER TEXT);
        CREATE TABLE RENTALS(RENTAL_ID INTEGER PRIMARY KEY, VEH_ID INTEGER REFERENCES VEHICLES(VEH_ID),
            CUST_ID INTEGER REFERENCES CUSTOMERS(CUST_ID), PICKUP_BRANCH_ID INTEGER REFERENCES BRANCHES(BRANCH_ID),
            RETURN_BRANCH_ID INTEGER REFERENCES BRANCHES(BRANCH_ID), PICKUP_DT TEXT, RETURN_DT TEXT, KM_DRIVEN INTEGER,
            TOTAL_AMT REAL);
        CREATE TABLE DAMAGE_CLAIMS(CLAIM_ID INTEGER PRIMARY KEY, RENTAL_ID INTEGER REFERENCES RENTALS(RENTAL_ID),
            REPORTED_DT TEXT, DAMAGE_DESC TEXT, REPAIR_COST REAL, PAID_YN TEXT);
    """)
    br = [(1, "Lisbon Airport", "Lisbon", "Y"), (2, "Lisbon Baixa", "Lisbon", "N"), (3, "Porto Airport", "Porto", "Y"),
          (4, "Porto Boavista", "Porto", "N"), (5, "Faro Airport", "Faro", "Y"), (6, "Coimbra Centro", "Coimbra", "N")]
    _ins(c, "BRANCHES", br)
    models = [("Renault", "Clio", "ECON", "PETROL", 38), ("Fiat", "500", "ECON", "PETROL", 35),
              ("Volkswagen", "Golf", "COMP", "DIESEL", 48), ("Peugeot", "308", "COMP", "DIESEL", 46),
              ("Toyota", "Corolla", "COMP", "HYBRID", 52), ("Nissan", "Qashqai", "SUV", "PETROL", 65),
              ("Tesla", "Model Y", "SUV", "EV", 95), ("Renault", "Zoe", "ECON", "EV", 44),
              ("Mercedes", "Vito", "VAN", "DIESEL", 88), ("BMW", "5 Series", "LUX", "DIESEL", 130),
              ("Kia", "Niro", "SUV", "HYBRID", 70), ("Volkswagen", "ID.3", "COMP", "EV", 60)]
    for i in range(1, 61):
        mk, md, cl, fu, rate = r.choice(models)
        _ins(c, "VEHICLES", [(i, f"{r.randrange(10, 99)}-{chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))}-"
                                 f"{r.randrange(10, 99)}", mk, md, cl, fu, r.randint(1, 6), r.randint(2018, 2024),
                              float(rate + r.choice([0, 0, 5, -3])))])
    for i in range(1, 151):
        _ins(c, "CUSTOMERS", [(i, _name(r), _day(r, D(1955, 1, 1), 17000).isoformat(),
                               r.choice(["PT", "PT", "PT", "ES", "FR", "DE", "GB", "NL", "US"]),
                               r.choice([None, None, None, "SILVER", "SILVER", "GOLD"]))])
    rates = {i: row[0] for i, row in enumerate(c.execute("SELECT DAILY_RATE FROM VEHICLES ORDER BY VEH_ID"), 1)}
    for i in range(1, 451):
        v = r.randint(1, 60)
        pick = _day(r, D(2024, 1, 1), 530)
        pb = r.randint(1, 6)
        days = r.randint(1, 14)
        if pick >= D(2025, 5, 25) and r.random() < 0.8:
            ret, rb, km = None, None, None
        else:
            ret = (pick + dt.timedelta(days=days)).isoformat()
            rb = pb if r.random() < 0.8 else r.randint(1, 6)
            km = r.randint(40, 260) * days
        _ins(c, "RENTALS", [(i, v, r.randint(1, 138), pb, rb, pick.isoformat(), ret, km,
                             round(rates[v] * days * r.uniform(0.9, 1.1), 2))])
    cid = 0
    for (rid, ret) in c.execute("SELECT RENTAL_ID, RETURN_DT FROM RENTALS WHERE RETURN_DT IS NOT NULL").fetchall():
        if r.random() < 0.14:
            cid += 1
            _ins(c, "DAMAGE_CLAIMS", [(cid, rid, ret, r.choice(["Scratched bumper", "Cracked windscreen", "Dented door",
                                                                 "Curbed wheel", "Interior stain", "Broken mirror"]),
                                       round(r.uniform(80, 1800), 2), "Y" if r.random() < 0.6 else "N")])
    _done(c)


def build_chess(path: Path) -> None:
    """Generic ``id``/``name`` columns, two keys into players (white_id, black_id), results stored as
    '1-0'/'0-1'/'1/2-1/2', title codes ('GM', 'IM', 'FM') with NULL for untitled players, 'F'/'M' sex codes."""
    r = random.Random(207)
    c = _db(path, """
        CREATE TABLE clubs(id INTEGER PRIMARY KEY, name TEXT, city TEXT, founded INTEGER);
        CREATE TABLE players(id INTEGER PRIMARY KEY, name TEXT, club_id INTEGER REFERENCES clubs(id), title TEXT,
            rating INTEGER, born INTEGER, sex TEXT);
        CREATE TABLE tournaments(id INTEGER PRIMARY KEY, name TEXT, city TEXT, start_date TEXT, end_date TEXT,
            rounds INTEGER);
        CREATE TABLE games(id INTEGER PRIMARY KEY, tournament_id INTEGER REFERENCES tournaments(id), round INTEGER,
            white_id INTEGER REFERENCES players(id), black_id INTEGER REFERENCES players(id), result TEXT,
            moves INTEGER, eco TEXT);
    """)
    _ins(c, "clubs", [(1, "Riga Chess Club", "Riga", 1921), (2, "Tallinn Knights", "Tallinn", 1956),
                      (3, "Vilnius Gambit", "Vilnius", 1990), (4, "Baltic Rooks", "Riga", 2004),
                      (5, "Kaunas Castle", "Kaunas", 1978), (6, "Tartu Pawns", "Tartu", 2012)])
    for i in range(1, 71):
        rating = r.randint(1500, 2700) if i != 7 else 2741
        title = "GM" if rating >= 2500 else "IM" if rating >= 2400 else "FM" if rating >= 2300 and r.random() < 0.7 else None
        _ins(c, "players", [(i, _name(r) if i != 7 else "Alexei Shirov II", None if r.random() < 0.12 else r.randint(1, 6),
                             title, rating, r.randint(1960, 2010), "F" if r.random() < 0.3 else "M")])
    tours = [(1, "Riga Open 2023", "Riga", "2023-08-05", "2023-08-13", 9),
             (2, "Tallinn Rapid 2023", "Tallinn", "2023-11-18", "2023-11-19", 7),
             (3, "Baltic Championship 2024", "Vilnius", "2024-03-02", "2024-03-10", 9),
             (4, "Riga Open 2024", "Riga", "2024-08-03", "2024-08-11", 9),
             (5, "Kaunas Spring Cup 2024", "Kaunas", "2024-04-20", "2024-04-25", 6),
             (6, "Tallinn Rapid 2024", "Tallinn", "2024-11-16", "2024-11-17", 7),
             (7, "Baltic Championship 2025", "Tartu", "2025-03-01", "2025-03-09", 9)]
    _ins(c, "tournaments", tours)
    gid = 0
    for t in tours:
        field = r.sample(range(1, 67), r.randint(14, 22))
        for rnd in range(1, t[5] + 1):
            r.shuffle(field)
            for k in range(0, len(field) - 1, 2):
                gid += 1
                w, b = field[k], field[k + 1]
                res = r.choice(["1-0", "1-0", "1-0", "0-1", "0-1", "1/2-1/2", "1/2-1/2"])
                _ins(c, "games", [(gid, t[0], rnd, w, b, res, r.randint(18, 95),
                                   r.choice(["B90", "C42", "D37", "E60", "A04", "B12", "C65", "D02"]))])
    _done(c)


def build_skiresort(path: Path) -> None:
    """camelCase singular tables, a pass type code lookup with prices in CHF, ISO country codes
    ('CH', 'DE'), an isOpen 0/1 flag, scan timestamps."""
    r = random.Random(208)
    c = _db(path, """
        CREATE TABLE lift(liftId INTEGER PRIMARY KEY, liftName TEXT, liftType TEXT, verticalM INTEGER,
            capacityPerHour INTEGER, isOpen INTEGER);
        CREATE TABLE passType(passTypeCode TEXT PRIMARY KEY, description TEXT, priceChf REAL);
        CREATE TABLE skier(skierId INTEGER PRIMARY KEY, skierName TEXT, birthYear INTEGER, homeCountry TEXT);
        CREATE TABLE skiPass(passId INTEGER PRIMARY KEY, skierId INTEGER REFERENCES skier(skierId),
            passTypeCode TEXT REFERENCES passType(passTypeCode), validFrom TEXT, validTo TEXT);
        CREATE TABLE liftScan(scanId INTEGER PRIMARY KEY, passId INTEGER REFERENCES skiPass(passId),
            liftId INTEGER REFERENCES lift(liftId), scannedAt TEXT);
    """)
    lifts = [(1, "Glacier Express", "GONDOLA", 1150, 2400, 1), (2, "Sunnegga Chair", "CHAIR", 420, 2800, 1),
             (3, "Blauherd Chair", "CHAIR", 380, 2200, 1), (4, "Rothorn Tram", "TRAM", 650, 900, 1),
             (5, "Kids Drag", "DRAG", 60, 800, 1), (6, "Furgg Chair", "CHAIR", 510, 2000, 0),
             (7, "Hohtalli Drag", "DRAG", 300, 1100, 0), (8, "Matterhorn Gondola", "GONDOLA", 980, 2700, 1),
             (9, "Gant Chair", "CHAIR", 460, 2400, 1), (10, "Riffelberg Drag", "DRAG", 210, 1000, 1)]
    _ins(c, "lift", lifts)
    _ins(c, "passType", [("DAY", "Day pass", 89.0), ("3DAY", "Three-day pass", 239.0), ("WEEK", "Week pass", 469.0),
                         ("SEASON", "Season pass", 1290.0)])
    for i in range(1, 121):
        _ins(c, "skier", [(i, _name(r), r.randint(1950, 2016),
                           r.choice(["CH", "CH", "CH", "DE", "DE", "FR", "IT", "GB", "NL", "US"]))])
    days = {"DAY": 0, "3DAY": 2, "WEEK": 6, "SEASON": 150}
    for i in range(1, 181):
        pt = r.choice(["DAY"] * 5 + ["3DAY"] * 3 + ["WEEK"] * 2 + ["SEASON"])
        start = D(2024, 12, 1) if pt == "SEASON" else _day(r, D(2024, 12, 7), 120)
        _ins(c, "skiPass", [(i, r.randint(1, 112), pt, start.isoformat(),
                             (start + dt.timedelta(days=days[pt])).isoformat())])
    passes = c.execute("SELECT passId, validFrom, validTo FROM skiPass").fetchall()
    open_lifts = [1, 2, 3, 4, 5, 8, 9, 10]
    for i in range(1, 501):
        pid, f, t = passes[r.randrange(len(passes) - 6)]
        span = (D.fromisoformat(t) - D.fromisoformat(f)).days + 1
        day = D.fromisoformat(f) + dt.timedelta(days=r.randrange(span))
        at = T.combine(day, dt.time(8, 30)) + dt.timedelta(minutes=r.randrange(0, 480))
        lifts_then = [*open_lifts, 1, 2, 8] if day >= D(2025, 2, 1) else [*open_lifts, 6, 7]
        _ins(c, "liftScan", [(i, pid, r.choice(lifts_then), _fmt(at))])
    _done(c)


def build_lab(path: Path) -> None:
    """``lims_`` prefix, heavy abbreviations (``smp``, ``rslt``, ``anlst``, ``clnt``, ``rcvd``), test codes with a
    lookup table holding reference ranges, a rejection flag 'Y'/'N', NULL results while pending."""
    r = random.Random(209)
    c = _db(path, """
        CREATE TABLE lims_clnt(clnt_id INTEGER PRIMARY KEY, clnt_nm TEXT, clnt_typ TEXT);
        CREATE TABLE lims_anlst(anlst_id INTEGER PRIMARY KEY, anlst_nm TEXT, cert_lvl INTEGER);
        CREATE TABLE lims_test(test_cd TEXT PRIMARY KEY, test_nm TEXT, unit_txt TEXT, ref_lo REAL, ref_hi REAL,
            price_amt REAL);
        CREATE TABLE lims_smp(smp_id INTEGER PRIMARY KEY, clnt_id INTEGER REFERENCES lims_clnt(clnt_id), smp_typ TEXT,
            coll_dt TEXT, rcvd_dt TEXT, rej_flg TEXT);
        CREATE TABLE lims_rslt(rslt_id INTEGER PRIMARY KEY, smp_id INTEGER REFERENCES lims_smp(smp_id),
            test_cd TEXT REFERENCES lims_test(test_cd), anlst_id INTEGER REFERENCES lims_anlst(anlst_id),
            rslt_val REAL, rslt_dt TEXT);
    """)
    clients = [("St. Mary Hospital", "HOSP"), ("Riverside Clinic", "CLIN"), ("Northgate GP Practice", "CLIN"),
               ("BioGen Research", "RES"), ("City General Hospital", "HOSP"), ("Lakeside Clinic", "CLIN"),
               ("Helix Labs", "RES"), ("Westfield Hospital", "HOSP"), ("Oak Tree Surgery", "CLIN"),
               ("Meadow Health Centre", "CLIN"), ("Genomica Institute", "RES"), ("Harbour Medical", "CLIN")]
    _ins(c, "lims_clnt", [(i, n, t) for i, (n, t) in enumerate(clients, 1)])
    _ins(c, "lims_anlst", [(1, "Dr. Irene Moss", 3), (2, "Kwame Asante", 2), (3, "Julia Berg", 1),
                           (4, "Rahul Verma", 2), (5, "Sara Lindholm", 3), (6, "Felix Grau", 1)])
    tests = [("GLU", "Glucose", "mmol/L", 3.9, 5.6, 8.5), ("HBA1C", "Haemoglobin A1c", "%", 4.0, 5.6, 24.0),
             ("CHOL", "Total cholesterol", "mmol/L", 0.0, 5.2, 12.0), ("TSH", "Thyroid stimulating hormone", "mIU/L",
                                                                         0.4, 4.0, 21.0),
             ("CRP", "C-reactive protein", "mg/L", 0.0, 5.0, 15.5), ("VITD", "Vitamin D", "nmol/L", 50.0, 125.0, 32.0),
             ("CREA", "Creatinine", "umol/L", 60.0, 110.0, 9.0), ("UA", "Urinalysis", "score", 0.0, 1.0, 6.5)]
    _ins(c, "lims_test", tests)
    ranges = {t[0]: (t[3], t[4]) for t in tests}
    for i in range(1, 301):
        coll = _day(r, D(2024, 6, 1), 380)
        _ins(c, "lims_smp", [(i, r.randint(1, 10), r.choice(["BLD"] * 6 + ["URN"] * 3 + ["SAL"]), coll.isoformat(),
                              (coll + dt.timedelta(days=r.choice([0, 0, 1, 1, 1, 2, 3, 4]))).isoformat(),
                              "Y" if r.random() < 0.07 else "N")])
    smps = c.execute("SELECT smp_id, smp_typ, rcvd_dt, rej_flg FROM lims_smp").fetchall()
    rid = 0
    for sid, typ, rcvd, rej in smps:
        if rej == "Y":
            continue
        codes = ["UA"] if typ == "URN" else ["TSH"] if typ == "SAL" else r.sample(
            ["GLU", "HBA1C", "CHOL", "TSH", "CRP", "VITD", "CREA"], r.randint(1, 3))
        for cd in codes:
            rid += 1
            lo, hi = ranges[cd]
            pending = r.random() < 0.08
            val = None if pending else round(r.uniform(lo * 0.7, hi * 1.4 + 1), 2)
            _ins(c, "lims_rslt", [(rid, sid, cd, r.randint(1, 5), val,
                                   None if pending else (D.fromisoformat(rcvd) + dt.timedelta(days=r.randint(0, 3))).isoformat())])
    _done(c)


def build_waste(path: Path) -> None:
    """Lower-case run-together names (``districtid``, ``weightkg``, ``collectiondate``), 'Y'/'N' flags, waste
    stream and weekday codes ('MON', 'GARDEN')."""
    r = random.Random(210)
    c = _db(path, """
        CREATE TABLE districts(districtid INTEGER PRIMARY KEY, districtname TEXT, population INTEGER);
        CREATE TABLE trucks(truckid INTEGER PRIMARY KEY, regplate TEXT, capacitykg INTEGER, fueltype TEXT,
            inservice TEXT);
        CREATE TABLE drivers(driverid INTEGER PRIMARY KEY, drivername TEXT, hiredate TEXT);
        CREATE TABLE routes(routeid INTEGER PRIMARY KEY, routename TEXT,
            districtid INTEGER REFERENCES districts(districtid), wastestream TEXT, collectionday TEXT);
        CREATE TABLE collections(collectionid INTEGER PRIMARY KEY, routeid INTEGER REFERENCES routes(routeid),
            truckid INTEGER REFERENCES trucks(truckid), driverid INTEGER REFERENCES drivers(driverid),
            collectiondate TEXT, weightkg REAL, missedstops INTEGER, completed TEXT);
    """)
    districts = [("Harbourside", 42000), ("Old Town", 31500), ("Northfield", 58300), ("Westmere", 66100),
                 ("Eastbrook", 27800), ("Southpark", 51250)]
    _ins(c, "districts", [(i, n, p) for i, (n, p) in enumerate(districts, 1)])
    for i in range(1, 15):
        _ins(c, "trucks", [(i, f"WC{r.randrange(10, 99)} {chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))}"
                               f"{chr(65 + r.randrange(26))}", r.choice([8000, 10000, 12000, 14000, 16000, 19000]) + i * 10,
                            r.choice(["DIESEL", "DIESEL", "CNG", "ELECTRIC"]), "N" if i in (5, 11, 14) else "Y")])
    for i in range(1, 19):
        _ins(c, "drivers", [(i, _name(r), _day(r, D(2010, 1, 1), 5300).isoformat())])
    streams = ["REFUSE", "RECYCLING", "GARDEN", "FOOD"]
    days = ["MON", "TUE", "WED", "THU", "FRI"]
    rid = 0
    for d in range(1, 7):
        for s in streams:
            for part in ("A", "B") if s in ("REFUSE", "RECYCLING") else ("A",):
                rid += 1
                _ins(c, "routes", [(rid, f"{districts[d - 1][0]} {s.title()} {part}", d, s, r.choice(days))])
    base = {"REFUSE": 7000, "RECYCLING": 4200, "GARDEN": 3000, "FOOD": 1800}
    routes = c.execute("SELECT routeid, wastestream FROM routes").fetchall()
    for i in range(1, 481):
        rt, s = r.choice(routes)
        done = "N" if r.random() < 0.07 else "Y"
        _ins(c, "collections", [(i, rt, r.choice([t for t in range(1, 15) if t not in (5, 11, 14)]),
                                 r.randint(1, 12) if s == "GARDEN" else r.randint(1, 16),
                                 _day(r, D(2024, 1, 1), 520).isoformat(),
                                 round(base[s] * r.uniform(0.6, 1.3), 1), r.choice([0, 0, 0, 0, 1, 2, 3, 5, 8]), done)])
    _done(c)


BUILDERS = {
    "ferry": build_ferry, "brewery": build_brewery, "helpdesk": build_helpdesk, "recruiting": build_recruiting,
    "observatory": build_observatory, "carrental": build_carrental, "chess": build_chess,
    "skiresort": build_skiresort, "lab": build_lab, "waste": build_waste,
}


def build_all(out: Path) -> dict[str, Path]:
    from nl2sql_data.harness import build_with

    return build_with(BUILDERS, out)


if __name__ == "__main__":
    import sys

    build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
