"""Six small health, science and research databases for the seventy-fifth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing is dated after 2025-06-14 except bookings still to come (and the
calendar rows of ``sleepstudy.dim_date``, which run to the end of 2025).

- ``sleepstudy`` (a data-warehouse star schema: ``dim_`` and ``fact_`` tables with surrogate ``*_key`` columns and a
  date dimension keyed YYYYMMDD): a regional sleep service with three centres. ``dim_date`` (``date_key`` such as
  20250314, ``full_date``, year, quarter, month, ``month_name``, ``day_name``, ``is_weekend`` 0/1), ``dim_site``,
  ``dim_staff`` (role 'Sleep Physician' or 'Sleep Technologist', home site), ``dim_patient`` (``patient_ref`` such as
  'SLP10007', sex 'M'/'F', ``birth_year``, ``bmi``, ``referral_source`` GP/ENT/Cardiology/Respiratory/Dentist,
  ``smoker`` 'Y'/'N'), ``dim_study_type`` (PSG, HSAT = home sleep apnoea test, MSLT, TITR = CPAP titration, SPLIT =
  split-night; setting 'In-lab' or 'Home'), ``dim_diagnosis`` (OSA, CSA, INS, NAR, PLM, NORM), ``fact_sleep_study``
  (one row per night: technologist and physician keys into ``dim_staff``, ``total_sleep_min`` and
  ``sleep_efficiency_pct`` NULL for home tests, ``ahi`` events per hour, ``min_spo2_pct``, ``ahi_category``
  None/Mild/Moderate/Severe, ``diagnosis_key`` NULL while the report is pending) and ``fact_cpap_usage`` (one row per
  patient per month on CPAP: ``month_key`` is the first day of the month, ``nights_used``, ``avg_use_min``,
  ``residual_ahi``).
- ``vectorwatch`` (German table and column names; values partly German, flags 'J'/'N'; self-referencing
  ``Mitarbeiter.VorgesetzterID``): a public-health mosquito surveillance programme on the Upper Rhine.
  ``Standort`` (trap sites with ``Ort`` = town and ``Lebensraum`` = habitat: Feuchtgebiet wetland, Stadtpark urban
  park, Kleingarten allotments, Industrie, Landwirtschaft farmland, Wald woodland), ``Falle`` (traps: ``Fallentyp``,
  ``Lockstoff`` = bait, ``AufgestelltAm`` set up, ``AbgebautAm`` NULL while still in place), ``Mitarbeiter`` (staff,
  ``Rolle``), ``Art`` (species: ``WissName`` scientific name, ``DeutscherName``, ``Gattung`` genus, ``Invasiv``
  'J'/'N'), ``Leerung`` (a trap being emptied: ``Datum``, ``MitarbeiterID``, ``Temperatur`` in °C, ``Bemerkung``
  remark or NULL), the link table ``Fang`` (catch: ``LeerungID``, ``ArtID``, ``Anzahl`` = number of mosquitoes) and
  ``Virustest`` (pooled PCR tests of one species from one collection, a composite foreign key ``(LeerungID, ArtID)``
  into ``Fang``: ``Erreger`` 'West-Nil-Virus' or 'Usutu-Virus', ``Poolgroesse``, ``Ergebnis`` 'positiv'/'negativ').
- ``sportscience`` (units carried in column names): a university sports-science laboratory testing athletes.
  ``clubs``, ``athletes`` (``height_cm``), ``scientists``, ``protocols`` (``stage_length_s``, ``fee_cents``),
  ``test_sessions`` (``body_mass_kg``, ``lab_temp_c``, ``duration_s``, ``vo2max_ml_kg_min`` NULL for the Wingate test,
  ``max_hr_bpm``, ``peak_power_w`` NULL on the treadmill, ``peak_lactate_mmol_l``, ``price_cents`` charged),
  ``sprint_trials`` (venue 'Indoor track'/'Outdoor track', ``distance_m``, ``time_ms``, ``wind_m_s`` NULL indoors) and ``sweat_tests`` (``duration_s``,
  ``ambient_temp_c``, ``fluid_intake_l``, ``sweat_loss_l``, ``sodium_mg_l``). Money is in euro cents.
- ``stability`` (natural and composite keys, no surrogate ids): a pharmaceutical stability-testing laboratory.
  ``sites`` (``site_code`` such as 'IE-CRK', ISO ``country_code``), ``products`` (``product_code`` such as 'MET850'),
  ``conditions`` (``condition_code`` LT25 long-term 25°C/60% RH, IM30 intermediate, AC40 accelerated, FR05 fridge),
  ``batches`` (primary key ``(product_code, batch_no)``), ``analysts`` (``analyst_code`` = initials), ``tests``
  (``test_code`` ASSAY, DISS, IMP, WATER, PH with limits), ``studies`` (primary key ``(product_code, batch_no,
  condition_code)``, composite foreign key to ``batches``; ``status`` 'A' active, 'C' completed, 'X' cancelled) and
  ``results`` (primary key ``(product_code, batch_no, condition_code, timepoint_months, test_code)``, composite
  foreign key to ``studies``; ``pass_flag`` 'Y'/'N').
- ``telehealth`` (Rails-style plural snake_case tables with ``created_at``/``updated_at``, ``is_``/``has_`` 0/1 flags
  and a ``deleted_at`` soft-delete column; self-referencing ``clinicians.supervisor_id``): an online doctor service.
  ``clinicians`` (specialty, role, ``is_prescriber``; one who left carries ``deleted_at``), ``patients`` (``is_verified``, ``has_insurance``; a few closed
  accounts carry ``deleted_at``), ``consultations`` (``scheduled_at``, channel video/phone/chat, status
  completed/cancelled/no_show/scheduled, ``duration_minutes`` NULL unless completed, ``is_follow_up``, ``fee_pence``),
  ``medications`` (``is_controlled``), ``prescriptions`` (``is_repeat``) and ``reviews`` (rating 1-5).
- ``imagingcentre`` (``tbl_`` prefixed PascalCase tables and columns; self-referencing
  ``tbl_Radiographer.SupervisorID``): a diagnostic imaging centre. ``tbl_Modality`` (MR, CT, DX, US, DXA),
  ``tbl_Scanner`` (``DecommissionedOn`` NULL while in service), ``tbl_Radiographer`` (NHS ``Band``,
  ``MainModalityID``),
  ``tbl_Radiologist``, ``tbl_Referrer``, ``tbl_Patient``, ``tbl_Exam`` (``Priority`` 'R' routine, 'U' urgent, 'C'
  cancer two-week wait; ``Status`` 'C' completed, 'D' did not attend, 'X' cancelled, 'B' booked for a future date;
  ``ContrastUsed`` 'Y'/'N') and ``tbl_Report`` (``IsAbnormal`` 'Y'/'N'; completed exams still waiting have none).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, FEMALE, GIVEN, day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def _person(r: random.Random, sex: str, used: set[tuple[str, str]]) -> tuple[str, str]:
    """A (given, family) name not in ``used``, the given name fitting ``sex`` ('M' or 'F')."""
    pool = [g for g in GIVEN if (g in FEMALE) == (sex == "F")]
    while True:
        name = (r.choice(pool), r.choice(FAMILY))
        if name not in used:
            used.add(name)
            return name


def _key(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return D(d.year + y, m + 1, min(d.day, 28))


# ------------------------------------------------------------------------------------------------------ sleepstudy
SL_SITES = [
    (1, "NSC", "Northgate Sleep Centre", "Leeds", 6),
    (2, "RSU", "Riverside Sleep Unit", "York", 4),
    (3, "HSL", "Harrogate Sleep Lab", "Harrogate", 3),
]
SL_STAFF = [
    (1, "Dr Helen Marsh", "Sleep Physician", 1),
    (2, "Dr Raj Iyer", "Sleep Physician", 2),
    (3, "Dr Fiona Blake", "Sleep Physician", 3),
    (4, "Owen Pryce", "Sleep Technologist", 1),
    (5, "Leah Carter", "Sleep Technologist", 1),
    (6, "Sam Okoro", "Sleep Technologist", 2),
    (7, "Mia Holt", "Sleep Technologist", 2),
    (8, "Ravi Desai", "Sleep Technologist", 3),
    (9, "Jess Lowe", "Sleep Technologist", 1),
]
SL_TYPES = [
    (1, "PSG", "Diagnostic polysomnography", "In-lab"),
    (2, "HSAT", "Home sleep apnoea test", "Home"),
    (3, "MSLT", "Multiple sleep latency test", "In-lab"),
    (4, "TITR", "CPAP titration study", "In-lab"),
    (5, "SPLIT", "Split-night study", "In-lab"),
]
SL_DIAG = [
    (1, "OSA", "Obstructive sleep apnoea"),
    (2, "CSA", "Central sleep apnoea"),
    (3, "INS", "Insomnia"),
    (4, "NAR", "Narcolepsy"),
    (5, "PLM", "Periodic limb movement disorder"),
    (6, "NORM", "No sleep disorder found"),
]
SL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
SL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ahi_category(ahi: float | None) -> str | None:
    if ahi is None:
        return None
    return "None" if ahi < 5 else "Mild" if ahi < 15 else "Moderate" if ahi < 30 else "Severe"


def build_sleepstudy(path: Path) -> None:
    r = random.Random(75001)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year INTEGER NOT NULL,
            quarter INTEGER NOT NULL, month INTEGER NOT NULL, month_name TEXT NOT NULL, day_name TEXT NOT NULL,
            is_weekend INTEGER NOT NULL);
        CREATE TABLE dim_site (site_key INTEGER PRIMARY KEY, site_code TEXT NOT NULL, site_name TEXT NOT NULL,
            city TEXT NOT NULL, lab_beds INTEGER NOT NULL);
        CREATE TABLE dim_staff (staff_key INTEGER PRIMARY KEY, staff_name TEXT NOT NULL, role TEXT NOT NULL,
            home_site_key INTEGER NOT NULL REFERENCES dim_site(site_key));
        CREATE TABLE dim_patient (patient_key INTEGER PRIMARY KEY, patient_ref TEXT NOT NULL UNIQUE,
            first_name TEXT NOT NULL, last_name TEXT NOT NULL, sex TEXT NOT NULL, birth_year INTEGER NOT NULL,
            bmi REAL NOT NULL, referral_source TEXT NOT NULL, smoker TEXT NOT NULL);
        CREATE TABLE dim_study_type (study_type_key INTEGER PRIMARY KEY, study_code TEXT NOT NULL,
            study_name TEXT NOT NULL, setting TEXT NOT NULL);
        CREATE TABLE dim_diagnosis (diagnosis_key INTEGER PRIMARY KEY, diagnosis_code TEXT NOT NULL,
            diagnosis_name TEXT NOT NULL);
        CREATE TABLE fact_sleep_study (study_key INTEGER PRIMARY KEY,
            date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            patient_key INTEGER NOT NULL REFERENCES dim_patient(patient_key),
            site_key INTEGER NOT NULL REFERENCES dim_site(site_key),
            study_type_key INTEGER NOT NULL REFERENCES dim_study_type(study_type_key),
            technologist_key INTEGER NOT NULL REFERENCES dim_staff(staff_key),
            physician_key INTEGER NOT NULL REFERENCES dim_staff(staff_key),
            diagnosis_key INTEGER REFERENCES dim_diagnosis(diagnosis_key),
            total_sleep_min INTEGER, sleep_efficiency_pct REAL, ahi REAL, min_spo2_pct INTEGER, ahi_category TEXT);
        CREATE TABLE fact_cpap_usage (usage_key INTEGER PRIMARY KEY,
            month_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            patient_key INTEGER NOT NULL REFERENCES dim_patient(patient_key),
            nights_used INTEGER NOT NULL, nights_in_month INTEGER NOT NULL, avg_use_min INTEGER NOT NULL,
            residual_ahi REAL NOT NULL);
        """,
    )
    dates = []
    d = D(2023, 1, 1)
    while d <= D(2025, 12, 31):
        dates.append((_key(d), d.isoformat(), d.year, (d.month - 1) // 3 + 1, d.month, SL_MONTHS[d.month - 1],
                      SL_DAYS[d.weekday()], int(d.weekday() >= 5)))  # fmt: skip
        d += dt.timedelta(days=1)
    insert(c, "dim_date", dates)
    insert(c, "dim_site", SL_SITES)
    insert(c, "dim_staff", SL_STAFF)
    insert(c, "dim_study_type", SL_TYPES)
    insert(c, "dim_diagnosis", SL_DIAG)
    pats, plans = [], []
    used: set[tuple[str, str]] = set()
    for k in range(1, 151):
        sex = "M" if r.random() < 0.6 else "F"
        first, last = _person(r, sex, used)
        bmi = round(r.uniform(19.5, 43.0), 1)
        ref = r.choices(["GP", "ENT", "Cardiology", "Respiratory", "Dentist"], weights=[55, 12, 10, 15, 8])[0]
        pats.append((k, f"SLP{10000 + k * 7}", first, last, sex, r.randint(1948, 2003), bmi, ref,
                     _yn(r.random() < 0.18)))  # fmt: skip
        p_osa = min(0.8, max(0.2, 0.3 + (bmi - 25) * 0.03))
        x = r.random()
        cond = "OSA" if x < p_osa else r.choices(["CSA", "INS", "NAR", "PLM", "NORM"], weights=[8, 30, 8, 10, 44])[0]
        plans.append((k, cond, day_between(r, D(2023, 1, 4), D(2025, 6, 12))))
    insert(c, "dim_patient", pats)
    diag_key = {code: k for k, code, _n in SL_DIAG}
    site_techs = {s: [k for k, _n, ro, hs in SL_STAFF if ro == "Sleep Technologist" and hs == s] for s in (1, 2, 3)}
    studies: list[tuple[dt.date, int, int, int, str, float | None]] = []  # date, patient, site, type, cond, ahi
    cpap: list[tuple[int, int, dt.date]] = []
    study = studies.append
    for p, cond, d1 in plans:
        site = r.choices([1, 2, 3], weights=[50, 30, 20])[0]
        sev = r.choices(["Mild", "Moderate", "Severe"], weights=[35, 35, 30])[0]
        if cond == "OSA":
            ahi = round(r.uniform(5.2, 14.8) if sev == "Mild" else r.uniform(15.2, 29.8) if sev == "Moderate"
                        else r.uniform(30.5, 88.0), 1)  # fmt: skip
        elif cond == "CSA":
            ahi = round(r.uniform(16.0, 42.0), 1)
        else:
            ahi = round(r.uniform(0.3, 4.8), 1)
        if cond == "NAR":
            study((d1, p, site, 1, cond, ahi))
            if d1 + dt.timedelta(days=1) <= LAST:
                study((d1 + dt.timedelta(days=1), p, site, 3, cond, None))
            continue
        if cond == "OSA" and sev != "Mild" and r.random() < 0.25:
            study((d1, p, site, 5, cond, ahi))
            cpap.append((p, site, d1))
            continue
        typ = 2 if r.random() < 0.45 else 1
        study((d1, p, site, typ, cond, ahi))
        if cond == "OSA" and sev != "Mild":
            d2 = d1 + dt.timedelta(days=r.randint(30, 120))
            if d2 <= LAST:
                study((d2, p, site, 4, cond, round(r.uniform(0.5, 7.5), 1)))
                cpap.append((p, site, d2))
    studies.sort(key=lambda s: (s[0], s[1], s[3]))
    facts = []
    for k, (d, p, site, typ, cond, ahi) in enumerate(studies, 1):
        tech = r.choice(site_techs[site])
        phys = site if r.random() < 0.85 else r.choice([s for s in (1, 2, 3) if s != site])
        if typ == 2:
            tst, eff = None, None
        elif typ == 3:
            tst, eff = r.randint(8, 45), None
        else:
            tst = r.randint(170, 330) if cond == "INS" else r.randint(250, 465)
            eff = round(tst / 480 * 100, 1)
        spo2 = None if ahi is None else min(96, int(95 - ahi * 0.36 - r.uniform(0, 4)))
        dk = None if d >= D(2025, 5, 20) else diag_key[cond]
        facts.append((k, _key(d), p, site, typ, tech, phys, dk, tst, eff, ahi, spo2, _ahi_category(ahi)))
    insert(c, "fact_sleep_study", facts)
    usage = []
    for p, _site, d0 in sorted(cpap, key=lambda x: x[0]):
        m = _add_months(D(d0.year, d0.month, 1), 1)
        keen = r.random()
        stop = D(2099, 1, 1) if keen > 0.25 else _add_months(m, r.randint(2, 6))
        while m <= D(2025, 5, 1) and m < stop:
            nxt = D(m.year + (m.month == 12), m.month % 12 + 1, 1)
            nights = (nxt - m).days
            used = max(0, min(nights, int(nights * (0.35 + 0.6 * keen) + r.randint(-4, 3))))
            mins = int(150 + 300 * keen + r.randint(-40, 40))
            usage.append((_key(m), p, used, nights, mins, round(r.uniform(0.4, 6.5), 1)))
            m = nxt
    usage.sort(key=lambda x: (x[0], x[1]))
    insert(c, "fact_cpap_usage", [(k, *u) for k, u in enumerate(usage, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- vectorwatch
VW_STANDORTE = [
    (1, "Rheinauen Nord", "Mannheim", "Feuchtgebiet"), (2, "Luisenpark", "Mannheim", "Stadtpark"),
    (3, "Altrhein Ketsch", "Ketsch", "Feuchtgebiet"), (4, "Kleingartenanlage Rohrbach", "Heidelberg", "Kleingarten"),
    (5, "Bergfriedhof", "Heidelberg", "Stadtpark"), (6, "Rheinhafen", "Ludwigshafen", "Industrie"),
    (7, "Reiterhof Talhaus", "Hockenheim", "Landwirtschaft"), (8, "Hardtwald", "Schwetzingen", "Wald"),
    (9, "Reifenlager Speyer-Nord", "Speyer", "Industrie"), (10, "Schlossgarten", "Schwetzingen", "Stadtpark"),
]  # fmt: skip
VW_LOCK = {"BG-Sentinel": "BG-Lure", "CDC-Lichtfalle": "CO2", "Gravidfalle": "Heuaufguss"}
VW_FALLEN = [
    (1, 1, "CDC-Lichtfalle", D(2022, 4, 1), None), (2, 1, "Gravidfalle", D(2022, 4, 1), None),
    (3, 2, "BG-Sentinel", D(2022, 5, 2), None), (4, 3, "CDC-Lichtfalle", D(2022, 4, 14), None),
    (5, 4, "BG-Sentinel", D(2023, 5, 2), None), (6, 5, "Gravidfalle", D(2022, 4, 20), D(2024, 10, 15)),
    (7, 6, "BG-Sentinel", D(2023, 4, 20), None), (8, 7, "CDC-Lichtfalle", D(2022, 4, 1), D(2023, 10, 20)),
    (9, 8, "CDC-Lichtfalle", D(2024, 4, 10), None), (10, 9, "BG-Sentinel", D(2023, 6, 1), None),
    (11, 9, "Gravidfalle", D(2024, 5, 15), None), (12, 10, "BG-Sentinel", D(2025, 4, 14), None),
    (13, 2, "Gravidfalle", D(2023, 4, 17), D(2024, 8, 30)), (14, 7, "BG-Sentinel", D(2024, 4, 2), None),
]  # fmt: skip
VW_MITARBEITER = [
    (1, "Katrin", "Vogel", "Leitung", D(2014, 3, 1), None, None),
    (2, "Jonas", "Becker", "Entomologie", D(2017, 6, 1), None, 1),
    (3, "Miriam", "Schulz", "Entomologie", D(2019, 2, 15), None, 1),
    (4, "Lukas", "Hoffmann", "Feldtechnik", D(2020, 4, 1), None, 2),
    (5, "Sophie", "Wagner", "Feldtechnik", D(2021, 3, 15), D(2024, 9, 30), 2),
    (6, "Felix", "Braun", "Feldtechnik", D(2022, 4, 1), None, 3),
    (7, "Lea", "Krüger", "Feldtechnik", D(2023, 4, 3), None, 3),
    (8, "Tim", "Neumann", "Hilfskraft", D(2024, 4, 2), None, 3),
    (9, "Emre", "Aydin", "Hilfskraft", D(2025, 4, 1), None, 2),
]
VW_ARTEN = [
    (1, "Culex pipiens", "Gemeine Stechmücke", "Culex", "N"),
    (2, "Culex torrentium", "Nördliche Hausmücke", "Culex", "N"),
    (3, "Aedes vexans", "Überschwemmungsmücke", "Aedes", "N"),
    (4, "Aedes albopictus", "Asiatische Tigermücke", "Aedes", "J"),
    (5, "Aedes japonicus", "Asiatische Buschmücke", "Aedes", "J"),
    (6, "Anopheles maculipennis", "Malariamücke", "Anopheles", "N"),
    (7, "Culiseta annulata", "Geringelte Stechmücke", "Culiseta", "N"),
    (8, "Coquillettidia richiardii", "Sumpfstechmücke", "Coquillettidia", "N"),
    (9, "Aedes sticticus", "Auwaldmücke", "Aedes", "N"),
]
#: typical catch of each species (by ArtID) per habitat at the height of summer
VW_HABITAT = {
    "Feuchtgebiet": {1: 30, 2: 6, 3: 60, 6: 5, 7: 4, 8: 14, 9: 25},
    "Stadtpark": {1: 25, 2: 5, 3: 4, 5: 2, 7: 5},
    "Kleingarten": {1: 20, 2: 4, 5: 5, 7: 4},
    "Industrie": {1: 18, 2: 3, 7: 2},
    "Landwirtschaft": {1: 22, 3: 10, 6: 6, 7: 5},
    "Wald": {1: 10, 3: 8, 5: 6, 7: 3, 9: 12},
}
VW_SEASON = {4: 0.2, 5: 0.5, 6: 0.9, 7: 1.0, 8: 0.9, 9: 0.5, 10: 0.2}
VW_TEMP = {4: 13, 5: 17, 6: 21, 7: 24, 8: 23, 9: 18, 10: 12}


def build_vectorwatch(path: Path) -> None:
    r = random.Random(75002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Standort (StandortID INTEGER PRIMARY KEY, Bezeichnung TEXT NOT NULL, Ort TEXT NOT NULL,
            Lebensraum TEXT NOT NULL);
        CREATE TABLE Falle (FalleID INTEGER PRIMARY KEY, StandortID INTEGER NOT NULL REFERENCES Standort(StandortID),
            Fallentyp TEXT NOT NULL, Lockstoff TEXT NOT NULL, AufgestelltAm DATE NOT NULL, AbgebautAm DATE);
        CREATE TABLE Mitarbeiter (MitarbeiterID INTEGER PRIMARY KEY, Vorname TEXT NOT NULL, Nachname TEXT NOT NULL,
            Rolle TEXT NOT NULL, EingestelltAm DATE NOT NULL, AusgeschiedenAm DATE,
            VorgesetzterID INTEGER REFERENCES Mitarbeiter(MitarbeiterID));
        CREATE TABLE Art (ArtID INTEGER PRIMARY KEY, WissName TEXT NOT NULL, DeutscherName TEXT NOT NULL,
            Gattung TEXT NOT NULL, Invasiv TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE Leerung (LeerungID INTEGER PRIMARY KEY, FalleID INTEGER NOT NULL REFERENCES Falle(FalleID),
            Datum DATE NOT NULL, MitarbeiterID INTEGER NOT NULL REFERENCES Mitarbeiter(MitarbeiterID),
            Temperatur REAL, Bemerkung TEXT);
        CREATE TABLE Fang (LeerungID INTEGER NOT NULL REFERENCES Leerung(LeerungID),
            ArtID INTEGER NOT NULL REFERENCES Art(ArtID), Anzahl INTEGER NOT NULL, PRIMARY KEY (LeerungID, ArtID));
        CREATE TABLE Virustest (TestID INTEGER PRIMARY KEY, LeerungID INTEGER NOT NULL, ArtID INTEGER NOT NULL,
            Erreger TEXT NOT NULL, Poolgroesse INTEGER NOT NULL, Ergebnis TEXT NOT NULL, Testdatum DATE NOT NULL,
            FOREIGN KEY (LeerungID, ArtID) REFERENCES Fang(LeerungID, ArtID));
        """,
    )
    insert(c, "Standort", VW_STANDORTE)
    insert(c, "Falle", [(i, s, t, VW_LOCK[t], _iso(a), _iso(b)) for i, s, t, a, b in VW_FALLEN])
    insert(c, "Mitarbeiter", [(i, v, n, ro, _iso(a), _iso(b), sup) for i, v, n, ro, a, b, sup in VW_MITARBEITER])
    insert(c, "Art", VW_ARTEN)
    habitat = {s: h for s, _b, _o, h in VW_STANDORTE}
    visits = []
    for year in (2023, 2024, 2025):
        for fid, sid, typ, up, down in VW_FALLEN:
            d = D(year, 4, 15) + dt.timedelta(days=r.randint(0, 6))
            while d <= D(year, 10, 15) and d <= LAST:
                if up <= d and (down is None or d < down) and r.random() < 0.9:
                    visits.append((d, fid, sid, typ))
                d += dt.timedelta(days=21 + r.randint(-1, 1))
    visits.sort(key=lambda v: (v[0], v[1]))
    leer, fang, tests = [], [], []
    for k, (d, fid, sid, typ) in enumerate(visits, 1):
        staff = r.choice([i for i, _v, _n, ro, a, b, _s in VW_MITARBEITER
                          if ro in ("Feldtechnik", "Hilfskraft") and a <= d and (b is None or d <= b)])  # fmt: skip
        x = r.random()
        note = "Batterie leer" if x < 0.05 else "Falle beschädigt" if x < 0.08 else "Starkregen" if x < 0.12 else None
        temp = round(VW_TEMP[d.month] + r.uniform(-3.5, 3.5), 1)
        leer.append((k, fid, _iso(d), staff, temp, note))
        if note in ("Batterie leer", "Falle beschädigt"):
            continue
        weights = dict(VW_HABITAT[habitat[sid]])
        if sid in (6, 9) and d >= D(2023, 7, 1):
            weights[4] = 6 if d.year == 2023 else 12
        if sid == 4 and d >= D(2024, 6, 1):
            weights[4] = 5
        if typ == "Gravidfalle":
            weights = {a: w * (2 if a in (1, 2) else 0.15) for a, w in weights.items()}
        for art, w in sorted(weights.items()):
            n = int(w * VW_SEASON[d.month] * r.uniform(0.0, 1.6))
            if n > 0:
                fang.append((k, art, n))
                if art == 1 and n >= 20 and d.month in (7, 8, 9):
                    td = d + dt.timedelta(days=r.randint(3, 10))
                    if td <= LAST:
                        for err, p in (("West-Nil-Virus", 0.04 if d.year >= 2024 else 0.0), ("Usutu-Virus", 0.2)):
                            res = "positiv" if r.random() < p else "negativ"
                            tests.append((k, art, err, min(n, 50), res, _iso(td)))
    insert(c, "Leerung", leer)
    insert(c, "Fang", fang)
    insert(c, "Virustest", [(k, *t) for k, t in enumerate(tests, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- sportscience
SP_CLUBS = [
    (1, "Leeds City Athletics", "Leeds", "Athletics"), (2, "Aire Valley Cycling", "Bradford", "Cycling"),
    (3, "York City Rowing Club", "York", "Rowing"), (4, "Pennine Triathlon", "Huddersfield", "Triathlon"),
    (5, "Sheffield Harriers", "Sheffield", "Athletics"), (6, "Northern Football Academy", "Leeds", "Football"),
]  # fmt: skip
SP_SCIENTISTS = [
    (1, "Dr Claire Hutton", "Lead Physiologist", D(2012, 9, 1)),
    (2, "Dr Marcus Bell", "Physiologist", D(2017, 1, 9)),
    (3, "Anita Kovacs", "Physiologist", D(2020, 10, 1)),
    (4, "Tom Ridley", "Biomechanist", D(2021, 5, 17)),
    (5, "Grace Nwosu", "Graduate Intern", D(2024, 9, 2)),
]
#: id, name, ergometer, stage length, fee in cents, typical duration in seconds
SP_PROTOCOLS = [
    (1, "Treadmill ramp VO2max", "Treadmill", 60, 15000, 720),
    (2, "Cycle ramp VO2max", "Cycle ergometer", 60, 15000, 660),
    (3, "Rowing step test", "Rowing ergometer", 240, 18000, 1680),
    (4, "Lactate threshold run", "Treadmill", 180, 12000, 1620),
    (5, "Wingate anaerobic test", "Cycle ergometer", 30, 6000, 30),
]
SP_SPORT_PROTOCOLS = {"Athletics": [1, 4, 5], "Cycling": [2, 5], "Rowing": [3, 2], "Triathlon": [1, 2, 4],
                      "Football": [1, 5]}  # fmt: skip


def build_sportscience(path: Path) -> None:
    r = random.Random(75003)
    c = fresh_db(
        path,
        """
        CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT NOT NULL, city TEXT NOT NULL,
            sport TEXT NOT NULL);
        CREATE TABLE athletes (athlete_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, sex TEXT NOT NULL,
            birth_date DATE NOT NULL, club_id INTEGER NOT NULL REFERENCES clubs(club_id), height_cm REAL NOT NULL);
        CREATE TABLE scientists (scientist_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, role TEXT NOT NULL,
            started_on DATE NOT NULL);
        CREATE TABLE protocols (protocol_id INTEGER PRIMARY KEY, protocol_name TEXT NOT NULL, ergometer TEXT NOT NULL,
            stage_length_s INTEGER NOT NULL, fee_cents INTEGER NOT NULL);
        CREATE TABLE test_sessions (session_id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athletes(athlete_id),
            protocol_id INTEGER NOT NULL REFERENCES protocols(protocol_id),
            scientist_id INTEGER NOT NULL REFERENCES scientists(scientist_id), session_date DATE NOT NULL,
            body_mass_kg REAL NOT NULL, lab_temp_c REAL NOT NULL, duration_s INTEGER NOT NULL, vo2max_ml_kg_min REAL,
            max_hr_bpm INTEGER NOT NULL, peak_power_w INTEGER, peak_lactate_mmol_l REAL,
            price_cents INTEGER NOT NULL);
        CREATE TABLE sprint_trials (trial_id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athletes(athlete_id),
            scientist_id INTEGER NOT NULL REFERENCES scientists(scientist_id), trial_date DATE NOT NULL,
            venue TEXT NOT NULL, distance_m INTEGER NOT NULL, time_ms INTEGER NOT NULL, wind_m_s REAL);
        CREATE TABLE sweat_tests (test_id INTEGER PRIMARY KEY,
            athlete_id INTEGER NOT NULL REFERENCES athletes(athlete_id), test_date DATE NOT NULL,
            duration_s INTEGER NOT NULL, ambient_temp_c REAL NOT NULL, fluid_intake_l REAL NOT NULL,
            sweat_loss_l REAL NOT NULL, sodium_mg_l INTEGER NOT NULL);
        """,
    )
    insert(c, "clubs", SP_CLUBS)
    insert(c, "scientists", [(i, n, ro, _iso(d)) for i, n, ro, d in SP_SCIENTISTS])
    insert(c, "protocols", [p[:5] for p in SP_PROTOCOLS])
    athletes = []
    used: set[tuple[str, str]] = set()
    for k in range(1, 65):
        club = SP_CLUBS[(k - 1) % 6] if k <= 60 else SP_CLUBS[r.randint(0, 5)]
        sex = "M" if club[3] == "Football" or r.random() < 0.55 else "F"
        name = " ".join(_person(r, sex, used))
        height = round(r.gauss(180 if sex == "M" else 168, 6) + (6 if club[3] == "Rowing" else 0), 1)
        born = day_between(r, D(1988, 1, 1), D(2007, 12, 31))
        athletes.append((k, name, sex, _iso(born), club[0], height, club[3]))
    insert(c, "athletes", [a[:6] for a in athletes])
    sessions = []
    for _ in range(210):
        a = r.choice(athletes)
        proto = SP_PROTOCOLS[r.choice(SP_SPORT_PROTOCOLS[str(a[6])]) - 1]
        d = day_between(r, START, LAST)
        sci = r.choice([i for i, _n, ro, s in SP_SCIENTISTS if s <= d and ro != "Biomechanist"])
        male = a[2] == "M"
        height = float(a[5])  # type: ignore[arg-type]
        mass = round((height - 100) * (0.95 if male else 0.88) + r.uniform(-6, 8), 1)
        dur = int(proto[5] * r.uniform(0.8, 1.25)) if proto[0] != 5 else 30
        vo2 = None if proto[0] == 5 else round(r.uniform(52, 78) if male else r.uniform(45, 68), 1)
        power = (
            None
            if proto[2] == "Treadmill"
            else int(mass * (r.uniform(13, 18) if proto[0] == 5 else r.uniform(4.5, 6.2)))
        )
        hr = r.randint(176, 202)
        lact = (
            None
            if proto[0] == 5 and r.random() < 0.5
            else round(r.uniform(6, 14) if proto[0] != 4 else r.uniform(2.5, 5), 1)
        )
        price = proto[4] if a[4] != 6 else proto[4] * 80 // 100
        sessions.append(
            (a[0], proto[0], sci, d, mass, round(r.uniform(18.5, 23.5), 1), dur, vo2, hr, power, lact, price)
        )
    sessions.sort(key=lambda s: (s[3], s[0]))
    insert(c, "test_sessions", [(k, *s[:3], _iso(s[3]), *s[4:]) for k, s in enumerate(sessions, 1)])
    trials = []
    # the distance runners of the athletics clubs never sprint
    sprinters = [a for a in athletes if a[6] == "Football" or (a[6] == "Athletics" and int(str(a[0])) % 5 != 2)]
    for _ in range(170):
        a = r.choice(sprinters)
        d = day_between(r, START, LAST)
        indoor = d.month in (11, 12, 1, 2, 3) or r.random() < 0.2
        dist = r.choice([30, 60, 60, 100]) if not indoor else r.choice([30, 60])
        speed = (r.uniform(8.6, 10.3) if a[2] == "M" else r.uniform(7.6, 9.2)) * (0.8 if dist == 30 else 1.0)
        sci = r.choice([i for i, _n, _ro, s in SP_SCIENTISTS if s <= d])
        wind = None if indoor else round(r.uniform(-1.8, 2.6), 1)
        trials.append(
            (a[0], sci, d, "Indoor track" if indoor else "Outdoor track", dist, int(dist / speed * 1000), wind)
        )
    trials.sort(key=lambda t: (t[2], t[0]))
    insert(c, "sprint_trials", [(k, a, s, _iso(d), *rest) for k, (a, s, d, *rest) in enumerate(trials, 1)])
    sweats = []
    endurance = [a for a in athletes if a[6] in ("Cycling", "Triathlon", "Rowing", "Football")]
    for _ in range(72):
        a = r.choice(endurance)
        d = day_between(r, START, LAST)
        dur = r.choice([2700, 3600, 3600, 5400, 7200])
        temp = round(r.uniform(18, 34), 1)
        rate = r.uniform(0.6, 1.4) * (1 + (temp - 20) * 0.03)
        sweats.append((a[0], d, dur, temp, round(r.uniform(0.3, 1.0) * dur / 3600, 2), round(rate * dur / 3600, 2),
                       r.randint(380, 1450)))  # fmt: skip
    sweats.sort(key=lambda s: (s[1], s[0]))
    insert(c, "sweat_tests", [(k, a, _iso(d), *rest) for k, (a, d, *rest) in enumerate(sweats, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- stability
ST_SITES = [
    ("IE-CRK", "Cork Oral Solids", "IE"), ("DE-FRA", "Frankfurt Formulation Centre", "DE"),
    ("IN-HYD", "Hyderabad Manufacturing", "IN"), ("US-NJL", "New Jersey Liquids", "US"),
]  # fmt: skip
#: code, name, dosage form, strength, shelf life in months, site, tests run
ST_PRODUCTS = [
    ("AMX500", "Amoxicillin 500 mg capsules", "Capsule", "500 mg", 24, "IN-HYD", ["ASSAY", "DISS", "WATER"]),
    ("MET850", "Metformin 850 mg tablets", "Tablet", "850 mg", 36, "IE-CRK", ["ASSAY", "DISS", "IMP"]),
    ("ATV20", "Atorvastatin 20 mg tablets", "Tablet", "20 mg", 24, "IE-CRK", ["ASSAY", "DISS", "IMP"]),
    ("IBU20S", "Ibuprofen 20 mg/mL oral suspension", "Oral suspension", "20 mg/mL", 18, "US-NJL",
     ["ASSAY", "PH", "IMP"]),
    ("OMP20", "Omeprazole 20 mg gastro-resistant capsules", "Capsule", "20 mg", 24, "DE-FRA", ["ASSAY", "IMP", "WATER"]),
    ("INS100", "Insulin glargine 100 units/mL injection", "Injection", "100 units/mL", 30, "DE-FRA",
     ["ASSAY", "PH", "IMP"]),
]  # fmt: skip
ST_CONDITIONS = [
    ("LT25", "Long-term 25°C / 60% RH", 25, 60), ("IM30", "Intermediate 30°C / 65% RH", 30, 65),
    ("AC40", "Accelerated 40°C / 75% RH", 40, 75), ("FR05", "Refrigerated 5°C", 5, None),
]  # fmt: skip
ST_ANALYSTS = [
    ("JMK", "Joanne McKenna", D(2016, 5, 1)), ("PSI", "Pradeep Singh", D(2018, 9, 3)),
    ("AOB", "Aoife O'Brien", D(2020, 1, 13)), ("TWE", "Thomas Weber", D(2021, 6, 1)),
    ("LCH", "Li Chen", D(2023, 3, 20)), ("RDU", "Rachel Dunne", D(2025, 2, 3)),
]  # fmt: skip
ST_TESTS = [
    ("ASSAY", "Assay", "% label claim", 95.0, 105.0), ("DISS", "Dissolution at 30 minutes", "% dissolved", 80.0, None),
    ("IMP", "Total impurities", "% area", None, 1.0), ("WATER", "Water content (Karl Fischer)", "% w/w", None, 6.0),
    ("PH", "pH", "pH units", 3.5, 5.0),
]  # fmt: skip
#: timepoints in months for each storage condition
ST_TIMEPOINTS = {"LT25": [0, 3, 6, 9, 12, 18, 24, 36], "IM30": [0, 6, 9, 12], "AC40": [0, 1, 2, 3, 6],
                 "FR05": [0, 3, 6, 9, 12, 18, 24, 30]}  # fmt: skip
#: monthly drift of each test under each condition
ST_DRIFT = {"ASSAY": {"LT25": -0.08, "IM30": -0.13, "AC40": -0.7, "FR05": -0.03},
            "DISS": {"LT25": -0.1, "IM30": -0.2, "AC40": -1.8, "FR05": 0.0},
            "IMP": {"LT25": 0.012, "IM30": 0.025, "AC40": 0.11, "FR05": 0.004},
            "WATER": {"LT25": 0.02, "IM30": 0.04, "AC40": 0.2, "FR05": 0.0},
            "PH": {"LT25": -0.005, "IM30": -0.01, "AC40": -0.03, "FR05": 0.0}}  # fmt: skip
ST_START = {"ASSAY": 100.0, "DISS": 93.0, "IMP": 0.15, "WATER": 3.4, "PH": 4.2}
ST_NOISE = {"ASSAY": 0.9, "DISS": 3.0, "IMP": 0.05, "WATER": 0.3, "PH": 0.08}


def build_stability(path: Path) -> None:
    r = random.Random(75004)
    c = fresh_db(
        path,
        """
        CREATE TABLE sites (site_code TEXT PRIMARY KEY, site_name TEXT NOT NULL, country_code TEXT NOT NULL);
        CREATE TABLE products (product_code TEXT PRIMARY KEY, product_name TEXT NOT NULL, dosage_form TEXT NOT NULL,
            strength TEXT NOT NULL, shelf_life_months INTEGER NOT NULL);
        CREATE TABLE conditions (condition_code TEXT PRIMARY KEY, description TEXT NOT NULL, temp_c INTEGER NOT NULL,
            humidity_pct INTEGER);
        CREATE TABLE batches (product_code TEXT NOT NULL REFERENCES products(product_code), batch_no TEXT NOT NULL,
            site_code TEXT NOT NULL REFERENCES sites(site_code), manufactured_on DATE NOT NULL,
            batch_size_units INTEGER NOT NULL, PRIMARY KEY (product_code, batch_no));
        CREATE TABLE analysts (analyst_code TEXT PRIMARY KEY, full_name TEXT NOT NULL, qualified_on DATE NOT NULL);
        CREATE TABLE tests (test_code TEXT PRIMARY KEY, test_name TEXT NOT NULL, unit TEXT NOT NULL,
            lower_limit REAL, upper_limit REAL);
        CREATE TABLE studies (product_code TEXT NOT NULL, batch_no TEXT NOT NULL,
            condition_code TEXT NOT NULL REFERENCES conditions(condition_code), started_on DATE NOT NULL,
            status TEXT NOT NULL, PRIMARY KEY (product_code, batch_no, condition_code),
            FOREIGN KEY (product_code, batch_no) REFERENCES batches(product_code, batch_no));
        CREATE TABLE results (product_code TEXT NOT NULL, batch_no TEXT NOT NULL, condition_code TEXT NOT NULL,
            timepoint_months INTEGER NOT NULL, test_code TEXT NOT NULL REFERENCES tests(test_code),
            result_value REAL NOT NULL, pass_flag TEXT NOT NULL, tested_on DATE NOT NULL,
            analyst_code TEXT NOT NULL REFERENCES analysts(analyst_code),
            PRIMARY KEY (product_code, batch_no, condition_code, timepoint_months, test_code),
            FOREIGN KEY (product_code, batch_no, condition_code)
                REFERENCES studies(product_code, batch_no, condition_code));
        """,
    )
    insert(c, "sites", ST_SITES)
    insert(c, "products", [p[:5] for p in ST_PRODUCTS])
    insert(c, "conditions", ST_CONDITIONS)
    insert(c, "analysts", [(a, n, _iso(d)) for a, n, d in ST_ANALYSTS])
    insert(c, "tests", ST_TESTS)
    limits = {t: (lo, hi) for t, _n, _u, lo, hi in ST_TESTS}
    batches, studies, results = [], [], []
    seq = 100
    for code, _name, _form, _st, shelf, site, tests in ST_PRODUCTS:
        n_batches = 4 if code in ("MET850", "AMX500") else 3
        made = sorted(day_between(r, D(2022, 3, 1), D(2025, 4, 30)) for _ in range(n_batches))
        for j, m in enumerate(made):
            seq += r.randint(3, 40)
            bno = f"{site[3]}{m.year % 100}{seq:03d}"
            batches.append((code, bno, site, _iso(m), r.choice([50000, 100000, 150000, 200000, 250000])))
            conds = ["FR05", "LT25"] if code == "INS100" else ["LT25", "AC40"] + (["IM30"] if j == 0 else [])
            cancelled = code == "IBU20S" and j == 1
            for cond in conds:
                start = m + dt.timedelta(days=r.randint(5, 25))
                tps = ST_TIMEPOINTS[cond] if code != "INS100" or cond == "FR05" else [0, 1, 3, 6]
                tps = [t for t in tps if t <= shelf + (12 if cond in ("LT25", "FR05") else 0)]
                stop = start + dt.timedelta(days=200) if cancelled else None
                done_all = True
                offset = {t: r.uniform(-1, 1) * ST_NOISE[t] for t in tests}
                for tp in tps:
                    pull = _add_months(start, tp)
                    tested = pull + dt.timedelta(days=r.randint(2, 21))
                    if tested > LAST or (stop is not None and pull > stop):
                        done_all = False
                        continue
                    ana = r.choice([a for a, _n, q in ST_ANALYSTS if q <= tested])
                    for t in tests:
                        warm = code == "INS100" and cond == "LT25"  # insulin degrades quickly at room temperature
                        rate = ST_DRIFT[t][cond] * ((11 if t == "ASSAY" else 2.6) if warm else 1)
                        rate *= 1.6 if code == "ATV20" and t == "IMP" else 1
                        v = ST_START[t] + offset[t] + rate * tp + r.gauss(0, ST_NOISE[t] / 2)
                        v = round(v, 2 if t in ("IMP", "PH") else 1)
                        lo, hi = limits[t]
                        ok = (lo is None or v >= lo) and (hi is None or v <= hi)
                        results.append((code, bno, cond, tp, t, v, _yn(ok), _iso(tested), ana))
                status = "X" if cancelled else "C" if done_all else "A"
                studies.append((code, bno, cond, _iso(start), status))
    insert(c, "batches", batches)
    insert(c, "studies", studies)
    insert(c, "results", results)
    done(c)


# ------------------------------------------------------------------------------------------------------ telehealth
#: id, name, specialty, role, prescriber, supervisor, joined, left
TH_CLINICIANS = [
    (1, "Dr Sarah Whitmore", "General Practice", "GP", 1, None, D(2022, 9, 1), None),
    (2, "Dr Ahmed Rahman", "General Practice", "GP", 1, 1, D(2022, 9, 1), None),
    (3, "Dr Laura Jennings", "General Practice", "GP", 1, 1, D(2022, 11, 14), None),
    (4, "Dr Peter Osei", "Dermatology", "Consultant", 1, 1, D(2023, 1, 9), None),
    (5, "Dr Hannah Levy", "Mental Health", "Psychiatrist", 1, 1, D(2023, 1, 16), None),
    (6, "Megan Doyle", "Mental Health", "Therapist", 0, 5, D(2023, 2, 6), None),
    (7, "Chris Adeyemi", "Mental Health", "Therapist", 0, 5, D(2023, 6, 5), None),
    (8, "Rebecca Hall", "General Practice", "Nurse Practitioner", 1, 2, D(2023, 3, 1), None),
    (9, "James Thornbury", "General Practice", "Pharmacist", 1, 3, D(2023, 9, 4), None),
    (10, "Dr Nina Kapoor", "Paediatrics", "Consultant", 1, 1, D(2023, 4, 3), None),
    (11, "Olu Bankole", "Sexual Health", "Nurse Practitioner", 1, 3, D(2023, 5, 15), None),
    (12, "Dr Tom Fairley", "General Practice", "GP", 1, 1, D(2022, 10, 3), D(2024, 11, 29)),
    (13, "Sian Pryce", "Dermatology", "Nurse Practitioner", 0, 4, D(2024, 2, 12), None),
    (14, "Dr Ewan Marr", "General Practice", "GP", 1, 1, D(2025, 3, 3), None),
]
TH_FEES = {"General Practice": 3900, "Dermatology": 7500, "Mental Health": 6000, "Paediatrics": 6500,
           "Sexual Health": 2900}  # fmt: skip
#: name, class, controlled
TH_MEDICATIONS = [
    ("Amoxicillin 500 mg capsules", "Antibiotic", 0), ("Clarithromycin 500 mg tablets", "Antibiotic", 0),
    ("Nitrofurantoin 100 mg capsules", "Antibiotic", 0), ("Doxycycline 100 mg capsules", "Antibiotic", 0),
    ("Sertraline 50 mg tablets", "Antidepressant", 0), ("Fluoxetine 20 mg capsules", "Antidepressant", 0),
    ("Propranolol 40 mg tablets", "Beta blocker", 0), ("Omeprazole 20 mg capsules", "Proton pump inhibitor", 0),
    ("Lansoprazole 30 mg capsules", "Proton pump inhibitor", 0), ("Cetirizine 10 mg tablets", "Antihistamine", 0),
    ("Fexofenadine 180 mg tablets", "Antihistamine", 0), ("Hydrocortisone 1% cream", "Topical steroid", 0),
    ("Clobetasone 0.05% cream", "Topical steroid", 0), ("Sumatriptan 50 mg tablets", "Triptan", 0),
    ("Naproxen 500 mg tablets", "NSAID", 0), ("Aciclovir 400 mg tablets", "Antiviral", 0),
    ("Diazepam 2 mg tablets", "Benzodiazepine", 1), ("Zopiclone 7.5 mg tablets", "Hypnotic", 1),
    ("Codeine phosphate 30 mg tablets", "Opioid", 1), ("Melatonin 2 mg tablets", "Hypnotic", 0),
]  # fmt: skip
#: the medications (1-based) each specialty prescribes
TH_PRESCRIBES = {
    "General Practice": [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15],
    "Dermatology": [4, 12, 13, 10],
    "Mental Health": [5, 6, 7],
    "Paediatrics": [1, 10, 12, 20],
    "Sexual Health": [3, 4, 16],
}


def _ts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def build_telehealth(path: Path) -> None:
    r = random.Random(75005)
    c = fresh_db(
        path,
        """
        CREATE TABLE clinicians (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, specialty TEXT NOT NULL,
            role TEXT NOT NULL, is_prescriber INTEGER NOT NULL DEFAULT 0,
            supervisor_id INTEGER REFERENCES clinicians(id), created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            deleted_at TEXT);
        CREATE TABLE patients (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT NOT NULL, date_of_birth DATE NOT NULL, is_verified INTEGER NOT NULL DEFAULT 0,
            has_insurance INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            deleted_at TEXT);
        CREATE TABLE consultations (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id),
            clinician_id INTEGER NOT NULL REFERENCES clinicians(id), scheduled_at TEXT NOT NULL,
            channel TEXT NOT NULL, status TEXT NOT NULL, duration_minutes INTEGER,
            is_follow_up INTEGER NOT NULL DEFAULT 0, fee_pence INTEGER NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL, deleted_at TEXT);
        CREATE TABLE medications (id INTEGER PRIMARY KEY, name TEXT NOT NULL, drug_class TEXT NOT NULL,
            is_controlled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            deleted_at TEXT);
        CREATE TABLE prescriptions (id INTEGER PRIMARY KEY,
            consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            medication_id INTEGER NOT NULL REFERENCES medications(id), quantity INTEGER NOT NULL,
            is_repeat INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            deleted_at TEXT);
        CREATE TABLE reviews (id INTEGER PRIMARY KEY, consultation_id INTEGER NOT NULL REFERENCES consultations(id),
            rating INTEGER NOT NULL, comment TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            deleted_at TEXT);
        """,
    )
    at9 = dt.time(9, 0)
    clin = []
    for i, n, sp, ro, pr, sup, joined, left in TH_CLINICIANS:
        created = dt.datetime.combine(joined, at9)
        updated = dt.datetime.combine(left, dt.time(17, 30)) if left else created + dt.timedelta(days=r.randint(5, 300))
        updated = min(updated, dt.datetime(2025, 6, 13, 16, 0))
        clin.append((i, n, sp, ro, pr, sup, _ts(created), _ts(updated), _ts(updated) if left else None))
    insert(c, "clinicians", clin)
    used: set[tuple[str, str]] = set()
    pats, live = [], []
    for k in range(1, 201):
        first, last = _person(r, "F" if r.random() < 0.55 else "M", used)
        born = (
            day_between(r, D(1950, 1, 1), D(2006, 12, 31))
            if r.random() < 0.9
            else day_between(r, D(2011, 1, 1), D(2021, 12, 31))
        )
        created = dt.datetime.combine(
            day_between(r, D(2022, 10, 1), D(2025, 6, 10)), dt.time(r.randint(7, 22), r.randint(0, 59))
        )
        closed = k % 19 == 7 and created.year < 2025
        verified = 0 if closed else int(r.random() < 0.85)
        updated = created + dt.timedelta(days=r.randint(0, 200))
        updated = min(updated, dt.datetime(2025, 6, 14, 18, 0))
        deleted = _ts(updated) if closed else None
        pats.append((k, first, last, f"{first.lower()}.{last.lower()}{k}@example.com", _iso(born), verified,
                     int(r.random() < 0.3), _ts(created), _ts(updated), deleted))  # fmt: skip
        if not closed:
            live.append((k, created, born))
    insert(c, "patients", pats)
    meds = [(k, n, cl, ctl, "2022-09-01 09:00:00", "2022-09-01 09:00:00", None)
            for k, (n, cl, ctl) in enumerate(TH_MEDICATIONS, 1)]  # fmt: skip
    insert(c, "medications", meds)
    consults = []
    for _ in range(430):
        pid, created, born = r.choice(live)
        lo = max(created.date() + dt.timedelta(days=1), D(2022, 10, 3))
        d = day_between(r, lo, D(2025, 6, 30)) if lo <= D(2025, 6, 30) else D(2025, 6, 30)
        child = (d - born).days < 16 * 365
        pool = [x for x in TH_CLINICIANS if x[6] <= d and (x[7] is None or d <= x[7])]
        paed = [x for x in pool if x[2] == "Paediatrics"]
        cl = r.choice(paed if child and paed else [x for x in pool if x[2] != "Paediatrics"])
        when = dt.datetime.combine(d, dt.time(r.randint(8, 19), r.choice([0, 15, 30, 45])))
        if when.date() >= TODAY:
            status = "scheduled"
        else:
            x = r.random()
            status = "completed" if x < 0.8 else "cancelled" if x < 0.9 else "no_show"
        channel = r.choices(["video", "phone", "chat"], weights=[55, 30, 15])[0]
        dur = r.randint(8, 45) if status == "completed" else None
        fee = 0 if status == "cancelled" else TH_FEES[cl[2]] - (1400 if channel == "chat" else 0)
        booked = when - dt.timedelta(hours=r.randint(2, 240))
        if booked > dt.datetime(2025, 6, 14, 21, 0):  # a booking still to come was made before today
            booked = dt.datetime(2025, 6, 14, 21, 0) - dt.timedelta(hours=r.randint(1, 120))
        upd = when + dt.timedelta(minutes=dur or 0) if status != "scheduled" else booked
        consults.append([pid, cl[0], when, channel, status, dur, 0, fee, booked, upd, cl[2]])
    consults.sort(key=lambda x: (x[2], x[0]))
    seen: set[tuple[object, object]] = set()
    for row in consults:
        if (row[0], row[10]) in seen and r.random() < 0.6:
            row[6] = 1
        seen.add((row[0], row[10]))
    insert(c, "consultations", [(k, p, cl, _ts(w), ch, st, du, fu, fee, _ts(b), _ts(u), None)
                                for k, (p, cl, w, ch, st, du, fu, fee, b, u, _sp) in enumerate(consults, 1)])  # fmt: skip
    rx, reviews = [], []
    prescriber = {x[0]: x[4] for x in TH_CLINICIANS}
    for k, (_p, cl, w, _ch, st, du, _fu, _fee, _b, _u, sp) in enumerate(consults, 1):
        if st != "completed":
            continue
        end = w + dt.timedelta(minutes=int(du or 0))
        if prescriber[cl] and r.random() < 0.5:
            for mid in r.sample(TH_PRESCRIBES[sp], 1 if r.random() < 0.8 else 2):
                ts = _ts(end + dt.timedelta(minutes=r.randint(1, 20)))
                rx.append((len(rx) + 1, k, mid, r.choice([7, 14, 28, 28, 30, 56]), int(r.random() < 0.2), ts, ts, None))
        if r.random() < 0.5:
            rating = r.choices([1, 2, 3, 4, 5], weights=[4, 5, 12, 34, 45])[0]
            comment = r.choice([None, None, "Very helpful", "Quick and easy", "Felt rushed", "Great doctor",
                                "Connection kept dropping"]) if rating >= 3 else r.choice(
                ["Felt rushed", "Did not listen", "Connection kept dropping", None])  # fmt: skip
            ts = _ts(min(end + dt.timedelta(hours=r.randint(1, 48)), dt.datetime(2025, 6, 14, 22, 0)))
            reviews.append((len(reviews) + 1, k, rating, comment, ts, ts, None))
    insert(c, "prescriptions", rx)
    insert(c, "reviews", reviews)
    done(c)


# --------------------------------------------------------------------------------------------------- imagingcentre
IC_MODALITIES = [
    (1, "MR", "Magnetic resonance imaging"), (2, "CT", "Computed tomography"), (3, "DX", "Plain X-ray"),
    (4, "US", "Ultrasound"), (5, "DXA", "Bone densitometry"),
]  # fmt: skip
IC_SCANNERS = [
    (1, "MR1 Aera", 1, "Siemens", D(2016, 3, 1), None), (2, "MR2 Ingenia", 1, "Philips", D(2021, 9, 15), None),
    (3, "CT1 Revolution", 2, "GE Healthcare", D(2018, 5, 10), None),
    (4, "CT2 Somatom", 2, "Siemens", D(2013, 7, 1), D(2024, 2, 28)),
    (5, "CT3 Aquilion", 2, "Canon", D(2024, 3, 18), None), (6, "DX Room 1", 3, "Carestream", D(2015, 1, 12), None),
    (7, "DX Room 2", 3, "Fujifilm", D(2019, 11, 4), None), (8, "US Bay A", 4, "GE Healthcare", D(2017, 6, 1), None),
    (9, "US Bay B", 4, "Philips", D(2022, 1, 10), None), (10, "DXA Lunar", 5, "GE Healthcare", D(2014, 9, 1), None),
]  # fmt: skip
#: id, first, last, band, started, supervisor, main modality
IC_RADIOGRAPHERS = [
    (1, "Angela", "Price", 8, D(2009, 4, 1), None, 3), (2, "Mark", "Dobson", 7, D(2012, 9, 3), 1, 1),
    (3, "Priya", "Nair", 7, D(2014, 1, 6), 1, 2), (4, "Lucy", "Fenwick", 6, D(2017, 5, 2), 2, 1),
    (5, "Daniel", "Okoye", 6, D(2018, 10, 1), 3, 2), (6, "Sophie", "Barker", 5, D(2021, 9, 6), 2, 1),
    (7, "Kieran", "Walsh", 5, D(2022, 2, 14), 3, 2), (8, "Hollie", "Grant", 6, D(2016, 3, 7), 1, 4),
    (9, "Ben", "Mortimer", 5, D(2023, 8, 29), 8, 4), (10, "Zainab", "Ali", 5, D(2024, 9, 2), 3, 2),
    (11, "Greg", "Sutton", 6, D(2015, 6, 1), 1, 3), (12, "Ellie", "Chambers", 5, D(2025, 1, 6), 11, 3),
    (13, "Tariq", "Hussain", 5, D(2019, 4, 1), 11, 5),
]  # fmt: skip
IC_RADIOLOGISTS = [
    (1, "Dr Alan Reeves", "Neuroradiology"), (2, "Dr Bea Kowalczyk", "Musculoskeletal"),
    (3, "Dr Colin Ferris", "Body imaging"), (4, "Dr Deepa Menon", "Chest"),
    (5, "Dr Eve Lindholm", "Ultrasound"),
]  # fmt: skip
IC_REFERRERS = [
    (1, "Dr J Whitlock", "Parkside Surgery", "GP"), (2, "Dr M Osborne", "Parkside Surgery", "GP"),
    (3, "Dr K Ahmed", "Hillview Medical Centre", "GP"), (4, "Dr R Castell", "Hillview Medical Centre", "GP"),
    (5, "Dr S Lyons", "Riverside Health Centre", "GP"), (6, "Dr P Varma", "Oakwood Practice", "GP"),
    (7, "Dr H Gould", "Oakwood Practice", "GP"), (8, "Mr D Penrose", "St Mary's Hospital", "Consultant"),
    (9, "Ms A Fairbairn", "St Mary's Hospital", "Consultant"), (10, "Dr T Ingram", "St Mary's Hospital", "Consultant"),
    (11, "Mr L Okafor", "St Mary's Hospital", "Consultant"), (12, "Jo Kendrick", "Active Physio Clinic", "Physiotherapist"),
    (13, "Sam Reilly", "Active Physio Clinic", "Physiotherapist"),
]  # fmt: skip
#: body parts by modality, with the radiologist who reports them
IC_PARTS = {
    1: [("Brain", 1), ("Lumbar spine", 2), ("Knee", 2), ("Shoulder", 2), ("Prostate", 3)],
    2: [("Head", 1), ("Chest", 4), ("Abdomen and pelvis", 3), ("Colon", 3)],
    3: [("Chest", 4), ("Knee", 2), ("Hand", 2), ("Foot", 2), ("Hip", 2)],
    4: [("Abdomen", 5), ("Pelvis", 5), ("Thyroid", 5), ("Neck", 5)],
    5: [("Hip and spine", 2)],
}


def build_imagingcentre(path: Path) -> None:
    r = random.Random(75006)
    c = fresh_db(
        path,
        """
        CREATE TABLE tbl_Modality (ModalityID INTEGER PRIMARY KEY, ModalityCode TEXT NOT NULL,
            ModalityName TEXT NOT NULL);
        CREATE TABLE tbl_Scanner (ScannerID INTEGER PRIMARY KEY, ScannerName TEXT NOT NULL,
            ModalityID INTEGER NOT NULL REFERENCES tbl_Modality(ModalityID), Manufacturer TEXT NOT NULL,
            InstalledOn DATE NOT NULL, DecommissionedOn DATE);
        CREATE TABLE tbl_Radiographer (RadiographerID INTEGER PRIMARY KEY, FirstName TEXT NOT NULL,
            LastName TEXT NOT NULL, Band INTEGER NOT NULL, StartedOn DATE NOT NULL,
            SupervisorID INTEGER REFERENCES tbl_Radiographer(RadiographerID),
            MainModalityID INTEGER NOT NULL REFERENCES tbl_Modality(ModalityID));
        CREATE TABLE tbl_Radiologist (RadiologistID INTEGER PRIMARY KEY, FullName TEXT NOT NULL,
            Subspecialty TEXT NOT NULL);
        CREATE TABLE tbl_Referrer (ReferrerID INTEGER PRIMARY KEY, ReferrerName TEXT NOT NULL,
            Organisation TEXT NOT NULL, ReferrerType TEXT NOT NULL);
        CREATE TABLE tbl_Patient (PatientID INTEGER PRIMARY KEY, NHSNumber TEXT NOT NULL UNIQUE,
            FirstName TEXT NOT NULL, LastName TEXT NOT NULL, DateOfBirth DATE NOT NULL, Sex TEXT NOT NULL);
        CREATE TABLE tbl_Exam (ExamID INTEGER PRIMARY KEY, PatientID INTEGER NOT NULL REFERENCES tbl_Patient(PatientID),
            ReferrerID INTEGER NOT NULL REFERENCES tbl_Referrer(ReferrerID),
            ScannerID INTEGER NOT NULL REFERENCES tbl_Scanner(ScannerID),
            RadiographerID INTEGER REFERENCES tbl_Radiographer(RadiographerID), BodyPart TEXT NOT NULL,
            Priority TEXT NOT NULL, RequestedOn DATE NOT NULL, ExamDate DATE NOT NULL, Status TEXT NOT NULL,
            ContrastUsed TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE tbl_Report (ReportID INTEGER PRIMARY KEY, ExamID INTEGER NOT NULL REFERENCES tbl_Exam(ExamID),
            RadiologistID INTEGER NOT NULL REFERENCES tbl_Radiologist(RadiologistID), ReportedOn DATE NOT NULL,
            IsAbnormal TEXT NOT NULL);
        """,
    )
    insert(c, "tbl_Modality", IC_MODALITIES)
    insert(c, "tbl_Scanner", [(i, n, m, mf, _iso(a), _iso(b)) for i, n, m, mf, a, b in IC_SCANNERS])
    insert(c, "tbl_Radiographer", [(i, f, s, b, _iso(d), sup, m) for i, f, s, b, d, sup, m in IC_RADIOGRAPHERS])
    insert(c, "tbl_Radiologist", IC_RADIOLOGISTS)
    insert(c, "tbl_Referrer", IC_REFERRERS)
    used: set[tuple[str, str]] = set()
    pats = []
    for k in range(1, 181):
        sex = "F" if r.random() < 0.52 else "M"
        first, last = _person(r, sex, used)
        nhs = f"{r.randint(400, 799)}{r.randint(0, 9999999):07d}"
        pats.append((k, nhs, first, last, _iso(day_between(r, D(1935, 1, 1), D(2006, 12, 31))), sex))
    insert(c, "tbl_Patient", pats)
    exams = []
    for _ in range(460):
        d = day_between(r, START, D(2025, 7, 11))
        mod = r.choices([1, 2, 3, 4, 5], weights=[15, 20, 35, 25, 5])[0]
        scanners = [s for s in IC_SCANNERS if s[2] == mod and s[4] <= d and (s[5] is None or d <= s[5])]
        sc = r.choice(scanners)
        part, _rad = r.choice(IC_PARTS[mod])
        pri = r.choices(["R", "U", "C"], weights=[75, 18, 7])[0]
        wait = r.randint(10, 60) if pri == "R" else r.randint(1, 10) if pri == "U" else r.randint(3, 14)
        if d >= TODAY:
            st = "B"
        else:
            x = r.random()
            st = "C" if x < 0.88 else "D" if x < 0.94 else "X"
        staff = [g for g in IC_RADIOGRAPHERS if g[0] != 1 and g[4] <= d]
        own = [g for g in staff if g[6] == mod]
        rg = r.choice(own if own and r.random() < 0.85 else staff)[0] if st == "C" else None
        contrast = st == "C" and ((mod == 2 and r.random() < 0.5) or (mod == 1 and r.random() < 0.25))
        ref = r.choice([x for x in IC_REFERRERS if x[3] != "Physiotherapist" or mod in (1, 3)])[0]
        req = d - dt.timedelta(days=wait)
        if req > LAST:  # an exam booked ahead was requested before today
            req = LAST - dt.timedelta(days=r.randint(0, 6))
        exams.append((r.randint(1, 180), ref, sc[0], rg, part, pri, req, d, st,
                      _yn(contrast), mod))  # fmt: skip
    exams.sort(key=lambda e: (e[7], e[0]))
    insert(c, "tbl_Exam", [(k, p, ref, sc, rg, part, pri, _iso(req), _iso(d), st, con)
                           for k, (p, ref, sc, rg, part, pri, req, d, st, con, _m) in enumerate(exams, 1)])  # fmt: skip
    reports = []
    for k, (_p, _ref, _sc, _rg, part, pri, _req, d, st, _con, mod) in enumerate(exams, 1):
        if st != "C":
            continue
        rep = d + dt.timedelta(days=r.randint(0, 2) if pri != "R" else r.randint(1, 14))
        if rep > LAST:
            continue
        rad = dict(IC_PARTS[mod])[part]
        if r.random() < 0.15:
            rad = r.choice([x[0] for x in IC_RADIOLOGISTS if x[0] != rad])
        reports.append((len(reports) + 1, k, rad, _iso(rep), _yn(r.random() < (0.55 if pri == "C" else 0.3))))
    insert(c, "tbl_Report", reports)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "sleepstudy": build_sleepstudy,
    "vectorwatch": build_vectorwatch,
    "sportscience": build_sportscience,
    "stability": build_stability,
    "telehealth": build_telehealth,
    "imagingcentre": build_imagingcentre,
}
