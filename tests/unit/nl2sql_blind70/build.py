"""Six small agriculture, environment and water databases for the seventieth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``hatchery`` (units carried in the column names: ``volume_l``, ``temp_c``, ``feed_g``, ``duration_s``,
  ``avg_length_mm``, ``avg_weight_g``, ``oxygen_mg_l``): a salmon and trout hatchery. ``species`` (optimal
  temperature in degrees C, target release weight in grams), ``tanks`` (code, building, volume in litres, water flow
  in litres per minute), ``batches`` (one spawning of eggs: species, tank, egg count, broodstock ``source`` 'W' wild or
  'H' hatchery-reared; ``released_on``/``released_count``/``release_site`` NULL while the batch is still on site),
  ``feedings`` (grams of feed and the length of the feed in seconds), ``water_tests`` (temperature, dissolved oxygen,
  pH and ammonia in mg/l per tank) and ``growth_samples`` (average length in mm and weight in g of the fish measured,
  deaths counted since the last sample).
- ``irrigation`` (Rails style: plural snake_case tables, ``id`` keys, ``created_at``/``updated_at`` ISO datetimes,
  ``is_``/``has_`` 0/1 booleans, ``deleted_at`` NULL while a row is live): an irrigation district delivering canal
  water to farms. ``growers``, ``ditch_riders`` (the staff who open the headgates; ``is_senior``), ``crops``
  (``is_perennial``), ``fields`` (acreage, soil type, ``has_drip_system``, ``has_flow_meter``), the link table
  ``plantings`` (which crop a field grew in which season year) and ``water_orders`` (acre-feet requested for a day;
  status 'pending', 'delivered' or 'cancelled'; ``is_emergency``).
- ``woolclip`` (SAP-like upper-case tables and 4-6 letter columns, dates as 'YYYYMMDD' text, flags 'X' or ''): a wool
  marketing co-operative that takes in farmers' fleeces, grades and tests them and sells them to mills.
  ``FRMR`` farmers (``FRMNO`` farmer number, ``NAME1`` farm name, ``ORT01`` town, ``REGIO`` region code: 'WA' Wales,
  'NE' North East, 'NW' North West, 'YH' Yorkshire, 'SW' South West, 'SC' Scotland; ``FLOCK`` number of ewes,
  ``ORGFL`` 'X' when certified organic, ``ERDAT`` date registered). ``GRAD`` wool grades (``GRDCD`` code, ``GRDTX``
  description, ``MICRN`` typical fibre diameter in microns, ``BASPR`` base price in GBP per kg). ``RCPT`` intake
  receipts (``RCPNO``, ``FRMNO``, ``GRDCD``, ``RCDAT`` date received, ``BALES``, ``NETWT`` net weight in kg, ``STAT``
  'O' open awaiting grading, 'G' graded awaiting sale, 'S' sold, 'R' rejected). ``LTST`` lab tests of a receipt
  (``TSTNO``, ``RCPNO``, ``TSDAT``, ``MICRN`` measured microns, ``YIELD`` clean yield percent, ``VEGMT`` vegetable
  matter percent). ``BUYR`` buyers (``BUYNO``, ``BNAME``, ``LAND1`` ISO country code). ``SALE`` (``SALNO``, ``RCPNO``,
  ``BUYNO``, ``SADAT`` sale date, ``NETPR`` price in GBP per kg, ``WAERS`` currency).
- ``pollutionlog`` (statuses and kinds as integer codes into small lookup tables, 0/1 integer flags): an environment
  agency's log of water pollution incidents. Lookups ``incident_status`` (1 Reported, 2 Under investigation, 3 Closed
  - no further action, 4 Closed - enforcement action, 5 Closed - advice given), ``incident_category`` (Sewage,
  Agricultural slurry, Oil and fuel, Chemical, Silt and sediment, Unknown), ``severity_level`` (1 Major, 2
  Significant, 3 Minor, 4 No impact) and ``waterbody_type`` (River, Lake, Canal, Estuary, Groundwater);
  ``waterbodies`` (catchment), ``officers`` (team, ``is_active``), ``incidents`` (reference, reported and closed dates
  - closed NULL while open -, ``lead_officer_id``, flags ``fish_kill`` and ``public_report``) and ``samples``
  (determinand, value in mg/l, ``exceeds_limit`` 0/1).
- ``sugarbush`` (Oracle style: UPPER_CASE tables, every column prefixed by a short table tag; 'Y'/'N' flags;
  self-referencing ``EMPLOYEE.EMP_MGR_ID``): a maple syrup producer. ``STAND`` (blocks of maple trees: acres, taps,
  ``STD_VACUUM_YN``), ``EMPLOYEE`` (role, hire date, manager), ``SAP_COLLECTION`` (gallons of sap gathered from a
  stand on a day and its sugar content in degrees Brix), ``BOIL`` (gallons of sap boiled, gallons of syrup made,
  ``BOL_GRADE`` 'G' Golden, 'A' Amber, 'D' Dark, 'V' Very Dark), ``PRODUCT`` (size in ml, price in USD),
  ``CUSTOMER`` (city, US state code, ``CUST_WHOLESALE_YN``), ``ORDERS`` (``ORD_SHIP_DT`` NULL until shipped) and
  ``ORDER_LINE``.
- ``boreholes`` (camelCase singular tables and columns; self-referencing ``well.replacesWellId``): a water well
  drilling contractor. ``client`` (type 'farm', 'household' or 'business', county), ``rig`` (maximum depth in
  metres), ``driller``, ``well`` (reference, depth and static water level in metres, yield in litres per minute,
  status 'active', 'dry', 'abandoned' or 'capped', the older well it replaces), ``workOrder`` (job type 'drill',
  'pump install', 'pump repair', 'water test' or 'decommission'; ``scheduledStart`` and ``completedAt`` datetimes,
  ``completedAt`` NULL until done; amounts in GBP), the link table ``workOrderDriller`` and ``waterTest`` (nitrate in
  mg/l, ``ecoliDetected`` 0/1).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _stamp(r: random.Random, d: dt.date) -> str:
    """An ISO datetime on day ``d`` in office hours."""
    return f"{d.isoformat()} {r.randint(7, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _ymd(d: dt.date | None) -> str | None:
    return d.strftime("%Y%m%d") if d else None


# ------------------------------------------------------------------------------------------------------- hatchery
HA_SPECIES = [
    (1, "Atlantic Salmon", "Salmo salar", 10.0, 45.0), (2, "Brown Trout", "Salmo trutta", 11.0, 60.0),
    (3, "Rainbow Trout", "Oncorhynchus mykiss", 14.0, 250.0), (4, "Arctic Char", "Salvelinus alpinus", 8.0, 80.0),
    (5, "Grayling", "Thymallus thymallus", 12.0, 30.0), (6, "Barbel", "Barbus barbus", 16.0, 20.0),
    (7, "Burbot", "Lota lota", 6.0, 25.0),
]  # fmt: skip
HA_ABBR = {1: "AS", 2: "BT", 3: "RT", 4: "AC", 5: "GR"}
HA_TANKS = [
    (1, "T01", "Hatch House", 800, 12, D(2009, 3, 2), 9.1), (2, "T02", "Hatch House", 800, 12, D(2009, 3, 2), 9.4),
    (3, "T03", "Hatch House", 1200, 18, D(2012, 5, 14), 10.2), (4, "T04", "Hatch House", 1200, 18, D(2012, 5, 14), 10.7),
    (5, "R01", "Raceway Shed", 2500, 40, D(2014, 9, 1), 11.3), (6, "R02", "Raceway Shed", 2500, 40, D(2014, 9, 1), 11.8),
    (7, "R03", "Raceway Shed", 5000, 75, D(2017, 4, 20), 12.4), (8, "R04", "Raceway Shed", 12000, 150, D(2019, 6, 3), 12.9),
    (9, "P01", "Outdoor", 12000, 150, D(2019, 6, 3), 13.6), (10, "P02", "Outdoor", 25000, 260, D(2021, 8, 16), 14.2),
    (11, "P03", "Outdoor", 25000, 260, D(2022, 2, 7), 14.8), (12, "P04", "Outdoor", 40000, 400, D(2024, 3, 11), 15.5),
]  # fmt: skip
HA_SITES = ["River Tweed", "River Spey", "River Tay", "River Dee", "Loch Awe", "River Nith"]


def build_hatchery(path: Path) -> None:
    r = random.Random(70001)
    c = fresh_db(
        path,
        """
        CREATE TABLE species (species_id INTEGER PRIMARY KEY, common_name TEXT NOT NULL, latin_name TEXT NOT NULL,
            optimal_temp_c REAL NOT NULL, target_release_weight_g REAL NOT NULL);
        CREATE TABLE tanks (tank_id INTEGER PRIMARY KEY, tank_code TEXT NOT NULL UNIQUE, building TEXT NOT NULL,
            volume_l INTEGER NOT NULL, flow_l_min INTEGER NOT NULL, commissioned_on DATE NOT NULL);
        CREATE TABLE batches (batch_id INTEGER PRIMARY KEY, batch_code TEXT NOT NULL UNIQUE,
            species_id INTEGER NOT NULL REFERENCES species(species_id), tank_id INTEGER NOT NULL REFERENCES tanks(tank_id),
            spawned_on DATE NOT NULL, egg_count INTEGER NOT NULL, source TEXT NOT NULL CHECK (source IN ('W', 'H')),
            released_on DATE, released_count INTEGER, release_site TEXT);
        CREATE TABLE feedings (feeding_id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES batches(batch_id),
            fed_at TEXT NOT NULL, feed_type TEXT NOT NULL, feed_g INTEGER NOT NULL, duration_s INTEGER NOT NULL);
        CREATE TABLE water_tests (test_id INTEGER PRIMARY KEY, tank_id INTEGER NOT NULL REFERENCES tanks(tank_id),
            tested_on DATE NOT NULL, temp_c REAL NOT NULL, oxygen_mg_l REAL NOT NULL, ph REAL NOT NULL,
            ammonia_mg_l REAL NOT NULL);
        CREATE TABLE growth_samples (sample_id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batches(batch_id), sampled_on DATE NOT NULL,
            fish_measured INTEGER NOT NULL, avg_length_mm REAL NOT NULL, avg_weight_g REAL NOT NULL,
            mortality_count INTEGER NOT NULL);
        """,
    )
    insert(c, "species", HA_SPECIES)
    insert(c, "tanks", [(i, code, b, v, f, _iso(d)) for i, code, b, v, f, d, _t in HA_TANKS])
    raw = []
    for _ in range(42):
        sp = r.choice([1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5])
        y = r.choice([2022, 2023, 2024])
        if sp == 5:
            spawned = day_between(r, D(y + 1, 3, 20), D(y + 1, 5, 10))
        else:
            spawned = day_between(r, D(y, 11, 1), D(y + 1, 1, 31))
        raw.append((spawned, sp))
    raw.sort()
    batches = []
    seq: dict[str, int] = {}
    for k, (spawned, sp) in enumerate(raw, 1):
        key = f"{HA_ABBR[sp]}{spawned.year % 100:02d}"
        seq[key] = seq.get(key, 0) + 1
        code = f"{key}-{seq[key]:02d}"
        tank = r.choice([t[0] for t in HA_TANKS if t[5] <= spawned])
        eggs = r.randint(8, 60) * 1000
        src = "W" if r.random() < 0.4 else "H"
        rel = spawned + dt.timedelta(days=r.randint(330, 560))
        if rel > LAST:
            batches.append((k, code, sp, tank, _iso(spawned), eggs, src, None, None, None))
        else:
            cnt = int(eggs * r.uniform(0.22, 0.72))
            batches.append((k, code, sp, tank, _iso(spawned), eggs, src, _iso(rel), cnt, r.choice(HA_SITES)))
    insert(c, "batches", batches)

    def window(b: tuple) -> tuple[dt.date, dt.date] | None:
        lo = max(D.fromisoformat(b[4]) + dt.timedelta(days=30), D(2024, 1, 1))
        hi = D.fromisoformat(b[7]) - dt.timedelta(days=1) if b[7] else LAST
        return (lo, hi) if lo <= hi else None

    live = [(b, w) for b in batches if (w := window(b))]
    feeds = []
    for _ in range(320):
        b, (lo, hi) = r.choice(live)
        d = day_between(r, lo, hi)
        age = (d - D.fromisoformat(b[4])).days
        ftype = "starter crumb" if age < 120 else "grower pellet"
        grams = r.randint(150, 900) if age < 120 else r.randint(900, 4800)
        at = f"{d.isoformat()} {r.choice([7, 8, 11, 14, 16]):02d}:{r.choice(['00', '15', '30', '45'])}"
        feeds.append((b[0], at, ftype, grams, r.randint(8, 80) * 30))
    feeds.sort(key=lambda x: (str(x[1]), int(str(x[0]))))
    insert(c, "feedings", [(k, *x) for k, x in enumerate(feeds, 1)])
    tests = []
    for _ in range(300):
        t = r.choice(HA_TANKS)
        d = day_between(r, max(D(2024, 1, 1), t[5]), LAST)
        season = 2.5 * (1 if d.month in (6, 7, 8) else -1 if d.month in (12, 1, 2) else 0) if t[2] == "Outdoor" else 0
        temp = round(t[6] + season + r.gauss(0, 0.5), 1)
        amm = round(r.uniform(0.5, 1.2), 2) if r.random() < 0.12 else round(r.uniform(0.01, 0.3), 2)
        tests.append((t[0], d, temp, round(r.uniform(5.2, 11.0), 1), round(r.uniform(6.6, 8.1), 2), amm))
    tests.sort(key=lambda x: (x[1], x[0]))
    insert(c, "water_tests", [(k, t, _iso(d), *rest) for k, (t, d, *rest) in enumerate(tests, 1)])
    samples = []
    for _ in range(160):
        b, (lo, hi) = r.choice(live)
        d = day_between(r, lo, hi)
        age = (d - D.fromisoformat(b[4])).days
        length = round(18 + age * (0.42 if b[2] != 3 else 0.6) + r.gauss(0, 4), 1)
        weight = round(0.0105 * (length / 10) ** 3 * r.uniform(0.9, 1.1), 1)
        samples.append((b[0], d, r.randint(20, 50), length, weight, r.randint(0, 60)))
    samples.sort(key=lambda x: (x[1], x[0]))
    insert(c, "growth_samples", [(k, b, _iso(d), *rest) for k, (b, d, *rest) in enumerate(samples, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- irrigation
IR_CROPS = [
    (1, "Alfalfa", 1), (2, "Almonds", 1), (3, "Corn", 0), (4, "Cotton", 0), (5, "Processing Tomatoes", 0),
    (6, "Wheat", 0), (7, "Pistachios", 1), (8, "Wine Grapes", 1), (9, "Rice", 0),
]  # fmt: skip
IR_RIDERS = [
    (1, "Hector Ruiz", 1, D(2012, 4, 2)), (2, "Dale Whitcomb", 1, D(2015, 3, 16)), (3, "Maria Soto", 0, D(2019, 2, 4)),
    (4, "Jake Pruitt", 0, D(2021, 3, 1)), (5, "Lupe Navarro", 0, D(2023, 2, 20)), (6, "Owen Brandt", 0, D(2024, 3, 4)),
]  # fmt: skip
IR_SUFFIX = ["North", "South", "East", "West", "Home Place", "River Bottom", "Canal Side", "Mesa"]
IR_SOILS = ["clay loam", "sandy loam", "silt loam", "loamy sand"]


def build_irrigation(path: Path) -> None:
    r = random.Random(70002)
    c = fresh_db(
        path,
        """
        CREATE TABLE growers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, phone TEXT,
            is_certified_organic INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            deleted_at TEXT);
        CREATE TABLE ditch_riders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, is_senior INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE crops (id INTEGER PRIMARY KEY, name TEXT NOT NULL, is_perennial INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE fields (id INTEGER PRIMARY KEY, grower_id INTEGER NOT NULL REFERENCES growers(id),
            name TEXT NOT NULL, acreage REAL NOT NULL, soil_type TEXT NOT NULL,
            has_drip_system INTEGER NOT NULL DEFAULT 0, has_flow_meter INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE plantings (id INTEGER PRIMARY KEY, field_id INTEGER NOT NULL REFERENCES fields(id),
            crop_id INTEGER NOT NULL REFERENCES crops(id), season_year INTEGER NOT NULL, planted_on DATE,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE water_orders (id INTEGER PRIMARY KEY, field_id INTEGER NOT NULL REFERENCES fields(id),
            ditch_rider_id INTEGER REFERENCES ditch_riders(id), requested_for DATE NOT NULL, acre_feet REAL NOT NULL,
            status TEXT NOT NULL, is_emergency INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL, deleted_at TEXT);
        """,
    )
    names = full_names(r, 30)
    growers = []
    deleted_growers = {7, 19, 26}
    for k, n in enumerate(names, 1):
        made = day_between(r, D(2019, 1, 7), D(2024, 11, 29))
        upd = day_between(r, made, LAST)
        gone = _stamp(r, day_between(r, D(2024, 1, 8), D(2024, 12, 20))) if k in deleted_growers else None
        email = None if r.random() < 0.15 else n.lower().replace(" ", ".") + "@farmmail.example"
        phone = f"(559) {r.randint(200, 989)}-{r.randint(1000, 9999)}"
        growers.append((k, n, email, phone, int(r.random() < 0.2), _stamp(r, made), gone or _stamp(r, upd), gone))
    insert(c, "growers", growers)
    insert(c, "ditch_riders", [(i, n, s, _stamp(r, h), _stamp(r, day_between(r, h, LAST)), None)
                               for i, n, s, h in IR_RIDERS])  # fmt: skip
    insert(c, "crops", [(i, n, p, "2019-01-07 09:00:00", "2019-01-07 09:00:00") for i, n, p in IR_CROPS])
    fields = []
    used: set[str] = set()
    for g in growers:
        last = g[1].split()[-1]
        for suf in r.sample(IR_SUFFIX, r.choice([1, 2, 2, 3, 3, 4])):
            name = f"{last} {suf}"
            if name in used:
                continue
            used.add(name)
            made = D.fromisoformat(g[5][:10])
            gone = g[7]
            fields.append([len(fields) + 1, g[0], name, round(r.uniform(12, 240), 1), r.choice(IR_SOILS),
                           int(r.random() < 0.35), int(r.random() < 0.6), _stamp(r, made),
                           _stamp(r, day_between(r, made, LAST)), gone])  # fmt: skip
    extra_gone = next(f for f in fields if f[9] is None and f[1] == 12)
    extra_gone[8] = extra_gone[9] = "2024-10-02 14:31:07"
    for f in fields:
        if f[9] is not None:
            f[8] = f[9]
    insert(c, "fields", [tuple(f) for f in fields])
    plantings = []
    for f in fields:
        perennial = r.choice([1, 2, 7, 8])
        annuals = [3, 4, 5, 6, 9]
        keep = r.random() < 0.45
        for y in (2023, 2024, 2025):
            if f[9] is not None and int(f[9][:4]) < y:
                continue
            crop = perennial if keep else r.choice(annuals)
            planted = None if keep else day_between(r, D(y, 3, 1), D(y, 5, 20))
            stamp = _stamp(r, planted or D(y, 2, 15))
            plantings.append((f[0], crop, y, _iso(planted), stamp, stamp))
    insert(c, "plantings", [(k, *p) for k, p in enumerate(plantings, 1)])
    live = [f for f in fields if f[9] is None]
    orders = []
    for _ in range(330):
        f = r.choice(live)
        d = day_between(r, D(2023, 3, 1), D(2025, 7, 10))
        while d.month in (11, 12, 1, 2):
            d = day_between(r, D(2023, 3, 1), D(2025, 7, 10))
        made = d - dt.timedelta(days=r.randint(1, 10))
        emerg = int(r.random() < 0.08)
        st = "pending" if d > LAST else "cancelled" if r.random() < 0.13 else "delivered"
        rider = r.choice([i for i, _n, _s, h in IR_RIDERS if h <= d])
        upd = made if st == "pending" else d + dt.timedelta(days=r.randint(0, 2))
        orders.append((f[0], rider, d, round(r.uniform(2, 30) * 4) / 4, st, emerg, _stamp(r, made),
                       _stamp(r, min(upd, LAST)), None))  # fmt: skip
    for _ in range(6):
        f = r.choice(live)
        d = day_between(r, D(2023, 4, 1), D(2023, 9, 30))
        made = d - dt.timedelta(days=r.randint(1, 5))
        gone = _stamp(r, made + dt.timedelta(days=1))
        orders.append((f[0], None, d, round(r.uniform(2, 30) * 4) / 4, "pending", 0, _stamp(r, made), gone, gone))
    orders.sort(key=lambda x: (x[6], x[0]))
    insert(c, "water_orders", [(k, f, rd, _iso(d), *rest) for k, (f, rd, d, *rest) in enumerate(orders, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- woolclip
WC_GRADES = [
    ("FIN", "Fine (Down breeds)", 26.0, 1.45), ("MED", "Medium crossbred", 30.0, 1.05),
    ("CRS", "Coarse crossbred", 34.0, 0.72), ("HIL", "Hill", 36.0, 0.48), ("MTN", "Mountain", 38.0, 0.38),
    ("LUS", "Lustre longwool", 35.0, 0.95), ("LMB", "Lambs' wool", 25.0, 1.60), ("BLK", "Black and coloured", 32.0, 0.55),
]  # fmt: skip
WC_REGIONS = {"WA": ["Builth Wells", "Brecon", "Llandovery", "Bala", "Tregaron"], "NE": ["Hexham", "Alnwick", "Rothbury"],
              "NW": ["Kendal", "Penrith", "Keswick"], "YH": ["Skipton", "Hawes", "Pickering"],
              "SW": ["Okehampton", "Tavistock", "Launceston"], "SC": ["Lanark", "Dumfries", "Peebles"]}  # fmt: skip
WC_FARMS = [
    "Hafod", "Bryn Glas", "Pen y Bont", "Cefn Coed", "Tyn y Cwm", "Blaen Nant", "Maes Mawr", "Ty Gwyn", "Nant yr Eira",
    "Low Moor", "High Riggs", "Greystones", "Fell End", "Howgill", "Black Syke", "Thwaite Head", "Low Birks",
    "Moorcock", "Scar Top", "Hollins", "Dale Head", "Westward", "Combe Barton", "Higher Town", "Lower Tor",
    "Burnside", "Glenwhargen", "Kirkhope", "Langholm Mains", "Whitehope", "Crookburn", "Ashgill", "Ravenseat",
    "Sleddale", "Gunnerside", "Cotterdale", "Wester Hill", "Knockengorroch", "Glenochar", "Troedrhiw", "Gelli Aur",
    "Pantglas", "Ffridd", "Esgair", "Llwyn Onn",
]  # fmt: skip
WC_BUYERS = [
    ("B001", "Bradford Combing Co", "GB"), ("B002", "Haworth Scouring", "GB"), ("B003", "Tianjin Wool Textile", "CN"),
    ("B004", "Jiangsu Sunrise Fibres", "CN"), ("B005", "Lanificio Biella", "IT"), ("B006", "Filatura di Prato", "IT"),
    ("B007", "Bremer Wollkämmerei", "DE"), ("B008", "Panipat Carpet Yarns", "IN"), ("B009", "Bursa Halı", "TR"),
    ("B010", "Verviers Lavage", "BE"), ("B011", "Harris Tweed Mills", "GB"), ("B012", "Qingdao Carpet Group", "CN"),
]  # fmt: skip


def build_woolclip(path: Path) -> None:
    r = random.Random(70003)
    c = fresh_db(
        path,
        """
        CREATE TABLE FRMR (FRMNO TEXT PRIMARY KEY, NAME1 TEXT NOT NULL, ORT01 TEXT NOT NULL, REGIO TEXT NOT NULL,
            FLOCK INTEGER NOT NULL, ORGFL TEXT NOT NULL DEFAULT '', ERDAT TEXT NOT NULL);
        CREATE TABLE GRAD (GRDCD TEXT PRIMARY KEY, GRDTX TEXT NOT NULL, MICRN REAL NOT NULL, BASPR REAL NOT NULL);
        CREATE TABLE RCPT (RCPNO TEXT PRIMARY KEY, FRMNO TEXT NOT NULL REFERENCES FRMR(FRMNO),
            GRDCD TEXT REFERENCES GRAD(GRDCD), RCDAT TEXT NOT NULL, BALES INTEGER NOT NULL, NETWT REAL NOT NULL,
            STAT TEXT NOT NULL);
        CREATE TABLE LTST (TSTNO INTEGER PRIMARY KEY, RCPNO TEXT NOT NULL REFERENCES RCPT(RCPNO), TSDAT TEXT NOT NULL,
            MICRN REAL NOT NULL, YIELD REAL NOT NULL, VEGMT REAL NOT NULL);
        CREATE TABLE BUYR (BUYNO TEXT PRIMARY KEY, BNAME TEXT NOT NULL, LAND1 TEXT NOT NULL);
        CREATE TABLE SALE (SALNO TEXT PRIMARY KEY, RCPNO TEXT NOT NULL REFERENCES RCPT(RCPNO),
            BUYNO TEXT NOT NULL REFERENCES BUYR(BUYNO), SADAT TEXT NOT NULL, NETPR REAL NOT NULL,
            WAERS TEXT NOT NULL DEFAULT 'GBP');
        """,
    )
    farmers = []
    regions = ["WA"] * 14 + ["NE"] * 5 + ["NW"] * 7 + ["YH"] * 7 + ["SW"] * 5 + ["SC"] * 7
    r.shuffle(regions)
    for k, (name, reg) in enumerate(zip(WC_FARMS, regions, strict=True), 1):
        reg_d = day_between(r, D(2015, 1, 5), D(2025, 6, 10))
        flock = r.randint(12, 240) * 5
        farmers.append((f"{100000 + k:010d}", f"{name} Farm", r.choice(WC_REGIONS[reg]), reg, flock,
                        "X" if r.random() < 0.18 else "", _ymd(reg_d)))  # fmt: skip
    insert(c, "FRMR", farmers)
    insert(c, "GRAD", WC_GRADES)
    insert(c, "BUYR", WC_BUYERS)
    active = farmers[:40]
    rcpts = []
    for _ in range(260):
        f = r.choice(active)
        y = r.choice([2023, 2024, 2024, 2025])
        hi = D(y, 9, 15) if y < 2025 else LAST
        d = day_between(r, D(y, 5, 20), hi)
        while d < D.fromisoformat(f"{f[6][:4]}-{f[6][4:6]}-{f[6][6:]}"):
            f = r.choice(active)
        bales = r.randint(1, 14)
        rcpts.append((d, f[0], r.choice([g[0] for g in WC_GRADES]), bales, round(bales * r.uniform(55, 95), 1)))
    rcpts.sort()
    rows, tests, sales = [], [], []
    for k, (d, fno, grd, bales, wt) in enumerate(rcpts, 1):
        rno = f"{5000000000 + k}"
        age = (LAST - d).days
        if age < 12:
            st = "O"
        elif r.random() < 0.06:
            st = "R"
        elif age < 70 or r.random() < 0.05:
            st = "G"
        else:
            st = "S"
        rows.append((rno, fno, None if st == "O" else grd, _ymd(d), bales, wt, st))
        if st != "O":
            td = d + dt.timedelta(days=r.randint(3, 10))
            base = next(g for g in WC_GRADES if g[0] == grd)[2]
            veg = round(r.uniform(2.1, 4.5), 1) if st == "R" or r.random() < 0.15 else round(r.uniform(0.2, 1.9), 1)
            tests.append((len(tests) + 1, rno, _ymd(td), round(base + r.gauss(0, 1.2), 1), round(r.uniform(58, 78), 1),
                          veg))  # fmt: skip
        if st == "S":
            sd = d + dt.timedelta(days=r.randint(25, 65))
            price = round(next(g for g in WC_GRADES if g[0] == grd)[3] * r.uniform(0.85, 1.25), 2)
            sales.append((sd, rno, r.choice(WC_BUYERS)[0], price))
    insert(c, "RCPT", rows)
    insert(c, "LTST", tests)
    sales.sort()
    insert(c, "SALE", [(f"{9000000 + k}", rno, b, _ymd(sd), p, "GBP") for k, (sd, rno, b, p) in enumerate(sales, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- pollutionlog
PL_STATUS = [(1, "Reported"), (2, "Under investigation"), (3, "Closed - no further action"),
             (4, "Closed - enforcement action"), (5, "Closed - advice given")]  # fmt: skip
PL_CATEGORY = [(1, "Sewage"), (2, "Agricultural slurry"), (3, "Oil and fuel"), (4, "Chemical"),
               (5, "Silt and sediment"), (6, "Unknown")]  # fmt: skip
PL_SEVERITY = [(1, "Major"), (2, "Significant"), (3, "Minor"), (4, "No impact")]
PL_WBTYPE = [(1, "River"), (2, "Lake"), (3, "Canal"), (4, "Estuary"), (5, "Groundwater")]
PL_WATERS = [
    ("River Severn", 1, "Severn"), ("River Teme", 1, "Severn"), ("River Vyrnwy", 1, "Severn"), ("River Stour", 1, "Severn"),
    ("River Wye", 1, "Wye"), ("River Lugg", 1, "Wye"), ("River Arrow", 1, "Wye"), ("River Monnow", 1, "Wye"),
    ("River Trent", 1, "Trent"), ("River Dove", 1, "Trent"), ("River Derwent", 1, "Trent"), ("River Tame", 1, "Trent"),
    ("River Avon", 1, "Avon"), ("River Leam", 1, "Avon"), ("Llangorse Lake", 2, "Wye"), ("Bala Lake", 2, "Severn"),
    ("Chasewater", 2, "Trent"), ("Draycote Water", 2, "Avon"), ("Worcester and Birmingham Canal", 3, "Severn"),
    ("Trent and Mersey Canal", 3, "Trent"), ("Monmouthshire and Brecon Canal", 3, "Wye"),
    ("Grand Union Canal", 3, "Avon"), ("Severn Estuary", 4, "Severn"), ("Sherwood Sandstone Aquifer", 5, "Trent"),
    ("Herefordshire Gravels", 5, "Wye"),
]  # fmt: skip
PL_OFFICERS = [
    (1, "Gwen Pritchard", "West", 1), (2, "Tom Ashworth", "West", 1), (3, "Rhys Morgan", "West", 1),
    (4, "Sunita Rao", "Central", 1), (5, "Mark Ellison", "Central", 1), (6, "Claire Dunn", "Central", 0),
    (7, "Paul Hendry", "East", 1), (8, "Aisha Karim", "East", 1), (9, "Neil Forbes", "East", 1),
    (10, "Beth Lowry", "West", 1), (11, "Sam Okoro", "Central", 1), (12, "Priya Desai", "East", 1),
]  # fmt: skip
PL_DETERMINANDS = [("Ammonia", 0.6, 25.0), ("BOD", 4.0, 60.0), ("Suspended solids", 25.0, 400.0),
                   ("Phosphate", 0.1, 4.0)]  # fmt: skip


def build_pollutionlog(path: Path) -> None:
    r = random.Random(70004)
    c = fresh_db(
        path,
        """
        CREATE TABLE incident_status (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE incident_category (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE severity_level (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE waterbody_type (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE waterbodies (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            type_id INTEGER NOT NULL REFERENCES waterbody_type(id), catchment TEXT NOT NULL);
        CREATE TABLE officers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL,
            is_active INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE incidents (id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, reported_on DATE NOT NULL,
            waterbody_id INTEGER NOT NULL REFERENCES waterbodies(id),
            category_id INTEGER NOT NULL REFERENCES incident_category(id),
            severity_id INTEGER NOT NULL REFERENCES severity_level(id),
            status_id INTEGER NOT NULL REFERENCES incident_status(id),
            lead_officer_id INTEGER REFERENCES officers(id), fish_kill INTEGER NOT NULL DEFAULT 0,
            public_report INTEGER NOT NULL DEFAULT 0, closed_on DATE);
        CREATE TABLE samples (id INTEGER PRIMARY KEY, incident_id INTEGER NOT NULL REFERENCES incidents(id),
            sampled_on DATE NOT NULL, determinand TEXT NOT NULL, value_mg_l REAL NOT NULL,
            exceeds_limit INTEGER NOT NULL DEFAULT 0);
        """,
    )
    insert(c, "incident_status", PL_STATUS)
    insert(c, "incident_category", PL_CATEGORY)
    insert(c, "severity_level", PL_SEVERITY)
    insert(c, "waterbody_type", PL_WBTYPE)
    insert(c, "waterbodies", [(k, *w) for k, w in enumerate(PL_WATERS, 1)])
    insert(c, "officers", PL_OFFICERS)
    team_of = {"Severn": "West", "Wye": "West", "Trent": "East", "Avon": "Central"}
    incs, samples = [], []
    dates = sorted([day_between(r, D(2023, 1, 3), LAST) for _ in range(228)] + [D(2025, 6, 12), D(2025, 6, 14)])
    per_year: dict[int, int] = {}
    for k, d in enumerate(dates, 1):
        per_year[d.year] = per_year.get(d.year, 0) + 1
        ref = f"INC-{d.year}-{per_year[d.year]:04d}"
        wb = r.choice([1, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 9, 10, 11, 12, 13, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                       24, 25])  # fmt: skip
        wtype = PL_WATERS[wb - 1][1]
        cat = r.choice([1, 1, 1, 2, 2, 3, 4, 5, 6]) if wtype != 3 else r.choice([1, 3, 3, 3, 4, 6])
        sev = r.choice([1, 2, 2, 3, 3, 3, 3, 4, 4])
        team = team_of[PL_WATERS[wb - 1][2]]
        if d < D(2024, 6, 1) and r.random() < 0.1:
            team = "Central"
        officers = [o[0] for o in PL_OFFICERS if o[2] == team and (o[3] == 1 or d < D(2024, 3, 1))]
        officers = [o for o in officers if (o != 11 or d >= D(2024, 9, 1)) and o != 12]
        lead = None if (LAST - d).days < 4 else r.choice(officers)
        age = (LAST - d).days
        if lead is None:
            st, closed = 1, None
        elif age < 60 and r.random() < 0.7:
            st, closed = 2, None
        elif age > 300 or r.random() < 0.6:
            st = r.choice([3, 3, 3, 4, 5, 5]) if sev <= 2 else r.choice([3, 3, 5])
            if sev == 1 and r.random() < 0.5:
                st = 4
            closed = min(d + dt.timedelta(days=r.randint(5, 200)), LAST)
        else:
            st, closed = 2, None
        fish = int(sev <= 2 and r.random() < 0.35)
        incs.append((k, ref, _iso(d), wb, cat, sev, st, lead, fish, int(r.random() < 0.42), _iso(closed)))
        if lead is not None and r.random() < 0.6:
            for name, limit, top in r.sample(PL_DETERMINANDS, r.randint(1, 3)):
                hi = top if sev <= 2 else limit * 2.5
                v = round(r.uniform(limit * 0.1, hi), 2)
                samples.append((k, _iso(d + dt.timedelta(days=r.randint(0, 2))), name, v, int(v > limit)))
    insert(c, "incidents", incs)
    insert(c, "samples", [(k, *s) for k, s in enumerate(samples, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- sugarbush
SB_STANDS = [
    (1, "Ridge Bush", 42.0, 2150, "Y"), (2, "Hollow Road", 18.5, 780, "N"), (3, "Beaver Pond", 27.0, 1320, "Y"),
    (4, "Schoolhouse Lot", 12.0, 540, "N"), (5, "North Slope", 55.5, 2890, "Y"), (6, "Cedar Swamp Edge", 9.5, 410, "N"),
    (7, "Upper Pasture", 33.0, 1640, "Y"), (8, "Mill Brook", 21.0, 1045, "Y"),
]  # fmt: skip
SB_EMPLOYEES = [
    (1, "Walt Chaffee", "Owner", D(2004, 1, 5), None, 0.0), (2, "Ruth Ainsworth", "Head Sugarmaker", D(2011, 1, 10), 1, 31.0),
    (3, "Dennis Tatro", "Woods Foreman", D(2013, 2, 1), 1, 27.5), (4, "Kyle Bushey", "Sugarmaker", D(2018, 1, 15), 2, 22.0),
    (5, "Amy Gagnon", "Sugarmaker", D(2021, 1, 18), 2, 21.0), (6, "Jesse Lamoille", "Woods Crew", D(2016, 2, 1), 3, 19.5),
    (7, "Pete Marcotte", "Woods Crew", D(2019, 2, 4), 3, 18.5), (8, "Nora Bissonette", "Woods Crew", D(2023, 1, 30), 3, 18.0),
    (9, "Liam Perrault", "Woods Crew", D(2024, 2, 5), 3, 18.0), (10, "Hannah Rowell", "Sales Manager", D(2017, 5, 1), 1, 25.0),
    (11, "Becca Doyon", "Packing and Shipping", D(2022, 6, 6), 10, 17.5), (12, "Tyler Wheelock", "Packing and Shipping", D(2024, 9, 9), 10, 17.0),
]  # fmt: skip
SB_PRODUCTS = [
    (1, "Golden Delicate Syrup 250ml", "G", 250, 9.95), (2, "Golden Delicate Syrup 500ml", "G", 500, 16.50),
    (3, "Amber Rich Syrup 250ml", "A", 250, 8.95), (4, "Amber Rich Syrup 1L", "A", 1000, 27.00),
    (5, "Dark Robust Syrup 1L", "D", 1000, 24.00), (6, "Dark Robust Syrup Half Gallon", "D", 1890, 42.00),
    (7, "Very Dark Strong Syrup 4L Jug", "V", 3785, 64.00), (8, "Maple Cream 250g", "A", 250, 11.50),
    (9, "Maple Sugar Candy Box", "A", 180, 14.00), (10, "Granulated Maple Sugar 450g", "D", 450, 15.50),
]  # fmt: skip
SB_PLACES = [("Montpelier", "VT"), ("Burlington", "VT"), ("Stowe", "VT"), ("St. Johnsbury", "VT"),
             ("Hanover", "NH"), ("Concord", "NH"), ("Portland", "ME"), ("Boston", "MA"), ("Albany", "NY"),
             ("Brooklyn", "NY"), ("Hartford", "CT")]  # fmt: skip
SB_BUSINESSES = ["Green Mountain Grocers", "Stowe General Store", "Cabot Road Co-op", "Harbor Fish & Deli",
                 "Beacon Hill Provisions", "Hudson Valley Pantry", "Brooklyn Breakfast Club", "Concord Food Co-op",
                 "Hanover Inn Kitchen"]  # fmt: skip


def build_sugarbush(path: Path) -> None:
    r = random.Random(70005)
    c = fresh_db(
        path,
        """
        CREATE TABLE STAND (STD_ID INTEGER PRIMARY KEY, STD_NAME TEXT NOT NULL, STD_ACRES REAL NOT NULL,
            STD_TAPS INTEGER NOT NULL, STD_VACUUM_YN TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE EMPLOYEE (EMP_ID INTEGER PRIMARY KEY, EMP_NAME TEXT NOT NULL, EMP_ROLE TEXT NOT NULL,
            EMP_HIRE_DT DATE NOT NULL, EMP_MGR_ID INTEGER REFERENCES EMPLOYEE(EMP_ID), EMP_HOURLY_RATE REAL);
        CREATE TABLE SAP_COLLECTION (COL_ID INTEGER PRIMARY KEY, COL_STD_ID INTEGER NOT NULL REFERENCES STAND(STD_ID),
            COL_DT DATE NOT NULL, COL_GALLONS REAL NOT NULL, COL_BRIX REAL NOT NULL,
            COL_EMP_ID INTEGER NOT NULL REFERENCES EMPLOYEE(EMP_ID));
        CREATE TABLE BOIL (BOL_ID INTEGER PRIMARY KEY, BOL_DT DATE NOT NULL, BOL_SAP_GAL REAL NOT NULL,
            BOL_SYRUP_GAL REAL NOT NULL, BOL_GRADE TEXT NOT NULL, BOL_EMP_ID INTEGER NOT NULL REFERENCES EMPLOYEE(EMP_ID));
        CREATE TABLE PRODUCT (PRD_ID INTEGER PRIMARY KEY, PRD_NAME TEXT NOT NULL, PRD_GRADE TEXT NOT NULL,
            PRD_SIZE_ML INTEGER NOT NULL, PRD_PRICE REAL NOT NULL);
        CREATE TABLE CUSTOMER (CUST_ID INTEGER PRIMARY KEY, CUST_NAME TEXT NOT NULL, CUST_CITY TEXT NOT NULL,
            CUST_STATE TEXT NOT NULL, CUST_WHOLESALE_YN TEXT NOT NULL DEFAULT 'N', CUST_SINCE_DT DATE NOT NULL);
        CREATE TABLE ORDERS (ORD_ID INTEGER PRIMARY KEY, ORD_DT DATE NOT NULL,
            ORD_CUST_ID INTEGER NOT NULL REFERENCES CUSTOMER(CUST_ID), ORD_SHIP_DT DATE);
        CREATE TABLE ORDER_LINE (OLN_ID INTEGER PRIMARY KEY, OLN_ORD_ID INTEGER NOT NULL REFERENCES ORDERS(ORD_ID),
            OLN_PRD_ID INTEGER NOT NULL REFERENCES PRODUCT(PRD_ID), OLN_QTY INTEGER NOT NULL,
            OLN_UNIT_PRICE REAL NOT NULL);
        """,
    )
    insert(c, "STAND", SB_STANDS)
    insert(c, "EMPLOYEE", [(i, n, ro, _iso(h), m, rate or None) for i, n, ro, h, m, rate in SB_EMPLOYEES])
    cols, boils = [], []
    crew = [6, 7, 8, 9, 3]
    for y in (2023, 2024, 2025):
        start, end = D(y, 2, 20), D(y, 4, 12)
        for _ in range(110):
            d = day_between(r, start, end)
            std = r.choice(SB_STANDS)
            emp = r.choice([e for e in crew if SB_EMPLOYEES[e - 1][3] <= d])
            gal = round(std[3] * r.uniform(0.08, 0.35) * (1.3 if std[4] == "Y" else 1.0), 1)
            brix = round(r.uniform(1.6, 2.9) - (0.4 if d.month == 4 else 0), 1)
            cols.append((std[0], d, gal, brix, emp))
        for _ in range(30):
            d = day_between(r, start, end + dt.timedelta(days=2))
            sap = round(r.uniform(600, 2400), 0)
            ratio = r.uniform(38, 52)
            if d.month == 2 or (d.month == 3 and d.day < 12):
                grade = r.choice(["G", "G", "A"])
            elif d.month == 3:
                grade = r.choice(["A", "A", "D"])
            else:
                grade = r.choice(["D", "D", "V"])
            emp = r.choice([e for e in (2, 4, 5) if SB_EMPLOYEES[e - 1][3] <= d])
            boils.append((d, sap, round(sap / ratio, 1), grade, emp))
    cols.sort(key=lambda x: (x[1], x[0]))
    boils.sort(key=lambda x: x[0])
    insert(c, "SAP_COLLECTION", [(k, s, _iso(d), *rest) for k, (s, d, *rest) in enumerate(cols, 1)])
    insert(c, "BOIL", [(k, _iso(d), *rest) for k, (d, *rest) in enumerate(boils, 1)])
    insert(c, "PRODUCT", SB_PRODUCTS)
    custs = []
    people = full_names(r, 46)
    for k, n in enumerate(SB_BUSINESSES + people, 1):
        city, state = r.choice(SB_PLACES)
        wholesale = "Y" if k <= len(SB_BUSINESSES) else "N"
        custs.append((k, n, city, state, wholesale, _iso(day_between(r, D(2018, 3, 1), D(2025, 5, 1)))))
    custs[-1] = (*custs[-1][:5], "2025-06-02")
    insert(c, "CUSTOMER", custs)
    orders, lines = [], []
    for _ in range(210):
        cu = custs[r.randint(0, len(custs) - 4)]
        d = day_between(r, max(D(2023, 1, 2), D.fromisoformat(cu[5])), LAST)
        ship = d + dt.timedelta(days=r.randint(1, 6))
        orders.append((d, cu[0], None if ship > D(2025, 6, 10) or (d > D(2025, 6, 5)) else ship))
    for d in (D(2025, 6, 3), D(2025, 6, 7), D(2025, 6, 11), D(2025, 6, 12), D(2025, 6, 13)):
        orders.append((d, custs[r.randint(0, len(custs) - 4)][0], None))
    orders.sort()
    for k, (_d, cu, _s) in enumerate(orders, 1):
        wholesale = custs[cu - 1][4] == "Y"
        for p in r.sample(SB_PRODUCTS, r.choice([1, 1, 2, 3])):
            q = r.randint(6, 24) if wholesale else r.randint(1, 3)
            price = round(p[4] * (0.7 if wholesale else 1.0), 2)
            lines.append((len(lines) + 1, k, p[0], q, price))
    insert(c, "ORDERS", [(k, _iso(d), cu, _iso(s)) for k, (d, cu, s) in enumerate(orders, 1)])
    insert(c, "ORDER_LINE", lines)
    done(c)


# ------------------------------------------------------------------------------------------------------- boreholes
BH_COUNTIES = ["Herefordshire", "Shropshire", "Worcestershire", "Powys", "Gloucestershire"]
BH_RIGS = [(1, "Atlas Copco T3W", 300, 2006), (2, "Dando Watertec 40", 250, 2012), (3, "Comacchio MC450", 180, 2016),
           (4, "Massenza MI28", 400, 2021), (5, "Dando Terrier", 60, 2009)]  # fmt: skip
BH_DRILLERS = [
    (1, "Geraint Hopkins", "BDA-0412", D(2004, 3, 1)), (2, "Steve Mallory", "BDA-0977", D(2010, 6, 14)),
    (3, "Kerry Lane", "BDA-1333", D(2014, 9, 1)), (4, "Idris Vaughan", "BDA-1580", D(2017, 4, 3)),
    (5, "Martin Cole", "BDA-1712", D(2019, 1, 7)), (6, "Jodie Fenn", "BDA-2045", D(2021, 8, 2)),
    (7, "Callum Price", "BDA-2210", D(2023, 2, 13)), (8, "Ffion Rees", "BDA-2398", D(2024, 5, 20)),
]  # fmt: skip
BH_FARMS = ["Upper House Farm", "Lower Court Farm", "Bryngwyn Estate", "Moor Hall Farm", "Kinsham Court",
            "Wigmore Grange", "Cwm Farm", "The Ridge Farm", "Stocklow Farm", "Lye Farm", "Brampton Bryan Estate",
            "Nash Court Farm", "Pembridge Dairy", "Hill End Farm", "Whitney Farm", "Clyro Court Farm"]  # fmt: skip
BH_BUSINESSES = ["Wye Valley Brewery", "Ledbury Cider Co", "Orleton Caravan Park", "Kingsland Garden Centre",
                 "Mortimer Spring Water", "Hay Golf Club", "Bromyard Nurseries", "Teme Valley Hops"]  # fmt: skip


def build_boreholes(path: Path) -> None:
    r = random.Random(70006)
    c = fresh_db(
        path,
        """
        CREATE TABLE client (clientId INTEGER PRIMARY KEY, clientName TEXT NOT NULL, clientType TEXT NOT NULL,
            county TEXT NOT NULL, phone TEXT);
        CREATE TABLE rig (rigId INTEGER PRIMARY KEY, rigName TEXT NOT NULL, maxDepth INTEGER NOT NULL,
            yearBuilt INTEGER NOT NULL);
        CREATE TABLE driller (drillerId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, licenceNo TEXT NOT NULL,
            hiredOn DATE NOT NULL);
        CREATE TABLE well (wellId INTEGER PRIMARY KEY, wellRef TEXT NOT NULL UNIQUE,
            clientId INTEGER NOT NULL REFERENCES client(clientId), depth REAL NOT NULL, staticWaterLevel REAL,
            yieldLpm REAL, completedOn DATE NOT NULL, status TEXT NOT NULL,
            replacesWellId INTEGER REFERENCES well(wellId));
        CREATE TABLE workOrder (workOrderId INTEGER PRIMARY KEY, clientId INTEGER NOT NULL REFERENCES client(clientId),
            wellId INTEGER REFERENCES well(wellId), jobType TEXT NOT NULL, scheduledStart TEXT NOT NULL,
            completedAt TEXT, rigId INTEGER REFERENCES rig(rigId), quotedAmount REAL NOT NULL, invoicedAmount REAL);
        CREATE TABLE workOrderDriller (workOrderId INTEGER NOT NULL REFERENCES workOrder(workOrderId),
            drillerId INTEGER NOT NULL REFERENCES driller(drillerId), PRIMARY KEY (workOrderId, drillerId));
        CREATE TABLE waterTest (waterTestId INTEGER PRIMARY KEY, wellId INTEGER NOT NULL REFERENCES well(wellId),
            sampledOn DATE NOT NULL, nitrate REAL NOT NULL, ecoliDetected INTEGER NOT NULL DEFAULT 0, ph REAL);
        """,
    )
    people = full_names(r, 40)
    names = [(n, "farm") for n in BH_FARMS] + [(n, "business") for n in BH_BUSINESSES]
    names += [(n, "household") for n in people]
    r.shuffle(names)
    clients = [(k, n, t, r.choice(BH_COUNTIES), f"01{r.randint(432, 599)} {r.randint(100000, 999999)}")
               for k, (n, t) in enumerate(names, 1)]  # fmt: skip
    insert(c, "client", clients)
    insert(c, "rig", BH_RIGS)
    insert(c, "driller", [(i, n, lic, _iso(h)) for i, n, lic, h in BH_DRILLERS])
    wells: list[list] = []
    for k in range(105):
        cl = r.choice(clients[:58])
        if k < 62:
            done_on = day_between(r, D(2006, 1, 1), D(2022, 12, 20))
        else:
            done_on = day_between(r, D(2023, 1, 16), D(2025, 6, 6))
        depth = round(r.uniform(25, 70) if cl[2] == "household" else r.uniform(45, 180), 1)
        wells.append([cl[0], depth, done_on])
    wells.sort(key=lambda w: w[2])
    rows: list[list] = []
    for k, (cl, depth, done_on) in enumerate(wells, 1):
        swl = round(depth * r.uniform(0.08, 0.45), 1)
        yld = round(r.uniform(8, 60) if depth < 80 else r.uniform(30, 400), 1)
        rows.append([k, f"BH-{done_on.year}-{k:03d}", cl, depth, swl, yld, _iso(done_on), "active", None])
    # a few old wells went dry or were abandoned; some were replaced by a new well for the same client
    for w in rows:
        if w[6] < "2021-01-01" and r.random() < 0.3:
            w[7] = r.choice(["dry", "dry", "abandoned", "capped"])
            later = [x for x in rows if x[2] == w[2] and x[6] > w[6] and x[8] is None]
            if w[7] != "capped" and later:
                later[0][8] = w[0]
    replaced = {w[8] for w in rows if w[8]}
    for w in rows:
        if w[0] not in replaced and w[7] == "active" and w[6] < "2016-01-01" and len(replaced) < 7:
            newer = next((x for x in rows if x[6] > "2023-01-01" and x[8] is None and x[2] != w[2]), None)
            if newer:
                newer[2] = w[2]
                newer[8] = w[0]
                w[7] = "dry"
                replaced.add(w[0])
    prices = {"drill": (6500, 21000), "pump install": (1800, 4200), "pump repair": (250, 1400),
              "water test": (95, 240), "decommission": (900, 2600)}  # fmt: skip
    jobs = []
    for w in rows:
        d = D.fromisoformat(w[6])
        if d >= D(2023, 1, 1):
            jobs.append((w[2], w[0], "drill", d - dt.timedelta(days=r.randint(2, 9)), d, w[3]))
            if r.random() < 0.6:
                jobs.append((w[2], w[0], "pump install", d + dt.timedelta(days=r.randint(3, 40)), None, None))
        elif w[7] in ("dry", "abandoned") and r.random() < 0.4:
            start = day_between(r, D(2023, 1, 9), D(2025, 8, 29))
            jobs.append((w[2], w[0], "decommission", start, None, None))
            if start < D(2025, 5, 20):
                w[7] = "capped"
    for cl, d in ((12, D(2025, 6, 23)), (31, D(2025, 7, 7)), (44, D(2025, 7, 21)), (58, D(2025, 9, 1))):
        jobs.append((cl, None, "drill", d, None, None))
    while len(jobs) < 220:
        jt = r.choice(["pump repair", "pump repair", "water test", "water test", "water test"])
        start = day_between(r, D(2023, 1, 3), D(2025, 8, 29))
        cands = [w for w in rows if w[6] < start.isoformat() and w[7] == "active"]
        w = r.choice(cands)
        jobs.append((w[2], w[0], jt, start, None, None))
    insert(c, "well", [tuple(w) for w in rows])
    jobs.sort(key=lambda j: (j[3], j[0]))
    wos, links = [], []
    for k, (cl, wid, jt, start, end, depth) in enumerate(jobs, 1):
        hour = r.choice([7, 8, 8, 9, 10, 13])
        sched = f"{start.isoformat()} {hour:02d}:{r.choice(['00', '30'])}"
        lo, hi = prices[jt]
        quote = round(r.uniform(lo, hi), -1) if depth is None else round(depth * r.uniform(95, 120), -1)
        if jt == "drill":
            deep = depth or r.uniform(40, 150)
            rig = r.choice([x[0] for x in BH_RIGS if x[2] >= deep and (x[0] != 5 or deep < 45)])
            fin = end
        else:
            rig = 5 if jt == "decommission" else None
            fin = start + dt.timedelta(days=r.choice([0, 0, 0, 1, 2]))
        late = start < D(2025, 5, 1) and jt in ("pump repair", "water test") and r.random() < 0.015
        if start > LAST or fin is None or fin > LAST or (start > D(2025, 5, 25) and r.random() < 0.5) or late:
            completed, invoiced = None, None
        else:
            hrs = r.randint(2, 9) if jt != "drill" else r.randint(8, 11)
            completed = f"{fin.isoformat()} {min(hour + hrs, 20):02d}:{r.choice(['05', '20', '35', '50'])}"
            invoiced = round(quote * r.choice([1.0, 1.0, 1.0, 0.95, 1.08, 1.18, 1.25]), 2)
        wos.append((k, cl, wid, jt, sched, completed, rig, quote, invoiced))
        able = [x[0] for x in BH_DRILLERS if x[3] <= start]
        for dr in r.sample(able, 2 if jt in ("drill", "decommission") else 1):
            links.append((k, dr))
    insert(c, "workOrder", wos)
    insert(c, "workOrderDriller", links)
    tests = []
    for _ in range(160):
        w = r.choice([x for x in rows if x[7] == "active"])
        d = day_between(r, max(D(2023, 1, 1), D.fromisoformat(w[6])), LAST)
        farm = clients[w[2] - 1][2] == "farm"
        nit = round(r.uniform(5, 75) if farm else r.uniform(2, 40), 1)
        tests.append((w[0], d, nit, int(r.random() < 0.09), round(r.uniform(6.2, 8.3), 1)))
    tests.sort(key=lambda x: (x[1], x[0]))
    insert(c, "waterTest", [(k, w, _iso(d), *rest) for k, (w, d, *rest) in enumerate(tests, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "hatchery": build_hatchery,
    "irrigation": build_irrigation,
    "woolclip": build_woolclip,
    "pollutionlog": build_pollutionlog,
    "sugarbush": build_sugarbush,
    "boreholes": build_boreholes,
}
