"""Issue 14: rules learned in the twenty-sixth session from the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_offline_styles import TODAY, col, fk, sql, table
from test_offline_styles13 import run

from aishell.ai.offline import TranslationError, ValueIndex, build_value_index
from aishell.ai.offline.translate import Translator, rounding, translate
from aishell.engines import connect
from aishell.engines.base import Catalog
from aishell.urls import DatabaseURL

INT = "integer"


# ---------------------------------------------------------------- "round to one decimal"
def staff() -> Catalog:
    return Catalog(tables=[
        table("departments", [col("dept_id", INT), col("name")], ("dept_id",)),
        table("employees", [col("emp_id", INT), col("full_name"), col("salary", "real"), col("dept_id", INT)],
              ("emp_id",), fk("dept_id", "departments", "dept_id")),
    ])  # fmt: skip


STAFF = """
CREATE TABLE departments(dept_id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE employees(emp_id INTEGER PRIMARY KEY, full_name TEXT, salary REAL, dept_id INTEGER);
INSERT INTO departments VALUES (1, 'Sales'), (2, 'Support');
INSERT INTO employees VALUES (1, 'A', 1000.0, 1), (2, 'B', 1001.0, 1), (3, 'C', 1001.0, 1), (4, 'D', 500.26, 2);
"""


@pytest.mark.parametrize("q, places", [
    ("What is the average salary per department? Round to one decimal.", 1),
    ("average salary per department, rounded to 2 decimal places", 2),
    ("average salary (1 dp) per department", 1),
    ("What is the average salary per department? One decimal please.", 1),
    ("average salary per department to the nearest whole number", 0),
    ("What is the average salary per department? Give it to two decimals.", 2),
])  # fmt: skip
def test_a_request_to_round_rounds_the_measures(q: str, places: int) -> None:
    out = sql(q, staff())
    assert f"ROUND(AVG(employees.salary), {places})" in out
    rows = dict(run(out, STAFF))
    assert rows["Sales"] == round(1000.6666666, places)
    assert rows["Support"] == round(500.26, places)


def test_a_share_is_rounded_and_a_count_is_not() -> None:
    out = sql("What percentage of employees earn more than 900? Round to 1 decimal.", staff())
    assert run(out, STAFF)[0][0] == 75.0 and out.startswith("SELECT ROUND(")
    out = sql("How many employees per department, and their average salary? Round to 1 decimal.", staff())
    assert "ROUND(COUNT" not in out and "ROUND(AVG(employees.salary), 1)" in out


def test_the_words_of_rounding_are_taken_out_of_the_question() -> None:
    assert rounding("What share of runs used an emulator? One decimal please.") == (
        "What share of runs used an emulator?", 1)
    assert rounding("avg fee, to 2 decimal places please") == ("avg fee", 2)
    assert rounding("how many decimals does the scale use") == ("how many decimals does the scale use", None)
    assert rounding("list the 2 dp items")[1] is None  # a label, not a request: nothing ends the clause after it


def test_nothing_to_round_is_refused() -> None:
    """A list of names rounded to one decimal: the request is not understood, never dropped unsaid."""
    with pytest.raises(TranslationError, match="nothing in the answer to round"):
        sql("List the departments. Round to one decimal.", staff())


def test_postgres_rounds_a_double_as_a_numeric() -> None:
    """PostgreSQL has no ROUND(double precision, integer): the measure is cast to numeric first."""
    out = translate("average salary per department, rounded to 2 decimal places", staff(), ValueIndex(),
                    dialect="postgres", today=TODAY).sql  # fmt: skip
    assert "ROUND(CAST(AVG(employees.salary) AS DECIMAL), 2)" in out


@pytest.fixture(params=["pg_url", "mysql_url"])
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    url: str = request.getfixturevalue(request.param)
    conn = connect(DatabaseURL.parse(url))
    try:
        real = "double precision" if request.param == "pg_url" else "DOUBLE"
        for stmt in ("DROP TABLE IF EXISTS rnd_employees", "DROP TABLE IF EXISTS rnd_departments",
                     "CREATE TABLE rnd_departments (dept_id INTEGER PRIMARY KEY, name VARCHAR(20))",
                     f"CREATE TABLE rnd_employees (emp_id INTEGER PRIMARY KEY, full_name VARCHAR(20), salary {real}, "
                     "dept_id INTEGER REFERENCES rnd_departments (dept_id))",
                     "INSERT INTO rnd_departments VALUES (1, 'Sales'), (2, 'Support')",
                     "INSERT INTO rnd_employees VALUES (1, 'A', 1000.0, 1), (2, 'B', 1001.0, 1), (3, 'C', 1001.0, 1), "
                     "(4, 'D', 500.26, 2)"):  # fmt: skip
            conn.execute(stmt).close()
    finally:
        conn.close()
    yield url, ("postgres" if request.param == "pg_url" else "mysql")


@pytest.mark.integration
def test_rounding_runs_on_the_real_servers(server: tuple[str, str]) -> None:
    url, dialect = server
    conn = connect(DatabaseURL.parse(url), read_only=True)
    try:
        catalog = conn.catalog()
        out = Translator(catalog, build_value_index(conn, catalog)).translate(
            "What is the average salary of the rnd employees per rnd department? Round to one decimal.",
            dialect=dialect, today=TODAY).sql  # fmt: skip
        cur = conn.execute(out)
        rows = {name: float(v) for name, v in cur.fetchmany(100)}
        cur.close()
    finally:
        conn.close()
    assert rows == {"Sales": 1000.7, "Support": 500.3}


# ---------------------------------------------------------------- "on average" before the grouping
def test_on_average_said_before_for_each() -> None:
    cat = Catalog(tables=[
        table("repairs", [col("repair_id", INT), col("method"), col("cost", "real")], ("repair_id",)),
    ])  # fmt: skip
    out = sql("What does a repair cost on average for each repair method?", cat)
    assert "AVG(repairs.cost)" in out and "GROUP BY repairs.method" in out
    data = """CREATE TABLE repairs(repair_id INTEGER PRIMARY KEY, method TEXT, cost REAL);
              INSERT INTO repairs VALUES (1, 'Clamp', 10), (2, 'Clamp', 20), (3, 'Sleeve', 7);"""
    assert sorted(run(out, data)) == [("Clamp", 15.0), ("Sleeve", 7.0)]


# ---------------------------------------------------------------- "titles that belong to a series"
def books() -> Catalog:
    return Catalog(tables=[
        table("series", [col("series_id", INT), col("series_name")], ("series_id",)),
        table("titles", [col("title_id", INT), col("title"), col("series_id", INT)], ("title_id",),
              fk("series_id", "series", "series_id")),
    ])  # fmt: skip


BOOKS = """
CREATE TABLE series(series_id INTEGER PRIMARY KEY, series_name TEXT);
CREATE TABLE titles(title_id INTEGER PRIMARY KEY, title TEXT, series_id INTEGER);
INSERT INTO series VALUES (1, 'Salt Road');
INSERT INTO titles VALUES (1, 'A', 1), (2, 'B', 1), (3, 'C', NULL), (4, 'D', NULL);
"""


@pytest.mark.parametrize("q, want", [
    ("How many titles belong to a series?", 2),
    ("How many titles are in a series?", 2),
    ("How many titles have a series?", 2),
    ("What percentage of titles are part of a series?", 50.0),
])  # fmt: skip
def test_rows_that_have_a_parent_row(q: str, want: float) -> None:
    out = sql(q, books())
    assert "EXISTS(SELECT 1 FROM series WHERE titles.series_id = series.series_id)" in out
    assert run(out, BOOKS)[0][0] == want


def test_a_parent_reached_by_two_keys_is_not_guessed() -> None:
    cat = Catalog(tables=[
        table("teams", [col("team_id", INT), col("name")], ("team_id",)),
        table("matches", [col("match_id", INT), col("home_id", INT), col("away_id", INT)], ("match_id",),
              fk("home_id", "teams", "team_id"), fk("away_id", "teams", "team_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("How many matches have a team?", cat)


# ---------------------------------------------------------------- Czech and Finnish schemas
def railway() -> Catalog:
    """A Czech branch line: staff named by jmeno and prijmeni, runs with a driver and a conductor."""
    return Catalog(tables=[
        table("zamestnanec", [col("zamestnanec_id", INT), col("jmeno"), col("prijmeni"), col("funkce")],
              ("zamestnanec_id",)),
        table("jizda", [col("jizda_id", INT), col("datum", "date"), col("strojvedouci_id", INT),
                        col("pruvodci_id", INT), col("zpozdeni_min", INT)], ("jizda_id",),
              fk("strojvedouci_id", "zamestnanec", "zamestnanec_id"), fk("pruvodci_id", "zamestnanec",
                                                                          "zamestnanec_id")),
        table("jizdenka", [col("jizdenka_id", INT), col("jizda_id", INT), col("cena_hal", INT)], ("jizdenka_id",),
              fk("jizda_id", "jizda", "jizda_id")),
    ])  # fmt: skip


def test_czech_nouns_reach_their_tables() -> None:
    assert sql("How many tickets are there?", railway()) == "SELECT COUNT(*) AS count FROM jizdenka"
    out = sql("average delay in minutes of the runs in 2025", railway())
    assert "AVG(jizda.zpozdeni_min)" in out


def test_a_role_key_named_in_czech_shows_the_person() -> None:
    """ "per conductor" is the key pruvodci_id (Czech for conductor), shown by the staff member's names."""
    out = sql("How many runs per conductor?", railway())
    assert "JOIN zamestnanec AS pruvodci ON jizda.pruvodci_id = pruvodci.zamestnanec_id" in out
    assert "pruvodci.jmeno, pruvodci.prijmeni" in out


def test_finnish_first_and_last_names_show_a_guide() -> None:
    cat = Catalog(tables=[
        table("oppaat", [col("opas_id", INT), col("etunimi"), col("sukunimi"), col("kielet")], ("opas_id",)),
        table("lahdot", [col("lahto_id", INT), col("pvm", "date"), col("opas_id", INT)], ("lahto_id",),
              fk("opas_id", "oppaat", "opas_id")),
    ])  # fmt: skip
    out = sql("Which guide led the most departures in 2024?", cat)
    assert out.startswith("SELECT oppaat.etunimi, oppaat.sukunimi")


# ---------------------------------------------------------------- "went ahead"
def test_went_ahead_is_never_dropped() -> None:
    """A session that "went ahead" is one that was not cancelled; with no state to say so, the words are not
    dropped (the answer would count the cancelled ones too)."""
    cat = Catalog(tables=[
        table("sessions", [col("session_id", INT), col("held_on", "date"), col("cancelled", INT)], ("session_id",)),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="went ahead"):
        sql("How many sessions went ahead in 2024?", cat)


# ---------------------------------------------------------------- "what % of"
def parcels() -> Catalog:
    return Catalog(tables=[
        table("parcels", [col("parcel_id", INT), col("issued", "date"), col("handover")], ("parcel_id",)),
    ])  # fmt: skip


PARCELS = """
CREATE TABLE parcels(parcel_id INTEGER PRIMARY KEY, issued DATE, handover TEXT);
INSERT INTO parcels VALUES (1, '2025-01-02', 'Collected'), (2, '2025-01-03', 'Delivered'),
  (3, '2025-01-04', 'Not collected'), (4, '2025-02-01', 'Collected');
"""
PARCEL_VALUES = ValueIndex.from_dict({"parcels": {"handover": ["Collected", "Delivered", "Not collected"]}})


def test_a_percent_sign_that_follows_no_number_asks_for_a_percentage() -> None:
    out = sql("what % of parcels were handed over as Delivered", parcels(), PARCEL_VALUES)
    assert run(out, PARCELS)[0][0] == 25.0


def test_a_percent_sign_after_a_number_is_still_a_number() -> None:
    from aishell.ai.offline.translate import _drop_indifference

    assert _drop_indifference("discounts above 5 % of the price") == "discounts above 5 % of the price"


# ---------------------------------------------------------------- "never collected" beside 'Not collected'
def test_a_negated_value_is_its_stored_opposite() -> None:
    """ "never collected" is handover = 'Not collected', never handover <> 'Collected' (which counts the
    delivered parcels too)."""
    out = sql("How many parcels were never collected?", parcels(), PARCEL_VALUES)
    assert "parcels.handover = 'Not collected'" in out
    assert run(out, PARCELS)[0][0] == 1


def test_a_negated_value_without_an_opposite_stays_a_negation() -> None:
    values = ValueIndex.from_dict({"parcels": {"handover": ["Collected", "Delivered"]}})
    assert "parcels.handover <> 'Collected'" in sql("How many parcels were never collected?", parcels(), values)


# ---------------------------------------------------------------- "the rate for 2024" over dividend_year
def dividends() -> Catalog:
    return Catalog(tables=[
        table("dividend_rates", [col("dividend_year", INT), col("rate_pct", "real"), col("declared_on", "date")],
              ("dividend_year",)),
        table("dividend_payments", [col("payment_id", INT), col("dividend_year", INT), col("amount_gbp", "real"),
                                    col("paid_on", "date")], ("payment_id",),
              fk("dividend_year", "dividend_rates", "dividend_year")),
    ])  # fmt: skip


DIVIDENDS = """
CREATE TABLE dividend_rates(dividend_year INTEGER PRIMARY KEY, rate_pct REAL, declared_on DATE);
CREATE TABLE dividend_payments(payment_id INTEGER PRIMARY KEY, dividend_year INTEGER, amount_gbp REAL, paid_on DATE);
INSERT INTO dividend_rates VALUES (2023, 2.0, '2024-03-01'), (2024, 2.5, '2025-03-22');
INSERT INTO dividend_payments VALUES (1, 2023, 10, '2024-04-01'), (2, 2024, 20, '2025-04-01'), (3, 2024, 5, NULL);
"""


def test_a_year_the_rows_are_for_is_their_year_column() -> None:
    """The rate declared in March 2025 is the rate for 2024: "for 2024" is dividend_year, not declared_on."""
    out = sql("What dividend rate was declared for 2024?", dividends())
    assert "dividend_rates.dividend_year = 2024" in out and "declared_on >=" not in out
    assert [r[1] for r in run(out, DIVIDENDS)] == [2.5]


def test_the_year_said_before_its_noun() -> None:
    out = sql("How much of the 2024 dividend has been paid out so far?", dividends())
    assert "dividend_payments.dividend_year = 2024" in out
    assert run(out, DIVIDENDS)[0][0] == 20


def test_in_a_year_still_dates_the_rows() -> None:
    out = sql("How much was paid in 2024?", dividends())
    assert "dividend_payments.paid_on >= '2024-01-01'" in out


# ---------------------------------------------------------------- "more than one insurer" through policies
def test_related_rows_reached_back_up_are_counted_once() -> None:
    """ "clients with policies with more than one insurer": two policies with the same insurer are one insurer."""
    cat = Catalog(tables=[
        table("clients", [col("id", INT), col("name")], ("id",)),
        table("insurers", [col("id", INT), col("name")], ("id",)),
        table("policies", [col("id", INT), col("client_id", INT), col("insurer_id", INT)], ("id",),
              fk("client_id", "clients", "id"), fk("insurer_id", "insurers", "id")),
    ])  # fmt: skip
    out = sql("How many clients have policies with more than one insurer?", cat)
    assert "COUNT(DISTINCT insurers.id)" in out
    data = """CREATE TABLE clients(id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE insurers(id INTEGER PRIMARY KEY,
              name TEXT); CREATE TABLE policies(id INTEGER PRIMARY KEY, client_id INTEGER, insurer_id INTEGER);
              INSERT INTO clients VALUES (1, 'A'), (2, 'B'); INSERT INTO insurers VALUES (1, 'X'), (2, 'Y');
              INSERT INTO policies VALUES (1, 1, 1), (2, 1, 1), (3, 2, 1), (4, 2, 2);"""
    assert run(out, data)[0][0] == 1


# ---------------------------------------------------------------- "the mentor of X", "the prerequisite for X"
def courses() -> Catalog:
    return Catalog(tables=[
        table("crs", [col("crs_id", INT), col("title"), col("prereq_crs_id", INT)], ("crs_id",),
              fk("prereq_crs_id", "crs", "crs_id")),
        table("staff", [col("staff_id", INT), col("full_name"), col("mentor_id", INT)], ("staff_id",),
              fk("mentor_id", "staff", "staff_id")),
    ])  # fmt: skip


COURSE_VALUES = ValueIndex.from_dict({"crs": {"title": ["Machine Learning", "Intro Python"]},
                                      "staff": {"full_name": ["Ann Lee", "Bo Chan"]}})  # fmt: skip


@pytest.mark.parametrize("q, table_, key", [
    ("What is the prerequisite for Machine Learning?", "crs", "prereq_crs_id"),
    ("Which course is the prerequisite for Machine Learning?", "crs", "prereq_crs_id"),
    ("Who is the mentor of Ann Lee?", "staff", "mentor_id"),
    ("Which staff member is the mentor of Ann Lee?", "staff", "mentor_id"),
])  # fmt: skip
def test_the_role_of_a_named_row_is_the_row_it_points_to(q: str, table_: str, key: str) -> None:
    """ "the mentor of Ann Lee" is the row Ann's mentor_id points to, never the rows whose mentor is Ann."""
    out = sql(q, courses(), COURSE_VALUES)
    assert f"WHERE {table_}.{table_}_id IN (SELECT {table_}.{key} FROM {table_} WHERE" in out


@pytest.mark.parametrize("q", ["Who does Ann Lee mentor?", "Which staff are mentored by Ann Lee?"])
def test_the_rows_below_a_named_row_stay_below(q: str) -> None:
    out = sql(q, courses(), COURSE_VALUES)
    assert "WHERE staff.mentor_id IN (SELECT staff.staff_id FROM staff WHERE" in out


# ---------------------------------------------------------------- Norwegian, Danish and Japanese schemas
def test_a_danish_staff_table_is_shown_by_its_name_not_its_title() -> None:
    cat = Catalog(tables=[
        table("medarbejder", [col("medarbejder_id", INT), col("navn"), col("titel"), col("leder_id", INT)],
              ("medarbejder_id",), fk("leder_id", "medarbejder", "medarbejder_id")),
    ])  # fmt: skip
    out = sql("List each staff member who has a leader, together with the leader's name.", cat)
    assert "leder.navn" in out and "titel" not in out


def test_romaji_names_reach_a_japanese_school() -> None:
    cat = Catalog(tables=[
        table("kyoushi", [col("kyoushi_id", INT), col("shimei")], ("kyoushi_id",)),
        table("jugyou", [col("jugyou_id", INT), col("kyoushi_id", INT), col("jugyou_bi", "date")], ("jugyou_id",),
              fk("kyoushi_id", "kyoushi", "kyoushi_id")),
    ])  # fmt: skip
    out = sql("Which teachers have never taught a lesson?", cat)
    assert out.startswith("SELECT kyoushi.shimei FROM kyoushi WHERE NOT EXISTS(SELECT 1 FROM jugyou")


def test_a_currency_code_after_in_is_a_unit_not_a_stock_test() -> None:
    """ "in NOK" names the money's unit; it is never "in stock" (an amount above 0)."""
    cat = Catalog(tables=[
        table("grants", [col("grant_id", INT), col("funder"), col("granted_amount_nok", INT)], ("grant_id",)),
    ])  # fmt: skip
    out = sql("Total granted amount in NOK per funder", cat)
    assert "> 0" not in out and "SUM(grants.granted_amount_nok)" in out


def test_runs_out_is_an_expiry() -> None:
    cat = Catalog(tables=[
        table("training", [col("training_id", INT), col("user_name"), col("certified_on", "date"),
                           col("expires_on", "date")], ("training_id",)),
    ])  # fmt: skip
    out = sql("Which training runs out in the next 30 days?", cat)
    assert "training.expires_on >= '2025-06-15'" in out and "certified_on" not in out.split("WHERE")[1]


# ---------------------------------------------------------------- "graded as resaleable"
def test_a_state_said_after_as_is_never_a_join_verb() -> None:
    """ "were graded as resaleable" beside a status log: with no column or value for "resaleable", the words are
    refused (the answer gave the share of items inspected, a different question)."""
    cat = Catalog(tables=[
        table("rma", [col("rma_no"), col("opened_on", "date")], ("rma_no",)),
        table("rma_item", [col("item_id", INT), col("rma_no"), col("condition_cd")], ("item_id",),
              fk("rma_no", "rma", "rma_no")),
        table("rma_status_log", [col("log_id", INT), col("rma_no"), col("status_cd")], ("log_id",),
              fk("rma_no", "rma", "rma_no")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"rma_status_log": {"status_cd": ["OPEN", "INSP", "DONE"]}})
    with pytest.raises(TranslationError, match="resaleable"):
        sql("What percentage of inspected items were graded as resaleable?", cat, values)


# ---------------------------------------------------------------- what names a row
def fleet() -> Catalog:
    return Catalog(tables=[
        table("appliances", [col("appliance_id", INT), col("callsign"), col("year_built", INT)], ("appliance_id",)),
        table("VEH_MSTR", [col("VEH_ID", INT), col("VIN_NBR", "char(17)"), col("VEH_MAKE_NM", "char(15)"),
                           col("VEH_MDL_NM", "char(20)"), col("VEH_YR", INT)], ("VEH_ID",)),
        table("CLM_HDR", [col("CLM_ID", INT), col("VEH_ID", INT), col("CLM_AMT", "decimal(10,2)")], ("CLM_ID",),
              fk("VEH_ID", "VEH_MSTR", "VEH_ID")),
    ])  # fmt: skip


def test_a_callsign_names_an_appliance() -> None:
    assert sql("Which is the oldest appliance?", fleet()).startswith("SELECT appliances.callsign")


def test_a_make_name_does_not_name_the_vehicle() -> None:
    """VEH_MAKE_NM names the vehicle's make: two vehicles of one make are not one vehicle."""
    out = sql("List the vehicles", fleet())
    assert "VEH_MSTR.VIN_NBR" in out


def test_a_column_said_after_its_table_is_what_is_ranked() -> None:
    """ "Which vehicle make has had the most claims?": the makes are ranked, not each vehicle."""
    out = sql("Which vehicle make has had the most claims?", fleet())
    assert "GROUP BY VEH_MSTR.VEH_MAKE_NM" in out
    data = """CREATE TABLE VEH_MSTR(VEH_ID INTEGER PRIMARY KEY, VIN_NBR TEXT, VEH_MAKE_NM TEXT, VEH_MDL_NM TEXT,
                                   VEH_YR INTEGER);
              CREATE TABLE CLM_HDR(CLM_ID INTEGER PRIMARY KEY, VEH_ID INTEGER, CLM_AMT REAL);
              INSERT INTO VEH_MSTR VALUES (1, 'V1', 'Ford', 'Focus', 2020), (2, 'V2', 'Ford', 'Fiesta', 2021),
                                          (3, 'V3', 'Kia', 'Rio', 2019);
              INSERT INTO CLM_HDR VALUES (1, 1, 10), (2, 2, 10), (3, 3, 10), (4, 3, 10), (5, 3, 10), (6, 1, 5),
                                         (7, 2, 5);"""
    assert run(out, data)[0][:2] == ("Ford", 4)


# ---------------------------------------------------------------- "claims that are closed"
def test_a_later_event_of_the_rows_has_happened() -> None:
    """ "How many claims are closed?" beside a nullable CLSD_DT: the claims with a closing date, never every claim
    (the word was dropped)."""
    cat = Catalog(tables=[
        table("CLM_HDR", [col("CLM_NBR"), col("LOSS_DT", "date"), col("RPT_DT", "date"), col("CLSD_DT", "date")],
              ("CLM_NBR",)),
    ])  # fmt: skip
    assert "WHERE NOT CLM_HDR.CLSD_DT IS NULL" in sql("How many claims are closed?", cat)
    assert "WHERE CLM_HDR.CLSD_DT IS NULL" in sql("How many claims are not closed?", cat)


# ---------------------------------------------------------------- "members who don't hold any awards"
def paddlers() -> Catalog:
    return Catalog(tables=[
        table("paddler", [col("bc_no", INT), col("full_name"), col("member_type")], ("bc_no",)),
        table("award", [col("award_code"), col("award_name")], ("award_code",)),
        table("paddler_award", [col("bc_no", INT), col("award_code")], ("bc_no", "award_code"),
              fk("bc_no", "paddler", "bc_no"), fk("award_code", "award", "award_code")),
    ])  # fmt: skip


PADDLERS = """
CREATE TABLE paddler(bc_no INTEGER PRIMARY KEY, full_name TEXT, member_type TEXT);
CREATE TABLE paddler_award(bc_no INTEGER, award_code TEXT);
CREATE TABLE award(award_code TEXT PRIMARY KEY, award_name TEXT);
INSERT INTO award VALUES ('STAR1', 'One Star');
INSERT INTO paddler VALUES (1, 'Ann', 'F'), (2, 'Bo', 'S'), (3, 'Cy', 'F');
INSERT INTO paddler_award VALUES (1, 'STAR1');
"""


@pytest.mark.parametrize("q", ["Which members don't hold any awards?", "Which members do not own any awards?"])
def test_not_holding_any_is_having_none(q: str) -> None:
    out = sql(q, paddlers(), ValueIndex.from_dict({"paddler": {"member_type": ["F", "S"]}}))
    assert sorted(run(out, PADDLERS)) == [("Bo",), ("Cy",)]


def test_a_plural_noun_names_the_rows_not_their_kinds() -> None:
    """ "Which members ..." where only member_type holds the word: the paddlers by name, never each member type."""
    values = ValueIndex.from_dict({"paddler": {"member_type": ["F", "S"]}})
    out = sql("Which members have no awards?", paddlers(), values)
    assert out.startswith("SELECT paddler.full_name FROM paddler")
    assert "DISTINCT" not in out


# ---------------------------------------------------------------- a letting agency's terse schema
def lettings() -> Catalog:
    return Catalog(tables=[
        table("prop", [col("prop_id", INT), col("prop_ref"), col("twn"), col("gas_cert_exp_dt", "date"),
                       col("actv_flg")], ("prop_id",)),
        table("tnncy", [col("tnncy_id", INT), col("prop_id", INT), col("strt_dt", "date"), col("stat_cd"),
                        col("mthly_rnt_gbp", "real")], ("tnncy_id",), fk("prop_id", "prop", "prop_id")),
        table("arrs", [col("arrs_id", INT), col("tnncy_id", INT), col("stg_cd")], ("arrs_id",),
              fk("tnncy_id", "tnncy", "tnncy_id")),
    ])  # fmt: skip


LETTING_VALUES = ValueIndex.from_dict({
    "prop": {"actv_flg": ["Y", "N"]}, "tnncy": {"stat_cd": ["ACT", "NTC", "END"]},
    "arrs": {"stg_cd": ["LTR", "CRT", "PAID"]},
})  # fmt: skip


def test_current_is_never_a_code_cut_from_it() -> None:
    """ "current tenancies" is no arrears case at the court stage ('CRT')."""
    out = sql("How many current tenancies are under notice?", lettings(), LETTING_VALUES)
    assert "CRT" not in out and "tnncy.stat_cd = 'NTC'" in out


def test_on_our_books_is_the_active_flag_not_a_certificate_expiry() -> None:
    """gas_cert_exp_dt ends a gas certificate, never the property's stay on the books; actv_flg says it."""
    out = sql("Which properties on our books have never had a tenancy?", lettings(), LETTING_VALUES)
    assert "prop.actv_flg = 'Y'" in out and "gas_cert_exp_dt" not in out


# ---------------------------------------------------------------- words that were dropped
def jobs() -> Catalog:
    return Catalog(tables=[
        table("jobs", [col("job_id", INT), col("ordered_on", "date"), col("is_rush", INT), col("word_count", INT)],
              ("job_id",)),
    ])  # fmt: skip


def test_how_many_said_beside_an_average_is_shown_with_it() -> None:
    out = sql("rush jobs ordered this year - how many and average word count", jobs())
    assert out.startswith("SELECT COUNT(*) AS count, AVG(jobs.word_count)")


def test_how_many_rows_answered_with_an_average_alone_is_refused() -> None:
    with pytest.raises(TranslationError, match="How many"):
        sql("How many rush jobs were ordered this year and what was their average word count?", jobs())


def test_a_percentage_of_their_hours_is_never_the_hours() -> None:
    cat = Catalog(tables=[
        table("lawyers", [col("lawyer_id", INT), col("full_name")], ("lawyer_id",)),
        table("time_entries", [col("entry_id", INT), col("lawyer_id", INT), col("work_date", "date"),
                               col("hours", "real"), col("is_billable", "boolean")], ("entry_id",),
              fk("lawyer_id", "lawyers", "lawyer_id")),
    ])  # fmt: skip
    q = "For each lawyer who has recorded time this year, what percentage of their hours was non-billable?"
    with pytest.raises(TranslationError, match="percentage"):
        sql(q, cat)


def test_a_will_is_a_noun_after_an_article() -> None:
    cat = Catalog(tables=[
        table("clients", [col("client_id", INT), col("full_name"), col("date_of_birth", "date")], ("client_id",)),
        table("deeds", [col("deed_id", INT), col("client_id", INT), col("kind_code")], ("deed_id",),
              fk("client_id", "clients", "client_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="will"):
        sql("Who is the oldest client to have made a will with us?", cat)


def test_a_word_that_starts_with_un_may_name_a_column_of_its_own() -> None:
    """ "uninstalled" beside uninstalledAt is that date set, never installedAt unset."""
    cat = Catalog(tables=[
        table("installs", [col("_id"), col("installedAt", "date"), col("uninstalledAt", "date")], ("_id",)),
    ])  # fmt: skip
    out = sql("What percentage of installs ended up being uninstalled?", cat)
    assert "NOT installs.uninstalledAt IS NULL" in out


def test_a_name_is_never_compared_with_a_text_key() -> None:
    cat = Catalog(tables=[
        table("players", [col("_id"), col("displayName"), col("referredBy")], ("_id",),
              fk("referredBy", "players", "_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="names a players row"):
        sql("Which players were referred by DustyBard2?", cat)


def test_a_percentage_beside_its_amount_is_never_added_up() -> None:
    """ "total placement fees" over FeePct beside FeeAmount: never SUM(FeePct)."""
    cat = Catalog(tables=[
        table("tblClient", [col("ClientId", INT), col("CompanyName")], ("ClientId",)),
        table("tblPlacement", [col("PlacementId", INT), col("ClientId", INT), col("FeePct", "decimal(5,2)"),
                               col("FeeAmount", "decimal(10,2)")], ("PlacementId",),
              fk("ClientId", "tblClient", "ClientId")),
    ])  # fmt: skip
    try:
        out = sql("Top 5 client companies by total placement fees, biggest first", cat)
    except TranslationError as exc:
        assert "FeePct" in str(exc)
    else:
        assert "SUM(tblPlacement.FeePct)" not in out


def test_a_verb_is_never_dated_by_when_the_rows_were_made() -> None:
    """ "players who played in the last 30 days" dated by createdAt counted the players who signed up then."""
    cat = Catalog(tables=[
        table("players", [col("_id"), col("displayName"), col("createdAt", "date")], ("_id",)),
        table("sessions", [col("_id"), col("playerId"), col("startedAt", "date")], ("_id",),
              fk("playerId", "players", "_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="played"):
        sql("How many different players played in the last 30 days?", cat)
    assert "players.createdAt >=" in sql("How many players signed up in the last 30 days?", cat)


def test_done_after_has_is_the_verb_not_another_tables_state() -> None:
    """ "How many call-outs has each engineer done?" is every call-out, never those of jobs whose status is
    'completed' (another table's state, which "done" also names)."""
    cat = Catalog(tables=[
        table("engineers", [col("id", INT), col("full_name")], ("id",)),
        table("jobs", [col("id", INT), col("status")], ("id",)),
        table("call_outs", [col("id", INT), col("job_id", INT), col("engineer_id", INT), col("arrived_at", "date")],
              ("id",), fk("job_id", "jobs", "id"), fk("engineer_id", "engineers", "id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"jobs": {"status": ["open", "completed", "cancelled"]}})
    out = sql("How many call-outs has each engineer done this year?", cat, values)
    assert "status" not in out and "COUNT(*)" in out


def test_the_latest_row_of_each_group_said_with_its_date() -> None:
    """ "the latest published version of each app": each app's version with the latest publishedAt (the version, not
    only the date); "the latest publish date per app" stays the date."""
    cat = Catalog(tables=[
        table("apps", [col("_id"), col("title")], ("_id",)),
        table("appVersions", [col("_id"), col("appId"), col("versionName"), col("publishedAt", "date")], ("_id",),
              fk("appId", "apps", "_id")),
    ])  # fmt: skip
    out = sql("What is the latest published version of each app?", cat)
    assert "appVersions.versionName" in out and "SELECT MAX(peer.publishedAt)" in out
    data = """CREATE TABLE apps(_id TEXT PRIMARY KEY, title TEXT);
              CREATE TABLE appVersions(_id TEXT PRIMARY KEY, appId TEXT, versionName TEXT, publishedAt TEXT);
              INSERT INTO apps VALUES ('a1', 'Maps'), ('a2', 'Notes');
              INSERT INTO appVersions VALUES ('v1', 'a1', '1.0', '2025-01-01'), ('v2', 'a1', '1.1', '2025-03-01'),
                                             ('v3', 'a2', '2.0', '2025-02-01');"""
    assert sorted((r[0], r[1]) for r in run(out, data)) == [("Maps", "1.1"), ("Notes", "2.0")]
    assert "MAX(appVersions.publishedAt)" in sql("the latest publish date per app", cat)
