"""Blind corpus 79: manufacturing, engineering and energy. Six SQLite databases; "today" is 2025-06-15 and no
recorded event happens after 2025-06-14 (calibration due dates and work-order due dates may lie in the future).

``moulding`` -- a plastics injection-moulding shop. Key columns carry ``pk_``/``fk_`` prefixes (pk_machine,
fk_machine), other columns are plain; measurements carry their unit in the name (clamp_force_t in tonnes,
shot_weight_g in grams, cycle_time_s in seconds, energy_kwh, duration_min in minutes) and the resin price is
stored in pence per kilogram (price_per_kg_pence). Tables: machine (retired_on NULL = still in service),
customer, mould (owned by a customer), resin, operator (shift is Early/Late/Night), production_run (one run of a
mould on a machine with a resin by an operator on run_date: shots, good_parts, scrap_parts) and downtime
(stoppages of a machine, reason text, the operator who logged it is optional).

``cellplant`` -- a lithium-ion battery cell plant in mainframe style: every table and column name is at most 8
upper-case characters. LINEMSTR (production lines), EMPLMSTR (employees, SUPVID = the employee's supervisor,
a self-reference; NULL for the plant manager), CHEMTYPE (single-letter chemistry codes: N = NMC, L = LFP,
A = NCA, T = LTO), STATCODE (single-letter lot status codes: R = released, H = on hold, Q = in quarantine,
S = scrapped, W = work in progress), CELLLOT (cell lots: PRODDATE, CELLQTY cells, CAPAH nominal capacity in Ah,
LINEID, CHEMCD, STATCD, EMPLID = the shift lead responsible), FORMTEST (formation tests of a lot: TESTDATE,
CAPMEAS measured capacity Ah, IRMOHM internal resistance in milliohm, TEMPDEGC, RSLTCODE 'P' pass / 'F' fail)
and SHIPMENT (lots shipped to customers: CUSTNAME, SHIPDATE, SHIPQTY cells).

``biogas`` -- an anaerobic-digestion plant's feedstock intake in data-vault style: hubs (hub_farm, hub_feedstock,
hub_haulier) hold a hash key (*_hk), the business key (*_bk), load_dts and record_source; satellites (sat_farm,
sat_feedstock, sat_haulier, sat_delivery) hold the descriptive attributes with their own load_dts; lnk_delivery
links a farm, a feedstock and a haulier for one delivery (the many-to-many link of farms and feedstocks).
sat_delivery: delivered_on, net_tonnes, price_paid_pence (what the plant paid the farm for that load in total, in pence; 0 for a rejected load),
rejected (1 = load rejected at the gate, 0 = accepted). sat_feedstock.category is crop, manure or waste;
sat_haulier.active is 1 for hauliers still under contract.

``calibracao`` -- a Brazilian calibration laboratory with Portuguese table, column and value names: cliente
(nome, cidade, setor), tecnico (nome, nivel junior/pleno/senior, id_supervisor = the technician's supervisor,
a self-reference), instrumento (tipo, fabricante, numero_serie, owned by a cliente), padrao (the lab's reference
standards, data_validade), calibracao (one calibration of an instrument by a technician: data_calibracao,
resultado aprovado/reprovado/ajustado, valor in reais, data_vencimento = when the next calibration is due)
and calibracao_padrao (which reference standards were used in a calibration; many-to-many).

``pcbassembly`` -- a contract electronics (PCB) assembler. Money is stored in US cents (unit_cost_cents,
price_cents), board sizes in millimetres (width_mm, height_mm). Single-letter codes with lookup tables:
part_type (R resistor, C capacitor, I integrated circuit, D diode, L inductor, X connector, Q transistor) and
wo_status (O open, K kitting, A in assembly, T in test, S shipped, X cancelled). Tables: customer, board
(a customer's board design), part, bom (bill of materials: which parts, how many per board; many-to-many),
work_order (ordered_on, due_on, qty boards, status_code, price_cents = total order price) and defect
(defects found by inspection on a work order: defect_type text, found_on).

``geothermal`` -- a geothermal power field operator: ``pk_``/``fk_`` key columns and units in the names
(depth_m, flow_kg_s, wellhead_temp_c, wellhead_pressure_bar, volume_l, cost_pence). Tables: engineer
(fk_reports_to = the engineer's line manager, a self-reference; NULL for the head of operations), well (kind
production/injection, status active/shut-in/plugged), well_test (flow tests of a well by an engineer),
maintenance_job (opened_on, closed_on NULL while the job is still open, job_type, cost_pence) and
chemical_dose (scale-inhibitor dosing of a well: dosed_on, inhibitor, volume_l).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, FIRST_NAMES, GIVEN, LAST_NAMES, day_between, done, fresh_db, insert

D = dt.date
START = D(2023, 1, 1)
LAST = D(2025, 6, 14)


def _names(r: random.Random, n: int, first: list[str], last: list[str]) -> list[str]:
    pairs = [f"{f} {s}" for f in first for s in last]
    r.shuffle(pairs)
    return pairs[:n]


# --------------------------------------------------------------------------------------------------- moulding
MOULDING_DDL = """
CREATE TABLE machine (
    pk_machine INTEGER PRIMARY KEY,
    machine_name TEXT NOT NULL,
    maker TEXT NOT NULL,
    clamp_force_t INTEGER NOT NULL,
    hall TEXT NOT NULL,
    commissioned_on DATE NOT NULL,
    retired_on DATE
);
CREATE TABLE customer (
    pk_customer INTEGER PRIMARY KEY,
    customer_name TEXT NOT NULL,
    country TEXT NOT NULL
);
CREATE TABLE mould (
    pk_mould INTEGER PRIMARY KEY,
    mould_code TEXT NOT NULL,
    part_name TEXT NOT NULL,
    cavities INTEGER NOT NULL,
    shot_weight_g REAL NOT NULL,
    fk_customer INTEGER NOT NULL REFERENCES customer(pk_customer)
);
CREATE TABLE resin (
    pk_resin INTEGER PRIMARY KEY,
    resin_name TEXT NOT NULL,
    polymer TEXT NOT NULL,
    supplier TEXT NOT NULL,
    price_per_kg_pence INTEGER NOT NULL
);
CREATE TABLE operator (
    pk_operator INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    shift TEXT NOT NULL,
    hired_on DATE NOT NULL
);
CREATE TABLE production_run (
    pk_run INTEGER PRIMARY KEY,
    fk_machine INTEGER NOT NULL REFERENCES machine(pk_machine),
    fk_mould INTEGER NOT NULL REFERENCES mould(pk_mould),
    fk_resin INTEGER NOT NULL REFERENCES resin(pk_resin),
    fk_operator INTEGER NOT NULL REFERENCES operator(pk_operator),
    run_date DATE NOT NULL,
    shots INTEGER NOT NULL,
    good_parts INTEGER NOT NULL,
    scrap_parts INTEGER NOT NULL,
    cycle_time_s REAL NOT NULL,
    energy_kwh REAL NOT NULL
);
CREATE TABLE downtime (
    pk_downtime INTEGER PRIMARY KEY,
    fk_machine INTEGER NOT NULL REFERENCES machine(pk_machine),
    fk_operator INTEGER REFERENCES operator(pk_operator),
    started_at TEXT NOT NULL,
    duration_min INTEGER NOT NULL,
    reason TEXT NOT NULL
);
"""


def build_moulding(path: Path) -> None:
    r = random.Random(7901)
    c = fresh_db(path, MOULDING_DDL)
    makers = ["Engel", "Arburg", "KraussMaffei", "Haitian", "Sumitomo Demag", "Husky"]
    forces = [60, 80, 110, 150, 180, 220, 280, 350, 420, 500, 650, 800, 1000, 1300]
    machines = []
    retired = {4: D(2023, 11, 30), 11: D(2024, 8, 16), 19: D(2025, 2, 28), 27: D(2024, 3, 1)}
    for i in range(1, 31):
        maker = makers[(i * 7) % len(makers)] if i % 5 else makers[r.randrange(len(makers))]
        force = r.choice(forces)
        hall = "ABC"[r.randrange(3)] if i > 3 else "A"
        comm = day_between(r, D(2012, 1, 1), D(2022, 12, 31))
        code = {
            "Engel": "EN",
            "Arburg": "AR",
            "KraussMaffei": "KM",
            "Haitian": "HT",
            "Sumitomo Demag": "SD",
            "Husky": "HK",
        }[maker]
        machines.append(
            (
                i,
                f"{code}-{force}-{i:02d}",
                maker,
                force,
                hall,
                comm.isoformat(),
                retired[i].isoformat() if i in retired else None,
            )
        )
    # one brand-new machine that has not run yet
    machines.append((31, "EN-450-31", "Engel", 450, "C", "2025-06-02", None))
    insert(c, "machine", machines)

    customers = [
        ("Brightwell Appliances", "UK"),
        ("Kessler Automotive", "Germany"),
        ("Nordvik Medical", "Sweden"),
        ("Castellan Toys", "UK"),
        ("Lumora Lighting", "Netherlands"),
        ("Fairbank Packaging", "UK"),
        ("Oriel Electronics", "Ireland"),
        ("Verdane Garden", "France"),
        ("Halden Furniture", "Norway"),
        ("Pickering Cosmetics", "UK"),
        ("Stromberg Tools", "Germany"),
        ("Aurelio Caffe", "Italy"),
        ("Bexley Sanitaryware", "UK"),
        ("Corvin Sports", "Poland"),
        ("Delacroix Optics", "France"),
        ("Eastgate Pharma", "UK"),
        ("Fjordline Marine", "Norway"),
        ("Greystone Security", "UK"),
        ("Hollis Pet Products", "UK"),
        ("Ivanhoe Audio", "Ireland"),
        ("Jansen Bikes", "Netherlands"),
        ("Kilbride Dairy", "Ireland"),
        ("Lorimer Stationery", "UK"),
        ("Marwick Agritech", "UK"),
        ("Nerissa Baby", "Spain"),
        ("Olbrich Drives", "Germany"),
        ("Penrose Plumbing", "UK"),
        ("Quayside Drinks", "UK"),
        ("Rosenthal Home", "Austria"),
        ("Saltmarsh Labs", "UK"),
    ]
    insert(c, "customer", [(i + 1, n, co) for i, (n, co) in enumerate(customers)])

    parts = [
        "housing",
        "lid",
        "bezel",
        "clip",
        "gear",
        "cap",
        "tray",
        "knob",
        "bracket",
        "connector shell",
        "handle",
        "spout",
        "grille",
        "cover",
        "hinge",
        "base",
        "switch plate",
        "bottle preform",
        "syringe barrel",
        "filter frame",
    ]
    moulds = []
    for i in range(1, 46):
        cust = r.randrange(1, 31) if i > 30 else i
        part = parts[r.randrange(len(parts))]
        cav = r.choice([1, 1, 2, 2, 4, 4, 8, 16]) if i != 9 else 32
        sw = round(r.uniform(4, 400), 1) if i != 22 else 612.5
        moulds.append((i, f"MLD-{1000 + i * 7}", f"{part.capitalize()} {chr(64 + (i % 26) + 1)}{i}", cav, sw, cust))
    insert(c, "mould", moulds)

    polymers = ["PP", "ABS", "PA66", "PC", "POM", "HDPE", "PBT", "TPE"]
    suppliers = ["Borealis", "INEOS", "SABIC", "Covestro", "BASF", "LyondellBasell", "Celanese"]
    base_price = {"PP": 140, "ABS": 230, "PA66": 340, "PC": 360, "POM": 290, "HDPE": 150, "PBT": 310, "TPE": 420}
    grades = ["natural", "black", "white", "GF30", "UV", "FR", "medical", "high-flow"]
    resins = []
    for i in range(1, 33):
        poly = polymers[(i - 1) % len(polymers)]
        g = grades[(i * 3) % len(grades)] if i > 8 else "natural"
        price = base_price[poly] + r.randrange(-30, 90) + (60 if g == "GF30" else 0)
        resins.append((i, f"{poly} {g} {i:02d}", poly, suppliers[r.randrange(len(suppliers))], price))
    insert(c, "resin", resins)

    ops = _names(r, 32, FIRST_NAMES, LAST_NAMES)
    shifts = ["Early", "Late", "Night"]
    insert(
        c,
        "operator",
        [
            (i + 1, n, shifts[i % 3], day_between(r, D(2015, 1, 1), D(2024, 12, 31)).isoformat())
            for i, n in enumerate(ops)
        ],
    )

    runs = []
    mould_ids = [m[0] for m in moulds if m[0] not in (17, 38, 44)]  # three moulds never run
    for i in range(1, 381):
        while True:
            d = day_between(r, START, LAST)
            m = machines[r.randrange(30)]
            if m[6] is None or d.isoformat() < m[6]:
                break
        mould = r.choice(mould_ids)
        shots = r.randrange(800, 9000)
        cav = moulds[mould - 1][3]
        total = shots * cav
        scrap = int(total * r.choice([0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.08, 0.12]))
        cycle = round(r.uniform(8, 65), 1)
        energy = round(shots * m[3] * r.uniform(0.0009, 0.0014), 1)
        runs.append(
            (
                i,
                m[0],
                mould,
                r.randrange(1, 33),
                r.randrange(1, 33),
                d.isoformat(),
                shots,
                total - scrap,
                scrap,
                cycle,
                energy,
            )
        )
    runs.sort(key=lambda x: x[5])
    runs = [(i + 1, *x[1:]) for i, x in enumerate(runs)]
    insert(c, "production_run", runs)

    reasons = [
        "mould change",
        "heater band failure",
        "hydraulic leak",
        "robot fault",
        "material shortage",
        "planned maintenance",
        "dryer fault",
        "no operator",
        "quality hold",
    ]
    downs = []
    for i in range(1, 161):
        while True:
            d = day_between(r, START, LAST)
            m = machines[r.randrange(30)]
            if m[6] is None or d.isoformat() < m[6]:
                break
        t = f"{d.isoformat()} {r.randrange(0, 24):02d}:{r.choice(['00', '15', '30', '45'])}"
        dur = r.choice([15, 20, 30, 45, 60, 90, 120, 180, 240, 360])
        if i == 77:
            dur = 1260
        op = r.randrange(1, 33) if r.random() < 0.7 else None
        downs.append((i, m[0], op, t, dur, r.choice(reasons)))
    downs.sort(key=lambda x: x[3])
    insert(c, "downtime", [(i + 1, *x[1:]) for i, x in enumerate(downs)])
    done(c)


# -------------------------------------------------------------------------------------------------- cellplant
CELLPLANT_DDL = """
CREATE TABLE LINEMSTR (
    LINEID INTEGER PRIMARY KEY,
    LINENAME TEXT NOT NULL,
    BLDGCODE TEXT NOT NULL,
    CAPCELLS INTEGER NOT NULL,
    STARTDT DATE NOT NULL
);
CREATE TABLE EMPLMSTR (
    EMPLID INTEGER PRIMARY KEY,
    EMPLNAME TEXT NOT NULL,
    JOBTITLE TEXT NOT NULL,
    SUPVID INTEGER REFERENCES EMPLMSTR(EMPLID),
    HIREDT DATE NOT NULL
);
CREATE TABLE CHEMTYPE (
    CHEMCD TEXT PRIMARY KEY,
    CHEMDESC TEXT NOT NULL
);
CREATE TABLE STATCODE (
    STATCD TEXT PRIMARY KEY,
    STATDESC TEXT NOT NULL
);
CREATE TABLE CELLLOT (
    LOTID INTEGER PRIMARY KEY,
    LOTNUMBR TEXT NOT NULL,
    LINEID INTEGER NOT NULL REFERENCES LINEMSTR(LINEID),
    CHEMCD TEXT NOT NULL REFERENCES CHEMTYPE(CHEMCD),
    STATCD TEXT NOT NULL REFERENCES STATCODE(STATCD),
    EMPLID INTEGER NOT NULL REFERENCES EMPLMSTR(EMPLID),
    PRODDATE DATE NOT NULL,
    CELLQTY INTEGER NOT NULL,
    CAPAH REAL NOT NULL
);
CREATE TABLE FORMTEST (
    TESTID INTEGER PRIMARY KEY,
    LOTID INTEGER NOT NULL REFERENCES CELLLOT(LOTID),
    TESTDATE DATE NOT NULL,
    CAPMEAS REAL NOT NULL,
    IRMOHM REAL NOT NULL,
    TEMPDEGC REAL NOT NULL,
    RSLTCODE TEXT NOT NULL
);
CREATE TABLE SHIPMENT (
    SHIPID INTEGER PRIMARY KEY,
    LOTID INTEGER NOT NULL REFERENCES CELLLOT(LOTID),
    CUSTNAME TEXT NOT NULL,
    SHIPDATE DATE NOT NULL,
    SHIPQTY INTEGER NOT NULL
);
"""


def build_cellplant(path: Path) -> None:
    r = random.Random(7902)
    c = fresh_db(path, CELLPLANT_DDL)
    lines = []
    for i in range(1, 31):
        bldg = ["G1", "G2", "G3", "K1"][(i - 1) // 8]
        lines.append(
            (
                i,
                f"LINE{i:02d}",
                bldg,
                r.choice([8000, 10000, 12000, 15000, 20000, 24000]),
                day_between(r, D(2019, 1, 1), D(2023, 6, 30)).isoformat(),
            )
        )
    insert(c, "LINEMSTR", lines)

    names = _names(r, 36, GIVEN, FAMILY)
    emps = [(1, names[0], "PLANT MANAGER", None, "2016-03-01")]
    for i in range(2, 6):
        emps.append((i, names[i - 1], "AREA MANAGER", 1, day_between(r, D(2016, 1, 1), D(2020, 12, 31)).isoformat()))
    for i in range(6, 16):
        emps.append(
            (i, names[i - 1], "SHIFT LEAD", 2 + (i % 4), day_between(r, D(2018, 1, 1), D(2023, 12, 31)).isoformat())
        )
    for i in range(16, 37):
        emps.append(
            (
                i,
                names[i - 1],
                r.choice(["TECHNICIAN", "OPERATOR", "QUALITY ENGINEER"]),
                6 + (i % 10),
                day_between(r, D(2019, 1, 1), D(2025, 3, 31)).isoformat(),
            )
        )
    insert(c, "EMPLMSTR", emps)

    insert(c, "CHEMTYPE", [("N", "NMC"), ("L", "LFP"), ("A", "NCA"), ("T", "LTO")])
    insert(
        c,
        "STATCODE",
        [("R", "RELEASED"), ("H", "ON HOLD"), ("Q", "QUARANTINE"), ("S", "SCRAPPED"), ("W", "WORK IN PROGRESS")],
    )

    lots = []
    for _ in range(1, 321):
        d = day_between(r, START, LAST)
        line = r.randrange(1, 29)  # lines 29 and 30 never produced
        chem = r.choices("NLAT", weights=[45, 35, 12, 8])[0]
        cap = {
            "N": r.choice([4.8, 5.0, 50.0, 60.0]),
            "L": r.choice([100.0, 105.0, 280.0]),
            "A": r.choice([4.8, 5.0]),
            "T": r.choice([20.0, 30.0]),
        }[chem]
        st = "W" if d > D(2025, 6, 1) else r.choices("RHQS", weights=[80, 8, 5, 7])[0]
        lots.append([None, None, line, chem, st, r.randrange(6, 16), d.isoformat(), r.randrange(500, 6000), cap])
    lots.sort(key=lambda x: x[6])
    for i, x in enumerate(lots):
        x[0] = i + 1
        x[1] = f"L{x[6][2:4]}{x[6][5:7]}-{i + 1:04d}"
    insert(c, "CELLLOT", [tuple(x) for x in lots])

    tests = []
    tid = 0
    for x in lots:
        if x[4] == "W" and r.random() < 0.6:
            continue
        for _ in range(r.choice([1, 1, 1, 2])):
            tid += 1
            td = min(D.fromisoformat(x[6]) + dt.timedelta(days=r.randrange(2, 12)), LAST)
            cap = x[8]
            meas = round(cap * r.uniform(0.95, 1.04), 2)
            ir = round(r.uniform(0.4, 3.5) if cap > 40 else r.uniform(12, 45), 2)
            res = "F" if (x[4] in "SQ" or r.random() < 0.05) else "P"
            tests.append((tid, x[0], td.isoformat(), meas, ir, round(r.uniform(22, 28), 1), res))
    insert(c, "FORMTEST", tests)

    custs = [
        "VOLTARA MOTORS",
        "NORDSTROM ESS",
        "BRAVIS TOOLS",
        "HELIX EBIKES",
        "ZENTRA GRID",
        "OKAPI MARINE",
        "LUMEN SCOOTERS",
        "PRAXIS MEDICAL",
    ]
    ships = []
    sid = 0
    for x in lots:
        if x[4] != "R" or r.random() < 0.15:
            continue
        sd = D.fromisoformat(x[6]) + dt.timedelta(days=r.randrange(10, 40))
        if sd > LAST:
            continue
        remaining = x[7]
        for k in range(r.choice([1, 1, 2])):
            sid += 1
            q = remaining if k == 1 else (remaining if r.random() < 0.5 else remaining // 2)
            remaining -= q
            ships.append((sid, x[0], custs[r.randrange(len(custs))], (sd + dt.timedelta(days=k * 9)).isoformat(), q))
            if remaining <= 0:
                break
    ships = [s for s in ships if s[3] <= LAST.isoformat() and s[4] > 0]
    insert(c, "SHIPMENT", [(i + 1, *s[1:]) for i, s in enumerate(ships)])
    done(c)


# ----------------------------------------------------------------------------------------------------- biogas
BIOGAS_DDL = """
CREATE TABLE hub_farm (
    farm_hk TEXT PRIMARY KEY,
    farm_bk TEXT NOT NULL UNIQUE,
    load_dts TEXT NOT NULL,
    record_source TEXT NOT NULL
);
CREATE TABLE sat_farm (
    farm_hk TEXT NOT NULL REFERENCES hub_farm(farm_hk),
    load_dts TEXT NOT NULL,
    farm_name TEXT NOT NULL,
    farmer_name TEXT NOT NULL,
    county TEXT NOT NULL,
    distance_km REAL NOT NULL,
    PRIMARY KEY (farm_hk, load_dts)
);
CREATE TABLE hub_feedstock (
    feedstock_hk TEXT PRIMARY KEY,
    feedstock_bk TEXT NOT NULL UNIQUE,
    load_dts TEXT NOT NULL,
    record_source TEXT NOT NULL
);
CREATE TABLE sat_feedstock (
    feedstock_hk TEXT NOT NULL REFERENCES hub_feedstock(feedstock_hk),
    load_dts TEXT NOT NULL,
    feedstock_name TEXT NOT NULL,
    category TEXT NOT NULL,
    dry_matter_pct REAL NOT NULL,
    biogas_yield_m3_per_t REAL NOT NULL,
    PRIMARY KEY (feedstock_hk, load_dts)
);
CREATE TABLE hub_haulier (
    haulier_hk TEXT PRIMARY KEY,
    haulier_bk TEXT NOT NULL UNIQUE,
    load_dts TEXT NOT NULL,
    record_source TEXT NOT NULL
);
CREATE TABLE sat_haulier (
    haulier_hk TEXT NOT NULL REFERENCES hub_haulier(haulier_hk),
    load_dts TEXT NOT NULL,
    haulier_name TEXT NOT NULL,
    depot_town TEXT NOT NULL,
    active INTEGER NOT NULL,
    PRIMARY KEY (haulier_hk, load_dts)
);
CREATE TABLE lnk_delivery (
    delivery_hk TEXT PRIMARY KEY,
    farm_hk TEXT NOT NULL REFERENCES hub_farm(farm_hk),
    feedstock_hk TEXT NOT NULL REFERENCES hub_feedstock(feedstock_hk),
    haulier_hk TEXT NOT NULL REFERENCES hub_haulier(haulier_hk),
    load_dts TEXT NOT NULL,
    record_source TEXT NOT NULL
);
CREATE TABLE sat_delivery (
    delivery_hk TEXT NOT NULL REFERENCES lnk_delivery(delivery_hk),
    load_dts TEXT NOT NULL,
    delivered_on DATE NOT NULL,
    net_tonnes REAL NOT NULL,
    price_paid_pence INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    PRIMARY KEY (delivery_hk, load_dts)
);
"""


def _hk(r: random.Random) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(16))


def build_biogas(path: Path) -> None:
    r = random.Random(7903)
    c = fresh_db(path, BIOGAS_DDL)
    farm_words = [
        "Oakfield",
        "Hollybrook",
        "Mill House",
        "Greenacre",
        "Ridgeway",
        "Brook",
        "Ashdown",
        "Elmtree",
        "Highcross",
        "Westmoor",
        "Foxhill",
        "Cold Harbour",
        "Manor",
        "Church",
        "Lower Barton",
        "Upper Barton",
        "Primrose",
        "Heathcote",
        "Longmead",
        "Stonebridge",
        "Willowbank",
        "Kingsdown",
        "Marsh",
        "Nether",
        "Redgate",
        "Southview",
        "Thornbury",
        "Valley",
        "Windmill",
        "Yew Tree",
        "Beacon",
        "Crossways",
        "Dairy House",
        "Fernlea",
        "Glebe",
        "Hillside",
        "Lakeside",
        "Newlands",
    ]
    counties = ["Somerset", "Devon", "Dorset", "Wiltshire", "Gloucestershire"]
    farmers = _names(r, 38, FIRST_NAMES, LAST_NAMES)
    farms = []
    for i, _w in enumerate(farm_words):
        hk = _hk(r)
        ld = f"{day_between(r, D(2022, 10, 1), D(2023, 3, 31)).isoformat()} 02:00:00"
        farms.append((hk, f"FARM{i + 1:03d}", ld, "CRM"))
    insert(c, "hub_farm", farms)
    insert(
        c,
        "sat_farm",
        [
            (f[0], f[2], f"{w} Farm", farmers[i], counties[r.randrange(5)], round(r.uniform(2, 48), 1))
            for i, (f, w) in enumerate(zip(farms, farm_words, strict=False))
        ],
    )

    feeds = [
        ("Maize silage", "crop", 32, 200),
        ("Grass silage", "crop", 28, 170),
        ("Whole-crop rye", "crop", 33, 185),
        ("Sugar beet", "crop", 23, 160),
        ("Fodder beet", "crop", 18, 140),
        ("Straw", "crop", 86, 250),
        ("Wholecrop wheat", "crop", 35, 190),
        ("Hybrid rye", "crop", 31, 180),
        ("Sorghum", "crop", 27, 165),
        ("Cattle slurry", "manure", 8, 22),
        ("Pig slurry", "manure", 5, 18),
        ("Poultry litter", "manure", 60, 110),
        ("Horse manure", "manure", 30, 55),
        ("Sheep manure", "manure", 28, 60),
        ("Farmyard manure", "manure", 25, 60),
        ("Duck litter", "manure", 55, 100),
        ("Food waste", "waste", 24, 150),
        ("Potato peelings", "waste", 15, 100),
        ("Brewers grain", "waste", 22, 120),
        ("Distillery draff", "waste", 25, 125),
        ("Crude glycerine", "waste", 85, 600),
        ("Fruit pomace", "waste", 26, 130),
        ("Vegetable trimmings", "waste", 12, 70),
        ("Bakery waste", "waste", 70, 400),
        ("Dairy whey", "waste", 6, 35),
        ("Fish offal", "waste", 30, 250),
        ("Onion waste", "waste", 11, 65),
        ("Carrot rejects", "waste", 12, 70),
        ("Coffee grounds", "waste", 40, 170),
        ("Rapeseed cake", "waste", 88, 450),
    ]
    fhubs = []
    for i, _f in enumerate(feeds):
        fhubs.append((_hk(r), f"FS{i + 1:02d}", "2022-12-01 02:00:00", "LIMS"))
    insert(c, "hub_feedstock", fhubs)
    insert(
        c,
        "sat_feedstock",
        [(h[0], h[2], f[0], f[1], float(f[2]), float(f[3])) for h, f in zip(fhubs, feeds, strict=False)],
    )

    hauliers = [
        ("Westcountry Haulage", "Taunton"),
        ("Mendip Bulk", "Shepton Mallet"),
        ("R J Pike & Sons", "Bridgwater"),
        ("Exe Valley Transport", "Tiverton"),
        ("Blackmore Vale Logistics", "Sturminster Newton"),
        ("Cotswold Tipper Hire", "Cirencester"),
        ("Quantock Agri", "Williton"),
        ("Sedgemoor Freight", "Highbridge"),
        ("Wessex Grain Movers", "Yeovil"),
        ("Polden Haulage", "Street"),
        ("Axe Vale Tankers", "Axminster"),
        ("Frome Valley Carriers", "Frome"),
        ("Chew Magna Transport", "Chew Magna"),
        ("Tamar Bulk", "Launceston"),
        ("Salisbury Plain Haulage", "Amesbury"),
        ("Brue Valley Tankers", "Glastonbury"),
        ("Hardy Agricultural", "Dorchester"),
        ("North Devon Bulk", "Barnstaple"),
        ("Vale of Pewsey Haulage", "Pewsey"),
        ("Stroud Tippers", "Stroud"),
        ("Chard Transport", "Chard"),
        ("Crewkerne Carriers", "Crewkerne"),
        ("Wellington Agri Haul", "Wellington"),
        ("Minehead Freight", "Minehead"),
        ("Cheddar Vale Tankers", "Cheddar"),
        ("Wimborne Haulage", "Wimborne"),
        ("Tewkesbury Bulk", "Tewkesbury"),
        ("Honiton Haulage", "Honiton"),
        ("Bradford Tankers", "Bradford on Avon"),
        ("Langport Logistics", "Langport"),
    ]
    hhubs = []
    for i, _h in enumerate(hauliers):
        hhubs.append((_hk(r), f"HAUL{i + 1:02d}", "2022-12-01 02:00:00", "ERP"))
    insert(c, "hub_haulier", hhubs)
    inactive = {4, 11, 17, 23, 29}
    insert(
        c,
        "sat_haulier",
        [
            (h[0], h[2], n, t, 0 if i in inactive else 1)
            for i, (h, (n, t)) in enumerate(zip(hhubs, hauliers, strict=False))
        ],
    )

    links, sats = [], []
    farm_pool = list(range(len(farms) - 3))  # the last three farms never delivered
    haul_pool = [i for i in range(len(hhubs)) if i not in (29, 28)]  # two hauliers never used
    for i in range(360):
        d = day_between(r, D(2023, 1, 3), LAST)
        fi = r.choice(farm_pool)
        fsi = r.randrange(len(feeds))
        hi = r.choice(haul_pool)
        if hi in inactive and d > D(2024, 6, 30):
            hi = haul_pool[(i * 5) % 20]
            if hi in inactive:
                hi = 0
        hk = _hk(r)
        ld = f"{d.isoformat()} 22:00:00"  # the weighbridge batch loads every evening
        links.append((hk, farms[fi][0], fhubs[fsi][0], hhubs[hi][0], ld, "WEIGHBRIDGE"))
        cat = feeds[fsi][1]
        tonnes = round(r.uniform(8, 29), 2)
        price_per_t = {"crop": r.randrange(2800, 4200), "manure": r.randrange(0, 600), "waste": r.randrange(900, 2500)}[
            cat
        ]
        rej = 1 if r.random() < 0.06 else 0
        sats.append((hk, ld, d.isoformat(), tonnes, 0 if rej else round(tonnes * price_per_t), rej))
    insert(c, "lnk_delivery", links)
    insert(c, "sat_delivery", sats)
    done(c)


# ------------------------------------------------------------------------------------------------- calibracao
CALIBRACAO_DDL = """
CREATE TABLE cliente (
    id_cliente INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    cidade TEXT NOT NULL,
    setor TEXT NOT NULL
);
CREATE TABLE tecnico (
    id_tecnico INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    nivel TEXT NOT NULL,
    id_supervisor INTEGER REFERENCES tecnico(id_tecnico),
    data_admissao DATE NOT NULL
);
CREATE TABLE instrumento (
    id_instrumento INTEGER PRIMARY KEY,
    id_cliente INTEGER NOT NULL REFERENCES cliente(id_cliente),
    tipo TEXT NOT NULL,
    fabricante TEXT NOT NULL,
    numero_serie TEXT NOT NULL
);
CREATE TABLE padrao (
    id_padrao INTEGER PRIMARY KEY,
    descricao TEXT NOT NULL,
    codigo TEXT NOT NULL,
    data_validade DATE NOT NULL
);
CREATE TABLE calibracao (
    id_calibracao INTEGER PRIMARY KEY,
    id_instrumento INTEGER NOT NULL REFERENCES instrumento(id_instrumento),
    id_tecnico INTEGER NOT NULL REFERENCES tecnico(id_tecnico),
    data_calibracao DATE NOT NULL,
    resultado TEXT NOT NULL,
    valor REAL NOT NULL,
    data_vencimento DATE NOT NULL,
    observacao TEXT
);
CREATE TABLE calibracao_padrao (
    id_calibracao INTEGER NOT NULL REFERENCES calibracao(id_calibracao),
    id_padrao INTEGER NOT NULL REFERENCES padrao(id_padrao),
    PRIMARY KEY (id_calibracao, id_padrao)
);
"""


def build_calibracao(path: Path) -> None:
    r = random.Random(7904)
    c = fresh_db(path, CALIBRACAO_DDL)
    clientes = [
        ("Metalúrgica Santa Rita", "Campinas", "metalurgia"),
        ("Usina Boa Vista", "Ribeirão Preto", "energia"),
        ("Petroquímica Sul", "Canoas", "química"),
        ("Hospital São Lucas", "Porto Alegre", "saúde"),
        ("Auto Peças Piracicaba", "Piracicaba", "automotivo"),
        ("Laticínios Serra Azul", "Juiz de Fora", "alimentos"),
        ("Cervejaria Vale Verde", "Blumenau", "alimentos"),
        ("Fundição Minas", "Betim", "metalurgia"),
        ("Eólica Costa Branca", "Natal", "energia"),
        ("Farmacêutica Aurora", "Anápolis", "farmacêutico"),
        ("Plásticos Jundiaí", "Jundiaí", "química"),
        ("Construtora Horizonte", "Belo Horizonte", "construção"),
        ("Termelétrica Pecém", "Fortaleza", "energia"),
        ("Frigorífico Pampa", "Pelotas", "alimentos"),
        ("Aeroespacial Vale", "São José dos Campos", "aeroespacial"),
        ("Estaleiro Atlântico", "Niterói", "naval"),
        ("Siderúrgica Tubarão", "Vitória", "metalurgia"),
        ("Papel e Celulose Rio Doce", "Ipatinga", "papel"),
        ("Hidrelétrica Paranapanema", "Ourinhos", "energia"),
        ("Têxtil Americana", "Americana", "têxtil"),
        ("Vidros Cristal", "Caxias do Sul", "química"),
        ("Laboratório Bio Análise", "Curitiba", "saúde"),
        ("Motores Joinville", "Joinville", "automotivo"),
        ("Cimento Itaú", "Sete Lagoas", "construção"),
        ("Refinaria Capuava", "Mauá", "química"),
        ("Açúcar Guarani", "Olímpia", "alimentos"),
        ("Solar Sertão", "Petrolina", "energia"),
        ("Elevadores Paulista", "São Paulo", "construção"),
        ("Clínica Vida", "Recife", "saúde"),
        ("Borrachas Camaçari", "Camaçari", "química"),
        ("Implementos Agrícolas Passo Fundo", "Passo Fundo", "agrícola"),
        ("Gráfica Central", "São Paulo", "papel"),
    ]
    insert(c, "cliente", [(i + 1, *x) for i, x in enumerate(clientes)])

    nomes = [
        "Ana Souza",
        "Bruno Carvalho",
        "Carla Mendes",
        "Diego Ferreira",
        "Eduarda Lima",
        "Fábio Rocha",
        "Gabriela Nunes",
        "Henrique Alves",
        "Isabela Costa",
        "João Pereira",
        "Karina Ribeiro",
        "Lucas Martins",
        "Mariana Gomes",
        "Nelson Barbosa",
        "Otávio Teixeira",
        "Paula Cardoso",
        "Rafael Moreira",
        "Sabrina Dias",
        "Thiago Araújo",
        "Vanessa Castro",
        "Wagner Pinto",
        "Yasmin Correia",
        "André Monteiro",
        "Beatriz Freitas",
        "Caio Batista",
        "Débora Vieira",
        "Felipe Moura",
        "Helena Campos",
        "Igor Duarte",
        "Júlia Ramos",
    ]
    tecs = [(1, nomes[0], "senior", None, "2012-02-01")]
    for i in range(2, 5):
        tecs.append((i, nomes[i - 1], "senior", 1, day_between(r, D(2013, 1, 1), D(2018, 12, 31)).isoformat()))
    for i in range(5, 13):
        tecs.append((i, nomes[i - 1], "pleno", 2 + (i % 3), day_between(r, D(2016, 1, 1), D(2021, 12, 31)).isoformat()))
    for i in range(13, 31):
        sup = 5 + (i % 8) if i != 30 else 3
        tecs.append((i, nomes[i - 1], "junior", sup, day_between(r, D(2020, 1, 1), D(2025, 3, 31)).isoformat()))
    insert(c, "tecnico", tecs)

    tipos = [
        ("manômetro", ["Wika", "Salcas", "Zurich"]),
        ("paquímetro", ["Mitutoyo", "Starrett", "Digimess"]),
        ("micrômetro", ["Mitutoyo", "Starrett"]),
        ("multímetro", ["Fluke", "Minipa", "Keysight"]),
        ("termômetro", ["Testo", "Incoterm", "Fluke"]),
        ("balança", ["Toledo", "Marte", "Shimadzu"]),
        ("torquímetro", ["Gedore", "Tramontina", "Norbar"]),
        ("transmissor de pressão", ["Emerson", "Yokogawa"]),
    ]
    insts = []
    for i in range(1, 151):
        t, fabs = tipos[r.randrange(len(tipos))]
        insts.append((i, r.randrange(1, 31), t, r.choice(fabs), f"{r.choice('ABKMXZ')}{r.randrange(100000, 999999)}"))
    insert(c, "instrumento", insts)  # clients 31 and 32 own no instruments

    padroes = []
    descs = [
        "Bloco-padrão",
        "Manômetro padrão digital",
        "Calibrador multifunção",
        "Termômetro padrão PT100",
        "Conjunto de massas padrão",
        "Torquímetro padrão",
        "Anel padrão",
        "Banho termostático",
        "Balança de pesos mortos",
        "Década resistiva",
    ]
    for i in range(1, 31):
        dsc = descs[(i - 1) % len(descs)]
        val = day_between(r, D(2024, 9, 1), D(2026, 6, 30))
        if i in (4, 13, 27):
            val = day_between(r, D(2025, 1, 10), D(2025, 5, 31))
        padroes.append((i, f"{dsc} {(i - 1) // len(descs) + 1}", f"PD-{i:03d}", val.isoformat()))
    insert(c, "padrao", padroes)

    cals, links = [], []
    precos = {
        "manômetro": 180.0,
        "paquímetro": 95.0,
        "micrômetro": 110.0,
        "multímetro": 220.0,
        "termômetro": 150.0,
        "balança": 320.0,
        "torquímetro": 260.0,
        "transmissor de pressão": 390.0,
    }
    intervalo = {x[0]: r.choice([180, 365, 365, 365, 730]) for x in insts}  # days between calibrations
    for i in range(1, 301):
        inst = insts[r.randrange(140)] if i > 140 else insts[i - 1]  # instruments 141-150 never calibrated
        d = day_between(r, START, LAST)
        tec = r.randrange(2, 30) if i % 41 else 30
        res = r.choices(["aprovado", "ajustado", "reprovado"], weights=[75, 17, 8])[0]
        venc = d + dt.timedelta(days=intervalo[inst[0]])
        obs = (
            None
            if r.random() < 0.7
            else r.choice(
                [
                    "fora da tolerância no ponto máximo",
                    "limpeza realizada",
                    "selo de calibração substituído",
                    "cliente acompanhou",
                ]
            )
        )
        if res == "reprovado":
            obs = "fora da tolerância no ponto máximo"
        cals.append(
            [
                None,
                inst[0],
                tec,
                d.isoformat(),
                res,
                round(precos[inst[2]] * r.uniform(0.9, 1.3), 2),
                venc.isoformat(),
                obs,
            ]
        )
    cals.sort(key=lambda x: x[3])
    for i, x in enumerate(cals):
        x[0] = i + 1
        for p in r.sample(range(1, 31), r.choice([1, 1, 1, 2])):
            if p == 22:
                p = 21
            links.append((i + 1, p))
    links = sorted(set(links))
    insert(c, "calibracao", [tuple(x) for x in cals])
    insert(c, "calibracao_padrao", links)
    done(c)


# ------------------------------------------------------------------------------------------------ pcbassembly
PCB_DDL = """
CREATE TABLE customer (
    customer_id INTEGER PRIMARY KEY,
    customer_name TEXT NOT NULL,
    country TEXT NOT NULL
);
CREATE TABLE part_type (
    type_code TEXT PRIMARY KEY,
    type_name TEXT NOT NULL
);
CREATE TABLE wo_status (
    status_code TEXT PRIMARY KEY,
    status_name TEXT NOT NULL
);
CREATE TABLE board (
    board_id INTEGER PRIMARY KEY,
    board_code TEXT NOT NULL,
    board_name TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
    layers INTEGER NOT NULL,
    width_mm REAL NOT NULL,
    height_mm REAL NOT NULL
);
CREATE TABLE part (
    part_id INTEGER PRIMARY KEY,
    mpn TEXT NOT NULL,
    manufacturer TEXT NOT NULL,
    type_code TEXT NOT NULL REFERENCES part_type(type_code),
    unit_cost_cents INTEGER NOT NULL,
    lead_time_days INTEGER
);
CREATE TABLE bom (
    board_id INTEGER NOT NULL REFERENCES board(board_id),
    part_id INTEGER NOT NULL REFERENCES part(part_id),
    qty_per_board INTEGER NOT NULL,
    PRIMARY KEY (board_id, part_id)
);
CREATE TABLE work_order (
    wo_id INTEGER PRIMARY KEY,
    wo_number TEXT NOT NULL,
    board_id INTEGER NOT NULL REFERENCES board(board_id),
    qty INTEGER NOT NULL,
    ordered_on DATE NOT NULL,
    due_on DATE NOT NULL,
    shipped_on DATE,
    status_code TEXT NOT NULL REFERENCES wo_status(status_code),
    price_cents INTEGER NOT NULL
);
CREATE TABLE defect (
    defect_id INTEGER PRIMARY KEY,
    wo_id INTEGER NOT NULL REFERENCES work_order(wo_id),
    found_on DATE NOT NULL,
    defect_type TEXT NOT NULL,
    boards_affected INTEGER NOT NULL
);
"""


def build_pcbassembly(path: Path) -> None:
    r = random.Random(7905)
    c = fresh_db(path, PCB_DDL)
    custs = [
        ("Arcturus Robotics", "USA"),
        ("Bellweather Audio", "UK"),
        ("Cobalt Medical Devices", "USA"),
        ("Dynamo Drives", "Germany"),
        ("Evergreen Sensors", "Canada"),
        ("Fathom Marine Electronics", "USA"),
        ("Gridline Energy", "USA"),
        ("Halcyon Lighting", "Mexico"),
        ("Ion Charge Systems", "USA"),
        ("Juniper Telecom", "Canada"),
        ("Kestrel Avionics", "USA"),
        ("Lattice Instruments", "UK"),
        ("Meridian Agritech", "USA"),
        ("Nimbus Drones", "USA"),
        ("Orca Water Controls", "Canada"),
        ("Pinnacle Security", "USA"),
        ("Quasar Labs", "Germany"),
        ("Redwood Smart Home", "USA"),
        ("Sable Motorsport", "UK"),
        ("Tidewater Pumps", "USA"),
        ("Umbra Optics", "Mexico"),
        ("Vector Rail Systems", "USA"),
        ("Wavecrest Solar", "USA"),
        ("Xylo Musical", "Canada"),
        ("Yardley Fitness", "USA"),
        ("Zephyr HVAC", "USA"),
        ("Atlas Battery Tech", "Mexico"),
        ("Beacon IoT", "USA"),
        ("Cirrus Weather", "Canada"),
        ("Delta Test Equipment", "USA"),
    ]
    insert(c, "customer", [(i + 1, *x) for i, x in enumerate(custs)])
    insert(
        c,
        "part_type",
        [
            ("R", "resistor"),
            ("C", "capacitor"),
            ("I", "integrated circuit"),
            ("D", "diode"),
            ("L", "inductor"),
            ("X", "connector"),
            ("Q", "transistor"),
        ],
    )
    insert(
        c,
        "wo_status",
        [("O", "open"), ("K", "kitting"), ("A", "in assembly"), ("T", "in test"), ("S", "shipped"), ("X", "cancelled")],
    )
    kinds = [
        "motor controller",
        "sensor node",
        "power supply",
        "main board",
        "display driver",
        "charger",
        "gateway",
        "LED driver",
        "interface board",
        "battery management board",
    ]
    boards = []
    for i in range(1, 49):
        cust = i if i <= 28 else r.randrange(1, 29)  # customers 29 and 30 have no boards yet
        boards.append(
            (
                i,
                f"PCB-{2000 + i * 3}",
                f"{kinds[r.randrange(len(kinds))]} rev {r.choice('ABCD')}",
                cust,
                r.choice([2, 2, 4, 4, 4, 6, 8]),
                float(r.randrange(30, 220)),
                float(r.randrange(25, 160)),
            )
        )
    insert(c, "board", boards)

    mfrs = {
        "R": ["Yageo", "Vishay", "Panasonic"],
        "C": ["Murata", "TDK", "KEMET"],
        "I": ["Texas Instruments", "STMicroelectronics", "Microchip", "NXP", "Analog Devices"],
        "D": ["Nexperia", "onsemi", "Diodes Inc"],
        "L": ["Bourns", "Coilcraft", "Wurth"],
        "X": ["Molex", "TE Connectivity", "Amphenol"],
        "Q": ["Infineon", "onsemi", "Nexperia"],
    }
    cost = {"R": (1, 4), "C": (1, 30), "I": (45, 1450), "D": (3, 40), "L": (12, 180), "X": (25, 420), "Q": (4, 95)}
    parts = []
    types = "RRRRCCCCIIIIIDDLXXQQ"
    for i in range(1, 91):
        t = types[(i * 7) % len(types)]
        lo, hi = cost[t]
        uc = r.randrange(lo, hi + 1)
        if i == 57:
            t, uc = "I", 2380
        parts.append(
            (
                i,
                f"{t}{r.randrange(10000, 99999)}-{r.choice(['A', 'B', 'TR', 'ND'])}",
                r.choice(mfrs[t]),
                t,
                uc,
                r.choice([None, 7, 14, 28, 42, 56, 84, 112]) if t in "IXL" else r.choice([None, 7, 14]),
            )
        )
    insert(c, "part", parts)

    bom = []
    for b in boards:
        n = r.randrange(5, 12)
        for p in r.sample(range(1, 88), n):  # parts 88-90 are on no BOM
            t = parts[p - 1][3]
            q = r.randrange(4, 60) if t in "RC" else r.randrange(1, 5)
            bom.append((b[0], p, q))
    insert(c, "bom", bom)

    wos = []
    for _ in range(1, 231):
        b = boards[r.randrange(46)]  # boards 47, 48 never ordered
        od = day_between(r, START, LAST)
        qty = r.choice([25, 50, 100, 100, 250, 500, 1000, 2000])
        due = od + dt.timedelta(days=r.choice([21, 28, 35, 42, 56]))
        age = (LAST - od).days
        if age > 70:
            st = r.choices("SX", weights=[93, 7])[0]
        elif age > 40:
            st = r.choices("STAX", weights=[50, 25, 20, 5])[0]
        else:
            st = r.choices("OKAT", weights=[35, 30, 25, 10])[0]
        shipped = None
        if st == "S":
            sd = due + dt.timedelta(days=r.randrange(-10, 9))
            shipped = min(sd, LAST).isoformat()
        price = qty * r.randrange(900, 9500)
        wos.append([None, None, b[0], qty, od.isoformat(), due.isoformat(), shipped, st, price])
    wos.sort(key=lambda x: x[4])
    for i, w in enumerate(wos):
        w[0] = i + 1
        w[1] = f"WO-{w[4][:4]}-{i + 1:04d}"
    insert(c, "work_order", [tuple(w) for w in wos])

    defects = []
    dtypes = [
        "solder bridge",
        "tombstone",
        "missing component",
        "wrong polarity",
        "insufficient solder",
        "component shift",
        "lifted lead",
        "solder ball",
    ]
    did = 0
    for w in wos:
        if w[7] not in "STA" or r.random() < 0.45:
            continue
        for _ in range(r.randrange(1, 4)):
            did += 1
            fd = D.fromisoformat(w[4]) + dt.timedelta(days=r.randrange(7, 30))
            if w[6]:
                fd = min(fd, D.fromisoformat(w[6]))
            fd = min(fd, LAST)
            defects.append((did, w[0], fd.isoformat(), r.choice(dtypes), r.randrange(1, max(2, w[3] // 40))))
    insert(c, "defect", defects)
    done(c)


# ------------------------------------------------------------------------------------------------- geothermal
GEOTHERMAL_DDL = """
CREATE TABLE engineer (
    pk_engineer INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    discipline TEXT NOT NULL,
    fk_reports_to INTEGER REFERENCES engineer(pk_engineer),
    hired_on DATE NOT NULL
);
CREATE TABLE well (
    pk_well INTEGER PRIMARY KEY,
    well_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    depth_m INTEGER NOT NULL,
    drilled_on DATE NOT NULL,
    pad TEXT NOT NULL
);
CREATE TABLE well_test (
    pk_test INTEGER PRIMARY KEY,
    fk_well INTEGER NOT NULL REFERENCES well(pk_well),
    fk_engineer INTEGER NOT NULL REFERENCES engineer(pk_engineer),
    test_date DATE NOT NULL,
    flow_kg_s REAL NOT NULL,
    wellhead_temp_c REAL NOT NULL,
    wellhead_pressure_bar REAL NOT NULL
);
CREATE TABLE maintenance_job (
    pk_job INTEGER PRIMARY KEY,
    fk_well INTEGER NOT NULL REFERENCES well(pk_well),
    fk_engineer INTEGER NOT NULL REFERENCES engineer(pk_engineer),
    job_type TEXT NOT NULL,
    opened_on DATE NOT NULL,
    closed_on DATE,
    cost_pence INTEGER
);
CREATE TABLE chemical_dose (
    pk_dose INTEGER PRIMARY KEY,
    fk_well INTEGER NOT NULL REFERENCES well(pk_well),
    dosed_on DATE NOT NULL,
    inhibitor TEXT NOT NULL,
    volume_l REAL NOT NULL
);
"""


def build_geothermal(path: Path) -> None:
    r = random.Random(7906)
    c = fresh_db(path, GEOTHERMAL_DDL)
    names = _names(r, 32, FIRST_NAMES, LAST_NAMES)
    engs = [(1, names[0], "operations", None, "2011-05-03")]
    disciplines = ["reservoir", "drilling", "mechanical", "chemistry", "instrumentation"]
    for i in range(2, 7):
        engs.append(
            (i, names[i - 1], disciplines[i - 2], 1, day_between(r, D(2012, 1, 1), D(2017, 12, 31)).isoformat())
        )
    for i in range(7, 33):
        lead = 2 + (i % 5)
        engs.append(
            (i, names[i - 1], disciplines[lead - 2], lead, day_between(r, D(2016, 1, 1), D(2025, 2, 28)).isoformat())
        )
    insert(c, "engineer", engs)

    pads = ["North", "East", "South", "West", "Ridge"]
    wells = []
    for i in range(1, 37):
        kind = "injection" if i % 3 == 0 else "production"
        status = "plugged" if i in (5, 23) else ("shut-in" if i in (8, 14, 30, 33) else "active")
        depth = r.randrange(1400, 3600) if i != 17 else 4120
        pad = pads[(i - 1) % 5]
        wells.append(
            (
                i,
                f"{pad[0]}{pad[1].upper()}-{i:02d}",
                kind,
                status,
                depth,
                day_between(r, D(2004, 1, 1), D(2021, 12, 31)).isoformat(),
                pad,
            )
        )
    insert(c, "well", wells)

    tests = []
    for _ in range(1, 331):
        w = wells[r.randrange(36)]
        if w[3] == "plugged":
            w = wells[0]
        d = day_between(r, START, LAST)
        e = r.randrange(7, 33)
        if w[2] == "production":
            flow = round(r.uniform(20, 95), 1)
            temp = round(r.uniform(160, 245), 1)
            pres = round(r.uniform(6, 22), 1)
        else:
            flow = round(r.uniform(30, 120), 1)
            temp = round(r.uniform(70, 130), 1)
            pres = round(r.uniform(2, 12), 1)
        tests.append((None, w[0], e, d.isoformat(), flow, temp, pres))
    tests.sort(key=lambda x: x[3])
    insert(c, "well_test", [(i + 1, *t[1:]) for i, t in enumerate(tests)])

    jtypes = [
        "scale removal",
        "wellhead valve replacement",
        "casing inspection",
        "pump overhaul",
        "logging run",
        "workover",
    ]
    jobs = []
    for _ in range(1, 181):
        w = wells[r.randrange(36)]
        od = day_between(r, START, LAST)
        jt = r.choice(jtypes)
        age = (LAST - od).days
        closed = None
        if age > 60 or r.random() < 0.4:
            cd = od + dt.timedelta(days=r.randrange(1, 45))
            closed = cd.isoformat() if cd <= LAST else None
        cost = r.randrange(150000, 9000000) if jt == "workover" else r.randrange(20000, 1500000)
        if closed is None and r.random() < 0.5:
            cost = None
        jobs.append((None, w[0], r.randrange(7, 33), jt, od.isoformat(), closed, cost))
    jobs.sort(key=lambda x: x[4])
    insert(c, "maintenance_job", [(i + 1, *j[1:]) for i, j in enumerate(jobs)])

    inhibitors = ["Scaletrol 420", "GeoGuard PX", "Silicatrol 9", "Nalco GT-77"]
    doses = []
    prod_active = [w for w in wells if w[2] == "production" and w[3] == "active"]
    for _ in range(1, 261):
        w = prod_active[r.randrange(len(prod_active) - 2)]  # the last two active producers never dosed
        doses.append(
            (None, w[0], day_between(r, START, LAST).isoformat(), r.choice(inhibitors), round(r.uniform(40, 900), 1))
        )
    doses.sort(key=lambda x: x[2])
    insert(c, "chemical_dose", [(i + 1, *d[1:]) for i, d in enumerate(doses)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "moulding": build_moulding,
    "cellplant": build_cellplant,
    "biogas": build_biogas,
    "calibracao": build_calibracao,
    "pcbassembly": build_pcbassembly,
    "geothermal": build_geothermal,
}
