"""Six small health, education and leisure databases for the forty-sixth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15. The schemas are deliberately ordinary; the corpus tests the questions (synonyms
the schema does not use, terse dashboard labels, comparisons over time, numbers in words and ordinals, relative
periods, negation and sets, self-reference).

- ``physio`` (plain snake_case, plural tables, ``id`` keys, status as text words, booleans 0/1, ``created_at``
  timestamps; self-referencing ``therapists.supervisor_id``): a three-site physiotherapy practice around Lancaster.
  ``clinics`` (Riverside, Northgate, Westfield; ``has_pool`` 0/1), ``therapists`` (role Clinical Lead, Senior
  Physiotherapist, Physiotherapist, Sports Therapist or Massage Therapist; clinic, supervisor, ``hcpc_registered``
  0/1, ``started_on``, ``left_on`` NULL while employed), ``insurers`` (Bupa, AXA Health, Aviva, Vitality, WPA,
  Simplyhealth), ``treatment_types`` (Initial assessment, Follow-up, Sports massage, Acupuncture, Hydrotherapy,
  Shockwave therapy, Post-surgery rehab, Video consultation with minutes and price), ``patients`` (date of birth,
  referral source GP, Self, Insurer, Consultant or Employer, insurer and policy number or NULL, ``created_at`` when
  registered), ``appointments`` (``starts_at`` 'YYYY-MM-DD HH:MM', status completed, cancelled, no_show or booked -
  booked ones lie after today) and ``payments`` (one per paid completed appointment: amount, ``paid_at``, method
  card, cash or insurer; insurers pay two to six weeks after the appointment).
- ``musicexams`` (singular table names, ``<table>_id`` keys, results as one-letter codes in a lookup table,
  booleans 'Y'/'N'; self-referencing ``examiner.team_leader_id``): the local centre of a graded music exam board.
  ``result`` (D Distinction from 130 marks, M Merit from 120, P Pass from 100, F Below pass, A Absent),
  ``instrument`` (twelve instruments and their family), ``teacher`` (the music teachers who enter pupils),
  ``examiner`` (visiting examiners, four of them team leaders), ``candidate`` (date of birth, teacher NULL for
  private candidates, school), ``exam_session`` (one exam day with one examiner, in a period such as 'Spring 2024'
  or 'Summer 2025'; the Summer 2025 period runs past today) and ``entry`` (candidate, instrument, grade 1-8,
  session, ``entered_on``, fee, ``access_arrangements`` 'Y'/'N', mark out of 150 and result code, both NULL until
  the exam has been held; mark NULL and result 'A' for absentees).
- ``bridgeclub`` (camelCase tables and columns, ``memberId``-style keys, ``dateJoined``, booleans 0/1;
  self-referencing ``members.referredById``): a duplicate bridge club. ``members`` (EBU number, ``isActive`` 0 for
  lapsed members, ``isDirector``), ``subscriptions`` (one row per member and year 2023-2025, £35/£38/£40, ``paidOn``
  NULL while unpaid), ``clubSessions`` (Monday evening and Thursday afternoon sessions: type Pairs, Teams or
  Supervised play, director, tables in play and table money, both NULL for sessions still to come),
  ``competitions`` (ten a year such as 'Spring Pairs 2024', scoring Matchpoints or IMPs, entry fee) and
  ``competitionEntries`` (one row per pair: ``playerOneId``, ``playerTwoId``, percentage score and placing, NULL for
  the pre-registered Club Championship 2025).
- ``modelrail`` (snake_case with ``<table>_id`` keys, status and membership type as short codes in lookup tables,
  'Y'/'N' flags; self-referencing ``members.proposed_by``; link table ``exhibition_layouts``): a model railway
  society. ``membership_types`` (FULL, JNR, FAM, LIFE, ASSOC with annual fee), ``layout_statuses`` (OPR
  Operational, BLD Under construction, RPR Under repair, RET Retired), ``members`` (single ``name`` column, town,
  ``joined_on``, proposer, ``on_committee``, ``lapsed_on`` NULL for current members), ``layouts`` (scale OO, N, O,
  HO, G, EM or P4, era, ``club_owned`` 'Y' with ``owner_id`` NULL, status, length in metres, year started),
  ``exhibitions`` (shows the society takes layouts to, with visitor numbers, NULL for shows still to come;
  ``hosted_by_us`` 'Y' for the society's own Lune Valley exhibition each March), ``exhibition_layouts`` (which
  layouts went to which show, appearance fee, travel miles) and ``rolling_stock`` (locomotives, multiple units,
  coaches and wagons owned by members or, with ``owner_id`` NULL, by the club; livery, ``dcc_fitted``,
  ``acquired_on``, price paid).
- ``bootcamp`` (snake_case, plural tables, ``<singular>_id`` keys, status as text words, booleans 0/1,
  ``created_at`` timestamps; self-referencing ``instructors.mentor_id`` and ``students.referred_by_student_id``): a
  coding bootcamp. ``instructors`` (specialty, mentor, day rate, contractor 0/1, ``left_on``), ``cohorts`` (names
  such as 'WD-FT-JAN24'; track Web Development, Data Science, Cyber Security or UX Design, Full-time or Part-time,
  start and end dates, lead instructor, capacity, ``is_online``, tuition fee; some cohorts start after today),
  ``students`` (city, ``created_at``, the former student who referred them), ``enrolments`` (``enrolled_at``,
  status enrolled, graduated, withdrawn or deferred, scholarship 0/1 for half fees, final score for graduates),
  ``payments`` (one to three instalments per enrolment: amount, ``paid_on``, method card, bank transfer or
  employer) and ``placements`` (graduates' first jobs: employer, job title, salary, start date).
- ``carehome`` (snake_case, singular tables, ``id`` keys, 'Y'/'N' flags; self-referencing
  ``staff.line_manager_id``; link table ``activity_attendance``): a 40-bed residential and nursing home.
  ``room`` (number such as 'B23', floor, wing Oak, Beech or Willow - the dementia wing -, en-suite, weekly fee),
  ``staff`` (job title Home Manager, Deputy Manager, Nurse, Senior Carer, Carer, Activities Coordinator, Cook or
  Housekeeper; line manager, hourly rate, nights 'Y'/'N'), ``resident`` (date of birth, room, care level
  Residential, Nursing or Dementia, funding Self-funded, Local authority or NHS CHC, key worker, ``date_admitted``,
  ``date_left`` and ``reason_left`` NULL for current residents), ``visit`` (visitor name and relationship, date,
  arrived and departed 'HH:MM'), ``activity`` (title, category Music, Exercise, Crafts, Outing, Faith or Games,
  date, staff member leading it; a few planned after today), ``activity_attendance`` and ``incident`` (falls,
  medication errors, skin tears and so on: ``occurred_at`` timestamp, severity Low, Moderate or High,
  ``hospital_attended`` 'Y'/'N').
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)

#: a pool of given names and surnames for the people in these six databases
FIRST = [
    "Aisha", "Ben", "Chloe", "Daniel", "Eleanor", "Farhan", "Grace", "Harry", "Imogen", "Jamal", "Katie", "Liam",
    "Megan", "Nathan", "Olivia", "Priya", "Quentin", "Rosie", "Samuel", "Tara", "Usman", "Victoria", "William",
    "Yasmin", "Zach", "Amelia", "Bilal", "Charlotte", "Dylan", "Erin", "Finn", "Gemma", "Hamza", "Isabel", "Jack",
    "Kerry", "Lewis", "Maryam", "Noah", "Orla", "Patrick", "Ruby", "Sean", "Thomas", "Uma", "Vikram", "Wendy",
    "Yusuf", "Zara", "Alan", "Brenda", "Colin", "Diane", "Eric", "Frances", "Gordon", "Hilary", "Ivan", "Janet",
    "Keith", "Linda", "Martin", "Norma", "Peter", "Rita", "Stuart", "Tessa", "Vernon", "Yvonne",
]  # fmt: skip
LAST = [
    "Adams", "Bhatt", "Carter", "Doyle", "Evans", "Fletcher", "Gupta", "Hughes", "Iqbal", "Jenkins", "Khan",
    "Lloyd", "Morgan", "Nolan", "O'Brien", "Patel", "Quinn", "Reid", "Shaw", "Turner", "Underwood", "Vaughan",
    "Walsh", "Young", "Ahmed", "Brooks", "Chapman", "Davies", "Ellis", "Foster", "Gill", "Hart", "Jones", "Kelly",
    "Lowe", "Mason", "Norris", "Owen", "Price", "Rees", "Singh", "Taylor", "Watts", "Wood", "Barker", "Cross",
    "Dixon", "Fenwick", "Gibson", "Holt", "Kaur", "Lambert", "Moss", "Nash", "Pearce", "Riley", "Sutton", "Tait",
]  # fmt: skip


def _people(r: random.Random, n: int, taken: set[str] | None = None) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs from the pools, none in ``taken`` (which is updated)."""
    taken = taken if taken is not None else set()
    out: list[tuple[str, str]] = []
    while len(out) < n:
        f, s = r.choice(FIRST), r.choice(LAST)
        if f"{f} {s}" in taken:
            continue
        taken.add(f"{f} {s}")
        out.append((f, s))
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def _weekday_on_or_after(d: dt.date, allowed: tuple[int, ...] = (0, 1, 2, 3, 4)) -> dt.date:
    while d.weekday() not in allowed:
        d = _plus(d, 1)
    return d


# ---------------------------------------------------------------------------------------------------------- physio
PH_CLINICS = [
    (1, "Riverside", "Lancaster", "LA1 1RB", 1),
    (2, "Northgate", "Morecambe", "LA4 4AA", 0),
    (3, "Westfield", "Carnforth", "LA5 9LD", 0),
]
PH_INSURERS = [
    (1, "Bupa", "0345 600 8822"),
    (2, "AXA Health", "0800 027 2123"),
    (3, "Aviva", "0800 158 3333"),
    (4, "Vitality", "0345 602 3523"),
    (5, "WPA", "0800 414 8111"),
    (6, "Simplyhealth", "0300 100 1041"),
]
PH_TREATMENTS = [
    (1, "Initial assessment", 45, 65.0),
    (2, "Follow-up", 30, 48.0),
    (3, "Sports massage", 45, 55.0),
    (4, "Acupuncture", 30, 50.0),
    (5, "Hydrotherapy", 45, 60.0),
    (6, "Shockwave therapy", 30, 70.0),
    (7, "Post-surgery rehab", 45, 62.0),
    (8, "Video consultation", 20, 35.0),
]
PH_PRICE = {t[0]: t[3] for t in PH_TREATMENTS}


def build_physio(path: Path) -> None:
    r = random.Random(46001)
    c = fresh_db(
        path,
        """
        CREATE TABLE clinics (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, postcode TEXT,
            has_pool INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE therapists (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, role TEXT NOT NULL,
            clinic_id INTEGER NOT NULL REFERENCES clinics(id), supervisor_id INTEGER REFERENCES therapists(id),
            hcpc_registered INTEGER NOT NULL DEFAULT 0, started_on DATE NOT NULL, left_on DATE);
        CREATE TABLE insurers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT);
        CREATE TABLE treatment_types (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, duration_minutes INTEGER NOT NULL,
            price NUMERIC(6,2) NOT NULL);
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, date_of_birth DATE,
            phone TEXT, referral_source TEXT NOT NULL, insurer_id INTEGER REFERENCES insurers(id),
            policy_number TEXT, created_at TIMESTAMP NOT NULL);
        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id),
            therapist_id INTEGER NOT NULL REFERENCES therapists(id),
            treatment_type_id INTEGER NOT NULL REFERENCES treatment_types(id), starts_at TIMESTAMP NOT NULL,
            status TEXT NOT NULL, notes TEXT);
        CREATE TABLE payments (
            id INTEGER PRIMARY KEY, appointment_id INTEGER NOT NULL REFERENCES appointments(id),
            amount NUMERIC(8,2) NOT NULL, paid_at DATE NOT NULL, method TEXT NOT NULL);
        """,
    )
    insert(c, "clinics", PH_CLINICS)
    insert(c, "insurers", PH_INSURERS)
    insert(c, "treatment_types", PH_TREATMENTS)
    fixed = [
        (1, "Helen", "Marsh", "Clinical Lead", 1, None, D(2012, 4, 2), None),
        (2, "Rajesh", "Patel", "Senior Physiotherapist", 1, 1, D(2015, 9, 1), None),
        (3, "Claire", "Donnelly", "Senior Physiotherapist", 2, 1, D(2016, 1, 11), None),
        (4, "Owen", "Hughes", "Senior Physiotherapist", 3, 1, D(2018, 5, 8), None),
        (5, "Sinead", "Walsh", "Senior Physiotherapist", 1, 1, D(2019, 2, 4), None),
    ]
    taken = {f"{t[1]} {t[2]}" for t in fixed}
    roles = ["Physiotherapist"] * 15 + ["Sports Therapist"] * 6 + ["Massage Therapist"] * 4
    leavers = {8: D(2023, 8, 31), 15: D(2024, 5, 31), 23: D(2025, 2, 28)}
    late_starters = {12: D(2024, 9, 2), 19: D(2025, 1, 6), 27: D(2024, 2, 5)}
    ther: list[tuple[int, str, str, str, int, int | None, dt.date, dt.date | None]] = list(fixed)
    for k, (f, s) in enumerate(_people(r, 25, taken)):
        tid = 6 + k
        role = roles[k]
        clinic = r.choice([1, 1, 1, 2, 2, 3])
        if role == "Physiotherapist":
            sup = {1: 2, 2: 3, 3: 4}[clinic]
        elif role == "Sports Therapist":
            sup = 5
        else:
            sup = 2
        started = late_starters.get(tid, day_between(r, D(2014, 1, 1), D(2022, 9, 30)))
        ther.append((tid, f, s, role, clinic, sup, started, leavers.get(tid)))
    insert(
        c,
        "therapists",
        [
            (t[0], t[1], t[2], t[3], t[4], t[5], 0 if t[3] in ("Sports Therapist", "Massage Therapist") else 1,
             _iso(t[6]), _iso(t[7]))
            for t in ther
        ],
    )  # fmt: skip
    kind = {t[0]: ("M" if t[3] == "Massage Therapist" else "S" if t[3] == "Sports Therapist" else "P") for t in ther}
    weight = {t[0]: r.choice([1, 2, 2, 3, 3, 4, 5]) for t in ther}
    weight[1] = 2

    def active(d: dt.date, k: str | None = None) -> list[int]:
        return [t[0] for t in ther if t[6] <= d and (t[7] is None or t[7] >= d) and (k is None or kind[t[0]] == k)]

    ins_w = [30, 22, 18, 14, 9, 7]
    created_days = sorted(day_between(r, D(2022, 11, 1), D(2025, 6, 13)) for _ in range(161))
    people = _people(r, 161, taken)
    patients = []
    appts: list[tuple[int, int, int, str, str]] = []  # patient, therapist, treatment, datetime text, status
    for i, (created, (f, s)) in enumerate(zip(created_days, people, strict=True), 1):
        ref = r.choices(["GP", "Self", "Insurer", "Consultant", "Employer"], weights=[28, 36, 20, 10, 6])[0]
        insurer = None
        if ref == "Insurer" or (ref == "Consultant" and r.random() < 0.5):
            insurer = r.choices([1, 2, 3, 4, 5, 6], weights=ins_w)[0]
        dob = day_between(r, D(1938, 1, 1), D(2007, 5, 31))
        created_at = f"{created.isoformat()} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        policy = f"{'BXAVWS'[insurer - 1]}{r.randint(1000000, 9999999)}" if insurer else None
        phone = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        patients.append((i, f, s, _iso(dob), phone, ref, insurer, policy, created_at))
        if r.random() < 0.06:
            continue  # registered but never booked
        n = r.choices([1, 2, 3, 4, 5, 6, 7, 8, 10], weights=[30, 25, 20, 10, 6, 4, 2, 2, 1])[0]
        d = _weekday_on_or_after(_plus(created, r.randint(1, 10)), (0, 1, 2, 3, 4, 5))
        k = r.choices(["P", "S", "M"], weights=[70, 18, 12])[0]
        pool = active(d, k)
        tid = r.choices(pool, weights=[weight[x] for x in pool])[0]
        surgery = k == "P" and r.random() < 0.18
        for j in range(n):
            if tid not in active(d):
                pool = active(d, kind[tid])
                tid = r.choices(pool, weights=[weight[x] for x in pool])[0]
            if kind[tid] == "M":
                tt = 3
            elif j == 0:
                tt = 1
            elif kind[tid] == "S":
                tt = r.choice([2, 3])
            else:
                opts = [2, 4, 6, 8] + ([5] if ther[tid - 1][4] == 1 else []) + ([7, 7, 7] if surgery else [])
                ws = [45, 12, 8, 8] + ([10] if ther[tid - 1][4] == 1 else []) + ([14, 14, 14] if surgery else [])
                tt = r.choices(opts, weights=ws)[0]
            hh = r.randint(8, 12) if d.weekday() == 5 else r.randint(8, 18)
            when = f"{d.isoformat()} {hh:02d}:{r.choice(['00', '30'])}"
            status = "booked" if d > TODAY else r.choices(["completed", "cancelled", "no_show"], weights=[86, 8, 6])[0]
            appts.append((i, tid, tt, when, status))
            d = _weekday_on_or_after(_plus(d, r.randint(7, 15)), (0, 1, 2, 3, 4, 5))
    insert(c, "patients", patients)
    appts.sort(key=lambda a: (a[3], a[0]))
    rows = []
    pays = []
    ins_of = {p[0]: p[6] for p in patients}
    for aid, (pid, tid, tt, when, status) in enumerate(appts, 1):
        note = None
        if status == "cancelled":
            note = r.choice(["Patient unwell", "Rebooked by phone", "Clinic closed", "Work commitments"])
        rows.append((aid, pid, tid, tt, when, status, note))
        if status != "completed":
            continue
        day_ = D.fromisoformat(when[:10])
        price = PH_PRICE[tt]
        if ins_of[pid]:
            paid = _plus(day_, r.randint(14, 40))
            if paid <= TODAY:
                pays.append((aid, price, _iso(paid), "insurer"))
        elif r.random() < 0.96:
            pays.append((aid, price, _iso(day_), r.choices(["card", "cash"], weights=[80, 20])[0]))
    insert(c, "appointments", rows)
    pays.sort(key=lambda p: (str(p[2]), p[0]))
    insert(c, "payments", [(k, *p) for k, p in enumerate(pays, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ musicexams
ME_RESULTS = [
    ("D", "Distinction", 130),
    ("M", "Merit", 120),
    ("P", "Pass", 100),
    ("F", "Below pass", 0),
    ("A", "Absent", None),
]
ME_INSTRUMENTS = [
    (1, "Piano", "Keyboard"),
    (2, "Violin", "Strings"),
    (3, "Cello", "Strings"),
    (4, "Flute", "Woodwind"),
    (5, "Clarinet", "Woodwind"),
    (6, "Alto Saxophone", "Woodwind"),
    (7, "Trumpet", "Brass"),
    (8, "Trombone", "Brass"),
    (9, "Singing", "Voice"),
    (10, "Classical Guitar", "Strings"),
    (11, "Drum Kit", "Percussion"),
    (12, "Organ", "Keyboard"),
]
ME_FEE_2023 = {1: 47.0, 2: 52.0, 3: 58.0, 4: 63.0, 5: 70.0, 6: 80.0, 7: 87.0, 8: 102.0}
ME_PERIODS = [
    ("Spring 2023", D(2023, 3, 6), D(2023, 3, 24)),
    ("Summer 2023", D(2023, 6, 5), D(2023, 7, 7)),
    ("Autumn 2023", D(2023, 11, 6), D(2023, 12, 8)),
    ("Spring 2024", D(2024, 3, 4), D(2024, 3, 22)),
    ("Summer 2024", D(2024, 6, 3), D(2024, 7, 5)),
    ("Autumn 2024", D(2024, 11, 4), D(2024, 12, 6)),
    ("Spring 2025", D(2025, 3, 3), D(2025, 3, 21)),
    ("Summer 2025", D(2025, 6, 2), D(2025, 7, 4)),
]
ME_SCHOOLS = [
    "Ripley St Thomas", "Lancaster Royal Grammar", "Lancaster Girls' Grammar", "Our Lady's Catholic College",
    "Central Lancaster High", "Morecambe Bay Academy", "Carnforth High", "Dallam School", "Scotforth St Paul's",
    "Bowerham Primary", "Home educated",
]  # fmt: skip


def build_musicexams(path: Path) -> None:
    r = random.Random(46002)
    c = fresh_db(
        path,
        """
        CREATE TABLE result (
            result_code CHAR(1) PRIMARY KEY, description VARCHAR(20) NOT NULL, min_mark INTEGER);
        CREATE TABLE instrument (
            instrument_id INTEGER PRIMARY KEY, instrument_name VARCHAR(40) NOT NULL UNIQUE,
            family VARCHAR(20) NOT NULL);
        CREATE TABLE teacher (
            teacher_id INTEGER PRIMARY KEY, teacher_name VARCHAR(80) NOT NULL, town VARCHAR(40),
            email VARCHAR(80), registered_on DATE NOT NULL);
        CREATE TABLE examiner (
            examiner_id INTEGER PRIMARY KEY, examiner_name VARCHAR(80) NOT NULL, home_town VARCHAR(40),
            specialism VARCHAR(20), team_leader_id INTEGER REFERENCES examiner(examiner_id),
            appointed_year INTEGER NOT NULL);
        CREATE TABLE candidate (
            candidate_id INTEGER PRIMARY KEY, first_name VARCHAR(40) NOT NULL, surname VARCHAR(40) NOT NULL,
            date_of_birth DATE NOT NULL, teacher_id INTEGER REFERENCES teacher(teacher_id), school VARCHAR(60));
        CREATE TABLE exam_session (
            session_id INTEGER PRIMARY KEY, session_date DATE NOT NULL, exam_period VARCHAR(20) NOT NULL,
            examiner_id INTEGER NOT NULL REFERENCES examiner(examiner_id), room VARCHAR(30) NOT NULL,
            steward VARCHAR(60));
        CREATE TABLE entry (
            entry_id INTEGER PRIMARY KEY, candidate_id INTEGER NOT NULL REFERENCES candidate(candidate_id),
            instrument_id INTEGER NOT NULL REFERENCES instrument(instrument_id), grade INTEGER NOT NULL,
            session_id INTEGER NOT NULL REFERENCES exam_session(session_id), entered_on DATE NOT NULL,
            fee NUMERIC(6,2) NOT NULL, access_arrangements CHAR(1) NOT NULL DEFAULT 'N', mark INTEGER,
            result_code CHAR(1) REFERENCES result(result_code));
        """,
    )
    insert(c, "result", ME_RESULTS)
    insert(c, "instrument", ME_INSTRUMENTS)
    taken: set[str] = set()
    towns = ["Lancaster", "Morecambe", "Carnforth", "Garstang", "Kendal", "Heysham", "Galgate", "Silverdale"]
    teachers = []
    for k, (f, s) in enumerate(_people(r, 34, taken), 1):
        reg = day_between(r, D(2005, 1, 1), D(2025, 2, 28)) if k > 4 else day_between(r, D(2024, 2, 1), D(2025, 3, 1))
        email = (
            f"{f.lower()}.{s.lower().replace(chr(39), '')}@{r.choice(['gmail.com', 'outlook.com', 'btinternet.com'])}"
        )
        teachers.append((k, f"{f} {s}", r.choice(towns), email, _iso(reg)))
    insert(c, "teacher", teachers)
    ex_towns = ["Manchester", "Leeds", "York", "Liverpool", "Carlisle", "Preston", "Sheffield", "Durham", "Chester"]
    specs = ["Keyboard", "Strings", "Woodwind", "Brass", "Voice", "Generalist"]
    examiners = []
    leaders = [1, 2, 3, 4]
    for k, (f, s) in enumerate(_people(r, 30, taken), 1):
        tl = None if k in leaders else r.choice(leaders if k % 3 else [1, 2])
        examiners.append((k, f"{f} {s}", r.choice(ex_towns), r.choice(specs), tl, r.randint(1998, 2024)))
    insert(c, "examiner", examiners)
    # sessions: a handful of exam days in each period, each with one visiting examiner
    sessions = []
    for name, start, end in ME_PERIODS:
        days = [d for d in (_plus(start, i) for i in range((end - start).days + 1)) if d.weekday() < 5]
        chosen = sorted(r.sample(days, r.randint(8, 10)))
        ex = r.randint(1, 30)
        for d in chosen:
            if r.random() < 0.45:
                ex = r.randint(1, 30)
            sessions.append((d, name, ex, r.choice(["Recital Room", "Recital Room", "Studio 2"])))
    stewards = [f"{f} {s}" for f, s in _people(r, 5, taken)]
    sess_rows = [(k, _iso(s[0]), s[1], s[2], s[3], r.choice(stewards)) for k, s in enumerate(sessions, 1)]
    insert(c, "exam_session", sess_rows)
    by_period: dict[str, list[int]] = {}
    for k, s in enumerate(sessions, 1):
        by_period.setdefault(s[1], []).append(k)
    period_names = [p[0] for p in ME_PERIODS]
    candidates = []
    entries: list[tuple[int, int, int, int, dt.date, float, str, int | None, str | None]] = []
    for cid, (f, s) in enumerate(_people(r, 230, taken), 1):
        adult = r.random() < 0.1
        dob = day_between(r, D(1958, 1, 1), D(2001, 12, 31)) if adult else day_between(r, D(2007, 1, 1), D(2018, 8, 31))
        teacher = (
            None if r.random() < 0.12 else r.choices(range(1, 35), weights=[1 + (k * 7) % 5 for k in range(1, 35)])[0]
        )
        school = None if adult else r.choice(ME_SCHOOLS)
        candidates.append((cid, f, s, _iso(dob), teacher, school))
        inst = r.choices([x[0] for x in ME_INSTRUMENTS], weights=[30, 14, 6, 9, 8, 7, 7, 4, 10, 8, 6, 2])[0]
        grade = r.choices(range(1, 9), weights=[20, 18, 16, 14, 12, 9, 6, 5])[0]
        p = r.randrange(len(period_names))
        ability = r.gauss(118, 11)
        n = r.choices([1, 2, 3], weights=[60, 30, 10])[0]
        for _ in range(n):
            if p >= len(period_names) or grade > 8:
                break
            sid = r.choice(by_period[period_names[p]])
            sday = sessions[sid - 1][0]
            fee = ME_FEE_2023[grade] + 3.0 * (sday.year - 2023)
            if sday > TODAY:
                mark, res = None, None
            elif r.random() < 0.03:
                mark, res = None, "A"
            else:
                mark = max(62, min(148, round(ability + r.gauss(0, 6) - grade)))
                res = "D" if mark >= 130 else "M" if mark >= 120 else "P" if mark >= 100 else "F"
            arr = _yn(r.random() < 0.06)
            entries.append((cid, inst, grade, sid, _plus(sday, -r.randint(35, 70)), fee, arr, mark, res))
            if res == "F" or res == "A":
                p += r.choice([1, 2])
            else:
                grade += r.choice([1, 1, 2])
                p += r.choice([2, 3, 3, 4])
            if r.random() < 0.12:
                inst = r.choice([1, 9, 10, 4])
    insert(c, "candidate", candidates)
    entries.sort(key=lambda e: (e[4], e[0]))
    insert(c, "entry", [(k, e[0], e[1], e[2], e[3], _iso(e[4]), *e[5:]) for k, e in enumerate(entries, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ bridgeclub
BC_COMPETITIONS = [
    ("Winter Pairs", 1, 21), ("President's Cup", 2, 18), ("Novice Pairs", 3, 11), ("Spring Pairs", 4, 22),
    ("Club Championship", 6, 17), ("Summer Mixed Pairs", 8, 12), ("Charity Pairs", 9, 16), ("Autumn Pairs", 10, 14),
    ("Swiss Pairs", 11, 18), ("Christmas Pairs", 12, 16),
]  # fmt: skip


def build_bridgeclub(path: Path) -> None:
    r = random.Random(46003)
    c = fresh_db(
        path,
        """
        CREATE TABLE members (
            memberId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL, ebuNumber TEXT,
            dateJoined DATE NOT NULL, isActive INTEGER NOT NULL DEFAULT 1, isDirector INTEGER NOT NULL DEFAULT 0,
            referredById INTEGER REFERENCES members(memberId), phoneNumber TEXT);
        CREATE TABLE subscriptions (
            subscriptionId INTEGER PRIMARY KEY, memberId INTEGER NOT NULL REFERENCES members(memberId),
            subYear INTEGER NOT NULL, amount REAL NOT NULL, paidOn DATE, paymentMethod TEXT);
        CREATE TABLE clubSessions (
            sessionId INTEGER PRIMARY KEY, sessionDate DATE NOT NULL, startTime TEXT NOT NULL,
            sessionType TEXT NOT NULL, directorId INTEGER REFERENCES members(memberId), tablesInPlay INTEGER,
            tableMoney REAL);
        CREATE TABLE competitions (
            competitionId INTEGER PRIMARY KEY, title TEXT NOT NULL, heldOn DATE NOT NULL, scoring TEXT NOT NULL,
            entryFee REAL NOT NULL);
        CREATE TABLE competitionEntries (
            entryId INTEGER PRIMARY KEY, competitionId INTEGER NOT NULL REFERENCES competitions(competitionId),
            playerOneId INTEGER NOT NULL REFERENCES members(memberId),
            playerTwoId INTEGER NOT NULL REFERENCES members(memberId), scorePct REAL, placing INTEGER);
        """,
    )
    # members: (id, first, last, joined, lapsed year or None, director)
    people = _people(r, 132)
    joins = sorted(
        [day_between(r, D(1992, 1, 1), D(2022, 12, 31)) for _ in range(96)]
        + [day_between(r, D(2023, 1, 5), D(2025, 6, 10)) for _ in range(36)]
    )
    members = []
    ref_weight = {}
    for i, ((f, s), joined) in enumerate(zip(people, joins, strict=True), 1):
        lapsed = r.choice([2023, 2024, 2025]) if i <= 96 and r.random() < 0.15 else None
        if lapsed is not None and lapsed <= joined.year:
            lapsed = None
        earlier = [m[0] for m in members if m[3] < _plus(joined, -60) and (m[4] is None or m[4] > joined.year)]
        referrer = None
        if earlier and joined.year >= 2005 and r.random() < 0.6:
            referrer = r.choices(earlier, weights=[ref_weight[x] for x in earlier])[0]
        director = i in (3, 9, 17, 24, 41, 55)
        members.append((i, f, s, joined, lapsed, director, referrer))
        ref_weight[i] = r.choice([1, 1, 1, 2, 3, 6])
    insert(
        c,
        "members",
        [
            (m[0], m[1], m[2], f"{r.randint(100000, 999999)}" if r.random() < 0.9 else None, _iso(m[3]),
             0 if m[4] else 1, 1 if m[5] else 0, m[6], f"01524 {r.randint(100000, 999999)}")
            for m in members
        ],
    )  # fmt: skip
    subs = []
    fees = {2023: 35.0, 2024: 38.0, 2025: 40.0}
    for m in members:
        for year in (2023, 2024, 2025):
            if m[3].year > year or (m[4] is not None and m[4] <= year):
                continue
            due = max(D(year, 1, 1), m[3])
            if year == 2025 and r.random() < 0.14:
                paid = None
            else:
                paid = _plus(due, r.randint(0, 75))
                if paid > TODAY:
                    paid = None
            method = r.choices(["cash", "cheque", "bank transfer"], weights=[25, 20, 55])[0] if paid else None
            subs.append((m[0], year, fees[year], _iso(paid), method))
    subs.sort(key=lambda x: (x[1], x[3] or "9999", x[0]))
    insert(c, "subscriptions", [(k, *x) for k, x in enumerate(subs, 1)])
    directors = [m[0] for m in members if m[5]]
    dir_w = [5, 3, 4, 1, 2, 2]
    sessions = []
    d = D(2023, 1, 2)
    while d <= D(2025, 7, 31):
        for wd, start in ((0, "19:00"), (3, "13:30")):
            day_ = _plus(d, wd)
            if (day_.month == 12 and day_.day >= 24) or (day_.month == 1 and day_.day == 1):
                continue
            nxt = _plus(day_, 7)
            if wd == 0:
                kind = "Teams" if nxt.month != day_.month else "Pairs"
            else:
                kind = "Supervised play" if day_.day <= 7 else "Pairs"
            fee = {2023: 3.0, 2024: 3.5, 2025: 4.0}[day_.year]
            if day_ > TODAY:
                tables = None
                money = None
            else:
                base = {"Pairs": (7, 13) if wd == 0 else (5, 10), "Teams": (6, 9), "Supervised play": (3, 5)}[kind]
                tables = r.randint(*base)
                money = tables * 4 * (fee - 1.0 if kind == "Supervised play" else fee)
            director = r.choices(directors, weights=dir_w)[0]
            sessions.append((_iso(day_), start, kind, director, tables, money))
        d = _plus(d, 7)
    insert(c, "clubSessions", [(k, *x) for k, x in enumerate(sessions, 1)])
    comps = []
    for year in (2023, 2024, 2025):
        for title, month, dd in BC_COMPETITIONS:
            held = D(year, month, dd)
            while held.weekday() != 5:
                held = _plus(held, 1)
            scoring = "IMPs" if title == "Swiss Pairs" else "Matchpoints"
            fee = 5.0 if year < 2025 else 6.0
            if title == "Charity Pairs":
                fee = 10.0
            comps.append((f"{title} {year}", held, scoring, fee))
    insert(c, "competitions", [(k, t, _iso(h), s, f) for k, (t, h, s, f) in enumerate(comps, 1)])
    # regular partnerships
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    pool = [m[0] for m in members]
    r.shuffle(pool)
    for a in pool:
        if a in used:
            continue
        others = [b for b in pool if b not in used and b != a]
        if not others or len(pairs) >= 50:
            break
        b = r.choice(others)
        used.update((a, b))
        pairs.append((a, b))
    strength = {p: r.gauss(52, 5) for p in pairs}
    info = {m[0]: m for m in members}

    def member_on(mid: int, d: dt.date) -> bool:
        m = info[mid]
        return m[3] <= d and (m[4] is None or m[4] > d.year)

    entries = []
    for k, (_t, held, _s, _f) in enumerate(comps, 1):
        if held > D(2025, 6, 30):
            continue
        ok = [p for p in pairs if member_on(p[0], held) and member_on(p[1], held)]
        chosen = r.sample(ok, min(len(ok), r.randint(9, 14)))
        if held > TODAY:
            for p in chosen:
                entries.append((k, p[0], p[1], None, None))
            continue
        scores = []
        for p in chosen:
            pct = round(strength[p] + r.gauss(0, 5), 2)
            while pct in [x[1] for x in scores]:
                pct = round(pct + 0.07, 2)
            scores.append((p, pct))
        scores.sort(key=lambda x: -x[1])
        for place, (p, pct) in enumerate(scores, 1):
            entries.append((k, p[0], p[1], pct, place))
    insert(c, "competitionEntries", [(k, *e) for k, e in enumerate(entries, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- modelrail
MR_TYPES = [
    ("FULL", "Full member", 36.0),
    ("JNR", "Junior (under 18)", 12.0),
    ("FAM", "Family", 48.0),
    ("LIFE", "Life member", 0.0),
    ("ASSOC", "Associate (non-operating)", 18.0),
]
MR_STATUSES = [("OPR", "Operational"), ("BLD", "Under construction"), ("RPR", "Under repair"), ("RET", "Retired")]
# name, scale, era, club owned, status, length in metres, year started
MR_LAYOUTS = [
    ("Lunesdale Junction", "OO", "BR steam", True, "OPR", 7.2, 2009),
    ("Carnforth MPD", "OO", "BR steam", True, "OPR", 5.4, 2014),
    ("Hest Bank", "N", "BR blue", False, "OPR", 3.6, 2016),
    ("Wennington Sidings", "O", "BR steam", False, "OPR", 4.8, 2012),
    ("Little Bolton", "OO", "Sectorisation", False, "OPR", 3.0, 2018),
    ("Heysham Harbour", "OO", "Privatisation", True, "OPR", 6.0, 2019),
    ("Arnside Viaduct", "N", "Modern", False, "OPR", 4.2, 2020),
    ("Caton Quarry", "O", "BR steam", False, "RPR", 3.6, 2011),
    ("Glasson Dock", "EM", "Pre-grouping", False, "OPR", 3.3, 2015),
    ("Silverdale Halt", "N", "BR steam", False, "OPR", 2.4, 2017),
    ("Morecambe Promenade", "OO", "BR steam", True, "RET", 8.4, 1998),
    ("Bentham Goods", "OO", "BR blue", False, "OPR", 2.7, 2021),
    ("Garstang Town", "P4", "Pre-grouping", False, "BLD", 3.0, 2022),
    ("Ingleton Loop", "G", "Modern", False, "OPR", 9.0, 2013),
    ("Clapham Road", "HO", "Modern", False, "OPR", 3.9, 2016),
    ("Kirkby Lonsdale Branch", "OO", "BR steam", False, "OPR", 4.5, 2010),
    ("Halton Yard", "N", "Privatisation", False, "OPR", 2.1, 2019),
    ("Skerton Works", "O", "BR blue", True, "BLD", 5.0, 2023),
    ("Bolton-le-Sands", "OO", "Sectorisation", False, "RPR", 3.2, 2014),
    ("Giggleswick Sidings", "EM", "BR steam", False, "OPR", 3.8, 2012),
    ("Overton Creek", "OO", "Modern", False, "OPR", 2.4, 2023),
    ("Borwick Hall Estate", "G", "Pre-grouping", False, "OPR", 6.5, 2018),
    ("Middleton Sands", "N", "BR blue", False, "BLD", 3.0, 2024),
    ("Wray Valley", "OO", "BR steam", False, "RET", 4.0, 2001),
    ("Claughton Brickworks", "O", "Pre-grouping", False, "OPR", 3.4, 2020),
    ("Quernmore Road", "HO", "Privatisation", False, "RET", 3.0, 2006),
    ("Lune Mills", "OO", "BR blue", False, "OPR", 3.6, 2017),
    ("Burton Junction", "N", "Modern", True, "OPR", 4.8, 2021),
    ("Aldcliffe Marsh", "P4", "BR steam", False, "OPR", 2.6, 2016),
    ("Torrisholme Tramway", "OO", "Pre-grouping", False, "BLD", 2.0, 2025),
    ("Dolphinholme Mill", "EM", "BR blue", False, "OPR", 3.1, 2019),
    ("Hornby Castle Sidings", "OO", "Privatisation", False, "OPR", 3.3, 2022),
]
MR_SHOWS = [
    ("Lune Valley Model Railway Exhibition", "Lancaster", "Lancaster Town Hall", 3, True),
    ("Preston Model Railway Exhibition", "Preston", "Preston Guild Hall", 2, False),
    ("Kendal Model Railway Show", "Kendal", "Kendal Leisure Centre", 4, False),
    ("Fylde Coast Exhibition", "Blackpool", "Winter Gardens", 5, False),
    ("Barrow Rail Show", "Barrow-in-Furness", "Forum 28", 6, False),
    ("Settle-Carlisle Modellers Weekend", "Settle", "Victoria Hall", 7, False),
    ("Wigan Model Railway Exhibition", "Wigan", "Robin Park Arena", 9, False),
    ("Keighley Model Railway Exhibition", "Keighley", "Keighley Leisure Centre", 10, False),
    ("Lakes Model Railway Festival", "Keswick", "Keswick Theatre by the Lake", 8, False),
    ("Manchester Model Railway Show", "Manchester", "Event City", 11, False),
    ("Carlisle Railway Modelling Show", "Carlisle", "The Sands Centre", 10, False),
    ("Christmas Trains at Morecambe", "Morecambe", "The Platform", 12, False),
    ("Warley National Model Railway Exhibition", "Birmingham", "NEC", 11, False),
]
MR_STOCK = {
    "Locomotive": ["Class 08 shunter", "Class 47", "Class 37", "Class 66", "Black Five 4-6-0", "Jinty 0-6-0T",
                   "Class 40", "Class 20", "Britannia 4-6-2", "Class 86", "Class 25", "Austerity 2-8-0"],
    "Multiple unit": ["Class 142 Pacer", "Class 156 Sprinter", "Class 185", "Class 101 DMU", "Class 333"],
    "Coach": ["Mk1 BSK", "Mk1 CK", "Mk2 TSO", "Mk3 FO", "Stanier brake third", "Gresley buffet"],
    "Wagon": ["16T mineral wagon", "Presflo cement wagon", "Brake van", "Tank wagon", "Vanfit", "HTA hopper",
              "Conflat with container"],
}  # fmt: skip
MR_LIVERIES = {
    "BR steam": ["BR black", "BR lined green", "BR maroon", "BR crimson and cream"],
    "BR blue": ["BR blue", "BR blue/grey"],
    "Sectorisation": ["Railfreight grey", "InterCity", "Network SouthEast", "Regional Railways"],
    "Privatisation": ["EWS maroon", "Virgin red", "Freightliner green", "First Great Western"],
    "Modern": ["GBRf", "Northern", "TransPennine Express", "DB Cargo red"],
    "Pre-grouping": ["LNWR black", "Midland red", "Furness Railway red"],
}  # fmt: skip


def build_modelrail(path: Path) -> None:
    r = random.Random(46004)
    c = fresh_db(
        path,
        """
        CREATE TABLE membership_types (
            type_code TEXT PRIMARY KEY, description TEXT NOT NULL, annual_fee NUMERIC(6,2) NOT NULL);
        CREATE TABLE layout_statuses (status_code TEXT PRIMARY KEY, status_name TEXT NOT NULL);
        CREATE TABLE members (
            member_id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT, email TEXT, joined_on DATE NOT NULL,
            type_code TEXT NOT NULL REFERENCES membership_types(type_code),
            proposed_by INTEGER REFERENCES members(member_id),
            on_committee TEXT NOT NULL DEFAULT 'N' CHECK (on_committee IN ('Y', 'N')), lapsed_on DATE);
        CREATE TABLE layouts (
            layout_id INTEGER PRIMARY KEY, layout_name TEXT NOT NULL, scale TEXT NOT NULL, era TEXT,
            club_owned TEXT NOT NULL DEFAULT 'N' CHECK (club_owned IN ('Y', 'N')),
            owner_id INTEGER REFERENCES members(member_id),
            status_code TEXT NOT NULL REFERENCES layout_statuses(status_code), length_m NUMERIC(4,1),
            started_year INTEGER);
        CREATE TABLE exhibitions (
            exhibition_id INTEGER PRIMARY KEY, exhibition_name TEXT NOT NULL, town TEXT NOT NULL, venue TEXT,
            start_date DATE NOT NULL, end_date DATE NOT NULL, visitors INTEGER,
            hosted_by_us TEXT NOT NULL DEFAULT 'N' CHECK (hosted_by_us IN ('Y', 'N')));
        CREATE TABLE exhibition_layouts (
            exhibition_id INTEGER NOT NULL REFERENCES exhibitions(exhibition_id),
            layout_id INTEGER NOT NULL REFERENCES layouts(layout_id), appearance_fee NUMERIC(7,2),
            travel_miles INTEGER, PRIMARY KEY (exhibition_id, layout_id));
        CREATE TABLE rolling_stock (
            stock_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES members(member_id),
            description TEXT NOT NULL, stock_type TEXT NOT NULL, scale TEXT NOT NULL, livery TEXT,
            dcc_fitted TEXT NOT NULL DEFAULT 'N' CHECK (dcc_fitted IN ('Y', 'N')), acquired_on DATE,
            price_paid NUMERIC(7,2));
        """,
    )
    insert(c, "membership_types", MR_TYPES)
    insert(c, "layout_statuses", MR_STATUSES)
    towns = ["Lancaster", "Morecambe", "Carnforth", "Heysham", "Bolton-le-Sands", "Garstang", "Caton", "Kendal"]
    people = _people(r, 92)
    joins = sorted(
        [day_between(r, D(1978, 1, 1), D(2022, 12, 31)) for _ in range(70)]
        + [day_between(r, D(2023, 1, 10), D(2025, 6, 7)) for _ in range(22)]
    )
    members = []
    prop_w: dict[int, int] = {}
    committee = (2, 6, 11, 19, 27, 33, 48, 60)
    for i, ((f, s), joined) in enumerate(zip(people, joins, strict=True), 1):
        if joined.year < 2000 and r.random() < 0.35:
            tcode = "LIFE"
        else:
            tcode = r.choices(["FULL", "JNR", "FAM", "ASSOC"], weights=[62, 10, 12, 16])[0]
        earlier = [m[0] for m in members if m[4] < _plus(joined, -90) and m[7] is None]
        prop = r.choices(earlier, weights=[prop_w[x] for x in earlier])[0] if earlier and r.random() < 0.7 else None
        lapsed = None
        if i not in committee and tcode != "LIFE" and r.random() < 0.13:
            lapsed = day_between(r, max(joined, D(2023, 1, 1)), D(2025, 5, 31))
            if lapsed <= joined:
                lapsed = None
        email = f"{f.lower()}{r.randint(1, 99)}@{r.choice(['gmail.com', 'hotmail.co.uk', 'btinternet.com'])}"
        members.append((i, f"{f} {s}", r.choice(towns), email, joined, tcode, prop, lapsed))
        prop_w[i] = r.choice([1, 1, 2, 2, 3, 7])
    insert(c, "members", [(*m[:4], _iso(m[4]), m[5], m[6], _yn(m[0] in committee), _iso(m[7])) for m in members])
    current = [m[0] for m in members if m[7] is None and m[5] != "JNR"]
    layouts = []
    for k, (name, scale, era, club, status, length, started) in enumerate(MR_LAYOUTS, 1):
        owner = None if club else r.choice(current)
        layouts.append((k, name, scale, era, _yn(club), owner, status, length, started))
    insert(c, "layouts", layouts)
    shows = []
    for year in (2023, 2024, 2025):
        for name, town, venue, month, ours in MR_SHOWS:
            if not ours and r.random() < 0.15:
                continue
            start = D(year, month, r.randint(1, 22))
            while start.weekday() != 5:
                start = _plus(start, 1)
            end = _plus(start, 1)
            visitors = None if end > TODAY else (r.randint(2400, 3800) if ours else r.randint(600, 9000))
            shows.append((f"{name} {year}", town, venue, start, end, visitors, ours))
    shows.sort(key=lambda x: x[3])
    insert(c, "exhibitions", [(k, *s[:3], _iso(s[3]), _iso(s[4]), s[5], _yn(s[6])) for k, s in enumerate(shows, 1)])
    miles = {
        "Lancaster": 0, "Preston": 24, "Kendal": 22, "Blackpool": 27, "Barrow-in-Furness": 47, "Settle": 26,
        "Wigan": 40, "Keighley": 45, "Keswick": 52, "Manchester": 58, "Carlisle": 67, "Morecambe": 4,
        "Birmingham": 140,
    }  # fmt: skip
    showable = [ly for ly in layouts if ly[6] in ("OPR", "RPR")]
    appearances = []
    for k, s in enumerate(shows, 1):
        year = s[3].year
        ok = [ly for ly in showable if ly[8] < year]
        n = r.randint(7, 10) if s[6] else r.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]
        for ly in sorted(r.sample(ok, n), key=lambda x: x[0]):
            fee = 0.0 if s[6] else float(r.choice([0, 50, 75, 100, 120, 150, 200]))
            appearances.append((k, ly[0], fee, miles[s[1]]))
    insert(c, "exhibition_layouts", appearances)
    stock = []
    scale_of = {m[0]: r.choice(["OO", "OO", "OO", "N", "N", "O", "EM", "HO"]) for m in members}
    era_of = {m[0]: r.choice(list(MR_LIVERIES)) for m in members}
    owners = [m[0] for m in members if m[5] != "ASSOC"]
    for _ in range(310):
        owner = None if r.random() < 0.08 else r.choice(owners)
        stype = r.choices(list(MR_STOCK), weights=[30, 10, 25, 35])[0]
        desc = r.choice(MR_STOCK[stype])
        scale = "OO" if owner is None else scale_of[owner]
        era = "BR steam" if owner is None else era_of[owner]
        livery = r.choice(MR_LIVERIES[era])
        dcc = stype in ("Locomotive", "Multiple unit") and r.random() < 0.65
        base = {"Locomotive": 140, "Multiple unit": 170, "Coach": 45, "Wagon": 22}[stype]
        if scale == "O":
            base *= 3
        price = round(base * r.uniform(0.5, 1.6), 2)
        acquired = day_between(r, D(2016, 1, 1), D(2025, 6, 12))
        if owner is not None:
            joined = members[owner - 1][4]
            acquired = max(acquired, joined)
        stock.append((owner, desc, stype, scale, livery, _yn(dcc), acquired, price))
    stock.sort(key=lambda x: x[6])
    insert(c, "rolling_stock", [(k, *x[:6], _iso(x[6]), x[7]) for k, x in enumerate(stock, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- bootcamp
# track, short code, mode, weeks, fee, start months
BT_TRACKS = [
    ("Web Development", "WD", "Full-time", 12, 8000.0, (1, 4, 7, 10)),
    ("Data Science", "DS", "Full-time", 14, 9000.0, (2, 6, 10)),
    ("Cyber Security", "CS", "Part-time", 24, 6500.0, (3, 9)),
    ("UX Design", "UX", "Part-time", 20, 5500.0, (5, 11)),
]
BT_EMPLOYERS = [
    "Sage", "BAE Systems", "Auto Trader", "Booking.com", "Lancaster University", "NHS Digital", "Bet365",
    "Matillion", "The Hut Group", "Kaluza", "Peak AI", "Co-op Digital", "Moneysupermarket", "Zuto", "BBC",
]  # fmt: skip
BT_JOBS = {
    "WD": ["Junior Developer", "Front-end Developer", "Software Engineer"],
    "DS": ["Data Analyst", "Junior Data Scientist", "BI Developer"],
    "CS": ["SOC Analyst", "Security Engineer", "IT Support Engineer"],
    "UX": ["UX Designer", "Product Designer", "UI Designer"],
}


def build_bootcamp(path: Path) -> None:
    r = random.Random(46005)
    c = fresh_db(
        path,
        """
        CREATE TABLE instructors (
            instructor_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, specialty TEXT NOT NULL,
            mentor_id INTEGER REFERENCES instructors(instructor_id), hired_on DATE NOT NULL,
            day_rate NUMERIC(7,2) NOT NULL, is_contractor INTEGER NOT NULL DEFAULT 0, left_on DATE);
        CREATE TABLE cohorts (
            cohort_id INTEGER PRIMARY KEY, cohort_name TEXT NOT NULL UNIQUE, track TEXT NOT NULL,
            mode TEXT NOT NULL, start_date DATE NOT NULL, end_date DATE NOT NULL,
            lead_instructor_id INTEGER NOT NULL REFERENCES instructors(instructor_id), capacity INTEGER NOT NULL,
            is_online INTEGER NOT NULL DEFAULT 0, tuition_fee NUMERIC(8,2) NOT NULL);
        CREATE TABLE students (
            student_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
            city TEXT, created_at TIMESTAMP NOT NULL,
            referred_by_student_id INTEGER REFERENCES students(student_id));
        CREATE TABLE enrolments (
            enrolment_id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students(student_id),
            cohort_id INTEGER NOT NULL REFERENCES cohorts(cohort_id), enrolled_at DATE NOT NULL,
            status TEXT NOT NULL, scholarship INTEGER NOT NULL DEFAULT 0, final_score INTEGER);
        CREATE TABLE payments (
            payment_id INTEGER PRIMARY KEY, enrolment_id INTEGER NOT NULL REFERENCES enrolments(enrolment_id),
            instalment_no INTEGER NOT NULL, amount NUMERIC(8,2) NOT NULL, paid_on DATE NOT NULL,
            method TEXT NOT NULL);
        CREATE TABLE placements (
            placement_id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students(student_id),
            employer TEXT NOT NULL, job_title TEXT NOT NULL, salary INTEGER, start_date DATE NOT NULL);
        """,
    )
    taken: set[str] = set()
    specialties = ["Web Development"] * 11 + ["Data Science"] * 8 + ["Cyber Security"] * 6 + ["UX Design"] * 5
    instructors = []
    for k, (f, s) in enumerate(_people(r, 30, taken), 1):
        spec = specialties[k - 1]
        hired = day_between(r, D(2017, 1, 1), D(2020, 12, 31)) if k in (1, 12, 20, 26) else None
        if hired is None:
            hired = day_between(r, D(2019, 6, 1), D(2025, 3, 31))
        same = [i for i in instructors if i[2] == spec and i[4] < hired]
        mentor = None if k in (1, 12, 20, 26) else (r.choice(same)[0] if same else None)
        contractor = r.random() < 0.3
        rate = float(r.choice([350, 400, 450, 500, 550, 600, 650]))
        left = None
        if k in (5, 14, 22):
            left = day_between(r, D(2023, 6, 1), D(2025, 4, 30))
        instructors.append((k, f"{f} {s}", spec, mentor, hired, rate, int(contractor), left))
    insert(c, "instructors", [(*i[:4], _iso(i[4]), i[5], i[6], _iso(i[7])) for i in instructors])
    cohorts = []
    for track, code, mode, weeks, fee, months in BT_TRACKS:
        for year in (2023, 2024, 2025):
            for m in months:
                start = _weekday_on_or_after(D(year, m, 1), (0,))
                if start > D(2025, 10, 31):
                    continue
                end = _plus(start, weeks * 7 - 3)
                leads = [i[0] for i in instructors if i[2] == track and i[4] < start and (i[7] is None or i[7] > end)]
                lead = r.choice(leads)
                online = int(mode == "Part-time" or r.random() < 0.25)
                name = f"{code}-{'FT' if mode == 'Full-time' else 'PT'}-{start.strftime('%b').upper()}{year % 100}"
                cohorts.append((name, track, mode, start, end, lead, r.choice([12, 14, 16]), online, fee))
    cohorts.sort(key=lambda x: (x[3], x[0]))
    insert(c, "cohorts", [(k, *x[:3], _iso(x[3]), _iso(x[4]), *x[5:]) for k, x in enumerate(cohorts, 1)])
    cities = ["Manchester", "Leeds", "Liverpool", "Sheffield", "Lancaster", "Preston", "Bolton", "Remote"]
    students: list[tuple[int, str, str, str, str, str, int | None]] = []
    enrols = []
    grads: list[int] = []
    grad_end: dict[int, dt.date] = {}
    ref_w: dict[int, int] = {}
    pays: list[tuple[int, int, float, str, str]] = []
    jobs: list[tuple[int, str, str, int, str]] = []
    for k, co in enumerate(cohorts, 1):
        name, track, mode, start, end, _lead, cap, _online, fee = co
        n = r.randint(5, 9) if start <= TODAY else r.randint(2, 6)
        for _ in range(n):
            enrolled = _plus(start, -r.randint(7, 19))
            if enrolled > TODAY:
                enrolled = day_between(r, D(2025, 3, 1), D(2025, 6, 13))
            alumni = [g for g in grads if grad_end[g] < enrolled]
            if alumni and r.random() < 0.04:
                sid = r.choice(alumni)  # a returning graduate on a second track
                created = None
            else:
                sid = len(students) + 1
                f, s = _people(r, 1, taken)[0]
                created = _plus(enrolled, -r.randint(3, 100))
                stamp = f"{created.isoformat()} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
                email = f"{f.lower()}.{s.lower().replace(chr(39), '')}{r.randint(1, 99)}@example.com"
                alumni = [g for g in grads if grad_end[g] < created]
                ref = r.choices(alumni, weights=[ref_w[g] for g in alumni])[0] if alumni and r.random() < 0.3 else None
                students.append((sid, f, s, email, r.choice(cities), stamp, ref))
                ref_w[sid] = r.choice([1, 1, 1, 2, 4])
            scholarship = r.random() < 0.15
            if start > TODAY:
                status, score = "enrolled", None
            elif end > TODAY:
                status = "withdrawn" if r.random() < 0.08 else "enrolled"
                score = None
            else:
                status = r.choices(["graduated", "withdrawn", "deferred"], weights=[80, 12, 8])[0]
                score = r.randint(58, 97) if status == "graduated" else None
            eid = len(enrols) + 1
            enrols.append((eid, sid, k, _iso(enrolled), status, int(scholarship), score))
            due = fee * (0.5 if scholarship else 1.0)
            plan = [(enrolled, due)] if r.random() < 0.55 else [
                (enrolled, round(due / 3, 2)), (start, round(due / 3, 2)), (_plus(start, 42), round(due - 2 * round(due / 3, 2), 2))
            ]  # fmt: skip
            if status in ("withdrawn", "deferred") and len(plan) == 3:
                plan = plan[:2]
            method = r.choices(["card", "bank transfer", "employer"], weights=[30, 55, 15])[0]
            for no, (when, amount) in enumerate(plan, 1):
                if when <= TODAY:
                    pays.append((eid, no, amount, when.isoformat(), method))
            if status == "graduated":
                if created is not None:
                    grads.append(sid)
                    grad_end[sid] = end
                if r.random() < 0.65:
                    job_start = _plus(end, r.randint(20, 170))
                    if job_start <= TODAY:
                        salary = r.randrange(24000, 38001, 500)
                        title = r.choice(BT_JOBS[name[:2]])
                        jobs.append((sid, r.choice(BT_EMPLOYERS), title, salary, job_start.isoformat()))
    insert(c, "students", students)
    insert(c, "enrolments", enrols)
    pays.sort(key=lambda p: (p[3], p[0], p[1]))
    insert(c, "payments", [(k, *p) for k, p in enumerate(pays, 1)])
    jobs.sort(key=lambda j: (j[4], j[0]))
    insert(c, "placements", [(k, *j) for k, j in enumerate(jobs, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- carehome
CH_ACTIVITIES = [
    ("Music", ["Singalong with Jean", "Brass band concert", "Music for Health session", "Ukulele afternoon"]),
    ("Exercise", ["Chair yoga", "Seated exercise class", "Armchair tai chi", "Balloon volleyball"]),
    ("Crafts", ["Card making", "Flower arranging", "Knitting circle", "Christmas wreath making"]),
    ("Outing", ["Trip to Morecambe promenade", "Garden centre visit", "Williamson Park picnic", "Pub lunch outing"]),
    ("Faith", ["Holy Communion", "Hymn service"]),
    ("Games", ["Bingo", "Quiz afternoon", "Dominoes tournament", "Reminiscence group"]),
]
CH_RELATIONS = ["Daughter", "Son", "Wife", "Husband", "Granddaughter", "Grandson", "Friend", "Niece", "Nephew"]


def build_carehome(path: Path) -> None:
    r = random.Random(46006)
    c = fresh_db(
        path,
        """
        CREATE TABLE room (
            id INTEGER PRIMARY KEY, room_number TEXT NOT NULL UNIQUE, floor INTEGER NOT NULL, wing TEXT NOT NULL,
            ensuite TEXT NOT NULL DEFAULT 'N', weekly_fee NUMERIC(7,2) NOT NULL);
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, surname TEXT NOT NULL, job_title TEXT NOT NULL,
            line_manager_id INTEGER REFERENCES staff(id), start_date DATE NOT NULL, hourly_rate NUMERIC(6,2),
            nights TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE resident (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, surname TEXT NOT NULL, date_of_birth DATE NOT NULL,
            room_id INTEGER NOT NULL REFERENCES room(id), care_level TEXT NOT NULL, funding TEXT NOT NULL,
            key_worker_id INTEGER REFERENCES staff(id), date_admitted DATE NOT NULL, date_left DATE,
            reason_left TEXT);
        CREATE TABLE visit (
            id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL REFERENCES resident(id), visitor_name TEXT NOT NULL,
            relationship TEXT, visit_date DATE NOT NULL, arrived TEXT NOT NULL, departed TEXT);
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, category TEXT NOT NULL, activity_date DATE NOT NULL,
            led_by INTEGER REFERENCES staff(id), location TEXT);
        CREATE TABLE activity_attendance (
            activity_id INTEGER NOT NULL REFERENCES activity(id), resident_id INTEGER NOT NULL REFERENCES resident(id),
            PRIMARY KEY (activity_id, resident_id));
        CREATE TABLE incident (
            id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL REFERENCES resident(id),
            reported_by INTEGER NOT NULL REFERENCES staff(id), occurred_at TIMESTAMP NOT NULL,
            incident_type TEXT NOT NULL, severity TEXT NOT NULL, hospital_attended TEXT NOT NULL DEFAULT 'N');
        """,
    )
    rooms = []
    for k in range(1, 41):
        wing = "Oak" if k <= 14 else "Beech" if k <= 28 else "Willow"
        floor = 0 if k % 14 in range(1, 8) else 1
        ensuite = r.random() < 0.6
        fee = 980.0 + (120.0 if ensuite else 0.0) + (250.0 if wing == "Willow" else 0.0) + r.choice([0, 40, 80])
        rooms.append((k, f"{wing[0]}{k:02d}", floor, wing, _yn(ensuite), fee))
    insert(c, "room", rooms)
    taken: set[str] = set()
    titles = (["Home Manager", "Deputy Manager"] + ["Nurse"] * 6 + ["Senior Carer"] * 4 + ["Carer"] * 18
              + ["Activities Coordinator"] * 2 + ["Cook"] * 3 + ["Housekeeper"] * 2)  # fmt: skip
    staff = []
    for k, (f, s) in enumerate(_people(r, len(titles), taken), 1):
        title = titles[k - 1]
        if title == "Home Manager":
            mgr = None
        elif title in ("Deputy Manager", "Activities Coordinator", "Cook", "Housekeeper"):
            mgr = 1
        elif title in ("Nurse", "Senior Carer"):
            mgr = 2
        else:
            mgr = r.choice([9, 10, 11, 12, 12, 3])
        start = day_between(r, D(2008, 1, 1), D(2025, 4, 30))
        rate = {"Home Manager": 24.5, "Deputy Manager": 20.0, "Nurse": 19.5, "Senior Carer": 13.2, "Carer": 12.21,
                "Activities Coordinator": 12.6, "Cook": 12.8, "Housekeeper": 12.21}[title]  # fmt: skip
        staff.append((k, f, s, title, mgr, _iso(start), rate, _yn(title in ("Nurse", "Carer") and r.random() < 0.3)))
    insert(c, "staff", staff)
    key_workers = [st[0] for st in staff if st[3] in ("Senior Carer", "Carer")]
    residents: list[tuple[int, str, str, dt.date, int, str, str, int, dt.date, dt.date | None, str | None]] = []
    for room in rooms:
        d = day_between(r, D(2017, 1, 1), D(2022, 12, 1))
        while d <= D(2025, 6, 10):
            f, s = _people(r, 1, taken)[0]
            dob = day_between(r, D(1924, 1, 1), D(1950, 12, 31))
            level = "Dementia" if room[3] == "Willow" else r.choices(["Residential", "Nursing"], weights=[60, 40])[0]
            funding = r.choices(["Self-funded", "Local authority", "NHS CHC"], weights=[45, 40, 15])[0]
            stay = r.randint(150, 2200)
            left = _plus(d, stay)
            reason = None
            if left > TODAY:
                left = None
            else:
                reason = r.choices(["Deceased", "Moved to hospital", "Returned home", "Moved to another home"],
                                   weights=[70, 10, 8, 12])[0]  # fmt: skip
            if left is None or left >= D(2023, 1, 1):
                residents.append((0, f, s, dob, room[0], level, funding, r.choice(key_workers), d, left, reason))
            if left is None:
                break
            d = _plus(left, r.randint(10, 60))
    residents.sort(key=lambda x: (x[8], x[4]))
    residents = [(k, *x[1:]) for k, x in enumerate(residents, 1)]
    insert(c, "resident", [(*x[:3], _iso(x[3]), *x[4:8], _iso(x[8]), _iso(x[9]), x[10]) for x in residents])

    def present(d: dt.date) -> list[int]:
        return [x[0] for x in residents if x[8] <= d and (x[9] is None or x[9] > d)]

    families = {}
    for x in residents:
        fam = []
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            rel = r.choice(CH_RELATIONS)
            first = r.choice(FIRST)
            surname = x[2] if rel in ("Son", "Daughter", "Wife", "Husband", "Grandson") else r.choice(LAST)
            fam.append((f"{first} {surname}", rel))
        families[x[0]] = fam
    visit_w = {x[0]: r.choice([1, 1, 2, 3, 5]) for x in residents}
    visits = []
    for _ in range(400):
        d = day_between(r, D(2023, 1, 1), TODAY)
        here = present(d)
        rid = r.choices(here, weights=[visit_w[h] for h in here])[0]
        name, rel = r.choice(families[rid])
        h = r.randint(10, 18)
        m = r.choice([0, 15, 30, 45])
        dur = r.choice([30, 45, 60, 60, 90, 120])
        out_min = h * 60 + m + dur
        departed = None if d == TODAY else f"{out_min // 60:02d}:{out_min % 60:02d}"
        visits.append((rid, name, rel, d, f"{h:02d}:{m:02d}", departed))
    visits.sort(key=lambda v: (v[3], v[4], v[0]))
    insert(c, "visit", [(k, v[0], v[1], v[2], _iso(v[3]), v[4], v[5]) for k, v in enumerate(visits, 1)])
    leaders = [st[0] for st in staff if st[3] == "Activities Coordinator"]
    activities = []
    d = D(2023, 1, 6)
    while d <= D(2025, 7, 10):
        cat, names = r.choice(CH_ACTIVITIES)
        title = r.choice(names)
        if title == "Christmas wreath making" and d.month not in (11, 12):
            title = "Card making"
        led = r.choice(leaders) if r.random() < 0.85 else r.choice([1, 2, 3])
        loc = (
            "Minibus" if cat == "Outing" else r.choice(["Main lounge", "Conservatory", "Garden room", "Willow lounge"])
        )
        activities.append((title, cat, d, led, loc))
        d = _plus(d, r.randint(6, 14))
    insert(c, "activity", [(k, a[0], a[1], _iso(a[2]), a[3], a[4]) for k, a in enumerate(activities, 1)])
    attend = []
    keen = {x[0]: r.choice([0, 1, 1, 2, 3, 4]) for x in residents}
    for k, a in enumerate(activities, 1):
        if a[2] > TODAY:
            continue
        here = [h for h in present(a[2]) if keen[h] > 0]
        n = min(len(here), r.randint(2, 7) if a[1] != "Outing" else r.randint(2, 4))
        chosen: list[int] = []
        while len(chosen) < n:
            pick = r.choices(here, weights=[keen[h] for h in here])[0]
            if pick not in chosen:
                chosen.append(pick)
        attend.extend((k, h) for h in sorted(chosen))
    insert(c, "activity_attendance", attend)
    reporters = [st[0] for st in staff if st[3] in ("Nurse", "Senior Carer", "Carer")]
    incidents = []
    for _ in range(85):
        d = day_between(r, D(2023, 1, 1), D(2025, 6, 14))
        here = present(d)
        rid = r.choice(here)
        itype = r.choices(["Fall", "Medication error", "Skin tear", "Behaviour", "Choking", "Missing item"],
                          weights=[40, 12, 15, 15, 5, 13])[0]  # fmt: skip
        sev = r.choices(["Low", "Moderate", "High"], weights=[60, 30, 10])[0]
        hosp = itype in ("Fall", "Choking") and sev != "Low" and r.random() < 0.6
        stamp = f"{d.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00"
        incidents.append((rid, r.choice(reporters), stamp, itype, sev, _yn(hosp)))
    incidents.sort(key=lambda x: x[2])
    insert(c, "incident", [(k, *x) for k, x in enumerate(incidents, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "physio": build_physio,
    "musicexams": build_musicexams,
    "bridgeclub": build_bridgeclub,
    "modelrail": build_modelrail,
    "bootcamp": build_bootcamp,
    "carehome": build_carehome,
}
