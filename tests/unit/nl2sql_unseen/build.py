"""Deterministic SQLite databases for a blind NL→SQL evaluation (issue 14, item 4).

Twenty-two small schemas, each a different domain and a different naming
style (abbreviations, ``tbl_``/``t_``/``wh_`` prefixes, camelCase, PascalCase,
UPPER_CASE, singular and plural tables, value codes, 0/1 flags, history tables
with ``valid_from``/``valid_to``, self-referencing keys, association tables,
units in column names, several date columns per table).  The questions in
``questions.jsonl`` were written against these schemas without looking at the
offline translator's output.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

GIVEN = ["Amara", "Bilal", "Carmen", "Dmitri", "Elif", "Finn", "Grace", "Hamza", "Ingrid", "Jamal", "Kasia",
         "Leon", "Mireille", "Nadia", "Oscar", "Priya", "Quentin", "Rania", "Stefan", "Tamsin", "Umar",
         "Vera", "Wei", "Yusuf", "Zofia"]
FAMILY = ["Okafor", "Lindqvist", "Moreno", "Petrov", "Yilmaz", "Walsh", "Nakamura", "Haddad", "Berg", "Mensah",
          "Kowalski", "Fischer", "Dupont", "Rahman", "Novak", "Costa", "Bianchi", "Sato", "Ivanova", "Murphy"]


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


def _person(r: random.Random) -> tuple[str, str]:
    return r.choice(GIVEN), r.choice(FAMILY)


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


D = dt.date
T = dt.datetime


def build_shipping(path: Path) -> None:
    """Abbreviated names (``shpmt``, ``_cd``, ``_nm``, ``_dt``, ``wt_kg``, ``amt``), status codes, singular tables."""
    r = random.Random(101)
    c = _db(path, """
        CREATE TABLE port(port_cd TEXT PRIMARY KEY, port_nm TEXT NOT NULL, cntry_cd TEXT);
        CREATE TABLE carrier(carrier_id INTEGER PRIMARY KEY, carrier_nm TEXT NOT NULL, scac_cd TEXT, hq_cntry_cd TEXT);
        CREATE TABLE shpmt(shpmt_id INTEGER PRIMARY KEY, carrier_id INTEGER REFERENCES carrier(carrier_id),
            orig_port_cd TEXT REFERENCES port(port_cd), dest_port_cd TEXT REFERENCES port(port_cd),
            ship_dt DATE, eta_dt DATE, dlvr_dt DATE, wt_kg REAL, decl_val_amt REAL, stat_cd TEXT);
        CREATE TABLE cntr(cntr_no TEXT PRIMARY KEY, shpmt_id INTEGER REFERENCES shpmt(shpmt_id), cntr_type_cd TEXT,
            tare_wt_kg REAL);
    """)
    ports = [("NLRTM", "Rotterdam", "NL"), ("DEHAM", "Hamburg", "DE"), ("BEANR", "Antwerp", "BE"),
             ("SGSIN", "Singapore", "SG"), ("CNSHA", "Shanghai", "CN"), ("USLAX", "Los Angeles", "US"),
             ("USNYC", "New York", "US"), ("BRSSZ", "Santos", "BR")]
    _ins(c, "port", ports)
    _ins(c, "carrier", [(1, "Maersk Line", "MAEU", "DK"), (2, "MSC", "MSCU", "CH"), (3, "CMA CGM", "CMDU", "FR"),
                        (4, "Hapag-Lloyd", "HLCU", "DE"), (5, "Evergreen", "EGLV", "TW")])
    tare = {"20GP": 2200.0, "40GP": 3750.0, "40HC": 3900.0, "20RF": 3050.0}
    for i in range(1, 181):
        o = r.choice(ports[:6])[0]
        d = r.choice([p for p in ports[:7] if p[0] != o])[0]
        ship = _day(r, D(2023, 1, 1), 700)
        eta = ship + dt.timedelta(days=r.randrange(12, 40))
        stat = r.choice(["DLVD"] * 5 + ["INTR"] * 2 + ["DLYD"] * 2 + ["CNCL"])
        dl = (eta + dt.timedelta(days=r.randrange(-3, 6))).isoformat() if stat == "DLVD" else None
        _ins(c, "shpmt", [(i, r.randint(1, 5), o, d, ship.isoformat(), eta.isoformat(), dl,
                           round(r.uniform(800, 28000), 1), round(r.uniform(5000, 400000), 2), stat)])
        for k in range(r.randint(1, 3)):
            t = r.choice(list(tare))
            _ins(c, "cntr", [(f"CNTR{i:04d}{k}", i, t, tare[t])])
    _done(c)


def build_telecom(path: Path) -> None:
    """PascalCase columns and tables, 'A'/'I'/'S' status codes, an IsInternational 0/1 flag, cents and seconds."""
    r = random.Random(102)
    c = _db(path, """
        CREATE TABLE Plans(PlanId INTEGER PRIMARY KEY, PlanName TEXT, MonthlyFeeCents INTEGER, DataAllowanceMb INTEGER);
        CREATE TABLE Subscribers(SubscriberId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, MSISDN TEXT,
            PlanId INTEGER REFERENCES Plans(PlanId), Status TEXT, ActivatedOn DATE, BirthDate DATE);
        CREATE TABLE CellTowers(TowerId INTEGER PRIMARY KEY, TowerCode TEXT, City TEXT);
        CREATE TABLE CallRecords(CallId INTEGER PRIMARY KEY, SubscriberId INTEGER REFERENCES Subscribers(SubscriberId),
            TowerId INTEGER REFERENCES CellTowers(TowerId), CalledNumber TEXT, StartedAt DATETIME,
            DurationSec INTEGER, IsInternational INTEGER, CostCents INTEGER);
    """)
    _ins(c, "Plans", [(1, "Basic 5GB", 999, 5120), (2, "Plus 20GB", 1999, 20480), (3, "Unlimited", 3499, None),
                      (4, "Family Share", 4999, 102400), (5, "Senior Talk", 799, 1024)])
    for i in range(1, 81):
        fn, ln = _person(r)
        _ins(c, "Subscribers", [(i, fn, ln, f"+4477{r.randrange(10**7, 10**8)}", (i % 5) + 1,
                                 r.choice("AAAAAAAIIS"), _day(r, D(2019, 1, 1), 2190).isoformat(),
                                 _day(r, D(1950, 1, 1), 19700).isoformat())])
    _ins(c, "CellTowers", [(1, "MAN-001", "Manchester"), (2, "MAN-002", "Manchester"), (3, "LIV-001", "Liverpool"),
                           (4, "LDS-001", "Leeds"), (5, "SHF-001", "Sheffield"), (6, "LDS-002", "Leeds")])
    for i in range(1, 301):
        dur = min(5400, int(r.expovariate(1 / 400)) + 5)
        intl = int(r.random() < 0.15)
        cost = int(dur / 60 * (45 if intl else 9))
        _ins(c, "CallRecords", [(i, r.randint(1, 70), r.randint(1, 6), f"0{r.randrange(10**9, 10**10)}",
                                 _fmt(_ts(r, T(2024, 1, 1), 180 * 1440)), dur, intl, cost)])
    _done(c)


def build_energy(path: Path) -> None:
    """UPPER_CASE names, 'E'/'G' meter codes, a decommission date that is NULL while in service, kWh."""
    r = random.Random(103)
    c = _db(path, """
        CREATE TABLE SITE(SITE_ID INTEGER PRIMARY KEY, SITE_NAME TEXT, REGION TEXT, SITE_TYPE TEXT);
        CREATE TABLE METER(METER_ID INTEGER PRIMARY KEY, SERIAL_NO TEXT, SITE_ID INTEGER REFERENCES SITE(SITE_ID),
            METER_TYPE TEXT, IS_SMART INTEGER, INSTALL_DT DATE, DECOMM_DT DATE);
        CREATE TABLE READING(READING_ID INTEGER PRIMARY KEY, METER_ID INTEGER REFERENCES METER(METER_ID),
            READ_TS DATETIME, CONSUMPTION_KWH REAL, IS_ESTIMATED INTEGER);
    """)
    names = ["Oakfield Depot", "Riverside Offices", "Harbour Works", "Elm Street Flats", "Northgate Mill",
             "Cedar Court", "Mill Lane School", "Station Yard", "Hilltop Farm", "Quayside Lofts", "Beacon Plant",
             "Ashwood House", "Granary Wharf", "Kingsway Retail", "Moorside Homes"]
    for i, n in enumerate(names, 1):
        _ins(c, "SITE", [(i, n, r.choice(["North", "South", "East", "West"]), r.choice(["RES", "COM", "IND"]))])
    for i in range(1, 41):
        inst = _day(r, D(2015, 1, 1), 3000)
        decomm = (inst + dt.timedelta(days=r.randrange(400, 2000))).isoformat() if r.random() < 0.15 else None
        _ins(c, "METER", [(i, f"SN{r.randrange(100000, 999999)}", r.randint(1, 15), "G" if r.random() < 0.35 else "E",
                           int(r.random() < 0.6), inst.isoformat(), decomm)])
    for i in range(1, 301):
        _ins(c, "READING", [(i, r.randint(1, 40), _fmt(_ts(r, T(2024, 1, 1), 365 * 1440)),
                             round(r.uniform(50, 2500), 2), int(r.random() < 0.12))])
    _done(c)


def build_marathon(path: Path) -> None:
    """given_name/family_name, 'F'/'M', birth_year integers, finish_time_ms, a dnf 0/1 flag."""
    r = random.Random(104)
    c = _db(path, """
        CREATE TABLE clubs(club_id INTEGER PRIMARY KEY, club_name TEXT, city TEXT);
        CREATE TABLE runners(runner_id INTEGER PRIMARY KEY, given_name TEXT, family_name TEXT, sex TEXT,
            birth_year INTEGER, nationality TEXT, club_id INTEGER REFERENCES clubs(club_id));
        CREATE TABLE races(race_id INTEGER PRIMARY KEY, race_name TEXT, race_date DATE, city TEXT, distance_km REAL);
        CREATE TABLE results(result_id INTEGER PRIMARY KEY, race_id INTEGER REFERENCES races(race_id),
            runner_id INTEGER REFERENCES runners(runner_id), bib_no INTEGER, finish_time_ms INTEGER, dnf INTEGER,
            position INTEGER);
    """)
    _ins(c, "clubs", [(1, "Harriers AC", "Leeds"), (2, "Road Runners", "Bristol"), (3, "Tri Club North", "York"),
                      (4, "City Striders", "London"), (5, "Valley Joggers", "Cardiff"), (6, "Coastal RC", "Brighton")])
    for i in range(1, 61):
        fn, ln = _person(r)
        _ins(c, "runners", [(i, fn, ln, r.choice("FM"), r.randint(1960, 2002), r.choice(["GB", "IE", "FR", "KE", "DE"]),
                             (i % 6) + 1)])
    races = [(1, "Berlin Marathon", "2023-09-24", "Berlin", 42.195), (2, "London Marathon", "2024-04-21", "London", 42.195),
             (3, "Valencia Half Marathon", "2023-10-22", "Valencia", 21.0975),
             (4, "Paris Half", "2024-03-03", "Paris", 21.0975), (5, "Lisbon 10K", "2024-05-12", "Lisbon", 10.0),
             (6, "Amsterdam Marathon", "2024-10-20", "Amsterdam", 42.195), (7, "Brighton 5K", "2024-06-02", "Brighton", 5.0)]
    _ins(c, "races", races)
    rid = 0
    for race in races:
        entrants = r.sample(range(1, 56), r.randint(24, 34))
        times = []
        for bib, runner in enumerate(entrants, 1):
            rid += 1
            dnf = r.random() < 0.07 and race[4] > 20
            ms = None if dnf else int(r.uniform(200, 400) * race[4] * 1000)
            times.append([rid, race[0], runner, bib, ms, int(dnf), None])
        for pos, row in enumerate(sorted((t for t in times if t[4] is not None), key=lambda t: t[4]), 1):
            row[6] = pos
        _ins(c, "results", times)
    _done(c)


def build_vet(path: Path) -> None:
    """``tbl_`` prefix, ``_nm``/``_dt``/``_amt`` abbreviations, 'F'/'M' codes, ``is_`` flags, weight_kg."""
    r = random.Random(105)
    c = _db(path, """
        CREATE TABLE tbl_owner(owner_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, phone_no TEXT, town TEXT);
        CREATE TABLE tbl_pet(pet_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES tbl_owner(owner_id), pet_nm TEXT,
            species TEXT, breed TEXT, sex_cd TEXT, birth_dt DATE, weight_kg REAL, is_neutered INTEGER);
        CREATE TABLE tbl_vet(vet_id INTEGER PRIMARY KEY, vet_nm TEXT, qualified_dt DATE);
        CREATE TABLE tbl_visit(visit_id INTEGER PRIMARY KEY, pet_id INTEGER REFERENCES tbl_pet(pet_id),
            vet_id INTEGER REFERENCES tbl_vet(vet_id), visit_dt DATE, reason_txt TEXT, fee_amt REAL,
            is_emergency INTEGER);
    """)
    towns = ["Kendal", "Penrith", "Keswick", "Ambleside", "Windermere"]
    for i in range(1, 41):
        fn, ln = _person(r)
        _ins(c, "tbl_owner", [(i, fn, ln, f"07{r.randrange(10**8, 10**9)}", r.choice(towns))])
    pet_names = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Pepper", "Biscuit", "Shadow",
                 "Willow", "Ziggy", "Nala", "Oreo", "Poppy", "Rolo", "Smudge", "Tilly", "Hazel"]
    kinds = {"Dog": ((4, 45), ["Labrador", "Collie", "Beagle", "Terrier"]),
             "Cat": ((2.5, 7), ["Siamese", "Persian", "Moggy"]),
             "Rabbit": ((1, 3), ["Lop", "Rex"]), "Parrot": ((0.3, 1.2), ["African Grey", "Macaw"])}
    for i in range(1, 91):
        sp = r.choice(["Dog"] * 9 + ["Cat"] * 7 + ["Rabbit"] * 2 + ["Parrot"] * 2)
        (lo, hi), breeds = kinds[sp]
        _ins(c, "tbl_pet", [(i, r.randint(1, 40), r.choice(pet_names), sp, r.choice(breeds), r.choice("FM"),
                             _day(r, D(2010, 1, 1), 5000).isoformat(), round(r.uniform(lo, hi), 2),
                             int(r.random() < 0.55))])
    _ins(c, "tbl_vet", [(1, "Dr Hannah Reid", "2005-07-01"), (2, "Dr Tomasz Wrobel", "2012-06-15"),
                        (3, "Dr Aisha Bello", "2018-09-01"), (4, "Dr Ewan Grant", "2009-01-20"),
                        (5, "Dr Lucia Ferri", "2021-07-10")])
    for i in range(1, 251):
        reason = r.choice(["Vaccination", "Check-up", "Dental", "Surgery", "Injury"])
        fee = {"Vaccination": 45, "Check-up": 38, "Dental": 120, "Surgery": 480, "Injury": 150}[reason]
        _ins(c, "tbl_visit", [(i, r.randint(1, 82), r.randint(1, 5), _day(r, D(2022, 1, 1), 1000).isoformat(), reason,
                               round(fee * r.uniform(0.8, 1.4), 2), int(r.random() < 0.1))])
    _done(c)


def build_realestate(path: Path) -> None:
    """A self-referencing manager key, plural tables, floor_area_sqm, listed_on/sold_on dates, status words."""
    r = random.Random(106)
    c = _db(path, """
        CREATE TABLE offices(office_id INTEGER PRIMARY KEY, office_name TEXT, city TEXT);
        CREATE TABLE agents(agent_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
            office_id INTEGER REFERENCES offices(office_id), manager_id INTEGER REFERENCES agents(agent_id),
            hired_on DATE, commission_pct REAL);
        CREATE TABLE properties(property_id INTEGER PRIMARY KEY, address TEXT, city TEXT, property_type TEXT,
            bedrooms INTEGER, floor_area_sqm REAL, year_built INTEGER);
        CREATE TABLE listings(listing_id INTEGER PRIMARY KEY, property_id INTEGER REFERENCES properties(property_id),
            agent_id INTEGER REFERENCES agents(agent_id), listed_on DATE, asking_price INTEGER, status TEXT,
            sold_on DATE, sold_price INTEGER);
    """)
    _ins(c, "offices", [(1, "Leeds Central", "Leeds"), (2, "Harrogate", "Harrogate"), (3, "York Minster", "York"),
                        (4, "Wakefield", "Wakefield")])
    fixed = {1: ("Margaret", "Hollis"), 2: ("Helen", "Carter"), 3: ("Omar", "Siddiqui"), 4: ("Julia", "Brandt")}
    for i in range(1, 17):
        fn, ln = fixed.get(i) or _person(r)
        mgr = None if i == 1 else 1 if i <= 4 else [2, 2, 3, 3, 4, 2, 3, 2, 4, 2, 3, 2][i - 5]
        _ins(c, "agents", [(i, fn, ln, (i % 4) + 1, mgr, _day(r, D(2012, 1, 1), 4400).isoformat(),
                            round(r.uniform(1.0, 3.0), 2))])
    streets = ["Park Road", "Station Street", "Church Lane", "Victoria Avenue", "Mill Street", "Queens Drive"]
    for i in range(1, 121):
        ptype = r.choice(["House", "House", "Apartment", "Apartment", "Townhouse", "Bungalow"])
        beds = r.randint(1, 3) if ptype == "Apartment" else r.randint(2, 5)
        _ins(c, "properties", [(i, f"{r.randint(1, 200)} {r.choice(streets)}",
                                r.choice(["Leeds", "Harrogate", "York", "Wakefield"]), ptype, beds,
                                round(beds * r.uniform(18, 35) + 20, 1), r.randint(1890, 2023))])
        listed = _day(r, D(2022, 6, 1), 900)
        asking = r.randrange(120, 900) * 1000
        status = r.choice(["active"] * 6 + ["under_offer"] * 2 + ["sold"] * 9 + ["withdrawn"] * 3)
        sold_on = (listed + dt.timedelta(days=r.randrange(20, 150))).isoformat() if status == "sold" else None
        sold_price = int(asking * r.uniform(0.9, 1.05) / 500) * 500 if status == "sold" else None
        _ins(c, "listings", [(i, i, r.randint(1, 16), listed.isoformat(), asking, status, sold_on, sold_price)])
    _done(c)


def build_insurance(path: Path) -> None:
    """``t_`` prefix, abbreviations (``ph``, ``pol``, ``clm``, ``rptd``, ``prem``), status codes incl. 'CNCL'."""
    r = random.Random(107)
    c = _db(path, """
        CREATE TABLE t_policyholder(ph_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, gender_cd TEXT, dob DATE,
            cust_since_dt DATE, region TEXT);
        CREATE TABLE t_product(prod_cd TEXT PRIMARY KEY, prod_desc TEXT, line_cd TEXT);
        CREATE TABLE t_policy(pol_no TEXT PRIMARY KEY, ph_id INTEGER REFERENCES t_policyholder(ph_id),
            prod_cd TEXT REFERENCES t_product(prod_cd), start_dt DATE, end_dt DATE, annual_prem_amt REAL,
            pol_stat_cd TEXT);
        CREATE TABLE t_claim(clm_id INTEGER PRIMARY KEY, pol_no TEXT REFERENCES t_policy(pol_no), loss_dt DATE,
            rptd_dt DATE, clm_amt REAL, paid_amt REAL, clm_stat_cd TEXT, fraud_flg INTEGER);
    """)
    for i in range(1, 71):
        fn, ln = _person(r)
        _ins(c, "t_policyholder", [(i, fn, ln, r.choice("FM"), _day(r, D(1945, 1, 1), 21000).isoformat(),
                                    _day(r, D(2005, 1, 1), 6500).isoformat(),
                                    r.choice(["Scotland", "Wales", "North West", "South East", "Midlands"]))])
    prods = [("HC01", "Home Contents", "HOME"), ("HB01", "Buildings", "HOME"), ("MC01", "Motor Comprehensive", "MOTR"),
             ("TR01", "Travel Single Trip", "TRVL"), ("PT01", "Pet Cover", "PET")]
    _ins(c, "t_product", prods)
    pols = []
    for i in range(1, 111):
        start = _day(r, D(2021, 1, 1), 1400)
        p = f"POL{i:05d}"
        pols.append(p)
        _ins(c, "t_policy", [(p, r.randint(1, 65), r.choice(prods)[0], start.isoformat(),
                              (start + dt.timedelta(days=365)).isoformat(), round(r.uniform(90, 1400), 2),
                              r.choice(["ACTV"] * 6 + ["LAPS"] * 2 + ["CNCL"]))])
    for i in range(1, 151):
        loss = _day(r, D(2021, 3, 1), 1350)
        rptd = loss + dt.timedelta(days=int(r.expovariate(1 / 12)))
        stat = r.choice(["OPEN"] * 3 + ["PAID"] * 6 + ["DENY"] * 2 + ["CNCL"])
        amt = round(r.uniform(150, 25000), 2)
        paid = round(amt * r.uniform(0.5, 1.0), 2) if stat == "PAID" else None
        _ins(c, "t_claim", [(i, r.choice(pols[:95]), loss.isoformat(), rptd.isoformat(), amt, paid, stat,
                             int(r.random() < 0.06))])
    _done(c)


def build_iot(path: Path) -> None:
    """camelCase columns, an isOnline boolean, batteryPct, a generic value/unit measurement table."""
    r = random.Random(108)
    c = _db(path, """
        CREATE TABLE gateways(gatewayId INTEGER PRIMARY KEY, gatewayName TEXT, buildingName TEXT, installedAt DATE);
        CREATE TABLE devices(deviceId INTEGER PRIMARY KEY, deviceLabel TEXT,
            gatewayId INTEGER REFERENCES gateways(gatewayId), sensorKind TEXT, firmwareVersion TEXT,
            isOnline BOOLEAN, batteryPct INTEGER, lastSeenAt DATETIME);
        CREATE TABLE measurements(measurementId INTEGER PRIMARY KEY, deviceId INTEGER REFERENCES devices(deviceId),
            recordedAt DATETIME, value REAL, unit TEXT);
        CREATE TABLE alerts(alertId INTEGER PRIMARY KEY, deviceId INTEGER REFERENCES devices(deviceId),
            raisedAt DATETIME, severity TEXT, acknowledged INTEGER);
    """)
    _ins(c, "gateways", [(1, "gw-alpha", "Turing Building", "2020-03-02"), (2, "gw-bravo", "Turing Building", "2021-06-14"),
                         (3, "gw-charlie", "Lovelace Hall", "2022-01-10"), (4, "gw-delta", "Hopper Annex", "2021-11-30"),
                         (5, "gw-echo", "Lovelace Hall", "2023-05-05")])
    kinds = {"temperature": ("C", 17, 29), "humidity": ("%", 30, 70), "co2": ("ppm", 400, 1800),
             "motion": ("count", 0, 40)}
    dev_kind = {}
    for i in range(1, 41):
        k = r.choice(list(kinds))
        dev_kind[i] = k
        _ins(c, "devices", [(i, f"{k[:4]}-{i:03d}", r.randint(1, 5), k, r.choice(["1.2.0", "1.3.1", "2.0.0"]),
                             int(r.random() < 0.8), r.randint(3, 100), _fmt(_ts(r, T(2024, 6, 1), 20000)))])
    for i in range(1, 301):
        d = r.randint(1, 40)
        unit, lo, hi = kinds[dev_kind[d]]
        _ins(c, "measurements", [(i, d, _fmt(_ts(r, T(2024, 1, 1), 180 * 1440)), round(r.uniform(lo, hi), 2), unit)])
    for i in range(1, 61):
        _ins(c, "alerts", [(i, r.randint(1, 30), _fmt(_ts(r, T(2024, 1, 1), 180 * 1440)),
                            r.choice(["low", "low", "medium", "high", "critical"]), int(r.random() < 0.6))])
    _done(c)


def build_bikes(path: Path) -> None:
    """duration_sec, distance_m, price_pence, an is_electric flag, NULL end station for unreturned bikes."""
    r = random.Random(109)
    c = _db(path, """
        CREATE TABLE stations(station_id INTEGER PRIMARY KEY, station_name TEXT, district TEXT, capacity INTEGER,
            opened_on DATE);
        CREATE TABLE bikes(bike_id INTEGER PRIMARY KEY, bike_code TEXT, model TEXT, is_electric INTEGER,
            commissioned_on DATE);
        CREATE TABLE riders(rider_id INTEGER PRIMARY KEY, username TEXT, email TEXT, member_since DATE,
            birth_year INTEGER);
        CREATE TABLE rentals(rental_id INTEGER PRIMARY KEY, bike_id INTEGER REFERENCES bikes(bike_id),
            rider_id INTEGER REFERENCES riders(rider_id), start_station_id INTEGER REFERENCES stations(station_id),
            end_station_id INTEGER REFERENCES stations(station_id), started_at DATETIME, ended_at DATETIME,
            duration_sec INTEGER, distance_m INTEGER, price_pence INTEGER);
    """)
    st = ["Kings Cross", "Euston Square", "Angel", "Old Street", "Borough Market", "Waterloo", "Hyde Park Corner",
          "Camden Lock", "Canary Wharf", "Brixton"]
    for i, n in enumerate(st, 1):
        _ins(c, "stations", [(i, n, r.choice(["Camden", "Islington", "Southwark", "Westminster", "Tower Hamlets"]),
                              r.randint(12, 45), _day(r, D(2012, 1, 1), 3000).isoformat())])
    elec = {}
    for i in range(1, 31):
        model = r.choice(["Urban 3", "Urban 3", "Volt E", "Cargo L"])
        elec[i] = int(model == "Volt E")
        _ins(c, "bikes", [(i, f"BK-{i:04d}", model, elec[i], _day(r, D(2018, 1, 1), 2000).isoformat())])
    for i in range(1, 51):
        fn, ln = _person(r)
        since = _day(r, D(2020, 1, 1), 1800).isoformat() if r.random() < 0.7 else None
        _ins(c, "riders", [(i, f"{fn.lower()}{i}", f"{fn.lower()}.{ln.lower()}@mail.test", since, r.randint(1960, 2005))])
    for i in range(1, 251):
        b = r.randint(1, 28)
        start = _ts(r, T(2024, 4, 1), 180 * 1440)
        if r.random() < 0.03:
            end, dur, dist, price, end_st = None, None, None, None, None
        else:
            dur = int(r.expovariate(1 / 1200)) + 60
            end = start + dt.timedelta(seconds=dur)
            dist = int(dur * r.uniform(2.5, 5))
            price = (100 + 5 * (dur // 60)) * (2 if elec[b] else 1)
            end_st = r.randint(1, 10)
        _ins(c, "rentals", [(i, b, r.randint(1, 50), r.randint(1, 10), end_st, _fmt(start), _fmt(end), dur, dist, price)])
    _done(c)


def build_conference(path: Path) -> None:
    """An association table (talk_speakers), level codes, ISO country codes, duration_min, stored 'cancelled'."""
    r = random.Random(110)
    c = _db(path, """
        CREATE TABLE conferences(conf_id INTEGER PRIMARY KEY, conf_name TEXT, city TEXT, starts_on DATE, ends_on DATE);
        CREATE TABLE speakers(speaker_id INTEGER PRIMARY KEY, full_name TEXT, company TEXT, country TEXT);
        CREATE TABLE talks(talk_id INTEGER PRIMARY KEY, conf_id INTEGER REFERENCES conferences(conf_id), title TEXT,
            track TEXT, level TEXT, duration_min INTEGER, scheduled_at DATETIME, room TEXT, status TEXT);
        CREATE TABLE talk_speakers(talk_id INTEGER REFERENCES talks(talk_id),
            speaker_id INTEGER REFERENCES speakers(speaker_id), is_primary INTEGER, PRIMARY KEY(talk_id, speaker_id));
        CREATE TABLE feedback(feedback_id INTEGER PRIMARY KEY, talk_id INTEGER REFERENCES talks(talk_id), score INTEGER,
            submitted_at DATETIME);
    """)
    confs = [(1, "DataConf Europe", "Amsterdam", "2024-03-12", "2024-03-14"),
             (2, "SecOps Summit", "Dublin", "2023-11-07", "2023-11-08"),
             (3, "WebDev Days", "Lisbon", "2024-06-20", "2024-06-21")]
    _ins(c, "conferences", confs)
    comp = ["Globex", "Initech", "Umbrella Labs", "Hooli", "Vandelay", "Stark Data"]
    for i in range(1, 31):
        fn, ln = _person(r)
        _ins(c, "speakers", [(i, f"{fn} {ln}", r.choice(comp), r.choice(["DE", "FR", "US", "GB", "NL", "IN", "DE"]))])
    topics = ["Scaling", "Securing", "Testing", "Observing", "Migrating", "Designing", "Debugging", "Tuning"]
    objs = ["Postgres", "Kafka", "React apps", "LLM pipelines", "Kubernetes", "APIs", "data lakes", "CDNs"]
    for i in range(1, 61):
        conf = r.choice(confs)
        _ins(c, "talks", [(i, conf[0], f"{r.choice(topics)} {r.choice(objs)} #{i}",
                           r.choice(["Data", "Security", "Frontend", "DevOps", "AI"]), r.choice(["BEG", "INT", "ADV"]),
                           r.choice([20, 30, 45, 45, 60, 90]), f"{conf[3]} {r.randint(9, 17):02d}:00:00",
                           r.choice(["Main Hall", "Room A", "Room B"]), "cancelled" if r.random() < 0.08 else "scheduled")])
        sp = r.sample(range(1, 27), 2 if r.random() < 0.2 else 1)
        for k, s in enumerate(sp):
            _ins(c, "talk_speakers", [(i, s, int(k == 0))])
    for i in range(1, 201):
        _ins(c, "feedback", [(i, r.randint(1, 60), r.choice([2, 3, 3, 4, 4, 4, 5, 5, 1]),
                              _fmt(_ts(r, T(2023, 11, 7), 330 * 1440)))])
    _done(c)


def build_recipes(path: Path) -> None:
    """PascalCase singular tables, a parent category key, PrepTimeMin/CookTimeMin, CaloriesKcal, QuantityG."""
    r = random.Random(111)
    c = _db(path, """
        CREATE TABLE Category(CategoryID INTEGER PRIMARY KEY, Name TEXT,
            ParentCategoryID INTEGER REFERENCES Category(CategoryID));
        CREATE TABLE Author(AuthorID INTEGER PRIMARY KEY, DisplayName TEXT, JoinedDate DATE, Country TEXT);
        CREATE TABLE Recipe(RecipeID INTEGER PRIMARY KEY, Title TEXT, CategoryID INTEGER REFERENCES Category(CategoryID),
            AuthorID INTEGER REFERENCES Author(AuthorID), PrepTimeMin INTEGER, CookTimeMin INTEGER, Servings INTEGER,
            CaloriesKcal INTEGER, IsVegetarian INTEGER, PublishedDate DATE);
        CREATE TABLE Ingredient(IngredientID INTEGER PRIMARY KEY, Name TEXT, IsAllergen INTEGER);
        CREATE TABLE RecipeIngredient(RecipeID INTEGER REFERENCES Recipe(RecipeID),
            IngredientID INTEGER REFERENCES Ingredient(IngredientID), QuantityG REAL);
        CREATE TABLE Review(ReviewID INTEGER PRIMARY KEY, RecipeID INTEGER REFERENCES Recipe(RecipeID), Stars INTEGER,
            ReviewDate DATE);
    """)
    _ins(c, "Category", [(1, "Mains", None), (2, "Desserts", None), (3, "Breakfast", None), (4, "Cakes", 2),
                         (5, "Ice Cream", 2), (6, "Pies", 2), (7, "Curries", 1), (8, "Pasta", 1), (9, "Salads", 1)])
    _ins(c, "Author", [(1, "SpiceQueen", "2019-02-11", "IN"), (2, "bakewell_bob", "2020-07-01", "GB"),
                       (3, "NonnaLucia", "2018-05-23", "IT"), (4, "greenplate", "2021-03-09", "US"),
                       (5, "chef_kofi", "2022-10-30", "GH"), (6, "TheHungryDane", "2020-01-15", "DK"),
                       (7, "mapleandoats", "2023-04-04", "CA"), (8, "wokstar", "2019-09-19", "SG")])
    ingr = ["Flour", "Sugar", "Butter", "Eggs", "Milk", "Peanuts", "Garlic", "Onion", "Tomato", "Basil", "Chicken",
            "Rice", "Pasta", "Cream", "Chocolate", "Lentils", "Spinach", "Cumin", "Almonds", "Yoghurt", "Oats",
            "Honey", "Saffron", "Truffle", "Quinoa"]
    allergen = {"Flour", "Butter", "Eggs", "Milk", "Peanuts", "Cream", "Almonds", "Yoghurt"}
    _ins(c, "Ingredient", [(i, n, int(n in allergen)) for i, n in enumerate(ingr, 1)])
    adj = ["Easy", "Quick", "Classic", "Spicy", "Creamy", "Rustic", "Smoky", "Zesty", "Golden", "Midnight"]
    for i in range(1, 61):
        cat = (i % 9) + 1
        _ins(c, "Recipe", [(i, f"{r.choice(adj)} {['Stew', 'Bake', 'Bowl', 'Tart', 'Pancakes', 'Curry'][i % 6]} {i}",
                            cat, r.randint(1, 8), r.choice([5, 10, 15, 20, 30, 45]), r.choice([0, 10, 20, 35, 60, 90]),
                            r.randint(1, 8), r.randint(180, 1200), int(r.random() < 0.4),
                            _day(r, D(2021, 1, 1), 1400).isoformat())])
        for ing in r.sample(range(1, 23), r.randint(3, 9)):
            _ins(c, "RecipeIngredient", [(i, ing, round(r.uniform(5, 500), 1))])
    for i in range(1, 181):
        _ins(c, "Review", [(i, r.randint(1, 60), r.choice([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]),
                            _day(r, D(2021, 6, 1), 1300).isoformat())])
    _done(c)


def build_bugs(path: Path) -> None:
    """Short generic names (``id``, ``name``), a parent issue key, P1..P4 codes, an association table for labels."""
    r = random.Random(112)
    c = _db(path, """
        CREATE TABLE projects(id INTEGER PRIMARY KEY, key TEXT, name TEXT, created_at DATETIME);
        CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT, full_name TEXT, is_admin INTEGER, joined_at DATETIME);
        CREATE TABLE issues(id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES projects(id),
            parent_id INTEGER REFERENCES issues(id), title TEXT, kind TEXT, priority TEXT, state TEXT,
            reporter_id INTEGER REFERENCES users(id), assignee_id INTEGER REFERENCES users(id), created_at DATETIME,
            closed_at DATETIME, story_points INTEGER);
        CREATE TABLE labels(id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE issue_labels(issue_id INTEGER REFERENCES issues(id), label_id INTEGER REFERENCES labels(id));
    """)
    _ins(c, "projects", [(1, "CORE", "Core Engine", "2021-01-04 09:00:00"), (2, "WEB", "Web Portal", "2021-05-10 09:00:00"),
                         (3, "MOB", "Mobile App", "2022-02-01 09:00:00"), (4, "API", "Public API", "2022-09-12 09:00:00")])
    for i in range(1, 13):
        fn, ln = _person(r)
        _ins(c, "users", [(i, f"{fn[0].lower()}{ln.lower()}", f"{fn} {ln}", int(i <= 2),
                           _fmt(_ts(r, T(2020, 1, 1), 900 * 1440)))])
    verbs = ["Crash when", "Slow load on", "Typo in", "Add option for", "Refactor", "Timeout in", "Wrong total in"]
    nouns = ["login page", "export", "search", "settings", "checkout", "sync job", "report builder", "dashboard"]
    for i in range(1, 151):
        parent = None if i <= 100 else 12 if i <= 104 else r.randint(1, 30)
        created = _ts(r, T(2023, 1, 1), 700 * 1440)
        state = r.choice(["open", "open", "in_progress", "resolved", "closed", "closed", "closed"])
        closed = created + dt.timedelta(hours=r.randrange(2, 2400)) if state in ("resolved", "closed") else None
        assignee = None if r.random() < 0.15 else r.randint(1, 12)
        _ins(c, "issues", [(i, r.randint(1, 4), parent, f"{r.choice(verbs)} {r.choice(nouns)}",
                            r.choice(["bug", "bug", "feature", "task"]), r.choice(["P1", "P2", "P2", "P3", "P3", "P4"]),
                            state, r.randint(1, 12), assignee, _fmt(created), _fmt(closed),
                            r.choice([1, 2, 3, 5, 8, None]))])
    labels = ["regression", "ui", "performance", "security", "docs", "good-first-issue", "wontfix", "needs-design"]
    _ins(c, "labels", list(enumerate(labels, 1)))
    for i in range(1, 151):
        for lab in r.sample(range(1, 7), r.randint(0, 2)):
            _ins(c, "issue_labels", [(i, lab)])
    _done(c)


def build_warehouse(path: Path) -> None:
    """``wh_`` prefix, a stock history table with valid_from/valid_to (NULL = current), 'Y'/'N' flag, weight_g."""
    r = random.Random(113)
    c = _db(path, """
        CREATE TABLE wh_site(site_cd TEXT PRIMARY KEY, site_nm TEXT, city_nm TEXT);
        CREATE TABLE wh_item(item_id INTEGER PRIMARY KEY, sku_cd TEXT, item_desc TEXT, uom_cd TEXT,
            unit_cost_amt REAL, weight_g INTEGER, is_hazmat INTEGER, disc_flg TEXT);
        CREATE TABLE wh_stock_hist(stock_hist_id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES wh_item(item_id),
            site_cd TEXT REFERENCES wh_site(site_cd), on_hand_qty INTEGER, valid_from DATE, valid_to DATE);
        CREATE TABLE wh_movement(mvmt_id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES wh_item(item_id),
            site_cd TEXT REFERENCES wh_site(site_cd), mvmt_type_cd TEXT, mvmt_qty INTEGER, mvmt_dt DATE);
    """)
    sites = [("LDS1", "Leeds DC", "Leeds"), ("MKY1", "Milton Keynes Hub", "Milton Keynes"), ("GLA1", "Glasgow North", "Glasgow")]
    _ins(c, "wh_site", sites)
    things = ["Pallet wrap", "Cable ties", "Drill bits", "Safety gloves", "Paint thinner", "Bleach 5L", "Copper pipe",
              "Screws M4", "Bolts M8", "Ladder 3m", "Cement bag", "Sealant", "Hi-vis vest", "Tape measure", "Lamp oil",
              "Wood glue", "Sandpaper", "Hard hat", "Fuse box", "Light bulbs", "Extension lead", "Padlock",
              "Wheelbarrow", "Spirit level", "Cordless drill", "Brake fluid", "Hinges", "Door handle", "Nail gun",
              "Tile cutter"]
    hazmat = {"Paint thinner", "Bleach 5L", "Lamp oil", "Brake fluid", "Sealant"}
    for i, t in enumerate(things, 1):
        _ins(c, "wh_item", [(i, f"SKU-{i:04d}", t, r.choice(["EA", "EA", "BOX", "PLT"]), round(r.uniform(0.5, 180), 2),
                             r.randint(20, 25000), int(t in hazmat), "Y" if r.random() < 0.15 else "N")])
    hid = 0
    for i in range(1, 31):
        for s in sites:
            start = D(2023, 1, 1) + dt.timedelta(days=r.randrange(60))
            n = r.randint(1, 4)
            for k in range(n):
                end = start + dt.timedelta(days=r.randrange(30, 200)) if k < n - 1 else None
                qty = 0 if (i >= 28 and k == n - 1) else r.randint(0, 400)
                hid += 1
                _ins(c, "wh_stock_hist", [(hid, i, s[0], qty, start.isoformat(), end and end.isoformat())])
                start = end or start
    for i in range(1, 201):
        _ins(c, "wh_movement", [(i, r.randint(1, 30), r.choice(sites)[0], r.choice(["RCPT", "PICK", "PICK", "ADJ", "XFER"]),
                                 r.randint(1, 120), _day(r, D(2023, 6, 1), 600).isoformat())])
    _done(c)


def build_courts(path: Path) -> None:
    """Case type and outcome codes, birth/appointed/retired dates, filed/closed dates, duration_min."""
    r = random.Random(114)
    c = _db(path, """
        CREATE TABLE courts(court_id INTEGER PRIMARY KEY, court_name TEXT, jurisdiction TEXT);
        CREATE TABLE judges(judge_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
            court_id INTEGER REFERENCES courts(court_id), birth_date DATE, appointed_date DATE, retired_date DATE);
        CREATE TABLE cases(case_id INTEGER PRIMARY KEY, case_no TEXT, court_id INTEGER REFERENCES courts(court_id),
            judge_id INTEGER REFERENCES judges(judge_id), case_type_cd TEXT, filed_date DATE, closed_date DATE,
            outcome_cd TEXT);
        CREATE TABLE hearings(hearing_id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(case_id),
            hearing_date DATE, duration_min INTEGER, is_adjourned INTEGER);
    """)
    _ins(c, "courts", [(1, "Manchester Civil Justice Centre", "England"), (2, "Cardiff Crown Court", "Wales"),
                       (3, "Leeds Combined Court", "England"), (4, "Bristol Magistrates Court", "England")])
    for i in range(1, 13):
        fn, ln = _person(r)
        born = _day(r, D(1950, 1, 1), 9000)
        appointed = born + dt.timedelta(days=r.randrange(35 * 365, 50 * 365))
        retired = (appointed + dt.timedelta(days=r.randrange(1000, 5000))).isoformat() if i % 4 == 0 else None
        _ins(c, "judges", [(i, fn, ln, (i % 4) + 1, born.isoformat(), appointed.isoformat(), retired)])
    for i in range(1, 161):
        court = r.randint(1, 4)
        ctype = r.choice(["CIV", "CRIM", "ADM"] if court == 4 else ["CIV", "CRIM", "FAM", "ADM"])
        filed = _day(r, D(2021, 1, 1), 1300)
        closed = filed + dt.timedelta(days=r.randrange(30, 600)) if r.random() < 0.7 else None
        outcome = None
        if closed:
            outcome = r.choice(["CONV", "ACQT"] if ctype == "CRIM" else ["GRNT", "DSMS", "STTL"])
        _ins(c, "cases", [(i, f"{ctype}-{filed.year}-{i:04d}", court, r.randint(1, 12), ctype, filed.isoformat(),
                           closed and closed.isoformat(), outcome)])
    for i in range(1, 301):
        _ins(c, "hearings", [(i, r.randint(1, 160), _day(r, D(2021, 2, 1), 1400).isoformat(),
                              r.choice([15, 30, 45, 60, 90, 120, 180]), int(r.random() < 0.18))])
    _done(c)


def build_museum(path: Path) -> None:
    """Singular tables, ``_yr``/``_dt`` suffixes, integer years (decades), height_cm, insured_value_usd, loans."""
    r = random.Random(115)
    c = _db(path, """
        CREATE TABLE artist(artist_id INTEGER PRIMARY KEY, artist_name TEXT, nationality TEXT, birth_yr INTEGER,
            death_yr INTEGER);
        CREATE TABLE gallery(gallery_id INTEGER PRIMARY KEY, gallery_name TEXT, floor_no INTEGER);
        CREATE TABLE artwork(artwork_id INTEGER PRIMARY KEY, title TEXT, artist_id INTEGER REFERENCES artist(artist_id),
            medium TEXT, creation_yr INTEGER, acquisition_dt DATE, height_cm REAL, width_cm REAL,
            insured_value_usd INTEGER, on_display INTEGER, gallery_id INTEGER REFERENCES gallery(gallery_id));
        CREATE TABLE loan(loan_id INTEGER PRIMARY KEY, artwork_id INTEGER REFERENCES artwork(artwork_id),
            borrower_institution TEXT, loan_start_dt DATE, loan_end_dt DATE);
    """)
    arts = []
    for i in range(1, 21):
        born = r.randint(1820, 1975)
        death = born + r.randint(40, 90) if born < 1935 or i % 3 == 0 else None
        if death is not None and death > 2023:
            death = None
        fn, ln = _person(r)
        arts.append((i, born))
        _ins(c, "artist", [(i, f"{fn} {ln}", r.choice(["French", "British", "Dutch", "Spanish", "American", "Japanese"]),
                            born, death)])
    _ins(c, "gallery", [(1, "East Wing", 1), (2, "Modern Gallery", 2), (3, "Sculpture Court", 0),
                        (4, "Print Room", 2), (5, "Photography Hall", 1), (6, "Impressionist Rooms", 1)])
    words = ["Harbour", "Portrait", "Study", "Garden", "Evening", "Figure", "Storm", "Still Life", "Bather", "Window"]
    for i in range(1, 121):
        a, born = r.choice(arts)
        medium = r.choice(["Oil on canvas", "Oil on canvas", "Watercolour", "Bronze", "Marble", "Photograph"])
        disp = int(r.random() < 0.55)
        _ins(c, "artwork", [(i, f"{r.choice(words)} {r.choice(['I', 'II', 'III', 'in Blue', 'at Dusk', 'No. 4'])}", a,
                             medium, born + r.randint(20, 40), _day(r, D(1950, 1, 1), 26000).isoformat(),
                             round(r.uniform(15, 240), 1), round(r.uniform(10, 300), 1),
                             r.randrange(5, 5000) * 1000, disp, r.randint(1, 6) if disp else None)])
    for i in range(1, 26):
        start = _day(r, D(2019, 1, 1), 1800)
        end = (start + dt.timedelta(days=r.randrange(60, 400))).isoformat() if r.random() < 0.7 else None
        _ins(c, "loan", [(i, r.randint(1, 120), r.choice(["Rijksmuseum", "Prado", "MoMA", "Tate Modern", "Louvre"]),
                          start.isoformat(), end)])
    _done(c)


def build_farm(path: Path) -> None:
    """PascalCase columns, AreaHa and YieldTonnes units, SowingDate vs HarvestDate (NULL until harvested)."""
    r = random.Random(116)
    c = _db(path, """
        CREATE TABLE Farms(FarmId INTEGER PRIMARY KEY, FarmName TEXT, County TEXT, OrganicCertified INTEGER);
        CREATE TABLE Fields(FieldId INTEGER PRIMARY KEY, FarmId INTEGER REFERENCES Farms(FarmId), FieldCode TEXT,
            AreaHa REAL, SoilType TEXT);
        CREATE TABLE Crops(CropId INTEGER PRIMARY KEY, CropName TEXT, CropFamily TEXT);
        CREATE TABLE Plantings(PlantingId INTEGER PRIMARY KEY, FieldId INTEGER REFERENCES Fields(FieldId),
            CropId INTEGER REFERENCES Crops(CropId), SowingDate DATE, HarvestDate DATE, YieldTonnes REAL);
    """)
    _ins(c, "Farms", [(1, "Brookside Farm", "Norfolk", 1), (2, "Highfield Estate", "Lincolnshire", 0),
                      (3, "Willow Grange", "Suffolk", 0), (4, "Redcliffe Acres", "Norfolk", 1),
                      (5, "Moor End Farm", "Yorkshire", 0), (6, "Greenlane Organics", "Devon", 1)])
    for i in range(1, 31):
        _ins(c, "Fields", [(i, (i % 6) + 1, f"F{i:02d}", round(r.uniform(2, 45), 2),
                            r.choice(["Clay", "Loam", "Sandy", "Silt"]))])
    crops = [(1, "Winter Wheat", "Grass"), (2, "Spring Barley", "Grass"), (3, "Oilseed Rape", "Brassica"),
             (4, "Sugar Beet", "Amaranth"), (5, "Potatoes", "Nightshade"), (6, "Field Beans", "Legume"),
             (7, "Oats", "Grass"), (8, "Maize", "Grass"), (9, "Linseed", "Flax"), (10, "Rye", "Grass")]
    _ins(c, "Crops", crops)
    for i in range(1, 121):
        sow = _day(r, D(2022, 9, 1), 820)
        harvested = sow < D(2024, 3, 1) or r.random() < 0.3
        hv = sow + dt.timedelta(days=r.randrange(100, 300)) if harvested else None
        _ins(c, "Plantings", [(i, r.randint(1, 30), r.randint(1, 8), sow.isoformat(), hv and hv.isoformat(),
                               round(r.uniform(8, 350), 2) if hv else None)])
    _done(c)


def build_ridehail(path: Path) -> None:
    """American 'canceled' stored, distance_km, fare_cents, surge_multiplier, signup vs birth dates."""
    r = random.Random(117)
    c = _db(path, """
        CREATE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, license_no TEXT,
            birth_date DATE, signup_date DATE, rating REAL, is_active INTEGER);
        CREATE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers(driver_id), make TEXT,
            model TEXT, model_year INTEGER, seats INTEGER, is_electric INTEGER);
        CREATE TABLE passengers(passenger_id INTEGER PRIMARY KEY, name TEXT, phone TEXT, joined_date DATE);
        CREATE TABLE trips(trip_id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers(driver_id),
            passenger_id INTEGER REFERENCES passengers(passenger_id), city TEXT, requested_at DATETIME,
            pickup_at DATETIME, dropoff_at DATETIME, distance_km REAL, fare_cents INTEGER, surge_multiplier REAL,
            trip_status TEXT);
    """)
    cars = [("Toyota", "Prius", 0), ("Tesla", "Model 3", 1), ("Kia", "Niro EV", 1), ("Skoda", "Octavia", 0),
            ("Ford", "Galaxy", 0), ("Hyundai", "Ioniq 5", 1)]
    for i in range(1, 26):
        fn, ln = _person(r)
        _ins(c, "drivers", [(i, fn, ln, f"DL{r.randrange(10**6, 10**7)}", _day(r, D(1965, 1, 1), 13000).isoformat(),
                             _day(r, D(2019, 1, 1), 1900).isoformat(), round(r.uniform(3.6, 5.0), 2),
                             int(r.random() < 0.8))])
        make, model, ev = r.choice(cars)
        _ins(c, "vehicles", [(i, i, make, model, r.randint(2015, 2024), 7 if model == "Galaxy" else 4, ev)])
    for i in range(1, 61):
        fn, ln = _person(r)
        _ins(c, "passengers", [(i, f"{fn} {ln}", f"+1555{r.randrange(10**6, 10**7)}",
                                _day(r, D(2020, 1, 1), 1600).isoformat())])
    for i in range(1, 301):
        req = _ts(r, T(2024, 1, 1), 300 * 1440)
        status = r.choice(["completed"] * 8 + ["canceled"] * 2 + ["no_show"])
        surge = r.choice([1.0, 1.0, 1.0, 1.0, 1.2, 1.5, 2.0])
        if status == "completed":
            pick = req + dt.timedelta(minutes=r.randint(2, 15))
            km = round(r.uniform(1, 35), 2)
            drop = pick + dt.timedelta(minutes=int(km * r.uniform(1.5, 3)))
            fare = int((250 + km * 120) * surge)
        else:
            pick = drop = None
            km, fare = 0.0, 500 if status == "no_show" else 0
        _ins(c, "trips", [(i, r.randint(1, 25), r.randint(1, 54), r.choice(["Boston", "Denver", "Austin", "Seattle"]),
                           _fmt(req), _fmt(pick), _fmt(drop), km, fare, surge, status)])
    _done(c)


def build_courses(path: Path) -> None:
    """Singular tables, a mentor self-reference, British 'enrolment', 'B'/'I'/'A' level codes, several dates."""
    r = random.Random(118)
    c = _db(path, """
        CREATE TABLE instructor(instructor_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, hire_date DATE,
            mentor_id INTEGER REFERENCES instructor(instructor_id));
        CREATE TABLE course(course_id INTEGER PRIMARY KEY, course_code TEXT, title TEXT,
            instructor_id INTEGER REFERENCES instructor(instructor_id), level_cd TEXT, price_usd REAL,
            duration_hrs REAL, launched_on DATE);
        CREATE TABLE student(student_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, country_code TEXT,
            birth_date DATE, registered_on DATE);
        CREATE TABLE enrolment(enrolment_id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES student(student_id),
            course_id INTEGER REFERENCES course(course_id), started_on DATE, completed_on DATE, status TEXT,
            final_grade REAL);
    """)
    fixed = {1: ("Laura", "Kim"), 5: ("Desmond", "Achebe")}
    for i in range(1, 11):
        fn, ln = fixed.get(i) or _person(r)
        mentor = None if i in (1, 5) else 1 if i <= 4 else 5
        _ins(c, "instructor", [(i, fn, ln, _day(r, D(2015, 1, 1), 3000).isoformat(), mentor)])
    titles = ["Intro to SQL", "Advanced Python", "Data Visualisation", "Statistics Basics", "Machine Learning",
              "Cloud Fundamentals", "Linux Shell", "Web Security", "Spreadsheet Mastery", "Deep Learning",
              "Project Management", "Git Essentials", "Rust for Beginners", "Time Series", "Graph Databases"]
    for i, t in enumerate(titles, 1):
        _ins(c, "course", [(i, f"C{100 + i}", t, r.randint(1, 10), r.choice("BIA"), r.choice([19.0, 29.0, 49.0, 79.0, 99.0]),
                            r.choice([4, 6, 10, 12, 20, 30]), _day(r, D(2019, 1, 1), 1500).isoformat())])
    for i in range(1, 81):
        fn, ln = _person(r)
        _ins(c, "student", [(i, fn, ln, r.choice(["US", "CA", "GB", "IN", "BR", "DE"]),
                             _day(r, D(1970, 1, 1), 13000).isoformat(), _day(r, D(2021, 1, 1), 1300).isoformat())])
    for i in range(1, 201):
        start = _day(r, D(2022, 1, 1), 1000)
        status = r.choice(["active", "completed", "completed", "withdrawn"])
        done = (start + dt.timedelta(days=r.randrange(14, 200))).isoformat() if status == "completed" else None
        grade = round(r.uniform(40, 100), 1) if status == "completed" else None
        _ins(c, "enrolment", [(i, r.randint(1, 80), r.randint(1, 13), start.isoformat(), done, status, grade)])
    _done(c)


def build_gym(path: Path) -> None:
    """Abbreviations (``mbr``, ``_nm``, ``_dt``), 'A'/'I'/'F' status and 'F'/'M' gender codes, a plan history."""
    r = random.Random(119)
    c = _db(path, """
        CREATE TABLE club(club_id INTEGER PRIMARY KEY, club_nm TEXT, city_nm TEXT, opened_dt DATE);
        CREATE TABLE plan(plan_cd TEXT PRIMARY KEY, plan_desc TEXT, monthly_fee_amt REAL);
        CREATE TABLE mbr(mbr_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, gender TEXT, birth_dt DATE,
            join_dt DATE, mbr_stat TEXT, home_club_id INTEGER REFERENCES club(club_id));
        CREATE TABLE mbr_plan_hist(mbr_id INTEGER REFERENCES mbr(mbr_id), plan_cd TEXT REFERENCES plan(plan_cd),
            valid_from DATE, valid_to DATE);
        CREATE TABLE checkin(checkin_id INTEGER PRIMARY KEY, mbr_id INTEGER REFERENCES mbr(mbr_id),
            club_id INTEGER REFERENCES club(club_id), checkin_ts DATETIME);
    """)
    _ins(c, "club", [(1, "Riverside", "Bristol", "2012-04-01"), (2, "Temple Quay", "Bristol", "2016-09-12"),
                     (3, "Clifton", "Bristol", "2019-01-07"), (4, "Bath Spa", "Bath", "2021-05-17")])
    _ins(c, "plan", [("BAS", "Basic", 19.99), ("STD", "Standard", 29.99), ("PRM", "Premium", 49.99),
                     ("OFP", "Off-Peak", 14.99)])
    for i in range(1, 71):
        fn, ln = _person(r)
        join = _day(r, D(2019, 1, 1), 2100)
        stat = r.choice("AAAAAAIIF")
        _ins(c, "mbr", [(i, fn, ln, r.choice("FM"), _day(r, D(1955, 1, 1), 17000).isoformat(), join.isoformat(), stat,
                         r.randint(1, 4))])
        start = join
        n = r.randint(1, 3)
        for k in range(n):
            end = start + dt.timedelta(days=r.randrange(60, 500)) if k < n - 1 or stat == "I" else None
            _ins(c, "mbr_plan_hist", [(i, r.choice(["BAS", "STD", "PRM", "OFP"]), start.isoformat(),
                                       end and end.isoformat())])
            start = end or start
    for i in range(1, 301):
        _ins(c, "checkin", [(i, r.randint(1, 64), r.randint(1, 4), _fmt(_ts(r, T(2023, 6, 1), 560 * 1440)))])
    _done(c)


def build_parking(path: Path) -> None:
    """PascalCase singular tables, vehicle type codes ('MC'), HourlyRateCents, open sessions with NULL ExitTime."""
    r = random.Random(120)
    c = _db(path, """
        CREATE TABLE ParkingLot(LotId INTEGER PRIMARY KEY, LotName TEXT, Zone TEXT, Capacity INTEGER,
            HourlyRateCents INTEGER, IsCovered INTEGER);
        CREATE TABLE Vehicle(VehicleId INTEGER PRIMARY KEY, Plate TEXT, VehicleType TEXT, OwnerName TEXT);
        CREATE TABLE Permit(PermitId INTEGER PRIMARY KEY, VehicleId INTEGER REFERENCES Vehicle(VehicleId),
            LotId INTEGER REFERENCES ParkingLot(LotId), PermitType TEXT, ValidFrom DATE, ValidTo DATE);
        CREATE TABLE ParkingSession(SessionId INTEGER PRIMARY KEY, LotId INTEGER REFERENCES ParkingLot(LotId),
            VehicleId INTEGER REFERENCES Vehicle(VehicleId), EntryTime DATETIME, ExitTime DATETIME,
            AmountPaidCents INTEGER, PaymentMethod TEXT);
    """)
    lots = [(1, "Central Garage", "A", 400, 350, 1), (2, "Harbour Front", "B", 120, 250, 0),
            (3, "Station East", "A", 250, 300, 1), (4, "Old Town Square", "C", 60, 420, 0),
            (5, "Airport Long Stay", "D", 900, 180, 0), (6, "Hospital Deck", "B", 300, 200, 1)]
    _ins(c, "ParkingLot", lots)
    for i in range(1, 51):
        fn, ln = _person(r)
        _ins(c, "Vehicle", [(i, f"{r.choice('ABCDEFGH')}{r.randint(10, 99)} {r.choice('KLMNPRSTV')}"
                                f"{r.choice('WXYZ')}{r.choice('ABCDE')}{i:02d}",
                             r.choice(["CAR", "CAR", "CAR", "VAN", "MC", "EV"]), f"{fn} {ln}")])
    for i in range(1, 21):
        start = _day(r, D(2022, 1, 1), 900)
        end = (start + dt.timedelta(days=365)).isoformat() if r.random() < 0.5 else None
        _ins(c, "Permit", [(i, r.randint(1, 45), r.randint(1, 6), r.choice(["RES", "BUS"]), start.isoformat(), end)])
    for i in range(1, 251):
        lot = r.choice(lots)
        entry = _ts(r, T(2023, 10, 1), 420 * 1440)
        if r.random() < 0.03:
            exit_, paid = None, None
        else:
            mins = r.randint(10, 600)
            exit_ = entry + dt.timedelta(minutes=mins)
            paid = int(lot[4] * (mins / 60))
        _ins(c, "ParkingSession", [(i, lot[0], r.randint(1, 45), _fmt(entry), _fmt(exit_), paid,
                                    r.choice(["card", "card", "cash", "app"]))])
    _done(c)


def build_elections(path: Path) -> None:
    """One election: candidates per constituency, votes, an is_incumbent flag, 'F'/'M' codes, registered_voters."""
    r = random.Random(121)
    c = _db(path, """
        CREATE TABLE parties(party_id INTEGER PRIMARY KEY, party_name TEXT, abbrev TEXT, founded_year INTEGER);
        CREATE TABLE constituencies(constituency_id INTEGER PRIMARY KEY, name TEXT, region TEXT,
            registered_voters INTEGER);
        CREATE TABLE candidates(candidate_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
            party_id INTEGER REFERENCES parties(party_id),
            constituency_id INTEGER REFERENCES constituencies(constituency_id), gender TEXT, is_incumbent INTEGER,
            birth_date DATE);
        CREATE TABLE results(candidate_id INTEGER PRIMARY KEY REFERENCES candidates(candidate_id), votes INTEGER);
    """)
    parties = [(1, "Labour", "LAB", 1900), (2, "Conservative", "CON", 1834), (3, "Liberal Democrats", "LD", 1988),
               (4, "Green", "GRN", 1990), (5, "Reform", "REF", 2018), (6, "Plaid Cymru", "PC", 1925)]
    _ins(c, "parties", parties)
    names = ["Ashfield", "Bolton North", "Cardiff South", "Dover", "Exeter", "Finchley", "Gower", "Hove", "Ipswich",
             "Jarrow", "Kensington", "Leeds East", "Monmouth", "Norwich North", "Oxford West"]
    welsh = {"Cardiff South", "Gower", "Monmouth"}
    cid = 0
    strength = {1: 1.3, 2: 1.1, 3: 0.6, 4: 0.35, 5: 0.45, 6: 0.9}
    for i, n in enumerate(names, 1):
        reg = r.randint(60000, 85000)
        region = "Wales" if n in welsh else r.choice(["North", "South", "East", "London"])
        _ins(c, "constituencies", [(i, n, region, reg)])
        pool = [1, 2, 3, 4, 5] + ([6] if n in welsh else [])
        chosen = [p for p in pool if p in (1, 2) or r.random() < 0.75]
        turnout = r.uniform(0.55, 0.72) * reg
        weights = [strength[p] * r.uniform(0.5, 1.5) for p in chosen]
        for p, w in zip(chosen, weights, strict=True):
            cid += 1
            fn, ln = _person(r)
            _ins(c, "candidates", [(cid, fn, ln, p, i, r.choice("FM"), int(r.random() < 0.2),
                                    _day(r, D(1955, 1, 1), 17000).isoformat())])
            _ins(c, "results", [(cid, int(turnout * w / sum(weights)))])
    _done(c)


def build_charity(path: Path) -> None:
    """camelCase columns, amountPence, isRecurring/giftAidEligible flags, a supervisor self-reference."""
    r = random.Random(122)
    c = _db(path, """
        CREATE TABLE donors(donorId INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, email TEXT, postcode TEXT,
            birthDate DATE, firstGiftDate DATE);
        CREATE TABLE campaigns(campaignId INTEGER PRIMARY KEY, campaignName TEXT, startDate DATE, endDate DATE,
            targetAmountGbp INTEGER);
        CREATE TABLE donations(donationId INTEGER PRIMARY KEY, donorId INTEGER REFERENCES donors(donorId),
            campaignId INTEGER REFERENCES campaigns(campaignId), amountPence INTEGER, donatedOn DATE,
            isRecurring INTEGER, giftAidEligible INTEGER, paymentStatus TEXT);
        CREATE TABLE volunteers(volunteerId INTEGER PRIMARY KEY, fullName TEXT,
            supervisorId INTEGER REFERENCES volunteers(volunteerId), startDate DATE, hoursLogged REAL);
    """)
    for i in range(1, 61):
        fn, ln = _person(r)
        _ins(c, "donors", [(i, fn, ln, f"{fn.lower()}{i}@post.test", f"BS{r.randint(1, 40)} {r.randint(1, 9)}AB",
                            _day(r, D(1945, 1, 1), 20000).isoformat(), _day(r, D(2015, 1, 1), 3000).isoformat())])
    camps = [(1, "Winter Shelter Appeal", "2023-11-01", "2024-02-29", 2000),
             (2, "Clean Water Wells", "2023-03-01", "2023-12-31", 4000),
             (3, "School Meals 2024", "2024-01-15", "2024-07-31", 1500),
             (4, "Flood Relief", "2024-02-01", "2024-04-30", 2500),
             (5, "Library Books", "2024-05-01", "2024-12-31", 2000)]
    _ins(c, "campaigns", camps)
    for i in range(1, 251):
        camp = r.choice(camps)
        s, e = D.fromisoformat(camp[2]), D.fromisoformat(camp[3])
        on = _day(r, s, (e - s).days + 1)
        _ins(c, "donations", [(i, r.randint(1, 54), camp[0], r.choice([500, 1000, 2000, 2500, 5000, 10000]) + r.randrange(0, 3000),
                               on.isoformat(), int(r.random() < 0.3), int(r.random() < 0.55),
                               r.choice(["cleared"] * 8 + ["refunded", "pending"]))])
    fixed = {1: "Margaret Owusu", 2: "Priya Shah", 3: "Tom Eriksen"}
    for i in range(1, 16):
        name = fixed.get(i) or " ".join(_person(r))
        sup = None if i == 1 else 1 if i <= 3 else [2, 2, 3, 2, 3, 2, 2, 3, 3, 2, 3, 2][i - 4]
        _ins(c, "volunteers", [(i, name, sup, _day(r, D(2019, 1, 1), 2000).isoformat(), round(r.uniform(5, 400), 1))])
    _done(c)


BUILDERS = {
    "shipping": build_shipping, "telecom": build_telecom, "energy": build_energy, "marathon": build_marathon,
    "vet": build_vet, "realestate": build_realestate, "insurance": build_insurance, "iot": build_iot,
    "bikes": build_bikes, "conference": build_conference, "recipes": build_recipes, "bugs": build_bugs,
    "warehouse": build_warehouse, "courts": build_courts, "museum": build_museum, "farm": build_farm,
    "ridehail": build_ridehail, "courses": build_courses, "gym": build_gym, "parking": build_parking,
    "elections": build_elections, "charity": build_charity,
}


def build_all(out: Path) -> dict[str, Path]:
    from nl2sql_data.harness import build_with

    return build_with(BUILDERS, out)


if __name__ == "__main__":
    import sys

    build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
