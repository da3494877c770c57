"""Six small manufacturing, engineering and supply-chain databases for the sixty-fourth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``waferfab`` (fab jargon and acronyms: ``lot``, ``eqp``, ``mv``, ``ws``, ``wfr_qty``, ``trk_in``, ``pm_intvl_d``;
  natural text keys; self-referencing ``eng.mgr_id`` and ``lot.parent_lot`` for split lots): a semiconductor wafer fab.
  ``prd`` (devices and their customers), ``eqp`` (process tools with status codes PRD/SBY/DOWN/PM/ENG), ``eng``
  (engineers), ``lot`` (wafer lots: type P/E/Q, priority HOT/NORM/LOW, status ACT/FIN/SCR), ``mv`` (track-in records
  at a tool, minutes of processing, wafers scrapped), ``hold`` (lot holds; ``hold_ts``/``rel_ts`` are epoch seconds,
  ``rel_ts`` NULL while the lot is still held) and ``ws`` (wafer-sort die counts of finished lots).
- ``precast`` (quoted names with spaces and capitals: table "Cube Tests", columns "Pour Date", "Weight (t)"; 'Y'/'N'
  flags; self-referencing "Staff"."Reports To"): a precast-concrete plant. "Projects", "Moulds", "Staff", "Pours",
  "Elements" (each cast in a pour for a project, "Delivery ID" NULL while not yet loaded), "Cube Tests" (7- and 28-day
  compressive strength, PASS/FAIL) and "Deliveries" (some still scheduled).
- ``papermill`` (legacy uppercase abbreviations without underscores: ``CUSTNO``, ``ORDDT``, ``QTYORD``, ``UNITPR``,
  ``STATCD``; dates as YYYYMMDD integers; prices in pence per tonne, credit limits in pounds): a paper mill with three
  paper machines PM1-PM3. ``GRADES`` (class N newsprint, P packaging, W woodfree; ``BASISWT`` in gsm, ``LISTPR`` list
  price), ``CUSTMAST`` (``ACTFLG`` 'Y'/'N'), ``ORDHDR`` (status O open, S shipped, X cancelled), ``ORDLIN``
  (composite key ORDNO + LINENO, ``QTYORD`` in tonnes), ``REELS`` (``REELWT`` in kg; quality A prime, B seconds,
  R reject; ``ORDNO`` NULL for stock reels), ``RSNCODE`` (downtime reasons in groups PROC/PLAN/ELEC/MECH/MKT) and
  ``DTMLOG`` (downtime minutes per stop, crew A-E).
- ``engchange`` (Hungarian type prefixes: ``lngPartID``, ``strPartNo``, ``curUnitCost``, ``dtRaised``, ``bObsolete``;
  self-referencing ``Engineers.lngManagerID`` and ``Parts.lngReplacedByID``): engineering change control at a pump
  manufacturer. ``Vendors``, ``Engineers``, ``Parts``, ``BomItems`` (parent part to child part with quantity per),
  ``ChangeOrders`` (ECOs), the link table ``ChangeOrderParts`` and ``Approvals`` (``bApproved`` 1/0).
- ``procurement`` (SQL Server style singular PascalCase tables with ``TableNameId`` keys, ``IsPreferred`` bit): the
  purchasing department of an equipment maker, prices in euros. ``Supplier``, ``Buyer``, ``Item``, the link table
  ``SupplierItem`` (contract price, lead time), ``PurchaseOrder``, ``PurchaseOrderLine`` and ``GoodsReceipt``.
- ``assemblydw`` (a small data-warehouse star: ``dim_*``/``fact_*`` tables, surrogate ``*_key`` columns, ``dim_date``
  keyed YYYYMMDD from 2024-07-01 to 2025-06-30): a heat-pump assembly plant. ``dim_date``, ``dim_workcentre`` (four
  lines of five work centres), ``dim_product`` (heat-pump models), ``dim_reason`` (Planned or Unplanned stop
  reasons), ``fact_output`` (good, scrapped and planned units and run minutes per work centre, shift and day) and
  ``fact_downtime`` (one row per stop, ``downtime_sec`` in seconds).
"""

from __future__ import annotations

import calendar
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


def _ymd(d: dt.date | None) -> int | None:
    return int(d.strftime("%Y%m%d")) if d else None


def _epoch(t: dt.datetime) -> int:
    return calendar.timegm(t.timetuple())


# -------------------------------------------------------------------------------------------------------- waferfab
WF_PRD = [
    ("AX7201", "Automotive MCU 32-bit", "Norvex Automotive", "90nm", 1180, 28),
    ("AX7202", "Automotive MCU 32-bit extended temperature", "Norvex Automotive", "90nm", 1150, 29),
    ("AX5100", "CAN transceiver", "Norvex Automotive", "180nm", 2350, 18),
    ("AX5110", "LIN transceiver", "Norvex Automotive", "180nm", 2420, 18),
    ("NV8800", "Gate driver", "Norvex Automotive", "180nm", 1760, 19),
    ("LD3300", "Ambient light sensor", "Lumen Devices", "180nm", 2100, 19),
    ("LD3310", "Proximity sensor", "Lumen Devices", "180nm", 1940, 20),
    ("LD4400", "LED driver 6-channel", "Lumen Devices", "130nm", 1640, 22),
    ("PA2001", "Class-D audio amplifier", "Parsec Audio", "130nm", 980, 24),
    ("PA2002", "Audio codec", "Parsec Audio", "65nm", 1420, 34),
    ("PA2100", "Bluetooth audio SoC", "Parsec Audio", "40nm", 760, 42),
    ("HM1010", "Glucose monitor front end", "Halden Medical", "130nm", 1320, 23),
    ("HM1020", "ECG front end", "Halden Medical", "130nm", 1290, 23),
    ("HM1500", "Hearing aid DSP", "Halden Medical", "65nm", 1890, 35),
    ("OI6000", "Sub-GHz radio", "Orbis IoT", "90nm", 1240, 27),
    ("OI6010", "BLE 5.3 SoC", "Orbis IoT", "40nm", 1010, 40),
    ("OI6020", "NB-IoT modem", "Orbis IoT", "40nm", 540, 41),
    ("OI6100", "Power management IC", "Orbis IoT", "180nm", 1980, 20),
    ("LD5500", "Image sensor controller", "Lumen Devices", "65nm", 880, 33),
    ("PA2200", "USB-C PD controller", "Parsec Audio", "90nm", 1560, 26),
]  # fmt: skip
WF_YIELD = {"180nm": 0.95, "130nm": 0.92, "90nm": 0.89, "65nm": 0.85, "40nm": 0.79}
#: area prefix -> (area name, number of tools, (vendor, model) choices, operations, processing minutes range)
WF_AREAS = {
    "LTH": ("Lithography", 5, [("ASML", "PAS 5500/1100"), ("Canon", "FPA-5550iZ")],
            ["Gate Litho", "Contact Litho", "Metal1 Litho", "Via Litho"], (30, 60)),
    "ETC": ("Etch", 5, [("Lam", "Kiyo 45"), ("TEL", "Tactras")],
            ["Poly Etch", "Contact Etch", "Metal Etch", "Spacer Etch"], (40, 95)),
    "DIF": ("Diffusion", 4, [("TEL", "Alpha-8SE"), ("Kokusai", "Quixace")],
            ["Gate Oxide", "Well Anneal", "LPCVD Nitride"], (240, 480)),
    "TFM": ("Thin Film", 4, [("AMAT", "Endura"), ("AMAT", "Producer GT")],
            ["Ti/TiN Barrier", "AlCu Deposition", "PECVD Oxide"], (45, 120)),
    "CMP": ("CMP", 3, [("AMAT", "Reflexion LK"), ("Ebara", "F-REX300")],
            ["STI CMP", "Oxide CMP", "Tungsten CMP"], (50, 110)),
    "IMP": ("Implant", 3, [("Axcelis", "Purion M"), ("AMAT", "VIISta 900")],
            ["N-Well Implant", "P-Well Implant", "Source/Drain Implant"], (25, 70)),
    "MET": ("Metrology", 3, [("KLA", "Archer 750"), ("KLA", "Surfscan SP3")],
            ["CD Measure", "Overlay Measure", "Particle Scan"], (15, 40)),
    "WET": ("Wet Clean", 3, [("SCREEN", "SU-3200")], ["Pre-Gate Clean", "Post-CMP Clean", "Resist Strip"], (20, 45)),
}  # fmt: skip
WF_ENG = [
    ("Fab Manager", "Fab Management", None), ("Section Manager", "Patterning", 1),
    ("Section Manager", "Films and Diffusion", 1), ("Section Manager", "Yield and Integration", 1),
    ("Process Engineer", "Lithography", 2), ("Process Engineer", "Lithography", 2), ("Process Engineer", "Etch", 2),
    ("Equipment Engineer", "Etch", 2), ("Equipment Engineer", "Lithography", 2), ("Process Engineer", "Diffusion", 3),
    ("Process Engineer", "Thin Film", 3), ("Equipment Engineer", "Thin Film", 3), ("Process Engineer", "CMP", 3),
    ("Process Engineer", "Implant", 3), ("Equipment Engineer", "Diffusion", 3), ("Yield Engineer", "Yield", 4),
    ("Yield Engineer", "Yield", 4), ("Integration Engineer", "Process Integration", 4),
    ("Integration Engineer", "Process Integration", 4), ("Quality Engineer", "Quality", 4),
    ("Process Engineer", "Wet Clean", 3), ("Metrology Engineer", "Metrology", 4),
]  # fmt: skip
WF_HOLDS = [("SPC-OOC", 30), ("EQP-ALARM", 20), ("ENG-REQ", 18), ("QA-DISPO", 12), ("MISPROC", 8), ("CUST-REQ", 6)]


def build_waferfab(path: Path) -> None:
    r = random.Random(64001)
    c = fresh_db(
        path,
        """
        CREATE TABLE prd (prd_cd TEXT PRIMARY KEY, prd_desc TEXT NOT NULL, cust_nm TEXT NOT NULL,
            tech_nd TEXT NOT NULL, gross_die INTEGER NOT NULL, mask_cnt INTEGER NOT NULL);
        CREATE TABLE eqp (eqp_id TEXT PRIMARY KEY, area TEXT NOT NULL, vndr TEXT NOT NULL, mdl TEXT NOT NULL,
            inst_dt TEXT NOT NULL, last_pm_dt TEXT NOT NULL, pm_intvl_d INTEGER NOT NULL, sts_cd TEXT NOT NULL);
        CREATE TABLE eng (eng_id INTEGER PRIMARY KEY, eng_nm TEXT NOT NULL, title TEXT NOT NULL, area TEXT NOT NULL,
            mgr_id INTEGER REFERENCES eng(eng_id), hire_dt TEXT NOT NULL);
        CREATE TABLE lot (lot_id TEXT PRIMARY KEY, prd_cd TEXT NOT NULL REFERENCES prd(prd_cd),
            lot_typ TEXT NOT NULL, prio TEXT NOT NULL, wfr_qty INTEGER NOT NULL, strt_dt TEXT NOT NULL,
            lot_sts TEXT NOT NULL, out_dt TEXT, wfr_out INTEGER, parent_lot TEXT REFERENCES lot(lot_id));
        CREATE TABLE mv (mv_id INTEGER PRIMARY KEY, lot_id TEXT NOT NULL REFERENCES lot(lot_id),
            eqp_id TEXT NOT NULL REFERENCES eqp(eqp_id), op_nm TEXT NOT NULL, trk_in TEXT NOT NULL,
            proc_min INTEGER NOT NULL, wfr_in INTEGER NOT NULL, wfr_scrp INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE hold (hold_id INTEGER PRIMARY KEY, lot_id TEXT NOT NULL REFERENCES lot(lot_id),
            hold_cd TEXT NOT NULL, hold_ts INTEGER NOT NULL, rel_ts INTEGER, eng_id INTEGER REFERENCES eng(eng_id));
        CREATE TABLE ws (lot_id TEXT PRIMARY KEY REFERENCES lot(lot_id), ws_dt TEXT NOT NULL,
            tst_die INTEGER NOT NULL, good_die INTEGER NOT NULL);
        """,
    )
    insert(c, "prd", WF_PRD)
    eqps = []
    for pre, (area, n, models, _ops, _pm) in WF_AREAS.items():
        for k in range(1, n + 1):
            vndr, mdl = r.choice(models)
            inst = day_between(r, D(2008, 1, 1), D(2023, 6, 30))
            intvl = r.choice([30, 60, 90])
            last_pm = day_between(r, LAST - dt.timedelta(days=intvl + 25), LAST)
            sts = r.choices(["PRD", "SBY", "DOWN", "PM", "ENG"], [60, 18, 10, 7, 5])[0]
            eqps.append((f"{pre}-{k:02d}", area, vndr, mdl, _iso(inst), _iso(last_pm), intvl, sts))
    eqps[3] = (*eqps[3][:7], "DOWN")  # LTH-04
    eqps[6] = (*eqps[6][:7], "DOWN")  # ETC-02
    insert(c, "eqp", eqps)
    names = full_names(r, len(WF_ENG))
    engs = []
    for k, ((title, area, mgr), nm) in enumerate(zip(WF_ENG, names, strict=True), 1):
        engs.append((k, nm, title, area, mgr, _iso(day_between(r, D(2009, 1, 1), D(2024, 9, 30)))))
    insert(c, "eng", engs)
    # lots: started 2024-01 .. 2025-06, cycle time 38-70 days (hot lots 26-38)
    raw = []
    for _ in range(182):
        strt = day_between(r, D(2024, 1, 3), D(2025, 6, 10))
        prd = WF_PRD[min(int(r.random() ** 1.3 * 18), 17)][0]
        typ = r.choices(["P", "E", "Q"], [85, 10, 5])[0]
        prio = r.choices(["HOT", "NORM", "LOW"], [10, 82, 8] if strt < D(2025, 5, 1) else [30, 65, 5])[0]
        ct = r.randint(26, 38) if prio == "HOT" else r.randint(38, 70)
        raw.append((strt, prd, typ, prio, ct))
    raw.sort(key=lambda x: (x[0], x[1]))
    seq: dict[str, int] = {}
    lots: list[list[object]] = []
    for strt, prd, typ, prio, ct in raw:
        ym = strt.strftime("%y%m")
        seq[ym] = seq.get(ym, 0) + 1
        lot_id = f"W{ym}-{seq[ym]:03d}"
        fin = strt + dt.timedelta(days=ct)
        if fin <= LAST:
            if r.random() < 0.04:
                sts, out, wout = "SCR", strt + dt.timedelta(days=r.randint(5, ct)), 0
            else:
                sts, out, wout = "FIN", fin, 25 - r.choices([0, 1, 2, 3], [70, 18, 8, 4])[0]
        else:
            sts, out, wout = "ACT", None, None
        lots.append([lot_id, prd, typ, prio, 25, strt, sts, out, wout, None])
    # split lots: a child lot takes some wafers of its parent a few days after the parent started
    for i in r.sample(range(len(lots)), 16):
        par = lots[i]
        k = r.randint(4, 10)
        par[4] = 25 - k
        strt = par[5] + dt.timedelta(days=r.randint(3, 15))
        if strt > LAST:
            strt = LAST
        if par[6] == "FIN":
            out = par[7] + dt.timedelta(days=r.randint(0, 6))
            sts, wout = ("FIN", k - r.choice([0, 0, 1])) if out <= LAST else ("ACT", None)
            if sts == "ACT":
                out = None
            par[8] = min(int(par[8]), par[4])
        elif par[6] == "SCR":
            sts, out, wout = "FIN", par[5] + dt.timedelta(days=60), k
            if out > LAST:
                sts, out, wout = "ACT", None, None
        else:
            sts, out, wout = "ACT", None, None
        lots.append([f"{par[0]}.1", par[1], par[2], par[3], k, strt, sts, out, wout, par[0]])
    insert(c, "lot", [(*x[:5], _iso(x[5]), x[6], _iso(x[7]), x[8], x[9]) for x in lots])
    by_area: dict[str, list[str]] = {}
    for e in eqps:
        by_area.setdefault(e[0][:3], []).append(e[0])
    mvs = []
    for _ in range(400):
        x = r.choice(lots)
        end = x[7] if x[7] is not None else LAST
        d = day_between(r, x[5], end)
        pre = r.choice(list(WF_AREAS))
        _a, _n, _m, ops, (lo, hi) = WF_AREAS[pre]
        t = dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
        scrp = r.choices([0, 1, 2], [93, 5, 2])[0]
        mvs.append((str(x[0]), r.choice(by_area[pre]), r.choice(ops), t.strftime("%Y-%m-%d %H:%M"), r.randint(lo, hi),
                    int(x[4]), scrp))  # fmt: skip
    mvs.sort(key=lambda m: (m[3], m[0]))
    insert(c, "mv", [(k, *m) for k, m in enumerate(mvs, 1)])
    holds = []
    owners = [e[0] for e in engs if e[0] > 4]
    active = [x for x in lots if x[6] == "ACT"]
    last_min = _epoch(dt.datetime(2025, 6, 14, 23, 59))
    for k in range(92):
        # the first 11 holds are still open on lots in the fab; the others were released before the lot moved on
        x = r.choice(active) if k < 11 else r.choice(lots)
        if k < 11:
            d = day_between(r, max(x[5], D(2025, 6, 2)), LAST)
        else:
            d = day_between(r, x[5], max(x[5], (x[7] or TODAY) - dt.timedelta(days=5)))
        t = dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59))
        code = r.choices([h for h, _w in WF_HOLDS], [w for _h, w in WF_HOLDS])[0]
        rel = None if k < 11 else _epoch(t) + r.randint(1, 96) * 3600 + r.randint(0, 59) * 60
        if rel is not None and rel > last_min:
            rel = _epoch(t) + r.randint(20, 90) * 60
        holds.append((str(x[0]), code, _epoch(t), rel, r.choice(owners)))
    holds.sort(key=lambda h: h[2])
    insert(c, "hold", [(k, *h) for k, h in enumerate(holds, 1)])
    gross = {p[0]: (p[4], WF_YIELD[p[3]]) for p in WF_PRD}
    wss = []
    for x in lots:
        if x[6] != "FIN":
            continue
        wd = x[7] + dt.timedelta(days=r.randint(1, 5))
        if wd > LAST:
            continue
        g, y = gross[str(x[1])]
        tst = g * int(x[8])
        wss.append((x[0], _iso(wd), tst, int(tst * min(0.99, y + r.uniform(-0.08, 0.04)))))
    insert(c, "ws", wss)
    done(c)


# --------------------------------------------------------------------------------------------------------- precast
PC_PROJECTS = [
    ("Riverside Multi-Storey Car Park", "Castlegate Developments", "Nottingham", 3850000, D(2023, 2, 6), "Complete"),
    ("Northgate Student Housing", "Harlow & Pike Ltd", "Leicester", 2640000, D(2023, 4, 17), "Complete"),
    ("A46 Culvert Renewal", "County Highways", "Newark", 720000, D(2023, 6, 5), "Complete"),
    ("Wharf Road Apartments", "Eastfield Homes", "Derby", 1980000, D(2023, 8, 21), "Complete"),
    ("St Anne's School Extension", "Morrow Civils", "Loughborough", 460000, D(2023, 10, 2), "Complete"),
    ("Meadowbank Stadium Terrace", "Harlow & Pike Ltd", "Coventry", 3120000, D(2023, 11, 13), "Active"),
    ("Trent Bridge Flood Wall", "Brightwater Utilities", "Nottingham", 1240000, D(2024, 1, 15), "Complete"),
    ("Canal Quarter Offices", "Castlegate Developments", "Leicester", 2890000, D(2024, 2, 26), "Active"),
    ("Hinckley Distribution Hub", "Morrow Civils", "Hinckley", 1560000, D(2024, 4, 8), "Active"),
    ("Oakham Reservoir Outfall", "Brightwater Utilities", "Oakham", 540000, D(2024, 5, 20), "On Hold"),
    ("Station Street Hotel", "Eastfield Homes", "Derby", 2210000, D(2024, 6, 24), "Active"),
    ("Kettering Retail Park Stairs", "Lindon Build", "Kettering", 310000, D(2024, 8, 5), "Complete"),
    ("Victoria Hospital Car Park", "Castlegate Developments", "Coventry", 4180000, D(2024, 9, 16), "Active"),
    ("M1 Junction 24 Retaining Walls", "County Highways", "Kegworth", 1470000, D(2024, 10, 28), "Active"),
    ("Beeston Later Living Flats", "Eastfield Homes", "Beeston", 1730000, D(2024, 12, 2), "Active"),
    ("Grantham Water Treatment Tanks", "Brightwater Utilities", "Grantham", 980000, D(2025, 1, 13), "Active"),
    ("Northampton Science Park", "Lindon Build", "Northampton", 2360000, D(2025, 2, 17), "Active"),
    ("Melton Road Bus Depot", "Morrow Civils", "Leicester", 890000, D(2025, 3, 24), "Active"),
    ("Castle Donington Cold Store", "Harlow & Pike Ltd", "Castle Donington", 1320000, D(2025, 4, 28), "Active"),
    ("Rugby Gateway Bridge", "County Highways", "Rugby", 2050000, D(2025, 5, 19), "Active"),
    ("Ashby Leisure Centre", "Lindon Build", "Ashby-de-la-Zouch", 1150000, D(2025, 7, 7), "Tendered"),
    ("Wigston Primary Academy", "Morrow Civils", "Wigston", 640000, D(2025, 8, 4), "Tendered"),
]  # fmt: skip
#: element type -> (mould prefix, concrete grade, volume range m3, elements per pour, lengths)
PC_TYPES = {
    "Wall Panel": ("WP", "C40/50", (3.0, 7.5), (1, 2), (6.0, 9.0, 12.0)),
    "Hollowcore Slab": ("HC", "C50/60", (4.0, 9.0), (2, 3), (60.0, 120.0)),
    "Beam": ("BM", "C40/50", (2.0, 6.0), (1, 2), (8.0, 12.0, 16.0)),
    "Column": ("CL", "C50/60", (1.5, 4.0), (1, 2), (6.0, 9.0)),
    "Stair Flight": ("ST", "C32/40", (1.2, 2.5), (1, 1), (4.5, 5.5)),
    "Culvert Unit": ("CU", "C40/50", (3.5, 8.0), (1, 1), (2.0, 2.5)),
    "Retaining Wall": ("RW", "C40/50", (2.5, 6.5), (1, 2), (3.0, 4.0)),
    "Terrace Unit": ("TU", "C40/50", (1.8, 3.2), (1, 2), (7.5, 10.0)),
}  # fmt: skip
PC_PROJECT_TYPES = {
    1: ["Column", "Beam", "Hollowcore Slab", "Stair Flight"], 2: ["Wall Panel", "Hollowcore Slab", "Stair Flight"],
    3: ["Culvert Unit"], 4: ["Wall Panel", "Hollowcore Slab", "Stair Flight"], 5: ["Wall Panel", "Hollowcore Slab"],
    6: ["Terrace Unit", "Column", "Beam"], 7: ["Retaining Wall"], 8: ["Column", "Beam", "Hollowcore Slab"],
    9: ["Wall Panel", "Column", "Beam"], 10: ["Culvert Unit", "Retaining Wall"],
    11: ["Wall Panel", "Hollowcore Slab", "Stair Flight"], 12: ["Stair Flight"],
    13: ["Column", "Beam", "Hollowcore Slab", "Stair Flight"], 14: ["Retaining Wall"],
    15: ["Wall Panel", "Hollowcore Slab"], 16: ["Wall Panel", "Retaining Wall"], 17: ["Column", "Beam", "Wall Panel"],
    18: ["Column", "Beam"], 19: ["Wall Panel", "Column"], 20: ["Beam", "Retaining Wall"],
}  # fmt: skip
PC_MOULD_COUNTS = {"Wall Panel": 4, "Hollowcore Slab": 3, "Beam": 3, "Column": 3, "Stair Flight": 2,
                   "Culvert Unit": 2, "Retaining Wall": 3, "Terrace Unit": 2}  # fmt: skip
PC_STAFF = [
    ("Plant Manager", None), ("Production Supervisor", 1), ("Production Supervisor", 1), ("QA Manager", 1),
    ("Foreman", 2), ("Foreman", 2), ("Foreman", 3), ("Foreman", 3), ("QA Technician", 4), ("QA Technician", 4),
    ("QA Technician", 4), ("Transport Planner", 1), ("Steel Fixer", 5), ("Steel Fixer", 5), ("Steel Fixer", 6),
    ("Steel Fixer", 7), ("Steel Fixer", 8), ("Batcher", 2), ("Batcher", 3), ("Crane Operator", 6),
    ("Crane Operator", 7), ("Finisher", 5), ("Finisher", 8), ("Finisher", 6),
]  # fmt: skip
PC_HAULIERS = ["Midland Heavy Haulage", "Trent Valley Transport", "Bowers Low Loaders", "Own Fleet"]


def build_precast(path: Path) -> None:
    r = random.Random(64002)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Projects" ("Project ID" INTEGER PRIMARY KEY, "Project Name" TEXT NOT NULL,
            "Client" TEXT NOT NULL, "Site Town" TEXT NOT NULL, "Contract Value" INTEGER NOT NULL,
            "Start Date" TEXT NOT NULL, "Status" TEXT NOT NULL);
        CREATE TABLE "Moulds" ("Mould ID" INTEGER PRIMARY KEY, "Mould Code" TEXT NOT NULL UNIQUE,
            "Element Type" TEXT NOT NULL, "Max Length (m)" REAL NOT NULL, "In Service" TEXT NOT NULL DEFAULT 'Y',
            "Last Refurbished" TEXT);
        CREATE TABLE "Staff" ("Staff ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Role" TEXT NOT NULL,
            "Reports To" INTEGER REFERENCES "Staff"("Staff ID"), "Start Date" TEXT NOT NULL);
        CREATE TABLE "Pours" ("Pour ID" INTEGER PRIMARY KEY, "Pour Date" TEXT NOT NULL,
            "Mould ID" INTEGER NOT NULL REFERENCES "Moulds"("Mould ID"), "Concrete Grade" TEXT NOT NULL,
            "Volume (m3)" REAL NOT NULL, "Foreman ID" INTEGER NOT NULL REFERENCES "Staff"("Staff ID"));
        CREATE TABLE "Deliveries" ("Delivery ID" INTEGER PRIMARY KEY,
            "Project ID" INTEGER NOT NULL REFERENCES "Projects"("Project ID"), "Delivery Date" TEXT NOT NULL,
            "Haulier" TEXT NOT NULL, "Trailer Type" TEXT NOT NULL, "Status" TEXT NOT NULL);
        CREATE TABLE "Elements" ("Element ID" INTEGER PRIMARY KEY, "Element Mark" TEXT NOT NULL UNIQUE,
            "Project ID" INTEGER NOT NULL REFERENCES "Projects"("Project ID"),
            "Pour ID" INTEGER NOT NULL REFERENCES "Pours"("Pour ID"), "Element Type" TEXT NOT NULL,
            "Weight (t)" REAL NOT NULL, "Delivery ID" INTEGER REFERENCES "Deliveries"("Delivery ID"));
        CREATE TABLE "Cube Tests" ("Test ID" INTEGER PRIMARY KEY, "Pour ID" INTEGER NOT NULL REFERENCES "Pours"("Pour ID"),
            "Test Age (days)" INTEGER NOT NULL, "Strength (MPa)" REAL NOT NULL, "Result" TEXT NOT NULL,
            "Tested By" INTEGER REFERENCES "Staff"("Staff ID"));
        """,
    )
    insert(c, "Projects", [(k, n, cl, t, v, _iso(d), s) for k, (n, cl, t, v, d, s) in enumerate(PC_PROJECTS, 1)])
    moulds = []
    mould_of: dict[str, list[int]] = {}
    for typ, n in PC_MOULD_COUNTS.items():
        pre, _g, _v, _e, lengths = PC_TYPES[typ]
        for k in range(1, n + 1):
            mid = len(moulds) + 1
            svc = "N" if (typ, k) in (("Wall Panel", 4), ("Beam", 3)) else "Y"
            ref = day_between(r, D(2019, 1, 1), D(2025, 3, 31)) if r.random() < 0.7 else None
            moulds.append((mid, f"{pre}-{k:02d}", typ, r.choice(lengths), svc, _iso(ref)))
            if svc == "Y":
                mould_of.setdefault(typ, []).append(mid)
    insert(c, "Moulds", moulds)
    names = full_names(r, len(PC_STAFF))
    staff = [(k, nm, role, mgr, _iso(day_between(r, D(2008, 1, 1), D(2023, 12, 31))))
             for k, ((role, mgr), nm) in enumerate(zip(PC_STAFF, names, strict=True), 1)]  # fmt: skip
    insert(c, "Staff", staff)
    foremen = [s[0] for s in staff if s[2] == "Foreman"]
    qa = [s[0] for s in staff if s[2] in ("QA Technician", "QA Manager")]
    pours_raw = []
    for _ in range(190):
        pid = r.randint(1, 20)
        typ = r.choice(PC_PROJECT_TYPES[pid])
        start = PC_PROJECTS[pid - 1][4]
        d = day_between(r, max(start - dt.timedelta(days=20), D(2023, 1, 16)),
                        min(start + dt.timedelta(days=300), D(2025, 6, 13)))  # fmt: skip
        pours_raw.append((d, pid, typ))
    pours_raw.sort(key=lambda x: (x[0], x[1]))
    pours, elems = [], []
    counters: dict[tuple[int, str], int] = {}
    for k, (d, pid, typ) in enumerate(pours_raw, 1):
        pre, grade, (vlo, vhi), (elo, ehi), _l = PC_TYPES[typ]
        vol = round(r.uniform(vlo, vhi), 1)
        pours.append((k, _iso(d), r.choice(mould_of[typ]), grade, vol, r.choice(foremen)))
        n = r.randint(elo, ehi)
        for _ in range(n):
            counters[(pid, pre)] = counters.get((pid, pre), 0) + 1
            mark = f"P{pid:02d}-{pre}-{counters[(pid, pre)]:03d}"
            elems.append([len(elems) + 1, mark, pid, k, typ, round(vol * 2.4 / n, 2), None, d])
    insert(c, "Pours", pours)
    tests = []
    for pid_, d_iso, _m, grade, _v, _f in pours:
        d = D.fromisoformat(str(d_iso))
        cube = int(grade.split("/")[1])
        for age in (7, 28):
            if d + dt.timedelta(days=age) > LAST:
                continue
            s = round(cube * (0.7 * r.uniform(0.84, 1.25) if age == 7 else r.uniform(0.97, 1.32)), 1)
            tests.append((pid_, age, s, "PASS" if s >= (cube * 0.6 if age == 7 else cube) else "FAIL", r.choice(qa)))
    insert(c, "Cube Tests", [(k, *t) for k, t in enumerate(tests, 1)])
    # deliveries: elements of a project leave in loads of 1-4 once cured, a few loads are booked for the coming weeks
    deliveries = []
    by_proj: dict[int, list[list[object]]] = {}
    for e in elems:
        by_proj.setdefault(int(e[2]), []).append(e)
    for pid in sorted(by_proj):
        if PC_PROJECTS[pid - 1][5] == "On Hold":
            continue
        todo = sorted(by_proj[pid], key=lambda e: e[7])
        i = 0
        while i < len(todo):
            load = todo[i : i + r.randint(1, 4)]
            ready = max(e[7] for e in load) + dt.timedelta(days=r.randint(14, 45))
            if ready > D(2025, 7, 10) or (ready > LAST and r.random() < 0.4):
                break
            status = "Delivered" if ready <= LAST else "Scheduled"
            deliveries.append((pid, ready, r.choice(PC_HAULIERS), r.choice(["Flatbed", "Low Loader", "A-Frame"]),
                               status, load))  # fmt: skip
            i += len(load)
    deliveries.sort(key=lambda x: (x[1], x[0]))
    rows = []
    for k, (pid, d, h, tr, st, load) in enumerate(deliveries, 1):
        rows.append((k, pid, _iso(d), h, tr, st))
        for e in load:
            e[6] = k
    insert(c, "Deliveries", rows)
    insert(c, "Elements", [tuple(e[:7]) for e in elems])
    done(c)


# ------------------------------------------------------------------------------------------------------- papermill
PM_GRADES = [
    ("NP40", "Newsprint 40 gsm", 40, "N", "PM1", 560), ("NP42", "Newsprint 42.5 gsm", 42, "N", "PM1", 565),
    ("NP45", "Newsprint 45 gsm", 45, "N", "PM1", 570), ("NP49", "Newsprint 48.8 gsm", 49, "N", "PM1", 575),
    ("SC52", "Supercalendered 52 gsm", 52, "N", "PM1", 690), ("SC56", "Supercalendered 56 gsm", 56, "N", "PM1", 700),
    ("IMP60", "Improved newsprint 60 gsm", 60, "N", "PM1", 640), ("TL115", "Testliner 115 gsm", 115, "P", "PM2", 470),
    ("TL125", "Testliner 125 gsm", 125, "P", "PM2", 480), ("TL140", "Testliner 140 gsm", 140, "P", "PM2", 490),
    ("FL100", "Fluting 100 gsm", 100, "P", "PM2", 450), ("FL112", "Fluting 112 gsm", 112, "P", "PM2", 455),
    ("FL127", "Fluting 127 gsm", 127, "P", "PM2", 460), ("KL150", "Kraftliner 150 gsm", 150, "P", "PM2", 640),
    ("KL175", "Kraftliner 175 gsm", 175, "P", "PM2", 655), ("WTL140", "White top testliner 140 gsm", 140, "P", "PM2", 610),
    ("OF80", "Office copy 80 gsm", 80, "W", "PM3", 920), ("OF90", "Office copy 90 gsm", 90, "W", "PM3", 940),
    ("OFS100", "Offset 100 gsm", 100, "W", "PM3", 880), ("OFS120", "Offset 120 gsm", 120, "W", "PM3", 895),
]  # fmt: skip
PM_CUSTS = [
    ("Northern Print Group", "Leeds", "GB", "N"), ("Atlantic Newsprint Ltd", "Manchester", "GB", "N"),
    ("Rheinland Wellpappe GmbH", "Cologne", "DE", "P"), ("Van Dijk Verpakking BV", "Utrecht", "NL", "P"),
    ("Imprimerie Lefort SA", "Lille", "FR", "N"), ("Dublin Print Works", "Dublin", "IE", "N"),
    ("Kartonex Sp. z o.o.", "Poznan", "PL", "P"), ("Papelera Soler SA", "Valencia", "ES", "W"),
    ("Midland Corrugated Ltd", "Birmingham", "GB", "P"), ("Clyde Box Company", "Glasgow", "GB", "P"),
    ("OfficeLine Merchants", "Reading", "GB", "W"), ("Brabant Karton BV", "Eindhoven", "NL", "P"),
    ("Druckhaus Weser GmbH", "Bremen", "DE", "N"), ("Flandria Packaging NV", "Ghent", "BE", "P"),
    ("Severn Stationery Ltd", "Bristol", "GB", "W"), ("Le Papier Bureau SARL", "Lyon", "FR", "W"),
    ("Tyne Valley Printers", "Newcastle", "GB", "N"), ("Emballages Morin SA", "Rouen", "FR", "P"),
    ("Hanse Verpackung GmbH", "Hamburg", "DE", "P"), ("Cork Paper Merchants", "Cork", "IE", "W"),
    ("Pennine Cartons Ltd", "Huddersfield", "GB", "P"), ("Baltic Print SA", "Gdansk", "PL", "N"),
    ("Iberia Ondulados SL", "Zaragoza", "ES", "P"), ("Kent Office Supplies", "Maidstone", "GB", "W"),
    ("Gazette Press Ltd", "Cardiff", "GB", "N"), ("Limburg Golfkarton BV", "Venlo", "NL", "P"),
    ("Solent Packaging Ltd", "Southampton", "GB", "P"), ("Bavaria Druck AG", "Munich", "DE", "W"),
]  # fmt: skip
PM_REASONS = [
    (101, "Sheet break wet end", "PROC"), (102, "Sheet break dry end", "PROC"), (103, "Sheet break at reel", "PROC"),
    (104, "Stock preparation problem", "PROC"), (105, "Broke system full", "PROC"), (106, "Furnish shortage", "PROC"),
    (201, "Felt change", "PLAN"), (202, "Wire change", "PLAN"), (203, "Planned shutdown", "PLAN"),
    (204, "Grade change", "PLAN"), (205, "Washup", "PLAN"), (301, "Drive fault", "ELEC"),
    (302, "QCS scanner fault", "ELEC"), (303, "Power dip", "ELEC"), (401, "Pump failure", "MECH"),
    (402, "Bearing failure", "MECH"), (403, "Steam leak", "MECH"), (404, "Hydraulic leak", "MECH"),
    (405, "Doctor blade damage", "MECH"), (501, "No orders", "MKT"),
]  # fmt: skip
PM_DUR = {"PROC": (6, 55), "PLAN": (120, 720), "ELEC": (20, 240), "MECH": (30, 420), "MKT": (480, 1440)}


def build_papermill(path: Path) -> None:
    r = random.Random(64003)
    c = fresh_db(
        path,
        """
        CREATE TABLE GRADES (GRADECD TEXT PRIMARY KEY, GRADEDSC TEXT NOT NULL, BASISWT INTEGER NOT NULL,
            GRADECLS TEXT NOT NULL, MACHCD TEXT NOT NULL, LISTPR INTEGER NOT NULL);
        CREATE TABLE CUSTMAST (CUSTNO INTEGER PRIMARY KEY, CUSTNM TEXT NOT NULL, CITYNM TEXT NOT NULL,
            CNTRYCD TEXT NOT NULL, CRLIMIT INTEGER NOT NULL, ACTFLG TEXT NOT NULL DEFAULT 'Y', OPENDT INTEGER NOT NULL);
        CREATE TABLE ORDHDR (ORDNO INTEGER PRIMARY KEY, CUSTNO INTEGER NOT NULL REFERENCES CUSTMAST(CUSTNO),
            ORDDT INTEGER NOT NULL, REQDT INTEGER NOT NULL, STATCD TEXT NOT NULL, DELTERM TEXT NOT NULL);
        CREATE TABLE ORDLIN (ORDNO INTEGER NOT NULL REFERENCES ORDHDR(ORDNO), LINENO INTEGER NOT NULL,
            GRADECD TEXT NOT NULL REFERENCES GRADES(GRADECD), QTYORD INTEGER NOT NULL, UNITPR INTEGER NOT NULL,
            PRIMARY KEY (ORDNO, LINENO));
        CREATE TABLE REELS (REELNO TEXT PRIMARY KEY, MACHCD TEXT NOT NULL,
            GRADECD TEXT NOT NULL REFERENCES GRADES(GRADECD), PRODDT INTEGER NOT NULL, REELWT INTEGER NOT NULL,
            WIDTHMM INTEGER NOT NULL, QUALCD TEXT NOT NULL, ORDNO INTEGER REFERENCES ORDHDR(ORDNO));
        CREATE TABLE RSNCODE (RSNCD INTEGER PRIMARY KEY, RSNDSC TEXT NOT NULL, RSNGRP TEXT NOT NULL);
        CREATE TABLE DTMLOG (DTMID INTEGER PRIMARY KEY, MACHCD TEXT NOT NULL, DTMDT INTEGER NOT NULL,
            STRTHHMM INTEGER NOT NULL, DURMIN INTEGER NOT NULL, RSNCD INTEGER NOT NULL REFERENCES RSNCODE(RSNCD),
            CREWCD TEXT NOT NULL);
        """,
    )
    insert(c, "GRADES", [(g, d, w, cl, m, lp * 100) for g, d, w, cl, m, lp in PM_GRADES])
    custs = []
    for k, (nm, city, cc, _kind) in enumerate(PM_CUSTS):
        lim = r.choice([150000, 250000, 400000, 600000, 1000000])
        act = "N" if k in (5, 19, 24) else "Y"
        custs.append((10001 + k, nm, city, cc, lim, act, _ymd(day_between(r, D(2004, 1, 1), D(2022, 12, 31)))))
    insert(c, "CUSTMAST", custs)
    grades_by_cls: dict[str, list[tuple[str, int]]] = {}
    for g, _d, _w, cl, _m, lp in PM_GRADES:
        grades_by_cls.setdefault(cl, []).append((g, lp))
    orders = []
    for _ in range(205):
        ci = r.randrange(len(PM_CUSTS))
        if custs[ci][5] == "N":
            ci = r.randrange(len(PM_CUSTS))
        od = day_between(r, START, LAST)
        rd = od + dt.timedelta(days=r.randint(10, 35))
        orders.append((od, custs[ci][0], rd, PM_CUSTS[ci][3]))
    orders.sort(key=lambda x: (x[0], x[1]))
    hdrs, lines = [], []
    for k, (od, cust, rd, kind) in enumerate(orders, 1):
        ordno = 450000 + k
        if r.random() < 0.05:
            st = "X"
        elif rd < D(2025, 6, 1) or (rd <= LAST and r.random() < 0.7):
            st = "S"
        else:
            st = "O"
        cc = custs[cust - 10001][3]
        hdrs.append((ordno, cust, _ymd(od), _ymd(rd), st, "EXW" if cc == "GB" and r.random() < 0.3 else
                     ("DAP" if cc == "GB" else r.choice(["DAP", "CIF", "FCA"]))))  # fmt: skip
        drift = 1 + (od - START).days / 365 * 0.03
        for ln, (g, lp) in enumerate(r.sample(grades_by_cls[kind], r.choice([1, 1, 2, 2, 3])), 1):
            lines.append(
                (ordno, ln, g, r.choice([24, 48, 72, 96, 120, 144, 240]), int(lp * drift * r.uniform(0.96, 1.04)) * 100)
            )
    insert(c, "ORDHDR", hdrs)
    insert(c, "ORDLIN", lines)
    hdr_of = {h[0]: h for h in hdrs}
    mach_of = {g[0]: g[4] for g in PM_GRADES}
    reels = []
    seqs: dict[tuple[str, str], int] = {}
    for _ in range(400):
        qual = r.choices(["A", "B", "R"], [90, 7, 3])[0]
        ln = r.choice(lines)
        h = hdr_of[ln[0]]
        od = dt.datetime.strptime(str(h[2]), "%Y%m%d").date()
        if h[4] == "X" or qual == "R" or r.random() < 0.12:
            ordno = None
            d = day_between(r, START, LAST)
        else:
            ordno = ln[0]
            d = min(od + dt.timedelta(days=r.randint(2, 12)), LAST)
        m = mach_of[ln[2]]
        key = (m, d.strftime("%y%m%d"))
        seqs[key] = seqs.get(key, 0) + 1
        reels.append((f"{m}{key[1]}{seqs[key]:02d}", m, ln[2], _ymd(d), r.randint(1800, 3400),
                      r.choice([1260, 1400, 1600, 1800, 2000]), qual, ordno))  # fmt: skip
    reels.sort(key=lambda x: x[0])
    insert(c, "REELS", reels)
    insert(c, "RSNCODE", PM_REASONS)
    stops = []
    for _ in range(260):
        rs = r.choices(PM_REASONS, [14, 10, 8, 5, 3, 3, 3, 2, 1, 6, 2, 3, 3, 2, 3, 2, 2, 2, 2, 1])[0]
        lo, hi = PM_DUR[rs[2]]
        d = day_between(r, D(2024, 1, 1), LAST)
        stops.append((r.choice(["PM1", "PM2", "PM2", "PM3"]), _ymd(d), r.randint(0, 23) * 100 + r.randint(0, 59),
                      r.randint(lo, hi), rs[0], r.choice("ABCDE")))  # fmt: skip
    stops.sort(key=lambda x: (x[1], x[2]))
    insert(c, "DTMLOG", [(k, *x) for k, x in enumerate(stops, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- engchange
EC_VENDORS = [
    ("Brennan Castings Ltd", "Ireland", 1), ("Kessler Antriebstechnik GmbH", "Germany", 1),
    ("Norfolk Fasteners", "United Kingdom", 1), ("Ostrava Slevarna a.s.", "Czech Republic", 0),
    ("Ningbo Precision Seals", "China", 0), ("Vasquez Electrica SA", "Spain", 0), ("Midlands Sheet Metal", "United Kingdom", 1),
    ("Trelleborg-Lund Polymers", "Sweden", 0), ("Pune Forge Works", "India", 0), ("Bologna Cuscinetti Srl", "Italy", 1),
    ("Arden Cable Assemblies", "United Kingdom", 0), ("Rotterdam Motor Supply BV", "Netherlands", 1),
    ("Taichung Bearings Co", "Taiwan", 0), ("Silesia Steel Sp. z o.o.", "Poland", 0),
    ("Lyon Instrumentation SARL", "France", 0), ("Yorkshire Gaskets", "United Kingdom", 0),
    ("Busan Electric Motors", "South Korea", 0), ("Ohio Valley Controls", "United States", 0),
    ("Bavarian Coatings GmbH", "Germany", 0), ("Porto Fundicao Lda", "Portugal", 0),
]  # fmt: skip
EC_ENG = [
    ("Engineering Director", "Mechanical", None), ("Lead Engineer", "Mechanical", 1), ("Lead Engineer", "Electrical", 1),
    ("Lead Engineer", "Manufacturing", 1), ("Quality Manager", "Quality", 1), ("Design Engineer", "Mechanical", 2),
    ("Design Engineer", "Mechanical", 2), ("Design Engineer", "Mechanical", 2), ("Senior Design Engineer", "Mechanical", 2),
    ("Design Engineer", "Electrical", 3), ("Design Engineer", "Electrical", 3), ("Controls Engineer", "Controls", 3),
    ("Controls Engineer", "Controls", 3), ("Manufacturing Engineer", "Manufacturing", 4),
    ("Manufacturing Engineer", "Manufacturing", 4), ("Process Engineer", "Manufacturing", 4),
    ("Quality Engineer", "Quality", 5), ("Quality Engineer", "Quality", 5), ("Supplier Quality Engineer", "Quality", 5),
    ("CAD Technician", "Mechanical", 2), ("CAD Technician", "Mechanical", 9), ("Graduate Engineer", "Mechanical", 9),
    ("Graduate Engineer", "Electrical", 3), ("Document Controller", "Quality", 5),
]  # fmt: skip
#: (part number, description, type, unit cost, vendor index or None, owner)
EC_PARTS = [
    ("100-0100", "CP-100 Pump Assembly", "Assembly", 1450.0, None, 9), ("100-0150", "CP-150 Pump Assembly", "Assembly", 2180.0, None, 9),
    ("100-0200", "CP-200 Pump Assembly", "Assembly", 3320.0, None, 6), ("100-0500", "BP-50 Booster Set", "Assembly", 5480.0, None, 7),
    ("100-0750", "Motor Assembly 7.5 kW", "Assembly", 690.0, None, 10), ("100-0900", "Control Panel CTRL-2", "Assembly", 1240.0, None, 12),
    ("200-0101", "Impeller Assembly 100", "Subassembly", 185.0, None, 6), ("200-0151", "Impeller Assembly 150", "Subassembly", 242.0, None, 6),
    ("200-0201", "Impeller Assembly 200", "Subassembly", 318.0, None, 7), ("200-0300", "Bearing Housing Assembly", "Subassembly", 156.0, None, 8),
    ("200-0310", "Seal Cartridge Assembly", "Subassembly", 212.0, None, 8), ("200-0400", "Baseplate Weldment", "Subassembly", 288.0, None, 14),
    ("200-0410", "Coupling Guard Assembly", "Subassembly", 64.0, None, 14), ("200-0600", "Terminal Box Assembly", "Subassembly", 78.0, None, 11),
    ("300-1001", "Pump Shaft 100", "Machined", 58.0, None, 6), ("300-1002", "Pump Shaft 150", "Machined", 71.0, None, 6),
    ("300-1003", "Pump Shaft 200", "Machined", 86.0, None, 7), ("300-1010", "Wear Ring", "Machined", 12.5, None, 8),
    ("300-1020", "Shaft Sleeve", "Machined", 18.0, None, 8), ("300-1030", "Impeller Nut", "Machined", 6.4, None, 20),
    ("400-2001", "Volute Casing 100", "Casting", 142.0, 0, 6), ("400-2002", "Volute Casing 150", "Casting", 198.0, 0, 6),
    ("400-2003", "Volute Casing 200", "Casting", 276.0, 3, 7), ("400-2010", "Impeller Casting 100", "Casting", 64.0, 0, 6),
    ("400-2011", "Impeller Casting 150", "Casting", 88.0, 19, 6), ("400-2012", "Impeller Casting 200", "Casting", 119.0, 3, 7),
    ("400-2020", "Bearing Housing Casting", "Casting", 72.0, 0, 8), ("500-3001", "Coupling Guard Sheet", "Sheet Metal", 21.0, 6, 14),
    ("500-3002", "Baseplate Channel", "Sheet Metal", 46.0, 13, 14), ("500-3003", "Panel Enclosure", "Sheet Metal", 132.0, 6, 12),
    ("600-4001", "Motor 7.5 kW IE3", "Electrical", 410.0, 11, 10), ("600-4002", "Motor 7.5 kW IE4", "Electrical", 468.0, 16, 10),
    ("600-4010", "Variable Speed Drive 7.5 kW", "Electrical", 520.0, 17, 12), ("600-4020", "Pressure Transmitter", "Electrical", 96.0, 14, 13),
    ("600-4030", "Cable Harness Panel", "Electrical", 48.0, 10, 11), ("600-4040", "Terminal Block Set", "Electrical", 14.0, 5, 11),
    ("600-4050", "PLC Controller", "Electrical", 285.0, 17, 13), ("700-5001", "Hex Bolt M12x40", "Fastener", 0.38, 2, 20),
    ("700-5002", "Hex Bolt M16x60", "Fastener", 0.72, 2, 20), ("700-5003", "Hex Nut M12", "Fastener", 0.09, 2, 20),
    ("700-5004", "Washer M12", "Fastener", 0.04, 2, 20), ("700-5005", "Socket Screw M8x25", "Fastener", 0.21, 2, 21),
    ("800-6001", "Mechanical Seal 35 mm", "Purchased", 84.0, 4, 8), ("800-6002", "Mechanical Seal 45 mm", "Purchased", 112.0, 7, 8),
    ("800-6010", "Ball Bearing 6308", "Purchased", 17.5, 9, 8), ("800-6011", "Ball Bearing 6310", "Purchased", 24.0, 12, 8),
    ("800-6020", "O-Ring Kit Viton", "Purchased", 9.8, 7, 8), ("800-6021", "O-Ring Kit EPDM", "Purchased", 6.2, 15, 8),
    ("800-6030", "Flexible Coupling", "Purchased", 38.0, 1, 14), ("800-6040", "Casing Gasket", "Purchased", 4.6, 15, 7),
    ("800-6050", "Pressure Gauge 0-16 bar", "Purchased", 22.0, 14, 13), ("800-6060", "Paint Epoxy Blue 5 L", "Purchased", 61.0, 18, 16),
    ("300-1011", "Wear Ring Bronze", "Machined", 19.5, None, 8), ("800-6012", "Ball Bearing 6308 Sealed", "Purchased", 21.0, 12, 8),
    ("400-2004", "Volute Casing 100 Rev-Flow", "Casting", 151.0, 3, 6), ("600-4003", "Motor 7.5 kW IE2", "Electrical", 365.0, 11, 10),
]  # fmt: skip
#: obsolete part number -> replacing part number
EC_REPLACED = {"600-4003": "600-4001", "300-1010": "300-1011", "800-6010": "800-6012", "400-2001": "400-2004"}
EC_BOM = {
    "100-0100": [("200-0101", 1), ("200-0300", 1), ("200-0310", 1), ("400-2004", 1), ("300-1001", 1), ("800-6040", 1),
                 ("700-5001", 8), ("700-5003", 8), ("700-5004", 16), ("800-6060", 1)],
    "100-0150": [("200-0151", 1), ("200-0300", 1), ("200-0310", 1), ("400-2002", 1), ("300-1002", 1), ("800-6040", 1),
                 ("700-5001", 12), ("700-5003", 12), ("700-5004", 24), ("800-6060", 1)],
    "100-0200": [("200-0201", 1), ("200-0300", 1), ("200-0310", 1), ("400-2003", 1), ("300-1003", 1), ("800-6040", 2),
                 ("700-5002", 12), ("700-5003", 12), ("700-5004", 24), ("800-6060", 2)],
    "100-0500": [("100-0150", 2), ("100-0750", 2), ("100-0900", 1), ("200-0400", 1), ("200-0410", 2), ("800-6030", 2),
                 ("800-6050", 2), ("700-5002", 16)],
    "100-0750": [("600-4001", 1), ("200-0600", 1), ("700-5005", 4)],
    "100-0900": [("500-3003", 1), ("600-4010", 1), ("600-4050", 1), ("600-4020", 2), ("600-4030", 1), ("600-4040", 2)],
    "200-0101": [("400-2010", 1), ("300-1011", 1), ("300-1030", 1)],
    "200-0151": [("400-2011", 1), ("300-1011", 1), ("300-1030", 1)],
    "200-0201": [("400-2012", 1), ("300-1011", 2), ("300-1030", 1)],
    "200-0300": [("400-2020", 1), ("800-6012", 2), ("800-6020", 1)],
    "200-0310": [("800-6001", 1), ("300-1020", 1), ("800-6020", 1)],
    "200-0400": [("500-3002", 2), ("700-5002", 8), ("700-5003", 8)],
    "200-0410": [("500-3001", 1), ("700-5005", 4)],
    "200-0600": [("600-4040", 1), ("600-4030", 1)],
}  # fmt: skip
#: reason -> (title template, part types it fits, description words it fits)
EC_TITLES = {
    "Cost Reduction": [
        ("Switch {p} to a lower-cost supplier", ("Casting", "Sheet Metal", "Electrical", "Fastener", "Purchased"), ()),
        ("Reduce machining time on {p}", ("Machined", "Casting"), ()),
        ("Value-engineer {p}", ("Assembly", "Subassembly"), ()),
        ("Change material grade of {p}", ("Machined", "Casting", "Sheet Metal"), ()),
    ],
    "Defect Correction": [
        ("Correct tolerance on {p}", ("Machined", "Casting", "Sheet Metal"), ()),
        ("Fix drawing error on {p}", ("Assembly", "Subassembly", "Machined", "Casting", "Sheet Metal"), ()),
        ("Resolve leak at {p}", (), ("Seal", "Gasket", "O-Ring", "Volute")),
        ("Improve surface finish of {p}", ("Machined",), ("Impeller Casting",)),
    ],
    "Supplier Change": [
        ("Second source for {p}", ("Casting", "Electrical", "Purchased"), ()),
        ("Re-source {p} after supplier exit", ("Casting", "Sheet Metal", "Fastener", "Purchased"), ()),
    ],
    "Safety": [
        ("Add guard interlock to {p}", ("Assembly",), ("Coupling Guard",)),
        ("Upgrade earthing on {p}", (), ("Motor", "Panel", "Terminal", "Drive")),
    ],
    "Customer Request": [
        ("Offer EPDM seal option on {p}", (), ("Pump Assembly", "Seal Cartridge")),
        ("Add paint colour option for {p}", ("Assembly",), ()),
    ],
    "Obsolescence": [
        ("Replace end-of-life {p}", ("Electrical",), ()),
        ("Supersede {p}", ("Purchased", "Electrical"), ("Wear Ring", "Volute Casing 100")),
    ],
    "Documentation": [
        ("Update assembly instructions for {p}", ("Assembly", "Subassembly"), ()),
        ("Add torque values to {p} drawing", ("Assembly", "Subassembly"), ()),
    ],
}
EC_REASON_WEIGHTS = {"Cost Reduction": 24, "Defect Correction": 22, "Supplier Change": 12, "Safety": 8,
                     "Customer Request": 10, "Obsolescence": 12, "Documentation": 12}  # fmt: skip


def build_engchange(path: Path) -> None:
    r = random.Random(64004)
    c = fresh_db(
        path,
        """
        CREATE TABLE Vendors (lngVendorID INTEGER PRIMARY KEY, strVendorName TEXT NOT NULL, strCountry TEXT NOT NULL,
            bPreferred INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE Engineers (lngEngineerID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
            strTitle TEXT NOT NULL, strDiscipline TEXT NOT NULL,
            lngManagerID INTEGER REFERENCES Engineers(lngEngineerID), dtHired TEXT NOT NULL,
            bActive INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE Parts (lngPartID INTEGER PRIMARY KEY, strPartNo TEXT NOT NULL UNIQUE, strDescription TEXT NOT NULL,
            strPartType TEXT NOT NULL, strRevision TEXT NOT NULL, curUnitCost REAL NOT NULL,
            lngVendorID INTEGER REFERENCES Vendors(lngVendorID),
            lngOwnerID INTEGER NOT NULL REFERENCES Engineers(lngEngineerID), dtReleased TEXT NOT NULL,
            bObsolete INTEGER NOT NULL DEFAULT 0, lngReplacedByID INTEGER REFERENCES Parts(lngPartID));
        CREATE TABLE BomItems (lngParentPartID INTEGER NOT NULL REFERENCES Parts(lngPartID),
            lngChildPartID INTEGER NOT NULL REFERENCES Parts(lngPartID), intQtyPer INTEGER NOT NULL,
            PRIMARY KEY (lngParentPartID, lngChildPartID));
        CREATE TABLE ChangeOrders (lngECOID INTEGER PRIMARY KEY, strECONo TEXT NOT NULL UNIQUE, strTitle TEXT NOT NULL,
            strReason TEXT NOT NULL, strStatus TEXT NOT NULL,
            lngRequesterID INTEGER NOT NULL REFERENCES Engineers(lngEngineerID), dtRaised TEXT NOT NULL,
            dtReleased TEXT, curCostImpact REAL NOT NULL DEFAULT 0, bUrgent INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE ChangeOrderParts (lngECOID INTEGER NOT NULL REFERENCES ChangeOrders(lngECOID),
            lngPartID INTEGER NOT NULL REFERENCES Parts(lngPartID), strFromRev TEXT NOT NULL, strToRev TEXT NOT NULL,
            PRIMARY KEY (lngECOID, lngPartID));
        CREATE TABLE Approvals (lngApprovalID INTEGER PRIMARY KEY,
            lngECOID INTEGER NOT NULL REFERENCES ChangeOrders(lngECOID),
            lngApproverID INTEGER NOT NULL REFERENCES Engineers(lngEngineerID), dtSigned TEXT NOT NULL,
            bApproved INTEGER NOT NULL, strComment TEXT);
        """,
    )
    insert(c, "Vendors", [(k, n, cc, p) for k, (n, cc, p) in enumerate(EC_VENDORS, 1)])
    names = [n.split(" ") for n in full_names(r, len(EC_ENG))]
    engs = []
    for k, ((title, disc, mgr), (f, s)) in enumerate(zip(EC_ENG, names, strict=True), 1):
        active = 0 if k in (7, 22) else 1
        engs.append((k, f, s, title, disc, mgr, _iso(day_between(r, D(2006, 1, 1), D(2024, 9, 1))), active))
    insert(c, "Engineers", engs)
    pid_of = {p[0]: k for k, p in enumerate(EC_PARTS, 1)}
    parts = []
    for k, (pn, desc, typ, cost, vend, owner) in enumerate(EC_PARTS, 1):
        rev = r.choices("ABCDE", [30, 30, 20, 12, 8])[0]
        rel = day_between(r, D(2012, 1, 1), D(2022, 12, 31))
        if pn in EC_REPLACED.values():
            rel = day_between(r, D(2023, 3, 1), D(2024, 12, 31))
        repl = pid_of.get(EC_REPLACED.get(pn, ""))
        obs = 1 if repl or pn == "600-4040" else 0
        parts.append((k, pn, desc, typ, rev, cost, None if vend is None else vend + 1, owner, _iso(rel), obs, repl))
    insert(c, "Parts", [(*p[:10], None) for p in parts])
    c.executemany("UPDATE Parts SET lngReplacedByID = ? WHERE lngPartID = ?", [(p[10], p[0]) for p in parts if p[10]])
    insert(c, "BomItems", [(pid_of[p], pid_of[ch], q) for p, kids in EC_BOM.items() for ch, q in kids])
    ecos, links, apps = [], [], []
    reqs = [e[0] for e in engs if e[0] > 1]
    approvers = [2, 3, 4, 5, 9, 17]
    raised_days = sorted([day_between(r, START, D(2025, 6, 12)) for _ in range(80)] + [D(2025, 6, 3), D(2025, 6, 11)])
    per_year: dict[int, int] = {}
    for k, d in enumerate(raised_days, 1):
        reason = r.choices(list(EC_REASON_WEIGHTS), list(EC_REASON_WEIGHTS.values()))[0]
        title, types, words = r.choice(EC_TITLES[reason])
        main = r.choice([p for p in parts if p[3] in types or any(w in str(p[2]) for w in words)])
        age = (LAST - d).days
        if age < 30:
            st = r.choice(["Draft", "Draft", "In Review"])
        elif age < 75:
            st = r.choice(["In Review", "Approved", "Released", "Released"])
        else:
            st = r.choices(["Released", "Rejected", "Cancelled", "Approved"], [76, 12, 6, 6])[0]
        per_year[d.year] = per_year.get(d.year, 0) + 1
        rel = d + dt.timedelta(days=r.randint(12, 55)) if st == "Released" else None
        if rel and rel > LAST:
            rel = LAST
        impact = 0.0
        if reason == "Cost Reduction":
            impact = -round(float(main[5]) * r.uniform(0.03, 0.15), 2)
        elif reason in ("Safety", "Customer Request", "Supplier Change", "Obsolescence"):
            impact = round(float(main[5]) * r.uniform(0.0, 0.08), 2)
        ecos.append((k, f"ECO-{d:%y}-{per_year[d.year]:03d}", title.format(p=main[2]), reason, st,
                     r.choice(reqs), _iso(d), _iso(rel), impact, int(r.random() < (0.5 if reason == "Safety" else 0.1))))  # fmt: skip
        affected = {int(main[0])}
        for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
            affected.add(r.randint(1, len(parts)))
        for p in sorted(affected):
            fr = str(parts[p - 1][4])
            links.append((k, p, fr, chr(ord(fr) + 1)))
        n_app = 0 if st in ("Draft", "Cancelled") else r.randint(1, 2) if st == "In Review" else r.randint(2, 3)
        for j, who in enumerate(r.sample(approvers, n_app)):
            sd = d + dt.timedelta(days=r.randint(2, 18))
            if sd > LAST:
                sd = LAST
            ok = 0 if st == "Rejected" and j == n_app - 1 else 1
            note = (
                None if ok else r.choice(["Cost impact not justified", "Needs test evidence", "Duplicate of open ECO"])
            )
            apps.append((k, who, _iso(sd), ok, note))
    insert(c, "ChangeOrders", ecos)
    insert(c, "ChangeOrderParts", links)
    apps.sort(key=lambda a: (str(a[2]), int(str(a[0]))))
    insert(c, "Approvals", [(k, *a) for k, a in enumerate(apps, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- procurement
PR_SUPPLIERS = [
    ("Staalhandel Brabant BV", "Netherlands", "Tilburg", 1), ("Ruhr Stahlservice GmbH", "Germany", "Duisburg", 1),
    ("Boulonnerie du Nord SA", "France", "Lille", 0), ("Fixings Direct Ltd", "United Kingdom", "Wolverhampton", 0),
    ("Elektronika Gdansk Sp. z o.o.", "Poland", "Gdansk", 0), ("Rhein Components GmbH", "Germany", "Mannheim", 1),
    ("Hydrauliek Twente BV", "Netherlands", "Enschede", 1), ("Oleodinamica Emiliana Srl", "Italy", "Modena", 0),
    ("Karton Partners BV", "Netherlands", "Zwolle", 1), ("Weser Verpackung GmbH", "Germany", "Hannover", 0),
    ("TechnoMRO NV", "Belgium", "Antwerp", 0), ("Industrial Supplies Ireland", "Ireland", "Limerick", 0),
    ("ChemTrade Benelux BV", "Netherlands", "Rotterdam", 1), ("Lakfabriek Veluwe BV", "Netherlands", "Apeldoorn", 0),
    ("Valencia Aceros SL", "Spain", "Valencia", 0), ("Nordic Cable AB", "Sweden", "Gothenburg", 0),
    ("Precision Bearings CZ s.r.o.", "Czech Republic", "Brno", 1), ("Weld Supply Centre BV", "Netherlands", "Eindhoven", 0),
    ("Lubritec GmbH", "Germany", "Stuttgart", 0), ("Pneumatics Porto Lda", "Portugal", "Porto", 0),
    ("Electro Lyon SAS", "France", "Lyon", 0), ("Boltex Austria GmbH", "Austria", "Linz", 0),
    ("Danube Metals Kft", "Hungary", "Gyor", 0), ("Safety First Workwear BV", "Netherlands", "Utrecht", 0),
    ("Jiangsu Motion Parts Co", "China", "Suzhou", 0),
]  # fmt: skip
PR_BUYERS = [
    ("Anouk", "de Vries", "Steel"), ("Bram", "Jansen", "Steel"), ("Carla", "Visser", "Fasteners"),
    ("Daan", "Bakker", "Electronics"), ("Eva", "Smit", "Electronics"), ("Floor", "Meijer", "Hydraulics"),
    ("Gijs", "Mulder", "Packaging"), ("Hanna", "de Boer", "MRO"), ("Ivo", "Dekker", "MRO"),
    ("Julia", "Peters", "Chemicals"), ("Kees", "Hendriks", "Steel"), ("Lotte", "van Dijk", "Fasteners"),
    ("Milan", "Bos", "Electronics"), ("Noor", "Vos", "Packaging"), ("Olaf", "Brouwer", "Hydraulics"),
    ("Pien", "Willems", "MRO"), ("Ruben", "van Leeuwen", "Chemicals"), ("Sanne", "Kok", "Steel"),
    ("Thijs", "Jacobs", "Electronics"), ("Vera", "Schouten", "Fasteners"),
]  # fmt: skip
PR_ITEMS = [
    ("ST-1001", "Steel plate S355 10 mm", "Steel", "KG", 1.12), ("ST-1002", "Steel plate S355 20 mm", "Steel", "KG", 1.10),
    ("ST-1010", "Hollow section 80x80x5", "Steel", "M", 14.6), ("ST-1011", "Hollow section 100x100x6", "Steel", "M", 21.9),
    ("ST-1020", "Round bar C45 50 mm", "Steel", "M", 18.4), ("ST-1030", "Stainless sheet 304 2 mm", "Steel", "KG", 3.85),
    ("ST-1040", "Angle 60x60x6", "Steel", "M", 7.9), ("ST-1050", "Flat bar 50x10", "Steel", "M", 5.2),
    ("FA-2001", "Hex bolt M10x30 8.8", "Fasteners", "BOX", 18.5), ("FA-2002", "Hex bolt M12x40 8.8", "Fasteners", "BOX", 24.0),
    ("FA-2003", "Hex nut M12", "Fasteners", "BOX", 9.5), ("FA-2004", "Flat washer M12", "Fasteners", "BOX", 6.8),
    ("FA-2010", "Socket cap screw M8x25", "Fasteners", "BOX", 15.2), ("FA-2020", "Blind rivet 4.8 mm", "Fasteners", "BOX", 11.9),
    ("FA-2030", "Threaded rod M16 1 m", "Fasteners", "EA", 3.4), ("EL-3001", "Proximity sensor M18", "Electronics", "EA", 42.0),
    ("EL-3002", "Safety relay 24 V", "Electronics", "EA", 138.0), ("EL-3003", "PLC I/O module 16DI", "Electronics", "EA", 214.0),
    ("EL-3010", "Control cable 7x1.5 mm2", "Electronics", "M", 2.9), ("EL-3011", "Power cable 4x6 mm2", "Electronics", "M", 6.4),
    ("EL-3020", "Contactor 32 A", "Electronics", "EA", 56.0), ("EL-3030", "HMI panel 7 inch", "Electronics", "EA", 610.0),
    ("EL-3040", "Frequency inverter 4 kW", "Electronics", "EA", 480.0), ("HY-4001", "Hydraulic cylinder 63/36-300", "Hydraulics", "EA", 265.0),
    ("HY-4002", "Gear pump 16 cc", "Hydraulics", "EA", 310.0), ("HY-4010", "Hydraulic hose 1/2 inch", "Hydraulics", "M", 8.7),
    ("HY-4020", "Directional valve NG6", "Hydraulics", "EA", 128.0), ("HY-4030", "Hydraulic oil HLP46", "Hydraulics", "L", 2.6),
    ("HY-4040", "Pressure filter element", "Hydraulics", "EA", 34.0), ("PK-5001", "Shipping carton 600x400x400", "Packaging", "EA", 1.45),
    ("PK-5002", "Euro pallet", "Packaging", "EA", 11.5), ("PK-5003", "Stretch film 23 mu", "Packaging", "ROLL", 16.8),
    ("PK-5004", "VCI bag 800x1200", "Packaging", "EA", 0.95), ("PK-5010", "Wooden crate 1200x800", "Packaging", "EA", 64.0),
    ("MR-6001", "Cutting disc 125 mm", "MRO", "BOX", 22.5), ("MR-6002", "Welding wire SG2 1.0 mm", "MRO", "KG", 2.8),
    ("MR-6003", "Safety gloves size 9", "MRO", "BOX", 31.0), ("MR-6004", "Grinding disc 125 mm", "MRO", "BOX", 26.0),
    ("MR-6010", "Drill bit set HSS", "MRO", "EA", 48.0), ("MR-6020", "Argon/CO2 gas cylinder", "MRO", "EA", 39.0),
    ("MR-6030", "Ear defenders", "MRO", "EA", 14.0), ("MR-6040", "Bearing 6205-2RS", "MRO", "EA", 5.6),
    ("CH-7001", "Primer grey 20 L", "Chemicals", "EA", 118.0), ("CH-7002", "Topcoat RAL 5010 20 L", "Chemicals", "EA", 164.0),
    ("CH-7003", "Degreaser 25 L", "Chemicals", "EA", 72.0), ("CH-7004", "Thinner 5 L", "Chemicals", "EA", 21.0),
    ("CH-7010", "Cutting fluid 20 L", "Chemicals", "EA", 89.0), ("CH-7020", "Threadlocker 50 ml", "Chemicals", "EA", 9.4),
]  # fmt: skip
#: items set up in the catalogue but not yet bought
PR_NEVER_ORDERED = {"EL-3030", "PK-5010", "MR-6030"}
PR_CAT_SUPPLIERS = {
    "Steel": [1, 2, 15, 23], "Fasteners": [3, 4, 22, 12], "Electronics": [5, 6, 16, 21, 25],
    "Hydraulics": [7, 8, 20], "Packaging": [9, 10], "MRO": [11, 12, 18, 24, 19, 17], "Chemicals": [13, 14, 19],
}  # fmt: skip


def build_procurement(path: Path) -> None:
    r = random.Random(64005)
    c = fresh_db(
        path,
        """
        CREATE TABLE Supplier (SupplierId INTEGER PRIMARY KEY, SupplierName TEXT NOT NULL, Country TEXT NOT NULL,
            City TEXT NOT NULL, IsPreferred INTEGER NOT NULL DEFAULT 0, OnboardedDate TEXT NOT NULL);
        CREATE TABLE Buyer (BuyerId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            Category TEXT NOT NULL, Email TEXT NOT NULL, HireDate TEXT NOT NULL);
        CREATE TABLE Item (ItemId INTEGER PRIMARY KEY, ItemCode TEXT NOT NULL UNIQUE, ItemDescription TEXT NOT NULL,
            Category TEXT NOT NULL, UnitOfMeasure TEXT NOT NULL, StandardCost REAL NOT NULL);
        CREATE TABLE SupplierItem (SupplierId INTEGER NOT NULL REFERENCES Supplier(SupplierId),
            ItemId INTEGER NOT NULL REFERENCES Item(ItemId), ContractPrice REAL NOT NULL,
            LeadTimeDays INTEGER NOT NULL, PRIMARY KEY (SupplierId, ItemId));
        CREATE TABLE PurchaseOrder (PurchaseOrderId INTEGER PRIMARY KEY, PoNumber TEXT NOT NULL UNIQUE,
            SupplierId INTEGER NOT NULL REFERENCES Supplier(SupplierId),
            BuyerId INTEGER NOT NULL REFERENCES Buyer(BuyerId), OrderDate TEXT NOT NULL, Status TEXT NOT NULL,
            PaymentTermsDays INTEGER NOT NULL);
        CREATE TABLE PurchaseOrderLine (PurchaseOrderLineId INTEGER PRIMARY KEY,
            PurchaseOrderId INTEGER NOT NULL REFERENCES PurchaseOrder(PurchaseOrderId), LineNumber INTEGER NOT NULL,
            ItemId INTEGER NOT NULL REFERENCES Item(ItemId), QuantityOrdered INTEGER NOT NULL,
            UnitPrice REAL NOT NULL, PromisedDate TEXT NOT NULL);
        CREATE TABLE GoodsReceipt (GoodsReceiptId INTEGER PRIMARY KEY,
            PurchaseOrderLineId INTEGER NOT NULL REFERENCES PurchaseOrderLine(PurchaseOrderLineId),
            ReceivedDate TEXT NOT NULL, QuantityReceived INTEGER NOT NULL, QuantityRejected INTEGER NOT NULL DEFAULT 0);
        """,
    )
    sups = [(k, n, cc, city, p, _iso(day_between(r, D(2012, 1, 1), D(2023, 6, 30))))
            for k, (n, cc, city, p) in enumerate(PR_SUPPLIERS, 1)]  # fmt: skip
    insert(c, "Supplier", sups)
    buyers = []
    for k, (f, s, cat) in enumerate(PR_BUYERS, 1):
        mail = f"{f.lower()}.{s.lower().replace(' ', '')}@kroonindustrie.example"
        buyers.append((k, f, s, cat, mail, _iso(day_between(r, D(2010, 1, 1), D(2024, 6, 30)))))
    insert(c, "Buyer", buyers)
    insert(c, "Item", [(k, *x) for k, x in enumerate(PR_ITEMS, 1)])
    si = []
    for k, (_code, _d, cat, _u, cost) in enumerate(PR_ITEMS, 1):
        for s in r.sample(PR_CAT_SUPPLIERS[cat], min(len(PR_CAT_SUPPLIERS[cat]), r.choice([2, 2, 3, 3, 4]))):
            si.append((s, k, round(cost * r.uniform(0.9, 1.12), 2), r.choice([3, 5, 7, 10, 14, 21, 28, 42])))
    si.sort()
    insert(c, "SupplierItem", si)
    offers: dict[int, list[tuple[int, float, int]]] = {}
    for s, item, price, lead in si:
        if PR_ITEMS[item - 1][0] not in PR_NEVER_ORDERED:
            offers.setdefault(s, []).append((item, price, lead))
    buyers_of: dict[str, list[int]] = {}
    for b in buyers:
        buyers_of.setdefault(str(b[3]), []).append(int(b[0]))
    pos, lines, receipts = [], [], []
    dates = sorted(day_between(r, START, LAST) for _ in range(204))
    for k, d in enumerate(dates, 1):
        s = r.choices(list(offers), [2 if sups[k - 1][4] else 1 for k in offers])[0]
        its = r.sample(offers[s], min(len(offers[s]), r.choice([1, 1, 2, 2, 3])))
        cat = PR_ITEMS[its[0][0] - 1][2]
        cancelled = r.random() < 0.04
        got_all, got_any = True, False
        for ln, (item, price, lead) in enumerate(its, 1):
            unit = PR_ITEMS[item - 1][3]
            if unit in ("KG", "M", "L"):
                qty = r.choice([50, 100, 200, 500, 1000])
            elif PR_ITEMS[item - 1][2] == "Packaging":
                qty = r.choice([20, 50, 100, 200, 500])
            else:
                qty = r.choice([2, 4, 5, 10, 20, 50])
            promised = d + dt.timedelta(days=lead)
            lid = len(lines) + 1
            lines.append((lid, k, ln, item, qty, round(price * r.uniform(0.97, 1.03), 2), _iso(promised)))
            if cancelled:
                got_all = False
                continue
            late = r.choices([0, 0, 0, 1, 3, 7, 14], [40, 15, 10, 12, 10, 8, 5])[0]
            early = r.choice([0, 0, 1, 2])
            rd = promised + dt.timedelta(days=late - early)
            if rd > LAST:
                got_all = False
                continue
            got_any = True
            rej = r.choice([0] * 12 + [1, 2]) if qty <= 50 else r.choice([0] * 12 + [qty // 50])
            if r.random() < 0.12 and qty >= 4:
                part = qty // 2
                receipts.append((lid, _iso(rd), part, 0))
                rd2 = rd + dt.timedelta(days=r.randint(4, 20))
                if rd2 <= LAST:
                    receipts.append((lid, _iso(rd2), qty - part, rej))
                else:
                    got_all = False
            else:
                receipts.append((lid, _iso(rd), qty, rej))
        status = "Cancelled" if cancelled else "Closed" if got_all and (LAST - d).days > 120 else (
            "Received" if got_all else "PartiallyReceived" if got_any else "Open")  # fmt: skip
        pos.append(
            (k, f"PO-{d:%y}{k:04d}", s, r.choice(buyers_of[cat]), _iso(d), status, r.choice([30, 30, 60, 60, 90]))
        )
    insert(c, "PurchaseOrder", pos)
    insert(c, "PurchaseOrderLine", lines)
    receipts.sort(key=lambda x: (str(x[1]), int(str(x[0]))))
    insert(c, "GoodsReceipt", [(k, *x) for k, x in enumerate(receipts, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ assemblydw
AD_LINES = [
    ("L1", "Line 1 Monobloc", "Hall A"), ("L2", "Line 2 Split Outdoor", "Hall A"),
    ("L3", "Line 3 Split Indoor", "Hall B"), ("L4", "Line 4 Commercial", "Hall B"),
]  # fmt: skip
AD_CELLS = [("BRZ", "Brazing"), ("LKT", "Leak Test"), ("ELC", "Electrical Fit"), ("CHG", "Refrigerant Charge"),
            ("EOL", "End-of-Line Test")]  # fmt: skip
AD_PRODUCTS = [
    ("AWM-05", "AeroWarm Monobloc 5 kW", "Monobloc", 5, 4650), ("AWM-07", "AeroWarm Monobloc 7 kW", "Monobloc", 7, 5290),
    ("AWM-09", "AeroWarm Monobloc 9 kW", "Monobloc", 9, 5980), ("AWM-12", "AeroWarm Monobloc 12 kW", "Monobloc", 12, 6840),
    ("AWM-16", "AeroWarm Monobloc 16 kW", "Monobloc", 16, 7920), ("AWM-07Q", "AeroWarm Monobloc 7 kW Quiet", "Monobloc", 7, 5690),
    ("AWS-04O", "AeroWarm Split 4 kW Outdoor", "Split", 4, 3120), ("AWS-06O", "AeroWarm Split 6 kW Outdoor", "Split", 6, 3580),
    ("AWS-08O", "AeroWarm Split 8 kW Outdoor", "Split", 8, 4090), ("AWS-11O", "AeroWarm Split 11 kW Outdoor", "Split", 11, 4760),
    ("AWS-14O", "AeroWarm Split 14 kW Outdoor", "Split", 14, 5430), ("AWS-04I", "AeroWarm Split Hydrobox 4 kW", "Split", 4, 1890),
    ("AWS-08I", "AeroWarm Split Hydrobox 8 kW", "Split", 8, 2140), ("AWS-14I", "AeroWarm Split Hydrobox 14 kW", "Split", 14, 2460),
    ("AWC-25", "AeroWarm Commercial 25 kW", "Commercial", 25, 11800), ("AWC-35", "AeroWarm Commercial 35 kW", "Commercial", 35, 14600),
    ("AWC-50", "AeroWarm Commercial 50 kW", "Commercial", 50, 19900), ("AWC-70", "AeroWarm Commercial 70 kW", "Commercial", 70, 26400),
    ("AWH-05", "AeroWarm Hybrid 5 kW", "Hybrid", 5, 5140), ("AWH-08", "AeroWarm Hybrid 8 kW", "Hybrid", 8, 5870),
    ("AWT-200", "AeroWarm Cylinder 200 L", "Cylinder", 0, 1450), ("AWT-300", "AeroWarm Cylinder 300 L", "Cylinder", 0, 1720),
]  # fmt: skip
#: line -> model codes it builds (the AWC-70 has not gone into production yet)
AD_LINE_MODELS = {
    "L1": ["AWM-05", "AWM-07", "AWM-09", "AWM-12", "AWM-16", "AWM-07Q", "AWH-05", "AWH-08"],
    "L2": ["AWS-04O", "AWS-06O", "AWS-08O", "AWS-11O", "AWS-14O"],
    "L3": ["AWS-04I", "AWS-08I", "AWS-14I", "AWT-200", "AWT-300"],
    "L4": ["AWC-25", "AWC-35", "AWC-50"],
}
AD_REASONS = [
    ("PM", "Preventive maintenance", "Planned"), ("CO", "Model changeover", "Planned"), ("BRK", "Scheduled break", "Planned"),
    ("TRN", "Training", "Planned"), ("CLN", "Cleaning and 5S", "Planned"), ("TRIAL", "New product trial", "Planned"),
    ("MAT", "Material shortage", "Unplanned"), ("QHOLD", "Quality hold", "Unplanned"), ("LEAK", "Leak test failure rework", "Unplanned"),
    ("BRZF", "Brazing torch fault", "Unplanned"), ("CONV", "Conveyor jam", "Unplanned"), ("ROBOT", "Robot fault", "Unplanned"),
    ("VAC", "Vacuum pump failure", "Unplanned"), ("SCALE", "Charge scale out of calibration", "Unplanned"),
    ("IT", "MES or network outage", "Unplanned"), ("STAFF", "Operator shortage", "Unplanned"), ("POWER", "Power outage", "Unplanned"),
    ("TOOL", "Torque tool failure", "Unplanned"), ("FORK", "Waiting for forklift", "Unplanned"),
    ("SAFE", "Safety stop", "Unplanned"),
]  # fmt: skip
AD_REASON_WEIGHTS = [8, 12, 4, 2, 3, 2, 14, 6, 9, 5, 8, 4, 3, 2, 3, 5, 1, 4, 5, 2]


def build_assemblydw(path: Path) -> None:
    r = random.Random(64006)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL UNIQUE, year INTEGER NOT NULL,
            quarter INTEGER NOT NULL, month INTEGER NOT NULL, month_name TEXT NOT NULL, iso_week INTEGER NOT NULL,
            day_name TEXT NOT NULL, is_weekend INTEGER NOT NULL);
        CREATE TABLE dim_workcentre (workcentre_key INTEGER PRIMARY KEY, workcentre_code TEXT NOT NULL UNIQUE,
            workcentre_name TEXT NOT NULL, line_code TEXT NOT NULL, line_name TEXT NOT NULL, hall TEXT NOT NULL,
            commissioned_year INTEGER NOT NULL);
        CREATE TABLE dim_product (product_key INTEGER PRIMARY KEY, model_code TEXT NOT NULL UNIQUE,
            model_name TEXT NOT NULL, product_family TEXT NOT NULL, capacity_kw INTEGER NOT NULL,
            list_price_eur INTEGER NOT NULL);
        CREATE TABLE dim_reason (reason_key INTEGER PRIMARY KEY, reason_code TEXT NOT NULL UNIQUE,
            reason_desc TEXT NOT NULL, reason_category TEXT NOT NULL);
        CREATE TABLE fact_output (date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            workcentre_key INTEGER NOT NULL REFERENCES dim_workcentre(workcentre_key),
            product_key INTEGER NOT NULL REFERENCES dim_product(product_key), shift_code TEXT NOT NULL,
            planned_units INTEGER NOT NULL, good_units INTEGER NOT NULL, scrap_units INTEGER NOT NULL,
            run_minutes INTEGER NOT NULL);
        CREATE TABLE fact_downtime (date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            workcentre_key INTEGER NOT NULL REFERENCES dim_workcentre(workcentre_key),
            reason_key INTEGER NOT NULL REFERENCES dim_reason(reason_key), shift_code TEXT NOT NULL,
            downtime_sec INTEGER NOT NULL);
        """,
    )
    days = [D(2024, 7, 1) + dt.timedelta(days=i) for i in range(365)]
    insert(c, "dim_date", [(_ymd(d), _iso(d), d.year, (d.month - 1) // 3 + 1, d.month, d.strftime("%B"),
                            d.isocalendar()[1], d.strftime("%A"), int(d.weekday() >= 5)) for d in days])  # fmt: skip
    wcs = []
    for lc, ln, hall in AD_LINES:
        for cc, cn in AD_CELLS:
            yr = r.choice([2016, 2018, 2019, 2021, 2022]) if lc != "L4" else 2023
            wcs.append((len(wcs) + 1, f"{lc}-{cc}", cn, lc, ln, hall, yr))
    insert(c, "dim_workcentre", wcs)
    insert(c, "dim_product", [(k, *p) for k, p in enumerate(AD_PRODUCTS, 1)])
    insert(c, "dim_reason", [(k, *x) for k, x in enumerate(AD_REASONS, 1)])
    prods_of = {lc: [k for k, p in enumerate(AD_PRODUCTS, 1) if p[0] in ms] for lc, ms in AD_LINE_MODELS.items()}
    work = [d for d in days if d <= D(2025, 6, 13) and d.weekday() < 5]
    seen = set()
    outs = []
    while len(outs) < 400:
        d = r.choice(work)
        w = r.choice(wcs)
        sh = r.choice(["E", "L", "L", "E", "N"]) if w[3] != "L4" else r.choice(["E", "L"])
        if (d, w[0], sh) in seen:
            continue
        seen.add((d, w[0], sh))
        planned = r.randint(6, 12) if w[3] == "L4" else r.randint(28, 60)
        good = max(0, planned - r.choices([0, 1, 2, 4, 8, 15], [30, 25, 18, 14, 9, 4])[0])
        scrap = r.choices([0, 1, 2, 3], [70, 18, 8, 4])[0]
        outs.append((_ymd(d), w[0], r.choice(prods_of[str(w[3])]), sh, planned, good, scrap, r.randint(400, 450)))
    outs.sort()
    insert(c, "fact_output", outs)
    dts = []
    for _ in range(320):
        d = r.choice(work)
        w = r.choice(wcs)
        rk = r.choices(range(1, len(AD_REASONS) + 1), AD_REASON_WEIGHTS)[0]
        cat = AD_REASONS[rk - 1][2]
        secs = r.randint(10, 90) * 60 if cat == "Planned" else r.randint(3, 150) * 60 + r.randint(0, 59)
        dts.append((_ymd(d), w[0], rk, r.choice(["E", "L", "N"]), secs))
    dts.sort()
    insert(c, "fact_downtime", dts)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "waferfab": build_waferfab,
    "precast": build_precast,
    "papermill": build_papermill,
    "engchange": build_engchange,
    "procurement": build_procurement,
    "assemblydw": build_assemblydw,
}
