"""Six small health, care, education and community-service databases for the sixty-seventh blind English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``speechtherapy`` (SQL Server style: singular PascalCase tables with ``TableNameId`` keys; self-referencing
  ``Therapist.SupervisorId``): a speech and language therapy practice. ``Therapist`` (grade, specialism, start and
  leaving dates), ``ReferralSource`` (the GP surgery, school, hospital ward ... that referred a client), ``Client``
  (``DischargeDate`` NULL while still on the caseload), ``Condition``, the link table ``ClientCondition`` and
  ``Appointment`` (status Attended, DNA, Cancelled or Booked; ``FeePence`` is the fee charged, in pence; some booked
  appointments are still to come).
- ``ambulance`` (a data-warehouse star: ``dim_*`` and ``fact_*`` tables with surrogate ``*_key`` columns and a date
  dimension keyed YYYYMMDD): an ambulance service's incident mart. ``dim_date``, ``dim_station``, ``dim_vehicle``
  (its home station), ``dim_complaint`` (the chief complaint and its clinical group), ``dim_hospital`` (whether it has
  an emergency department, 'Y'/'N') and ``fact_incident`` (priority category 1-4, response and on-scene times in
  seconds, conveyed 'Y'/'N' with the receiving hospital).
- ``immunisation`` (legacy uppercase abbreviations of 6-8 letters, dates as YYYYMMDD integers; self-referencing
  ``NURSE.LEADID``): a school-aged immunisation team. ``SCHOOL`` (phase 'PRI'/'SEC', number on roll), ``NURSE``,
  ``BATCH`` (vaccine batches: ``VACCCD`` FLU, HPV, MENACWY or TDIPV), ``SESSN`` (a vaccination session at a school:
  ``STATCD`` 'C' completed, 'X' cancelled, 'P' planned), ``PUPIL`` (consent ``CONSNTCD`` 'Y', 'N' or 'P' pending) and
  ``DOSE`` (one pupil at one session: ``OUTCMCD`` 'V' vaccinated, 'A' absent, 'R' refused on the day, 'U' unwell).
- ``stopsmoking`` (Hungarian type prefixes on columns: ``lng``, ``str``, ``int``, ``dt``, ``b``, ``cur``;
  self-referencing ``Clients.lngReferredByID``, a client who referred a friend): an NHS stop-smoking service.
  ``Venues``, ``Advisors``, ``Clients`` (cigarettes a day, quit date, four-week outcome), ``Visits`` (carbon-monoxide
  reading in ppm, smoke free 0/1), ``Products`` (nicotine replacement and medication, unit cost in pounds) and
  ``Supplies`` (a product issued to a client).
- ``invigilation`` (natural keys, no surrogate ids: centre numbers, paper codes and invigilator references as primary
  keys, composite primary keys and a composite foreign key): an agency supplying exam invigilators to exam centres.
  ``centre``, ``paper`` (board, subject, tier, duration in minutes), ``invigilator`` (hourly rate in pence, lead
  'Y'/'N'), ``sitting`` (a paper sat at a centre on a day, AM or PM), the link table ``duty`` (an invigilator at a
  centre for a session; some still to come) and ``incident``.
- ``mobilityloans`` (quoted names with spaces and capitals; self-referencing ``"Volunteers"."Coordinator ID"``): a
  community mobility-equipment loan service. ``"Equipment Types"`` (weekly fee and deposit in pence),
  ``"Equipment Items"`` (asset tags as keys), ``"Borrowers"``, ``"Volunteers"``, ``"Loans"`` (``"Return Date"`` NULL
  while the item is still out) and ``"Repairs"`` (cost in pence).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, FEMALE, GIVEN, day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ymd(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


# --------------------------------------------------------------------------------------------------- speechtherapy
ST_THERAPISTS = [
    (1, "Helen Marsh", "Band 8a", "Adult", None, D(2012, 4, 2), None),
    (2, "Robert Ainsley", "Band 7", "Paediatric", 1, D(2015, 9, 1), None),
    (3, "Fiona Clarke", "Band 7", "Adult", 1, D(2016, 1, 11), None),
    (4, "Deepa Raman", "Band 7", "Dysphagia", 1, D(2017, 6, 5), None),
    (5, "Laura Pennington", "Band 6", "Paediatric", 2, D(2018, 3, 19), None),
    (6, "Owen Pritchard", "Band 6", "Fluency", 2, D(2019, 2, 4), None),
    (7, "Naomi Fletcher", "Band 6", "Paediatric", 2, D(2019, 10, 14), D(2024, 8, 30)),
    (8, "Sanjay Mistry", "Band 6", "Adult", 3, D(2020, 1, 6), None),
    (9, "Kirsty McLeod", "Band 6", "Voice", 3, D(2020, 7, 1), None),
    (10, "Ellen Whitmore", "Band 6", "Dysphagia", 4, D(2021, 2, 15), None),
    (11, "Tom Gallagher", "Band 5", "Paediatric", 5, D(2021, 9, 6), None),
    (12, "Aisha Begum", "Band 5", "Paediatric", 5, D(2022, 1, 10), None),
    (13, "Rachel Dunn", "Band 5", "Adult", 8, D(2022, 5, 3), D(2025, 3, 31)),
    (14, "Matthew Lowe", "Band 5", "Fluency", 6, D(2022, 9, 5), None),
    (15, "Grace Okonjo", "Band 5", "Dysphagia", 10, D(2023, 1, 9), None),
    (16, "Hannah Lister", "Band 5", "Paediatric", 5, D(2023, 9, 4), None),
    (17, "Ben Castell", "Band 5", "Adult", 8, D(2024, 1, 8), None),
    (18, "Zoe Harrington", "Band 6", "Paediatric", 2, D(2024, 9, 2), None),
    (19, "Imran Qureshi", "Band 5", "Voice", 9, D(2024, 11, 4), None),
    (20, "Chloe Bramwell", "Band 5", "Paediatric", 18, D(2025, 4, 22), None),
]
ST_SOURCES = [
    ("Riverside Medical Practice", "GP"), ("Oakwood Surgery", "GP"), ("Castle Street Health Centre", "GP"),
    ("Millbrook GP Practice", "GP"), ("Northgate Surgery", "GP"), ("St Anne's Primary School", "School"),
    ("Hillcrest Primary School", "School"), ("Greenfields Academy", "School"), ("Brook Lane Infant School", "School"),
    ("Westfield Junior School", "School"), ("County Hospital Stroke Unit", "Hospital"),
    ("County Hospital ENT Clinic", "Hospital"), ("St Luke's Rehabilitation Centre", "Hospital"),
    ("Eastside Health Visiting Team", "Health Visitor"), ("Central Health Visiting Team", "Health Visitor"),
    ("Little Acorns Nursery", "Nursery"), ("Rainbow Day Nursery", "Nursery"), ("Practice Website", "Self-referral"),
    ("Practice Telephone Line", "Self-referral"), ("Headway Brain Injury Group", "Charity"),
]  # fmt: skip
ST_CONDITIONS = [
    ("Speech Sound Disorder", "Child"), ("Developmental Language Disorder", "Child"), ("Phonological Delay", "Child"),
    ("Childhood Apraxia of Speech", "Child"), ("Selective Mutism", "Child"),
    ("Social Communication Difficulty", "Child"), ("Cleft Palate Speech", "Child"),
    ("Paediatric Feeding Difficulty", "Child"), ("Expressive Language Delay", "Child"),
    ("Receptive Language Delay", "Child"), ("Stammering", "All"), ("Expressive Aphasia", "Adult"),
    ("Receptive Aphasia", "Adult"), ("Dysarthria", "Adult"), ("Apraxia of Speech", "Adult"),
    ("Adult Dysphagia", "Adult"), ("Vocal Nodules", "Adult"), ("Laryngectomy Voice Rehabilitation", "Adult"),
    ("Cognitive Communication Disorder", "Adult"), ("Muscle Tension Dysphonia", "Adult"),
]  # fmt: skip
ST_SPECIALISM = {  # which therapists' specialisms see which conditions
    "Child": ("Paediatric",), "All": ("Fluency",), "Adult": ("Adult", "Dysphagia", "Voice"),
}  # fmt: skip


def build_speechtherapy(path: Path) -> None:
    r = random.Random(67001)
    c = fresh_db(
        path,
        """
        CREATE TABLE Therapist (TherapistId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Grade TEXT NOT NULL,
            Specialism TEXT NOT NULL, SupervisorId INTEGER REFERENCES Therapist(TherapistId),
            StartDate DATE NOT NULL, LeaveDate DATE);
        CREATE TABLE ReferralSource (ReferralSourceId INTEGER PRIMARY KEY, SourceName TEXT NOT NULL,
            SourceType TEXT NOT NULL);
        CREATE TABLE Client (ClientId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
            DateOfBirth DATE NOT NULL, Town TEXT NOT NULL,
            ReferralSourceId INTEGER NOT NULL REFERENCES ReferralSource(ReferralSourceId),
            ReferralDate DATE NOT NULL, DischargeDate DATE);
        CREATE TABLE Condition (ConditionId INTEGER PRIMARY KEY, ConditionName TEXT NOT NULL,
            ClientGroup TEXT NOT NULL);
        CREATE TABLE ClientCondition (ClientId INTEGER NOT NULL REFERENCES Client(ClientId),
            ConditionId INTEGER NOT NULL REFERENCES Condition(ConditionId), DiagnosedDate DATE NOT NULL,
            PRIMARY KEY (ClientId, ConditionId));
        CREATE TABLE Appointment (AppointmentId INTEGER PRIMARY KEY, ClientId INTEGER NOT NULL
            REFERENCES Client(ClientId), TherapistId INTEGER NOT NULL REFERENCES Therapist(TherapistId),
            AppointmentDate DATE NOT NULL, StartTime TEXT NOT NULL, DurationMinutes INTEGER NOT NULL,
            AppointmentType TEXT NOT NULL, Status TEXT NOT NULL, FeePence INTEGER NOT NULL DEFAULT 0);
        """,
    )
    insert(c, "Therapist", [(i, n, g, s, m, _iso(a), _iso(b)) for i, n, g, s, m, a, b in ST_THERAPISTS])
    insert(c, "ReferralSource", [(k, n, t) for k, (n, t) in enumerate(ST_SOURCES, 1)])
    insert(c, "Condition", [(k, n, g) for k, (n, g) in enumerate(ST_CONDITIONS, 1)])
    child_src = [k for k, (_n, t) in enumerate(ST_SOURCES, 1) if t in ("School", "Health Visitor", "Nursery")]
    adult_src = [k for k, (_n, t) in enumerate(ST_SOURCES, 1) if t in ("Hospital", "Charity")]
    either_src = [k for k, (_n, t) in enumerate(ST_SOURCES, 1) if t in ("GP", "Self-referral")]
    towns = ["Harrogate", "Knaresborough", "Ripon", "Wetherby", "Boroughbridge", "Pateley Bridge"]
    clients, links, appts = [], [], []
    for k, name in enumerate(full_names(r, 150), 1):
        first, last = name.split(" ")
        child = r.random() < 0.55
        src = r.choice(child_src + either_src[:3]) if child else r.choice(adult_src + either_src)
        born = (
            day_between(r, D(2013, 1, 1), D(2022, 6, 30)) if child else day_between(r, D(1938, 1, 1), D(1990, 12, 31))
        )
        referred = day_between(r, D(2023, 1, 2), D(2025, 6, 10))
        discharged = referred + _days(r.randint(90, 400)) if r.random() < 0.6 else None
        if discharged and discharged > LAST:
            discharged = None
        clients.append((k, first, last, _iso(born), r.choice(towns), src, _iso(referred), _iso(discharged)))
        pool = [
            i for i, (_n, g) in enumerate(ST_CONDITIONS, 1) if g in (("Child", "All") if child else ("Adult", "All"))
        ]
        conds = r.sample(pool, r.choice([1, 1, 1, 2, 2, 3]))
        for cid in conds:
            links.append((k, cid, _iso(referred + _days(r.randint(7, 40)))))
        if referred > D(2025, 5, 25) or k % 37 == 0:
            continue  # still on the waiting list
        group = ST_CONDITIONS[conds[0] - 1][1]
        d = referred + _days(r.randint(10, 35))
        end = discharged or D(2025, 7, 31)
        n = r.choice([2, 2, 3, 3, 3])
        main = None
        for j in range(n):
            if d > end:
                break
            active = [t for t in ST_THERAPISTS if t[5] <= d and (t[6] is None or t[6] >= d) and t[0] != 1]
            fits = [t[0] for t in active if t[3] in ST_SPECIALISM[group]] or [t[0] for t in active]
            if main not in fits or r.random() < 0.15:
                main = r.choice(fits)
            kind = "Assessment" if j == 0 else "Review" if j == n - 1 and n > 2 else "Therapy"
            mins = 60 if kind == "Assessment" else 30 if kind == "Review" else r.choice([30, 45, 45])
            fee = {60: 9500, 45: 6500, 30: 4500}[mins]
            if d > LAST:
                status = "Booked"
            else:
                x = r.random()
                status = "Attended" if x < 0.78 else "DNA" if x < 0.87 else "Cancelled"
            charged = fee if status in ("Attended", "DNA") else 0
            start = f"{r.randint(9, 16):02d}:{r.choice(['00', '30'])}"
            appts.append((k, main, d, start, mins, kind, status, charged))
            d += _days(r.randint(14, 42))
    insert(c, "Client", clients)
    insert(c, "ClientCondition", links)
    appts.sort(key=lambda a: (a[2], a[3], a[0]))
    insert(c, "Appointment", [(k, *a[:2], _iso(a[2]), *a[3:]) for k, a in enumerate(appts, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- ambulance
AM_STATIONS = [
    ("NA01", "Northallerton", "North"), ("TH02", "Thirsk", "North"), ("BD03", "Bedale", "North"),
    ("RI04", "Richmond", "North"), ("SC05", "Scarborough", "East"), ("WH06", "Whitby", "East"),
    ("PI07", "Pickering", "East"), ("FI08", "Filey", "East"), ("MA09", "Malton", "East"),
    ("HG10", "Harrogate", "West"), ("SK11", "Skipton", "West"), ("SE12", "Settle", "West"),
    ("RP13", "Ripon", "West"), ("KN14", "Knaresborough", "West"), ("YK15", "York Central", "Central"),
    ("YA16", "York Acomb", "Central"), ("EA17", "Easingwold", "Central"), ("SB18", "Selby", "South"),
    ("TA19", "Tadcaster", "South"), ("GO20", "Goole", "South"),
]  # fmt: skip
AM_COMPLAINTS = [
    ("Chest pain", "Cardiac"), ("Cardiac arrest", "Cardiac"), ("Palpitations", "Cardiac"),
    ("Breathing problems", "Respiratory"), ("Asthma attack", "Respiratory"), ("Choking", "Respiratory"),
    ("Stroke symptoms", "Neurological"), ("Seizure", "Neurological"), ("Unconscious person", "Neurological"),
    ("Headache", "Neurological"), ("Fall", "Trauma"), ("Road traffic collision", "Trauma"),
    ("Head injury", "Trauma"), ("Suspected fracture", "Trauma"), ("Burns", "Trauma"), ("Haemorrhage", "Trauma"),
    ("Allergic reaction", "Medical"), ("Diabetic problem", "Medical"), ("Overdose or poisoning", "Medical"),
    ("Abdominal pain", "Medical"), ("Sick person", "Medical"), ("Back pain", "Medical"),
    ("Pregnancy or childbirth", "Maternity"), ("Mental health crisis", "Mental Health"),
]  # fmt: skip
AM_WEIGHTS = [9, 2, 3, 8, 3, 1, 5, 4, 4, 2, 16, 3, 4, 5, 1, 2, 2, 3, 3, 5, 7, 4, 2, 3]
AM_CATEGORY = {"Cardiac arrest": 1, "Choking": 1, "Chest pain": 2, "Stroke symptoms": 2, "Haemorrhage": 2}
AM_HOSPITALS = [
    ("York Hospital", "York", "Y"), ("Harrogate District Hospital", "Harrogate", "Y"),
    ("Scarborough Hospital", "Scarborough", "Y"), ("Friarage Hospital", "Northallerton", "Y"),
    ("Airedale General Hospital", "Keighley", "Y"), ("James Cook University Hospital", "Middlesbrough", "Y"),
    ("Darlington Memorial Hospital", "Darlington", "Y"), ("Leeds General Infirmary", "Leeds", "Y"),
    ("Hull Royal Infirmary", "Hull", "Y"), ("Pinderfields Hospital", "Wakefield", "Y"),
    ("Malton Community Hospital", "Malton", "N"), ("Whitby Community Hospital", "Whitby", "N"),
    ("Selby War Memorial Hospital", "Selby", "N"), ("Ripon Community Hospital", "Ripon", "N"),
    ("Lambert Memorial Hospital", "Thirsk", "N"), ("Rutson Hospital", "Northallerton", "N"),
    ("Castleberg Hospital", "Settle", "N"), ("Skipton General Hospital", "Skipton", "N"),
    ("Bridlington Hospital", "Bridlington", "N"), ("Goole and District Hospital", "Goole", "N"),
]  # fmt: skip
AM_NEAREST = {  # district -> hospitals patients are usually taken to (keys into AM_HOSPITALS)
    "North": [4, 4, 6, 7, 15, 16], "East": [3, 3, 3, 1, 11, 12, 19], "West": [2, 2, 2, 5, 14, 17, 18],
    "Central": [1, 1, 1, 1, 2], "South": [1, 8, 10, 13, 20, 9],
}  # fmt: skip
AM_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip


def build_ambulance(path: Path) -> None:
    r = random.Random(67002)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, calendar_year INTEGER NOT NULL,
            month_no INTEGER NOT NULL, month_name TEXT NOT NULL, day_name TEXT NOT NULL,
            weekend_flag TEXT NOT NULL);
        CREATE TABLE dim_station (station_key INTEGER PRIMARY KEY, station_code TEXT NOT NULL,
            station_name TEXT NOT NULL, district TEXT NOT NULL);
        CREATE TABLE dim_vehicle (vehicle_key INTEGER PRIMARY KEY, callsign TEXT NOT NULL, vehicle_type TEXT NOT NULL,
            home_station_key INTEGER NOT NULL REFERENCES dim_station(station_key), in_service_date TEXT NOT NULL);
        CREATE TABLE dim_complaint (complaint_key INTEGER PRIMARY KEY, complaint_name TEXT NOT NULL,
            clinical_group TEXT NOT NULL);
        CREATE TABLE dim_hospital (hospital_key INTEGER PRIMARY KEY, hospital_name TEXT NOT NULL, town TEXT NOT NULL,
            has_emergency_dept TEXT NOT NULL);
        CREATE TABLE fact_incident (incident_key INTEGER PRIMARY KEY,
            date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            station_key INTEGER NOT NULL REFERENCES dim_station(station_key),
            vehicle_key INTEGER NOT NULL REFERENCES dim_vehicle(vehicle_key),
            complaint_key INTEGER NOT NULL REFERENCES dim_complaint(complaint_key),
            hospital_key INTEGER REFERENCES dim_hospital(hospital_key), call_time TEXT NOT NULL,
            priority_category INTEGER NOT NULL, response_secs INTEGER NOT NULL, on_scene_secs INTEGER NOT NULL,
            conveyed_flag TEXT NOT NULL, patient_age INTEGER);
        """,
    )
    days = []
    d = D(2024, 6, 1)
    while d <= LAST:
        wd = d.strftime("%A")
        days.append((_ymd(d), _iso(d), d.year, d.month, AM_MONTHS[d.month - 1], wd,
                     "Y" if wd in ("Saturday", "Sunday") else "N"))  # fmt: skip
        d += _days(1)
    insert(c, "dim_date", days)
    insert(c, "dim_station", [(k, *s) for k, s in enumerate(AM_STATIONS, 1)])
    vehicles = []
    for s in range(1, 21):
        vehicles.append((s, f"A{s:02d}1", "Emergency Ambulance", s, "2019-04-01"))
    extra = [(1, "Emergency Ambulance"), (5, "Emergency Ambulance"), (10, "Emergency Ambulance"),
             (15, "Emergency Ambulance"), (15, "Emergency Ambulance"), (1, "Rapid Response Vehicle"),
             (5, "Rapid Response Vehicle"), (10, "Rapid Response Vehicle"), (15, "Rapid Response Vehicle"),
             (18, "Rapid Response Vehicle"), (16, "Motorcycle Responder"), (15, "Hazardous Area Response Team"),
             (15, "Rapid Response Vehicle"), (10, "Emergency Ambulance")]  # fmt: skip
    seq = dict.fromkeys(range(1, 21), 1)
    for k, (s, typ) in enumerate(extra, 21):
        prefix = {"Emergency Ambulance": "A", "Rapid Response Vehicle": "R", "Motorcycle Responder": "M"}.get(typ, "H")
        since = "2025-06-02" if k >= 33 else r.choice(["2020-09-14", "2021-03-01", "2022-10-03", "2023-05-15"])
        seq[s] += 1
        vehicles.append((k, f"{prefix}{s:02d}{seq[s]}", typ, s, since))
    insert(c, "dim_vehicle", vehicles)
    insert(c, "dim_complaint", [(k, *x) for k, x in enumerate(AM_COMPLAINTS, 1)])
    insert(c, "dim_hospital", [(k, *x) for k, x in enumerate(AM_HOSPITALS, 1)])
    facts = []
    usable = [v for v in vehicles if v[0] < 33]
    vweights = [5 if v[2] == "Emergency Ambulance" else 3 if v[2] == "Rapid Response Vehicle" else 1 for v in usable]
    for s in (15, 10, 1, 5):  # busier towns get more of the work
        for i, v in enumerate(usable):
            if v[3] == s:
                vweights[i] += 2
    for _ in range(400):
        day = day_between(r, D(2024, 6, 1), LAST)
        v = r.choices(usable, vweights)[0]
        station = v[3] if r.random() < 0.9 else r.randint(1, 20)
        ck = r.choices(range(1, 25), AM_WEIGHTS)[0]
        cat = AM_CATEGORY.get(AM_COMPLAINTS[ck - 1][0]) or r.choices([1, 2, 3, 4], [1, 5, 4, 2])[0]
        if v[2] == "Rapid Response Vehicle" and cat > 2:
            cat = 2
        resp = {1: r.randint(240, 900), 2: r.randint(480, 3000), 3: r.randint(1200, 7200), 4: r.randint(1800, 10800)}
        secs = resp[cat]
        if AM_STATIONS[station - 1][2] in ("North", "East"):
            secs = int(secs * 1.25)
        conveyed = r.random() < (0.75 if cat <= 2 else 0.5) and v[2] != "Motorcycle Responder"
        district = AM_STATIONS[station - 1][2]
        hosp = r.choice(AM_NEAREST[district]) if conveyed else None
        age = r.randint(0, 17) if r.random() < 0.08 else r.randint(18, 97)
        if AM_COMPLAINTS[ck - 1][0] == "Fall":
            age = r.randint(62, 99)
        call = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        scene = r.randint(900, 4200)
        facts.append((_ymd(day), station, v[0], ck, hosp, call, cat, secs, scene, "Y" if conveyed else "N", age))
    facts.sort(key=lambda f: (f[0], f[5]))
    insert(c, "fact_incident", [(k, *f) for k, f in enumerate(facts, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- immunisation
IM_SCHOOLS = [
    ("SC101", "Abbey Road Primary", "Lincoln", "PRI", 210), ("SC102", "Bracebridge Primary", "Lincoln", "PRI", 315),
    ("SC103", "Carlton Academy", "Lincoln", "PRI", 420), ("SC104", "Ermine Infant School", "Lincoln", "PRI", 180),
    ("SC105", "St Giles Primary", "Lincoln", "PRI", 240), ("SC106", "Nettleham Junior", "Nettleham", "PRI", 200),
    ("SC107", "Welton Primary", "Welton", "PRI", 260), ("SC108", "Saxilby Primary", "Saxilby", "PRI", 190),
    ("SC109", "Sleaford Church Primary", "Sleaford", "PRI", 330), ("SC110", "Ruskington Primary", "Ruskington", "PRI", 170),
    ("SC111", "Heckington Primary", "Heckington", "PRI", 140), ("SC112", "Gainsborough Parish Primary", "Gainsborough", "PRI", 280),
    ("SC113", "Market Rasen Primary", "Market Rasen", "PRI", 220), ("SC114", "Horncastle Primary", "Horncastle", "PRI", 300),
    ("SC115", "Woodhall Spa Primary", "Woodhall Spa", "PRI", 160), ("SC116", "Branston Junior Academy", "Branston", "PRI", 230),
    ("SC201", "Lincoln Castle Academy", "Lincoln", "SEC", 1050), ("SC202", "Priory Witham Academy", "Lincoln", "SEC", 980),
    ("SC203", "Carre's Grammar", "Sleaford", "SEC", 850), ("SC204", "St George's Academy", "Sleaford", "SEC", 1400),
    ("SC205", "Queen Elizabeth's Grammar", "Gainsborough", "SEC", 900), ("SC206", "De Aston School", "Market Rasen", "SEC", 870),
    ("SC207", "Banovallum School", "Horncastle", "SEC", 760), ("SC208", "William Farr School", "Welton", "SEC", 1300),
]  # fmt: skip
IM_NURSES = [
    (1, "Janet Holloway", "B8A", None, D(2009, 9, 1)), (2, "Kerry Ashworth", "B7", 1, D(2013, 4, 15)),
    (3, "Paul Denton", "B7", 1, D(2015, 1, 5)), (4, "Sunita Chauhan", "B6", 2, D(2016, 6, 20)),
    (5, "Gemma Rowley", "B6", 2, D(2017, 9, 4)), (6, "Mark Ellison", "B6", 3, D(2018, 2, 12)),
    (7, "Louise Tranter", "B6", 3, D(2019, 5, 7)), (8, "Abigail Ford", "B5", 4, D(2020, 8, 24)),
    (9, "Claire Bostock", "B5", 4, D(2020, 10, 1)), (10, "Nadia Hussain", "B5", 5, D(2021, 3, 8)),
    (11, "Jenny Whitlock", "B5", 5, D(2021, 9, 13)), (12, "Ryan Cartwright", "B5", 6, D(2022, 1, 17)),
    (13, "Sophie Marriott", "B5", 6, D(2022, 6, 6)), (14, "Helen Garside", "B5", 7, D(2022, 11, 21)),
    (15, "Kate Lambert", "B5", 7, D(2023, 3, 1)), (16, "Olu Adebayo", "B5", 4, D(2023, 9, 11)),
    (17, "Megan Pryce", "HCA", 5, D(2024, 1, 8)), (18, "Tina Walsh", "HCA", 6, D(2024, 4, 22)),
    (19, "Dawn Feather", "HCA", 7, D(2024, 9, 2)), (20, "Lucy Brampton", "B5", 3, D(2025, 5, 19)),
]  # fmt: skip
IM_BATCHES = [
    ("FL24A01", "FLU", D(2025, 1, 31), 400), ("FL24A02", "FLU", D(2025, 1, 31), 400),
    ("FL24B03", "FLU", D(2025, 2, 14), 300), ("FL24B04", "FLU", D(2025, 2, 14), 300),
    ("FL24C05", "FLU", D(2025, 2, 28), 250), ("FL24C06", "FLU", D(2025, 2, 28), 250),
    ("FL24D07", "FLU", D(2025, 3, 14), 200), ("FL24D08", "FLU", D(2025, 3, 14), 150),
    ("HP25A01", "HPV", D(2026, 8, 31), 120), ("HP25A02", "HPV", D(2026, 8, 31), 120),
    ("HP25B03", "HPV", D(2026, 11, 30), 100), ("HP25B04", "HPV", D(2025, 9, 30), 80),
    ("HP25C05", "HPV", D(2027, 1, 31), 60), ("MN25A01", "MENACWY", D(2026, 3, 31), 150),
    ("MN25A02", "MENACWY", D(2026, 3, 31), 150), ("MN25B03", "MENACWY", D(2025, 8, 31), 100),
    ("MN25B04", "MENACWY", D(2026, 6, 30), 100), ("MN25C05", "MENACWY", D(2026, 12, 31), 80),
    ("TD25A01", "TDIPV", D(2026, 5, 31), 150), ("TD25A02", "TDIPV", D(2026, 5, 31), 150),
    ("TD25B03", "TDIPV", D(2025, 7, 31), 100), ("TD25B04", "TDIPV", D(2026, 10, 31), 100),
]  # fmt: skip


def build_immunisation(path: Path) -> None:
    r = random.Random(67003)
    c = fresh_db(
        path,
        """
        CREATE TABLE SCHOOL (SCHLCD TEXT PRIMARY KEY, SCHLNM TEXT NOT NULL, TOWNNM TEXT NOT NULL,
            PHASECD TEXT NOT NULL, ROLLCNT INTEGER NOT NULL);
        CREATE TABLE NURSE (NURSEID INTEGER PRIMARY KEY, NURSENM TEXT NOT NULL, GRADECD TEXT NOT NULL,
            LEADID INTEGER REFERENCES NURSE(NURSEID), STARTDT INTEGER NOT NULL);
        CREATE TABLE BATCH (BATCHNO TEXT PRIMARY KEY, VACCCD TEXT NOT NULL, EXPRYDT INTEGER NOT NULL,
            DOSERCV INTEGER NOT NULL);
        CREATE TABLE SESSN (SESSNID INTEGER PRIMARY KEY, SCHLCD TEXT NOT NULL REFERENCES SCHOOL(SCHLCD),
            SESSDT INTEGER NOT NULL, VACCCD TEXT NOT NULL, LEADNURS INTEGER NOT NULL REFERENCES NURSE(NURSEID),
            STATCD TEXT NOT NULL);
        CREATE TABLE PUPIL (PUPILID INTEGER PRIMARY KEY, FRSTNM TEXT NOT NULL, SURNAME TEXT NOT NULL,
            BIRTHDT INTEGER NOT NULL, SCHLCD TEXT NOT NULL REFERENCES SCHOOL(SCHLCD), YEARGRP INTEGER NOT NULL,
            CONSNTCD TEXT NOT NULL);
        CREATE TABLE DOSE (DOSEID INTEGER PRIMARY KEY, PUPILID INTEGER NOT NULL REFERENCES PUPIL(PUPILID),
            SESSNID INTEGER NOT NULL REFERENCES SESSN(SESSNID), BATCHNO TEXT REFERENCES BATCH(BATCHNO),
            ADMINBY INTEGER REFERENCES NURSE(NURSEID), OUTCMCD TEXT NOT NULL);
        """,
    )
    insert(c, "SCHOOL", IM_SCHOOLS)
    insert(c, "NURSE", [(i, n, g, lead, _ymd(s)) for i, n, g, lead, s in IM_NURSES])
    insert(c, "BATCH", [(b, v, _ymd(e), n) for b, v, e, n in IM_BATCHES])
    # pupils (a sample of each school's register: the children the team holds records for)
    pupils = []
    names = full_names(r, 260)
    for code, _nm, _t, phase, _roll in IM_SCHOOLS:
        years = range(0, 7) if phase == "PRI" else range(7, 12)
        for _ in range(8 if phase == "PRI" else 14):
            yr = r.choice(list(years)) if phase == "PRI" else r.choice([7, 8, 8, 9, 9, 10, 11])
            born = day_between(r, D(2019 - yr, 9, 1), D(2020 - yr, 8, 31))
            x = r.random()
            consent = "Y" if x < 0.74 else "N" if x < 0.88 else "P"
            first, last = names[len(pupils)].split(" ")
            pupils.append((len(pupils) + 1, first, last, _ymd(born), code, yr, consent))
    insert(c, "PUPIL", pupils)
    # sessions
    sessions = []
    lead_nurses = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
    for code, _nm, _t, phase, _roll in IM_SCHOOLS:
        flu = day_between(r, D(2024, 9, 23), D(2024, 12, 13))
        while flu.weekday() >= 5:
            flu += _days(1)
        if code in ("SC104", "SC110", "SC203"):
            sessions.append([code, flu, "FLU", r.choice(lead_nurses), "X"])
            flu += _days(r.randint(14, 30))
            while flu.weekday() >= 5:
                flu += _days(1)
        sessions.append([code, flu, "FLU", r.choice(lead_nurses), "C"])
        if r.random() < 0.3:
            catch = flu + _days(r.randint(21, 45))
            while catch.weekday() >= 5:
                catch += _days(1)
            sessions.append([code, catch, "FLU", r.choice(lead_nurses), "C"])
        if phase == "SEC":
            hpv = day_between(r, D(2025, 1, 13), D(2025, 3, 28))
            while hpv.weekday() >= 5:
                hpv += _days(1)
            sessions.append([code, hpv, "HPV", r.choice(lead_nurses), "X" if code == "SC206" else "C"])
            men = day_between(r, D(2025, 4, 28), D(2025, 7, 18))
            while men.weekday() >= 5 or men == TODAY:
                men += _days(1)
            st = "C" if men < TODAY else "P"
            sessions.append([code, men, "MENACWY", r.choice(lead_nurses), st])
            sessions.append([code, men, "TDIPV", r.choice(lead_nurses), st])
            if code in ("SC202", "SC206"):  # an HPV catch-up (SC206's first HPV session was cancelled)
                sessions.append([code, D(2025, 6, 24) if code == "SC206" else D(2025, 7, 8), "HPV", 3, "P"])
    sessions.sort(key=lambda s: (s[1], s[0], s[2]))
    insert(c, "SESSN", [(k, s[0], _ymd(s[1]), s[2], s[3], s[4]) for k, s in enumerate(sessions, 1)])
    doses = []
    nurses_at = [n[0] for n in IM_NURSES if n[0] != 1]
    for k, (code, day, vacc, lead, st) in enumerate(sessions, 1):
        if st != "C":
            continue
        elig = {"FLU": range(0, 12), "HPV": (8,), "MENACWY": (9,), "TDIPV": (9,)}[vacc]
        batches = [b for b, v, e, _n in IM_BATCHES if v == vacc and e > day]
        is_catch = vacc == "FLU" and any(
            s[0] == code and s[2] == "FLU" and s[4] == "C" and s[1] < day for s in sessions
        )
        team = [lead, *r.sample([n for n in nurses_at if n != lead and IM_NURSES[n - 1][4] <= day], 2)]
        for p in pupils:
            if p[4] != code or p[5] not in elig or p[6] != "Y":
                continue
            done_flu = any(dd[0] == p[0] and dd[4] == "V" and sessions[dd[1] - 1][2] == "FLU" for dd in doses)
            if is_catch and done_flu:  # a catch-up is only for those not yet vaccinated against flu
                continue
            x = r.random()
            outcome = "V" if x < 0.8 else "A" if x < 0.9 else "R" if x < 0.96 else "U"
            batch = r.choice(batches) if outcome == "V" else None
            nurse = (lead if r.random() < 0.5 else r.choice(team)) if outcome == "V" else None
            doses.append((p[0], k, batch, nurse, outcome))
    insert(c, "DOSE", [(k, *d) for k, d in enumerate(doses, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- stopsmoking
SS_VENUES = [
    ("Beeston Health Centre", "GP Surgery", "Beeston"), ("Bulwell Riverside Centre", "Community Centre", "Bulwell"),
    ("Clifton Cornerstone", "Community Centre", "Clifton"), ("Arnold Health Centre", "GP Surgery", "Arnold"),
    ("Boots Victoria Centre", "Pharmacy", "Nottingham"), ("Lloyds Pharmacy Carlton", "Pharmacy", "Carlton"),
    ("Hucknall Library", "Library", "Hucknall"), ("Mansfield Road Surgery", "GP Surgery", "Nottingham"),
    ("Sherwood Pharmacy", "Pharmacy", "Sherwood"), ("St Ann's Valley Centre", "Community Centre", "Nottingham"),
    ("West Bridgford Library", "Library", "West Bridgford"), ("Radford Health Centre", "GP Surgery", "Radford"),
    ("Meadows Pharmacy", "Pharmacy", "Meadows"), ("Stapleford Care Centre", "GP Surgery", "Stapleford"),
    ("Eastwood Pharmacy", "Pharmacy", "Eastwood"), ("Netherfield Community Hub", "Community Centre", "Netherfield"),
    ("City Hospital Outpatients", "Hospital", "Nottingham"), ("Queen's Medical Centre Maternity", "Hospital", "Nottingham"),
    ("Carlton Library", "Library", "Carlton"), ("Hyson Green Pharmacy", "Pharmacy", "Hyson Green"),
]  # fmt: skip
SS_ADVISORS = [
    ("Denise Whitworth", "Specialist Advisor", D(2014, 3, 10), 1), ("Gary Fenwick", "Specialist Advisor", D(2016, 9, 5), 1),
    ("Yasmin Akhtar", "Specialist Advisor", D(2018, 1, 22), 1), ("Carol Bentley", "Level 2 Advisor", D(2017, 5, 2), 0),
    ("Trevor Oakes", "Pharmacist", D(2015, 11, 16), 1), ("Paula Dixon", "Level 2 Advisor", D(2019, 2, 11), 1),
    ("Hamid Rashid", "Pharmacist", D(2019, 7, 8), 1), ("Kelly Marsh", "Level 2 Advisor", D(2020, 3, 2), 1),
    ("Steve Roper", "Level 2 Advisor", D(2020, 10, 19), 0), ("Amy Collier", "Specialist Advisor", D(2021, 4, 12), 1),
    ("Jasbir Sandhu", "Pharmacist", D(2021, 8, 30), 1), ("Nicola Horne", "Level 2 Advisor", D(2022, 1, 24), 1),
    ("Darren Platt", "Level 2 Advisor", D(2022, 6, 13), 1), ("Leanne Kirk", "Midwife Advisor", D(2022, 9, 5), 1),
    ("Omar Farouk", "Pharmacist", D(2023, 2, 20), 1), ("Bridget Lacey", "Level 2 Advisor", D(2023, 6, 1), 0),
    ("Wayne Hibbert", "Level 2 Advisor", D(2023, 11, 6), 1), ("Fatima Noor", "Specialist Advisor", D(2024, 3, 18), 1),
    ("Chris Ogden", "Pharmacist", D(2024, 8, 12), 1), ("Rosie Thackeray", "Midwife Advisor", D(2025, 1, 6), 1),
]  # fmt: skip
SS_PRODUCTS = [
    ("NiQuitin Clear 21mg Patch (7)", "Patch", 11.20), ("NiQuitin Clear 14mg Patch (7)", "Patch", 10.40),
    ("NiQuitin Clear 7mg Patch (7)", "Patch", 9.60), ("Nicorette Invisi 25mg Patch (7)", "Patch", 12.35),
    ("Nicorette Invisi 15mg Patch (7)", "Patch", 11.50), ("Nicotinell 4mg Gum (96)", "Gum", 14.10),
    ("Nicotinell 2mg Gum (96)", "Gum", 12.60), ("Nicorette Icy White 4mg Gum (105)", "Gum", 15.25),
    ("NiQuitin 4mg Lozenge (72)", "Lozenge", 13.80), ("NiQuitin 2mg Lozenge (72)", "Lozenge", 12.90),
    ("Nicotinell Mint 1mg Lozenge (96)", "Lozenge", 11.75), ("Nicorette 15mg Inhalator (20)", "Inhalator", 17.40),
    ("Nicorette QuickMist Mouth Spray", "Spray", 16.99), ("Nicorette Nasal Spray", "Spray", 18.50),
    ("NiQuitin Minis 4mg (60)", "Lozenge", 14.40), ("Nicorette Microtab 2mg (100)", "Microtab", 15.90),
    ("Varenicline 0.5mg Starter Pack", "Medication", 27.30), ("Varenicline 1mg (56)", "Medication", 54.60),
    ("Cytisine 1.5mg (100)", "Medication", 24.00), ("Vape Starter Kit", "E-cigarette", 19.99),
]  # fmt: skip
SS_OUTCOMES = ["Quit - CO verified", "Quit - self-reported", "Not quit", "Lost to follow-up"]


def build_stopsmoking(path: Path) -> None:
    r = random.Random(67004)
    c = fresh_db(
        path,
        """
        CREATE TABLE Venues (lngVenueID INTEGER PRIMARY KEY, strVenueName TEXT NOT NULL, strVenueType TEXT NOT NULL,
            strTown TEXT NOT NULL);
        CREATE TABLE Advisors (lngAdvisorID INTEGER PRIMARY KEY, strAdvisorName TEXT NOT NULL, strRole TEXT NOT NULL,
            dtTrained DATE NOT NULL, bActive INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE Clients (lngClientID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
            strGender TEXT NOT NULL, dtBirth DATE NOT NULL, intCigsPerDay INTEGER NOT NULL,
            dtRegistered DATE NOT NULL, dtQuitDate DATE, lngAdvisorID INTEGER NOT NULL
            REFERENCES Advisors(lngAdvisorID), lngVenueID INTEGER NOT NULL REFERENCES Venues(lngVenueID),
            lngReferredByID INTEGER REFERENCES Clients(lngClientID), strOutcome TEXT);
        CREATE TABLE Visits (lngVisitID INTEGER PRIMARY KEY, lngClientID INTEGER NOT NULL
            REFERENCES Clients(lngClientID), dtVisit DATE NOT NULL, intWeekNo INTEGER NOT NULL,
            intCOppm INTEGER NOT NULL, bSmokeFree INTEGER NOT NULL);
        CREATE TABLE Products (lngProductID INTEGER PRIMARY KEY, strProductName TEXT NOT NULL,
            strProductType TEXT NOT NULL, curUnitCost REAL NOT NULL);
        CREATE TABLE Supplies (lngSupplyID INTEGER PRIMARY KEY, lngClientID INTEGER NOT NULL
            REFERENCES Clients(lngClientID), lngProductID INTEGER NOT NULL REFERENCES Products(lngProductID),
            dtIssued DATE NOT NULL, intQty INTEGER NOT NULL);
        """,
    )
    insert(c, "Venues", [(k, *v) for k, v in enumerate(SS_VENUES, 1)])
    insert(c, "Advisors", [(k, n, ro, _iso(t), a) for k, (n, ro, t, a) in enumerate(SS_ADVISORS, 1)])
    insert(c, "Products", [(k, *p) for k, p in enumerate(SS_PRODUCTS, 1)])
    used_venues = [k for k in range(1, 21) if k not in (11, 19)]  # two libraries have never hosted a client
    aweights = [6, 5, 7, 3, 4, 4, 3, 5, 2, 6, 3, 4, 4, 2, 3, 1, 3, 4, 2, 1]
    clients, visits, supplies = [], [], []
    pairs = [(f, s) for f in GIVEN for s in FAMILY]
    r.shuffle(pairs)
    for k in range(1, 111):
        reg = day_between(r, D(2023, 4, 1), D(2025, 6, 6))
        adv = r.choices(range(1, 21), aweights)[0]
        while SS_ADVISORS[adv - 1][2] > reg:
            adv = r.choices(range(1, 21), aweights)[0]
        midwife = SS_ADVISORS[adv - 1][1] == "Midwife Advisor"
        first, last = next(p for p in pairs if p[0] in FEMALE or not midwife)
        pairs.remove((first, last))
        gender = "F" if first in FEMALE else "M"
        born = day_between(r, D(1950, 1, 1), D(2006, 12, 31))
        cigs = r.choice([5, 8, 10, 10, 12, 15, 15, 20, 20, 20, 25, 30])
        if k == 77:
            cigs = 60
        quit_d = reg + _days(r.randint(5, 21)) if r.random() < 0.92 else None
        if quit_d and quit_d > LAST:
            quit_d = None
        referred_by = r.randint(1, k - 1) if k > 20 and r.random() < 0.15 else None
        if quit_d is None:
            outcome = None
        elif quit_d + _days(28) > LAST:
            outcome = "In progress"
        else:
            outcome = r.choices(SS_OUTCOMES, [35, 12, 33, 20])[0]
        clients.append((k, first, last, gender, _iso(born), cigs, _iso(reg), _iso(quit_d), adv,
                        r.choice(used_venues), referred_by, outcome))  # fmt: skip
        # visits: a first appointment at registration, then weekly after the quit date
        co = r.randint(12, 45)
        visits.append((k, reg, 0, co, 0))
        if quit_d:
            smoke_free = outcome in ("Quit - CO verified", "Quit - self-reported")
            for w in (1, 2, 4):
                vd = quit_d + _days(7 * w)
                if vd > LAST or (outcome == "Lost to follow-up" and w > r.randint(1, 2)):
                    break
                if outcome == "Not quit" and w > 2 and r.random() < 0.5:
                    break
                free = 1 if smoke_free or (outcome == "In progress" and r.random() < 0.6) else int(r.random() < 0.3)
                visits.append((k, vd, w, r.randint(1, 9) if free else r.randint(10, 35), free))
            products = r.sample(range(1, 21), r.choice([1, 1, 2, 2]))
            for p in products:
                for w in range(0, 2 if outcome != "Lost to follow-up" else 1):
                    issued = quit_d - _days(2) + _days(14 * w)
                    if issued <= LAST:
                        supplies.append((k, p, issued, r.choice([1, 1, 2])))
    insert(c, "Clients", clients)
    visits.sort(key=lambda v: (v[1], v[0]))
    insert(c, "Visits", [(k, v[0], _iso(v[1]), *v[2:]) for k, v in enumerate(visits, 1)])
    supplies.sort(key=lambda s: (s[2], s[0], s[1]))
    insert(c, "Supplies", [(k, s[0], s[1], _iso(s[2]), s[3]) for k, s in enumerate(supplies, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- invigilation
IV_CENTRES = [
    ("14021", "Ashcombe School", "Dorking", "Secondary School"), ("14077", "Reigate College", "Reigate", "Sixth Form College"),
    ("14103", "Oakwood School", "Horley", "Secondary School"), ("14150", "East Surrey College", "Redhill", "FE College"),
    ("14188", "The Beacon School", "Banstead", "Secondary School"), ("14212", "Warlingham School", "Warlingham", "Secondary School"),
    ("14236", "Glyn School", "Epsom", "Secondary School"), ("14260", "Esher Sixth Form College", "Esher", "Sixth Form College"),
    ("14291", "Nescot College", "Ewell", "FE College"), ("14305", "Guildford County School", "Guildford", "Secondary School"),
    ("14333", "Godalming College", "Godalming", "Sixth Form College"), ("14350", "Farnham Heath End School", "Farnham", "Secondary School"),
    ("14372", "Brooklands College", "Weybridge", "FE College"), ("14398", "Therfield School", "Leatherhead", "Secondary School"),
    ("14410", "St Bede's School", "Redhill", "Secondary School"), ("14436", "Hazelwick School", "Crawley", "Secondary School"),
    ("14459", "Oxted School", "Oxted", "Secondary School"), ("14480", "Surrey Tutorial Exam Centre", "Guildford", "Private Candidate Centre"),
    ("14502", "Collingwood College", "Camberley", "Secondary School"), ("14525", "Strode's College", "Egham", "Sixth Form College"),
]  # fmt: skip
IV_PAPERS = [
    ("8300/1F", "AQA", "Mathematics", "GCSE", "F", 90), ("8300/1H", "AQA", "Mathematics", "GCSE", "H", 90),
    ("8300/2H", "AQA", "Mathematics", "GCSE", "H", 90), ("8700/1", "AQA", "English Language", "GCSE", None, 105),
    ("8700/2", "AQA", "English Language", "GCSE", None, 105), ("8702/1", "AQA", "English Literature", "GCSE", None, 105),
    ("8464/B/1H", "AQA", "Combined Science: Biology", "GCSE", "H", 75), ("8464/C/1F", "AQA", "Combined Science: Chemistry", "GCSE", "F", 75),
    ("8035/1", "AQA", "Geography", "GCSE", None, 90), ("7357/1", "AQA", "Mathematics", "A level", None, 120),
    ("7402/1", "AQA", "Biology", "A level", None, 120), ("7182/1", "AQA", "Psychology", "A level", None, 120),
    ("1MA1/1H", "Edexcel", "Mathematics", "GCSE", "H", 90), ("1MA1/1F", "Edexcel", "Mathematics", "GCSE", "F", 90),
    ("1HI0/10", "Edexcel", "History", "GCSE", None, 75), ("1HI0/31", "Edexcel", "History", "GCSE", None, 80),
    ("1RB0/1A", "Edexcel", "Religious Studies", "GCSE", None, 105), ("9MA0/01", "Edexcel", "Mathematics", "A level", None, 120),
    ("9EC0/01", "Edexcel", "Economics", "A level", None, 120), ("9HI0/1D", "Edexcel", "History", "A level", None, 135),
    ("J560/04", "OCR", "Mathematics", "GCSE", "H", 90), ("J277/01", "OCR", "Computer Science", "GCSE", None, 90),
    ("J587/01", "OCR", "Physical Education", "GCSE", None, 60), ("H446/01", "OCR", "Computer Science", "A level", None, 150),
    ("H556/01", "OCR", "Physics", "A level", None, 135), ("H432/01", "OCR", "Chemistry", "A level", None, 135),
    ("C720U10-1", "WJEC Eduqas", "English Literature", "GCSE", None, 120), ("C560P1", "WJEC Eduqas", "Film Studies", "GCSE", None, 90),
    ("A670U10-1", "WJEC Eduqas", "Film Studies", "A level", None, 150), ("C120P1", "WJEC Eduqas", "Religious Studies", "GCSE", None, 120),
]  # fmt: skip
IV_INVIGILATORS = [
    ("INV001", "Margaret Ellwood", "Dorking", D(2016, 4, 12), 1350, "Y"), ("INV002", "Brian Hatcher", "Reigate", D(2016, 4, 12), 1300, "Y"),
    ("INV003", "Susan Pike", "Redhill", D(2017, 3, 20), 1250, "N"), ("INV004", "Graham Lofthouse", "Epsom", D(2017, 3, 20), 1300, "Y"),
    ("INV005", "Patricia Neale", "Guildford", D(2018, 4, 9), 1250, "N"), ("INV006", "Derek Swann", "Banstead", D(2018, 4, 9), 1250, "N"),
    ("INV007", "Linda Harcourt", "Horley", D(2019, 3, 25), 1200, "N"), ("INV008", "Anthony Blake", "Esher", D(2019, 3, 25), 1350, "Y"),
    ("INV009", "Janice Morley", "Camberley", D(2020, 10, 5), 1200, "N"), ("INV010", "Roger Pennington", "Leatherhead", D(2021, 4, 19), 1200, "N"),
    ("INV011", "Kathleen Dyer", "Oxted", D(2021, 4, 19), 1200, "N"), ("INV012", "Malcolm Fry", "Crawley", D(2022, 3, 14), 1250, "Y"),
    ("INV013", "Pauline Gibbs", "Farnham", D(2022, 3, 14), 1150, "N"), ("INV014", "Stuart Keane", "Godalming", D(2022, 11, 7), 1150, "N"),
    ("INV015", "Valerie Shaw", "Egham", D(2023, 3, 27), 1150, "N"), ("INV016", "Nigel Ashdown", "Weybridge", D(2023, 3, 27), 1150, "N"),
    ("INV017", "Heather Quinn", "Redhill", D(2024, 3, 18), 1100, "N"), ("INV018", "Colin Rudd", "Dorking", D(2024, 3, 18), 1100, "N"),
    ("INV019", "Sheila Barton", "Ewell", D(2024, 4, 22), 1100, "N"), ("INV020", "Ian Mortimer", "Guildford", D(2025, 3, 10), 1100, "N"),
    ("INV021", "Beverley Stone", "Reigate", D(2025, 3, 10), 1100, "N"), ("INV022", "Keith Lyall", "Warlingham", D(2025, 4, 28), 1100, "N"),
]  # fmt: skip
IV_INCIDENTS = ["Mobile phone found", "Candidate late", "Candidate taken ill", "Fire alarm", "Suspected malpractice",
                "Wrong paper issued", "Noise disturbance", "Candidate left early"]  # fmt: skip


def build_invigilation(path: Path) -> None:
    r = random.Random(67005)
    c = fresh_db(
        path,
        """
        CREATE TABLE centre (centre_no TEXT PRIMARY KEY, centre_name TEXT NOT NULL, town TEXT NOT NULL,
            centre_type TEXT NOT NULL);
        CREATE TABLE paper (paper_code TEXT PRIMARY KEY, board TEXT NOT NULL, subject TEXT NOT NULL,
            qualification TEXT NOT NULL, tier TEXT, duration_min INTEGER NOT NULL);
        CREATE TABLE invigilator (invig_ref TEXT PRIMARY KEY, full_name TEXT NOT NULL, home_town TEXT NOT NULL,
            trained_on TEXT NOT NULL, hourly_rate_pence INTEGER NOT NULL, is_lead TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE sitting (centre_no TEXT NOT NULL REFERENCES centre(centre_no),
            paper_code TEXT NOT NULL REFERENCES paper(paper_code), sit_date TEXT NOT NULL, session TEXT NOT NULL,
            entries INTEGER NOT NULL, absent INTEGER, PRIMARY KEY (centre_no, paper_code, sit_date));
        CREATE TABLE duty (invig_ref TEXT NOT NULL REFERENCES invigilator(invig_ref),
            centre_no TEXT NOT NULL REFERENCES centre(centre_no), duty_date TEXT NOT NULL, session TEXT NOT NULL,
            hours REAL NOT NULL, role TEXT NOT NULL, PRIMARY KEY (invig_ref, duty_date, session));
        CREATE TABLE incident (centre_no TEXT NOT NULL, paper_code TEXT NOT NULL, sit_date TEXT NOT NULL,
            incident_no INTEGER NOT NULL, incident_type TEXT NOT NULL,
            reported_by TEXT NOT NULL REFERENCES invigilator(invig_ref), minutes_lost INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (centre_no, paper_code, sit_date, incident_no),
            FOREIGN KEY (centre_no, paper_code, sit_date) REFERENCES sitting(centre_no, paper_code, sit_date));
        """,
    )
    insert(c, "centre", IV_CENTRES)
    insert(c, "paper", IV_PAPERS)
    insert(c, "invigilator", [(a, n, t, _iso(d), p, ld) for a, n, t, d, p, ld in IV_INVIGILATORS])
    # each paper has one national date and session per series; the last paper (C120P1) was never sat
    timetable: dict[tuple[int, str], tuple[dt.date, str]] = {}
    for year, lo, hi in ((2024, D(2024, 5, 13), D(2024, 6, 21)), (2025, D(2025, 5, 12), D(2025, 6, 24))):
        for code, *_rest in IV_PAPERS[:-1]:
            d = day_between(r, lo, hi)
            while d.weekday() >= 5:
                d += _days(1)
            timetable[(year, code)] = (d, r.choice(["AM", "PM"]))
    sittings = []
    for cno, _n, _t, ctype in IV_CENTRES:
        quals = {"Secondary School": ("GCSE",), "Sixth Form College": ("A level",)}.get(ctype, ("GCSE", "A level"))
        papers = [p for p in IV_PAPERS[:-1] if p[3] in quals]
        for year in (2024, 2025):
            for p in r.sample(papers, min(len(papers), r.randint(3, 6))):
                d, sess = timetable[(year, p[0])]
                entries = r.randint(8, 40) if ctype == "Private Candidate Centre" else r.randint(25, 240)
                absent = r.randint(0, max(1, entries // 20)) if d <= LAST else None
                sittings.append((cno, p[0], d, sess, entries, absent))
    sittings.sort(key=lambda s: (s[2], s[0], s[1]))
    insert(c, "sitting", [(s[0], s[1], _iso(s[2]), *s[3:]) for s in sittings])
    duties: dict[tuple[str, dt.date, str], tuple[str, float, str]] = {}
    never = {"INV022"}
    pool = [i for i in IV_INVIGILATORS if i[0] not in never]
    iweights = [3, 3, 2, 3, 2, 2, 2, 3, 1, 2, 2, 3, 1, 2, 1, 1, 2, 1, 2, 1, 1]
    for cno, code, d, sess, entries, _a in sittings:
        paper = next(p for p in IV_PAPERS if p[0] == code)
        need = 1 if entries < 120 else 2
        got = sum(1 for (_i, dd, ss), v in duties.items() if dd == d and ss == sess and v[0] == cno)
        for _ in range(max(0, need - got)):
            free = [(i, w) for i, w in zip(pool, iweights, strict=True) if i[3] <= d and (i[0], d, sess) not in duties]
            if not free:
                break
            inv = r.choices([i for i, _w in free], [w for _i, w in free])[0]
            role = "Lead" if inv[5] == "Y" and got == 0 else "Room"
            duties[(inv[0], d, sess)] = (cno, -(-(paper[5] + 30) // 15) / 4, role)
            got += 1
    rows = [(i, v[0], _iso(d), s, v[1], v[2]) for (i, d, s), v in duties.items()]
    rows.sort(key=lambda x: (x[2], x[3], x[1], x[0]))
    insert(c, "duty", rows)
    incidents = []
    past = [s for s in sittings if s[2] <= LAST]
    for s in r.sample(past, 34):
        n = 1 if r.random() < 0.85 else 2
        staff = [i for (i, d, ss), v in duties.items() if v[0] == s[0] and d == s[2] and ss == s[3]]
        if not staff:
            continue
        for k in range(1, n + 1):
            typ = r.choices(IV_INCIDENTS, [8, 10, 6, 2, 3, 1, 3, 4])[0]
            lost = r.randint(10, 35) if typ == "Fire alarm" else r.randint(0, 5) if typ == "Noise disturbance" else 0
            incidents.append((s[0], s[1], _iso(s[2]), k, typ, r.choice(staff), lost))
    incidents.sort(key=lambda x: (x[2], x[0], x[1], x[3]))
    insert(c, "incident", incidents)
    done(c)


# --------------------------------------------------------------------------------------------------- mobilityloans
ML_TYPES = [
    ("Self-propelled Wheelchair", "Wheelchair", 500, 4000), ("Transit Wheelchair", "Wheelchair", 400, 3000),
    ("Lightweight Folding Wheelchair", "Wheelchair", 500, 4000), ("Bariatric Wheelchair", "Wheelchair", 700, 6000),
    ("Walking Frame (Zimmer)", "Walking Aid", 150, 1000), ("Wheeled Walking Frame", "Walking Aid", 200, 1500),
    ("Rollator", "Walking Aid", 300, 2000), ("Elbow Crutches (pair)", "Walking Aid", 100, 1000),
    ("Walking Stick", "Walking Aid", 50, 500), ("Commode Chair", "Bathroom", 200, 1500),
    ("Raised Toilet Seat", "Bathroom", 100, 800), ("Shower Stool", "Bathroom", 100, 800),
    ("Bath Board", "Bathroom", 100, 800), ("Toilet Frame", "Bathroom", 100, 800),
    ("Bed Lever", "Bedroom", 150, 1000), ("Over-bed Table", "Bedroom", 150, 1200),
    ("Pressure Cushion", "Bedroom", 200, 1500), ("Mobility Scooter (Class 2)", "Scooter", 1500, 10000),
    ("Boot Scooter", "Scooter", 1200, 8000), ("Perching Stool", "Bathroom", 100, 800),
]  # fmt: skip
ML_TWEIGHTS = [10, 12, 6, 2, 8, 6, 9, 5, 4, 5, 4, 4, 2, 3, 2, 2, 3, 3, 2, 1]
ML_VOLUNTEERS = [
    ("Pauline Hargreaves", "Service Coordinator", None, D(2014, 5, 1), "Y"),
    ("Geoff Stansfield", "Depot Lead", 1, D(2015, 3, 9), "Y"), ("Mary Liddle", "Depot Lead", 1, D(2016, 7, 4), "Y"),
    ("Alan Cropper", "Driver", 2, D(2017, 1, 16), "Y"), ("Jean Whiteley", "Counter Volunteer", 2, D(2017, 9, 1), "Y"),
    ("Ray Tomlinson", "Repairer", 2, D(2018, 2, 5), "Y"), ("Barbara Inskip", "Counter Volunteer", 3, D(2018, 6, 11), "N"),
    ("Keith Armitage", "Driver", 3, D(2019, 4, 1), "Y"), ("Sandra Pollitt", "Counter Volunteer", 3, D(2019, 10, 7), "Y"),
    ("Derek Holroyd", "Repairer", 3, D(2020, 8, 3), "N"), ("Irene Mallinson", "Counter Volunteer", 2, D(2021, 2, 22), "Y"),
    ("Tony Greenwood", "Driver", 2, D(2021, 6, 14), "N"), ("Lesley Marsden", "Counter Volunteer", 3, D(2022, 1, 10), "Y"),
    ("Harpreet Gill", "Counter Volunteer", 2, D(2022, 5, 23), "Y"), ("Neil Sutcliffe", "Repairer", 3, D(2022, 9, 12), "Y"),
    ("Christine Dobson", "Counter Volunteer", 3, D(2023, 3, 6), "Y"), ("Phil Ackroyd", "Driver", 2, D(2023, 8, 14), "Y"),
    ("Wendy Haigh", "Counter Volunteer", 2, D(2024, 1, 15), "Y"), ("Ruth Birtwistle", "Counter Volunteer", 3, D(2024, 7, 1), "Y"),
    ("Samir Patel", "Driver", 3, D(2024, 11, 4), "Y"), ("Joan Ormerod", "Counter Volunteer", 5, D(2025, 2, 3), "Y"),
    ("Lee Crabtree", "Counter Volunteer", 9, D(2025, 5, 12), "Y"),
]  # fmt: skip


def build_mobilityloans(path: Path) -> None:
    r = random.Random(67006)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Equipment Types" ("Type ID" INTEGER PRIMARY KEY, "Type Name" TEXT NOT NULL,
            "Category" TEXT NOT NULL, "Weekly Fee" INTEGER NOT NULL, "Deposit" INTEGER NOT NULL);
        CREATE TABLE "Equipment Items" ("Asset Tag" TEXT PRIMARY KEY,
            "Type ID" INTEGER NOT NULL REFERENCES "Equipment Types"("Type ID"), "Depot" TEXT NOT NULL,
            "Purchased On" TEXT NOT NULL, "Condition" TEXT NOT NULL);
        CREATE TABLE "Borrowers" ("Borrower ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL, "Town" TEXT NOT NULL,
            "Phone" TEXT, "Referred By" TEXT NOT NULL, "Registered On" TEXT NOT NULL);
        CREATE TABLE "Volunteers" ("Volunteer ID" INTEGER PRIMARY KEY, "Volunteer Name" TEXT NOT NULL,
            "Role" TEXT NOT NULL, "Coordinator ID" INTEGER REFERENCES "Volunteers"("Volunteer ID"),
            "Joined On" TEXT NOT NULL, "Active" TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE "Loans" ("Loan ID" INTEGER PRIMARY KEY,
            "Asset Tag" TEXT NOT NULL REFERENCES "Equipment Items"("Asset Tag"),
            "Borrower ID" INTEGER NOT NULL REFERENCES "Borrowers"("Borrower ID"),
            "Issued By" INTEGER NOT NULL REFERENCES "Volunteers"("Volunteer ID"), "Loan Date" TEXT NOT NULL,
            "Due Date" TEXT NOT NULL, "Return Date" TEXT, "Fee Paid" INTEGER NOT NULL,
            "Deposit Refunded" TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE "Repairs" ("Repair ID" INTEGER PRIMARY KEY,
            "Asset Tag" TEXT NOT NULL REFERENCES "Equipment Items"("Asset Tag"), "Fault" TEXT NOT NULL,
            "Reported On" TEXT NOT NULL, "Repaired On" TEXT, "Repaired By" INTEGER REFERENCES "Volunteers"("Volunteer ID"),
            "Cost" INTEGER NOT NULL DEFAULT 0);
        """,
    )
    insert(c, "Equipment Types", [(k, *t) for k, t in enumerate(ML_TYPES, 1)])
    depots = ["Halifax", "Huddersfield", "Brighouse"]
    items = []
    for n in range(150):
        tid = r.choices(range(1, 21), ML_TWEIGHTS)[0]
        bought = day_between(r, D(2016, 1, 1), D(2025, 3, 31))
        x = r.random()
        cond = "Good" if x < 0.6 else "Fair" if x < 0.82 else "Needs Repair" if x < 0.92 else "Retired"
        items.append((f"MB{1001 + n}", tid, r.choices(depots, [5, 4, 2])[0], bought, cond))
    insert(c, "Equipment Items", [(a, t, dp, _iso(b), cd) for a, t, dp, b, cd in items])
    towns = ["Halifax", "Huddersfield", "Brighouse", "Elland", "Sowerby Bridge", "Hebden Bridge", "Todmorden",
             "Holmfirth", "Mirfield"]  # fmt: skip
    tweights = [14, 11, 6, 4, 5, 3, 2, 3, 2]
    referrers = ["Hospital discharge team", "GP", "Occupational therapist", "Physiotherapist", "Self",
                 "Social services"]  # fmt: skip
    borrowers = []
    for k, name in enumerate(full_names(r, 170), 1):
        reg = day_between(r, D(2022, 1, 4), LAST)
        phone = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}" if r.random() < 0.85 else None
        borrowers.append((k, name, r.choices(towns, tweights)[0], phone, r.choice(referrers), _iso(reg)))
    insert(c, "Borrowers", borrowers)
    insert(c, "Volunteers", [(k, n, ro, co, _iso(j), a) for k, (n, ro, co, j, a) in enumerate(ML_VOLUNTEERS, 1)])
    busy_until: dict[str, dt.date] = {}
    loans = []
    counter = [k for k, v in enumerate(ML_VOLUNTEERS, 1) if v[1] in ("Counter Volunteer", "Depot Lead")]
    never_lent = {"MB1007", "MB1042", "MB1088", "MB1120", "MB1149"}
    for _ in range(360):
        b = r.choice(borrowers)
        reg = D.fromisoformat(b[5])
        start = day_between(r, reg, min(LAST, reg + _days(500)))
        choices = [it for it in items if it[3] < start and it[0] not in never_lent and it[4] != "Retired"
                   and busy_until.get(it[0], D(2000, 1, 1)) < start]  # fmt: skip
        if not choices:
            continue
        it = r.choice(choices)
        weeks = r.choice([2, 4, 4, 6, 8, 12])
        due = start + _days(7 * weeks)
        back = start + _days(7 * weeks + r.randint(-10, 12))
        if back > LAST:
            back = None
        if back is None and due < D(2025, 4, 1):
            back = due + _days(r.randint(0, 9))
        busy_until[it[0]] = back or D(2099, 1, 1)
        vol = r.choice([v for v in counter if ML_VOLUNTEERS[v - 1][3] <= start])
        fee = ML_TYPES[it[1] - 1][2] * weeks
        refunded = "Y" if back else "N"
        loans.append((it[0], b[0], vol, start, due, back, fee, refunded))
    loans.sort(key=lambda x: (x[3], x[0]))
    insert(c, "Loans", [(k, a, b, v, _iso(s), _iso(d), _iso(bk), f, rf) for k, (a, b, v, s, d, bk, f, rf)
                        in enumerate(loans, 1)])  # fmt: skip
    faults = {
        "Wheelchair": ["Flat tyre", "Brake not holding", "Torn upholstery", "Stiff folding mechanism"],
        "Walking Aid": ["Worn ferrule", "Loose frame", "Brake not holding"], "Bathroom": ["Cracked seat", "Loose frame"],
        "Bedroom": ["Loose frame", "Torn cover"], "Scooter": ["Battery failure", "Flat tyre", "Controller fault"],
    }  # fmt: skip
    repairers = [k for k, v in enumerate(ML_VOLUNTEERS, 1) if v[1] == "Repairer"]
    repairs = []
    for it in r.sample([i for i in items if i[4] != "Good"], 40):
        rep = day_between(r, max(it[3], D(2023, 1, 1)), LAST)
        fixed = rep + _days(r.randint(2, 30)) if it[4] != "Needs Repair" else None
        if fixed and fixed > LAST:
            fixed = None
        fault = r.choice(faults[ML_TYPES[it[1] - 1][1]])
        cost = r.randint(3, 60) * 100 + r.choice([0, 50]) if fixed else 0
        by = r.choice([v for v in repairers if ML_VOLUNTEERS[v - 1][4] == "Y" or v == 10]) if fixed else None
        repairs.append((it[0], fault, rep, fixed, by, cost))
    repairs.sort(key=lambda x: (x[2], x[0]))
    insert(
        c, "Repairs", [(k, a, f, _iso(rp), _iso(fx), by, cost) for k, (a, f, rp, fx, by, cost) in enumerate(repairs, 1)]
    )
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "speechtherapy": build_speechtherapy,
    "ambulance": build_ambulance,
    "immunisation": build_immunisation,
    "stopsmoking": build_stopsmoking,
    "invigilation": build_invigilation,
    "mobilityloans": build_mobilityloans,
}
