"""Six health and social care databases for the blind English-to-SQL corpus 102.

The data ends on 2025-06-14; "today" is 2025-06-15 (so "last month" is May 2025, "this year" is 2025).
Every builder is deterministic (``random.Random`` with a fixed seed per database).  Money is in GBP.

domcare -- a home care (domiciliary care) agency; DB2/COBOL-style upper-case names, durations in minutes and seconds
    CLIENT(CLIENT_NBR PK, CLIENT_NAME, POSTCODE_AREA, BIRTH_DT, CARE_LEVEL_CD, FUNDING_CD, START_DT, END_DT,
        ACTIVE_IND)
        60 people who receive care at home.  POSTCODE_AREA is a Leeds district ('LS6', 'LS7', 'LS8', 'LS11',
        'LS12', 'LS17').  CARE_LEVEL_CD: 'L' low, 'M' medium, 'H' high needs.  FUNDING_CD: 'LA' funded by the
        local authority (council), 'SELF' self-funded (private), 'CHC' NHS continuing healthcare.  START_DT is when
        the care package began; END_DT is when it ended (NULL = still receiving care); ACTIVE_IND 'Y' when END_DT is
        NULL, else 'N'.  All dates are ISO 'YYYY-MM-DD' text.
    CARER(CARER_NBR PK, CARER_NAME, TEAM_CD, HIRE_DT, DRIVER_IND, HOURLY_RATE_AMT, ACTIVE_IND)
        24 care workers.  TEAM_CD is 'NORTH', 'SOUTH', 'EAST' or 'WEST'.  DRIVER_IND 'Y' = drives between visits,
        'N' = walks / uses the bus.  HOURLY_RATE_AMT is the pay rate in GBP per hour.  ACTIVE_IND 'N' = has left the
        agency (their visits stop before 2025).
    TASK_TYPE(TASK_CD PK, TASK_DESC, REGULATED_IND)
        What a visit can include: 'PC' Personal care, 'MED' Medication prompt, 'MEAL' Meal preparation, 'SHOP'
        Shopping, 'DOM' Domestic cleaning, 'COMP' Companionship, 'MOB' Hoist / mobility transfer, 'CATH' Catheter
        care.  REGULATED_IND 'Y' = a CQC-regulated personal care activity.
    VISIT(VISIT_NBR PK, CLIENT_NBR -> CLIENT, CARER_NBR -> CARER, VISIT_DT, SLOT_CD, PLANNED_DUR_MIN,
        ACTUAL_DUR_SEC, STATUS_CD, MILEAGE_AMT)
        About 3,000 scheduled visits from 2024-07-01 to 2025-06-14.  SLOT_CD: 'AM' morning, 'LUNCH', 'TEA',
        'BED' bedtime call.  PLANNED_DUR_MIN is the commissioned length in minutes (15, 30, 45 or 60).
        ACTUAL_DUR_SEC is the time actually spent, in seconds, from the carer's phone log (NULL when the visit did
        not happen).  STATUS_CD: 'DONE' completed, 'MISSED' carer never arrived, 'CANCELLED' cancelled in advance
        (e.g. client in hospital).  MILEAGE_AMT is miles claimed for driving to the visit (NULL = none claimed,
        always NULL unless DONE and the carer is a driver).
    VISIT_TASK(VISIT_NBR -> VISIT, TASK_CD -> TASK_TYPE, COMPLETED_IND)   link table, PK (VISIT_NBR, TASK_CD)
        The tasks planned on each completed visit; COMPLETED_IND 'Y' done, 'N' not done (refused, no time...).
    INCIDENT(INCIDENT_NBR PK, VISIT_NBR -> VISIT, INCIDENT_DT, CATEGORY_CD, SEVERITY_CD, RESOLVED_IND)
        Incidents logged during a completed visit.  CATEGORY_CD: 'FALL' a fall, 'MEDERR' medication error, 'SAFEG'
        safeguarding concern, 'SKIN' skin tear / pressure damage, 'REFUSAL' refused care.  SEVERITY_CD 'LOW', 'MED',
        'HIGH'.  RESOLVED_IND 'Y'/'N' (N = still open).

gpsurgery -- four GP practices in North Yorkshire; 't_' data tables and 'ref_' lookup tables, a self-reference
    ref_practice(practice_code PK, practice_name, town, list_size)
        practice_code is the NHS ODS code (e.g. 'B82001').  list_size is the officially published number of
        registered patients (the t_patient table holds only a sample of them).
    ref_role(role_code PK, role_name)
        'GP' General practitioner, 'ANP' Advanced nurse practitioner, 'PN' Practice nurse, 'HCA' Healthcare
        assistant, 'PHARM' Clinical pharmacist.
    t_clinician(clinician_id PK, full_name, role_code -> ref_role, practice_code -> ref_practice,
        supervisor_id -> t_clinician, start_date, sessions_per_week)
        Clinical staff.  supervisor_id is the clinician who supervises them (self-reference; NULL for the lead
        GP partner of each practice).  sessions_per_week: number of half-day sessions worked (1-9).
    t_patient(patient_id PK, nhs_number, full_name, sex, date_of_birth, practice_code -> ref_practice,
        registered_on, deducted_on)
        sex 'F' or 'M'.  deducted_on is when the patient left the list (moved away, died...); NULL = still
        registered.
    ref_condition(condition_code PK, condition_name, review_interval_months)
        Long-term conditions: 'HYP' Hypertension, 'DM2' Type 2 diabetes, 'AST' Asthma, 'COPD' Chronic obstructive
        pulmonary disease, 'CHD' Coronary heart disease, 'DEP' Depression, 'CKD' Chronic kidney disease, 'AF'
        Atrial fibrillation.  review_interval_months: how often the patient should be reviewed.
    t_patient_condition(patient_id -> t_patient, condition_code -> ref_condition, diagnosed_on)
        Link table (PK patient_id, condition_code): disease registers.
    t_appointment(appt_id PK, patient_id -> t_patient, clinician_id -> t_clinician, slot_start, booked_minutes,
        mode, outcome, booked_on)
        About 2,800 appointments from 2024-09-02 to 2025-06-14.  slot_start is 'YYYY-MM-DD HH:MM' text;
        booked_on is the ISO date the booking was made (same day or earlier).  booked_minutes 10, 15, 20 or 30.
        mode: 'face_to_face', 'telephone', 'video', 'home_visit'.  outcome: 'attended', 'dna' (did not attend),
        'cancelled_patient', 'cancelled_practice'.

dispensary -- a small chain of community pharmacies; dates kept both as ISO and as 'DD/MM/YYYY' text
    branch(branch_id PK, branch_name, town, opened_on, gphc_number)
        Five pharmacies.  opened_on ISO 'YYYY-MM-DD'.  gphc_number is the regulator registration number.
    drug(drug_id PK, drug_name, strength, form, bnf_chapter, controlled_schedule, pack_size, pack_cost_gbp)
        form: 'tablet', 'capsule', 'inhaler', 'liquid', 'cream', 'patch'.  bnf_chapter: 1 gastro-intestinal,
        2 cardiovascular, 3 respiratory, 4 central nervous system, 5 infections, 6 endocrine, 10 musculoskeletal,
        13 skin.  controlled_schedule: 2, 3, 4 or 5 for controlled drugs (schedule 2 = strictest); NULL = not a
        controlled drug.  pack_cost_gbp: what the pharmacy pays for one pack of pack_size units.
    prescriber(prescriber_id PK, prescriber_name, surgery_name, prescriber_type)
        prescriber_type: 'GP', 'Nurse', 'Dentist', 'Pharmacist' (independent prescribers).  Doctors' and dentists'
        names carry a 'Dr ' prefix (e.g. 'Dr Daisy Kaur').  Dentists (all at 'Chester Dental Care') prescribe only
        antibiotics, never on repeat.
    prescription(rx_id PK, branch_id -> branch, prescriber_id -> prescriber, patient_ref, issued_on, received_dmy,
        collected_dmy, exemption_code, is_repeat, is_electronic)
        About 2,200 prescriptions (forms) from 2024-06-03 to 2025-06-14.  patient_ref is a pseudonymous patient
        code ('PT0001'...).  issued_on: ISO date the prescriber signed it.  received_dmy: 'DD/MM/YYYY' text, the date
        the pharmacy received it (0-3 days after issue).  collected_dmy: 'DD/MM/YYYY' text, when the patient
        collected the medicines (NULL = not collected yet).  exemption_code: NULL = the patient paid the
        prescription charge; 'A' aged 60 or over, 'B' under 16, 'E' maternity exemption, 'F' medical exemption,
        'X' prepayment certificate.  is_repeat 1 = repeat prescription, 0 = acute.  is_electronic 1 = sent via the
        electronic prescription service, 0 = paper form.
    rx_item(item_id PK, rx_id -> prescription, drug_id -> drug, quantity, status, dispensed_dmy, charge_gbp)
        One line per drug on a prescription.  quantity in units (tablets, inhalers, ml...).  status: 'dispensed',
        'owing' (out of stock, owed to the patient), 'not_dispensed'.  dispensed_dmy: 'DD/MM/YYYY' text, NULL unless
        dispensed.  charge_gbp: prescription charge paid for the item in GBP (9.90 per dispensed item when the
        patient pays; 0 when the patient is exempt or the item was not dispensed).
    stock_level(branch_id -> branch, drug_id -> drug, on_hand, reorder_level, last_counted_on)
        Link table (PK branch_id, drug_id): current stock in units, the level at which to reorder, and the ISO date
        of the last stock count.

donorsessions -- a blood donation service; DB2/COBOL-style upper-case names, durations in seconds
    DONOR(DONOR_NBR PK, DONOR_NAME, SEX_CD, BIRTH_DT, BLOOD_GRP_CD, FIRST_DONATION_DT, PRIOR_DONATION_CNT,
        ELIGIBLE_IND)
        1,800 donors.  SEX_CD 'F'/'M'.  BLOOD_GRP_CD: 'O+', 'O-', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-'.
        FIRST_DONATION_DT: date of the donor's first successful donation (NULL = registered but has never
        successfully donated).  PRIOR_DONATION_CNT: donations made before 2024 (not in DONATION; 0 for donors who
        started in 2024 or later).  ELIGIBLE_IND 'N' = permanently deferred, may not donate again.
    VENUE(VENUE_NBR PK, VENUE_NAME, TOWN_NAME, VENUE_TYPE_CD, BED_CNT)
        VENUE_TYPE_CD: 'CENTRE' a permanent donor centre, 'MOBILE' a community venue visited by a mobile team.
        BED_CNT: donation chairs/beds.
    DONOR_SESSION(SESSION_NBR PK, VENUE_NBR -> VENUE, SESSION_DT, START_TM, SLOT_CNT)
        Donation sessions from 2024-01-02 to 2025-06-14.  START_TM 'HH:MM'.  SLOT_CNT: appointment slots offered.
    DEFERRAL_RSN(RSN_CD PK, RSN_DESC, PERMANENT_IND)
        'LOWHB' Low haemoglobin, 'TRAVEL' Recent travel, 'MEDS' Medication, 'TATTOO' Recent tattoo or piercing,
        'UNWELL' Feeling unwell, 'BP' Blood pressure out of range, 'CJD' vCJD risk (PERMANENT_IND 'Y').
    DONATION(DONATION_NBR PK, DONOR_NBR -> DONOR, SESSION_NBR -> DONOR_SESSION, DONATION_TYPE_CD, OUTCOME_CD,
        RSN_CD -> DEFERRAL_RSN, HB_GDL, VOLUME_ML, DRAW_DUR_SEC)
        About 9,600 attendances of a donor at a session (a donor must wait 84 days after a successful donation).  DONATION_TYPE_CD 'WB' whole blood, 'PLT' platelets, 'PLS' plasma.
        OUTCOME_CD: 'OK' donated, 'DEFER' deferred at screening (RSN_CD says why), 'ABORT' started but stopped
        (vein problem, faint).  RSN_CD NULL unless DEFER.  HB_GDL haemoglobin from the finger-prick test, g/dL.
        VOLUME_ML collected volume in millilitres (NULL when deferred).  DRAW_DUR_SEC needle time in seconds (NULL
        when deferred).
    TEST_TYPE(TEST_CD PK, TEST_NAME)
        Mandatory markers: 'HBV' Hepatitis B, 'HCV' Hepatitis C, 'HIV', 'SYPH' Syphilis, 'HEV' Hepatitis E.
    DONATION_TEST(DONATION_NBR -> DONATION, TEST_CD -> TEST_TYPE, RESULT_CD, TEST_DT)
        Link table (PK DONATION_NBR, TEST_CD), only for OK donations.  RESULT_CD 'NEG' negative, 'POS' confirmed
        positive (unit discarded), 'IND' indeterminate (retest).  TEST_DT is the ISO lab date.

physiorehab -- an NHS musculoskeletal physiotherapy service; 't_'/'ref_' prefixes, durations in minutes and seconds
    ref_body_region(region_code PK, region_name)
        'KNEE' Knee, 'SHLD' Shoulder, 'LBACK' Lower back, 'NECK' Neck, 'HIP' Hip, 'ANKLE' Ankle and foot.
    ref_exercise(exercise_id PK, exercise_name, region_code -> ref_body_region, hold_seconds, default_reps)
        hold_seconds: how long each repetition is held, in seconds (NULL = not a static hold exercise).
    t_physio(physio_id PK, physio_name, band, clinic_site)
        Physiotherapists: Agenda for Change band 5 (junior), 6 (specialist) or 7 (advanced/extended scope).
        clinic_site: 'Riverside', 'Hillcrest', 'Town Centre'.
    t_referral(referral_id PK, patient_name, birth_year, region_code -> ref_body_region, referral_source,
        referred_on, physio_id -> t_physio, discharged_on, pain_start, pain_end)
        About 450 episodes of care referred 2024-04-01 to 2025-06-14.  referral_source: 'GP', 'Self',
        'Consultant', 'A&E'.  physio_id: the physiotherapist who owns the case.  discharged_on NULL = still open.
        pain_start / pain_end: numeric pain rating 0 (none) to 10 (worst) at first assessment and at discharge
        (pain_end NULL while open).
    t_session(session_id PK, referral_id -> t_referral, physio_id -> t_physio, session_date, session_type,
        duration_min, status)
        Appointments.  session_type: 'initial', 'follow_up', 'group', 'telephone'.  duration_min is the booked
        length in minutes.  status: 'attended', 'dna' (did not attend), 'cancelled'; the first session of every
        referral is an attended 'initial' assessment.  The physio who saw the
        patient may differ from the case owner.
    t_session_exercise(session_id -> t_session, exercise_id -> ref_exercise, sets, reps, hold_seconds_achieved)
        Link table (PK session_id, exercise_id): exercises prescribed at an attended session.  hold_seconds_achieved
        is how long the patient managed to hold, in seconds (NULL for non-hold exercises).

residentialcare -- a group of care homes; plain snake_case, staff line-manager self-reference
    home(home_id PK, home_name, town, registered_beds, nursing, cqc_rating)
        nursing 1 = registered to provide nursing care, 0 = residential only.  cqc_rating: 'Outstanding', 'Good',
        'Requires improvement', 'Inadequate'.
    staff(staff_id PK, staff_name, home_id -> home, job_title, manager_id -> staff, hourly_rate, started_on)
        job_title: 'Regional Director', 'Home Manager', 'Deputy Manager', 'Nurse', 'Senior Carer', 'Care Assistant',
        'Activities Coordinator', 'Cook'.  manager_id is the person's line manager (self-reference; NULL for the
        regional directors).  home_id NULL = regional (head-office) staff.  hourly_rate GBP per hour.
    resident(resident_id PK, resident_name, home_id -> home, room_no, admitted_on, left_on, leave_reason, funding,
        weekly_fee)
        About 240 residents (current ones each have their own room).  left_on NULL = still living in the home; leave_reason: 'deceased', 'hospital',
        'moved', 'returned_home' (NULL while current).  funding: 'local_authority', 'self_funded', 'nhs_chc'.
        weekly_fee: GBP per week.
    need(need_code PK, need_desc)
        'DEM' Dementia, 'MOB' Limited mobility, 'DIAB' Diabetes, 'PRESS' Pressure care, 'DYS' Dysphagia (swallowing),
        'EOL' End of life care, 'SIGHT' Sight loss.
    resident_need(resident_id -> resident, need_code -> need, assessed_on)   link table, PK (resident_id, need_code)
    incident(incident_id PK, resident_id -> resident, reported_by -> staff, occurred_at, incident_type, harm_level,
        hospital_transfer)
        occurred_at 'YYYY-MM-DD HH:MM' (2024-01-01 to 2025-06-14).  incident_type: 'fall', 'medication_error',
        'skin_tear', 'challenging_behaviour', 'choking'.  harm_level 'none', 'low', 'moderate', 'severe'.
        hospital_transfer 1 = the resident went to hospital.
    activity(activity_id PK, home_id -> home, activity_date, title)
        Organised activities (e.g. 'Music for the mind', 'Chair yoga').
    activity_attendance(activity_id -> activity, resident_id -> resident)   link table, PK (activity_id, resident_id)
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, iso, write_tables

FIRST = [
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Ella", "Sophie", "Evie", "Ruby",
    "Poppy", "Millie", "Daisy", "Alice", "Florence", "Harriet", "Margaret", "Joan", "Dorothy", "Brenda", "Eileen",
    "Priya", "Aisha", "Fatima", "Zara", "Niamh", "Siobhan", "Oliver", "George", "Noah", "Arthur", "Harry", "Leo",
    "Jack", "Charlie", "Oscar", "Jacob", "Thomas", "William", "James", "Henry", "Alfie", "Joshua", "Freddie",
    "Archie", "Ethan", "Kenneth", "Ronald", "Dennis", "Raymond", "Harold", "Stanley", "Imran", "Tariq", "Rohan",
    "Kwame", "Declan", "Eamon", "Tomasz", "Piotr", "Mohammed", "Yusuf", "Hannah", "Chloe", "Megan", "Bethany",
]
LAST = [
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
    "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel",
    "Khan", "Lewis", "Harrison", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris",
    "King", "Baker", "Shaw", "Holmes", "Begum", "Ahmed", "Hussain", "Kaur", "Singh", "Murphy", "O'Brien",
    "Kowalski", "Nowak", "Mensah", "Okafor", "Fletcher", "Marsh", "Barker", "Lister", "Sutcliffe", "Ackroyd",
    "Haigh", "Pickles", "Firth", "Pearson", "Whitaker", "Dobson", "Booth",
]
FEMALE = {*FIRST[:30], "Hannah", "Chloe", "Megan", "Bethany"}


def _sex(name: str) -> str:
    return "F" if name.split()[0] in FEMALE else "M"


def _names(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _dmy(d: dt.date | None) -> str | None:
    return None if d is None else d.strftime("%d/%m/%Y")


END = dt.date(2025, 6, 14)


# --------------------------------------------------------------------------------------------------------- domcare
DOMCARE_DDL = """
CREATE TABLE CLIENT (
    CLIENT_NBR INTEGER PRIMARY KEY, CLIENT_NAME TEXT NOT NULL, POSTCODE_AREA TEXT NOT NULL, BIRTH_DT TEXT NOT NULL,
    CARE_LEVEL_CD TEXT NOT NULL, FUNDING_CD TEXT NOT NULL, START_DT TEXT NOT NULL, END_DT TEXT,
    ACTIVE_IND TEXT NOT NULL);
CREATE TABLE CARER (
    CARER_NBR INTEGER PRIMARY KEY, CARER_NAME TEXT NOT NULL, TEAM_CD TEXT NOT NULL, HIRE_DT TEXT NOT NULL,
    DRIVER_IND TEXT NOT NULL, HOURLY_RATE_AMT REAL NOT NULL, ACTIVE_IND TEXT NOT NULL);
CREATE TABLE TASK_TYPE (TASK_CD TEXT PRIMARY KEY, TASK_DESC TEXT NOT NULL, REGULATED_IND TEXT NOT NULL);
CREATE TABLE VISIT (
    VISIT_NBR INTEGER PRIMARY KEY, CLIENT_NBR INTEGER NOT NULL REFERENCES CLIENT(CLIENT_NBR),
    CARER_NBR INTEGER NOT NULL REFERENCES CARER(CARER_NBR), VISIT_DT TEXT NOT NULL, SLOT_CD TEXT NOT NULL,
    PLANNED_DUR_MIN INTEGER NOT NULL, ACTUAL_DUR_SEC INTEGER, STATUS_CD TEXT NOT NULL, MILEAGE_AMT REAL);
CREATE TABLE VISIT_TASK (
    VISIT_NBR INTEGER NOT NULL REFERENCES VISIT(VISIT_NBR), TASK_CD TEXT NOT NULL REFERENCES TASK_TYPE(TASK_CD),
    COMPLETED_IND TEXT NOT NULL, PRIMARY KEY (VISIT_NBR, TASK_CD));
CREATE TABLE INCIDENT (
    INCIDENT_NBR INTEGER PRIMARY KEY, VISIT_NBR INTEGER NOT NULL REFERENCES VISIT(VISIT_NBR),
    INCIDENT_DT TEXT NOT NULL, CATEGORY_CD TEXT NOT NULL, SEVERITY_CD TEXT NOT NULL, RESOLVED_IND TEXT NOT NULL);
"""


def build_domcare(path: Path) -> None:
    rng = random.Random(10201)
    clients = []
    spans = {}
    for i, name in enumerate(_names(rng, 60)):
        nbr = 1001 + i
        start = day_between(rng, dt.date(2021, 3, 1), dt.date(2025, 3, 31))
        end = None
        if i % 6 == 5:
            end = day_between(rng, max(start, dt.date(2024, 8, 1)) + dt.timedelta(days=20), dt.date(2025, 6, 1))
        spans[nbr] = (start, end)
        clients.append((
            nbr, name, rng.choice(["LS6", "LS7", "LS8", "LS11", "LS12", "LS17"]),
            iso(day_between(rng, dt.date(1926, 1, 1), dt.date(1962, 12, 31))), rng.choice("LLMMMHH"),
            rng.choice(["LA", "LA", "LA", "SELF", "SELF", "CHC"]), iso(start), iso(end), "Y" if end is None else "N",
        ))
    carers = []
    drivers = set()
    leavers = {507, 519}
    for i, name in enumerate(_names(rng, 24)):
        nbr = 501 + i
        drv = "Y" if rng.random() < 0.6 else "N"
        if drv == "Y":
            drivers.add(nbr)
        carers.append((
            nbr, name, ["NORTH", "SOUTH", "EAST", "WEST"][i % 4], iso(day_between(rng, dt.date(2016, 1, 1), dt.date(2024, 5, 1))),
            drv, round(rng.choice([11.44, 11.90, 12.25, 12.60, 13.10, 13.75, 14.50]), 2),
            "N" if nbr in leavers else "Y",
        ))
    tasks = [
        ("PC", "Personal care", "Y"), ("MED", "Medication prompt", "Y"), ("MEAL", "Meal preparation", "N"),
        ("SHOP", "Shopping", "N"), ("DOM", "Domestic cleaning", "N"), ("COMP", "Companionship", "N"),
        ("MOB", "Hoist / mobility transfer", "Y"), ("CATH", "Catheter care", "Y"),
    ]
    slot_len = {"AM": [30, 45, 60], "LUNCH": [15, 30], "TEA": [15, 30], "BED": [15, 30, 45]}
    visits, vtasks, incidents = [], [], []
    vnbr = 700000
    for day in _days(dt.date(2024, 7, 1), END):
        active = [c for c, (s, e) in spans.items() if s <= day and (e is None or day <= e)]
        staff = [c[0] for c in carers if c[0] not in leavers or day < dt.date(2025, 1, 1)]
        for client in rng.sample(active, min(len(active), rng.randint(7, 11))):
            slot = rng.choice(list(slot_len))
            planned = rng.choice(slot_len[slot])
            carer = rng.choice(staff)
            r = rng.random()
            status = "DONE" if r < 0.9 else ("MISSED" if r < 0.94 else "CANCELLED")
            actual = int(planned * 60 * rng.uniform(0.45, 1.25)) if status == "DONE" else None
            miles = round(rng.uniform(0.4, 9.5), 1) if status == "DONE" and carer in drivers else None
            vnbr += 1
            visits.append((vnbr, client, carer, iso(day), slot, planned, actual, status, miles))
            if status == "DONE":
                picked = rng.sample(["PC", "MED", "MEAL", "SHOP", "DOM", "COMP", "MOB", "CATH"], rng.randint(1, 3))
                for t in picked:
                    vtasks.append((vnbr, t, "Y" if rng.random() < 0.93 else "N"))
                if rng.random() < 0.025:
                    incidents.append((
                        len(incidents) + 1, vnbr, iso(day), rng.choice(["FALL", "FALL", "MEDERR", "SAFEG", "SKIN", "REFUSAL"]),
                        rng.choice(["LOW", "LOW", "MED", "HIGH"]),
                        "Y" if day < dt.date(2025, 5, 1) or rng.random() < 0.4 else "N",
                    ))
    write_tables(path, DOMCARE_DDL, {
        "CLIENT": clients, "CARER": carers, "TASK_TYPE": tasks, "VISIT": visits, "VISIT_TASK": vtasks,
        "INCIDENT": incidents,
    })


# ------------------------------------------------------------------------------------------------------- gpsurgery
GPSURGERY_DDL = """
CREATE TABLE ref_practice (practice_code TEXT PRIMARY KEY, practice_name TEXT NOT NULL, town TEXT NOT NULL,
    list_size INTEGER NOT NULL);
CREATE TABLE ref_role (role_code TEXT PRIMARY KEY, role_name TEXT NOT NULL);
CREATE TABLE t_clinician (
    clinician_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, role_code TEXT NOT NULL REFERENCES ref_role(role_code),
    practice_code TEXT NOT NULL REFERENCES ref_practice(practice_code),
    supervisor_id INTEGER REFERENCES t_clinician(clinician_id), start_date TEXT NOT NULL,
    sessions_per_week INTEGER NOT NULL);
CREATE TABLE t_patient (
    patient_id INTEGER PRIMARY KEY, nhs_number TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, sex TEXT NOT NULL,
    date_of_birth TEXT NOT NULL, practice_code TEXT NOT NULL REFERENCES ref_practice(practice_code),
    registered_on TEXT NOT NULL, deducted_on TEXT);
CREATE TABLE ref_condition (condition_code TEXT PRIMARY KEY, condition_name TEXT NOT NULL,
    review_interval_months INTEGER NOT NULL);
CREATE TABLE t_patient_condition (
    patient_id INTEGER NOT NULL REFERENCES t_patient(patient_id),
    condition_code TEXT NOT NULL REFERENCES ref_condition(condition_code), diagnosed_on TEXT NOT NULL,
    PRIMARY KEY (patient_id, condition_code));
CREATE TABLE t_appointment (
    appt_id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES t_patient(patient_id),
    clinician_id INTEGER NOT NULL REFERENCES t_clinician(clinician_id), slot_start TEXT NOT NULL,
    booked_minutes INTEGER NOT NULL, mode TEXT NOT NULL, outcome TEXT NOT NULL, booked_on TEXT NOT NULL);
"""


def build_gpsurgery(path: Path) -> None:
    rng = random.Random(10202)
    practices = [
        ("B82001", "Moorside Medical Practice", "Harrogate", 11850),
        ("B82014", "Nidd Valley Surgery", "Knaresborough", 7420),
        ("B82033", "Castle Hill Health Centre", "Ripon", 9310),
        ("B82047", "Oatlands Group Practice", "Harrogate", 14980),
    ]
    roles = [("GP", "General practitioner"), ("ANP", "Advanced nurse practitioner"), ("PN", "Practice nurse"),
             ("HCA", "Healthcare assistant"), ("PHARM", "Clinical pharmacist")]
    names = iter(_names(rng, 40))
    clinicians = []
    cid = 0

    def add(role: str, prac: str, sup: int | None) -> int:
        nonlocal cid
        cid += 1
        sessions = rng.randint(6, 9) if role == "GP" and sup is None else rng.randint(2, 9)
        clinicians.append((cid, next(names), role, prac, sup, iso(day_between(rng, dt.date(2005, 1, 1), dt.date(2024, 6, 1))),
                           sessions))
        return cid

    by_practice: dict[str, list[tuple[int, str]]] = {}
    for code, *_ in practices:
        lead = add("GP", code, None)
        staff = [(lead, "GP")]
        gps = [add("GP", code, lead) for _ in range(rng.randint(2, 3))]
        staff += [(g, "GP") for g in gps]
        anp = add("ANP", code, rng.choice(gps))
        staff.append((anp, "ANP"))
        pns = [add("PN", code, anp) for _ in range(2)]
        staff += [(p, "PN") for p in pns]
        staff.append((add("HCA", code, pns[0]), "HCA"))
        staff.append((add("PHARM", code, lead), "PHARM"))
        by_practice[code] = staff
    conditions = [("HYP", "Hypertension", 12), ("DM2", "Type 2 diabetes", 6), ("AST", "Asthma", 12),
                  ("COPD", "Chronic obstructive pulmonary disease", 12), ("CHD", "Coronary heart disease", 12),
                  ("DEP", "Depression", 12), ("CKD", "Chronic kidney disease", 12), ("AF", "Atrial fibrillation", 12)]
    patients, pconds = [], []
    ages = {}
    regs = {}
    for i, name in enumerate(_names(rng, 900)):
        pid = i + 1
        prac = rng.choices([p[0] for p in practices], weights=[12, 7, 9, 15])[0]
        dob = day_between(rng, dt.date(1932, 1, 1), dt.date(2024, 12, 31))
        reg = max(dob, day_between(rng, dt.date(1995, 1, 1), dt.date(2025, 5, 31)))
        ded = day_between(rng, max(reg, dt.date(2024, 9, 1)), END) if rng.random() < 0.05 else None
        patients.append((pid, str(4000000000 + pid * 9973 + rng.randint(0, 9000)), name, _sex(name),
                         iso(dob), prac, iso(reg), iso(ded)))
        age = (dt.date(2025, 6, 15) - dob).days // 365
        ages[pid] = (prac, age, ded)
        regs[pid] = reg
        for code, _n, _r in conditions:
            base = {"HYP": 0.006, "DM2": 0.003, "AST": 0.002, "COPD": 0.0015, "CHD": 0.0015, "DEP": 0.002,
                    "CKD": 0.0015, "AF": 0.0012}[code]
            p = base * age if code not in ("AST", "DEP") else 0.12
            if age >= 18 and rng.random() < p:
                adult = min(max(dob + dt.timedelta(days=18 * 365), dt.date(2000, 1, 1)), END)
                pconds.append((pid, code, iso(day_between(rng, adult, END))))
    appts = []
    aid = 0
    pids_by_prac: dict[str, list[int]] = {}
    for pid, (prac, _a, _ded) in ages.items():
        pids_by_prac.setdefault(prac, []).append(pid)
    for day in _days(dt.date(2024, 9, 2), END):
        if day.weekday() >= 5:
            continue
        for prac, staff in by_practice.items():
            for _ in range(rng.randint(2, 5)):
                pid = rng.choice(pids_by_prac[prac])
                ded = ages[pid][2]
                if (ded is not None and day >= ded) or day < regs[pid]:
                    continue
                clin, role = rng.choice(staff)
                mins = {"GP": [10, 15, 15, 20], "ANP": [15, 20], "PN": [15, 20, 30], "HCA": [10, 15],
                        "PHARM": [20, 30]}[role]
                mode = rng.choices(["face_to_face", "telephone", "video", "home_visit"],
                                   weights=[60, 30, 6, 4 if role in ("GP", "ANP") else 0])[0]
                r = rng.random()
                outcome = ("attended" if r < 0.84 else "dna" if r < 0.91 else
                           "cancelled_patient" if r < 0.97 else "cancelled_practice")
                aid += 1
                hh, mm = rng.randint(8, 17), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
                booked = day - dt.timedelta(days=rng.choice([0, 0, 1, 2, 3, 7, 14, 21]))
                appts.append((aid, pid, clin, f"{day.isoformat()} {hh:02d}:{mm:02d}", rng.choice(mins), mode, outcome,
                              iso(booked)))
    write_tables(path, GPSURGERY_DDL, {
        "ref_practice": practices, "ref_role": roles, "t_clinician": clinicians, "t_patient": patients,
        "ref_condition": conditions, "t_patient_condition": pconds, "t_appointment": appts,
    })


# ------------------------------------------------------------------------------------------------------ dispensary
DISPENSARY_DDL = """
CREATE TABLE branch (branch_id INTEGER PRIMARY KEY, branch_name TEXT NOT NULL, town TEXT NOT NULL,
    opened_on TEXT NOT NULL, gphc_number TEXT NOT NULL);
CREATE TABLE drug (drug_id INTEGER PRIMARY KEY, drug_name TEXT NOT NULL, strength TEXT NOT NULL, form TEXT NOT NULL,
    bnf_chapter INTEGER NOT NULL, controlled_schedule INTEGER, pack_size INTEGER NOT NULL, pack_cost_gbp REAL NOT NULL);
CREATE TABLE prescriber (prescriber_id INTEGER PRIMARY KEY, prescriber_name TEXT NOT NULL, surgery_name TEXT NOT NULL,
    prescriber_type TEXT NOT NULL);
CREATE TABLE prescription (
    rx_id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branch(branch_id),
    prescriber_id INTEGER NOT NULL REFERENCES prescriber(prescriber_id), patient_ref TEXT NOT NULL,
    issued_on TEXT NOT NULL, received_dmy TEXT NOT NULL, collected_dmy TEXT, exemption_code TEXT,
    is_repeat INTEGER NOT NULL, is_electronic INTEGER NOT NULL);
CREATE TABLE rx_item (
    item_id INTEGER PRIMARY KEY, rx_id INTEGER NOT NULL REFERENCES prescription(rx_id),
    drug_id INTEGER NOT NULL REFERENCES drug(drug_id), quantity INTEGER NOT NULL, status TEXT NOT NULL,
    dispensed_dmy TEXT, charge_gbp REAL NOT NULL);
CREATE TABLE stock_level (
    branch_id INTEGER NOT NULL REFERENCES branch(branch_id), drug_id INTEGER NOT NULL REFERENCES drug(drug_id),
    on_hand INTEGER NOT NULL, reorder_level INTEGER NOT NULL, last_counted_on TEXT NOT NULL,
    PRIMARY KEY (branch_id, drug_id));
"""

DRUGS = [
    ("Amlodipine", "5mg", "tablet", 2, None, 28, 0.79), ("Amlodipine", "10mg", "tablet", 2, None, 28, 0.85),
    ("Ramipril", "5mg", "capsule", 2, None, 28, 1.05), ("Atorvastatin", "20mg", "tablet", 2, None, 28, 0.98),
    ("Atorvastatin", "40mg", "tablet", 2, None, 28, 1.20), ("Bisoprolol", "2.5mg", "tablet", 2, None, 28, 0.88),
    ("Apixaban", "5mg", "tablet", 2, None, 56, 53.20), ("Furosemide", "40mg", "tablet", 2, None, 28, 0.92),
    ("Salbutamol", "100mcg", "inhaler", 3, None, 1, 1.50), ("Clenil Modulite", "100mcg", "inhaler", 3, None, 1, 7.42),
    ("Montelukast", "10mg", "tablet", 3, None, 28, 1.31), ("Sertraline", "50mg", "tablet", 4, None, 28, 1.10),
    ("Citalopram", "20mg", "tablet", 4, None, 28, 0.95), ("Mirtazapine", "15mg", "tablet", 4, None, 28, 1.45),
    ("Codeine phosphate", "30mg", "tablet", 4, 5, 28, 1.18), ("Tramadol", "50mg", "capsule", 4, 3, 30, 1.62),
    ("Morphine sulfate oral solution", "10mg/5ml", "liquid", 4, 5, 100, 1.89),
    ("Oxycodone", "5mg", "capsule", 4, 2, 56, 8.73), ("Diazepam", "5mg", "tablet", 4, 4, 28, 0.89),
    ("Zopiclone", "7.5mg", "tablet", 4, 4, 28, 1.02), ("Pregabalin", "75mg", "capsule", 4, 3, 56, 2.04),
    ("Buprenorphine", "10mcg/hour", "patch", 4, 3, 4, 17.60), ("Amoxicillin", "500mg", "capsule", 5, None, 21, 1.13),
    ("Doxycycline", "100mg", "capsule", 5, None, 8, 2.10), ("Nitrofurantoin", "100mg", "capsule", 5, None, 14, 9.80),
    ("Flucloxacillin", "500mg", "capsule", 5, None, 28, 2.80), ("Metformin", "500mg", "tablet", 6, None, 28, 0.91),
    ("Gliclazide", "80mg", "tablet", 6, None, 28, 0.97), ("Levothyroxine", "50mcg", "tablet", 6, None, 28, 1.19),
    ("Prednisolone", "5mg", "tablet", 6, None, 28, 0.99), ("Naproxen", "500mg", "tablet", 10, None, 28, 1.71),
    ("Ibuprofen", "400mg", "tablet", 10, None, 24, 0.83), ("Omeprazole", "20mg", "capsule", 1, None, 28, 0.84),
    ("Lansoprazole", "30mg", "capsule", 1, None, 28, 1.03), ("Lactulose", "3.35g/5ml", "liquid", 1, None, 500, 3.20),
    ("Hydrocortisone", "1%", "cream", 13, None, 1, 2.35), ("Emollient (Epimax)", "500g", "cream", 13, None, 1, 3.62),
    ("Fusidic acid", "2%", "cream", 13, None, 1, 4.28),
]


def build_dispensary(path: Path) -> None:
    rng = random.Random(10203)
    branches = [
        (1, "Bridge Street Pharmacy", "Chester", "2009-04-01", "1038211"),
        (2, "Hoole Road Pharmacy", "Chester", "2014-09-15", "1047730"),
        (3, "Market Square Chemist", "Ellesmere Port", "2001-06-04", "1021184"),
        (4, "Neston Health Pharmacy", "Neston", "2018-02-12", "1053906"),
        (5, "Frodsham Community Pharmacy", "Frodsham", "2022-11-07", "1061452"),
    ]
    drugs = [(i + 1, *d) for i, d in enumerate(DRUGS)]
    surgeries = ["Northgate Medical Centre", "Hoole Surgery", "Ellesmere Port Family Practice", "Neston Surgery",
                 "Frodsham Medical Centre", "Chester Dental Care"]
    prescribers = []
    for i, name in enumerate(_names(rng, 28)):
        surg = surgeries[i % 6]
        ptype = "Dentist" if surg == "Chester Dental Care" else rng.choice(["GP", "GP", "GP", "Nurse", "Pharmacist"])
        prescribers.append((i + 1, ("Dr " if ptype in ("GP", "Dentist") else "") + name, surg, ptype))
    non_dental = [p[0] for p in prescribers if p[3] != "Dentist"]
    dental = [p[0] for p in prescribers if p[3] == "Dentist"]
    patients = [f"PT{n:04d}" for n in range(1, 601)]
    exemption = {p: rng.choice([None, None, None, "A", "A", "A", "B", "E", "F", "X"]) for p in patients}
    rxs, items = [], []
    rx_id = 0
    item_id = 0
    for day in _days(dt.date(2024, 6, 3), END):
        if day.weekday() == 6:
            continue
        for _ in range(rng.randint(5, 9)):
            rx_id += 1
            dentist = rng.random() < 0.04
            pres = rng.choice(dental if dentist else non_dental)
            pat = rng.choice(patients)
            received = day + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
            if received > END:
                received = END
            exempt = exemption[pat]
            branch = rng.choices([1, 2, 3, 4, 5], weights=[30, 22, 20, 16, 12])[0]
            repeat = 0 if dentist else int(rng.random() < 0.7)
            electronic = int(rng.random() < 0.93)
            ready = received
            pool = [d[0] for d in drugs if d[4] == 5] if dentist else [d[0] for d in drugs]
            for drug_id in rng.sample(pool, rng.choice([1, 1, 1, 2, 2, 3, 4])):
                item_id += 1
                r = rng.random()
                status = "dispensed" if r < 0.93 else "owing" if r < 0.98 else "not_dispensed"
                disp = min(END, received + dt.timedelta(days=rng.choice([0, 0, 0, 1]))) if status == "dispensed" else None
                if disp is not None:
                    ready = max(ready, disp)
                pack = drugs[drug_id - 1][6]
                qty = pack * rng.choice([1, 1, 1, 2, 3]) if pack > 1 else rng.choice([1, 1, 2])
                charge = 0.0 if exempt is not None or status != "dispensed" else 9.90
                items.append((item_id, rx_id, drug_id, qty, status, _dmy(disp), charge))
            collected = ready + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5, 8]))
            if collected > END or rng.random() < 0.02:
                collected = None
            rxs.append((rx_id, branch, pres, pat, iso(day), _dmy(received), _dmy(collected), exempt, repeat,
                        electronic))
    stock = []
    for b in branches:
        for d in drugs:
            if rng.random() < 0.85:
                reorder = rng.choice([1, 2, 3, 5]) * d[6]
                on_hand = max(0, int(reorder * rng.uniform(-0.3, 3.0)))
                stock.append((b[0], d[0], on_hand, reorder, iso(day_between(rng, dt.date(2025, 4, 1), END))))
    write_tables(path, DISPENSARY_DDL, {
        "branch": branches, "drug": drugs, "prescriber": prescribers, "prescription": rxs, "rx_item": items,
        "stock_level": stock,
    })


# --------------------------------------------------------------------------------------------------- donorsessions
DONOR_DDL = """
CREATE TABLE DONOR (
    DONOR_NBR INTEGER PRIMARY KEY, DONOR_NAME TEXT NOT NULL, SEX_CD TEXT NOT NULL, BIRTH_DT TEXT NOT NULL,
    BLOOD_GRP_CD TEXT NOT NULL, FIRST_DONATION_DT TEXT, PRIOR_DONATION_CNT INTEGER NOT NULL,
    ELIGIBLE_IND TEXT NOT NULL);
CREATE TABLE VENUE (
    VENUE_NBR INTEGER PRIMARY KEY, VENUE_NAME TEXT NOT NULL, TOWN_NAME TEXT NOT NULL, VENUE_TYPE_CD TEXT NOT NULL,
    BED_CNT INTEGER NOT NULL);
CREATE TABLE DONOR_SESSION (
    SESSION_NBR INTEGER PRIMARY KEY, VENUE_NBR INTEGER NOT NULL REFERENCES VENUE(VENUE_NBR), SESSION_DT TEXT NOT NULL,
    START_TM TEXT NOT NULL, SLOT_CNT INTEGER NOT NULL);
CREATE TABLE DEFERRAL_RSN (RSN_CD TEXT PRIMARY KEY, RSN_DESC TEXT NOT NULL, PERMANENT_IND TEXT NOT NULL);
CREATE TABLE DONATION (
    DONATION_NBR INTEGER PRIMARY KEY, DONOR_NBR INTEGER NOT NULL REFERENCES DONOR(DONOR_NBR),
    SESSION_NBR INTEGER NOT NULL REFERENCES DONOR_SESSION(SESSION_NBR), DONATION_TYPE_CD TEXT NOT NULL,
    OUTCOME_CD TEXT NOT NULL, RSN_CD TEXT REFERENCES DEFERRAL_RSN(RSN_CD), HB_GDL REAL NOT NULL, VOLUME_ML INTEGER,
    DRAW_DUR_SEC INTEGER);
CREATE TABLE TEST_TYPE (TEST_CD TEXT PRIMARY KEY, TEST_NAME TEXT NOT NULL);
CREATE TABLE DONATION_TEST (
    DONATION_NBR INTEGER NOT NULL REFERENCES DONATION(DONATION_NBR),
    TEST_CD TEXT NOT NULL REFERENCES TEST_TYPE(TEST_CD), RESULT_CD TEXT NOT NULL, TEST_DT TEXT NOT NULL,
    PRIMARY KEY (DONATION_NBR, TEST_CD));
"""


def build_donorsessions(path: Path) -> None:
    rng = random.Random(10204)
    groups = ["O+"] * 35 + ["O-"] * 8 + ["A+"] * 30 + ["A-"] * 7 + ["B+"] * 8 + ["B-"] * 2 + ["AB+"] * 3 + ["AB-"] * 1
    donors = []
    joined: dict[int, dt.date] = {}
    for i, name in enumerate(_names(rng, 1800)):
        nbr = 20001 + i
        first = day_between(rng, dt.date(1995, 1, 1), dt.date(2025, 5, 20))
        joined[nbr] = first
        prior = 0 if first.year >= 2024 else rng.randint(1, 60)
        donors.append([
            nbr, name, _sex(name), iso(day_between(rng, dt.date(1955, 1, 1), dt.date(2006, 12, 31))),
            rng.choice(groups), iso(first), prior, "N" if rng.random() < 0.015 else "Y",
        ])
    venues = [
        (1, "Leeds Donor Centre", "Leeds", "CENTRE", 14), (2, "Sheffield Donor Centre", "Sheffield", "CENTRE", 12),
        (3, "Otley Civic Centre", "Otley", "MOBILE", 6), (4, "Wetherby Town Hall", "Wetherby", "MOBILE", 5),
        (5, "Skipton Rugby Club", "Skipton", "MOBILE", 6), (6, "Ilkley Kings Hall", "Ilkley", "MOBILE", 5),
        (7, "Barnsley Metrodome", "Barnsley", "MOBILE", 8), (8, "Rotherham Unity Centre", "Rotherham", "MOBILE", 7),
    ]
    reasons = [
        ("LOWHB", "Low haemoglobin", "N"), ("TRAVEL", "Recent travel", "N"), ("MEDS", "Medication", "N"),
        ("TATTOO", "Recent tattoo or piercing", "N"), ("UNWELL", "Feeling unwell", "N"),
        ("BP", "Blood pressure out of range", "N"), ("CJD", "vCJD risk", "Y"),
    ]
    tests = [("HBV", "Hepatitis B"), ("HCV", "Hepatitis C"), ("HIV", "HIV"), ("SYPH", "Syphilis"),
             ("HEV", "Hepatitis E")]
    sessions, donations, dtests = [], [], []
    last_ok: dict[int, dt.date] = {}
    first_ok: dict[int, dt.date] = {}
    sex = {d[0]: d[2] for d in donors}
    eligible = [d[0] for d in donors if d[7] == "Y"]
    snbr = 0
    dnbr = 5000000
    for day in _days(dt.date(2024, 1, 2), END):
        if day.weekday() == 6:
            continue
        todays = [1, 2] if day.weekday() < 5 else []
        if rng.random() < 0.35:
            todays.append(rng.randint(3, 8))
        pool = [d for d in eligible if joined[d] <= day]
        for v in todays:
            snbr += 1
            slots = venues[v - 1][4] * rng.choice([3, 4])
            sessions.append((snbr, v, iso(day), rng.choice(["08:30", "09:00", "13:00", "13:30", "17:00"]), slots))
            for donor in rng.sample(pool, min(len(pool), rng.randint(slots * 2 // 3, slots))):
                prev = last_ok.get(donor)
                if prev is not None and (day - prev).days < 84:
                    continue
                dtype = "WB" if v > 2 else rng.choice(["WB", "WB", "PLT", "PLS"])
                hb = round(rng.gauss(14.8 if sex[donor] == "M" else 13.8, 0.8), 1)
                low = hb < (13.5 if sex[donor] == "M" else 12.5)
                r = rng.random()
                if low:
                    outcome, rsn = "DEFER", "LOWHB"
                elif r < 0.06:
                    outcome, rsn = "DEFER", rng.choice(["TRAVEL", "MEDS", "TATTOO", "UNWELL", "BP", "BP", "MEDS"])
                elif r < 0.08:
                    outcome, rsn = "ABORT", None
                else:
                    outcome, rsn = "OK", None
                vol = dur = None
                if outcome == "OK":
                    vol = {"WB": 470, "PLT": rng.randint(200, 300), "PLS": rng.randint(600, 750)}[dtype]
                    dur = {"WB": rng.randint(330, 780), "PLT": rng.randint(3600, 5400),
                           "PLS": rng.randint(2100, 3000)}[dtype]
                    last_ok[donor] = day
                    first_ok.setdefault(donor, day)
                elif outcome == "ABORT":
                    vol = rng.randint(40, 300)
                    dur = rng.randint(60, 600)
                dnbr += 1
                donations.append((dnbr, donor, snbr, dtype, outcome, rsn, hb, vol, dur))
                if outcome == "OK":
                    tday = iso(day + dt.timedelta(days=1))
                    for t, _n in tests:
                        r2 = rng.random()
                        res = "POS" if r2 < 0.0015 else "IND" if r2 < 0.005 else "NEG"
                        dtests.append((dnbr, t, res, tday))
    # a permanent (vCJD) deferral: the donor's last attendance, after which they are no longer eligible
    victim = donations[len(donations) // 2][1]
    k = max(i for i, d in enumerate(donations) if d[1] == victim)
    d = donations[k]
    donations[k] = (d[0], d[1], d[2], d[3], "DEFER", "CJD", d[6], None, None)
    dtests = [t for t in dtests if t[0] != d[0]]
    for row in donors:
        if row[0] == victim:
            row[7] = "N"
        if joined[row[0]] >= dt.date(2024, 1, 1):
            row[5] = iso(first_ok.get(row[0]))
    write_tables(path, DONOR_DDL, {
        "DONOR": [tuple(r) for r in donors], "VENUE": venues, "DONOR_SESSION": sessions, "DEFERRAL_RSN": reasons,
        "DONATION": donations, "TEST_TYPE": tests, "DONATION_TEST": dtests,
    })


# ----------------------------------------------------------------------------------------------------- physiorehab
PHYSIO_DDL = """
CREATE TABLE ref_body_region (region_code TEXT PRIMARY KEY, region_name TEXT NOT NULL);
CREATE TABLE ref_exercise (
    exercise_id INTEGER PRIMARY KEY, exercise_name TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES ref_body_region(region_code), hold_seconds INTEGER,
    default_reps INTEGER NOT NULL);
CREATE TABLE t_physio (physio_id INTEGER PRIMARY KEY, physio_name TEXT NOT NULL, band INTEGER NOT NULL,
    clinic_site TEXT NOT NULL);
CREATE TABLE t_referral (
    referral_id INTEGER PRIMARY KEY, patient_name TEXT NOT NULL, birth_year INTEGER NOT NULL,
    region_code TEXT NOT NULL REFERENCES ref_body_region(region_code), referral_source TEXT NOT NULL,
    referred_on TEXT NOT NULL, physio_id INTEGER NOT NULL REFERENCES t_physio(physio_id), discharged_on TEXT,
    pain_start INTEGER NOT NULL, pain_end INTEGER);
CREATE TABLE t_session (
    session_id INTEGER PRIMARY KEY, referral_id INTEGER NOT NULL REFERENCES t_referral(referral_id),
    physio_id INTEGER NOT NULL REFERENCES t_physio(physio_id), session_date TEXT NOT NULL,
    session_type TEXT NOT NULL, duration_min INTEGER NOT NULL, status TEXT NOT NULL);
CREATE TABLE t_session_exercise (
    session_id INTEGER NOT NULL REFERENCES t_session(session_id),
    exercise_id INTEGER NOT NULL REFERENCES ref_exercise(exercise_id), sets INTEGER NOT NULL, reps INTEGER NOT NULL,
    hold_seconds_achieved INTEGER, PRIMARY KEY (session_id, exercise_id));
"""

EXERCISES = [
    ("Straight leg raise", "KNEE", None, 10), ("Quadriceps set", "KNEE", 10, 10), ("Mini squat", "KNEE", None, 12),
    ("Step-ups", "KNEE", None, 10), ("Wall slide", "KNEE", 5, 10),
    ("Pendulum swing", "SHLD", None, 15), ("External rotation with band", "SHLD", None, 12),
    ("Doorway pec stretch", "SHLD", 30, 3), ("Scapular squeeze", "SHLD", 5, 10),
    ("Pelvic tilt", "LBACK", 5, 10), ("Bird dog", "LBACK", 10, 8), ("Cat-camel", "LBACK", None, 10),
    ("Side plank", "LBACK", 20, 3), ("Knee to chest stretch", "LBACK", 30, 3),
    ("Chin tuck", "NECK", 5, 10), ("Neck rotation", "NECK", None, 10), ("Upper trapezius stretch", "NECK", 30, 3),
    ("Clam shell", "HIP", None, 15), ("Glute bridge", "HIP", 5, 12), ("Hip flexor stretch", "HIP", 30, 3),
    ("Calf raise", "ANKLE", None, 15), ("Single leg balance", "ANKLE", 30, 3), ("Towel scrunch", "ANKLE", None, 20),
    ("Alphabet ankle circles", "ANKLE", None, 2),
]


def build_physiorehab(path: Path) -> None:
    rng = random.Random(10205)
    regions = [("KNEE", "Knee"), ("SHLD", "Shoulder"), ("LBACK", "Lower back"), ("NECK", "Neck"), ("HIP", "Hip"),
               ("ANKLE", "Ankle and foot")]
    exercises = [(i + 1, *e) for i, e in enumerate(EXERCISES)]
    by_region: dict[str, list[tuple]] = {}
    for e in exercises:
        by_region.setdefault(e[2], []).append(e)
    physios = []
    sites = ["Riverside", "Hillcrest", "Town Centre"]
    for i, name in enumerate(_names(rng, 12)):
        physios.append((i + 1, name, [5, 5, 6, 6, 6, 7][i % 6], sites[i % 3]))
    referrals, sessions, sex = [], [], []
    sid = 0
    for i, name in enumerate(_names(rng, 460)):
        rid = i + 1
        region = rng.choices([r[0] for r in regions], weights=[25, 20, 30, 10, 10, 8])[0]
        ref_on = day_between(rng, dt.date(2024, 4, 1), END)
        owner = rng.choice(physios)
        pain = rng.randint(3, 9)
        n_sess = rng.randint(1, 8)
        d = ref_on + dt.timedelta(days=rng.randint(5, 30))
        dates = []
        for _ in range(n_sess):
            if d > END:
                break
            dates.append(d)
            d += dt.timedelta(days=rng.randint(7, 21))
        discharged = None
        if dates and (d <= END and rng.random() < 0.85):
            discharged = dates[-1]
        pain_end = max(0, pain - rng.randint(0, 6)) if discharged else None
        referrals.append((rid, name, rng.randint(1940, 2008), region,
                          rng.choice(["GP", "GP", "GP", "Self", "Self", "Consultant", "A&E"]), iso(ref_on), owner[0],
                          iso(discharged), pain, pain_end))
        for k, sd in enumerate(dates):
            sid += 1
            stype = "initial" if k == 0 else rng.choice(["follow_up", "follow_up", "follow_up", "group", "telephone"])
            dur = {"initial": 45, "follow_up": rng.choice([30, 30, 20]), "group": 60, "telephone": 15}[stype]
            r = rng.random()
            status = "attended" if r < 0.86 or k == 0 else "dna" if r < 0.94 else "cancelled"
            seer = owner[0] if rng.random() < 0.8 else rng.choice(physios)[0]
            sessions.append((sid, rid, seer, iso(sd), stype, dur, status))
            if status == "attended" and stype != "telephone":
                for ex in rng.sample(by_region[region], min(len(by_region[region]), rng.randint(2, 4))):
                    held = None if ex[3] is None else max(1, int(ex[3] * rng.uniform(0.3, 1.2)))
                    sex.append((sid, ex[0], rng.choice([2, 3, 3]), ex[4], held))
    write_tables(path, PHYSIO_DDL, {
        "ref_body_region": regions, "ref_exercise": exercises, "t_physio": physios, "t_referral": referrals,
        "t_session": sessions, "t_session_exercise": sex,
    })


# ------------------------------------------------------------------------------------------------- residentialcare
RESCARE_DDL = """
CREATE TABLE home (home_id INTEGER PRIMARY KEY, home_name TEXT NOT NULL, town TEXT NOT NULL,
    registered_beds INTEGER NOT NULL, nursing INTEGER NOT NULL, cqc_rating TEXT NOT NULL);
CREATE TABLE staff (
    staff_id INTEGER PRIMARY KEY, staff_name TEXT NOT NULL, home_id INTEGER REFERENCES home(home_id),
    job_title TEXT NOT NULL, manager_id INTEGER REFERENCES staff(staff_id), hourly_rate REAL NOT NULL,
    started_on TEXT NOT NULL);
CREATE TABLE resident (
    resident_id INTEGER PRIMARY KEY, resident_name TEXT NOT NULL, home_id INTEGER NOT NULL REFERENCES home(home_id),
    room_no TEXT NOT NULL, admitted_on TEXT NOT NULL, left_on TEXT, leave_reason TEXT, funding TEXT NOT NULL,
    weekly_fee REAL NOT NULL);
CREATE TABLE need (need_code TEXT PRIMARY KEY, need_desc TEXT NOT NULL);
CREATE TABLE resident_need (
    resident_id INTEGER NOT NULL REFERENCES resident(resident_id), need_code TEXT NOT NULL REFERENCES need(need_code),
    assessed_on TEXT NOT NULL, PRIMARY KEY (resident_id, need_code));
CREATE TABLE incident (
    incident_id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL REFERENCES resident(resident_id),
    reported_by INTEGER NOT NULL REFERENCES staff(staff_id), occurred_at TEXT NOT NULL, incident_type TEXT NOT NULL,
    harm_level TEXT NOT NULL, hospital_transfer INTEGER NOT NULL);
CREATE TABLE activity (activity_id INTEGER PRIMARY KEY, home_id INTEGER NOT NULL REFERENCES home(home_id),
    activity_date TEXT NOT NULL, title TEXT NOT NULL);
CREATE TABLE activity_attendance (
    activity_id INTEGER NOT NULL REFERENCES activity(activity_id),
    resident_id INTEGER NOT NULL REFERENCES resident(resident_id), PRIMARY KEY (activity_id, resident_id));
"""


def build_residentialcare(path: Path) -> None:
    rng = random.Random(10206)
    homes = [
        (1, "Rosewood House", "Shrewsbury", 42, 1, "Good"), (2, "The Laurels", "Telford", 30, 0, "Outstanding"),
        (3, "Severn View", "Shrewsbury", 55, 1, "Requires improvement"), (4, "Meadowbank Lodge", "Ludlow", 24, 0, "Good"),
        (5, "Oakleigh Court", "Oswestry", 36, 1, "Good"),
    ]
    pool = _names(rng, 560)
    names = iter(pool[:160])
    staff = []
    sid = 0

    def add(home: int | None, title: str, mgr: int | None, lo: float, hi: float) -> int:
        nonlocal sid
        sid += 1
        staff.append((sid, next(names), home, title, mgr, round(rng.uniform(lo, hi), 2),
                      iso(day_between(rng, dt.date(2008, 1, 1), dt.date(2025, 3, 1)))))
        return sid

    directors = [add(None, "Regional Director", None, 42.0, 48.0), add(None, "Regional Director", None, 42.0, 48.0)]
    carers_by_home: dict[int, list[int]] = {}
    for h in homes:
        hid = h[0]
        mgr = add(hid, "Home Manager", directors[0] if hid in (1, 3, 5) else directors[1], 24.0, 30.0)
        dep = add(hid, "Deputy Manager", mgr, 17.5, 20.0)
        team = [mgr, dep]
        if h[4]:
            team += [add(hid, "Nurse", dep, 21.0, 24.5) for _ in range(rng.randint(2, 3))]
        seniors = [add(hid, "Senior Carer", dep, 13.2, 14.4) for _ in range(2)]
        team += seniors
        for _ in range(rng.randint(4, 7)):
            team.append(add(hid, "Care Assistant", rng.choice(seniors), 11.44, 12.6))
        team.append(add(hid, "Activities Coordinator", mgr, 11.8, 12.9))
        add(hid, "Cook", mgr, 11.6, 12.4)
        carers_by_home[hid] = team
    needs = [("DEM", "Dementia"), ("MOB", "Limited mobility"), ("DIAB", "Diabetes"), ("PRESS", "Pressure care"),
             ("DYS", "Dysphagia"), ("EOL", "End of life care"), ("SIGHT", "Sight loss")]
    residents, rneeds = [], []
    current: dict[int, list[tuple[int, dt.date, dt.date | None]]] = {h[0]: [] for h in homes}
    plan: list[tuple[tuple, str | None]] = []
    for h in homes:
        rooms = [f"{1 + k // 20}{1 + k % 20:02d}" for k in range(h[3])]
        rng.shuffle(rooms)
        plan += [(h, rooms[k]) for k in range(round(h[3] * rng.uniform(0.8, 0.96)))]
        plan += [(h, None) for _ in range(rng.randint(10, 18))]
    rng.shuffle(plan)
    for i, name in enumerate(pool[160:160 + len(plan)]):
        rid = i + 1
        h, room = plan[i]
        left = reason = None
        if room is None:
            adm = day_between(rng, dt.date(2019, 1, 1), dt.date(2025, 4, 30))
            left = day_between(rng, max(adm + dt.timedelta(days=30), dt.date(2023, 6, 1)), END)
            reason = rng.choice(["deceased", "deceased", "deceased", "hospital", "moved", "returned_home"])
            room = f"{rng.randint(1, 1 + (h[3] - 1) // 20)}{rng.randint(1, 20):02d}"
        else:
            adm = day_between(rng, dt.date(2019, 1, 1), dt.date(2025, 6, 1))
        funding = rng.choice(["local_authority", "local_authority", "self_funded", "self_funded", "nhs_chc"])
        base = 1150 if h[4] else 920
        fee = round(base * rng.uniform(0.95, 1.45) / 5) * 5.0
        residents.append((rid, name, h[0], room, iso(adm), iso(left), reason, funding, fee))
        current[h[0]].append((rid, adm, left))
        for code, _d in needs:
            p = {"DEM": 0.55, "MOB": 0.6, "DIAB": 0.2, "PRESS": 0.18, "DYS": 0.12, "EOL": 0.06, "SIGHT": 0.15}[code]
            if rng.random() < p:
                rneeds.append((rid, code, iso(day_between(rng, adm, min(END, adm + dt.timedelta(days=200))))))
    incidents = []
    for k in range(420):
        h = rng.choice(homes)[0]
        when = day_between(rng, dt.date(2024, 1, 1), END)
        present = [r for r, a, lft in current[h] if a <= when and (lft is None or when <= lft)]
        if not present:
            continue
        itype = rng.choices(["fall", "medication_error", "skin_tear", "challenging_behaviour", "choking"],
                            weights=[45, 15, 20, 17, 3])[0]
        harm = rng.choices(["none", "low", "moderate", "severe"], weights=[40, 35, 19, 6])[0]
        hosp = int(harm in ("moderate", "severe") and rng.random() < 0.6)
        incidents.append((k + 1, rng.choice(present), rng.choice(carers_by_home[h]),
                          f"{when.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", itype, harm, hosp))
    titles = ["Music for the mind", "Chair yoga", "Bingo", "Reminiscence group", "Garden club", "Baking afternoon",
              "Film matinee", "Church service", "Pet therapy visit", "Arts and crafts"]
    activities, attendance = [], []
    aid = 0
    for day in _days(dt.date(2025, 1, 6), END):
        for h in homes:
            if rng.random() < 0.45:
                aid += 1
                activities.append((aid, h[0], iso(day), rng.choice(titles)))
                present = [r for r, a, lft in current[h[0]] if a <= day and (lft is None or day <= lft)]
                for r in rng.sample(present, min(len(present), rng.randint(2, 12))):
                    attendance.append((aid, r))
    write_tables(path, RESCARE_DDL, {
        "home": homes, "staff": staff, "resident": residents, "need": needs, "resident_need": rneeds,
        "incident": incidents, "activity": activities, "activity_attendance": attendance,
    })


BUILDERS: dict[str, Callable[[Path], None]] = {
    "domcare": build_domcare,
    "gpsurgery": build_gpsurgery,
    "dispensary": build_dispensary,
    "donorsessions": build_donorsessions,
    "physiorehab": build_physiorehab,
    "residentialcare": build_residentialcare,
}
