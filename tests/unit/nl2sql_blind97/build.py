"""Six health, science and education back-office databases for the ninety-seventh blind English-to-SQL corpus.

"Today" for the data is 2025-06-15 (a Sunday); nothing happens after 2025-06-14 except rows that are explicitly
scheduled for the future: radiotherapy appointments ``appt.att_cd`` 'BKD' (from 2025-06-16, and the courses they
belong to, some with ``start_dt`` after today), bank shifts ``shift.status`` 'booked' in ``nursebank`` (2025-06-15 to
2025-07-12), first aid sessions ``session.session_status`` 'Scheduled' (2025-06-16 to mid-August 2025) with their
bookings ``booking_status`` 'Booked' (or 'Cancelled'). Expiry dates (``container.expires_on``) naturally lie in the
future too. Dates are ISO 'YYYY-MM-DD' text unless stated otherwise.

- ``radiotherapy`` (snake_case with clinical abbreviations: ``pt`` patient, ``dx`` diagnosis, ``tx`` treatment, ``fx``
  fraction, ``crs`` course, ``clin`` clinician, ``mach`` machine, ``nm`` name, ``dt`` date, ``cd`` code, ``flg`` flag;
  flags 'Y'/'N'; durations in seconds or minutes with the unit only in the column name): a hospital radiotherapy
  department in West Yorkshire. ``dx_lkp`` (attribute table of ICD-10 codes: ``dx_cd`` e.g. 'C50', ``dx_desc`` e.g.
  'Malignant neoplasm of breast', ``site_grp`` tumour site group; 'C43' melanoma and 'C73' thyroid have no courses),
  ``pt`` (``pt_nm`` full name, ``nhs_no``, ``dob``, ``sex_cd`` 'M'/'F', ``town``, ``reg_dt`` registered),
  ``clin`` (``clin_nm``; consultants are 'Dr ...'; ``role_cd`` 'ONC' consultant oncologist / 'RAD' therapeutic
  radiographer / 'PHY' physicist; ``start_dt``; ``active_flg`` 'N' = has left), ``mach`` (linear accelerators
  'LA1'..'LA5': ``mfr`` 'Elekta' / 'Varian', ``model``, ``inst_yr``, ``active_flg``; LA1 was decommissioned in
  September 2023, LA5 entered service in April 2024), ``tx_crs`` (a course of treatment: ``pt_id``, ``dx_cd``,
  ``onc_id`` the responsible oncologist, ``intent_cd`` 'R' radical (curative) / 'P' palliative, ``rx_dose_gy``
  prescribed total dose in gray, ``fx_cnt`` planned number of fractions, ``ref_dt`` referral date, ``start_dt`` first
  treatment day, ``end_dt`` last treatment day, NULL until every fraction has been delivered) and ``appt``
  (one booked treatment slot: ``crs_id``, ``mach_id``, ``appt_dt``, ``appt_tm`` 'HH:MM', ``fx_no`` the fraction it is
  for, ``att_cd`` 'ATT' attended / 'DNA' did not attend / 'CAN' cancelled / 'BKD' booked in the future; a DNA or
  cancelled fraction is rebooked on the next working day with the same ``fx_no``; ``slot_min`` booked slot length in
  minutes, ``beam_on_sec`` radiation beam-on time in seconds and ``rad_id`` the radiographer, both NULL unless
  attended). Appointments run from January 2023 to the end of July 2025, weekdays only.
- ``biobank`` (keys named ``<table>_key``, foreign keys named ``<parent table>_ref``; soft deletes: a row whose
  ``deleted_at`` 'YYYY-MM-DD HH:MM' is set has been deleted - donors who withdrew consent, and destroyed samples - and
  should be ignored unless the question asks about deletions; volumes in microlitres, fees in pounds): a research
  biobank. ``study`` (``study_code``, ``study_title`` e.g. 'Cardiovascular Risk Cohort', ``chief_investigator``,
  ``opened_on``, ``closed_on`` NULL while recruiting), ``donor`` (``study_ref``, ``donor_code`` e.g. 'BB10417',
  ``sex`` 'F'/'M', ``birth_year``, ``consented_on``, ``deleted_at``), ``freezer`` (``freezer_name`` 'Mercury',
  'Jupiter', 'Saturn', 'Neptune' at -80, 'Pluto' a -150 liquid-nitrogen vapour tank, 'Venus' at -20; ``room``,
  ``set_temp_c``, ``model``, ``commissioned_on``), ``box`` (``freezer_ref``, ``box_label`` e.g. 'NEP-R1-B03',
  ``rack_no``, ``capacity`` 100 or 81), ``sample`` (an aliquot: ``sample_barcode``, ``donor_ref``, ``box_ref`` and
  ``box_position`` NULL while not yet boxed, ``sample_type`` 'Serum' / 'Plasma' / 'Buffy coat' / 'Urine' / 'DNA' /
  'PBMC', ``volume_ul``, ``collected_at`` and ``received_at`` 'YYYY-MM-DD HH:MM', ``deleted_at``),
  ``access_request`` (a researcher's request for samples of one study: ``study_ref``, ``requester_name``,
  ``institution``, ``submitted_on``, ``decision`` 'approved' / 'rejected' / 'pending', ``decided_on`` NULL while
  pending, ``fee_gbp`` access fee, NULL unless approved) and ``request_sample`` (the many-to-many link between
  requests and samples released to them; a sample is released at most once; ``shipped_on`` NULL until shipped).
- ``nursebank`` (plain snake_case with ``<table>_id`` keys; self-referencing ``nurse.supervisor_id`` = the nurse's
  line supervisor, NULL for the bank manager, and ``nurse.referred_by`` = the colleague who referred them to the bank,
  NULL when not referred; durations in minutes; money in pounds): an NHS trust's nurse staff bank across three
  hospitals. ``site`` (``site_name`` e.g. 'St Luke's Hospital', ``town``), ``ward`` (``site_id``, ``ward_name``,
  ``specialty``), ``nurse`` (``full_name``, ``nmc_pin`` registration, ``band`` 5 / 6 / 7, 8 for the bank manager,
  ``home_site_id``, ``joined_on``, ``left_on`` NULL while still on the bank, ``supervisor_id``, ``referred_by``; band
  7 nurses report to the manager, band 6 mostly to band 7, band 5 to band 6 or 7; one band 6 supervisor has left but
  two nurses still point at them; the manager works no shifts), ``shift`` (``ward_id``, ``nurse_id``,
  ``shift_date``, ``shift_type`` 'Early' / 'Late' / 'Long day' / 'Night', ``start_time`` 'HH:MM', ``planned_mins`` rostered length including the unpaid
  ``break_mins``, ``worked_mins`` paid minutes actually worked, NULL unless worked, ``hourly_rate`` pounds per hour
  (night and weekend enhancements included), ``status`` 'worked' / 'cancelled by ward' / 'cancelled by nurse' /
  'booked' (future)) and ``referral_bonus`` (``referrer_id`` and ``recruit_id`` both nurses, ``amount_gbp`` 250 before
  2024 and 500 since, ``paid_on`` payroll date on the first of the month after the recruit's 120th day, NULL while
  still to be paid; no bonus when the recruit left within 120 days).
- ``fieldstation`` (plain snake_case; history tables with ``valid_from`` / ``valid_to`` where ``valid_to`` NULL marks
  the current row and the interval is half-open: valid_from <= day < valid_to): a university ecology field station
  in the Yorkshire Dales. ``site`` (``site_code`` e.g. 'W1', ``site_name`` e.g. 'Hagg Wood', ``habitat`` 'woodland' /
  'grassland' / 'wetland' / 'heath' / 'arable' / 'riparian', ``area_ha``, ``elevation_m``, ``established_on``),
  ``sensor_type`` (``type_code`` 'TMP' air temperature °C / 'SMC' soil moisture % VWC / 'RNG' rain gauge mm / 'PAR'
  light µmol/m²/s / 'WTD' water table depth cm; ``description``, ``unit``), ``sensor`` (``serial_no`` e.g. 'TMP-1039',
  ``type_code``, ``manufacturer``, ``purchased_on``, ``retired_on`` NULL while in use), ``researcher`` (``full_name``,
  ``institution``, ``role``), ``sensor_placement`` (history of where each sensor stood: ``sensor_id``, ``site_id``,
  ``valid_from``, ``valid_to``; a sensor with no open row is in the store or retired), ``site_steward`` (history of
  the researcher responsible for each site since 2023-01-01), ``site_visit`` (``site_id``, ``researcher_id``,
  ``visit_date``, ``duration_min`` minutes on site, ``purpose``, ``notes`` NULL when none) and ``reading`` (weekly
  summaries: ``sensor_id``, ``week_start`` a Monday, ``value`` weekly mean - weekly total for rain gauges - in the
  type's unit, ``n_records`` logged records, 672 for a complete week; only for weeks the sensor spent wholly at one
  site, so the site is found through ``sensor_placement``).
- ``firstaid`` (snake_case; status columns hold mixed-case words: ``session_status`` 'Completed' / 'Cancelled' /
  'Scheduled', ``booking_status`` 'Completed' (passed, certificate issued) / 'Failed' / 'No-Show' / 'Cancelled' /
  'Booked'; ``trainer_status`` 'Active' / 'On Leave' / 'Left'; money in pounds; course length in minutes): a South
  Yorkshire first aid training company. ``course`` (``course_code`` e.g. 'EFAW', ``course_title`` e.g. 'Emergency
  First Aid at Work', ``length_minutes`` total contact time, ``price_gbp`` list price, ``cert_valid_years`` 3 or 1; a
  certificate expires that many years after the session start date), ``trainer`` (``trainer_name``, ``base_town``,
  ``qualified_on``, ``trainer_status``), ``venue`` (``venue_name``, ``town``, ``capacity``, ``venue_type`` 'Own
  premises' / 'Hired' / 'Client site'), ``client_org`` (organisations that send staff: ``org_name``, ``sector``,
  ``town``, ``account_opened``), ``session`` (one run of a course: ``course_id``, ``venue_id``, ``trainer_id``,
  ``start_date``, ``days`` it spans, ``session_status``, ``host_org_id`` the client for in-house courses at a client
  site, else NULL) and ``booking`` (one delegate on one session: ``org_id`` NULL for self-funded delegates,
  ``delegate_name``, ``booked_on``, ``booking_status``, ``fee_gbp`` amount charged - 0 when a cancellation was
  refunded, every booking on a cancelled session is refunded -, ``cert_no`` e.g. 'FA-41234', only for 'Completed').
- ``chemstores`` (snake_case; attribute tables linking codes to descriptions: ``hazard_statement`` GHS H-codes and
  ``storage_class`` German TRGS 510 storage classes; money in pence; container sizes in mL for liquids, g for solids,
  L for gas cylinders): a university chemical inventory. ``hazard_statement`` (``h_code`` e.g. 'H225', ``h_text``
  e.g. 'Highly flammable liquid and vapour', ``hazard_class`` 'Physical' / 'Health' / 'Environmental'),
  ``storage_class`` (``sc_code`` e.g. '3', ``sc_description`` e.g. 'Flammable liquids'), ``chemical`` (``chem_name``,
  ``cas_no``, ``formula``, ``sc_code``, ``signal_word`` 'Danger' / 'Warning' / NULL, ``phys_state`` 'liquid' / 'solid'
  / 'gas'), ``chemical_hazard`` (the many-to-many link between chemicals and hazard statements), ``lab`` (``lab_code``
  e.g. 'DAL-1.04', ``building``, ``department``, ``lab_manager``), ``supplier`` (``supplier_name``, ``account_no``),
  ``container`` (one bottle or cylinder: ``barcode`` e.g. 'CH300034', ``chem_id``, ``lab_id``, ``supplier_id``,
  ``size_qty`` with ``size_unit`` 'mL' / 'g' / 'L', ``cost_pence``, ``received_on`` (from mid-2021), ``opened_on`` NULL
  while sealed, ``expires_on``, ``disposed_on`` NULL while still held) and ``inspection`` (lab safety inspections:
  ``lab_id``, ``inspected_on``, ``inspector``, ``score`` 0-100, ``outcome`` 'pass' (80+) / 'advisory' (65-79) /
  'fail', ``open_actions``).
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
DAY = dt.timedelta(days=1)


def fresh_db(path: Path, ddl: str) -> sqlite3.Connection:
    """A new SQLite file at ``path`` (replacing any old one) with the schema ``ddl``; foreign keys enforced."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    c = sqlite3.connect(path)
    c.execute("PRAGMA foreign_keys = ON")
    c.executescript(ddl)
    return c


def insert(c: sqlite3.Connection, table: str, rows: Iterable[Sequence[Any]]) -> None:
    rows = list(rows)
    if rows:
        marks = ",".join("?" * len(rows[0]))
        c.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def done(c: sqlite3.Connection) -> None:
    c.commit()
    bad = c.execute("PRAGMA foreign_key_check").fetchall()
    c.close()
    if bad:
        raise RuntimeError(f"foreign key violations: {bad[:5]}")


def day_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def iso(d: dt.date) -> str:
    return d.isoformat()


def stamp(d: dt.date, minutes: int) -> str:
    """'YYYY-MM-DD HH:MM' for ``minutes`` after midnight of ``d``."""
    return f"{d.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}"


def weekday_on_or_after(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += DAY
    return d


GIVEN = [
    "Aisha", "Ben", "Chloe", "Daniel", "Emma", "Farid", "Grace", "Harry", "Isla", "Jack", "Katie", "Liam", "Megan",
    "Nathan", "Olivia", "Priya", "Ryan", "Sophie", "Tom", "Usha", "Victoria", "William", "Zainab", "Adam", "Bethany",
    "Connor", "Danielle", "Ethan", "Freya", "George", "Hannah", "Imran", "Jessica", "Kieran", "Lucy", "Mohammed",
    "Niamh", "Oscar", "Poppy", "Rebecca", "Samuel", "Tasha", "Declan", "Eleanor", "Gavin", "Joanne", "Margaret",
    "Peter", "Rosemary", "Stuart",
]  # fmt: skip
FAMILY = [
    "Ahmed", "Bennett", "Clarke", "Dawson", "Evans", "Fletcher", "Green", "Hughes", "Ingram", "Jackson", "Khan",
    "Lawrence", "Morgan", "Newton", "Owens", "Parker", "Quinn", "Roberts", "Shaw", "Turner", "Upton", "Walsh",
    "Young", "Armstrong", "Begum", "Cooper", "Doyle", "Ellison", "Fox", "Gordon", "Hall", "Jones", "Kelly", "Lloyd",
    "Mitchell", "Nolan", "O'Connor", "Price", "Reid", "Singh", "Taylor", "Wood", "Wright", "Bradshaw", "Chambers",
]  # fmt: skip


def people(r: random.Random, n: int) -> list[str]:
    pool = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    r.shuffle(pool)
    return pool[:n]


# ---------------------------------------------------------------------------------------------------- radiotherapy
DX = [
    ("C50", "Malignant neoplasm of breast", "Breast"),
    ("C61", "Malignant neoplasm of prostate", "Urology"),
    ("C67", "Malignant neoplasm of bladder", "Urology"),
    ("C34", "Malignant neoplasm of bronchus and lung", "Lung"),
    ("C20", "Malignant neoplasm of rectum", "Lower GI"),
    ("C15", "Malignant neoplasm of oesophagus", "Upper GI"),
    ("C71", "Malignant neoplasm of brain", "CNS"),
    ("C32", "Malignant neoplasm of larynx", "Head and Neck"),
    ("C53", "Malignant neoplasm of cervix uteri", "Gynae"),
    ("C79.5", "Secondary malignant neoplasm of bone", "Bone metastases"),
    ("C43", "Malignant melanoma of skin", "Skin"),
    ("C73", "Malignant neoplasm of thyroid gland", "Head and Neck"),
]  # fmt: skip
# dx code -> weight, [(intent, dose Gy, fractions, beam-on seconds range)]
REGIMENS = {
    "C50": (30, [("R", 40.0, 15, (80, 160)), ("R", 26.0, 5, (80, 150))]),
    "C61": (22, [("R", 60.0, 20, (120, 240)), ("R", 36.25, 5, (150, 300))]),
    "C67": (6, [("R", 55.0, 20, (110, 200))]),
    "C34": (16, [("R", 55.0, 20, (120, 220)), ("P", 20.0, 5, (70, 140))]),
    "C20": (8, [("R", 25.0, 5, (100, 180)), ("R", 45.0, 25, (110, 200))]),
    "C15": (4, [("R", 50.0, 25, (120, 210))]),
    "C71": (5, [("R", 60.0, 30, (150, 280)), ("P", 40.0, 15, (130, 240))]),
    "C32": (5, [("R", 55.0, 20, (140, 260))]),
    "C53": (4, [("R", 45.0, 25, (120, 220))]),
}
TOWNS_WY = ["Leeds", "Bradford", "Wakefield", "Harrogate", "Huddersfield", "Halifax", "Dewsbury", "Keighley", "Pontefract", "Otley"]  # fmt: skip
MACHINES = [
    # id, name, make, model, installed, active, first day used, last day used
    (1, "LA1", "Elekta", "Synergy", 2011, "N", D(2022, 1, 1), D(2023, 9, 29)),
    (2, "LA2", "Elekta", "Versa HD", 2016, "Y", D(2022, 1, 1), D(2026, 1, 1)),
    (3, "LA3", "Varian", "TrueBeam", 2019, "Y", D(2022, 1, 1), D(2026, 1, 1)),
    (4, "LA4", "Varian", "TrueBeam", 2021, "Y", D(2022, 1, 1), D(2026, 1, 1)),
    (5, "LA5", "Varian", "Halcyon", 2024, "Y", D(2024, 4, 2), D(2026, 1, 1)),
]  # fmt: skip


def build_radiotherapy(path: Path) -> None:
    r = random.Random(9701)
    c = fresh_db(
        path,
        """
        CREATE TABLE dx_lkp (dx_cd TEXT PRIMARY KEY, dx_desc TEXT NOT NULL, site_grp TEXT NOT NULL);
        CREATE TABLE pt (
            pt_id INTEGER PRIMARY KEY, nhs_no TEXT NOT NULL UNIQUE, pt_nm TEXT NOT NULL, dob TEXT NOT NULL,
            sex_cd TEXT NOT NULL, town TEXT NOT NULL, reg_dt TEXT NOT NULL);
        CREATE TABLE clin (
            clin_id INTEGER PRIMARY KEY, clin_nm TEXT NOT NULL, role_cd TEXT NOT NULL, start_dt TEXT NOT NULL,
            active_flg TEXT NOT NULL);
        CREATE TABLE mach (
            mach_id INTEGER PRIMARY KEY, mach_nm TEXT NOT NULL UNIQUE, mfr TEXT NOT NULL, model TEXT NOT NULL,
            inst_yr INTEGER NOT NULL, active_flg TEXT NOT NULL);
        CREATE TABLE tx_crs (
            crs_id INTEGER PRIMARY KEY, pt_id INTEGER NOT NULL, dx_cd TEXT NOT NULL, onc_id INTEGER NOT NULL,
            intent_cd TEXT NOT NULL, rx_dose_gy REAL NOT NULL, fx_cnt INTEGER NOT NULL, ref_dt TEXT NOT NULL,
            start_dt TEXT NOT NULL, end_dt TEXT,
            FOREIGN KEY (pt_id) REFERENCES pt(pt_id), FOREIGN KEY (dx_cd) REFERENCES dx_lkp(dx_cd),
            FOREIGN KEY (onc_id) REFERENCES clin(clin_id));
        CREATE TABLE appt (
            appt_id INTEGER PRIMARY KEY, crs_id INTEGER NOT NULL, mach_id INTEGER NOT NULL, appt_dt TEXT NOT NULL,
            appt_tm TEXT NOT NULL, fx_no INTEGER NOT NULL, att_cd TEXT NOT NULL, slot_min INTEGER NOT NULL,
            beam_on_sec INTEGER, rad_id INTEGER,
            FOREIGN KEY (crs_id) REFERENCES tx_crs(crs_id), FOREIGN KEY (mach_id) REFERENCES mach(mach_id),
            FOREIGN KEY (rad_id) REFERENCES clin(clin_id));
        """,
    )
    insert(c, "dx_lkp", DX)
    names = people(r, 360)
    # clinicians: 8 consultant oncologists, 22 therapeutic radiographers, 4 physicists
    clins = []
    onc_ids, rads = [], []
    for i in range(1, 35):
        role = "ONC" if i <= 8 else ("RAD" if i <= 30 else "PHY")
        start = day_between(r, D(2005, 1, 1), D(2022, 6, 30))
        if i in (29, 30):
            start = D(2024, 9, 2) if i == 29 else D(2025, 1, 6)
        active = "N" if i in (7, 12, 21, 33) else "Y"
        nm = names[i - 1]
        if role == "ONC":
            nm = "Dr " + nm
        clins.append((i, nm, role, iso(start), active))
        if role == "ONC" and active == "Y":
            onc_ids.append(i)
        if role == "RAD":
            rads.append((i, start, active))
    insert(c, "clin", clins)
    insert(c, "mach", [m[:6] for m in MACHINES])
    pnames = names[40:]
    pts, crs, appts = [], [], []
    dx_codes = list(REGIMENS)
    dx_w = [REGIMENS[k][0] for k in dx_codes]
    aid = 0

    def add_course(pid: int, dx: str, intent: str, dose: float, nfx: int, bos: tuple[int, int], ref: dt.date) -> None:
        nonlocal aid
        cid = len(crs) + 1
        start = weekday_on_or_after(max(ref + dt.timedelta(days=r.randint(8, 45)), D(2023, 1, 3)))
        onc = r.choice(onc_ids[:3] * 2 + onc_ids) if dx in ("C50", "C61") else r.choice(onc_ids)
        if start < D(2023, 7, 1) and r.random() < 0.3:
            onc = 7  # retired oncologist
        usable = [m for m in MACHINES if m[6] <= start and start + dt.timedelta(days=nfx * 2) <= m[7]]
        mach = r.choice(usable)[0]
        tm = r.choice(range(8 * 60, 18 * 60, 15))
        d = start
        fx = 1
        last_att = None
        all_done = True
        while fx <= nfx:
            d = weekday_on_or_after(d)
            slot = 30 if fx == 1 else (20 if bos[1] > 220 else 15)
            if d > LAST:
                code = "BKD"
                all_done = False
            else:
                x = r.random()
                code = "ATT" if x < 0.925 else ("DNA" if x < 0.955 else "CAN")
            aid += 1
            if code == "ATT":
                ok = [rid for rid, s, act in rads if s <= d and (act == "Y" or d < D(2024, 3, 1))]
                rad = r.choice(ok)
                appts.append(
                    (aid, cid, mach, iso(d), f"{tm // 60:02d}:{tm % 60:02d}", fx, code, slot, r.randint(*bos), rad)
                )
                last_att = d
                fx += 1
            else:
                appts.append((aid, cid, mach, iso(d), f"{tm // 60:02d}:{tm % 60:02d}", fx, code, slot, None, None))
                if code == "BKD":
                    fx += 1
            d += DAY
        end = iso(last_att) if all_done and last_att else None
        crs.append((cid, pid, dx, onc, intent, dose, nfx, iso(ref), iso(start), end))

    for pid in range(1, 321):
        ref = day_between(r, D(2022, 12, 12), D(2025, 6, 6))
        dx = r.choices(dx_codes, weights=dx_w)[0]
        sex = "F" if dx in ("C50", "C53") else ("M" if dx == "C61" else r.choice("MF"))
        if dx == "C50" and r.random() < 0.01:
            sex = "M"
        dob = day_between(r, D(1935, 1, 1), D(1990, 12, 31))
        if dx == "C61":
            dob = day_between(r, D(1938, 1, 1), D(1968, 12, 31))
        nhs = f"{r.randint(400, 499)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        reg = ref - dt.timedelta(days=r.randint(0, 5))
        pts.append((pid, nhs, pnames[pid - 1], iso(dob), sex, r.choice(TOWNS_WY), iso(reg)))
        intent, dose, nfx, bos = r.choice(REGIMENS[dx][1])
        add_course(pid, dx, intent, dose, nfx, bos, ref)
        if r.random() < 0.13 and crs[-1][9] is not None:
            ref2 = D.fromisoformat(crs[-1][9]) + dt.timedelta(days=r.randint(40, 330))
            if ref2 <= D(2025, 6, 6):
                intent2, dose2, nfx2, bos2 = r.choice([("P", 8.0, 1, (60, 120)), ("P", 20.0, 5, (70, 140))])
                add_course(pid, "C79.5", intent2, dose2, nfx2, bos2, ref2)
    insert(c, "pt", pts)
    insert(c, "tx_crs", crs)
    insert(c, "appt", appts)
    done(c)


# ---------------------------------------------------------------------------------------------------- biobank
STUDIES = [
    # key, code, title, PI, opened, closed
    (1, "CARDIO-R", "Cardiovascular Risk Cohort", "Dr Priya Raman", D(2023, 1, 9), None),
    (2, "LC-RESP", "Long COVID Respiratory Follow-up", "Prof Alan Whitcombe", D(2023, 2, 1), D(2024, 12, 20)),
    (3, "T2D-GEN", "Type 2 Diabetes Genetics", "Dr Sarah Okafor", D(2023, 5, 15), None),
    (4, "IBD-BIO", "Inflammatory Bowel Disease Biomarkers", "Dr Tomasz Nowak", D(2023, 9, 4), None),
    (5, "MAT-HLTH", "Maternal Health Outcomes", "Dr Grace Mbeki", D(2024, 3, 1), None),
    (6, "NEURO-AGE", "Neuroageing Cohort", "Prof Helen Cartwright", D(2025, 2, 3), None),
    (7, "PAED-ALL", "Childhood Allergy Pilot", "Dr Marcus Lee", D(2025, 5, 12), None),
]  # fmt: skip
FREEZERS = [
    # key, name, room, set temperature, model, commissioned
    (1, "Mercury", "B12", -80, "Thermo TSX60086", "2019-03-11"),
    (2, "Jupiter", "B12", -80, "Thermo TSX60086", "2019-03-11"),
    (3, "Saturn", "B14", -80, "PHCbi VIP ECO MDF-DU502", "2021-07-19"),
    (4, "Neptune", "B14", -80, "PHCbi VIP ECO MDF-DU502", "2023-10-02"),
    (5, "Pluto", "B16", -150, "Chart MVE 1500 vapour phase LN2", "2018-11-05"),
    (6, "Venus", "B12", -20, "Liebherr LGUex 1500", "2020-01-20"),
]  # fmt: skip
# sample type -> (volume in microlitres, freezer keys)
SAMPLE_TYPES = {
    "Serum": (500, [1, 2, 3, 4]),
    "Plasma": (500, [1, 2, 3, 4]),
    "Buffy coat": (250, [1, 2, 3, 4]),
    "Urine": (1800, [3, 4]),
    "DNA": (100, [6]),
    "PBMC": (1000, [5]),
}
STUDY_PANEL = {
    1: ["Serum", "Plasma", "Plasma", "Buffy coat", "DNA"],
    2: ["Serum", "Plasma", "PBMC", "PBMC"],
    3: ["Plasma", "DNA", "DNA", "Serum"],
    4: ["Serum", "Plasma", "Urine", "DNA"],
    5: ["Serum", "Plasma", "Urine", "Urine"],
    6: ["Plasma", "Plasma", "Serum", "PBMC", "DNA"],
    7: ["Serum", "Urine"],
}
INSTITUTIONS = [
    "University of Leeds", "University of Manchester", "Imperial College London", "University of Edinburgh",
    "AstraZeneca", "Karolinska Institutet", "University of Sheffield", "Wellcome Sanger Institute",
]  # fmt: skip


def build_biobank(path: Path) -> None:
    r = random.Random(9702)
    c = fresh_db(
        path,
        """
        CREATE TABLE study (
            study_key INTEGER PRIMARY KEY, study_code TEXT NOT NULL UNIQUE, study_title TEXT NOT NULL,
            chief_investigator TEXT NOT NULL, opened_on TEXT NOT NULL, closed_on TEXT);
        CREATE TABLE donor (
            donor_key INTEGER PRIMARY KEY, study_ref INTEGER NOT NULL REFERENCES study(study_key),
            donor_code TEXT NOT NULL UNIQUE, sex TEXT NOT NULL, birth_year INTEGER NOT NULL,
            consented_on TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE freezer (
            freezer_key INTEGER PRIMARY KEY, freezer_name TEXT NOT NULL UNIQUE, room TEXT NOT NULL,
            set_temp_c INTEGER NOT NULL, model TEXT NOT NULL, commissioned_on TEXT NOT NULL);
        CREATE TABLE box (
            box_key INTEGER PRIMARY KEY, freezer_ref INTEGER NOT NULL REFERENCES freezer(freezer_key),
            box_label TEXT NOT NULL UNIQUE, rack_no INTEGER NOT NULL, capacity INTEGER NOT NULL);
        CREATE TABLE sample (
            sample_key INTEGER PRIMARY KEY, sample_barcode TEXT NOT NULL UNIQUE,
            donor_ref INTEGER NOT NULL REFERENCES donor(donor_key), box_ref INTEGER REFERENCES box(box_key),
            box_position INTEGER, sample_type TEXT NOT NULL, volume_ul INTEGER NOT NULL, collected_at TEXT NOT NULL,
            received_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE access_request (
            request_key INTEGER PRIMARY KEY, study_ref INTEGER NOT NULL REFERENCES study(study_key),
            requester_name TEXT NOT NULL, institution TEXT NOT NULL, submitted_on TEXT NOT NULL,
            decision TEXT NOT NULL, decided_on TEXT, fee_gbp REAL);
        CREATE TABLE request_sample (
            request_ref INTEGER NOT NULL REFERENCES access_request(request_key),
            sample_ref INTEGER NOT NULL REFERENCES sample(sample_key), shipped_on TEXT,
            PRIMARY KEY (request_ref, sample_ref));
        """,
    )
    insert(c, "study", [(k, code, t, pi, iso(o), iso(cl) if cl else None) for k, code, t, pi, o, cl in STUDIES])
    insert(c, "freezer", FREEZERS)
    donors, samples = [], []
    boxes: list[tuple[int, int, str, int, int]] = []
    open_box: dict[int, list[int]] = {}  # freezer -> [box key, used]
    per_freezer_count: dict[int, int] = {}

    def place(fz: int) -> tuple[int, int]:
        cur = open_box.get(fz)
        if cur is None or cur[1] >= boxes[cur[0] - 1][4]:
            n = per_freezer_count.get(fz, 0) + 1
            per_freezer_count[fz] = n
            cap = 81 if fz in (5, 6) else 100
            key = len(boxes) + 1
            label = f"{FREEZERS[fz - 1][1][:3].upper()}-R{(n - 1) // 6 + 1}-B{(n - 1) % 6 + 1:02d}"
            boxes.append((key, fz, label, (n - 1) // 6 + 1, cap))
            cur = [key, 0]
            open_box[fz] = cur
        cur[1] += 1
        return cur[0], cur[1]

    weights = {1: 160, 2: 110, 3: 130, 4: 90, 5: 80, 6: 45, 7: 12}
    dk = 0
    events = []
    for sk, n in weights.items():
        st = STUDIES[sk - 1]
        close = st[5] or LAST
        for _ in range(n):
            dk += 1
            consent = day_between(r, st[4], min(close, LAST) - dt.timedelta(days=3))
            sex = "F" if sk == 5 else r.choice("FM")
            by = r.randint(1990, 2005) if sk == 5 else (r.randint(2012, 2021) if sk == 7 else r.randint(1940, 1998))
            if sk == 6:
                by = r.randint(1938, 1965)
            deleted = None
            if r.random() < 0.05 and consent < D(2025, 5, 1):
                dd = day_between(r, consent + dt.timedelta(days=20), LAST)
                deleted = stamp(dd, r.randint(8 * 60, 17 * 60))
            donors.append([dk, sk, f"BB{dk + 10000}", sex, by, iso(consent), deleted])
            visits = [consent]
            if sk in (1, 2, 3, 4) and r.random() < 0.55:
                v2 = consent + dt.timedelta(days=r.choice([180, 182, 365, 360]))
                if v2 <= LAST:
                    visits.append(v2)
                    v3 = v2 + dt.timedelta(days=365)
                    if v3 <= LAST and r.random() < 0.5:
                        visits.append(v3)
            for v in visits:
                for typ in STUDY_PANEL[sk]:
                    events.append((v, r.randint(8 * 60, 16 * 60), dk, typ, deleted))
    events.sort()
    for v, mins, dkey, typ, deleted in events:
        vol, fzs = SAMPLE_TYPES[typ]
        if typ == "Urine" and r.random() < 0.3:
            vol = 1000
        fz = fzs[0] if len(fzs) == 1 else (fzs[min(len(fzs) - 1, (v - D(2023, 1, 1)).days * len(fzs) // 900)])
        box, pos = place(fz)
        collected = stamp(v, mins)
        recv_mins = mins + r.choice([45, 60, 90, 120, 150, 180, 240, 300, 1200, 1440, 1500, 2900])
        received = stamp(v + dt.timedelta(days=recv_mins // 1440), recv_mins % 1440)
        sdel = deleted
        if sdel is None and r.random() < 0.02:
            sdel = stamp(day_between(r, v + dt.timedelta(days=1), LAST), r.randint(9 * 60, 17 * 60))
        sk = len(samples) + 1
        samples.append([sk, f"S{2300000 + sk * 7}", dkey, box, pos, typ, vol, collected, received, sdel])
    # a few registered but never stored: no box yet (received in the last days)
    for s in samples[-6:]:
        if s[7] >= "2025-06-10":
            s[3], s[4] = None, None
    insert(c, "donor", donors)
    insert(c, "box", boxes)
    insert(c, "sample", samples)
    donor_study = {d[0]: d[1] for d in donors}
    requesters = people(r, 30)
    reqs, links = [], []
    used: set[int] = set()
    for rk in range(1, 47):
        sub = day_between(r, D(2023, 6, 1), D(2025, 6, 10))
        open_studies = [s[0] for s in STUDIES if s[4] + dt.timedelta(days=90) <= sub]
        st = r.choice(open_studies)
        x = r.random()
        if sub > D(2025, 4, 20):
            decision, decided = "pending", None
        elif x < 0.2:
            decision, decided = "rejected", sub + dt.timedelta(days=r.randint(10, 60))
        else:
            decision, decided = "approved", sub + dt.timedelta(days=r.randint(7, 75))
        if decided and decided > LAST:
            decision, decided = "pending", None
        fee = None if decision != "approved" else float(r.choice([250, 400, 600, 850, 1200, 1500]))
        reqs.append(
            (
                rk,
                st,
                requesters[rk % 30],
                r.choice(INSTITUTIONS),
                iso(sub),
                decision,
                iso(decided) if decided else None,
                fee,
            )
        )
        if decision == "approved":
            pool = [
                s
                for s in samples
                if donor_study[s[2]] == st
                and s[9] is None
                and s[7][:10] < iso(sub)
                and s[3] is not None
                and s[0] not in used
            ]
            for s in r.sample(pool, min(len(pool), r.randint(6, 40))):
                used.add(s[0])
                ship = decided + dt.timedelta(days=r.randint(3, 30))
                links.append((rk, s[0], iso(ship) if ship <= LAST else None))
    insert(c, "access_request", reqs)
    insert(c, "request_sample", links)
    done(c)


# ---------------------------------------------------------------------------------------------------- nursebank
SITES = [(1, "St Luke's Hospital", "Bradford"), (2, "Airedale General Hospital", "Keighley"), (3, "Calderdale Royal Hospital", "Halifax")]  # fmt: skip
WARDS = [
    (1, 1, "Ward 3 - Acute Medical Unit", "Medicine"), (2, 1, "Ward 7 - Elderly Care", "Elderly care"),
    (3, 1, "Ward 9 - General Surgery", "Surgery"), (4, 1, "Emergency Department", "A&E"),
    (5, 1, "ICU", "Critical care"), (6, 1, "Ward 12 - Orthopaedics", "Orthopaedics"),
    (7, 2, "Ward 1 - Medical Admissions", "Medicine"), (8, 2, "Ward 4 - Stroke Unit", "Medicine"),
    (9, 2, "Ward 6 - Surgical", "Surgery"), (10, 2, "Children's Ward", "Paediatrics"),
    (11, 2, "Emergency Department", "A&E"), (12, 3, "Ward 2A - Respiratory", "Medicine"),
    (13, 3, "Ward 5B - Frailty", "Elderly care"), (14, 3, "Ward 8 - Trauma", "Orthopaedics"),
    (15, 3, "Maternity Unit", "Maternity"), (16, 3, "Emergency Department", "A&E"),
    (17, 3, "HDU", "Critical care"), (18, 1, "Ward 14 - Day Surgery", "Surgery"),
]  # fmt: skip
# shift type -> (start time, planned minutes, unpaid break minutes)
SHIFT_TYPES = {"Early": ("07:00", 480, 30), "Late": ("13:30", 480, 30), "Long day": ("07:30", 750, 60), "Night": ("19:30", 720, 60)}  # fmt: skip
BAND_RATE = {5: 19.50, 6: 24.10, 7: 29.80, 8: 34.60}


def build_nursebank(path: Path) -> None:
    r = random.Random(9703)
    c = fresh_db(
        path,
        """
        CREATE TABLE site (site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, town TEXT NOT NULL);
        CREATE TABLE ward (
            ward_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id), ward_name TEXT NOT NULL,
            specialty TEXT NOT NULL);
        CREATE TABLE nurse (
            nurse_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, nmc_pin TEXT NOT NULL UNIQUE,
            band INTEGER NOT NULL, home_site_id INTEGER NOT NULL REFERENCES site(site_id), joined_on TEXT NOT NULL,
            left_on TEXT, supervisor_id INTEGER REFERENCES nurse(nurse_id),
            referred_by INTEGER REFERENCES nurse(nurse_id));
        CREATE TABLE shift (
            shift_id INTEGER PRIMARY KEY, ward_id INTEGER NOT NULL REFERENCES ward(ward_id),
            nurse_id INTEGER NOT NULL REFERENCES nurse(nurse_id), shift_date TEXT NOT NULL, shift_type TEXT NOT NULL,
            start_time TEXT NOT NULL, planned_mins INTEGER NOT NULL, break_mins INTEGER NOT NULL,
            worked_mins INTEGER, hourly_rate REAL NOT NULL, status TEXT NOT NULL);
        CREATE TABLE referral_bonus (
            bonus_id INTEGER PRIMARY KEY, referrer_id INTEGER NOT NULL REFERENCES nurse(nurse_id),
            recruit_id INTEGER NOT NULL UNIQUE REFERENCES nurse(nurse_id), amount_gbp REAL NOT NULL, paid_on TEXT);
        """,
    )
    insert(c, "site", SITES)
    insert(c, "ward", WARDS)
    names = people(r, 96)
    nurses: list[list[Any]] = []

    def add(band: int, site: int, joined: dt.date, sup: int | None) -> int:
        nid = len(nurses) + 1
        pin = f"{r.randint(0, 99):02d}{r.choice('ABCDEFGHIJ')}{r.randint(1000, 9999)}{r.choice('EONSW')}"
        nurses.append([nid, names[nid - 1], pin, band, site, joined, None, sup, None])
        return nid

    lead = add(8, 1, D(2014, 4, 1), None)
    sups7 = [add(7, s, day_between(r, D(2015, 1, 1), D(2020, 12, 31)), lead) for s in (1, 1, 2, 2, 3, 3)]
    sups6 = []
    for i in range(18):
        site = (1, 1, 2, 3)[i % 4] if i < 16 else r.choice((1, 2, 3))
        same = [s for s in sups7 if nurses[s - 1][4] == site]
        sup = r.choice(same) if r.random() < 0.85 else r.choice(sups7)
        sups6.append(add(6, site, day_between(r, D(2017, 1, 1), D(2023, 6, 30)), sup))
    for _ in range(71):
        site = r.choice((1, 1, 1, 2, 2, 3, 3))
        cand = [s for s in sups6 if nurses[s - 1][4] == site]
        sup = r.choice(cand) if r.random() < 0.8 else r.choice(sups7)
        joined = day_between(r, D(2019, 1, 1), D(2025, 5, 30))
        add(5, site, joined, sup)
    # one band-6 nurse nobody reports to; one band-6 supervisor who has since left
    # referrals: ~40% of nurses were referred by somebody already in the bank
    by_id = {n[0]: n for n in nurses}
    for n in nurses[7:]:
        if r.random() < 0.42:
            earlier = [m for m in nurses if m[5] < n[5] - dt.timedelta(days=60) and m[0] != n[0]]
            if not earlier:
                continue
            if n[7] and r.random() < 0.25 and by_id[n[7]][5] < n[5]:
                n[8] = n[7]  # referred by their own supervisor
            else:
                hot = [m for m in earlier if m[0] in (9, 15, 31, 44)]
                n[8] = r.choice(hot)[0] if hot and r.random() < 0.35 else r.choice(earlier)[0]
    leavers = [sups6[3], *r.sample([n[0] for n in nurses if n[3] == 5 and n[5] < D(2024, 9, 1)], 8)]
    for nid in leavers:
        n = by_id[nid]
        n[6] = day_between(r, max(n[5] + dt.timedelta(days=120), D(2023, 3, 1)), D(2025, 5, 31))
    for n in nurses:
        n[5] = iso(n[5])
        n[6] = iso(n[6]) if n[6] else None
    insert(c, "nurse", [[*n[:8], None] for n in nurses])
    c.executemany("UPDATE nurse SET referred_by = ? WHERE nurse_id = ?", [(n[8], n[0]) for n in nurses if n[8]])
    shifts = []
    sid = 0
    for day_no in range((LAST + dt.timedelta(days=28) - D(2023, 1, 2)).days + 1):
        d = D(2023, 1, 2) + dt.timedelta(days=day_no)
        k = r.choice((2, 3, 3, 4, 4, 5)) if d <= LAST else r.choice((1, 2, 2, 3))
        for _ in range(k):
            avail = [n for n in nurses if n[5] <= iso(d) and (n[6] is None or n[6] > iso(d)) and n[3] < 8]
            n = r.choice(avail)
            same_site = [w[0] for w in WARDS if w[1] == n[4]]
            ward = r.choice(same_site) if r.random() < 0.8 else r.randint(1, 18)
            st = r.choices(list(SHIFT_TYPES), weights=[3, 3, 2, 3])[0]
            start, planned, brk = SHIFT_TYPES[st]
            rate = BAND_RATE[n[3]] * (1.3 if st == "Night" else 1.0) * (1.5 if d.weekday() >= 5 else 1.0)
            if d >= D(2024, 4, 1):
                rate *= 1.05
            rate = round(rate, 2)
            if d > LAST:
                status, worked = "booked", None
            else:
                x = r.random()
                if x < 0.06:
                    status, worked = "cancelled by ward", None
                elif x < 0.10:
                    status, worked = "cancelled by nurse", None
                else:
                    status = "worked"
                    worked = planned - brk + r.choice([0, 0, 0, 0, 0, 15, 30, 45, -30, 60, 90])
            sid += 1
            shifts.append((sid, ward, n[0], iso(d), st, start, planned, brk, worked, rate, status))
    insert(c, "shift", shifts)
    bonuses = []
    for n in nurses:
        if n[8] is not None:
            joined = D.fromisoformat(n[5])
            due = joined + dt.timedelta(days=120)
            if n[6] is not None and n[6] <= iso(due):
                continue  # left within 120 days: no bonus
            payday = D(due.year + due.month // 12, due.month % 12 + 1, 1)  # payroll on the 1st of the next month
            paid = iso(payday) if payday <= LAST else None
            amt = 500.0 if joined >= D(2024, 1, 1) else 250.0
            bonuses.append((len(bonuses) + 1, n[8], n[0], amt, paid))
    insert(c, "referral_bonus", bonuses)
    done(c)


# ---------------------------------------------------------------------------------------------------- fieldstation
FS_SITES = [
    # id, code, name, habitat, area ha, elevation m, established
    (1, "W1", "Hagg Wood", "woodland", 4.2, 145, "2012-04-01"),
    (2, "W2", "Brockholes Copse", "woodland", 2.8, 160, "2012-04-01"),
    (3, "W3", "Long Plantation", "woodland", 6.5, 210, "2016-05-16"),
    (4, "G1", "Top Pasture", "grassland", 3.1, 230, "2012-04-01"),
    (5, "G2", "Limekiln Meadow", "grassland", 1.9, 185, "2014-06-02"),
    (6, "G3", "Sheepwash Bank", "grassland", 2.4, 250, "2019-03-11"),
    (7, "M1", "Skell Mire", "wetland", 1.2, 120, "2012-04-01"),
    (8, "M2", "Reedy Carr", "wetland", 3.7, 95, "2017-09-04"),
    (9, "H1", "Grewelthorpe Moor", "heath", 8.9, 320, "2013-07-15"),
    (10, "H2", "Dallowgill Edge", "heath", 5.5, 365, "2018-05-21"),
    (11, "A1", "Home Farm Arable Strip", "arable", 1.5, 140, "2021-03-01"),
    (12, "R1", "Laver Riverside", "riparian", 0.9, 88, "2022-06-13"),
]  # fmt: skip
SENSOR_TYPES = [
    ("TMP", "Air temperature", "°C"),
    ("SMC", "Soil moisture", "% VWC"),
    ("RNG", "Rain gauge", "mm"),
    ("PAR", "Photosynthetically active radiation", "µmol/m²/s"),
    ("WTD", "Water table depth", "cm"),
]
RESEARCHERS = [
    (1, "Dr Ruth Ainsworth", "University of York", "Principal investigator"),
    (2, "Dr Owain Pritchard", "University of Leeds", "Principal investigator"),
    (3, "Kate Malhotra", "University of York", "Field technician"),
    (4, "Sam Whitley", "University of York", "Field technician"),
    (5, "Lena Hoffmann", "University of Leeds", "PhD student"),
    (6, "Joe Atherton", "University of York", "PhD student"),
    (7, "Dr Mei Chen", "UK Centre for Ecology & Hydrology", "Postdoctoral researcher"),
    (8, "Dr Callum Fraser", "University of Leeds", "Postdoctoral researcher"),
    (9, "Abi Greenwood", "Natural England", "Reserve officer"),
    (10, "Tomás Ortega", "University of York", "PhD student"),
    (11, "Hannah Iqbal", "University of Leeds", "MSc student"),
    (12, "Dr Peter Lindqvist", "UK Centre for Ecology & Hydrology", "Principal investigator"),
    (13, "Ellie Marsden", "University of York", "MSc student"),
    (14, "Rob Kettlewell", "Yorkshire Wildlife Trust", "Volunteer"),
    (15, "Dr Nadia Boateng", "University of York", "Postdoctoral researcher"),
]  # fmt: skip
VISIT_PURPOSES = ["data download", "sensor maintenance", "vegetation survey", "soil sampling", "bird survey", "water sampling"]  # fmt: skip


def build_fieldstation(path: Path) -> None:
    r = random.Random(9704)
    c = fresh_db(
        path,
        """
        CREATE TABLE site (
            site_id INTEGER PRIMARY KEY, site_code TEXT NOT NULL UNIQUE, site_name TEXT NOT NULL,
            habitat TEXT NOT NULL, area_ha REAL NOT NULL, elevation_m INTEGER NOT NULL, established_on TEXT NOT NULL);
        CREATE TABLE sensor_type (type_code TEXT PRIMARY KEY, description TEXT NOT NULL, unit TEXT NOT NULL);
        CREATE TABLE sensor (
            sensor_id INTEGER PRIMARY KEY, serial_no TEXT NOT NULL UNIQUE,
            type_code TEXT NOT NULL REFERENCES sensor_type(type_code), manufacturer TEXT NOT NULL,
            purchased_on TEXT NOT NULL, retired_on TEXT);
        CREATE TABLE researcher (
            researcher_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, institution TEXT NOT NULL, role TEXT NOT NULL);
        CREATE TABLE sensor_placement (
            placement_id INTEGER PRIMARY KEY, sensor_id INTEGER NOT NULL REFERENCES sensor(sensor_id),
            site_id INTEGER NOT NULL REFERENCES site(site_id), valid_from TEXT NOT NULL, valid_to TEXT);
        CREATE TABLE site_steward (
            steward_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id),
            researcher_id INTEGER NOT NULL REFERENCES researcher(researcher_id), valid_from TEXT NOT NULL,
            valid_to TEXT);
        CREATE TABLE site_visit (
            visit_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id),
            researcher_id INTEGER NOT NULL REFERENCES researcher(researcher_id), visit_date TEXT NOT NULL,
            duration_min INTEGER NOT NULL, purpose TEXT NOT NULL, notes TEXT);
        CREATE TABLE reading (
            reading_id INTEGER PRIMARY KEY, sensor_id INTEGER NOT NULL REFERENCES sensor(sensor_id),
            week_start TEXT NOT NULL, value REAL NOT NULL, n_records INTEGER NOT NULL);
        """,
    )
    insert(c, "site", FS_SITES)
    insert(c, "sensor_type", SENSOR_TYPES)
    insert(c, "researcher", RESEARCHERS)
    makers = {"TMP": "Onset HOBO", "SMC": "METER Group", "RNG": "Davis Instruments", "PAR": "Apogee", "WTD": "Solinst"}
    plan = ["TMP"] * 12 + ["SMC"] * 10 + ["RNG"] * 6 + ["PAR"] * 5 + ["WTD"] * 4
    sensors, placements = [], []
    readings = []
    rid = 0
    habitat = {s[0]: s[3] for s in FS_SITES}
    for sid, tc in enumerate(plan, 1):
        bought = day_between(r, D(2022, 9, 1), D(2024, 10, 31))
        retired = None
        if sid in (4, 15, 26, 31):
            retired = day_between(r, bought + dt.timedelta(days=200), D(2025, 5, 20))
        sensors.append((sid, f"{tc}-{1000 + sid * 13}", tc, makers[tc], iso(bought), iso(retired) if retired else None))
        cands = [s[0] for s in FS_SITES if tc != "WTD" or habitat[s[0]] in ("wetland", "riparian", "heath")]
        d = bought + dt.timedelta(days=r.randint(5, 40))
        site = r.choice(cands)
        in_store_now = sid in (7, 19, 33)
        closing = retired or (day_between(r, D(2025, 3, 20), D(2025, 5, 31)) if in_store_now else None)
        end_all = closing or LAST
        while d <= end_all:
            stay = r.choice([90, 150, 200, 300, 400, 500, 700, 900])
            to: dt.date | None = d + dt.timedelta(days=stay)
            last_leg = to >= end_all
            if last_leg:
                to = closing
            placements.append((len(placements) + 1, sid, site, iso(d), iso(to) if to else None))
            # weekly readings while placed
            wk = d + dt.timedelta(days=(7 - d.weekday()) % 7)
            stop = to or TODAY
            while wk + dt.timedelta(days=6) < stop:
                doy = wk.timetuple().tm_yday
                season = -math.cos((doy - 15) / 365 * 2 * 3.14159)
                elev = {s[0]: s[5] for s in FS_SITES}[site]
                if tc == "TMP":
                    v = 8.5 + 6.5 * season - (elev - 150) / 150 + r.gauss(0, 1.5)
                elif tc == "SMC":
                    v = 32 - 9 * season + (12 if habitat[site] == "wetland" else 0) + r.gauss(0, 3)
                elif tc == "RNG":
                    v = max(0.0, r.gauss(17 - 4 * season, 10))
                elif tc == "PAR":
                    v = max(20.0, 330 + 260 * season - (120 if habitat[site] == "woodland" else 0) + r.gauss(0, 40))
                else:
                    v = max(0.0, 22 + 15 * season + r.gauss(0, 5))
                nrec = 672 if r.random() > 0.05 else r.randint(150, 660)
                rid += 1
                readings.append((rid, sid, iso(wk), round(v, 1), nrec))
                wk += dt.timedelta(days=7)
            if last_leg or to is None:
                break
            d = to + dt.timedelta(days=r.choice([0, 0, 1, 3, 7, 14]))
            site = r.choice([s for s in cands if s != site])
    insert(c, "sensor", sensors)
    insert(c, "sensor_placement", placements)
    insert(c, "reading", readings)
    stewards = []
    for s in FS_SITES:
        d = D(2023, 1, 1)
        who = r.choice([1, 2, 7, 12, 15, 8])
        while True:
            stay = r.choice([250, 400, 600, 900, 1200])
            to = d + dt.timedelta(days=stay)
            if to > LAST:
                stewards.append((len(stewards) + 1, s[0], who, iso(d), None))
                break
            stewards.append((len(stewards) + 1, s[0], who, iso(d), iso(to)))
            d = to
            who = r.choice([x for x in (1, 2, 3, 4, 7, 8, 12, 15, 9) if x != who])
    insert(c, "site_steward", stewards)
    visits = []
    for vid in range(1, 761):
        d = day_between(r, D(2023, 1, 3), LAST)
        site = r.randint(1, 12)
        who = r.choices(range(1, 15), weights=[3, 2, 9, 8, 6, 6, 4, 3, 2, 5, 2, 1, 3, 2])[0]
        purpose = r.choice(VISIT_PURPOSES)
        if purpose == "water sampling" and habitat[site] not in ("wetland", "riparian"):
            purpose = "vegetation survey"
        dur = r.choice([30, 45, 60, 75, 90, 120, 150, 180, 240, 300])
        note = r.choice([None, None, None, None, "gate left open by walkers", "livestock in plot", "logger battery low", "flooded access track", "fence repaired"])  # fmt: skip
        visits.append((vid, site, who, iso(d), dur, purpose, note))
    visits.sort(key=lambda v: (v[3], v[0]))
    visits = [(i, *v[1:]) for i, v in enumerate(visits, 1)]
    insert(c, "site_visit", visits)
    done(c)


# ---------------------------------------------------------------------------------------------------- firstaid
FA_COURSES = [
    # id, code, title, length in minutes, price in pounds, certificate valid years
    (1, "EFAW", "Emergency First Aid at Work", 390, 95.0, 3),
    (2, "FAW", "First Aid at Work", 1080, 245.0, 3),
    (3, "FAW-RQ", "First Aid at Work Requalification", 720, 175.0, 3),
    (4, "PFA", "Paediatric First Aid", 720, 160.0, 3),
    (5, "MHFA", "Mental Health First Aid", 840, 210.0, 3),
    (6, "BLS", "Basic Life Support and AED", 210, 60.0, 1),
    (7, "FAW-AR", "Annual First Aid Refresher", 180, 55.0, 1),
]  # fmt: skip
FA_TRAINERS = [
    (1, "Gail Pickersgill", "Sheffield", "2012-05-14", "Active"),
    (2, "Mark Oyelaran", "Rotherham", "2015-09-01", "Active"),
    (3, "Denise Hartley", "Barnsley", "2010-02-22", "Active"),
    (4, "Steve Wragg", "Sheffield", "2018-11-05", "Active"),
    (5, "Farzana Begum", "Doncaster", "2019-06-17", "Active"),
    (6, "Lewis Crookes", "Chesterfield", "2021-01-11", "On Leave"),
    (7, "Janet Ibbotson", "Sheffield", "2008-03-03", "Left"),
    (8, "Ravi Chauhan", "Rotherham", "2023-08-21", "Active"),
    (9, "Claire Nunn", "Doncaster", "2024-09-02", "Active"),
]  # fmt: skip
FA_VENUES = [
    (1, "Training Centre, Attercliffe Road", "Sheffield", 16, "Own premises"),
    (2, "Kelham Island Community Hall", "Sheffield", 12, "Hired"),
    (3, "Rotherham Business Hub", "Rotherham", 14, "Hired"),
    (4, "Barnsley Digital Campus", "Barnsley", 12, "Hired"),
    (5, "Doncaster Training Room", "Doncaster", 12, "Own premises"),
    (6, "Client premises", "Various", 12, "Client site"),
]  # fmt: skip
FA_ORGS = [
    ("Hallam Construction Ltd", "Construction", "Sheffield"), ("Don Valley Builders", "Construction", "Rotherham"),
    ("Meadowhall Retail Services", "Retail", "Sheffield"), ("Peak Outdoor Stores", "Retail", "Chesterfield"),
    ("St Mary's Primary School", "Education", "Barnsley"), ("Abbeydale Academy Trust", "Education", "Sheffield"),
    ("Little Acorns Nursery", "Childcare", "Doncaster"), ("Bright Sparks Day Nursery", "Childcare", "Rotherham"),
    ("Sunnyside Care Homes", "Care", "Doncaster"), ("Oakwood Home Care", "Care", "Sheffield"),
    ("The Cutlers' Kitchen", "Hospitality", "Sheffield"), ("Crucible Events Ltd", "Hospitality", "Sheffield"),
    ("Sheffield City Council", "Public sector", "Sheffield"), ("South Yorkshire Fire Service", "Public sector", "Rotherham"),
    ("Tinsley Logistics", "Logistics", "Sheffield"), ("Northern Steel Fabrications", "Manufacturing", "Rotherham"),
    ("Barnsley Leisure Centres", "Leisure", "Barnsley"), ("Yorkshire Water Contractors", "Utilities", "Doncaster"),
    ("Greenfield Allotment Society", "Voluntary", "Sheffield"), ("Kingfisher Swim School", "Leisure", "Doncaster"),
]  # fmt: skip


def build_firstaid(path: Path) -> None:
    r = random.Random(9705)
    c = fresh_db(
        path,
        """
        CREATE TABLE course (
            course_id INTEGER PRIMARY KEY, course_code TEXT NOT NULL UNIQUE, course_title TEXT NOT NULL,
            length_minutes INTEGER NOT NULL, price_gbp REAL NOT NULL, cert_valid_years INTEGER NOT NULL);
        CREATE TABLE trainer (
            trainer_id INTEGER PRIMARY KEY, trainer_name TEXT NOT NULL, base_town TEXT NOT NULL,
            qualified_on TEXT NOT NULL, trainer_status TEXT NOT NULL);
        CREATE TABLE venue (
            venue_id INTEGER PRIMARY KEY, venue_name TEXT NOT NULL, town TEXT NOT NULL, capacity INTEGER NOT NULL,
            venue_type TEXT NOT NULL);
        CREATE TABLE client_org (
            org_id INTEGER PRIMARY KEY, org_name TEXT NOT NULL, sector TEXT NOT NULL, town TEXT NOT NULL,
            account_opened TEXT NOT NULL);
        CREATE TABLE session (
            session_id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(course_id),
            venue_id INTEGER NOT NULL REFERENCES venue(venue_id),
            trainer_id INTEGER NOT NULL REFERENCES trainer(trainer_id), start_date TEXT NOT NULL,
            days INTEGER NOT NULL, session_status TEXT NOT NULL, host_org_id INTEGER REFERENCES client_org(org_id));
        CREATE TABLE booking (
            booking_id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES session(session_id),
            org_id INTEGER REFERENCES client_org(org_id), delegate_name TEXT NOT NULL, booked_on TEXT NOT NULL,
            booking_status TEXT NOT NULL, fee_gbp REAL NOT NULL, cert_no TEXT);
        """,
    )
    insert(c, "course", FA_COURSES)
    insert(c, "trainer", FA_TRAINERS)
    insert(c, "venue", FA_VENUES)
    orgs = []
    for i, (n, sec, town) in enumerate(FA_ORGS, 1):
        opened = day_between(r, D(2019, 1, 1), D(2024, 12, 31))
        if i == 20:
            opened = D(2025, 5, 19)
        orgs.append((i, n, sec, town, iso(opened)))
    insert(c, "client_org", orgs)
    sessions, bookings = [], []
    names = people(r, 2200)
    ni = 0
    cert = 41000
    days_for = {1: 1, 2: 3, 3: 2, 4: 2, 5: 2, 6: 1, 7: 1}
    course_w = [30, 14, 10, 14, 10, 14, 8]
    d = D(2023, 1, 9)
    end = LAST + dt.timedelta(days=60)
    while d <= end:
        if d.weekday() < 5 and r.random() < 0.62:
            cid = r.choices(range(1, 8), weights=course_w)[0]
            if cid in (2, 3, 5) and d.weekday() > 2:
                d += DAY
                continue
            ven = r.choices(range(1, 7), weights=[8, 3, 3, 2, 3, 4])[0]
            host = None
            if ven == 6:
                host = r.choice([o[0] for o in orgs if o[4] <= iso(d)])
            trainers = [t[0] for t in FA_TRAINERS if t[3] <= iso(d) and not (t[4] == "Left" and d > D(2024, 2, 29))]
            trainers = [t for t in trainers if not (t == 6 and d > D(2025, 3, 31))]
            tr = r.choices(trainers, weights=[6 if t == 3 else (2 if t in (8, 9) else 4) for t in trainers])[0]
            if d > LAST:
                status = "Scheduled"
            elif r.random() < 0.06:
                status = "Cancelled"
            else:
                status = "Completed"
            sid = len(sessions) + 1
            sessions.append((sid, cid, ven, tr, iso(d), days_for[cid], status, host))
            cap = FA_VENUES[ven - 1][3]
            n = r.randint(3, cap) if status != "Scheduled" else r.randint(1, cap - 2)
            price = (
                FA_COURSES[cid - 1][4] * (1.08 if d >= D(2024, 4, 1) else 1.0) * (1.05 if d >= D(2025, 4, 1) else 1.0)
            )
            for _ in range(n):
                org = (
                    host if host else (None if r.random() < 0.22 else r.choice([o[0] for o in orgs if o[4] <= iso(d)]))
                )
                booked = d - dt.timedelta(days=r.randint(2, 70))
                if booked > LAST:
                    booked = LAST - dt.timedelta(days=r.randint(0, 10))
                if status == "Cancelled":
                    bst = "Cancelled"
                elif status == "Scheduled":
                    bst = "Cancelled" if r.random() < 0.06 else "Booked"
                else:
                    x = r.random()
                    bst = (
                        "Completed"
                        if x < 0.84
                        else ("No-Show" if x < 0.92 else ("Cancelled" if x < 0.97 else "Failed"))
                    )
                fee = round(price * (0.9 if org is not None and host is not None else 1.0), 2)
                if bst == "Cancelled" and (status == "Cancelled" or r.random() < 0.5):
                    fee = 0.0  # refunded; late cancellations by the delegate are charged in full
                cn = None
                if bst == "Completed":
                    cert += 1
                    cn = f"FA-{cert}"
                bookings.append((len(bookings) + 1, sid, org, names[ni % len(names)], iso(booked), bst, fee, cn))
                ni += 1
        d += DAY
    insert(c, "session", sessions)
    insert(c, "booking", bookings)
    done(c)


# ---------------------------------------------------------------------------------------------------- chemstores
H_STATEMENTS = [
    ("H220", "Extremely flammable gas", "Physical"),
    ("H225", "Highly flammable liquid and vapour", "Physical"),
    ("H226", "Flammable liquid and vapour", "Physical"),
    ("H228", "Flammable solid", "Physical"),
    ("H271", "May cause fire or explosion; strong oxidiser", "Physical"),
    ("H272", "May intensify fire; oxidiser", "Physical"),
    ("H290", "May be corrosive to metals", "Physical"),
    ("H300", "Fatal if swallowed", "Health"),
    ("H301", "Toxic if swallowed", "Health"),
    ("H302", "Harmful if swallowed", "Health"),
    ("H311", "Toxic in contact with skin", "Health"),
    ("H314", "Causes severe skin burns and eye damage", "Health"),
    ("H315", "Causes skin irritation", "Health"),
    ("H319", "Causes serious eye irritation", "Health"),
    ("H331", "Toxic if inhaled", "Health"),
    ("H335", "May cause respiratory irritation", "Health"),
    ("H336", "May cause drowsiness or dizziness", "Health"),
    ("H340", "May cause genetic defects", "Health"),
    ("H350", "May cause cancer", "Health"),
    ("H351", "Suspected of causing cancer", "Health"),
    ("H360", "May damage fertility or the unborn child", "Health"),
    ("H373", "May cause damage to organs through prolonged or repeated exposure", "Health"),
    ("H400", "Very toxic to aquatic life", "Environmental"),
    ("H410", "Very toxic to aquatic life with long lasting effects", "Environmental"),
    ("H412", "Harmful to aquatic life with long lasting effects", "Environmental"),
]  # fmt: skip
STORAGE_CLASSES = [
    ("2A", "Gases"), ("3", "Flammable liquids"), ("4.1B", "Flammable solid materials"),
    ("5.1B", "Oxidising hazardous materials"), ("6.1A", "Combustible, acute toxic Cat. 1 and 2 / very toxic"),
    ("6.1C", "Combustible, acute toxic Cat. 3 / toxic compounds"), ("8A", "Combustible corrosive hazardous materials"),
    ("8B", "Non-combustible corrosive hazardous materials"), ("10", "Combustible liquids"),
    ("11", "Combustible solids"), ("12", "Non-combustible liquids"), ("13", "Non-combustible solids"),
]  # fmt: skip
CHEMICALS = [
    # name, CAS, formula, storage class, signal word, state, hazard codes
    ("Acetone", "67-64-1", "C3H6O", "3", "Danger", "liquid", ["H225", "H319", "H336"]),
    ("Ethanol", "64-17-5", "C2H6O", "3", "Danger", "liquid", ["H225", "H319"]),
    ("Methanol", "67-56-1", "CH4O", "3", "Danger", "liquid", ["H225", "H301", "H311", "H331", "H373"]),
    ("Dichloromethane", "75-09-2", "CH2Cl2", "6.1C", "Warning", "liquid", ["H315", "H319", "H336", "H351"]),
    ("Chloroform", "67-66-3", "CHCl3", "6.1C", "Danger", "liquid", ["H302", "H315", "H319", "H331", "H351", "H373"]),
    ("Diethyl ether", "60-29-7", "C4H10O", "3", "Danger", "liquid", ["H225", "H302", "H336"]),
    ("Toluene", "108-88-3", "C7H8", "3", "Danger", "liquid", ["H225", "H315", "H336", "H360", "H373"]),
    ("n-Hexane", "110-54-3", "C6H14", "3", "Danger", "liquid", ["H225", "H315", "H336", "H373", "H412"]),
    ("Acetonitrile", "75-05-8", "C2H3N", "3", "Danger", "liquid", ["H225", "H302", "H311", "H319", "H331"]),
    ("Ethyl acetate", "141-78-6", "C4H8O2", "3", "Danger", "liquid", ["H225", "H319", "H336"]),
    ("Isopropanol", "67-63-0", "C3H8O", "3", "Danger", "liquid", ["H225", "H319", "H336"]),
    ("Formaldehyde solution 37%", "50-00-0", "CH2O", "6.1C", "Danger", "liquid", ["H301", "H311", "H314", "H331", "H340", "H350"]),
    ("Hydrochloric acid 37%", "7647-01-0", "HCl", "8B", "Danger", "liquid", ["H290", "H314", "H335"]),
    ("Sulfuric acid 95-98%", "7664-93-9", "H2SO4", "8B", "Danger", "liquid", ["H290", "H314"]),
    ("Nitric acid 65%", "7697-37-2", "HNO3", "5.1B", "Danger", "liquid", ["H272", "H290", "H314"]),
    ("Glacial acetic acid", "64-19-7", "C2H4O2", "3", "Danger", "liquid", ["H226", "H314"]),
    ("Sodium hydroxide pellets", "1310-73-2", "NaOH", "8B", "Danger", "solid", ["H290", "H314"]),
    ("Potassium permanganate", "7722-64-7", "KMnO4", "5.1B", "Danger", "solid", ["H272", "H302", "H360", "H410"]),
    ("Sodium azide", "26628-22-8", "NaN3", "6.1A", "Danger", "solid", ["H300", "H373", "H410"]),
    ("Acrylamide", "79-06-1", "C3H5NO", "6.1C", "Danger", "solid", ["H301", "H315", "H319", "H340", "H350", "H373"]),
    ("Phenol", "108-95-2", "C6H6O", "6.1C", "Danger", "solid", ["H301", "H311", "H314", "H331", "H373"]),
    ("Sodium chloride", "7647-14-5", "NaCl", "13", None, "solid", []),
    ("Glucose", "50-99-7", "C6H12O6", "11", None, "solid", []),
    ("Tris base", "77-86-1", "C4H11NO3", "11", None, "solid", []),
    ("Agarose", "9012-36-6", "(C12H18O9)n", "11", None, "solid", []),
    ("Copper(II) sulfate pentahydrate", "7758-99-8", "CuSO4·5H2O", "13", "Warning", "solid", ["H302", "H315", "H319", "H410"]),
    ("Silver nitrate", "7761-88-8", "AgNO3", "5.1B", "Danger", "solid", ["H272", "H290", "H314", "H410"]),
    ("Hydrogen peroxide 30%", "7722-84-1", "H2O2", "5.1B", "Danger", "liquid", ["H302", "H314", "H335", "H412"]),
    ("Sodium hypochlorite solution", "7681-52-9", "NaOCl", "8B", "Danger", "liquid", ["H290", "H314", "H400"]),
    ("Dimethyl sulfoxide", "67-68-5", "C2H6OS", "10", None, "liquid", []),
    ("Glycerol", "56-81-5", "C3H8O3", "10", None, "liquid", []),
    ("Magnesium turnings", "7439-95-4", "Mg", "4.1B", "Danger", "solid", ["H228"]),
    ("Sodium borohydride", "16940-66-2", "NaBH4", "4.1B", "Danger", "solid", ["H301", "H314", "H360"]),
    ("Mercury(II) chloride", "7487-94-7", "HgCl2", "6.1A", "Danger", "solid", ["H300", "H314", "H340", "H360", "H373", "H410"]),
    ("Potassium dichromate", "7778-50-9", "K2Cr2O7", "5.1B", "Danger", "solid", ["H272", "H301", "H314", "H340", "H350", "H360", "H410"]),
    ("Benzene", "71-43-2", "C6H6", "3", "Danger", "liquid", ["H225", "H315", "H319", "H340", "H350", "H373", "H412"]),
    ("Hydrogen gas cylinder", "1333-74-0", "H2", "2A", "Danger", "gas", ["H220"]),
    ("Ethidium bromide solution 1%", "1239-45-8", "C21H20BrN3", "6.1C", "Danger", "liquid", ["H302", "H331", "H340"]),
    ("Ammonium sulfate", "7783-20-2", "(NH4)2SO4", "13", None, "solid", []),
    ("Trichloroacetic acid", "76-03-9", "C2HCl3O2", "8A", "Danger", "solid", ["H314", "H410"]),
]  # fmt: skip
LABS = [
    # id, code, building, department, manager
    (1, "DAL-1.04", "Dalton Building", "Chemistry", "Dr Fiona Grayson"),
    (2, "DAL-1.06", "Dalton Building", "Chemistry", "Dr Fiona Grayson"),
    (3, "DAL-2.11", "Dalton Building", "Chemistry", "Prof Ian Mercer"),
    (4, "DAL-B.02", "Dalton Building", "Chemistry", "Prof Ian Mercer"),
    (5, "HUX-3.20", "Huxley Building", "Biochemistry", "Dr Anjali Rao"),
    (6, "HUX-3.22", "Huxley Building", "Biochemistry", "Dr Anjali Rao"),
    (7, "HUX-4.05", "Huxley Building", "Molecular Biology", "Dr Ben Okonjo"),
    (8, "FRA-0.15", "Franklin Building", "Pharmacology", "Dr Clare Dunmore"),
    (9, "FRA-1.31", "Franklin Building", "Pharmacology", "Dr Clare Dunmore"),
    (10, "LYE-2.08", "Lyell Building", "Earth Sciences", "Dr Rhodri Vaughan"),
    (11, "LYE-G.01", "Lyell Building", "Earth Sciences", "Dr Rhodri Vaughan"),
    (12, "TEA-1.01", "Teaching Block", "Teaching Laboratories", "Mrs Paula Stride"),
]  # fmt: skip
SUPPLIERS = [
    (1, "Sigma-Aldrich (Merck)", "UK-MERCK-40112"), (2, "Fisher Scientific", "FS-88213"), (3, "VWR International", "VWR-30517"),
    (4, "Alfa Aesar", "AA-77190"), (5, "TCI UK", "TCI-5523"), (6, "BOC Gases", "BOC-102938"),
]  # fmt: skip


def build_chemstores(path: Path) -> None:
    r = random.Random(9706)
    c = fresh_db(
        path,
        """
        CREATE TABLE hazard_statement (
            h_code TEXT PRIMARY KEY, h_text TEXT NOT NULL, hazard_class TEXT NOT NULL);
        CREATE TABLE storage_class (sc_code TEXT PRIMARY KEY, sc_description TEXT NOT NULL);
        CREATE TABLE chemical (
            chem_id INTEGER PRIMARY KEY, chem_name TEXT NOT NULL, cas_no TEXT NOT NULL UNIQUE, formula TEXT NOT NULL,
            sc_code TEXT NOT NULL REFERENCES storage_class(sc_code), signal_word TEXT, phys_state TEXT NOT NULL);
        CREATE TABLE chemical_hazard (
            chem_id INTEGER NOT NULL REFERENCES chemical(chem_id),
            h_code TEXT NOT NULL REFERENCES hazard_statement(h_code), PRIMARY KEY (chem_id, h_code));
        CREATE TABLE lab (
            lab_id INTEGER PRIMARY KEY, lab_code TEXT NOT NULL UNIQUE, building TEXT NOT NULL,
            department TEXT NOT NULL, lab_manager TEXT NOT NULL);
        CREATE TABLE supplier (
            supplier_id INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL, account_no TEXT NOT NULL);
        CREATE TABLE container (
            container_id INTEGER PRIMARY KEY, barcode TEXT NOT NULL UNIQUE,
            chem_id INTEGER NOT NULL REFERENCES chemical(chem_id), lab_id INTEGER NOT NULL REFERENCES lab(lab_id),
            supplier_id INTEGER NOT NULL REFERENCES supplier(supplier_id), size_qty REAL NOT NULL,
            size_unit TEXT NOT NULL, cost_pence INTEGER NOT NULL, received_on TEXT NOT NULL, opened_on TEXT,
            expires_on TEXT NOT NULL, disposed_on TEXT);
        CREATE TABLE inspection (
            inspection_id INTEGER PRIMARY KEY, lab_id INTEGER NOT NULL REFERENCES lab(lab_id),
            inspected_on TEXT NOT NULL, inspector TEXT NOT NULL, score INTEGER NOT NULL, outcome TEXT NOT NULL,
            open_actions INTEGER NOT NULL);
        """,
    )
    insert(c, "hazard_statement", H_STATEMENTS)
    insert(c, "storage_class", STORAGE_CLASSES)
    chems, links = [], []
    for i, (n, cas, f, sc, sw, state, hs) in enumerate(CHEMICALS, 1):
        chems.append((i, n, cas, f, sc, sw, state))
        links.extend((i, h) for h in hs)
    insert(c, "chemical", chems)
    insert(c, "chemical_hazard", links)
    insert(c, "lab", LABS)
    insert(c, "supplier", SUPPLIERS)
    dept_of = {lab[0]: lab[3] for lab in LABS}
    containers = []
    for cid in range(1, 1101):
        ch = r.randint(1, len(CHEMICALS))
        n, _, _, sc, _, state, _ = CHEMICALS[ch - 1]
        if sc == "2A":
            labs = [3, 4]
        elif n.startswith(("Mercury", "Potassium dichromate", "Benzene")):
            labs = [1, 3, 4]
        elif n.startswith(("Acrylamide", "Ethidium", "Agarose", "Tris")):
            labs = [5, 6, 7]
        else:
            labs = [lab[0] for lab in LABS]
        lab = r.choice(labs)
        if dept_of[lab] == "Chemistry" and r.random() < 0.3:
            lab = r.choice([1, 2, 3, 4])
        if state == "liquid":
            qty, unit = r.choice([(100, "mL"), (250, "mL"), (500, "mL"), (1000, "mL"), (2500, "mL")])
        elif state == "gas":
            qty, unit = (50, "L")
        else:
            qty, unit = r.choice([(5, "g"), (25, "g"), (100, "g"), (250, "g"), (500, "g"), (1000, "g")])
        sup = 6 if state == "gas" else r.choices(range(1, 6), weights=[8, 6, 4, 2, 1])[0]
        base = r.uniform(0.02, 0.2) if unit != "L" else 1.6
        cost = round(qty * base * 100 * (2.5 if qty <= 25 else 1))
        recv = day_between(r, D(2021, 6, 1), LAST)
        shelf = r.choice([365, 730, 1095, 1825])
        exp = recv + dt.timedelta(days=shelf)
        opened = recv + dt.timedelta(days=r.randint(0, 200)) if r.random() < 0.8 else None
        if opened and opened > LAST:
            opened = None
        disposed = None
        if opened and r.random() < 0.45:
            disposed = opened + dt.timedelta(days=r.randint(30, 700))
            if disposed > LAST:
                disposed = None
        if disposed is None and exp < D(2024, 6, 1) and r.random() < 0.75:
            disposed = exp + dt.timedelta(days=r.randint(0, 60))
        containers.append((cid, f"CH{300000 + cid * 17}", ch, lab, sup, float(qty), unit, cost, iso(recv), iso(opened) if opened else None, iso(exp), iso(disposed) if disposed else None))  # fmt: skip
    insert(c, "container", containers)
    inspectors = ["Martin Doyle", "Sue Kettering", "Aled Probert"]
    insps = []
    for lab in LABS:
        d = D(2023, 1, 16) + dt.timedelta(days=r.randint(0, 60))
        while d <= LAST:
            score = max(35, min(100, int(r.gauss(82 if lab[0] not in (4, 11) else 66, 9))))
            outcome = "pass" if score >= 80 else ("advisory" if score >= 65 else "fail")
            acts = 0 if score >= 92 else r.randint(1, 3) + (3 if outcome == "fail" else 0)
            insps.append(
                (len(insps) + 1, lab[0], iso(weekday_on_or_after(d)), r.choice(inspectors), score, outcome, acts)
            )
            d += dt.timedelta(days=r.choice([91, 120, 150, 180]) if outcome != "fail" else 45)
    insps.sort(key=lambda x: (x[2], x[1]))
    insert(c, "inspection", [(i, *x[1:]) for i, x in enumerate(insps, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "radiotherapy": build_radiotherapy,
    "biobank": build_biobank,
    "nursebank": build_nursebank,
    "fieldstation": build_fieldstation,
    "firstaid": build_firstaid,
    "chemstores": build_chemstores,
}
