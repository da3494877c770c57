"""Issue 14, general rules for unseen schemas: conventional codes, and the time between two dates of a row.

Each test builds its own tiny catalog; the point is the rule of English and SQL, not a wording.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from aishell.ai.offline import TranslationError, ValueIndex, translate
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo

TODAY = dt.date(2025, 6, 15)


def col(name: str, typ: str = "text") -> ColumnInfo:
    return ColumnInfo(name, typ)


def sql(q: str, catalog: Catalog, values: ValueIndex | None = None, dialect: str = "sqlite") -> str:
    return translate(q, catalog, values or ValueIndex(), dialect=dialect, today=TODAY).sql


# ---------------------------------------------------------------- conventional codes
def people() -> Catalog:
    return Catalog(tables=[
        TableInfo("Person", columns=[col("PersonId", "integer"), col("FullName"), col("CntryCd"), col("Sex"),
                                     col("StatusCd")], primary_key=("PersonId",)),
    ])


PEOPLE_VALUES = ValueIndex.from_dict({"person": {"CntryCd": ["FR", "JP", "NZ"], "Sex": ["F", "M"],
                                                 "StatusCd": ["A", "F"]}})


def test_a_country_name_finds_its_iso_code() -> None:
    assert "CntryCd = 'FR'" in sql("How many people are from France?", people(), PEOPLE_VALUES)
    assert "CntryCd = 'NZ'" in sql("List the people from New Zealand", people(), PEOPLE_VALUES)


def test_a_country_the_column_does_not_hold_is_not_guessed() -> None:
    with pytest.raises(TranslationError):
        sql("How many people are from Germany?", people(), PEOPLE_VALUES)


def test_a_sex_word_finds_the_letter_of_the_gender_column() -> None:
    # 'F' is also a status letter: only the column named for a sex takes "female"
    out = sql("How many female people are there?", people(), PEOPLE_VALUES)
    assert "Sex = 'F'" in out and "StatusCd" not in out


def test_codes_need_a_column_named_for_them() -> None:
    values = ValueIndex.from_dict({"person": {"StatusCd": ["FR", "JP"]}})
    with pytest.raises(TranslationError):
        sql("How many people are from France?", people(), values)


# ---------------------------------------------------------------- spans between dates
def parcels() -> Catalog:
    return Catalog(tables=[
        TableInfo("parcel", columns=[col("parcel_id", "integer"), col("sender"), col("posted_on", "date"),
                                     col("promised_on", "date"), col("arrived_on", "date"),
                                     col("weight_g", "integer")],
                  primary_key=("parcel_id",)),
        TableInfo("visit", columns=[col("visit_id", "integer"), col("parcel_id", "integer"),
                                    col("began_at", "timestamp"), col("ended_at", "timestamp")],
                  primary_key=("visit_id",), foreign_keys=[ForeignKey(("parcel_id",), "parcel", ("parcel_id",))]),
    ])


def run(tmp: Path, query: str) -> list[tuple[object, ...]]:
    """``query``'s rows on a small parcel database made once in ``tmp``."""
    path = tmp / "p.db"
    fresh = not path.exists()
    conn = sqlite3.connect(path)
    if fresh:
        _fill(conn)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def _fill(conn: sqlite3.Connection) -> None:
    conn.executescript("""
        CREATE TABLE parcel(parcel_id INTEGER PRIMARY KEY, sender TEXT, posted_on DATE, promised_on DATE,
                            arrived_on DATE, weight_g INTEGER);
        CREATE TABLE visit(visit_id INTEGER PRIMARY KEY, parcel_id INTEGER REFERENCES parcel(parcel_id),
                           began_at TIMESTAMP, ended_at TIMESTAMP);
        INSERT INTO parcel VALUES (1, 'a', '2024-01-01', '2024-01-03', '2024-01-02', 10),
                                  (2, 'b', '2024-01-01', '2024-01-03', '2024-01-09', 20),
                                  (3, 'c', '2024-01-05', '2024-01-06', NULL, 30);
        INSERT INTO visit VALUES (1, 1, '2024-01-01 10:00', '2024-01-01 10:30'),
                                 (2, 2, '2024-01-01 08:00', '2024-01-01 12:30');
    """)


def test_more_than_n_days_after_another_date(tmp_path: Path) -> None:
    out = sql("How many parcels arrived more than 3 days after they were posted?", parcels())
    assert run(tmp_path, out) == [(1,)]
    out = sql("How many parcels arrived more than 2 days after posting?", parcels())
    assert run(tmp_path, out) == [(1,)]


def test_one_date_after_another(tmp_path: Path) -> None:
    out = sql("Which parcels arrived after their promised date?", parcels())
    assert [r[0] for r in run(tmp_path, out)] == [2]


def test_a_duration_compared_in_hours(tmp_path: Path) -> None:
    out = sql("How many visits lasted more than 2 hours?", parcels())
    assert run(tmp_path, out) == [(1,)]


def test_average_time_between_dates(tmp_path: Path) -> None:
    out = sql("Average time to arrive, in days", parcels())
    assert run(tmp_path, out) == [(4.5,)]
    out = sql("What is the average number of days from posting to arrival?", parcels())
    assert run(tmp_path, out) == [(4.5,)]


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "duckdb", "oracle"])
def test_spans_render_in_every_dialect(dialect: str) -> None:
    out = sql("How many visits lasted more than 2 hours?", parcels(), dialect=dialect)
    assert "ended_at" in out.lower() and "began_at" in out.lower()


def test_a_span_between_dates_of_two_tables_is_not_guessed() -> None:
    with pytest.raises(TranslationError):
        sql("How many visits ended more than 3 days after the parcel was posted?", parcels())


# ---------------------------------------------------------------- words and forms
def fields() -> Catalog:
    return Catalog(tables=[
        TableInfo("field", columns=[col("field_id", "integer"), col("field_name"), col("sowing_date", "date"),
                                    col("harvest_date", "date"), col("area_sqm", "real"), col("kind")],
                  primary_key=("field_id",)),
        TableInfo("meter", columns=[col("meter_id", "integer"), col("serial_no")], primary_key=("meter_id",)),
        TableInfo("reading", columns=[col("reading_id", "integer"), col("meter_id", "integer"),
                                      col("energy_kwh", "real")], primary_key=("reading_id",),
                  foreign_keys=[ForeignKey(("meter_id",), "meter", ("meter_id",))]),
    ])


FIELD_VALUES = ValueIndex.from_dict({"field": {"kind": ["House", "Meadow"]}})


def test_an_irregular_participle_names_its_date() -> None:
    out = sql("How many fields were sown in 2023?", fields())
    assert "sowing_date >= '2023-01-01'" in out and "harvest_date" not in out


def test_awaiting_an_event_means_its_date_is_not_set() -> None:
    assert "harvest_date IS NULL" in sql("How many fields are still awaiting harvest?", fields())


def test_two_word_units_convert() -> None:
    out = sql("What is the total energy in megawatt-hours?", fields())
    assert "1000" in out and "energy_kwh" in out
    assert "area_sqm" in sql("Average area of fields in square metres", fields())


def test_plurals_in_ouses_find_their_value() -> None:
    assert "kind = 'House'" in sql("Average area of houses", fields(), FIELD_VALUES)


# ---------------------------------------------------------------- people, keys and roles
def tasks() -> Catalog:
    return Catalog(tables=[
        TableInfo("users", columns=[col("user_id", "integer"), col("full_name")], primary_key=("user_id",)),
        TableInfo("tasks", columns=[col("task_id", "integer"), col("title"), col("creator_id", "integer"),
                                    col("assignee_id", "integer"), col("points", "integer")],
                  primary_key=("task_id",),
                  foreign_keys=[ForeignKey(("creator_id",), "users", ("user_id",)),
                                ForeignKey(("assignee_id",), "users", ("user_id",))]),
    ])


def test_who_has_the_most_of_a_measure_ranks_people_by_its_total() -> None:
    out = sql("Who has the most points assigned?", tasks())
    assert "SUM(tasks.points)" in out and "assignee_id" in out and "creator_id" not in out


def test_a_verb_picks_the_key_by_its_stem() -> None:
    out = sql("Who created the most tasks?", tasks())
    assert "creator_id" in out and "assignee_id" not in out


@pytest.mark.parametrize("q", ["Who has the most points?", "Which user has the most tasks?"])
def test_two_keys_to_the_people_and_no_word_for_either_refuses(q: str) -> None:
    with pytest.raises(TranslationError):
        sql(q, tasks())


def rides() -> Catalog:
    return Catalog(tables=[
        TableInfo("riders", columns=[col("rider_id", "integer"), col("username")], primary_key=("rider_id",)),
        TableInfo("stops", columns=[col("stop_id", "integer"), col("stop_name")], primary_key=("stop_id",)),
        TableInfo("rides", columns=[col("ride_id", "integer"), col("rider_id", "integer"),
                                    col("start_stop_id", "integer"), col("end_stop_id", "integer"),
                                    col("started_at", "timestamp"), col("distance_km", "real")],
                  primary_key=("ride_id",),
                  foreign_keys=[ForeignKey(("rider_id",), "riders", ("rider_id",)),
                                ForeignKey(("start_stop_id",), "stops", ("stop_id",)),
                                ForeignKey(("end_stop_id",), "stops", ("stop_id",))]),
    ])


RIDE_VALUES = ValueIndex.from_dict({"stops": {"stop_name": ["Elm Street", "Harbour"]}})


def test_a_superlative_before_a_numeric_column_ranks_by_its_total() -> None:
    out = sql("Which rider has ridden the longest total distance?", rides())
    assert "SUM(rides.distance_km)" in out and "LIMIT 1" in out


def test_the_words_that_chose_a_key_are_accounted_by_it() -> None:
    out = sql("How many rides started at Elm Street?", rides(), RIDE_VALUES)
    assert "start_stop_id" in out and "Elm Street" in out


# ---------------------------------------------------------------- rows of the same table
def folders() -> Catalog:
    return Catalog(tables=[
        TableInfo("folder", columns=[col("folder_id", "integer"), col("folder_name"),
                                     col("parent_folder_id", "integer")], primary_key=("folder_id",),
                  foreign_keys=[ForeignKey(("parent_folder_id",), "folder", ("folder_id",))]),
        TableInfo("doc", columns=[col("doc_id", "integer"), col("title"), col("folder_id", "integer")],
                  primary_key=("doc_id",), foreign_keys=[ForeignKey(("folder_id",), "folder", ("folder_id",))]),
        TableInfo("nurse", columns=[col("nurse_id", "integer"), col("full_name"), col("mentor_id", "integer")],
                  primary_key=("nurse_id",), foreign_keys=[ForeignKey(("mentor_id",), "nurse", ("nurse_id",))]),
    ])


FOLDER_VALUES = ValueIndex.from_dict({"folder": {"folder_name": ["Archive", "Drafts", "Old"]}})


def test_sub_rows_follow_the_self_reference() -> None:
    out = sql("List the subfolders of Archive", folders(), FOLDER_VALUES)
    assert "parent_folder_id IN (SELECT" in out
    out = sql("List each subfolder with its parent folder", folders(), FOLDER_VALUES)
    assert "parent_folder_id IS NULL" in out and "parent" in out.lower()


def test_including_sub_rows_is_an_or() -> None:
    out = sql("How many docs are in Archive, including its subfolders?", folders(), FOLDER_VALUES)
    assert "folder_name = 'Archive' OR" in out and "parent_folder_id IN" in out


def test_a_sub_row_word_that_cannot_be_placed_refuses() -> None:
    with pytest.raises(TranslationError):
        sql("How many docs are in subfolders of Archive?", folders(), FOLDER_VALUES)


def test_people_after_a_hierarchy_verb_are_rows_of_the_same_table() -> None:
    out = sql("Which nurses mentor more than 2 people?", folders())
    assert "GROUP BY nurse.mentor_id HAVING COUNT(*) > 2" in out


# ---------------------------------------------------------------- measures
def regions() -> Catalog:
    return Catalog(tables=[
        TableInfo("region", columns=[col("region_id", "integer"), col("region_name")], primary_key=("region_id",)),
        TableInfo("sensor", columns=[col("sensor_id", "integer"), col("region_id", "integer"), col("kind"),
                                     col("battery_pct", "integer")], primary_key=("sensor_id",),
                  foreign_keys=[ForeignKey(("region_id",), "region", ("region_id",))]),
        TableInfo("sample", columns=[col("sample_id", "integer"), col("sensor_id", "integer"), col("value", "real")],
                  primary_key=("sample_id",), foreign_keys=[ForeignKey(("sensor_id",), "sensor", ("sensor_id",))]),
        TableInfo("shelf", columns=[col("shelf_id", "integer"), col("region_id", "integer"),
                                    col("item_qty", "integer")], primary_key=("shelf_id",),
                  foreign_keys=[ForeignKey(("region_id",), "region", ("region_id",))]),
        TableInfo("grant_award", columns=[col("award_id", "integer"), col("region_id", "integer"),
                                          col("awarded_amt", "real"), col("paid_amt", "real")],
                  primary_key=("award_id",), foreign_keys=[ForeignKey(("region_id",), "region", ("region_id",))]),
    ])


REGION_VALUES = ValueIndex.from_dict({"region": {"region_name": ["North", "South"]},
                                      "sensor": {"kind": ["humidity", "noise"]}})


def test_a_share_of_a_sum() -> None:
    out = sql("What share of all item quantities is in North, as a percentage?", regions(), REGION_VALUES)
    assert "100.0 * SUM(CASE WHEN region.region_name = 'North' THEN shelf.item_qty ELSE 0 END)" in out
    assert "/ SUM(shelf.item_qty)" in out


def test_a_kind_of_reading_averages_the_readings_below_it() -> None:
    out = sql("Average humidity per region", regions(), REGION_VALUES)
    assert "AVG(sample.value)" in out and "kind = 'humidity'" in out and "battery" not in out


def test_a_quantity_per_group_is_summed() -> None:
    out = sql("What is the item quantity per region?", regions(), REGION_VALUES)
    assert "SUM(shelf.item_qty)" in out and "GROUP BY" in out


def test_of_two_money_columns_only_a_named_one_is_summed() -> None:
    out = sql("Top 2 regions by total paid", regions(), REGION_VALUES)
    assert "paid_amt" in out and "awarded_amt" not in out


# ---------------------------------------------------------------- precision
def projects() -> Catalog:
    return Catalog(tables=[
        TableInfo("project", columns=[col("project_id", "integer"), col("project_name"), col("budget_amt", "real")],
                  primary_key=("project_id",)),
        TableInfo("payment", columns=[col("payment_id", "integer"), col("project_id", "integer"),
                                      col("amount", "real"), col("status")], primary_key=("payment_id",),
                  foreign_keys=[ForeignKey(("project_id",), "project", ("project_id",))]),
        TableInfo("item", columns=[col("item_id", "integer"), col("item_name")], primary_key=("item_id",)),
        TableInfo("move", columns=[col("move_id", "integer"), col("item_id", "integer"), col("qty", "integer")],
                  primary_key=("move_id",), foreign_keys=[ForeignKey(("item_id",), "item", ("item_id",))]),
        TableInfo("stock_level", columns=[col("level_id", "integer"), col("item_id", "integer"),
                                          col("qty_on_hand", "integer"), col("valid_from", "date"),
                                          col("valid_to", "date")], primary_key=("level_id",),
                  foreign_keys=[ForeignKey(("item_id",), "item", ("item_id",))]),
        TableInfo("member", columns=[col("member_id", "integer"), col("member_name")], primary_key=("member_id",)),
        TableInfo("card", columns=[col("card_id", "integer"), col("member_id", "integer"), col("suite")],
                  primary_key=("card_id",), foreign_keys=[ForeignKey(("member_id",), "member", ("member_id",))]),
    ])


PROJECT_VALUES = ValueIndex.from_dict({"payment": {"status": ["approved", "pending"]},
                                       "item": {"item_name": ["Widget", "Bolt"]},
                                       "card": {"suite": ["regression", "smoke"]}})


def test_a_verb_whose_object_is_a_column_is_not_a_join() -> None:
    with pytest.raises(TranslationError):
        sql("Which projects have exceeded their budget with approved payments?", projects(), PROJECT_VALUES)


def test_now_asked_of_a_table_without_periods_refuses_when_a_history_table_exists() -> None:
    with pytest.raises(TranslationError, match="in force now"):
        sql("Which items had moves right now?", projects(), PROJECT_VALUES)


def test_a_verb_of_having_relates_two_tables() -> None:
    assert "EXISTS" in sql("Which members hold a card?", projects(), PROJECT_VALUES)


def test_a_stored_value_is_not_a_statistic() -> None:
    assert "suite = 'regression'" in sql("How many cards are in the regression suite?", projects(), PROJECT_VALUES)


# ---------------------------------------------------------------- more measures and nouns
def depot() -> Catalog:
    return Catalog(tables=[
        TableInfo("meters", columns=[col("meter_id", "integer"), col("serial_no")], primary_key=("meter_id",)),
        TableInfo("readings", columns=[col("reading_id", "integer"), col("meter_id", "integer"),
                                       col("read_at", "timestamp"), col("usage_kwh", "real")],
                  primary_key=("reading_id",), foreign_keys=[ForeignKey(("meter_id",), "meters", ("meter_id",))]),
        TableInfo("dish", columns=[col("dish_id", "integer"), col("dish_name"), col("prep_min", "integer"),
                                   col("bake_min", "integer")], primary_key=("dish_id",)),
        TableInfo("van", columns=[col("van_id", "integer"), col("plate"), col("van_kind")], primary_key=("van_id",)),
        TableInfo("yard", columns=[col("yard_id", "integer"), col("yard_name")], primary_key=("yard_id",)),
        TableInfo("parking_visit", columns=[col("visit_id", "integer"), col("van_id", "integer"),
                                            col("yard_id", "integer")], primary_key=("visit_id",),
                  foreign_keys=[ForeignKey(("van_id",), "van", ("van_id",)),
                                ForeignKey(("yard_id",), "yard", ("yard_id",))]),
        TableInfo("part", columns=[col("part_id", "integer"), col("part_name")], primary_key=("part_id",)),
        TableInfo("bin", columns=[col("bin_id", "integer"), col("part_id", "integer"),
                                  col("qty_on_hand", "integer")], primary_key=("bin_id",),
                  foreign_keys=[ForeignKey(("part_id",), "part", ("part_id",))]),
    ])


DEPOT_VALUES = ValueIndex.from_dict({"van": {"van_kind": ["electric", "diesel"]},
                                     "yard": {"yard_name": ["East Yard", "West Yard"]}})


def test_the_highest_single_row_is_a_max_not_a_count() -> None:
    out = sql("Which 2 meters recorded the highest single reading?", depot())
    assert "MAX(readings.usage_kwh)" in out and "LIMIT 2" in out


def test_durations_in_total_add_the_rows_columns() -> None:
    out = sql("Which dishes take less than 1 hour in total?", depot())
    assert "(dish.prep_min + dish.bake_min) < 60" in out


def test_how_many_times_counts_the_events_the_verb_names() -> None:
    out = sql("How many times did electric vans park at East Yard?", depot(), DEPOT_VALUES)
    assert out.startswith("SELECT COUNT(*)") and "FROM parking_visit" in out


def test_stock_is_the_quantity_on_hand() -> None:
    out = sql("Which part has the most stock?", depot())
    assert "SUM(bin.qty_on_hand)" in out


def iot() -> Catalog:
    return Catalog(tables=[
        TableInfo("probe", columns=[col("probe_id", "integer"), col("label"), col("kind")],
                  primary_key=("probe_id",)),
        TableInfo("sample", columns=[col("sample_id", "integer"), col("probe_id", "integer"),
                                     col("reading", "real")], primary_key=("sample_id",),
                  foreign_keys=[ForeignKey(("probe_id",), "probe", ("probe_id",))]),
        TableInfo("ticket", columns=[col("ticket_id", "integer"), col("title"), col("parent_id", "integer")],
                  primary_key=("ticket_id",), foreign_keys=[ForeignKey(("parent_id",), "ticket", ("ticket_id",))]),
    ])


IOT_VALUES = ValueIndex.from_dict({"probe": {"kind": ["pressure", "humidity"]}})


def test_the_highest_level_of_a_kind_of_reading() -> None:
    out = sql("What is the highest pressure level?", iot(), IOT_VALUES)
    assert "MAX(sample.reading)" in out and "kind = 'pressure'" in out


def test_sub_rows_named_by_another_noun_of_the_parent_table() -> None:
    out = sql("List the sub-items of ticket 7", iot())
    assert "parent_id IN (SELECT ticket.ticket_id FROM ticket WHERE ticket.ticket_id = 7)" in out


# ---------------------------------------------------------------- precision on related tables
def school() -> Catalog:
    return Catalog(tables=[
        TableInfo("teacher", columns=[col("teacher_id", "integer"), col("full_name"), col("salary", "real"),
                                      col("hired_on", "date")], primary_key=("teacher_id",)),
        TableInfo("course", columns=[col("course_id", "integer"), col("course_name"), col("teacher_id", "integer")],
                  primary_key=("course_id",), foreign_keys=[ForeignKey(("teacher_id",), "teacher", ("teacher_id",))]),
        TableInfo("pupil", columns=[col("pupil_id", "integer"), col("given_name"), col("gender"),
                                    col("nationality"), col("course_id", "integer")], primary_key=("pupil_id",),
                  foreign_keys=[ForeignKey(("course_id",), "course", ("course_id",))]),
        TableInfo("stay", columns=[col("stay_id", "integer"), col("pupil_id", "integer"), col("fee", "real"),
                                   col("check_in", "date"), col("check_out", "date")], primary_key=("stay_id",),
                  foreign_keys=[ForeignKey(("pupil_id",), "pupil", ("pupil_id",))]),
    ])


SCHOOL_VALUES = ValueIndex.from_dict({"pupil": {"gender": ["F", "M"], "nationality": ["DE", "GB", "Germany"]}})


@pytest.mark.parametrize("q", ["How many female teachers are there?", "How many teachers are from Germany?"])
def test_a_sex_or_place_of_related_rows_is_not_said_of_the_subject(q: str) -> None:
    with pytest.raises(TranslationError, match="not of teacher"):
        sql(q, school(), SCHOOL_VALUES)


def test_a_value_said_of_the_table_named_after_it() -> None:
    out = sql("Which courses have female pupils?", school(), SCHOOL_VALUES)
    assert "gender = 'F'" in out and "EXISTS" in out


def test_the_noun_after_the_question_word_stays_the_subject() -> None:
    out = sql("Which pupils from Germany have a stay?", school(), SCHOOL_VALUES)
    assert out.startswith("SELECT pupil.given_name FROM pupil") and "EXISTS" in out


def test_nights_are_days_between_two_dates() -> None:
    out = sql("How many stays lasted more than 3 nights?", school(), SCHOOL_VALUES)
    assert "JULIANDAY(stay.check_out) - JULIANDAY(stay.check_in)" in out


def test_a_noun_after_a_compared_number_must_name_the_column() -> None:
    catalog = Catalog(tables=[TableInfo("trip", columns=[col("trip_id", "integer"), col("fare", "real")],
                                        primary_key=("trip_id",))])
    with pytest.raises(TranslationError):
        sql("How many trips lasted more than 3 nights?", catalog)


def test_salaries_are_not_revenue() -> None:
    out = sql("Which teacher has the highest revenue?", school(), SCHOOL_VALUES)
    assert "salary" not in out.lower()


def shipments() -> Catalog:
    return Catalog(tables=[
        TableInfo("client", columns=[col("client_id", "integer"), col("client_nm"), col("cntry_cd")],
                  primary_key=("client_id",)),
        TableInfo("shipment", columns=[col("shipment_id", "integer"), col("client_id", "integer"),
                                       col("placed_at", "timestamp"), col("delivered_at", "timestamp"),
                                       col("amount", "real"), col("stat_cd")], primary_key=("shipment_id",),
                  foreign_keys=[ForeignKey(("client_id",), "client", ("client_id",))]),
        TableInfo("leg", columns=[col("leg_id", "integer"), col("shipment_id", "integer"),
                                  col("arrive_ts", "timestamp")], primary_key=("leg_id",),
                  foreign_keys=[ForeignKey(("shipment_id",), "shipment", ("shipment_id",))]),
    ])


SHIPMENT_VALUES = ValueIndex.from_dict({"client": {"cntry_cd": ["DE", "FR"]}, "shipment": {"stat_cd": ["DLVD"]}})


def test_a_coded_value_of_a_parent_row_is_kept() -> None:
    out = sql("What share of the amount comes from Germany, as a percentage?", shipments(), SHIPMENT_VALUES)
    assert "client.cntry_cd = 'DE'" in out and "SUM(shipment.amount)" in out


def test_a_preposition_of_time_is_not_a_join_verb() -> None:
    with pytest.raises(TranslationError):
        sql("How many legs arrived after their shipment was delivered?", shipments(), SHIPMENT_VALUES)


def test_a_status_word_can_still_name_the_date_of_a_span() -> None:
    out = sql("Average time to deliver, in hours", shipments(), SHIPMENT_VALUES)
    assert "JULIANDAY(shipment.delivered_at) - JULIANDAY(shipment.placed_at)" in out and "* 24" in out


def streaming() -> Catalog:
    return Catalog(tables=[
        TableInfo("listener", columns=[col("listener_id", "integer"), col("username")],
                  primary_key=("listener_id",)),
        TableInfo("band", columns=[col("band_id", "integer"), col("band_name")], primary_key=("band_id",)),
        TableInfo("song", columns=[col("song_id", "integer"), col("band_id", "integer"), col("length_sec", "integer")],
                  primary_key=("song_id",), foreign_keys=[ForeignKey(("band_id",), "band", ("band_id",))]),
        TableInfo("stream", columns=[col("stream_id", "integer"), col("listener_id", "integer"),
                                     col("song_id", "integer"), col("seconds_played", "integer")],
                  primary_key=("stream_id",),
                  foreign_keys=[ForeignKey(("listener_id",), "listener", ("listener_id",)),
                                ForeignKey(("song_id",), "song", ("song_id",))]),
        TableInfo("fan_of", columns=[col("listener_id", "integer"), col("band_id", "integer")],
                  foreign_keys=[ForeignKey(("listener_id",), "listener", ("listener_id",)),
                                ForeignKey(("band_id",), "band", ("band_id",))]),
    ])


STREAM_VALUES = ValueIndex.from_dict({"band": {"band_name": ["Nova", "Kilo"]}})


def test_a_unit_spelled_first_in_a_column_name() -> None:
    assert "stream.seconds_played < 60" in sql("How many streams lasted less than a minute?", streaming())


def test_a_verb_that_names_neither_of_two_routes_refuses() -> None:
    with pytest.raises(TranslationError):
        sql("How many listeners heard Kilo?", streaming(), STREAM_VALUES)


def test_a_filtered_table_reached_by_another_route_than_the_named_rows_refuses() -> None:
    catalog = Catalog(tables=[
        *streaming().tables[:2],
        TableInfo("album", columns=[col("album_id", "integer"), col("band_id", "integer"), col("title")],
                  primary_key=("album_id",), foreign_keys=[ForeignKey(("band_id",), "band", ("band_id",))]),
        TableInfo("song", columns=[col("song_id", "integer"), col("album_id", "integer")], primary_key=("song_id",),
                  foreign_keys=[ForeignKey(("album_id",), "album", ("album_id",))]),
        TableInfo("stream", columns=[col("stream_id", "integer"), col("listener_id", "integer"),
                                     col("song_id", "integer")], primary_key=("stream_id",),
                  foreign_keys=[ForeignKey(("listener_id",), "listener", ("listener_id",)),
                                ForeignKey(("song_id",), "song", ("song_id",))]),
        streaming().tables[4],
    ])
    with pytest.raises(TranslationError, match="reached through"):
        sql("Which listeners have streamed a song by Kilo?", catalog, STREAM_VALUES)


def test_each_year_buckets_the_subjects_own_date() -> None:
    catalog = Catalog(tables=[
        TableInfo("maker", columns=[col("maker_id", "integer"), col("maker_name"), col("founded_year", "integer")],
                  primary_key=("maker_id",)),
        TableInfo("model", columns=[col("model_id", "integer"), col("maker_id", "integer"), col("model_name"),
                                    col("launched_on", "date")], primary_key=("model_id",),
                  foreign_keys=[ForeignKey(("maker_id",), "maker", ("maker_id",))]),
    ])
    out = sql("How many models were launched each year?", catalog)
    assert "launched_on" in out and "founded_year" not in out


# ---------------------------------------------------------------- routes between two tables
def staffing() -> Catalog:
    return Catalog(tables=[
        TableInfo("team", columns=[col("team_id", "integer"), col("team_name")], primary_key=("team_id",)),
        TableInfo("worker", columns=[col("worker_id", "integer"), col("worker_name"), col("team_id", "integer")],
                  primary_key=("worker_id",), foreign_keys=[ForeignKey(("team_id",), "team", ("team_id",))]),
        TableInfo("job", columns=[col("job_id", "integer"), col("job_name"), col("team_id", "integer"),
                                  col("chief_worker_id", "integer")], primary_key=("job_id",),
                  foreign_keys=[ForeignKey(("team_id",), "team", ("team_id",)),
                                ForeignKey(("chief_worker_id",), "worker", ("worker_id",))]),
        TableInfo("staffing", columns=[col("worker_id", "integer"), col("job_id", "integer")],
                  foreign_keys=[ForeignKey(("worker_id",), "worker", ("worker_id",)),
                                ForeignKey(("job_id",), "job", ("job_id",))]),
    ])


STAFF_JOB_VALUES = ValueIndex.from_dict({"job": {"job_name": ["Apollo", "Zeus"]}})


def test_two_routes_and_a_verb_that_names_neither_refuses() -> None:
    with pytest.raises(TranslationError, match="more than one way"):
        sql("Which workers toil on Apollo?", staffing(), STAFF_JOB_VALUES)


def test_a_route_named_by_a_word_other_than_the_querys_refuses() -> None:
    with pytest.raises(TranslationError, match="which relation"):
        sql("Which jobs have more than 1 worker staffed?", staffing(), STAFF_JOB_VALUES)


def test_a_plain_key_is_the_default_route() -> None:
    out = sql("Which teams have more than 1 worker?", staffing(), STAFF_JOB_VALUES)
    assert "worker.team_id = team.team_id" in out.replace("team.team_id = worker.team_id", "worker.team_id = team.team_id")


def test_a_role_key_is_not_the_default_next_to_a_link_table() -> None:
    with pytest.raises(TranslationError, match="more than one way"):
        sql("Which workers have more than 1 job?", staffing(), STAFF_JOB_VALUES)


def test_a_role_key_is_the_route_when_the_question_only_says_has() -> None:
    catalog = Catalog(tables=[
        TableInfo("person", columns=[col("person_id", "integer"), col("person_name")], primary_key=("person_id",)),
        TableInfo("chore", columns=[col("chore_id", "integer"), col("doer_id", "integer"),
                                    col("house_id", "integer")], primary_key=("chore_id",),
                  foreign_keys=[ForeignKey(("doer_id",), "person", ("person_id",)),
                                ForeignKey(("house_id",), "house", ("house_id",))]),
        TableInfo("house", columns=[col("house_id", "integer"), col("house_name"), col("owner_id", "integer")],
                  primary_key=("house_id",), foreign_keys=[ForeignKey(("owner_id",), "person", ("person_id",))]),
    ])
    out = sql("Which people have more than 2 chores?", catalog)
    assert "doer_id" in out and "owner_id" not in out


def workplace() -> Catalog:
    return Catalog(tables=[
        TableInfo("emp", columns=[col("emp_id", "integer"), col("emp_name"), col("salary", "real")],
                  primary_key=("emp_id",)),
        TableInfo("project", columns=[col("proj_id", "integer"), col("proj_name")], primary_key=("proj_id",)),
        TableInfo("booking", columns=[col("booking_id", "integer"), col("emp_id", "integer"),
                                      col("proj_id", "integer"), col("hours", "real")], primary_key=("booking_id",),
                  foreign_keys=[ForeignKey(("emp_id",), "emp", ("emp_id",)),
                                ForeignKey(("proj_id",), "project", ("proj_id",))]),
        TableInfo("plan_line", columns=[col("line_id", "integer"), col("proj_id", "integer"), col("hours", "real")],
                  primary_key=("line_id",), foreign_keys=[ForeignKey(("proj_id",), "project", ("proj_id",))]),
    ])


def test_who_with_the_highest_value_of_a_persons_column() -> None:
    out = sql("Who has the highest salary?", workplace())
    assert "emp.emp_name" in out and "ORDER BY emp.salary DESC LIMIT 1" in out


def test_a_column_of_two_tables_with_nothing_to_choose_refuses() -> None:
    with pytest.raises(TranslationError, match="column of"):
        sql("Total hours per project", workplace())


def test_who_answered_with_rows_that_are_not_people_refuses() -> None:
    catalog = Catalog(tables=[
        TableInfo("project", columns=[col("proj_id", "integer"), col("proj_name")], primary_key=("proj_id",)),
        TableInfo("log", columns=[col("log_id", "integer"), col("proj_id", "integer"), col("hours", "real")],
                  primary_key=("log_id",), foreign_keys=[ForeignKey(("proj_id",), "project", ("proj_id",))]),
    ])
    with pytest.raises(TranslationError, match="asks for people"):
        sql("Who logged the most hours?", catalog)


def clinic() -> Catalog:
    return Catalog(tables=[
        TableInfo("keeper", columns=[col("keeper_id", "integer"), col("keeper_name"), col("city")],
                  primary_key=("keeper_id",)),
        TableInfo("animal", columns=[col("animal_id", "integer"), col("keeper_id", "integer"), col("animal_name"),
                                     col("species"), col("weight_kg", "real")], primary_key=("animal_id",),
                  foreign_keys=[ForeignKey(("keeper_id",), "keeper", ("keeper_id",))]),
        TableInfo("medic", columns=[col("medic_id", "integer"), col("medic_name")], primary_key=("medic_id",)),
        TableInfo("checkup", columns=[col("checkup_id", "integer"), col("animal_id", "integer"),
                                      col("medic_id", "integer"), col("checkup_ts", "timestamp")],
                  primary_key=("checkup_id",),
                  foreign_keys=[ForeignKey(("animal_id",), "animal", ("animal_id",)),
                                ForeignKey(("medic_id",), "medic", ("medic_id",))]),
    ])


CLINIC_VALUES = ValueIndex.from_dict({"animal": {"species": ["cat", "dog"]}})


def test_in_before_a_unit_is_not_a_positive_quantity() -> None:
    out = sql("Average weight of cats in kg", clinic(), CLINIC_VALUES)
    assert "weight_kg > 0" not in out


def test_a_date_after_a_negated_relation_goes_inside_it() -> None:
    out = sql("Which animals have not checked up since 2024-03-01?", clinic(), CLINIC_VALUES)
    assert out.count("EXISTS") == 1 and "NOT EXISTS" in out and "checkup_ts >= '2024-03-01'" in out


def test_most_often_is_not_a_count_of_the_table_before_it() -> None:
    with pytest.raises(TranslationError):
        sql("Which species checks up with the medic most often?", clinic(), CLINIC_VALUES)


def test_rows_listed_with_a_column_of_their_parent() -> None:
    out = sql("List animals with their keeper's city", clinic(), CLINIC_VALUES)
    assert out.startswith("SELECT animal.animal_name, keeper.city")


def test_a_negation_said_of_related_rows_refuses() -> None:
    with pytest.raises(TranslationError, match="negation is said of"):
        sql("Which keepers have animals that were never checked up?", clinic(), CLINIC_VALUES)
    assert "NOT EXISTS" in sql("Which animals were never checked up?", clinic(), CLINIC_VALUES)


def retail() -> Catalog:
    return Catalog(tables=[
        TableInfo("shop", columns=[col("shop_id", "integer"), col("shop_name"), col("opened", "date")],
                  primary_key=("shop_id",)),
        TableInfo("item", columns=[col("item_id", "integer"), col("item_name"), col("unit_cost", "real")],
                  primary_key=("item_id",)),
        TableInfo("sale", columns=[col("sale_id", "integer"), col("shop_id", "integer"), col("sold_at", "timestamp")],
                  primary_key=("sale_id",), foreign_keys=[ForeignKey(("shop_id",), "shop", ("shop_id",))]),
        TableInfo("sale_line", columns=[col("sale_id", "integer"), col("item_id", "integer"), col("qty", "integer"),
                                        col("unit_price", "real")],
                  foreign_keys=[ForeignKey(("sale_id",), "sale", ("sale_id",)),
                                ForeignKey(("item_id",), "item", ("item_id",))]),
        TableInfo("refund", columns=[col("refund_id", "integer"), col("item_id", "integer"), col("qty", "integer"),
                                     col("refunded_at", "timestamp")], primary_key=("refund_id",),
                  foreign_keys=[ForeignKey(("item_id",), "item", ("item_id",))]),
    ])


def test_units_are_a_quantity_named_by_the_verb_not_a_unit_cost() -> None:
    out = sql("Which item sold the most units?", retail())
    assert "SUM(sale_line.qty)" in out and "unit_cost" not in out


def test_a_verb_ranking_by_its_event_date_counts_the_events() -> None:
    out = sql("Which item was refunded the most?", retail())
    assert "COUNT(*)" in out and "SUM(" not in out


def test_a_date_phrase_applies_to_the_measured_rows() -> None:
    out = sql("Which shop had the highest revenue in February 2024?", retail())
    assert "sale.sold_at >= '2024-02-01'" in out and "opened" not in out


def gigs() -> Catalog:
    return Catalog(tables=[
        TableInfo("gig", columns=[col("gig_id", "integer"), col("title"), col("capacity", "integer")],
                  primary_key=("gig_id",)),
        TableInfo("seat", columns=[col("seat_id", "integer"), col("gig_id", "integer"), col("price", "real"),
                                   col("refunded", "boolean")], primary_key=("seat_id",),
                  foreign_keys=[ForeignKey(("gig_id",), "gig", ("gig_id",))]),
    ])


def test_a_yes_no_column_is_never_totalled() -> None:
    with pytest.raises(TranslationError):
        sql("Total refunded amount", gigs())
    assert "SUM(seat.price)" in sql("Total price of refunded seats", gigs())


def test_a_phrasal_verb_nothing_took_refuses() -> None:
    with pytest.raises(TranslationError, match="sold out"):
        sql("Which gigs sold out?", gigs())


def test_a_country_the_data_does_not_hold_is_not_a_name() -> None:
    catalog = Catalog(tables=[TableInfo("guest", columns=[col("guest_id", "integer"), col("first_name"),
                                                          col("country_code")], primary_key=("guest_id",))])
    values = ValueIndex.from_dict({"guest": {"country_code": ["FR", "DE"]}})
    for q in ("How many guests from Japan?", "How many guests are from Japan?"):
        with pytest.raises(TranslationError, match="no column holds 'Japan'"):
            sql(q, catalog, values)


def test_a_coded_country_of_the_subject_beats_a_stored_name_of_a_related_table() -> None:
    catalog = Catalog(tables=[
        TableInfo("carrier", columns=[col("carrier_id", "integer"), col("carrier_name"), col("country")],
                  primary_key=("carrier_id",)),
        TableInfo("flyer", columns=[col("flyer_id", "integer"), col("full_name"), col("nationality")],
                  primary_key=("flyer_id",)),
        TableInfo("trip", columns=[col("trip_id", "integer"), col("carrier_id", "integer"), col("flyer_id", "integer")],
                  primary_key=("trip_id",), foreign_keys=[ForeignKey(("carrier_id",), "carrier", ("carrier_id",)),
                                                          ForeignKey(("flyer_id",), "flyer", ("flyer_id",))]),
    ])
    values = ValueIndex.from_dict({"carrier": {"country": ["UK", "France"]}, "flyer": {"nationality": ["GB", "FR"]}})
    assert "flyer.nationality = 'GB'" in sql("How many flyers are from the UK?", catalog, values)
    assert "carrier.country = 'UK'" in sql("Which carriers are from the UK?", catalog, values)


def test_a_contrast_the_query_does_not_build_refuses() -> None:
    values = ValueIndex.from_dict({"animal": {"species": ["cat", "dog"]}, "medic": {"medic_name": ["Dr Ann", "Dr Bo"]}})
    with pytest.raises(TranslationError, match="excludes"):
        sql("Which animals checked up with a medic other than Dr Ann?", clinic(), values)


def test_a_value_after_a_negated_table_goes_inside_the_negation() -> None:
    catalog = Catalog(tables=[
        TableInfo("party", columns=[col("party_id", "integer"), col("party_name")], primary_key=("party_id",)),
        TableInfo("seat", columns=[col("seat_id", "integer"), col("seat_name"), col("region")],
                  primary_key=("seat_id",)),
        TableInfo("nominee", columns=[col("nominee_id", "integer"), col("full_name"), col("party_id", "integer"),
                                      col("seat_id", "integer")], primary_key=("nominee_id",),
                  foreign_keys=[ForeignKey(("party_id",), "party", ("party_id",)),
                                ForeignKey(("seat_id",), "seat", ("seat_id",))]),
    ])
    values = ValueIndex.from_dict({"seat": {"region": ["North", "South"]}})
    out = sql("Which parties have no nominees in the North region?", catalog, values)
    assert out.count("EXISTS") == 1 and "NOT EXISTS" in out and "seat.region = 'North'" in out
