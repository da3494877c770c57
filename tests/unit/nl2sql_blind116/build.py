"""Six synthetic databases of manufacturing, engineering and industrial IoT for the 116th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Dates are ISO text ('YYYY-MM-DD'), timestamps 'YYYY-MM-DD HH:MM[:SS]' local plant time,
except in ``heattreat`` where times are epoch milliseconds (UTC).  Shift codes everywhere: 'A' = early shift
(06:00-14:00), 'B' = late shift (14:00-22:00), 'C' = night shift (22:00-06:00).

extrusion -- an aluminium extrusion plant (snake_case, unit-suffixed columns), 2024-01-01 to 2025-06-14
    alloys: the aluminium alloys pressed.  alloy_code: the alloy's name ('6060', '6063', '6061', '6082', '7020');
        family: its chemistry ('Al-Mg-Si', ...); density_g_cm3: density in g/cm3; billet_temp_min_c /
        billet_temp_max_c: the allowed billet temperature range in °C.
    presses: the extrusion presses.  press_id; press_name ('P1 Breda' ... 'P5 Schloemann'); capacity_t: press force
        in tonnes; container_dia_mm: container (billet) diameter in mm; commissioned_year; is_active: 1 = in use,
        0 = decommissioned (P5 stopped in April 2024).
    dies: the extrusion dies, one per profile.  die_id; die_no ('D-1035'); profile_name: the profile the die makes
        ('Heat sink 120 fin'); cavities: profiles pushed per stroke; weight_kg_per_m: the profile's linear mass in
        kg per metre; made_on: date; status: 'ACT' = in service, 'NIT' = away for nitriding, 'SCR' = scrapped.
        Some dies have never been used.
    operators: press operators.  operator_id; first_name; last_name; shift: their shift ('A'/'B'/'C'); hired_on;
        left_on: date they left (NULL = still employed).
    press_runs: one press's production on one shift of one day (no runs on Sundays).  run_id; press_id -> presses;
        die_id -> dies; alloy_code -> alloys; operator_id -> operators; shift ('A'/'B'/'C'); run_date; billets:
        number of billets pressed; billet_len_mm: billet length in mm; billet_temp_c: billet temperature in °C;
        peak_pressure_kpa: peak ram pressure in kPa; ram_speed_mm_s: ram speed in mm/s; runtime_min: minutes of
        pressing; output_mass_kg: good extruded mass in kg; scrap_mass_kg: scrapped mass (butts, ends, rejects) in
        kg.
    downtime_reasons: lookup.  reason_code: 'DIE' die change, 'PM' planned maintenance, 'CLN' cleaning, 'BRK'
        breakdown, 'MAT' waiting for billets, 'QC' quality hold; description; planned: 1 = planned stop
        (DIE, PM, CLN), 0 = unplanned.
    downtime: press stops.  downtime_id; press_id -> presses; reason_code -> downtime_reasons; start_ts
        ('YYYY-MM-DD HH:MM'); duration_min: minutes; note: free text, often NULL.

heattreat -- a heat-treatment shop's furnaces and their sensors (IoT export: NO declared foreign keys; tables are
    related by the same column names: furnace_id, metric_code, recipe_code).  Times are epoch milliseconds UTC.
    furnace: furnace_id ('F01'..'F07'); furnace_name ('Vacuum 1', 'Box 1', 'Pit carburiser', 'Belt line',
        'Vacuum 2', 'Box 2', 'Nitriding pit'); furnace_type: 'vacuum', 'box', 'pit' or 'belt'; max_temp_c: maximum
        temperature in °C; install_year.
    metric: lookup of the sensor metrics.  metric_code: 'TEMP' temperature (unit '°C'), 'O2' oxygen ('ppm'), 'CP'
        carbon potential ('%C'), 'PWR' power draw ('kW'), 'VAC' vacuum pressure ('mbar'); metric_name; unit.
    reading: long-format sensor readings, one row per reading, about three per furnace and metric a day from
        2025-03-01 to 2025-06-14 (a few samples missing).  furnace_id; metric_code; ts_ms: epoch milliseconds;
        value: in the metric's unit.  Vacuum furnaces report TEMP, VAC, PWR; box furnaces and the nitriding pit TEMP,
        O2, PWR; the pit carburiser and the belt line TEMP, CP, PWR.
    recipe: heat-treatment recipes.  recipe_code ('QT-42CR'); recipe_name ('Quench & temper 42CrMo4'); process:
        'hardening', 'tempering', 'annealing', 'carburizing' or 'nitriding'; setpoint_c: set temperature in °C;
        soak_min: soak time at temperature in minutes.  Two recipes have never been run.
    batch: furnace loads, 2024-01-01 to 2025-06-14.  batch_id; furnace_id; recipe_code; operator: the operator's
        full name; load_kg: load mass in kg; start_ms / end_ms: epoch ms (end_ms NULL = still in the furnace);
        result: 'OK', 'RWK' = needs rework, 'SCR' = scrapped, NULL while still running.
    alarm: furnace alarms from 2024-06-01.  alarm_id; furnace_id; metric_code: the metric that tripped; ts_ms;
        severity: 'INFO', 'WARN' or 'CRIT' (critical); message; ack_ms: epoch ms when acknowledged (NULL = not yet
        acknowledged).

weldcells -- robotic welding cells making automotive parts (PascalCase names), jobs 2024-07-01 to 2025-06-14
    Cell: CellId; CellName ('MIG-1'..'MIG-4', 'TIG-1', 'SPOT-1', 'SPOT-2', 'LASER-1'); Process: 'MIG', 'TIG', 'Spot'
        or 'Laser'; RobotModel ('Fanuc ARC Mate 100iD'); CommissionedOn: date.
    Part: PartNo ('SF-1001'); PartName ('Front subframe LH'); Customer: the carmaker ('Volvo Cars', 'Scania',
        'DAF', 'Stellantis'); SeamCount: welds/seams per part; MassKg: part mass in kg.  Some parts were never
        welded yet.
    WeldJob: one welded part (weekdays only).  JobId; CellId -> Cell; PartNo -> Part; Shift ('A'/'B'/'C', by the
        start hour); StartedAt ('YYYY-MM-DD HH:MM:SS'); CycleTimeS: cycle time in seconds; WireUsedG: filler wire
        used in grams (NULL for spot and laser cells); AvgCurrentA: average weld current in amperes; AvgVoltageV:
        average arc voltage in volts (both NULL for the laser cell).
    Inspector: InspectorId; FirstName; LastName; CertLevel: weld-inspection certification level 1-3 (3 highest).
    Inspection: a sampled job's inspection (about a quarter of jobs, at most one inspection each).  InspectionId;
        JobId -> WeldJob; InspectorId -> Inspector; InspectedAt ('YYYY-MM-DD HH:MM:SS'); Method: 'VIS' visual,
        'UT' ultrasonic, 'XR' X-ray; Result: 'PASS' or 'FAIL' (FAIL when a major or critical defect was found).
    DefectType: lookup.  DefectCode: 'POR' porosity, 'UCT' undercut, 'CRK' crack, 'SPT' spatter, 'LOF' lack of
        fusion, 'BRN' burn-through, 'MIS' misalignment; DefectName.
    Severity: lookup.  SeverityCode: 'MIN' minor, 'MAJ' major, 'CRT' critical; SeverityName; SeverityRank (1-3,
        3 worst).
    Defect: defects found by an inspection.  DefectId; InspectionId -> Inspection; DefectCode -> DefectType;
        SeverityCode -> Severity; SeamNo: which seam of the part; LengthMm: defect length in mm.

plantmaint -- maintenance (CMMS) of a beverage plant, work orders 2024-01-01 to 2025-06-14
    asset: the equipment hierarchy (self-reference): one SITE ('Plant Eindhoven'), its LINEs ('Filling Line',
        'Packaging Line', 'Utilities', 'Mixing Line'), each line's MACHINEs ('Bottle Filler', 'Labeller', 'Steam
        Boiler' ...) and some machines' COMPONENTs ('Labeller Glue Pump').  asset_id; asset_tag ('PAK-LABL');
        asset_name; asset_class: 'SITE', 'LINE', 'MACHINE' or 'COMPONENT'; parent_asset_id -> asset (the site for
        a line, the line for a machine, the machine for a component; NULL for the site); criticality: 'A' (most
        critical), 'B', 'C' (NULL for the site and lines; components share their machine's); install_date
        (machines only); rated_power_kw: machine's rated power in kW (machines only).
    technician: tech_id; first_name; last_name; trade: 'MECH' mechanical, 'ELEC' electrical, 'INST'
        instrumentation; hourly_rate_eur: labour rate in EUR per hour; active: 1 = employed, 0 = left.
    failure_code: lookup of failure causes.  failure_code: 'BRG' bearing failure, 'SEAL' seal leak, 'MOT' motor
        failure, 'BELT' belt wear or break, 'SENS' sensor fault, 'LUB' lubrication issue, 'ELEC' electrical fault,
        'JAM' product jam, 'VALV' valve fault; description.
    work_order: wo_id; asset_id -> asset (a machine or a component); wo_type: 'PM' preventive, 'CM' corrective
        (repair), 'INS' inspection; priority: 1 = emergency, 2 = high, 3 = normal, 4 = low; status: 'NEW', 'PLAN'
        planned, 'INPR' in progress, 'DONE' completed, 'CANC' cancelled; failure_code -> failure_code (corrective
        orders only, else NULL); description; raised_on: date raised; planned_start / planned_finish: planned
        dates; actual_start / actual_finish: actual dates (NULL until started / finished; both NULL when
        cancelled); est_hours: estimated labour hours.
    wo_labour: hours booked.  labour_id; wo_id -> work_order; tech_id -> technician; work_date; hours.
    spare_part: stores items.  part_id; part_no ('SP-4003'); part_desc; unit_cost_eur: EUR each; stock_qty: on
        hand; min_qty: reorder (minimum) level.
    wo_part: spare parts used on a work order.  wo_id -> work_order; part_id -> spare_part; qty.

airplant -- a factory's compressed-air system and its energy metering (unit-suffixed names), 2024-01-01 to
    2025-06-14
    building: building_id; building_name ('Hall A Machining', 'Hall B Assembly', 'Paint Shop', 'Warehouse',
        'Tool Room'); area_m2: floor area in m2.
    compressor: comp_id; comp_name ('GA75 North', 'ZR160 Central', 'Piston Backup' ...); make; model; drive:
        'fixed' (fixed speed) or 'VSD' (variable speed drive); rated_kw: rated motor power in kW; fad_m3_min: free
        air delivery in m3/min; install_year; building_id -> building (where it stands).
    daily_log: one row per compressor per day it was logged (logger gaps leave days out; the backup compressor has
        rows only on days it ran).  log_date; comp_id -> compressor; runtime_h: hours running that day; load_h:
        hours of it on load; energy_kwh: electricity used in kWh; avg_pressure_bar: average discharge pressure in
        bar (NULL when it did not run).
    tariff: electricity prices.  tariff_id; valid_from / valid_to: dates the price applies (valid_to NULL =
        still current); price_eur_kwh: EUR per kWh.
    leak_survey: ultrasonic leak surveys.  survey_id; survey_date; surveyor: the contractor.
    leak: a leak tagged by a survey.  leak_id; survey_id -> leak_survey; building_id -> building; location: where
        (free text); leak_flow_l_min: estimated leak flow in litres per minute; size_class: 'S' small (< 30 l/min),
        'M' medium (30-120), 'L' large (>= 120); repaired_on: date fixed (NULL = not repaired yet).
    service_visit: compressor servicing.  visit_id; comp_id -> compressor; visit_date; visit_type: 'A-service'
        (minor), 'B-service' (major) or 'repair'; cost_eur; runtime_h_at_visit: hour-meter reading in hours (NULL
        for repairs).

gaugecrib -- a plant's gauge crib and calibration records (abbreviated names: _cd code, _nm name, _dt date),
    calibrations 2022 to 2025-06-14, checkouts 2024-06-01 to 2025-06-14
    dept: dept_cd ('MACH', 'ASSY', 'QA', 'TOOL', 'MNT'); dept_nm ('Machining', 'Assembly', 'Quality Assurance',
        'Toolroom', 'Maintenance').
    gauge_type: type_cd: 'MIC' outside micrometer, 'CAL' caliper, 'DIG' dial indicator, 'PLG' plug gauge, 'TW'
        torque wrench, 'PRG' pressure gauge, 'HGT' height gauge; type_desc.
    cal_vendor: who calibrates.  vendor_id; vendor_nm ('In-house metrology lab', 'TorqueCal Ltd' ...); is_ext:
        1 = external vendor, 0 = the in-house lab; accredited: 1 = accredited (ISO 17025) lab.
    gauge: the measuring instruments.  gauge_id; asset_no: the gauge's label ('G-1409'); type_cd -> gauge_type;
        maker; range_lo / range_hi: measuring range in the gauge's uom; uom: 'mm', 'Nm' or 'bar'; res_um:
        resolution in micrometres (µm; NULL for plug gauges, torque wrenches and pressure gauges); cal_int_days:
        calibration interval in days; dept_cd -> dept (the owning department); status: 'ACT' active, 'QRN'
        quarantined, 'RET' retired, 'LOST' lost; acq_dt: date acquired.
    cal_rec: calibrations.  cal_id; gauge_id -> gauge; vendor_id -> cal_vendor; cal_dt: calibration date; due_dt:
        next calibration due date (cal_dt + interval); result_cd: 'P' pass, 'A' adjusted (out of tolerance,
        adjusted then passed), 'F' fail; as_found_err_pct: error as found, in % of tolerance (sometimes NULL);
        cost_eur: the vendor's charge (NULL for in-house calibrations).  A gauge is due again after its latest
        calibration's due_dt; some have never been calibrated.
    emp: employees who borrow gauges.  emp_id; first_nm; last_nm; dept_cd -> dept; shift ('A'/'B'/'C').
    checkout: gauges borrowed from the crib.  chk_id; gauge_id -> gauge; emp_id -> emp; out_ts / in_ts
        ('YYYY-MM-DD HH:MM'; in_ts NULL = still out).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, GIVEN, day_between, full_names, iso, write_tables

START_2024 = dt.date(2024, 1, 1)
LAST_DAY = dt.date(2025, 6, 14)
EPOCH = dt.datetime(1970, 1, 1)


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _ms(t: dt.datetime) -> int:
    return int((t - EPOCH).total_seconds() * 1000)


# ---------------------------------------------------------------------------------------------------------------
# extrusion
# ---------------------------------------------------------------------------------------------------------------

EXTRUSION_DDL = """
CREATE TABLE alloys (
    alloy_code TEXT PRIMARY KEY,
    family TEXT NOT NULL,
    density_g_cm3 REAL NOT NULL,
    billet_temp_min_c INTEGER NOT NULL,
    billet_temp_max_c INTEGER NOT NULL
);
CREATE TABLE presses (
    press_id INTEGER PRIMARY KEY,
    press_name TEXT NOT NULL,
    capacity_t INTEGER NOT NULL,
    container_dia_mm INTEGER NOT NULL,
    commissioned_year INTEGER NOT NULL,
    is_active INTEGER NOT NULL
);
CREATE TABLE dies (
    die_id INTEGER PRIMARY KEY,
    die_no TEXT NOT NULL UNIQUE,
    profile_name TEXT NOT NULL,
    cavities INTEGER NOT NULL,
    weight_kg_per_m REAL NOT NULL,
    made_on TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE operators (
    operator_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    shift TEXT NOT NULL,
    hired_on TEXT NOT NULL,
    left_on TEXT
);
CREATE TABLE press_runs (
    run_id INTEGER PRIMARY KEY,
    press_id INTEGER NOT NULL REFERENCES presses(press_id),
    die_id INTEGER NOT NULL REFERENCES dies(die_id),
    alloy_code TEXT NOT NULL REFERENCES alloys(alloy_code),
    operator_id INTEGER NOT NULL REFERENCES operators(operator_id),
    shift TEXT NOT NULL,
    run_date TEXT NOT NULL,
    billets INTEGER NOT NULL,
    billet_len_mm INTEGER NOT NULL,
    billet_temp_c REAL NOT NULL,
    peak_pressure_kpa INTEGER NOT NULL,
    ram_speed_mm_s REAL NOT NULL,
    runtime_min INTEGER NOT NULL,
    output_mass_kg REAL NOT NULL,
    scrap_mass_kg REAL NOT NULL
);
CREATE TABLE downtime_reasons (
    reason_code TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    planned INTEGER NOT NULL
);
CREATE TABLE downtime (
    downtime_id INTEGER PRIMARY KEY,
    press_id INTEGER NOT NULL REFERENCES presses(press_id),
    reason_code TEXT NOT NULL REFERENCES downtime_reasons(reason_code),
    start_ts TEXT NOT NULL,
    duration_min INTEGER NOT NULL,
    note TEXT
);
"""

_PROFILES = [
    "Window frame 42x28", "Door sash 68", "Curtain wall mullion 150", "Solar rail 40x40", "Heat sink 120 fin",
    "LED channel 17x8", "Tube 50x2", "Tube 30x1.5", "Flat bar 40x5", "Angle 30x30x3", "T-slot 45x45",
    "T-slot 30x30", "Handrail round 42", "Shower rail 25", "Truck floor plank", "Bus side rail", "Ladder stile 76",
    "Greenhouse gutter", "Skirting 80", "Shelf bracket 35", "Battery tray rib", "Crash box 90", "Bumper beam 110",
    "Roof rail 32", "Blind head rail", "Garage door panel", "Fence picket 20", "Decking joist 60",
    "Scaffold tube 48.3", "Conveyor guide 25", "Motor housing 140", "Busbar 60x10", "Mosquito frame 9",
    "Cable tray side", "Sliding track 22", "Glazing bead 18", "Transom 76", "Hinge profile 14", "Rail clip 12",
    "Box section 80x40",
]  # fmt: skip


def build_extrusion(path: Path) -> None:
    r = random.Random(11601)
    alloys = [
        ("6060", "Al-Mg-Si", 2.70, 450, 500),
        ("6063", "Al-Mg-Si", 2.69, 460, 510),
        ("6061", "Al-Mg-Si-Cu", 2.70, 470, 520),
        ("6082", "Al-Si-Mg-Mn", 2.71, 480, 530),
        ("7020", "Al-Zn-Mg", 2.78, 440, 490),
    ]
    alloy_w = [40, 30, 8, 17, 5]
    presses = [
        (1, "P1 Breda", 1800, 178, 1998, 1),
        (2, "P2 SMS Meer", 2500, 203, 2007, 1),
        (3, "P3 Ube", 3200, 254, 2003, 1),
        (4, "P4 Presezzi", 2200, 190, 2016, 1),
        (5, "P5 Schloemann", 1600, 165, 1986, 0),
    ]
    dies = []
    for i, prof in enumerate(_PROFILES, start=1):
        made = day_between(r, dt.date(2019, 1, 1), dt.date(2025, 4, 30))
        status = "ACT"
        if i in (7, 15, 22, 31):
            status = "SCR"
        elif i in (4, 19, 27):
            status = "NIT"
        dies.append((i, f"D-{1000 + i * 7}", prof, r.choice([1, 1, 1, 2, 2, 4]), round(r.uniform(0.25, 4.6), 3),
                     iso(made), status))  # fmt: skip
    never_used = {12, 26, 33, 38, 40}
    die_weights = {d[0]: (0 if d[0] in never_used else (60 if d[0] == 5 else (25 if d[0] in (1, 9, 17) else
                   r.randint(3, 14)))) for d in dies}  # fmt: skip
    die_ids = list(die_weights)
    names = full_names(r, 20)
    operators = []
    shifts = ["A", "B", "C"]
    for i, name in enumerate(names, start=1):
        first, last = name.split(" ")
        hired = day_between(r, dt.date(2008, 1, 1), dt.date(2023, 12, 31))
        left = None
        if i in (4, 11):
            left = dt.date(2025, 2, 14) if i == 4 else dt.date(2024, 10, 31)
        if i == 19:
            hired = dt.date(2025, 3, 3)
        operators.append((i, first, last, shifts[(i - 1) % 3], iso(hired), iso(left)))
    runs = []
    run_id = 0
    for day in _days(START_2024, LAST_DAY):
        for press in presses:
            pid = press[0]
            if pid == 5 and day > dt.date(2024, 4, 12):
                continue
            if day.weekday() == 6:
                continue
            for sh in shifts:
                p_run = {1: 0.45, 2: 0.6, 3: 0.55, 4: 0.5, 5: 0.35}[pid]
                if sh == "C":
                    p_run *= 0.7
                if r.random() > p_run:
                    continue
                ops = [o for o in operators if o[3] == sh and o[4] <= iso(day) and (o[5] is None or o[5] >= iso(day))]
                if pid == 4 and sh == "A" and 12 in [o[0] for o in ops]:
                    ops = [o for o in ops if o[0] != 12]
                op = r.choice(ops)
                die_id = r.choices(die_ids, weights=[die_weights[d] for d in die_ids])[0]
                ai = r.choices(range(5), weights=alloy_w)[0]
                alloy = alloys[ai]
                tmin, tmax = alloy[3], alloy[4]
                temp = round(r.uniform(tmin + 3, tmax - 3), 1)
                if r.random() < 0.05:
                    temp = round(r.choice([tmin - r.uniform(2, 15), tmax + r.uniform(2, 15)]), 1)
                billets = r.randint(8, 55)
                blen = r.choice([600, 800, 800, 1000, 1000, 1100, 1200])
                radius = (press[3] - 5) / 2
                total = math.pi * radius**2 * blen * alloy[2] / 1e6 * billets
                scrap_share = r.uniform(0.06, 0.16) + (0.04 if pid == 1 else 0)
                run_id += 1
                runs.append((
                    run_id, pid, die_id, alloy[0], op[0], sh, iso(day), billets, blen, temp,
                    int(press[2] * r.uniform(7.5, 10.5)), round(r.uniform(4.0, 14.0), 1),
                    int(billets * blen / 1000 * r.uniform(2.2, 4.4)), round(total * (1 - scrap_share), 1),
                    round(total * scrap_share, 1),
                ))  # fmt: skip
    reasons = [
        ("DIE", "Die change", 1),
        ("PM", "Planned maintenance", 1),
        ("CLN", "Cleaning", 1),
        ("BRK", "Breakdown", 0),
        ("MAT", "Waiting for billets", 0),
        ("QC", "Quality hold", 0),
    ]
    notes = {"BRK": ["hydraulic leak", "puller fault", "container heater", "saw jammed", None],
             "MAT": ["billet furnace late", None], "QC": ["surface streaks", "dimension out", None]}  # fmt: skip
    downtime = []
    did = 0
    for day in _days(START_2024, LAST_DAY):
        for press in presses:
            pid = press[0]
            if pid == 5 and day > dt.date(2024, 4, 12):
                continue
            if r.random() > 0.33:
                continue
            code = r.choices([x[0] for x in reasons], weights=[40, 8, 12, 18 + (14 if pid == 3 else 0), 9, 7])[0]
            dur = {"DIE": r.randint(20, 75), "PM": r.randint(120, 480), "CLN": r.randint(15, 60),
                   "BRK": r.randint(20, 400), "MAT": r.randint(10, 120), "QC": r.randint(30, 180)}[code]  # fmt: skip
            did += 1
            ts = f"{iso(day)} {r.randint(0, 23):02d}:{r.choice([0, 10, 15, 20, 30, 40, 45, 50]):02d}"
            downtime.append((did, pid, code, ts, dur, r.choice(notes[code]) if code in notes else None))
    write_tables(path, EXTRUSION_DDL, [
        ("alloys", alloys), ("presses", presses), ("dies", dies), ("operators", operators), ("press_runs", runs),
        ("downtime_reasons", reasons), ("downtime", downtime),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# heattreat (no declared keys)
# ---------------------------------------------------------------------------------------------------------------

HEATTREAT_DDL = """
CREATE TABLE furnace (
    furnace_id TEXT PRIMARY KEY,
    furnace_name TEXT NOT NULL,
    furnace_type TEXT NOT NULL,
    max_temp_c INTEGER NOT NULL,
    install_year INTEGER NOT NULL
);
CREATE TABLE metric (
    metric_code TEXT PRIMARY KEY,
    metric_name TEXT NOT NULL,
    unit TEXT NOT NULL
);
CREATE TABLE reading (
    furnace_id TEXT NOT NULL,
    metric_code TEXT NOT NULL,
    ts_ms INTEGER NOT NULL,
    value REAL NOT NULL
);
CREATE TABLE recipe (
    recipe_code TEXT PRIMARY KEY,
    recipe_name TEXT NOT NULL,
    process TEXT NOT NULL,
    setpoint_c INTEGER NOT NULL,
    soak_min INTEGER NOT NULL
);
CREATE TABLE batch (
    batch_id INTEGER PRIMARY KEY,
    furnace_id TEXT NOT NULL,
    recipe_code TEXT NOT NULL,
    operator TEXT NOT NULL,
    load_kg REAL NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER,
    result TEXT
);
CREATE TABLE alarm (
    alarm_id INTEGER PRIMARY KEY,
    furnace_id TEXT NOT NULL,
    metric_code TEXT NOT NULL,
    ts_ms INTEGER NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    ack_ms INTEGER
);
"""


def build_heattreat(path: Path) -> None:
    r = random.Random(11602)
    furnaces = [
        ("F01", "Vacuum 1", "vacuum", 1320, 2012),
        ("F02", "Box 1", "box", 1100, 2004),
        ("F03", "Pit carburiser", "pit", 980, 1999),
        ("F04", "Belt line", "belt", 950, 2015),
        ("F05", "Vacuum 2", "vacuum", 1300, 2021),
        ("F06", "Box 2", "box", 1150, 2009),
        ("F07", "Nitriding pit", "pit", 650, 2018),
    ]
    metrics = [
        ("TEMP", "Temperature", "°C"),
        ("O2", "Oxygen", "ppm"),
        ("CP", "Carbon potential", "%C"),
        ("PWR", "Power", "kW"),
        ("VAC", "Vacuum pressure", "mbar"),
    ]
    furnace_metrics = {"F01": ["TEMP", "VAC", "PWR"], "F02": ["TEMP", "O2", "PWR"], "F03": ["TEMP", "CP", "PWR"],
                       "F04": ["TEMP", "CP", "PWR"], "F05": ["TEMP", "VAC", "PWR"], "F06": ["TEMP", "O2", "PWR"],
                       "F07": ["TEMP", "O2", "PWR"]}  # fmt: skip
    base_temp = {"F01": 1050, "F02": 860, "F03": 925, "F04": 880, "F05": 1080, "F06": 840, "F07": 520}
    base_pwr = {"F01": 180, "F02": 95, "F03": 140, "F04": 210, "F05": 230, "F06": 110, "F07": 60}
    readings = []
    for day in _days(dt.date(2025, 3, 1), LAST_DAY):
        for f in furnaces:
            fid = f[0]
            for hour in (2, 10, 18):
                t = dt.datetime.combine(day, dt.time(hour)) + dt.timedelta(seconds=r.randint(0, 3599))
                for m in furnace_metrics[fid]:
                    if r.random() < 0.03:
                        continue  # a missed sample
                    if m == "TEMP":
                        v = base_temp[fid] + r.gauss(0, 12)
                    elif m == "PWR":
                        v = base_pwr[fid] * r.uniform(0.55, 1.05)
                    elif m == "O2":
                        v = r.uniform(2, 60)
                    elif m == "CP":
                        v = r.uniform(0.6, 1.15)
                    else:
                        v = 10 ** r.uniform(-5, -2)
                    readings.append((fid, m, _ms(t) + r.randint(0, 999), round(v, 6 if m == "VAC" else 2)))
    recipes = [
        ("QT-42CR", "Quench & temper 42CrMo4", "hardening", 850, 60),
        ("QT-C45", "Quench & temper C45", "hardening", 840, 45),
        ("VH-H13", "Vacuum harden H13 tool steel", "hardening", 1030, 90),
        ("VH-D2", "Vacuum harden D2", "hardening", 1020, 75),
        ("TP-200", "Low temper 200", "tempering", 200, 120),
        ("TP-550", "High temper 550", "tempering", 550, 150),
        ("AN-FULL", "Full anneal", "annealing", 860, 240),
        ("AN-STR", "Stress relief", "annealing", 620, 120),
        ("CB-08", "Carburize 0.8 mm case", "carburizing", 925, 300),
        ("CB-15", "Carburize 1.5 mm case", "carburizing", 930, 540),
        ("NT-GAS", "Gas nitriding", "nitriding", 520, 1200),
        ("NT-NC", "Nitrocarburizing", "nitriding", 570, 180),
        ("AN-SPH", "Spheroidize anneal", "annealing", 740, 480),
        ("VH-M2", "Vacuum harden M2 HSS", "hardening", 1190, 40),
    ]
    # which recipes run where (AN-SPH and VH-M2 never run)
    where = {"F01": ["VH-H13", "VH-D2", "TP-550"], "F05": ["VH-H13", "VH-D2", "TP-550", "AN-STR"],
             "F02": ["QT-42CR", "QT-C45", "AN-FULL", "AN-STR", "TP-200"], "F06": ["QT-C45", "TP-200", "AN-FULL"],
             "F03": ["CB-08", "CB-15"], "F04": ["QT-42CR", "QT-C45", "CB-08"], "F07": ["NT-GAS", "NT-NC"]}  # fmt: skip
    rec_w = {"QT-42CR": 9, "QT-C45": 6, "VH-H13": 5, "VH-D2": 3, "TP-200": 4, "TP-550": 2, "AN-FULL": 1.5,
             "AN-STR": 2.5, "CB-08": 7, "CB-15": 2, "NT-GAS": 1.2, "NT-NC": 3}  # fmt: skip
    soak = {x[0]: x[4] for x in recipes}
    load_range = {"vacuum": (150, 600), "box": (200, 900), "pit": (400, 1800), "belt": (300, 700)}
    ftype = {f[0]: f[2] for f in furnaces}
    ops = [f"{g} {s}" for g, s in zip(GIVEN[:8], FAMILY[5:13], strict=True)]
    batches = []
    bid = 0
    for day in _days(START_2024, LAST_DAY):
        for f in furnaces:
            fid = f[0]
            if r.random() > {"F01": 0.55, "F02": 0.7, "F03": 0.35, "F04": 0.8, "F05": 0.45, "F06": 0.4,
                             "F07": 0.12}[fid]:  # fmt: skip
                continue
            code = r.choices(where[fid], weights=[rec_w[c] for c in where[fid]])[0]
            start = dt.datetime.combine(day, dt.time(r.randint(5, 20), r.randint(0, 59)))
            hours = soak[code] / 60 + r.uniform(1.5, 5.0)
            end = start + dt.timedelta(hours=hours)
            lo, hi = load_range[ftype[fid]]
            load = round(r.uniform(lo, hi), 1)
            res = r.choices(["OK", "RWK", "SCR"], weights=[92, 6, 2])[0]
            end_ms: int | None = _ms(end)
            result: str | None = res
            if end > dt.datetime(2025, 6, 14, 23, 0):
                end_ms, result = None, None
            bid += 1
            batches.append((bid, fid, code, r.choice(ops), load, _ms(start), end_ms, result))
    # a few batches still in the furnace on the last evening
    for fid, code, hour in (("F03", "CB-15", 19), ("F07", "NT-GAS", 8), ("F01", "VH-H13", 21)):
        bid += 1
        lo, hi = load_range[ftype[fid]]
        start = dt.datetime.combine(LAST_DAY, dt.time(hour, 15))
        batches.append((bid, fid, code, r.choice(ops), round(r.uniform(lo, hi), 1), _ms(start), None, None))
    alarms = []
    aid = 0
    alarm_rate = {"F01": 0.15, "F02": 0.35, "F03": 0.5, "F04": 0.3, "F05": 0.08, "F06": 0.2, "F07": 0.1}
    for day in _days(dt.date(2024, 6, 1), LAST_DAY):
        for f in furnaces:
            fid = f[0]
            if r.random() > alarm_rate[fid]:
                continue
            m = r.choice(furnace_metrics[fid])
            sev = r.choices(["INFO", "WARN", "CRIT"], weights=[50, 38, 12])[0]
            if fid in ("F05", "F07") and sev == "CRIT":
                sev = "WARN"
            t = dt.datetime.combine(day, dt.time(r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
            msg = {"TEMP": "temperature deviation", "O2": "oxygen high", "CP": "carbon potential low",
                   "PWR": "power limit", "VAC": "vacuum loss"}[m]  # fmt: skip
            if sev == "CRIT":
                msg = msg + " - interlock"
            ack = _ms(t + dt.timedelta(minutes=r.randint(1, 240)))
            if day >= dt.date(2025, 6, 5) and r.random() < 0.5:
                ack = None
            elif sev == "INFO" and r.random() < 0.3:
                ack = None
            aid += 1
            alarms.append((aid, fid, m, _ms(t), sev, msg, ack))
    write_tables(path, HEATTREAT_DDL, [
        ("furnace", furnaces), ("metric", metrics), ("reading", readings), ("recipe", recipes), ("batch", batches),
        ("alarm", alarms),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# weldcells
# ---------------------------------------------------------------------------------------------------------------

WELDCELLS_DDL = """
CREATE TABLE Cell (
    CellId INTEGER PRIMARY KEY,
    CellName TEXT NOT NULL,
    Process TEXT NOT NULL,
    RobotModel TEXT NOT NULL,
    CommissionedOn TEXT NOT NULL
);
CREATE TABLE Part (
    PartNo TEXT PRIMARY KEY,
    PartName TEXT NOT NULL,
    Customer TEXT NOT NULL,
    SeamCount INTEGER NOT NULL,
    MassKg REAL NOT NULL
);
CREATE TABLE WeldJob (
    JobId INTEGER PRIMARY KEY,
    CellId INTEGER NOT NULL REFERENCES Cell(CellId),
    PartNo TEXT NOT NULL REFERENCES Part(PartNo),
    Shift TEXT NOT NULL,
    StartedAt TEXT NOT NULL,
    CycleTimeS REAL NOT NULL,
    WireUsedG REAL,
    AvgCurrentA REAL,
    AvgVoltageV REAL
);
CREATE TABLE Inspector (
    InspectorId INTEGER PRIMARY KEY,
    FirstName TEXT NOT NULL,
    LastName TEXT NOT NULL,
    CertLevel INTEGER NOT NULL
);
CREATE TABLE Inspection (
    InspectionId INTEGER PRIMARY KEY,
    JobId INTEGER NOT NULL REFERENCES WeldJob(JobId),
    InspectorId INTEGER NOT NULL REFERENCES Inspector(InspectorId),
    InspectedAt TEXT NOT NULL,
    Method TEXT NOT NULL,
    Result TEXT NOT NULL
);
CREATE TABLE DefectType (
    DefectCode TEXT PRIMARY KEY,
    DefectName TEXT NOT NULL
);
CREATE TABLE Severity (
    SeverityCode TEXT PRIMARY KEY,
    SeverityName TEXT NOT NULL,
    SeverityRank INTEGER NOT NULL
);
CREATE TABLE Defect (
    DefectId INTEGER PRIMARY KEY,
    InspectionId INTEGER NOT NULL REFERENCES Inspection(InspectionId),
    DefectCode TEXT NOT NULL REFERENCES DefectType(DefectCode),
    SeverityCode TEXT NOT NULL REFERENCES Severity(SeverityCode),
    SeamNo INTEGER NOT NULL,
    LengthMm REAL NOT NULL
);
"""


def build_weldcells(path: Path) -> None:
    r = random.Random(11603)
    cells = [
        (1, "MIG-1", "MIG", "Fanuc ARC Mate 100iD", "2017-03-20"),
        (2, "MIG-2", "MIG", "Fanuc ARC Mate 100iD", "2017-03-20"),
        (3, "MIG-3", "MIG", "ABB IRB 1520ID", "2019-09-02"),
        (4, "MIG-4", "MIG", "Yaskawa AR1440", "2022-05-16"),
        (5, "TIG-1", "TIG", "Fanuc ARC Mate 100iD", "2018-11-05"),
        (6, "SPOT-1", "Spot", "KUKA KR 210", "2015-06-01"),
        (7, "SPOT-2", "Spot", "KUKA KR 210", "2020-01-13"),
        (8, "LASER-1", "Laser", "ABB IRB 2600", "2023-10-09"),
    ]
    parts = [
        ("SF-1001", "Front subframe LH", "Volvo Cars", 14, 9.8),
        ("SF-1002", "Front subframe RH", "Volvo Cars", 14, 9.7),
        ("RB-2040", "Rear axle bracket", "Scania", 6, 3.2),
        ("CM-3310", "Cab mount", "Scania", 8, 5.4),
        ("TB-4100", "Tow bar assembly", "DAF", 10, 12.6),
        ("BB-5001", "Battery box frame", "Stellantis", 22, 18.4),
        ("SB-5120", "Seat base", "Stellantis", 12, 4.1),
        ("EX-6200", "Exhaust hanger", "DAF", 3, 0.6),
        ("CR-7000", "Cross member", "Volvo Cars", 9, 7.3),
        ("HB-7100", "Hinge bracket", "Stellantis", 4, 0.9),
        ("FT-8000", "Fuel tank strap", "Scania", 2, 0.4),
        ("DP-8800", "Door panel reinforcement", "Volvo Cars", 16, 2.2),
        ("LC-9000", "Ladder chassis rail", "DAF", 30, 41.5),
        ("BP-9100", "Battery cooling plate", "Stellantis", 40, 6.8),
    ]
    part_cells = {1: ["SF-1001", "SF-1002", "CR-7000"], 2: ["SF-1001", "SF-1002", "TB-4100"],
                  3: ["RB-2040", "CM-3310", "TB-4100"], 4: ["BB-5001", "SB-5120", "EX-6200"],
                  5: ["EX-6200", "HB-7100"], 6: ["SB-5120", "HB-7100", "CR-7000"], 7: ["SB-5120", "HB-7100"],
                  8: ["BB-5001"]}  # fmt: skip
    cell_rate = {1: 6, 2: 6, 3: 4, 4: 5, 5: 2, 6: 7, 7: 5, 8: 2}
    cycle = {"SF-1001": 210, "SF-1002": 205, "RB-2040": 95, "CM-3310": 120, "TB-4100": 260, "BB-5001": 380,
             "SB-5120": 140, "EX-6200": 40, "CR-7000": 150, "HB-7100": 35}  # fmt: skip
    jobs = []
    jid = 0
    for day in _days(dt.date(2024, 7, 1), LAST_DAY):
        if day.weekday() >= 5:
            continue
        for cell in cells:
            cid, proc = cell[0], cell[2]
            for _ in range(r.randint(0, cell_rate[cid])):
                hour = r.randint(0, 23)
                shift = "A" if 6 <= hour < 14 else ("B" if 14 <= hour < 22 else "C")
                if shift == "C" and r.random() < 0.4:
                    continue
                pno = r.choice(part_cells[cid])
                t = dt.datetime.combine(day, dt.time(hour, r.randint(0, 59), r.randint(0, 59)))
                ct = round(cycle[pno] * r.uniform(0.85, 1.3), 1)
                if proc in ("MIG", "TIG"):
                    wire = round(ct * r.uniform(0.9, 1.6) * (1.0 if proc == "MIG" else 0.3), 1)
                    cur = round(r.uniform(170, 310) if proc == "MIG" else r.uniform(90, 180), 1)
                    volt = round(r.uniform(19, 29) if proc == "MIG" else r.uniform(10, 15), 1)
                elif proc == "Spot":
                    wire, cur, volt = None, round(r.uniform(8500, 11500), 0), round(r.uniform(1.5, 2.5), 2)
                else:
                    wire, cur, volt = None, None, None
                jid += 1
                jobs.append((jid, cid, pno, shift, t.strftime("%Y-%m-%d %H:%M:%S"), ct, wire, cur, volt))
    inspectors = [
        (1, "Greta", "Lindqvist", 3),
        (2, "Umar", "Haddad", 2),
        (3, "Keiko", "Takeda", 3),
        (4, "Pablo", "Quintero", 2),
        (5, "Nadia", "Petrov", 1),
        (6, "Oscar", "Brennan", 1),
        (7, "Farah", "Costa", 2),
    ]
    insp_w = [30, 25, 20, 15, 10, 4, 3]
    never_fail = {6, 7}
    defect_types = [
        ("POR", "Porosity"),
        ("UCT", "Undercut"),
        ("CRK", "Crack"),
        ("SPT", "Spatter"),
        ("LOF", "Lack of fusion"),
        ("BRN", "Burn-through"),
        ("MIS", "Misalignment"),
    ]
    dt_w = [34, 18, 4, 22, 9, 6, 7]
    severities = [("MIN", "Minor", 1), ("MAJ", "Major", 2), ("CRT", "Critical", 3)]
    seams = {p[0]: p[3] for p in parts}
    inspections = []
    defects = []
    iid = 0
    did = 0
    for j in jobs:
        cid = j[1]
        if r.random() > (0.35 if cid in (4, 8) else 0.22):
            continue
        iid += 1
        started = dt.datetime.strptime(j[4], "%Y-%m-%d %H:%M:%S")
        at = started + dt.timedelta(minutes=r.randint(20, 600))
        if at.date() > LAST_DAY:
            at = started + dt.timedelta(minutes=10)
        inspector = r.choices([x[0] for x in inspectors], weights=insp_w)[0]
        method = r.choices(["VIS", "UT", "XR"], weights=[70, 20, 10])[0]
        n_def = r.choices([0, 1, 2, 3], weights=[62, 25, 9, 4])[0]
        if cid == 4:
            n_def = r.choices([0, 1, 2, 3], weights=[45, 30, 15, 10])[0]
        fail = False
        for _ in range(n_def):
            code = r.choices([x[0] for x in defect_types], weights=dt_w)[0]
            if method == "VIS" and code in ("CRK", "LOF"):
                code = "UCT"
            sev = r.choices(["MIN", "MAJ", "CRT"], weights=[65, 28, 7])[0]
            if code == "CRK":
                sev = "CRT"
            if inspector in never_fail:
                sev = "MIN"
                if code == "CRK":
                    code = "SPT"
            fail = fail or sev != "MIN"
            did += 1
            length = round(r.uniform(1, 30) if r.random() < 0.8 else r.uniform(30, 95), 1)
            defects.append((did, iid, code, sev, r.randint(1, seams[j[2]]), length))
        inspections.append((iid, j[0], inspector, at.strftime("%Y-%m-%d %H:%M:%S"), method, "FAIL" if fail else "PASS"))
    write_tables(path, WELDCELLS_DDL, [
        ("Cell", cells), ("Part", parts), ("WeldJob", jobs), ("Inspector", inspectors), ("Inspection", inspections),
        ("DefectType", defect_types), ("Severity", severities), ("Defect", defects),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# plantmaint (asset hierarchy)
# ---------------------------------------------------------------------------------------------------------------

PLANTMAINT_DDL = """
CREATE TABLE asset (
    asset_id INTEGER PRIMARY KEY,
    asset_tag TEXT NOT NULL UNIQUE,
    asset_name TEXT NOT NULL,
    asset_class TEXT NOT NULL,
    parent_asset_id INTEGER REFERENCES asset(asset_id),
    criticality TEXT,
    install_date TEXT,
    rated_power_kw REAL
);
CREATE TABLE technician (
    tech_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    trade TEXT NOT NULL,
    hourly_rate_eur REAL NOT NULL,
    active INTEGER NOT NULL
);
CREATE TABLE failure_code (
    failure_code TEXT PRIMARY KEY,
    description TEXT NOT NULL
);
CREATE TABLE work_order (
    wo_id INTEGER PRIMARY KEY,
    asset_id INTEGER NOT NULL REFERENCES asset(asset_id),
    wo_type TEXT NOT NULL,
    priority INTEGER NOT NULL,
    status TEXT NOT NULL,
    failure_code TEXT REFERENCES failure_code(failure_code),
    description TEXT NOT NULL,
    raised_on TEXT NOT NULL,
    planned_start TEXT NOT NULL,
    planned_finish TEXT NOT NULL,
    actual_start TEXT,
    actual_finish TEXT,
    est_hours REAL NOT NULL
);
CREATE TABLE wo_labour (
    labour_id INTEGER PRIMARY KEY,
    wo_id INTEGER NOT NULL REFERENCES work_order(wo_id),
    tech_id INTEGER NOT NULL REFERENCES technician(tech_id),
    work_date TEXT NOT NULL,
    hours REAL NOT NULL
);
CREATE TABLE spare_part (
    part_id INTEGER PRIMARY KEY,
    part_no TEXT NOT NULL UNIQUE,
    part_desc TEXT NOT NULL,
    unit_cost_eur REAL NOT NULL,
    stock_qty INTEGER NOT NULL,
    min_qty INTEGER NOT NULL
);
CREATE TABLE wo_part (
    wo_id INTEGER NOT NULL REFERENCES work_order(wo_id),
    part_id INTEGER NOT NULL REFERENCES spare_part(part_id),
    qty INTEGER NOT NULL,
    PRIMARY KEY (wo_id, part_id)
);
"""


def build_plantmaint(path: Path) -> None:
    r = random.Random(11604)
    assets: list[tuple] = [(1, "EHV", "Plant Eindhoven", "SITE", None, None, "1996-05-01", None)]
    lines = [("FIL", "Filling Line"), ("PAK", "Packaging Line"), ("UTL", "Utilities"), ("MIX", "Mixing Line")]
    machines = {
        "FIL": [("FILR", "Bottle Filler", "A", 45), ("CAPR", "Capper", "A", 11), ("RINS", "Rinser", "B", 7.5),
                ("CNV1", "Infeed Conveyor", "C", 4)],
        "PAK": [("LABL", "Labeller", "A", 15), ("CSPK", "Case Packer", "B", 22), ("PALL", "Palletiser", "B", 30),
                ("STRW", "Stretch Wrapper", "C", 5.5), ("SHRK", "Shrink Tunnel", "C", 36)],
        "UTL": [("CMP1", "Air Compressor 1", "A", 90), ("CMP2", "Air Compressor 2", "B", 90),
                ("CHIL", "Chiller", "A", 120), ("BOIL", "Steam Boiler", "A", 250), ("WTRT", "Water Treatment", "C", 18)],
        "MIX": [("MXT1", "Mixer Tank 1", "A", 37), ("MXT2", "Mixer Tank 2", "B", 37), ("CIPS", "CIP Skid", "B", 15),
                ("HOMO", "Homogeniser", "A", 75)],
    }  # fmt: skip
    components = {
        "FILR": ["Main Drive Motor", "Filling Valve Block", "Carousel Bearing", "Product Pump", "Level Sensor Array"],
        "CAPR": ["Capping Heads", "Cap Chute"],
        "LABL": ["Glue Pump", "Vacuum Drum", "Main Motor"],
        "CSPK": ["Gripper Head", "Servo Drive"],
        "PALL": ["Lift Gearbox", "Layer Gripper"],
        "CMP1": ["Air End", "Dryer"],
        "CMP2": ["Air End", "Dryer"],
        "CHIL": ["Refrigerant Compressor", "Condenser Fan"],
        "BOIL": ["Burner", "Feed Water Pump", "Flue Damper"],
        "MXT1": ["Agitator Gearbox"],
        "MXT2": ["Agitator Gearbox"],
        "HOMO": ["Piston Seals", "Crankcase"],
    }  # fmt: skip
    aid = 1
    machine_ids: dict[str, int] = {}
    comp_ids: list[tuple[int, str]] = []
    for code, name in lines:
        aid += 1
        line_id = aid
        assets.append((line_id, f"EHV-{code}", name, "LINE", 1, None, None, None))
        for mcode, mname, crit, kw in machines[code]:
            aid += 1
            machine_ids[mcode] = aid
            inst = day_between(r, dt.date(2001, 1, 1), dt.date(2022, 12, 31))
            if mcode == "BOIL":
                inst = dt.date(1998, 9, 14)
            assets.append((aid, f"{code}-{mcode}", mname, "MACHINE", line_id, crit, iso(inst), kw))
            for k, cname in enumerate(components.get(mcode, []), start=1):
                aid += 1
                comp_ids.append((aid, mcode))
                assets.append((aid, f"{code}-{mcode}-{k:02d}", f"{mname} {cname}", "COMPONENT", machine_ids[mcode],
                               crit, None, None))  # fmt: skip
    techs = [
        (1, "Jonas", "Bauer", "MECH", 48.0, 1), (2, "Rosa", "Delgado", "MECH", 52.5, 1),
        (3, "Kofi", "Mendes", "MECH", 45.0, 1), (4, "Ingrid", "Novak", "ELEC", 58.0, 1),
        (5, "Samir", "Ortega", "ELEC", 55.0, 1), (6, "Tessa", "Ito", "INST", 61.0, 1),
        (7, "Liam", "Grant", "MECH", 44.0, 0), (8, "Hana", "Kaur", "ELEC", 50.0, 1),
        (9, "Marco", "Larsen", "INST", 57.5, 1), (10, "Vera", "Pham", "MECH", 46.5, 1),
        (11, "Diego", "Reyes", "MECH", 43.0, 1), (12, "Elif", "Costa", "ELEC", 53.0, 0),
    ]  # fmt: skip
    failures = [
        ("BRG", "Bearing failure"), ("SEAL", "Seal leak"), ("MOT", "Motor failure"), ("BELT", "Belt wear or break"),
        ("SENS", "Sensor fault"), ("LUB", "Lubrication issue"), ("ELEC", "Electrical fault"), ("JAM", "Product jam"),
        ("VALV", "Valve fault"),
    ]  # fmt: skip
    fail_w = [14, 12, 5, 9, 13, 6, 10, 16, 7]
    fail_trade = {"BRG": "MECH", "SEAL": "MECH", "MOT": "ELEC", "BELT": "MECH", "SENS": "INST", "LUB": "MECH",
                  "ELEC": "ELEC", "JAM": "MECH", "VALV": "INST"}  # fmt: skip
    parts_cat = [
        ("6205-2RS bearing", 9.5), ("6308 bearing", 24.0), ("Mechanical seal 35 mm", 185.0), ("O-ring kit", 18.0),
        ("V-belt SPA 1250", 14.5), ("Timing belt HTD 8M", 62.0), ("Proximity sensor M18", 48.0),
        ("Photoelectric sensor", 95.0), ("Contactor 32A", 72.0), ("Motor 4 kW IE3", 640.0), ("Gear oil 20 l", 110.0),
        ("Grease cartridge", 7.5), ("Solenoid valve 24V", 135.0), ("Pneumatic cylinder 50x200", 210.0),
        ("Air filter element", 38.0), ("Oil separator", 290.0), ("Glue pump seal kit", 160.0),
        ("Capping chuck insert", 44.0), ("Filling valve gasket set", 72.0), ("Pressure transmitter 0-10 bar", 260.0),
        ("Level probe", 340.0), ("Conveyor chain 1 m", 58.0), ("Fuse 10A (box)", 12.0), ("Thermocouple K", 32.0),
        ("Burner nozzle", 85.0), ("Fan belt set", 40.0), ("Frequency inverter 7.5 kW", 980.0), ("Piston seal kit", 420.0),
    ]  # fmt: skip
    spare = []
    for i, (desc, cost) in enumerate(parts_cat, start=1):
        mn = r.choice([2, 2, 4, 5, 10, 20])
        stock = r.randint(mn, mn * 4)
        if i in (3, 7, 12, 19, 27):
            stock = r.randint(0, mn - 1)
        spare.append((i, f"SP-{4000 + i * 3}", desc, cost, stock, mn))
    fail_parts = {"BRG": [1, 2, 12], "SEAL": [3, 4, 17, 19, 28], "MOT": [10, 9], "BELT": [5, 6, 26],
                  "SENS": [7, 8, 20, 21], "LUB": [11, 12], "ELEC": [9, 23, 27], "JAM": [18, 22], "VALV": [13, 14]}  # fmt: skip
    crit_of = {a[0]: a[5] for a in assets}
    name_of = {a[0]: a[2] for a in assets}
    wos = []
    labour = []
    wo_parts = []
    wid = 0
    lid = 0
    machine_list = list(machine_ids.values())
    cm_weight = {a: 1.0 for a in machine_list}
    cm_weight[machine_ids["FILR"]] = 5.0
    cm_weight[machine_ids["LABL"]] = 3.6
    cm_weight[machine_ids["PALL"]] = 2.4
    cm_weight[machine_ids["CSPK"]] = 1.9
    cm_weight[machine_ids["HOMO"]] = 1.5
    targets = machine_list + [c for c, _ in comp_ids]
    tw = [cm_weight.get(t, 0.45) for t in targets]

    def add_wo(asset: int, wtype: str, raised: dt.date, fcode: str | None) -> None:
        nonlocal wid, lid
        wid += 1
        if wtype == "CM":
            prio = r.choices([1, 2, 3], weights=[30, 50, 20])[0]
            ps = raised + dt.timedelta(days=0 if prio == 1 else r.randint(0, 6))
            dur = r.randint(0, 3)
            est = round(r.choice([1, 2, 2, 3, 4, 6, 8]) * 1.0, 1)
            desc = f"{name_of[asset]}: {dict(failures)[fcode or 'JAM'].lower()}"
        elif wtype == "PM":
            prio = r.choice([3, 4])
            ps = raised + dt.timedelta(days=r.randint(7, 21))
            dur = r.randint(0, 2)
            est = r.choice([2.0, 4.0, 4.0, 6.0, 8.0])
            desc = f"{name_of[asset]}: {r.choice(['quarterly service', 'monthly PM', 'annual overhaul', 'lubrication round'])}"
        else:
            prio = r.choice([3, 4])
            ps = raised + dt.timedelta(days=r.randint(3, 14))
            dur = 0
            est = r.choice([0.5, 1.0, 1.5])
            desc = f"{name_of[asset]}: {r.choice(['thermography', 'vibration check', 'safety inspection'])}"
        pf = ps + dt.timedelta(days=dur)
        status = "DONE"
        if wtype != "PM" and r.random() < 0.05:
            status = "CANC"
        a_s: dt.date | None = ps + dt.timedelta(days=r.choice([0, 0, 0, 1, 2, -1]) if prio > 1 else 0)
        slip = r.choices([0, 0, 0, 1, 2, 3, 5, 9, -1], weights=[40, 10, 5, 12, 10, 7, 5, 3, 8])[0]
        if crit_of.get(asset) == "C":
            slip += r.choice([0, 1, 2])
        a_f: dt.date | None = max(a_s, pf + dt.timedelta(days=slip))  # type: ignore[type-var]
        if a_f > LAST_DAY:  # type: ignore[operator]
            if a_s <= LAST_DAY:  # type: ignore[operator]
                status, a_f = "INPR", None
            else:
                status, a_s, a_f = ("PLAN" if r.random() < 0.7 else "NEW"), None, None
        if status == "DONE" and raised >= dt.date(2025, 6, 2) and r.random() < 0.6:
            status, a_f = "INPR", None  # still being worked on
            if a_s > LAST_DAY:  # type: ignore[operator]
                status, a_s = "PLAN", None
        if status == "CANC":
            a_s, a_f = None, None
        wos.append((wid, asset, wtype, prio, status, fcode, desc, iso(raised), iso(ps), iso(pf), iso(a_s), iso(a_f),
                    est))  # fmt: skip
        if a_s is not None:
            last = a_f or LAST_DAY
            trade = fail_trade.get(fcode or "", r.choice(["MECH", "MECH", "ELEC", "INST"]))
            pool = [t[0] for t in techs if t[3] == trade and (t[5] == 1 or raised < dt.date(2024, 9, 1))]
            if not pool:
                pool = [1]
            for _ in range(r.choice([1, 1, 2, 2, 3])):
                lid += 1
                tech = r.choice(pool)
                wd = day_between(r, a_s, max(a_s, last))
                hours = round(max(0.5, est * r.uniform(0.4, 1.2)) * 2) / 2
                if prio == 1 and tech == 2:
                    hours += 2.0
                labour.append((lid, wid, tech, iso(wd), hours))
            if wtype == "CM" and r.random() < 0.7:
                for pid in r.sample(fail_parts[fcode or "JAM"], k=min(2, r.choice([1, 1, 2]))):
                    wo_parts.append((wid, pid, r.choice([1, 1, 1, 2, 4])))
            elif wtype == "PM" and r.random() < 0.4:
                wo_parts.append((wid, r.choice([11, 12, 15, 4, 26]), r.choice([1, 2, 2, 6])))

    for day in _days(START_2024, LAST_DAY):
        if day.weekday() < 5 and r.random() < 0.9:
            asset = r.choices(targets, weights=tw)[0]
            fc = r.choices([f[0] for f in failures], weights=fail_w)[0]
            if asset == machine_ids["FILR"] and r.random() < 0.3:
                fc = "BRG"
            add_wo(asset, "CM", day, fc)
        if day.weekday() == 0:
            for m in r.sample(machine_list, k=r.randint(2, 4)):
                add_wo(m, "PM", day, None)
        if day.day in (1, 15) and r.random() < 0.8:
            add_wo(r.choice(machine_list), "INS", day, None)
    write_tables(path, PLANTMAINT_DDL, [
        ("asset", assets), ("technician", techs), ("failure_code", failures), ("work_order", wos),
        ("wo_labour", labour), ("spare_part", spare), ("wo_part", wo_parts),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# airplant
# ---------------------------------------------------------------------------------------------------------------

AIRPLANT_DDL = """
CREATE TABLE building (
    building_id INTEGER PRIMARY KEY,
    building_name TEXT NOT NULL,
    area_m2 INTEGER NOT NULL
);
CREATE TABLE compressor (
    comp_id INTEGER PRIMARY KEY,
    comp_name TEXT NOT NULL,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    drive TEXT NOT NULL,
    rated_kw REAL NOT NULL,
    fad_m3_min REAL NOT NULL,
    install_year INTEGER NOT NULL,
    building_id INTEGER NOT NULL REFERENCES building(building_id)
);
CREATE TABLE daily_log (
    log_date TEXT NOT NULL,
    comp_id INTEGER NOT NULL REFERENCES compressor(comp_id),
    runtime_h REAL NOT NULL,
    load_h REAL NOT NULL,
    energy_kwh REAL NOT NULL,
    avg_pressure_bar REAL,
    PRIMARY KEY (log_date, comp_id)
);
CREATE TABLE tariff (
    tariff_id INTEGER PRIMARY KEY,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    price_eur_kwh REAL NOT NULL
);
CREATE TABLE leak_survey (
    survey_id INTEGER PRIMARY KEY,
    survey_date TEXT NOT NULL,
    surveyor TEXT NOT NULL
);
CREATE TABLE leak (
    leak_id INTEGER PRIMARY KEY,
    survey_id INTEGER NOT NULL REFERENCES leak_survey(survey_id),
    building_id INTEGER NOT NULL REFERENCES building(building_id),
    location TEXT NOT NULL,
    leak_flow_l_min REAL NOT NULL,
    size_class TEXT NOT NULL,
    repaired_on TEXT
);
CREATE TABLE service_visit (
    visit_id INTEGER PRIMARY KEY,
    comp_id INTEGER NOT NULL REFERENCES compressor(comp_id),
    visit_date TEXT NOT NULL,
    visit_type TEXT NOT NULL,
    cost_eur REAL NOT NULL,
    runtime_h_at_visit INTEGER
);
"""


def build_airplant(path: Path) -> None:
    r = random.Random(11605)
    buildings = [(1, "Hall A Machining", 8200), (2, "Hall B Assembly", 6400), (3, "Paint Shop", 2100),
                 (4, "Warehouse", 9800), (5, "Tool Room", 650)]  # fmt: skip
    comps = [
        (1, "GA75 North", "Atlas Copco", "GA75", "fixed", 75.0, 12.6, 2009, 1),
        (2, "GA75 South", "Atlas Copco", "GA75", "fixed", 75.0, 12.6, 2012, 1),
        (3, "ZR160 Central", "Atlas Copco", "ZR160", "fixed", 160.0, 27.5, 2016, 2),
        (4, "Paint VSD", "Kaeser", "SM 15 T", "VSD", 37.0, 6.1, 2019, 3),
        (5, "Assembly VSD", "Kaeser", "ASD 50 T", "VSD", 55.0, 9.8, 2021, 2),
        (6, "Piston Backup", "Boge", "SRHV 1500", "fixed", 22.0, 2.4, 1998, 4),
    ]
    base_run = {1: 21, 2: 16, 3: 22, 4: 13, 5: 18, 6: 0}
    logs = []
    hours_total = {c[0]: r.randint(30000, 60000) for c in comps}
    for day in _days(START_2024, LAST_DAY):
        weekend = day.weekday() >= 5
        for c in comps:
            cid, kw = c[0], c[5]
            if cid == 6:
                if r.random() > 0.06:
                    continue
                run = round(r.uniform(2, 14), 1)
            else:
                if r.random() < 0.02:
                    continue  # a gap in the logger's data
                run = base_run[cid] * (0.45 if weekend else 1.0) * r.uniform(0.85, 1.1)
                if cid == 2 and dt.date(2025, 2, 3) <= day <= dt.date(2025, 2, 16):
                    run = 0.0  # out for repair
                run = round(min(24.0, run), 1)
            load_share = r.uniform(0.55, 0.85) if c[4] == "fixed" else r.uniform(0.88, 0.99)
            load = round(run * load_share, 1)
            energy = round(load * kw * r.uniform(0.92, 1.02) + (run - load) * kw * 0.28, 1)
            pres = round(r.uniform(6.6, 7.3), 2) if run > 0 else None
            if cid == 3:
                pres = round(r.uniform(7.2, 7.8), 2) if run > 0 else None
            hours_total[cid] += run
            logs.append((iso(day), cid, run, load, energy, pres))
    tariffs = [(1, "2024-01-01", "2024-09-30", 0.182), (2, "2024-10-01", "2025-03-31", 0.205),
               (3, "2025-04-01", None, 0.176)]  # fmt: skip
    surveys = [(1, "2024-02-12", "LeakTek Services"), (2, "2024-05-21", "LeakTek Services"),
               (3, "2024-09-10", "AirAudit BV"), (4, "2024-11-26", "AirAudit BV"), (5, "2025-03-11", "AirAudit BV"),
               (6, "2025-06-03", "UltraSonic Check")]  # fmt: skip
    spots = {1: ["CNC 4 drop", "CNC 7 drop", "Main header joint", "Blow gun station 2", "Coolant skid valve",
                 "Drain trap D3", "Quick coupler bay 5"],
             2: ["Screwdriver line 1", "FRL unit 12", "Hose reel 3", "Press cylinder P2", "Drop leg B4",
                 "Quick coupler bay 9", "Manifold M7"],
             3: ["Spray gun booth 1", "Regulator RG2", "Dryer bypass valve"],
             4: ["Dock door 3 hose", "Shrink gun coupler", "Header at rack 14"],
             5: ["Air blow bench", "Grinder coupler"]}  # fmt: skip
    leaks = []
    lid = 0
    for sid, sdate, _ in surveys:
        sday = dt.date.fromisoformat(sdate)
        n = r.randint(10, 22)
        for _ in range(n):
            b = r.choices([1, 2, 3, 4, 5], weights=[38, 30, 12, 14, 6])[0]
            if sid == 6 and b == 4:
                b = 2
            if sid == 6 and b == 5:
                b = 1
            flow = round(math.exp(r.uniform(math.log(4), math.log(450))), 1)
            size = "S" if flow < 30 else ("M" if flow < 120 else "L")
            rep = sday + dt.timedelta(days=r.randint(2, 90))
            if r.random() < 0.15 or rep > LAST_DAY:
                rep = None  # type: ignore[assignment]
            lid += 1
            leaks.append((lid, sid, b, r.choice(spots[b]), flow, size, iso(rep)))
    visits = []
    vid = 0
    running: dict[int, float] = {c[0]: float(r.randint(20000, 50000)) for c in comps}
    for c in comps:
        cid = c[0]
        d = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(10, 120))
        while d <= LAST_DAY:
            vid += 1
            vtype = r.choice(["A-service", "A-service", "B-service"])
            cost = round(r.uniform(600, 1400) if vtype == "A-service" else r.uniform(1800, 4200), 2)
            visits.append((vid, cid, iso(d), vtype, cost, int(running[cid] + (d - START_2024).days * 15)))
            d = d + dt.timedelta(days={1: 150, 2: 180, 3: 120, 4: 200, 5: 365, 6: 500}[cid] + r.randint(-15, 15))
        if cid in (1, 3):
            vid += 1
            d = dt.date(2024, 3, 1) + dt.timedelta(days=r.randint(0, 400))
            visits.append((vid, cid, iso(d), "repair", round(r.uniform(900, 6000), 2), None))
    vid += 1
    visits.append((vid, 2, "2025-02-05", "repair", 8450.0, None))
    write_tables(path, AIRPLANT_DDL, [
        ("building", buildings), ("compressor", comps), ("daily_log", logs), ("tariff", tariffs),
        ("leak_survey", surveys), ("leak", leaks), ("service_visit", visits),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# gaugecrib
# ---------------------------------------------------------------------------------------------------------------

GAUGECRIB_DDL = """
CREATE TABLE dept (
    dept_cd TEXT PRIMARY KEY,
    dept_nm TEXT NOT NULL
);
CREATE TABLE gauge_type (
    type_cd TEXT PRIMARY KEY,
    type_desc TEXT NOT NULL
);
CREATE TABLE cal_vendor (
    vendor_id INTEGER PRIMARY KEY,
    vendor_nm TEXT NOT NULL,
    is_ext INTEGER NOT NULL,
    accredited INTEGER NOT NULL
);
CREATE TABLE gauge (
    gauge_id INTEGER PRIMARY KEY,
    asset_no TEXT NOT NULL UNIQUE,
    type_cd TEXT NOT NULL REFERENCES gauge_type(type_cd),
    maker TEXT NOT NULL,
    range_lo REAL NOT NULL,
    range_hi REAL NOT NULL,
    uom TEXT NOT NULL,
    res_um REAL,
    cal_int_days INTEGER NOT NULL,
    dept_cd TEXT NOT NULL REFERENCES dept(dept_cd),
    status TEXT NOT NULL,
    acq_dt TEXT NOT NULL
);
CREATE TABLE cal_rec (
    cal_id INTEGER PRIMARY KEY,
    gauge_id INTEGER NOT NULL REFERENCES gauge(gauge_id),
    vendor_id INTEGER NOT NULL REFERENCES cal_vendor(vendor_id),
    cal_dt TEXT NOT NULL,
    due_dt TEXT NOT NULL,
    result_cd TEXT NOT NULL,
    as_found_err_pct REAL,
    cost_eur REAL
);
CREATE TABLE emp (
    emp_id INTEGER PRIMARY KEY,
    first_nm TEXT NOT NULL,
    last_nm TEXT NOT NULL,
    dept_cd TEXT NOT NULL REFERENCES dept(dept_cd),
    shift TEXT NOT NULL
);
CREATE TABLE checkout (
    chk_id INTEGER PRIMARY KEY,
    gauge_id INTEGER NOT NULL REFERENCES gauge(gauge_id),
    emp_id INTEGER NOT NULL REFERENCES emp(emp_id),
    out_ts TEXT NOT NULL,
    in_ts TEXT
);
"""


def build_gaugecrib(path: Path) -> None:
    r = random.Random(11606)
    depts = [("MACH", "Machining"), ("ASSY", "Assembly"), ("QA", "Quality Assurance"), ("TOOL", "Toolroom"),
             ("MNT", "Maintenance")]  # fmt: skip
    types = [("MIC", "Outside micrometer"), ("CAL", "Caliper"), ("DIG", "Dial indicator"), ("PLG", "Plug gauge"),
             ("TW", "Torque wrench"), ("PRG", "Pressure gauge"), ("HGT", "Height gauge")]  # fmt: skip
    vendors = [(1, "In-house metrology lab", 0, 0), (2, "Kalibrierdienst Nord", 1, 1), (3, "TorqueCal Ltd", 1, 1),
               (4, "Precision Metrology BV", 1, 1), (5, "QuickCal Services", 1, 0)]  # fmt: skip
    spec = {
        "MIC": (["Mitutoyo", "Mahr", "Tesa"], [(0, 25), (25, 50), (50, 75), (75, 100)], "mm", [1, 1, 2, 10], [180, 365]),
        "CAL": (["Mitutoyo", "Mahr", "Sylvac"], [(0, 150), (0, 200), (0, 300)], "mm", [10, 10, 20], [180, 365]),
        "DIG": (["Mitutoyo", "Käfer"], [(0, 10), (0, 1)], "mm", [1, 2, 10], [365]),
        "PLG": (["Bowers", "Vermont"], [(6, 6.01), (10, 10.015), (12, 12.018), (20, 20.021)], "mm", [None], [365, 730]),
        "TW": (["Norbar", "Stahlwille", "Gedore"], [(5, 25), (20, 100), (60, 340)], "Nm", [None], [90, 180, 365]),
        "PRG": (["WIKA", "Ashcroft"], [(0, 10), (0, 16), (0, 250)], "bar", [None], [365]),
        "HGT": (["Mitutoyo", "Tesa"], [(0, 300), (0, 600)], "mm", [1, 10], [365, 730]),
    }  # fmt: skip
    type_w = {"MIC": 50, "CAL": 60, "DIG": 25, "PLG": 35, "TW": 40, "PRG": 15, "HGT": 8}
    dept_of_type = {"MIC": ["MACH", "MACH", "QA", "TOOL"], "CAL": ["MACH", "ASSY", "QA", "TOOL", "MNT"],
                    "DIG": ["MACH", "QA", "TOOL"], "PLG": ["MACH", "QA"], "TW": ["ASSY", "ASSY", "MNT"],
                    "PRG": ["MNT"], "HGT": ["QA", "TOOL"]}  # fmt: skip
    gauges = []
    cals = []
    cid = 0
    gid = 0
    for tcd, w in type_w.items():
        makers, ranges, uom, res, ints = spec[tcd]
        for _ in range(w):
            gid += 1
            lo, hi = r.choice(ranges)
            acq = day_between(r, dt.date(2014, 1, 1), dt.date(2025, 3, 31))
            status = r.choices(["ACT", "QRN", "RET", "LOST"], weights=[84, 4, 8, 4])[0]
            dept = r.choice(dept_of_type[tcd])
            if status == "LOST" and r.random() < 0.5:
                dept = "ASSY" if tcd in ("TW", "CAL") else dept
            cal_int = r.choice(ints)
            gauges.append([gid, "", tcd, r.choice(makers), lo, hi, uom, r.choice(res), cal_int, dept, status, iso(acq)])
            # calibration history since 2022 (or since bought), each one a little before the last one's due date
            bought = acq + dt.timedelta(days=r.randint(0, 20))
            d = max(bought, dt.date(2022, 1, 1) + dt.timedelta(days=r.randint(0, 120)))
            stop = LAST_DAY
            if status in ("RET", "LOST"):
                stop = day_between(r, dt.date(2023, 1, 1), dt.date(2025, 3, 1))
            mine = []
            while d <= stop:
                due = d + dt.timedelta(days=cal_int)
                vendor = 1
                if tcd == "TW":
                    vendor = 3 if r.random() < 0.85 else 5
                elif tcd == "PRG":
                    vendor = 2
                elif tcd in ("PLG", "HGT"):
                    vendor = r.choice([1, 4])
                elif r.random() < 0.15:
                    vendor = r.choice([4, 5])
                res_cd = r.choices(["P", "A", "F"], weights=[80, 14, 6])[0]
                spread = 0.9 if res_cd == "P" else 2.5
                err: float | None = round(abs(r.gauss(0, spread)) + (2.5 if res_cd == "F" else 0), 2)
                if tcd == "PLG" and r.random() < 0.3:
                    err = None
                cost = None if vendor == 1 else round({2: 95, 3: 68, 4: 120, 5: 45}[vendor] * r.uniform(0.9, 1.25), 2)
                mine.append([gid, vendor, iso(d), iso(due), res_cd, err, cost])
                d = due - dt.timedelta(days=r.randint(0, 25))
            if status == "QRN" and mine:
                mine[-1][4] = "F"
                mine[-1][5] = round(r.uniform(3, 9), 2)
            if status == "ACT" and len(mine) > 1 and r.random() < 0.09 and mine[-2][3] < "2025-06-15":
                mine.pop()  # overdue: the last calibration never happened
            for c in mine:
                cid += 1
                cals.append((cid, *c))
    # new gauges bought recently: never calibrated
    for tcd, dept, acq in (("TW", "ASSY", "2025-05-26"), ("CAL", "MACH", "2025-06-02"), ("MIC", "QA", "2025-06-10")):
        gid += 1
        makers, ranges, uom, res, ints = spec[tcd]
        lo, hi = ranges[0]
        gauges.append([gid, "", tcd, makers[0], lo, hi, uom, res[0], ints[-1], dept, "ACT", acq])
    order = list(range(len(gauges)))
    r.shuffle(order)
    for pos, g in zip(order, gauges, strict=True):
        g[1] = f"G-{1000 + pos * 3 + r.randint(0, 2):04d}"
    emps = []
    names = full_names(r, 32)
    dept_w = {"MACH": 10, "ASSY": 10, "QA": 5, "TOOL": 4, "MNT": 3}
    dlist = [d for d, n in dept_w.items() for _ in range(n)]
    for i, name in enumerate(names, start=1):
        first, last = name.split(" ")
        dept = dlist[i - 1]
        emps.append((i, first, last, dept, ["A", "B", "C"][r.choices([0, 1, 2], weights=[45, 35, 20])[0]]))
    # QA: at least two on the night shift
    emps = [(e[0], e[1], e[2], e[3], "C") if e[3] == "QA" and e[0] in (22, 24) else e for e in emps]
    usable = {g[0]: g for g in gauges if g[10] in ("ACT", "LOST") and g[11] < "2024-06-01"}
    by_dept: dict[str, list[int]] = {}
    for g in usable.values():
        by_dept.setdefault(g[9], []).append(g[0])
    checkouts = []
    kid = 0
    heavy = 7
    for day in _days(dt.date(2024, 6, 1), LAST_DAY):
        if day.weekday() == 6:
            continue
        for _ in range(r.randint(2, 6)):
            e = r.choice(emps) if r.random() > 0.12 else emps[heavy - 1]
            pool = by_dept.get(e[3]) or by_dept["QA"]
            g = r.choice(pool)
            start_h = {"A": 6, "B": 14, "C": 22}[e[4]]
            out = dt.datetime.combine(day, dt.time(start_h)) + dt.timedelta(minutes=r.randint(5, 420))
            if out.date() > LAST_DAY:
                continue
            back: dt.datetime | None = out + dt.timedelta(minutes=r.randint(15, 60 * 9))
            if r.random() < 0.03:
                back = out + dt.timedelta(days=r.randint(1, 6), minutes=r.randint(0, 300))
            if back > dt.datetime(2025, 6, 14, 23, 59) or (day >= dt.date(2025, 6, 12) and r.random() < 0.3):  # type: ignore[operator]
                back = None
            kid += 1
            checkouts.append((kid, g, e[0], out.strftime("%Y-%m-%d %H:%M"),
                              back.strftime("%Y-%m-%d %H:%M") if back else None))  # fmt: skip
    write_tables(path, GAUGECRIB_DDL, [
        ("dept", depts), ("gauge_type", types), ("cal_vendor", vendors), ("gauge", [tuple(g) for g in gauges]),
        ("cal_rec", cals), ("emp", emps), ("checkout", checkouts),
    ])  # fmt: skip


BUILDERS = {
    "extrusion": build_extrusion,
    "heattreat": build_heattreat,
    "weldcells": build_weldcells,
    "plantmaint": build_plantmaint,
    "airplant": build_airplant,
    "gaugecrib": build_gaugecrib,
}
