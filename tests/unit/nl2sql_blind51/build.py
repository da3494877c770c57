"""Six health, leisure and household-service databases for the fifty-first blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: past rows are dated up to 2025-06-14, and bookings, appointments, outings and
sessions still to come lie after it.

- ``dayspa`` (short singular table names with a version suffix, ordinary snake_case columns): a day spa.
  ``client_v2`` (``is_member`` 0/1), ``therapist_v2``, ``treatment_v2`` (category, minutes, price), the link table
  ``therapist_treatment2`` (who is trained in what), ``booking_v2`` (``starts_at`` 'YYYY-MM-DD HH:MM:SS', status
  completed / cancelled / no-show / booked), ``voucher_v2`` (gift vouchers, ``redeemed_on`` NULL while unused) and
  ``review_v2`` (1-5 stars on a booking).
- ``podiatry`` (camelCase columns with abbreviations: ``ptFirstNm``, ``apptDt``, ``feeAmt``, ``qtyOrd``): a foot
  clinic. ``patient`` (``diabFlg`` 0/1), ``clinician``, ``proc`` (procedure codes with a standard fee), ``appt``
  (``apptStat`` attended / did not attend / cancelled / booked), the link table ``apptProc`` (procedures done at an
  attended appointment and the fee charged) and ``orthOrd`` (orthotic insoles ordered from a lab, ``rcvDt`` NULL
  until they arrive).
- ``surfcamp`` (plain snake_case plural tables, every amount beside a currency code column GBP / EUR / USD): a surf
  school running camps in Cornwall, Devon, Portugal, France, Morocco and Costa Rica. ``guests``, ``packages``,
  ``bookings``, ``instructors``, ``lessons``, the link table ``lesson_attendees`` and ``board_rentals``.
- ``handyman`` (PascalCase tables and columns, yes/no flags stored as 'Yes'/'No' text, statuses as capitalised words
  such as 'Awaiting Parts'): a handyman and small-repairs agency. ``Customers``, ``Tradespeople``, ``Skills``, the
  link table ``TradespersonSkills``, ``Jobs``, ``Invoices`` and ``Materials``.
- ``birdwatch`` (singular snake_case tables; the tag table ``habitat`` with the link ``site_habitat``; self-referencing
  ``site.parent_site_id``: hides, trails and scrapes inside a reserve): a birdwatching club. ``member``, ``site``,
  ``habitat``, ``site_habitat``, ``species``, ``outing`` (``leader_id`` a member; some to come) and ``sighting``.
- ``counselling`` (snake_case plural tables; event times as Unix epoch seconds in INTEGER ``*_ts`` columns beside
  ordinary ISO dates): a counselling service. ``counsellors``, ``clients`` (``consent_ts``), ``therapy_types``, the
  link table ``counsellor_therapies``, ``sessions`` (``session_date`` ISO, ``scheduled_ts`` and ``ended_ts`` epoch),
  ``payments`` (``paid_ts`` epoch only) and ``waitlist`` (``offered_ts`` NULL until a place is offered).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)
HORIZON = D(2025, 8, 31)

FIRST = [
    "Abigail", "Adam", "Aisha", "Alfie", "Amber", "Arjun", "Beth", "Callum", "Charlotte", "Connor", "Daisy",
    "Dylan", "Eleanor", "Ethan", "Freya", "George", "Hannah", "Harvey", "Holly", "Isaac", "Jasmine", "Joel",
    "Lauren", "Lewis", "Lucy", "Martha", "Mohammed", "Naomi", "Nathan", "Phoebe", "Rhys", "Rory", "Sienna",
    "Toby", "Zoe", "Kieran",
]  # fmt: skip
SURNAMES = [
    "Ahmed", "Bell", "Bradley", "Chapman", "Clarke", "Cole", "Davies", "Dixon", "Ellis", "Fletcher", "Gill",
    "Harper", "Holmes", "Howard", "Hunt", "Khan", "Lloyd", "Marsh", "Mason", "Mills", "Norris", "Palmer",
    "Pearce", "Porter", "Price", "Rees", "Riley", "Sharp", "Stevens", "Ward", "Webb", "Wilkins",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs."""
    pairs = [(f, s) for f in FIRST for s in SURNAMES]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _stamp(d: dt.date, hour: int, minute: int = 0, second: int = 0) -> str:
    return f"{d.isoformat()} {hour:02d}:{minute:02d}:{second:02d}"


def _epoch(d: dt.date, hour: int, minute: int = 0, second: int = 0) -> int:
    """Seconds since 1970-01-01 00:00:00 UTC of ``d`` at the given time (read as UTC)."""
    return calendar.timegm((d.year, d.month, d.day, hour, minute, second, 0, 0, 0))


def _yes(flag: bool) -> str:
    return "Yes" if flag else "No"


def _weighted(r: random.Random, items: list[int], weights: list[float]) -> int:
    return r.choices(items, weights=weights)[0]


# ---------------------------------------------------------------------------------------------------------- dayspa
DS_TREATMENTS = [
    ("Swedish Massage", "Massage", 60, 65.00), ("Deep Tissue Massage", "Massage", 60, 72.00),
    ("Hot Stone Massage", "Massage", 75, 85.00), ("Aromatherapy Massage", "Massage", 60, 70.00),
    ("Back, Neck and Shoulder Massage", "Massage", 30, 42.00), ("Pregnancy Massage", "Massage", 60, 68.00),
    ("Indian Head Massage", "Massage", 30, 38.00), ("Reflexology", "Massage", 45, 50.00),
    ("Express Facial", "Facial", 30, 40.00), ("Hydrating Facial", "Facial", 60, 68.00),
    ("Anti-Ageing Facial", "Facial", 75, 89.00), ("Deep Cleansing Facial", "Facial", 60, 62.00),
    ("Teen Facial", "Facial", 30, 35.00), ("Gentleman's Facial", "Facial", 45, 55.00),
    ("Body Scrub", "Body", 45, 52.00), ("Seaweed Body Wrap", "Body", 60, 75.00),
    ("Mud Wrap", "Body", 60, 72.50), ("Full Body Exfoliation", "Body", 45, 49.50),
    ("Spray Tan", "Body", 30, 30.00), ("Detox Ritual", "Body", 90, 110.00),
    ("Manicure", "Nails", 45, 32.00), ("Gel Manicure", "Nails", 60, 38.50),
    ("Pedicure", "Nails", 45, 35.00), ("Gel Pedicure", "Nails", 60, 41.50),
    ("Luxury Hand Treatment", "Nails", 30, 27.50), ("Nail Art Add-on", "Nails", 15, 9.50),
    ("Leg Wax Full", "Hair Removal", 45, 36.00), ("Leg Wax Half", "Hair Removal", 30, 24.00),
    ("Bikini Wax", "Hair Removal", 15, 18.00), ("Underarm Wax", "Hair Removal", 15, 12.50),
    ("Eyebrow Shape", "Hair Removal", 15, 14.00), ("Lip and Chin Wax", "Hair Removal", 15, 13.00),
    ("Eyelash Tint", "Eyes", 20, 16.00), ("Brow Lamination", "Eyes", 45, 45.00),
    ("Lash Lift", "Eyes", 45, 48.00), ("Tint and Shape Combo", "Eyes", 30, 26.00),
]  # fmt: skip
DS_CITIES = ["Bath", "Bristol", "Cheltenham", "Swindon", "Wells", "Frome", "Chippenham"]
DS_CITY_W = [30, 24, 16, 12, 8, 6, 4]


def build_dayspa(path: Path) -> None:
    r = random.Random(51001)
    c = fresh_db(
        path,
        """
        CREATE TABLE client_v2 (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, city TEXT,
            is_member INTEGER NOT NULL DEFAULT 0, joined_on DATE NOT NULL);
        CREATE TABLE therapist_v2 (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, grade TEXT NOT NULL,
            hired_on DATE NOT NULL, hourly_rate REAL NOT NULL);
        CREATE TABLE treatment_v2 (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, duration_min INTEGER NOT NULL,
            price REAL NOT NULL);
        CREATE TABLE therapist_treatment2 (
            therapist_id INTEGER NOT NULL REFERENCES therapist_v2(id),
            treatment_id INTEGER NOT NULL REFERENCES treatment_v2(id), certified_on DATE,
            PRIMARY KEY (therapist_id, treatment_id));
        CREATE TABLE booking_v2 (
            id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES client_v2(id),
            therapist_id INTEGER NOT NULL REFERENCES therapist_v2(id),
            treatment_id INTEGER NOT NULL REFERENCES treatment_v2(id), starts_at TEXT NOT NULL,
            status TEXT NOT NULL, price_paid REAL NOT NULL);
        CREATE TABLE voucher_v2 (
            id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, bought_by INTEGER NOT NULL REFERENCES client_v2(id),
            value REAL NOT NULL, issued_on DATE NOT NULL, expires_on DATE NOT NULL, redeemed_on DATE);
        CREATE TABLE review_v2 (
            id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES booking_v2(id),
            rating INTEGER NOT NULL, reviewed_on DATE NOT NULL, comment TEXT);
        """,
    )
    therapists = []
    grades = ["Junior"] * 12 + ["Senior"] * 13 + ["Lead"] * 5
    r.shuffle(grades)
    for k, (f, s) in enumerate(_names(r, 30), 1):
        g = grades[k - 1]
        rate = {"Junior": 13.5, "Senior": 17.25, "Lead": 21.0}[g] + r.choice([0, 0.5, 1.0, 1.25])
        hired = day_between(r, D(2018, 1, 1), D(2025, 3, 1))
        therapists.append((k, f, s, g, hired, rate))
    insert(c, "therapist_v2", [(k, f, s, g, _iso(h), rt) for k, f, s, g, h, rt in therapists])
    insert(c, "treatment_v2", [(k, *t) for k, t in enumerate(DS_TREATMENTS, 1)])
    skills: dict[int, list[int]] = {}
    links = []
    for k, *_rest in therapists:
        tids = sorted(r.sample(range(1, len(DS_TREATMENTS) + 1), r.randint(4, 7)))
        # treatments 33-36 (eyes) are done by few people; treatment 30 (underarm wax) by nobody new
        tids = [t for t in tids if t != 30 or k % 10 == 0]
        skills[k] = tids
        for t in tids:
            links.append((k, t, _iso(day_between(r, therapists[k - 1][4], D(2025, 3, 1)))))
    insert(c, "therapist_treatment2", links)
    clients = []
    for k, (f, s) in enumerate(_names(r, 150), 1):
        city = DS_CITIES[_weighted(r, list(range(len(DS_CITIES))), DS_CITY_W)]
        email = f"{f.lower()}.{s.lower()}@{r.choice(['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.co.uk'])}"
        clients.append((k, f, s, email, city, int(r.random() < 0.4), _iso(day_between(r, D(2022, 1, 1), LAST))))
    insert(c, "client_v2", clients)
    member = {cl[0]: cl[5] for cl in clients}
    tw = [3.0 if k in (7, 19) else (1.8 if k == 4 else 1.0) for k in range(1, 31)]
    rows = []
    for _ in range(400):
        d = day_between(r, START, HORIZON)
        th = _weighted(r, list(range(1, 31)), tw)
        while not skills[th] or therapists[th - 1][4] > d:
            th = _weighted(r, list(range(1, 31)), tw)
        tr = r.choice(skills[th])
        cl = r.randint(1, 138)
        if d > LAST:
            st = "booked" if r.random() < 0.92 else "cancelled"
        else:
            x = r.random()
            st = "completed" if x < 0.8 else ("cancelled" if x < 0.92 else "no-show")
        price = DS_TREATMENTS[tr - 1][3]
        paid = round(price * 0.9, 2) if member[cl] else price
        if st == "cancelled":
            paid = 0.0
        rows.append((d, r.randint(9, 18), r.choice([0, 15, 30, 45]), cl, th, tr, st, paid))
    rows.sort()
    bookings = [(k, cl, th, tr, _stamp(d, h, m), st, p) for k, (d, h, m, cl, th, tr, st, p) in enumerate(rows, 1)]
    insert(c, "booking_v2", bookings)
    vouchers = []
    for k in range(1, 46):
        issued = day_between(r, D(2023, 1, 1), D(2025, 6, 10))
        used = None
        if r.random() < 0.6:
            used = issued + dt.timedelta(days=r.randint(5, 200))
            if used > LAST:
                used = None
        vouchers.append((k, f"SPA-{1000 + k * 37}", r.randint(1, 150), r.choice([25.0, 50.0, 75.0, 100.0, 150.0]),
                         _iso(issued), _iso(issued + dt.timedelta(days=365)), _iso(used)))  # fmt: skip
    insert(c, "voucher_v2", vouchers)
    comments = ["Lovely and relaxing", "Very professional", "Room was a bit cold", "Best massage I've had",
                "Running late but worth it", None, None, "Will book again"]  # fmt: skip
    done_b = [b for b in bookings if b[5] == "completed"]
    picks = sorted(r.sample(done_b, 160), key=lambda b: b[0])
    reviews = []
    for k, b in enumerate(picks, 1):
        d = D.fromisoformat(b[4][:10]) + dt.timedelta(days=r.randint(0, 6))
        rating = r.choices([5, 4, 3, 2, 1], weights=[45, 30, 13, 7, 5])[0]
        if b[2] == 12:
            rating = r.choice([5, 5, 4])
        reviews.append((k, b[0], rating, _iso(min(d, LAST)), r.choice(comments)))
    insert(c, "review_v2", reviews)
    done(c)


# -------------------------------------------------------------------------------------------------------- podiatry
PD_PROCS = [
    ("NC01", "Nail cutting", 30.00, 20), ("NC02", "Thickened nail reduction", 38.00, 30),
    ("CR01", "Corn removal", 42.00, 30), ("CL01", "Callus reduction", 40.00, 30),
    ("VR01", "Verruca treatment", 45.00, 30), ("VR02", "Verruca needling", 95.00, 45),
    ("IN01", "Ingrown toenail partial avulsion", 180.00, 60), ("IN02", "Ingrown toenail total avulsion", 220.00, 60),
    ("BA01", "Biomechanical assessment", 85.00, 60), ("GA01", "Gait analysis", 75.00, 45),
    ("DF01", "Diabetic foot review", 55.00, 40), ("DF02", "Diabetic wound dressing", 35.00, 20),
    ("OT01", "Orthotic fitting", 60.00, 30), ("OT02", "Orthotic review", 35.00, 20),
    ("FS01", "Fungal nail treatment", 48.00, 30), ("FS02", "Fungal nail laser session", 110.00, 45),
    ("PL01", "Plantar fasciitis therapy", 65.00, 45), ("SW01", "Shockwave therapy session", 90.00, 30),
    ("ST01", "Steroid injection", 120.00, 30), ("TP01", "Taping and strapping", 25.00, 15),
    ("SP01", "Sports injury assessment", 80.00, 60), ("CH01", "Children's foot check", 40.00, 30),
    ("NV01", "Neurological foot test", 30.00, 15), ("VA01", "Vascular assessment", 50.00, 30),
    ("FP01", "Padding and deflection", 28.00, 20), ("HS01", "Heel crack treatment", 36.00, 25),
    ("MP01", "Medical pedicure", 55.00, 45), ("BU01", "Bunion assessment", 70.00, 45),
    ("RE01", "Post-surgery review", 45.00, 30), ("NS01", "Nail surgery follow-up", 40.00, 20),
]  # fmt: skip
PD_PRACTICES = ["Harrogate Family Practice", "Dr Moss & Partners", "Ripon Spa Surgery", "Knaresborough Medical",
                "Nidderdale Group Practice", "Beech House Surgery", "Church Avenue Surgery"]  # fmt: skip
PD_PRACTICE_W = [26, 20, 16, 12, 10, 9, 7]
PD_LABS = ["Peacocks Orthotics", "Salts Healthcare", "Algeos", "Dorset Orthopaedic"]


def build_podiatry(path: Path) -> None:
    r = random.Random(51002)
    c = fresh_db(
        path,
        """
        CREATE TABLE clinician (
            clinId INTEGER PRIMARY KEY, clinFirstNm TEXT NOT NULL, clinLastNm TEXT NOT NULL, gradeCd TEXT NOT NULL,
            siteNm TEXT NOT NULL, startDt DATE NOT NULL);
        CREATE TABLE patient (
            ptId INTEGER PRIMARY KEY, ptFirstNm TEXT NOT NULL, ptLastNm TEXT NOT NULL, dob DATE NOT NULL,
            sexCd TEXT NOT NULL, postCd TEXT, gpPracNm TEXT, diabFlg INTEGER NOT NULL DEFAULT 0,
            regDt DATE NOT NULL);
        CREATE TABLE proc (
            procCd TEXT PRIMARY KEY, procDesc TEXT NOT NULL, stdFeeAmt REAL NOT NULL, durMin INTEGER NOT NULL);
        CREATE TABLE appt (
            apptId INTEGER PRIMARY KEY, ptId INTEGER NOT NULL REFERENCES patient(ptId),
            clinId INTEGER NOT NULL REFERENCES clinician(clinId), apptDt DATE NOT NULL, apptTm TEXT NOT NULL,
            apptStat TEXT NOT NULL, refSrc TEXT);
        CREATE TABLE apptProc (
            apptId INTEGER NOT NULL REFERENCES appt(apptId), procCd TEXT NOT NULL REFERENCES proc(procCd),
            feeAmt REAL NOT NULL, PRIMARY KEY (apptId, procCd));
        CREATE TABLE orthOrd (
            ordId INTEGER PRIMARY KEY, ptId INTEGER NOT NULL REFERENCES patient(ptId),
            clinId INTEGER NOT NULL REFERENCES clinician(clinId), labNm TEXT NOT NULL, ordDt DATE NOT NULL,
            rcvDt DATE, qtyOrd INTEGER NOT NULL, unitCostAmt REAL NOT NULL);
        """,
    )
    sites = ["Harrogate", "Ripon", "Knaresborough", "Pateley Bridge"]
    clin = []
    for k, (f, s) in enumerate(_names(r, 30), 1):
        start = day_between(r, D(2015, 1, 1), D(2024, 12, 31))
        if k in (5, 17, 23):
            start = day_between(r, D(2023, 1, 1), D(2023, 12, 31))
        elif start.year == 2023:
            start = start.replace(year=2022)
        clin.append((k, f, s, r.choice(["Band 5", "Band 6", "Band 6", "Band 7"]), r.choice(sites), _iso(start)))
    insert(c, "clinician", clin)
    pts = []
    for k, (f, s) in enumerate(_names(r, 200), 1):
        dob = day_between(r, D(1932, 1, 1), D(2012, 12, 31))
        gp = PD_PRACTICES[_weighted(r, list(range(len(PD_PRACTICES))), PD_PRACTICE_W)]
        pc = f"HG{r.randint(1, 5)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFHJLNPRSTUWXY')}"
        pts.append((k, f, s, _iso(dob), r.choice("FM"), pc, gp, int(r.random() < 0.3),
                    _iso(day_between(r, D(2020, 1, 1), LAST))))  # fmt: skip
    insert(c, "patient", pts)
    insert(c, "proc", PD_PROCS)
    cw = [2.5 if k == 11 else (1.6 if k in (3, 26) else 1.0) for k in range(1, 31)]
    raw = []
    for _ in range(400):
        d = day_between(r, START, HORIZON)
        cl = _weighted(r, list(range(1, 31)), cw)
        while D.fromisoformat(clin[cl - 1][5]) > d:
            cl = _weighted(r, list(range(1, 31)), cw)
        if d > LAST:
            st = "booked" if r.random() < 0.9 else "cancelled"
        else:
            x = r.random()
            st = "attended" if x < 0.72 else ("did not attend" if x < 0.86 else "cancelled")
            if cl == 11 and st == "attended" and r.random() < 0.5:
                st = "did not attend"
        tm = f"{r.randint(8, 16):02d}:{r.choice(['00', '20', '40'])}"
        src = r.choice(["GP", "GP", "Self", "Diabetes Clinic", "Physiotherapy"])
        raw.append((d, tm, r.randint(1, 185), cl, st, src))
    raw.sort()
    appts = [(k, pt, cl, _iso(d), tm, st, src) for k, (d, tm, pt, cl, st, src) in enumerate(raw, 1)]
    insert(c, "appt", appts)
    # procedure codes 28-30 (bunion, post-surgery, nail surgery follow-up) are never done
    pw = [6 if p[0] == "NC01" else (4 if p[0] in ("CL01", "DF01") else 1.5) for p in PD_PROCS[:27]]
    aps = []
    for a in appts:
        if a[5] != "attended":
            continue
        for pi in sorted({_weighted(r, list(range(27)), pw) for _ in range(r.choice([1, 1, 2]))}):
            fee = PD_PROCS[pi][2]
            if r.random() < 0.15:
                fee = round(fee * 0.85, 2)
            aps.append((a[0], PD_PROCS[pi][0], fee))
    insert(c, "apptProc", aps)
    ords = []
    for k in range(1, 81):
        od = day_between(r, START, D(2025, 6, 12))
        lab = r.choice(PD_LABS)
        turn = {"Peacocks Orthotics": 12, "Salts Healthcare": 18, "Algeos": 9, "Dorset Orthopaedic": 25}[lab]
        rv = od + dt.timedelta(days=turn + r.randint(-4, 8))
        ords.append((k, r.randint(1, 160), r.randint(1, 30), lab, _iso(od), _iso(rv) if rv <= LAST else None,
                     r.choice([1, 1, 2]), r.choice([38.50, 52.00, 64.75, 89.99, 120.00])))  # fmt: skip
    ords.sort(key=lambda o: o[4])
    insert(c, "orthOrd", [(k, *o[1:]) for k, o in enumerate(ords, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- surfcamp
SC_SPOTS = [
    ("Newquay", "England", "GBP"), ("Croyde", "England", "GBP"), ("Ericeira", "Portugal", "EUR"),
    ("Hossegor", "France", "EUR"), ("Taghazout", "Morocco", "EUR"), ("Tamarindo", "Costa Rica", "USD"),
]  # fmt: skip
SC_VARIANTS = [
    ("Weekend Taster", 2, "Beginner", 0.35), ("Learn to Surf Week", 7, "Beginner", 1.0),
    ("Improver Week", 7, "Intermediate", 1.1), ("Coaching Intensive", 5, "Advanced", 1.05),
    ("Surf and Yoga Retreat", 6, "Intermediate", 1.2),
]  # fmt: skip
SC_BASE = {"GBP": 520.0, "EUR": 640.0, "USD": 890.0}
SC_COUNTRIES = ["United Kingdom", "Germany", "Netherlands", "Ireland", "France", "United States", "Spain", "Sweden"]
SC_COUNTRY_W = [34, 18, 12, 9, 8, 8, 6, 5]
SC_BOARDS = ["Foamie", "Longboard", "Shortboard", "Fish", "Mid-length", "Bodyboard"]


def build_surfcamp(path: Path) -> None:
    r = random.Random(51003)
    c = fresh_db(
        path,
        """
        CREATE TABLE guests (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, country TEXT NOT NULL,
            email TEXT, signed_up_on DATE NOT NULL);
        CREATE TABLE packages (
            id INTEGER PRIMARY KEY, package_name TEXT NOT NULL, spot TEXT NOT NULL, country TEXT NOT NULL,
            nights INTEGER NOT NULL, level TEXT NOT NULL, price REAL NOT NULL, currency TEXT NOT NULL);
        CREATE TABLE bookings (
            id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL REFERENCES guests(id),
            package_id INTEGER NOT NULL REFERENCES packages(id), booked_on DATE NOT NULL, arrival_date DATE NOT NULL,
            status TEXT NOT NULL, amount_paid REAL NOT NULL, currency_code TEXT NOT NULL);
        CREATE TABLE instructors (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, home_spot TEXT NOT NULL, qualification TEXT NOT NULL,
            hired_on DATE NOT NULL, day_rate REAL NOT NULL, currency TEXT NOT NULL);
        CREATE TABLE lessons (
            id INTEGER PRIMARY KEY, instructor_id INTEGER NOT NULL REFERENCES instructors(id), spot TEXT NOT NULL,
            lesson_date DATE NOT NULL, start_time TEXT NOT NULL, level TEXT NOT NULL, max_students INTEGER NOT NULL);
        CREATE TABLE lesson_attendees (
            lesson_id INTEGER NOT NULL REFERENCES lessons(id), guest_id INTEGER NOT NULL REFERENCES guests(id),
            PRIMARY KEY (lesson_id, guest_id));
        CREATE TABLE board_rentals (
            id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL REFERENCES guests(id), board_type TEXT NOT NULL,
            rented_on DATE NOT NULL, days INTEGER NOT NULL, fee REAL NOT NULL, currency TEXT NOT NULL);
        """,
    )
    pkgs = []
    for spot, country, cur in SC_SPOTS:
        for name, nights, level, mult in SC_VARIANTS:
            price = round(SC_BASE[cur] * mult + r.choice([0, 15, 25, 40]) - 0.01, 2)
            pkgs.append((len(pkgs) + 1, f"{spot} {name}", spot, country, nights, level, price, cur))
    insert(c, "packages", pkgs)
    guests = []
    for k, (f, s) in enumerate(_names(r, 160), 1):
        ctry = SC_COUNTRIES[_weighted(r, list(range(len(SC_COUNTRIES))), SC_COUNTRY_W)]
        guests.append((k, f, s, ctry, f"{f[0].lower()}{s.lower()}{r.randint(1, 99)}@mail.com",
                       _iso(day_between(r, D(2022, 6, 1), D(2025, 6, 1)))))  # fmt: skip
    insert(c, "guests", guests)
    # packages 5, 20 and 30 are never booked; 2 (Newquay Learn to Surf Week) is the favourite
    pw = [0.0 if p[0] in (5, 20, 30) else (4.0 if p[0] == 2 else (2.6 if p[0] == 12 else 1.0)) for p in pkgs]
    rows = []
    for _ in range(320):
        g = r.randint(1, 150)
        p = pkgs[_weighted(r, list(range(len(pkgs))), pw)]
        arrive = day_between(r, D(2023, 3, 1), D(2025, 9, 30))
        booked = arrive - dt.timedelta(days=r.randint(10, 150))
        booked = min(booked, LAST)
        if arrive > LAST:
            st = "confirmed" if r.random() < 0.88 else "cancelled"
        else:
            st = "completed" if r.random() < 0.88 else "cancelled"
        paid = round(p[6] * 0.2, 2) if st == "cancelled" else p[6]
        rows.append((booked, arrive, g, p[0], st, paid, p[7]))
    rows.sort()
    insert(c, "bookings", [(k, g, p, _iso(b), _iso(a), st, amt, cur)
                           for k, (b, a, g, p, st, amt, cur) in enumerate(rows, 1)])  # fmt: skip
    quals = ["ISA Level 1", "ISA Level 1", "ISA Level 2", "BSA Coach"]
    instr = []
    for k, (f, s) in enumerate(_names(r, 30), 1):
        spot, _ctry, cur = SC_SPOTS[(k - 1) % 6]
        rate = {"GBP": 120.0, "EUR": 135.0, "USD": 160.0}[cur] + r.choice([0, 10, 25, 40, 55])
        instr.append((k, f"{f} {s}", spot, r.choice(quals), _iso(day_between(r, D(2016, 1, 1), D(2024, 6, 1))),
                      rate, cur))  # fmt: skip
    insert(c, "instructors", instr)
    iw = [3.0 if k == 9 else (1.8 if k in (1, 14) else 1.0) for k in range(1, 31)]
    lrows = []
    for _ in range(260):
        i = _weighted(r, list(range(1, 31)), iw)
        d = day_between(r, START, D(2025, 7, 31))
        lrows.append((d, r.choice(["07:30", "09:00", "11:00", "14:00", "16:30"]), i, instr[i - 1][2],
                      r.choice(["Beginner", "Beginner", "Intermediate", "Advanced"]), r.choice([6, 8, 8, 10])))  # fmt: skip
    lrows.sort()
    lessons = [(k, i, sp, _iso(d), t, lv, mx) for k, (d, t, i, sp, lv, mx) in enumerate(lrows, 1)]
    insert(c, "lessons", lessons)
    att: set[tuple[int, int]] = set()
    while len(att) < 400:
        lid = r.randint(1, len(lessons))
        if D.fromisoformat(lessons[lid - 1][3]) <= LAST:
            att.add((lid, r.randint(1, 140)))
    insert(c, "lesson_attendees", sorted(att))
    bw = [5, 3, 2, 1.5, 1.5, 1]
    rent = []
    for _ in range(130):
        spot, _ctry, cur = SC_SPOTS[r.randrange(6)]
        days = r.choice([1, 1, 2, 3, 5, 7])
        per = {"GBP": 12.0, "EUR": 15.0, "USD": 18.0}[cur]
        rent.append((day_between(r, START, LAST), r.randint(1, 160), SC_BOARDS[_weighted(r, list(range(6)), bw)],
                     days, round(per * days * r.choice([1.0, 0.9]), 2), cur))  # fmt: skip
    rent.sort()
    insert(c, "board_rentals", [(k, g, b, _iso(d), n, fee, cur) for k, (d, g, b, n, fee, cur) in enumerate(rent, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- handyman
HM_SKILLS = [
    "Tiling", "Painting and Decorating", "Flat-pack Assembly", "Shelf Fitting", "Door Hanging", "Plastering",
    "Minor Plumbing", "Minor Electrical", "Fencing", "Gutter Clearing", "Flooring", "Kitchen Fitting",
    "Bathroom Sealant", "Curtain and Blind Fitting", "TV Wall Mounting", "Lock Changing", "Window Repair",
    "Decking", "Pressure Washing", "Loft Boarding", "Wallpapering", "Furniture Repair", "Draught Proofing",
    "Garden Clearance", "Picture Hanging", "Skirting and Architrave", "Shed Assembly", "Grouting",
    "Damp Treatment", "Roof Tile Replacement",
]  # fmt: skip
HM_STATUSES = ["Quote Sent", "Booked", "In Progress", "Awaiting Parts", "Completed", "Cancelled"]
HM_TOWNS = ["Bristol", "Keynsham", "Portishead", "Clevedon", "Nailsea", "Yate"]
HM_TOWN_W = [40, 14, 12, 10, 8, 6]
HM_MATERIALS = [
    ("Wall tiles (box)", 18.99), ("Tile adhesive 20kg", 14.50), ("Grout 5kg", 7.25), ("Silicone sealant", 5.49),
    ("Emulsion paint 5L", 27.00), ("Gloss paint 750ml", 11.20), ("Wall plugs (pack)", 2.99), ("Screws (box)", 6.75),
    ("Timber batten 2.4m", 4.80), ("Fence panel", 32.00), ("Fence post", 14.25), ("Plasterboard sheet", 9.95),
    ("Multi-finish plaster", 11.60), ("Door hinge pair", 4.40), ("Mortice lock", 38.00), ("Cylinder lock", 22.50),
    ("Laminate flooring pack", 24.99), ("Underlay roll", 16.00), ("Gutter bracket", 2.10), ("Draught strip", 3.80),
    ("Decking board", 8.60), ("Wallpaper roll", 15.99), ("Compression fitting", 3.20), ("Cable clips (pack)", 2.45),
]  # fmt: skip


def build_handyman(path: Path) -> None:
    r = random.Random(51004)
    c = fresh_db(
        path,
        """
        CREATE TABLE Customers (
            CustomerID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Street TEXT, Town TEXT NOT NULL, Postcode TEXT,
            Phone TEXT, IsLandlord TEXT NOT NULL DEFAULT 'No', JoinedDate DATE NOT NULL);
        CREATE TABLE Tradespeople (
            TradespersonID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, DayRate REAL NOT NULL,
            HasVan TEXT NOT NULL DEFAULT 'Yes', Insured TEXT NOT NULL DEFAULT 'Yes', StartDate DATE NOT NULL);
        CREATE TABLE Skills (SkillID INTEGER PRIMARY KEY, SkillName TEXT NOT NULL);
        CREATE TABLE TradespersonSkills (
            TradespersonID INTEGER NOT NULL REFERENCES Tradespeople(TradespersonID),
            SkillID INTEGER NOT NULL REFERENCES Skills(SkillID), PRIMARY KEY (TradespersonID, SkillID));
        CREATE TABLE Jobs (
            JobID INTEGER PRIMARY KEY, CustomerID INTEGER NOT NULL REFERENCES Customers(CustomerID),
            TradespersonID INTEGER REFERENCES Tradespeople(TradespersonID),
            SkillID INTEGER NOT NULL REFERENCES Skills(SkillID), Description TEXT, Status TEXT NOT NULL,
            Emergency TEXT NOT NULL DEFAULT 'No', RequestedDate DATE NOT NULL, ScheduledDate DATE,
            CompletedDate DATE, QuotedAmount REAL NOT NULL);
        CREATE TABLE Invoices (
            InvoiceID INTEGER PRIMARY KEY, JobID INTEGER NOT NULL REFERENCES Jobs(JobID), InvoiceDate DATE NOT NULL,
            Amount REAL NOT NULL, Paid TEXT NOT NULL DEFAULT 'No', PaidDate DATE);
        CREATE TABLE Materials (
            MaterialID INTEGER PRIMARY KEY, JobID INTEGER NOT NULL REFERENCES Jobs(JobID), ItemName TEXT NOT NULL,
            Quantity INTEGER NOT NULL, UnitCost REAL NOT NULL);
        """,
    )
    streets = ["High Street", "Church Road", "Station Road", "Victoria Street", "Park Lane", "Mill Lane",
               "Queens Road", "Orchard Close", "Meadow Way", "Kings Avenue"]  # fmt: skip
    custs = []
    for k, (f, s) in enumerate(_names(r, 130), 1):
        town = HM_TOWNS[_weighted(r, list(range(len(HM_TOWNS))), HM_TOWN_W)]
        custs.append((k, f"{f} {s}", f"{r.randint(1, 140)} {r.choice(streets)}", town,
                      f"BS{r.randint(1, 49)} {r.randint(1, 9)}{r.choice('ABDEHJLNPRTW')}{r.choice('ADFGHLNQSU')}",
                      f"07{r.randint(100, 999)} {r.randint(100000, 999999)}", _yes(r.random() < 0.22),
                      _iso(day_between(r, D(2021, 1, 1), LAST))))  # fmt: skip
    insert(c, "Customers", custs)
    trades = []
    for k, (f, s) in enumerate(_names(r, 30), 1):
        rate = r.choice([150.0, 165.0, 180.0, 195.0, 210.0, 225.0, 240.0])
        if k == 13:
            rate = 285.0
        trades.append((k, f"{f} {s}", rate, _yes(r.random() < 0.8), _yes(k not in (6, 21, 27)),
                       _iso(day_between(r, D(2014, 1, 1), D(2024, 10, 1)))))  # fmt: skip
    insert(c, "Tradespeople", trades)
    insert(c, "Skills", [(k, n) for k, n in enumerate(HM_SKILLS, 1)])
    tskills: dict[int, list[int]] = {}
    for k in range(1, 31):
        # the last three skills (damp treatment, roof tiles...) have nobody yet
        tskills[k] = sorted(r.sample(range(1, 28), r.randint(3, 6)))
    insert(c, "TradespersonSkills", [(t, s) for t, ss in tskills.items() for s in ss])
    tw = [3.0 if k == 8 else (2.0 if k in (2, 24) else 1.0) for k in range(1, 31)]
    cw = [3.5 if k == 42 else (2.0 if k in (7, 88) else 1.0) for k in range(1, 118)]
    descs = {1: "Retile bathroom splashback", 2: "Repaint living room", 3: "Assemble wardrobe", 4: "Fit shelves",
             5: "Hang internal door", 6: "Patch ceiling crack", 7: "Fix dripping tap", 8: "Replace light switch",
             9: "Replace fence panels", 10: "Clear gutters", 11: "Lay laminate floor", 12: "Fit kitchen unit",
             13: "Reseal bath", 14: "Fit blinds", 15: "Mount TV on wall", 16: "Change front door lock",
             17: "Repair sash window", 18: "Repair decking", 19: "Pressure wash patio", 20: "Board loft",
             21: "Wallpaper bedroom", 22: "Fix chair leg", 23: "Draught-proof doors", 24: "Clear garden",
             25: "Hang mirrors and pictures", 26: "Replace skirting", 27: "Build shed"}  # fmt: skip
    jrows = []
    for n in range(360):
        t = _weighted(r, list(range(1, 31)), tw)
        sk = r.choice(tskills[t])
        cu = _weighted(r, list(range(1, 118)), cw)
        req = day_between(r, START, LAST) if n < 345 else day_between(r, D(2025, 5, 20), LAST)
        emerg = r.random() < 0.15
        sched = req + dt.timedelta(days=r.randint(0, 2) if emerg else r.randint(3, 40))
        if n >= 345:
            emerg, sched = False, LAST + dt.timedelta(days=r.randint(2, 30))
        age = (LAST - req).days
        if sched > LAST:
            st = r.choice(["Quote Sent", "Booked", "Booked", "Cancelled"])
        elif age < 30:
            st = r.choice(["In Progress", "Awaiting Parts", "Completed", "Completed"])
        else:
            st = "Completed" if r.random() < 0.9 else "Cancelled"
        comp = None
        if st == "Completed":
            comp = min(sched + dt.timedelta(days=r.randint(0, 3)), LAST)
        sched_s = None if st == "Quote Sent" else _iso(sched)
        quote = round(trades[t - 1][2] * r.choice([0.5, 0.75, 1.0, 1.5, 2.0]) + r.choice([0, 12.5, 35.99]), 2)
        jrows.append((req, cu, t, sk, descs[sk], st, _yes(emerg), sched_s, _iso(comp), quote))
    jrows.sort()
    jobs = [(k, *j[1:7], _iso(j[0]), *j[7:]) for k, j in enumerate(jrows, 1)]
    insert(c, "Jobs", jobs)
    invs = []
    for j in jobs:
        if j[5] != "Completed":
            continue
        idate = D.fromisoformat(j[9]) + dt.timedelta(days=r.randint(0, 2))
        idate = min(idate, LAST)
        amt = round(j[10] * r.choice([1.0, 1.0, 1.1, 0.95]), 2)
        paid = (LAST - idate).days > 25 or r.random() < 0.4
        if r.random() < 0.05:
            paid = False
        pdate = idate + dt.timedelta(days=r.randint(1, 25)) if paid else None
        if pdate is not None and pdate > LAST:
            pdate = LAST
        invs.append((len(invs) + 1, j[0], _iso(idate), amt, _yes(paid), _iso(pdate)))
    insert(c, "Invoices", invs)
    mats = []
    mw = [3 if m[0] in ("Screws (box)", "Wall plugs (pack)") else (2 if m[0] == "Silicone sealant" else 1)
          for m in HM_MATERIALS]  # fmt: skip
    for j in jobs:
        if j[5] in ("Quote Sent", "Cancelled") or r.random() < 0.35:
            continue
        for mi in {_weighted(r, list(range(len(HM_MATERIALS))), mw) for _ in range(r.randint(1, 3))}:
            mats.append((len(mats) + 1, j[0], HM_MATERIALS[mi][0], r.randint(1, 6), HM_MATERIALS[mi][1]))
    insert(c, "Materials", mats[:400])
    done(c)


# ------------------------------------------------------------------------------------------------------- birdwatch
BW_RESERVES = [
    (1, "Minsmere", "Suffolk"), (2, "Titchwell Marsh", "Norfolk"), (3, "Cley Marshes", "Norfolk"),
    (4, "Rainham Marshes", "Essex"), (5, "Snettisham", "Norfolk"), (6, "Lakenheath Fen", "Suffolk"),
    (7, "Fowlmere", "Cambridgeshire"), (8, "Wicken Fen", "Cambridgeshire"),
]  # fmt: skip
BW_CHILDREN = [
    ("Bittern Hide", 1, "Hide"), ("Island Mere Hide", 1, "Hide"), ("East Hide", 1, "Hide"),
    ("North Wall Trail", 1, "Trail"), ("The Scrape", 1, "Scrape"),
    ("Parrinder Hide", 2, "Hide"), ("Island Hide", 2, "Hide"), ("West Bank Path", 2, "Trail"),
    ("Fen Trail", 2, "Trail"),
    ("Bishop Hide", 3, "Hide"), ("Dauke's Hide", 3, "Hide"), ("East Bank", 3, "Trail"),
    ("Serpentine Hide", 4, "Hide"), ("Purfleet Scrape", 4, "Scrape"), ("Woodland Trail", 4, "Trail"),
    ("Rotary Hide", 5, "Hide"), ("Shore Hide", 5, "Hide"), ("Coastal Path", 5, "Trail"),
    ("Joist Fen Viewpoint", 6, "Viewpoint"), ("New Fen Viewpoint", 6, "Viewpoint"),
    ("Riverside Trail", 6, "Trail"),
    ("Reedbed Hide", 7, "Hide"), ("Spring Hide", 7, "Hide"), ("Chalk Stream Walk", 7, "Trail"),
    ("Tower Hide", 8, "Hide"), ("Adventurers' Fen Trail", 8, "Trail"), ("Baker's Fen Scrape", 8, "Scrape"),
    ("Sedge Fen Boardwalk", 8, "Trail"), ("Sand Martin Bank", 1, "Viewpoint"),
    ("Daukes Pool", 3, "Scrape"), ("Aveley Pools", 4, "Scrape"), ("Roost Viewpoint", 5, "Viewpoint"),
]  # fmt: skip
BW_HABITATS = [
    "Reedbed", "Mudflat", "Saltmarsh", "Shingle Beach", "Lowland Heath", "Ancient Woodland", "Wet Grassland",
    "Freshwater Lake", "Brackish Lagoon", "Chalk Stream", "Fen", "Scrub", "Farmland", "Hedgerow", "Sand Dune",
    "Estuary", "River", "Wet Woodland", "Conifer Plantation", "Meadow", "Gravel Pit", "Sea Cliff", "Moorland",
    "Orchard", "Urban Park", "Coastal Grazing Marsh", "Tidal Creek", "Pond", "Ditch Network", "Scrape",
]  # fmt: skip
BW_SPECIES = [
    ("Eurasian Bittern", "Botaurus stellaris", "Herons", "Amber"), ("Marsh Harrier", "Circus aeruginosus",
    "Hawks", "Amber"), ("Avocet", "Recurvirostra avosetta", "Avocets", "Amber"),
    ("Bearded Tit", "Panurus biarmicus", "Reedlings", "Green"), ("Little Egret", "Egretta garzetta", "Herons",
    "Green"), ("Grey Heron", "Ardea cinerea", "Herons", "Green"), ("Lapwing", "Vanellus vanellus", "Plovers",
    "Red"), ("Ringed Plover", "Charadrius hiaticula", "Plovers", "Red"), ("Golden Plover", "Pluvialis apricaria",
    "Plovers", "Green"), ("Redshank", "Tringa totanus", "Sandpipers", "Amber"), ("Curlew", "Numenius arquata",
    "Sandpipers", "Red"), ("Black-tailed Godwit", "Limosa limosa", "Sandpipers", "Red"),
    ("Dunlin", "Calidris alpina", "Sandpipers", "Amber"), ("Knot", "Calidris canutus", "Sandpipers", "Amber"),
    ("Turnstone", "Arenaria interpres", "Sandpipers", "Amber"), ("Oystercatcher", "Haematopus ostralegus",
    "Oystercatchers", "Amber"), ("Shelduck", "Tadorna tadorna", "Ducks", "Amber"), ("Teal", "Anas crecca",
    "Ducks", "Amber"), ("Wigeon", "Mareca penelope", "Ducks", "Amber"), ("Gadwall", "Mareca strepera", "Ducks",
    "Amber"), ("Shoveler", "Spatula clypeata", "Ducks", "Amber"), ("Pintail", "Anas acuta", "Ducks", "Red"),
    ("Brent Goose", "Branta bernicla", "Geese", "Amber"), ("Pink-footed Goose", "Anser brachyrhynchus", "Geese",
    "Amber"), ("Greylag Goose", "Anser anser", "Geese", "Amber"), ("Mute Swan", "Cygnus olor", "Swans", "Amber"),
    ("Whooper Swan", "Cygnus cygnus", "Swans", "Amber"), ("Common Tern", "Sterna hirundo", "Terns", "Amber"),
    ("Little Tern", "Sternula albifrons", "Terns", "Amber"), ("Sandwich Tern", "Thalasseus sandvicensis",
    "Terns", "Amber"), ("Black-headed Gull", "Chroicocephalus ridibundus", "Gulls", "Amber"),
    ("Mediterranean Gull", "Ichthyaetus melanocephalus", "Gulls", "Amber"), ("Herring Gull",
    "Larus argentatus", "Gulls", "Red"), ("Kingfisher", "Alcedo atthis", "Kingfishers", "Amber"),
    ("Cetti's Warbler", "Cettia cetti", "Warblers", "Green"), ("Reed Warbler", "Acrocephalus scirpaceus",
    "Warblers", "Green"), ("Sedge Warbler", "Acrocephalus schoenobaenus", "Warblers", "Green"),
    ("Grasshopper Warbler", "Locustella naevia", "Warblers", "Red"), ("Dartford Warbler", "Curruca undata",
    "Warblers", "Amber"), ("Nightingale", "Luscinia megarhynchos", "Chats", "Red"), ("Stonechat",
    "Saxicola rubicola", "Chats", "Green"), ("Wheatear", "Oenanthe oenanthe", "Chats", "Amber"),
    ("Skylark", "Alauda arvensis", "Larks", "Red"), ("Yellowhammer", "Emberiza citrinella", "Buntings", "Red"),
    ("Reed Bunting", "Emberiza schoeniclus", "Buntings", "Amber"), ("Linnet", "Linaria cannabina", "Finches",
    "Red"), ("Goldfinch", "Carduelis carduelis", "Finches", "Green"), ("Bullfinch", "Pyrrhula pyrrhula",
    "Finches", "Amber"), ("Barn Owl", "Tyto alba", "Owls", "Green"), ("Short-eared Owl", "Asio flammeus",
    "Owls", "Amber"), ("Hobby", "Falco subbuteo", "Falcons", "Green"), ("Kestrel", "Falco tinnunculus",
    "Falcons", "Amber"), ("Peregrine", "Falco peregrinus", "Falcons", "Green"), ("Common Crane", "Grus grus",
    "Cranes", "Amber"), ("Spoonbill", "Platalea leucorodia", "Ibises", "Amber"), ("Cuckoo", "Cuculus canorus",
    "Cuckoos", "Red"), ("Turtle Dove", "Streptopelia turtur", "Pigeons", "Red"), ("Snow Bunting",
    "Plectrophenax nivalis", "Buntings", "Amber"), ("Great White Egret", "Ardea alba", "Herons", "Green"),
    ("Glossy Ibis", "Plegadis falcinellus", "Ibises", "Green"),
]  # fmt: skip


def build_birdwatch(path: Path) -> None:
    r = random.Random(51005)
    c = fresh_db(
        path,
        """
        CREATE TABLE member (
            member_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, town TEXT,
            membership_type TEXT NOT NULL, joined_on DATE NOT NULL);
        CREATE TABLE site (
            site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, site_kind TEXT NOT NULL, county TEXT NOT NULL,
            parent_site_id INTEGER REFERENCES site(site_id), grid_ref TEXT);
        CREATE TABLE habitat (habitat_id INTEGER PRIMARY KEY, habitat_name TEXT NOT NULL);
        CREATE TABLE site_habitat (
            site_id INTEGER NOT NULL REFERENCES site(site_id), habitat_id INTEGER NOT NULL REFERENCES habitat(habitat_id),
            PRIMARY KEY (site_id, habitat_id));
        CREATE TABLE species (
            species_id INTEGER PRIMARY KEY, common_name TEXT NOT NULL, scientific_name TEXT NOT NULL,
            bird_family TEXT NOT NULL, conservation_status TEXT NOT NULL);
        CREATE TABLE outing (
            outing_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id),
            outing_date DATE NOT NULL, meet_time TEXT NOT NULL, leader_id INTEGER NOT NULL REFERENCES member(member_id),
            weather TEXT);
        CREATE TABLE sighting (
            sighting_id INTEGER PRIMARY KEY, outing_id INTEGER NOT NULL REFERENCES outing(outing_id),
            species_id INTEGER NOT NULL REFERENCES species(species_id),
            recorded_by INTEGER NOT NULL REFERENCES member(member_id), bird_count INTEGER NOT NULL,
            seen_at TEXT NOT NULL);
        """,
    )
    towns = ["Norwich", "Ipswich", "Cambridge", "King's Lynn", "Bury St Edmunds", "Colchester"]
    members = []
    for k, (f, s) in enumerate(_names(r, 80), 1):
        mt = r.choice(["Full", "Full", "Full", "Family", "Junior", "Life"])
        members.append((k, f, s, r.choice(towns), mt, _iso(day_between(r, D(2012, 1, 1), LAST))))
    insert(c, "member", members)
    sites = [(sid, n, "Reserve", cty, None, f"TM{r.randint(10, 99)}{r.randint(10, 99)}") for sid, n, cty in BW_RESERVES]
    county = {sid: cty for sid, _n, cty in BW_RESERVES}
    for n, parent, kind in BW_CHILDREN:
        sites.append((len(sites) + 1, n, kind, county[parent], parent, f"TM{r.randint(10, 99)}{r.randint(10, 99)}"))
    insert(c, "site", sites)
    insert(c, "habitat", [(k, n) for k, n in enumerate(BW_HABITATS, 1)])
    sh: set[tuple[int, int]] = set()
    for s in sites:
        for h in r.sample(range(1, 27), r.randint(1, 5)):  # habitats 27-30 are on no site
            sh.add((s[0], h))
    sh.add((10, 1))  # Island Mere Hide: reedbed
    insert(c, "site_habitat", sorted(sh))
    insert(c, "species", [(k, *s) for k, s in enumerate(BW_SPECIES, 1)])
    leaders = [3, 11, 17, 25, 32, 40, 48, 56, 61, 70]
    lw = [1.0, 2.5, 1.0, 1.6, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    child_ids = [s[0] for s in sites if s[4] is not None]
    sw = [3.0 if sid == 13 else (2.2 if sid == 15 else (1.6 if sid == 9 else 1.0)) for sid in child_ids]
    orows = []
    for _ in range(130):
        d = day_between(r, START, D(2025, 7, 31))
        orows.append((d, r.choice(["06:30", "07:00", "08:00", "09:30", "15:00"]), _weighted(r, child_ids, sw),
                      _weighted(r, leaders, lw), r.choice(["Sunny", "Overcast", "Light rain", "Windy", "Fog"])))  # fmt: skip
    orows.sort()
    outings = [(k, s, _iso(d), t, ld, w if d <= LAST else None) for k, (d, t, s, ld, w) in enumerate(orows, 1)]
    insert(c, "outing", outings)
    # species 58-61 never seen; Avocet (3) most counted
    spw = [5.0 if k == 3 else (2.0 if k in (7, 17, 31) else 1.0) for k in range(1, 58)]
    recorders = list(range(1, 73))
    rw = [2.6 if m == 22 else (1.7 if m in (5, 44) else 1.0) for m in recorders]
    sights = []
    past = [o for o in outings if D.fromisoformat(o[2]) <= LAST]
    for k in range(1, 401):
        o = r.choice(past)
        sp = _weighted(r, list(range(1, 58)), spw)
        cnt = r.randint(1, 6) if sp not in (3, 17, 31) else r.randint(4, 40)
        hh, mm = divmod(int(o[3][:2]) * 60 + int(o[3][3:]) + r.randint(5, 200), 60)
        sights.append((k, o[0], sp, _weighted(r, recorders, rw), cnt, _stamp(D.fromisoformat(o[2]), hh, mm)))
    insert(c, "sighting", sights)
    done(c)


# ----------------------------------------------------------------------------------------------------- counselling
CO_THERAPIES = [
    ("Cognitive Behavioural Therapy", 12), ("Person-Centred Counselling", 10), ("Psychodynamic Therapy", 20),
    ("EMDR", 8), ("Dialectical Behaviour Therapy", 24), ("Acceptance and Commitment Therapy", 10),
    ("Couples Therapy", 12), ("Family Therapy", 10), ("Bereavement Counselling", 8),
    ("Mindfulness-Based Cognitive Therapy", 8), ("Solution-Focused Brief Therapy", 5), ("Narrative Therapy", 10),
    ("Gestalt Therapy", 12), ("Schema Therapy", 30), ("Compassion-Focused Therapy", 12),
    ("Integrative Counselling", 12), ("Transactional Analysis", 16), ("Art Therapy", 10), ("Play Therapy", 12),
    ("Motivational Interviewing", 4), ("Trauma-Focused CBT", 12), ("Interpersonal Therapy", 16),
    ("Existential Therapy", 12), ("Psychosexual Therapy", 10), ("Music Therapy", 10), ("Drama Therapy", 10),
    ("Sand Tray Therapy", 8), ("Behavioural Activation", 8), ("Mentalization-Based Treatment", 18),
    ("Cognitive Analytic Therapy", 16),
]  # fmt: skip


def build_counselling(path: Path) -> None:
    r = random.Random(51006)
    c = fresh_db(
        path,
        """
        CREATE TABLE counsellors (
            counsellor_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, accreditation TEXT NOT NULL,
            started_on DATE NOT NULL, hourly_fee REAL NOT NULL, works_remotely INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE clients (
            client_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            birth_year INTEGER NOT NULL, referral_source TEXT NOT NULL, registered_on DATE NOT NULL,
            consent_ts INTEGER NOT NULL);
        CREATE TABLE therapy_types (
            therapy_id INTEGER PRIMARY KEY, therapy_name TEXT NOT NULL, typical_sessions INTEGER NOT NULL);
        CREATE TABLE counsellor_therapies (
            counsellor_id INTEGER NOT NULL REFERENCES counsellors(counsellor_id),
            therapy_id INTEGER NOT NULL REFERENCES therapy_types(therapy_id), PRIMARY KEY (counsellor_id, therapy_id));
        CREATE TABLE sessions (
            session_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id),
            counsellor_id INTEGER NOT NULL REFERENCES counsellors(counsellor_id),
            therapy_id INTEGER NOT NULL REFERENCES therapy_types(therapy_id), session_date DATE NOT NULL,
            scheduled_ts INTEGER NOT NULL, ended_ts INTEGER, status TEXT NOT NULL, mode TEXT NOT NULL,
            fee REAL NOT NULL);
        CREATE TABLE payments (
            payment_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id),
            amount REAL NOT NULL, method TEXT NOT NULL, paid_ts INTEGER NOT NULL);
        CREATE TABLE waitlist (
            entry_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id),
            therapy_id INTEGER NOT NULL REFERENCES therapy_types(therapy_id), added_on DATE NOT NULL,
            offered_ts INTEGER);
        """,
    )
    couns = []
    for k, (f, s) in enumerate(_names(r, 30), 1):
        acc = r.choice(["BACP", "BACP", "UKCP", "BPS", "NCPS"])
        fee = {"BACP": 55.0, "UKCP": 65.0, "BPS": 80.0, "NCPS": 50.0}[acc] + r.choice([0, 2.5, 5, 7.5, 10])
        couns.append((k, f"{f} {s}", acc, _iso(day_between(r, D(2012, 1, 1), D(2024, 9, 1))), fee,
                      int(r.random() < 0.5)))  # fmt: skip
    insert(c, "counsellors", couns)
    clients = []
    for k, (f, s) in enumerate(_names(r, 160), 1):
        reg = day_between(r, D(2022, 6, 1), LAST)
        src = r.choice(["GP", "GP", "GP", "Self", "Self", "Employer", "University"])
        clients.append((k, f, s, r.randint(1950, 2006), src, _iso(reg),
                        _epoch(reg, r.randint(9, 17), r.randint(0, 59), r.randint(0, 59))))  # fmt: skip
    insert(c, "clients", clients)
    insert(c, "therapy_types", [(k, n, t) for k, (n, t) in enumerate(CO_THERAPIES, 1)])
    ct: dict[int, list[int]] = {}
    for k in range(1, 31):
        pool = r.sample(range(1, 31), r.randint(2, 5))
        if k % 3 == 0 and 1 not in pool:
            pool.append(1)
        ct[k] = sorted(pool)
    insert(c, "counsellor_therapies", [(k, t) for k, ts in ct.items() for t in ts])
    cw = [3.0 if k == 14 else (1.8 if k in (2, 27) else 1.0) for k in range(1, 31)]
    reg_of = {cl[0]: D.fromisoformat(cl[5]) for cl in clients}
    srows = []
    for _ in range(400):
        co = _weighted(r, list(range(1, 31)), cw)
        cl = r.randint(1, 145)
        th = r.choice(ct[co])
        d = day_between(r, max(reg_of[cl], START), HORIZON)
        hour = r.choice([9, 10, 11, 13, 14, 15, 16, 17, 18, 19])
        sched = _epoch(d, hour, r.choice([0, 30]))
        if d > LAST:
            st = "scheduled" if r.random() < 0.93 else "cancelled"
        else:
            x = r.random()
            st = "attended" if x < 0.8 else ("missed" if x < 0.9 else "cancelled")
        ended = sched + r.choice([50, 50, 55, 60, 45, 90 if th in (7, 8) else 50]) * 60 if st == "attended" else None
        mode = r.choice(["In person", "In person", "Video", "Phone"])
        fee = 0.0 if st == "cancelled" else couns[co - 1][4]
        srows.append((sched, cl, co, th, _iso(d), ended, st, mode, fee))
    srows.sort()
    insert(c, "sessions", [(k, cl, co, th, d, s, e, st, m, fee)
                           for k, (s, cl, co, th, d, e, st, m, fee) in enumerate(srows, 1)])  # fmt: skip
    pays = []
    for _s, cl, _co, _th, d, _e, st, _m, fee in srows:
        if st not in ("attended", "missed") or r.random() < 0.3:
            continue
        when = D.fromisoformat(d) + dt.timedelta(days=r.randint(0, 5))
        when = min(when, LAST)
        pays.append((_epoch(when, r.randint(8, 21), r.randint(0, 59), r.randint(0, 59)), cl, fee))
    pays.sort()
    methods = ["Card", "Card", "Bank Transfer", "Employer Scheme", "Cash"]
    insert(c, "payments", [(k, cl, amt, r.choice(methods), ts) for k, (ts, cl, amt) in enumerate(pays, 1)])
    wl = []
    for k in range(1, 41):
        added = day_between(r, D(2024, 6, 1), LAST)
        offered = None
        if r.random() < 0.5:
            od = added + dt.timedelta(days=r.randint(7, 90))
            if od <= LAST:
                offered = _epoch(od, r.randint(9, 17), r.randint(0, 59))
        wl.append((k, r.randint(100, 160), r.randint(1, 30), _iso(added), offered))
    insert(c, "waitlist", wl)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "dayspa": build_dayspa,
    "podiatry": build_podiatry,
    "surfcamp": build_surfcamp,
    "handyman": build_handyman,
    "birdwatch": build_birdwatch,
    "counselling": build_counselling,
}
