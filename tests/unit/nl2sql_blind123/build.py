"""Six synthetic databases of real estate, property and construction for the 123rd blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Dates are ISO text ('YYYY-MM-DD'), timestamps 'YYYY-MM-DD HH:MM[:SS]'.  Money is in pounds
sterling (GBP) as decimal amounts.  Each schema has its own naming convention.

lettings -- a letting agency's managed properties, tenancies and rent arrears (very terse abbreviated names),
    tenancies from mid-2021 to 2025-06-14
    lndlrd: the landlords whose properties the agency manages.  lndlrd_id; fst_nm / lst_nm: first and last name;
        eml: email (NULL = none on file); mgmt_fee_pct: the agency's management fee, in % of the rent it
        collects for that landlord; jnd_dt: date the landlord signed up.
    prop: the properties.  prop_id; prop_ref: the agency's reference ('LP-1003'); addr_ln1: street address;
        twn: town ('Leeds', 'York', 'Harrogate', 'Bradford', 'Wakefield'); pstcd: postcode; prop_typ: 'FLT' flat,
        'TRC' terraced house, 'SDH' semi-detached house, 'DTH' detached house, 'HMO' house in multiple occupation;
        bdrms: bedrooms; lndlrd_id -> lndlrd (the owner); epc_rtg: energy performance certificate rating, 'A'
        (best) to 'G' (worst), NULL = no certificate on file; gas_cert_exp_dt: expiry date of the gas safety
        certificate (NULL = no gas supply); on_bks_dt: date the property came onto the agency's books; actv_flg:
        'Y' = still on our books (managed by us), 'N' = the landlord has taken it off our books.  A few
        properties came onto the books in May/June 2025 and have not been let yet.
    tnnt: tenants.  tnnt_id; fst_nm / lst_nm; dob: date of birth (sometimes NULL); phn: mobile number (NULL =
        none); eml: email (sometimes NULL).
    tnncy: tenancies.  tnncy_id; prop_id -> prop; lead_tnnt_id -> tnnt (the lead tenant named on the agreement);
        strt_dt: start date; end_dt: last day of the fixed term; ntc_dt: date notice to leave was given (NULL =
        none); vac_dt: date the tenant moved out (NULL = still living there, i.e. a current tenancy);
        mthly_rnt_gbp: rent per month; dpst_gbp: deposit (five weeks' rent); dpst_schm: deposit protection
        scheme, 'DPS', 'TDS' or 'MYD' (mydeposits); stat_cd: 'ACT' active within its fixed term, 'PER' periodic
        (rolling month to month after the fixed term), 'NTC' notice given (still living there), 'END' ended
        (moved out).
    rnt_chg: rent charged, one charge a month per tenancy on the day of the month it started, from the start
        until the move-out.  chg_id; tnncy_id -> tnncy; due_dt; amt_gbp.
    rnt_pmt: rent received.  pmt_id; tnncy_id -> tnncy; pd_dt: date received; amt_gbp; pmt_mthd: 'SO' standing
        order, 'BT' bank transfer, 'UC' Universal Credit paid direct to the agency, 'CRD' card.  A tenant's
        balance is all rent charged minus all rent paid.
    arrs: arrears cases, opened on a rent due date when at least half a month's rent is still unpaid.  arrs_id;
        tnncy_id -> tnncy; opnd_dt: date opened; amt_owed_gbp: the arrears when the case was opened; stg_cd: the
        stage reached, 'L1' first reminder letter, 'L2' second letter, 'PP' payment plan agreed, 'NSP' notice
        seeking possession served, 'CRT' court action; clsd_dt: date closed (NULL = still open); clsd_rsn: why
        it was closed, 'PAID' the tenant paid in full, 'DEP' recovered from the deposit, 'WO' written off
        (NULL while open).

repairjobs -- a building maintenance contractor's reactive repair jobs and engineer call-outs (Rails-style: plural
    snake_case tables, ``id`` keys, ``<singular>_id`` foreign keys, ``created_at`` / ``updated_at``
    timestamps), jobs from 2023-07-01 to 2025-06-14
    clients: id; name; client_type: 'housing_association', 'school', 'commercial' or 'residential_block';
        contract_type: 'term' (a term maintenance contract) or 'ad_hoc' (jobs ordered one at a time); active: 1 =
        current client, 0 = no longer a client; created_at; updated_at.
    sites: the buildings we maintain.  id; client_id -> clients; name ('Calder Valley - Aspen House'); address;
        postcode; created_at; updated_at.
    engineers: id; first_name; last_name; trade: 'plumbing', 'electrical', 'carpentry', 'roofing', 'hvac'
        (heating, ventilation and air conditioning) or 'general' (general engineers also take carpentry jobs);
        hourly_rate: labour rate in GBP per hour; active: 1 = employed, 0 = has left (updated_at is when);
        created_at: when they joined; updated_at.
    jobs: repair jobs reported by clients.  id; site_id -> sites; reference ('RJ-25-0153': year and sequence);
        category: the trade needed (the same values as engineers.trade); priority: 'emergency' (target: engineer
        on site within 4 hours of the job being logged), 'urgent' (within 24 hours) or 'routine' (within 7
        days); description: the fault as reported; status: 'open' (logged, no visit booked yet), 'scheduled'
        (visit booked, not attended yet), 'in_progress' (attended, more work needed), 'completed' or
        'cancelled'; quoted_amount: the price quoted before the work (NULL = not quoted); invoiced_amount: the
        amount invoiced (NULL = not invoiced yet); completed_at: when the work was finished (NULL unless
        completed); created_at: when the job was logged; updated_at: last change.
    call_outs: engineer visits to a job.  id; job_id -> jobs; engineer_id -> engineers; arrived_at / left_at:
        when the engineer arrived on site and left; outcome: 'fixed', 'follow_up' (another visit needed),
        'parts_ordered' or 'no_access' (could not get in); mileage: miles driven to the visit (NULL = not
        recorded); created_at; updated_at.
    parts: the stock parts catalogue.  id; sku; name; category: the trade it is for; unit_cost: GBP each;
        created_at; updated_at.  A few parts have never been used.
    job_parts: parts used on a job.  id; job_id -> jobs; part_id -> parts; quantity; created_at; updated_at.

sitebuild -- a main contractor's construction projects, tasks, subcontractors, defects and payment valuations
    (singular table names, ``<table>_key`` integer surrogate keys beside natural codes), 2022-09 to 2025-06-14
    project: project_key; project_code ('P-2302'); project_name; client_name; site_town; contract_value_gbp:
        contract sum in GBP; start_date; planned_completion_date; actual_completion_date (NULL = not completed);
        project_status: 'PRE_START' (not started on site), 'ON_SITE' (under construction) or 'COMPLETE'.
    trade: trade_key; trade_code: 'MC' main contractor, 'GW' groundworks, 'SC' scaffolding, 'FR' frame and
        structure, 'BR' brickwork, 'RF' roofing, 'GZ' glazing, 'EL' electrical, 'PH' plumbing and heating, 'DL'
        drylining and plastering, 'JN' joinery, 'DC' decorating; trade_name.
    contractor: the main contractor (Hallam Construction Ltd, whose database this is) and its supply chain.
        contractor_key; contractor_code ('C-BWE'); contractor_name; trade_key -> trade; parent_contractor_key ->
        contractor: who engaged them (NULL for the main contractor; the main contractor for a subcontractor; a
        subcontractor for its own labour-only sub-subcontractor); approved_flag: 'Y' = on the approved supplier
        list, 'N' = not approved; contact_email (NULL = none).
    task: programme tasks.  task_key; task_code ('2302-109'); project_key -> project; contractor_key ->
        contractor (who does the task; a task's trade is its contractor's trade); task_name (on projects with
        several blocks it ends with the block: 'Roof coverings - Block B'); planned_start / planned_finish;
        actual_start / actual_finish (NULL = not started / not finished yet); pct_complete: 0-100; budget_gbp;
        task_status: 'NS' not started, 'IP' in progress, 'DN' done.
    defect: snagging defects found in a task's work.  defect_key; defect_ref ('DF-1089'); task_key -> task;
        severity_code: 'CRIT' critical, 'MAJ' major, 'MIN' minor; defect_desc; location (floor, block or plot);
        raised_by: who raised it, name and role ('Priya Shah (clerk of works)'); raised_date; closed_date (NULL
        = still open).
    valuation: monthly payment valuations of a direct subcontractor's work on a project (a labour-only
        sub-subcontractor is paid through the subcontractor that engaged it).  valuation_key; valuation_ref;
        project_key -> project; contractor_key -> contractor (who is paid); period_end: last day of the month
        valued; applied_gbp: amount the subcontractor applied for; certified_gbp: amount certified; retention_pct:
        % of the certified amount held back as retention; paid_date (NULL = not paid yet).

homesales -- an estate agency's sales listings, viewings and offers in Bristol (PascalCase names), listings from
    2023-01 to 2025-06-10
    Branch: BranchId; BranchName ('Clifton', 'Redland', 'Bishopston', 'Southville'); Phone; OpenedOn.
    Negotiator: the agents.  NegotiatorId; FirstName; LastName; BranchId -> Branch; StartedOn; LeftOn (NULL =
        still with the agency).
    Listing: properties put up for sale.  ListingId; ListingRef ('HS-20297'); BranchId -> Branch; NegotiatorId ->
        Negotiator (the listing's negotiator); Address; Postcode; PropertyType: 'Flat', 'Terraced',
        'Semi-detached', 'Detached' or 'Bungalow'; Bedrooms; Tenure: 'Freehold' or 'Leasehold'; AskingPrice: GBP;
        ListedOn; Status: 'Available' (on the market), 'UnderOffer' (an offer accepted, the sale is
        progressing), 'Completed' (sold) or 'Withdrawn' (taken off the market); SoldPrice: the price of a
        completed sale (NULL otherwise); CompletedOn: date the sale completed; WithdrawnOn: date withdrawn.
    Feature: FeatureId; FeatureName ('Garden', 'Off-street parking', 'Garage', 'En-suite', 'EV charger', ...).
    ListingFeature: which listing has which feature (many-to-many).  ListingId -> Listing; FeatureId -> Feature.
    Buyer: registered applicants.  BuyerId; FullName; Email (sometimes NULL); BuyerPosition: 'FTB' first-time
        buyer, 'CHAIN' has a property to sell, 'CASH' cash buyer, 'INV' investor; HasMortgageInPrinciple: 1 =
        yes, 0 = no; MaxBudget: GBP (NULL = not given); RegisteredOn.
    Viewing: ViewingId; ListingId -> Listing; BuyerId -> Buyer; NegotiatorId -> Negotiator (who showed the
        property; NULL = the vendor showed it); ViewingAt ('YYYY-MM-DD HH:MM'; some are booked for the coming
        days); Outcome: 'Interested', 'NotInterested', 'NoShow' (the buyer did not turn up), NULL = not happened
        yet.
    Offer: OfferId; ListingId -> Listing; BuyerId -> Buyer; Amount: GBP; OfferedOn; OfferStatus: 'Pending'
        (awaiting the vendor's answer), 'Accepted', 'Rejected', 'Withdrawn' (by the buyer) or 'FellThrough'
        (accepted, then the sale fell through).

hotdesks -- a co-working space's members, teams, desks and bookings, exported from a spreadsheet (table and column
    names with spaces, units in brackets, 'Yes'/'No' text flags), bookings 2024-01-02 to 2025-06-14 (weekdays)
    "Plans": "Plan Code" ('HOT' hot desk, 'PT8' part-time 8 days, 'FIX' fixed desk, 'OFF' private office seat,
        'VRT' virtual office); "Plan Name"; "Monthly Fee (£)"; "Desk Days per Month": desk days included a
        month (NULL = unlimited); "Meeting Room Hours": meeting room hours included a month.
    "Members": "Member ID"; "Full Name"; "Email"; "Company" (NULL = a freelancer); "Plan Code" -> "Plans";
        "Start Date"; "End Date" (NULL = has not left); "Active": 'Yes' or 'No' (left, or membership paused);
        "Key Fob No" (NULL for virtual members).
    "Teams": "Team ID"; "Team Name"; "Team Type": 'Company' (a member company's team) or 'Community' (an
        interest group); "Created On".
    "Team Members": who is in which team (many-to-many; active members only).  "Team ID" -> "Teams"; "Member ID"
        -> "Members"; "Role": 'Lead' or 'Member'; "Joined On".
    "Desks": "Desk No" ('2-07': floor and number); "Floor"; "Area": 'Open Plan', 'Quiet Zone', 'Window' or 'Focus
        Booths'; "Monitor": 'Yes'/'No'; "Standing Desk": 'Yes'/'No'; "Assigned To" -> "Members": the member
        whose fixed desk it is (NULL = a hot desk anyone can book).
    "Desk Bookings": "Booking ID"; "Member ID" -> "Members"; "Desk No" -> "Desks"; "Date"; "Checked In":
        'Yes'/'No'; "Cancelled": 'Yes'/'No'.
    "Rooms": meeting rooms.  "Room" (its name: 'Boardroom', 'Lighthouse', 'Snug', 'Pod 1', 'Pod 2', 'Studio');
        "Floor"; "Seats"; "Hourly Rate (£)"; "Video Conferencing": 'Yes'/'No'.
    "Room Bookings": "Booking ID"; "Room" -> "Rooms"; "Member ID" -> "Members"; "Date"; "Start Time" / "End
        Time" ('HH:MM'); "Hours": booked length in hours; "Attendees" (NULL = not given); "Cancelled":
        'Yes'/'No'.

lockups -- a self-storage business's units, rentals and payments, with an audit log of unit events (camelCase
    names).  Its system went live on 2023-01-02: rentals that had ended before then were not migrated, and
    payments and events are recorded from that day on.
    sites: siteId; siteName ('Northgate', 'Riverside', 'Airport Road'); city; openedOn; managerName.
    unitSizes: sizeCode ('LKR', 'S25', 'S50', 'M75', 'M100', 'L150', 'L200'); sizeLabel ('75 sq ft (medium)');
        areaSqFt: floor area in square feet; listWeeklyRate: today's list price in GBP per week.
    units: unitId; siteId -> sites; unitNumber ('A-012', unique within a site); sizeCode -> unitSizes;
        floorLevel: 0 = ground floor, 1 = upper floor; isClimateControlled: 1 = yes, 0 = no; unitStatus:
        'vacant', 'reserved', 'occupied' or 'overlocked' (rented, but locked out by us for unpaid rent).  The
        newest block at Airport Road has not been let yet.
    customers: customerId; firstName; lastName; email; phone (either may be NULL); companyName (NULL = a private
        customer, set = a business customer); createdOn.
    rentals: rentalId; unitId -> units; customerId -> customers; moveInDate; moveOutDate (NULL = still renting);
        weeklyRate: the current weekly rate in GBP, after any increases (the rate at move-in is the MOVE_IN
        event's newValue); insuranceCover: value of goods insured through us, GBP (NULL = the customer's own
        insurance); promoCode: promotion used at sign-up (NULL = none; 'FIRSTMONTH50' halves the first payment).
    payments: paymentId; rentalId -> rentals; paidOn; amount: GBP (four weeks' rent, paid in advance);
        paymentMethod: 'card', 'direct_debit' or 'cash'.
    unitEvents: the audit log of what happened to each unit.  eventId; unitId -> units; rentalId -> rentals (NULL
        for events not tied to a rental); eventType: 'MOVE_IN', 'MOVE_OUT', 'RATE_CHANGE' (annual rate review),
        'OVERLOCK' (our lock put on for unpaid rent), 'OVERLOCK_REMOVED', 'MAINTENANCE'; eventAt ('YYYY-MM-DD
        HH:MM'); performedBy: the staff member's username ('tokafor'); oldValue / newValue: text, the weekly
        rates before and after a RATE_CHANGE (newValue of a MOVE_IN is the starting rate), else NULL; note.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, full_names, iso, write_tables

LAST_DAY = dt.date(2025, 6, 14)


def _add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved ``n`` months on (the day kept, at most the 28th)."""
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


def _ts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------------------------------------------------------
# lettings (terse abbreviated names)
# ---------------------------------------------------------------------------------------------------------------

LETTINGS_DDL = """
CREATE TABLE lndlrd (
    lndlrd_id INTEGER PRIMARY KEY,
    fst_nm TEXT NOT NULL,
    lst_nm TEXT NOT NULL,
    eml TEXT,
    mgmt_fee_pct REAL NOT NULL,
    jnd_dt TEXT NOT NULL
);
CREATE TABLE prop (
    prop_id INTEGER PRIMARY KEY,
    prop_ref TEXT NOT NULL UNIQUE,
    addr_ln1 TEXT NOT NULL,
    twn TEXT NOT NULL,
    pstcd TEXT NOT NULL,
    prop_typ TEXT NOT NULL,
    bdrms INTEGER NOT NULL,
    lndlrd_id INTEGER NOT NULL REFERENCES lndlrd(lndlrd_id),
    epc_rtg TEXT,
    gas_cert_exp_dt TEXT,
    on_bks_dt TEXT NOT NULL,
    actv_flg TEXT NOT NULL
);
CREATE TABLE tnnt (
    tnnt_id INTEGER PRIMARY KEY,
    fst_nm TEXT NOT NULL,
    lst_nm TEXT NOT NULL,
    dob TEXT,
    phn TEXT,
    eml TEXT
);
CREATE TABLE tnncy (
    tnncy_id INTEGER PRIMARY KEY,
    prop_id INTEGER NOT NULL REFERENCES prop(prop_id),
    lead_tnnt_id INTEGER NOT NULL REFERENCES tnnt(tnnt_id),
    strt_dt TEXT NOT NULL,
    end_dt TEXT NOT NULL,
    ntc_dt TEXT,
    vac_dt TEXT,
    mthly_rnt_gbp REAL NOT NULL,
    dpst_gbp REAL NOT NULL,
    dpst_schm TEXT NOT NULL,
    stat_cd TEXT NOT NULL
);
CREATE TABLE rnt_chg (
    chg_id INTEGER PRIMARY KEY,
    tnncy_id INTEGER NOT NULL REFERENCES tnncy(tnncy_id),
    due_dt TEXT NOT NULL,
    amt_gbp REAL NOT NULL
);
CREATE TABLE rnt_pmt (
    pmt_id INTEGER PRIMARY KEY,
    tnncy_id INTEGER NOT NULL REFERENCES tnncy(tnncy_id),
    pd_dt TEXT NOT NULL,
    amt_gbp REAL NOT NULL,
    pmt_mthd TEXT NOT NULL
);
CREATE TABLE arrs (
    arrs_id INTEGER PRIMARY KEY,
    tnncy_id INTEGER NOT NULL REFERENCES tnncy(tnncy_id),
    opnd_dt TEXT NOT NULL,
    amt_owed_gbp REAL NOT NULL,
    stg_cd TEXT NOT NULL,
    clsd_dt TEXT,
    clsd_rsn TEXT
);
"""

_STREETS = [
    "Cardigan Road", "Harehills Lane", "Ash Grove", "Victoria Street", "Mill Lane", "Station Road", "Park Avenue",
    "Chapel Street", "Grove Terrace", "Clarendon Road", "Bootham Crescent", "Heworth Green", "Skipton Road",
    "Otley Road", "Kings Road", "Manor Drive", "Westgate", "Bridge Street", "Church Lane", "Queens Road",
    "Belle Vue Road", "Moorland View", "Springfield Place", "Albert Terrace",
]  # fmt: skip
_TOWNS = [("Leeds", "LS", 1.0, 34), ("York", "YO", 1.12, 20), ("Harrogate", "HG", 1.18, 14),
          ("Bradford", "BD", 0.74, 18), ("Wakefield", "WF", 0.8, 14)]  # fmt: skip


def _stage(days: int, r: random.Random) -> str:
    if days < 14:
        return "L1"
    if days < 35:
        return "L2"
    if days < 120:
        return "PP" if r.random() < 0.3 else "NSP"
    return "PP" if r.random() < 0.3 else "CRT"


def build_lettings(path: Path) -> None:
    r = random.Random(12301)
    names = full_names(r, 14 + 200)
    landlords = []
    for i, name in enumerate(names[:14], start=1):
        first, last = name.split(" ")
        mail = ["gmail.com", "outlook.com", "btinternet.com"]
        eml = None if i in (6, 11) else f"{first.lower()}.{last.lower()}@{r.choice(mail)}"
        fee = [10.0, 12.0, 12.0, 10.0, 15.0, 8.5, 12.0, 10.0, 14.0, 12.0, 10.0, 9.0, 12.0, 11.0][i - 1]
        joined = ["2015-03-09", "2016-11-21", "2016-07-12", "2018-01-15", "2019-05-02", "2022-03-13", "2017-06-13",
                  "2020-04-03", "2018-09-13", "2019-01-02", "2021-07-31", "2024-08-21", "2019-10-27", "2017-02-24"]
        landlords.append((i, first, last, eml, fee, joined[i - 1]))
    ll_weights = [9, 3, 5, 2, 6, 1, 4, 3, 2, 7, 3, 2, 4, 3]
    props = []
    n_props = 66
    inactive = {9, 23, 37, 48, 58}
    new_props = {64, 65, 66}
    for i in range(1, n_props + 1):
        town = r.choices(_TOWNS, weights=[t[3] for t in _TOWNS])[0]
        typ = r.choices(["FLT", "TRC", "SDH", "DTH", "HMO"], weights=[36, 26, 15, 6, 9])[0]
        beds = {"FLT": r.choice([1, 1, 2, 2, 2, 3]), "TRC": r.choice([2, 2, 3, 3, 4]), "SDH": r.choice([3, 3, 4]),
                "DTH": r.choice([4, 4, 5]), "HMO": r.choice([5, 5, 6, 7])}[typ]  # fmt: skip
        ll = r.choices(range(1, 15), weights=ll_weights)[0]
        if i == 66:
            ll = 3
        epc = None if r.random() < 0.06 else r.choices("BCDEF", weights=[6, 30, 40, 18, 6])[0]
        gas = None if (typ == "FLT" and r.random() < 0.35) else iso(
            day_between(r, dt.date(2025, 6, 16), dt.date(2026, 6, 10)) if r.random() > 0.1
            else day_between(r, dt.date(2025, 1, 6), dt.date(2025, 6, 14)))  # fmt: skip
        if i in new_props:
            on_bks = day_between(r, dt.date(2025, 5, 6), dt.date(2025, 6, 10))
            gas = None if typ == "FLT" else iso(dt.date(2026, 4, 30))
        else:
            on_bks = day_between(r, dt.date(2016, 1, 1), dt.date(2024, 6, 30))
        ll_joined = dt.date.fromisoformat(landlords[ll - 1][5])
        on_bks = max(on_bks, ll_joined)
        if on_bks > dt.date(2025, 4, 30) and i not in new_props:
            on_bks = dt.date(2024, 11, 4)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{town[1]}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"
        props.append([i, f"LP-{1000 + i * 3}", f"{r.randint(1, 180)} {r.choice(_STREETS)}", town[0], pc, typ, beds,
                      ll, epc, gas, iso(on_bks), "N" if i in inactive else "Y"])  # fmt: skip
    tenants = []
    t_pool = list(names[14:])
    tenancies = []
    charges = []
    payments = []
    cases = []
    tid = 0
    ten_id = 0
    for p in props:
        pid = p[0]
        if pid in new_props:
            continue
        town_f = next(t[2] for t in _TOWNS if t[0] == p[3])
        base = (420 + 175 * p[6]) * town_f * (1.15 if p[5] in ("SDH", "DTH") else 1.0)
        if p[5] == "HMO":
            base = 395 * p[6] * town_f
        t = max(dt.date.fromisoformat(p[10]), dt.date(2021, 6, 1)) + dt.timedelta(days=r.randint(0, 70))
        stop = dt.date(2024, r.randint(3, 11), r.randint(1, 28)) if pid in inactive else None
        while t <= LAST_DAY - dt.timedelta(days=20):
            if stop and t > stop - dt.timedelta(days=200):
                break
            start = t.replace(day=min(t.day, 28))
            term = r.choice([12, 12, 12, 6])
            end = _add_months(start, term) - dt.timedelta(days=1)
            months = r.randint(max(term, 7), 38)
            move_out: dt.date | None = _add_months(start, months) - dt.timedelta(days=r.randint(0, 20))
            if stop and move_out > stop:  # type: ignore[operator]
                move_out = stop
            notice = None
            if move_out > LAST_DAY:  # type: ignore[operator]
                move_out = None
                if r.random() < 0.12:
                    status = "NTC"
                    notice = LAST_DAY - dt.timedelta(days=r.randint(3, 50))
                else:
                    status = "ACT" if end >= LAST_DAY else "PER"
            else:
                status = "END"
                notice = move_out - dt.timedelta(days=r.randint(30, 62))  # type: ignore[operator]
            years = (start - dt.date(2021, 6, 1)).days / 365.25
            rent = round(base * (1.045**years) / 25) * 25
            if r.random() < 0.15:
                rent += 10 * r.randint(1, 4)
            deposit = round(rent * 12 / 52 * 5, 2)
            tid += 1
            if tid > 8 and r.random() < 0.04:
                lead = r.randint(1, ten_id)
            else:
                ten_id += 1
                lead = ten_id
                first, last = t_pool.pop().split(" ")
                dob = None if r.random() < 0.04 else iso(day_between(r, dt.date(1956, 1, 1), dt.date(2004, 12, 31)))
                phn = None if r.random() < 0.1 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
                mail = ["gmail.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk"]
                eml = None if r.random() < 0.05 else f"{first.lower()}{r.randint(1, 99)}@{r.choice(mail)}"
                tenants.append((ten_id, first, last, dob, phn, eml))
            payer = r.choices(["good", "late", "bad"], weights=[74, 14, 12])[0]
            method = r.choices(["SO", "BT", "UC", "CRD"], weights=[55, 25, 15, 5])[0]
            tenancies.append((tid, pid, lead, iso(start), iso(end), iso(notice), iso(move_out), float(rent), deposit,
                              r.choice(["DPS", "TDS", "TDS", "MYD"]), status))  # fmt: skip
            # charges and payments
            ledger: list[tuple[dt.date, float]] = []
            k = 0
            while True:
                due = _add_months(start, k)
                if due > LAST_DAY or (move_out is not None and due >= move_out):
                    break
                charges.append((len(charges) + 1, tid, iso(due), float(rent)))
                ledger.append((due, float(rent)))
                owed_before = sum(a for d, a in ledger if d < due)
                if payer == "good":
                    pays = [(due + dt.timedelta(days=r.randint(-2, 2)), float(rent))]
                elif payer == "late":
                    pays = [(due + dt.timedelta(days=r.randint(4, 34)), float(rent))]
                else:
                    x = r.random()
                    if x < 0.22:
                        pays = []
                    elif x < 0.42:
                        pays = [(due + dt.timedelta(days=r.randint(0, 20)), round(rent * r.uniform(0.4, 0.8), 2))]
                    else:
                        pays = [(due + dt.timedelta(days=r.randint(0, 18)), float(rent))]
                    if owed_before > 0 and r.random() < 0.3:
                        pays.append((due + dt.timedelta(days=r.randint(3, 25)), round(owed_before, 2)))
                for pd_, amt in pays:
                    if pd_ <= LAST_DAY and amt > 0:
                        payments.append((len(payments) + 1, tid, iso(pd_), amt, method))
                        ledger.append((pd_, -amt))
                k += 1
            # arrears cases: checked at each due date (and at the move-out)
            checks = [d for d, a in ledger if a > 0][1:]
            if move_out is not None:
                checks.append(move_out)
            open_case: list | None = None
            for cd in checks:
                bal = round(sum(a for d, a in ledger if d < cd), 2)
                if open_case is None and bal >= 0.5 * rent and not (move_out is not None and cd == move_out):
                    open_case = [len(cases) + 1, tid, iso(cd), bal, None, None, None]
                    cases.append(open_case)
                elif open_case is not None and bal <= 0.01:
                    closed = cd - dt.timedelta(days=r.randint(1, 6))
                    open_case[5] = iso(closed)
                    open_case[6] = "PAID"
                    open_case[4] = _stage((closed - dt.date.fromisoformat(open_case[2])).days, r)
                    open_case = None
            if open_case is not None:
                if move_out is not None and move_out + dt.timedelta(days=30) <= LAST_DAY:
                    bal = round(sum(a for d, a in ledger), 2)
                    closed = move_out + dt.timedelta(days=r.randint(14, 30))
                    open_case[5] = iso(closed)
                    open_case[6] = "DEP" if bal <= deposit else "WO"
                    open_case[4] = _stage((closed - dt.date.fromisoformat(open_case[2])).days, r)
                else:
                    open_case[4] = _stage((LAST_DAY - dt.date.fromisoformat(open_case[2])).days, r)
            t = (move_out or LAST_DAY) + dt.timedelta(days=r.randint(4, 80))
    write_tables(path, LETTINGS_DDL, [
        ("lndlrd", landlords), ("prop", [tuple(p) for p in props]), ("tnnt", tenants), ("tnncy", tenancies),
        ("rnt_chg", charges), ("rnt_pmt", payments), ("arrs", [tuple(c) for c in cases]),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# repairjobs (Rails-like)
# ---------------------------------------------------------------------------------------------------------------

REPAIRJOBS_DDL = """
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    client_type TEXT NOT NULL,
    contract_type TEXT NOT NULL,
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE engineers (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    trade TEXT NOT NULL,
    hourly_rate REAL NOT NULL,
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites(id),
    reference TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    priority TEXT NOT NULL,
    description TEXT NOT NULL,
    status TEXT NOT NULL,
    quoted_amount REAL,
    invoiced_amount REAL,
    completed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE call_outs (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES jobs(id),
    engineer_id INTEGER NOT NULL REFERENCES engineers(id),
    arrived_at TEXT NOT NULL,
    left_at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    mileage REAL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE parts (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    unit_cost REAL NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE job_parts (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES jobs(id),
    part_id INTEGER NOT NULL REFERENCES parts(id),
    quantity INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

_CLIENTS = [
    ("Northbank Housing Association", "housing_association", "term", 6),
    ("Calder Valley Homes", "housing_association", "term", 5),
    ("St Aidan's Primary School", "school", "term", 1),
    ("Moorside Academy", "school", "term", 2),
    ("Wharf Street Offices Ltd", "commercial", "term", 2),
    ("Kirkstall Retail Park", "commercial", "ad_hoc", 1),
    ("Victoria Court Management Co", "residential_block", "term", 1),
    ("Beckett Park Residents Ltd", "residential_block", "ad_hoc", 2),
    ("Holbeck Dental Practice", "commercial", "ad_hoc", 1),
    ("Roundhay Lettings", "residential_block", "ad_hoc", 4),
    ("Ilkley Grammar Trust", "school", "term", 2),
    ("Briggate Hotel Group", "commercial", "term", 3),
    ("Otley Parish Council", "commercial", "ad_hoc", 2),
    ("Headingley Student Living", "residential_block", "term", 3),
    ("Meanwood Medical Centre", "commercial", "ad_hoc", 1),
    ("Pudsey Community Trust", "commercial", "ad_hoc", 1),
    ("Armley Court Freeholders", "residential_block", "ad_hoc", 1),
    ("Yorkshire Dales Care Homes", "commercial", "term", 3),
]  # fmt: skip
_SITE_WORDS = ["Court", "House", "Mews", "Gardens", "Block A", "Block B", "Lodge", "Place", "Annexe"]
_SITE_PLACES = ["Elm", "Oak", "Beech", "Hawthorn", "Rowan", "Larch", "Willow", "Cedar", "Maple", "Hazel", "Alder",
                "Birch", "Holly", "Poplar", "Aspen", "Juniper"]  # fmt: skip
_TRADE_PARTS = {
    "plumbing": [("Compression elbow 15mm", 2.10), ("Isolating valve 15mm", 3.85), ("TRV radiator valve", 14.50),
                 ("Fill valve (toilet cistern)", 11.20), ("Flush valve", 16.80), ("Mixer tap cartridge", 22.40),
                 ("Waste trap 40mm", 6.30), ("Expansion vessel 8L", 38.00), ("Diverter valve", 64.00),
                 ("Pressure relief valve", 19.90)],
    "electrical": [("13A socket outlet", 4.60), ("Light switch 2-gang", 5.20), ("RCBO 32A", 28.50),
                   ("LED batten 5ft", 24.00), ("Smoke alarm (mains)", 21.75), ("Emergency light fitting", 46.00),
                   ("Fused spur", 7.40), ("PIR sensor", 18.30)],
    "carpentry": [("Door closer", 32.00), ("Lever handle set", 15.60), ("Hinges (pair)", 6.90),
                  ("Sash lock", 12.80), ("Fire door seal strip", 9.40), ("Skirting board 2.4m", 8.10)],
    "roofing": [("Concrete roof tile", 2.40), ("Ridge tile", 9.70), ("Lead flashing 1m", 27.00),
                ("Gutter section 2m", 11.50), ("Downpipe bracket", 1.90)],
    "hvac": [("Air filter panel", 17.20), ("Condensate pump", 96.00), ("Fan motor", 148.00),
             ("Thermostat (programmable)", 54.00), ("Refrigerant R32 (kg)", 42.00)],
    "general": [("Silicone sealant", 6.20), ("Window restrictor", 8.80), ("Padlock", 11.00),
                ("Anti-slip tread", 13.40), ("Letter plate", 18.50), ("Bin store hinge", 9.90)],
}  # fmt: skip
_DESCR = {
    "plumbing": ["Leak under kitchen sink", "No hot water", "Toilet not flushing", "Radiator cold", "Boiler losing "
                 "pressure", "Blocked basin waste", "Dripping tap", "Water coming through ceiling"],
    "electrical": ["No power to sockets", "Lights flickering", "Tripping RCD", "Emergency lighting fault",
                   "Smoke alarm chirping", "Car park lights out", "Door entry system dead"],
    "carpentry": ["Door sticking", "Fire door not closing", "Broken kitchen cupboard", "Loose handrail",
                  "Window won't lock", "Damaged skirting"],
    "roofing": ["Roof leak after storm", "Slipped tiles", "Gutter overflowing", "Flashing lifted"],
    "hvac": ["Air con not cooling", "Ventilation fan noisy", "Heating controls fault", "Extractor not working"],
    "general": ["Graffiti removal", "Broken bin store door", "Loose paving slab", "Replace window restrictor",
                "Clear fly-tipping", "Repair letterbox"],
}  # fmt: skip


def build_repairjobs(path: Path) -> None:
    r = random.Random(12302)
    clients = []
    sites = []
    for i, (name, typ, contract, n_sites) in enumerate(_CLIENTS, start=1):
        created = dt.datetime.combine(day_between(r, dt.date(2019, 3, 1), dt.date(2023, 6, 1)),
                                      dt.time(r.randint(9, 16), r.randint(0, 59), r.randint(0, 59)))  # fmt: skip
        active = 0 if i in (8, 16) else 1
        updated = created + dt.timedelta(days=r.randint(30, 700))
        if i == 16:
            created = dt.datetime(2024, 2, 12, 10, 4, 11)
            updated = dt.datetime(2024, 9, 30, 17, 2, 45)
        clients.append((i, name, typ, contract, active, _ts(created), _ts(min(updated, dt.datetime(2025, 6, 1)))))
        short = {"Yorkshire Dales Care Homes": "Dales Care", "Headingley Student Living": "Headingley Living",
                 "Calder Valley Homes": "Calder Valley", "Ilkley Grammar Trust": "Ilkley Grammar"}
        base = short.get(name, name.split(" ")[0])
        for k in range(n_sites):
            sid = len(sites) + 1
            if n_sites == 1:
                sname = name.removesuffix(" Ltd").removesuffix(" Management Co")
            else:
                sname = f"{base} - {r.choice(_SITE_PLACES)} {_SITE_WORDS[k % len(_SITE_WORDS)]}"
            addr = f"{r.randint(1, 240)} {r.choice(_STREETS)}, Leeds"
            pc = f"LS{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEHJLNPQRSTUWXY')}{r.choice('ABDEHJLNPQRSTUWXY')}"
            sc = created + dt.timedelta(days=r.randint(0, 300))
            sites.append((sid, i, sname, addr, pc, _ts(sc), _ts(sc)))
    site_weights = [r.randint(2, 9) for _ in sites]
    eng_specs = [("plumbing", 38.5, 1), ("plumbing", 36.0, 1), ("plumbing", 41.0, 1), ("electrical", 42.5, 1),
                 ("electrical", 40.0, 1), ("electrical", 39.0, 0), ("carpentry", 34.0, 1), ("carpentry", 33.5, 1),
                 ("roofing", 37.0, 1), ("hvac", 45.0, 1), ("general", 29.5, 1), ("general", 31.0, 1),
                 ("general", 28.0, 0), ("hvac", 44.0, 1), ("plumbing", 35.0, 1)]  # fmt: skip
    engineers = []
    for i, (name, (trade, rate, act)) in enumerate(zip(full_names(r, len(eng_specs)), eng_specs, strict=True), 1):
        first, last = name.split(" ")
        created = dt.datetime.combine(day_between(r, dt.date(2016, 1, 1), dt.date(2023, 5, 1)), dt.time(9, 0))
        if i == 15:
            created = dt.datetime(2025, 2, 3, 8, 30)
        updated = dt.datetime(2024, r.randint(1, 12), r.randint(1, 28), 12, 0)
        if act == 0:
            updated = dt.datetime(2024, 11, 29, 16, 0) if i == 6 else dt.datetime(2025, 3, 14, 16, 0)
        engineers.append((i, first, last, trade, rate, act, _ts(created), _ts(max(updated, created))))
    parts = []
    for cat, items in _TRADE_PARTS.items():
        for pname, cost in items:
            pid = len(parts) + 1
            created = dt.datetime.combine(day_between(r, dt.date(2021, 1, 1), dt.date(2023, 6, 1)), dt.time(11, 0))
            parts.append((pid, f"{cat[:3].upper()}-{100 + pid * 7}", pname, cat, cost, _ts(created), _ts(created)))
    never_used_parts = {9, 26, 37}
    parts_by_cat = {c: [p for p in parts if p[3] == c and p[0] not in never_used_parts] for c in _TRADE_PARTS}

    def eng_for(cat: str, when: dt.datetime) -> tuple:
        pool = [e for e in engineers if (e[3] == cat or (cat == "carpentry" and e[3] == "general"))
                and e[6] <= _ts(when) and (e[5] == 1 or e[7] >= _ts(when))]  # fmt: skip
        if not pool:
            pool = [e for e in engineers if e[3] == "general" and e[5] == 1]
        return r.choice(pool)

    jobs = []
    callouts = []
    job_parts = []
    start = dt.date(2023, 7, 1)
    seq: dict[int, int] = {}
    n_days = (LAST_DAY - start).days + 1
    for di in range(n_days):
        day = start + dt.timedelta(days=di)
        n = r.choice([0, 1, 1, 2, 2, 2, 3]) if day.weekday() < 5 else r.choice([0, 0, 1])
        if day.month in (12, 1, 2):
            n += r.choice([0, 1])
        for _ in range(n):
            site = r.choices(sites, weights=site_weights)[0]
            if site[5][:10] > iso(day):
                continue
            if site[1] == 16 and day > dt.date(2024, 9, 1):
                continue
            if site[1] == 8 and day > dt.date(2024, 5, 1):
                continue
            winter = 6 if day.month in (11, 12, 1, 2) else 0
            cat = r.choices(list(_DESCR), weights=[30, 22, 15, 8 + winter, 10, 15])[0]
            prio = r.choices(["emergency", "urgent", "routine"], weights=[14, 30, 56])[0]
            hour = r.randint(0, 23) if prio == "emergency" else r.randint(8, 17)
            created = dt.datetime.combine(day, dt.time(hour, r.randint(0, 59), r.randint(0, 59)))
            jid = len(jobs) + 1
            seq[day.year] = seq.get(day.year, 0) + 1
            ref = f"RJ-{day.year % 100}-{seq[day.year]:04d}"
            age = (LAST_DAY - day).days
            if age > 30:
                status = r.choices(["completed", "cancelled"], weights=[93, 7])[0]
            else:
                status = r.choices(["open", "scheduled", "in_progress", "completed", "cancelled"],
                                   weights=[6 if age > 7 else 14, 12 if age > 3 else 4, 8, 20, 2])[0]  # fmt: skip
            if prio == "emergency" and status in ("open", "scheduled") and age > 1:
                status = "completed"
            quoted = None
            if prio == "routine" and cat in ("carpentry", "roofing", "general", "hvac") and r.random() < 0.4:
                quoted = round(r.uniform(90, 1400), 2)
            visits: list[tuple] = []
            if status in ("in_progress", "completed"):
                if prio == "emergency":
                    resp = dt.timedelta(minutes=r.randint(25, 300 if r.random() < 0.2 else 230))
                elif prio == "urgent":
                    resp = dt.timedelta(minutes=r.randint(90, 1440 if r.random() < 0.85 else 2900))
                else:
                    resp = dt.timedelta(days=r.randint(1, 9), hours=r.randint(-2, 3))
                arrive = created + resp
                if prio != "emergency":
                    arrive = arrive.replace(hour=r.randint(8, 16), minute=r.randint(0, 59))
                    if arrive < created:
                        arrive = created + dt.timedelta(hours=r.randint(2, 6))
                n_visits = r.choices([1, 2, 3], weights=[70, 22, 8])[0]
                if status == "in_progress":
                    n_visits = r.choice([1, 1, 2])
                eng = eng_for(cat, arrive)
                for v in range(n_visits):
                    if arrive.date() > LAST_DAY:
                        break
                    if v > 0 and r.random() < 0.25:
                        eng = eng_for(cat, arrive)
                    leave = arrive + dt.timedelta(minutes=r.randint(20, 300))
                    last = v == n_visits - 1
                    if last and status == "completed":
                        outcome = "fixed"
                    else:
                        outcome = r.choices(["follow_up", "parts_ordered", "no_access"], weights=[45, 35, 20])[0]
                    miles = None if r.random() < 0.04 else round(r.uniform(1.5, 38.0), 1)
                    visits.append([len(callouts) + len(visits) + 1, jid, eng[0], arrive, leave, outcome, miles])
                    arrive = leave + dt.timedelta(days=r.randint(1, 9))
                    arrive = arrive.replace(hour=r.randint(8, 15), minute=r.randint(0, 59))
                if not visits:
                    status = "scheduled"
                elif status == "completed" and visits[-1][5] != "fixed":
                    status = "in_progress"
            completed = visits[-1][4] + dt.timedelta(minutes=r.randint(5, 90)) if status == "completed" else None
            used = []
            if visits and r.random() < 0.42:
                for p in r.sample(parts_by_cat[cat], k=min(len(parts_by_cat[cat]), r.choice([1, 1, 2, 3]))):
                    used.append((p, r.choice([1, 1, 1, 2, 2, 4]) if p[4] < 20 else 1))
            invoiced = None
            if status == "completed" and not (age < 12 and r.random() < 0.6) and r.random() > 0.03:
                labour = sum((v[4] - v[3]).total_seconds() / 3600 * next(e[4] for e in engineers if e[0] == v[2])
                             for v in visits)  # fmt: skip
                invoiced = round(55 + labour + sum(p[4] * q * 1.25 for p, q in used), 2)
                if quoted is not None:
                    invoiced = round(quoted * r.uniform(0.9, 1.15), 2)
            updated = completed or (visits[-1][4] if visits else created)
            if status == "cancelled":
                updated = created + dt.timedelta(hours=r.randint(1, 72))
            updated = min(updated, dt.datetime(2025, 6, 14, 23))
            jobs.append((jid, site[0], ref, cat, prio, r.choice(_DESCR[cat]), status, quoted, invoiced,
                         _ts(completed) if completed else None, _ts(created), _ts(updated)))  # fmt: skip
            for v in visits:
                callouts.append((v[0], v[1], v[2], _ts(v[3]), _ts(v[4]), v[5], v[6], _ts(v[3]), _ts(v[4])))
            for p, q in used:
                t = visits[-1][4]
                job_parts.append((len(job_parts) + 1, jid, p[0], q, _ts(t), _ts(t)))
    write_tables(path, REPAIRJOBS_DDL, [
        ("clients", clients), ("sites", sites), ("engineers", engineers), ("jobs", jobs), ("call_outs", callouts),
        ("parts", parts), ("job_parts", job_parts),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# sitebuild (singular tables, *_key surrogate keys beside natural codes)
# ---------------------------------------------------------------------------------------------------------------

SITEBUILD_DDL = """
CREATE TABLE project (
    project_key INTEGER PRIMARY KEY,
    project_code TEXT NOT NULL UNIQUE,
    project_name TEXT NOT NULL,
    client_name TEXT NOT NULL,
    site_town TEXT NOT NULL,
    contract_value_gbp INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    planned_completion_date TEXT NOT NULL,
    actual_completion_date TEXT,
    project_status TEXT NOT NULL
);
CREATE TABLE trade (
    trade_key INTEGER PRIMARY KEY,
    trade_code TEXT NOT NULL UNIQUE,
    trade_name TEXT NOT NULL
);
CREATE TABLE contractor (
    contractor_key INTEGER PRIMARY KEY,
    contractor_code TEXT NOT NULL UNIQUE,
    contractor_name TEXT NOT NULL,
    trade_key INTEGER NOT NULL REFERENCES trade(trade_key),
    parent_contractor_key INTEGER REFERENCES contractor(contractor_key),
    approved_flag TEXT NOT NULL,
    contact_email TEXT
);
CREATE TABLE task (
    task_key INTEGER PRIMARY KEY,
    task_code TEXT NOT NULL UNIQUE,
    project_key INTEGER NOT NULL REFERENCES project(project_key),
    contractor_key INTEGER NOT NULL REFERENCES contractor(contractor_key),
    task_name TEXT NOT NULL,
    planned_start TEXT NOT NULL,
    planned_finish TEXT NOT NULL,
    actual_start TEXT,
    actual_finish TEXT,
    pct_complete INTEGER NOT NULL,
    budget_gbp INTEGER NOT NULL,
    task_status TEXT NOT NULL
);
CREATE TABLE defect (
    defect_key INTEGER PRIMARY KEY,
    defect_ref TEXT NOT NULL UNIQUE,
    task_key INTEGER NOT NULL REFERENCES task(task_key),
    severity_code TEXT NOT NULL,
    defect_desc TEXT NOT NULL,
    location TEXT NOT NULL,
    raised_by TEXT NOT NULL,
    raised_date TEXT NOT NULL,
    closed_date TEXT
);
CREATE TABLE valuation (
    valuation_key INTEGER PRIMARY KEY,
    valuation_ref TEXT NOT NULL UNIQUE,
    project_key INTEGER NOT NULL REFERENCES project(project_key),
    contractor_key INTEGER NOT NULL REFERENCES contractor(contractor_key),
    period_end TEXT NOT NULL,
    applied_gbp REAL NOT NULL,
    certified_gbp REAL NOT NULL,
    retention_pct REAL NOT NULL,
    paid_date TEXT
);
"""

_TRADES = [
    ("MC", "Main contractor"), ("GW", "Groundworks"), ("SC", "Scaffolding"), ("FR", "Frame and structure"),
    ("BR", "Brickwork"), ("RF", "Roofing"), ("GZ", "Glazing"), ("EL", "Electrical"), ("PH", "Plumbing and heating"),
    ("DL", "Drylining and plastering"), ("JN", "Joinery"), ("DC", "Decorating"),
]  # fmt: skip
# (code, name, trade, parent code, approved, quality: defects per task)
_CONTRACTORS = [
    ("HCL", "Hallam Construction Ltd", "MC", None, "Y", 1.0),
    ("PGW", "Pennine Groundworks Ltd", "GW", "HCL", "Y", 1.2),
    ("ACV", "Aire Civils Ltd", "GW", "HCL", "Y", 1.0),
    ("SKY", "Skyhigh Scaffolding Ltd", "SC", "HCL", "Y", 0.4),
    ("NTF", "Northern Timber Frame Ltd", "FR", "HCL", "Y", 2.0),
    ("SCS", "Steelcraft Structures Ltd", "FR", "HCL", "Y", 1.6),
    ("BFL", "Brickforce Ltd", "BR", "HCL", "Y", 3.2),
    ("MGL", "Mortar Gang Ltd", "BR", "BFL", "Y", 4.5),
    ("TRL", "Topline Roofing Ltd", "RF", "HCL", "Y", 2.6),
    ("CVG", "ClearView Glazing Ltd", "GZ", "HCL", "Y", 1.8),
    ("BWE", "Brightwire Electrical Ltd", "EL", "HCL", "Y", 2.2),
    ("SLS", "Sparks Labour Supply", "EL", "BWE", "Y", 3.0),
    ("VLT", "Volt Services", "EL", "HCL", "N", 4.0),
    ("CPH", "Calder Plumbing & Heating Ltd", "PH", "HCL", "Y", 2.4),
    ("PPI", "Pipeline Installers", "PH", "CPH", "Y", 2.8),
    ("SWI", "Smoothwall Interiors Ltd", "DL", "HCL", "Y", 3.4),
    ("PLP", "Plaster Pros", "DL", "SWI", "Y", 4.2),
    ("OKJ", "Oakline Joinery Ltd", "JN", "HCL", "Y", 2.5),
    ("BSD", "Brushstroke Decorators", "DC", "HCL", "Y", 3.0),
    ("FNX", "Finex Decorating Ltd", "DC", "HCL", "Y", 1.0),
]  # fmt: skip
# (code, name, client, town, value, start, planned completion, actual completion, status, blocks)
_PROJECTS = [
    ("P-2201", "Millbrook Primary School Extension", "Calderdale Council", "Halifax", 2_430_000,
     dt.date(2022, 9, 5), dt.date(2023, 8, 25), dt.date(2023, 10, 13), "COMPLETE", ["Main"]),
    ("P-2302", "Riverside Apartments", "Aire Living Ltd", "Leeds", 8_940_000,
     dt.date(2023, 3, 13), dt.date(2025, 3, 28), None, "ON_SITE", ["Block A", "Block B"]),
    ("P-2303", "Kirkgate Medical Centre", "Kirkgate Health LLP", "Wakefield", 3_120_000,
     dt.date(2023, 6, 5), dt.date(2024, 5, 31), dt.date(2024, 5, 24), "COMPLETE", ["Main"]),
    ("P-2401", "Holme Valley Homes Phase 2", "Pennine Homes", "Holmfirth", 5_610_000,
     dt.date(2024, 2, 5), dt.date(2025, 9, 26), None, "ON_SITE", ["Plots 1-12", "Plots 13-24"]),
    ("P-2405", "Canal Wharf Offices Refurbishment", "Wharfside Estates", "Leeds", 1_880_000,
     dt.date(2024, 10, 7), dt.date(2025, 7, 18), None, "ON_SITE", ["Main"]),
    ("P-2502", "Station Road Care Home", "Evergreen Care Group", "Huddersfield", 7_250_000,
     dt.date(2025, 8, 4), dt.date(2026, 11, 27), None, "PRE_START", ["Main"]),
]  # fmt: skip
# (task name, trade, start share, finish share of the build) per block
_STAGES = [
    ("Site set-up and welfare", "MC", 0.0, 0.04), ("Scaffold erection", "SC", 0.12, 0.2),
    ("Foundations", "GW", 0.02, 0.14), ("Drainage", "GW", 0.06, 0.18), ("Superstructure frame", "FR", 0.14, 0.34),
    ("External brickwork", "BR", 0.28, 0.5), ("Roof coverings", "RF", 0.34, 0.46), ("Windows and doors", "GZ",
    0.42, 0.52), ("Electrical first fix", "EL", 0.46, 0.58), ("Plumbing first fix", "PH", 0.46, 0.58),
    ("Drylining and plaster", "DL", 0.56, 0.7), ("Joinery second fix", "JN", 0.68, 0.8), ("Electrical second fix",
    "EL", 0.72, 0.84), ("Plumbing second fix", "PH", 0.72, 0.84), ("Decoration", "DC", 0.8, 0.92),
    ("Snagging and handover", "MC", 0.92, 1.0),
]  # fmt: skip
_DEFECTS = {
    "MC": ["Site hoarding damaged", "Handover pack incomplete", "Debris left in riser"],
    "GW": ["Manhole cover rocking", "Drain run backfalls", "Kerb line uneven", "Slab level out of tolerance"],
    "SC": ["Missing toe board", "Scaffold tag out of date"],
    "FR": ["Stud spacing incorrect", "Bolt not torqued", "Fire stopping missing at floor zone", "Beam out of plumb"],
    "BR": ["Mortar joints inconsistent", "Cavity tray missing", "Wall ties missing", "Brick colour mismatch",
           "Weep vents omitted"],
    "RF": ["Slipped tile", "Lead flashing not dressed", "Ridge mortar cracked", "Felt torn at eaves"],
    "GZ": ["Window seal gap", "Scratched glazing unit", "Door threshold too high", "Trickle vent missing"],
    "EL": ["Socket not level", "Missing cable clips", "Consumer unit label missing", "Light fitting loose",
           "Earth bonding missing"],
    "PH": ["Radiator leaking at valve", "Pipe not insulated", "Waste trap dripping", "Low water pressure"],
    "DL": ["Cracked plaster", "Board joint visible", "Nail pops", "Corner bead damaged"],
    "JN": ["Door binding on frame", "Skirting gap", "Architrave mitre open", "Kitchen unit door misaligned"],
    "DC": ["Paint runs", "Patchy emulsion", "Missed area behind radiator", "Paint on sockets"],
}  # fmt: skip
_INSPECTORS = ["Gareth Lowe (site manager)", "Priya Shah (clerk of works)", "Tom Hebden (QA lead)",
               "Ruth Dacre (client's agent)"]  # fmt: skip


def build_sitebuild(path: Path) -> None:
    r = random.Random(12303)
    trades = [(i, c, n) for i, (c, n) in enumerate(_TRADES, start=1)]
    trade_key = {c: i for i, c, _ in trades}
    ckey = {c[0]: i for i, c in enumerate(_CONTRACTORS, start=1)}
    contractors = []
    for i, (code, name, tr, parent, appr, _q) in enumerate(_CONTRACTORS, start=1):
        email = None if code in ("SLS", "MGL") else f"accounts@{name.split(' ')[0].lower()}.co.uk"
        contractors.append((i, f"C-{code}", name, trade_key[tr], ckey[parent] if parent else None, appr, email))
    quality = {ckey[c[0]]: c[5] for c in _CONTRACTORS}
    # who does each trade on each project (a sub, sometimes its own labour sub)
    choice = {
        "P-2201": {"GW": "PGW", "FR": "SCS", "EL": "VLT", "DC": "BSD"},
        "P-2302": {"GW": "PGW", "FR": "SCS", "BR": "BFL", "EL": "BWE", "DL": "SWI", "DC": "BSD"},
        "P-2303": {"GW": "PGW", "FR": "SCS", "EL": "BWE", "DL": "PLP", "DC": "FNX"},
        "P-2401": {"GW": "PGW", "FR": "NTF", "BR": "MGL", "EL": "SLS", "PH": "PPI", "DC": "BSD"},
        "P-2405": {"EL": "BWE", "DL": "SWI", "DC": "FNX"},
        "P-2502": {"GW": "PGW", "FR": "SCS"},
    }  # fmt: skip
    default = {"MC": "HCL", "GW": "PGW", "SC": "SKY", "FR": "SCS", "BR": "BFL", "RF": "TRL", "GZ": "CVG", "EL": "BWE",
               "PH": "CPH", "DL": "SWI", "JN": "OKJ", "DC": "BSD"}  # fmt: skip
    projects = []
    tasks = []
    defects = []
    valuations = []
    for pk, (code, name, client, town, value, start, planned, actual, status, blocks) in enumerate(_PROJECTS, 1):
        projects.append((pk, code, name, client, town, value, iso(start), iso(planned), iso(actual), status))
        span = (planned - start).days
        real_span = ((actual or dt.date(2025, 10, 31) if code != "P-2302" else dt.date(2025, 9, 19)) - start).days
        if code == "P-2502":
            real_span = span
        stages = _STAGES
        if code == "P-2405":  # a refurbishment: no groundworks, frame, brickwork or roof
            stages = [s for s in _STAGES if s[1] not in ("GW", "FR", "BR", "RF")]
        for bi, block in enumerate(blocks):
            offset = bi * 0.08
            for si, (tname, tr, s0, s1) in enumerate(stages, start=1):
                s0b, s1b = min(s0 + offset, 0.97), min(s1 + offset, 1.0)
                if tr in ("MC",) and bi > 0 and si == 1:
                    continue
                p_start = start + dt.timedelta(days=int(span * s0b))
                p_finish = start + dt.timedelta(days=max(int(span * s1b), int(span * s0b) + 5))
                a_start = start + dt.timedelta(days=int(real_span * s0b) + r.randint(-3, 10))
                a_finish = start + dt.timedelta(days=max(int(real_span * s1b) + r.randint(-6, 14),
                                                         int(real_span * s0b) + 6))  # fmt: skip
                if a_start < start:
                    a_start = start
                if actual and a_finish > actual:
                    a_finish = actual - dt.timedelta(days=r.randint(0, 4))
                if a_start > LAST_DAY:
                    astart, afinish, pct, tstat = None, None, 0, "NS"
                elif a_finish > LAST_DAY:
                    astart, afinish = a_start, None
                    pct = max(5, min(95, int(100 * (LAST_DAY - a_start).days / max(1, (a_finish - a_start).days))))
                    pct = pct // 5 * 5
                    tstat = "IP"
                else:
                    astart, afinish, pct, tstat = a_start, a_finish, 100, "DN"
                sub = choice[code].get(tr, default[tr])
                if code == "P-2302" and tr == "EL" and bi == 1:
                    sub = "SLS"
                ck = ckey[sub]
                share = {"MC": 0.03, "GW": 0.08, "SC": 0.02, "FR": 0.12, "BR": 0.07, "RF": 0.05, "GZ": 0.05,
                         "EL": 0.045, "PH": 0.045, "DL": 0.04, "JN": 0.035, "DC": 0.02}[tr]  # fmt: skip
                budget = int(value * share / len(blocks) * r.uniform(0.85, 1.15) / 100) * 100
                tk = len(tasks) + 1
                tcode = f"{code[2:]}-{bi + 1}{si:02d}"
                tname_full = tname if len(blocks) == 1 else f"{tname} - {block}"
                tasks.append((tk, tcode, pk, ck, tname_full, iso(p_start), iso(p_finish), iso(astart), iso(afinish),
                              pct, budget, tstat))  # fmt: skip
                if astart is None:
                    continue
                n_def = int(quality[ck] * r.uniform(0.5, 1.8) * (1.6 if len(blocks) == 1 else 1))
                if tstat == "IP":
                    n_def = n_def // 2
                end_window = min(LAST_DAY, (afinish or LAST_DAY) + dt.timedelta(days=40))
                if actual:
                    end_window = min(end_window, actual + dt.timedelta(days=60))
                for _ in range(n_def):
                    first = astart + dt.timedelta(days=1)
                    raised = day_between(r, first, max(end_window, first))
                    sev = r.choices(["CRIT", "MAJ", "MIN"], weights=[5, 25, 70])[0]
                    fix = {"CRIT": r.randint(1, 12), "MAJ": r.randint(3, 40), "MIN": r.randint(2, 75)}[sev]
                    closed: dt.date | None = raised + dt.timedelta(days=fix)
                    if closed > LAST_DAY:  # type: ignore[operator]
                        closed = None
                    elif not actual and r.random() < 0.05:
                        closed = None
                    loc = block if block != "Main" else r.choice(["Ground floor", "First floor", "Second floor",
                                                                   "Roof", "External", "Plant room"])  # fmt: skip
                    if code == "P-2401":
                        lo, hi = (1, 12) if bi == 0 else (13, 24)
                        loc = f"Plot {r.randint(lo, hi)}"
                    dk = len(defects) + 1
                    defects.append((dk, f"DF-{1000 + dk}", tk, sev, r.choice(_DEFECTS[tr]), loc, r.choice(_INSPECTORS),
                                    iso(raised), iso(closed)))  # fmt: skip
        # monthly valuations of each direct subcontractor with work on the project that month
        month = dt.date(start.year, start.month, 1)
        while True:
            nxt = _add_months(month, 1)
            period_end = nxt - dt.timedelta(days=1)
            if period_end > LAST_DAY or (actual and month > actual):
                break
            payees: dict[int, list] = {}
            for ck in sorted({t[3] for t in tasks if t[2] == pk}):
                c = contractors[ck - 1]
                if c[4] is None:
                    continue  # the main contractor does not value itself
                payee = ck if c[4] == ckey["HCL"] else c[4]  # a labour sub is paid through its own sub
                payees.setdefault(payee, []).extend(
                    t for t in tasks if t[2] == pk and t[3] == ck and t[7] and t[7] <= iso(period_end)
                    and (t[8] is None or t[8] >= iso(month)))  # fmt: skip
            for payee, work in sorted(payees.items()):
                if not work:
                    continue
                value_done = 0.0
                for t in work:
                    a0 = dt.date.fromisoformat(t[7])
                    a1 = dt.date.fromisoformat(t[8]) if t[8] else a0 + dt.timedelta(
                        days=int(1.3 * (dt.date.fromisoformat(t[6]) - dt.date.fromisoformat(t[5])).days))
                    a1 = max(a1, a0 + dt.timedelta(days=1))
                    overlap = (min(a1, period_end) - max(a0, month)).days + 1
                    value_done += t[10] * max(0, overlap) / ((a1 - a0).days + 1)
                if value_done < 100:
                    continue
                applied = round(value_done * r.uniform(0.95, 1.1), 2)
                cert = round(applied * r.uniform(0.82, 1.0), 2)
                pay_days = r.randint(26, 34) if r.random() > 0.1 else r.randint(40, 75)
                pay: dt.date | None = period_end + dt.timedelta(days=pay_days)
                if pay > LAST_DAY:  # type: ignore[operator]
                    pay = None
                vk = len(valuations) + 1
                valuations.append((vk, f"VAL-{code[2:]}-{vk:04d}", pk, payee, iso(period_end), applied, cert,
                                   3.0 if payee in (ckey["SKY"], ckey["FNX"]) else 5.0, iso(pay)))  # fmt: skip
            month = nxt
    write_tables(path, SITEBUILD_DDL, [
        ("project", projects), ("trade", trades), ("contractor", contractors), ("task", tasks), ("defect", defects),
        ("valuation", valuations),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# homesales (PascalCase)
# ---------------------------------------------------------------------------------------------------------------

HOMESALES_DDL = """
CREATE TABLE Branch (
    BranchId INTEGER PRIMARY KEY,
    BranchName TEXT NOT NULL,
    Phone TEXT NOT NULL,
    OpenedOn TEXT NOT NULL
);
CREATE TABLE Negotiator (
    NegotiatorId INTEGER PRIMARY KEY,
    FirstName TEXT NOT NULL,
    LastName TEXT NOT NULL,
    BranchId INTEGER NOT NULL REFERENCES Branch(BranchId),
    StartedOn TEXT NOT NULL,
    LeftOn TEXT
);
CREATE TABLE Listing (
    ListingId INTEGER PRIMARY KEY,
    ListingRef TEXT NOT NULL UNIQUE,
    BranchId INTEGER NOT NULL REFERENCES Branch(BranchId),
    NegotiatorId INTEGER NOT NULL REFERENCES Negotiator(NegotiatorId),
    Address TEXT NOT NULL,
    Postcode TEXT NOT NULL,
    PropertyType TEXT NOT NULL,
    Bedrooms INTEGER NOT NULL,
    Tenure TEXT NOT NULL,
    AskingPrice INTEGER NOT NULL,
    ListedOn TEXT NOT NULL,
    Status TEXT NOT NULL,
    SoldPrice INTEGER,
    CompletedOn TEXT,
    WithdrawnOn TEXT
);
CREATE TABLE Feature (
    FeatureId INTEGER PRIMARY KEY,
    FeatureName TEXT NOT NULL UNIQUE
);
CREATE TABLE ListingFeature (
    ListingId INTEGER NOT NULL REFERENCES Listing(ListingId),
    FeatureId INTEGER NOT NULL REFERENCES Feature(FeatureId),
    PRIMARY KEY (ListingId, FeatureId)
);
CREATE TABLE Buyer (
    BuyerId INTEGER PRIMARY KEY,
    FullName TEXT NOT NULL,
    Email TEXT,
    BuyerPosition TEXT NOT NULL,
    HasMortgageInPrinciple INTEGER NOT NULL,
    MaxBudget INTEGER,
    RegisteredOn TEXT NOT NULL
);
CREATE TABLE Viewing (
    ViewingId INTEGER PRIMARY KEY,
    ListingId INTEGER NOT NULL REFERENCES Listing(ListingId),
    BuyerId INTEGER NOT NULL REFERENCES Buyer(BuyerId),
    NegotiatorId INTEGER REFERENCES Negotiator(NegotiatorId),
    ViewingAt TEXT NOT NULL,
    Outcome TEXT
);
CREATE TABLE Offer (
    OfferId INTEGER PRIMARY KEY,
    ListingId INTEGER NOT NULL REFERENCES Listing(ListingId),
    BuyerId INTEGER NOT NULL REFERENCES Buyer(BuyerId),
    Amount INTEGER NOT NULL,
    OfferedOn TEXT NOT NULL,
    OfferStatus TEXT NOT NULL
);
"""

_BRANCHES = [(1, "Clifton", "0117 973 1100", "2009-04-01", 1.25), (2, "Redland", "0117 924 5520", "2012-09-03", 1.15),
             (3, "Bishopston", "0117 942 3388", "2016-02-15", 1.0), (4, "Southville", "0117 966 2045", "2021-05-10",
                                                                     0.95)]  # fmt: skip
_HS_STREETS = {
    1: ["Royal York Crescent", "Pembroke Road", "Alma Vale Road", "Whiteladies Road", "Caledonia Place"],
    2: ["Cotham Brow", "Redland Grove", "Chandos Road", "Lansdown Road", "Elm Lane"],
    3: ["Gloucester Road", "Berkeley Road", "Longmead Avenue", "Egerton Road", "Sefton Park Road"],
    4: ["North Street", "Greville Road", "Stackpool Road", "Raleigh Road", "Dean Lane"],
}  # fmt: skip
_FEATURES = ["Garden", "Off-street parking", "Garage", "En-suite", "EV charger", "Solar panels", "Period features",
             "Balcony", "Cellar", "New kitchen", "Double glazing", "Loft conversion"]  # fmt: skip


def build_homesales(path: Path) -> None:
    r = random.Random(12304)
    branches = [b[:4] for b in _BRANCHES]
    names = full_names(r, 1500)
    negs = []
    neg_specs = [(1, "2015-03-02", None), (1, "2019-08-12", None), (1, "2022-01-10", "2024-07-31"),
                 (2, "2013-05-20", None), (2, "2020-10-05", None), (2, "2024-09-02", None),
                 (3, "2016-02-15", None), (3, "2018-06-04", "2024-11-29"), (3, "2023-04-17", None),
                 (4, "2021-05-10", None), (4, "2022-09-12", None), (1, "2025-02-03", None)]  # fmt: skip
    for i, (b, s, e) in enumerate(neg_specs, start=1):
        first, last = names[i - 1].split(" ")
        negs.append((i, first, last, b, s, e))
    buyers = []
    buyer_names = names[14:]
    feats = [(i, f) for i, f in enumerate(_FEATURES, start=1)]
    listings = []
    lfeats = []
    viewings = []
    offers = []
    start = dt.date(2023, 1, 2)

    def new_buyer(when: dt.date) -> tuple:
        bid = len(buyers) + 1
        pos = r.choices(["FTB", "CHAIN", "CASH", "INV"], weights=[40, 35, 12, 13])[0]
        aip = 0 if pos in ("CASH",) else (1 if r.random() < 0.7 else 0)
        budget = None if r.random() < 0.15 else r.randrange(200_000, 900_000, 25_000)
        name = buyer_names[bid - 1]
        mail = ["gmail.com", "outlook.com", "icloud.com"]
        email = None if r.random() < 0.06 else f"{name.lower().replace(' ', '.')}@{r.choice(mail)}"
        b = (bid, name, email, pos, aip, budget, iso(when - dt.timedelta(days=r.randint(0, 60))))
        buyers.append(b)
        return b

    n_list = 360
    for lid in range(1, n_list + 1):
        listed = day_between(r, start, dt.date(2025, 6, 10))
        br = r.choices(_BRANCHES, weights=[30, 26, 28, 16])[0]
        bid = br[0]
        pool = [n for n in negs if n[3] == bid and n[4] <= iso(listed) and (n[5] is None or n[5] >= iso(listed))]
        neg = r.choice(pool)
        ptype = r.choices(["Flat", "Terraced", "Semi-detached", "Detached", "Bungalow"], weights=[34, 32, 18, 9, 7])[0]
        beds = {"Flat": r.choice([1, 1, 2, 2, 3]), "Terraced": r.choice([2, 3, 3, 4]),
                "Semi-detached": r.choice([3, 3, 4]), "Detached": r.choice([4, 4, 5, 6]),
                "Bungalow": r.choice([2, 3])}[ptype]  # fmt: skip
        tenure = "Leasehold" if ptype == "Flat" else ("Leasehold" if r.random() < 0.04 else "Freehold")
        base = {"Flat": 150_000, "Terraced": 210_000, "Semi-detached": 260_000, "Detached": 340_000,
                "Bungalow": 240_000}[ptype] + beds * 45_000  # fmt: skip
        asking = int(base * br[4] * r.uniform(0.85, 1.2) / 5000) * 5000
        letters = "ABDEHJLNPQRSTUWXY"
        pc = f"BS{[8, 6, 7, 3][bid - 1]} {r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"
        addr = f"{r.randint(1, 160)} {r.choice(_HS_STREETS[bid])}"
        addr += f", Flat {r.randint(1, 12)}" if ptype == "Flat" else ""
        # features
        fprob = {1: 0.55 if ptype != "Flat" else 0.15, 2: 0.4,
                 3: 0.25 if ptype in ("Semi-detached", "Detached") else 0.04,
                 4: 0.35 if beds >= 3 else 0.1, 5: 0.08, 6: 0.07, 7: 0.3 if bid in (1, 2) else 0.12,
                 8: 0.45 if ptype == "Flat" else 0.02, 9: 0.1 if ptype == "Terraced" else 0.02, 10: 0.25, 11: 0.7,
                 12: 0.15 if ptype in ("Terraced", "Semi-detached") else 0.0}  # fmt: skip
        for fid, p in fprob.items():
            if r.random() < p:
                lfeats.append((lid, fid))
        # the market: viewings, then offers
        appeal = r.uniform(0.4, 1.6) * (1.2 if any(f == (lid, 1) for f in lfeats[-12:]) else 1.0)
        overpriced = r.random() < 0.18
        if overpriced:
            appeal *= 0.45
        t = listed + dt.timedelta(days=r.randint(2, 9))
        status = "Available"
        sold = completed = withdrawn = None
        accepted_on = None
        week = 0
        while t <= LAST_DAY + dt.timedelta(days=7) and status == "Available":
            week += 1
            for _ in range(int(r.uniform(0, 2.6) * appeal)):
                vday = t + dt.timedelta(days=r.randint(0, 6))
                vt = dt.datetime.combine(vday, dt.time(r.choice([9, 10, 11, 12, 14, 15, 16, 17, 18]),
                                                       r.choice([0, 15, 30, 45])))  # fmt: skip
                if vt.date() > LAST_DAY + dt.timedelta(days=10):
                    continue
                lo, hi = iso(vt.date() - dt.timedelta(days=150)), iso(vt.date())
                recent = [b for b in buyers if lo <= b[6] <= hi]
                b = new_buyer(vt.date()) if (r.random() < 0.3 or len(recent) < 5) else r.choice(recent)
                vn = r.choice([n for n in negs if n[3] == bid and n[4] <= hi and (n[5] is None or n[5] >= hi)])
                outcome = None
                if vt.date() <= LAST_DAY:
                    outcome = r.choices(["Interested", "NotInterested", "NoShow"], weights=[35, 55, 10])[0]
                viewings.append((len(viewings) + 1, lid, b[0], None if r.random() < 0.08 else vn[0],
                                 vt.strftime("%Y-%m-%d %H:%M"), outcome))  # fmt: skip
                if outcome == "Interested" and r.random() < 0.45:
                    od = vt.date() + dt.timedelta(days=r.randint(1, 8))
                    if od > LAST_DAY:
                        continue
                    ratio = r.uniform(0.9, 1.0) if not overpriced else r.uniform(0.82, 0.93)
                    if r.random() < 0.07:
                        ratio = r.uniform(1.0, 1.05)
                    amt = int(asking * ratio / 1000) * 1000
                    if od >= LAST_DAY - dt.timedelta(days=5):
                        ost = "Pending"
                    elif ratio >= 0.95 or r.random() < 0.25:
                        ost = "Accepted"
                    else:
                        ost = r.choices(["Rejected", "Withdrawn"], weights=[85, 15])[0]
                    offers.append([len(offers) + 1, lid, b[0], amt, iso(od), ost])
                    if ost == "Accepted":
                        if r.random() < 0.12 and od < dt.date(2025, 4, 1):
                            offers[-1][5] = "FellThrough"
                        else:
                            status = "UnderOffer"
                            accepted_on = od
                            sold = amt
                            break
            if week > 30 and r.random() < 0.08 and status == "Available":
                withdrawn = t
                status = "Withdrawn"
            t += dt.timedelta(days=7)
        if status == "UnderOffer" and accepted_on is not None:
            comp = accepted_on + dt.timedelta(days=r.randint(45, 130))
            if comp <= LAST_DAY:
                status = "Completed"
                completed = comp
            else:
                sold = None
        elif withdrawn and withdrawn > LAST_DAY:
            status, withdrawn = "Available", None
        listings.append((lid, f"HS-{20000 + lid * 3 + r.randint(0, 2)}", bid, neg[0], addr, pc, ptype, beds, tenure,
                         asking, iso(listed), status, sold, iso(completed), iso(withdrawn)))  # fmt: skip
    write_tables(path, HOMESALES_DDL, [
        ("Branch", branches), ("Negotiator", negs), ("Listing", listings), ("Feature", feats),
        ("ListingFeature", lfeats), ("Buyer", buyers), ("Viewing", viewings), ("Offer", [tuple(o) for o in offers]),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# hotdesks (exported from a spreadsheet: names with spaces, units in brackets, Yes/No text)
# ---------------------------------------------------------------------------------------------------------------

HOTDESKS_DDL = """
CREATE TABLE "Plans" (
    "Plan Code" TEXT PRIMARY KEY,
    "Plan Name" TEXT NOT NULL,
    "Monthly Fee (£)" REAL NOT NULL,
    "Desk Days per Month" INTEGER,
    "Meeting Room Hours" INTEGER NOT NULL
);
CREATE TABLE "Members" (
    "Member ID" INTEGER PRIMARY KEY,
    "Full Name" TEXT NOT NULL,
    "Email" TEXT,
    "Company" TEXT,
    "Plan Code" TEXT NOT NULL REFERENCES "Plans"("Plan Code"),
    "Start Date" TEXT NOT NULL,
    "End Date" TEXT,
    "Active" TEXT NOT NULL,
    "Key Fob No" TEXT
);
CREATE TABLE "Teams" (
    "Team ID" INTEGER PRIMARY KEY,
    "Team Name" TEXT NOT NULL,
    "Team Type" TEXT NOT NULL,
    "Created On" TEXT NOT NULL
);
CREATE TABLE "Team Members" (
    "Team ID" INTEGER NOT NULL REFERENCES "Teams"("Team ID"),
    "Member ID" INTEGER NOT NULL REFERENCES "Members"("Member ID"),
    "Role" TEXT NOT NULL,
    "Joined On" TEXT NOT NULL,
    PRIMARY KEY ("Team ID", "Member ID")
);
CREATE TABLE "Desks" (
    "Desk No" TEXT PRIMARY KEY,
    "Floor" INTEGER NOT NULL,
    "Area" TEXT NOT NULL,
    "Monitor" TEXT NOT NULL,
    "Standing Desk" TEXT NOT NULL,
    "Assigned To" INTEGER REFERENCES "Members"("Member ID")
);
CREATE TABLE "Desk Bookings" (
    "Booking ID" INTEGER PRIMARY KEY,
    "Member ID" INTEGER NOT NULL REFERENCES "Members"("Member ID"),
    "Desk No" TEXT NOT NULL REFERENCES "Desks"("Desk No"),
    "Date" TEXT NOT NULL,
    "Checked In" TEXT NOT NULL,
    "Cancelled" TEXT NOT NULL
);
CREATE TABLE "Rooms" (
    "Room" TEXT PRIMARY KEY,
    "Floor" INTEGER NOT NULL,
    "Seats" INTEGER NOT NULL,
    "Hourly Rate (£)" REAL NOT NULL,
    "Video Conferencing" TEXT NOT NULL
);
CREATE TABLE "Room Bookings" (
    "Booking ID" INTEGER PRIMARY KEY,
    "Room" TEXT NOT NULL REFERENCES "Rooms"("Room"),
    "Member ID" INTEGER NOT NULL REFERENCES "Members"("Member ID"),
    "Date" TEXT NOT NULL,
    "Start Time" TEXT NOT NULL,
    "End Time" TEXT NOT NULL,
    "Hours" REAL NOT NULL,
    "Attendees" INTEGER,
    "Cancelled" TEXT NOT NULL
);
"""

_COMPANIES = ["Pixel & Pine", "Brightloop Analytics", "Northwind Legal", "Hopscotch Games", "Tidewater Studio",
              "Kestrel Robotics", "Oat & Ember", "Lumen Health", "Quarry Lane Films", "Sable Ventures"]  # fmt: skip
_TEAMS = [
    ("Pixel & Pine", "Company"), ("Brightloop Analytics", "Company"), ("Hopscotch Games", "Company"),
    ("Kestrel Robotics", "Company"), ("Lumen Health", "Company"), ("Founders Circle", "Community"),
    ("Design Guild", "Community"), ("Running Club", "Community"), ("Women in Tech", "Community"),
    ("Python Meetup", "Community"), ("Book Club", "Community"), ("Lunch & Learn Crew", "Community"),
]  # fmt: skip


def build_hotdesks(path: Path) -> None:
    r = random.Random(12305)
    plans = [("HOT", "Hot desk", 189.0, None, 4), ("PT8", "Part-time (8 days)", 109.0, 8, 2),
             ("FIX", "Fixed desk", 289.0, None, 8), ("OFF", "Private office seat", 420.0, None, 12),
             ("VRT", "Virtual office", 39.0, 0, 1)]  # fmt: skip
    names = full_names(r, 240)
    members = []
    for i, name in enumerate(names, start=1):
        plan = r.choices(["HOT", "PT8", "FIX", "OFF", "VRT"], weights=[34, 26, 14, 14, 12])[0]
        company = None
        if plan == "OFF" or r.random() < 0.35:
            company = r.choice(_COMPANIES)
        if plan == "OFF" and company not in _COMPANIES[:5]:
            company = r.choice(_COMPANIES[:5])
        start = day_between(r, dt.date(2021, 9, 1), dt.date(2025, 6, 2))
        end = None
        if r.random() < 0.32 and start < dt.date(2025, 3, 1):
            end = day_between(r, start + dt.timedelta(days=60), min(LAST_DAY, start + dt.timedelta(days=900)))
        active = "No" if end is not None else "Yes"
        if i in (17, 88):  # paused memberships: still on the books, not active
            end, active = None, "No"
        fob = None if plan == "VRT" else f"F{r.randint(10000, 99999)}"
        first, last = name.split(" ")
        domain = (company or last).lower().replace(" ", "").replace("&", "and")
        email = None if r.random() < 0.03 else f"{first.lower()}@{domain}.io"
        members.append((i, name, email, company, plan, iso(start), iso(end), active, fob))
    teams = []
    team_members = []
    for tid, (tname, ttype) in enumerate(_TEAMS, start=1):
        created = day_between(r, dt.date(2021, 9, 1), dt.date(2024, 3, 1))
        if tname == "Lunch & Learn Crew":
            created = dt.date(2025, 4, 22)
        teams.append((tid, tname, ttype, iso(created)))
        if ttype == "Company":
            pool = [m for m in members if m[3] == tname and m[7] == "Yes"]
            chosen = pool
        else:
            if tname == "Lunch & Learn Crew":
                continue  # new, nobody has joined yet
            pool = [m for m in members if m[4] != "VRT" and m[7] == "Yes"]
            chosen = r.sample(pool, r.randint(8, 26))
        lead_done = False
        for m in chosen:
            joined = max(dt.date.fromisoformat(m[5]), created) + dt.timedelta(days=r.randint(0, 120))
            if m[6] and joined > dt.date.fromisoformat(m[6]):
                joined = dt.date.fromisoformat(m[6])
            if joined > LAST_DAY:
                joined = LAST_DAY
            role = "Lead" if not lead_done else "Member"
            lead_done = True
            team_members.append((tid, m[0], role, iso(joined)))
    desks = []
    fixed_members = [m for m in members if m[4] == "FIX" and m[7] == "Yes"]
    for floor in (1, 2, 3):
        for k in range(1, 21 if floor < 3 else 17):
            area = {1: "Open Plan", 2: "Quiet Zone", 3: "Window"}[floor]
            if floor == 1 and k > 14:
                area = "Window"
            if floor == 2 and k > 16:
                area = "Focus Booths"
            dno = f"{floor}-{k:02d}"
            desks.append([dno, floor, area, "Yes" if r.random() < 0.7 else "No", "Yes" if r.random() < 0.2 else "No",
                          None])  # fmt: skip
    order = [d for d in desks if d[1] == 3] + [d for d in desks if d[1] == 2]
    for d, m in zip(order, fixed_members, strict=False):
        d[5] = m[0]
    desks = [tuple(d) for d in desks]
    hot_desks = [d for d in desks if d[5] is None]
    bookings = []
    day = dt.date(2024, 1, 2)
    bookers = [m for m in members if m[4] in ("HOT", "PT8")]
    fav = {m[0]: r.choice(hot_desks)[0] for m in bookers}
    keen = {m[0]: r.uniform(0.2, 3.0) for m in bookers}
    keen[bookers[5][0]] = 5.0
    pt8 = [m for m in bookers if m[4] == "PT8" and m[7] == "Yes" and m[5] < "2025-01-01"]
    keen[pt8[0][0]] = 14.0
    keen[pt8[3][0]] = 12.5
    for m in [m for m in bookers if m[4] == "HOT" and m[7] == "Yes" and m[5] >= "2025-03-01"][:3]:
        keen[m[0]] = 0.0  # joined recently, not booked a desk yet
    while day <= LAST_DAY:
        if day.weekday() < 5:
            todays = [m for m in bookers
                      if (m[5] <= iso(day) and (m[6] is None or m[6] >= iso(day)) and m[7] == "Yes")
                      or (m[0] in (17, 88) and m[5] <= iso(day) and day < dt.date(2025, 2, 1))]  # fmt: skip
            taken: set[str] = set()
            for m in todays:
                p = 0.07 * keen[m[0]] * (0.5 if m[4] == "PT8" else 1.0) * (0.7 if day.weekday() == 4 else 1.0)
                if r.random() < p:
                    desk = fav[m[0]] if r.random() < 0.6 else r.choice(hot_desks)[0]
                    if desk in taken:
                        free = [d[0] for d in hot_desks if d[0] not in taken]
                        if not free:
                            continue
                        desk = r.choice(free)
                    taken.add(desk)
                    cancelled = "Yes" if r.random() < 0.08 else "No"
                    checked = "No" if cancelled == "Yes" else ("No" if r.random() < 0.06 else "Yes")
                    if day == LAST_DAY and cancelled == "No":
                        checked = "Yes"
                    bookings.append((len(bookings) + 1, m[0], desk, iso(day), checked, cancelled))
        day += dt.timedelta(days=1)
    rooms = [("Boardroom", 3, 14, 45.0, "Yes"), ("Lighthouse", 2, 8, 30.0, "Yes"), ("Snug", 1, 4, 15.0, "No"),
             ("Pod 1", 1, 2, 8.0, "Yes"), ("Pod 2", 1, 2, 8.0, "No"), ("Studio", 2, 6, 25.0, "Yes")]  # fmt: skip
    room_w = [14, 22, 18, 16, 10, 20]
    rbookings = []
    users = [m for m in members if m[4] != "VRT" or r.random() < 0.5]
    day = dt.date(2024, 1, 2)
    while day <= LAST_DAY:
        if day.weekday() < 5:
            booked: dict[str, list[tuple[int, int]]] = {}
            for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
                room = r.choices(rooms, weights=room_w)[0]
                live = [m for m in users if m[5] <= iso(day) and (m[6] is None or m[6] >= iso(day))]
                m = r.choice(live)
                start_h = r.randint(8, 16)
                lengths = [0.5, 1.0, 1.0, 1.5, 2.0, 2.0, 3.0, 4.0] if room[0] != "Boardroom" else [1.0, 2.0, 3.0, 4.0]
                length = r.choice(lengths)
                s_min = start_h * 60 + r.choice([0, 30])
                e_min = s_min + int(length * 60)
                if e_min > 19 * 60:
                    s_min, e_min = 19 * 60 - int(length * 60), 19 * 60
                if any(not (e_min <= a or s_min >= b) for a, b in booked.get(room[0], [])):
                    continue
                booked.setdefault(room[0], []).append((s_min, e_min))
                att = None if r.random() < 0.1 else r.randint(1, room[2])
                canc = "Yes" if r.random() < 0.09 else "No"
                rbookings.append((len(rbookings) + 1, room[0], m[0], iso(day), f"{s_min // 60:02d}:{s_min % 60:02d}",
                                  f"{e_min // 60:02d}:{e_min % 60:02d}", length, att, canc))  # fmt: skip
        day += dt.timedelta(days=1)
    write_tables(path, HOTDESKS_DDL, [
        ("Plans", plans), ("Members", members), ("Teams", teams), ("Team Members", team_members), ("Desks", desks),
        ("Desk Bookings", bookings), ("Rooms", rooms), ("Room Bookings", rbookings),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# lockups (camelCase, with an audit/event table)
# ---------------------------------------------------------------------------------------------------------------

LOCKUPS_DDL = """
CREATE TABLE sites (
    siteId INTEGER PRIMARY KEY,
    siteName TEXT NOT NULL,
    city TEXT NOT NULL,
    openedOn TEXT NOT NULL,
    managerName TEXT NOT NULL
);
CREATE TABLE unitSizes (
    sizeCode TEXT PRIMARY KEY,
    sizeLabel TEXT NOT NULL,
    areaSqFt INTEGER NOT NULL,
    listWeeklyRate REAL NOT NULL
);
CREATE TABLE units (
    unitId INTEGER PRIMARY KEY,
    siteId INTEGER NOT NULL REFERENCES sites(siteId),
    unitNumber TEXT NOT NULL,
    sizeCode TEXT NOT NULL REFERENCES unitSizes(sizeCode),
    floorLevel INTEGER NOT NULL,
    isClimateControlled INTEGER NOT NULL,
    unitStatus TEXT NOT NULL
);
CREATE TABLE customers (
    customerId INTEGER PRIMARY KEY,
    firstName TEXT NOT NULL,
    lastName TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    companyName TEXT,
    createdOn TEXT NOT NULL
);
CREATE TABLE rentals (
    rentalId INTEGER PRIMARY KEY,
    unitId INTEGER NOT NULL REFERENCES units(unitId),
    customerId INTEGER NOT NULL REFERENCES customers(customerId),
    moveInDate TEXT NOT NULL,
    moveOutDate TEXT,
    weeklyRate REAL NOT NULL,
    insuranceCover INTEGER,
    promoCode TEXT
);
CREATE TABLE payments (
    paymentId INTEGER PRIMARY KEY,
    rentalId INTEGER NOT NULL REFERENCES rentals(rentalId),
    paidOn TEXT NOT NULL,
    amount REAL NOT NULL,
    paymentMethod TEXT NOT NULL
);
CREATE TABLE unitEvents (
    eventId INTEGER PRIMARY KEY,
    unitId INTEGER NOT NULL REFERENCES units(unitId),
    rentalId INTEGER REFERENCES rentals(rentalId),
    eventType TEXT NOT NULL,
    eventAt TEXT NOT NULL,
    performedBy TEXT NOT NULL,
    oldValue TEXT,
    newValue TEXT,
    note TEXT
);
"""


GO_LIVE = dt.date(2023, 1, 2)


def build_lockups(path: Path) -> None:
    r = random.Random(12306)
    sites = [(1, "Northgate", "Sheffield", "2016-04-11", "Dawn Pickering"),
             (2, "Riverside", "Rotherham", "2019-09-02", "Imran Qureshi"),
             (3, "Airport Road", "Doncaster", "2023-03-20", "Kelly Booth")]  # fmt: skip
    sizes = [("LKR", "Locker", 10, 6.5), ("S25", "25 sq ft (small)", 25, 12.0), ("S50", "50 sq ft", 50, 19.5),
             ("M75", "75 sq ft (medium)", 75, 26.0), ("M100", "100 sq ft", 100, 32.5),
             ("L150", "150 sq ft (large)", 150, 44.0), ("L200", "200 sq ft (garage size)", 200, 55.0)]  # fmt: skip
    size_rate = {s[0]: s[3] for s in sizes}
    units = []
    for sid, n in ((1, 80), (2, 60), (3, 40)):
        for k in range(1, n + 1):
            code = r.choices([s[0] for s in sizes], weights=[6, 20, 24, 18, 14, 10, 8])[0]
            level = 0 if code in ("L150", "L200") else (1 if (sid != 3 and r.random() < 0.45) else 0)
            block = "ABCD"[(k - 1) // 30]
            units.append([len(units) + 1, sid, f"{block}-{(k - 1) % 30 + 1:03d}", code, level,
                          1 if (level == 1 and r.random() < 0.6) else 0, "vacant"])  # fmt: skip
    staff = {1: ["dpickering", "jmarsh", "tokafor"], 2: ["iqureshi", "hlowe"], 3: ["kbooth", "sgreen"]}
    customers = []
    rentals = []
    payments = []
    events = []
    names = full_names(r, 1200)

    def new_customer(when: dt.date) -> int:
        cid = len(customers) + 1
        first, last = names[cid - 1].split(" ")
        biz = r.random() < 0.14
        kinds = ["Removals", "Trading", "Interiors", "Joinery", "Events", "Antiques"]
        company = f"{last} {r.choice(kinds)}" if biz else None
        mail = ["gmail.com", "outlook.com", "yahoo.co.uk"]
        email = None if r.random() < 0.07 else f"{first.lower()}.{last.lower()}@{r.choice(mail)}"
        phone = None if r.random() < 0.12 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        customers.append((cid, first, last, email, phone, company, iso(when)))
        return cid

    def event(unit: list, rental: int | None, etype: str, when: dt.datetime, old: str | None = None,
              new: str | None = None, note: str | None = None) -> None:
        events.append([unit[0], rental, etype, when, r.choice(staff[unit[1]]), old, new, note])

    promos = [None] * 7 + ["FIRSTMONTH50", "FIRSTMONTH50", "STUDENT20", "MOVEDAY"]
    for u in units:
        site_open = dt.date.fromisoformat(sites[u[1] - 1][3])
        t = max(site_open, dt.date(2020, 6, 1)) + dt.timedelta(days=r.randint(0, 900 if u[1] != 3 else 300))
        occ = r.uniform(0.55, 0.95)
        if u[1] == 3 and u[2] >= "B-007":  # the newest block, handed over in May 2025: not let yet
            t = dt.date(2099, 1, 1)
        while t <= LAST_DAY:
            if r.random() > occ:
                t += dt.timedelta(days=r.randint(14, 90))
                continue
            earlier = [c[0] for c in customers if c[6] < iso(t)]
            cid = new_customer(t - dt.timedelta(days=r.randint(0, 10))) if r.random() < 0.85 or len(earlier) < 10 \
                else r.choice(earlier)  # fmt: skip
            stay = int(r.expovariate(1 / 420)) + 14
            move_out: dt.date | None = t + dt.timedelta(days=stay)
            if move_out > LAST_DAY:  # type: ignore[operator]
                move_out = None
            base = size_rate[u[3]] * (1.15 if u[5] else 1.0) * (1.06 ** ((t - dt.date(2025, 1, 1)).days / 365))
            rate = round(base * r.uniform(0.9, 1.0) * 2) / 2
            promo = r.choice(promos)
            cover = None if r.random() < 0.3 else r.choice([1000, 2000, 2000, 5000, 10000])
            rid = len(rentals) + 1
            rentals.append([rid, u[0], cid, iso(t), iso(move_out), rate, cover, promo])
            event(u, rid, "MOVE_IN", dt.datetime.combine(t, dt.time(r.randint(8, 17), r.randint(0, 59))),
                  None, f"{rate:.2f}")  # fmt: skip
            # four-weekly payments in advance; rate rises once a year; some fall behind and get overlocked
            end = move_out or LAST_DAY
            pay = t
            cur = rate
            bad = r.random() < 0.1
            method = r.choices(["card", "direct_debit", "cash"], weights=[45, 45, 10])[0]
            overlocked = False
            anniversary = t + dt.timedelta(days=365)
            while pay <= end:
                if anniversary <= pay and anniversary <= end:
                    new_rate = round(cur * r.choice([1.05, 1.06, 1.08]) * 2) / 2
                    event(u, rid, "RATE_CHANGE", dt.datetime.combine(anniversary, dt.time(9, 0)), f"{cur:.2f}",
                          f"{new_rate:.2f}", "annual review")  # fmt: skip
                    cur = new_rate
                    anniversary += dt.timedelta(days=365)
                amount = round(cur * 4 * (0.5 if (promo == "FIRSTMONTH50" and pay == t) else 1.0), 2)
                late = bad and r.random() < 0.2
                if late:
                    when = pay + dt.timedelta(days=r.randint(15, 40))
                    if when - pay > dt.timedelta(days=14):
                        ol = pay + dt.timedelta(days=14)
                        if ol <= end and not overlocked:
                            event(u, rid, "OVERLOCK", dt.datetime.combine(ol, dt.time(10, r.randint(0, 59))), None,
                                  None, "payment 14 days overdue")  # fmt: skip
                            overlocked = True
                    if when <= LAST_DAY:
                        payments.append((rid, iso(when), amount, method))
                        if overlocked:
                            event(u, rid, "OVERLOCK_REMOVED", dt.datetime.combine(when, dt.time(r.randint(9, 16), 5)),
                                  None, None, "paid in full")  # fmt: skip
                            overlocked = False
                else:
                    payments.append((rid, iso(pay + dt.timedelta(days=r.randint(0, 2))), amount, method))
                pay += dt.timedelta(days=28)
            rentals[-1][5] = cur
            if move_out is not None:
                if overlocked:
                    event(u, rid, "OVERLOCK_REMOVED", dt.datetime.combine(move_out, dt.time(11, 0)), None, None,
                          "cleared at move-out")  # fmt: skip
                    overlocked = False
                event(u, rid, "MOVE_OUT", dt.datetime.combine(move_out, dt.time(r.randint(8, 17), r.randint(0, 59))))
                if r.random() < 0.05:
                    mt = move_out + dt.timedelta(days=1)
                    event(u, None, "MAINTENANCE", dt.datetime.combine(mt, dt.time(8, 30)), None, None,
                          r.choice(["door spring replaced", "roller shutter repaired", "floor cleaned",
                                    "lock changed"]))  # fmt: skip
                t = move_out + dt.timedelta(days=r.randint(1, 130))
            else:
                u[6] = "overlocked" if overlocked else "occupied"
                break
        if u[6] == "vacant" and r.random() < 0.06:
            u[6] = "reserved"
    # a few current rentals are overlocked right now (their latest payment is missing)
    for u in r.sample([u for u in units if u[6] == "occupied"], 4):
        rid = next(x[0] for x in rentals if x[1] == u[0] and x[4] is None)
        ol = LAST_DAY - dt.timedelta(days=r.randint(1, 20))
        payments = [p for p in payments if not (p[0] == rid and p[1] >= iso(ol - dt.timedelta(days=14)))]
        event(u, rid, "OVERLOCK", dt.datetime.combine(ol, dt.time(10, r.randint(0, 59))), None, None,
              "payment 14 days overdue")  # fmt: skip
        u[6] = "overlocked"
    # the system went live on 2023-01-02: rentals that had ended by then were not migrated, and payments and
    # events are recorded from then on (none after a rental's move-out or after the last day)
    rentals = [x for x in rentals if x[4] is None or x[4] >= iso(GO_LIVE)]
    keep = {x[0] for x in rentals}
    renters = {x[2] for x in rentals}
    customers = [c for c in customers if c[0] in renters]
    rent_by_id = {x[0]: x for x in rentals}
    pays = []
    for rid, paid, amt, meth in sorted(payments, key=lambda p: (p[1], p[0])):
        if rid not in keep:
            continue
        mo = rent_by_id[rid][4]
        if iso(GO_LIVE) <= paid <= iso(LAST_DAY) and (mo is None or paid <= mo):
            pays.append((len(pays) + 1, rid, paid, amt, meth))
    evs = sorted((e for e in events if GO_LIVE <= e[3].date() <= LAST_DAY and (e[1] is None or e[1] in keep)),
                 key=lambda e: (e[3], e[0]))
    ev_rows = [(i, e[0], e[1], e[2], e[3].strftime("%Y-%m-%d %H:%M"), e[4], e[5], e[6], e[7])
               for i, e in enumerate(evs, start=1)]  # fmt: skip
    write_tables(path, LOCKUPS_DDL, [
        ("sites", sites), ("unitSizes", sizes), ("units", [tuple(u) for u in units]), ("customers", customers),
        ("rentals", [tuple(x) for x in rentals]), ("payments", pays), ("unitEvents", ev_rows),
    ])  # fmt: skip


BUILDERS = {
    "lettings": build_lettings,
    "repairjobs": build_repairjobs,
    "sitebuild": build_sitebuild,
    "homesales": build_homesales,
    "hotdesks": build_hotdesks,
    "lockups": build_lockups,
}
