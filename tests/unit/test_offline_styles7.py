"""Issue 14: rules learned in the thirteenth session from the refusals and wrong answers of the blind corpora.
Each test builds its own tiny catalog; the point is the rule, not a wording of those corpora.
"""

from __future__ import annotations

import pytest
from test_offline_styles import col, fk, sql, table

from aishell.ai.offline import TranslationError, ValueIndex
from aishell.engines.base import Catalog

INT = "integer"
NUM = "numeric"


# ---------------------------------------------------------------- the time between two dates of a row
def permits() -> Catalog:
    return Catalog(tables=[
        table("applicants", [col("id", INT), col("full_name")], ("id",)),
        table("applications", [col("id", INT), col("applicant_id", INT), col("app_type"), col("status"),
                               col("submitted_on", "date"), col("approved_on", "date")], ("id",),
              fk("applicant_id", "applicants", "id")),
    ])  # fmt: skip


def permit_values() -> ValueIndex:
    return ValueIndex.from_dict({"applications": {"status": ["approved", "pending", "withdrawn"],
                                                  "app_type": ["Extension", "Demolition", "Signage"]}})


SPAN = "AVG((JULIANDAY(applications.approved_on) - JULIANDAY(applications.submitted_on)))"


def test_from_a_row_being_verbed_to_it_being_verbed_is_the_time_between_those_dates() -> None:
    out = sql("On average, how many days does it take from an application being submitted to it being approved?",
              permits(), permit_values())
    assert SPAN in out and "status" not in out  # the verbs date the span; no state is read (an unset end is left out)


def test_a_value_said_of_the_row_before_take_to_stays_a_condition() -> None:
    out = sql("On average, how many days does an extension take to be approved?", permits(), permit_values())
    assert SPAN in out and "applications.app_type = 'Extension'" in out


def test_a_process_named_before_from_and_to_is_the_span_they_bound() -> None:
    out = sql("On average, how many days did it take to process a demolition from submission to approval?",
              permits(), permit_values())
    assert SPAN in out and "applications.app_type = 'Demolition'" in out


def test_days_before_a_date_are_rows_verbed_measures_from_the_verbs_date() -> None:
    out = sql("On average, how many days before the approval date are applications submitted?", permits(),
              permit_values())
    assert SPAN in out


def test_hours_after_a_date_are_rows_verbed_measures_to_the_verbs_date() -> None:
    out = sql("On average, how many hours after submission are applications approved?", permits(), permit_values())
    assert "AVG(((JULIANDAY(applications.approved_on) - JULIANDAY(applications.submitted_on)) * 24))" in out


def lodges() -> Catalog:
    return Catalog(tables=[
        table("tblLodge", [col("intLodgeId", INT), col("strName")], ("intLodgeId",)),
        table("tblVisit", [col("intVisitId", INT), col("intLodgeId", INT), col("strState"),
                           col("dtArrive", "date"), col("dtDepart", "date")], ("intVisitId",),
              fk("intLodgeId", "tblLodge", "intLodgeId")),
    ])  # fmt: skip


def test_a_value_before_the_row_that_lasts_is_a_condition_of_the_span() -> None:
    values = ValueIndex.from_dict({"tblVisit": {"strState": ["Finished", "Booked", "Cancelled"]}})
    out = sql("On average, how many nights does a finished visit last?", lodges(), values)
    assert "AVG((JULIANDAY(tblVisit.dtDepart) - JULIANDAY(tblVisit.dtArrive)))" in out
    assert "tblVisit.strState = 'Finished'" in out


def test_a_row_being_verbed_with_no_date_of_that_verb_is_refused() -> None:
    with pytest.raises(TranslationError):
        sql("On average, how many days does it take from an application being audited to it being approved?",
            permits(), permit_values())


# ---------------------------------------------------------------- "both A and B" of related rows
def kennels() -> Catalog:
    return Catalog(tables=[
        table("keepers", [col("id", INT), col("keeper_name")], ("id",)),
        table("breeds", [col("id", INT), col("breed_name")], ("id",)),
        table("dogs", [col("id", INT), col("keeper_id", INT), col("breed_id", INT), col("dog_name")], ("id",),
              fk("keeper_id", "keepers", "id"), fk("breed_id", "breeds", "id")),
    ])  # fmt: skip


def test_both_a_value_and_a_value_with_articles_is_a_related_row_for_each() -> None:
    values = ValueIndex.from_dict({"breeds": {"breed_name": ["Beagle", "Collie", "Pug"]}})
    out = sql("Which keepers have both a beagle and a collie?", kennels(), values)
    assert out.count("EXISTS(") == 2 and "breeds.breed_name = 'Beagle'" in out and "breeds.breed_name = 'Collie'" in out


def studio() -> Catalog:
    return Catalog(tables=[
        table("dancers", [col("id", INT), col("dancer_name")], ("id",)),
        table("sessions", [col("id", INT), col("session_style")], ("id",)),
        table("attendance", [col("id", INT), col("dancer_id", INT), col("session_id", INT), col("outcome"),
                             col("joined_on", "date"), col("left_on", "date")], ("id",),
              fk("dancer_id", "dancers", "id"), fk("session_id", "sessions", "id")),
    ])  # fmt: skip


def studio_values() -> ValueIndex:
    return ValueIndex.from_dict({"sessions": {"session_style": ["salsa", "tango", "waltz"]},
                                 "attendance": {"outcome": ["attended", "missed"]}})


def test_a_noun_said_after_each_value_of_both_is_the_values_table() -> None:
    out = sql("Which dancers have attended both a salsa session and a tango session?", studio(), studio_values())
    parts = out.split("EXISTS(")
    assert len(parts) == 3  # one EXISTS per style, no third one for 'attended' alone
    assert all("attendance.outcome = 'attended'" in p for p in parts[1:])
    assert "'salsa'" in parts[1] + parts[2] and "'tango'" in parts[1] + parts[2]


def test_currently_holds_in_each_exists_of_both() -> None:
    out = sql("Which dancers are currently in both a salsa session and a tango session?", studio(), studio_values())
    parts = out.split("EXISTS(")
    assert len(parts) == 3 and all("attendance.left_on IS NULL" in p for p in parts[1:])


def test_a_value_and_a_list_of_others_on_one_column_is_refused() -> None:
    values = ValueIndex.from_dict({"attendance": {"outcome": ["attended", "missed", "excused"]}})
    with pytest.raises(TranslationError, match="cannot be 'missed' and one of"):
        sql("How many attendance records were missed with an attended or an excused?", studio(), values)


# ---------------------------------------------------------------- the row a self-referencing key points to
def climbers() -> Catalog:
    return Catalog(tables=[
        table("climbers", [col("climber_id", INT), col("given_nm"), col("surname"), col("signed_up", "date"),
                           col("introduced_by_id", INT)], ("climber_id",),
              fk("introduced_by_id", "climbers", "climber_id")),
    ])  # fmt: skip


def test_the_name_of_the_row_who_verbed_them_is_the_row_the_key_points_to() -> None:
    out = sql("Show every climber who signed up in 2024, along with the name of the climber who introduced them.",
              climbers())
    assert "JOIN climbers AS introduced_by ON climbers.introduced_by_id = introduced_by.climber_id" in out
    assert "introduced_by.given_nm" in out and "introduced_by.surname" in out and "climbers.given_nm" in out


def test_a_column_named_of_the_row_who_verbed_them_is_that_rows_column_only() -> None:
    out = sql("List each introduced climber with the surname of the climber who introduced them", climbers())
    head = out.split(" FROM ")[0]
    assert head == "SELECT climbers.given_nm, climbers.surname, introduced_by.surname"
    assert "NOT climbers.introduced_by_id IS NULL" in out


def test_an_id_of_an_undeclared_row_is_never_the_person_asked_for() -> None:
    catalog = Catalog(tables=[
        table("ushers", [col("id", INT), col("first_name"), col("last_name"), col("buddy_id", INT)], ("id",)),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"ushers": {"first_name": ["Ada"], "last_name": ["Quill"]}})
    with pytest.raises(TranslationError, match="buddy_id holds the id of a row"):
        sql("who is Ada Quill's buddy", catalog, values)


# ---------------------------------------------------------------- a bare phrase: a value to show, or rows to count
def payroll() -> Catalog:
    return Catalog(tables=[
        table("payruns", [col("id", INT), col("cutoff_date", "date"), col("payment_date", "date"),
                          col("cancelled_at", "date")], ("id",)),
    ])  # fmt: skip


def test_a_bare_phrase_headed_by_a_date_column_shows_it() -> None:
    out = sql("payment date for payruns in May 2025", payroll())
    assert "COUNT(" not in out and "payruns.payment_date" in out.split(" FROM ")[0]


def test_a_bare_phrase_of_events_in_a_period_counts_them() -> None:
    out = sql("cancellations in May 2025", payroll())
    assert out.startswith("SELECT COUNT(*)") and "payruns.cancelled_at >= '2025-05-01'" in out


# ---------------------------------------------------------------- "which X has the most <said of> Y"
def clinics() -> Catalog:
    return Catalog(tables=[
        table("vets", [col("id", INT), col("full_name")], ("id",)),
        table("outcome_codes", [col("code"), col("label")], ("code",)),
        table("consults", [col("id", INT), col("vet_id", INT), col("outcome_code"), col("urgent", "boolean")],
              ("id",), fk("vet_id", "vets", "id"), fk("outcome_code", "outcome_codes", "code")),
        table("newsletters", [col("id", INT), col("title")], ("id",)),
        table("subscriptions", [col("id", INT), col("newsletter_id", INT), col("email")], ("id",),
              fk("newsletter_id", "newsletters", "id")),
    ])  # fmt: skip


def test_the_most_rows_with_a_value_of_their_lookup_counts_those_rows() -> None:
    values = ValueIndex.from_dict({"outcome_codes": {"label": ["Resolved", "Referred"]}})
    out = sql("Which vet had the most resolved consults?", clinics(), values)
    assert "COUNT(*)" in out and "outcome_codes.label = 'Resolved'" in out and "ORDER BY COUNT(*) DESC LIMIT 1" in out


def test_the_most_rows_with_a_yes_no_column_counts_those_rows() -> None:
    out = sql("Which vet has the most urgent consults?", clinics())
    assert "consults.urgent = 1" in out or "consults.urgent = TRUE" in out
    assert "ORDER BY COUNT(*) DESC LIMIT 1" in out


def test_the_most_people_of_a_table_sharing_their_stem_counts_its_rows() -> None:
    out = sql("Which newsletter has the most subscribers?", clinics())
    assert "FROM subscriptions JOIN newsletters" in out and "ORDER BY COUNT(*) DESC LIMIT 1" in out


# ---------------------------------------------------------------- states, examples, codes and flags
def rescue() -> Catalog:
    return Catalog(tables=[
        table("tblSpecies", [col("intSpeciesID", INT), col("strSpeciesName")], ("intSpeciesID",)),
        table("tblState", [col("strStateCode"), col("strStateDesc")], ("strStateCode",)),
        table("tblPet", [col("intPetID", INT), col("strName"), col("intSpeciesID", INT), col("chrSex"),
                         col("strStateCode"), col("strPlaceFound")], ("intPetID",),
              fk("intSpeciesID", "tblSpecies", "intSpeciesID"), fk("strStateCode", "tblState", "strStateCode")),
        table("tblHoming", [col("intHomingID", INT), col("intPetID", INT), col("dtmHomed", "date"),
                            col("dtmBroughtBack", "date")], ("intHomingID",), fk("intPetID", "tblPet", "intPetID")),
        table("tblKeeper", [col("intKeeperID", INT), col("strFullName"), col("bitYardCheckPassed", "boolean"),
                            col("bitHasDogs", "boolean")], ("intKeeperID",)),
    ])  # fmt: skip


def rescue_values() -> ValueIndex:
    return ValueIndex.from_dict({
        "tblSpecies": {"strSpeciesName": ["Cat", "Dog", "Rabbit"]},
        "tblState": {"strStateDesc": ["Available", "Reserved", "Homed"]},
        "tblPet": {"chrSex": ["M", "F"], "strPlaceFound": ["Park", "Road", "Shop"]},
    })  # fmt: skip


def test_a_state_stored_capitalised_is_named_by_its_word_and_now_is_that_state() -> None:
    out = sql("How many cats are available for homing right now?", rescue(), rescue_values())
    assert "tblState.strStateDesc = 'Available'" in out and "tblSpecies.strSpeciesName = 'Cat'" in out
    assert "tblHoming" not in out  # "for homing" is what the state is for; "now" is the state, no end date


def test_a_word_of_quantity_is_never_a_one_letter_code() -> None:
    values = rescue_values()
    assert values.lookup_abbreviation("more", frozenset({"tblpet"})) == []
    assert [h.value for h in values.lookup_abbreviation("male", frozenset({"tblpet"}))] == ["M"]
    out = sql("Which species have two or more pets?", rescue(), values)
    assert "chrSex" not in out and "HAVING COUNT(DISTINCT tblPet.intPetID) >= 2" in out
    out = sql("How many male pets are there?", rescue(), rescue_values())
    assert "tblPet.chrSex = 'M'" in out


def test_values_given_as_examples_of_the_groups_are_no_filter() -> None:
    out = sql("How many pets were found in each kind of place, such as a park or a road?", rescue(), rescue_values())
    assert "GROUP BY tblPet.strPlaceFound" in out and "WHERE" not in out


def test_one_word_of_a_three_word_flag_is_not_the_flag() -> None:
    with pytest.raises(TranslationError):
        sql("Which keepers with dogs in the yard are there?", rescue(), rescue_values())
    out = sql("Which keepers passed the yard check?", rescue(), rescue_values())
    assert "tblKeeper.bitYardCheckPassed = 1" in out


def test_a_possessives_name_of_another_table_than_the_rows_shown_is_refused() -> None:
    catalog = Catalog(tables=[
        table("helpers", [col("id", INT), col("first_name"), col("last_name"), col("is_foster_carer", "boolean")],
              ("id",)),
        table("pets", [col("id", INT), col("pet_name")], ("id",)),
        table("stays", [col("id", INT), col("pet_id", INT), col("helper_id", INT), col("ended_on", "date")], ("id",),
              fk("pet_id", "pets", "id"), fk("helper_id", "helpers", "id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="the name of the carer is not in the answer"):
        sql("List the pets that are staying with a foster carer, along with the carer's name.", catalog)


# ---------------------------------------------------------------- money still owed
def recoveries() -> Catalog:
    return Catalog(tables=[
        table("tow_jobs", [col("job_no", INT), col("job_status"), col("charge_total", NUM), col("paid_yn"),
                             col("finished_at", "timestamp")], ("job_no",)),
        table("bills", [col("id", INT), col("amount", NUM), col("raised_on", "date"), col("paid_on", "date")],
              ("id",)),
    ])  # fmt: skip


def test_money_still_owed_is_the_paid_flag_saying_no() -> None:
    values = ValueIndex.from_dict({"tow_jobs": {"paid_yn": ["Y", "N"], "job_status": ["done", "open"]}})
    out = sql("How much money is still owed to us for done jobs?", recoveries(), values)
    assert "tow_jobs.paid_yn = 'N'" in out and "finished_at IS NULL" not in out


def test_what_we_still_owe_on_bills_is_their_payment_date_unset() -> None:
    out = sql("How much do we still owe on bills?", recoveries())
    assert "SUM(bills.amount)" in out and "bills.paid_on IS NULL" in out


# ---------------------------------------------------------------- a named row and its relatives
def herd() -> Catalog:
    return Catalog(tables=[
        table("cow", [col("cow_id", INT), col("cow_nm"), col("born_dt", "date"), col("mother_id", INT)], ("cow_id",),
              fk("mother_id", "cow", "cow_id")),
    ])  # fmt: skip


def test_whose_key_we_have_is_that_key_set() -> None:
    out = sql("Show every cow whose mother we have on record, together with the mother's name.", herd())
    assert "NOT cow.mother_id IS NULL" in out and "mother.cow_nm" in out


def test_rows_that_are_something_of_a_named_row_are_never_that_row() -> None:
    values = ValueIndex.from_dict({"cow": {"cow_nm": ["Daisy", "Buttercup"]}})
    with pytest.raises(TranslationError, match="which rows are Daisy's"):
        sql("Which cows are Daisy's calves?", herd(), values)


# ---------------------------------------------------------------- names written out in English
def office() -> Catalog:
    return Catalog(tables=[
        table("type_of_parcel", [col("type_id", INT), col("name_of_type"), col("is_fragile", "boolean")],
              ("type_id",)),
        table("parcel_that_was_received", [col("parcel_id", INT), col("type_id", INT), col("clerk_id", INT),
                                           col("date_the_parcel_arrived", "date"), col("weight_in_grams", NUM)],
              ("parcel_id",), fk("type_id", "type_of_parcel", "type_id"), fk("clerk_id", "clerk_at_the_desk",
                                                                               "clerk_id")),
        table("clerk_at_the_desk", [col("clerk_id", INT), col("job_title"), col("full_name_of_clerk")], ("clerk_id",)),
        table("room_where_parcels_are_kept", [col("room_id", INT), col("kind_of_room")], ("room_id",)),
    ])  # fmt: skip


def test_a_table_written_out_in_english_is_named_by_its_first_noun() -> None:
    out = sql("How many parcels arrived in May 2025?", office())
    assert "FROM parcel_that_was_received" in out and "type_of_parcel" not in out


def test_a_name_column_written_out_in_english_is_the_rows_name() -> None:
    out = sql("Which clerk has received the most parcels?", office())
    assert "clerk_at_the_desk.full_name_of_clerk" in out and "job_title" not in out


def test_a_kind_of_one_thing_is_not_the_kind_of_another() -> None:
    out = sql("How many parcels are there of each kind of parcel?", office())
    assert "kind_of_room" not in out


def rounds() -> Catalog:
    return Catalog(tables=[
        table("client", [col("id", INT), col("client_name"), col("joined_on", "date"), col("left_on", "date")],
              ("id",)),
        table("agreement", [col("id", INT), col("client_id", INT), col("frequency"), col("start_date", "date"),
                            col("end_date", "date")], ("id",), fk("client_id", "client", "id")),
    ])  # fmt: skip


def test_a_stored_value_weekly_is_that_value_not_groups_by_week() -> None:
    values = ValueIndex.from_dict({"agreement": {"frequency": ["weekly", "monthly"]}})
    out = sql("Which clients are currently on a weekly agreement?", rounds(), values)
    assert "agreement.frequency = 'weekly'" in out and "STRFTIME" not in out


def test_a_verb_of_ending_dates_the_period_by_the_end_date() -> None:
    out = sql("How many clients stopped using us during 2024?", rounds())
    assert "client.left_on >= '2024-01-01'" in out and "joined_on" not in out


def gardens() -> Catalog:
    return Catalog(tables=[
        table("gardener", [col("id", INT), col("full_name")], ("id",)),
        table("garden", [col("id", INT), col("owner_name"), col("every_n_weeks", INT)], ("id",)),
        table("visit", [col("id", INT), col("garden_id", INT), col("gardener_id", INT), col("visit_status"),
                        col("charge", NUM)], ("id",), fk("garden_id", "garden", "id"), fk("gardener_id", "gardener", "id")),
    ])  # fmt: skip


def test_a_state_participle_beside_a_column_of_states_is_never_dropped() -> None:
    values = ValueIndex.from_dict({"visit": {"visit_status": ["D", "X", "N"]}})
    with pytest.raises(TranslationError, match="completed"):
        sql("What is the average charge of each gardener's completed visits?", gardens(), values)


def test_a_table_word_after_we_is_a_verb_not_rows_had() -> None:
    with pytest.raises(TranslationError, match="'visit'"):
        sql("How many gardens do we visit every four weeks?", gardens())


def test_columns_that_all_repeat_the_tables_name_are_named_without_it() -> None:
    catalog = Catalog(tables=[
        table("repair", [col("repair_id", INT), col("repair_item_type"), col("repair_part_count", INT),
                         col("repair_received_date", "date"), col("repair_quote_amount", NUM)], ("repair_id",)),
    ])  # fmt: skip
    out = sql("How many repairs were received in the last 30 days?", catalog)
    assert out.startswith("SELECT COUNT(*)") and "repair_part_count" not in out
    assert "repair.repair_received_date >= '2025-05-16'" in out


def workshop_books() -> Catalog:
    return Catalog(tables=[
        table("crew", [col("crew_id", INT), col("full_name"), col("trade"), col("leaving_date", "date")], ("crew_id",)),
        table("commissions", [col("id", INT), col("ordered_on", "date"), col("price", NUM)], ("id",)),
        table("receipts", [col("id", INT), col("commission_id", INT), col("received_on", "date"), col("amount", NUM)],
              ("id",), fk("commission_id", "commissions", "id")),
    ])  # fmt: skip


def test_a_leaving_date_unset_is_still_working() -> None:
    values = ValueIndex.from_dict({"crew": {"trade": ["Joiner", "Painter"]}})
    out = sql("Which joiners are still working for us?", workshop_books(), values)
    assert "crew.leaving_date IS NULL" in out and "crew.trade = 'Joiner'" in out


def test_money_we_took_in_is_money_earned_and_the_month_format_note_is_dropped() -> None:
    out = sql("How much money did we take in each month of 2025? Show the month as 2025-01, 2025-02 and so on.",
              workshop_books())
    assert "STRFTIME('%Y-%m', receipts.received_on)" in out and "SUM(receipts.amount)" in out


def test_commissions_we_took_on_are_rows_counted() -> None:
    out = sql("How many commissions did we take on in each month of 2025?", workshop_books())
    assert "COUNT(*)" in out and "STRFTIME('%Y-%m', commissions.ordered_on)" in out


def test_between_two_days_of_one_month_said_once() -> None:
    import datetime as dt

    from aishell.ai.offline.dates import find_date_phrases
    from aishell.ai.offline.text import tokenize

    found = find_date_phrases(tokenize("visits scheduled between 16 and 22 June 2025"), dt.date(2025, 6, 15))
    assert [(p.lo, p.hi) for p in found] == [(dt.date(2025, 6, 16), dt.date(2025, 6, 23))]
    found = find_date_phrases(tokenize("bookings from 3 to 9 March 2024"), dt.date(2025, 6, 15))
    assert [(p.lo, p.hi) for p in found] == [(dt.date(2024, 3, 3), dt.date(2024, 3, 10))]


# ---------------------------------------------------------------- turning up
def lessons() -> Catalog:
    return Catalog(tables=[
        table("pupil", [col("pupil_id", INT), col("pupil_nm"), col("level_cd")], ("pupil_id",)),
        table("session", [col("session_id", INT), col("session_kind"), col("start_ts", "timestamp")], ("session_id",)),
        table("attendance", [col("att_id", INT), col("att_pupil_id", INT), col("att_session_id", INT),
                             col("att_attended_flg", "boolean")], ("att_id",),
              fk("att_pupil_id", "pupil", "pupil_id"), fk("att_session_id", "session", "session_id")),
    ])  # fmt: skip


def lesson_values() -> ValueIndex:
    return ValueIndex.from_dict({"pupil": {"level_cd": ["A", "B", "C"]},
                                 "session": {"session_kind": ["completed", "cancelled"]}})


def test_turned_up_is_attended_and_a_verb_is_no_one_letter_code() -> None:
    out = sql("How many pupils turned up for a session in 2024?", lessons(), lesson_values())
    assert "attendance.att_attended_flg = 1" in out and "level_cd" not in out
    assert lesson_values().lookup_abbreviation("attend") == []


def test_how_many_times_counts_events_never_the_rows_that_had_some() -> None:
    with pytest.raises(TranslationError, match="'how many times' counts events"):
        sql("How many times did a pupil fail to turn up for a session in 2024?", lessons(), lesson_values())


def test_a_value_said_of_the_rows_of_a_percentage_scopes_them() -> None:
    out = sql("What percentage of attendances for completed sessions actually turned up?", lessons(), lesson_values())
    assert "WHERE \"session\".session_kind = 'completed'" in out
    assert "SUM(CASE WHEN attendance.att_attended_flg = 1 THEN 1 ELSE 0 END)" in out


def test_each_row_who_has_a_role_with_the_roles_name() -> None:
    catalog = Catalog(tables=[
        table("tblTutor", [col("intTutorID", INT), col("strFirstName"), col("strLastName"), col("intCoachID", INT)],
              ("intTutorID",), fk("intCoachID", "tblTutor", "intTutorID")),
    ])  # fmt: skip
    out = sql("For each tutor who has a coach, show the tutor's name and the coach's name.", catalog)
    assert out.startswith("SELECT tblTutor.strFirstName, tblTutor.strLastName, int_coach.strFirstName, "
                          "int_coach.strLastName FROM tblTutor")
    assert "NOT tblTutor.intCoachID IS NULL" in out
    out = sql("For tutors who report to a coach tutor, show their name and their coach's name.", catalog)
    assert "int_coach.strFirstName" in out and "NOT tblTutor.intCoachID IS NULL" in out


# ---------------------------------------------------------------- terse legacy names
def legacy() -> Catalog:
    return Catalog(tables=[
        table("CUSMS", [col("CUSNO", INT), col("CNAME"), col("TOWN"), col("REGDT", "date")], ("CUSNO",)),
        table("OPTMS", [col("OPTNO", INT), col("ONAME"), col("GRADE")], ("OPTNO",)),
        table("VISTY", [col("TYCD"), col("TYDSC")], ("TYCD",)),
        table("VISIT", [col("VISNO", INT), col("CUSNO", INT), col("OPTNO", INT), col("TYCD"), col("VISDT", "date"),
                        col("FEE", NUM)], ("VISNO",)),
    ])  # fmt: skip


def test_terse_names_split_into_stem_and_class_piece() -> None:
    from aishell.ai.offline.schema import SchemaIndex

    schema = SchemaIndex(legacy())
    assert schema.table("cusms").words == ("cus", "ms")
    assert schema.table("visit").column("VISDT").words == ("vis", "dt")  # type: ignore[union-attr]
    assert schema.table("visit").column("FEE").words == ("fee",)  # type: ignore[union-attr]
    out = sql("How many customers do we have in Leeds?", legacy(), ValueIndex.from_dict({"CUSMS": {"TOWN": ["Leeds"]}}))
    assert "FROM CUSMS" in out and "CUSMS.TOWN = 'Leeds'" in out
    assert schema.table("optms").column("ONAME").words == ("o", "name")  # type: ignore[union-attr]


def test_a_period_after_dated_rows_below_the_subject_is_refused_not_put_on_its_own_date() -> None:
    values = ValueIndex.from_dict({"CUSMS": {"TOWN": ["Leeds"]}, "VISTY": {"TYDSC": ["Eye test", "Repair"]}})
    with pytest.raises(TranslationError, match="cannot tell whether 'this year' dates"):
        sql("How many customers from Leeds have had an eye test this year?", legacy(), values)


def test_rows_counted_per_their_own_key_are_refused() -> None:
    values = ValueIndex.from_dict({"VISTY": {"TYDSC": ["Eye test", "Repair"]}})
    with pytest.raises(TranslationError, match="gives 1 each|says its type"):
        sql("How many visits were repairs, broken down by type of visit?", legacy(), values)


def signs() -> Catalog:
    return Catalog(tables=[
        table("Orders", [col("Order No", INT), col("Date Ordered", "date"), col("Due Date", "date"),
                         col("Date Completed", "date"), col("Status"), col("Quoted Price", NUM)], ("Order No",)),
        table("Contracts", [col("Contract No", INT), col("Start Date", "date"), col("Date Completed", "date"),
                            col("End Date", "date"), col("State")], ("Contract No",)),
        table("Claims", [col("Claim ID", INT), col("Name Of Person Claiming"), col("Outcome"),
                         col("Date Claimed", "date")], ("Claim ID",)),
    ])  # fmt: skip


def sign_values() -> ValueIndex:
    return ValueIndex.from_dict({"Orders": {"Status": ["Completed", "Cancelled", "Open"]},
                                 "Contracts": {"State": ["Running", "Cancelled"]},
                                 "Claims": {"Outcome": ["rejected", "approved"]}})


def test_a_verb_of_completion_dates_by_the_completion_date_not_a_cut_of_another() -> None:
    out = sql("What was the total quoted price of the orders we finished in 2024?", signs(), sign_values())
    assert "Orders.\"Date Completed\" >= '2024-01-01'" in out


def test_a_cancellation_is_dated_by_the_end_date_never_the_completion_date() -> None:
    out = sql("How many contracts were cancelled in 2024?", signs(), sign_values())
    assert "Date Completed" not in out and "Contracts.\"End Date\" >= '2024-01-01'" in out


def test_who_over_rows_that_are_not_people_names_each_person_once() -> None:
    out = sql("Who made claims in 2025 that we rejected? Just the names.", signs(), sign_values())
    assert out.startswith('SELECT DISTINCT Claims."Name Of Person Claiming"')


def test_rows_that_have_left_have_their_end_date_set_or_are_not_active() -> None:
    catalog = Catalog(tables=[
        table("coach", [col("coach_id", INT), col("coach_nm"), col("start_dt", "date"), col("end_dt", "date")],
              ("coach_id",)),
        table("helper", [col("helper_id", INT), col("full_name_txt"), col("active_yn")], ("helper_id",)),
        table("review", [col("id", INT), col("coach_id", INT), col("stars", INT)], ("id",),
              fk("coach_id", "coach", "coach_id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"helper": {"active_yn": ["Y", "N"]}})
    assert "NOT coach.end_dt IS NULL" in sql("Which coaches have left?", catalog, values)
    assert "helper.active_yn = 'N'" in sql("Which helpers have left the club?", catalog, values)
    assert "end_dt" not in sql("Which coaches have left a review?", catalog, values)  # a thing left, not the club


def test_how_much_does_it_cost_on_average_is_the_average() -> None:
    catalog = Catalog(tables=[
        table("class", [col("cls_id", INT), col("cls_type"), col("cls_price", NUM)], ("cls_id",)),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"class": {"cls_type": ["private", "group"]}})
    out = sql("How much does a private class cost on average?", catalog, values)
    assert "AVG(class.cls_price)" in out and "class.cls_type = 'private'" in out and "SUM(" not in out


def test_each_flagged_row_groups_by_the_rows_and_keeps_the_flag() -> None:
    catalog = Catalog(tables=[
        table("client", [col("client_id", INT), col("client_name"), col("client_is_trade")], ("client_id",)),
        table("commission", [col("commission_id", INT), col("commission_client_id", INT), col("commission_status")],
              ("commission_id",), fk("commission_client_id", "client", "client_id")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"client": {"client_is_trade": ["Y", "N"]},
                                   "commission": {"commission_status": ["done", "open"]}})
    out = sql("For each of our trade clients, how many commissions have they brought us?", catalog, values)
    assert "client.client_is_trade = 'Y'" in out and "GROUP BY client.client_id, client.client_name" in out
    with pytest.raises(TranslationError):  # "actually handled": a state the words do not name
        sql("How many commissions has each trade client actually handled?", catalog, values)


def test_a_thing_said_alone_in_a_wide_table_is_shown_by_its_name() -> None:
    from aishell.ai.offline.translate import Translator

    catalog = Catalog(tables=[
        table("rpt_delivery", [col("run_no", INT), col("courier_badge"), col("courier_name"), col("done_at", "date")],
              ("run_no",)),
    ])  # fmt: skip
    linker = Translator(catalog, ValueIndex()).linker
    alone = {p.column: p.score for p in linker._by_first["courier"] if len(p.words) == 1}
    assert alone["courier_name"] > alone["courier_badge"]


def test_the_thing_money_went_on_is_never_dropped() -> None:
    catalog = Catalog(tables=[
        table("owner", [col("own_id", INT), col("own_nm")], ("own_id",)),
        table("boat", [col("boat_id", INT), col("boat_own_id", INT)], ("boat_id",), fk("boat_own_id", "owner", "own_id")),
        table("mooring", [col("moor_id", INT), col("moor_boat_id", INT), col("moor_fee", NUM),
                          col("moor_start_dt", "date")], ("moor_id",), fk("moor_boat_id", "boat", "boat_id")),
    ])  # fmt: skip
    with pytest.raises(TranslationError, match="'varnish'"):
        sql("How much did each owner spend on the varnish for their boats in 2024?", catalog)


def test_day_of_the_week_is_the_weekday_column_and_never_the_date() -> None:
    catalog = Catalog(tables=[
        table("dim_day", [col("day_key", INT), col("full_date", "date"), col("day_name")], ("day_key",)),
        table("fact_visit", [col("visit_id", INT), col("day_key", INT), col("visit_status")], ("visit_id",),
              fk("day_key", "dim_day", "day_key")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"fact_visit": {"visit_status": ["attended", "cancelled"]}})
    out = sql("Which day of the week gets the most attended visits?", catalog, values)
    assert "GROUP BY dim_day.day_name" in out
    bare = Catalog(tables=[table("visit", [col("id", INT), col("visited_on", "date")], ("id",))])
    with pytest.raises(TranslationError):
        sql("Which day of the week gets the most visits?", bare)


def test_how_many_of_a_kind_of_an_unknown_noun_counts_that_kinds_rows() -> None:
    catalog = Catalog(tables=[
        table("BAND", [col("BAND_CODE"), col("BAND_DESC")], ("BAND_CODE",)),
        table("DWELLING", [col("DWELLING_ID", INT), col("DWELLING_TYPE"), col("BAND_CODE")], ("DWELLING_ID",),
              fk("BAND_CODE", "BAND", "BAND_CODE")),
    ])  # fmt: skip
    values = ValueIndex.from_dict({"DWELLING": {"DWELLING_TYPE": ["Detached", "Flat"]}, "BAND": {"BAND_CODE": ["A", "H"]}})
    out = sql("How many detached houses are there in band H?", catalog, values)
    assert out.startswith("SELECT COUNT(*) AS count FROM DWELLING") and "DWELLING.DWELLING_TYPE = 'Detached'" in out


def test_rows_listed_by_title_are_shown_with_their_own_reference() -> None:
    catalog = Catalog(tables=[
        table("issues", [col("id", INT), col("issue_key"), col("title"), col("due_date", "date"),
                         col("closed_at", "date")], ("id",)),
    ])  # fmt: skip
    out = sql("overdue issues", catalog)
    assert out.startswith("SELECT issues.issue_key, issues.title FROM issues")
    out = sql("oldest issue that's still open", catalog)
    assert out.startswith("SELECT issues.issue_key, issues.title")
