"""The offline translator's last check (issue 14): an answer whose shape contradicts the question is refused.

Nine small SQLite databases in naming styles the translator meets in the wild (Hungarian prefixes,
ALL_CAPS abbreviations, t_/fld_ prefixes, PascalCase_With_Underscores, lookup tables, link tables)
carry questions of the kinds a blind measure found answered wrongly: grouping at the wrong level or
finer than asked, the wrong aggregate (a label summed for a count), a time filter on the group's year
while the counted rows keep their time in a column not typed as a date, a ratio over the wrong rows,
an answer listing another table than the one asked for, an attribute read through a link table, a
measure read from a column that lacks the word naming it.  End to end,
each such question must now be answered right or refused, never answered wrong; questions answered
right before must still be answered right.  The checks are also run on hand-written SQL, so that
each one is held whatever the planner produces.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from nl2sql_data.harness import build_with, judge, translators_for

from aishell.ai.offline import TranslationError
from aishell.ai.offline.translate import Translator
from aishell.ai.offline.verify import verify


def _day(r: random.Random, start: dt.date, span: int) -> str:
    return (start + dt.timedelta(days=r.randint(0, span))).isoformat()


def build_hr(path: Path) -> None:
    """Hungarian prefixes: tblX, intX, strX, curX, dtmX."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE tblDepartment (intDepartmentID INTEGER PRIMARY KEY, strDepartmentName TEXT, intFoundedYear INTEGER);
    CREATE TABLE tblEmployee (intEmployeeID INTEGER PRIMARY KEY, strFirstName TEXT, strLastName TEXT,
        intDepartmentID INTEGER REFERENCES tblDepartment(intDepartmentID), curSalary REAL, intStartYear INTEGER,
        strGrade TEXT);
    CREATE TABLE tblProject (intProjectID INTEGER PRIMARY KEY, strProjectName TEXT,
        intDepartmentID INTEGER REFERENCES tblDepartment(intDepartmentID), dtmStart DATE, curBudget REAL);
    CREATE TABLE tblAssignment (intAssignmentID INTEGER PRIMARY KEY,
        intEmployeeID INTEGER REFERENCES tblEmployee(intEmployeeID),
        intProjectID INTEGER REFERENCES tblProject(intProjectID), dtmAssigned DATE, intHours INTEGER);
    """)
    r = random.Random(2)
    depts = [(1, "Sales", 1990), (2, "Research", 2005), (3, "Support", 2023), (4, "Legal", 2012)]
    c.executemany("INSERT INTO tblDepartment VALUES (?,?,?)", depts)
    emps = [
        (i, f"F{i}", f"L{i}", r.randint(1, 4), r.randint(30, 120) * 1000.0 + i, r.randint(2000, 2024), r.choice("ABC"))
        for i in range(1, 41)
    ]
    c.executemany("INSERT INTO tblEmployee VALUES (?,?,?,?,?,?,?)", emps)
    projects = [
        (i, f"Proj{i}", 1 + i % 4 if i < 9 else 2, _day(r, dt.date(2021, 1, 1), 1400), r.randint(10, 500) * 1000.0)
        for i in range(1, 15)
    ]
    c.executemany("INSERT INTO tblProject VALUES (?,?,?,?,?)", projects)
    c.executemany(
        "INSERT INTO tblAssignment VALUES (?,?,?,?,?)",
        [
            (i, r.randint(1, 40), r.randint(1, 14), _day(r, dt.date(2022, 1, 1), 1000), r.randint(1, 80))
            for i in range(1, 151)
        ],
    )
    c.commit()
    c.close()


def build_vet(path: Path) -> None:
    """snake_case with lookup tables (status, specialty, species)."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE specialty (specialty_id INTEGER PRIMARY KEY, specialty_name TEXT);
    CREATE TABLE vet (vet_id INTEGER PRIMARY KEY, vet_name TEXT, specialty_id INTEGER REFERENCES specialty(specialty_id),
        hired_year INTEGER);
    CREATE TABLE species (species_id INTEGER PRIMARY KEY, species_name TEXT);
    CREATE TABLE pet (pet_id INTEGER PRIMARY KEY, pet_name TEXT, species_id INTEGER REFERENCES species(species_id),
        weight_kg REAL, legs INTEGER, created_at DATE);
    CREATE TABLE appt_status (status_id INTEGER PRIMARY KEY, status_name TEXT);
    CREATE TABLE appointment (appointment_id INTEGER PRIMARY KEY, pet_id INTEGER REFERENCES pet(pet_id),
        vet_id INTEGER REFERENCES vet(vet_id), scheduled_on DATE, status_id INTEGER REFERENCES appt_status(status_id),
        fee REAL, duration_min INTEGER);
    """)
    r = random.Random(3)
    c.executemany("INSERT INTO specialty VALUES (?,?)", [(1, "Surgery"), (2, "Dentistry"), (3, "General")])
    c.executemany(
        "INSERT INTO vet VALUES (?,?,?,?)",
        [(i, f"Vet{i}", r.randint(1, 3), r.choice([2018, 2020, 2024])) for i in range(1, 9)],
    )
    c.executemany("INSERT INTO species VALUES (?,?)", [(1, "Dog"), (2, "Cat"), (3, "Parrot"), (4, "Rabbit")])
    c.executemany(
        "INSERT INTO pet VALUES (?,?,?,?,?,?)",
        [
            (
                i,
                f"Pet{i}",
                r.randint(1, 4),
                round(r.uniform(0.5, 40), 1),
                r.choice([2, 4, 4, 4]),
                _day(r, dt.date(2020, 1, 1), 1800),
            )
            for i in range(1, 51)
        ],
    )
    c.executemany("INSERT INTO appt_status VALUES (?,?)", [(1, "Scheduled"), (2, "Completed"), (3, "Cancelled")])
    c.executemany(
        "INSERT INTO appointment VALUES (?,?,?,?,?,?,?)",
        [
            (
                i,
                r.randint(1, 50),
                r.randint(1, 8),
                _day(r, dt.date(2023, 1, 1), 900),
                r.choice([1, 2, 2, 3]),
                round(r.uniform(20, 300), 2) + i / 1000,
                r.choice([15, 30, 45, 60]),
            )
            for i in range(1, 301)
        ],
    )
    c.commit()
    c.close()


def build_pharmacy(path: Path) -> None:
    """ALL_CAPS abbreviations; a prescribed and a dispensed quantity in two tables."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE GNDR (GNDR_CD TEXT PRIMARY KEY, GNDR_DESC TEXT);
    CREATE TABLE PATIENT (PAT_ID INTEGER PRIMARY KEY, PAT_NM TEXT, GNDR_CD TEXT REFERENCES GNDR(GNDR_CD),
        CITY_NM TEXT, BIRTH_YR INTEGER);
    CREATE TABLE DRUG (DRUG_ID INTEGER PRIMARY KEY, DRUG_NM TEXT, DRUG_FORM TEXT);
    CREATE TABLE RX (RX_ID INTEGER PRIMARY KEY, PAT_ID INTEGER REFERENCES PATIENT(PAT_ID),
        DRUG_ID INTEGER REFERENCES DRUG(DRUG_ID), PRESC_QTY INTEGER, RX_DT DATE, RX_STAT TEXT);
    CREATE TABLE DISP (DISP_ID INTEGER PRIMARY KEY, RX_ID INTEGER REFERENCES RX(RX_ID), DISP_QTY INTEGER,
        DISP_DT DATE, FEE_AMT REAL);
    """)
    r = random.Random(7)
    c.executemany("INSERT INTO GNDR VALUES (?,?)", [("F", "Female"), ("M", "Male")])
    c.executemany(
        "INSERT INTO PATIENT VALUES (?,?,?,?,?)",
        [
            (i, f"Patient {i}", r.choice("FM"), r.choice(["Oslo", "Bergen"]), r.randint(1950, 2005))
            for i in range(1, 31)
        ],
    )
    c.executemany(
        "INSERT INTO DRUG VALUES (?,?,?)", [(i, f"Drug {i}", r.choice(["tablet", "syrup"])) for i in range(1, 9)]
    )
    rx = [
        (
            i,
            r.randint(1, 30),
            r.randint(1, 8),
            r.randint(10, 90),
            _day(r, dt.date(2023, 1, 1), 700),
            r.choice(["OPEN", "CANC", "DONE"]),
        )
        for i in range(1, 121)
    ]
    c.executemany("INSERT INTO RX VALUES (?,?,?,?,?,?)", rx)
    c.executemany(
        "INSERT INTO DISP VALUES (?,?,?,?,?)",
        [
            (i, p[0], r.randint(1, p[3]), p[4], round(r.uniform(1, 20), 2) + i / 1000)
            for i, p in enumerate(r.sample(rx, 90), 1)
        ],
    )
    c.commit()
    c.close()


def build_school(path: Path) -> None:
    """A lookup table of grade levels and a link table of club memberships."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE grade_level (grade_level_id INTEGER PRIMARY KEY, level_name TEXT);
    CREATE TABLE students (student_id INTEGER PRIMARY KEY, full_name TEXT,
        grade_level_id INTEGER REFERENCES grade_level(grade_level_id), enrolled_on DATE, gpa REAL);
    CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT, founded_year INTEGER, category TEXT);
    CREATE TABLE memberships (membership_id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(student_id),
        club_id INTEGER REFERENCES clubs(club_id), joined_on DATE, role TEXT);
    CREATE TABLE fees (fee_id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(student_id), amount REAL,
        paid_on DATE, fee_type TEXT);
    """)
    r = random.Random(5)
    c.executemany(
        "INSERT INTO grade_level VALUES (?,?)", [(1, "Freshman"), (2, "Sophomore"), (3, "Junior"), (4, "Senior")]
    )
    c.executemany(
        "INSERT INTO students VALUES (?,?,?,?,?)",
        [
            (
                i,
                f"Student {i}",
                r.randint(1, 4),
                _day(r, dt.date(2021, 9, 1), 1200),
                round(r.uniform(2, 4), 2) + i / 10000,
            )
            for i in range(1, 81)
        ],
    )
    c.executemany(
        "INSERT INTO clubs VALUES (?,?,?,?)",
        [
            (i, f"Club{i}", r.choice([1999, 2010, 2024, 2023]), r.choice(["Sport", "Art", "Science"]))
            for i in range(1, 9)
        ],
    )
    c.executemany(
        "INSERT INTO memberships VALUES (?,?,?,?,?)",
        [
            (
                i,
                r.randint(1, 80),
                r.randint(1, 8),
                _day(r, dt.date(2022, 1, 1), 1000),
                r.choice(["member", "captain", "treasurer"]),
            )
            for i in range(1, 201)
        ],
    )
    c.executemany(
        "INSERT INTO fees VALUES (?,?,?,?,?)",
        [
            (
                i,
                r.randint(1, 80),
                round(r.uniform(10, 500), 2),
                _day(r, dt.date(2022, 1, 1), 1000),
                r.choice(["tuition", "club", "lab"]),
            )
            for i in range(1, 241)
        ],
    )
    c.commit()
    c.close()


def build_hotel(path: Path) -> None:
    """ALL_CAPS vowel-less abbreviations (HTL, RSV, GST) and a link table of amenities."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE HTL (HTL_ID INTEGER PRIMARY KEY, HTL_NM TEXT, STAR_RTG INTEGER, OPEN_YR INTEGER);
    CREATE TABLE RM (RM_ID INTEGER PRIMARY KEY, HTL_ID INTEGER REFERENCES HTL(HTL_ID), RM_NO TEXT, BEDS INTEGER,
        NIGHTLY_RATE REAL);
    CREATE TABLE GST (GST_ID INTEGER PRIMARY KEY, FIRST_NM TEXT, LAST_NM TEXT, CTRY TEXT, LOYALTY_TIER TEXT);
    CREATE TABLE RSV (RSV_ID INTEGER PRIMARY KEY, GST_ID INTEGER REFERENCES GST(GST_ID),
        RM_ID INTEGER REFERENCES RM(RM_ID), CHK_IN_DT DATE, NIGHTS INTEGER, TOT_AMT REAL, RSV_STAT TEXT);
    CREATE TABLE AMEN (AMEN_ID INTEGER PRIMARY KEY, AMEN_NM TEXT);
    CREATE TABLE HTL_AMEN (HTL_ID INTEGER REFERENCES HTL(HTL_ID), AMEN_ID INTEGER REFERENCES AMEN(AMEN_ID),
        PRIMARY KEY (HTL_ID, AMEN_ID));
    """)
    r = random.Random(4)
    c.executemany(
        "INSERT INTO HTL VALUES (?,?,?,?)",
        [(i, f"Hotel{i}", r.randint(2, 5), r.choice([1990, 2005, 2024])) for i in range(1, 7)],
    )
    c.executemany(
        "INSERT INTO RM VALUES (?,?,?,?,?)",
        [(i, r.randint(1, 6), f"{100 + i}", r.randint(1, 3), round(r.uniform(60, 400), 2)) for i in range(1, 61)],
    )
    c.executemany(
        "INSERT INTO GST VALUES (?,?,?,?,?)",
        [(i, f"G{i}", f"S{i}", r.choice(["FR", "DE", "US", "JP"]), r.choice(["Gold", "Silver"])) for i in range(1, 51)],
    )
    c.executemany(
        "INSERT INTO RSV VALUES (?,?,?,?,?,?,?)",
        [
            (
                i,
                r.randint(1, 50),
                r.randint(1, 60),
                _day(r, dt.date(2023, 1, 1), 800),
                r.randint(1, 7),
                round(r.uniform(80, 2500), 2),
                r.choice(["CONF", "CANC", "DONE"]),
            )
            for i in range(1, 301)
        ],
    )
    c.executemany("INSERT INTO AMEN VALUES (?,?)", [(1, "Pool"), (2, "Spa"), (3, "Gym"), (4, "Parking")])
    c.executemany(
        "INSERT INTO HTL_AMEN VALUES (?,?)", [(1, 1), (1, 2), (2, 1), (3, 3), (4, 1), (4, 4), (5, 2), (6, 1), (6, 3)]
    )
    c.commit()
    c.close()


def build_books(path: Path) -> None:
    """Hungarian prefixes with a status lookup on the parent."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE tblStatus (intStatusID INTEGER PRIMARY KEY, strStatusName TEXT);
    CREATE TABLE tblAuthor (intAuthorID INTEGER PRIMARY KEY, strAuthorName TEXT, strCountry TEXT,
        intStatusID INTEGER REFERENCES tblStatus(intStatusID), intDebutYear INTEGER);
    CREATE TABLE tblGenre (intGenreID INTEGER PRIMARY KEY, strGenreName TEXT);
    CREATE TABLE tblBook (intBookID INTEGER PRIMARY KEY, strTitle TEXT,
        intAuthorID INTEGER REFERENCES tblAuthor(intAuthorID), intGenreID INTEGER REFERENCES tblGenre(intGenreID),
        intPages INTEGER, strReleased TEXT);
    """)
    r = random.Random(11)
    c.executemany("INSERT INTO tblStatus VALUES (?,?)", [(1, "Active"), (2, "Retired")])
    c.executemany(
        "INSERT INTO tblAuthor VALUES (?,?,?,?,?)",
        [
            (i, f"Author {i}", r.choice(["Norway", "Chile", "Japan"]), r.choice([1, 2, None]), r.choice([2019, 2024]))
            for i in range(1, 21)
        ],
    )
    c.executemany("INSERT INTO tblGenre VALUES (?,?)", [(1, "Fantasy"), (2, "Crime"), (3, "Poetry")])
    c.executemany(
        "INSERT INTO tblBook VALUES (?,?,?,?,?,?)",
        [
            (i, f"Book {i}", r.randint(1, 20), r.randint(1, 3), r.randint(80, 900), _day(r, dt.date(2021, 1, 1), 1500))
            for i in range(1, 151)
        ],
    )
    c.commit()
    c.close()


def build_orchestra(path: Path) -> None:
    """ALL_CAPS abbreviations: sections, musicians, concerts and a link table; studies with a phase number."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE SECTION (SECTION_ID INTEGER PRIMARY KEY, SECTION_NM TEXT);
    CREATE TABLE MUSICIAN (MUSICIAN_ID INTEGER PRIMARY KEY, MUSICIAN_NM TEXT,
        SECTION_ID INTEGER REFERENCES SECTION(SECTION_ID), JOINED_YR INTEGER);
    CREATE TABLE CONCERT (CONCERT_ID INTEGER PRIMARY KEY, CONCERT_NM TEXT, CONCERT_DT DATE);
    CREATE TABLE PERF (CONCERT_ID INTEGER REFERENCES CONCERT(CONCERT_ID),
        MUSICIAN_ID INTEGER REFERENCES MUSICIAN(MUSICIAN_ID), PRIMARY KEY (CONCERT_ID, MUSICIAN_ID));
    CREATE TABLE STUDY (STUDY_ID INTEGER PRIMARY KEY, STUDY_NM TEXT, PHASE_NBR INTEGER, ENROLL_CNT INTEGER);
    """)
    r = random.Random(12)
    c.executemany("INSERT INTO SECTION VALUES (?,?)", [(1, "Strings"), (2, "Brass"), (3, "Percussion")])
    c.executemany(
        "INSERT INTO MUSICIAN VALUES (?,?,?,?)",
        [(i, f"Musician {i}", r.randint(1, 3), r.choice([2015, 2020, 2024])) for i in range(1, 31)],
    )
    c.executemany(
        "INSERT INTO CONCERT VALUES (?,?,?)",
        [(i, f"Concert {i}", _day(r, dt.date(2023, 1, 1), 700)) for i in range(1, 11)],
    )
    c.executemany("INSERT INTO PERF VALUES (?,?)", sorted({(r.randint(1, 10), r.randint(1, 30)) for _ in range(120)}))
    c.executemany(
        "INSERT INTO STUDY VALUES (?,?,?,?)",
        [(i, f"Study {i}", r.randint(1, 4), r.randint(10, 400)) for i in range(1, 41)],
    )
    c.commit()
    c.close()


def build_dispensary(path: Path) -> None:
    """t_/fld_ prefixes: an ordered quantity and a dispensed quantity in two tables."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE t_drug (fld_drug_id INTEGER PRIMARY KEY, fld_drug_name TEXT);
    CREATE TABLE t_order_line (fld_line_id INTEGER PRIMARY KEY, fld_drug_id INTEGER REFERENCES t_drug(fld_drug_id),
        fld_qty INTEGER, fld_ordered_on DATE);
    CREATE TABLE t_dispense (fld_dispense_id INTEGER PRIMARY KEY,
        fld_line_id INTEGER REFERENCES t_order_line(fld_line_id), fld_qty_dispensed INTEGER,
        fld_amt_refunded REAL, fld_amt REAL, fld_dose_mg REAL, fld_dose_mg_received REAL);
    """)
    r = random.Random(13)
    c.executemany("INSERT INTO t_drug VALUES (?,?)", [(i, f"Drug {i}") for i in range(1, 7)])
    lines = [(i, r.randint(1, 6), r.randint(5, 60), _day(r, dt.date(2023, 1, 1), 600)) for i in range(1, 101)]
    c.executemany("INSERT INTO t_order_line VALUES (?,?,?,?)", lines)
    c.executemany(
        "INSERT INTO t_dispense VALUES (?,?,?,?,?,?,?)",
        [
            (
                i,
                ln[0],
                r.randint(1, ln[2]),
                round(r.uniform(0, 5), 2),
                round(r.uniform(5, 50), 2),
                round(r.uniform(5, 50), 1),
                round(r.uniform(1, 50), 1),
            )
            for i, ln in enumerate(r.sample(lines, 80), 1)
        ],
    )
    c.commit()
    c.close()


def build_repairs(path: Path) -> None:
    """PascalCase_With_Underscores: a type lookup, a link table, text and epoch timestamps."""
    c = sqlite3.connect(path)
    c.executescript("""
    CREATE TABLE Repair_Type (Type_Code TEXT PRIMARY KEY, Type_Name TEXT);
    CREATE TABLE Branch (Branch_Id INTEGER PRIMARY KEY, Branch_Name TEXT, Opened_Year INTEGER);
    CREATE TABLE Technician (Technician_Id INTEGER PRIMARY KEY, Technician_Name TEXT,
        Branch_Id INTEGER REFERENCES Branch(Branch_Id), Is_Certified INTEGER, Skill_Level INTEGER);
    CREATE TABLE Appliance (Appliance_Id INTEGER PRIMARY KEY, Appliance_Name TEXT, Appliance_Type TEXT);
    CREATE TABLE Repair (Repair_Id INTEGER PRIMARY KEY, Type_Code TEXT REFERENCES Repair_Type(Type_Code),
        Technician_Id INTEGER REFERENCES Technician(Technician_Id), Branch_Id INTEGER REFERENCES Branch(Branch_Id),
        Call_Received TEXT, Logged INTEGER, Cost REAL);
    CREATE TABLE Callback (Callback_Id INTEGER PRIMARY KEY, Branch_Id INTEGER REFERENCES Branch(Branch_Id),
        Slot TEXT);
    CREATE TABLE Repair_Appliance (Repair_Id INTEGER REFERENCES Repair(Repair_Id),
        Appliance_Id INTEGER REFERENCES Appliance(Appliance_Id), PRIMARY KEY (Repair_Id, Appliance_Id));
    """)
    r = random.Random(14)
    c.executemany(
        "INSERT INTO Repair_Type VALUES (?,?)", [("EL", "Electrical"), ("MC", "Mechanical"), ("SW", "Software")]
    )
    c.executemany(
        "INSERT INTO Branch VALUES (?,?,?)", [(i, f"Branch {i}", r.choice([2010, 2024])) for i in range(1, 6)]
    )
    c.executemany(
        "INSERT INTO Technician VALUES (?,?,?,?,?)",
        [(i, f"Tech {i}", r.randint(1, 5), r.choice([0, 1]), r.randint(1, 3)) for i in range(1, 13)],
    )
    c.executemany(
        "INSERT INTO Appliance VALUES (?,?,?)",
        [(i, f"Appliance {i}", r.choice(["Washer", "Oven", "Fridge"])) for i in range(1, 16)],
    )
    rows = []
    for i in range(1, 201):
        when = dt.datetime(2023, 1, 1) + dt.timedelta(minutes=r.randint(0, 900 * 24 * 60))
        rows.append(
            (
                i,
                r.choice(["EL", "MC", "SW"]),
                r.randint(1, 12),
                r.randint(1, 5),
                when.isoformat(sep=" "),
                int(when.replace(tzinfo=dt.UTC).timestamp()),
                round(r.uniform(40, 900), 2),
            )
        )
    c.executemany("INSERT INTO Repair VALUES (?,?,?,?,?,?,?)", rows)
    c.executemany(
        "INSERT INTO Callback VALUES (?,?,?)",
        [
            (i, r.randint(1, 5), _day(r, dt.date(2023, 6, 1), 40) if i % 2 else _day(r, dt.date(2024, 3, 1), 40))
            for i in range(1, 81)
        ],
    )
    c.executemany(
        "INSERT INTO Repair_Appliance VALUES (?,?)", sorted({(r.randint(1, 200), r.randint(1, 15)) for _ in range(260)})
    )
    c.commit()
    c.close()


BUILDERS: dict[str, Callable[[Path], None]] = {
    "hr": build_hr,
    "vet": build_vet,
    "pharmacy": build_pharmacy,
    "school": build_school,
    "hotel": build_hotel,
    "books": build_books,
    "orchestra": build_orchestra,
    "dispensary": build_dispensary,
    "repairs": build_repairs,
}


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_with(BUILDERS, tmp_path_factory.mktemp("verify"))


@pytest.fixture(scope="module")
def translators(dbs: dict[str, Path]) -> dict[str, Translator]:
    return translators_for(dbs)


def _case(db: str, q: str, sql: str, **extra: object) -> dict[str, object]:
    return {"id": q, "db": db, "q": q, "sql": sql, **extra}


#: questions of the kinds found answered wrongly: each must be answered right or refused, never wrong
GUARDED = [
    # 1. grouping at the wrong level: by a column of an unrelated table, or by another year than the one named
    _case(
        "hotel",
        "How many hotels have each amenity?",
        "SELECT a.AMEN_NM, COUNT(*) FROM HTL_AMEN ha JOIN AMEN a ON ha.AMEN_ID = a.AMEN_ID GROUP BY a.AMEN_ID",
    ),
    _case(
        "hotel",
        "Number of hotels per amenity",
        "SELECT a.AMEN_NM, COUNT(*) FROM HTL_AMEN ha JOIN AMEN a ON ha.AMEN_ID = a.AMEN_ID GROUP BY a.AMEN_ID",
    ),
    _case(
        "hr",
        "How many employees per start year?",
        "SELECT intStartYear, COUNT(*) FROM tblEmployee GROUP BY intStartYear",
    ),
    # 2. the wrong aggregate: a sum of a quantity for a count of rows; a sum per group for one child row
    _case(
        "pharmacy",
        "How many prescriptions per gender?",
        "SELECT g.GNDR_DESC, COUNT(*) FROM RX JOIN PATIENT p ON RX.PAT_ID = p.PAT_ID "
        "JOIN GNDR g ON p.GNDR_CD = g.GNDR_CD GROUP BY g.GNDR_CD",
        check=[1],
    ),
    _case(
        "pharmacy",
        "Number of prescriptions per drug form",
        "SELECT d.DRUG_FORM, COUNT(*) FROM RX JOIN DRUG d ON RX.DRUG_ID = d.DRUG_ID GROUP BY d.DRUG_FORM",
    ),
    _case("pharmacy", "How many prescriptions with quantity 30?", "SELECT COUNT(*) FROM RX WHERE PRESC_QTY = 30"),
    _case(
        "hr",
        "Which department has the employee with the highest salary?",
        "SELECT d.strDepartmentName FROM tblEmployee e JOIN tblDepartment d "
        "ON e.intDepartmentID = d.intDepartmentID ORDER BY e.curSalary DESC LIMIT 1",
    ),
    _case(
        "vet",
        "Which vet had the appointment with the highest fee?",
        "SELECT v.vet_name FROM appointment a JOIN vet v ON a.vet_id = v.vet_id ORDER BY a.fee DESC LIMIT 1",
    ),
    _case(
        "school",
        "Which grade level has the student with the lowest gpa?",
        "SELECT g.level_name FROM students s JOIN grade_level g ON s.grade_level_id = g.grade_level_id "
        "ORDER BY s.gpa ASC LIMIT 1",
    ),
    _case(
        "school",
        "Which club has the member with the highest gpa?",
        "SELECT c.club_name FROM memberships m JOIN clubs c ON m.club_id = c.club_id "
        "JOIN students s ON m.student_id = s.student_id ORDER BY s.gpa DESC LIMIT 1",
    ),
    _case(
        "hotel",
        "Which guest made the reservation with the highest total amount?",
        "SELECT FIRST_NM, LAST_NM FROM RSV JOIN GST ON RSV.GST_ID = GST.GST_ID ORDER BY TOT_AMT DESC LIMIT 1",
    ),
    _case(
        "pharmacy",
        "Which drug has the dispense with the highest fee?",
        "SELECT d.DRUG_NM FROM DISP JOIN RX ON DISP.RX_ID = RX.RX_ID JOIN DRUG d ON RX.DRUG_ID = d.DRUG_ID "
        "ORDER BY DISP.FEE_AMT DESC LIMIT 1",
    ),
    # 3. a time filter on the wrong table, or in the numerator only
    _case(
        "hr",
        "Top 3 departments by number of projects started in 2023",  # 2, 1, 1: no tie at the cut
        "SELECT d.strDepartmentName, COUNT(*) FROM tblProject p JOIN tblDepartment d "
        "ON p.intDepartmentID = d.intDepartmentID WHERE p.dtmStart >= '2023-01-01' AND p.dtmStart < '2024-01-01' "
        "GROUP BY d.intDepartmentID ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    _case(
        "pharmacy",
        "Top 3 drugs by number of prescriptions in 2024",
        "SELECT d.DRUG_NM, COUNT(*) FROM RX JOIN DRUG d ON RX.DRUG_ID = d.DRUG_ID "
        "WHERE RX.RX_DT >= '2024-01-01' AND RX.RX_DT < '2025-01-01' GROUP BY d.DRUG_ID ORDER BY COUNT(*) DESC "
        "LIMIT 3",
    ),
    _case(
        "vet",
        "What percentage of appointments scheduled in 2024 were cancelled?",
        "SELECT 100.0 * SUM(CASE WHEN s.status_name = 'Cancelled' THEN 1 ELSE 0 END) / COUNT(*) "
        "FROM appointment a JOIN appt_status s ON a.status_id = s.status_id "
        "WHERE a.scheduled_on >= '2024-01-01' AND a.scheduled_on < '2025-01-01'",
    ),
    _case(
        "school",
        "What percentage of memberships in 2024 are captains?",
        "SELECT 100.0 * SUM(CASE WHEN role = 'captain' THEN 1 ELSE 0 END) / COUNT(*) FROM memberships "
        "WHERE joined_on >= '2024-01-01' AND joined_on < '2025-01-01'",
    ),
    _case(
        "school",
        "What percentage of fees paid in 2023 were tuition?",
        "SELECT 100.0 * SUM(CASE WHEN fee_type = 'tuition' THEN 1 ELSE 0 END) / COUNT(*) FROM fees "
        "WHERE paid_on >= '2023-01-01' AND paid_on < '2024-01-01'",
    ),
    # 4. groups finer than asked: one row per author instead of one per country
    _case(
        "books",
        "How many books were written by authors of each country?",
        "SELECT a.strCountry, COUNT(*) FROM tblBook b JOIN tblAuthor a ON b.intAuthorID = a.intAuthorID "
        "GROUP BY a.strCountry",
    ),
    _case(
        "books",
        "Number of books by authors in each country",
        "SELECT a.strCountry, COUNT(*) FROM tblBook b JOIN tblAuthor a ON b.intAuthorID = a.intAuthorID "
        "GROUP BY a.strCountry",
    ),
    _case(
        "repairs",
        "How many repairs were done by technicians of each branch?",
        "SELECT t.Branch_Id, COUNT(*) FROM Repair r JOIN Technician t ON r.Technician_Id = t.Technician_Id "
        "GROUP BY t.Branch_Id",
        check=[1],
    ),
    # 5. a label summed for a count; a measure without the word that names it
    _case("orchestra", "How many phase 3 studies are there?", "SELECT COUNT(*) FROM STUDY WHERE PHASE_NBR = 3"),
    _case(
        "dispensary",
        "Total amount refunded per drug",
        "SELECT d.fld_drug_name, SUM(x.fld_amt_refunded) FROM t_dispense x JOIN t_order_line l "
        "ON x.fld_line_id = l.fld_line_id JOIN t_drug d ON l.fld_drug_id = d.fld_drug_id GROUP BY d.fld_drug_id",
    ),
    _case(
        "dispensary",
        "Average dose received per drug",
        "SELECT d.fld_drug_name, AVG(x.fld_dose_mg_received) FROM t_dispense x JOIN t_order_line l "
        "ON x.fld_line_id = l.fld_line_id JOIN t_drug d ON l.fld_drug_id = d.fld_drug_id GROUP BY d.fld_drug_id",
    ),
    # 6. an attribute of the counted rows read from another table through a link table
    _case(
        "repairs",
        "How many repairs of each type?",
        "SELECT Type_Code, COUNT(*) FROM Repair GROUP BY Type_Code",
        check=[1],
    ),
    _case(
        "repairs",
        "Average cost per type of repair",
        "SELECT Type_Code, AVG(Cost) FROM Repair GROUP BY Type_Code",
        check=[1],
    ),
    _case(
        "pharmacy",
        "What percentage of prescriptions were cancelled?",
        "SELECT 100.0 * SUM(CASE WHEN RX_STAT = 'CANC' THEN 1 ELSE 0 END) / COUNT(*) FROM RX",
    ),
    # 7. the counted rows' time kept in a column not typed as a date: not the group's year
    _case(
        "repairs",
        "Top 3 branches by number of repairs in 2024",
        "SELECT b.Branch_Name, COUNT(*) FROM Repair r JOIN Branch b ON r.Branch_Id = b.Branch_Id "
        "WHERE r.Call_Received >= '2024-01-01' AND r.Call_Received < '2025-01-01' GROUP BY b.Branch_Id "
        "ORDER BY COUNT(*) DESC LIMIT 3",
        check=[1],
        ordered=True,
    ),
    _case(
        "books",
        "Top 3 authors by number of books in 2024",
        "SELECT a.strAuthorName, COUNT(*) FROM tblBook b JOIN tblAuthor a ON b.intAuthorID = a.intAuthorID "
        "WHERE b.strReleased >= '2024-01-01' AND b.strReleased < '2025-01-01' GROUP BY a.intAuthorID "
        "ORDER BY COUNT(*) DESC LIMIT 3",
        check=[1],
        ordered=True,
    ),
]

#: questions answered right before the check: they must still be answered right
STILL_RIGHT = [
    _case(
        "hr",
        "How many employees in each department?",
        "SELECT d.strDepartmentName, COUNT(*) FROM tblEmployee e JOIN tblDepartment d "
        "ON e.intDepartmentID = d.intDepartmentID GROUP BY d.intDepartmentID",
    ),
    _case(
        "hr",
        "Average salary per department",
        "SELECT d.strDepartmentName, AVG(e.curSalary) FROM tblEmployee e JOIN tblDepartment d "
        "ON e.intDepartmentID = d.intDepartmentID GROUP BY d.intDepartmentID",
    ),
    _case("hr", "Average salary in each grade", "SELECT strGrade, AVG(curSalary) FROM tblEmployee GROUP BY strGrade"),
    _case(
        "hr",
        "Total hours per project",
        "SELECT p.strProjectName, SUM(a.intHours) FROM tblAssignment a JOIN tblProject p "
        "ON a.intProjectID = p.intProjectID GROUP BY p.intProjectID",
    ),
    _case(
        "vet",
        "How many appointments of each status?",
        "SELECT s.status_name, COUNT(*) FROM appointment a JOIN appt_status s ON a.status_id = s.status_id "
        "GROUP BY s.status_id",
    ),
    _case(
        "vet",
        "Average fee per specialty",
        "SELECT sp.specialty_name, AVG(a.fee) FROM appointment a JOIN vet v ON a.vet_id = v.vet_id "
        "JOIN specialty sp ON v.specialty_id = sp.specialty_id GROUP BY sp.specialty_id",
    ),
    _case(
        "vet",
        "How many pets of each species?",
        "SELECT s.species_name, COUNT(*) FROM pet p JOIN species s ON p.species_id = s.species_id "
        "GROUP BY s.species_id",
    ),
    _case("vet", "How many pets with 4 legs?", "SELECT COUNT(*) FROM pet WHERE legs = 4"),
    _case(
        "vet",
        "Which vets had more than 20 appointments in 2024?",
        "SELECT v.vet_name FROM vet v JOIN appointment a ON a.vet_id = v.vet_id "
        "WHERE a.scheduled_on >= '2024-01-01' AND a.scheduled_on < '2025-01-01' GROUP BY v.vet_id "
        "HAVING COUNT(*) > 20",
    ),
    _case(
        "pharmacy",
        "Total quantity dispensed per drug",
        "SELECT d.DRUG_NM, SUM(DISP.DISP_QTY) FROM DISP JOIN RX ON DISP.RX_ID = RX.RX_ID "
        "JOIN DRUG d ON RX.DRUG_ID = d.DRUG_ID GROUP BY d.DRUG_ID",
    ),
    _case(
        "pharmacy",
        "Total prescribed quantity per drug",
        "SELECT d.DRUG_NM, SUM(RX.PRESC_QTY) FROM RX JOIN DRUG d ON RX.DRUG_ID = d.DRUG_ID GROUP BY d.DRUG_ID",
    ),
    _case(
        "pharmacy",
        "How many patients of each gender?",
        "SELECT g.GNDR_DESC, COUNT(*) FROM PATIENT p JOIN GNDR g ON p.GNDR_CD = g.GNDR_CD GROUP BY g.GNDR_CD",
    ),
    _case(
        "pharmacy",
        "Which patients are female?",
        "SELECT p.PAT_NM FROM PATIENT p JOIN GNDR g ON p.GNDR_CD = g.GNDR_CD WHERE g.GNDR_DESC = 'Female'",
    ),
    _case(
        "school",
        "How many students in each grade level?",
        "SELECT g.level_name, COUNT(*) FROM students s JOIN grade_level g ON s.grade_level_id = g.grade_level_id "
        "GROUP BY g.grade_level_id",
    ),
    _case(
        "school",
        "What percentage of fees were tuition?",
        "SELECT 100.0 * SUM(CASE WHEN fee_type = 'tuition' THEN 1 ELSE 0 END) / COUNT(*) FROM fees",
    ),
    _case(
        "school",
        "Total fees paid per student",
        "SELECT s.full_name, SUM(f.amount) FROM fees f JOIN students s ON f.student_id = s.student_id "
        "GROUP BY s.student_id",
    ),
    _case("hotel", "How many guests per country?", "SELECT CTRY, COUNT(*) FROM GST GROUP BY CTRY"),
    _case(
        "books",
        "How many books per genre?",
        "SELECT g.strGenreName, COUNT(*) FROM tblBook b JOIN tblGenre g ON b.intGenreID = g.intGenreID "
        "GROUP BY g.intGenreID",
    ),
    _case(
        "books",
        "Which authors wrote Fantasy books?",
        "SELECT DISTINCT a.strAuthorName FROM tblAuthor a JOIN tblBook b ON b.intAuthorID = a.intAuthorID "
        "JOIN tblGenre g ON b.intGenreID = g.intGenreID WHERE g.strGenreName = 'Fantasy'",
    ),
    _case(
        "orchestra",
        "How many musicians in each section?",
        "SELECT s.SECTION_NM, COUNT(*) FROM MUSICIAN m JOIN SECTION s ON m.SECTION_ID = s.SECTION_ID "
        "GROUP BY s.SECTION_ID",
    ),
    _case(
        "orchestra",
        "Which musicians played in more than 2 concerts?",
        "SELECT m.MUSICIAN_NM FROM MUSICIAN m JOIN PERF p ON p.MUSICIAN_ID = m.MUSICIAN_ID "
        "GROUP BY m.MUSICIAN_ID HAVING COUNT(*) > 2",
    ),
    _case(
        "dispensary",
        "What is the total quantity dispensed per drug?",
        "SELECT d.fld_drug_name, SUM(x.fld_qty_dispensed) FROM t_dispense x JOIN t_order_line l "
        "ON x.fld_line_id = l.fld_line_id JOIN t_drug d ON l.fld_drug_id = d.fld_drug_id GROUP BY d.fld_drug_id",
    ),
    _case(
        "repairs",
        "What percentage of technicians are certified?",
        "SELECT 100.0 * SUM(Is_Certified) / COUNT(*) FROM Technician",
    ),
    _case(
        "repairs",
        "Which technicians handled more than 20 repairs?",
        "SELECT t.Technician_Name FROM Technician t JOIN Repair r ON r.Technician_Id = t.Technician_Id "
        "GROUP BY t.Technician_Id HAVING COUNT(*) > 20",
    ),
]


@pytest.mark.parametrize("case", GUARDED, ids=[str(c["id"]) for c in GUARDED])
def test_contradicting_shape_is_never_answered_wrong(
    case: dict[str, object], dbs: dict[str, Path], translators: dict[str, Translator]
) -> None:
    kind, detail = judge(case, dbs, translators)
    assert kind in ("correct", "refused"), detail


@pytest.mark.parametrize("case", STILL_RIGHT, ids=[str(c["id"]) for c in STILL_RIGHT])
def test_right_answers_still_pass(
    case: dict[str, object], dbs: dict[str, Path], translators: dict[str, Translator]
) -> None:
    kind, detail = judge(case, dbs, translators)
    assert kind == "correct", detail


#: (database, question, SQL of the wrong shape, words the refusal names, SQL of the right shape)
SHAPES = [
    (
        "hr",
        "Total salary of the employees assigned to each project",
        "SELECT tblProject.strProjectName, SUM(tblEmployee.curSalary) FROM tblEmployee JOIN tblAssignment ON "
        "tblAssignment.intEmployeeID = tblEmployee.intEmployeeID JOIN tblProject ON tblAssignment.intProjectID = "
        "tblProject.intProjectID GROUP BY tblProject.intProjectID, tblProject.strProjectName",
        "once per tblassignment row",  # an assignment has hours of its own: one employee may be assigned twice
        "SELECT tblProject.strProjectName, (SELECT SUM(tblEmployee.curSalary) FROM tblEmployee WHERE EXISTS (SELECT 1 "
        "FROM tblAssignment WHERE tblAssignment.intEmployeeID = tblEmployee.intEmployeeID AND "
        "tblAssignment.intProjectID = tblProject.intProjectID)) FROM tblProject",
    ),
    (
        "hr",
        "Total budget for each project started in 2023",
        "SELECT SUM(tblProject.curBudget) FROM tblProject WHERE STRFTIME('%Y', tblProject.dtmStart) = '2023'",
        "asks for groups",
        "SELECT tblProject.strProjectName, SUM(tblProject.curBudget) FROM tblProject WHERE STRFTIME('%Y', "
        "tblProject.dtmStart) = '2023' GROUP BY tblProject.intProjectID, tblProject.strProjectName",
    ),
    (
        "hr",
        "What is the total budget of the projects each department runs?",
        "SELECT tblDepartment.strDepartmentName, SUM(tblProject.curBudget) FROM tblProject JOIN tblAssignment ON "
        "tblAssignment.intProjectID = tblProject.intProjectID JOIN tblDepartment ON tblProject.intDepartmentID = "
        "tblDepartment.intDepartmentID GROUP BY tblDepartment.intDepartmentID, tblDepartment.strDepartmentName",
        "once per tblassignment row",
        "SELECT tblDepartment.strDepartmentName, SUM(tblProject.curBudget) FROM tblProject JOIN tblDepartment ON "
        "tblProject.intDepartmentID = tblDepartment.intDepartmentID GROUP BY tblDepartment.intDepartmentID, "
        "tblDepartment.strDepartmentName",
    ),
    (
        "hr",
        "Average project budget by start year of the project",
        "SELECT STRFTIME('%Y', tblProject.dtmStart), AVG(tblProject.curBudget) FROM tblProject JOIN tblAssignment ON "
        "tblAssignment.intProjectID = tblProject.intProjectID GROUP BY STRFTIME('%Y', tblProject.dtmStart)",
        "once per tblassignment row",
        "SELECT STRFTIME('%Y', tblProject.dtmStart), AVG(tblProject.curBudget) FROM tblProject "
        "GROUP BY STRFTIME('%Y', tblProject.dtmStart)",
    ),
    (
        "hr",
        "How many projects does each department run?",
        "SELECT tblDepartment.strDepartmentName, COUNT(*) FROM tblProject JOIN tblDepartment ON "
        "tblProject.intDepartmentID = tblDepartment.intDepartmentID JOIN tblAssignment ON tblAssignment.intProjectID "
        "= tblProject.intProjectID GROUP BY tblDepartment.intDepartmentID, tblDepartment.strDepartmentName",
        "once per tblassignment row",
        "SELECT tblDepartment.strDepartmentName, COUNT(*) FROM tblProject JOIN tblDepartment ON "
        "tblProject.intDepartmentID = tblDepartment.intDepartmentID GROUP BY tblDepartment.intDepartmentID, "
        "tblDepartment.strDepartmentName",
    ),
    (
        "vet",
        "How many pets of each species?",
        "SELECT pet.pet_id, COUNT(*) FROM pet GROUP BY pet.pet_id",
        "species",
        "SELECT species.species_name, COUNT(*) FROM pet JOIN species ON pet.species_id = species.species_id "
        "GROUP BY species.species_id, species.species_name",
    ),
    (
        "hr",
        "Average salary per department",
        "SELECT tblDepartment.intFoundedYear, AVG(tblEmployee.curSalary) FROM tblEmployee JOIN tblDepartment "
        "ON tblEmployee.intDepartmentID = tblDepartment.intDepartmentID GROUP BY tblDepartment.intFoundedYear",
        "department",
        "SELECT tblDepartment.strDepartmentName, AVG(tblEmployee.curSalary) FROM tblEmployee JOIN tblDepartment "
        "ON tblEmployee.intDepartmentID = tblDepartment.intDepartmentID GROUP BY tblDepartment.intDepartmentID, "
        "tblDepartment.strDepartmentName",
    ),
    (
        "vet",
        "How many pets with 4 legs?",
        "SELECT SUM(pet.legs) FROM pet WHERE pet.legs = 4",
        "count of rows",
        "SELECT COUNT(*) FROM pet WHERE pet.legs = 4",
    ),
    (
        "school",
        "What is the total paid in fees by each student?",
        "SELECT students.full_name, fees.amount FROM fees JOIN students ON fees.student_id = students.student_id",
        "total",
        "SELECT students.full_name, SUM(fees.amount) FROM fees JOIN students ON fees.student_id = students.student_id "
        "GROUP BY students.student_id, students.full_name",
    ),
    (
        "vet",
        "Which vet had the appointment with the highest fee?",
        "SELECT vet.vet_name, SUM(appointment.fee) FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id "
        "GROUP BY vet.vet_id, vet.vet_name ORDER BY SUM(appointment.fee) DESC LIMIT 1",
        "single appointment",
        "SELECT vet.vet_name, appointment.fee FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id "
        "ORDER BY appointment.fee DESC LIMIT 1",
    ),
    (
        "vet",
        "Top 3 vets by number of appointments in 2024",
        "SELECT vet.vet_name, COUNT(*) FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id "
        "WHERE vet.hired_year = 2024 GROUP BY vet.vet_id, vet.vet_name ORDER BY COUNT(*) DESC LIMIT 3",
        "hired_year",
        "SELECT vet.vet_name, COUNT(*) FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id "
        "WHERE appointment.scheduled_on >= '2024-01-01' AND appointment.scheduled_on < '2025-01-01' "
        "GROUP BY vet.vet_id, vet.vet_name ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "vet",
        "What percentage of appointments scheduled in 2024 were cancelled?",
        "SELECT 100.0 * SUM(CASE WHEN appt_status.status_name = 'Cancelled' AND appointment.scheduled_on >= "
        "'2024-01-01' AND appointment.scheduled_on < '2025-01-01' THEN 1 ELSE 0 END) / COUNT(*) FROM appointment "
        "JOIN appt_status ON appointment.status_id = appt_status.status_id",
        "numerator",
        "SELECT 100.0 * SUM(CASE WHEN appt_status.status_name = 'Cancelled' THEN 1 ELSE 0 END) / COUNT(*) "
        "FROM appointment JOIN appt_status ON appointment.status_id = appt_status.status_id "
        "WHERE appointment.scheduled_on >= '2024-01-01' AND appointment.scheduled_on < '2025-01-01'",
    ),
    (
        "school",
        "What percentage of tuition fees were above 100?",
        "SELECT 100.0 * SUM(CASE WHEN fees.fee_type = 'tuition' AND fees.amount > 100 THEN 1 ELSE 0 END) / COUNT(*) "
        "FROM fees",
        "tuition",
        "SELECT 100.0 * SUM(CASE WHEN fees.amount > 100 THEN 1 ELSE 0 END) / COUNT(*) FROM fees "
        "WHERE fees.fee_type = 'tuition'",
    ),
    (
        "pharmacy",
        "Which patients are female?",
        "SELECT GNDR.GNDR_DESC FROM PATIENT JOIN GNDR ON PATIENT.GNDR_CD = GNDR.GNDR_CD WHERE GNDR.GNDR_DESC = 'Female'",
        "patient",
        "SELECT PATIENT.PAT_NM FROM PATIENT JOIN GNDR ON PATIENT.GNDR_CD = GNDR.GNDR_CD "
        "WHERE GNDR.GNDR_DESC = 'Female'",
    ),
    (
        "pharmacy",
        "Average dispensed quantity",
        "SELECT AVG(RX.PRESC_QTY) FROM RX",
        "DISP_QTY",
        "SELECT AVG(DISP.DISP_QTY) FROM DISP",
    ),
    (
        "hr",
        "How many employees started in 2020?",
        "SELECT COUNT(*) FROM tblAssignment JOIN tblEmployee ON tblAssignment.intEmployeeID = "
        "tblEmployee.intEmployeeID WHERE tblEmployee.intStartYear = 2020",
        "counts tblemployee",
        "SELECT COUNT(*) FROM tblEmployee WHERE tblEmployee.intStartYear = 2020",
    ),
    (
        "vet",
        "How many appointments were cancelled in 2024?",
        "SELECT vet.vet_name, COUNT(*) FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id JOIN appt_status "
        "ON appointment.status_id = appt_status.status_id WHERE appt_status.status_name = 'Cancelled' AND "
        "appointment.scheduled_on >= '2024-01-01' AND appointment.scheduled_on < '2025-01-01' "
        "GROUP BY vet.vet_id, vet.vet_name",
        "one number",
        "SELECT COUNT(*) FROM appointment JOIN appt_status ON appointment.status_id = appt_status.status_id "
        "WHERE appt_status.status_name = 'Cancelled' AND appointment.scheduled_on >= '2024-01-01' AND "
        "appointment.scheduled_on < '2025-01-01'",
    ),
    (
        "hr",
        "Total hours per project",
        "SELECT tblProject.strProjectName, AVG(tblAssignment.intHours) FROM tblAssignment JOIN tblProject "
        "ON tblAssignment.intProjectID = tblProject.intProjectID GROUP BY tblProject.intProjectID, "
        "tblProject.strProjectName",
        "SUM",
        "SELECT tblProject.strProjectName, SUM(tblAssignment.intHours) FROM tblAssignment JOIN tblProject "
        "ON tblAssignment.intProjectID = tblProject.intProjectID GROUP BY tblProject.intProjectID, "
        "tblProject.strProjectName",
    ),
    # 1. groups finer than asked: the parent's key beside the attribute asked for, the counted rows' own key,
    # and a joined lookup table that serves nothing
    (
        "books",
        "How many books were written by authors of each country?",
        "SELECT tblAuthor.strAuthorName, tblAuthor.strCountry, COUNT(*) FROM tblBook JOIN tblAuthor "
        "ON tblBook.intAuthorID = tblAuthor.intAuthorID GROUP BY tblAuthor.intAuthorID, tblAuthor.strAuthorName, "
        "tblAuthor.strCountry",
        "also groups by tblauthor",
        "SELECT tblAuthor.strCountry, COUNT(*) FROM tblBook JOIN tblAuthor ON tblBook.intAuthorID = "
        "tblAuthor.intAuthorID GROUP BY tblAuthor.strCountry",
    ),
    (
        "books",
        "How many books are there in each genre?",
        "SELECT tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblGenre ON tblBook.intGenreID = "
        "tblGenre.intGenreID GROUP BY tblBook.intBookID, tblGenre.strGenreName",
        "also groups by tblbook",
        "SELECT tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblGenre ON tblBook.intGenreID = "
        "tblGenre.intGenreID GROUP BY tblGenre.intGenreID, tblGenre.strGenreName",
    ),
    (
        "orchestra",
        "How many musicians are there in each section?",
        "SELECT SECTION.SECTION_NM, COUNT(*) FROM MUSICIAN JOIN SECTION ON MUSICIAN.SECTION_ID = SECTION.SECTION_ID "
        "JOIN PERF ON PERF.MUSICIAN_ID = MUSICIAN.MUSICIAN_ID GROUP BY PERF.CONCERT_ID, SECTION.SECTION_NM",
        "also groups by perf",
        "SELECT SECTION.SECTION_NM, COUNT(*) FROM MUSICIAN JOIN SECTION ON MUSICIAN.SECTION_ID = SECTION.SECTION_ID "
        "GROUP BY SECTION.SECTION_ID, SECTION.SECTION_NM",
    ),
    (
        "books",
        "How many books are there in each genre?",
        "SELECT tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblGenre ON tblBook.intGenreID = "
        "tblGenre.intGenreID JOIN tblAuthor ON tblBook.intAuthorID = tblAuthor.intAuthorID JOIN tblStatus "
        "ON tblAuthor.intStatusID = tblStatus.intStatusID GROUP BY tblGenre.intGenreID, tblGenre.strGenreName",
        "joins tblstatus",
        "SELECT tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblGenre ON tblBook.intGenreID = "
        "tblGenre.intGenreID GROUP BY tblGenre.intGenreID, tblGenre.strGenreName",
    ),
    # 2. "how many <things> with <label> <n>" is a count, never the sum of the label
    (
        "orchestra",
        "How many phase 3 studies are there?",
        "SELECT SUM(STUDY.PHASE_NBR) FROM STUDY WHERE STUDY.PHASE_NBR = 3",
        "a label",
        "SELECT COUNT(*) FROM STUDY WHERE STUDY.PHASE_NBR = 3",
    ),
    (
        "orchestra",
        "How many phase 3 studies are there?",
        "SELECT SUM(STUDY.PHASE_NBR) FROM STUDY",
        "a label",
        "SELECT COUNT(*) FROM STUDY WHERE STUDY.PHASE_NBR = 3",
    ),
    (
        "repairs",
        "How many repairs of level 2 technicians?",
        "SELECT SUM(Technician.Skill_Level) FROM Repair JOIN Technician ON Repair.Technician_Id = "
        "Technician.Technician_Id WHERE Technician.Skill_Level = 2",
        "a label",
        "SELECT COUNT(*) FROM Repair JOIN Technician ON Repair.Technician_Id = Technician.Technician_Id "
        "WHERE Technician.Skill_Level = 2",
    ),
    # 3. "percentage of <things>" counts those things below the line
    (
        "repairs",
        "What percentage of technicians are certified?",
        "SELECT 100.0 * SUM(CASE WHEN Technician.Is_Certified = 1 THEN 1 ELSE 0 END) / COUNT(*) FROM Repair "
        "JOIN Technician ON Repair.Technician_Id = Technician.Technician_Id",
        "counts technician rows",
        "SELECT 100.0 * SUM(CASE WHEN Technician.Is_Certified = 1 THEN 1 ELSE 0 END) / COUNT(*) FROM Technician",
    ),
    (
        "books",
        "What percentage of authors are retired?",
        "SELECT 100.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM tblAuthor JOIN tblStatus ON tblAuthor.intStatusID = "
        "tblStatus.intStatusID WHERE tblAuthor.intAuthorID = tblBook.intAuthorID AND tblStatus.strStatusName = "
        "'Retired') THEN 1 ELSE 0 END) / COUNT(*) FROM tblBook",
        "counts tblauthor rows",
        "SELECT 100.0 * SUM(CASE WHEN tblStatus.strStatusName = 'Retired' THEN 1 ELSE 0 END) / COUNT(*) "
        "FROM tblAuthor LEFT JOIN tblStatus ON tblAuthor.intStatusID = tblStatus.intStatusID",
    ),
    (
        "pharmacy",
        "What percentage of prescriptions were cancelled?",
        "SELECT 100.0 * SUM(CASE WHEN RX.RX_STAT = 'CANC' THEN RX.PRESC_QTY ELSE 0 END) / SUM(RX.PRESC_QTY) FROM RX",
        "weighs each by rx.PRESC_QTY",
        "SELECT 100.0 * SUM(CASE WHEN RX.RX_STAT = 'CANC' THEN 1 ELSE 0 END) / COUNT(*) FROM RX",
    ),
    # 4. "which <people>" lists those people, not the name of a table that holds them in a subquery
    (
        "orchestra",
        "Which musicians played in more than 2 concerts?",
        "SELECT SECTION.SECTION_NM FROM SECTION WHERE EXISTS (SELECT 1 FROM MUSICIAN JOIN PERF ON "
        "PERF.MUSICIAN_ID = MUSICIAN.MUSICIAN_ID WHERE MUSICIAN.SECTION_ID = SECTION.SECTION_ID "
        "GROUP BY MUSICIAN.MUSICIAN_ID HAVING COUNT(*) > 2)",
        "asks for musician rows",
        "SELECT MUSICIAN.MUSICIAN_NM FROM MUSICIAN JOIN PERF ON PERF.MUSICIAN_ID = MUSICIAN.MUSICIAN_ID "
        "GROUP BY MUSICIAN.MUSICIAN_ID, MUSICIAN.MUSICIAN_NM HAVING COUNT(*) > 2",
    ),
    (
        "books",
        "Which authors wrote Crime books?",
        "SELECT tblGenre.strGenreName FROM tblGenre WHERE EXISTS (SELECT 1 FROM tblBook JOIN tblAuthor ON "
        "tblBook.intAuthorID = tblAuthor.intAuthorID WHERE tblBook.intGenreID = tblGenre.intGenreID) "
        "AND tblGenre.strGenreName = 'Crime'",
        "asks for tblauthor rows",
        "SELECT tblAuthor.strAuthorName FROM tblAuthor WHERE EXISTS (SELECT 1 FROM tblBook JOIN tblGenre ON "
        "tblBook.intGenreID = tblGenre.intGenreID WHERE tblBook.intAuthorID = tblAuthor.intAuthorID AND "
        "tblGenre.strGenreName = 'Crime')",
    ),
    (
        "orchestra",
        "Which musicians played in more than 2 concerts?",
        "SELECT SECTION.SECTION_NM FROM MUSICIAN JOIN SECTION ON MUSICIAN.SECTION_ID = SECTION.SECTION_ID JOIN PERF "
        "ON PERF.MUSICIAN_ID = MUSICIAN.MUSICIAN_ID GROUP BY SECTION.SECTION_ID, SECTION.SECTION_NM "
        "HAVING COUNT(*) > 2",
        "asks for musician rows",
        "SELECT MUSICIAN.MUSICIAN_NM FROM MUSICIAN JOIN PERF ON PERF.MUSICIAN_ID = MUSICIAN.MUSICIAN_ID "
        "GROUP BY MUSICIAN.MUSICIAN_ID, MUSICIAN.MUSICIAN_NM HAVING COUNT(*) > 2",
    ),
    # 5. "<children> of each <attribute>": the children's own attribute, not one reached through a link table
    (
        "repairs",
        "How many repairs of each type?",
        "SELECT Appliance.Appliance_Type, COUNT(*) FROM Repair JOIN Repair_Appliance ON Repair_Appliance.Repair_Id = "
        "Repair.Repair_Id JOIN Appliance ON Repair_Appliance.Appliance_Id = Appliance.Appliance_Id "
        "GROUP BY Appliance.Appliance_Type",
        "attribute of repair",
        "SELECT Repair_Type.Type_Name, COUNT(*) FROM Repair JOIN Repair_Type ON Repair.Type_Code = "
        "Repair_Type.Type_Code GROUP BY Repair_Type.Type_Code, Repair_Type.Type_Name",
    ),
    # 6. a measure named by a distinguishing word, read from a column without it
    (
        "dispensary",
        "What is the total quantity dispensed per drug?",
        "SELECT t_drug.fld_drug_name, SUM(t_order_line.fld_qty) FROM t_order_line JOIN t_drug ON "
        "t_order_line.fld_drug_id = t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
        "fld_qty_dispensed",
        "SELECT t_drug.fld_drug_name, SUM(t_dispense.fld_qty_dispensed) FROM t_dispense JOIN t_order_line ON "
        "t_dispense.fld_line_id = t_order_line.fld_line_id JOIN t_drug ON t_order_line.fld_drug_id = "
        "t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
    ),
    (
        "dispensary",
        "Total amount refunded per drug",
        "SELECT t_drug.fld_drug_name, SUM(t_dispense.fld_amt) FROM t_dispense JOIN t_order_line ON "
        "t_dispense.fld_line_id = t_order_line.fld_line_id JOIN t_drug ON t_order_line.fld_drug_id = "
        "t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
        "fld_amt_refunded",
        "SELECT t_drug.fld_drug_name, SUM(t_dispense.fld_amt_refunded) FROM t_dispense JOIN t_order_line ON "
        "t_dispense.fld_line_id = t_order_line.fld_line_id JOIN t_drug ON t_order_line.fld_drug_id = "
        "t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
    ),
    (
        "dispensary",
        "Average dose received per drug",
        "SELECT t_drug.fld_drug_name, AVG(t_dispense.fld_dose_mg) FROM t_dispense JOIN t_order_line ON "
        "t_dispense.fld_line_id = t_order_line.fld_line_id JOIN t_drug ON t_order_line.fld_drug_id = "
        "t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
        "fld_dose_mg_received",
        "SELECT t_drug.fld_drug_name, AVG(t_dispense.fld_dose_mg_received) FROM t_dispense JOIN t_order_line ON "
        "t_dispense.fld_line_id = t_order_line.fld_line_id JOIN t_drug ON t_order_line.fld_drug_id = "
        "t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
    ),
    # 7. the counted rows keep their time in a column the catalog does not type as a date
    (
        "repairs",
        "Top 3 branches by number of repairs in 2024",
        "SELECT Branch.Branch_Name, COUNT(*) FROM Repair JOIN Branch ON Repair.Branch_Id = Branch.Branch_Id "
        "WHERE Branch.Opened_Year = 2024 GROUP BY Branch.Branch_Id, Branch.Branch_Name ORDER BY COUNT(*) DESC LIMIT 3",
        "Call_Received",
        "SELECT Branch.Branch_Name, COUNT(*) FROM Repair JOIN Branch ON Repair.Branch_Id = Branch.Branch_Id "
        "WHERE Repair.Call_Received >= '2024-01-01' AND Repair.Call_Received < '2025-01-01' "
        "GROUP BY Branch.Branch_Id, Branch.Branch_Name ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "books",
        "Top 3 authors by number of books in 2024",
        "SELECT tblAuthor.strAuthorName, COUNT(*) FROM tblBook JOIN tblAuthor ON tblBook.intAuthorID = "
        "tblAuthor.intAuthorID WHERE tblAuthor.intDebutYear = 2024 GROUP BY tblAuthor.intAuthorID, "
        "tblAuthor.strAuthorName ORDER BY COUNT(*) DESC LIMIT 3",
        "strReleased",
        "SELECT tblAuthor.strAuthorName, COUNT(*) FROM tblBook JOIN tblAuthor ON tblBook.intAuthorID = "
        "tblAuthor.intAuthorID WHERE tblBook.strReleased >= '2024-01-01' AND tblBook.strReleased < '2025-01-01' "
        "GROUP BY tblAuthor.intAuthorID, tblAuthor.strAuthorName ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    # the same kinds in other naming styles
    (
        "hr",
        "How many assignments were logged by employees of each grade?",
        "SELECT tblEmployee.strGrade, COUNT(*) FROM tblAssignment JOIN tblEmployee ON tblAssignment.intEmployeeID = "
        "tblEmployee.intEmployeeID GROUP BY tblEmployee.intEmployeeID, tblEmployee.strGrade",
        "also groups by tblemployee",
        "SELECT tblEmployee.strGrade, COUNT(*) FROM tblAssignment JOIN tblEmployee ON tblAssignment.intEmployeeID = "
        "tblEmployee.intEmployeeID GROUP BY tblEmployee.strGrade",
    ),
    (
        "hotel",
        "How many reservations were made by guests of each loyalty tier?",
        "SELECT GST.LOYALTY_TIER, COUNT(*) FROM RSV JOIN GST ON RSV.GST_ID = GST.GST_ID "
        "GROUP BY GST.GST_ID, GST.LOYALTY_TIER",
        "also groups by gst",
        "SELECT GST.LOYALTY_TIER, COUNT(*) FROM RSV JOIN GST ON RSV.GST_ID = GST.GST_ID GROUP BY GST.LOYALTY_TIER",
    ),
    (
        "vet",
        "How many appointments per vet specialty?",
        "SELECT specialty.specialty_name, COUNT(*) FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id "
        "JOIN specialty ON vet.specialty_id = specialty.specialty_id GROUP BY vet.vet_id, specialty.specialty_name",
        "also groups by vet",
        "SELECT specialty.specialty_name, COUNT(*) FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id "
        "JOIN specialty ON vet.specialty_id = specialty.specialty_id GROUP BY specialty.specialty_id, "
        "specialty.specialty_name",
    ),
    (
        "hotel",
        "How many rooms with 2 beds?",
        "SELECT SUM(RM.BEDS) FROM RM WHERE RM.BEDS = 2",
        "a label",
        "SELECT COUNT(*) FROM RM WHERE RM.BEDS = 2",
    ),
    (
        "hotel",
        "Which guests stayed at Hotel1?",
        "SELECT HTL.HTL_NM FROM HTL WHERE HTL.HTL_NM = 'Hotel1' AND EXISTS (SELECT 1 FROM RSV JOIN GST ON RSV.GST_ID = "
        "GST.GST_ID JOIN RM ON RSV.RM_ID = RM.RM_ID WHERE RM.HTL_ID = HTL.HTL_ID)",
        "asks for gst rows",
        "SELECT GST.FIRST_NM, GST.LAST_NM FROM GST WHERE EXISTS (SELECT 1 FROM RSV JOIN RM ON RSV.RM_ID = RM.RM_ID "
        "JOIN HTL ON RM.HTL_ID = HTL.HTL_ID WHERE RSV.GST_ID = GST.GST_ID AND HTL.HTL_NM = 'Hotel1')",
    ),
    (
        "school",
        "What percentage of students paid a lab fee?",
        "SELECT 100.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM students WHERE students.student_id = fees.student_id) "
        "THEN 1 ELSE 0 END) / COUNT(*) FROM fees WHERE fees.fee_type = 'lab'",
        "counts students rows",
        "SELECT 100.0 * SUM(CASE WHEN EXISTS (SELECT 1 FROM fees WHERE fees.student_id = students.student_id AND "
        "fees.fee_type = 'lab') THEN 1 ELSE 0 END) / COUNT(*) FROM students",
    ),
    (
        "pharmacy",
        "Total dispensed quantity per patient",
        "SELECT PATIENT.PAT_NM, SUM(RX.PRESC_QTY) FROM RX JOIN PATIENT ON RX.PAT_ID = PATIENT.PAT_ID "
        "GROUP BY PATIENT.PAT_ID, PATIENT.PAT_NM",
        "DISP_QTY",
        "SELECT PATIENT.PAT_NM, SUM(DISP.DISP_QTY) FROM DISP JOIN RX ON DISP.RX_ID = RX.RX_ID JOIN PATIENT "
        "ON RX.PAT_ID = PATIENT.PAT_ID GROUP BY PATIENT.PAT_ID, PATIENT.PAT_NM",
    ),
]

#: (database, question, SQL) whose shape only looks like one of the cues: each must pass
LOOKALIKES = [
    # "per <the rows averaged>" is a rate, not a group
    (
        "vet",
        "Which vet has the highest fee per appointment?",
        "SELECT vet.vet_name, AVG(appointment.fee) FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id "
        "GROUP BY vet.vet_id, vet.vet_name ORDER BY AVG(appointment.fee) DESC LIMIT 1",
    ),
    # a sum is a count when the column counts the things asked about
    (
        "hr",
        "How many hours were logged per project?",
        "SELECT tblProject.strProjectName, SUM(tblAssignment.intHours) FROM tblAssignment JOIN tblProject "
        "ON tblAssignment.intProjectID = tblProject.intProjectID GROUP BY tblProject.intProjectID, "
        "tblProject.strProjectName",
    ),
    # the group's own date is right when the question names it ...
    (
        "hr",
        "Which departments founded before 2010 have the most employees?",
        "SELECT tblDepartment.strDepartmentName, COUNT(*) FROM tblEmployee JOIN tblDepartment "
        "ON tblEmployee.intDepartmentID = tblDepartment.intDepartmentID WHERE tblDepartment.intFoundedYear < 2010 "
        "GROUP BY tblDepartment.intDepartmentID, tblDepartment.strDepartmentName ORDER BY COUNT(*) DESC",
    ),
    # ... or when the counted rows have no date of their own
    (
        "hotel",
        "Top 3 hotels by number of amenities in 2024",
        "SELECT HTL.HTL_NM, COUNT(*) FROM HTL_AMEN JOIN HTL ON HTL_AMEN.HTL_ID = HTL.HTL_ID WHERE HTL.OPEN_YR = 2024 "
        "GROUP BY HTL.HTL_ID, HTL.HTL_NM ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "school",
        "Top 3 clubs by number of memberships in 2023",
        "SELECT clubs.club_name, COUNT(*) FROM memberships JOIN clubs ON memberships.club_id = clubs.club_id "
        "WHERE memberships.joined_on >= '2023-01-01' AND memberships.joined_on < '2024-01-01' "
        "GROUP BY clubs.club_id, clubs.club_name ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    # child rows that a condition is on: one per thing counted ("runners who finished a marathon")
    (
        "hr",
        "How many employees worked on Proj1?",
        "SELECT COUNT(*) FROM tblAssignment JOIN tblEmployee ON tblAssignment.intEmployeeID = tblEmployee.intEmployeeID "
        "JOIN tblProject ON tblAssignment.intProjectID = tblProject.intProjectID WHERE tblProject.strProjectName = 'Proj1'",
    ),
    # a time alone in the CASE is the outcome asked about
    (
        "vet",
        "What percentage of appointments were scheduled in 2024?",
        "SELECT 100.0 * SUM(CASE WHEN appointment.scheduled_on >= '2024-01-01' AND appointment.scheduled_on < "
        "'2025-01-01' THEN 1 ELSE 0 END) / COUNT(*) FROM appointment",
    ),
    # "total" that names a column, and "in total"
    (
        "hotel",
        "List the reservations with a total amount above 2000",
        "SELECT RSV.RSV_ID, RSV.TOT_AMT FROM RSV WHERE RSV.TOT_AMT > 2000",
    ),
    (
        "hotel",
        "Which guests stayed more than 20 nights in total?",
        "SELECT GST.FIRST_NM, GST.LAST_NM FROM GST JOIN RSV ON RSV.GST_ID = GST.GST_ID "
        "GROUP BY GST.GST_ID, GST.FIRST_NM, GST.LAST_NM HAVING SUM(RSV.NIGHTS) > 20",
    ),
    # "the most <rows>" is a count per group, not one child row
    (
        "vet",
        "Which vet has the most appointments?",
        "SELECT vet.vet_name, COUNT(*) FROM appointment JOIN vet ON appointment.vet_id = vet.vet_id "
        "GROUP BY vet.vet_id, vet.vet_name ORDER BY COUNT(*) DESC LIMIT 1",
    ),
    # look-alikes of the checks for groups, stray joins, labels, ratios, answers, attributes, measures, times
    (
        "hotel",
        "Which amenities are offered at every hotel?",
        "SELECT AMEN.AMEN_NM FROM AMEN JOIN HTL_AMEN ON HTL_AMEN.AMEN_ID = AMEN.AMEN_ID GROUP BY AMEN.AMEN_ID, "
        "AMEN.AMEN_NM HAVING COUNT(*) = (SELECT COUNT(*) FROM HTL)",
    ),
    (
        "dispensary",
        "Average dose per drug",
        "SELECT t_drug.fld_drug_name, AVG(t_dispense.fld_dose_mg) FROM t_dispense JOIN t_order_line ON "
        "t_dispense.fld_line_id = t_order_line.fld_line_id JOIN t_drug ON t_order_line.fld_drug_id = "
        "t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
    ),
    (
        "books",
        "How many books has each author written in each genre?",
        "SELECT tblAuthor.strAuthorName, tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblAuthor ON "
        "tblBook.intAuthorID = tblAuthor.intAuthorID JOIN tblGenre ON tblBook.intGenreID = tblGenre.intGenreID "
        "GROUP BY tblAuthor.intAuthorID, tblAuthor.strAuthorName, tblGenre.intGenreID, tblGenre.strGenreName",
    ),
    (
        "hotel",
        "Number of reservations per hotel per room",
        "SELECT HTL.HTL_NM, RM.RM_NO, COUNT(*) FROM RSV JOIN RM ON RSV.RM_ID = RM.RM_ID JOIN HTL ON RM.HTL_ID = "
        "HTL.HTL_ID GROUP BY HTL.HTL_ID, HTL.HTL_NM, RM.RM_ID, RM.RM_NO",
    ),
    (
        "repairs",
        "Top 3 technicians by number of repairs in each branch",
        "SELECT Branch.Branch_Name, Technician.Technician_Name, COUNT(*) FROM Repair JOIN Technician ON "
        "Repair.Technician_Id = Technician.Technician_Id JOIN Branch ON Technician.Branch_Id = Branch.Branch_Id "
        "GROUP BY Branch.Branch_Id, Branch.Branch_Name, Technician.Technician_Id, Technician.Technician_Name "
        "ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "school",
        "List the members of Club1",
        "SELECT students.full_name FROM students WHERE EXISTS (SELECT 1 FROM memberships JOIN clubs ON "
        "memberships.club_id = clubs.club_id WHERE memberships.student_id = students.student_id AND "
        "clubs.club_name = 'Club1')",
    ),
    (
        "vet",
        "What percentage of appointment fees came from cancelled appointments?",
        "SELECT 100.0 * SUM(CASE WHEN appt_status.status_name = 'Cancelled' THEN appointment.fee ELSE 0 END) / "
        "SUM(appointment.fee) FROM appointment JOIN appt_status ON appointment.status_id = appt_status.status_id",
    ),
    (
        "books",
        "List the names of the genres and how many books each has, for authors with a status",
        "SELECT tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblGenre ON tblBook.intGenreID = tblGenre.intGenreID "
        "JOIN tblAuthor ON tblBook.intAuthorID = tblAuthor.intAuthorID JOIN tblStatus ON tblAuthor.intStatusID = "
        "tblStatus.intStatusID GROUP BY tblGenre.intGenreID, tblGenre.strGenreName",
    ),
    (
        "books",
        "Top 3 authors by number of books in each genre",
        "SELECT tblAuthor.strAuthorName, tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblAuthor ON "
        "tblBook.intAuthorID = tblAuthor.intAuthorID JOIN tblGenre ON tblBook.intGenreID = tblGenre.intGenreID "
        "GROUP BY tblAuthor.intAuthorID, tblAuthor.strAuthorName, tblGenre.intGenreID, tblGenre.strGenreName "
        "ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "books",
        "How many books did each author write per genre?",
        "SELECT tblAuthor.strAuthorName, tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblAuthor ON "
        "tblBook.intAuthorID = tblAuthor.intAuthorID JOIN tblGenre ON tblBook.intGenreID = tblGenre.intGenreID "
        "GROUP BY tblAuthor.intAuthorID, tblAuthor.strAuthorName, tblGenre.intGenreID, tblGenre.strGenreName",
    ),
    (
        "books",
        "How many books of active authors are there in each genre?",
        "SELECT tblGenre.strGenreName, COUNT(*) FROM tblBook JOIN tblGenre ON tblBook.intGenreID = tblGenre.intGenreID "
        "JOIN tblAuthor ON tblBook.intAuthorID = tblAuthor.intAuthorID JOIN tblStatus ON tblAuthor.intStatusID = "
        "tblStatus.intStatusID WHERE tblStatus.strStatusName = 'Active' GROUP BY tblGenre.intGenreID, "
        "tblGenre.strGenreName",
    ),
    (
        "books",
        "How many authors have books?",
        "SELECT COUNT(DISTINCT tblAuthor.intAuthorID) FROM tblAuthor JOIN tblBook ON tblBook.intAuthorID = "
        "tblAuthor.intAuthorID",
    ),
    (
        "orchestra",
        "How many participants were enrolled in phase 3 studies?",
        "SELECT SUM(STUDY.ENROLL_CNT) FROM STUDY WHERE STUDY.PHASE_NBR = 3",
    ),
    (
        "repairs",
        "What percentage of repairs were electrical?",
        "SELECT 100.0 * SUM(CASE WHEN Repair_Type.Type_Name = 'Electrical' THEN 1 ELSE 0 END) / COUNT(*) FROM Repair "
        "JOIN Repair_Type ON Repair.Type_Code = Repair_Type.Type_Code",
    ),
    (
        "books",
        "What percentage of books are by retired authors?",
        "SELECT 100.0 * SUM(CASE WHEN tblStatus.strStatusName = 'Retired' THEN 1 ELSE 0 END) / COUNT(*) FROM tblBook "
        "JOIN tblAuthor ON tblBook.intAuthorID = tblAuthor.intAuthorID LEFT JOIN tblStatus ON tblAuthor.intStatusID = "
        "tblStatus.intStatusID",
    ),
    (
        "orchestra",
        "Which sections have more than 10 musicians?",
        "SELECT SECTION.SECTION_NM FROM SECTION JOIN MUSICIAN ON MUSICIAN.SECTION_ID = SECTION.SECTION_ID "
        "GROUP BY SECTION.SECTION_ID, SECTION.SECTION_NM HAVING COUNT(*) > 10",
    ),
    (
        "orchestra",
        "Which musicians played in the concert Concert 3?",
        "SELECT MUSICIAN.MUSICIAN_NM FROM MUSICIAN WHERE EXISTS (SELECT 1 FROM PERF JOIN CONCERT ON PERF.CONCERT_ID = "
        "CONCERT.CONCERT_ID WHERE PERF.MUSICIAN_ID = MUSICIAN.MUSICIAN_ID AND CONCERT.CONCERT_NM = 'Concert 3')",
    ),
    (
        "repairs",
        "How many repairs per appliance type?",
        "SELECT Appliance.Appliance_Type, COUNT(DISTINCT Repair.Repair_Id) FROM Repair JOIN Repair_Appliance ON "
        "Repair_Appliance.Repair_Id = Repair.Repair_Id JOIN Appliance ON Repair_Appliance.Appliance_Id = "
        "Appliance.Appliance_Id GROUP BY Appliance.Appliance_Type",
    ),
    (
        "dispensary",
        "What is the total quantity ordered per drug?",
        "SELECT t_drug.fld_drug_name, SUM(t_order_line.fld_qty) FROM t_order_line JOIN t_drug ON "
        "t_order_line.fld_drug_id = t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
    ),
    (
        "dispensary",
        "Total amount per drug",
        "SELECT t_drug.fld_drug_name, SUM(t_dispense.fld_amt) FROM t_dispense JOIN t_order_line ON "
        "t_dispense.fld_line_id = t_order_line.fld_line_id JOIN t_drug ON t_order_line.fld_drug_id = "
        "t_drug.fld_drug_id GROUP BY t_drug.fld_drug_id, t_drug.fld_drug_name",
    ),
    (
        "repairs",
        "Top 3 branches opened in 2024 by number of repairs",
        "SELECT Branch.Branch_Name, COUNT(*) FROM Repair JOIN Branch ON Repair.Branch_Id = Branch.Branch_Id "
        "WHERE Branch.Opened_Year = 2024 GROUP BY Branch.Branch_Id, Branch.Branch_Name ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "repairs",
        "How many technicians per skill level?",
        "SELECT Technician.Skill_Level, COUNT(*) FROM Technician GROUP BY Technician.Skill_Level",
    ),
]


LOOKALIKES += [  # a parent's measure over a link table, once per row of the one table grouped by or asked for
    ("hr", "Average budget per project", "SELECT AVG(tblProject.curBudget) FROM tblProject"),
    (
        "orchestra",
        "Average joining year of the musicians in each concert",
        "SELECT CONCERT.CONCERT_NM, AVG(MUSICIAN.JOINED_YR) FROM MUSICIAN JOIN PERF ON PERF.MUSICIAN_ID = "
        "MUSICIAN.MUSICIAN_ID JOIN CONCERT ON PERF.CONCERT_ID = CONCERT.CONCERT_ID GROUP BY CONCERT.CONCERT_ID, "
        "CONCERT.CONCERT_NM",
    ),
    (
        "orchestra",
        "Average joining year of the musicians who played in Concert 3",
        "SELECT AVG(MUSICIAN.JOINED_YR) FROM MUSICIAN JOIN PERF ON PERF.MUSICIAN_ID = MUSICIAN.MUSICIAN_ID JOIN "
        "CONCERT ON PERF.CONCERT_ID = CONCERT.CONCERT_ID WHERE CONCERT.CONCERT_NM = 'Concert 3'",
    ),
    (
        "hr",
        "Total hours per project",
        "SELECT tblProject.strProjectName, SUM(tblAssignment.intHours) FROM tblAssignment JOIN tblProject ON "
        "tblAssignment.intProjectID = tblProject.intProjectID GROUP BY tblProject.intProjectID, "
        "tblProject.strProjectName",
    ),
]


@pytest.mark.parametrize("db, question, sql", LOOKALIKES, ids=[s[1] for s in LOOKALIKES])
def test_lookalike_shapes_pass(db: str, question: str, sql: str, translators: dict[str, Translator]) -> None:
    """Each of these is a right answer: the check must not raise (a refusal would fail the test)."""
    verify(question, sql, translators[db].schema, "sqlite")


@pytest.mark.parametrize("db, question, wrong, named, right", SHAPES, ids=[s[1] for s in SHAPES])
def test_each_check_refuses_the_wrong_shape_and_passes_the_right_one(
    db: str, question: str, wrong: str, named: str, right: str, translators: dict[str, Translator]
) -> None:
    schema = translators[db].schema
    with pytest.raises(TranslationError, match=named):
        verify(question, wrong, schema, "sqlite")
    verify(question, right, schema, "sqlite")


def test_other_dialects_and_unreadable_sql(translators: dict[str, Translator]) -> None:
    """The SQL is read in the target dialect; SQL that is not one readable SELECT is left alone."""
    schema = translators["vet"].schema
    with pytest.raises(TranslationError, match="species"):
        verify(
            "How many pets of each species?",
            'SELECT "pet"."pet_id", COUNT(*) FROM "pet" GROUP BY "pet"."pet_id"',
            schema,
            "postgres",
        )
    with pytest.raises(TranslationError, match="species"):
        verify(
            "How many pets of each species?",
            "SELECT `pet`.`pet_id`, COUNT(*) FROM `pet` GROUP BY `pet`.`pet_id`",
            schema,
            "mysql",
        )
    verify("How many pets of each species?", "SELECT FROM WHERE (", schema, "sqlite")
    verify("How many pets of each species?", "SELECT 1 UNION SELECT 2", schema, "sqlite")


def test_a_time_column_is_recognised_by_its_sampled_values(translators: dict[str, Translator]) -> None:
    """``Callback.Slot`` holds ISO dates under a name that says nothing of time: with the sampled values the
    check sees that the callbacks are dated, so the branch's opening year is the wrong time to filter."""
    tr = translators["repairs"]
    question = "Top 3 branches by number of callbacks in 2024"
    wrong = (
        "SELECT Branch.Branch_Name, COUNT(*) FROM Callback JOIN Branch ON Callback.Branch_Id = Branch.Branch_Id "
        "WHERE Branch.Opened_Year = 2024 GROUP BY Branch.Branch_Id, Branch.Branch_Name ORDER BY COUNT(*) DESC LIMIT 3"
    )
    right = (
        "SELECT Branch.Branch_Name, COUNT(*) FROM Callback JOIN Branch ON Callback.Branch_Id = Branch.Branch_Id "
        "WHERE Callback.Slot >= '2024-01-01' AND Callback.Slot < '2025-01-01' GROUP BY Branch.Branch_Id, "
        "Branch.Branch_Name ORDER BY COUNT(*) DESC LIMIT 3"
    )
    with pytest.raises(TranslationError, match="Slot"):
        verify(question, wrong, tr.schema, "sqlite", tr.values)
    verify(question, right, tr.schema, "sqlite", tr.values)


def test_a_column_of_a_table_the_query_never_joins_is_refused(translators: dict[str, Translator]) -> None:
    """A plan that reads ``pet`` where only an alias of it, or nothing, is joined would fail or read another row."""
    schema = translators["vet"].schema
    q = "Which vet has the most appointments, not counting pets that never came?"
    with pytest.raises(TranslationError, match="pet where it is not joined"):
        verify(q, "SELECT v.vet_name, COUNT(*) FROM appointment LEFT JOIN vet AS v ON appointment.vet_id = v.vet_id "
                  "WHERE NOT EXISTS(SELECT 1 FROM appointment WHERE appointment.pet_id = pet.pet_id) "
                  "GROUP BY v.vet_id ORDER BY COUNT(*) DESC LIMIT 1", schema, "sqlite")
    verify(q, "SELECT vet.vet_name FROM vet WHERE EXISTS(SELECT 1 FROM appointment AS a WHERE a.vet_id = vet.vet_id)",
           schema, "sqlite")  # an outer table, read from inside a correlated subquery, is in scope
