"""Issue 14: rules learned in the seventeenth session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.schema import column_kind
from aishell.ai.offline.text import tokenize
from aishell.ai.offline.translate import Translator
from aishell.engines.base import Catalog, ColumnInfo

INT = "integer"
NUM = "numeric"


# ---------------------------------------------------------------- the time from one event of a row to another
def bike_repairs() -> Catalog:
    return Catalog(tables=[
        table("customer", [col("customer_id", INT), col("customer_name")], ("customer_id",)),
        table("repair", [col("repair_id", INT), col("customer_id", INT), col("requested_at", "timestamp"),
                         col("collected_at", "timestamp"), col("bike_weight", NUM)], ("repair_id",),
              fk("customer_id", "customer", "customer_id")),
    ])  # fmt: skip


def test_an_end_said_as_a_thing_being_done_is_that_things_date() -> None:
    out = sql(
        "On average, how many days does it take from a repair request to the bike being collected?", bike_repairs()
    )
    assert "AVG((JULIANDAY(repair.collected_at) - JULIANDAY(repair.requested_at)))" in out


def test_a_thing_being_done_that_no_date_names_is_still_refused() -> None:
    with pytest.raises(TranslationError):
        sql("On average, how many days does it take from a repair request to the bike being weighed?", bike_repairs())


# ---------------------------------------------------------------- "the total value of <rows>"
def sweeps() -> Catalog:
    return Catalog(tables=[
        table("visit", [col("visit_id", INT), col("completed_on", "date"), col("visit_total", NUM),
                        col("soot_kg", NUM)], ("visit_id",)),
        table("purchase_order", [col("po_id", INT), col("po_no"), col("raised_on", "date")], ("po_id",)),
        table("po_line", [col("line_id", INT), col("po_id", INT), col("qty", INT), col("unit_price", NUM)],
              ("line_id",), fk("po_id", "purchase_order", "po_id")),
        table("delivery", [col("delivery_id", INT), col("weight_kg", NUM), col("pallets", INT)], ("delivery_id",)),
    ])  # fmt: skip


def test_the_total_value_of_rows_is_their_one_amount() -> None:
    out = sql("What was the total value of completed visits in 2024?", sweeps())
    assert "SUM(visit.visit_total)" in out
    assert "'2024-01-01'" in out


def test_the_value_of_rows_among_several_amounts_is_the_one_called_a_total() -> None:
    bills = Catalog(tables=[
        table("bill", [col("bill_id", INT), col("issued_on", "date"), col("net_amt", NUM), col("vat_amt", NUM),
                       col("bill_total", NUM)], ("bill_id",)),
    ])  # fmt: skip
    assert "AVG(bill.bill_total)" in sql("What is the average value of the bills issued in May 2025?", bills)


def test_the_value_of_rows_without_an_amount_is_what_their_lines_come_to() -> None:
    out = sql("What is the total value of the purchase orders raised in 2025?", sweeps())
    assert "SUM(po_line.qty * po_line.unit_price)" in out


def test_the_value_of_lines_holding_a_unit_price_is_quantity_times_price() -> None:
    shop = Catalog(tables=[
        table("basket", [col("basket_id", INT), col("paid_on", "date")], ("basket_id",)),
        table("basket_item", [col("item_id", INT), col("basket_id", INT), col("quantity", INT),
                              col("unit_price", NUM)], ("item_id",), fk("basket_id", "basket", "basket_id")),
    ])  # fmt: skip
    out = sql("What was the total value of the basket items paid in 2024?", shop)
    assert "SUM(basket_item.quantity * basket_item.unit_price)" in out


def test_the_value_of_rows_with_no_money_is_refused() -> None:
    with pytest.raises(TranslationError):
        sql("What is the total value of all deliveries?", sweeps())


# ---------------------------------------------------------------- no related rows, said with a verb
def allotments() -> Catalog:
    return Catalog(tables=[
        table("gardener", [col("gardener_id", INT), col("full_name")], ("gardener_id",)),
        table("tool", [col("tool_id", INT), col("tool_name")], ("tool_id",)),
        table("tool_share", [col("gardener_id", INT), col("tool_id", INT), col("lent_since", "date")], (),
              fk("gardener_id", "gardener", "gardener_id"), fk("tool_id", "tool", "tool_id")),
        table("plot", [col("plot_id", INT), col("plot_code"), col("tenant_id", INT)], ("plot_id",),
              fk("tenant_id", "gardener", "gardener_id")),
        table("plot_year", [col("plot_id", INT), col("yr", INT), col("kg_harvested", NUM)], (),
              fk("plot_id", "plot", "plot_id")),
        table("rent_payment", [col("payment_id", INT), col("gardener_id", INT), col("amount", NUM)], ("payment_id",),
              fk("gardener_id", "gardener", "gardener_id")),
        table("tapslot", [col("booking_id", INT), col("gardener_id", INT), col("tap_number", INT)],
              ("booking_id",), fk("gardener_id", "gardener", "gardener_id")),
    ])  # fmt: skip


def test_nobody_doing_what_a_date_column_names_is_no_such_row_at_all() -> None:
    # not a share row whose lent_since is missing
    out = sql("Which tools has nobody lent?", allotments())
    assert "NOT EXISTS(SELECT 1 FROM tool_share WHERE tool_share.tool_id = tool.tool_id)" in out
    assert "IS NULL" not in out


def test_not_doing_anything_to_any_of_the_rows_is_no_such_row() -> None:
    # "harvested" names plot_year.kg_harvested, but "any of the plots" says which rows must not exist
    out = sql("Which gardeners have not harvested any of the plots?", allotments())
    assert "NOT EXISTS(SELECT 1 FROM plot WHERE plot.tenant_id = gardener.gardener_id)" in out
    assert "kg_harvested" not in out


def test_never_booked_a_thing_kept_in_another_table_is_no_row_of_that_table() -> None:
    # "booked" alone would be a sale (rent payments); the tap number says the tap slots are meant
    out = sql("List the gardeners who have never booked a tap.", allotments())
    assert "NOT EXISTS(SELECT 1 FROM tapslot WHERE tapslot.gardener_id = gardener.gardener_id)" in out
    assert "rent_payment" not in out


# ---------------------------------------------------------------- "full" said of the rows
def workshops() -> Catalog:
    return Catalog(tables=[
        table("workshop", [col("workshop_id", INT), col("title"), col("capacity", INT), col("held_on", "date")],
              ("workshop_id",)),
    ])  # fmt: skip


def test_full_said_of_the_rows_is_a_state_the_translator_must_place() -> None:
    with pytest.raises(TranslationError, match="'full'"):
        sql("Which workshops were completely full?", workshops())


def test_the_full_list_still_asks_for_every_row() -> None:
    assert "FROM workshop" in sql("Show me the full list of workshops", workshops())


# ---------------------------------------------------------------- what is sold, and what is left out of it
def toys() -> Catalog:
    return Catalog(tables=[
        table("Toys", [col("Id", INT), col("Name"), col("StockQuantity", INT)], ("Id",)),
        table("Sales", [col("Id", INT), col("Status"), col("SaleDate", "date")], ("Id",)),
        table("SaleLines", [col("Id", INT), col("SaleId", INT), col("ToyId", INT), col("Quantity", INT),
                            col("UnitPrice", NUM)], ("Id",), fk("SaleId", "Sales", "Id"), fk("ToyId", "Toys", "Id")),
    ])  # fmt: skip


TOY_VALUES = ValueIndex.from_dict({"Sales": {"Status": ["Paid", "Refunded"]}})


def test_rows_left_out_of_a_measure_over_their_lines_are_a_filter_not_a_negation() -> None:
    # toys with a refunded sale still count their other sales
    out = sql("What are the five best-selling toys, ignoring refunded sales?", toys(), TOY_VALUES)
    assert "Sales.Status <> 'Refunded'" in out
    assert "NOT EXISTS" not in out


# ---------------------------------------------------------------- legacy run-together names
def legacy() -> Catalog:
    return Catalog(tables=[
        table("CUSMAS", [col("CUSNO", INT), col("CUSNM")], ("CUSNO",)),
        table("ITMMAS", [col("ITMNO"), col("ITMDSC"), col("ITMWGT", NUM)], ("ITMNO",)),
        table("SOHDR", [col("SONO"), col("CUSNO", INT), col("SODT", "date"), col("SOSTS")], ("SONO",),
              fk("CUSNO", "CUSMAS", "CUSNO")),
        table("SOLIN", [col("SONO"), col("LINNO", INT), col("ITMNO"), col("SOQTY", INT), col("UNTPRC", NUM)], (),
              fk("SONO", "SOHDR", "SONO"), fk("ITMNO", "ITMMAS", "ITMNO")),
    ])  # fmt: skip


LEGACY_VALUES = ValueIndex.from_dict({"SOHDR": {"SONO": ["SO-1001", "SO-1002"], "SOSTS": ["OPEN", "CANCELLED"]}})


def test_an_item_without_a_name_is_shown_by_its_description() -> None:
    out = sql("Which items have never appeared on an order line?", legacy(), LEGACY_VALUES)
    assert out.startswith("SELECT ITMMAS.ITMDSC FROM ITMMAS")


def test_the_total_value_of_orders_is_what_their_lines_come_to_at_the_abbreviated_unit_price() -> None:
    out = sql("What was the total sales order value for each customer in 2024?", legacy(), LEGACY_VALUES)
    assert "SUM(SOLIN.SOQTY * SOLIN.UNTPRC)" in out
    assert "COUNT" not in out


def test_a_total_value_of_rows_holding_no_money_is_refused_not_counted() -> None:
    # neither a count of workshops nor their one number, the capacity
    with pytest.raises(TranslationError, match="value of workshop"):
        sql("What is the total workshop value?", workshops())


def test_a_code_joined_by_a_hyphen_is_one_value() -> None:
    out = sql("What is the total value of sales order SO-1002?", legacy(), LEGACY_VALUES)
    assert "SOHDR.SONO = 'SO-1002'" in out


# ---------------------------------------------------------------- a column shown from rows far away
def surf() -> Catalog:
    return Catalog(tables=[
        table("coach", [col("coach_id", INT), col("coach_name"), col("currency"), col("day_rate", NUM)], ("coach_id",)),
        table("lesson", [col("lesson_id", INT), col("coach_id", INT), col("starts_at", "timestamp")], ("lesson_id",),
              fk("coach_id", "coach", "coach_id")),
        table("surfer", [col("surfer_id", INT), col("surfer_name")], ("surfer_id",)),
        table("lesson_surfer", [col("lesson_id", INT), col("surfer_id", INT)], (),
              fk("lesson_id", "lesson", "lesson_id"), fk("surfer_id", "surfer", "surfer_id")),
        table("stay", [col("stay_id", INT), col("surfer_id", INT), col("amount_paid", NUM)], ("stay_id",),
              fk("surfer_id", "surfer", "surfer_id")),
    ])  # fmt: skip


def test_a_column_three_joins_away_is_not_shown_beside_each_row() -> None:
    values = ValueIndex.from_dict({"coach": {"currency": ["EUR", "GBP"]}})
    with pytest.raises(TranslationError, match="three or more joins away"):
        sql("Which coaches paid in EUR have a day rate above 150?", surf(), values)


# ---------------------------------------------------------------- a row inside another row of its own table
def estate() -> Catalog:
    return Catalog(tables=[
        table("space", [col("space_id", INT), col("space_name"), col("space_type"), col("parent_space_id", INT)],
              ("space_id",), fk("parent_space_id", "space", "space_id")),
    ])  # fmt: skip


ESTATE_VALUES = ValueIndex.from_dict(
    {"space": {"space_name": ["East Wing", "West Wing", "Room 101"], "space_type": ["Wing", "Room"]}}
)


def test_rows_at_a_named_row_of_their_own_table_sit_inside_it() -> None:
    out = sql("Which rooms are there in the East Wing?", estate(), ESTATE_VALUES)
    assert "space.space_type = 'Room'" in out
    assert "space.parent_space_id IN (SELECT space.space_id FROM space WHERE space.space_name = 'East Wing')" in out


# ---------------------------------------------------------------- which date a period is said of
@pytest.mark.parametrize(
    ("name", "kind"),
    [("issued_date", "number"), ("island_code", "number"), ("hash", "number"), ("is_active", "bool"),
     ("isActive", "bool"), ("IsActive", "bool"), ("IS_ACTIVE", "bool"), ("has_parking", "bool")],
)  # fmt: skip
def test_a_yes_no_name_needs_its_prefix_set_apart(name: str, kind: str) -> None:
    # "issued_date" begins with "is" but says a date, not whether the row is something
    assert column_kind(ColumnInfo(name=name, data_type="integer"), False, False) == kind


def growers() -> Catalog:
    return Catalog(tables=[
        table("grower", [col("grower_id", INT), col("grower_name"), col("joined_on", "date")], ("grower_id",)),
        table("field", [col("field_id", INT), col("grower_id", INT), col("field_name"), col("hectares", NUM)],
              ("field_id",), fk("grower_id", "grower", "grower_id")),
    ])  # fmt: skip


def test_the_date_a_party_joined_never_dates_the_rows_below_it() -> None:
    # the fields have no date: the grower's join date is not when a field was anything
    with pytest.raises(TranslationError, match="no date column"):
        sql("Which fields had more than 10 hectares in 2024?", growers())


def ledger() -> Catalog:
    return Catalog(tables=[
        table("client", [col("id", INT), col("client_name"), col("is_deleted", INT), col("deleted_at", "date")],
              ("id",)),
        table("project", [col("id", INT), col("client_id", INT), col("project_name"), col("is_deleted", INT),
                          col("deleted_at", "date")], ("id",), fk("client_id", "client", "id")),
        table("invoice", [col("id", INT), col("project_id", INT), col("issued_on", "date"), col("amount", NUM),
                          col("is_deleted", INT), col("deleted_at", "date")], ("id",),
              fk("project_id", "project", "id")),
    ])  # fmt: skip


def test_a_date_named_in_a_later_clause_does_not_date_the_period() -> None:
    # (here the translator cannot yet leave out the invoices on deleted projects, and says so)
    with pytest.raises(TranslationError, match="'projects'"):
        sql("What was the average invoice amount in 2024, leaving out deleted invoices and invoices on deleted "
            "projects?", ledger())  # fmt: skip


# ---------------------------------------------------------------- one name read as two values
def herd() -> Catalog:
    return Catalog(tables=[
        table("farm", [col("farm_id", INT), col("farm_name")], ("farm_id",)),
        table("breed", [col("breed_id", INT), col("breed_code"), col("breed_name")], ("breed_id",)),
        table("cow", [col("cow_id", INT), col("cow_name"), col("farm_id", INT), col("breed_id", INT),
                      col("dam_id", INT)], ("cow_id",), fk("farm_id", "farm", "farm_id"),
              fk("breed_id", "breed", "breed_id"), fk("dam_id", "cow", "cow_id")),
    ])  # fmt: skip


HERD_VALUES = ValueIndex.from_dict({
    "farm": {"farm_name": ["Hillcrest", "Brookside"]},
    "breed": {"breed_code": ["HOL", "JER", "AYR"], "breed_name": ["Holstein", "Jersey", "Ayrshire"]},
})  # fmt: skip


def _linked_values(question: str) -> set[str]:
    linker = Translator(herd(), HERD_VALUES).linker
    return {h.value for lk in linker.link(tokenize(question), set()) for h in lk.values}


def test_a_capitalized_name_is_no_abbreviated_code() -> None:
    # "Holly" beside "Brookside" is part of a name, never the breed code 'HOL'
    assert "HOL" not in _linked_values("How many cows does Brookside Holly have?")
    assert "Brookside" in _linked_values("How many cows does Brookside Holly have?")


def test_one_name_read_as_values_of_two_tables_is_refused() -> None:
    with pytest.raises(TranslationError, match="may be one name"):
        sql("Which cows are daughters of Hillcrest Holly?", herd(), HERD_VALUES)


# ---------------------------------------------------------------- a negation said of the counted rows
def travel() -> Catalog:
    return Catalog(tables=[
        table("traveller", [col("traveller_id", INT), col("full_name")], ("traveller_id",)),
        table("trip", [col("trip_id", INT), col("traveller_id", INT), col("trip_state"), col("booked_on", "date")],
              ("trip_id",), fk("traveller_id", "traveller", "traveller_id")),
    ])  # fmt: skip


def test_a_negation_in_a_clause_of_the_counted_rows_filters_them() -> None:
    values = ValueIndex.from_dict({"trip": {"trip_state": ["confirmed", "cancelled"]}})
    out = sql("Which travellers have more than three trips that weren't cancelled?", travel(), values)
    assert "trip.trip_state <> 'cancelled'" in out
    assert "NOT EXISTS" not in out


# ---------------------------------------------------------------- "each type of <rows>"
def stockists(kind_column: bool) -> Catalog:
    extra = [col("stockist_type")] if kind_column else [col("channel")]
    return Catalog(tables=[
        table("stockist", [col("stockist_id", INT), col("stockist_name"), *extra], ("stockist_id",)),
        table("wholesale_order", [col("order_id", INT), col("stockist_id", INT), col("order_total", NUM)],
              ("order_id",), fk("stockist_id", "stockist", "stockist_id")),
    ])  # fmt: skip


def test_each_type_of_rows_groups_by_their_column_of_kinds() -> None:
    out = sql("What is the average order total for each type of stockist?", stockists(kind_column=True))
    assert "GROUP BY stockist.stockist_type" in out


def test_each_type_of_rows_without_a_column_of_kinds_is_refused_not_grouped_row_by_row() -> None:
    with pytest.raises(TranslationError, match="says its type"):
        sql("What is the average order total for each type of stockist?", stockists(kind_column=False))


def minibuses() -> Catalog:
    return Catalog(tables=[
        table("minibus", [col("bus_id", INT), col("reg_no"), col("make_model")], ("bus_id",)),
        table("member", [col("member_id", INT), col("member_name"), col("joined_on", "date")], ("member_id",)),
        table("journey", [col("journey_id", INT), col("bus_id", INT), col("journey_date", "date"), col("miles", NUM)],
              ("journey_id",), fk("bus_id", "minibus", "bus_id")),
        table("journey_passenger", [col("journey_id", INT), col("member_id", INT)], (),
              fk("journey_id", "journey", "journey_id"), fk("member_id", "member", "member_id")),
    ])  # fmt: skip


def test_a_date_a_word_reaches_only_by_a_synonym_does_not_date_the_period() -> None:
    # "registration" is the bus's REG_NO; a member's join date (a synonym of registering) is not what 2025 dates
    out = sql("Show the registration and total miles of each minibus that made journeys in 2025.", minibuses())
    assert "journey.journey_date >= '2025-01-01'" in out
    assert "joined_on" not in out


def sweeping() -> Catalog:
    return Catalog(tables=[
        table("sweepers", [col("sw_id", INT), col("sw_reg")], ("sw_id",)),
        table("drivers", [col("dv_id", INT), col("dv_name")], ("dv_id",)),
        table("shifts", [col("sh_id", INT), col("sh_sw_id", INT), col("sh_dv_id", INT), col("sh_start", "date")],
              ("sh_id",), fk("sh_sw_id", "sweepers", "sw_id"), fk("sh_dv_id", "drivers", "dv_id")),
    ])  # fmt: skip


def test_a_gerund_before_the_rows_counted_only_qualifies_them() -> None:
    # "sweeping shifts" are shifts: counted, not the sweepers the word resembles
    out = sql("Which driver did the most sweeping shifts?", sweeping())
    assert "COUNT(*)" in out
    assert "sweepers" not in out


# ---------------------------------------------------------------- terse names of people and periods
def lawns() -> Catalog:
    return Catalog(tables=[
        table("tech", [col("tech_id", INT), col("tech_fnm"), col("tech_lnm")], ("tech_id",)),
        table("vst", [col("vst_id", INT), col("tech_id", INT), col("vst_dt", "date"), col("dur_min", INT)],
              ("vst_id",), fk("tech_id", "tech", "tech_id")),
        table("sub", [col("sub_id", INT), col("pln_nm"), col("strt_dt", "date"), col("end_dt", "date"),
                      col("ann_fee_amt", NUM)], ("sub_id",)),
    ])  # fmt: skip


def test_fnm_and_lnm_are_a_persons_first_and_last_name() -> None:
    out = sql("What's the average visit length in minutes for each technician?", lawns())
    assert out.startswith("SELECT tech.tech_fnm, tech.tech_lnm, AVG(vst.dur_min)")


def test_a_yearly_fee_kept_as_ann_fee_is_no_grouping_by_year() -> None:
    try:
        out = sql("What is the yearly fee income from plans that are still running, broken down by plan?", lawns())
    except TranslationError as exc:
        out = str(exc)
    assert "STRFTIME('%Y'" not in out


# ---------------------------------------------------------------- a thing's own year, and counts that are always 1
def appliances() -> Catalog:
    return Catalog(tables=[
        table("engineer", [col("engineer_id", INT), col("full_name")], ("engineer_id",)),
        table("appliance", [col("appliance_id", INT), col("appliance_type"), col("model_year", INT)],
              ("appliance_id",)),
        table("repair", [col("repair_id", INT), col("appliance_id", INT), col("engineer_id", INT),
                         col("visit_on", "date"), col("outcome")], ("repair_id",),
              fk("appliance_id", "appliance", "appliance_id"), fk("engineer_id", "engineer", "engineer_id")),
    ])  # fmt: skip


def test_a_things_model_year_dates_no_event_of_its_rows() -> None:
    values = ValueIndex.from_dict({"repair": {"outcome": ["fixed", "scrapped"]}})
    try:
        out = sql("Which engineer fixed the most appliances in 2024?", appliances(), values)
    except TranslationError as exc:
        out = str(exc)
    assert "model_year" not in out


def test_a_distinct_count_of_the_grouped_column_is_refused() -> None:
    blinds = Catalog(tables=[
        table("orders", [col("orderId", INT), col("orderedOn", "date")], ("orderId",)),
        table("orderItems", [col("itemId", INT), col("orderId", INT), col("blindType"), col("widthMm", INT)],
              ("itemId",), fk("orderId", "orders", "orderId")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="gives 1 each"):
        sql("Across all orders, how many blinds of each type have been ordered?", blinds)


# ---------------------------------------------------------------- a verb read as a column of many rows
def decorating() -> Catalog:
    return Catalog(tables=[
        table("paint", [col("paint_id", INT), col("colour_name"), col("finish")], ("paint_id",)),
        table("job", [col("job_id", INT), col("job_type"), col("started_on", "date")], ("job_id",)),
        table("job_paint", [col("job_id", INT), col("paint_id", INT), col("tins_used", INT)], (),
              fk("job_id", "job", "job_id"), fk("paint_id", "paint", "paint_id")),
    ])  # fmt: skip


def test_a_verb_read_as_a_column_of_many_rows_is_not_shown_beside_each_row() -> None:
    values = ValueIndex.from_dict({"paint": {"finish": ["Gloss", "Matt"]}, "job": {"job_type": ["Woodwork", "Walls"]}})
    with pytest.raises(TranslationError, match="'used' reads as job_paint.tins_used"):
        sql("Which gloss paints have been used on woodwork jobs?", decorating(), values)


def test_a_having_count_of_the_grouped_key_is_refused() -> None:
    fencing = Catalog(tables=[
        table("people", [col("person_id", INT), col("full_name")], ("person_id",)),
        table("jobs", [col("job_id", INT), col("customer_id", INT), col("referrer_id", INT), col("quoted", NUM)],
              ("job_id",), fk("customer_id", "people", "person_id"), fk("referrer_id", "people", "person_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="gives 1 each"):
        sql("Which customers have had more than three jobs with us?", fencing)


# ---------------------------------------------------------------- the rows a value qualifies are what is counted
def monitoring() -> Catalog:
    return Catalog(tables=[
        table("station", [col("station_id", INT), col("station_name"), col("city")], ("station_id",)),
        table("maint_visit", [col("visit_id", INT), col("station_id", INT), col("visit_type_desc"),
                                col("visit_date", "date")], ("visit_id",), fk("station_id", "station", "station_id")),
    ])  # fmt: skip


def test_how_many_value_rows_counts_those_rows_not_the_place_named_later() -> None:
    values = ValueIndex.from_dict({"maint_visit": {"visit_type_desc": ["Calibration", "Repair"]},
                                   "station": {"city": ["Leeds", "York"]}})  # fmt: skip
    out = sql("How many calibration visits have been carried out at Leeds stations?", monitoring(), values)
    assert out.startswith("SELECT COUNT(*) AS count FROM maint_visit")


# ---------------------------------------------------------------- "so far"
def quizzes() -> Catalog:
    return Catalog(tables=[
        table("venue", [col("venue_id", INT), col("venue_name"), col("town")], ("venue_id",)),
        table("quiz_night", [col("quiz_id", INT), col("venue_id", INT), col("held_on", "date")], ("quiz_id",),
              fk("venue_id", "venue", "venue_id")),
        table("question_pack", [col("pack_id", INT), col("topic")], ("pack_id",)),
    ])  # fmt: skip


def test_so_far_ending_the_question_is_up_to_today() -> None:
    out = sql("How many quiz nights has each town had so far?", quizzes())
    assert "quiz_night.held_on < '2025-06-16'" in out


def test_so_far_over_rows_with_no_date_is_every_row() -> None:
    assert "WHERE" not in sql("How many question packs do we have so far?", quizzes())


def test_one_of_the_rows_is_no_number() -> None:
    karting = Catalog(tables=[
        table("driver", [col("driver_id", INT), col("driver_name")], ("driver_id",)),
        table("kart", [col("kart_id", INT), col("kart_class")], ("kart_id",)),
        table("entry", [col("entry_id", INT), col("driver_id", INT), col("kart_id", INT)], ("entry_id",),
              fk("driver_id", "driver", "driver_id"), fk("kart_id", "kart", "kart_id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"kart": {"kart_class": ["Junior", "Senior"]}})
    out = sql("How many different drivers have driven one of the junior karts?", karting, values)
    assert "= 1" not in out
    assert "kart.kart_class = 'Junior'" in out


def test_a_verb_read_as_a_column_of_many_rows_is_not_grouped_by_either() -> None:
    chocolate = Catalog(tables=[
        table("product", [col("product_id", INT), col("product_name")], ("product_id",)),
        table("ingredient", [col("ingredient_id", INT), col("ingredient_name")], ("ingredient_id",)),
        table("recipe_line", [col("product_id", INT), col("ingredient_id", INT), col("grams", NUM)], (),
              fk("product_id", "product", "product_id"), fk("ingredient_id", "ingredient", "ingredient_id")),
        table("batch", [col("batch_id", INT), col("product_id", INT), col("made_dt", "date")], ("batch_id",),
              fk("product_id", "product", "product_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="'made' reads as batch.made_dt"):
        sql("Which products are made with more than 6 ingredients?", chocolate)


def test_a_column_of_rows_that_only_share_a_parent_is_not_shown() -> None:
    warehouse = Catalog(tables=[
        table("merchant", [col("merchant_id", INT), col("merchant_name")], ("merchant_id",)),
        table("sku", [col("sku_id", INT), col("merchant_id", INT), col("title"), col("storage_type")], ("sku_id",),
              fk("merchant_id", "merchant", "merchant_id")),
        table("inbound_receipt", [col("receipt_id", INT), col("merchant_id", INT), col("pallets", INT)],
              ("receipt_id",), fk("merchant_id", "merchant", "merchant_id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"merchant": {"merchant_name": ["Cloud Nine Pillows"]}})
    with pytest.raises(TranslationError, match="only share a merchant"):
        sql("Which of Cloud Nine Pillows' SKUs are stored on pallets?", warehouse, values)


def test_a_later_sentence_says_which_columns_of_the_group_to_show() -> None:
    stamps = Catalog(tables=[
        table("swap_meet", [col("meet_id", INT), col("venue_name"), col("meet_date", "date")], ("meet_id",)),
        table("trade", [col("trade_id", INT), col("meet_id", INT), col("stamp_count", INT)], ("trade_id",),
              fk("meet_id", "swap_meet", "meet_id")),
    ])  # fmt: skip
    out = sql("How many trades took place at each swap meet in 2024? Show the meet date and the number.", stamps)
    assert out.startswith("SELECT swap_meet.meet_date, COUNT(*)")
    assert "venue_name" not in out


def test_how_many_hours_of_flagged_rows_adds_their_hours_up() -> None:
    timesheets = Catalog(tables=[
        table("timesheet", [col("entry_id", INT), col("work_date", "date"), col("hours", NUM),
                            col("is_billable", INT)], ("entry_id",)),
    ])  # fmt: skip
    out = sql("How many billable hours were logged last month?", timesheets)
    assert out.startswith("SELECT SUM(timesheet.hours)")
    assert "timesheet.is_billable = 1" in out


def test_a_word_paired_with_a_tested_value_is_not_dropped() -> None:
    bar = Catalog(tables=[
        table("menu_item", [col("item_id", INT), col("item_name"), col("category")], ("item_id",)),
        table("tab_line", [col("line_id", INT), col("item_id", INT), col("sold_on", "date"), col("line_total", NUM)],
              ("line_id",), fk("item_id", "menu_item", "item_id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"menu_item": {"category": ["Food", "Soft Drinks", "Beer"]}})
    with pytest.raises(TranslationError, match="'drink'"):
        sql("How much was spent on food and drink last month?", bar, values)


def test_rows_that_came_in_are_dated_by_when_they_arrived_not_their_planned_slot() -> None:
    glazing = Catalog(tables=[
        table("job", [col("id_job", INT), col("txt_job_type"), col("dt_ordered", "date"), col("dt_scheduled", "date"),
                      col("dt_fitted", "date")], ("id_job",)),
    ])  # fmt: skip
    assert "job.dt_ordered >= '2025-05-01'" in sql("How many jobs came in last month?", glazing)


def test_a_noun_reaching_a_table_of_pairs_names_the_table_the_pairs_point_to() -> None:
    counselling = Catalog(tables=[
        table("counsellors", [col("counsellor_id", INT), col("full_name")], ("counsellor_id",)),
        table("therapy_types", [col("therapy_id", INT), col("therapy_name")], ("therapy_id",)),
        table("counsellor_therapies", [col("counsellor_id", INT), col("therapy_id", INT)], ("counsellor_id", "therapy_id"),
              fk("counsellor_id", "counsellors", "counsellor_id"), fk("therapy_id", "therapy_types", "therapy_id")),
        table("sessions", [col("session_id", INT), col("counsellor_id", INT), col("therapy_id", INT), col("status")],
              ("session_id",), fk("counsellor_id", "counsellors", "counsellor_id"),
              fk("therapy_id", "therapy_types", "therapy_id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"sessions": {"status": ["attended", "missed"]}})
    out = sql("What are the three therapies with the most attended sessions?", counselling, values)
    assert out.startswith("SELECT therapy_types.therapy_name, COUNT(*)")
    assert "counsellor_therapies" not in out


def test_a_verb_naming_dates_of_several_tables_dates_the_subjects_own() -> None:
    registry = Catalog(tables=[
        table("oppositions", [col("oppositionId", INT), col("markId", INT), col("filedOn", "date")],
              ("oppositionId",), fk("markId", "tradeMarks", "markId")),
        table("tradeMarks", [col("markId", INT), col("markText"), col("filedOn", "date")], ("markId",)),
    ])  # fmt: skip
    out = sql("How many trade marks were filed in 2024?", registry)
    assert "tradeMarks.filedOn >= '2024-01-01'" in out
    assert "oppositions" not in out


def test_a_total_of_a_price_per_unit_is_refused() -> None:
    lights = Catalog(tables=[
        table("part", [col("partId", INT), col("partName"), col("unitCost", NUM)], ("partId",)),
        table("repairVisit", [col("visitId", INT), col("visitDate", "date")], ("visitId",)),
        table("visitPart", [col("visitId", INT), col("partId", INT), col("quantity", INT)], (),
              fk("visitId", "repairVisit", "visitId"), fk("partId", "part", "partId")),
    ])  # fmt: skip
    try:
        out = sql("What was the total cost of parts used on repair visits in April 2025?", lights)
    except TranslationError as exc:
        out = str(exc)
    assert "SUM(part.unitCost)" not in out


def test_a_month_is_never_compared_with_a_year_column() -> None:
    poets = Catalog(tables=[
        table("poets", [col("pt_id", INT), col("pt_name"), col("pt_first_slam_year", INT)], ("pt_id",)),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="holds a year"):
        sql("How many poets first slammed in March 2025?", poets)
