"""Six synthetic databases of insurance, banking back offices and personal finance for the 117th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Dates are ISO text ('YYYY-MM-DD') except in ``corebank``, whose dates are integers
YYYYMMDD (20250614).  Two schemas are legacy mainframe (COBOL) exports with UPPER_CASE abbreviated names (``_NBR``
number, ``_NM`` name, ``_DT`` date, ``_CD`` code, ``_AMT`` amount, ``_FLG`` 'Y'/'N' flag); two are plain snake_case;
two use singular table names with ``<table>_key`` surrogate keys.

motorclaims -- a US motor insurer's policy and claims system (mainframe export; amounts DECIMAL in US dollars),
    policies effective 2023-01-01 to 2025-06-10, claims reported 2023 to 2025-06-14
    CUST_MSTR: policyholders.  CUST_NBR: customer number; CUST_LAST_NM / CUST_FRST_NM: last and first name;
        BIRTH_DT: date of birth (NULL when missing from the legacy record); ST_CD: US state of residence ('OH' Ohio,
        'IN' Indiana, 'MI' Michigan, 'KY' Kentucky, 'PA' Pennsylvania); ZIP_CD: ZIP code; CUST_SINCE_DT: date they
        became a customer; PAPERLESS_FLG: 'Y' = paperless documents.
    ADJ_MSTR: claim adjusters.  ADJ_NBR; ADJ_LAST_NM; ADJ_FRST_NM; ADJ_LVL_CD: '1' desk adjuster, '2' field
        adjuster, '3' senior (complex) adjuster; HIRE_DT; ACTV_FLG: 'Y' = still active, 'N' = no longer active (left).
    POL_MSTR: auto policies, one row per policy (its current or last 12-month term).  POL_NBR ('PA4100033');
        CUST_NBR -> CUST_MSTR; PROD_CD: 'PPA' private passenger auto, 'MCY' motorcycle, 'CAU' commercial auto;
        POL_EFF_DT / POL_EXP_DT: term start and end (one year later); POL_STAT_CD: 'A' active (in force), 'E' expired
        (term ended, not renewed), 'C' cancelled at the insured's request, 'L' lapsed (cancelled for non-payment);
        CNCL_DT: cancellation date ('C' and 'L' only, else NULL); ANNL_PREM_AMT: annual premium in USD; DEDUCT_AMT:
        deductible in USD; MULTI_VEH_FLG: 'Y' = the policy covers more than one vehicle.
    VEH_MSTR: vehicles on a policy.  VEH_ID; POL_NBR -> POL_MSTR; VIN_NBR: vehicle identification number;
        VEH_MAKE_NM ('FORD'); VEH_MDL_NM ('ESCAPE'); VEH_YR: model year; VEH_USE_CD: 'P' pleasure, 'C' commute,
        'B' business.
    LOSS_CAUSE: lookup of causes of loss.  CAUSE_CD: 'COLL' collision, 'GLAS' glass breakage, 'ANML' animal strike,
        'HAIL' hail/windstorm, 'THFT' theft, 'VAND' vandalism, 'FIRE' fire, 'FLOD' flood; CAUSE_DESC (upper case,
        'COLLISION').
    CLM_HDR: claims.  CLM_NBR ('C2400316'); POL_NBR -> POL_MSTR; VEH_ID -> VEH_MSTR (the vehicle involved, NULL when
        not recorded); LOSS_DT: date of the loss (accident, theft ...); RPT_DT: date the claim was reported;
        CAUSE_CD -> LOSS_CAUSE; CLM_STAT_CD: 'O' open, 'C' closed (settled), 'D' denied, 'W' withdrawn, 'R' reopened
        (open again after being closed); ADJ_NBR -> ADJ_MSTR (NULL = no adjuster assigned yet); RSRV_AMT: outstanding
        reserve in USD (expected further payments; 0 once closed, denied or withdrawn); CLSD_DT: date closed,
        denied or withdrawn (NULL for open and reopened claims); INJ_FLG: 'Y' = bodily injury involved;
        TOT_LOSS_FLG: 'Y' = the vehicle was a total loss; SIU_FLG: 'Y' = referred to the special investigations unit
        (SIU, suspected fraud).
    CLM_PMT: payments made on claims.  PMT_ID; CLM_NBR -> CLM_HDR; PMT_DT: payment date; PMT_TYP_CD: 'I' indemnity
        (loss payment to the insured, a repair shop or a hospital), 'E' expense (towing, appraisal, investigation);
        PMT_AMT: USD; PAYEE_NM: who was paid (upper case; 'INSURED' = the policyholder).

corebank -- a savings bank's deposit back office (mainframe export; dates are INTEGER YYYYMMDD, amounts REAL in
    USD)
    BRCH_MSTR: branches.  BRCH_CD ('001'..'006'); BRCH_NM ('Main Street', 'Riverside', 'Northgate', 'Airport
        Road', 'Old Town', 'Westfield'); CITY_NM; REGN_CD: region 'C' central, 'N' north, 'E' east, 'W' west;
        OPEN_DT: date the branch opened.
    PROD_MSTR: deposit products.  PROD_CD: 'CHK1' Everyday Checking, 'CHK2' Premier Checking, 'BCHK' Business
        Checking, 'SAV1' Statement Savings, 'SAV2' High Yield Savings, 'YSAV' Youth Savings, 'CD12' / 'CD24' 12- and
        24-month certificates of deposit; PROD_DESC: the product's name; PROD_GRP_CD: 'DDA' checking (demand
        deposit), 'SAV' savings, 'TDA' time deposit (certificate of deposit, CD); MNTH_FEE_AMT: monthly service fee in
        USD (charged in months the balance fell below the minimum); MIN_BAL_AMT: minimum balance in USD.
    CUST_MSTR: customers.  CUST_NBR; CUST_TYP_CD: 'I' individual, 'B' business; CUST_LAST_NM: last name, or the
        business name for a business; CUST_FRST_NM: first name (NULL for businesses); BIRTH_DT: YYYYMMDD (NULL for
        businesses and some individuals); HOME_BRCH_CD -> BRCH_MSTR; CUST_OPEN_DT: YYYYMMDD the customer
        relationship began; EMAIL_OPTIN_FLG: 'Y' = agreed to marketing e-mail.
    ACCT_MSTR: deposit accounts.  ACCT_NBR: the account number; PROD_CD -> PROD_MSTR; BRCH_CD -> BRCH_MSTR (the
        branch holding the account); OPEN_DT / CLOSE_DT: YYYYMMDD (CLOSE_DT NULL unless closed); ACCT_STAT_CD: 'A'
        active, 'D' dormant (no customer activity for a long time), 'F' frozen (legal or fraud hold), 'C' closed;
        CUR_BAL_AMT: current balance in USD (negative = overdrawn; 0 when closed); OD_LMT_AMT: overdraft limit in USD;
        INT_RT_PCT: annual interest rate in percent; MAT_DT: maturity date YYYYMMDD (certificates of deposit only).
    ACCT_OWNR: who owns each account (an account can have several owners, a customer several accounts).
        ACCT_NBR -> ACCT_MSTR; CUST_NBR -> CUST_MSTR; OWNR_ROLE_CD: 'P' primary owner, 'J' joint owner.
    TXN_CD_MSTR: lookup of transaction codes.  TXN_CD: 'DEP' deposit, 'WDL' withdrawal, 'CHQ' cheque paid, 'FEE'
        monthly service fee, 'NSF' returned item (insufficient funds) fee, 'INT' interest credit, 'WIR' outgoing wire
        transfer; TXN_DESC; DR_CR_IND: 'C' credit (money in) or 'D' debit (money out).
    TXN_HIST: postings of the last twelve months kept online (2024-07-01 to 2025-06-14).  TXN_SEQ_NBR;
        ACCT_NBR -> ACCT_MSTR; POST_DT: YYYYMMDD; TXN_CD -> TXN_CD_MSTR; TXN_AMT: USD, always positive (the code says
        in or out); CHNL_CD: channel 'BR' branch counter, 'ATM', 'MOB' mobile app, 'ONL' online banking, 'ACH'
        electronic (payroll) transfer, 'CLR' cheque clearing, 'SYS' posted by the system (fees, interest).

brokernet -- a network of commercial insurance brokers (snake_case; USD), policies effective 2023-07-01 to
    2025-06-10
    brokers: agencies and their producers (self-reference).  id; name (an agency's or a person's); broker_type:
        'agency' or 'producer' (an individual broker); parent_broker_id -> brokers (the agency a producer or
        sub-agency reports to; NULL for the four top-level agencies); license_number; state (US state code);
        commission_rate: base commission in percent of premium; override_rate: override commission in percent
        that an agency earns on premium written by the brokers directly under it (NULL for producers); status:
        'active', 'suspended' or 'terminated'; joined_on; left_on (NULL unless terminated).
    insurers: the carriers policies are placed with.  id; name ('Travelers', 'Chubb' ...); am_best_rating: AM Best
        financial strength rating ('A++', 'A+', 'A', 'A-'); hq_state.
    clients: insured businesses.  id; name ('Moreau Bistro'); industry: 'construction', 'retail', 'restaurant',
        'manufacturing', 'healthcare', 'technology' or 'transportation'; state; employee_count (NULL = unknown);
        created_on.
    policies: id; policy_number ('BN-2024-0153'); client_id -> clients; insurer_id -> insurers; broker_id -> brokers
        (the writing broker); line_of_business: 'property', 'general_liability', 'workers_comp', 'commercial_auto',
        'cyber' or 'professional_liability'; effective_date; expiry_date (one year later); annual_premium: USD;
        billing_plan: 'monthly' (12 installments) or 'annual' (one); status: 'active', 'expired' or 'cancelled';
        cancelled_on; cancel_reason: 'non_payment', 'client_request', 'sold_business' or 'insurer_nonrenewal' (NULL
        unless cancelled).
    premium_installments: the premium billed per month (or once a year).  id; policy_id -> policies;
        installment_no: 1-12; due_date; amount: USD; paid_on: date paid (NULL = not paid).  The whole schedule is
        listed, so installments due after today are unpaid; a cancelled policy has none due after its cancellation.
    commissions: commission earned when an installment is paid.  id; installment_id -> premium_installments;
        broker_id -> brokers (who earns it); commission_type: 'base' (the writing broker, at its commission_rate) or
        'override' (the writing broker's direct parent agency, at that agency's override_rate); amount: USD;
        earned_on: the date the installment was paid.

loanservicing -- a lender's consumer and small-business loan servicing (snake_case; USD), loans disbursed 2021 to
    2025-05-30
    loan_officers: id; first_name; last_name; branch: 'Downtown', 'Eastside' or 'Lakeview'; hired_on; left_on
        (NULL = still employed).
    borrowers: id; first_name; last_name; date_of_birth; city; credit_score (300-850 scale); annual_income: USD
        (NULL = not stated); created_on.  Some borrowers have no loan (applications that were declined).
    loan_products: code: 'PERS' personal loan, 'AUTO' auto loan, 'HOME' home improvement loan, 'SMB' small business
        term loan, 'DEBT' debt consolidation loan, 'STUD' student loan refinance; name; max_term_months; secured:
        1 = secured by collateral.
    loans: id; loan_number ('LN-24-00026'); borrower_id -> borrowers; product_code -> loan_products; officer_id ->
        loan_officers (who originated it); principal: amount lent in USD; interest_rate: annual percent;
        term_months; monthly_payment: USD; disbursed_on; status: 'current' (nothing overdue), 'delinquent' (an
        installment is past due and unpaid), 'paid_off', 'charged_off' (written off after four missed installments);
        closed_on: date paid off or charged off (NULL otherwise).
    repayments: the installment schedule up to 2025-06-30.  id; loan_id -> loans; installment_no; due_date;
        amount_due: USD; paid_on: date paid (NULL = not paid); amount_paid: USD (NULL when unpaid); late_fee: USD
        25.00 when paid more than 10 days late or still unpaid more than 10 days after the due date, else 0.
        A charged-off loan has no rows after its fourth missed installment.
    collection_calls: calls to borrowers about late installments.  id; loan_id -> loans; officer_id -> loan_officers
        (who called); called_at ('YYYY-MM-DD HH:MM'); outcome: 'no_answer', 'left_message', 'promise_to_pay',
        'dispute' or 'wrong_number'.

lifecover -- a UK life and protection insurer (singular tables, ``<table>_key`` surrogate keys; money in GBP),
    policies issued 2008 to 2025-05-28, premiums due from 2024-07 to 2025-06, claims 2022 to 2025-06-14
    customer: customer_key; customer_ref ('LC700037'); first_name; last_name; birth_date; gender 'F'/'M';
        smoker_flag: 1 = smoker; region ('London', 'South East', 'Scotland', 'Wales' ...).  Some customers hold no
        policy (quotes never taken up).
    product: product_key; product_code: 'LT10' Level Term 10, 'LT20' Level Term 20, 'DT25' Decreasing Term 25
        (mortgage), 'WOL' Whole of Life, 'CIC' Critical Illness Cover, 'IPP' Income Protection Plus, 'OVR50' Over 50s
        Plan; product_name; product_line: 'TERM', 'WHOLE', 'CI' critical illness, 'IP' income protection;
        term_years (NULL for whole-of-life products).
    policy: policy_key; policy_no ('P201768614'); customer_key -> customer (the policyholder); product_key ->
        product; issue_date; sum_assured: GBP (for income protection: the yearly benefit); monthly_premium: the base
        plan's premium in GBP a month, riders excluded; status_code: 'IF' in force, 'LA' lapsed (premiums stopped),
        'SU' surrendered, 'EX' expired (term ended), 'CL' ended by a paid claim; end_date (NULL while in force).
    rider: optional extra benefits.  rider_key; rider_code: 'ADB' accidental death benefit, 'WOP' waiver of premium,
        'CIR' critical illness rider, 'TIB' terminal illness benefit, 'CHC' children's critical illness cover, 'HCB'
        hospital cash benefit, 'GIO' guaranteed insurability option, 'FIB' family income benefit; rider_name.
    policy_rider: riders attached to policies (a policy can carry several riders, a rider is on many policies).
        policy_rider_key; policy_key -> policy; rider_key -> rider; added_date; removed_date (NULL = still attached);
        rider_premium: GBP a month on top of the base premium; cover_amount: GBP (hospital cash: GBP per day in
        hospital; NULL for waiver of premium and guaranteed insurability).
    premium: the monthly premiums due from July 2024 (on the issue date's day of the month; the last ones, due by
        2025-06-30, may still be in the future).  premium_key; policy_key -> policy; due_date; amount_due: GBP (base
        premium plus the riders attached on that date); paid_date (NULL = not paid); pay_method: 'DD' direct debit,
        'CARD', 'CHEQUE'.
    claim: claim_key; claim_ref ('CLM-2025-0146'); policy_key -> policy; rider_key -> rider (the rider claimed
        under, NULL for a claim on the base plan); claim_type: 'DEATH', 'TI' terminal illness, 'CI' critical
        illness, 'IP' income protection, 'ADB' accidental death, 'WOP' waiver of premium, 'CHILD_CI' child critical
        illness, 'HOSP' hospital cash; event_date: date of the death, diagnosis or event; notified_date: date the
        insurer was told; decision_date: date the claim was paid, declined or withdrawn (NULL while open or under
        review); status: 'OPEN', 'REVIEW' (under assessment), 'PAID', 'DECLINED', 'WITHDRAWN'; amount_claimed: GBP;
        amount_paid: GBP (NULL unless paid).

spendwise -- a household's budgeting app (singular tables, ``<table>_key`` surrogate keys; money in EUR),
    transactions 2024-01-01 to 2025-06-14, budgets for January to June 2025
    member: the people using the app.  member_key; member_name ('Lena Fischer', 'Marco Romano', 'Sofia Romano');
        email; joined_date.
    account: account_key; member_key -> member (the owner; NULL = a joint household account); account_name ('Lena
        Visa', 'Household Joint', 'Cash Wallet' ...); account_type: 'checking', 'savings', 'credit_card' or 'cash';
        institution: the bank; opened_date; closed_date (NULL = open).
    category: spending and income categories in two levels (self-reference).  category_key; category_name ('Food',
        'Groceries' ...); parent_category_key -> category (NULL for the top-level categories Housing, Food,
        Transport, Leisure, Health, Shopping, Bills & Utilities and Income); is_income: 1 for Income and its
        subcategories (Salary, Interest, Side Income, Pocket Money).
    merchant: merchant_key; merchant_name ('REWE', 'Trattoria Da Enzo' ...); city (NULL for online merchants).
    txn: every transaction.  txn_key; account_key -> account; txn_date; amount: EUR, negative = money out
        (spending), positive = money in (salary, interest, refunds); merchant_key -> merchant (NULL when none);
        category_key -> category (a subcategory; NULL = not categorised yet); note: free text, mostly NULL.
        Transfers between the household's own accounts are not recorded.
    budget: monthly spending limits per subcategory.  budget_key; category_key -> category; budget_month ('2025-05');
        limit_amount: EUR (a positive amount of spending allowed that month).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, full_names, iso, write_tables

LAST_DAY = dt.date(2025, 6, 14)
TODAY = dt.date(2025, 6, 15)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _ymd(d: dt.date | None) -> int | None:
    return None if d is None else d.year * 10000 + d.month * 100 + d.day


def _money(x: float) -> float:
    return round(x + 1e-9, 2)


# ---------------------------------------------------------------------------------------------------------------
# motorclaims (legacy mainframe export)
# ---------------------------------------------------------------------------------------------------------------

MOTOR_DDL = """
CREATE TABLE CUST_MSTR (
    CUST_NBR INTEGER PRIMARY KEY,
    CUST_LAST_NM CHAR(30) NOT NULL,
    CUST_FRST_NM CHAR(20) NOT NULL,
    BIRTH_DT CHAR(10),
    ST_CD CHAR(2) NOT NULL,
    ZIP_CD CHAR(5) NOT NULL,
    CUST_SINCE_DT CHAR(10) NOT NULL,
    PAPERLESS_FLG CHAR(1) NOT NULL
);
CREATE TABLE ADJ_MSTR (
    ADJ_NBR INTEGER PRIMARY KEY,
    ADJ_LAST_NM CHAR(30) NOT NULL,
    ADJ_FRST_NM CHAR(20) NOT NULL,
    ADJ_LVL_CD CHAR(1) NOT NULL,
    HIRE_DT CHAR(10) NOT NULL,
    ACTV_FLG CHAR(1) NOT NULL
);
CREATE TABLE POL_MSTR (
    POL_NBR CHAR(9) PRIMARY KEY,
    CUST_NBR INTEGER NOT NULL REFERENCES CUST_MSTR(CUST_NBR),
    PROD_CD CHAR(3) NOT NULL,
    POL_EFF_DT CHAR(10) NOT NULL,
    POL_EXP_DT CHAR(10) NOT NULL,
    POL_STAT_CD CHAR(1) NOT NULL,
    CNCL_DT CHAR(10),
    ANNL_PREM_AMT DECIMAL(9,2) NOT NULL,
    DEDUCT_AMT DECIMAL(7,2) NOT NULL,
    MULTI_VEH_FLG CHAR(1) NOT NULL
);
CREATE TABLE VEH_MSTR (
    VEH_ID INTEGER PRIMARY KEY,
    POL_NBR CHAR(9) NOT NULL REFERENCES POL_MSTR(POL_NBR),
    VIN_NBR CHAR(17) NOT NULL,
    VEH_MAKE_NM CHAR(15) NOT NULL,
    VEH_MDL_NM CHAR(20) NOT NULL,
    VEH_YR INTEGER NOT NULL,
    VEH_USE_CD CHAR(1) NOT NULL
);
CREATE TABLE LOSS_CAUSE (
    CAUSE_CD CHAR(4) PRIMARY KEY,
    CAUSE_DESC CHAR(30) NOT NULL
);
CREATE TABLE CLM_HDR (
    CLM_NBR CHAR(8) PRIMARY KEY,
    POL_NBR CHAR(9) NOT NULL REFERENCES POL_MSTR(POL_NBR),
    VEH_ID INTEGER REFERENCES VEH_MSTR(VEH_ID),
    LOSS_DT CHAR(10) NOT NULL,
    RPT_DT CHAR(10) NOT NULL,
    CAUSE_CD CHAR(4) NOT NULL REFERENCES LOSS_CAUSE(CAUSE_CD),
    CLM_STAT_CD CHAR(1) NOT NULL,
    ADJ_NBR INTEGER REFERENCES ADJ_MSTR(ADJ_NBR),
    RSRV_AMT DECIMAL(11,2) NOT NULL,
    CLSD_DT CHAR(10),
    INJ_FLG CHAR(1) NOT NULL,
    TOT_LOSS_FLG CHAR(1) NOT NULL,
    SIU_FLG CHAR(1) NOT NULL
);
CREATE TABLE CLM_PMT (
    PMT_ID INTEGER PRIMARY KEY,
    CLM_NBR CHAR(8) NOT NULL REFERENCES CLM_HDR(CLM_NBR),
    PMT_DT CHAR(10) NOT NULL,
    PMT_TYP_CD CHAR(1) NOT NULL,
    PMT_AMT DECIMAL(11,2) NOT NULL,
    PAYEE_NM CHAR(30) NOT NULL
);
"""

_VEHICLES = {
    "PPA": [("TOYOTA", "CAMRY"), ("TOYOTA", "RAV4"), ("HONDA", "CIVIC"), ("HONDA", "CR-V"), ("FORD", "ESCAPE"),
            ("FORD", "F-150"), ("CHEVROLET", "EQUINOX"), ("CHEVROLET", "MALIBU"), ("JEEP", "GRAND CHEROKEE"),
            ("SUBARU", "OUTBACK"), ("NISSAN", "ROGUE"), ("HYUNDAI", "ELANTRA"), ("KIA", "SORENTO"),
            ("TESLA", "MODEL 3"), ("RAM", "1500"), ("GMC", "SIERRA")],
    "MCY": [("HARLEY-DAVIDSON", "STREET GLIDE"), ("HONDA", "GOLD WING"), ("YAMAHA", "MT-07"),
            ("KAWASAKI", "NINJA 650"), ("BMW", "R 1250 GS")],
    "CAU": [("FORD", "TRANSIT"), ("RAM", "PROMASTER"), ("CHEVROLET", "SILVERADO 2500"), ("FORD", "F-250"),
            ("ISUZU", "NPR"), ("MERCEDES-BENZ", "SPRINTER")],
}  # fmt: skip
_SHOPS = ["MIDWAY COLLISION", "BUCKEYE AUTO BODY", "CROSSROADS COLLISION", "LAKESIDE BODY SHOP",
          "PREMIER AUTO REPAIR", "RIVERBEND COLLISION", "SAFELITE AUTOGLASS", "GLASS DOCTOR"]  # fmt: skip


def build_motorclaims(path: Path) -> None:
    r = random.Random(11701)
    states = ["OH", "IN", "MI", "KY", "PA"]
    zip_pfx = {"OH": ["43", "44", "45"], "IN": ["46", "47"], "MI": ["48", "49"], "KY": ["40", "41", "42"],
               "PA": ["15", "16", "17"]}  # fmt: skip
    names = full_names(r, 372)
    custs = []
    for i, nm in enumerate(names):
        first, last = nm.split(" ")
        st = r.choices(states, weights=[42, 20, 18, 11, 9])[0]
        birth = None if r.random() < 0.03 else day_between(r, dt.date(1948, 1, 1), dt.date(2005, 12, 31))
        since = day_between(r, dt.date(2004, 1, 1), dt.date(2025, 5, 31))
        custs.append((100001 + i, last, first, iso(birth), st, r.choice(zip_pfx[st]) + f"{r.randint(0, 999):03d}",
                      iso(since), "Y" if r.random() < 0.46 else "N"))  # fmt: skip
    adj_names = full_names(r, 12, exclude=names)
    adjs = []
    for i, nm in enumerate(adj_names):
        first, last = nm.split(" ")
        num = 101 + i
        lvl = "3" if num in (101, 104, 112) else ("1" if num in (109, 111) else "2")
        hire = day_between(r, dt.date(2006, 1, 1), dt.date(2021, 12, 31))
        if num == 111:
            hire = dt.date(2025, 2, 3)
        adjs.append((num, last, first, lvl, iso(hire), "N" if num == 108 else "Y"))
    # policies
    pols, vehs, pol_info = [], [], []
    seq = {"PA": 4100000, "MC": 5200000, "CA": 6300000}
    vid = 0
    for c in custs:
        n = r.choices([1, 2, 3], weights=[70, 25, 5])[0]
        since = dt.date.fromisoformat(c[6])
        for _ in range(n):
            prod = r.choices(["PPA", "MCY", "CAU"], weights=[75, 13, 12])[0]
            pfx = {"PPA": "PA", "MCY": "MC", "CAU": "CA"}[prod]
            seq[pfx] += r.randint(3, 40)
            pol = f"{pfx}{seq[pfx]}"
            eff = day_between(r, max(since, dt.date(2023, 1, 1)), dt.date(2025, 6, 10))
            exp = dt.date(eff.year + 1, eff.month, 28 if (eff.month, eff.day) == (2, 29) else eff.day)
            cncl = None
            x = r.random()
            if x < 0.07 or x > 0.95:
                end = min(exp, LAST_DAY)
                if (end - eff).days > 20:
                    cncl = day_between(r, eff + dt.timedelta(days=10), end - dt.timedelta(days=1))
            if cncl is not None:
                stat = "C" if x < 0.07 else "L"
            elif exp <= LAST_DAY:
                stat = "E"
            else:
                stat = "A"
            prem = {"PPA": r.uniform(640, 2600), "MCY": r.uniform(240, 900), "CAU": r.uniform(2400, 9200)}[prod]
            ded = r.choice([1000, 2500]) if prod == "CAU" else r.choice([250, 500, 500, 1000])
            nveh = {"PPA": r.choices([1, 2, 3], weights=[60, 32, 8])[0], "MCY": 1, "CAU": r.randint(2, 5)}[prod]
            pols.append((pol, c[0], prod, iso(eff), iso(exp), stat, iso(cncl), _money(prem), float(ded),
                         "Y" if nveh > 1 else "N"))  # fmt: skip
            my_v = []
            for _ in range(nveh):
                vid += 1
                make, model = r.choice(_VEHICLES[prod])
                vin = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
                use = "B" if prod == "CAU" else r.choices(["P", "C", "B"], weights=[45, 50, 5])[0]
                vehs.append((vid, pol, vin, make, model, r.randint(2006, 2025), use))
                my_v.append(vid)
            pol_info.append((pol, prod, eff, min(exp, cncl or exp, LAST_DAY), ded, my_v))
    causes = [("COLL", "COLLISION"), ("GLAS", "GLASS BREAKAGE"), ("ANML", "ANIMAL STRIKE"), ("HAIL", "HAIL/WINDSTORM"),
              ("THFT", "THEFT"), ("VAND", "VANDALISM"), ("FIRE", "FIRE"), ("FLOD", "FLOOD")]  # fmt: skip
    cause_w = [38, 18, 10, 9, 8, 9, 3, 0]
    claims, pmts = [], []
    raw = []
    for pol, prod, start, end, ded, my_v in pol_info:
        months = max(0, (end - start).days // 30)
        rate = {"PPA": 0.042, "MCY": 0.030, "CAU": 0.040}[prod] * len(my_v) ** 0.7
        for _ in range(months):
            if r.random() < rate:
                raw.append((day_between(r, start, end), pol, prod, ded, my_v))
    raw.sort(key=lambda t: (t[0], t[1]))
    clm_seq: dict[int, int] = {}
    pid = 0
    for loss, pol, _prod, ded, my_v in raw:
        lag = r.choices([0, 1, 2, r.randint(3, 7), r.randint(8, 45)], weights=[30, 25, 15, 20, 10])[0]
        rpt = loss + dt.timedelta(days=lag)
        if rpt > LAST_DAY:
            continue
        cause = r.choices([c[0] for c in causes], weights=cause_w)[0]
        lo, hi = {"COLL": (1500, 18000), "GLAS": (150, 1200), "ANML": (1200, 7000), "HAIL": (800, 6000),
                  "THFT": (2500, 30000), "VAND": (300, 3500), "FIRE": (5000, 30000)}[cause]  # fmt: skip
        loss_amt = r.uniform(lo, hi)
        total = "N"
        if (cause == "COLL" and r.random() < 0.08) or (cause in ("THFT", "FIRE") and r.random() < 0.5):
            total = "Y"
            loss_amt = r.uniform(9000, 38000)
        inj = "Y" if cause == "COLL" and r.random() < 0.13 else "N"
        siu = "Y" if (cause in ("THFT", "FIRE") and r.random() < 0.22) or r.random() < 0.02 else "N"
        age = (LAST_DAY - rpt).days
        if age > 120:
            w = [78, 10, 7, 3, 2]
        elif age > 30:
            w = [45, 7, 5, 3, 40]
        else:
            w = [12, 3, 5, 0, 80]
        if siu == "Y":
            w = [w[0], w[1] + 25, w[2], w[3], w[4]]
        stat = r.choices(["C", "D", "W", "R", "O"], weights=w)[0]
        if stat == "R" and age < 60:
            stat = "O"
        if loss_amt <= ded and stat == "C":
            stat = "W"
        clsd = None
        if stat in ("C", "D", "W"):
            clsd = rpt + dt.timedelta(days=r.randint(3, 300 if inj == "Y" else 140))
            if clsd > LAST_DAY:
                stat, clsd = "O", None
        clm_seq[loss.year] = clm_seq.get(loss.year, 0) + r.randint(1, 9)
        cnum = f"C{loss.year % 100:02d}{clm_seq[loss.year]:05d}"
        # adjuster
        if stat == "O" and age < 30 and r.random() < 0.5:
            adj = None
        else:
            pool = [a[0] for a in adjs if a[0] != 112 and (a[0] != 108 or rpt < dt.date(2024, 9, 1))
                    and (a[0] != 111 or rpt >= dt.date(2025, 2, 3))]  # fmt: skip
            if inj == "Y" or total == "Y":
                wts = [6 if a in (101, 104) else (0 if a in (109, 111) else 1) for a in pool]
            else:
                wts = [0.6 if a in (101, 104) else (1.4 if a in (103, 106) else 1) for a in pool]
            adj = r.choices(pool, weights=wts)[0]
        veh = r.choice(my_v) if r.random() > 0.03 else None
        pay_end = clsd or LAST_DAY
        my_p = []
        indemnity = max(0.0, loss_amt - ded)
        if stat == "C":
            parts = [indemnity] if r.random() < 0.7 or indemnity < 2000 else [indemnity * 0.6, indemnity * 0.4]
            for amt in parts:
                payee = (
                    "INSURED"
                    if total == "Y"
                    else ("SAFELITE AUTOGLASS" if cause == "GLAS" and r.random() < 0.6 else r.choice(_SHOPS[:6]))
                )
                my_p.append(["I", amt, payee])
            if inj == "Y":
                my_p.append(
                    [
                        "I",
                        r.uniform(2000, 25000),
                        r.choice(["MIAMI VALLEY HOSPITAL", "OHIOHEALTH", "MERCY HEALTH", "KETTERING HEALTH"]),
                    ]
                )
        elif stat in ("O", "R") and age > 10 and r.random() < 0.45:
            my_p.append(["I", indemnity * r.uniform(0.3, 0.6), r.choice(_SHOPS[:6])])
        if stat in ("C", "D", "O", "R") and r.random() < (0.35 if stat != "D" else 0.5):
            vendors = ["COPART TOWING", "CRAWFORD APPRAISAL", "AUTOLENS REVIEW"] + (
                ["PINKERTON SIU"] * 3 if siu == "Y" else []
            )
            my_p.append(["E", r.uniform(75, 900), r.choice(vendors)])
        paid_total = 0.0
        for typ, amt, payee in my_p:
            pid += 1
            pdt = day_between(r, rpt + dt.timedelta(days=1), max(rpt + dt.timedelta(days=1), pay_end))
            if pdt > LAST_DAY:
                pdt = LAST_DAY
            pmts.append((pid, cnum, iso(pdt), typ, _money(amt), payee))
            paid_total += amt if typ == "I" else 0
        rsrv = _money(max(500.0, indemnity - paid_total) if stat in ("O", "R") else 0.0)
        claims.append((cnum, pol, veh, iso(loss), iso(rpt), cause, stat, adj, rsrv, iso(clsd), inj, total, siu))
    pmts.sort(key=lambda p: (p[2], p[1]))
    pmts = [(i + 1, *p[1:]) for i, p in enumerate(pmts)]
    write_tables(path, MOTOR_DDL, [
        ("CUST_MSTR", custs), ("ADJ_MSTR", adjs), ("POL_MSTR", pols), ("VEH_MSTR", vehs), ("LOSS_CAUSE", causes),
        ("CLM_HDR", claims), ("CLM_PMT", pmts),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# corebank (legacy mainframe export, dates as YYYYMMDD integers)
# ---------------------------------------------------------------------------------------------------------------

COREBANK_DDL = """
CREATE TABLE BRCH_MSTR (
    BRCH_CD CHAR(3) PRIMARY KEY,
    BRCH_NM CHAR(20) NOT NULL,
    CITY_NM CHAR(20) NOT NULL,
    REGN_CD CHAR(1) NOT NULL,
    OPEN_DT INTEGER NOT NULL
);
CREATE TABLE PROD_MSTR (
    PROD_CD CHAR(4) PRIMARY KEY,
    PROD_DESC CHAR(30) NOT NULL,
    PROD_GRP_CD CHAR(3) NOT NULL,
    MNTH_FEE_AMT REAL NOT NULL,
    MIN_BAL_AMT REAL NOT NULL
);
CREATE TABLE CUST_MSTR (
    CUST_NBR INTEGER PRIMARY KEY,
    CUST_TYP_CD CHAR(1) NOT NULL,
    CUST_LAST_NM CHAR(40) NOT NULL,
    CUST_FRST_NM CHAR(20),
    BIRTH_DT INTEGER,
    HOME_BRCH_CD CHAR(3) NOT NULL REFERENCES BRCH_MSTR(BRCH_CD),
    CUST_OPEN_DT INTEGER NOT NULL,
    EMAIL_OPTIN_FLG CHAR(1) NOT NULL
);
CREATE TABLE ACCT_MSTR (
    ACCT_NBR INTEGER PRIMARY KEY,
    PROD_CD CHAR(4) NOT NULL REFERENCES PROD_MSTR(PROD_CD),
    BRCH_CD CHAR(3) NOT NULL REFERENCES BRCH_MSTR(BRCH_CD),
    OPEN_DT INTEGER NOT NULL,
    CLOSE_DT INTEGER,
    ACCT_STAT_CD CHAR(1) NOT NULL,
    CUR_BAL_AMT REAL NOT NULL,
    OD_LMT_AMT REAL NOT NULL,
    INT_RT_PCT REAL NOT NULL,
    MAT_DT INTEGER
);
CREATE TABLE ACCT_OWNR (
    ACCT_NBR INTEGER NOT NULL REFERENCES ACCT_MSTR(ACCT_NBR),
    CUST_NBR INTEGER NOT NULL REFERENCES CUST_MSTR(CUST_NBR),
    OWNR_ROLE_CD CHAR(1) NOT NULL,
    PRIMARY KEY (ACCT_NBR, CUST_NBR)
);
CREATE TABLE TXN_CD_MSTR (
    TXN_CD CHAR(3) PRIMARY KEY,
    TXN_DESC CHAR(30) NOT NULL,
    DR_CR_IND CHAR(1) NOT NULL
);
CREATE TABLE TXN_HIST (
    TXN_SEQ_NBR INTEGER PRIMARY KEY,
    ACCT_NBR INTEGER NOT NULL REFERENCES ACCT_MSTR(ACCT_NBR),
    POST_DT INTEGER NOT NULL,
    TXN_CD CHAR(3) NOT NULL REFERENCES TXN_CD_MSTR(TXN_CD),
    TXN_AMT REAL NOT NULL,
    CHNL_CD CHAR(3) NOT NULL
);
"""

_BUSINESSES = [
    "Larsen Plumbing LLC", "Moreau Bakery", "Haddad Auto Repair", "Greenline Landscaping", "Pham Nail Studio",
    "Castillo Roofing Inc", "Northside Dental Group", "Brennan & Costa CPAs", "Fischer Hardware", "Blue Door Cafe",
    "Takeda Sushi Bar", "Oduya Trucking", "Riverside Vet Clinic", "Quintero Painting", "Kowalski Electric",
    "Mendes Tailoring", "Petrov Fitness", "Iversen Florist", "Yilmaz Kebab House", "Summit Daycare",
    "Delgado Tire Center", "Abbott Print Shop", "Hughes Family Farm", "Varga Cleaning Services", "Ortega Builders",
    "Lindqvist Design Studio", "Zimmer Locksmiths", "Grant Music School",
]  # fmt: skip


def build_corebank(path: Path) -> None:
    r = random.Random(11702)
    branches = [
        ("001", "Main Street", "Dayton", "C", 19710503),
        ("002", "Riverside", "Dayton", "C", 19890911),
        ("003", "Northgate", "Springfield", "N", 19950116),
        ("004", "Airport Road", "Vandalia", "N", 20040802),
        ("005", "Old Town", "Xenia", "E", 19820405),
        ("006", "Westfield", "Englewood", "W", 20120917),
    ]
    products = [
        ("CHK1", "Everyday Checking", "DDA", 4.0, 500.0),
        ("CHK2", "Premier Checking", "DDA", 12.0, 2500.0),
        ("BCHK", "Business Checking", "DDA", 15.0, 5000.0),
        ("SAV1", "Statement Savings", "SAV", 0.0, 100.0),
        ("SAV2", "High Yield Savings", "SAV", 0.0, 1000.0),
        ("CD12", "12-Month Certificate of Deposit", "TDA", 0.0, 1000.0),
        ("CD24", "24-Month Certificate of Deposit", "TDA", 0.0, 1000.0),
        ("YSAV", "Youth Savings", "SAV", 0.0, 0.0),
    ]
    fee = {p[0]: p[3] for p in products}
    br_codes = [b[0] for b in branches]
    br_w = [30, 20, 17, 13, 14, 6]
    names = full_names(r, 128)
    custs = []
    cnum = 2000100
    for i in range(156):
        cnum += r.randint(1, 60)
        opened = day_between(r, dt.date(1998, 1, 1), dt.date(2025, 5, 20))
        home = r.choices(br_codes, weights=br_w)[0]
        if i < 128:
            first, last = names[i].split(" ")
            birth = None if r.random() < 0.04 else day_between(r, dt.date(1940, 1, 1), dt.date(2006, 12, 31))
            if i % 16 == 5:
                birth = day_between(r, dt.date(2008, 1, 1), dt.date(2014, 12, 31))
                opened = max(opened, birth + dt.timedelta(days=200))
            custs.append((cnum, "I", last, first, _ymd(birth), home, _ymd(opened), "Y" if r.random() < 0.55 else "N"))
        else:
            custs.append((cnum, "B", _BUSINESSES[i - 128], None, None, home, _ymd(opened),
                          "Y" if r.random() < 0.7 else "N"))  # fmt: skip
    cust_open = {c[0]: dt.date(c[6] // 10000, c[6] // 100 % 100, c[6] % 100) for c in custs}
    accts, owners = [], []
    anum = 40010000
    acct_info = []  # (acct, prod, open, close, stat)
    individuals = [c for c in custs if c[1] == "I"]
    spouse_pool = individuals[:]
    r.shuffle(spouse_pool)
    for c in custs:
        prods = []
        if c[1] == "B":
            prods.append("BCHK")
            if r.random() < 0.3:
                prods.append("SAV2")
        else:
            if c[4] is not None and c[4] >= 20070615:  # a minor: youth savings only
                prods.append("YSAV")
            else:
                if r.random() < 0.9:
                    prods.append("CHK2" if r.random() < 0.28 else "CHK1")
                if r.random() < 0.55:
                    prods.append("SAV2" if r.random() < 0.4 else "SAV1")
                if r.random() < 0.14:
                    prods.append("CD12" if r.random() < 0.6 else "CD24")
                if not prods:
                    prods.append("SAV1")
        for p in prods:
            anum += r.randint(7, 400)
            opened = day_between(r, max(cust_open[c[0]], dt.date(2000, 1, 1)), dt.date(2025, 6, 2))
            if p in ("CD12", "CD24"):
                opened = day_between(r, max(cust_open[c[0]], dt.date(2023, 7, 1)), dt.date(2025, 6, 2))
            close = None
            x = r.random()
            stat = "A"
            if x < 0.10 and opened < dt.date(2025, 3, 1):
                close = day_between(r, max(opened + dt.timedelta(days=30), dt.date(2023, 1, 1)), dt.date(2025, 6, 10))
                stat = "C"
            elif x < 0.16 and opened < dt.date(2023, 1, 1) and p not in ("CD12", "CD24"):
                stat = "D"
            elif x > 0.988:
                stat = "F"
            mat = None
            if p in ("CD12", "CD24"):
                mat = _add_months(opened, 12 if p == "CD12" else 24)
            grp = {"CHK1": "DDA", "CHK2": "DDA", "BCHK": "DDA"}.get(p, "TDA" if p.startswith("CD") else "SAV")
            if stat == "C":
                bal = 0.0
            elif grp == "DDA":
                bal = r.uniform(40, 14000) if p != "BCHK" else r.uniform(2000, 95000)
                if r.random() < 0.05:
                    bal = -r.uniform(15, 380)
            elif grp == "SAV":
                bal = r.uniform(50, 3000) if p == "YSAV" else r.uniform(150, 65000)
            else:
                bal = float(r.choice([1000, 2500, 5000, 10000, 15000, 25000, 50000]))
            od = {"CHK1": r.choice([0.0, 0.0, 250.0, 500.0]), "CHK2": 1000.0, "BCHK": 2500.0}.get(p, 0.0)
            if bal < 0 and od == 0:
                od = 250.0
            rate = {
                "CHK1": 0.0,
                "CHK2": 0.05,
                "BCHK": 0.0,
                "SAV1": 0.25,
                "SAV2": round(r.uniform(3.8, 4.3), 2),
                "CD12": round(r.uniform(4.25, 5.1), 2),
                "CD24": round(r.uniform(3.9, 4.6), 2),
                "YSAV": 1.0,
            }[p]
            brch = c[5] if r.random() < 0.85 else r.choices(br_codes, weights=br_w)[0]
            accts.append((anum, p, brch, _ymd(opened), _ymd(close), stat, _money(bal), od, rate, _ymd(mat)))
            owners.append((anum, c[0], "P"))
            acct_info.append((anum, p, opened, close, stat, c[1]))
            if c[1] == "I" and p in ("CHK1", "CHK2", "SAV1", "SAV2") and r.random() < 0.2:
                sp = next(s for s in spouse_pool if s[0] != c[0] and (s[4] is None or s[4] < 20070615))
                spouse_pool.remove(sp)
                owners.append((anum, sp[0], "J"))
    txn_cds = [
        ("DEP", "DEPOSIT", "C"), ("WDL", "WITHDRAWAL", "D"), ("CHQ", "CHEQUE PAID", "D"),
        ("FEE", "MONTHLY SERVICE FEE", "D"), ("NSF", "RETURNED ITEM FEE", "D"), ("INT", "INTEREST CREDIT", "C"),
        ("WIR", "WIRE TRANSFER OUT", "D"),
    ]  # fmt: skip
    txns = []
    hist_start = dt.date(2024, 7, 1)
    for anum, p, opened, close, stat, _ctyp in acct_info:
        first = max(opened, hist_start)
        last = min(close or LAST_DAY, LAST_DAY)
        if first > last:
            continue
        if opened >= hist_start:  # the opening deposit
            bal0 = next(a[6] for a in accts if a[0] == anum)
            txns.append((anum, _ymd(opened), "DEP", _money(bal0 if p.startswith("CD") else r.uniform(25, 2500)), "BR"))
        month = dt.date(first.year, first.month, 1)
        while month <= last:
            mend = _add_months(month, 1) - dt.timedelta(days=1)
            lo, hi = max(month, first), min(mend, last)
            if lo > hi:
                month = _add_months(month, 1)
                continue

            def add(
                cd: str,
                amt: float,
                ch: str,
                d: dt.date | None = None,
                lo: dt.date = lo,
                hi: dt.date = hi,
                anum: int = anum,
            ) -> None:
                txns.append((anum, _ymd(d or day_between(r, lo, hi)), cd, _money(amt), ch))

            active = stat in ("A", "C") or (stat == "F" and month < dt.date(2025, 3, 1))
            if p in ("CHK1", "CHK2") and active:
                if r.random() < 0.78:
                    add("DEP", r.uniform(900, 4200), "ACH")
                if r.random() < 0.25:
                    add("DEP", r.uniform(20, 1500), r.choice(["BR", "MOB", "MOB"]))
                for _ in range(r.choices([0, 1, 2], weights=[35, 45, 20])[0]):
                    add("WDL", r.choice([40, 60, 80, 100, 200, 300, 400]) if r.random() < 0.7 else r.uniform(100, 2500),
                        r.choice(["ATM", "ATM", "BR"]))  # fmt: skip
                if r.random() < 0.3:
                    add("CHQ", r.uniform(25, 1800), "CLR")
                if r.random() < 0.02:
                    add("NSF", 35.0, "SYS")
            elif p == "BCHK" and active:
                for _ in range(r.randint(1, 2)):
                    add("DEP", r.uniform(1500, 28000), r.choice(["BR", "ACH", "MOB"]))
                for _ in range(r.randint(0, 2)):
                    add("CHQ", r.uniform(150, 9000), "CLR")
                if r.random() < 0.15:
                    add("WIR", r.uniform(2000, 40000), "ONL")
            elif p in ("SAV1", "SAV2", "YSAV") and active:
                if r.random() < 0.3:
                    add("DEP", r.uniform(50, 5000), r.choice(["BR", "ONL", "MOB"]))
                if r.random() < 0.08:
                    add("WDL", r.uniform(100, 6000), r.choice(["BR", "ONL"]))
            if fee[p] and stat != "D" and hi == mend and r.random() < (0.35 if p != "BCHK" else 0.5):
                add("FEE", fee[p], "SYS", mend)
            if p in ("SAV1", "SAV2", "CD12", "CD24", "YSAV") and hi == mend and mend.month in (3, 6, 9, 12):
                add("INT", r.uniform(0.4, 25) if p in ("SAV1", "YSAV") else r.uniform(6, 420), "SYS", mend)
            month = _add_months(month, 1)
    txns.sort(key=lambda t: (t[1], t[0]))
    txns = [(i + 1, *t) for i, t in enumerate(txns)]
    write_tables(path, COREBANK_DDL, [
        ("BRCH_MSTR", branches), ("PROD_MSTR", products), ("CUST_MSTR", custs), ("ACCT_MSTR", accts),
        ("ACCT_OWNR", owners), ("TXN_CD_MSTR", txn_cds), ("TXN_HIST", txns),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# brokernet (snake_case)
# ---------------------------------------------------------------------------------------------------------------

BROKERNET_DDL = """
CREATE TABLE brokers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    broker_type TEXT NOT NULL,
    parent_broker_id INTEGER REFERENCES brokers(id),
    license_number TEXT NOT NULL,
    state TEXT NOT NULL,
    commission_rate REAL NOT NULL,
    override_rate REAL,
    status TEXT NOT NULL,
    joined_on TEXT NOT NULL,
    left_on TEXT
);
CREATE TABLE insurers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    am_best_rating TEXT NOT NULL,
    hq_state TEXT NOT NULL
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    industry TEXT NOT NULL,
    state TEXT NOT NULL,
    employee_count INTEGER,
    created_on TEXT NOT NULL
);
CREATE TABLE policies (
    id INTEGER PRIMARY KEY,
    policy_number TEXT NOT NULL UNIQUE,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    insurer_id INTEGER NOT NULL REFERENCES insurers(id),
    broker_id INTEGER NOT NULL REFERENCES brokers(id),
    line_of_business TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    expiry_date TEXT NOT NULL,
    annual_premium REAL NOT NULL,
    billing_plan TEXT NOT NULL,
    status TEXT NOT NULL,
    cancelled_on TEXT,
    cancel_reason TEXT
);
CREATE TABLE premium_installments (
    id INTEGER PRIMARY KEY,
    policy_id INTEGER NOT NULL REFERENCES policies(id),
    installment_no INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    amount REAL NOT NULL,
    paid_on TEXT
);
CREATE TABLE commissions (
    id INTEGER PRIMARY KEY,
    installment_id INTEGER NOT NULL REFERENCES premium_installments(id),
    broker_id INTEGER NOT NULL REFERENCES brokers(id),
    commission_type TEXT NOT NULL,
    amount REAL NOT NULL,
    earned_on TEXT NOT NULL
);
"""

_CLIENT_KINDS = [
    ("Construction", "construction"), ("Builders", "construction"), ("Roofing", "construction"),
    ("Market", "retail"), ("Outfitters", "retail"), ("Home Goods", "retail"),
    ("Grill", "restaurant"), ("Bistro", "restaurant"), ("Pizzeria", "restaurant"),
    ("Manufacturing", "manufacturing"), ("Machine Works", "manufacturing"), ("Plastics", "manufacturing"),
    ("Family Clinic", "healthcare"), ("Dental Care", "healthcare"), ("Physical Therapy", "healthcare"),
    ("Software", "technology"), ("Data Labs", "technology"), ("IT Solutions", "technology"),
    ("Freight", "transportation"), ("Logistics", "transportation"), ("Courier Services", "transportation"),
]  # fmt: skip


def build_brokernet(path: Path) -> None:
    r = random.Random(11703)
    brokers = [
        (1, "Harbor Risk Partners", "agency", None, "TX-1180422", "TX", 14.0, 2.0, "active", "2009-03-02", None),
        (2, "Summit Insurance Group", "agency", None, "CO-0472193", "CO", 13.0, 2.5, "active", "2011-06-13", None),
        (3, "Bluewater Brokerage", "agency", None, "FL-W219934", "FL", 12.5, 1.5, "active", "2014-01-20", None),
        (4, "Keystone Commercial Insurance", "agency", None, "PA-771034", "PA", 13.5, 2.0, "active", "2006-09-05",
         None),
        (5, "Gulf Coast Specialty", "agency", 1, "TX-2290117", "TX", 12.0, 1.0, "active", "2017-04-03", None),
        (6, "Front Range Commercial", "agency", 2, "CO-0588310", "CO", 12.0, 1.5, "active", "2019-08-19", None),
    ]  # fmt: skip
    parents = {7: 1, 8: 1, 9: 1, 10: 1, 11: 5, 12: 5, 13: 5, 14: 2, 15: 2, 16: 2, 17: 6, 18: 6, 19: 3, 20: 3,
               21: 3, 22: 3, 23: 4, 24: 4, 25: 4, 26: 4, 27: 4, 28: 6}  # fmt: skip
    state_of = {1: "TX", 2: "CO", 3: "FL", 4: "PA", 5: "TX", 6: "CO"}
    pnames = full_names(r, len(parents))
    rates = [8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0]
    for (bid, parent), nm in zip(parents.items(), pnames, strict=True):
        joined = day_between(r, dt.date(2012, 1, 1), dt.date(2023, 6, 30))
        status, left = "active", None
        if bid == 16:
            status, left = "terminated", dt.date(2024, 10, 31)
            joined = dt.date(2015, 5, 4)
        elif bid == 25:
            status = "suspended"
        elif bid == 28:
            joined = dt.date(2025, 6, 2)
        state_of[bid] = state_of[parent]
        brokers.append((bid, nm, "producer", parent, f"{state_of[parent]}-{r.randint(3000000, 9999999)}",
                        state_of[parent], r.choice(rates), None, status, iso(joined), iso(left)))  # fmt: skip
    insurers = [
        (1, "Travelers", "A++", "CT"), (2, "The Hartford", "A+", "CT"), (3, "Chubb", "A++", "NJ"),
        (4, "Liberty Mutual", "A", "MA"), (5, "CNA", "A", "IL"), (6, "Zurich North America", "A+", "IL"),
        (7, "Markel", "A", "VA"), (8, "Hiscox USA", "A", "NY"),
    ]  # fmt: skip
    ins_w = [22, 18, 12, 16, 12, 10, 10, 0]
    surnames = full_names(r, 400)
    seen: set[str] = set()
    clients = []
    for nm in surnames:
        last = nm.split(" ")[1]
        kind, industry = r.choice(_CLIENT_KINDS)
        cname = f"{last} {kind}"
        if cname in seen:
            continue
        seen.add(cname)
        clients.append([len(clients) + 1, cname, industry])
        if len(clients) == 205:
            break
    writers = [b for b in brokers if b[0] not in (28,)]
    wr_w = [2 if b[2] == "agency" else (4 if b[0] in (9, 19, 23) else 2.5) for b in writers]
    client_rows, policies, insts, comms = [], [], [], []
    by_id = {b[0]: b for b in brokers}
    pol_seq: dict[int, int] = {}
    lines = ["property", "general_liability", "workers_comp", "commercial_auto", "cyber", "professional_liability"]
    line_by_ind = {"construction": [10, 30, 35, 20, 2, 3], "retail": [35, 40, 15, 3, 7, 0],
                   "restaurant": [35, 40, 20, 3, 2, 0], "manufacturing": [35, 20, 30, 10, 5, 0],
                   "healthcare": [20, 15, 15, 2, 18, 30], "technology": [8, 15, 12, 0, 35, 30],
                   "transportation": [10, 15, 20, 55, 0, 0]}  # fmt: skip
    base = {
        "property": (3000, 60000),
        "general_liability": (1500, 25000),
        "workers_comp": (4000, 90000),
        "commercial_auto": (5000, 45000),
        "cyber": (1200, 15000),
        "professional_liability": (2000, 20000),
    }
    late_payers = set(r.sample(range(1, 206), 12))
    for cid, cname, industry in clients:
        broker = r.choices(writers, weights=wr_w)[0]
        while broker[0] == 16 and r.random() < 0.5:
            broker = r.choices(writers, weights=wr_w)[0]
        emp = None if r.random() < 0.05 else int(r.choice([3, 5, 8, 12, 20, 35, 60, 120, 250]) * r.uniform(0.8, 1.3))
        created = day_between(r, dt.date(2016, 1, 1), dt.date(2025, 5, 30))
        n_lines = 0 if r.random() < 0.04 else r.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]
        my_lines = []
        while len(my_lines) < n_lines:
            ln = r.choices(lines, weights=line_by_ind[industry])[0]
            if ln not in my_lines:
                my_lines.append(ln)
        first_eff = max(created, dt.date(2023, 7, 1))
        if first_eff > dt.date(2025, 6, 10):
            first_eff = dt.date(2025, 6, 10)
        for ln in my_lines:
            b = broker if r.random() < 0.9 else r.choices(writers, weights=wr_w)[0]
            eff = day_between(r, first_eff, dt.date(2025, 6, 10))
            if b[0] == 16:
                eff = day_between(r, dt.date(2023, 7, 1), dt.date(2024, 10, 15))
            eff = dt.date(eff.year, eff.month, min(eff.day, 28))
            exp = _add_months(eff, 12)
            ins = r.choices(insurers, weights=ins_w)[0]
            lo, hi = base[ln]
            size = (emp or 10) ** 0.35
            prem = _money(r.uniform(lo, hi) * size / 3)
            plan = "monthly" if r.random() < 0.6 else "annual"
            status, cancelled, reason = ("expired" if exp <= LAST_DAY else "active"), None, None
            if r.random() < 0.08 or (cid in late_payers and plan == "monthly" and r.random() < 0.5):
                end = min(exp, LAST_DAY)
                if (end - eff).days > 45:
                    cancelled = day_between(r, eff + dt.timedelta(days=30), end - dt.timedelta(days=1))
                    reason = (
                        "non_payment"
                        if cid in late_payers and plan == "monthly"
                        else r.choice(["client_request", "client_request", "sold_business", "insurer_nonrenewal"])
                    )
                    status = "cancelled"
            pol_seq[eff.year] = pol_seq.get(eff.year, 0) + r.randint(1, 6)
            pid = len(policies) + 1
            policies.append((pid, f"BN-{eff.year}-{pol_seq[eff.year]:04d}", cid, ins[0], b[0], ln, iso(eff), iso(exp),
                             prem, plan, status, iso(cancelled), reason))  # fmt: skip
            n = 12 if plan == "monthly" else 1
            for k in range(n):
                due = _add_months(eff, k)
                if cancelled is not None and due > cancelled:
                    break
                amt = _money(prem / n) if k < n - 1 else _money(prem - _money(prem / n) * (n - 1))
                paid = None
                if due <= LAST_DAY:
                    late = cid in late_payers
                    if reason == "non_payment" and (cancelled - due).days < 70:
                        paid = None
                    elif r.random() < (0.8 if late else 0.985):
                        paid = due + dt.timedelta(days=r.randint(-6, 4) if not late else r.randint(0, 45))
                        if paid > LAST_DAY:
                            paid = None
                    elif due < dt.date(2025, 3, 1) and not late:
                        paid = due + dt.timedelta(days=r.randint(30, 90))
                        if paid > LAST_DAY:
                            paid = None
                elif r.random() < 0.04 and plan == "monthly" and (due - LAST_DAY).days < 20:
                    paid = LAST_DAY - dt.timedelta(days=r.randint(0, 3))
                iid = len(insts) + 1
                insts.append((iid, pid, k + 1, iso(due), amt, iso(paid)))
                if paid is not None:
                    comms.append([iid, b[0], "base", _money(amt * b[6] / 100), iso(paid)])
                    par = b[3]
                    if par is not None:
                        comms.append([iid, par, "override", _money(amt * by_id[par][7] / 100), iso(paid)])
        client_rows.append(
            (
                cid,
                cname,
                industry,
                state_of[broker[0]] if r.random() < 0.9 else r.choice(["TX", "CO", "FL", "PA", "NM", "GA", "NJ", "OK"]),
                emp,
                iso(created),
            )
        )
    comms.sort(key=lambda c: (c[4], c[0], c[2]))
    comm_rows = [(i + 1, *c) for i, c in enumerate(comms)]
    write_tables(path, BROKERNET_DDL, [
        ("brokers", brokers), ("insurers", insurers), ("clients", client_rows), ("policies", policies),
        ("premium_installments", insts), ("commissions", comm_rows),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# loanservicing (snake_case)
# ---------------------------------------------------------------------------------------------------------------

LOANS_DDL = """
CREATE TABLE loan_officers (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    branch TEXT NOT NULL,
    hired_on TEXT NOT NULL,
    left_on TEXT
);
CREATE TABLE borrowers (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    city TEXT NOT NULL,
    credit_score INTEGER NOT NULL,
    annual_income REAL,
    created_on TEXT NOT NULL
);
CREATE TABLE loan_products (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    max_term_months INTEGER NOT NULL,
    secured INTEGER NOT NULL
);
CREATE TABLE loans (
    id INTEGER PRIMARY KEY,
    loan_number TEXT NOT NULL UNIQUE,
    borrower_id INTEGER NOT NULL REFERENCES borrowers(id),
    product_code TEXT NOT NULL REFERENCES loan_products(code),
    officer_id INTEGER NOT NULL REFERENCES loan_officers(id),
    principal REAL NOT NULL,
    interest_rate REAL NOT NULL,
    term_months INTEGER NOT NULL,
    monthly_payment REAL NOT NULL,
    disbursed_on TEXT NOT NULL,
    status TEXT NOT NULL,
    closed_on TEXT
);
CREATE TABLE repayments (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loans(id),
    installment_no INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    amount_due REAL NOT NULL,
    paid_on TEXT,
    amount_paid REAL,
    late_fee REAL NOT NULL
);
CREATE TABLE collection_calls (
    id INTEGER PRIMARY KEY,
    loan_id INTEGER NOT NULL REFERENCES loans(id),
    officer_id INTEGER NOT NULL REFERENCES loan_officers(id),
    called_at TEXT NOT NULL,
    outcome TEXT NOT NULL
);
"""


def build_loanservicing(path: Path) -> None:
    r = random.Random(11704)
    onames = full_names(r, 9)
    branches = ["Downtown", "Eastside", "Lakeview"]
    officers = []
    for i, nm in enumerate(onames, start=1):
        first, last = nm.split(" ")
        hired = day_between(r, dt.date(2012, 1, 1), dt.date(2021, 6, 30))
        left = dt.date(2024, 11, 29) if i == 4 else None
        if i == 9:
            hired = dt.date(2024, 12, 2)
        officers.append((i, first, last, branches[(i - 1) % 3], iso(hired), iso(left)))
    cities = ["Madison", "Middleton", "Sun Prairie", "Fitchburg", "Verona", "Waunakee", "Stoughton"]
    bnames = full_names(r, 240, exclude=onames)
    borrowers = []
    for i, nm in enumerate(bnames, start=1):
        first, last = nm.split(" ")
        dob = day_between(r, dt.date(1950, 1, 1), dt.date(2003, 12, 31))
        score = max(540, min(835, int(r.gauss(705, 60))))
        income = None if r.random() < 0.05 else round(r.uniform(24000, 185000), -2)
        created = day_between(r, dt.date(2020, 6, 1), dt.date(2025, 5, 20))
        borrowers.append((i, first, last, iso(dob), r.choices(cities, weights=[40, 12, 12, 10, 9, 9, 8])[0], score,
                          income, iso(created)))  # fmt: skip
    products = [
        ("PERS", "Personal loan", 60, 0), ("AUTO", "Auto loan", 72, 1), ("HOME", "Home improvement loan", 120, 1),
        ("SMB", "Small business term loan", 84, 1), ("DEBT", "Debt consolidation loan", 60, 0),
        ("STUD", "Student loan refinance", 120, 0),
    ]  # fmt: skip
    terms = {"PERS": [12, 24, 36, 48, 60], "AUTO": [36, 48, 60, 72], "HOME": [60, 84, 120], "SMB": [24, 36, 60, 84],
             "DEBT": [24, 36, 48, 60]}  # fmt: skip
    ranges = {"PERS": (2000, 25000), "AUTO": (8000, 55000), "HOME": (10000, 90000), "SMB": (15000, 250000),
              "DEBT": (5000, 40000)}  # fmt: skip
    loans, reps, calls = [], [], []
    lseq: dict[int, int] = {}
    raw = []
    for b in borrowers:
        x = r.random()
        n = 0 if x < 0.09 else (1 if x < 0.82 else 2)
        for _ in range(n):
            disb = day_between(r, max(dt.date.fromisoformat(b[7]), dt.date(2021, 1, 4)), dt.date(2025, 5, 30))
            raw.append((disb, b))
    raw.sort(key=lambda t: (t[0], t[1][0]))
    for disb, b in raw:
        prod = r.choices(list(terms), weights=[30, 28, 14, 10, 18])[0]
        term = r.choice(terms[prod])
        principal = round(r.uniform(*ranges[prod]), -2)
        score = b[5]
        rate = round(max(5.49, min(24.99, 26 - (score - 540) * 0.06 + r.uniform(-1.5, 1.5) +
                                   {"AUTO": -2, "HOME": -1.5, "SMB": 0.5}.get(prod, 0))), 2)  # fmt: skip
        i = rate / 1200
        pay = _money(principal * i / (1 - (1 + i) ** -term))
        officer = r.choice([o for o in officers if o[4] <= iso(disb) and (o[5] is None or o[5] >= iso(disb))])
        lseq[disb.year] = lseq.get(disb.year, 0) + r.randint(1, 5)
        lid = len(loans) + 1
        behaviour = r.choices(["good", "sloppy", "bad"], weights=[76, 16, 8 + (10 if score < 620 else 0)])[0]
        stop = r.randint(3, term) if behaviour == "bad" else None
        status, closed = "current", None
        missed = 0
        my_reps = []
        for k in range(1, term + 1):
            due = _add_months(disb, k)
            if due > dt.date(2025, 6, 30):
                break
            paid = None
            fee = 0.0
            if stop is not None and k >= stop:
                if due < TODAY:
                    missed += 1
                    if (TODAY - due).days > 10:
                        fee = 25.0
                if missed >= 4:
                    my_reps.append([k, due, pay, None, None, fee])
                    closed = due + dt.timedelta(days=30)
                    status = "charged_off"
                    break
            else:
                if behaviour == "sloppy" and r.random() < 0.35:
                    paid = due + dt.timedelta(days=r.randint(1, 28))
                else:
                    paid = due + dt.timedelta(days=r.randint(-5, 2))
                if paid > LAST_DAY:
                    paid = None
                if paid is not None and (paid - due).days > 10:
                    fee = 25.0
                elif paid is None and due < TODAY and (TODAY - due).days > 10:
                    fee = 25.0
            my_reps.append([k, due, pay if k < term else _money(pay * r.uniform(0.97, 1.0)), paid, None, fee])
        if status != "charged_off":
            if len(my_reps) == term and all(rp[3] is not None for rp in my_reps):
                status, closed = "paid_off", max(rp[3] for rp in my_reps)
            elif any(rp[3] is None and rp[1] < TODAY for rp in my_reps):
                status = "delinquent"
        if closed is not None and closed > LAST_DAY:
            closed = LAST_DAY
        loans.append((lid, f"LN-{disb.year % 100:02d}-{lseq[disb.year]:05d}", b[0], prod, officer[0], principal, rate,
                      term, pay, iso(disb), status, iso(closed)))  # fmt: skip
        for k, due, amt, paid, _, fee in my_reps:
            reps.append((len(reps) + 1, lid, k, iso(due), amt, iso(paid), amt if paid is not None else None, fee))
            late_days = ((paid or TODAY) - due).days
            if late_days > 8:
                end = min(paid or LAST_DAY, closed or LAST_DAY, LAST_DAY)
                t = due + dt.timedelta(days=r.randint(4, 6))
                while t <= end:
                    caller = officer[0]
                    if officer[5] is not None and iso(t) > officer[5]:
                        caller = 9 if t >= dt.date(2024, 12, 2) else 1
                    outcome = r.choices(["no_answer", "left_message", "promise_to_pay", "dispute", "wrong_number"],
                                        weights=[35, 25, 30, 6, 4])[0]  # fmt: skip
                    at = f"{iso(t)} {r.randint(9, 17):02d}:{r.choice([0, 5, 10, 20, 30, 40, 45, 50]):02d}"
                    calls.append((t, lid, caller, at, outcome))
                    t += dt.timedelta(days=r.randint(5, 15))
    calls.sort(key=lambda c: (c[3], c[1]))
    call_rows = [(i + 1, c[1], c[2], c[3], c[4]) for i, c in enumerate(calls)]
    write_tables(path, LOANS_DDL, [
        ("loan_officers", officers), ("borrowers", borrowers), ("loan_products", products), ("loans", loans),
        ("repayments", reps), ("collection_calls", call_rows),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# lifecover (singular tables, <table>_key surrogate keys)
# ---------------------------------------------------------------------------------------------------------------

LIFECOVER_DDL = """
CREATE TABLE customer (
    customer_key INTEGER PRIMARY KEY,
    customer_ref TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    gender TEXT NOT NULL,
    smoker_flag INTEGER NOT NULL,
    region TEXT NOT NULL
);
CREATE TABLE product (
    product_key INTEGER PRIMARY KEY,
    product_code TEXT NOT NULL UNIQUE,
    product_name TEXT NOT NULL,
    product_line TEXT NOT NULL,
    term_years INTEGER
);
CREATE TABLE policy (
    policy_key INTEGER PRIMARY KEY,
    policy_no TEXT NOT NULL UNIQUE,
    customer_key INTEGER NOT NULL REFERENCES customer(customer_key),
    product_key INTEGER NOT NULL REFERENCES product(product_key),
    issue_date TEXT NOT NULL,
    sum_assured REAL NOT NULL,
    monthly_premium REAL NOT NULL,
    status_code TEXT NOT NULL,
    end_date TEXT
);
CREATE TABLE rider (
    rider_key INTEGER PRIMARY KEY,
    rider_code TEXT NOT NULL UNIQUE,
    rider_name TEXT NOT NULL
);
CREATE TABLE policy_rider (
    policy_rider_key INTEGER PRIMARY KEY,
    policy_key INTEGER NOT NULL REFERENCES policy(policy_key),
    rider_key INTEGER NOT NULL REFERENCES rider(rider_key),
    added_date TEXT NOT NULL,
    removed_date TEXT,
    rider_premium REAL NOT NULL,
    cover_amount REAL
);
CREATE TABLE premium (
    premium_key INTEGER PRIMARY KEY,
    policy_key INTEGER NOT NULL REFERENCES policy(policy_key),
    due_date TEXT NOT NULL,
    amount_due REAL NOT NULL,
    paid_date TEXT,
    pay_method TEXT NOT NULL
);
CREATE TABLE claim (
    claim_key INTEGER PRIMARY KEY,
    claim_ref TEXT NOT NULL UNIQUE,
    policy_key INTEGER NOT NULL REFERENCES policy(policy_key),
    rider_key INTEGER REFERENCES rider(rider_key),
    claim_type TEXT NOT NULL,
    event_date TEXT NOT NULL,
    notified_date TEXT NOT NULL,
    decision_date TEXT,
    status TEXT NOT NULL,
    amount_claimed REAL NOT NULL,
    amount_paid REAL
);
"""


def build_lifecover(path: Path) -> None:
    r = random.Random(11705)
    regions = ["Scotland", "North West", "North East", "Midlands", "London", "South East", "South West", "Wales"]
    names = full_names(r, 330)
    customers = []
    for i, nm in enumerate(names, start=1):
        first, last = nm.split(" ")
        birth = day_between(r, dt.date(1955, 1, 1), dt.date(2002, 12, 31))
        customers.append(
            (
                i,
                f"LC{700000 + i * 37}",
                first,
                last,
                iso(birth),
                r.choice("FM"),
                1 if r.random() < 0.17 else 0,
                r.choices(regions, weights=[9, 13, 8, 15, 18, 17, 11, 9])[0],
            )
        )
    products = [
        (1, "LT10", "Level Term 10", "TERM", 10), (2, "LT20", "Level Term 20", "TERM", 20),
        (3, "DT25", "Decreasing Term 25 (mortgage)", "TERM", 25), (4, "WOL", "Whole of Life", "WHOLE", None),
        (5, "CIC", "Critical Illness Cover", "CI", 20), (6, "IPP", "Income Protection Plus", "IP", 15),
        (7, "OVR50", "Over 50s Plan", "WHOLE", None),
    ]  # fmt: skip
    riders = [
        (1, "ADB", "Accidental death benefit"), (2, "WOP", "Waiver of premium"), (3, "CIR", "Critical illness rider"),
        (4, "TIB", "Terminal illness benefit"), (5, "CHC", "Children's critical illness cover"),
        (6, "HCB", "Hospital cash benefit"), (7, "GIO", "Guaranteed insurability option"),
        (8, "FIB", "Family income benefit"),
    ]  # fmt: skip
    rider_w = [22, 30, 14, 18, 9, 10, 6, 0]
    policies, prs, prems, claims = [], [], [], []
    info = []
    for c in customers:
        x = r.random()
        n = 0 if x < 0.1 else (1 if x < 0.85 else 2)
        birth = dt.date.fromisoformat(c[4])
        for _ in range(n):
            issue = day_between(r, max(dt.date(2008, 1, 1), birth + dt.timedelta(days=365 * 20)), dt.date(2025, 5, 28))
            age = (issue - birth).days // 365
            prod = r.choices(products, weights=[14, 26, 18, 10, 14, 10, 8 if age >= 50 else 0])[0]
            sa = round(r.uniform(50000, 500000), -3) if prod[3] != "IP" else round(r.uniform(15000, 60000), -3)
            if prod[1] == "OVR50":
                sa = float(r.choice([3000, 5000, 7500, 10000]))
            prem = sa / 1000 * (0.09 + age * 0.006) * (1.8 if c[6] else 1) * (2.2 if prod[3] in ("CI", "WHOLE") else 1)
            if prod[3] == "IP":
                prem = sa / 1000 * 1.1 * (1.4 if c[6] else 1)
            if prod[1] == "OVR50":
                prem = r.choice([9.99, 14.5, 19.75, 24.0])
            prem = _money(max(6.5, prem))
            status, end = "IF", None
            if prod[4] is not None and _add_months(issue, 12 * prod[4]) <= LAST_DAY:
                status, end = "EX", _add_months(issue, 12 * prod[4])
            elif r.random() < 0.09 and issue < dt.date(2025, 3, 1):
                status, end = "LA", day_between(r, issue + dt.timedelta(days=90), dt.date(2025, 6, 1))
            elif r.random() < 0.05 and prod[3] == "WHOLE" and issue < dt.date(2024, 5, 1):
                status, end = "SU", day_between(r, issue + dt.timedelta(days=400), dt.date(2025, 6, 1))
            if end is not None and end <= issue:
                status, end = "IF", None
            pk = len(policies) + 1
            policies.append([pk, f"P{issue.year}{r.randint(10000, 99999)}", c[0], prod[0], iso(issue), sa, prem,
                             status, iso(end)])  # fmt: skip
            my_r = []
            if prod[3] != "IP":
                for _ in range(r.choices([0, 1, 2, 3], weights=[30, 35, 25, 10])[0]):
                    rd = r.choices(riders, weights=rider_w)[0]
                    if rd[0] in [m[0] for m in my_r]:
                        continue
                    added = issue if r.random() < 0.7 else day_between(r, issue, min(end or LAST_DAY, LAST_DAY))
                    removed = None
                    if r.random() < 0.1 and (min(end or LAST_DAY, LAST_DAY) - added).days > 60:
                        removed = day_between(r, added + dt.timedelta(days=30), min(end or LAST_DAY, LAST_DAY))
                    rprem = _money({1: 2.5, 2: prem * 0.06, 3: r.uniform(8, 30), 4: 1.5, 5: r.uniform(3, 7),
                                    6: r.uniform(4, 9), 7: 2.0, 8: r.uniform(5, 15)}[rd[0]])  # fmt: skip
                    cover = {1: sa, 2: None, 3: round(sa * r.uniform(0.25, 0.6), -3), 4: sa,
                             5: float(r.choice([15000, 20000, 25000])), 6: float(r.choice([50, 75, 100])), 7: None,
                             8: round(r.uniform(12000, 30000), -3)}[rd[0]]  # fmt: skip
                    my_r.append((rd[0], added, removed, rprem, cover))
                    prs.append((len(prs) + 1, pk, rd[0], iso(added), iso(removed), rprem, cover))
            info.append((pk, c, prod, issue, status, end, prem, my_r, sa))
    # claims (some end the policy)
    ctypes = {"TERM": ["DEATH", "TI"], "WHOLE": ["DEATH"], "CI": ["CI"], "IP": ["IP"]}
    cseq = 0
    for pk, _c, prod, issue, _status, end, prem, my_r, sa in info:
        if r.random() > 0.2:
            continue
        kinds = list(ctypes[prod[3]])
        kinds += [{1: "ADB", 2: "WOP", 3: "CI", 4: "TI", 5: "CHILD_CI", 6: "HOSP"}[m[0]] for m in my_r if m[0] <= 6]
        kw = {"DEATH": 1, "TI": 1, "CI": 2, "IP": 4, "ADB": 1, "WOP": 2, "CHILD_CI": 2, "HOSP": 5}
        kind = r.choices(kinds, weights=[kw[k] for k in kinds])[0]
        rider = None
        if kind in ("ADB", "WOP", "CHILD_CI", "HOSP") or (kind in ("CI", "TI") and prod[3] == "TERM"):
            rider = next((m for m in my_r if {"ADB": 1, "WOP": 2, "CI": 3, "TI": 4, "CHILD_CI": 5,
                                                "HOSP": 6}[kind] == m[0]), None)  # fmt: skip
            if rider is None:
                kind = ctypes[prod[3]][0]
        lo = max(issue + dt.timedelta(days=60), dt.date(2022, 1, 1))
        hi = min(end or LAST_DAY, LAST_DAY - dt.timedelta(days=3))
        if lo > hi:
            continue
        event = day_between(r, lo, hi)
        notified = min(event + dt.timedelta(days=r.randint(2, 60)), LAST_DAY)
        amount = {"DEATH": sa, "TI": sa, "CI": sa if rider is None else rider[4], "IP": round(sa / 12, 2),
                  "ADB": sa, "WOP": prem * 12, "CHILD_CI": rider[4] if rider else 0,
                  "HOSP": (rider[4] or 50) * r.randint(2, 14) if rider else 0}[kind]  # fmt: skip
        age = (LAST_DAY - notified).days
        st = r.choices(["PAID", "DECLINED", "WITHDRAWN", "REVIEW", "OPEN"],
                       weights=[70, 14, 4, 8, 4] if age > 90 else [30, 8, 2, 35, 25])[0]  # fmt: skip
        decision = None
        paid = None
        if st in ("PAID", "DECLINED"):
            decision = notified + dt.timedelta(days=r.randint(10, 120))
            if decision > LAST_DAY:
                st, decision = "REVIEW", None
        if st == "WITHDRAWN":
            decision = min(notified + dt.timedelta(days=r.randint(5, 40)), LAST_DAY)
        if st == "PAID":
            paid = _money(amount * (1 if kind not in ("HOSP", "IP") else r.uniform(0.8, 1.0)))
        cseq += r.randint(1, 4)
        claims.append((len(claims) + 1, f"CLM-{notified.year}-{cseq:04d}", pk, rider[0] if rider else None, kind,
                       iso(event), iso(notified), iso(decision), st, _money(amount), paid))  # fmt: skip
        if (st == "PAID" and kind in ("DEATH", "TI")) or (st == "PAID" and kind == "CI" and rider is None):
            policies[pk - 1][7] = "CL"
            policies[pk - 1][8] = iso(event)
    claims.sort(key=lambda c: c[6])
    claims = [(i + 1, *c[1:]) for i, c in enumerate(claims)]
    # monthly premiums from 2024-07 to 2025-06, due on the issue day of the month
    end_of = {p[0]: (dt.date.fromisoformat(p[8]) if p[8] else None) for p in policies}
    for pk, _c, _prod, issue, status, end, prem, my_r, _sa in info:
        end = end_of[pk]
        method = r.choices(["DD", "CARD", "CHEQUE"], weights=[82, 14, 4])[0]
        lapse_gap = status == "LA"
        for k in range(12):
            due = _add_months(dt.date(2024, 7, min(issue.day, 28)), k)
            if due < issue or due > LAST_DAY + dt.timedelta(days=16) or (end is not None and due >= end):
                continue
            amt = prem + sum(m[3] for m in my_r if m[1] <= due and (m[2] is None or m[2] > due))
            paid = None
            if due <= LAST_DAY:
                if lapse_gap and end is not None and (end - due).days < 75:
                    paid = None
                elif r.random() < 0.975:
                    paid = due + dt.timedelta(days=r.randint(0, 2) if method == "DD" else r.randint(0, 12))
                    if paid > LAST_DAY:
                        paid = None
            prems.append((len(prems) + 1, pk, iso(due), _money(amt), iso(paid), method))
    policies = [tuple(p) for p in policies]
    write_tables(path, LIFECOVER_DDL, [
        ("customer", customers), ("product", products), ("policy", policies), ("rider", riders),
        ("policy_rider", prs), ("premium", prems), ("claim", claims),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# spendwise (singular tables, <table>_key surrogate keys)
# ---------------------------------------------------------------------------------------------------------------

SPENDWISE_DDL = """
CREATE TABLE member (
    member_key INTEGER PRIMARY KEY,
    member_name TEXT NOT NULL,
    email TEXT NOT NULL,
    joined_date TEXT NOT NULL
);
CREATE TABLE account (
    account_key INTEGER PRIMARY KEY,
    member_key INTEGER REFERENCES member(member_key),
    account_name TEXT NOT NULL,
    account_type TEXT NOT NULL,
    institution TEXT NOT NULL,
    opened_date TEXT NOT NULL,
    closed_date TEXT
);
CREATE TABLE category (
    category_key INTEGER PRIMARY KEY,
    category_name TEXT NOT NULL,
    parent_category_key INTEGER REFERENCES category(category_key),
    is_income INTEGER NOT NULL
);
CREATE TABLE merchant (
    merchant_key INTEGER PRIMARY KEY,
    merchant_name TEXT NOT NULL,
    city TEXT
);
CREATE TABLE txn (
    txn_key INTEGER PRIMARY KEY,
    account_key INTEGER NOT NULL REFERENCES account(account_key),
    txn_date TEXT NOT NULL,
    amount REAL NOT NULL,
    merchant_key INTEGER REFERENCES merchant(merchant_key),
    category_key INTEGER REFERENCES category(category_key),
    note TEXT
);
CREATE TABLE budget (
    budget_key INTEGER PRIMARY KEY,
    category_key INTEGER NOT NULL REFERENCES category(category_key),
    budget_month TEXT NOT NULL,
    limit_amount REAL NOT NULL
);
"""


def build_spendwise(path: Path) -> None:
    r = random.Random(11706)
    members = [
        (1, "Lena Fischer", "lena.fischer@posteo.de", "2023-11-04"),
        (2, "Marco Romano", "marco.romano@gmail.com", "2023-11-04"),
        (3, "Sofia Romano", "sofia.r@icloud.com", "2025-02-09"),
    ]
    accounts = [
        (1, 1, "Lena Girokonto", "checking", "ING", "2016-03-01", None),
        (2, 2, "Marco Current", "checking", "N26", "2019-08-15", None),
        (3, None, "Household Joint", "checking", "Sparkasse", "2021-05-10", None),
        (4, 1, "Lena Visa", "credit_card", "ING", "2018-01-20", None),
        (5, None, "Rainy Day Savings", "savings", "Sparkasse", "2021-05-10", None),
        (6, 2, "Cash Wallet", "cash", "Cash", "2023-11-04", None),
        (7, 2, "Old Postbank", "checking", "Postbank", "2012-09-01", "2024-09-30"),
        (8, 3, "Sofia Taschengeld", "checking", "N26", "2025-02-09", None),
    ]
    cats = [
        (1, "Housing", None, 0), (2, "Food", None, 0), (3, "Transport", None, 0), (4, "Leisure", None, 0),
        (5, "Health", None, 0), (6, "Shopping", None, 0), (7, "Bills & Utilities", None, 0), (8, "Income", None, 1),
        (9, "Rent", 1, 0), (10, "Home Insurance", 1, 0), (11, "Furniture & Repairs", 1, 0),
        (12, "Groceries", 2, 0), (13, "Restaurants", 2, 0), (14, "Coffee & Snacks", 2, 0),
        (15, "Fuel", 3, 0), (16, "Public Transport", 3, 0), (17, "Parking", 3, 0), (18, "Car Maintenance", 3, 0),
        (19, "Streaming", 4, 0), (20, "Cinema & Events", 4, 0), (21, "Travel", 4, 0), (22, "Sport", 4, 0),
        (23, "Pharmacy", 5, 0), (24, "Doctor", 5, 0),
        (25, "Clothing", 6, 0), (26, "Electronics", 6, 0), (27, "Gifts", 6, 0),
        (28, "Electricity", 7, 0), (29, "Internet & Phone", 7, 0), (30, "Water", 7, 0),
        (31, "Salary", 8, 1), (32, "Interest", 8, 1), (33, "Side Income", 8, 1), (34, "Pocket Money", 8, 1),
    ]  # fmt: skip
    merchants_spec = [
        ("REWE", "Köln", 12), ("Aldi Süd", "Köln", 12), ("Edeka Schmitz", "Köln", 12), ("Lidl", "Köln", 12),
        ("dm-drogerie markt", "Köln", 23), ("Rossmann", "Köln", 23), ("Apotheke am Dom", "Köln", 23),
        ("Trattoria Da Enzo", "Köln", 13), ("Sushi Ya", "Köln", 13), ("Brauhaus Früh", "Köln", 13),
        ("Pizzeria Napoli", "Köln", 13), ("Starbucks", "Köln", 14), ("Café Fassbender", "Köln", 14),
        ("Bäckerei Merzenich", "Köln", 14), ("Aral", "Köln", 15), ("Shell", "Bonn", 15),
        ("KVB", "Köln", 16), ("Deutsche Bahn", None, 16), ("Contipark", "Köln", 17), ("ATU", "Köln", 18),
        ("Netflix", None, 19), ("Spotify", None, 19), ("Disney+", None, 19), ("Cinedom", "Köln", 20),
        ("Eventim", None, 20), ("Lufthansa", None, 21), ("Booking.com", None, 21), ("Airbnb", None, 21),
        ("FitX", "Köln", 22), ("Decathlon", "Köln", 22), ("Dr. Keller Praxis", "Köln", 24),
        ("Zalando", None, 25), ("H&M", "Köln", 25), ("Uniqlo", "Köln", 25), ("MediaMarkt", "Köln", 26),
        ("Amazon", None, 26), ("Thalia", "Köln", 27), ("RheinEnergie", "Köln", 28), ("Telekom", None, 29),
        ("Vodafone", None, 29), ("IKEA", "Köln", 11), ("Hausverwaltung Krüger", "Köln", 9),
        ("HUK-Coburg", None, 10), ("Bosch GmbH", "Stuttgart", 31), ("Ford-Werke GmbH", "Köln", 31),
        ("Etsy Payments", None, 33), ("Obi Baumarkt", "Köln", 11), ("Kiosk Ehrenfeld", "Köln", 14),
    ]  # fmt: skip
    merchants = [(i + 1, m[0], m[1]) for i, m in enumerate(merchants_spec)]
    mcat = {i + 1: m[2] for i, m in enumerate(merchants_spec)}
    by_cat: dict[int, list[int]] = {}
    for k, c in mcat.items():
        by_cat.setdefault(c, []).append(k)
    txns = []

    def add(acc: int, d: dt.date, amt: float, merch: int | None, cat: int | None, note: str | None = None) -> None:
        if r.random() < 0.03 and cat not in (31, 32, 9):
            cat = None  # not categorised yet
        txns.append((acc, iso(d), _money(amt), merch, cat, note))

    start = dt.date(2024, 1, 1)
    d = start
    while d <= LAST_DAY:
        lena_acc = 1
        marco_acc = 7 if d <= dt.date(2024, 9, 30) else 2
        # monthly
        if d.day == 1:
            add(3, d, -1380.0 if d < dt.date(2025, 1, 1) else -1440.0, 42, 9)
            add(3, d, -r.uniform(96, 128), 38, 28)
            add(3, d, -44.99, 39, 29)
            add(2 if d > dt.date(2024, 9, 30) else 7, d, -29.99, 40, 29)
            add(4, d, -17.99, 21, 19)
            add(4, d, -10.99, 22, 19)
            if d >= dt.date(2024, 6, 1):
                add(3, d, -9.99, 23, 19)
            add(lena_acc, d, -34.9, 29, 22)
            add(marco_acc, d, -49.0, 17, 16)
        if d.day == 15 and d.month in (1, 4, 7, 10):
            add(3, d, -r.uniform(38, 52), 38, 30)
        if d.day == 2 and d.month == 1:
            add(3, d, -412.60, 43, 10)
        if d.day == 25:
            add(lena_acc, d, 3250.0 if d < dt.date(2025, 4, 1) else 3410.0, 44, 31)
            add(marco_acc, d, r.choice([2890.0, 2890.0, 2890.0, 3120.0]), 45, 31)
        if d.day == 28 and d.month in (3, 6, 9, 12):
            add(5, d, r.uniform(18, 42), None, 32)
        if d.day == 3 and d >= dt.date(2025, 3, 1):
            add(8, d, 40.0, None, 34)
        # daily
        if r.random() < 0.36:
            add(r.choice([lena_acc, 3, 3, marco_acc]), d, -r.uniform(8, 145), r.choice(by_cat[12]), 12)
        if r.random() < 0.13:
            add(r.choice([4, 4, marco_acc, 6]), d, -r.uniform(18, 120), r.choice(by_cat[13]), 13)
        if r.random() < 0.4:
            acc = (
                r.choice([lena_acc, 6, 6, marco_acc, 4])
                if d < dt.date(2025, 2, 9)
                else r.choice([lena_acc, 6, 6, marco_acc, 4, 8])
            )
            add(acc, d, -r.uniform(2.2, 9.5), r.choice(by_cat[14]), 14)
        if r.random() < 0.07:
            add(marco_acc, d, -r.uniform(45, 95), r.choice(by_cat[15]), 15)
        if r.random() < 0.05:
            add(r.choice([marco_acc, 6]), d, -r.uniform(3, 18), 19, 17)
        if r.random() < 0.05:
            add(r.choice([lena_acc, 3, 4]), d, -r.uniform(4, 38), r.choice(by_cat[23]), 23)
        if r.random() < 0.035:
            add(r.choice([4, lena_acc, marco_acc, 8 if d >= dt.date(2025, 2, 9) else 4]), d, -r.uniform(25, 140),
                r.choice(by_cat[25]), 25)  # fmt: skip
        if r.random() < 0.02:
            add(r.choice([4, marco_acc]), d, -r.uniform(20, 480), r.choice(by_cat[26]), 26)
        if r.random() < 0.025:
            add(r.choice([4, 6]), d, -r.uniform(12, 70), r.choice(by_cat[20]), 20)
        if r.random() < 0.02:
            add(r.choice([4, lena_acc]), d, -r.uniform(15, 60), 37, 27)
        if r.random() < 0.015:
            add(r.choice([3, 4]), d, -r.uniform(30, 400), r.choice(by_cat[11]), 11)
        if r.random() < 0.01:
            add(lena_acc, d, r.uniform(25, 180), 46, 33, "Etsy sale")
        if r.random() < 0.008:
            add(4, d, r.uniform(20, 90), 32, 25, "Return")
        if r.random() < 0.012:
            add(r.choice([marco_acc, lena_acc]), d, -r.uniform(60, 190), 31, 24)
        if r.random() < 0.012:
            add(r.choice([4, marco_acc]), d, -r.uniform(19, 160), 17, 16)
        d += dt.timedelta(days=1)
    # a few big ones
    add(4, dt.date(2024, 7, 12), -684.40, 26, 21, "Flights Naples")
    add(4, dt.date(2024, 7, 20), -912.00, 28, 21, "Naples flat")
    add(4, dt.date(2025, 4, 11), -538.20, 27, 21, "Lisbon hotel")
    add(4, dt.date(2025, 4, 3), -366.00, 26, 21, "Flights Lisbon")
    add(2, dt.date(2024, 11, 18), -742.35, 20, 18, "Inspection + brakes")
    add(2, dt.date(2025, 5, 22), -289.90, 20, 18, "Oil change, tyres swap")
    add(3, dt.date(2024, 3, 9), -1249.00, 41, 11, "Sofa")
    add(4, dt.date(2025, 1, 17), -899.00, 35, 26, "Laptop")
    add(4, dt.date(2025, 1, 29), 899.00, 35, 26, "Laptop returned")
    txns.sort(key=lambda t: (t[1], t[0], -t[2]))
    txns = [(i + 1, *t) for i, t in enumerate(txns)]
    limits = {12: 650.0, 13: 220.0, 14: 120.0, 15: 160.0, 19: 40.0, 25: 150.0, 26: 100.0, 20: 60.0, 23: 60.0,
              28: 120.0}  # fmt: skip
    budgets = []
    for m in range(1, 7):
        for ck, lim in limits.items():
            if ck == 26 and m < 3:
                continue
            budgets.append((len(budgets) + 1, ck, f"2025-{m:02d}", lim + (50.0 if ck == 12 and m >= 4 else 0.0)))
    write_tables(path, SPENDWISE_DDL, [
        ("member", members), ("account", accounts), ("category", cats), ("merchant", merchants), ("txn", txns),
        ("budget", budgets),
    ])  # fmt: skip


BUILDERS = {
    "motorclaims": build_motorclaims,
    "corebank": build_corebank,
    "brokernet": build_brokernet,
    "loanservicing": build_loanservicing,
    "lifecover": build_lifecover,
    "spendwise": build_spendwise,
}
