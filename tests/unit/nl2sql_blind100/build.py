"""Six finance, legal and administration databases for the hundredth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows that are scheduled for the future:
hearings in ``smallclaims`` dated 2025-06-15 or later (their ``outcome`` is NULL, the claim's status is 'listed') and
the three meetings in ``parishbudget`` after today (2025-07-08, 2025-07-22, 2025-09-09; no attendance recorded). All
dates are ISO text 'YYYY-MM-DD' unless said otherwise.

- ``smallclaims`` (plain snake_case with ``id`` keys; SOFT DELETES: ``is_deleted`` 1 marks a row removed as keyed in
  by mistake, such rows are to be ignored unless a question asks about them; a history table with ``valid_from`` /
  ``valid_to``; money in pounds): the small-claims track of eight county courts in the North and Midlands.
  ``courts`` (``court_name`` e.g. 'Leeds County Court', ``town``, ``region`` 'North East' / 'North West' /
  'Midlands', ``court_code`` two letters used in claim references), ``judges`` (``full_name``, ``title`` 'District
  Judge' / 'Deputy District Judge', ``appointed_on``, ``retired_on`` NULL while still sitting), ``judge_postings``
  (which judge sits at which court when - the link between judges and courts: ``valid_from``, ``valid_to`` NULL for
  the current posting; four judges moved court, the two retired judges have no current posting), ``parties``
  (claimants and defendants: ``party_name``, ``party_type`` 'individual' / 'business', ``town``, ``postcode`` NULL
  when unknown, ``created_on``, ``is_deleted``: 26 duplicate party records were soft-deleted), ``claims``
  (``claim_ref`` e.g. 'LS24C0031' = court code, two-digit year, running number; ``court_id``, ``claimant_id`` and
  ``defendant_id`` -> parties, ``claim_type`` 'unpaid invoice' / 'faulty goods' / 'poor workmanship' / 'rent
  deposit' / 'vehicle damage' / 'unpaid wages', ``amount_claimed`` pounds (at most 10,000), ``issue_fee`` court fee
  paid to issue, ``filed_on``, ``defence_filed_on`` NULL when no defence was filed, ``status`` 'issued' (waiting for
  a defence or a default judgment) / 'defended' (defence in, no hearing date yet) / 'listed' (a future hearing is
  fixed) / 'settled' / 'withdrawn' / 'judgment' (judgment for the claimant, by default or after a hearing) /
  'dismissed' (judgment for the defendant) / 'struck out'; ``is_deleted``: 31 claims keyed in by mistake),
  ``hearings`` (``claim_id``, ``judge_id``, ``hearing_date``, ``mode`` 'in person' / 'video' / 'telephone',
  ``time_estimate_min`` minutes listed for, ``outcome`` 'judgment for claimant' / 'judgment for defendant' /
  'settled at hearing' / 'adjourned' (a later hearing follows) / 'struck out', NULL for future hearings) and
  ``judgments`` (money judgments for the claimant, one per claim: ``judgment_date``, ``judgment_type`` 'default' /
  'after hearing', ``amount_awarded`` pounds, ``costs_awarded`` pounds (fees), ``paid_in_full_on`` NULL while
  unpaid).
- ``parishbudget`` (lower-case snake_case; ALL MONEY IN PENCE as integers; the FINANCIAL YEAR RUNS FROM 1 APRIL TO 31
  MARCH and is written '2024-25'; flags 'Y'/'N'): the accounts of Great Haddon Parish Council, April 2023 to
  14 June 2025. ``councillors`` (``full_name``, ``ward`` 'Haddon Village' / 'Haddon Moor' / 'Low Haddon', ``role``
  'Chair' / 'Vice-Chair' / 'Councillor', ``elected_on``, ``left_on`` NULL while serving), ``cost_centres``
  (``cc_code`` 'ADM' Administration / 'GRN' Grounds and open spaces / 'PLY' Play areas / 'HAL' Village hall / 'CEM'
  Cemetery / 'LGT' Street lighting / 'GRT' Community grants / 'ELC' Elections / 'CAP' Capital projects,
  ``cc_name``, ``committee``), ``budgets`` (expenditure budget per cost centre and financial year: ``fiscal_year``
  '2023-24' / '2024-25' / '2025-26', ``budget_pence`` net of VAT), ``suppliers`` (payees, including the clerk for
  her salary and the community groups that receive grants: ``supplier_name``, ``town``, ``vat_registered``),
  ``meetings`` (``meeting_date``, ``meeting_type`` 'Full Council' (monthly except August) / 'Finance Committee'
  (quarterly) / 'Annual Parish Meeting' (May), ``venue``; three future meetings), ``attendance`` (the link between
  meetings and councillors for past meetings: ``status`` 'present' / 'apologies' / 'absent'; only the five
  committee members are due at Finance Committee meetings), ``payments`` (``voucher_no`` e.g. 'PV2425-017' =
  financial year and running number, ``paid_on``, ``supplier_id``, ``cc_code``, ``description``, ``net_pence``,
  ``vat_pence`` 0 when the supplier is not VAT registered, ``method`` 'BACS' / 'Direct Debit' / 'Debit card' /
  'Cheque', ``approved_at`` the full council meeting that approved it, NULL while not yet approved) and
  ``receipts`` (income: ``received_on``, ``cc_code``, ``source`` 'Precept' (paid in two halves, April and
  September) / 'Hall hire' / 'Burial fees' / 'Allotment rent' / 'Bank interest' / 'VAT refund' / 'Grant',
  ``payer``, ``amount_pence``).
- ``expenseclaims`` (snake_case; MONEY IN SEVERAL CURRENCIES: each expense line has an ``amount`` in the currency
  named by ``currency_code``; ``currencies.rate_to_gbp`` is the firm's policy rate = pounds per one unit; the
  self-referencing ``employees.reports_to`` = line manager, NULL for the managing partner): travel and expense
  claims at Hartwell Advisory LLP. ``departments`` (``dept_name``, ``cost_code``), ``employees`` (``full_name``,
  ``email``, ``dept_id``, ``job_title`` 'Managing Partner' / 'Partner' / 'Director' / 'Manager' / 'Senior
  Consultant' / 'Consultant' / 'Analyst' / 'Executive Assistant', ``reports_to``, ``home_office`` 'London' /
  'Manchester' / 'Edinburgh' / 'Dublin' / 'Frankfurt', ``hire_date``, ``leave_date`` NULL while employed),
  ``currencies`` (``currency_code`` 'GBP' / 'EUR' / 'USD' / 'CHF' / 'SEK' / 'JPY' / 'DKK' / 'NOK' (never used),
  ``currency_name``, ``rate_to_gbp``), ``projects`` (``project_code``, ``project_name``, ``client_name`` NULL for
  internal projects, ``billable`` 1 = client work / 0 = internal, ``start_date``), ``expense_reports`` (one trip:
  ``report_no`` e.g. 'EXP-040123', ``emp_id`` the claimant, ``project_id``, ``destination`` city, ``purpose``,
  ``trip_start``, ``trip_end``, ``submitted_on`` NULL for drafts, ``status`` 'draft' / 'submitted' (awaiting a
  decision) / 'approved' (not yet paid) / 'rejected' / 'paid', ``approved_by`` the employee who approved or
  rejected it (normally the claimant's line manager; the managing partner's reports go to the finance director),
  ``decided_on``, ``paid_on``) and ``expense_lines`` (``spent_on``, ``category`` 'air fare' / 'rail' / 'mileage'
  (own car at 45p a mile, in GBP) / 'hotel' (one line per night) / 'meals' / 'taxi' / 'client entertainment' /
  'conference fee', ``merchant``, ``amount``, ``currency_code``, ``has_receipt`` 1/0). Air fares are booked ahead, so a
  few of them are dated November or December 2022.
- ``inkasso`` (German table and column names and German values; money in euros; the self-referencing
  ``sachbearbeiter.vorgesetzter_id`` = supervisor, NULL for the head of department): a German debt-collection
  agency. ``mandanten`` (clients whose unpaid invoices are collected: ``firmenname``, ``branche`` industry e.g.
  'Telekommunikation' / 'Energie' / 'Versandhandel' mail order / 'Fitnessstudio', ``ort`` town,
  ``provision_prozent`` commission in percent of every amount collected, ``vertragsbeginn`` contract start),
  ``sachbearbeiter`` (staff: ``name``, ``team`` 'Nord' / 'Süd' / 'Leitung', ``rolle`` 'Abteilungsleitung' head of
  department / 'Teamleitung' team leader / 'Sachbearbeitung' case handler / 'Auszubildende' trainee,
  ``vorgesetzter_id``, ``eintrittsdatum`` joined, ``austrittsdatum`` left, NULL while employed), ``schuldner``
  (debtors: ``nachname`` surname, ``vorname`` first name, ``plz`` postcode, ``ort`` town, ``geburtsdatum`` date of
  birth NULL when unknown, ``telefon`` NULL when unknown), ``forderungen`` (claims: ``aktenzeichen`` file number e.g.
  'IK-2024-00123', ``mandant_id``, ``schuldner_id``, ``sachbearbeiter_id`` handler, ``rechnungsdatum`` the client's
  original invoice date (from mid-2022), ``uebergabedatum`` handed over to the agency, ``hauptforderung`` principal,
  ``zinsen`` interest, ``kosten`` collection costs, ``status`` 'offen' open / 'Ratenzahlung' paying by instalments /
  'bezahlt' paid in full / 'Mahnbescheid' court payment order applied for / 'ausgebucht' written off / 'storniert'
  withdrawn by the client, ``abschlussdatum`` date closed, NULL while open, on a plan or in court), ``zahlungen``
  (payments from debtors: ``zahlungsdatum``, ``betrag`` euros, ``zahlungsart`` 'Überweisung' bank transfer /
  'Lastschrift' direct debit / 'Bar' cash) and ``mahnungen`` (reminder letters: ``mahnstufe`` 1 / 2 / 3 = first, second,
  final reminder, ``versanddatum`` sent on, ``versandweg`` 'Post' / 'E-Mail').
- ``legalaid`` (Hungarian notation: ``tbl`` tables and ``int`` / ``str`` / ``dtm`` / ``cur`` / ``bln`` columns;
  flags 0/1; money in pounds; ``dtmFiled``, ``dtmDecided`` and ``dtmSubmitted`` are 'YYYY-MM-DD HH:MM:SS', the other
  ``dtm`` columns are dates): a regional legal aid office. ``tblCaseworker`` (``strName``, ``strOffice`` 'Leeds' /
  'Nottingham' / 'Brighton', ``dtmStarted``, ``blnActive`` 0 = left), ``tblProvider`` (solicitor firms:
  ``strFirmName``, ``strCity``, ``strContractType`` 'Civil' / 'Crime' / 'Civil and Crime', ``blnContractActive``),
  ``tblApplicant`` (``strFullName``, ``dtmBirth``, ``strPostcode`` NULL when not given, ``curMonthlyIncome``
  pounds a month, ``blnPassported`` 1 = on a passporting benefit, so the means test is passed automatically),
  ``tblApplication`` (``strRef`` e.g. 'LA-24-00123', ``intApplicantID``, ``intProviderID``, ``intCaseworkerID``,
  ``strCategory`` 'Family' / 'Housing' / 'Immigration' / 'Crime' / 'Debt' / 'Mental Health', ``blnEmergency``,
  ``dtmFiled``, ``dtmDecided`` and ``strDecision`` 'Granted' / 'Refused' / 'Withdrawn' both NULL while awaiting a
  decision, ``curCostLimit`` NULL unless granted), ``tblBill`` (a provider's bill on a granted application:
  ``strBillType`` 'Interim' / 'Final', ``dtmSubmitted``, ``curClaimed``, ``curAssessed`` NULL until assessed,
  ``dtmPaid`` NULL until paid), ``tblBarrister`` (``strName``, ``strChambers``, ``intCallYear`` year called to the
  Bar, ``blnKC`` King's Counsel) and ``tblInstruction`` (the link between applications and barristers: a barrister
  instructed on a case, ``dtmInstructed``, ``curFee``).
- ``insolvency`` (snake_case with abbreviated suffixes: ``_nm`` name, ``_amt`` amount in pounds, ``_dt`` date,
  ``_nbr`` number, ``_cd`` code): an insolvency practice with offices in Leeds, Manchester and Newcastle. ``staff``
  (``staff_nm``, ``grade_cd`` 'IP' licensed insolvency practitioner / 'MGR' manager / 'ADM' administrator / 'CSH'
  cashier, ``licence_nbr`` and ``licensing_body_cd`` 'ICAEW' / 'IPA' / 'ICAS' only for IPs, ``office_nm``,
  ``hourly_rate_amt``, ``start_dt``, ``leave_dt`` NULL while employed), ``cases`` (``case_nbr`` e.g.
  'CVL-2024-012', ``debtor_nm`` company or person, ``case_type_cd`` 'CVL' creditors' voluntary liquidation / 'MVL'
  members' voluntary liquidation (solvent) / 'ADM' administration / 'CWU' compulsory winding up / 'IVA' individual
  voluntary arrangement / 'BKY' bankruptcy, ``sector_cd`` 'CONS' construction / 'HOSP' hospitality / 'RETL' retail /
  'MANU' manufacturing / 'TRAN' transport / 'PROF' professional services, NULL for individuals, ``appointed_dt``,
  ``closed_dt`` NULL while open, ``status_cd`` 'O' open / 'C' closed / 'F' failed (IVAs only), ``lead_ip_id`` ->
  staff, ``est_deficiency_amt`` estimated shortfall to creditors, NULL for MVLs), ``creditors`` (``creditor_nm``,
  ``creditor_type_cd`` 'HMRC' / 'BANK' / 'UTIL' utility / 'CONS' consumer lender / 'TRAD' trade supplier / 'LAND'
  landlord / 'EMPL' former employee), ``proofs_of_debt`` (the link between cases and creditors: a claim lodged by a
  creditor, ``claim_class_cd`` 'SEC' secured / 'PREF' preferential / 'SPRF' secondary preferential (HMRC) / 'UNS'
  unsecured, ``claimed_amt``, ``admitted_amt`` NULL until adjudicated, ``received_dt``), ``realisations`` (assets
  turned into cash: ``asset_type_cd`` 'PROP' property / 'VEH' vehicles / 'STK' stock / 'PLNT' plant and machinery /
  'BDB' book debts / 'CASH' cash at bank / 'GWIL' goodwill / 'CONT' IVA contributions, ``realised_amt``,
  ``realised_dt``), ``dividends`` (``claim_class_cd``, ``declared_dt``, ``rate_pence_nbr`` pence in the pound,
  ``distributed_amt``) and ``time_entries`` (``case_id``, ``staff_id``, ``work_dt``, ``activity_cd`` 'ADMN'
  administration / 'INVS' investigations / 'REAL' realisations / 'CRED' creditors / 'TRAD' trading / 'CASH'
  cashiering, ``units_nbr`` time in 6-minute units, ``charge_amt`` = units x hourly rate / 10).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)

GIVEN_UK = [
    "Alan", "Beth", "Callum", "Diane", "Edward", "Fiona", "Gareth", "Hannah", "Imran", "Julie", "Keith", "Lucy",
    "Mark", "Natalie", "Oliver", "Priya", "Robert", "Sarah", "Thomas", "Usha", "Victoria", "William", "Yusuf", "Zara",
    "Adam", "Bethany", "Craig", "Donna", "Emma", "Frank", "Gemma", "Harry", "Isla", "Jack", "Karen", "Liam",
]  # fmt: skip
FAMILY_UK = [
    "Ainsworth", "Bennett", "Clarke", "Dawson", "Evans", "Fletcher", "Green", "Hughes", "Ingram", "Johnson", "Khan",
    "Lawrence", "Marshall", "Nolan", "Osborne", "Parker", "Quinn", "Richardson", "Shaw", "Turner", "Usher", "Walsh",
    "Wood", "Young", "Akhtar", "Brooks", "Cooper", "Doyle", "Ellison", "Fox", "Holt", "Mitchell", "Pearson", "Sykes",
]  # fmt: skip


def people(r: random.Random, n: int, given: list[str], family: list[str]) -> list[str]:
    """``n`` distinct "Given Family" names, shuffled by ``r``."""
    pool = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


def day_between(r: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=r.randint(0, (hi - lo).days))


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def fresh_db(path: Path, ddl: str) -> sqlite3.Connection:
    """A new SQLite file at ``path`` (any old one removed) with ``ddl`` run and foreign keys enforced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(ddl)
    return con


def insert(con: sqlite3.Connection, table: str, rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    marks = ", ".join("?" * len(rows[0]))
    con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def done(con: sqlite3.Connection) -> None:
    con.commit()
    con.execute("VACUUM")
    con.close()


# ---------------------------------------------------------------------------------------------------- smallclaims
COURTS = [
    ("Leeds County Court", "Leeds", "North East", "LS"),
    ("Bradford Combined Court", "Bradford", "North East", "BD"),
    ("Sheffield County Court", "Sheffield", "North East", "SH"),
    ("Manchester County Court", "Manchester", "North West", "MA"),
    ("Liverpool Civil Justice Centre", "Liverpool", "North West", "LV"),
    ("Preston Combined Court", "Preston", "North West", "PR"),
    ("Birmingham Civil Justice Centre", "Birmingham", "Midlands", "BM"),
    ("Nottingham County Court", "Nottingham", "Midlands", "NG"),
]  # fmt: skip
COURT_WEIGHTS = [14, 8, 10, 16, 11, 6, 15, 9]
SC_TOWNS = {
    1: ["Leeds", "Wakefield", "Harrogate", "Otley"], 2: ["Bradford", "Keighley", "Shipley"],
    3: ["Sheffield", "Rotherham", "Barnsley"], 4: ["Manchester", "Stockport", "Salford", "Oldham"],
    5: ["Liverpool", "Birkenhead", "Southport"], 6: ["Preston", "Blackburn", "Chorley"],
    7: ["Birmingham", "Solihull", "Sutton Coldfield", "Walsall"], 8: ["Nottingham", "Beeston", "Mansfield"],
}  # fmt: skip
BIZ_PREFIX = [
    "Pennine", "Aire Valley", "Calder", "Northern", "Red Rose", "Moorside", "Castle", "Riverside", "Kingsway",
    "Meadow", "Oakfield", "Summit", "Brightside", "Crown", "Wharfe", "Mersey", "Trent",
]  # fmt: skip
BIZ_TRADE = [
    "Roofing", "Motors", "Lettings", "Builders", "Plumbing", "Electrical", "Windows", "Kitchens", "Furniture",
    "Car Sales", "Landscaping", "Removals", "Cleaning", "Decorators", "Telecoms",
]  # fmt: skip
# claim type -> (typical claimant type, low, high amount in pounds)
CLAIM_TYPES = [
    ("unpaid invoice", "business", 150, 9500, 34),
    ("faulty goods", "individual", 80, 4500, 16),
    ("poor workmanship", "individual", 300, 9800, 18),
    ("rent deposit", "individual", 400, 2400, 12),
    ("vehicle damage", "individual", 250, 6500, 11),
    ("unpaid wages", "individual", 200, 3800, 9),
]  # fmt: skip


def issue_fee(amount: float) -> float:
    for cap, fee in [(300, 35), (500, 50), (1000, 70), (1500, 80), (3000, 115), (5000, 205)]:
        if amount <= cap:
            return float(fee)
    return round(amount * 0.05, 2)


def hearing_fee(amount: float) -> float:
    for cap, fee in [(300, 27), (500, 59), (1000, 85), (1500, 123), (3000, 181)]:
        if amount <= cap:
            return float(fee)
    return 346.0


def build_smallclaims(path: Path) -> None:
    r = random.Random(100_001)
    con = fresh_db(
        path,
        """
        CREATE TABLE courts (
            id INTEGER PRIMARY KEY, court_name TEXT NOT NULL, town TEXT NOT NULL, region TEXT NOT NULL,
            court_code TEXT NOT NULL UNIQUE);
        CREATE TABLE judges (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, title TEXT NOT NULL, appointed_on TEXT NOT NULL,
            retired_on TEXT);
        CREATE TABLE judge_postings (
            id INTEGER PRIMARY KEY, judge_id INTEGER NOT NULL REFERENCES judges(id),
            court_id INTEGER NOT NULL REFERENCES courts(id), valid_from TEXT NOT NULL, valid_to TEXT);
        CREATE TABLE parties (
            id INTEGER PRIMARY KEY, party_name TEXT NOT NULL, party_type TEXT NOT NULL, town TEXT NOT NULL,
            postcode TEXT, created_on TEXT NOT NULL, is_deleted INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY, claim_ref TEXT NOT NULL UNIQUE, court_id INTEGER NOT NULL REFERENCES courts(id),
            claimant_id INTEGER NOT NULL REFERENCES parties(id), defendant_id INTEGER NOT NULL REFERENCES parties(id),
            claim_type TEXT NOT NULL, amount_claimed REAL NOT NULL, issue_fee REAL NOT NULL, filed_on TEXT NOT NULL,
            defence_filed_on TEXT, status TEXT NOT NULL, is_deleted INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE hearings (
            id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claims(id),
            judge_id INTEGER NOT NULL REFERENCES judges(id), hearing_date TEXT NOT NULL, mode TEXT NOT NULL,
            time_estimate_min INTEGER NOT NULL, outcome TEXT);
        CREATE TABLE judgments (
            id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL UNIQUE REFERENCES claims(id),
            judgment_date TEXT NOT NULL, judgment_type TEXT NOT NULL, amount_awarded REAL NOT NULL,
            costs_awarded REAL NOT NULL, paid_in_full_on TEXT);
        """,
    )
    insert(con, "courts", [(i, *c) for i, c in enumerate(COURTS, 1)])

    # judges: 22 long-serving (judge i sits at court (i-1) % 8 + 1), some move or retire, 2 appointed in 2024
    names = people(r, 24, GIVEN_UK, FAMILY_UK)
    judges, postings = [], []
    movers = {4: (D(2023, 9, 4), 6), 10: (D(2024, 1, 8), 4), 15: (D(2024, 4, 2), 1), 21: (D(2024, 10, 1), 7)}
    retirees = {6: D(2024, 3, 29), 18: D(2024, 7, 31)}
    for i in range(1, 23):
        appointed = day_between(r, D(2004, 1, 1), D(2020, 6, 30))
        title = "District Judge" if r.random() < 0.7 else "Deputy District Judge"
        retired = retirees.get(i)
        judges.append((i, names[i - 1], title, iso(appointed), iso(retired)))
        home = (i - 1) % 8 + 1
        start = max(appointed, D(2016, 1, 4))
        if i in movers:
            when, court = movers[i]
            postings.append((home, i, start, plus(when, -1)))
            postings.append((court, i, when, None))
        else:
            postings.append((home, i, start, retired))
    for i, (appointed, court) in [(23, (D(2024, 5, 13), 3)), (24, (D(2024, 11, 4), 4))]:
        judges.append((i, names[i - 1], "Deputy District Judge", iso(appointed), None))
        postings.append((court, i, appointed, None))
    insert(con, "judges", judges)
    insert(
        con,
        "judge_postings",
        [(k, j, c, iso(a), iso(b)) for k, (c, j, a, b) in enumerate(sorted(postings, key=lambda p: (p[1], p[2])), 1)],
    )

    def judge_at(court: int, day: dt.date) -> int:
        ok = [j for c, j, a, b in postings if c == court and a <= day and (b is None or day <= b)]
        return r.choice(ok)

    # parties
    parties: list[tuple[Any, ...]] = []
    by_type: dict[str, list[int]] = {"individual": [], "business": []}
    inds = people(r, 700, GIVEN_UK, FAMILY_UK)
    bizs = [f"{p} {t}" for p in BIZ_PREFIX for t in BIZ_TRADE]
    r.shuffle(bizs)
    bizs = [b + r.choice([" Ltd", " Ltd", " Ltd", " & Co", " Services Ltd"]) for b in bizs[:230]]
    pool = [(n, "individual") for n in inds] + [(n, "business") for n in bizs]
    r.shuffle(pool)
    for i, (name, kind) in enumerate(pool, 1):
        court = r.choices(range(1, 9), COURT_WEIGHTS)[0]
        town = r.choice(SC_TOWNS[court])
        pc = (
            None
            if r.random() < 0.12
            else f"{COURTS[court - 1][3]}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        )
        created = day_between(r, D(2022, 6, 1), D(2025, 6, 10))
        parties.append([i, name, kind, town, pc, created, 0])
        by_type[kind].append(i)
    # duplicates keyed in by mistake and soft-deleted
    n = len(parties)
    for k in range(26):
        src = parties[r.randrange(n)]
        parties.append([n + k + 1, src[1], src[2], src[3], None, plus(src[5], r.randint(0, 30)), 1])

    claims, hearings, judgments = [], [], []
    seq: dict[tuple[int, int], int] = {}
    live_parties = {p[0]: p for p in parties if p[6] == 0}
    filed_days = sorted(day_between(r, D(2023, 1, 3), D(2025, 6, 13)) for _ in range(1450))
    for cid, filed in enumerate(filed_days, 1):
        while filed.weekday() >= 5:
            filed = plus(filed, 1)
        court = r.choices(range(1, 9), COURT_WEIGHTS)[0]
        ctype, ckind, lo, hi, _ = r.choices(CLAIM_TYPES, [c[4] for c in CLAIM_TYPES])[0]
        claimant = r.choice(by_type[ckind]) if r.random() < 0.85 else r.choice(by_type["individual"])
        if ctype in ("faulty goods", "poor workmanship", "unpaid wages"):
            defendant = r.choice(by_type["business"])
        elif ctype == "unpaid invoice":
            defendant = r.choice(by_type["individual"] if r.random() < 0.6 else by_type["business"])
        else:
            defendant = r.choice(by_type["individual"] if r.random() < 0.5 else by_type["business"])
        if defendant == claimant:
            defendant = r.choice(by_type["business"])
        while live_parties[claimant][5] > filed:
            live_parties[claimant][5] = plus(filed, -r.randint(1, 60))
        while live_parties[defendant][5] > filed:
            live_parties[defendant][5] = plus(filed, -r.randint(1, 60))
        amount = round(min(hi, lo * (hi / lo) ** (r.random() ** 1.3)), 2)
        if r.random() < 0.3:
            amount = float(round(amount, -1))
        fee = issue_fee(amount)
        key = (court, filed.year)
        seq[key] = seq.get(key, 0) + 1
        ref = f"{COURTS[court - 1][3]}{filed.year % 100:02d}C{seq[key]:04d}"
        age = (LAST - filed).days
        defence = None
        status = "issued"
        hearing_dates: list[tuple[dt.date, str | None]] = []
        judgment = None
        if r.random() < 0.55:
            d_on = plus(filed, r.randint(10, 28))
            if d_on <= LAST:
                defence = d_on
                x = r.random()
                if x < 0.15:
                    status = "settled"
                elif x < 0.2:
                    status = "withdrawn"
                else:
                    first = plus(filed, r.randint(95, 250))
                    while first.weekday() >= 5:
                        first = plus(first, 1)
                    if first > plus(LAST, 110):
                        status = "defended"
                    elif first > LAST:
                        status = "listed"
                        hearing_dates.append((first, None))
                    else:
                        day = first
                        while True:
                            out = r.choices(
                                ["judgment for claimant", "judgment for defendant", "settled at hearing", "adjourned",
                                 "struck out"],
                                [45, 24, 12, 13, 6],
                            )[0]  # fmt: skip
                            hearing_dates.append((day, out))
                            if out != "adjourned":
                                break
                            day = plus(day, r.randint(35, 90))
                            while day.weekday() >= 5:
                                day = plus(day, 1)
                            if day > LAST:
                                hearing_dates.append((day, None))
                                out = "listed"
                                break
                        status = {
                            "judgment for claimant": "judgment", "judgment for defendant": "dismissed",
                            "settled at hearing": "settled", "struck out": "struck out", "listed": "listed",
                        }[out]  # fmt: skip
                        if out == "judgment for claimant":
                            awarded = round(amount * r.uniform(0.45, 1.0), 2) if r.random() < 0.6 else amount
                            judgment = (day, "after hearing", awarded, fee + hearing_fee(amount))
        if defence is None and status == "issued" and age > 35:
            x = r.random()
            if x < 0.62:
                status = "judgment"
                jd = plus(filed, r.randint(33, 75))
                if jd > LAST:
                    status = "issued"
                else:
                    judgment = (jd, "default", amount, fee)
            elif x < 0.84:
                status = "settled"
            else:
                status = "withdrawn"
        claims.append([cid, ref, court, claimant, defendant, ctype, amount, fee, iso(filed), iso(defence), status, 0])
        for day, out in hearing_dates:
            mode = r.choices(["in person", "video", "telephone"], [60, 30, 10])[0]
            est = 60 if amount <= 1500 else r.choice([60, 90, 120, 180])
            if amount <= 300:
                est = 30
            hearings.append([cid, judge_at(court, day), iso(day), mode, est, out])
        if judgment is not None:
            jd, jtype, awarded, costs = judgment
            paid = None
            if r.random() < 0.55:
                p = plus(jd, r.randint(7, 150))
                paid = p if p <= LAST else None
            judgments.append([cid, iso(jd), jtype, awarded, round(costs, 2), iso(paid)])
    # claims keyed in by mistake: soft-deleted, never progressed
    plain = [c for c in claims if c[10] in ("issued", "withdrawn", "settled") and c[9] is None]
    for c in r.sample(plain, 31):
        c[11] = 1
    insert(con, "parties", [(p[0], p[1], p[2], p[3], p[4], iso(min(p[5], LAST)), p[6]) for p in parties])
    insert(con, "claims", claims)
    insert(con, "hearings", [(k, *h) for k, h in enumerate(sorted(hearings, key=lambda h: (h[2], h[0])), 1)])
    insert(con, "judgments", [(k, *j) for k, j in enumerate(sorted(judgments, key=lambda j: (j[1], j[0])), 1)])
    done(con)


# ---------------------------------------------------------------------------------------------------- parishbudget
COST_CENTRES = [
    ("ADM", "Administration", "Finance"), ("GRN", "Grounds and open spaces", "Amenities"),
    ("PLY", "Play areas", "Amenities"), ("HAL", "Village hall", "Amenities"), ("CEM", "Cemetery", "Amenities"),
    ("LGT", "Street lighting", "Amenities"), ("GRT", "Community grants", "Finance"), ("ELC", "Elections", "Finance"),
    ("CAP", "Capital projects", "Finance"),
]  # fmt: skip
# (name, town, VAT registered, cost centre, schedule, months or chance, low, high pounds net, method, description)
PB_SUPPLIERS = [
    ("Haddon Grounds Maintenance Ltd", "Skipton", "Y", "GRN", "months", [4, 5, 6, 7, 8, 9, 10], 420, 880, "BACS", "Grass cutting"),
    ("Playsafe Inspections Ltd", "Harrogate", "Y", "PLY", "months", [4, 7, 10, 1], 85, 165, "BACS", "Play area inspection"),
    ("Yorkshire Play Equipment Ltd", "Leeds", "Y", "PLY", "chance", 0.08, 250, 4800, "BACS", "Play equipment repair"),
    ("Dales Energy Supply", "Northallerton", "Y", "LGT", "months", list(range(1, 13)), 170, 265, "Direct Debit", "Street lighting energy"),
    ("CityLumen Street Lighting", "Bradford", "Y", "LGT", "months", [5, 8, 11, 2], 280, 720, "BACS", "Lighting maintenance"),
    ("Brightwater Cleaning Services", "Keighley", "N", "HAL", "months", list(range(1, 13)), 210, 330, "BACS", "Hall cleaning"),
    ("Zurich Municipal", "Farnborough", "N", "ADM", "months", [6], 1340, 1520, "BACS", "Annual insurance premium"),
    ("Yorkshire Local Councils Associations", "York", "N", "ADM", "months", [4], 410, 480, "BACS", "Membership subscription"),
    ("HM Revenue & Customs", "Bootle", "N", "ADM", "months", list(range(1, 13)), 300, 365, "BACS", "PAYE and NI"),
    ("Karen Whitaker", "Great Haddon", "N", "ADM", "months", list(range(1, 13)), 1340, 1420, "BACS", "Clerk salary"),
    ("West Yorkshire Pension Fund", "Bradford", "N", "ADM", "months", list(range(1, 13)), 205, 240, "BACS", "Pension contributions"),
    ("Moorside Office Supplies", "Skipton", "Y", "ADM", "chance", 0.45, 12, 130, "Debit card", "Stationery"),
    ("Craven Audit Services", "Settle", "N", "ADM", "months", [5], 240, 300, "BACS", "Internal audit"),
    ("Littlebrook & Co", "Harrogate", "Y", "ADM", "months", [9], 400, 440, "BACS", "External audit fee"),
    ("Craven Memorials", "Skipton", "Y", "CEM", "chance", 0.12, 90, 650, "BACS", "Memorial safety work"),
    ("Dales Tree Surgery", "Grassington", "Y", "GRN", "chance", 0.15, 280, 1900, "BACS", "Tree works"),
    ("Dales Waste Services", "Skipton", "Y", "CEM", "months", list(range(1, 13)), 58, 96, "Direct Debit", "Bin emptying"),
    ("Yorkshire Water Business", "Bradford", "N", "HAL", "months", [3, 6, 9, 12], 45, 160, "Direct Debit", "Water charges"),
    ("Skipton Building Supplies", "Skipton", "Y", "HAL", "chance", 0.2, 25, 640, "Debit card", "Hall repairs materials"),
    ("Parochial IT Ltd", "Ripon", "Y", "ADM", "months", [11], 180, 220, "Debit card", "Website hosting"),
    ("Haddon Gazette", "Great Haddon", "Y", "ADM", "chance", 0.1, 40, 120, "Cheque", "Public notice advert"),
    ("Greenfield Garden Supplies", "Otley", "Y", "GRN", "chance", 0.2, 30, 420, "Debit card", "Planting and bulbs"),
]  # fmt: skip
PB_GRANTEES = [
    ("Haddon Scout Group", 600, 1200), ("Haddon in Bloom", 300, 800), ("Haddon Community Library", 500, 1000),
    ("Great Haddon Cricket Club", 400, 1500), ("Friends of St Wilfrid's Church", 250, 900),
    ("Haddon Over-60s Club", 150, 450),
]  # fmt: skip
PB_WARDS = ["Haddon Village", "Haddon Moor", "Low Haddon"]


def fiscal_year(d: dt.date) -> str:
    """'2024-25' for 1 April 2024 to 31 March 2025."""
    y = d.year if d.month >= 4 else d.year - 1
    return f"{y}-{(y + 1) % 100:02d}"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    d = D(year, month, 1)
    while d.weekday() != weekday:
        d = plus(d, 1)
    return plus(d, 7 * (n - 1))


def build_parishbudget(path: Path) -> None:
    r = random.Random(100_002)
    con = fresh_db(
        path,
        """
        CREATE TABLE councillors (
            councillor_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, ward TEXT NOT NULL, role TEXT NOT NULL,
            elected_on TEXT NOT NULL, left_on TEXT);
        CREATE TABLE cost_centres (
            cc_code TEXT PRIMARY KEY, cc_name TEXT NOT NULL, committee TEXT NOT NULL);
        CREATE TABLE budgets (
            cc_code TEXT NOT NULL REFERENCES cost_centres(cc_code), fiscal_year TEXT NOT NULL,
            budget_pence INTEGER NOT NULL, PRIMARY KEY (cc_code, fiscal_year));
        CREATE TABLE suppliers (
            supplier_id INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL, town TEXT NOT NULL,
            vat_registered TEXT NOT NULL);
        CREATE TABLE meetings (
            meeting_id INTEGER PRIMARY KEY, meeting_date TEXT NOT NULL, meeting_type TEXT NOT NULL,
            venue TEXT NOT NULL);
        CREATE TABLE attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings(meeting_id),
            councillor_id INTEGER NOT NULL REFERENCES councillors(councillor_id), status TEXT NOT NULL,
            PRIMARY KEY (meeting_id, councillor_id));
        CREATE TABLE payments (
            payment_id INTEGER PRIMARY KEY, voucher_no TEXT NOT NULL UNIQUE, paid_on TEXT NOT NULL,
            supplier_id INTEGER NOT NULL REFERENCES suppliers(supplier_id),
            cc_code TEXT NOT NULL REFERENCES cost_centres(cc_code), description TEXT NOT NULL,
            net_pence INTEGER NOT NULL, vat_pence INTEGER NOT NULL, method TEXT NOT NULL,
            approved_at INTEGER REFERENCES meetings(meeting_id));
        CREATE TABLE receipts (
            receipt_id INTEGER PRIMARY KEY, received_on TEXT NOT NULL,
            cc_code TEXT NOT NULL REFERENCES cost_centres(cc_code), source TEXT NOT NULL, payer TEXT NOT NULL,
            amount_pence INTEGER NOT NULL);
        """,
    )
    insert(con, "cost_centres", COST_CENTRES)
    # councillors: 11 serving, 3 who stood down; a co-option in 2024
    names = people(r, 15, GIVEN_UK, FAMILY_UK)
    cllrs = []
    for i in range(1, 15):
        elected = D(2019, 5, 2) if i <= 7 else D(2023, 5, 4)
        left = None
        if i in (3, 6):
            left = D(2023, 5, 4)  # did not stand again
        if i == 12:
            left = D(2024, 9, 30)
        if i == 14:
            elected = D(2024, 11, 12)  # co-opted
        role = "Chair" if i == 2 else "Vice-Chair" if i == 9 else "Councillor"
        cllrs.append((i, names[i - 1], PB_WARDS[i % 3], role, iso(elected), iso(left)))
    insert(con, "councillors", cllrs)

    # meetings
    meetings: list[tuple[dt.date, str, str]] = []
    y, m = 2023, 4
    while (y, m) <= (2025, 9):
        if m != 8:
            meetings.append((nth_weekday(y, m, 1, 2), "Full Council", "Village Hall"))
        if m in (1, 4, 7, 10):
            meetings.append((nth_weekday(y, m, 1, 4), "Finance Committee", "Parish Office"))
        if m == 5:
            meetings.append((nth_weekday(y, m, 3, 3), "Annual Parish Meeting", "Village Hall"))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    meetings.sort()
    insert(con, "meetings", [(k, iso(d), t, v) for k, (d, t, v) in enumerate(meetings, 1)])
    finance_members = {2, 4, 8, 9, 11}
    att = []
    for k, (d, t, _) in enumerate(meetings, 1):
        if d > LAST:
            continue
        for cid, _, _, _, el, lf in cllrs:
            if D.fromisoformat(el) > d or (lf is not None and D.fromisoformat(lf) <= d):
                continue
            if t == "Finance Committee" and cid not in finance_members:
                continue
            w = [80, 16, 4] if cid != 7 else [55, 30, 15]
            att.append((k, cid, r.choices(["present", "apologies", "absent"], w)[0]))
    insert(con, "attendance", att)
    full_council = [(k, d) for k, (d, t, _) in enumerate(meetings, 1) if t == "Full Council"]

    def approval(paid: dt.date) -> int | None:
        for k, d in full_council:
            if d >= paid:
                return k if d <= LAST else None
        return None

    sups = [(i, s[0], s[1], s[2]) for i, s in enumerate(PB_SUPPLIERS, 1)]
    base = len(sups)
    sups += [(base + i, g[0], "Great Haddon", "N") for i, g in enumerate(PB_GRANTEES, 1)]
    sups.append((len(sups) + 1, "Pennine Fencing Ltd", "Keighley", "Y"))
    sups.append((len(sups) + 1, "North Yorkshire Council Elections", "Northallerton", "N"))
    insert(con, "suppliers", sups)
    fencing_id, elections_id = len(sups) - 1, len(sups)

    pays: list[tuple[dt.date, int, str, str, int, str]] = []
    months = []
    y, m = 2023, 4
    while (y, m) <= (2025, 6):
        months.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    mnames = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip
    for y, m in months:
        for sid, (_, _, _, cc, kind, when, lo, hi, method, desc) in enumerate(PB_SUPPLIERS, 1):
            if kind == "months" and m not in when:
                continue
            if kind == "chance" and r.random() >= when:
                continue
            day = D(y, m, 20 if method == "Direct Debit" else r.randint(1, 28))
            if desc in ("Clerk salary", "PAYE and NI", "Pension contributions"):
                day = D(y, m, 25 if desc == "Clerk salary" else 22)
            if day > LAST:
                continue
            net = int(round(r.uniform(lo, hi), 2) * 100)
            if desc == "Clerk salary":
                net = (
                    134_250 if fiscal_year(day) == "2023-24" else 138_900 if fiscal_year(day) == "2024-25" else 142_600
                )
            pays.append((day, sid, cc, f"{desc} - {mnames[m]} {y}", net, method))
        if m in (6, 11):
            for gid, (gname, lo, hi) in enumerate(PB_GRANTEES, base + 1):
                if r.random() < 0.55 and D(y, m, 28) <= LAST:
                    day = D(y, m, r.randint(14, 28))
                    pays.append((day, gid, "GRT", f"Grant to {gname}", int(r.randint(lo, hi) // 25 * 25 * 100), "BACS"))
    # capital project: replacement fencing round the recreation ground, summer 2024; elections May 2023
    pays.append((D(2024, 7, 19), fencing_id, "CAP", "Recreation ground fencing - stage 1", 684_000, "BACS"))
    pays.append((D(2024, 9, 6), fencing_id, "CAP", "Recreation ground fencing - stage 2", 512_500, "BACS"))
    pays.append((D(2023, 6, 23), elections_id, "ELC", "Recharge of May 2023 election costs", 187_640, "BACS"))
    # paid after the June 2025 meeting: not yet approved
    pays.append((D(2025, 6, 12), 3, "PLY", "Play equipment repair - June 2025", 186_000, "BACS"))
    pays.append((D(2025, 6, 13), 16, "GRN", "Tree works - June 2025", 72_500, "BACS"))
    pays.sort(key=lambda p: (p[0], p[1]))
    rows = []
    vseq: dict[str, int] = {}
    for k, (day, sid, cc, desc, net, method) in enumerate(pays, 1):
        fy = fiscal_year(day)
        vseq[fy] = vseq.get(fy, 0) + 1
        vat = round(net * 0.2) if sups[sid - 1][3] == "Y" else 0
        rows.append((k, f"PV{fy[2:4]}{fy[5:7]}-{vseq[fy]:03d}", iso(day), sid, cc, desc, net, vat, method,
                     approval(day)))  # fmt: skip
    insert(con, "payments", rows)

    # receipts
    rec: list[tuple[dt.date, str, str, str, int]] = []
    for fy_start, total in [(2023, 5_240_000), (2024, 5_580_000), (2025, 5_860_000)]:
        rec.append((D(fy_start, 4, 28), "ADM", "Precept", "North Yorkshire Council", total // 2))
        if fy_start < 2025:
            rec.append((D(fy_start, 9, 29), "ADM", "Precept", "North Yorkshire Council", total - total // 2))
    hirers = ["Haddon Pilates", "Great Haddon WI", "Dales Dog Training", "Haddon Toddler Group", "Craven Art Society",
              "Private party", "Haddon Film Club", "Youth Club"]  # fmt: skip
    for y, m in months:
        for _ in range(r.randint(3, 7)):
            day = D(y, m, r.randint(1, 28))
            if day <= LAST:
                rec.append((day, "HAL", "Hall hire", r.choice(hirers), r.randint(3, 24) * 500))
        if r.random() < 0.3:
            day = D(y, m, r.randint(1, 28))
            if day <= LAST:
                rec.append((day, "CEM", "Burial fees", r.choice(["Dalesway Funerals", "J. Harker & Sons Funeral Directors"]),
                            r.choice([18_000, 26_500, 42_000, 95_000])))  # fmt: skip
        day = D(y, m, 28)
        if day <= LAST:
            rec.append((day, "ADM", "Bank interest", "Unity Trust Bank", r.randint(900, 4800)))
        if m == 10:
            for name in people(r, 18, GIVEN_UK, FAMILY_UK):
                rec.append((D(y, m, r.randint(1, 31)), "GRN", "Allotment rent", name, r.choice([2500, 3500, 4500])))
    by_fy_vat: dict[str, int] = {}
    for row in rows:
        by_fy_vat[fiscal_year(D.fromisoformat(row[2]))] = (
            by_fy_vat.get(fiscal_year(D.fromisoformat(row[2])), 0) + row[7]
        )
    rec.append((D(2023, 7, 12), "ADM", "VAT refund", "HM Revenue & Customs", 318_554))
    rec.append((D(2024, 6, 18), "ADM", "VAT refund", "HM Revenue & Customs", by_fy_vat["2023-24"]))
    rec.append((D(2025, 6, 11), "ADM", "VAT refund", "HM Revenue & Customs", by_fy_vat["2024-25"]))
    rec.append((D(2024, 8, 14), "CAP", "Grant", "Two Ridings Community Foundation", 500_000))
    rec.sort()
    insert(con, "receipts", [(k, iso(d), cc, s, p, a) for k, (d, cc, s, p, a) in enumerate(rec, 1)])

    # budgets: set against what was actually spent, some over, some under
    actual: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row[4], fiscal_year(D.fromisoformat(row[2])))
        actual[key] = actual.get(key, 0) + row[6]
    bud = []
    for cc, _, _ in COST_CENTRES:
        prev = 0
        for fy in ("2023-24", "2024-25", "2025-26"):
            b = prev * 1.04 if fy == "2025-26" else actual.get((cc, fy), 0) * r.uniform(0.86, 1.18)
            if cc == "ELC":
                b = 200_000 if fy == "2023-24" else 50_000
            if cc == "CAP":
                b = {"2023-24": 0, "2024-25": 1_100_000, "2025-26": 250_000}[fy]
            b = int(round(b / 5000) * 5000)
            prev = b
            bud.append((cc, fy, b))
    insert(con, "budgets", bud)
    done(con)


# ---------------------------------------------------------------------------------------------------- expenseclaims
EX_DEPTS = [
    ("Audit & Assurance", "AUD"), ("Tax", "TAX"), ("Deal Advisory", "DEA"), ("Risk Consulting", "RSK"),
    ("Technology", "TEC"), ("Finance", "FIN"), ("People", "PPL"), ("Executive Office", "EXO"),
]  # fmt: skip
EX_CURRENCIES = [
    ("GBP", "Pound sterling", 1.0), ("EUR", "Euro", 0.85), ("USD", "US dollar", 0.79), ("CHF", "Swiss franc", 0.89),
    ("SEK", "Swedish krona", 0.073), ("JPY", "Japanese yen", 0.0052), ("DKK", "Danish krone", 0.114),
    ("NOK", "Norwegian krone", 0.071),
]  # fmt: skip
EX_OFFICES = [("London", "GBP", 40), ("Manchester", "GBP", 20), ("Edinburgh", "GBP", 15), ("Dublin", "EUR", 15),
              ("Frankfurt", "EUR", 10)]  # fmt: skip
# destination city, currency, long haul?, weight
EX_DEST = [
    ("London", "GBP", 0, 16), ("Manchester", "GBP", 0, 8), ("Edinburgh", "GBP", 0, 6), ("Birmingham", "GBP", 0, 5),
    ("Leeds", "GBP", 0, 4), ("Dublin", "EUR", 0, 7), ("Frankfurt", "EUR", 0, 7), ("Paris", "EUR", 0, 7),
    ("Amsterdam", "EUR", 0, 6), ("Madrid", "EUR", 0, 3), ("New York", "USD", 1, 7), ("Boston", "USD", 1, 3),
    ("Chicago", "USD", 1, 2), ("Zurich", "CHF", 0, 5), ("Geneva", "CHF", 0, 3), ("Stockholm", "SEK", 0, 3),
    ("Tokyo", "JPY", 1, 2), ("Copenhagen", "DKK", 0, 2),
]  # fmt: skip
EX_CLIENTS = [
    "Harrow Mutual Insurance", "Stonegate Retail Group", "Albion Freight plc", "Northgate Utilities",
    "Kestrel Pharmaceuticals", "Bellhaven Hotels", "Orbis Telecom", "Castlemere Bank", "Fenwick Foods",
    "Tamar Shipping", "Vantage Aerospace", "Greyfriars University", "Marlow Energy", "Quayside Media",
    "Redcliffe Homes", "Sterling Motors Europe", "Helvetia Reinsurance AG", "Nordvik Paper AB", "Atlantic Ports Ltd",
    "Pembroke Capital", "Larkspur Healthcare", "Ironbridge Engineering",
]  # fmt: skip
EX_PURPOSE = ["Client meeting", "Audit fieldwork", "Due diligence site visit", "Workshop", "Conference",
              "Training course", "Pitch"]  # fmt: skip


def build_expenseclaims(path: Path) -> None:
    r = random.Random(100_003)
    con = fresh_db(
        path,
        """
        CREATE TABLE departments (
            dept_id INTEGER PRIMARY KEY, dept_name TEXT NOT NULL, cost_code TEXT NOT NULL UNIQUE);
        CREATE TABLE employees (
            emp_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL UNIQUE,
            dept_id INTEGER NOT NULL REFERENCES departments(dept_id), job_title TEXT NOT NULL,
            reports_to INTEGER REFERENCES employees(emp_id), home_office TEXT NOT NULL, hire_date TEXT NOT NULL,
            leave_date TEXT);
        CREATE TABLE currencies (
            currency_code TEXT PRIMARY KEY, currency_name TEXT NOT NULL, rate_to_gbp REAL NOT NULL);
        CREATE TABLE projects (
            project_id INTEGER PRIMARY KEY, project_code TEXT NOT NULL UNIQUE, project_name TEXT NOT NULL,
            client_name TEXT, billable INTEGER NOT NULL, start_date TEXT NOT NULL);
        CREATE TABLE expense_reports (
            report_id INTEGER PRIMARY KEY, report_no TEXT NOT NULL UNIQUE,
            emp_id INTEGER NOT NULL REFERENCES employees(emp_id), project_id INTEGER REFERENCES projects(project_id),
            destination TEXT NOT NULL, purpose TEXT NOT NULL, trip_start TEXT NOT NULL, trip_end TEXT NOT NULL,
            submitted_on TEXT, status TEXT NOT NULL, approved_by INTEGER REFERENCES employees(emp_id),
            decided_on TEXT, paid_on TEXT);
        CREATE TABLE expense_lines (
            line_id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES expense_reports(report_id),
            spent_on TEXT NOT NULL, category TEXT NOT NULL, merchant TEXT NOT NULL, amount REAL NOT NULL,
            currency_code TEXT NOT NULL REFERENCES currencies(currency_code), has_receipt INTEGER NOT NULL);
        """,
    )
    insert(con, "departments", [(i, n, c) for i, (n, c) in enumerate(EX_DEPTS, 1)])
    insert(con, "currencies", EX_CURRENCIES)
    rate = {c: x for c, _, x in EX_CURRENCIES}
    names = people(r, 140, GIVEN_UK, FAMILY_UK)
    emps: list[list[Any]] = []

    def add(dept: int, title: str, boss: int | None, hired: dt.date, office: str | None = None) -> int:
        eid = len(emps) + 1
        name = names[eid - 1]
        off = office or r.choices([o[0] for o in EX_OFFICES], [o[2] for o in EX_OFFICES])[0]
        email = name.lower().replace(" ", ".").replace("'", "") + "@hartwell-advisory.com"
        emps.append([eid, name, email, dept, title, boss, off, hired, None])
        return eid

    mp = add(8, "Managing Partner", None, D(2006, 9, 1), "London")
    heads = {}
    for d in range(1, 8):
        heads[d] = add(d, "Partner" if d <= 5 else "Director", mp, day_between(r, D(2008, 1, 1), D(2016, 12, 31)),
                       "London" if d != 3 else "Manchester")  # fmt: skip
    managers: dict[int, list[int]] = {}
    for d in range(1, 8):
        managers[d] = [add(d, "Manager", heads[d], day_between(r, D(2012, 1, 1), D(2021, 12, 31)))
                       for _ in range(3 if d <= 5 else 1)]  # fmt: skip
    ea = add(8, "Executive Assistant", mp, D(2019, 3, 4), "London")
    del ea
    for _ in range(104):
        d = r.choices(range(1, 8), [22, 16, 18, 14, 16, 8, 6])[0]
        title = r.choices(["Senior Consultant", "Consultant", "Analyst"], [35, 40, 25])[0]
        add(d, title, r.choice(managers[d]), day_between(r, D(2014, 1, 1), D(2025, 5, 6)))
    for e in r.sample(emps[20:], 12):
        e[8] = max(plus(e[7], 200), day_between(r, D(2023, 3, 1), D(2025, 5, 30)))
        if e[8] > LAST:
            e[8] = None
    insert(con, "employees", [(*e[:7], iso(e[7]), iso(e[8])) for e in emps])

    projects = []
    codes = 0
    for k, client in enumerate(EX_CLIENTS):
        for _ in range(1 if k % 3 else 2):
            start = day_between(r, D(2022, 9, 1), D(2025, 3, 31))
            codes += 1
            kind = r.choice(["Statutory audit", "Tax compliance", "Financial due diligence", "Risk review",
                             "ERP implementation", "Transfer pricing study", "Cyber assessment"])  # fmt: skip
            projects.append([codes, f"HA-{start.year % 100:02d}{codes:03d}", f"{kind} - {client}", client, 1, start])
    for nm in ["Internal training", "Business development", "Graduate recruitment", "Partner conference"]:
        codes += 1
        projects.append([codes, f"HA-INT{codes:03d}", nm, None, 0, D(2022, 1, 1)])
    insert(con, "projects", [(*p[:5], iso(p[5])) for p in projects])

    reports, lines = [], []
    travellers = [e for e in emps if e[4] not in ("Executive Assistant",)]
    trip_starts = sorted(day_between(r, D(2023, 1, 2), D(2025, 6, 10)) for _ in range(620))
    for rid, start in enumerate(trip_starts, 1):
        ok = [e for e in travellers if e[7] <= start and (e[8] is None or e[8] > plus(start, 20))]
        emp = r.choice(ok)
        dests = [x for x in EX_DEST if x[0] != emp[6]]
        city, cur, longhaul, _ = r.choices(dests, [x[3] for x in dests])[0]
        nights = r.choice([0, 1, 1, 2, 2, 3, 4]) if not longhaul else r.choice([3, 4, 5, 6])
        end = plus(start, nights)
        if end > LAST:
            end = LAST
            nights = (end - start).days
        purpose = r.choice(EX_PURPOSE)
        live = [p for p in projects if p[4] == 1 and p[5] <= start]
        if purpose in ("Training course", "Conference") or not live or r.random() < 0.1:
            proj = r.choice(projects[-4:])
        else:
            proj = r.choice(live)
        home_cur = "EUR" if emp[6] in ("Dublin", "Frankfurt") else "GBP"
        uk_trip = cur == "GBP" and home_cur == "GBP"

        def local(gbp: float, c: str) -> float:
            v = gbp / rate[c]
            return float(round(v)) if c == "JPY" else round(v, 2)

        items: list[tuple[dt.date, str, str, float, str]] = []
        if uk_trip:
            if r.random() < 0.35:
                items.append((start, "mileage", "Own car", round(r.randint(40, 420) * 0.45, 2), "GBP"))
            else:
                items.append((start, "rail", r.choice(["LNER", "Avanti West Coast", "TransPennine Express",
                                                       "CrossCountry"]), round(r.uniform(35, 260), 2), "GBP"))  # fmt: skip
        else:
            fare = r.uniform(450, 2300) if longhaul else r.uniform(90, 520)
            carrier = r.choice(["British Airways", "Aer Lingus", "Lufthansa", "KLM", "easyJet", "Virgin Atlantic"])
            items.append((plus(start, -r.randint(5, 40)), "air fare", carrier, local(fare, home_cur), home_cur))
        hotel = r.choice(["Radisson Blu", "Hilton", "Novotel", "Premier Inn", "Marriott", "Holiday Inn", "Ibis"])
        for n in range(nights):
            items.append((plus(start, n), "hotel", hotel, local(r.uniform(95, 260), cur), cur))
        for n in range(nights + 1):
            if r.random() < 0.8:
                items.append((plus(start, n), "meals", r.choice(["Pret A Manger", "Hotel restaurant", "Bistro",
                                                                  "Cafe", "Station buffet"]),
                              local(r.uniform(8, 55), cur), cur))  # fmt: skip
            if r.random() < 0.45:
                items.append((plus(start, n), "taxi", r.choice(["Uber", "Local taxi", "Addison Lee", "FreeNow"]),
                              local(r.uniform(9, 70), cur), cur))  # fmt: skip
        if purpose == "Conference":
            items.append((start, "conference fee", f"{city} Finance Forum", local(r.uniform(250, 1400), cur), cur))
        if purpose in ("Client meeting", "Pitch") and r.random() < 0.4:
            items.append((plus(start, nights), "client entertainment", r.choice(["Hawksmoor", "The Ivy", "Brasserie",
                                                                                  "Wine bar"]),
                          local(r.uniform(80, 650), cur), cur))  # fmt: skip
        sub = plus(end, r.randint(1, 21))
        status, approver, decided, paid = "draft", None, None, None
        if sub > LAST:
            sub = None
        else:
            dec = plus(sub, r.randint(1, 12))
            if dec > LAST:
                status = "submitted"
            else:
                approver = emp[5] if emp[5] is not None else heads[6]
                decided = dec
                if r.random() < 0.07:
                    status = "rejected"
                else:
                    pay = plus(dec, r.randint(2, 10))
                    status, paid = ("paid", pay) if pay <= LAST else ("approved", None)
        reports.append((rid, f"EXP-{rid + 40000:06d}", emp[0], proj[0], city, purpose, iso(start), iso(end), iso(sub),
                        status, approver, iso(decided), iso(paid)))  # fmt: skip
        for day, cat, merch, amt, c in sorted(items):
            lines.append((rid, iso(day), cat, merch, amt, c, 0 if r.random() < 0.07 else 1))
    insert(con, "expense_reports", reports)
    insert(con, "expense_lines", [(k, *ln) for k, ln in enumerate(lines, 1)])
    done(con)


# ---------------------------------------------------------------------------------------------------- inkasso
VORNAMEN = [
    "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Jan", "Tobias", "Lukas", "Florian", "Sebastian",
    "Anna", "Julia", "Katrin", "Sabine", "Claudia", "Nicole", "Laura", "Lena", "Sarah", "Monika", "Petra", "Jonas",
    "Felix", "Birgit", "Yvonne", "Dennis", "Kevin", "Sandra", "Melanie",
]  # fmt: skip
NACHNAMEN = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
    "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
    "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Yilmaz", "Kaya", "Nowak",
]  # fmt: skip
ORTE = [
    ("Hannover", "30"), ("Braunschweig", "38"), ("Göttingen", "37"), ("Kassel", "34"), ("Bremen", "28"),
    ("Hamburg", "22"), ("Bielefeld", "33"), ("Hildesheim", "31"), ("Wolfsburg", "38"), ("Osnabrück", "49"),
    ("Magdeburg", "39"), ("Erfurt", "99"), ("Leipzig", "04"), ("Dortmund", "44"), ("Münster", "48"),
]  # fmt: skip
# (Firmenname, Branche, Ort, Provision %, typische Hauptforderung von/bis Euro, Gewicht)
MANDANTEN = [
    ("Nordlicht Mobilfunk GmbH", "Telekommunikation", "Hamburg", 18.0, 40, 900, 16),
    ("FitWerk Studios GmbH", "Fitnessstudio", "Hannover", 22.5, 60, 700, 12),
    ("Versandhaus Brandt KG", "Versandhandel", "Bielefeld", 15.0, 25, 1400, 15),
    ("Energieversorgung Weserbergland AG", "Energie", "Hameln", 12.0, 120, 3200, 11),
    ("Wohnbau Leine eG", "Wohnungswirtschaft", "Hannover", 10.0, 400, 6500, 7),
    ("Stadtwerke Nordheide GmbH", "Energie", "Buchholz", 12.5, 90, 2800, 8),
    ("Zahnarztpraxis Dr. Kuhl", "Gesundheit", "Göttingen", 20.0, 80, 2400, 4),
    ("Autohaus Grefe GmbH", "Kfz-Handel", "Kassel", 14.0, 300, 5800, 4),
    ("Sportverein TuS Hildesheim e.V.", "Verein", "Hildesheim", 25.0, 30, 240, 3),
    ("Kabelnetz Mitte GmbH", "Telekommunikation", "Kassel", 17.5, 30, 650, 9),
    ("ModeDirekt Online GmbH", "Versandhandel", "Bremen", 16.0, 20, 900, 10),
    ("Handwerkerservice Petersen", "Handwerk", "Bremen", 20.0, 250, 4800, 3),
    ("Fahrschule Wendt", "Dienstleistung", "Braunschweig", 22.0, 150, 1900, 2),
    ("Tierklinik am Stadtpark", "Gesundheit", "Hamburg", 20.0, 90, 3100, 0),
]  # fmt: skip


def build_inkasso(path: Path) -> None:
    r = random.Random(100_004)
    con = fresh_db(
        path,
        """
        CREATE TABLE mandanten (
            mandant_id INTEGER PRIMARY KEY, firmenname TEXT NOT NULL, branche TEXT NOT NULL, ort TEXT NOT NULL,
            provision_prozent REAL NOT NULL, vertragsbeginn TEXT NOT NULL);
        CREATE TABLE sachbearbeiter (
            sachbearbeiter_id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL, rolle TEXT NOT NULL,
            vorgesetzter_id INTEGER REFERENCES sachbearbeiter(sachbearbeiter_id), eintrittsdatum TEXT NOT NULL,
            austrittsdatum TEXT);
        CREATE TABLE schuldner (
            schuldner_id INTEGER PRIMARY KEY, nachname TEXT NOT NULL, vorname TEXT NOT NULL, plz TEXT NOT NULL,
            ort TEXT NOT NULL, geburtsdatum TEXT, telefon TEXT);
        CREATE TABLE forderungen (
            forderung_id INTEGER PRIMARY KEY, aktenzeichen TEXT NOT NULL UNIQUE,
            mandant_id INTEGER NOT NULL REFERENCES mandanten(mandant_id),
            schuldner_id INTEGER NOT NULL REFERENCES schuldner(schuldner_id),
            sachbearbeiter_id INTEGER NOT NULL REFERENCES sachbearbeiter(sachbearbeiter_id),
            rechnungsdatum TEXT NOT NULL, uebergabedatum TEXT NOT NULL, hauptforderung REAL NOT NULL,
            zinsen REAL NOT NULL, kosten REAL NOT NULL, status TEXT NOT NULL, abschlussdatum TEXT);
        CREATE TABLE zahlungen (
            zahlung_id INTEGER PRIMARY KEY, forderung_id INTEGER NOT NULL REFERENCES forderungen(forderung_id),
            zahlungsdatum TEXT NOT NULL, betrag REAL NOT NULL, zahlungsart TEXT NOT NULL);
        CREATE TABLE mahnungen (
            mahnung_id INTEGER PRIMARY KEY, forderung_id INTEGER NOT NULL REFERENCES forderungen(forderung_id),
            mahnstufe INTEGER NOT NULL, versanddatum TEXT NOT NULL, versandweg TEXT NOT NULL);
        """,
    )
    mrows = []
    for i, (n, b, o, p, _, _, _) in enumerate(MANDANTEN, 1):
        start = day_between(r, D(2015, 1, 1), D(2022, 10, 31)) if i < 14 else D(2025, 5, 2)
        mrows.append((i, n, b, o, p, iso(start)))
    insert(con, "mandanten", mrows)

    names = people(r, 20, VORNAMEN, NACHNAMEN)
    sb = [(1, names[0], "Leitung", "Abteilungsleitung", None, D(2009, 4, 1), None)]
    sb.append((2, names[1], "Nord", "Teamleitung", 1, D(2013, 8, 1), None))
    sb.append((3, names[2], "Süd", "Teamleitung", 1, D(2016, 2, 1), None))
    for i in range(4, 18):
        team = "Nord" if i % 2 == 0 else "Süd"
        eintritt = day_between(r, D(2012, 1, 1), D(2022, 12, 31))
        aus = None
        if i == 9:
            aus = D(2024, 6, 30)
        if i == 14:
            aus = D(2025, 1, 31)
        sb.append((i, names[i - 1], team, "Sachbearbeitung", 2 if team == "Nord" else 3, eintritt, aus))
    sb.append((18, names[17], "Nord", "Sachbearbeitung", 2, D(2024, 7, 1), None))
    sb.append((19, names[18], "Süd", "Sachbearbeitung", 3, D(2025, 2, 3), None))
    sb.append((20, names[19], "Süd", "Auszubildende", 3, D(2024, 8, 1), None))
    insert(con, "sachbearbeiter", [(a, b, c, d, e, iso(f), iso(g)) for a, b, c, d, e, f, g in sb])
    workers = [s for s in sb if s[3] == "Sachbearbeitung"]

    pool = people(r, 900, VORNAMEN, NACHNAMEN)
    schuldner = []
    for i, full in enumerate(pool, 1):
        vor, nach = full.split(" ", 1)
        ort, plz2 = r.choice(ORTE)
        geb = None if r.random() < 0.18 else iso(day_between(r, D(1950, 1, 1), D(2005, 12, 31)))
        tel = None if r.random() < 0.4 else f"0{r.randint(150, 179)} {r.randint(1000000, 9999999)}"
        schuldner.append((i, nach, vor, f"{plz2}{r.randint(100, 999)}", ort, geb, tel))
    insert(con, "schuldner", schuldner)

    ford, zahl, mahn = [], [], []
    seq: dict[int, int] = {}
    weights = [m[6] for m in MANDANTEN]
    handed_over = sorted(day_between(r, D(2023, 1, 2), D(2025, 6, 13)) for _ in range(1600))
    for fid, ueber in enumerate(handed_over, 1):
        mid = r.choices(range(1, 15), weights)[0]
        if ueber >= D(2025, 5, 12) and r.random() < 0.12:
            mid = 14  # the new client, signed in May 2025
        _, _, _, _, lo, hi, _ = MANDANTEN[mid - 1]
        staff = [s for s in workers if s[5] <= ueber and (s[6] is None or s[6] > ueber)]
        sbid = r.choice(staff)[0]
        sid = r.randint(1, 900)
        rech = plus(ueber, -r.randint(45, 210))
        haupt = round(lo * (hi / lo) ** r.random(), 2)
        zinsen = round(haupt * 0.09 * r.randint(30, 200) / 365, 2)
        kosten = round(r.choice([40.3, 58.5, 70.2, 108.0]), 2)
        total = round(haupt + zinsen + kosten, 2)
        seq[ueber.year] = seq.get(ueber.year, 0) + 1
        az = f"IK-{ueber.year}-{seq[ueber.year]:05d}"
        age = (LAST - ueber).days
        x = r.random()
        payments: list[tuple[dt.date, float]] = []
        status, ende = "offen", None
        if x < 0.38 and age > 10:
            # paid in full, in one go or in two parts
            d1 = plus(ueber, r.randint(6, min(age, 120)))
            if r.random() < 0.7:
                payments.append((d1, total))
            else:
                part = round(total * r.uniform(0.3, 0.6), 2)
                d2 = plus(d1, r.randint(10, 60))
                if d2 <= LAST:
                    payments += [(d1, part), (d2, round(total - part, 2))]
                else:
                    payments.append((d1, total))
            status, ende = "bezahlt", payments[-1][0]
        elif x < 0.6 and age > 40:
            # instalment plan: a monthly rate from about a month after hand-over
            rate = round(max(15.0, total / r.randint(4, 24)), 0)
            d = plus(ueber, r.randint(25, 45))
            paid = 0.0
            while d <= LAST and paid + rate < total:
                if r.random() < 0.9:
                    payments.append((d, rate))
                    paid += rate
                d = plus(d, 30)
            if d <= LAST:
                payments.append((d, round(total - paid, 2)))
                status, ende = "bezahlt", d
            else:
                status = "Ratenzahlung"
        elif x < 0.72 and age > 120:
            status = "Mahnbescheid"
        elif x < 0.82 and age > 200:
            status, ende = "ausgebucht", plus(ueber, r.randint(180, min(age, 420)))
            if r.random() < 0.3:
                payments.append((plus(ueber, r.randint(20, 90)), round(total * r.uniform(0.1, 0.4), 2)))
        elif x < 0.85 and age > 60:
            status, ende = "storniert", plus(ueber, r.randint(5, 40))
        ford.append((fid, az, mid, sid, sbid, iso(rech), iso(ueber), haupt, zinsen, kosten, status, iso(ende)))
        art = r.choices(["Überweisung", "Lastschrift", "Bar"], [70, 25, 5])[0]
        for d, b in payments:
            zahl.append((fid, iso(d), b, art if r.random() < 0.9 else "Überweisung"))
        # dunning letters until paid / closed
        stop = ende if ende is not None else (payments[0][0] if payments else LAST)
        d = plus(ueber, r.randint(2, 7))
        for stufe in (1, 2, 3):
            if d > LAST or d >= stop:
                break
            mahn.append((fid, stufe, iso(d), "E-Mail" if r.random() < 0.35 else "Post"))
            d = plus(d, r.randint(14, 28))
    insert(con, "forderungen", ford)
    zahl.sort(key=lambda z: (z[1], z[0]))
    insert(con, "zahlungen", [(k, *z) for k, z in enumerate(zahl, 1)])
    mahn.sort(key=lambda m: (m[2], m[0]))
    insert(con, "mahnungen", [(k, *m) for k, m in enumerate(mahn, 1)])
    done(con)


# ---------------------------------------------------------------------------------------------------- legalaid
LA_CITIES = [
    ("Leeds", "LS", "Leeds"), ("Sheffield", "S", "Leeds"), ("York", "YO", "Leeds"), ("Hull", "HU", "Leeds"),
    ("Nottingham", "NG", "Nottingham"), ("Derby", "DE", "Nottingham"), ("Leicester", "LE", "Nottingham"),
    ("Lincoln", "LN", "Nottingham"), ("Brighton", "BN", "Brighton"), ("Hastings", "TN", "Brighton"),
]  # fmt: skip
# category -> (weight, cost limit low, high in pounds)
LA_CATEGORIES = {
    "Family": (30, 2500, 25000), "Housing": (16, 1500, 8000), "Immigration": (14, 2000, 12000),
    "Crime": (24, 1000, 30000), "Debt": (8, 800, 3000), "Mental Health": (8, 1500, 6000),
}  # fmt: skip
LA_CHAMBERS = ["Westgate Chambers", "Broad Street Chambers", "Albion Chambers", "Castle Chambers",
               "Regent Chambers", "Pavilion Chambers"]  # fmt: skip


def stamp(d: dt.date, r: random.Random) -> str:
    """'YYYY-MM-DD HH:MM:SS' within office hours of ``d``."""
    return f"{d.isoformat()} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def build_legalaid(path: Path) -> None:
    r = random.Random(100_005)
    con = fresh_db(
        path,
        """
        CREATE TABLE tblCaseworker (
            intCaseworkerID INTEGER PRIMARY KEY, strName TEXT NOT NULL, strOffice TEXT NOT NULL,
            dtmStarted TEXT NOT NULL, blnActive INTEGER NOT NULL);
        CREATE TABLE tblProvider (
            intProviderID INTEGER PRIMARY KEY, strFirmName TEXT NOT NULL, strCity TEXT NOT NULL,
            strContractType TEXT NOT NULL, blnContractActive INTEGER NOT NULL);
        CREATE TABLE tblApplicant (
            intApplicantID INTEGER PRIMARY KEY, strFullName TEXT NOT NULL, dtmBirth TEXT NOT NULL,
            strPostcode TEXT, curMonthlyIncome REAL NOT NULL, blnPassported INTEGER NOT NULL);
        CREATE TABLE tblApplication (
            intApplicationID INTEGER PRIMARY KEY, strRef TEXT NOT NULL UNIQUE,
            intApplicantID INTEGER NOT NULL REFERENCES tblApplicant(intApplicantID),
            intProviderID INTEGER NOT NULL REFERENCES tblProvider(intProviderID),
            intCaseworkerID INTEGER NOT NULL REFERENCES tblCaseworker(intCaseworkerID),
            strCategory TEXT NOT NULL, blnEmergency INTEGER NOT NULL, dtmFiled TEXT NOT NULL, dtmDecided TEXT,
            strDecision TEXT, curCostLimit REAL);
        CREATE TABLE tblBill (
            intBillID INTEGER PRIMARY KEY,
            intApplicationID INTEGER NOT NULL REFERENCES tblApplication(intApplicationID),
            strBillType TEXT NOT NULL, dtmSubmitted TEXT NOT NULL, curClaimed REAL NOT NULL, curAssessed REAL,
            dtmPaid TEXT);
        CREATE TABLE tblBarrister (
            intBarristerID INTEGER PRIMARY KEY, strName TEXT NOT NULL, strChambers TEXT NOT NULL,
            intCallYear INTEGER NOT NULL, blnKC INTEGER NOT NULL);
        CREATE TABLE tblInstruction (
            intInstructionID INTEGER PRIMARY KEY,
            intApplicationID INTEGER NOT NULL REFERENCES tblApplication(intApplicationID),
            intBarristerID INTEGER NOT NULL REFERENCES tblBarrister(intBarristerID), dtmInstructed TEXT NOT NULL,
            curFee REAL NOT NULL);
        """,
    )
    names = people(r, 1100, GIVEN_UK, FAMILY_UK)
    cw = []
    for i in range(1, 16):
        office = ["Leeds", "Nottingham", "Brighton"][i % 3]
        started = day_between(r, D(2010, 1, 1), D(2023, 6, 30))
        cw.append((i, names[i - 1], office, iso(started), 0 if i in (5, 13) else 1))
    cw.append((16, names[15], "Leeds", "2025-06-02", 1))  # joined this month, no applications yet
    insert(con, "tblCaseworker", cw)
    firms = []
    fam = FAMILY_UK[:]
    r.shuffle(fam)
    for i in range(1, 43):
        city = r.choice(LA_CITIES)[0]
        a, b = fam[(2 * i) % len(fam)], fam[(2 * i + 7) % len(fam)]
        style = i % 4
        name = (
            f"{a} & {b} Solicitors"
            if style == 0
            else f"{a} {b} LLP"
            if style == 1
            else f"{a} Law"
            if style == 2
            else f"{city} {['Law Centre', 'Legal Practice', 'Advice Solicitors'][i % 3]}"
        )
        ctype = r.choices(["Civil", "Crime", "Civil and Crime"], [45, 25, 30])[0]
        firms.append((i, name, city, ctype, 0 if r.random() < 0.12 else 1))
    # make firm names unique
    seen: set[str] = set()
    for k, f in enumerate(firms):
        if f[1] in seen:
            firms[k] = (f[0], f"{fam[(3 * k + 5) % len(fam)]} Legal Services", *f[2:])
        seen.add(firms[k][1])
    assert len(seen) == len(firms)
    insert(con, "tblProvider", firms)
    civil = [f for f in firms if f[3] != "Crime"]
    crime = [f for f in firms if f[3] != "Civil"]

    applicants = []
    for i, nm in enumerate(names[16:1016], 1):
        city, pc, _ = r.choice(LA_CITIES)
        passported = 1 if r.random() < 0.36 else 0
        income = round(r.uniform(0, 1300), 2) if passported else round(r.uniform(400, 4200), 2)
        if r.random() < 0.05:
            income = 0.0
        postcode = (
            None
            if r.random() < 0.07
            else f"{pc}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEHJNPRTWXY')}{r.choice('ABDEHJNPRTWXY')}"
        )
        applicants.append((i, nm, iso(day_between(r, D(1948, 1, 1), D(2006, 12, 31))), postcode, income, passported))
    insert(con, "tblApplicant", applicants)

    apps, bills, instr = [], [], []
    filed_days = sorted(day_between(r, D(2023, 1, 3), LAST) for _ in range(1500))
    seq: dict[int, int] = {}
    cats = list(LA_CATEGORIES)
    active_cw = [c for c in cw if c[0] != 16]
    barristers = []
    bnames = people(r, 40, GIVEN_UK, FAMILY_UK)
    for i in range(1, 37):
        call = r.randint(1992, 2021)
        barristers.append((i, bnames[i - 1], r.choice(LA_CHAMBERS), call, 1 if call < 2004 and r.random() < 0.5 else 0))
    insert(con, "tblBarrister", barristers)
    used_barristers = [b for b in barristers if b[0] not in (7, 19, 33)]
    for aid, filed in enumerate(filed_days, 1):
        while filed.weekday() >= 5:
            filed = plus(filed, -1)
        cat = r.choices(cats, [LA_CATEGORIES[c][0] for c in cats])[0]
        app = r.choice(applicants)
        # firms whose contract has ended take no work after June 2024; two small firms have had none this year
        firms_ok = [
            f
            for f in (crime if cat == "Crime" else civil)
            if (f[4] == 1 or filed < D(2024, 7, 1)) and (f[0] not in (11, 34) or filed < D(2024, 12, 1))
        ]
        firm = r.choice(firms_ok)
        seq[filed.year] = seq.get(filed.year, 0) + 1
        ref = f"LA-{filed.year % 100:02d}-{seq[filed.year]:05d}"
        emergency = 1 if cat in ("Family", "Housing") and r.random() < 0.12 else 0
        cwk = r.choice([c for c in active_cw if c[4] == 1 or filed.year == 2023])
        filed_s = stamp(filed, r)
        wait = r.randint(0, 2) if emergency else r.randint(3, 48)
        dec = plus(filed, wait)
        decided, decision, limit = None, None, None
        if dec <= LAST and not (dec == LAST and r.random() < 0.5):
            decided = stamp(dec, r)
            if decided < filed_s:
                decided = filed_s[:11] + "18:30:00"
            means_fail = not app[5] and app[4] > 2657 and r.random() < 0.8
            x = r.random()
            if x < 0.06:
                decision = "Withdrawn"
            elif means_fail or x < 0.16:
                decision = "Refused"
            else:
                decision = "Granted"
                _, lo, hi = LA_CATEGORIES[cat]
                limit = float(round(r.uniform(lo, hi) / 250) * 250)
        apps.append((aid, ref, app[0], firm[0], cwk[0], cat, emergency, filed_s, decided, decision, limit))
        if decision != "Granted" or limit is None:
            continue
        assert decided is not None
        ddate = D.fromisoformat(decided[:10])
        spent = 0.0
        if r.random() < 0.45:
            sub = plus(ddate, r.randint(60, 220))
            if sub <= LAST:
                claimed = round(limit * r.uniform(0.2, 0.5), 2)
                spent += claimed
                bills.append([aid, "Interim", sub, claimed])
        sub = plus(ddate, r.randint(120, 520))
        if sub <= LAST:
            claimed = round(max(150.0, limit * r.uniform(0.35, 1.05) - spent), 2)
            bills.append([aid, "Final", sub, claimed])
        if cat in ("Family", "Crime", "Immigration", "Housing") and r.random() < 0.3:
            for b in r.sample(used_barristers, r.choice([1, 1, 1, 2])):
                when = plus(ddate, r.randint(7, 150))
                if when <= LAST:
                    instr.append((aid, b[0], iso(when), float(r.randint(6, 120) * 50)))
    insert(con, "tblApplication", apps)
    out = []
    for aid, btype, sub, claimed in sorted(bills, key=lambda b: (b[2], b[0])):
        assessed, paid = None, None
        if (LAST - sub).days > 25 and r.random() < 0.93:
            assessed = claimed if r.random() < 0.4 else round(claimed * r.uniform(0.75, 0.99), 2)
            p = plus(sub, r.randint(20, 70))
            paid = iso(p) if p <= LAST else None
        out.append((len(out) + 1, aid, btype, stamp(sub, r), claimed, assessed, paid))
    insert(con, "tblBill", out)
    instr.sort(key=lambda x: (x[2], x[0]))
    insert(con, "tblInstruction", [(k, *x) for k, x in enumerate(instr, 1)])
    done(con)


# ---------------------------------------------------------------------------------------------------- insolvency
IV_BANKS = ["Barclays Bank UK plc", "National Westminster Bank plc", "Lloyds Bank plc", "HSBC UK Bank plc",
            "Santander UK plc", "Metro Bank plc", "Funding Circle Ltd", "Close Brothers Ltd", "Aldermore Bank plc"]  # fmt: skip
IV_UTILS = ["British Gas Business", "E.ON Next Ltd", "Yorkshire Water Services Ltd", "BT Business",
            "Octopus Energy Ltd", "Northumbrian Water Ltd"]  # fmt: skip
IV_CONSUMER = ["Capital One (Europe) plc", "Vanquis Bank Ltd", "Barclaycard", "American Express Services Europe",
               "Klarna Bank AB", "NewDay Ltd", "Zopa Bank Ltd"]  # fmt: skip
IV_SECTORS = ["CONS", "HOSP", "RETL", "MANU", "TRAN", "PROF"]
IV_TRADE_WORDS = ["Supplies", "Timber", "Packaging", "Logistics", "Catering Supplies", "Steel", "Print", "Electrical",
                  "Fixings", "Hire", "Fuels", "Textiles", "Software", "Recruitment", "Plant Hire", "Foods"]  # fmt: skip
IV_PLACES = ["Tyne", "Wear", "Pennine", "Calder", "Mersey", "Humber", "Irwell", "Aire", "Tees", "Ribble", "Dales",
             "Moorland", "Northgate", "Westfield", "Eastbrook", "Castleford", "Kirkstall", "Heaton"]  # fmt: skip
IV_TYPES = [("CVL", 38), ("ADM", 12), ("MVL", 13), ("CWU", 9), ("IVA", 20), ("BKY", 8)]


def build_insolvency(path: Path) -> None:
    r = random.Random(100_006)
    con = fresh_db(
        path,
        """
        CREATE TABLE staff (
            staff_id INTEGER PRIMARY KEY, staff_nm TEXT NOT NULL, grade_cd TEXT NOT NULL, licence_nbr TEXT,
            licensing_body_cd TEXT, office_nm TEXT NOT NULL, hourly_rate_amt REAL NOT NULL, start_dt TEXT NOT NULL,
            leave_dt TEXT);
        CREATE TABLE cases (
            case_id INTEGER PRIMARY KEY, case_nbr TEXT NOT NULL UNIQUE, debtor_nm TEXT NOT NULL,
            case_type_cd TEXT NOT NULL, sector_cd TEXT, appointed_dt TEXT NOT NULL, closed_dt TEXT,
            status_cd TEXT NOT NULL, lead_ip_id INTEGER NOT NULL REFERENCES staff(staff_id),
            est_deficiency_amt REAL);
        CREATE TABLE creditors (
            creditor_id INTEGER PRIMARY KEY, creditor_nm TEXT NOT NULL, creditor_type_cd TEXT NOT NULL);
        CREATE TABLE proofs_of_debt (
            proof_id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(case_id),
            creditor_id INTEGER NOT NULL REFERENCES creditors(creditor_id), claim_class_cd TEXT NOT NULL,
            claimed_amt REAL NOT NULL, admitted_amt REAL, received_dt TEXT NOT NULL);
        CREATE TABLE realisations (
            realisation_id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(case_id),
            asset_type_cd TEXT NOT NULL, realised_amt REAL NOT NULL, realised_dt TEXT NOT NULL);
        CREATE TABLE dividends (
            dividend_id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(case_id),
            claim_class_cd TEXT NOT NULL, declared_dt TEXT NOT NULL, rate_pence_nbr REAL NOT NULL,
            distributed_amt REAL NOT NULL);
        CREATE TABLE time_entries (
            time_entry_id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(case_id),
            staff_id INTEGER NOT NULL REFERENCES staff(staff_id), work_dt TEXT NOT NULL, activity_cd TEXT NOT NULL,
            units_nbr INTEGER NOT NULL, charge_amt REAL NOT NULL);
        """,
    )
    names = people(r, 400, GIVEN_UK, FAMILY_UK)
    staff = []
    grades = ["IP"] * 5 + ["MGR"] * 3 + ["ADM"] * 4 + ["CSH"] * 2
    for i, g in enumerate(grades, 1):
        office = ["Leeds", "Manchester", "Newcastle"][i % 3]
        lic = f"{r.randint(8000, 26999):05d}" if g == "IP" else None
        body = r.choice(["ICAEW", "IPA", "ICAEW", "ICAS"]) if g == "IP" else None
        rate = {"IP": r.choice([395.0, 420.0, 450.0]), "MGR": r.choice([295.0, 320.0]),
                "ADM": r.choice([165.0, 185.0, 210.0]), "CSH": 125.0}[g]  # fmt: skip
        start = day_between(r, D(2005, 1, 1), D(2021, 12, 31))
        leave = D(2024, 8, 30) if i == 4 else D(2024, 12, 20) if i == 11 else None
        staff.append((i, names[i - 1], g, lic, body, office, rate, iso(start), iso(leave)))
    staff.append((15, names[14], "ADM", None, None, "Leeds", 165.0, "2025-03-03", None))
    insert(con, "staff", staff)

    creditors: list[tuple[int, str, str]] = [(1, "HM Revenue & Customs", "HMRC")]
    for n in IV_BANKS:
        creditors.append((len(creditors) + 1, n, "BANK"))
    for n in IV_UTILS:
        creditors.append((len(creditors) + 1, n, "UTIL"))
    for n in IV_CONSUMER:
        creditors.append((len(creditors) + 1, n, "CONS"))
    trade = [f"{p} {w} Ltd" for p in IV_PLACES for w in IV_TRADE_WORDS]
    r.shuffle(trade)
    for n in trade[:200]:
        creditors.append((len(creditors) + 1, n, "TRAD"))
    for p in IV_PLACES[:14]:
        creditors.append((len(creditors) + 1, f"{p} Property Holdings Ltd", "LAND"))
    for n in names[20:110]:
        creditors.append((len(creditors) + 1, n, "EMPL"))
    insert(con, "creditors", creditors)
    by_type: dict[str, list[int]] = {}
    for cid, _, t in creditors:
        by_type.setdefault(t, []).append(cid)
    r.shuffle(by_type["EMPL"])
    emp_pool = by_type["EMPL"][:]

    company_words = [*IV_TRADE_WORDS, "Construction", "Bistro", "Haulage", "Interiors", "Joinery", "Retail"]
    companies = [f"{p} {w} Ltd" for p in IV_PLACES for w in company_words]
    companies = [c for c in companies if c not in set(trade[:200])]
    r.shuffle(companies)
    persons = names[150:400]
    cases, proofs, reals, divs, times = [], [], [], [], []
    appointed_days = sorted(day_between(r, D(2023, 1, 4), D(2025, 6, 10)) for _ in range(240))
    seqs: dict[tuple[str, int], int] = {}
    ips = [s for s in staff if s[2] == "IP"]
    for cid, appointed in enumerate(appointed_days, 1):
        ctype = r.choices([t for t, _ in IV_TYPES], [w for _, w in IV_TYPES])[0]
        personal = ctype in ("IVA", "BKY")
        debtor = persons.pop() if personal else companies.pop()
        sector = None if personal else r.choice(IV_SECTORS)
        seqs[(ctype, appointed.year)] = seqs.get((ctype, appointed.year), 0) + 1
        nbr = f"{ctype}-{appointed.year}-{seqs[(ctype, appointed.year)]:03d}"
        lead = r.choice([s for s in ips if s[8] is None or D.fromisoformat(s[8]) > plus(appointed, 400)])
        age = (LAST - appointed).days
        closed, status = None, "O"
        life = {"MVL": (150, 400), "CVL": (300, 800), "CWU": (400, 900), "ADM": (250, 420), "BKY": (365, 420),
                "IVA": (1800, 1900)}[ctype]  # fmt: skip
        end = plus(appointed, r.randint(*life))
        if end <= LAST:
            closed, status = end, "C"
        if ctype == "IVA" and age > 240 and r.random() < 0.2:
            closed, status = plus(appointed, r.randint(200, age)), "F"
        deficiency = None if ctype == "MVL" else round(r.uniform(8_000, 60_000 if personal else 900_000), -2)
        cases.append((cid, nbr, debtor, ctype, sector, iso(appointed), iso(closed), status, lead[0], deficiency))
        stop = closed or LAST

        def when(lo: int, hi: int, base: dt.date = appointed, stop: dt.date = stop) -> dt.date | None:
            d = plus(base, r.randint(lo, hi))
            return d if d <= stop else None

        # proofs of debt
        plist: list[tuple[int, str, float]] = []
        if ctype == "MVL":
            if r.random() < 0.5:
                plist.append((1, "UNS", round(r.uniform(200, 3500), 2)))
        elif personal:
            for c in r.sample(by_type["CONS"], r.randint(2, 6)):
                plist.append((c, "UNS", round(r.uniform(600, 14_000), 2)))
            if r.random() < 0.5:
                plist.append((r.choice(by_type["BANK"]), "UNS", round(r.uniform(1_000, 25_000), 2)))
            if r.random() < 0.35:
                plist.append((1, "UNS", round(r.uniform(500, 18_000), 2)))
            if r.random() < 0.4:
                plist.append((r.choice(by_type["UTIL"]), "UNS", round(r.uniform(120, 2_400), 2)))
        else:
            if r.random() < 0.9:
                plist.append((1, "SPRF", round(r.uniform(2_000, 160_000), 2)))
                if r.random() < 0.5:
                    plist.append((1, "UNS", round(r.uniform(500, 40_000), 2)))
            if r.random() < 0.55:
                plist.append((r.choice(by_type["BANK"]), "SEC", round(r.uniform(10_000, 400_000), 2)))
            if r.random() < 0.4:
                plist.append((r.choice(by_type["LAND"]), "UNS", round(r.uniform(3_000, 60_000), 2)))
            for c in r.sample(by_type["UTIL"], r.randint(0, 2)):
                plist.append((c, "UNS", round(r.uniform(150, 9_000), 2)))
            for c in r.sample(by_type["TRAD"], r.randint(2, 16)):
                plist.append((c, "UNS", round(r.uniform(150, 45_000), 2)))
            if r.random() < 0.35:
                for _ in range(r.randint(1, 5)):
                    if emp_pool:
                        plist.append((emp_pool.pop(), "PREF", round(r.uniform(400, 2_400), 2)))
        for cred, cls, amt in plist:
            rec = when(3, 150)
            if rec is None:
                continue
            admitted = None
            if (LAST - rec).days > 90 and r.random() < 0.85:
                admitted = amt if r.random() < 0.6 else round(amt * r.uniform(0.55, 0.98), 2)
            proofs.append([cid, cred, cls, amt, admitted, iso(rec)])
        # realisations
        if personal:
            if ctype == "IVA":
                d = plus(appointed, 90)
                while d <= stop and d <= LAST:
                    reals.append((cid, "CONT", float(r.randint(6, 30) * 50), iso(d)))
                    d = plus(d, 91)
            if r.random() < 0.3:
                w = when(60, 400)
                if w:
                    reals.append(
                        (cid, "PROP" if ctype == "BKY" else "VEH", round(r.uniform(3_000, 90_000), -1), iso(w))
                    )
        else:
            kinds = r.sample(["PROP", "VEH", "STK", "PLNT", "BDB", "CASH", "GWIL"], r.randint(1, 5))
            if ctype == "MVL":
                kinds = ["CASH"] + (["PROP"] if r.random() < 0.3 else [])
            for k in kinds:
                lo, hi = {"PROP": (60_000, 950_000), "VEH": (1_500, 45_000), "STK": (800, 70_000),
                          "PLNT": (2_000, 140_000), "BDB": (1_000, 90_000), "CASH": (300, 250_000),
                          "GWIL": (1_000, 35_000)}[k]  # fmt: skip
                w = when(5, 420)
                if w:
                    reals.append((cid, k, round(r.uniform(lo, hi), 2), iso(w)))
        # dividends for the older cases
        if status in ("C", "O") and age > 270 and ctype != "MVL":
            classes = sorted({p[2] for p in proofs if p[0] == cid and p[4] is not None})
            for cls in classes:
                if cls == "SEC" or r.random() < 0.35:
                    continue
                rate_p = 100.0 if cls == "PREF" else round(r.uniform(20, 100), 2) if cls == "SPRF" else round(
                    r.uniform(0.8, 24), 2)  # fmt: skip
                w = when(240, 760)
                if w is None:
                    continue
                base = sum(p[4] for p in proofs if p[0] == cid and p[2] == cls and p[4] is not None)
                divs.append((cid, cls, iso(w), rate_p, round(base * rate_p / 100, 2)))
        # time recorded against the case, in 6-minute units
        team = [lead, *r.sample([s for s in staff if s[2] != "IP"], 2)]
        n_entries = max(2, min(40, int((stop - appointed).days / 25)))
        for _ in range(r.randint(n_entries // 2, n_entries)):
            s = r.choice([*team, team[1], team[2]])
            d = day_between(r, appointed, stop)
            left = s[8] is not None and D.fromisoformat(s[8]) < d
            joined = D.fromisoformat(s[7]) > d
            if left or joined:
                continue
            while d.weekday() >= 5:
                d = plus(d, -1)
            d = max(d, appointed)
            act = r.choices(["ADMN", "INVS", "REAL", "CRED", "TRAD", "CASH"], [30, 15, 20, 20, 5, 10])[0]
            units = r.randint(1, 45)
            times.append((cid, s[0], iso(d), act, units, round(units * s[6] / 10, 2)))
    insert(con, "cases", cases)
    insert(con, "proofs_of_debt", [(k, *p) for k, p in enumerate(sorted(proofs, key=lambda p: (p[5], p[0])), 1)])
    insert(con, "realisations", [(k, *x) for k, x in enumerate(sorted(reals, key=lambda x: (x[3], x[0])), 1)])
    insert(con, "dividends", [(k, *x) for k, x in enumerate(sorted(divs, key=lambda x: (x[2], x[0])), 1)])
    insert(con, "time_entries", [(k, *x) for k, x in enumerate(sorted(times, key=lambda x: (x[2], x[0])), 1)])
    done(con)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "smallclaims": build_smallclaims,
    "parishbudget": build_parishbudget,
    "expenseclaims": build_expenseclaims,
    "inkasso": build_inkasso,
    "legalaid": build_legalaid,
    "insolvency": build_insolvency,
}
