"""Six technology and telecom operations databases for the seventy-second blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing is dated after 2025-06-14 except certificate expiry dates.

- ``cellsites`` (Rails-style plural snake_case tables, ``created_at``/``updated_at`` ISO datetime text, ``is_``/``has_``
  booleans 0/1, ``deleted_at`` soft-delete NULL while live): a mobile mast (cell site) estate. ``regions``,
  ``sites`` (``site_code`` like 'MST-1004', ``structure_type`` 'lattice tower'/'monopole'/'rooftop'/'street pole',
  ``is_rural``, ``has_backup_power``, ``has_5g``, ``commissioned_on``; ``deleted_at`` set when the site was
  decommissioned), ``operators`` (the mobile networks that rent space), the link table ``site_tenancies`` (an
  operator's equipment on a site, ``monthly_fee`` in pounds, ``ended_on`` NULL while current), ``engineers``
  (``is_contractor``; ``deleted_at`` set when they left), ``outages`` (``cause``, ``is_planned``, ``started_at``,
  ``restored_at`` NULL while still down, ``customers_affected``) and ``maintenance_visits`` (``visit_type``,
  ``has_defects`` 1 when the engineer found defects).
- ``fibrefaults`` (status and kinds as integer codes pointing at lookup tables, integer 0/1 flags): a broadband
  provider's fault desk. Lookups ``ticket_status`` (1 Open, 2 Engineer assigned, 3 Awaiting customer, 4 Resolved,
  5 Cancelled), ``fault_type`` and ``package`` (broadband products with ``download_mbps`` and ``monthly_price`` in
  pounds); ``exchange`` (telephone exchanges), ``customer`` (``package_id``, flags ``is_business`` and
  ``priority_care``), ``technician`` (base exchange) and ``ticket`` (``status_id``, ``fault_type_id``, ``priority``
  1 = highest .. 4, ``opened_at``/``resolved_at`` ISO datetimes, ``technician_id`` NULL until assigned, flag
  ``sla_breached``).
- ``cdnedge`` (times as Unix epoch integer seconds, UTC): a content delivery network. ``pop`` (points of presence,
  ``code`` like 'LHR1', ISO country code, ``capacity_gbps``, ``launched_epoch``, ``retired_epoch`` NULL while in
  service), ``account`` (``plan`` 'starter'/'pro'/'enterprise', ``signup_epoch``, ``cancelled_epoch``), ``domain``
  (hostnames served, ``https_only`` 'Y'/'N', ``added_epoch``), ``certificate`` (TLS certificates, ``issued_epoch``,
  ``expires_epoch``), ``purge_request`` (cache purges, ``scope`` 'url'/'prefix'/'all', ``status``
  'completed'/'failed'/'queued', ``requested_epoch``, ``completed_epoch`` NULL unless completed) and ``incident``
  (per PoP, ``severity`` 'SEV1'..'SEV3', ``started_ts``, ``resolved_ts`` NULL while ongoing).
- ``fibrebuild`` (units carried in column names): a full-fibre network build contractor. ``crew``
  (``headcount``, ``is_subcontractor`` 'Y'/'N'), ``cable_type`` (``fibre_count``, ``diameter_mm``,
  ``weight_kg_per_km``, ``cost_pence_per_m``), ``route`` (a cabinet's build, ``planned_length_m``, ``homes_passed``,
  ``completed_on`` NULL while in build), ``dig`` (trenching: ``length_m``, ``depth_mm``, ``surface``
  'verge'/'footway'/'carriageway', ``cost_pence``), ``cable_pull`` (``length_m``, ``duration_s``) and ``splice``
  (``joints``, ``avg_loss_db``, ``duration_s``, ``ambient_temp_c``).
- ``ipam`` (camelCase singular tables and columns; self-referencing ``subnet.parentSubnetId``): IP address
  management for a company network. ``site``, ``team``, ``vlan``, ``subnet`` (``cidr``, ``prefixLength``, parent
  block, ``purpose``, ``isReserved`` 0/1), ``device`` (``deviceType``, ``vendor``, ``decommissionedOn`` NULL while in
  use) and ``ipAddress`` (``address``, ``deviceId`` NULL when unassigned, ``assignmentType``
  'static'/'dhcp'/'reserved', ``lastSeenOn``).
- ``roaming`` (Oracle-style UPPER_CASE with a table prefix on every column): a mobile operator's roaming desk.
  ``OPERATOR`` (``OPR_``: partner networks, ISO country, ``OPR_ZONE`` 'EU'/'EUR_OTHER'/'ROW'), ``AGREEMENT``
  (``AGR_``: ``AGR_TYPE`` 'BILATERAL'/'UNILATERAL', ``AGR_VOLTE_YN`` and ``AGR_5G_YN`` 'Y'/'N', ``AGR_RATE_MB`` in euros
  per MB, ``AGR_END_DT`` NULL while in force), ``SUBSCRIBER`` (``SUB_``: ``SUB_PLAN`` 'PAYG'/'CONTRACT'/'BUSINESS',
  ``SUB_STATUS`` 'A' active, 'S' suspended, 'T' terminated, ``SUB_ROAM_BAR_YN``), ``ROAM_SESSION`` (``RSE_``: data MB,
  voice minutes, SMS count, ``RSE_CHARGE`` in pounds), ``INVOICE`` (``INV_``: inter-operator settlement,
  ``INV_PERIOD`` YYYYMM integer, ``INV_DIR`` 'PAYABLE' (we owe) or 'RECEIVABLE', ``INV_AMT`` euros, ``INV_PAID_DT``
  NULL while unpaid, ``INV_DISPUTED_YN``) and ``FRAUD_ALERT`` (``FAL_``: ``FAL_TYPE``, ``FAL_STATUS``
  'OPEN'/'CLOSED'/'FALSE_POS').
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
T = dt.datetime
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)
NOW = T(2025, 6, 15, 0, 0)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ts(t: dt.datetime | None) -> str | None:
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else None


def _epoch(t: dt.datetime) -> int:
    return calendar.timegm(t.timetuple())


def _from_epoch(v: object) -> dt.datetime:
    return T(1970, 1, 1) + dt.timedelta(seconds=int(str(v)))


def _at(r: random.Random, d: dt.date, lo: int = 0, hi: int = 23) -> dt.datetime:
    return T(d.year, d.month, d.day, r.randint(lo, hi), r.randint(0, 59), r.randint(0, 59))


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


# ------------------------------------------------------------------------------------------------------- cellsites
CS_REGIONS = {
    "North West": ["Bolton", "Wigan", "Preston", "Blackburn"],
    "North East": ["Sunderland", "Durham", "Gateshead", "Hexham"],
    "Yorkshire": ["Leeds", "Harrogate", "Barnsley", "Whitby"],
    "Midlands": ["Derby", "Walsall", "Lichfield", "Hereford"],
    "Wales": ["Swansea", "Wrexham", "Aberystwyth", "Bangor"],
    "South West": ["Exeter", "Truro", "Taunton", "Barnstaple"],
}
CS_SUFFIX = {
    "lattice tower": ["Hill", "Moor", "Farm", "Quarry", "Ridge", "Beacon"],
    "monopole": ["Retail Park", "Industrial Estate", "Ring Road", "Business Park", "Leisure Centre"],
    "rooftop": ["Hospital Roof", "Town Hall Roof", "Hotel Roof", "Office Block", "Car Park Roof"],
    "street pole": ["High Street", "Station Road", "Church Lane", "Market Square"],
}
CS_OPERATORS = ["Vireo Mobile", "Northwave", "Tally Telecom", "Kestrel Networks", "Emergency Services Network"]
CS_CAUSES = ["mains power failure", "backhaul fault", "hardware failure", "storm damage", "vandalism"]


def build_cellsites(path: Path) -> None:
    r = random.Random(72001)
    c = fresh_db(
        path,
        """
        CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE sites (
            id INTEGER PRIMARY KEY, site_code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            region_id INTEGER NOT NULL REFERENCES regions(id), structure_type TEXT NOT NULL,
            is_rural INTEGER NOT NULL DEFAULT 0, has_backup_power INTEGER NOT NULL DEFAULT 0,
            has_5g INTEGER NOT NULL DEFAULT 0, commissioned_on DATE NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE operators (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE site_tenancies (
            id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(id),
            operator_id INTEGER NOT NULL REFERENCES operators(id), monthly_fee REAL NOT NULL,
            started_on DATE NOT NULL, ended_on DATE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE engineers (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, region_id INTEGER NOT NULL REFERENCES regions(id),
            is_contractor INTEGER NOT NULL DEFAULT 0, hired_on DATE NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE outages (
            id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(id), cause TEXT NOT NULL,
            is_planned INTEGER NOT NULL DEFAULT 0, started_at TEXT NOT NULL, restored_at TEXT,
            customers_affected INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE maintenance_visits (
            id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(id),
            engineer_id INTEGER NOT NULL REFERENCES engineers(id), visit_type TEXT NOT NULL, visited_on DATE NOT NULL,
            has_defects INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        """,
    )
    migrated = T(2018, 1, 10, 9, 0, 0)
    insert(c, "regions", [(k, n, _ts(migrated), _ts(migrated)) for k, n in enumerate(CS_REGIONS, 1)])
    insert(c, "operators", [(k, n, _ts(migrated), _ts(T(2024, 3, 1, 10, k, 0))) for k, n in enumerate(CS_OPERATORS, 1)])
    regions = list(CS_REGIONS)
    sites = []
    used: set[str] = set()
    for k in range(1, 97):
        reg = r.choices(range(1, 7), weights=[20, 14, 18, 17, 15, 16])[0]
        stype = r.choices(list(CS_SUFFIX), weights=[32, 28, 22, 18])[0]
        while True:
            name = f"{r.choice(CS_REGIONS[regions[reg - 1]])} {r.choice(CS_SUFFIX[stype])}"
            if name not in used:
                used.add(name)
                break
        rural = int(r.random() < (0.75 if stype == "lattice tower" else 0.08))
        comm = day_between(r, D(2004, 1, 1), D(2024, 11, 30))
        g5 = int(r.random() < (0.7 if comm.year >= 2019 else 0.35))
        created = max(migrated, _at(r, comm, 8, 17))
        sites.append([k, f"MST-{1000 + k}", name, reg, stype, rural, int(r.random() < 0.42), g5, comm, created])
    deleted = {7: D(2022, 9, 30), 19: D(2023, 4, 12), 33: D(2024, 2, 29), 48: D(2024, 8, 15), 61: D(2024, 11, 4),
               75: D(2025, 1, 31), 88: D(2025, 5, 9)}  # fmt: skip
    rows = []
    for k, code, name, reg, stype, rural, bp, g5, comm, created in sites:
        gone = deleted.get(k)
        if gone and gone <= comm:
            comm = gone - dt.timedelta(days=3000)
            created = max(migrated, _at(r, comm, 8, 17))
        dl = _at(r, gone, 9, 16) if gone else None
        upd = dl or _at(r, day_between(r, created.date(), LAST), 8, 18)
        upd = max(upd, created)
        rows.append((k, code, name, reg, stype, rural, bp, g5, _iso(comm), _ts(created), _ts(upd), _ts(dl)))
    insert(c, "sites", rows)
    fee_band = {
        "lattice tower": (900, 1400),
        "monopole": (800, 1200),
        "rooftop": (1200, 1800),
        "street pole": (400, 700),
    }
    ten = []
    for k, _code, _name, _reg, stype, _ru, _bp, _g5, comm_s, _cr, _up, dl_s in rows:
        comm = D.fromisoformat(str(comm_s))
        n = r.choices([1, 2, 3], weights=[45, 38, 17])[0]
        pool = [1, 2, 3, 4] + ([5] if stype in ("lattice tower", "monopole") else [])
        ops = r.sample(pool, n)
        for j, op in enumerate(ops):
            st = comm if j == 0 else day_between(r, comm, D(2025, 3, 31))
            end = None
            if dl_s:
                end = D.fromisoformat(str(dl_s)[:10])
            elif j > 0 and r.random() < 0.15:
                end = day_between(r, st + dt.timedelta(days=200), LAST) if st + dt.timedelta(days=200) < LAST else None
            lo, hi = fee_band[stype]
            fee = float(r.randrange(lo, hi + 1, 10))
            cr = max(migrated, _at(r, st, 8, 17))
            up = _at(r, end, 8, 17) if end else max(cr, _at(r, day_between(r, cr.date(), LAST), 8, 17))
            ten.append((k, op, fee, _iso(st), _iso(end), _ts(cr), _ts(max(up, cr))))
    ten.sort(key=lambda x: (str(x[3]), x[0]))
    insert(c, "site_tenancies", [(i, *x) for i, x in enumerate(ten, 1)])
    engs = []
    for k, nm in enumerate(full_names(r, 26), 1):
        reg = (k - 1) % 6 + 1
        hired = day_between(r, D(2012, 1, 1), D(2024, 12, 31))
        if k == 26:
            hired = D(2025, 6, 2)
        engs.append([k, nm, reg, int(r.random() < 0.3), hired, None])
    for k, gone in ((4, D(2023, 10, 31)), (11, D(2024, 3, 15)), (17, D(2024, 9, 30)), (22, D(2025, 2, 28))):
        engs[k - 1][5] = gone
        engs[k - 1][4] = min(engs[k - 1][4], gone - dt.timedelta(days=700))
    erows = []
    for k, nm, reg, con, hired, gone in engs:
        cr = T(hired.year, hired.month, hired.day, 8, 30, 0)
        cr = max(cr, migrated)
        dl = T(gone.year, gone.month, gone.day, 17, 0, 0) if gone else None
        up = dl or _at(r, day_between(r, cr.date(), LAST), 8, 17)
        erows.append((k, nm, reg, con, _iso(hired), _ts(cr), _ts(max(up, cr)), _ts(dl)))
    insert(c, "engineers", erows)

    def live(k: int, d: dt.date) -> bool:
        _k, _c, _n, _r, _s, _ru, _b, _g, comm_s, _cr, _up, dl_s = rows[k - 1]
        return str(comm_s) <= d.isoformat() and (dl_s is None or str(dl_s)[:10] > d.isoformat())

    outs = []
    while len(outs) < 230:
        d = day_between(r, START, D(2025, 6, 10))
        sk = r.randint(1, 96)
        if not live(sk, d):
            continue
        planned = r.random() < 0.16
        if planned:
            cause = r.choice(["upgrade works", "maintenance"])
            start = T(d.year, d.month, d.day, r.choice([0, 1, 2, 23]), r.choice([0, 30]), 0)
            dur = dt.timedelta(minutes=r.randint(60, 330))
        else:
            cause = r.choices(CS_CAUSES, weights=[30, 24, 22, 14, 10])[0]
            start = _at(r, d)
            dur = dt.timedelta(minutes=int(r.choice([r.randint(15, 180), r.randint(120, 720), r.randint(600, 2600)])))
        rural = rows[sk - 1][5]
        aff = r.randint(40, 900) if rural else r.randint(300, 9000)
        outs.append([sk, cause, int(planned), start, start + dur, aff])
    for sk, cause, start in ((12, "backhaul fault", T(2025, 6, 13, 22, 41, 5)), (40, "storm damage", T(2025, 6, 12, 3, 5, 40)),
                             (66, "hardware failure", T(2025, 6, 14, 9, 12, 0))):  # fmt: skip
        outs.append([sk, cause, 0, start, None, r.randint(300, 4000)])
    outs.sort(key=lambda x: x[3])
    orows = []
    for i, (sk, cause, pl, start, end, aff) in enumerate(outs, 1):
        cr = start + dt.timedelta(minutes=r.randint(2, 25))
        up = (end + dt.timedelta(minutes=r.randint(1, 30))) if end else cr
        orows.append((i, sk, cause, pl, _ts(start), _ts(end), aff, _ts(cr), _ts(up)))
    insert(c, "outages", orows)
    visits = []
    while len(visits) < 260:
        d = day_between(r, START, LAST)
        sk = r.randint(1, 96)
        if not live(sk, d):
            continue
        reg = rows[sk - 1][3]
        cands = [e[0] for e in engs if e[2] == reg and e[4] <= d and (e[5] is None or e[5] > d) and e[0] != 26]
        if not cands:
            continue
        vt = r.choices(["routine", "fault repair", "upgrade", "safety audit"], weights=[48, 26, 15, 11])[0]
        defects = int(r.random() < (0.55 if vt == "fault repair" else 0.18))
        visits.append((sk, r.choice(cands), vt, d, defects))
    visits.sort(key=lambda x: (x[3], x[0]))
    vrows = []
    for i, (sk, e, vt, d, df) in enumerate(visits, 1):
        cr = _at(r, d, 16, 19)
        up = cr if r.random() < 0.7 else cr + dt.timedelta(days=r.randint(1, 3))
        vrows.append((i, sk, e, vt, _iso(d), df, _ts(cr), _ts(min(up, T(2025, 6, 14, 20, 0, 0)))))
    insert(c, "maintenance_visits", vrows)
    done(c)


# ----------------------------------------------------------------------------------------------------- fibrefaults
FF_STATUS = [(1, "Open"), (2, "Engineer assigned"), (3, "Awaiting customer"), (4, "Resolved"), (5, "Cancelled")]
FF_FAULTS = [(1, "No sync"), (2, "Slow speeds"), (3, "Intermittent drops"), (4, "No dial tone"), (5, "Router fault"),
             (6, "Cable damage")]  # fmt: skip
FF_PACKAGES = [(1, "Fibre 36", 36, 27.99), (2, "Fibre 74", 74, 31.99), (3, "Full Fibre 150", 150, 34.99),
               (4, "Full Fibre 500", 500, 44.99), (5, "Full Fibre 900", 900, 59.99)]  # fmt: skip
FF_EXCHANGES = [(1, "WYHX", "Halifax"), (2, "WYTO", "Todmorden"), (3, "WYHB", "Hebden Bridge"), (4, "WYBR", "Brighouse"),
                (5, "WYSO", "Sowerby Bridge"), (6, "WYEL", "Elland"), (7, "WYHF", "Huddersfield")]  # fmt: skip
FF_SLA_HOURS = {1: 24, 2: 48, 3: 72, 4: 120}


def build_fibrefaults(path: Path) -> None:
    r = random.Random(72002)
    c = fresh_db(
        path,
        """
        CREATE TABLE ticket_status (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE fault_type (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE package (id INTEGER PRIMARY KEY, label TEXT NOT NULL, download_mbps INTEGER NOT NULL,
            monthly_price REAL NOT NULL);
        CREATE TABLE exchange (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE customer (id INTEGER PRIMARY KEY, account_no TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
            exchange_id INTEGER NOT NULL REFERENCES exchange(id), package_id INTEGER NOT NULL REFERENCES package(id),
            is_business INTEGER NOT NULL DEFAULT 0, priority_care INTEGER NOT NULL DEFAULT 0,
            connected_on DATE NOT NULL);
        CREATE TABLE technician (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
            base_exchange_id INTEGER NOT NULL REFERENCES exchange(id), started_on DATE NOT NULL);
        CREATE TABLE ticket (id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customer(id), fault_type_id INTEGER NOT NULL
            REFERENCES fault_type(id), status_id INTEGER NOT NULL REFERENCES ticket_status(id),
            priority INTEGER NOT NULL, opened_at TEXT NOT NULL, resolved_at TEXT,
            technician_id INTEGER REFERENCES technician(id), sla_breached INTEGER NOT NULL DEFAULT 0);
        """,
    )
    insert(c, "ticket_status", FF_STATUS)
    insert(c, "fault_type", FF_FAULTS)
    insert(c, "package", FF_PACKAGES)
    insert(c, "exchange", FF_EXCHANGES)
    names = full_names(r, 180)
    custs = []
    for k in range(1, 161):
        ex = r.choices(range(1, 8), weights=[26, 8, 10, 14, 9, 12, 21])[0]
        pk = r.choices(range(1, 6), weights=[14, 22, 30, 22, 12])[0]
        biz = int(r.random() < 0.14)
        nm = names[k - 1]
        if biz:
            nm = f"{nm.split()[1]} {r.choice(['Joinery', 'Accountants', 'Dental', 'Motors', 'Print', 'Cafe'])} Ltd"
        custs.append((k, f"BB{400000 + k * 37}", nm, ex, pk, biz, int(r.random() < 0.1),
                      _iso(day_between(r, D(2016, 1, 1), D(2025, 4, 30)))))  # fmt: skip
    insert(c, "customer", custs)
    techs = [
        (k, names[160 + k], (k - 1) % 7 + 1, _iso(day_between(r, D(2014, 1, 1), D(2024, 6, 30)))) for k in range(1, 15)
    ]
    insert(c, "technician", techs)
    tickets = []
    while len(tickets) < 320:
        cu = custs[r.randint(1, 160) - 1]
        opened = _at(r, day_between(r, START, LAST), 7, 21)
        if opened.date().isoformat() <= str(cu[7]):
            continue
        ft = r.choices(range(1, 7), weights=[18, 26, 22, 8, 16, 10])[0]
        pr = 1 if cu[6] else 2 if cu[5] else r.choices([2, 3, 4], weights=[15, 55, 30])[0]
        age = (NOW - opened).days
        x = r.random()
        if age > 20:
            st = 4 if x < 0.88 else 5 if x < 0.96 else 3
        else:
            st = 1 if x < 0.2 else 2 if x < 0.45 else 3 if x < 0.55 else 4 if x < 0.93 else 5
        if st == 4:
            hours = r.choice([r.uniform(2, 30), r.uniform(12, 90), r.uniform(40, 200)])
            res = opened + dt.timedelta(hours=hours)
            if res >= NOW:
                res = NOW - dt.timedelta(minutes=r.randint(30, 600))
            if res <= opened:
                st = 2
                res = None
        else:
            res = None
        tech = None
        if st in (2, 3, 4) or (st == 5 and r.random() < 0.4):
            home = [t[0] for t in techs if t[2] == cu[3] and str(t[3]) < opened.date().isoformat()]
            allt = [t[0] for t in techs if str(t[3]) < opened.date().isoformat()]
            tech = r.choice(home) if home and r.random() < 0.7 else r.choice(allt)
        end = res or NOW
        breached = int(st != 5 and (end - opened).total_seconds() > FF_SLA_HOURS[pr] * 3600)
        tickets.append((cu[0], ft, st, pr, opened, res, tech, breached))
    tickets.sort(key=lambda x: x[4])
    rows = []
    for i, (cu, ft, st, pr, op, res, tech, br) in enumerate(tickets, 1):
        rows.append((i, f"FLT-{op.year % 100}-{i:05d}", cu, ft, st, pr, _ts(op), _ts(res), tech, br))
    insert(c, "ticket", rows)
    done(c)


# --------------------------------------------------------------------------------------------------------- cdnedge
CD_POPS = [
    ("LHR1", "London", "GB", 800, D(2017, 3, 1)), ("LHR2", "London", "GB", 400, D(2021, 9, 14)),
    ("MAN1", "Manchester", "GB", 200, D(2019, 5, 20)), ("AMS1", "Amsterdam", "NL", 600, D(2017, 6, 12)),
    ("FRA1", "Frankfurt", "DE", 700, D(2018, 2, 5)), ("PAR1", "Paris", "FR", 400, D(2018, 10, 1)),
    ("MAD1", "Madrid", "ES", 200, D(2020, 4, 27)), ("MIL1", "Milan", "IT", 100, D(2020, 11, 9)),
    ("WAW1", "Warsaw", "PL", 100, D(2022, 6, 6)), ("STO1", "Stockholm", "SE", 200, D(2021, 2, 15)),
    ("DUB1", "Dublin", "IE", 300, D(2019, 8, 19)), ("JFK1", "New York", "US", 500, D(2023, 3, 13)),
    ("IAD1", "Ashburn", "US", 300, D(2023, 10, 2)), ("SIN1", "Singapore", "SG", 150, D(2024, 7, 22)),
]  # fmt: skip
CD_ACCOUNTS = [
    ("Brightlane Retail", "GB"), ("Moorcroft News", "GB"), ("Pixelhaus", "DE"), ("Tidewater Games", "IE"),
    ("Oakridge Bank", "GB"), ("Lumen Streaming", "NL"), ("Carta Travel", "ES"), ("Fennel Foods", "GB"),
    ("Nordvik Outdoor", "SE"), ("Quillon Press", "FR"), ("Sable Fashion", "IT"), ("Helix Health", "GB"),
    ("Kiteworks Studio", "GB"), ("Vantor Insurance", "DE"), ("Ember Radio", "IE"), ("Marlow Estates", "GB"),
    ("Polaris Learning", "PL"), ("Gullwing Motors", "DE"), ("Juniper Home", "GB"), ("Atlas Freight", "NL"),
    ("Redfern Sports", "GB"), ("Coral Bay Resorts", "ES"), ("Birchway Software", "US"), ("Mosaic Museum", "FR"),
    ("Tern Analytics", "GB"), ("Silverline Telecom", "GB"), ("Orchid Beauty", "FR"), ("Halcyon Hotels", "IT"),
    ("Wrenfield Council", "GB"), ("Granite Legal", "GB"), ("Blue Heron Books", "US"), ("Kestrel Charity", "GB"),
    ("Arcadia Events", "NL"), ("Northgate Uni", "GB"), ("Solace Wellness", "SE"), ("Drift Surfwear", "GB"),
    ("Cobalt Energy", "DE"), ("Fable Kids", "GB"), ("Meridian Maps", "US"), ("Vela Music", "SG"),
]  # fmt: skip
CD_SUBS = ["www", "cdn", "img", "static", "video", "api", "shop", "media"]


def build_cdnedge(path: Path) -> None:
    r = random.Random(72003)
    c = fresh_db(
        path,
        """
        CREATE TABLE pop (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, city TEXT NOT NULL,
            country_code TEXT NOT NULL, capacity_gbps INTEGER NOT NULL, launched_epoch INTEGER NOT NULL,
            retired_epoch INTEGER);
        CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL,
            country_code TEXT NOT NULL, signup_epoch INTEGER NOT NULL, cancelled_epoch INTEGER);
        CREATE TABLE domain (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES account(id),
            hostname TEXT NOT NULL UNIQUE, origin_host TEXT NOT NULL, https_only TEXT NOT NULL DEFAULT 'Y',
            added_epoch INTEGER NOT NULL);
        CREATE TABLE certificate (id INTEGER PRIMARY KEY, domain_id INTEGER NOT NULL REFERENCES domain(id),
            issuer TEXT NOT NULL, issued_epoch INTEGER NOT NULL, expires_epoch INTEGER NOT NULL);
        CREATE TABLE purge_request (id INTEGER PRIMARY KEY, domain_id INTEGER NOT NULL REFERENCES domain(id),
            scope TEXT NOT NULL, status TEXT NOT NULL, requested_epoch INTEGER NOT NULL, completed_epoch INTEGER);
        CREATE TABLE incident (id INTEGER PRIMARY KEY, pop_id INTEGER NOT NULL REFERENCES pop(id),
            severity TEXT NOT NULL, cause TEXT NOT NULL, started_ts INTEGER NOT NULL, resolved_ts INTEGER);
        """,
    )
    pops = []
    for k, (code, city, cc, cap, launched) in enumerate(CD_POPS, 1):
        retired = _epoch(T(2024, 11, 29, 23, 0, 0)) if code == "MIL1" else None
        pops.append((k, code, city, cc, cap, _epoch(_at(r, launched, 9, 17)), retired))
    insert(c, "pop", pops)
    accts = []
    for k, (nm, cc) in enumerate(CD_ACCOUNTS, 1):
        plan = r.choices(["starter", "pro", "enterprise"], weights=[40, 38, 22])[0]
        su = _at(r, day_between(r, D(2018, 1, 1), D(2025, 3, 31)))
        canc = None
        if k in (6, 15, 27, 36):
            canc = _epoch(
                _at(r, day_between(r, max(su.date() + dt.timedelta(days=200), D(2023, 1, 1)), D(2025, 5, 30)))
            )
        accts.append((k, nm, plan, cc, _epoch(su), canc))
    insert(c, "account", accts)
    doms = []
    for k, (nm, cc) in enumerate(CD_ACCOUNTS, 1):
        base = nm.lower().replace(" ", "") + (".co.uk" if cc == "GB" else ".com")
        plan = accts[k - 1][2]
        n = {"starter": r.randint(1, 2), "pro": r.randint(2, 3), "enterprise": r.randint(3, 6)}[plan]
        su = _from_epoch(accts[k - 1][4])
        end = _from_epoch(accts[k - 1][5]) if accts[k - 1][5] else T(2025, 6, 10, 12, 0, 0)
        for sub in r.sample(CD_SUBS, n):
            added = su + dt.timedelta(days=r.randint(0, 400), seconds=r.randint(0, 86000))
            if added >= end:
                added = su + (end - su) * r.uniform(0.05, 0.9)
            doms.append((k, f"{sub}.{base}", f"origin-{sub}.{base}", _yn(r.random() < 0.8), _epoch(added), end))
    doms.sort(key=lambda x: int(str(x[4])))
    insert(c, "domain", [(i, *x[:5]) for i, x in enumerate(doms, 1)])
    certs: list[tuple[int, str, int, int]] = []
    cutoff = _epoch(T(2024, 7, 1))
    for i, (_a, _h, _o, _s, added, end) in enumerate(doms, 1):
        issuer = r.choices(["Let's Encrypt", "DigiCert", "Sectigo"], weights=[60, 25, 15])[0]
        life = 90 if issuer == "Let's Encrypt" else 365
        t = _from_epoch(added)
        while t < min(end, T(2025, 6, 14)):
            exp = t + dt.timedelta(days=life)
            if _epoch(exp) > cutoff:
                certs.append((i, issuer, _epoch(t), _epoch(exp)))
            t += dt.timedelta(days=life - (30 if life == 90 else r.randint(10, 40)), seconds=r.randint(-3000, 3000))
    certs.sort(key=lambda x: x[2])
    insert(c, "certificate", [(i, *x) for i, x in enumerate(certs, 1)])
    purges = []
    for _ in range(320):
        di = r.randint(1, len(doms))
        added = _from_epoch(doms[di - 1][4])
        lo = max(added.date() + dt.timedelta(days=1), START)
        hi = min(doms[di - 1][5].date() - dt.timedelta(days=1), LAST)
        if lo > hi:
            continue
        t = _at(r, day_between(r, lo, hi))
        scope = r.choices(["url", "prefix", "all"], weights=[62, 26, 12])[0]
        if t > T(2025, 6, 14, 22, 20, 0) or (t.date() == LAST and r.random() < 0.5):
            st, done_t = "queued", None
        elif r.random() < 0.06:
            st, done_t = "failed", None
        else:
            secs = {"url": r.randint(2, 40), "prefix": r.randint(20, 300), "all": r.randint(120, 1500)}[scope]
            st, done_t = "completed", t + dt.timedelta(seconds=secs)
        purges.append((di, scope, st, _epoch(t), _epoch(done_t) if done_t else None))
    for di, scope, t in ((3, "all", T(2025, 6, 14, 22, 41, 9)), (57, "prefix", T(2025, 6, 14, 23, 2, 30)),
                         (88, "url", T(2025, 6, 14, 23, 48, 55))):  # fmt: skip
        purges.append((di, scope, "queued", _epoch(t), None))
    purges.sort(key=lambda x: int(str(x[3])))
    insert(c, "purge_request", [(i, *x) for i, x in enumerate(purges, 1)])
    incs = []
    while len(incs) < 70:
        pk = r.randint(1, 14)
        launched = _from_epoch(pops[pk - 1][5]).date()
        end_d = D(2024, 11, 28) if pk == 8 else D(2025, 6, 12)
        lo = max(START, launched + dt.timedelta(days=1))
        if lo >= end_d:
            continue
        t = _at(r, day_between(r, lo, end_d))
        sev = r.choices(["SEV1", "SEV2", "SEV3"], weights=[12, 33, 55])[0]
        cause = r.choices(["hardware", "fibre cut", "DDoS", "config change", "power", "upstream provider"],
                          weights=[22, 12, 18, 20, 10, 18])[0]  # fmt: skip
        mins = {"SEV1": r.randint(20, 300), "SEV2": r.randint(15, 240), "SEV3": r.randint(5, 180)}[sev]
        incs.append((pk, sev, cause, _epoch(t), _epoch(t + dt.timedelta(minutes=mins, seconds=r.randint(0, 59)))))
    incs.append((12, "SEV2", "upstream provider", _epoch(T(2025, 6, 14, 19, 20, 11)), None))
    incs.append((4, "SEV3", "hardware", _epoch(T(2025, 6, 14, 22, 2, 45)), None))
    incs.sort(key=lambda x: int(str(x[3])))
    insert(c, "incident", [(i, *x) for i, x in enumerate(incs, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ fibrebuild
FB_CREWS = [
    (1, "Civils North", "Harrogate", 6, "N"), (2, "Civils South", "Selby", 5, "N"), (3, "Duct & Dig Ltd", "Leeds", 8, "Y"),
    (4, "Cable Team A", "Harrogate", 3, "N"), (5, "Cable Team B", "Ripon", 3, "N"), (6, "Splice Team 1", "Harrogate", 2, "N"),
    (7, "Splice Team 2", "York", 2, "N"), (8, "Lightpath Contracting", "York", 4, "Y"),
]  # fmt: skip
FB_CABLES = [
    (1, "ULW 12F microcable", 12, 6.0, 28.0, 45), (2, "ULW 24F microcable", 24, 6.5, 32.0, 58),
    (3, "ULW 48F microcable", 48, 7.8, 45.0, 86), (4, "96F loose tube", 96, 10.2, 88.0, 142),
    (5, "144F loose tube", 144, 12.4, 120.0, 198), (6, "Drop cable 1F", 1, 4.0, 18.0, 22),
]  # fmt: skip
FB_TOWNS = {"Harrogate": "HGT", "Knaresborough": "KNA", "Ripon": "RIP", "Wetherby": "WTB", "Thirsk": "THK",
            "Selby": "SEL", "Tadcaster": "TAD"}  # fmt: skip
FB_RATE = {"verge": 4500, "footway": 7800, "carriageway": 12500}


def build_fibrebuild(path: Path) -> None:
    r = random.Random(72004)
    c = fresh_db(
        path,
        """
        CREATE TABLE crew (id INTEGER PRIMARY KEY, crew_name TEXT NOT NULL, base_town TEXT NOT NULL,
            headcount INTEGER NOT NULL, is_subcontractor TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE cable_type (id INTEGER PRIMARY KEY, name TEXT NOT NULL, fibre_count INTEGER NOT NULL,
            diameter_mm REAL NOT NULL, weight_kg_per_km REAL NOT NULL, cost_pence_per_m INTEGER NOT NULL);
        CREATE TABLE route (id INTEGER PRIMARY KEY, route_ref TEXT NOT NULL UNIQUE, town TEXT NOT NULL,
            planned_length_m INTEGER NOT NULL, homes_passed INTEGER NOT NULL, started_on DATE NOT NULL,
            completed_on DATE);
        CREATE TABLE dig (id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES route(id),
            crew_id INTEGER NOT NULL REFERENCES crew(id), dug_on DATE NOT NULL, surface TEXT NOT NULL,
            length_m REAL NOT NULL, depth_mm INTEGER NOT NULL, cost_pence INTEGER NOT NULL);
        CREATE TABLE cable_pull (id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES route(id),
            crew_id INTEGER NOT NULL REFERENCES crew(id), cable_type_id INTEGER NOT NULL REFERENCES cable_type(id),
            pulled_on DATE NOT NULL, length_m REAL NOT NULL, duration_s INTEGER NOT NULL);
        CREATE TABLE splice (id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES route(id),
            crew_id INTEGER NOT NULL REFERENCES crew(id), spliced_on DATE NOT NULL, joints INTEGER NOT NULL,
            avg_loss_db REAL NOT NULL, duration_s INTEGER NOT NULL, ambient_temp_c REAL NOT NULL);
        """,
    )
    insert(c, "crew", FB_CREWS)
    insert(c, "cable_type", FB_CABLES)
    routes = []
    seen: dict[str, int] = {}
    for _ in range(32):
        town = r.choices(list(FB_TOWNS), weights=[24, 12, 14, 12, 8, 14, 8])[0]
        seen[town] = seen.get(town, 0) + 1
        st = day_between(r, D(2023, 2, 1), D(2025, 5, 20))
        length = r.randrange(1500, 9001, 50)
        fin = st + dt.timedelta(days=r.randint(70, 260))
        routes.append([town, length, length // r.randint(8, 14), st, fin if fin <= LAST else None])
    routes.sort(key=lambda x: x[3])
    rrows = []
    for k, (town, length, homes, st, fin) in enumerate(routes, 1):
        rrows.append(
            (k, f"{FB_TOWNS[town]}-CAB{r.randint(1, 60):02d}-{k:02d}", town, length, homes, _iso(st), _iso(fin))
        )
    insert(c, "route", rrows)

    def when(k: int, lag: int) -> dt.date | None:
        _t, _l, _h, st, fin = routes[k - 1]
        lo = st + dt.timedelta(days=lag)
        hi = fin or LAST
        return day_between(r, lo, hi) if lo <= hi else None

    digs = []
    while len(digs) < 210:
        k = r.randint(1, len(routes))
        d = when(k, 0)
        if d is None:
            continue
        surf = r.choices(list(FB_RATE), weights=[45, 35, 20])[0]
        length = round(r.uniform(15, 380), 1)
        depth = {"verge": r.randrange(350, 501, 10), "footway": r.randrange(450, 601, 10),
                 "carriageway": r.randrange(600, 761, 10)}[surf]  # fmt: skip
        cost = int(length * FB_RATE[surf] * r.uniform(0.85, 1.2))
        digs.append((k, r.choices([1, 2, 3], weights=[40, 30, 30])[0], d, surf, length, depth, cost))
    digs.sort(key=lambda x: (x[2], x[0]))
    insert(c, "dig", [(i, k, cr, _iso(d), s, ln, dp, co) for i, (k, cr, d, s, ln, dp, co) in enumerate(digs, 1)])
    pulls = []
    while len(pulls) < 190:
        k = r.randint(1, len(routes))
        d = when(k, 14)
        if d is None:
            continue
        ct = r.choices(range(1, 7), weights=[14, 20, 24, 16, 8, 18])[0]
        length = round(r.uniform(80, 1200) if ct != 6 else r.uniform(15, 120), 1)
        pulls.append(
            (k, r.choices([4, 5, 8], weights=[40, 35, 25])[0], ct, d, length, int(length * r.uniform(2.5, 8.0)))
        )
    pulls.sort(key=lambda x: (x[3], x[0]))
    insert(c, "cable_pull", [(i, k, cr, ct, _iso(d), ln, du) for i, (k, cr, ct, d, ln, du) in enumerate(pulls, 1)])
    splices = []
    while len(splices) < 240:
        k = r.randint(1, len(routes))
        d = when(k, 30)
        if d is None:
            continue
        joints = r.choice([12, 12, 24, 24, 48, 96, 144])
        temp = round(r.uniform(-3, 9) if d.month in (12, 1, 2) else r.uniform(11, 27) if d.month in (6, 7, 8)
                     else r.uniform(4, 17), 1)  # fmt: skip
        loss = round(r.uniform(0.02, 0.09) + (0.05 if temp < 2 else 0) + (0.04 if r.random() < 0.08 else 0), 3)
        cr = r.choices([6, 7, 8], weights=[42, 38, 20])[0]
        splices.append((k, cr, d, joints, loss, int(joints * r.uniform(150, 320)), temp))
    splices.sort(key=lambda x: (x[2], x[0]))
    insert(c, "splice", [(i, k, cr, _iso(d), j, lo, du, te) for i, (k, cr, d, j, lo, du, te) in enumerate(splices, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------------ ipam
IP_SITES = [
    (1, "London HQ", "London", "GB", D(2016, 4, 1), "lon"), (2, "Manchester Office", "Manchester", "GB", D(2018, 9, 3), "man"),
    (3, "Dublin Office", "Dublin", "IE", D(2019, 6, 17), "dub"), (4, "Slough Data Hall", "Slough", "GB", D(2017, 1, 9), "slo"),
    (5, "Amsterdam Office", "Amsterdam", "NL", D(2021, 10, 4), "ams"), (6, "Leeds Warehouse", "Leeds", "GB", D(2023, 5, 22), "lds"),
]  # fmt: skip
IP_TEAMS = [
    (1, "Network Engineering", "neteng@corvid.example"), (2, "Infrastructure", "infra@corvid.example"),
    (3, "Security Operations", "secops@corvid.example"), (4, "Workplace IT", "workplace@corvid.example"),
    (5, "Platform", "platform@corvid.example"), (6, "Telephony", "voice@corvid.example"),
]  # fmt: skip
IP_VLANS = [(10, "users", 4), (20, "voice", 6), (30, "printers", 4), (40, "wifi-corp", 4), (50, "wifi-guest", 4),
            (100, "servers", 2), (200, "mgmt", 1)]  # fmt: skip
IP_VLANS_AT = {1: [10, 20, 30, 40, 50, 200], 2: [10, 20, 30, 40, 50, 200], 3: [10, 20, 40, 200],
               4: [100, 200], 5: [10, 40, 50, 200], 6: [10, 30, 40, 200]}  # fmt: skip
IP_KINDS = {  # device type: (code in host name, vendors, owner team, vlan it lives on)
    "router": ("rt", ["Cisco", "Juniper"], 1, 200), "switch": ("sw", ["Cisco", "Aruba"], 1, 200),
    "firewall": ("fw", ["Fortinet", "Palo Alto"], 3, 200), "access point": ("ap", ["Aruba", "Ubiquiti"], 4, 40),
    "server": ("srv", ["Dell", "HPE"], 2, 100), "printer": ("prn", ["HP", "Canon"], 4, 30),
    "phone gateway": ("vgw", ["Cisco", "Poly"], 6, 20),
}  # fmt: skip


def build_ipam(path: Path) -> None:
    r = random.Random(72005)
    c = fresh_db(
        path,
        """
        CREATE TABLE site (siteId INTEGER PRIMARY KEY, siteName TEXT NOT NULL, city TEXT NOT NULL,
            countryCode TEXT NOT NULL, openedOn DATE NOT NULL);
        CREATE TABLE team (teamId INTEGER PRIMARY KEY, teamName TEXT NOT NULL, contactEmail TEXT NOT NULL);
        CREATE TABLE vlan (vlanId INTEGER PRIMARY KEY, vlanNumber INTEGER NOT NULL, vlanName TEXT NOT NULL,
            siteId INTEGER NOT NULL REFERENCES site(siteId));
        CREATE TABLE subnet (subnetId INTEGER PRIMARY KEY, cidr TEXT NOT NULL UNIQUE, networkAddress TEXT NOT NULL,
            prefixLength INTEGER NOT NULL, parentSubnetId INTEGER REFERENCES subnet(subnetId),
            siteId INTEGER REFERENCES site(siteId), vlanId INTEGER REFERENCES vlan(vlanId),
            ownerTeamId INTEGER NOT NULL REFERENCES team(teamId), purpose TEXT NOT NULL,
            isReserved INTEGER NOT NULL DEFAULT 0, allocatedOn DATE NOT NULL);
        CREATE TABLE device (deviceId INTEGER PRIMARY KEY, hostName TEXT NOT NULL UNIQUE, deviceType TEXT NOT NULL,
            vendor TEXT NOT NULL, siteId INTEGER NOT NULL REFERENCES site(siteId),
            ownerTeamId INTEGER NOT NULL REFERENCES team(teamId), installedOn DATE NOT NULL, decommissionedOn DATE);
        CREATE TABLE ipAddress (ipAddressId INTEGER PRIMARY KEY, address TEXT NOT NULL UNIQUE,
            subnetId INTEGER NOT NULL REFERENCES subnet(subnetId), deviceId INTEGER REFERENCES device(deviceId),
            assignmentType TEXT NOT NULL, assignedOn DATE NOT NULL, lastSeenOn DATE);
        """,
    )
    insert(c, "site", [(i, n, ci, cc, _iso(o)) for i, n, ci, cc, o, _p in IP_SITES])
    insert(c, "team", IP_TEAMS)
    vlans = []
    vlan_id: dict[tuple[int, int], int] = {}
    for s, nums in IP_VLANS_AT.items():
        for num in nums:
            vlans.append((len(vlans) + 1, num, next(n for v, n, _t in IP_VLANS if v == num), s))
            vlan_id[(s, num)] = len(vlans)
    insert(c, "vlan", vlans)
    subnets: list[tuple[object, ...]] = []
    sub_of: dict[tuple[int, int], int] = {}

    def add(
        cidr: str,
        parent: int | None,
        site: int | None,
        vlan: int | None,
        team: int,
        purpose: str,
        res: int,
        on: dt.date,
    ) -> int:
        net, plen = cidr.split("/")
        subnets.append((len(subnets) + 1, cidr, net, int(plen), parent, site, vlan, team, purpose, res, _iso(on)))
        return len(subnets)

    for s, _n, _ci, _cc, opened, _p in IP_SITES:
        top = add(f"10.{s}.0.0/16", None, s, None, 1, "site block", 0, opened)
        for num in IP_VLANS_AT[s]:
            team = next(t for v, _nm, t in IP_VLANS if v == num)
            name = next(nm for v, nm, _t in IP_VLANS if v == num)
            if s == 4 and num == 100:
                agg = add("10.4.100.0/22", top, s, None, 2, "server aggregate", 0, opened)
                for third, purpose in ((100, "servers"), (101, "storage"), (102, "backup"), (103, "servers")):
                    sub_of[(s, third)] = add(f"10.4.{third}.0/24", agg, s, vlan_id[(s, num)], 2 if third != 102 else 5,
                                             purpose, int(third == 103), opened + dt.timedelta(days=r.randint(0, 900)))  # fmt: skip
                continue
            sub_of[(s, num)] = add(f"10.{s}.{num}.0/24", top, s, vlan_id[(s, num)], team, name, 0,
                                   opened + dt.timedelta(days=r.randint(0, 60)))  # fmt: skip
        if s in (1, 2):
            add(f"10.{s}.60.0/24", top, s, None, 5, "lab", 1, D(2024, 2, 12) if s == 1 else D(2025, 4, 28))
    pub = add("185.43.12.0/24", None, None, None, 1, "public block", 0, D(2017, 1, 9))
    dmz = add("185.43.12.0/27", pub, 4, None, 3, "dmz", 0, D(2017, 1, 9))
    vpn = add("185.43.12.32/27", pub, 1, None, 3, "vpn", 0, D(2019, 3, 4))
    add("185.43.12.64/27", pub, None, None, 1, "spare", 1, D(2017, 1, 9))
    add("185.43.12.96/27", pub, 5, None, 5, "customer nat", 0, D(2022, 1, 10))
    insert(c, "subnet", subnets)
    devices = []
    plan = {1: {"router": 2, "switch": 6, "firewall": 2, "access point": 7, "printer": 3, "phone gateway": 1},
            2: {"router": 1, "switch": 4, "firewall": 1, "access point": 5, "printer": 2, "phone gateway": 1},
            3: {"router": 1, "switch": 2, "firewall": 1, "access point": 3},
            4: {"router": 2, "switch": 5, "firewall": 2, "server": 22},
            5: {"router": 1, "switch": 2, "firewall": 1, "access point": 3},
            6: {"router": 1, "switch": 3, "firewall": 1, "access point": 4, "printer": 2}}  # fmt: skip
    for s, kinds in plan.items():
        pref = IP_SITES[s - 1][5]
        opened = IP_SITES[s - 1][4]
        for kind, n in kinds.items():
            code, vendors, team, _v = IP_KINDS[kind]
            for j in range(1, n + 1):
                inst = day_between(r, opened, D(2025, 5, 30))
                gone = None
                if r.random() < 0.08:
                    gone = (
                        day_between(r, inst + dt.timedelta(days=30), LAST)
                        if inst + dt.timedelta(days=30) < LAST
                        else None
                    )
                vend = vendors[0] if r.random() < 0.65 else vendors[1]
                devices.append(
                    (len(devices) + 1, f"{pref}-{code}-{j:02d}", kind, vend, s, team, _iso(inst), _iso(gone))
                )
    insert(c, "device", devices)
    addrs = []
    used: set[str] = set()

    def host(net3: str, lo: int, hi: int) -> str:
        while True:
            a = f"{net3}.{r.randint(lo, hi)}"
            if a not in used:
                used.add(a)
                return a

    for dev in devices:
        did, _h, kind, _v, s, _t, inst_s, gone_s = dev
        inst = D.fromisoformat(str(inst_s))
        seen = D.fromisoformat(str(gone_s)) if gone_s else day_between(r, max(inst, D(2025, 6, 1)), LAST)
        if r.random() < 0.06 and not gone_s:
            seen = day_between(r, inst, D(2025, 3, 31)) if inst < D(2025, 3, 31) else seen
        vnum = IP_KINDS[str(kind)][3]
        if s == 4 and kind == "server":
            third = r.choices([100, 101, 102], weights=[60, 20, 20])[0]
        elif (int(str(s)), vnum) in sub_of:
            third = vnum
        else:
            third = 200
        sid = sub_of[(int(str(s)), third)]
        addrs.append((host(f"10.{s}.{third}", 2, 250), sid, did, "static", inst, seen))
        if kind in ("router", "firewall", "switch") and third != 200:
            addrs.append((host(f"10.{s}.200", 2, 250), sub_of[(int(str(s)), 200)], did, "static", inst, seen))
        if kind == "firewall" and s in (1, 4):
            lo, hi = (2, 30) if s == 4 else (34, 62)
            addrs.append((host("185.43.12", lo, hi), dmz if s == 4 else vpn, did, "static", inst, seen))
    for s, nums in IP_VLANS_AT.items():
        for num in nums:
            if num in (10, 40, 50):
                for _ in range(r.randint(3, 14) if s != 3 else r.randint(2, 5)):
                    d = day_between(r, D(2025, 5, 1), LAST)
                    addrs.append((host(f"10.{s}.{num}", 50, 250), sub_of[(s, num)], None, "dhcp", d, d))
            if (s, num) in sub_of:
                addrs.append((f"10.{s}.{num}.1", sub_of[(s, num)], None, "reserved",
                              D.fromisoformat(str(subnets[sub_of[(s, num)] - 1][10])), None))  # fmt: skip
                used.add(f"10.{s}.{num}.1")
    for _ in range(4):
        d = day_between(r, D(2024, 1, 1), LAST)
        addrs.append((host("10.4.103", 10, 250), sub_of[(4, 103)], None, "reserved", d, None))
    addrs.sort(key=lambda x: (x[4], x[0]))
    insert(c, "ipAddress", [(i, a, s, d, t, _iso(on), _iso(seen)) for i, (a, s, d, t, on, seen) in enumerate(addrs, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- roaming
RO_OPERATORS = [
    (1, "Gallia Mobile", "FR", "20801", "EU"), (2, "Azur Telecom", "FR", "20815", "EU"),
    (3, "Iberia Movil", "ES", "21401", "EU"), (4, "Sol Telecom", "ES", "21407", "EU"),
    (5, "Rhein Funk", "DE", "26201", "EU"), (6, "Berliner Mobil", "DE", "26203", "EU"),
    (7, "Tricolore Mobile", "IT", "22201", "EU"), (8, "Lusitania Movel", "PT", "26801", "EU"),
    (9, "Hellas Mobile", "GR", "20201", "EU"), (10, "Dutch Delta Mobile", "NL", "20404", "EU"),
    (11, "Celtic Mobile", "IE", "27201", "EU"), (12, "Nordic Link", "SE", "24001", "EU"),
    (13, "Danube Mobile", "AT", "23201", "EU"), (14, "Polar Mobil", "NO", "24201", "EUR_OTHER"),
    (15, "Alpen Mobile", "CH", "22801", "EUR_OTHER"), (16, "Bosphorus GSM", "TR", "28601", "EUR_OTHER"),
    (17, "Liberty Wireless", "US", "310260", "ROW"), (18, "Maple Cellular", "CA", "302720", "ROW"),
    (19, "Southern Cross Mobile", "AU", "50501", "ROW"), (20, "Emirates Link", "AE", "42402", "ROW"),
    (21, "Lion City Mobile", "SG", "52501", "ROW"), (22, "Sakura Mobile", "JP", "44010", "ROW"),
    (23, "Kiwi Mobile", "NZ", "53001", "ROW"), (24, "Atlas Mobile", "MA", "60400", "ROW"),
]  # fmt: skip
RO_WEIGHT = [14, 6, 13, 5, 8, 3, 9, 7, 6, 5, 7, 3, 3, 2, 3, 4, 8, 2, 3, 3, 1, 2, 1, 2]


def build_roaming(path: Path) -> None:
    r = random.Random(72006)
    c = fresh_db(
        path,
        """
        CREATE TABLE OPERATOR (OPR_ID INTEGER PRIMARY KEY, OPR_NAME TEXT NOT NULL, OPR_COUNTRY TEXT NOT NULL,
            OPR_MCCMNC TEXT NOT NULL, OPR_ZONE TEXT NOT NULL);
        CREATE TABLE AGREEMENT (AGR_ID INTEGER PRIMARY KEY, AGR_OPR_ID INTEGER NOT NULL REFERENCES OPERATOR(OPR_ID),
            AGR_TYPE TEXT NOT NULL, AGR_START_DT DATE NOT NULL, AGR_END_DT DATE, AGR_VOLTE_YN TEXT NOT NULL,
            AGR_5G_YN TEXT NOT NULL, AGR_RATE_MB REAL NOT NULL);
        CREATE TABLE SUBSCRIBER (SUB_ID INTEGER PRIMARY KEY, SUB_MSISDN TEXT NOT NULL UNIQUE, SUB_NAME TEXT NOT NULL,
            SUB_PLAN TEXT NOT NULL, SUB_STATUS TEXT NOT NULL, SUB_ACT_DT DATE NOT NULL,
            SUB_ROAM_BAR_YN TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE ROAM_SESSION (RSE_ID INTEGER PRIMARY KEY, RSE_SUB_ID INTEGER NOT NULL
            REFERENCES SUBSCRIBER(SUB_ID), RSE_OPR_ID INTEGER NOT NULL REFERENCES OPERATOR(OPR_ID),
            RSE_START_DT TEXT NOT NULL, RSE_END_DT TEXT NOT NULL, RSE_DATA_MB REAL NOT NULL,
            RSE_VOICE_MIN INTEGER NOT NULL, RSE_SMS INTEGER NOT NULL, RSE_CHARGE REAL NOT NULL);
        CREATE TABLE INVOICE (INV_ID INTEGER PRIMARY KEY, INV_OPR_ID INTEGER NOT NULL REFERENCES OPERATOR(OPR_ID),
            INV_PERIOD INTEGER NOT NULL, INV_DIR TEXT NOT NULL, INV_AMT REAL NOT NULL, INV_ISSUED_DT DATE NOT NULL,
            INV_PAID_DT DATE, INV_DISPUTED_YN TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE FRAUD_ALERT (FAL_ID INTEGER PRIMARY KEY, FAL_SUB_ID INTEGER NOT NULL
            REFERENCES SUBSCRIBER(SUB_ID), FAL_TYPE TEXT NOT NULL, FAL_RAISED_DT TEXT NOT NULL,
            FAL_STATUS TEXT NOT NULL, FAL_CLOSED_DT TEXT);
        """,
    )
    insert(c, "OPERATOR", RO_OPERATORS)
    agrs = []
    for oid, _n, _cc, _m, zone in RO_OPERATORS:
        first = day_between(r, D(2016, 1, 1), D(2021, 12, 31))
        rate = round(r.uniform(0.0022, 0.0040), 4) if zone == "EU" else round(r.uniform(0.006, 0.02), 4) \
            if zone == "EUR_OTHER" else round(r.uniform(0.02, 0.09), 4)  # fmt: skip
        if oid in (6, 24):  # ended, nothing in force now
            agrs.append((oid, "BILATERAL", first, D(2024, 3, 31) if oid == 6 else D(2025, 1, 31), "N", "N", rate))
            continue
        if r.random() < 0.6:
            renew = day_between(r, D(2022, 1, 1), D(2025, 4, 30))
            agrs.append((oid, "BILATERAL", first, renew - dt.timedelta(days=1), "N", "N", rate))
            agrs.append((oid, r.choices(["BILATERAL", "UNILATERAL"], weights=[80, 20])[0], renew, None,
                         _yn(r.random() < 0.75), _yn(r.random() < 0.5), round(rate * r.uniform(0.6, 0.9), 4)))  # fmt: skip
        else:
            agrs.append((oid, r.choices(["BILATERAL", "UNILATERAL"], weights=[75, 25])[0], first, None,
                         _yn(r.random() < 0.55), _yn(r.random() < 0.3), rate))  # fmt: skip
    agrs.sort(key=lambda x: (x[2], x[0]))
    insert(c, "AGREEMENT", [(i, o, t, _iso(s), _iso(e), v, g, ra) for i, (o, t, s, e, v, g, ra) in enumerate(agrs, 1)])
    subs = []
    for k, nm in enumerate(full_names(r, 150), 1):
        plan = r.choices(["PAYG", "CONTRACT", "BUSINESS"], weights=[25, 55, 20])[0]
        st = r.choices(["A", "S", "T"], weights=[84, 6, 10])[0]
        bar = _yn((plan == "PAYG" and r.random() < 0.3) or st == "S")
        subs.append(
            (
                k,
                f"4477009{r.randint(10000, 99999)}",
                nm,
                plan,
                st,
                _iso(day_between(r, D(2012, 1, 1), D(2025, 3, 1))),
                bar,
            )
        )
    insert(c, "SUBSCRIBER", subs)

    def in_force(oid: int, d: dt.date) -> bool:
        return any(o == oid and s <= d and (e is None or e >= d) for o, _t, s, e, _v, _g, _r in agrs)

    sess = []
    while len(sess) < 400:
        sub = subs[r.randint(1, 150) - 1]
        if sub[6] == "Y":
            continue
        oid = r.choices(range(1, 25), weights=RO_WEIGHT)[0]
        d = day_between(r, max(START, D.fromisoformat(str(sub[5]))), D(2025, 6, 13))
        if sub[4] == "T" and d > D(2024, 12, 31):
            continue
        if not in_force(oid, d):
            continue
        zone = RO_OPERATORS[oid - 1][4]
        days = r.choice([1, 2, 3, 4, 5, 7, 7, 10, 14])
        start = _at(r, d, 5, 22)
        end = min(start + dt.timedelta(days=days, hours=r.randint(-6, 6)), T(2025, 6, 14, 21, 0, 0))
        mb = round(r.uniform(20, 900) * days**0.8, 1)
        vmin = r.randint(0, 25 * days)
        sms = r.randint(0, 6 * days)
        ndays = max(1, (end - start).days + 1)
        if zone == "EU":
            charge = 0.0 if sub[3] == "BUSINESS" else round(2.5 * ndays, 2) if sub[3] == "CONTRACT" else 0.0
        elif zone == "EUR_OTHER":
            charge = round(6.0 * ndays, 2)
        else:
            charge = round(mb * 0.05 + vmin * 1.2 + sms * 0.35, 2)
        sess.append((sub[0], oid, start, end, mb, vmin, sms, charge))
    sess.sort(key=lambda x: x[2])
    insert(
        c,
        "ROAM_SESSION",
        [(i, s, o, _ts(a), _ts(b), mb, v, sm, ch) for i, (s, o, a, b, mb, v, sm, ch) in enumerate(sess, 1)],
    )
    invs = []
    for oid in (1, 3, 5, 7, 8, 11, 17, 9, 2, 10):
        base = RO_WEIGHT[oid - 1] * r.uniform(900, 1400)
        for y, m in [(2024, mm) for mm in range(7, 13)] + [(2025, mm) for mm in range(1, 6)]:
            issued = D(y + (m == 12), m % 12 + 1, r.randint(8, 20))
            for direction in ("PAYABLE", "RECEIVABLE"):
                amt = round(
                    base
                    * r.uniform(0.6, 1.5)
                    * (1.4 if m in (7, 8) else 1.0)
                    * (0.8 if direction == "RECEIVABLE" else 1),
                    2,
                )
                disputed = r.random() < 0.05
                paid = issued + dt.timedelta(days=r.randint(18, 70))
                invs.append((oid, y * 100 + m, direction, amt, issued,
                             None if paid > LAST or disputed else paid, _yn(disputed)))  # fmt: skip
    invs.sort(key=lambda x: (x[1], x[0], x[2]))
    insert(
        c, "INVOICE", [(i, o, p, di, a, _iso(s), _iso(pd), ds) for i, (o, p, di, a, s, pd, ds) in enumerate(invs, 1)]
    )
    alerts = []
    for _ in range(42):
        sub = subs[r.randint(1, 150) - 1]
        t = _at(r, day_between(r, START, LAST))
        typ = r.choices(["HIGH_USAGE", "SIM_BOX", "IRSF", "VELOCITY"], weights=[50, 12, 18, 20])[0]
        if t.date() > D(2025, 5, 25) and r.random() < 0.7:
            st, closed = "OPEN", None
        else:
            st = r.choices(["CLOSED", "FALSE_POS"], weights=[55, 45])[0]
            closed = min(t + dt.timedelta(hours=r.randint(2, 240)), T(2025, 6, 14, 18, 0, 0))
        alerts.append((sub[0], typ, t, st, closed))
    for sk, typ, t in ((23, "HIGH_USAGE", T(2025, 6, 11, 8, 40, 2)), (91, "IRSF", T(2025, 6, 13, 2, 17, 45)),
                       (128, "SIM_BOX", T(2025, 6, 14, 15, 5, 30))):  # fmt: skip
        alerts.append((sk, typ, t, "OPEN", None))
    alerts.sort(key=lambda x: x[2])
    insert(c, "FRAUD_ALERT", [(i, s, ty, _ts(t), st, _ts(cl)) for i, (s, ty, t, st, cl) in enumerate(alerts, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "cellsites": build_cellsites,
    "fibrefaults": build_fibrefaults,
    "cdnedge": build_cdnedge,
    "fibrebuild": build_fibrebuild,
    "ipam": build_ipam,
    "roaming": build_roaming,
}
