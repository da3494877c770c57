"""DOCSTRING PLACEHOLDER"""

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
            sex TEXT, phone TEXT, referral_source TEXT NOT NULL, insurer_id INTEGER REFERENCES insurers(id),
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
    created_days = sorted(day_between(r, D(2022, 11, 1), D(2025, 6, 13)) for _ in range(170))
    people = _people(r, 170, taken)
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
        patients.append((i, f, s, _iso(dob), r.choice("FFM"), phone, ref, insurer, policy, created_at))
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
            if d > TODAY:
                status = "booked"
            else:
                status = r.choices(["completed", "cancelled", "no_show"], weights=[86, 8, 6])[0]
            appts.append((i, tid, tt, when, status))
            d = _weekday_on_or_after(_plus(d, r.randint(7, 15)), (0, 1, 2, 3, 4, 5))
    insert(c, "patients", patients)
    appts.sort(key=lambda a: (a[3], a[0]))
    rows = []
    pays = []
    ins_of = {p[0]: p[7] for p in patients}
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
