"""Six hospitality and leisure SQLite databases for the blind English-to-SQL corpus 105.

All data is synthetic and deterministic (``random.Random`` with a fixed seed per database).  The data ends on
2025-06-14 (a Saturday); "today" is 2025-06-15, so "this year" is 2025, "last year" is 2024, "last month" is
May 2025, "last quarter" is January-March 2025, "since April" means on or after 2025-04-01 and "tomorrow" is
2025-06-16.  Dates are ISO text 'YYYY-MM-DD'; timestamps are 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD HH:MM:SS'.
Names of people are unique within each people table.

gasthof -- a family-run Alpine guesthouse (German table, column and value names; money in euros; yes/no flags
are 'ja' / 'nein')
    zimmer(zimmer_nr, etage, kategorie, preis_pro_nacht, balkon, aussicht)
                                                18 rooms (101..402) on four floors.  kategorie 'EZ' =
                                                Einzelzimmer (single), 'DZ' = Doppelzimmer (double), 'FZ' =
                                                Familienzimmer (family room), 'SU' = Suite; preis_pro_nacht =
                                                price per night in euros (breakfast included); balkon 'ja'/'nein';
                                                aussicht = view: 'See' (lake), 'Berg' (mountains), 'Hof'
                                                (courtyard).
    gast(gast_id, vorname, nachname, geschlecht, geburtsdatum, land, wohnort, stammgast)
                                                820 guests.  geschlecht 'm' = male, 'w' = female (weiblich), 'd' =
                                                diverse; land = ISO country code ('DE' Germany, 'AT' Austria, 'CH'
                                                Switzerland, 'NL', 'IT', 'GB', 'US', 'DK'); wohnort = home town;
                                                stammgast 'ja' = regular guest (Stammgast).
    buchung(buchung_id, gast_id -> gast, zimmer_nr -> zimmer, buchungsdatum, anreise_datum, abreise_datum,
            personen, verpflegung, status, kanal, storno_datum)
                                                bookings with arrival 2023-01 .. 2025-10; buchungsdatum = date the
                                                booking was made; anreise_datum = arrival, abreise_datum =
                                                departure (nights = the difference in days); personen = number of
                                                people.  verpflegung = meal plan: 'UE' = nur Übernachtung (room
                                                only), 'UF' = Übernachtung mit Frühstück (bed & breakfast), 'HP' =
                                                Halbpension (half board), 'VP' = Vollpension (full board).
                                                status 'abgereist' = stay completed (checked out), 'angereist' =
                                                checked in and still in the house, 'bestaetigt' = confirmed future
                                                booking, 'storniert' = cancelled.  kanal = booking channel:
                                                'direkt' (website / walk-in), 'telefon', 'booking' (Booking.com),
                                                'expedia', 'reisebuero' (travel agent).  storno_datum = date of the
                                                cancellation, NULL unless status = 'storniert'.  Stays in the same
                                                room never overlap (cancelled bookings aside).
    rechnung(rechnung_id, buchung_id -> buchung, rechnungsdatum, betrag, bezahlt, zahlungsart)
                                                one invoice per completed stay, dated on the departure day; betrag =
                                                amount in euros (room, meal-plan supplement and extras); bezahlt
                                                'ja'/'nein'; zahlungsart 'karte' (card), 'bar' (cash),
                                                'ueberweisung' (bank transfer), NULL while unpaid.
    leistung(leistung_id, bezeichnung, preis)   nine extra services with their unit price in euros: Sauna,
                                                'Massage 60 Minuten', 'Fahrradverleih (Tag)' (bike hire per day),
                                                'Tiefgarage (Nacht)' (garage per night), 'Hund (Nacht)' (dog per
                                                night), Lunchpaket, Weinprobe (wine tasting), Flughafentransfer
                                                (airport transfer), Kinderbetreuung (childcare, never booked).
    buchung_leistung(buchung_id -> buchung, leistung_id -> leistung, menge, datum)
                                                extras used during a stay: menge = quantity, datum = date used;
                                                value = menge * leistung.preis.

roomservice -- in-room dining of a 28-room city hotel (Hungarian notation: tbl = table, int = integer, str =
text, dtm = date/time, cur = money in dollars, bit = 0/1 flag, chr = one-letter code)
    tblRoom(intRoomID, strRoomNo, intFloor, strRoomType)
                                                rooms '101'..'603' on floors 1-6; strRoomType 'STD' = standard,
                                                'DLX' = deluxe, 'STE' = suite (floor 6).
    tblGuest(intGuestID, strFirstName, strLastName, strEmail, strCountry, bitVip)
                                                1100 guests; strCountry is a full name ('United Kingdom', 'United
                                                States', 'Germany', ...); bitVip 1 = VIP guest.
    tblStay(intStayID, intGuestID -> tblGuest, intRoomID -> tblRoom, dtmCheckIn, dtmCheckOut, dtmDepartureDue)
                                                stays from 2024-01-01; dtmCheckOut NULL = the guest is still in the
                                                room (room currently occupied); dtmDepartureDue = planned departure.
    tblStaff(intStaffID, strFirstName, strLastName, strRole, intManagerID -> tblStaff, dtmHired, dtmLeft,
             bitActive)                         20 in-room-dining staff; SELF-REFERENCE intManagerID = the person
                                                they report to (NULL for the F&B manager Helen Whitaker).  strRole
                                                'MGR' = manager, 'SUP' = supervisor, 'WTR' = waiter / runner,
                                                'CHF' = chef.  dtmLeft = leaving date; bitActive 1 = still employed
                                                (dtmLeft NULL).
    tblMenuItem(intItemID, strItemName, strCategory, curPrice, bitVegetarian, bitOnMenu)
                                                39 dishes and drinks; strCategory 'Breakfast', 'Starters', 'Mains',
                                                'Desserts', 'Drinks', 'Late Night'; curPrice = current price in
                                                dollars; bitOnMenu 0 = no longer offered.
    tblOrder(intOrderID, intStayID -> tblStay, intWaiterID -> tblStaff, dtmOrdered, dtmDelivered, chrStatus, curTip)
                                                room-service orders; dtmOrdered / dtmDelivered 'YYYY-MM-DD
                                                HH:MM:SS' (delivery time = the difference); chrStatus 'D' =
                                                delivered, 'X' = cancelled (dtmDelivered NULL, no tip); curTip =
                                                tip in dollars.
    tblOrderLine(intOrderLineID, intOrderID -> tblOrder, intItemID -> tblMenuItem, intQty, curUnitPrice)
                                                order lines; curUnitPrice = price charged (2024 prices were about
                                                6% lower than today's curPrice); line value = intQty * curUnitPrice.

adventurepark -- a high-ropes and zipline park (lower snake_case; every *_cd column is a code explained in
code_lookup; durations in seconds; prices in euros; flags 'Y'/'N')
    code_lookup(code_type, code_cd, code_desc)  code_type 'LEVEL': L1 Beginner, L2 Intermediate, L3 Advanced,
                                                L4 Expert.  'TICKET': ADT Adult, CHD 'Child (8-15)', STU Student,
                                                SNR 'Senior (65+)', GRP 'Group rate'.  'RESULT': CMP Completed, ABD
                                                Abandoned, RSC 'Rescued by staff'.  'INCIDENT': STK 'Stuck on
                                                course', INJ 'Minor injury', EQP 'Equipment fault', WTH 'Weather
                                                stop', BHV 'Unsafe behaviour'.  'CERT': BAS 'Basic instructor', ADV
                                                'Advanced instructor', RES 'Rescue specialist'.
    course(course_id, course_name, level_cd, max_height_m, element_cnt, zipline_cnt, opened_dt, closed_dt)
                                                11 courses ('Kids Treetop', 'Eagle Line', 'Black Widow', ...);
                                                level_cd -> LEVEL codes; max_height_m in metres; element_cnt =
                                                number of obstacles; closed_dt = date it was closed for good
                                                (Jungle Bridges), NULL = open.  Sky Zip opened 2025-05-01.
    instructor(instructor_id, first_name, last_name, cert_cd, lead_instructor_id -> instructor, hired_dt,
               active_ind)                      12 instructors; SELF-REFERENCE lead_instructor_id = their lead
                                                instructor (NULL for head instructor Hannah Vogel); cert_cd ->
                                                CERT codes; active_ind 'Y'/'N'.
    visitor(visitor_id, first_name, last_name, birth_dt, home_town, email, registered_dt)
                                                1300 registered visitors (online waiver); many have never come.
    visit(visit_id, visitor_id -> visitor, visit_dt, ticket_cd, price_paid)
                                                one row per visitor per day; park open 2024-03-16 .. 2024-11-03
                                                and from 2025-03-15; ticket_cd -> TICKET codes; price_paid in euros.
    course_run(run_id, visit_id -> visit, course_id -> course, start_ts, duration_sec, result_cd)
                                                each attempt at a course; duration_sec = time on the course in
                                                seconds; result_cd -> RESULT codes.
    incident(incident_id, run_id -> course_run, incident_cd, instructor_id -> instructor, reported_ts,
             resolution_sec)                    incidents during a run; incident_cd -> INCIDENT codes;
                                                instructor_id = the instructor who dealt with it; resolution_sec =
                                                seconds until resolved.

yachtcharter -- a sailing-yacht charter company (lower snake_case; ALL MONEY IN EURO CENTS, 100 cents = 1 euro;
charter status kept as a HISTORY table)
    base(base_id, base_name, country)           five marinas: Split, Dubrovnik (Croatia), Lefkada (Greece), Palma
                                                (Spain), Göcek (Turkey).
    yacht(yacht_id, yacht_name, model, hull_type, length_m, cabins, berths, year_built, base_id -> base,
          weekly_rate_cents, fleet_status)      34 yachts; hull_type 'M' = monohull (sailing yacht), 'C' =
                                                catamaran, 'P' = power / motor yacht; weekly_rate_cents = list price
                                                per week in cents; fleet_status 'A' = in the fleet, 'S' = sold.  Nova
                                                and Eos joined in 2025 and have never been chartered.
    skipper(skipper_id, full_name, base_id -> base, day_rate_cents, licence)
                                                13 hired skippers; day_rate_cents = fee per day in cents.
    customer(customer_id, first_name, last_name, country, email, created_on)
                                                480 customers; country is a full name ('Germany', 'United Kingdom').
    charter(charter_id, yacht_id -> yacht, customer_id -> customer, skipper_id -> skipper, start_date, end_date,
            guests, price_cents, booked_on)     Saturday-to-Saturday charters, seasons 2023-2025 (late April to
                                                October); skipper_id NULL = bareboat (no skipper); price_cents =
                                                agreed total price (incl. skipper) in cents; booked_on = booking date.
    charter_status_history(history_id, charter_id -> charter, status, changed_at)
                                                every status change 'YYYY-MM-DD HH:MM'; the CURRENT status of a
                                                charter is its row with the latest changed_at.  status 'ENQ' =
                                                enquiry, 'OPT' = option (yacht held, not confirmed), 'CNF' =
                                                confirmed, 'DEP' = deposit paid, 'PAD' = paid in full, 'CMP' =
                                                completed (on the end date), 'CXL' = cancelled (final).
    payment(payment_id, charter_id -> charter, paid_on, amount_cents, method)
                                                payments received: a 30% deposit and the balance; method 'card' or
                                                'transfer'.  A few completed charters were never paid in full.

teetimes -- a members' golf club (PascalCase; money in pounds)
    Courses(CourseId, CourseName, Holes, Par, Yards)
                                                'Championship' (18 holes, par 72), 'Parkland' (18, par 70),
                                                'Academy' (9, par 30).
    Members(MemberId, FirstName, LastName, Gender, DateOfBirth, MembershipType, Handicap, JoinedOn, LeftOn,
            ProposedBy -> Members)              400 members; Gender 'M'/'F'; MembershipType 'FUL' = full, 'WKD' =
                                                weekday (no weekend play), 'JNR' = junior, 'SNR' = senior, 'SOC' =
                                                social (non-playing, Handicap NULL); LeftOn NULL = current member;
                                                SELF-REFERENCE ProposedBy = the member who proposed them.
    TeeBookings(BookingId, CourseId -> Courses, TeeTime, LeadMemberId -> Members, Players, Guests, Status,
                BuggyHired, GuestFees)          tee times 'YYYY-MM-DD HH:MM' from 2024-01-01 to 2025-06-30,
                                                booked by LeadMemberId; Players = group size including Guests
                                                (non-members); Status 'C' = confirmed (future), 'P' = played, 'N' =
                                                no-show, 'X' = cancelled; BuggyHired 0/1; GuestFees = green fees
                                                paid by guests in pounds (0 unless played).
    Scores(ScoreId, BookingId -> TeeBookings, MemberId -> Members, GrossScore)
                                                one row per member per played booking (a round played).
    Competitions(CompetitionId, CompName, CompDate, CourseId -> Courses, Format, EntryFee)
                                                club competitions ('April Medal', "Captain's Cup", "Ladies' Open"
                                                ...; the same name recurs each year); Format 'Medal' or
                                                'Stableford'; EntryFee in pounds.
    CompetitionEntries(CompetitionId -> Competitions, MemberId -> Members, Gross, Result)
                                                Result = net score for Medal (lowest wins) or Stableford points
                                                (highest wins).

thermalbaths -- a thermal spa (UPPER_SNAKE_CASE, Oracle style: _NM = name, _CD = code, _DT = date, _TS =
timestamp, _FLG = 'Y'/'N' flag; money in euros)
    POOL(POOL_ID, POOL_NM, WATER_TEMP_C, INDOOR_FLG, DEPTH_M, MAX_GUESTS)
                                                eight pools; WATER_TEMP_C in °C; INDOOR_FLG 'N' = outdoor.
    CUSTOMER(CUST_ID, FIRST_NM, LAST_NM, GENDER_CD, BIRTH_YR, CITY_NM, REG_DT)
                                                960 customers; GENDER_CD 'M'/'F'.
    PASS_TYPE(PASS_TYPE_CD, PASS_DESC, LIST_PRICE_EUR, VALID_DAYS, MAX_ENTRIES)
                                                'DAY' Day ticket, 'EVE' 'Evening ticket (after 17:00)', 'C10'
                                                '10-visit card', 'MON' 'Monthly pass', 'ANN' 'Annual pass'.
    PASS_SALE(SALE_ID, CUST_ID -> CUSTOMER, PASS_TYPE_CD -> PASS_TYPE, SALE_DT, PRICE_EUR, VALID_TO_DT)
                                                passes sold from 2024-01-01; PRICE_EUR = price actually paid.
    ENTRY(ENTRY_ID, SALE_ID -> PASS_SALE, CUST_ID -> CUSTOMER, ENTRY_TS, EXIT_TS)
                                                one row per admission (visit); time spent = EXIT_TS - ENTRY_TS.
    TREATMENT(TREATMENT_CD, TREATMENT_NM, DURATION_MIN, PRICE_EUR)
                                                eight spa treatments; DURATION_MIN in minutes.
    THERAPIST(THERAPIST_ID, FULL_NM, SENIOR_ID -> THERAPIST, HIRE_DT, ACTIVE_FLG)
                                                11 therapists; SELF-REFERENCE SENIOR_ID = the senior therapist
                                                they work under (NULL for spa manager Ilse Brandt).
    APPOINTMENT(APPT_ID, CUST_ID -> CUSTOMER, TREATMENT_CD -> TREATMENT, THERAPIST_ID -> THERAPIST, APPT_TS,
                STATUS_CD, RATING)              treatment appointments 2024-01-02 .. 2025-06-28 (closed Mondays);
                                                STATUS_CD 'DN' = done, 'CX' = cancelled, 'NS' = no-show, 'BK' =
                                                booked (future); RATING 1-5 given by the customer, NULL = none.
    WATER_TEST(TEST_ID, POOL_ID -> POOL, TEST_TS, CHLORINE_MG_L, PH_VALUE)
                                                one morning test per pool per day; chlorine in mg/l; the pH should
                                                stay between 7.0 and 7.6.
"""

import datetime as dt
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from nl2sql_data.sqlite_build import day_between, iso, write_tables

D = dt.date
END = D(2025, 6, 14)  # last day with data
TODAY = D(2025, 6, 15)


def _ts(t: dt.datetime | None, secs: bool = False) -> str | None:
    if t is None:
        return None
    return t.strftime("%Y-%m-%d %H:%M:%S" if secs else "%Y-%m-%d %H:%M")


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _pick_name(rng: random.Random, firsts: Sequence[str], lasts: Sequence[str], used: set[tuple[str, str]]) -> tuple[str, str]:
    """A (first, last) pair not handed out before, so that people can be told apart by name."""
    for _ in range(200):
        pair = (rng.choice(firsts), rng.choice(lasts))
        if pair not in used:
            used.add(pair)
            return pair
    raise RuntimeError("name pool exhausted")


def _at(d: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hour, minute, second)


_DE_M = ["Thomas", "Michael", "Andreas", "Stefan", "Markus", "Jürgen", "Klaus", "Wolfgang", "Frank", "Tobias",
         "Florian", "Matthias", "Lukas", "Jonas", "Felix", "Uwe", "Dieter", "Bernd", "Rainer", "Sebastian"]
_DE_W = ["Sabine", "Claudia", "Petra", "Andrea", "Monika", "Birgit", "Susanne", "Anja", "Katrin", "Julia",
         "Laura", "Lena", "Anna", "Ursula", "Renate", "Heike", "Nicole", "Stefanie", "Christina", "Miriam"]
_DE_L = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
         "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun",
         "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Huber", "Mayr", "Gruber",
         "Steiner", "Moser", "Brunner", "Egger", "Keller", "Frei", "Baumann", "Graf", "Vogel", "Winkler"]
_EN_M = ["James", "Oliver", "George", "Harry", "Jack", "William", "Thomas", "Daniel", "Michael", "David",
         "Robert", "Paul", "Mark", "Andrew", "Richard", "Peter", "Chris", "Samuel", "Ethan", "Ryan"]
_EN_W = ["Emma", "Olivia", "Sophie", "Charlotte", "Emily", "Grace", "Hannah", "Lucy", "Sarah", "Rachel",
         "Laura", "Jessica", "Amy", "Rebecca", "Claire", "Helen", "Kate", "Megan", "Chloe", "Alice"]
_EN_L = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
         "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
         "Harris", "Lewis", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King",
         "Baker", "Carter", "Mitchell", "Parker", "Turner", "Collins", "Edwards", "Stewart", "Murphy"]


# ---------------------------------------------------------------------------------------------------------------
# gasthof: a family-run Alpine guesthouse (German names and values)
# ---------------------------------------------------------------------------------------------------------------

_GF_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "DE": (_DE_M, _DE_W, _DE_L[:30]),
    "AT": (_DE_M, _DE_W, _DE_L[20:]),
    "CH": (_DE_M, _DE_W, _DE_L[25:]),
    "NL": (["Jan", "Pieter", "Sander", "Bram", "Daan", "Ruud", "Joost", "Wouter"],
           ["Anouk", "Femke", "Sanne", "Lotte", "Eva", "Marieke", "Ilse", "Noor"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "de Boer", "Mulder", "Bos", "Vos"]),
    "IT": (["Marco", "Luca", "Giovanni", "Paolo", "Andrea", "Stefano"],
           ["Giulia", "Francesca", "Chiara", "Sara", "Elena", "Valentina"],
           ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Ferrari"]),
    "GB": (_EN_M, _EN_W, _EN_L[:20]),
    "US": (_EN_M, _EN_W, _EN_L[20:]),
    "DK": (["Rasmus", "Mads", "Frederik", "Anders", "Søren"], ["Mette", "Camilla", "Sofie", "Ida", "Line"],
           ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen"]),
}
_GF_ORTE = {
    "DE": ["München", "Stuttgart", "Köln", "Hamburg", "Frankfurt", "Nürnberg", "Augsburg", "Berlin", "Dresden",
           "Freiburg", "Ulm", "Regensburg"],
    "AT": ["Wien", "Salzburg", "Linz", "Graz", "Innsbruck"],
    "CH": ["Zürich", "Basel", "Bern", "St. Gallen", "Luzern"],
    "NL": ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Den Haag"],
    "IT": ["Milano", "Bolzano", "Verona", "Trento"],
    "GB": ["London", "Manchester", "Leeds", "Bristol"],
    "US": ["Chicago", "Boston", "Denver", "Seattle"],
    "DK": ["København", "Aarhus", "Odense"],
}


def build_gasthof(path: Path) -> None:
    rng = random.Random(105_001)
    zimmer = [
        (101, 1, "EZ", 69.0, "nein", "Hof"), (102, 1, "EZ", 72.0, "nein", "Hof"),
        (103, 1, "DZ", 98.0, "nein", "Hof"), (104, 1, "DZ", 102.0, "ja", "Berg"),
        (105, 1, "DZ", 106.0, "ja", "See"), (106, 1, "FZ", 148.0, "nein", "Berg"),
        (201, 2, "EZ", 76.0, "ja", "Berg"), (202, 2, "DZ", 109.0, "ja", "Berg"),
        (203, 2, "DZ", 114.0, "ja", "See"), (204, 2, "DZ", 101.0, "nein", "Hof"),
        (205, 2, "FZ", 154.0, "ja", "See"), (206, 2, "SU", 215.0, "ja", "Berg"),
        (301, 3, "DZ", 118.0, "ja", "See"), (302, 3, "DZ", 122.0, "ja", "Berg"),
        (303, 3, "FZ", 161.0, "nein", "See"), (304, 3, "SU", 238.0, "ja", "See"),
        (401, 4, "EZ", 79.0, "nein", "Berg"), (402, 4, "DZ", 126.0, "ja", "See"),
    ]
    price = {z[0]: z[3] for z in zimmer}
    kat = {z[0]: z[2] for z in zimmer}

    laender = ["DE", "AT", "CH", "NL", "IT", "GB", "US", "DK"]
    lw = [46, 17, 11, 10, 5, 5, 3, 3]
    gaeste = []
    used: set[tuple[str, str]] = set()
    for gid in range(1, 821):
        land = rng.choices(laender, lw)[0]
        men, women, last = _GF_NAMES[land]
        g = rng.choices(["m", "w", "d"], [49, 49, 2] if gid > 3 else [50, 50, 0])[0]
        vor, nach = _pick_name(rng, men if g == "m" else women if g == "w" else men + women, last, used)
        geb = day_between(rng, D(1942, 1, 1), D(2003, 12, 31))
        gaeste.append([gid, vor, nach, g, iso(geb), land, rng.choice(_GF_ORTE[land]), "nein"])
    weights = [rng.lognormvariate(0, 0.9) for _ in gaeste]
    gids = [g[0] for g in gaeste]

    def pick_guest() -> int:
        return rng.choices(gids, weights)[0]

    buchungen: list[list[Any]] = []
    verpfl = ["UF", "HP", "VP", "UE"]
    vw = [55, 30, 6, 9]
    kanaele = ["direkt", "telefon", "booking", "expedia", "reisebuero"]
    kw = [30, 14, 36, 12, 8]

    def personen(z: int) -> int:
        k = kat[z]
        if k == "EZ":
            return 1
        if k == "DZ":
            return rng.choices([1, 2], [20, 80])[0]
        if k == "FZ":
            return rng.choice([2, 3, 3, 4, 4, 5])
        return rng.choice([2, 2, 3])

    def new_booking(z: int, an: dt.date, nights: int, status: str, storno: dt.date | None) -> None:
        bd = an - _days(rng.randint(2, 150))
        if bd > END:
            bd = END - _days(rng.randint(0, 40))
        if storno is not None and storno <= bd:
            bd = storno - _days(rng.randint(3, 30))
        buchungen.append([len(buchungen) + 1, pick_guest(), z, iso(bd), iso(an), iso(an + _days(nights)),
                          personen(z), rng.choices(verpfl, vw)[0], status, rng.choices(kanaele, kw)[0],
                          iso(storno)])

    long_done = False
    for z in price:
        cur = D(2023, 1, 2) + _days(rng.randint(0, 6))
        while cur < D(2025, 10, 31):
            if z == 303 and not long_done and cur >= D(2024, 7, 1):
                nights = 19
                long_done = True
            else:
                nights = rng.choices([1, 2, 3, 4, 5, 6, 7, 8, 10, 12], [13, 20, 18, 12, 9, 7, 11, 4, 3, 3])[0]
            an, ab = cur, cur + _days(nights)
            keep = True
            if an > END:
                ahead = (an - END).days
                keep = rng.random() < (0.75 if ahead <= 30 else 0.45 if ahead <= 90 else 0.15)
            if keep:
                status = "abgereist" if ab <= END else "angereist" if an <= END else "bestaetigt"
                new_booking(z, an, nights, status, None)
                cur = ab + _days(rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 6, 9]))
            else:
                cur = cur + _days(rng.randint(1, 4))
            if rng.random() < 0.09:
                c_an = cur + _days(rng.randint(0, 20))
                storno = c_an - _days(rng.randint(1, 60))
                if storno <= END:
                    new_booking(z, c_an, rng.choice([2, 3, 4, 5, 7]), "storniert", storno)
    buchungen.sort(key=lambda b: (b[3], b[4], b[2]))
    for i, b in enumerate(buchungen, 1):
        b[0] = i

    leistungen = [(1, "Sauna", 15.0), (2, "Massage 60 Minuten", 72.0), (3, "Fahrradverleih (Tag)", 18.0),
                  (4, "Tiefgarage (Nacht)", 9.0), (5, "Hund (Nacht)", 12.0), (6, "Lunchpaket", 11.5),
                  (7, "Weinprobe", 29.0), (8, "Flughafentransfer", 65.0), (9, "Kinderbetreuung", 25.0)]
    lpreis = {lid: p for lid, _, p in leistungen}
    zusatz = []
    rechnungen = []
    aufpreis = {"UF": 0.0, "HP": 26.0, "VP": 42.0, "UE": -12.0}
    for b in buchungen:
        bid, _, z, _, an_s, ab_s, pers, vp, status, _, _ = b
        if status not in ("abgereist", "angereist"):
            continue
        an, ab = D.fromisoformat(an_s), D.fromisoformat(ab_s)
        nights = (ab - an).days
        extras = 0.0
        k = rng.choices([0, 1, 2, 3], [45, 30, 17, 8])[0]
        for lid in sorted(rng.sample(range(1, 9), k)):
            if lid in (4, 5):
                menge = nights
            elif lid == 3:
                menge = rng.randint(1, min(nights, 4)) * rng.choice([1, 1, 2])
            elif lid in (1, 6):
                menge = rng.randint(1, 2 * pers)
            else:
                menge = rng.choice([1, 1, 1, 2])
            tag = min(an + _days(rng.randint(0, max(nights - 1, 0))), END)
            zusatz.append((bid, lid, menge, iso(tag)))
            extras += menge * lpreis[lid]
        if status == "abgereist":
            betrag = round(nights * price[z] + nights * pers * aufpreis[vp] + extras, 2)
            recent = (END - ab).days < 45
            bezahlt = "nein" if rng.random() < (0.35 if recent else 0.015) else "ja"
            art = None if bezahlt == "nein" else rng.choices(["karte", "bar", "ueberweisung"], [60, 25, 15])[0]
            rechnungen.append((len(rechnungen) + 1, bid, ab_s, betrag, bezahlt, art))

    stays: dict[int, int] = {}
    recent_stays: dict[int, int] = {}
    for b in buchungen:
        if b[8] in ("abgereist", "angereist"):
            stays[b[1]] = stays.get(b[1], 0) + 1
            if b[4] >= "2024-01-01":
                recent_stays[b[1]] = recent_stays.get(b[1], 0) + 1
    for g in gaeste:
        n = stays.get(g[0], 0)
        lapsed = n >= 2 and recent_stays.get(g[0], 0) == 0
        if (n >= 6 and rng.random() < 0.85) or (lapsed and rng.random() < 0.3):
            g[7] = "ja"

    ddl = """
    CREATE TABLE zimmer (zimmer_nr INTEGER PRIMARY KEY, etage INTEGER NOT NULL, kategorie TEXT NOT NULL,
        preis_pro_nacht REAL NOT NULL, balkon TEXT NOT NULL, aussicht TEXT NOT NULL);
    CREATE TABLE gast (gast_id INTEGER PRIMARY KEY, vorname TEXT NOT NULL, nachname TEXT NOT NULL,
        geschlecht TEXT NOT NULL, geburtsdatum TEXT, land TEXT NOT NULL, wohnort TEXT, stammgast TEXT NOT NULL);
    CREATE TABLE buchung (buchung_id INTEGER PRIMARY KEY, gast_id INTEGER NOT NULL REFERENCES gast(gast_id),
        zimmer_nr INTEGER NOT NULL REFERENCES zimmer(zimmer_nr), buchungsdatum TEXT NOT NULL,
        anreise_datum TEXT NOT NULL, abreise_datum TEXT NOT NULL, personen INTEGER NOT NULL,
        verpflegung TEXT NOT NULL, status TEXT NOT NULL, kanal TEXT NOT NULL, storno_datum TEXT);
    CREATE TABLE rechnung (rechnung_id INTEGER PRIMARY KEY, buchung_id INTEGER NOT NULL REFERENCES
        buchung(buchung_id), rechnungsdatum TEXT NOT NULL, betrag REAL NOT NULL, bezahlt TEXT NOT NULL,
        zahlungsart TEXT);
    CREATE TABLE leistung (leistung_id INTEGER PRIMARY KEY, bezeichnung TEXT NOT NULL, preis REAL NOT NULL);
    CREATE TABLE buchung_leistung (buchung_id INTEGER NOT NULL REFERENCES buchung(buchung_id),
        leistung_id INTEGER NOT NULL REFERENCES leistung(leistung_id), menge INTEGER NOT NULL, datum TEXT NOT NULL,
        PRIMARY KEY (buchung_id, leistung_id));
    """
    write_tables(path, ddl, {"zimmer": zimmer, "gast": gaeste, "buchung": buchungen, "rechnung": rechnungen,
                       "leistung": leistungen, "buchung_leistung": zusatz})


# ---------------------------------------------------------------------------------------------------------------
# roomservice: in-room dining of a city hotel (Hungarian notation)
# ---------------------------------------------------------------------------------------------------------------

_RS_COUNTRIES = ["United Kingdom", "United States", "Germany", "France", "Netherlands", "Spain", "Japan", "Canada",
                 "Ireland", "Australia"]
_RS_MENU = [
    # name, category, price, vegetarian, on menu, popularity, meal slot
    ("Full English Breakfast", "Breakfast", 24.0, 0, 1, 9, "B"),
    ("Continental Breakfast", "Breakfast", 19.5, 1, 1, 8, "B"),
    ("Eggs Benedict", "Breakfast", 17.0, 0, 1, 6, "B"),
    ("Avocado Toast", "Breakfast", 15.5, 1, 1, 5, "B"),
    ("Bircher Muesli", "Breakfast", 11.0, 1, 1, 4, "B"),
    ("Pancake Stack", "Breakfast", 14.0, 1, 1, 4, "B"),
    ("Smoked Salmon Bagel", "Breakfast", 16.5, 0, 0, 3, "B"),
    ("Tomato Soup", "Starters", 9.5, 1, 1, 4, "D"),
    ("Caesar Salad", "Starters", 14.0, 0, 1, 6, "D"),
    ("Prawn Cocktail", "Starters", 13.5, 0, 1, 3, "D"),
    ("Burrata & Heirloom Tomato", "Starters", 15.0, 1, 1, 3, "D"),
    ("Club Sandwich", "Mains", 21.0, 0, 1, 10, "DL"),
    ("Wagyu Burger", "Mains", 29.0, 0, 1, 8, "DL"),
    ("Ribeye Steak", "Mains", 46.0, 0, 1, 5, "D"),
    ("Grilled Sea Bass", "Mains", 34.0, 0, 1, 4, "D"),
    ("Mushroom Risotto", "Mains", 24.0, 1, 1, 5, "D"),
    ("Chicken Tikka Masala", "Mains", 26.0, 0, 1, 6, "D"),
    ("Margherita Pizza", "Mains", 19.0, 1, 1, 7, "DL"),
    ("Lobster Linguine", "Mains", 52.0, 0, 1, 2, "D"),
    ("Vegan Buddha Bowl", "Mains", 22.0, 1, 1, 3, "D"),
    ("Fish & Chips", "Mains", 25.0, 0, 0, 4, "D"),
    ("Chocolate Fondant", "Desserts", 12.0, 1, 1, 5, "D"),
    ("New York Cheesecake", "Desserts", 11.0, 1, 1, 4, "D"),
    ("Fruit Platter", "Desserts", 13.0, 1, 1, 3, "DB"),
    ("Ice Cream Selection", "Desserts", 9.0, 1, 1, 4, "DL"),
    ("Espresso", "Drinks", 4.5, 1, 1, 6, "BD"),
    ("Cappuccino", "Drinks", 5.5, 1, 1, 8, "B"),
    ("Fresh Orange Juice", "Drinks", 7.0, 1, 1, 7, "B"),
    ("Sparkling Water 750ml", "Drinks", 6.0, 1, 1, 6, "DL"),
    ("House Red Wine (bottle)", "Drinks", 38.0, 1, 1, 4, "DL"),
    ("Champagne (bottle)", "Drinks", 95.0, 1, 1, 2, "DL"),
    ("Craft Lager", "Drinks", 8.0, 1, 1, 5, "DL"),
    ("Cheese & Crackers", "Late Night", 14.0, 1, 1, 4, "L"),
    ("Chicken Wings", "Late Night", 15.0, 0, 1, 5, "L"),
    ("Loaded Nachos", "Late Night", 13.0, 1, 1, 4, "L"),
    ("Toasted Sandwich", "Late Night", 11.0, 0, 1, 4, "L"),
    ("Caviar Service", "Starters", 140.0, 0, 1, 0, "D"),
    ("Chilled Gazpacho", "Starters", 10.5, 1, 1, 0, "D"),
    ("Matcha Latte", "Drinks", 6.5, 1, 1, 0, "B"),
]


def build_roomservice(path: Path) -> None:
    rng = random.Random(105_002)
    rooms = []
    rid = 0
    for floor in range(1, 7):
        for n in range(1, 6 if floor < 6 else 4):
            rid += 1
            typ = "STE" if floor == 6 else "DLX" if n in (4, 5) else "STD"
            rooms.append((rid, f"{floor}{n:02d}", floor, typ))

    guests = []
    used: set[tuple[str, str]] = set()
    for gid in range(1, 1101):
        female = rng.random() < 0.5
        first, last = _pick_name(rng, _EN_W if female else _EN_M, _EN_L, used)
        country = rng.choices(_RS_COUNTRIES, [30, 22, 10, 7, 6, 5, 6, 5, 4, 5])[0]
        email = f"{first.lower()}.{last.lower()}{gid}@example.com"
        guests.append((gid, first, last, email, country, 1 if rng.random() < 0.045 else 0))
    vip = {g[0] for g in guests if g[5]}
    gweights = [(3.0 if g[0] in vip else 1.0) * rng.lognormvariate(0, 0.6) for g in guests]
    gids = [g[0] for g in guests]

    staff = [
        (1, "Helen", "Whitaker", "MGR", None, "2015-03-02", None),
        (2, "Marta", "Kowalski", "SUP", 1, "2017-06-12", None),
        (3, "Daniel", "Okafor", "SUP", 1, "2019-09-01", None),
        (4, "Priya", "Raman", "SUP", 1, "2021-02-15", None),
        (5, "Tom", "Fletcher", "WTR", 2, "2018-04-03", None),
        (6, "Aisha", "Bello", "WTR", 2, "2020-11-20", None),
        (7, "Lukas", "Novak", "WTR", 2, "2022-05-09", None),
        (8, "Sofia", "Marin", "WTR", 3, "2019-10-14", None),
        (9, "Ben", "Hargreaves", "WTR", 3, "2023-01-09", "2024-09-30"),
        (10, "Chloe", "Dubois", "WTR", 3, "2021-07-19", None),
        (11, "Kwame", "Mensah", "WTR", 4, "2022-03-28", None),
        (12, "Elena", "Petrova", "WTR", 4, "2020-08-03", None),
        (13, "Jake", "Morrison", "WTR", 4, "2024-10-07", None),
        (14, "Nadia", "Haddad", "WTR", 2, "2023-06-05", "2025-02-28"),
        (15, "Oscar", "Lindqvist", "WTR", 3, "2025-03-10", None),
        (16, "Gordon", "Baxter", "CHF", 1, "2016-01-11", None),
        (17, "Yuki", "Tanaka", "CHF", 16, "2019-05-20", None),
        (18, "Mateo", "Ruiz", "CHF", 16, "2021-09-13", None),
        (19, "Fiona", "Campbell", "CHF", 16, "2023-04-24", None),
        (20, "Ravi", "Chandra", "CHF", 16, "2018-02-05", "2024-06-30"),
    ]
    staff_rows = [(s[0], s[1], s[2], s[3], s[4], s[5], s[6], 1 if s[6] is None else 0) for s in staff]
    waiters = [(s[0], D.fromisoformat(s[5]), D.fromisoformat(s[6]) if s[6] else END) for s in staff if s[3] == "WTR"]
    wweight = {5: 1.3, 6: 1.1, 7: 0.9, 8: 1.2, 9: 0.8, 10: 1.0, 11: 0.7, 12: 1.4, 13: 0.9, 14: 0.6, 15: 0.8}

    items = []
    for iid, (name, cat, price, veg, on, _, _) in enumerate(_RS_MENU, 1):
        items.append((iid, name, cat, price, veg, on))
    slots: dict[str, list[tuple[int, float]]] = {"B": [], "D": [], "L": []}
    for iid, m in enumerate(_RS_MENU, 1):
        for s in m[6]:
            if m[5] > 0:
                slots[s].append((iid, float(m[5])))
    price = {i[0]: i[3] for i in items}
    caviar = next(i[0] for i in items if i[1] == "Caviar Service")

    stays = []
    start = D(2024, 1, 1)
    for r in rooms:
        cur = start + _days(rng.randint(0, 3))
        while cur <= END:
            nights = rng.choices([1, 2, 3, 4, 5, 6, 7, 10], [22, 26, 20, 12, 8, 5, 5, 2])[0]
            out = cur + _days(nights)
            g = rng.choices(gids, gweights)[0]
            stays.append([0, g, r[0], cur, out if out <= END else None, out])
            cur = out + _days(rng.choice([0, 0, 1, 1, 2, 3]))
    stays.sort(key=lambda s: (s[3], s[2]))
    for i, s in enumerate(stays, 1):
        s[0] = i

    orders = []
    lines = []
    for sid, g, _, cin, cout, due in stays:
        last = cout if cout is not None else END
        nights = (due - cin).days
        for k in range(nights + 1):
            day = cin + _days(k)
            if day > last:
                break
            p = 0.5 if g in vip else 0.26
            if rng.random() >= p:
                continue
            slot = rng.choices(["B", "D", "L"], [42, 40, 18])[0]
            if slot == "B" and k == 0:
                continue
            if slot == "D" and day == last and cout is not None:
                continue
            if slot == "B":
                t = _at(day, rng.randint(6, 10), rng.randint(0, 59), rng.randint(0, 59))
            elif slot == "D":
                t = _at(day, rng.choice([12, 13, 18, 19, 19, 20, 20, 21]), rng.randint(0, 59), rng.randint(0, 59))
            else:
                if day == last and cout is not None:
                    continue
                h = rng.choice([22, 22, 23, 23, 0, 0, 1, 2, 3])
                t = _at(day, h, rng.randint(0, 59), rng.randint(0, 59))
                if h < 6:
                    t += _days(1)
                    if t.date() > last:
                        continue
            avail = [w for w in waiters if w[1] <= t.date() <= w[2]]
            waiter = rng.choices([w[0] for w in avail], [wweight[w[0]] for w in avail])[0]
            cancelled = rng.random() < 0.065
            oid = len(orders) + 1
            n_items = rng.choices([1, 2, 3, 4], [30, 38, 22, 10])[0]
            chosen: set[int] = set()
            total = 0.0
            for _ in range(n_items):
                iid = rng.choices([x[0] for x in slots[slot]], [x[1] for x in slots[slot]])[0]
                if iid in chosen:
                    continue
                chosen.add(iid)
                qty = rng.choices([1, 2, 3], [70, 25, 5])[0]
                unit = price[iid] if t.date() >= D(2025, 1, 1) else round(price[iid] * 0.94 * 2) / 2
                lines.append([oid, iid, qty, unit])
                total += qty * unit
            if g in vip and slot == "D" and rng.random() < 0.2:
                lines.append([oid, caviar, 1, 140.0 if t.date() >= D(2025, 1, 1) else 130.0])
                total += 140.0
            mins = rng.randint(14, 38) + (rng.randint(0, 20) if slot == "L" else 0)
            delivered = None if cancelled else t + dt.timedelta(minutes=mins, seconds=rng.randint(0, 59))
            tip = 0.0 if cancelled or rng.random() < 0.35 else round(total * rng.choice([0.05, 0.1, 0.12, 0.15]), 2)
            orders.append((oid, sid, waiter, _ts(t, True), _ts(delivered, True), "X" if cancelled else "D", tip))
    line_rows = [(i, *ln) for i, ln in enumerate(lines, 1)]
    stay_rows = [(s[0], s[1], s[2], iso(s[3]), iso(s[4]), iso(s[5])) for s in stays]

    ddl = """
    CREATE TABLE tblRoom (intRoomID INTEGER PRIMARY KEY, strRoomNo TEXT NOT NULL, intFloor INTEGER NOT NULL,
        strRoomType TEXT NOT NULL);
    CREATE TABLE tblGuest (intGuestID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
        strEmail TEXT, strCountry TEXT, bitVip INTEGER NOT NULL);
    CREATE TABLE tblStay (intStayID INTEGER PRIMARY KEY, intGuestID INTEGER NOT NULL REFERENCES tblGuest(intGuestID),
        intRoomID INTEGER NOT NULL REFERENCES tblRoom(intRoomID), dtmCheckIn TEXT NOT NULL, dtmCheckOut TEXT,
        dtmDepartureDue TEXT NOT NULL);
    CREATE TABLE tblStaff (intStaffID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
        strRole TEXT NOT NULL, intManagerID INTEGER REFERENCES tblStaff(intStaffID), dtmHired TEXT NOT NULL,
        dtmLeft TEXT, bitActive INTEGER NOT NULL);
    CREATE TABLE tblMenuItem (intItemID INTEGER PRIMARY KEY, strItemName TEXT NOT NULL, strCategory TEXT NOT NULL,
        curPrice REAL NOT NULL, bitVegetarian INTEGER NOT NULL, bitOnMenu INTEGER NOT NULL);
    CREATE TABLE tblOrder (intOrderID INTEGER PRIMARY KEY, intStayID INTEGER NOT NULL REFERENCES tblStay(intStayID),
        intWaiterID INTEGER NOT NULL REFERENCES tblStaff(intStaffID), dtmOrdered TEXT NOT NULL, dtmDelivered TEXT,
        chrStatus TEXT NOT NULL, curTip REAL NOT NULL);
    CREATE TABLE tblOrderLine (intOrderLineID INTEGER PRIMARY KEY, intOrderID INTEGER NOT NULL REFERENCES
        tblOrder(intOrderID), intItemID INTEGER NOT NULL REFERENCES tblMenuItem(intItemID), intQty INTEGER NOT NULL,
        curUnitPrice REAL NOT NULL);
    """
    write_tables(path, ddl, {"tblRoom": rooms, "tblGuest": guests, "tblStay": stay_rows, "tblStaff": staff_rows,
                       "tblMenuItem": items, "tblOrder": orders, "tblOrderLine": line_rows})


# ---------------------------------------------------------------------------------------------------------------
# adventurepark: a high-ropes / zipline park (snake_case, *_cd codes explained in code_lookup, seconds)
# ---------------------------------------------------------------------------------------------------------------

_AP_TOWNS = ["Freiburg", "Offenburg", "Lahr", "Emmendingen", "Kehl", "Waldkirch", "Titisee-Neustadt", "Lörrach",
             "Basel", "Strasbourg", "Colmar", "Müllheim"]


def build_adventurepark(path: Path) -> None:
    rng = random.Random(105_003)
    codes = [
        ("LEVEL", "L1", "Beginner"), ("LEVEL", "L2", "Intermediate"), ("LEVEL", "L3", "Advanced"),
        ("LEVEL", "L4", "Expert"),
        ("TICKET", "ADT", "Adult"), ("TICKET", "CHD", "Child (8-15)"), ("TICKET", "STU", "Student"),
        ("TICKET", "SNR", "Senior (65+)"), ("TICKET", "GRP", "Group rate"),
        ("RESULT", "CMP", "Completed"), ("RESULT", "ABD", "Abandoned"), ("RESULT", "RSC", "Rescued by staff"),
        ("INCIDENT", "STK", "Stuck on course"), ("INCIDENT", "INJ", "Minor injury"),
        ("INCIDENT", "EQP", "Equipment fault"), ("INCIDENT", "WTH", "Weather stop"),
        ("INCIDENT", "BHV", "Unsafe behaviour"),
        ("CERT", "BAS", "Basic instructor"), ("CERT", "ADV", "Advanced instructor"),
        ("CERT", "RES", "Rescue specialist"),
    ]
    courses = [
        (1, "Kids Treetop", "L1", 3.5, 12, 1, "2016-04-01", None),
        (2, "Squirrel Trail", "L1", 5.0, 15, 2, "2016-04-01", None),
        (3, "Fox Run", "L2", 7.5, 18, 2, "2016-04-01", None),
        (4, "Canopy Walk", "L2", 9.0, 20, 3, "2018-05-01", None),
        (5, "Jungle Bridges", "L2", 8.0, 16, 1, "2016-04-01", "2024-10-31"),
        (6, "Eagle Line", "L3", 12.5, 22, 4, "2017-04-15", None),
        (7, "Tarzan Swing", "L3", 11.0, 19, 2, "2019-04-01", None),
        (8, "Cliffhanger", "L3", 14.0, 24, 3, "2020-06-01", None),
        (9, "Summit Traverse", "L4", 17.5, 26, 5, "2021-04-01", None),
        (10, "Black Widow", "L4", 19.0, 28, 4, "2022-04-09", None),
        (11, "Sky Zip", "L3", 15.0, 8, 8, "2025-05-01", None),
    ]
    base_sec = {1: 1000, 2: 1250, 3: 1650, 4: 1850, 5: 1600, 6: 2350, 7: 2150, 8: 2600, 9: 3150, 10: 3400,
                11: 900}
    abandon = {"L1": 0.01, "L2": 0.04, "L3": 0.08, "L4": 0.14}
    level = {c[0]: c[2] for c in courses}

    instructors = [
        (1, "Hannah", "Vogel", "RES", None, "2016-03-01", "Y"),
        (2, "Kai", "Brenner", "RES", 1, "2017-03-15", "Y"),
        (3, "Lea", "Sommer", "ADV", 1, "2018-04-01", "Y"),
        (4, "Marius", "Roth", "ADV", 1, "2019-03-20", "Y"),
        (5, "Jana", "Keller", "BAS", 2, "2021-04-01", "Y"),
        (6, "Timo", "Fuchs", "BAS", 2, "2022-03-25", "Y"),
        (7, "Selin", "Aydin", "ADV", 2, "2020-04-10", "Y"),
        (8, "Nico", "Hahn", "BAS", 3, "2023-03-20", "Y"),
        (9, "Paula", "Lorenz", "BAS", 3, "2024-03-18", "Y"),
        (10, "Ben", "Kaiser", "BAS", 4, "2022-04-01", "N"),
        (11, "Emil", "Schuster", "RES", 1, "2019-05-01", "Y"),
        (12, "Mara", "Engel", "BAS", 4, "2025-03-15", "Y"),
    ]
    resp_w = {1: 1.0, 2: 3.0, 3: 1.6, 4: 1.2, 5: 0.8, 6: 0.6, 7: 2.2, 8: 0.5, 9: 0.4, 10: 0.7, 11: 2.6, 12: 0.3}

    visitors = []
    used: set[tuple[str, str]] = set()
    for vid in range(1, 1301):
        female = rng.random() < 0.48
        first, last = _pick_name(rng, _DE_W + _EN_W[:6] if female else _DE_M + _EN_M[:6], _DE_L, used)
        kind = rng.random()
        if kind < 0.3:
            birth = day_between(rng, D(2009, 1, 1), D(2016, 12, 31))
        elif kind < 0.45:
            birth = day_between(rng, D(1999, 1, 1), D(2008, 12, 31))
        elif kind < 0.95:
            birth = day_between(rng, D(1962, 1, 1), D(1998, 12, 31))
        else:
            birth = day_between(rng, D(1945, 1, 1), D(1959, 12, 31))
        reg = day_between(rng, D(2023, 9, 1), D(2025, 6, 10))
        email = f"{first.lower()}.{last.lower()}{vid}@mail.example".replace("ü", "ue").replace("ö", "oe")
        email = email.replace("ä", "ae")
        visitors.append((vid, first, last, iso(birth), rng.choice(_AP_TOWNS), email, iso(reg)))
    vweights = [rng.lognormvariate(0, 0.8) for _ in visitors]

    days: list[dt.date] = []
    for a, b in ((D(2024, 3, 16), D(2024, 11, 3)), (D(2025, 3, 15), END)):
        d = a
        while d <= b:
            days.append(d)
            d += _days(1)
    visits = []
    runs = []
    incidents = []
    used_ids: set[tuple[int, dt.date]] = set()
    busiest = D(2024, 8, 10)
    for d in days:
        wk = d.weekday() >= 5
        summer = d.month in (7, 8)
        n = rng.randint(4, 9) + (rng.randint(4, 8) if wk else 0) + (rng.randint(2, 6) if summer else 0)
        if d == busiest:
            n = 38
        for _ in range(n):
            for _try in range(10):
                v = rng.choices(visitors, vweights)[0]
                if D.fromisoformat(v[6]) <= d and (v[0], d) not in used_ids:
                    break
            else:
                continue
            used_ids.add((v[0], d))
            birth = D.fromisoformat(v[3])
            age = (d - birth).days // 365
            if age < 8:
                continue
            if rng.random() < 0.09:
                tcd = "GRP"
            elif age < 16:
                tcd = "CHD"
            elif age < 26 and rng.random() < 0.45:
                tcd = "STU"
            elif age >= 65:
                tcd = "SNR"
            else:
                tcd = "ADT"
            base = {"ADT": 32.0, "CHD": 22.0, "STU": 26.0, "SNR": 26.0, "GRP": 24.0}[tcd]
            if d.year == 2025:
                base += 2.0
            vid = len(visits) + 1
            visits.append((vid, v[0], iso(d), tcd, base))
            open_courses = [c[0] for c in courses if D.fromisoformat(c[6]) <= d
                            and (c[7] is None or d <= D.fromisoformat(c[7]))]
            if age < 12:
                pool = [c for c in open_courses if level[c] in ("L1", "L2")]
            else:
                pool = [c for c in open_courses if c != 1]
            k = min(len(pool), rng.choice([1, 2, 2, 3, 3, 4]))
            chosen = sorted(rng.sample(pool, k), key=lambda c: (level[c], c))
            t = _at(d, rng.randint(9, 14), rng.choice([0, 15, 30, 45]), 0)
            for cid in chosen:
                lvl = level[cid]
                skill = rng.uniform(0.8, 1.3)
                dur = int(base_sec[cid] * skill + rng.randint(-120, 240))
                r = rng.random()
                if r < abandon[lvl]:
                    res = "ABD"
                    dur = int(dur * rng.uniform(0.2, 0.7))
                elif r < abandon[lvl] + (0.012 if lvl in ("L3", "L4") else 0.004) and cid not in (1, 11):
                    res = "RSC"
                    dur = int(dur * rng.uniform(0.4, 0.9))
                else:
                    res = "CMP"
                run_id = len(runs) + 1
                runs.append((run_id, vid, cid, _ts(t, True), dur, res))
                inc = None
                if res == "RSC":
                    inc = "STK"
                elif cid not in (1, 11) and rng.random() < 0.011:
                    inc = rng.choices(["INJ", "EQP", "WTH", "BHV", "STK"], [30, 20, 15, 25, 10])[0]
                if inc is not None:
                    active = [i for i in instructors if D.fromisoformat(i[5]) <= d
                              and (i[6] == "Y" or d < D(2024, 12, 1))]
                    who = rng.choices([i[0] for i in active], [resp_w[i[0]] for i in active])[0]
                    rep = t + dt.timedelta(seconds=int(dur * rng.uniform(0.3, 1.0)))
                    sec = {"STK": rng.randint(420, 1500), "INJ": rng.randint(300, 1200),
                           "EQP": rng.randint(600, 2400), "WTH": rng.randint(900, 3600),
                           "BHV": rng.randint(120, 600)}[inc]
                    incidents.append((len(incidents) + 1, run_id, inc, who, _ts(rep, True), sec))
                t += dt.timedelta(seconds=dur + rng.randint(300, 1500))

    ddl = """
    CREATE TABLE code_lookup (code_type TEXT NOT NULL, code_cd TEXT NOT NULL, code_desc TEXT NOT NULL,
        PRIMARY KEY (code_type, code_cd));
    CREATE TABLE course (course_id INTEGER PRIMARY KEY, course_name TEXT NOT NULL, level_cd TEXT NOT NULL,
        max_height_m REAL NOT NULL, element_cnt INTEGER NOT NULL, zipline_cnt INTEGER NOT NULL, opened_dt TEXT NOT NULL,
        closed_dt TEXT);
    CREATE TABLE instructor (instructor_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        cert_cd TEXT NOT NULL, lead_instructor_id INTEGER REFERENCES instructor(instructor_id), hired_dt TEXT NOT NULL,
        active_ind TEXT NOT NULL);
    CREATE TABLE visitor (visitor_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        birth_dt TEXT NOT NULL, home_town TEXT, email TEXT, registered_dt TEXT NOT NULL);
    CREATE TABLE visit (visit_id INTEGER PRIMARY KEY, visitor_id INTEGER NOT NULL REFERENCES visitor(visitor_id),
        visit_dt TEXT NOT NULL, ticket_cd TEXT NOT NULL, price_paid REAL NOT NULL);
    CREATE TABLE course_run (run_id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visit(visit_id),
        course_id INTEGER NOT NULL REFERENCES course(course_id), start_ts TEXT NOT NULL, duration_sec INTEGER NOT NULL,
        result_cd TEXT NOT NULL);
    CREATE TABLE incident (incident_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES course_run(run_id),
        incident_cd TEXT NOT NULL, instructor_id INTEGER NOT NULL REFERENCES instructor(instructor_id),
        reported_ts TEXT NOT NULL, resolution_sec INTEGER NOT NULL);
    """
    write_tables(path, ddl, {"code_lookup": codes, "course": courses, "instructor": instructors, "visitor": visitors,
                       "visit": visits, "course_run": runs, "incident": incidents})


# ---------------------------------------------------------------------------------------------------------------
# yachtcharter: a sailing-yacht charter company (money in euro cents, charter status history)
# ---------------------------------------------------------------------------------------------------------------

_YC_CUST_COUNTRIES = ["Germany", "United Kingdom", "Austria", "Netherlands", "Switzerland", "France", "Poland",
                      "United States", "Sweden", "Italy"]


def build_yachtcharter(path: Path) -> None:
    rng = random.Random(105_004)
    bases = [(1, "Split", "Croatia"), (2, "Dubrovnik", "Croatia"), (3, "Lefkada", "Greece"),
             (4, "Palma", "Spain"), (5, "Göcek", "Turkey")]
    models = {
        "M": [("Bavaria Cruiser 46", 14.3, 4, 10), ("Jeanneau Sun Odyssey 440", 13.4, 4, 10),
              ("Beneteau Oceanis 40.1", 12.4, 3, 8), ("Dufour 390 GL", 11.9, 3, 8),
              ("Hanse 508", 15.4, 5, 12)],
        "C": [("Lagoon 42", 12.8, 4, 10), ("Fountaine Pajot Lucia 40", 11.7, 4, 10), ("Bali 4.6", 14.0, 5, 12)],
        "P": [("Sealine C430", 13.2, 3, 6), ("Azimut 50 Fly", 15.7, 3, 7)],
    }
    names = ["Aurora", "Sea Breeze", "Blue Horizon", "Calypso", "Meltemi", "Odyssey", "Nefeli", "Adriana",
             "Bura", "Mistral", "Poseidon", "Sirocco", "Lupa", "Andromeda", "Thalassa", "Stella Maris",
             "Kalypso II", "Vela", "Galene", "Marlin", "Tramontana", "Zephyr", "Perla", "Orca", "Delphine",
             "Libeccio", "Nautilus", "Argo", "Ionian Star", "Salty Dog", "Halcyon", "Maestral"]
    fleet_plan = ["M", "M", "C", "M", "M", "C", "P", "M", "M", "C", "M", "M", "C", "P", "M", "C", "M", "M", "C", "M",
                  "P", "M", "C", "M", "M", "C", "M", "C", "M", "M", "C", "P"]
    yachts = []
    for yid, (nm, typ) in enumerate(zip(names, fleet_plan, strict=True), 1):
        model, length, cabins, berths = rng.choice(models[typ])
        base_id = (yid - 1) % 5 + 1
        built = rng.randint(2012, 2023)
        lo, hi = {"M": (2800, 5200), "C": (5600, 9400), "P": (9200, 14000)}[typ]
        rate = rng.randint(lo, hi) * 100 + (built - 2012) * 2000
        status = "A"
        if yid in (4, 17):
            status = "S"
        yachts.append([yid, nm, model, typ, length, cabins, berths, built, base_id, rate, status])
    yachts[11][7] = 2008
    yachts.append([33, "Nova", "Bali 4.6", "C", 14.0, 5, 12, 2025, 1, 995000, "A"])
    yachts.append([34, "Eos", "Hanse 508", "M", 15.4, 5, 12, 2025, 3, 610000, "A"])
    sold_after = {4: D(2024, 10, 31), 17: D(2023, 10, 31)}

    skippers = []
    sk_names = ["Ante Marić", "Ivo Babić", "Luka Perić", "Nikos Papadakis", "Yannis Georgiou", "Dimitra Kosta",
                "Javier Ortega", "Marta Serra", "Emre Yılmaz", "Can Demir", "Petra Horvat", "Stavros Lekkas",
                "Tomàs Vidal"]
    sk_base = [1, 1, 2, 3, 3, 3, 4, 4, 5, 5, 2, 3, 4]
    for i, (nm, b) in enumerate(zip(sk_names, sk_base, strict=True), 1):
        skippers.append((i, nm, b, 17500 + i * 650 + rng.randint(0, 5) * 100, rng.choice(["RYA YM", "ICC", "IYT"])))
    sk_rate = {s[0]: s[3] for s in skippers}

    customers = []
    used: set[tuple[str, str]] = set()
    for cid in range(1, 481):
        country = rng.choices(_YC_CUST_COUNTRIES, [30, 18, 9, 9, 7, 6, 6, 6, 5, 4])[0]
        if country in ("United Kingdom", "United States"):
            first, last = _pick_name(rng, _EN_M + _EN_W, _EN_L, used)
        else:
            first, last = _pick_name(rng, _DE_M + _DE_W, _DE_L, used)
        customers.append((cid, first, last, country, f"c{cid}.{last.lower()[:4]}@example.org",
                          iso(day_between(rng, D(2019, 1, 1), D(2025, 5, 30)))))
    cweights = [rng.lognormvariate(0, 0.7) for _ in customers]
    cids = [c[0] for c in customers]

    charters = []
    history = []
    payments = []
    sk_busy: set[tuple[int, dt.date]] = set()
    short_paid = 0
    for y in yachts:
        yid, typ, base_id, rate, built = y[0], y[3], y[8], y[9], y[7]
        if built == 2025:
            continue
        for season in (2023, 2024, 2025):
            d = D(season, 4, 26)
            d -= _days((d.weekday() - 5) % 7)
            last_start = D(season, 10, 18)
            while d <= last_start:
                if yid in sold_after and d > sold_after[yid]:
                    break
                p = {2023: 0.5, 2024: 0.58, 2025: 0.62 if d <= D(2025, 7, 31) else 0.4}[season]
                if d.month in (7, 8):
                    p += 0.25
                if rng.random() >= p:
                    d += _days(7)
                    continue
                weeks = 2 if rng.random() < 0.12 else 1
                end = d + _days(7 * weeks)
                factor = 1.25 if d.month in (7, 8) else 1.0 if d.month in (6, 9) else 0.8
                price = round(rate * weeks * factor / 100) * 100
                skipper = None
                want = 1.0 if typ == "P" else 0.55 if typ == "C" else 0.25
                if rng.random() < want:
                    local = [s[0] for s in skippers if s[2] == base_id and (s[0], d) not in sk_busy]
                    if local:
                        skipper = rng.choice(local)
                        for w in range(weeks):
                            sk_busy.add((skipper, d + _days(7 * w)))
                        price += sk_rate[skipper] * 7 * weeks
                booked = d - _days(rng.randint(12, 230))
                if booked > END:
                    d = end
                    continue
                cust = rng.choices(cids, cweights)[0]
                guests = rng.randint(2, y[6])
                chid = len(charters) + 1
                charters.append((chid, yid, cust, skipper, iso(d), iso(end), guests, price, iso(booked)))
                events: list[tuple[str, dt.datetime]] = []
                enq = _at(booked - _days(rng.randint(0, 9)), rng.randint(8, 21), rng.randint(0, 59))
                events.append(("ENQ", enq))
                opt = _at(booked, rng.randint(8, 21), rng.randint(0, 59))
                if opt <= enq:
                    opt = enq + dt.timedelta(hours=rng.randint(1, 5))
                events.append(("OPT", opt))
                fate = rng.random()
                if fate < 0.07:
                    events.append(("CXL", opt + _days(rng.randint(3, 10))))
                else:
                    cnf = opt + _days(rng.randint(1, 6)) + dt.timedelta(hours=rng.randint(0, 5))
                    events.append(("CNF", cnf))
                    dep = cnf + _days(rng.randint(0, 5)) + dt.timedelta(hours=rng.randint(1, 8))
                    events.append(("DEP", dep))
                    deposit = round(price * 0.3)
                    payments.append([chid, iso(dep.date()), deposit, rng.choice(["card", "transfer"])])
                    bal_day = d - _days(rng.randint(28, 42))
                    if bal_day <= dep.date():
                        bal_day = dep.date() + _days(1)
                    if fate < 0.13:
                        cx = dep + _days(max(1, (d - dep.date()).days // 2))
                        events.append(("CXL", cx))
                    else:
                        if season < 2025 and short_paid < 6 and rng.random() < 0.02:
                            short_paid += 1
                            part = round((price - deposit) * rng.choice([0.5, 0.6, 0.75]))
                            payments.append([chid, iso(bal_day), part, "transfer"])
                        else:
                            events.append(("PAD", _at(bal_day, rng.randint(8, 18), rng.randint(0, 59))))
                            payments.append([chid, iso(bal_day), price - deposit, rng.choice(["card", "transfer"])])
                        events.append(("CMP", _at(end, rng.randint(9, 12), rng.randint(0, 59))))
                for st, ts in events:
                    if ts.date() <= END:
                        history.append((chid, st, _ts(ts)))
                d = end
    payments = [p for p in payments if p[1] <= END.isoformat()]
    pay_rows = [(i, *p) for i, p in enumerate(sorted(payments, key=lambda p: (p[1], p[0])), 1)]
    hist_rows = [(i, *h) for i, h in enumerate(sorted(history, key=lambda h: (h[2], h[0])), 1)]

    ddl = """
    CREATE TABLE base (base_id INTEGER PRIMARY KEY, base_name TEXT NOT NULL, country TEXT NOT NULL);
    CREATE TABLE yacht (yacht_id INTEGER PRIMARY KEY, yacht_name TEXT NOT NULL, model TEXT NOT NULL,
        hull_type TEXT NOT NULL, length_m REAL NOT NULL, cabins INTEGER NOT NULL, berths INTEGER NOT NULL,
        year_built INTEGER NOT NULL, base_id INTEGER NOT NULL REFERENCES base(base_id),
        weekly_rate_cents INTEGER NOT NULL, fleet_status TEXT NOT NULL);
    CREATE TABLE skipper (skipper_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
        base_id INTEGER NOT NULL REFERENCES base(base_id), day_rate_cents INTEGER NOT NULL, licence TEXT NOT NULL);
    CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        country TEXT NOT NULL, email TEXT, created_on TEXT NOT NULL);
    CREATE TABLE charter (charter_id INTEGER PRIMARY KEY, yacht_id INTEGER NOT NULL REFERENCES yacht(yacht_id),
        customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
        skipper_id INTEGER REFERENCES skipper(skipper_id), start_date TEXT NOT NULL, end_date TEXT NOT NULL,
        guests INTEGER NOT NULL, price_cents INTEGER NOT NULL, booked_on TEXT NOT NULL);
    CREATE TABLE charter_status_history (history_id INTEGER PRIMARY KEY,
        charter_id INTEGER NOT NULL REFERENCES charter(charter_id), status TEXT NOT NULL, changed_at TEXT NOT NULL);
    CREATE TABLE payment (payment_id INTEGER PRIMARY KEY, charter_id INTEGER NOT NULL REFERENCES charter(charter_id),
        paid_on TEXT NOT NULL, amount_cents INTEGER NOT NULL, method TEXT NOT NULL);
    """
    write_tables(path, ddl, {"base": bases, "yacht": yachts, "skipper": skippers, "customer": customers,
                       "charter": charters, "charter_status_history": hist_rows, "payment": pay_rows})


# ---------------------------------------------------------------------------------------------------------------
# teetimes: a members' golf club, tee-time bookings and competitions (PascalCase)
# ---------------------------------------------------------------------------------------------------------------


def build_teetimes(path: Path) -> None:
    rng = random.Random(105_005)
    courses = [(1, "Championship", 18, 72, 6890), (2, "Parkland", 18, 70, 6120), (3, "Academy", 9, 30, 1850)]
    par = {c[0]: c[3] for c in courses}

    members: list[list[Any]] = []
    used: set[tuple[str, str]] = set()
    types = ["FUL", "WKD", "JNR", "SNR", "SOC"]
    for mid in range(1, 401):
        female = rng.random() < 0.3
        first, last = _pick_name(rng, _EN_W if female else _EN_M, _EN_L, used)
        mtype = rng.choices(types, [48, 14, 9, 22, 7])[0]
        if mtype == "JNR":
            dob = day_between(rng, D(2007, 7, 1), D(2014, 12, 31))
            joined = day_between(rng, max(dob + _days(365 * 8), D(2016, 1, 1)), D(2025, 6, 10))
            hcp = round(rng.uniform(8, 40), 1)
        elif mtype == "SNR":
            dob = day_between(rng, D(1936, 1, 1), D(1960, 6, 1))
            joined = day_between(rng, D(1985, 1, 1), D(2025, 6, 10))
            hcp = round(rng.uniform(9, 30), 1)
        else:
            dob = day_between(rng, D(1955, 1, 1), D(2004, 12, 31))
            joined = day_between(rng, max(dob + _days(365 * 18), D(1990, 1, 1)), D(2025, 6, 10))
            hcp = round(rng.uniform(1.5, 28), 1)
        if mtype == "SOC":
            hcp = None
        left = None
        if joined < D(2024, 1, 1) and rng.random() < 0.12:
            left = day_between(rng, max(joined + _days(200), D(2022, 1, 1)), D(2025, 5, 31))
        members.append([mid, first, last, "F" if female else "M", iso(dob), mtype, hcp, iso(joined), iso(left),
                        None])
    members[57][6] = 0.4
    members[57][8] = None
    members[57][5] = "FUL"
    by_join = sorted(members, key=lambda m: m[7])
    sponsor_w = {m[0]: rng.lognormvariate(0, 0.9) for m in members}
    sponsor_w[by_join[5][0]] = 9.0
    for i, m in enumerate(by_join):
        if i < 10 or rng.random() < 0.35:
            continue
        cand = [x[0] for x in by_join[:i] if x[8] is None or x[8] >= m[7]]
        m[9] = rng.choices(cand, [sponsor_w[c] for c in cand])[0]

    players = [m for m in members if m[5] != "SOC"]
    pw = {m[0]: rng.lognormvariate(0, 0.8) * (1.5 if m[5] == "SNR" else 1.0) for m in players}
    start, stop = D(2024, 1, 1), D(2025, 6, 30)
    bookings = []
    scores = []
    d = start
    no_show_heavy = {players[3][0], players[40][0], players[77][0]}
    while d <= stop:
        weekend = d.weekday() >= 5
        winter = d.month in (12, 1, 2)
        n = (9 if weekend else 6) - (3 if winter else 0) + rng.randint(-1, 2)
        slots = sorted(rng.sample(range(0, 54), n))
        for s in slots:
            t = _at(d, 7 + s // 6, (s % 6) * 10)
            cid = rng.choices([1, 2, 3], [50, 38, 12])[0]
            active = [m for m in players if D.fromisoformat(m[7]) <= d and (m[8] is None or d < D.fromisoformat(m[8]))
                      and (m[5] != "WKD" or not weekend)]
            lead = rng.choices(active, [pw[m[0]] for m in active])[0]
            size = rng.choices([1, 2, 3, 4], [12, 30, 25, 33])[0]
            guests = rng.choices([0, 0, 0, 1, 2], [1] * 5)[0] if size > 1 else 0
            guests = min(guests, size - 1)
            others: list[list[Any]] = []
            while len(others) < size - 1 - guests:
                o = rng.choice(active)
                if o is not lead and o not in others:
                    others.append(o)
            if d > END:
                status = "C" if rng.random() < 0.93 else "X"
            else:
                r = rng.random()
                ns = 0.16 if lead[0] in no_show_heavy else 0.03
                status = "N" if r < ns else "X" if r < ns + 0.09 else "P"
            fee = {1: 65.0, 2: 45.0, 3: 20.0}[cid] + (10.0 if weekend else 0.0)
            bid = len(bookings) + 1
            buggy = 1 if rng.random() < (0.45 if lead[5] == "SNR" else 0.15) else 0
            bookings.append((bid, cid, _ts(t), lead[0], size, guests, status, buggy,
                             guests * fee if status == "P" else 0.0))
            if status == "P":
                for m in [lead, *others]:
                    h = m[6] if m[6] is not None else 28.0
                    if cid == 3:
                        gross = par[cid] + round(h / 2 * rng.uniform(0.7, 1.2) + rng.gauss(0, 2))
                    else:
                        gross = par[cid] + round(h * rng.uniform(0.8, 1.15) + rng.gauss(0, 3.2))
                    scores.append((len(scores) + 1, bid, m[0], gross))
        d += _days(1)

    comps = []
    entries = []
    plan = []
    for yr in (2024, 2025):
        for mo in range(4, 11):
            day = D(yr, mo, 1)
            day += _days((5 - day.weekday()) % 7 + 7)
            if day <= END:
                plan.append((f"{day.strftime('%B')} Medal", day, 1, "Medal", 10.0))
    plan += [("Captain's Cup", D(2024, 7, 20), 1, "Stableford", 20.0),
             ("Ladies' Open", D(2024, 6, 8), 2, "Stableford", 15.0),
             ("Seniors' Trophy", D(2024, 9, 4), 2, "Medal", 12.0),
             ("Winter Pairs", D(2024, 12, 7), 2, "Stableford", 8.0),
             ("Spring Foursomes", D(2025, 3, 22), 2, "Stableford", 8.0),
             ("Ladies' Open", D(2025, 6, 7), 2, "Stableford", 15.0),
             ("Captain's Cup", D(2025, 7, 19), 1, "Stableford", 20.0)]
    plan.sort(key=lambda p: p[1])
    for name, day, cid, fmt, fee in plan:
        comp_id = len(comps) + 1
        comps.append((comp_id, name, iso(day), cid, fmt, fee))
        if day > END:
            continue
        pool = [m for m in players if D.fromisoformat(m[7]) <= day and (m[8] is None or day < D.fromisoformat(m[8]))
                and m[6] is not None]
        if name.startswith("Ladies"):
            pool = [m for m in pool if m[3] == "F"]
        elif name.startswith("Seniors"):
            pool = [m for m in pool if m[5] == "SNR"]
        field = rng.sample(pool, min(len(pool), rng.randint(28, 60)))
        results = []
        for m in field:
            if fmt == "Medal":
                gross = par[cid] + round(m[6] * rng.uniform(0.85, 1.2) + rng.gauss(0, 3))
                score = gross - round(m[6])
            else:
                gross = par[cid] + round(m[6] * rng.uniform(0.85, 1.2) + rng.gauss(0, 3))
                score = max(12, 36 - (gross - round(m[6]) - par[cid]) + rng.randint(-2, 2))
            results.append([m[0], gross, score])
        best = min if fmt == "Medal" else max
        top = best(r[2] for r in results)
        winners = [r for r in results if r[2] == top]
        for r in winners[1:]:
            r[2] += 1 if fmt == "Medal" else -1
            r[1] += 1
        for mid, gross, score in results:
            entries.append((comp_id, mid, gross, score))

    member_rows = [tuple(m) for m in members]
    ddl = """
    CREATE TABLE Courses (CourseId INTEGER PRIMARY KEY, CourseName TEXT NOT NULL, Holes INTEGER NOT NULL,
        Par INTEGER NOT NULL, Yards INTEGER NOT NULL);
    CREATE TABLE Members (MemberId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
        Gender TEXT NOT NULL, DateOfBirth TEXT NOT NULL, MembershipType TEXT NOT NULL, Handicap REAL,
        JoinedOn TEXT NOT NULL, LeftOn TEXT, ProposedBy INTEGER REFERENCES Members(MemberId));
    CREATE TABLE TeeBookings (BookingId INTEGER PRIMARY KEY, CourseId INTEGER NOT NULL REFERENCES Courses(CourseId),
        TeeTime TEXT NOT NULL, LeadMemberId INTEGER NOT NULL REFERENCES Members(MemberId),
        Players INTEGER NOT NULL, Guests INTEGER NOT NULL, Status TEXT NOT NULL, BuggyHired INTEGER NOT NULL,
        GuestFees REAL NOT NULL);
    CREATE TABLE Scores (ScoreId INTEGER PRIMARY KEY, BookingId INTEGER NOT NULL REFERENCES TeeBookings(BookingId),
        MemberId INTEGER NOT NULL REFERENCES Members(MemberId), GrossScore INTEGER NOT NULL);
    CREATE TABLE Competitions (CompetitionId INTEGER PRIMARY KEY, CompName TEXT NOT NULL, CompDate TEXT NOT NULL,
        CourseId INTEGER NOT NULL REFERENCES Courses(CourseId), Format TEXT NOT NULL, EntryFee REAL NOT NULL);
    CREATE TABLE CompetitionEntries (CompetitionId INTEGER NOT NULL REFERENCES Competitions(CompetitionId),
        MemberId INTEGER NOT NULL REFERENCES Members(MemberId), Gross INTEGER NOT NULL, Result INTEGER NOT NULL,
        PRIMARY KEY (CompetitionId, MemberId));
    """
    write_tables(path, ddl, {"Courses": courses, "Members": member_rows, "TeeBookings": bookings, "Scores": scores,
                       "Competitions": comps, "CompetitionEntries": entries})


# ---------------------------------------------------------------------------------------------------------------
# thermalbaths: a thermal spa with pools, passes and treatments (UPPER_SNAKE_CASE, Oracle style)
# ---------------------------------------------------------------------------------------------------------------

_TB_CITIES = ["Baden-Baden", "Karlsruhe", "Rastatt", "Bühl", "Gaggenau", "Pforzheim", "Offenburg", "Achern",
              "Stuttgart", "Strasbourg"]


def build_thermalbaths(path: Path) -> None:
    rng = random.Random(105_006)
    pools = [
        (1, "Main Thermal Pool", 34.0, "Y", 1.35, 120), (2, "Hot Spring Basin", 38.5, "Y", 1.10, 25),
        (3, "Outdoor Lagoon", 32.0, "N", 1.40, 150), (4, "Brine Pool", 36.5, "Y", 1.20, 40),
        (5, "Cold Plunge", 14.0, "Y", 1.50, 8), (6, "Lap Pool", 28.0, "Y", 1.80, 60),
        (7, "Rooftop Infinity Pool", 35.0, "N", 1.30, 45), (8, "Sulphur Grotto", 37.2, "Y", 1.00, 20),
    ]
    customers = []
    used: set[tuple[str, str]] = set()
    for cid in range(1, 961):
        female = rng.random() < 0.57
        first, last = _pick_name(rng, _DE_W if female else _DE_M, _DE_L, used)
        by = rng.choices([rng.randint(1940, 1959), rng.randint(1960, 1984), rng.randint(1985, 2006)], [30, 45, 25])[0]
        reg = day_between(rng, D(2018, 1, 1), D(2025, 6, 1))
        customers.append([cid, first, last, "F" if female else "M", by, rng.choices(_TB_CITIES, [30] + [8] * 9)[0],
                          iso(reg)])
    customers[99][1:3] = ["Greta", "Hoffmann"]
    cw = [rng.lognormvariate(0, 0.8) for _ in customers]

    pass_types = [("DAY", "Day ticket", 29.0, 1, 1), ("EVE", "Evening ticket (after 17:00)", 19.0, 1, 1),
                  ("C10", "10-visit card", 240.0, 365, 10), ("MON", "Monthly pass", 89.0, 30, None),
                  ("ANN", "Annual pass", 690.0, 365, None)]
    pinfo = {p[0]: p for p in pass_types}
    sales = []
    entries = []

    def add_entry(cust: int, sale: int, day: dt.date, evening: bool, dur_lo: int, dur_hi: int) -> None:
        if evening:
            t = _at(day, rng.randint(17, 19), rng.randint(0, 59))
        else:
            t = _at(day, rng.choices([9, 10, 11, 12, 13, 14, 15, 16], [8, 14, 12, 9, 10, 11, 8, 5])[0],
                    rng.randint(0, 59))
        out = t + dt.timedelta(minutes=rng.randint(dur_lo, dur_hi))
        if out.date() > day:
            out = _at(day, 22, 0)
        entries.append([0, sale, cust, _ts(t), _ts(out)])

    annual_holders = rng.sample(range(1, 961), 34)
    d = D(2024, 1, 1)
    while d <= END:
        weekend = d.weekday() >= 5
        n_day = rng.randint(3, 7) + (5 if weekend else 0) + (3 if d.month in (11, 12, 1, 2) else 0)
        n_eve = rng.randint(1, 3)
        for kind, count in (("DAY", n_day), ("EVE", n_eve)):
            for _ in range(count):
                cust = rng.choices(range(1, 961), cw)[0]
                price = pinfo[kind][2] * (1.05 if d.year == 2025 else 1.0)
                if rng.random() < 0.12:
                    price *= 0.9
                sid = len(sales) + 1
                sales.append([sid, cust, kind, iso(d), round(price, 2), iso(d)])
                if rng.random() < 0.985:
                    add_entry(cust, sid, d, kind == "EVE", 90 if kind == "DAY" else 60, 330 if kind == "DAY" else 200)
        if rng.random() < 0.3:
            cust = rng.choices(range(1, 961), cw)[0]
            kind = rng.choice(["C10", "C10", "MON"])
            price = pinfo[kind][2] * (1.05 if d.year == 2025 else 1.0)
            sid = len(sales) + 1
            until = d + _days(pinfo[kind][3] - 1)
            sales.append([sid, cust, kind, iso(d), round(price, 2), iso(until)])
            uses = rng.randint(6, 10) if kind == "C10" else rng.randint(3, 13)
            window = min(until, END)
            if window > d:
                for day in sorted(day_between(rng, d, window) for _ in range(uses)):
                    add_entry(cust, sid, day, False, 60, 240)
        d += _days(1)
    for i, cust in enumerate(annual_holders):
        first = D(2024, 1, 2) + _days(i * 9)
        sale_days = [first]
        if first + _days(365) <= END:
            sale_days.append(first + _days(365))
        for sd in sale_days:
            sid = len(sales) + 1
            until = sd + _days(364)
            price = 690.0 * (1.05 if sd.year == 2025 else 1.0)
            sales.append([sid, cust, "ANN", iso(sd), round(price, 2), iso(until)])
            freq = 0.05 + 0.25 * (i % 7) / 6
            day = sd
            while day <= min(until, END):
                if rng.random() < freq:
                    add_entry(cust, sid, day, rng.random() < 0.2, 45, 200)
                day += _days(1)
    sales.sort(key=lambda s: (s[3], s[0]))
    remap = {s[0]: i for i, s in enumerate(sales, 1)}
    for s in sales:
        s[0] = remap[s[0]]
    for e in entries:
        e[1] = remap[e[1]]
    entries.sort(key=lambda e: e[3])
    for i, e in enumerate(entries, 1):
        e[0] = i

    treatments = [("MAS60", "Classic massage", 60, 79.0), ("MAS30", "Back & neck massage", 30, 45.0),
                  ("HOT75", "Hot stone massage", 75, 98.0), ("FAC50", "Facial", 50, 69.0),
                  ("MUD40", "Mud wrap", 40, 55.0), ("AYU90", "Ayurveda treatment", 90, 129.0),
                  ("REF45", "Foot reflexology", 45, 52.0), ("SCR30", "Salt scrub", 30, 39.0)]
    tw = [22, 18, 9, 12, 7, 4, 10, 6]
    therapists = [
        (1, "Ilse Brandt", None, "2012-04-01", "Y"), (2, "Katharina Seidel", 1, "2015-09-01", "Y"),
        (3, "Miguel Santos", 1, "2017-02-15", "Y"), (4, "Anja Roth", 2, "2018-05-01", "Y"),
        (5, "Jonas Weber", 2, "2019-03-01", "Y"), (6, "Leonie Frank", 2, "2020-10-01", "Y"),
        (7, "Tim Berger", 3, "2021-01-15", "Y"), (8, "Sara Lindholm", 3, "2022-06-01", "Y"),
        (9, "Olga Ivanova", 3, "2016-07-01", "N"), (10, "Mehmet Kaya", 2, "2023-04-01", "Y"),
        (11, "Nina Albrecht", 3, "2024-09-01", "Y"),
    ]
    th_w = {1: 0.5, 2: 1.2, 3: 1.0, 4: 1.4, 5: 1.1, 6: 1.3, 7: 0.9, 8: 1.2, 9: 1.0, 10: 1.6, 11: 1.0}
    appts = []
    d = D(2024, 1, 2)
    while d <= D(2025, 6, 28):
        if d.weekday() != 0:
            for _ in range(rng.randint(4, 9)):
                avail = [t for t in therapists if D.fromisoformat(t[3]) <= d
                         and not (t[0] == 9 and d > D(2024, 8, 31))
                         and not (t[0] == 5 and D(2025, 3, 14) < d)]
                th = rng.choices([t[0] for t in avail], [th_w[t[0]] for t in avail])[0]
                tr = rng.choices(treatments, tw)[0]
                ts = _at(d, rng.randint(9, 19), rng.choice([0, 30]))
                cust = rng.choices(range(1, 961), cw)[0]
                if d > END:
                    status, rating = "BK", None
                else:
                    r = rng.random()
                    status = "CX" if r < 0.09 else "NS" if r < 0.13 else "DN"
                    rating = None
                    if status == "DN" and rng.random() < 0.65:
                        rating = rng.choices([2, 3, 4, 5], [3, 12, 40, 45])[0]
                        if tr[0] == "MUD40" and rng.random() < 0.35:
                            rating -= 1
                appts.append((len(appts) + 1, cust, tr[0], th, _ts(ts), status, rating))
        d += _days(1)
    appts.append((len(appts) + 1, 100, "HOT75", 4, "2025-03-08 15:00", "DN", 5))

    tests = []
    for pool in pools:
        d = D(2024, 1, 1)
        while d <= END:
            ts = _at(d, 7, rng.randint(0, 45))
            cl = round(rng.uniform(0.3, 0.9), 2) if pool[0] != 8 else round(rng.uniform(0.1, 0.4), 2)
            ph = round(rng.gauss(7.3, 0.11), 2)
            ph = min(max(ph, 7.02), 7.58)
            if rng.random() < 0.012:
                ph = rng.choice([6.8, 6.9, 6.95, 7.7, 7.75, 7.8])
            tests.append((len(tests) + 1, pool[0], _ts(ts), cl, ph))
            d += _days(1)

    cust_rows = [tuple(c) for c in customers]
    ddl = """
    CREATE TABLE POOL (POOL_ID INTEGER PRIMARY KEY, POOL_NM TEXT NOT NULL, WATER_TEMP_C REAL NOT NULL,
        INDOOR_FLG TEXT NOT NULL, DEPTH_M REAL NOT NULL, MAX_GUESTS INTEGER NOT NULL);
    CREATE TABLE CUSTOMER (CUST_ID INTEGER PRIMARY KEY, FIRST_NM TEXT NOT NULL, LAST_NM TEXT NOT NULL,
        GENDER_CD TEXT NOT NULL, BIRTH_YR INTEGER, CITY_NM TEXT, REG_DT TEXT NOT NULL);
    CREATE TABLE PASS_TYPE (PASS_TYPE_CD TEXT PRIMARY KEY, PASS_DESC TEXT NOT NULL, LIST_PRICE_EUR REAL NOT NULL,
        VALID_DAYS INTEGER NOT NULL, MAX_ENTRIES INTEGER);
    CREATE TABLE PASS_SALE (SALE_ID INTEGER PRIMARY KEY, CUST_ID INTEGER NOT NULL REFERENCES CUSTOMER(CUST_ID),
        PASS_TYPE_CD TEXT NOT NULL REFERENCES PASS_TYPE(PASS_TYPE_CD), SALE_DT TEXT NOT NULL,
        PRICE_EUR REAL NOT NULL, VALID_TO_DT TEXT NOT NULL);
    CREATE TABLE ENTRY (ENTRY_ID INTEGER PRIMARY KEY, SALE_ID INTEGER NOT NULL REFERENCES PASS_SALE(SALE_ID),
        CUST_ID INTEGER NOT NULL REFERENCES CUSTOMER(CUST_ID), ENTRY_TS TEXT NOT NULL, EXIT_TS TEXT NOT NULL);
    CREATE TABLE TREATMENT (TREATMENT_CD TEXT PRIMARY KEY, TREATMENT_NM TEXT NOT NULL, DURATION_MIN INTEGER NOT NULL,
        PRICE_EUR REAL NOT NULL);
    CREATE TABLE THERAPIST (THERAPIST_ID INTEGER PRIMARY KEY, FULL_NM TEXT NOT NULL,
        SENIOR_ID INTEGER REFERENCES THERAPIST(THERAPIST_ID), HIRE_DT TEXT NOT NULL, ACTIVE_FLG TEXT NOT NULL);
    CREATE TABLE APPOINTMENT (APPT_ID INTEGER PRIMARY KEY, CUST_ID INTEGER NOT NULL REFERENCES CUSTOMER(CUST_ID),
        TREATMENT_CD TEXT NOT NULL REFERENCES TREATMENT(TREATMENT_CD),
        THERAPIST_ID INTEGER NOT NULL REFERENCES THERAPIST(THERAPIST_ID), APPT_TS TEXT NOT NULL,
        STATUS_CD TEXT NOT NULL, RATING INTEGER);
    CREATE TABLE WATER_TEST (TEST_ID INTEGER PRIMARY KEY, POOL_ID INTEGER NOT NULL REFERENCES POOL(POOL_ID),
        TEST_TS TEXT NOT NULL, CHLORINE_MG_L REAL NOT NULL, PH_VALUE REAL NOT NULL);
    """
    write_tables(path, ddl, {"POOL": pools, "CUSTOMER": cust_rows, "PASS_TYPE": pass_types, "PASS_SALE": sales,
                       "ENTRY": entries, "TREATMENT": treatments, "THERAPIST": therapists, "APPOINTMENT": appts,
                       "WATER_TEST": tests})


BUILDERS: dict[str, Callable[[Path], None]] = {
    "gasthof": build_gasthof,
    "roomservice": build_roomservice,
    "adventurepark": build_adventurepark,
    "yachtcharter": build_yachtcharter,
    "teetimes": build_teetimes,
    "thermalbaths": build_thermalbaths,
}
