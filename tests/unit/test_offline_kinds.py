"""Issue 14: kinds of question the offline translator refused on schemas in unusual naming styles.

Each kind gets small schemas of its own, in ALL_CAPS abbreviations, Hungarian prefixes, ``tbl_``/``fld_``
and PascalCase, built as SQLite files and indexed the way ``aishell ask`` does (catalog and sampled values).
An answer is judged by running it next to a hand-written gold query; an ambiguous question must be refused.

* dates the catalog does not type as dates: Hungarian ``dtm`` prefixes, past participles holding ISO text,
  unix-epoch integers in seconds or milliseconds (rendered per dialect);
* abbreviated table names: initialisms of a noun phrase (``WF`` wind farm, ``WTG``), consonant skeletons;
* "non-", "non " and "un-" negating the flag that follows;
* several keys between two tables: the one a role word names ("departing", "based at"), else any of them
  ("have flights") or none of them ("have no flights");
* "current" against a history table's end date, "died"/"deceased" against a date of death, a lookup
  table's description ("critically endangered");
* quantities in units (millilitres to litres, kilograms to tonnes), the length of a stay in nights
  (check-out minus check-in), "the longest stay";
* phrasings that add no condition ("whatever their status") or say "currently" ("at the moment").
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from nl2sql_data.harness import judge, translators_for

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.translate import Translator
from aishell.ai.offline.values import epoch_kind, iso_dates

TODAY = dt.date(2025, 6, 15)
EPOCH_2023 = 1_672_531_200  # 2023-01-01T00:00:00Z


def _fill(path: Path, ddl: str, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(ddl)
        for table, values in rows.items():
            for r in values:
                conn.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(r))})", r)
        conn.commit()
    finally:
        conn.close()


def _day(n: int) -> str:
    return (dt.date(2023, 1, 1) + dt.timedelta(days=n)).isoformat()


def build_caps(path: Path) -> None:
    """ALL_CAPS abbreviations: wind farms, turbines, fault events dated by epoch seconds; flights."""
    _fill(path, """
        CREATE TABLE WF (WF_ID INTEGER PRIMARY KEY, WF_NM TEXT, RGN TEXT);
        CREATE TABLE WTG (WTG_ID INTEGER PRIMARY KEY, WF_ID INTEGER REFERENCES WF(WF_ID), SERIAL_NO TEXT,
                          RATED_KW REAL, CERT_FLG TEXT);
        CREATE TABLE FLT_EVT (FLT_EVT_ID INTEGER PRIMARY KEY, WTG_ID INTEGER REFERENCES WTG(WTG_ID),
                              FLT_CD TEXT, EVT_TS INTEGER, DUR_MIN INTEGER);
        CREATE TABLE AIRPORT (AIRPORT_ID INTEGER PRIMARY KEY, AIRPORT_NM TEXT);
        CREATE TABLE ACFT_TYP (ACFT_TYP_ID INTEGER PRIMARY KEY, TYP_NM TEXT);
        CREATE TABLE FLT (FLT_ID INTEGER PRIMARY KEY, FLT_NO TEXT, ACFT_TYP_ID INTEGER REFERENCES ACFT_TYP(ACFT_TYP_ID),
                          ORIG_AIRPORT_ID INTEGER REFERENCES AIRPORT(AIRPORT_ID),
                          DEST_AIRPORT_ID INTEGER REFERENCES AIRPORT(AIRPORT_ID), CNCL_FLG TEXT);
        CREATE TABLE CREW_MBR (CREW_MBR_ID INTEGER PRIMARY KEY, CREW_NM TEXT,
                               BASE_AIRPORT_ID INTEGER REFERENCES AIRPORT(AIRPORT_ID));
        CREATE TABLE TANK (TANK_ID INTEGER PRIMARY KEY, TANK_NM TEXT, VOL_ML INTEGER, WT_KG REAL);
    """, {
        "TANK": [(i, f"Tank {i}", 1000 * i + 500, 1500.0 * i) for i in range(1, 8)],
        "WF": [(i, f"Farm {i}", ["North", "South"][i % 2]) for i in range(1, 5)],
        "WTG": [(i, i % 4 + 1, f"S{i:03}", 2000.0 + 10 * i, "YN"[i % 2]) for i in range(1, 20)],
        "FLT_EVT": [(i, i % 19 + 1, ["OVH", "GRID", "PITCH"][i % 3], EPOCH_2023 + 86_400 * 5 * i + 3_600 * (i % 24),
                     10 + i % 50) for i in range(1, 200)],
        "AIRPORT": [(i, f"Port {chr(64 + i)}") for i in range(1, 5)],
        "ACFT_TYP": [(1, "A320"), (2, "B737")],
        "FLT": [(i, f"XY{i:03}", i % 2 + 1, i % 4 + 1, (i + 1) % 4 + 1, "Y" if i % 3 == 0 else "N")
                for i in range(1, 100)],
        "CREW_MBR": [(i, f"Crew {i}", i % 4 + 1) for i in range(1, 20)],
    })


def build_hungarian(path: Path) -> None:
    """Hungarian prefixes: tblGuest, tblStay with dtmCheckIn/dtmCheckOut, a 0/1 smoking flag."""
    _fill(path, """
        CREATE TABLE tblGuest (intGuestID INTEGER PRIMARY KEY, strGuestName TEXT, strCountry TEXT);
        CREATE TABLE tblStay (intStayID INTEGER PRIMARY KEY, intGuestID INTEGER REFERENCES tblGuest(intGuestID),
                              dtmCheckIn TEXT, dtmCheckOut TEXT, curAmount REAL, bitSmoking INTEGER);
    """, {
        "tblGuest": [(i, f"Guest {i}", ["FR", "DE", "US"][i % 3]) for i in range(1, 30)],
        "tblStay": [(i, i % 29 + 1, _day(6 * i), _day(6 * i + (9 if i == 77 else 1 + i % 4)), 100.0 + i, i % 3 == 0)
                    for i in range(1, 150)],
    })


def build_fld(path: Path) -> None:
    """tbl_/fld_: employees with a date of death, departments, assignments with start and end dates."""
    _fill(path, """
        CREATE TABLE tbl_employee (fld_emp_id INTEGER PRIMARY KEY, fld_full_name TEXT, fld_date_of_death TEXT);
        CREATE TABLE tbl_dept (fld_dept_id INTEGER PRIMARY KEY, fld_dept_name TEXT);
        CREATE TABLE tbl_assignment (fld_asg_id INTEGER PRIMARY KEY,
                                     fld_emp_id INTEGER REFERENCES tbl_employee(fld_emp_id),
                                     fld_dept_id INTEGER REFERENCES tbl_dept(fld_dept_id),
                                     fld_start_date TEXT, fld_end_date TEXT);
    """, {
        "tbl_employee": [(i, f"Emp {i}", "2021-03-04" if i % 7 == 0 else None) for i in range(1, 30)],
        "tbl_dept": [(i, f"Dept {i}") for i in range(1, 4)],
        # every employee: one closed assignment, and one still open for the odd ones
        "tbl_assignment": [(i, i, i % 3 + 1, "2019-01-01", "2020-12-31") for i in range(1, 30)]
        + [(100 + i, i, (i + 1) % 3 + 1, "2021-01-01", None) for i in range(1, 30, 2)],
    })


def build_pascal(path: Path) -> None:
    """PascalCase: calls dated by ISO text named by a participle and by epoch milliseconds; a species lookup."""
    _fill(path, """
        CREATE TABLE Agent (AgentId INTEGER PRIMARY KEY, AgentName TEXT);
        CREATE TABLE SupportCall (CallId INTEGER PRIMARY KEY, AgentId INTEGER REFERENCES Agent(AgentId),
                                  Received TEXT, CreatedUnix INTEGER, DurationMin INTEGER);
        CREATE TABLE ConservationStatus (StatusCode TEXT PRIMARY KEY, StatusDescription TEXT);
        CREATE TABLE Species (SpeciesId INTEGER PRIMARY KEY, CommonName TEXT,
                              StatusCode TEXT REFERENCES ConservationStatus(StatusCode));
        CREATE TABLE Member (MemberId INTEGER PRIMARY KEY, MemberName TEXT, MembershipStatus TEXT);
        CREATE TABLE Airport (AirportId INTEGER PRIMARY KEY, AirportName TEXT);
        CREATE TABLE Pilot (PilotId INTEGER PRIMARY KEY, PilotName TEXT,
                            HomeBaseId INTEGER REFERENCES Airport(AirportId));
        CREATE TABLE Flight (FlightId INTEGER PRIMARY KEY, FlightNumber TEXT,
                             DepartureAirportId INTEGER REFERENCES Airport(AirportId),
                             ArrivalAirportId INTEGER REFERENCES Airport(AirportId),
                             PilotId INTEGER REFERENCES Pilot(PilotId));
    """, {
        "Member": [(i, f"Member {i}", ["Active", "Lapsed", "Suspended"][i % 3]) for i in range(1, 30)],
        # Port 5 only receives flights, Port 6 only sends them, Port 7 has none
        "Airport": [(i, f"Port {i}") for i in range(1, 8)],
        "Pilot": [(i, f"Pilot {i}", i % 4 + 1) for i in range(1, 9)],
        "Flight": [(i, f"FN{i}", [1, 2, 3, 4, 6][i % 5], [2, 3, 4, 5, 1][i % 5], i % 8 + 1) for i in range(1, 60)],
        "Agent": [(i, f"Agent {i}") for i in range(1, 6)],
        "SupportCall": [(i, i % 5 + 1, (dt.datetime(2023, 12, 1, 8) + dt.timedelta(hours=29 * i)).isoformat(" "),
                         (EPOCH_2023 + 86_400 * 3 * i) * 1000, 3 + i % 20) for i in range(1, 400)],
        "ConservationStatus": [("CR", "Critically Endangered"), ("EN", "Endangered"), ("LC", "Least Concern")],
        "Species": [(i, f"Species {i}", ["CR", "EN", "LC"][i % 3]) for i in range(1, 10)],
    })


def build_twin(path: Path) -> None:
    """Two tables whose names are the same initialism once the affix is dropped: "wind farm" is a guess."""
    _fill(path, """
        CREATE TABLE wf (wf_id INTEGER PRIMARY KEY, wf_nm TEXT);
        CREATE TABLE tbl_wf (wf_id INTEGER PRIMARY KEY, wf_nm TEXT);
    """, {"wf": [(1, "A"), (2, "B")], "tbl_wf": [(1, "C")]})


BUILDERS: dict[str, Callable[[Path], None]] = {
    "caps": build_caps, "hung": build_hungarian, "fld": build_fld, "pascal": build_pascal, "twin": build_twin,
}


def _epoch(day: str) -> str:
    return f"CAST(strftime('%s', '{day}') AS INTEGER)"


ANSWERED: list[dict[str, Any]] = [
    # 1. dates told by a prefix, by ISO values under a participle, by epoch integers
    {"db": "hung", "q": "How many stays checked in in 2024?",
     "sql": "SELECT COUNT(*) FROM tblStay WHERE dtmCheckIn >= '2024-01-01' AND dtmCheckIn < '2025-01-01'"},
    {"db": "hung", "q": "How many stays last month?",
     "sql": "SELECT COUNT(*) FROM tblStay WHERE dtmCheckIn >= '2025-05-01' AND dtmCheckIn < '2025-06-01'"},
    {"db": "pascal", "q": "How many support calls were received in March 2024?",
     "sql": "SELECT COUNT(*) FROM SupportCall WHERE Received >= '2024-03-01' AND Received < '2024-04-01'"},
    {"db": "pascal", "q": "How many calls were received per month?", "check": [1],
     "sql": "SELECT strftime('%Y-%m', Received), COUNT(*) FROM SupportCall GROUP BY 1"},
    {"db": "pascal", "q": "How many support calls were created in 2024?",
     "sql": f"SELECT COUNT(*) FROM SupportCall WHERE CreatedUnix / 1000 >= {_epoch('2024-01-01')} "
            f"AND CreatedUnix / 1000 < {_epoch('2025-01-01')}"},
    {"db": "caps", "q": "How many fault events were there in 2024?",
     "sql": f"SELECT COUNT(*) FROM FLT_EVT WHERE EVT_TS >= {_epoch('2024-01-01')} AND EVT_TS < {_epoch('2025-01-01')}"},
    {"db": "caps", "q": "How many fault events per month?", "check": [1],
     "sql": "SELECT strftime('%Y-%m', EVT_TS, 'unixepoch'), COUNT(*) FROM FLT_EVT GROUP BY 1"},
    # 2. abbreviated table names
    {"db": "caps", "q": "How many wind turbine generators are there?", "sql": "SELECT COUNT(*) FROM WTG"},
    {"db": "caps", "q": "How many fault events per wind farm?", "check": [1],
     "sql": "SELECT WF.WF_NM, COUNT(*) FROM FLT_EVT JOIN WTG ON FLT_EVT.WTG_ID = WTG.WTG_ID "
            "JOIN WF ON WTG.WF_ID = WF.WF_ID GROUP BY WF.WF_ID"},
    {"db": "caps", "q": "List the wind farms in the North region.", "check": [0],
     "sql": "SELECT WF_NM FROM WF WHERE RGN = 'North'"},
    {"db": "caps", "q": "How many flights per aircraft type?", "check": [1],
     "sql": "SELECT TYP_NM, COUNT(*) FROM FLT JOIN ACFT_TYP USING (ACFT_TYP_ID) GROUP BY TYP_NM"},
    {"db": "caps", "q": "How many crew members are there?", "sql": "SELECT COUNT(*) FROM CREW_MBR"},
    {"db": "caps", "q": "How many flights departing from Port A?",
     "sql": "SELECT COUNT(*) FROM FLT JOIN AIRPORT ON ORIG_AIRPORT_ID = AIRPORT_ID WHERE AIRPORT_NM = 'Port A'"},
    {"db": "caps", "q": "How many crew members are assigned to Port A?",  # their one key, not a flight's
     "sql": "SELECT COUNT(*) FROM CREW_MBR JOIN AIRPORT ON BASE_AIRPORT_ID = AIRPORT_ID WHERE AIRPORT_NM = 'Port A'"},
    # 6. several keys between two tables: the one a role word names, else any (or none) of them
    {"db": "pascal", "q": "Which airports have no departing flights?",
     "sql": "SELECT AirportName FROM Airport WHERE AirportId NOT IN (SELECT DepartureAirportId FROM Flight)"},
    {"db": "pascal", "q": "Which airports have no arriving flights?",
     "sql": "SELECT AirportName FROM Airport WHERE AirportId NOT IN (SELECT ArrivalAirportId FROM Flight)"},
    {"db": "pascal", "q": "Which airports have no flights?",
     "sql": "SELECT AirportName FROM Airport WHERE AirportId NOT IN (SELECT DepartureAirportId FROM Flight) "
            "AND AirportId NOT IN (SELECT ArrivalAirportId FROM Flight)"},
    {"db": "pascal", "q": "How many airports have flights?",
     "sql": "SELECT COUNT(*) FROM Airport WHERE AirportId IN (SELECT DepartureAirportId FROM Flight) "
            "OR AirportId IN (SELECT ArrivalAirportId FROM Flight)"},
    {"db": "pascal", "q": "How many pilots are based at Port 1?",
     "sql": "SELECT COUNT(*) FROM Pilot JOIN Airport ON HomeBaseId = AirportId WHERE AirportName = 'Port 1'"},
    # 3. "non-", "non ", "un-"
    {"db": "caps", "q": "How many non-cancelled flights are there?",
     "sql": "SELECT COUNT(*) FROM FLT WHERE CNCL_FLG = 'N'"},
    {"db": "caps", "q": "How many non cancelled flights are there?",
     "sql": "SELECT COUNT(*) FROM FLT WHERE CNCL_FLG = 'N'"},
    {"db": "caps", "q": "How many un-certified wind turbine generators are there?",
     "sql": "SELECT COUNT(*) FROM WTG WHERE CERT_FLG = 'N'"},
    {"db": "caps", "q": "How many certified wind turbine generators are there?",
     "sql": "SELECT COUNT(*) FROM WTG WHERE CERT_FLG = 'Y'"},
    {"db": "hung", "q": "How many non-smoking stays are there?",
     "sql": "SELECT COUNT(*) FROM tblStay WHERE bitSmoking = 0"},
    # 4. current rows, deaths, a lookup's description
    {"db": "fld", "q": "How many current assignments are there?",
     "sql": "SELECT COUNT(*) FROM tbl_assignment WHERE fld_end_date IS NULL"},
    {"db": "fld", "q": "How many employees are currently assigned to each department?", "check": [1],
     "sql": "SELECT d.fld_dept_name, COUNT(*) FROM tbl_assignment a JOIN tbl_dept d USING (fld_dept_id) "
            "WHERE a.fld_end_date IS NULL GROUP BY d.fld_dept_id"},
    {"db": "fld", "q": "How many assignments are there at the moment?",
     "sql": "SELECT COUNT(*) FROM tbl_assignment WHERE fld_end_date IS NULL"},
    {"db": "pascal", "q": "How many current members are there?",  # no end date: the status in force
     "sql": "SELECT COUNT(*) FROM Member WHERE MembershipStatus = 'Active'"},
    {"db": "pascal", "q": "How many members are there at the moment?",
     "sql": "SELECT COUNT(*) FROM Member WHERE MembershipStatus = 'Active'"},
    {"db": "fld", "q": "How many employees died?",
     "sql": "SELECT COUNT(*) FROM tbl_employee WHERE fld_date_of_death IS NOT NULL"},
    {"db": "fld", "q": "How many employees are deceased?",
     "sql": "SELECT COUNT(*) FROM tbl_employee WHERE fld_date_of_death IS NOT NULL"},
    {"db": "fld", "q": "List the deceased employees.",
     "sql": "SELECT fld_full_name FROM tbl_employee WHERE fld_date_of_death IS NOT NULL"},
    {"db": "pascal", "q": "How many critically endangered species are there?",
     "sql": "SELECT COUNT(*) FROM Species WHERE StatusCode = 'CR'"},
    # 5. quantities in units
    {"db": "caps", "q": "What is the total volume in litres?", "sql": "SELECT SUM(VOL_ML) / 1000.0 FROM TANK"},
    {"db": "caps", "q": "What is the total weight in tonnes?", "sql": "SELECT SUM(WT_KG) / 1000.0 FROM TANK"},
    {"db": "hung", "q": "Which stay was the longest?", "check": [0],
     "sql": "SELECT intStayID FROM tblStay ORDER BY julianday(dtmCheckOut) - julianday(dtmCheckIn) DESC LIMIT 1"},
    # 7. phrasings that add no condition
    {"db": "fld", "q": "List the employees whatever their status.", "sql": "SELECT fld_full_name FROM tbl_employee"},
    {"db": "fld", "q": "How many employees are there, regardless of status?",
     "sql": "SELECT COUNT(*) FROM tbl_employee"},
    {"db": "caps", "q": "How many fault events are there for each of the wind farms?", "check": [1],
     "sql": "SELECT WF.WF_NM, COUNT(*) FROM FLT_EVT JOIN WTG ON FLT_EVT.WTG_ID = WTG.WTG_ID "
            "JOIN WF ON WTG.WF_ID = WF.WF_ID GROUP BY WF.WF_ID"},
    {"db": "fld", "q": "How many assignments for every department?", "check": [1],
     "sql": "SELECT fld_dept_name, COUNT(*) FROM tbl_assignment JOIN tbl_dept USING (fld_dept_id) GROUP BY 1"},
    # 5. a stay's nights
    {"db": "hung", "q": "What is the average stay in nights?",
     "sql": "SELECT AVG(julianday(dtmCheckOut) - julianday(dtmCheckIn)) FROM tblStay"},
    {"db": "hung", "q": "What is the average length of stay in nights?",
     "sql": "SELECT AVG(julianday(dtmCheckOut) - julianday(dtmCheckIn)) FROM tblStay"},
    {"db": "hung", "q": "How many stays lasted more than 3 nights?",
     "sql": "SELECT COUNT(*) FROM tblStay WHERE julianday(dtmCheckOut) - julianday(dtmCheckIn) > 3"},
]

REFUSED: list[tuple[str, str]] = [
    ("caps", "How many flights per airport?"),  # origin or destination: the question does not say
    ("caps", "How many fault events per turbine generator?"),  # half an initialism names no table
    ("twin", "How many wind farms are there?"),  # wf and tbl_wf both spell "wind farm"
    ("hung", "How many dead guests are there?"),  # no date of death, no status
    ("caps", "What is the total volume in gallons?"),  # no conversion is known
    ("hung", "How many guests are there at the moment?"),  # no end date, no status: "now" is not said
    ("pascal", "Which pilots have flown from Port 1?"),  # their home base, or their flights' departures?
    ("hung", "Which guest had the longest stay?"),  # one stay or all of a guest's: not said
]


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("offline_kinds")
    paths = {}
    for name, fn in BUILDERS.items():
        paths[name] = out / f"{name}.db"
        fn(paths[name])
    return paths


@pytest.fixture(scope="module")
def translators(dbs: dict[str, Path]) -> dict[str, Translator]:
    return translators_for(dbs)


@pytest.mark.parametrize("case", ANSWERED, ids=[f"{d['db']}: {d['q']}" for d in ANSWERED])
def test_answered_like_the_gold_query(case: dict[str, Any], dbs: dict[str, Path],
                                      translators: dict[str, Translator]) -> None:
    kind, detail = judge({"id": case["q"], **case}, dbs, translators)
    assert kind == "correct", detail


@pytest.mark.parametrize(("db", "q"), REFUSED, ids=[f"{db}: {q}" for db, q in REFUSED])
def test_ambiguous_questions_are_refused(db: str, q: str, translators: dict[str, Translator]) -> None:
    with pytest.raises(TranslationError):
        translators[db].translate(q, dialect="sqlite", today=TODAY)


def test_dates_are_recognised_from_prefixes_and_sampled_values(translators: dict[str, Translator]) -> None:
    kinds = {
        (db, t, c): (translators[db].schema.table(t).column(c) or pytest.fail(c)).kind
        for db, t, c in [("hung", "tblstay", "dtmCheckIn"), ("pascal", "supportcall", "Received"),
                         ("pascal", "supportcall", "CreatedUnix"), ("caps", "flt_evt", "EVT_TS"),
                         ("pascal", "supportcall", "DurationMin"), ("hung", "tblstay", "curAmount")]
    }
    assert list(kinds.values()) == ["date"] * 4 + ["number", "number"]
    assert translators["pascal"].schema.table("supportcall").column("CreatedUnix").epoch == 1000  # type: ignore[union-attr]
    assert translators["caps"].schema.table("flt_evt").column("EVT_TS").epoch == 1  # type: ignore[union-attr]


def test_epoch_and_iso_detection_needs_a_time_name_and_time_values() -> None:
    assert epoch_kind("evt_epoch", [1_700_000_000, 1_710_000_000]) == "epoch_s"
    assert epoch_kind("created_unix", [1_700_000_000_000, 1_710_000_000_000]) == "epoch_ms"
    assert epoch_kind("Logged", [1_700_000_000, 1_710_000_000]) == "epoch_s"
    assert epoch_kind("phone_no", [1_700_000_000, 1_710_000_000]) is None  # a phone number is no time
    assert epoch_kind("ts", [5, 1_710_000_000]) is None  # not every value is a time
    assert iso_dates(["2024-01-02", "2024-03-04 10:00:00", "2024-05-06T07:08:09Z"])
    assert not iso_dates(["2024-01-02", "N/A", "2024-05-06"])
    idx = ValueIndex.from_dict({"t": {"Seen": ["2024-01-02", "2024-02-03", "2024-03-04"], "Kind": ["a", "b"]}})
    assert idx.date_kinds == {("t", "Seen"): "iso"}


@pytest.mark.parametrize(("dialect", "call"), [
    ("sqlite", "DATETIME(FLT_EVT.EVT_TS, 'unixepoch')"),
    ("postgres", "TO_TIMESTAMP(FLT_EVT.EVT_TS)"),
    ("mysql", "FROM_UNIXTIME(FLT_EVT.EVT_TS)"),
    ("duckdb", "TO_TIMESTAMP(FLT_EVT.EVT_TS)"),
])
def test_epoch_dates_are_converted_in_each_dialect(dialect: str, call: str,
                                                   translators: dict[str, Translator]) -> None:
    out = translators["caps"].translate("How many fault events were there in 2024?", dialect=dialect, today=TODAY)
    assert call in out.sql.replace('"', "").replace("`", "")


def test_epoch_dates_are_refused_where_no_conversion_is_known(translators: dict[str, Translator]) -> None:
    with pytest.raises(TranslationError, match="unix"):
        translators["caps"].translate("How many fault events were there in 2024?", dialect="oracle", today=TODAY)
