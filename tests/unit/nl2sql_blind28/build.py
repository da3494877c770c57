"""Deterministic SQLite databases for a twenty-eighth blind NL→SQL evaluation.

Six business schemas in six different naming styles; the questions are the ordinary ones a data analyst is
asked (how many, how many per, totals and averages, top N, lists with a condition or a date period, things that
never happened, per month, percentages, earliest and latest, distinct values), in the domain's own words.

* ``dental`` (clean plural snake_case): a dental clinic: ``dentists`` (``specialty`` general/orthodontics/
  endodontics/periodontics/oral surgery/pediatric, ``hired_on``, ``is_active`` 0/1), ``patients``
  (``birth_date``, ``city``, ``insurance_provider`` NULL when uninsured, ``registered_on``), ``treatments``
  (``name``, ``category`` preventive/restorative/surgical/cosmetic/orthodontic, ``standard_fee``,
  ``duration_minutes``), ``appointments`` (``patient_id``, ``dentist_id``, ``scheduled_at`` 'YYYY-MM-DD HH:MM',
  ``status`` completed/cancelled/no_show, ``notes`` mostly NULL), the link table ``appointment_treatments``
  (``appointment_id``, ``treatment_id``, ``tooth_number`` NULL for whole-mouth work, ``fee_charged``) and
  ``invoices`` (one per completed appointment: ``issued_on``, ``amount``, ``insurance_covered``, ``paid_on``
  NULL while unpaid).
* ``language_school`` (clean plural snake_case): ``languages``, ``teachers`` (``native_language_id``,
  ``hired_on``, ``hourly_rate``), ``courses`` (``language_id``, ``title``, ``level`` A1/A2/B1/B2/C1,
  ``teacher_id``, ``start_date``, ``end_date``, ``max_students``, ``price``, ``is_online`` 0/1, ``room`` NULL
  for online courses, ``prerequisite_course_id`` a self-reference to the course one level below), ``students``
  (``country``, ``signed_up_on``, ``date_of_birth`` sometimes NULL), ``enrollments`` (``student_id``,
  ``course_id``, ``enrolled_on``, ``status`` active/completed/dropped, ``final_grade`` NULL unless completed)
  and ``payments`` (``enrollment_id``, ``paid_on``, ``amount``, ``method`` card/bank_transfer/cash).
* ``bike_share`` (singular PascalCase tables, camelCase columns): a bicycle rental scheme: ``Station``
  (``stationId``, ``stationName``, ``district``, ``capacity``, ``openedOn``), ``BikeModel`` (``modelName``,
  ``isElectric`` 0/1, ``purchasePrice``), ``Bike`` (``serialNumber``, ``modelId``, ``homeStationId``,
  ``inServiceSince``, ``isRetired`` 0/1), ``Member`` (``firstName``, ``lastName``, ``plan``
  annual/monthly/pay_as_you_go, ``joinedAt``, ``referredById`` a self-reference to the member who referred
  them, NULL for most), ``Ride`` (``memberId``, ``bikeId``, ``startStationId``, ``endStationId``,
  ``startedAt``/``endedAt`` 'YYYY-MM-DD HH:MM:SS', ``distanceKm``, ``fare``) and ``Repair`` (``bikeId``,
  ``reportedAt``, ``issue``, ``fixedAt`` and ``cost`` NULL while the bike waits for repair).
* ``recruiting`` (abbreviated columns): a recruiting agency: ``clients`` (``client_nm``, ``industry``,
  ``city``, ``fee_pct``, ``since_dt``), ``recruiters`` (``first_nm``, ``last_nm``, ``hire_dt``, ``mgr_id`` a
  self-reference to the recruiter's manager, ``active_flg`` 'Y'/'N'), ``candidates`` (``first_nm``,
  ``last_nm``, ``city``, ``yrs_exp``, ``reg_dt``, ``src_cd`` coded ``REF`` referral / ``WEB`` our website /
  ``LI`` LinkedIn / ``JB`` job board), ``jobs`` (``client_id``, ``rcrtr_id``, ``job_ttl``, ``min_sal_amt``,
  ``max_sal_amt``, ``open_dt``, ``close_dt`` NULL while open, ``status_cd`` ``O`` open / ``F`` filled / ``C``
  closed without a hire, ``remote_flg`` 'Y'/'N'), ``interviews`` (``job_id``, ``cand_id``, ``intv_dt``,
  ``round_no``, ``result_cd`` ``P`` passed / ``F`` failed / ``W`` candidate withdrew, NULL while pending) and
  ``placements`` (``job_id``, ``cand_id``, ``plc_dt`` = offer accepted, ``start_dt`` NULL until confirmed,
  ``sal_amt``, ``fee_amt``).
* ``farm_coop`` (``tbl_`` prefix, coded values): a farm cooperative's deliveries: ``tbl_product_type`` (lookup:
  ``type_cd`` VEG/FRT/DRY/GRN/EGG/HNY, ``type_desc``), ``tbl_product`` (``product_name``, ``type_cd``, ``unit``
  kg/l/dozen, ``price_per_unit``, ``organic_flg`` 'Y'/'N'), ``tbl_member`` (member farms: ``farm_name``,
  ``owner_name``, ``region``, ``joined_dt``, ``status`` ``A`` active / ``I`` inactive), ``tbl_depot``
  (``depot_name``, ``town``), ``tbl_delivery`` (``member_id``, ``depot_id``, ``delivery_dt``, ``status``
  ``R`` received / ``J`` rejected / ``P`` pending inspection), ``tbl_delivery_line`` (``delivery_id``,
  ``product_id``, ``qty``, ``grade`` A/B/C NULL when rejected or pending, ``line_amt`` 0 when rejected and NULL
  while pending) and ``tbl_payout`` (``member_id``, ``payout_dt``, ``amt``, ``method`` ``BT`` bank transfer /
  ``CH`` cheque).
* ``ferry`` (UPPER_CASE): a ferry operator: ``PORTS`` (``PORT_NAME``, ``COUNTRY``), ``VESSELS``
  (``VESSEL_NAME``, ``BUILT_YEAR``, ``PAX_CAPACITY``, ``CAR_CAPACITY``, ``IS_ACTIVE`` 'Y'/'N'), ``ROUTES``
  (``ROUTE_NAME``, ``ORIGIN_PORT_ID``, ``DEST_PORT_ID``, ``DISTANCE_NM`` nautical miles, ``BASE_FARE``),
  ``SAILINGS`` (``ROUTE_ID``, ``VESSEL_ID``, ``DEPART_TS``/``ARRIVE_TS`` 'YYYY-MM-DD HH:MM', ``STATUS``
  COMPLETED/CANCELLED, ``DELAY_MIN``; arrival and delay NULL when cancelled), ``CUSTOMERS`` (``FIRST_NAME``,
  ``LAST_NAME``, ``COUNTRY``, ``CREATED_AT``, ``LOYALTY_MEMBER`` 'Y'/'N'), ``BOOKINGS`` (``SAILING_ID``,
  ``CUSTOMER_ID``, ``BOOKED_AT``, ``PASSENGERS``, ``VEHICLE_TYPE`` CAR/VAN/MOTORBIKE or NULL for foot
  passengers, ``TOTAL_PRICE``, ``STATUS`` CONFIRMED/CANCELLED), ``CREW`` (``RANK``, ``SUPERVISOR_ID`` a
  self-reference, ``HIRED_DATE``) and the link table ``CREW_ASSIGNMENTS`` (``SAILING_ID``, ``CREW_ID``).

Dates are ISO text around 2023-2025; the tests' "today" is 2025-06-15 and nothing happened after it.  The
questions in ``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests) were written against these
schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between as _day
from nl2sql_data.sqlite_build import done as _done
from nl2sql_data.sqlite_build import full_names
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

D = dt.date
TODAY = D(2025, 6, 15)
LAST_DAY = D(2025, 6, 14)


def _people(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) name pairs."""
    return [tuple(p.split(" ", 1)) for p in full_names(r, n)]  # type: ignore[misc]


def _mail(g: str, f: str, dom: str, i: int) -> str:
    return f"{g.lower()}.{f.lower()}{i}@{dom}"


# ----------------------------------------------------------------------------------------------------------------
def build_dental(path: Path) -> None:
    """dentists, patients, treatments, appointments, appointment_treatments and invoices."""
    r = random.Random(2801)
    c = _db(
        path,
        """
        CREATE TABLE dentists(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            specialty TEXT NOT NULL, hired_on TEXT NOT NULL, is_active INTEGER NOT NULL);
        CREATE TABLE patients(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            birth_date TEXT, city TEXT NOT NULL, phone TEXT, insurance_provider TEXT, registered_on TEXT NOT NULL);
        CREATE TABLE treatments(id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,
            standard_fee REAL NOT NULL, duration_minutes INTEGER NOT NULL);
        CREATE TABLE appointments(id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id),
            dentist_id INTEGER NOT NULL REFERENCES dentists(id), scheduled_at TEXT NOT NULL, status TEXT NOT NULL,
            notes TEXT);
        CREATE TABLE appointment_treatments(appointment_id INTEGER NOT NULL REFERENCES appointments(id),
            treatment_id INTEGER NOT NULL REFERENCES treatments(id), tooth_number INTEGER,
            fee_charged REAL NOT NULL, PRIMARY KEY (appointment_id, treatment_id));
        CREATE TABLE invoices(id INTEGER PRIMARY KEY, appointment_id INTEGER NOT NULL REFERENCES appointments(id),
            issued_on TEXT NOT NULL, amount REAL NOT NULL, insurance_covered REAL NOT NULL, paid_on TEXT);
    """,
    )
    specs = ["general", "general", "orthodontics", "general", "endodontics", "periodontics", "general",
             "oral surgery", "pediatric", "orthodontics", "general"]  # fmt: skip
    dentists = []
    for i, (g, f) in enumerate(_people(r, len(specs)), 1):
        hired = _day(r, D(2016, 1, 1), D(2022, 12, 31)) if i <= 8 else _day(r, D(2023, 2, 1), D(2024, 3, 1))
        dentists.append((i, g, f, specs[i - 1], hired.isoformat(), 0 if i in (4, 8) else 1))
    _ins(c, "dentists", dentists)
    treatments = [
        ("Routine Check-up", "preventive", 65.0, 30), ("Scale and Polish", "preventive", 85.0, 40),
        ("Full-Mouth X-ray", "preventive", 120.0, 20), ("Fluoride Treatment", "preventive", 35.0, 15),
        ("Fissure Sealant", "preventive", 45.0, 20), ("Composite Filling", "restorative", 180.0, 45),
        ("Amalgam Filling", "restorative", 140.0, 40), ("Root Canal Treatment", "restorative", 890.0, 90),
        ("Porcelain Crown", "restorative", 1150.0, 75), ("Dental Bridge", "restorative", 2400.0, 120),
        ("Simple Extraction", "surgical", 150.0, 30), ("Wisdom Tooth Removal", "surgical", 420.0, 60),
        ("Dental Implant", "surgical", 3200.0, 120), ("Teeth Whitening", "cosmetic", 450.0, 60),
        ("Porcelain Veneer", "cosmetic", 950.0, 90), ("Clear Aligner Consultation", "orthodontic", 95.0, 30),
        ("Braces Adjustment", "orthodontic", 110.0, 30),
    ]  # fmt: skip
    _ins(c, "treatments", [(i, *t) for i, t in enumerate(treatments, 1)])
    fee = {i: t[2] for i, t in enumerate(treatments, 1)}
    whole_mouth = {1, 2, 3, 4, 14, 16, 17}
    pools = {
        "general": ([1, 2, 3, 6, 7, 11, 14, 9, 15, 4], [30, 22, 8, 14, 5, 5, 3, 3, 2, 4]),
        "orthodontics": ([17, 16, 1], [10, 5, 2]),
        "endodontics": ([8, 9, 6, 10, 3], [10, 4, 3, 2, 2]),
        "periodontics": ([2, 1, 3], [8, 3, 2]),
        "oral surgery": ([12, 13, 11, 3], [8, 3, 5, 3]),
        "pediatric": ([1, 4, 5, 6], [8, 6, 5, 3]),
    }
    cities = ["Springfield", "Riverton", "Oakdale", "Maplewood", "Fairview", "Lakeside", "Brookfield"]
    insurers = ["Delta Care", "BlueShield Dental", "MetLife Dental", "Cigna Dental", None]
    patients = []
    for i, (g, f) in enumerate(_people(r, 260), 1):
        reg = _day(r, D(2023, 1, 1), D(2025, 6, 14)) if i > 1 else D(2023, 1, 2)
        if i > 1 and reg == D(2023, 1, 2):
            reg = D(2023, 1, 9)
        birth = _day(r, D(1945, 1, 1), D(2018, 12, 31)).isoformat() if i % 23 else None
        phone = f"555-{r.randint(100, 999)}-{r.randint(1000, 9999)}" if i % 17 else None
        patients.append((i, g, f, birth, r.choices(cities, weights=[30, 18, 14, 12, 10, 9, 7])[0], phone,
                         r.choices(insurers, weights=[30, 25, 15, 12, 18])[0], reg.isoformat()))  # fmt: skip
    _ins(c, "patients", patients)
    visits = []
    for p in patients:
        rate = 0.0 if r.random() < 0.06 else r.choice([1.0, 1.0, 1.5, 2.0, 3.0])
        reg = D.fromisoformat(p[7])
        span = (LAST_DAY - reg).days
        n = round(rate * span / 365 * r.uniform(0.6, 1.2))
        if rate and span > 20:
            n = max(n, 1)
        visits += [(_day(r, reg + dt.timedelta(days=1), LAST_DAY), p) for _ in range(n)]
    visits.sort(key=lambda v: (v[0], v[1][0]))
    appts, lines, invoices = [], [], []
    notes = ["patient anxious", "requested morning slots", "sensitive to cold", "follow-up needed"]
    for aid, (when, pat) in enumerate(visits, 1):
        docs = [d for d in dentists if d[4] < when.isoformat() and (d[5] == 1 or when < D(2025, 1, 31))]
        den = r.choices(docs, weights=[3 if d[3] == "general" else 2 for d in docs])[0]
        ts = f"{when.isoformat()} {r.choice([8, 9, 10, 11, 13, 14, 15, 16]):02d}:{r.choice(['00', '30'])}"
        st = r.choices(["completed", "cancelled", "no_show"], weights=[80, 12, 8])[0]
        appts.append((aid, pat[0], den[0], ts, st, r.choice(notes) if r.random() < 0.1 else None))
        if st != "completed":
            continue
        ids, wts = pools[den[3]]
        picked = []
        for _ in range(r.choices([1, 2], weights=[7, 3])[0]):
            t = r.choices(ids, weights=wts)[0]
            if t not in picked:
                picked.append(t)
        total = 0.0
        for t in picked:
            charged = fee[t] if r.random() < 0.85 else round(fee[t] * 0.9, 2)
            total += charged
            lines.append((aid, t, None if t in whole_mouth else r.choice(range(11, 49)), charged))
        total = round(total, 2)
        covered = round(total * r.choice([0.5, 0.6, 0.8]), 2) if pat[6] else 0.0
        age = (TODAY - when).days
        if (age < 45 and r.random() < 0.5) or r.random() < 0.04:
            paid = None
        else:
            paid = min(when + dt.timedelta(days=r.randint(0, 30)), LAST_DAY).isoformat()
        invoices.append((len(invoices) + 1, aid, when.isoformat(), total, covered, paid))
    _ins(c, "appointments", appts)
    _ins(c, "appointment_treatments", lines)
    _ins(c, "invoices", invoices)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_language_school(path: Path) -> None:
    """languages, teachers, courses (with prerequisites), students, enrollments and payments."""
    r = random.Random(2802)
    c = _db(
        path,
        """
        CREATE TABLE languages(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE teachers(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT NOT NULL, native_language_id INTEGER REFERENCES languages(id), hired_on TEXT NOT NULL,
            hourly_rate REAL NOT NULL);
        CREATE TABLE courses(id INTEGER PRIMARY KEY, language_id INTEGER NOT NULL REFERENCES languages(id),
            title TEXT NOT NULL, level TEXT NOT NULL, teacher_id INTEGER NOT NULL REFERENCES teachers(id),
            start_date TEXT NOT NULL, end_date TEXT NOT NULL, max_students INTEGER NOT NULL, price REAL NOT NULL,
            is_online INTEGER NOT NULL, room TEXT, prerequisite_course_id INTEGER REFERENCES courses(id));
        CREATE TABLE students(id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT NOT NULL, country TEXT NOT NULL, signed_up_on TEXT NOT NULL, date_of_birth TEXT);
        CREATE TABLE enrollments(id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students(id),
            course_id INTEGER NOT NULL REFERENCES courses(id), enrolled_on TEXT NOT NULL, status TEXT NOT NULL,
            final_grade REAL);
        CREATE TABLE payments(id INTEGER PRIMARY KEY, enrollment_id INTEGER NOT NULL REFERENCES enrollments(id),
            paid_on TEXT NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL);
    """,
    )
    langs = ["Spanish", "French", "German", "Italian", "Japanese", "Mandarin", "Portuguese", "Korean"]
    _ins(c, "languages", [(i, n) for i, n in enumerate(langs, 1)])
    teachers = []
    for i, (g, f) in enumerate(_people(r, 16), 1):
        teachers.append((i, g, f, _mail(g, f, "lingohouse.edu", i), (i - 1) % 8 + 1,
                         _day(r, D(2018, 1, 1), D(2024, 8, 31)).isoformat(), float(r.randint(28, 55))))  # fmt: skip
    teachers[12] = (*teachers[12][:5], "2024-11-04", teachers[12][6])  # the newest hire
    _ins(c, "teachers", teachers)
    terms = [("Winter", 2023, D(2023, 1, 9)), ("Spring", 2023, D(2023, 3, 27)), ("Summer", 2023, D(2023, 6, 12)),
             ("Autumn", 2023, D(2023, 9, 11)), ("Winter", 2024, D(2024, 1, 8)), ("Spring", 2024, D(2024, 3, 25)),
             ("Summer", 2024, D(2024, 6, 10)), ("Autumn", 2024, D(2024, 9, 9)), ("Winter", 2025, D(2025, 1, 13)),
             ("Spring", 2025, D(2025, 3, 31)), ("Summer", 2025, D(2025, 6, 9))]  # fmt: skip
    base = {"A1": 320.0, "A2": 340.0, "B1": 360.0, "B2": 380.0, "C1": 420.0}
    levels = list(base)
    courses = []
    last_at: dict[tuple[int, str], int] = {}
    lang_w = [9, 7, 5, 4, 5, 3, 2, 2]
    for season, year, start in terms:
        used = set()
        for _ in range(r.choice([6, 6, 7])):
            lang = r.choices(range(1, 9), weights=lang_w)[0]
            lvl = r.choices(levels, weights=[6, 4, 3, 2, 1])[0]
            if (lang, lvl) in used:
                continue
            used.add((lang, lvl))
            fmt = r.choices(["Evening", "Intensive", "Weekend", "Online"], weights=[4, 2, 2, 3])[0]
            cid = len(courses) + 1
            price = base[lvl] + (150 if fmt == "Intensive" else 0) - (40 if fmt == "Online" else 0)
            pool = [t for t in teachers if t[4] == lang and t[5] < start.isoformat()] or [
                t for t in teachers if t[5] < start.isoformat()
            ]
            tch = r.choice(pool)
            prev = levels[levels.index(lvl) - 1] if lvl != "A1" else None
            pre = last_at.get((lang, prev)) if prev else None
            weeks = 6 if fmt == "Intensive" else 10
            courses.append([cid, lang, f"{langs[lang - 1]} {lvl} {fmt} - {season} {year}", lvl, tch[0],
                            start.isoformat(), (start + dt.timedelta(weeks=weeks)).isoformat(),
                            r.randint(8, 14), float(price), 1 if fmt == "Online" else 0,
                            None if fmt == "Online" else f"Room {r.randint(1, 3)}{r.randint(0, 1)}{r.randint(1, 5)}",
                            pre])  # fmt: skip
            last_at[(lang, lvl)] = cid
    for t in teachers:  # every teacher takes at least one course of their own language
        if not any(x[4] == t[0] for x in courses):
            mine = [x for x in courses if x[1] == t[4] and x[5] > t[5]]
            mine[len(mine) // 2][4] = t[0]
    cheapest = next(x for x in courses if x[9] == 1 and x[3] == "A1")
    cheapest[8] = 249.0  # an introductory online offer
    popular = {20: 17, 31: 16, 38: 15, 44: 14, 52: 13}  # the five fullest courses
    for x in courses:
        x[7] = max(x[7], popular.get(x[0], 0))
    _ins(c, "courses", [tuple(x) for x in courses])
    countries = ["USA", "UK", "Canada", "Germany", "Brazil", "India", "Australia", "Ireland"]
    students = []
    for i, (g, f) in enumerate(_people(r, 300), 1):
        dob = _day(r, D(1960, 1, 1), D(2007, 12, 31)).isoformat() if i % 11 else None
        students.append((i, g, f, _mail(g, f, "mail.com", i), r.choices(countries, weights=[9, 6, 4, 3, 3, 2, 2, 1])[0],
                         _day(r, D(2022, 10, 1), LAST_DAY).isoformat(), dob))  # fmt: skip
    _ins(c, "students", students)
    keen = {s[0]: (0 if r.random() < 0.1 else r.choice([2, 2, 2, 3, 5])) for s in students}
    empty = {courses[-1][0], courses[-2][0]}
    enrollments, payments = [], []
    taken: set[int] = set()
    for co in courses:
        if co[0] in empty:
            continue
        start, end = D.fromisoformat(co[5]), D.fromisoformat(co[6])
        elig = [s for s in students if s[5] <= (start - dt.timedelta(days=3)).isoformat() and keen[s[0]]]
        n = min(r.randint(4, co[7]), len(elig), 12)
        if co[0] in popular:
            n = popular[co[0]]
        chosen: list[tuple] = []
        while len(chosen) < n:
            s = r.choices(elig, weights=[keen[x[0]] * (1 if x[0] in taken else 6) for x in elig])[0]
            if s not in chosen:
                chosen.append(s)
                taken.add(s[0])
        for s in chosen:
            eid = len(enrollments) + 1
            lo = max(D.fromisoformat(s[5]), start - dt.timedelta(days=40))
            enr = _day(r, lo, start - dt.timedelta(days=1))
            if end < TODAY:
                st = "completed" if r.random() < 0.82 else "dropped"
            else:
                st = "active" if r.random() < 0.9 else "dropped"
            grade = round(r.uniform(55, 98), 1) if st == "completed" else None
            enrollments.append((eid, s[0], co[0], enr.isoformat(), st, grade))
            method = r.choices(["card", "bank_transfer", "cash"], weights=[6, 3, 1])[0]
            price = co[8]
            if st == "active" and r.random() < 0.06:
                continue
            if r.random() < 0.1:
                payments.append((len(payments) + 1, eid, enr.isoformat(), round(price / 2, 2), method))
                second = start + dt.timedelta(days=28)
                if st != "dropped" and second <= LAST_DAY:
                    payments.append((len(payments) + 1, eid, second.isoformat(), round(price / 2, 2), method))
            else:
                payments.append((len(payments) + 1, eid, enr.isoformat(), price, method))
    _ins(c, "enrollments", enrollments)
    _ins(c, "payments", payments)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_bike_share(path: Path) -> None:
    """Station, BikeModel, Bike, Member (referred by another Member), Ride and Repair."""
    r = random.Random(2803)
    c = _db(
        path,
        """
        CREATE TABLE Station(stationId INTEGER PRIMARY KEY, stationName TEXT NOT NULL, district TEXT NOT NULL,
            capacity INTEGER NOT NULL, openedOn TEXT NOT NULL);
        CREATE TABLE BikeModel(modelId INTEGER PRIMARY KEY, modelName TEXT NOT NULL, isElectric INTEGER NOT NULL,
            purchasePrice REAL NOT NULL);
        CREATE TABLE Bike(bikeId INTEGER PRIMARY KEY, serialNumber TEXT NOT NULL,
            modelId INTEGER NOT NULL REFERENCES BikeModel(modelId),
            homeStationId INTEGER REFERENCES Station(stationId), inServiceSince TEXT NOT NULL,
            isRetired INTEGER NOT NULL);
        CREATE TABLE Member(memberId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
            email TEXT NOT NULL, plan TEXT NOT NULL, joinedAt TEXT NOT NULL,
            referredById INTEGER REFERENCES Member(memberId));
        CREATE TABLE Ride(rideId INTEGER PRIMARY KEY, memberId INTEGER NOT NULL REFERENCES Member(memberId),
            bikeId INTEGER NOT NULL REFERENCES Bike(bikeId),
            startStationId INTEGER NOT NULL REFERENCES Station(stationId),
            endStationId INTEGER NOT NULL REFERENCES Station(stationId), startedAt TEXT NOT NULL,
            endedAt TEXT NOT NULL, distanceKm REAL NOT NULL, fare REAL NOT NULL);
        CREATE TABLE Repair(repairId INTEGER PRIMARY KEY, bikeId INTEGER NOT NULL REFERENCES Bike(bikeId),
            reportedAt TEXT NOT NULL, issue TEXT NOT NULL, fixedAt TEXT, cost REAL);
    """,
    )
    stations = [
        ("Central Station", "Old Town"), ("Harbour Square", "Harbourside"), ("City Hall", "Old Town"),
        ("University North", "Campus"), ("University South", "Campus"), ("Market Street", "Old Town"),
        ("Riverside Park", "Riverside"), ("Ferry Terminal", "Harbourside"), ("Museum Quarter", "Old Town"),
        ("Tech Park", "Eastgate"), ("Eastgate Mall", "Eastgate"), ("Hospital", "Northfield"),
        ("Northfield Library", "Northfield"), ("Stadium", "Eastgate"), ("Botanic Garden", "Riverside"),
        ("Canal Walk", "Riverside"), ("Fish Market", "Harbourside"), ("Science Centre", "Campus"),
        ("Westbrook Green", "Westbrook"), ("Westbrook Station", "Westbrook"), ("Lighthouse Point", "Harbourside"),
        ("Old Brewery", "Westbrook"), ("Northfield Pool", "Northfield"), ("Cathedral Close", "Old Town"),
    ]  # fmt: skip
    st_rows = []
    for i, (n, d) in enumerate(stations, 1):
        opened = _day(r, D(2021, 3, 1), D(2022, 12, 31)) if i <= 20 else _day(r, D(2024, 2, 1), D(2025, 1, 31))
        st_rows.append((i, n, d, r.choice([12, 15, 18, 20, 24, 30, 36]), opened.isoformat()))
    st_rows[22] = (*st_rows[22][:4], "2025-04-22")  # the newest station
    _ins(c, "Station", st_rows)
    models = [(1, "CityGlide 3", 0, 420.0), (2, "CityGlide 5", 0, 510.0), (3, "Volt E1", 1, 1850.0),
              (4, "Volt E2", 1, 2100.0), (5, "Cargo Mule", 0, 1300.0), (6, "Cargo Mule E", 1, 2900.0)]  # fmt: skip
    _ins(c, "BikeModel", models)
    bikes = []
    for i in range(1, 181):
        m = r.choices([1, 2, 3, 4, 5, 6], weights=[6, 5, 4, 3, 1, 1])[0]
        since = _day(r, D(2021, 4, 1), D(2024, 12, 31))
        bikes.append((i, f"BK-{10000 + i * 7}", m, r.randint(1, 22), since.isoformat(), 1 if i % 13 == 5 else 0))
    _ins(c, "Bike", bikes)
    plans = ["annual", "monthly", "pay_as_you_go"]
    members = []
    for i, (g, f) in enumerate(_people(r, 220), 1):
        joined = _day(r, D(2022, 9, 1), LAST_DAY)
        members.append([i, g, f, _mail(g, f, "mail.net", i), r.choices(plans, weights=[4, 3, 5])[0],
                        joined.isoformat(), None])  # fmt: skip
    members.sort(key=lambda m: m[5])
    for k, m in enumerate(members, 1):
        m[0] = k
    star = members[14]
    for m in members[20:]:
        if r.random() < 0.22:
            refs = [x for x in members if x[5] < m[5]]
            m[6] = star[0] if r.random() < 0.2 else r.choice(refs)[0]
    _ins(c, "Member", [tuple(m) for m in members])
    rate = {m[0]: (0 if r.random() < 0.12 else r.choice([1, 1, 2, 3, 6])) for m in members}
    rate.update({4: 16, 9: 12, 6: 9, 11: 7, 2: 5})  # the keenest riders
    electric = {b[0] for b in bikes if models[b[2] - 1][2] == 1}
    start_w = [9, 6, 5, 6, 4, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1]
    rides = []
    rode: set[int] = set()
    for rid in range(1, 601):
        day = _day(r, D(2023, 1, 2), LAST_DAY)
        elig = [m for m in members if m[5] < day.isoformat() and rate[m[0]]]
        if not elig:
            day = D(2023, 6, 1) + dt.timedelta(days=rid % 700)
            elig = [m for m in members if m[5] < day.isoformat() and rate[m[0]]]
        m = r.choices(elig, weights=[rate[x[0]] * (1 if x[0] in rode else 8) for x in elig])[0]
        rode.add(m[0])
        bike = r.choice([b for b in bikes if b[4] < day.isoformat()])
        start = r.choices(range(1, 25), weights=start_w)[0]
        if st_rows[start - 1][4] >= day.isoformat():
            start = 1
        end = start if r.random() < 0.18 else r.choice([s for s in range(1, 21) if s != start])
        t0 = dt.datetime.combine(day, dt.time(r.randint(6, 22), r.randint(0, 59), r.randint(0, 59)))
        mins = r.randint(4, 25) if start != end else r.randint(10, 70)
        km = round(mins * r.uniform(0.15, 0.3), 2)
        plan = m[4]
        fare = {"annual": 0.0 if mins <= 30 else 0.1 * (mins - 30), "monthly": 0.5 + 0.1 * mins,
                "pay_as_you_go": 1.0 + 0.2 * mins}[plan] + (0.5 if bike[0] in electric else 0.0)  # fmt: skip
        rides.append((rid, m[0], bike[0], start, end, t0.strftime("%Y-%m-%d %H:%M:%S"),
                      (t0 + dt.timedelta(minutes=mins)).strftime("%Y-%m-%d %H:%M:%S"), km, round(fare, 2)))  # fmt: skip
    rides.sort(key=lambda x: x[5])
    rides = [(k, *x[1:]) for k, x in enumerate(rides, 1)]
    _ins(c, "Ride", rides)
    issues = ["flat tyre", "brakes", "chain", "battery", "lights", "gears"]
    cost_of = {"flat tyre": 18.0, "brakes": 35.0, "chain": 28.0, "battery": 140.0, "lights": 22.0, "gears": 45.0}
    repairs = []
    for i in range(1, 96):
        b = r.choice(bikes)
        iss = r.choice(issues if b[0] in electric else issues[:3] + issues[4:])
        rep = dt.datetime.combine(_day(r, max(D.fromisoformat(b[4]), D(2023, 1, 1)), LAST_DAY),
                                  dt.time(r.randint(7, 19), r.randint(0, 59)))  # fmt: skip
        fixed = rep + dt.timedelta(hours=r.randint(3, 120))
        open_ = fixed.date() > LAST_DAY or (i % 9 == 0 and (TODAY - rep.date()).days < 200)
        repairs.append((i, b[0], rep.strftime("%Y-%m-%d %H:%M"), iss,
                        None if open_ else fixed.strftime("%Y-%m-%d %H:%M"),
                        None if open_ else round(cost_of[iss] * r.uniform(0.8, 1.5), 2)))  # fmt: skip
    _ins(c, "Repair", repairs)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_recruiting(path: Path) -> None:
    """clients, recruiters (with managers), candidates, jobs, interviews and placements."""
    r = random.Random(2804)
    c = _db(
        path,
        """
        CREATE TABLE clients(client_id INTEGER PRIMARY KEY, client_nm TEXT NOT NULL, industry TEXT NOT NULL,
            city TEXT, fee_pct REAL NOT NULL, since_dt TEXT NOT NULL);
        CREATE TABLE recruiters(rcrtr_id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
            hire_dt TEXT NOT NULL, mgr_id INTEGER REFERENCES recruiters(rcrtr_id), active_flg TEXT NOT NULL);
        CREATE TABLE candidates(cand_id INTEGER PRIMARY KEY, first_nm TEXT NOT NULL, last_nm TEXT NOT NULL,
            email TEXT NOT NULL, city TEXT, yrs_exp INTEGER, reg_dt TEXT NOT NULL, src_cd TEXT NOT NULL);
        CREATE TABLE jobs(job_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id),
            rcrtr_id INTEGER NOT NULL REFERENCES recruiters(rcrtr_id), job_ttl TEXT NOT NULL, min_sal_amt REAL,
            max_sal_amt REAL, open_dt TEXT NOT NULL, close_dt TEXT, status_cd TEXT NOT NULL,
            remote_flg TEXT NOT NULL);
        CREATE TABLE interviews(intv_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(job_id),
            cand_id INTEGER NOT NULL REFERENCES candidates(cand_id), intv_dt TEXT NOT NULL, round_no INTEGER NOT NULL,
            result_cd TEXT);
        CREATE TABLE placements(plc_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(job_id),
            cand_id INTEGER NOT NULL REFERENCES candidates(cand_id), plc_dt TEXT NOT NULL, start_dt TEXT,
            sal_amt REAL NOT NULL, fee_amt REAL NOT NULL);
    """,
    )
    pre = ["Apex", "Brightwater", "Cedar", "Dunmore", "Elmstead", "Foxglove", "Greyline", "Hollis", "Ivory",
           "Jasper", "Kestrel", "Larkspur", "Marlow", "Northgate", "Oakhurst", "Pembrook", "Quayside", "Ravenna",
           "Stonebridge", "Thistle"]  # fmt: skip
    suf = {"Software": ["Software", "Digital", "Tech"], "Finance": ["Capital", "Partners"],
           "Healthcare": ["Health", "Care"], "Manufacturing": ["Industries", "Engineering"],
           "Retail": ["Retail", "Stores"], "Logistics": ["Logistics"]}  # fmt: skip
    inds = list(suf)
    clients = []
    names = set()
    while len(clients) < 40:
        ind = r.choices(inds, weights=[8, 5, 4, 4, 3, 2])[0]
        nm = f"{r.choice(pre)} {r.choice(suf[ind])}"
        if nm in names:
            continue
        names.add(nm)
        city = r.choice(["London", "Manchester", "Leeds", "Bristol", "Birmingham", "Edinburgh", None])
        clients.append((len(clients) + 1, nm, ind, city, r.choice([0.15, 0.18, 0.2, 0.22, 0.25]),
                        _day(r, D(2019, 1, 1), D(2024, 9, 30)).isoformat()))  # fmt: skip
    _ins(c, "clients", clients)
    people = _people(r, 16)
    recruiters = []
    for i, (g, f) in enumerate(people, 1):
        mgr = None if i == 1 else (1 if i <= 4 else 2 + (i - 5) % 3)
        hired = _day(r, D(2016, 1, 1), D(2020, 12, 31)) if i <= 4 else _day(r, D(2021, 1, 1), D(2024, 6, 30))
        recruiters.append((i, g, f, hired.isoformat(), mgr, "N" if i in (9, 14) else "Y"))
    _ins(c, "recruiters", recruiters)
    srcs = ["REF", "WEB", "LI", "JB"]
    cands = []
    for i, (g, f) in enumerate(_people(r, 350), 1):
        cands.append((i, g, f, _mail(g, f, "inbox.co.uk", i),
                      r.choice(["London", "Manchester", "Leeds", "Bristol", "Birmingham", "Glasgow", None]),
                      r.randint(0, 22) if i % 19 else None, _day(r, D(2023, 1, 1), LAST_DAY).isoformat(),
                      r.choices(srcs, weights=[2, 3, 5, 3])[0]))  # fmt: skip
    _ins(c, "candidates", cands)
    titles = {"Software": [("Backend Engineer", 60000), ("Data Analyst", 45000), ("DevOps Engineer", 65000),
                           ("Product Manager", 70000), ("QA Engineer", 42000)],
              "Finance": [("Financial Analyst", 50000), ("Accountant", 42000), ("Risk Manager", 75000)],
              "Healthcare": [("Practice Manager", 40000), ("Clinical Data Manager", 48000), ("Nurse Lead", 41000)],
              "Manufacturing": [("Process Engineer", 47000), ("Plant Manager", 68000), ("Buyer", 36000)],
              "Retail": [("Store Manager", 35000), ("Merchandiser", 32000), ("E-commerce Manager", 52000)],
              "Logistics": [("Transport Planner", 34000), ("Warehouse Manager", 39000)]}  # fmt: skip
    jobs, intvs, plcs = [], [], []
    cw = [1 + (cl[0] * 5) % 4 for cl in clients]
    cw[6] = 16  # the agency's biggest account
    placed: set[int] = set()
    active_recs = list(recruiters)
    for jid in range(1, 141):
        cl = r.choices(clients, weights=cw)[0]
        ttl, sal = r.choice(titles[cl[2]])
        opened = _day(r, max(D.fromisoformat(cl[5]), D(2023, 1, 9)), D(2025, 6, 10))
        rec = active_recs[(jid - 1) % len(active_recs)] if jid <= 45 else r.choice(active_recs)
        if rec[5] == "N" and opened > D(2024, 12, 1):
            rec = recruiters[1]
        lo = float(round(sal * r.uniform(0.9, 1.1), -3))
        hi = lo + r.choice([5000.0, 8000.0, 10000.0, 15000.0])
        if jid % 23 == 0:
            lo = hi = None
        age = (TODAY - opened).days
        if age < 40:
            st = "O"
        elif age < 120:
            st = r.choices("OFC", weights=[4, 5, 1])[0]
        else:
            st = r.choices("OFC", weights=[1, 8, 2])[0]
        if jid <= 45:
            st = "F" if age >= 40 else st
        pool = [x for x in cands if x[6] < opened.isoformat() and x[0] not in placed] or [cands[0]]
        k = r.randint(2, 4)
        chosen = r.sample(pool, min(k, len(pool)))
        winner = chosen[0] if st == "F" else None
        close = None
        for cand in chosen:
            d1 = opened + dt.timedelta(days=r.randint(7, 25))
            if d1 > LAST_DAY:
                continue
            if cand is winner:
                res = "P"
            elif d1 > D(2025, 6, 5):
                res = None
            else:
                res = r.choices("PFW", weights=[3, 6, 1])[0]
            intvs.append((len(intvs) + 1, jid, cand[0], d1.isoformat(), 1, res))
            if res == "P":
                d2 = d1 + dt.timedelta(days=r.randint(5, 14))
                if d2 > LAST_DAY:
                    continue
                if cand is winner:
                    res2 = "P"
                elif d2 > D(2025, 6, 5):
                    res2 = None
                else:
                    res2 = r.choices("PFW", weights=[2, 6, 1])[0]
                intvs.append((len(intvs) + 1, jid, cand[0], d2.isoformat(), 2, res2))
                if cand is winner:
                    pdt = d2 + dt.timedelta(days=r.randint(2, 10))
                    if pdt > LAST_DAY:
                        pdt = LAST_DAY
                    close = pdt
                    salary = float(round((hi or sal * 1.05) - r.choice([0, 1000, 2000, 3000]), -2))
                    start = pdt + dt.timedelta(days=r.randint(14, 45))
                    plcs.append((len(plcs) + 1, jid, cand[0], pdt.isoformat(),
                                 start.isoformat() if start <= LAST_DAY else None, salary,
                                 round(salary * cl[4], 2)))  # fmt: skip
                    placed.add(cand[0])
        if st == "F" and close is None:
            st = "O"
        if st == "C":
            close = min(opened + dt.timedelta(days=r.randint(60, 110)), LAST_DAY)
        jobs.append((jid, cl[0], rec[0], ttl, lo, hi, opened.isoformat(), close.isoformat() if close else None, st,
                     "Y" if r.random() < 0.3 else "N"))  # fmt: skip
    _ins(c, "jobs", jobs)
    _ins(c, "interviews", intvs)
    _ins(c, "placements", plcs)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_farm_coop(path: Path) -> None:
    """tbl_product_type (lookup), tbl_product, tbl_member, tbl_depot, tbl_delivery, tbl_delivery_line and
    tbl_payout."""
    r = random.Random(2805)
    c = _db(
        path,
        """
        CREATE TABLE tbl_product_type(type_cd TEXT PRIMARY KEY, type_desc TEXT NOT NULL);
        CREATE TABLE tbl_product(product_id INTEGER PRIMARY KEY, product_name TEXT NOT NULL,
            type_cd TEXT NOT NULL REFERENCES tbl_product_type(type_cd), unit TEXT NOT NULL,
            price_per_unit REAL NOT NULL, organic_flg TEXT NOT NULL);
        CREATE TABLE tbl_member(member_id INTEGER PRIMARY KEY, farm_name TEXT NOT NULL, owner_name TEXT NOT NULL,
            region TEXT NOT NULL, joined_dt TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE tbl_depot(depot_id INTEGER PRIMARY KEY, depot_name TEXT NOT NULL, town TEXT NOT NULL);
        CREATE TABLE tbl_delivery(delivery_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES tbl_member(member_id),
            depot_id INTEGER NOT NULL REFERENCES tbl_depot(depot_id), delivery_dt TEXT NOT NULL,
            status TEXT NOT NULL);
        CREATE TABLE tbl_delivery_line(line_id INTEGER PRIMARY KEY,
            delivery_id INTEGER NOT NULL REFERENCES tbl_delivery(delivery_id),
            product_id INTEGER NOT NULL REFERENCES tbl_product(product_id), qty REAL NOT NULL, grade TEXT,
            line_amt REAL);
        CREATE TABLE tbl_payout(payout_id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES tbl_member(member_id),
            payout_dt TEXT NOT NULL, amt REAL NOT NULL, method TEXT NOT NULL);
    """,
    )
    types = [("VEG", "Vegetables"), ("FRT", "Fruit"), ("DRY", "Dairy"), ("GRN", "Grain"), ("EGG", "Eggs"),
             ("HNY", "Honey")]  # fmt: skip
    _ins(c, "tbl_product_type", types)
    prods = [
        ("Potatoes", "VEG", "kg", 0.85, "N"), ("Carrots", "VEG", "kg", 1.10, "Y"), ("Onions", "VEG", "kg", 0.95, "N"),
        ("Cabbage", "VEG", "kg", 0.70, "N"), ("Leeks", "VEG", "kg", 1.80, "Y"), ("Tomatoes", "VEG", "kg", 2.40, "N"),
        ("Apples", "FRT", "kg", 1.60, "N"), ("Pears", "FRT", "kg", 1.75, "Y"), ("Strawberries", "FRT", "kg", 4.80, "N"),
        ("Plums", "FRT", "kg", 2.20, "N"), ("Cherries", "FRT", "kg", 6.50, "Y"), ("Whole Milk", "DRY", "l", 0.52, "N"),
        ("Organic Milk", "DRY", "l", 0.68, "Y"), ("Cream", "DRY", "l", 3.10, "N"), ("Butter", "DRY", "kg", 7.80, "N"),
        ("Cheddar", "DRY", "kg", 9.40, "N"), ("Wheat", "GRN", "kg", 0.24, "N"), ("Barley", "GRN", "kg", 0.21, "N"),
        ("Oats", "GRN", "kg", 0.26, "Y"), ("Rapeseed", "GRN", "kg", 0.45, "N"),
        ("Free-Range Eggs", "EGG", "dozen", 3.20, "N"), ("Duck Eggs", "EGG", "dozen", 5.40, "Y"),
        ("Wildflower Honey", "HNY", "kg", 11.50, "Y"), ("Heather Honey", "HNY", "kg", 14.00, "N"),
    ]  # fmt: skip
    _ins(c, "tbl_product", [(i, *p) for i, p in enumerate(prods, 1)])
    by_type: dict[str, list[int]] = {}
    for i, p in enumerate(prods, 1):
        by_type.setdefault(p[1], []).append(i)
    qty_range = {"VEG": (120, 900), "FRT": (60, 500), "DRY": (400, 2600), "GRN": (2000, 11000), "EGG": (20, 180),
                 "HNY": (10, 70)}  # fmt: skip
    a = ["Oak", "Willow", "Hill", "Brook", "Meadow", "Ash", "Stone", "Elm", "Fern", "Heath", "Mill", "Thorn", "Yew"]
    b = ["ridge Farm", "field Farm", "side Farm", "bank Farm", "croft", "Lane Farm", "wood Dairy", "gate Orchard"]
    farm_names = r.sample([x + y if y[0].islower() else f"{x} {y}" for x in a for y in b], 46)
    owners = full_names(r, 46)
    regions = ["North", "South", "East", "West", "Central"]
    members = []
    for i in range(1, 47):
        joined = _day(r, D(2012, 1, 1), D(2024, 12, 31))
        if i in (5, 17, 30):
            joined = _day(r, D(2023, 1, 10), D(2023, 11, 30))
        if i in (44, 45, 46):
            joined = _day(r, D(2025, 5, 20), D(2025, 6, 12))
        members.append((i, farm_names[i - 1], owners[i - 1], r.choices(regions, weights=[5, 4, 3, 3, 2])[0],
                        joined.isoformat(), "I" if i in (8, 21, 33, 39) else "A"))  # fmt: skip
    _ins(c, "tbl_member", members)
    depots = [(1, "North Hub", "Kirkby"), (2, "South Hub", "Marlow"), (3, "East Collection Point", "Halesworth"),
              (4, "West Collection Point", "Ledbury"), (5, "Central Depot", "Market Weston")]  # fmt: skip
    _ins(c, "tbl_depot", depots)
    depot_of = {"North": 1, "South": 2, "East": 3, "West": 4, "Central": 5}
    grows = {m[0]: r.sample(list(by_type), r.choice([1, 1, 2])) for m in members}
    grows[12] = ["DRY"]
    stop = {8: D(2024, 9, 30), 21: D(2025, 3, 15), 33: D(2024, 2, 28), 39: D(2025, 2, 20)}
    weight = {m[0]: (0 if m[0] >= 44 else r.choice([1, 2, 2, 3, 4])) for m in members}
    weight[12] = 8
    visits = []
    for _ in range(378):
        day = _day(r, D(2023, 1, 2), LAST_DAY)
        elig = [m for m in members if weight[m[0]] and m[4] < day.isoformat() and day <= stop.get(m[0], TODAY)]
        visits.append((day, r.choices(elig, weights=[weight[x[0]] for x in elig])[0]))
    visits += [(D(2025, 2, 11), members[20]), (D(2025, 1, 28), members[38])]  # last loads before leaving
    visits.sort(key=lambda v: (v[0], v[1][0]))
    deliveries, lines = [], []
    for did, (day, m) in enumerate(visits, 1):
        dep = depot_of[m[3]] if r.random() < 0.85 else r.randint(1, 5)
        st = "P" if (TODAY - day).days <= 6 and r.random() < 0.6 else ("J" if r.random() < 0.08 else "R")
        deliveries.append((did, m[0], dep, day.isoformat(), st))
        for t in r.sample(grows[m[0]], len(grows[m[0]])):
            pid = r.choice(by_type[t])
            lo, hi = qty_range[t]
            qty = float(r.randint(lo, hi))
            if st == "R":
                grade = r.choices("ABC", weights=[6, 3, 1])[0]
                amt = round(qty * prods[pid - 1][3] * {"A": 1.0, "B": 0.85, "C": 0.6}[grade], 2)
            else:
                grade, amt = None, (0.0 if st == "J" else None)
            lines.append((len(lines) + 1, did, pid, qty, grade, amt))
    _ins(c, "tbl_delivery", deliveries)
    _ins(c, "tbl_delivery_line", lines)
    month_tot: dict[tuple[int, str], float] = {}
    for ln in lines:
        dv = deliveries[ln[1] - 1]
        if ln[5]:
            key = (dv[1], dv[3][:7])
            month_tot[key] = month_tot.get(key, 0.0) + ln[5]
    method = {m[0]: "CH" if m[0] % 6 == 1 else "BT" for m in members}
    payouts = []
    for (mid, ym), amt in sorted(month_tot.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        y, mo = int(ym[:4]), int(ym[5:])
        pay = D(y + (mo == 12), mo % 12 + 1, 10)
        if pay > LAST_DAY:
            continue
        payouts.append((len(payouts) + 1, mid, pay.isoformat(), round(amt, 2), method[mid]))
    _ins(c, "tbl_payout", payouts)
    _done(c)


# ----------------------------------------------------------------------------------------------------------------
def build_ferry(path: Path) -> None:
    """PORTS, VESSELS, ROUTES, SAILINGS, CUSTOMERS, BOOKINGS, CREW (with supervisors) and CREW_ASSIGNMENTS."""
    r = random.Random(2806)
    c = _db(
        path,
        """
        CREATE TABLE PORTS(PORT_ID INTEGER PRIMARY KEY, PORT_NAME TEXT NOT NULL, COUNTRY TEXT NOT NULL);
        CREATE TABLE VESSELS(VESSEL_ID INTEGER PRIMARY KEY, VESSEL_NAME TEXT NOT NULL, BUILT_YEAR INTEGER NOT NULL,
            PAX_CAPACITY INTEGER NOT NULL, CAR_CAPACITY INTEGER NOT NULL, IS_ACTIVE TEXT NOT NULL);
        CREATE TABLE ROUTES(ROUTE_ID INTEGER PRIMARY KEY, ROUTE_NAME TEXT NOT NULL,
            ORIGIN_PORT_ID INTEGER NOT NULL REFERENCES PORTS(PORT_ID),
            DEST_PORT_ID INTEGER NOT NULL REFERENCES PORTS(PORT_ID), DISTANCE_NM REAL NOT NULL,
            BASE_FARE REAL NOT NULL);
        CREATE TABLE SAILINGS(SAILING_ID INTEGER PRIMARY KEY, ROUTE_ID INTEGER NOT NULL REFERENCES ROUTES(ROUTE_ID),
            VESSEL_ID INTEGER NOT NULL REFERENCES VESSELS(VESSEL_ID), DEPART_TS TEXT NOT NULL, ARRIVE_TS TEXT,
            STATUS TEXT NOT NULL, DELAY_MIN INTEGER);
        CREATE TABLE CUSTOMERS(CUSTOMER_ID INTEGER PRIMARY KEY, FIRST_NAME TEXT NOT NULL, LAST_NAME TEXT NOT NULL,
            EMAIL TEXT NOT NULL, COUNTRY TEXT, CREATED_AT TEXT NOT NULL, LOYALTY_MEMBER TEXT NOT NULL);
        CREATE TABLE BOOKINGS(BOOKING_ID INTEGER PRIMARY KEY,
            SAILING_ID INTEGER NOT NULL REFERENCES SAILINGS(SAILING_ID),
            CUSTOMER_ID INTEGER NOT NULL REFERENCES CUSTOMERS(CUSTOMER_ID), BOOKED_AT TEXT NOT NULL,
            PASSENGERS INTEGER NOT NULL, VEHICLE_TYPE TEXT, TOTAL_PRICE REAL NOT NULL, STATUS TEXT NOT NULL);
        CREATE TABLE CREW(CREW_ID INTEGER PRIMARY KEY, FIRST_NAME TEXT NOT NULL, LAST_NAME TEXT NOT NULL,
            RANK TEXT NOT NULL, SUPERVISOR_ID INTEGER REFERENCES CREW(CREW_ID), HIRED_DATE TEXT NOT NULL);
        CREATE TABLE CREW_ASSIGNMENTS(SAILING_ID INTEGER NOT NULL REFERENCES SAILINGS(SAILING_ID),
            CREW_ID INTEGER NOT NULL REFERENCES CREW(CREW_ID), PRIMARY KEY (SAILING_ID, CREW_ID));
    """,
    )
    ports = [(1, "Frederikshavn", "Denmark"), (2, "Gothenburg", "Sweden"), (3, "Kiel", "Germany"),
             (4, "Oslo", "Norway"), (5, "Hirtshals", "Denmark"), (6, "Kristiansand", "Norway"),
             (7, "Rostock", "Germany"), (8, "Trelleborg", "Sweden"), (9, "Helsingor", "Denmark"),
             (10, "Helsingborg", "Sweden"), (11, "Grenaa", "Denmark"), (12, "Varberg", "Sweden")]  # fmt: skip
    _ins(c, "PORTS", ports)
    vessels = [(1, "MS Nordlys", 2004, 1200, 300, "Y"), (2, "MS Skagen", 1998, 900, 220, "Y"),
               (3, "MS Baltic Star", 2011, 1650, 420, "Y"), (4, "MS Kattegat", 1999, 700, 160, "N"),
               (5, "MS Aurora", 2016, 1400, 380, "Y"), (6, "MS Freja", 2008, 1000, 250, "Y"),
               (7, "MS Viking Dawn", 2019, 1500, 400, "Y"), (8, "MS Oresund", 2001, 600, 90, "Y")]  # fmt: skip
    _ins(c, "VESSELS", vessels)
    name = {p[0]: p[1] for p in ports}
    legs = [(1, 2, 50.0, 42.0), (5, 6, 70.0, 55.0), (3, 4, 360.0, 120.0), (7, 8, 95.0, 60.0), (9, 10, 2.5, 8.0),
            (11, 12, 60.0, 48.0), (1, 4, 155.0, 85.0), (5, 12, 85.0, 58.0)]  # fmt: skip
    routes = [(i, f"{name[o]} - {name[d]}", o, d, dist, fare) for i, (o, d, dist, fare) in enumerate(legs, 1)]
    _ins(c, "ROUTES", routes)
    fleet = {1: [1, 6], 2: [7, 5], 3: [3], 4: [5, 7], 5: [8], 6: [2, 6], 7: [1], 8: [2, 4]}
    sailings = []
    dep_hours = {3: [14], 9: [7, 9, 11, 13, 15, 17]}
    for sid in range(1, 201):
        route = r.choices(range(1, 9), weights=[7, 5, 3, 4, 6, 3, 2, 2])[0]
        day = _day(r, D(2024, 1, 2), LAST_DAY)
        ves = r.choice(fleet[route])
        if ves == 4 and day > D(2024, 10, 31):
            ves = 2
        t0 = dt.datetime.combine(day, dt.time(r.choice(dep_hours.get(route, [6, 8, 10, 12, 15, 18, 21])), 0))
        if r.random() < 0.07:
            st, arr, delay = "CANCELLED", None, None
        else:
            delay = 0 if r.random() < 0.6 else r.choice([5, 10, 15, 20, 30, 45, 60, 90])
            mins = int(routes[route - 1][4] / 17 * 60) + delay
            st, arr = "COMPLETED", (t0 + dt.timedelta(minutes=mins)).strftime("%Y-%m-%d %H:%M")
        sailings.append((sid, route, ves, t0.strftime("%Y-%m-%d %H:%M"), arr, st, delay))
    sailings.sort(key=lambda s: s[3])
    sailings = [(k, *s[1:]) for k, s in enumerate(sailings, 1)]
    _ins(c, "SAILINGS", sailings)
    countries = ["Denmark", "Sweden", "Norway", "Germany", "Netherlands", "UK", None]
    customers = []
    for i, (g, f) in enumerate(_people(r, 240), 1):
        country = r.choices(countries, weights=[6, 5, 4, 4, 2, 2, 1])[0]
        created = _day(r, D(2023, 6, 1), D(2025, 6, 10)).isoformat()
        customers.append((i, g, f, _mail(g, f, "post.eu", i), country, created, "Y" if r.random() < 0.3 else "N"))
    _ins(c, "CUSTOMERS", customers)
    freq = {cu[0]: (0 if r.random() < 0.1 else r.choice([1, 1, 2, 3, 5])) for cu in customers}
    freq.update({95: 16, 31: 19, 149: 18, 56: 19, 113: 13})  # frequent travellers
    bookings = []
    booked_by: set[int] = set()
    open_s = [s for s in sailings if s[5] == "COMPLETED"]
    while len(bookings) < 590:
        s = r.choice(open_s)
        dep = dt.datetime.fromisoformat(s[3])
        booked = dep - dt.timedelta(days=r.randint(0, 60), hours=r.randint(1, 20))
        elig = [cu for cu in customers if freq[cu[0]] and cu[5] <= booked.date().isoformat()]
        if not elig:
            continue
        cu = r.choices(elig, weights=[freq[x[0]] * (1 if x[0] in booked_by else 6) for x in elig])[0]
        booked_by.add(cu[0])
        pax = r.choices([1, 2, 3, 4, 5], weights=[5, 6, 2, 3, 1])[0]
        veh = None if s[1] == 5 else r.choices([None, "CAR", "VAN", "MOTORBIKE"], weights=[9, 8, 1, 1])[0]
        price = routes[s[1] - 1][5] * pax + {None: 0, "CAR": 95.0, "VAN": 140.0, "MOTORBIKE": 45.0}[veh]
        if cu[6] == "Y":
            price *= 0.9
        bookings.append((len(bookings) + 1, s[0], cu[0], booked.strftime("%Y-%m-%d %H:%M"), pax, veh,
                         round(price, 2), "CANCELLED" if r.random() < 0.08 else "CONFIRMED"))  # fmt: skip
    _ins(c, "BOOKINGS", bookings)
    crew = []
    names = _people(r, 48)
    ranks = ["Marine Superintendent"] + ["Captain"] * 8 + ["Chief Officer"] * 8 + ["Engineer"] * 10
    ranks += ["Deckhand"] * 13 + ["Steward"] * 8
    for i, ((g, f), rank) in enumerate(zip(names, ranks, strict=True), 1):
        if rank == "Marine Superintendent":
            sup = None
        elif rank == "Captain":
            sup = 1
        elif rank == "Chief Officer":
            sup = i - 8
        else:
            sup = 10 + (i - 18) % 8
        hired = _day(r, D(2008, 1, 1), D(2023, 12, 31)) if i < 44 else _day(r, D(2025, 3, 1), D(2025, 6, 1))
        crew.append((i, g, f, rank, sup, hired.isoformat()))
    _ins(c, "CREW", crew)
    assigns = []
    for s in sailings:
        day = s[3][:10]
        cap = 2 + (s[2] - 1) % 8
        pool = [x for x in crew if x[3] in ("Engineer", "Deckhand", "Steward") and x[5] < day and x[0] not in (30, 41)]
        assigns.append((s[0], cap))
        assigns.append((s[0], cap + 8))
        assigns.append((s[0], r.choice(pool)[0]))
    _ins(c, "CREW_ASSIGNMENTS", assigns)
    _done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "dental": build_dental,
    "language_school": build_language_school,
    "bike_share": build_bike_share,
    "recruiting": build_recruiting,
    "farm_coop": build_farm_coop,
    "ferry": build_ferry,
}
