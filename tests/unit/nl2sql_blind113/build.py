"""Six synthetic council and public-service databases for the 113th blind corpus (government, councils and public
services). All data is deterministic (one fixed ``random.Random`` seed per database) and ends on 2025-06-14; "today"
is 2025-06-15. Dates are ISO text ``YYYY-MM-DD`` (date-times ``YYYY-MM-DD HH:MM``); money is pounds sterling with
pence, stored as REAL. Flags named ``is_..._flag`` hold 1 (yes) or 0 (no) unless said otherwise.

hbclaims -- a council's Housing Benefit, Council Tax Reduction and Discretionary Housing Payment claims, January 2023
to 14 June 2025. Very long descriptive snake_case names; one wide denormalised reporting table beside small lookups.
  ward_lookup: one row per electoral ward (12). ward_code (ONS style code such as 'E05013501', key), ward_name,
    district_office_name (the customer service hub serving the ward: 'North Hub', 'Central Hub', 'South Hub').
  claim_type_lookup: claim_type_code (key): 'HB' Housing Benefit (help with rent), 'CTR' Council Tax Reduction,
    'DHP' Discretionary Housing Payment (a short top-up of rent help); claim_type_description.
  decision_outcome_lookup: decision_outcome_code (key): 'AWD' award made, 'NIL' nil award (income above the
    threshold), 'REF' refused (evidence not provided), 'WDN' withdrawn by the claimant, 'PND' awaiting a decision;
    decision_outcome_description; is_positive_outcome_flag (1 only for AWD).
  assessment_officer: assessment_officer_id (key), officer_full_name, team_name ('New Claims Team',
    'Changes Team', 'Pension Age Team'), date_joined_service.
  claim_assessment_reporting_summary: the wide reporting extract, one row per claim (about 1,450), 29 columns:
    claim_reference_number (key, '<type>/<year received>/<5-digit sequence>', e.g. 'HB/2024/00153'),
    claim_type_code (-> claim_type_lookup), ward_code (-> ward_lookup), assessment_officer_id (-> assessment_officer;
    NULL while a pending claim is not yet allocated), claimant_full_name, claimant_national_insurance_number,
    claimant_date_of_birth, claimant_age_at_application_years, household_size_persons (people in the household,
    claimant included), number_of_dependent_children, is_pensioner_household_flag,
    is_in_receipt_of_universal_credit_flag, tenure_type_description ('Council tenant', 'Housing association',
    'Private rented', 'Owner occupier' -- owner occupiers only claim CTR), weekly_eligible_rent_gbp (pounds a week;
    recorded only on HB and DHP claims, NULL on CTR claims), weekly_household_income_gbp, capital_savings_gbp,
    date_application_received, date_evidence_complete (NULL when the evidence never arrived or is still awaited),
    date_decision_issued (NULL while pending), days_to_process_decision (days from receipt to decision, NULL while
    pending), decision_outcome_code (-> decision_outcome_lookup), weekly_award_amount_gbp (pounds a week, only on
    awarded claims), award_start_date, award_end_date (NULL while the award is still running; DHP awards last 13 or
    26 weeks), total_amount_paid_to_date_gbp (0 when nothing awarded), overpayment_identified_gbp (NULL when none),
    is_paid_direct_to_landlord_flag, payment_method_description ('Rent account credit', 'BACS to landlord',
    'BACS to claimant', 'Council tax account credit'; NULL when nothing awarded), reconsideration_requested_flag
    (the claimant asked for the decision to be looked at again).
  claim_status_history: one row per status change of a claim: status_history_id (key), claim_reference_number
    (-> claim_assessment_reporting_summary), status_effective_date, status_description ('Received',
    'Awaiting evidence', 'Under assessment', 'Decided', 'Suspended', 'Closed'), recorded_by_officer_id
    (-> assessment_officer; NULL for claims received through the online portal's automatic 'Received' row).
  overpayment_recovery_transaction: money recovered against overpaid claims: recovery_transaction_id (key),
    claim_reference_number (-> claim_assessment_reporting_summary), transaction_date, amount_recovered_gbp,
    recovery_method_description ('Deduction from ongoing benefit', 'Invoice payment', 'Direct debit').

pcnenforce -- civil parking enforcement: penalty charge notices (PCNs) issued January 2024 to 14 June 2025.
Long descriptive snake_case names; the officers table refers to itself.
  civil_enforcement_officer: officer_id (key), officer_badge_number ('CEO' + 3 digits), officer_full_name,
    officer_role ('Parking Services Manager', 'Team Leader', 'Civil Enforcement Officer'), supervising_officer_id
    (-> civil_enforcement_officer: a CEO's team leader, a team leader's manager; NULL for the manager),
    date_started_employment, date_employment_ended (NULL while still employed).
  contravention_code_lookup: contravention_code (key, the national two-digit code as text, e.g. '01', '12', '40',
    '83'), contravention_description, is_higher_level_charge_flag, penalty_charge_amount_gbp (70.00 for a higher
    level, 50.00 for a lower level contravention; half is due if paid within 14 days, and 50% more once a charge
    certificate is issued), applies_off_street_flag (1 for codes used in council car parks).
  enforcement_location: location_id (key), street_or_car_park_name, location_type_description ('On-street',
    'Off-street car park'), controlled_parking_zone_code ('CPZ-A' .. 'CPZ-E', NULL outside a controlled zone),
    ward_name.
  pcn_status_lookup: status_code (key): 'ISS' issued - within the payment period, 'PDD' paid at the discounted
    rate, 'PDF' paid in full, 'PDC' paid at the charge certificate rate, 'CHL' challenge under consideration,
    'CAN' cancelled, 'NTO' notice to owner issued, 'CCT' charge certificate issued, 'DRG' debt registered at the
    Traffic Enforcement Centre, 'WOF' written off; status_description, is_closed_status_flag.
  penalty_charge_notice: one row per PCN (about 3,200): pcn_reference_number (key, 'PK' + 8 digits),
    issued_by_officer_id (-> civil_enforcement_officer; NULL for camera PCNs sent by post), contravention_code
    (-> contravention_code_lookup), location_id (-> enforcement_location), date_time_of_contravention
    ('YYYY-MM-DD HH:MM'), issue_method_description ('Handheld - fixed to vehicle', 'Camera - served by post'),
    vehicle_registration_mark (e.g. 'AB19 XYZ'), vehicle_make, penalty_charge_amount_gbp (the full charge),
    current_status_code (-> pcn_status_lookup), date_current_status_set.
  pcn_status_history: status_change_id (key), pcn_reference_number (-> penalty_charge_notice), status_code
    (-> pcn_status_lookup), date_status_changed.
  pcn_challenge: challenge_id (key), pcn_reference_number (-> penalty_charge_notice), challenge_stage
    ('Informal challenge', 'Formal representation', 'Tribunal appeal'), date_challenge_received,
    date_challenge_decided (NULL while undecided), challenge_outcome ('Accepted' = PCN cancelled, 'Rejected', NULL
    while undecided), challenge_grounds_description.
  pcn_payment: payment_id (key), pcn_reference_number (-> penalty_charge_notice), payment_date, amount_paid_gbp,
    payment_channel ('Online', 'Telephone', 'Post', 'Enforcement agent').

magistrates -- a magistrates' courts' criminal case register, cases laid 2023 to 14 June 2025. Long descriptive
snake_case names; cases have a natural composite key (case number, restarting at 1 each year, plus the year).
  court_venue: court_venue_code (key, 'MC01'..'MC04'), court_venue_name, local_justice_area_name,
    number_of_courtrooms.
  offence_type: offence_code (key, a CJS-style code such as 'TH68010'), offence_title, offence_category ('Motoring',
    'Theft', 'Violence', 'Public order', 'Criminal damage', 'Drugs', 'Regulatory' -- TV licence, fare evasion,
    school attendance, fly-tipping), maximum_fine_gbp (NULL = unlimited fine), is_summary_only_flag,
    is_endorsable_driving_offence_flag (penalty points can go on a driving licence).
  defendant: defendant_id (key), defendant_forenames, defendant_surname, date_of_birth, home_postcode_district
    (e.g. 'NB4').
  criminal_case: case_number + case_year (composite key; e.g. case 153 of 2024), defendant_id (-> defendant),
    court_venue_code (-> court_venue, the venue the case is listed at), prosecuting_authority_name ('Crown
    Prosecution Service', 'DVLA', 'TV Licensing', 'Northbridge City Council', 'Great Western Railway'),
    date_charge_laid (date of the charge or written charge; its year is case_year), is_single_justice_procedure_flag
    (dealt with on the papers by one magistrate, usually without any hearing), case_status_code ('CONC'
    concluded, 'ADJ' adjourned - awaiting its next hearing, 'WDN' withdrawn by the prosecution, 'CTC' sent to the
    Crown Court, 'WAR' warrant issued after failing to appear), date_case_concluded (NULL unless CONC, WDN or CTC).
  case_charge: case_number, case_year (-> criminal_case), charge_sequence_number (1, 2, 3 within the case; the
    three together are the key), offence_code (-> offence_type), plea_entered ('Guilty', 'Not guilty', NULL = no
    plea entered), verdict_code ('G' guilty -- by plea, at trial or proved in absence, 'NG' not guilty after trial,
    'WDN' withdrawn, 'DIS' dismissed, NULL = not yet decided).
  court_hearing: hearing_id (key), case_number, case_year (-> criminal_case), hearing_date, court_venue_code
    (-> court_venue), courtroom_number, hearing_type_description ('First appearance', 'Case management', 'Trial',
    'Sentencing'), was_adjourned_flag, hearing_duration_minutes.
  sentence_imposed: one row per guilty charge that has been sentenced: sentence_id (key), case_number, case_year,
    charge_sequence_number (-> case_charge), date_sentenced, sentence_type ('Fine', 'Conditional discharge',
    'Community order', 'Custody', 'Suspended custody'), fine_amount_gbp (NULL when no fine), victim_surcharge_gbp,
    prosecution_costs_awarded_gbp, penalty_points_endorsed (NULL when none), driving_disqualification_months (NULL
    when not disqualified), custody_length_days (NULL unless custody or suspended custody).

hmolicence -- a council's licensing of houses in multiple occupation (HMOs), applications from 2019 to 14 June
2025. Long descriptive snake_case names; reference codes 'HMO/<year>/<4 digits>'.
  landlord: landlord_id (key), landlord_full_name, landlord_company_name (NULL for private individuals),
    correspondence_email_address, is_accredited_landlord_flag (member of the accreditation scheme, 10% fee
    discount), date_registered_with_council.
  licensable_property: property_id (key), unique_property_reference_number (UPRN, 12 digits as text),
    property_address_line_1, postcode, ward_name, number_of_storeys, number_of_letting_rooms,
    number_of_households, maximum_permitted_occupants, owner_landlord_id (-> landlord).
  hmo_licence_application: application_reference_code (key, e.g. 'HMO/2024/0153'), property_id
    (-> licensable_property), licence_type ('Mandatory' -- 5 or more people in 2 or more households, 'Additional'
    -- the council's own scheme for smaller HMOs), is_renewal_application_flag, date_application_received,
    date_application_validated (NULL until validated), application_fee_paid_gbp,
    is_eligible_for_accreditation_discount_flag, current_application_status ('Received', 'Validated',
    'Inspection booked', 'Draft licence issued', 'Granted', 'Refused', 'Withdrawn'), licence_start_date,
    licence_expiry_date (both NULL unless granted; a licence runs 5 years, or 1 year when the pre-licence
    inspection found serious hazards), licence_term_years.
  application_status_history: status_history_id (key), application_reference_code (-> hmo_licence_application),
    previous_status (NULL for the first row), new_status, date_status_changed.
  property_inspection: inspection_id (key), property_id (-> licensable_property), inspecting_officer_name,
    inspection_date, inspection_type ('Pre-licence', 'Compliance', 'Complaint', 'Revisit'),
    number_of_category_1_hazards_found, number_of_category_2_hazards_found (HHSRS hazards; category 1 is the most
    serious), inspection_result ('Satisfactory', 'Works required', 'Prohibition order').
  licence_condition: condition_id (key), application_reference_code (-> hmo_licence_application), condition_text,
    date_compliance_due, date_compliance_confirmed (NULL while outstanding).
  civil_penalty_notice: civil_penalty_id (key), landlord_id (-> landlord), property_id (-> licensable_property),
    date_penalty_issued, offence_description, penalty_amount_gbp, amount_paid_to_date_gbp.

buildingcontrol -- a council building control service: building regulations applications 2023 to 14 June 2025.
Long descriptive snake_case names; reference codes 'BC/<year>/<4 digits>' and 'CC/<year>/<4 digits>'.
  building_control_surveyor: surveyor_id (key), surveyor_full_name, professional_registration_number,
    is_registered_building_inspector_flag, team_area_name ('North', 'South', 'Major Projects').
  building_work_type_lookup: work_type_code (key: 'EXT' single storey extension, 'EX2' two storey extension,
    'LOFT' loft conversion, 'GARC' garage conversion, 'NEWD' new dwelling, 'STRC' internal structural alteration,
    'WIND' replacement windows, 'COMM' commercial fit-out), work_type_description, standard_plan_charge_gbp,
    standard_inspection_charge_gbp.
  building_regulations_application: application_reference_number (key, 'BC/2024/0153'), application_route_code
    ('FP' full plans, 'BN' building notice -- no plans are checked, 'REG' regularisation of work already done),
    work_type_code (-> building_work_type_lookup), site_address, site_postcode, applicant_or_agent_name,
    assigned_surveyor_id (-> building_control_surveyor), date_application_received, date_plans_decision_issued
    and plans_decision_outcome ('Approved', 'Approved with conditions', 'Rejected'; both NULL for building notices
    and for full plans not yet decided), total_fees_charged_gbp, estimated_cost_of_works_gbp,
    date_work_commenced (NULL when work has not started), is_work_completed_flag.
  site_inspection_visit: visit_id (key), application_reference_number (-> building_regulations_application),
    surveyor_id (-> building_control_surveyor), date_of_site_visit, inspection_stage_description ('Commencement',
    'Foundations', 'Drainage', 'Damp proof course', 'Structural steel', 'Pre-plaster', 'Completion'), visit_outcome
    ('Pass', 'Fail', 'Advice given'), visit_duration_minutes.
  completion_certificate: certificate_number (key, 'CC/2025/0042'), application_reference_number
    (-> building_regulations_application, at most one certificate each), date_certificate_issued,
    issuing_surveyor_id (-> building_control_surveyor).
  dangerous_structure_report: dangerous_structure_report_id (key), reported_site_address, date_reported,
    reported_by_description ('Member of public', 'Police', 'Fire service', 'Council officer'), risk_level
    ('Immediate', 'Urgent', 'Monitor'), attending_surveyor_id (-> building_control_surveyor), date_made_safe (NULL
    while not yet made safe).

bulkywaste -- a council's chargeable bulky household waste collections, bookings January 2024 to 14 June 2025.
Terse legacy names (an old back-office system); flags are 'Y'/'N' text.
  rnd: collection rounds: rnd_cd (key, 'N1', 'N2', 'S1', 'S2', 'E1'), rnd_desc (area and collection days), veh_reg
    (vehicle registration), crew_sz (crew size, people).
  itm_typ: item types: itm_cd (key, e.g. 'SOFA', 'MATT' mattress, 'FRDG' fridge or freezer, 'WMCH' washing
    machine), itm_desc, weee_flg ('Y' for waste electrical items), chg (pounds charged per item).
  cust: residents who booked: cust_no (key), nm (full name), addr1, pcode (postcode), uprn, conc_flg ('Y' for a
    concession: residents on benefits pay half), reg_dt (account created).
  bkg: bookings: bkg_no (key, 6 digits), cust_no (-> cust), rnd_cd (-> rnd), bkg_dt (day booked), coll_dt
    (collection day, up to a fortnight after booking; may be after 14 June 2025 for open bookings), sts ('B'
    booked - not yet collected, 'C' collected, 'X' cancelled by the resident, 'M' missed by the crew), chnl (booking
    channel: 'W' web, 'T' telephone, 'F' face to face), tot_chg (pounds charged for the whole booking, minimum
    25.00, concession half price), rfnd_amt (pounds refunded: cancelled and missed bookings; NULL otherwise).
  bkg_itm: booking lines: bkg_no (-> bkg), ln_no (1, 2, ... within the booking; with bkg_no the key), itm_cd
    (-> itm_typ), qty (number of items), ln_chg (pounds for the line before any concession).
  cmpl: complaints: cmpl_no (key), bkg_no (-> bkg), cmpl_dt, cmpl_typ ('MISS' missed collection, 'DMG' damage to
    property, 'LATE' collected late, 'STF' staff conduct), rslv_dt (day resolved, NULL while open).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, full_names, iso, write_tables

END = dt.date(2025, 6, 14)


def _d(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def _plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


# --------------------------------------------------------------------------------------------------- hbclaims
HB_DDL = """
CREATE TABLE ward_lookup (
    ward_code TEXT PRIMARY KEY,
    ward_name TEXT NOT NULL,
    district_office_name TEXT NOT NULL
);
CREATE TABLE claim_type_lookup (
    claim_type_code TEXT PRIMARY KEY,
    claim_type_description TEXT NOT NULL
);
CREATE TABLE decision_outcome_lookup (
    decision_outcome_code TEXT PRIMARY KEY,
    decision_outcome_description TEXT NOT NULL,
    is_positive_outcome_flag INTEGER NOT NULL
);
CREATE TABLE assessment_officer (
    assessment_officer_id INTEGER PRIMARY KEY,
    officer_full_name TEXT NOT NULL,
    team_name TEXT NOT NULL,
    date_joined_service TEXT NOT NULL
);
CREATE TABLE claim_assessment_reporting_summary (
    claim_reference_number TEXT PRIMARY KEY,
    claim_type_code TEXT NOT NULL REFERENCES claim_type_lookup(claim_type_code),
    ward_code TEXT NOT NULL REFERENCES ward_lookup(ward_code),
    assessment_officer_id INTEGER REFERENCES assessment_officer(assessment_officer_id),
    claimant_full_name TEXT NOT NULL,
    claimant_national_insurance_number TEXT NOT NULL,
    claimant_date_of_birth TEXT NOT NULL,
    claimant_age_at_application_years INTEGER NOT NULL,
    household_size_persons INTEGER NOT NULL,
    number_of_dependent_children INTEGER NOT NULL,
    is_pensioner_household_flag INTEGER NOT NULL,
    is_in_receipt_of_universal_credit_flag INTEGER NOT NULL,
    tenure_type_description TEXT NOT NULL,
    weekly_eligible_rent_gbp REAL,
    weekly_household_income_gbp REAL NOT NULL,
    capital_savings_gbp REAL NOT NULL,
    date_application_received TEXT NOT NULL,
    date_evidence_complete TEXT,
    date_decision_issued TEXT,
    days_to_process_decision INTEGER,
    decision_outcome_code TEXT NOT NULL REFERENCES decision_outcome_lookup(decision_outcome_code),
    weekly_award_amount_gbp REAL,
    award_start_date TEXT,
    award_end_date TEXT,
    total_amount_paid_to_date_gbp REAL NOT NULL,
    overpayment_identified_gbp REAL,
    is_paid_direct_to_landlord_flag INTEGER NOT NULL,
    payment_method_description TEXT,
    reconsideration_requested_flag INTEGER NOT NULL
);
CREATE TABLE claim_status_history (
    status_history_id INTEGER PRIMARY KEY,
    claim_reference_number TEXT NOT NULL REFERENCES claim_assessment_reporting_summary(claim_reference_number),
    status_effective_date TEXT NOT NULL,
    status_description TEXT NOT NULL,
    recorded_by_officer_id INTEGER REFERENCES assessment_officer(assessment_officer_id)
);
CREATE TABLE overpayment_recovery_transaction (
    recovery_transaction_id INTEGER PRIMARY KEY,
    claim_reference_number TEXT NOT NULL REFERENCES claim_assessment_reporting_summary(claim_reference_number),
    transaction_date TEXT NOT NULL,
    amount_recovered_gbp REAL NOT NULL,
    recovery_method_description TEXT NOT NULL
);
"""


def build_hbclaims(path: Path) -> None:
    r = random.Random(113001)
    wards = [
        ("E05013501", "Abbey", "Central Hub"), ("E05013502", "Brookside", "North Hub"),
        ("E05013503", "Castle", "Central Hub"), ("E05013504", "Dene Park", "South Hub"),
        ("E05013505", "Eastfield", "North Hub"), ("E05013506", "Fairmead", "South Hub"),
        ("E05013507", "Greenhill", "North Hub"), ("E05013508", "Harbour", "Central Hub"),
        ("E05013509", "Kingsway", "South Hub"), ("E05013510", "Lowther", "North Hub"),
        ("E05013511", "Millbrook", "South Hub"), ("E05013512", "Northgate", "Central Hub"),
    ]  # fmt: skip
    ward_w = [14, 9, 11, 6, 18, 5, 8, 16, 7, 10, 4, 12]
    types = [("HB", "Housing Benefit"), ("CTR", "Council Tax Reduction"), ("DHP", "Discretionary Housing Payment")]
    outcomes = [
        ("AWD", "Award made", 1), ("NIL", "Nil award - income above threshold", 0),
        ("REF", "Refused - evidence not provided", 0), ("WDN", "Withdrawn by claimant", 0),
        ("PND", "Awaiting decision", 0),
    ]  # fmt: skip
    teams = ["New Claims Team"] * 6 + ["Changes Team"] * 5 + ["Pension Age Team"] * 3
    onames = full_names(r, 14)
    officers = [
        (i + 1, onames[i], teams[i], iso(_d(r.randint(2004, 2023), r.randint(1, 12), r.randint(1, 28))))
        for i in range(14)
    ]
    off_w = [r.uniform(0.5, 2.0) for _ in officers]
    pens_officers = [o[0] for o in officers if o[2] == "Pension Age Team"]
    work_officers = [o[0] for o in officers if o[2] != "Pension Age Team"]

    n = 1450
    received = sorted(day_between(r, _d(2023, 1, 3), END) for _ in range(n))
    names = full_names(r, n)
    seq: dict[tuple[str, int], int] = {}
    claims = []
    history = []
    recov = []
    letters = "ABCEGHJKLMNPRSTWXYZ"
    for i, rec in enumerate(received):
        ctype = r.choices(["HB", "CTR", "DHP"], [38, 52, 10])[0]
        key = (ctype, rec.year)
        seq[key] = seq.get(key, 0) + 1
        ref = f"{ctype}/{rec.year}/{seq[key]:05d}"
        ward = r.choices(wards, ward_w)[0][0]
        pens = r.random() < 0.27
        age = r.randint(66, 91) if pens else r.randint(18, 65)
        dob = _plus(rec, -(age * 365 + r.randint(5, 360)))
        adults = 1 if pens or r.random() < 0.6 else 2
        children = 0 if pens else r.choices([0, 1, 2, 3, 4, 5], [45, 20, 18, 10, 5, 2])[0]
        hh = adults + children
        uc = 0 if pens else int(r.random() < 0.55)
        if ctype == "CTR":
            tenure = r.choices(["Council tenant", "Housing association", "Private rented", "Owner occupier"],
                               [30, 25, 25, 20])[0]  # fmt: skip
        else:
            tenure = r.choices(["Council tenant", "Housing association", "Private rented"], [35, 30, 35])[0]
        rent = None
        if ctype != "CTR":
            lo, hi = {"Council tenant": (92, 140), "Housing association": (105, 165), "Private rented": (150, 325)}[
                tenure
            ]
            rent = round(r.uniform(lo, hi), 2)
        if pens:
            income = round(r.uniform(190, 430), 2)
        elif uc:
            income = round(r.uniform(0, 360), 2)
        else:
            income = round(r.uniform(110, 620), 2)
        capital = 0.0 if r.random() < 0.58 else round(r.choice([r.uniform(50, 3000), r.uniform(3000, 17500)]), 2)
        age_days = (END - rec).days
        if age_days < 50 and r.random() < (50 - age_days) / 50 + 0.1:
            outcome = "PND"
        else:
            outcome = r.choices(["AWD", "NIL", "REF", "WDN"], [68, 12, 12, 8])[0]
            if income > 540 and outcome == "AWD":
                outcome = "NIL"
        officer = (r.choices(pens_officers) if pens else r.choices(work_officers,
                   [off_w[o - 1] for o in work_officers]))[0]  # fmt: skip
        if outcome == "PND" and r.random() < 0.45:
            officer = None
        evid = None
        if outcome in ("AWD", "NIL", "WDN") or (outcome == "PND" and r.random() < 0.4):
            evid = _plus(rec, r.choice([0, 0, 0, r.randint(1, 10), r.randint(5, 35)]))
            if evid > END:
                evid = None
        dec = None
        if outcome != "PND":
            base = evid or _plus(rec, r.randint(28, 45))
            dec = _plus(base, r.randint(1, 22) + (8 if pens else 0))
            if dec > END:
                dec = END
        days = (dec - rec).days if dec else None
        award = start = end = None
        paid = 0.0
        method = None
        direct = 0
        overpay = None
        if outcome == "AWD":
            if ctype == "HB":
                award = round(rent * r.uniform(0.45, 1.0), 2)
            elif ctype == "CTR":
                award = round(r.uniform(4.5, 31.0), 2)
            else:
                award = round(r.uniform(10, 60), 2)
            start = rec
            if ctype == "DHP":
                end = _plus(start, 7 * r.choice([13, 26]) - 1)
            elif r.random() < 0.38:
                e = _plus(dec, r.randint(30, 500))
                end = e if e <= END else None
            stop = min(end or END, END)
            paid = round(award * ((stop - start).days + 1) / 7, 2)
            if ctype == "CTR":
                method = "Council tax account credit"
            elif tenure == "Council tenant":
                method = "Rent account credit"
            else:
                direct = int(r.random() < (0.45 if tenure == "Private rented" else 0.7))
                method = "BACS to landlord" if direct else "BACS to claimant"
            if r.random() < 0.09 and (stop - start).days > 60:
                overpay = round(r.uniform(0.05, 0.35) * paid, 2)
        recon = int(r.random() < (0.2 if outcome in ("NIL", "REF") else 0.04 if outcome == "AWD" else 0))
        nino = r.choice(letters) + r.choice(letters) + f"{r.randint(0, 999999):06d}" + r.choice("ABCD")
        claims.append((
            ref, ctype, ward, officer, names[i], nino, iso(dob), age, hh, children, int(pens), uc, tenure, rent,
            income, capital, iso(rec), iso(evid), iso(dec), days, outcome, award, iso(start), iso(end), paid,
            overpay, direct, method, recon,
        ))  # fmt: skip
        # status history
        online = r.random() < 0.6
        history.append((ref, rec, "Received", None if online else officer or r.choice(work_officers)))
        if evid is None or evid > rec:
            history.append((ref, _plus(rec, 1), "Awaiting evidence", officer))
        if evid is not None and dec is not None:
            history.append((ref, evid if evid > rec else rec, "Under assessment", officer))
        elif evid is not None:
            history.append((ref, evid, "Under assessment", officer))
        if dec is not None:
            history.append((ref, dec, "Decided", officer))
        if outcome == "AWD" and end is None and r.random() < 0.05:
            history.append((ref, day_between(r, dec, END), "Suspended", officer))
        if end is not None and end <= END:
            history.append((ref, end, "Closed", officer))
        if overpay:
            left = overpay
            t = _plus(dec, r.randint(20, 120))
            meth = r.choice(["Deduction from ongoing benefit", "Invoice payment", "Direct debit"])
            while left > 0.005 and t <= END:
                amt = round(min(left, r.choice([10.0, 15.0, 20.0, 25.0, 40.0, left])), 2)
                recov.append((ref, iso(t), amt, meth))
                left = round(left - amt, 2)
                t = _plus(t, r.choice([28, 30, 31]))
    history.sort(key=lambda h: (h[1], h[0]))
    hist_rows = [(i + 1, h[0], iso(h[1]), h[2], h[3]) for i, h in enumerate(history)]
    recov.sort(key=lambda x: (x[1], x[0]))
    recov_rows = [(i + 1, *x) for i, x in enumerate(recov)]
    write_tables(path, HB_DDL, {
        "ward_lookup": wards, "claim_type_lookup": types, "decision_outcome_lookup": outcomes,
        "assessment_officer": officers, "claim_assessment_reporting_summary": claims,
        "claim_status_history": hist_rows, "overpayment_recovery_transaction": recov_rows,
    })  # fmt: skip


# --------------------------------------------------------------------------------------------------- pcnenforce
PCN_DDL = """
CREATE TABLE civil_enforcement_officer (
    officer_id INTEGER PRIMARY KEY,
    officer_badge_number TEXT NOT NULL UNIQUE,
    officer_full_name TEXT NOT NULL,
    officer_role TEXT NOT NULL,
    supervising_officer_id INTEGER REFERENCES civil_enforcement_officer(officer_id),
    date_started_employment TEXT NOT NULL,
    date_employment_ended TEXT
);
CREATE TABLE contravention_code_lookup (
    contravention_code TEXT PRIMARY KEY,
    contravention_description TEXT NOT NULL,
    is_higher_level_charge_flag INTEGER NOT NULL,
    penalty_charge_amount_gbp REAL NOT NULL,
    applies_off_street_flag INTEGER NOT NULL
);
CREATE TABLE enforcement_location (
    location_id INTEGER PRIMARY KEY,
    street_or_car_park_name TEXT NOT NULL,
    location_type_description TEXT NOT NULL,
    controlled_parking_zone_code TEXT,
    ward_name TEXT NOT NULL
);
CREATE TABLE pcn_status_lookup (
    status_code TEXT PRIMARY KEY,
    status_description TEXT NOT NULL,
    is_closed_status_flag INTEGER NOT NULL
);
CREATE TABLE penalty_charge_notice (
    pcn_reference_number TEXT PRIMARY KEY,
    issued_by_officer_id INTEGER REFERENCES civil_enforcement_officer(officer_id),
    contravention_code TEXT NOT NULL REFERENCES contravention_code_lookup(contravention_code),
    location_id INTEGER NOT NULL REFERENCES enforcement_location(location_id),
    date_time_of_contravention TEXT NOT NULL,
    issue_method_description TEXT NOT NULL,
    vehicle_registration_mark TEXT NOT NULL,
    vehicle_make TEXT NOT NULL,
    penalty_charge_amount_gbp REAL NOT NULL,
    current_status_code TEXT NOT NULL REFERENCES pcn_status_lookup(status_code),
    date_current_status_set TEXT NOT NULL
);
CREATE TABLE pcn_status_history (
    status_change_id INTEGER PRIMARY KEY,
    pcn_reference_number TEXT NOT NULL REFERENCES penalty_charge_notice(pcn_reference_number),
    status_code TEXT NOT NULL REFERENCES pcn_status_lookup(status_code),
    date_status_changed TEXT NOT NULL
);
CREATE TABLE pcn_challenge (
    challenge_id INTEGER PRIMARY KEY,
    pcn_reference_number TEXT NOT NULL REFERENCES penalty_charge_notice(pcn_reference_number),
    challenge_stage TEXT NOT NULL,
    date_challenge_received TEXT NOT NULL,
    date_challenge_decided TEXT,
    challenge_outcome TEXT,
    challenge_grounds_description TEXT NOT NULL
);
CREATE TABLE pcn_payment (
    payment_id INTEGER PRIMARY KEY,
    pcn_reference_number TEXT NOT NULL REFERENCES penalty_charge_notice(pcn_reference_number),
    payment_date TEXT NOT NULL,
    amount_paid_gbp REAL NOT NULL,
    payment_channel TEXT NOT NULL
);
"""


def build_pcnenforce(path: Path) -> None:
    r = random.Random(113002)
    names = full_names(r, 33)
    officers = [(1, "CEO001", names[0], "Parking Services Manager", None, "2012-04-02", None)]
    for i in range(2, 6):
        officers.append((i, f"CEO{i:03d}", names[i - 1], "Team Leader", 1,
                         iso(_d(r.randint(2013, 2019), r.randint(1, 12), r.randint(1, 28))), None))  # fmt: skip
    ended = {9: _d(2024, 8, 30), 17: _d(2025, 1, 31), 23: _d(2024, 11, 15)}
    for i in range(6, 34):
        if i == 33:
            start = _d(2025, 6, 9)
        elif i in (30, 31):
            start = _d(2024, r.randint(7, 12), r.randint(1, 28))
        else:
            start = _d(r.randint(2015, 2023), r.randint(1, 12), r.randint(1, 28))
        officers.append((i, f"CEO{100 + i * 7:03d}", names[i - 1], "Civil Enforcement Officer", 2 + (i % 4),
                         iso(start), iso(ended.get(i))))  # fmt: skip
    codes = [
        ("01", "Parked in a restricted street during prescribed hours", 1, 70.0, 0),
        ("02", "Parked or loading where loading restrictions are in force", 1, 70.0, 0),
        ("05", "Parked after the expiry of paid for time", 0, 50.0, 0),
        ("06", "Parked without clearly displaying a valid pay and display ticket", 0, 50.0, 0),
        ("12", "Parked in a residents' or shared use place without a valid permit", 1, 70.0, 0),
        ("16", "Parked in a permit space without displaying a valid permit", 1, 70.0, 0),
        ("19", "Parked in a residents' or shared use place displaying an invalid permit", 0, 50.0, 0),
        ("25", "Parked in a loading place during restricted hours without loading", 1, 70.0, 0),
        ("30", "Parked for longer than permitted", 0, 50.0, 0),
        ("40", "Parked in a disabled person's parking place without a valid badge", 1, 70.0, 0),
        ("47", "Stopped on a restricted bus stop or stand", 1, 70.0, 0),
        ("48", "Stopped in a restricted area outside a school", 1, 70.0, 0),
        ("62", "Parked with one or more wheels on a footway", 1, 70.0, 0),
        ("83", "Parked in a car park without payment of the parking charge", 0, 50.0, 1),
        ("86", "Parked beyond the bay markings", 0, 50.0, 1),
        ("87", "Parked in a disabled person's bay in a car park without a valid badge", 1, 70.0, 1),
    ]
    code_w_on = {"01": 22, "02": 6, "05": 14, "06": 5, "12": 18, "16": 7, "19": 4, "25": 5, "30": 9, "40": 6,
                 "62": 3}  # fmt: skip
    code_w_off = {"83": 55, "86": 20, "87": 12, "30": 13}
    amount = {c[0]: c[3] for c in codes}
    streets = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Street", "Queen Street",
               "King Street", "Park Road", "Bridge Street", "London Road", "Albert Road", "Castle Street",
               "Market Place", "North Street", "South Parade", "West End Lane", "Elm Grove", "Orchard Way",
               "Chapel Street", "Riverside Walk", "Grange Road", "Harbour Road", "New Road", "School Lane",
               "Abbey Road", "Cross Street", "Union Street", "Albion Terrace", "Regent Street", "York Place",
               "Lime Avenue", "Beech Road", "Cedar Close", "Dock Street"]  # fmt: skip
    parks = ["Market Street Car Park", "Leisure Centre Car Park", "Riverside Car Park", "Station Multi-Storey",
             "Library Car Park", "Seafront Car Park"]  # fmt: skip
    wards = ["Abbey", "Castle", "Harbour", "Kingsway", "Northgate", "Eastfield", "Millbrook", "Lowther"]
    locs = []
    for i, s in enumerate(streets):
        zone = None if r.random() < 0.3 else r.choice(["CPZ-A", "CPZ-B", "CPZ-C", "CPZ-D", "CPZ-E"])
        locs.append((i + 1, s, "On-street", zone, r.choice(wards)))
    for j, p in enumerate(parks):
        locs.append((len(streets) + j + 1, p, "Off-street car park", None, r.choice(wards)))
    loc_w = [r.uniform(0.3, 3.0) for _ in locs]
    loc_w[0] = 6.0  # High Street is the busiest
    statuses = [
        ("ISS", "Issued - within payment period", 0), ("PDD", "Paid at discounted rate", 1),
        ("PDF", "Paid in full", 1), ("PDC", "Paid at charge certificate rate", 1),
        ("CHL", "Challenge under consideration", 0), ("CAN", "Cancelled", 1), ("NTO", "Notice to owner issued", 0),
        ("CCT", "Charge certificate issued", 0), ("DRG", "Debt registered at Traffic Enforcement Centre", 0),
        ("WOF", "Written off", 1),
    ]  # fmt: skip
    makes = ["Ford", "Vauxhall", "Volkswagen", "Toyota", "BMW", "Mercedes-Benz", "Audi", "Nissan", "Kia", "Peugeot",
             "Hyundai", "Tesla", "Skoda", "Renault"]  # fmt: skip
    make_w = [18, 14, 13, 9, 8, 7, 7, 6, 6, 5, 4, 2, 3, 3]
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    vehicles = []
    seen = set()
    while len(vehicles) < 2400:
        reg = f"{r.choice(L)}{r.choice(L)}{r.choice(['14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '64', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74'])} {r.choice(L)}{r.choice(L)}{r.choice(L)}"
        if reg not in seen:
            seen.add(reg)
            vehicles.append((reg, r.choices(makes, make_w)[0]))
    veh_w = [1.0 + 9.0 / (k + 1) for k in range(len(vehicles))]
    ceo_w = {o[0]: (0.15 if o[3] == "Team Leader" else r.uniform(0.4, 2.2)) for o in officers if o[0] > 1}
    grounds = ["Valid permit was displayed", "Was loading or unloading", "Signs or lines unclear",
               "Blue badge holder", "Vehicle was stolen", "Medical emergency", "Not the keeper at the time",
               "Paid but ticket fell from dashboard"]  # fmt: skip
    pcns, hist, chal, pays = [], [], [], []
    n = 3200
    issued = sorted(day_between(r, _d(2024, 1, 2), END) for _ in range(n))
    used_refs = set()
    for d0 in issued:
        while True:
            ref = f"PK{r.randint(10000000, 99999999)}"
            if ref not in used_refs:
                used_refs.add(ref)
                break
        camera = r.random() < 0.08
        if camera:
            loc = r.choice([x for x in locs if x[2] == "On-street"])
            code = r.choice(["47", "48", "48"])
            officer = None
            method = "Camera - served by post"
        else:
            loc = r.choices(locs, loc_w)[0]
            cw = code_w_off if loc[2] != "On-street" else code_w_on
            code = r.choices(list(cw), list(cw.values()))[0]
            cand = [o for o in officers if o[0] > 1 and _d(*map(int, o[5].split("-"))) <= d0
                    and (o[6] is None or _d(*map(int, o[6].split("-"))) >= d0) and o[0] != 33]  # fmt: skip
            officer = r.choices(cand, [ceo_w[o[0]] for o in cand])[0][0]
            method = "Handheld - fixed to vehicle"
        hour = r.choices(range(7, 20), [3, 7, 9, 10, 10, 9, 8, 8, 8, 7, 6, 4, 2])[0]
        when = f"{iso(d0)} {hour:02d}:{r.randint(0, 59):02d}"
        veh = r.choices(vehicles, veh_w)[0]
        full = amount[code]
        h = [("ISS", d0)]
        age = (END - d0).days
        fate = r.random()
        status = "ISS"
        sd = d0
        if fate < 0.04:
            sd = _plus(d0, r.randint(1, 10))
            if sd <= END:
                status = "CAN"
                h.append(("CAN", sd))
        elif fate < 0.22:
            cd = _plus(d0, r.randint(2, 13))
            if cd <= END:
                dd = _plus(cd, r.randint(5, 40))
                ok = r.random() < 0.36
                if dd > END:
                    chal.append((ref, "Informal challenge", iso(cd), None, None, r.choice(grounds)))
                    h.append(("CHL", cd))
                    status, sd = "CHL", cd
                else:
                    chal.append((ref, "Informal challenge", iso(cd), iso(dd), "Accepted" if ok else "Rejected",
                                 r.choice(grounds)))  # fmt: skip
                    h.append(("CHL", cd))
                    if ok:
                        h.append(("CAN", dd))
                        status, sd = "CAN", dd
                    else:
                        pd = _plus(dd, r.randint(1, 13))
                        if r.random() < 0.65 and pd <= END:
                            pays.append((ref, iso(pd), full / 2, r.choice(["Online", "Online", "Telephone"])))
                            h.append(("PDD", pd))
                            status, sd = "PDD", pd
                        else:
                            h.append(("ISS", dd))
                            status, sd = "ISS", dd
                            nto = _plus(dd, 28)
                            if nto <= END:
                                h.append(("NTO", nto))
                                status, sd = "NTO", nto
                                rd = _plus(nto, r.randint(5, 25))
                                if r.random() < 0.4 and rd <= END:
                                    ok2 = r.random() < 0.3
                                    de = _plus(rd, r.randint(10, 50))
                                    decided = de <= END
                                    chal.append((ref, "Formal representation", iso(rd), iso(de) if decided else None,
                                                 ("Accepted" if ok2 else "Rejected") if decided else None,
                                                 r.choice(grounds)))  # fmt: skip
                                    h.append(("CHL", rd))
                                    status, sd = "CHL", rd
                                    if decided and ok2:
                                        h.append(("CAN", de))
                                        status, sd = "CAN", de
                                    elif decided:
                                        if r.random() < 0.5:
                                            ad = _plus(de, r.randint(10, 27))
                                            if ad <= END:
                                                td = _plus(ad, r.randint(20, 70))
                                                tdec = td <= END
                                                win = r.random() < 0.3
                                                chal.append((ref, "Tribunal appeal", iso(ad), iso(td) if tdec else None,
                                                             ("Accepted" if win else "Rejected") if tdec else None,
                                                             r.choice(grounds)))  # fmt: skip
                                                status, sd = "CHL", ad
                                                h.append(("CHL", ad))
                                                if tdec:
                                                    if win:
                                                        h.append(("CAN", td))
                                                        status, sd = "CAN", td
                                                    else:
                                                        pdd = _plus(td, r.randint(3, 20))
                                                        if pdd <= END:
                                                            pays.append((ref, iso(pdd), full, "Online"))
                                                            h.append(("PDF", pdd))
                                                            status, sd = "PDF", pdd
                                        else:
                                            pdd = _plus(de, r.randint(3, 25))
                                            if pdd <= END:
                                                pays.append((ref, iso(pdd), full, r.choice(["Online", "Post"])))
                                                h.append(("PDF", pdd))
                                                status, sd = "PDF", pdd
        elif fate < 0.78:
            pd = _plus(d0, r.choices([r.randint(0, 13), r.randint(14, 27)], [80, 20])[0])
            if pd <= END:
                disc = (pd - d0).days <= 13
                pays.append((ref, iso(pd), full / 2 if disc else full,
                             r.choices(["Online", "Telephone", "Post"], [75, 18, 7])[0]))  # fmt: skip
                h.append(("PDD" if disc else "PDF", pd))
                status, sd = ("PDD" if disc else "PDF"), pd
        else:
            nto = _plus(d0, 28)
            if nto <= END:
                h.append(("NTO", nto))
                status, sd = "NTO", nto
                cct = _plus(nto, 56)
                if r.random() < 0.25:
                    pd = _plus(nto, r.randint(2, 40))
                    if pd <= END:
                        pays.append((ref, iso(pd), full, r.choice(["Online", "Telephone", "Post"])))
                        h.append(("PDF", pd))
                        status, sd = "PDF", pd
                        cct = None
                if cct and cct <= END:
                    h.append(("CCT", cct))
                    status, sd = "CCT", cct
                    if r.random() < 0.35:
                        pd = _plus(cct, r.randint(3, 20))
                        if pd <= END:
                            pays.append((ref, iso(pd), full * 1.5, r.choice(["Online", "Telephone"])))
                            h.append(("PDC", pd))
                            status, sd = "PDC", pd
                    if status == "CCT":
                        drg = _plus(cct, 21)
                        if drg <= END:
                            h.append(("DRG", drg))
                            status, sd = "DRG", drg
                            if r.random() < 0.45:
                                ea = _plus(drg, r.randint(30, 150))
                                if ea <= END:
                                    tot = full * 1.5 + 75.0
                                    if r.random() < 0.5:
                                        half = round(tot / 2, 2)
                                        pays.append((ref, iso(ea), half, "Enforcement agent"))
                                        ea2 = _plus(ea, 30)
                                        if ea2 <= END:
                                            pays.append((ref, iso(ea2), round(tot - half, 2), "Enforcement agent"))
                                            h.append(("PDC", ea2))
                                            status, sd = "PDC", ea2
                                    else:
                                        pays.append((ref, iso(ea), tot, "Enforcement agent"))
                                        h.append(("PDC", ea))
                                        status, sd = "PDC", ea
                            elif r.random() < 0.3:
                                wo = _plus(drg, r.randint(120, 240))
                                if wo <= END:
                                    h.append(("WOF", wo))
                                    status, sd = "WOF", wo
        del age
        pcns.append((ref, officer, code, loc[0], when, method, veh[0], veh[1], full, status, iso(sd)))
        for s, d in h:
            hist.append((ref, s, iso(d)))
    pcns.sort(key=lambda p: p[4])
    hist_rows = [(i + 1, *x) for i, x in enumerate(hist)]
    chal_rows = [(i + 1, *x) for i, x in enumerate(sorted(chal, key=lambda c: (c[2], c[0])))]
    pay_rows = [(i + 1, *x) for i, x in enumerate(sorted(pays, key=lambda p: (p[1], p[0])))]
    write_tables(path, PCN_DDL, {
        "civil_enforcement_officer": officers, "contravention_code_lookup": codes, "enforcement_location": locs,
        "pcn_status_lookup": statuses, "penalty_charge_notice": pcns, "pcn_status_history": hist_rows,
        "pcn_challenge": chal_rows, "pcn_payment": pay_rows,
    })  # fmt: skip


# --------------------------------------------------------------------------------------------------- magistrates
MAG_DDL = """
CREATE TABLE court_venue (
    court_venue_code TEXT PRIMARY KEY,
    court_venue_name TEXT NOT NULL,
    local_justice_area_name TEXT NOT NULL,
    number_of_courtrooms INTEGER NOT NULL
);
CREATE TABLE offence_type (
    offence_code TEXT PRIMARY KEY,
    offence_title TEXT NOT NULL,
    offence_category TEXT NOT NULL,
    maximum_fine_gbp REAL,
    is_summary_only_flag INTEGER NOT NULL,
    is_endorsable_driving_offence_flag INTEGER NOT NULL
);
CREATE TABLE defendant (
    defendant_id INTEGER PRIMARY KEY,
    defendant_forenames TEXT NOT NULL,
    defendant_surname TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    home_postcode_district TEXT NOT NULL
);
CREATE TABLE criminal_case (
    case_number INTEGER NOT NULL,
    case_year INTEGER NOT NULL,
    defendant_id INTEGER NOT NULL REFERENCES defendant(defendant_id),
    court_venue_code TEXT NOT NULL REFERENCES court_venue(court_venue_code),
    prosecuting_authority_name TEXT NOT NULL,
    date_charge_laid TEXT NOT NULL,
    is_single_justice_procedure_flag INTEGER NOT NULL,
    case_status_code TEXT NOT NULL,
    date_case_concluded TEXT,
    PRIMARY KEY (case_number, case_year)
);
CREATE TABLE case_charge (
    case_number INTEGER NOT NULL,
    case_year INTEGER NOT NULL,
    charge_sequence_number INTEGER NOT NULL,
    offence_code TEXT NOT NULL REFERENCES offence_type(offence_code),
    plea_entered TEXT,
    verdict_code TEXT,
    PRIMARY KEY (case_number, case_year, charge_sequence_number),
    FOREIGN KEY (case_number, case_year) REFERENCES criminal_case(case_number, case_year)
);
CREATE TABLE court_hearing (
    hearing_id INTEGER PRIMARY KEY,
    case_number INTEGER NOT NULL,
    case_year INTEGER NOT NULL,
    hearing_date TEXT NOT NULL,
    court_venue_code TEXT NOT NULL REFERENCES court_venue(court_venue_code),
    courtroom_number INTEGER NOT NULL,
    hearing_type_description TEXT NOT NULL,
    was_adjourned_flag INTEGER NOT NULL,
    hearing_duration_minutes INTEGER NOT NULL,
    FOREIGN KEY (case_number, case_year) REFERENCES criminal_case(case_number, case_year)
);
CREATE TABLE sentence_imposed (
    sentence_id INTEGER PRIMARY KEY,
    case_number INTEGER NOT NULL,
    case_year INTEGER NOT NULL,
    charge_sequence_number INTEGER NOT NULL,
    date_sentenced TEXT NOT NULL,
    sentence_type TEXT NOT NULL,
    fine_amount_gbp REAL,
    victim_surcharge_gbp REAL NOT NULL,
    prosecution_costs_awarded_gbp REAL NOT NULL,
    penalty_points_endorsed INTEGER,
    driving_disqualification_months INTEGER,
    custody_length_days INTEGER,
    FOREIGN KEY (case_number, case_year, charge_sequence_number)
        REFERENCES case_charge(case_number, case_year, charge_sequence_number)
);
"""


def build_magistrates(path: Path) -> None:
    r = random.Random(113003)
    venues = [
        ("MC01", "Northbridge Magistrates' Court", "Northbridge and District", 6),
        ("MC02", "Eastham Magistrates' Court", "Northbridge and District", 3),
        ("MC03", "Riverside Justice Centre", "Southmoor", 5),
        ("MC04", "Kingsford Magistrates' Court", "Southmoor", 2),
    ]
    ven_w = [40, 18, 30, 12]
    # code, title, category, max fine, summary only, endorsable, weight, prosecutor, sjp share
    offences = [
        ("RT88191", "Speeding on a restricted road", "Motoring", 1000.0, 1, 1, 16, "Crown Prosecution Service", 0.8),
        ("RT88007", "Using a motor vehicle without insurance", "Motoring", None, 1, 1, 10,
         "Crown Prosecution Service", 0.6),
        ("RT88334", "Driving with excess alcohol", "Motoring", None, 1, 1, 7, "Crown Prosecution Service", 0.0),
        ("RT88576", "Driving while disqualified", "Motoring", None, 1, 1, 2, "Crown Prosecution Service", 0.0),
        ("VE92001", "Keeping an unlicensed vehicle", "Motoring", 1000.0, 1, 0, 6, "DVLA", 1.0),
        ("TH68010", "Theft from a shop", "Theft", None, 0, 0, 11, "Crown Prosecution Service", 0.0),
        ("TH68023", "Theft of a pedal cycle", "Theft", None, 0, 0, 2, "Crown Prosecution Service", 0.0),
        ("OF61131", "Assault by beating", "Violence", None, 1, 0, 7, "Crown Prosecution Service", 0.0),
        ("OF61102", "Assault on an emergency worker", "Violence", None, 0, 0, 3, "Crown Prosecution Service", 0.0),
        ("PU86010", "Drunk and disorderly", "Public order", 500.0, 1, 0, 4, "Crown Prosecution Service", 0.0),
        ("PU86004", "Using threatening or abusive words or behaviour", "Public order", None, 1, 0, 4,
         "Crown Prosecution Service", 0.0),
        ("CD71037", "Criminal damage (value under 5000 pounds)", "Criminal damage", None, 0, 0, 5,
         "Crown Prosecution Service", 0.0),
        ("MD71230", "Possession of cannabis", "Drugs", None, 0, 0, 4, "Crown Prosecution Service", 0.0),
        ("CO88026", "Using a television receiver without a licence", "Regulatory", 1000.0, 1, 0, 9,
         "TV Licensing", 1.0),
        ("RL89001", "Travelling on a railway without a valid ticket", "Regulatory", 1000.0, 1, 0, 5,
         "Great Western Railway", 1.0),
        ("ED96001", "Failing to secure regular school attendance", "Regulatory", 2500.0, 1, 0, 4,
         "Northbridge City Council", 0.3),
        ("EP90013", "Depositing controlled waste (fly-tipping)", "Regulatory", None, 0, 0, 2,
         "Northbridge City Council", 0.0),
    ]  # fmt: skip
    off_rows = [o[:6] for o in offences]
    off_by = {o[0]: o for o in offences}
    districts = ["NB1", "NB2", "NB3", "NB4", "NB5", "NB6", "SM1", "SM2", "SM3", "SM4", "KF1", "KF2", "EH1", "EH2"]
    dnames = full_names(r, 950)
    defendants = []
    for i, nm in enumerate(dnames):
        f, s = nm.split(" ")
        age = r.choices([r.randint(18, 25), r.randint(26, 45), r.randint(46, 80)], [35, 45, 20])[0]
        dob = _d(2025 - age, r.randint(1, 12), r.randint(1, 28))
        defendants.append((i + 1, f, s, iso(dob), r.choice(districts)))
    def_w = [1.0 + 5.0 / (k + 1) for k in range(len(defendants))]
    cases, charges, hearings, sentences = [], [], [], []
    laid = sorted(day_between(r, _d(2023, 1, 3), END) for _ in range(1320))
    num: dict[int, int] = {}
    for d0 in laid:
        y = d0.year
        num[y] = num.get(y, 0) + 1
        cn = num[y]
        main = r.choices(offences, [o[6] for o in offences])[0]
        defn = r.choices(defendants, def_w)[0][0]
        venue = r.choices(venues, ven_w)[0][0]
        sjp = int(r.random() < main[8])
        nch = 1
        extra: list[str] = []
        if main[2] in ("Violence", "Public order", "Criminal damage", "Theft", "Drugs") and r.random() < 0.35:
            pool = [o[0] for o in offences if o[2] in ("Violence", "Public order", "Criminal damage", "Drugs")
                    and o[0] != main[0]]  # fmt: skip
            extra = r.sample(pool, r.choice([1, 1, 2]))
        elif main[0] in ("RT88007", "RT88334", "RT88576") and r.random() < 0.3:
            extra = [r.choice([c for c in ("RT88007", "RT88576", "RT88191") if c != main[0]])]
        codes = [main[0], *extra]
        nch = len(codes)
        age = (END - d0).days
        # outcome of the case
        hear: list[tuple[dt.date, str, int, int]] = []
        status = "CONC"
        concluded = None
        verdicts: list[tuple[str | None, str | None]] = []
        if sjp:
            dec = _plus(d0, r.randint(21, 60))
            sjp_ref = r.random() < 0.12  # referred to open court
            if not sjp_ref:
                if dec > END:
                    status = "ADJ"
                    verdicts = [(None, None)] * nch
                else:
                    responded = r.random() < 0.45
                    plea = "Guilty" if responded else None
                    v = "G" if r.random() < 0.97 else "WDN"
                    verdicts = [(plea if v == "G" else None, v)] * nch
                    concluded = dec
                    if v == "WDN":
                        status = "WDN"
            else:
                sjp = 1
        if not sjp or (not concluded and status != "ADJ"):
            # open-court path
            t = _plus(d0, r.randint(10, 42))
            heavy = main[2] in ("Violence", "Drugs") or main[0] in ("RT88334", "RT88576")
            not_guilty = r.random() < (0.3 if heavy else 0.12)
            fail_appear = r.random() < 0.05
            ctc = main[0] in ("OF61102", "TH68010", "CD71037", "MD71230") and r.random() < 0.07
            wdn = r.random() < 0.06
            stages = ["First appearance"]
            if ctc:
                pass
            elif wdn:
                stages += ["Case management"]
            elif not_guilty:
                stages += ["Case management", "Trial"]
                if r.random() < 0.25:
                    stages.insert(2, "Trial")  # an adjourned trial
            elif heavy and r.random() < 0.5:
                stages += ["Sentencing"]
            status = "CONC"
            done = True
            for k, st in enumerate(stages):
                if t > END:
                    done = False
                    break
                last = k == len(stages) - 1
                adj = int(not last)
                if st == "Trial" and k + 1 < len(stages) and stages[k + 1] == "Trial":
                    adj = 1
                if fail_appear and k == 0:
                    hear.append((t, st, 1, r.randint(5, 15)))
                    status = "WAR"
                    done = False
                    break
                dur = {"First appearance": r.randint(10, 40), "Case management": r.randint(10, 30),
                       "Trial": r.randint(90, 330), "Sentencing": r.randint(20, 60)}[st]  # fmt: skip
                hear.append((t, st, adj, dur))
                if not last:
                    t = _plus(t, r.randint(14, 70) if st != "Case management" else r.randint(28, 100))
            if status == "WAR":
                verdicts = [(None, None)] * nch
            elif not done:
                status = "ADJ"
                verdicts = [("Not guilty" if not_guilty else None, None)] * nch
                if hear:
                    hear[-1] = (hear[-1][0], hear[-1][1], 1, hear[-1][3])
            else:
                concluded = hear[-1][0]
                if ctc:
                    status = "CTC"
                    verdicts = [(None, None)] * nch
                elif wdn:
                    status = "WDN"
                    verdicts = [(None, "WDN")] * nch
                elif not_guilty:
                    acq = r.random() < 0.35
                    verdicts = [("Not guilty", "NG" if acq else "G")]
                    verdicts += [("Not guilty", r.choice(["G", "NG", "DIS"])) for _ in range(nch - 1)]
                else:
                    verdicts = [("Guilty", "G")] * nch
        cases.append((cn, y, defn, venue, main[7], d0.isoformat(), sjp, status, iso(concluded)))
        for h in hear:
            hv = venue if r.random() < 0.9 else r.choice(venues)[0]
            rooms = next(v[3] for v in venues if v[0] == hv)
            hearings.append((cn, y, iso(h[0]), hv, r.randint(1, rooms), h[1], h[2], h[3]))
        for k, code in enumerate(codes):
            plea, verdict = verdicts[k] if k < len(verdicts) else (None, None)
            charges.append((cn, y, k + 1, code, plea, verdict))
            if verdict == "G" and concluded is not None:
                o = off_by[code]
                pros = o[7]
                costs = {"Crown Prosecution Service": r.choice([85.0, 85.0, 105.0, 620.0]), "DVLA": 90.0,
                         "TV Licensing": 120.0, "Great Western Railway": r.choice([150.0, 185.0]),
                         "Northbridge City Council": round(r.uniform(150, 1200), 2)}[pros]  # fmt: skip
                if k > 0:
                    costs = 0.0
                pts = dq = cust = None
                fine = None
                if o[2] == "Motoring":
                    stype = "Fine"
                    fine = float(r.randrange(100, 1500, 10))
                    if code == "RT88191":
                        pts = r.choice([3, 3, 4, 5, 6])
                        fine = float(r.randrange(80, 800, 5))
                    elif code == "RT88007":
                        pts = 6
                    elif code == "RT88334":
                        dq = r.choice([12, 12, 14, 16, 18, 20, 24, 36])
                        if r.random() < 0.25:
                            stype, fine = "Community order", None
                    elif code == "RT88576":
                        pts = 6
                        stype = r.choice(["Community order", "Suspended custody", "Fine"])
                        if stype != "Fine":
                            fine = None
                        if stype == "Suspended custody":
                            cust = r.choice([28, 56, 84, 112])
                    elif code == "VE92001":
                        fine = float(r.randrange(40, 400, 5))
                elif o[2] == "Regulatory":
                    stype = r.choices(["Fine", "Conditional discharge"], [88, 12])[0]
                    fine = float(r.randrange(40, 660, 5)) if stype == "Fine" else None
                    if code == "EP90013" and fine:
                        fine = float(r.randrange(400, 4000, 50))
                else:
                    stype = r.choices(["Fine", "Conditional discharge", "Community order", "Custody",
                                       "Suspended custody"], [35, 20, 28, 7, 10])[0]  # fmt: skip
                    if stype == "Fine":
                        fine = float(r.randrange(50, 1200, 10))
                    if stype in ("Custody", "Suspended custody"):
                        cust = r.choice([14, 28, 42, 56, 84, 112, 140, 182])
                sur = (
                    round(min(2000.0, max(26.0, fine * 0.4)), 2)
                    if fine
                    else (0.0 if stype == "Conditional discharge" else 114.0 if stype == "Community order" else 154.0)
                )
                sd = concluded
                if stype in ("Custody", "Suspended custody", "Community order") and r.random() < 0.2:
                    sd = concluded  # same day
                sentences.append((cn, y, k + 1, iso(sd), stype, fine, sur, costs, pts, dq, cust))
    hearings.sort(key=lambda h: (h[2], h[1], h[0]))
    hear_rows = [(i + 1, *h) for i, h in enumerate(hearings)]
    sent_rows = [(i + 1, *s) for i, s in enumerate(sorted(sentences, key=lambda s: (s[3], s[1], s[0], s[2])))]
    write_tables(path, MAG_DDL, {
        "court_venue": venues, "offence_type": off_rows, "defendant": defendants, "criminal_case": cases,
        "case_charge": charges, "court_hearing": hear_rows, "sentence_imposed": sent_rows,
    })  # fmt: skip


# --------------------------------------------------------------------------------------------------- hmolicence
HMO_DDL = """
CREATE TABLE landlord (
    landlord_id INTEGER PRIMARY KEY,
    landlord_full_name TEXT NOT NULL,
    landlord_company_name TEXT,
    correspondence_email_address TEXT NOT NULL,
    is_accredited_landlord_flag INTEGER NOT NULL,
    date_registered_with_council TEXT NOT NULL
);
CREATE TABLE licensable_property (
    property_id INTEGER PRIMARY KEY,
    unique_property_reference_number TEXT NOT NULL UNIQUE,
    property_address_line_1 TEXT NOT NULL,
    postcode TEXT NOT NULL,
    ward_name TEXT NOT NULL,
    number_of_storeys INTEGER NOT NULL,
    number_of_letting_rooms INTEGER NOT NULL,
    number_of_households INTEGER NOT NULL,
    maximum_permitted_occupants INTEGER NOT NULL,
    owner_landlord_id INTEGER NOT NULL REFERENCES landlord(landlord_id)
);
CREATE TABLE hmo_licence_application (
    application_reference_code TEXT PRIMARY KEY,
    property_id INTEGER NOT NULL REFERENCES licensable_property(property_id),
    licence_type TEXT NOT NULL,
    is_renewal_application_flag INTEGER NOT NULL,
    date_application_received TEXT NOT NULL,
    date_application_validated TEXT,
    application_fee_paid_gbp REAL NOT NULL,
    is_eligible_for_accreditation_discount_flag INTEGER NOT NULL,
    current_application_status TEXT NOT NULL,
    licence_start_date TEXT,
    licence_expiry_date TEXT,
    licence_term_years INTEGER
);
CREATE TABLE application_status_history (
    status_history_id INTEGER PRIMARY KEY,
    application_reference_code TEXT NOT NULL REFERENCES hmo_licence_application(application_reference_code),
    previous_status TEXT,
    new_status TEXT NOT NULL,
    date_status_changed TEXT NOT NULL
);
CREATE TABLE property_inspection (
    inspection_id INTEGER PRIMARY KEY,
    property_id INTEGER NOT NULL REFERENCES licensable_property(property_id),
    inspecting_officer_name TEXT NOT NULL,
    inspection_date TEXT NOT NULL,
    inspection_type TEXT NOT NULL,
    number_of_category_1_hazards_found INTEGER NOT NULL,
    number_of_category_2_hazards_found INTEGER NOT NULL,
    inspection_result TEXT NOT NULL
);
CREATE TABLE licence_condition (
    condition_id INTEGER PRIMARY KEY,
    application_reference_code TEXT NOT NULL REFERENCES hmo_licence_application(application_reference_code),
    condition_text TEXT NOT NULL,
    date_compliance_due TEXT NOT NULL,
    date_compliance_confirmed TEXT
);
CREATE TABLE civil_penalty_notice (
    civil_penalty_id INTEGER PRIMARY KEY,
    landlord_id INTEGER NOT NULL REFERENCES landlord(landlord_id),
    property_id INTEGER NOT NULL REFERENCES licensable_property(property_id),
    date_penalty_issued TEXT NOT NULL,
    offence_description TEXT NOT NULL,
    penalty_amount_gbp REAL NOT NULL,
    amount_paid_to_date_gbp REAL NOT NULL
);
"""


def build_hmolicence(path: Path) -> None:
    r = random.Random(113004)
    lnames = full_names(r, 170)
    cos = ["Redbrick Lettings Ltd", "Campus Homes Ltd", "Northgate Property Holdings Ltd", "Unity Student Living Ltd",
           "Harbourside Rentals Ltd", "Castle Residential Ltd", "Greenleaf Housing Ltd", "Oakwood Estates Ltd",
           "Cityscape Lets Ltd", "Brightstay Ltd", "Maple Tree Properties Ltd", "Abbey Rooms Ltd",
           "Keystone HMO Ltd", "Lowther Lettings Ltd", "Sterling House Ltd", "Vantage Living Ltd",
           "Rowan Property Group Ltd", "Kingsway Homes Ltd", "Fairmead Investments Ltd", "Anchor Rooms Ltd",
           "Blue Door Lets Ltd", "Corner House Rentals Ltd", "Eastfield Estates Ltd", "Granite Holdings Ltd",
           "Millbrook Lettings Ltd", "Northern Rooms Ltd", "Parkside Residential Ltd", "Quayside Homes Ltd",
           "Riverside Lets Ltd", "Summit Property Ltd", "Thistle Homes Ltd", "Westgate Living Ltd",
           "Bramble Lets Ltd", "Cobalt Estates Ltd", "Dovecote Property Ltd", "Elmstead Rooms Ltd",
           "Foxglove Lettings Ltd", "Gable End Homes Ltd", "Hawthorn Residential Ltd", "Ivy House Lets Ltd",
           "Juniper Living Ltd", "Kestrel Property Ltd", "Larch Rentals Ltd", "Meadow Lets Ltd",
           "Nettle Homes Ltd", "Osprey Estates Ltd", "Pebble Property Ltd", "Quince Rooms Ltd",
           "Rookery Lettings Ltd", "Saffron Homes Ltd", "Teasel Living Ltd", "Umber Estates Ltd",
           "Vale Rooms Ltd", "Willow Lets Ltd", "Yarrow Property Ltd"]  # fmt: skip
    r.shuffle(cos)
    landlords = []
    ci = 0
    for i, nm in enumerate(lnames):
        comp = None
        if r.random() < 0.33 and ci < len(cos):
            comp = cos[ci]
            ci += 1
        email = (
            (comp.split(" ")[0].lower() + ".lettings@example.co.uk")
            if comp
            else (nm.lower().replace(" ", ".") + "@example.com")
        )
        landlords.append((i + 1, nm, comp, email, int(r.random() < 0.38),
                          iso(_d(r.randint(2008, 2023), r.randint(1, 12), r.randint(1, 28)))))  # fmt: skip
    ll_w = [min(8.0, r.paretovariate(2.5)) for _ in landlords]
    ll_w[0] = 12.0  # the largest portfolio
    wards = ["University", "Abbey", "Castle", "Harbour", "Northgate", "Eastfield", "Kingsway", "Lowther"]
    ward_w = [30, 12, 14, 9, 11, 8, 7, 5]
    pcs = {"University": "NB7", "Abbey": "NB1", "Castle": "NB2", "Harbour": "NB3", "Northgate": "NB4",
           "Eastfield": "NB5", "Kingsway": "NB6", "Lowther": "NB8"}  # fmt: skip
    streets = ["Albert Road", "Beaconsfield Street", "Clarence Terrace", "Derwent Street", "Egerton Road",
               "Fernbank Avenue", "Gladstone Street", "Hartington Road", "Inkerman Street", "Jubilee Terrace",
               "Kensington Road", "Lansdowne Place", "Marlborough Street", "Nelson Road", "Osborne Road",
               "Palmerston Street", "Raglan Terrace", "Salisbury Road", "Tennyson Avenue", "Wellington Street"]  # fmt: skip
    props = []
    seen = set()
    for i in range(300):
        ward = r.choices(wards, ward_w)[0]
        while True:
            addr = f"{r.randint(1, 180)} {r.choice(streets)}"
            if addr not in seen:
                seen.add(addr)
                break
        rooms = r.choices([3, 4, 5, 6, 7, 8, 9, 10, 12], [12, 22, 24, 16, 10, 7, 4, 3, 2])[0]
        storeys = r.choice([2, 2, 3, 3, 3, 4]) if rooms >= 5 else r.choice([2, 2, 3])
        hh = rooms if r.random() < 0.85 else max(2, rooms - r.randint(1, 2))
        occ = rooms + r.choice([0, 0, 0, 1, 2])
        owner = r.choices(landlords, ll_w)[0][0]
        pc = f"{pcs[ward]} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        props.append((i + 1, f"1000{r.randint(10000000, 99999999)}", addr, pc, ward, storeys, rooms, hh, occ,
                      owner))  # fmt: skip
    accredited = {ll[0]: ll[4] for ll in landlords}
    officers = ["Hannah Pryce", "Tom Ashworth", "Gareth Lloyd", "Siobhan Kerr", "Ravi Chandra", "Megan Holt"]
    off_w = [14, 10, 8, 6, 9, 3]
    apps, hist, insp, conds, pens = [], [], [], [], []
    cond_texts = ["Install interlinked smoke alarms on every floor", "Provide a gas safety certificate annually",
                  "Provide an electrical installation condition report", "Reduce occupancy of the attic room to one",
                  "Install fire doors to all letting rooms", "Provide an additional bathroom",
                  "Provide adequate waste storage for all households", "Repair the rear boundary wall"]  # fmt: skip
    events = []  # (date received, property, licence type, renewal)
    for p in props:
        ltype = "Mandatory" if p[6] >= 5 and p[7] >= 2 else "Additional"
        if r.random() < 0.07:
            continue  # never applied: unlicensed HMO
        first = day_between(r, _d(2019, 1, 7), _d(2025, 6, 10))
        events.append((first, p, ltype, 0))
        if first < _d(2020, 6, 14) and r.random() < 0.8:
            ren = _plus(first, 5 * 365 - r.randint(20, 120))
            if ren <= END:
                events.append((ren, p, ltype, 1))
    events.sort(key=lambda e: (e[0], e[1][0]))
    seqn: dict[int, int] = {}
    granted_by_prop: dict[int, dt.date] = {}
    for rec, p, ltype, ren in events:
        seqn[rec.year] = seqn.get(rec.year, 0) + 1
        ref = f"HMO/{rec.year}/{seqn[rec.year]:04d}"
        base = 1150.0 if ltype == "Mandatory" else 950.0
        fee = base + 35.0 * max(0, p[6] - 5)
        disc = accredited[p[9]]
        if disc:
            fee = round(fee * 0.9, 2)
        age = (END - rec).days
        path_ = []
        val = _plus(rec, r.randint(3, 30))
        fate = r.random()
        start = exp = term = None
        steps = [("Received", rec)]
        if fate < 0.05 and val <= END:
            steps.append(("Withdrawn", _plus(rec, r.randint(5, 60))))
        else:
            if val <= END:
                steps.append(("Validated", val))
                ib = _plus(val, r.randint(7, 40))
                if ib <= END:
                    steps.append(("Inspection booked", ib))
                    idate = _plus(ib, r.randint(7, 30))
                    dr = _plus(idate, r.randint(10, 60))
                    if idate <= END:
                        res = r.choices(["Satisfactory", "Works required", "Prohibition order"], [62, 35, 3])[0]
                        c1 = 0 if res == "Satisfactory" else r.choices([0, 1, 2, 3], [50, 30, 15, 5])[0]
                        if res == "Prohibition order":
                            c1 = max(c1, 2)
                        c2 = r.choices([0, 1, 2, 3, 4, 5, 6], [20, 20, 20, 15, 12, 8, 5])[0]
                        insp.append((p[0], r.choices(officers, off_w)[0], iso(idate), "Pre-licence", c1, c2, res))
                        if dr <= END:
                            steps.append(("Draft licence issued", dr))
                            fd = _plus(dr, r.randint(14, 35))
                            if fd <= END:
                                if res == "Prohibition order" or r.random() < 0.03:
                                    steps.append(("Refused", fd))
                                else:
                                    steps.append(("Granted", fd))
                                    short = res == "Works required" and c1 >= 2
                                    term = 1 if short else 5
                                    start = fd
                                    exp = _plus(_d(fd.year + term, fd.month, min(fd.day, 28)), -1)
                                    granted_by_prop[p[0]] = fd
                                    if res == "Works required" or r.random() < 0.3:
                                        for t in r.sample(cond_texts, r.randint(1, 4)):
                                            due = _plus(fd, r.choice([28, 56, 90, 180]))
                                            conf = _plus(due, r.randint(-40, 60))
                                            conds.append((ref, t, iso(due), iso(conf) if conf <= END and
                                                          r.random() < 0.8 else None))  # fmt: skip
        del age, path_
        prev = None
        for st, d in steps:
            hist.append((ref, prev, st, iso(d)))
            prev = st
        apps.append((ref, p[0], ltype, ren, iso(rec), iso(val) if len(steps) > 1 and steps[1][0] == "Validated"
                     else None, fee, disc, steps[-1][0], iso(start), iso(exp), term))  # fmt: skip
    # compliance / complaint inspections
    for p in props:
        k = r.choices([0, 1, 2, 3], [50, 30, 14, 6])[0]
        for _ in range(k):
            idate = day_between(r, _d(2020, 1, 6), END)
            typ = r.choices(["Compliance", "Complaint"], [60, 40])[0]
            res = r.choices(["Satisfactory", "Works required", "Prohibition order"], [55, 42, 3])[0]
            c1 = 0 if res == "Satisfactory" else r.choices([0, 1, 2, 3, 4], [45, 30, 15, 7, 3])[0]
            c2 = r.choices([0, 1, 2, 3, 4, 5, 6, 8], [20, 20, 18, 14, 12, 8, 5, 3])[0]
            insp.append((p[0], r.choices(officers, off_w)[0], iso(idate), typ, c1, c2, res))
            if res != "Satisfactory":
                rv = _plus(idate, r.randint(28, 90))
                if rv <= END:
                    insp.append((p[0], r.choices(officers, off_w)[0], iso(rv), "Revisit", 0,
                                 r.choice([0, 0, 1, 2]), r.choice(["Satisfactory", "Satisfactory", "Works required"])))  # fmt: skip
    insp.sort(key=lambda x: (x[2], x[0]))
    # civil penalties
    offences = ["Failure to license an HMO", "Breach of licence conditions", "Failure to comply with HMO management regulations",
                "Failure to comply with an improvement notice"]  # fmt: skip
    unlicensed = [p for p in props if p[0] not in {e[1][0] for e in events}]
    for p in unlicensed[:8]:
        d = day_between(r, _d(2021, 1, 4), END)
        amt = float(r.choice([5000, 7500, 10000, 12500, 15000]))
        pens.append((p[9], p[0], iso(d), offences[0], amt, r.choice([amt, 0.0, round(amt / 3, 2)])))
    for _ in range(22):
        p = r.choice(props)
        d = day_between(r, _d(2021, 1, 4), END)
        amt = float(r.choice([750, 1000, 2000, 2500, 3000, 4000, 5000]))
        pens.append((p[9], p[0], iso(d), r.choice(offences[1:]), amt, r.choice([amt, amt, 0.0, round(amt / 2, 2)])))
    pens.sort(key=lambda x: x[2])
    write_tables(path, HMO_DDL, {
        "landlord": landlords, "licensable_property": props, "hmo_licence_application": apps,
        "application_status_history": [(i + 1, *h) for i, h in enumerate(sorted(hist, key=lambda h: (h[3], h[0])))],
        "property_inspection": [(i + 1, *x) for i, x in enumerate(insp)],
        "licence_condition": [(i + 1, *c) for i, c in enumerate(conds)],
        "civil_penalty_notice": [(i + 1, *x) for i, x in enumerate(pens)],
    })  # fmt: skip


# --------------------------------------------------------------------------------------------------- buildingcontrol
BC_DDL = """
CREATE TABLE building_control_surveyor (
    surveyor_id INTEGER PRIMARY KEY,
    surveyor_full_name TEXT NOT NULL,
    professional_registration_number TEXT NOT NULL,
    is_registered_building_inspector_flag INTEGER NOT NULL,
    team_area_name TEXT NOT NULL
);
CREATE TABLE building_work_type_lookup (
    work_type_code TEXT PRIMARY KEY,
    work_type_description TEXT NOT NULL,
    standard_plan_charge_gbp REAL NOT NULL,
    standard_inspection_charge_gbp REAL NOT NULL
);
CREATE TABLE building_regulations_application (
    application_reference_number TEXT PRIMARY KEY,
    application_route_code TEXT NOT NULL,
    work_type_code TEXT NOT NULL REFERENCES building_work_type_lookup(work_type_code),
    site_address TEXT NOT NULL,
    site_postcode TEXT NOT NULL,
    applicant_or_agent_name TEXT NOT NULL,
    assigned_surveyor_id INTEGER NOT NULL REFERENCES building_control_surveyor(surveyor_id),
    date_application_received TEXT NOT NULL,
    date_plans_decision_issued TEXT,
    plans_decision_outcome TEXT,
    total_fees_charged_gbp REAL NOT NULL,
    estimated_cost_of_works_gbp REAL NOT NULL,
    date_work_commenced TEXT,
    is_work_completed_flag INTEGER NOT NULL
);
CREATE TABLE site_inspection_visit (
    visit_id INTEGER PRIMARY KEY,
    application_reference_number TEXT NOT NULL
        REFERENCES building_regulations_application(application_reference_number),
    surveyor_id INTEGER NOT NULL REFERENCES building_control_surveyor(surveyor_id),
    date_of_site_visit TEXT NOT NULL,
    inspection_stage_description TEXT NOT NULL,
    visit_outcome TEXT NOT NULL,
    visit_duration_minutes INTEGER NOT NULL
);
CREATE TABLE completion_certificate (
    certificate_number TEXT PRIMARY KEY,
    application_reference_number TEXT NOT NULL UNIQUE
        REFERENCES building_regulations_application(application_reference_number),
    date_certificate_issued TEXT NOT NULL,
    issuing_surveyor_id INTEGER NOT NULL REFERENCES building_control_surveyor(surveyor_id)
);
CREATE TABLE dangerous_structure_report (
    dangerous_structure_report_id INTEGER PRIMARY KEY,
    reported_site_address TEXT NOT NULL,
    date_reported TEXT NOT NULL,
    reported_by_description TEXT NOT NULL,
    risk_level TEXT NOT NULL,
    attending_surveyor_id INTEGER NOT NULL REFERENCES building_control_surveyor(surveyor_id),
    date_made_safe TEXT
);
"""


def build_buildingcontrol(path: Path) -> None:
    r = random.Random(113005)
    snames = full_names(r, 9)
    areas = ["North", "North", "North", "South", "South", "South", "Major Projects", "Major Projects", "North"]
    surveyors = [(i + 1, snames[i], f"RBI{r.randint(10000, 99999)}" if i != 8 else f"TRN{r.randint(100, 999)}",
                  0 if i == 8 else 1, areas[i]) for i in range(9)]  # fmt: skip
    types = [
        ("EXT", "Single storey extension", 420.0, 510.0), ("EX2", "Two storey extension", 520.0, 690.0),
        ("LOFT", "Loft conversion", 380.0, 560.0), ("GARC", "Garage conversion", 260.0, 340.0),
        ("NEWD", "New dwelling", 650.0, 1240.0), ("STRC", "Internal structural alteration", 210.0, 250.0),
        ("WIND", "Replacement windows", 0.0, 180.0), ("COMM", "Commercial fit-out", 720.0, 980.0),
    ]  # fmt: skip
    tw = [28, 12, 16, 9, 6, 14, 8, 7]
    charges = {t[0]: (t[2], t[3]) for t in types}
    cost_rng = {"EXT": (28000, 95000), "EX2": (60000, 180000), "LOFT": (35000, 85000), "GARC": (12000, 32000),
                "NEWD": (180000, 650000), "STRC": (4000, 26000), "WIND": (3500, 18000),
                "COMM": (40000, 420000)}  # fmt: skip
    roads = ["Acacia Avenue", "Birch Grove", "Coronation Street", "Downs Road", "Elmfield Close", "Foxhill Drive",
             "Glebe Lane", "Hollybank Road", "Ivy Crescent", "Juniper Way", "Kiln Lane", "Laburnum Road",
             "Manor Farm Road", "Newlands Avenue", "Orchard Rise", "Pinfold Lane", "Quarry Hill", "Rectory Road",
             "Sandy Lane", "Tanners Way", "Upper Green", "Vicarage Road", "Windmill Hill", "Yew Tree Close"]  # fmt: skip
    agents = ["Hartley Design Associates", "Plan Right Architectural", "Ridgeway Building Design", "Studio Nine Architects",
              "Homeowner (self)", "Homeowner (self)", "Homeowner (self)", "Apex Loft Conversions Ltd",
              "Brightwater Builders Ltd", "Clearview Windows Ltd", "Kingsford Homes Ltd", "M&P Structural Design"]  # fmt: skip
    agent_by_type = {"WIND": ["Clearview Windows Ltd"], "LOFT": ["Apex Loft Conversions Ltd"],
                     "NEWD": ["Kingsford Homes Ltd", "Studio Nine Architects", "Ridgeway Building Design"],
                     "COMM": ["Studio Nine Architects", "M&P Structural Design", "Brightwater Builders Ltd"]}  # fmt: skip
    apps, visits, certs = [], [], []
    n = 1150
    rec_days = sorted(day_between(r, _d(2023, 1, 3), END) for _ in range(n))
    seqn: dict[int, int] = {}
    cseq: dict[int, int] = {}
    s_w = [16, 13, 12, 15, 11, 10, 6, 5, 4]
    for rec in rec_days:
        seqn[rec.year] = seqn.get(rec.year, 0) + 1
        ref = f"BC/{rec.year}/{seqn[rec.year]:04d}"
        wt = r.choices([t[0] for t in types], tw)[0]
        route = r.choices(["FP", "BN", "REG"], [55, 35, 10])[0]
        if wt in ("NEWD", "COMM"):
            route = "FP"
        if wt == "WIND":
            route = r.choice(["BN", "BN", "REG"])
        surv = r.choice([7, 8]) if wt in ("NEWD", "COMM") else r.choices(range(1, 10), s_w)[0]
        plan, ins = charges[wt]
        fees = (
            plan + ins
            if route == "FP"
            else round((plan + ins) * 1.1, 2)
            if route == "BN"
            else round((plan + ins) * 1.5, 2)
        )
        cost = float(round(r.uniform(*cost_rng[wt]), -2))
        pcode = (
            f"NB{r.randint(1, 9)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        )
        addr = f"{r.randint(1, 220)} {r.choice(roads)}"
        agent = r.choice(agent_by_type.get(wt, agents))
        pd = outcome = None
        if route == "FP":
            dd = _plus(rec, r.randint(10, 56))
            if dd <= END:
                pd = dd
                outcome = r.choices(["Approved", "Approved with conditions", "Rejected"], [40, 48, 12])[0]
        start = None
        if route == "REG":
            start = None
            comm_possible = True
        else:
            comm_possible = outcome != "Rejected"
        if comm_possible and route != "REG":
            s = _plus(pd or rec, r.randint(5, 150))
            if s <= END and r.random() < 0.88:
                start = s
        completed = 0
        vis = []
        if route == "REG":
            t = _plus(rec, r.randint(10, 40))
            if t <= END:
                vis.append((t, "Completion"))
        elif start:
            stages = ["Commencement", "Foundations", "Drainage", "Damp proof course", "Pre-plaster", "Completion"]
            if wt in ("LOFT", "STRC"):
                stages = ["Commencement", "Structural steel", "Pre-plaster", "Completion"]
            elif wt == "WIND":
                stages = ["Completion"]
            elif wt == "GARC":
                stages = ["Commencement", "Damp proof course", "Pre-plaster", "Completion"]
            elif wt == "COMM":
                stages = ["Commencement", "Structural steel", "Drainage", "Pre-plaster", "Completion"]
            t = start
            for st in stages:
                t = _plus(t, r.randint(3, 45) if wt != "NEWD" else r.randint(20, 90))
                if t > END:
                    break
                vis.append((t, st))
        last_pass = None
        for t, st in vis:
            who = surv if r.random() < 0.85 else r.choices(range(1, 10), s_w)[0]
            oc = r.choices(["Pass", "Fail", "Advice given"], [80, 11, 9])[0]
            visits.append((ref, who, iso(t), st, oc, r.randint(20, 90) if st != "Completion" else r.randint(40, 120)))
            if oc == "Fail":
                t2 = _plus(t, r.randint(5, 21))
                if t2 <= END:
                    visits.append((ref, who, iso(t2), st, "Pass", r.randint(15, 60)))
                    if st == "Completion":
                        last_pass = t2
            elif st == "Completion":
                last_pass = t
        if last_pass:
            completed = 1
            cd = _plus(last_pass, r.randint(2, 20))
            if cd <= END and r.random() < 0.96:
                cseq[cd.year] = cseq.get(cd.year, 0) + 1
                certs.append((f"CC/{cd.year}/{cseq[cd.year]:04d}", ref, cd, surv))
        apps.append((ref, route, wt, addr, pcode, agent, surv, iso(rec), iso(pd), outcome, fees, cost, iso(start),
                     completed))  # fmt: skip
    # certificate numbers in issue order within the year
    certs.sort(key=lambda c: (c[2], c[1]))
    cnum: dict[int, int] = {}
    cert_rows = []
    for _, ref, cd, surv in certs:
        cnum[cd.year] = cnum.get(cd.year, 0) + 1
        cert_rows.append((f"CC/{cd.year}/{cnum[cd.year]:04d}", ref, iso(cd), surv))
    visits.sort(key=lambda v: (v[2], v[0]))
    reps = []
    for _ in range(58):
        d = day_between(r, _d(2023, 1, 3), END)
        risk = r.choices(["Immediate", "Urgent", "Monitor"], [20, 35, 45])[0]
        safe = _plus(d, {"Immediate": r.randint(0, 2), "Urgent": r.randint(2, 20), "Monitor": r.randint(20, 200)}[risk])
        reps.append((f"{r.randint(1, 150)} {r.choice(roads)}", iso(d),
                     r.choices(["Member of public", "Police", "Fire service", "Council officer"], [45, 15, 20, 20])[0],
                     risk, r.choice([1, 2, 4, 5, 6, 7]), iso(safe) if safe <= END and r.random() < 0.92 else None))  # fmt: skip
    reps.sort(key=lambda x: x[1])
    write_tables(path, BC_DDL, {
        "building_control_surveyor": surveyors, "building_work_type_lookup": types,
        "building_regulations_application": apps,
        "site_inspection_visit": [(i + 1, *v) for i, v in enumerate(visits)],
        "completion_certificate": cert_rows,
        "dangerous_structure_report": [(i + 1, *x) for i, x in enumerate(reps)],
    })  # fmt: skip


# --------------------------------------------------------------------------------------------------- bulkywaste
BW_DDL = """
CREATE TABLE rnd (
    rnd_cd TEXT PRIMARY KEY,
    rnd_desc TEXT NOT NULL,
    veh_reg TEXT NOT NULL,
    crew_sz INTEGER NOT NULL
);
CREATE TABLE itm_typ (
    itm_cd TEXT PRIMARY KEY,
    itm_desc TEXT NOT NULL,
    weee_flg TEXT NOT NULL,
    chg REAL NOT NULL
);
CREATE TABLE cust (
    cust_no INTEGER PRIMARY KEY,
    nm TEXT NOT NULL,
    addr1 TEXT NOT NULL,
    pcode TEXT NOT NULL,
    uprn TEXT NOT NULL,
    conc_flg TEXT NOT NULL,
    reg_dt TEXT NOT NULL
);
CREATE TABLE bkg (
    bkg_no INTEGER PRIMARY KEY,
    cust_no INTEGER NOT NULL REFERENCES cust(cust_no),
    rnd_cd TEXT NOT NULL REFERENCES rnd(rnd_cd),
    bkg_dt TEXT NOT NULL,
    coll_dt TEXT NOT NULL,
    sts TEXT NOT NULL,
    chnl TEXT NOT NULL,
    tot_chg REAL NOT NULL,
    rfnd_amt REAL
);
CREATE TABLE bkg_itm (
    bkg_no INTEGER NOT NULL REFERENCES bkg(bkg_no),
    ln_no INTEGER NOT NULL,
    itm_cd TEXT NOT NULL REFERENCES itm_typ(itm_cd),
    qty INTEGER NOT NULL,
    ln_chg REAL NOT NULL,
    PRIMARY KEY (bkg_no, ln_no)
);
CREATE TABLE cmpl (
    cmpl_no INTEGER PRIMARY KEY,
    bkg_no INTEGER NOT NULL REFERENCES bkg(bkg_no),
    cmpl_dt TEXT NOT NULL,
    cmpl_typ TEXT NOT NULL,
    rslv_dt TEXT
);
"""


def build_bulkywaste(path: Path) -> None:
    r = random.Random(113006)
    rounds = [
        ("N1", "North - Monday and Thursday", "BW21 KLM", 2), ("N2", "North East - Tuesday and Friday", "BW21 KLN", 2),
        ("S1", "South - Monday and Wednesday", "BW19 RTX", 3), ("S2", "South West - Thursday and Saturday", "BW23 PZA", 2),
        ("E1", "East and rural - Wednesday", "BW18 DVE", 2),
    ]  # fmt: skip
    rnd_w = [26, 18, 30, 16, 10]
    rnd_days = {"N1": (0, 3), "N2": (1, 4), "S1": (0, 2), "S2": (3, 5), "E1": (2,)}
    items = [
        ("SOFA", "Sofa or settee", "N", 22.5), ("CHR", "Armchair", "N", 12.0), ("MATT", "Mattress", "N", 15.0),
        ("BED", "Bed frame", "N", 15.0), ("WRD", "Wardrobe", "N", 18.0), ("TBL", "Table", "N", 10.0),
        ("DRW", "Chest of drawers", "N", 12.0), ("CARP", "Carpet or rug (per roll)", "N", 8.0),
        ("FRDG", "Fridge or freezer", "Y", 30.0), ("WMCH", "Washing machine", "Y", 20.0),
        ("COOK", "Cooker", "Y", 20.0), ("TV", "Television", "Y", 10.0), ("BIKE", "Bicycle", "N", 6.5),
        ("GDN", "Garden furniture set", "N", 12.0),
    ]  # fmt: skip
    it_w = [20, 10, 18, 10, 8, 7, 6, 6, 9, 5, 3, 4, 2, 4]
    chg = {i[0]: i[3] for i in items}
    names = full_names(r, 1100)
    streets = ["Ash Road", "Bluebell Way", "Cherry Tree Drive", "Dale View", "Ellison Street", "Fern Close",
               "Garth Road", "Heather Bank", "Kirkgate", "Laurel Grove", "Moorside", "Nab Lane", "Oak Street",
               "Poplar Avenue", "Rosedale", "Sycamore Close", "Thornhill Road", "Westfield Lane"]  # fmt: skip
    custs = []
    for i in range(1100):
        area = r.choices(["N", "N2", "S", "S2", "E"], rnd_w)[0]
        pc_pre = {"N": "BW1", "N2": "BW2", "S": "BW4", "S2": "BW5", "E": "BW8"}[area]
        custs.append((i + 1, names[i], f"{r.randint(1, 140)} {r.choice(streets)}",
                      f"{pc_pre} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                      f"10009{r.randint(1000000, 9999999)}", "Y" if r.random() < 0.22 else "N",
                      iso(day_between(r, _d(2016, 3, 1), _d(2025, 6, 1)))))  # fmt: skip
    cust_rnd = {}
    for c in custs:
        pre = c[3].split(" ")[0]
        cust_rnd[c[0]] = {"BW1": "N1", "BW2": "N2", "BW4": "S1", "BW5": "S2", "BW8": "E1"}[pre]
    cust_w = [r.choice([0.5, 1.0, 1.0, 1.0, 1.5, 2.0, 3.0]) for _ in custs]
    cust_w[417] = 5.5  # a resident who clears rented flats for a landlord
    bkgs, lines, cmpls = [], [], []
    n = 2300
    bdays = sorted(day_between(r, _d(2024, 1, 2), END) for _ in range(n))
    for k, bd in enumerate(bdays):
        bno = 240001 + k if bd.year == 2024 else 250001 + sum(1 for x in bdays[:k] if x.year == 2025)
        c = r.choices(custs, cust_w)[0]
        if iso(bd) < c[6]:
            c = r.choice([x for x in custs if x[6] <= iso(bd)])
        rc = cust_rnd[c[0]]
        cd = _plus(bd, r.randint(2, 6))
        while cd.weekday() not in rnd_days[rc]:
            cd = _plus(cd, 1)
        chnl = r.choices(["W", "T", "F"], [68, 27, 5])[0]
        nl = r.choices([1, 2, 3, 4], [45, 30, 17, 8])[0]
        codes: list[str] = []
        while len(codes) < nl:
            pick = r.choices(items, it_w)[0][0]
            if pick not in codes:
                codes.append(pick)
        raw = 0.0
        lrows = []
        for ln, ic in enumerate(codes):
            q = (
                r.choices([1, 2, 3, 4, 6], [70, 18, 7, 3, 2])[0]
                if ic in ("CHR", "CARP", "TBL", "GDN", "BIKE")
                else (r.choices([1, 2], [85, 15])[0])
            )
            lc = round(chg[ic] * q, 2)
            raw += lc
            lrows.append((bno, ln + 1, ic, q, lc))
        tot = max(25.0, raw)
        if c[5] == "Y":
            tot = round(tot / 2, 2)
        sts = ("X" if r.random() < 0.05 else "B") if cd > END else r.choices(["C", "X", "M"], [88, 8, 4])[0]
        rf = None
        if sts == "X":
            rf = tot if (cd - bd).days >= 2 and r.random() < 0.85 else round(tot * 0.5, 2)
        elif sts == "M":
            rf = tot if r.random() < 0.6 else 0.0
        bkgs.append((bno, c[0], rc, iso(bd), iso(cd), sts, chnl, tot, rf))
        lines.extend(lrows)
        if cd <= END:
            p = 0.0
            typ = None
            if sts == "M":
                p, typ = 0.7, "MISS"
            elif sts == "C":
                p = 0.035
                typ = r.choices(["DMG", "LATE", "STF", "MISS"], [35, 35, 20, 10])[0]
            if typ and r.random() < p:
                cdt = _plus(cd, r.randint(0, 3))
                if cdt <= END:
                    rs = _plus(cdt, r.randint(1, 30))
                    cmpls.append((bno, iso(cdt), typ, iso(rs) if rs <= END and r.random() < 0.9 else None))
    cmpls.sort(key=lambda x: (x[1], x[0]))
    write_tables(path, BW_DDL, {
        "rnd": rounds, "itm_typ": items, "cust": custs, "bkg": bkgs, "bkg_itm": lines,
        "cmpl": [(i + 1, *x) for i, x in enumerate(cmpls)],
    })  # fmt: skip


BUILDERS = {
    "hbclaims": build_hbclaims,
    "pcnenforce": build_pcnenforce,
    "magistrates": build_magistrates,
    "hmolicence": build_hmolicence,
    "buildingcontrol": build_buildingcontrol,
    "bulkywaste": build_bulkywaste,
}
