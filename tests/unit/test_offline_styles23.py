"""Issue 14: rules learned in the thirtieth session from the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.engines.base import Catalog

INT = "integer"


# ---------------------------------------------------------------- the time between two dates of two related rows
def listings() -> Catalog:
    return Catalog(tables=[
        table("agents", [col("id", INT), col("name"), col("joined_on", "date")], ("id",)),
        table("listings", [col("id", INT), col("agent_id", INT), col("address"), col("listed_on", "date"),
                           col("asking_price", "numeric")], ("id",), fk("agent_id", "agents", "id")),
        table("sales", [col("id", INT), col("listing_id", INT), col("sold_on", "date"), col("price", "numeric")],
              ("id",), fk("listing_id", "listings", "id")),
    ])  # fmt: skip


SOLD_MINUS_LISTED = "(JULIANDAY(sales.sold_on) - JULIANDAY(listings.listed_on))"


@pytest.mark.parametrize("q", ["average days from listing to sale", "average number of days between listing and sale",
                               "On average, how many days does it take for a listing to sell?"])  # fmt: skip
def test_a_span_from_a_parent_row_date_to_its_child_row_date(q: str) -> None:
    """Each sale points to one listing: the span is measured per sale, from its listing's date to its own."""
    out = sql(q, listings())
    assert f"AVG({SOLD_MINUS_LISTED})" in out
    assert "FROM sales JOIN listings ON sales.listing_id = listings.id" in out
    assert "NOT sales.sold_on IS NULL" in out  # a sale not dated yet has no span


def test_a_span_between_sibling_rows_is_refused() -> None:
    """Two children of one parent are not one row: the time between an order's shipment and its invoice, when
    each is its own table under the order, is no per-row span."""
    cat = Catalog(tables=[
        table("orders", [col("id", INT), col("customer")], ("id",)),
        table("shipments", [col("id", INT), col("order_id", INT), col("shipped_on", "date")], ("id",),
              fk("order_id", "orders", "id")),
        table("invoices", [col("id", INT), col("order_id", INT), col("invoiced_on", "date")], ("id",),
              fk("order_id", "orders", "id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("average days from shipment to invoice", cat)


def test_the_actor_of_taking_time_does_not_date_the_span() -> None:
    """ "how many days do clients take to pay an invoice": from the invoice's own date, never the client's."""
    cat = Catalog(tables=[
        table("clients", [col("id", INT), col("name"), col("joined_on", "date")], ("id",)),
        table("invoices", [col("id", INT), col("client_id", INT), col("issued_on", "date"), col("paid_on", "date")],
              ("id",), fk("client_id", "clients", "id")),
    ])  # fmt: skip
    out = sql("On average, how many days do clients take to pay an invoice?", cat)
    assert "(JULIANDAY(invoices.paid_on) - JULIANDAY(invoices.issued_on))" in out
    assert "joined_on" not in out


def test_a_row_noun_said_as_an_event_is_its_own_date_in_any_word_order() -> None:
    """ "between an order and its delivery" over ``data_ordine``: the order's date named by its noun, after the
    word for a date (as Italian, Spanish and Portuguese names put it)."""
    cat = Catalog(tables=[
        table("ordine", [col("id", INT), col("cliente"), col("data_ordine", "date"), col("data_consegna", "date"),
                         col("data_creazione", "timestamp")], ("id",)),
    ])  # fmt: skip
    out = sql("On average, how many days pass between an order and its delivery?", cat)
    assert "AVG((JULIANDAY(ordine.data_consegna) - JULIANDAY(ordine.data_ordine)))" in out


def test_a_verb_before_a_period_dates_the_rows_not_a_related_rows_state() -> None:
    """ "dogs adopted in 2024" over adoptions (``adopted_on``) and the animal's status 'Adopted': the adoption's
    date, not the animal's state now (a dog adopted in 2024 and since returned was still adopted then)."""
    cat = Catalog(tables=[
        table("animals", [col("id", INT), col("species"), col("status"), col("intake_on", "date")], ("id",)),
        table("adoptions", [col("id", INT), col("animal_id", INT), col("adopted_on", "date")], ("id",),
              fk("animal_id", "animals", "id")),
    ])  # fmt: skip
    values = ValueIndex({("animals", "species"): ["Dog", "Cat"], ("animals", "status"): ["Adopted", "Returned"]})
    out = sql("For dogs adopted in 2024, what was the average number of days between intake and adoption?", cat,
              values)  # fmt: skip
    assert "animals.status" not in out
    assert "adoptions.adopted_on >= '2024-01-01'" in out
    assert "(JULIANDAY(adoptions.adopted_on) - JULIANDAY(animals.intake_on))" in out


# ---------------------------------------------------------------- "the most" after a state of related rows
def maps() -> Catalog:
    return Catalog(tables=[
        table("maps", [col("map_id", INT), col("map_name")], ("map_id",)),
        table("matches", [col("match_id", INT), col("status"), col("season")], ("match_id",)),
        table("match_maps", [col("id", INT), col("match_id", INT), col("map_id", INT)], ("id",),
              fk("match_id", "matches", "match_id"), fk("map_id", "maps", "map_id")),
    ])  # fmt: skip


def test_the_most_after_a_state_of_related_rows_counts_those_rows() -> None:
    values = ValueIndex({("matches", "status"): ["played", "forfeit"]})
    out = sql("Which map has been played the most?", maps(), values)
    assert "ORDER BY COUNT(DISTINCT matches.match_id) DESC LIMIT 1" in out
    assert "matches.status = 'played'" in out


def test_the_most_before_an_unread_noun_still_refuses() -> None:
    values = ValueIndex({("matches", "status"): ["played", "forfeit"]})
    with pytest.raises(TranslationError):
        sql("Which map has been played the most rounds?", maps(), values)


# ---------------------------------------------------------------- a row's period named by cut words; a process's time
def test_cut_start_and_end_words_make_a_rows_period() -> None:
    """``adm_dt`` and ``dsch_dt`` cut "admitted" and "discharged": the stay runs from one to the other; a cut of
    both kinds (``chk``: check-in or check-out) says neither."""
    cat = Catalog(tables=[table("pat_stay", [col("stay_id", INT), col("ward"), col("adm_dt", "date"),
                                             col("dsch_dt", "date")], ("stay_id",))])  # fmt: skip
    out = sql("average length of stay in days", cat)
    assert "AVG((JULIANDAY(pat_stay.dsch_dt) - JULIANDAY(pat_stay.adm_dt)))" in out
    both = Catalog(tables=[table("pat_stay", [col("stay_id", INT), col("ward"), col("chk_dt", "date"),
                                              col("dsch_dt", "date")], ("stay_id",))])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("average length of stay in days", both)


def tickets() -> Catalog:
    return Catalog(tables=[table("tickets", [col("id", INT), col("priority"), col("created_at", "timestamp"),
                                             col("resolved_at", "timestamp"), col("closed_at", "timestamp")],
                                 ("id",))])  # fmt: skip


def test_a_process_time_ends_at_the_date_the_process_names() -> None:
    out = sql("average resolution time in hours by priority", tickets())
    assert "AVG(((JULIANDAY(tickets.resolved_at) - JULIANDAY(tickets.created_at)) * 24))" in out
    assert "GROUP BY tickets.priority" in out


def test_a_process_time_naming_no_date_is_refused() -> None:
    """ "average response time": no date of a ticket says when it was responded to."""
    with pytest.raises(TranslationError):
        sql("average response time in hours", tickets())


def test_a_gerund_before_time_is_the_rows_whole_period() -> None:
    cat = Catalog(tables=[
        table("agents", [col("id", INT), col("name")], ("id",)),
        table("calls", [col("id", INT), col("agent_id", INT), col("started_at", "timestamp"),
                        col("ended_at", "timestamp")], ("id",), fk("agent_id", "agents", "id")),
    ])  # fmt: skip
    out = sql("average handling time in minutes per agent", cat)
    assert "AVG(((JULIANDAY(calls.ended_at) - JULIANDAY(calls.started_at)) * 1440))" in out
    assert "GROUP BY agents.id, agents.name" in out


def loans() -> Catalog:
    return Catalog(tables=[table("loans", [col("id", INT), col("barcode"), col("loaned", "date"), col("due", "date"),
                                           col("returned", "date")], ("id",))])  # fmt: skip


def test_a_rows_own_verb_starts_its_period_and_came_back_is_its_return() -> None:
    """``loaned`` in loans starts a loan; "due" is no cut of "departure" (a cut has no vowel after its first
    letter), so ``returned`` is the one end; "that came back" is what the span's condition already says."""
    out = sql("average loan length in days, for loans that came back", loans())
    assert out == ("SELECT AVG((JULIANDAY(loans.returned) - JULIANDAY(loans.loaned))) AS average_days FROM loans "
                   "WHERE NOT loans.returned IS NULL")  # fmt: skip


def test_states_between_a_length_and_its_rows_stay_conditions() -> None:
    """ "the average length in hours of unplanned outages": the flag is a condition, the rows' period the measure,
    and "hours" the span's unit though a column of another table (HoursWorked) is named by it."""
    cat = Catalog(tables=[
        table("outages", [col("id", INT), col("is_planned", "boolean"), col("started_at", "timestamp"),
                          col("ended_at", "timestamp")], ("id",)),
        table("outage_engineers", [col("outage_id", INT), col("engineer"), col("hours_worked", "numeric")],
              ("outage_id", "engineer"), fk("outage_id", "outages", "id")),
    ])  # fmt: skip
    out = sql("What's the average length in hours of unplanned outages?", cat)
    assert "AVG(((JULIANDAY(outages.ended_at) - JULIANDAY(outages.started_at)) * 24))" in out
    assert "outages.is_planned = 0" in out or "NOT outages.is_planned" in out
    assert "hours_worked" not in out


# ---------------------------------------------------------------- "within N days of"
def fines() -> Catalog:
    return Catalog(tables=[table("fines", [col("id", INT), col("issued_on", "date"), col("paid_on", "date"),
                                           col("amount", "numeric")], ("id",))])  # fmt: skip


def test_within_days_of_a_date_bounds_the_time_between_the_two() -> None:
    out = sql("How many fines were paid within 28 days of being issued?", fines())
    assert out == ("SELECT COUNT(*) AS count FROM fines WHERE (JULIANDAY(fines.paid_on) - JULIANDAY(fines.issued_on)) "
                   "<= 28")  # fmt: skip


def test_within_a_week_is_seven_days_from_the_rows_start() -> None:
    """No "of ...": from the row's one start date; "a week" is one week, compared as 7 days."""
    out = sql("How many fines were paid within a week?", fines())
    assert "(JULIANDAY(fines.paid_on) - JULIANDAY(fines.issued_on)) <= 7" in out


def test_within_days_of_a_date_the_row_lacks_is_refused() -> None:
    with pytest.raises(TranslationError):
        sql("How many fines were paid within 28 days of being appealed?", fines())


# ---------------------------------------------------------------- a compared column said before its unit
def test_a_column_compared_in_its_unit_is_not_also_shown() -> None:
    """ "Which models have a list price above 10,000 euros?": the models are listed; the price said before the
    unit is the compared column, not the answer (as without "euros")."""
    cat = Catalog(tables=[table("dim_product", [col("product_key", INT), col("model_code"), col("model_name"),
                                                col("list_price_eur", INT)], ("product_key",))])  # fmt: skip
    with_unit = sql("Which models have a list price above 10,000 euros?", cat)
    assert with_unit == sql("Which models have a list price above 10,000?", cat)
    assert with_unit.startswith("SELECT DISTINCT dim_product.model_name FROM")


def deals() -> Catalog:
    return Catalog(tables=[
        table("authors", [col("author_id", INT), col("name"), col("signed_date", "date")], ("author_id",)),
        table("book_deals", [col("deal_id", INT), col("author_id", INT), col("deal_date", "date"),
                             col("advance_gbp", "numeric")], ("deal_id",), fk("author_id", "authors", "author_id")),
    ])  # fmt: skip


def test_a_verb_naming_an_owners_date_dates_the_rows_by_their_own() -> None:
    out = sql("What was the total of the advances on deals signed in 2024?", deals())
    assert "book_deals.deal_date >= '2024-01-01'" in out and "signed_date" not in out
    # said right after the owners, the verb is theirs
    assert "authors.signed_date >= '2024-01-01'" in sql("How many authors signed in 2024?", deals())


# ---------------------------------------------------------------- "how many different X" per a group reached through rows
def bats() -> Catalog:
    return Catalog(tables=[
        table("species", [col("species_id", INT), col("common_name")], ("species_id",)),
        table("survey", [col("survey_id", INT), col("survey_type"), col("survey_date", "date")], ("survey_id",)),
        table("bat_record", [col("record_id", INT), col("survey_id", INT), col("species_id", INT),
                             col("bat_count", INT)], ("record_id",),
              fk("survey_id", "survey", "survey_id"), fk("species_id", "species", "species_id")),
    ])  # fmt: skip


@pytest.mark.parametrize("q", ["For each survey type, how many different species have been recorded?",
                               "For each kind of survey, how many different species have been recorded?"])  # fmt: skip
def test_different_rows_per_group_reached_through_their_records_are_each_counted_once(q: str) -> None:
    out = sql(q, bats())
    assert out.startswith("SELECT survey.survey_type, COUNT(DISTINCT species.species_id) AS count FROM species")
    assert out.endswith("GROUP BY survey.survey_type")


def test_without_different_the_records_are_counted() -> None:
    """ "how many species have been recorded": each record of a species (as "tracks played per show" counts plays);
    the table after "how many" is still what is counted, not the group's table said first."""
    out = sql("For each kind of survey, how many species have been recorded?", bats())
    assert out.startswith("SELECT survey.survey_type, COUNT(*) AS count FROM species")


# ---------------------------------------------------------------- "the 2025 season": the year's noun, no stored value
def permits() -> Catalog:
    return Catalog(tables=[table("permits", [col("permit_id", INT), col("permit_type"), col("season_year", INT),
                                             col("fee_paid", "numeric")], ("permit_id",))])  # fmt: skip


def test_a_noun_after_a_year_names_the_year_column_not_a_value() -> None:
    values = ValueIndex({("permits", "permit_type"): ["Season", "Day", "Week"]})
    out = sql("How much was paid in permit fees for the 2025 season?", permits(), values)
    assert out == "SELECT SUM(permits.fee_paid) AS total_fee_paid FROM permits WHERE permits.season_year = 2025"
    # said apart from the year, the value is still the permit type
    assert "permits.permit_type = 'Season'" in sql("How many permits of type Season in 2025?", permits(), values)


# ---------------------------------------------------------------- schemas named in Indonesian; foreign money and units
def water() -> Catalog:
    return Catalog(tables=[
        table("pelanggan", [col("id_pelanggan", INT), col("nama"), col("kota")], ("id_pelanggan",)),
        table("tagihan", [col("id_tagihan", INT), col("id_pelanggan", INT), col("jatuh_tempo", "date"),
                          col("total_tagihan", "numeric")], ("id_tagihan",),
              fk("id_pelanggan", "pelanggan", "id_pelanggan")),
        table("pembayaran", [col("id_pembayaran", INT), col("id_tagihan", INT), col("tanggal_bayar", "date"),
                             col("jumlah_bayar", "numeric")], ("id_pembayaran",),
              fk("id_tagihan", "tagihan", "id_tagihan")),
    ])  # fmt: skip


def test_an_indonesian_schema_is_reached_by_english_nouns() -> None:
    assert sql("How many customers are there?", water()) == "SELECT COUNT(*) AS count FROM pelanggan"
    assert sql("how many bills", water()) == "SELECT COUNT(*) AS count FROM tagihan"


def test_a_foreign_word_of_money_makes_the_rows_amount() -> None:
    """ "Total payments per month": the payments' own amount (``jumlah_bayar``: bayar is paying), not the
    ``total_tagihan`` of the bill each payment is for, which the word "total" also names."""
    out = sql("Total payments per month in 2025", water())
    assert "SUM(pembayaran.jumlah_bayar)" in out and "total_tagihan" not in out


def test_hundredths_of_a_crown_convert_an_amount_said_in_crowns() -> None:
    cat = Catalog(tables=[table("jizdenka", [col("id", INT), col("cena_hal", INT)], ("id",))])
    assert sql("How many tickets cost more than 50 crowns?", cat).endswith("WHERE jizdenka.cena_hal > 5000")


def test_a_number_of_things_paid_in_is_no_sum_of_money() -> None:
    cat = Catalog(tables=[table("factures", [col("id", INT), col("numero"), col("statut"),
                                             col("montant_ht", "numeric")], ("id",))])  # fmt: skip
    with pytest.raises(TranslationError):
        sql("invoices paid in two or more instalments", cat, ValueIndex({("factures", "statut"): ["payée", "due"]}))


def test_still_open_said_of_rows_with_their_own_end_not_a_related_rows_state() -> None:
    """Fault reports hold no state but ``opgelost_op`` (Dutch: resolved on); the quote their installation came
    from stores 'open': "still open" is the reports' own, while they are not resolved."""
    cat = Catalog(tables=[
        table("offertes", [col("offerte_id", INT), col("status")], ("offerte_id",)),
        table("installaties", [col("installatie_id", INT), col("offerte_id", INT)], ("installatie_id",),
              fk("offerte_id", "offertes", "offerte_id")),
        table("storingen", [col("storing_id", INT), col("installatie_id", INT), col("gemeld_op", "date"),
                            col("opgelost_op", "date")], ("storing_id",),
              fk("installatie_id", "installaties", "installatie_id")),
    ])  # fmt: skip
    values = ValueIndex({("offertes", "status"): ["open", "geaccepteerd"]})
    assert sql("how many faults are still open?", cat, values) == (
        "SELECT COUNT(*) AS count FROM storingen WHERE storingen.opgelost_op IS NULL")


# ---------------------------------------------------------------- a star schema's calendar; rows of a kind under a named row
def coop() -> Catalog:
    return Catalog(tables=[
        table("dim_date", [col("date_key", INT), col("full_date", "date"), col("year", INT), col("month", INT)],
              ("date_key",)),
        table("dim_site", [col("site_key", INT), col("site_name"), col("commissioned_date_key", INT)], ("site_key",),
              fk("commissioned_date_key", "dim_date", "date_key")),
        table("fact_generation", [col("date_key", INT), col("site_key", INT), col("generated_kwh", "numeric"),
                                  col("exported_kwh", "numeric")], ("date_key", "site_key"),
              fk("date_key", "dim_date", "date_key"), fk("site_key", "dim_site", "site_key")),
    ])  # fmt: skip


def test_a_fact_is_dated_by_its_own_calendar_key_though_a_group_names_another_route() -> None:
    """ "per site ... in 2024": the site is the group, not the site's commissioning date; a date said of the
    commissioning would name that route ("sites commissioned in 2024")."""
    out = sql("Total generated kWh per site in 2024", coop())
    assert "JOIN dim_date ON fact_generation.date_key = dim_date.date_key" in out
    assert "commissioned_date_key" not in out


def test_a_share_of_a_quantity_said_after_the_period_is_refused() -> None:
    with pytest.raises(TranslationError, match="share of"):
        sql("What percentage of the electricity each site generated in 2024 was exported?", coop())


def test_rows_of_a_kind_under_a_named_row_of_their_own_table() -> None:
    cat = Catalog(tables=[table("tblLibrary", [col("lngLibraryID", INT), col("strLibraryName"),
                                               col("strLibraryType"), col("lngParentLibraryID", INT)],
                                ("lngLibraryID",), fk("lngParentLibraryID", "tblLibrary", "lngLibraryID"))])  # fmt: skip
    values = ValueIndex({("tblLibrary", "strLibraryType"): ["CENTRAL", "BRANCH"],
                         ("tblLibrary", "strLibraryName"): ["Millbrook Central Library", "Eastgate Library"]})
    out = sql("Which libraries are branches of Millbrook Central Library?", cat, values)
    assert "tblLibrary.lngParentLibraryID IN (SELECT tblLibrary.lngLibraryID FROM tblLibrary WHERE " \
           "tblLibrary.strLibraryName = 'Millbrook Central Library')" in out


# ---------------------------------------------------------------- a cut of a verb's noun; the verb of the rows said before it
def forwarder() -> Catalog:
    return Catalog(tables=[
        table("CARR", [col("CARR_ID", INT), col("CARR_NM")], ("CARR_ID",)),
        table("EMP", [col("EMP_ID", INT), col("EMP_FNM"), col("EMP_LNM"), col("HIRE_DT", "date"),
                      col("TERM_DT", "date")], ("EMP_ID",)),
        table("SHPMT", [col("SHPMT_ID", INT), col("HBL_NO"), col("CARR_ID", INT), col("BKG_DT", "date"),
                        col("ETD_DT", "date"), col("STAT_CD")], ("SHPMT_ID",), fk("CARR_ID", "CARR", "CARR_ID")),
    ])  # fmt: skip


def test_a_cut_of_the_verbs_noun_names_its_date() -> None:
    """``BKG_DT`` cuts "booking": "booked this year" is that date, not the shipment's main one."""
    out = sql("List the HBL numbers of shipments booked this year", forwarder())
    assert "SHPMT.BKG_DT >= '2025-01-01'" in out and "ETD_DT" not in out


def test_the_verb_of_the_rows_said_before_it_dates_them_under_another_subject() -> None:
    out = sql("Top 3 carriers by number of shipments booked in 2024", forwarder())
    assert "WHERE SHPMT.BKG_DT >= '2024-01-01' AND SHPMT.BKG_DT < '2025-01-01'" in out
    assert out.endswith("ORDER BY COUNT(*) DESC LIMIT 3")


def test_people_who_have_left_by_a_termination_date() -> None:
    assert sql("Which employees have left the company?", forwarder()) == (
        "SELECT EMP.EMP_FNM, EMP.EMP_LNM FROM EMP WHERE NOT EMP.TERM_DT IS NULL")


def test_still_open_beside_an_opening_date_is_the_closing_date_unset() -> None:
    cat = Catalog(tables=[table("workOrders", [col("workOrderId", INT), col("woType"), col("openedAt", "timestamp"),
                                               col("closedAt", "timestamp")], ("workOrderId",))])  # fmt: skip
    assert sql("How many work orders are still open?", cat) == (
        "SELECT COUNT(*) AS count FROM workOrders WHERE workOrders.closedAt IS NULL")


def test_a_polish_language_school_is_reached_by_english_nouns() -> None:
    cat = Catalog(tables=[
        table("kursanci", [col("id_kursanta", INT), col("imie"), col("nazwisko"), col("miasto")], ("id_kursanta",)),
        table("kursy", [col("id_kursu", INT), col("kod_kursu"), col("poziom")], ("id_kursu",)),
        table("zapisy", [col("id_zapisu", INT), col("id_kursanta", INT), col("id_kursu", INT),
                         col("data_zapisu", "date")], ("id_zapisu",),
              fk("id_kursanta", "kursanci", "id_kursanta"), fk("id_kursu", "kursy", "id_kursu")),
    ])  # fmt: skip
    assert sql("How many students are there?", cat) == "SELECT COUNT(*) AS count FROM kursanci"
    assert "HAVING COUNT(DISTINCT zapisy.id_zapisu) > 10" in sql("Courses with more than 10 enrollments", cat)


def test_right_now_beside_a_state_that_holds_the_end_unset_is_said_already() -> None:
    cat = Catalog(tables=[table("tblLoan", [col("lngLoanID", INT), col("dtmOut", "date"), col("dtmDue", "date"),
                                            col("dtmReturned", "date")], ("lngLoanID",))])  # fmt: skip
    assert sql("How many loans are overdue right now?", cat) == sql("How many loans are overdue?", cat)
    assert "tblLoan.dtmReturned IS NULL" in sql("How many loans are overdue right now?", cat)


# ---------------------------------------------------------------- a kind of rows names no route; "come to"; a fee per child row
def vets() -> Catalog:
    return Catalog(tables=[
        table("clinics", [col("id", INT), col("name")], ("id",)),
        table("staff", [col("id", INT), col("first_name"), col("last_name"), col("role"), col("clinic_id", INT),
                        col("left_on", "date")], ("id",), fk("clinic_id", "clinics", "id")),
        table("appointments", [col("id", INT), col("vet_id", INT), col("clinic_id", INT), col("starts_at", "timestamp"),
                               col("status"), col("reason"), col("fee_pence", INT)], ("id",),
              fk("vet_id", "staff", "id"), fk("clinic_id", "clinics", "id")),
    ])  # fmt: skip


def test_a_word_read_as_a_kind_of_rows_names_no_route_through_other_rows() -> None:
    """ "vets at Pawcare York Central": 'vet' is the staff's role, not the appointments' vet_id route to a clinic."""
    values = ValueIndex({("staff", "role"): ["vet", "nurse"], ("clinics", "name"): ["Pawcare York Central"]})
    out = sql("Which vets at Pawcare York Central still work there?", vets(), values)
    assert "FROM staff JOIN clinics ON staff.clinic_id = clinics.id" in out and "appointments" not in out


def test_what_the_rows_come_to_is_their_total() -> None:
    cat = Catalog(tables=[table("lab_tests", [col("id", INT), col("tested_on", "date"), col("fee", "numeric")],
                                ("id",))])  # fmt: skip
    assert sql("What did the test fees come to in 2024?", cat).startswith("SELECT SUM(lab_tests.fee)")


def test_a_parents_amount_summed_for_child_rows_is_refused() -> None:
    cat = Catalog(tables=[
        table("competition", [col("code"), col("name"), col("referee_fee", "numeric")], ("code",)),
        table("fixture", [col("id", INT), col("competition"), col("kickoff", "date"), col("result_code")], ("id",),
              fk("competition", "competition", "code")),
    ])  # fmt: skip
    values = ValueIndex({("fixture", "result_code"): ["played", "postponed"]})
    with pytest.raises(TranslationError, match="once per"):
        sql("What was the total of the referee fees for played matches?", cat, values)


# ---------------------------------------------------------------- "in service": not taken out of it
def turbines() -> Catalog:
    return Catalog(tables=[
        table("sites", [col("siteId", INT), col("siteName")], ("siteId",)),
        table("turbines", [col("turbineId", INT), col("siteId", INT), col("serialNo"), col("isDecommissioned", "boolean")],
              ("turbineId",), fk("siteId", "sites", "siteId")),
    ])  # fmt: skip


def test_in_service_is_the_out_of_service_flag_false() -> None:
    assert sql("How many turbines are still in service?", turbines()) == (
        "SELECT COUNT(*) AS count FROM turbines WHERE turbines.isDecommissioned = 0")
    out = sql("Which sites have more than 20 turbines in service?", turbines())
    assert "WHERE turbines.isDecommissioned = 0" in out and "HAVING COUNT(DISTINCT turbines.turbineId) > 20" in out


def test_in_service_beside_a_decommissioning_date_is_that_date_unset() -> None:
    cat = Catalog(tables=[table("assets", [col("id", INT), col("tag"), col("decommissioned_on", "date")], ("id",))])
    assert sql("How many assets are in service?", cat) == (
        "SELECT COUNT(*) AS count FROM assets WHERE assets.decommissioned_on IS NULL")


def test_the_average_length_of_rows_named_by_their_kind() -> None:
    cat = Catalog(tables=[table("appointments", [col("id", INT), col("kind"), col("status"),
                                                 col("starts_at", "timestamp"), col("ends_at", "timestamp")],
                                ("id",))])  # fmt: skip
    values = ValueIndex({("appointments", "kind"): ["surgery", "checkup"],
                         ("appointments", "status"): ["completed", "cancelled"]})
    out = sql("Average length of completed surgeries in minutes", cat, values)
    assert "AVG(((JULIANDAY(appointments.ends_at) - JULIANDAY(appointments.starts_at)) * 1440))" in out
    assert "appointments.kind = 'surgery'" in out and "appointments.status = 'completed'" in out


def test_a_column_of_the_absent_rows_said_as_the_verbs_object_is_those_rows() -> None:
    cat = Catalog(tables=[
        table("members", [col("member_id", INT), col("full_name")], ("member_id",)),
        table("tee_bookings", [col("booking_id", INT), col("member_id", INT), col("tee_time", "timestamp"),
                               col("players", INT)], ("booking_id",), fk("member_id", "members", "member_id")),
    ])  # fmt: skip
    out = sql("How many members have never booked a tee time?", cat)
    assert out == ("SELECT COUNT(*) AS count FROM members WHERE NOT EXISTS(SELECT 1 FROM tee_bookings WHERE "
                   "tee_bookings.member_id = members.member_id)")


def test_a_kind_of_a_function_word_is_never_dropped() -> None:
    """ "by type of work" over the client's type: "of work" says whose type, and no column reads it."""
    cat = Catalog(tables=[
        table("client", [col("cli_id", INT), col("cli_name"), col("cli_type")], ("cli_id",)),
        table("project", [col("proj_id", INT), col("cli_id", INT), col("proj_title"), col("proj_start", "date"),
                          col("proj_end", "date")], ("proj_id",), fk("cli_id", "client", "cli_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="type of work"):
        sql("Average length in days of projects, by type of work", cat)
    assert "GROUP BY client.cli_type" in sql("Average length in days of projects, by client type", cat)
