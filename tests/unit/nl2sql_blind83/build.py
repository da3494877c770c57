"""Blind corpus 83: six databases on healthcare, social care and wellbeing.

"Today" is 2025-06-15 for every database: nothing in the data happens after 2025-06-14, except clearly future
bookings (scan appointments in ``maternity``, transport pick-ups in ``dialysis``, planned placements in
``fostering``).

``hospice`` (German names and values, asked in English)
    ``Pflegekraft`` (staff; ``Vorgesetzter_ID`` -> ``Pflegekraft``, the person one reports to, NULL for the two
    heads), ``Zimmer`` (rooms, ``Einzelzimmer`` 1 = single room), ``Patient`` (``Geschlecht`` 'w'/'m',
    ``Krankenkasse`` NULL = self-payer), ``Aufenthalt`` (stays: ``Aufnahme`` admission date, ``Entlassung``
    discharge date, NULL while the patient is still in the hospice; ``Entlassungsart`` 'verstorben' (died),
    'nach Hause' (went home), 'verlegt' (transferred), NULL while still there), ``Besuch`` (visits with
    ``Dauer_Minuten``), ``Betreuung`` (link staff <-> patient, ``Hauptverantwortlich`` 1 = lead carer),
    ``Spende`` (donations, ``Betrag`` in euros).

``dialysis`` (abbreviations with a type suffix)
    ``unit_loc`` (dialysis units, ``chr_cnt`` chairs), ``clin_stf`` (staff, ``role_cd`` 'NEPH' nephrologist,
    'NURS' nurse, 'DIET' dietitian), ``pt_mstr`` (patients, ``mod_cd`` 'HD' haemodialysis, 'HDF'
    haemodiafiltration, 'PD' peritoneal dialysis; ``txp_wait_flg`` 1 = on the transplant waiting list;
    ``dcsd_dt`` date of death or NULL), ``dlys_sess`` (sessions; ``is_msd_flg`` 1 = missed, then duration and
    fluid removed are NULL; ``uf_vol_ml`` fluid removed in ml), ``lab_rslt`` (``test_cd`` 'HB' haemoglobin g/L,
    'K' potassium mmol/L, 'PO4' phosphate mmol/L, 'ALB' albumin g/L), ``trnsp_bkng`` (patient transport,
    ``fare_amt_pnc`` in pence, ``is_cncl_flg`` 1 = cancelled).

``fostering`` (PascalCase tables, snake_case columns, integer status codes into a lookup table)
    ``SocialWorker`` (``manager_id`` -> ``SocialWorker``), ``Carer`` (foster carers, supervised by a social
    worker), ``Child`` (children in care, allocated a social worker), ``PlacementStatus`` (1 Planned, 2 Active,
    3 Ended, 4 Disrupted, 5 Cancelled), ``Placement`` (child with a carer, ``end_date`` NULL unless ended or
    disrupted, ``weekly_allowance`` in pounds), ``TrainingCourse`` and ``CarerTraining`` (link carer <-> course
    with the completion date).

``crisisline`` (ISO timestamps with a time zone, 'Y'/'N' flags in ``_yn`` columns)
    ``volunteer`` (``mentor_id`` -> ``volunteer``, ``active_yn``), ``topic`` (what the call was about),
    ``agency`` (where callers are referred), ``shift`` (``starts_at``/``ends_at`` like '2024-03-05 18:00:00+00'),
    ``call_log`` (``received_at`` timestamp, ``duration_sec``, ``risk_to_life_yn``, ``escalated_yn``,
    ``repeat_caller_yn``), ``referral`` (a call referred to an agency, ``accepted_yn``).

``dietetics`` ('Y'/'N' flags, one wide denormalised export table)
    ``clinic``, ``dietitian`` (``senior_yn``), ``client`` (``diabetic_yn``, ``vegan_yn``), ``consultation``
    (``attended_yn``, ``weight_kg`` NULL when not attended), ``meal_plan`` (``active_yn``, ``kcal_target``), and
    ``WELLBEING_CLASS_EXPORT``: a flat export of bookings for community wellbeing classes (upper-case columns,
    one row per attendee and session, ``FEE_PAID_GBP`` in pounds, ``ATTENDED_YN``, ``FEEDBACK_SCORE`` 1..5 or NULL).

``maternity`` (camelCase tables and columns, ISO timestamps with a time zone, integer codes into a lookup)
    ``Midwife``, ``Mother`` (``dueDate``, ``parity`` = earlier births, ``midwifeId`` named midwife),
    ``AntenatalVisit``, ``DeliveryMode`` (1 Spontaneous vaginal, 2 Assisted (forceps/ventouse), 3 Planned
    caesarean, 4 Emergency caesarean, 5 Water birth), ``Birth`` (``bornAt`` '2024-03-05 14:22:00+00',
    ``birthWeightGrams``), ``ScanBooking`` (``scheduledAt`` timestamp, ``attended`` 1/0, NULL for future scans; the
    booking system went live in January 2024, so there are no earlier scans).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, GIVEN, day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _ts(d: dt.date, h: int, m: int, s: int = 0) -> str:
    return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}+00"


# --------------------------------------------------------------------------------------------------- hospice
VORNAMEN = [
    "Anna", "Bernd", "Claudia", "Dieter", "Elke", "Frank", "Gisela", "Heinz", "Ilse", "Jürgen", "Karin", "Lothar",
    "Monika", "Norbert", "Petra", "Rainer", "Sabine", "Uwe", "Ursula", "Wolfgang", "Helga", "Klaus", "Renate",
    "Günter", "Brigitte", "Manfred", "Hannelore", "Horst",
]  # fmt: skip
NACHNAMEN = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann",
    "Lange", "Werner", "Krause", "Lehmann",
]  # fmt: skip

HOSPICE_DDL = """
CREATE TABLE Pflegekraft (
    Pflegekraft_ID INTEGER PRIMARY KEY,
    Vorname TEXT NOT NULL,
    Nachname TEXT NOT NULL,
    Rolle TEXT NOT NULL,
    Vorgesetzter_ID INTEGER REFERENCES Pflegekraft(Pflegekraft_ID),
    Eintrittsdatum TEXT NOT NULL,
    Stundenlohn REAL NOT NULL
);
CREATE TABLE Zimmer (
    Zimmer_ID INTEGER PRIMARY KEY,
    Zimmernummer TEXT NOT NULL,
    Station TEXT NOT NULL,
    Stockwerk INTEGER NOT NULL,
    Einzelzimmer INTEGER NOT NULL
);
CREATE TABLE Patient (
    Patient_ID INTEGER PRIMARY KEY,
    Vorname TEXT NOT NULL,
    Nachname TEXT NOT NULL,
    Geburtsdatum TEXT NOT NULL,
    Geschlecht TEXT NOT NULL,
    Diagnose TEXT NOT NULL,
    Krankenkasse TEXT,
    Wohnort TEXT NOT NULL
);
CREATE TABLE Aufenthalt (
    Aufenthalt_ID INTEGER PRIMARY KEY,
    Patient_ID INTEGER NOT NULL REFERENCES Patient(Patient_ID),
    Zimmer_ID INTEGER NOT NULL REFERENCES Zimmer(Zimmer_ID),
    Aufnahme TEXT NOT NULL,
    Entlassung TEXT,
    Entlassungsart TEXT
);
CREATE TABLE Besuch (
    Besuch_ID INTEGER PRIMARY KEY,
    Patient_ID INTEGER NOT NULL REFERENCES Patient(Patient_ID),
    Besucher_Name TEXT NOT NULL,
    Beziehung TEXT NOT NULL,
    Datum TEXT NOT NULL,
    Dauer_Minuten INTEGER NOT NULL
);
CREATE TABLE Betreuung (
    Pflegekraft_ID INTEGER NOT NULL REFERENCES Pflegekraft(Pflegekraft_ID),
    Patient_ID INTEGER NOT NULL REFERENCES Patient(Patient_ID),
    Hauptverantwortlich INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (Pflegekraft_ID, Patient_ID)
);
CREATE TABLE Spende (
    Spende_ID INTEGER PRIMARY KEY,
    Spender_Name TEXT NOT NULL,
    Datum TEXT NOT NULL,
    Betrag REAL NOT NULL,
    Zweck TEXT NOT NULL,
    Zahlungsart TEXT NOT NULL
);
"""


def _german_names(r: random.Random, n: int, taken: set[str]) -> list[tuple[str, str]]:
    pairs = [(v, s) for v in VORNAMEN for s in NACHNAMEN if f"{v} {s}" not in taken]
    r.shuffle(pairs)
    out = pairs[:n]
    taken.update(f"{v} {s}" for v, s in out)
    return out


def build_hospice(path: Path) -> None:
    r = random.Random(8301)
    c = fresh_db(path, HOSPICE_DDL)
    taken: set[str] = set()
    names = _german_names(r, 30, taken)
    staff = []
    for i, (v, s) in enumerate(names, start=1):
        if i == 1:
            rolle, boss, lohn = "Pflegedienstleitung", None, 34.50
        elif i == 2:
            rolle, boss, lohn = "Ärztliche Leitung", None, 61.00
        elif i <= 5:
            rolle, boss, lohn = "Stationsleitung", 1, round(r.uniform(28, 31), 2)
        elif i <= 9:
            rolle, boss, lohn = "Palliativarzt", 2, round(r.uniform(45, 55), 2)
        elif i <= 27:
            rolle, boss, lohn = "Pflegefachkraft", 3 + (i % 3), round(r.uniform(20, 26), 2)
        else:
            rolle, boss, lohn = "Seelsorger", 1, round(r.uniform(22, 25), 2)
        eintritt = day_between(r, D(2008, 1, 1), D(2024, 12, 31))
        staff.append((i, v, s, rolle, boss, eintritt.isoformat(), lohn))
    insert(c, "Pflegekraft", staff)

    rooms = []
    stations = ["Lindenhof", "Rosengarten", "Sonnenblick"]
    for i in range(1, 31):
        st = stations[(i - 1) // 10]
        stock = (i - 1) // 10
        rooms.append((i, f"{stock}{(i - 1) % 10 + 1:02d}", st, stock, 0 if i % 5 == 0 else 1))
    insert(c, "Zimmer", rooms)

    diagnosen = ["Krebs"] * 6 + ["Herzinsuffizienz"] * 2 + ["COPD"] * 2 + ["ALS", "Demenz"]
    kassen = ["AOK", "AOK", "TK", "TK", "Barmer", "DAK", "IKK", None]
    orte = ["Freiburg", "Emmendingen", "Lörrach", "Offenburg", "Waldkirch", "Breisach", "Kehl"]
    pnames = _german_names(r, 120, taken)
    patients = []
    for i, (v, s) in enumerate(pnames, start=1):
        geb = day_between(r, D(1930, 1, 1), D(1975, 12, 31))
        g = "w" if v in {"Anna", "Claudia", "Elke", "Gisela", "Ilse", "Karin", "Monika", "Petra", "Sabine",
                          "Ursula", "Helga", "Renate", "Brigitte", "Hannelore"} else "m"
        patients.append((i, v, s, geb.isoformat(), g, r.choice(diagnosen), r.choice(kassen), r.choice(orte)))
    insert(c, "Patient", patients)

    # stays: every patient one stay; 18 patients have an earlier stay that ended with going home
    stays = []
    used_rooms = set()
    sid = 0
    earlier = set(r.sample(range(1, 121), 18))
    for pid in range(1, 121):
        aufn = day_between(r, D(2023, 3, 1), D(2025, 6, 10))
        if pid in earlier:
            a0 = aufn - dt.timedelta(days=r.randint(60, 200))
            e0 = a0 + dt.timedelta(days=r.randint(5, 30))
            zid = r.randint(1, 29)
            sid += 1
            stays.append((sid, pid, zid, a0.isoformat(), e0.isoformat(), "nach Hause"))
            used_rooms.add(zid)
        length = r.randint(2, 70)
        ent = aufn + dt.timedelta(days=length)
        zid = r.randint(1, 29)  # room 30 is never used (being renovated)
        used_rooms.add(zid)
        sid += 1
        if ent > LAST:
            stays.append((sid, pid, zid, aufn.isoformat(), None, None))
        else:
            art = r.choices(["verstorben", "nach Hause", "verlegt"], [75, 15, 10])[0]
            stays.append((sid, pid, zid, aufn.isoformat(), ent.isoformat(), art))
    stays.sort(key=lambda s: s[3])
    stays = [(i, *s[1:]) for i, s in enumerate(stays, start=1)]
    insert(c, "Aufenthalt", stays)

    # visits, only within a stay; 14 patients never get a visitor
    lonely = set(r.sample(range(1, 121), 14))
    beziehungen = ["Tochter", "Sohn", "Ehepartner", "Freund", "Enkel", "Nachbar"]
    visits = []
    last_stay = {s[1]: s for s in stays}
    for i in range(1, 351):
        pid = r.choice([p for p in range(1, 121) if p not in lonely])
        s = last_stay[pid]
        a = D.fromisoformat(s[3])
        e = D.fromisoformat(s[4]) if s[4] else LAST
        datum = day_between(r, a, e)
        bez = r.choice(beziehungen)
        vn = r.choice(VORNAMEN)
        nn = patients[pid - 1][2] if bez in {"Tochter", "Sohn", "Ehepartner", "Enkel"} else r.choice(NACHNAMEN)
        visits.append((i, pid, f"{vn} {nn}", bez, datum.isoformat(), r.choice([20, 30, 45, 60, 90, 120])))
    insert(c, "Besuch", visits)

    care = []
    nurses = list(range(10, 28))
    for pid in range(1, 121):
        for k, n in enumerate(r.sample(nurses, r.choice([2, 2, 3]))):
            care.append((n, pid, 1 if k == 0 else 0))
    insert(c, "Betreuung", care)

    spender = [f"{v} {s}" for v, s in _german_names(r, 30, taken)] + [
        "Sparkasse Freiburg", "Rotary Club Emmendingen", "Bäckerei Hug", "Lions Club Lörrach", "Autohaus Kehl GmbH",
        "Förderverein Hospiz e.V.", "Volksbank Breisgau", "Landfrauen Waldkirch",
    ]
    zwecke = ["allgemein", "allgemein", "Trauerbegleitung", "Gartenprojekt", "Musiktherapie"]
    gifts = []
    for i in range(1, 161):
        who = r.choice(spender)
        firm = " " not in who or any(w in who for w in ("Club", "GmbH", "Sparkasse", "Bank", "e.V.", "Bäckerei", "Landfrauen"))
        betrag = round(r.choice([50, 100, 250, 500, 1000, 2500]) * r.uniform(0.8, 1.6), 2) if firm else round(
            r.choice([10, 20, 25, 50, 100, 150, 200]) * r.uniform(0.9, 1.1), 2)
        datum = day_between(r, D(2023, 1, 1), LAST)
        gifts.append((i, who, datum.isoformat(), betrag, r.choice(zwecke), r.choice(["Überweisung", "Bar", "Lastschrift"])))
    gifts.sort(key=lambda g: g[2])
    gifts = [(i, *g[1:]) for i, g in enumerate(gifts, start=1)]
    insert(c, "Spende", gifts)
    done(c)


# --------------------------------------------------------------------------------------------------- dialysis
DIALYSIS_DDL = """
CREATE TABLE unit_loc (
    unit_id INTEGER PRIMARY KEY,
    unit_nm_txt TEXT NOT NULL,
    city_txt TEXT NOT NULL,
    chr_cnt INTEGER NOT NULL,
    opn_dt TEXT NOT NULL,
    is_satl_flg INTEGER NOT NULL
);
CREATE TABLE clin_stf (
    stf_id INTEGER PRIMARY KEY,
    stf_nm_txt TEXT NOT NULL,
    role_cd TEXT NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES unit_loc(unit_id),
    hire_dt TEXT NOT NULL
);
CREATE TABLE pt_mstr (
    pt_id INTEGER PRIMARY KEY,
    pt_nm_txt TEXT NOT NULL,
    dob_dt TEXT NOT NULL,
    sex_cd TEXT NOT NULL,
    home_unit_id INTEGER NOT NULL REFERENCES unit_loc(unit_id),
    cons_stf_id INTEGER NOT NULL REFERENCES clin_stf(stf_id),
    mod_cd TEXT NOT NULL,
    dlys_strt_dt TEXT NOT NULL,
    txp_wait_flg INTEGER NOT NULL,
    dcsd_dt TEXT
);
CREATE TABLE dlys_sess (
    sess_id INTEGER PRIMARY KEY,
    pt_id INTEGER NOT NULL REFERENCES pt_mstr(pt_id),
    unit_id INTEGER NOT NULL REFERENCES unit_loc(unit_id),
    sess_dt TEXT NOT NULL,
    dur_min_qty INTEGER,
    uf_vol_ml INTEGER,
    pre_wt_kg REAL,
    is_msd_flg INTEGER NOT NULL
);
CREATE TABLE lab_rslt (
    rslt_id INTEGER PRIMARY KEY,
    pt_id INTEGER NOT NULL REFERENCES pt_mstr(pt_id),
    smpl_dt TEXT NOT NULL,
    test_cd TEXT NOT NULL,
    rslt_val REAL NOT NULL
);
CREATE TABLE trnsp_bkng (
    bkng_id INTEGER PRIMARY KEY,
    pt_id INTEGER NOT NULL REFERENCES pt_mstr(pt_id),
    pickup_dt TEXT NOT NULL,
    prov_nm_txt TEXT NOT NULL,
    fare_amt_pnc INTEGER NOT NULL,
    is_cncl_flg INTEGER NOT NULL
);
"""

TOWNS = [
    "Leeds", "Bradford", "Wakefield", "Halifax", "Huddersfield", "Harrogate", "York", "Doncaster", "Sheffield",
    "Rotherham", "Barnsley", "Hull", "Scarborough", "Skipton", "Keighley", "Dewsbury", "Pontefract", "Selby",
    "Goole", "Ripon", "Whitby", "Beverley", "Bridlington", "Thirsk", "Northallerton", "Malton", "Otley", "Ilkley",
    "Batley", "Castleford",
]  # fmt: skip


def build_dialysis(path: Path) -> None:
    r = random.Random(8302)
    c = fresh_db(path, DIALYSIS_DDL)
    units = []
    for i, town in enumerate(TOWNS, start=1):
        main = i <= 6
        units.append((i, f"{town} {'Renal Centre' if main else 'Satellite Unit'}", town,
                      r.randint(24, 40) if main else r.randint(8, 20), day_between(r, D(1995, 1, 1), D(2022, 12, 31)).isoformat(),
                      0 if main else 1))
    insert(c, "unit_loc", units)
    names = full_names(r, 260)
    staff = []
    for i in range(1, 61):
        role = "NEPH" if i <= 12 else ("DIET" if i <= 20 else "NURS")
        unit = r.randint(1, 6) if role == "NEPH" else r.randint(1, 30)
        staff.append((i, names[i - 1], role, unit, day_between(r, D(2005, 1, 1), D(2025, 3, 31)).isoformat()))
    insert(c, "clin_stf", staff)
    pts = []
    for i in range(1, 201):
        mod = r.choices(["HD", "HDF", "PD"], [60, 25, 15])[0]
        strt = day_between(r, D(2015, 1, 1), D(2024, 10, 31))
        dcsd = day_between(r, max(strt + dt.timedelta(days=60), D(2024, 3, 1)), LAST).isoformat() if r.random() < 0.08 else None
        pts.append((i, names[60 + i - 1], day_between(r, D(1940, 1, 1), D(2000, 12, 31)).isoformat(), r.choice("MF"),
                    r.randint(1, 30), r.randint(1, 12), mod, strt.isoformat(), 1 if r.random() < 0.3 and not dcsd else 0, dcsd))
    insert(c, "pt_mstr", pts)
    hd = [p for p in pts if p[6] != "PD"]
    sess = []
    for i in range(1, 401):
        p = r.choice(hd)
        end = D.fromisoformat(p[9]) if p[9] else LAST
        d = day_between(r, max(D.fromisoformat(p[7]), D(2024, 1, 1)), end)
        unit = p[4] if r.random() < 0.9 else r.randint(1, 30)
        if r.random() < 0.07:
            sess.append((i, p[0], unit, d.isoformat(), None, None, None, 1))
        else:
            sess.append((i, p[0], unit, d.isoformat(), r.choice([180, 210, 240, 240, 240, 270]), r.randint(5, 40) * 100,
                         round(r.uniform(48, 120), 1), 0))
    sess.sort(key=lambda s: s[3])
    sess = [(i, *s[1:]) for i, s in enumerate(sess, start=1)]
    insert(c, "dlys_sess", sess)
    labs = []
    ranges = {"HB": (85, 135, 0), "K": (3.4, 6.8, 1), "PO4": (0.8, 2.6, 2), "ALB": (28, 45, 0)}
    for i in range(1, 401):
        p = r.choice(pts)
        end = D.fromisoformat(p[9]) if p[9] else LAST
        t = r.choice(list(ranges))
        lo, hi, nd = ranges[t]
        v = round(r.uniform(lo, hi), nd)
        labs.append((i, p[0], day_between(r, max(D.fromisoformat(p[7]), D(2024, 1, 1)), end).isoformat(), t, v))
    labs.sort(key=lambda x: x[2])
    labs = [(i, *x[1:]) for i, x in enumerate(labs, start=1)]
    insert(c, "lab_rslt", labs)
    bk = []
    provs = ["Medicab", "CityCare Transport", "Volunteer Drivers", "Yorkshire Ambulance PTS"]
    alive = [p for p in hd if not p[9]]
    for i in range(1, 301):
        p = r.choice(alive)
        d = day_between(r, D(2024, 1, 1), D(2025, 7, 31))
        prov = r.choice(provs)
        fare = 0 if prov == "Volunteer Drivers" else r.randint(900, 5200)
        cncl = 1 if r.random() < 0.12 else 0
        bk.append((i, p[0], d.isoformat(), prov, fare, cncl))
    bk.sort(key=lambda x: x[2])
    bk = [(i, *x[1:]) for i, x in enumerate(bk, start=1)]
    insert(c, "trnsp_bkng", bk)
    done(c)


# --------------------------------------------------------------------------------------------------- fostering
FOSTERING_DDL = """
CREATE TABLE SocialWorker (
    worker_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    team TEXT NOT NULL,
    job_title TEXT NOT NULL,
    manager_id INTEGER REFERENCES SocialWorker(worker_id),
    started_on TEXT NOT NULL
);
CREATE TABLE Carer (
    carer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    town TEXT NOT NULL,
    approved_on TEXT NOT NULL,
    max_children INTEGER NOT NULL,
    supervising_worker_id INTEGER NOT NULL REFERENCES SocialWorker(worker_id),
    deregistered_on TEXT
);
CREATE TABLE Child (
    child_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    gender TEXT NOT NULL,
    entered_care_on TEXT NOT NULL,
    allocated_worker_id INTEGER NOT NULL REFERENCES SocialWorker(worker_id)
);
CREATE TABLE PlacementStatus (
    status_id INTEGER PRIMARY KEY,
    status_name TEXT NOT NULL
);
CREATE TABLE Placement (
    placement_id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES Child(child_id),
    carer_id INTEGER NOT NULL REFERENCES Carer(carer_id),
    status_id INTEGER NOT NULL REFERENCES PlacementStatus(status_id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    weekly_allowance REAL NOT NULL
);
CREATE TABLE TrainingCourse (
    course_id INTEGER PRIMARY KEY,
    course_title TEXT NOT NULL,
    hours REAL NOT NULL,
    is_mandatory INTEGER NOT NULL
);
CREATE TABLE CarerTraining (
    carer_id INTEGER NOT NULL REFERENCES Carer(carer_id),
    course_id INTEGER NOT NULL REFERENCES TrainingCourse(course_id),
    completed_on TEXT NOT NULL,
    PRIMARY KEY (carer_id, course_id)
);
"""

COURSES = [
    ("Skills to Foster", 18, 1), ("Safeguarding Children Level 1", 3, 1), ("Safeguarding Children Level 2", 6, 1),
    ("First Aid for Carers", 6, 1), ("Recording and Reporting", 3, 1), ("Online Safety", 2, 1),
    ("Understanding Attachment", 6, 0), ("Trauma-Informed Care", 6, 0), ("Managing Challenging Behaviour", 6, 0),
    ("Contact with Birth Families", 3, 0), ("Life Story Work", 4, 0), ("Caring for Teenagers", 6, 0),
    ("Unaccompanied Asylum-Seeking Children", 4, 0), ("Education and the Virtual School", 3, 0),
    ("Allegations Awareness", 3, 1), ("Medication Administration", 3, 0), ("Child Sexual Exploitation", 4, 0),
    ("Parent and Child Fostering", 12, 0), ("Autism Awareness", 4, 0), ("ADHD in Children", 3, 0),
    ("Self-Harm Awareness", 3, 0), ("Therapeutic Parenting", 12, 0), ("Preparing for Independence", 4, 0),
    ("Equality and Diversity", 2, 1), ("Data Protection for Carers", 2, 1), ("Healthy Eating for Families", 2, 0),
    ("Paediatric First Aid", 12, 0), ("Foetal Alcohol Spectrum Disorder", 3, 0), ("Transitions and Endings", 3, 0),
    ("Delegated Authority", 2, 0), ("Speech and Language Basics", 3, 0), ("Substance Misuse Awareness", 3, 0),
]  # fmt: skip


def build_fostering(path: Path) -> None:
    r = random.Random(8303)
    c = fresh_db(path, FOSTERING_DDL)
    names = full_names(r, 400)
    teams = ["North", "South", "East", "Adolescents"]
    workers = [(1, names[0], "Service Management", "Head of Fostering", None, "2012-04-02")]
    for t_i, team in enumerate(teams):
        workers.append((2 + t_i, names[1 + t_i], team, "Team Manager", 1, day_between(r, D(2010, 1, 1), D(2020, 1, 1)).isoformat()))
    for i in range(6, 33):
        t_i = (i - 6) % 4
        title = "Senior Social Worker" if i % 5 == 0 else "Social Worker"
        workers.append((i, names[i - 1], teams[t_i], title, 2 + t_i, day_between(r, D(2014, 1, 1), D(2025, 2, 28)).isoformat()))
    insert(c, "SocialWorker", workers)
    field = [w for w in workers if w[0] >= 6]
    towns = ["Norwich", "Great Yarmouth", "King's Lynn", "Thetford", "Dereham", "Cromer", "Wymondham", "Diss"]
    carers = []
    for i in range(1, 61):
        first, last = names[40 + i].split()
        approved = day_between(r, D(2012, 1, 1), D(2024, 12, 31))
        dereg = day_between(r, max(approved + dt.timedelta(days=200), D(2023, 6, 1)), D(2025, 5, 31)).isoformat() if i % 12 == 0 else None
        carers.append((i, first, last, r.choice(towns), approved.isoformat(),
                       r.choice([1, 2, 2, 3, 3, 4]), r.choice(field)[0], dereg))
    insert(c, "Carer", carers)
    children = []
    for i in range(1, 151):
        first, last = names[110 + i].split()
        birth = day_between(r, D(2007, 7, 1), D(2024, 6, 30))
        entered = day_between(r, max(birth, D(2015, 1, 1)), D(2025, 5, 31))
        g = "F" if first in {"Bianca", "Dana", "Elif", "Greta", "Ingrid", "Keiko", "Maya", "Olivia", "Rosa", "Tessa",
                            "Vera", "Yara", "Amara", "Chloe", "Emma", "Farah", "Hana", "Julia", "Lena", "Nadia", "Priya"} else "M"
        children.append((i, first, last, birth.isoformat(), g, entered.isoformat(), r.choice(field)[0]))
    insert(c, "Child", children)
    insert(c, "PlacementStatus", [(1, "Planned"), (2, "Active"), (3, "Ended"), (4, "Disrupted"), (5, "Cancelled")])
    pl = []
    active_carers = [cr for cr in carers if cr[7] is None]
    for ch in children:
        start = max(D.fromisoformat(ch[5]), D(2022, 1, 1))
        k = r.choice([1, 1, 2, 2, 3])
        cur = start
        for j in range(k):
            if cur > LAST:
                break
            carer = r.choice(active_carers if j == k - 1 else carers)
            allowance = round(r.choice([245.0, 262.5, 280.0, 315.0, 350.0]) + (30 if ch[3] < "2012-01-01" else 0), 2)
            last_one = j == k - 1
            if last_one:
                roll = r.random()
                if roll < 0.70:
                    pl.append([ch[0], carer[0], 2, cur.isoformat(), None, allowance])
                elif roll < 0.80:
                    pl.append([ch[0], carer[0], 3, cur.isoformat(), day_between(r, cur, LAST).isoformat(), allowance])
                elif roll < 0.90:
                    fut = day_between(r, D(2025, 6, 20), D(2025, 8, 31))
                    pl.append([ch[0], carer[0], 1, fut.isoformat(), None, allowance])
                else:
                    pl.append([ch[0], carer[0], 5, cur.isoformat(), None, allowance])
            else:
                end = cur + dt.timedelta(days=r.randint(20, 400))
                if end > LAST:
                    end = LAST - dt.timedelta(days=r.randint(1, 30))
                if end <= cur:
                    break
                st = 4 if r.random() < 0.4 else 3
                pl.append([ch[0], carer[0], st, cur.isoformat(), end.isoformat(), allowance])
                cur = end + dt.timedelta(days=1)
    pl.sort(key=lambda p: p[3])
    insert(c, "Placement", [(i, *p) for i, p in enumerate(pl, start=1)])
    insert(c, "TrainingCourse", [(i, t, h, m) for i, (t, h, m) in enumerate(COURSES, start=1)])
    tr = []
    for cr in carers:
        if cr[0] in (7, 19, 33, 51):  # newly approved, no training recorded yet
            continue
        n = r.randint(2, 8)
        approved = D.fromisoformat(cr[4])
        for cid in sorted(r.sample(range(1, len(COURSES) + 1), n)):
            tr.append((cr[0], cid, day_between(r, max(approved, D(2023, 1, 1)) if approved < LAST else approved, LAST).isoformat()))
    insert(c, "CarerTraining", tr[:400])
    done(c)


# --------------------------------------------------------------------------------------------------- crisisline
CRISIS_DDL = """
CREATE TABLE volunteer (
    vol_id INTEGER PRIMARY KEY,
    vol_name TEXT NOT NULL,
    joined_on TEXT NOT NULL,
    mentor_id INTEGER REFERENCES volunteer(vol_id),
    active_yn TEXT NOT NULL CHECK (active_yn IN ('Y','N')),
    welsh_speaker_yn TEXT NOT NULL CHECK (welsh_speaker_yn IN ('Y','N'))
);
CREATE TABLE topic (
    topic_id INTEGER PRIMARY KEY,
    topic_label TEXT NOT NULL
);
CREATE TABLE agency (
    agency_id INTEGER PRIMARY KEY,
    agency_name TEXT NOT NULL,
    agency_type TEXT NOT NULL,
    region TEXT NOT NULL
);
CREATE TABLE shift (
    shift_id INTEGER PRIMARY KEY,
    vol_id INTEGER NOT NULL REFERENCES volunteer(vol_id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL
);
CREATE TABLE call_log (
    call_id INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    duration_sec INTEGER NOT NULL,
    vol_id INTEGER NOT NULL REFERENCES volunteer(vol_id),
    topic_id INTEGER NOT NULL REFERENCES topic(topic_id),
    repeat_caller_yn TEXT NOT NULL,
    risk_to_life_yn TEXT NOT NULL,
    escalated_yn TEXT NOT NULL
);
CREATE TABLE referral (
    referral_id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES call_log(call_id),
    agency_id INTEGER NOT NULL REFERENCES agency(agency_id),
    referred_at TEXT NOT NULL,
    accepted_yn TEXT
);
"""

TOPICS = [
    "Loneliness", "Suicidal thoughts", "Self-harm", "Anxiety", "Depression", "Relationship breakdown",
    "Bereavement", "Debt and money worries", "Domestic abuse", "Substance use", "Housing", "Work stress",
]  # fmt: skip
AGENCIES = [
    ("Cardiff Crisis Team", "NHS crisis team", "South Wales"), ("Swansea Crisis Team", "NHS crisis team", "South Wales"),
    ("Newport Crisis Team", "NHS crisis team", "South Wales"), ("Bangor Crisis Team", "NHS crisis team", "North Wales"),
    ("Wrexham Crisis Team", "NHS crisis team", "North Wales"), ("Aberystwyth Crisis Team", "NHS crisis team", "Mid Wales"),
    ("South Wales Police", "Police", "South Wales"), ("North Wales Police", "Police", "North Wales"),
    ("Dyfed-Powys Police", "Police", "Mid Wales"), ("Gwent Police", "Police", "South Wales"),
    ("Samaritans Cardiff", "Charity", "South Wales"), ("Mind Cymru", "Charity", "South Wales"),
    ("Cruse Bereavement Wales", "Charity", "Mid Wales"), ("StepChange Debt Charity", "Charity", "South Wales"),
    ("Welsh Women's Aid", "Charity", "South Wales"), ("Dan 24/7", "Charity", "Mid Wales"),
    ("Shelter Cymru", "Charity", "South Wales"), ("Citizens Advice Gwynedd", "Charity", "North Wales"),
    ("Kaleidoscope Project", "Charity", "South Wales"), ("Hafal", "Charity", "South Wales"),
    ("Cardiff Council Adult Services", "Social services", "South Wales"),
    ("Swansea Council Adult Services", "Social services", "South Wales"),
    ("Gwynedd Council Social Services", "Social services", "North Wales"),
    ("Powys Council Social Services", "Social services", "Mid Wales"),
    ("Conwy Council Social Services", "Social services", "North Wales"),
    ("Cardiff GP Out of Hours", "GP", "South Wales"), ("Bangor GP Out of Hours", "GP", "North Wales"),
    ("Newtown GP Out of Hours", "GP", "Mid Wales"), ("Wrexham GP Out of Hours", "GP", "North Wales"),
    ("Swansea GP Out of Hours", "GP", "South Wales"),
]  # fmt: skip


def build_crisisline(path: Path) -> None:
    r = random.Random(8304)
    c = fresh_db(path, CRISIS_DDL)
    names = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    r.shuffle(names)
    vols = []
    joins = sorted(day_between(r, D(2019, 1, 1), D(2025, 4, 30)) for _ in range(60))
    for i in range(1, 61):
        joined = joins[i - 1]
        mentor = None if i <= 8 else r.randint(1, 8) if i <= 30 else r.randint(1, 30)
        active = "N" if i % 9 == 0 else "Y"
        vols.append((i, names[i - 1], joined.isoformat(), mentor, active, "Y" if r.random() < 0.2 else "N"))
    insert(c, "volunteer", vols)
    insert(c, "topic", list(enumerate(TOPICS, start=1)))
    insert(c, "agency", [(i, *a) for i, a in enumerate(AGENCIES, start=1)])
    shifts = []
    for _i in range(1, 301):
        v = r.choice(vols)
        d = day_between(r, max(D.fromisoformat(v[2]), D(2024, 1, 1)), LAST)
        h = r.choice([6, 10, 14, 18, 22])
        start = dt.datetime(d.year, d.month, d.day, h)
        end = start + dt.timedelta(hours=4)
        if end.date() > LAST:
            start -= dt.timedelta(days=1)
            end -= dt.timedelta(days=1)
        shifts.append((v[0], start.strftime("%Y-%m-%d %H:%M:%S+00"), end.strftime("%Y-%m-%d %H:%M:%S+00")))
    shifts.sort(key=lambda s: s[1])
    insert(c, "shift", [(i, *s) for i, s in enumerate(shifts, start=1)])
    calls = []
    weights = [14, 9, 6, 16, 13, 8, 7, 8, 5, 5, 4, 5]
    for _i in range(400):
        sv, s_start, _ = r.choice(shifts)
        base = dt.datetime.fromisoformat(s_start.replace("+00", ""))
        t = base + dt.timedelta(minutes=r.randint(0, 225), seconds=r.randint(0, 59))
        topic = r.choices(range(1, 13), weights)[0]
        risk = "Y" if (topic in (2, 3) and r.random() < 0.6) or r.random() < 0.03 else "N"
        esc = "Y" if (risk == "Y" and r.random() < 0.7) or r.random() < 0.04 else "N"
        dur = r.randint(90, 3600) if risk == "N" else r.randint(900, 5400)
        calls.append((t.strftime("%Y-%m-%d %H:%M:%S+00"), dur, sv, topic, "Y" if r.random() < 0.25 else "N", risk, esc))
    calls.sort(key=lambda x: x[0])
    calls = [(i, *x) for i, x in enumerate(calls, start=1)]
    insert(c, "call_log", calls)
    topic_agencies = {
        1: [11, 12, 21, 22], 2: [1, 2, 3, 4, 5, 6, 7, 8], 3: [1, 2, 4, 26, 27], 4: [12, 20, 26, 28], 5: [12, 20, 29, 30],
        6: [11, 12], 7: [13], 8: [14, 18], 9: [15, 7, 10], 10: [16, 19], 11: [17, 18], 12: [12, 11],
    }
    refs = []
    for call in calls:
        if call[7] == "Y" or r.random() < 0.15:
            ag = r.choice(topic_agencies[call[4]])
            t = dt.datetime.fromisoformat(call[1].replace("+00", "")) + dt.timedelta(seconds=call[2] + r.randint(60, 1800))
            if t.date() > LAST:
                t = dt.datetime(2025, 6, 14, 23, 50)
            acc = None if t.date() >= D(2025, 6, 10) else ("Y" if r.random() < 0.8 else "N")
            refs.append((call[0], ag, t.strftime("%Y-%m-%d %H:%M:%S+00"), acc))
    insert(c, "referral", [(i, *x) for i, x in enumerate(refs, start=1)])
    done(c)


# --------------------------------------------------------------------------------------------------- dietetics
DIET_DDL = """
CREATE TABLE clinic (
    clinic_id INTEGER PRIMARY KEY,
    clinic_name TEXT NOT NULL,
    town TEXT NOT NULL,
    opens_saturday_yn TEXT NOT NULL
);
CREATE TABLE dietitian (
    dietitian_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    clinic_id INTEGER NOT NULL REFERENCES clinic(clinic_id),
    nhs_band INTEGER NOT NULL,
    senior_yn TEXT NOT NULL,
    started_on TEXT NOT NULL
);
CREATE TABLE client (
    client_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    sex TEXT NOT NULL,
    referral_source TEXT NOT NULL,
    diabetic_yn TEXT NOT NULL,
    vegan_yn TEXT NOT NULL,
    clinic_id INTEGER NOT NULL REFERENCES clinic(clinic_id)
);
CREATE TABLE consultation (
    consultation_id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client(client_id),
    dietitian_id INTEGER NOT NULL REFERENCES dietitian(dietitian_id),
    consult_date TEXT NOT NULL,
    consult_type TEXT NOT NULL,
    attended_yn TEXT NOT NULL,
    weight_kg REAL
);
CREATE TABLE meal_plan (
    plan_id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client(client_id),
    dietitian_id INTEGER NOT NULL REFERENCES dietitian(dietitian_id),
    plan_type TEXT NOT NULL,
    created_on TEXT NOT NULL,
    kcal_target INTEGER,
    active_yn TEXT NOT NULL
);
CREATE TABLE WELLBEING_CLASS_EXPORT (
    EXPORT_ROW_ID INTEGER PRIMARY KEY,
    SESSION_DATE TEXT,
    SESSION_TITLE TEXT,
    SESSION_CATEGORY TEXT,
    VENUE_NAME TEXT,
    VENUE_TOWN TEXT,
    FACILITATOR_NAME TEXT,
    FACILITATOR_EMAIL TEXT,
    ATTENDEE_NAME TEXT,
    ATTENDEE_EMAIL TEXT,
    ATTENDEE_AGE INTEGER,
    ATTENDEE_POSTCODE TEXT,
    BOOKED_AT TEXT,
    FEE_PAID_GBP REAL,
    PAYMENT_METHOD TEXT,
    ATTENDED_YN TEXT,
    FEEDBACK_SCORE INTEGER,
    EXPORTED_ON TEXT
);
"""

CLINIC_TOWNS = [
    "Exeter", "Plymouth", "Torquay", "Barnstaple", "Truro", "Newquay", "Taunton", "Yeovil", "Bath", "Bristol",
    "Weston-super-Mare", "Bridgwater", "Paignton", "Falmouth", "Penzance", "Bodmin", "Tiverton", "Newton Abbot",
    "Exmouth", "Tavistock", "Launceston", "Minehead", "Wells", "Frome", "Glastonbury", "St Austell", "Liskeard",
    "Okehampton", "Honiton", "Chard",
]  # fmt: skip


def build_dietetics(path: Path) -> None:
    r = random.Random(8305)
    c = fresh_db(path, DIET_DDL)
    clinics = [(i, f"{t} {'Community Nutrition Clinic' if i % 3 else 'Health Centre Dietetics'}", t,
                "Y" if i % 4 == 0 else "N") for i, t in enumerate(CLINIC_TOWNS, start=1)]
    insert(c, "clinic", clinics)
    names = full_names(r, 400)
    diets = []
    for i in range(1, 41):
        band = r.choice([5, 6, 6, 7, 7, 8])
        diets.append((i, names[i - 1], r.randint(1, 30), band, "Y" if band >= 7 else "N",
                      day_between(r, D(2008, 1, 1), D(2024, 9, 30)).isoformat()))
    insert(c, "dietitian", diets)
    clients = []
    for i in range(1, 301):
        clients.append((i, names[40 + i - 1], r.randint(1940, 2007), r.choice("FM"),
                        r.choices(["GP", "Hospital", "Self", "Diabetes clinic"], [45, 25, 15, 15])[0],
                        "Y" if r.random() < 0.3 else "N", "Y" if r.random() < 0.1 else "N", r.randint(1, 30)))
    insert(c, "client", clients)
    cons = []
    seen = set()
    for i in range(400):
        # clients 281..300 are new referrals with no appointment yet; every other client has at least one
        cl = clients[i] if i < 280 else r.choice(clients[:280])
        dtn = r.choice([d for d in diets if d[2] == cl[7]] or diets)
        d = day_between(r, D(2023, 1, 1), LAST)
        typ = "Initial" if cl[0] not in seen else r.choice(["Follow-up", "Follow-up", "Telephone review"])
        seen.add(cl[0])
        att = "N" if r.random() < 0.13 else "Y"
        w = round(r.uniform(45, 140), 1) if att == "Y" and typ != "Telephone review" else None
        cons.append((cl[0], dtn[0], d.isoformat(), typ, att, w))
    cons.sort(key=lambda x: x[2])
    # relabel so that the first consultation of each client is the initial one
    first = set()
    fixed = []
    for x in cons:
        typ = x[3]
        if x[0] not in first:
            typ = "Initial"
            first.add(x[0])
        elif typ == "Initial":
            typ = "Follow-up"
        w = x[5] if x[4] == "Y" and typ != "Telephone review" else None
        if x[4] == "Y" and typ != "Telephone review" and w is None:
            w = round(r.uniform(45, 140), 1)
        fixed.append((x[0], x[1], x[2], typ, x[4], w))
    insert(c, "consultation", [(i, *x) for i, x in enumerate(fixed, start=1)])
    plans = []
    types = {"Weight management": (1400, 1900), "Diabetic": (1500, 2100), "Low FODMAP": (1800, 2400),
             "Renal": (1700, 2200), "High protein": (2000, 2800)}
    for _i in range(1, 201):
        cl = r.choice(clients[:280])
        t = r.choice(list(types))
        lo, hi = types[t]
        kcal = r.randrange(lo, hi, 50) if r.random() < 0.9 else None
        plans.append((cl[0], r.randint(1, 36), t, day_between(r, D(2023, 1, 1), LAST).isoformat(), kcal,
                      "Y" if r.random() < 0.45 else "N"))
    plans.sort(key=lambda x: x[3])
    insert(c, "meal_plan", [(i, *x) for i, x in enumerate(plans, start=1)])
    sessions = [
        ("Chair Yoga", "Movement"), ("Mindful Eating", "Nutrition"), ("Cook and Eat on a Budget", "Nutrition"),
        ("Walking Group", "Movement"), ("Stress Less", "Mental wellbeing"), ("Sleep Well", "Mental wellbeing"),
        ("Tai Chi for Balance", "Movement"), ("Healthy Lunchboxes", "Nutrition"),
    ]
    venues = [("St Thomas Community Hall", "Exeter"), ("Mutley Baptist Church Hall", "Plymouth"),
              ("Truro Library Meeting Room", "Truro"), ("Taunton Wellbeing Hub", "Taunton"),
              ("Bath Riverside Centre", "Bath")]
    facil = {s[0]: names[350 + k] for k, s in enumerate(sessions)}
    facil["Walking Group"] = facil["Chair Yoga"]
    people = names[360:400]
    rows = []
    slots = []
    for _ in range(45):
        s = r.choice(sessions)
        v = r.choice(venues)
        d = day_between(r, D(2024, 1, 8), D(2025, 6, 13))
        slots.append((d, s, v))
    slots.sort()
    rid = 0
    for d, s, v in slots:
        fee = {"Movement": 4.0, "Nutrition": 6.5, "Mental wellbeing": 5.0}[s[1]]
        for who in r.sample(people, r.randint(4, 9)):
            rid += 1
            if rid > 320:
                break
            age = 18 + (sum(map(ord, who)) * 7) % 65
            att = "N" if r.random() < 0.15 or who in people[-3:] else "Y"
            paid = 0.0 if age >= 65 else fee
            booked = d - dt.timedelta(days=r.randint(1, 20))
            rows.append((rid, d.isoformat(), s[0], s[1], v[0], v[1], facil[s[0]],
                         facil[s[0]].lower().replace(" ", ".") + "@wellbeing.nhs.uk", who,
                         who.lower().replace(" ", "") + "@mail.com", age, f"{v[1][:2].upper()}{r.randint(1, 9)} {r.randint(1, 9)}AB",
                         _ts(booked, r.randint(8, 21), r.randint(0, 59)), paid,
                         "Free" if paid == 0 else r.choice(["Card", "Cash", "Voucher"]), att,
                         r.randint(1, 5) if att == "Y" and r.random() < 0.7 else None, "2025-06-14"))
    insert(c, "WELLBEING_CLASS_EXPORT", rows)
    done(c)


# --------------------------------------------------------------------------------------------------- maternity
MATERNITY_DDL = """
CREATE TABLE Midwife (
    midwifeId INTEGER PRIMARY KEY,
    fullName TEXT NOT NULL,
    teamName TEXT NOT NULL,
    payBand INTEGER NOT NULL,
    isCommunity INTEGER NOT NULL,
    qualifiedOn TEXT NOT NULL
);
CREATE TABLE DeliveryMode (
    deliveryModeId INTEGER PRIMARY KEY,
    modeLabel TEXT NOT NULL
);
CREATE TABLE Mother (
    motherId INTEGER PRIMARY KEY,
    fullName TEXT NOT NULL,
    dateOfBirth TEXT NOT NULL,
    postcode TEXT NOT NULL,
    parity INTEGER NOT NULL,
    firstLanguage TEXT NOT NULL,
    bookedOn TEXT NOT NULL,
    dueDate TEXT NOT NULL,
    midwifeId INTEGER NOT NULL REFERENCES Midwife(midwifeId)
);
CREATE TABLE AntenatalVisit (
    visitId INTEGER PRIMARY KEY,
    motherId INTEGER NOT NULL REFERENCES Mother(motherId),
    midwifeId INTEGER NOT NULL REFERENCES Midwife(midwifeId),
    visitDate TEXT NOT NULL,
    gestationWeeks INTEGER NOT NULL,
    bpSystolic INTEGER,
    bpDiastolic INTEGER,
    venue TEXT NOT NULL
);
CREATE TABLE Birth (
    birthId INTEGER PRIMARY KEY,
    motherId INTEGER NOT NULL REFERENCES Mother(motherId),
    bornAt TEXT NOT NULL,
    deliveryModeId INTEGER NOT NULL REFERENCES DeliveryMode(deliveryModeId),
    attendingMidwifeId INTEGER NOT NULL REFERENCES Midwife(midwifeId),
    babySex TEXT NOT NULL,
    birthWeightGrams INTEGER NOT NULL,
    apgar5 INTEGER,
    gestationWeeks INTEGER NOT NULL
);
CREATE TABLE ScanBooking (
    scanId INTEGER PRIMARY KEY,
    motherId INTEGER NOT NULL REFERENCES Mother(motherId),
    scanType TEXT NOT NULL,
    scheduledAt TEXT NOT NULL,
    attended INTEGER
);
"""


def build_maternity(path: Path) -> None:
    r = random.Random(8306)
    c = fresh_db(path, MATERNITY_DDL)
    female = [g for g in GIVEN if g in {"Alice", "Chloe", "Elena", "Grace", "Isla", "Keiko", "Maya", "Olivia", "Rosa",
                                        "Tessa", "Vera", "Yara"}]
    extra = ["Amira", "Bethan", "Carys", "Fatima", "Hannah", "Imogen", "Leah", "Megan", "Nia", "Sofia", "Zara", "Aisha"]
    pool = [f"{g} {f}" for g in female + extra for f in FAMILY]
    r.shuffle(pool)
    teams = ["Riverside", "Harbour", "Meadow", "Birth Centre"]
    mws = []
    for i in range(1, 31):
        band = r.choice([5, 6, 6, 6, 7, 7, 8])
        team = teams[(i - 1) % 4]
        mws.append((i, pool[i - 1], team, band, 0 if team == "Birth Centre" else (1 if r.random() < 0.6 else 0),
                    day_between(r, D(2000, 1, 1), D(2024, 9, 1)).isoformat()))
    insert(c, "Midwife", mws)
    insert(c, "DeliveryMode", [(1, "Spontaneous vaginal"), (2, "Assisted (forceps/ventouse)"), (3, "Planned caesarean"),
                               (4, "Emergency caesarean"), (5, "Water birth")])
    langs = ["English"] * 8 + ["Welsh", "Polish", "Urdu", "Arabic", "Romanian", "Portuguese"]
    mothers = []
    for i in range(1, 251):
        due = day_between(r, D(2023, 9, 1), D(2025, 12, 20))
        booked = due - dt.timedelta(days=r.randint(180, 230))
        dob = day_between(r, D(1982, 1, 1), D(2006, 1, 1))
        mothers.append((i, pool[30 + i - 1], dob.isoformat(), f"CF{r.randint(1, 24)} {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUW')}",
                        r.choices([0, 1, 2, 3, 4], [42, 33, 15, 7, 3])[0], r.choice(langs), booked.isoformat(), due.isoformat(),
                        r.randint(1, 30)))
    insert(c, "Mother", mothers)
    visits = []
    for _i in range(400):
        m = r.choice(mothers)
        booked, due = D.fromisoformat(m[6]), D.fromisoformat(m[7])
        hi = min(due - dt.timedelta(days=3), LAST)
        if hi <= booked:
            continue
        d = day_between(r, booked, hi)
        gw = 40 - (due - d).days // 7
        mid = m[8] if r.random() < 0.75 else r.randint(1, 30)
        sys_ = r.randint(100, 150) if r.random() < 0.95 else None
        visits.append((m[0], mid, d.isoformat(), gw, sys_, None if sys_ is None else r.randint(60, 98),
                       r.choice(["Home", "GP surgery", "Hospital clinic", "Children's centre"])))
    visits.sort(key=lambda v: v[2])
    insert(c, "AntenatalVisit", [(i, *v) for i, v in enumerate(visits, start=1)])
    births = []
    for m in mothers:
        due = D.fromisoformat(m[7])
        delta = r.randint(-24, 12)
        born = due + dt.timedelta(days=delta)
        if born > LAST:
            continue
        mode = r.choices([1, 2, 3, 4, 5], [55, 12, 10, 15, 8])[0]
        gw = 40 + delta // 7
        weight = int(r.gauss(3400, 480)) - (300 if gw < 37 else 0)
        births.append((m[0], _ts(born, r.randint(0, 23), r.randint(0, 59)), mode,
                       r.randint(1, 30), r.choice("FM"), weight, r.choice([7, 8, 9, 9, 9, 10, 10]) if r.random() < 0.95 else None, gw))
    births.sort(key=lambda b: b[1])
    insert(c, "Birth", [(i, *b) for i, b in enumerate(births, start=1)])
    scans = []
    for m in mothers:
        booked, due = D.fromisoformat(m[6]), D.fromisoformat(m[7])
        for typ, wk in (("Dating", 12), ("Anomaly", 20), ("Growth", 32)):
            when = due - dt.timedelta(weeks=40 - wk) + dt.timedelta(days=r.randint(-3, 3))
            if typ == "Growth" and r.random() < 0.6:
                continue
            if when > D(2025, 9, 30) or when < D(2024, 1, 1):  # the booking system went live in January 2024
                continue
            att = None if when >= TODAY else 0 if r.random() < 0.06 else 1
            scans.append((m[0], typ, _ts(when, r.randint(8, 16), r.choice([0, 15, 30, 45])), att))
    scans.sort(key=lambda s: s[2])
    assert len(scans) <= 400
    insert(c, "ScanBooking", [(i, *s) for i, s in enumerate(scans, start=1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "hospice": build_hospice,
    "dialysis": build_dialysis,
    "fostering": build_fostering,
    "crisisline": build_crisisline,
    "dietetics": build_dietetics,
    "maternity": build_maternity,
}
