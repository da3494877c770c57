"""Six public-sector, utilities and infrastructure databases for the eighty-fifth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14.

- ``cemeteries`` (short cryptic names with numbers; money in pence): a county bereavement service running
  cemeteries. ``cem`` (a cemetery: ``cnm`` name, ``addr1``/``addr2`` (NULL when none), ``twn`` town, ``tel1``,
  ``tel2`` NULL when none, ``opn_yr`` year opened, ``fld_01`` area in hectares, ``st`` 'O' open for new burials /
  'C' closed), ``fdir`` (funeral directors: ``fnm`` firm name, ``addr1``, ``twn``, ``tel1``, ``tel2`` NULL,
  ``ind1`` 'Y' independent family firm / 'N' part of a national chain), ``plt`` (grave plots: ``cem_id``,
  section ``sec1`` 'A'..'F', ``rw1`` row, ``ps1`` position, ``typ1`` 'G' earth grave / 'C' cremated remains plot /
  'V' vault, ``st1`` 'A' available / 'R' reserved (right bought, nobody interred yet) / 'O' occupied, ``prc_p`` price
  of the exclusive right of burial in pence), ``dcd`` (deceased people: ``fnm1`` first name, ``lnm1`` last name,
  ``dob1`` born, ``dod1`` died, ``twn`` home town), ``intr`` (interments: ``dcd_id``, ``plt_id``, ``fd_id`` funeral
  director, ``dt1`` date, ``typ2`` 'B' coffin burial / 'A' ashes, ``fee_p`` interment fee in pence) and ``egr``
  (grants of exclusive right of burial: ``plt_id``, ``hnm`` holder name, ``dt1`` granted, ``dt2`` expiry (NULL =
  in perpetuity), ``amt_p`` paid in pence).
- ``roaddefects`` (snake_case, but every category is a code whose meaning lives only in
  ``code_ref(code_type, code, description)``; self-referencing ``inspector.supervisor_id``): a highway authority's
  defect register. ``code_ref`` code types: DEFECT_TYPE (PH pothole, CRK cracking, SNK sunken ironwork, KRB damaged
  kerb, LNM worn road markings, SGN damaged sign, EDG edge deterioration, RUT rutting, PND ponding, DBR debris),
  PRIORITY (P1 emergency .. P4 planned programme), STATUS (OPN open, SCH scheduled, FXD fixed, NFA no further
  action, DUP duplicate), ROAD_CLASS (A, B, C, U unclassified), CHANNEL (APP mobile app, WEB website, PHN phone,
  INS routine inspection, CLR councillor referral), CLAIM_STATUS (REC received, INV under investigation, PAY paid,
  REJ repudiated, WDN withdrawn). ``road`` (``road_name``, ``class_cd``, ``ward``, ``length_km``,
  ``speed_limit_mph``), ``inspector`` (``full_name``, ``supervisor_id`` NULL for the head of highways,
  ``start_date``), ``defect`` (``road_id``, ``type_cd``, ``priority_cd``, ``status_cd``, ``channel_cd``,
  ``reported_date``, ``insp_id`` the inspector who assessed it (NULL until assessed), ``depth_mm`` NULL unless
  measured, ``fixed_date`` NULL unless fixed) and ``claim`` (public liability claims for a defect: ``claimant``,
  ``claim_date``, ``amount_claimed`` and ``amount_paid`` in pounds (paid NULL unless paid), ``status_cd``).
- ``pipeleaks`` (units in the column names): a water company's leakage team. ``dma`` (district metered areas:
  ``dma_code``, ``dma_name``, ``area_km2``, ``population``, ``target_night_flow_lps`` litres per second),
  ``water_main`` (``main_ref``, ``dma_id``, ``material``, ``diameter_mm``, ``length_m``, ``laid_year``,
  ``op_pressure_bar``), ``technician`` (``tech_name``, ``grade`` 'Senior' / 'Technician' / 'Apprentice',
  ``start_date``, ``mobile`` NULL when none), ``leak`` (``main_id``, ``found_date``, ``method`` 'Acoustic logger' /
  'Customer report' / 'Step test' / 'Ground microphone' / 'Visual survey', ``est_loss_lps``, ``repaired_date`` NULL
  while unrepaired, ``repair_cost_gbp`` NULL while unrepaired, ``dig_depth_m`` NULL when no excavation),
  ``leak_visit`` (the link between leaks and technicians: ``visit_date``, ``hours_on_site``) and ``flow_reading``
  (monthly per DMA: ``reading_month`` first of month, ``min_night_flow_lps``, ``avg_pressure_bar``,
  ``supply_ml`` megalitres put into supply).
- ``socialhousing`` (snake_case plural tables with ``valid_from``/``valid_to`` history, ``valid_to`` NULL = current
  row): a council's housing stock. ``estates`` (``estate_name``, ``ward``, ``built_year``, ``housing_officer``),
  ``properties`` (``estate_id``, ``address``, ``property_type`` 'flat' / 'maisonette' / 'house' / 'bungalow',
  ``bedrooms``, ``floor_level`` NULL for houses and bungalows), ``tenants`` (``full_name``, ``date_of_birth``,
  ``phone`` NULL, ``email`` NULL), ``tenancies`` (``property_id``, ``tenant_id``, ``tenancy_type`` 'secure' /
  'introductory' / 'temporary', ``valid_from``, ``valid_to`` NULL while the tenancy is current), ``rents``
  (``property_id``, ``weekly_rent_gbp``, ``valid_from``, ``valid_to`` NULL for the current rent; the rent year
  changes on 1 April) and ``repairs`` (``property_id``, ``reported_on``, ``trade`` 'plumbing' / 'electrical' /
  'carpentry' / 'roofing' / 'damp and mould' / 'heating', ``priority`` 'emergency' / 'urgent' / 'routine',
  ``completed_on`` NULL while outstanding, ``cost_gbp`` NULL while outstanding).
- ``outagedw`` (data warehouse: ``dim_*`` and ``fact_*`` tables, surrogate keys ``*_sk``, dates as integer
  ``date_sk`` YYYYMMDD): an electricity distribution network's power cuts. ``dim_date`` (``date_sk``, ``full_date``,
  ``year_num``, ``quarter_num``, ``month_num``, ``month_name``, ``day_name``, ``is_weekend`` 'Y'/'N'; only the days
  that have an outage), ``dim_feeder`` (``feeder_code``, ``substation_name``, ``region``, ``voltage_kv`` 11 or 33,
  ``customers_connected``, ``is_overhead`` 'Y' overhead line / 'N' underground cable), ``dim_cause``
  (``cause_code``, ``cause_desc``, ``cause_group``, ``is_planned`` 'Y' planned maintenance / 'N' fault),
  ``dim_crew`` (``crew_code``, ``depot``, ``crew_leader``, ``crew_size``) and ``fact_outage`` (one interruption:
  ``incident_no``, ``start_date_sk``, ``feeder_sk``, ``cause_sk``, ``crew_sk`` NULL when restored remotely,
  ``customers_affected``, ``duration_min``, ``customer_minutes_lost``, ``compensation_gbp``).
- ``civilregistry`` (Hungarian-like prefixes: ``n_`` numbers, ``s_`` strings, ``d_`` dates, ``b_`` 0/1 booleans;
  tables ``t_*``; self-referencing ``t_registrar.n_manager_id``): a register office service. ``t_office``
  (``s_office_name``, ``s_town``, ``s_postcode``, ``b_open`` 1 open / 0 closed, ``n_ceremony_rooms``),
  ``t_registrar`` (``s_first_name``, ``s_last_name``, ``n_office_id``, ``n_manager_id`` NULL for the
  superintendent registrar at the top, ``d_appointed``, ``b_active`` 1 still in post), ``t_birth``
  (``s_child_forename``, ``s_child_surname``, ``d_birth``, ``s_sex`` 'M'/'F', ``n_weight_g`` grams NULL when not
  given, ``n_office_id``, ``n_registrar_id``, ``d_registered``), ``t_death`` (``s_forename``, ``s_surname``,
  ``d_death``, ``n_age_years``, ``b_coroner`` 1 referred to the coroner, ``n_office_id``, ``n_registrar_id``,
  ``d_registered``), ``t_marriage`` (``s_party1``, ``s_party2``, ``d_ceremony``, ``s_venue``,
  ``b_civil_partnership`` 1 civil partnership / 0 marriage, ``n_office_id``, ``n_registrar_id``, ``n_fee_pence``)
  and ``t_cert_order`` (certificate copies ordered: ``s_applicant``, ``s_event_type`` 'BIRTH' / 'DEATH' /
  'MARRIAGE', ``d_ordered``, ``d_dispatched`` NULL while not sent, ``n_copies``, ``n_fee_pence``, ``b_priority``
  1 priority service).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import (
    FAMILY,
    FIRST_NAMES,
    GIVEN,
    LAST_NAMES,
    day_between,
    done,
    fresh_db,
    full_names,
    insert,
)

D = dt.date
START = D(2023, 1, 1)
LAST = D(2025, 6, 14)

TOWNS = ["Ashford", "Bramley", "Caldwell", "Dunmore", "Eastleigh", "Fernhill", "Glenford", "Harrowby"]
PLACES = [
    "Northgate", "Southfields", "Westbury", "Eastwood", "Hillcrest", "Meadowbank", "Oakridge", "Ravensworth",
    "Ashgrove", "Beechmount", "Cedarlawn", "Elmstead", "Fairview", "Greenhill", "Hollybrook", "Kingsmead",
    "Larkfield", "Millbrook", "Newlands", "Orchard Park", "Priory", "Queensway", "Riverside", "Stonebridge",
    "Thornbury", "Underhill", "Valley Road", "Willowdene", "Yewtree", "Abbeyfields",
]  # fmt: skip


def _phone(r: random.Random) -> str:
    return f"01{r.randint(200, 999)} {r.randint(100000, 999999)}"


# --------------------------------------------------------------------------------------------- cemeteries
def build_cemeteries(path: Path) -> None:
    r = random.Random(8501)
    c = fresh_db(
        path,
        """
        CREATE TABLE cem (cem_id INTEGER PRIMARY KEY, cnm TEXT NOT NULL, addr1 TEXT, addr2 TEXT, twn TEXT,
            tel1 TEXT, tel2 TEXT, opn_yr INTEGER, fld_01 REAL, st TEXT);
        CREATE TABLE fdir (fd_id INTEGER PRIMARY KEY, fnm TEXT NOT NULL, addr1 TEXT, twn TEXT, tel1 TEXT, tel2 TEXT,
            ind1 TEXT);
        CREATE TABLE plt (plt_id INTEGER PRIMARY KEY, cem_id INTEGER NOT NULL REFERENCES cem(cem_id), sec1 TEXT,
            rw1 INTEGER, ps1 INTEGER, typ1 TEXT, st1 TEXT, prc_p INTEGER);
        CREATE TABLE dcd (dcd_id INTEGER PRIMARY KEY, fnm1 TEXT, lnm1 TEXT, dob1 TEXT, dod1 TEXT, twn TEXT);
        CREATE TABLE intr (intr_id INTEGER PRIMARY KEY, dcd_id INTEGER NOT NULL REFERENCES dcd(dcd_id),
            plt_id INTEGER NOT NULL REFERENCES plt(plt_id), fd_id INTEGER REFERENCES fdir(fd_id), dt1 TEXT,
            typ2 TEXT, fee_p INTEGER);
        CREATE TABLE egr (egr_id INTEGER PRIMARY KEY, plt_id INTEGER NOT NULL REFERENCES plt(plt_id), hnm TEXT,
            dt1 TEXT, dt2 TEXT, amt_p INTEGER);
        """,
    )
    cems = []
    for i, p in enumerate(PLACES, 1):
        kind = "Cemetery" if i % 5 else "Garden of Rest"
        st = "C" if i in (4, 11, 17, 23, 28) else "O"
        cems.append(
            (
                i,
                f"{p} {kind}",
                f"{r.randint(1, 120)} {p} Lane",
                None if i % 3 else "Lodge Gate",
                TOWNS[i % 8],
                _phone(r),
                _phone(r) if i % 4 == 0 else None,
                r.choice([1856, 1871, 1889, 1902, 1925, 1948, 1964, 1978, 1995, 2006]) + i,
                round(r.uniform(0.8, 14.0), 1),
                st,
            )
        )
    insert(c, "cem", cems)
    firms = [
        "A. Brennan & Sons", "Castillo Family Funerals", "Co-op Funeralcare Ashford", "Co-op Funeralcare Dunmore",
        "Dignity Funerals Bramley", "Dignity Funerals Glenford", "Eriksen Funeral Service", "Fischer & Daughters",
        "Gallagher Funeral Home", "Hartley Independent Funerals", "Iwata Memorial Services", "Jensen & Quinn",
        "Kowalski Funeral Directors", "Lindqvist Family Funerals", "Moreau Funeral Care", "Nakamura & Sons",
        "Okafor Funeral Services", "Petrov Funeral Directors", "Quinn Brothers", "Romero Funerals",
        "Schultz & Varga", "Thornton Funeral Home", "Varga Memorial", "Whitaker Funeral Directors",
        "Yilmaz Family Funerals", "Zimmer Funeral Care", "Abbott & Dawson", "Dawson Funeral Services",
        "Funeral Partners Eastleigh", "Funeral Partners Harrowby",
    ]  # fmt: skip
    chain = {"Co-op", "Dignity", "Funeral Partners"}
    fd = []
    for i, f in enumerate(firms, 1):
        ind = "N" if any(f.startswith(x) for x in chain) else "Y"
        town = next((t for t in TOWNS if t in f), TOWNS[(i * 3) % 8])
        fd.append(
            (i, f, f"{r.randint(1, 200)} High Street", town, _phone(r), _phone(r) if r.random() < 0.4 else None, ind)
        )
    insert(c, "fdir", fd)
    # plots: 12 per cemetery = 360
    plots = []
    pid = 0
    for cid in range(1, 31):
        for k in range(12):
            pid += 1
            typ = r.choices(["G", "C", "V"], [6, 3, 1])[0]
            base = {"G": 185000, "C": 62000, "V": 540000}[typ]
            plots.append(
                [pid, cid, "ABCDEF"[k % 6], 1 + k // 6, r.randint(1, 40), typ, "A", base + r.randint(0, 40) * 1000]
            )
    closed = {4, 11, 17, 23, 28}
    # decide states: closed cemeteries fully occupied; others ~60 % occupied, 15 % reserved
    for p in plots:
        if p[1] in closed:
            p[6] = "O"
        else:
            x = r.random()
            p[6] = "O" if x < 0.6 else ("R" if x < 0.76 else "A")
    # cemetery 7 and 19 have no available plot left
    for p in plots:
        if p[1] in (7, 19) and p[6] == "A":
            p[6] = "R"
    insert(c, "plt", [tuple(p) for p in plots])
    occupied = [p for p in plots if p[6] == "O"]
    reserved = [p for p in plots if p[6] == "R"]
    # deceased + interments: one per occupied plot, plus a second (ashes) in 25 of them
    names = full_names(r, 300)
    dcd, intr = [], []
    did = 0
    iid = 0
    second = set(r.sample([p[0] for p in occupied if p[5] != "C"], 25))
    fd_weights = [r.randint(1, 9) for _ in firms]
    fd_weights[2] = 14  # Co-op Ashford busiest
    for p in occupied:
        for n in range(2 if p[0] in second else 1):
            did += 1
            fnm, lnm = names[did - 1].split(" ")
            dod = day_between(r, D(2022, 12, 20), D(2025, 6, 5))
            dob = dod - dt.timedelta(days=r.randint(365 * 38, 365 * 101))
            dcd.append((did, fnm, lnm, dob.isoformat(), dod.isoformat(), TOWNS[r.randrange(8)]))
            idt = dod + dt.timedelta(days=r.randint(5, 24))
            if idt > LAST:
                idt = LAST
            if idt < START:
                idt = START + dt.timedelta(days=r.randint(0, 20))
            typ2 = "A" if (n == 1 or p[5] == "C") else "B"
            fee = (r.randint(38, 52) * 2500) if typ2 == "B" else r.randint(10, 16) * 2500
            if p[5] == "V":
                fee += 45000
            iid += 1
            fdid = r.choices(range(1, 31), fd_weights)[0]
            intr.append((iid, did, p[0], fdid, idt.isoformat(), typ2, fee))
    # a handful of deceased with no interment recorded yet (recent deaths)
    for _ in range(6):
        did += 1
        fnm, lnm = names[did - 1].split(" ")
        dod = day_between(r, D(2025, 6, 1), D(2025, 6, 12))
        dob = dod - dt.timedelta(days=r.randint(365 * 50, 365 * 95))
        dcd.append((did, fnm, lnm, dob.isoformat(), dod.isoformat(), TOWNS[r.randrange(8)]))
    insert(c, "dcd", dcd)
    intr.sort(key=lambda x: x[4])
    intr = [(i + 1, *row[1:]) for i, row in enumerate(intr)]
    insert(c, "intr", intr)
    # grants: every reserved plot, plus about half of the occupied plots in open cemeteries
    egr = []
    hn = full_names(r, 250, exclude=names)
    for gid, p in enumerate(reserved + [p for p in occupied if p[1] not in closed and r.random() < 0.5], 1):
        g = day_between(r, START, D(2025, 5, 30))
        exp = None if r.random() < 0.3 else D(g.year + r.choice([25, 50, 75]), g.month, min(g.day, 28))
        if gid in (3, 17, 41):  # three old-style short grants already lapsed
            g = D(2023, r.randint(1, 12), r.randint(1, 28))
            exp = D(2025, r.randint(1, 5), r.randint(1, 28))
        egr.append((gid, p[0], hn[gid - 1], g.isoformat(), exp.isoformat() if exp else None, p[7]))
    insert(c, "egr", egr)
    done(c)


# --------------------------------------------------------------------------------------------- roaddefects
ROADS = [
    "High Street", "Station Road", "Church Lane", "Mill Lane", "London Road", "Victoria Road", "Park Avenue",
    "Green Lane", "Manor Road", "Queens Road", "Kings Road", "New Road", "School Lane", "The Crescent",
    "Bridge Street", "North Street", "South Street", "West Street", "Chapel Street", "Market Place",
    "Castle Hill", "Albert Road", "George Street", "Springfield Road", "Orchard Way", "Meadow Close",
    "Beech Grove", "Forest Road", "Hill Top", "Brook Street", "Riverside Drive", "Windmill Lane", "Sandy Lane",
    "Rectory Road", "York Road", "Grange Road", "Oak Avenue", "Cemetery Road", "Farm Lane", "Elm Close",
    "A38 Bypass", "A4071 Link Road", "B5420 Moor Road", "B4100 Old Coach Road", "A460 Ring Road",
    "A519 Tamworth Road", "B6032 Top Road", "A51 Lichfield Road", "C12 Hollow Lane", "C7 Ridgeway",
    "Cross Street", "Canal Side", "Poplar Avenue", "Heath Road", "Wharf Lane", "Birch Drive", "Lime Tree Walk",
    "Ash Road", "Cherry Lane", "Holly Bank",
]  # fmt: skip
WARDS = ["Abbey", "Burntwood", "Central", "Darwin", "Endon", "Fairoak", "Gornal", "Hednesford"]


def build_roaddefects(path: Path) -> None:
    r = random.Random(8502)
    c = fresh_db(
        path,
        """
        CREATE TABLE code_ref (code_type TEXT NOT NULL, code TEXT NOT NULL, description TEXT NOT NULL,
            PRIMARY KEY (code_type, code));
        CREATE TABLE road (road_id INTEGER PRIMARY KEY, road_name TEXT NOT NULL, class_cd TEXT, ward TEXT,
            length_km REAL, speed_limit_mph INTEGER);
        CREATE TABLE inspector (insp_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
            supervisor_id INTEGER REFERENCES inspector(insp_id), start_date TEXT);
        CREATE TABLE defect (defect_id INTEGER PRIMARY KEY, road_id INTEGER NOT NULL REFERENCES road(road_id),
            type_cd TEXT, priority_cd TEXT, status_cd TEXT, channel_cd TEXT, reported_date TEXT,
            insp_id INTEGER REFERENCES inspector(insp_id), depth_mm INTEGER, fixed_date TEXT);
        CREATE TABLE claim (claim_id INTEGER PRIMARY KEY, defect_id INTEGER NOT NULL REFERENCES defect(defect_id),
            claimant TEXT, claim_date TEXT, amount_claimed REAL, amount_paid REAL, status_cd TEXT);
        """,
    )
    codes = [
        ("DEFECT_TYPE", "PH", "Pothole"), ("DEFECT_TYPE", "CRK", "Cracking"),
        ("DEFECT_TYPE", "SNK", "Sunken ironwork / manhole cover"), ("DEFECT_TYPE", "KRB", "Damaged kerb"),
        ("DEFECT_TYPE", "LNM", "Worn road markings"), ("DEFECT_TYPE", "SGN", "Damaged road sign"),
        ("DEFECT_TYPE", "EDG", "Edge deterioration"), ("DEFECT_TYPE", "RUT", "Rutting"),
        ("DEFECT_TYPE", "PND", "Ponding / standing water"), ("DEFECT_TYPE", "DBR", "Debris on carriageway"),
        ("PRIORITY", "P1", "Emergency - make safe within 2 hours"), ("PRIORITY", "P2", "Urgent - within 24 hours"),
        ("PRIORITY", "P3", "Routine - within 28 days"), ("PRIORITY", "P4", "Planned programme"),
        ("STATUS", "OPN", "Open"), ("STATUS", "SCH", "Scheduled for repair"), ("STATUS", "FXD", "Fixed"),
        ("STATUS", "NFA", "No further action"), ("STATUS", "DUP", "Duplicate report"),
        ("ROAD_CLASS", "A", "A road"), ("ROAD_CLASS", "B", "B road"), ("ROAD_CLASS", "C", "C road"),
        ("ROAD_CLASS", "U", "Unclassified road"),
        ("CHANNEL", "APP", "Mobile app"), ("CHANNEL", "WEB", "Council website"), ("CHANNEL", "PHN", "Phone call"),
        ("CHANNEL", "INS", "Routine inspection"), ("CHANNEL", "CLR", "Councillor referral"),
        ("CLAIM_STATUS", "REC", "Received"), ("CLAIM_STATUS", "INV", "Under investigation"),
        ("CLAIM_STATUS", "PAY", "Paid"), ("CLAIM_STATUS", "REJ", "Repudiated"), ("CLAIM_STATUS", "WDN", "Withdrawn"),
    ]  # fmt: skip
    insert(c, "code_ref", codes)
    roads = []
    for i, n in enumerate(ROADS, 1):
        if n[0] in "AB" and n[1].isdigit():
            cl = n[0]
        elif n[0] == "C" and n[1].isdigit():
            cl = "C"
        else:
            cl = r.choices(["B", "C", "U"], [1, 2, 6])[0]
        spd = {
            "A": r.choice([40, 50, 60]),
            "B": r.choice([30, 40, 50]),
            "C": r.choice([30, 40]),
            "U": r.choice([20, 30]),
        }[cl]
        roads.append((i, n, cl, WARDS[(i * 7) % 8], round(r.uniform(0.2, 9.5 if cl in "AB" else 3.0), 2), spd))
    insert(c, "road", roads)
    names = full_names(r, 30)
    insp = [(1, names[0], None, "2009-04-01")]
    for i in range(2, 6):
        insp.append((i, names[i - 1], 1, day_between(r, D(2011, 1, 1), D(2017, 12, 31)).isoformat()))
    for i in range(6, 31):
        insp.append((i, names[i - 1], 2 + (i % 4), day_between(r, D(2014, 1, 1), D(2025, 3, 1)).isoformat()))
    insert(c, "inspector", insp)
    never = {12, 27, 30}
    active = [i for i in range(2, 31) if i not in never]
    defects = []
    types = ["PH", "CRK", "SNK", "KRB", "LNM", "SGN", "EDG", "RUT", "PND", "DBR"]
    tw = [30, 10, 8, 6, 7, 5, 8, 5, 6, 5]
    road_w = [r.randint(1, 6) for _ in roads]
    road_w[4] = 14  # London Road
    road_w[44] = 12  # A460 Ring Road
    for i in range(1, 351):
        rep = day_between(r, START, LAST)
        typ = r.choices(types, tw)[0]
        pr = r.choices(["P1", "P2", "P3", "P4"], [1, 3, 6, 3])[0]
        ch = r.choices(["APP", "WEB", "PHN", "INS", "CLR"], [7, 5, 4, 6, 1])[0]
        insp_id = r.choice(active) if r.random() < 0.93 or rep < D(2025, 5, 1) else None
        depth = r.randint(20, 160) if typ in ("PH", "RUT") and insp_id else None
        age = (LAST - rep).days
        x = r.random()
        if age > 120:
            st = "FXD" if x < 0.75 else ("NFA" if x < 0.88 else ("DUP" if x < 0.95 else "OPN"))
        elif age > 30:
            st = "FXD" if x < 0.5 else ("SCH" if x < 0.7 else ("NFA" if x < 0.8 else "OPN"))
        else:
            st = "FXD" if x < 0.2 else ("SCH" if x < 0.45 else "OPN")
        if insp_id is None and st != "OPN":
            st = "OPN"
        fixed = None
        if st == "FXD":
            lag = {"P1": r.randint(0, 1), "P2": r.randint(1, 4), "P3": r.randint(5, 35), "P4": r.randint(20, 120)}[pr]
            f = rep + dt.timedelta(days=lag)
            fixed = min(f, LAST).isoformat()
        defects.append((i, r.choices(range(1, 61), road_w)[0], typ, pr, st, ch, rep, insp_id, depth, fixed))
    defects.sort(key=lambda d: d[6])
    defects = [(i + 1, *d[1:6], d[6].isoformat(), *d[7:]) for i, d in enumerate(defects)]
    insert(c, "defect", defects)
    ph = [d for d in defects if d[2] in ("PH", "RUT", "EDG") and d[6] < "2025-04-01"]
    picks = r.sample(ph, 42)
    claimants = full_names(r, 42, exclude=names)
    claims = []
    for i, d in enumerate(sorted(picks, key=lambda d: d[6]), 1):
        cd = D.fromisoformat(d[6]) + dt.timedelta(days=r.randint(3, 60))
        amt = round(r.uniform(80, 2400), 2)
        st = r.choices(["REC", "INV", "PAY", "REJ", "WDN"], [2, 3, 5, 5, 1])[0]
        if cd > D(2025, 5, 1) and st in ("PAY", "REJ"):
            st = "INV"
        paid = round(amt * r.choice([1, 1, 0.8, 0.6, 0.5]), 2) if st == "PAY" else None
        claims.append((i, d[0], claimants[i - 1], min(cd, LAST).isoformat(), amt, paid, st))
    insert(c, "claim", claims)
    done(c)


# --------------------------------------------------------------------------------------------- pipeleaks
def build_pipeleaks(path: Path) -> None:
    r = random.Random(8503)
    c = fresh_db(
        path,
        """
        CREATE TABLE dma (dma_id INTEGER PRIMARY KEY, dma_code TEXT NOT NULL, dma_name TEXT NOT NULL,
            area_km2 REAL, population INTEGER, target_night_flow_lps REAL);
        CREATE TABLE water_main (main_id INTEGER PRIMARY KEY, main_ref TEXT NOT NULL,
            dma_id INTEGER NOT NULL REFERENCES dma(dma_id), material TEXT, diameter_mm INTEGER, length_m REAL,
            laid_year INTEGER, op_pressure_bar REAL);
        CREATE TABLE technician (tech_id INTEGER PRIMARY KEY, tech_name TEXT NOT NULL, grade TEXT,
            start_date TEXT, mobile TEXT);
        CREATE TABLE leak (leak_id INTEGER PRIMARY KEY, main_id INTEGER NOT NULL REFERENCES water_main(main_id),
            found_date TEXT, method TEXT, est_loss_lps REAL, repaired_date TEXT, repair_cost_gbp REAL,
            dig_depth_m REAL);
        CREATE TABLE leak_visit (visit_id INTEGER PRIMARY KEY, leak_id INTEGER NOT NULL REFERENCES leak(leak_id),
            tech_id INTEGER NOT NULL REFERENCES technician(tech_id), visit_date TEXT, hours_on_site REAL);
        CREATE TABLE flow_reading (reading_id INTEGER PRIMARY KEY, dma_id INTEGER NOT NULL REFERENCES dma(dma_id),
            reading_month TEXT, min_night_flow_lps REAL, avg_pressure_bar REAL, supply_ml REAL);
        """,
    )
    dmas = []
    for i, p in enumerate(PLACES, 1):
        pop = r.randint(18, 140) * 100
        dmas.append(
            (
                i,
                f"DMA-{300 + i * 7}",
                p,
                round(r.uniform(1.2, 18.0), 1),
                pop,
                round(pop / 1000 * r.uniform(0.9, 1.6), 1),
            )
        )
    insert(c, "dma", dmas)
    mats = ["Cast iron", "Ductile iron", "PVC", "MDPE", "Asbestos cement"]
    laid = {
        "Cast iron": (1890, 1965),
        "Ductile iron": (1970, 2005),
        "PVC": (1968, 1995),
        "MDPE": (1990, 2022),
        "Asbestos cement": (1945, 1980),
    }
    mains = []
    for i in range(1, 201):
        m = r.choices(mats, [5, 3, 3, 4, 2])[0]
        dia = r.choice([63, 90, 100, 125, 150, 180, 225, 300])
        mains.append(
            (
                i,
                f"WM{1000 + i}",
                1 + (i * 11) % 30,
                m,
                dia,
                round(r.uniform(80, 2400), 1),
                r.randint(*laid[m]),
                round(r.uniform(2.0, 7.5), 1),
            )
        )
    insert(c, "water_main", mains)
    tn = full_names(r, 30)
    techs = []
    for i, n in enumerate(tn, 1):
        g = "Senior" if i <= 6 else ("Apprentice" if i > 24 else "Technician")
        sd = (
            day_between(r, D(2005, 1, 1), D(2022, 12, 31))
            if g != "Apprentice"
            else day_between(r, D(2023, 9, 1), D(2024, 9, 30))
        )
        techs.append(
            (i, n, g, sd.isoformat(), None if i % 7 == 3 else f"07{r.randint(700, 999)} {r.randint(100000, 999999)}")
        )
    insert(c, "technician", techs)
    leaks = []
    main_w = [{"Cast iron": 5, "Asbestos cement": 4, "PVC": 2, "Ductile iron": 2, "MDPE": 1}[m[3]] for m in mains]
    for _ in range(1, 301):
        f = day_between(r, START, LAST)
        meth = r.choices(
            ["Acoustic logger", "Customer report", "Step test", "Ground microphone", "Visual survey"], [6, 5, 2, 3, 2]
        )[0]
        loss = round(r.uniform(0.05, 3.5), 2)
        rep = None
        if ((LAST - f).days > 10 and r.random() < 0.88) or (LAST - f).days > 200:
            rep = min(f + dt.timedelta(days=r.randint(1, 40)), LAST)
        cost = round(r.uniform(450, 9800), 2) if rep else None
        depth = round(r.uniform(0.6, 2.4), 1) if rep and r.random() < 0.85 else None
        leaks.append((f, r.choices(range(1, 201), main_w)[0], meth, loss, rep, cost, depth))
    leaks.sort(key=lambda x: x[0])
    leaks = [
        (i + 1, x[1], x[0].isoformat(), x[2], x[3], x[4].isoformat() if x[4] else None, x[5], x[6])
        for i, x in enumerate(leaks)
    ]
    insert(c, "leak", leaks)
    visits = []
    tw = [r.randint(2, 9) for _ in range(30)]
    tw[28] = 0  # two apprentices never sent out
    tw[29] = 0
    tw[7] = 16
    for lk in leaks:
        if len(visits) >= 400:
            break
        n = 2 if lk[5] and r.random() < 0.3 else 1
        fd = D.fromisoformat(lk[2])
        for t in set(r.choices(range(1, 31), tw, k=n)):
            vd = min(fd + dt.timedelta(days=r.randint(0, 6)), LAST)
            visits.append((len(visits) + 1, lk[0], t, vd.isoformat(), round(r.randint(2, 20) * 0.5, 1)))
    insert(c, "leak_visit", visits)
    fr = []
    months = [D(2024, 6, 1)] + [D(2024 + (m // 12), m % 12 + 1, 1) for m in range(6, 17)]
    for d_ in dmas:
        for m in months:
            base = d_[5]
            mnf = round(base * r.uniform(0.85, 1.35) + (0.6 if d_[0] in (3, 14) else 0), 2)
            fr.append(
                (
                    len(fr) + 1,
                    d_[0],
                    m.isoformat(),
                    mnf,
                    round(r.uniform(2.2, 5.8), 2),
                    round(d_[4] * 0.0042 * r.uniform(0.9, 1.15), 2),
                )
            )
    insert(c, "flow_reading", fr)
    done(c)


# --------------------------------------------------------------------------------------------- socialhousing
def build_socialhousing(path: Path) -> None:
    r = random.Random(8504)
    c = fresh_db(
        path,
        """
        CREATE TABLE estates (estate_id INTEGER PRIMARY KEY, estate_name TEXT NOT NULL, ward TEXT,
            built_year INTEGER, housing_officer TEXT);
        CREATE TABLE properties (property_id INTEGER PRIMARY KEY,
            estate_id INTEGER NOT NULL REFERENCES estates(estate_id), address TEXT, property_type TEXT,
            bedrooms INTEGER, floor_level INTEGER);
        CREATE TABLE tenants (tenant_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, date_of_birth TEXT,
            phone TEXT, email TEXT);
        CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY,
            property_id INTEGER NOT NULL REFERENCES properties(property_id),
            tenant_id INTEGER NOT NULL REFERENCES tenants(tenant_id), tenancy_type TEXT, valid_from TEXT,
            valid_to TEXT);
        CREATE TABLE rents (rent_id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties(property_id),
            weekly_rent_gbp REAL, valid_from TEXT, valid_to TEXT);
        CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY,
            property_id INTEGER NOT NULL REFERENCES properties(property_id), reported_on TEXT, trade TEXT,
            priority TEXT, completed_on TEXT, cost_gbp REAL);
        """,
    )
    officers = ["Hannah Price", "Tom Bailey", "Rukhsana Begum", "Gareth Lloyd", "Siobhan Kelly"]
    est = []
    for i, p in enumerate(PLACES, 1):
        est.append((i, f"{p} Estate" if i % 4 else f"{p} Court", WARDS[i % 8], r.randint(1948, 2012), officers[i % 5]))
    insert(c, "estates", est)
    props = []
    streets = ["Walk", "House", "Close", "Gardens", "Row"]
    seen: set[str] = set()
    for i in range(1, 161):
        e = 1 + (i * 13) % 30
        t = r.choices(["flat", "maisonette", "house", "bungalow"], [6, 2, 4, 2])[0]
        beds = {
            "flat": r.choice([1, 1, 2, 2, 3]),
            "maisonette": r.choice([2, 3, 3]),
            "house": r.choice([2, 3, 3, 4, 5]),
            "bungalow": r.choice([1, 2]),
        }[t]
        fl = r.randint(0, 14) if t == "flat" else (r.randint(0, 6) if t == "maisonette" else None)
        addr = f"{r.randint(1, 90)} {PLACES[e - 1]} {streets[i % 5]}"
        while addr in seen:
            addr = f"{r.randint(1, 90)} {PLACES[e - 1]} {streets[i % 5]}"
        seen.add(addr)
        props.append((i, e, addr, t, beds, fl))
    insert(c, "properties", props)
    names = full_names(r, 200)
    tenants = []
    for i, n in enumerate(names, 1):
        dob = day_between(r, D(1940, 1, 1), D(2004, 12, 31))
        ph = None if r.random() < 0.15 else f"07{r.randint(700, 999)} {r.randint(100000, 999999)}"
        em = None if r.random() < 0.45 else f"{n.lower().replace(' ', '.')}@mail.example"
        tenants.append((i, n, dob.isoformat(), ph, em))
    insert(c, "tenants", tenants)
    # tenancies: each property has a current or past chain; 8 properties currently void
    tens = []
    tid_pool = list(range(1, 201))
    r.shuffle(tid_pool)
    void = set(r.sample(range(1, 161), 8))
    ti = 0
    for p in props:
        pid = p[0]
        chain = r.choice([1, 1, 1, 1, 2])
        if pid in void:
            chain = 1
        start = day_between(r, D(2008, 1, 1), D(2022, 6, 30))
        for k in range(chain):
            if ti >= len(tid_pool):
                break
            tenant = tid_pool[ti]
            ti += 1
            last = k == chain - 1
            if last and pid not in void:
                end = None
            else:
                end = day_between(r, max(start + dt.timedelta(days=200), D(2023, 1, 10)), D(2025, 5, 31))
            ttype = "secure" if start < D(2024, 6, 1) else "introductory"
            if r.random() < 0.08:
                ttype = "temporary"
            tens.append((len(tens) + 1, pid, tenant, ttype, start.isoformat(), end.isoformat() if end else None))
            if end:
                start = end + dt.timedelta(days=r.randint(7, 40))
                if start > LAST:
                    break
    insert(c, "tenancies", tens)
    rents = []
    for p in props:
        base = {"flat": 92, "maisonette": 104, "house": 118, "bungalow": 101}[p[3]] + p[4] * 9 + r.randint(0, 12)
        old = round(base + r.randint(0, 99) / 100, 2)
        new = round(old * 1.077, 2)
        rents.append((len(rents) + 1, p[0], old, "2024-04-01", "2025-03-31"))
        rents.append((len(rents) + 1, p[0], new, "2025-04-01", None))
    insert(c, "rents", rents)
    reps = []
    trades = ["plumbing", "electrical", "carpentry", "roofing", "damp and mould", "heating"]
    pw = [r.randint(1, 4) for _ in props]
    pw[41] = 12
    for _ in range(1, 351):
        rd = day_between(r, START, LAST)
        tr = r.choices(trades, [6, 3, 4, 2, 3, 4])[0]
        pr = r.choices(["emergency", "urgent", "routine"], [1, 3, 6])[0]
        lag = {"emergency": r.randint(0, 1), "urgent": r.randint(1, 10), "routine": r.randint(7, 90)}[pr]
        comp = rd + dt.timedelta(days=lag)
        if comp > LAST or (tr == "damp and mould" and r.random() < 0.2):
            comp = None
        cost = round(r.uniform(60, 2500 if tr != "roofing" else 6000), 2) if comp else None
        reps.append((rd, r.choices(range(1, 161), pw)[0], tr, pr, comp, cost))
    reps.sort(key=lambda x: x[0])
    insert(
        c,
        "repairs",
        [
            (i + 1, x[1], x[0].isoformat(), x[2], x[3], x[4].isoformat() if x[4] else None, x[5])
            for i, x in enumerate(reps)
        ],
    )
    done(c)


# --------------------------------------------------------------------------------------------- outagedw
def build_outagedw(path: Path) -> None:
    r = random.Random(8505)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_sk INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year_num INTEGER,
            quarter_num INTEGER, month_num INTEGER, month_name TEXT, day_name TEXT, is_weekend TEXT);
        CREATE TABLE dim_feeder (feeder_sk INTEGER PRIMARY KEY, feeder_code TEXT NOT NULL, substation_name TEXT,
            region TEXT, voltage_kv INTEGER, customers_connected INTEGER, is_overhead TEXT);
        CREATE TABLE dim_cause (cause_sk INTEGER PRIMARY KEY, cause_code TEXT NOT NULL, cause_desc TEXT,
            cause_group TEXT, is_planned TEXT);
        CREATE TABLE dim_crew (crew_sk INTEGER PRIMARY KEY, crew_code TEXT NOT NULL, depot TEXT, crew_leader TEXT,
            crew_size INTEGER);
        CREATE TABLE fact_outage (outage_sk INTEGER PRIMARY KEY, incident_no TEXT NOT NULL,
            start_date_sk INTEGER NOT NULL REFERENCES dim_date(date_sk),
            feeder_sk INTEGER NOT NULL REFERENCES dim_feeder(feeder_sk),
            cause_sk INTEGER NOT NULL REFERENCES dim_cause(cause_sk), crew_sk INTEGER REFERENCES dim_crew(crew_sk),
            customers_affected INTEGER, duration_min INTEGER, customer_minutes_lost INTEGER,
            compensation_gbp REAL);
        """,
    )
    regions = ["North", "South", "East", "West", "Central"]
    feeders = []
    for i in range(1, 61):
        ss = PLACES[(i * 7) % 30]
        kv = 33 if i % 6 == 0 else 11
        feeders.append(
            (
                i,
                f"FDR-{kv}-{100 + i}",
                f"{ss} Primary",
                regions[i % 5],
                kv,
                r.randint(40, 300) * 10 * (3 if kv == 33 else 1),
                "Y" if r.random() < 0.45 else "N",
            )
        )
    insert(c, "dim_feeder", feeders)
    causes = [
        ("WX-WIND", "High winds", "Weather"), ("WX-LGT", "Lightning strike", "Weather"), ("WX-SNOW", "Snow and ice", "Weather"),
        ("WX-FLD", "Flooding", "Weather"), ("WX-HEAT", "Extreme heat", "Weather"),
        ("EQ-CABLE", "Underground cable fault", "Equipment"), ("EQ-JOINT", "Cable joint failure", "Equipment"),
        ("EQ-TX", "Transformer failure", "Equipment"), ("EQ-SWG", "Switchgear failure", "Equipment"),
        ("EQ-FUSE", "Fuse operation", "Equipment"), ("EQ-INS", "Insulator failure", "Equipment"),
        ("EQ-CON", "Overhead conductor failure", "Equipment"), ("EQ-PROT", "Protection maloperation", "Equipment"),
        ("TP-DIG", "Cable struck by third-party excavation", "Third party"), ("TP-VEH", "Vehicle hit pole", "Third party"),
        ("TP-VAND", "Vandalism / metal theft", "Third party"), ("TP-KITE", "Kite or balloon contact", "Third party"),
        ("TP-FIRE", "Fire near equipment", "Third party"),
        ("WL-BIRD", "Bird contact", "Wildlife"), ("WL-SQRL", "Squirrel or rodent", "Wildlife"),
        ("VG-TREE", "Tree fell on line", "Vegetation"), ("VG-BRCH", "Branch contact", "Vegetation"),
        ("VG-GROW", "Vegetation growth contact", "Vegetation"),
        ("PL-MAINT", "Planned maintenance", "Planned"), ("PL-CONN", "New connection works", "Planned"),
        ("PL-REPL", "Asset replacement", "Planned"), ("PL-TREE", "Planned tree cutting", "Planned"),
        ("PL-TEST", "Protection testing", "Planned"),
        ("UN-UNK", "Cause not found", "Unknown"), ("UN-TRANS", "Transient fault, no cause found", "Unknown"),
    ]  # fmt: skip
    insert(c, "dim_cause", [(i, cc, d_, g, "Y" if g == "Planned" else "N") for i, (cc, d_, g) in enumerate(causes, 1)])
    depots = ["Ashford", "Bramley", "Caldwell", "Dunmore", "Eastleigh", "Fernhill"]
    leaders = full_names(r, 30)
    crews = [(i, f"CR{i:02d}", depots[i % 6], leaders[i - 1], r.randint(2, 6)) for i in range(1, 31)]
    insert(c, "dim_crew", crews)
    facts = []
    cause_w = [9, 3, 2, 2, 1, 8, 6, 4, 3, 6, 2, 3, 1, 4, 2, 2, 1, 1, 3, 2, 5, 4, 2, 5, 3, 2, 2, 1, 3, 4]
    days = set()
    fw = [r.randint(1, 5) for _ in feeders]
    fw[16] = 14
    for _ in range(1, 351):
        d_ = day_between(r, START, LAST)
        cs = r.choices(range(1, 31), cause_w)[0]
        f = r.choices(range(1, 61), fw)[0]
        cust = min(feeders[f - 1][5], r.randint(20, 2500))
        planned = causes[cs - 1][2] == "Planned"
        dur = (
            r.randint(120, 480)
            if planned
            else (r.randint(1, 4) if causes[cs - 1][2] == "Unknown" and r.random() < 0.5 else r.randint(12, 900))
        )
        crew = None if dur < 10 else r.randint(1, 30)
        comp = 0.0
        if not planned and dur >= 720:
            comp = round(cust * 95.0, 2)
        days.add(d_)
        facts.append((d_, f, cs, crew, cust, dur, comp))
    facts.sort(key=lambda x: x[0])
    rows = []
    for i, (d_, f, cs, crew, cust, dur, comp) in enumerate(facts, 1):
        rows.append((i, f"INC{d_.year}-{i:04d}", int(d_.strftime("%Y%m%d")), f, cs, crew, cust, dur, cust * dur, comp))
    dd = []
    for d_ in sorted(days):
        dd.append(
            (
                int(d_.strftime("%Y%m%d")),
                d_.isoformat(),
                d_.year,
                (d_.month - 1) // 3 + 1,
                d_.month,
                d_.strftime("%B"),
                d_.strftime("%A"),
                "Y" if d_.weekday() >= 5 else "N",
            )
        )
    insert(c, "dim_date", dd)
    insert(c, "fact_outage", rows)
    done(c)


# --------------------------------------------------------------------------------------------- civilregistry
def build_civilregistry(path: Path) -> None:
    r = random.Random(8506)
    c = fresh_db(
        path,
        """
        CREATE TABLE t_office (n_office_id INTEGER PRIMARY KEY, s_office_name TEXT NOT NULL, s_town TEXT,
            s_postcode TEXT, b_open INTEGER, n_ceremony_rooms INTEGER);
        CREATE TABLE t_registrar (n_registrar_id INTEGER PRIMARY KEY, s_first_name TEXT, s_last_name TEXT,
            n_office_id INTEGER NOT NULL REFERENCES t_office(n_office_id),
            n_manager_id INTEGER REFERENCES t_registrar(n_registrar_id), d_appointed TEXT, b_active INTEGER);
        CREATE TABLE t_birth (n_birth_id INTEGER PRIMARY KEY, s_child_forename TEXT, s_child_surname TEXT,
            d_birth TEXT, s_sex TEXT, n_weight_g INTEGER, n_office_id INTEGER NOT NULL REFERENCES t_office(n_office_id),
            n_registrar_id INTEGER NOT NULL REFERENCES t_registrar(n_registrar_id), d_registered TEXT);
        CREATE TABLE t_death (n_death_id INTEGER PRIMARY KEY, s_forename TEXT, s_surname TEXT, d_death TEXT,
            n_age_years INTEGER, b_coroner INTEGER, n_office_id INTEGER NOT NULL REFERENCES t_office(n_office_id),
            n_registrar_id INTEGER NOT NULL REFERENCES t_registrar(n_registrar_id), d_registered TEXT);
        CREATE TABLE t_marriage (n_marriage_id INTEGER PRIMARY KEY, s_party1 TEXT, s_party2 TEXT, d_ceremony TEXT,
            s_venue TEXT, b_civil_partnership INTEGER, n_office_id INTEGER NOT NULL REFERENCES t_office(n_office_id),
            n_registrar_id INTEGER NOT NULL REFERENCES t_registrar(n_registrar_id), n_fee_pence INTEGER);
        CREATE TABLE t_cert_order (n_order_id INTEGER PRIMARY KEY, s_applicant TEXT, s_event_type TEXT,
            d_ordered TEXT, d_dispatched TEXT, n_copies INTEGER, n_fee_pence INTEGER, b_priority INTEGER);
        """,
    )
    offices = []
    for i, p in enumerate(PLACES, 1):
        offices.append(
            (
                i,
                f"{p} Register Office",
                TOWNS[i % 8],
                f"ST{i % 19 + 1} {r.randint(1, 9)}{'ABDEFGHJ'[i % 8]}{'LNPQRSTU'[(i * 3) % 8]}",
                0 if i in (6, 13, 22, 29) else 1,
                r.randint(0, 4),
            )
        )
    insert(c, "t_office", offices)
    pool = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    r.shuffle(pool)
    regs = []
    # 1 superintendent, 5 deputy superintendents, 39 registrars
    for i in range(1, 46):
        fn, ln = pool[i - 1].split(" ")
        mgr = None if i == 1 else (1 if i <= 6 else 2 + (i % 5))
        office = 1 if i == 1 else r.choice([o for o in range(1, 31) if o not in (6, 13, 22, 29)])
        act = 0 if i in (9, 18, 27, 33, 41) else 1
        appt = day_between(r, D(2003, 1, 1), D(2024, 6, 30)) if i > 1 else D(2001, 9, 3)
        regs.append((i, fn, ln, office, mgr, appt.isoformat(), act))
    insert(c, "t_registrar", regs)
    active_regs = [x for x in regs if x[6] == 1 and x[0] > 1]
    births = []
    kids = [
        "Oliver",
        "Amelia",
        "Noah",
        "Isla",
        "George",
        "Ava",
        "Arthur",
        "Mia",
        "Leo",
        "Ivy",
        "Freddie",
        "Lily",
        "Theo",
        "Florence",
        "Oscar",
        "Grace",
        "Archie",
        "Sophia",
        "Henry",
        "Ella",
    ]
    for _ in range(1, 301):
        db = day_between(r, D(2023, 1, 1), D(2025, 6, 1))
        reg = db + dt.timedelta(days=r.randint(3, 38) if r.random() < 0.93 else r.randint(43, 70))
        if reg > LAST:
            reg = LAST
        k = r.randrange(20)
        rg = r.choice(active_regs)
        births.append(
            (
                db,
                kids[k],
                r.choice(FAMILY + LAST_NAMES),
                "M" if k % 2 == 0 else "F",
                None if r.random() < 0.1 else r.randint(2300, 4600),
                rg[3],
                rg[0],
                reg,
            )
        )
    births.sort(key=lambda x: x[7])
    insert(
        c,
        "t_birth",
        [(i + 1, b[1], b[2], b[0].isoformat(), b[3], b[4], b[5], b[6], b[7].isoformat()) for i, b in enumerate(births)],
    )
    deaths = []
    for _ in range(1, 251):
        dd = day_between(r, D(2023, 1, 1), D(2025, 6, 9))
        cor = 1 if r.random() < 0.18 else 0
        reg = dd + dt.timedelta(days=r.randint(1, 5) if not cor else r.randint(8, 60))
        if reg > LAST:
            reg = LAST
        rg = r.choice(active_regs)
        deaths.append((dd, r.choice(FIRST_NAMES), r.choice(LAST_NAMES), r.randint(41, 103), cor, rg[3], rg[0], reg))
    deaths.sort(key=lambda x: x[7])
    insert(
        c,
        "t_death",
        [(i + 1, x[1], x[2], x[0].isoformat(), x[3], x[4], x[5], x[6], x[7].isoformat()) for i, x in enumerate(deaths)],
    )
    venues = [
        "Register office",
        "Register office",
        "Ashgrove Hall",
        "The Old Mill",
        "Kingsmead Manor",
        "Riverside Hotel",
        "Stonebridge Barn",
        "Town Hall Ballroom",
    ]
    mar = []
    for _ in range(1, 151):
        d_ = day_between(r, D(2023, 1, 1), LAST)
        cp = 1 if r.random() < 0.12 else 0
        v = r.choice(venues)
        rg = r.choice(active_regs)
        fee = (4600 if d_.weekday() < 5 else 12500) if v == "Register office" else r.choice([52000, 58500, 61000])
        mar.append(
            (
                d_,
                f"{r.choice(GIVEN)} {r.choice(FAMILY)}",
                f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}",
                v,
                cp,
                rg[3],
                rg[0],
                fee,
            )
        )
    mar.sort(key=lambda x: x[0])
    insert(
        c,
        "t_marriage",
        [(i + 1, m[1], m[2], m[0].isoformat(), m[3], m[4], m[5], m[6], m[7]) for i, m in enumerate(mar)],
    )
    orders = []
    apps = full_names(r, 200)
    for i in range(1, 201):
        od = day_between(r, START, LAST)
        pri = 1 if r.random() < 0.2 else 0
        sent = od + dt.timedelta(days=r.randint(1, 2) if pri else r.randint(3, 15))
        copies = r.choices([1, 2, 3, 4], [10, 4, 2, 1])[0]
        orders.append(
            (
                od,
                apps[i - 1],
                r.choices(["BIRTH", "DEATH", "MARRIAGE"], [5, 3, 2])[0],
                None if sent > LAST else sent.isoformat(),
                copies,
                copies * 1250 + (2250 if pri else 0),
                pri,
            )
        )
    orders.sort(key=lambda x: x[0])
    insert(
        c, "t_cert_order", [(i + 1, o[1], o[2], o[0].isoformat(), o[3], o[4], o[5], o[6]) for i, o in enumerate(orders)]
    )
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "cemeteries": build_cemeteries,
    "roaddefects": build_roaddefects,
    "pipeleaks": build_pipeleaks,
    "socialhousing": build_socialhousing,
    "outagedw": build_outagedw,
    "civilregistry": build_civilregistry,
}
