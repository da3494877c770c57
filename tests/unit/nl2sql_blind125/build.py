"""Six synthetic databases of healthcare operations and veterinary care for the 125th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14
(bookings for later days exist); "today" is 2025-06-15.  Each schema has its own conventions, as inherited.

stmarys -- St Mary's, an NHS-style acute hospital (Oracle export: UPPER_CASE names, NUMBER keys, 'Y'/'N' flags,
dates as ISO text 'YYYY-MM-DD', date-times as 'YYYY-MM-DD HH24:MI:SS'), admissions from July 2023
    DEPARTMENTS: the department tree.  DEPT_ID; DEPT_CODE ('CARD', 'GSURG' ...); DEPT_NAME ('Cardiology',
        'Trauma and Orthopaedics' ...); PARENT_DEPT_ID -> DEPARTMENTS: the division a department belongs to (the
        four divisions 'Division of Medicine', 'Division of Surgery', 'Women and Children' and 'Critical Care' are
        the top level, with NULL); COST_CENTRE: finance cost centre (sometimes NULL); ACTIVE_FLAG: 'N' = closed or
        merged into another department.
    WARDS: WARD_ID; WARD_CODE (floor and wing, '4N' = fourth floor north); WARD_NAME ('Orthopaedic Ward',
        'Intensive Care Unit' ...); DEPT_ID -> DEPARTMENTS (the department that runs it); FLOOR_NO.
    BEDS: BED_ID; WARD_ID -> WARDS; BED_LABEL ('4N-07'); BED_TYPE: 'STD' standard, 'ISO' isolation side room,
        'BAR' bariatric, 'ICU' critical care bed, 'CRIB' neonatal cot; IN_SERVICE_FLAG: 'N' = out of service.
    STAFF: STAFF_ID; EMP_NO ('E20005'); LAST_NAME; FIRST_NAME; JOB_CODE: 'CONS' consultant (senior doctor, the
        only grade that is an admission's attending), 'REG' registrar (doctor in training), 'RN' registered
        nurse, 'HCA' healthcare assistant, 'AHP' allied health professional (physiotherapist ...); DEPT_ID ->
        DEPARTMENTS; HIRE_DATE; TERM_DATE: left the hospital (NULL = still employed); FTE: contracted fraction
        of full time (1 = full time, 0.5 = half); AGENCY_FLAG: 'Y' = supplied by a staffing agency.
    PATIENTS: PATIENT_ID; MRN: hospital number ('SM9219075'); SURNAME; GIVEN_NAME; DATE_OF_BIRTH; SEX: 'M', 'F'
        or 'U' (unknown); CITY: home town ('Leeds', 'York' ...; NULL unknown); DECEASED_FLAG: 'Y' = died.  Not
        every registered patient has been admitted.
    ADMISSIONS: one inpatient stay each.  ADMISSION_ID; PATIENT_ID -> PATIENTS; DEPT_ID -> DEPARTMENTS (the
        admitting specialty); ATTENDING_ID -> STAFF (the consultant responsible); ADMIT_TYPE: 'EL' elective
        (planned), 'EM' emergency, 'TR' transfer in from another hospital, 'MAT' maternity; ADMIT_DT;
        DISCHARGE_DT (NULL = still in hospital); DISCHARGE_DISP (how the stay ended; NULL while in): 'HOME',
        'SNF' to a care home or nursing facility, 'TRF' transferred to another hospital, 'AMA' self-discharged
        against medical advice, 'DIED' died in hospital; READMIT_30D_FLAG: 'Y' = admitted within 30 days of the
        same patient's previous discharge.
    BED_ASSIGNMENTS: which bed an admission occupied and when (admissions to beds over time).  ASSIGNMENT_ID;
        ADMISSION_ID -> ADMISSIONS; BED_ID -> BEDS; START_DT; END_DT (NULL = the patient is in that bed now).  A
        patient moved during a stay has several rows.

tierarzt -- a small-animal veterinary practice in Cologne (German names; ISO dates 'YYYY-MM-DD'; flags 'J' (ja) /
'N' (nein); money in euros), appointments from January 2023
    Besitzer: the animal owners (the practice's customers).  BesitzerID; Anrede: 'Herr', 'Frau' or 'Firma' (a
        business); Vorname: first name (NULL for a business); Nachname: surname (or the business's name);
        Strasse: street and number; PLZ: postcode; Ort: town ('Köln', 'Bonn', 'Leverkusen', 'Bergisch Gladbach',
        'Frechen', 'Hürth', 'Pulheim'); Telefon; Email (NULL = none given); Kunde_seit: customer since (date);
        Newsletter: 'J' = receives the newsletter.  Some customers have no animal on file any more.
    Arzt: the vets.  ArztID; Titel: 'Dr. med. vet.' or NULL; Vorname; Nachname; Rolle: 'Praxisinhaberin' (the
        practice owner), 'Tierarzt' / 'Tierärztin' (vet), 'Assistenztierarzt' / 'Assistenztierärztin' (assistant
        vet in training); Fachgebiet: speciality ('Allgemeinmedizin' general practice, 'Chirurgie' surgery,
        'Zahnheilkunde' dentistry, 'Dermatologie', 'Kardiologie'); Eintritt: joined; Austritt: left (NULL = still
        at the practice); Betreuer_ArztID -> Arzt: the vet who supervises an assistant (NULL for the others).
    Tier: the animals (patients).  TierID; BesitzerID -> Besitzer; Rufname: the animal's name; Tierart: species
        ('Hund' dog, 'Katze' cat, 'Kaninchen' rabbit, 'Meerschweinchen' guinea pig, 'Wellensittich' budgerigar,
        'Frettchen' ferret, 'Schildkröte' tortoise); Rasse: breed (NULL unknown); Geschlecht: 'm' male, 'w'
        female, 'mk' neutered male, 'wk' spayed female; Geburtsdatum (NULL unknown); Gewicht_kg: last weight in
        kg (NULL = not weighed); Chip_Nr: microchip number (NULL = none); Verstorben: 'J' = the animal has died.
    Termin: appointments.  TerminID; TierID -> Tier; ArztID -> Arzt; Datum; Uhrzeit: 'HH:MM'; Dauer_Min: booked
        length in minutes; Anlass: reason ('Impfung' vaccination, 'Kontrolle' check-up, 'Zahnreinigung' dental
        cleaning, 'Kastration' neutering, 'Lahmheit' lameness, 'Hautproblem' skin problem, 'Erbrechen' vomiting,
        'Notfall' emergency, 'Krallen schneiden' claw trim); Status: 'geplant' (booked, in the future),
        'erledigt' (done), 'abgesagt' (cancelled), 'nicht erschienen' (no-show).
    Leistung: the fee schedule.  LeistungNr ('U01'); Bezeichnung: the service ('Allgemeine Untersuchung' general
        examination, 'Impfung Tollwut' rabies vaccination, 'Zahnsteinentfernung' scaling ...); Kategorie:
        'Untersuchung' (examination), 'Impfung' (vaccine), 'Labor' (lab test), 'Bildgebung' (imaging),
        'Chirurgie' (surgery and anaesthesia), 'Zahn' (dental), 'Medikament' (medication), 'Pflege' (grooming);
        Preis_EUR: the single-rate price in euros, net of VAT; Aktiv: 'N' = no longer offered.
    Behandlung: the services charged at a done appointment, one line each (appointments to services).  PosID;
        TerminID -> Termin; LeistungNr -> Leistung; Menge: quantity; Faktor: fee multiplier (1.0 to 3.0);
        Betrag_EUR: Preis_EUR x Menge x Faktor, in euros net of VAT.
    Rechnung: invoices, one per done appointment.  RechnungNr ('RE-2025-0012'); TerminID -> Termin; BesitzerID ->
        Besitzer (who is billed); Rechnungsdatum: invoice date (the appointment's day); Netto_EUR: the lines'
        total, net; Brutto_EUR: the amount to pay, with 19% VAT; Bezahlt_am: day paid (NULL = unpaid); Zahlart:
        payment method 'bar' (cash), 'EC-Karte' (debit card) or 'Überweisung' (bank transfer), NULL while unpaid;
        Mahnstufe: reminder level, 0 = none sent, 1 to 3 = first to third (final) payment reminder sent.

fhirlink -- a FHIR R4 export of a US clinic network (one table per resource, camelCase element names flattened
with underscores; text ids with a prefix 'pat-1a2b3c4d'; a *_ref column holds the id of the resource it points to;
booleans as the text 'true'/'false'; dateTimes as ISO 8601 UTC text '2025-03-04T10:15:00Z'; dates 'YYYY-MM-DD');
encounters from July 2023
    Organization: id ('org-stl-main'); identifier_value: NPI of a provider organization (NULL for departments);
        name ("St Luke's Main Hospital", 'Cardiology', 'Virtual Care' ...); type_code: 'prov' (a healthcare
        provider: the network, its hospital and its clinics) or 'dept' (a department or service); partOf_ref ->
        Organization: what it is part of (departments belong to the hospital or a clinic, or for Virtual Care to
        the network; the hospital and clinics belong to "St Luke's Health Network", whose partOf_ref is NULL);
        active: 'false' = closed; address_city.
    Patient: id; identifier_mrn ('MRN-953610'); name_family; name_given; gender: 'female', 'male', 'other' or
        'unknown'; birthDate; address_city ('Springfield', 'Riverton', 'Oakdale' ...; NULL unknown);
        managingOrganization_ref -> Organization (the patient's home hospital or clinic); deceasedDateTime: when
        the patient died (NULL = alive); active: 'false' = record closed (the deceased).
    Practitioner: id ('prac-101'); identifier_npi; name_prefix: 'Dr.' or NULL; name_family; name_given; gender;
        qualification_code: 'MD' or 'DO' (physicians), 'NP' (nurse practitioner), 'PA' (physician assistant),
        'RN' (registered nurse); active: 'false' = no longer practising here.
    Encounter: a contact with a patient.  id; status: 'planned' (booked, in the future), 'in-progress' (happening
        now: in hospital or in the emergency department), 'finished', 'cancelled'; class_code: 'AMB' (outpatient
        clinic visit), 'EMER' (emergency department visit), 'IMP' (inpatient stay), 'VR' (virtual: a telehealth
        video visit); type_text ('Annual wellness visit', 'Follow-up visit', 'Hospital admission', 'Telehealth
        visit', 'Chest pain' ...); subject_ref -> Patient; serviceProvider_ref -> Organization (the department
        that provided it); period_start; period_end (NULL unless finished).
    Encounter_participant: the practitioners in an encounter (encounters to practitioners).  encounter_ref ->
        Encounter; individual_ref -> Practitioner; type_code: 'PPRF' (primary performer: the clinician in charge,
        one per encounter), 'SPRF' (secondary performer, a nurse) or 'CON' (consultant called in).
    Observation: a measurement.  id; status: 'final' or 'amended'; code_system: 'http://loinc.org'; code_code:
        LOINC code ('8867-4' heart rate, '8480-6' systolic blood pressure, '8462-4' diastolic blood pressure,
        '29463-7' body weight, '8310-5' body temperature, '2339-0' blood glucose, '4548-4' hemoglobin A1c
        (HbA1c)); code_display; subject_ref -> Patient; encounter_ref -> Encounter; effectiveDateTime: when
        measured; valueQuantity_value; valueQuantity_unit ('/min', 'mm[Hg]', 'kg', 'Cel', 'mg/dL', '%');
        interpretation_code: 'N' normal, 'H' high, 'L' low (NULL for weights).
    Condition: a diagnosis on a patient's problem list (a patient has each code at most once).  id; subject_ref ->
        Patient; code_system: ICD-10-CM; code_code ('I10' hypertension, 'E11.9' type 2 diabetes, 'E78.5'
        hyperlipidemia (high cholesterol), 'J45.909' asthma, 'F32.9' depression, 'M54.50' low back pain, 'N18.3'
        chronic kidney disease stage 3, 'J06.9' acute upper respiratory infection, 'E66.9' obesity);
        code_display; clinicalStatus: 'active', 'resolved' or 'remission'; onsetDateTime; abatementDateTime: when
        it resolved (NULL while active); recordedDate: day it was entered.
    MedicationRequest: a prescription.  id; status: 'active', 'completed' (course finished) or 'stopped'
        (discontinued); intent: 'order'; medication_code: RxNorm code; medication_display ('metformin
        hydrochloride 500 MG Oral Tablet', 'amoxicillin 500 MG Oral Capsule' ...); subject_ref -> Patient;
        requester_ref -> Practitioner (the prescriber); encounter_ref -> Encounter (NULL if written outside a
        visit); authoredOn: when written; dosage_text; refillsAllowed: number of refills.

pawcare -- a group of veterinary clinics around Portland, Oregon (snake_case, lookup tables of codes, ISO dates
'YYYY-MM-DD', 0/1 flags, money in US dollars), visits from January 2023
    clinics: clinic_id; clinic_name ('Riverside Animal Hospital' ...); city; opened_on; is_24h: 1 = open around the
        clock (emergencies are seen there).
    species: the species codes.  species_code: 'CAN' dog, 'FEL' cat, 'LAG' rabbit, 'AVI' bird, 'REP' reptile,
        'ROD' small rodent, 'MUS' ferret; species_name ('Dog', 'Cat' ...).
    visit_types: visit_type_code: 'WELL' wellness exam, 'VAX' vaccination appointment, 'SICK' sick pet exam,
        'SURG' surgery, 'DENT' dental cleaning, 'EMER' emergency visit, 'RCHK' recheck (a follow-up visit), 'EUTH'
        euthanasia (putting a pet to sleep); description; base_fee: the starting fee in US dollars.
    vaccines: vaccine_code ('RAB1' and 'RAB3' canine rabies for 1 or 3 years, 'DHPP', 'BORD', 'LEPT', 'FRAB'
        feline rabies, 'FVRCP', 'FELV', 'RHDV2', 'FDIS'); vaccine_name; species_code -> species; valid_months.
    owners: owner_id; first_name; last_name; phone (NULL unknown); email (NULL unknown); city; created_on.
    pets: pet_id; owner_id -> owners; pet_name; species_code -> species; breed (NULL unknown); sex: 'M', 'F', 'MN'
        neutered male, 'FS' spayed female; birth_date (NULL unknown); microchip_no (NULL = not chipped);
        deceased_on: day the pet died (NULL = alive).
    vets: vet_id; clinic_id -> clinics (home clinic); full_name ('Dr. Greta Gallagher'); license_no; is_active:
        0 = has left.
    visits: visit_id; pet_id -> pets; vet_id -> vets; clinic_id -> clinics (where the visit took place);
        visit_type_code -> visit_types; visit_date; weight_kg: weighed at the visit (NULL = not weighed);
        total_charge: the bill in US dollars (vaccines included); is_paid: 0 = still outstanding;
        follow_up_of -> visits: for a recheck, the visit it follows up (NULL otherwise).
    vaccinations: vaccination_id; visit_id -> visits; pet_id -> pets; vaccine_code -> vaccines; given_on;
        expires_on: when the protection runs out (a booster is due); lot_no: vaccine lot (NULL unrecorded).

harbor_ems -- Harbor County's ambulance service (snake_case, lookup tables of codes; every time is INTEGER Unix
epoch seconds, UTC; 0/1 flags), calls from July 2024
    stations: station_id; station_name ('Station 1 Downtown'); district (the district it covers); opened_year.
    unit_types: unit_type_code: 'ALS' paramedic ambulance (advanced life support), 'BLS' EMT ambulance (basic
        life support), 'SUP' EMS supervisor car, 'ENG' fire engine sent as first responder; description.
    units: the vehicles.  unit_id; call_sign ('M3' medic unit, 'E3' engine, 'SUP1'); unit_type_code ->
        unit_types; station_id -> stations (home station); in_service: 0 = out of service (under repair).
    priority_codes: priority_code 'P1' (immediate life threat) to 'P4' (low acuity); description;
        target_response_sec: the goal, in seconds, from the call being received to the first unit on scene.
    nature_codes: call types.  nature_code ('CARD' cardiac arrest, 'CHEST' chest pain, 'BREATH', 'FALL', 'MVC'
        motor vehicle collision, 'OD' overdose, 'STROKE', 'SICK', 'PSYCH', 'TRAUMA', 'SEIZ', 'DIAB', 'XFER'
        transfer between hospitals); description.
    disposition_codes: how a call ended.  disposition_code: 'TRN' treated and transported, 'TNT' treated not
        transported, 'RMA' patient refused medical aid, 'DOA' dead on arrival, 'CXL' cancelled before arrival,
        'GOA' gone on arrival (no patient found); description.
    hospitals: hospital_id; hospital_name; is_trauma_center: 1 = trauma center; is_stroke_center: 1 = stroke
        center.
    incidents: one call.  incident_id; incident_no ('HC25-00412'); received_at: when the call was received;
        priority_code -> priority_codes; nature_code -> nature_codes; district ('Downtown', 'Harbor', 'North',
        'Eastside', 'Hillcrest', 'Airport', 'Westfield'); patient_age: years (NULL unknown or no patient);
        patient_sex: 'M' or 'F'; disposition_code -> disposition_codes (NULL while open); closed_at (NULL = the
        call is still open).
    responses: a unit sent to a call (incidents to units).  response_id; incident_id -> incidents; unit_id ->
        units; dispatched_at; enroute_at: started driving; on_scene_at: arrived (NULL = never arrived, or not
        yet); transport_hospital_id -> hospitals: where this unit took the patient (NULL = no transport);
        at_hospital_at: arrived at the hospital; cleared_at: available again (NULL = still busy);
        is_transporting: 1 = this unit carried the patient.  A call's response time runs from received_at to the
        first on_scene_at of its units.

orsuite -- the operating theatres of a US hospital (PascalCase; dates as INTEGER yyyymmdd, 20250314; money in US
cents; durations in minutes; 0/1 flags), cases from January 2024
    Payer: PayerId; PayerName ('Medicare', 'Aetna', 'Self-pay' ...); PayerType: 'GOV' government, 'COM'
        commercial insurer, 'SELF' the patient pays.
    Surgeon: SurgeonId; FullName ('Dr. Elif Zimmer'); Specialty ('Orthopedics', 'General Surgery',
        'Cardiothoracic', 'Neurosurgery', 'Urology', 'ENT', 'Plastics'); IsActive: 0 = no longer operating here.
    TeamMember: the theatre staff.  MemberId; FullName; Discipline: 'Anesthesiologist', 'CRNA' (nurse
        anesthetist), 'Scrub Nurse', 'Surgical Tech', 'Circulating Nurse'; IsAgency: 1 = agency (traveler) staff.
    OperatingRoom: RoomId; RoomName ('OR 1' to 'OR 8'); Building: 'Main' or 'East Pavilion'; IsHybrid: 1 = a
        hybrid room with built-in imaging (cardiac cases).
    ProcedureCatalog: ProcedureCode: CPT code as text ('27447' total knee replacement, '27130' total hip
        replacement, '47562' laparoscopic gallbladder removal ...); ProcedureName; Specialty; StdMinutes: the
        standard expected duration in minutes; StdChargeCents: list charge in US cents.
    Patient: PatientId; Mrn; FirstName; LastName; BirthYear (NULL unknown); Sex: 'M' or 'F'; PayerId -> Payer
        (primary insurance; NULL unknown).
    SurgicalCase: one operation.  CaseId; PatientId -> Patient; SurgeonId -> Surgeon (the primary surgeon);
        RoomId -> OperatingRoom; ProcedureCode -> ProcedureCatalog; CaseDate: yyyymmdd; StartMinute: scheduled
        start in minutes after midnight (450 = 07:30); BookedMinutes: time booked for the case; ActualMinutes:
        how long it actually took, incision to close (NULL unless completed); AnesthesiaMinutes: anesthesia time
        (NULL unless completed); CaseStatus: 'Scheduled' (booked, not done yet), 'Completed' or 'Cancelled';
        CancelReason (cancelled cases only); IsAddOn: 1 = added to the schedule at short notice; AsaClass: ASA
        physical status 1 (healthy) to 5 (moribund), NULL unknown.
    CaseTeam: who worked a case besides the surgeon (cases to team members).  CaseId -> SurgicalCase; MemberId ->
        TeamMember; CaseRole: 'Anesthesia' (the anesthesia provider: an anesthesiologist or a CRNA) or 'Scrub'
        (the scrub nurse or tech).  Circulating nurses are not recorded per case.
    Claim: the bill sent for a completed case (cases of the last days are not billed yet).  ClaimId; CaseId ->
        SurgicalCase; PayerId -> Payer (NULL unknown); SubmittedDate: yyyymmdd; BilledCents: amount billed in
        cents; PaidCents: amount received in cents (NULL while pending, 0 when denied); ClaimStatus: 'Paid',
        'Partial' (part paid), 'Denied' or 'Pending'.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import full_names, write_tables

LAST_DAY = dt.date(2025, 6, 14)
END = dt.datetime(2025, 6, 14, 23, 59, 59)


def _moment(r: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    """A random second in [start, end]."""
    span = max(0, int((end - start).total_seconds()))
    return start + dt.timedelta(seconds=r.randint(0, span))


def _date(r: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=r.randint(0, (end - start).days))


def _ts(t: dt.datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def _d(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _yn(b: bool) -> str:
    return "Y" if b else "N"


# ---------------------------------------------------------------------------------------------------------------
# stmarys
# ---------------------------------------------------------------------------------------------------------------

STMARYS_DDL = """
CREATE TABLE DEPARTMENTS (
    DEPT_ID NUMBER(6) PRIMARY KEY,
    DEPT_CODE VARCHAR2(10) NOT NULL UNIQUE,
    DEPT_NAME VARCHAR2(60) NOT NULL,
    PARENT_DEPT_ID NUMBER(6) REFERENCES DEPARTMENTS(DEPT_ID),
    COST_CENTRE VARCHAR2(10),
    ACTIVE_FLAG CHAR(1) NOT NULL
);
CREATE TABLE WARDS (
    WARD_ID NUMBER(4) PRIMARY KEY,
    WARD_CODE VARCHAR2(6) NOT NULL UNIQUE,
    WARD_NAME VARCHAR2(60) NOT NULL,
    DEPT_ID NUMBER(6) NOT NULL REFERENCES DEPARTMENTS(DEPT_ID),
    FLOOR_NO NUMBER(2) NOT NULL
);
CREATE TABLE BEDS (
    BED_ID NUMBER(6) PRIMARY KEY,
    WARD_ID NUMBER(4) NOT NULL REFERENCES WARDS(WARD_ID),
    BED_LABEL VARCHAR2(10) NOT NULL UNIQUE,
    BED_TYPE VARCHAR2(4) NOT NULL,
    IN_SERVICE_FLAG CHAR(1) NOT NULL
);
CREATE TABLE STAFF (
    STAFF_ID NUMBER(8) PRIMARY KEY,
    EMP_NO VARCHAR2(8) NOT NULL UNIQUE,
    LAST_NAME VARCHAR2(40) NOT NULL,
    FIRST_NAME VARCHAR2(40) NOT NULL,
    JOB_CODE VARCHAR2(4) NOT NULL,
    DEPT_ID NUMBER(6) NOT NULL REFERENCES DEPARTMENTS(DEPT_ID),
    HIRE_DATE VARCHAR2(10) NOT NULL,
    TERM_DATE VARCHAR2(10),
    FTE NUMBER(3,2) NOT NULL,
    AGENCY_FLAG CHAR(1) NOT NULL
);
CREATE TABLE PATIENTS (
    PATIENT_ID NUMBER(10) PRIMARY KEY,
    MRN VARCHAR2(10) NOT NULL UNIQUE,
    SURNAME VARCHAR2(40) NOT NULL,
    GIVEN_NAME VARCHAR2(40) NOT NULL,
    DATE_OF_BIRTH VARCHAR2(10) NOT NULL,
    SEX CHAR(1) NOT NULL,
    CITY VARCHAR2(40),
    DECEASED_FLAG CHAR(1) NOT NULL
);
CREATE TABLE ADMISSIONS (
    ADMISSION_ID NUMBER(10) PRIMARY KEY,
    PATIENT_ID NUMBER(10) NOT NULL REFERENCES PATIENTS(PATIENT_ID),
    DEPT_ID NUMBER(6) NOT NULL REFERENCES DEPARTMENTS(DEPT_ID),
    ATTENDING_ID NUMBER(8) NOT NULL REFERENCES STAFF(STAFF_ID),
    ADMIT_TYPE VARCHAR2(3) NOT NULL,
    ADMIT_DT VARCHAR2(19) NOT NULL,
    DISCHARGE_DT VARCHAR2(19),
    DISCHARGE_DISP VARCHAR2(4),
    READMIT_30D_FLAG CHAR(1) NOT NULL
);
CREATE TABLE BED_ASSIGNMENTS (
    ASSIGNMENT_ID NUMBER(10) PRIMARY KEY,
    ADMISSION_ID NUMBER(10) NOT NULL REFERENCES ADMISSIONS(ADMISSION_ID),
    BED_ID NUMBER(6) NOT NULL REFERENCES BEDS(BED_ID),
    START_DT VARCHAR2(19) NOT NULL,
    END_DT VARCHAR2(19)
);
"""

_SM_DEPTS = [
    (100, "DMED", "Division of Medicine", None, "CC1000", "Y"),
    (200, "DSURG", "Division of Surgery", None, "CC2000", "Y"),
    (300, "DWCH", "Women and Children", None, "CC3000", "Y"),
    (400, "DCRIT", "Critical Care", None, "CC4000", "Y"),
    (110, "CARD", "Cardiology", 100, "CC1100", "Y"),
    (120, "ONC", "Oncology", 100, "CC1200", "Y"),
    (130, "NEURO", "Neurology", 100, "CC1300", "Y"),
    (140, "GMED", "General Medicine", 100, "CC1400", "Y"),
    (150, "GERI", "Elderly Care", 100, "CC1500", "Y"),
    (160, "RESP", "Respiratory Medicine", 100, "CC1600", "N"),
    (210, "ORTH", "Trauma and Orthopaedics", 200, "CC2100", "Y"),
    (220, "GSURG", "General Surgery", 200, "CC2200", "Y"),
    (230, "CTS", "Cardiothoracic Surgery", 200, "CC2300", "Y"),
    (240, "URO", "Urology", 200, "CC2400", "Y"),
    (250, "PLAS", "Plastic Surgery", 200, None, "N"),
    (310, "MAT", "Maternity", 300, "CC3100", "Y"),
    (320, "PAED", "Paediatrics", 300, "CC3200", "Y"),
    (330, "NNU", "Neonatal Unit", 300, "CC3300", "Y"),
    (410, "ICU", "Intensive Care", 400, "CC4100", "Y"),
    (420, "ED", "Emergency Department", 400, "CC4200", "Y"),
    (430, "HDU", "High Dependency Unit", 400, "CC4300", "N"),
]
_SM_WARDS = [
    (1, "2E", "Maternity Ward", 310, 2, 16, "STD"), (2, "2W", "Paediatric Ward", 320, 2, 12, "STD"),
    (3, "2N", "Neonatal Unit", 330, 2, 10, "CRIB"), (4, "3N", "Cardiology Ward", 110, 3, 18, "STD"),
    (5, "3S", "Oncology Ward", 120, 3, 14, "STD"), (6, "4N", "Orthopaedic Ward", 210, 4, 20, "STD"),
    (7, "4S", "Surgical Ward", 220, 4, 20, "STD"), (8, "5N", "Medical Ward A", 140, 5, 18, "STD"),
    (9, "5S", "Medical Ward B", 140, 5, 18, "STD"), (10, "5E", "Elderly Care Ward", 150, 5, 16, "STD"),
    (11, "1C", "Intensive Care Unit", 410, 1, 10, "ICU"), (12, "1E", "Emergency Observation", 420, 1, 8, "STD"),
    (13, "6N", "Neurology Ward", 130, 6, 12, "STD"), (14, "6S", "Urology and Cardiothoracic", 240, 6, 14, "STD"),
]  # fmt: skip
# the wards an admission to a department is put in
_SM_DEPT_WARDS = {110: [4], 120: [5], 130: [13], 140: [8, 9], 150: [10], 160: [9], 210: [6], 220: [7], 230: [14],
                  240: [14], 310: [1], 320: [2], 330: [3], 410: [11], 420: [12]}  # fmt: skip
# (weight, median length of stay in days)
_SM_DEPT_LOS = {110: (12, 4.0), 120: (8, 6.0), 130: (6, 5.0), 140: (18, 4.5), 150: (10, 9.0), 160: (4, 5.0),
                210: (12, 5.0), 220: (12, 3.5), 230: (3, 8.0), 240: (6, 2.5), 310: (14, 2.0), 320: (8, 2.0),
                330: (2, 12.0), 410: (3, 6.0), 420: (6, 0.8)}  # fmt: skip
_SM_CITIES = ["Leeds", "Leeds", "Leeds", "Bradford", "Wakefield", "Harrogate", "York", "Huddersfield", "Otley"]


def build_stmarys(path: Path) -> None:
    r = random.Random(12501)
    # wards and beds
    beds = []
    ward_beds: dict[int, list[int]] = {}
    bid = 7000
    for w in _SM_WARDS:
        ward_beds[w[0]] = []
        for k in range(1, w[5] + 1):
            bid += 1
            btype = w[6]
            if btype == "STD":
                btype = "ISO" if k <= 2 else ("BAR" if k == 3 and w[0] in (6, 8, 10) else "STD")
            beds.append([bid, w[0], f"{w[1]}-{k:02d}", btype, "Y"])
            ward_beds[w[0]].append(bid)
    # isolation rooms: Medical Ward B has four, so it clearly has the most
    for b in beds:
        if b[1] == 9 and b[2] in ("5S-03", "5S-04"):
            b[3] = "ISO"
    out_of_service = ["4S-07", "5N-11", "3N-18", "1C-10", "6S-02", "2W-05"]
    for b in beds:
        if b[2] in out_of_service:
            b[4] = "N"
    in_service = {b[0] for b in beds if b[4] == "Y"}
    # staff
    names = full_names(r, 220 + 420)
    staff = []
    consultants: dict[int, list[tuple[int, dt.date, dt.date | None]]] = {}
    sid = 50000
    clinical = [d[0] for d in _SM_DEPTS if d[3] is not None and d[0] not in (250, 430)]
    ni = 0
    for dep in clinical:
        ncons = 3 if _SM_DEPT_LOS.get(dep, (0, 0))[0] >= 8 else 2
        plan = ["CONS"] * ncons + ["REG"] * 2 + ["RN"] * r.randint(4, 6) + ["HCA"] * r.randint(1, 3)
        if dep in (210, 140, 320):
            plan.append("AHP")
        for job in plan:
            sid += r.randint(1, 9)
            first, last = names[ni].split(" ")
            ni += 1
            hired = _date(r, dt.date(2004, 1, 1), dt.date(2024, 12, 31))
            term = None
            if dep == 160 or (job != "CONS" and r.random() < 0.1):
                term = _date(r, max(hired + dt.timedelta(days=200), dt.date(2023, 1, 1)), dt.date(2025, 5, 31))
                if dep == 160:
                    term = dt.date(2024, 3, 31)
            agency = job in ("RN", "HCA") and r.random() < 0.22 and term is None
            fte = 1.0 if agency else r.choice([1.0, 1.0, 1.0, 0.8, 0.6, 0.5])
            staff.append([sid, f"E{sid - 30000:05d}", last, first, job, dep, _d(hired), _d(term), fte, _yn(agency)])
            if job == "CONS":
                consultants.setdefault(dep, []).append((sid, hired, term))
    # a consultant who joined this month has attended nothing yet
    sid += 3
    staff.append([sid, f"E{sid - 30000:05d}", "Okonkwo", "Adaeze", "CONS", 130, "2025-06-02", None, 1.0, "N"])
    # patients
    patients = []
    pid0 = 1004000
    npat = 400
    for i in range(npat):
        first, last = names[ni].split(" ")
        ni += 1
        dob = _date(r, dt.date(1932, 1, 1), dt.date(2024, 12, 31))
        patients.append([pid0 + i * 7, f"SM{r.randint(1000000, 9999999)}", last, first, _d(dob),
                         r.choice("MF") if r.random() > 0.01 else "U", r.choice(_SM_CITIES) if r.random() > 0.03
                         else None, "N"])  # fmt: skip
    # admissions, per patient in time order
    deps = list(_SM_DEPT_LOS)
    weights = [_SM_DEPT_LOS[d][0] for d in deps]
    adm = []
    per_patient = [r.choice([0, 0, 1, 1, 1, 1, 2, 3]) for _ in range(npat)]
    for i in range(npat):
        k = per_patient[i]
        if k == 0:
            continue
        dob = dt.date.fromisoformat(patients[i][4])
        starts = sorted(_moment(r, dt.datetime(2023, 7, 1), dt.datetime(2025, 5, 20)) for _ in range(k))
        prev_end: dt.datetime | None = None
        fav = r.choices(deps, weights=weights)[0]
        for s in starts:
            dep = fav if r.random() < 0.6 else r.choices(deps, weights=weights)[0]
            age = (s.date() - dob).days / 365.25
            if age < 0.2:
                dep = 330
            elif age < 16 and dep not in (420, 410):
                dep = 320
            elif dep in (320, 330):
                dep = 140
            if dep == 310 and (patients[i][5] != "F" or not 17 <= age <= 45):
                dep = 220
            if dep == 160 and s.date() > dt.date(2024, 3, 20):
                dep = 140
            if dep == 150 and age < 70:
                dep = 140
            if prev_end is not None and s <= prev_end:
                s = prev_end + dt.timedelta(days=r.randint(2, 60), hours=r.randint(0, 12))
            if s > dt.datetime(2025, 6, 10):
                break
            los = max(0.15, r.lognormvariate(0, 0.6) * _SM_DEPT_LOS[dep][1])
            end = s + dt.timedelta(days=los)
            if end > END:
                break
            adm.append([i, dep, s, end])
            prev_end = end
    # patients still in hospital
    adults = [i for i in range(npat)
              if per_patient[i] > 0 and dt.date.fromisoformat(patients[i][4]) < dt.date(2005, 1, 1)]  # fmt: skip
    inpatients = r.sample(adults, 23)
    for i in inpatients:
        last_end = max((a[3] for a in adm if a[0] == i), default=dt.datetime(2020, 1, 1))
        s = _moment(r, max(last_end + dt.timedelta(days=3), dt.datetime(2025, 5, 28)), dt.datetime(2025, 6, 14, 20))
        dep = r.choice([110, 120, 140, 140, 150, 210, 220, 410, 130, 240])
        if dep == 150 and (s.date() - dt.date.fromisoformat(patients[i][4])).days < 70 * 365:
            dep = 140
        adm.append([i, dep, s, None])
    adm.sort(key=lambda a: a[2])
    admissions = []
    assignments = []
    last_discharge: dict[int, dt.datetime] = {}
    aid = 880000
    asg = 0
    occupied_now: set[int] = set()
    remaining: dict[int, int] = {}
    for a in adm:
        remaining[a[0]] = remaining.get(a[0], 0) + 1
    for i, dep, s, end in adm:
        remaining[i] -= 1
        aid += r.randint(1, 40)
        cons = [c for c in consultants[dep] if c[1] <= s.date() and (c[2] is None or c[2] >= s.date())]
        att = r.choice(cons)[0]
        if dep == 310:
            typ = "MAT"
        elif dep in (420, 410, 330) or r.random() < 0.45:
            typ = "EM"
        elif r.random() < 0.12:
            typ = "TR"
        else:
            typ = "EL"
        disp = None
        if end is not None:
            if dep in (310, 320, 330):
                disp = "HOME"
            else:
                disp = r.choices(
                    ["HOME", "SNF", "TRF", "AMA", "DIED"], weights=[78, 9, 5, 4, 4 if remaining[i] == 0 else 0]
                )[0]
        readmit = i in last_discharge and (s - last_discharge[i]).days < 30
        admissions.append((aid, patients[i][0], dep, att, typ, _ts(s), _ts(end), disp, _yn(readmit)))
        if end is not None:
            last_discharge[i] = end
        if disp == "DIED":
            patients[i][7] = "Y"
        # beds: first in the department's ward; sometimes a move
        segs = 1 if r.random() < 0.85 else 2
        wards = [r.choice(_SM_DEPT_WARDS[dep])]
        if segs == 2:
            wards.insert(0, 12 if typ == "EM" and dep != 420 else r.choice(_SM_DEPT_WARDS[dep]))
        t0 = s
        for j, w in enumerate(wards):
            last = j == len(wards) - 1
            t1 = end if last else t0 + dt.timedelta(hours=r.randint(3, 30))
            if t1 is not None and end is not None and t1 > end:
                t1 = end
            pool = [b for b in ward_beds[w] if b in in_service]
            if t1 is None:
                pool = [b for b in pool if b not in occupied_now]
            b = r.choice(pool)
            if t1 is None:
                occupied_now.add(b)
            asg += 1
            assignments.append((3000000 + asg, aid, b, _ts(t0), _ts(t1)))
            t0 = t1 if t1 is not None else t0
    write_tables(path, STMARYS_DDL, [
        ("DEPARTMENTS", _SM_DEPTS), ("WARDS", [w[:5] for w in _SM_WARDS]), ("BEDS", [tuple(b) for b in beds]),
        ("STAFF", [tuple(s) for s in staff]), ("PATIENTS", [tuple(p) for p in patients]), ("ADMISSIONS", admissions),
        ("BED_ASSIGNMENTS", assignments),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# tierarzt
# ---------------------------------------------------------------------------------------------------------------

TIERARZT_DDL = """
CREATE TABLE Besitzer (
    BesitzerID INTEGER PRIMARY KEY,
    Anrede TEXT,
    Vorname TEXT,
    Nachname TEXT NOT NULL,
    Strasse TEXT,
    PLZ TEXT,
    Ort TEXT NOT NULL,
    Telefon TEXT,
    Email TEXT,
    Kunde_seit TEXT NOT NULL,
    Newsletter TEXT NOT NULL DEFAULT 'N'
);
CREATE TABLE Arzt (
    ArztID INTEGER PRIMARY KEY,
    Titel TEXT,
    Vorname TEXT NOT NULL,
    Nachname TEXT NOT NULL,
    Rolle TEXT NOT NULL,
    Fachgebiet TEXT NOT NULL,
    Eintritt TEXT NOT NULL,
    Austritt TEXT,
    Betreuer_ArztID INTEGER REFERENCES Arzt(ArztID)
);
CREATE TABLE Tier (
    TierID INTEGER PRIMARY KEY,
    BesitzerID INTEGER NOT NULL REFERENCES Besitzer(BesitzerID),
    Rufname TEXT NOT NULL,
    Tierart TEXT NOT NULL,
    Rasse TEXT,
    Geschlecht TEXT NOT NULL,
    Geburtsdatum TEXT,
    Gewicht_kg REAL,
    Chip_Nr TEXT,
    Verstorben TEXT NOT NULL DEFAULT 'N'
);
CREATE TABLE Termin (
    TerminID INTEGER PRIMARY KEY,
    TierID INTEGER NOT NULL REFERENCES Tier(TierID),
    ArztID INTEGER NOT NULL REFERENCES Arzt(ArztID),
    Datum TEXT NOT NULL,
    Uhrzeit TEXT NOT NULL,
    Dauer_Min INTEGER NOT NULL,
    Anlass TEXT NOT NULL,
    Status TEXT NOT NULL
);
CREATE TABLE Leistung (
    LeistungNr TEXT PRIMARY KEY,
    Bezeichnung TEXT NOT NULL,
    Kategorie TEXT NOT NULL,
    Preis_EUR REAL NOT NULL,
    Aktiv TEXT NOT NULL
);
CREATE TABLE Behandlung (
    PosID INTEGER PRIMARY KEY,
    TerminID INTEGER NOT NULL REFERENCES Termin(TerminID),
    LeistungNr TEXT NOT NULL REFERENCES Leistung(LeistungNr),
    Menge INTEGER NOT NULL,
    Faktor REAL NOT NULL,
    Betrag_EUR REAL NOT NULL
);
CREATE TABLE Rechnung (
    RechnungNr TEXT PRIMARY KEY,
    TerminID INTEGER NOT NULL UNIQUE REFERENCES Termin(TerminID),
    BesitzerID INTEGER NOT NULL REFERENCES Besitzer(BesitzerID),
    Rechnungsdatum TEXT NOT NULL,
    Netto_EUR REAL NOT NULL,
    Brutto_EUR REAL NOT NULL,
    Bezahlt_am TEXT,
    Zahlart TEXT,
    Mahnstufe INTEGER NOT NULL DEFAULT 0
);
"""

_DE_NACH = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
            "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Herrmann", "Walter", "Peters", "König",
            "Kaiser", "Fuchs", "Jung", "Vogel", "Roth", "Busch", "Engel", "Kühn", "Pohl", "Franke"]  # fmt: skip
_DE_VOR_F = ["Anna", "Sophie", "Marie", "Lea", "Laura", "Julia", "Katharina", "Sabine", "Petra", "Andrea", "Claudia",
             "Birgit", "Monika", "Ute", "Heike", "Karin", "Nina", "Carina", "Svenja", "Melanie"]  # fmt: skip
_DE_VOR_M = ["Lukas", "Jonas", "Leon", "Felix", "Paul", "Maximilian", "Tim", "Thomas", "Michael", "Stefan", "Markus",
             "Jürgen", "Frank", "Dirk", "Uwe", "Ralf", "Tobias", "Jan", "Florian", "Sebastian"]  # fmt: skip
_DE_ORTE = [("Köln", ["50667", "50733", "50823", "50935", "51063", "51105"], 46), ("Bonn", ["53111", "53177"], 10),
            ("Leverkusen", ["51371", "51373"], 8), ("Bergisch Gladbach", ["51465", "51469"], 8),
            ("Frechen", ["50226"], 6), ("Hürth", ["50354"], 7), ("Pulheim", ["50259"], 5)]  # fmt: skip
_DE_STR = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Kirchgasse", "Schillerstraße",
           "Goethestraße", "Mühlenweg", "Am Markt", "Rosenweg", "Waldstraße", "Bergstraße",
           "Severinstraße"]  # fmt: skip
# Tierart: (weight, names, breeds, weight range kg)
_DE_ARTEN = {
    "Hund": (
        40,
        [
            "Bello",
            "Rex",
            "Luna",
            "Balu",
            "Emma",
            "Sammy",
            "Bruno",
            "Lucky",
            "Nala",
            "Paula",
            "Rocky",
            "Kira",
            "Jack",
            "Frieda",
            "Oskar",
            "Lotte",
            "Benji",
            "Sky",
        ],
        [
            "Labrador Retriever",
            "Deutscher Schäferhund",
            "Dackel",
            "Golden Retriever",
            "Französische Bulldogge",
            "Mischling",
            "Mischling",
            "Jack Russell Terrier",
            "Border Collie",
            "Beagle",
            "Chihuahua",
        ],
        (3, 42),
    ),
    "Katze": (
        38,
        [
            "Minka",
            "Mia",
            "Felix",
            "Mimi",
            "Tiger",
            "Simba",
            "Lilly",
            "Leo",
            "Charly",
            "Findus",
            "Socke",
            "Momo",
            "Kitty",
            "Luna",
            "Garfield",
        ],
        [
            "Europäisch Kurzhaar",
            "Europäisch Kurzhaar",
            "Maine Coon",
            "Britisch Kurzhaar",
            "Perser",
            "Siam",
            "Mischling",
            None,
        ],
        (2.5, 8),
    ),
    "Kaninchen": (
        9,
        ["Hoppel", "Flocke", "Schnuffel", "Krümel", "Möhre", "Stups"],
        ["Zwergkaninchen", "Widder", None],
        (1, 4),
    ),
    "Meerschweinchen": (5, ["Pünktchen", "Erdnuss", "Keks", "Fussel"], [None], (0.7, 1.4)),
    "Wellensittich": (3, ["Hansi", "Pieps", "Coco", "Bubi"], [None], (0.03, 0.05)),
    "Frettchen": (3, ["Fred", "Wiesel", "Rudi"], [None], (0.6, 2.0)),
    "Schildkröte": (2, ["Kurt", "Fritzi", "Methusalem"], ["Griechische Landschildkröte", None], (0.4, 1.8)),
}
_DE_LEISTUNG = [
    ("U01", "Allgemeine Untersuchung", "Untersuchung", 23.62, "J"),
    ("U02", "Nachuntersuchung", "Untersuchung", 12.40, "J"),
    ("U03", "Notdienstgebühr", "Untersuchung", 50.00, "J"),
    ("U04", "Hausbesuch", "Untersuchung", 38.50, "N"),
    ("I01", "Impfung Tollwut", "Impfung", 13.50, "J"),
    ("I02", "Impfung SHPPi+L (Hund)", "Impfung", 18.90, "J"),
    ("I03", "Impfung RCP (Katze)", "Impfung", 17.50, "J"),
    ("I04", "Impfung RHD/Myxomatose (Kaninchen)", "Impfung", 19.80, "J"),
    ("L01", "Blutbild groß", "Labor", 45.30, "J"),
    ("L02", "Hautgeschabsel", "Labor", 14.20, "J"),
    ("L03", "Urinuntersuchung", "Labor", 16.80, "J"),
    ("B01", "Röntgen, je Aufnahme", "Bildgebung", 35.70, "J"),
    ("B02", "Ultraschall Abdomen", "Bildgebung", 60.40, "J"),
    ("C01", "Kastration männlich", "Chirurgie", 96.20, "J"),
    ("C02", "Kastration weiblich", "Chirurgie", 189.50, "J"),
    ("C03", "Wundversorgung", "Chirurgie", 28.60, "J"),
    ("C04", "Narkose", "Chirurgie", 41.80, "J"),
    ("Z01", "Zahnsteinentfernung", "Zahn", 74.90, "J"),
    ("Z02", "Zahnextraktion, je Zahn", "Zahn", 22.30, "J"),
    ("M01", "Schmerzmittel Injektion", "Medikament", 9.80, "J"),
    ("M02", "Antibiotikum Injektion", "Medikament", 11.20, "J"),
    ("M03", "Entwurmung", "Medikament", 8.40, "J"),
    ("K01", "Krallen schneiden", "Pflege", 7.50, "J"),
]
# Anlass: (weight, minutes)
_DE_ANLASS = {"Impfung": (26, 15), "Kontrolle": (14, 15), "Zahnreinigung": (6, 60), "Kastration": (6, 90),
              "Lahmheit": (8, 30), "Hautproblem": (9, 20), "Erbrechen": (9, 30), "Notfall": (5, 45),
              "Krallen schneiden": (6, 10)}  # fmt: skip
_DE_ARZT = [
    (1, "Dr. med. vet.", "Katrin", "Bergmann", "Praxisinhaberin", "Allgemeinmedizin", "2009-04-01", None, None),
    (2, "Dr. med. vet.", "Henrik", "Sommer", "Tierarzt", "Chirurgie", "2012-08-15", None, None),
    (3, "Dr. med. vet.", "Elke", "Brandt", "Tierärztin", "Zahnheilkunde", "2015-01-01", None, None),
    (4, None, "Jana", "Keller", "Tierärztin", "Allgemeinmedizin", "2019-03-01", None, None),
    (5, "Dr. med. vet.", "Oliver", "Hahn", "Tierarzt", "Dermatologie", "2016-06-01", "2024-09-30", None),
    (6, None, "Marie", "Vogt", "Assistenztierärztin", "Allgemeinmedizin", "2023-09-01", None, 2),
    (7, None, "Lars", "Winkler", "Assistenztierarzt", "Allgemeinmedizin", "2024-02-01", None, 1),
    (8, None, "Sina", "Albrecht", "Assistenztierärztin", "Chirurgie", "2024-10-01", None, 2),
    (9, "Dr. med. vet.", "Ines", "Scholz", "Tierärztin", "Kardiologie", "2021-05-01", None, None),
    (10, None, "Paul", "Seidel", "Assistenztierarzt", "Zahnheilkunde", "2025-06-02", None, 3),
]


def build_tierarzt(path: Path) -> None:
    r = random.Random(12502)
    besitzer = []
    used_names: set[tuple[str, str]] = set()
    for bid in range(1, 151):
        while True:
            female = r.random() < 0.58
            vor = r.choice(_DE_VOR_F if female else _DE_VOR_M)
            nach = r.choice(_DE_NACH)
            if (vor, nach) not in used_names:
                used_names.add((vor, nach))
                break
        ort, plzs, _w = r.choices(_DE_ORTE, weights=[o[2] for o in _DE_ORTE])[0]
        email = None
        if r.random() < 0.7:
            email = f"{vor.lower()}.{nach.lower()}@{r.choice(['web.de', 'gmx.de', 't-online.de', 'gmail.com'])}"
            email = email.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
        besitzer.append((bid, "Frau" if female else "Herr", vor, nach, f"{r.choice(_DE_STR)} {r.randint(1, 140)}",
                         r.choice(plzs), ort, f"0{r.choice(['221', '228', '214', '2202', '2234', '2233'])} "
                         f"{r.randint(100000, 9999999)}", email,
                         _d(_date(r, dt.date(2009, 5, 1), dt.date(2025, 5, 31))),
                         "J" if r.random() < 0.3 else "N"))  # fmt: skip
    # a breeding kennel as a customer
    besitzer[40] = (
        41,
        "Firma",
        None,
        "Zwinger vom Rheinufer",
        "Auf dem Damm 4",
        "50996",
        "Köln",
        "0221 3944107",
        "info@zwinger-rheinufer.de",
        "2016-04-12",
        "N",
    )
    tiere = []
    tid = 0
    no_pet = set(r.sample(range(1, 151), 9)) - {41}
    for b in besitzer:
        if b[0] in no_pet:
            continue
        n = 1 if b[0] != 41 else 7
        if b[0] != 41:
            n = r.choices([1, 2, 3], weights=[62, 28, 10])[0]
        for _ in range(n):
            art = "Hund" if b[0] == 41 else r.choices(list(_DE_ARTEN), weights=[a[0] for a in _DE_ARTEN.values()])[0]
            _w, nm, rassen, (lo, hi) = _DE_ARTEN[art]
            rasse = "Border Collie" if b[0] == 41 else r.choice(rassen)
            gesch = r.choice(["m", "w", "mk", "wk"])
            geb = _date(r, dt.date(2008, 1, 1), dt.date(2024, 12, 1)) if r.random() < 0.88 else None
            gew = round(r.uniform(lo, hi), 2 if hi < 1 else 1) if r.random() < 0.92 else None
            chip = None
            if art in ("Hund", "Katze", "Frettchen") and r.random() < 0.8:
                chip = f"276098{r.randint(100000000, 999999999)}"
            tid += 1
            tiere.append([tid, b[0], r.choice(nm), art, rasse, gesch, _d(geb), gew, chip, "N"])
    # a unique dog to ask about by name
    tiere[5][2], tiere[5][3], tiere[5][4], tiere[5][7] = "Wotan", "Hund", "Deutscher Schäferhund", 38.5
    for t in r.sample(tiere, 14):
        t[9] = "J"
    # appointments
    termine = []
    anl = list(_DE_ANLASS)
    slot_taken: set[tuple[str, str, int]] = set()

    def vets_on(d: dt.date) -> list[int]:
        return [
            a[0]
            for a in _DE_ARZT
            if dt.date.fromisoformat(a[6]) <= d and (a[7] is None or dt.date.fromisoformat(a[7]) >= d)
        ]

    living_end: dict[int, dt.date] = {}
    for t in tiere:
        if t[9] == "J":
            living_end[t[0]] = _date(r, dt.date(2023, 9, 1), dt.date(2025, 5, 1))
    active_tiere = [t for t in tiere if r.random() < 0.9]
    for k in range(345):
        future = k >= 312
        d = _date(r, dt.date(2025, 6, 16), dt.date(2025, 7, 31)) if future else _date(r, dt.date(2023, 1, 2), LAST_DAY)
        t = r.choice(active_tiere)
        if t[0] in living_end and d > living_end[t[0]]:
            d = living_end[t[0]] - dt.timedelta(days=r.randint(0, 200))
            future = False
        if d.weekday() == 6:
            d -= dt.timedelta(days=1)
        anlass = r.choices(anl, weights=[_DE_ANLASS[a][0] for a in anl])[0]
        if anlass == "Krallen schneiden" and t[3] not in ("Kaninchen", "Meerschweinchen", "Hund", "Wellensittich"):
            anlass = "Kontrolle"
        if anlass == "Zahnreinigung" and t[3] not in ("Hund", "Katze"):
            anlass = "Kontrolle"
        vets = vets_on(d)
        if anlass == "Zahnreinigung" and 3 in vets:
            arzt = 3 if r.random() < 0.7 else r.choice(vets)
        elif anlass == "Kastration":
            arzt = r.choice([v for v in vets if v in (2, 8)] or vets)
        elif anlass == "Hautproblem" and 5 in vets:
            arzt = 5
        else:
            arzt = r.choice(vets)
        while True:
            hh, mm = r.randint(8, 17), r.choice([0, 15, 30, 45])
            key = (d.isoformat(), f"{hh:02d}:{mm:02d}", arzt)
            if key not in slot_taken:
                slot_taken.add(key)
                break
        status = "geplant" if future else r.choices(["erledigt", "abgesagt", "nicht erschienen"], weights=[86, 8, 6])[0]
        termine.append([k + 1, t[0], arzt, d, key[1], _DE_ANLASS[anlass][1], anlass, status])
    termine.sort(key=lambda x: (x[3], x[4]))
    for i, x in enumerate(termine, start=1):
        x[0] = i
    # the assistant who joined this month has one appointment booked, none done
    termine.append([len(termine) + 1, tiere[20][0], 10, dt.date(2025, 6, 17), "10:30", 60, "Zahnreinigung", "geplant"])
    preis = {x[0]: x[3] for x in _DE_LEISTUNG}
    art_of = {t[0]: t for t in tiere}
    pos = []
    rechnungen = []
    seq: dict[int, int] = {}
    for x in termine:
        if x[7] != "erledigt":
            continue
        t = art_of[x[1]]
        art = t[3]
        lines: list[tuple[str, int]] = []
        a = x[6]
        if a == "Impfung":
            vac = {"Hund": "I02", "Katze": "I03", "Kaninchen": "I04", "Frettchen": "I01"}.get(art)
            lines = [("U01", 1)] + ([(vac, 1)] if vac else [])
            if art == "Hund" and r.random() < 0.5:
                lines.append(("I01", 1))
        elif a == "Kontrolle":
            lines = [("U02", 1)] + ([("L01", 1)] if r.random() < 0.3 else [])
        elif a == "Zahnreinigung":
            lines = [("C04", 1), ("Z01", 1)] + ([("Z02", r.randint(1, 3))] if r.random() < 0.4 else [])
        elif a == "Kastration":
            lines = [("C04", 1), ("C01" if t[5] in ("m", "mk") else "C02", 1)]
        elif a == "Lahmheit":
            lines = [("U01", 1), ("B01", r.randint(1, 2)), ("M01", 1)]
        elif a == "Hautproblem":
            lines = [("U01", 1), ("L02", 1)] + ([("M02", 1)] if r.random() < 0.5 else [])
        elif a == "Erbrechen":
            lines = [("U01", 1), ("L01", 1)] + ([("B02", 1)] if r.random() < 0.3 else [])
        elif a == "Notfall":
            lines = [("U03", 1), ("M01", 1)] + ([("C03", 1)] if r.random() < 0.5 else [])
        else:
            lines = [("K01", 1)]
        if a != "Notfall" and r.random() < 0.12:
            lines.append(("M03", 1))
        netto = 0.0
        for nr, menge in lines:
            faktor = r.choice([1.0, 1.0, 1.0, 2.0, 3.0]) if x[3] >= dt.date(2023, 1, 1) and nr != "U03" else 1.0
            betrag = round(preis[nr] * menge * faktor, 2)
            netto += betrag
            pos.append((len(pos) + 1, x[0], nr, menge, faktor, betrag))
        netto = round(netto, 2)
        brutto = round(netto * 1.19, 2)
        y = x[3].year
        seq[y] = seq.get(y, 0) + 1
        bez = None
        zahl = None
        mahn = 0
        age = (LAST_DAY - x[3]).days
        if age > 45 and r.random() < 0.05:
            mahn = r.randint(1, 3)
        elif age > 21 or r.random() < 0.55:
            bez = x[3] + dt.timedelta(days=0 if r.random() < 0.6 else r.randint(1, 28))
            if bez > LAST_DAY:
                bez = LAST_DAY
            zahl = "EC-Karte" if bez == x[3] and r.random() < 0.7 else ("bar" if bez == x[3] else "Überweisung")
        owner = t[1]
        rechnungen.append((f"RE-{y}-{seq[y]:04d}", x[0], owner, _d(x[3]), netto, brutto, _d(bez), zahl, mahn))
    write_tables(path, TIERARZT_DDL, [
        ("Besitzer", besitzer), ("Arzt", _DE_ARZT), ("Tier", [tuple(t) for t in tiere]),
        ("Termin", [(x[0], x[1], x[2], _d(x[3]), x[4], x[5], x[6], x[7]) for x in termine]),
        ("Leistung", _DE_LEISTUNG), ("Behandlung", pos), ("Rechnung", rechnungen),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# fhirlink
# ---------------------------------------------------------------------------------------------------------------

FHIRLINK_DDL = """
CREATE TABLE Organization (
    id TEXT PRIMARY KEY,
    identifier_value TEXT,
    name TEXT NOT NULL,
    type_code TEXT NOT NULL,
    partOf_ref TEXT REFERENCES Organization(id),
    active TEXT NOT NULL,
    address_city TEXT
);
CREATE TABLE Patient (
    id TEXT PRIMARY KEY,
    identifier_mrn TEXT NOT NULL UNIQUE,
    name_family TEXT NOT NULL,
    name_given TEXT NOT NULL,
    gender TEXT NOT NULL,
    birthDate TEXT,
    address_city TEXT,
    managingOrganization_ref TEXT REFERENCES Organization(id),
    deceasedDateTime TEXT,
    active TEXT NOT NULL
);
CREATE TABLE Practitioner (
    id TEXT PRIMARY KEY,
    identifier_npi TEXT NOT NULL UNIQUE,
    name_prefix TEXT,
    name_family TEXT NOT NULL,
    name_given TEXT NOT NULL,
    gender TEXT,
    qualification_code TEXT NOT NULL,
    active TEXT NOT NULL
);
CREATE TABLE Encounter (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    class_code TEXT NOT NULL,
    type_text TEXT,
    subject_ref TEXT NOT NULL REFERENCES Patient(id),
    serviceProvider_ref TEXT NOT NULL REFERENCES Organization(id),
    period_start TEXT NOT NULL,
    period_end TEXT
);
CREATE TABLE Encounter_participant (
    encounter_ref TEXT NOT NULL REFERENCES Encounter(id),
    individual_ref TEXT NOT NULL REFERENCES Practitioner(id),
    type_code TEXT NOT NULL,
    PRIMARY KEY (encounter_ref, individual_ref)
);
CREATE TABLE Observation (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    code_system TEXT NOT NULL,
    code_code TEXT NOT NULL,
    code_display TEXT NOT NULL,
    subject_ref TEXT NOT NULL REFERENCES Patient(id),
    encounter_ref TEXT REFERENCES Encounter(id),
    effectiveDateTime TEXT NOT NULL,
    valueQuantity_value REAL,
    valueQuantity_unit TEXT,
    interpretation_code TEXT
);
CREATE TABLE Condition (
    id TEXT PRIMARY KEY,
    subject_ref TEXT NOT NULL REFERENCES Patient(id),
    code_system TEXT NOT NULL,
    code_code TEXT NOT NULL,
    code_display TEXT NOT NULL,
    clinicalStatus TEXT NOT NULL,
    onsetDateTime TEXT,
    abatementDateTime TEXT,
    recordedDate TEXT NOT NULL
);
CREATE TABLE MedicationRequest (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    intent TEXT NOT NULL,
    medication_code TEXT NOT NULL,
    medication_display TEXT NOT NULL,
    subject_ref TEXT NOT NULL REFERENCES Patient(id),
    requester_ref TEXT REFERENCES Practitioner(id),
    encounter_ref TEXT REFERENCES Encounter(id),
    authoredOn TEXT NOT NULL,
    dosage_text TEXT,
    refillsAllowed INTEGER
);
"""

_FH_ORGS = [
    ("org-stl", "NPI-1003822190", "St Luke's Health Network", "prov", None, "true", "Springfield"),
    ("org-stl-main", "NPI-1558401123", "St Luke's Main Hospital", "prov", "org-stl", "true", "Springfield"),
    ("org-stl-north", "NPI-1932118405", "St Luke's North Clinic", "prov", "org-stl", "true", "Riverton"),
    ("org-stl-east", "NPI-1740296618", "East Side Clinic", "prov", "org-stl", "false", "Springfield"),
    ("org-main-ed", None, "Emergency Department", "dept", "org-stl-main", "true", "Springfield"),
    ("org-main-card", None, "Cardiology", "dept", "org-stl-main", "true", "Springfield"),
    ("org-main-endo", None, "Endocrinology", "dept", "org-stl-main", "true", "Springfield"),
    ("org-main-imu", None, "Internal Medicine Inpatient Unit", "dept", "org-stl-main", "true", "Springfield"),
    ("org-north-fm", None, "Family Medicine North", "dept", "org-stl-north", "true", "Riverton"),
    ("org-north-peds", None, "Pediatrics North", "dept", "org-stl-north", "true", "Riverton"),
    ("org-north-lab", None, "North Lab", "dept", "org-stl-north", "true", "Riverton"),
    ("org-east-fm", None, "Family Medicine East", "dept", "org-stl-east", "false", "Springfield"),
    ("org-virtual", None, "Virtual Care", "dept", "org-stl", "true", None),
]
_FH_COND = [  # code, display, prevalence, chronic
    ("I10", "Essential (primary) hypertension", 0.34, True),
    ("E11.9", "Type 2 diabetes mellitus without complications", 0.16, True),
    ("E78.5", "Hyperlipidemia, unspecified", 0.24, True),
    ("J45.909", "Unspecified asthma, uncomplicated", 0.10, True),
    ("F32.9", "Major depressive disorder, single episode, unspecified", 0.11, False),
    ("M54.50", "Low back pain, unspecified", 0.14, False),
    ("N18.3", "Chronic kidney disease, stage 3", 0.05, True),
    ("J06.9", "Acute upper respiratory infection, unspecified", 0.16, False),
    ("E66.9", "Obesity, unspecified", 0.13, True),
]
_FH_MEDS = {
    "I10": [("314076", "lisinopril 10 MG Oral Tablet", "1 tablet by mouth once daily"),
            ("197361", "amlodipine 5 MG Oral Tablet", "1 tablet by mouth once daily")],
    "E11.9": [("860975", "metformin hydrochloride 500 MG Oral Tablet", "1 tablet by mouth twice daily with meals")],
    "E78.5": [("617312", "atorvastatin 20 MG Oral Tablet", "1 tablet by mouth at bedtime")],
    "J45.909": [("745679", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", "2 puffs every 4 to 6 hours as needed")],
    "F32.9": [("312940", "sertraline 50 MG Oral Tablet", "1 tablet by mouth once daily")],
    "M54.50": [("197806", "ibuprofen 600 MG Oral Tablet", "1 tablet by mouth every 8 hours as needed")],
    "J06.9": [("308182", "amoxicillin 500 MG Oral Capsule", "1 capsule by mouth three times daily for 10 days")],
}  # fmt: skip
# LOINC code, display, unit, (mean, sd), (low, high) reference range
_FH_OBS = [
    ("8867-4", "Heart rate", "/min", (76, 13), (60, 100)),
    ("8480-6", "Systolic blood pressure", "mm[Hg]", (128, 17), (90, 139)),
    ("8462-4", "Diastolic blood pressure", "mm[Hg]", (80, 10), (60, 89)),
    ("29463-7", "Body weight", "kg", (80, 17), (0, 999)),
    ("8310-5", "Body temperature", "Cel", (36.9, 0.5), (36.1, 37.9)),
    ("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", (112, 30), (70, 140)),
    ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", (7.1, 1.2), (4.0, 5.6)),
]
_FH_CITIES = ["Springfield", "Springfield", "Springfield", "Riverton", "Riverton", "Oakdale", "Fairview", "Lakewood"]


def _fz(t: dt.datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_fhirlink(path: Path) -> None:
    r = random.Random(12503)
    used: set[str] = set()

    def fid(prefix: str) -> str:
        while True:
            k = f"{prefix}-{r.getrandbits(32):08x}"
            if k not in used:
                used.add(k)
                return k

    names = full_names(r, 360)
    pracs = []
    quals = ["MD"] * 14 + ["DO"] * 3 + ["NP"] * 7 + ["PA"] * 3 + ["RN"] * 5
    for i, q in enumerate(quals):
        first, last = names[i].split(" ")
        pracs.append((f"prac-{101 + i * 3}", f"1{r.randint(100000000, 999999999)}",
                      "Dr." if q in ("MD", "DO") else None,
                      last, first, r.choice(["female", "male"]), q, "false" if i in (5, 20) else "true"))  # fmt: skip
    doctors = [p[0] for p in pracs if p[7] == "true" and p[6] in ("MD", "DO", "NP", "PA")]
    nurses = [p[0] for p in pracs if p[6] == "RN"]
    patients = []
    for i in range(300):
        first, last = names[40 + i].split(" ")
        bd = _date(r, dt.date(1938, 1, 1), dt.date(2023, 6, 1))
        g = r.choices(["female", "male", "other", "unknown"], weights=[50, 47, 2, 1])[0]
        home = r.choices(["org-stl-main", "org-stl-north", "org-stl-east"], weights=[55, 35, 10])[0]
        patients.append([fid("pat"), f"MRN-{r.randint(100000, 999999)}", last, first, g, _d(bd),
                         r.choice(_FH_CITIES) if r.random() > 0.04 else None, home, None, "true"])  # fmt: skip
    for p in r.sample(patients, 8):
        p[8] = _fz(_moment(r, dt.datetime(2024, 1, 1), dt.datetime(2025, 5, 30)))
        p[9] = "false"
    # conditions
    conditions = []
    pconds: dict[str, list[str]] = {}
    for p in patients:
        age = (LAST_DAY - dt.date.fromisoformat(p[5])).days / 365.25
        for code, disp, prev, chronic in _FH_COND:
            pr = prev * (1.6 if age > 55 and chronic else (0.2 if age < 18 and code not in ("J45.909", "J06.9") else 1))
            if r.random() >= pr:
                continue
            onset = _moment(r, dt.datetime(2012, 1, 1) if chronic else dt.datetime(2023, 1, 1), dt.datetime(2025, 6, 1))
            status, abate = "active", None
            if not chronic:
                status = "resolved" if r.random() < (0.85 if code == "J06.9" else 0.5) else "active"
                if code == "F32.9" and status == "resolved":
                    status = "remission"
                if status in ("resolved", "remission"):
                    lo, hi = (7, 20) if code == "J06.9" else (40, 300)
                    abate = onset + dt.timedelta(days=r.randint(lo, hi))
                    if abate > END:
                        abate, status = None, "active"
            rec = onset.date() + dt.timedelta(days=r.randint(0, 30))
            conditions.append((fid("cond"), p[0], "http://hl7.org/fhir/sid/icd-10-cm", code, disp, status, _fz(onset),
                               _fz(abate), _d(min(rec, LAST_DAY))))  # fmt: skip
            if status == "active":
                pconds.setdefault(p[0], []).append(code)
    # encounters
    encounters = []
    parts = []
    dead = {p[0]: dt.datetime.strptime(p[8], "%Y-%m-%dT%H:%M:%SZ") for p in patients if p[8]}
    classes = ["AMB", "AMB", "AMB", "AMB", "EMER", "IMP", "VR", "VR"]
    amb_types = [
        "Annual wellness visit",
        "Follow-up visit",
        "New patient visit",
        "Diabetes check",
        "Blood pressure check",
    ]
    for _ in range(410):
        p = r.choice(patients)
        age = (LAST_DAY - dt.date.fromisoformat(p[5])).days / 365.25
        cls = r.choice(classes)
        start = _moment(r, dt.datetime(2023, 7, 1, 7), dt.datetime(2025, 6, 14, 17))
        if p[0] in dead and start >= dead[p[0]]:
            start = dead[p[0]] - dt.timedelta(days=r.randint(1, 300))
        if cls == "AMB":
            if age < 18:
                org = "org-north-peds"
            elif p[7] == "org-stl-east" and start < dt.datetime(2024, 8, 31):
                org = "org-east-fm"
            else:
                org = r.choice(["org-north-fm", "org-north-fm", "org-main-card", "org-main-endo"])
            typ = r.choice(amb_types)
            if org == "org-main-endo":
                typ = "Diabetes check"
            elif org == "org-main-card":
                typ = r.choice(["Cardiology consult", "Follow-up visit", "Blood pressure check"])
            end = start + dt.timedelta(minutes=r.choice([15, 20, 30, 40, 60]))
        elif cls == "VR":
            org, typ = "org-virtual", "Telehealth visit"
            end = start + dt.timedelta(minutes=r.choice([10, 15, 20, 30]))
        elif cls == "EMER":
            org, typ = "org-main-ed", r.choice(["Chest pain", "Shortness of breath", "Fall", "Abdominal pain",
                                                "Laceration", "Fever"])  # fmt: skip
            end = start + dt.timedelta(minutes=r.randint(90, 600))
        else:
            org, typ = r.choice(["org-main-imu", "org-main-imu", "org-main-card"]), "Hospital admission"
            end = start + dt.timedelta(hours=r.randint(20, 240))
        status = "finished"
        if r.random() < 0.06 and cls in ("AMB", "VR"):
            status, end = "cancelled", None
        if end is not None and end > END:
            status, end = "in-progress", None
        encounters.append([fid("enc"), status, cls, typ, p[0], org, start, end])
    # patients in hospital or in the ED right now
    for h in range(9):
        p = r.choice([q for q in patients if q[9] == "true"])
        cls = "IMP" if h < 6 else "EMER"
        start = _moment(r, dt.datetime(2025, 6, 7) if cls == "IMP" else dt.datetime(2025, 6, 14, 12), END)
        encounters.append([fid("enc"), "in-progress", cls, "Hospital admission" if cls == "IMP" else "Chest pain",
                           p[0], "org-main-imu" if cls == "IMP" else "org-main-ed", start, None])  # fmt: skip
    # booked visits
    for _ in range(24):
        p = r.choice([q for q in patients if q[9] == "true"])
        start = _moment(r, dt.datetime(2025, 6, 16, 8), dt.datetime(2025, 8, 29, 16)).replace(second=0)
        start = start.replace(minute=start.minute // 15 * 15)
        org = r.choice(["org-north-fm", "org-main-card", "org-main-endo", "org-virtual"])
        encounters.append(
            [
                fid("enc"),
                "planned",
                "VR" if org == "org-virtual" else "AMB",
                "Telehealth visit" if org == "org-virtual" else "Follow-up visit",
                p[0],
                org,
                start,
                None,
            ]
        )
    encounters.sort(key=lambda e: e[6])
    # participants: one primary performer, sometimes a nurse or a consultant
    card_docs = doctors[:3]
    for e in encounters:
        prim = r.choice(card_docs) if e[5] == "org-main-card" else r.choice(doctors[3:])
        parts.append((e[0], prim, "PPRF"))
        if e[2] in ("EMER", "IMP") and r.random() < 0.5:
            parts.append((e[0], r.choice(nurses), "SPRF"))
        if e[2] == "IMP" and r.random() < 0.3:
            c = r.choice(card_docs)
            if c != prim:
                parts.append((e[0], c, "CON"))
    # observations at finished in-person encounters
    obs = []
    for e in encounters:
        if e[1] != "finished" or e[2] == "VR":
            continue
        pc = pconds.get(e[4], [])
        want = ["8867-4"] if r.random() < 0.3 else []
        if r.random() < 0.5 or "I10" in pc:
            want += ["8480-6", "8462-4"]
        if e[2] == "EMER" and r.random() < 0.5:
            want.append("8310-5")
        if "E11.9" in pc and r.random() < 0.7:
            want.append("4548-4" if r.random() < 0.6 else "2339-0")
        if e[3] == "Annual wellness visit":
            want.append("29463-7")
        for code in want:
            _c, disp, unit, (mu, sd), (lo, hi) = next(o for o in _FH_OBS if o[0] == code)
            if code in ("8480-6", "8462-4") and "I10" in pc:
                mu += 12 if code == "8480-6" else 6
            if code in ("4548-4", "2339-0") and "E11.9" not in pc:
                mu = 5.3 if code == "4548-4" else 92
            v = r.gauss(mu, sd)
            v = round(v, 1) if code in ("8310-5", "4548-4", "29463-7") else float(round(v))
            interp = None if code == "29463-7" else ("H" if v > hi else ("L" if v < lo else "N"))
            t = e[6] + dt.timedelta(minutes=r.randint(2, 10))
            obs.append((fid("obs"), "final" if r.random() > 0.02 else "amended", "http://loinc.org", code, disp,
                        e[4], e[0], _fz(t), v, unit, interp))  # fmt: skip
    # medication requests
    meds = []
    enc_by_pat: dict[str, list[list]] = {}
    for e in encounters:
        if e[1] == "finished":
            enc_by_pat.setdefault(e[4], []).append(e)
    prim_of = {pp[0]: pp[1] for pp in parts if pp[2] == "PPRF"}
    for c in conditions:
        if c[3] not in _FH_MEDS or r.random() < 0.25:
            continue
        code, disp, dose = r.choice(_FH_MEDS[c[3]])
        onset = dt.datetime.strptime(c[6], "%Y-%m-%dT%H:%M:%SZ")
        encs = [e for e in enc_by_pat.get(c[1], []) if e[6] >= onset]
        enc = encs[0] if encs else None
        when = enc[6] + dt.timedelta(minutes=20) if enc else onset + dt.timedelta(days=r.randint(0, 5))
        if when > END:
            continue
        status = ("active" if r.random() < 0.88 else "stopped") if c[5] == "active" else "completed"
        req = prim_of[enc[0]] if enc else r.choice(doctors)
        refills = 0 if c[3] == "J06.9" else r.choice([0, 1, 2, 3, 5, 11])
        meds.append((fid("medrx"), status, "order", code, disp, c[1], req, enc[0] if enc else None, _fz(when), dose,
                     refills))  # fmt: skip
    write_tables(path, FHIRLINK_DDL, [
        ("Organization", _FH_ORGS), ("Patient", [tuple(p) for p in patients]), ("Practitioner", pracs),
        ("Encounter", [(*e[:6], _fz(e[6]), _fz(e[7])) for e in encounters]),
        ("Encounter_participant", parts), ("Observation", obs), ("Condition", conditions), ("MedicationRequest", meds),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# pawcare
# ---------------------------------------------------------------------------------------------------------------

PAWCARE_DDL = """
CREATE TABLE clinics (
    clinic_id INTEGER PRIMARY KEY,
    clinic_name TEXT NOT NULL,
    city TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    is_24h INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE species (
    species_code TEXT PRIMARY KEY,
    species_name TEXT NOT NULL
);
CREATE TABLE visit_types (
    visit_type_code TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    base_fee REAL NOT NULL
);
CREATE TABLE vaccines (
    vaccine_code TEXT PRIMARY KEY,
    vaccine_name TEXT NOT NULL,
    species_code TEXT NOT NULL REFERENCES species(species_code),
    valid_months INTEGER NOT NULL
);
CREATE TABLE owners (
    owner_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    city TEXT NOT NULL,
    created_on TEXT NOT NULL
);
CREATE TABLE pets (
    pet_id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES owners(owner_id),
    pet_name TEXT NOT NULL,
    species_code TEXT NOT NULL REFERENCES species(species_code),
    breed TEXT,
    sex TEXT NOT NULL,
    birth_date TEXT,
    microchip_no TEXT,
    deceased_on TEXT
);
CREATE TABLE vets (
    vet_id INTEGER PRIMARY KEY,
    clinic_id INTEGER NOT NULL REFERENCES clinics(clinic_id),
    full_name TEXT NOT NULL,
    license_no TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE visits (
    visit_id INTEGER PRIMARY KEY,
    pet_id INTEGER NOT NULL REFERENCES pets(pet_id),
    vet_id INTEGER NOT NULL REFERENCES vets(vet_id),
    clinic_id INTEGER NOT NULL REFERENCES clinics(clinic_id),
    visit_type_code TEXT NOT NULL REFERENCES visit_types(visit_type_code),
    visit_date TEXT NOT NULL,
    weight_kg REAL,
    total_charge REAL NOT NULL,
    is_paid INTEGER NOT NULL,
    follow_up_of INTEGER REFERENCES visits(visit_id)
);
CREATE TABLE vaccinations (
    vaccination_id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(visit_id),
    pet_id INTEGER NOT NULL REFERENCES pets(pet_id),
    vaccine_code TEXT NOT NULL REFERENCES vaccines(vaccine_code),
    given_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    lot_no TEXT
);
"""

_PC_CLINICS = [
    (1, "Riverside Animal Hospital", "Portland", "2008-03-10", 1),
    (2, "Oak Street Veterinary Clinic", "Portland", "2014-06-02", 0),
    (3, "Lakeside Pet Care", "Beaverton", "2017-09-18", 0),
    (4, "Cedar Hills Veterinary", "Hillsboro", "2019-01-14", 0),
    (5, "Gresham Family Vet", "Gresham", "2024-09-03", 0),
]
_PC_SPECIES = [("CAN", "Dog"), ("FEL", "Cat"), ("LAG", "Rabbit"), ("AVI", "Bird"), ("REP", "Reptile"),
               ("ROD", "Small rodent"), ("MUS", "Ferret")]  # fmt: skip
_PC_TYPES = [("WELL", "Wellness exam", 65.00), ("VAX", "Vaccination appointment", 38.00),
             ("SICK", "Sick pet exam", 79.00), ("SURG", "Surgery", 420.00), ("DENT", "Dental cleaning", 310.00),
             ("EMER", "Emergency visit", 165.00), ("RCHK", "Recheck (follow-up)", 35.00),
             ("EUTH", "Euthanasia", 140.00)]  # fmt: skip
_PC_VACCINES = [("RAB1", "Rabies (1 year)", "CAN", 12), ("RAB3", "Rabies (3 year)", "CAN", 36),
                ("DHPP", "Distemper/Parvo combo (DHPP)", "CAN", 12), ("BORD", "Bordetella (kennel cough)", "CAN", 12),
                ("LEPT", "Leptospirosis", "CAN", 12), ("FRAB", "Rabies (feline)", "FEL", 12),
                ("FVRCP", "Feline distemper combo (FVRCP)", "FEL", 36), ("FELV", "Feline leukemia (FeLV)", "FEL", 12),
                ("RHDV2", "Rabbit hemorrhagic disease (RHDV2)", "LAG", 12),
                ("FDIS", "Ferret distemper", "MUS", 12)]  # fmt: skip
_PC_PETS = {
    "CAN": (
        45,
        [
            "Max",
            "Bella",
            "Charlie",
            "Luna",
            "Cooper",
            "Daisy",
            "Milo",
            "Rosie",
            "Tucker",
            "Bailey",
            "Finn",
            "Maggie",
            "Murphy",
            "Winnie",
            "Gus",
            "Penny",
            "Ziggy",
        ],
        [
            "Labrador Retriever",
            "Golden Retriever",
            "German Shepherd",
            "French Bulldog",
            "Australian Shepherd",
            "Beagle",
            "Dachshund",
            "Pit Bull mix",
            "Poodle",
            "Mixed breed",
            "Mixed breed",
        ],
        (4, 40),
    ),
    "FEL": (
        38,
        [
            "Oliver",
            "Lily",
            "Leo",
            "Chloe",
            "Simba",
            "Nala",
            "Pepper",
            "Mochi",
            "Jasper",
            "Cleo",
            "Tigger",
            "Olive",
            "Smokey",
        ],
        ["Domestic Shorthair", "Domestic Shorthair", "Domestic Longhair", "Maine Coon", "Siamese", "Ragdoll", None],
        (3, 7.5),
    ),
    "LAG": (6, ["Thumper", "Clover", "Hazel", "Bun Bun"], ["Holland Lop", "Netherland Dwarf", None], (1, 4)),
    "AVI": (4, ["Kiwi", "Sunny", "Mango", "Pickles"], ["Budgerigar", "Cockatiel", "African Grey"], (0.03, 0.5)),
    "REP": (3, ["Spike", "Noodle", "Rex"], ["Bearded dragon", "Leopard gecko", "Ball python"], (0.05, 1.5)),
    "ROD": (2, ["Peanut", "Nibbles", "Squeak"], ["Guinea pig", "Hamster"], (0.1, 1.2)),
    "MUS": (2, ["Bandit", "Ferris"], [None], (0.7, 2.0)),
}
_PC_CITIES = [("Portland", 40), ("Beaverton", 16), ("Hillsboro", 14), ("Gresham", 10), ("Tigard", 8),
              ("Lake Oswego", 6), ("Vancouver", 6)]  # fmt: skip


def build_pawcare(path: Path) -> None:
    r = random.Random(12504)
    names = full_names(r, 280)
    owners = []
    for i in range(230):
        first, last = names[i].split(" ")
        city = r.choices([c[0] for c in _PC_CITIES], weights=[c[1] for c in _PC_CITIES])[0]
        owners.append((1000 + i, first, last, f"503-{r.randint(200, 999)}-{r.randint(1000, 9999)}" if r.random() < 0.95
                       else None, f"{first.lower()}.{last.lower()}@example.com" if r.random() < 0.8 else None, city,
                       _d(_date(r, dt.date(2016, 1, 1), dt.date(2025, 6, 10)))))  # fmt: skip
    vets = []
    vnames = names[230:250]
    per_clinic = {1: 5, 2: 4, 3: 4, 4: 3, 5: 2}
    k = 0
    for c, n in per_clinic.items():
        for _ in range(n):
            vets.append([200 + k, c, f"Dr. {vnames[k]}", f"OR-VET-{r.randint(10000, 99999)}", 1])
            k += 1
    vets[3][4] = 0
    vets[9][4] = 0
    pets = []
    sp = list(_PC_PETS)
    no_pet_owners = set(r.sample(range(230), 14))
    for i, o in enumerate(owners):
        if i in no_pet_owners:
            continue
        for _ in range(r.choices([1, 2, 3, 4], weights=[55, 30, 11, 4])[0]):
            s = r.choices(sp, weights=[_PC_PETS[x][0] for x in sp])[0]
            _w, nm, breeds, _kg = _PC_PETS[s]
            bd = _date(r, dt.date(2008, 1, 1), dt.date(2025, 3, 1)) if r.random() < 0.9 else None
            chip = f"985{r.randint(100000000000, 999999999999)}" if s in ("CAN", "FEL") and r.random() < 0.75 else None
            pets.append([len(pets) + 1, o[0], r.choice(nm), s, r.choice(breeds), r.choice(["M", "F", "MN", "FS"]),
                         _d(bd), chip, None])  # fmt: skip
    owner_city = {o[0]: o[5] for o in owners}
    clinic_for_city = {"Portland": [1, 2], "Beaverton": [3], "Hillsboro": [4], "Gresham": [5, 1], "Tigard": [3, 2],
                       "Lake Oswego": [2], "Vancouver": [1]}  # fmt: skip
    visits = []
    vaccinations = []
    vax_for = {s: [v for v in _PC_VACCINES if v[2] == s] for s, _n in _PC_SPECIES}
    fee = {t[0]: t[2] for t in _PC_TYPES}
    types = ["WELL", "VAX", "SICK", "SURG", "DENT", "EMER"]
    tw = [18, 30, 26, 6, 6, 7]
    pending: list[tuple[int, int, dt.date, int, int]] = []
    visited = r.sample(pets, 300)
    events = []
    for p in visited:
        n = r.choices([1, 2, 3, 4], weights=[40, 30, 20, 10])[0]
        for _ in range(n):
            events.append((_date(r, dt.date(2023, 1, 3), dt.date(2025, 6, 14)), p[0]))
    events.sort()
    pet_by_id = {p[0]: p for p in pets}
    for d, pid in sorted(r.sample(events, min(470, len(events)))):
        p = pet_by_id[pid]
        if p[8] is not None:
            continue
        city = owner_city[p[1]]
        clinic = r.choice(clinic_for_city[city])
        if clinic == 5 and d < dt.date(2024, 9, 3):
            clinic = 1
        vt = r.choices(types, weights=tw)[0]
        if vt == "EMER":
            clinic = 1
        if vt == "VAX" and not vax_for[p[3]]:
            vt = "WELL"
        vet = r.choice([v for v in vets if v[1] == clinic and (v[4] == 1 or d < dt.date(2024, 7, 1))])[0]
        fixed = vt in ("VAX", "RCHK")
        charge = fee[vt] if fixed else round(fee[vt] * r.uniform(1.0, 2.6) + r.randint(0, 9) / 100, 2)
        _w, _n, _b, (lo, hi) = _PC_PETS[p[3]]
        weight = round(r.uniform(lo, hi), 2 if hi < 1 else 1) if r.random() < 0.85 else None
        paid = 1 if (LAST_DAY - d).days > 40 or r.random() < 0.7 else 0
        vid = len(visits) + 1
        visits.append([vid, pid, vet, clinic, vt, d, weight, charge, paid, None])
        if vt in ("VAX", "WELL") and vax_for[p[3]]:
            opts = vax_for[p[3]]
            if vt == "VAX":
                chosen = r.sample(opts, r.randint(1, min(3, len(opts))))
            else:
                chosen = [r.choice(opts)] if r.random() < 0.5 else []
            if p[3] == "CAN" and sum(c[0].startswith("RAB") for c in chosen) > 1:
                chosen = [c for c in chosen if c[0] != "RAB3"]
            for v in chosen:
                exp = d + dt.timedelta(days=round(v[3] * 30.44))
                vaccinations.append(
                    (
                        len(vaccinations) + 1,
                        vid,
                        pid,
                        v[0],
                        _d(d),
                        _d(exp),
                        f"{v[0][:2]}{r.randint(10000, 99999)}" if r.random() < 0.9 else None,
                    )
                )
                if vt == "VAX":
                    visits[-1][7] = round(visits[-1][7] + 24.5, 2)
        if vt in ("SICK", "SURG", "DENT", "EMER") and r.random() < 0.45:
            pending.append((vid, pid, d + dt.timedelta(days=r.randint(7, 21)), vet, clinic))
        if vt == "EMER" and r.random() < 0.08 and p[8] is None:
            p[8] = _d(d)
            visits[-1][4] = "EUTH"
            visits[-1][7] = fee["EUTH"]
            pending = [x for x in pending if x[1] != pid]
    for vid0, pid, d, vet, clinic in pending:
        if d > LAST_DAY or pet_by_id[pid][8] is not None:
            continue
        visits.append([0, pid, vet, clinic, "RCHK", d, None, fee["RCHK"], 1 if r.random() < 0.85 else 0, vid0])
    for p in r.sample([q for q in pets if q[8] is None], 6):
        p[8] = _d(_date(r, dt.date(2023, 6, 1), dt.date(2025, 5, 30)))
    # the visits of a pet that died after that day are dropped
    dead = {p[0]: p[8] for p in pets if p[8]}
    keep = [v for v in visits if v[1] not in dead or v[5].isoformat() <= dead[v[1]]]
    keep.sort(key=lambda v: (v[5], v[0] if v[0] else 10**6))
    ids = {}
    for i, v in enumerate(keep, start=1):
        if v[0]:
            ids[v[0]] = i
    out = []
    for i, v in enumerate(keep, start=1):
        fu = ids.get(v[9]) if v[9] else None
        if v[9] and fu is None:
            continue
        out.append((i, v[1], v[2], v[3], v[4], _d(v[5]), v[6], v[7], v[8], fu))
    kept = {ids[v] for v in ids}
    vacc = [(a, ids[b], c, d, e, f, g) for a, b, c, d, e, f, g in vaccinations if b in ids and ids[b] in kept]
    valid = {v[0] for v in out}
    vacc = [x for x in vacc if x[1] in valid]
    write_tables(path, PAWCARE_DDL, [
        ("clinics", _PC_CLINICS), ("species", _PC_SPECIES), ("visit_types", _PC_TYPES), ("vaccines", _PC_VACCINES),
        ("owners", owners), ("pets", [tuple(p) for p in pets]), ("vets", [tuple(v) for v in vets]),
        ("visits", out), ("vaccinations", vacc),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# harbor_ems
# ---------------------------------------------------------------------------------------------------------------

HARBOR_EMS_DDL = """
CREATE TABLE stations (
    station_id INTEGER PRIMARY KEY,
    station_name TEXT NOT NULL,
    district TEXT NOT NULL,
    opened_year INTEGER
);
CREATE TABLE unit_types (
    unit_type_code TEXT PRIMARY KEY,
    description TEXT NOT NULL
);
CREATE TABLE units (
    unit_id INTEGER PRIMARY KEY,
    call_sign TEXT NOT NULL UNIQUE,
    unit_type_code TEXT NOT NULL REFERENCES unit_types(unit_type_code),
    station_id INTEGER NOT NULL REFERENCES stations(station_id),
    in_service INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE priority_codes (
    priority_code TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    target_response_sec INTEGER NOT NULL
);
CREATE TABLE nature_codes (
    nature_code TEXT PRIMARY KEY,
    description TEXT NOT NULL
);
CREATE TABLE disposition_codes (
    disposition_code TEXT PRIMARY KEY,
    description TEXT NOT NULL
);
CREATE TABLE hospitals (
    hospital_id INTEGER PRIMARY KEY,
    hospital_name TEXT NOT NULL,
    is_trauma_center INTEGER NOT NULL,
    is_stroke_center INTEGER NOT NULL
);
CREATE TABLE incidents (
    incident_id INTEGER PRIMARY KEY,
    incident_no TEXT NOT NULL UNIQUE,
    received_at INTEGER NOT NULL,
    priority_code TEXT NOT NULL REFERENCES priority_codes(priority_code),
    nature_code TEXT NOT NULL REFERENCES nature_codes(nature_code),
    district TEXT NOT NULL,
    patient_age INTEGER,
    patient_sex TEXT,
    disposition_code TEXT REFERENCES disposition_codes(disposition_code),
    closed_at INTEGER
);
CREATE TABLE responses (
    response_id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(incident_id),
    unit_id INTEGER NOT NULL REFERENCES units(unit_id),
    dispatched_at INTEGER NOT NULL,
    enroute_at INTEGER,
    on_scene_at INTEGER,
    transport_hospital_id INTEGER REFERENCES hospitals(hospital_id),
    at_hospital_at INTEGER,
    cleared_at INTEGER,
    is_transporting INTEGER NOT NULL DEFAULT 0
);
"""

_EMS_STATIONS = [(1, "Station 1 Downtown", "Downtown", 1962), (2, "Station 2 Harborside", "Harbor", 1971),
                 (3, "Station 3 Northgate", "North", 1988), (4, "Station 4 Eastside", "Eastside", 1994),
                 (5, "Station 5 Hillcrest", "Hillcrest", 2003), (6, "Station 6 Airport", "Airport", 2011),
                 (7, "Station 7 Westfield", "Westfield", 2024)]  # fmt: skip
_EMS_UTYPES = [("ALS", "Advanced life support ambulance (paramedic)"), ("BLS", "Basic life support ambulance (EMT)"),
               ("SUP", "EMS supervisor vehicle"), ("ENG", "Fire engine, first responder")]  # fmt: skip
_EMS_UNITS = [(11, "M1", "ALS", 1, 1), (12, "M11", "BLS", 1, 1), (13, "SUP1", "SUP", 1, 1), (14, "E1", "ENG", 1, 1),
              (21, "M2", "ALS", 2, 1), (22, "M12", "BLS", 2, 1), (23, "E2", "ENG", 2, 1),
              (31, "M3", "ALS", 3, 1), (32, "M13", "BLS", 3, 0), (33, "E3", "ENG", 3, 1),
              (41, "M4", "ALS", 4, 1), (42, "M14", "BLS", 4, 1), (43, "E4", "ENG", 4, 1),
              (51, "M5", "ALS", 5, 1), (52, "E5", "ENG", 5, 1),
              (61, "M6", "ALS", 6, 1), (62, "M16", "BLS", 6, 1),
              (71, "M7", "ALS", 7, 1), (72, "E7", "ENG", 7, 1), (73, "M17", "BLS", 7, 0)]  # fmt: skip
_EMS_PRIORITY = [("P1", "Immediate life threat: lights and sirens", 480), ("P2", "Urgent: lights and sirens", 720),
                 ("P3", "Non-urgent: no lights", 1200), ("P4", "Low acuity: scheduled or referral", 3600)]  # fmt: skip
_EMS_NATURE = [("CARD", "Cardiac or respiratory arrest"), ("CHEST", "Chest pain"), ("BREATH", "Breathing problems"),
               ("FALL", "Fall"), ("MVC", "Motor vehicle collision"), ("OD", "Overdose or poisoning"),
               ("STROKE", "Stroke symptoms"), ("SICK", "Sick person"), ("PSYCH", "Psychiatric or behavioral"),
               ("TRAUMA", "Traumatic injury"), ("SEIZ", "Seizure"), ("DIAB", "Diabetic problem"),
               ("XFER", "Inter-facility transfer")]  # fmt: skip
_EMS_DISPO = [("TRN", "Treated and transported"), ("TNT", "Treated, not transported"),
              ("RMA", "Patient refused medical aid"), ("DOA", "Dead on arrival, not transported"),
              ("CXL", "Cancelled before arrival"), ("GOA", "Gone on arrival, no patient found")]  # fmt: skip
_EMS_HOSP = [(1, "Harbor General Hospital", 1, 1), (2, "Mercy Medical Center", 0, 1),
             (3, "St. Anne's Community Hospital", 0, 0), (4, "Northgate Regional Medical Center", 1, 0),
             (5, "Children's Hospital of Harbor County", 0, 0)]  # fmt: skip
# nature: weight, priority weights P1..P4, disposition weights TRN TNT RMA DOA CXL GOA
_EMS_MIX = {
    "CARD": (3, [1, 0, 0, 0], [55, 5, 0, 30, 5, 5]), "CHEST": (12, [30, 60, 10, 0], [80, 6, 8, 0, 4, 2]),
    "BREATH": (11, [35, 55, 10, 0], [75, 8, 10, 0, 5, 2]), "FALL": (16, [5, 30, 65, 0], [55, 20, 18, 0, 4, 3]),
    "MVC": (8, [25, 55, 20, 0], [45, 25, 20, 0, 6, 4]), "OD": (7, [40, 50, 10, 0], [60, 10, 20, 1, 4, 5]),
    "STROKE": (5, [60, 40, 0, 0], [92, 2, 4, 0, 2, 0]), "SICK": (14, [2, 28, 70, 0], [55, 15, 20, 0, 6, 4]),
    "PSYCH": (6, [5, 45, 50, 0], [60, 10, 18, 0, 6, 6]), "TRAUMA": (7, [20, 50, 30, 0], [70, 15, 10, 0, 3, 2]),
    "SEIZ": (5, [30, 60, 10, 0], [65, 15, 15, 0, 3, 2]), "DIAB": (4, [10, 50, 40, 0], [45, 40, 12, 0, 3, 0]),
    "XFER": (4, [0, 0, 20, 80], [100, 0, 0, 0, 0, 0]),
}  # fmt: skip
_EMS_DISTRICT_W = {"Downtown": 26, "Harbor": 18, "North": 16, "Eastside": 15, "Hillcrest": 11, "Airport": 6,
                   "Westfield": 8}  # fmt: skip


def _epoch(t: dt.datetime) -> int:
    return int(t.replace(tzinfo=dt.UTC).timestamp())


def build_harbor_ems(path: Path) -> None:
    r = random.Random(12505)
    natures = list(_EMS_MIX)
    districts = list(_EMS_DISTRICT_W)
    home = {s[2]: s[0] for s in _EMS_STATIONS}
    units_by_station: dict[int, list[tuple]] = {}
    for u in _EMS_UNITS:
        units_by_station.setdefault(u[3], []).append(u)
    incidents = []
    responses = []
    # calls peak in the late morning and early evening, fewest before dawn
    hour_w = [3, 2, 2, 1, 1, 2, 3, 4, 5, 6, 7, 7, 6, 6, 6, 6, 7, 8, 7, 6, 5, 5, 4, 3]
    times = []
    for _ in range(449):
        d = _date(r, dt.date(2024, 7, 1), dt.date(2025, 6, 13))
        h = r.choices(range(24), weights=hour_w)[0]
        times.append(dt.datetime(d.year, d.month, d.day, h, r.randint(0, 59), r.randint(0, 59)))
    times.sort()
    times += sorted(_moment(r, dt.datetime(2025, 6, 14, 19), dt.datetime(2025, 6, 14, 23, 10)) for _ in range(6))
    open_idx = set(range(len(times) - 6, len(times)))
    for i, t in enumerate(times):
        nat = r.choices(natures, weights=[_EMS_MIX[n][0] for n in natures])[0]
        _w, pw, dw = _EMS_MIX[nat]
        pri = r.choices(["P1", "P2", "P3", "P4"], weights=pw)[0]
        dist = r.choices(districts, weights=[_EMS_DISTRICT_W[d] for d in districts])[0]
        if dist == "Westfield" and t < dt.datetime(2024, 10, 1):
            dist = "Hillcrest"
        dispo = r.choices([d[0] for d in _EMS_DISPO], weights=dw)[0]
        age = None if dispo in ("CXL", "GOA") else (r.randint(0, 17) if r.random() < 0.08 else r.randint(18, 97))
        sex = None if age is None else r.choice("MF")
        received = _epoch(t)
        inc_id = 240000 + i
        n_units = 1
        if pri == "P1" or nat in ("MVC", "CARD"):
            n_units = 2
        if nat == "CARD" and r.random() < 0.6:
            n_units = 3
        st = home[dist] if r.random() < 0.8 else r.choice([s[0] for s in _EMS_STATIONS])
        if st == 7 and t < dt.datetime(2024, 10, 1):
            st = 5
        pool = [u for u in units_by_station[st] if u[4] == 1 and u[2] in ("ALS", "BLS")]
        if not pool:
            pool = [u for u in _EMS_UNITS if u[4] == 1 and u[2] in ("ALS", "BLS")]
        amb = r.choice(pool)
        if pri == "P1" or nat in ("STROKE", "CARD"):
            amb = next(u for u in _EMS_UNITS if u[3] == st and u[2] == "ALS")
        crew = [amb]
        if n_units >= 2:
            eng = [u for u in _EMS_UNITS if u[3] == st and u[2] == "ENG"]
            crew.append(eng[0] if eng else next(u for u in _EMS_UNITS if u[0] == 14))
        if n_units == 3:
            crew.append(next(u for u in _EMS_UNITS if u[0] == 13))
        closed = None
        is_open = i in open_idx
        if is_open:
            dispo = None
        last_clear = received
        for j, u in enumerate(crew):
            disp_t = received + r.randint(30, 150) + j * r.randint(0, 60)
            enr = disp_t + r.randint(15, 90)
            drive = int(r.lognormvariate(6.2 if pri in ("P1", "P2") else 6.6, 0.4))
            if dist == "Airport":
                drive += 240
            scene = enr + drive
            if dispo == "CXL" or (is_open and j > 0 and r.random() < 0.5):
                scene = None
            hosp = None
            at_h = None
            transporting = 0
            if j == 0 and dispo == "TRN":
                transporting = 1
                if nat == "STROKE":
                    hosp = r.choice([1, 2])
                elif nat in ("MVC", "TRAUMA") and pri in ("P1", "P2"):
                    hosp = r.choice([1, 4])
                elif age is not None and age < 18:
                    hosp = 5
                else:
                    hosp = r.choices([1, 2, 3, 4], weights=[30, 30, 25, 15])[0]
                at_h = scene + r.randint(900, 2700) if scene else None
            if dispo == "DOA" and j == 0:
                pass
            clear = (at_h or scene or enr) + r.randint(600, 2400)
            if is_open:
                if j == 0 and dispo is None:
                    at_h = None
                    hosp = hosp if r.random() < 0.5 else None
                clear = None
            else:
                last_clear = max(last_clear, clear)
            responses.append([0, inc_id, u[0], disp_t, enr, scene, hosp, at_h, clear, transporting])
        if not is_open:
            closed = last_clear + r.randint(60, 600)
        incidents.append((inc_id, f"HC{t.strftime('%y')}-{i + 1:05d}", received, pri, nat, dist, age, sex, dispo,
                          closed))  # fmt: skip
    responses.sort(key=lambda x: x[3])
    for k, x in enumerate(responses, start=1):
        x[0] = 9000000 + k
    write_tables(path, HARBOR_EMS_DDL, [
        ("stations", _EMS_STATIONS), ("unit_types", _EMS_UTYPES), ("units", _EMS_UNITS),
        ("priority_codes", _EMS_PRIORITY), ("nature_codes", _EMS_NATURE), ("disposition_codes", _EMS_DISPO),
        ("hospitals", _EMS_HOSP), ("incidents", incidents), ("responses", [tuple(x) for x in responses]),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# orsuite
# ---------------------------------------------------------------------------------------------------------------

ORSUITE_DDL = """
CREATE TABLE Payer (
    PayerId INTEGER PRIMARY KEY,
    PayerName TEXT NOT NULL,
    PayerType TEXT NOT NULL
);
CREATE TABLE Surgeon (
    SurgeonId INTEGER PRIMARY KEY,
    FullName TEXT NOT NULL,
    Specialty TEXT NOT NULL,
    IsActive INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE TeamMember (
    MemberId INTEGER PRIMARY KEY,
    FullName TEXT NOT NULL,
    Discipline TEXT NOT NULL,
    IsAgency INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE OperatingRoom (
    RoomId INTEGER PRIMARY KEY,
    RoomName TEXT NOT NULL,
    Building TEXT NOT NULL,
    IsHybrid INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ProcedureCatalog (
    ProcedureCode TEXT PRIMARY KEY,
    ProcedureName TEXT NOT NULL,
    Specialty TEXT NOT NULL,
    StdMinutes INTEGER NOT NULL,
    StdChargeCents INTEGER NOT NULL
);
CREATE TABLE Patient (
    PatientId INTEGER PRIMARY KEY,
    Mrn TEXT NOT NULL UNIQUE,
    FirstName TEXT NOT NULL,
    LastName TEXT NOT NULL,
    BirthYear INTEGER,
    Sex TEXT,
    PayerId INTEGER REFERENCES Payer(PayerId)
);
CREATE TABLE SurgicalCase (
    CaseId INTEGER PRIMARY KEY,
    PatientId INTEGER NOT NULL REFERENCES Patient(PatientId),
    SurgeonId INTEGER NOT NULL REFERENCES Surgeon(SurgeonId),
    RoomId INTEGER NOT NULL REFERENCES OperatingRoom(RoomId),
    ProcedureCode TEXT NOT NULL REFERENCES ProcedureCatalog(ProcedureCode),
    CaseDate INTEGER NOT NULL,
    StartMinute INTEGER NOT NULL,
    BookedMinutes INTEGER NOT NULL,
    ActualMinutes INTEGER,
    AnesthesiaMinutes INTEGER,
    CaseStatus TEXT NOT NULL,
    CancelReason TEXT,
    IsAddOn INTEGER NOT NULL DEFAULT 0,
    AsaClass INTEGER
);
CREATE TABLE CaseTeam (
    CaseId INTEGER NOT NULL REFERENCES SurgicalCase(CaseId),
    MemberId INTEGER NOT NULL REFERENCES TeamMember(MemberId),
    CaseRole TEXT NOT NULL,
    PRIMARY KEY (CaseId, MemberId)
);
CREATE TABLE Claim (
    ClaimId INTEGER PRIMARY KEY,
    CaseId INTEGER NOT NULL UNIQUE REFERENCES SurgicalCase(CaseId),
    PayerId INTEGER REFERENCES Payer(PayerId),
    SubmittedDate INTEGER NOT NULL,
    BilledCents INTEGER NOT NULL,
    PaidCents INTEGER,
    ClaimStatus TEXT NOT NULL
);
"""

_OR_PAYERS = [(1, "Medicare", "GOV"), (2, "Medicaid", "GOV"), (3, "Blue Cross Blue Shield", "COM"), (4, "Aetna", "COM"),
              (5, "UnitedHealthcare", "COM"), (6, "Cigna", "COM"), (7, "Self-pay", "SELF"),
              (8, "Tricare", "GOV")]  # fmt: skip
_OR_SPECS = ["Orthopedics", "General Surgery", "Cardiothoracic", "Neurosurgery", "Urology", "ENT", "Plastics"]
_OR_PROCS = [
    ("27447", "Total knee arthroplasty", "Orthopedics", 120, 3850000),
    ("27130", "Total hip arthroplasty", "Orthopedics", 130, 4120000),
    ("29881", "Knee arthroscopy with meniscectomy", "Orthopedics", 50, 980000),
    ("23472", "Total shoulder arthroplasty", "Orthopedics", 140, 3975000),
    ("47562", "Laparoscopic cholecystectomy", "General Surgery", 75, 1265000),
    ("44970", "Laparoscopic appendectomy", "General Surgery", 60, 1090000),
    ("49505", "Inguinal hernia repair", "General Surgery", 55, 745000),
    ("44140", "Partial colectomy", "General Surgery", 180, 4460000),
    ("33533", "Coronary artery bypass, single arterial graft", "Cardiothoracic", 240, 8925000),
    ("33405", "Aortic valve replacement", "Cardiothoracic", 260, 9650000),
    ("63030", "Lumbar laminotomy (discectomy)", "Neurosurgery", 110, 2870000),
    ("22551", "Anterior cervical discectomy and fusion", "Neurosurgery", 150, 4935000),
    ("52601", "Transurethral resection of prostate", "Urology", 70, 1380000),
    ("50590", "Lithotripsy, shock wave", "Urology", 45, 860000),
    ("42820", "Tonsillectomy and adenoidectomy, under 12", "ENT", 40, 540000),
    ("30520", "Septoplasty", "ENT", 60, 695000),
    ("19318", "Breast reduction", "Plastics", 180, 1720000),
    ("15830", "Abdominoplasty (panniculectomy)", "Plastics", 150, 1495000),
    ("31500", "Emergency endotracheal intubation", "ENT", 20, 95000),
]
_OR_ROOMS = [(1, "OR 1", "Main", 0), (2, "OR 2", "Main", 0), (3, "OR 3", "Main", 1), (4, "OR 4", "Main", 0),
             (5, "OR 5", "Main", 0), (6, "OR 6", "East Pavilion", 0), (7, "OR 7", "East Pavilion", 0),
             (8, "OR 8", "East Pavilion", 0)]  # fmt: skip


def _ymd(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def build_orsuite(path: Path) -> None:
    r = random.Random(12506)
    names = full_names(r, 400)
    surgeons = []
    plan = {"Orthopedics": 5, "General Surgery": 5, "Cardiothoracic": 2, "Neurosurgery": 2, "Urology": 2, "ENT": 2,
            "Plastics": 2}  # fmt: skip
    k = 0
    for spec, n in plan.items():
        for _ in range(n):
            surgeons.append((31 + k, f"Dr. {names[k]}", spec, 1))
            k += 1
    surgeons[4] = (surgeons[4][0], surgeons[4][1], surgeons[4][2], 0)
    team = []
    disc = (
        ["Anesthesiologist"] * 7
        + ["CRNA"] * 6
        + ["Scrub Nurse"] * 12
        + ["Circulating Nurse"] * 10
        + ["Surgical Tech"] * 5
    )
    for j, dsc in enumerate(disc):
        team.append((501 + j, names[k], dsc, 1 if dsc in ("Scrub Nurse", "Surgical Tech") and r.random() < 0.25 else 0))
        k += 1
    patients = []
    for i in range(330):
        first, last = names[k].split(" ")
        k += 1
        by = r.randint(1938, 2019)
        payer = (
            1
            if 2025 - by >= 65 and r.random() < 0.85
            else r.choices([2, 3, 4, 5, 6, 7, 8], weights=[14, 24, 15, 18, 9, 6, 4])[0]
        )
        patients.append((70000 + i, f"MR{r.randint(1000000, 9999999)}", first, last, by if r.random() > 0.02 else None,
                         r.choice("MF"), payer if r.random() > 0.02 else None))  # fmt: skip
    proc_by_spec: dict[str, list[tuple]] = {}
    for p in _OR_PROCS[:-1]:
        proc_by_spec.setdefault(p[2], []).append(p)
    surg_by_spec: dict[str, list[int]] = {}
    for s in surgeons:
        surg_by_spec.setdefault(s[2], []).append(s[0])
    cases = []
    caseteam = []
    claims = []
    used_slots: dict[tuple[int, int], int] = {}
    anes = [t for t in team if t[2] in ("Anesthesiologist", "CRNA")]
    scrubs = [t for t in team if t[2] in ("Scrub Nurse", "Surgical Tech")]
    weights = {"Orthopedics": 30, "General Surgery": 30, "Cardiothoracic": 7, "Neurosurgery": 9, "Urology": 10,
               "ENT": 9, "Plastics": 5}  # fmt: skip
    cid = 400000
    for n in range(285):
        future = n >= 262
        d = _date(r, dt.date(2025, 6, 16), dt.date(2025, 7, 18)) if future else _date(r, dt.date(2024, 1, 2), LAST_DAY)
        if d.weekday() >= 5:
            d -= dt.timedelta(days=d.weekday() - 4)
        spec = r.choices(list(weights), weights=list(weights.values()))[0]
        proc = r.choice(proc_by_spec[spec])
        sids = [s for s in surg_by_spec[spec] if not (s == surgeons[4][0] and d > dt.date(2024, 10, 31))]
        sid = r.choice(sids)
        pat = r.choice(patients)
        if proc[0] == "42820":
            pat = r.choice([p for p in patients if p[4] and p[4] >= 2013])
        room = 3 if spec == "Cardiothoracic" else r.choice([1, 2, 4, 5, 6, 7, 8])
        start = used_slots.get((room, _ymd(d)), 450)
        booked = int(round(proc[3] * r.uniform(0.9, 1.2) / 5) * 5)
        used_slots[(room, _ymd(d))] = start + booked + 30
        addon = 1 if r.random() < 0.08 else 0
        status, reason, actual, anesth = "Completed", None, None, None
        if future:
            status = "Scheduled"
        elif r.random() < 0.07:
            status = "Cancelled"
            reason = r.choice(["Patient ill", "No show", "Surgeon unavailable", "Equipment failure",
                               "Insurance authorization", "Patient ill"])  # fmt: skip
        else:
            actual = max(15, int(r.gauss(booked * 1.05, booked * 0.15)))
            anesth = actual + r.randint(20, 55)
        cid += r.randint(1, 7)
        cases.append([cid, pat[0], sid, room, proc[0], _ymd(d), start, booked, actual, anesth, status, reason, addon,
                      r.choices([1, 2, 3, 4], weights=[20, 45, 28, 7])[0] if status != "Cancelled" or r.random() < 0.5
                      else None])  # fmt: skip
        if status != "Cancelled":
            a = r.choice(anes)
            caseteam.append((cid, a[0], "Anesthesia"))
            sc = r.choice(scrubs)
            caseteam.append((cid, sc[0], "Scrub"))
        if status == "Completed" and d <= dt.date(2025, 6, 6):
            payer = pat[6]
            billed = int(proc[4] * r.uniform(0.95, 1.3)) // 100 * 100 + r.choice([0, 25, 50, 75])
            sub = d + dt.timedelta(days=r.randint(2, 12))
            if payer == 7:
                cstatus = r.choice(["Paid", "Pending", "Pending"])
                paid = billed if cstatus == "Paid" else None
            else:
                cstatus = r.choices(["Paid", "Partial", "Denied", "Pending"], weights=[62, 14, 8, 16])[0]
                if (LAST_DAY - sub).days < 30 and cstatus == "Paid" and r.random() < 0.6:
                    cstatus = "Pending"
                paid = {"Paid": int(billed * r.uniform(0.35, 0.7)), "Partial": int(billed * r.uniform(0.1, 0.3)),
                        "Denied": 0, "Pending": None}[cstatus]  # fmt: skip
            claims.append((len(claims) + 1, cid, payer, _ymd(min(sub, LAST_DAY)), billed, paid, cstatus))
    # an emergency intubation in the hybrid room, added on, one of a kind
    cid += 3
    cases.append(
        [cid, patients[11][0], surgeons[16][0], 3, "31500", 20250311, 1310, 20, 14, 35, "Completed", None, 1, 5]
    )
    caseteam.append((cid, anes[0][0], "Anesthesia"))
    cases.sort(key=lambda c: (c[5], c[3], c[6]))
    write_tables(path, ORSUITE_DDL, [
        ("Payer", _OR_PAYERS), ("Surgeon", surgeons), ("TeamMember", team), ("OperatingRoom", _OR_ROOMS),
        ("ProcedureCatalog", _OR_PROCS), ("Patient", patients), ("SurgicalCase", [tuple(c) for c in cases]),
        ("CaseTeam", caseteam), ("Claim", claims),
    ])  # fmt: skip


BUILDERS = {
    "stmarys": build_stmarys,
    "tierarzt": build_tierarzt,
    "fhirlink": build_fhirlink,
    "pawcare": build_pawcare,
    "harbor_ems": build_harbor_ems,
    "orsuite": build_orsuite,
}
