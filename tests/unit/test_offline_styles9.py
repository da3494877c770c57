"""Issue 14: rules learned in the fifteenth session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_offline_styles import TODAY, col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.text import split_identifier
from aishell.ai.offline.translate import translate, write_request
from aishell.ai.offline.values import DATE_MARK, comment_codes, epoch_kind
from aishell.engines.base import Catalog, ColumnInfo

INT = "integer"
NUM = "numeric"


# ---------------------------------------------------------------- the time between two events of a row
def deliveries() -> Catalog:
    return Catalog(tables=[
        table("customer", [col("id", INT), col("customer_name")], ("id",)),
        table("shipment", [col("id", INT), col("customer_id", INT), col("ordered_on", "date"),
                           col("delivered_on", "date"), col("weight", NUM)], ("id",),
              fk("customer_id", "customer", "id")),
        table("bill", [col("id", INT), col("shipment_id", INT), col("issued_on", "date"), col("paid_on", "date"),
                       col("amount", NUM)], ("id",), fk("shipment_id", "shipment", "id")),
    ])  # fmt: skip


@pytest.mark.parametrize("q", [
    "On average, how many days does it take us from order to delivery?",
    "On average, how many days does it take you from order to delivery?",
    "average number of days from order to delivery",
])  # fmt: skip
def test_from_one_event_to_another_names_the_row_dates_by_their_stems(q: str) -> None:
    out = sql(q, deliveries())
    assert "AVG((JULIANDAY(shipment.delivered_on) - JULIANDAY(shipment.ordered_on)))" in out


def test_an_event_noun_with_no_date_of_its_stem_is_still_refused() -> None:
    with pytest.raises(TranslationError):  # no date column is the "quote"'s
        sql("On average, how many days does it take us from quote to delivery?", deliveries())


@pytest.mark.parametrize("q", [
    "On average, how many days after it is issued does a bill get paid?",
    "average days after it is issued does a bill get paid",
])  # fmt: skip
def test_days_after_one_event_does_a_row_get_another(q: str) -> None:
    out = sql(q, deliveries())
    assert "AVG((JULIANDAY(bill.paid_on) - JULIANDAY(bill.issued_on)))" in out


def test_days_before_an_event_are_rows_placed_still_reads_as_before() -> None:
    out = sql("On average, how many days before it is paid does a bill get issued?", deliveries())
    assert "AVG((JULIANDAY(bill.paid_on) - JULIANDAY(bill.issued_on)))" in out


# ---------------------------------------------------------------- the extreme row of each group
def shop() -> Catalog:
    return Catalog(tables=[
        table("supplier", [col("id", INT), col("supplier_name"), col("country")], ("id",)),
        table("category", [col("id", INT), col("category_name")], ("id",)),
        table("product", [col("id", INT), col("category_id", INT), col("supplier_id", INT), col("product_name"),
                          col("shelf"), col("unit_price", NUM), col("withdrawn_on", "date")], ("id",),
              fk("category_id", "category", "id"), fk("supplier_id", "supplier", "id")),
    ])  # fmt: skip


PEER = "(SELECT MAX(peer.unit_price) FROM product AS peer WHERE peer.category_id = product.category_id"


@pytest.mark.parametrize("q", [
    "what's the most expensive product in each category",
    "for each category, the product with the highest unit price",
])  # fmt: skip
def test_the_extreme_row_of_each_group_is_compared_with_its_group(q: str) -> None:
    out = sql(q, shop())
    assert f"WHERE product.unit_price = {PEER})" in out
    assert out.startswith("SELECT category.category_name, product.product_name, product.unit_price FROM product")


def test_the_extreme_row_of_each_value_of_its_own_column() -> None:
    out = sql("the cheapest product on each shelf", shop())
    assert "product.unit_price = (SELECT MIN(peer.unit_price) FROM product AS peer WHERE peer.shelf = product.shelf)" \
        in out  # fmt: skip


def test_the_rows_conditions_are_said_of_the_group_too() -> None:
    out = sql("the most expensive product in each category that has not been withdrawn", shop())
    assert f"{PEER} AND peer.withdrawn_on IS NULL)" in out and out.endswith("AND product.withdrawn_on IS NULL")


def test_a_condition_on_another_table_is_refused_not_left_out_of_the_group() -> None:
    with pytest.raises(TranslationError, match="compared in each group"):
        sql("the most expensive product from German suppliers in each category", shop(),
            ValueIndex.from_dict({"supplier": {"country": ["Germany", "France"]}}))


def test_several_rows_per_group_are_still_refused() -> None:
    with pytest.raises(TranslationError):
        sql("the 3 most expensive products in each category", shop())


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "oracle", "duckdb"])
def test_the_group_comparison_renders_in_every_dialect(dialect: str) -> None:
    out = translate("what's the most expensive product in each category", shop(), ValueIndex(), dialect=dialect,
                    today=TODAY).sql  # fmt: skip
    assert "peer" in out and out.count("SELECT") == 2


# ---------------------------------------------------------------- a sole trader's two names
def market() -> Catalog:
    return Catalog(tables=[
        table("traders", [col("id", INT), col("business_name"), col("first_name"), col("last_name"), col("village")],
              ("id",)),
        table("checks", [col("id", INT), col("trader_id", INT), col("checked_on", "date"), col("officer"),
                         col("score", INT)], ("id",), fk("trader_id", "traders", "id")),
    ])  # fmt: skip


def test_a_business_name_beside_a_persons_names_is_shown_with_them() -> None:
    out = sql("how many checks does each trader have", market())
    assert out.startswith("SELECT traders.business_name, traders.first_name, traders.last_name, COUNT(*)")


def test_a_person_without_a_business_name_is_shown_by_first_and_last_name() -> None:
    out = sql("list the staff", Catalog(tables=[table("staff", [col("id", INT), col("first_name"), col("last_name"),
                                                                 col("job_name")], ("id",))]))  # fmt: skip
    assert out.startswith("SELECT staff.first_name, staff.last_name FROM staff")


def test_the_extreme_row_of_each_group_shows_the_column_asked_for() -> None:
    out = sql("What is each trader's most recent check score?", market())
    assert "checks.score" in out.split(" FROM ")[0]
    assert "checks.checked_on = (SELECT MAX(peer.checked_on) FROM checks AS peer WHERE peer.trader_id = " \
        "checks.trader_id)" in out  # fmt: skip


# ---------------------------------------------------------------- an ending verb against another date of the row
def lending() -> Catalog:
    return Catalog(tables=[
        table("member", [col("id", INT), col("member_name")], ("id",)),
        table("loan", [col("id", INT), col("member_id", INT), col("lent_on", "date"), col("due_on", "date"),
                       col("returned_on", "date")], ("id",), fk("member_id", "member", "id")),
    ])  # fmt: skip


@pytest.mark.parametrize("q", [
    "how many loans came back after their due date",
    "how many loans were returned after their due date",
])  # fmt: skip
def test_an_ending_verb_before_after_is_the_rows_one_end_date(q: str) -> None:
    out = sql(q, lending())
    assert out == "SELECT COUNT(*) AS count FROM loan WHERE loan.returned_on > loan.due_on"


def test_of_returned_rows_the_share_that_came_back_late() -> None:
    out = sql("what percentage of returned loans came back after their due date", lending())
    assert "SUM(CASE WHEN loan.returned_on > loan.due_on THEN 1 ELSE 0 END)" in out
    assert out.endswith("FROM loan WHERE NOT loan.returned_on IS NULL")


def test_a_row_with_two_end_dates_is_refused() -> None:
    two = Catalog(tables=[table("loan", [col("id", INT), col("due_on", "date"), col("returned_on", "date"),
                                         col("closed_on", "date")], ("id",))])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("how many loans came back after their due date", two)


def test_done_is_a_word_of_an_end_date() -> None:
    jobs = Catalog(tables=[table("job", [col("id", INT), col("booked_on", "date"), col("due", "date"),
                                         col("done_on", "date")], ("id",))])  # fmt: skip
    assert sql("how many jobs were finished after their due date", jobs).endswith("WHERE job.done_on > job.due")


# ---------------------------------------------------------------- whole numbers of money asked for in pounds
def hall(money: str) -> Catalog:
    return Catalog(tables=[
        table("hirer", [col("hirer_id", INT), col("hirer_name")], ("hirer_id",)),
        table("payment", [col("payment_id", INT), col("payment_hirer_id", INT), col("payment_on", "date"),
                          col("payment_amount", money)], ("payment_id",), fk("payment_hirer_id", "hirer", "hirer_id")),
    ])  # fmt: skip


@pytest.mark.parametrize("money", ["integer", "bigint", "NUMBER(10)"])
def test_whole_numbers_of_money_in_pounds_may_be_pence_and_are_refused(money: str) -> None:
    with pytest.raises(TranslationError, match="payment_amount holds pounds or hundredths"):
        sql("total payments received in 2024, in pounds", hall(money))


@pytest.mark.parametrize("money", ["numeric", "decimal(10,2)", "real", "NUMBER(10,2)"])
def test_money_with_decimals_in_pounds_is_the_amount_itself(money: str) -> None:
    out = sql("total payments received in 2024, in pounds", hall(money))
    assert out.startswith("SELECT SUM(payment.payment_amount)")


def test_whole_numbers_named_in_pence_are_converted() -> None:
    cat = Catalog(tables=[table("payment", [col("id", INT), col("paid_on", "date"), col("amount_pence", INT)],
                                ("id",))])  # fmt: skip
    assert "CAST((SUM(payment.amount_pence)) AS REAL) / 100.0" in sql("total payments in 2024, in pounds", cat)


# ---------------------------------------------------------------- "were cancelled" with status codes
def visits() -> Catalog:
    return Catalog(tables=[
        table("Visit", [col("lngVisitID", INT), col("dtmScheduled", "date"), col("dtmCompleted", "date"),
                        col("strStatus"), col("curTotal", NUM)], ("lngVisitID",)),
    ])  # fmt: skip


def visit_codes() -> ValueIndex:
    return ValueIndex.from_dict({"Visit": {"strStatus": ["B", "C", "N", "X"]}})


def test_cancelled_is_never_the_date_a_row_was_completed() -> None:
    with pytest.raises(TranslationError, match="cancelled"):
        sql("What percentage of the visits scheduled in 2024 were cancelled?", visits())


def test_were_cancelled_is_the_conventional_mark_of_the_table_the_question_names() -> None:
    out = sql("What percentage of the visits scheduled in 2024 were cancelled?", visits(), visit_codes())
    assert "SUM(CASE WHEN Visit.strStatus = 'X' THEN 1 ELSE 0 END)" in out
    assert "Visit.dtmScheduled >= '2024-01-01'" in out


# ---------------------------------------------------------------- a second number asked after "and"
def test_a_second_how_much_after_and_is_never_dropped() -> None:
    cat = Catalog(tables=[table("visit", [col("id", INT), col("done_on", "date"), col("is_paid", "boolean"),
                                          col("total", NUM)], ("id",))])  # fmt: skip
    with pytest.raises(TranslationError, match="'how much' beside the first number"):
        sql("How many visits are still unpaid, and how much is owed on them in total?", cat)


def test_how_many_of_one_value_and_how_many_of_another_is_one_count_per_group() -> None:
    cat = Catalog(tables=[table("lesson", [col("id", INT), col("mode"), col("booked_on", "date")], ("id",))])
    vals = ValueIndex.from_dict({"lesson": {"mode": ["ONLINE", "IN_PERSON"]}})
    out = sql("How many lessons were booked online and how many in person?", cat, vals)
    assert out.endswith("GROUP BY lesson.\"mode\"")


# ---------------------------------------------------------------- the columns listed after "with the"
def callouts() -> Catalog:
    return Catalog(tables=[
        table("venue", [col("id", INT), col("venue_name")], ("id",)),
        table("team", [col("id", INT), col("team_name")], ("id",)),
        table("callout", [col("id", INT), col("team_id", INT), col("venue_id", INT), col("reference"),
                          col("location_name"), col("paged_at", "date"), col("note")], ("id",),
              fk("team_id", "team", "id"), fk("venue_id", "venue", "id")),
    ])  # fmt: skip


def test_with_the_columns_of_a_list_are_shown_not_tested() -> None:
    out = sql("List last month's callouts with the reference, the location and the team", callouts())
    assert out.startswith("SELECT callout.reference, callout.location_name, team.team_name FROM callout")
    assert "IS NULL" not in out


def test_with_a_column_alone_is_still_a_test_that_it_is_there() -> None:
    out = sql("List callouts with a note", callouts())
    assert out.endswith("WHERE NOT callout.note IS NULL")


def test_with_their_date_shows_the_date_the_time_phrase_tests() -> None:
    out = sql("List last month's callouts with their date and venue", callouts())
    assert "callout.paged_at, venue.venue_name FROM callout" in out
    assert "callout.paged_at >= '2025-05-01'" in out


# ---------------------------------------------------------------- a yes/no column named by two words
def rescues() -> Catalog:
    return Catalog(tables=[
        table("rescue_callout", [col("id", INT), col("paged_at", "date"), col("helicopter_used", "boolean")], ("id",)),
        table("rescue_casualty", [col("id", INT), col("callout_id", INT), col("evacuated_by")], ("id",),
              fk("callout_id", "rescue_callout", "id")),
    ])  # fmt: skip


def test_two_words_naming_one_flag_are_the_flag_not_also_a_value_elsewhere() -> None:
    vals = ValueIndex.from_dict({"rescue_casualty": {"evacuated_by": ["HELICOPTER", "STRETCHER", "WALKED"]}})
    out = sql("What percentage of 2024 callouts used the helicopter?", rescues(), vals)
    assert "SUM(CASE WHEN rescue_callout.helicopter_used = 1 THEN 1 ELSE 0 END)" in out and "EXISTS" not in out
    out = sql("How many casualties were evacuated by helicopter?", rescues(), vals)
    assert out.endswith("WHERE rescue_casualty.evacuated_by = 'HELICOPTER'")


# ---------------------------------------------------------------- a role key beside a table that only links
def team() -> Catalog:
    return Catalog(tables=[
        table("rescue_member", [col("id", INT), col("first_name"), col("last_name")], ("id",)),
        table("rescue_callout", [col("id", INT), col("paged_at", "date"), col("team_leader_id", INT)], ("id",),
              fk("team_leader_id", "rescue_member", "id")),
        table("rescue_callout_members", [col("id", INT), col("callout_id", INT), col("member_id", INT)], ("id",),
              fk("callout_id", "rescue_callout", "id"), fk("member_id", "rescue_member", "id")),
    ])  # fmt: skip


def test_a_word_names_the_table_it_covers_most_of() -> None:
    tables = team().tables
    linked_first = Catalog(tables=[tables[2], tables[1], tables[0]])  # (a tie went to the first table listed)
    assert sql("how many members are there", linked_first) == "SELECT COUNT(*) AS count FROM rescue_member"
    assert sql("list the members", linked_first).endswith("FROM rescue_member")


def test_grouping_by_a_role_key_beside_a_link_table_is_refused_unless_the_role_is_named() -> None:
    with pytest.raises(TranslationError, match="related by team_leader_id and through rescue_callout_members"):
        sql("Which member went out on the most callouts in 2024?", team())
    out = sql("Which member was the leader of the most callouts in 2024?", team())
    assert "rescue_callout.team_leader_id = rescue_member.id" in out


# ---------------------------------------------------------------- two routes as short, one through an optional key
def sweeps(optional: bool) -> Catalog:
    def key(name: str, nullable: bool = False) -> ColumnInfo:
        return ColumnInfo(name, INT, nullable=nullable)

    return Catalog(tables=[
        table("Property", [key("id"), col("town")], ("id",)),
        table("Visit", [key("id"), key("property_id"), col("visit_date", "date")], ("id",),
              fk("property_id", "Property", "id")),
        table("Appliance", [key("id"), key("property_id"), col("make")], ("id",), fk("property_id", "Property", "id")),
        table("VisitLine", [key("id"), key("appliance_id", optional), key("visit_id"), col("service")], ("id",),
              fk("appliance_id", "Appliance", "id"), fk("visit_id", "Visit", "id")),
    ])  # fmt: skip


def test_a_route_through_an_optional_key_beside_one_set_all_the_way_is_refused() -> None:
    with pytest.raises(TranslationError, match="related in more than one way"):
        sql("number of visit lines per town", sweeps(optional=True))
    assert "GROUP BY Property.town" in sql("number of visit lines per town", sweeps(optional=False))


# ---------------------------------------------------------------- dates held as the integer yyyymmdd
def sap() -> Catalog:
    return Catalog(tables=[
        table("ORDERS", [col("SORNO", INT), col("ORDDT", INT), col("SHPDT", INT), col("NETVL", NUM)], ("SORNO",)),
    ])  # fmt: skip


def sap_values() -> ValueIndex:
    return ValueIndex.from_dict({"ORDERS": {"ORDDT": [DATE_MARK + "yyyymmdd"], "SHPDT": [DATE_MARK + "yyyymmdd"]}})


def test_digits_of_days_are_told_by_their_values_and_a_dated_name() -> None:
    days = [20240115, 20250301, 20231231]
    assert epoch_kind("ORDDT", days) == epoch_kind("created_date", days) == "yyyymmdd"
    assert epoch_kind("NETVL", days) is None  # no name of a time: an amount
    assert epoch_kind("ORDDT", [20241301, 20240115]) is None  # no 13th month


def test_a_date_in_digits_is_compared_with_the_digits_of_the_day() -> None:
    out = sql("how many orders were placed in Q1 2025", sap(), sap_values())
    assert out.endswith("WHERE ORDERS.ORDDT >= 20250101 AND ORDERS.ORDDT < 20250401")


def test_a_date_in_digits_is_read_as_a_date_to_group_by_month(tmp_path: Path) -> None:
    out = sql("number of orders per month in 2024", sap(), sap_values())
    db = sqlite3.connect(tmp_path / "s.db")
    db.execute("CREATE TABLE ORDERS (SORNO INTEGER PRIMARY KEY, ORDDT INTEGER, SHPDT INTEGER, NETVL REAL)")
    db.executemany("INSERT INTO ORDERS VALUES (?, ?, NULL, 1)", [(1, 20240105), (2, 20240128), (3, 20240302),
                                                                (4, 20250102)])  # fmt: skip
    assert db.execute(out).fetchall() == [("2024-01", 2), ("2024-03", 1)]
    for dialect in ("postgres", "mysql", "duckdb", "oracle"):
        other = translate("number of orders per month in 2024", sap(), sap_values(), dialect=dialect, today=TODAY).sql
        assert ("20240101" in other and "%Y%m%d" in other) or "YYYYMMDD" in other


# ---------------------------------------------------------------- a cryptic table named by its own key
def returns_desk() -> Catalog:
    return Catalog(tables=[
        table("CUSTM", [col("CUSTNO"), col("CUSTNM")], ("CUSTNO",)),
        table("RMAHD", [col("RMANO"), col("CUSTNO"), col("STATS")], ("RMANO",), fk("CUSTNO", "CUSTM", "CUSTNO")),
        table("RMAIT", [col("RMANO"), col("RMAPS", INT), col("QTYRT", INT)], ("RMANO", "RMAPS"),
              fk("RMANO", "RMAHD", "RMANO")),
        table("CRMEM", [col("CRMNO", INT), col("RMANO"), col("CRDDT", INT), col("CRDAMT", NUM)], ("CRMNO",),
              fk("RMANO", "RMAHD", "RMANO")),
    ])  # fmt: skip


def test_a_cryptic_table_is_named_by_what_its_own_key_numbers() -> None:
    assert sql("How many RMAs are there?", returns_desk()) == "SELECT COUNT(*) AS count FROM RMAHD"


def test_a_word_that_merely_starts_like_its_key_keeps_its_name() -> None:
    from aishell.ai.offline.schema import SchemaIndex

    cat = Catalog(tables=[table("inspections", [col("insp_id", INT), col("insp_date", "date")], ("insp_id",)),
                          table("players", [col("player_id", INT), col("name")], ("player_id",))])  # fmt: skip
    index = SchemaIndex(cat)
    assert index.tables["inspections"].words == ("inspections",) and index.tables["players"].words == ("players",)


# ---------------------------------------------------------------- Salesforce's custom objects
def charity() -> Catalog:
    return Catalog(tables=[
        table("User", [col("Id"), col("Name"), col("IsActive", "boolean")], ("Id",)),
        table("Dog__c", [col("Id"), col("Name"), col("Breed__c"), col("Status__c")], ("Id",)),
        table("Placement__c", [col("Id"), col("Dog__c"), col("Start_Date__c", "date"), col("End_Date__c", "date")],
              ("Id",), fk("Dog__c", "Dog__c", "Id")),
        table("Visit__c", [col("Id"), col("Placement__c"), col("OwnerId"), col("Visit_Date__c", "date")], ("Id",),
              fk("Placement__c", "Placement__c", "Id"), fk("OwnerId", "User", "Id")),
    ])  # fmt: skip


def test_a_custom_suffix_is_no_word_of_the_name() -> None:
    assert split_identifier("Dog__c") == ["dog"] and split_identifier("End_Date__c") == ["end", "date"]
    assert split_identifier("Abc__cd") == ["abc", "cd"]
    assert sql("breakdown of all dogs by breed", charity()).endswith("GROUP BY Dog__c.Breed__c")


def test_currently_active_read_as_another_tables_flag_beside_an_own_end_date_is_refused() -> None:
    with pytest.raises(TranslationError, match="said of placement__c or of user"):
        sql("How many placements are currently active?", charity(),
            ValueIndex.from_dict({"User": {"IsActive": ["true", "false"]}}))


# ---------------------------------------------------------------- "earned the most" ranks by money
def walking() -> Catalog:
    return Catalog(tables=[
        table("walkers", [col("id", INT), col("name")], ("id",)),
        table("walks", [col("id", INT), col("walker_id", INT), col("start_time", "date"), col("price", NUM)], ("id",),
              fk("walker_id", "walkers", "id")),
    ])  # fmt: skip


@pytest.mark.parametrize("verb", ["earned", "was paid"])
def test_a_verb_of_money_before_the_most_ranks_by_the_money(verb: str) -> None:
    out = sql(f"Which walker {verb} the most in May 2025?", walking())
    assert "SUM(walks.price)" in out and out.endswith("ORDER BY SUM(walks.price) DESC LIMIT 1")


# ---------------------------------------------------------------- news told so that it is recorded
@pytest.mark.parametrize("q", [
    "Winnie's appointment on 4 June 2025 has now been paid by bank transfer",
    "Booking 12 is now confirmed",
    "Invoice 7 has just been paid.",
])  # fmt: skip
def test_a_statement_that_something_has_now_happened_is_a_write(q: str) -> None:
    assert write_request(q) == "change"


@pytest.mark.parametrize("q", [
    "Which bookings have now been paid?",
    "orders that have just been shipped",
    "list the invoices that have now been paid",
    "has invoice 7 been paid",
])  # fmt: skip
def test_a_question_about_what_has_now_happened_is_a_read(q: str) -> None:
    assert write_request(q) is None


# ---------------------------------------------------------------- "living" rows
def kennel(death: bool) -> Catalog:
    cols = [col("id", INT), col("name"), col("born_on", "date")] + ([col("died_dt", "date")] if death else [])
    return Catalog(tables=[table("dog", cols, ("id",))])


def test_living_rows_have_no_date_of_death() -> None:
    assert sql("How many living dogs do we have?", kennel(True)).endswith("WHERE dog.died_dt IS NULL")
    assert sql("How many deceased dogs are there?", kennel(True)).endswith("WHERE NOT dog.died_dt IS NULL")


def test_living_rows_with_no_date_of_death_are_refused_not_all_counted() -> None:
    with pytest.raises(TranslationError, match="dog rows are living"):
        sql("How many living dogs do we have?", kennel(False))


# ---------------------------------------------------------------- "made in 2024" dates the rows by their creation
def hires() -> Catalog:
    return Catalog(tables=[
        table("bookings", [col("id", INT), col("start_on", "date"), col("end_on", "date"), col("cancelled_at", "date"),
                           col("created_at", "date"), col("updated_at", "date")], ("id",)),
    ])  # fmt: skip


def test_the_verb_before_a_period_dates_the_rows_not_a_date_named_after_it() -> None:
    out = sql("What percentage of the bookings made in 2024 were cancelled?", hires())
    assert out.endswith("WHERE bookings.created_at >= '2024-01-01' AND bookings.created_at < '2025-01-01'")
    assert "SUM(CASE WHEN NOT bookings.cancelled_at IS NULL THEN 1 ELSE 0 END)" in out
    assert "bookings.cancelled_at >= '2024-01-01'" in sql("How many bookings were cancelled in 2024?", hires())


# ---------------------------------------------------------------- a word of a column before the rows' noun
def harps() -> Catalog:
    return Catalog(tables=[
        table("model_tbl", [col("modelId", INT), col("modelName"), col("harpType"), col("basePrice", NUM),
                            col("isDiscontinued", "boolean")], ("modelId",)),
    ])  # fmt: skip


def test_a_word_of_a_column_before_the_rows_noun_lists_no_values_of_it() -> None:
    with pytest.raises(TranslationError, match="'harp'"):  # (it listed the distinct harp types)
        sql("Which harp models have been discontinued?", harps())
    assert sql("Which harp types do we make?", harps()).startswith("SELECT DISTINCT model_tbl.harpType")


# ---------------------------------------------------------------- a later sentence's list of columns
def workshop() -> Catalog:
    return Catalog(tables=[
        table("craftsman_tbl", [col("craftsmanId", INT), col("fullName"), col("jobRole"), col("leaveDate", "date")],
              ("craftsmanId",)),
        table("repair_tbl", [col("repairId", INT), col("craftsmanId", INT), col("harpMaker"), col("serialNumber"),
                             col("receivedDate", "date"), col("completedDate", "date")], ("repairId",),
              fk("craftsmanId", "craftsman_tbl", "craftsmanId")),
    ])  # fmt: skip


def test_a_word_in_the_list_of_what_to_show_is_a_column_not_another_tables_value() -> None:
    vals = ValueIndex.from_dict({"craftsman_tbl": {"jobRole": ["MAKER", "APPRENTICE", "FINISHER"]}})
    out = sql("Which repairs are still open? Give the maker, the serial number and the received date.", workshop(),
              vals)  # fmt: skip
    assert out.startswith("SELECT repair_tbl.harpMaker, repair_tbl.serialNumber, repair_tbl.receivedDate")
    assert "MAKER" not in out
    assert "craftsman_tbl.jobRole = 'MAKER'" in sql("How many repairs were done by a maker?", workshop(), vals)


def test_forenames_and_surname_are_a_persons_name() -> None:
    cat = Catalog(tables=[table("official", [col("official_no", INT), col("forenames"), col("surname"),
                                             col("retired_on", "date")], ("official_no",))])  # fmt: skip
    assert sql("Which officials retired during 2024?", cat).startswith(
        "SELECT official.forenames, official.surname FROM official")


# ---------------------------------------------------------------- the date a row is for, not when it was recorded
def test_an_appointments_slot_dates_it_not_the_moment_it_was_booked() -> None:
    from aishell.ai.offline.schema import SchemaIndex

    def main_date(*names: str) -> str:
        cat = Catalog(tables=[table("t", [col("id", INT), *(col(n, "timestamp") for n in names)], ("id",))])
        got = SchemaIndex(cat).tables["t"].default_date()
        return got.name if got is not None else ""

    assert main_date("booked_ts", "slot_start_ts", "finished_ts") == "slot_start_ts"
    assert main_date("created_at", "scheduled_for") == "scheduled_for"
    assert main_date("created_at", "shipped_at") == "created_at"  # (no date the row is for: when it was made)
    assert main_date("slot_start_ts", "booked_ts") == "slot_start_ts"


# ---------------------------------------------------------------- a document's names, and a verb that is a key
def seeds() -> Catalog:
    return Catalog(tables=[
        table("staff", [col("_id"), col("name_first"), col("name_last"), col("email")], ("_id",)),
        table("withdrawals", [col("_id"), col("approvedBy"), col("status"), col("requestedAt", "date")], ("_id",),
              fk("approvedBy", "staff", "_id")),
    ])  # fmt: skip


def test_a_flattened_documents_name_first_and_name_last_are_a_persons_name() -> None:
    assert sql("list the staff", seeds()).startswith("SELECT staff.name_first, staff.name_last FROM staff")


def test_a_verb_naming_the_key_to_the_people_asked_about_is_never_a_status_filter() -> None:
    vals = ValueIndex.from_dict({"withdrawals": {"status": ["requested", "approved", "collected"]}})
    with pytest.raises(TranslationError, match="approved"):  # (it counted only the status 'approved')
        sql("Which member of staff has approved the most withdrawals?", seeds(), vals)


# ---------------------------------------------------------------- a percentage with no count to take it of
def test_an_average_percentage_no_column_holds_is_refused_and_its_conditions_never_dropped() -> None:
    cat = Catalog(tables=[table("germination_tests", [col("_id"), col("completedAt", "date"), col("seedsSown", INT),
                                                      col("seedsGerminated", INT), col("pretreatment")], ("_id",))])
    with pytest.raises(TranslationError, match="'percentage' is a share of"):
        sql("For finished germination tests, what is the average germination percentage for each pretreatment?", cat)


# ---------------------------------------------------------------- fixtures: a missing referee, two clubs
def fixtures() -> Catalog:
    return Catalog(tables=[
        table("club", [col("code"), col("name")], ("code",)),
        table("official", [col("official_no", INT), col("forenames"), col("surname")], ("official_no",)),
        table("fixture", [col("fixture_no", INT), col("kickoff", "timestamp"), col("home_club"), col("away_club"),
                          col("referee", INT), col("appointed_by", INT)], ("fixture_no",),
              fk("home_club", "club", "code"), fk("away_club", "club", "code"), fk("referee", "official", "official_no"),
              fk("appointed_by", "official", "official_no")),
    ])  # fmt: skip


def test_a_participle_after_a_missing_noun_says_what_is_missing_not_another_key_set() -> None:
    out = sql("Which upcoming fixtures still have no referee appointed? Show the kickoff.", fixtures())
    assert "fixture.referee IS NULL" in out and "appointed_by" not in out


def test_a_parents_name_shown_along_one_of_two_keys_is_refused() -> None:
    with pytest.raises(TranslationError, match="points to club by"):
        sql("Which upcoming fixtures have no referee? Show the kickoff and the home and away club names.", fixtures())


# ---------------------------------------------------------------- codes a column's comment explains
@pytest.mark.parametrize(("comment", "codes"), [
    ("enum status: 0 pending, 1 confirmed, 2 completed, 3 cancelled",
     {"0": "pending", "1": "confirmed", "2": "completed", "3": "cancelled"}),
    ("P = pending; C = closed", {"P": "pending", "C": "closed"}),
    ("A: active / X: cancelled", {"A": "active", "X": "cancelled"}),
    ("price in pence, VAT included", {}),
    ("the customer's email address", {}),
])  # fmt: skip
def test_the_codes_a_comment_explains(comment: str, codes: dict[str, str]) -> None:
    assert comment_codes(comment) == codes


def test_a_sqlite_columns_comment_is_read_and_its_codes_answer_questions(tmp_path: Path) -> None:
    from aishell.ai.offline import build_value_index
    from aishell.engines import connect
    from aishell.urls import DatabaseURL

    db = tmp_path / "hire.db"
    c = sqlite3.connect(db)
    c.executescript("""
        CREATE TABLE bookings (
            id INTEGER PRIMARY KEY,
            start_on TEXT NOT NULL,
            status INTEGER NOT NULL DEFAULT 0, -- enum status: 0 pending, 1 confirmed, 2 completed, 3 cancelled
            total_pence INTEGER NOT NULL);
        INSERT INTO bookings VALUES (1, '2025-07-01', 1, 10000), (2, '2025-07-02', 3, 5000), (3, '2025-08-01', 1, 1);
    """)
    c.commit()
    c.close()
    conn = connect(DatabaseURL.parse(f"sqlite:///{db}"), read_only=True)
    try:
        catalog = conn.catalog()
        assert [col.comment for col in catalog.tables[0].columns][2] == (
            "enum status: 0 pending, 1 confirmed, 2 completed, 3 cancelled")
        values = build_value_index(conn, catalog)
        out = translate("How many confirmed bookings are there?", catalog, values, dialect="sqlite", today=TODAY).sql
        assert out.endswith("WHERE bookings.status = '1'")
        assert conn.query_all(out) == [(2,)]
    finally:
        conn.close()


# ---------------------------------------------------------------- a range of months, a season, two goal columns
def league() -> Catalog:
    return Catalog(tables=[
        table("fixture", [col("fixture_no", INT), col("kickoff", "timestamp"), col("result_code"),
                          col("home_goals", INT), col("away_goals", INT)], ("fixture_no",)),
        table("batch", [col("id", INT), col("made_on", "date"), col("bars_made", INT), col("bars_rejected", INT)],
              ("id",)),
    ])  # fmt: skip


@pytest.mark.parametrize("q", [
    "How many fixtures were there from August 2024 to May 2025?",
    "How many fixtures were there in the 2024-25 season (August 2024 to May 2025)?",
    "How many fixtures were there in the 2024-25 season, August 2024 to May 2025?",
])  # fmt: skip
def test_a_range_of_months_with_their_years_and_the_season_it_names(q: str) -> None:
    assert sql(q, league()).endswith("WHERE fixture.kickoff >= '2024-08-01' AND fixture.kickoff < '2025-06-01'")


def test_a_season_with_no_dates_said_is_still_refused() -> None:
    with pytest.raises(TranslationError):
        sql("How many fixtures were there in the 2024-25 season?", league())


def test_a_word_linking_two_columns_equally_is_refused_unless_one_is_a_part_set_aside() -> None:
    with pytest.raises(TranslationError, match="home_goals, away_goals"):
        sql("How many goals were scored in 2024?", league())
    assert "SUM(batch.bars_made)" in sql("How many bars did we make in total during 2024?", league())


def test_who_did_it_is_answered_by_the_key_its_verb_names_or_refused() -> None:
    with pytest.raises(TranslationError, match="'who appointed' asks for the official of appointed_by"):
        sql("who appointed the referee for fixture 270", fixtures())


def test_a_keyless_column_named_for_a_table_and_ref_links_to_it() -> None:
    from aishell.ai.offline.schema import SchemaIndex

    cat = Catalog(tables=[table("customers", [col("id", INT), col("name")], ("id",)),
                          table("orders", [col("id", INT), col("customer_ref", INT), col("total", NUM)], ("id",))])
    edges = [(e.child, e.child_cols, e.parent) for e in SchemaIndex(cat).edges]  # fmt: skip
    assert edges == [("orders", ("customer_ref",), "customers")]
