"""Six agriculture, environment and outdoors databases for the fifty-second blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, with a few later rows where the future is
natural (tree-planting days still to come).

- ``airquality`` (UPPER_SNAKE names with code/description pairs: ``STATION_TYPE_CD`` beside the lookup
  ``STATION_TYPE.STATION_TYPE_DESC``, ``STATUS_CD`` beside ``READING_STATUS.STATUS_DESC``, and ``VISIT_TYPE_CD`` with
  ``VISIT_TYPE_DESC`` inline): an air-quality monitoring network. ``STATION``, ``POLLUTANT`` (with the WHO daily
  guideline), the link table ``STATION_POLLUTANT`` (what each station measures), ``DAILY_READING`` and
  ``MAINT_VISIT``.
- ``dairyherd`` (singular snake_case tables with surrogate keys ``<table>_sk`` beside natural keys such as
  ``farm_code``, ``breed_code``, ``ear_tag`` and ``vet_code``; self-referencing ``cow.dam_sk``, the cow's mother): a
  dairy co-operative's herd book. ``farm``, ``breed``, ``cow`` (status milking, dry, heifer, sold or culled),
  ``milk_recording`` (litres, butterfat and protein), ``vet`` and ``treatment``.
- ``floodwatch`` (plain snake_case, every date an INTEGER ``YYYYMMDD``): a river-level and flood-warning service.
  ``rivers``, ``gauges`` (typical low and high levels), ``level_readings`` (daily peak level and rainfall),
  ``flood_warnings`` (Flood Alert, Flood Warning or Severe Flood Warning; ``lifted_date`` NULL while in force),
  ``communities`` and the link table ``warning_communities``.
- ``agronomy`` (plural lowerCamelCase tables and columns: ``fieldVisits``, ``soilSamples``, ``growerId``): an
  arable agronomy consultancy. ``growers``, ``fields``, ``agronomists``, ``crops``, the link table ``fieldCrops``
  (which crop a field carried in a season, with its yield), ``fieldVisits`` and ``soilSamples``.
- ``catchreturns`` (a wide denormalised export table beside two small lookups): a fisheries trust's angling catch
  returns. ``catch_export`` repeats the angler's, water's and species' names on every row (released 'Y'/'N');
  ``lkp_species`` (migratory 'Y'/'N', minimum size to keep) and ``lkp_water`` are the lookups, beside ``anglers``
  and ``permits``.
- ``treeplanting`` (Rails-style snake_case plural tables with ``id`` keys, ``*_id`` foreign keys and
  ``created_at``/``updated_at``): a community tree-planting charity. ``sites``, ``species`` (native 0/1),
  ``volunteers``, ``events`` (planting, maintenance or survey; scheduled, completed or cancelled; some to come),
  the link table ``event_signups``, ``plantings`` and ``survival_checks``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)

FIRST = [
    "Aidan", "Bethany", "Callum", "Deborah", "Ewan", "Fiona", "Gareth", "Heather", "Iain", "Jessica", "Kieran",
    "Laura", "Martin", "Niamh", "Owain", "Paula", "Rhys", "Sian", "Thomas", "Una", "Victor", "Wendy", "Xavier",
    "Yvonne",
]  # fmt: skip
SURN = [
    "Armstrong", "Bell", "Campbell", "Dixon", "Elliot", "Fraser", "Graham", "Hall", "Irvine", "Johnston", "Kerr",
    "Lamb", "Murray", "Nicholson", "Ogilvie", "Pringle", "Robson", "Scott", "Telfer", "Urquhart", "Wallace",
    "Young",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs."""
    pairs = [(f, s) for f in FIRST for s in SURN]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _int(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


def _stamp(r: random.Random, d: dt.date) -> str:
    return f"{d.isoformat()} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


# ------------------------------------------------------------------------------------------------------ airquality
AQ_TYPES = [
    ("URB_BKG", "Urban background"), ("ROADSIDE", "Roadside"), ("SUBURBAN", "Suburban"),
    ("RURAL", "Rural background"), ("INDUST", "Industrial"),
]  # fmt: skip
AQ_STATUS = [("VAL", "Validated"), ("PRV", "Provisional"), ("REJ", "Rejected")]
AQ_POLLUTANTS = [
    ("NO2", "Nitrogen dioxide", "ug/m3", 25.0), ("PM10", "Particulate matter PM10", "ug/m3", 45.0),
    ("PM25", "Fine particulate matter PM2.5", "ug/m3", 15.0), ("O3", "Ozone", "ug/m3", 100.0),
    ("SO2", "Sulphur dioxide", "ug/m3", 40.0),
]  # fmt: skip
AQ_STATIONS = [
    ("Leeds Centre", "Leeds", "URB_BKG", D(2005, 3, 1), None, 64),
    ("Leeds Headingley Kerbside", "Leeds", "ROADSIDE", D(2010, 6, 1), None, 82),
    ("Leeds Kirkstall Road", "Leeds", "ROADSIDE", D(2016, 4, 12), None, 45),
    ("Manchester Piccadilly", "Manchester", "URB_BKG", D(2001, 1, 15), None, 42),
    ("Manchester Oxford Road", "Manchester", "ROADSIDE", D(2014, 9, 1), None, 38),
    ("Manchester Sharston", "Manchester", "SUBURBAN", D(2008, 5, 20), None, 41),
    ("Salford Eccles", "Salford", "URB_BKG", D(2003, 2, 10), None, 29),
    ("Birmingham Ladywood", "Birmingham", "URB_BKG", D(2004, 7, 1), None, 140),
    ("Birmingham A4540 Roadside", "Birmingham", "ROADSIDE", D(2012, 3, 5), None, 132),
    ("Birmingham Acocks Green", "Birmingham", "SUBURBAN", D(2011, 10, 3), None, 128),
    ("Birmingham Tyburn", "Birmingham", "INDUST", D(1999, 6, 1), D(2024, 8, 31), 95),
    ("Bristol St Paul's", "Bristol", "URB_BKG", D(2006, 1, 9), None, 22),
    ("Bristol Temple Way", "Bristol", "ROADSIDE", D(2017, 11, 20), None, 15),
    ("Bristol Avonmouth", "Bristol", "INDUST", D(2021, 4, 6), None, 8),
    ("Sheffield Devonshire Green", "Sheffield", "URB_BKG", D(2013, 8, 14), None, 88),
    ("Sheffield Barnsley Road", "Sheffield", "ROADSIDE", D(2018, 2, 26), None, 101),
    ("Sheffield Tinsley", "Sheffield", "INDUST", D(2002, 5, 13), None, 47),
    ("Newcastle Centre", "Newcastle", "URB_BKG", D(2007, 9, 17), None, 55),
    ("Newcastle Cradlewell", "Newcastle", "ROADSIDE", D(2022, 1, 10), None, 60),
    ("Nottingham Centre", "Nottingham", "URB_BKG", D(2009, 4, 20), None, 34),
    ("Nottingham Western Boulevard", "Nottingham", "ROADSIDE", D(2019, 7, 8), None, 40),
    ("Liverpool Speke", "Liverpool", "SUBURBAN", D(2005, 12, 1), None, 18),
    ("Liverpool Queen's Drive", "Liverpool", "ROADSIDE", D(2023, 3, 27), None, 27),
    ("Liverpool Old Hall Street", "Liverpool", "URB_BKG", D(1998, 3, 2), D(2019, 12, 31), 12),
    ("Port Talbot Margam", "Port Talbot", "INDUST", D(2000, 10, 16), None, 6),
    ("Scunthorpe Town", "Scunthorpe", "INDUST", D(2008, 6, 2), None, 27),
    ("Grangemouth Moray", "Grangemouth", "INDUST", D(2010, 1, 25), None, 9),
    ("Ladybower", "Bamford", "RURAL", D(1996, 4, 1), None, 420),
    ("Eskdalemuir", "Langholm", "RURAL", D(1995, 1, 1), None, 243),
    ("Lullington Heath", "Alfriston", "RURAL", D(1996, 10, 1), None, 120),
    ("Yarner Wood", "Bovey Tracey", "RURAL", D(2001, 5, 14), None, 119),
    ("High Muffles", "Pickering", "RURAL", D(1997, 7, 1), None, 267),
    ("Narberth", "Narberth", "RURAL", D(2000, 3, 20), None, 160),
    ("Aston Hill", "Newtown", "RURAL", D(2003, 8, 11), None, 370),
    ("Chilbolton Observatory", "Stockbridge", "RURAL", D(2016, 1, 18), None, 78),
    ("Wicken Fen", "Ely", "RURAL", D(2022, 9, 5), None, 5),
]
AQ_MEASURES = {
    "ROADSIDE": ["NO2", "PM10", "PM25"],
    "URB_BKG": ["NO2", "PM25", "O3"],
    "SUBURBAN": ["NO2", "O3"],
    "RURAL": ["O3", "PM25"],
    "INDUST": ["SO2", "PM10", "NO2"],
}
AQ_EXTRA = ["PM10", "SO2", "PM25", "O3", "NO2"]
AQ_RANGES = {
    "NO2": {"ROADSIDE": (30, 62), "URB_BKG": (15, 36), "SUBURBAN": (10, 28), "RURAL": (3, 12), "INDUST": (15, 40)},
    "PM10": {"ROADSIDE": (15, 45), "URB_BKG": (12, 34), "SUBURBAN": (10, 30), "RURAL": (8, 22), "INDUST": (18, 60)},
    "PM25": {"ROADSIDE": (8, 28), "URB_BKG": (6, 22), "SUBURBAN": (5, 18), "RURAL": (3, 12), "INDUST": (8, 30)},
    "O3": {"ROADSIDE": (20, 60), "URB_BKG": (35, 85), "SUBURBAN": (40, 95), "RURAL": (50, 115), "INDUST": (30, 80)},
    "SO2": {"ROADSIDE": (1, 8), "URB_BKG": (1, 8), "SUBURBAN": (1, 8), "RURAL": (1, 6), "INDUST": (5, 55)},
}
AQ_TECHS = ["Graham Pike", "Rachel Dunn", "Steven Osei", "Karen Whitby", "Imran Malik", "Louise Carter"]
AQ_VISITS = [("CAL", "Calibration", 85, 160), ("SVC", "Routine service", 120, 260), ("REP", "Repair", 180, 900),
             ("AUD", "Audit", 60, 110)]  # fmt: skip


def build_airquality(path: Path) -> None:
    r = random.Random(52001)
    c = fresh_db(
        path,
        """
        CREATE TABLE STATION_TYPE (STATION_TYPE_CD TEXT PRIMARY KEY, STATION_TYPE_DESC TEXT NOT NULL);
        CREATE TABLE READING_STATUS (STATUS_CD TEXT PRIMARY KEY, STATUS_DESC TEXT NOT NULL);
        CREATE TABLE POLLUTANT (POLLUTANT_CD TEXT PRIMARY KEY, POLLUTANT_DESC TEXT NOT NULL, UNIT_CD TEXT NOT NULL,
            WHO_DAILY_GUIDELINE_VAL REAL NOT NULL);
        CREATE TABLE STATION (
            STATION_ID INTEGER PRIMARY KEY, STATION_NM TEXT NOT NULL, CITY_NM TEXT NOT NULL,
            STATION_TYPE_CD TEXT NOT NULL REFERENCES STATION_TYPE(STATION_TYPE_CD), OPENED_DT TEXT NOT NULL,
            CLOSED_DT TEXT, ALTITUDE_M INTEGER NOT NULL);
        CREATE TABLE STATION_POLLUTANT (
            STATION_ID INTEGER NOT NULL REFERENCES STATION(STATION_ID),
            POLLUTANT_CD TEXT NOT NULL REFERENCES POLLUTANT(POLLUTANT_CD), INSTALLED_DT TEXT NOT NULL,
            PRIMARY KEY (STATION_ID, POLLUTANT_CD));
        CREATE TABLE DAILY_READING (
            READING_ID INTEGER PRIMARY KEY, STATION_ID INTEGER NOT NULL REFERENCES STATION(STATION_ID),
            POLLUTANT_CD TEXT NOT NULL REFERENCES POLLUTANT(POLLUTANT_CD), READING_DT TEXT NOT NULL,
            MEAN_VAL REAL NOT NULL, MAX_VAL REAL NOT NULL,
            STATUS_CD TEXT NOT NULL REFERENCES READING_STATUS(STATUS_CD));
        CREATE TABLE MAINT_VISIT (
            VISIT_ID INTEGER PRIMARY KEY, STATION_ID INTEGER NOT NULL REFERENCES STATION(STATION_ID),
            VISIT_DT TEXT NOT NULL, VISIT_TYPE_CD TEXT NOT NULL, VISIT_TYPE_DESC TEXT NOT NULL,
            TECHNICIAN_NM TEXT NOT NULL, COST_AMT REAL NOT NULL);
        """,
    )
    insert(c, "STATION_TYPE", AQ_TYPES)
    insert(c, "READING_STATUS", AQ_STATUS)
    insert(c, "POLLUTANT", AQ_POLLUTANTS)
    insert(c, "STATION", [(k, n, ci, t, _iso(o), _iso(cl), a) for k, (n, ci, t, o, cl, a) in enumerate(AQ_STATIONS, 1)])
    pairs = []
    for k, (_n, _ci, t, o, _cl, _a) in enumerate(AQ_STATIONS, 1):
        measured = list(AQ_MEASURES[t])
        for p in AQ_EXTRA:
            if p not in measured and r.random() < 0.3:
                measured.append(p)
        for p in measured:
            inst = o if p in AQ_MEASURES[t] else day_between(r, o, D(2023, 12, 31))
            pairs.append((k, p, _iso(inst)))
    insert(c, "STATION_POLLUTANT", pairs)
    readings, seen = [], set()
    while len(readings) < 390:
        k, p, _inst = r.choice(pairs)
        _n, _ci, t, _o, cl, _a = AQ_STATIONS[k - 1]
        if cl is not None and cl < D(2024, 1, 1):
            continue
        d = day_between(r, D(2024, 1, 1), min(cl or LAST, LAST))
        if (k, p, d) in seen:
            continue
        seen.add((k, p, d))
        lo, hi = AQ_RANGES[p][t]
        winter = d.month in (11, 12, 1, 2)
        factor = (1.2 if winter else 1.0) if p != "O3" else (1.2 if d.month in (5, 6, 7) else 0.9)
        mean = round(r.uniform(lo, hi) * factor, 2)
        mx = round(mean * r.uniform(1.3, 2.4), 2)
        if d < D(2025, 1, 1):
            st = "REJ" if r.random() < 0.07 else "VAL"
        else:
            x = r.random()
            st = "REJ" if x < 0.08 else "VAL" if x < 0.3 else "PRV"
        readings.append((k, p, d, mean, mx, st))
    readings.sort(key=lambda x: (x[2], x[0], x[1]))
    insert(c, "DAILY_READING", [(i, k, p, _iso(d), m, x, s) for i, (k, p, d, m, x, s) in enumerate(readings, 1)])
    never = {6, 20, 25, 31, 35}
    visitable = [k for k in range(1, len(AQ_STATIONS) + 1) if k not in never]
    visits = []
    while len(visits) < 130:
        k = r.choice(visitable)
        _n, _ci, _t, o, cl, _a = AQ_STATIONS[k - 1]
        lo_d, hi_d = max(o, D(2023, 1, 1)), min(cl or LAST, LAST)
        if lo_d > hi_d:
            continue
        code, desc, lo, hi = r.choice(AQ_VISITS)
        visits.append((k, day_between(r, lo_d, hi_d), code, desc, r.choice(AQ_TECHS), round(r.uniform(lo, hi), 2)))
    visits.sort(key=lambda x: x[1])
    insert(c, "MAINT_VISIT", [(i, k, _iso(d), cd, de, te, co) for i, (k, d, cd, de, te, co) in enumerate(visits, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- dairyherd
DH_FARMS = [
    (1, "HCR01", "Hillcrest", "Cumbria", ["HOL", "HOL", "FRS"]),
    (2, "MDB02", "Meadowbank", "Cheshire", ["HOL", "FRS"]),
    (3, "BRK03", "Brookside", "Somerset", ["JER", "JER", "GUE"]),
    (4, "OAK04", "Oakfield", "Shropshire", ["AYR", "HOL"]),
    (5, "RSH05", "Rushmere", "Suffolk", ["BSW", "HOL"]),
    (6, "GRY06", "Greystones", "Dumfriesshire", ["AYR", "AYR", "FRS"]),
]
DH_BREEDS = [
    ("HOL", "Holstein", (27, 40), (3.7, 4.2), (3.1, 3.4)),
    ("FRS", "British Friesian", (23, 33), (3.9, 4.4), (3.2, 3.5)),
    ("JER", "Jersey", (17, 25), (5.0, 5.9), (3.7, 4.1)), ("AYR", "Ayrshire", (21, 30), (4.0, 4.5), (3.3, 3.6)),
    ("BSW", "Brown Swiss", (24, 33), (4.0, 4.4), (3.4, 3.7)), ("GUE", "Guernsey", (17, 24), (4.6, 5.3), (3.5, 3.9)),
]  # fmt: skip
DH_COW_NAMES = [
    "Buttercup", "Daisy", "Clover", "Bluebell", "Primrose", "Meg", "Rosie", "Bella", "Poppy", "Heather", "Tilly",
    "Maisie", "Honey", "Willow", "Hazel", "Marigold", "Snowdrop", "Dolly", "Lulu", "Pansy", "Fern", "Blossom",
    "Nutmeg", "Bramble", "Ivy", "Dora", "Minnie", "Peggy", "Sorrel", "Juniper", "Myrtle", "Tansy", "Cowslip",
    "Holly", "Ruby", "Mabel", "Gertie", "Elsie", "Flora", "Nell", "Violet", "Lily", "Pearl", "Esme", "Saffron",
]  # fmt: skip
DH_VETS = [
    (1, "VET-1104", "Alastair Gow", "Fellside Veterinary Group", [1, 6]),
    (2, "VET-1187", "Catriona Muir", "Fellside Veterinary Group", [1, 6, 4]),
    (3, "VET-1230", "Joanna Price", "Cheshire Farm Vets", [2, 4]),
    (4, "VET-1295", "Mark Fenwick", "Levels Livestock Practice", [3]),
    (5, "VET-1342", "Sunita Rao", "Levels Livestock Practice", [3, 5]),
    (6, "VET-1408", "Edward Blake", "Eastern Counties Vets", [5]),
    (7, "VET-1466", "Harriet Vane", "Dairy Health Partners", [1, 2, 3, 4, 5, 6]),
]
DH_CONDITIONS = [("Mastitis", 45, 120, 8), ("Lameness", 35, 95, 7), ("Milk fever", 60, 150, 3),
                 ("Metritis", 55, 130, 3), ("Pneumonia", 40, 110, 2), ("Displaced abomasum", 350, 650, 1)]  # fmt: skip


def build_dairyherd(path: Path) -> None:
    r = random.Random(52002)
    c = fresh_db(
        path,
        """
        CREATE TABLE farm (farm_sk INTEGER PRIMARY KEY, farm_code TEXT NOT NULL UNIQUE, farm_name TEXT NOT NULL,
            county TEXT NOT NULL);
        CREATE TABLE breed (breed_sk INTEGER PRIMARY KEY, breed_code TEXT NOT NULL UNIQUE, breed_name TEXT NOT NULL);
        CREATE TABLE cow (
            cow_sk INTEGER PRIMARY KEY, ear_tag TEXT NOT NULL UNIQUE, cow_name TEXT NOT NULL,
            breed_sk INTEGER NOT NULL REFERENCES breed(breed_sk), farm_sk INTEGER NOT NULL REFERENCES farm(farm_sk),
            birth_date TEXT NOT NULL, dam_sk INTEGER REFERENCES cow(cow_sk), status TEXT NOT NULL, left_herd_date TEXT);
        CREATE TABLE milk_recording (
            milk_recording_sk INTEGER PRIMARY KEY, cow_sk INTEGER NOT NULL REFERENCES cow(cow_sk),
            recording_date TEXT NOT NULL, litres REAL NOT NULL, butterfat_pct REAL NOT NULL, protein_pct REAL NOT NULL);
        CREATE TABLE vet (vet_sk INTEGER PRIMARY KEY, vet_code TEXT NOT NULL UNIQUE, vet_name TEXT NOT NULL,
            practice_name TEXT NOT NULL);
        CREATE TABLE treatment (
            treatment_sk INTEGER PRIMARY KEY, cow_sk INTEGER NOT NULL REFERENCES cow(cow_sk),
            vet_sk INTEGER NOT NULL REFERENCES vet(vet_sk), treatment_date TEXT NOT NULL, condition TEXT NOT NULL,
            cost REAL NOT NULL);
        """,
    )
    insert(c, "farm", [(sk, code, n, co) for sk, code, n, co, _b in DH_FARMS])
    breed_sk = {b[0]: k for k, b in enumerate(DH_BREEDS, 1)}
    insert(c, "breed", [(k, code, n) for k, (code, n, *_x) in enumerate(DH_BREEDS, 1)])
    cows: list[dict] = []
    used: set[str] = set()

    def name_for(farm: int) -> str:
        prefix = DH_FARMS[farm - 1][2]
        while True:
            n = f"{prefix} {r.choice(DH_COW_NAMES)}"
            if n not in used:
                used.add(n)
                return n

    for sk, _code, _n, _co, breeds in DH_FARMS:
        for _ in range(11):
            b = r.choice(breeds)
            cows.append({"farm": sk, "breed": b, "birth": day_between(r, D(2014, 3, 1), D(2019, 6, 30)), "dam": None})
    cows.sort(key=lambda x: x["birth"])
    births = sorted(day_between(r, D(2018, 1, 1), D(2025, 5, 31)) for _ in range(150))
    for bd in births:
        dams = [i for i, cw in enumerate(cows) if (bd - cw["birth"]).days > 800]
        dam = r.choice(dams)
        farm = cows[dam]["farm"] if r.random() < 0.9 else r.randint(1, 6)
        cows.append({"farm": farm, "breed": cows[dam]["breed"], "birth": bd, "dam": dam})
    last_calf: dict[int, dt.date] = {}
    for cw in cows:
        if cw["dam"] is not None:
            last_calf[cw["dam"]] = cw["birth"]
    rows = []
    for i, cw in enumerate(cows):
        cw["name"] = name_for(cw["farm"])
        status, left = "heifer", None
        if cw["birth"] <= D(2023, 6, 15):
            x = r.random()
            old = cw["birth"] < D(2017, 1, 1)
            status = (
                ("culled" if x < 0.35 else "sold" if x < 0.5 else "milking" if x < 0.85 else "dry")
                if old
                else ("culled" if x < 0.06 else "sold" if x < 0.12 else "milking" if x < 0.82 else "dry")
            )
            if status in ("culled", "sold"):
                lo = max(cw["birth"] + dt.timedelta(days=1100), last_calf.get(i, D(2020, 1, 1)) + dt.timedelta(90))
                lo = max(lo, D(2021, 1, 1))
                if lo < D(2025, 5, 1):
                    left = day_between(r, lo, D(2025, 5, 31))
                else:
                    status = "milking"
        cw["status"], cw["left"] = status, left
        tag = f"UK {300000 + cw['farm'] * 1111:06d} {100000 + i * 37 % 90000:06d}"
        rows.append(
            (i + 1, tag, cw["name"], breed_sk[cw["breed"]], cw["farm"], _iso(cw["birth"]),
             None if cw["dam"] is None else cw["dam"] + 1, status, _iso(left))
        )  # fmt: skip
    insert(c, "cow", rows)
    recs = []
    seen = set()
    while len(recs) < 380:
        d = day_between(r, D(2024, 1, 1), LAST)
        ok = [
            i
            for i, cw in enumerate(cows)
            if (d - cw["birth"]).days > 760 and (cw["left"] is None or cw["left"] > d) and cw["status"] != "heifer"
        ]
        i = r.choice(ok)
        if (i, d) in seen:
            continue
        seen.add((i, d))
        _code, _n, ly, fat, prot = DH_BREEDS[breed_sk[cows[i]["breed"]] - 1]
        recs.append((i + 1, d, round(r.uniform(*ly), 1), round(r.uniform(*fat), 2), round(r.uniform(*prot), 2)))
    recs.sort(key=lambda x: (x[1], x[0]))
    insert(c, "milk_recording", [(k, cw, _iso(d), li, f, p) for k, (cw, d, li, f, p) in enumerate(recs, 1)])
    insert(c, "vet", [(sk, code, n, p) for sk, code, n, p, _f in DH_VETS])
    weights = [w for *_x, w in DH_CONDITIONS]
    treats = []
    while len(treats) < 170:
        d = day_between(r, D(2023, 1, 1), LAST)
        ok = [i for i, cw in enumerate(cows) if cw["birth"] < d and (cw["left"] is None or cw["left"] > d)]
        i = r.choice(ok)
        if i % 7 == 3:  # some cows never need the vet
            continue
        vets = [sk for sk, _code, _n, _p, farms in DH_VETS if cows[i]["farm"] in farms]
        cond, lo, hi, _w = r.choices(DH_CONDITIONS, weights)[0]
        if cond == "Pneumonia" and (d - cows[i]["birth"]).days > 400:
            cond, lo, hi = "Lameness", 35, 95
        treats.append((i + 1, r.choice(vets), d, cond, round(r.uniform(lo, hi), 2)))
    treats.sort(key=lambda x: (x[2], x[0]))
    insert(c, "treatment", [(k, cw, v, _iso(d), co, cost) for k, (cw, v, d, co, cost) in enumerate(treats, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ floodwatch
FW_RIVERS = [
    (1, "River Severn", "Severn", 354.0), (2, "River Thames", "Thames", 346.0), (3, "River Trent", "Humber", 297.0),
    (4, "River Wye", "Severn", 250.0), (5, "River Ouse", "Humber", 84.0), (6, "River Eden", "Solway", 145.0),
    (7, "River Aire", "Humber", 114.0), (8, "River Tyne", "Tyne", 118.0), (9, "River Derwent", "Humber", 116.5),
    (10, "River Calder", "Humber", 72.0), (11, "River Exe", "Exe", 88.5), (12, "River Avon", "Severn", 154.0),
]  # fmt: skip
FW_GAUGES = [
    ("Welsh Bridge", 1, "Shrewsbury", D(1984, 5, 1), 1.1, 4.9), ("Bewdley", 1, "Bewdley", D(1990, 2, 1), 0.8, 4.2),
    ("Barbourne", 1, "Worcester", D(1996, 10, 1), 1.0, 4.6), ("Saxons Lode", 1, "Upton upon Severn", D(2004, 3, 15),
     1.2, 5.1), ("Mythe Bridge", 1, "Tewkesbury", D(2008, 7, 1), 1.5, 5.6),
    ("Osney Lock", 2, "Oxford", D(1992, 4, 1), 0.6, 2.2), ("Caversham", 2, "Reading", D(2001, 1, 10), 0.7, 2.6),
    ("Kingston Bridge", 2, "Kingston upon Thames", D(2012, 6, 1), 0.9, 3.1),
    ("Burton Upon Trent", 3, "Burton upon Trent", D(1998, 8, 1), 0.9, 3.3), ("Colwick", 3, "Nottingham",
     D(1985, 1, 1), 1.0, 3.8), ("Newark Town Lock", 3, "Newark", D(2015, 5, 11), 1.2, 4.1),
    ("Gainsborough", 3, "Gainsborough", D(2019, 11, 4), 1.4, 4.5),
    ("Hay Bridge", 4, "Hay-on-Wye", D(1994, 9, 1), 0.5, 3.0), ("Hereford Bridge", 4, "Hereford", D(1988, 3, 1),
     0.7, 3.9), ("Ross Wilton", 4, "Ross-on-Wye", D(2003, 12, 1), 0.8, 3.5), ("Monmouth", 4, "Monmouth",
     D(2021, 2, 15), 1.0, 4.0),
    ("Viking Recorder", 5, "York", D(1982, 1, 1), 0.9, 4.3), ("Skelton", 5, "York", D(2006, 4, 3), 0.8, 4.0),
    ("Selby", 5, "Selby", D(2010, 9, 20), 1.3, 4.4),
    ("Sheepmount", 6, "Carlisle", D(1997, 1, 1), 0.7, 3.7), ("Appleby", 6, "Appleby-in-Westmorland",
     D(2016, 1, 5), 0.4, 2.5), ("Temple Sowerby", 6, "Penrith", D(2002, 6, 1), 0.5, 2.8),
    ("Armley", 7, "Leeds", D(1993, 5, 1), 0.6, 3.2), ("Kildwick", 7, "Keighley", D(2016, 3, 7), 0.5, 2.7),
    ("Castleford", 7, "Castleford", D(2007, 11, 1), 0.9, 3.6),
    ("Bywell", 8, "Stocksfield", D(1989, 1, 1), 0.7, 3.5), ("Hexham Bridge", 8, "Hexham", D(2013, 2, 1), 0.6, 3.1),
    ("Buttercrambe", 9, "Stamford Bridge", D(1999, 7, 1), 0.8, 3.0), ("Malton", 9, "Malton", D(2011, 10, 10),
     0.9, 3.3),
    ("Mytholmroyd", 10, "Mytholmroyd", D(2017, 12, 1), 0.4, 2.3), ("Elland", 10, "Elland", D(2005, 5, 5), 0.5, 2.6),
    ("Thorverton", 11, "Thorverton", D(1995, 2, 1), 0.4, 2.4), ("Trews Weir", 11, "Exeter", D(2000, 1, 1), 0.7, 3.0),
    ("Evesham", 12, "Evesham", D(1991, 6, 1), 0.6, 3.2), ("Stratford", 12, "Stratford-upon-Avon", D(2009, 8, 1),
     0.5, 2.9), ("Bath Pulteney", 12, "Bath", D(2022, 3, 14), 0.9, 3.4),
]  # fmt: skip
FW_COMMUNITIES = {
    1: ["Frankwell", "Coleham", "Bewdley Beales Corner", "Hylton Road", "Upton upon Severn", "Tewkesbury Lower Lode"],
    2: ["Osney Island", "Caversham Heights", "Kingston Riverside", "Wallingford"],
    3: ["Burton Washlands", "Colwick", "Newark Riverside", "Gainsborough Town"],
    4: ["Hay-on-Wye", "Hereford Greyfriars", "Ross Wye Street", "Monmouth Overmonnow"],
    5: ["York Clementhorpe", "York Skeldergate", "Naburn", "Selby Ousegate"],
    6: ["Carlisle Warwick Road", "Appleby Sands", "Eamont Bridge", "Temple Sowerby"],
    7: ["Kirkstall", "Keighley Stockbridge", "Castleford Lock Lane"],
    8: ["Corbridge", "Hexham Tyne Green", "Ovingham"],
    9: ["Stamford Bridge", "Malton Norton", "Buttercrambe"],
    10: ["Mytholmroyd", "Hebden Bridge", "Elland"],
    11: ["Exeter St Thomas", "Thorverton"],
    12: ["Evesham Hampton", "Stratford Waterside", "Bath Widcombe", "Pershore"],
}
FW_SEVERITY = ["Flood Alert", "Flood Warning", "Severe Flood Warning"]


def build_floodwatch(path: Path) -> None:
    r = random.Random(52003)
    c = fresh_db(
        path,
        """
        CREATE TABLE rivers (river_id INTEGER PRIMARY KEY, river_name TEXT NOT NULL, catchment TEXT NOT NULL,
            length_km REAL NOT NULL);
        CREATE TABLE gauges (
            gauge_id INTEGER PRIMARY KEY, gauge_name TEXT NOT NULL,
            river_id INTEGER NOT NULL REFERENCES rivers(river_id),
            town TEXT NOT NULL, installed_date INTEGER NOT NULL, typical_low_m REAL NOT NULL,
            typical_high_m REAL NOT NULL);
        CREATE TABLE level_readings (
            reading_id INTEGER PRIMARY KEY, gauge_id INTEGER NOT NULL REFERENCES gauges(gauge_id),
            reading_date INTEGER NOT NULL, peak_level_m REAL NOT NULL, rainfall_mm REAL NOT NULL);
        CREATE TABLE flood_warnings (
            warning_id INTEGER PRIMARY KEY, gauge_id INTEGER NOT NULL REFERENCES gauges(gauge_id),
            severity TEXT NOT NULL, issued_date INTEGER NOT NULL, lifted_date INTEGER, message TEXT);
        CREATE TABLE communities (
            community_id INTEGER PRIMARY KEY, community_name TEXT NOT NULL,
            river_id INTEGER NOT NULL REFERENCES rivers(river_id), households INTEGER NOT NULL);
        CREATE TABLE warning_communities (
            warning_id INTEGER NOT NULL REFERENCES flood_warnings(warning_id),
            community_id INTEGER NOT NULL REFERENCES communities(community_id), PRIMARY KEY (warning_id, community_id));
        """,
    )
    insert(c, "rivers", FW_RIVERS)
    insert(c, "gauges", [(k, n, rv, t, _int(d), lo, hi) for k, (n, rv, t, d, lo, hi) in enumerate(FW_GAUGES, 1)])
    readings, seen = [], set()
    while len(readings) < 396:
        g = r.randint(1, len(FW_GAUGES))
        d = day_between(r, D(2024, 1, 1), LAST)
        if (g, d) in seen:
            continue
        seen.add((g, d))
        _n, _rv, _t, _i, lo, hi = FW_GAUGES[g - 1]
        wet = d.month in (10, 11, 12, 1, 2, 3)
        rain = round(r.uniform(2, 42) if wet and r.random() < 0.6 else r.uniform(0, 14), 1)
        frac = r.uniform(0.05, 0.55) + rain / 40 * r.uniform(0.3, 0.8)
        readings.append((g, d, round(lo + (hi - lo) * frac, 2), rain))
    readings.sort(key=lambda x: (x[1], x[0]))
    insert(c, "level_readings", [(k, g, _int(d), lv, rn) for k, (g, d, lv, rn) in enumerate(readings, 1)])
    comms, by_river = [], {}
    for rv, names in FW_COMMUNITIES.items():
        for n in names:
            comms.append((len(comms) + 1, n, rv, r.randint(40, 2400)))
            by_river.setdefault(rv, []).append(len(comms))
    insert(c, "communities", comms)
    dry_river = 11  # the Exe has had no warnings in the period
    gauges = [k for k, g in enumerate(FW_GAUGES, 1) if g[1] != dry_river]
    quiet = {"Wallingford", "Pershore", "Ovingham", "Naburn"}
    warnings, links = [], []
    for _ in range(96):
        g = r.choice(gauges)
        if r.random() < 0.8:
            d = day_between(r, D(2023, 10, 1), D(2025, 3, 31))
            while d.month not in (10, 11, 12, 1, 2, 3):
                d = day_between(r, D(2023, 10, 1), D(2025, 3, 31))
        else:
            d = day_between(r, D(2024, 4, 1), D(2025, 6, 8))
        sev = r.choices(FW_SEVERITY, [6, 3, 1])[0]
        lifted = d + dt.timedelta(days=r.randint(1, 6))
        warnings.append([g, sev, d, lifted])
    for g, sev, d in [(20, "Flood Alert", D(2025, 6, 12)), (3, "Flood Warning", D(2025, 6, 13))]:
        warnings.append([g, sev, d, None])
    warnings.sort(key=lambda x: (x[2], x[0]))
    rows = []
    for k, (g, sev, d, lifted) in enumerate(warnings, 1):
        gname, rv, town, *_x = FW_GAUGES[g - 1]
        rows.append((k, g, sev, _int(d), _int(lifted), f"{sev} for {town} near the {gname} gauge"))
        pool = [cid for cid in by_river[rv] if comms[cid - 1][1] not in quiet]
        for cid in sorted(r.sample(pool, min(len(pool), r.randint(1, 3)))):
            links.append((k, cid))
    insert(c, "flood_warnings", rows)
    insert(c, "warning_communities", links)
    done(c)


# -------------------------------------------------------------------------------------------------------- agronomy
AG_GROWERS = [
    "Fenland Grain Partners", "Manor Farm (Hinton)", "Westfield Arable", "Church Farm Partnership", "Hall Farm Ltd",
    "Brook Farm Estates", "Grange Farming Co", "Lodge Farm", "Mill House Farms", "Home Farm Trust",
    "Elm Tree Farm", "Newlands Agriculture", "Park Farm (Swaffham)", "Red House Farm", "Stow Longa Growers",
    "Glebe Farm", "Top Farm", "Rectory Farm", "Hill Farm Contracting", "Moat Farm", "Willow Farm", "Abbey Farm",
    "Poplar Farm", "Heath Farm", "Marsh Farm Produce", "Ash Grove Farm", "Chalk Hill Farm", "Low Farm",
    "Oak Lodge Farms", "Beck Farm",
]  # fmt: skip
AG_COUNTIES = ["Cambridgeshire", "Norfolk", "Suffolk", "Lincolnshire", "Essex", "Hertfordshire"]
AG_FIELD_A = ["Long", "Top", "Bottom", "Church", "Mill", "Barn", "Pond", "Windmill", "Far", "Middle", "Little",
              "Great", "Clay", "Gravel", "Oak", "Ash"]  # fmt: skip
AG_FIELD_B = ["Field", "Close", "Piece", "Ground", "Acre", "Meadow", "Furlong", "Hill"]
AG_SOILS = ["Clay", "Clay loam", "Sandy loam", "Silt", "Chalk", "Peat"]
AG_AGRONOMISTS = [
    (1, "Helen Garside", "East", 78.0), (2, "Robert Maitland", "East", 82.0), (3, "Priya Nair", "Midlands", 75.0),
    (4, "Douglas Reid", "Midlands", 80.0), (5, "Sarah Kettle", "South", 72.5), (6, "Tom Ashworth", "East", 85.0),
    (7, "Lucy Fairbairn", "North", 70.0), (8, "James Okonjo", "South", 76.0),
]  # fmt: skip
AG_CROPS = [
    (1, "Winter wheat", "Cereal", (7.2, 10.4)), (2, "Winter barley", "Cereal", (6.3, 8.9)),
    (3, "Spring barley", "Cereal", (5.0, 7.2)), (4, "Oilseed rape", "Brassica", (2.8, 4.3)),
    (5, "Sugar beet", "Root", (62.0, 88.0)), (6, "Field beans", "Legume", (3.2, 5.1)),
    (7, "Potatoes", "Root", (38.0, 55.0)), (8, "Oats", "Cereal", (5.2, 7.1)), (9, "Linseed", "Oilseed", (1.6, 2.5)),
    (10, "Maize", "Cereal", (35.0, 48.0)),
]  # fmt: skip


def build_agronomy(path: Path) -> None:
    r = random.Random(52004)
    c = fresh_db(
        path,
        """
        CREATE TABLE growers (growerId INTEGER PRIMARY KEY, growerName TEXT NOT NULL, county TEXT NOT NULL,
            contactEmail TEXT, joinedOn TEXT NOT NULL);
        CREATE TABLE fields (fieldId INTEGER PRIMARY KEY, growerId INTEGER NOT NULL REFERENCES growers(growerId),
            fieldName TEXT NOT NULL, areaHa REAL NOT NULL, soilType TEXT NOT NULL, isOrganic INTEGER NOT NULL);
        CREATE TABLE agronomists (agronomistId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, region TEXT NOT NULL,
            hourlyRate REAL NOT NULL);
        CREATE TABLE crops (cropId INTEGER PRIMARY KEY, cropName TEXT NOT NULL, cropFamily TEXT NOT NULL);
        CREATE TABLE fieldCrops (
            fieldCropId INTEGER PRIMARY KEY, fieldId INTEGER NOT NULL REFERENCES fields(fieldId),
            cropId INTEGER NOT NULL REFERENCES crops(cropId), seasonYear INTEGER NOT NULL, drilledOn TEXT,
            yieldTPerHa REAL);
        CREATE TABLE fieldVisits (
            visitId INTEGER PRIMARY KEY, fieldId INTEGER NOT NULL REFERENCES fields(fieldId),
            agronomistId INTEGER NOT NULL REFERENCES agronomists(agronomistId), visitDate TEXT NOT NULL,
            cropStage TEXT, visitCharge REAL NOT NULL);
        CREATE TABLE soilSamples (
            sampleId INTEGER PRIMARY KEY, fieldId INTEGER NOT NULL REFERENCES fields(fieldId), sampledOn TEXT NOT NULL,
            phValue REAL NOT NULL, phosphorusIndex INTEGER NOT NULL, potassiumIndex INTEGER NOT NULL,
            organicMatterPct REAL NOT NULL, labFee REAL NOT NULL);
        """,
    )
    growers = []
    for k, n in enumerate(AG_GROWERS, 1):
        slug = n.lower().split()[0].strip("(")
        growers.append((k, n, r.choice(AG_COUNTIES), f"office@{slug}{k}.co.uk", _iso(day_between(r, D(2016, 1, 1),
                        D(2024, 12, 31)))))  # fmt: skip
    insert(c, "growers", growers)
    names = [f"{a} {b}" for a in AG_FIELD_A for b in AG_FIELD_B]
    r.shuffle(names)
    fields = []
    for k in range(1, 91):
        g = r.randint(1, 30) if k > 30 else k
        soil = r.choice(AG_SOILS)
        fields.append((k, g, names[k - 1], round(r.uniform(3.5, 42.0), 2), soil, int(r.random() < 0.12)))
    insert(c, "fields", fields)
    insert(c, "agronomists", AG_AGRONOMISTS)
    insert(c, "crops", [(k, n, f) for k, n, f, _y in AG_CROPS])
    fc = []
    rotation = [1, 1, 4, 1, 2, 6, 5, 3, 7, 8, 9, 10]
    for fid in range(1, 91):
        start = r.randrange(len(rotation))
        for j, yr in enumerate(range(2022, 2026)):
            crop = rotation[(start + j * r.choice([1, 1, 2])) % len(rotation)]
            _k, _n, _f, (lo, hi) = AG_CROPS[crop - 1]
            winter = crop in (1, 2, 4)
            drilled = day_between(r, D(yr - 1, 9, 10), D(yr - 1, 10, 25)) if winter else day_between(
                r, D(yr, 3, 5), D(yr, 4, 30))  # fmt: skip
            yld = None if yr == 2025 else round(r.uniform(lo, hi), 2)
            fc.append((len(fc) + 1, fid, crop, yr, _iso(drilled), yld))
    insert(c, "fieldCrops", fc)
    crop_of = {(f, y): cr for _k, f, cr, y, _d, _yl in fc}
    stages = {"Cereal": ["Tillering", "Stem extension", "Flag leaf", "Ear emergence"], "Brassica": ["Rosette",
              "Stem extension", "Flowering"], "Root": ["Emergence", "Canopy closure"], "Legume": ["Emergence",
              "Flowering", "Pod set"], "Oilseed": ["Emergence", "Flowering"]}  # fmt: skip
    unvisited = {7, 19, 44, 63, 81}
    visits = []
    while len(visits) < 320:
        fid = r.randint(1, 90)
        if fid in unvisited:
            continue
        d = day_between(r, D(2023, 1, 10), LAST)
        season = d.year if d.month <= 8 else d.year + 1
        crop = crop_of.get((fid, season))
        stage = r.choice(stages[AG_CROPS[crop - 1][2]]) if crop else None
        ag = r.choice(AG_AGRONOMISTS)
        hours = r.choice([0.5, 1.0, 1.0, 1.5, 2.0])
        visits.append((fid, ag[0], d, stage, round(ag[3] * hours + r.choice([0, 0, 12.5, 18.75]), 2)))
    visits.sort(key=lambda x: (x[2], x[0]))
    insert(c, "fieldVisits", [(k, f, a, _iso(d), s, ch) for k, (f, a, d, s, ch) in enumerate(visits, 1)])
    samples = []
    unsampled = {12, 27, 58, 70}
    while len(samples) < 180:
        fid = r.randint(1, 90)
        if fid in unsampled:
            continue
        d = day_between(r, D(2023, 2, 1), LAST)
        soil = fields[fid - 1][4]
        ph = r.uniform(7.2, 8.2) if soil == "Chalk" else r.uniform(5.4, 6.6) if soil == "Peat" else r.uniform(5.7, 7.6)
        samples.append((fid, d, round(ph, 1), r.randint(0, 4), r.choice([0, 1, 2, 2, 2, 3, 3, 4]),
                        round(r.uniform(1.5, 4.8) if soil != "Peat" else r.uniform(18, 40), 1),
                        r.choice([24.50, 24.50, 32.75, 41.00])))  # fmt: skip
    samples.sort(key=lambda x: (x[1], x[0]))
    insert(c, "soilSamples", [(k, *s[:1], _iso(s[1]), *s[2:]) for k, s in enumerate(samples, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- catchreturns
CR_SPECIES = [
    ("SAL", "Atlantic salmon", "Y", 0.0, (2.5, 11.5), (55, 105)), ("SEA", "Sea trout", "Y", 25.0, (0.6, 4.5), (30, 70)),
    ("BRT", "Brown trout", "N", 25.0, (0.2, 2.8), (18, 55)), ("RBT", "Rainbow trout", "N", 30.0, (0.7, 4.2), (30, 62)),
    ("GRA", "Grayling", "N", 30.0, (0.2, 1.4), (22, 45)), ("PIK", "Pike", "N", 65.0, (1.5, 12.5), (45, 110)),
    ("PER", "Perch", "N", 20.0, (0.1, 1.6), (12, 42)), ("CCP", "Common carp", "N", 0.0, (2.0, 14.0), (40, 85)),
]  # fmt: skip
CR_WATERS = [
    ("TAY", "River Tay", "River", "Perthshire", ["SAL", "SEA", "BRT"]),
    ("SPY", "River Spey", "River", "Moray", ["SAL", "SEA", "BRT"]),
    ("DEE", "River Dee (Aberdeenshire)", "River", "Aberdeenshire", ["SAL", "BRT"]),
    ("TWD", "River Tweed", "River", "Scottish Borders", ["SAL", "SEA", "BRT", "GRA"]),
    ("WYE", "River Wye", "River", "Herefordshire", ["SAL", "BRT", "GRA", "PIK"]),
    ("LVN", "Loch Leven", "Loch", "Kinross-shire", ["BRT", "PIK", "PER"]),
    ("LOM", "Loch Lomond", "Loch", "Dunbartonshire", ["PIK", "PER", "BRT"]),
    ("RUT", "Rutland Water", "Reservoir", "Rutland", ["RBT", "BRT", "PIK", "PER"]),
    ("CAR", "Carsington Water", "Reservoir", "Derbyshire", ["RBT", "BRT"]),
    ("KIE", "Kielder Water", "Reservoir", "Northumberland", ["BRT", "RBT", "PER"]),
    ("HWL", "Hollowell Fishery", "Lake", "Northamptonshire", ["CCP", "PER", "PIK"]),
]
CR_TOWNS = ["Perth", "Dundee", "Aberdeen", "Inverness", "Edinburgh", "Kelso", "Hereford", "Oakham", "Derby",
            "Hexham", "Northampton", "Glasgow"]  # fmt: skip
CR_METHODS = {"SAL": ["Fly", "Fly", "Spinner"], "SEA": ["Fly"], "BRT": ["Fly", "Fly", "Worm"], "RBT": ["Fly", "Lure"],
              "GRA": ["Fly", "Worm"], "PIK": ["Lure", "Deadbait"], "PER": ["Worm", "Lure"],
              "CCP": ["Boilie"]}  # fmt: skip


def build_catchreturns(path: Path) -> None:
    r = random.Random(52005)
    c = fresh_db(
        path,
        """
        CREATE TABLE lkp_species (species_code TEXT PRIMARY KEY, common_name TEXT NOT NULL,
            migratory_flag TEXT NOT NULL, min_keep_length_cm REAL NOT NULL);
        CREATE TABLE lkp_water (water_code TEXT PRIMARY KEY, water_name TEXT NOT NULL, water_type TEXT NOT NULL,
            county TEXT NOT NULL);
        CREATE TABLE anglers (angler_no TEXT PRIMARY KEY, angler_name TEXT NOT NULL, home_town TEXT NOT NULL,
            licence_type TEXT NOT NULL, registered_on TEXT NOT NULL);
        CREATE TABLE permits (
            permit_no TEXT PRIMARY KEY, angler_no TEXT NOT NULL REFERENCES anglers(angler_no),
            water_code TEXT NOT NULL REFERENCES lkp_water(water_code), season_year INTEGER NOT NULL,
            permit_type TEXT NOT NULL, fee_paid REAL NOT NULL, issued_on TEXT NOT NULL);
        CREATE TABLE catch_export (
            export_row_id INTEGER PRIMARY KEY, return_ref TEXT NOT NULL,
            angler_no TEXT NOT NULL REFERENCES anglers(angler_no), angler_name TEXT NOT NULL, angler_town TEXT NOT NULL,
            water_code TEXT NOT NULL REFERENCES lkp_water(water_code), water_name TEXT NOT NULL,
            water_type TEXT NOT NULL, species_code TEXT NOT NULL REFERENCES lkp_species(species_code),
            species_name TEXT NOT NULL, catch_date TEXT NOT NULL, catch_time TEXT NOT NULL, weight_kg REAL NOT NULL,
            length_cm REAL NOT NULL, released_flag TEXT NOT NULL, method TEXT NOT NULL, weather TEXT,
            water_level TEXT, air_temp_c REAL, exported_at TEXT NOT NULL);
        """,
    )
    insert(c, "lkp_species", [(code, n, m, mn) for code, n, m, mn, _w, _l in CR_SPECIES])
    insert(c, "lkp_water", [(code, n, t, co) for code, n, t, co, _s in CR_WATERS])
    anglers = []
    for k, (f, s) in enumerate(_names(r, 64), 1):
        lic = r.choice(["Adult", "Adult", "Adult", "Senior", "Junior"])
        anglers.append((f"A{1000 + k}", f"{f} {s}", r.choice(CR_TOWNS), lic,
                        _iso(day_between(r, D(2015, 1, 1), D(2024, 12, 31)))))  # fmt: skip
    insert(c, "anglers", anglers)
    fees = {"Season": (180.0, 420.0), "Week": (65.0, 140.0), "Day": (18.0, 45.0)}
    permits, seen = [], set()
    while len(permits) < 170:
        a = r.randrange(58)  # the last six anglers hold no permit and send no returns
        w = r.randrange(len(CR_WATERS))
        yr = r.choice([2023, 2024, 2024, 2025, 2025])
        if (a, w, yr) in seen:
            continue
        seen.add((a, w, yr))
        t = r.choice(["Season", "Week", "Day", "Day"])
        permits.append((a, w, yr, t, round(r.uniform(*fees[t]) * (0.5 if anglers[a][3] == "Junior" else 1), 2),
                        day_between(r, D(yr, 1, 5), min(D(yr, 5, 30), LAST))))  # fmt: skip
    permits.sort(key=lambda x: (x[5], x[0]))
    insert(c, "permits", [(f"P{yr}-{k:04d}", anglers[a][0], CR_WATERS[w][0], yr, t, fee, _iso(iss))
                          for k, (a, w, yr, t, fee, iss) in enumerate(permits, 1)])  # fmt: skip
    rows = []
    holders = [(a, w, yr, iss) for a, w, yr, _t, _f, iss in permits]
    while len(rows) < 400:
        a, w, yr, iss = r.choice(holders)
        end = min(D(yr, 10, 31), LAST)
        if iss >= end:
            continue
        d = day_between(r, iss, end)
        code, wname, wtype, _co, species = CR_WATERS[w]
        sp = r.choice(species)
        scode, sname, _m, mn, (wlo, whi), (llo, lhi) = CR_SPECIES[[s[0] for s in CR_SPECIES].index(sp)]
        frac = r.random()
        wt = round(wlo + (whi - wlo) * frac, 2)
        ln = round(llo + (lhi - llo) * (frac * 0.8 + r.random() * 0.2), 1)
        released = "Y" if sp in ("SAL", "CCP", "GRA") or r.random() < 0.55 else "N"
        temp = round(r.uniform(2, 12) if d.month in (1, 2, 3, 10, 11, 12) else r.uniform(9, 24), 1)
        rows.append((a, code, wname, wtype, scode, sname, d, f"{r.randint(6, 21):02d}:{r.choice([0, 15, 30, 45]):02d}",
                     wt, ln, released, r.choice(CR_METHODS[sp]), r.choice(["Overcast", "Sunny", "Rain", "Windy",
                     "Drizzle"]), r.choice(["Low", "Normal", "Normal", "High"]), temp))  # fmt: skip
    rows.sort(key=lambda x: (x[6], x[7], x[0]))
    out = []
    for k, (a, code, wname, wtype, scode, sname, d, tm, wt, ln, rel, meth, wea, lvl, temp) in enumerate(rows, 1):
        ang = anglers[a]
        exp = d + dt.timedelta(days=r.randint(1, 20))
        out.append((k, f"CR-{d.year}-{k:05d}", ang[0], ang[1], ang[2], code, wname, wtype, scode, sname, _iso(d), tm,
                    wt, ln, rel, meth, wea, lvl, temp, _stamp(r, min(exp, LAST))))  # fmt: skip
    insert(c, "catch_export", out)
    done(c)


# ---------------------------------------------------------------------------------------------------- treeplanting
TP_SITES = [
    ("Hollins Wood Extension", "Derbyshire", "Council", 4.2), ("Mill Lane Meadow", "Staffordshire", "Private", 2.8),
    ("Castle Park Copse", "Leicestershire", "Council", 1.6), ("Fairview School Field", "Derbyshire", "School", 0.9),
    ("Bramcote Ridge", "Nottinghamshire", "Council", 6.5), ("Ashby Road Verge", "Leicestershire", "Highways", 1.1),
    ("Greenhill Farm Hedgerow", "Staffordshire", "Private", 3.3), ("Sutton Brook Corridor", "Derbyshire",
    "Trust", 5.1), ("Kingfisher Lakes", "Nottinghamshire", "Trust", 7.8), ("St Mary's Churchyard", "Leicestershire",
    "Church", 0.6), ("Oakwood Estate", "Staffordshire", "Private", 12.4), ("Riverside Park", "Nottinghamshire",
    "Council", 3.9), ("Beacon Hill Slopes", "Leicestershire", "Trust", 8.2), ("Hilton Gravel Pits", "Derbyshire",
    "Trust", 9.6), ("Cannock Chase Edge", "Staffordshire", "Forestry", 15.3), ("Radcliffe Allotments Border",
    "Nottinghamshire", "Council", 0.4),
    ("Whitwick Quarry Rim", "Leicestershire", "Private", 4.7), ("Elvaston Parkland", "Derbyshire", "Council", 11.2),
    ("Tamworth Cemetery Belt", "Staffordshire", "Council", 1.8), ("Gedling Country Park", "Nottinghamshire",
    "Council", 10.5),
    ("Swadlincote Woodlands", "Derbyshire", "Council", 6.1), ("Brocton Coppice Edge", "Staffordshire", "Forestry",
    3.7), ("Rushcliffe Halt Embankment", "Nottinghamshire", "Trust", 2.2), ("Markfield Village Green",
    "Leicestershire", "Parish", 0.7), ("Duffield Millennium Meadow", "Derbyshire", "Parish", 1.9),
    ("Uttoxeter Racecourse Boundary", "Staffordshire", "Private", 2.6), ("Attenborough Reserve Fringe",
    "Nottinghamshire", "Trust", 5.4), ("Melton Country Park", "Leicestershire", "Council", 8.8),
    ("Shipley Hill Farm", "Derbyshire", "Private", 13.7), ("Rugeley Power Station Buffer", "Staffordshire",
    "Private", 7.3),
]  # fmt: skip
TP_SPECIES = [
    ("English oak", "Quercus robur", 1, 2.85), ("Silver birch", "Betula pendula", 1, 1.95),
    ("Rowan", "Sorbus aucuparia", 1, 2.10), ("Hawthorn", "Crataegus monogyna", 1, 0.85),
    ("Blackthorn", "Prunus spinosa", 1, 0.90), ("Hazel", "Corylus avellana", 1, 1.20),
    ("Field maple", "Acer campestre", 1, 1.75), ("Wild cherry", "Prunus avium", 1, 2.40),
    ("Alder", "Alnus glutinosa", 1, 1.60), ("Crab apple", "Malus sylvestris", 1, 2.95),
    ("Small-leaved lime", "Tilia cordata", 1, 3.40), ("Scots pine", "Pinus sylvestris", 1, 2.25),
    ("Dog rose", "Rosa canina", 1, 0.95), ("Goat willow", "Salix caprea", 1, 1.10),
    ("Sweet chestnut", "Castanea sativa", 0, 3.10), ("Norway maple", "Acer platanoides", 0, 2.65),
    ("Horse chestnut", "Aesculus hippocastanum", 0, 3.75), ("Sycamore", "Acer pseudoplatanus", 0, 1.45),
]  # fmt: skip
TP_TOWNS = ["Derby", "Nottingham", "Leicester", "Burton upon Trent", "Loughborough", "Stafford", "Belper",
            "Ilkeston", "Coalville", "Lichfield"]  # fmt: skip


def build_treeplanting(path: Path) -> None:
    r = random.Random(52006)
    c = fresh_db(
        path,
        """
        CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT NOT NULL, county TEXT NOT NULL,
            landowner_type TEXT NOT NULL, area_hectares REAL NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE species (id INTEGER PRIMARY KEY, common_name TEXT NOT NULL, latin_name TEXT NOT NULL,
            native INTEGER NOT NULL, sapling_cost REAL NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE volunteers (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT NOT NULL, town TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(id), event_type TEXT NOT NULL,
            starts_on TEXT NOT NULL, status TEXT NOT NULL, leader_id INTEGER REFERENCES volunteers(id),
            max_volunteers INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE event_signups (
            id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
            volunteer_id INTEGER NOT NULL REFERENCES volunteers(id), attended INTEGER, hours_worked REAL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE plantings (
            id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
            species_id INTEGER NOT NULL REFERENCES species(id), quantity INTEGER NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE survival_checks (
            id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(id),
            species_id INTEGER NOT NULL REFERENCES species(id), checked_on TEXT NOT NULL, alive_count INTEGER NOT NULL,
            dead_count INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        """,
    )
    sites = []
    for k, (n, co, lo, a) in enumerate(TP_SITES, 1):
        made = day_between(r, D(2021, 1, 1), D(2023, 6, 30))
        sites.append((k, n, co, lo, a, _stamp(r, made), _stamp(r, day_between(r, made, LAST))))
    insert(c, "sites", sites)
    sp = []
    for k, (n, la, nat, cost) in enumerate(TP_SPECIES, 1):
        sp.append((k, n, la, nat, cost, _stamp(r, D(2021, 1, 4)), _stamp(r, day_between(r, D(2021, 1, 4), LAST))))
    insert(c, "species", sp)
    vols = []
    joined = []
    for k, (f, s) in enumerate(_names(r, 150), 1):
        j = day_between(r, D(2021, 2, 1), LAST)
        joined.append(j)
        vols.append((k, f, s, f"{f.lower()}.{s.lower()}{k}@example.org", r.choice(TP_TOWNS), _stamp(r, j),
                     _stamp(r, day_between(r, j, LAST))))  # fmt: skip
    insert(c, "volunteers", vols)
    events = []
    unused_sites = {10, 16, 24, 29}
    sites_ok = [k for k in range(1, len(TP_SITES) + 1) if k not in unused_sites]
    for _ in range(74):
        d = day_between(r, D(2022, 10, 1), D(2025, 12, 6))
        etype = "planting" if d.month in (11, 12, 1, 2, 3) else r.choice(["maintenance", "maintenance", "survey"])
        status = "scheduled" if d > LAST else "cancelled" if r.random() < 0.1 else "completed"
        events.append((r.choice(sites_ok), etype, d, status, r.choice([10, 15, 20, 25, 30])))
    events.append((3, "maintenance", D(2025, 6, 21), "scheduled", 15))
    events.append((8, "survey", D(2025, 7, 5), "scheduled", 10))
    events.sort(key=lambda x: x[2])
    ev_rows, signups, plantings = [], [], []
    leaders = list(range(1, 13))
    for k, (s, et, d, st, mx) in enumerate(events, 1):
        made = min(d - dt.timedelta(days=r.randint(20, 70)), LAST - dt.timedelta(days=r.randint(3, 30)))
        avail = [v for v in range(13, 151) if joined[v - 1] <= made]
        lead = r.choice([v for v in leaders if joined[v - 1] <= made] or [None])
        ev_rows.append((k, s, et, _iso(d), st, lead, mx, _stamp(r, made), _stamp(r, min(d, LAST))))
        if st == "cancelled":
            continue
        n = r.randint(3, min(mx, 9 if d <= LAST else 5))
        for v in r.sample(avail, min(n, len(avail))):
            signed = day_between(r, made, min(d - dt.timedelta(days=1), LAST))
            if st == "completed":
                att = int(r.random() < 0.85)
                hrs = round(r.choice([2.0, 2.5, 3.0, 3.5, 4.0, 5.5]), 1) if att else 0.0
            else:
                att, hrs = None, None
            signups.append((len(signups) + 1, k, v, att, hrs, _stamp(r, signed),
                            _stamp(r, min(d, LAST) if st == "completed" else signed)))  # fmt: skip
        if et == "planting" and st == "completed":
            for spid in r.sample(range(1, len(TP_SPECIES) + 1), r.randint(2, 4)):
                plantings.append((len(plantings) + 1, k, spid, r.randint(4, 24) * 5, _stamp(r, d), _stamp(r, d)))
    insert(c, "events", ev_rows)
    insert(c, "event_signups", signups)
    insert(c, "plantings", plantings)
    planted = sorted({(events[p[1] - 1][0], p[2]) for p in plantings})
    checks = []
    for s, spid in planted:
        for _ in range(r.choice([1, 1, 2])):
            d = day_between(r, D(2024, 5, 1), LAST)
            alive = r.randint(10, 110)
            dead = r.randint(0, alive // 3)
            checks.append((s, spid, d, alive, dead))
    checks.sort(key=lambda x: (x[2], x[0]))
    insert(c, "survival_checks", [(k, s, spid, _iso(d), a, de, _stamp(r, d), _stamp(r, d))
                                  for k, (s, spid, d, a, de) in enumerate(checks, 1)])  # fmt: skip
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "airquality": build_airquality,
    "dairyherd": build_dairyherd,
    "floodwatch": build_floodwatch,
    "agronomy": build_agronomy,
    "catchreturns": build_catchreturns,
    "treeplanting": build_treeplanting,
}
