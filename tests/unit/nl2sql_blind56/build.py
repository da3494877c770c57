"""Six science, research and education-administration databases for the fifty-sixth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, with a few natural future rows (grants that
start later, instrument sessions booked ahead, a competition still to be held). Every table holds 30 to 400 rows and
every link is a declared foreign key.

- ``grantoffice`` (every table and column is a full English phrase in snake_case: ``researchers_at_the_university``,
  ``date_the_application_was_submitted``, ``amount_of_money_requested``): a university research-grants office.
  ``departments_of_the_university``, ``researchers_at_the_university``, ``organisations_that_fund_research``,
  ``grant_applications_submitted`` (outcome 'Awarded', 'Rejected', 'Pending' or 'Withdrawn'), the link table
  ``co_investigators_named_on_applications``, ``grants_awarded_to_the_university`` (some start in the future) and
  ``money_spent_from_grants``.
- ``doctoral`` (SQL Server style: ``tbl`` prefixed tables, ``TableID`` keys, ``DateX`` dates and ``bitX`` 0/1 flags;
  self-referencing ``tblStaff.ReportsToID``: the dean, the directors of graduate studies, the supervisors): a
  university doctoral college. ``tblProgramme``, ``tblStaff``, ``tblStudent``, the link table ``tblSupervision``
  (primary and secondary supervisors), ``tblMilestone`` (reviews, thesis submission and viva, ``DateCompleted``
  NULL while outstanding) and ``tblTravelGrant`` (conference travel awards).
- ``seismic`` (four-letter tables and four-letter cryptic column codes, explained by the data-dictionary table
  ``ddic``): a regional seismograph network. ``rgns`` (regions), ``stns`` (stations, ``actv`` 0/1), ``sens``
  (sensors, ``rmdt`` NULL while installed), ``evnt`` (located events with origin time, magnitude and depth), the
  link table ``dets`` (phase arrivals of an event at a station) and ``mntc`` (maintenance visits).
- ``peerreview`` (plural snake_case tables, enumerations as lowercase text such as 'in_review',
  'revision_requested', 'minor_revision', 'open_access'): a publisher's editorial office. ``journals``,
  ``researchers``, ``manuscripts``, the link tables ``manuscript_authors`` and ``editorial_board_members``,
  ``review_assignments`` and ``apc_invoices`` (article processing charges).
- ``corefacility`` (every table carries ``created_at`` and ``updated_at`` record timestamps beside its business
  dates such as ``session_start``, ``certified_on`` or ``visit_date``): a shared research-instrument core facility.
  ``labs``, ``lab_members``, ``instruments``, the link table ``instrument_certifications``, ``bookings`` (some
  confirmed for the days to come), ``invoices`` (one per lab and quarter) and ``service_visits``.
- ``olympiad`` (a small operational schema with a star-like reporting layer on top in the same file: ``schools``,
  ``contestants``, ``competitions`` and the link table ``entries``, then ``dim_date``, ``dim_school``,
  ``dim_competition`` and ``fact_results``): a national science olympiad for secondary-school pupils.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _stamp(r: random.Random, d: dt.date) -> str:
    """A 'YYYY-MM-DD HH:MM:SS' time on day ``d`` in working hours."""
    return f"{d.isoformat()} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _stamps(r: random.Random, made: dt.date, changed: dt.date) -> tuple[str, str]:
    """A ``created_at``/``updated_at`` pair: made on ``made``, last changed on ``changed`` (never before)."""
    a, b = _stamp(r, made), _stamp(r, max(made, changed))
    return (a, b) if a <= b else (b, a)


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return D(d.year + y, m + 1, min(d.day, 28))


# ----------------------------------------------------------------------------------------------------- grantoffice
GO_DEPARTMENTS = [
    ("Physics", "Science"), ("Chemistry", "Science"), ("Mathematics", "Science"), ("Earth Sciences", "Science"),
    ("Biological Sciences", "Science"), ("Computer Science", "Engineering"), ("Mechanical Engineering", "Engineering"),
    ("Electrical Engineering", "Engineering"), ("Civil Engineering", "Engineering"),
    ("Chemical Engineering", "Engineering"), ("Materials Science", "Engineering"), ("Medicine", "Medicine"),
    ("Public Health", "Medicine"), ("Nursing", "Medicine"), ("Pharmacy", "Medicine"), ("Neuroscience", "Medicine"),
    ("History", "Arts and Humanities"), ("English Literature", "Arts and Humanities"),
    ("Philosophy", "Arts and Humanities"), ("Modern Languages", "Arts and Humanities"),
    ("Music", "Arts and Humanities"), ("Archaeology", "Arts and Humanities"), ("Economics", "Social Sciences"),
    ("Sociology", "Social Sciences"), ("Politics", "Social Sciences"), ("Psychology", "Social Sciences"),
    ("Law", "Social Sciences"), ("Geography", "Social Sciences"), ("Education", "Social Sciences"),
    ("Business School", "Social Sciences"),
]  # fmt: skip
GO_EMPTY_DEPARTMENTS = {14, 21}  # Nursing and Music have no researchers on record
GO_FUNDERS = [
    ("Engineering and Physical Sciences Research Council", "EPSRC", "United Kingdom", "Government"),
    ("Medical Research Council", "MRC", "United Kingdom", "Government"),
    ("Biotechnology and Biological Sciences Research Council", "BBSRC", "United Kingdom", "Government"),
    ("Natural Environment Research Council", "NERC", "United Kingdom", "Government"),
    ("Economic and Social Research Council", "ESRC", "United Kingdom", "Government"),
    ("Arts and Humanities Research Council", "AHRC", "United Kingdom", "Government"),
    ("Science and Technology Facilities Council", "STFC", "United Kingdom", "Government"),
    ("Innovate UK", "IUK", "United Kingdom", "Government"),
    ("National Institute for Health and Care Research", "NIHR", "United Kingdom", "Government"),
    ("Wellcome Trust", "WT", "United Kingdom", "Charity"),
    ("Leverhulme Trust", "LT", "United Kingdom", "Charity"),
    ("Cancer Research UK", "CRUK", "United Kingdom", "Charity"),
    ("British Heart Foundation", "BHF", "United Kingdom", "Charity"),
    ("Nuffield Foundation", "NF", "United Kingdom", "Charity"),
    ("Royal Society", "RS", "United Kingdom", "Learned society"),
    ("British Academy", "BA", "United Kingdom", "Learned society"),
    ("Royal Academy of Engineering", "RAEng", "United Kingdom", "Learned society"),
    ("European Research Council", "ERC", "Belgium", "International"),
    ("National Science Foundation", "NSF", "United States", "Government"),
    ("National Institutes of Health", "NIH", "United States", "Government"),
    ("Bill & Melinda Gates Foundation", "BMGF", "United States", "Charity"),
    ("Simons Foundation", "SF", "United States", "Charity"),
    ("Deutsche Forschungsgemeinschaft", "DFG", "Germany", "Government"),
    ("Volkswagen Foundation", "VWF", "Germany", "Charity"),
    ("Novo Nordisk Foundation", "NNF", "Denmark", "Charity"),
    ("Rolls-Royce plc", "RR", "United Kingdom", "Industry"),
    ("GSK", "GSK", "United Kingdom", "Industry"),
    ("AstraZeneca", "AZ", "United Kingdom", "Industry"),
    ("Arm Ltd", "ARM", "United Kingdom", "Industry"),
    ("Siemens AG", "SIE", "Germany", "Industry"),
]
GO_FUNDERS_BY_FACULTY = {
    "Science": [1, 3, 4, 7, 10, 15, 18, 19, 22, 23, 25],
    "Engineering": [1, 8, 17, 18, 19, 23, 26, 29, 30],
    "Medicine": [2, 9, 10, 12, 13, 20, 21, 25, 27, 28],
    "Arts and Humanities": [6, 11, 16, 18, 24],
    "Social Sciences": [5, 11, 14, 16, 18, 21, 24],
}
GO_TOPICS = {
    "Science": ["quantum materials", "soil microbiomes", "coastal erosion", "protein folding", "exoplanet atmospheres",
                "graphene sensors", "glacier melt", "random matrices"],
    "Engineering": ["battery degradation", "bridge monitoring", "low-carbon concrete", "robotic grasping",
                    "edge computing", "jet engine noise", "hydrogen storage", "secure compilers"],
    "Medicine": ["childhood asthma", "antimicrobial resistance", "dementia care", "heart failure", "sepsis",
                 "malaria vaccines", "stroke rehabilitation", "type 2 diabetes"],
    "Arts and Humanities": ["medieval manuscripts", "Victorian periodicals", "Roman trade", "oral histories",
                            "early music", "translation practice"],
    "Social Sciences": ["housing inequality", "labour markets", "voting behaviour", "adolescent wellbeing",
                        "migration policy", "financial literacy", "rural transport"],
}  # fmt: skip
GO_FRAMES = ["Understanding {t}", "New approaches to {t}", "{T}: a longitudinal study", "Mapping {t}",
             "Rethinking {t}", "{T} in a changing climate", "Data-driven models of {t}"]  # fmt: skip
GO_RANKS = ["Professor", "Reader", "Senior Lecturer", "Lecturer", "Research Fellow"]
GO_EXPENSES = [("Staff", "Research assistant salary"), ("Equipment", "Laboratory equipment"),
               ("Travel", "Conference travel"), ("Consumables", "Consumables order"),
               ("Overheads", "Estates and indirect costs")]  # fmt: skip


def build_grantoffice(path: Path) -> None:
    r = random.Random(56001)
    c = fresh_db(
        path,
        """
        CREATE TABLE departments_of_the_university (
            department_identifier INTEGER PRIMARY KEY, name_of_the_department TEXT NOT NULL,
            faculty_the_department_belongs_to TEXT NOT NULL);
        CREATE TABLE researchers_at_the_university (
            researcher_identifier INTEGER PRIMARY KEY, full_name_of_the_researcher TEXT NOT NULL,
            academic_rank_of_the_researcher TEXT NOT NULL,
            department_the_researcher_works_in INTEGER NOT NULL
                REFERENCES departments_of_the_university(department_identifier),
            date_the_researcher_joined_the_university DATE NOT NULL, email_address_of_the_researcher TEXT);
        CREATE TABLE organisations_that_fund_research (
            funding_organisation_identifier INTEGER PRIMARY KEY, name_of_the_funding_organisation TEXT NOT NULL,
            abbreviation_of_the_funding_organisation TEXT NOT NULL,
            country_the_funding_organisation_is_based_in TEXT NOT NULL,
            kind_of_funding_organisation TEXT NOT NULL);
        CREATE TABLE grant_applications_submitted (
            application_identifier INTEGER PRIMARY KEY, title_of_the_proposed_project TEXT NOT NULL,
            researcher_leading_the_application INTEGER NOT NULL
                REFERENCES researchers_at_the_university(researcher_identifier),
            organisation_applied_to INTEGER NOT NULL
                REFERENCES organisations_that_fund_research(funding_organisation_identifier),
            date_the_application_was_submitted DATE NOT NULL, amount_of_money_requested REAL NOT NULL,
            outcome_of_the_application TEXT NOT NULL, date_the_decision_was_made DATE);
        CREATE TABLE co_investigators_named_on_applications (
            application_identifier INTEGER NOT NULL REFERENCES grant_applications_submitted(application_identifier),
            researcher_identifier INTEGER NOT NULL REFERENCES researchers_at_the_university(researcher_identifier),
            percentage_of_working_time_committed INTEGER NOT NULL,
            PRIMARY KEY (application_identifier, researcher_identifier));
        CREATE TABLE grants_awarded_to_the_university (
            grant_identifier INTEGER PRIMARY KEY,
            application_identifier INTEGER NOT NULL UNIQUE
                REFERENCES grant_applications_submitted(application_identifier),
            reference_code_of_the_grant TEXT NOT NULL, amount_of_money_awarded REAL NOT NULL,
            date_the_grant_starts DATE NOT NULL, date_the_grant_ends DATE NOT NULL);
        CREATE TABLE money_spent_from_grants (
            expenditure_identifier INTEGER PRIMARY KEY,
            grant_identifier INTEGER NOT NULL REFERENCES grants_awarded_to_the_university(grant_identifier),
            date_the_cost_was_incurred DATE NOT NULL, category_of_the_expense TEXT NOT NULL,
            description_of_the_expense TEXT NOT NULL, amount_of_money_spent REAL NOT NULL);
        """,
    )
    insert(c, "departments_of_the_university", [(k, n, f) for k, (n, f) in enumerate(GO_DEPARTMENTS, 1)])
    depts = [k for k in range(1, len(GO_DEPARTMENTS) + 1) if k not in GO_EMPTY_DEPARTMENTS]
    people = []
    for k, name in enumerate(full_names(r, 120), 1):
        dept = depts[(k - 1) % len(depts)] if k <= len(depts) else r.choice(depts)
        rank = r.choices(GO_RANKS, weights=[15, 10, 25, 25, 25])[0]
        joined = day_between(r, D(1998, 1, 1), D(2024, 12, 31))
        email = None if k % 17 == 0 else name.lower().replace(" ", ".") + "@univ.example.ac.uk"
        people.append((k, name, rank, dept, _iso(joined), email))
    insert(c, "researchers_at_the_university", people)
    insert(c, "organisations_that_fund_research", [(k, *x) for k, x in enumerate(GO_FUNDERS, 1)])
    apps = []
    for _ in range(300):
        lead = r.choice(people)
        faculty = GO_DEPARTMENTS[lead[3] - 1][1]
        funder = r.choice(GO_FUNDERS_BY_FACULTY[faculty])
        sub = day_between(r, max(D(2022, 1, 1), D.fromisoformat(lead[4])), LAST)
        topic = r.choice(GO_TOPICS[faculty])
        title = r.choice(GO_FRAMES).format(t=topic, T=topic[0].upper() + topic[1:])
        kind = GO_FUNDERS[funder - 1][3]
        hi = 1_500_000 if kind in ("Government", "International") else 600_000 if kind == "Charity" else 250_000
        amount = round(r.uniform(25_000, hi), 2)
        decided = sub + dt.timedelta(days=r.randint(90, 240))
        if decided > LAST:
            outcome, decided_s = "Pending", None
        else:
            x = r.random()
            outcome = "Awarded" if x < 0.36 else "Rejected" if x < 0.9 else "Withdrawn"
            decided_s = _iso(decided)
        apps.append((title, lead[0], funder, sub, amount, outcome, decided_s))
    apps.sort(key=lambda a: (a[3], a[1]))
    insert(c, "grant_applications_submitted", [(k, t, le, f, _iso(s), a, o, d)
                                               for k, (t, le, f, s, a, o, d) in enumerate(apps, 1)])  # fmt: skip
    cois = []
    for k, (_t, lead, *_rest) in enumerate(apps, 1):
        for p in r.sample([p[0] for p in people if p[0] != lead], r.choice([0, 1, 1, 2])):
            cois.append((k, p, r.choice([5, 10, 10, 15, 20, 25])))
    insert(c, "co_investigators_named_on_applications", cois)
    grants, spend = [], []
    for k, (_t, _le, funder, _s, amount, outcome, decided_s) in enumerate(apps, 1):
        if outcome != "Awarded":
            continue
        start = D.fromisoformat(str(decided_s)) + dt.timedelta(days=r.randint(30, 120))
        if start == TODAY:
            start += dt.timedelta(days=1)
        end = _add_months(start, r.choice([12, 18, 24, 36, 48, 60])) - dt.timedelta(days=1)
        gid = len(grants) + 1
        code = f"{GO_FUNDERS[funder - 1][1]}/{start.year}/{1000 + gid * 7:05d}"
        awarded = round(amount * r.choice([1.0, 1.0, 0.95, 0.9, 0.85]), 2)
        grants.append((gid, k, code, awarded, _iso(start), _iso(end)))
        if start < LAST:
            for _ in range(r.randint(1, 6)):
                cat, desc = r.choice(GO_EXPENSES)
                cost = round(r.uniform(150, 2_500) if cat in ("Travel", "Consumables") else r.uniform(1_000, 30_000), 2)
                spend.append((gid, _iso(day_between(r, start, min(end, LAST))), cat, desc, cost))
    insert(c, "grants_awarded_to_the_university", grants)
    spend.sort(key=lambda s: (str(s[1]), s[0]))
    insert(c, "money_spent_from_grants", [(k, *s) for k, s in enumerate(spend[:400], 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- doctoral
DC_PROGRAMMES = [
    ("Astrophysics", "Science"), ("Condensed Matter Physics", "Science"), ("Synthetic Chemistry", "Science"),
    ("Applied Mathematics", "Science"), ("Statistics", "Science"), ("Ecology and Evolution", "Science"),
    ("Marine Biology", "Science"), ("Geology", "Science"), ("Machine Learning", "Engineering"),
    ("Robotics", "Engineering"), ("Structural Engineering", "Engineering"), ("Energy Systems", "Engineering"),
    ("Biomedical Engineering", "Engineering"), ("Cybersecurity", "Engineering"), ("Immunology", "Medicine"),
    ("Cancer Biology", "Medicine"), ("Epidemiology", "Medicine"), ("Cardiovascular Science", "Medicine"),
    ("Neuroscience", "Medicine"), ("Global Health", "Medicine"), ("Medieval History", "Humanities"),
    ("Classics", "Humanities"), ("Philosophy", "Humanities"), ("Linguistics", "Humanities"),
    ("Creative Writing", "Humanities"), ("Economics", "Social Sciences"), ("Sociology", "Social Sciences"),
    ("Political Science", "Social Sciences"), ("Education Studies", "Social Sciences"),
    ("Human Geography", "Social Sciences"),
]  # fmt: skip
DC_FACULTIES = ["Science", "Engineering", "Medicine", "Humanities", "Social Sciences"]
DC_NATIONS = ["United Kingdom", "United Kingdom", "United Kingdom", "China", "India", "Germany", "Nigeria", "Italy",
              "United States", "Greece", "Canada", "Brazil", "Spain", "Malaysia", "Ireland"]  # fmt: skip
DC_FUNDING = ["Research Council Studentship", "Self-funded", "Industry Sponsored", "University Scholarship",
              "Government Scholarship"]  # fmt: skip
DC_CONFERENCES = [
    ("European Geosciences Union General Assembly", "Vienna"), ("NeurIPS", "Vancouver"), ("ICML", "Vienna"),
    ("American Physical Society March Meeting", "Minneapolis"), ("Royal Society of Chemistry Summer Symposium",
    "Edinburgh"), ("International Congress of Immunology", "Cape Town"), ("Society for Neuroscience", "Chicago"),
    ("International Medieval Congress", "Leeds"), ("European Conference on Computer Vision", "Milan"),
    ("British Sociological Association Conference", "Manchester"), ("World Congress of Epidemiology", "Brisbane"),
    ("Classical Association Conference", "Durham"), ("IEEE Robotics and Automation Conference", "Yokohama"),
    ("European Economic Association Meeting", "Rotterdam"),
]  # fmt: skip


def build_doctoral(path: Path) -> None:
    r = random.Random(56002)
    c = fresh_db(
        path,
        """
        CREATE TABLE tblProgramme (ProgrammeID INTEGER PRIMARY KEY, ProgrammeName TEXT NOT NULL,
            FacultyName TEXT NOT NULL, intStudentQuota INTEGER NOT NULL, bitAcceptingApplicants INTEGER NOT NULL);
        CREATE TABLE tblStaff (StaffID INTEGER PRIMARY KEY, Title TEXT NOT NULL, FirstName TEXT NOT NULL,
            LastName TEXT NOT NULL, JobTitle TEXT NOT NULL, ProgrammeID INTEGER REFERENCES tblProgramme(ProgrammeID),
            ReportsToID INTEGER REFERENCES tblStaff(StaffID), DateAppointed DATE NOT NULL, bitActive INTEGER NOT NULL);
        CREATE TABLE tblStudent (StudentID INTEGER PRIMARY KEY, StudentNumber TEXT NOT NULL UNIQUE,
            FirstName TEXT NOT NULL, LastName TEXT NOT NULL, Nationality TEXT NOT NULL,
            ProgrammeID INTEGER NOT NULL REFERENCES tblProgramme(ProgrammeID), DateEnrolled DATE NOT NULL,
            FundingSource TEXT NOT NULL, bitFullTime INTEGER NOT NULL, bitActive INTEGER NOT NULL);
        CREATE TABLE tblSupervision (StudentID INTEGER NOT NULL REFERENCES tblStudent(StudentID),
            StaffID INTEGER NOT NULL REFERENCES tblStaff(StaffID), SupervisorRole TEXT NOT NULL,
            DateAssigned DATE NOT NULL, PRIMARY KEY (StudentID, StaffID));
        CREATE TABLE tblMilestone (MilestoneID INTEGER PRIMARY KEY,
            StudentID INTEGER NOT NULL REFERENCES tblStudent(StudentID), MilestoneType TEXT NOT NULL,
            DateDue DATE NOT NULL, DateCompleted DATE, Outcome TEXT);
        CREATE TABLE tblTravelGrant (TravelGrantID INTEGER PRIMARY KEY,
            StudentID INTEGER NOT NULL REFERENCES tblStudent(StudentID), ConferenceName TEXT NOT NULL,
            ConferenceCity TEXT NOT NULL, DateAwarded DATE NOT NULL, AmountAwarded REAL NOT NULL);
        """,
    )
    progs = []
    for k, (n, f) in enumerate(DC_PROGRAMMES, 1):
        progs.append((k, f"PhD in {n}", f, r.randint(4, 14), 0 if k in (8, 22, 25) else 1))
    insert(c, "tblProgramme", progs)
    names = full_names(r, 245)
    staff = [(1, "Prof", *names[0].split(" "), "Dean of the Doctoral College", None, None, D(2012, 9, 1), 1)]
    dgs = {}
    for j, fac in enumerate(DC_FACULTIES):
        sid = j + 2
        dgs[fac] = sid
        prog = r.choice([k for k, (_n, f) in enumerate(DC_PROGRAMMES, 1) if f == fac])
        first, last = names[sid - 1].split(" ")
        staff.append((sid, "Prof", first, last, "Director of Graduate Studies", prog, 1,
                      day_between(r, D(2008, 1, 1), D(2018, 12, 31)), 1))  # fmt: skip
    for sid in range(7, 49):
        prog = (sid - 7) % 30 + 1 if sid < 37 else r.randint(1, 30)
        fac = DC_PROGRAMMES[prog - 1][1]
        job = r.choices(["Professor", "Associate Professor", "Lecturer"], weights=[3, 4, 4])[0]
        first, last = names[sid - 1].split(" ")
        active = 0 if sid in (11, 23, 40) else 1
        staff.append((sid, "Prof" if job == "Professor" else "Dr", first, last, job, prog, dgs[fac],
                      day_between(r, D(2005, 1, 1), D(2023, 9, 1)), active))  # fmt: skip
    insert(c, "tblStaff", [(*s[:7], _iso(s[7]), s[8]) for s in staff])
    students, sup, miles, travel = [], [], [], []
    intakes = [D(y, m, 1) for y in range(2019, 2026) for m in (1, 4, 10) if D(y, m, 1) <= D(2025, 4, 1)]
    for k in range(1, 151):
        first, last = names[48 + k].split(" ")
        prog = r.randint(1, 30)
        enrolled = r.choice(intakes)
        full = 1 if r.random() < 0.8 else 0
        span = 42 if full else 72
        miles_k = [("Confirmation Review", 12), ("Annual Progress Review", 24), ("Thesis Submission", span),
                   ("Viva", span + 3)]  # fmt: skip
        active = 1
        rows = []
        for typ, months in miles_k:
            due = _add_months(enrolled, months)
            if due > D(2025, 12, 31):
                break
            if due < D(2025, 3, 1) or (due < TODAY and r.random() < 0.6):
                late = r.choice([-20, -5, 0, 10, 30, 60, 120])
                comp = due + dt.timedelta(days=late)
                if comp > LAST:
                    comp = None
            else:
                comp = None
            if comp is None:
                outcome = None
            elif typ == "Viva":
                outcome = r.choice(["Pass", "Minor Corrections", "Minor Corrections", "Major Corrections"])
            elif typ == "Thesis Submission":
                outcome = "Submitted"
            else:
                outcome = "Pass" if r.random() < 0.88 else "Resubmit"
            rows.append((typ, due, comp, outcome))
            if comp is None:
                break
        if rows and rows[-1][0] == "Viva" and rows[-1][2] is not None:
            active = 0
        if k in (37, 88, 141):
            active = 0  # withdrawn
        nation = r.choice(DC_NATIONS)
        fund = r.choices(DC_FUNDING, weights=[5, 2, 2, 3, 2])[0]
        students.append((k, f"S{enrolled.year}{k:04d}", first, last, nation, prog, _iso(enrolled), fund, full, active))
        for typ, due, comp, outcome in rows:
            miles.append((k, typ, _iso(due), _iso(comp), outcome))
        fac = DC_PROGRAMMES[prog - 1][1]
        pool = [s[0] for s in staff[6:] if DC_PROGRAMMES[s[5] - 1][1] == fac and s[8] == 1]
        same = [s[0] for s in staff[6:] if s[5] == prog and s[8] == 1]
        primary = r.choice(same) if same else r.choice(pool)
        assigned = enrolled + dt.timedelta(days=r.randint(0, 20))
        sup.append((k, primary, "Primary", _iso(assigned)))
        if r.random() < 0.75:
            second = r.choice([p for p in pool if p != primary])
            sup.append((k, second, "Secondary", _iso(assigned)))
        if r.random() < 0.45 and enrolled < D(2025, 1, 1):
            for _ in range(r.choice([1, 1, 2])):
                conf, city = r.choice(DC_CONFERENCES)
                travel.append((k, conf, city, day_between(r, enrolled + dt.timedelta(days=90), LAST),
                               round(r.uniform(250, 1500), 2)))  # fmt: skip
    insert(c, "tblStudent", students)
    insert(c, "tblSupervision", sup)
    miles.sort(key=lambda m: (str(m[2]), m[0]))
    insert(c, "tblMilestone", [(k, *m) for k, m in enumerate(miles, 1)])
    travel.sort(key=lambda t: (t[3], t[0]))
    insert(c, "tblTravelGrant", [(k, s, n, ci, _iso(d), a) for k, (s, n, ci, d, a) in enumerate(travel, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- seismic
SE_REGIONS = [
    ("Calabria", "Italy"), ("Sicily", "Italy"), ("Abruzzo", "Italy"), ("Umbria", "Italy"), ("Campania", "Italy"),
    ("Friuli", "Italy"), ("Marche", "Italy"), ("Emilia-Romagna", "Italy"), ("Crete", "Greece"),
    ("Peloponnese", "Greece"), ("Ionian Islands", "Greece"), ("Central Aegean", "Greece"), ("Thessaly", "Greece"),
    ("Epirus", "Greece"), ("Dodecanese", "Greece"), ("Western Anatolia", "Turkey"), ("Marmara", "Turkey"),
    ("Eastern Anatolia", "Turkey"), ("Izmir", "Turkey"), ("Durres", "Albania"), ("Vlore", "Albania"),
    ("Dalmatia", "Croatia"), ("Zagreb", "Croatia"), ("Montenegro Coast", "Montenegro"),
    ("Skopje", "North Macedonia"), ("Ljubljana Basin", "Slovenia"), ("Cyprus Arc", "Cyprus"),
    ("Malta Graben", "Malta"), ("Bosnia", "Bosnia and Herzegovina"), ("Southern Bulgaria", "Bulgaria"),
]  # fmt: skip
SE_TOWNS = [
    "Cosenza", "Catania", "L'Aquila", "Norcia", "Avellino", "Tolmezzo", "Camerino", "Mirandola", "Heraklion",
    "Kalamata", "Lefkada", "Santorini", "Larissa", "Ioannina", "Rhodes", "Denizli", "Bursa", "Erzincan", "Izmir",
    "Durres", "Vlore", "Split", "Zagreb", "Budva", "Skopje", "Ljubljana", "Limassol", "Valletta", "Mostar",
    "Plovdiv", "Reggio Calabria", "Messina", "Chania", "Patras", "Kos", "Balikesir", "Dubrovnik", "Ohrid",
]  # fmt: skip
SE_TOWN_REGION = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                  28, 29, 30, 1, 2, 9, 10, 15, 17, 22, 25]  # fmt: skip
SE_TECHS = ["Marta Bianchi", "Nikos Pappas", "Emre Kaya", "Luca Ferri", "Eleni Georgiou", "Ivan Horvat"]
SE_REASONS = ["routine service", "battery replacement", "GPS fault", "sensor swap", "flood damage", "telemetry fault"]


def build_seismic(path: Path) -> None:
    r = random.Random(56003)
    c = fresh_db(
        path,
        """
        CREATE TABLE ddic (tbnm TEXT NOT NULL, clcd TEXT NOT NULL, dscr TEXT NOT NULL, PRIMARY KEY (tbnm, clcd));
        CREATE TABLE rgns (rgid INTEGER PRIMARY KEY, rgnm TEXT NOT NULL, cntr TEXT NOT NULL);
        CREATE TABLE stns (stid INTEGER PRIMARY KEY, stcd TEXT NOT NULL UNIQUE, stnm TEXT NOT NULL,
            rgid INTEGER NOT NULL REFERENCES rgns(rgid), elev INTEGER NOT NULL, indt DATE NOT NULL,
            actv INTEGER NOT NULL);
        CREATE TABLE sens (snid INTEGER PRIMARY KEY, stid INTEGER NOT NULL REFERENCES stns(stid), sntp TEXT NOT NULL,
            mfgr TEXT NOT NULL, srno TEXT NOT NULL, isdt DATE NOT NULL, rmdt DATE);
        CREATE TABLE evnt (evid INTEGER PRIMARY KEY, ortm TEXT NOT NULL, magn REAL NOT NULL, dpth REAL NOT NULL,
            rgid INTEGER NOT NULL REFERENCES rgns(rgid), evtp TEXT NOT NULL, rvwd INTEGER NOT NULL);
        CREATE TABLE dets (dtid INTEGER PRIMARY KEY, evid INTEGER NOT NULL REFERENCES evnt(evid),
            stid INTEGER NOT NULL REFERENCES stns(stid), phas TEXT NOT NULL, artm TEXT NOT NULL, snrt REAL NOT NULL);
        CREATE TABLE mntc (mnid INTEGER PRIMARY KEY, stid INTEGER NOT NULL REFERENCES stns(stid),
            vsdt DATE NOT NULL, tech TEXT NOT NULL, rson TEXT NOT NULL, cost REAL NOT NULL);
        """,
    )
    dic = [
        ("ddic", "tbnm", "table name"), ("ddic", "clcd", "column code"), ("ddic", "dscr", "description"),
        ("rgns", "rgid", "region identifier"), ("rgns", "rgnm", "region name"), ("rgns", "cntr", "country"),
        ("stns", "stid", "station identifier"), ("stns", "stcd", "station code (network code)"),
        ("stns", "stnm", "station name (nearest town)"), ("stns", "rgid", "region the station is in"),
        ("stns", "elev", "elevation in metres above sea level"), ("stns", "indt", "date the station was installed"),
        ("stns", "actv", "1 if the station is currently operating, 0 if decommissioned"),
        ("sens", "snid", "sensor identifier"), ("sens", "stid", "station the sensor is installed at"),
        ("sens", "sntp", "sensor type: broadband, short-period or accelerometer"), ("sens", "mfgr", "manufacturer"),
        ("sens", "srno", "serial number"), ("sens", "isdt", "date the sensor was installed"),
        ("sens", "rmdt", "date the sensor was removed, NULL while still installed"),
        ("evnt", "evid", "event identifier"), ("evnt", "ortm", "origin time (UTC)"),
        ("evnt", "magn", "local magnitude (ML)"), ("evnt", "dpth", "hypocentre depth in kilometres"),
        ("evnt", "rgid", "region of the epicentre"),
        ("evnt", "evtp", "event type: earthquake, quarry blast or induced"),
        ("evnt", "rvwd", "1 if an analyst has reviewed the solution, 0 if automatic only"),
        ("dets", "dtid", "detection identifier"), ("dets", "evid", "event detected"),
        ("dets", "stid", "station that recorded the arrival"), ("dets", "phas", "seismic phase: P or S"),
        ("dets", "artm", "arrival time (UTC)"), ("dets", "snrt", "signal-to-noise ratio"),
        ("mntc", "mnid", "maintenance visit identifier"), ("mntc", "stid", "station visited"),
        ("mntc", "vsdt", "visit date"), ("mntc", "tech", "technician"), ("mntc", "rson", "reason for the visit"),
        ("mntc", "cost", "cost of the visit in euros"),
    ]  # fmt: skip
    insert(c, "ddic", dic)
    insert(c, "rgns", [(k, n, ct) for k, (n, ct) in enumerate(SE_REGIONS, 1)])
    stns = []
    for k, (town, rg) in enumerate(zip(SE_TOWNS, SE_TOWN_REGION, strict=True), 1):
        code = (town.replace("'", "").replace(" ", "")[:3].upper() + str(1 + (k > 30))).ljust(4, "X")
        inst = day_between(r, D(2008, 1, 1), D(2022, 12, 31))
        stns.append((k, code, town, rg, r.randint(5, 1400), _iso(inst), 0 if k in (6, 19, 29, 36) else 1))
    insert(c, "stns", stns)
    sens = []
    makers = {"broadband": ["Streckeisen", "Guralp", "Nanometrics"], "short-period": ["Lennartz", "Sercel"],
              "accelerometer": ["Kinemetrics", "Guralp"]}  # fmt: skip
    for st in stns:
        inst = D.fromisoformat(st[5])
        kinds = ["broadband", "accelerometer"] if st[0] % 3 else ["short-period"]
        for kind in kinds:
            swap = st[0] % 4 == 0 and kind != "accelerometer"
            rm = day_between(r, inst + dt.timedelta(days=400), D(2024, 12, 31)) if swap else None
            sens.append((st[0], kind, r.choice(makers[kind]), f"{kind[:2].upper()}-{r.randint(10000, 99999)}",
                         _iso(inst), _iso(rm)))  # fmt: skip
            if swap:
                sens.append((st[0], kind, r.choice(makers[kind]), f"{kind[:2].upper()}-{r.randint(10000, 99999)}",
                             _iso(rm), None))  # fmt: skip
    insert(c, "sens", [(k, *s) for k, s in enumerate(sens, 1)])
    events = []
    for _ in range(250):
        d = day_between(r, D(2023, 1, 1), LAST)
        t = dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        rg = r.randint(1, 30)
        if r.random() < 0.12:
            typ, mag, depth = "quarry blast", round(r.uniform(1.2, 2.4), 1), round(r.uniform(0.0, 1.0), 1)
            t = t.replace(hour=r.randint(9, 16))
        elif rg in (16, 17) and r.random() < 0.25:
            typ, mag, depth = "induced", round(r.uniform(1.0, 3.0), 1), round(r.uniform(1.0, 5.0), 1)
        else:
            mag = round(min(5.8, 1.2 + r.expovariate(1.1)), 1)
            typ, depth = "earthquake", round(r.uniform(2.0, 35.0) if rg != 27 else r.uniform(20.0, 120.0), 1)
        events.append((t, mag, depth, rg, typ))
    events.append((dt.datetime(2024, 11, 3, 4, 17, 26), 6.2, 11.4, 12, "earthquake"))
    events.append((dt.datetime(2024, 11, 3, 6, 2, 51), 4.6, 9.8, 12, "earthquake"))
    events.sort()
    evrows = []
    for k, (t, mag, depth, rg, typ) in enumerate(events, 1):
        reviewed = 0 if t.date() >= D(2025, 5, 20) and r.random() < 0.7 else int(r.random() < 0.93)
        evrows.append((k, t.strftime("%Y-%m-%d %H:%M:%S"), mag, depth, rg, typ, reviewed))
    insert(c, "evnt", evrows)
    dets = []
    by_region: dict[int, list[int]] = {}
    for st in stns:
        by_region.setdefault(st[3], []).append(st[0])
    for k, (t, mag, depth, rg, _typ) in enumerate(events, 1):
        near = list(by_region.get(rg, []))
        others = [s[0] for s in stns if s[0] not in near and s[6] == 1]
        n = 1 if mag < 2.2 else 2 if mag < 3.8 else 3
        chosen = (near + r.sample(others, 3))[:n]
        for st in chosen:
            if len(dets) >= 400:
                break
            delay = r.uniform(2.0, 15.0) + depth / 8
            p = t + dt.timedelta(seconds=delay)
            dets.append((k, st, "P", p.strftime("%Y-%m-%d %H:%M:%S"), round(r.uniform(2.0, 40.0) * (1 + mag / 4), 1)))
            if mag >= 3.0 and len(dets) < 400:
                s = t + dt.timedelta(seconds=delay * 1.73)
                dets.append((k, st, "S", s.strftime("%Y-%m-%d %H:%M:%S"), round(r.uniform(1.5, 25.0), 1)))
    insert(c, "dets", [(k, *d) for k, d in enumerate(dets, 1)])
    visits = []
    for _ in range(110):
        st = r.choice(stns)
        reason = r.choices(SE_REASONS, weights=[5, 3, 2, 1, 1, 2])[0]
        cost = round(r.uniform(180, 650) if reason != "sensor swap" else r.uniform(2500, 9000), 2)
        visits.append((st[0], day_between(r, D(2023, 1, 1), LAST), r.choice(SE_TECHS), reason, cost))
    visits.sort(key=lambda v: (v[1], v[0]))
    insert(c, "mntc", [(k, s, _iso(d), te, rs, co) for k, (s, d, te, rs, co) in enumerate(visits, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ peerreview
PR_JOURNALS = [
    ("Journal of Applied Ecology Letters", "ecology"), ("Marine Systems Review", "ecology"),
    ("Annals of Quantum Matter", "physics"), ("Physical Review Notes", "physics"), ("Astro Letters", "physics"),
    ("Catalysis Today Open", "chemistry"), ("Green Chemistry Reports", "chemistry"),
    ("Journal of Molecular Structure Research", "chemistry"), ("Clinical Immunology Insights", "medicine"),
    ("Cardiology Open", "medicine"), ("Journal of Global Public Health", "medicine"),
    ("Paediatric Research Letters", "medicine"), ("Neural Computation Review", "computer_science"),
    ("Journal of Software Systems", "computer_science"), ("Machine Learning Transactions", "computer_science"),
    ("Data Science Quarterly", "computer_science"), ("Journal of Economic Behaviour", "economics"),
    ("Development Economics Review", "economics"), ("Urban Studies Forum", "social_science"),
    ("Education Policy Analysis", "social_science"), ("Journal of Migration Research", "social_science"),
    ("Historical Review of Science", "humanities"), ("Archaeology International", "humanities"),
    ("Linguistics Open", "humanities"), ("Soil Science Letters", "earth_science"),
    ("Climate Dynamics Notes", "earth_science"), ("Geohazards Journal", "earth_science"),
    ("Journal of Materials Innovation", "engineering"), ("Structural Engineering Review", "engineering"),
    ("Energy Conversion Letters", "engineering"),
]  # fmt: skip
PR_INSTITUTIONS = [
    ("University of Leeds", "United Kingdom"), ("University of Bristol", "United Kingdom"),
    ("ETH Zurich", "Switzerland"), ("KU Leuven", "Belgium"), ("University of Toronto", "Canada"),
    ("University of Cape Town", "South Africa"), ("National University of Singapore", "Singapore"),
    ("University of Melbourne", "Australia"), ("Sorbonne University", "France"), ("University of Bologna", "Italy"),
    ("Heidelberg University", "Germany"), ("University of Tokyo", "Japan"), ("Tsinghua University", "China"),
    ("University of Sao Paulo", "Brazil"), ("Indian Institute of Science", "India"),
    ("University of Michigan", "United States"), ("Stanford University", "United States"),
    ("Karolinska Institute", "Sweden"),
]  # fmt: skip
PR_TOPICS = {
    "ecology": ["nitrogen cycling", "coral bleaching", "pollinator decline"],
    "physics": ["topological insulators", "dark matter halos", "gravitational lensing"],
    "chemistry": ["zeolite catalysts", "solvent-free synthesis", "metal-organic frameworks"],
    "medicine": ["T-cell exhaustion", "atrial fibrillation", "vaccine hesitancy", "neonatal sepsis"],
    "computer_science": ["graph neural networks", "code review", "federated learning", "causal inference"],
    "economics": ["nudging", "microfinance", "remittances"],
    "social_science": ["informal housing", "school choice", "return migration"],
    "humanities": ["Renaissance astronomy", "Bronze Age trade", "code-switching"],
    "earth_science": ["peatland carbon", "monsoon variability", "landslide risk"],
    "engineering": ["perovskite solar cells", "timber frames", "solid-state batteries"],
}
PR_FRAMES = ["Evidence on {t} from a multi-site study", "A new framework for {t}", "Revisiting {t}",
             "{T}: a systematic review", "Measuring {t} at scale", "The role of {t} in practice"]  # fmt: skip


def build_peerreview(path: Path) -> None:
    r = random.Random(56004)
    c = fresh_db(
        path,
        """
        CREATE TABLE journals (id INTEGER PRIMARY KEY, title TEXT NOT NULL, subject_area TEXT NOT NULL,
            issn TEXT NOT NULL, access_model TEXT NOT NULL, launched_year INTEGER NOT NULL,
            apc_amount REAL NOT NULL);
        CREATE TABLE researchers (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, institution TEXT NOT NULL,
            country TEXT NOT NULL, orcid TEXT);
        CREATE TABLE editorial_board_members (journal_id INTEGER NOT NULL REFERENCES journals(id),
            researcher_id INTEGER NOT NULL REFERENCES researchers(id), board_role TEXT NOT NULL,
            joined_on DATE NOT NULL, PRIMARY KEY (journal_id, researcher_id));
        CREATE TABLE manuscripts (id INTEGER PRIMARY KEY, journal_id INTEGER NOT NULL REFERENCES journals(id),
            corresponding_author_id INTEGER NOT NULL REFERENCES researchers(id), title TEXT NOT NULL,
            article_type TEXT NOT NULL, submitted_on DATE NOT NULL, status TEXT NOT NULL, decided_on DATE);
        CREATE TABLE manuscript_authors (manuscript_id INTEGER NOT NULL REFERENCES manuscripts(id),
            researcher_id INTEGER NOT NULL REFERENCES researchers(id), author_position INTEGER NOT NULL,
            PRIMARY KEY (manuscript_id, researcher_id));
        CREATE TABLE review_assignments (id INTEGER PRIMARY KEY,
            manuscript_id INTEGER NOT NULL REFERENCES manuscripts(id),
            reviewer_id INTEGER NOT NULL REFERENCES researchers(id), invited_on DATE NOT NULL,
            status TEXT NOT NULL, completed_on DATE, recommendation TEXT);
        CREATE TABLE apc_invoices (id INTEGER PRIMARY KEY, manuscript_id INTEGER NOT NULL UNIQUE
            REFERENCES manuscripts(id), amount REAL NOT NULL, issued_on DATE NOT NULL, status TEXT NOT NULL,
            paid_on DATE);
        """,
    )
    journals = []
    for k, (title, area) in enumerate(PR_JOURNALS, 1):
        model = r.choices(["open_access", "hybrid", "subscription"], weights=[5, 4, 2])[0]
        apc = 0.0 if model == "subscription" else r.choice([1450.0, 1890.0, 2150.0, 2490.0, 2990.0, 3350.0])
        journals.append((k, title, area, f"{2040 + k:04d}-{r.randint(1000, 9999)}", model, r.randint(1968, 2021), apc))
    insert(c, "journals", journals)
    people = []
    for k, name in enumerate(full_names(r, 200), 1):
        inst, country = r.choice(PR_INSTITUTIONS)
        orcid = None if k % 9 == 0 else f"0000-000{r.randint(1, 3)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        people.append((k, name, inst, country, orcid))
    insert(c, "researchers", people)
    board = []
    for j in journals:
        members = r.sample(range(1, 201), 2)
        board.append((j[0], members[0], "editor_in_chief", _iso(day_between(r, D(2012, 1, 1), D(2022, 12, 31)))))
        board.append((j[0], members[1], "associate_editor", _iso(day_between(r, D(2015, 1, 1), D(2025, 3, 31)))))
    insert(c, "editorial_board_members", board)
    manus, authors, reviews, invoices = [], [], [], []
    for _ in range(220):
        jid = r.randint(1, 30)
        corr = r.randint(1, 200)
        topic = r.choice(PR_TOPICS[PR_JOURNALS[jid - 1][1]])
        title = r.choice(PR_FRAMES).format(t=topic, T=topic[0].upper() + topic[1:])
        typ = r.choices(["research_article", "review", "short_communication", "case_study"], weights=[7, 2, 2, 1])[0]
        sub = day_between(r, D(2023, 1, 1), LAST)
        age = (TODAY - sub).days
        if age < 20:
            status, decided = "submitted", None
        elif age < 80:
            status, decided = r.choice(["in_review", "in_review", "revision_requested"]), None
        else:
            x = r.random()
            status = "accepted" if x < 0.42 else "rejected" if x < 0.85 else "withdrawn" if x < 0.9 else "in_review"
            decided = None if status == "in_review" else sub + dt.timedelta(days=r.randint(40, min(age - 1, 260)))
        manus.append((jid, corr, title, typ, sub, status, decided))
    manus.sort(key=lambda m: (m[4], m[0]))
    for k, (jid, corr, _t, _ty, sub, status, decided) in enumerate(manus, 1):
        coauthors = r.sample([p for p in range(1, 201) if p != corr], r.choice([0, 0, 0, 1, 1, 2]))
        for pos, p in enumerate([corr, *coauthors], 1):
            authors.append((k, p, pos))
        if status != "submitted":
            n = r.choice([1, 2, 2])
            for rev in r.sample([p for p in range(1, 201) if p != corr and p not in coauthors], n):
                inv = sub + dt.timedelta(days=r.randint(2, 12))
                x = r.random()
                if status in ("in_review",) and (TODAY - inv).days < 40:
                    st = "invited" if x < 0.3 else "accepted"
                    rec, comp = None, None
                elif x < 0.15:
                    st, rec, comp = "declined", None, None
                else:
                    comp_d = inv + dt.timedelta(days=r.randint(10, 45))
                    if comp_d > LAST:
                        st, rec, comp = "accepted", None, None
                    else:
                        st, comp = "completed", comp_d
                        if status == "accepted":
                            rec = r.choice(["accept", "minor_revision", "minor_revision", "major_revision"])
                        elif status == "rejected":
                            rec = r.choice(["reject", "reject", "major_revision"])
                        else:
                            rec = r.choice(["minor_revision", "major_revision", "reject", "accept"])
                reviews.append((k, rev, _iso(inv), st, _iso(comp), rec))
        if status == "accepted" and decided is not None:
            j = journals[jid - 1]
            if j[6] > 0:
                issued = min(LAST, decided + dt.timedelta(days=r.randint(1, 10)))
                x = r.random()
                if x < 0.1:
                    ist, paid = "waived", None
                elif x < 0.3 or (LAST - issued).days < 30:
                    ist, paid = "unpaid", None
                else:
                    ist, paid = "paid", issued + dt.timedelta(days=r.randint(5, 60))
                    if paid > LAST:
                        ist, paid = "unpaid", None
                amount = 0.0 if ist == "waived" else j[6]
                invoices.append((k, amount, _iso(issued), ist, _iso(paid)))
    insert(c, "manuscripts", [(k, j, co, t, ty, _iso(s), st, _iso(d))
                              for k, (j, co, t, ty, s, st, d) in enumerate(manus, 1)])  # fmt: skip
    insert(c, "manuscript_authors", authors)
    reviews.sort(key=lambda x: (str(x[2]), x[0]))
    insert(c, "review_assignments", [(k, *x) for k, x in enumerate(reviews, 1)])
    insert(c, "apc_invoices", [(k, *x) for k, x in enumerate(invoices, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- corefacility
CF_INSTRUMENTS = [
    ("Zeiss LSM 980", "confocal microscope", 48.0), ("Leica SP8", "confocal microscope", 42.0),
    ("Nikon A1R", "confocal microscope", 38.5), ("Olympus FV3000", "confocal microscope", 40.0),
    ("Thermo Orbitrap Exploris 480", "mass spectrometer", 95.0), ("Bruker timsTOF Pro", "mass spectrometer", 110.0),
    ("Waters Xevo TQ-S", "mass spectrometer", 72.5), ("BD FACSAria III", "flow cytometer", 65.0),
    ("Cytek Aurora", "flow cytometer", 55.0), ("BD LSRFortessa", "flow cytometer", 45.0),
    ("Beckman CytoFLEX", "flow cytometer", 35.0), ("Bruker Avance 600", "NMR spectrometer", 60.0),
    ("Bruker Avance 400", "NMR spectrometer", 30.0), ("JEOL 800 MHz", "NMR spectrometer", 120.0),
    ("Thermo Talos F200C", "electron microscope", 150.0), ("JEOL JSM-7800F", "electron microscope", 85.0),
    ("Hitachi TM4000", "electron microscope", 40.0), ("Illumina NovaSeq 6000", "sequencer", 210.0),
    ("Illumina MiSeq", "sequencer", 75.0), ("Oxford Nanopore PromethION", "sequencer", 95.0),
    ("BMG CLARIOstar", "plate reader", 15.0), ("Tecan Spark", "plate reader", 12.5),
    ("Molecular Devices SpectraMax", "plate reader", 14.0), ("Rigaku XtaLAB Synergy", "X-ray diffractometer", 70.0),
    ("Bruker D8 Venture", "X-ray diffractometer", 65.0), ("Malvern Zetasizer", "particle analyser", 20.0),
    ("Agilent Seahorse XFe96", "metabolic analyser", 45.0), ("Bio-Rad CFX96", "qPCR machine", 10.0),
    ("Roche LightCycler 480", "qPCR machine", 11.0), ("Cytiva AKTA Pure", "protein purifier", 18.0),
]  # fmt: skip
CF_DEPTS = ["Biochemistry", "Cell Biology", "Chemistry", "Immunology", "Genetics", "Pharmacology", "Neuroscience",
            "Materials Science"]  # fmt: skip
CF_POSITIONS = ["PhD student", "PhD student", "Postdoc", "Postdoc", "Research technician", "Masters student"]
CF_COMPANIES = ["Zeiss Service", "Thermo Fisher Field Service", "Bruker Support", "BD Biosciences", "Illumina Care",
                "LabCal Ltd"]  # fmt: skip


def build_corefacility(path: Path) -> None:
    r = random.Random(56005)
    c = fresh_db(
        path,
        """
        CREATE TABLE labs (lab_id INTEGER PRIMARY KEY, lab_name TEXT NOT NULL, principal_investigator TEXT NOT NULL,
            department TEXT NOT NULL, cost_centre TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE lab_members (member_id INTEGER PRIMARY KEY, lab_id INTEGER NOT NULL REFERENCES labs(lab_id),
            full_name TEXT NOT NULL, email TEXT NOT NULL, position TEXT NOT NULL, joined_on DATE NOT NULL,
            left_on DATE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE instruments (instrument_id INTEGER PRIMARY KEY, instrument_name TEXT NOT NULL,
            category TEXT NOT NULL, room TEXT NOT NULL, hourly_rate REAL NOT NULL, commissioned_on DATE NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE instrument_certifications (member_id INTEGER NOT NULL REFERENCES lab_members(member_id),
            instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), certified_on DATE NOT NULL,
            expires_on DATE NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (member_id, instrument_id));
        CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY,
            instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id),
            member_id INTEGER NOT NULL REFERENCES lab_members(member_id), session_start TEXT NOT NULL,
            session_end TEXT NOT NULL, status TEXT NOT NULL, charge_amount REAL NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, lab_id INTEGER NOT NULL REFERENCES labs(lab_id),
            billing_quarter TEXT NOT NULL, issued_on DATE NOT NULL, due_on DATE NOT NULL, paid_on DATE,
            total_amount REAL NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE service_visits (visit_id INTEGER PRIMARY KEY,
            instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), visit_date DATE NOT NULL,
            service_company TEXT NOT NULL, visit_type TEXT NOT NULL, cost REAL NOT NULL, created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        """,
    )
    created0 = D(2022, 9, 1)
    pool = full_names(r, 400)
    pis: list[str] = []
    for name in pool:  # the principal investigators first, no two with the same surname (labs are named after them)
        if len(pis) >= 32 or name.split(" ")[1] not in {p.split(" ")[1] for p in pis}:
            pis.append(name)
    labs = []
    for k in range(1, 33):
        pi = pis[k - 1]
        made = day_between(r, created0, D(2023, 6, 30))
        labs.append((k, f"{pi.split(' ')[1]} Lab", pi, r.choice(CF_DEPTS), f"CC-{4100 + k * 3}",
                     *_stamps(r, made, day_between(r, made, LAST))))  # fmt: skip
    insert(c, "labs", labs)
    members = []
    for k in range(1, 151):
        lab = (k - 1) % 32 + 1 if k <= 32 else r.randint(1, 32)
        name = labs[lab - 1][2] if k <= 32 else pis[32 + k - 33]
        pos = "Principal investigator" if k <= 32 else r.choice(CF_POSITIONS)
        joined = (
            day_between(r, D(2019, 1, 1), D(2025, 4, 30)) if k > 32 else day_between(r, D(2010, 1, 1), D(2020, 1, 1))
        )
        left = None
        if k > 32 and r.random() < 0.15 and joined < D(2024, 6, 1):
            left = day_between(r, joined + dt.timedelta(days=200), LAST)
        made = max(created0, joined)
        email = name.lower().replace(" ", ".") + "@core.example.edu"
        members.append((k, lab, name, email, pos, _iso(joined), _iso(left),
                        *_stamps(r, made, left or day_between(r, made, LAST))))  # fmt: skip
    insert(c, "lab_members", members)
    instruments = []
    for k, (n, cat, rate) in enumerate(CF_INSTRUMENTS, 1):
        comm = day_between(r, D(2014, 1, 1), D(2024, 10, 1)) if k != 20 else D(2025, 2, 3)
        made = max(created0, comm)
        instruments.append((k, n, cat, f"{r.choice('ABC')}{r.randint(1, 3)}.{r.randint(10, 40)}", rate, _iso(comm),
                            *_stamps(r, made, day_between(r, made, LAST))))  # fmt: skip
    insert(c, "instruments", instruments)
    certs = set()
    cert_rows = []
    while len(cert_rows) < 260:
        m = r.choice(members[32:])
        i = r.randint(1, 30) if r.random() < 0.7 else r.choice([1, 5, 8, 12, 18, 21])
        if (m[0], i) in certs or i == 26:
            continue
        lo = max(D.fromisoformat(m[5]), D.fromisoformat(instruments[i - 1][5]), created0)
        hi = D.fromisoformat(m[6]) if m[6] else LAST
        if lo > hi:
            continue
        certs.add((m[0], i))
        on = day_between(r, lo, hi)
        exp = _add_months(on, 24)
        cert_rows.append((m[0], i, _iso(on), _iso(exp), *_stamps(r, on, on)))
    cert_rows.sort(key=lambda x: (x[0], x[1]))
    insert(c, "instrument_certifications", cert_rows)
    bookings = []
    cert_list = sorted(certs)
    for _ in range(400):
        m, i = r.choice(cert_list)
        mem = members[m - 1]
        lo = max(D.fromisoformat(next(x[2] for x in cert_rows if x[0] == m and x[1] == i)), D(2023, 1, 2))
        hi = D.fromisoformat(mem[6]) if mem[6] else D(2025, 7, 10)
        if lo > hi:
            continue
        d = day_between(r, lo, hi)
        if d.weekday() >= 5:
            d += dt.timedelta(days=7 - d.weekday())
        start = dt.datetime(d.year, d.month, d.day, r.randint(8, 16), r.choice([0, 30]))
        hours = r.choice([1.0, 1.5, 2.0, 2.0, 3.0, 4.0, 6.0])
        end = start + dt.timedelta(hours=hours)
        made = min(LAST, d - dt.timedelta(days=r.randint(1, 21)))
        if d >= TODAY:
            status = "confirmed"
        else:
            x = r.random()
            status = "completed" if x < 0.84 else "cancelled" if x < 0.95 else "no_show"
        rate = CF_INSTRUMENTS[i - 1][2]
        charge = round(rate * hours, 2) if status in ("completed", "no_show") else 0.0
        upd = made if status == "confirmed" else min(d, LAST)
        bookings.append((i, m, start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"), status,
                         charge, *_stamps(r, made, upd)))  # fmt: skip
    bookings.sort(key=lambda b: (b[2], b[0]))
    insert(c, "bookings", [(k, *b) for k, b in enumerate(bookings, 1)])
    totals: dict[tuple[int, str], float] = {}
    for _i, m, start, _e, status, charge, _c, _u in bookings:
        if status in ("completed", "no_show"):
            y, mo = int(start[:4]), int(start[5:7])
            key = (members[m - 1][1], f"{y}-Q{(mo - 1) // 3 + 1}")
            totals[key] = round(totals.get(key, 0.0) + charge, 2)
    invoices = []
    for (lab, q), total in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        y, qn = int(q[:4]), int(q[-1])
        issued = _add_months(D(y, 3 * qn - 2, 1), 3) + dt.timedelta(days=r.randint(2, 9))
        if issued > LAST:
            continue
        due = issued + dt.timedelta(days=30)
        paid = issued + dt.timedelta(days=r.randint(5, 70))
        if paid > LAST or r.random() < 0.06:
            paid = None
        invoices.append((lab, q, _iso(issued), _iso(due), _iso(paid), total,
                         *_stamps(r, issued, paid or issued)))  # fmt: skip
    insert(c, "invoices", [(k, *x) for k, x in enumerate(invoices, 1)])
    visits = []
    for _ in range(70):
        i = r.randint(1, 30)
        d = day_between(r, max(D(2023, 1, 1), D.fromisoformat(instruments[i - 1][5])), LAST)
        typ = r.choices(["preventive", "repair", "calibration"], weights=[5, 3, 2])[0]
        cost = round(r.uniform(400, 2500) if typ != "repair" else r.uniform(1500, 14000), 2)
        visits.append((i, _iso(d), r.choice(CF_COMPANIES), typ, cost, *_stamps(r, d, d)))
    visits.sort(key=lambda v: (str(v[1]), v[0]))
    insert(c, "service_visits", [(k, *v) for k, v in enumerate(visits, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- olympiad
OL_SCHOOLS = [
    ("Kingsbridge Academy", "Plymouth", "South West", "Academy"), ("St Aidan's College", "Durham", "North East",
    "Independent"), ("Harrowfield High School", "Leeds", "Yorkshire", "State"), ("Millbrook Grammar School",
    "Reading", "South East", "Grammar"), ("Riverside Sixth Form College", "Nottingham", "East Midlands", "State"),
    ("Westgate School", "Winchester", "South East", "State"), ("Oakham Park Academy", "Leicester", "East Midlands",
    "Academy"), ("Cathedral School", "Norwich", "East of England", "Independent"), ("Castlefield Academy",
    "Manchester", "North West", "Academy"), ("Brunswick Grammar School", "Birmingham", "West Midlands", "Grammar"),
    ("Greenhill School", "Sheffield", "Yorkshire", "State"), ("Thornbury Sixth Form", "Bristol", "South West",
    "State"), ("Queen Mary's Grammar", "Walsall", "West Midlands", "Grammar"), ("Ashcombe School", "Dorking",
    "South East", "State"), ("Lakeside Academy", "Carlisle", "North West", "Academy"), ("St Columba's College",
    "London", "London", "Independent"), ("Hackney Science Academy", "London", "London", "Academy"),
    ("Camden School for Girls", "London", "London", "State"), ("Priory School", "Lewes", "South East", "State"),
    ("Fenland Academy", "Cambridge", "East of England", "Academy"), ("Royal Latin School", "Buckingham",
    "South East", "Grammar"), ("Tynedale Community School", "Hexham", "North East", "State"),
    ("Marshfield High School", "Hull", "Yorkshire", "State"), ("Severn Vale School", "Gloucester", "South West",
    "State"), ("Ipswich High School", "Ipswich", "East of England", "Independent"), ("Stockport Grammar",
    "Stockport", "North West", "Independent"), ("Wolverhampton Girls' High", "Wolverhampton", "West Midlands",
    "Grammar"), ("Lincoln Christ's Hospital", "Lincoln", "East Midlands", "State"), ("Exeter Maths School",
    "Exeter", "South West", "State"), ("King Edward VI School", "Southampton", "South East", "Grammar"),
    ("Newcastle Royal Grammar", "Newcastle", "North East", "Independent"), ("Bradford Academy", "Bradford",
    "Yorkshire", "Academy"), ("Chelmsford County High", "Chelmsford", "East of England", "Grammar"),
    ("Liverpool Blue Coat School", "Liverpool", "North West", "Academy"), ("Derby Moor Academy", "Derby",
    "East Midlands", "Academy"), ("Hereford Sixth Form College", "Hereford", "West Midlands", "State"),
]  # fmt: skip
OL_SUBJECTS = ["Mathematics", "Physics", "Chemistry", "Biology", "Informatics"]


def build_olympiad(path: Path) -> None:
    r = random.Random(56006)
    c = fresh_db(
        path,
        """
        CREATE TABLE schools (school_id INTEGER PRIMARY KEY, school_name TEXT NOT NULL, city TEXT NOT NULL,
            region TEXT NOT NULL, school_type TEXT NOT NULL, registered_on DATE NOT NULL);
        CREATE TABLE contestants (contestant_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL,
            last_name TEXT NOT NULL, school_id INTEGER NOT NULL REFERENCES schools(school_id),
            year_group INTEGER NOT NULL, date_of_birth DATE NOT NULL);
        CREATE TABLE competitions (competition_id INTEGER PRIMARY KEY, subject TEXT NOT NULL, stage TEXT NOT NULL,
            season INTEGER NOT NULL, held_on DATE NOT NULL, venue TEXT NOT NULL, max_score INTEGER NOT NULL);
        CREATE TABLE entries (entry_id INTEGER PRIMARY KEY,
            contestant_id INTEGER NOT NULL REFERENCES contestants(contestant_id),
            competition_id INTEGER NOT NULL REFERENCES competitions(competition_id), score INTEGER NOT NULL,
            medal TEXT, UNIQUE (contestant_id, competition_id));
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date DATE NOT NULL, year INTEGER NOT NULL,
            quarter INTEGER NOT NULL, month INTEGER NOT NULL, month_name TEXT NOT NULL, day_name TEXT NOT NULL);
        CREATE TABLE dim_school (school_key INTEGER PRIMARY KEY,
            school_id INTEGER NOT NULL REFERENCES schools(school_id), school_name TEXT NOT NULL, city TEXT NOT NULL,
            region TEXT NOT NULL, school_type TEXT NOT NULL);
        CREATE TABLE dim_competition (competition_key INTEGER PRIMARY KEY,
            competition_id INTEGER NOT NULL REFERENCES competitions(competition_id), subject TEXT NOT NULL,
            stage TEXT NOT NULL, season INTEGER NOT NULL, max_score INTEGER NOT NULL);
        CREATE TABLE fact_results (result_key INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries(entry_id),
            contestant_id INTEGER NOT NULL REFERENCES contestants(contestant_id),
            school_key INTEGER NOT NULL REFERENCES dim_school(school_key),
            competition_key INTEGER NOT NULL REFERENCES dim_competition(competition_key),
            date_key INTEGER NOT NULL REFERENCES dim_date(date_key), score INTEGER NOT NULL,
            score_pct REAL NOT NULL, medal_points INTEGER NOT NULL, is_medallist INTEGER NOT NULL);
        """,
    )
    schools = []
    for k, (n, city, reg, typ) in enumerate(OL_SCHOOLS, 1):
        schools.append((k, n, city, reg, typ, _iso(day_between(r, D(2015, 1, 1), D(2024, 9, 30)))))
    insert(c, "schools", schools)
    names = full_names(r, 250)
    pupils = []
    for k, name in enumerate(names, 1):
        first, last = name.split(" ")
        year_group = r.choice([11, 12, 12, 13, 13])
        born = day_between(r, D(2024 - year_group - 5, 9, 1), D(2025 - year_group - 5, 8, 31))
        school = r.randint(1, 34) if k > 34 else k  # schools 35 and 36 have no contestants yet
        pupils.append((k, first, last, school, year_group, _iso(born)))
    insert(c, "contestants", pupils)
    comps = []
    venues = {"Regional": "Host schools", "National Final": "University of Warwick"}
    for season in (2023, 2024, 2025):
        for j, subject in enumerate(OL_SUBJECTS):
            held = D(season, 2, 4) + dt.timedelta(days=j * 7)
            comps.append((subject, "Regional", season, held, venues["Regional"], 60 + 20 * (j % 2)))
            final = D(season, 5, 10 + j * 3) if season < 2025 or j < 3 else D(season, 7, 5 + j)
            comps.append((subject, "National Final", season, final, venues["National Final"], 42 if j != 4 else 100))
    comps.sort(key=lambda x: x[3])
    comp_rows = [(k, s, st, se, _iso(d), v, mx) for k, (s, st, se, d, v, mx) in enumerate(comps, 1)]
    insert(c, "competitions", comp_rows)
    entries = []
    regional_scores: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for cid, subject, stage, season, _held, _v, mx in comp_rows:
        if stage != "Regional":
            continue
        for p in r.sample(range(1, 251), 17):
            score = int(min(mx, max(0, r.gauss(mx * 0.52, mx * 0.2))))
            entries.append((p, cid, score, None))
            regional_scores.setdefault((subject, season), []).append((score, p))
    for cid, subject, stage, season, held, _v, mx in comp_rows:
        if stage != "National Final" or D.fromisoformat(held) > LAST:
            continue
        qualifiers = sorted(regional_scores[(subject, season)], key=lambda x: (-x[0], x[1]))[:9]
        scored = []
        for _s, p in qualifiers:
            scored.append((int(min(mx, max(3, r.gauss(mx * 0.55, mx * 0.22)))), p))
        scored.sort(key=lambda x: (-x[0], x[1]))
        seen: set[int] = set()
        fixed = []
        for sc, p in scored:
            while sc in seen:
                sc -= 1
            seen.add(sc)
            fixed.append((sc, p))
        for rank, (sc, p) in enumerate(fixed):
            medal = "gold" if rank == 0 else "silver" if rank < 3 else "bronze" if rank < 6 else None
            entries.append((p, cid, sc, medal))
    entries.sort(key=lambda e: (e[1], e[0]))
    entry_rows = [(k, *e) for k, e in enumerate(entries, 1)]
    insert(c, "entries", entry_rows)
    dates = sorted({row[4] for row in comp_rows})
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip
    dim_dates = []
    for s in dates:
        d = D.fromisoformat(str(s))
        dim_dates.append((int(d.strftime("%Y%m%d")), s, d.year, (d.month - 1) // 3 + 1, d.month, months[d.month - 1],
                          d.strftime("%A")))  # fmt: skip
    extra = D(2025, 9, 1)
    while len(dim_dates) < 36:
        dim_dates.append((int(extra.strftime("%Y%m%d")), _iso(extra), extra.year, (extra.month - 1) // 3 + 1,
                          extra.month, months[extra.month - 1], extra.strftime("%A")))  # fmt: skip
        extra += dt.timedelta(days=14)
    insert(c, "dim_date", dim_dates)
    insert(c, "dim_school", [(100 + s[0], s[0], s[1], s[2], s[3], s[4]) for s in schools])
    insert(c, "dim_competition", [(500 + x[0], x[0], x[1], x[2], x[3], x[6]) for x in comp_rows])
    facts = []
    points = {"gold": 3, "silver": 2, "bronze": 1}
    for eid, p, cid, score, medal in entry_rows:
        comp = comp_rows[cid - 1]
        dk = int(str(comp[4]).replace("-", ""))
        facts.append((eid, eid, p, 100 + pupils[p - 1][3], 500 + cid, dk, score, round(100.0 * score / comp[6], 1),
                      points.get(str(medal), 0), 1 if medal else 0))  # fmt: skip
    insert(c, "fact_results", facts)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "grantoffice": build_grantoffice,
    "doctoral": build_doctoral,
    "seismic": build_seismic,
    "peerreview": build_peerreview,
    "corefacility": build_corefacility,
    "olympiad": build_olympiad,
}
