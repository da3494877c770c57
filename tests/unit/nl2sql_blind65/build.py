"""Six small finance, insurance, public-administration and professional-services databases for the sixty-fifth blind
English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``bailbonds`` (legacy uppercase abbreviations without underscores, dates as ``YYYYMMDD`` integers, money paid in
  cents; self-referencing ``AGENT.SUPVNO``): a bail-bonds office in Arizona. ``AGENT`` (``OFCCITY``, ``ACTVFLG``
  'Y'/'N'), ``COURT`` (``CRTTYPE`` 'SUPR'/'MUNI'/'JUST'), ``DEFNDT`` (defendants), ``BOND`` (``BONDAMT`` face value,
  ``PREMAMT`` premium, ``NEXTCRT`` next court date, ``STATCD`` 'A' active, 'X' exonerated, 'F' forfeited,
  'S' surrendered, ``STATDT`` the date of the last status change), ``INDEMN`` (co-signers, ``RELATCD``
  'P'/'S'/'F'/'O', collateral), ``PAYMT`` (premium payments, ``AMTCENTS``) and ``CHKIN`` (defendant check-ins).
- ``pensionfund`` (a small data-warehouse star: ``dim_*``/``fact_*`` tables, surrogate ``*_key`` columns and a
  month-end date dimension keyed ``YYYYMMDD``): a local-government pension fund. ``dim_date`` (with a UK
  ``fiscal_year`` like '2024/25'), ``dim_employer``, ``dim_member`` (status 'Active'/'Deferred'/'Pensioner'),
  ``dim_fund``, ``fact_contribution`` (one row per employer and month, pounds, ``days_late``),
  ``fact_benefit_payment`` (one row per pensioner and month, in pence) and ``fact_fund_valuation`` (quarter ends).
- ``notary`` (names with spaces and capitals, quoted; self-referencing ``"Clients"."Referred By"``): a mobile notary
  and signing-agent agency in Texas. ``"Notaries"``, ``"Clients"``, ``"Document Types"``, ``"Appointments"`` (some
  still to come), ``"Notarial Acts"`` and the link table ``"Act Signers"`` (acts and the clients who signed them).
- ``procurement`` (domain jargon and acronyms: ``ou``, ``cpv``, ``rfq``, ``po``, ``grn``, ``uom``, ``sme_flag``,
  ``eta``; self-referencing ``ou.parent_ou_id``): a city's procurement department. ``ou`` (departments and their
  divisions), ``cpv`` (category codes as keys), ``vendor``, ``rfq`` (requests for quotation), ``bid``, ``po``,
  ``po_line`` and ``grn`` (goods received notes).
- ``taxprep`` (Hungarian type prefixes: ``lng``, ``str``, ``dt``, ``int``, ``cur``, ``b``; self-referencing
  ``tblPreparer.lngSupervisorID``): a tax-preparation office. ``tblPreparer``, ``tblClient`` (filing status coded
  'S'/'MFJ'/'MFS'/'HOH'), ``tblForm``, ``tblReturn``, the link table ``tblReturnForm`` and ``tblPayment``.
- ``fxbureau`` (natural keys: currency codes, branch codes, staff numbers and document numbers as primary keys,
  composite keys, transaction times as epoch seconds; self-referencing ``teller.supervisor_no``): a chain of
  foreign-exchange bureaux. ``currency``, ``branch``, ``teller``, ``rate`` (weekly rates, key currency and date),
  ``customer``, ``txn`` (key branch and number) and the link table ``till_float`` (key branch and currency).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FIRST_NAMES, LAST_NAMES, day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def _names(r: random.Random, n: int, first: list[str] = FIRST_NAMES, last: list[str] = LAST_NAMES) -> list[str]:
    """``n`` distinct "First Last" names."""
    pairs = [f"{f} {s}" for f in first for s in last]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ymd(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


def _month_end(y: int, m: int) -> dt.date:
    return (D(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)


# ------------------------------------------------------------------------------------------------------- bailbonds
BB_AGENTS = [
    (1, "Ray Delgado", "Phoenix", D(2009, 3, 2), "Y", None), (2, "Rita Alvarez", "Phoenix", D(2012, 6, 18), "Y", 1),
    (3, "Curtis Boyd", "Mesa", D(2013, 1, 7), "Y", 1), (4, "Janelle Ortiz", "Tempe", D(2015, 9, 21), "Y", 1),
    (5, "Marcus Webb", "Glendale", D(2016, 4, 4), "Y", 1), (6, "Tony Reyes", "Phoenix", D(2017, 2, 13), "Y", 2),
    (7, "Shauna Price", "Phoenix", D(2018, 8, 6), "N", 2), (8, "Devon Carter", "Phoenix", D(2019, 5, 20), "Y", 2),
    (9, "Lupe Navarro", "Phoenix", D(2021, 11, 1), "Y", 2), (10, "Kyle Benson", "Mesa", D(2017, 10, 9), "Y", 3),
    (11, "Angela Moore", "Mesa", D(2019, 3, 25), "Y", 3), (12, "Hector Ruiz", "Mesa", D(2020, 7, 13), "N", 3),
    (13, "Brandy Cole", "Mesa", D(2023, 2, 27), "Y", 3), (14, "Samuel Ortega", "Tempe", D(2018, 1, 15), "Y", 4),
    (15, "Tasha Green", "Tempe", D(2021, 6, 7), "Y", 4), (16, "Wade Harmon", "Tempe", D(2022, 9, 12), "Y", 4),
    (17, "Nora Fuentes", "Glendale", D(2017, 12, 4), "Y", 5), (18, "Jerome Tate", "Glendale", D(2020, 2, 17), "N", 5),
    (19, "Carla Dunn", "Glendale", D(2022, 4, 11), "Y", 5), (20, "Eli Morales", "Glendale", D(2024, 8, 19), "Y", 5),
]  # fmt: skip
BB_COURTS = [
    (1, "Maricopa County Superior Court", "Maricopa", "SUPR"), (2, "Phoenix Municipal Court", "Maricopa", "MUNI"),
    (3, "Mesa Municipal Court", "Maricopa", "MUNI"), (4, "Tempe Municipal Court", "Maricopa", "MUNI"),
    (5, "Glendale City Court", "Maricopa", "MUNI"), (6, "Arcadia Biltmore Justice Court", "Maricopa", "JUST"),
    (7, "Downtown Justice Court", "Maricopa", "JUST"), (8, "Encanto Justice Court", "Maricopa", "JUST"),
    (9, "Highland Justice Court", "Maricopa", "JUST"), (10, "Kyrene Justice Court", "Maricopa", "JUST"),
    (11, "Moon Valley Justice Court", "Maricopa", "JUST"), (12, "San Marcos Justice Court", "Maricopa", "JUST"),
    (13, "University Lakes Justice Court", "Maricopa", "JUST"), (14, "West McDowell Justice Court", "Maricopa", "JUST"),
    (15, "White Tank Justice Court", "Maricopa", "JUST"), (16, "Pinal County Superior Court", "Pinal", "SUPR"),
    (17, "Casa Grande Justice Court", "Pinal", "JUST"), (18, "Florence Justice Court", "Pinal", "JUST"),
    (19, "Apache Junction Municipal Court", "Pinal", "MUNI"), (20, "Eloy Municipal Court", "Pinal", "MUNI"),
]  # fmt: skip
BB_CHARGES = [
    ("DUI", [1000, 1500, 2500]), ("Shoplifting", [500, 1000]), ("Possession of Drug Paraphernalia", [500, 1000]),
    ("Assault", [2500, 5000]), ("Aggravated Assault", [10000, 25000, 50000]), ("Burglary", [5000, 10000, 15000]),
    ("Theft", [1500, 2500, 5000]), ("Domestic Violence", [2500, 5000, 7500]), ("Criminal Trespass", [500, 1000]),
    ("Fraud", [7500, 15000, 20000]), ("Probation Violation", [2500, 5000]), ("Reckless Driving", [1000, 1500]),
    ("Drug Possession for Sale", [20000, 35000]),
]  # fmt: skip
BB_CITIES = ["Phoenix", "Phoenix", "Phoenix", "Mesa", "Mesa", "Tempe", "Glendale", "Chandler", "Scottsdale", "Peoria"]


def build_bailbonds(path: Path) -> None:
    r = random.Random(65001)
    c = fresh_db(
        path,
        """
        CREATE TABLE AGENT (AGENTNO INTEGER PRIMARY KEY, AGNTNM TEXT NOT NULL, LICNUM TEXT NOT NULL,
            OFCCITY TEXT NOT NULL, HIREDT INTEGER NOT NULL, ACTVFLG TEXT NOT NULL DEFAULT 'Y',
            SUPVNO INTEGER REFERENCES AGENT(AGENTNO));
        CREATE TABLE COURT (COURTNO INTEGER PRIMARY KEY, COURTNM TEXT NOT NULL, COUNTY TEXT NOT NULL,
            CRTTYPE TEXT NOT NULL);
        CREATE TABLE DEFNDT (DEFNDNO INTEGER PRIMARY KEY, LASTNM TEXT NOT NULL, FRSTNM TEXT NOT NULL,
            BIRTHDT INTEGER NOT NULL, CITYNM TEXT NOT NULL, PHONENO TEXT);
        CREATE TABLE BOND (BONDNO INTEGER PRIMARY KEY, DEFNDNO INTEGER NOT NULL REFERENCES DEFNDT(DEFNDNO),
            AGENTNO INTEGER NOT NULL REFERENCES AGENT(AGENTNO), COURTNO INTEGER NOT NULL REFERENCES COURT(COURTNO),
            CHRGDESC TEXT NOT NULL, BONDAMT INTEGER NOT NULL, PREMAMT REAL NOT NULL, POSTDT INTEGER NOT NULL,
            NEXTCRT INTEGER, STATCD TEXT NOT NULL, STATDT INTEGER);
        CREATE TABLE INDEMN (INDEMNO INTEGER PRIMARY KEY, BONDNO INTEGER NOT NULL REFERENCES BOND(BONDNO),
            INDEMNM TEXT NOT NULL, RELATCD TEXT NOT NULL, COLLTYP TEXT NOT NULL, COLLVAL INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE PAYMT (PAYMTNO INTEGER PRIMARY KEY, BONDNO INTEGER NOT NULL REFERENCES BOND(BONDNO),
            PAYMTDT INTEGER NOT NULL, AMTCENTS INTEGER NOT NULL, PAYMTHD TEXT NOT NULL);
        CREATE TABLE CHKIN (CHKINNO INTEGER PRIMARY KEY, DEFNDNO INTEGER NOT NULL REFERENCES DEFNDT(DEFNDNO),
            CHKINDT INTEGER NOT NULL, CHKMTHD TEXT NOT NULL);
        """,
    )
    insert(c, "AGENT", [(i, n, f"AZ-BA-{4100 + i * 37}", o, _ymd(h), a, s) for i, n, o, h, a, s in BB_AGENTS])
    insert(c, "COURT", BB_COURTS)
    defs = []
    for k, nm in enumerate(_names(r, 140), 1):
        first, last = nm.split(" ")
        born = day_between(r, D(1960, 1, 1), D(2005, 6, 1))
        phone = None if r.random() < 0.08 else f"(602) 555-{r.randint(1000, 9999)}"
        defs.append((k, last, first, _ymd(born), r.choice(BB_CITIES), phone))
    insert(c, "DEFNDT", defs)
    posted = sorted(day_between(r, START, LAST) for _ in range(180))
    owners = list(range(1, 141))
    r.shuffle(owners)
    owners += [r.randint(1, 140) for _ in range(40)]
    bonds, indem, pays = [], [], []
    for k, d in enumerate(posted):
        bno = 10001 + k
        agents = [a[0] for a in BB_AGENTS if a[3] <= d and a[0] != 1 and (a[4] == "Y" or d < D(2024, 3, 1))]
        charge, amts = r.choice(BB_CHARGES)
        amt = r.choice(amts)
        court = r.choice([1, 1, 2, 2, 3, 4, 5, *range(6, 21)])
        age = (TODAY - d).days
        x = r.random()
        if age < 100:
            st = "A" if x < 0.85 else "X"
        elif age < 300:
            st = "A" if x < 0.4 else "X" if x < 0.8 else "F" if x < 0.9 else "S"
        else:
            st = "A" if x < 0.06 else "X" if x < 0.78 else "F" if x < 0.9 else "S"
        stdt = None if st == "A" else min(LAST, d + dt.timedelta(days=r.randint(20, 280)))
        nxt = day_between(r, D(2025, 6, 16), D(2025, 9, 30)) if st == "A" else None
        bonds.append((bno, owners[k], r.choice(agents), court, charge, amt, round(amt * 0.1, 2), _ymd(d), _ymd(nxt),
                      st, _ymd(stdt)))  # fmt: skip
        for _ in range(r.choice([0, 1, 1, 1, 2] if st == "A" else [1, 1, 1, 2])):
            ln = r.choice(LAST_NAMES) if r.random() < 0.4 else defs[owners[k] - 1][1]
            rel = r.choice(["P", "P", "S", "F", "O"])
            coll = "NONE" if amt < 5000 else r.choice(["VEH", "RE", "CASH", "NONE"])
            val = {"NONE": 0, "VEH": r.randint(4, 30) * 1000, "RE": r.randint(150, 450) * 1000,
                   "CASH": amt // 2}[coll]  # fmt: skip
            indem.append((len(indem) + 1, bno, f"{r.choice(FIRST_NAMES)} {ln}", rel, coll, val))
        prem_c = int(amt * 10)
        paid, pd = 0, d
        first = prem_c if amt <= 1500 or r.random() < 0.3 else prem_c * r.choice([25, 40, 50]) // 100
        while paid < prem_c and pd <= LAST:
            part = min(first if paid == 0 else r.choice([10000, 25000, 50000, 100000]), prem_c - paid)
            pays.append((bno, pd, part, r.choice(["CASH", "CARD", "CARD", "CHEK", "MORD"])))
            paid += part
            pd += dt.timedelta(days=r.randint(25, 40))
            if st == "A" and r.random() < 0.15:
                break
    insert(c, "BOND", bonds)
    insert(c, "INDEMN", indem)
    pays.sort(key=lambda x: (x[1], x[0]))
    insert(c, "PAYMT", [(k, b, _ymd(d), a, m) for k, (b, d, a, m) in enumerate(pays, 1)])
    chk = []
    active = sorted({b[1] for b in bonds if b[9] == "A"})
    for dno in active:
        first_post = min(b[7] for b in bonds if b[1] == dno and b[9] == "A")
        since = max(D(first_post // 10000, first_post // 100 % 100, first_post % 100), D(2025, 3, 1))
        lapse = r.random() < 0.2
        d = since + dt.timedelta(days=r.randint(1, 7))
        while d <= LAST:
            if not (lapse and d >= D(2025, 5, 28)):
                chk.append((dno, d, r.choice(["PHN", "PHN", "APP", "APP", "OFC"])))
            d += dt.timedelta(days=r.randint(6, 15))
    chk.sort(key=lambda x: (x[1], x[0]))
    insert(c, "CHKIN", [(k, dn, _ymd(d), m) for k, (dn, d, m) in enumerate(chk, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- pensionfund
PF_EMPLOYERS = [
    ("Riverside County Council", "Local Government", D(1974, 4, 1), 19.5),
    ("Hartwell Borough Council", "Local Government", D(1974, 4, 1), 18.8),
    ("Stanbridge District Council", "Local Government", D(1974, 4, 1), 17.9),
    ("Marsh Valley Fire and Rescue", "Emergency Services", D(1986, 4, 1), 21.2),
    ("Three Rivers Police Staff", "Emergency Services", D(1995, 4, 1), 20.4),
    ("Northgate Academy Trust", "Education", D(2012, 9, 1), 18.1),
    ("St Aidan's Catholic Academy", "Education", D(2014, 9, 1), 17.6),
    ("Riverside College", "Education", D(1993, 4, 1), 16.9),
    ("Hartwell University", "Education", D(1992, 4, 1), 16.2),
    ("Kingsmead Primary Academy", "Education", D(2024, 9, 1), 18.4),
    ("Greenway Housing Association", "Housing", D(2001, 4, 1), 15.7),
    ("Valley Homes", "Housing", D(2006, 4, 1), 15.3),
    ("Riverside Leisure Trust", "Leisure", D(2008, 4, 1), 14.8),
    ("Stanbridge Town Council", "Local Government", D(1998, 4, 1), 17.2),
    ("Oakfield Parish Council", "Local Government", D(2003, 4, 1), 16.6),
    ("Three Rivers Transport", "Transport", D(1987, 4, 1), 19.9),
    ("Marsh Valley Care Services", "Social Care", D(2010, 4, 1), 20.1),
    ("Civic Catering Ltd", "Contractor", D(2016, 4, 1), 22.3),
    ("Cleanstreet Services Ltd", "Contractor", D(2024, 4, 1), 23.5),
    ("Riverside Archives Trust", "Culture", D(2011, 4, 1), 16.0),
]
PF_FUNDS = [
    ("UK Equity Index", "Equity", "Legal & General"), ("Global Equity Active", "Equity", "Baillie Gifford"),
    ("Emerging Markets Equity", "Equity", "Schroders"), ("Global Sustainable Equity", "Equity", "Impax"),
    ("North America Equity Index", "Equity", "BlackRock"), ("Japan Equity", "Equity", "Schroders"),
    ("European Equity", "Equity", "Baillie Gifford"), ("UK Gilts", "Bonds", "Legal & General"),
    ("Index-Linked Gilts", "Bonds", "Legal & General"), ("Corporate Bonds", "Bonds", "M&G"),
    ("Multi-Asset Credit", "Bonds", "PIMCO"), ("Private Debt", "Bonds", "Churchill"),
    ("UK Property", "Property", "CBRE"), ("Global Property", "Property", "Nuveen"),
    ("Infrastructure", "Infrastructure", "IFM"), ("Renewable Infrastructure", "Infrastructure", "Foresight"),
    ("Private Equity", "Private Equity", "Adams Street"), ("Venture Capital", "Private Equity", "HarbourVest"),
    ("Cash Fund", "Cash", "Northern Trust"), ("Currency Overlay", "Cash", "Record"),
]  # fmt: skip
PF_SECTIONS = ["1995 Section", "2008 Section", "2014 CARE"]


def build_pensionfund(path: Path) -> None:
    r = random.Random(65002)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, calendar_date TEXT NOT NULL, year_num INTEGER NOT NULL,
            quarter_num INTEGER NOT NULL, month_num INTEGER NOT NULL, month_name TEXT NOT NULL,
            fiscal_year TEXT NOT NULL);
        CREATE TABLE dim_employer (employer_key INTEGER PRIMARY KEY, employer_code TEXT NOT NULL,
            employer_name TEXT NOT NULL, sector TEXT NOT NULL, admitted_date TEXT NOT NULL,
            employer_rate_pct REAL NOT NULL);
        CREATE TABLE dim_member (member_key INTEGER PRIMARY KEY, member_number TEXT NOT NULL, full_name TEXT NOT NULL,
            gender TEXT NOT NULL, date_of_birth TEXT NOT NULL, joined_date TEXT NOT NULL,
            employer_key INTEGER NOT NULL REFERENCES dim_employer(employer_key), section TEXT NOT NULL,
            member_status TEXT NOT NULL, retirement_date TEXT);
        CREATE TABLE dim_fund (fund_key INTEGER PRIMARY KEY, fund_name TEXT NOT NULL, asset_class TEXT NOT NULL,
            manager_name TEXT NOT NULL);
        CREATE TABLE fact_contribution (date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            employer_key INTEGER NOT NULL REFERENCES dim_employer(employer_key), pensionable_pay_gbp REAL NOT NULL,
            employee_contrib_gbp REAL NOT NULL, employer_contrib_gbp REAL NOT NULL, days_late INTEGER NOT NULL,
            PRIMARY KEY (date_key, employer_key));
        CREATE TABLE fact_benefit_payment (date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            member_key INTEGER NOT NULL REFERENCES dim_member(member_key), gross_pence INTEGER NOT NULL,
            tax_pence INTEGER NOT NULL, net_pence INTEGER NOT NULL, PRIMARY KEY (date_key, member_key));
        CREATE TABLE fact_fund_valuation (date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            fund_key INTEGER NOT NULL REFERENCES dim_fund(fund_key), market_value_gbp REAL NOT NULL,
            PRIMARY KEY (date_key, fund_key));
        """,
    )
    months = [_month_end(2023 + (9 + i) // 12, (9 + i) % 12 + 1) for i in range(20)]
    dates = []
    for d in months:
        fy = d.year if d.month >= 4 else d.year - 1
        dates.append((_ymd(d), _iso(d), d.year, (d.month - 1) // 3 + 1, d.month, d.strftime("%B"),
                      f"{fy}/{(fy + 1) % 100:02d}"))  # fmt: skip
    insert(c, "dim_date", dates)
    insert(c, "dim_employer",
           [(k, f"E{k:03d}", n, s, _iso(a), rate) for k, (n, s, a, rate) in enumerate(PF_EMPLOYERS, 1)])  # fmt: skip
    firsts = ["Alan", "Barbara", "Colin", "Denise", "Eileen", "Frank", "Gillian", "Howard", "Irene", "Julie",
              "Keith", "Linda", "Martin", "Nicola", "Pauline", "Roger", "Sandra", "Trevor", "Wendy", "Yvonne",
              "Adam", "Becky", "Craig", "Donna", "Gemma", "Jason", "Kirsty", "Lee", "Natalie", "Stuart"]  # fmt: skip
    female = {"Barbara", "Denise", "Eileen", "Gillian", "Irene", "Julie", "Linda", "Nicola", "Pauline", "Sandra",
              "Wendy", "Yvonne", "Becky", "Donna", "Gemma", "Kirsty", "Natalie"}  # fmt: skip
    lasts = ["Ashworth", "Bramley", "Cartwright", "Dobson", "Ellis", "Fairclough", "Gibbons", "Holt", "Ingham",
             "Jarvis", "Kershaw", "Lomax", "Marsden", "Nuttall", "Ormerod", "Pickles", "Riley", "Sutcliffe",
             "Thwaite", "Whittaker"]  # fmt: skip
    members = []
    statuses = ["Active"] * 100 + ["Deferred"] * 44 + ["Pensioner"] * 16
    r.shuffle(statuses)
    pens_retire = [D(2019, 8, 31), D(2020, 3, 31), D(2021, 6, 30), D(2021, 12, 31), D(2022, 9, 30), D(2023, 3, 31),
                   D(2023, 7, 31), D(2023, 11, 30), D(2024, 2, 29), D(2024, 6, 30), D(2024, 8, 31), D(2024, 10, 31),
                   D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30)]  # fmt: skip
    pi = 0
    for k, nm in enumerate(_names(r, 160, firsts, lasts), 1):
        st = statuses[k - 1]
        emp = r.choice(range(1, 21)) if st != "Pensioner" else r.choice([1, 2, 3, 4, 5, 8, 9, 16])
        if st == "Pensioner":
            ret = pens_retire[pi]
            pi += 1
            born = ret - dt.timedelta(days=r.randint(60 * 365, 66 * 365))
        else:
            ret = None
            born = day_between(r, D(1960, 1, 1), D(2002, 12, 31))
        admitted = PF_EMPLOYERS[emp - 1][2]
        joined = max(admitted, born + dt.timedelta(days=r.randint(18 * 365, 40 * 365)))
        if joined > LAST:
            joined = day_between(r, max(admitted, D(2020, 1, 1)), D(2025, 5, 31))
        if ret and joined >= ret:
            joined = ret - dt.timedelta(days=r.randint(3000, 12000))
        section = (
            "1995 Section" if joined < D(2008, 4, 1) else "2008 Section" if joined < D(2014, 4, 1) else "2014 CARE"
        )
        gender = "F" if nm.split(" ")[0] in female else "M"
        members.append((k, f"TR{100000 + k * 73}", nm, gender, _iso(born), _iso(joined), emp, section, st, _iso(ret)))
    insert(c, "dim_member", members)
    insert(c, "dim_fund", [(k, *f) for k, f in enumerate(PF_FUNDS, 1)])
    contrib = []
    missing_may = {7, 13, 18}
    for d in months:
        for k, (_n, _s, adm, rate) in enumerate(PF_EMPLOYERS, 1):
            if adm > d or (d == months[-1] and k in missing_may) or (d != months[-1] and r.random() < 0.04):
                continue
            size = [410, 260, 150, 95, 120, 60, 35, 80, 140, 18, 45, 40, 30, 22, 25, 70, 55, 28, 20, 24][k - 1]
            pay = round(size * r.uniform(2350, 2650), 2)
            late = 0 if r.random() < 0.8 else r.randint(1, 21)
            contrib.append((_ymd(d), k, pay, round(pay * 0.065, 2), round(pay * rate / 100, 2), late))
    insert(c, "fact_contribution", contrib)
    pays = []
    for m in members:
        if m[8] != "Pensioner":
            continue
        ret = D.fromisoformat(str(m[9]))
        annual = r.randint(60, 260) * 100.0
        for d in months:
            if d <= ret:
                continue
            factor = 1.0
            if d >= D(2024, 4, 30):
                factor *= 1.067
            if d >= D(2025, 4, 30):
                factor *= 1.017
            gross = round(annual * factor / 12 * 100)
            tax = max(0, round((gross - 104750) * 0.2))
            pays.append((_ymd(d), m[0], gross, tax, gross - tax))
    insert(c, "fact_benefit_payment", pays)
    vals = []
    quarter_ends = [d for d in months if d.month in (3, 6, 9, 12)]
    for k, (_n, cls, _m) in enumerate(PF_FUNDS, 1):
        v = {"Equity": 180e6, "Bonds": 120e6, "Property": 90e6, "Infrastructure": 70e6, "Private Equity": 45e6,
             "Cash": 20e6}[cls] * r.uniform(0.5, 1.5)  # fmt: skip
        for d in quarter_ends:
            vals.append((_ymd(d), k, round(v, 2)))
            v *= r.uniform(0.95, 1.07) if cls != "Cash" else r.uniform(0.98, 1.02)
    insert(c, "fact_fund_valuation", vals)
    done(c)


# ---------------------------------------------------------------------------------------------------------- notary
NO_NOTARIES = [
    ("Dolores Garza", "Austin", D(2026, 3, 14), "Yes"), ("Brent Whitley", "Round Rock", D(2025, 8, 2), "Yes"),
    ("Keisha Lambert", "Austin", D(2027, 1, 22), "No"), ("Raul Villanueva", "San Marcos", D(2026, 11, 5), "Yes"),
    ("Megan Tran", "Cedar Park", D(2028, 2, 9), "Yes"), ("Harold Pruitt", "Georgetown", D(2025, 10, 30), "No"),
    ("Yolanda Saenz", "Austin", D(2027, 6, 18), "Yes"), ("Corey Blanchard", "Pflugerville", D(2026, 7, 1), "No"),
    ("Alicia Dominguez", "Kyle", D(2028, 4, 27), "Yes"), ("Trent Oakley", "Austin", D(2025, 12, 12), "Yes"),
    ("Priscilla Vance", "Round Rock", D(2027, 9, 3), "No"), ("Javier Cantu", "Austin", D(2026, 5, 20), "Yes"),
    ("Lauren Fitch", "Leander", D(2028, 1, 15), "No"), ("Derek Holloway", "Georgetown", D(2027, 3, 8), "Yes"),
    ("Monica Ybarra", "San Marcos", D(2025, 9, 19), "No"), ("Gary Kimball", "Bastrop", D(2026, 8, 24), "No"),
    ("Renee Castellano", "Austin", D(2028, 6, 30), "Yes"), ("Isaac Lowry", "Cedar Park", D(2027, 11, 11), "No"),
    ("Tamara Booker", "Pflugerville", D(2026, 2, 6), "Yes"), ("Victor Ybanez", "Kyle", D(2028, 10, 4), "No"),
]  # fmt: skip
NO_TYPES = [
    ("Acknowledgment", "Legal", 10.0), ("Jurat / Affidavit", "Legal", 10.0),
    ("Power of Attorney", "Estate Planning", 25.0), ("Medical Power of Attorney", "Estate Planning", 25.0),
    ("Last Will and Testament", "Estate Planning", 40.0), ("Living Trust", "Estate Planning", 60.0),
    ("Warranty Deed", "Real Estate", 30.0), ("Deed of Trust", "Real Estate", 30.0),
    ("Loan Signing Package", "Real Estate", 150.0), ("Refinance Closing Package", "Real Estate", 125.0),
    ("Reverse Mortgage Package", "Real Estate", 175.0), ("Vehicle Title Transfer", "Personal", 15.0),
    ("Travel Consent for Minor", "Personal", 20.0), ("Certified Copy", "Personal", 10.0),
    ("Apostille Preparation", "Personal", 75.0), ("I-9 Employment Verification", "Business", 25.0),
    ("Business Formation Documents", "Business", 45.0), ("Contract", "Business", 20.0),
    ("Oath of Office", "Legal", 15.0), ("Self-Proving Affidavit", "Estate Planning", 20.0),
]  # fmt: skip
NO_BUSINESSES = [
    ("Lone Star Title Company", "Title Company"), ("Capitol Title Group", "Title Company"),
    ("Heritage Title of Austin", "Title Company"), ("Independence Title", "Title Company"),
    ("Hill Country Realty", "Business"), ("Bluebonnet Law Group", "Business"), ("Pecan Street Dental", "Business"),
    ("Barton Creek Builders", "Business"), ("Travis Staffing Solutions", "Business"), ("Riverbend Clinic", "Business"),
    ("Cedar Valley Credit Services", "Business"), ("Longhorn Auto Sales", "Business"),
    ("Sixth Street Events", "Business"), ("Mopac Property Management", "Business"), ("Balcones Home Care", "Business"),
]  # fmt: skip
NO_CITIES = ["Austin", "Austin", "Austin", "Round Rock", "Cedar Park", "Georgetown", "Pflugerville", "San Marcos",
             "Kyle", "Leander"]  # fmt: skip


def build_notary(path: Path) -> None:
    r = random.Random(65003)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Notaries" ("Notary ID" INTEGER PRIMARY KEY, "Notary Name" TEXT NOT NULL,
            "Commission Number" TEXT NOT NULL, "Commission Expires" TEXT NOT NULL, "Home City" TEXT NOT NULL,
            "Signing Agent" TEXT NOT NULL);
        CREATE TABLE "Clients" ("Client ID" INTEGER PRIMARY KEY, "Client Name" TEXT NOT NULL,
            "Client Type" TEXT NOT NULL, "City" TEXT NOT NULL, "Phone" TEXT,
            "Referred By" INTEGER REFERENCES "Clients"("Client ID"));
        CREATE TABLE "Document Types" ("Type ID" INTEGER PRIMARY KEY, "Document Type" TEXT NOT NULL,
            "Category" TEXT NOT NULL, "Standard Fee" REAL NOT NULL);
        CREATE TABLE "Appointments" ("Appointment ID" INTEGER PRIMARY KEY,
            "Client ID" INTEGER NOT NULL REFERENCES "Clients"("Client ID"),
            "Notary ID" INTEGER NOT NULL REFERENCES "Notaries"("Notary ID"), "Appointment Date" TEXT NOT NULL,
            "Start Time" TEXT NOT NULL, "Location Type" TEXT NOT NULL, "Travel Fee" REAL NOT NULL DEFAULT 0,
            "Status" TEXT NOT NULL);
        CREATE TABLE "Notarial Acts" ("Act ID" INTEGER PRIMARY KEY,
            "Appointment ID" INTEGER NOT NULL REFERENCES "Appointments"("Appointment ID"),
            "Type ID" INTEGER NOT NULL REFERENCES "Document Types"("Type ID"), "Journal Entry" TEXT NOT NULL,
            "Fee Charged" REAL NOT NULL, "Pages" INTEGER NOT NULL);
        CREATE TABLE "Act Signers" ("Act ID" INTEGER NOT NULL REFERENCES "Notarial Acts"("Act ID"),
            "Client ID" INTEGER NOT NULL REFERENCES "Clients"("Client ID"), "Signer Role" TEXT NOT NULL,
            "ID Presented" TEXT NOT NULL, PRIMARY KEY ("Act ID", "Client ID"));
        """,
    )
    insert(c, "Notaries", [(k, n, f"{13000000 + k * 48611}", _iso(e), h, sa)
                           for k, (n, h, e, sa) in enumerate(NO_NOTARIES, 1)])  # fmt: skip
    clients = []
    people = _names(r, 135)
    for k in range(1, 151):
        if k % 10 == 3 and len(clients) < 150 and (k // 10) < len(NO_BUSINESSES):
            name, typ = NO_BUSINESSES[k // 10]
        else:
            name, typ = people.pop(), "Individual"
        ref = r.randint(1, k - 1) if k > 8 and typ == "Individual" and r.random() < 0.25 else None
        phone = None if r.random() < 0.07 else f"(512) 555-{r.randint(1000, 9999)}"
        clients.append((k, name, typ, r.choice(NO_CITIES), phone, ref))
    insert(c, "Clients", clients)
    insert(c, "Document Types", [(k, *t) for k, t in enumerate(NO_TYPES, 1)])
    individuals = [cl[0] for cl in clients if cl[2] == "Individual"]
    appts = []
    for _ in range(215):
        d = day_between(r, START, D(2025, 7, 31))
        x = r.random()
        cl = r.choice(
            [cl for cl in clients if cl[2] == ("Title Company" if x < 0.2 else "Business" if x < 0.3 else "Individual")]
        )
        kind = r.choice(["Office", "Mobile", "Mobile", "Remote Online"])
        if d > LAST:
            st = "Scheduled"
        else:
            x = r.random()
            st = "Completed" if x < 0.82 else "Cancelled" if x < 0.92 else "No Show"
        tm = f"{r.randint(8, 18):02d}:{r.choice(['00', '15', '30', '45'])}"
        notary = r.randint(1, 20)
        if cl[2] == "Title Company":
            notary = r.choice([k for k, x in enumerate(NO_NOTARIES, 1) if x[3] == "Yes"])
            kind = "Mobile"
        travel = float(r.choice([25, 35, 50, 75])) if kind == "Mobile" else 0.0
        appts.append((cl[0], cl[2], notary, d, tm, kind, travel, st))
    appts.sort(key=lambda x: (x[3], x[4]))
    insert(c, "Appointments",
           [(k, cl, n, _iso(d), tm, kind, tr, st) for k, (cl, _t, n, d, tm, kind, tr, st) in enumerate(appts, 1)])  # fmt: skip
    acts, signers = [], []
    type_pool = {
        "Title Company": [9, 9, 10, 10, 11, 7, 8],
        "Business": [1, 2, 16, 16, 17, 18, 18, 1, 14],
        "Individual": [1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7, 12, 12, 13, 13, 14, 20, 3, 18],
    }
    for k, (cl, typ, _n, d, _tm, _kind, _tr, st) in enumerate(appts, 1):
        if st != "Completed":
            continue
        for t in r.sample(type_pool[typ], r.choice([1, 1, 1, 2])):
            std = NO_TYPES[t - 1][2]
            fee = round(std * r.choice([1.0, 1.0, 1.0, 0.9, 1.2]), 2)
            aid = len(acts) + 1
            acts.append(
                (aid, k, t, f"J{d.year % 100}-{aid:04d}", fee, r.randint(1, 4) if std < 100 else r.randint(40, 120))
            )
            who = [(cl, "Principal")] if typ == "Individual" else [(r.choice(individuals), "Principal")]
            if t in (9, 10, 11, 7, 8) and r.random() < 0.5:
                who.append((r.choice(individuals), "Co-signer"))
            if t in (5, 6, 20) or r.random() < 0.12:
                who.append((r.choice(individuals), "Witness"))
            seen = set()
            for pid, role in who:
                if pid in seen:
                    continue
                seen.add(pid)
                idp = r.choice(["Driver License", "Driver License", "Driver License", "Passport", "State ID"])
                signers.append((aid, pid, role, idp))
    insert(c, "Notarial Acts", acts)
    insert(c, "Act Signers", signers)
    done(c)


# ----------------------------------------------------------------------------------------------------- procurement
PR_OU = [
    (1, "City Manager's Office", None), (2, "Public Works", None), (3, "Parks and Recreation", None),
    (4, "Finance", None), (5, "Police Department", None), (6, "Fire Department", None),
    (7, "Information Technology", None), (8, "Community Development", None), (9, "Streets", 2),
    (10, "Water Utility", 2), (11, "Fleet Services", 2), (12, "Facilities Maintenance", 2), (13, "Aquatics", 3),
    (14, "Urban Forestry", 3), (15, "Purchasing", 4), (16, "Treasury", 4), (17, "Patrol", 5),
    (18, "Forensics Lab", 5), (19, "Emergency Medical Services", 6), (20, "GIS", 7),
]  # fmt: skip
PR_CPV = [
    ("09134100-8", "Diesel fuel", [("Ultra-low sulfur diesel", "GAL", 3.2, 4.1)]),
    ("30192000-1", "Office supplies", [("Copy paper, case", "BOX", 38, 48), ("Toner cartridge", "EA", 65, 120)]),
    ("30213100-6", "Portable computers", [("Laptop 14in", "EA", 900, 1400), ("Docking station", "EA", 180, 250)]),
    ("32250000-0", "Mobile telephones", [("Smartphone", "EA", 450, 800)]),
    ("33140000-3", "Medical consumables", [("Trauma dressing kit", "BOX", 40, 90), ("Nitrile gloves", "BOX", 8, 14)]),
    ("34144900-7", "Electric vehicles", [("Electric pickup truck", "EA", 52000, 68000)]),
    (
        "35113400-3",
        "Protective and safety clothing",
        [("Hi-vis jacket", "EA", 35, 60), ("Safety boots", "PR", 90, 140)],
    ),
    ("39130000-2", "Office furniture", [("Task chair", "EA", 240, 420), ("Sit-stand desk", "EA", 500, 900)]),
    ("44113620-7", "Asphalt", [("Hot mix asphalt", "TON", 75, 110)]),
    ("45233141-9", "Road-maintenance works", [("Pothole repair crew", "HR", 140, 190)]),
    ("45453000-7", "Overhaul and refurbishment work", [("HVAC overhaul", "LOT", 15000, 40000)]),
    ("48000000-8", "Software packages", [("Annual software licence", "EA", 1200, 9000)]),
    (
        "50110000-9",
        "Motor vehicle repair and maintenance",
        [("Fleet vehicle service", "EA", 250, 900), ("Mechanic labour", "HR", 95, 130)],
    ),
    ("71311000-1", "Civil engineering consultancy", [("Engineering consultant", "HR", 150, 220)]),
    ("72260000-5", "Software-related services", [("Developer services", "HR", 120, 180)]),
    (
        "77310000-6",
        "Planting and maintenance of green areas",
        [("Tree planting", "EA", 180, 350), ("Mowing service", "HR", 55, 80)],
    ),
    ("79341000-6", "Advertising services", [("Public notice advert", "EA", 300, 1200)]),
    ("79710000-4", "Security services", [("Security guard", "HR", 28, 45)]),
    ("90911200-8", "Building-cleaning services", [("Janitorial service", "MO", 3000, 9000)]),
    ("80500000-9", "Training services", [("Training course seat", "EA", 250, 1500)]),
]
PR_CPV_OU = {
    "09134100-8": [11, 9, 10], "30192000-1": [1, 4, 15, 16, 8], "30213100-6": [7, 20, 17], "32250000-0": [7, 5],
    "33140000-3": [19, 6], "34144900-7": [11], "35113400-3": [9, 10, 14, 6], "39130000-2": [12, 1, 8],
    "44113620-7": [9], "45233141-9": [9], "45453000-7": [12], "48000000-8": [7, 20, 16], "50110000-9": [11],
    "71311000-1": [2, 10, 8], "72260000-5": [7, 20], "77310000-6": [14, 3, 13], "79341000-6": [1, 8],
    "79710000-4": [12, 13, 3], "90911200-8": [12], "80500000-9": [5, 6, 19, 18],
}  # fmt: skip
PR_VENDORS = [
    ("Apex Office Supply", "Columbus", "N"), ("Buckeye Fuel Distributors", "Dayton", "N"),
    ("Cardinal Paving Co", "Springfield", "Y"), ("Delta Tech Solutions", "Columbus", "Y"),
    ("Evergreen Landscapes", "Westerville", "Y"), ("Frontline Safety Gear", "Toledo", "Y"),
    ("GovIT Partners", "Cincinnati", "N"), ("Harbor Mechanical", "Columbus", "Y"),
    ("Ironclad Security Services", "Dayton", "N"), ("Jetstream Fleet Care", "Columbus", "Y"),
    ("Keystone Engineering Group", "Cleveland", "N"), ("Lakeside Medical Supply", "Toledo", "Y"),
    ("Metro Janitorial", "Columbus", "Y"), ("Northpoint Wireless", "Cincinnati", "N"),
    ("Ohio Valley Asphalt", "Marietta", "Y"), ("Pinnacle Furniture", "Akron", "N"), ("Quantum Software Inc", "Dublin", "N"),
    ("Redline Ad Agency", "Columbus", "Y"), ("Summit Training Institute", "Akron", "Y"),
    ("Tri-County Tree Service", "Delaware", "Y"), ("United Motors Fleet", "Detroit", "N"),
    ("Vanguard Computers", "Columbus", "N"), ("Westgate Supply Co", "Mansfield", "Y"),
    ("Xcel Cleaning Group", "Cleveland", "N"), ("Yellowstone Uniforms", "Canton", "Y"),
    ("Zenith Consulting Engineers", "Columbus", "Y"), ("Allied Road Services", "Zanesville", "Y"),
    ("Brightpath Learning", "Columbus", "Y"), ("Crossroads Fuel", "Lima", "Y"), ("DataBridge Systems", "Dublin", "Y"),
    ("Eagle Eye Protection", "Columbus", "Y"), ("First Response Medical", "Dayton", "N"),
    ("GreenLeaf Grounds", "Newark", "Y"), ("Highway Materials Inc", "Findlay", "N"),
    ("Integrity HVAC", "Columbus", "Y"), ("Jupiter Mobile", "Cleveland", "N"), ("Kingfisher Print & Media", "Athens", "Y"),
    ("Liberty Office Interiors", "Columbus", "Y"), ("Midwest EV Fleet", "Indianapolis", "N"),
    ("Nimbus Cloud Services", "Cincinnati", "N"),
]  # fmt: skip
PR_VENDOR_CPV = {
    "09134100-8": [2, 29], "30192000-1": [1, 23, 38], "30213100-6": [4, 22, 30, 7], "32250000-0": [14, 36, 4],
    "33140000-3": [12, 32], "34144900-7": [21, 39], "35113400-3": [6, 25, 23], "39130000-2": [16, 38, 1],
    "44113620-7": [15, 34, 3], "45233141-9": [3, 27, 15], "45453000-7": [8, 35], "48000000-8": [17, 7, 30, 40],
    "50110000-9": [10, 21], "71311000-1": [11, 26], "72260000-5": [7, 30, 17, 40, 4], "77310000-6": [5, 20, 33],
    "79341000-6": [18, 37], "79710000-4": [9, 31], "90911200-8": [13, 24], "80500000-9": [19, 28],
}  # fmt: skip
PR_BUYERS = ["D. Kessler", "M. Ahmed", "L. Romano", "S. Okafor", "T. Brandt"]
PR_RECEIVERS = ["J. Marsh", "P. Singh", "R. Delaney", "K. Wu", "A. Hollis", "B. Ferreira"]


def build_procurement(path: Path) -> None:
    r = random.Random(65004)
    c = fresh_db(
        path,
        """
        CREATE TABLE ou (ou_id INTEGER PRIMARY KEY, ou_name TEXT NOT NULL, parent_ou_id INTEGER REFERENCES ou(ou_id),
            cost_ctr TEXT NOT NULL);
        CREATE TABLE cpv (cpv_code TEXT PRIMARY KEY, cpv_desc TEXT NOT NULL);
        CREATE TABLE vendor (vendor_id INTEGER PRIMARY KEY, vendor_name TEXT NOT NULL, duns TEXT NOT NULL,
            city TEXT NOT NULL, sme_flag TEXT NOT NULL, reg_dt TEXT NOT NULL);
        CREATE TABLE rfq (rfq_id INTEGER PRIMARY KEY, rfq_ref TEXT NOT NULL, title TEXT NOT NULL,
            ou_id INTEGER NOT NULL REFERENCES ou(ou_id), cpv_code TEXT NOT NULL REFERENCES cpv(cpv_code),
            est_value REAL NOT NULL, issue_dt TEXT NOT NULL, close_dt TEXT NOT NULL, rfq_status TEXT NOT NULL,
            buyer TEXT NOT NULL);
        CREATE TABLE bid (bid_id INTEGER PRIMARY KEY, rfq_id INTEGER NOT NULL REFERENCES rfq(rfq_id),
            vendor_id INTEGER NOT NULL REFERENCES vendor(vendor_id), bid_value REAL NOT NULL,
            tech_score INTEGER NOT NULL, awarded TEXT NOT NULL DEFAULT 'N', submitted_dt TEXT NOT NULL);
        CREATE TABLE po (po_id INTEGER PRIMARY KEY, po_ref TEXT NOT NULL, rfq_id INTEGER REFERENCES rfq(rfq_id),
            vendor_id INTEGER NOT NULL REFERENCES vendor(vendor_id), ou_id INTEGER NOT NULL REFERENCES ou(ou_id),
            po_dt TEXT NOT NULL, eta TEXT NOT NULL, po_status TEXT NOT NULL);
        CREATE TABLE po_line (po_line_id INTEGER PRIMARY KEY, po_id INTEGER NOT NULL REFERENCES po(po_id),
            line_no INTEGER NOT NULL, item_desc TEXT NOT NULL, uom TEXT NOT NULL, qty REAL NOT NULL,
            unit_cost REAL NOT NULL);
        CREATE TABLE grn (grn_id INTEGER PRIMARY KEY, po_id INTEGER NOT NULL REFERENCES po(po_id),
            grn_dt TEXT NOT NULL, partial_flg TEXT NOT NULL DEFAULT 'N', received_by TEXT NOT NULL);
        """,
    )
    insert(c, "ou", [(i, n, p, f"CC{1000 + i * 10}") for i, n, p in PR_OU])
    insert(c, "cpv", [(code, desc) for code, desc, _items in PR_CPV])
    vendors = []
    for k, (n, city, sme) in enumerate(PR_VENDORS, 1):
        vendors.append((k, n, f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}", city, sme,
                        _iso(day_between(r, D(2012, 1, 1), D(2024, 12, 31)))))  # fmt: skip
    insert(c, "vendor", vendors)
    items = {code: its for code, _d, its in PR_CPV}
    descs = {code: d for code, d, _its in PR_CPV}
    issued = sorted(
        [day_between(r, D(2023, 1, 9), D(2025, 4, 30)) for _ in range(54)]
        + [day_between(r, D(2025, 5, 1), D(2025, 6, 6)) for _ in range(6)]
    )
    rfqs, bids = [], []
    qty_range = {"GAL": (2000, 12000), "BOX": (20, 200), "EA": (2, 40), "PR": (20, 120), "TON": (80, 600),
                 "HR": (40, 600), "LOT": (1, 1), "MO": (6, 12)}  # fmt: skip
    for k, d in enumerate(issued, 1):
        code = r.choice(PR_CPV)[0]
        ou = r.choice(PR_CPV_OU[code])
        desc, uom, lo, hi = items[code][0]
        q = r.randint(*qty_range[uom]) if uom != "EA" or lo < 5000 else r.randint(1, 4)
        est = round(q * (lo + hi) / 2, -2)
        close = d + dt.timedelta(days=r.choice([14, 21, 28, 30]))
        if close > LAST:
            st = "OPEN"
        elif close > D(2025, 5, 20):
            st = "EVALUATION"
        else:
            st = "CANCELLED" if r.random() < 0.12 else "AWARDED"
        title = f"{descs[code]} - {PR_OU[ou - 1][1]} {d.year}"
        rfqs.append((k, f"RFQ-{d.year % 100}-{k:03d}", title, ou, code, est, _iso(d), _iso(close), st,
                     r.choice(PR_BUYERS)))  # fmt: skip
        pool = PR_VENDOR_CPV[code] + r.sample(range(1, 41), 2)
        nb = 0 if st == "CANCELLED" and r.random() < 0.6 else r.randint(1, min(5, len(set(pool))))
        if st == "OPEN":
            nb = r.randint(0, 2)
        if st == "AWARDED":
            nb = max(nb, 1)
        vs = r.sample(sorted(set(pool)), nb)
        rb = []
        for v in vs:
            sub = min(close, LAST) - dt.timedelta(days=r.randint(0, 10))
            fit = v in PR_VENDOR_CPV[code]
            score = r.randint(52, 96) if fit else r.randint(28, 50)
            rb.append([k, v, round(est * r.uniform(0.78, 1.3), 2), score, "N", _iso(max(sub, d))])
        if st == "AWARDED" and not any(b[1] in PR_VENDOR_CPV[code] for b in rb):
            v = r.choice(PR_VENDOR_CPV[code])
            rb.append([k, v, round(est * r.uniform(0.85, 1.1), 2), r.randint(60, 90), "N", _iso(close)])
        if st == "AWARDED":
            best = max((b for b in rb if b[1] in PR_VENDOR_CPV[code]), key=lambda b: b[3] - 40 * b[2] / est)
            best[4] = "Y"
        bids.extend(rb)
    insert(c, "rfq", rfqs)
    insert(c, "bid", [(k, *b) for k, b in enumerate(bids, 1)])
    pos = []
    for rq in rfqs:
        if rq[8] != "AWARDED":
            continue
        win = next(b for b in bids if b[0] == rq[0] and b[4] == "Y")
        close = D.fromisoformat(str(rq[7]))
        for _ in range(r.choice([1, 1, 2])):
            pd = close + dt.timedelta(days=r.randint(5, 60))
            if pd <= LAST:
                pos.append((rq[0], win[1], rq[3], pd, rq[4], win[2] / rq[5]))
    for _ in range(150 - len(pos)):
        code = r.choice(PR_CPV)[0]
        if items[code][0][2] > 5000:
            code = "30192000-1"
        pos.append((None, r.choice(PR_VENDOR_CPV[code]), r.choice(PR_CPV_OU[code]), day_between(r, START, LAST), code,
                    1.0))  # fmt: skip
    pos.sort(key=lambda x: x[3])
    po_rows, lines, grns = [], [], []
    for k, (rq, v, ou, pd, code, factor) in enumerate(pos, 1):
        eta = pd + dt.timedelta(days=r.randint(7, 45))
        if r.random() < 0.04:
            st = "CANCELLED"
        elif eta < D(2025, 4, 1) or (eta <= LAST and r.random() < 0.6):
            st = "CLOSED" if eta < D(2025, 1, 1) else r.choice(["RECEIVED", "CLOSED"])
        else:
            st = "OPEN"
        po_rows.append((k, f"PO-{pd.year % 100}-{k:04d}", rq, v, ou, _iso(pd), _iso(eta), st))
        its = items[code]
        n = r.choice([1, 1, 2, 3]) if rq is None else len(its)
        for ln in range(1, n + 1):
            desc, uom, lo, hi = its[(ln - 1) % len(its)]
            if rq is None:
                q = max(1, r.randint(*qty_range[uom]) // 4) if uom != "EA" or lo < 5000 else 1
            else:
                q = r.randint(*qty_range[uom]) if uom != "EA" or lo < 5000 else r.randint(1, 3)
            cost = round(r.uniform(lo, hi) * (factor if rq else 1.0), 2)
            lines.append((len(lines) + 1, k, ln, desc, uom, float(q), cost))
        if st in ("RECEIVED", "CLOSED"):
            gd = min(LAST, eta + dt.timedelta(days=r.randint(-5, 12)))
            gd = max(gd, pd + dt.timedelta(days=2))
            if r.random() < 0.15 and gd + dt.timedelta(days=10) <= LAST:
                grns.append((k, gd, "Y"))
                gd += dt.timedelta(days=r.randint(5, 20))
                gd = min(gd, LAST)
            grns.append((k, gd, "N"))
    insert(c, "po", po_rows)
    insert(c, "po_line", lines)
    grns.sort(key=lambda x: (x[1], x[0]))
    insert(c, "grn", [(k, p, _iso(d), f, r.choice(PR_RECEIVERS)) for k, (p, d, f) in enumerate(grns, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- taxprep
TP_PREPARERS = [
    (1, "Gloria Hensley", "CPA", None, D(2006, 1, 9), 1, 145.0), (2, "Martin Kowal", "CPA", 1, D(2011, 1, 3), 1, 120.0),
    (3, "Denise Atwater", "EA", 1, D(2013, 12, 2), 1, 105.0), (4, "Raymond Fisk", "EA", 2, D(2015, 1, 12), 1, 85.0),
    (5, "Tonya Beale", "CPA", 2, D(2016, 2, 1), 1, 110.0), (6, "Jared Solano", "AFSP", 3, D(2017, 1, 16), 1, 55.0),
    (7, "Crystal Monroe", "AFSP", 3, D(2018, 1, 8), 0, 50.0), (8, "Victor Lang", "EA", 2, D(2018, 11, 5), 1, 80.0),
    (9, "Hannah Pruett", "AFSP", 3, D(2019, 1, 14), 1, 52.0), (10, "Omar Shaikh", "CPA", 2, D(2019, 6, 3), 1, 115.0),
    (11, "Beth Kinsler", "AFSP", 3, D(2020, 1, 13), 0, 48.0), (12, "Luis Paredes", "EA", 3, D(2020, 12, 7), 1, 78.0),
    (13, "Whitney Gaul", "AFSP", 3, D(2021, 1, 11), 1, 50.0), (14, "Dennis Yoder", "EA", 2, D(2021, 9, 20), 1, 82.0),
    (15, "Ashley Truong", "CPA", 2, D(2022, 3, 7), 1, 112.0), (16, "Kevin Albright", "AFSP", 3, D(2023, 1, 9), 0, 47.0),
    (17, "Renee Carver", "AFSP", 3, D(2023, 1, 23), 1, 49.0), (18, "Samuel Ochoa", "EA", 3, D(2024, 1, 8), 1, 76.0),
    (19, "Paige Whitmore", "AFSP", 12, D(2025, 1, 6), 1, 46.0), (20, "Dylan Marsh", "AFSP", 12, D(2025, 1, 13), 1, 46.0),
]  # fmt: skip
TP_FORMS = [
    ("Schedule A", "Itemized deductions", 60.0), ("Schedule B", "Interest and ordinary dividends", 20.0),
    ("Schedule C", "Profit or loss from business", 120.0), ("Schedule D", "Capital gains and losses", 60.0),
    ("Schedule E", "Supplemental income (rental property)", 90.0), ("Schedule SE", "Self-employment tax", 30.0),
    ("Form 8829", "Expenses for business use of home", 45.0), ("Form 4562", "Depreciation and amortization", 50.0),
    ("Form 8863", "Education credits", 35.0), ("Form 2441", "Child and dependent care expenses", 30.0),
    ("Form 8962", "Premium tax credit", 40.0), ("Form 8889", "Health savings accounts", 30.0),
    ("Form 1116", "Foreign tax credit", 55.0), ("Form 8606", "Nondeductible IRAs", 35.0),
    ("Form 5695", "Residential energy credits", 35.0), ("Schedule EIC", "Earned income credit", 40.0),
    ("Schedule 8812", "Credits for qualifying children", 35.0), ("Form 4868", "Extension of time to file", 25.0),
    ("Form 1040-X", "Amended return", 95.0), ("Form 8938", "Statement of specified foreign assets", 65.0),
]  # fmt: skip
TP_PLACES = [("Cincinnati", "OH"), ("Cincinnati", "OH"), ("Cincinnati", "OH"), ("Norwood", "OH"), ("Mason", "OH"),
             ("Hamilton", "OH"), ("Covington", "KY"), ("Florence", "KY"), ("Newport", "KY"),
             ("Lawrenceburg", "IN")]  # fmt: skip


def build_taxprep(path: Path) -> None:
    r = random.Random(65005)
    c = fresh_db(
        path,
        """
        CREATE TABLE tblPreparer (lngPreparerID INTEGER PRIMARY KEY, strName TEXT NOT NULL,
            strCredential TEXT NOT NULL, lngSupervisorID INTEGER REFERENCES tblPreparer(lngPreparerID),
            dtHired TEXT NOT NULL, bActive INTEGER NOT NULL DEFAULT 1, curHourlyRate REAL NOT NULL);
        CREATE TABLE tblClient (lngClientID INTEGER PRIMARY KEY, strClientName TEXT NOT NULL, strCity TEXT NOT NULL,
            strState TEXT NOT NULL, strFilingStatus TEXT NOT NULL, dtFirstVisit TEXT NOT NULL,
            bSelfEmployed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE tblForm (lngFormID INTEGER PRIMARY KEY, strFormCode TEXT NOT NULL, strDescription TEXT NOT NULL,
            curFee REAL NOT NULL);
        CREATE TABLE tblReturn (lngReturnID INTEGER PRIMARY KEY,
            lngClientID INTEGER NOT NULL REFERENCES tblClient(lngClientID),
            lngPreparerID INTEGER NOT NULL REFERENCES tblPreparer(lngPreparerID), intTaxYear INTEGER NOT NULL,
            dtReceived TEXT NOT NULL, dtFiled TEXT, strStatus TEXT NOT NULL, bEFiled INTEGER NOT NULL DEFAULT 1,
            curPrepFee REAL NOT NULL, curRefund REAL, curBalanceDue REAL);
        CREATE TABLE tblReturnForm (lngReturnID INTEGER NOT NULL REFERENCES tblReturn(lngReturnID),
            lngFormID INTEGER NOT NULL REFERENCES tblForm(lngFormID), intCopies INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (lngReturnID, lngFormID));
        CREATE TABLE tblPayment (lngPaymentID INTEGER PRIMARY KEY,
            lngReturnID INTEGER NOT NULL REFERENCES tblReturn(lngReturnID), dtPaid TEXT NOT NULL,
            curAmount REAL NOT NULL, strMethod TEXT NOT NULL);
        """,
    )
    insert(c, "tblPreparer", [(i, n, cr, s, _iso(h), a, rate) for i, n, cr, s, h, a, rate in TP_PREPARERS])
    insert(c, "tblForm", [(k, *f) for k, f in enumerate(TP_FORMS, 1)])
    clients = []
    for k, nm in enumerate(_names(r, 150), 1):
        city, state = r.choice(TP_PLACES)
        fs = r.choice(["S", "S", "S", "MFJ", "MFJ", "MFJ", "HOH", "HOH", "MFS"])
        first = day_between(r, D(2014, 1, 15), D(2025, 4, 10))
        while first.month > 3:
            first = day_between(r, D(2014, 1, 15), D(2025, 4, 10))
        clients.append((k, nm, city, state, fs, _iso(first), int(r.random() < 0.25)))
    insert(c, "tblClient", clients)
    base = {"S": 125.0, "MFJ": 175.0, "MFS": 150.0, "HOH": 150.0}
    returns, links, pays = [], [], []
    for cl in clients:
        first = D.fromisoformat(str(cl[5]))
        for ty in (2022, 2023, 2024):
            if first.year > ty + 1 or r.random() < 0.22:
                continue
            season = D(ty + 1, 1, 1)
            recv = day_between(r, max(season + dt.timedelta(days=20), first if first.year == ty + 1 else season),
                               D(ty + 1, 4, 12))  # fmt: skip
            prep = r.choice([p[0] for p in TP_PREPARERS if p[4] <= recv and (p[5] == 1 or ty < 2024) and p[0] != 1])
            forms: dict[int, int] = {}
            if cl[6]:
                forms[3] = r.choice([1, 1, 1, 2])
                forms[6] = 1
                if r.random() < 0.4:
                    forms[7] = 1
                if r.random() < 0.3:
                    forms[8] = 1
            for f in r.sample([1, 2, 4, 5, 9, 10, 11, 12, 13, 14, 15, 16, 17, 20], r.choice([0, 0, 0, 0, 1])):
                forms[f] = 1
            x = r.random()
            if ty == 2024 and x < 0.12:
                st, filed = "In Progress", None
            elif ty == 2024 and x < 0.2:
                st, filed = "Extension Filed", None
                forms[18] = 1
            else:
                filed = min(LAST, recv + dt.timedelta(days=r.randint(2, 30)))
                st = "Rejected" if ty == 2024 and r.random() < 0.05 else "Accepted"
            fee = base[cl[4]] + sum(TP_FORMS[f - 1][2] * q for f, q in forms.items())
            if filed is None:
                refund = due = None
            elif r.random() < 0.7:
                refund, due = float(r.randint(80, 6500)), 0.0
            else:
                refund, due = 0.0, float(r.randint(40, 4800))
            rid = len(returns) + 1
            returns.append((rid, cl[0], prep, ty, recv, filed, st, int(r.random() < 0.93), fee, refund, due))
            links.extend((rid, f, q) for f, q in sorted(forms.items()))
    returns.sort(key=lambda x: (x[4], x[1]))
    renum = {x[0]: k for k, x in enumerate(returns, 1)}
    insert(c, "tblReturn",
           [(renum[x[0]], x[1], x[2], x[3], _iso(x[4]), _iso(x[5]), *x[6:]) for x in returns])  # fmt: skip
    insert(c, "tblReturnForm", sorted((renum[a], f, q) for a, f, q in links))
    for x in returns:
        filed, fee = x[5], x[8]
        if filed is None:
            if r.random() < 0.5:
                pays.append((renum[x[0]], x[4], 50.0, "Card"))
            continue
        if r.random() < 0.06:
            continue
        if x[9] and r.random() < 0.3:
            pays.append((renum[x[0]], filed + dt.timedelta(days=r.randint(10, 21)), fee, "Refund Transfer"))
        elif r.random() < 0.75:
            pays.append((renum[x[0]], filed, fee, r.choice(["Card", "Card", "Cash", "Check"])))
        else:
            half = round(fee / 2, 2)
            pays.append((renum[x[0]], filed, half, r.choice(["Card", "Cash"])))
            later = filed + dt.timedelta(days=r.randint(20, 60))
            if later <= LAST:
                pays.append((renum[x[0]], later, round(fee - half, 2), r.choice(["Card", "Check"])))
    pays = [p for p in pays if p[1] <= LAST]
    pays.sort(key=lambda p: (p[1], p[0]))
    insert(c, "tblPayment", [(k, rid, _iso(d), a, m) for k, (rid, d, a, m) in enumerate(pays, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- fxbureau
FX_CURRENCIES = [
    ("EUR", "Euro", 2, "Europe"), ("USD", "US Dollar", 2, "Americas"), ("JPY", "Japanese Yen", 0, "Asia"),
    ("CHF", "Swiss Franc", 2, "Europe"), ("AUD", "Australian Dollar", 2, "Oceania"),
    ("CAD", "Canadian Dollar", 2, "Americas"), ("NZD", "New Zealand Dollar", 2, "Oceania"),
    ("SEK", "Swedish Krona", 2, "Europe"), ("NOK", "Norwegian Krone", 2, "Europe"), ("DKK", "Danish Krone", 2, "Europe"),
    ("PLN", "Polish Zloty", 2, "Europe"), ("CZK", "Czech Koruna", 2, "Europe"), ("TRY", "Turkish Lira", 2, "Europe"),
    ("AED", "UAE Dirham", 2, "Middle East"), ("THB", "Thai Baht", 2, "Asia"), ("HKD", "Hong Kong Dollar", 2, "Asia"),
    ("SGD", "Singapore Dollar", 2, "Asia"), ("ZAR", "South African Rand", 2, "Africa"),
    ("ISK", "Icelandic Krona", 0, "Europe"), ("HUF", "Hungarian Forint", 2, "Europe"),
]  # fmt: skip
FX_MID = {"EUR": 1.18, "USD": 1.27, "JPY": 192.0, "CHF": 1.11, "AUD": 1.95, "CAD": 1.76, "NZD": 2.12, "SEK": 13.6,
          "NOK": 13.9, "DKK": 8.8, "PLN": 5.05, "CZK": 29.4, "TRY": 44.5, "AED": 4.66, "THB": 43.2}  # fmt: skip
FX_BRANCHES = [
    ("LHR-T2", "Heathrow Terminal 2", "London", "Airport", D(2014, 6, 4)),
    ("LHR-T3", "Heathrow Terminal 3", "London", "Airport", D(2009, 3, 1)),
    ("LHR-T5", "Heathrow Terminal 5", "London", "Airport", D(2008, 3, 27)),
    ("LGW-N", "Gatwick North Terminal", "Crawley", "Airport", D(2011, 5, 16)),
    ("LGW-S", "Gatwick South Terminal", "Crawley", "Airport", D(2010, 9, 1)),
    ("STN", "Stansted Airport", "Stansted", "Airport", D(2016, 4, 11)),
    ("MAN-T1", "Manchester Airport T1", "Manchester", "Airport", D(2012, 2, 6)),
    ("MAN-T2", "Manchester Airport T2", "Manchester", "Airport", D(2021, 7, 19)),
    ("BHX", "Birmingham Airport", "Birmingham", "Airport", D(2015, 10, 5)),
    ("EDI", "Edinburgh Airport", "Edinburgh", "Airport", D(2013, 8, 12)),
    ("GLA", "Glasgow Airport", "Glasgow", "Airport", D(2017, 3, 20)),
    ("BRS", "Bristol Airport", "Bristol", "Airport", D(2019, 5, 13)),
    ("STP", "St Pancras International", "London", "Rail Station", D(2007, 11, 14)),
    ("KGX", "King's Cross", "London", "Rail Station", D(2018, 9, 3)),
    ("BHM-NS", "Birmingham New Street", "Birmingham", "Rail Station", D(2016, 9, 26)),
    ("EDI-WAV", "Edinburgh Waverley", "Edinburgh", "Rail Station", D(2020, 2, 10)),
    ("DOV", "Dover Ferry Terminal", "Dover", "Port", D(2005, 7, 1)),
    ("PME", "Portsmouth International Port", "Portsmouth", "Port", D(2012, 4, 2)),
    ("OXF-ST", "Oxford Street", "London", "High Street", D(2010, 11, 22)),
    ("YRK", "York Coney Street", "York", "High Street", D(2024, 10, 7)),
]
FX_NATIONS = ["GBR", "GBR", "GBR", "GBR", "USA", "FRA", "DEU", "ESP", "ITA", "IRL", "CAN", "AUS", "IND", "CHN", "NLD"]


def build_fxbureau(path: Path) -> None:
    r = random.Random(65006)
    c = fresh_db(
        path,
        """
        CREATE TABLE currency (currency_code TEXT PRIMARY KEY, currency_name TEXT NOT NULL,
            minor_units INTEGER NOT NULL, region TEXT NOT NULL);
        CREATE TABLE branch (branch_code TEXT PRIMARY KEY, branch_name TEXT NOT NULL, city TEXT NOT NULL,
            location_type TEXT NOT NULL, opened_on TEXT NOT NULL);
        CREATE TABLE teller (staff_no TEXT PRIMARY KEY, full_name TEXT NOT NULL,
            branch_code TEXT REFERENCES branch(branch_code), job_title TEXT NOT NULL,
            supervisor_no TEXT REFERENCES teller(staff_no), start_date TEXT NOT NULL);
        CREATE TABLE rate (currency_code TEXT NOT NULL REFERENCES currency(currency_code), rate_date TEXT NOT NULL,
            we_sell REAL NOT NULL, we_buy REAL NOT NULL, PRIMARY KEY (currency_code, rate_date));
        CREATE TABLE customer (doc_no TEXT PRIMARY KEY, doc_type TEXT NOT NULL, full_name TEXT NOT NULL,
            nationality TEXT NOT NULL, date_of_birth TEXT NOT NULL, verified_on TEXT NOT NULL);
        CREATE TABLE txn (branch_code TEXT NOT NULL REFERENCES branch(branch_code), txn_no INTEGER NOT NULL,
            txn_ts INTEGER NOT NULL, staff_no TEXT NOT NULL REFERENCES teller(staff_no),
            currency_code TEXT NOT NULL REFERENCES currency(currency_code), side TEXT NOT NULL,
            foreign_amt REAL NOT NULL, gbp_amt REAL NOT NULL, commission_gbp REAL NOT NULL DEFAULT 0,
            doc_no TEXT REFERENCES customer(doc_no), PRIMARY KEY (branch_code, txn_no));
        CREATE TABLE till_float (branch_code TEXT NOT NULL REFERENCES branch(branch_code),
            currency_code TEXT NOT NULL REFERENCES currency(currency_code), float_amt REAL NOT NULL,
            reorder_level REAL NOT NULL, last_counted TEXT NOT NULL, PRIMARY KEY (branch_code, currency_code));
        """,
    )
    insert(c, "currency", FX_CURRENCIES)
    insert(c, "branch", [(b, n, ci, t, _iso(o)) for b, n, ci, t, o in FX_BRANCHES])
    names = _names(r, 60)
    staff = [("S1001", names[0], None, "Area Manager", None, D(2006, 2, 1)),
             ("S1002", names[1], None, "Area Manager", "S1001", D(2009, 8, 17)),
             ("S1003", names[2], None, "Area Manager", "S1001", D(2012, 5, 8))]  # fmt: skip
    area = {"London": "S1001", "Crawley": "S1001", "Stansted": "S1001", "Dover": "S1001", "Portsmouth": "S1001",
            "Manchester": "S1002", "Birmingham": "S1002", "Bristol": "S1002", "York": "S1002",
            "Edinburgh": "S1003", "Glasgow": "S1003"}  # fmt: skip
    k = 3
    managers = {}
    for b, _n, city, _t, opened in FX_BRANCHES:
        no = f"S{1001 + k}"
        managers[b] = no
        staff.append(
            (no, names[k], b, "Branch Manager", area[city], max(opened, day_between(r, D(2010, 1, 1), D(2023, 6, 1))))
        )
        k += 1
    for j in range(37):
        b = FX_BRANCHES[j % 20][0] if j < 20 else r.choice(FX_BRANCHES[:13])[0]
        opened = FX_BRANCHES[[x[0] for x in FX_BRANCHES].index(b)][4]
        staff.append((f"S{1001 + k}", names[k], b, "Cashier", managers[b],
                      max(opened, day_between(r, D(2015, 1, 1), D(2025, 3, 1)))))  # fmt: skip
        k += 1
    insert(c, "teller", [(s, n, b, t, sup, _iso(d)) for s, n, b, t, sup, d in staff])
    weeks = [D(2024, 12, 16) + dt.timedelta(days=7 * i) for i in range(26)]
    rates, weekly = [], {}
    for code, mid in FX_MID.items():
        m = mid
        for w in weeks:
            m *= r.uniform(0.985, 1.015)
            sell, buy = round(m * 0.94, 4), round(m * 1.06, 4)
            rates.append((code, _iso(w), sell, buy))
            weekly[(code, w)] = (sell, buy)
    insert(c, "rate", rates)
    custs = []
    for nm in _names(r, 80):
        nat = r.choice(FX_NATIONS)
        doc_type = (
            "Passport"
            if nat in ("GBR", "USA", "CAN", "AUS", "IND", "CHN", "IRL") or r.random() < 0.5
            else "National ID"
        )
        doc = (
            f"{r.randint(100000000, 999999999)}"
            if doc_type == "Passport"
            else f"{nat[:2]}{r.randint(1000000, 9999999)}"
        )
        custs.append((doc, doc_type, nm, nat, _iso(day_between(r, D(1950, 1, 1), D(2005, 1, 1))),
                      _iso(day_between(r, D(2024, 12, 16), LAST))))  # fmt: skip
    insert(c, "customer", custs)
    weights = {"EUR": 40, "USD": 22, "JPY": 5, "CHF": 4, "AUD": 4, "CAD": 4, "NZD": 2, "SEK": 2, "NOK": 2, "DKK": 2,
               "PLN": 3, "CZK": 2, "TRY": 5, "AED": 3, "THB": 3}  # fmt: skip
    codes = list(weights)
    txns = []
    for _ in range(380):
        d = day_between(r, D(2024, 12, 16), LAST)
        b = r.choice(FX_BRANCHES + FX_BRANCHES[:6])[0]
        tellers = [s[0] for s in staff if s[2] == b and s[5] <= d]
        cur = r.choices(codes, weights=[weights[x] for x in codes])[0]
        w = max(x for x in weeks if x <= d)
        sell, buy = weekly[(cur, w)]
        side = "S" if r.random() < 0.8 else "B"
        gbp = float(r.choice([50, 100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2500]))
        fx = round(gbp * (sell if side == "S" else buy), 0 if cur == "JPY" else 2)
        comm = 0.0 if gbp >= 500 or r.random() < 0.5 else 2.99
        ts = int(dt.datetime(d.year, d.month, d.day, r.randint(6, 21), r.randint(0, 59), tzinfo=dt.UTC).timestamp())
        doc = r.choice(custs)[0] if gbp >= 1000 or r.random() < 0.15 else None
        txns.append((b, ts, r.choice(tellers), cur, side, fx, gbp, comm, doc))
    txns.sort(key=lambda x: (x[1], x[0]))
    seq: dict[str, int] = {}
    rows = []
    for b, ts, s, cur, side, fx, gbp, comm, doc in txns:
        seq[b] = seq.get(b, 0) + 1
        rows.append((b, seq[b], ts, s, cur, side, fx, gbp, comm, doc))
    insert(c, "txn", rows)
    floats = []
    for b, _n, _ci, t, _o in FX_BRANCHES:
        held = ["EUR", "USD", *r.sample(codes[2:], 4 if t == "Airport" else 3)]
        for cur in held:
            mid = FX_MID[cur]
            amt = round(mid * r.randint(2, 40) * 500, 0 if cur == "JPY" else 2)
            level = round(mid * 5000, 0 if cur == "JPY" else 2)
            floats.append((b, cur, amt, level, _iso(day_between(r, D(2025, 6, 1), LAST))))
    insert(c, "till_float", floats)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "bailbonds": build_bailbonds,
    "pensionfund": build_pensionfund,
    "notary": build_notary,
    "procurement": build_procurement,
    "taxprep": build_taxprep,
    "fxbureau": build_fxbureau,
}
