"""Six small finance, insurance and professional-services databases for the eighty-first blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except the contractual expiry dates
(``EXPIRY_DT``) of reinsurance treaties still in force. Money is in pounds unless a column name says
pence.

- ``creditunion`` (type-suffixed snake_case: ``_txt`` text, ``_dt`` date, ``_amt`` money in pounds, ``_flg`` 0/1
  flag, ``_qty`` integer count, ``_cd`` short code, ``_pct`` percentage): a savings and loans co-operative.
  ``employer`` (the employers whose staff may join, ``partner_since_dt``), ``member`` (``employer_id`` NULL for
  members who joined on their own, ``email_txt`` optional, ``is_active_flg`` 1 = active member), ``account``
  (``account_type_cd`` 'SAV' savings / 'CUR' current / 'ISA' cash ISA / 'JUN' junior saver, ``is_closed_flg`` with
  ``closed_dt`` NULL while open, ``balance_amt``), ``loan`` (``principal_amt``, ``rate_pct`` yearly interest,
  ``term_months_qty``, ``issued_dt``, ``status_cd`` 'OPEN' / 'REPAID' / 'DEFAULT', ``repaid_dt``),
  ``loan_payment`` (``paid_amt``, ``is_late_flg``) and ``txn`` (account transactions, ``txn_amt`` positive for money
  paid in and negative for withdrawals, ``channel_cd`` 'ATM' / 'BRANCH' / 'ONLINE').
- ``reinsurance`` (SCREAMING_SNAKE tables and abbreviated columns; self-referencing ``REINSURER.PARENT_RI_ID``, NULL
  for a group's top company): a reinsurance broker's treaty book. ``CEDANT`` (the insurance companies that buy
  cover, ``RATING_CD`` financial strength rating), ``REINSURER`` (``RI_NM``, ``CNTRY_CD`` ISO country),
  ``TREATY`` (``TRTY_REF``, ``LOB_CD`` line of business 'PROP' property / 'MARINE' / 'CAS' casualty / 'AVN'
  aviation, ``TRTY_TYPE_CD`` 'QS' quota share / 'XL' excess of loss, ``INCEPT_DT`` / ``EXPIRY_DT``, ``LIMIT_AMT``,
  ``RETENTION_AMT`` (XL only), ``CESSION_PCT`` (QS only), ``EPI_AMT`` estimated premium income, ``STATUS_CD``
  'ACTIVE' in force / 'EXPIRED' / 'CANCELLED'), the link table ``TRTY_SHARE`` (which reinsurers write which treaty:
  ``SHARE_PCT`` line written, ``SIGNED_PREM_AMT``) and ``CLM_NOTICE`` (claims notified under a treaty: ``LOSS_DT``,
  ``NOTIFIED_DT``, ``CAT_EVENT_NM`` named storm or NULL, ``CLM_AMT`` claimed, ``PAID_AMT`` NULL until paid,
  ``CLOSED_DT`` NULL while open).
- ``auditfirm`` (snake_case with soft deletes: every table has ``created_at`` / ``updated_at`` timestamps and
  ``deleted_at`` NULL while the row is live; self-referencing ``staff.manager_id``): an accountancy practice.
  ``staff`` (``grade`` partner / director / manager / senior / associate, ``hourly_rate`` in pounds, a deleted
  member of staff has left), ``clients`` (``industry``, ``year_end_month`` 1-12), ``engagements`` (``engagement_type``
  'statutory audit' / 'tax review' / 'due diligence' / 'internal audit', ``fiscal_year``, ``fee_quote``,
  ``started_on``, ``signed_off_on`` NULL while the job is still open, ``lead_partner_id``), the link table
  ``engagement_staff`` (team members and their ``role`` 'lead' / 'reviewer' / 'fieldwork'), ``time_entries``
  (``hours``, ``billable`` 0/1) and ``findings`` (``severity`` low / medium / high, ``resolved_on`` NULL while open).
- ``stockbroker`` (plain names, money in pounds as REAL next to integer quantities): an execution-and-advice
  stockbroker. ``advisers`` (``desk``), ``clients`` (``risk_profile`` cautious / balanced / adventurous,
  ``opened_on``, ``closed_on`` NULL while the account is open), ``securities`` (``ticker``, ``sector``, ``exchange``
  'LSE' / 'AIM' / 'NYSE'), ``trades`` (``side`` 'BUY' / 'SELL', ``quantity`` shares, ``price_gbp`` per share,
  ``commission_gbp``), ``dividends`` (``amount_per_share_gbp``, ``ex_date``, ``pay_date``) and the link table
  ``watchlist`` (securities a client follows, ``added_on``).
- ``lossadjust`` (history tables with ``valid_from`` / ``valid_to``, ``valid_to`` NULL on the current row; money in
  integer pence): a loss adjusting firm working for insurers. ``adjusters`` (``region``), ``adjuster_grade_history``
  (grade Trainee / Adjuster / Senior / Principal and ``day_rate_pence`` over time), ``insurers``, ``instructions``
  (a claim the firm was instructed on: ``peril``, ``instructed_on``, ``site_visit_on`` NULL until visited,
  ``reserve_pence``, ``settled_pence`` NULL until settled, ``closed_on`` NULL while open),
  ``instruction_status_history`` (status new / visited / reported / settled / declined over time) and ``invoices``
  (``fee_pence``, ``paid_on`` NULL while unpaid).
- ``mortgagebroker`` (mixed singular and plural table names, keys named ``<table>_no`` or ``<table>_ref``): a
  mortgage brokerage. ``broker`` (``broker_no``, ``office``), ``lenders`` (``lender_ref`` short text code,
  ``is_building_society`` 0/1), ``product`` (``product_no``, ``rate_type`` fixed / tracker / variable,
  ``initial_rate`` percent, ``fixed_years``, ``arrangement_fee``, ``withdrawn_on`` NULL while still offered),
  ``applicants`` (``applicant_no``, ``annual_income``, ``employment``, ``first_time_buyer`` 0/1),
  ``mortgage_case`` (``case_ref`` text like 'MC-24-0012', ``property_value``, ``loan_amount``, ``term_years``,
  ``submitted_on``, ``offer_on``, ``completed_on``, ``status`` submitted / offered / completed / declined /
  withdrawn), the link table ``case_applicants`` (one or two applicants per case, ``is_main`` 1 for the main one) and
  ``commissions`` (``commission_no``, procuration fee ``proc_fee`` paid by the lender, ``clawback`` 1 when it was
  taken back).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

TODAY = dt.date(2025, 6, 15)
LAST = dt.date(2025, 6, 14)
START = dt.date(2023, 1, 1)

CITIES = [
    "Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Sheffield", "Nottingham", "Leicester", "York",
    "Norwich", "Exeter", "Brighton", "Newcastle", "Liverpool", "Edinburgh", "Belfast", "Reading", "Oxford",
]  # fmt: skip


def _d(x: dt.date | None) -> str | None:
    return None if x is None else x.isoformat()


def _ts(r: random.Random, x: dt.date) -> str:
    return f"{x.isoformat()} {r.randrange(8, 19):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"


# --------------------------------------------------------------------------------------------------- creditunion

CU_DDL = """
CREATE TABLE employer (
  employer_id INTEGER PRIMARY KEY,
  employer_name_txt TEXT NOT NULL,
  sector_txt TEXT NOT NULL,
  city_txt TEXT NOT NULL,
  partner_since_dt TEXT NOT NULL
);
CREATE TABLE member (
  member_id INTEGER PRIMARY KEY,
  full_name_txt TEXT NOT NULL,
  employer_id INTEGER REFERENCES employer(employer_id),
  email_txt TEXT,
  birth_dt TEXT NOT NULL,
  joined_dt TEXT NOT NULL,
  is_active_flg INTEGER NOT NULL
);
CREATE TABLE account (
  account_id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member(member_id),
  account_type_cd TEXT NOT NULL,
  opened_dt TEXT NOT NULL,
  is_closed_flg INTEGER NOT NULL,
  closed_dt TEXT,
  balance_amt REAL NOT NULL
);
CREATE TABLE loan (
  loan_id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member(member_id),
  purpose_txt TEXT NOT NULL,
  principal_amt REAL NOT NULL,
  rate_pct REAL NOT NULL,
  term_months_qty INTEGER NOT NULL,
  issued_dt TEXT NOT NULL,
  status_cd TEXT NOT NULL,
  repaid_dt TEXT
);
CREATE TABLE loan_payment (
  payment_id INTEGER PRIMARY KEY,
  loan_id INTEGER NOT NULL REFERENCES loan(loan_id),
  paid_dt TEXT NOT NULL,
  paid_amt REAL NOT NULL,
  is_late_flg INTEGER NOT NULL
);
CREATE TABLE txn (
  txn_id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account(account_id),
  txn_dt TEXT NOT NULL,
  txn_amt REAL NOT NULL,
  channel_cd TEXT NOT NULL
);
"""

EMPLOYERS = [
    ("Leeds Teaching Hospitals", "Health"), ("Yorkshire Water", "Utilities"), ("Northern Rail", "Transport"),
    ("Kirklees Council", "Public sector"), ("Harrogate Borough Police", "Public sector"), ("Asda Stores", "Retail"),
    ("Arla Foods", "Manufacturing"), ("University of York", "Education"), ("Bradford College", "Education"),
    ("Wakefield Fire Service", "Public sector"), ("Greggs Bakery", "Retail"), ("Siemens Mobility", "Manufacturing"),
    ("First Bus", "Transport"), ("Calderdale Council", "Public sector"), ("Sheffield Forgemasters", "Manufacturing"),
    ("Royal Mail Leeds", "Transport"), ("Morrisons Head Office", "Retail"), ("Airedale NHS Trust", "Health"),
    ("Doncaster Schools Trust", "Education"), ("Northern Powergrid", "Utilities"), ("Jet2 Operations", "Transport"),
    ("Halifax Building Works", "Construction"), ("Keepmoat Homes", "Construction"), ("Hull City Council", "Public sector"),
    ("Rotherham Hospital", "Health"), ("Sky Leeds", "Media"), ("Channel 4 Leeds", "Media"),
    ("Drax Power", "Utilities"), ("Haribo UK", "Manufacturing"), ("Leeds Beckett University", "Education"),
]  # fmt: skip
CU_CITIES = ["Leeds", "York", "Bradford", "Sheffield", "Wakefield", "Hull", "Harrogate", "Halifax", "Doncaster"]


def build_creditunion(path: Path) -> None:
    r = random.Random(81001)
    c = fresh_db(path, CU_DDL)
    insert(c, "employer", [
        (i, n, s, r.choice(CU_CITIES), _d(day_between(r, dt.date(2012, 1, 1), dt.date(2024, 6, 30))))
        for i, (n, s) in enumerate(EMPLOYERS, 1)
    ])  # fmt: skip
    names = full_names(r, 200)
    members = []
    for i, n in enumerate(names, 1):
        emp = None if r.random() < 0.15 else r.randrange(1, 31)
        email = (
            None
            if r.random() < 0.2
            else n.lower().replace(" ", ".") + r.choice(["@gmail.com", "@outlook.com", "@yahoo.co.uk"])
        )
        born = day_between(r, dt.date(1958, 1, 1), dt.date(2004, 12, 31))
        joined = day_between(r, START, dt.date(2025, 5, 31))
        active = 0 if r.random() < 0.1 else 1
        members.append((i, n, emp, email, _d(born), _d(joined), active))
    insert(c, "member", members)
    accounts = []
    for i in range(1, 301):
        m = members[(i - 1) % 200] if i <= 200 else r.choice(members)
        joined = dt.date.fromisoformat(m[5])
        typ = r.choices(["SAV", "CUR", "ISA", "JUN"], [5, 3, 2, 1])[0]
        opened = day_between(r, joined, min(joined + dt.timedelta(days=200), LAST))
        closed = None
        if r.random() < 0.15 and opened < dt.date(2025, 5, 1):
            closed = day_between(r, opened + dt.timedelta(days=20), LAST)
        bal = 0.0 if closed else round(r.uniform(5, 12000) if typ != "CUR" else r.uniform(-300, 3500), 2)
        accounts.append((i, m[0], typ, _d(opened), 1 if closed else 0, _d(closed), bal))
    insert(c, "account", accounts)
    loans = []
    purposes = ["car", "home improvement", "debt consolidation", "holiday", "wedding", "education"]
    for i in range(1, 121):
        m = r.choice(members)
        joined = dt.date.fromisoformat(m[5])
        if joined > dt.date(2025, 3, 1):
            m = members[i]
            joined = dt.date.fromisoformat(m[5])
        issued = day_between(r, joined, min(joined + dt.timedelta(days=400), dt.date(2025, 5, 31)))
        term = r.choice([12, 24, 36, 48, 60])
        principal = float(r.choice(range(500, 15001, 250)))
        rate = r.choice([4.9, 6.9, 7.9, 9.9, 12.7, 14.9])
        status = "OPEN"
        repaid = None
        x = r.random()
        if x < 0.08:
            status = "DEFAULT"
        elif x < 0.33 and issued < dt.date(2024, 9, 1):
            status = "REPAID"
            repaid = day_between(r, issued + dt.timedelta(days=120), LAST)
        loans.append((i, m[0], r.choice(purposes), principal, rate, term, _d(issued), status, _d(repaid)))
    insert(c, "loan", loans)
    pays = []
    pid = 1
    while pid <= 400:
        ln = r.choice(loans)
        issued = dt.date.fromisoformat(ln[6])
        end = dt.date.fromisoformat(ln[8]) if ln[8] else LAST
        if issued + dt.timedelta(days=25) > end:
            continue
        paid = day_between(r, issued + dt.timedelta(days=25), end)
        amt = round(ln[3] / ln[5] * r.choice([1, 1, 1, 1.5, 2]), 2)
        pays.append((pid, ln[0], _d(paid), amt, 1 if r.random() < 0.12 else 0))
        pid += 1
    insert(c, "loan_payment", pays)
    txns = []
    for i in range(1, 401):
        a = r.choice(accounts)
        opened = dt.date.fromisoformat(a[3])
        end = dt.date.fromisoformat(a[5]) if a[5] else LAST
        when = day_between(r, opened, end)
        ch = r.choices(["ATM", "BRANCH", "ONLINE"], [3, 2, 5])[0]
        amt = round(r.uniform(10, 900), 2) if r.random() < 0.55 else -round(r.uniform(10, 500), 2)
        if ch == "ATM":
            amt = -float(r.choice([10, 20, 30, 50, 100, 200]))
        txns.append((i, a[0], _d(when), amt, ch))
    insert(c, "txn", txns)
    done(c)


# --------------------------------------------------------------------------------------------------- reinsurance

RI_DDL = """
CREATE TABLE CEDANT (
  CEDANT_ID INTEGER PRIMARY KEY,
  CEDANT_NM TEXT NOT NULL,
  CNTRY_CD TEXT NOT NULL,
  RATING_CD TEXT
);
CREATE TABLE REINSURER (
  RI_ID INTEGER PRIMARY KEY,
  RI_NM TEXT NOT NULL,
  CNTRY_CD TEXT NOT NULL,
  PARENT_RI_ID INTEGER REFERENCES REINSURER(RI_ID)
);
CREATE TABLE TREATY (
  TRTY_ID INTEGER PRIMARY KEY,
  TRTY_REF TEXT NOT NULL UNIQUE,
  CEDANT_ID INTEGER NOT NULL REFERENCES CEDANT(CEDANT_ID),
  LOB_CD TEXT NOT NULL,
  TRTY_TYPE_CD TEXT NOT NULL,
  INCEPT_DT TEXT NOT NULL,
  EXPIRY_DT TEXT NOT NULL,
  LIMIT_AMT REAL NOT NULL,
  RETENTION_AMT REAL,
  CESSION_PCT REAL,
  EPI_AMT REAL NOT NULL,
  STATUS_CD TEXT NOT NULL
);
CREATE TABLE TRTY_SHARE (
  TRTY_ID INTEGER NOT NULL REFERENCES TREATY(TRTY_ID),
  RI_ID INTEGER NOT NULL REFERENCES REINSURER(RI_ID),
  SHARE_PCT REAL NOT NULL,
  SIGNED_PREM_AMT REAL NOT NULL,
  PRIMARY KEY (TRTY_ID, RI_ID)
);
CREATE TABLE CLM_NOTICE (
  CLM_ID INTEGER PRIMARY KEY,
  CLM_REF TEXT NOT NULL,
  TRTY_ID INTEGER NOT NULL REFERENCES TREATY(TRTY_ID),
  LOSS_DT TEXT NOT NULL,
  NOTIFIED_DT TEXT NOT NULL,
  CAT_EVENT_NM TEXT,
  CLM_AMT REAL NOT NULL,
  PAID_AMT REAL,
  CLOSED_DT TEXT
);
"""

CEDANTS = [
    ("Albion Mutual", "GB"), ("Northgate Insurance", "GB"), ("Thames General", "GB"), ("Caledonian Assurance", "GB"),
    ("Pennine Insurance", "GB"), ("Severn Mutual", "GB"), ("Harbourside General", "GB"), ("Kestrel Insurance", "GB"),
    ("Lindenhof Versicherung", "DE"), ("Rheinland Allgemeine", "DE"), ("Bavaria Leben", "DE"),
    ("Mutuelle du Littoral", "FR"), ("Assurances Garonne", "FR"), ("Loire Protection", "FR"),
    ("Assicurazioni Adriatica", "IT"), ("Tirreno Assicura", "IT"), ("Seguros Meseta", "ES"), ("Cantabria Seguros", "ES"),
    ("Noordzee Verzekeringen", "NL"), ("Polder Schade", "NL"), ("Fjord Forsikring", "NO"), ("Skagen Forsikring", "DK"),
    ("Baltic Insurance Group", "PL"), ("Vistula Ubezpieczenia", "PL"), ("Alpenschutz Versicherung", "AT"),
    ("Helvetic Mutual", "CH"), ("Emerald Isle Insurance", "IE"), ("Liffey General", "IE"),
    ("Tagus Seguros", "PT"), ("Aegean Insurance", "GR"),
]  # fmt: skip
REINSURERS = [
    ("Atlas Re", "DE", None), ("Meridian Re", "CH", None), ("Sovereign Re", "GB", None), ("Lumen Re", "FR", None),
    ("Borealis Re", "NO", None), ("Keystone Re", "US", None), ("Pacifica Re", "JP", None), ("Corsair Re", "BM", None),
    ("Atlas Re UK", "GB", 1), ("Atlas Re Ireland", "IE", 1), ("Atlas Re Asia", "SG", 1),
    ("Meridian Re Europe", "LU", 2), ("Meridian Re London", "GB", 2), ("Sovereign Syndicate 2201", "GB", 3),
    ("Sovereign Syndicate 4410", "GB", 3), ("Sovereign Re Bermuda", "BM", 3), ("Lumen Re Paris", "FR", 4),
    ("Borealis Re London", "GB", 5), ("Keystone Re Europe", "IE", 6), ("Keystone Re Bermuda", "BM", 6),
    ("Keystone Re London", "GB", 6), ("Pacifica Re UK", "GB", 7), ("Corsair Capital Re", "BM", 8),
    ("Hanseatic Re", "DE", None), ("Iberia Re", "ES", None), ("Nordic Capacity Re", "SE", None),
    ("Dolomiti Re", "IT", None), ("Ardent Re", "BM", None), ("Hanseatic Re Zurich", "CH", 24),
    ("Granite Syndicate 1880", "GB", None),
]  # fmt: skip
STORMS = [
    ("Storm Babet", dt.date(2023, 10, 19)), ("Storm Ciaran", dt.date(2023, 11, 2)), ("Storm Henk", dt.date(2024, 1, 2)),
    ("Storm Isha", dt.date(2024, 1, 21)), ("Storm Bert", dt.date(2024, 11, 23)), ("Storm Darragh", dt.date(2024, 12, 7)),
    ("Storm Eowyn", dt.date(2025, 1, 24)),
]  # fmt: skip


def build_reinsurance(path: Path) -> None:
    r = random.Random(81002)
    c = fresh_db(path, RI_DDL)
    ratings = ["AA-", "A+", "A", "A-", "BBB+", "BBB"]
    insert(
        c,
        "CEDANT",
        [(i, n, cc, None if r.random() < 0.1 else r.choice(ratings)) for i, (n, cc) in enumerate(CEDANTS, 1)],
    )
    insert(c, "REINSURER", [(i, n, cc, p) for i, (n, cc, p) in enumerate(REINSURERS, 1)])
    treaties = []
    counters: dict[int, int] = {}
    for i in range(1, 81):
        month = r.randrange(0, 29)
        incept = dt.date(2023 + month // 12, month % 12 + 1, 1)
        expiry = dt.date(incept.year + 1, incept.month, 1) - dt.timedelta(days=1)
        lob = r.choices(["PROP", "MARINE", "CAS", "AVN"], [5, 2, 3, 1])[0]
        typ = r.choice(["QS", "XL"])
        limit = float(r.choice(range(5, 151, 5))) * 1_000_000
        retention = float(r.choice([0.5, 1, 2, 2.5, 5, 10])) * 1_000_000 if typ == "XL" else None
        cession = float(r.choice([20, 25, 30, 40, 50])) if typ == "QS" else None
        epi = round(limit * r.uniform(0.01, 0.06), -3)
        if r.random() < 0.07:
            status = "CANCELLED"
        elif expiry < TODAY:
            status = "EXPIRED"
        else:
            status = "ACTIVE"
        counters[incept.year] = counters.get(incept.year, 0) + 1
        ref = f"TR-{incept.year}-{counters[incept.year]:03d}"
        treaties.append(
            [i, ref, r.randrange(1, 31), lob, typ, _d(incept), _d(expiry), limit, retention, cession, epi, status]
        )
    treaties.sort(key=lambda t: (t[5], t[0]))
    counters = {}
    for k, t in enumerate(treaties, 1):
        y = int(t[5][:4])
        counters[y] = counters.get(y, 0) + 1
        t[0] = k
        t[1] = f"TR-{y}-{counters[y]:03d}"
    insert(c, "TREATY", [tuple(t) for t in treaties])
    shares = []
    for t in treaties:
        n = r.randrange(2, 6)
        ris = r.sample(range(1, 31), n)
        left = 100.0
        for j, ri in enumerate(ris):
            pct = left if j == n - 1 else float(r.choice([5, 7.5, 10, 12.5, 15, 20, 25]))
            pct = min(pct, left - 5 * (n - 1 - j))
            left -= pct
            shares.append((t[0], ri, pct, round(t[10] * pct / 100, 2)))
    insert(c, "TRTY_SHARE", shares)
    claims = []
    cid = 1
    while cid <= 150:
        t = r.choice(treaties)
        if t[11] == "CANCELLED":
            continue
        incept = dt.date.fromisoformat(t[5])
        end = min(dt.date.fromisoformat(t[6]), dt.date(2025, 6, 1))
        if incept >= end:
            continue
        cat = None
        loss = day_between(r, incept, end)
        if t[3] == "PROP" and r.random() < 0.45:
            hits = [s for s in STORMS if incept <= s[1] <= end]
            if hits:
                cat, loss = r.choice(hits)
        notified = min(loss + dt.timedelta(days=r.randrange(3, 90)), LAST)
        amt = round(r.uniform(0.05, 0.6) * (t[7] if t[4] == "XL" else t[7] * 0.3), -2)
        paid = closed = None
        if notified < dt.date(2025, 3, 1) and r.random() < 0.55:
            closed = day_between(r, notified + dt.timedelta(days=20), LAST)
            paid = round(amt * r.uniform(0.6, 1.0), -2) if r.random() < 0.85 else 0.0
        elif r.random() < 0.25:
            paid = round(amt * r.uniform(0.1, 0.5), -2)
        claims.append((cid, f"CLM{cid:05d}", t[0], _d(loss), _d(notified), cat, amt, paid, _d(closed)))
        cid += 1
    insert(c, "CLM_NOTICE", claims)
    done(c)


# --------------------------------------------------------------------------------------------------- auditfirm

AF_DDL = """
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  grade TEXT NOT NULL,
  manager_id INTEGER REFERENCES staff(id),
  hourly_rate REAL NOT NULL,
  office_city TEXT NOT NULL,
  hired_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  industry TEXT NOT NULL,
  city TEXT NOT NULL,
  year_end_month INTEGER NOT NULL,
  is_listed INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE TABLE engagements (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id),
  engagement_type TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  fee_quote REAL NOT NULL,
  started_on TEXT NOT NULL,
  signed_off_on TEXT,
  lead_partner_id INTEGER NOT NULL REFERENCES staff(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE TABLE engagement_staff (
  engagement_id INTEGER NOT NULL REFERENCES engagements(id),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  PRIMARY KEY (engagement_id, staff_id)
);
CREATE TABLE time_entries (
  id INTEGER PRIMARY KEY,
  engagement_id INTEGER NOT NULL REFERENCES engagements(id),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  work_date TEXT NOT NULL,
  hours REAL NOT NULL,
  billable INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  engagement_id INTEGER NOT NULL REFERENCES engagements(id),
  severity TEXT NOT NULL,
  title TEXT NOT NULL,
  raised_on TEXT NOT NULL,
  resolved_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
"""

CLIENT_NAMES = [
    "Brightwater Logistics Ltd", "Hollins & Pike Engineering", "Meadowbank Foods plc", "Quayside Marine Ltd",
    "Redfern Pharmaceuticals plc", "Oakleaf Care Homes Ltd", "Stonegate Developments Ltd", "Tallis Software Ltd",
    "Wexford Timber Ltd", "Greystone Academies Trust", "Kingfisher Leisure plc", "Northbank Motors Ltd",
    "Ashdown Brewery Ltd", "Castlegate Retail plc", "Elmstead Farms Ltd", "Fenwick Print Ltd",
    "Harrow Dental Group Ltd", "Ironbridge Steel plc", "Juniper Hotels Ltd", "Lakeside Housing Association",
    "Marlow Textiles Ltd", "Newhaven Ferries Ltd", "Orchard Pharmacy Group", "Pendle Plastics Ltd",
    "Riverside Medical Ltd", "Saxon Security Ltd", "Thornbury Construction Ltd", "Upland Water Services",
    "Vantage Telecom plc", "Westfield Packaging Ltd", "Yardley Bakeries Ltd", "Zenith Aerospace plc",
    "Bramble Nurseries Ltd", "Copperfield Legal Services", "Dunmore Distillers Ltd", "Evergreen Energy plc",
    "Foxglove Interiors Ltd", "Galloway Fisheries Ltd", "Heathcote Schools Trust", "Ivybridge Garages Ltd",
    "Kestrel Recruitment Ltd", "Longacre Veterinary Ltd", "Millbrook Estates Ltd", "Nettleton Foods Ltd",
    "Oldfield Charity Trust", "Portway Freight Ltd", "Queensway Dental Ltd", "Rowan Biotech plc",
    "Sandpiper Travel Ltd", "Tamar Valley Dairies Ltd",
]  # fmt: skip
INDUSTRIES = ["Manufacturing", "Retail", "Healthcare", "Technology", "Construction", "Charity", "Hospitality",
              "Transport", "Education", "Energy"]  # fmt: skip
FINDING_TITLES = [
    "Segregation of duties in payments", "Unreconciled bank account", "Revenue cut-off error",
    "Missing board approval for capex", "Inventory count differences", "Weak password policy",
    "Late VAT return", "Payroll leaver not removed", "Fixed asset register out of date",
    "Related party not disclosed", "Accruals understated", "Journal entries without review",
]  # fmt: skip


def build_auditfirm(path: Path) -> None:
    r = random.Random(81003)
    c = fresh_db(path, AF_DDL)
    names = full_names(r, 60)
    plan = [("partner", 6), ("director", 8), ("manager", 14), ("senior", 16), ("associate", 16)]
    rates = {"partner": (420, 520), "director": (320, 400), "manager": (210, 280), "senior": (140, 190),
             "associate": (85, 120)}  # fmt: skip
    staff = []
    by_grade: dict[str, list[int]] = {}
    sid = 0
    offices = ["London", "Manchester", "Birmingham", "Leeds"]
    for grade, n in plan:
        for _ in range(n):
            sid += 1
            if grade == "partner":
                mgr = None if sid == 1 else 1
            elif grade == "director":
                mgr = r.choice(by_grade["partner"])
            elif grade == "manager":
                mgr = r.choice(by_grade["director"])
            elif grade == "senior":
                mgr = r.choice(by_grade["manager"])
            else:
                mgr = r.choice(by_grade["senior"] + by_grade["manager"])
            hired = day_between(
                r,
                dt.date(2008, 1, 1) if grade in ("partner", "director") else dt.date(2019, 1, 1),
                dt.date(2024, 12, 31) if grade != "partner" else dt.date(2018, 1, 1),
            )
            created = _ts(r, max(hired, dt.date(2022, 12, 1)))
            deleted = None
            if grade not in ("partner",) and r.random() < 0.12:
                deleted = _ts(r, day_between(r, dt.date(2024, 3, 1), LAST))
            updated = deleted or _ts(r, day_between(r, dt.date(2024, 1, 1), LAST))
            lo, hi = rates[grade]
            staff.append(
                (
                    sid,
                    names[sid - 1],
                    grade,
                    mgr,
                    float(r.randrange(lo, hi + 1, 5)),
                    r.choice(offices),
                    _d(hired),
                    created,
                    updated,
                    deleted,
                )
            )
            by_grade.setdefault(grade, []).append(sid)
    insert(c, "staff", staff)
    clients = []
    for i, n in enumerate(CLIENT_NAMES, 1):
        created_d = day_between(r, START, dt.date(2024, 6, 30))
        deleted = _ts(r, day_between(r, dt.date(2024, 7, 1), LAST)) if r.random() < 0.1 else None
        clients.append(
            (
                i,
                n,
                r.choice(INDUSTRIES),
                r.choice(CITIES),
                r.choice([3, 3, 12, 12, 12, 6, 9, 4]),
                1 if n.endswith("plc") else 0,
                _ts(r, created_d),
                deleted or _ts(r, day_between(r, created_d, LAST)),
                deleted,
            )
        )
    insert(c, "clients", clients)
    types = ["statutory audit", "tax review", "due diligence", "internal audit"]
    leads = by_grade["partner"] + by_grade["director"]
    engs = []
    for i in range(1, 121):
        cl = r.choice(clients)
        typ = r.choices(types, [5, 3, 1, 2])[0]
        fy = r.choice([2023, 2024, 2024, 2025])
        start = day_between(r, dt.date(fy, 1, 10), min(dt.date(fy, 12, 20), dt.date(2025, 5, 20)))
        signed = None
        if start < dt.date(2025, 3, 1) and r.random() < 0.75:
            signed = min(start + dt.timedelta(days=r.randrange(30, 150)), LAST)
        fee = float(r.randrange(8, 160) * 500) if typ != "due diligence" else float(r.randrange(40, 200) * 500)
        deleted = _ts(r, day_between(r, start, LAST)) if r.random() < 0.05 else None
        engs.append(
            (
                i,
                cl[0],
                typ,
                fy,
                fee,
                _d(start),
                _d(signed),
                r.choice(leads),
                _ts(r, start),
                deleted or _ts(r, signed or start),
                deleted,
            )
        )
    insert(c, "engagements", engs)
    team_rows = []
    teams: dict[int, list[int]] = {}
    juniors = by_grade["manager"] + by_grade["senior"] + by_grade["associate"]
    for e in engs:
        team = [e[7]]
        rows = [(e[0], e[7], "lead")]
        k = 2 if e[0] <= 60 else 1
        for s in r.sample(juniors, k):
            team.append(s)
            rows.append((e[0], s, "fieldwork"))
        if r.random() < 0.5:
            rev = r.choice([x for x in by_grade["manager"] + by_grade["director"] if x not in team])
            team.append(rev)
            rows.append((e[0], rev, "reviewer"))
        teams[e[0]] = team
        for er, st, role in rows:
            team_rows.append((er, st, role, e[8], e[8], None))
    insert(c, "engagement_staff", team_rows)
    entries = []
    for i in range(1, 401):
        e = r.choice(engs)
        s = r.choice(teams[e[0]][1:] or teams[e[0]])
        start = dt.date.fromisoformat(e[5])
        end = dt.date.fromisoformat(e[6]) if e[6] else LAST
        wd = day_between(r, start, end)
        deleted = _ts(r, wd) if r.random() < 0.04 else None
        created = _ts(r, wd)
        entries.append(
            (
                i,
                e[0],
                s,
                _d(wd),
                r.choice([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 7.5]),
                0 if r.random() < 0.15 else 1,
                created,
                deleted or created,
                deleted,
            )
        )
    insert(c, "time_entries", entries)
    finds = []
    for i in range(1, 101):
        e = r.choice([x for x in engs if x[2] in ("statutory audit", "internal audit")])
        start = dt.date.fromisoformat(e[5])
        raised = day_between(r, start, min(start + dt.timedelta(days=60), LAST))
        resolved = None
        if raised < dt.date(2025, 4, 1) and r.random() < 0.6:
            resolved = day_between(r, raised, LAST)
        sev = r.choices(["low", "medium", "high"], [5, 3, 2])[0]
        deleted = _ts(r, raised) if r.random() < 0.05 else None
        finds.append(
            (
                i,
                e[0],
                sev,
                r.choice(FINDING_TITLES),
                _d(raised),
                _d(resolved),
                _ts(r, raised),
                deleted or _ts(r, resolved or raised),
                deleted,
            )
        )
    insert(c, "findings", finds)
    done(c)


# --------------------------------------------------------------------------------------------------- stockbroker

SB_DDL = """
CREATE TABLE advisers (
  adviser_id INTEGER PRIMARY KEY,
  adviser_name TEXT NOT NULL,
  desk TEXT NOT NULL,
  started_on TEXT NOT NULL
);
CREATE TABLE clients (
  client_id INTEGER PRIMARY KEY,
  client_name TEXT NOT NULL,
  adviser_id INTEGER REFERENCES advisers(adviser_id),
  risk_profile TEXT NOT NULL,
  town TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  closed_on TEXT
);
CREATE TABLE securities (
  security_id INTEGER PRIMARY KEY,
  ticker TEXT NOT NULL UNIQUE,
  security_name TEXT NOT NULL,
  sector TEXT NOT NULL,
  exchange TEXT NOT NULL
);
CREATE TABLE trades (
  trade_id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(client_id),
  security_id INTEGER NOT NULL REFERENCES securities(security_id),
  trade_date TEXT NOT NULL,
  side TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  price_gbp REAL NOT NULL,
  commission_gbp REAL NOT NULL
);
CREATE TABLE dividends (
  dividend_id INTEGER PRIMARY KEY,
  security_id INTEGER NOT NULL REFERENCES securities(security_id),
  ex_date TEXT NOT NULL,
  pay_date TEXT NOT NULL,
  amount_per_share_gbp REAL NOT NULL
);
CREATE TABLE watchlist (
  client_id INTEGER NOT NULL REFERENCES clients(client_id),
  security_id INTEGER NOT NULL REFERENCES securities(security_id),
  added_on TEXT NOT NULL,
  PRIMARY KEY (client_id, security_id)
);
"""

SECURITIES = [
    ("VOD", "Vodafone Group", "Telecoms", "LSE", 0.75), ("BP", "BP plc", "Energy", "LSE", 4.8),
    ("SHEL", "Shell plc", "Energy", "LSE", 27.0), ("HSBA", "HSBC Holdings", "Banks", "LSE", 6.8),
    ("LLOY", "Lloyds Banking Group", "Banks", "LSE", 0.52), ("BARC", "Barclays", "Banks", "LSE", 2.1),
    ("AZN", "AstraZeneca", "Pharma", "LSE", 110.0), ("GSK", "GSK plc", "Pharma", "LSE", 15.2),
    ("ULVR", "Unilever", "Consumer", "LSE", 42.0), ("TSCO", "Tesco", "Retail", "LSE", 3.1),
    ("SBRY", "J Sainsbury", "Retail", "LSE", 2.7), ("RR", "Rolls-Royce Holdings", "Industrials", "LSE", 5.2),
    ("BA", "BAE Systems", "Industrials", "LSE", 12.4), ("RIO", "Rio Tinto", "Mining", "LSE", 50.0),
    ("GLEN", "Glencore", "Mining", "LSE", 4.2), ("NG", "National Grid", "Utilities", "LSE", 10.1),
    ("SSE", "SSE plc", "Utilities", "LSE", 17.5), ("LGEN", "Legal & General", "Insurance", "LSE", 2.4),
    ("AV", "Aviva", "Insurance", "LSE", 4.9), ("DGE", "Diageo", "Consumer", "LSE", 26.0),
    ("BT.A", "BT Group", "Telecoms", "LSE", 1.4), ("REL", "RELX", "Media", "LSE", 35.0),
    ("JET2", "Jet2 plc", "Travel", "AIM", 13.5), ("ASC", "ASOS", "Retail", "AIM", 4.0),
    ("FEVR", "Fevertree Drinks", "Consumer", "AIM", 9.5), ("GAW", "Games Workshop", "Consumer", "LSE", 110.0),
    ("BOO", "boohoo group", "Retail", "AIM", 0.35), ("YU", "Yu Group", "Utilities", "AIM", 15.0),
    ("KWS", "Keywords Studios", "Technology", "AIM", 20.0), ("CER", "Cerillion", "Technology", "AIM", 16.0),
    ("AAPL", "Apple Inc", "Technology", "NYSE", 160.0), ("MSFT", "Microsoft", "Technology", "NYSE", 320.0),
    ("KO", "Coca-Cola", "Consumer", "NYSE", 50.0), ("JPM", "JPMorgan Chase", "Banks", "NYSE", 160.0),
    ("XOM", "Exxon Mobil", "Energy", "NYSE", 90.0), ("JNJ", "Johnson & Johnson", "Pharma", "NYSE", 130.0),
    ("DIS", "Walt Disney", "Media", "NYSE", 85.0), ("BRK.B", "Berkshire Hathaway B", "Insurance", "NYSE", 340.0),
    ("NVDA", "Nvidia", "Technology", "NYSE", 90.0), ("PFE", "Pfizer", "Pharma", "NYSE", 24.0),
]  # fmt: skip
TOWNS = ["Harrogate", "Bath", "Cheltenham", "Guildford", "Tunbridge Wells", "St Albans", "Chester", "Winchester",
         "Salisbury", "Shrewsbury", "Ludlow", "Stamford"]  # fmt: skip


def build_stockbroker(path: Path) -> None:
    r = random.Random(81004)
    c = fresh_db(path, SB_DDL)
    names = full_names(r, 150)
    desks = ["Equities", "Income", "ISA", "Execution-only"]
    insert(c, "advisers", [
        (i, names[i - 1], desks[(i - 1) % 4] if i <= 8 else r.choice(desks),
         _d(day_between(r, dt.date(2010, 1, 1), dt.date(2024, 9, 30))))
        for i in range(1, 31)
    ])  # fmt: skip
    clients = []
    for i in range(1, 121):
        opened = day_between(r, START, dt.date(2025, 4, 30))
        closed = (
            day_between(r, opened + dt.timedelta(days=60), LAST)
            if r.random() < 0.1 and opened < dt.date(2025, 1, 1)
            else None
        )
        adv = None if r.random() < 0.15 else r.randrange(1, 31)
        clients.append(
            (
                i,
                names[29 + i],
                adv,
                r.choices(["cautious", "balanced", "adventurous"], [3, 5, 2])[0],
                r.choice(TOWNS),
                _d(opened),
                _d(closed),
            )
        )
    insert(c, "clients", clients)
    insert(c, "securities", [(i, t, n, s, e) for i, (t, n, s, e, _) in enumerate(SECURITIES, 1)])
    trades = []
    for i in range(1, 401):
        cl = r.choice(clients)
        sec = r.randrange(1, 41)
        base = SECURITIES[sec - 1][4]
        opened = dt.date.fromisoformat(cl[5])
        end = dt.date.fromisoformat(cl[6]) if cl[6] else LAST
        td = day_between(r, opened, end)
        drift = 1 + ((td - START).days / 900) * 0.25
        price = round(base * drift * r.uniform(0.92, 1.08), 2 if base > 1 else 4)
        qty = max(1, int(r.choice([500, 1000, 2000, 3000, 5000, 8000]) / max(price, 0.5)) // 10 * 10 or 5)
        side = "BUY" if r.random() < 0.65 else "SELL"
        comm = 9.95 if r.random() < 0.7 else round(max(9.95, qty * price * 0.005), 2)
        trades.append((i, cl[0], sec, _d(td), side, qty, price, comm))
    insert(c, "trades", trades)
    divs = []
    did = 1
    payers = [i for i in range(1, 41) if SECURITIES[i - 1][3] != "AIM" or i in (23, 25, 28)]
    for sec in payers:
        if did > 60:
            break
        for year in (2023, 2024):
            if did > 60:
                break
            ex = day_between(r, dt.date(year, 2, 1), dt.date(year, 10, 31))
            divs.append(
                (
                    did,
                    sec,
                    _d(ex),
                    _d(ex + dt.timedelta(days=r.randrange(20, 40))),
                    round(SECURITIES[sec - 1][4] * r.uniform(0.01, 0.03), 4),
                )
            )
            did += 1
    insert(c, "dividends", divs)
    watch = set()
    wrows = []
    while len(wrows) < 150:
        cl = r.choice(clients)
        sec = r.randrange(1, 41)
        if (cl[0], sec) in watch:
            continue
        watch.add((cl[0], sec))
        wrows.append((cl[0], sec, _d(day_between(r, dt.date.fromisoformat(cl[5]), LAST))))
    insert(c, "watchlist", wrows)
    done(c)


# --------------------------------------------------------------------------------------------------- lossadjust

LA_DDL = """
CREATE TABLE adjusters (
  adjuster_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  region TEXT NOT NULL,
  qualified_on TEXT,
  mobile TEXT
);
CREATE TABLE adjuster_grade_history (
  id INTEGER PRIMARY KEY,
  adjuster_id INTEGER NOT NULL REFERENCES adjusters(adjuster_id),
  grade TEXT NOT NULL,
  day_rate_pence INTEGER NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT
);
CREATE TABLE insurers (
  insurer_id INTEGER PRIMARY KEY,
  insurer_name TEXT NOT NULL,
  city TEXT NOT NULL,
  on_panel_since TEXT NOT NULL
);
CREATE TABLE instructions (
  instruction_id INTEGER PRIMARY KEY,
  insurer_id INTEGER NOT NULL REFERENCES insurers(insurer_id),
  adjuster_id INTEGER NOT NULL REFERENCES adjusters(adjuster_id),
  policyholder TEXT NOT NULL,
  peril TEXT NOT NULL,
  postcode TEXT NOT NULL,
  instructed_on TEXT NOT NULL,
  site_visit_on TEXT,
  reserve_pence INTEGER NOT NULL,
  settled_pence INTEGER,
  closed_on TEXT
);
CREATE TABLE instruction_status_history (
  id INTEGER PRIMARY KEY,
  instruction_id INTEGER NOT NULL REFERENCES instructions(instruction_id),
  status TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT
);
CREATE TABLE invoices (
  invoice_id INTEGER PRIMARY KEY,
  instruction_id INTEGER NOT NULL REFERENCES instructions(instruction_id),
  invoice_date TEXT NOT NULL,
  fee_pence INTEGER NOT NULL,
  paid_on TEXT
);
"""

INSURERS = [
    "Aviva", "Direct Line", "Admiral", "LV=", "Ageas", "AXA UK", "Zurich UK", "RSA", "Allianz UK", "Hiscox",
    "NFU Mutual", "Churchill", "esure", "Hastings Direct", "Saga Insurance", "Covea", "Markerstudy", "Ecclesiastical",
    "Chubb UK", "QBE Europe", "Tokio Marine Kiln", "Great Lakes UK", "Sabre", "Highway Insurance", "Legal & General GI",
    "Royal London GI", "Aspen UK", "Amlin UK", "Arch UK", "Intact UK",
]  # fmt: skip
REGIONS = ["North West", "North East", "Midlands", "South East", "South West", "London", "Scotland", "Wales"]
RATES = {"Trainee": (28000, 34000), "Adjuster": (42000, 52000), "Senior": (60000, 72000), "Principal": (85000, 98000)}
POSTCODES = ["M14", "LS6", "B15", "BS3", "CF10", "EH7", "G12", "NE4", "SW11", "E17", "YO10", "EX4", "NG7", "L17",
             "SO15", "RG1", "OX4", "PL4"]  # fmt: skip


def build_lossadjust(path: Path) -> None:
    r = random.Random(81005)
    c = fresh_db(path, LA_DDL)
    names = full_names(r, 35 + 115)
    adj = []
    for i in range(1, 36):
        q = None if r.random() < 0.15 else _d(day_between(r, dt.date(2005, 1, 1), dt.date(2022, 12, 31)))
        mob = None if r.random() < 0.2 else f"07{r.randrange(100, 999)} {r.randrange(100000, 999999)}"
        adj.append((i, names[i - 1], r.choice(REGIONS), q, mob))
    insert(c, "adjusters", adj)
    grades = ["Trainee", "Adjuster", "Senior", "Principal"]
    hist = []
    hid = 1
    for a in adj:
        g = r.choices([0, 1, 2], [3, 4, 2])[0] if a[3] is not None else 0
        frm = dt.date(2023, 1, 1)
        steps = r.choices([1, 2, 3], [3, 4, 2])[0]
        for k in range(steps):
            last = k == steps - 1 or g >= 3
            lo, hi = RATES[grades[g]]
            to = None if last else day_between(r, frm + dt.timedelta(days=120), frm + dt.timedelta(days=400))
            if to is not None and to > dt.date(2025, 5, 31):
                to = None
                last = True
            hist.append((hid, a[0], grades[g], r.randrange(lo, hi, 500), _d(frm), _d(to)))
            hid += 1
            if last:
                break
            frm = to + dt.timedelta(days=1)
            g += 1
    insert(c, "adjuster_grade_history", hist)
    insert(
        c,
        "insurers",
        [
            (i, n, r.choice(CITIES), _d(day_between(r, dt.date(2015, 1, 1), dt.date(2024, 6, 30))))
            for i, n in enumerate(INSURERS, 1)
        ],
    )
    perils = ["escape of water", "storm", "flood", "fire", "theft", "subsidence", "accidental damage"]
    ins = []
    shist = []
    shid = 1
    for i in range(1, 116):
        instructed = day_between(r, START, dt.date(2025, 6, 10))
        peril = r.choices(perils, [6, 4, 2, 2, 3, 1, 3])[0]
        reserve = r.randrange(150000, 6000000 if peril in ("flood", "fire", "subsidence") else 2500000, 500)
        visit = None
        if (LAST - instructed).days > 3 and r.random() < 0.92:
            visit = min(instructed + dt.timedelta(days=r.randrange(1, 21)), LAST)
        statuses = [("new", instructed)]
        settled = closed = None
        if visit:
            statuses.append(("visited", visit))
            rep = visit + dt.timedelta(days=r.randrange(5, 40))
            if rep <= LAST:
                statuses.append(("reported", rep))
                end = rep + dt.timedelta(days=r.randrange(10, 120))
                if end <= LAST and r.random() < 0.85:
                    if r.random() < 0.12:
                        statuses.append(("declined", end))
                    else:
                        statuses.append(("settled", end))
                        settled = int(round(reserve * r.uniform(0.5, 1.15), -2))
                    closed = end
        ins.append(
            (
                i,
                r.randrange(1, 31),
                r.randrange(1, 36),
                names[34 + i],
                peril,
                r.choice(POSTCODES),
                _d(instructed),
                _d(visit),
                reserve,
                settled,
                _d(closed),
            )
        )
        for k, (st, frm) in enumerate(statuses):
            to = statuses[k + 1][1] if k + 1 < len(statuses) else None
            shist.append((shid, i, st, _d(frm), _d(to)))
            shid += 1
    insert(c, "instructions", ins)
    insert(c, "instruction_status_history", shist)
    invs = []
    vid = 1
    for x in ins:
        if x[7] is None or vid > 150:
            continue
        if r.random() < 0.2:
            continue
        idate = min(dt.date.fromisoformat(x[7]) + dt.timedelta(days=r.randrange(3, 30)), LAST)
        paid = idate + dt.timedelta(days=r.randrange(10, 70))
        paid = None if paid > LAST or r.random() < 0.15 else paid
        invs.append((vid, x[0], _d(idate), r.randrange(25000, 240000, 500), _d(paid)))
        vid += 1
    insert(c, "invoices", invs)
    done(c)


# --------------------------------------------------------------------------------------------------- mortgagebroker

MB_DDL = """
CREATE TABLE broker (
  broker_no INTEGER PRIMARY KEY,
  broker_name TEXT NOT NULL,
  office TEXT NOT NULL,
  cemap_qualified_on TEXT,
  left_on TEXT
);
CREATE TABLE lenders (
  lender_ref TEXT PRIMARY KEY,
  lender_name TEXT NOT NULL,
  is_building_society INTEGER NOT NULL
);
CREATE TABLE product (
  product_no INTEGER PRIMARY KEY,
  lender_ref TEXT NOT NULL REFERENCES lenders(lender_ref),
  product_name TEXT NOT NULL,
  rate_type TEXT NOT NULL,
  initial_rate REAL NOT NULL,
  fixed_years INTEGER,
  max_ltv INTEGER NOT NULL,
  arrangement_fee REAL NOT NULL,
  launched_on TEXT NOT NULL,
  withdrawn_on TEXT
);
CREATE TABLE applicants (
  applicant_no INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  employment TEXT NOT NULL,
  annual_income REAL NOT NULL,
  first_time_buyer INTEGER NOT NULL
);
CREATE TABLE mortgage_case (
  case_ref TEXT PRIMARY KEY,
  broker_no INTEGER NOT NULL REFERENCES broker(broker_no),
  product_no INTEGER REFERENCES product(product_no),
  property_town TEXT NOT NULL,
  property_value REAL NOT NULL,
  loan_amount REAL NOT NULL,
  term_years INTEGER NOT NULL,
  purpose TEXT NOT NULL,
  submitted_on TEXT NOT NULL,
  offer_on TEXT,
  completed_on TEXT,
  status TEXT NOT NULL
);
CREATE TABLE case_applicants (
  case_ref TEXT NOT NULL REFERENCES mortgage_case(case_ref),
  applicant_no INTEGER NOT NULL REFERENCES applicants(applicant_no),
  is_main INTEGER NOT NULL,
  PRIMARY KEY (case_ref, applicant_no)
);
CREATE TABLE commissions (
  commission_no INTEGER PRIMARY KEY,
  case_ref TEXT NOT NULL REFERENCES mortgage_case(case_ref),
  received_on TEXT NOT NULL,
  proc_fee REAL NOT NULL,
  clawback INTEGER NOT NULL
);
"""

LENDERS = [
    ("HAL", "Halifax", 0), ("NWD", "Nationwide", 1), ("NWB", "NatWest", 0), ("BAR", "Barclays", 0),
    ("SAN", "Santander", 0), ("HSB", "HSBC UK", 0), ("LLO", "Lloyds Bank", 0), ("COV", "Coventry BS", 1),
    ("YBS", "Yorkshire BS", 1), ("SKP", "Skipton BS", 1), ("LDS", "Leeds BS", 1), ("VMN", "Virgin Money", 0),
    ("TSB", "TSB", 0), ("ACC", "Accord Mortgages", 0), ("PRI", "Principality BS", 1), ("NTB", "Newcastle BS", 1),
    ("CYB", "Clydesdale Bank", 0), ("KEN", "Kensington", 0), ("PEP", "Pepper Money", 0), ("PRE", "Precise Mortgages", 0),
    ("FDM", "Foundation Home Loans", 0), ("MET", "Metro Bank", 0), ("CAB", "Cambridge BS", 1), ("CUM", "Cumberland BS", 1),
    ("TMW", "The Mortgage Works", 0), ("BMS", "BM Solutions", 0), ("AOH", "Aldermore", 0), ("KEN2", "Kent Reliance", 0),
    ("FAM", "Family BS", 1), ("MAR", "Marsden BS", 1),
]  # fmt: skip
MB_TOWNS = ["Reading", "Swindon", "Oxford", "Newbury", "Basingstoke", "Bracknell", "Wokingham", "Didcot", "Abingdon"]


def build_mortgagebroker(path: Path) -> None:
    r = random.Random(81006)
    c = fresh_db(path, MB_DDL)
    names = full_names(r, 30)
    offices = ["Reading", "Oxford", "Swindon"]
    brokers = []
    for i in range(1, 31):
        q = None if r.random() < 0.1 else _d(day_between(r, dt.date(2010, 1, 1), dt.date(2022, 12, 31)))
        left = _d(day_between(r, dt.date(2024, 1, 1), dt.date(2025, 4, 30))) if r.random() < 0.12 and q else None
        brokers.append((i, names[i - 1], r.choice(offices), q, left))
    insert(c, "broker", brokers)
    insert(c, "lenders", LENDERS)
    products = []
    for i in range(1, 61):
        lender = LENDERS[(i - 1) % 30][0] if i <= 30 else r.choice(LENDERS)[0]
        rt = r.choices(["fixed", "tracker", "variable"], [6, 3, 1])[0]
        fy = r.choice([2, 2, 3, 5, 5, 10]) if rt == "fixed" else None
        rate = round(r.uniform(3.6, 6.4), 2)
        ltv = r.choice([60, 75, 85, 90, 95])
        fee = float(r.choice([0, 495, 999, 999, 1499]))
        launched = day_between(r, dt.date(2022, 10, 1), dt.date(2025, 3, 31))
        withdrawn = (
            day_between(r, launched + dt.timedelta(days=60), LAST)
            if r.random() < 0.3 and launched < dt.date(2025, 1, 1)
            else None
        )
        label = f"{fy}yr fixed" if fy else rt
        products.append(
            (
                i,
                lender,
                f"{label} {ltv}% LTV{' fee-free' if fee == 0 else ''}",
                rt,
                rate,
                fy,
                ltv,
                fee,
                _d(launched),
                _d(withdrawn),
            )
        )
    # product names must be unique: suffix the number where a lender repeats a label
    seen: dict[tuple[str, str], int] = {}
    fixed_products = []
    for p in products:
        key = (p[1], p[2])
        seen[key] = seen.get(key, 0) + 1
        name = p[2] if seen[key] == 1 else f"{p[2]} ({seen[key]})"
        fixed_products.append((p[0], p[1], name, *p[3:]))
    products = fixed_products
    insert(c, "product", products)
    gnames = full_names(r, 250)
    apps = []
    for i, n in enumerate(gnames, 1):
        first, last = n.split(" ")
        emp = r.choices(["employed", "self-employed", "contractor", "retired"], [12, 4, 2, 1])[0]
        born = (
            day_between(
                r,
                dt.date(1960 if emp == "retired" else 1965, 1, 1),
                dt.date(1957, 12, 31) if emp == "retired" else dt.date(2002, 12, 31),
            )
            if emp != "retired"
            else day_between(r, dt.date(1950, 1, 1), dt.date(1959, 12, 31))
        )
        inc = float(r.randrange(18, 140) * 1000) if emp != "retired" else float(r.randrange(14, 45) * 1000)
        apps.append((i, first, last, _d(born), emp, inc, 1 if r.random() < 0.35 and emp != "retired" else 0))
    insert(c, "applicants", apps)
    cases = []
    links = []
    comms = []
    app_iter = iter(range(1, 251))
    counters: dict[int, int] = {}
    subs = sorted(day_between(r, START, dt.date(2025, 6, 12)) for _ in range(180))
    for sub in subs:
        b = r.choice([x for x in brokers if x[4] is None or dt.date.fromisoformat(x[4]) > sub])
        live = [
            p
            for p in products
            if dt.date.fromisoformat(p[8]) <= sub and (p[9] is None or dt.date.fromisoformat(p[9]) > sub)
        ]
        prod = r.choice(live) if live and r.random() < 0.95 else None
        purpose = r.choices(["purchase", "remortgage", "buy to let"], [5, 4, 1])[0]
        value = float(r.randrange(160, 900) * 1000)
        ltv = (prod[6] if prod else 75) - r.choice([0, 0, 5, 10, 15])
        loan = float(round(value * ltv / 100, -3))
        y = sub.year % 100
        counters[y] = counters.get(y, 0) + 1
        ref = f"MC-{y}-{counters[y]:04d}"
        offer = completed = None
        status = "submitted"
        x = r.random()
        if (LAST - sub).days > 20:
            if x < 0.1:
                status = "declined"
            elif x < 0.17:
                status = "withdrawn"
            else:
                offer = sub + dt.timedelta(days=r.randrange(10, 35))
                status = "offered"
                comp = offer + dt.timedelta(days=r.randrange(20, 90))
                if comp <= LAST and r.random() < 0.85:
                    completed = comp
                    status = "completed"
        cases.append(
            (
                ref,
                b[0],
                prod[0] if prod else None,
                r.choice(MB_TOWNS),
                value,
                loan,
                r.choice([15, 20, 25, 25, 30, 35]),
                purpose,
                _d(sub),
                _d(offer),
                _d(completed),
                status,
            )
        )
        main = next(app_iter, None) or r.randrange(1, 251)
        links.append((ref, main, 1))
        if r.random() < 0.4:
            second = next(app_iter, None) or r.randrange(1, 251)
            if second != main:
                links.append((ref, second, 0))
        if completed:
            fee = round(loan * r.choice([0.0035, 0.004, 0.0045, 0.005]), 2)
            comms.append(
                (
                    len(comms) + 1,
                    ref,
                    _d(min(completed + dt.timedelta(days=r.randrange(5, 30)), LAST)),
                    fee,
                    1 if r.random() < 0.06 else 0,
                )
            )
    insert(c, "mortgage_case", cases)
    insert(c, "case_applicants", links)
    insert(c, "commissions", comms)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "creditunion": build_creditunion,
    "reinsurance": build_reinsurance,
    "auditfirm": build_auditfirm,
    "stockbroker": build_stockbroker,
    "lossadjust": build_lossadjust,
    "mortgagebroker": build_mortgagebroker,
}
