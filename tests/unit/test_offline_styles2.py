"""Issue 14: rules learned from the seventeenth to twentieth blind corpora (engineers' units and codes, dbt
warehouses, undeclared keys, spreadsheet imports).  Each test builds its own tiny catalog; the point is the
rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.ai.offline.translate import write_request
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, IndexInfo, TableInfo

INT = "integer"


def table(name: str, cols: list[ColumnInfo], pk: tuple[str, ...], *fks: ForeignKey,
          unique: tuple[str, ...] = ()) -> TableInfo:  # fmt: skip
    indexes = [IndexInfo(f"{name}_{c}_key", (c,), unique=True) for c in unique]
    return TableInfo(name, columns=cols, primary_key=pk, foreign_keys=list(fks), indexes=indexes)


# ---------------------------------------------------------------- write requests
@pytest.mark.parametrize(
    "q",
    [
        "A-1044 cancelled today, please record the churn on their account",
        "the Season 7 Battle Pass should cost 7.99 from now on",
        "please give TK-50164 to AG-03",
        "going forward the basic plan costs 12 dollars",
    ],
)
def test_requests_to_change_data_are_seen(q: str) -> None:
    assert write_request(q) is not None


@pytest.mark.parametrize(
    "q", ["give the count of orders to date", "give me the orders to Paris", "which orders should be shipped today"]
)
def test_reads_are_not_write_requests(q: str) -> None:
    assert write_request(q) is None


# ---------------------------------------------------------------- a dbt warehouse
def warehouse() -> Catalog:
    return Catalog(
        tables=[
            table("dim_customers", [col("customer_key", INT), col("company_name"), col("segment"), col("country_code")],
                  ("customer_key",)),
            table("fct_tickets", [col("ticket_sk", INT), col("ticket_id"), col("customer_key", INT), col("priority"),
                                  col("status")], ("ticket_sk",), fk("customer_key", "dim_customers", "customer_key"),
                  unique=("ticket_id",)),
            table("fct_conversions", [col("conversion_sk", INT), col("customer_key", INT), col("conversion_type"),
                                      col("revenue_usd", "real")], ("conversion_sk",),
                  fk("customer_key", "dim_customers", "customer_key")),
        ]
    )  # fmt: skip


def warehouse_values() -> ValueIndex:
    return ValueIndex.from_dict({
        "dim_customers": {"segment": ["enterprise", "smb"], "country_code": ["GB", "FR"]},
        "fct_tickets": {"priority": ["high", "low"], "status": ["open", "solved"]},
        "fct_conversions": {"conversion_type": ["purchase", "signup"]},
    })  # fmt: skip


def test_dbt_prefixes_leave_the_tables_noun() -> None:
    out = sql("high priority tickets from enterprise customers", warehouse(), warehouse_values())
    assert "FROM fct_tickets" in out and "fct_tickets.priority = 'high'" in out and "EXISTS" not in out
    assert "fct_tickets.ticket_id" in out  # the unique text id beside the surrogate key names a ticket


def test_a_condition_on_the_summed_rows_applies_to_them_not_to_an_exists() -> None:
    out = sql("purchase revenue from UK customers", warehouse(), warehouse_values())
    assert "SUM(fct_conversions.revenue_usd)" in out and "fct_conversions.conversion_type = 'purchase'" in out
    assert "EXISTS" not in out


def test_a_list_of_revenue_values_is_not_summed() -> None:
    assert "SUM(" not in sql("list conversions with their revenue", warehouse(), warehouse_values())


def test_a_verb_before_a_table_noun_is_the_event_not_a_stored_state() -> None:
    out = sql("customers who have never opened a ticket", warehouse(), warehouse_values())
    assert "NOT EXISTS" in out and "status" not in out


def test_another_things_code_is_not_the_rows_name() -> None:
    cat = Catalog(tables=[table("sellers", [col("seller_key", INT), col("country_code"), col("shop_name")],
                                ("seller_key",))])  # fmt: skip
    out = sql("list the sellers", cat)
    assert "sellers.shop_name" in out and "country_code" not in out


# ---------------------------------------------------------------- an engineer's schema
def plant() -> Catalog:
    return Catalog(
        tables=[
            table("sensor", [col("sensor_id", INT), col("serial_no")], ("sensor_id",), unique=("serial_no",)),
            table("reading", [col("reading_id", INT), col("sensor_id", INT), col("temp_c", "real"), col("kwh", "real")],
                  ("reading_id",), fk("sensor_id", "sensor", "sensor_id")),
            table("tank", [col("tank_id", INT), col("tank_cd"), col("alarm_cd")], ("tank_id",), unique=("tank_cd",)),
            table("server", [col("server_id", INT), col("hostname"), col("os_nm"), col("owner_team"),
                             col("purchase_cents", INT)], ("server_id",)),
            table("engineer", [col("eng_id", INT), col("eng_nm"), col("team")], ("eng_id",)),
            table("incident", [col("incident_id", INT), col("server_id", INT), col("assignee_id", INT)], ("incident_id",),
                  fk("server_id", "server", "server_id"), fk("assignee_id", "engineer", "eng_id")),
            table("analyzer", [col("analyzer_id", INT), col("analyzer_nm"), col("calibrated_dt", "date")],
                  ("analyzer_id",)),
        ]
    )  # fmt: skip


def test_a_level_is_ranked_by_its_highest_value_never_its_sum() -> None:
    out = sql("which sensor recorded the highest temperature ever", plant())
    assert "MAX(reading.temp_c)" in out and "SUM(" not in out


def test_an_amount_is_still_ranked_by_its_sum() -> None:
    assert "SUM(reading.kwh)" in sql("top sensor by kwh", plant())


def test_ranking_rows_by_a_level_of_other_rows_without_a_superlative_is_refused() -> None:
    with pytest.raises(TranslationError, match="does not add up"):
        sql("top 3 sensors by temperature", plant())


def test_last_before_a_bounded_date_is_the_date_not_a_ranking() -> None:
    out = sql("analyzers last calibrated before May 2025", plant())
    assert "analyzer.calibrated_dt < '2025-05-01'" in out and "LIMIT" not in out


def test_a_run_together_name_and_a_unique_code_name_the_row() -> None:
    assert sql("list the servers", plant()).startswith("SELECT server.hostname FROM")
    assert sql("list the tanks", plant()).startswith("SELECT tank.tank_cd FROM")


def test_the_subjects_own_column_holds_a_value_a_word_names() -> None:
    values = ValueIndex.from_dict({"server": {"owner_team": ["ml", "web"]}, "engineer": {"team": ["ml", "web"]}})
    out = sql("the ml team's servers", plant(), values)
    assert "server.owner_team = 'ml'" in out and "engineer" not in out


# ---------------------------------------------------------------- states, inclusions, literals
def shop() -> Catalog:
    return Catalog(
        tables=[
            table("items", [col("item_key", INT), col("item_name"), col("item_type")], ("item_key",)),
            table("purchases", [col("purchase_id", INT), col("item_key", INT), col("amount_usd", "real"),
                                col("is_refunded", INT)], ("purchase_id",), fk("item_key", "items", "item_key")),
            table("listings", [col("listing_id", INT), col("title"), col("delisted_at", "timestamp")], ("listing_id",)),
            table("owners", [col("owner_no", INT), col("given_name"), col("surname")], ("owner_no",)),
            table("animals", [col("animal_id", INT), col("owner_no", INT), col("species"), col("born", "date")],
                  ("animal_id",), fk("owner_no", "owners", "owner_no")),
            table("recipes", [col("recipe_id", INT), col("title"), col("cook_minutes", INT)], ("recipe_id",)),
        ]
    )  # fmt: skip


def test_a_state_said_to_be_included_is_no_condition() -> None:
    values = ValueIndex.from_dict({"purchases": {"is_refunded": ["0", "1"]}, "items": {"item_type": ["skin", "pass"]}})
    out = sql("revenue per item type (refunds included)", shop(), values)
    assert "SUM(purchases.amount_usd)" in out and "is_refunded" not in out


def test_still_live_rows_have_no_end_date() -> None:
    assert "listings.delisted_at IS NULL" in sql("how many listings are still live", shop())


def test_a_lower_case_word_is_no_persons_name() -> None:
    """'rabbit' is a species of animals, which no key links to owners: the words are then a literal, and a
    word typed in lower case is not taken for an owner's given name."""
    cat = Catalog(tables=[t for t in shop().tables if t.name != "animals"]
                  + [table("animals", [col("animal_id", INT), col("owner_no", INT), col("species")], ("animal_id",))])  # fmt: skip
    with pytest.raises(TranslationError, match="not a name"):
        sql("owners with a rabbit", cat, ValueIndex.from_dict({"animals": {"species": ["rabbit", "dog"]}}))


def test_a_word_is_no_date() -> None:
    with pytest.raises(TranslationError):
        sql("animals born for pantos", shop())


def test_a_negation_no_rule_reads_is_refused() -> None:
    with pytest.raises(TranslationError, match="'no'"):
        sql("no-cook recipes", shop())


# ---------------------------------------------------------------- a spreadsheet import
def spreadsheet() -> Catalog:
    return Catalog(
        tables=[
            table("Neighborhoods", [col("Neighborhood ID", INT), col("Neighborhood"), col("Population"),
                                    col("Zip Code")], ("Neighborhood ID",)),
            table("Service Requests", [col("Request #", INT), col("Neighborhood ID", INT), col("Status"),
                                       col("Score"), col("Closed Date")], ("Request #",),
                  fk("Neighborhood ID", "Neighborhoods", "Neighborhood ID")),
            table("Agents", [col("Agent ID", INT), col("Agent Name"), col("Title"), col("Manager ID", INT)],
                  ("Agent ID",), fk("Manager ID", "Agents", "Agent ID")),
            table("Listings", [col("Listing ID", INT), col("Agent ID", INT), col("Status")], ("Listing ID",),
                  fk("Agent ID", "Agents", "Agent ID")),
        ]
    )  # fmt: skip


def spreadsheet_values() -> ValueIndex:
    from aishell.ai.offline.values import DATE_MARK, text_traits

    assert text_traits(["12", "", "7.5", "30"]) == [TRAIT + "blank", TRAIT + "number"]
    assert text_traits(["02134", "60614", "10001"]) == []  # a leading zero: codes, not numbers
    return ValueIndex.from_dict({
        "Neighborhoods": {"Population": text_traits(["8100", "12000", "950"]), "Zip Code": ["02134", "60614"]},
        "Service Requests": {"Status": ["Closed", "Duplicate", "Open"], "Score": text_traits(["9", "17", "", "88"]),
                             "Closed Date": [DATE_MARK + "iso", TRAIT + "blank"]},
        "Agents": {"Title": ["CFO", "Agent"]},
        "Listings": {"Status": ["Active", "Sold"]},
    })  # fmt: skip


TRAIT = "\x00trait:"


def test_numbers_held_as_text_are_summed_and_compared_as_numbers() -> None:
    values = spreadsheet_values()
    assert "SUM(CAST(Neighborhoods.Population AS REAL))" in sql("total population of all neighborhoods",
                                                                spreadsheet(), values)  # fmt: skip
    out = sql("requests with a score under 20", spreadsheet(), values)
    assert "CAST(NULLIF(\"Service Requests\".Score, '') AS REAL) < 20" in out  # '' is missing, not 0
    out = sql("neighborhoods with zip code 60614", spreadsheet(), values)
    assert "\"Zip Code\" = '60614'" in out and "CAST" not in out  # a code stays text


def test_an_empty_string_is_missing_and_a_closing_date_says_closed() -> None:
    out = sql("how many requests haven't been closed yet", spreadsheet(), spreadsheet_values())
    assert "(\"Service Requests\".\"Closed Date\" IS NULL OR \"Service Requests\".\"Closed Date\" = '')" in out
    assert "Status" not in out  # 'Duplicate' requests were closed too


def test_a_column_named_as_its_table_is_the_rows_name() -> None:
    out = sql("requests per neighborhood", spreadsheet(), spreadsheet_values())
    assert out.startswith("SELECT Neighborhoods.Neighborhood, COUNT(*)")


def test_a_breakdown_is_a_count_per_value() -> None:
    out = sql("status breakdown of requests", spreadsheet(), spreadsheet_values())
    assert "COUNT(*)" in out and 'GROUP BY "Service Requests".Status' in out


def test_a_rate_per_a_number_of_rows_is_refused() -> None:
    with pytest.raises(TranslationError, match="per 1,000"):
        sql("which neighborhood has the most requests per 1,000 residents", spreadsheet(), spreadsheet_values())


def test_reporting_to_a_row_named_by_a_stored_value() -> None:
    out = sql("who reports to the CFO", spreadsheet(), spreadsheet_values())
    assert 'Agents."Manager ID" IN (SELECT Agents."Agent ID" FROM Agents WHERE Agents.Title = \'CFO\')' in out


def test_rows_said_to_be_missing_show_none_of_their_columns() -> None:
    out = sql("agents without any active listings", spreadsheet(), spreadsheet_values())
    assert out.startswith('SELECT Agents."Agent Name" FROM Agents WHERE NOT EXISTS')


def test_a_row_named_by_its_kind_is_ranked_not_aggregated() -> None:
    cat = Catalog(tables=[table("fleet", [col("car_id", INT), col("reg_plate"), col("cls"), col("daily_rate", "real")],
                                ("car_id",), unique=("reg_plate",))])  # fmt: skip
    out = sql("the SUV with the highest daily rate", cat, ValueIndex.from_dict({"fleet": {"cls": ["SUV", "VAN"]}}))
    assert "ORDER BY fleet.daily_rate DESC LIMIT 1" in out and "MAX(" not in out


# ---------------------------------------------------------------- wide tables, attribute tables
def wide() -> Catalog:
    return Catalog(
        tables=[
            table("sites", [col("id", INT), col("name"), col("city")], ("id",)),
            table("device_models", [col("id", INT), col("model_name")], ("id",)),
            table("devices", [col("id", INT), col("serial_no"), col("site_id", INT), col("model_id", INT),
                              col("site_name"), col("model_name"), col("owner_email"), col("tag1"), col("tag2"),
                              col("tag3"), col("status")], ("id",), fk("site_id", "sites", "id"),
                  fk("model_id", "device_models", "id"), unique=("serial_no",)),
            table("device_settings", [col("id", INT), col("device_id", INT), col("setting_key"),
                                      col("setting_value")], ("id",), fk("device_id", "devices", "id")),
            table("alerts", [col("id", INT), col("device_id", INT), col("alert_type")], ("id",),
                  fk("device_id", "devices", "id")),
        ]
    )  # fmt: skip


def wide_values() -> ValueIndex:
    return ValueIndex.from_dict({
        "devices": {"tag1": ["critical", "lab"], "tag2": ["critical", "spare"], "tag3": ["lab"],
                    "status": ["ON", "OFF"]},
        "device_settings": {"setting_key": ["mode", "volume"], "setting_value": ["eco", "loud"]},
        "alerts": {"alert_type": ["offline", "battery"]},
    })  # fmt: skip


def test_a_value_of_a_numbered_column_group_is_looked_for_in_every_column() -> None:
    out = sql("devices tagged critical", wide(), wide_values())
    assert "(devices.tag1 = 'critical' OR devices.tag2 = 'critical' OR devices.tag3 = 'critical')" in out
    assert out.startswith("SELECT devices.serial_no")  # the device's own code, not its site's or model's name


def test_an_attribute_table_is_refused() -> None:
    with pytest.raises(TranslationError, match="attribute"):
        sql("devices set to eco mode", wide(), wide_values())


def test_a_state_said_of_the_rows_is_not_read_from_rows_below_them() -> None:
    with pytest.raises(TranslationError, match="not of devices"):
        sql("how many devices are offline", wide(), wide_values())


def test_an_outcome_verb_keeps_its_stored_outcome() -> None:
    cat = Catalog(tables=[
        table("vehicles", [col("id", INT), col("plate")], ("id",), unique=("plate",)),
        table("inspections", [col("id", INT), col("vehicle_id", INT), col("result"), col("inspected_on", "date")],
              ("id",), fk("vehicle_id", "vehicles", "id")),
    ])  # fmt: skip
    out = sql("vehicles that failed an inspection in 2024", cat,
              ValueIndex.from_dict({"inspections": {"result": ["PASS", "FAIL"]}}))  # fmt: skip
    assert "inspections.result = 'FAIL'" in out and "EXISTS" in out


def test_a_negated_yes_no_of_rows_below_tests_it() -> None:
    cat = Catalog(tables=[
        table("players", [col("id", INT), col("full_name")], ("id",)),
        table("player_seasons", [col("id", INT), col("player_id", INT), col("all_star", INT)], ("id",),
              fk("player_id", "players", "id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"player_seasons": {"all_star": ["0", "1"]}})
    out = sql("players who have never been an all-star", cat, values)
    assert "NOT EXISTS(SELECT 1 FROM player_seasons WHERE player_seasons.player_id = players.id AND " in out
    assert "player_seasons.all_star = 1" in out


def test_by_after_a_participle_names_who_did_it_not_a_group() -> None:
    cat = Catalog(tables=[
        table("respondents", [col("id", INT), col("is_manager", "boolean")], ("id",)),
        table("responses", [col("id", INT), col("respondent_id", INT), col("nps_score", INT)], ("id",),
              fk("respondent_id", "respondents", "id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("average nps score given by managers", cat)  # never grouped by is_manager


def test_how_many_never_sums_money_and_a_change_over_time_is_refused() -> None:
    cat = Catalog(tables=[table("orders_flat", [col("id", INT), col("line_total", "real"), col("list_price", "real"),
                                                col("ordered_on", "date")], ("id",))])  # fmt: skip
    with pytest.raises(TranslationError, match="amount of money"):
        sql("how many lines were ordered", cat)
    with pytest.raises(TranslationError, match="'went'"):
        sql("orders whose list price went up in 2025", cat)


def test_a_persons_dates_never_date_the_rows_below_them() -> None:
    cat = Catalog(tables=[
        table("employees", [col("id", INT), col("first_name"), col("last_name"), col("birth_date", "date"),
                            col("hire_date", "date")], ("id",)),
        table("bonuses", [col("id", INT), col("employee_id", INT), col("amount", "real")], ("id",),
              fk("employee_id", "employees", "id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("total bonus amount paid in 2024", cat)


def brewery() -> Catalog:
    return Catalog(tables=[
        table("batch", [col("batch_id", INT), col("batch_no"), col("volume_l", "real")], ("batch_id",),
              unique=("batch_no",)),
        table("ingredient", [col("ingredient_id", INT), col("ingr_nm"), col("ingr_type"),
                             col("cost_cents_per_kg", INT)], ("ingredient_id",)),
        table("batch_ingredient", [col("batch_id", INT), col("ingredient_id", INT), col("weight_g", INT)],
              ("batch_id", "ingredient_id"), fk("batch_id", "batch", "batch_id"),
              fk("ingredient_id", "ingredient", "ingredient_id")),
        table("walks", [col("id", INT), col("batch_id", INT), col("status"), col("duration_min", INT)], ("id",),
              fk("batch_id", "batch", "batch_id")),
    ])  # fmt: skip


def test_a_total_in_a_unit_is_the_one_quantity_in_that_unit() -> None:
    values = ValueIndex.from_dict({"ingredient": {"ingr_type": ["HOP", "MALT"]}})
    out = sql("total kg of hops used across all batches", brewery(), values)
    assert "SUM(batch_ingredient.weight_g)" in out and "/ 1000.0" in out  # grams shown in kg, never the price per kg


def test_a_participle_before_the_rows_is_a_state_the_query_must_test() -> None:
    values = ValueIndex.from_dict({"walks": {"status": ["ok", "cancelled"]}})
    with pytest.raises(TranslationError, match="'completed'"):
        sql("total minutes of completed walks", brewery(), values)
    # 'done' is another word for the same state: tested, not dropped
    values = ValueIndex.from_dict({"walks": {"status": ["done", "cancelled"]}})
    assert "walks.status = 'done'" in sql("total minutes of completed walks", brewery(), values)


def test_rows_per_a_secondary_name_are_counted() -> None:
    """batch_no names a batch and brewer_nm is shown beside it; "per brewer" still groups and counts."""
    cat = Catalog(tables=[table("batch", [col("batch_id", INT), col("batch_no"), col("brewer_nm")], ("batch_id",),
                                unique=("batch_no",))])  # fmt: skip
    out = sql("batches per brewer", cat)
    assert "COUNT(*)" in out and "GROUP BY batch.brewer_nm" in out


# ---------------------------------------------------------------- chat messages, time-heavy schemas
def test_a_chat_messages_wrapper_and_filler_sentences_are_dropped() -> None:
    from aishell.ai.offline.translate import _plain_request

    assert _plain_request("Quick one: how many donors are there?") == "how many donors are there?"
    assert _plain_request("Could you pull up the list of our VIP guests? First and last names are fine.") == (
        "list our VIP guests?"
    )
    assert _plain_request("Can I get the # of inspections that failed this year?") == (
        "number of inspections that failed this year?"
    )
    kept = "Total volunteer hours per campaign? Only the campaigns that had volunteers, please."
    assert _plain_request(kept) == "Total volunteer hours per campaign? Only the campaigns that had volunteers"
    assert write_request("discharge Rosa Yilmaz home as of now") == "discharge"


def hospital() -> Catalog:
    return Catalog(tables=[
        table("patients", [col("id", INT), col("first_name"), col("last_name"), col("birth_date", "date")], ("id",)),
        table("admissions", [col("id", INT), col("patient_id", INT), col("discharge_to"),
                             col("admitted_at", "timestamp")], ("id",), fk("patient_id", "patients", "id")),
        table("calls", [col("id", INT), col("outcome"), col("wait_seconds", INT)], ("id",)),
    ])  # fmt: skip


def test_a_birth_date_dates_nothing_but_a_birth() -> None:
    with pytest.raises(TranslationError):
        sql("patients seen in 2024", hospital())  # never birth_date in 2024
    assert "patients.birth_date >= '1990-01-01'" in sql("patients born in 1990", hospital())


def test_two_values_side_by_side_are_one_phrase() -> None:
    values = ValueIndex.from_dict({"admissions": {"discharge_to": ["CARE", "HOME", "DIED"]}})
    with pytest.raises(TranslationError):
        sql("admissions discharged to a care home", hospital(), values)  # never IN ('CARE', 'HOME')


def test_a_measure_named_only_by_its_unit_must_not_carry_another_qualifier() -> None:
    with pytest.raises(TranslationError, match="wait_seconds"):
        sql("average length of calls in minutes", hospital())  # a wait is not a call's length


def test_an_exact_table_word_beats_a_form_of_another_tables_stem() -> None:
    cat = Catalog(tables=[
        table("screens", [col("id", INT), col("name")], ("id",)),
        table("screenings", [col("id", INT), col("screen_id", INT)], ("id",), fk("screen_id", "screens", "id")),
        table("ticket_sales", [col("id", INT), col("screening_id", INT)], ("id",),
              fk("screening_id", "screenings", "id")),
    ])  # fmt: skip
    assert sql("which screen has sold the most tickets", cat).startswith("SELECT screens.name, COUNT(*)")


def test_an_expiry_date_has_passed_when_something_expired() -> None:
    cat = Catalog(tables=[table("permits", [col("id", INT), col("holder"), col("expires_on", "date")], ("id",))])
    assert "permits.expires_on < '2025-06-15'" in sql("how many permits have expired", cat)
    assert "permits.expires_on < '2025-06-15'" in sql("expired permits", cat)
