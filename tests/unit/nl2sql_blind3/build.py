"""Deterministic SQLite databases for a third blind NL→SQL evaluation.

Ten schemas from domains used nowhere else in the test corpora (airline crew
rostering, wind-farm telemetry, a hotel group, a retail pharmacy, a cinema chain,
a symphony orchestra, a zoo, a winery, a fire and rescue service and a clinical
trial sponsor), each in its own naming style: ALL CAPS abbreviations
(``CREW_NO``, ``BLK_MIN``), terse lower-case abbreviations with unix-epoch
timestamps, Hungarian prefixes (``strName``, ``dtmCheckIn``), ``t_`` tables with
``fld_`` columns, PascalCase tables with camelCase columns, mixed singular and
plural tables, coded values with lookup tables, table-prefixed columns
(``hvst_kg``), Title_Case with underscores and PascalCase columns with ``Cd``/``Dt``
suffixes.  Flags are 0/1 or 'Y'/'N', money is in cents, durations in seconds or
minutes.  The questions in ``questions.jsonl`` (reads) and ``writes.jsonl``
(change requests that must be refused) were written against these schemas
without looking at the offline translator or its output.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

GIVEN = [
    "Alma",
    "Bastian",
    "Carmen",
    "Dmitri",
    "Elif",
    "Florian",
    "Greta",
    "Hugo",
    "Ilse",
    "Jamal",
    "Kirsi",
    "Leon",
    "Mirela",
    "Noor",
    "Oskar",
    "Paula",
    "Quentin",
    "Rania",
    "Stefan",
    "Tove",
    "Umar",
    "Vera",
    "Wilhelm",
    "Xenia",
    "Yusuf",
    "Zofia",
]
FAMILY = [
    "Abbott",
    "Bauer",
    "Costa",
    "Dahl",
    "Engel",
    "Fischer",
    "Garcia",
    "Holm",
    "Iqbal",
    "Jovanovic",
    "Kowalski",
    "Lind",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Ramos",
    "Sato",
    "Toivonen",
    "Varga",
]
MALE = {
    "Bastian",
    "Dmitri",
    "Florian",
    "Hugo",
    "Jamal",
    "Leon",
    "Oskar",
    "Quentin",
    "Stefan",
    "Umar",
    "Wilhelm",
    "Yusuf",
}

D = dt.date
T = dt.datetime


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


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (given, family) pairs."""
    pairs = [(g, f) for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_crew(path: Path) -> None:
    """ALL CAPS abbreviations (``CREW_MBR``, ``FLT``, ``BLK_MIN``, ``SUPV_CREW_NO``), rank and aircraft type codes
    with lookup tables, 'Y'/'N' flags, sex 'M'/'F', a crew-to-type qualification link table, a supervisor
    self-reference, block time in minutes."""
    r = random.Random(301)
    c = _db(
        path,
        """
        CREATE TABLE RANK_CD(RANK_CD TEXT PRIMARY KEY, RANK_DESC TEXT NOT NULL, COCKPIT_FLG TEXT);
        CREATE TABLE BASE_APT(APT_CD TEXT PRIMARY KEY, APT_NM TEXT NOT NULL, CTRY_CD TEXT);
        CREATE TABLE ACFT_TYP(TYP_CD TEXT PRIMARY KEY, TYP_DESC TEXT NOT NULL, SEAT_CNT INTEGER);
        CREATE TABLE CREW_MBR(CREW_NO INTEGER PRIMARY KEY, CREW_NM TEXT NOT NULL,
            RANK_CD TEXT REFERENCES RANK_CD(RANK_CD), HOME_BASE_CD TEXT REFERENCES BASE_APT(APT_CD),
            SEX_CD TEXT, HIRE_DT TEXT, SUPV_CREW_NO INTEGER REFERENCES CREW_MBR(CREW_NO), ACTV_FLG TEXT);
        CREATE TABLE CREW_QUAL(CREW_NO INTEGER REFERENCES CREW_MBR(CREW_NO), TYP_CD TEXT REFERENCES ACFT_TYP(TYP_CD),
            QUAL_DT TEXT, EXP_DT TEXT, PRIMARY KEY(CREW_NO, TYP_CD));
        CREATE TABLE FLT(FLT_ID INTEGER PRIMARY KEY, FLT_NBR TEXT, DEP_APT_CD TEXT REFERENCES BASE_APT(APT_CD),
            ARR_APT_CD TEXT REFERENCES BASE_APT(APT_CD), SCHED_DEP_TS TEXT, BLK_MIN INTEGER,
            TYP_CD TEXT REFERENCES ACFT_TYP(TYP_CD), CNCL_FLG TEXT);
        CREATE TABLE DUTY_ASGN(ASGN_ID INTEGER PRIMARY KEY, FLT_ID INTEGER REFERENCES FLT(FLT_ID),
            CREW_NO INTEGER REFERENCES CREW_MBR(CREW_NO), DUTY_ROLE_CD TEXT, DEADHEAD_FLG TEXT);
    """,
    )
    _ins(
        c,
        "RANK_CD",
        [
            ("CPT", "Captain", "Y"),
            ("FO", "First Officer", "Y"),
            ("PUR", "Purser", "N"),
            ("FA", "Flight Attendant", "N"),
        ],
    )
    apts = [
        ("OSL", "Oslo Gardermoen", "NO"),
        ("CPH", "Copenhagen Kastrup", "DK"),
        ("ARN", "Stockholm Arlanda", "SE"),
        ("HEL", "Helsinki Vantaa", "FI"),
        ("KEF", "Reykjavik Keflavik", "IS"),
        ("BGO", "Bergen Flesland", "NO"),
        ("GOT", "Gothenburg Landvetter", "SE"),
        ("AMS", "Amsterdam Schiphol", "NL"),
    ]
    _ins(c, "BASE_APT", apts)
    types = [
        ("A320", "Airbus A320neo", 180),
        ("A321", "Airbus A321LR", 206),
        ("B738", "Boeing 737-800", 186),
        ("E195", "Embraer E195-E2", 132),
        ("AT76", "ATR 72-600", 70),
        ("DH8D", "Dash 8 Q400", 78),
    ]
    _ins(c, "ACFT_TYP", types)
    bases = ["OSL", "OSL", "OSL", "CPH", "CPH", "ARN", "ARN", "HEL", "KEF", "BGO", "GOT", "AMS"]
    people = _people(r, 320)
    crew = []
    for i, (g, f) in enumerate(people, start=1):
        rank = "CPT" if i <= 50 else "FO" if i <= 120 else "PUR" if i <= 160 else "FA"
        supv = None if i <= 6 else r.randint(1, 6) if i <= 50 else r.randint(7, 50) if i <= 160 else r.randint(121, 160)
        hire = D(1990, 3, 1) + dt.timedelta(days=(i * 97 + r.randrange(60)) % 12000 + i)
        crew.append(
            (
                i,
                f"{g} {f}",
                rank,
                r.choice(bases),
                "M" if g in MALE else "F",
                hire.isoformat(),
                supv,
                "N" if r.random() < 0.09 else "Y",
            )
        )
    _ins(c, "CREW_MBR", crew)
    quals = []
    for cn in range(1, 121):
        if cn % 17 == 0:
            continue
        for t in r.sample([t[0] for t in types], r.choice([1, 1, 2, 2, 3])):
            q = _day(r, D(2015, 1, 1), 3500)
            quals.append((cn, t, q.isoformat(), (q + dt.timedelta(days=r.randint(700, 4000))).isoformat()))
    for cn in range(121, 321):
        if cn % 23 == 0:
            continue
        t = r.choice([t[0] for t in types])
        q = _day(r, D(2016, 1, 1), 3000)
        quals.append((cn, t, q.isoformat(), (q + dt.timedelta(days=r.randint(900, 3600))).isoformat()))
    _ins(c, "CREW_QUAL", quals)
    blk = {
        "A320": (90, 260),
        "A321": (150, 420),
        "B738": (80, 250),
        "E195": (60, 150),
        "AT76": (40, 100),
        "DH8D": (45, 110),
    }
    flts, asg = [], []
    for i in range(1, 501):
        dep, arr = r.sample([a[0] for a in apts], 2)
        t = r.choice([t[0] for t in types])
        ts = _ts(r, T(2023, 7, 1, 5), 715 * 1440)
        flts.append(
            (
                i,
                f"NX{100 + r.randrange(900)}",
                dep,
                arr,
                ts.strftime("%Y-%m-%d %H:%M"),
                r.randint(*blk[t]) + i % 7,
                t,
                "Y" if r.random() < 0.06 else "N",
            )
        )
        cpt, fo = r.randint(1, 50), r.randint(51, 120)
        cab = r.sample(range(121, 321), 2)
        for cn, role in ((cpt, "PIC"), (fo, "SIC"), (cab[0], "CAB"), (cab[1], "CAB")):
            asg.append((len(asg) + 1, i, cn, role, "Y" if r.random() < 0.05 else "N"))
    _ins(c, "FLT", flts)
    _ins(c, "DUTY_ASGN", asg)
    _done(c)


EPOCH_2022 = 1640995200  # 2022-01-01 00:00:00 UTC


def build_windfarm(path: Path) -> None:
    """Terse lower-case abbreviations (``wtg``, ``wf``, ``flt_evt``, ``ws_ms``, ``pwr_kw``, ``dur_s``), every
    timestamp a unix epoch integer, a fault code lookup, status 'A'/'I', fault durations in seconds, work order
    costs in cents and a NULL close time for open work orders."""
    r = random.Random(302)
    c = _db(
        path,
        """
        CREATE TABLE wf(wf_id INTEGER PRIMARY KEY, wf_nm TEXT NOT NULL, rgn_cd TEXT, offshore_flg INTEGER,
            comm_yr INTEGER);
        CREATE TABLE oem(oem_cd TEXT PRIMARY KEY, oem_nm TEXT NOT NULL);
        CREATE TABLE wtg(wtg_id INTEGER PRIMARY KEY, wf_id INTEGER REFERENCES wf(wf_id), wtg_tag TEXT,
            oem_cd TEXT REFERENCES oem(oem_cd), rated_kw INTEGER, hub_ht_m REAL, comm_ts INTEGER, stat_cd TEXT);
        CREATE TABLE flt_cd(flt_cd TEXT PRIMARY KEY, flt_desc TEXT NOT NULL, sev_nbr INTEGER);
        CREATE TABLE flt_evt(evt_id INTEGER PRIMARY KEY, wtg_id INTEGER REFERENCES wtg(wtg_id),
            flt_cd TEXT REFERENCES flt_cd(flt_cd), start_ts INTEGER, dur_s INTEGER, auto_rst_flg INTEGER);
        CREATE TABLE scada(rec_id INTEGER PRIMARY KEY, wtg_id INTEGER REFERENCES wtg(wtg_id), ts INTEGER,
            ws_ms REAL, pwr_kw REAL, avail_flg INTEGER);
        CREATE TABLE wo(wo_id INTEGER PRIMARY KEY, wtg_id INTEGER REFERENCES wtg(wtg_id), open_ts INTEGER,
            close_ts INTEGER, cost_amt INTEGER, tech_nm TEXT);
    """,
    )
    farms = [
        (1, "Hollandse Kust", "NL", 1, 2016),
        (2, "Gode Wind", "DE", 1, 2018),
        (3, "Fosen Storheia", "NO", 0, 2019),
        (4, "Whitelee", "UK", 0, 2009),
        (5, "Markbygden", "SE", 0, 2012),
        (6, "Horns Rev", "DK", 1, 2010),
    ]
    _ins(c, "wf", farms)
    _ins(c, "oem", [("VES", "Vestas"), ("SGRE", "Siemens Gamesa"), ("NDX", "Nordex"), ("ENR", "Enercon")])
    tag = {1: "HKN", 2: "GDW", 3: "FOS", 4: "WHL", 5: "MBY", 6: "HRV"}
    n_per = {1: 28, 2: 24, 3: 18, 4: 22, 5: 26, 6: 14}
    wtgs = []
    for f, n in n_per.items():
        yr = farms[f - 1][4]
        oem = r.choice(["VES", "SGRE", "NDX", "ENR"])
        for k in range(1, n + 1):
            wid = len(wtgs) + 1
            comm = int(T(yr, 1, 1).replace(tzinfo=dt.UTC).timestamp()) + r.randrange(300) * 86400
            wtgs.append(
                (
                    wid,
                    f,
                    f"{tag[f]}-{k:02d}",
                    oem if k % 5 else r.choice(["VES", "NDX"]),
                    r.choice([2300, 3000, 3600, 4200, 6000, 8000]),
                    round(r.uniform(78, 140), 1) + wid / 1000,
                    comm,
                    "I" if r.random() < 0.08 else "A",
                )
            )
    _ins(c, "wtg", wtgs)
    codes = [
        ("GBX-T", "Gearbox over-temperature", 3),
        ("PITCH", "Pitch system fault", 2),
        ("YAW", "Yaw misalignment", 1),
        ("GRID", "Grid loss", 2),
        ("CONV", "Converter trip", 3),
        ("ICE", "Blade icing", 1),
        ("VIB", "Excessive vibration", 3),
        ("COMM", "Communication loss", 1),
    ]
    _ins(c, "flt_cd", codes)
    span = int((T(2025, 6, 14) - T(2022, 1, 1)).total_seconds())
    evts = []
    for i in range(1, 701):
        w = r.randint(1, 132)
        if w % 19 == 0:
            w += 1
        code = r.choice([x[0] for x in codes] + ["PITCH", "GRID", "COMM", "COMM"])
        evts.append(
            (
                i,
                w,
                code,
                EPOCH_2022 + r.randrange(span),
                r.randint(60, 9 * 3600) if code != "COMM" else r.randint(30, 3000),
                r.choice([0, 1, 1]),
            )
        )
    _ins(c, "flt_evt", evts)
    sc = []
    for i in range(1, 2001):
        ws = round(r.uniform(0.5, 24.0), 2)
        pw = 0.0 if ws < 3 or ws > 23 else round(min(1.0, ((ws - 3) / 9) ** 3) * 3600 * r.uniform(0.85, 1.0), 1)
        sc.append(
            (i, r.randint(1, 132), EPOCH_2022 + r.randrange(span) // 600 * 600, ws, pw, 0 if r.random() < 0.04 else 1)
        )
    _ins(c, "scada", sc)
    wos = []
    techs = [f"{g} {f}" for g, f in _people(r, 18)]
    for i in range(1, 301):
        op = EPOCH_2022 + r.randrange(span)
        cl = None if i % 13 == 0 else op + r.randint(3600, 20 * 86400)
        wos.append((i, r.randint(1, 132), op, cl, r.randint(15000, 2_500_000), r.choice(techs)))
    _ins(c, "wo", wos)
    _done(c)


def build_hotel(path: Path) -> None:
    """Hungarian prefixes (``tblGuest``, ``intGuestID``, ``strLastName``, ``dtmCheckIn``, ``bitVIP``), money in
    cents (``lngTotalCents``), a room type code lookup, status 'CANCELED' spelt the American way, and a rate
    history with a NULL ``dtmTo`` for the current rate."""
    r = random.Random(303)
    c = _db(
        path,
        """
        CREATE TABLE tblHotel(intHotelID INTEGER PRIMARY KEY, strHotelName TEXT NOT NULL, strCity TEXT,
            intStars INTEGER, dtmOpened TEXT);
        CREATE TABLE tblRoomType(strTypeCode TEXT PRIMARY KEY, strTypeDesc TEXT NOT NULL, intMaxGuests INTEGER);
        CREATE TABLE tblRoom(intRoomID INTEGER PRIMARY KEY, intHotelID INTEGER REFERENCES tblHotel(intHotelID),
            strRoomNo TEXT, strTypeCode TEXT REFERENCES tblRoomType(strTypeCode), intFloor INTEGER, bitSmoking INTEGER);
        CREATE TABLE tblGuest(intGuestID INTEGER PRIMARY KEY, strFirstName TEXT, strLastName TEXT, strCountry TEXT,
            strEmail TEXT, bitVIP INTEGER, dtmCreated TEXT);
        CREATE TABLE tblReservation(intResID INTEGER PRIMARY KEY, intGuestID INTEGER REFERENCES tblGuest(intGuestID),
            intRoomID INTEGER REFERENCES tblRoom(intRoomID), dtmBooked TEXT, dtmCheckIn TEXT, dtmCheckOut TEXT,
            intAdults INTEGER, lngTotalCents INTEGER, strStatus TEXT);
        CREATE TABLE tblRateHist(intRateID INTEGER PRIMARY KEY, intHotelID INTEGER REFERENCES tblHotel(intHotelID),
            strTypeCode TEXT REFERENCES tblRoomType(strTypeCode), lngNightlyCents INTEGER, dtmFrom TEXT, dtmTo TEXT);
    """,
    )
    hotels = [
        (1, "Harbour View Lisbon", "Lisbon", 4, "2004-05-01"),
        (2, "Alfama Boutique", "Lisbon", 5, "2016-03-12"),
        (3, "Porto Riverside", "Porto", 4, "2009-07-20"),
        (4, "Faro Marina Inn", "Faro", 3, "1998-06-01"),
        (5, "Madrid Gran Via Suites", "Madrid", 5, "2012-09-15"),
        (6, "Sevilla Patio", "Seville", 3, "2001-04-02"),
        (7, "Valencia Beach House", "Valencia", 4, "2019-02-28"),
        (8, "Bilbao Ria", "Bilbao", 3, "2007-11-11"),
    ]
    _ins(c, "tblHotel", hotels)
    rtypes = [
        ("STD", "Standard double", 2),
        ("TWN", "Twin", 2),
        ("SUP", "Superior", 3),
        ("FAM", "Family room", 4),
        ("STE", "Suite", 4),
    ]
    _ins(c, "tblRoomType", rtypes)
    rooms = []
    base_rate = {"STD": 9000, "TWN": 9500, "SUP": 13000, "FAM": 16000, "STE": 28000}
    for h, n in zip(range(1, 9), [60, 35, 55, 40, 70, 30, 45, 40], strict=True):
        for k in range(n):
            fl = 1 + k // 12
            t = r.choice(["STD"] * 5 + ["TWN"] * 3 + ["SUP"] * 2 + ["FAM", "STE"])
            rooms.append((len(rooms) + 1, h, f"{fl}{k % 12 + 1:02d}", t, fl, 1 if r.random() < 0.07 else 0))
    _ins(c, "tblRoom", rooms)
    countries = (
        ["Portugal"] * 4
        + ["Spain"] * 4
        + ["Germany"] * 3
        + ["France"] * 3
        + ["United Kingdom"] * 3
        + ["United States", "Netherlands", "Italy", "Brazil", "Japan"]
    )
    guests = []
    for i, (g, f) in enumerate(_people(r, 420), start=1):
        guests.append(
            (
                i,
                g,
                f,
                r.choice(countries),
                f"{g.lower()}.{f.lower()}{i}@example.com",
                1 if r.random() < 0.06 else 0,
                _day(r, D(2019, 1, 1), 2300).isoformat(),
            )
        )
    _ins(c, "tblGuest", guests)
    rates = []
    for h in range(1, 9):
        mult = hotels[h - 1][3] / 4
        for t, b in base_rate.items():
            start = D(2022, 1, 1)
            for step, to in enumerate([D(2023, 4, 1), D(2024, 4, 1), None]):
                rates.append(
                    (
                        len(rates) + 1,
                        h,
                        t,
                        int(b * mult * (1 + 0.06 * step)) + h * 100,
                        start.isoformat(),
                        None if to is None else to.isoformat(),
                    )
                )
                start = to or start
    _ins(c, "tblRateHist", rates)
    res = []
    for i in range(1, 1801):
        gid = r.randint(1, 400)
        room = r.choice(rooms)
        ci = _day(r, D(2023, 1, 1), 1000)
        nights = r.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 7, 10])
        booked = ci - dt.timedelta(days=r.randint(1, 120))
        if ci > D(2025, 6, 14):
            st = r.choice(["CONFIRMED"] * 6 + ["CANCELED"])
        else:
            st = r.choice(["COMPLETED"] * 15 + ["CANCELED"] * 2 + ["NOSHOW"])
        total = nights * int(base_rate[room[3]] * hotels[room[1] - 1][3] / 4 * r.uniform(0.85, 1.25))
        res.append(
            (
                i,
                gid,
                room[0],
                booked.isoformat(),
                ci.isoformat(),
                (ci + dt.timedelta(days=nights)).isoformat(),
                r.randint(1, 2),
                total,
                st,
            )
        )
    _ins(c, "tblReservation", res)
    _done(c)


def build_pharmacy(path: Path) -> None:
    """``t_`` tables with ``fld_`` columns, a dosage form code lookup, sex 'M'/'F', patient status 'A'/'I', a
    'Y'/'N' controlled-substance flag, costs and co-pays in cents, prescriptions that were never filled."""
    r = random.Random(304)
    c = _db(
        path,
        """
        CREATE TABLE t_dosage_form(fld_form_cd TEXT PRIMARY KEY, fld_form_desc TEXT NOT NULL);
        CREATE TABLE t_drug(fld_drug_id INTEGER PRIMARY KEY, fld_drug_name TEXT NOT NULL,
            fld_form_cd TEXT REFERENCES t_dosage_form(fld_form_cd), fld_strength_mg REAL, fld_controlled_flg TEXT,
            fld_unit_cost_cents INTEGER);
        CREATE TABLE t_prescriber(fld_prescriber_id INTEGER PRIMARY KEY, fld_name TEXT NOT NULL, fld_specialty TEXT,
            fld_license_nbr TEXT);
        CREATE TABLE t_patient(fld_patient_id INTEGER PRIMARY KEY, fld_first_nm TEXT, fld_last_nm TEXT, fld_sex TEXT,
            fld_birth_dt TEXT, fld_status TEXT, fld_postcode TEXT);
        CREATE TABLE t_rx(fld_rx_id INTEGER PRIMARY KEY, fld_patient_id INTEGER REFERENCES t_patient(fld_patient_id),
            fld_prescriber_id INTEGER REFERENCES t_prescriber(fld_prescriber_id),
            fld_drug_id INTEGER REFERENCES t_drug(fld_drug_id), fld_written_dt TEXT, fld_qty INTEGER,
            fld_refills_allowed INTEGER);
        CREATE TABLE t_fill(fld_fill_id INTEGER PRIMARY KEY, fld_rx_id INTEGER REFERENCES t_rx(fld_rx_id),
            fld_fill_dt TEXT, fld_qty_dispensed INTEGER, fld_copay_cents INTEGER);
    """,
    )
    forms = [
        ("TAB", "Tablet"),
        ("CAP", "Capsule"),
        ("SYR", "Syrup"),
        ("INJ", "Injection"),
        ("CRM", "Cream"),
        ("INH", "Inhaler"),
    ]
    _ins(c, "t_dosage_form", forms)
    names = [
        "Amoxicillin",
        "Atorvastatin",
        "Metformin",
        "Lisinopril",
        "Omeprazole",
        "Sertraline",
        "Levothyroxine",
        "Amlodipine",
        "Salbutamol",
        "Ibuprofen",
        "Paracetamol",
        "Oxycodone",
        "Diazepam",
        "Tramadol",
        "Prednisolone",
        "Insulin glargine",
        "Hydrocortisone",
        "Cetirizine",
        "Warfarin",
        "Gabapentin",
        "Morphine",
        "Codeine",
        "Fluoxetine",
        "Simvastatin",
        "Ramipril",
        "Bisoprolol",
        "Clopidogrel",
        "Azithromycin",
        "Doxycycline",
        "Montelukast",
    ]
    controlled = {"Oxycodone", "Diazepam", "Tramadol", "Morphine", "Codeine", "Gabapentin"}
    form_of = {
        "Salbutamol": ["INH"],
        "Insulin glargine": ["INJ"],
        "Hydrocortisone": ["CRM", "TAB"],
        "Amoxicillin": ["CAP", "SYR"],
        "Paracetamol": ["TAB", "SYR"],
        "Ibuprofen": ["TAB", "SYR", "CRM"],
        "Morphine": ["TAB", "INJ", "SYR"],
        "Cetirizine": ["TAB", "SYR"],
        "Omeprazole": ["CAP"],
    }
    drugs = []
    for nm in names:
        for form in form_of.get(nm, ["TAB", "CAP"] if nm in ("Fluoxetine", "Tramadol", "Gabapentin") else ["TAB"]):
            for mg in r.sample([5, 10, 20, 25, 40, 50, 100, 250, 500], r.choice([1, 2, 3])):
                drugs.append(
                    (
                        len(drugs) + 1,
                        f"{nm} {mg} mg {dict(forms)[form].lower()}",
                        form,
                        float(mg),
                        "Y" if nm in controlled else "N",
                        r.randint(4, 900) + len(drugs),
                    )
                )
    _ins(c, "t_drug", drugs)
    specs = ["General Practice"] * 6 + [
        "Cardiology",
        "Psychiatry",
        "Paediatrics",
        "Endocrinology",
        "Dermatology",
        "Respiratory Medicine",
    ]
    _ins(
        c,
        "t_prescriber",
        [
            (i, f"Dr {g} {f}", r.choice(specs), f"GMC{7000000 + i * 37}")
            for i, (g, f) in enumerate(_people(r, 110), start=1)
        ],
    )
    pats = []
    for i, (g, f) in enumerate(_people(r, 500) * 2, start=1):
        if i > 900:
            break
        pats.append(
            (
                i,
                g,
                f,
                "M" if g in MALE else "F",
                _day(r, D(1932, 1, 1), 33000).isoformat(),
                "I" if r.random() < 0.1 else "A",
                f"{r.choice(['LS', 'BD', 'HX', 'WF'])}{r.randint(1, 29)}",
            )
        )
    _ins(c, "t_patient", pats)
    rxs, fills = [], []
    for i in range(1, 1501):
        p = r.randint(1, 880)
        d = r.choice(drugs)
        w = _day(r, D(2023, 1, 1), 896)
        rxs.append(
            (
                i,
                p,
                r.randint(1, 110),
                d[0],
                w.isoformat(),
                r.choice([14, 28, 28, 30, 56, 60, 90]),
                r.choice([0, 0, 1, 2, 3, 5]),
            )
        )
        if r.random() < 0.12:
            continue
        fd = w + dt.timedelta(days=r.randint(0, 6))
        for _k in range(r.choice([1, 1, 1, 2])):
            if fd > D(2025, 6, 14) or len(fills) >= 2000:
                break
            fills.append((len(fills) + 1, i, fd.isoformat(), rxs[-1][5], r.choice([0, 0, 0, 990, 990, 1500, 2000])))
            fd += dt.timedelta(days=rxs[-1][5])
    _ins(c, "t_rx", rxs)
    _ins(c, "t_fill", fills)
    _done(c)


def build_cinema(path: Path) -> None:
    """PascalCase singular tables with camelCase columns (``Screening.startsAt``, ``Film.runtimeMin``), an
    ``isImax`` and ``isCancelled`` 0/1 flag, ticket prices in pence, a Film-Genre link table."""
    r = random.Random(305)
    c = _db(
        path,
        """
        CREATE TABLE Cinema(cinemaId INTEGER PRIMARY KEY, cinemaName TEXT NOT NULL, city TEXT, openedOn TEXT);
        CREATE TABLE Screen(screenId INTEGER PRIMARY KEY, cinemaId INTEGER REFERENCES Cinema(cinemaId),
            screenNumber INTEGER, seatCount INTEGER, isImax INTEGER);
        CREATE TABLE Film(filmId INTEGER PRIMARY KEY, title TEXT NOT NULL, releaseDate TEXT, runtimeMin INTEGER,
            ratingCode TEXT, distributor TEXT);
        CREATE TABLE Genre(genreId INTEGER PRIMARY KEY, genreName TEXT NOT NULL);
        CREATE TABLE FilmGenre(filmId INTEGER REFERENCES Film(filmId), genreId INTEGER REFERENCES Genre(genreId),
            PRIMARY KEY(filmId, genreId));
        CREATE TABLE Screening(screeningId INTEGER PRIMARY KEY, filmId INTEGER REFERENCES Film(filmId),
            screenId INTEGER REFERENCES Screen(screenId), startsAt TEXT, isCancelled INTEGER);
        CREATE TABLE TicketSale(saleId INTEGER PRIMARY KEY, screeningId INTEGER REFERENCES Screening(screeningId),
            ticketType TEXT, pricePence INTEGER, soldAt TEXT);
    """,
    )
    cinemas = [
        (1, "Electric Palace", "Leeds", "1998-10-02"),
        (2, "Northern Light", "Leeds", "2011-05-20"),
        (3, "Regent Picturehouse", "York", "1986-03-14"),
        (4, "Castle Screens", "Nottingham", "2004-08-01"),
        (5, "Dockside Cinema", "Bristol", "2015-11-27"),
        (6, "The Rotunda", "Bristol", "1979-02-09"),
        (7, "Quayside Movies", "Newcastle", "2008-06-30"),
        (8, "Moorland Film House", "Sheffield", "1993-12-03"),
        (9, "Lanes Cinema", "Brighton", "2019-04-12"),
        (10, "Cathedral Cinema", "Durham", "2001-09-21"),
    ]
    _ins(c, "Cinema", cinemas)
    screens = []
    for cid, n in zip(range(1, 11), [9, 6, 4, 8, 7, 3, 10, 5, 6, 4], strict=True):
        for k in range(1, n + 1):
            screens.append(
                (
                    len(screens) + 1,
                    cid,
                    k,
                    r.randint(40, 420) + len(screens),
                    1 if (k == 1 and cid in (1, 4, 5, 7)) else 0,
                )
            )
    _ins(c, "Screen", screens)
    genres = [
        "Action",
        "Comedy",
        "Drama",
        "Horror",
        "Science Fiction",
        "Animation",
        "Documentary",
        "Thriller",
        "Romance",
        "Family",
        "Musical",
        "Crime",
    ]
    _ins(c, "Genre", list(enumerate(genres, start=1)))
    w1 = [
        "Silent",
        "Crimson",
        "Last",
        "Hidden",
        "Golden",
        "Broken",
        "Distant",
        "Midnight",
        "Iron",
        "Paper",
        "Frozen",
        "Lucky",
        "Wild",
        "Quiet",
        "Electric",
    ]
    w2 = [
        "Harbour",
        "Orchard",
        "Signal",
        "Kingdom",
        "Letters",
        "Garden",
        "Horizon",
        "Circus",
        "Machine",
        "River",
        "Summer",
        "Voyage",
        "Witness",
        "Empire",
        "Lanterns",
    ]
    titles = [f"The {a} {b}" for a in w1 for b in w2]
    r.shuffle(titles)
    films, fg = [], []
    dists = ["Northfilm", "Bluebird Pictures", "Meridian", "Arcadia Releasing"]
    for i in range(1, 181):
        films.append(
            (
                i,
                titles[i - 1],
                _day(r, D(2019, 1, 1), 2350).isoformat(),
                78 + (i * 37) % 105,
                r.choice(["U", "PG", "12A", "12A", "15", "15", "18"]),
                r.choice(dists),
            )
        )
        for g in r.sample(range(1, 13), r.choice([1, 1, 2, 2, 3])):
            fg.append((i, g))
    films[-1] = (180, "Zephyr", "1927-05-01", 88, "U", "Meridian")
    _ins(c, "Film", films)
    _ins(c, "FilmGenre", fg)
    scr = []
    for i in range(1, 1601):
        f = r.randint(1, 170)
        rel = D.fromisoformat(films[f - 1][2])
        start = max(rel, D(2023, 1, 1))
        day = start + dt.timedelta(days=r.randrange(120))
        if day > D(2025, 7, 10):
            day = D(2025, 7, 10) - dt.timedelta(days=r.randrange(60))
        st = T(day.year, day.month, day.day, r.choice([11, 13, 15, 17, 18, 20, 21]), r.choice([0, 15, 30, 45]))
        scr.append((i, f, r.randint(1, len(screens)), st.strftime("%Y-%m-%d %H:%M"), 1 if r.random() < 0.04 else 0))
    _ins(c, "Screening", scr)
    price = {"ADULT": 1150, "CHILD": 750, "SENIOR": 850, "STUDENT": 900}
    sales = []
    ok = [s for s in scr if not s[4] and s[3] < "2025-06-15"]
    for i in range(1, 2001):
        s = r.choice(ok)
        tt = r.choice(["ADULT"] * 5 + ["CHILD"] * 2 + ["SENIOR"] * 2 + ["STUDENT"])
        sold = T.fromisoformat(s[3]) - dt.timedelta(minutes=r.randint(5, 9000))
        sales.append((i, s[0], tt, price[tt] + (250 if screens[s[2] - 1][4] else 0), sold.strftime("%Y-%m-%d %H:%M")))
    _ins(c, "TicketSale", sales)
    _done(c)


def build_orchestra(path: Path) -> None:
    """Mixed singular and plural table names (``musicians``, ``piece``, ``concerts``, ``venue``), a section code
    lookup, a 'Y'/'N' principal flag, ``left_on`` NULL for current members, piece durations in seconds, fees in
    cents, and two link tables (a concert's programme and its players)."""
    r = random.Random(306)
    c = _db(
        path,
        """
        CREATE TABLE section(section_cd TEXT PRIMARY KEY, section_name TEXT NOT NULL);
        CREATE TABLE musicians(musician_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, instrument TEXT,
            section_cd TEXT REFERENCES section(section_cd), principal_yn TEXT, joined_on TEXT, left_on TEXT);
        CREATE TABLE venue(venue_id INTEGER PRIMARY KEY, venue_name TEXT NOT NULL, city TEXT, capacity INTEGER);
        CREATE TABLE concerts(concert_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venue(venue_id),
            concert_date TEXT, title TEXT, conductor TEXT, tickets_sold INTEGER);
        CREATE TABLE piece(piece_id INTEGER PRIMARY KEY, title TEXT NOT NULL, composer TEXT, year_composed INTEGER,
            duration_sec INTEGER);
        CREATE TABLE programme_items(concert_id INTEGER REFERENCES concerts(concert_id),
            piece_id INTEGER REFERENCES piece(piece_id), running_order INTEGER, PRIMARY KEY(concert_id, piece_id));
        CREATE TABLE concert_players(concert_id INTEGER REFERENCES concerts(concert_id),
            musician_id INTEGER REFERENCES musicians(musician_id), fee_cents INTEGER,
            PRIMARY KEY(concert_id, musician_id));
    """,
    )
    _ins(
        c,
        "section",
        [
            ("STR", "Strings"),
            ("WW", "Woodwind"),
            ("BR", "Brass"),
            ("PERC", "Percussion"),
            ("KEY", "Keyboards and harp"),
        ],
    )
    inst = [
        ("Violin", "STR", 34),
        ("Viola", "STR", 12),
        ("Cello", "STR", 10),
        ("Double bass", "STR", 8),
        ("Flute", "WW", 4),
        ("Oboe", "WW", 4),
        ("Clarinet", "WW", 4),
        ("Bassoon", "WW", 4),
        ("Horn", "BR", 6),
        ("Trumpet", "BR", 4),
        ("Trombone", "BR", 4),
        ("Tuba", "BR", 2),
        ("Timpani", "PERC", 2),
        ("Percussion", "PERC", 4),
        ("Harp", "KEY", 2),
        ("Piano", "KEY", 2),
    ]
    mus = []
    people = _people(r, 140)
    for name, sec, n in inst:
        for k in range(n):
            g, f = people[len(mus)]
            j = _day(r, D(1995, 1, 1), 10500)
            left = None if r.random() < 0.85 else _day(r, j + dt.timedelta(days=200), 1500)
            if left is not None and left > D(2025, 6, 1):
                left = None
            mus.append(
                (
                    len(mus) + 1,
                    f"{g} {f}",
                    name,
                    sec,
                    "Y" if k == 0 else "N",
                    j.isoformat(),
                    None if left is None else left.isoformat(),
                )
            )
    _ins(c, "musicians", mus)
    venues = [
        (1, "Konzerthaus Hall", "Vienna", 1740),
        (2, "Musikverein Small Hall", "Vienna", 600),
        (3, "Stadtcasino", "Basel", 1500),
        (4, "Tonhalle", "Zurich", 1455),
        (5, "Philharmonie Studio", "Berlin", 420),
        (6, "Rudolfinum", "Prague", 1100),
        (7, "Palau de la Musica", "Barcelona", 2146),
        (8, "Concertgebouw Recital Room", "Amsterdam", 437),
        (9, "Laeiszhalle", "Hamburg", 2025),
        (10, "Gasteig Hall", "Munich", 1800),
        (11, "Cathedral of St Vitus", "Prague", 900),
        (12, "Festival Tent", "Salzburg", 2400),
    ]
    _ins(c, "venue", venues)
    comps = {
        "Brahms": 9,
        "Beethoven": 12,
        "Mozart": 14,
        "Mahler": 6,
        "Dvorak": 8,
        "Sibelius": 6,
        "Haydn": 10,
        "Tchaikovsky": 9,
        "Debussy": 7,
        "Shostakovich": 8,
        "Schubert": 9,
        "Bruckner": 4,
        "Ravel": 6,
        "Stravinsky": 5,
        "Saariaho": 4,
        "Bartok": 6,
        "Elgar": 5,
        "Strauss": 7,
    }
    kinds = ["Symphony No. {}", "Overture {}", "Serenade {}", "Concerto {}", "Suite {}", "Tone poem {}"]
    pieces = []
    for comp, n in comps.items():
        for k in range(1, n + 1):
            dur = r.randint(360, 3000) if comp not in ("Mahler", "Bruckner") else r.randint(2400, 5400)
            pieces.append(
                (
                    len(pieces) + 1,
                    kinds[(k + len(comp)) % 6].format(k),
                    comp,
                    r.randint(1760, 1990) if comp != "Saariaho" else r.randint(1985, 2020),
                    dur + len(pieces),
                )
            )
    _ins(c, "piece", pieces)
    conds = ["Ingrid Sommer", "Paavo Lehto", "Marta Kovac", "Julien Arnaud", "Keiko Mori"]
    concerts, prog, play = [], [], []
    for i in range(1, 221):
        v = r.choice(venues)
        d = _day(r, D(2022, 9, 1), 1100)
        sold = v[3] if r.random() < 0.18 else r.randint(v[3] // 3, v[3] - 1)
        if d > D(2025, 6, 14):
            sold = r.randint(0, v[3] // 2)
        concerts.append((i, v[0], d.isoformat(), f"Season concert {i}", r.choice(conds), sold))
        for o, p in enumerate(r.sample(range(1, len(pieces) - 6), r.choice([2, 3, 3, 4])), start=1):
            prog.append((i, p, o))
        cur = [m for m in mus if m[5] <= d.isoformat() and (m[6] is None or m[6] > d.isoformat())]
        for m in r.sample(cur, min(len(cur), 9)):
            play.append((i, m[0], r.choice([25000, 30000, 35000, 45000]) + (15000 if m[4] == "Y" else 0)))
    _ins(c, "concerts", concerts)
    _ins(c, "programme_items", prog)
    _ins(c, "concert_players", play)
    _done(c)


def build_zoo(path: Path) -> None:
    """Short coded values: taxon class codes with a lookup, IUCN codes ('EN', 'CR'), sex 'M'/'F'/'U', status
    'A' (on site) / 'T' (transferred out) / 'D' (deceased), a 'Y'/'N' indoor flag, a mother self-reference
    (``dam_id``), a status lookup, an enclosure history with ``to_dt`` NULL for the current enclosure, food quantities in kg."""
    r = random.Random(307)
    c = _db(
        path,
        """
        CREATE TABLE TAXON_CLASS(class_cd TEXT PRIMARY KEY, class_desc TEXT NOT NULL);
        CREATE TABLE species(spc_cd TEXT PRIMARY KEY, common_nm TEXT NOT NULL, latin_nm TEXT,
            class_cd TEXT REFERENCES TAXON_CLASS(class_cd), iucn_cd TEXT);
        CREATE TABLE animal_status(status TEXT PRIMARY KEY, status_desc TEXT NOT NULL);
        CREATE TABLE animal(animal_id INTEGER PRIMARY KEY, house_nm TEXT NOT NULL, spc_cd TEXT REFERENCES species(spc_cd),
            sex TEXT, birth_dt TEXT, dam_id INTEGER REFERENCES animal(animal_id),
            status TEXT REFERENCES animal_status(status), wt_kg REAL);
        CREATE TABLE enclosure(encl_id INTEGER PRIMARY KEY, encl_nm TEXT NOT NULL, zone TEXT, area_m2 INTEGER,
            indoor_yn TEXT);
        CREATE TABLE animal_encl_hist(hist_id INTEGER PRIMARY KEY, animal_id INTEGER REFERENCES animal(animal_id),
            encl_id INTEGER REFERENCES enclosure(encl_id), from_dt TEXT, to_dt TEXT);
        CREATE TABLE keeper(keeper_id INTEGER PRIMARY KEY, keeper_nm TEXT NOT NULL, hired_dt TEXT);
        CREATE TABLE feeding(feed_id INTEGER PRIMARY KEY, animal_id INTEGER REFERENCES animal(animal_id),
            keeper_id INTEGER REFERENCES keeper(keeper_id), feed_dt TEXT, food_cd TEXT, qty_kg REAL);
    """,
    )
    _ins(c, "animal_status", [("A", "On site"), ("T", "Transferred out"), ("D", "Deceased")])
    _ins(
        c,
        "TAXON_CLASS",
        [("MAM", "Mammal"), ("BIR", "Bird"), ("REP", "Reptile"), ("AMP", "Amphibian"), ("FSH", "Fish")],
    )
    spc = [
        ("LION", "African lion", "Panthera leo", "MAM", "VU", 190.0),
        ("TIGR", "Sumatran tiger", "Panthera tigris", "MAM", "CR", 110.0),
        ("GIRA", "Reticulated giraffe", "Giraffa reticulata", "MAM", "EN", 900.0),
        ("ELEP", "Asian elephant", "Elephas maximus", "MAM", "EN", 3500.0),
        ("MEER", "Meerkat", "Suricata suricatta", "MAM", "LC", 0.8),
        ("RPAN", "Red panda", "Ailurus fulgens", "MAM", "EN", 5.0),
        ("LEMR", "Ring-tailed lemur", "Lemur catta", "MAM", "EN", 2.3),
        ("OKAP", "Okapi", "Okapia johnstoni", "MAM", "EN", 250.0),
        ("CAPY", "Capybara", "Hydrochoerus hydrochaeris", "MAM", "LC", 50.0),
        ("FLAM", "Chilean flamingo", "Phoenicopterus chilensis", "BIR", "NT", 2.8),
        ("PENG", "Humboldt penguin", "Spheniscus humboldti", "BIR", "VU", 4.2),
        ("MACW", "Blue-throated macaw", "Ara glaucogularis", "BIR", "CR", 0.75),
        ("OWL", "Snowy owl", "Bubo scandiacus", "BIR", "VU", 2.0),
        ("KOMO", "Komodo dragon", "Varanus komodoensis", "REP", "EN", 70.0),
        ("TORT", "Aldabra giant tortoise", "Aldabrachelys gigantea", "REP", "VU", 230.0),
        ("PYTH", "Burmese python", "Python bivittatus", "REP", "VU", 60.0),
        ("AXOL", "Axolotl", "Ambystoma mexicanum", "AMP", "CR", 0.2),
        ("PFRG", "Golden poison frog", "Phyllobates terribilis", "AMP", "EN", 0.03),
        ("CLWN", "Clownfish", "Amphiprion ocellaris", "FSH", "LC", 0.02),
        ("STNG", "Southern stingray", "Hypanus americanus", "FSH", "DD", 25.0),
    ]
    _ins(c, "species", [s[:5] for s in spc])
    counts = {
        "LION": 9,
        "TIGR": 6,
        "GIRA": 10,
        "ELEP": 7,
        "MEER": 40,
        "RPAN": 8,
        "LEMR": 30,
        "OKAP": 5,
        "CAPY": 14,
        "FLAM": 60,
        "PENG": 45,
        "MACW": 12,
        "OWL": 6,
        "KOMO": 4,
        "TORT": 6,
        "PYTH": 5,
        "AXOL": 40,
        "PFRG": 35,
        "CLWN": 50,
        "STNG": 8,
    }
    pet = [
        "Asha",
        "Bongo",
        "Cleo",
        "Dante",
        "Echo",
        "Fig",
        "Gizmo",
        "Hazel",
        "Indigo",
        "Juno",
        "Kiwi",
        "Luna",
        "Mango",
        "Nala",
        "Orbit",
        "Pip",
        "Quill",
        "Rumi",
        "Saffron",
        "Tango",
        "Umber",
        "Vesper",
        "Wren",
        "Yuki",
        "Ziggy",
    ]
    animals = []
    wt = {s[0]: s[5] for s in spc}
    for sp, n in counts.items():
        first = len(animals)
        for k in range(n):
            aid = len(animals) + 1
            dam = None
            if k >= 3:
                mothers = [a for a in animals[first:] if a[3] == "F"]
                if mothers and r.random() < 0.6:
                    dam = r.choice(mothers)[0]
            birth = _day(r, D(1990 if sp in ("TORT", "ELEP") else 2005, 1, 1), 7000 if sp != "TORT" else 9000)
            if dam is not None:
                birth = max(birth, D.fromisoformat(animals[dam - 1][4]) + dt.timedelta(days=900))
                birth = min(birth, D(2025, 5, 1))
            sex = r.choice(["M", "F", "F"]) if sp not in ("CLWN", "AXOL", "PFRG") else r.choice(["M", "F", "U", "U"])
            st = r.choice(["A"] * 12 + ["T", "D"])
            animals.append(
                (
                    aid,
                    f"{pet[(aid * 7) % 25]} {aid}",
                    sp,
                    sex,
                    birth.isoformat(),
                    dam,
                    st,
                    round(wt[sp] * r.uniform(0.7, 1.3), 3) + aid / 100000,
                )
            )
    _ins(c, "animal", animals)
    zones = ["Savannah", "Asia", "Tropical House", "Aquarium", "Aviary", "Children's Farm"]
    home = {
        "LION": 0,
        "GIRA": 0,
        "MEER": 0,
        "OKAP": 0,
        "TIGR": 1,
        "ELEP": 1,
        "RPAN": 1,
        "LEMR": 2,
        "KOMO": 2,
        "PYTH": 2,
        "AXOL": 2,
        "PFRG": 2,
        "TORT": 2,
        "CLWN": 3,
        "STNG": 3,
        "PENG": 3,
        "FLAM": 4,
        "MACW": 4,
        "OWL": 4,
        "CAPY": 5,
    }
    encl = []
    for zi, z in enumerate(zones):
        for k in range(1, 8):
            encl.append((len(encl) + 1, f"{z} {k}", z, r.randint(20, 9000), "Y" if zi in (2, 3) or k > 5 else "N"))
    _ins(c, "enclosure", encl)
    hist = []
    for a in animals:
        opts = [e[0] for e in encl if e[2] == zones[home[a[2]]]]
        d = D.fromisoformat(a[4])
        for step in range(r.choice([1, 1, 2, 3])):
            nxt = d + dt.timedelta(days=r.randint(200, 2000))
            last = step == 2 or nxt > D(2025, 6, 1) or r.random() < 0.4
            to = None if last and a[6] == "A" else (nxt if not last else min(nxt, D(2025, 6, 1)))
            hist.append((len(hist) + 1, a[0], r.choice(opts), d.isoformat(), None if to is None else to.isoformat()))
            if last:
                break
            d = nxt
    _ins(c, "animal_encl_hist", hist)
    keepers = [
        (i, f"{g} {f}", _day(r, D(2000, 1, 1), 8500).isoformat()) for i, (g, f) in enumerate(_people(r, 24), start=1)
    ]
    _ins(c, "keeper", keepers)
    feeds = []
    alive = [a for a in animals if a[6] == "A" and a[2] not in ("CLWN",)]
    food = {
        "MAM": ["MEAT", "HAY", "FRUIT", "VEG"],
        "BIR": ["FISH", "SEED", "PELLET"],
        "REP": ["MEAT", "RODENT", "VEG"],
        "AMP": ["INSECT"],
        "FSH": ["FISH"],
    }
    cls = {s[0]: s[3] for s in spc}
    for i in range(1, 2001):
        a = r.choice(alive)
        f = r.choice(food[cls[a[2]]])
        feeds.append(
            (
                i,
                a[0],
                r.randint(1, 22),
                _day(r, D(2023, 6, 1), 745).isoformat(),
                f,
                round(max(0.01, a[7] * r.uniform(0.01, 0.04)), 2),
            )
        )
    _ins(c, "feeding", feeds)
    _done(c)


def build_winery(path: Path) -> None:
    """Abbreviated tables whose columns carry the table's prefix (``blk_vyd_id``, ``hvst_kg``, ``brl_oak_cd``),
    a grape colour code 'R'/'W', an organic flag 0/1, bottle prices in cents, harvest weight in kg, and a
    wine-to-block blend link table."""
    r = random.Random(308)
    c = _db(
        path,
        """
        CREATE TABLE vyd(vyd_id INTEGER PRIMARY KEY, vyd_nm TEXT NOT NULL, vyd_rgn TEXT, vyd_ha REAL, vyd_org_flg INTEGER);
        CREATE TABLE vrt(vrt_cd TEXT PRIMARY KEY, vrt_nm TEXT NOT NULL, vrt_clr_cd TEXT);
        CREATE TABLE blk(blk_id INTEGER PRIMARY KEY, blk_vyd_id INTEGER REFERENCES vyd(vyd_id),
            blk_vrt_cd TEXT REFERENCES vrt(vrt_cd), blk_plnt_yr INTEGER, blk_ha REAL);
        CREATE TABLE hvst(hvst_id INTEGER PRIMARY KEY, hvst_blk_id INTEGER REFERENCES blk(blk_id), hvst_dt TEXT,
            hvst_kg REAL, hvst_brix REAL);
        CREATE TABLE wine(wine_id INTEGER PRIMARY KEY, wine_nm TEXT NOT NULL, wine_vint_yr INTEGER, wine_btl_cnt INTEGER,
            wine_price_cents INTEGER);
        CREATE TABLE wine_blk(wine_id INTEGER REFERENCES wine(wine_id), blk_id INTEGER REFERENCES blk(blk_id),
            pct REAL, PRIMARY KEY(wine_id, blk_id));
        CREATE TABLE brl(brl_id INTEGER PRIMARY KEY, brl_oak_cd TEXT, brl_vol_l INTEGER, brl_fill_dt TEXT,
            brl_wine_id INTEGER REFERENCES wine(wine_id));
    """,
    )
    rgns = ["Napa", "Sonoma", "Willamette", "Finger Lakes", "Paso Robles"]
    vnames = [
        "Oak Knoll",
        "Stag Ridge",
        "Coyote Bend",
        "Silver Creek",
        "Red Hawk",
        "Morning Fog",
        "Three Oaks",
        "Cedar Bluff",
        "Granite Hill",
        "Blue Heron",
        "Fox Hollow",
        "Quarry Road",
        "Sunset Terrace",
        "Iron Gate",
        "Willow Flat",
        "Eagle Peak",
        "Lone Pine",
        "Mission Bell",
    ]
    vyds = [(i, nm, rgns[i % 5], 0.0, 1 if i % 4 == 0 else 0) for i, nm in enumerate(vnames, start=1)]
    vrts = [
        ("CS", "Cabernet Sauvignon", "R"),
        ("ME", "Merlot", "R"),
        ("PN", "Pinot Noir", "R"),
        ("SY", "Syrah", "R"),
        ("ZI", "Zinfandel", "R"),
        ("CF", "Cabernet Franc", "R"),
        ("CH", "Chardonnay", "W"),
        ("SB", "Sauvignon Blanc", "W"),
        ("RI", "Riesling", "W"),
        ("PG", "Pinot Gris", "W"),
        ("VI", "Viognier", "W"),
        ("GW", "Gewurztraminer", "W"),
    ]
    _ins(c, "vrt", vrts)
    blks = []
    for v in range(1, 19):
        if v == 18:
            continue
        for _k in range(r.randint(5, 11)):
            blks.append(
                (len(blks) + 1, v, r.choice([x[0] for x in vrts]), r.randint(1972, 2021), round(r.uniform(0.4, 6.5), 2))
            )
    area = {v: round(sum(b[4] for b in blks if b[1] == v) + 1.5, 2) for v in range(1, 19)}
    _ins(c, "vyd", [(v[0], v[1], v[2], area[v[0]], v[4]) for v in vyds])
    _ins(c, "blk", blks)
    hv = []
    for b in blks:
        for yr in range(2020, 2025):
            if r.random() < 0.12:
                continue
            d = D(yr, 8, 20) + dt.timedelta(days=r.randrange(60))
            hv.append(
                (
                    len(hv) + 1,
                    b[0],
                    d.isoformat(),
                    round(b[4] * r.uniform(3500, 9000), 1),
                    round(r.uniform(20.5, 27.5), 1),
                )
            )
    _ins(c, "hvst", hv)
    wines, wb = [], []
    for i in range(1, 131):
        yr = r.randint(2018, 2024)
        picks = r.sample(blks, r.choice([1, 2, 3]))
        vn = vrts[[x[0] for x in vrts].index(picks[0][2])][1]
        wines.append(
            (
                i,
                f"{vyds[picks[0][1] - 1][1]} {vn} {yr}" + (" Reserve" if i % 9 == 0 else "") + f" #{i}",
                yr,
                r.randint(200, 12000),
                r.randint(1800, 9000) + i,
            )
        )
        left = 100.0
        for k, b in enumerate(picks):
            pct = left if k == len(picks) - 1 else float(r.choice([50, 60, 70, 80]) if k == 0 else 10)
            left -= pct
            wb.append((i, b[0], pct))
    _ins(c, "wine", wines)
    _ins(c, "wine_blk", wb)
    brls = []
    for i in range(1, 421):
        w = r.randint(1, 130)
        fd = D(wines[w - 1][2], 10, 1) + dt.timedelta(days=r.randrange(120))
        brls.append(
            (
                i,
                r.choice(["FR", "FR", "US", "HU"]),
                r.choice([225, 225, 228, 300, 500]),
                fd.isoformat(),
                None if i % 31 == 0 else w,
            )
        )
    _ins(c, "brl", brls)
    _done(c)


def build_fire(path: Path) -> None:
    """Title_Case columns with underscores (``Station_No``, ``Call_Received``, ``Response_Seconds``), an incident
    type code lookup, 'Y'/'N' false-alarm flag, 0/1 active flag, a ``Reports_To`` self-reference, estimated
    losses in cents, response times in seconds, an incident-to-appliance link table."""
    r = random.Random(309)
    c = _db(
        path,
        """
        CREATE TABLE Fire_Station(Station_No INTEGER PRIMARY KEY, Station_Name TEXT NOT NULL, District TEXT,
            Opened_Year INTEGER, Is_Retained TEXT);
        CREATE TABLE Firefighter(Ff_Id INTEGER PRIMARY KEY, Full_Name TEXT NOT NULL, Rank_Code TEXT,
            Station_No INTEGER REFERENCES Fire_Station(Station_No), Reports_To INTEGER REFERENCES Firefighter(Ff_Id),
            Start_Date TEXT, Is_Active INTEGER);
        CREATE TABLE Incident_Type(Type_Code TEXT PRIMARY KEY, Type_Description TEXT NOT NULL);
        CREATE TABLE Incident(Incident_No INTEGER PRIMARY KEY, Type_Code TEXT REFERENCES Incident_Type(Type_Code),
            Station_No INTEGER REFERENCES Fire_Station(Station_No), Call_Received TEXT, Response_Seconds INTEGER,
            Street TEXT, Casualties INTEGER, Est_Loss_Cents INTEGER, False_Alarm TEXT);
        CREATE TABLE Appliance(Appliance_Id INTEGER PRIMARY KEY, Call_Sign TEXT NOT NULL,
            Station_No INTEGER REFERENCES Fire_Station(Station_No), Appliance_Type TEXT, In_Service_Year INTEGER);
        CREATE TABLE Incident_Appliance(Incident_No INTEGER REFERENCES Incident(Incident_No),
            Appliance_Id INTEGER REFERENCES Appliance(Appliance_Id), PRIMARY KEY(Incident_No, Appliance_Id));
    """,
    )
    snames = [
        "Northgate",
        "Riverside",
        "Hillcrest",
        "Old Town",
        "Harbourside",
        "Meadowbank",
        "Kingsway",
        "Elmwood",
        "Stonebridge",
        "Ashford",
        "Millbrook",
        "Westfield",
        "Brackenhurst",
        "Fairhaven",
        "Larkspur",
        "Oakley",
    ]
    districts = ["North", "Central", "South", "East", "West"]
    stations = [
        (i, nm, districts[i % 5], 1901 + (i * 37) % 120, "Y" if i > 12 else "N") for i, nm in enumerate(snames, start=1)
    ]
    _ins(c, "Fire_Station", stations)
    ffs = []
    for i, (g, f) in enumerate(_people(r, 260), start=1):
        st = (i - 1) % 16 + 1
        if i <= 16:
            rank, to = "SM", None  # station manager
        elif i <= 64:
            rank, to = "WM", (i - 1) % 16 + 1  # watch manager
        elif i <= 112:
            rank, to = "CM", [x for x in range(17, 65) if (x - 1) % 16 + 1 == st][r.randrange(3)]
        else:
            rank, to = "FF", [x for x in range(65, 113) if (x - 1) % 16 + 1 == st][r.randrange(3)]
        ffs.append(
            (i, f"{g} {f}", rank, st, to, _day(r, D(1992, 1, 1), 11800).isoformat(), 0 if r.random() < 0.08 else 1)
        )
    _ins(c, "Firefighter", ffs)
    types = [
        ("SF", "Structure fire"),
        ("VF", "Vehicle fire"),
        ("GF", "Grass or wildland fire"),
        ("RTC", "Road traffic collision"),
        ("AFA", "Automatic fire alarm"),
        ("WR", "Water rescue"),
        ("HAZ", "Hazardous materials"),
        ("SS", "Special service"),
    ]
    _ins(c, "Incident_Type", types)
    streets = [
        "High Street",
        "Station Road",
        "Church Lane",
        "Mill Road",
        "Park Avenue",
        "Victoria Road",
        "Green Lane",
        "Bridge Street",
        "Queens Road",
        "London Road",
    ]
    apps = []
    atypes = ["Pump", "Pump", "Rescue Pump", "Aerial Ladder", "Water Carrier", "Hazmat Unit"]
    for st in range(1, 17):
        if st == 15:
            continue
        for k in range(1, r.randint(2, 5) + 1):
            apps.append(
                (len(apps) + 1, f"{st:02d}P{k}", st, r.choice(atypes) if k > 1 else "Pump", r.randint(2005, 2024))
            )
    _ins(c, "Appliance", apps)
    inc, ia = [], []
    for i in range(1, 1401):
        t = r.choice([x[0] for x in types] + ["AFA", "AFA", "AFA", "SS", "RTC", "SF"])
        st = r.randint(1, 16)
        fa = "Y" if t == "AFA" and r.random() < 0.7 else ("Y" if r.random() < 0.03 else "N")
        when = _ts(r, T(2023, 1, 1), 896 * 1440)
        loss = (
            0
            if fa == "Y" or t in ("AFA", "WR")
            else r.randint(0, 5_000_000)
            if t in ("SF", "VF")
            else r.randint(0, 200_000)
        )
        inc.append(
            (
                i,
                t,
                st,
                when.strftime("%Y-%m-%d %H:%M:%S"),
                r.randint(150, 1500),
                r.choice(streets),
                r.choice([0] * 12 + [1, 1, 2, 3]) if fa == "N" else 0,
                loss,
                fa,
            )
        )
        near = [a for a in apps if a[2] == st] or [a for a in apps if a[2] == 14]
        for a in r.sample(near, min(len(near), r.choice([1, 1, 2]))):
            ia.append((i, a[0]))
    _ins(c, "Incident", inc)
    _ins(c, "Incident_Appliance", ia)
    _done(c)


def build_trials(path: Path) -> None:
    """PascalCase plural tables with PascalCase columns ending in ``Cd``, ``Dt``, ``Nbr``, ``Nm``, ``Flg``, sex
    'M'/'F', treatment arm codes ('PBO' placebo, 'TRT' active), 'Y'/'N' flags, a NULL ``EndDt`` for ongoing
    studies, a Studies-to-Sites link table, adverse event severity 1-3."""
    r = random.Random(310)
    c = _db(
        path,
        """
        CREATE TABLE Studies(StudyId INTEGER PRIMARY KEY, StudyCd TEXT NOT NULL, StudyTitle TEXT, PhaseNbr INTEGER,
            SponsorNm TEXT, StartDt TEXT, EndDt TEXT);
        CREATE TABLE Sites(SiteId INTEGER PRIMARY KEY, SiteNm TEXT NOT NULL, CityNm TEXT, CountryCd TEXT,
            PrincipalInvNm TEXT);
        CREATE TABLE StudySites(StudyId INTEGER REFERENCES Studies(StudyId), SiteId INTEGER REFERENCES Sites(SiteId),
            ActivatedDt TEXT, PRIMARY KEY(StudyId, SiteId));
        CREATE TABLE Subjects(SubjectId INTEGER PRIMARY KEY, ScreeningNbr TEXT, StudyId INTEGER REFERENCES Studies(StudyId),
            SiteId INTEGER REFERENCES Sites(SiteId), SexCd TEXT, BirthYr INTEGER, EnrollDt TEXT, ArmCd TEXT,
            WithdrawnFlg TEXT);
        CREATE TABLE Visits(VisitId INTEGER PRIMARY KEY, SubjectId INTEGER REFERENCES Subjects(SubjectId),
            VisitNbr INTEGER, VisitDt TEXT, WeightKg REAL, SystolicBp INTEGER);
        CREATE TABLE AdverseEvents(AeId INTEGER PRIMARY KEY, SubjectId INTEGER REFERENCES Subjects(SubjectId),
            OnsetDt TEXT, AeTerm TEXT, SeverityCd INTEGER, SeriousFlg TEXT, DurationDays INTEGER);
    """,
    )
    studies = [
        (1, "CARD-201", "Lipid lowering in heart failure", 2, "Nordvik Pharma", "2021-03-01", "2023-11-30"),
        (2, "CARD-301", "Outcomes with oral PCSK9 inhibitor", 3, "Nordvik Pharma", "2022-06-15", None),
        (3, "NEUR-102", "Safety of a migraine antibody", 1, "Altamira Bio", "2023-01-10", "2023-12-20"),
        (4, "NEUR-204", "Migraine prevention dose finding", 2, "Altamira Bio", "2023-09-01", None),
        (5, "ONC-310", "Adjuvant therapy in colorectal cancer", 3, "Helix Oncology", "2021-11-01", None),
        (6, "RESP-220", "Inhaled therapy in severe asthma", 2, "Nordvik Pharma", "2022-02-01", "2024-08-31"),
        (7, "DERM-305", "Topical treatment of psoriasis", 3, "Lumen Derm", "2023-04-20", None),
        (8, "ENDO-150", "Weekly insulin pharmacokinetics", 1, "Helix Oncology", "2024-02-01", "2024-10-15"),
        (9, "ENDO-260", "Weekly insulin glycaemic control", 2, "Lumen Derm", "2024-11-01", None),
        (10, "INF-401", "Post-marketing vaccine safety", 4, "Altamira Bio", "2025-03-01", None),
    ]
    _ins(c, "Studies", studies)
    cities = [
        ("Berlin", "DE"),
        ("Munich", "DE"),
        ("Hamburg", "DE"),
        ("Lyon", "FR"),
        ("Paris", "FR"),
        ("Milan", "IT"),
        ("Rome", "IT"),
        ("Madrid", "ES"),
        ("Warsaw", "PL"),
        ("Krakow", "PL"),
        ("Prague", "CZ"),
        ("Leuven", "BE"),
        ("Utrecht", "NL"),
        ("Boston", "US"),
        ("Houston", "US"),
        ("Toronto", "CA"),
    ]
    sites = []
    pis = _people(r, 40)
    for i in range(1, 41):
        city, cc = cities[(i * 7) % len(cities)]
        sites.append((i, f"{city} Clinical Research Unit {i}", city, cc, f"Dr {pis[i - 1][0]} {pis[i - 1][1]}"))
    _ins(c, "Sites", sites)
    ss = []
    for s in studies:
        if s[0] == 10:
            continue
        for site in r.sample(range(1, 40), r.randint(6, 16)):
            ss.append((s[0], site, (D.fromisoformat(s[5]) + dt.timedelta(days=r.randrange(90))).isoformat()))
    _ins(c, "StudySites", ss)
    subs, visits, aes = [], [], []
    terms = [
        "Headache",
        "Nausea",
        "Fatigue",
        "Injection site reaction",
        "Dizziness",
        "Rash",
        "Upper respiratory infection",
        "Diarrhoea",
        "Hypertension",
        "Arthralgia",
        "Myocardial infarction",
        "Pneumonia",
    ]
    for i in range(1, 1201):
        st, site, act = r.choice(ss)
        end = studies[st - 1][6] or "2025-06-14"
        span = (D.fromisoformat(end) - D.fromisoformat(act)).days
        enr = D.fromisoformat(act) + dt.timedelta(days=r.randrange(max(span, 1)))
        subs.append(
            (
                i,
                f"S{st:02d}-{site:03d}-{i:04d}",
                st,
                site,
                r.choice(["M", "F"]),
                r.randint(1940, 2005),
                enr.isoformat(),
                r.choice(["PBO", "TRT", "TRT"]),
                "Y" if r.random() < 0.11 else "N",
            )
        )
        vd = enr
        for vn in range(1, r.randint(1, 3) + 1):
            if vd > D(2025, 6, 14) or len(visits) >= 2000:
                break
            visits.append(
                (len(visits) + 1, i, vn, vd.isoformat(), round(r.uniform(48, 125), 1) + i / 10000, r.randint(100, 175))
            )
            vd += dt.timedelta(days=r.choice([28, 42, 56]))
        if r.random() < 0.55 and len(aes) < 1100:
            for _k in range(r.choice([1, 1, 2])):
                od = enr + dt.timedelta(days=r.randint(1, 300))
                if od > D(2025, 6, 14):
                    continue
                t = r.choice(terms)
                sev = 3 if t in ("Myocardial infarction", "Pneumonia") else r.choice([1, 1, 1, 2, 2, 3])
                aes.append(
                    (
                        len(aes) + 1,
                        i,
                        od.isoformat(),
                        t,
                        sev,
                        "Y" if sev == 3 and r.random() < 0.6 else "N",
                        r.randint(1, 40),
                    )
                )
    _ins(c, "Subjects", subs)
    _ins(c, "Visits", visits)
    _ins(c, "AdverseEvents", aes)
    _done(c)


BUILDERS = {
    "crew": build_crew,
    "windfarm": build_windfarm,
    "hotel": build_hotel,
    "pharmacy": build_pharmacy,
    "cinema": build_cinema,
    "orchestra": build_orchestra,
    "zoo": build_zoo,
    "winery": build_winery,
    "fire": build_fire,
    "trials": build_trials,
}

