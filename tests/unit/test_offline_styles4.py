"""Issue 14: rules learned in the tenth session from the refusals of every blind corpus ("X per Y" and "X by Y"
read as counts or averages per group).  Each test builds its own tiny catalog; the point is the rule, not a
wording of those corpora.
"""

from __future__ import annotations

import re

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.engines.base import Catalog

INT = "integer"


def hiring() -> Catalog:
    """A table whose only text column is a code: the code is also what a listing would show for a row."""
    return Catalog(tables=[
        table("applications", [col("app_id", INT), col("applicant_id", INT), col("stage_code"),
                               col("applied_on", "date")], ("app_id",)),
    ])  # fmt: skip


def test_rows_per_their_shown_column_are_counted() -> None:
    out = sql("applications per stage", hiring())
    assert "COUNT(*)" in out and "GROUP BY applications.stage_code" in out and "DISTINCT" not in out


def shop() -> Catalog:
    return Catalog(tables=[
        table("depots", [col("id", INT), col("name"), col("city")], ("id",)),
        table("vehicles", [col("id", INT), col("plate"), col("vehicle_type"), col("depot_id", INT)], ("id",),
              fk("depot_id", "depots", "id")),
        table("order", [col("id", INT), col("total", "numeric"), col("pay_method")], ("id",)),
        table("work_orders", [col("id", INT), col("wo_type"), col("cost", "numeric")], ("id",)),
    ])  # fmt: skip


def test_rows_named_by_a_stored_value_per_group_are_counted() -> None:
    values = ValueIndex.from_dict({"vehicles": {"vehicle_type": ["van", "truck"]}})
    out = sql("vans per depot", shop(), values)
    assert "COUNT(*)" in out and "GROUP BY depots.id" in out and "vehicles.vehicle_type = 'van'" in out


@pytest.mark.parametrize(
    ("question", "measure", "key"),
    [
        ("average order total by payment method", 'AVG("order".total)', '"order".pay_method'),
        ("average work order cost by type", "AVG(work_orders.cost)", "work_orders.wo_type"),
    ],
)
def test_a_table_named_order_is_no_sort_verb(question: str, measure: str, key: str) -> None:
    out = sql(question, shop())
    assert measure in out and f"GROUP BY {key}" in out and "ORDER BY" not in out


def test_a_sort_verb_still_sorts() -> None:
    out = sql("list work orders ordered by cost", shop())
    assert "ORDER BY work_orders.cost" in out and "GROUP BY" not in out


def moves() -> Catalog:
    return Catalog(tables=[
        table("jobs", [col("id", INT), col("ref"), col("origin_city_name"), col("dest_city_name"), col("state")],
              ("id",)),
    ])  # fmt: skip


def test_two_words_of_one_group_column() -> None:
    values = ValueIndex.from_dict({"jobs": {"state": ["cancelled", "done"]}})
    out = sql("cancelled jobs per origin city", moves(), values)
    assert "GROUP BY jobs.origin_city_name" in out and "COUNT(*)" in out and "dest_city_name" not in out


def stays() -> Catalog:
    return Catalog(tables=[
        table("reservations", [col("id", INT), col("guest"), col("made_at", "timestamp"), col("arrival_on", "date"),
                               col("status")], ("id",)),
    ])  # fmt: skip


def test_the_months_are_those_of_the_date_the_period_tests() -> None:
    values = ValueIndex.from_dict({"reservations": {"status": ["cancelled", "kept"]}})
    out = sql("cancelled reservations per month in 2025", stays(), values)
    tested = re.search(r"reservations\.(\w+) >= '2025-01-01'", out)
    assert tested, out
    assert f"STRFTIME('%Y-%m', reservations.{tested.group(1)})" in out


def warehouse() -> Catalog:
    return Catalog(tables=[
        table("dim_date", [col("date_key", INT), col("year", INT), col("month_num", INT)], ("date_key",)),
        table("dim_listings", [col("listing_key", INT), col("title"), col("list_price_usd", "numeric"),
                               col("listed_at", "date")], ("listing_key",)),
        table("fct_orders", [col("order_key", INT), col("listing_key", INT), col("order_date_key", INT),
                             col("status")], ("order_key",),
              fk("listing_key", "dim_listings", "listing_key"), fk("order_date_key", "dim_date", "date_key")),
    ])  # fmt: skip


def test_groups_and_a_period_on_two_tables_dates_are_refused() -> None:
    values = ValueIndex.from_dict({"fct_orders": {"status": ["completed", "refunded"]}})
    with pytest.raises(TranslationError, match="period"):
        sql("completed order revenue by month in 2025", warehouse(), values)


def kitchen() -> Catalog:
    return Catalog(tables=[
        table("recipes", [col("id", INT), col("title"), col("course")], ("id",)),
        table("labels", [col("id", INT), col("name")], ("id",)),
        table("recipe_labels", [col("recipe_id", INT), col("label_id", INT)], ("recipe_id", "label_id"),
              fk("recipe_id", "recipes", "id"), fk("label_id", "labels", "id")),
    ])  # fmt: skip


KITCHEN_VALUES = ValueIndex.from_dict(
    {"labels": {"name": ["vegan", "spicy", "cheap"]}, "recipes": {"course": ["starter", "main"]}}
)


def test_both_values_of_related_rows_need_a_row_of_each() -> None:
    out = sql("which recipes are labelled both vegan and spicy", kitchen(), KITCHEN_VALUES)
    assert out.count("EXISTS(") == 2 and "labels.name = 'vegan'" in out and "labels.name = 'spicy'" in out
    assert " IN (" not in out
    # either value: one related row with one of them
    out = sql("which recipes are labelled vegan or spicy", kitchen(), KITCHEN_VALUES)
    assert out.count("EXISTS(") == 1 and "IN ('vegan', 'spicy')" in out


def test_both_values_of_the_rows_own_column_are_refused() -> None:
    with pytest.raises(TranslationError):
        sql("which recipes are both starter and main", kitchen(), KITCHEN_VALUES)


def test_the_noun_a_question_word_asks_for_is_no_verb() -> None:
    """'chefs' names no table: the answer would be recipes, so the word refuses."""
    with pytest.raises(TranslationError, match="chefs"):
        sql("which chefs cooked both vegan and spicy recipes", kitchen(), KITCHEN_VALUES)


def orders() -> Catalog:
    return Catalog(tables=[
        table("Orders", [col("OrderID", INT), col("OrderDate", "date"), col("PromoCode")], ("OrderID",)),
        table("OrderDetails", [col("OrderID", INT), col("LineNo", INT), col("Qty", INT), col("Discount", "real"),
                               col("GiftNote")], ("OrderID", "LineNo"), fk("OrderID", "Orders", "OrderID")),
    ])  # fmt: skip


@pytest.mark.parametrize("lines", ["order lines", "order items", "order details"])
def test_a_documents_lines_by_any_of_their_names(lines: str) -> None:
    assert sql(f"average discount on {lines}", orders()) == (
        "SELECT AVG(OrderDetails.Discount) AS average_discount FROM OrderDetails"
    )


@pytest.mark.parametrize(
    ("question", "test"),
    [
        ("how many order lines had a discount", "OrderDetails.Discount > 0"),
        ("how many order lines included a gift note", "NOT OrderDetails.GiftNote IS NULL"),
        ("how many orders used a promo code", "NOT Orders.PromoCode IS NULL"),
    ],
)
def test_a_row_that_had_its_own_value(question: str, test: str) -> None:
    assert sql(question, orders()).endswith(f"WHERE {test}")


def desk() -> Catalog:
    return Catalog(tables=[
        table("agents", [col("id", INT), col("full_name"), col("hired_on", "date")], ("id",)),
        table("tickets", [col("id", INT), col("agent_id", INT), col("channel"), col("created_at", "timestamp")],
              ("id",), fk("agent_id", "agents", "id")),
    ])  # fmt: skip


DESK_VALUES = ValueIndex.from_dict({"tickets": {"channel": ["phone", "email"]}})


@pytest.mark.parametrize("question", ["phone tickets in May 2025", "tickets created in the last 30 days"])
def test_a_bare_phrase_about_dated_unnamed_rows_counts_them(question: str) -> None:
    assert sql(question, desk(), DESK_VALUES).startswith("SELECT COUNT(*) AS count FROM tickets WHERE")


@pytest.mark.parametrize(
    "question",
    [
        "list phone tickets in May 2025",  # asked for the rows
        "which tickets came in by phone in May 2025?",
        "phone tickets in May 2025 with their agent",  # something to show beside them
        "phone tickets",  # no period
    ],
)
def test_rows_asked_for_are_listed(question: str) -> None:
    assert "COUNT(" not in sql(question, desk(), DESK_VALUES)


def test_a_bare_phrase_about_named_rows_lists_their_names() -> None:
    assert sql("agents hired in 2024", desk()).startswith("SELECT agents.full_name FROM agents")


def crew() -> Catalog:
    return Catalog(tables=[
        table("ship", [col("ship_no", INT), col("ship_name")], ("ship_no",)),
        table("crew", [col("crew_no", INT), col("crew_name"), col("supv_no", INT), col("ship_no", INT)],
              ("crew_no",), fk("supv_no", "crew", "crew_no"), fk("ship_no", "ship", "ship_no")),
    ])  # fmt: skip


CREW_VALUES = ValueIndex.from_dict({"crew": {"crew_name": ["Joaquin Ravensworth", "Ada Quist"]}})


@pytest.mark.parametrize(
    "question",
    [
        "how many crew report directly to Joaquin Ravensworth",
        "how many crew directly report to Joaquin Ravensworth",
        "how many people report to Joaquin Ravensworth",  # the one table of people above and below each other
    ],
)
def test_reporting_directly_to_a_named_row(question: str) -> None:
    assert sql(question, crew(), CREW_VALUES) == (
        "SELECT COUNT(*) AS count FROM crew WHERE crew.supv_no IN "
        "(SELECT crew.crew_no FROM crew WHERE crew.crew_name = 'Joaquin Ravensworth')"
    )


def staff() -> Catalog:
    return Catalog(tables=[
        table("Personal", [col("Nr", INT), col("Name"), col("Surname"), col("Chef_Nr", INT)], ("Nr",),
              fk("Chef_Nr", "Personal", "Nr")),
    ])  # fmt: skip


def test_a_name_beside_a_surname_is_the_first_name_and_both_name_the_row_above() -> None:
    values = ValueIndex.from_dict({"Personal": {"Name": ["Niklas", "Ute"], "Surname": ["Wagner", "Brandt"]}})
    assert sql("who reports to Niklas Wagner", staff(), values) == (
        "SELECT Personal.Name, Personal.Surname FROM Personal WHERE Personal.Chef_Nr IN "
        "(SELECT Personal.Nr FROM Personal WHERE Personal.Name = 'Niklas' AND Personal.Surname = 'Wagner')"
    )


def org() -> Catalog:
    return Catalog(tables=[
        table("Employees", [col("Employee ID", INT), col("First Name"), col("Last Name"), col("Reports To", INT)],
              ("Employee ID",), fk("Reports To", "Employees", "Employee ID")),
    ])  # fmt: skip


def test_a_word_for_the_row_above_is_the_self_referencing_key() -> None:
    out = sql("each employee with their manager's name", org())
    assert 'JOIN Employees AS reports_to ON Employees."Reports To" = reports_to."Employee ID"' in out
    assert 'reports_to."Last Name"' in out and "WHERE" not in out
    # "the person they report to": the employees who report to someone
    out = sql("list each employee with the last name of the person they report to", org())
    assert 'reports_to."Last Name"' in out and out.endswith('WHERE NOT Employees."Reports To" IS NULL')


def loans() -> Catalog:
    return Catalog(tables=[
        table("lib_lend_lib_mst", [col("lend_lib_cd"), col("lend_lib_nm")], ("lend_lib_cd",)),
        table("ill_req", [col("req_id", INT), col("lend_lib_cd"), col("fee_amt", "real")], ("req_id",),
              fk("lend_lib_cd", "lib_lend_lib_mst", "lend_lib_cd")),
    ])  # fmt: skip


def test_a_word_of_the_group_tables_own_name_before_its_noun() -> None:
    out = sql("total fees charged by each lending library", loans())
    assert "SUM(ill_req.fee_amt)" in out and "GROUP BY lib_lend_lib_mst.lend_lib_cd" in out


def walks() -> Catalog:
    return Catalog(tables=[
        table("carriers", [col("carrier_cd"), col("carrier_nm")], ("carrier_cd",)),
        table("legs", [col("id", INT), col("carrier_cd"), col("leg_status"), col("minutes", INT)], ("id",),
              fk("carrier_cd", "carriers", "carrier_cd")),
    ])  # fmt: skip


def test_another_word_for_a_stored_state() -> None:
    values = ValueIndex.from_dict({"legs": {"leg_status": ["done", "planned", "dropped"]}})
    assert sql("total minutes of completed legs", walks(), values).endswith("WHERE legs.leg_status = 'done'")
    # two states that could be meant: refused rather than one picked
    values = ValueIndex.from_dict({"legs": {"leg_status": ["done", "finished", "planned"]}})
    with pytest.raises(TranslationError, match="completed"):
        sql("total minutes of completed legs", walks(), values)


def test_an_airline_is_a_carrier() -> None:
    out = sql("how many legs does each airline fly", walks())
    assert "GROUP BY carriers.carrier_cd" in out and "COUNT(*)" in out


def school() -> Catalog:
    return Catalog(tables=[
        table("students", [col("id", INT), col("full_name"), col("insurer")], ("id",)),
        table("payments", [col("id", INT), col("student_id", INT), col("paid_on", "date"), col("amount", "real"),
                           col("method"), col("promo_code")], ("id",), fk("student_id", "students", "id")),
        table("placements", [col("id", INT), col("placed_on", "date"), col("fee_amt", "real"),
                             col("salary_amt", "real")], ("id",)),
        table("dues", [col("id", INT), col("fee_year", INT), col("amount", "real")], ("id",)),
    ])  # fmt: skip


SCHOOL_VALUES = ValueIndex.from_dict({"payments": {"method": ["card", "cash"]}})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much have we received in card payments?",
         "SELECT SUM(payments.amount) AS total_amount FROM payments WHERE payments.method = 'card'"),
        ("How much did we earn in placement fees in 2024?",
         "SELECT SUM(placements.fee_amt) AS total_fee_amt FROM placements WHERE placements.placed_on >= "
         "'2024-01-01' AND placements.placed_on < '2025-01-01'"),
    ],
)  # fmt: skip
def test_how_much_is_a_sum_of_money(question: str, expected: str) -> None:
    assert sql(question, school(), SCHOOL_VALUES) == expected


def test_the_top_group_is_never_null() -> None:
    # a list of the values stored names things: a missing one (NULL) is no insurer
    out = sql("Which insurers do our students use?", school(), SCHOOL_VALUES)
    assert out == "SELECT DISTINCT students.insurer FROM students WHERE NOT students.insurer IS NULL"
    out = sql("which promo code brought in the most money", school(), SCHOOL_VALUES)
    assert "WHERE NOT payments.promo_code IS NULL" in out and "LIMIT 1" in out


def test_a_year_is_never_added_up() -> None:
    with pytest.raises(TranslationError, match="fee_year"):
        sql("total fee year of the dues", school())


def clinic() -> Catalog:
    return Catalog(tables=[
        table("vets", [col("id", INT), col("first_name"), col("last_name")], ("id",)),
        table("owners", [col("id", INT), col("full_name"), col("town")], ("id",)),
        table("visits", [col("id", INT), col("vet_id", INT), col("owner_id", INT), col("outcome"), col("grade")],
              ("id",), fk("vet_id", "vets", "id"), fk("owner_id", "owners", "id")),
    ])  # fmt: skip


CLINIC_VALUES = ValueIndex.from_dict({"visits": {"outcome": ["cured", "referred"], "grade": ["A", "B"]}})


def test_the_most_rows_a_stored_value_picks() -> None:
    out = sql("Which vet has the most cured visits?", clinic(), CLINIC_VALUES)
    assert "visits.outcome = 'cured'" in out and "ORDER BY COUNT(*) DESC LIMIT 1" in out
    assert "GROUP BY vets.id" in out


def test_the_value_most_of_the_rows_hold() -> None:
    out = sql("Which town do most of our owners live in?", clinic(), CLINIC_VALUES)
    assert out == (
        "SELECT owners.town, COUNT(*) AS count FROM owners WHERE NOT owners.town IS NULL GROUP BY owners.town "
        "ORDER BY COUNT(*) DESC LIMIT 1"
    )


def test_rows_that_were_given_a_value_scope_a_percentage() -> None:
    out = sql("Of the visits that were graded, what percentage got grade A?", clinic(), CLINIC_VALUES)
    assert "SUM(CASE WHEN visits.grade = 'A' THEN 1 ELSE 0 END)" in out
    assert out.endswith("FROM visits WHERE NOT visits.grade IS NULL")


def agency() -> Catalog:
    return Catalog(tables=[
        table("candidates", [col("cid", INT), col("first_nm"), col("last_nm")], ("cid",)),
        table("recruiters", [col("rid", INT), col("first_nm"), col("last_nm"), col("mgr_id", INT),
                             col("is_active", "boolean")], ("rid",), fk("mgr_id", "recruiters", "rid")),
    ])  # fmt: skip


def test_a_name_after_a_verb_of_reporting_is_a_row_of_the_hierarchy() -> None:
    values = ValueIndex.from_dict({"candidates": {"first_nm": ["Bruno"], "last_nm": ["Eriksen"]},
                                   "recruiters": {"first_nm": ["Bruno"], "last_nm": ["Eriksen"]}})  # fmt: skip
    assert sql("Who reports to Bruno Eriksen?", agency(), values) == (
        "SELECT recruiters.first_nm, recruiters.last_nm FROM recruiters WHERE recruiters.mgr_id IN "
        "(SELECT recruiters.rid FROM recruiters WHERE recruiters.first_nm = 'Bruno' AND recruiters.last_nm = 'Eriksen')"
    )


def test_currently_active_is_the_active_flag() -> None:
    assert sql("How many recruiters are currently active?", agency()).endswith("WHERE recruiters.is_active = 1")


def rides() -> Catalog:
    return Catalog(tables=[
        table("bikes", [col("id", INT), col("label"), col("is_electric", "boolean")], ("id",)),
        table("rides", [col("id", INT), col("bike_id", INT), col("started_on", "date"), col("fare", "real")],
              ("id",), fk("bike_id", "bikes", "id")),
        table("crates", [col("id", INT), col("packed_on", "date"), col("shp_qty", INT), col("unit_price", "real")],
              ("id",)),
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("question", "tail"),
    [
        ("How many rides were taken on electric bikes?", "WHERE bikes.is_electric = 1"),
        ("How many rides did we take last month?", "rides.started_on < '2025-06-01'"),
    ],
)
def test_the_verb_that_makes_the_rows_counted(question: str, tail: str) -> None:
    out = sql(question, rides())
    assert out.startswith("SELECT COUNT(*) AS count FROM rides") and out.endswith(tail)


def test_a_verb_naming_an_unread_quantity_is_refused() -> None:
    """ "ship" names shp_qty: an answer that sums another column ("units" read as unit_prc_amt) is refused."""
    cat = Catalog(tables=[
        table("prod_mst", [col("prod_nbr", INT), col("prod_desc")], ("prod_nbr",)),
        table("inv_hdr", [col("inv_nbr", INT), col("inv_dt", "date")], ("inv_nbr",)),
        table("inv_dtl", [col("inv_nbr", INT), col("ln_nbr", INT), col("prod_nbr", INT), col("shp_qty", INT),
                          col("unit_prc_amt", "real")], ("inv_nbr", "ln_nbr"),
              fk("inv_nbr", "inv_hdr", "inv_nbr"), fk("prod_nbr", "prod_mst", "prod_nbr")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"prod_mst": {"prod_desc": ["Oak Crate", "Pine Box"]}})
    with pytest.raises(TranslationError, match="ship|unit_prc_amt is an amount of money"):
        sql("how many units of Oak Crate did we ship last month", cat, values)
    # the quantity the verb names, read: answered
    assert sql("how many units did we ship last month", rides()).startswith("SELECT SUM(crates.shp_qty)")


def test_each_type_of_a_column_groups_by_its_values() -> None:
    cat = Catalog(tables=[table("repairs", [col("id", INT), col("issue"), col("cost", "real")], ("id",))])
    assert sql("What is the total repair cost for each type of issue?", cat) == (
        "SELECT repairs.issue, SUM(repairs.cost) AS total_cost FROM repairs GROUP BY repairs.issue"
    )


def test_a_letter_code_of_the_table_named_after_the_word() -> None:
    """'A' is a member's status and a line's grade: "active members" is the members' 'A'."""
    cat = Catalog(tables=[
        table("members", [col("id", INT), col("full_name"), col("status")], ("id",)),
        table("lines", [col("id", INT), col("member_id", INT), col("grade")], ("id",), fk("member_id", "members", "id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"members": {"status": ["A", "I"]}, "lines": {"grade": ["A", "B", "C"]}})
    assert sql("How many active members are there?", cat, values).endswith("WHERE members.status = 'A'")


def test_set_by_another_row_of_the_same_table() -> None:
    cat = Catalog(tables=[
        table("members", [col("id", INT), col("full_name"), col("referred_by_id", INT)], ("id",),
              fk("referred_by_id", "members", "id")),
    ])  # fmt: skip
    assert sql("How many members were referred by another member?", cat) == (
        "SELECT COUNT(*) AS count FROM members WHERE NOT members.referred_by_id IS NULL"
    )


def lending() -> Catalog:
    return Catalog(tables=[
        table("members", [col("id", INT), col("full_name")], ("id",)),
        table("loans", [col("id", INT), col("member_id", INT), col("loaned_on", "date"), col("due_on", "date"),
                        col("returned_on", "date")], ("id",), fk("member_id", "members", "id")),
    ])  # fmt: skip


def test_overdue_is_a_passed_due_date_with_nothing_settled() -> None:
    assert sql("how many loans are overdue", lending()) == (
        "SELECT COUNT(*) AS count FROM loans WHERE loans.due_on < '2025-06-15' AND loans.returned_on IS NULL"
    )
    out = sql("members with an overdue loan", lending())
    assert "loans.due_on < '2025-06-15'" in out and "loans.returned_on IS NULL" in out and "EXISTS" in out
    # no date that settles a loan: "overdue" cannot be read
    cat = lending()
    cat.tables[1].columns.pop()
    with pytest.raises(TranslationError, match="overdue"):
        sql("how many loans are overdue", cat)
