"""Six synthetic databases of travel, hospitality and events for the 127th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Rows dated after today are things scheduled or booked ahead (future reservations, flights,
festival lineups, tour departures).

skyloyal -- AuroraMiles, the loyalty programme of Aurora Air (a US airline with hubs in Seattle and Anchorage), as a
    document-store export: camelCase names, text keys ``_id`` with a prefix ('mbr_3fa9c1', 'flt_9bdaea'),
    timestamps as ISO 8601 UTC text with 'T' and 'Z' ('2025-03-04T18:22:10Z'), booleans as the text 'true' or
    'false'.  Miles are loyalty miles (points); distances are statute miles.
    airports: _id: the IATA airport code ('SEA', 'ANC', 'PDX', 'SFO', 'LAX', 'LAS', 'PHX', 'DEN', 'ORD', 'JFK',
        'BOS', 'HNL', 'FAI', 'YVR', 'SJD'); city ('Seattle', 'Anchorage', 'New York' ...); countryCode ('US', 'CA',
        'MX'); isHub: 'true' for the airline's hubs (Seattle, Anchorage).
    members: one row per programme member.  _id ('mbr_...'); memberNumber: the number on the card ('AM24764983',
        unique); firstName; lastName; email (NULL = none on file); homeAirport -> airports._id: the member's home
        airport (NULL = not given); tier: status level 'blue' (base), 'silver', 'gold' or 'platinum'; enrolledAt:
        when the member joined the programme; referredBy -> members._id: the member who referred this one (NULL =
        not referred); emailOptIn: 'true' = accepts marketing e-mail; isActive: 'false' = account closed.
    flights: the airline's flights, one row per flight on one day (flown, plus a few scheduled after today).
        _id ('flt_...'); flightNumber ('AU 121'); origin -> airports._id; destination -> airports._id; departureAt:
        departure time; distanceMiles: route length in statute miles; aircraft ('E175', 'Q400', '737-800',
        '737 MAX 9', 'A321neo', '787-9').
    flightCredits: a flight a member flew and was credited for (members to flights, a link table).  _id; memberId
        -> members; flightId -> flights; cabin: 'economy', 'premium' (premium economy) or 'first' (first class);
        milesEarned: loyalty miles credited; creditedAt: when the miles were posted (a few days after the flight).
        A member with no row here has never flown with the airline.
    partners: companies where members earn miles.  _id ('ptn_velo'); name ('Harbor Hotels', 'Velo Car Rental',
        'Aurora Visa Signature' (the co-branded credit card), 'Zoom Rides' ...); category: 'hotel', 'car',
        'credit_card', 'dining', 'rideshare', 'cruise' or 'retail'; milesPerDollar: miles earned per US dollar spent;
        isActive: 'false' = the partnership has ended.
    partnerEarnings: miles earned with a partner.  _id; memberId -> members; partnerId -> partners; earnedAt;
        spendUsd: the amount spent, in US dollars with cents (NULL for a promotional bonus with no purchase);
        miles: loyalty miles earned.
    redemptions: miles spent on rewards.  _id; memberId -> members; redeemedAt; rewardType: 'award_flight' (a
        ticket bought with miles), 'upgrade' (a cabin upgrade), 'gift_card' or 'hotel_night'; milesSpent;
        flightId -> flights: the flight of an award ticket or upgrade (NULL for other rewards); status:
        'completed' or 'cancelled' (the miles were given back).
    A member's miles balance is all the miles earned (flightCredits.milesEarned plus partnerEarnings.miles) minus the
    milesSpent of completed redemptions.

trattoria -- Gruppo Osteria, a chain of Italian restaurants, in a schema with Italian names; money in euros (REAL
    with cents); dates 'YYYY-MM-DD', times 'YYYY-MM-DD HH:MM'; flags 'S' (sì, yes) or 'N' (no).  Cities are stored
    in Italian ('Milano', 'Roma', 'Firenze', 'Napoli', 'Genova', 'Bologna', 'Torino').
    ristoranti (restaurants): id_ristorante; nome: the restaurant's name ('Trattoria da Gino', 'Osteria del Ponte',
        'Pizzeria Vesuvio', 'Il Gabbiano', 'La Vecchia Roma', 'Bottega Bolognese', 'Caffè Sabaudo', 'Osteria
        Trastevere'); citta: city; indirizzo: street address; coperti: seats; data_apertura: opening date;
        giorno_chiusura: the weekly closing day in Italian ('lunedì' Monday, 'martedì' Tuesday, 'mercoledì'
        Wednesday, 'domenica' Sunday; NULL = open every day); attivo: 'N' = closed for good (Caffè Sabaudo closed
        on 2024-09-30).
    personale (staff): id_dipendente; nome: first name; cognome: surname; ruolo: job, 'direttore di zona' (area
        director, over several restaurants), 'responsabile di sala' (the restaurant's manager, runs the dining
        room), 'chef' (head chef), 'cuoco' (cook), 'pizzaiolo' (pizza maker) or 'cameriere' (waiter);
        id_ristorante -> ristoranti (NULL for the area directors); id_responsabile -> personale.id_dipendente: the
        employee's direct boss (NULL for the area directors); data_assunzione: hiring date; stipendio_mensile:
        gross monthly salary in euros.
    clienti (customers): id_cliente; nome; cognome; telefono; email (NULL = not given); citta: home city (NULL =
        unknown); data_nascita: birth date (often NULL); data_registrazione: when the customer was registered;
        newsletter: 'S' = subscribed to the newsletter.
    prenotazioni (reservations): id_prenotazione; id_cliente -> clienti; id_ristorante -> ristoranti; data_ora:
        the date and time of the table; num_persone: party size (covers); canale: how it was booked, 'telefono'
        (phone), 'sito' (our website), 'thefork' (TheFork) or 'app' (our app); stato: 'confermata' (confirmed,
        still to come), 'completata' (the party came and ate), 'annullata' (cancelled) or 'non_presentato'
        (no-show); note: the guest's request ('compleanno' birthday, 'celiaco' coeliac ...; NULL = none);
        creata_il: the day the reservation was made.
    piatti (dishes and drinks on the menu): id_piatto; nome_piatto; categoria: 'antipasto' (starter), 'primo'
        (first course: pasta, risotto, pizza), 'secondo' (main course), 'contorno' (side dish), 'dolce' (dessert)
        or 'bevanda' (drink); prezzo: menu price in euros; vegetariano: 'S' = vegetarian; disponibile: 'N' = off
        the menu for now.
    conti (bills): one per completed reservation.  id_conto; id_prenotazione -> prenotazioni; id_cameriere ->
        personale: the waiter who served the table (sometimes NULL); chiuso_il: when the bill was paid; totale:
        the bill in euros (the sum of its lines), without the tip; mancia: tip in euros; metodo_pagamento:
        'carta' (card), 'contanti' (cash) or 'buono pasto' (meal voucher).
    righe_conto (bill lines, bills to dishes): id_conto -> conti; id_piatto -> piatti; quantita: how many were
        served; prezzo_unitario: price of one, in euros.
    recensioni (reviews): id_recensione; id_prenotazione -> prenotazioni (the visit reviewed); voto: score 1 to 5;
        testo: the review text (NULL = score only); data_recensione: date posted.

rentacar -- Dash Car Rental in the western US, an old schema with table prefixes ('tbl_', 't_') and column
    prefixes ('br_' branch, 'vc_' vehicle class, 'veh_' vehicle, 'cust_' customer, 'bk_' booking, 'ext_' extra,
    'bx_' booking extra, 'dmg_' damage); money in US cents (INTEGER); timestamps 'YYYY-MM-DD HH:MM' local time;
    flags 'Y'/'N'.
    tbl_branches: rental locations.  br_id; br_code ('SEA-AP'); br_name ('Seattle-Tacoma Airport', 'Seattle
        Downtown', 'Portland Airport' ...); br_city; br_state (US state code); br_airport_yn: 'Y' = an airport
        branch; br_opened: opening date.
    t_vehicle_class: car categories.  vc_code ('ECON', 'CMPT', 'MIDS', 'FULL', 'SUV', 'MINI', 'LUX'); vc_name
        ('Economy', 'Compact', 'Midsize', 'Full-size', 'SUV', 'Minivan', 'Luxury'); vc_daily_rate_cents: the daily
        rate in US cents; vc_seats.
    t_vehicles: the fleet.  veh_id; veh_plate: licence plate (unique); veh_make ('Toyota', 'Kia', 'Tesla' ...);
        veh_model ('Corolla', 'Odyssey' ...); veh_year: model year; vc_code -> t_vehicle_class; br_id ->
        tbl_branches: home branch; veh_odometer_mi: odometer in miles; veh_status: 'available', 'rented' (out on a
        rental now), 'maintenance' (in the workshop for service or repair) or 'retired' (sold or scrapped, no
        longer in the fleet); veh_in_service: the date it joined the fleet.
    tbl_customers: cust_id; cust_first_name; cust_last_name; cust_email (NULL = none); cust_phone (NULL = none);
        cust_dob: date of birth (sometimes NULL); cust_license_state: the state (or province) of the driving
        licence; cust_since: sign-up date; cust_loyalty_yn: 'Y' = in the Dash Rewards loyalty club;
        cust_do_not_rent_yn: 'Y' = on the do-not-rent list (barred).
    tbl_bookings: reservations and rentals.  bk_id; bk_ref: the confirmation code ('GDCWTQ9'); cust_id ->
        tbl_customers; veh_id -> t_vehicles: the car handed over (NULL until pickup, so NULL for reserved,
        cancelled and no-show bookings); vc_code -> t_vehicle_class: the class booked; bk_pickup_br ->
        tbl_branches: where the car is picked up; bk_return_br -> tbl_branches: where it is to be returned (a
        one-way rental when it differs from the pickup branch); bk_created_ts: when the booking was made;
        bk_pickup_ts: pickup time; bk_due_ts: agreed return time (the booked length is due minus pickup);
        bk_returned_ts: actual return time (NULL until returned; later than bk_due_ts = a late return);
        bk_status: 'reserved' (pickup still to come), 'active' (the car is out now), 'completed' (returned),
        'cancelled' or 'no_show' (the customer never came); bk_total_cents: the price in US cents, extras and
        late fees included (a quote for reserved and active bookings, final once completed; NULL for cancelled and
        no-show bookings); bk_odo_out / bk_odo_in: odometer miles at pickup and return (miles driven = in - out).
    t_extras: add-ons.  ext_id; ext_code ('GPS', 'CHILD_SEAT', 'ADD_DRIVER', 'TOLL_PASS', 'CDW' (collision damage
        waiver, the insurance), 'ROADSIDE', 'SKI_RACK'); ext_name ('Collision damage waiver' ...); ext_daily_cents:
        price per day in US cents.
    t_booking_extras: the extras on each booking (bookings to extras).  bk_id -> tbl_bookings; ext_id -> t_extras;
        bx_qty: how many (two child seats ...).
    tbl_damage_reports: damage found when a car came back.  dmg_id; bk_id -> tbl_bookings (the rental);
        dmg_reported_ts; dmg_area ('front bumper', 'windshield', 'driver door' ...); dmg_desc (NULL = not written);
        dmg_cost_cents: repair cost in US cents (NULL = not yet estimated); dmg_paid_by: who paid, 'customer',
        'insurance' or 'company' (NULL while unsettled).

festgrid -- a promoter running six music festivals in Europe, snake_case with short names; every date is an
    INTEGER yyyymmdd (20240717 = 17 July 2024) and times of day are INTEGER hhmm (2130 = 21:30); money in euros.
    fest: the festivals.  fest_id; fest_name ('Riverside Sound' (Dublin), 'Sol y Ritmo' (Valencia), 'Nordlys'
        (Bergen), 'Harbour Jazz' (Lisbon), 'Black Forest Open Air' (Freiburg), 'Canal Beats' (Amsterdam)); city;
        country (ISO code); genre_focus; first_year: the year of the first edition ever.
    fest_edition: one year's festival.  edition_id; fest_id -> fest; edition_year; start_date, end_date: first
        and last day (yyyymmdd); daily_capacity: visitors a day; edition_status: 'completed', 'on_sale' (still to
        come, tickets on sale) or 'cancelled' (Black Forest Open Air 2023, called off for storms: every ticket
        refunded, no performances).
    stage: each festival's stages.  stage_id; fest_id -> fest; stage_name ('Main Stage', 'Fjord Stage', 'Black
        Tent' ...); capacity; is_covered: 1 = covered (a tent or hall), 0 = open air.
    artist: acts (bands and solo artists).  artist_id; artist_name (unique); country (ISO code, sometimes NULL);
        genre; formed_year (NULL for some solo acts); agency: booking agency (NULL = none).
    perf: performances (sets), artists booked on a stage of an edition (a link table).  perf_id; edition_id ->
        fest_edition; stage_id -> stage; artist_id -> artist; perf_date (yyyymmdd); start_hhmm (hhmm); duration_min:
        set length in minutes; is_headliner: 1 = the day's headliner; fee_eur: the agreed fee in whole euros (not
        paid when the set was cancelled); cancelled: 1 = the set was cancelled.
    tkt_type: ticket kinds on sale for an edition.  tt_id; edition_id -> fest_edition; tt_name ('Day Ticket',
        'Weekend Pass', 'VIP Weekend'); price_eur: price of one ticket in euros; quota: how many are for sale.
    tkt_order: ticket orders.  order_id; tt_id -> tkt_type; buyer_email; buyer_country (ISO code, NULL =
        unknown); qty: number of tickets in the order; order_date (yyyymmdd); channel: 'web', 'app', 'box_office'
        or 'reseller'; total_eur: what the order cost in euros (qty times the price); refunded: 1 = the money was
        given back (a refunded order brings no revenue and its tickets are void); refund_date (yyyymmdd, NULL
        unless refunded).

innkeep -- a hotel group's property-management system, upper-case names from an old mainframe export; dates
    'YYYY-MM-DD'; money in US dollars with cents; most statuses are single-letter codes, explained here.
    HOTEL: HOTEL_ID; HOTEL_CD ('CHI01'); HOTEL_NM ('Lakeshore Grand' Chicago, 'Beacon Hill Inn' Boston, 'Mile High
        Lodge' Denver, 'Congress Avenue Hotel' Austin, 'Puget Sound Suites' Seattle, 'Gaslamp Harbor Hotel' San
        Diego); CITY; STATE_CD; STARS: star rating; OPEN_DT.
    ROOM: ROOM_ID; HOTEL_ID -> HOTEL; ROOM_NO ('304'); ROOM_TYP: 'S' standard, 'D' deluxe, 'F' family, 'U' suite;
        FLOOR_NO; BASE_RATE: rack rate in US dollars a night; SMOKE_FLG: 'Y' = smoking room; STAT_CD: 'A' = in
        service, 'O' = out of order (cannot be sold).
    GUEST: GUEST_ID; FIRST_NM; LAST_NM; EMAIL (NULL = none); COUNTRY_CD (ISO, NULL = unknown); LOYALTY_CD: loyalty
        level 'B' bronze, 'S' silver, 'G' gold, 'P' platinum (NULL = not a member); CREATED_DT: profile created.
    RESV: reservations.  RESV_ID; CONF_NO: confirmation number; GUEST_ID -> GUEST; HOTEL_ID -> HOTEL; ROOM_TYP: the
        room type booked (codes as in ROOM); ROOM_ID -> ROOM: the room the guest stayed in (set at check-in: NULL
        for future, cancelled and no-show reservations); ARR_DT: arrival date; DEP_DT: departure date (nights =
        DEP_DT - ARR_DT); ADULTS; CHILDREN; RATE_AMT: the nightly rate in US dollars (a stay's room revenue is
        nights x RATE_AMT; room nights are not in FOLIO_CHG); STAT_CD: 'R' reserved (arrival still to come),
        'I' in house (checked in, not yet departed), 'O' checked out (a completed stay), 'X' cancelled, 'N'
        no-show; SRC_CD: booking source, 'W' our website, 'P' phone, 'O' online travel agency (Expedia,
        Booking.com), 'C' corporate account, 'K' walk-in; BOOKED_TS: when booked ('YYYY-MM-DD HH:MM:SS');
        CXL_DT: cancellation date (NULL unless cancelled).
    FOLIO_CHG: incidental charges posted to a stay's bill (room nights are not here).  CHG_ID; RESV_ID -> RESV;
        POST_DT; CHG_CD: 'F' food (restaurant, room service), 'B' bar, 'S' spa, 'P' parking, 'M' minibar,
        'L' laundry; AMT: US dollars; VOID_FLG: 'Y' = voided (reversed, not owed).
    STAFF: STAFF_ID; HOTEL_ID -> HOTEL; FULL_NM; DEPT_CD: 'A' administration (the general manager), 'F' front
        office, 'H' housekeeping, 'K' kitchen, 'M' maintenance; SUPV_ID -> STAFF.STAFF_ID: the direct supervisor
        (NULL for a general manager; department heads report to the general manager); HIRE_DT; TERM_DT: last day
        of employment (NULL = still employed).
    HK_TASK: housekeeping and maintenance tasks on rooms.  TASK_ID; ROOM_ID -> ROOM; STAFF_ID -> STAFF (who did
        it, NULL = not yet assigned); TASK_DT; TASK_CD: 'C' checkout clean (after a guest leaves), 'S' stayover
        service (an occupied room), 'I' inspection, 'R' repair; STAT_CD: 'P' pending, 'D' done, 'S' skipped
        (refused by the guest); MINUTES: time the task took (NULL unless done).

wanderly -- a small-group tour operator, plain snake_case; dates 'YYYY-MM-DD'; flags 0/1.  Tour prices are listed
    in euros, but each booking is charged in the customer's own currency (a currency column beside the amount).
    destinations: places, nested: a country contains regions, a region contains cities.  destination_id; name
        ('Italy', 'Tuscany', 'Florence' ...); kind: 'country', 'region' or 'city'; parent_id ->
        destinations.destination_id: the place this one lies in (a city's region, a region's country; NULL for a
        country).  Countries: Italy, Peru, Japan, Morocco, Iceland, Vietnam, Portugal.
    guides: tour leaders.  guide_id; full_name; base_destination_id -> destinations: the city the guide lives in;
        languages: the languages spoken, ISO codes separated by commas ('en,es,de': English, Spanish, German);
        hired_on; active: 0 = no longer works for us.
    tours: the catalogue.  tour_id; code ('ITA-001'); title ('Tuscan Hill Towns', 'Inca Trail Trek' ...);
        category: 'cultural', 'food', 'walking', 'adventure' or 'wildlife'; duration_days; max_group: most
        travellers on one departure; price_eur: list price per traveller in euros; difficulty: 'easy', 'moderate'
        or 'hard'; discontinued: 1 = no longer sold.
    tour_stops: the cities a tour visits, in order (tours to destinations).  tour_id -> tours; stop_no: 1, 2, ...;
        destination_id -> destinations (a city); nights: nights spent there.
    departures: a tour run on given dates with a group.  departure_id; tour_id -> tours; guide_id -> guides (the
        guide leading it; NULL = not yet assigned); start_date; status: 'scheduled' (still to come), 'completed'
        or 'cancelled' (called off by us).
    customers: customer_id; full_name; email (NULL = none); country: ISO code of the customer's country ('GB',
        'US', 'AU', 'CA', 'DE', 'FR', 'NL', 'ES', 'IE'); created_on.
    bookings: a customer's booking on a departure.  booking_id; departure_id -> departures; customer_id ->
        customers; booked_on; travellers: number of people on the booking; amount: the price charged, in the
        booking's currency; currency: 'EUR', 'GBP' (British pounds), 'USD', 'AUD' (Australian dollars) or 'CAD'
        (Canadian dollars); status: 'confirmed' (paid), 'pending' (awaiting payment) or 'cancelled'.  Amounts in
        different currencies cannot be added together.
    reviews: travellers' reviews of a departure they took.  review_id; booking_id -> bookings; rating: 1 to 5
        stars; comment (NULL = rating only); posted_on.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import full_names, iso, write_tables

LAST_DAY = dt.date(2025, 6, 14)
END = dt.datetime(2025, 6, 14, 23, 59, 59)


def _z(t: dt.datetime | None) -> str | None:
    """ISO 8601 UTC with 'T' and 'Z', as a document store exports it."""
    return None if t is None else t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _ts(t: dt.datetime | None, seconds: bool = True) -> str | None:
    if t is None:
        return None
    return t.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def _ymd(d: dt.date | None) -> int | None:
    """A date as the integer yyyymmdd (20240712)."""
    return None if d is None else d.year * 10000 + d.month * 100 + d.day


def _moment(r: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    """A random second in [start, end]."""
    span = max(0, int((end - start).total_seconds()))
    return start + dt.timedelta(seconds=r.randint(0, span))


def _between(r: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


class _Ids:
    """Short random hex keys with a prefix ('mbr_8f3a2c'), never repeated."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.used: set[str] = set()

    def __call__(self, prefix: str, n: int = 6) -> str:
        while True:
            k = f"{prefix}_{self.r.getrandbits(4 * n):0{n}x}"
            if k not in self.used:
                self.used.add(k)
                return k


def _tf(b: bool) -> str:
    return "true" if b else "false"


def _yn(b: bool) -> str:
    return "Y" if b else "N"


# ---------------------------------------------------------------------------------------------------------------
# skyloyal
# ---------------------------------------------------------------------------------------------------------------

SKYLOYAL_DDL = """
CREATE TABLE airports (
    _id TEXT PRIMARY KEY,
    city TEXT NOT NULL,
    countryCode TEXT NOT NULL,
    isHub TEXT NOT NULL
);
CREATE TABLE members (
    _id TEXT PRIMARY KEY,
    memberNumber TEXT NOT NULL UNIQUE,
    firstName TEXT NOT NULL,
    lastName TEXT NOT NULL,
    email TEXT,
    homeAirport TEXT REFERENCES airports(_id),
    tier TEXT NOT NULL,
    enrolledAt TEXT NOT NULL,
    referredBy TEXT REFERENCES members(_id),
    emailOptIn TEXT NOT NULL,
    isActive TEXT NOT NULL
);
CREATE TABLE flights (
    _id TEXT PRIMARY KEY,
    flightNumber TEXT NOT NULL,
    origin TEXT NOT NULL REFERENCES airports(_id),
    destination TEXT NOT NULL REFERENCES airports(_id),
    departureAt TEXT NOT NULL,
    distanceMiles INTEGER NOT NULL,
    aircraft TEXT NOT NULL
);
CREATE TABLE flightCredits (
    _id TEXT PRIMARY KEY,
    memberId TEXT NOT NULL REFERENCES members(_id),
    flightId TEXT NOT NULL REFERENCES flights(_id),
    cabin TEXT NOT NULL,
    milesEarned INTEGER NOT NULL,
    creditedAt TEXT NOT NULL
);
CREATE TABLE partners (
    _id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    milesPerDollar REAL NOT NULL,
    isActive TEXT NOT NULL
);
CREATE TABLE partnerEarnings (
    _id TEXT PRIMARY KEY,
    memberId TEXT NOT NULL REFERENCES members(_id),
    partnerId TEXT NOT NULL REFERENCES partners(_id),
    earnedAt TEXT NOT NULL,
    spendUsd REAL,
    miles INTEGER NOT NULL
);
CREATE TABLE redemptions (
    _id TEXT PRIMARY KEY,
    memberId TEXT NOT NULL REFERENCES members(_id),
    redeemedAt TEXT NOT NULL,
    rewardType TEXT NOT NULL,
    milesSpent INTEGER NOT NULL,
    flightId TEXT REFERENCES flights(_id),
    status TEXT NOT NULL
);
"""

_AIRPORTS = [
    ("SEA", "Seattle", "US", True), ("ANC", "Anchorage", "US", True), ("PDX", "Portland", "US", False),
    ("SFO", "San Francisco", "US", False), ("LAX", "Los Angeles", "US", False), ("LAS", "Las Vegas", "US", False),
    ("PHX", "Phoenix", "US", False), ("DEN", "Denver", "US", False), ("ORD", "Chicago", "US", False),
    ("JFK", "New York", "US", False), ("BOS", "Boston", "US", False), ("HNL", "Honolulu", "US", False),
    ("FAI", "Fairbanks", "US", False), ("YVR", "Vancouver", "CA", False), ("SJD", "San Jose del Cabo", "MX", False),
]  # fmt: skip
# (origin, destination, miles, flight number there, weight)
_ROUTES = [
    ("SEA", "PDX", 129, 101, 5), ("SEA", "SFO", 679, 111, 9), ("SEA", "LAX", 954, 121, 9), ("SEA", "LAS", 867, 131, 5),
    ("SEA", "PHX", 1107, 141, 4), ("SEA", "DEN", 1024, 151, 4), ("SEA", "ORD", 1721, 161, 4),
    ("SEA", "JFK", 2421, 171, 5), ("SEA", "BOS", 2496, 181, 3), ("SEA", "HNL", 2677, 191, 4),
    ("SEA", "YVR", 127, 201, 3), ("SEA", "ANC", 1448, 211, 8), ("ANC", "FAI", 261, 221, 4),
    ("ANC", "PDX", 1542, 231, 2), ("ANC", "LAX", 2345, 241, 2), ("ANC", "HNL", 2781, 251, 2),
    ("SEA", "SJD", 2003, 261, 2),
]  # fmt: skip


def _aircraft(miles: int, r: random.Random) -> str:
    if miles < 300:
        return r.choice(["E175", "Q400"])
    if miles < 1800:
        return r.choice(["737-800", "737 MAX 9", "A321neo"])
    return r.choice(["737 MAX 9", "787-9", "A321neo"])


def build_skyloyal(path: Path) -> None:
    r = random.Random(12701)
    ids = _Ids(r)
    airports = [(a, c, cc, _tf(h)) for a, c, cc, h in _AIRPORTS]
    # flights actually flown, 2023-01 to 2025-06-14, plus a few scheduled later
    flights = []
    fl_info: list[tuple[str, dt.datetime, int]] = []
    weights = [w for *_, w in _ROUTES]
    for _ in range(330):
        o, d, miles, num, _w = r.choices(_ROUTES, weights=weights)[0]
        back = r.random() < 0.5
        if back:
            o, d, num = d, o, num + 1
        dep = _moment(r, dt.datetime(2023, 1, 2, 6), dt.datetime(2025, 6, 14, 21))
        dep = dep.replace(minute=(dep.minute // 5) * 5, second=0)
        fid = ids("flt")
        flights.append((fid, f"AU {num}", o, d, _z(dep), miles, _aircraft(miles, r)))
        fl_info.append((fid, dep, miles))
    for k in range(12):  # scheduled, not yet flown (award bookings only)
        o, d, miles, num, _w = _ROUTES[(k * 5) % len(_ROUTES)]
        dep = dt.datetime(2025, 6, 20 + k % 9, 7 + k, 15)
        fid = ids("flt")
        flights.append((fid, f"AU {num}", o, d, _z(dep), miles, _aircraft(miles, r)))
    future_flights = [f[0] for f in flights[-12:]]

    n = 420
    names = full_names(r, n)
    enrolled = sorted(_moment(r, dt.datetime(2018, 3, 1, 8), dt.datetime(2025, 6, 10, 20)) for _ in range(n))
    mids = [ids("mbr") for _ in range(n)]
    home_w = {"SEA": 40, "ANC": 14, "PDX": 10, "SFO": 7, "LAX": 7, "LAS": 3, "PHX": 3, "DEN": 3, "ORD": 3,
              "JFK": 3, "BOS": 2, "HNL": 3, "FAI": 3, "YVR": 2}  # fmt: skip
    ref_w = [1.0] * n
    ref_w[5], ref_w[17], ref_w[30] = 30.0, 14.0, 8.0
    members = []
    used_nums: set[str] = set()
    for i in range(n):
        first, last = names[i].split(" ")
        ref = None
        if i > 35 and r.random() < 0.18:
            ref = mids[r.choices(range(i), weights=ref_w[:i])[0]]
        while True:
            num = f"AM{r.randint(10_000_000, 99_999_999)}"
            if num not in used_nums:
                used_nums.add(num)
                break
        email = (
            None
            if r.random() < 0.06
            else f"{first.lower()}.{last.lower()}@{r.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me'])}"
        )
        home = r.choices(list(home_w), weights=list(home_w.values()))[0] if r.random() > 0.04 else None
        members.append([mids[i], num, first, last, email, home, "blue", _z(enrolled[i]), ref,
                        _tf(r.random() < 0.62), _tf(r.random() > 0.05)])  # fmt: skip
    # travellers: heavy / regular / occasional / never flew
    kind = r.choices(["heavy", "regular", "occasional", "none"], weights=[6, 24, 45, 25], k=n)
    kind[5] = "regular"
    credits = []
    cab_mult = {"economy": 1.0, "premium": 1.5, "first": 2.0}
    flown: dict[int, list[tuple[str, dt.datetime]]] = {i: [] for i in range(n)}
    for i in range(n):
        k = {"heavy": r.randint(5, 10), "regular": r.randint(1, 4), "occasional": r.randint(0, 1), "none": 0}[kind[i]]
        options = [f for f in fl_info if f[1] > enrolled[i]]
        r.shuffle(options)
        for fid, dep, miles in options[:k]:
            cab = r.choices(["economy", "premium", "first"], weights=[70, 18, 12])[0]
            earned = max(500, round(miles * cab_mult[cab]))
            cred = dep + dt.timedelta(days=r.randint(1, 6), hours=r.randint(0, 20))
            if cred > END:
                cred = END - dt.timedelta(hours=r.randint(1, 10))
            credits.append((ids("fc", 8), mids[i], fid, cab, earned, _z(cred)))
            flown[i].append((fid, dep))
    partners = [
        ("ptn_harbor", "Harbor Hotels", "hotel", 5.0, "true"),
        ("ptn_summit", "Summit Suites", "hotel", 3.0, "true"),
        ("ptn_velo", "Velo Car Rental", "car", 2.0, "true"),
        ("ptn_roadway", "Roadway Rentals", "car", 1.5, "false"),
        ("ptn_card", "Aurora Visa Signature", "credit_card", 1.0, "true"),
        ("ptn_dine", "AuroraMiles Dining", "dining", 3.0, "true"),
        ("ptn_rideshare", "Zoom Rides", "rideshare", 1.0, "true"),
        ("ptn_cruise", "Glacier Bay Cruises", "cruise", 2.0, "true"),
        ("ptn_florist", "Petal & Stem", "retail", 4.0, "false"),
    ]
    pw = [9, 5, 6, 3, 22, 10, 6, 2, 0]
    earnings = []
    for i in range(n):
        k = {"heavy": r.randint(2, 6), "regular": r.randint(0, 3), "occasional": r.randint(0, 1),
             "none": r.choice([0, 0, 0, 1])}[kind[i]]  # fmt: skip
        for _ in range(k):
            p = r.choices(partners, weights=pw)[0]
            when = _moment(r, enrolled[i] + dt.timedelta(days=2), END)
            if when <= enrolled[i]:
                continue
            spend = round(r.uniform(25, 900) if p[2] != "credit_card" else r.uniform(300, 4200), 2)
            miles = int(spend * p[3])
            earnings.append((ids("pe", 8), mids[i], p[0], _z(when), spend, miles))
    # two promotional bonuses with no spend
    earnings.append((ids("pe", 8), mids[12], "ptn_card", _z(dt.datetime(2024, 11, 29, 10)), None, 40000))
    earnings.append((ids("pe", 8), mids[44], "ptn_harbor", _z(dt.datetime(2025, 3, 3, 9, 30)), None, 15000))
    # tiers from the miles flown in the last twelve months (a rough rule, as the airline applies it at review)
    recent = dt.datetime(2024, 6, 15)
    earned_total = {m: 0 for m in mids}
    for c in credits:
        earned_total[c[1]] += c[4]
    for e in earnings:
        earned_total[e[1]] += e[5]
    flown_recent = {m: 0 for m in mids}
    fl_by = {f[0]: f for f in fl_info}
    for c in credits:
        if fl_by[c[2]][1] >= recent:
            flown_recent[c[1]] += fl_by[c[2]][2]
    for i, m in enumerate(members):
        fr = flown_recent[mids[i]]
        m[6] = "platinum" if fr >= 9000 else "gold" if fr >= 5000 else "silver" if fr >= 2000 else "blue"
    members[5][6] = "gold"
    redemptions = []
    types = ["award_flight", "upgrade", "gift_card", "hotel_night"]
    for i in range(n):
        bal = earned_total[mids[i]]
        if bal < 5000 or r.random() < 0.25:
            continue
        for _ in range(r.randint(1, 4)):
            t = r.choices(types, weights=[50, 20, 18, 12])[0]
            cost = {"award_flight": r.choice([7500, 12500, 15000, 25000, 30000]), "upgrade": r.choice([5000, 7500, 10000]),
                    "gift_card": r.choice([6000, 10000, 12000]), "hotel_night": r.choice([8000, 9000, 14000])}[t]  # fmt: skip
            if cost > bal:
                continue
            fid = None
            if t == "award_flight":
                fid = r.choice([f[0] for f in fl_info[-120:]] + future_flights)
            elif t == "upgrade" and flown[i]:
                fid = r.choice(flown[i])[0]
            elif t == "upgrade":
                t, fid = "gift_card", None
            when = _moment(r, max(enrolled[i] + dt.timedelta(days=30), dt.datetime(2023, 6, 1)), END)
            if fid is not None:
                dep = fl_by[fid][1] if fid in fl_by else dt.datetime(2025, 6, 20)
                when = min(END, dep - dt.timedelta(days=r.randint(1, 60), hours=r.randint(0, 12)))
            if when <= enrolled[i]:
                continue
            status = "cancelled" if r.random() < 0.12 else "completed"
            if status == "completed":
                bal -= cost
            redemptions.append((ids("rd", 8), mids[i], _z(when), t, cost, fid, status))
    write_tables(path, SKYLOYAL_DDL, [
        ("airports", airports), ("members", members), ("flights", flights), ("flightCredits", credits),
        ("partners", partners), ("partnerEarnings", earnings), ("redemptions", redemptions),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# trattoria
# ---------------------------------------------------------------------------------------------------------------

TRATTORIA_DDL = """
CREATE TABLE ristoranti (
    id_ristorante INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    citta TEXT NOT NULL,
    indirizzo TEXT NOT NULL,
    coperti INTEGER NOT NULL,
    data_apertura TEXT NOT NULL,
    giorno_chiusura TEXT,
    attivo TEXT NOT NULL
);
CREATE TABLE personale (
    id_dipendente INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    cognome TEXT NOT NULL,
    ruolo TEXT NOT NULL,
    id_ristorante INTEGER REFERENCES ristoranti(id_ristorante),
    id_responsabile INTEGER REFERENCES personale(id_dipendente),
    data_assunzione TEXT NOT NULL,
    stipendio_mensile REAL NOT NULL
);
CREATE TABLE clienti (
    id_cliente INTEGER PRIMARY KEY,
    nome TEXT NOT NULL,
    cognome TEXT NOT NULL,
    telefono TEXT NOT NULL,
    email TEXT,
    citta TEXT,
    data_nascita TEXT,
    data_registrazione TEXT NOT NULL,
    newsletter TEXT NOT NULL
);
CREATE TABLE prenotazioni (
    id_prenotazione INTEGER PRIMARY KEY,
    id_cliente INTEGER NOT NULL REFERENCES clienti(id_cliente),
    id_ristorante INTEGER NOT NULL REFERENCES ristoranti(id_ristorante),
    data_ora TEXT NOT NULL,
    num_persone INTEGER NOT NULL,
    canale TEXT NOT NULL,
    stato TEXT NOT NULL,
    note TEXT,
    creata_il TEXT NOT NULL
);
CREATE TABLE piatti (
    id_piatto INTEGER PRIMARY KEY,
    nome_piatto TEXT NOT NULL,
    categoria TEXT NOT NULL,
    prezzo REAL NOT NULL,
    vegetariano TEXT NOT NULL,
    disponibile TEXT NOT NULL
);
CREATE TABLE conti (
    id_conto INTEGER PRIMARY KEY,
    id_prenotazione INTEGER NOT NULL UNIQUE REFERENCES prenotazioni(id_prenotazione),
    id_cameriere INTEGER REFERENCES personale(id_dipendente),
    chiuso_il TEXT NOT NULL,
    totale REAL NOT NULL,
    mancia REAL NOT NULL,
    metodo_pagamento TEXT NOT NULL
);
CREATE TABLE righe_conto (
    id_conto INTEGER NOT NULL REFERENCES conti(id_conto),
    id_piatto INTEGER NOT NULL REFERENCES piatti(id_piatto),
    quantita INTEGER NOT NULL,
    prezzo_unitario REAL NOT NULL,
    PRIMARY KEY (id_conto, id_piatto)
);
CREATE TABLE recensioni (
    id_recensione INTEGER PRIMARY KEY,
    id_prenotazione INTEGER NOT NULL REFERENCES prenotazioni(id_prenotazione),
    voto INTEGER NOT NULL,
    testo TEXT,
    data_recensione TEXT NOT NULL
);
"""

_NOMI = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Alessandro", "Elena", "Davide",
         "Martina", "Andrea", "Valentina", "Simone", "Federica", "Lorenzo", "Silvia", "Giorgio", "Paola", "Stefano",
         "Anna", "Roberto", "Laura", "Tommaso", "Beatrice", "Riccardo", "Alessia", "Fabio", "Irene", "Nicola"]  # fmt: skip
_COGNOMI = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
            "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini",
            "Leone"]  # fmt: skip
_PIATTI = [
    ("Bruschetta al pomodoro", "antipasto", 6.50, True), ("Tagliere di salumi", "antipasto", 14.00, False),
    ("Burrata con pomodorini", "antipasto", 11.50, True), ("Carpaccio di manzo", "antipasto", 13.00, False),
    ("Arancini siciliani", "antipasto", 8.00, False), ("Caprese", "antipasto", 9.50, True),
    ("Cacio e pepe", "primo", 12.00, True), ("Carbonara", "primo", 13.50, False),
    ("Amatriciana", "primo", 13.00, False), ("Tagliatelle al ragù", "primo", 14.50, False),
    ("Risotto ai funghi porcini", "primo", 16.00, True), ("Lasagne alla bolognese", "primo", 14.00, False),
    ("Pappardelle al cinghiale", "primo", 17.50, False), ("Gnocchi al pesto", "primo", 12.50, True),
    ("Spaghetti alle vongole", "primo", 18.00, False), ("Pizza Margherita", "primo", 8.50, True),
    ("Ossobuco alla milanese", "secondo", 26.00, False), ("Bistecca alla fiorentina", "secondo", 48.00, False),
    ("Saltimbocca alla romana", "secondo", 21.00, False), ("Branzino al forno", "secondo", 24.50, False),
    ("Parmigiana di melanzane", "secondo", 15.00, True), ("Pollo alla cacciatora", "secondo", 18.50, False),
    ("Frittura di calamari", "secondo", 19.00, False), ("Cotoletta alla milanese", "secondo", 23.00, False),
    ("Patate al forno", "contorno", 5.00, True), ("Insalata mista", "contorno", 5.50, True),
    ("Verdure grigliate", "contorno", 6.50, True), ("Spinaci saltati", "contorno", 6.00, True),
    ("Tiramisù", "dolce", 7.00, True), ("Panna cotta", "dolce", 6.50, True), ("Cannoli siciliani", "dolce", 7.50, True),
    ("Torta della nonna", "dolce", 6.00, True), ("Affogato al caffè", "dolce", 5.50, True),
    ("Acqua minerale", "bevanda", 3.00, True), ("Calice di Chianti", "bevanda", 7.00, True),
    ("Bottiglia di Barolo", "bevanda", 65.00, True), ("Spritz", "bevanda", 8.00, True),
    ("Limoncello", "bevanda", 4.50, True), ("Caffè espresso", "bevanda", 2.00, True),
    ("Birra artigianale", "bevanda", 6.00, True), ("Vitello tonnato", "antipasto", 12.50, False),
]  # fmt: skip


def build_trattoria(path: Path) -> None:
    r = random.Random(12702)
    ristoranti = [
        (1, "Trattoria da Gino", "Milano", "Via Brera 14", 60, "2016-04-12", "lunedì", "S"),
        (2, "Osteria del Ponte", "Firenze", "Borgo San Jacopo 22", 45, "2017-09-01", "martedì", "S"),
        (3, "Pizzeria Vesuvio", "Napoli", "Via dei Tribunali 88", 80, "2015-03-20", None, "S"),
        (4, "Il Gabbiano", "Genova", "Calata Gadda 3", 55, "2018-06-15", "lunedì", "S"),
        (5, "La Vecchia Roma", "Roma", "Via della Lungaretta 41", 70, "2019-02-01", "mercoledì", "S"),
        (6, "Bottega Bolognese", "Bologna", "Via Pescherie Vecchie 7", 40, "2020-10-05", "domenica", "S"),
        (7, "Caffè Sabaudo", "Torino", "Piazza Vittorio Veneto 9", 35, "2021-05-18", "lunedì", "N"),
        (8, "Osteria Trastevere", "Roma", "Via del Moro 30", 50, "2025-03-01", "lunedì", "S"),
    ]  # fmt: skip
    closed_on = dt.date(2024, 9, 30)  # Caffè Sabaudo closed for good
    staff = [
        (1, "Vittorio", "Ferri", "direttore di zona", None, None, "2015-01-10", 5200.00),
        (2, "Carla", "Benedetti", "direttore di zona", None, None, "2016-02-01", 5100.00),
    ]
    sid = 3
    managers: dict[int, int] = {}
    waiters: dict[int, list[int]] = {}
    for rid, _nome, citta, *_rest in ristoranti:
        area = 1 if citta in ("Milano", "Torino", "Genova", "Bologna") else 2
        opened = dt.date.fromisoformat(_rest[2])
        staff.append(
            (
                sid,
                r.choice(_NOMI),
                r.choice(_COGNOMI),
                "responsabile di sala",
                rid,
                area,
                iso(opened - dt.timedelta(days=r.randint(20, 60))),
                round(r.uniform(2600, 3100), 2),
            )
        )
        managers[rid] = sid
        sid += 1
        waiters[rid] = []
        roles = ["chef"] + ["cuoco"] * r.randint(1, 2) + ["cameriere"] * r.randint(2, 4)
        if rid == 3:
            roles += ["pizzaiolo", "pizzaiolo"]
        for role in roles:
            pay = {"chef": (2500, 3200), "cuoco": (1700, 2100), "cameriere": (1400, 1700), "pizzaiolo": (1600, 1900)}
            hired = _between(r, opened - dt.timedelta(days=30), min(LAST_DAY, opened + dt.timedelta(days=900)))
            staff.append(
                (
                    sid,
                    r.choice(_NOMI),
                    r.choice(_COGNOMI),
                    role,
                    rid,
                    managers[rid],
                    iso(hired),
                    round(r.uniform(*pay[role]), 2),
                )
            )
            if role == "cameriere":
                waiters[rid].append(sid)
            sid += 1
    # staff with the same full name would make questions ambiguous: rename the repeats
    seen: set[tuple[str, str]] = set()
    for k, s in enumerate(staff):
        while (s[1], s[2]) in seen:
            s = (s[0], r.choice(_NOMI), r.choice(_COGNOMI), *s[3:])
        seen.add((s[1], s[2]))
        staff[k] = s
    cities = ["Milano", "Roma", "Firenze", "Napoli", "Bologna", "Torino", "Genova", "Verona", "Pisa", None]
    clienti = []
    pairs = [(n, c) for n in _NOMI for c in _COGNOMI]
    r.shuffle(pairs)
    for cid in range(1, 341):
        n, c = pairs[cid]
        reg = _between(r, dt.date(2019, 1, 1), dt.date(2025, 6, 10))
        email = (
            None
            if r.random() < 0.15
            else f"{n.lower()}.{c.lower().replace(' ', '')}{r.randint(1, 99)}@{r.choice(['gmail.com', 'libero.it', 'hotmail.it', 'yahoo.it'])}"
        )
        nascita = None if r.random() < 0.35 else iso(_between(r, dt.date(1950, 1, 1), dt.date(2004, 12, 31)))
        clienti.append((cid, n, c, f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}", email,
                        r.choice(cities), nascita, iso(reg), "S" if r.random() < 0.4 else "N"))  # fmt: skip
    reg_of = {c[0]: dt.date.fromisoformat(c[7]) for c in clienti}
    rw = [14, 10, 16, 8, 12, 8, 5, 3]
    # some guests are regulars
    cw = [1.0] * 340
    for k in r.sample(range(340), 25):
        cw[k] = 6.0
    cw[41] = 22.0
    prenotazioni = []
    pid = 1
    while len(prenotazioni) < 300:
        rid = r.choices(range(1, 9), weights=rw)[0]
        opened = dt.date.fromisoformat(ristoranti[rid - 1][5])
        start = max(opened, dt.date(2023, 1, 1))
        end = closed_on if rid == 7 else dt.date(2025, 7, 15)
        d = _between(r, start, end)
        cid = r.choices(range(1, 341), weights=cw)[0]
        if reg_of[cid] > d:
            continue
        slot = r.choice(["12:30", "13:00", "13:30", "19:30", "20:00", "20:30", "21:00", "21:30"])
        persone = r.choices([1, 2, 3, 4, 5, 6, 8, 10], weights=[4, 40, 12, 22, 6, 8, 4, 2])[0]
        canale = r.choices(["telefono", "sito", "thefork", "app"], weights=[35, 30, 25, 10])[0]
        created = d - dt.timedelta(days=r.randint(0, 25))
        if d > LAST_DAY:
            stato = "annullata" if r.random() < 0.1 else "confermata"
            if created > LAST_DAY:
                created = LAST_DAY - dt.timedelta(days=r.randint(0, 20))
        else:
            stato = r.choices(["completata", "annullata", "non_presentato"], weights=[78, 15, 7])[0]
        note = r.choice([None] * 8 + ["tavolo all'aperto", "compleanno", "seggiolone per bambino", "celiaco",
                                      "allergia alle noci", "anniversario"])  # fmt: skip
        prenotazioni.append((pid, cid, rid, f"{d.isoformat()} {slot}", persone, canale, stato, note, iso(created)))
        pid += 1
    prenotazioni.sort(key=lambda p: p[3])
    prenotazioni = [(k + 1, *p[1:]) for k, p in enumerate(prenotazioni)]
    piatti = []
    for k, (nome, cat, prezzo, veg) in enumerate(_PIATTI, start=1):
        disp = "N" if nome in ("Pappardelle al cinghiale", "Vitello tonnato", "Spinaci saltati") else "S"
        piatti.append((k, nome, cat, prezzo, "S" if veg else "N", disp))
    by_cat: dict[str, list[tuple]] = {}
    for p in piatti:
        by_cat.setdefault(p[2], []).append(p)
    never = {"Vitello tonnato", "Spinaci saltati"}  # added to the menu, never ordered
    conti, righe, recensioni = [], [], []
    cid_ = 1
    rec_id = 1
    for p in prenotazioni:
        if p[6] != "completata":
            continue
        persone = p[4]
        lines: dict[int, list] = {}
        for cat, share in (("primo", 0.9), ("secondo", 0.45), ("antipasto", 0.4), ("dolce", 0.35), ("bevanda", 0.8),
                           ("contorno", 0.2)):  # fmt: skip
            if r.random() < share:
                dish = r.choice([d for d in by_cat[cat] if d[1] not in never])
                if p[2] != 3 and dish[1] == "Pizza Margherita":
                    continue
                q = max(1, min(persone, round(persone * r.uniform(0.3, 1.0))))
                if dish[1] == "Bottiglia di Barolo":
                    q = 1
                lines[dish[0]] = [dish[0], q, dish[3]]
        if len(lines) > 3:
            drop = r.sample(sorted(lines), len(lines) - 3)
            for k in drop:
                del lines[k]
        if not lines:
            lines[34] = [34, persone, 3.0]
        tot = round(sum(q * pr for _, q, pr in lines.values()), 2)
        d = dt.datetime.fromisoformat(p[3])
        chiuso = d + dt.timedelta(minutes=r.randint(55, 150))
        wt = r.choice(waiters[p[2]]) if r.random() > 0.05 else None
        tip = round(r.choice([0, 0, 0, 2, 5, 10]) * (1 if persone < 6 else 2) + r.choice([0, 0, 0.5]), 2)
        metodo = r.choices(["carta", "contanti", "buono pasto"], weights=[65, 30, 5])[0]
        conti.append((cid_, p[0], wt, _ts(chiuso, seconds=False), tot, float(tip), metodo))
        for dish, q, pr in lines.values():
            righe.append((cid_, dish, q, pr))
        cid_ += 1
        if r.random() < 0.38:
            voto = r.choices([1, 2, 3, 4, 5], weights=[4, 6, 15, 38, 37])[0]
            if p[2] == 4:
                voto = r.choices([2, 3, 4, 5], weights=[10, 20, 35, 35])[0]
            testo = {1: "Servizio lentissimo, non tornerò.", 2: "Piatti freddi, peccato.", 3: "Nella media.",
                     4: "Molto buono, torneremo.", 5: "Eccellente, tutto perfetto!"}[voto]  # fmt: skip
            if r.random() < 0.25:
                testo = None
            when = min(LAST_DAY, d.date() + dt.timedelta(days=r.randint(0, 12)))
            recensioni.append((rec_id, p[0], voto, testo, iso(when)))
            rec_id += 1
    write_tables(path, TRATTORIA_DDL, [
        ("ristoranti", ristoranti), ("personale", staff), ("clienti", clienti), ("prenotazioni", prenotazioni),
        ("piatti", piatti), ("conti", conti), ("righe_conto", righe), ("recensioni", recensioni),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# rentacar
# ---------------------------------------------------------------------------------------------------------------

RENTACAR_DDL = """
CREATE TABLE tbl_branches (
    br_id INTEGER PRIMARY KEY,
    br_code TEXT NOT NULL UNIQUE,
    br_name TEXT NOT NULL,
    br_city TEXT NOT NULL,
    br_state TEXT NOT NULL,
    br_airport_yn TEXT NOT NULL,
    br_opened DATE NOT NULL
);
CREATE TABLE t_vehicle_class (
    vc_code TEXT PRIMARY KEY,
    vc_name TEXT NOT NULL,
    vc_daily_rate_cents INTEGER NOT NULL,
    vc_seats INTEGER NOT NULL
);
CREATE TABLE t_vehicles (
    veh_id INTEGER PRIMARY KEY,
    veh_plate TEXT NOT NULL UNIQUE,
    veh_make TEXT NOT NULL,
    veh_model TEXT NOT NULL,
    veh_year INTEGER NOT NULL,
    vc_code TEXT NOT NULL REFERENCES t_vehicle_class(vc_code),
    br_id INTEGER NOT NULL REFERENCES tbl_branches(br_id),
    veh_odometer_mi INTEGER NOT NULL,
    veh_status TEXT NOT NULL,
    veh_in_service DATE NOT NULL
);
CREATE TABLE tbl_customers (
    cust_id INTEGER PRIMARY KEY,
    cust_first_name TEXT NOT NULL,
    cust_last_name TEXT NOT NULL,
    cust_email TEXT,
    cust_phone TEXT,
    cust_dob DATE,
    cust_license_state TEXT NOT NULL,
    cust_since DATE NOT NULL,
    cust_loyalty_yn TEXT NOT NULL,
    cust_do_not_rent_yn TEXT NOT NULL
);
CREATE TABLE tbl_bookings (
    bk_id INTEGER PRIMARY KEY,
    bk_ref TEXT NOT NULL UNIQUE,
    cust_id INTEGER NOT NULL REFERENCES tbl_customers(cust_id),
    veh_id INTEGER REFERENCES t_vehicles(veh_id),
    vc_code TEXT NOT NULL REFERENCES t_vehicle_class(vc_code),
    bk_pickup_br INTEGER NOT NULL REFERENCES tbl_branches(br_id),
    bk_return_br INTEGER NOT NULL REFERENCES tbl_branches(br_id),
    bk_created_ts TEXT NOT NULL,
    bk_pickup_ts TEXT NOT NULL,
    bk_due_ts TEXT NOT NULL,
    bk_returned_ts TEXT,
    bk_status TEXT NOT NULL,
    bk_total_cents INTEGER,
    bk_odo_out INTEGER,
    bk_odo_in INTEGER
);
CREATE TABLE t_extras (
    ext_id INTEGER PRIMARY KEY,
    ext_code TEXT NOT NULL UNIQUE,
    ext_name TEXT NOT NULL,
    ext_daily_cents INTEGER NOT NULL
);
CREATE TABLE t_booking_extras (
    bk_id INTEGER NOT NULL REFERENCES tbl_bookings(bk_id),
    ext_id INTEGER NOT NULL REFERENCES t_extras(ext_id),
    bx_qty INTEGER NOT NULL,
    PRIMARY KEY (bk_id, ext_id)
);
CREATE TABLE tbl_damage_reports (
    dmg_id INTEGER PRIMARY KEY,
    bk_id INTEGER NOT NULL REFERENCES tbl_bookings(bk_id),
    dmg_reported_ts TEXT NOT NULL,
    dmg_area TEXT NOT NULL,
    dmg_desc TEXT,
    dmg_cost_cents INTEGER,
    dmg_paid_by TEXT
);
"""

_CLASSES = [
    ("ECON", "Economy", 3899, 4, [("Nissan", "Versa"), ("Kia", "Rio"), ("Mitsubishi", "Mirage")]),
    ("CMPT", "Compact", 4499, 5, [("Toyota", "Corolla"), ("Honda", "Civic"), ("Hyundai", "Elantra")]),
    ("MIDS", "Midsize", 5299, 5, [("Toyota", "Camry"), ("Nissan", "Altima"), ("Kia", "K5")]),
    ("FULL", "Full-size", 5999, 5, [("Chevrolet", "Malibu"), ("Dodge", "Charger")]),
    ("SUV", "SUV", 7499, 5, [("Ford", "Escape"), ("Toyota", "RAV4"), ("Jeep", "Grand Cherokee")]),
    ("MINI", "Minivan", 8999, 7, [("Chrysler", "Pacifica"), ("Honda", "Odyssey")]),
    ("LUX", "Luxury", 12999, 5, [("BMW", "5 Series"), ("Mercedes-Benz", "E-Class"), ("Tesla", "Model S")]),
]  # fmt: skip


def build_rentacar(path: Path) -> None:
    r = random.Random(12703)
    branches = [
        (1, "SEA-AP", "Seattle-Tacoma Airport", "Seattle", "WA", "Y", "2014-05-01"),
        (2, "SEA-DT", "Seattle Downtown", "Seattle", "WA", "N", "2016-03-14"),
        (3, "PDX-AP", "Portland Airport", "Portland", "OR", "Y", "2015-08-20"),
        (4, "SFO-AP", "San Francisco Airport", "San Francisco", "CA", "Y", "2017-01-09"),
        (5, "OAK-DT", "Oakland Downtown", "Oakland", "CA", "N", "2019-06-03"),
        (6, "LAX-AP", "Los Angeles Airport", "Los Angeles", "CA", "Y", "2016-11-21"),
        (7, "SAN-AP", "San Diego Airport", "San Diego", "CA", "Y", "2018-04-02"),
        (8, "DEN-AP", "Denver Airport", "Denver", "CO", "Y", "2020-02-17"),
        (9, "BOI-DT", "Boise Downtown", "Boise", "ID", "N", "2024-10-01"),
        (10, "SLC-AP", "Salt Lake City Airport", "Salt Lake City", "UT", "Y", "2021-09-13"),
    ]  # fmt: skip
    classes = [(c, n, rate, seats) for c, n, rate, seats, _m in _CLASSES]
    cw = {"ECON": 14, "CMPT": 22, "MIDS": 22, "FULL": 10, "SUV": 20, "MINI": 6, "LUX": 6}
    bw = [20, 8, 10, 14, 5, 16, 9, 10, 2, 6]
    vehicles = []
    plates: set[str] = set()
    for vid in range(1, 131):
        code = r.choices(list(cw), weights=list(cw.values()))[0]
        make, model = r.choice(next(c[4] for c in _CLASSES if c[0] == code))
        br = r.choices(range(1, 11), weights=bw)[0]
        while True:
            plate = f"{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randint(100, 999)}"
            if plate not in plates:
                plates.add(plate)
                break
        year = r.choice([2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025])
        opened = dt.date.fromisoformat(branches[br - 1][6])
        ins = max(opened, _between(r, dt.date(year, 1, 15), min(dt.date(year + 1, 3, 1), LAST_DAY)))
        vehicles.append([vid, plate, make, model, year, code, br, 0, "available", iso(ins)])
    # a few retired cars, a few in the shop
    for vid in (7, 19, 58, 101):
        vehicles[vid - 1][8] = "retired"
    for vid in (12, 44, 77, 90, 118):
        vehicles[vid - 1][8] = "maintenance"
    states = ["WA"] * 8 + ["OR"] * 4 + ["CA"] * 9 + ["CO"] * 3 + ["ID", "UT", "UT", "NV", "AZ", "TX", "NY", "BC"]
    customers = []
    names = full_names(r, 300)
    for cid in range(1, 301):
        first, last = names[cid - 1].split(" ")
        since = _between(r, dt.date(2016, 1, 1), dt.date(2025, 6, 1))
        dob = None if r.random() < 0.08 else iso(_between(r, dt.date(1952, 1, 1), dt.date(2003, 6, 1)))
        email = None if r.random() < 0.07 else f"{first[0].lower()}{last.lower()}{r.randint(1, 999)}@example.com"
        phone = None if r.random() < 0.1 else f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}"
        customers.append((cid, first, last, email, phone, dob, r.choice(states), iso(since),
                          _yn(r.random() < 0.35), _yn(cid in (23, 141, 266))))  # fmt: skip
    extras = [
        (1, "GPS", "GPS navigation unit", 1299),
        (2, "CHILD_SEAT", "Child safety seat", 1399),
        (3, "ADD_DRIVER", "Additional driver", 1500),
        (4, "TOLL_PASS", "Electronic toll pass", 599),
        (5, "CDW", "Collision damage waiver", 2999),
        (6, "ROADSIDE", "Roadside assistance plus", 799),
        (7, "SKI_RACK", "Ski rack", 1899),
    ]
    ext_w = [10, 14, 18, 22, 30, 12, 0]
    since_of = {c[0]: dt.date.fromisoformat(c[7]) for c in customers}
    rate_of = {c[0]: c[2] for c in classes}
    vw = [1.0] * 300
    for k in r.sample(range(300), 30):
        vw[k] = 5.0
    vw[87] = 16.0
    bookings, bx, dmg = [], [], []
    odo = {v[0]: r.randint(3000, 30000) for v in vehicles}
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {v[0]: [] for v in vehicles}
    now = dt.datetime(2025, 6, 15, 0, 0)
    refs: set[str] = set()
    bid = 0
    tries = 0
    while bid < 560 and tries < 20000:
        tries += 1
        cid = r.choices(range(1, 301), weights=vw)[0]
        pick = _moment(r, dt.datetime(2023, 7, 1, 7), dt.datetime(2025, 7, 31, 20))
        pick = pick.replace(minute=(pick.minute // 15) * 15, second=0)
        if pick.hour < 7 or pick.hour > 21:
            continue
        if pick.date() < since_of[cid]:
            continue
        pbr = r.choices(range(1, 11), weights=bw)[0]
        if pick.date() < dt.date.fromisoformat(branches[pbr - 1][6]):
            continue
        days = r.choices([1, 2, 3, 4, 5, 7, 10, 14], weights=[10, 16, 20, 16, 12, 14, 7, 5])[0]
        due = pick + dt.timedelta(days=days)
        rbr = pbr if r.random() < 0.85 else r.choice([b for b in range(1, 11) if b != pbr and b != 9])
        if due.date() < dt.date.fromisoformat(branches[rbr - 1][6]):
            rbr = pbr
        code = r.choices(list(cw), weights=list(cw.values()))[0]
        cands = [
            v
            for v in vehicles
            if v[5] == code
            and v[6] == pbr
            and v[8] != "retired"
            and dt.date.fromisoformat(v[9]) <= pick.date()
            and all(due + dt.timedelta(hours=6) < s or pick > e + dt.timedelta(hours=6) for s, e in busy[v[0]])
        ]
        created = pick - dt.timedelta(days=r.randint(0, 45), hours=r.randint(0, 12))
        if created > END:
            continue
        if pick > now:
            status = "cancelled" if r.random() < 0.08 else "reserved"
        elif due > now:
            status = "active"
        else:
            status = r.choices(["completed", "cancelled", "no_show"], weights=[84, 11, 5])[0]
        if status in ("active", "completed", "reserved") and not cands:
            continue
        veh = r.choice(cands) if cands and status in ("active", "completed") else None
        if status == "active" and veh is not None and veh[8] == "maintenance":
            continue
        bid += 1
        while True:
            ref = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
            if ref not in refs:
                refs.add(ref)
                break
        returned = None
        total = None
        odo_out = odo_in = None
        if veh is not None:
            busy[veh[0]].append((pick, due))
            odo_out = 0
            if status == "completed":
                late = r.random() < 0.12
                returned = due + (
                    dt.timedelta(hours=r.randint(2, 30)) if late else -dt.timedelta(minutes=r.randint(0, 240))
                )
                returned = min(returned, END)
                odo_in = int(days * r.uniform(25, 160))  # the miles driven, made readings below
        chosen = []
        if status != "cancelled" and status != "no_show":
            for ext in extras:
                if r.random() < ext_w[ext[0] - 1] / 100:
                    q = 2 if ext[1] == "CHILD_SEAT" and r.random() < 0.3 else 1
                    chosen.append((bid, ext[0], q))
        if status in ("completed", "active", "reserved"):
            total = days * rate_of[code] + sum(q * extras[e - 1][3] * days for _, e, q in chosen)
            if status == "completed" and returned and returned - due > dt.timedelta(hours=2):
                total += rate_of[code]  # a late return costs one more day
        bookings.append([bid, ref, cid, veh[0] if veh else None, code, pbr, rbr, _ts(created, False),
                         _ts(pick, False), _ts(due, False), _ts(returned, False), status, total, odo_out, odo_in])  # fmt: skip
        bx.extend(chosen)
        if status == "completed" and r.random() < 0.08:
            area = r.choice(["front bumper", "rear bumper", "windshield", "driver door", "passenger door", "wheel rim",
                             "interior"])  # fmt: skip
            cost = r.choice([None, r.randint(8000, 240000)]) if r.random() < 0.2 else r.randint(9000, 320000)
            paid = None if cost is None else r.choice(["customer", "insurance", "insurance", "company"])
            desc = {"windshield": "chip in windshield", "interior": "cigarette burn on seat",
                    "wheel rim": "curb rash on rim"}.get(area, r.choice(["scratch", "dent", "scuffed paint"]))  # fmt: skip
            dmg.append((len(dmg) + 1, bid, _ts(returned + dt.timedelta(minutes=r.randint(5, 90)), False), area,
                        desc if r.random() > 0.1 else None, cost, paid))  # fmt: skip
    bookings.sort(key=lambda b: b[8])
    renum = {b[0]: k + 1 for k, b in enumerate(bookings)}
    for b in bookings:
        b[0] = renum[b[0]]
    bx = sorted((renum[b], e, q) for b, e, q in bx)
    dmg = [(d[0], renum[d[1]], *d[2:]) for d in dmg]
    for b in bookings:  # odometer readings in time order
        if b[3] is not None:
            b[13] = odo[b[3]]
            if b[14] is not None:
                b[14] = b[13] + b[14]
                odo[b[3]] = b[14]
    for v in vehicles:
        v[7] = odo[v[0]] + r.randint(0, 400)
        if any(b[3] == v[0] and b[11] == "active" for b in bookings):
            v[8] = "rented"
    write_tables(path, RENTACAR_DDL, [
        ("tbl_branches", branches), ("t_vehicle_class", classes), ("t_vehicles", vehicles),
        ("tbl_customers", customers), ("tbl_bookings", bookings), ("t_extras", extras),
        ("t_booking_extras", bx), ("tbl_damage_reports", dmg),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# festgrid
# ---------------------------------------------------------------------------------------------------------------

FESTGRID_DDL = """
CREATE TABLE fest (
    fest_id INTEGER PRIMARY KEY,
    fest_name TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    genre_focus TEXT NOT NULL,
    first_year INTEGER NOT NULL
);
CREATE TABLE fest_edition (
    edition_id INTEGER PRIMARY KEY,
    fest_id INTEGER NOT NULL REFERENCES fest(fest_id),
    edition_year INTEGER NOT NULL,
    start_date INTEGER NOT NULL,
    end_date INTEGER NOT NULL,
    daily_capacity INTEGER NOT NULL,
    edition_status TEXT NOT NULL
);
CREATE TABLE stage (
    stage_id INTEGER PRIMARY KEY,
    fest_id INTEGER NOT NULL REFERENCES fest(fest_id),
    stage_name TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    is_covered INTEGER NOT NULL
);
CREATE TABLE artist (
    artist_id INTEGER PRIMARY KEY,
    artist_name TEXT NOT NULL UNIQUE,
    country TEXT,
    genre TEXT NOT NULL,
    formed_year INTEGER,
    agency TEXT
);
CREATE TABLE perf (
    perf_id INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES fest_edition(edition_id),
    stage_id INTEGER NOT NULL REFERENCES stage(stage_id),
    artist_id INTEGER NOT NULL REFERENCES artist(artist_id),
    perf_date INTEGER NOT NULL,
    start_hhmm INTEGER NOT NULL,
    duration_min INTEGER NOT NULL,
    is_headliner INTEGER NOT NULL,
    fee_eur INTEGER NOT NULL,
    cancelled INTEGER NOT NULL
);
CREATE TABLE tkt_type (
    tt_id INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES fest_edition(edition_id),
    tt_name TEXT NOT NULL,
    price_eur REAL NOT NULL,
    quota INTEGER NOT NULL
);
CREATE TABLE tkt_order (
    order_id INTEGER PRIMARY KEY,
    tt_id INTEGER NOT NULL REFERENCES tkt_type(tt_id),
    buyer_email TEXT NOT NULL,
    buyer_country TEXT,
    qty INTEGER NOT NULL,
    order_date INTEGER NOT NULL,
    channel TEXT NOT NULL,
    total_eur REAL NOT NULL,
    refunded INTEGER NOT NULL,
    refund_date INTEGER
);
"""

_BAND_A = ["Velvet", "Paper", "Neon", "Silver", "Midnight", "Crystal", "Electric", "Hollow", "Wild", "Golden", "Lunar",
           "Broken", "Copper", "Violet", "Static", "Northern", "Glass", "Amber", "Iron", "Echo"]  # fmt: skip
_BAND_B = ["Harbors", "Tigers", "Satellites", "Orchards", "Ghosts", "Pilots", "Machines", "Foxes", "Rivers", "Lanterns",
           "Wolves", "Comets", "Saints", "Horses", "Waves", "Ravens", "Cities", "Gardens", "Monarchs", "Drifters"]  # fmt: skip
_SOLO = ["DJ Kaspar", "Lina Moss", "Ola Berg", "Marisol", "Tomás Vidal", "Inga Sol", "Kofi Blue", "Aurelie",
         "Nils Frahm Trio", "Sara Lenz", "MC Harbor", "Jonah Reyes", "Elif Kaya", "Noor", "Pia Lund", "Benny Okafor",
         "Alba Ruiz", "Yuki Tanabe", "Carmen Vega", "Theo Wilde"]  # fmt: skip


def build_festgrid(path: Path) -> None:
    r = random.Random(12704)
    fests = [
        (1, "Riverside Sound", "Dublin", "IE", "indie", 2016),
        (2, "Sol y Ritmo", "Valencia", "ES", "latin", 2018),
        (3, "Nordlys", "Bergen", "NO", "electronic", 2019),
        (4, "Harbour Jazz", "Lisbon", "PT", "jazz", 2014),
        (5, "Black Forest Open Air", "Freiburg", "DE", "rock", 2012),
        (6, "Canal Beats", "Amsterdam", "NL", "electronic", 2024),
    ]
    # (month, first day, days) of each festival's weekend
    when = {1: (7, 17, 3), 2: (6, 26, 3), 3: (6, 5, 4), 4: (5, 22, 4), 5: (8, 14, 3), 6: (10, 23, 2)}
    cap = {1: 25000, 2: 30000, 3: 12000, 4: 8000, 5: 40000, 6: 15000}
    editions = []
    eid = 0
    for fid, *_rest in fests:
        for year in (2022, 2023, 2024, 2025):
            if fid == 6 and year < 2024:
                continue
            eid += 1
            m, d, n = when[fid]
            start = dt.date(year, m, d) + dt.timedelta(days=(year - 2022) % 2)
            end = start + dt.timedelta(days=n - 1)
            status = "completed" if end <= LAST_DAY else "on_sale"
            if fid == 5 and year == 2023:
                status = "cancelled"
            editions.append((eid, fid, year, _ymd(start), _ymd(end), cap[fid] + r.choice([0, 0, 1000, 2000]), status))
    stage_names = {
        1: [("Main Stage", 20000, 0), ("River Tent", 4000, 1), ("Courtyard", 1500, 0)],
        2: [("Escenario Sol", 25000, 0), ("Carpa Ritmo", 5000, 1), ("Playa Stage", 3000, 0)],
        3: [("Fjord Stage", 9000, 0), ("The Hangar", 3000, 1), ("Aurora Dome", 1200, 1)],
        4: [("Harbour Stage", 5000, 0), ("Club Tejo", 800, 1), ("Cloister", 600, 0)],
        5: [("Forest Main", 35000, 0), ("Black Tent", 6000, 1), ("Clearing", 2500, 0), ("Acoustic Barn", 900, 1)],
        6: [("Warehouse 1", 8000, 1), ("Dock Stage", 5000, 0), ("Boiler Room", 1500, 1)],
    }
    stages = []
    stage_of: dict[int, list[int]] = {}
    sid = 0
    for fid, lst in stage_names.items():
        stage_of[fid] = []
        for nm, c, cov in lst:
            sid += 1
            stages.append((sid, fid, nm, c, cov))
            stage_of[fid].append(sid)
    genres = {1: ["indie", "indie", "rock", "folk", "pop"], 2: ["latin", "latin", "pop", "reggaeton"],
              3: ["electronic", "electronic", "techno", "pop"], 4: ["jazz", "jazz", "soul", "blues"],
              5: ["rock", "metal", "rock", "punk"], 6: ["electronic", "techno", "house"]}  # fmt: skip
    countries = ["IE", "GB", "US", "ES", "NO", "SE", "DE", "NL", "PT", "FR", "BR", "CO", "IT", None]
    agencies = ["Wavelength Agency", "Northstar Booking", "Paradigm Live", "Loud & Clear", None, None]
    names: list[str] = list(_SOLO)
    while len(names) < 170:
        nm = (
            f"The {r.choice(_BAND_A)} {r.choice(_BAND_B)}"
            if r.random() < 0.5
            else f"{r.choice(_BAND_A)} {r.choice(_BAND_B)}"
        )
        if nm not in names and nm.removeprefix("The ") not in names and f"The {nm}" not in names:
            names.append(nm)
    artists = []
    all_genres = sorted({g for v in genres.values() for g in v})
    for aid, nm in enumerate(names, start=1):
        g = r.choice(all_genres)
        solo = nm in _SOLO
        artists.append((aid, nm, r.choice(countries), g, None if solo and r.random() < 0.5 else r.randint(1995, 2023),
                        r.choice(agencies)))  # fmt: skip
    by_genre: dict[str, list[int]] = {}
    for a in artists:
        by_genre.setdefault(a[3], []).append(a[0])
    perfs = []
    pid = 0
    fee_star = {1: 90000, 2: 120000, 3: 60000, 4: 35000, 5: 150000, 6: 70000}
    for e in editions:
        eid, fid, year, s, en, _c, status = e
        if status == "cancelled":
            continue
        start = dt.date(s // 10000, s // 100 % 100, s % 100)
        ndays = (dt.date(en // 10000, en // 100 % 100, en % 100) - start).days + 1
        pool = sorted({a for g in genres[fid] for a in by_genre.get(g, [])})
        k = min(len(pool), r.randint(18, 26))
        lineup = r.sample(pool, k)
        for j, aid in enumerate(lineup):
            pid += 1
            day_no = j % ndays
            head = j < ndays
            st = stage_of[fid][0] if head else r.choice(stage_of[fid])
            hhmm = r.choice([2130, 2200, 2230]) if head else r.choice([1400, 1530, 1645, 1800, 1915, 2000, 2045])
            dur = r.choice([90, 105, 120]) if head else r.choice([40, 45, 50, 60, 75])
            fee = int(fee_star[fid] * r.uniform(0.7, 1.4)) // 500 * 500 if head else r.randint(4, 60) * 500
            cancelled = 1 if (status == "completed" and r.random() < 0.04) else 0
            perfs.append((pid, eid, st, aid, _ymd(start + dt.timedelta(days=day_no)), hhmm, dur, int(head), fee,
                          cancelled))  # fmt: skip
    types = []
    tid = 0
    base = {1: 89.0, 2: 75.0, 3: 110.0, 4: 65.0, 5: 99.0, 6: 79.0}
    tt_of: dict[int, list[tuple]] = {}
    for e in editions:
        eid, fid, year = e[0], e[1], e[2]
        infl = 1 + 0.06 * (year - 2022)
        tt_of[eid] = []
        for nm, mult, q in (("Day Ticket", 1.0, 6000), ("Weekend Pass", 2.4, 9000), ("VIP Weekend", 4.5, 600)):
            tid += 1
            price = round(base[fid] * mult * infl, 0) - 0.01
            t = (tid, eid, nm, price, q if fid != 4 else q // 3)
            types.append(t)
            tt_of[eid].append(t)
    orders = []
    oid = 0
    ew = [{1: 16, 2: 18, 3: 10, 4: 7, 5: 20, 6: 9}[e[1]] for e in editions]
    domains = ["gmail.com", "outlook.com", "web.de", "yahoo.es", "icloud.com", "proton.me", "hotmail.co.uk"]
    bcountry = {1: ["IE", "IE", "GB", "GB", "US", "DE"], 2: ["ES", "ES", "ES", "FR", "GB", "PT"],
                3: ["NO", "NO", "SE", "DK", "DE", "GB"], 4: ["PT", "PT", "ES", "FR", "GB", "BR"],
                5: ["DE", "DE", "DE", "CH", "AT", "NL"], 6: ["NL", "NL", "BE", "DE", "GB", "FR"]}  # fmt: skip
    buyers = [f"{f.lower()}.{s.lower()}@{r.choice(domains)}" for f, s in (n.split(" ") for n in full_names(r, 380))]
    while len(orders) < 600:
        e = r.choices(editions, weights=ew)[0]
        eid, fid, _y, s, _en, _c, status = e
        start = dt.date(s // 10000, s // 100 % 100, s % 100)
        od = start - dt.timedelta(days=int(r.triangular(0, 240, 30)))
        if od > LAST_DAY:
            continue
        t = r.choices(tt_of[eid], weights=[45, 45, 10])[0]
        qty = r.choices([1, 2, 3, 4, 6], weights=[35, 40, 10, 12, 3])[0]
        ch = r.choices(["web", "app", "box_office", "reseller"], weights=[55, 25, 8, 12])[0]
        if ch == "box_office" and (start - od).days > 30:
            ch = "web"
        refunded = 1 if status == "cancelled" else int(r.random() < 0.03)
        rdate = None
        if refunded:
            rdate = _ymd(max(od, dt.date(e[2], 7, 3)) + dt.timedelta(days=r.randint(1, 25))) if status == "cancelled" \
                else _ymd(min(LAST_DAY, od + dt.timedelta(days=r.randint(1, 14))))  # fmt: skip
        buyer = r.choice(buyers)
        oid += 1
        orders.append([oid, t[0], buyer, r.choice(bcountry[fid]) if r.random() > 0.05 else None, qty, _ymd(od), ch,
                       round(qty * t[3], 2), refunded, rdate])  # fmt: skip
    orders.sort(key=lambda o: (o[5], o[0]))
    orders = [[k + 1, *o[1:]] for k, o in enumerate(orders)]
    write_tables(path, FESTGRID_DDL, [
        ("fest", fests), ("fest_edition", editions), ("stage", stages), ("artist", artists), ("perf", perfs),
        ("tkt_type", types), ("tkt_order", orders),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# innkeep
# ---------------------------------------------------------------------------------------------------------------

INNKEEP_DDL = """
CREATE TABLE HOTEL (
    HOTEL_ID INTEGER PRIMARY KEY,
    HOTEL_CD TEXT NOT NULL UNIQUE,
    HOTEL_NM TEXT NOT NULL,
    CITY TEXT NOT NULL,
    STATE_CD TEXT NOT NULL,
    STARS INTEGER NOT NULL,
    OPEN_DT TEXT NOT NULL
);
CREATE TABLE ROOM (
    ROOM_ID INTEGER PRIMARY KEY,
    HOTEL_ID INTEGER NOT NULL REFERENCES HOTEL(HOTEL_ID),
    ROOM_NO TEXT NOT NULL,
    ROOM_TYP CHAR(1) NOT NULL,
    FLOOR_NO INTEGER NOT NULL,
    BASE_RATE NUMERIC(8,2) NOT NULL,
    SMOKE_FLG CHAR(1) NOT NULL,
    STAT_CD CHAR(1) NOT NULL
);
CREATE TABLE GUEST (
    GUEST_ID INTEGER PRIMARY KEY,
    FIRST_NM TEXT NOT NULL,
    LAST_NM TEXT NOT NULL,
    EMAIL TEXT,
    COUNTRY_CD CHAR(2),
    LOYALTY_CD CHAR(1),
    CREATED_DT TEXT NOT NULL
);
CREATE TABLE RESV (
    RESV_ID INTEGER PRIMARY KEY,
    CONF_NO TEXT NOT NULL UNIQUE,
    GUEST_ID INTEGER NOT NULL REFERENCES GUEST(GUEST_ID),
    HOTEL_ID INTEGER NOT NULL REFERENCES HOTEL(HOTEL_ID),
    ROOM_TYP CHAR(1) NOT NULL,
    ROOM_ID INTEGER REFERENCES ROOM(ROOM_ID),
    ARR_DT TEXT NOT NULL,
    DEP_DT TEXT NOT NULL,
    ADULTS INTEGER NOT NULL,
    CHILDREN INTEGER NOT NULL,
    RATE_AMT NUMERIC(8,2) NOT NULL,
    STAT_CD CHAR(1) NOT NULL,
    SRC_CD CHAR(1) NOT NULL,
    BOOKED_TS TEXT NOT NULL,
    CXL_DT TEXT
);
CREATE TABLE FOLIO_CHG (
    CHG_ID INTEGER PRIMARY KEY,
    RESV_ID INTEGER NOT NULL REFERENCES RESV(RESV_ID),
    POST_DT TEXT NOT NULL,
    CHG_CD CHAR(1) NOT NULL,
    AMT NUMERIC(8,2) NOT NULL,
    VOID_FLG CHAR(1) NOT NULL
);
CREATE TABLE STAFF (
    STAFF_ID INTEGER PRIMARY KEY,
    HOTEL_ID INTEGER NOT NULL REFERENCES HOTEL(HOTEL_ID),
    FULL_NM TEXT NOT NULL,
    DEPT_CD CHAR(1) NOT NULL,
    SUPV_ID INTEGER REFERENCES STAFF(STAFF_ID),
    HIRE_DT TEXT NOT NULL,
    TERM_DT TEXT
);
CREATE TABLE HK_TASK (
    TASK_ID INTEGER PRIMARY KEY,
    ROOM_ID INTEGER NOT NULL REFERENCES ROOM(ROOM_ID),
    STAFF_ID INTEGER REFERENCES STAFF(STAFF_ID),
    TASK_DT TEXT NOT NULL,
    TASK_CD CHAR(1) NOT NULL,
    STAT_CD CHAR(1) NOT NULL,
    MINUTES INTEGER
);
"""


def build_innkeep(path: Path) -> None:
    r = random.Random(12705)
    hotels = [
        (1, "CHI01", "Lakeshore Grand", "Chicago", "IL", 4, "2009-05-01"),
        (2, "BOS01", "Beacon Hill Inn", "Boston", "MA", 3, "2012-09-15"),
        (3, "DEN01", "Mile High Lodge", "Denver", "CO", 3, "2015-03-01"),
        (4, "AUS01", "Congress Avenue Hotel", "Austin", "TX", 4, "2018-11-20"),
        (5, "SEA01", "Puget Sound Suites", "Seattle", "WA", 5, "2020-06-01"),
        (6, "SAN01", "Gaslamp Harbor Hotel", "San Diego", "CA", 4, "2023-04-10"),
    ]
    type_rate = {"S": 149.0, "D": 199.0, "F": 229.0, "U": 349.0}
    star_mult = {3: 0.8, 4: 1.0, 5: 1.45}
    rooms = []
    rid = 0
    rooms_of: dict[tuple[int, str], list[int]] = {}
    for h in hotels:
        floors = r.randint(3, 5)
        for fl in range(1, floors + 1):
            for k in range(1, 7):
                if r.random() < 0.2:
                    continue
                rid += 1
                typ = "U" if fl == floors and k <= 2 else r.choices(["S", "D", "F"], weights=[50, 35, 15])[0]
                rate = round(type_rate[typ] * star_mult[h[5]] + r.choice([0, 0, 10, 20]), 0)
                smoke = "Y" if h[0] == 2 and fl == 1 and k <= 2 else "N"
                rooms.append((rid, h[0], f"{fl}{k:02d}", typ, fl, rate, smoke, "O" if rid in (11, 57, 98) else "A"))
                rooms_of.setdefault((h[0], typ), []).append(rid)
    rate_of = {rm[0]: rm[5] for rm in rooms}
    guests = []
    names = full_names(r, 450)
    for gid in range(1, 451):
        first, last = names[gid - 1].split(" ")
        cc = r.choices(["US", "CA", "GB", "MX", "DE", "JP", "FR", "AU", None], weights=[70, 8, 5, 4, 3, 3, 2, 2, 3])[0]
        loy = r.choices([None, "B", "S", "G", "P"], weights=[45, 25, 15, 10, 5])[0]
        email = (
            None
            if r.random() < 0.1
            else f"{first.lower()}{r.randint(1, 99)}@{r.choice(['gmail.com', 'aol.com', 'outlook.com', 'corp-mail.com'])}"
        )
        guests.append((gid, first, last, email, cc, loy, iso(_between(r, dt.date(2017, 1, 1), dt.date(2025, 5, 1)))))
    created = {g[0]: dt.date.fromisoformat(g[6]) for g in guests}
    gw = [1.0] * 450
    for k in r.sample(range(450), 30):
        gw[k] = 4.0
    gw[150] = 14.0
    today = dt.date(2025, 6, 15)
    resv = []
    occupied: dict[int, list[tuple[dt.date, dt.date]]] = {rm[0]: [] for rm in rooms}
    hw = [20, 14, 14, 16, 18, 12]
    confs: set[str] = set()
    while len(resv) < 600:
        hid = r.choices(range(1, 7), weights=hw)[0]
        arr = _between(r, max(dt.date(2024, 1, 2), dt.date.fromisoformat(hotels[hid - 1][6])), dt.date(2025, 8, 31))
        nights = r.choices([1, 2, 3, 4, 5, 7, 10], weights=[25, 28, 18, 12, 8, 6, 3])[0]
        dep = arr + dt.timedelta(days=nights)
        gid = r.choices(range(1, 451), weights=gw)[0]
        booked = arr - dt.timedelta(days=int(r.triangular(0, 120, 10)))
        if booked > LAST_DAY:
            continue
        if created[gid] > booked:
            continue
        typ = r.choices(["S", "D", "F", "U"], weights=[45, 32, 15, 8])[0]
        if (hid, typ) not in rooms_of:
            continue
        src = r.choices(["W", "P", "O", "C", "K"], weights=[34, 10, 36, 15, 5])[0]
        if src == "K":
            booked = arr
        if arr > LAST_DAY:
            stat = "X" if r.random() < 0.12 else "R"
        elif dep > LAST_DAY:
            stat = r.choices(["I", "X", "N"], weights=[86, 10, 4])[0]
        else:
            stat = r.choices(["O", "X", "N"], weights=[82, 13, 5])[0]
        if src == "K":
            stat = "O" if dep <= LAST_DAY else "I"
            if arr > LAST_DAY:
                continue
        room = None
        if stat in ("O", "I"):
            free = [
                x
                for x in rooms_of[(hid, typ)]
                if x not in (11, 57, 98) and all(dep <= a or arr >= b for a, b in occupied[x])
            ]
            if not free:
                continue
            room = r.choice(free)
            occupied[room].append((arr, dep))
        season = 1.25 if arr.month in (6, 7, 8) else 0.9 if arr.month in (1, 2) else 1.0
        base = rate_of[room] if room else max(rate_of[x] for x in rooms_of[(hid, typ)])
        rate = round(base * season * (0.9 if src == "C" else 1.0), 2)
        cxl = None
        if stat == "X":
            cxl = iso(min(LAST_DAY, booked + dt.timedelta(days=r.randint(0, max(0, (arr - booked).days)))))
        while True:
            conf = f"{hotels[hid - 1][1][:3]}{r.randint(100000, 999999)}"
            if conf not in confs:
                confs.add(conf)
                break
        adults = r.choices([1, 2, 3, 4], weights=[40, 48, 8, 4])[0]
        kids = r.choices([0, 1, 2, 3], weights=[70, 15, 12, 3])[0] if typ in ("F", "U") or r.random() < 0.1 else 0
        bts = dt.datetime(booked.year, booked.month, booked.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        resv.append([0, conf, gid, hid, typ, room, iso(arr), iso(dep), adults, kids, rate, stat, src, _ts(bts), cxl])
    resv.sort(key=lambda x: (x[13], x[1]))
    for k, x in enumerate(resv, start=1):
        x[0] = k
    folio = []
    fid = 0
    amounts = {"F": (18, 160), "B": (9, 95), "S": (85, 260), "P": (35, 55), "M": (6, 42), "L": (15, 60)}
    for x in resv:
        if x[11] not in ("O", "I") or len(folio) > 590:
            continue
        arr, dep = dt.date.fromisoformat(x[6]), dt.date.fromisoformat(x[7])
        for _ in range(r.choices([0, 1, 2, 3], weights=[35, 35, 20, 10])[0]):
            cd = r.choices(list(amounts), weights=[35, 25, 8, 16, 12, 4])[0]
            post = arr + dt.timedelta(days=r.randrange(max(1, (min(dep, today) - arr).days)))
            lo, hi = amounts[cd]
            amt = float(r.randint(lo, hi)) if cd == "P" else round(r.uniform(lo, hi), 2)
            fid += 1
            folio.append((fid, x[0], iso(post), cd, amt, "Y" if r.random() < 0.05 else "N"))
    staff = []
    sid = 0
    given = ["James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David", "Jennifer", "Carlos", "Aisha", "Wei",
             "Fatima", "Daniel", "Sofia", "Kevin", "Grace", "Tyrone", "Mei", "Luis", "Hannah"]  # fmt: skip
    family = ["Smith", "Garcia", "Johnson", "Nguyen", "Brown", "Martinez", "Lee", "Davis", "Lopez", "Wilson",
              "Anderson", "Thomas", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "King", "Wright"]  # fmt: skip
    pairs = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pairs)
    hk_staff: dict[int, list[int]] = {}
    for h in hotels:
        opened = max(dt.date.fromisoformat(h[6]), dt.date(2015, 1, 1))
        sid += 1
        gm = sid
        staff.append((gm, h[0], pairs[sid], "A", None, iso(_between(r, opened - dt.timedelta(days=60), opened)), None))
        heads = {}
        for dept in ("F", "H", "K", "M"):
            sid += 1
            heads[dept] = sid
            staff.append((sid, h[0], pairs[sid], dept, gm, iso(_between(r, opened, opened + dt.timedelta(days=400))),
                          None))  # fmt: skip
        hk_staff[h[0]] = []
        for dept, k in (("F", r.randint(2, 4)), ("H", r.randint(3, 5)), ("K", r.randint(1, 3)), ("M", r.randint(1, 2))):
            for _ in range(k):
                sid += 1
                hired = _between(r, opened, LAST_DAY - dt.timedelta(days=30))
                term = iso(_between(r, hired + dt.timedelta(days=60), LAST_DAY)) if r.random() < 0.15 \
                    and (LAST_DAY - hired).days > 90 else None  # fmt: skip
                staff.append((sid, h[0], pairs[sid], dept, heads[dept], iso(hired), term))
                if dept == "H" and term is None:
                    hk_staff[h[0]].append(sid)
            if dept == "H":
                hk_staff[h[0]].append(heads["H"])
    # housekeeping: checkout cleans for recent departures, inspections, repairs
    tasks = []
    tid = 0
    recent = [x for x in resv if x[11] in ("O", "I") and x[7] >= "2025-03-01"]
    for x in recent:
        if x[11] == "O" and dt.date.fromisoformat(x[7]) <= LAST_DAY:
            tid += 1
            d = x[7]
            st = "D" if d < "2025-06-14" else r.choice(["D", "P"])
            tasks.append((tid, x[5], r.choice(hk_staff[x[3]]), d, "C", st, r.randint(25, 55) if st == "D" else None))
        if x[11] == "I":
            tid += 1
            st = r.choice(["D", "D", "S", "P"])
            tasks.append((tid, x[5], r.choice(hk_staff[x[3]]), "2025-06-14", "S", st,
                          r.randint(12, 30) if st == "D" else None))  # fmt: skip
    for _ in range(140):
        rm = r.choice(rooms)
        d = _between(r, dt.date(2025, 3, 1), LAST_DAY)
        cd = r.choices(["I", "R"], weights=[70, 30])[0]
        st = r.choices(["D", "P"], weights=[85, 15])[0] if (LAST_DAY - d).days < 5 else "D"
        who = r.choice(hk_staff[rm[1]]) if cd == "I" else None
        if cd == "R":
            who = next((s[0] for s in staff if s[1] == rm[1] and s[3] == "M" and s[4] is not None), None)
        tid += 1
        tasks.append((tid, rm[0], who, iso(d), cd, st, r.randint(10, 120) if st == "D" else None))
    for rmid in (11, 57, 98):
        tid += 1
        tasks.append((tid, rmid, None, "2025-06-12", "R", "P", None))
    tasks.sort(key=lambda t: (t[3], t[0]))
    tasks = [(k + 1, *t[1:]) for k, t in enumerate(tasks)]
    write_tables(path, INNKEEP_DDL, [
        ("HOTEL", hotels), ("ROOM", rooms), ("GUEST", guests), ("RESV", resv), ("FOLIO_CHG", folio),
        ("STAFF", staff), ("HK_TASK", tasks),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# wanderly
# ---------------------------------------------------------------------------------------------------------------

WANDERLY_DDL = """
CREATE TABLE destinations (
    destination_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    parent_id INTEGER REFERENCES destinations(destination_id)
);
CREATE TABLE guides (
    guide_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    base_destination_id INTEGER REFERENCES destinations(destination_id),
    languages TEXT NOT NULL,
    hired_on TEXT NOT NULL,
    active INTEGER NOT NULL
);
CREATE TABLE tours (
    tour_id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    duration_days INTEGER NOT NULL,
    max_group INTEGER NOT NULL,
    price_eur REAL NOT NULL,
    difficulty TEXT NOT NULL,
    discontinued INTEGER NOT NULL
);
CREATE TABLE tour_stops (
    tour_id INTEGER NOT NULL REFERENCES tours(tour_id),
    stop_no INTEGER NOT NULL,
    destination_id INTEGER NOT NULL REFERENCES destinations(destination_id),
    nights INTEGER NOT NULL,
    PRIMARY KEY (tour_id, stop_no)
);
CREATE TABLE departures (
    departure_id INTEGER PRIMARY KEY,
    tour_id INTEGER NOT NULL REFERENCES tours(tour_id),
    guide_id INTEGER REFERENCES guides(guide_id),
    start_date TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT,
    country TEXT NOT NULL,
    created_on TEXT NOT NULL
);
CREATE TABLE bookings (
    booking_id INTEGER PRIMARY KEY,
    departure_id INTEGER NOT NULL REFERENCES departures(departure_id),
    customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
    booked_on TEXT NOT NULL,
    travellers INTEGER NOT NULL,
    amount REAL NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE reviews (
    review_id INTEGER PRIMARY KEY,
    booking_id INTEGER NOT NULL REFERENCES bookings(booking_id),
    rating INTEGER NOT NULL,
    comment TEXT,
    posted_on TEXT NOT NULL
);
"""

# country -> region -> cities
_GEO = {
    "Italy": {"Tuscany": ["Florence", "Siena", "Lucca"], "Sicily": ["Palermo", "Taormina"],
              "Lazio": ["Rome"]},
    "Peru": {"Cusco Region": ["Cusco", "Machu Picchu", "Ollantaytambo"], "Lima Region": ["Lima"]},
    "Japan": {"Kansai": ["Kyoto", "Osaka", "Nara"], "Kanto": ["Tokyo", "Nikko"]},
    "Morocco": {"Marrakesh-Safi": ["Marrakesh", "Essaouira"], "Fes-Meknes": ["Fes", "Chefchaouen"],
                "Draa-Tafilalet": ["Merzouga"]},
    "Iceland": {"Capital Region": ["Reykjavik"], "South Iceland": ["Vik", "Jokulsarlon"]},
    "Vietnam": {"Northern Vietnam": ["Hanoi", "Ha Long Bay", "Sapa"], "Central Vietnam": ["Hoi An", "Hue"]},
    "Portugal": {"Lisbon District": ["Lisbon", "Sintra"], "Norte": ["Porto"], "Algarve": ["Lagos"]},
}  # fmt: skip
_TOURS = [
    ("Tuscan Hill Towns", "cultural", "Italy", ["Florence", "Siena", "Lucca"], 7, 2150.0, "easy"),
    ("Flavors of Florence", "food", "Italy", ["Florence"], 3, 890.0, "easy"),
    ("Sicily Slow Food", "food", "Italy", ["Palermo", "Taormina"], 6, 1890.0, "easy"),
    ("Eternal Rome Walks", "walking", "Italy", ["Rome"], 4, 1150.0, "easy"),
    ("Classic Italy", "cultural", "Italy", ["Rome", "Florence", "Siena"], 9, 2890.0, "easy"),
    ("Inca Trail Trek", "adventure", "Peru", ["Cusco", "Ollantaytambo", "Machu Picchu"], 8, 2490.0, "hard"),
    ("Sacred Valley Discovery", "cultural", "Peru", ["Cusco", "Ollantaytambo"], 5, 1390.0, "moderate"),
    ("Lima Food Lab", "food", "Peru", ["Lima"], 3, 760.0, "easy"),
    ("Peru Highlights", "cultural", "Peru", ["Lima", "Cusco", "Machu Picchu"], 10, 3190.0, "moderate"),
    ("Kyoto Temples and Tea", "cultural", "Japan", ["Kyoto", "Nara"], 5, 2290.0, "easy"),
    ("Osaka Street Food", "food", "Japan", ["Osaka"], 3, 990.0, "easy"),
    ("Japan Golden Route", "cultural", "Japan", ["Tokyo", "Nikko", "Kyoto", "Osaka"], 11, 4390.0, "moderate"),
    ("Tokyo After Dark", "walking", "Japan", ["Tokyo"], 2, 540.0, "easy"),
    ("Imperial Morocco", "cultural", "Morocco", ["Marrakesh", "Fes", "Chefchaouen"], 8, 1790.0, "easy"),
    ("Sahara Nights", "adventure", "Morocco", ["Marrakesh", "Merzouga"], 5, 1290.0, "moderate"),
    ("Atlantic Coast Surf", "adventure", "Morocco", ["Essaouira"], 6, 1090.0, "moderate"),
    ("Ring Road Express", "adventure", "Iceland", ["Reykjavik", "Vik", "Jokulsarlon"], 6, 2690.0, "moderate"),
    ("Northern Lights Hunt", "wildlife", "Iceland", ["Reykjavik", "Vik"], 4, 1690.0, "easy"),
    ("Glacier Hike Week", "adventure", "Iceland", ["Vik", "Jokulsarlon"], 5, 2190.0, "hard"),
    ("Hanoi and Ha Long", "cultural", "Vietnam", ["Hanoi", "Ha Long Bay"], 5, 990.0, "easy"),
    ("Sapa Rice Terraces Trek", "adventure", "Vietnam", ["Hanoi", "Sapa"], 6, 1150.0, "hard"),
    ("Hoi An Cooking School", "food", "Vietnam", ["Hoi An"], 3, 480.0, "easy"),
    ("Vietnam North to Centre", "cultural", "Vietnam", ["Hanoi", "Ha Long Bay", "Hue", "Hoi An"], 10, 1990.0, "moderate"),
    ("Lisbon and Sintra", "walking", "Portugal", ["Lisbon", "Sintra"], 4, 940.0, "easy"),
    ("Porto Wine Country", "food", "Portugal", ["Porto"], 4, 1190.0, "easy"),
    ("Algarve Coastal Walk", "walking", "Portugal", ["Lagos"], 6, 1340.0, "moderate"),
    ("Portugal Grand Tour", "cultural", "Portugal", ["Lisbon", "Porto", "Lagos"], 9, 2290.0, "easy"),
    ("Whale Watching Husavik", "wildlife", "Iceland", ["Reykjavik"], 3, 1090.0, "easy"),
    ("Fes Medina Crafts", "cultural", "Morocco", ["Fes"], 3, 590.0, "easy"),
    ("Nara Deer and Temples", "walking", "Japan", ["Nara", "Kyoto"], 2, 420.0, "easy"),
    ("Appian Way Walk", "walking", "Italy", ["Rome"], 5, 1490.0, "moderate"),
    ("Andean Condor Watch", "wildlife", "Peru", ["Cusco"], 4, 1190.0, "moderate"),
]  # fmt: skip
# currency by the customer's country and its rate against the euro (the booking is priced in the customer's money)
_CUR = {"GB": ("GBP", 0.85), "US": ("USD", 1.08), "AU": ("AUD", 1.64), "CA": ("CAD", 1.47), "DE": ("EUR", 1.0),
        "FR": ("EUR", 1.0), "NL": ("EUR", 1.0), "ES": ("EUR", 1.0), "IE": ("EUR", 1.0)}  # fmt: skip


def build_wanderly(path: Path) -> None:
    r = random.Random(12706)
    dests = []
    did = 0
    city_id: dict[str, int] = {}
    country_id: dict[str, int] = {}
    for country, regions in _GEO.items():
        did += 1
        country_id[country] = did
        dests.append((did, country, "country", None))
        for region, cities in regions.items():
            did += 1
            reg = did
            dests.append((reg, region, "region", country_id[country]))
            for c in cities:
                did += 1
                city_id[c] = did
                dests.append((did, c, "city", reg))
    langs = {"Italy": "en,it", "Peru": "en,es", "Japan": "en,ja", "Morocco": "en,fr,ar", "Iceland": "en,is",
             "Vietnam": "en,vi", "Portugal": "en,pt,es"}  # fmt: skip
    guides = []
    gnames = full_names(r, 34)
    guides_of: dict[str, list[int]] = {}
    countries = list(_GEO)
    for gid in range(1, 35):
        country = countries[(gid - 1) % len(countries)]
        base = r.choice([c for reg in _GEO[country].values() for c in reg])
        lg = langs[country] + (",de" if r.random() < 0.2 else "")
        hired = _between(r, dt.date(2015, 1, 1), dt.date(2024, 12, 1))
        active = 0 if gid in (9, 22, 30) else 1
        guides.append((gid, gnames[gid - 1], city_id[base], lg, iso(hired), active))
        if active:
            guides_of.setdefault(country, []).append(gid)
    hired_of = {g[0]: dt.date.fromisoformat(g[4]) for g in guides}
    tours, stops = [], []
    for tid, (title, cat, country, cities, days, price, diff) in enumerate(_TOURS, start=1):
        disc = 1 if title in ("Whale Watching Husavik", "Appian Way Walk") else 0
        code = f"{country[:3].upper()}-{tid:03d}"
        tours.append((tid, code, title, cat, days, r.choice([10, 12, 14, 16]), price, diff, disc))
        nights_left = days - 1
        for k, c in enumerate(cities, start=1):
            n = nights_left if k == len(cities) else max(1, nights_left // len(cities))
            nights_left -= n
            stops.append((tid, k, city_id[c], n))
    tour_country = {t[0]: _TOURS[t[0] - 1][2] for t in tours}
    departures = []
    dep_id = 0
    for t in tours:
        if t[2] == "Andean Condor Watch":
            continue  # new, not yet scheduled
        k = r.randint(4, 10) if not t[8] else 2
        for _ in range(k):
            lo, hi = (
                (dt.date(2023, 3, 1), dt.date(2025, 12, 15))
                if not t[8]
                else (dt.date(2023, 3, 1), dt.date(2023, 10, 1))
            )
            start = _between(r, lo, hi)
            status = "scheduled" if start > LAST_DAY else "completed" if r.random() > 0.08 else "cancelled"
            gid = r.choice(
                [g for g in guides_of[tour_country[t[0]]] if hired_of[g] <= start] or guides_of[tour_country[t[0]]]
            )
            if start > dt.date(2025, 9, 1) and r.random() < 0.6:
                gid = None  # no guide assigned yet
            dep_id += 1
            departures.append([dep_id, t[0], gid, iso(start), status])
    departures.sort(key=lambda d: (d[3], d[1]))
    for k, d in enumerate(departures, start=1):
        d[0] = k
    cnames = full_names(r, 400, exclude=gnames)
    customers = []
    cw = {"GB": 25, "US": 30, "AU": 10, "CA": 8, "DE": 10, "FR": 5, "NL": 5, "ES": 3, "IE": 4}
    for cid in range(1, 401):
        cc = r.choices(list(cw), weights=list(cw.values()))[0]
        nm = cnames[cid - 1]
        email = (
            None
            if r.random() < 0.05
            else nm.lower().replace(" ", ".") + "@" + r.choice(["gmail.com", "mail.com", "yahoo.com"])
        )
        customers.append((cid, nm, email, cc, iso(_between(r, dt.date(2022, 6, 1), dt.date(2025, 6, 1)))))
    created = {c[0]: dt.date.fromisoformat(c[4]) for c in customers}
    price = {t[0]: t[6] for t in tours}
    bookings = []
    seats: dict[int, int] = {d[0]: 0 for d in departures}
    maxg = {t[0]: t[5] for t in tours}
    cust_w = [1.0] * 400
    for k in r.sample(range(400), 25):
        cust_w[k] = 5.0
    cust_w[63] = 16.0
    tries = 0
    while len(bookings) < 560 and tries < 20000:
        tries += 1
        d = r.choice(departures)
        start = dt.date.fromisoformat(d[3])
        cid = r.choices(range(1, 401), weights=cust_w)[0]
        booked = start - dt.timedelta(days=int(r.triangular(7, 300, 60)))
        if booked > LAST_DAY or booked < created[cid]:
            continue
        trav = r.choices([1, 2, 3, 4, 6], weights=[25, 50, 8, 14, 3])[0]
        if seats[d[0]] + trav > maxg[d[1]]:
            continue
        cur, rate = _CUR[customers[cid - 1][3]]
        amount = round(price[d[1]] * trav * rate * r.choice([1.0, 1.0, 1.0, 0.9]), 2)
        if d[4] == "cancelled":
            status = "cancelled"
        elif start > LAST_DAY:
            status = r.choices(["confirmed", "pending", "cancelled"], weights=[78, 12, 10])[0]
        else:
            status = r.choices(["confirmed", "cancelled"], weights=[91, 9])[0]
        if status != "cancelled":
            seats[d[0]] += trav
        bookings.append([0, d[0], cid, iso(booked), trav, amount, cur, status])
    bookings.sort(key=lambda b: (b[3], b[2]))
    for k, b in enumerate(bookings, start=1):
        b[0] = k
    dep_by = {d[0]: d for d in departures}
    reviews = []
    rid = 0
    dur = {t[0]: t[4] for t in tours}
    for b in bookings:
        d = dep_by[b[1]]
        if d[4] != "completed" or b[7] != "confirmed" or r.random() > 0.45:
            continue
        end = dt.date.fromisoformat(d[3]) + dt.timedelta(days=dur[d[1]])
        if end > LAST_DAY:
            continue
        rating = r.choices([1, 2, 3, 4, 5], weights=[3, 5, 12, 35, 45])[0]
        if d[2] == 11:
            rating = r.choice([2, 3, 3, 4])
        comment = None if r.random() < 0.3 else {1: "Disappointing, poorly organised.", 2: "Not what was advertised.",
                                                 3: "Fine but rushed.", 4: "Great trip, lovely guide.",
                                                 5: "Unforgettable, would book again!"}[rating]  # fmt: skip
        rid += 1
        reviews.append((rid, b[0], rating, comment, iso(min(LAST_DAY, end + dt.timedelta(days=r.randint(1, 20))))))
    write_tables(path, WANDERLY_DDL, [
        ("destinations", dests), ("guides", guides), ("tours", tours), ("tour_stops", stops),
        ("departures", departures), ("customers", customers), ("bookings", bookings), ("reviews", reviews),
    ])  # fmt: skip


BUILDERS = {
    "skyloyal": build_skyloyal,
    "trattoria": build_trattoria,
    "rentacar": build_rentacar,
    "festgrid": build_festgrid,
    "innkeep": build_innkeep,
    "wanderly": build_wanderly,
}
