"""Six small transport and travel infrastructure databases for the sixty-eighth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing is dated after 2025-06-14 except the pilotage jobs already booked.

- ``cablecar`` (Oracle-style UPPER_CASE names, every column carrying its table's prefix; self-referencing
  ``EMPLOYEE.EMP_MGR_ID``): a mountain cable-car operator. ``LINE`` (``LINE_TYPE`` GONDOLA, AERIAL TRAM or FUNITEL,
  ``LINE_LENGTH`` and ``LINE_RISE`` in metres, ``LINE_SEASONAL`` 'Y'/'N': closes outside the ski and summer seasons),
  ``STATION`` (``STN_SEQ`` 1 = valley station, ``STN_ALTITUDE`` metres, ``STN_CAFE`` 'Y'/'N'), ``EMPLOYEE``
  (``EMP_ROLE``, ``EMP_LINE_ID`` NULL for staff not tied to one line, ``EMP_LEFT_DT`` NULL while still employed),
  ``CABIN`` (``CAB_NO`` such as 'SG-07', ``CAB_CAPACITY`` passengers, ``CAB_STATUS`` 'A' in service, 'M' in the
  workshop, 'R' retired), ``INSPECTION`` (``INSP_RESULT`` 'P' pass, 'C' conditional pass, 'F' fail), ``STOPPAGE``
  (``STP_START``/``STP_END`` 'YYYY-MM-DD HH:MM', ``STP_END`` NULL while the line is still stopped, ``STP_CAUSE`` WIND,
  TECHNICAL, POWER, ICE or RESCUE DRILL) and ``TICKET_SALE`` (``TKT_TYPE`` 'S' single, 'R' return, 'D' day pass,
  ``TKT_QTY`` tickets in the sale, ``TKT_AMOUNT`` euros, ``TKT_CHANNEL`` ONLINE, KIOSK or DESK).
- ``pilotage`` (units carried in column names): a port's marine pilotage service. ``pilots`` (``licence_class`` A, B
  or C, ``max_length_m`` the longest ship the pilot may take), ``vessels`` (``flag_code`` ISO 3166 two-letter code,
  ``length_m``, ``beam_m``, ``draught_m``, ``deadweight_t`` tonnes), ``berths`` (``depth_m``, ``max_length_m``),
  ``pilot_boats`` (``length_m``, ``top_speed_kn`` knots), ``jobs`` (one pilot act: ``movement`` IN, OUT or SHIFT,
  ``boarded_at`` 'YYYY-MM-DD HH:MM', ``status`` 'C' completed, 'X' cancelled, 'P' planned (no boat yet);
  ``duration_min``, ``distance_nm`` nautical miles and ``fee_pence`` NULL unless completed) and ``fuel_logs``
  (``fuel_l`` litres, ``cost_pence``).
- ``schoolbus`` (statuses and kinds as integer codes into lookup tables, 0/1 integer flags): a council's home-to-school
  transport. ``trip_status`` (1 On time, 2 Late, 3 Cancelled, 4 Breakdown), ``vehicle_type`` (1 Minibus, 2 Midi coach,
  3 Full coach, 4 Wheelchair-accessible minibus), ``school``, ``driver`` (``first_aid`` and ``agency`` 0/1),
  ``route`` (``school_id``, ``driver_id`` NULL on some withdrawn routes, ``vehicle_type_id``, ``seats``, ``active``
  0/1), ``stop`` (a stop on one
  route: ``seq``, ``pickup_time`` 'HH:MM' of the morning run), ``pupil`` (boards at ``stop_id``; ``free_travel`` 0/1
  entitled to free transport, ``needs_escort`` 0/1) and ``trip`` (one run: ``run`` 'AM' or 'PM', ``status_id``,
  ``minutes_late`` only for late runs).
- ``bridgeinspect`` (Rails-style plural tables with ``created_at``/``updated_at``, ``is_``/``has_`` 0/1 flags and a
  ``deleted_at`` soft delete, NULL while the row is live): a highway authority's bridge inspections. ``bridges``
  (``structure_type``, ``span_metres``, ``built_year``, ``is_listed`` heritage listed, ``has_weight_limit``),
  ``inspectors`` (``is_chartered``), ``inspections`` (``kind`` general, principal or special, ``inspected_on``,
  ``condition_score`` 0-100, higher is better), ``defects`` (``element``, ``severity`` 1-5, ``is_urgent``),
  ``contractors`` (``is_approved``) and ``repairs`` (``cost`` pounds, ``completed_on`` NULL while under way).
- ``weighstation`` (times as Unix epoch integer seconds, UTC): lorry weight enforcement. ``stations``
  (``opened_ts``), ``hauliers`` (``country_code`` ISO two-letter, ``licence_status`` 'V' valid, 'S' suspended,
  'R' revoked), ``vehicles`` (``plate``, ``axles``, ``plated_kg`` the legal maximum gross weight), ``officers``
  (``started_ts``, ``left_ts`` NULL while serving), ``weighings`` (``weighed_ts``, ``gross_kg``, ``outcome`` 'P'
  within limit, 'O' overloaded by up to 10 %, 'X' overloaded by more than 10 % and the lorry stopped) and ``fines``
  (one per overloaded weighing: ``issued_ts``, ``amount_gbp``, ``paid_ts`` NULL while unpaid).
- ``lighthouses`` (every column repeats its table's name; self-referencing ``technician.technician_mentor_id``): a
  lighthouse authority. ``lighthouse`` (``lighthouse_built`` year, ``lighthouse_height`` metres, ``lighthouse_range``
  nautical miles, ``lighthouse_offshore`` 'Y'/'N', ``lighthouse_status`` 'A' active or 'D' discontinued),
  ``technician`` (``technician_grade``), ``visit`` (``visit_purpose`` Routine, Repair, Emergency or Survey,
  ``visit_hours`` on site, ``visit_helicopter`` 'Y'/'N'), the link table ``visit_crew`` (technicians on a visit,
  ``visit_crew_role`` Lead or Support) and ``fault`` (``fault_cleared`` NULL while the fault is open).
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


def _stamp(d: dt.date, r: random.Random, lo: int = 7, hi: int = 18) -> str:
    """``d`` as 'YYYY-MM-DD HH:MM' at a random time between ``lo`` and ``hi`` o'clock."""
    return f"{d.isoformat()} {r.randint(lo, hi - 1):02d}:{r.randrange(0, 60, 5):02d}"


def _rails(d: dt.date, r: random.Random) -> str:
    """An ISO datetime on day ``d`` in office hours (Rails ``created_at`` style)."""
    return f"{d.isoformat()} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _epoch(d: dt.date, hour: int = 0, minute: int = 0, second: int = 0) -> int:
    return int(dt.datetime(d.year, d.month, d.day, hour, minute, second, tzinfo=dt.UTC).timestamp())


# ------------------------------------------------------------------------------------------------------- cablecar
CC_LINES = [
    (1, "Summit Gondola", "GONDOLA", 3200, 1180, D(2009, 12, 12), "Y"),
    (2, "Glacier Aerial Tram", "AERIAL TRAM", 2850, 1420, D(1998, 6, 1), "N"),
    (3, "Village Express", "GONDOLA", 1450, 310, D(2016, 11, 30), "Y"),
    (4, "Lake View Funitel", "FUNITEL", 2100, 640, D(2021, 12, 18), "N"),
    (5, "Forest Gondola", "GONDOLA", 1800, 520, D(2012, 7, 1), "Y"),
]
CC_STATIONS = [
    (1, "Valley Base", 1, 1, 1050, "Y"), (2, "Midway", 1, 2, 1690, "N"), (3, "Summit Top", 1, 3, 2230, "Y"),
    (4, "Glacier Foot", 2, 1, 1610, "N"), (5, "Glacier Terrace", 2, 2, 3030, "Y"),
    (6, "Village Square", 3, 1, 1020, "Y"), (7, "Upper Village", 3, 2, 1330, "N"),
    (8, "Lakeside", 4, 1, 890, "Y"), (9, "Panorama Point", 4, 2, 1530, "Y"),
    (10, "Forest Gate", 5, 1, 960, "N"), (11, "Woodland Halt", 5, 2, 1200, "N"), (12, "Pine Ridge", 5, 3, 1480, "Y"),
]  # fmt: skip
CC_FLEET = {1: ("SG", 24, 8), 2: ("GT", 2, 80), 3: ("VE", 16, 10), 4: ("LV", 12, 24), 5: ("FG", 18, 8)}
CC_PRICE = {"S": 16.0, "R": 26.0, "D": 48.0}
CC_FACTOR = {1: 1.25, 2: 1.5, 3: 0.5, 4: 1.0, 5: 0.75}
CC_CAUSES = [("WIND", 45, 320), ("TECHNICAL", 20, 540), ("POWER", 10, 150), ("ICE", 60, 240),
             ("RESCUE DRILL", 90, 180)]  # fmt: skip


def build_cablecar(path: Path) -> None:
    r = random.Random(68001)
    c = fresh_db(
        path,
        """
        CREATE TABLE LINE (LINE_ID INTEGER PRIMARY KEY, LINE_NAME TEXT NOT NULL, LINE_TYPE TEXT NOT NULL,
            LINE_LENGTH INTEGER NOT NULL, LINE_RISE INTEGER NOT NULL, LINE_OPENED_DT DATE NOT NULL,
            LINE_SEASONAL CHAR(1) NOT NULL);
        CREATE TABLE STATION (STN_ID INTEGER PRIMARY KEY, STN_NAME TEXT NOT NULL,
            STN_LINE_ID INTEGER NOT NULL REFERENCES LINE(LINE_ID), STN_SEQ INTEGER NOT NULL,
            STN_ALTITUDE INTEGER NOT NULL, STN_CAFE CHAR(1) NOT NULL);
        CREATE TABLE EMPLOYEE (EMP_ID INTEGER PRIMARY KEY, EMP_NAME TEXT NOT NULL, EMP_ROLE TEXT NOT NULL,
            EMP_LINE_ID INTEGER REFERENCES LINE(LINE_ID), EMP_MGR_ID INTEGER REFERENCES EMPLOYEE(EMP_ID),
            EMP_HIRE_DT DATE NOT NULL, EMP_LEFT_DT DATE);
        CREATE TABLE CABIN (CAB_ID INTEGER PRIMARY KEY, CAB_NO TEXT NOT NULL,
            CAB_LINE_ID INTEGER NOT NULL REFERENCES LINE(LINE_ID), CAB_CAPACITY INTEGER NOT NULL,
            CAB_COMMISSIONED_DT DATE NOT NULL, CAB_STATUS CHAR(1) NOT NULL);
        CREATE TABLE INSPECTION (INSP_ID INTEGER PRIMARY KEY, INSP_CAB_ID INTEGER NOT NULL REFERENCES CABIN(CAB_ID),
            INSP_EMP_ID INTEGER NOT NULL REFERENCES EMPLOYEE(EMP_ID), INSP_DT DATE NOT NULL,
            INSP_RESULT CHAR(1) NOT NULL);
        CREATE TABLE STOPPAGE (STP_ID INTEGER PRIMARY KEY, STP_LINE_ID INTEGER NOT NULL REFERENCES LINE(LINE_ID),
            STP_START TEXT NOT NULL, STP_END TEXT, STP_CAUSE TEXT NOT NULL,
            STP_EMP_ID INTEGER NOT NULL REFERENCES EMPLOYEE(EMP_ID));
        CREATE TABLE TICKET_SALE (TKT_ID INTEGER PRIMARY KEY, TKT_LINE_ID INTEGER NOT NULL REFERENCES LINE(LINE_ID),
            TKT_DT DATE NOT NULL, TKT_TYPE CHAR(1) NOT NULL, TKT_QTY INTEGER NOT NULL, TKT_AMOUNT REAL NOT NULL,
            TKT_CHANNEL TEXT NOT NULL);
        """,
    )
    insert(c, "LINE", [(i, n, t, ln, rise, _iso(o), s) for i, n, t, ln, rise, o, s in CC_LINES])
    insert(c, "STATION", CC_STATIONS)
    names = full_names(r, 40)
    emps: list[tuple[int, str, str, int | None, int | None, dt.date, dt.date | None]] = [
        (1, names[0], "Operations Manager", None, None, D(2007, 3, 1), None)
    ]
    sup = {}
    for lid in range(1, 6):
        sup[lid] = len(emps) + 1
        emps.append((sup[lid], names[len(emps)], "Line Supervisor", lid, 1, day_between(r, D(2008, 1, 1), D(2018, 1, 1)),
                     None))  # fmt: skip
    for lid in range(1, 6):
        for role, n in (("Lift Operator", 3), ("Technician", 2)):
            for _ in range(n):
                hire = day_between(r, D(2010, 1, 1), D(2022, 10, 1))
                left = (
                    day_between(r, max(hire + dt.timedelta(days=400), START), D(2025, 3, 1))
                    if r.random() < 0.14
                    else None
                )
                emps.append((len(emps) + 1, names[len(emps)], role, lid, sup[lid], hire, left))
    for lid in (3, 4):  # two new technicians, no inspections yet
        emps.append((len(emps) + 1, names[len(emps)], "Technician", lid, sup[lid], D(2025, 6, 2), None))
    for _ in range(4):
        emps.append((len(emps) + 1, names[len(emps)], "Ticket Agent", None, 1, day_between(r, D(2015, 1, 1), D(2024, 6, 1)),
                     None))  # fmt: skip
    insert(c, "EMPLOYEE", [(i, n, ro, li, m, _iso(h), _iso(lf)) for i, n, ro, li, m, h, lf in emps])
    cabins = []
    for lid, (pfx, n, cap) in CC_FLEET.items():
        opened = CC_LINES[lid - 1][5]
        for j in range(1, n + 1):
            x = r.random()
            status = "A" if lid == 2 else "M" if x < 0.08 else "R" if x < 0.15 else "A"
            comm = opened if r.random() < 0.6 or lid == 2 else day_between(r, opened, D(2024, 11, 30))
            cabins.append((len(cabins) + 1, f"{pfx}-{j:02d}", lid, cap, _iso(comm), status))
    insert(c, "CABIN", cabins)
    techs = [e for e in emps if e[2] == "Technician" and e[5] < D(2025, 1, 1)]
    insps = []
    for _ in range(240):
        cab = r.choice(cabins)
        d = day_between(r, START, LAST)
        pool = [e for e in techs if e[3] == cab[2] and e[5] <= d and (e[6] is None or e[6] > d)]
        pool = pool or [e for e in techs if e[5] <= d and (e[6] is None or e[6] > d)]
        x = r.random()
        insps.append((cab[0], r.choice(pool)[0], d, "F" if x < 0.08 else "C" if x < 0.2 else "P"))
    insps.sort(key=lambda x: (x[2], x[0]))
    insert(c, "INSPECTION", [(k, cab, e, _iso(d), res) for k, (cab, e, d, res) in enumerate(insps, 1)])
    stops = []
    for _ in range(90):
        lid = r.randint(1, 5)
        cause, lo, hi = r.choice(CC_CAUSES)
        if cause == "ICE" and lid in (3, 5):
            cause, lo, hi = CC_CAUSES[0]
        d = day_between(r, START, D(2025, 6, 12))
        start = dt.datetime(d.year, d.month, d.day, r.randint(8, 15), r.randrange(0, 60, 5))
        end = start + dt.timedelta(minutes=r.randrange(lo, hi, 5))
        staff = [e[0] for e in emps if e[3] == lid and e[2] != "Technician" and (e[6] is None or e[6] > d)]
        stops.append((lid, start, end, cause, r.choice(staff)))
    stops.append((2, dt.datetime(2025, 6, 14, 15, 40), None, "TECHNICAL", sup[2]))
    stops.sort(key=lambda x: x[1])
    fmt = "%Y-%m-%d %H:%M"
    insert(c, "STOPPAGE", [(k, li, s.strftime(fmt), e.strftime(fmt) if e else None, ca, em)
                           for k, (li, s, e, ca, em) in enumerate(stops, 1)])  # fmt: skip
    sales = []
    for _ in range(320):
        lid = r.choice([1, 1, 2, 2, 3, 4, 4, 5])
        d = day_between(r, START, LAST)
        typ = r.choice("SSRRRD")
        qty = r.choice([1, 1, 2, 2, 3, 4, 5])
        sales.append((lid, d, typ, qty, round(qty * CC_PRICE[typ] * CC_FACTOR[lid], 2),
                      r.choice(["ONLINE", "ONLINE", "KIOSK", "DESK"])))  # fmt: skip
    sales.sort(key=lambda x: (x[1], x[0]))
    insert(c, "TICKET_SALE", [(k, li, _iso(d), t, q, a, ch) for k, (li, d, t, q, a, ch) in enumerate(sales, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- pilotage
PL_BOATS = [
    (1, "Vigilant", 17.5, 25.0, 2008), (2, "Pathfinder", 16.0, 28.0, 2014), (3, "Sea Sentinel", 18.2, 30.5, 2019),
    (4, "Harbour Star", 14.0, 22.0, 2001), (5, "Northern Light", 17.0, 26.5, 2022),
]  # fmt: skip
PL_BERTHS = [
    (1, "Berth 1", "Container Terminal North", 16.0, 400.0), (2, "Berth 2", "Container Terminal North", 16.0, 400.0),
    (3, "Berth 3", "Container Terminal North", 15.5, 370.0), (4, "Oil Jetty A", "Oil Terminal", 18.5, 350.0),
    (5, "Oil Jetty B", "Oil Terminal", 14.0, 260.0), (6, "Cruise Quay", "Cruise Terminal", 11.0, 340.0),
    (7, "Ro-Ro Ramp 1", "Ro-Ro Terminal", 9.5, 220.0), (8, "Ro-Ro Ramp 2", "Ro-Ro Terminal", 9.5, 220.0),
    (9, "Bulk Quay East", "Bulk Terminal", 13.0, 300.0), (10, "General Cargo Wharf", "Multi-purpose Terminal", 10.0, 200.0),
]  # fmt: skip
PL_TYPES = {
    # type: (length range m, beam range m, draught range m, deadweight range t, berths)
    "Container": ((180, 399), (28, 59), (10.0, 15.5), (25000, 200000), (1, 2, 3)),
    "Tanker": ((180, 330), (30, 58), (11.0, 18.0), (40000, 300000), (4, 5)),
    "Bulk carrier": ((170, 290), (27, 45), (10.0, 12.8), (30000, 180000), (9,)),
    "Cruise ship": ((200, 335), (28, 41), (7.0, 8.8), (5000, 15000), (6,)),
    "Ro-Ro": ((140, 215), (22, 32), (6.0, 8.5), (5000, 20000), (7, 8)),
    "General cargo": ((90, 195), (14, 30), (5.0, 9.0), (3000, 15000), (10,)),
}
PL_NAMES = [
    "Aurora Bay", "Baltic Pride", "Cape Orion", "Delta Star", "Eastern Glory", "Fjord Runner", "Golden Tide",
    "Hanseatic Spirit", "Iberian Sun", "Jade Horizon", "Kestrel", "Lady Margaret", "Meridian Express", "Nordic Wave",
    "Ocean Harmony", "Polar Crest", "Queen of the Isles", "Red Falcon", "Silver Arrow", "Tasman Trader",
    "Ultramar", "Viking Dawn", "Westward Ho", "Yellow Sea", "Zenith", "Atlantic Breeze", "Blue Marlin",
    "Coral Princess", "Dover Strait", "Emerald Isle", "Freedom Venture", "Grand Voyager", "Highland Chief",
    "Island Endeavour", "Jubilee", "King Neptune", "Lion City", "Maple Leaf", "North Star", "Orient Pearl",
    "Pacific Dream", "Rotterdam Bridge", "Santa Lucia", "Thames Crusader", "Unity", "Vesta", "Wind Rose",
    "Amber Sky", "Britannia Rose", "Celtic Warrior", "Dragon Gate", "Evening Star", "Falcon Trader", "Gulf Stream",
    "Humber Pride", "Ivory Coast", "Java Spirit", "Kingfisher", "Liberty Bell", "Morning Glory",
]  # fmt: skip
PL_FLAGS = ["PA", "PA", "PA", "LR", "LR", "MH", "MH", "MT", "GB", "GB", "NL", "DE", "SG", "BS", "NO", "CY", "DK"]


def build_pilotage(path: Path) -> None:
    r = random.Random(68002)
    c = fresh_db(
        path,
        """
        CREATE TABLE pilots (pilot_id INTEGER PRIMARY KEY, name TEXT NOT NULL, licence_class TEXT NOT NULL,
            joined_on DATE NOT NULL, max_length_m REAL NOT NULL);
        CREATE TABLE vessels (vessel_id INTEGER PRIMARY KEY, name TEXT NOT NULL, imo_no TEXT NOT NULL UNIQUE,
            flag_code TEXT NOT NULL, vessel_type TEXT NOT NULL, length_m REAL NOT NULL, beam_m REAL NOT NULL,
            draught_m REAL NOT NULL, deadweight_t INTEGER NOT NULL);
        CREATE TABLE berths (berth_id INTEGER PRIMARY KEY, name TEXT NOT NULL, terminal TEXT NOT NULL,
            depth_m REAL NOT NULL, max_length_m REAL NOT NULL);
        CREATE TABLE pilot_boats (boat_id INTEGER PRIMARY KEY, name TEXT NOT NULL, length_m REAL NOT NULL,
            top_speed_kn REAL NOT NULL, built_year INTEGER NOT NULL);
        CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, vessel_id INTEGER NOT NULL REFERENCES vessels(vessel_id),
            pilot_id INTEGER NOT NULL REFERENCES pilots(pilot_id), boat_id INTEGER REFERENCES pilot_boats(boat_id),
            berth_id INTEGER NOT NULL REFERENCES berths(berth_id), movement TEXT NOT NULL, boarded_at TEXT NOT NULL,
            status CHAR(1) NOT NULL, duration_min INTEGER, distance_nm REAL, fee_pence INTEGER);
        CREATE TABLE fuel_logs (log_id INTEGER PRIMARY KEY, boat_id INTEGER NOT NULL REFERENCES pilot_boats(boat_id),
            logged_on DATE NOT NULL, fuel_l REAL NOT NULL, cost_pence INTEGER NOT NULL);
        """,
    )
    names = full_names(r, 18)
    pilots = []
    for k, n in enumerate(names, 1):
        cls = "A" if k <= 7 else "B" if k <= 13 else "C"
        joined = (
            day_between(r, D(1996, 1, 1), D(2016, 12, 31))
            if cls != "C"
            else day_between(r, D(2017, 1, 1), D(2024, 9, 1))
        )
        pilots.append((k, n, cls, joined, {"A": 400.0, "B": 300.0, "C": 200.0}[cls]))
    insert(c, "pilots", [(k, n, cl, _iso(j), m) for k, n, cl, j, m in pilots])
    vessels = []
    types = list(PL_TYPES)
    for k, n in enumerate(PL_NAMES, 1):
        t = types[(k - 1) % len(types)] if k <= 12 else r.choice([*types, "Container", "Container", "Tanker"])
        (l0, l1), (b0, b1), (d0, d1), (w0, w1), _b = PL_TYPES[t]
        vessels.append((k, n, f"{9200000 + r.randint(0, 799999)}", r.choice(PL_FLAGS), t, round(r.uniform(l0, l1), 1),
                        round(r.uniform(b0, b1), 1), round(r.uniform(d0, d1), 1), r.randrange(w0, w1, 50)))  # fmt: skip
    insert(c, "vessels", vessels)
    insert(c, "berths", PL_BERTHS)
    insert(c, "pilot_boats", PL_BOATS)
    jobs = []
    visiting = vessels[:56]
    for _ in range(330):
        v = r.choice(visiting)
        d = day_between(r, START, LAST)
        mv = r.choice(["IN", "IN", "IN", "IN", "OUT", "OUT", "OUT", "OUT", "SHIFT"])
        berth = r.choice(PL_TYPES[v[4]][4])
        ok = [p for p in pilots if p[4] >= v[5] and p[3] <= d]
        status = "X" if r.random() < 0.07 else "C"
        base = {"IN": (70, 190), "OUT": (55, 160), "SHIFT": (20, 65)}[mv]
        dur = r.randint(*base) if status == "C" else None
        dist = (
            (round(r.uniform(9, 24), 1) if mv != "SHIFT" else round(r.uniform(0.5, 3.0), 1)) if status == "C" else None
        )
        fee = int(40000 + v[5] * 850 + (25000 if v[7] > 12 else 0)) if status == "C" else None
        if fee and mv == "SHIFT":
            fee //= 2
        jobs.append((v[0], r.choice(ok)[0], r.randint(1, 5), berth, mv, _stamp(d, r, 0, 24), status, dur, dist, fee))
    for d in (D(2025, 6, 15), D(2025, 6, 16), D(2025, 6, 16), D(2025, 6, 18), D(2025, 6, 19), D(2025, 6, 21),
              D(2025, 6, 23), D(2025, 6, 26)):  # fmt: skip
        v = r.choice(visiting)
        ok = [p for p in pilots if p[4] >= v[5]]
        jobs.append((v[0], r.choice(ok)[0], None, r.choice(PL_TYPES[v[4]][4]), "IN", _stamp(d, r, 0, 24), "P", None,
                     None, None))  # fmt: skip
    jobs.sort(key=lambda x: x[5])
    insert(c, "jobs", [(k, *j) for k, j in enumerate(jobs, 1)])
    logs = []
    for _ in range(130):
        b = r.randint(1, 5)
        d = day_between(r, START, LAST)
        litres = round(r.uniform(250, 1400), 1)
        logs.append((b, d, litres, round(litres * r.uniform(92, 138))))
    logs.sort(key=lambda x: (x[1], x[0]))
    insert(c, "fuel_logs", [(k, b, _iso(d), f, cp) for k, (b, d, f, cp) in enumerate(logs, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ schoolbus
SB_STATUS = [(1, "On time"), (2, "Late"), (3, "Cancelled"), (4, "Breakdown")]
SB_VEHICLES = [(1, "Minibus"), (2, "Midi coach"), (3, "Full coach"), (4, "Wheelchair-accessible minibus")]
SB_SEATS = {1: 16, 2: 33, 3: 53, 4: 12}
SB_SCHOOLS = [
    (1, "Ashcombe Academy", "Ashcombe", "secondary"), (2, "St Mary's Primary", "Little Hadham", "primary"),
    (3, "Riverside High School", "Wareford", "secondary"), (4, "Kingsbridge Grammar", "Kingsbridge", "secondary"),
    (5, "Oakfield Primary", "Oakfield", "primary"), (6, "Hilltop Special School", "Wareford", "special"),
]  # fmt: skip
SB_ROUTES = [
    # code, school, vehicle type, active
    ("ASH1", 1, 3, 1), ("ASH2", 1, 3, 1), ("ASH3", 1, 2, 1), ("ASH4", 1, 1, 0), ("STM1", 2, 1, 1), ("STM2", 2, 1, 1),
    ("RIV1", 3, 3, 1), ("RIV2", 3, 2, 1), ("RIV3", 3, 2, 1), ("RIV4", 3, 1, 0), ("KGS1", 4, 3, 1), ("KGS2", 4, 3, 1),
    ("KGS3", 4, 2, 1), ("OAK1", 5, 1, 1), ("OAK2", 5, 2, 1), ("HIL1", 6, 4, 1), ("HIL2", 6, 4, 1), ("HIL3", 6, 4, 1),
    ("HIL4", 6, 1, 1), ("ASH5", 1, 2, 1), ("RIV5", 3, 3, 0), ("KGS4", 4, 1, 1),
]  # fmt: skip
SB_VILLAGES = ["Ashcombe", "Little Hadham", "Much Hadham", "Wareford", "Oakfield", "Kingsbridge", "Brent Pelham",
               "Furneux Green", "Stocking End", "Perry Cross", "Hollins Wood", "Great Amwell", "Nether Street"]  # fmt: skip
SB_STOP_NAMES = ["Church", "Village Green", "Post Office", "Crossroads", "Red Lion", "Memorial Hall", "Farm Lane",
                 "Bus Shelter", "Garage", "Mill Road"]  # fmt: skip


def build_schoolbus(path: Path) -> None:
    r = random.Random(68003)
    c = fresh_db(
        path,
        """
        CREATE TABLE trip_status (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE vehicle_type (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE school (id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, phase TEXT NOT NULL);
        CREATE TABLE driver (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, licence_since DATE NOT NULL,
            first_aid INTEGER NOT NULL, agency INTEGER NOT NULL);
        CREATE TABLE route (id INTEGER PRIMARY KEY, route_code TEXT NOT NULL, school_id INTEGER NOT NULL
            REFERENCES school(id), driver_id INTEGER REFERENCES driver(id), vehicle_type_id INTEGER NOT NULL
            REFERENCES vehicle_type(id), seats INTEGER NOT NULL, active INTEGER NOT NULL);
        CREATE TABLE stop (id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES route(id),
            stop_name TEXT NOT NULL, village TEXT NOT NULL, seq INTEGER NOT NULL, pickup_time TEXT NOT NULL);
        CREATE TABLE pupil (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            year_group INTEGER NOT NULL, stop_id INTEGER NOT NULL REFERENCES stop(id), free_travel INTEGER NOT NULL,
            needs_escort INTEGER NOT NULL);
        CREATE TABLE trip (id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES route(id),
            trip_date DATE NOT NULL, run TEXT NOT NULL, status_id INTEGER NOT NULL REFERENCES trip_status(id),
            minutes_late INTEGER);
        """,
    )
    insert(c, "trip_status", SB_STATUS)
    insert(c, "vehicle_type", SB_VEHICLES)
    insert(c, "school", SB_SCHOOLS)
    drivers = []
    for k, n in enumerate(full_names(r, 24), 1):
        drivers.append((k, n, _iso(day_between(r, D(1985, 1, 1), D(2021, 12, 31))), int(r.random() < 0.45),
                        int(r.random() < 0.3)))  # fmt: skip
    insert(c, "driver", drivers)
    assign = r.sample(range(1, 25), len(SB_ROUTES))
    routes = [(k, code, sch, assign[k - 1] if act or k % 2 else None, vt, SB_SEATS[vt], act)
              for k, (code, sch, vt, act) in enumerate(SB_ROUTES, 1)]  # fmt: skip
    insert(c, "route", routes)
    stops = []
    for rid, *_rest in routes:
        villages = r.sample(SB_VILLAGES, r.randint(3, 5))
        t = dt.datetime(2025, 1, 1, 7, r.randrange(5, 50, 5))
        for seq, v in enumerate(villages, 1):
            stops.append((len(stops) + 1, rid, f"{v} {r.choice(SB_STOP_NAMES)}", v, seq, t.strftime("%H:%M")))
            t += dt.timedelta(minutes=r.randrange(5, 16))
    insert(c, "stop", stops)
    live_stops = [s for s in stops if routes[s[1] - 1][6] == 1]
    pupils = []
    phase_years = {"primary": (1, 6), "secondary": (7, 13), "special": (3, 13)}
    for k, (f, s) in enumerate((n.split(" ") for n in full_names(r, 230)), 1):
        st = r.choice(live_stops)
        sch = SB_SCHOOLS[routes[st[1] - 1][2] - 1]
        special = sch[3] == "special"
        pupils.append((k, f, s, r.randint(*phase_years[sch[3]]), st[0], int(special or r.random() < 0.8),
                       int((special and r.random() < 0.6) or (sch[3] == "primary" and r.random() < 0.08))))  # fmt: skip
    insert(c, "pupil", pupils)
    trips = []
    for _ in range(480):
        rt = r.choice(routes)
        lo, hi = (D(2024, 1, 8), D(2024, 7, 19)) if rt[6] == 0 else (D(2024, 1, 8), D(2025, 6, 13))
        d = day_between(r, lo, hi)
        while d.weekday() >= 5 or d.month == 8 or (d.month == 7 and d.day > 19) or (d.month == 12 and d.day > 19):
            d = day_between(r, lo, hi)
        x = r.random()
        st = 1 if x < 0.82 else 2 if x < 0.93 else 3 if x < 0.97 else 4
        trips.append((rt[0], d, r.choice(["AM", "PM"]), st, r.randint(4, 40) if st == 2 else None))
    trips.sort(key=lambda x: (x[1], x[2], x[0]))
    insert(c, "trip", [(k, ro, _iso(d), ru, st, ml) for k, (ro, d, ru, st, ml) in enumerate(trips, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- bridgeinspect
BI_ROADS = ["A38", "A38", "A30", "A39", "A361", "B3227", "B3181", "A3072", "B3220", "A377"]
BI_PLACES = [
    "Mill Lane", "Station Road", "Riverside", "Kings Ford", "Hatherleigh", "Coombe", "Woolfardisworthy", "Stoke Weir",
    "Old Quay", "Bickleigh", "Umberleigh", "Copplestone", "Black Dog", "Taw Valley", "Exe Viaduct", "Culm Mill",
    "Barnstaple Long", "Halwill", "Sticklepath", "Morchard", "Chulmleigh", "Lapford", "Eggesford", "Kingsteignton",
    "Newton Poppleford", "Otterton", "Fenny", "Rockbeare", "Cheriton", "Tedburn", "Crediton Road", "Ide",
    "Shillingford", "Dunchideock", "Whiddon Down", "Bow", "Nymet", "Zeal", "Spreyton", "Drewsteignton",
    "Fingle", "Clifford", "Steps", "Dunsford", "Sowton", "Topsham",
]  # fmt: skip
BI_TYPES = ["masonry arch", "masonry arch", "concrete beam", "concrete beam", "steel girder", "culvert", "footbridge"]
BI_ELEMENTS = ["deck", "bearing", "parapet", "expansion joint", "pier", "drainage", "abutment"]
BI_CONTRACTORS = [
    (1, "Westcountry Civils Ltd", 1), (2, "Dart Structures", 1), (3, "Exe Valley Masonry", 1),
    (4, "Tamar Bridge Services", 1), (5, "Quickfix Highways", 0), (6, "Moorland Groundworks", 1),
    (7, "Coastline Contracting", 0),
]  # fmt: skip


def build_bridgeinspect(path: Path) -> None:
    r = random.Random(68004)
    c = fresh_db(
        path,
        """
        CREATE TABLE inspectors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL,
            is_chartered INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            deleted_at TEXT);
        CREATE TABLE bridges (id INTEGER PRIMARY KEY, name TEXT NOT NULL, road TEXT NOT NULL,
            structure_type TEXT NOT NULL, span_metres REAL NOT NULL, built_year INTEGER NOT NULL,
            is_listed INTEGER NOT NULL DEFAULT 0, has_weight_limit INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE inspections (id INTEGER PRIMARY KEY, bridge_id INTEGER NOT NULL REFERENCES bridges(id),
            inspector_id INTEGER NOT NULL REFERENCES inspectors(id), kind TEXT NOT NULL, inspected_on DATE NOT NULL,
            condition_score INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE defects (id INTEGER PRIMARY KEY, inspection_id INTEGER NOT NULL REFERENCES inspections(id),
            element TEXT NOT NULL, severity INTEGER NOT NULL, is_urgent INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE contractors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, is_approved INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE repairs (id INTEGER PRIMARY KEY, defect_id INTEGER NOT NULL REFERENCES defects(id),
            contractor_id INTEGER NOT NULL REFERENCES contractors(id), cost REAL NOT NULL, started_on DATE NOT NULL,
            completed_on DATE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);
        """,
    )
    seeded = D(2021, 3, 1)
    insp_rows = []
    for k, n in enumerate(full_names(r, 11), 1):
        made = seeded if k <= 6 else day_between(r, D(2021, 6, 1), D(2025, 2, 1))
        gone = _rails(D(2023, 9, 29), r) if k == 3 else None
        insp_rows.append((k, n, n.lower().replace(" ", ".") + "@highways.example.gov.uk", int(r.random() < 0.5 or k == 3),
                          _rails(made, r), _rails(day_between(r, made, LAST), r), gone))  # fmt: skip
    insert(c, "inspectors", insp_rows)
    bridges = []
    for k, place in enumerate(BI_PLACES, 1):
        st = r.choice(BI_TYPES)
        built = r.randint(1780, 1910) if st == "masonry arch" else r.randint(1925, 2018)
        span = round(r.uniform(3, 18) if st in ("masonry arch", "culvert") else r.uniform(8, 60), 1)
        made = seeded if k <= 38 else day_between(r, D(2021, 4, 1), D(2024, 12, 31))
        gone = _rails(day_between(r, D(2022, 6, 1), D(2024, 6, 1)), r) if k in (16, 41) else None
        bridges.append((k, f"{place} Bridge" if st != "culvert" else f"{place} Culvert", r.choice(BI_ROADS), st, span,
                        built, int(st == "masonry arch" and r.random() < 0.45), int(r.random() < 0.2), _rails(made, r),
                        _rails(day_between(r, made, LAST), r), gone))  # fmt: skip
    insert(c, "bridges", bridges)
    inspections = []
    never = {9, 28, 44}
    for _ in range(190):
        d = day_between(r, D(2022, 1, 4), LAST)
        b = r.choice([b for b in bridges if b[0] not in never and b[8][:10] <= _iso(d) and (b[10] or "9") > _iso(d)])
        who = r.choice([i for i in insp_rows if i[4][:10] <= _iso(d) and (i[6] is None or i[6][:10] > _iso(d))])
        kind = r.choice(["general", "general", "general", "principal", "special"])
        base = 85 if b[5] > 1950 else 70
        inspections.append((b[0], who[0], kind, d, max(20, min(100, base + r.randint(-28, 14)))))
    inspections.sort(key=lambda x: (x[3], x[0]))
    rows = []
    for k, (b, who, kind, d, score) in enumerate(inspections, 1):
        gone = _rails(d + dt.timedelta(days=2), r) if k % 37 == 5 else None
        created = _rails(d, r)
        edited = _rails(min(LAST, d + dt.timedelta(days=r.randint(0, 9))), r)
        rows.append((k, b, who, kind, _iso(d), score, created, edited, gone))
    insert(c, "inspections", rows)
    defects = []
    for k, (_b, _who, _kind, d, score) in enumerate(inspections, 1):
        if k % 37 == 5:  # a deleted duplicate record carries no defects
            continue
        for _ in range(r.choice([0, 1, 1, 2, 3]) if score < 90 else r.choice([0, 0, 1])):
            sev = min(5, max(1, r.randint(1, 3) + (2 if score < 55 else 1 if score < 70 else 0)))
            gone = _rails(d + dt.timedelta(days=1), r) if len(defects) % 53 == 11 else None
            defects.append((len(defects) + 1, k, r.choice(BI_ELEMENTS), sev, int(sev >= 4 and r.random() < 0.8),
                            _rails(d, r), _rails(min(LAST, d + dt.timedelta(days=r.randint(0, 30))), r), gone))  # fmt: skip
    insert(c, "defects", defects)
    insert(c, "contractors", [(i, n, a, _rails(seeded, r), _rails(day_between(r, seeded, LAST), r), None)
                              for i, n, a in BI_CONTRACTORS])  # fmt: skip
    repairs = []
    for dfc in defects:
        if dfc[7] is None and ((dfc[3] >= 3 and r.random() < 0.75) or (dfc[3] < 3 and r.random() < 0.15)):
            found = D.fromisoformat(dfc[5][:10])
            start = found + dt.timedelta(days=r.randint(3, 60))
            if start > LAST:
                continue
            end = start + dt.timedelta(days=r.randint(1, 75))
            cost = round(r.uniform(800, 6000) * (1 + dfc[3] / 2) * (2.5 if dfc[2] in ("bearing", "pier") else 1), 2)
            gone = _rails(start, r) if len(repairs) in (7, 40) else None
            repairs.append((len(repairs) + 1, dfc[0], r.choice([1, 1, 2, 3, 4, 4, 5, 6, 7]), cost, _iso(start),
                            _iso(end) if end <= LAST else None, _rails(start, r),
                            _rails(min(end, LAST), r), gone))  # fmt: skip
    insert(c, "repairs", repairs)
    done(c)


# --------------------------------------------------------------------------------------------------- weighstation
WS_STATIONS = [
    (1, "Carnforth Weighbridge", "M6", D(2004, 5, 1)), (2, "Ashford Check Site", "M20", D(2011, 9, 12)),
    (3, "Penrith North", "M6", D(2016, 3, 7)), (4, "Holyhead Port Gate", "A55", D(2019, 10, 1)),
    (5, "Doncaster East", "M18", D(2023, 4, 17)),
]  # fmt: skip
WS_HAULIERS = [
    ("Northern Freight Ltd", "GB"), ("Pennine Haulage", "GB"), ("Kentish Transport", "GB"), ("Eden Logistics", "GB"),
    ("Mersey Movers", "GB"), ("Castle Cargo", "GB"), ("Thames Valley Trucking", "GB"), ("Celtic Carriers", "IE"),
    ("Shannon Freight", "IE"), ("Trans-Polska Sp. z o.o.", "PL"), ("Wisla Cargo", "PL"), ("Baltic Road UAB", "LT"),
    ("Hollandia Transport BV", "NL"), ("Rhein Spedition GmbH", "DE"), ("Carpati Trans SRL", "RO"),
    ("Iberia Logistica", "ES"), ("Normandie Routes", "FR"), ("Highland Hauliers", "GB"), ("Severn Freight", "GB"),
    ("Trent Tipper Hire", "GB"), ("Humber Bulk", "GB"), ("Cumbria Aggregates", "GB"), ("Anglesey Transport", "GB"),
    ("Midland Express Haulage", "GB"), ("Dover Link Ltd", "GB"), ("Fenland Produce Haulage", "GB"),
    ("Vilnius Express", "LT"), ("Danube Trans", "RO"), ("Lough Erne Freight", "IE"), ("Cheshire Hauliers", "GB"),
]  # fmt: skip
WS_PLATED = {2: 18000, 3: 26000, 4: 32000, 5: 40000, 6: 44000}


def build_weighstation(path: Path) -> None:
    r = random.Random(68005)
    c = fresh_db(
        path,
        """
        CREATE TABLE stations (station_id INTEGER PRIMARY KEY, station_name TEXT NOT NULL, road TEXT NOT NULL,
            opened_ts INTEGER NOT NULL);
        CREATE TABLE hauliers (haulier_id INTEGER PRIMARY KEY, haulier_name TEXT NOT NULL, country_code TEXT NOT NULL,
            licence_status CHAR(1) NOT NULL, registered_ts INTEGER NOT NULL);
        CREATE TABLE vehicles (vehicle_id INTEGER PRIMARY KEY, plate TEXT NOT NULL,
            haulier_id INTEGER NOT NULL REFERENCES hauliers(haulier_id), axles INTEGER NOT NULL,
            plated_kg INTEGER NOT NULL);
        CREATE TABLE officers (officer_id INTEGER PRIMARY KEY, officer_name TEXT NOT NULL,
            station_id INTEGER NOT NULL REFERENCES stations(station_id), started_ts INTEGER NOT NULL, left_ts INTEGER);
        CREATE TABLE weighings (weighing_id INTEGER PRIMARY KEY,
            vehicle_id INTEGER NOT NULL REFERENCES vehicles(vehicle_id),
            station_id INTEGER NOT NULL REFERENCES stations(station_id),
            officer_id INTEGER NOT NULL REFERENCES officers(officer_id), weighed_ts INTEGER NOT NULL,
            gross_kg INTEGER NOT NULL, outcome CHAR(1) NOT NULL);
        CREATE TABLE fines (fine_id INTEGER PRIMARY KEY, weighing_id INTEGER NOT NULL REFERENCES weighings(weighing_id),
            issued_ts INTEGER NOT NULL, amount_gbp REAL NOT NULL, paid_ts INTEGER);
        """,
    )
    insert(c, "stations", [(i, n, rd, _epoch(d, 9)) for i, n, rd, d in WS_STATIONS])
    hauls = []
    for k, (n, cc) in enumerate(WS_HAULIERS, 1):
        x = r.random()
        lic = "S" if x < 0.1 else "R" if x < 0.14 else "V"
        hauls.append((k, n, cc, lic, _epoch(day_between(r, D(1995, 1, 1), D(2022, 12, 31)), 12)))
    insert(c, "hauliers", hauls)
    vehicles = []
    letters = "ABCDEFGHJKLMNOPRSTVWXY"
    for k in range(1, 131):
        h = r.choice(hauls)
        axles = r.choice([2, 3, 4, 4, 5, 5, 6, 6, 6])
        if h[2] == "GB":
            plate = f"{r.choice(letters)}{r.choice(letters)}{r.randint(10, 74)} {''.join(r.choices(letters, k=3))}"
        else:
            plate = f"{h[2]}-{r.randint(1000, 9999)}{''.join(r.choices(letters, k=2))}"
        vehicles.append((k, plate, h[0], axles, WS_PLATED[axles]))
    insert(c, "vehicles", vehicles)
    officers = []
    for k, n in enumerate(full_names(r, 16), 1):
        st = WS_STATIONS[(k - 1) % 5]
        start = max(st[3], day_between(r, D(2005, 1, 1), D(2023, 6, 1)))
        left = day_between(r, D(2023, 9, 1), D(2025, 2, 28)) if k in (4, 11) else None
        officers.append((k, n, st[0], _epoch(start, 8), _epoch(left, 17) if left else None))
    insert(c, "officers", officers)
    weighings = []
    hours = [6, 7, 8, 9, 9, 10, 10, 10, 11, 11, 12, 13, 14, 14, 15, 16, 17, 18, 20, 22]
    for _ in range(470):
        v = r.choice(vehicles[:124])
        d = day_between(r, START, LAST)
        st = r.choice([s for s in WS_STATIONS if s[3] <= d])
        pool = [o for o in officers if o[2] == st[0] and o[3] <= _epoch(d) and (o[4] is None or o[4] > _epoch(d))]
        ts = _epoch(d, r.choice(hours), r.randint(0, 59), r.randint(0, 59))
        x = r.random()
        ratio = r.uniform(0.55, 1.0) if x < 0.8 else r.uniform(1.005, 1.1) if x < 0.93 else r.uniform(1.11, 1.35)
        gross = int(round(v[4] * ratio, -1))
        outcome = "P" if gross <= v[4] else "O" if gross <= v[4] * 1.1 else "X"
        weighings.append((v[0], st[0], r.choice(pool)[0], ts, gross, outcome))
    weighings.sort(key=lambda x: x[3])
    insert(c, "weighings", [(k, *w) for k, w in enumerate(weighings, 1)])
    fines = []
    for k, (_v, _s, _o, ts, _g, outcome) in enumerate(weighings, 1):
        if outcome == "P":
            continue
        amount = float(r.choice([100, 200, 300]) if outcome == "O" else r.choice([300, 600, 900, 1500]))
        issued = ts + r.randint(600, 5400)
        paid = issued + r.randint(2, 60) * 86400 if r.random() < 0.7 else None
        fines.append((len(fines) + 1, k, issued, amount, paid if paid and paid < _epoch(TODAY) else None))
    insert(c, "fines", fines)
    done(c)


# ---------------------------------------------------------------------------------------------------- lighthouses
LH_LIGHTHOUSES = [
    # name, county, built, height m, range nm, offshore, status
    ("Longstone", "Northumberland", 1826, 26, 18, "Y", "A"), ("Coquet Island", "Northumberland", 1841, 22, 19, "Y", "A"),
    ("Souter", "Tyne and Wear", 1871, 23, 0, "N", "D"), ("Flamborough Head", "Yorkshire", 1806, 27, 24, "N", "A"),
    ("Whitby High", "Yorkshire", 1858, 13, 18, "N", "A"), ("Cromer", "Norfolk", 1833, 18, 21, "N", "A"),
    ("Happisburgh", "Norfolk", 1790, 26, 14, "N", "A"), ("Orfordness", "Suffolk", 1792, 30, 0, "N", "D"),
    ("Southwold", "Suffolk", 1890, 31, 24, "N", "A"), ("North Foreland", "Kent", 1691, 26, 19, "N", "A"),
    ("South Foreland", "Kent", 1843, 21, 0, "N", "D"), ("Royal Sovereign", "East Sussex", 1971, 28, 12, "Y", "D"),
    ("Beachy Head", "East Sussex", 1902, 43, 8, "Y", "A"), ("Needles", "Isle of Wight", 1859, 31, 17, "Y", "A"),
    ("St Catherine's", "Isle of Wight", 1838, 27, 25, "N", "A"), ("Portland Bill", "Dorset", 1906, 41, 25, "N", "A"),
    ("Start Point", "Devon", 1836, 28, 25, "N", "A"), ("Eddystone", "Devon", 1882, 51, 17, "Y", "A"),
    ("Lizard", "Cornwall", 1752, 19, 26, "N", "A"), ("Wolf Rock", "Cornwall", 1869, 41, 16, "Y", "A"),
    ("Longships", "Cornwall", 1875, 35, 15, "Y", "A"), ("Bishop Rock", "Isles of Scilly", 1858, 49, 20, "Y", "A"),
    ("Round Island", "Isles of Scilly", 1887, 19, 18, "Y", "A"), ("Trevose Head", "Cornwall", 1847, 27, 21, "N", "A"),
    ("Hartland Point", "Devon", 1874, 18, 0, "N", "D"), ("Lundy North", "Devon", 1897, 17, 17, "Y", "A"),
    ("Nash Point", "Glamorgan", 1832, 37, 21, "N", "A"), ("Smalls", "Pembrokeshire", 1861, 41, 18, "Y", "A"),
    ("South Stack", "Anglesey", 1809, 28, 24, "Y", "A"), ("Skerries", "Anglesey", 1717, 23, 20, "Y", "A"),
]  # fmt: skip
LH_FAULTS = ["Lamp", "Fog signal", "Power supply", "Optic drive", "Telemetry", "Solar panel"]


def build_lighthouses(path: Path) -> None:
    r = random.Random(68006)
    c = fresh_db(
        path,
        """
        CREATE TABLE lighthouse (lighthouse_id INTEGER PRIMARY KEY, lighthouse_name TEXT NOT NULL,
            lighthouse_county TEXT NOT NULL, lighthouse_built INTEGER NOT NULL, lighthouse_height REAL NOT NULL,
            lighthouse_range INTEGER NOT NULL, lighthouse_offshore CHAR(1) NOT NULL,
            lighthouse_status CHAR(1) NOT NULL);
        CREATE TABLE technician (technician_id INTEGER PRIMARY KEY, technician_name TEXT NOT NULL,
            technician_grade TEXT NOT NULL, technician_hired DATE NOT NULL,
            technician_mentor_id INTEGER REFERENCES technician(technician_id));
        CREATE TABLE visit (visit_id INTEGER PRIMARY KEY,
            visit_lighthouse_id INTEGER NOT NULL REFERENCES lighthouse(lighthouse_id), visit_date DATE NOT NULL,
            visit_purpose TEXT NOT NULL, visit_hours REAL NOT NULL, visit_helicopter CHAR(1) NOT NULL);
        CREATE TABLE visit_crew (visit_crew_id INTEGER PRIMARY KEY,
            visit_crew_visit_id INTEGER NOT NULL REFERENCES visit(visit_id),
            visit_crew_technician_id INTEGER NOT NULL REFERENCES technician(technician_id),
            visit_crew_role TEXT NOT NULL);
        CREATE TABLE fault (fault_id INTEGER PRIMARY KEY,
            fault_lighthouse_id INTEGER NOT NULL REFERENCES lighthouse(lighthouse_id), fault_kind TEXT NOT NULL,
            fault_reported DATE NOT NULL, fault_cleared DATE);
        """,
    )
    insert(c, "lighthouse", [(k, *x) for k, x in enumerate(LH_LIGHTHOUSES, 1)])
    names = full_names(r, 20)
    techs = []
    for k, n in enumerate(names, 1):
        grade = "Principal" if k <= 3 else "Senior" if k <= 9 else "Technician" if k <= 16 else "Apprentice"
        mentor = None if k <= 3 else r.randint(1, 3) if k <= 9 else r.randint(4, 9)
        hired = {"Principal": (D(1992, 1, 1), D(2005, 1, 1)), "Senior": (D(2003, 1, 1), D(2014, 1, 1)),
                 "Technician": (D(2012, 1, 1), D(2022, 1, 1)), "Apprentice": (D(2023, 9, 1), D(2024, 9, 30))}[grade]  # fmt: skip
        techs.append((k, n, grade, _iso(day_between(r, *hired)), mentor))
    insert(c, "technician", techs)
    active = [k for k, x in enumerate(LH_LIGHTHOUSES, 1) if x[6] == "A"]
    visits, crew = [], []
    for _ in range(210):
        lh = r.choice([*active, 1, 18, 22, 28])
        d = day_between(r, START, LAST)
        purpose = r.choice(["Routine", "Routine", "Routine", "Repair", "Repair", "Emergency", "Survey"])
        heli = "Y" if LH_LIGHTHOUSES[lh - 1][5] == "Y" and r.random() < 0.75 else "N"
        hours = round(r.choice([2, 3, 4, 5, 6, 8]) + r.choice([0, 0.5]), 1)
        visits.append((lh, d, purpose, hours, heli))
    visits.sort(key=lambda x: (x[1], x[0]))
    insert(c, "visit", [(k, *v) for k, v in enumerate(visits, 1)])
    for k, (_lh, d, _p, _h, _he) in enumerate(visits, 1):
        avail = [t for t in techs if t[3] <= d.isoformat()]
        team = r.sample(avail, r.choice([1, 2, 2, 2, 3, 3, 4]))
        lead = min(team, key=lambda t: t[0])
        for t in sorted(team, key=lambda t: t[0]):
            crew.append((len(crew) + 1, k, t[0], "Lead" if t is lead else "Support"))
    insert(c, "visit_crew", crew)
    faults = []
    for _ in range(115):
        lh = r.choice(active)
        d = day_between(r, START, LAST)
        cleared = d + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 5, 8, 14, 21]))
        faults.append((lh, r.choice(LH_FAULTS), d, None if cleared > LAST or r.random() < 0.03 else cleared))
    faults.sort(key=lambda x: x[2])
    insert(c, "fault", [(k, lh, kd, _iso(d), _iso(cl)) for k, (lh, kd, d, cl) in enumerate(faults, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "cablecar": build_cablecar,
    "pilotage": build_pilotage,
    "schoolbus": build_schoolbus,
    "bridgeinspect": build_bridgeinspect,
    "weighstation": build_weighstation,
    "lighthouses": build_lighthouses,
}
