"""Six synthetic finance and accounting databases for the 129th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Money is in US dollars with cents unless said otherwise.

glbooks -- a company's general ledger (double-entry), an old ERP's upper-case abbreviated names; books kept from
    2024-01-01 (opening balances migrated from a legacy ledger); the fiscal year is the calendar year
    GL_ACCT: the chart of accounts.  ACCT_NO: account number (text, '6400'); ACCT_DESC: account name ('Travel',
        'Accounts Receivable', 'Operating Bank Account'); ACCT_TYPE: 'A' asset, 'L' liability, 'Q' equity, 'R'
        revenue (income), 'X' expense (cost of goods sold and operating expenses); PARENT_ACCT_NO -> GL_ACCT: the
        account this one rolls up into (NULL for the six top-level accounts 'Assets', 'Liabilities', 'Equity',
        'Revenue', 'Cost of Goods Sold' and 'Operating Expenses'); POST_FLG: 'Y' = postable, 'N' = a header
        (summary) account that takes no journal lines; ACTV_FLG: 'Y' active, 'N' inactive (retired); NORM_BAL:
        normal balance, 'D' debit or 'C' credit (contra accounts such as 1590 Accumulated Depreciation and 4900
        Sales Returns and Allowances go against their type).
    CC_MSTR: cost centres.  CC_CD ('ADM', 'SLS', 'OPS', 'ENG', 'MKT', 'CSV'); CC_DESC: name ('Administration',
        'Sales', 'Operations', 'Engineering', 'Marketing', 'Customer Service'); CC_MGR: the manager's name (NULL =
        vacant); LOC_CD: site ('HQ', 'PLANT1', 'REMOTE').
    SEC_USR: ledger users.  USR_ID: login ('OMOREAU'; 'BATCHIF' is the interface that posts the AP, AR and
        payroll batches); USR_NM: full name; DEPT_NM: department; ACTV_FLG: 'Y'/'N' (user still enabled).
    JE_HDR: journal entry headers.  JE_NO: entry number, in the order the entries were keyed; JE_DT: the
        accounting date as an integer YYYYMMDD (20250531); SRC_CD: source, 'GJ' general (manual) journal, 'AP'
        payables (supplier bills and vendor payments), 'AR' receivables (customer invoices 'Invoice NNNN -
        customer', customer receipts, credit memos), 'PR' payroll, 'FA' fixed assets (depreciation); JE_DESC:
        description; STAT_CD: 'P' posted, 'U' unposted (keyed, not yet posted), 'V' void -- only posted entries
        count in balances and reports; ENT_USR -> SEC_USR: who keyed the entry; ENT_TS: when it was keyed
        ('YYYY-MM-DD HH:MM:SS'); RVRS_JE_NO -> JE_HDR: on a reversing entry, the entry it reverses (month-end
        accruals are reversed on the first day of the next month; NULL otherwise).
    JE_LN: journal lines, at least two per entry; each entry's debits equal its credits.  JE_NO -> JE_HDR; LN_NO:
        line number within the entry; ACCT_NO -> GL_ACCT; CC_CD -> CC_MSTR (set on revenue and expense lines,
        NULL on balance-sheet lines); DR_AMT: debit amount; CR_AMT: credit amount (one of the two is 0);
        LN_MEMO: memo (the customer or supplier name on AR and AP lines).  An account's balance is its debits
        minus its credits (credit-normal accounts are shown as credits minus debits); revenue is credits minus
        debits on 'R' accounts, an expense is debits minus credits.
    GL_BUDGET: the annual budget.  FISC_YR: the year; ACCT_NO -> GL_ACCT; CC_CD -> CC_MSTR; BUD_AMT: budgeted
        spend for the year.

payables -- an accounts payable system, Hungarian-notation names (int integer, str text, dtm date-time, cur money
    in dollars, ysn yes/no flag 1/0), exported from SQL Server: date-times are text 'YYYY-MM-DD HH:MM:SS.000'
    tblEmployee: staff who request purchases and approve bills.  intEmployeeID; strFirstName; strLastName;
        strDepartment ('Finance', 'Operations', 'IT' ...); curApprovalLimit: the largest invoice this person may
        approve (NULL = not an approver); ysnActive: 1 = still employed.
    tblVendor: suppliers.  intVendorID; strVendorName; strCity; strState (two-letter US state); strTerms: payment
        terms, 'NET30' / 'NET45' / 'NET15' / 'NET60' (due that many days after the invoice date) or 'COD' (cash on
        delivery: due on the invoice date); strTaxID: federal tax ID (NULL = not on file); strEmail: remittance
        e-mail (NULL = none); ysnActive: 1 = active vendor; ysn1099: 1 = gets a 1099 (contractor); dtmCreated:
        when the vendor was set up.
    tblPurchaseOrder: purchase orders.  intPOID; strPONumber ('PO-25-0143'); intVendorID -> tblVendor;
        intRequestedBy -> tblEmployee (who raised it); dtmOrdered; curTotal: PO value; strStatus: 'OPEN' (still
        expecting bills), 'CLOSED' (fully billed) or 'CANCELLED'.
    tblInvoice: supplier invoices (bills).  intInvoiceID; intVendorID -> tblVendor; strInvoiceNo: the vendor's
        invoice number ('YT-71808', unique); intPOID -> tblPurchaseOrder (NULL = no PO, e.g. utilities);
        dtmInvoice: invoice date; dtmReceived: when we received it; dtmDue: due date (from the vendor's terms);
        curAmount: invoice total including tax; curTax: sales tax included in the total; strStatus: 'OPEN' (not yet
        fully paid: waiting for approval or payment, possibly partly paid), 'PAID', 'HOLD' (disputed: payment on
        hold) or 'VOID' (cancelled, never to be paid); intApprovedBy -> tblEmployee (NULL = not yet approved);
        dtmApproved.
    tblPayment: payments to vendors, made on Fridays.  intPaymentID; intVendorID -> tblVendor; dtmPaid; curAmount:
        amount paid; strMethod: 'ACH' (bank transfer), 'CHECK' (paper check), 'WIRE' (wire transfer) or 'CARD'
        (company card); strCheckNo: check number (checks only); ysnCleared: 1 = the payment has cleared the bank.
    tblPaymentApplication: which invoices a payment paid (a payment can pay several invoices of its vendor, an
        invoice can be paid in parts by several payments).  intPaymentID -> tblPayment; intInvoiceID -> tblInvoice;
        curApplied: the part of the payment applied to that invoice.  What is still owed on an invoice is its
        curAmount less everything applied to it.

tradedesk -- a retail brokerage (camelCase); money as integers in minor units of the row's currency (cents for
    USD, EUR, CHF and CAD, pence for GBP, whole yen for JPY: see currencies.minorUnits); times as Unix epoch
    seconds (UTC)
    currencies: code (ISO 4217 'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD'); currencyName; minorUnits: decimal places
        of the currency (2, or 0 for the yen): an amount in minor units divided by 10^minorUnits is in the major
        unit (dollars, euros, pounds ...).
    clients: clientId; fullName; email (sometimes NULL); countryCode (ISO: 'US', 'GB', 'DE', 'CH', 'CA', 'JP', 'NL',
        'FR'); riskProfile: 'conservative', 'balanced' or 'aggressive'; onboardedAt: when the client was taken on
        (epoch seconds); kycVerified: 'true' = identity checks (KYC) passed, 'false' = not yet.
    accounts: brokerage accounts.  accountId; accountNo ('BRK-100559'); clientId -> clients; accountType: 'cash',
        'margin' or 'ira' (a US individual retirement account); baseCurrency -> currencies; openedAt; closedAt
        (NULL = open).
    instruments: securities.  instrumentId; symbol ('AAPL', 'SAP', '7203'); instrumentName ('Apple Inc.');
        assetClass: 'equity' or 'etf'; exchangeCode: market identifier code, 'XNAS' Nasdaq, 'XNYS' New York Stock
        Exchange, 'ARCX' NYSE Arca, 'XETR' Xetra (Frankfurt), 'XAMS' Euronext Amsterdam, 'XPAR' Euronext Paris,
        'XLON' London Stock Exchange, 'XTKS' Tokyo Stock Exchange, 'XSWX' SIX Swiss Exchange, 'XTSE' Toronto Stock
        Exchange; currency -> currencies (the trading currency); isin.
    trades: executions.  tradeId; accountId -> accounts; instrumentId -> instruments; side: 'BUY' or 'SELL';
        quantity: shares; priceMinor: price per share in minor units of the trade currency; commissionMinor:
        commission charged, in minor units (0 on cancelled orders); currency -> currencies (the instrument's);
        executedAt (epoch seconds); tradeStatus: 'filled' or 'cancelled' (a cancelled order moved no shares).  A
        trade's value is quantity * priceMinor.  An account's position in an instrument is its filled buys less
        its filled sells.
    cashMovements: cash in and out of accounts.  movementId; accountId -> accounts; movementType: 'deposit',
        'withdrawal', 'dividend' (paid into the account for shares held), 'interest' (margin interest charged) or
        'fee' (account fee); amountMinor: the amount, always positive, in minor units; currency -> currencies;
        instrumentId -> instruments (dividends only); postedAt (epoch seconds).

peakpayroll -- a payroll system (PascalCase) with a 4-4-5 fiscal calendar: the fiscal year starts on the Sunday
    nearest 1 July (FY2025 runs 2024-06-30 to 2025-06-28) and has 12 periods of 4, 4 and 5 weeks in each quarter,
    so periods do not match calendar months; payroll history starts with FY2025
    FiscalPeriod: FiscalPeriodId; FiscalYear (2024, 2025, 2026: FY2025 = fiscal 2025); PeriodNo: 1-12; QuarterNo:
        fiscal quarter 1-4; PeriodName ('FY25-P03'); StartDate, EndDate: first and last day ('YYYY-MM-DD');
        IsClosed: 1 = the period is closed for posting.
    Department: DepartmentId; DepartmentName ('Executive', 'Finance', 'Engineering', 'Sales', 'Warehouse',
        'Customer Support', 'Facilities'); CostCenter ('CC-300'); Location (city).
    Employee: EmployeeId; EmployeeNo ('E01009'); FirstName; LastName; DepartmentId -> Department; JobTitle;
        ManagerId -> Employee (the direct manager; NULL for the CEO); HireDate; TermDate: last day of employment
        (NULL = still employed: a current employee); PayType: 'SAL' salaried or 'HRLY' hourly; AnnualSalary
        (salaried only); HourlyRate: dollars an hour (hourly only); WorkState: 'WA', 'OR' or 'CA'.
    BenefitPlan: PlanId; PlanName ('Premera PPO', 'Kaiser HMO', 'Delta Dental PPO', 'VSP Vision', '401(k) Plan',
        'Commuter Pass', 'Pet Insurance'); PlanType: 'MEDICAL', 'DENTAL', 'VISION', 'RETIREMENT', 'COMMUTER' or
        'OTHER'; Carrier (NULL = run in-house); EmployeeCostPerPay: deducted from each regular paycheck;
        EmployerCostPerPay: what the company pays per pay period.
    EmployeeBenefit: enrolments (employees to plans).  EmployeeBenefitId; EmployeeId -> Employee; PlanId ->
        BenefitPlan; StartDate; EndDate (NULL = currently enrolled).
    PayRun: one payroll run.  PayRunId; PayDate: the day paid; PeriodStart, PeriodEnd: the two weeks worked (regular
        runs, every other Friday; NULL for other runs); FiscalPeriodId -> FiscalPeriod: the fiscal period of the
        pay date; RunType: 'REG' regular, 'BONUS' (the 2024 year-end bonus) or 'OFFCYCLE' (final pay for a
        leaver); Notes.
    Paycheck: one employee's pay in a run.  PaycheckId; PayRunId -> PayRun; EmployeeId -> Employee; RegularHours;
        OvertimeHours (paid at 1.5 times the rate); GrossPay: pay before deductions; FedTax: federal income tax
        withheld; StateTax: state income tax withheld (none in WA); Fica: social security and Medicare;
        BenefitDeductions: the employee's benefit and 401(k) contributions; NetPay: take-home pay (gross less all
        of the above); DepositType: 'DD' direct deposit or 'CHECK' (a paper check).

kredietunie -- a Dutch credit union (Dutch snake_case names); money in euros with cents; dates 'YYYY-MM-DD';
    flags 'J' (ja, yes) / 'N' (nee, no)
    filialen: branches.  filiaal_id; naam: branch name ('Utrecht Centrum', 'Amersfoort', 'Hilversum' ...);
        plaats: town; geopend_op: opened on; gesloten_op: closed on (NULL = open).
    leden: members.  lid_id; lidnummer: membership number ('L-004013'); voornaam: first name; tussenvoegsel: name
        particle ('van', 'de', 'van der'; NULL = none); achternaam: surname; geboortedatum: date of birth;
        woonplaats: town of residence ('Utrecht', 'Amersfoort', 'Zeist' ...); filiaal_id -> filialen: home
        branch; lid_sinds: member since; opgezegd_op: date the membership was cancelled (NULL = current member);
        is_medewerker: 'J' = also works for the credit union (staff).
    rekeningen: accounts.  rekening_id; iban ('NL80KRUN0567589072'); soort: type, 'BETAAL' current (checking)
        account, 'SPAAR' savings account, 'DEPOSITO' term deposit, 'JEUGD' youth savings; rente_pct: interest rate
        in percent a year; saldo: current balance (0 when closed); geopend_op: opened on; gesloten_op: closed on
        (NULL = open).
    rekeninghouders: who holds which account (members to accounts).  rekening_id -> rekeningen; lid_id -> leden;
        rol: 'HOOFD' primary holder or 'MEDE' joint holder (a joint account has both).
    transacties: bookings of the last twelve months.  transactie_id; rekening_id -> rekeningen; boekdatum: booking
        date; bedrag: amount, positive = money in, negative = money out; code: 'PIN' debit-card payment in a shop,
        'GEA' cash withdrawal at an ATM, 'OVB' transfer, 'INC' direct debit, 'STO' cash deposit at a branch, 'SAL'
        salary received, 'RNT' interest credited (on 31 December for the year); omschrijving: description (the
        shop, 'Salaris ProRail', 'Rente 2024'); tegenrekening: the other party's IBAN (NULL when none).
    leningen: loans.  lening_id; lid_id -> leden (the borrower); soort: 'PERSOONLIJK' personal loan, 'AUTO' car
        loan, 'HYPOTHEEK' mortgage, 'STUDIE' student loan; hoofdsom: principal borrowed; rente_pct: interest rate in
        percent; looptijd_mnd: term in months; ingangsdatum: start date; status: 'LOPEND' running, 'ACHTERSTAND' in
        arrears (instalments overdue), 'AFGELOST' fully repaid.
    aflossingen: monthly instalments of the last twelve months (older ones are archived).  aflossing_id;
        lening_id -> leningen; vervaldatum: due date; bedrag: instalment amount; betaald_op: date paid (NULL = not
        paid).

expensetrack -- employee expense claims (plain snake_case) with status codes in a lookup table; dates
    'YYYY-MM-DD'
    departments: department_id; department_name ('Sales', 'Professional Services', 'Marketing', 'Engineering',
        'Finance', 'Executive'); cost_center.
    employees: employee_id; first_name; last_name; email; department_id -> departments; manager_id -> employees
        (the direct manager, who approves the expense reports; NULL for the CEO); job_title ('Account Executive'
        is a sales rep); home_city; is_active: 1 = still employed.
    report_statuses: status_code -> status_name: 'DRF' Draft (not submitted), 'SUB' Submitted (waiting for
        approval), 'RET' Returned for changes, 'APR' Approved (not yet paid), 'REJ' Rejected, 'PD' Paid;
        is_final: 1 = nothing more will happen.
    expense_categories: category_id; category_name ('Airfare', 'Lodging' (hotels), 'Meals', 'Ground
        Transportation', 'Mileage', 'Client Entertainment', 'Conference Fees', 'Office Supplies', 'Software');
        gl_account: the ledger account charged; daily_limit: the most that may be claimed a day (meals only);
        receipt_required_over: a receipt is needed for items above this amount.
    projects: project_id; project_code ('PRJ-1021'); project_name; client_name ('Internal' for our own); is_billable:
        1 = expenses are re-billed to the client.
    expense_reports: one claim.  report_id; employee_id -> employees (who claims); title; created_on; submitted_on
        (NULL while a draft); status_code -> report_statuses; approver_id -> employees (who approved, rejected or
        returned it; NULL before that); decided_on; paid_on: when the employee was reimbursed (NULL = not paid);
        reject_reason (rejected and returned reports).
    expense_items: the lines of a report.  item_id; report_id -> expense_reports; category_id ->
        expense_categories; project_id -> projects (NULL = not for a project); expense_date; merchant (NULL for
        mileage); amount; has_receipt: 1 = a receipt is attached; note ('120 miles' on mileage).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

from nl2sql_data.sqlite_build import full_names, write_tables

LAST_DAY = dt.date(2025, 6, 14)


def _ymd(d: dt.date) -> int:
    """A date as the integer YYYYMMDD."""
    return d.year * 10000 + d.month * 100 + d.day


def _ts(t: dt.datetime | None, ms: bool = False) -> str | None:
    if t is None:
        return None
    return t.strftime("%Y-%m-%d %H:%M:%S") + (".000" if ms else "")


def _at(d: dt.date, r: random.Random, lo: int = 8, hi: int = 18) -> dt.datetime:
    """A random time of day ``d`` between ``lo`` and ``hi`` o'clock."""
    return dt.datetime(d.year, d.month, d.day, r.randint(lo, hi - 1), r.randint(0, 59), r.randint(0, 59))


def _month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = y + (m == 12), m % 12 + 1
    return out


def _weekday_on_or_before(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _c(x: float) -> float:
    """Money rounded to cents."""
    return round(x + 1e-9, 2)


# ---------------------------------------------------------------------------------------------------------------
# glbooks
# ---------------------------------------------------------------------------------------------------------------

GLBOOKS_DDL = """
CREATE TABLE GL_ACCT (
    ACCT_NO TEXT PRIMARY KEY,
    ACCT_DESC TEXT NOT NULL,
    ACCT_TYPE TEXT NOT NULL,
    PARENT_ACCT_NO TEXT REFERENCES GL_ACCT(ACCT_NO),
    POST_FLG TEXT NOT NULL DEFAULT 'Y',
    ACTV_FLG TEXT NOT NULL DEFAULT 'Y',
    NORM_BAL TEXT NOT NULL
);
CREATE TABLE CC_MSTR (
    CC_CD TEXT PRIMARY KEY,
    CC_DESC TEXT NOT NULL,
    CC_MGR TEXT,
    LOC_CD TEXT NOT NULL
);
CREATE TABLE SEC_USR (
    USR_ID TEXT PRIMARY KEY,
    USR_NM TEXT NOT NULL,
    DEPT_NM TEXT,
    ACTV_FLG TEXT NOT NULL
);
CREATE TABLE JE_HDR (
    JE_NO INTEGER PRIMARY KEY,
    JE_DT INTEGER NOT NULL,
    SRC_CD TEXT NOT NULL,
    JE_DESC TEXT,
    STAT_CD TEXT NOT NULL,
    ENT_USR TEXT NOT NULL REFERENCES SEC_USR(USR_ID),
    ENT_TS TEXT NOT NULL,
    RVRS_JE_NO INTEGER REFERENCES JE_HDR(JE_NO)
);
CREATE TABLE JE_LN (
    JE_NO INTEGER NOT NULL REFERENCES JE_HDR(JE_NO),
    LN_NO INTEGER NOT NULL,
    ACCT_NO TEXT NOT NULL REFERENCES GL_ACCT(ACCT_NO),
    CC_CD TEXT REFERENCES CC_MSTR(CC_CD),
    DR_AMT NUMERIC NOT NULL DEFAULT 0,
    CR_AMT NUMERIC NOT NULL DEFAULT 0,
    LN_MEMO TEXT,
    PRIMARY KEY (JE_NO, LN_NO)
);
CREATE TABLE GL_BUDGET (
    FISC_YR INTEGER NOT NULL,
    ACCT_NO TEXT NOT NULL REFERENCES GL_ACCT(ACCT_NO),
    CC_CD TEXT NOT NULL REFERENCES CC_MSTR(CC_CD),
    BUD_AMT NUMERIC NOT NULL,
    PRIMARY KEY (FISC_YR, ACCT_NO, CC_CD)
);
"""

# (number, description, type, parent, postable, active, normal balance)
_GL_ACCOUNTS = [
    ("1000", "Assets", "A", None, "N", "Y", "D"),
    ("1100", "Cash and Cash Equivalents", "A", "1000", "N", "Y", "D"),
    ("1110", "Operating Bank Account", "A", "1100", "Y", "Y", "D"),
    ("1120", "Payroll Bank Account", "A", "1100", "Y", "Y", "D"),
    ("1130", "Petty Cash", "A", "1100", "Y", "N", "D"),
    ("1200", "Accounts Receivable", "A", "1000", "Y", "Y", "D"),
    ("1300", "Prepaid Expenses", "A", "1000", "Y", "Y", "D"),
    ("1500", "Fixed Assets", "A", "1000", "N", "Y", "D"),
    ("1510", "Computer Equipment", "A", "1500", "Y", "Y", "D"),
    ("1520", "Furniture and Fixtures", "A", "1500", "Y", "Y", "D"),
    ("1590", "Accumulated Depreciation", "A", "1500", "Y", "Y", "C"),
    ("2000", "Liabilities", "L", None, "N", "Y", "C"),
    ("2100", "Accounts Payable", "L", "2000", "Y", "Y", "C"),
    ("2200", "Accrued Liabilities", "L", "2000", "Y", "Y", "C"),
    ("2300", "Payroll Liabilities", "L", "2000", "N", "Y", "C"),
    ("2310", "Federal Withholding Payable", "L", "2300", "Y", "Y", "C"),
    ("2320", "Benefits Payable", "L", "2300", "Y", "Y", "C"),
    ("2400", "Sales Tax Payable", "L", "2000", "Y", "Y", "C"),
    ("2700", "Term Loan - First Valley Bank", "L", "2000", "Y", "Y", "C"),
    ("3000", "Equity", "Q", None, "N", "Y", "C"),
    ("3100", "Common Stock", "Q", "3000", "Y", "Y", "C"),
    ("3200", "Retained Earnings", "Q", "3000", "Y", "Y", "C"),
    ("4000", "Revenue", "R", None, "N", "Y", "C"),
    ("4100", "Product Sales", "R", "4000", "Y", "Y", "C"),
    ("4200", "Service Revenue", "R", "4000", "Y", "Y", "C"),
    ("4300", "Interest Income", "R", "4000", "Y", "Y", "C"),
    ("4900", "Sales Returns and Allowances", "R", "4000", "Y", "Y", "D"),
    ("5000", "Cost of Goods Sold", "X", None, "N", "Y", "D"),
    ("5100", "Materials", "X", "5000", "Y", "Y", "D"),
    ("5200", "Freight In", "X", "5000", "Y", "Y", "D"),
    ("6000", "Operating Expenses", "X", None, "N", "Y", "D"),
    ("6100", "Salaries and Wages", "X", "6000", "Y", "Y", "D"),
    ("6200", "Rent", "X", "6000", "Y", "Y", "D"),
    ("6300", "Utilities", "X", "6000", "Y", "Y", "D"),
    ("6400", "Travel", "X", "6000", "Y", "Y", "D"),
    ("6500", "Software Subscriptions", "X", "6000", "Y", "Y", "D"),
    ("6600", "Depreciation Expense", "X", "6000", "Y", "Y", "D"),
    ("6700", "Office Supplies", "X", "6000", "Y", "Y", "D"),
    ("6800", "Marketing and Advertising", "X", "6000", "Y", "Y", "D"),
    ("6900", "Bank Fees", "X", "6000", "Y", "Y", "D"),
    ("6950", "Telephone - Landline", "X", "6000", "Y", "N", "D"),
]

_GL_CCS = [
    ("ADM", "Administration", "Priya Kaur", "HQ"),
    ("SLS", "Sales", "Marco Romano", "HQ"),
    ("OPS", "Operations", "Nils Eriksen", "PLANT1"),
    ("ENG", "Engineering", "Tessa Lindqvist", "HQ"),
    ("MKT", "Marketing", None, "HQ"),
    ("CSV", "Customer Service", "Amara Oduya", "REMOTE"),
]

_GL_USERS = [
    ("OMOREAU", "Olivia Moreau", "Accounting", "Y"),
    ("KTAKEDA", "Keiko Takeda", "Accounting", "Y"),
    ("LBAUER", "Liam Bauer", "Accounting", "N"),
    ("PKAUR", "Priya Kaur", "Finance", "Y"),
    ("BATCHIF", "Batch Interface", "IT", "Y"),
    ("DCOSTA", "Diego Costa", "Payroll", "Y"),
    ("HITO", "Hana Ito", "Internal Audit", "Y"),
    ("RGRANT", "Rosa Grant", "Accounting", "Y"),
]

_GL_CUSTOMERS = ["Halvorsen Marine", "Pinecrest Foods", "Redwood Dental Group", "Sable Logistics",
                 "Northgate Schools", "Brightwater Hotels", "Kestrel Aviation", "Maple Ridge Clinic"]  # fmt: skip
_GL_SUPPLIERS = {
    "5100": ["Ferro Metals Inc", "Allied Polymers", "Coastline Packaging"],
    "5200": ["Swift Freight", "Blue Line Carriers"],
    "6300": ["City Power & Light", "Metro Water"],
    "6400": ["Delta Air Lines", "Marriott Hotels", "Hertz"],
    "6500": ["Atlassian", "Salesforce", "Adobe", "Microsoft 365"],
    "6700": ["Staples", "Office Depot"],
    "6800": ["Google Ads", "LinkedIn Ads", "PrintWorks Studio"],
}


def build_glbooks(path: Path) -> None:
    r = random.Random(12901)
    start, end = dt.date(2024, 1, 1), LAST_DAY
    hdrs: list[list] = []
    lines: list[tuple] = []

    def je(d: dt.date, src: str, desc: str, user: str, legs: list[tuple], stat: str = "P",
           rvrs: int | None = None) -> int:  # fmt: skip
        no = 100000 + len(hdrs) + 1
        ent = _at(d + dt.timedelta(days=r.choice([0, 0, 0, 1, 2])), r)
        if ent.date() > end:
            ent = _at(end, r)
        hdrs.append([no, _ymd(d), src, desc, stat, user, _ts(ent), rvrs])
        dr = round(sum(leg[2] for leg in legs), 2)
        cr = round(sum(leg[3] for leg in legs), 2)
        assert abs(dr - cr) < 0.005, (desc, dr, cr)
        for i, (acct, cc, d_amt, c_amt, memo) in enumerate(legs, 1):
            lines.append((no, i, acct, cc, _c(d_amt), _c(c_amt), memo))
        return no

    events: list[tuple] = []  # (date, order, kind, payload)
    months = _months(start, end)
    # opening balances
    events.append((dt.date(2024, 1, 1), 0, "open", None))
    for (y, m) in months:
        first = dt.date(y, m, 1)
        me = _month_end(y, m)
        events.append((first, 1, "rent", None))
        if me <= end:
            events.append((_weekday_on_or_before(me), 5, "payroll", None))
            events.append((me, 6, "depr", None))
        if m in (3, 6, 9, 12) and me <= end:
            events.append((me, 7, "interest", None))
    # sales invoices and receipts
    inv_days = sorted(start + dt.timedelta(days=r.randrange((end - start).days - 3)) for _ in range(36))
    for d in inv_days:
        events.append((_weekday_on_or_before(d), 2, "sale", None))
    # supplier bills
    bill_days = sorted(start + dt.timedelta(days=r.randrange((end - start).days)) for _ in range(36))
    bill_days += [dt.date(2025, 6, 9), dt.date(2025, 6, 12)]
    for d in bill_days:
        events.append((_weekday_on_or_before(d), 3, "bill", None))
    # month-end accruals reversed on the first of the next month
    for (y, m) in [(2024, 3), (2024, 6), (2024, 9), (2024, 12), (2025, 3)]:
        events.append((_month_end(y, m), 8, "accrual", None))
    for d in sorted(start + dt.timedelta(days=r.randrange(520)) for _ in range(8)):
        events.append((_weekday_on_or_before(d), 4, "fee", None))
    events.sort(key=lambda e: (e[0], e[1]))

    open_ar: list[tuple[dt.date, float, str]] = []
    open_ap: list[tuple[dt.date, float, str]] = []
    pending: list[tuple] = []
    gj_users = ["OMOREAU", "RGRANT", "PKAUR"]
    n_sale = n_bill = 0
    for d, _o, kind, _p in events:
        # receipts and payments falling before this event
        for (due, amt, who) in list(open_ar):
            pay = _weekday_on_or_before(due)
            if pay <= d:
                open_ar.remove((due, amt, who))
                pending.append((pay, "rcpt", amt, who))
        for (due, amt, who) in list(open_ap):
            pay = _weekday_on_or_before(due)
            if pay <= d:
                open_ap.remove((due, amt, who))
                pending.append((pay, "pay", amt, who))
        for pay, k, amt, who in sorted(pending):
            if k == "rcpt":
                je(pay, "AR", f"Customer receipt - {who}", "BATCHIF",
                   [("1110", None, amt, 0, "Deposit"), ("1200", None, 0, amt, who)])
            else:
                je(pay, "AP", f"Vendor payment - {who}", "BATCHIF",
                   [("2100", None, amt, 0, who), ("1110", None, 0, amt, "ACH payment")])
        pending = []
        lb = "LBAUER" if d < dt.date(2024, 9, 1) else "KTAKEDA"
        if kind == "open":
            legs = [("1110", None, 412350.18, 0, "Opening balance"), ("1200", None, 86420.5, 0, "Opening balance"),
                    ("1510", None, 148900.0, 0, "Opening balance"), ("1520", None, 52300.0, 0, "Opening balance"),
                    ("1590", None, 0, 61240.0, "Opening balance"), ("2100", None, 0, 37815.42, "Opening balance"),
                    ("2700", None, 0, 250000.0, "Opening balance"), ("3100", None, 0, 100000.0, "Opening balance")]
            bal = round(sum(x[2] for x in legs) - sum(x[3] for x in legs), 2)
            legs.append(("3200", None, 0, bal, "Opening balance"))
            je(d, "GJ", "Opening balances FY2024 (migrated from legacy ledger)", "PKAUR", legs)
        elif kind == "rent":
            je(d, "GJ", f"Office rent {d:%b %Y}", lb if d.month % 2 else "KTAKEDA",
               [("6200", "ADM", 18500.0, 0, "Harbor Point Properties"), ("1110", None, 0, 18500.0, "Rent ACH")])
        elif kind == "payroll":
            legs = []
            gross = 0.0
            for cc, base in (("ADM", 9500), ("SLS", 13000), ("OPS", 11250), ("ENG", 17750)):
                g = _c(base * (1 + (d.year - 2024) * 0.04) * r.uniform(0.97, 1.05))
                if d.month == 12 and cc == "SLS":
                    g = _c(g + 6000)
                gross += g
                legs.append(("6100", cc, g, 0, f"Gross wages {cc}"))
            wh = _c(gross * 0.22)
            legs += [("2310", None, 0, wh, "Federal withholding"), ("1120", None, 0, _c(gross - wh), "Net pay")]
            je(d, "PR", f"Payroll {d:%B %Y}", "DCOSTA", legs)
            fund = _c(gross - wh)
            je(d, "GJ", f"Fund payroll account {d:%b %Y}", lb,
               [("1120", None, fund, 0, "Transfer in"), ("1110", None, 0, fund, "Transfer out")])
        elif kind == "depr":
            amt = 4125.0 if d < dt.date(2025, 1, 1) else 4380.0
            je(d, "FA", f"Depreciation {d:%b %Y}", "KTAKEDA",
               [("6600", "ADM", amt, 0, "Straight line"), ("1590", None, 0, amt, "Straight line")])
        elif kind == "interest":
            amt = _c(r.uniform(900, 2400))
            je(d, "GJ", f"Bank interest Q{(d.month - 1) // 3 + 1} {d.year}", "OMOREAU",
               [("1110", None, amt, 0, "Interest credited"), ("4300", None, 0, amt, "First Valley Bank")])
        elif kind == "sale":
            n_sale += 1
            who = r.choice(_GL_CUSTOMERS)
            acct = "4200" if r.random() < 0.35 else "4100"
            net = _c(r.uniform(15000, 90000))
            tax = _c(net * 0.0725) if acct == "4100" else 0.0
            legs = [("1200", None, _c(net + tax), 0, who), (acct, "SLS", 0, net, who)]
            if tax:
                legs.append(("2400", None, 0, tax, "Sales tax 7.25%"))
            je(d, "AR", f"Invoice {5000 + n_sale} - {who}", "BATCHIF", legs)
            open_ar.append((d + dt.timedelta(days=r.choice([30, 30, 45, 60]) + r.randint(-5, 12)), _c(net + tax), who))
            if n_sale in (9, 22, 31):
                amt = _c(net * 0.1)
                je(d + dt.timedelta(days=14), "AR", f"Credit memo {5000 + n_sale} - {who}", "BATCHIF",
                   [("4900", "SLS", amt, 0, "Returned goods"), ("1200", None, 0, amt, who)])
                open_ar[-1] = (open_ar[-1][0], _c(open_ar[-1][1] - amt), who)
        elif kind == "bill":
            n_bill += 1
            acct = r.choice(["5100", "5100", "5200", "6300", "6400", "6400", "6400", "6500", "6700", "6800", "6800"])
            sup = r.choice(_GL_SUPPLIERS[acct])
            cc = {"5100": "OPS", "5200": "OPS", "6300": "ADM", "6500": r.choice(["ENG", "ADM"]),
                  "6700": r.choice(["ADM", "OPS"]), "6800": "MKT",
                  "6400": r.choice(["SLS", "SLS", "ENG", "MKT", "ADM"])}[acct]  # fmt: skip
            amt = _c({"5100": r.uniform(6000, 28000), "5200": r.uniform(800, 4000), "6300": r.uniform(1200, 3800),
                      "6400": r.uniform(600, 7500), "6500": r.uniform(900, 9000), "6700": r.uniform(150, 1400),
                      "6800": r.uniform(2000, 15000)}[acct])  # fmt: skip
            stat = "U" if d > dt.date(2025, 6, 5) else "P"
            je(d, "AP", f"Bill - {sup}", "BATCHIF", [(acct, cc, amt, 0, sup), ("2100", None, 0, amt, sup)], stat)
            if stat == "P":
                open_ap.append((d + dt.timedelta(days=30), amt, sup))
            if n_bill in (7, 23):  # keyed twice by mistake: the duplicate was voided
                je(d, "AP", f"Bill - {sup} (duplicate)", "BATCHIF",
                   [(acct, cc, amt, 0, sup), ("2100", None, 0, amt, sup)], "V")
        elif kind == "accrual":
            amt = _c(r.uniform(3000, 9000))
            user = r.choice(gj_users)
            no = je(d, "GJ", f"Accrue unbilled utilities and freight {d:%b %Y}", user,
                    [("6300", "ADM", amt, 0, "Accrual"), ("2200", None, 0, amt, "Accrual")])
            nd = d + dt.timedelta(days=1)
            je(nd, "GJ", f"Reverse accrual JE {no}", user,
               [("2200", None, amt, 0, "Reversal"), ("6300", "ADM", 0, amt, "Reversal")], rvrs=no)
        elif kind == "fee":
            amt = _c(r.uniform(25, 480))
            je(d, "GJ", "Bank service charges", r.choice(gj_users),
               [("6900", "ADM", amt, 0, "Wire and account fees"), ("1110", None, 0, amt, "Bank debit")])
    # one manual adjustment still waiting to be posted, one voided by mistake
    je(dt.date(2025, 6, 13), "GJ", "Reclass travel to marketing (pending review)", "RGRANT",
       [("6800", "MKT", 1840.0, 0, "Reclass"), ("6400", "SLS", 0, 1840.0, "Reclass")], "U")
    je(dt.date(2024, 11, 12), "GJ", "Reclass software - wrong cost centre", "OMOREAU",
       [("6500", "ENG", 2400.0, 0, "Reclass"), ("6500", "ADM", 0, 2400.0, "Reclass")], "V")
    # numbered in the order the entries were keyed
    hdrs.sort(key=lambda h: (h[6], h[0]))
    renum = {h[0]: 100001 + i for i, h in enumerate(hdrs)}
    for h in hdrs:
        h[0] = renum[h[0]]
        if h[7] is not None:
            h[7] = renum[h[7]]
            h[3] = f"Reverse accrual JE {h[7]}"
    lines = [(renum[ln[0]], *ln[1:]) for ln in lines]
    # budgets: 2024 and 2025, around the 2024 actuals
    actual: dict[tuple[str, str], float] = {}
    posted = {h[0] for h in hdrs if h[4] == "P" and h[1] // 10000 == 2024}
    for ln in lines:
        if ln[0] in posted and ln[3] is not None and ln[2] >= "5000":
            actual[(ln[2], ln[3])] = actual.get((ln[2], ln[3]), 0) + ln[4] - ln[5]
    budget = []
    for (acct, cc), amt in sorted(actual.items()):
        if acct in ("6600", "6900"):
            continue
        f = {("6400", "SLS"): 0.82, ("6400", "ENG"): 1.15, ("6800", "MKT"): 0.9, ("6400", "MKT"): 0.7,
             ("6400", "ADM"): 1.3}.get((acct, cc), r.uniform(0.95, 1.2))  # fmt: skip
        b24 = round(amt * f / 500) * 500
        budget.append((2024, acct, cc, float(b24)))
        budget.append((2025, acct, cc, float(round(b24 * r.uniform(1.02, 1.1) / 500) * 500)))
    write_tables(path, GLBOOKS_DDL, [
        ("GL_ACCT", _GL_ACCOUNTS), ("CC_MSTR", _GL_CCS), ("SEC_USR", _GL_USERS),
        ("JE_HDR", [tuple(h) for h in hdrs]), ("JE_LN", sorted(lines)), ("GL_BUDGET", budget),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# payables
# ---------------------------------------------------------------------------------------------------------------

PAYABLES_DDL = """
CREATE TABLE tblEmployee (
    intEmployeeID INTEGER PRIMARY KEY,
    strFirstName TEXT NOT NULL,
    strLastName TEXT NOT NULL,
    strDepartment TEXT NOT NULL,
    curApprovalLimit NUMERIC,
    ysnActive INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE tblVendor (
    intVendorID INTEGER PRIMARY KEY,
    strVendorName TEXT NOT NULL,
    strCity TEXT NOT NULL,
    strState TEXT NOT NULL,
    strTerms TEXT NOT NULL,
    strTaxID TEXT,
    strEmail TEXT,
    ysnActive INTEGER NOT NULL DEFAULT 1,
    ysn1099 INTEGER NOT NULL DEFAULT 0,
    dtmCreated TEXT NOT NULL
);
CREATE TABLE tblPurchaseOrder (
    intPOID INTEGER PRIMARY KEY,
    strPONumber TEXT NOT NULL UNIQUE,
    intVendorID INTEGER NOT NULL REFERENCES tblVendor(intVendorID),
    intRequestedBy INTEGER NOT NULL REFERENCES tblEmployee(intEmployeeID),
    dtmOrdered TEXT NOT NULL,
    curTotal NUMERIC NOT NULL,
    strStatus TEXT NOT NULL
);
CREATE TABLE tblInvoice (
    intInvoiceID INTEGER PRIMARY KEY,
    intVendorID INTEGER NOT NULL REFERENCES tblVendor(intVendorID),
    strInvoiceNo TEXT NOT NULL,
    intPOID INTEGER REFERENCES tblPurchaseOrder(intPOID),
    dtmInvoice TEXT NOT NULL,
    dtmReceived TEXT NOT NULL,
    dtmDue TEXT NOT NULL,
    curAmount NUMERIC NOT NULL,
    curTax NUMERIC NOT NULL DEFAULT 0,
    strStatus TEXT NOT NULL,
    intApprovedBy INTEGER REFERENCES tblEmployee(intEmployeeID),
    dtmApproved TEXT
);
CREATE TABLE tblPayment (
    intPaymentID INTEGER PRIMARY KEY,
    intVendorID INTEGER NOT NULL REFERENCES tblVendor(intVendorID),
    dtmPaid TEXT NOT NULL,
    curAmount NUMERIC NOT NULL,
    strMethod TEXT NOT NULL,
    strCheckNo TEXT,
    ysnCleared INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tblPaymentApplication (
    intPaymentID INTEGER NOT NULL REFERENCES tblPayment(intPaymentID),
    intInvoiceID INTEGER NOT NULL REFERENCES tblInvoice(intInvoiceID),
    curApplied NUMERIC NOT NULL,
    PRIMARY KEY (intPaymentID, intInvoiceID)
);
"""

_AP_PLACES = [("Denver", "CO"), ("Chicago", "IL"), ("Austin", "TX"), ("Dallas", "TX"), ("Houston", "TX"),
              ("Columbus", "OH"), ("Portland", "OR"), ("Atlanta", "GA"), ("Phoenix", "AZ"), ("Minneapolis", "MN"),
              ("Seattle", "WA"), ("Omaha", "NE")]  # fmt: skip
_AP_VENDORS = [
    "Acme Industrial Supply", "Bluegrass Office Products", "Cascade Janitorial", "Delta Fastener Co",
    "Evergreen Landscaping", "Frontier Steel Service", "Granite State Electric", "Harbor Freight Logistics",
    "Ironwood Pallets", "Juniper IT Services", "Keystone Safety Gear", "Lakeside Printing", "Midwest Hydraulics",
    "Northstar Uniforms", "Oakridge Lumber", "Pioneer Packaging", "Quantum Cable & Wire", "Riverbend Catering",
    "Summit HVAC Services", "Trailhead Courier", "Unified Waste Solutions", "Vantage Staffing", "Westfield Tire",
    "Yellowstone Propane", "Zenith Lab Supplies", "Apex Calibration", "Beacon Security Systems", "Copperline Plumbing",
    "Dunmore Chemicals", "Eastgate Forklift Repair", "Fairway Legal LLP", "Goldleaf Insurance Brokers",
    "Highpoint Consulting", "Inland Bearings", "Jetstream Travel", "Kingsley Paper", "Lumen Lighting Supply",
    "Meridian Telecom", "Nimbus Cloud Hosting", "Orion Test Equipment", "Prairie Water Co", "Redline Motors Fleet",
    "Silverline Electrical", "Timberline Furniture", "Upland Signs", "Vista Pest Control", "Willow Creek Nursery",
    "Xpress Toner", "Yardley Tooling", "Zephyr Air Freight", "Allegro Music Licensing", "Brightpath Training",
    "Crestview Elevators", "Driftwood Marine Supply", "Emberline Welding Gas", "Foxglove Coffee Service",
    "Greystone Audit Partners", "Hollis & Grant CPAs", "Ivory Coast Textiles", "Jasper Engineering",
]  # fmt: skip


def build_payables(path: Path) -> None:
    r = random.Random(12902)
    people = full_names(r, 26)
    depts = ["Operations", "Facilities", "IT", "Marketing", "Finance", "Warehouse", "Engineering"]
    emps = []
    for i, nm in enumerate(people, 1):
        first, last = nm.split(" ", 1)
        limit = r.choice([None, None, 5000.0, 5000.0, 10000.0, 25000.0])
        if i in (1, 2):
            limit = 100000.0
        emps.append((i, first, last, depts[i % len(depts)] if i > 2 else "Finance", limit,
                     0 if i in (9, 17, 23) else 1))  # fmt: skip
    approvers = [e for e in emps if e[4] is not None and e[5] == 1]
    vendors = []
    start = dt.date(2024, 1, 1)
    for i, nm in enumerate(_AP_VENDORS, 1):
        city, st = _AP_PLACES[r.choices(range(len(_AP_PLACES)), weights=[5, 6, 4, 4, 3, 3, 3, 4, 2, 3, 2, 1])[0]]
        terms = r.choices(["NET30", "NET45", "NET15", "NET60", "COD"], weights=[50, 15, 12, 8, 4])[0]
        tax = None if r.random() < 0.15 else f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}"
        email = None if r.random() < 0.2 else "ap@" + nm.lower().replace(" & ", "").replace(" ", "")[:14] + ".com"
        created = dt.datetime(2019, 1, 1) + dt.timedelta(days=r.randrange(1800), seconds=r.randrange(86400))
        vendors.append([i, nm, city, st, terms, tax, email, 1, int(nm.endswith(("LLP", "CPAs", "Consulting",
                        "Training", "Landscaping"))), _ts(created, ms=True)])  # fmt: skip
    for i in (12, 29, 44, 51):
        vendors[i - 1][7] = 0
    days_of = {"NET30": 30, "NET45": 45, "NET15": 15, "NET60": 60, "COD": 0}
    # how busy each vendor is; a few never billed
    weight = [r.choice([1, 1, 2, 3, 5, 8]) for _ in vendors]
    for i in (33, 47, 55, 58):
        weight[i - 1] = 0
    for i in (12, 29, 44, 51):
        weight[i - 1] = 0.3
    pos = []
    for k in range(150):
        v = r.choices(range(len(vendors)), weights=weight)[0]
        d = start + dt.timedelta(days=r.randrange(520))
        total = _c(r.uniform(300, 40000))
        req = r.choice([e for e in emps if e[5] == 1 or k < 60])[0]
        pos.append([k + 1, f"PO-{d.year % 100}-{k + 1:04d}", vendors[v][0], req, _ts(_at(d, r), ms=True), total, "OPEN"])
    pos.sort(key=lambda p: p[4])
    for k, p in enumerate(pos, 1):
        p[0] = k
        p[1] = f"PO-{p[4][2:4]}-{k:04d}"
    invoices = []
    for p in pos:
        if r.random() < 0.05:
            p[6] = "CANCELLED"
            continue
        parts = r.choice([1, 1, 1, 2, 3])
        od = dt.date.fromisoformat(p[4][:10])
        for j in range(parts):
            d = od + dt.timedelta(days=r.randint(5, 40) + 25 * j)
            if d > LAST_DAY:
                continue
            invoices.append([p[2], p[0], d, _c(float(p[5]) / parts)])
        p[6] = "CLOSED" if od < dt.date(2025, 3, 1) or r.random() < 0.4 else "OPEN"
    for _ in range(200):  # bills without a purchase order (utilities, services)
        v = r.choices(range(len(vendors)), weights=weight)[0]
        d = start + dt.timedelta(days=r.randrange((LAST_DAY - start).days + 1))
        invoices.append([vendors[v][0], None, d, _c(r.lognormvariate(7.0, 1.0))])
    invoices.sort(key=lambda x: (x[2], x[0]))
    rows = []
    for i, (vid, po, d, amt) in enumerate(invoices, 1):
        v = vendors[vid - 1]
        taxed = r.random() < 0.6
        tax = _c(amt * 0.08 / 1.08) if taxed else 0.0
        recv = d + dt.timedelta(days=r.randint(0, 6))
        if recv > LAST_DAY:
            recv = LAST_DAY
        due = d + dt.timedelta(days=days_of[v[4]])
        num = f"{''.join(w[0] for w in v[1].split()[:2]).upper()}-{r.randint(10000, 99999)}"
        appr, appr_at = None, None
        ad = recv + dt.timedelta(days=r.randint(0, 9))
        if ad <= LAST_DAY - dt.timedelta(days=2) or r.random() < 0.3:
            ok = [e for e in approvers if e[4] >= amt]
            pick = r.choice(ok) if ok and r.random() > 0.03 else r.choice(approvers)
            appr, appr_at = pick[0], _ts(_at(min(ad, LAST_DAY), r), ms=True)
        rows.append([i, vid, num, po, _ts(dt.datetime.combine(d, dt.time()), ms=True),
                     _ts(dt.datetime.combine(recv, dt.time()), ms=True),
                     _ts(dt.datetime.combine(due, dt.time()), ms=True), amt, tax, "OPEN", appr, appr_at])  # fmt: skip
    nums = [x[2] for x in rows]
    assert len(set(nums)) == len(nums)
    for i in r.sample(range(len(rows) - 30), 6):
        rows[i][9] = "VOID"
    for i in r.sample(range(60, len(rows)), 8):
        if rows[i][9] == "OPEN":
            rows[i][9] = "HOLD"
    # payment runs on Fridays: an approved open invoice is paid around its due date
    method_of = {}
    for v in vendors:
        method_of[v[0]] = r.choices(["ACH", "CHECK", "WIRE", "CARD"], weights=[55, 30, 6, 9])[0]
    plan: dict[tuple[int, dt.date], list[tuple[int, float]]] = {}
    for x in rows:
        if x[9] != "OPEN" or x[10] is None:
            continue
        due = dt.date.fromisoformat(x[6][:10])
        pay = due + dt.timedelta(days=r.randint(-12, 18))
        appr_d = dt.date.fromisoformat(x[11][:10])
        pay = max(pay, appr_d + dt.timedelta(days=1))
        pay += dt.timedelta(days=(4 - pay.weekday()) % 7)
        amt = float(x[7])
        if r.random() < 0.07 and amt > 500:  # paid in two parts
            first = _c(amt * r.choice([0.4, 0.5, 0.6]))
            plan.setdefault((x[1], pay), []).append((x[0], first))
            pay2 = pay + dt.timedelta(days=14 * r.randint(1, 4))
            plan.setdefault((x[1], pay2), []).append((x[0], _c(amt - first)))
        else:
            plan.setdefault((x[1], pay), []).append((x[0], amt))
    payments, apps = [], []
    paid: dict[int, float] = {}
    check_no = 20450
    for (vid, pay) in sorted(plan, key=lambda k: (k[1], k[0])):
        if pay > LAST_DAY:
            continue
        legs = plan[(vid, pay)]
        method = method_of[vid]
        total = _c(sum(a for _, a in legs))
        if method == "CARD" and total > 5000:
            method = "ACH"
        chk = None
        if method == "CHECK":
            check_no += 1
            chk = str(check_no)
        clear = pay + dt.timedelta(days=r.randint(4, 24) if method == "CHECK" else r.randint(0, 2))
        pid = len(payments) + 1
        payments.append((pid, vid, _ts(_at(pay, r, 9, 12), ms=True), total, method, chk, int(clear <= LAST_DAY)))
        for iid, a in legs:
            apps.append((pid, iid, a))
            paid[iid] = paid.get(iid, 0) + a
    for x in rows:
        if x[9] == "OPEN" and abs(paid.get(x[0], 0) - float(x[7])) < 0.005:
            x[9] = "PAID"
    write_tables(path, PAYABLES_DDL, [
        ("tblEmployee", emps), ("tblVendor", [tuple(v) for v in vendors]), ("tblPurchaseOrder", [tuple(p) for p in pos]),
        ("tblInvoice", [tuple(x) for x in rows]), ("tblPayment", payments), ("tblPaymentApplication", apps),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# tradedesk
# ---------------------------------------------------------------------------------------------------------------

TRADEDESK_DDL = """
CREATE TABLE currencies (
    code TEXT PRIMARY KEY,
    currencyName TEXT NOT NULL,
    minorUnits INTEGER NOT NULL
);
CREATE TABLE clients (
    clientId INTEGER PRIMARY KEY,
    fullName TEXT NOT NULL,
    email TEXT,
    countryCode TEXT NOT NULL,
    riskProfile TEXT NOT NULL,
    onboardedAt INTEGER NOT NULL,
    kycVerified TEXT NOT NULL
);
CREATE TABLE accounts (
    accountId INTEGER PRIMARY KEY,
    accountNo TEXT NOT NULL UNIQUE,
    clientId INTEGER NOT NULL REFERENCES clients(clientId),
    accountType TEXT NOT NULL,
    baseCurrency TEXT NOT NULL REFERENCES currencies(code),
    openedAt INTEGER NOT NULL,
    closedAt INTEGER
);
CREATE TABLE instruments (
    instrumentId INTEGER PRIMARY KEY,
    symbol TEXT NOT NULL,
    instrumentName TEXT NOT NULL,
    assetClass TEXT NOT NULL,
    exchangeCode TEXT NOT NULL,
    currency TEXT NOT NULL REFERENCES currencies(code),
    isin TEXT NOT NULL UNIQUE
);
CREATE TABLE trades (
    tradeId INTEGER PRIMARY KEY,
    accountId INTEGER NOT NULL REFERENCES accounts(accountId),
    instrumentId INTEGER NOT NULL REFERENCES instruments(instrumentId),
    side TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    priceMinor INTEGER NOT NULL,
    commissionMinor INTEGER NOT NULL,
    currency TEXT NOT NULL REFERENCES currencies(code),
    executedAt INTEGER NOT NULL,
    tradeStatus TEXT NOT NULL
);
CREATE TABLE cashMovements (
    movementId INTEGER PRIMARY KEY,
    accountId INTEGER NOT NULL REFERENCES accounts(accountId),
    movementType TEXT NOT NULL,
    amountMinor INTEGER NOT NULL,
    currency TEXT NOT NULL REFERENCES currencies(code),
    instrumentId INTEGER REFERENCES instruments(instrumentId),
    postedAt INTEGER NOT NULL
);
"""

_CURRENCIES = [("USD", "US Dollar", 2), ("EUR", "Euro", 2), ("GBP", "Pound Sterling", 2), ("JPY", "Japanese Yen", 0),
               ("CHF", "Swiss Franc", 2), ("CAD", "Canadian Dollar", 2)]  # fmt: skip
# symbol, name, class, exchange, currency, ISIN, start price (major units), annual drift, dividend per share per quarter
_INSTRUMENTS = [
    ("AAPL", "Apple Inc.", "equity", "XNAS", "USD", "US0378331005", 185.0, 0.12, 0.25),
    ("MSFT", "Microsoft Corp.", "equity", "XNAS", "USD", "US5949181045", 375.0, 0.10, 0.75),
    ("NVDA", "NVIDIA Corp.", "equity", "XNAS", "USD", "US67066G1040", 48.0, 0.9, 0.01),
    ("AMZN", "Amazon.com Inc.", "equity", "XNAS", "USD", "US0231351067", 152.0, 0.2, 0.0),
    ("JPM", "JPMorgan Chase & Co.", "equity", "XNYS", "USD", "US46625H1005", 170.0, 0.2, 1.15),
    ("KO", "Coca-Cola Co.", "equity", "XNYS", "USD", "US1912161007", 59.0, 0.06, 0.485),
    ("XOM", "Exxon Mobil Corp.", "equity", "XNYS", "USD", "US30231G1022", 100.0, 0.04, 0.95),
    ("SPY", "SPDR S&P 500 ETF Trust", "etf", "ARCX", "USD", "US78462F1030", 470.0, 0.14, 1.65),
    ("TLT", "iShares 20+ Year Treasury Bond ETF", "etf", "XNAS", "USD", "US4642874329", 98.0, -0.05, 0.3),
    ("VTI", "Vanguard Total Stock Market ETF", "etf", "ARCX", "USD", "US9229087690", 237.0, 0.13, 0.9),
    ("SAP", "SAP SE", "equity", "XETR", "EUR", "DE0007164600", 140.0, 0.3, 0.0),
    ("SIE", "Siemens AG", "equity", "XETR", "EUR", "DE0007236101", 170.0, 0.1, 0.0),
    ("ALV", "Allianz SE", "equity", "XETR", "EUR", "DE0008404005", 242.0, 0.15, 0.0),
    ("ASML", "ASML Holding N.V.", "equity", "XAMS", "EUR", "NL0010273215", 680.0, 0.05, 1.52),
    ("MC", "LVMH Moet Hennessy Louis Vuitton", "equity", "XPAR", "EUR", "FR0000121014", 733.0, -0.1, 0.0),
    ("SHEL", "Shell plc", "equity", "XLON", "GBP", "GB00BP6MXD84", 25.8, 0.02, 0.27),
    ("HSBA", "HSBC Holdings plc", "equity", "XLON", "GBP", "GB0005405286", 6.3, 0.25, 0.1),
    ("ULVR", "Unilever plc", "equity", "XLON", "GBP", "GB00B10RZP78", 38.0, 0.08, 0.37),
    ("7203", "Toyota Motor Corp.", "equity", "XTKS", "JPY", "JP3633400001", 2600.0, 0.05, 0.0),
    ("6758", "Sony Group Corp.", "equity", "XTKS", "JPY", "JP3435000009", 2700.0, 0.1, 0.0),
    ("9984", "SoftBank Group Corp.", "equity", "XTKS", "JPY", "JP3436100006", 6300.0, 0.2, 0.0),
    ("NESN", "Nestle S.A.", "equity", "XSWX", "CHF", "CH0038863350", 97.0, -0.08, 0.0),
    ("NOVN", "Novartis AG", "equity", "XSWX", "CHF", "CH0012005267", 85.0, 0.1, 0.0),
    ("ROG", "Roche Holding AG", "equity", "XSWX", "CHF", "CH0012032048", 245.0, 0.0, 0.0),
    ("RY", "Royal Bank of Canada", "equity", "XTSE", "CAD", "CA7800871021", 134.0, 0.15, 1.42),
    ("SHOP", "Shopify Inc.", "equity", "XTSE", "CAD", "CA82509L1076", 103.0, 0.3, 0.0),
    ("ENB", "Enbridge Inc.", "equity", "XTSE", "CAD", "CA29250N1050", 47.5, 0.1, 0.915),
]


def _epoch(t: dt.datetime) -> int:
    return int(t.replace(tzinfo=dt.UTC).timestamp())


def build_tradedesk(path: Path) -> None:
    r = random.Random(12903)
    minor = {c[0]: c[2] for c in _CURRENCIES}
    names = full_names(r, 110)
    countries = ["US", "US", "US", "GB", "DE", "CH", "CA", "JP", "NL", "FR"]
    home_ccy = {"US": "USD", "GB": "GBP", "DE": "EUR", "CH": "CHF", "CA": "CAD", "JP": "JPY", "NL": "EUR", "FR": "EUR"}
    clients = []
    t0 = dt.datetime(2021, 3, 1)
    for i, nm in enumerate(names, 1):
        on = t0 + dt.timedelta(seconds=r.randrange(int((dt.datetime(2025, 6, 1) - t0).total_seconds())))
        email = None if r.random() < 0.06 else nm.lower().replace(" ", ".") + "@" + r.choice(
            ["gmail.com", "outlook.com", "proton.me", "yahoo.com"])  # fmt: skip
        clients.append((i, nm, email, r.choice(countries), r.choices(["conservative", "balanced", "aggressive"],
                        weights=[3, 5, 3])[0], _epoch(on), "false" if r.random() < 0.08 else "true"))  # fmt: skip
    clients.sort(key=lambda c: c[5])
    clients = [(i, *c[1:]) for i, c in enumerate(clients, 1)]
    accounts = []
    for c in clients:
        on = dt.datetime.fromtimestamp(c[5], dt.UTC).replace(tzinfo=None)
        kinds = ["cash"]
        if r.random() < 0.35:
            kinds.append("margin")
        if c[3] == "US" and r.random() < 0.45:
            kinds.append("ira")
        if c[0] in (5, 17, 40):
            kinds = ["cash", "margin", "ira"] if c[3] == "US" else ["cash", "margin"]
        for k in kinds:
            ccy = home_ccy[c[3]] if k != "ira" else "USD"
            if k == "margin" and r.random() < 0.3:
                ccy = "USD"
            opened = on + dt.timedelta(days=r.randint(0, 30), seconds=r.randrange(3600, 80000))
            if opened.date() > LAST_DAY:
                opened = on + dt.timedelta(hours=2)
            closed = None
            if r.random() < 0.07:
                closed = opened + dt.timedelta(days=r.randint(60, 900))
                if closed.date() > LAST_DAY:
                    closed = None
            accounts.append([0, "", c[0], k, ccy, _epoch(opened), None if closed is None else _epoch(closed)])
    accounts.sort(key=lambda a: a[5])
    for i, a in enumerate(accounts, 1):
        a[0], a[1] = i, f"BRK-{100200 + i * 7 + r.randint(0, 6)}"
    start = dt.datetime(2024, 1, 2)
    endt = dt.datetime(2025, 6, 13, 21, 0)

    def price(ins: tuple, t: dt.datetime) -> float:
        years = (t - start).days / 365.0
        base = ins[6] * (1 + ins[7]) ** years
        return base * (1 + 0.06 * math.sin(years * 9 + len(ins[0])))

    trades, cash = [], []
    never = {"ROG"}
    tradeable = [k for k, ins in enumerate(_INSTRUMENTS) if ins[0] not in never]
    hot = {"NVDA": 9, "AAPL": 7, "SPY": 6, "MSFT": 5, "TLT": 3, "SAP": 3, "SHEL": 2, "7203": 2}
    act = [r.choice([0, 1, 1, 2, 2, 4]) for _ in accounts]
    for k in (0, 3, 9, 21, 60):
        if k < len(act):
            act[k] = 0
    for ai, a in enumerate(accounts):
        opened = dt.datetime.fromtimestamp(a[5], dt.UTC).replace(tzinfo=None)
        closed = None if a[6] is None else dt.datetime.fromtimestamp(a[6], dt.UTC).replace(tzinfo=None)
        lo = max(start, opened + dt.timedelta(days=1))
        hi = min(endt, closed - dt.timedelta(days=2)) if closed else endt
        if hi <= lo:
            continue
        # deposits
        ccy = a[4]
        dep_n = r.randint(1, 3) if act[ai] else r.choice([0, 1])
        for _ in range(dep_n):
            t = lo + dt.timedelta(seconds=r.randrange(max(1, int((hi - lo).total_seconds()))))
            amt = r.choice([1000, 2500, 5000, 10000, 20000, 50000]) * (150 if ccy == "JPY" else 1)
            amt = int(amt * 10 ** minor[ccy] + r.randint(0, 99) * (ccy != "JPY"))
            cash.append([0, a[0], "deposit", amt, ccy, None, _epoch(t)])
        holdings: dict[int, int] = {}
        times = sorted(lo + dt.timedelta(seconds=r.randrange(max(1, int((hi - lo).total_seconds()))))
                       for _ in range(act[ai] * r.randint(1, 3)))  # fmt: skip
        for t in times:
            k = r.choices(tradeable, weights=[hot.get(_INSTRUMENTS[x][0], 1) for x in tradeable])[0]
            ins = _INSTRUMENTS[k]
            t = t.replace(hour=r.randint(13, 20))
            if t.weekday() >= 5:
                t -= dt.timedelta(days=t.weekday() - 4)
            if t < lo:
                t = lo + dt.timedelta(days=1)
            p = price(ins, t) * r.uniform(0.99, 1.01)
            pm = round(p * 10 ** minor[ins[4]])
            held = holdings.get(k, 0)
            side = "SELL" if held > 0 and r.random() < 0.5 else "BUY"
            if side == "SELL":
                q = r.randint(1, held)
            else:
                q = r.choice([1, 2, 5, 10, 10, 20, 25, 50, 100]) * (100 if ins[4] == "JPY" else 1)
            comm = max(round(pm * q * 0.001), 100 if ins[4] != "JPY" else 150)
            status = "cancelled" if r.random() < 0.03 else "filled"
            if status == "filled":
                holdings[k] = held + (q if side == "BUY" else -q)
            else:
                comm = 0  # nothing is charged on a cancelled order
            trades.append([0, a[0], k + 1, side, q, pm, comm, ins[4], _epoch(t), status])
            # dividends on what is held
        for k, q in holdings.items():
            ins = _INSTRUMENTS[k]
            if q > 0 and ins[8] > 0 and r.random() < 0.7:
                t = min(endt, lo + dt.timedelta(days=r.randint(20, 300)))
                if t > hi:
                    continue
                cash.append([0, a[0], "dividend", round(ins[8] * q * 10 ** minor[ins[4]]), ins[4], k + 1,
                             _epoch(t.replace(hour=12, minute=0, second=0))])  # fmt: skip
        if act[ai] and r.random() < 0.3:
            t = hi - dt.timedelta(days=r.randint(1, 60))
            if t > lo:
                amt = r.choice([500, 1500, 3000, 12000, 25000]) * (150 if ccy == "JPY" else 1) * 10 ** minor[ccy]
                cash.append([0, a[0], "withdrawal", amt, ccy, None, _epoch(t)])
        if a[3] == "margin" and act[ai]:
            t = lo + dt.timedelta(days=r.randint(5, 200))
            if t < hi:
                cash.append([0, a[0], "interest", r.randint(800, 9000) * (1 if ccy != "JPY" else 2), ccy, None,
                             _epoch(t)])  # fmt: skip
        if r.random() < 0.15:
            t = lo + dt.timedelta(days=r.randint(10, 300))
            if t < hi:
                cash.append([0, a[0], "fee", 2500 if ccy != "JPY" else 4000, ccy, None, _epoch(t)])
    trades.sort(key=lambda x: x[8])
    for i, x in enumerate(trades, 1):
        x[0] = i
    cash.sort(key=lambda x: x[6])
    for i, x in enumerate(cash, 1):
        x[0] = i
    instruments = [(k + 1, ins[0], ins[1], ins[2], ins[3], ins[4], ins[5]) for k, ins in enumerate(_INSTRUMENTS)]
    write_tables(path, TRADEDESK_DDL, [
        ("currencies", _CURRENCIES), ("clients", clients), ("accounts", [tuple(a) for a in accounts]),
        ("instruments", instruments), ("trades", [tuple(x) for x in trades]), ("cashMovements", [tuple(x) for x in cash]),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# peakpayroll
# ---------------------------------------------------------------------------------------------------------------

PEAKPAYROLL_DDL = """
CREATE TABLE FiscalPeriod (
    FiscalPeriodId INTEGER PRIMARY KEY,
    FiscalYear INTEGER NOT NULL,
    PeriodNo INTEGER NOT NULL,
    QuarterNo INTEGER NOT NULL,
    PeriodName TEXT NOT NULL UNIQUE,
    StartDate TEXT NOT NULL,
    EndDate TEXT NOT NULL,
    IsClosed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE Department (
    DepartmentId INTEGER PRIMARY KEY,
    DepartmentName TEXT NOT NULL,
    CostCenter TEXT NOT NULL,
    Location TEXT NOT NULL
);
CREATE TABLE Employee (
    EmployeeId INTEGER PRIMARY KEY,
    EmployeeNo TEXT NOT NULL UNIQUE,
    FirstName TEXT NOT NULL,
    LastName TEXT NOT NULL,
    DepartmentId INTEGER NOT NULL REFERENCES Department(DepartmentId),
    JobTitle TEXT NOT NULL,
    ManagerId INTEGER REFERENCES Employee(EmployeeId),
    HireDate TEXT NOT NULL,
    TermDate TEXT,
    PayType TEXT NOT NULL,
    AnnualSalary NUMERIC,
    HourlyRate NUMERIC,
    WorkState TEXT NOT NULL
);
CREATE TABLE BenefitPlan (
    PlanId INTEGER PRIMARY KEY,
    PlanName TEXT NOT NULL,
    PlanType TEXT NOT NULL,
    Carrier TEXT,
    EmployeeCostPerPay NUMERIC NOT NULL,
    EmployerCostPerPay NUMERIC NOT NULL
);
CREATE TABLE EmployeeBenefit (
    EmployeeBenefitId INTEGER PRIMARY KEY,
    EmployeeId INTEGER NOT NULL REFERENCES Employee(EmployeeId),
    PlanId INTEGER NOT NULL REFERENCES BenefitPlan(PlanId),
    StartDate TEXT NOT NULL,
    EndDate TEXT
);
CREATE TABLE PayRun (
    PayRunId INTEGER PRIMARY KEY,
    PayDate TEXT NOT NULL,
    PeriodStart TEXT,
    PeriodEnd TEXT,
    FiscalPeriodId INTEGER NOT NULL REFERENCES FiscalPeriod(FiscalPeriodId),
    RunType TEXT NOT NULL,
    Notes TEXT
);
CREATE TABLE Paycheck (
    PaycheckId INTEGER PRIMARY KEY,
    PayRunId INTEGER NOT NULL REFERENCES PayRun(PayRunId),
    EmployeeId INTEGER NOT NULL REFERENCES Employee(EmployeeId),
    RegularHours NUMERIC NOT NULL,
    OvertimeHours NUMERIC NOT NULL DEFAULT 0,
    GrossPay NUMERIC NOT NULL,
    FedTax NUMERIC NOT NULL,
    StateTax NUMERIC NOT NULL,
    Fica NUMERIC NOT NULL,
    BenefitDeductions NUMERIC NOT NULL,
    NetPay NUMERIC NOT NULL,
    DepositType TEXT NOT NULL
);
"""

_PR_DEPTS = [(10, "Executive", "CC-100", "Seattle"), (20, "Finance", "CC-200", "Seattle"),
             (30, "Engineering", "CC-300", "Portland"), (40, "Sales", "CC-400", "Seattle"),
             (50, "Warehouse", "CC-500", "Tacoma"), (60, "Customer Support", "CC-600", "Portland"),
             (70, "Facilities", "CC-700", "Tacoma")]  # fmt: skip
# first, last, dept, title, manager index (1-based in this list), hired, left, pay type, salary or rate, state
_PR_STAFF = [
    ("Grace", "Whitaker", 10, "Chief Executive Officer", None, "2016-03-01", None, "SAL", 238000, "WA"),
    ("Maya", "Nakamura", 20, "Controller", 1, "2018-06-11", None, "SAL", 148000, "WA"),
    ("Samir", "Haddad", 20, "Payroll Specialist", 2, "2021-09-07", None, "SAL", 71500, "WA"),
    ("Isla", "Brennan", 20, "Staff Accountant", 2, "2023-01-17", "2025-02-28", "SAL", 68000, "WA"),
    ("Tessa", "Quinn", 20, "Staff Accountant", 2, "2025-03-24", None, "SAL", 72000, "WA"),
    ("Dmitri", "Petrov", 30, "VP Engineering", 1, "2017-10-02", None, "SAL", 205000, "OR"),
    ("Elena", "Romero", 30, "Senior Engineer", 6, "2019-04-15", None, "SAL", 176000, "OR"),
    ("Jonah", "Iwata", 30, "Engineer", 6, "2022-02-07", None, "SAL", 132000, "OR"),
    ("Keiko", "Schultz", 30, "Engineer", 7, "2023-08-21", None, "SAL", 128500, "WA"),
    ("Nikhil", "Varga", 30, "Junior Engineer", 7, "2024-09-16", None, "SAL", 98000, "OR"),
    ("Farid", "Okafor", 40, "Sales Director", 1, "2019-01-14", None, "SAL", 162000, "WA"),
    ("Olivia", "Hartley", 40, "Account Executive", 11, "2020-05-04", None, "SAL", 91000, "WA"),
    ("Pablo", "Castillo", 40, "Account Executive", 11, "2022-11-28", "2024-11-15", "SAL", 88000, "CA"),
    ("Rosa", "Lindqvist", 40, "Account Executive", 11, "2024-12-02", None, "SAL", 93500, "CA"),
    ("Umar", "Dawson", 50, "Warehouse Manager", 1, "2018-08-20", None, "SAL", 96000, "WA"),
    ("Vera", "Fischer", 50, "Forklift Operator", 15, "2020-03-09", None, "HRLY", 27.5, "WA"),
    ("Wes", "Gallagher", 50, "Forklift Operator", 15, "2021-07-12", None, "HRLY", 26.75, "WA"),
    ("Yara", "Jensen", 50, "Picker/Packer", 15, "2023-05-01", None, "HRLY", 22.4, "WA"),
    ("Zane", "Kowalski", 50, "Picker/Packer", 15, "2024-02-19", "2025-04-11", "HRLY", 21.9, "WA"),
    ("Alice", "Moreau", 50, "Picker/Packer", 15, "2025-01-06", None, "HRLY", 22.1, "WA"),
    ("Bruno", "Eriksen", 50, "Shipping Clerk", 15, "2022-10-03", None, "HRLY", 24.25, "WA"),
    ("Chloe", "Abbott", 60, "Support Lead", 11, "2019-11-18", None, "SAL", 78000, "OR"),
    ("Hugo", "Thornton", 60, "Support Agent", 22, "2021-03-22", None, "HRLY", 25.0, "OR"),
    ("Liam", "Yilmaz", 60, "Support Agent", 22, "2023-06-05", None, "HRLY", 24.0, "OR"),
    ("Isla", "Zimmer", 60, "Support Agent", 22, "2024-07-29", None, "HRLY", 23.5, "OR"),
    ("Grace", "Fischer", 70, "Facilities Technician", 15, "2020-09-14", None, "HRLY", 31.0, "WA"),
    ("Keiko", "Abbott", 40, "Sales Coordinator", 11, "2021-01-04", "2024-03-29", "HRLY", 24.0, "WA"),
    ("Farid", "Romero", 30, "Engineer", 6, "2020-06-01", "2024-05-31", "SAL", 124000, "OR"),
    ("Tessa", "Dawson", 50, "Picker/Packer", 15, "2022-04-11", "2024-01-19", "HRLY", 20.5, "WA"),
    ("Dmitri", "Quinn", 60, "Support Agent", 22, "2025-06-02", None, "HRLY", 24.5, "OR"),
]
_PR_PLANS = [
    (1, "Premera PPO", "MEDICAL", "Premera Blue Cross", 96.4, 412.0),
    (2, "Kaiser HMO", "MEDICAL", "Kaiser Permanente", 61.25, 355.5),
    (3, "Delta Dental PPO", "DENTAL", "Delta Dental", 12.8, 21.6),
    (4, "VSP Vision", "VISION", "VSP", 4.15, 3.2),
    (5, "401(k) Plan", "RETIREMENT", "Fidelity", 0.0, 0.0),
    (6, "Commuter Pass", "COMMUTER", None, 45.0, 0.0),
    (7, "Pet Insurance", "OTHER", "Trupanion", 18.99, 0.0),
]


def _fiscal_periods() -> list[tuple]:
    """A 4-4-5 fiscal calendar: each year starts on the Sunday nearest 1 July, 52 weeks in 12 periods."""
    out = []
    starts = {2024: dt.date(2023, 7, 2), 2025: dt.date(2024, 6, 30), 2026: dt.date(2025, 6, 29)}
    pid = 0
    for fy, s in starts.items():
        d = s
        for p in range(1, 13):
            weeks = 5 if p % 3 == 0 else 4
            e = d + dt.timedelta(days=7 * weeks - 1)
            pid += 1
            closed = int(e < dt.date(2025, 5, 25))
            out.append((pid, fy, p, (p - 1) // 3 + 1, f"FY{fy % 100}-P{p:02d}", d.isoformat(), e.isoformat(), closed))
            d = e + dt.timedelta(days=1)
    return out


def build_peakpayroll(path: Path) -> None:
    r = random.Random(12904)
    periods = _fiscal_periods()

    def period_of(d: dt.date) -> int:
        return next(p[0] for p in periods if p[5] <= d.isoformat() <= p[6])

    emps = []
    for i, s in enumerate(_PR_STAFF, 1):
        first, last, dep, title, mgr, hired, left, ptype, pay, st = s
        emps.append((i, f"E{1000 + i * 3:05d}", first, last, dep, title, mgr, hired, left, ptype,
                     float(pay) if ptype == "SAL" else None, float(pay) if ptype == "HRLY" else None, st))  # fmt: skip
    # benefits
    ben = []
    for e in emps:
        hired = dt.date.fromisoformat(e[7])
        left = None if e[8] is None else dt.date.fromisoformat(e[8])
        if e[0] in (18, 25, 30):
            continue  # declined every plan (or not yet enrolled)
        plans = [r.choice([1, 1, 2])] if r.random() < 0.85 else []
        if r.random() < 0.7:
            plans.append(3)
        if r.random() < 0.5:
            plans.append(4)
        if r.random() < 0.75:
            plans.append(5)
        if e[12] == "WA" and e[4] in (10, 20, 40) and r.random() < 0.6:
            plans.append(6)
        if r.random() < 0.12:
            plans.append(7)
        if not plans:
            plans = [5]
        for p in plans:
            sd = max(hired + dt.timedelta(days=30), dt.date(2019, 1, 1))
            sd = dt.date(sd.year, sd.month, 1) + dt.timedelta(days=31)
            sd = dt.date(sd.year, sd.month, 1)
            ed = left
            if p in (1, 2) and r.random() < 0.1 and left is None and sd < dt.date(2024, 12, 1):
                ed = dt.date(2024, 12, 31)  # switched medical plan at open enrolment
                ben.append([0, e[0], p, sd.isoformat(), ed.isoformat()])
                ben.append([0, e[0], 3 - p, "2025-01-01", None])
                continue
            ben.append([0, e[0], p, sd.isoformat(), None if ed is None else ed.isoformat()])
    ben.sort(key=lambda b: (b[3], b[1], b[2]))
    for i, b in enumerate(ben, 1):
        b[0] = i
    # pay runs: every other Friday, for the two weeks ending the Saturday before
    runs, checks = [], []
    pay = dt.date(2024, 7, 12)
    run_dates = []
    while pay <= LAST_DAY:
        run_dates.append(("REG", pay))
        pay += dt.timedelta(days=14)
    run_dates.append(("BONUS", dt.date(2024, 12, 20)))
    run_dates.append(("OFFCYCLE", dt.date(2024, 11, 18)))
    run_dates.append(("OFFCYCLE", dt.date(2025, 3, 3)))
    run_dates.append(("OFFCYCLE", dt.date(2025, 4, 14)))
    run_dates.sort(key=lambda x: (x[1], x[0] != "REG"))
    plan_cost = {p[0]: p[4] for p in _PR_PLANS}
    for kind, pay in run_dates:
        rid = len(runs) + 1
        if kind == "REG":
            pend = pay - dt.timedelta(days=6)
            pstart = pend - dt.timedelta(days=13)
            note = None
        else:
            pstart = pend = None
            note = {"BONUS": "Year-end bonus 2024", "OFFCYCLE": "Final pay"}[kind]
        runs.append((rid, pay.isoformat(), None if pstart is None else pstart.isoformat(),
                     None if pend is None else pend.isoformat(), period_of(pay), kind, note))  # fmt: skip
        for e in emps:
            hired = dt.date.fromisoformat(e[7])
            left = None if e[8] is None else dt.date.fromisoformat(e[8])
            if kind == "REG":
                if hired > pend or (left is not None and left < pstart):
                    continue
                if left is not None and left <= pend:
                    continue  # the last weeks are paid off-cycle
                if e[9] == "SAL":
                    reg, ot = 80.0, 0.0
                    gross = _c(e[10] / 26)
                    if hired > pstart:
                        worked = 10 - ((hired - pstart).days * 5) // 7
                        reg = float(worked * 8)
                        gross = _c(e[10] / 26 * worked / 10)
                else:
                    reg = float(r.choice([80, 80, 80, 76, 72, 64]))
                    if hired > pstart:
                        reg = float(8 * max(1, 10 - ((hired - pstart).days * 5) // 7))
                    ot = float(r.choice([0, 0, 0, 2, 4, 6.5, 8, 12])) if e[4] == 50 else float(r.choice([0, 0, 0, 2]))
                    gross = _c(e[11] * reg + e[11] * 1.5 * ot)
            elif kind == "BONUS":
                if hired > dt.date(2024, 10, 1) or (left is not None and left < pay):
                    continue
                reg, ot = 0.0, 0.0
                base = e[10] if e[9] == "SAL" else e[11] * 2080
                gross = _c(base * (0.08 if e[4] in (10, 40) else 0.04) + r.choice([0, 250, 500]))
            else:
                if left is None or not (pay - dt.timedelta(days=10) <= left <= pay):
                    continue
                reg = float(8 * r.randint(3, 9))
                ot = 0.0
                rate = e[10] / 2080 if e[9] == "SAL" else e[11]
                gross = _c(rate * reg + (e[10] or e[11] * 2080) * 0.03)
            bens = sum(plan_cost[b[2]] for b in ben if b[1] == e[0] and b[3] <= pay.isoformat()
                       and (b[4] is None or b[4] >= pay.isoformat())) if kind == "REG" else 0.0  # fmt: skip
            k401 = _c(gross * 0.05) if any(b[1] == e[0] and b[2] == 5 for b in ben) and kind == "REG" else 0.0
            bens = _c(bens + k401)
            taxable = gross - bens
            fed = _c(taxable * (0.22 if gross > 4000 else 0.12 if gross > 1500 else 0.1))
            state = _c(taxable * {"WA": 0.0, "OR": 0.0875, "CA": 0.065}[e[12]])
            fica = _c(gross * 0.0765)
            net = _c(gross - fed - state - fica - bens)
            dep = "CHECK" if e[0] in (17, 21, 26) or kind == "OFFCYCLE" else "DD"
            checks.append((len(checks) + 1, rid, e[0], reg, ot, gross, fed, state, fica, bens, net, dep))
    write_tables(path, PEAKPAYROLL_DDL, [
        ("FiscalPeriod", periods), ("Department", _PR_DEPTS), ("Employee", emps), ("BenefitPlan", _PR_PLANS),
        ("EmployeeBenefit", [tuple(b) for b in ben]), ("PayRun", runs), ("Paycheck", checks),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# kredietunie
# ---------------------------------------------------------------------------------------------------------------

KREDIETUNIE_DDL = """
CREATE TABLE filialen (
    filiaal_id INTEGER PRIMARY KEY,
    naam TEXT NOT NULL,
    plaats TEXT NOT NULL,
    geopend_op TEXT NOT NULL,
    gesloten_op TEXT
);
CREATE TABLE leden (
    lid_id INTEGER PRIMARY KEY,
    lidnummer TEXT NOT NULL UNIQUE,
    voornaam TEXT NOT NULL,
    tussenvoegsel TEXT,
    achternaam TEXT NOT NULL,
    geboortedatum TEXT NOT NULL,
    woonplaats TEXT NOT NULL,
    filiaal_id INTEGER NOT NULL REFERENCES filialen(filiaal_id),
    lid_sinds TEXT NOT NULL,
    opgezegd_op TEXT,
    is_medewerker TEXT NOT NULL DEFAULT 'N'
);
CREATE TABLE rekeningen (
    rekening_id INTEGER PRIMARY KEY,
    iban TEXT NOT NULL UNIQUE,
    soort TEXT NOT NULL,
    rente_pct NUMERIC NOT NULL DEFAULT 0,
    saldo NUMERIC NOT NULL DEFAULT 0,
    geopend_op TEXT NOT NULL,
    gesloten_op TEXT
);
CREATE TABLE rekeninghouders (
    rekening_id INTEGER NOT NULL REFERENCES rekeningen(rekening_id),
    lid_id INTEGER NOT NULL REFERENCES leden(lid_id),
    rol TEXT NOT NULL,
    PRIMARY KEY (rekening_id, lid_id)
);
CREATE TABLE transacties (
    transactie_id INTEGER PRIMARY KEY,
    rekening_id INTEGER NOT NULL REFERENCES rekeningen(rekening_id),
    boekdatum TEXT NOT NULL,
    bedrag NUMERIC NOT NULL,
    code TEXT NOT NULL,
    omschrijving TEXT,
    tegenrekening TEXT
);
CREATE TABLE leningen (
    lening_id INTEGER PRIMARY KEY,
    lid_id INTEGER NOT NULL REFERENCES leden(lid_id),
    soort TEXT NOT NULL,
    hoofdsom NUMERIC NOT NULL,
    rente_pct NUMERIC NOT NULL,
    looptijd_mnd INTEGER NOT NULL,
    ingangsdatum TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE aflossingen (
    aflossing_id INTEGER PRIMARY KEY,
    lening_id INTEGER NOT NULL REFERENCES leningen(lening_id),
    vervaldatum TEXT NOT NULL,
    bedrag NUMERIC NOT NULL,
    betaald_op TEXT
);
"""

_NL_FIRST = ["Daan", "Sem", "Lucas", "Levi", "Milan", "Bram", "Thijs", "Ruben", "Jesse", "Lars", "Sanne", "Emma",
             "Julia", "Sophie", "Lotte", "Fleur", "Anouk", "Femke", "Iris", "Noor", "Maartje", "Joris", "Wouter",
             "Pieter", "Marieke", "Hanneke", "Gerrit", "Willemijn", "Koen", "Esther"]  # fmt: skip
_NL_LAST = [(None, "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), (None, "Bakker"),
            (None, "Visser"), (None, "Smit"), (None, "Meijer"), ("de", "Boer"), (None, "Mulder"), ("de", "Groot"),
            (None, "Bos"), (None, "Vos"), (None, "Peters"), (None, "Hendriks"), ("van", "Leeuwen"), (None, "Dekker"),
            (None, "Brouwer"), ("de", "Wit"), (None, "Dijkstra"), (None, "Smits"), ("de", "Graaf"),
            ("van der", "Meer"), ("van der", "Linden"), (None, "Kok"), (None, "Jacobs"), ("de", "Haan"),
            (None, "Vermeulen"), ("van den", "Heuvel"), (None, "Schouten")]  # fmt: skip
_NL_BRANCHES = [(1, "Utrecht Centrum", "Utrecht", "1998-04-01", None), (2, "Amersfoort", "Amersfoort", "2003-09-15", None),
                (3, "Zeist", "Zeist", "2006-02-01", None), (4, "Nieuwegein", "Nieuwegein", "2011-05-02", None),
                (5, "Houten", "Houten", "2014-10-06", "2023-12-22"), (6, "Hilversum", "Hilversum", "2019-03-11", None)]  # fmt: skip
_NL_SHOPS = ["Albert Heijn", "Jumbo", "HEMA", "Kruidvat", "Bol.com", "NS Reizen", "Shell Station", "Action", "Gamma",
             "Coolblue", "Etos", "Lidl"]  # fmt: skip


def _iban(r: random.Random, used: set[str], own: bool = True) -> str:
    """An IBAN at the credit union ('KRUN'), or at another Dutch bank for a counterparty."""
    while True:
        check, number = r.randint(10, 99), r.randint(100000000, 999999999)
        bank = "KRUN" if own else ("RABO", "INGB", "ABNA", "SNSB", "TRIO")[number % 5]
        x = f"NL{check}{bank}0{number}"
        if x not in used:
            used.add(x)
            return x


def build_kredietunie(path: Path) -> None:
    r = random.Random(12905)
    towns = {1: ["Utrecht", "Utrecht", "Utrecht", "Maarssen"], 2: ["Amersfoort", "Leusden"], 3: ["Zeist", "Bilthoven"],
             4: ["Nieuwegein", "IJsselstein"], 5: ["Houten"], 6: ["Hilversum", "Bussum"]}  # fmt: skip
    leden = []
    names = set()
    n = 220
    while len(leden) < n:
        vn = r.choice(_NL_FIRST)
        tv, an = r.choice(_NL_LAST)
        if (vn, an) in names:
            continue
        names.add((vn, an))
        fil = r.choices([1, 2, 3, 4, 5, 6], weights=[9, 5, 3, 3, 2, 3])[0]
        sinds = dt.date(1999, 1, 1) + dt.timedelta(days=r.randrange((dt.date(2025, 6, 10) - dt.date(1999, 1, 1)).days))
        if fil == 5 and sinds > dt.date(2023, 12, 1):
            fil = 1
        born = dt.date(1940, 1, 1) + dt.timedelta(days=r.randrange(365 * 66))
        if born > sinds - dt.timedelta(days=365 * 16):
            born = sinds - dt.timedelta(days=365 * 16 + r.randrange(365 * 30))
        woon = r.choice(towns[fil])
        opz = None
        if r.random() < 0.08:
            opz = sinds + dt.timedelta(days=r.randint(200, 6000))
            if opz > LAST_DAY:
                opz = None
        leden.append([0, "", vn, tv, an, born.isoformat(), woon, fil, sinds, None if opz is None else opz.isoformat(),
                      "N"])  # fmt: skip
    leden.sort(key=lambda x: x[8])
    for i, x in enumerate(leden, 1):
        x[0], x[1] = i, f"L-{4000 + i * 13:06d}"
    for i in r.sample(range(n), 9):
        if leden[i][9] is None:
            leden[i][10] = "J"
    used: set[str] = set()
    reks, houders = [], []
    rates = {"BETAAL": 0.0, "SPAAR": 1.75, "DEPOSITO": 2.6, "JEUGD": 2.25}
    for x in leden:
        sinds = x[8]
        if x[0] in (31, 77, 140, 201):
            continue  # member without any account (loan only, or just joined)
        age = (sinds - dt.date.fromisoformat(x[5])).days // 365
        soorten = ["BETAAL"] if r.random() < 0.85 else []
        if r.random() < 0.6:
            soorten.append("SPAAR")
        if r.random() < 0.12:
            soorten.append("DEPOSITO")
        if age < 18 and r.random() < 0.5:
            soorten = ["JEUGD"]
        if not soorten:
            soorten = ["SPAAR"]
        for s in soorten:
            geo = sinds + dt.timedelta(days=r.randint(0, 400))
            if geo > LAST_DAY:
                geo = sinds
            ges = None
            if x[9] is not None:
                ges = dt.date.fromisoformat(x[9])
            elif r.random() < 0.05:
                ges = geo + dt.timedelta(days=r.randint(100, 3000))
                if ges > LAST_DAY:
                    ges = None
            saldo = 0.0 if ges else {"BETAAL": _c(r.uniform(-400, 6500)), "SPAAR": _c(r.lognormvariate(9.0, 1.1)),
                                     "DEPOSITO": float(r.choice([10000, 15000, 25000, 50000, 75000])),
                                     "JEUGD": _c(r.uniform(50, 2500))}[s]  # fmt: skip
            rate = rates[s] if s != "DEPOSITO" else r.choice([2.4, 2.6, 2.9, 3.1])
            if s == "SPAAR" and r.random() < 0.2:
                rate = 2.1  # bonus savings ('Plus Sparen')
            reks.append([0, "", s, rate, saldo, geo.isoformat(), None if ges is None else ges.isoformat(), x[0]])
    reks.sort(key=lambda k: (k[5], k[7]))
    for i, k in enumerate(reks, 1):
        k[0], k[1] = i, _iban(r, used)
        houders.append((i, k[7], "HOOFD"))
    # joint accounts: a partner as co-holder
    cands = [k for k in reks if k[2] in ("BETAAL", "SPAAR") and k[6] is None]
    partners = [x[0] for x in leden if x[9] is None]
    for k in r.sample(cands, 32):
        p = r.choice(partners)
        if p != k[7] and all(h[0] != k[0] or h[1] != p for h in houders):
            houders.append((k[0], p, "MEDE"))
    rows_reks = [tuple(k[:7]) for k in reks]
    # bookings of the last twelve months on open current and savings accounts
    trx = []
    open_betaal = [k for k in reks if k[2] == "BETAAL" and k[6] is None]
    open_spaar = [k for k in reks if k[2] in ("SPAAR", "JEUGD") and k[6] is None]
    t_start = dt.date(2024, 6, 15)
    for _ in range(380):
        k = r.choice(open_betaal)
        d = t_start + dt.timedelta(days=r.randrange((LAST_DAY - t_start).days + 1))
        if d.isoformat() < k[5]:
            continue
        code = r.choices(["PIN", "GEA", "OVB", "INC", "STO", "SAL"], weights=[40, 8, 12, 14, 4, 12])[0]
        tr = None
        if code == "PIN":
            amt, oms = -_c(r.uniform(3, 180)), r.choice(_NL_SHOPS)
        elif code == "GEA":
            amt = -float(r.choice([20, 50, 50, 100, 200, 300]))
            oms = "Geldautomaat " + r.choice(["Utrecht CS", "Amersfoort", "Zeist Centrum", "Hilversum"])
        elif code == "OVB":
            amt, oms = -_c(r.uniform(20, 1500)), r.choice(["Huur", "Terugbetaling", "Cadeau", "Vakantie"])
            tr = _iban(r, used, own=False)
        elif code == "INC":
            amt = -_c(r.uniform(15, 260))
            oms = r.choice(["Eneco energie", "Ziggo", "Zilveren Kruis", "Gemeente belastingen", "Vattenfall"])
            tr = _iban(r, used, own=False)
        elif code == "STO":
            amt, oms = float(r.choice([50, 100, 250, 500, 1000])), "Storting kantoor"
        else:
            amt = _c(r.uniform(1800, 4800))
            oms = "Salaris " + r.choice(["Gemeente Utrecht", "UMC Utrecht", "Rabobank", "Albert Heijn", "ProRail"])
            tr = _iban(r, used, own=False)
        trx.append([0, k[0], d.isoformat(), amt, code, oms, tr])
    for _ in range(80):
        k = r.choice(open_spaar)
        d = t_start + dt.timedelta(days=r.randrange((LAST_DAY - t_start).days + 1))
        if d.isoformat() < k[5]:
            continue
        if r.random() < 0.7:
            trx.append([0, k[0], d.isoformat(), float(r.choice([25, 50, 100, 200, 500, 1000, 2500])), "OVB",
                        "Naar spaarrekening", None])  # fmt: skip
        else:
            trx.append([0, k[0], d.isoformat(), -float(r.choice([100, 250, 500, 1000, 3000])), "OVB",
                        "Van spaarrekening", None])  # fmt: skip
    # yearly interest credited on 31 December
    for k in open_spaar + [x for x in reks if x[2] == "DEPOSITO" and x[6] is None]:
        if k[5] < "2024-06-01" and k[4] > 0:
            trx.append([0, k[0], "2024-12-31", _c(k[4] * k[3] / 100 * 0.95), "RNT", "Rente 2024", None])
    trx.sort(key=lambda t: (t[2], t[1]))
    for i, t in enumerate(trx, 1):
        t[0] = i
    # loans
    loans, afl = [], []
    members = [x for x in leden if x[9] is None]
    for i, x in enumerate([*r.sample(members, 58), leden[30], leden[76]], 1):
        soort = r.choices(["PERSOONLIJK", "AUTO", "HYPOTHEEK", "STUDIE"], weights=[4, 4, 2, 1])[0]
        som = {"PERSOONLIJK": r.choice([2500, 5000, 7500, 10000, 15000]), "AUTO": r.choice([8000, 12000, 18000, 24500]),
               "HYPOTHEEK": r.choice([185000, 240000, 310000, 365000]), "STUDIE": r.choice([3000, 6000])}[soort]  # fmt: skip
        mnd = {"PERSOONLIJK": r.choice([24, 36, 48]), "AUTO": r.choice([48, 60, 72]), "HYPOTHEEK": 360,
               "STUDIE": r.choice([60, 120])}[soort]  # fmt: skip
        rate = {"PERSOONLIJK": 7.9, "AUTO": 6.4, "HYPOTHEEK": 3.85, "STUDIE": 2.95}[soort]
        start = dt.date(2020, 1, 1) + dt.timedelta(days=r.randrange(1900))
        start = dt.date(start.year, start.month, 1)
        if start < x[8]:
            start = dt.date(x[8].year, x[8].month, 1) + dt.timedelta(days=40)
            start = dt.date(start.year, start.month, 1)
        if start > dt.date(2025, 5, 1):
            start = dt.date(2025, 5, 1)
        i_m = rate / 1200
        termijn = _c(som * i_m / (1 - (1 + i_m) ** -mnd))
        loans.append([i, x[0], soort, float(som), rate, mnd, start.isoformat(), "LOPEND"])
        # the last year's instalments (older ones are archived)
        late = r.random() < 0.1
        k = 0
        paid_all = True
        while k < mnd:
            due = dt.date(start.year + (start.month + k) // 12 - (1 if (start.month + k) % 12 == 0 else 0),
                          (start.month + k - 1) % 12 + 1, 1)  # fmt: skip
            k += 1
            if due > LAST_DAY:
                break
            if due < dt.date(2024, 7, 1):
                continue
            paid = due + dt.timedelta(days=r.randint(-3, 4))
            if late and due >= dt.date(2025, 3, 1):
                paid = None
                paid_all = False
            elif paid > LAST_DAY:
                paid = None
            afl.append([0, i, due.isoformat(), termijn, None if paid is None else paid.isoformat()])
        if k >= mnd and paid_all:
            loans[-1][7] = "AFGELOST"
        elif not paid_all:
            loans[-1][7] = "ACHTERSTAND"
    afl.sort(key=lambda a: (a[2], a[1]))
    for i, a in enumerate(afl, 1):
        a[0] = i
    leden_rows = [(*x[:8], x[8].isoformat(), *x[9:]) for x in leden]
    write_tables(path, KREDIETUNIE_DDL, [
        ("filialen", _NL_BRANCHES), ("leden", leden_rows), ("rekeningen", rows_reks), ("rekeninghouders", houders),
        ("transacties", [tuple(t) for t in trx]), ("leningen", [tuple(x) for x in loans]),
        ("aflossingen", [tuple(a) for a in afl]),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# expensetrack
# ---------------------------------------------------------------------------------------------------------------

EXPENSETRACK_DDL = """
CREATE TABLE departments (
    department_id INTEGER PRIMARY KEY,
    department_name TEXT NOT NULL,
    cost_center TEXT NOT NULL
);
CREATE TABLE employees (
    employee_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES departments(department_id),
    manager_id INTEGER REFERENCES employees(employee_id),
    job_title TEXT NOT NULL,
    home_city TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE report_statuses (
    status_code TEXT PRIMARY KEY,
    status_name TEXT NOT NULL,
    is_final INTEGER NOT NULL
);
CREATE TABLE expense_categories (
    category_id INTEGER PRIMARY KEY,
    category_name TEXT NOT NULL,
    gl_account TEXT NOT NULL,
    daily_limit NUMERIC,
    receipt_required_over NUMERIC NOT NULL
);
CREATE TABLE projects (
    project_id INTEGER PRIMARY KEY,
    project_code TEXT NOT NULL UNIQUE,
    project_name TEXT NOT NULL,
    client_name TEXT NOT NULL,
    is_billable INTEGER NOT NULL
);
CREATE TABLE expense_reports (
    report_id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(employee_id),
    title TEXT NOT NULL,
    created_on TEXT NOT NULL,
    submitted_on TEXT,
    status_code TEXT NOT NULL REFERENCES report_statuses(status_code),
    approver_id INTEGER REFERENCES employees(employee_id),
    decided_on TEXT,
    paid_on TEXT,
    reject_reason TEXT
);
CREATE TABLE expense_items (
    item_id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES expense_reports(report_id),
    category_id INTEGER NOT NULL REFERENCES expense_categories(category_id),
    project_id INTEGER REFERENCES projects(project_id),
    expense_date TEXT NOT NULL,
    merchant TEXT,
    amount NUMERIC NOT NULL,
    has_receipt INTEGER NOT NULL,
    note TEXT
);
"""

_EX_STATUSES = [("DRF", "Draft", 0), ("SUB", "Submitted", 0), ("RET", "Returned for changes", 0),
                ("APR", "Approved", 0), ("REJ", "Rejected", 1), ("PD", "Paid", 1)]  # fmt: skip
_EX_CATEGORIES = [(1, "Airfare", "6410", None, 0.0), (2, "Lodging", "6420", None, 0.0), (3, "Meals", "6430", 75.0, 25.0),
                  (4, "Ground Transportation", "6440", None, 25.0), (5, "Mileage", "6450", None, 999999.0),
                  (6, "Client Entertainment", "6460", None, 25.0), (7, "Conference Fees", "6470", None, 0.0),
                  (8, "Office Supplies", "6700", None, 75.0), (9, "Software", "6500", None, 0.0)]  # fmt: skip
_EX_DEPTS = [(1, "Sales", "CC-SLS"), (2, "Professional Services", "CC-PSV"), (3, "Marketing", "CC-MKT"),
             (4, "Engineering", "CC-ENG"), (5, "Finance", "CC-FIN"), (6, "Executive", "CC-EXE")]  # fmt: skip
_EX_CITIES = ["Boston", "Chicago", "Denver", "Atlanta", "San Diego", "Nashville"]
_EX_MERCHANTS = {
    1: ["United Airlines", "Delta Air Lines", "Southwest Airlines", "American Airlines", "JetBlue"],
    2: ["Marriott", "Hilton", "Hyatt Regency", "Hampton Inn", "Airbnb"],
    3: ["Starbucks", "Chipotle", "Panera Bread", "The Capital Grille", "Shake Shack", "Local Diner"],
    4: ["Uber", "Lyft", "Hertz", "Enterprise Rent-A-Car", "Yellow Cab"],
    5: [None],
    6: ["The Capital Grille", "Ruth's Chris Steak House", "Topgolf", "Morton's"],
    7: ["Dreamforce", "AWS re:Invent", "Gartner Symposium", "SaaStr Annual"],
    8: ["Staples", "Amazon", "Office Depot"],
    9: ["Figma", "Zoom", "Notion", "Canva", "JetBrains"],
}
_EX_PROJECTS = [(1, "PRJ-1021", "ERP rollout", "Halvorsen Marine", 1), (2, "PRJ-1034", "Data warehouse", "Pinecrest Foods", 1),
                (3, "PRJ-1040", "CRM migration", "Brightwater Hotels", 1), (4, "PRJ-1052", "Security audit", "Kestrel Aviation", 1),
                (5, "PRJ-1057", "Mobile app", "Redwood Dental Group", 1), (6, "INT-0007", "Sales kickoff 2025", "Internal", 0),
                (7, "INT-0009", "Website redesign", "Internal", 0), (8, "PRJ-1063", "Cloud cost review", "Sable Logistics", 1)]  # fmt: skip


def build_expensetrack(path: Path) -> None:
    r = random.Random(12906)
    names = full_names(r, 42)
    emps = []
    # (dept, title) -- the first of each department is its head, reporting to the CEO (employee 1)
    plan = [(6, "Chief Executive Officer")] + [(d, "Head of " + n) for d, n, _ in _EX_DEPTS[:5]]
    titles = {1: "Account Executive", 2: "Consultant", 3: "Marketing Specialist", 4: "Software Engineer",
              5: "Accountant", 6: "Executive Assistant"}  # fmt: skip
    while len(plan) < 42:
        d = r.choices([1, 2, 3, 4, 5, 6], weights=[10, 12, 4, 6, 3, 1])[0]
        plan.append((d, titles[d]))
    heads = {d: i + 2 for i, (d, _, _) in enumerate(_EX_DEPTS[:5])}
    for i, (nm, (d, title)) in enumerate(zip(names, plan, strict=True), 1):
        first, last = nm.split(" ", 1)
        mgr = None if i == 1 else 1 if i <= 6 else heads.get(d, 1)
        email = f"{first[0].lower()}{last.lower()}"
        if any(x[3].startswith(email + "@") for x in emps):
            email = f"{first.lower()}.{last.lower()}"
        emps.append((i, first, last, f"{email}@northwindadvisory.com", d, mgr, title,
                     r.choice(_EX_CITIES), 0 if i in (13, 29, 37) else 1))  # fmt: skip
    travellers = [e for e in emps if e[4] in (1, 2, 6) or r.random() < 0.4]
    reports, items = [], []
    start = dt.date(2024, 1, 3)
    for _ in range(160):
        e = r.choice(travellers)
        if e[0] in (14, 22, 33):
            continue
        created = start + dt.timedelta(days=r.randrange((LAST_DAY - start).days + 1))
        city = r.choice([c for c in _EX_CITIES if c != e[7]])
        kind = r.choice(["trip", "trip", "trip", "client", "conference", "supplies"])
        title = {"trip": f"Client visit {city}", "client": "Client dinners " + created.strftime("%B"),
                 "conference": "Conference travel", "supplies": "Home office supplies"}[kind]  # fmt: skip
        n_items = {"trip": r.randint(3, 6), "client": r.randint(1, 3), "conference": r.randint(3, 5),
                   "supplies": r.randint(1, 2)}[kind]  # fmt: skip
        cats = {"trip": [1, 2, 3, 3, 4, 5], "client": [6, 6, 3], "conference": [7, 1, 2, 3, 4],
                "supplies": [8, 9]}[kind]  # fmt: skip
        proj = r.choice([1, 2, 3, 4, 5, 8, None, None]) if kind in ("trip", "client") else (
            6 if kind == "conference" and created < dt.date(2025, 2, 1) and r.random() < 0.3 else None)  # fmt: skip
        rid = len(reports) + 1
        age = (LAST_DAY - created).days
        sub = created + dt.timedelta(days=r.randint(0, 6))
        if (age < 12 and r.random() < 0.4) or r.random() < 0.02:
            status, sub = "DRF", None
        elif age < 25 and r.random() < 0.5:
            status = "SUB"
        else:
            status = r.choices(["PD", "REJ", "RET", "APR"], weights=[80, 7, 4, 12 if age < 45 else 0.5])[0]
        if sub is not None and sub > LAST_DAY:
            sub = LAST_DAY
        mgr = e[5] if e[5] is not None else None
        approver = decided = paid = reason = None
        if status in ("PD", "REJ", "RET", "APR"):
            approver = mgr if mgr is not None else 6  # the CEO's own claims go to the head of finance
            if r.random() < 0.06 and e[5] is not None:
                approver = 1  # escalated to the CEO
            decided = sub + dt.timedelta(days=r.randint(1, 9))
            if decided > LAST_DAY:
                decided = LAST_DAY
            if status == "PD":
                paid = decided + dt.timedelta(days=r.randint(2, 12))
                if paid > LAST_DAY:
                    status, paid = "APR", None
            if status == "REJ":
                reason = r.choice(["Missing receipts", "Personal expense", "Duplicate of an earlier report",
                                   "Not pre-approved"])  # fmt: skip
            if status == "RET":
                reason = "Attach the missing receipts" if kind == "supplies" else (
                    "Attach the missing receipts", "Wrong project code", "Split lodging and meals into separate lines")[rid % 3]
        reports.append((rid, e[0], title, created.isoformat(), None if sub is None else sub.isoformat(), status,
                        approver, None if decided is None else decided.isoformat(),
                        None if paid is None else paid.isoformat(), reason))  # fmt: skip
        trip_start = created - dt.timedelta(days=r.randint(1, 20))
        for j in range(n_items):
            c = cats[j % len(cats)] if j < len(cats) else r.choice(cats)
            d = trip_start + dt.timedelta(days=r.randint(0, 4))
            amt = {1: r.uniform(180, 780), 2: r.uniform(140, 420) * r.randint(1, 4), 3: r.uniform(9, 95),
                   4: r.uniform(12, 140), 5: r.randint(20, 380) * 0.67, 6: r.uniform(120, 1400),
                   7: r.choice([695, 995, 1295, 2195]), 8: r.uniform(12, 260), 9: r.choice([12, 15, 96, 144, 249])}[c]  # fmt: skip
            amt = _c(amt)
            merch = r.choice(_EX_MERCHANTS[c])
            rec = 1 if r.random() < 0.9 else 0
            note = f"{round(amt / 0.67)} miles" if c == 5 else None
            items.append((len(items) + 1, rid, c, proj, d.isoformat(), merch, amt, rec, note))
    # report numbers follow the day a report was created
    order = sorted(reports, key=lambda x: (x[3], x[0]))
    renum = {x[0]: i for i, x in enumerate(order, 1)}
    reports = [(renum[x[0]], *x[1:]) for x in order]
    items = sorted(((x[0], renum[x[1]], *x[2:]) for x in items), key=lambda x: (x[1], x[0]))
    items = [(i, *x[1:]) for i, x in enumerate(items, 1)]
    write_tables(path, EXPENSETRACK_DDL, [
        ("departments", _EX_DEPTS), ("employees", emps), ("report_statuses", _EX_STATUSES),
        ("expense_categories", _EX_CATEGORIES), ("projects", _EX_PROJECTS), ("expense_reports", reports),
        ("expense_items", items),
    ])  # fmt: skip


BUILDERS = {
    "glbooks": build_glbooks,
    "payables": build_payables,
    "tradedesk": build_tradedesk,
    "peakpayroll": build_peakpayroll,
    "kredietunie": build_kredietunie,
    "expensetrack": build_expensetrack,
}
