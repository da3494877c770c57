"""Issue 14, coverage: naming styles and value forms read from the catalog and the data.

Each test builds its own tiny catalog in a style of its own (run-together lower-case names, three-letter cuts,
codes by convention, lookup tables two keys away); the point is the rule, not a wording of the scored corpora.
"""

from __future__ import annotations

import datetime as dt

import pytest

from aishell.ai.offline import TranslationError, ValueIndex, translate
from aishell.ai.offline.schema import SchemaIndex
from aishell.ai.offline.text import segment
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo

TODAY = dt.date(2025, 6, 15)


def col(name: str, typ: str = "text") -> ColumnInfo:
    return ColumnInfo(name, typ)


def fk(column: str, table: str, ref: str) -> ForeignKey:
    return ForeignKey((column,), table, (ref,))


def sql(q: str, catalog: Catalog, values: ValueIndex | None = None) -> str:
    return translate(q, catalog, values or ValueIndex(), dialect="sqlite", today=TODAY).sql


# ---------------------------------------------------------------- run-together names
def depots() -> Catalog:
    return Catalog(
        tables=[
            TableInfo(
                "depots",
                columns=[col("depotid", "integer"), col("depotname"), col("residents", "integer")],
                primary_key=("depotid",),
            ),
            TableInfo(
                "vans",
                columns=[
                    col("vanid", "integer"),
                    col("depotid", "integer"),
                    col("regplate"),
                    col("payloadkg", "integer"),
                    col("fueltype"),
                    col("inservice"),
                ],
                primary_key=("vanid",),
                foreign_keys=[fk("depotid", "depots", "depotid")],
            ),
        ]
    )


DEPOT_VALUES = ValueIndex.from_dict({"vans": {"inservice": ["Y", "N"], "fueltype": ["DIESEL", "ELECTRIC"]}})


def test_segment_splits_only_into_known_words() -> None:
    vocab = frozenset({"fuel", "type", "plate", "reg", "service", "payload"})
    assert segment("fueltype", vocab) == ("fuel", "type")
    assert segment("inservice", vocab) == ("in", "service")
    assert segment("payloadkg", vocab) == ("payload", "kg")
    assert segment("population", vocab) is None  # no split into known pieces: left whole
    assert segment("payload", vocab) is None  # a known word is not split


def test_run_together_names_get_their_words() -> None:
    schema = SchemaIndex(depots())
    vans = schema.tables["vans"]
    words = {c.name: c.words for c in vans.columns}
    assert words["regplate"] == ("reg", "plate")
    assert words["fueltype"] == ("fuel", "type")
    assert words["depotid"] == ("depot", "id")
    assert schema.tables["depots"].display == ["depotname"]
    # a plain word of a separated style is kept whole
    assert SchemaIndex(
        Catalog(tables=[TableInfo("users", columns=[col("id", "integer"), col("username")], primary_key=("id",))])
    ).tables["users"].columns[1].words == ("username",)


def test_a_run_together_column_is_named_by_its_words() -> None:
    out = sql("Which van has the largest payload? Give its registration plate.", depots(), DEPOT_VALUES)
    assert "vans.regplate" in out and "ORDER BY vans.payloadkg DESC" in out


def test_out_of_a_yes_no_state_is_its_false_value() -> None:
    out = sql("How many vans are out of service?", depots(), DEPOT_VALUES)
    assert "vans.inservice = 'N'" in out and "IS NULL" not in out


# ---------------------------------------------------------------- value forms
def fleet() -> Catalog:
    return Catalog(
        tables=[
            TableInfo(
                "car",
                columns=[
                    col("car_id", "integer"),
                    col("plate_no"),
                    col("fuel_cd"),
                    col("built_yr", "integer"),
                    col("open_flg"),
                    col("chk_flg"),
                ],
                primary_key=("car_id",),
            ),
            TableInfo(
                "trip",
                columns=[col("trip_id", "integer"), col("car_id", "integer"), col("trip_stat_cd"), col("veh_typ_cd")],
                primary_key=("trip_id",),
                foreign_keys=[fk("car_id", "car", "car_id")],
            ),
        ]
    )


FLEET_VALUES = ValueIndex.from_dict(
    {
        "car": {"fuel_cd": ["EV", "DSL", "PET"], "open_flg": ["Y", "N"], "chk_flg": ["Y", "N"]},
        "trip": {"trip_stat_cd": ["CMP", "CXL", "DLY"], "veh_typ_cd": ["MC", "CAR", "VAN"]},
    }
)


@pytest.mark.parametrize(
    ("q", "where"),
    [
        ("How many trips were cancelled?", "trip.trip_stat_cd = 'CXL'"),
        ("How many trips were canceled?", "trip.trip_stat_cd = 'CXL'"),
        ("How many trips with a motorcycle?", "trip.veh_typ_cd = 'MC'"),
        ("How many electric cars are there?", "car.fuel_cd = 'EV'"),
    ],
)
def test_codes_by_convention(q: str, where: str) -> None:
    assert where in sql(q, fleet(), FLEET_VALUES)


def test_a_code_by_convention_needs_the_code_in_the_data() -> None:
    values = ValueIndex.from_dict({"trip": {"trip_stat_cd": ["CMP", "DLY"]}})
    with pytest.raises(TranslationError):
        sql("How many trips were cancelled?", fleet(), values)


def test_a_yes_no_column_cut_to_three_letters() -> None:
    assert "car.chk_flg = 'Y'" in sql("How many cars were checked?", fleet(), FLEET_VALUES)


@pytest.mark.parametrize(
    ("q", "value"),
    [("Which cars are closed?", "'N'"), ("Which cars are open?", "'Y'"), ("Which cars are no longer open?", "'N'")],
)
def test_the_opposite_of_a_yes_no_column(q: str, value: str) -> None:
    assert f"car.open_flg = {value}" in sql(q, fleet(), FLEET_VALUES)


def test_oldest_by_the_one_year_a_row_came_to_be() -> None:
    assert "ORDER BY car.built_yr ASC" in sql("Which is the oldest car?", fleet(), FLEET_VALUES)


def test_a_noun_finds_the_participle_stored() -> None:
    cat = Catalog(tables=[TableInfo("apps", columns=[col("app_id", "integer"), col("stage")], primary_key=("app_id",))])
    values = ValueIndex.from_dict({"apps": {"stage": ["applied", "screened", "hired", "rejected"]}})
    assert "apps.stage = 'hired'" in sql("How many apps ended in a hire?", cat, values)


# ---------------------------------------------------------------- grouping and ranking
def styles() -> Catalog:
    return Catalog(
        tables=[
            TableInfo("Genre", columns=[col("GenreCode"), col("GenreName")], primary_key=("GenreCode",)),
            TableInfo(
                "Album",
                columns=[col("AlbumId", "integer"), col("AlbumName"), col("GenreCode")],
                primary_key=("AlbumId",),
                foreign_keys=[fk("GenreCode", "Genre", "GenreCode")],
            ),
            TableInfo(
                "Pressing",
                columns=[col("PressingId", "integer"), col("AlbumId", "integer"), col("Copies", "integer")],
                primary_key=("PressingId",),
                foreign_keys=[fk("AlbumId", "Album", "AlbumId")],
            ),
        ]
    )


def test_group_by_the_table_a_qualifier_points_to() -> None:
    out = sql("Number of pressings per album genre", styles())
    assert "GROUP BY Genre.GenreCode" in out and "COUNT(*)" in out


def test_rank_values_of_a_column_by_a_count() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "cust", columns=[col("cust_id", "integer"), col("cust_nm"), col("company_nm")], primary_key=("cust_id",)
            ),
            TableInfo(
                "ticket",
                columns=[col("tkt_id", "integer"), col("cust_id", "integer")],
                primary_key=("tkt_id",),
                foreign_keys=[fk("cust_id", "cust", "cust_id")],
            ),
        ]
    )
    out = sql("Top 3 companies by number of tickets", cat)
    assert "GROUP BY cust.company_nm" in out and "LIMIT 3" in out


def test_group_by_the_name_column_of_the_measured_rows() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "reviews",
                columns=[col("reviewId", "integer"), col("reviewerName"), col("stars", "integer")],
                primary_key=("reviewId",),
            )
        ]
    )
    out = sql("Average stars per reviewer", cat)
    assert "GROUP BY reviews.reviewerName" in out and "AVG(reviews.stars)" in out


def test_a_bound_word_picks_the_column_of_that_bound() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "jobs",
                columns=[col("jobId", "integer"), col("salaryMin", "integer"), col("salaryMax", "integer")],
                primary_key=("jobId",),
            )
        ]
    )
    assert "MAX(jobs.salaryMax)" in sql("What is the highest maximum salary?", cat)
    assert "AVG(jobs.salaryMin)" in sql("What is the average minimum salary?", cat)


def test_a_relative_who_does_not_ask_for_rows() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "cands",
                columns=[col("candId", "integer"), col("name"), col("source"), col("years", "integer")],
                primary_key=("candId",),
            )
        ]
    )
    values = ValueIndex.from_dict({"cands": {"source": ["LinkedIn", "Referral"]}})
    out = sql("Average years of cands who came through LinkedIn", cat, values)
    assert "AVG(cands.years)" in out and "cands.source = 'LinkedIn'" in out


def test_a_verb_of_having_a_value() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "devices", columns=[col("deviceId", "integer"), col("firmwareVersion")], primary_key=("deviceId",)
            )
        ]
    )
    values = ValueIndex.from_dict({"devices": {"firmwareVersion": ["1.0.0", "2.0.0"]}})
    assert "devices.firmwareVersion = '2.0.0'" in sql("How many devices run firmware 2.0.0?", cat, values)


def test_the_whole_set_of_rows_adds_no_condition() -> None:
    out = sql("How many electric cars are in the fleet?", fleet(), FLEET_VALUES)
    assert out.endswith("WHERE car.fuel_cd = 'EV'")
    with pytest.raises(TranslationError, match="garage"):
        sql("How many electric cars are in the garage?", fleet(), FLEET_VALUES)


# ---------------------------------------------------------------- measures and dates
def passes() -> Catalog:
    return Catalog(
        tables=[
            TableInfo("holder", columns=[col("holderId", "integer"), col("holderName")], primary_key=("holderId",)),
            TableInfo(
                "permit",
                columns=[
                    col("permitId", "integer"),
                    col("holderId", "integer"),
                    col("validFrom"),
                    col("validTo"),
                    col("seatCnt", "integer"),
                    col("feeChf", "real"),
                    col("volumeHl", "real"),
                ],
                primary_key=("permitId",),
                foreign_keys=[fk("holderId", "holder", "holderId")],
            ),
        ]
    )


def test_valid_on_a_day_is_inside_the_validity_span() -> None:
    out = sql("How many permits were valid on 10 January 2025?", passes())
    # (a permit with no end date is still in force)
    assert "permit.validFrom < '2025-01-11' AND (permit.validTo IS NULL OR permit.validTo >= '2025-01-10')" in out


def test_average_per_row_of_the_measured_table_is_no_group() -> None:
    out = sql("Average number of seats per permit", passes())
    assert out == "SELECT AVG(permit.seatCnt) AS average_seatcnt FROM permit"


def test_volume_units() -> None:
    assert sql("Total volume in hectolitres", passes()).startswith("SELECT SUM(permit.volumeHl)")
    assert sql("Total volume in litres", passes()).startswith("SELECT (SUM(permit.volumeHl)) * 100")
    with pytest.raises(TranslationError):
        sql("Total volume in kilograms", passes())  # another kind of unit


def test_show_the_column_asked_for_with_its_possessive() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "stars",
                columns=[
                    col("star_id", "integer"),
                    col("common_name"),
                    col("catalog_designation"),
                    col("magnitude", "real"),
                ],
                primary_key=("star_id",),
            ),
        ]
    )
    out = sql("Which star has the lowest magnitude? Give its catalog designation.", cat)
    assert "stars.catalog_designation" in out.split(" FROM ")[0]


def test_a_value_phrase_said_with_an_article() -> None:
    cat = Catalog(
        tables=[
            TableInfo("state", columns=[col("state_cd"), col("state_desc")], primary_key=("state_cd",)),
            TableInfo(
                "job",
                columns=[col("job_id", "integer"), col("state_cd")],
                primary_key=("job_id",),
                foreign_keys=[fk("state_cd", "state", "state_cd")],
            ),
        ]
    )
    values = ValueIndex.from_dict({"state": {"state_desc": ["Waiting on customer", "Open", "Closed"]}})
    assert "state.state_desc = 'Waiting on customer'" in sql("How many jobs are waiting on the customer?", cat, values)


def test_the_measure_of_rows_a_value_picks() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "test", columns=[col("test_cd"), col("test_nm"), col("price_amt", "real")], primary_key=("test_cd",)
            ),
            TableInfo(
                "result",
                columns=[col("result_id", "integer"), col("test_cd"), col("result_val", "real")],
                primary_key=("result_id",),
                foreign_keys=[fk("test_cd", "test", "test_cd")],
            ),
        ]
    )
    values = ValueIndex.from_dict({"test": {"test_nm": ["Glucose", "Iron"]}})
    out = sql("What is the average glucose result?", cat, values)
    assert "AVG(result.result_val)" in out and "test.test_nm = 'Glucose'" in out


# ---------------------------------------------------------------- people and their hierarchy
def staff(first: str, last: str) -> Catalog:
    return Catalog(
        tables=[
            TableInfo("dept", columns=[col("dept_id", "integer"), col("dept_nm")], primary_key=("dept_id",)),
            TableInfo(
                "emp",
                columns=[
                    col("emp_id", "integer"),
                    col(first),
                    col(last),
                    col("dept_id", "integer"),
                    col("mgr_id", "integer"),
                    col("gender_cd"),
                ],
                primary_key=("emp_id",),
                foreign_keys=[fk("dept_id", "dept", "dept_id"), fk("mgr_id", "emp", "emp_id")],
            ),
        ]
    )


STAFF_VALUES = ValueIndex.from_dict({"emp": {"gender_cd": ["F", "M"]}, "dept": {"dept_nm": ["Sales", "IT"]}})


@pytest.mark.parametrize(("first", "last"), [("first_nm", "last_nm"), ("FirstName", "LastName"), ("frst_nm", "lst_nm")])
def test_each_person_with_their_managers_name(first: str, last: str) -> None:
    out = sql("List each emp with their manager's name", staff(first, last), STAFF_VALUES)
    assert out == (
        f"SELECT emp.{first}, emp.{last}, mgr.{first}, mgr.{last} FROM emp "
        "LEFT JOIN emp AS mgr ON emp.mgr_id = mgr.emp_id"
    )


def test_a_name_is_never_compared_with_a_number_key() -> None:
    with pytest.raises(TranslationError, match="Ann Lee"):
        sql("Who is the manager of Ann Lee?", staff("first_nm", "last_nm"), STAFF_VALUES)


def test_headcount_counts_the_people() -> None:
    out = sql("Headcount by dept", staff("first_nm", "last_nm"), STAFF_VALUES)
    assert "COUNT(*)" in out and "FROM emp JOIN dept" in out and "GROUP BY dept.dept_id" in out


def test_rows_with_more_than_n_reports() -> None:
    out = sql("Which emps have more than 2 reports?", staff("first_nm", "last_nm"), STAFF_VALUES)
    assert "GROUP BY emp.mgr_id HAVING COUNT(*) > 2" in out


def test_no_rows_in_one_role() -> None:
    cat = Catalog(
        tables=[
            TableInfo("port", columns=[col("port_cd"), col("port_nm")], primary_key=("port_cd",)),
            TableInfo(
                "voyage",
                columns=[col("voyage_id", "integer"), col("orig_port_cd"), col("dest_port_cd")],
                primary_key=("voyage_id",),
                foreign_keys=[fk("orig_port_cd", "port", "port_cd"), fk("dest_port_cd", "port", "port_cd")],
            ),
        ]
    )
    assert "voyage.orig_port_cd = port.port_cd" in sql("Which ports have no departing voyages?", cat)
    assert "voyage.dest_port_cd = port.port_cd" in sql("Which ports have no arriving voyages?", cat)


def test_a_noun_in_ings_is_rows_not_the_date_of_its_verb() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "recruiter", columns=[col("recruiterId", "integer"), col("fullName")], primary_key=("recruiterId",)
            ),
            TableInfo(
                "jobOpening",
                columns=[col("jobId", "integer"), col("recruiterId", "integer"), col("openedOn"), col("closedOn")],
                primary_key=("jobId",),
                foreign_keys=[fk("recruiterId", "recruiter", "recruiterId")],
            ),
        ]
    )
    out = sql("Which recruiter has the most openings?", cat)
    assert "FROM jobOpening JOIN recruiter" in out and "openedOn" not in out
    with pytest.raises(TranslationError):
        sql("Which recruiter has the most open positions?", cat)  # "open" is a state, not the opening date


def test_longest_is_refused_between_a_duration_and_a_distance() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "leg",
                columns=[col("leg_id", "integer"), col("leg_nm"), col("dist_km", "real"), col("dur_min", "integer")],
                primary_key=("leg_id",),
            )
        ]
    )
    with pytest.raises(TranslationError, match="duration or a distance"):
        sql("Which leg is the longest?", cat)
    one = Catalog(
        tables=[
            TableInfo(
                "leg",
                columns=[col("leg_id", "integer"), col("leg_nm"), col("dur_min", "integer")],
                primary_key=("leg_id",),
            )
        ]
    )
    assert "ORDER BY leg.dur_min DESC" in sql("Which leg is the longest?", one)


def test_a_compound_noun_counts_its_last_noun() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "owner", columns=[col("owner_id", "integer"), col("owner_nm"), col("town")], primary_key=("owner_id",)
            ),
            TableInfo(
                "pet",
                columns=[col("pet_id", "integer"), col("owner_id", "integer"), col("pet_nm")],
                primary_key=("pet_id",),
                foreign_keys=[fk("owner_id", "owner", "owner_id")],
            ),
        ]
    )
    for q in ("Which town has the most pet owners?", "Number of pet owners per town"):
        out = sql(q, cat)
        assert out.startswith("SELECT owner.town, COUNT(*) AS count FROM owner WHERE EXISTS(SELECT 1 FROM pet"), out


def test_a_date_is_never_averaged() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "member",
                columns=[col("member_id", "integer"), col("member_nm"), col("birth_dt", "date")],
                primary_key=("member_id",),
            )
        ]
    )
    with pytest.raises(TranslationError, match="birth_dt"):
        sql("Average age of members", cat)


def test_a_kind_named_by_a_lookup_row_counts_the_rows_recording_it() -> None:
    cat = Catalog(
        tables=[
            TableInfo("passKind", columns=[col("kindCode"), col("description")], primary_key=("kindCode",)),
            TableInfo(
                "rider",
                columns=[col("riderId", "integer"), col("riderName"), col("homeCountry")],
                primary_key=("riderId",),
            ),
            TableInfo(
                "pass",
                columns=[
                    col("passId", "integer"),
                    col("riderId", "integer"),
                    col("kindCode"),
                    col("validFrom"),
                    col("validTo"),
                ],
                primary_key=("passId",),
                foreign_keys=[fk("riderId", "rider", "riderId"), fk("kindCode", "passKind", "kindCode")],
            ),
        ]
    )
    values = ValueIndex.from_dict(
        {"passkind": {"description": ["Day pass", "Week pass"]}, "rider": {"homeCountry": ["DE", "CH"]}}
    )
    out = sql("How many week passes were bought by riders from Germany?", cat, values)
    assert out.startswith("SELECT COUNT(*) AS count FROM pass") and "GROUP BY" not in out
    assert "passKind.description = 'Week pass'" in out and "rider.homeCountry = 'DE'" in out


def shop() -> Catalog:
    return Catalog(
        tables=[
            TableInfo("customers", columns=[col("id", "integer"), col("name")], primary_key=("id",)),
            TableInfo(
                "orders",
                columns=[col("id", "integer"), col("customer_id", "integer"), col("total", "real")],
                primary_key=("id",),
                foreign_keys=[fk("customer_id", "customers", "id")],
            ),
        ]
    )


def test_on_average_said_last() -> None:
    said_first = sql("Average number of orders per customer", shop())
    assert sql("How many orders per customer on average?", shop()) == said_first
    assert "COUNT(DISTINCT orders.customer_id)" in said_first


def test_an_average_the_query_does_not_take_is_refused() -> None:
    with pytest.raises(TranslationError, match="average"):
        sql("How many orders per customer average?", shop())


def test_a_group_through_one_of_two_keys_needs_a_word_for_it() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "stations",
                columns=[col("station_id", "integer"), col("station_name"), col("district")],
                primary_key=("station_id",),
            ),
            TableInfo(
                "rides",
                columns=[
                    col("ride_id", "integer"),
                    col("start_station_id", "integer"),
                    col("end_station_id", "integer"),
                ],
                primary_key=("ride_id",),
                foreign_keys=[
                    fk("start_station_id", "stations", "station_id"),
                    fk("end_station_id", "stations", "station_id"),
                ],
            ),
        ]
    )
    for q in ("Number of rides per district", "Which district has the most rides?"):
        with pytest.raises(TranslationError, match="start_station_id"):
            sql(q, cat)
    assert "rides.start_station_id" in sql("Number of rides per start station", cat)


def tracks() -> Catalog:
    return Catalog(
        tables=[
            TableInfo("Artist", columns=[col("ArtistId", "integer"), col("Name")], primary_key=("ArtistId",)),
            TableInfo(
                "Track",
                columns=[
                    col("TrackId", "integer"),
                    col("Name"),
                    col("ArtistId", "integer"),
                    col("Milliseconds", "integer"),
                    col("UnitPrice", "real"),
                ],
                primary_key=("TrackId",),
                foreign_keys=[fk("ArtistId", "Artist", "ArtistId")],
            ),
        ]
    )


@pytest.mark.parametrize(
    ("q", "part"),
    [
        ("How many tracks are longer than 8 minutes?", "Track.Milliseconds > 480000"),
        ("What share of tracks are longer than 5 minutes?", "Track.Milliseconds > 300000"),
        ("Average track length in seconds", "CAST((AVG(Track.Milliseconds)) AS REAL) / 1000.0"),
    ],
)
def test_a_column_named_by_its_unit_alone(q: str, part: str) -> None:
    assert part in sql(q, tracks())


def test_a_superlative_measures_what_the_adjective_means() -> None:
    out = sql("Which artist has the longest average track?", tracks())
    assert "AVG(Track.Milliseconds)" in out and "UnitPrice" not in out


def org() -> tuple[Catalog, ValueIndex]:
    cat = Catalog(
        tables=[
            TableInfo(
                "people",
                columns=[col("id", "integer"), col("name"), col("role"), col("boss_id", "integer")],
                primary_key=("id",),
                foreign_keys=[fk("boss_id", "people", "id")],
            )
        ]
    )
    return cat, ValueIndex.from_dict({"people": {"name": ["Ada Byron", "Alan Turing"], "role": ["Boss", "Clerk"]}})


UP = "people.id IN (SELECT people.boss_id FROM people WHERE people.name = 'Ada Byron')"
DOWN = "people.boss_id IN (SELECT people.id FROM people WHERE people.name = 'Ada Byron')"


@pytest.mark.parametrize(
    ("q", "part"),
    [
        ("Who is the boss of Ada Byron?", UP),
        ("Who manages Ada Byron?", UP),
        ("Who reports to Ada Byron?", DOWN),
        ("Whom does Ada Byron manage?", DOWN),
        ("Which people are managed by Ada Byron?", DOWN),
    ],
)
def test_the_direction_of_a_hierarchy(q: str, part: str) -> None:
    cat, values = org()
    out = sql(q, cat, values)
    assert part in out and "role" not in out, out


def test_a_time_phrase_scopes_the_rows_of_a_percentage() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "booking",
                columns=[col("booking_id", "integer"), col("booked_on", "date"), col("refund_flg")],
                primary_key=("booking_id",),
            )
        ]
    )
    values = ValueIndex.from_dict({"booking": {"refund_flg": ["Y", "N"]}})
    out = sql("What percentage of bookings were refunded in 2024?", cat, values)
    assert "CASE WHEN booking.refund_flg = 'Y'" in out
    assert out.endswith("FROM booking WHERE booking.booked_on >= '2024-01-01' AND booking.booked_on < '2025-01-01'")
    assert "CASE WHEN booking.booked_on" in sql("What percentage of bookings were in 2024?", cat, values)


def test_names_that_say_their_type_first() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "customer_tbl",
                columns=[col("customer_pk", "integer"), col("nm_customer"), col("dt_joined")],
                primary_key=("customer_pk",),
            ),
            TableInfo(
                "order_tbl",
                columns=[
                    col("order_pk", "integer"),
                    col("fk_customer", "integer"),
                    col("dt_ordered"),
                    col("amt_total", "real"),
                ],
                primary_key=("order_pk",),
                foreign_keys=[fk("fk_customer", "customer_tbl", "customer_pk")],
            ),
        ]
    )
    assert sql("Which customer has the most orders?", cat).startswith("SELECT customer_tbl.nm_customer, COUNT(*)")
    assert "order_tbl.dt_ordered >= '2024-01-01'" in sql("How many orders were placed in 2024?", cat)


@pytest.mark.parametrize("amount", ["total_amount", "totalamount"])
def test_an_aggregate_word_inside_a_column_name(amount: str) -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "customers", columns=[col("customer_id", "integer"), col("customer_name")], primary_key=("customer_id",)
            ),
            TableInfo(
                "orders",
                columns=[col("order_id", "integer"), col("customer_id", "integer"), col(amount, "real")],
                primary_key=("order_id",),
                foreign_keys=[fk("customer_id", "customers", "customer_id")],
            ),
        ]
    )
    assert f"SUM(orders.{amount})" in sql("Total amount per customer", cat)
    assert sql("What is the total amount of all orders?", cat).startswith(f"SELECT SUM(orders.{amount})")
    assert "SUM" not in sql("List orders with their total amount", cat)


def test_a_table_cut_to_three_letters() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "stu",
                columns=[col("stu_id", "integer"), col("stu_nm"), col("is_intl", "integer"), col("grad_dt", "date")],
                primary_key=("stu_id",),
            )
        ]
    )
    values = ValueIndex.from_dict({"stu": {"is_intl": ["0", "1"]}})
    assert sql("How many international students are there?", cat, values).endswith("FROM stu WHERE stu.is_intl = 1")
    assert sql("Students who have not graduated", cat, values) == "SELECT stu.stu_nm FROM stu WHERE stu.grad_dt IS NULL"
    car = Catalog(tables=[TableInfo("car", columns=[col("car_id", "integer"), col("car_nm")], primary_key=("car_id",))])
    with pytest.raises(TranslationError):
        sql("How many cargo ships are there?", car)  # "car" is a word: no cut of "cargo"


def test_the_date_a_verb_names_on_the_subject() -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "stu",
                columns=[col("stu_id", "integer"), col("stu_nm"), col("enrl_dt", "date")],
                primary_key=("stu_id",),
            ),
            TableInfo("crs", columns=[col("crs_id", "integer"), col("crs_title")], primary_key=("crs_id",)),
            TableInfo(
                "enrl",
                columns=[col("stu_id", "integer"), col("crs_id", "integer"), col("started_on", "date")],
                foreign_keys=[fk("stu_id", "stu", "stu_id"), fk("crs_id", "crs", "crs_id")],
            ),
        ]
    )
    assert sql("Students enrolled in 2024", cat).endswith(
        "WHERE stu.enrl_dt >= '2024-01-01' AND stu.enrl_dt < '2025-01-01'"
    )
    assert "enrl.started_on >= '2023-01-01'" in sql("Students who started in 2023", cat)


def test_which_value_has_the_highest_average_of_related_rows() -> None:
    cat = Catalog(
        tables=[
            TableInfo("movies", columns=[col("id", "integer"), col("title"), col("genre")], primary_key=("id",)),
            TableInfo(
                "ratings",
                columns=[col("id", "integer"), col("movie_id", "integer"), col("score", "real")],
                primary_key=("id",),
                foreign_keys=[fk("movie_id", "movies", "id")],
            ),
        ]
    )
    out = sql("Which genre has the highest average rating?", cat)
    assert out.startswith("SELECT movies.genre, AVG(ratings.score)") and out.endswith("DESC LIMIT 1")


def test_the_fewest_counts_rows_with_none_too() -> None:
    cat = shop()
    out = sql("Which customer has the fewest orders?", cat)
    assert "FROM customers LEFT JOIN orders ON orders.customer_id = customers.id" in out
    assert "COUNT(orders.id)" in out and out.endswith("LIMIT 1")
    assert "LEFT JOIN" not in sql("Which customer has the most orders?", cat)
