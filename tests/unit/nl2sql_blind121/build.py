"""Six synthetic databases of legal and professional services for the 121st blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Dates are ISO text ('YYYY-MM-DD'); ``DateCreated`` columns are 'YYYY-MM-DD HH:MM:SS'.
Three schemas are in SQL Server style (PascalCase, ``tbl``/``lkp`` prefixes, ``IsActive``/``IsBillable`` bit flags
1/0, ``DateCreated``/``ModifiedBy`` audit columns, money as DECIMAL), two in plain snake_case and one in long
descriptive English names.  ``ModifiedBy`` is the login of whoever last changed a row (NULL = never changed).

lawfirm -- Harlow Reed, a commercial law firm (SQL Server style), matters opened 2023-01-02 to 2025-06-10; money in
    GBP
    lkpPracticeArea: PracticeAreaCode: 'LIT' Litigation, 'CORP' Corporate & Commercial, 'EMP' Employment, 'RE' Real
        Estate, 'IP' Intellectual Property, 'FAM' Family, 'TAX' Private Client Tax; PracticeAreaName; IsActive: 1 =
        practice area still run, 0 = closed (TAX closed after its two 2023 matters).
    tblLawyer: the fee earners.  LawyerId; FirstName; LastName; Grade (current grade): 'PTR' partner, 'SA' senior
        associate, 'ASC' associate, 'TRN' trainee solicitor, 'PL' paralegal (Julia Mendes was promoted from associate to
        senior associate on 2024-09-01); PracticeAreaCode -> lkpPracticeArea (home practice area);
        SupervisingPartnerId -> tblLawyer: the partner who supervises this lawyer (NULL for partners); Email;
        DateJoined; DateLeft (NULL = still at the firm); IsActive: 1 = still at the firm; DateCreated; ModifiedBy.
    tblHourlyRate: each lawyer's standard hourly charge-out rate over time, from 2023-01-01 (or joining).  Rates change
        on 1 January and on promotion.  RateId; LawyerId -> tblLawyer; HourlyRate: GBP per hour; ValidFrom: first day
        the rate applies; ValidTo: last day it applies, inclusive (NULL = the current rate).
    tblClient: ClientId; ClientName; ClientType: 'ORG' organisation, 'IND' private individual; City (NULL = unknown);
        IsActive; DateCreated; ModifiedBy.  Some clients have never instructed the firm on a matter.
    tblMatter: a piece of legal work for a client.  MatterId; MatterNumber ('M-2024-0013'); ClientId -> tblClient;
        MatterTitle; PracticeAreaCode -> lkpPracticeArea; ResponsiblePartnerId -> tblLawyer (the partner responsible);
        BillingType: 'HRL' hourly (billed by time recorded), 'FXD' fixed fee; FixedFeeAmount: GBP, fixed-fee matters
        only (else NULL); BudgetAmount: the fee estimate given to the client in GBP (NULL = none given; never on
        fixed-fee matters); StatusCode: 'OPN' open, 'HLD' on hold, 'CLS' closed; DateOpened; DateClosed (closed
        matters only); DateCreated; ModifiedBy.
    tblMatterLawyer: the lawyers assigned to each matter (many-to-many).  MatterId -> tblMatter; LawyerId ->
        tblLawyer; MatterRole: 'RESP' the responsible partner, 'LEAD' lead fee earner, 'TEAM' team member;
        DateAssigned.
    tblInvoice: bills to clients.  InvoiceId; InvoiceNumber ('HR24045'); MatterId -> tblMatter; InvoiceDate; DueDate
        (InvoiceDate + 30 days); FeesAmount: GBP, for hourly matters the time billed valued at the rates in force on
        the days worked, for fixed-fee matters an instalment (half at opening, half at closing); WriteOffAmount: part
        of the fees written off (a discount) before billing, 0 when none; DisbursementsAmount: expenses recharged
        (court and search fees), 0 when none.  The client owes FeesAmount - WriteOffAmount + DisbursementsAmount.
        AmountPaid: GBP received so far; DatePaid: date paid in full (NULL until then); StatusCode: 'ISS' issued,
        nothing paid yet, 'PRT' part paid, 'PD' paid in full, 'VD' void (cancelled: AmountPaid 0, no write-off, its
        time re-billed on the matter's next invoice); DateCreated; ModifiedBy.  Hourly matters are billed around the
        5th of each month for all billable time not yet invoiced up to the end of the previous month (now and then a
        month is skipped); June 2025 time is not billed yet.
    tblTimeEntry: time recorded by lawyers.  TimeEntryId; MatterId -> tblMatter; LawyerId -> tblLawyer; WorkDate: the
        day the work was done; Hours: decimal hours in tenths; ActivityCode: 'RES' legal research, 'DRF' drafting, 'COR'
        correspondence with the client, 'MTG' meeting, 'REV' document review, 'CRT' court attendance, 'TRV' travel,
        'ADM' file administration; Narrative; IsBillable: 1 = billable (chargeable to the client), 0 = non-billable
        (file administration, some travel, some time written off at entry, and all time on fixed-fee matters);
        InvoiceId -> tblInvoice: the invoice that billed it (NULL = not billed yet, or non-billable); DateCreated:
        when the entry was recorded (often days after the work); ModifiedBy.

archstudio -- an architecture practice around Bristol (SQL Server style); money in GBP, fees and invoices
    net of VAT unless said; timesheets 2025-01-06 to 2025-06-13 (the timesheet system started in January 2025)
    lkpWorkStage: the RIBA Plan of Work stages.  StageNo 0-7: 0 Strategic Definition, 1 Preparation and Briefing, 2
        Concept Design, 3 Spatial Coordination, 4 Technical Design, 5 Manufacturing and Construction, 6 Handover, 7
        Use; StageName; FeeSharePct: the share of a project's agreed fee invoiced for the stage, in %.
    lkpActivity: ActivityCode: 'DES' design, 'DRW' drawings and BIM modelling, 'SITE' site visit, 'MTG' client
        meeting, 'PLN' planning application work, 'REWK' rework of own errors, 'ADM' office administration, 'CPD'
        training, 'BID' bids and competitions, 'LEAVE' annual leave, 'SICK' sick leave; ActivityName; IsBillable: 1 =
        billable time (DES, DRW, SITE, MTG, PLN); IsProjectTime: 1 = booked against a project (the billable
        activities and REWK).
    tblStaff: StaffId; FirstName; LastName; JobTitle ('Director', 'Associate', 'Senior Architect', 'Architect',
        'Architectural Technologist', 'Part 2 Assistant', 'Part 1 Assistant', 'Interior Designer', 'Landscape
        Architect', 'Office Manager'); LineManagerId -> tblStaff: the person's line manager (NULL for the managing
        director); HourlyCostRate: what an hour of the person costs the practice, GBP; ChargeOutRate: GBP per hour
        charged for extra work (0 for the office manager); ContractedHoursPerWeek; IsActive: 1 = still employed;
        DateJoined; DateLeft (NULL = still employed); DateCreated; ModifiedBy.
    tblClient: ClientId; ClientName; Sector: 'Residential', 'Education', 'Commercial', 'Healthcare' or 'Public';
        City (NULL = unknown); DateCreated; ModifiedBy.
    tblProject: ProjectId; ProjectNumber ('AP-2430'); ProjectName ('Fenwick Health centre'); ClientId -> tblClient;
        ProjectLeadId -> tblStaff (the project architect leading it); CurrentStageNo -> lkpWorkStage; StatusCode:
        'LIVE' live, 'HOLD' on hold, 'DONE' completed, 'ABND' abandoned; FeeAgreed: the agreed fee, GBP;
        ConstructionBudget: GBP (NULL = unknown); HoursBudget: staff hours budgeted (NULL = none set); DateWon;
        DateCompleted: completion or abandonment date (NULL while live or on hold); IsActive: 1 = LIVE or HOLD;
        DateCreated; ModifiedBy.
    tblTimesheet: one line per person, day and activity (and project).  TimesheetId; StaffId -> tblStaff; ProjectId
        -> tblProject (NULL for non-project time: ADM, CPD, BID, LEAVE, SICK); ActivityCode -> lkpActivity;
        WorkDate; Hours; DateCreated: when it was entered; ModifiedBy.
    tblFeeInvoice: fee invoices, one per project stage reached.  FeeInvoiceId; InvoiceRef ('FI-2024-0153'); ProjectId
        -> tblProject; StageNo -> lkpWorkStage; InvoiceDate; NetAmount: GBP excluding VAT; VatAmount: 20% VAT in
        GBP; DatePaid (NULL = unpaid); DateCreated; ModifiedBy.
    tblPlanningApplication: planning applications made for projects.  PlanningApplicationId; ProjectId ->
        tblProject; CouncilName; CouncilReference ('24/6604/FUL'); DateSubmitted; DateValidated (NULL = not yet
        validated); DateDecided (NULL = no decision yet); DecisionCode: 'APP' approved, 'REF' refused, 'WDN'
        withdrawn, NULL = awaiting decision; DateCreated; ModifiedBy.  A refused scheme is sometimes resubmitted.

recruitment -- a permanent-recruitment agency in Yorkshire (SQL Server style), vacancies 2024-01-02 to 2025-06-10;
    money in GBP
    tblConsultant: the recruiters.  ConsultantId; FirstName; LastName; Desk: 'Finance', 'Technology', 'Engineering'
        or 'Sales & Marketing'; AnnualFeeTarget: placement fees they are expected to bill a year, GBP; IsActive;
        DateJoined; DateLeft (NULL = still here); DateCreated; ModifiedBy.
    tblClientCompany: the hiring companies.  CompanyId; CompanyName; Industry; City (NULL = unknown);
        StandardFeePct: the agreed fee as a % of the placed candidate's first-year salary; IsActive; DateCreated;
        ModifiedBy.
    tblVacancy: jobs to fill.  VacancyId; VacancyRef ('V25-0120'); CompanyId -> tblClientCompany; ConsultantId ->
        tblConsultant: the consultant who owns the vacancy and is credited with its placement fee; JobTitle;
        EmploymentType: 'PERM' permanent, 'FTC' fixed-term contract; SalaryFrom / SalaryTo: the advertised annual
        salary range, GBP; StatusCode: 'OPEN' open, 'FILL' filled, 'CANX' cancelled by the client, 'HOLD' on hold;
        DateOpened; DateClosed: the date it was filled or cancelled (NULL otherwise); DateCreated; ModifiedBy.
    tblCandidate: CandidateId; FirstName; LastName; Email; City (NULL = unknown); SourceCode: how they came to us:
        'LI' LinkedIn, 'JB' job board, 'REF' referral, 'WEB' our website, 'HH' headhunted; CurrentSalary: GBP a year
        (NULL = not given); IsActive: 0 = archived in a GDPR clean-up; DateRegistered; DateCreated; ModifiedBy.  Some
        candidates have never applied for anything.
    lkpApplicationStage: StageCode: 'NEW' new application, 'SCR' shortlisted, 'INT' interviewing, 'OFF' offer made,
        'PLC' placed, 'REJ' rejected, 'WDN' withdrawn by the candidate; StageName; StageOrder; IsClosed: 1 = final
        stage (PLC, REJ, WDN).
    tblApplication: a candidate put forward for a vacancy (candidates and vacancies are many-to-many; at most one
        application per candidate and vacancy).  ApplicationId; VacancyId -> tblVacancy; CandidateId ->
        tblCandidate; StageCode -> lkpApplicationStage (the current stage); DateApplied; DateLastUpdated;
        DateCreated; ModifiedBy.
    tblInterview: InterviewId; ApplicationId -> tblApplication; InterviewRound: 1 = first interview, 2 = second;
        InterviewDate; InterviewFormat: 'PHONE', 'VIDEO' or 'ONSITE'; OutcomeCode: 'PASS', 'FAIL', NULL = no result
        (awaited, or the candidate withdrew); DateCreated; ModifiedBy.
    tblPlacement: a filled vacancy.  PlacementId; ApplicationId -> tblApplication (the successful one); StartDate:
        the candidate's first day (some are still in the future); AgreedSalary: GBP a year; FeePct: the fee % charged
        (sometimes below the company's standard); FeeAmount: AgreedSalary * FeePct / 100, GBP; DateInvoiced: the fee
        is invoiced on the start date (NULL before it); DatePaid (NULL = unpaid); DateLeft: set when the candidate
        left within the 90-day guarantee period (else NULL); RebateAmount: half the fee refunded to the client when
        the candidate left within the guarantee (else NULL); DateCreated; ModifiedBy.

taxpractice -- Penrose Accountants, an accounting practice's clients and statutory filing deadlines (snake_case);
    money in GBP; filings for periods that ended 2023-01-01 to 2025-06-14, due dates up to 2026-01-31
    staff: staff_id; full_name; role: 'partner', 'manager', 'senior' or 'junior'; email; hourly_rate_gbp; started_on;
        left_on (NULL = still employed).
    clients: client_id; client_ref ('PA1021'); client_name; entity_type: 'ltd' limited company, 'llp' limited
        liability partnership, 'sole_trader', 'partnership', 'individual' (personal tax only); company_number:
        Companies House number (ltd and llp only, else NULL); year_end_month: month (1-12) the accounting year ends
        (companies; 4 for sole traders and partnerships, whose year is the tax year to 5 April; NULL for
        individuals); vat_registered: 1 = VAT registered; manager_id -> staff: the client manager (a manager or a
        partner); monthly_fee_gbp: the agreed monthly fee, excluding VAT (invoiced quarterly); onboarded_on: when
        they became a client; left_on: when they left (NULL = current client).
    filing_types: filing_type: 'ACCS' annual accounts, 'CT600' corporation tax return, 'CS01' confirmation statement,
        'VAT' VAT return, 'SA100' self assessment tax return, 'SA800' partnership tax return; description; authority:
        'HMRC' or 'Companies House'; initial_penalty_gbp: the first late-filing penalty (NULL = no fixed penalty).
    filings: each return or statement to be filed for a client.  filing_id; client_id -> clients; filing_type ->
        filing_types; period_start (NULL for confirmation statements); period_end: end of the period covered (the
        review date for a confirmation statement; 5 April for tax returns); due_date: the filing deadline (accounts 9
        months after the year end, CT600 12 months, CS01 14 days after the review date, VAT one month and 7 days
        after the quarter, SA100/SA800 31 January after the tax year); status: 'not_started', 'in_progress',
        'awaiting_client' (waiting for the client's records), 'ready_for_review' or 'filed'; prepared_by -> staff
        (NULL = nobody assigned yet); reviewed_by -> staff: who reviewed it before filing (filed accounts and tax
        returns only, else NULL); filed_on: date filed (NULL = not filed yet; overdue when the due date has passed);
        tax_due_gbp: on filed returns, the corporation tax (CT600) or income tax (SA100) payable, or the net VAT for
        the quarter (negative = a repayment due to the client); NULL for unfiled returns, accounts, confirmation
        statements and partnership returns.
    penalties: late-filing penalties.  penalty_id; filing_id -> filings; issued_on; amount_gbp; appealed: 1 =
        appealed; appeal_outcome: 'cancelled' (appeal won, penalty cancelled), 'upheld' (appeal lost, penalty
        stands), NULL (not appealed, or appeal pending); paid_on (NULL = not paid).
    invoices: the practice's quarterly fee invoices, 2024-01-01 to 2025-04-01.  invoice_id; invoice_no
        ('INV2024-00153'); client_id -> clients; issued_on; net_gbp: fees excluding VAT; vat_gbp: 20% VAT; paid_on
        (NULL = unpaid).

translation -- a translation agency's jobs and freelance translators (snake_case), jobs ordered 2024-01-02 to
    2025-06-13; money in EUR
    languages: lang_code: ISO 639-1 code ('en' English, 'de' German, 'fr' French, 'es' Spanish, 'it' Italian, 'nl'
        Dutch, 'pl' Polish, 'pt' Portuguese, 'ja' Japanese, 'zh' Chinese, 'ar' Arabic, 'sv' Swedish); lang_name.
    translators: translator_id; full_name; email; country: where they live; native_lang -> languages;
        rate_per_word_eur: EUR per word for translation (proofreading is paid at 35% of it); is_sworn: 1 = sworn
        (certified) translator; active: 1 = takes work, 0 = no longer works for us; joined_on.
    translator_pairs: the language pairs each translator works in (translators and languages, many-to-many).
        translator_id -> translators; source_lang -> languages (translates from); target_lang -> languages
        (translates into); qualified_since.
    customers: customer_id; customer_name; sector; country; created_on.
    jobs: job_id; job_ref ('TJ-25-0639'); customer_id -> customers; source_lang / target_lang -> languages; subject:
        'legal', 'medical', 'technical', 'marketing' or 'financial'; word_count; ordered_on; deadline; delivered_on
        (NULL until delivered; late when after the deadline); status: 'quoted' (price given, not confirmed, nothing
        assigned), 'in_progress', 'delivered' or 'cancelled'; price_eur: the price charged to the customer; is_rush: 1
        = rush job (with a surcharge); needs_certification: 1 = a certified (sworn) translation is required.
    assignments: work given to translators.  assignment_id; job_id -> jobs; translator_id -> translators; task:
        'translation' or 'proofreading' (a large job's translation may be split between two translators); words;
        fee_eur: what we pay the translator; assigned_on; submitted_on: when the work was handed in (NULL = not yet).
    quality_reviews: a proofreader's review of a translation assignment.  review_id; assignment_id -> assignments
        (the translation reviewed); reviewer_id -> translators (the proofreader); reviewed_on; score: 0-100;
        major_errors; minor_errors.

notaryoffice -- a civil-law notary's office near Utrecht (full English words and long names), deeds signed
    2023-01-02 to 2025-06-13, appointments booked up to 2025-07-04; money in EUR
    notary_office_employee: employee_number; full_name_of_the_employee; role_of_the_employee: 'notary', 'junior
        notary' (a candidate notary, who may execute deeds as a notary's deputy), 'notarial clerk' or 'receptionist';
        supervising_notary_employee_number -> notary_office_employee: the notary who supervises the employee (NULL
        for the senior notary); date_the_employee_started; date_the_employee_left (NULL = still employed).
    client_of_the_office: client_number; full_name_or_company_name; client_is_a_company: 1 = a company (among them
        four mortgage lenders), 0 = a person; city_where_the_client_lives (NULL = unknown);
        date_of_birth_of_the_client (people only, sometimes unknown); date_the_client_was_first_registered.
    kind_of_deed: kind_of_deed_code: 'TRANSFER' transfer of real property (a house sale), 'MORTGAGE' mortgage deed,
        'WILL' last will and testament, 'POA' power of attorney, 'INCORP' incorporation of a private limited company,
        'PRENUP' prenuptial agreement, 'GIFT' deed of gift, 'SEPARATION' division of jointly owned property;
        description_of_the_kind_of_deed; standard_fee_in_euros: the standard (minimum) fee;
        must_be_entered_in_the_land_registry: 1 = the deed has to be entered in the land registry (TRANSFER,
        MORTGAGE, SEPARATION).
    appointment_at_the_office: appointment_number; client_number -> client_of_the_office; employee_number ->
        notary_office_employee (whom the client sees); date_and_time_of_the_appointment ('YYYY-MM-DD HH:MM');
        length_of_the_appointment_in_minutes; reason_for_the_appointment: free text ('signing of the deed',
        'preparatory meeting', 'first consultation', 'estate planning advice' ...); outcome_of_the_appointment:
        'attended', 'cancelled', 'no show' or 'booked' (still to come).
    notarial_deed: deed_number; deed_reference_in_the_register ('2024/0153'); kind_of_deed_code -> kind_of_deed;
        executing_notary_employee_number -> notary_office_employee (the notary who executed it);
        date_the_deed_was_signed; value_of_the_transaction_in_euros: the price (transfers and divisions), the loan
        (mortgages), the value given (gifts) or the share capital (incorporations); NULL for wills, powers of
        attorney and prenuptial agreements; fee_charged_in_euros: the notary's fee (property deeds about 0.1% of the
        value, at least the standard fee); date_the_deed_was_entered_in_the_land_registry (NULL = not entered yet, or
        not needed).
    party_to_the_deed: the clients who are parties to a deed (deeds and clients, many-to-many).  deed_number ->
        notarial_deed; client_number -> client_of_the_office; role_of_the_party_in_the_deed: 'seller', 'buyer',
        'borrower', 'lender', 'testator', 'grantor', 'attorney', 'founder', 'spouse', 'donor', 'recipient' or
        'co-owner'.
    payment_received_for_a_deed: payments of notary fees.  payment_number; deed_number -> notarial_deed;
        date_the_payment_was_received; amount_received_in_euros; way_the_payment_was_made: 'bank transfer', 'card',
        'cash' or 'escrow' (paid from the escrow account at the signing of a sale or mortgage).  A deed is fully
        paid when its payments add up to its fee; some fees are unpaid or part paid.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, full_names, iso, write_tables

LAST_DAY = dt.date(2025, 6, 14)


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _workdays(start: dt.date, end: dt.date) -> list[dt.date]:
    return [d for d in _days(start, end) if d.weekday() < 5]


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _next_weekday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def _month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)


def _add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved ``n`` months on, kept at the month's end when it was one."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    last = _month_end(y, m).day
    return dt.date(y, m, last if d == _month_end(d.year, d.month) else min(d.day, last))


_CO_A = [
    "Harbourside", "Kestrel", "Northgate", "Bluewater", "Ashford", "Meridian", "Oakfield", "Silverline", "Redbrook",
    "Thornbury", "Greenway", "Larkspur", "Westmere", "Highcliff", "Ironbridge", "Clearview", "Stonegate",
    "Fairhaven", "Brightwell", "Copperleaf", "Eastwick", "Goldcrest", "Hollybank", "Juniper", "Kingsmead",
    "Lindenhall", "Marlowe", "Norbury", "Pinecroft", "Quayside", "Riverside", "Sandpiper", "Tidewell", "Upland",
    "Valebrook", "Wrenfield", "Yewtree", "Alderley", "Beacon", "Cobalt",
]  # fmt: skip
_CO_B = [
    "Logistics Ltd", "Biotech plc", "Developments Ltd", "Software Ltd", "Foods Ltd", "Engineering Ltd",
    "Retail Group", "Holdings Ltd", "Media Ltd", "Energy Ltd", "Homes Ltd", "Capital LLP", "Pharma Ltd",
    "Construction Ltd", "Hotels Ltd", "Motors Ltd", "Textiles Ltd", "Analytics Ltd", "Brewing Co", "Marine Ltd",
]  # fmt: skip


def _companies(r: random.Random, n: int) -> list[str]:
    firsts = _CO_A[:]
    r.shuffle(firsts)
    return [f"{a} {r.choice(_CO_B)}" for a in firsts[:n]]


# ---------------------------------------------------------------------------------------------------------------
# lawfirm (SQL Server style)
# ---------------------------------------------------------------------------------------------------------------

LAWFIRM_DDL = """
CREATE TABLE lkpPracticeArea (
    PracticeAreaCode VARCHAR(4) PRIMARY KEY,
    PracticeAreaName NVARCHAR(60) NOT NULL,
    IsActive BIT NOT NULL
);
CREATE TABLE tblLawyer (
    LawyerId INT PRIMARY KEY,
    FirstName NVARCHAR(40) NOT NULL,
    LastName NVARCHAR(40) NOT NULL,
    Grade VARCHAR(3) NOT NULL,
    PracticeAreaCode VARCHAR(4) NOT NULL REFERENCES lkpPracticeArea(PracticeAreaCode),
    SupervisingPartnerId INT REFERENCES tblLawyer(LawyerId),
    Email NVARCHAR(80) NOT NULL,
    DateJoined DATE NOT NULL,
    DateLeft DATE,
    IsActive BIT NOT NULL,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblHourlyRate (
    RateId INT PRIMARY KEY,
    LawyerId INT NOT NULL REFERENCES tblLawyer(LawyerId),
    HourlyRate DECIMAL(8,2) NOT NULL,
    ValidFrom DATE NOT NULL,
    ValidTo DATE
);
CREATE TABLE tblClient (
    ClientId INT PRIMARY KEY,
    ClientName NVARCHAR(100) NOT NULL,
    ClientType VARCHAR(3) NOT NULL,
    City NVARCHAR(40),
    IsActive BIT NOT NULL,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblMatter (
    MatterId INT PRIMARY KEY,
    MatterNumber VARCHAR(12) NOT NULL UNIQUE,
    ClientId INT NOT NULL REFERENCES tblClient(ClientId),
    MatterTitle NVARCHAR(120) NOT NULL,
    PracticeAreaCode VARCHAR(4) NOT NULL REFERENCES lkpPracticeArea(PracticeAreaCode),
    ResponsiblePartnerId INT NOT NULL REFERENCES tblLawyer(LawyerId),
    BillingType VARCHAR(3) NOT NULL,
    FixedFeeAmount DECIMAL(12,2),
    BudgetAmount DECIMAL(12,2),
    StatusCode VARCHAR(3) NOT NULL,
    DateOpened DATE NOT NULL,
    DateClosed DATE,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblMatterLawyer (
    MatterId INT NOT NULL REFERENCES tblMatter(MatterId),
    LawyerId INT NOT NULL REFERENCES tblLawyer(LawyerId),
    MatterRole VARCHAR(4) NOT NULL,
    DateAssigned DATE NOT NULL,
    PRIMARY KEY (MatterId, LawyerId)
);
CREATE TABLE tblInvoice (
    InvoiceId INT PRIMARY KEY,
    InvoiceNumber VARCHAR(12) NOT NULL UNIQUE,
    MatterId INT NOT NULL REFERENCES tblMatter(MatterId),
    InvoiceDate DATE NOT NULL,
    DueDate DATE NOT NULL,
    FeesAmount DECIMAL(12,2) NOT NULL,
    WriteOffAmount DECIMAL(12,2) NOT NULL,
    DisbursementsAmount DECIMAL(12,2) NOT NULL,
    AmountPaid DECIMAL(12,2) NOT NULL,
    DatePaid DATE,
    StatusCode VARCHAR(3) NOT NULL,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblTimeEntry (
    TimeEntryId INT PRIMARY KEY,
    MatterId INT NOT NULL REFERENCES tblMatter(MatterId),
    LawyerId INT NOT NULL REFERENCES tblLawyer(LawyerId),
    WorkDate DATE NOT NULL,
    Hours DECIMAL(5,2) NOT NULL,
    ActivityCode VARCHAR(3) NOT NULL,
    Narrative NVARCHAR(200),
    IsBillable BIT NOT NULL,
    InvoiceId INT REFERENCES tblInvoice(InvoiceId),
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
"""

_LAW_TITLES = {
    "LIT": ["Contract dispute", "Debt recovery", "Professional negligence claim", "Injunction application",
            "Shareholder dispute", "Construction adjudication", "Defamation claim"],
    "CORP": ["Share purchase", "Shareholders' agreement", "Series A investment", "Asset purchase",
             "Joint venture agreement", "Group reorganisation", "Supply agreement review"],
    "EMP": ["Unfair dismissal claim", "Restructuring advice", "Settlement agreement", "Tribunal defence",
            "Handbook review", "TUPE transfer"],
    "RE": ["Lease renewal", "Acquisition of freehold", "Development site purchase", "Licence to assign",
           "Rent review", "Sale of warehouse"],
    "IP": ["Trade mark opposition", "Patent licence", "Software licence review", "Brand portfolio audit",
           "Copyright infringement"],
    "FAM": ["Divorce financial remedy", "Child arrangements", "Prenuptial agreement", "Cohabitation agreement"],
    "TAX": ["Inheritance tax planning", "Trust restructuring"],
}  # fmt: skip
_LAW_ACTS = {
    "RES": "Legal research", "DRF": "Drafting", "COR": "Correspondence with client", "MTG": "Meeting",
    "CRT": "Court attendance", "TRV": "Travel", "ADM": "File administration", "REV": "Document review",
}  # fmt: skip


def build_lawfirm(path: Path) -> None:
    r = random.Random(12101)
    areas = [
        ("LIT", "Litigation", 1), ("CORP", "Corporate & Commercial", 1), ("EMP", "Employment", 1),
        ("RE", "Real Estate", 1), ("IP", "Intellectual Property", 1), ("FAM", "Family", 1),
        ("TAX", "Private Client Tax", 0),
    ]  # fmt: skip
    spec = [
        ("PTR", "LIT", "2008-09-01", None, None), ("PTR", "CORP", "2011-03-14", None, None),
        ("PTR", "EMP", "2014-01-06", None, None), ("PTR", "RE", "2012-05-21", None, None),
        ("PTR", "IP", "2017-10-02", None, None), ("PTR", "FAM", "2019-04-01", None, None),
        ("SA", "LIT", "2016-09-05", None, 1), ("SA", "CORP", "2015-02-02", None, 2),
        ("SA", "RE", "2018-01-15", None, 4), ("SA", "IP", "2019-06-03", None, 5),
        ("ASC", "LIT", "2021-09-06", None, 1), ("SA", "CORP", "2020-09-07", None, 2),
        ("ASC", "EMP", "2022-03-01", None, 3), ("ASC", "RE", "2021-01-11", "2024-11-29", 4),
        ("ASC", "FAM", "2022-09-05", None, 6), ("ASC", "LIT", "2023-09-04", None, 1),
        ("ASC", "EMP", "2023-02-13", None, 3), ("TRN", "LIT", "2023-09-04", None, 1),
        ("TRN", "CORP", "2023-09-04", None, 2), ("TRN", "RE", "2024-09-02", None, 4),
        ("PL", "LIT", "2018-03-05", None, 1), ("PL", "CORP", "2020-06-15", None, 2),
        ("PL", "FAM", "2025-03-03", None, 6), ("PL", "RE", "2016-11-07", None, 4),
    ]  # fmt: skip
    names = full_names(r, len(spec))
    lawyers = []
    for i, ((grade, area, joined, left, sup), name) in enumerate(zip(spec, names, strict=True), start=1):
        first, last = name.split(" ")
        lawyers.append((i, first, last, grade, area, sup, f"{first.lower()}.{last.lower()}@harlowreed.law", joined,
                        left, 0 if left else 1, f"{max(joined, '2019-01-01')} 09:00:00",
                        "hr.admin" if left else None))  # fmt: skip
    base = {"PTR": (520, 640), "SA": (340, 390), "ASC": (230, 290), "TRN": (150, 165), "PL": (115, 130)}
    rates = []
    rate_of: dict[int, list[tuple[dt.date, dt.date | None, float]]] = {}
    for lw in lawyers:
        lid, grade, joined, left = lw[0], lw[3], _d(lw[7]), _d(lw[8]) if lw[8] else None
        g0 = "ASC" if lid == 12 else grade
        rate = r.randrange(*base[g0]) // 5 * 5
        starts = [max(joined, dt.date(2023, 1, 1))]
        for y in (2024, 2025):
            if dt.date(y, 1, 1) > starts[0]:
                starts.append(dt.date(y, 1, 1))
        if lid == 12:
            starts.append(dt.date(2024, 9, 1))
            starts.sort()
        periods = []
        for k, s in enumerate(starts):
            if k:
                if lid == 12 and s == dt.date(2024, 9, 1):
                    rate = r.randrange(*base["SA"]) // 5 * 5
                elif lid == 9 and s.year == 2025:
                    pass  # rate frozen in 2025: no new row
                else:
                    rate = round(rate * r.uniform(1.04, 1.08) / 5) * 5
            if lid == 9 and s.year == 2025:
                continue
            periods.append([s, None, float(rate)])
        if left:
            periods = [p for p in periods if p[0] <= left]
        for k in range(len(periods) - 1):
            periods[k][1] = periods[k + 1][0] - dt.timedelta(days=1)
        if left:
            periods[-1][1] = left
        rate_of[lid] = [tuple(p) for p in periods]  # type: ignore[misc]
        for p in periods:
            rates.append((len(rates) + 1, lid, p[2], iso(p[0]), iso(p[1])))

    def rate_on(lid: int, d: dt.date) -> float:
        for s, e, v in rate_of[lid]:
            if s <= d and (e is None or d <= e):
                return v
        raise ValueError((lid, d))

    cities = ["London", "Manchester", "Bristol", "Leeds", "Birmingham", "Cambridge", "Oxford", None]
    clients = []
    cos = _companies(r, 30)
    people = full_names(r, 16, exclude=names)
    for i in range(46):
        if i < 30:
            nm, typ = cos[i], "ORG"
        else:
            nm, typ = people[i - 30], "IND"
        created = day_between(r, dt.date(2015, 1, 1), dt.date(2025, 5, 20))
        clients.append([i + 1, nm, typ, r.choice(cities), 1, f"{iso(created)} 10:{r.randint(0, 59):02d}:00", None])
    org_ids = [c[0] for c in clients if c[2] == "ORG"]
    ind_ids = [c[0] for c in clients if c[2] == "IND"]
    partner_of = {"LIT": 1, "CORP": 2, "EMP": 3, "RE": 4, "IP": 5, "FAM": 6, "TAX": 2}
    matters = []
    opened = sorted(day_between(r, dt.date(2023, 1, 2), dt.date(2025, 6, 10)) for _ in range(112))
    seq: dict[int, int] = {}
    area_w = {"LIT": 24, "CORP": 22, "EMP": 16, "RE": 18, "IP": 9, "FAM": 11}
    team: dict[int, list[tuple[int, str]]] = {}
    used_clients: set[int] = set()
    never = {org_ids[-1], org_ids[-2], ind_ids[-1]}
    for k, op in enumerate(opened, start=1):
        op = _next_weekday(op)
        area = "TAX" if k in (3, 9) else r.choices(list(area_w), weights=list(area_w.values()))[0]
        pool = [c for c in (ind_ids if area == "FAM" or (area == "EMP" and r.random() < 0.3) else org_ids)
                if c not in never]  # fmt: skip
        cid = r.choice(pool)
        used_clients.add(cid)
        seq[op.year] = seq.get(op.year, 0) + 1
        number = f"M-{op.year}-{seq[op.year]:04d}"
        title = r.choice(_LAW_TITLES[area])
        if area in ("LIT", "IP") and r.random() < 0.6:
            title += f" v {r.choice(cos)}"
        fixed = area in ("FAM", "EMP", "RE", "CORP") and r.random() < 0.22
        fee = float(r.randrange(1500, 25000, 250)) if fixed else None
        budget = None if fixed or r.random() < 0.4 else float(r.randrange(5000, 120000, 500))
        status, closed = "OPN", None
        if area == "TAX":
            status, closed = "CLS", op + dt.timedelta(days=r.randint(70, 200))
        elif op < dt.date(2024, 10, 1):
            x = r.random()
            end = op + dt.timedelta(days=r.randint(60, 430))
            if x < 0.72 and end <= dt.date(2025, 6, 10):
                status, closed = "CLS", end
            elif x < 0.82:
                status = "HLD"
        elif op < dt.date(2025, 3, 1) and r.random() < 0.15:
            status, closed = "CLS", min(op + dt.timedelta(days=r.randint(40, 120)), dt.date(2025, 6, 6))
        partner = partner_of[area]
        matters.append([k, number, cid, title, area, partner, "FXD" if fixed else "HRL", fee, budget, status,
                        iso(op), iso(closed), f"{iso(op)} 08:30:00", None])  # fmt: skip
        if status in ("CLS", "HLD"):
            matters[-1][13] = r.choice(["accounts.team", "records.mgr", None])

        def employed(lid: int, d: dt.date) -> bool:
            lw = lawyers[lid - 1]
            return lw[7] <= iso(d) and (lw[8] is None or iso(d) <= lw[8])  # type: ignore[operator]

        mine = [lw[0] for lw in lawyers if lw[5] == partner and employed(lw[0], op) and lw[3] in ("SA", "ASC")]
        if not mine:
            mine = [lw[0] for lw in lawyers if lw[3] in ("SA", "ASC") and employed(lw[0], op)]
        lead = r.choice(mine)
        members = [(partner, "RESP"), (lead, "LEAD")]
        others = [lw[0] for lw in lawyers if lw[3] != "PTR" and lw[0] != lead and employed(lw[0], op)
                  and (lw[4] == area or r.random() < 0.15)]  # fmt: skip
        for o in r.sample(others, min(len(others), r.choice([0, 1, 1, 2, 2, 3]))):
            members.append((o, "TEAM"))
        team[k] = members
    # the hold date of matters on hold: no time after it
    hold_from = {m[0]: _d(m[10]) + dt.timedelta(days=r.randint(40, 200)) for m in matters if m[9] == "HLD"}
    links = []
    for m in matters:
        for lid, role in team[m[0]]:
            assigned = max(_d(m[10]), _d(lawyers[lid - 1][7]))
            links.append((m[0], lid, role, iso(assigned)))
    entries = []
    for m in matters:
        mid, op = m[0], _d(m[10])
        end = _d(m[11]) if m[11] else min(hold_from.get(mid, LAST_DAY), LAST_DAY)
        days = _workdays(op, end)
        n = min(95, max(2, int(len(days) * r.uniform(0.08, 0.24))))
        for d in sorted(r.choices(days, k=n)):
            cands = [(lid, role) for lid, role in team[mid] if employed(lid, d)]
            lid, role = r.choices(cands, weights=[{"RESP": 1.3, "LEAD": 5, "TEAM": 3}[x[1]] for x in cands])[0]
            acts = ["RES", "DRF", "COR", "MTG", "REV", "ADM", "TRV"]
            if m[4] in ("LIT", "FAM", "EMP"):
                acts.append("CRT")
            act = r.choices(acts, weights=[14, 22, 18, 10, 14, 5, 3] + ([5] if len(acts) > 7 else []))[0]
            hi = 20 if lawyers[lid - 1][3] == "PTR" else 60
            hours = r.randint(2, hi) / 10
            if act == "CRT":
                hours = r.randint(20, 70) / 10
            billable = 1
            if m[6] == "FXD" or act == "ADM" or (act == "TRV" and r.random() < 0.5) or r.random() < 0.04:
                billable = 0
            created = d + dt.timedelta(days=r.choice([0, 0, 0, 0, 1, 1, 2, 3, 6, 12]))
            narrative = _LAW_ACTS[act] + (f" - {m[3].lower()}" if r.random() < 0.4 else "")
            stamp = f"{iso(min(created, LAST_DAY))} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}:00"
            entries.append([0, mid, lid, d, hours, act, narrative, billable, None, stamp, None])
    entries.sort(key=lambda e: (e[3], e[1], e[2]))
    for i, e in enumerate(entries, start=1):
        e[0] = i
    # invoices
    inv_raw = []  # [key, matter, date, fees, writeoff, disb, void, entries]
    by_matter: dict[int, list[list]] = {}
    for e in entries:
        by_matter.setdefault(e[1], []).append(e)
    for m in matters:
        mid, op = m[0], _d(m[10])
        closed = _d(m[11]) if m[11] else None
        if m[6] == "FXD":
            parts = [(op + dt.timedelta(days=7), m[7] / 2)]
            if closed and closed + dt.timedelta(days=5) <= dt.date(2025, 6, 9):
                parts.append((closed + dt.timedelta(days=5), m[7] / 2))
            for d, amt in parts:
                inv_raw.append([mid, _next_weekday(d), amt, 0.0, 0.0, False, []])
            continue
        y, mo = op.year, op.month
        while (y, mo) <= (2025, 5):
            me = _month_end(y, mo)
            inv_d = _next_weekday(dt.date(y + (mo == 12), mo % 12 + 1, 5))
            final = closed is not None and closed <= me
            todo = [e for e in by_matter.get(mid, []) if e[7] == 1 and e[8] is None and e[3] <= me]
            if todo and (final or r.random() > 0.12):
                fees = round(sum(e[4] * rate_on(e[2], e[3]) for e in todo), 2)
                void = r.random() < 0.025
                wo = 0.0 if r.random() < 0.7 else round(fees * r.choice([0.05, 0.1, 0.1, 0.15, 0.2, 0.25]), 2)
                disb = 0.0 if r.random() < 0.6 else round(r.uniform(25, 1500), 2)
                inv_raw.append([mid, inv_d, fees, wo, disb, void, [] if void else todo])
                if not void:
                    for e in todo:
                        e[8] = -1  # placeholder: billed
            if final:
                break
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    inv_raw.sort(key=lambda x: (x[1], x[0]))
    invoices = []
    for i, (mid, d, fees, wo, disb, void, todo) in enumerate(inv_raw, start=1):
        for e in todo:
            e[8] = i
        due = fees - wo + disb
        x = r.random()
        paid, paid_on, status = 0.0, None, "ISS"
        lag = r.randint(8, 45) if x < 0.75 else (r.randint(46, 130) if x < 0.96 else None)
        if void:
            status, wo = "VD", 0.0
        elif lag is not None and d + dt.timedelta(days=lag) <= LAST_DAY:
            if r.random() < 0.05:
                paid, status = round(due * 0.5, 2), "PRT"
            else:
                paid, paid_on, status = round(due, 2), iso(d + dt.timedelta(days=lag)), "PD"
        invoices.append((i, f"HR{24000 + i * 3}", mid, iso(d), iso(d + dt.timedelta(days=30)), fees, wo, disb,
                         paid, paid_on, status, f"{iso(d)} 11:00:00",
                         "billing.clerk" if paid_on or void else None))  # fmt: skip
    for e in entries:
        if e[8] == -1:
            raise RuntimeError("unbilled placeholder")
        e[3] = iso(e[3])
    for c in clients:
        if c[0] in never and c[0] != ind_ids[-1]:
            c[4] = 0
            c[6] = "intake.team"
    write_tables(path, LAWFIRM_DDL, [
        ("lkpPracticeArea", areas), ("tblLawyer", lawyers), ("tblHourlyRate", rates),
        ("tblClient", [tuple(c) for c in clients]), ("tblMatter", [tuple(m) for m in matters]),
        ("tblMatterLawyer", links), ("tblInvoice", invoices), ("tblTimeEntry", [tuple(e) for e in entries]),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# archstudio (SQL Server style)
# ---------------------------------------------------------------------------------------------------------------

ARCHSTUDIO_DDL = """
CREATE TABLE lkpWorkStage (
    StageNo INT PRIMARY KEY,
    StageName NVARCHAR(60) NOT NULL,
    FeeSharePct DECIMAL(5,2) NOT NULL
);
CREATE TABLE lkpActivity (
    ActivityCode VARCHAR(6) PRIMARY KEY,
    ActivityName NVARCHAR(60) NOT NULL,
    IsBillable BIT NOT NULL,
    IsProjectTime BIT NOT NULL
);
CREATE TABLE tblStaff (
    StaffId INT PRIMARY KEY,
    FirstName NVARCHAR(40) NOT NULL,
    LastName NVARCHAR(40) NOT NULL,
    JobTitle NVARCHAR(40) NOT NULL,
    LineManagerId INT REFERENCES tblStaff(StaffId),
    HourlyCostRate DECIMAL(8,2) NOT NULL,
    ChargeOutRate DECIMAL(8,2) NOT NULL,
    ContractedHoursPerWeek DECIMAL(4,1) NOT NULL,
    IsActive BIT NOT NULL,
    DateJoined DATE NOT NULL,
    DateLeft DATE,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblClient (
    ClientId INT PRIMARY KEY,
    ClientName NVARCHAR(100) NOT NULL,
    Sector NVARCHAR(30) NOT NULL,
    City NVARCHAR(40),
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblProject (
    ProjectId INT PRIMARY KEY,
    ProjectNumber VARCHAR(10) NOT NULL UNIQUE,
    ProjectName NVARCHAR(120) NOT NULL,
    ClientId INT NOT NULL REFERENCES tblClient(ClientId),
    ProjectLeadId INT NOT NULL REFERENCES tblStaff(StaffId),
    CurrentStageNo INT NOT NULL REFERENCES lkpWorkStage(StageNo),
    StatusCode VARCHAR(4) NOT NULL,
    FeeAgreed DECIMAL(12,2) NOT NULL,
    ConstructionBudget DECIMAL(14,2),
    HoursBudget INT,
    DateWon DATE NOT NULL,
    DateCompleted DATE,
    IsActive BIT NOT NULL,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblTimesheet (
    TimesheetId INT PRIMARY KEY,
    StaffId INT NOT NULL REFERENCES tblStaff(StaffId),
    ProjectId INT REFERENCES tblProject(ProjectId),
    ActivityCode VARCHAR(6) NOT NULL REFERENCES lkpActivity(ActivityCode),
    WorkDate DATE NOT NULL,
    Hours DECIMAL(4,2) NOT NULL,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblFeeInvoice (
    FeeInvoiceId INT PRIMARY KEY,
    InvoiceRef VARCHAR(12) NOT NULL UNIQUE,
    ProjectId INT NOT NULL REFERENCES tblProject(ProjectId),
    StageNo INT NOT NULL REFERENCES lkpWorkStage(StageNo),
    InvoiceDate DATE NOT NULL,
    NetAmount DECIMAL(12,2) NOT NULL,
    VatAmount DECIMAL(12,2) NOT NULL,
    DatePaid DATE,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblPlanningApplication (
    PlanningApplicationId INT PRIMARY KEY,
    ProjectId INT NOT NULL REFERENCES tblProject(ProjectId),
    CouncilName NVARCHAR(60) NOT NULL,
    CouncilReference VARCHAR(20) NOT NULL,
    DateSubmitted DATE NOT NULL,
    DateValidated DATE,
    DateDecided DATE,
    DecisionCode VARCHAR(3),
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
"""

_ARCH_PLACES = [
    "Riverside", "Hollybank", "St Anne's", "Millbrook", "Castle Street", "Orchard Lane", "Kingsway", "Elm Grove",
    "Harbour Road", "Station Yard", "Priory", "Westfield", "Chapel Row", "Foundry", "Wharf", "Parkside",
    "Beech Hill", "Victoria Square", "Old Mill", "Tannery", "Hillcrest", "Marsh Lane", "Abbey", "Canal Basin",
    "Cedar Court", "Granary", "Queens Road", "Nursery", "Bridge End", "Long Acre", "Moor Lane", "Fenwick",
    "Greyfriars", "Lime Kiln", "Ropewalk", "Sheaf",
]  # fmt: skip
_ARCH_KINDS = {
    "Residential": ["House refurbishment", "Apartments", "Housing scheme", "Mews houses", "Loft conversion"],
    "Education": ["Primary School extension", "Academy sports hall", "Nursery building", "Sixth form centre"],
    "Commercial": ["Office fit-out", "Retail unit conversion", "Workspace hub", "Hotel extension"],
    "Healthcare": ["Health centre", "Dental practice", "Care home extension"],
    "Public": ["Library refurbishment", "Community hall", "Visitor centre"],
}  # fmt: skip


def build_archstudio(path: Path) -> None:
    r = random.Random(12102)
    stages = [
        (0, "Strategic Definition", 2.0), (1, "Preparation and Briefing", 5.0), (2, "Concept Design", 15.0),
        (3, "Spatial Coordination", 20.0), (4, "Technical Design", 30.0), (5, "Manufacturing and Construction", 20.0),
        (6, "Handover", 5.0), (7, "Use", 3.0),
    ]  # fmt: skip
    acts = [
        ("DES", "Design", 1, 1), ("DRW", "Drawings and BIM modelling", 1, 1), ("SITE", "Site visit", 1, 1),
        ("MTG", "Client meeting", 1, 1), ("PLN", "Planning application work", 1, 1),
        ("REWK", "Rework of own errors", 0, 1), ("ADM", "Office administration", 0, 0),
        ("CPD", "Training (CPD)", 0, 0), ("BID", "Bids and competitions", 0, 0), ("LEAVE", "Annual leave", 0, 0),
        ("SICK", "Sick leave", 0, 0),
    ]  # fmt: skip
    spec = [  # title, line manager, cost, charge, hours/week, joined, left
        ("Director", None, 85, 165, 40, "2009-04-01", None), ("Director", 1, 80, 160, 40, "2011-09-05", None),
        ("Associate", 1, 62, 125, 37.5, "2014-02-10", None), ("Associate", 2, 60, 120, 37.5, "2016-06-06", None),
        ("Senior Architect", 3, 48, 100, 37.5, "2017-01-09", None),
        ("Senior Architect", 4, 47, 100, 37.5, "2019-03-04", None),
        ("Architect", 3, 38, 85, 37.5, "2020-09-14", None), ("Architect", 5, 37, 85, 37.5, "2021-05-04", None),
        ("Architect", 4, 36, 85, 37.5, "2021-11-01", "2025-02-28"),
        ("Architectural Technologist", 6, 33, 75, 37.5, "2018-08-20", None),
        ("Architectural Technologist", 4, 31, 75, 30, "2022-01-10", None),
        ("Part 2 Assistant", 5, 25, 60, 37.5, "2023-09-04", None),
        ("Part 2 Assistant", 6, 25, 60, 37.5, "2024-09-02", None),
        ("Part 1 Assistant", 7, 19, 45, 37.5, "2025-02-03", None),
        ("Interior Designer", 2, 35, 80, 22.5, "2019-10-07", None),
        ("Office Manager", 1, 24, 0, 30, "2012-03-12", None),
        ("Landscape Architect", 2, 40, 90, 37.5, "2023-04-17", None),
    ]  # fmt: skip
    names = full_names(r, len(spec))
    staff = []
    for i, (s, nm) in enumerate(zip(spec, names, strict=True), start=1):
        first, last = nm.split(" ")
        staff.append((i, first, last, s[0], s[1], float(s[2]), float(s[3]), float(s[4]), 0 if s[6] else 1, s[5], s[6],
                      f"{max(s[5], '2018-01-01')} 09:15:00", "office.manager" if s[6] else None))  # fmt: skip
    clients = []
    cos = _companies(r, 14)
    public = ["Westshire County Council", "Northbay Academy Trust", "Riverside NHS Trust", "St Mary's Diocese",
              "Fenwick Parish Council", "Coastal Housing Association"]  # fmt: skip
    privates = full_names(r, 4, exclude=names)
    for i, nm in enumerate(cos + public + privates, start=1):
        if nm in public:
            sec = {"Westshire County Council": "Public", "Northbay Academy Trust": "Education",
                   "Riverside NHS Trust": "Healthcare", "St Mary's Diocese": "Education",
                   "Fenwick Parish Council": "Public", "Coastal Housing Association": "Residential"}[nm]  # fmt: skip
        elif nm in privates:
            sec = "Residential"
        else:
            sec = r.choice(["Commercial", "Commercial", "Residential", "Healthcare"])
        clients.append((i, nm, sec, r.choice(["Bristol", "Bath", "Exeter", "Cardiff", "Gloucester", None]),
                        f"{iso(day_between(r, dt.date(2016, 1, 1), dt.date(2025, 3, 1)))} 14:00:00", None))  # fmt: skip
    projects = []
    places = _ARCH_PLACES[:]
    r.shuffle(places)
    won_days = sorted(day_between(r, dt.date(2021, 3, 1), dt.date(2025, 5, 30)) for _ in range(36))
    leads = [3, 4, 5, 6, 7, 8, 9, 1, 2, 15, 17]
    proj_team: dict[int, list[int]] = {}
    for i, won in enumerate(won_days, start=1):
        cl = clients[(i * 7) % len(clients)] if i not in (12, 30) else clients[i % len(clients)]
        sec = cl[2]
        kind = r.choice(_ARCH_KINDS[sec])
        age = (dt.date(2025, 6, 14) - won).days
        if age > 900:
            status = r.choice(["DONE", "DONE", "DONE", "ABND"])
        elif age > 450:
            status = r.choice(["DONE", "LIVE", "LIVE", "HOLD"])
        else:
            status = r.choice(["LIVE", "LIVE", "LIVE", "LIVE", "HOLD"]) if i != 36 else "LIVE"
        stage = {"DONE": 7, "ABND": r.randint(1, 3)}.get(status, min(5, max(0, age // 130)))
        if status == "DONE":
            stage = r.choice([6, 7])
        completed = None
        if status == "DONE":
            completed = won + dt.timedelta(days=r.randint(500, 1100))
            if completed > dt.date(2025, 6, 10):
                completed = dt.date(2025, 4, 30) - dt.timedelta(days=i)
        elif status == "ABND":
            completed = won + dt.timedelta(days=r.randint(60, 300))
        budget = float(r.randrange(250_000, 9_000_000, 5000))
        fee = round(budget * r.uniform(0.06, 0.11) / 100) * 100
        lead = r.choice([x for x in leads if staff[x - 1][9] <= iso(won) or x in (1, 2)])
        if status in ("LIVE", "HOLD") and lead == 9:
            lead = 8
        hours = int(fee / r.uniform(70, 95)) if r.random() < 0.85 else None
        projects.append((i, f"AP-{won.year % 100:02d}{i:02d}", f"{places[i - 1]} {kind}", cl[0], lead, stage, status,
                         float(fee), budget if r.random() < 0.92 else None, hours, iso(won), iso(completed),
                         1 if status in ("LIVE", "HOLD") else 0, f"{iso(won)} 12:00:00",
                         None if status == "LIVE" else "office.manager"))  # fmt: skip
        pool = [s for s in range(3, 18) if s not in (16, lead)]
        proj_team[i] = [lead, *r.sample(pool, r.randint(2, 4))]
    live = [p[0] for p in projects if p[6] == "LIVE"]
    hold = {p[0]: dt.date(2025, r.randint(1, 4), r.randint(1, 28)) for p in projects if p[6] == "HOLD"}
    sheets = []
    for d in _workdays(dt.date(2025, 1, 6), dt.date(2025, 6, 13)):
        for s in staff:
            sid = s[0]
            if s[9] > iso(d) or (s[10] and iso(d) > s[10]):
                continue
            if sid == 15 and d.weekday() in (3, 4):
                continue  # part time
            if sid == 11 and d.weekday() == 4:
                continue
            day_hours = 7.5
            if sid == 1 and d.weekday() == 4:
                day_hours = 6.0
            x = r.random()
            if x < 0.045 + (0.04 if d.month in (4, 5) else 0):
                sheets.append([sid, None, "LEAVE", d, day_hours])
                continue
            if x < 0.06 + (0.04 if d.month in (4, 5) else 0):
                sheets.append([sid, None, "SICK", d, day_hours])
                continue
            if sid == 16:
                sheets.append([sid, None, "ADM", d, day_hours])
                continue
            mine = [p for p in live + list(hold) if sid in proj_team[p] and (p not in hold or d < hold[p])]
            left = day_hours + r.choice([0, 0, 0, 0.5, 1.0, 1.5])
            if sid in (1, 2) and r.random() < 0.35:
                h = r.choice([1.0, 1.5, 2.0, 3.0])
                sheets.append([sid, None, r.choice(["ADM", "BID", "BID"]), d, h])
                left -= h
            elif r.random() < 0.08:
                h = r.choice([1.0, 2.0, 3.5])
                sheets.append([sid, None, r.choice(["CPD", "CPD", "ADM", "BID"]), d, h])
                left -= h
            if not mine:
                sheets.append([sid, None, "ADM", d, left])
                continue
            picks = r.sample(mine, min(len(mine), r.choice([1, 1, 2, 2, 3])))
            cuts = sorted(r.sample(range(1, int(left * 2)), len(picks) - 1)) if len(picks) > 1 else []
            bounds = [0, *cuts, int(left * 2)]
            for p, a, b in zip(picks, bounds, bounds[1:], strict=False):
                stage = projects[p - 1][5]
                opts = ["DES", "DRW", "MTG", "REWK"] + (["SITE"] if stage >= 4 else [])
                opts += ["PLN"] if stage in (2, 3) else []
                w = [30, 35, 8, 3] + ([12] if stage >= 4 else []) + ([12] if stage in (2, 3) else [])
                sheets.append([sid, p, r.choices(opts, weights=w)[0], d, (b - a) / 2])
    timesheets = []
    for i, (sid, p, a, d, h) in enumerate(sheets, start=1):
        late = r.choice([0, 0, 0, 1, 3, 4, 7])
        timesheets.append((i, sid, p, a, iso(d), h, f"{iso(min(d + dt.timedelta(days=late), LAST_DAY))} 17:30:00",
                           "office.manager" if r.random() < 0.02 else None))  # fmt: skip
    invoices = []
    for p in projects:
        pid, won, stage, status = p[0], _d(p[10]), p[5], p[6]
        last_stage = stage if status in ("DONE",) else stage - 1
        d = won
        for st in range(0, last_stage + 1):
            d = d + dt.timedelta(days=r.randint(40, 160) if st > 1 else r.randint(15, 45))
            if d > dt.date(2025, 6, 13):
                break
            net = round(p[7] * stages[st][2] / 100, 2)
            paid = d + dt.timedelta(days=r.randint(14, 75))
            invoices.append([pid, st, _next_weekday(d), net, round(net * 0.2, 2),
                             iso(paid) if paid <= LAST_DAY and r.random() < 0.95 else None])  # fmt: skip
    invoices.sort(key=lambda x: (x[2], x[0]))
    fee_invoices = [(i, f"FI-{x[2].year}-{i:04d}", x[0], x[1], iso(x[2]), x[3], x[4], x[5], f"{iso(x[2])} 10:00:00",
                     None) for i, x in enumerate(invoices, start=1)]  # fmt: skip
    councils = ["Bristol City Council", "Bath and North East Somerset", "Exeter City Council", "Cardiff Council",
                "Gloucester City Council"]  # fmt: skip
    apps = []
    for p in projects:
        if p[5] < 2 and p[6] != "ABND":
            continue
        if p[6] == "ABND":
            continue
        lag = r.randint(250, 400) if p[6] == "LIVE" and p[5] in (2, 3) else r.randint(120, 260)
        sub = _next_weekday(_d(p[10]) + dt.timedelta(days=lag))
        if sub > dt.date(2025, 6, 12):
            continue
        council = r.choice(councils)
        tries = 2 if r.random() < 0.2 else 1
        for t in range(tries):
            valid = sub + dt.timedelta(days=r.randint(3, 25))
            decided = valid + dt.timedelta(days=r.randint(50, 140))
            dec = "REF" if t == 0 and tries == 2 else r.choices(["APP", "REF", "WDN"], weights=[85, 8, 7])[0]
            if decided > LAST_DAY:
                decided, dec = None, None
            if valid > LAST_DAY:
                valid = None
            apps.append([p[0], council, sub, valid, decided, dec])
            if decided is None:
                break
            sub = _next_weekday(decided + dt.timedelta(days=r.randint(30, 90)))
            if sub > dt.date(2025, 6, 12):
                break
    apps.sort(key=lambda a: a[2])
    planning = [(i, a[0], a[1], f"{a[2].year % 100:02d}/{r.randint(1000, 9999):04d}/FUL", iso(a[2]), iso(a[3]),
                 iso(a[4]), a[5], f"{iso(a[2])} 16:00:00", None) for i, a in enumerate(apps, start=1)]  # fmt: skip
    write_tables(path, ARCHSTUDIO_DDL, [
        ("lkpWorkStage", stages), ("lkpActivity", acts), ("tblStaff", staff), ("tblClient", clients),
        ("tblProject", projects), ("tblTimesheet", timesheets), ("tblFeeInvoice", fee_invoices),
        ("tblPlanningApplication", planning),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# recruitment (SQL Server style)
# ---------------------------------------------------------------------------------------------------------------

RECRUITMENT_DDL = """
CREATE TABLE tblConsultant (
    ConsultantId INT PRIMARY KEY,
    FirstName NVARCHAR(40) NOT NULL,
    LastName NVARCHAR(40) NOT NULL,
    Desk NVARCHAR(30) NOT NULL,
    AnnualFeeTarget DECIMAL(12,2) NOT NULL,
    IsActive BIT NOT NULL,
    DateJoined DATE NOT NULL,
    DateLeft DATE,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblClientCompany (
    CompanyId INT PRIMARY KEY,
    CompanyName NVARCHAR(100) NOT NULL,
    Industry NVARCHAR(40) NOT NULL,
    City NVARCHAR(40),
    StandardFeePct DECIMAL(5,2) NOT NULL,
    IsActive BIT NOT NULL,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblVacancy (
    VacancyId INT PRIMARY KEY,
    VacancyRef VARCHAR(12) NOT NULL UNIQUE,
    CompanyId INT NOT NULL REFERENCES tblClientCompany(CompanyId),
    ConsultantId INT NOT NULL REFERENCES tblConsultant(ConsultantId),
    JobTitle NVARCHAR(80) NOT NULL,
    EmploymentType VARCHAR(4) NOT NULL,
    SalaryFrom DECIMAL(10,2) NOT NULL,
    SalaryTo DECIMAL(10,2) NOT NULL,
    StatusCode VARCHAR(4) NOT NULL,
    DateOpened DATE NOT NULL,
    DateClosed DATE,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblCandidate (
    CandidateId INT PRIMARY KEY,
    FirstName NVARCHAR(40) NOT NULL,
    LastName NVARCHAR(40) NOT NULL,
    Email NVARCHAR(80) NOT NULL,
    City NVARCHAR(40),
    SourceCode VARCHAR(3) NOT NULL,
    CurrentSalary DECIMAL(10,2),
    IsActive BIT NOT NULL,
    DateRegistered DATE NOT NULL,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE lkpApplicationStage (
    StageCode VARCHAR(3) PRIMARY KEY,
    StageName NVARCHAR(40) NOT NULL,
    StageOrder INT NOT NULL,
    IsClosed BIT NOT NULL
);
CREATE TABLE tblApplication (
    ApplicationId INT PRIMARY KEY,
    VacancyId INT NOT NULL REFERENCES tblVacancy(VacancyId),
    CandidateId INT NOT NULL REFERENCES tblCandidate(CandidateId),
    StageCode VARCHAR(3) NOT NULL REFERENCES lkpApplicationStage(StageCode),
    DateApplied DATE NOT NULL,
    DateLastUpdated DATE NOT NULL,
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblInterview (
    InterviewId INT PRIMARY KEY,
    ApplicationId INT NOT NULL REFERENCES tblApplication(ApplicationId),
    InterviewRound INT NOT NULL,
    InterviewDate DATE NOT NULL,
    InterviewFormat VARCHAR(6) NOT NULL,
    OutcomeCode VARCHAR(4),
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
CREATE TABLE tblPlacement (
    PlacementId INT PRIMARY KEY,
    ApplicationId INT NOT NULL UNIQUE REFERENCES tblApplication(ApplicationId),
    StartDate DATE NOT NULL,
    AgreedSalary DECIMAL(10,2) NOT NULL,
    FeePct DECIMAL(5,2) NOT NULL,
    FeeAmount DECIMAL(12,2) NOT NULL,
    DateInvoiced DATE,
    DatePaid DATE,
    DateLeft DATE,
    RebateAmount DECIMAL(12,2),
    DateCreated DATETIME NOT NULL,
    ModifiedBy NVARCHAR(40)
);
"""

_JOBS = {
    "Finance": [("Management Accountant", 45000), ("Financial Controller", 72000), ("Credit Controller", 30000),
                ("Payroll Specialist", 34000), ("FP&A Analyst", 52000), ("Finance Director", 110000)],
    "Technology": [("Python Developer", 62000), ("DevOps Engineer", 70000), ("Data Engineer", 66000),
                   ("IT Support Analyst", 31000), ("QA Engineer", 48000), ("Head of Engineering", 115000)],
    "Engineering": [("Mechanical Design Engineer", 46000), ("Electrical Engineer", 50000),
                    ("Quality Engineer", 42000), ("Maintenance Technician", 36000), ("Project Engineer", 55000)],
    "Sales & Marketing": [("Account Manager", 40000), ("Business Development Manager", 55000),
                          ("Marketing Executive", 32000), ("Head of Sales", 90000), ("Content Marketer", 36000)],
}  # fmt: skip


def build_recruitment(path: Path) -> None:
    r = random.Random(12103)
    desks = list(_JOBS)
    cons_spec = [
        ("Finance", 180000, "2017-05-02", None), ("Finance", 140000, "2021-09-13", None),
        ("Technology", 220000, "2016-01-11", None), ("Technology", 160000, "2020-03-02", None),
        ("Technology", 120000, "2023-06-05", None), ("Engineering", 150000, "2018-10-01", None),
        ("Engineering", 110000, "2022-02-14", "2024-12-20"), ("Sales & Marketing", 130000, "2019-07-15", None),
        ("Sales & Marketing", 100000, "2024-04-08", None), ("Engineering", 90000, "2025-02-03", None),
    ]  # fmt: skip
    names = full_names(r, len(cons_spec))
    consultants = []
    for i, ((desk, target, joined, left), nm) in enumerate(zip(cons_spec, names, strict=True), start=1):
        f, la = nm.split(" ")
        consultants.append((i, f, la, desk, float(target), 0 if left else 1, joined, left, f"{joined} 09:00:00",
                            "it.admin" if left else None))  # fmt: skip
    industries = {"Finance": ["Banking", "Insurance", "Accountancy"], "Technology": ["Software", "Fintech", "Telecoms"],
                  "Engineering": ["Manufacturing", "Automotive", "Energy"],
                  "Sales & Marketing": ["Retail", "FMCG", "Media"]}  # fmt: skip
    cos = _companies(r, 32)
    companies = []
    comp_desk = {}
    for i, nm in enumerate(cos, start=1):
        desk = desks[i % 4]
        comp_desk[i] = desk
        industry = r.choice(industries[desk])
        city = r.choice(["Leeds", "Manchester", "Sheffield", "York", "Bradford", "Harrogate", None])
        pct = r.choice([15.0, 17.5, 18.0, 20.0, 20.0, 22.5, 25.0])
        created = day_between(r, dt.date(2016, 1, 1), dt.date(2024, 1, 1))
        companies.append((i, nm, industry, city, pct, 0 if i in (31, 32) else 1, f"{iso(created)} 11:00:00", None))
    cand_names = full_names(r, 420, exclude=names)
    candidates = []
    for i, nm in enumerate(cand_names, start=1):
        f, la = nm.split(" ")
        reg = day_between(r, dt.date(2022, 1, 1), dt.date(2025, 6, 12))
        num = r.randint(1, 99)
        email = f"{f.lower()}.{la.lower()}{num}@{r.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com'])}"
        city = r.choice(["Leeds", "Manchester", "Sheffield", "York", "Bradford", "Wakefield", "Hull", None])
        source = r.choices(["LI", "JB", "REF", "WEB", "HH"], weights=[35, 30, 12, 15, 8])[0]
        salary = float(r.randrange(24000, 100000, 500)) if r.random() < 0.8 else None
        candidates.append([i, f, la, email, city, source, salary, 1, reg, f"{iso(reg)} 12:00:00", None])
    stages = [("NEW", "New application", 1, 0), ("SCR", "Shortlisted", 2, 0), ("INT", "Interviewing", 3, 0),
              ("OFF", "Offer made", 4, 0), ("PLC", "Placed", 5, 1), ("REJ", "Rejected", 6, 1),
              ("WDN", "Withdrawn by candidate", 7, 1)]  # fmt: skip
    vacancies, apps, interviews, placements = [], [], [], []
    opened = sorted(day_between(r, dt.date(2024, 1, 2), dt.date(2025, 6, 10)) for _ in range(128))
    for v, op in enumerate(opened, start=1):
        op = _next_weekday(op)
        cid = r.choice([c for c in range(1, 31)] + [1, 2, 5, 9, 14])
        desk = comp_desk[cid]
        cons = [c for c in consultants if c[3] == desk and c[6] <= iso(op) and (c[7] is None or iso(op) <= c[7])]
        con = r.choice(cons)[0]
        title, sal = r.choice(_JOBS[desk])
        lo = round(sal * r.uniform(0.9, 1.0) / 1000) * 1000
        hi = lo + r.choice([5000, 8000, 10000, 15000])
        age = (LAST_DAY - op).days
        x = r.random()
        if age < 35:
            status = "OPEN"
        elif x < 0.62:
            status = "FILL"
        elif x < 0.79:
            status = "CANX"
        elif x < 0.87:
            status = "HOLD"
        else:
            status = "OPEN"
        closed = None
        if status in ("FILL", "CANX"):
            closed = op + dt.timedelta(days=r.randint(25, 110))
            if closed > LAST_DAY:
                closed = LAST_DAY - dt.timedelta(days=r.randint(0, 20))
        emp = "FTC" if r.random() < 0.15 else "PERM"
        vacancies.append((v, f"V{op.year % 100}-{v:04d}", cid, con, title, emp, float(lo), float(hi), status, iso(op),
                          iso(closed), f"{iso(op)} 09:30:00", None if status == "OPEN" else "consultant"))  # fmt: skip
        n = r.randint(3, 12)
        pool = [c for c in candidates if c[8] <= op + dt.timedelta(days=20)]
        chosen = r.sample(pool, n)
        end = closed or LAST_DAY
        winner = r.randrange(n) if status == "FILL" else None
        for k, c in enumerate(chosen):
            applied = min(day_between(r, max(op, c[8]), op + dt.timedelta(days=20)), end)
            if status == "FILL":
                reach = 5 if k == winner else r.choices([1, 2, 3, 4], weights=[45, 30, 20, 5])[0]
                stage = "PLC" if k == winner else ("WDN" if r.random() < 0.12 else "REJ")
            elif status == "CANX":
                reach = r.choices([1, 2, 3], weights=[50, 30, 20])[0]
                stage = "WDN" if r.random() < 0.1 else "REJ"
            else:
                reach = r.choices([1, 2, 3, 4], weights=[35, 30, 28, 7])[0]
                if age < 12:
                    reach = 1
                stage = ({1: "NEW", 2: "SCR", 3: "INT", 4: "OFF"}[reach] if r.random() < 0.7
                         else r.choice(["REJ", "WDN"]))  # fmt: skip
            a_id = len(apps) + 1
            rounds = 0 if reach < 3 else (2 if reach >= 4 else r.choice([1, 1, 2]))
            d = applied
            last = applied
            for rd in range(1, rounds + 1):
                d = _next_weekday(d + dt.timedelta(days=r.randint(5, 14)))
                if d > end and stage not in ("INT", "OFF"):
                    break
                if d > LAST_DAY + dt.timedelta(days=10):
                    break
                if d > LAST_DAY:
                    outcome = None
                elif stage in ("PLC", "OFF") or rd < rounds:
                    outcome = "PASS"
                elif stage == "INT":
                    outcome = None if d > LAST_DAY - dt.timedelta(days=3) else "PASS"
                elif stage == "WDN":
                    outcome = None
                else:
                    outcome = "FAIL"
                fmt = r.choices(["PHONE", "VIDEO", "ONSITE"], weights=[2, 5, 3] if rd == 1 else [0, 3, 7])[0]
                interviews.append([a_id, rd, d, fmt, outcome])
                last = max(last, min(d, LAST_DAY))
            upd = min(max(last, applied + dt.timedelta(days=r.randint(0, 10))), LAST_DAY)
            if stage in ("PLC", "REJ", "WDN") and closed and stage == "PLC":
                upd = closed
            apps.append([a_id, v, c[0], stage, iso(applied), iso(max(upd, applied)), f"{iso(applied)} 08:00:00", None])
            if stage == "PLC":
                start = _next_weekday(closed + dt.timedelta(days=r.randint(14, 70)))
                salary = float(r.randrange(int(lo), int(hi) + 1, 500))
                pct = companies[cid - 1][4] if r.random() < 0.8 else companies[cid - 1][4] - 2.5
                fee = round(salary * pct / 100, 2)
                inv = start if start <= LAST_DAY else None
                paid = inv + dt.timedelta(days=r.randint(20, 70)) if inv else None
                if paid and paid > LAST_DAY:
                    paid = None
                left = rebate = None
                if inv and r.random() < 0.1:
                    left = start + dt.timedelta(days=r.randint(10, 85))
                    if left > LAST_DAY:
                        left = None
                    else:
                        rebate = round(fee * 0.5, 2)
                placements.append([a_id, iso(start), salary, pct, fee, iso(inv), iso(paid), iso(left), rebate,
                                   f"{iso(closed)} 15:00:00", None])  # fmt: skip
    interviews.sort(key=lambda x: (x[2], x[0]))
    interview_rows = [(i, a, rd, iso(d), f, o, f"{iso(d)} 17:00:00", None)
                      for i, (a, rd, d, f, o) in enumerate(interviews, start=1)]  # fmt: skip
    placements.sort(key=lambda p: p[1])
    placement_rows = [(i, *p) for i, p in enumerate(placements, start=1)]
    applied_ids = {a[2] for a in apps}
    for c in candidates:
        if c[0] not in applied_ids and c[8] < dt.date(2023, 6, 1) and r.random() < 0.5:
            c[7] = 0
            c[10] = "gdpr.cleanup"
        c[8] = iso(c[8])
    write_tables(path, RECRUITMENT_DDL, [
        ("tblConsultant", consultants), ("tblClientCompany", companies), ("tblVacancy", vacancies),
        ("tblCandidate", [tuple(c) for c in candidates]), ("lkpApplicationStage", stages),
        ("tblApplication", [tuple(a) for a in apps]), ("tblInterview", interview_rows),
        ("tblPlacement", placement_rows),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# taxpractice (snake_case)
# ---------------------------------------------------------------------------------------------------------------

TAXPRACTICE_DDL = """
CREATE TABLE staff (
    staff_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL,
    hourly_rate_gbp REAL NOT NULL,
    started_on TEXT NOT NULL,
    left_on TEXT
);
CREATE TABLE clients (
    client_id INTEGER PRIMARY KEY,
    client_ref TEXT NOT NULL UNIQUE,
    client_name TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    company_number TEXT,
    year_end_month INTEGER,
    vat_registered INTEGER NOT NULL,
    manager_id INTEGER NOT NULL REFERENCES staff(staff_id),
    monthly_fee_gbp REAL NOT NULL,
    onboarded_on TEXT NOT NULL,
    left_on TEXT
);
CREATE TABLE filing_types (
    filing_type TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    authority TEXT NOT NULL,
    initial_penalty_gbp REAL
);
CREATE TABLE filings (
    filing_id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(client_id),
    filing_type TEXT NOT NULL REFERENCES filing_types(filing_type),
    period_start TEXT,
    period_end TEXT NOT NULL,
    due_date TEXT NOT NULL,
    status TEXT NOT NULL,
    prepared_by INTEGER REFERENCES staff(staff_id),
    reviewed_by INTEGER REFERENCES staff(staff_id),
    filed_on TEXT,
    tax_due_gbp REAL
);
CREATE TABLE penalties (
    penalty_id INTEGER PRIMARY KEY,
    filing_id INTEGER NOT NULL REFERENCES filings(filing_id),
    issued_on TEXT NOT NULL,
    amount_gbp REAL NOT NULL,
    appealed INTEGER NOT NULL,
    appeal_outcome TEXT,
    paid_on TEXT
);
CREATE TABLE invoices (
    invoice_id INTEGER PRIMARY KEY,
    invoice_no TEXT NOT NULL UNIQUE,
    client_id INTEGER NOT NULL REFERENCES clients(client_id),
    issued_on TEXT NOT NULL,
    net_gbp REAL NOT NULL,
    vat_gbp REAL NOT NULL,
    paid_on TEXT
);
"""


def build_taxpractice(path: Path) -> None:
    r = random.Random(12104)
    st_spec = [
        ("partner", 195, "2006-04-03", None), ("partner", 185, "2012-09-03", None),
        ("manager", 120, "2015-01-05", None), ("manager", 115, "2018-06-11", None),
        ("manager", 110, "2021-03-01", None), ("senior", 85, "2019-09-02", None),
        ("senior", 80, "2020-10-12", None), ("senior", 80, "2022-01-17", "2025-01-31"),
        ("junior", 55, "2023-09-04", None), ("junior", 55, "2024-09-02", None),
        ("junior", 50, "2022-09-05", "2024-08-30"), ("senior", 82, "2025-02-17", None),
    ]  # fmt: skip
    names = full_names(r, len(st_spec))
    staff = [
        (
            i,
            nm,
            s[0],
            f"{nm.split()[0][0].lower()}{nm.split()[1].lower()}@penroseaccountants.co.uk",
            float(s[1]),
            s[2],
            s[3],
        )
        for i, (s, nm) in enumerate(zip(st_spec, names, strict=True), start=1)
    ]
    ftypes = [
        ("ACCS", "Annual accounts", "Companies House", 150.0), ("CT600", "Corporation tax return", "HMRC", 100.0),
        ("CS01", "Confirmation statement", "Companies House", None), ("VAT", "VAT return", "HMRC", None),
        ("SA100", "Self assessment tax return", "HMRC", 100.0), ("SA800", "Partnership tax return", "HMRC", 100.0),
    ]  # fmt: skip
    cos = _companies(r, 40)
    people = full_names(r, 70, exclude=names)
    clients = []
    kinds = ["ltd"] * 34 + ["llp"] * 4 + ["sole_trader"] * 26 + ["individual"] * 22 + ["partnership"] * 8
    r.shuffle(kinds)
    ci, pi = 0, 0
    for i, kind in enumerate(kinds, start=1):
        if kind in ("ltd", "llp"):
            words = cos[ci].split()
            while words[-1] in ("Ltd", "plc", "LLP", "Group", "Co"):
                words.pop()
            nm = " ".join(words) + (" LLP" if kind == "llp" else " Ltd")
            ci += 1
            number = f"{r.randint(7000000, 15999999):08d}"
            ye = r.choice([3, 3, 3, 12, 12, 6, 9, 1, 4, 5, 8, 10])
        elif kind == "partnership":
            a, b = people[pi], people[pi + 1]
            pi += 2
            nm = f"{a.split()[1]} & {b.split()[1]}"
            number, ye = None, 4
        else:
            nm = people[pi]
            pi += 1
            number, ye = None, (4 if kind == "sole_trader" else None)
        vat = (
            1
            if (kind in ("ltd", "llp", "partnership") and r.random() < 0.6)
            or (kind == "sole_trader" and r.random() < 0.3)
            else 0
        )
        mgr = r.choice([3, 3, 4, 4, 5, 1, 2])
        fee = {"ltd": r.randrange(150, 900, 25), "llp": r.randrange(300, 900, 25),
               "sole_trader": r.randrange(60, 200, 5), "individual": r.randrange(30, 120, 5),
               "partnership": r.randrange(120, 350, 5)}[kind]  # fmt: skip
        onb = day_between(r, dt.date(2012, 1, 1), dt.date(2024, 11, 30))
        clients.append([i, f"PA{1000 + i * 3}", nm, kind, number, ye, vat, mgr, float(fee), iso(onb), None])
    # two clients left (with their later filings never made by us), one joined recently
    clients[6][9], clients[6][10] = "2016-05-03", "2024-09-30"
    clients[40][10] = "2025-03-31"
    clients[15][9] = "2025-04-14"
    filings = []

    def add(cl: list, ft: str, ps: dt.date | None, pe: dt.date, due: dt.date) -> None:
        onb, left = _d(cl[9]), _d(cl[10]) if cl[10] else None
        if due < onb + dt.timedelta(days=30) or pe < dt.date(2023, 1, 1) or pe > LAST_DAY:
            return
        if left and due > left:
            return
        filings.append([cl[0], ft, ps, pe, due])

    for cl in clients:
        kind, ye = cl[3], cl[5]
        if kind in ("ltd", "llp"):
            for y in (2022, 2023, 2024, 2025):
                pe = _month_end(y, ye)
                ps = _add_months(pe, -12) + dt.timedelta(days=1)
                add(cl, "ACCS", ps, pe, _add_months(pe, 9))
                if kind == "ltd":
                    add(cl, "CT600", ps, pe, _add_months(pe, 12))
            rev = day_between(r, dt.date(2022, 1, 1), dt.date(2022, 12, 28))
            for y in (2023, 2024, 2025):
                d = rev.replace(year=y)
                add(cl, "CS01", None, d, d + dt.timedelta(days=14))
        if kind in ("sole_trader", "individual", "partnership"):
            for y in (2023, 2024, 2025):
                pe = dt.date(y, 4, 5)
                add(cl, "SA800" if kind == "partnership" else "SA100", dt.date(y - 1, 4, 6), pe, dt.date(y + 1, 1, 31))
        if cl[6]:
            stagger = r.choice([0, 1, 2])
            for y in (2023, 2024, 2025):
                for q in range(4):
                    pe = _month_end(y, 3 * q + 1 + stagger)
                    ps = _add_months(pe, -3) + dt.timedelta(days=1)
                    add(cl, "VAT", ps, pe, _add_months(pe, 1) + dt.timedelta(days=7))
    filings.sort(key=lambda f: (f[4], f[0], f[1]))
    rows, penalties = [], []
    today = dt.date(2025, 6, 15)
    preparers = {"junior": [9, 10, 11], "senior": [6, 7, 8, 12]}

    def working(sid: int, d: dt.date) -> bool:
        s = staff[sid - 1]
        return s[5] <= iso(d) and (s[6] is None or iso(d) <= s[6])  # type: ignore[operator]

    for i, (cid, ft, ps, pe, due) in enumerate(filings, start=1):
        cl = clients[cid - 1]
        filed = None
        if due < today:
            x = r.random()
            if x < 0.86:
                filed = due - dt.timedelta(days=r.randint(1, 100))
            elif x < 0.94 or due < dt.date(2024, 10, 1):
                filed = due + dt.timedelta(days=r.randint(1, 75))
            if filed is not None:
                filed = max(filed, pe + dt.timedelta(days=7 if ft in ("CS01", "VAT") else 30))
                filed = min(filed, LAST_DAY)
        else:
            if (due - today).days < 45 and r.random() < 0.45 and pe + dt.timedelta(days=10) <= LAST_DAY:
                filed = (
                    day_between(r, pe + dt.timedelta(days=10 if ft in ("CS01", "VAT") else 30), LAST_DAY)
                    if pe + dt.timedelta(days=30) <= LAST_DAY
                    else None
                )
        if filed:
            status = "filed"
        elif (due - today).days > 90 and r.random() < 0.8:
            status = "not_started"
        else:
            status = r.choice(["in_progress", "awaiting_client", "awaiting_client", "ready_for_review", "not_started"])
        when = filed or LAST_DAY
        prep = None
        if status != "not_started" and ft != "CS01":
            pool = [s for s in (preparers["junior"] + preparers["senior"]) if working(s, when)]
            prep = r.choice(pool)
        elif ft == "CS01" and filed:
            prep = cl[7]
        rev = None
        if status == "filed" and ft in ("ACCS", "CT600", "SA100", "SA800"):
            rev = cl[7] if r.random() < 0.85 else r.choice([1, 2])
        tax = None
        if ft == "CT600":
            tax = round(r.uniform(0, 85000), 2) if r.random() < 0.8 else 0.0
        elif ft == "SA100":
            tax = round(r.uniform(0, 30000), 2)
        elif ft == "VAT":
            tax = round(r.uniform(-6000, 40000), 2)
        if status != "filed":
            tax = None
        rows.append((i, cid, ft, iso(ps), iso(pe), iso(due), status, prep, rev, iso(filed), tax))
        late_days = ((filed or today) - due).days
        if late_days > 0 and ft in ("ACCS", "CT600", "SA100", "SA800") and due + dt.timedelta(days=20) <= LAST_DAY:
            amt = (150.0 if late_days <= 31 else (375.0 if late_days <= 92 else 750.0)) if ft == "ACCS" else 100.0
            issued = due + dt.timedelta(days=r.randint(10, 20))
            appealed = 1 if r.random() < 0.35 else 0
            outcome = r.choice(["cancelled", "upheld", None]) if appealed else None
            paid = None
            if outcome != "cancelled" and r.random() < 0.7:
                paid = issued + dt.timedelta(days=r.randint(5, 40))
                paid = paid if paid <= LAST_DAY else None
            penalties.append((len(penalties) + 1, i, iso(issued), amt, appealed, outcome, iso(paid)))
    invoices = []
    for cl in clients:
        onb, left = _d(cl[9]), _d(cl[10]) if cl[10] else None
        for y, q in [(2024, 1), (2024, 2), (2024, 3), (2024, 4), (2025, 1), (2025, 2)]:
            d = dt.date(y, 3 * q - 2, 1)
            if d < onb or (left and d > left) or d > LAST_DAY:
                continue
            net = round(cl[8] * 3 * r.choice([1, 1, 1, 1, 1.1, 1.25]), 2)
            paid = d + dt.timedelta(days=r.randint(3, 60))
            paid_on = iso(paid) if paid <= LAST_DAY and r.random() < 0.95 else None
            invoices.append([cl[0], d, net, round(net * 0.2, 2), paid_on])
    invoices.sort(key=lambda x: (x[1], x[0]))
    inv_rows = [
        (i, f"INV{x[1].year}-{i:05d}", x[0], iso(x[1]), x[2], x[3], x[4]) for i, x in enumerate(invoices, start=1)
    ]
    write_tables(path, TAXPRACTICE_DDL, [
        ("staff", staff), ("clients", [tuple(c) for c in clients]), ("filing_types", ftypes), ("filings", rows),
        ("penalties", penalties), ("invoices", inv_rows),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# translation (snake_case)
# ---------------------------------------------------------------------------------------------------------------

TRANSLATION_DDL = """
CREATE TABLE languages (
    lang_code TEXT PRIMARY KEY,
    lang_name TEXT NOT NULL
);
CREATE TABLE translators (
    translator_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    country TEXT NOT NULL,
    native_lang TEXT NOT NULL REFERENCES languages(lang_code),
    rate_per_word_eur REAL NOT NULL,
    is_sworn INTEGER NOT NULL,
    active INTEGER NOT NULL,
    joined_on TEXT NOT NULL
);
CREATE TABLE translator_pairs (
    translator_id INTEGER NOT NULL REFERENCES translators(translator_id),
    source_lang TEXT NOT NULL REFERENCES languages(lang_code),
    target_lang TEXT NOT NULL REFERENCES languages(lang_code),
    qualified_since TEXT NOT NULL,
    PRIMARY KEY (translator_id, source_lang, target_lang)
);
CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    customer_name TEXT NOT NULL,
    sector TEXT NOT NULL,
    country TEXT NOT NULL,
    created_on TEXT NOT NULL
);
CREATE TABLE jobs (
    job_id INTEGER PRIMARY KEY,
    job_ref TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    source_lang TEXT NOT NULL REFERENCES languages(lang_code),
    target_lang TEXT NOT NULL REFERENCES languages(lang_code),
    subject TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    ordered_on TEXT NOT NULL,
    deadline TEXT NOT NULL,
    delivered_on TEXT,
    status TEXT NOT NULL,
    price_eur REAL NOT NULL,
    is_rush INTEGER NOT NULL,
    needs_certification INTEGER NOT NULL
);
CREATE TABLE assignments (
    assignment_id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES jobs(job_id),
    translator_id INTEGER NOT NULL REFERENCES translators(translator_id),
    task TEXT NOT NULL,
    words INTEGER NOT NULL,
    fee_eur REAL NOT NULL,
    assigned_on TEXT NOT NULL,
    submitted_on TEXT
);
CREATE TABLE quality_reviews (
    review_id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments(assignment_id),
    reviewer_id INTEGER NOT NULL REFERENCES translators(translator_id),
    reviewed_on TEXT NOT NULL,
    score INTEGER NOT NULL,
    major_errors INTEGER NOT NULL,
    minor_errors INTEGER NOT NULL
);
"""


def build_translation(path: Path) -> None:
    r = random.Random(12105)
    langs = [("en", "English"), ("de", "German"), ("fr", "French"), ("es", "Spanish"), ("it", "Italian"),
             ("nl", "Dutch"), ("pl", "Polish"), ("pt", "Portuguese"), ("ja", "Japanese"), ("zh", "Chinese"),
             ("ar", "Arabic"), ("sv", "Swedish")]  # fmt: skip
    country_of = {"en": "United Kingdom", "de": "Germany", "fr": "France", "es": "Spain", "it": "Italy",
                  "nl": "Netherlands", "pl": "Poland", "pt": "Portugal", "ja": "Japan", "zh": "China",
                  "ar": "Egypt", "sv": "Sweden"}  # fmt: skip
    natives = (
        ["de"] * 6
        + ["fr"] * 5
        + ["es"] * 4
        + ["it"] * 3
        + ["nl"] * 3
        + ["pl"] * 2
        + ["pt"] * 2
        + ["ja"] * 2
        + ["zh"] * 2
        + ["en"] * 6
        + ["ar"]
    )
    names = full_names(r, len(natives))
    translators, pairs = [], []
    for i, (nat, nm) in enumerate(zip(natives, names, strict=True), start=1):
        joined = day_between(r, dt.date(2014, 1, 1), dt.date(2024, 12, 31))
        if i == 36:
            joined = dt.date(2025, 4, 7)
        rate = round(r.uniform(0.06, 0.14) + (0.03 if nat in ("ja", "zh", "ar") else 0), 3)
        country = country_of[nat] if r.random() < 0.8 else r.choice(["Belgium", "Switzerland", "Austria", "Ireland",
                                                                     "Canada", "Argentina"])  # fmt: skip
        translators.append([i, nm, f"{nm.split()[0].lower()}@{nm.split()[1].lower()}-translations.eu", country, nat,
                            rate, 1 if r.random() < 0.3 else 0, 1, iso(joined)])  # fmt: skip
        if nat == "en":
            srcs = r.sample(["de", "fr", "es", "it", "nl"], r.randint(1, 3))
            for s in srcs:
                pairs.append((i, s, "en", iso(joined)))
        else:
            pairs.append((i, "en", nat, iso(joined)))
            if r.random() < 0.55:
                s = r.choice([x for x in ["de", "fr", "es"] if x != nat])
                pairs.append((i, s, nat, iso(joined + dt.timedelta(days=r.randint(0, 900)))))
            if r.random() < 0.2 and nat in ("de", "fr", "es", "it", "nl"):
                pairs.append((i, nat, "en", iso(joined + dt.timedelta(days=r.randint(0, 400)))))
    for t in translators:
        if t[0] in (5, 22):
            t[7] = 0
    # the Swedish pair is offered by no one: sv only appears in the language list
    pair_set = sorted({(p[1], p[2]) for p in pairs})
    customers = []
    cos = _companies(r, 28)
    sectors = ["legal", "medical", "technical", "marketing", "financial"]
    for i, nm in enumerate(cos, start=1):
        customers.append((i, nm, r.choice(["Law firm", "Pharmaceuticals", "Manufacturing", "E-commerce", "Bank",
                                           "Software", "Insurance"]), r.choice(["United Kingdom", "Germany", "France",
                                           "Netherlands", "Ireland"]), iso(day_between(r, dt.date(2018, 1, 1),
                                           dt.date(2025, 3, 1)))))  # fmt: skip
    cust_subject = {c[0]: {"Law firm": "legal", "Pharmaceuticals": "medical", "Manufacturing": "technical",
                           "E-commerce": "marketing", "Bank": "financial", "Software": "technical",
                           "Insurance": "financial"}[c[2]] for c in customers}  # fmt: skip
    jobs, assigns, reviews = [], [], []
    days = sorted(day_between(r, dt.date(2024, 1, 2), dt.date(2025, 6, 13)) for _ in range(640))
    pair_w = {p: (6 if p[0] == "en" and p[1] in ("de", "fr", "es") else (4 if p[1] == "en" else 2)) for p in pair_set}
    for j, od in enumerate(days, start=1):
        cid = r.choice([c[0] for c in customers if c[4] <= iso(od)] or [1])
        if cid in (27, 28):
            cid = 3
        src, tgt = r.choices(pair_set, weights=[pair_w[p] for p in pair_set])[0]
        subject = cust_subject[cid] if r.random() < 0.75 else r.choice(sectors)
        words = r.choice([r.randint(150, 900), r.randint(900, 4000), r.randint(4000, 15000)])
        rush = 1 if r.random() < 0.12 else 0
        cert = 1 if subject == "legal" and r.random() < 0.4 else 0
        span = max(2, words // (2500 if rush else 1500)) + (0 if rush else r.randint(2, 6))
        deadline = od + dt.timedelta(days=span)
        price = round(max(45.0, words * r.uniform(0.13, 0.2) * (1.35 if rush else 1.0) * (1.15 if cert else 1.0)), 2)
        eligible = [p[0] for p in pairs if (p[1], p[2]) == (src, tgt) and p[3] <= iso(od)
                    and translators[p[0] - 1][7] == 1 and (not cert or translators[p[0] - 1][6] == 1)]  # fmt: skip
        if not eligible:
            cert = 0
            eligible = [p[0] for p in pairs if (p[1], p[2]) == (src, tgt) and p[3] <= iso(od)]
        if not eligible:
            continue
        x = r.random()
        if (LAST_DAY - od).days < 10 and x < 0.35:
            status = "quoted"
        elif x < 0.05:
            status = "cancelled"
        elif x < 0.08 and (LAST_DAY - od).days < 60:
            status = "quoted"
        elif deadline + dt.timedelta(days=2) < LAST_DAY or r.random() < 0.3:
            status = "delivered"
        else:
            status = "in_progress"
        delivered = None
        if status == "delivered":
            delivered = (
                deadline - dt.timedelta(days=r.randint(0, min(3, span - 1)))
                if r.random() < 0.88
                else deadline + dt.timedelta(days=r.randint(1, 5))
            )
            delivered = min(max(delivered, od + dt.timedelta(days=1)), LAST_DAY)
        jobs.append((j, f"TJ-{od.year % 100}-{j:04d}", cid, src, tgt, subject, words, iso(od), iso(deadline),
                     iso(delivered), status, price, rush, cert))  # fmt: skip
        if status == "quoted":
            continue
        assigned = od + dt.timedelta(days=r.choice([0, 0, 1]))
        split = words > 6000 and len(eligible) > 1 and r.random() < 0.7
        team = r.sample(eligible, 2) if split else [r.choice(eligible)]
        parts = [words // 2, words - words // 2] if split else [words]
        t_ids = []
        for t, w in zip(team, parts, strict=True):
            sub = None
            if status == "delivered":
                sub = delivered - dt.timedelta(days=r.randint(1, 2) if delivered - od > dt.timedelta(days=2) else 0)
            elif status == "in_progress" and r.random() < 0.3:
                sub = min(LAST_DAY, assigned + dt.timedelta(days=r.randint(1, 3)))
            rate = translators[t - 1][5]
            assigns.append([len(assigns) + 1, j, t, "translation", w, round(w * rate, 2), iso(assigned), iso(sub)])
            t_ids.append(len(assigns))
        if status == "delivered" and r.random() < 0.6:
            proof = [p[0] for p in pairs if p[2] == tgt and p[0] not in team and translators[p[0] - 1][7] == 1]
            if proof:
                pr = r.choice(proof)
                sub = delivered
                assigns.append([len(assigns) + 1, j, pr, "proofreading", words,
                                round(words * translators[pr - 1][5] * 0.35, 2), iso(assigned), iso(sub)])  # fmt: skip
                for a in t_ids:
                    if r.random() < 0.6:
                        base = 96 if translators[assigns[a - 1][2] - 1][0] % 5 else 84
                        major = max(0, int(r.gauss(0.4 if base > 90 else 1.6, 0.8)))
                        minor = max(0, int(r.gauss(3 if base > 90 else 6, 2)))
                        score = max(55, min(100, base - major * 6 - minor + r.randint(-3, 3)))
                        reviews.append((len(reviews) + 1, a, pr, iso(delivered), score, major, minor))
    write_tables(path, TRANSLATION_DDL, [
        ("languages", langs), ("translators", [tuple(t) for t in translators]), ("translator_pairs", pairs),
        ("customers", customers), ("jobs", jobs), ("assignments", [tuple(a) for a in assigns]),
        ("quality_reviews", reviews),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# notaryoffice (long descriptive names)
# ---------------------------------------------------------------------------------------------------------------

NOTARY_DDL = """
CREATE TABLE notary_office_employee (
    employee_number INTEGER PRIMARY KEY,
    full_name_of_the_employee TEXT NOT NULL,
    role_of_the_employee TEXT NOT NULL,
    supervising_notary_employee_number INTEGER REFERENCES notary_office_employee(employee_number),
    date_the_employee_started TEXT NOT NULL,
    date_the_employee_left TEXT
);
CREATE TABLE client_of_the_office (
    client_number INTEGER PRIMARY KEY,
    full_name_or_company_name TEXT NOT NULL,
    client_is_a_company INTEGER NOT NULL,
    city_where_the_client_lives TEXT,
    date_of_birth_of_the_client TEXT,
    date_the_client_was_first_registered TEXT NOT NULL
);
CREATE TABLE kind_of_deed (
    kind_of_deed_code TEXT PRIMARY KEY,
    description_of_the_kind_of_deed TEXT NOT NULL,
    standard_fee_in_euros REAL NOT NULL,
    must_be_entered_in_the_land_registry INTEGER NOT NULL
);
CREATE TABLE appointment_at_the_office (
    appointment_number INTEGER PRIMARY KEY,
    client_number INTEGER NOT NULL REFERENCES client_of_the_office(client_number),
    employee_number INTEGER NOT NULL REFERENCES notary_office_employee(employee_number),
    date_and_time_of_the_appointment TEXT NOT NULL,
    length_of_the_appointment_in_minutes INTEGER NOT NULL,
    reason_for_the_appointment TEXT NOT NULL,
    outcome_of_the_appointment TEXT NOT NULL
);
CREATE TABLE notarial_deed (
    deed_number INTEGER PRIMARY KEY,
    deed_reference_in_the_register TEXT NOT NULL UNIQUE,
    kind_of_deed_code TEXT NOT NULL REFERENCES kind_of_deed(kind_of_deed_code),
    executing_notary_employee_number INTEGER NOT NULL REFERENCES notary_office_employee(employee_number),
    date_the_deed_was_signed TEXT NOT NULL,
    value_of_the_transaction_in_euros REAL,
    fee_charged_in_euros REAL NOT NULL,
    date_the_deed_was_entered_in_the_land_registry TEXT
);
CREATE TABLE party_to_the_deed (
    deed_number INTEGER NOT NULL REFERENCES notarial_deed(deed_number),
    client_number INTEGER NOT NULL REFERENCES client_of_the_office(client_number),
    role_of_the_party_in_the_deed TEXT NOT NULL,
    PRIMARY KEY (deed_number, client_number)
);
CREATE TABLE payment_received_for_a_deed (
    payment_number INTEGER PRIMARY KEY,
    deed_number INTEGER NOT NULL REFERENCES notarial_deed(deed_number),
    date_the_payment_was_received TEXT NOT NULL,
    amount_received_in_euros REAL NOT NULL,
    way_the_payment_was_made TEXT NOT NULL
);
"""


def build_notaryoffice(path: Path) -> None:
    r = random.Random(12106)
    emp_spec = [
        ("notary", None, "2004-02-01", None), ("notary", 1, "2013-09-01", None),
        ("junior notary", 1, "2019-03-01", None),
        ("junior notary", 2, "2022-10-03", None), ("notarial clerk", 2, "2016-05-09", None),
        ("notarial clerk", 1, "2020-01-13", None), ("notarial clerk", 3, "2021-06-01", "2024-10-31"),
        ("receptionist", 1, "2018-04-16", None), ("notarial clerk", 4, "2024-11-18", None),
    ]  # fmt: skip
    names = full_names(r, len(emp_spec))
    emps = [(i, nm, s[0], s[1], s[2], s[3]) for i, (s, nm) in enumerate(zip(emp_spec, names, strict=True), start=1)]
    kinds = [
        ("TRANSFER", "Transfer of real property", 1200.0, 1), ("MORTGAGE", "Mortgage deed", 750.0, 1),
        ("WILL", "Last will and testament", 350.0, 0), ("POA", "Power of attorney", 180.0, 0),
        ("INCORP", "Incorporation of a private limited company", 950.0, 0),
        ("PRENUP", "Prenuptial agreement", 650.0, 0), ("GIFT", "Deed of gift", 500.0, 0),
        ("SEPARATION", "Division of jointly owned property", 900.0, 1),
    ]  # fmt: skip
    cities = ["Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten", "Bilthoven", "Maarssen", None]
    people = full_names(r, 640, exclude=names)
    clients = []
    for i, nm in enumerate(people, start=1):
        born = day_between(r, dt.date(1938, 1, 1), dt.date(2004, 12, 31))
        reg = day_between(r, dt.date(2010, 1, 1), dt.date(2025, 6, 10))
        clients.append([i, nm, 0, r.choice(cities), iso(born) if r.random() < 0.93 else None, iso(reg)])
    banks = ["Domstad Hypotheekbank", "Northern Mortgage Bank", "Coastal Building Society", "Vechtstreek Savings Bank"]
    for nm in banks + [c.replace(" Ltd", " B.V.").replace(" plc", " N.V.") for c in _companies(r, 16)]:
        clients.append([len(clients) + 1, nm, 1, r.choice(cities[:-1]), None,
                        iso(day_between(r, dt.date(2010, 1, 1), dt.date(2022, 12, 31)))])  # fmt: skip
    bank_ids = [c[0] for c in clients if c[1] in banks]
    company_ids = [c[0] for c in clients if c[2] == 1 and c[0] not in bank_ids]
    person_ids = [c[0] for c in clients if c[2] == 0]
    roles = {"TRANSFER": ["seller", "buyer"], "MORTGAGE": ["borrower", "lender"], "WILL": ["testator"],
             "POA": ["grantor", "attorney"], "INCORP": ["founder"], "PRENUP": ["spouse", "spouse"],
             "GIFT": ["donor", "recipient"], "SEPARATION": ["co-owner", "co-owner"]}  # fmt: skip
    kind_w = {"TRANSFER": 22, "MORTGAGE": 18, "WILL": 20, "POA": 12, "INCORP": 6, "PRENUP": 7, "GIFT": 6,
              "SEPARATION": 3}  # fmt: skip
    deeds, parties, appts, payments = [], [], [], []
    signed_days = sorted(_next_weekday(day_between(r, dt.date(2023, 1, 2), dt.date(2025, 6, 13))) for _ in range(540))
    seq: dict[int, int] = {}
    used_people: set[int] = set()
    quiet = set(r.sample(person_ids, 90))  # clients with appointments only

    def working(e: int, d: dt.date) -> bool:
        x = emps[e - 1]
        return x[4] <= iso(d) and (x[5] is None or iso(d) <= x[5])

    for dno, sd in enumerate(signed_days, start=1):
        kind = r.choices(list(kind_w), weights=list(kind_w.values()))[0]
        seq[sd.year] = seq.get(sd.year, 0) + 1
        notary = r.choices([1, 2, 3, 4], weights=[45, 40, 10, 5])[0]
        if not working(notary, sd):
            notary = 1
        value = None
        if kind in ("TRANSFER", "SEPARATION"):
            value = float(r.randrange(185_000, 1_250_000, 1000))
        elif kind == "MORTGAGE":
            value = float(r.randrange(120_000, 900_000, 1000))
        elif kind == "GIFT":
            value = float(r.randrange(5_000, 150_000, 500))
        elif kind == "INCORP":
            value = float(r.choice([1, 100, 1000, 18000]))
        std = kinds[[k[0] for k in kinds].index(kind)][2]
        fee = std if value is None or kind in ("INCORP",) else round(max(std, value * r.uniform(0.0009, 0.0013)), 2)
        if kind == "WILL" and r.random() < 0.3:
            fee = std + 150.0  # a will with a trust clause
        reg = None
        if kind in ("TRANSFER", "MORTGAGE", "SEPARATION"):
            rd = sd + dt.timedelta(days=r.randint(1, 9))
            reg = iso(rd) if rd <= LAST_DAY and r.random() < 0.97 else None
        deeds.append((dno, f"{sd.year}/{seq[sd.year]:04d}", kind, notary, iso(sd), value, fee, reg))
        pool = [p for p in person_ids if p not in quiet and clients[p - 1][5] <= iso(sd)]
        who = []
        for role in roles[kind]:
            if role == "lender":
                who.append((r.choice(bank_ids), role))
            elif kind == "INCORP":
                for p in r.sample(pool, r.choice([1, 1, 2, 3])):
                    who.append((p, role))
            elif role == "buyer" and r.random() < 0.45:
                for p in r.sample([x for x in pool if x not in [w[0] for w in who]], 2):
                    who.append((p, role))
            elif role == "seller" and r.random() < 0.15:
                who.append((r.choice(company_ids), role))
            else:
                who.append((r.choice([x for x in pool if x not in [w[0] for w in who]]), role))
        for p, role in who:
            parties.append((dno, p, role))
            used_people.add(p)
        # the signing appointment and, for most deeds, a preparatory meeting
        main = who[0][0]
        t = f"{r.choice([9, 10, 11, 13, 14, 15, 16]):02d}:{r.choice([0, 30]):02d}"
        appts.append([main, notary, f"{iso(sd)} {t}", r.choice([30, 45, 60]), "signing of the deed", "attended"])
        prep = _next_weekday(sd - dt.timedelta(days=r.randint(7, 40)))
        if r.random() < 0.75 and clients[main - 1][5] <= iso(prep):
            staff_pool = [e for e in (notary, 3, 4, 5, 6, 7, 9) if working(e, prep)]
            e = r.choice(staff_pool)
            x = r.random()
            appts.append([main, e, f"{iso(prep)} {r.choice(['09:00', '10:30', '11:15', '14:00', '15:30'])}",
                          r.choice([30, 45, 60, 90]), "preparatory meeting",
                          "attended" if x < 0.9 else ("cancelled" if x < 0.96 else "no show")])  # fmt: skip
    # consultations that led to no deed, and appointments booked ahead
    for _ in range(260):
        d = _next_weekday(day_between(r, dt.date(2023, 1, 2), dt.date(2025, 7, 4)))
        c = r.choice(person_ids)
        if clients[c - 1][5] > iso(d):
            continue
        e = r.choice([x for x in (1, 2, 3, 4, 5, 6, 7, 9) if working(x, min(d, LAST_DAY))])
        if d > LAST_DAY:
            outcome = "booked"
        else:
            x = r.random()
            outcome = "attended" if x < 0.82 else ("cancelled" if x < 0.93 else "no show")
        at = f"{iso(d)} {r.choice(['09:00', '09:30', '10:00', '11:00', '13:30', '14:30', '16:00'])}"
        length = r.choice([15, 30, 30, 45, 60])
        why = r.choice(["first consultation", "estate planning advice", "question about a will",
                        "advice on buying a house", "company formation advice"])  # fmt: skip
        appts.append([c, e, at, length, why, outcome])
    for dno, _ref, kind, _notary, sd, _value, fee, _reg in deeds:
        s = _d(sd)
        x = r.random()
        if s > dt.date(2025, 5, 20) and x < 0.5:
            continue
        if kind in ("TRANSFER", "MORTGAGE") or x < 0.7:
            d = s if kind in ("TRANSFER", "MORTGAGE") else s + dt.timedelta(days=r.randint(3, 35))
            if d <= LAST_DAY:
                how = ("escrow" if kind in ("TRANSFER", "MORTGAGE")
                       else r.choice(["bank transfer", "bank transfer", "card"]))  # fmt: skip
                payments.append([dno, d, fee, how])
        elif x < 0.9:
            half = round(fee / 2, 2)
            d1 = s + dt.timedelta(days=r.randint(0, 10))
            d2 = d1 + dt.timedelta(days=r.randint(20, 60))
            if d1 <= LAST_DAY:
                payments.append([dno, d1, half, r.choice(["card", "cash", "bank transfer"])])
            if d2 <= LAST_DAY:
                payments.append([dno, d2, round(fee - half, 2), "bank transfer"])
        elif x < 0.95:
            d1 = s + dt.timedelta(days=r.randint(5, 30))
            if d1 <= LAST_DAY:
                payments.append([dno, d1, round(fee * 0.5, 2), "bank transfer"])
    payments.sort(key=lambda p: (p[1], p[0]))
    pay_rows = [(i, p[0], iso(p[1]), p[2], p[3]) for i, p in enumerate(payments, start=1)]
    appts.sort(key=lambda a: (a[2], a[1]))
    appt_rows = [(i, *a) for i, a in enumerate(appts, start=1)]
    write_tables(path, NOTARY_DDL, [
        ("notary_office_employee", emps), ("client_of_the_office", [tuple(c) for c in clients]),
        ("kind_of_deed", kinds),
        ("appointment_at_the_office", appt_rows), ("notarial_deed", deeds), ("party_to_the_deed", parties),
        ("payment_received_for_a_deed", pay_rows),
    ])  # fmt: skip


BUILDERS = {
    "lawfirm": build_lawfirm,
    "archstudio": build_archstudio,
    "recruitment": build_recruitment,
    "taxpractice": build_taxpractice,
    "translation": build_translation,
    "notaryoffice": build_notaryoffice,
}
