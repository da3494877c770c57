"""Six energy, utility and infrastructure-maintenance databases for the sixty-first blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, except work that is planned (scheduled work
orders) and so lies in the future.

- ``gasmains`` (plain snake_case plural tables with ``id`` keys): a gas distribution network. ``districts`` (with a
  region), ``engineers``, ``mains`` (pipe sections: material, diameter, pressure tier, length, year laid),
  ``leak_reports`` (timestamped, with a source and a severity), ``repairs`` (method and cost of fixing a leak),
  ``surveys`` and the link table ``survey_mains`` (which mains a leakage survey covered, leaks found on each).
- ``hydropower`` (PascalCase plural tables with ``XxxId`` keys, ``IsX`` flags as 0/1): hydro-electric stations.
  ``Stations``, ``Turbines``, ``Engineers`` (each with a home station), ``Outages`` (``EndedAt`` NULL while a turbine is
  still down, ``LostMwh``), the link table ``OutageEngineers`` (hours each engineer put in) and ``Certifications``.
- ``streetlighting`` (camelCase singular tables and columns): a council's street lights. ``ward``, ``lampColumn``,
  ``technician``, ``faultReport``, ``repairVisit``, ``part`` and the link table ``visitPart``.
- ``heatnet`` (singular snake_case tables with ``<table>_id`` keys; meter readings in a long table
  ``reading(meter_id, reading_at, kwh)`` where ``kwh`` is the heat used since the meter's previous reading): a district
  heating network. ``site``, ``meter``, ``reading``, ``invoice`` (quarterly, ``paid_on`` NULL while unpaid),
  ``engineer`` and ``callout``.
- ``gridassets`` (UPPER_SNAKE table and column names; an asset hierarchy through the self-referencing
  ``ASSETS.PARENT_ASSET_ID``: substation > transformer / switchgear > circuit breaker > protection relay): an
  electricity distribution operator's asset register. ``MANUFACTURERS``, ``ASSETS``, ``INSPECTORS``, ``INSPECTIONS``
  (condition score 1-5, result) and ``DEFECTS`` (``CLOSED_ON`` NULL while open).
- ``sewerworks`` (``tbl_`` prefixed singular snake_case tables; work orders with several dates ``raised_on``,
  ``scheduled_for``, ``completed_on`` and costs split into ``labour_cost`` and ``parts_cost``): a sewer maintenance
  contractor. ``tbl_area``, ``tbl_asset``, ``tbl_crew``, ``tbl_work_order``, ``tbl_part`` and the link table
  ``tbl_wo_part``.
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
START = D(2023, 1, 1)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ts(d: dt.date, r: random.Random, lo: int = 6, hi: int = 21) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, r.randint(lo, hi), r.randrange(60), r.randrange(60))


def _its(t: dt.datetime | None) -> str | None:
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else None


# -------------------------------------------------------------------------------------------------------- gasmains
GM_DISTRICTS = [
    ("Ashgrove", "North"), ("Birchfield", "North"), ("Carrow Hill", "North"), ("Dunmore", "North"),
    ("Elmstead", "North"), ("Fellside", "North"), ("Greystones", "South"), ("Harbour End", "South"),
    ("Ivybridge Lane", "South"), ("Juniper Vale", "South"), ("Kingsmead", "South"), ("Longford", "South"),
    ("Millbrook", "East"), ("Netherton", "East"), ("Oakridge", "East"), ("Pennywell", "East"), ("Queensgate", "East"),
    ("Redhill", "East"), ("Saltmarsh", "West"), ("Thornbury", "West"), ("Upton Cross", "West"), ("Valley Road", "West"),
    ("Westcombe", "West"), ("Yarrow", "West"), ("Abbeyfields", "Central"), ("Bridgetown", "Central"),
    ("Castlegate", "Central"), ("Dockside", "Central"), ("Eastgate", "Central"), ("Fairview", "Central"),
]  # fmt: skip
GM_MATERIALS = [
    ("Cast Iron", 1890, 1968),
    ("Ductile Iron", 1962, 1988),
    ("Steel", 1950, 1992),
    ("Polyethylene", 1975, 2024),
]


def build_gasmains(path: Path) -> None:
    r = random.Random(61001)
    c = fresh_db(
        path,
        """
        CREATE TABLE districts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL);
        CREATE TABLE engineers (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, grade TEXT NOT NULL,
            district_id INTEGER NOT NULL REFERENCES districts(id), hired_on DATE NOT NULL);
        CREATE TABLE mains (
            id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE,
            district_id INTEGER NOT NULL REFERENCES districts(id),
            material TEXT NOT NULL, diameter_mm INTEGER NOT NULL, pressure_tier TEXT NOT NULL, length_m REAL NOT NULL,
            year_laid INTEGER NOT NULL);
        CREATE TABLE leak_reports (
            id INTEGER PRIMARY KEY, main_id INTEGER NOT NULL REFERENCES mains(id), reported_at TEXT NOT NULL,
            source TEXT NOT NULL, severity TEXT NOT NULL);
        CREATE TABLE repairs (
            id INTEGER PRIMARY KEY, leak_report_id INTEGER NOT NULL UNIQUE REFERENCES leak_reports(id),
            engineer_id INTEGER NOT NULL REFERENCES engineers(id), repaired_on DATE NOT NULL, method TEXT NOT NULL,
            cost REAL NOT NULL);
        CREATE TABLE surveys (
            id INTEGER PRIMARY KEY, survey_date DATE NOT NULL, engineer_id INTEGER NOT NULL REFERENCES engineers(id),
            method TEXT NOT NULL);
        CREATE TABLE survey_mains (
            survey_id INTEGER NOT NULL REFERENCES surveys(id), main_id INTEGER NOT NULL REFERENCES mains(id),
            leaks_found INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (survey_id, main_id));
        """,
    )
    insert(c, "districts", [(k, n, reg) for k, (n, reg) in enumerate(GM_DISTRICTS, 1)])
    engs = []
    for k, name in enumerate(full_names(r, 36), 1):
        f, s = name.split(" ")
        grade = "Team Leader" if k % 9 == 1 else "Senior Technician" if k % 3 == 0 else "Technician"
        hired = day_between(r, D(2005, 1, 1), D(2022, 12, 31)) if k <= 32 else day_between(r, D(2025, 4, 1), LAST)
        engs.append((k, f, s, grade, r.randint(1, 30), _iso(hired)))
    insert(c, "engineers", engs)
    mains = []
    for k in range(1, 221):
        mat, lo, hi = r.choices(GM_MATERIALS, weights=[4, 2, 2, 5])[0]
        tier = r.choices(["LP", "MP", "IP"], weights=[6, 3, 1])[0]
        dia = r.choice([63, 90, 125, 180] if tier == "LP" else [180, 250, 315] if tier == "MP" else [315, 400, 450])
        mains.append((k, f"GM-{4000 + k * 7}", r.randint(1, 30), mat, dia, tier, round(r.uniform(35, 1850), 1),
                      r.randint(lo, hi)))  # fmt: skip
    insert(c, "mains", mains)
    weights = [5 if m[3] == "Cast Iron" else 2 if m[3] in ("Ductile Iron", "Steel") else 1 for m in mains]
    leaks = []
    for _ in range(300):
        m = r.choices(mains, weights=weights)[0]
        t = _ts(day_between(r, START, LAST), r, 0, 23)
        sev = r.choices(["High", "Medium", "Low"], weights=[2, 3, 3])[0]
        leaks.append((m[0], t, r.choices(["Public", "Survey", "Engineer"], weights=[5, 3, 2])[0], sev))
    leaks.sort(key=lambda x: x[1])
    insert(c, "leak_reports", [(k, m, _its(t), src, sev) for k, (m, t, src, sev) in enumerate(leaks, 1)])
    repairs = []
    for k, (_m, t, _src, sev) in enumerate(leaks, 1):
        fixed = t.date() + dt.timedelta(days=r.randint(0, 1) if sev == "High" else r.randint(1, 21))
        if fixed > LAST or r.random() < 0.04:
            continue
        eng = r.choice([e[0] for e in engs if e[0] <= 30])
        method = r.choices(["Clamp", "Sleeve", "Cut-out", "Replacement section"], weights=[5, 3, 2, 1])[0]
        base = {"Clamp": 420, "Sleeve": 900, "Cut-out": 1800, "Replacement section": 4200}[method]
        repairs.append((len(repairs) + 1, k, eng, _iso(fixed), method, round(base * r.uniform(0.7, 1.5), 2)))
    insert(c, "repairs", repairs)
    surveys, covered = [], []
    for _k in range(1, 91):
        d = day_between(r, START, LAST)
        method = r.choice(["Walking", "Vehicle", "Drone"] if d >= D(2024, 1, 1) else ["Walking", "Vehicle"])
        surveys.append((d, r.choice(range(1, 32)), method))
    surveys.sort(key=lambda x: x[0])
    insert(c, "surveys", [(k, _iso(d), e, m) for k, (d, e, m) in enumerate(surveys, 1)])
    for k in range(1, len(surveys) + 1):
        for mid in r.sample(range(1, 211), r.randint(2, 6)):
            covered.append((k, mid, r.choices([0, 1, 2, 3], weights=[12, 4, 1, 1])[0]))
    insert(c, "survey_mains", covered)
    done(c)


# ------------------------------------------------------------------------------------------------------ hydropower
HP_STATIONS = [
    ("Glen Carran", "River Carran", "Highlands", 1952), ("Loch Veyne", "River Veyne", "Highlands", 1957),
    ("Strathmore Falls", "River Isla", "Perthshire", 1961), ("Ardnish", "River Nish", "Highlands", 1949),
    ("Ben Tarsa", "River Tarsa", "Highlands", 1955), ("Kilbrannan", "River Brannan", "Argyll", 1958),
    ("Dalmore Weir", "River Isla", "Perthshire", 1964), ("Pitfour", "River Tay", "Perthshire", 1951),
    ("Inverlair", "River Spean", "Highlands", 1963), ("Cruachan Beag", "River Awe", "Argyll", 1966),
    ("Loch Fyneside", "River Awe", "Argyll", 1968), ("Rhaeadr Ddu", "Afon Mawddach", "Wales", 1959),
    ("Cwm Dulyn", "Afon Llyfni", "Wales", 1972), ("Maentwrog Uchaf", "Afon Dwyryd", "Wales", 1948),
    ("Tanygrisiau North", "Afon Goedol", "Wales", 1983), ("Dolgarrog Isaf", "Afon Conwy", "Wales", 1926),
    ("Kielder Burn", "River North Tyne", "Northumberland", 1982), ("Haweswater Sluice", "Haweswater Beck",
    "Lake District", 1946), ("Thirlmere Gate", "St John's Beck", "Lake District", 1994),
    ("Ullswater Race", "River Eamont", "Lake District", 2009), ("Glen Lednock", "River Lednock", "Perthshire", 1959),
    ("Tummel Bridge", "River Tummel", "Perthshire", 1933), ("Errochty", "Errochty Water", "Perthshire", 1955),
    ("Clunie Dam", "River Tummel", "Perthshire", 1950), ("Lochay", "River Lochay", "Perthshire", 1958),
    ("Sloy Glen", "Loch Sloy", "Argyll", 1950), ("Allt na Lairige", "Allt na Lairige", "Argyll", 1956),
    ("Fasnakyle", "River Affric", "Highlands", 1951), ("Mullardoch", "River Cannich", "Highlands", 1952),
    ("Glendoe Hollow", "Loch Ness", "Highlands", 2009),
]  # fmt: skip
HP_CAUSES = [("Planned maintenance", 1), ("Annual inspection", 1), ("Bearing fault", 0), ("Grid trip", 0),
             ("Low water", 0), ("Generator fault", 0), ("Debris blockage", 0)]  # fmt: skip
HP_CERTS = ["HV Switching", "Confined Space Entry", "Working at Height", "First Aid at Work", "Crane Operation",
            "Dam Safety Awareness"]  # fmt: skip


def build_hydropower(path: Path) -> None:
    r = random.Random(61002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Stations (StationId INTEGER PRIMARY KEY, StationName TEXT NOT NULL, River TEXT NOT NULL,
            Region TEXT NOT NULL, CapacityMw REAL NOT NULL, CommissionedYear INTEGER NOT NULL);
        CREATE TABLE Turbines (TurbineId INTEGER PRIMARY KEY, StationId INTEGER NOT NULL REFERENCES Stations(StationId),
            SerialNumber TEXT NOT NULL UNIQUE, TurbineType TEXT NOT NULL, RatedMw REAL NOT NULL,
            InstalledDate DATE NOT NULL);
        CREATE TABLE Engineers (EngineerId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            Grade TEXT NOT NULL, HomeStationId INTEGER NOT NULL REFERENCES Stations(StationId),
            StartDate DATE NOT NULL);
        CREATE TABLE Outages (OutageId INTEGER PRIMARY KEY, TurbineId INTEGER NOT NULL REFERENCES Turbines(TurbineId),
            StartedAt TEXT NOT NULL, EndedAt TEXT, Cause TEXT NOT NULL, IsPlanned INTEGER NOT NULL DEFAULT 0,
            LostMwh REAL);
        CREATE TABLE OutageEngineers (OutageId INTEGER NOT NULL REFERENCES Outages(OutageId),
            EngineerId INTEGER NOT NULL REFERENCES Engineers(EngineerId), HoursWorked REAL NOT NULL,
            PRIMARY KEY (OutageId, EngineerId));
        CREATE TABLE Certifications (CertificationId INTEGER PRIMARY KEY,
            EngineerId INTEGER NOT NULL REFERENCES Engineers(EngineerId), CertificateName TEXT NOT NULL,
            IssuedDate DATE NOT NULL, ExpiryDate DATE NOT NULL);
        """,
    )
    turbines = []
    stations = []
    for sid, (name, river, region, year) in enumerate(HP_STATIONS, 1):
        kind = (
            "Pelton" if region in ("Highlands", "Wales") and sid % 3 == 0 else "Kaplan" if sid % 4 == 1 else "Francis"
        )
        cap = 0.0
        for _ in range(r.randint(2, 4)):
            mw = round(r.choice([2.5, 4.0, 5.6, 8.0, 12.5, 16.0, 22.5, 30.0]) * r.choice([1, 1, 1.5]), 1)
            cap += mw
            inst = max(D(year, 6, 1), day_between(r, D(1990, 1, 1), D(2024, 12, 31))) if r.random() < 0.6 else None
            inst = inst or D(year, r.randint(3, 11), r.randint(1, 28))
            if len(turbines) in (14, 52):
                inst = D(2023, r.randint(2, 11), r.randint(1, 28))
            turbines.append((len(turbines) + 1, sid, f"TB-{sid:02d}{len(turbines) + 101:04d}", kind, mw, _iso(inst)))
        stations.append((sid, f"{name} Power Station", river, region, round(cap, 1), year))
    insert(c, "Stations", stations)
    insert(c, "Turbines", turbines)
    engs = []
    grades = ["Graduate", "Engineer", "Engineer", "Senior Engineer", "Principal Engineer"]
    for k, name in enumerate(full_names(r, 40), 1):
        f, s = name.split(" ")
        start = day_between(r, D(2008, 1, 1), D(2022, 6, 30)) if k <= 36 else day_between(r, D(2025, 3, 1), LAST)
        engs.append((k, f, s, "Graduate" if k > 36 else r.choice(grades), r.randint(1, 30), _iso(start)))
    insert(c, "Engineers", engs)
    outs = []
    for _ in range(260):
        tb = r.choice(turbines)
        cause, planned = r.choices(HP_CAUSES, weights=[3, 2, 2, 3, 2, 1, 2])[0]
        t = _ts(day_between(r, START, LAST), r, 0, 23)
        hours = r.randint(8, 120) if planned else r.randint(1, 72)
        end = t + dt.timedelta(hours=hours, minutes=r.choice([0, 15, 30, 45]))
        if end.date() >= TODAY:
            end = None
        lost = round((end - t).total_seconds() / 3600 * tb[4] * r.uniform(0.4, 0.8), 2) if end else None
        outs.append((tb[0], t, end, cause, planned, lost))
    outs.sort(key=lambda x: x[1])
    insert(c, "Outages", [(k, tb, _its(t), _its(e), ca, p, lo) for k, (tb, t, e, ca, p, lo) in enumerate(outs, 1)])
    links = []
    for k, (_tb, t, _e, _ca, _p, _lo) in enumerate(outs, 1):
        pool = [e[0] for e in engs if e[0] <= 34 and D.fromisoformat(str(e[5])) < t.date()]
        for eid in r.sample(pool, r.choice([1, 1, 2])):
            links.append((k, eid, r.choice([1.5, 2.0, 3.0, 4.0, 4.5, 6.0, 7.5, 8.0, 10.0, 12.0])))
    insert(c, "OutageEngineers", links)
    certs = []
    for e in engs:
        for name in r.sample(HP_CERTS, r.randint(1, 3) if e[0] <= 36 else 1):
            issued = day_between(r, max(D.fromisoformat(str(e[5])), D(2020, 1, 1)), LAST)
            years = 1 if name == "First Aid at Work" else 3
            certs.append((e[0], name, _iso(issued), _iso(D(issued.year + years, issued.month, min(issued.day, 28)))))
    insert(c, "Certifications", [(k, *x) for k, x in enumerate(certs, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- streetlighting
SL_WARDS = [
    "Abbey", "Bankside", "Beacon", "Castle", "Chapel End", "Cliftonville", "Coldharbour", "Eastfield", "Fairfield",
    "Grange Park", "Hanover", "Highfield", "Holloway", "Kingsway", "Lakeside", "Longmoor", "Marlpit", "Meadowbank",
    "Northgate", "Oldfield", "Parkside", "Priory", "Riverside", "St Anne's", "Southmead", "Springwell", "Tannery",
    "Victoria", "Westbury", "Woodlands",
]  # fmt: skip
SL_STREETS = ["High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue", "Victoria Road", "London Road",
              "Queen Street", "King's Drive", "Elm Grove", "Orchard Way", "School Lane", "Bridge Street",
              "The Crescent", "Manor Road", "Green Lane"]  # fmt: skip
SL_PARTS = [
    ("LED Lantern 36W", 148.00), ("LED Lantern 54W", 172.50), ("SON Lamp 70W", 18.40), ("SOX Lamp 55W", 24.90),
    ("CFL Lamp 36W", 12.75), ("Photocell NEMA", 9.80), ("Photocell Miniature", 7.45), ("Control Gear 70W", 46.20),
    ("LED Driver 700mA", 58.90), ("Fuse 6A", 1.35), ("Fuse 10A", 1.50), ("Cut-out Unit", 32.00),
    ("Door Panel", 27.60), ("Door Lock Key", 4.20), ("Cable Joint Kit", 21.80), ("Earth Bonding Kit", 15.10),
    ("Bracket Arm 1m", 88.00), ("Bracket Arm 1.5m", 104.00), ("Column Cap", 19.95), ("Lantern Bowl", 36.40),
    ("Gasket Set", 6.30), ("Wiring Loom", 14.85), ("Anti-vandal Shield", 41.00), ("Column Sleeve", 63.50),
    ("Base Plinth", 79.00), ("Reflective Band", 8.60), ("Attachment Clamp", 11.25), ("Bird Spike Kit", 9.90),
    ("Node Controller", 96.00), ("Surge Protector", 23.70),
]  # fmt: skip


def build_streetlighting(path: Path) -> None:
    r = random.Random(61003)
    c = fresh_db(
        path,
        """
        CREATE TABLE ward (wardId INTEGER PRIMARY KEY, wardName TEXT NOT NULL, councillorName TEXT);
        CREATE TABLE lampColumn (columnId INTEGER PRIMARY KEY, assetTag TEXT NOT NULL UNIQUE,
            wardId INTEGER NOT NULL REFERENCES ward(wardId), streetName TEXT NOT NULL, lampType TEXT NOT NULL,
            wattage INTEGER NOT NULL, heightM REAL NOT NULL, installedDate DATE NOT NULL);
        CREATE TABLE technician (technicianId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, teamName TEXT NOT NULL,
            hourlyRate REAL NOT NULL, startDate DATE NOT NULL);
        CREATE TABLE faultReport (faultId INTEGER PRIMARY KEY,
            columnId INTEGER NOT NULL REFERENCES lampColumn(columnId),
            reportedAt TEXT NOT NULL, faultType TEXT NOT NULL, reportedVia TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE repairVisit (visitId INTEGER PRIMARY KEY, faultId INTEGER NOT NULL REFERENCES faultReport(faultId),
            technicianId INTEGER NOT NULL REFERENCES technician(technicianId), visitDate DATE NOT NULL,
            durationMinutes INTEGER NOT NULL, isFixed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE part (partId INTEGER PRIMARY KEY, partName TEXT NOT NULL, unitCost REAL NOT NULL);
        CREATE TABLE visitPart (visitId INTEGER NOT NULL REFERENCES repairVisit(visitId),
            partId INTEGER NOT NULL REFERENCES part(partId), quantity INTEGER NOT NULL, PRIMARY KEY (visitId, partId));
        """,
    )
    councillors = full_names(r, 30)
    insert(c, "ward", [(k, n, councillors[k - 1] if k % 7 else None) for k, n in enumerate(SL_WARDS, 1)])
    cols = []
    for k in range(1, 351):
        ward = r.choices(
            range(1, 31), weights=[3 if w in (4, 19, 23) else 2 if w % 5 == 0 else 1 for w in range(1, 31)]
        )[0]
        lamp = r.choices(["LED", "SON", "SOX", "CFL"], weights=[8, 4, 2, 1])[0]
        watts = {"LED": r.choice([18, 24, 36, 54]), "SON": r.choice([70, 100, 150]), "SOX": r.choice([35, 55, 90]),
                 "CFL": r.choice([36, 55])}[lamp]  # fmt: skip
        inst = (
            day_between(r, D(2014, 1, 1), D(2024, 12, 31))
            if lamp == "LED"
            else day_between(r, D(1978, 1, 1), D(2012, 12, 31))
        )
        cols.append((k, f"SL{ward:02d}-{k:04d}", ward, r.choice(SL_STREETS), lamp, watts,
                     r.choice([5.0, 6.0, 6.0, 8.0, 8.0, 10.0, 12.0]), _iso(inst)))  # fmt: skip
    insert(c, "lampColumn", cols)
    techs = []
    teams = ["North Team", "South Team", "East Team", "West Team"]
    for k, name in enumerate(full_names(r, 30), 1):
        start = day_between(r, D(2010, 1, 1), D(2022, 12, 31)) if k <= 27 else day_between(r, D(2025, 5, 1), LAST)
        rate = round(r.choice([17.5, 18.25, 19.0, 20.4, 21.1, 22.75]) + (3.5 if k == 5 else 0), 2)
        techs.append((k, name, teams[k % 4], rate, _iso(start)))
    insert(c, "technician", techs)
    faults = []
    kinds = ["Lamp out", "Day burning", "Flickering", "Damaged column", "Cable fault", "Door missing"]
    for _ in range(280):
        col = r.choices(cols, weights=[4 if x[4] in ("SOX", "SON") else 1 for x in cols])[0]
        t = _ts(day_between(r, START, LAST), r, 0, 23)
        faults.append(
            (col[0], t, r.choices(kinds, weights=[8, 3, 3, 2, 1, 1])[0], r.choice(["App", "Phone", "Patrol", "App"]))
        )
    faults.sort(key=lambda x: x[1])
    frows, visits, vparts = [], [], []
    for k, (col, t, kind, via) in enumerate(faults, 1):
        d = t.date()
        status = "Fixed"
        if r.random() < 0.04:
            status = "Cancelled"
        else:
            n_visits = r.choices([1, 2, 3], weights=[10, 3, 1])[0]
            vd = d
            for j in range(n_visits):
                vd = vd + dt.timedelta(days=r.randint(1, 8))
                if vd > LAST:
                    break
                fixed = int(j == n_visits - 1)
                tech = r.choice(range(1, 28))
                visits.append((len(visits) + 1, k, tech, _iso(vd), r.choice([20, 30, 45, 60, 75, 90, 120]), fixed))
                for pid in r.sample(range(1, 31), r.choice([0, 0, 1, 1, 2])):
                    vparts.append((len(visits), pid, r.choice([1, 1, 1, 2, 4])))
            if not visits or visits[-1][1] != k or not visits[-1][5]:
                status = "Open"
        frows.append((k, col, _its(t), kind, via, status))
    insert(c, "faultReport", frows)
    insert(c, "repairVisit", visits)
    insert(c, "part", [(k, n, p) for k, (n, p) in enumerate(SL_PARTS, 1)])
    insert(c, "visitPart", vparts)
    done(c)


# --------------------------------------------------------------------------------------------------------- heatnet
HN_SITES = [
    ("Carlton Court", "Residential block"), ("Mercer House", "Residential block"),
    ("Linden Tower", "Residential block"),
    ("Holborn Rise", "Residential block"), ("Sefton Gardens", "Residential block"), ("Wharf View", "Residential block"),
    ("Ropewalk Flats", "Residential block"), ("Foundry Yard", "Residential block"),
    ("Canal Point", "Residential block"),
    ("Exchange Place", "Residential block"), ("Orchard Heights", "Residential block"),
    ("St Luke's Primary School", "School"), ("Riverside Academy", "School"), ("Parkfield Primary School", "School"),
    ("Northgate High School", "School"), ("Millstream Infants", "School"),
    ("Aquatic Centre", "Leisure centre"), ("Central Sports Hall", "Leisure centre"),
    ("Eastside Leisure Centre", "Leisure centre"), ("Civic Offices", "Office"), ("Guildhall Annexe", "Office"),
    ("Innovation Hub", "Office"), ("Market Chambers", "Office"), ("Harbour Offices", "Office"),
    ("City Library", "Public building"), ("Museum and Art Gallery", "Public building"),
    ("Town Hall", "Public building"), ("Magistrates' Court", "Public building"),
    ("St Mary's Hospital", "Hospital"), ("Woodside Care Home", "Care home"), ("Ashfield Care Home", "Care home"),
    ("Beechwood Medical Centre", "Healthcare"), ("Quayside Hotel", "Commercial"),
    ("Arcade Shopping Centre", "Commercial"),
    ("Grand Cinema", "Commercial"), ("University Halls", "Residential block"),
]  # fmt: skip
HN_BASE = {"Residential block": 9000, "School": 7000, "Leisure centre": 26000, "Office": 8000, "Public building": 6000,
           "Hospital": 48000, "Care home": 11000, "Healthcare": 4000, "Commercial": 12000}  # fmt: skip
HN_SEASON = {8: 0.35, 9: 0.45, 10: 0.75, 11: 1.1, 12: 1.45, 1: 1.5, 2: 1.3, 3: 1.05, 4: 0.75, 5: 0.5}
HN_ISSUES = ["No heat", "No hot water", "Low pressure", "Leak", "Meter fault", "Noisy pipework"]


def build_heatnet(path: Path) -> None:
    r = random.Random(61004)
    c = fresh_db(
        path,
        """
        CREATE TABLE site (site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, site_type TEXT NOT NULL,
            postcode TEXT NOT NULL, connected_on DATE NOT NULL);
        CREATE TABLE meter (meter_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id),
            serial_no TEXT NOT NULL UNIQUE, meter_model TEXT NOT NULL, installed_on DATE NOT NULL);
        CREATE TABLE reading (meter_id INTEGER NOT NULL REFERENCES meter(meter_id), reading_at TEXT NOT NULL,
            kwh REAL NOT NULL, PRIMARY KEY (meter_id, reading_at));
        CREATE TABLE invoice (invoice_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id),
            billing_quarter TEXT NOT NULL, issued_on DATE NOT NULL, amount REAL NOT NULL, paid_on DATE);
        CREATE TABLE engineer (engineer_id INTEGER PRIMARY KEY, engineer_name TEXT NOT NULL, mobile TEXT,
            joined_on DATE NOT NULL);
        CREATE TABLE callout (callout_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id),
            engineer_id INTEGER NOT NULL REFERENCES engineer(engineer_id), raised_at TEXT NOT NULL,
            issue TEXT NOT NULL, resolved_at TEXT);
        """,
    )
    sites = []
    for k, (name, kind) in enumerate(HN_SITES, 1):
        conn = (
            day_between(r, D(2012, 1, 1), D(2022, 12, 31))
            if k not in (9, 22, 36)
            else day_between(r, D(2023, 1, 1), D(2023, 12, 31))
        )
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        postcode = f"LS{r.randint(1, 17)} {r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"
        sites.append((k, name, kind, postcode, _iso(conn)))
    insert(c, "site", sites)
    meters = []
    models = ["Kamstrup MULTICAL 603", "Landis+Gyr T550", "Sontex Superstatic 789", "Diehl Sharky 775"]
    for sid in range(1, 37):
        for _ in range(2 if sid in (4, 17, 29, 34) else 1):
            inst = day_between(r, D.fromisoformat(str(sites[sid - 1][4])), D(2024, 6, 30))
            meters.append((len(meters) + 1, sid, f"HM{r.randint(100000, 999999)}", r.choice(models), _iso(inst)))
    insert(c, "meter", meters)
    readings = []
    missing_may = {7, 21, 33}
    for m in meters:
        kind = sites[m[1] - 1][2]
        base = HN_BASE[kind] * r.uniform(0.7, 1.3) / (2 if m[1] in (4, 17, 29, 34) else 1)
        for y, mo in [(2024, 8), (2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3),
                      (2025, 4), (2025, 5)]:  # fmt: skip
            if (y, mo) == (2025, 5) and m[0] in missing_may:
                continue
            if r.random() < 0.02:
                continue
            t = _ts(D(y, mo, r.randint(24, 28)), r, 1, 4)
            readings.append((m[0], _its(t), round(base * HN_SEASON[mo] * r.uniform(0.85, 1.15), 1)))
    readings.sort(key=lambda x: (x[1], x[0]))
    insert(c, "reading", readings)
    by_site_q: dict[tuple[int, str], float] = {}
    site_of = {m[0]: m[1] for m in meters}
    quarter_of = {8: "2024-Q3", 9: "2024-Q3", 10: "2024-Q4", 11: "2024-Q4", 12: "2024-Q4", 1: "2025-Q1", 2: "2025-Q1",
                  3: "2025-Q1"}  # fmt: skip
    for mid, at, kwh in readings:
        q = quarter_of.get(int(at[5:7]))
        if q:
            by_site_q[(site_of[mid], q)] = by_site_q.get((site_of[mid], q), 0.0) + kwh
    invoices = []
    for q, issued in (("2024-Q3", D(2024, 10, 7)), ("2024-Q4", D(2025, 1, 8)), ("2025-Q1", D(2025, 4, 7))):
        for sid in range(1, 37):
            amount = round(by_site_q.get((sid, q), 0.0) * 0.0912 + 91 * 1.35, 2)
            late = r.random()
            paid = (
                None if (q == "2025-Q1" and late < 0.3) or late < 0.04 else issued + dt.timedelta(days=r.randint(5, 45))
            )
            invoices.append((len(invoices) + 1, sid, q, _iso(issued), amount, _iso(paid)))
    insert(c, "invoice", invoices)
    engs = []
    for k, name in enumerate(full_names(r, 30), 1):
        joined = day_between(r, D(2012, 1, 1), D(2022, 12, 31)) if k <= 26 else day_between(r, D(2025, 4, 1), LAST)
        engs.append(
            (k, name, None if k % 8 == 0 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}", _iso(joined))
        )
    insert(c, "engineer", engs)
    calls = []
    for _ in range(150):
        sid = r.choices(range(1, 37), weights=[3 if s in (4, 12, 17, 29) else 1 for s in range(1, 37)])[0]
        t = _ts(day_between(r, START, LAST), r, 0, 23)
        issue = r.choices(HN_ISSUES, weights=[4, 3, 2, 2, 2, 1])[0]
        fix = t + dt.timedelta(
            hours=r.randint(1, 8) if issue == "No heat" else r.randint(2, 96), minutes=r.randrange(60)
        )
        calls.append((sid, r.choice(range(1, 27)), t, issue, None if fix.date() >= TODAY or r.random() < 0.03 else fix))
    calls.sort(key=lambda x: x[2])
    insert(c, "callout", [(k, s, e, _its(t), i, _its(f)) for k, (s, e, t, i, f) in enumerate(calls, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ gridassets
GA_SUBSTATIONS = [
    "Ashby Road", "Barrow Lane", "Cinder Hill", "Dovecote", "Eastwood Park", "Fosse Way", "Gorse Hill", "Hempstead",
    "Ironbridge Road", "Jubilee Park", "Kirkby Fields", "Lowther Street", "Moorgate", "Newlands", "Oldbury Way",
    "Pinfold Lane", "Quarry Bank", "Ravenscroft", "Sandpits", "Tollbar", "Underhill", "Vicarage Fields", "Watermead",
    "Yew Tree", "Alder Moss", "Bishopton", "Coalpit Heath", "Drovers Way", "Emberton", "Foxcovert",
]  # fmt: skip
GA_MFRS = [
    ("Siemens Energy", "Germany"), ("Hitachi Energy", "Switzerland"), ("Schneider Electric", "France"),
    ("Eaton", "Ireland"), ("Hyosung Heavy Industries", "South Korea"), ("Brush Transformers", "United Kingdom"),
    ("Wilson Power Solutions", "United Kingdom"), ("Lucy Electric", "United Kingdom"), ("Ormazabal", "Spain"),
    ("Efacec", "Portugal"), ("SGB-SMIT", "Germany"), ("Elsewedy Electric", "Egypt"), ("Crompton Greaves", "India"),
    ("Toshiba T&D", "Japan"), ("Mitsubishi Electric", "Japan"), ("GE Vernova", "United States"),
    ("Reyrolle", "United Kingdom"), ("SEL", "United States"), ("Alstom Grid", "France"), ("Tamini", "Italy"),
    ("Koncar", "Croatia"), ("Elektrobudowa", "Poland"), ("Arteche", "Spain"), ("Trench Group", "Germany"),
    ("Areva T&D", "France"), ("Kelvatek", "United Kingdom"), ("Megger", "United Kingdom"), ("Fuji Electric", "Japan"),
    ("Zpue", "Poland"), ("Tavrida Electric", "Estonia"),
]  # fmt: skip
GA_DEFECTS = ["Oil leak", "Corrosion", "Overheating", "Partial discharge", "Worn contacts", "Firmware fault",
              "Low SF6 pressure", "Damaged bushing"]  # fmt: skip


def build_gridassets(path: Path) -> None:
    r = random.Random(61005)
    c = fresh_db(
        path,
        """
        CREATE TABLE MANUFACTURERS (MFR_ID INTEGER PRIMARY KEY, MFR_NAME TEXT NOT NULL, COUNTRY TEXT NOT NULL);
        CREATE TABLE ASSETS (ASSET_ID INTEGER PRIMARY KEY, ASSET_TAG TEXT NOT NULL UNIQUE, ASSET_NAME TEXT NOT NULL,
            ASSET_CLASS TEXT NOT NULL, PARENT_ASSET_ID INTEGER REFERENCES ASSETS(ASSET_ID),
            MFR_ID INTEGER REFERENCES MANUFACTURERS(MFR_ID), VOLTAGE_KV REAL, INSTALLED_YEAR INTEGER NOT NULL,
            STATUS TEXT NOT NULL);
        CREATE TABLE INSPECTORS (INSPECTOR_ID INTEGER PRIMARY KEY, FULL_NAME TEXT NOT NULL, GRADE TEXT NOT NULL,
            JOINED_DATE DATE NOT NULL);
        CREATE TABLE INSPECTIONS (INSPECTION_ID INTEGER PRIMARY KEY,
            ASSET_ID INTEGER NOT NULL REFERENCES ASSETS(ASSET_ID),
            INSPECTOR_ID INTEGER NOT NULL REFERENCES INSPECTORS(INSPECTOR_ID), INSPECTED_ON DATE NOT NULL,
            CONDITION_SCORE INTEGER NOT NULL, RESULT TEXT NOT NULL);
        CREATE TABLE DEFECTS (DEFECT_ID INTEGER PRIMARY KEY,
            INSPECTION_ID INTEGER NOT NULL REFERENCES INSPECTIONS(INSPECTION_ID), DEFECT_TYPE TEXT NOT NULL,
            PRIORITY TEXT NOT NULL, CLOSED_ON DATE);
        """,
    )
    insert(c, "MANUFACTURERS", [(k, n, co) for k, (n, co) in enumerate(GA_MFRS, 1)])
    assets: list[tuple[object, ...]] = []

    def add(tag: str, name: str, cls: str, parent: int | None, mfr: int | None, kv: float | None, year: int) -> int:
        status = "Decommissioned" if cls != "Substation" and r.random() < 0.05 else "In service"
        assets.append((len(assets) + 1, tag, name, cls, parent, mfr, kv, year, status))
        return len(assets)

    for k, sub in enumerate(GA_SUBSTATIONS, 1):
        year = r.randint(1958, 2012)
        sid = add(f"SS{k:03d}", f"{sub} Primary", "Substation", None, None, 33.0, year)
        for t in range(1, (3 if k in (3, 11, 26) else 2) + 1):
            ty = r.randint(year, 2024)
            add(f"SS{k:03d}-T{t}", f"{sub} Transformer T{t}", "Transformer", sid, r.choice([1, 2, 5, 6, 7, 11, 13, 20]),
                33.0, ty)  # fmt: skip
        sw = add(f"SS{k:03d}-SW", f"{sub} 11kV Switchboard", "Switchgear", sid, r.choice([1, 3, 4, 8, 9, 17, 29, 30]),
                 11.0, r.randint(year, 2024))  # fmt: skip
        for b in range(1, (5 if k == 14 else r.randint(2, 4)) + 1):
            cb = add(f"SS{k:03d}-CB{b}", f"{sub} Feeder Breaker {b}", "Circuit Breaker", sw,
                     r.choice([1, 3, 4, 8, 17, 30]), 11.0, r.randint(year, 2024))  # fmt: skip
            if r.random() < 0.7:
                add(f"SS{k:03d}-R{b}", f"{sub} Protection Relay {b}", "Protection Relay", cb, r.choice([16, 17, 18, 3]),
                    None, r.randint(1995, 2024))  # fmt: skip
    insert(c, "ASSETS", assets)
    inspectors = []
    for k, name in enumerate(full_names(r, 30), 1):
        joined = (
            day_between(r, D(2006, 1, 1), D(2022, 6, 30)) if k <= 27 else day_between(r, D(2025, 3, 1), D(2025, 5, 31))
        )
        inspectors.append((k, name, r.choice(["Inspector", "Inspector", "Senior Inspector", "Authorised Engineer"]),
                           _iso(joined)))  # fmt: skip
    insert(c, "INSPECTORS", inspectors)
    insps = []
    live = [a for a in assets if a[8] == "In service"]
    for _ in range(360):
        a = r.choice(live)
        score = r.choices([1, 2, 3, 4, 5], weights=[1, 2, 4, 5, 3])[0]
        if a[3] == "Transformer" and int(str(a[7])) < 1985:
            score = max(1, score - 1)
        res = "Pass" if score >= 4 else "Advisory" if score == 3 else "Fail"
        insps.append((a[0], r.choice(range(1, 28)), day_between(r, START, LAST), score, res))
    insps.sort(key=lambda x: (x[2], x[0]))
    insert(c, "INSPECTIONS", [(k, a, i, _iso(d), s, res) for k, (a, i, d, s, res) in enumerate(insps, 1)])
    defects = []
    for k, (_a, _i, d, s, _res) in enumerate(insps, 1):
        if s <= 3:
            for _ in range(1 if s == 3 else r.randint(1, 2)):
                pr = "P1" if s == 1 else "P2" if s == 2 else "P3"
                closed = d + dt.timedelta(days=r.randint(3, 30) if pr == "P1" else r.randint(10, 200))
                defects.append(
                    (k, r.choice(GA_DEFECTS), pr, None if closed > LAST or r.random() < 0.08 else _iso(closed))
                )
    insert(c, "DEFECTS", [(k, *x) for k, x in enumerate(defects, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ sewerworks
SW_AREAS = [
    ("Ashton Vale", "Southville"), ("Bedminster Down", "Southville"), ("Bishopsworth", "Southville"),
    ("Knowle West", "Southville"), ("Totterdown", "Southville"), ("Windmill Hill", "Southville"),
    ("Clifton Wood", "Harbourside"), ("Hotwells", "Harbourside"), ("Spike Island", "Harbourside"),
    ("Redcliffe", "Harbourside"), ("Temple Meads", "Harbourside"), ("Wapping Wharf", "Harbourside"),
    ("Bishopston", "Northfield"), ("Horfield", "Northfield"), ("Lockleaze", "Northfield"),
    ("Southmead", "Northfield"), ("Westbury Park", "Northfield"), ("Henleaze", "Northfield"),
    ("Eastville", "Eastmoor"), ("Fishponds", "Eastmoor"), ("Speedwell", "Eastmoor"), ("St George", "Eastmoor"),
    ("Stapleton", "Eastmoor"), ("Whitehall", "Eastmoor"), ("Avonmouth", "Portway"), ("Lawrence Weston", "Portway"),
    ("Sea Mills", "Portway"), ("Shirehampton", "Portway"), ("Coombe Dingle", "Portway"), ("Stoke Bishop", "Portway"),
]  # fmt: skip
SW_PARTS = [
    ("Manhole cover 600x600", 212.00), ("Manhole frame", 148.50), ("Clay pipe 150mm x 1.6m", 38.40),
    ("Clay pipe 225mm x 1.6m", 61.90), ("PVC pipe 160mm x 3m", 44.75), ("Pipe coupling 150mm", 12.60),
    ("Pipe coupling 225mm", 18.20), ("Patch liner 150mm", 96.00), ("Patch liner 225mm", 128.00),
    ("Epoxy resin kit", 74.30), ("Gully grate", 58.00), ("Gully pot", 83.50), ("Benching mortar 25kg", 9.85),
    ("Engineering bricks (100)", 67.00), ("Step irons (set)", 42.10), ("Non-return valve", 189.00),
    ("Pump impeller", 415.00), ("Pump seal kit", 126.40), ("Float switch", 54.90), ("Control panel fuse", 3.25),
    ("Odour filter cartridge", 138.00), ("Root cutter blade", 29.99), ("Jetting nozzle", 87.60),
    ("Rodding eye cap", 6.40), ("Saddle connector", 22.30), ("Chamber riser ring", 71.20), ("Sealing strip", 8.75),
    ("Backfill aggregate (t)", 31.50), ("Tarmac reinstatement (m2)", 46.00), ("Traffic management day", 320.00),
]  # fmt: skip
SW_TYPES = [("Blockage", 6), ("Jetting", 3), ("CCTV survey", 3), ("Collapse", 1), ("Odour", 2), ("Flooding", 2),
            ("Cover replacement", 2)]  # fmt: skip


def build_sewerworks(path: Path) -> None:
    r = random.Random(61006)
    c = fresh_db(
        path,
        """
        CREATE TABLE tbl_area (area_id INTEGER PRIMARY KEY, area_name TEXT NOT NULL, borough TEXT NOT NULL);
        CREATE TABLE tbl_asset (asset_id INTEGER PRIMARY KEY, asset_ref TEXT NOT NULL UNIQUE, asset_type TEXT NOT NULL,
            area_id INTEGER NOT NULL REFERENCES tbl_area(area_id), street TEXT NOT NULL, install_year INTEGER);
        CREATE TABLE tbl_crew (crew_id INTEGER PRIMARY KEY, crew_name TEXT NOT NULL, depot TEXT NOT NULL,
            crew_size INTEGER NOT NULL, formed_on DATE NOT NULL);
        CREATE TABLE tbl_work_order (wo_id INTEGER PRIMARY KEY,
            asset_id INTEGER NOT NULL REFERENCES tbl_asset(asset_id),
            crew_id INTEGER REFERENCES tbl_crew(crew_id), wo_type TEXT NOT NULL, priority TEXT NOT NULL,
            raised_on DATE NOT NULL, scheduled_for DATE, completed_on DATE, labour_cost REAL, parts_cost REAL);
        CREATE TABLE tbl_part (part_id INTEGER PRIMARY KEY, part_name TEXT NOT NULL, unit_price REAL NOT NULL);
        CREATE TABLE tbl_wo_part (wo_id INTEGER NOT NULL REFERENCES tbl_work_order(wo_id),
            part_id INTEGER NOT NULL REFERENCES tbl_part(part_id), qty INTEGER NOT NULL, PRIMARY KEY (wo_id, part_id));
        """,
    )
    insert(c, "tbl_area", [(k, n, b) for k, (n, b) in enumerate(SW_AREAS, 1)])
    streets = ["Coronation Road", "North Street", "Gloucester Road", "Church Road", "Park Row", "Ashley Road",
               "Fishponds Road", "Portway", "Wells Road", "Cumberland Road", "Stapleton Road",
               "Kellaway Avenue"]  # fmt: skip
    assets = []
    for k in range(1, 261):
        typ = r.choices(["Manhole", "Sewer pipe", "Gully", "Pumping station", "Outfall"], weights=[6, 6, 4, 1, 1])[0]
        year = (
            None
            if typ == "Sewer pipe" and r.random() < 0.08
            else (r.randint(1880, 2020) if typ in ("Manhole", "Sewer pipe") else r.randint(1950, 2020))
        )
        prefix = {"Manhole": "MH", "Sewer pipe": "SP", "Gully": "GY", "Pumping station": "PS", "Outfall": "OF"}[typ]
        assets.append((k, f"{prefix}-{k:04d}", typ, r.randint(1, 30), r.choice(streets), year))
    insert(c, "tbl_asset", assets)
    depots = ["Avonside Depot", "Northfield Depot", "Portway Depot"]
    crews = []
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo",
             "Lima",
             "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey",
             "X-ray", "Yankee", "Zulu", "Jetvac 1", "Jetvac 2", "CCTV Unit 1", "CCTV Unit 2"]  # fmt: skip
    for k, n in enumerate(names, 1):
        formed = (
            day_between(r, D(2015, 1, 1), D(2022, 12, 31)) if k not in (25, 26, 30) else D(2025, 6, r.randint(2, 12))
        )
        crews.append((k, f"{n} Crew" if k <= 26 else n, depots[k % 3], r.choice([2, 2, 3, 3, 4, 5]), _iso(formed)))
    insert(c, "tbl_crew", crews)
    insert(c, "tbl_part", [(k, n, p) for k, (n, p) in enumerate(SW_PARTS, 1)])
    wos, wparts = [], []
    active = [cr[0] for cr in crews if cr[0] not in (25, 26, 30)]
    for k in range(350):
        raised = day_between(r, START, LAST) if k < 325 else day_between(r, D(2025, 5, 26), LAST)
        typ = r.choices([t for t, _w in SW_TYPES], weights=[w for _t, w in SW_TYPES])[0]
        asset = r.choice(assets)
        pri = "Emergency" if typ in ("Collapse", "Flooding") else r.choices(["Urgent", "Routine"], weights=[1, 2])[0]
        sched = raised + dt.timedelta(
            days=0 if pri == "Emergency" else r.randint(1, 4) if pri == "Urgent" else r.randint(5, 40)
        )
        done_on = sched + dt.timedelta(days=r.choices([0, 0, 0, 1, 2, 5, 9], weights=[5, 3, 2, 2, 1, 1, 1])[0])
        crew = r.choice(active)
        if raised > D(2025, 6, 4) and pri != "Emergency" and r.random() < 0.4:
            sched, crew = None, None
        if sched is None or done_on > LAST or (r.random() < 0.03):
            wos.append([asset[0], crew, typ, pri, raised, sched, None, None, None])
        else:
            wos.append([asset[0], crew, typ, pri, raised, sched, done_on, None, None])
    wos.sort(key=lambda x: (x[4], x[0]))
    for k, w in enumerate(wos, 1):
        if w[6] is None:
            continue
        parts = r.sample(range(1, 31), r.choice([0, 1, 1, 2]))
        total = 0.0
        for pid in parts:
            q = r.choice([1, 1, 2, 3])
            wparts.append((k, pid, q))
            total += q * SW_PARTS[pid - 1][1]
        size = crews[int(str(w[1])) - 1][3]
        hours = r.choice([1.5, 2, 3, 4, 6, 8]) * (3 if w[2] == "Collapse" else 1)
        w[7] = round(hours * int(str(size)) * 38.5, 2)
        w[8] = round(total, 2)
    insert(c, "tbl_work_order", [(k, a, cr, t, p, _iso(ra), _iso(s), _iso(co), lc, pc)
                                 for k, (a, cr, t, p, ra, s, co, lc, pc) in enumerate(wos, 1)])  # fmt: skip
    insert(c, "tbl_wo_part", wparts)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "gasmains": build_gasmains,
    "hydropower": build_hydropower,
    "streetlighting": build_streetlighting,
    "heatnet": build_heatnet,
    "gridassets": build_gridassets,
    "sewerworks": build_sewerworks,
}
