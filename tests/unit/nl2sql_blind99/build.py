"""Six transport, logistics and field-operations databases for the ninety-ninth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows that are scheduled for the future:
transport orders ``zlecenia.status`` 'zaplanowane' in ``spedycja`` (loading dates 2025-06-16 to 2025-07-18), flights
``FLIGHT.FLT_STAT_CD`` 'SCH' in ``aircargo`` (2025-06-15 to 2025-06-30, with the air waybills ``AWB_STAT_CD`` 'BKD'
booked on them and their planned ``AWB_FLT_SEG`` loadings), consignments ``consignment_status`` 'planned' in
``railfreight`` (planned departures 2025-06-15 to 2025-06-27), works orders ``status`` 'SCHEDULED' in ``roadmarking``
(2025-06-16 to 2025-07-29) and inspections ``inspection_status`` 'planned' in ``levelcrossings`` (2025-06-16 to
2025-08-27). ``postrounds`` has no future rows.

- ``spedycja`` (Polish table and column names and Polish values; flags 'T' = tak (yes) / 'N' = nie (no); money in
  złoty (PLN); ISO dates): a road haulage company based in Poznań. ``klienci`` (clients: ``nazwa`` company name,
  ``miasto`` town, ``nip`` ten-digit tax number, ``data_rejestracji`` date the account was opened), ``kierowcy``
  (drivers: ``imie`` first name, ``nazwisko`` surname, ``kategoria_prawa_jazdy`` licence 'C' rigid lorries / 'C+E'
  articulated, ``data_zatrudnienia`` hired, ``data_zwolnienia`` left (NULL while employed), ``telefon`` NULL when
  unknown, ``aktywny`` 'T' still employed / 'N' left), ``pojazdy`` (trucks: ``nr_rejestracyjny`` registration plate,
  ``marka`` make, ``model``, ``rok_produkcji`` year built, ``typ_nadwozia`` body 'plandeka' curtain-sider /
  'chłodnia' refrigerated / 'cysterna' tanker / 'wywrotka' tipper, ``ladownosc_t`` payload in tonnes, ``sprawny``
  'T' roadworthy / 'N' off the road), ``zlecenia`` (transport orders: ``nr_zlecenia`` e.g. 'ZL/2024/00123',
  ``id_klienta``, ``id_kierowcy`` and ``id_pojazdu`` NULL on cancelled orders and on planned orders not yet
  assigned, ``miasto_zaladunku`` loading town, ``miasto_rozladunku`` unloading town (foreign towns by their Polish
  names: 'Monachium' Munich, 'Lipsk' Leipzig, 'Praga' Prague, 'Ostrawa' Ostrava, 'Wilno' Vilnius, 'Kowno' Kaunas,
  'Wiedeń' Vienna), ``kraj_rozladunku`` unloading country 'PL' / 'DE' / 'CZ' / 'LT' / 'NL' / 'AT',
  ``data_zaladunku`` loading date, ``data_rozladunku`` unloading date (NULL unless delivered), ``odleglosc_km`` road
  distance in km, ``waga_kg`` cargo weight in kg, ``stawka_pln`` freight rate charged, ``status`` 'zrealizowane'
  delivered / 'anulowane' cancelled / 'w_realizacji' on the road / 'zaplanowane' planned), ``tankowania`` (diesel
  fills: ``id_pojazdu``, ``id_kierowcy``, ``data_tankowania``, ``kraj`` country of the filling station, ``litry``
  litres, ``cena_litra_pln`` price per litre converted to PLN, ``kwota_pln`` amount paid, ``stan_licznika_km``
  odometer reading) and ``szkody`` (cargo claims against an order: ``data_zgloszenia`` date reported, ``rodzaj``
  'uszkodzenie towaru' damaged goods / 'brak towaru' shortage / 'opóźnienie dostawy' late delivery / 'przekroczenie
  temperatury' temperature breach, ``kwota_roszczenia_pln`` amount claimed, ``kwota_wyplacona_pln`` amount paid out
  (NULL unless accepted), ``status`` 'otwarta' open / 'uznana' accepted / 'odrzucona' rejected).
- ``aircargo`` (Oracle style: ALL-CAPS table and column names with underscores and ``_CD`` / ``_DT`` / ``_TM`` /
  ``_FLG`` suffixes; flags 'Y'/'N'; dates ISO text with times beside them as 'HH:MM' text; weights in kg, money in US
  dollars): an export cargo handling agent at London Heathrow and Manchester. ``CARRIER`` (``CARR_CD`` two-letter
  airline code, ``CARR_NAME``, ``CNTRY_CD``, ``AWB_PREFIX`` three-digit air waybill prefix), ``AIRPORT`` (``APT_CD``
  three-letter code, ``APT_NAME``, ``CITY_NAME``, ``CNTRY_CD``), ``FLIGHT`` (one departure: ``FLT_NO`` e.g. 'BA0117',
  ``ORIG_APT_CD`` / ``DEST_APT_CD``, ``SCHED_DEP_DT`` departure date, ``SCHED_DEP_TM`` scheduled time,
  ``ACT_DEP_TM`` actual departure time on the same date (NULL unless departed), ``ACFT_TYPE_CD`` aircraft type e.g.
  'B77F' Boeing 777 freighter / 'B77W' / 'B789' / 'A388' / 'A359' / 'A35K' / 'A33F' / 'A321', ``FLT_STAT_CD`` 'DEP'
  departed / 'CNX' cancelled / 'SCH' scheduled), ``SHIPPER`` (``SHPR_NAME``, ``CITY_NAME``, ``KNOWN_CONSIGNOR_FLG``
  security-approved known consignor, ``ACCT_OPEN_DT``), ``ULD`` (unit load devices, i.e. containers and pallets:
  ``ULD_ID`` e.g. 'AKE10851LH', ``ULD_TYPE_CD`` 'AKE' container / 'PMC' / 'PAG' / 'PLA' pallets / 'RKN' temperature
  controlled container, ``OWNER_CARR_CD``, ``TARE_WT_KG``, ``SVC_STAT_CD`` 'S' serviceable / 'U' unserviceable),
  ``AWB`` (air waybills: ``AWB_NO`` prefix, hyphen and eight digits e.g. '125-10093171', ``SHPR_ID``, ``CARR_CD``,
  ``ORIG_APT_CD`` / ``DEST_APT_CD``, ``COMMODITY_CD`` 'GEN' general cargo / 'PER' perishables / 'PHA' pharmaceuticals
  / 'DGR' dangerous goods / 'VAL' valuables / 'AVI' live animals, ``PCS_CNT`` pieces, ``GROSS_WT_KG``, ``VOL_M3``
  volume, ``CHRG_WT_KG`` chargeable weight (the greater of gross and volumetric weight), ``CHRG_AMT_USD`` charges,
  ``BKG_DT`` booking date, ``RCV_DT`` / ``RCV_TM`` when the cargo was accepted at our warehouse (NULL until
  received), ``AWB_STAT_CD`` 'BKD' booked / 'DEP' flown / 'DLV' delivered / 'CNX' cancelled) and ``AWB_FLT_SEG`` (the
  link between air waybills and flights; a shipment can be split over two flights: ``ULD_ID`` NULL when loaded bulk,
  ``PCS_LOADED``, ``WT_LOADED_KG``).
- ``railfreight`` (data vault: ``hub_`` tables hold business keys, ``lnk_`` a relationship, ``sat_`` descriptive
  history; hash keys ``*_hk`` are upper-case MD5 hex strings of the business key; ``load_dts`` 'YYYY-MM-DD HH:MM:SS'
  when a row was loaded, ``load_end_dts`` when it was superseded, NULL for the current row; ``record_source`` 'TOPS'
  wagon system / 'SAP_CRM' customers / 'TMS' terminal and transport management; money in pounds, weights in tonnes,
  distances in miles; other timestamps 'YYYY-MM-DD HH:MM'): a rail freight operator. ``hub_customer``
  (``customer_code`` e.g. 'C002'), ``hub_wagon`` (``wagon_number`` e.g. 'FEA 637041': TOPS type code and number),
  ``hub_terminal`` (``terminal_code`` e.g. 'FXN', 'TPK'), ``sat_customer`` (``customer_name`` (some customers were
  renamed), ``sector`` e.g. 'intermodal' / 'construction' / 'energy', ``account_status`` 'active' / 'suspended' /
  'closed', ``credit_limit_gbp`` NULL while suspended or closed, ``hash_diff``), ``sat_terminal``
  (``terminal_name``, ``town``, ``operator_name``), ``sat_wagon`` (``wagon_type`` 'intermodal flat' / 'box' /
  'hopper' / 'coil carrier' / 'car carrier' / 'tank', ``owner_name`` leasing company, ``max_payload_t``,
  ``wagon_status`` 'in service' / 'under repair' / 'stored' / 'withdrawn', ``next_exam_due`` NULL once withdrawn),
  ``lnk_consignment`` (one wagon load for a customer from an origin to a destination terminal: ``customer_hk``,
  ``wagon_hk``, ``origin_terminal_hk``, ``dest_terminal_hk``) and ``sat_consignment`` (one row per consignment:
  ``consignment_ref`` e.g. 'CN2502276', ``commodity``, ``net_tonnes`` NULL when cancelled, ``distance_miles``,
  ``planned_departure``, ``dispatched_at`` / ``arrived_at`` NULL unless it ran, ``charge_gbp``,
  ``consignment_status`` 'delivered' / 'cancelled' / 'planned').
- ``postrounds`` (plain snake_case; flags 'Y'/'N'; distances with the unit in the column name: metres ``_m`` and
  miles ``_miles``; dates ISO with times as 'HH:MM' text beside them): Royal Mail style delivery offices in North
  Yorkshire. ``delivery_offices`` (``office_name``, ``town``, ``postcode_district``, ``manager_name``), ``routes``
  (delivery rounds: ``route_code`` e.g. 'HG1-05', ``route_type`` 'walk' / 'cycle' / 'van' / 'park and loop' /
  'loop', ``parent_route_id`` the park and loop round a 'loop' belongs to (NULL for top-level rounds),
  ``delivery_points`` addresses served by that route itself, ``walk_length_m`` walking length in metres of that
  route itself (a park and loop round's loops are separate rows), ``drive_length_miles`` driving per run, NULL for
  walk and cycle rounds and loops, ``planned_start`` 'HH:MM', ``active``), ``posties`` (``full_name``, ``office_id``,
  ``contract`` 'FT' full-time / 'PT' part-time / 'CAS' casual, ``started_on``, ``left_on`` NULL while employed),
  ``vans`` (``reg_no``, ``make``, ``model``, ``fuel`` 'diesel' / 'electric', ``office_id``, ``in_service_from``),
  ``route_runs`` (GPS-tracked runs of top-level rounds on a sample of delivery days: ``run_date``, ``out_time`` /
  ``back_time`` 'HH:MM' on the same day (NULL when not run), ``postie_id`` NULL when not run, ``van_id`` NULL for walk
  and cycle rounds, ``letters_delivered``, ``parcels_delivered``, ``walked_m`` metres walked (loops included),
  ``driven_miles`` NULL without a van, ``status`` 'C' completed / 'P' part done (some addresses left for the next
  day) / 'N' not run, no postie available) and ``failed_deliveries`` (items that could not be delivered on a run:
  ``item_ref`` tracking number, ``reason_code`` 'NI' nobody in / 'NS' no safe place / 'AD' address not found / 'DG'
  dog / 'AR' access restricted / 'SR' signature refused, ``card_left`` 'Y'/'N', ``redelivered_on`` NULL unless
  redelivered).
- ``roadmarking`` (plain snake_case; self-referencing ``operatives.reports_to`` = line manager: NULL for the contracts
  director, depot managers report to the director, gang leaders and drivers to their depot manager, line operatives
  and apprentices to a gang leader; flags 'Y'/'N'; money in pence; lengths in metres; ISO dates): a road-marking
  contractor in Yorkshire. ``depots`` (``depot_name``, ``town``, ``opened_year``), ``operatives`` (``full_name``,
  ``job_role`` 'contracts director' / 'depot manager' / 'gang leader' / 'line operative' / 'driver' / 'apprentice',
  ``depot_id``, ``reports_to``, ``started_on``, ``left_on`` NULL while employed, ``hourly_rate_pence``,
  ``cscs_expiry`` expiry date of the CSCS site safety card, NULL when none is held), ``clients`` (``client_name``,
  ``client_type`` 'LA' local authority / 'NH' National Highways / 'PR' private / 'DEV' housing developer),
  ``lorries`` (``reg_no``, ``make``, ``lorry_type`` 'thermo lining' / 'road stud' / 'crew van' / 'pre-mix boiler',
  ``depot_id``, ``mot_due``), ``works_orders`` (``order_ref`` e.g. 'WO24-0123' (year raised), ``client_id``,
  ``depot_id``, ``lorry_id`` NULL when none assigned, ``road_name``, ``town``, ``marking_type`` e.g. 'centre line' /
  'edge line' / 'give way' / 'double yellow' / 'cycle lane' / 'hatching' / 'zebra crossing' / 'bus stop box' / 'car
  park bays' / 'road studs', ``material`` 'thermoplastic' / 'cold plastic' / 'paint' / 'studs', ``length_m`` metres
  of marking, ``night_work``, ``value_pence`` order value, ``raised_on``, ``scheduled_for``, ``completed_on`` NULL
  unless complete, ``status`` 'COMPLETE' / 'CANCELLED' / 'ON HOLD' / 'SCHEDULED'), ``order_crew`` (the link between
  works orders and operatives: ``crew_role`` 'lead' / 'crew', ``hours_on_site`` NULL unless the order is complete)
  and ``material_issues`` (materials drawn for a completed order: ``issued_on``, ``product`` 'white thermoplastic' /
  'yellow thermoplastic' / 'glass beads' / 'cold plastic resin' / 'primer' / 'road paint' / 'road studs',
  ``qty_kg``, ``cost_pence``).
- ``levelcrossings`` (plain snake_case; durations in seconds ``_s``; speeds in mph; ISO dates, date-times
  'YYYY-MM-DD HH:MM'): a rail infrastructure manager's level crossing team. ``rail_lines`` (``line_name``, ``elr``
  engineer's line reference, ``region`` 'Eastern' / 'North West & Central' / 'Wales & Western',
  ``line_speed_mph``), ``crossings`` (``crossing_name``, ``line_id``, ``mileage`` position along the line in miles,
  ``crossing_type`` 'MCB' manually controlled barriers / 'MCB-CCTV' manually controlled barriers watched by CCTV /
  'AHB' automatic half barriers / 'AOCL' automatic open crossing, locally monitored / 'UWC' user-worked (farm)
  crossing / 'FP' footpath crossing, ``road_name`` and ``vehicles_per_day`` NULL for UWC and FP crossings,
  ``risk_score`` ALCRM score e.g. 'C4', ``commissioned_year``, ``closed_on`` NULL while open), ``inspectors`` (level
  crossing managers: ``full_name``, ``grade`` 'Senior LCM' / 'LCM' / 'Trainee LCM', ``region``, ``started_on``),
  ``inspections`` (``crossing_id``, ``inspector_id``, ``inspection_date``, ``inspection_status`` 'done' / 'planned',
  ``time_on_site_s`` seconds on site, ``outcome`` 'PASS' / 'MINOR' minor defects / 'MAJOR' major defects,
  ``defects_found``; the last three NULL when planned), ``barrier_activations`` (a sampled log of barrier operations
  at barrier crossings: ``activation_date``, ``lowered_at`` 'HH:MM:SS', ``down_time_s`` seconds the barriers were
  down, ``trains_passed``, ``vehicles_waiting``) and ``incidents`` (``occurred_at``, ``incident_type`` 'near miss' /
  'misuse' / 'barrier strike' / 'equipment failure' / 'vehicle struck by train' / 'trespass', ``train_delay_s``
  seconds of delay to trains, ``reported_by`` the inspector, NULL when reported by someone else, ``resolved_at`` NULL
  while open).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
FIRST = D(2023, 1, 2)

GIVEN_UK = [
    "Adrian", "Bethany", "Craig", "Dawn", "Elliot", "Frances", "Gavin", "Hayley", "Imran", "Joanne", "Keith", "Lucy",
    "Mohammed", "Natalie", "Oliver", "Paula", "Ross", "Shona", "Terry", "Valerie", "Warren", "Zara", "Abdul",
    "Bridget", "Carl", "Denise", "Ewan", "Gemma", "Harvey", "Isla", "Jamal", "Kirsty", "Lewis", "Megan",
]  # fmt: skip
FAMILY_UK = [
    "Ackroyd", "Bentley", "Clegg", "Dawson", "Exley", "Fairclough", "Greenwood", "Haigh", "Illingworth", "Jowett",
    "Kershaw", "Lockwood", "Mitchell", "Nuttall", "Oldroyd", "Pickles", "Ramsden", "Shaw", "Turner", "Walsh",
    "Akhtar", "Brook", "Cartwright", "Drake", "Hirst", "Mahmood", "Sykes", "Wood",
]  # fmt: skip


def fresh(path: Path, ddl: str) -> sqlite3.Connection:
    """A new SQLite file at ``path`` with the schema ``ddl`` (foreign keys enforced while loading)."""
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(ddl)
    return con


def put(con: sqlite3.Connection, table: str, rows: list[tuple[object, ...]]) -> None:
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def finish(con: sqlite3.Connection) -> None:
    con.commit()
    con.close()


def iso(d: dt.date) -> str:
    return d.isoformat()


def day_in(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def stamp(d: dt.date, minutes: int) -> str:
    """'YYYY-MM-DD HH:MM' for ``minutes`` after midnight of ``d`` (may run into the next days)."""
    d2 = d + dt.timedelta(days=minutes // 1440)
    return f"{d2.isoformat()} {hhmm(minutes % 1440)}"


def people(r: random.Random, n: int, given: list[str], family: list[str]) -> list[str]:
    pool = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


def dates(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


# ------------------------------------------------------------------------------------------------------ spedycja
IMIONA_M = [
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Marcin", "Michał", "Grzegorz", "Jakub", "Łukasz", "Adam",
    "Marek", "Wojciech", "Rafał", "Dariusz", "Kamil", "Mariusz", "Sebastian", "Zbigniew", "Jarosław",
]  # fmt: skip
IMIONA_K = ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna"]
NAZWISKA = [
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
    "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski",
    "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Nowicki",
]  # fmt: skip
# (name, country code, latitude, longitude)
MIASTA = [
    ("Poznań", "PL", 52.41, 16.93), ("Warszawa", "PL", 52.23, 21.01), ("Kraków", "PL", 50.06, 19.94),
    ("Łódź", "PL", 51.76, 19.46), ("Wrocław", "PL", 51.11, 17.03), ("Gdańsk", "PL", 54.35, 18.65),
    ("Szczecin", "PL", 53.43, 14.55), ("Bydgoszcz", "PL", 53.12, 18.01), ("Lublin", "PL", 51.25, 22.57),
    ("Katowice", "PL", 50.26, 19.02), ("Białystok", "PL", 53.13, 23.16), ("Rzeszów", "PL", 50.04, 22.00),
    ("Kielce", "PL", 50.87, 20.63), ("Olsztyn", "PL", 53.78, 20.49), ("Opole", "PL", 50.67, 17.93),
    ("Berlin", "DE", 52.52, 13.40), ("Hamburg", "DE", 53.55, 9.99), ("Lipsk", "DE", 51.34, 12.37),
    ("Monachium", "DE", 48.14, 11.58), ("Praga", "CZ", 50.08, 14.44), ("Ostrawa", "CZ", 49.82, 18.26),
    ("Wilno", "LT", 54.69, 25.28), ("Kowno", "LT", 54.90, 23.90), ("Rotterdam", "NL", 51.92, 4.48),
    ("Wiedeń", "AT", 48.21, 16.37),
]  # fmt: skip
# (name, town, preferred body type)
KLIENCI = [
    ("Mleczarnia Wielkopolska Sp. z o.o.", "Poznań", "chłodnia"), ("Meble Kowalczyk S.A.", "Poznań", "plandeka"),
    ("Agro-Pol Sp. z o.o.", "Lublin", "wywrotka"), ("Stalprofil Śląsk S.A.", "Katowice", "plandeka"),
    ("Browar Lechicki Sp. z o.o.", "Poznań", "plandeka"), ("Drobex Sp. z o.o.", "Łódź", "chłodnia"),
    ("Papiernia Nadwiślańska S.A.", "Bydgoszcz", "plandeka"), ("Ogrodnik Polska Sp. z o.o.", "Warszawa", "chłodnia"),
    ("Budmat Sp. z o.o.", "Wrocław", "wywrotka"), ("Chłodnie Pomorskie Sp. z o.o.", "Gdańsk", "chłodnia"),
    ("Elektro-Hurt Sp. z o.o.", "Warszawa", "plandeka"), ("Okna Dąbrowski Sp. j.", "Kielce", "plandeka"),
    ("Polskie Soki S.A.", "Rzeszów", "chłodnia"), ("Cukrownia Kujawy S.A.", "Bydgoszcz", "wywrotka"),
    ("Tartak Mazur Sp. z o.o.", "Olsztyn", "plandeka"), ("Nawozy Hurt Sp. z o.o.", "Lublin", "wywrotka"),
    ("Szkło-Opak Sp. z o.o.", "Wrocław", "plandeka"), ("Kosmetyka Natura Sp. z o.o.", "Łódź", "plandeka"),
    ("AutoCzęści Rzeszów Sp. z o.o.", "Rzeszów", "plandeka"), ("Piekarnie Złoty Kłos Sp. z o.o.", "Kraków", "chłodnia"),
    ("Lodex Sp. z o.o.", "Szczecin", "chłodnia"), ("Cementownia Opole S.A.", "Opole", "cysterna"),
    ("Farby Wiśniewski Sp. j.", "Kraków", "plandeka"), ("Paliwa Mazowsze Sp. z o.o.", "Warszawa", "cysterna"),
    ("Hurtownia Warzyw Małopolska", "Kraków", "chłodnia"), ("Chemia Odra S.A.", "Szczecin", "cysterna"),
    ("Kable-Tech S.A.", "Białystok", "plandeka"), ("Opony Centrum Sp. z o.o.", "Poznań", "plandeka"),
    ("Żwirownia Warta Sp. z o.o.", "Poznań", "wywrotka"), ("Zielony Rynek Sp. z o.o.", "Gdańsk", "chłodnia"),
    ("Drewbud Sp. z o.o.", "Kielce", "plandeka"), ("Eko-Folia Sp. z o.o.", "Opole", "plandeka"),
]  # fmt: skip
CIEZAROWKI = [
    ("Volvo", "FH 500"), ("Scania", "R 450"), ("MAN", "TGX 18.470"), ("DAF", "XF 480"), ("Mercedes-Benz", "Actros 1845"),
    ("Iveco", "S-Way 490"), ("Renault", "T 480"),
]  # fmt: skip
NADWOZIA = {"plandeka": 24.0, "chłodnia": 22.0, "cysterna": 25.0, "wywrotka": 26.0}
SZKODY = ["uszkodzenie towaru", "brak towaru", "opóźnienie dostawy", "przekroczenie temperatury"]


def km_between(a: tuple[str, str, float, float], b: tuple[str, str, float, float]) -> int:
    la1, lo1, la2, lo2 = map(math.radians, (a[2], a[3], b[2], b[3]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return round(6371 * 2 * math.asin(math.sqrt(h)) * 1.22)


def build_spedycja(path: Path) -> None:
    r = random.Random(99001)
    c = fresh(
        path,
        """
        CREATE TABLE klienci (
            id_klienta INTEGER PRIMARY KEY, nazwa TEXT NOT NULL, miasto TEXT NOT NULL, nip TEXT NOT NULL UNIQUE,
            data_rejestracji TEXT NOT NULL);
        CREATE TABLE kierowcy (
            id_kierowcy INTEGER PRIMARY KEY, imie TEXT NOT NULL, nazwisko TEXT NOT NULL, kategoria_prawa_jazdy TEXT NOT NULL,
            data_zatrudnienia TEXT NOT NULL, data_zwolnienia TEXT, telefon TEXT, aktywny TEXT NOT NULL);
        CREATE TABLE pojazdy (
            id_pojazdu INTEGER PRIMARY KEY, nr_rejestracyjny TEXT NOT NULL UNIQUE, marka TEXT NOT NULL, model TEXT NOT NULL,
            rok_produkcji INTEGER NOT NULL, typ_nadwozia TEXT NOT NULL, ladownosc_t REAL NOT NULL, sprawny TEXT NOT NULL);
        CREATE TABLE zlecenia (
            id_zlecenia INTEGER PRIMARY KEY, nr_zlecenia TEXT NOT NULL UNIQUE,
            id_klienta INTEGER NOT NULL REFERENCES klienci(id_klienta),
            id_kierowcy INTEGER REFERENCES kierowcy(id_kierowcy), id_pojazdu INTEGER REFERENCES pojazdy(id_pojazdu),
            miasto_zaladunku TEXT NOT NULL, miasto_rozladunku TEXT NOT NULL, kraj_rozladunku TEXT NOT NULL,
            data_zaladunku TEXT NOT NULL, data_rozladunku TEXT, odleglosc_km INTEGER NOT NULL, waga_kg INTEGER NOT NULL,
            stawka_pln REAL NOT NULL, status TEXT NOT NULL);
        CREATE TABLE tankowania (
            id_tankowania INTEGER PRIMARY KEY, id_pojazdu INTEGER NOT NULL REFERENCES pojazdy(id_pojazdu),
            id_kierowcy INTEGER NOT NULL REFERENCES kierowcy(id_kierowcy), data_tankowania TEXT NOT NULL,
            kraj TEXT NOT NULL, litry REAL NOT NULL, cena_litra_pln REAL NOT NULL, kwota_pln REAL NOT NULL,
            stan_licznika_km INTEGER NOT NULL);
        CREATE TABLE szkody (
            id_szkody INTEGER PRIMARY KEY, id_zlecenia INTEGER NOT NULL REFERENCES zlecenia(id_zlecenia),
            data_zgloszenia TEXT NOT NULL, rodzaj TEXT NOT NULL, kwota_roszczenia_pln REAL NOT NULL,
            kwota_wyplacona_pln REAL, status TEXT NOT NULL);
        """,
    )
    klienci = []
    for i, (nazwa, miasto, _) in enumerate(KLIENCI, 1):
        reg = day_in(r, D(2018, 1, 1), D(2022, 12, 31)) if i <= 28 else day_in(r, D(2025, 3, 1), D(2025, 6, 10))
        klienci.append((i, nazwa, miasto, f"{r.randint(100, 999)}{r.randint(1000000, 9999999)}", iso(reg)))
    put(c, "klienci", klienci)
    kierowcy = []
    seen: set[tuple[str, str]] = set()
    while len(kierowcy) < 36:
        i = len(kierowcy) + 1
        kobieta = i in (7, 22, 31)
        imie = r.choice(IMIONA_K if kobieta else IMIONA_M)
        nazwisko = r.choice(NAZWISKA)
        if kobieta and nazwisko.endswith("ski"):
            nazwisko = nazwisko[:-3] + "ska"
        if (imie, nazwisko) in seen:
            continue
        seen.add((imie, nazwisko))
        zatr = day_in(r, D(2012, 1, 1), D(2022, 6, 30)) if i <= 30 else day_in(r, D(2023, 3, 1), D(2025, 4, 30))
        zwol = None
        if i in (4, 13, 26):
            zwol = iso(day_in(r, D(2023, 8, 1), D(2025, 2, 28)))
        tel = None if r.random() < 0.15 else f"+48 {r.randint(500, 889)} {r.randint(100, 999)} {r.randint(100, 999)}"
        kat = "C" if i in (9, 18, 27, 33) else "C+E"
        kierowcy.append((i, imie, nazwisko, kat, iso(zatr), zwol, tel, "N" if zwol else "T"))
    put(c, "kierowcy", kierowcy)
    pojazdy = []
    typy = ["plandeka"] * 12 + ["chłodnia"] * 8 + ["cysterna"] * 4 + ["wywrotka"] * 4
    prefiksy = ["PO", "PZ", "PGN", "PKO", "WX", "PL"]
    for i, typ in enumerate(typy, 1):
        marka, model = CIEZAROWKI[(i * 3) % len(CIEZAROWKI)]
        nr = f"{r.choice(prefiksy)} {r.randint(1, 9)}{r.choice('ACEFHKLMNPRSTWXY')}{r.randint(100, 999)}"
        rok = r.randint(2014, 2024)
        pojazdy.append((i, nr, marka, model, rok, typ, NADWOZIA[typ], "N" if i in (5, 17, 26) else "T"))
    put(c, "pojazdy", pojazdy)
    miasto = {m[0]: m for m in MIASTA}
    zlecenia = []
    nr_rok: dict[int, int] = {}
    dni = sorted([*(day_in(r, FIRST, LAST) for _ in range(1236)), *(D(2025, 6, d) for d in (11, 12, 13, 13, 14, 14))])
    dni += sorted(day_in(r, D(2025, 6, 16), D(2025, 7, 18)) for _ in range(26))
    for i, d in enumerate(dni, 1):
        if d.weekday() == 6:
            d += dt.timedelta(days=1)
        kid = r.choice(range(1, 29)) if r.random() < 0.7 else r.choice([1, 2, 5, 6, 10, 11, 22, 24])
        if d >= D(2025, 3, 15) and r.random() < 0.1:
            kid = r.choice([29, 30])
        _, km_miasto, typ = KLIENCI[kid - 1]
        zal = miasto[km_miasto] if r.random() < 0.8 else r.choice(MIASTA[:15])
        roz = r.choice([m for m in MIASTA if m[0] != zal[0]])
        km = km_between(zal, roz)
        dni_drogi = max(1, math.ceil(km / 600))
        rozl = d + dt.timedelta(days=dni_drogi - (1 if km < 250 and r.random() < 0.6 else 0))
        stawka = round(max(900.0, km * r.uniform(4.3, 6.4) * (1.12 if roz[1] != "PL" else 1.0)), 2)
        waga = r.randint(4000, int(NADWOZIA[typ] * 1000))
        nr_rok[d.year] = nr_rok.get(d.year, 0) + 1
        nr = f"ZL/{d.year}/{nr_rok[d.year]:05d}"
        wolni = [
            k[0]
            for k in kierowcy
            if k[4] <= iso(d) and (k[5] is None or k[5] > iso(d)) and (typ != "cysterna" or k[3] == "C+E")
        ]
        kier: int | None = r.choice(wolni)
        auta = [p[0] for p in pojazdy if p[5] == typ]
        poj: int | None = r.choice(auta)
        if d > LAST:
            status, data_roz = "zaplanowane", None
            if r.random() < 0.45:
                kier = None
            if r.random() < 0.3:
                poj = None
        elif rozl > LAST:
            status, data_roz = "w_realizacji", None
        elif r.random() < 0.045:
            status, data_roz, kier, poj = "anulowane", None, None, None
        else:
            status, data_roz = "zrealizowane", iso(rozl)
        zlecenia.append((i, nr, kid, kier, poj, zal[0], roz[0], roz[1], iso(d), data_roz, km, waga, stawka, status))
    put(c, "zlecenia", zlecenia)
    tank = []
    tid = 0
    kraje = [("PL", 1.0)] * 7 + [("DE", 1.09), ("DE", 1.09), ("CZ", 0.98), ("LT", 0.95), ("NL", 1.15), ("AT", 1.06)]
    for p in pojazdy:
        licznik = r.randint(60000, 420000)
        for d in sorted(day_in(r, FIRST, LAST) for _ in range(r.randint(60, 85))):
            licznik += r.randint(900, 2600)
            kraj, mn = r.choice(kraje)
            base = 6.45 + 0.35 * math.sin((d - FIRST).days / 95) - (0.25 if d.year == 2025 else 0.0)
            cena = round(base * mn + r.uniform(-0.12, 0.12), 2)
            litry = round(r.uniform(180, 720), 1)
            kto = [k[0] for k in kierowcy if k[4] <= iso(d) and (k[5] is None or k[5] > iso(d))]
            tid += 1
            tank.append((tid, p[0], r.choice(kto), iso(d), kraj, litry, cena, round(litry * cena, 2), licznik))
    tank.sort(key=lambda t: (t[3], t[1]))
    put(c, "tankowania", [(i, *t[1:]) for i, t in enumerate(tank, 1)])
    szkody = []
    done_orders = [z for z in zlecenia if z[13] == "zrealizowane"]
    for i, z in enumerate(sorted(r.sample(done_orders, 64), key=lambda z: z[0]), 1):
        zg = min(LAST, D.fromisoformat(z[9]) + dt.timedelta(days=r.randint(0, 12)))
        typ = KLIENCI[z[2] - 1][2]
        rodzaj = r.choice(SZKODY if typ == "chłodnia" else SZKODY[:3])
        kw = round(r.uniform(300, 18000), 2)
        if zg > D(2025, 5, 10) and r.random() < 0.7:
            status, wyp = "otwarta", None
        elif r.random() < 0.3:
            status, wyp = "odrzucona", None
        else:
            status, wyp = "uznana", round(kw * r.choice([1.0, 1.0, 0.8, 0.6, 0.5]), 2)
        szkody.append((i, z[0], iso(zg), rodzaj, kw, wyp, status))
    put(c, "szkody", szkody)
    finish(c)


# ------------------------------------------------------------------------------------------------------ aircargo
CARRIERS = [
    ("BA", "British Airways World Cargo", "GB", "125"), ("LH", "Lufthansa Cargo", "DE", "020"),
    ("EK", "Emirates SkyCargo", "AE", "176"), ("QR", "Qatar Airways Cargo", "QA", "157"),
    ("CX", "Cathay Cargo", "HK", "160"), ("TK", "Turkish Cargo", "TR", "235"), ("AF", "Air France Cargo", "FR", "057"),
    ("UA", "United Cargo", "US", "016"), ("SQ", "Singapore Airlines Cargo", "SG", "618"),
    ("AC", "Air Canada Cargo", "CA", "014"), ("KL", "KLM Cargo", "NL", "074"),
]  # fmt: skip
AIRPORTS = [
    ("LHR", "London Heathrow", "London", "GB"), ("MAN", "Manchester", "Manchester", "GB"),
    ("JFK", "New York John F. Kennedy", "New York", "US"), ("ORD", "Chicago O'Hare", "Chicago", "US"),
    ("FRA", "Frankfurt am Main", "Frankfurt", "DE"), ("DXB", "Dubai International", "Dubai", "AE"),
    ("DOH", "Hamad International", "Doha", "QA"), ("HKG", "Hong Kong International", "Hong Kong", "HK"),
    ("IST", "Istanbul Airport", "Istanbul", "TR"), ("CDG", "Paris Charles de Gaulle", "Paris", "FR"),
    ("SIN", "Singapore Changi", "Singapore", "SG"), ("YYZ", "Toronto Pearson", "Toronto", "CA"),
    ("BOM", "Mumbai Chhatrapati Shivaji Maharaj", "Mumbai", "IN"), ("AMS", "Amsterdam Schiphol", "Amsterdam", "NL"),
]  # fmt: skip
# (carrier, flight number, origin, destination, weekdays (0 = Monday), departure minutes, aircraft type)
CARGO_ROUTES = [
    ("BA", "BA0117", "LHR", "JFK", (0, 3), 8 * 60 + 25, "B77W"), ("BA", "BA0139", "LHR", "BOM", (2,), 11 * 60 + 15, "B789"),
    ("LH", "LH8401", "LHR", "FRA", (1, 4), 19 * 60 + 10, "B77F"), ("EK", "EK9842", "MAN", "DXB", (2,), 14 * 60 + 30, "B77F"),
    ("EK", "EK0002", "LHR", "DXB", (5,), 14 * 60 + 15, "A388"), ("QR", "QR8170", "LHR", "DOH", (1, 6), 10 * 60 + 40, "B77F"),
    ("CX", "CX0252", "LHR", "HKG", (3,), 12 * 60 + 5, "B77W"), ("TK", "TK6372", "MAN", "IST", (4,), 16 * 60 + 55, "A33F"),
    ("AF", "AF1281", "LHR", "CDG", (0,), 7 * 60 + 5, "A321"), ("UA", "UA0925", "LHR", "ORD", (3,), 9 * 60 + 50, "B789"),
    ("SQ", "SQ0317", "LHR", "SIN", (6,), 11 * 60 + 30, "A359"), ("AC", "AC0855", "LHR", "YYZ", (2, 5), 15 * 60 + 40, "B77W"),
    ("BA", "BA1402", "MAN", "JFK", (4,), 10 * 60 + 5, "A35K"),
]  # fmt: skip
# (name, city, known consignor, commodity codes it ships)
SHIPPERS = [
    ("Albion Precision Engineering Ltd", "Coventry", "Y", "GEN"), ("Highland Smoked Salmon Co", "Inverness", "Y", "PER"),
    ("Pennine Pharma Ltd", "Huddersfield", "Y", "PHA"), ("Cotswold Fashion House", "Cheltenham", "N", "GEN"),
    ("Thames Valley Electronics", "Reading", "Y", "GEN"), ("Equine Air Transport Ltd", "Newmarket", "Y", "AVI"),
    ("Hatton Garden Bullion Ltd", "London", "Y", "VAL"), ("Northern Chemicals plc", "Runcorn", "Y", "DGR"),
    ("Kentish Fresh Produce", "Maidstone", "N", "PER"), ("Lakeland Scientific Instruments", "Kendal", "Y", "GEN"),
    ("Midlands Aero Spares", "Derby", "Y", "GEN"), ("BioGenix Clinical Supplies", "Cambridge", "Y", "PHA"),
    ("Scottish Seafood Exports", "Aberdeen", "N", "PER"), ("Sheffield Cutlery Works", "Sheffield", "N", "GEN"),
    ("Britannia Lithium Cells", "Sunderland", "Y", "DGR"), ("Royal Tweed Mills", "Galashiels", "N", "GEN"),
    ("London Art Shippers", "London", "Y", "VAL"), ("Cheshire Organics", "Chester", "N", "PER"),
    ("Oxford Vaccines Ltd", "Oxford", "Y", "PHA"), ("Manchester Textile Exports", "Manchester", "N", "GEN"),
    ("Welsh Lamb Cooperative", "Welshpool", "N", "PER"), ("Bristol Robotics Ltd", "Bristol", "Y", "GEN"),
    ("Pet Relocation UK", "Crawley", "Y", "AVI"), ("Tyneside Subsea Systems", "Newcastle", "Y", "GEN"),
    ("Yorkshire Flowers Ltd", "Leeds", "N", "PER"), ("Heathrow Forwarding Services", "Hounslow", "Y", "GEN"),
    ("Stoke Ceramics Export", "Stoke-on-Trent", "N", "GEN"), ("Glasgow Whisky Brokers", "Glasgow", "Y", "GEN"),
    ("Surrey Medical Devices", "Guildford", "Y", "PHA"), ("Liverpool Auto Parts", "Liverpool", "N", "GEN"),
    ("Norfolk Rare Breeds", "Norwich", "N", "AVI"), ("Bedford Fireworks Ltd", "Bedford", "N", "DGR"),
]  # fmt: skip
ULD_TYPES = [("AKE", 82), ("PMC", 110), ("PAG", 105), ("PLA", 95), ("RKN", 300)]


def awb_number(prefix: str, serial: int) -> str:
    return f"{prefix}-{serial:07d}{serial % 7}"


def build_aircargo(path: Path) -> None:
    r = random.Random(99002)
    c = fresh(
        path,
        """
        CREATE TABLE CARRIER (
            CARR_CD TEXT PRIMARY KEY, CARR_NAME TEXT NOT NULL, CNTRY_CD TEXT NOT NULL, AWB_PREFIX TEXT NOT NULL);
        CREATE TABLE AIRPORT (
            APT_CD TEXT PRIMARY KEY, APT_NAME TEXT NOT NULL, CITY_NAME TEXT NOT NULL, CNTRY_CD TEXT NOT NULL);
        CREATE TABLE FLIGHT (
            FLT_ID INTEGER PRIMARY KEY, CARR_CD TEXT NOT NULL REFERENCES CARRIER(CARR_CD), FLT_NO TEXT NOT NULL,
            ORIG_APT_CD TEXT NOT NULL REFERENCES AIRPORT(APT_CD), DEST_APT_CD TEXT NOT NULL REFERENCES AIRPORT(APT_CD),
            SCHED_DEP_DT TEXT NOT NULL, SCHED_DEP_TM TEXT NOT NULL, ACT_DEP_TM TEXT, ACFT_TYPE_CD TEXT NOT NULL,
            FLT_STAT_CD TEXT NOT NULL);
        CREATE TABLE SHIPPER (
            SHPR_ID INTEGER PRIMARY KEY, SHPR_NAME TEXT NOT NULL, CITY_NAME TEXT NOT NULL,
            KNOWN_CONSIGNOR_FLG TEXT NOT NULL, ACCT_OPEN_DT TEXT NOT NULL);
        CREATE TABLE ULD (
            ULD_ID TEXT PRIMARY KEY, ULD_TYPE_CD TEXT NOT NULL, OWNER_CARR_CD TEXT NOT NULL REFERENCES CARRIER(CARR_CD),
            TARE_WT_KG INTEGER NOT NULL, SVC_STAT_CD TEXT NOT NULL);
        CREATE TABLE AWB (
            AWB_NO TEXT PRIMARY KEY, SHPR_ID INTEGER NOT NULL REFERENCES SHIPPER(SHPR_ID),
            CARR_CD TEXT NOT NULL REFERENCES CARRIER(CARR_CD), ORIG_APT_CD TEXT NOT NULL REFERENCES AIRPORT(APT_CD),
            DEST_APT_CD TEXT NOT NULL REFERENCES AIRPORT(APT_CD), COMMODITY_CD TEXT NOT NULL, PCS_CNT INTEGER NOT NULL,
            GROSS_WT_KG REAL NOT NULL, VOL_M3 REAL NOT NULL, CHRG_WT_KG REAL NOT NULL, CHRG_AMT_USD REAL NOT NULL,
            BKG_DT TEXT NOT NULL, RCV_DT TEXT, RCV_TM TEXT, AWB_STAT_CD TEXT NOT NULL);
        CREATE TABLE AWB_FLT_SEG (
            AWB_NO TEXT NOT NULL REFERENCES AWB(AWB_NO), FLT_ID INTEGER NOT NULL REFERENCES FLIGHT(FLT_ID),
            ULD_ID TEXT REFERENCES ULD(ULD_ID), PCS_LOADED INTEGER NOT NULL, WT_LOADED_KG REAL NOT NULL,
            PRIMARY KEY (AWB_NO, FLT_ID));
        """,
    )
    put(c, "CARRIER", list(CARRIERS))
    put(c, "AIRPORT", list(AIRPORTS))
    flights = []
    for d in dates(FIRST, D(2025, 6, 30)):
        for carr, fno, orig, dest, days, dep, acft in CARGO_ROUTES:
            if d.weekday() not in days:
                continue
            if fno == "BA1402" and d < D(2024, 4, 1):
                continue
            if fno == "AF1281" and d > D(2025, 3, 31):
                continue
            if d > LAST:
                stat, act = "SCH", None
            elif r.random() < 0.03:
                stat, act = "CNX", None
            else:
                stat = "DEP"
                act = hhmm(dep + r.choice([-5, -3, 0, 0, 0, 0, 2, 5, 5, 8, 10, 12, 15, 20, 25, 30, 45, 60, 90, 140]))
            flights.append((len(flights) + 1, carr, fno, orig, dest, iso(d), hhmm(dep), act, acft, stat))
    put(c, "FLIGHT", flights)
    shippers = [
        (i, n, city, kc, iso(day_in(r, D(2012, 1, 1), D(2022, 10, 1)) if i <= 30 else day_in(r, D(2025, 1, 5), LAST)))
        for i, (n, city, kc, _) in enumerate(SHIPPERS, 1)
    ]
    put(c, "SHIPPER", shippers)
    ulds = []
    for i in range(1, 241):
        carr = CARRIERS[i % len(CARRIERS)][0]
        typ, tare = ULD_TYPES[(i * 5) % len(ULD_TYPES)] if i % 9 else ULD_TYPES[4]
        ulds.append((f"{typ}{10000 + i * 37}{carr}", typ, carr, tare + r.randint(-4, 6), "U" if i % 23 == 0 else "S"))
    put(c, "ULD", ulds)
    uld_by_carr: dict[str, list[str]] = {}
    for u in ulds:
        uld_by_carr.setdefault(u[2], []).append(u[0])
    prefix = {cr[0]: cr[3] for cr in CARRIERS}
    serial = {cr[0]: 1000000 + 3100 * i for i, cr in enumerate(CARRIERS)}
    by_route: dict[str, list[tuple[object, ...]]] = {}
    for f in flights:
        by_route.setdefault(str(f[2]), []).append(f)
    awbs = []
    segs = []
    live = [s for s in shippers if s[4] <= "2023-01-01"]
    rates = {"GEN": 2.1, "PER": 2.6, "PHA": 4.4, "DGR": 3.6, "VAL": 9.5, "AVI": 6.8}
    for fno, fl in by_route.items():
        for k, f in enumerate(fl):
            if f[9] == "CNX":
                continue
            fd = D.fromisoformat(str(f[5]))
            for _ in range(r.choice([0, 1, 1, 1, 2, 2, 2, 3])):
                pool = live + [s for s in shippers if s[4] > "2023-01-01" and s[4] < iso(fd - dt.timedelta(days=10))]
                sh = r.choice(pool)
                com = SHIPPERS[sh[0] - 1][3]
                if com == "AVI" and fno in ("LH8401", "AF1281"):
                    com = "GEN"
                carr = str(f[1])
                serial[carr] += r.randint(1, 40)
                no = awb_number(prefix[carr], serial[carr])
                pcs = r.randint(1, 40) if com != "AVI" else r.randint(1, 4)
                gw = round(pcs * r.uniform(8, 160), 1)
                vol = round(gw / r.uniform(110, 260), 2)
                cw = max(gw, math.ceil(vol * 167 * 2) / 2)
                amt = round(cw * rates[com] * r.uniform(0.9, 1.15), 2)
                bkg = fd - dt.timedelta(days=r.randint(1, 14))
                bkg = min(bkg, LAST - dt.timedelta(days=r.randint(0, 3)))
                split = k + 1 < len(fl) and fl[k + 1][9] != "CNX" and r.random() < 0.08 and pcs >= 4
                if fd > LAST:
                    stat, rcv_dt, rcv_tm = "BKD", None, None
                else:
                    last_fd = D.fromisoformat(str(fl[k + 1][5])) if split else fd
                    stat = "DLV" if last_fd <= LAST - dt.timedelta(days=3) else ("DEP" if last_fd <= LAST else "BKD")
                    if stat == "BKD":
                        split = False
                        stat = "DEP" if fd <= LAST - dt.timedelta(days=0) else "BKD"
                    lead = r.randint(4 * 60, 40 * 60)
                    dep_min = int(str(f[6])[:2]) * 60 + int(str(f[6])[3:])
                    t = dep_min - lead
                    rd = fd + dt.timedelta(days=t // 1440)
                    rcv_dt, rcv_tm = iso(rd), hhmm(t % 1440)
                    bkg = min(bkg, rd)
                awbs.append((no, sh[0], carr, f[3], f[4], com, pcs, gw, vol, cw, amt, iso(bkg), rcv_dt, rcv_tm, stat))
                ulist = uld_by_carr.get(carr, [])
                if split:
                    p1 = pcs // 2
                    w1 = round(gw * p1 / pcs, 1)
                    segs.append((no, f[0], r.choice(ulist) if r.random() < 0.75 else None, p1, w1))
                    f2 = fl[k + 1]
                    segs.append(
                        (no, f2[0], r.choice(ulist) if r.random() < 0.75 else None, pcs - p1, round(gw - w1, 1))
                    )
                else:
                    segs.append((no, f[0], r.choice(ulist) if r.random() < 0.75 and com != "AVI" else None, pcs, gw))
    for _ in range(70):
        carr, _, orig, dest, _, _, _ = r.choice(CARGO_ROUTES)
        sh = r.choice(live)
        serial[carr] += r.randint(1, 40)
        pcs = r.randint(1, 20)
        gw = round(pcs * r.uniform(8, 120), 1)
        vol = round(gw / r.uniform(110, 260), 2)
        cw = max(gw, math.ceil(vol * 167 * 2) / 2)
        bkg = day_in(r, FIRST, LAST)
        awbs.append(
            (awb_number(prefix[carr], serial[carr]), sh[0], carr, orig, dest, SHIPPERS[sh[0] - 1][3], pcs, gw, vol, cw,
             round(cw * 2.4, 2), iso(bkg), None, None, "CNX")
        )  # fmt: skip
    awbs.sort(key=lambda a: (a[11], a[0]))
    put(c, "AWB", awbs)
    put(c, "AWB_FLT_SEG", segs)
    finish(c)


# --------------------------------------------------------------------------------------------------- railfreight
# (code, name, town, operator)
TERMINALS = [
    ("FXN", "Felixstowe North Rail Terminal", "Felixstowe", "Port Rail Ops"),
    ("SOU", "Southampton Maritime", "Southampton", "Freightliner Terminals"),
    ("LGW", "London Gateway Rail Terminal", "Stanford-le-Hope", "DP World Rail"),
    ("TPK", "Trafford Park Euroterminal", "Manchester", "Freightliner Terminals"),
    ("DIR", "DIRFT Daventry", "Daventry", "WH Malcolm"), ("HHL", "Hams Hall", "Coleshill", "Maritime Rail"),
    ("DNI", "iPort Doncaster", "Doncaster", "Maritime Rail"), ("WKE", "Wakefield Europort", "Normanton", "Freightliner Terminals"),
    ("CTB", "Coatbridge Freightliner", "Coatbridge", "Freightliner Terminals"), ("MSN", "Mossend Euroterminal", "Bellshill", "PD Ports Rail"),
    ("TEE", "Teesport", "Middlesbrough", "PD Ports Rail"), ("AVM", "Avonmouth Bulk Terminal", "Bristol", "Bristol Port Rail"),
    ("MHD", "Mountsorrel Quarry Sidings", "Mountsorrel", "Quarry Rail Ltd"), ("DRX", "Drax Power Station", "Selby", "Drax Rail Ops"),
    ("IMM", "Immingham Bulk Terminal", "Immingham", "ABP Rail"),
]  # fmt: skip
# (code, names over time, sector, account status over time)
RAIL_CUSTOMERS = [
    ("C001", ["Oceanic Container Line UK"], "intermodal"), ("C002", ["Baltic Shipping Agencies", "Nordline Shipping UK"], "intermodal"),
    ("C003", ["Pennine Aggregates Ltd"], "construction"), ("C004", ["Trent Valley Cement"], "construction"),
    ("C005", ["Selby Biomass Supply"], "energy"), ("C006", ["Humber Steel Products", "Humber Steel Products (2024) Ltd"], "metals"),
    ("C007", ["Grocer Logistics plc"], "retail"), ("C008", ["Midland Motors Export"], "automotive"),
    ("C009", ["Eastern Fuels Ltd"], "energy"), ("C010", ["Clyde Distribution"], "retail"),
    ("C011", ["Mersey Container Services"], "intermodal"), ("C012", ["Teesside Chemicals", "TeesChem Solutions"], "chemicals"),
    ("C013", ["Mendip Stone Co"], "construction"), ("C014", ["Northern Paper Mills"], "retail"),
    ("C015", ["Severn Scrap Metals"], "metals"), ("C016", ["Highland Timber Freight"], "construction"),
    ("C017", ["Kingsway Beverages"], "retail"), ("C018", ["Atlas Intermodal Forwarding"], "intermodal"),
    ("C019", ["Fenland Sugar Co"], "retail"), ("C020", ["Cotswold Quarries"], "construction"),
    ("C021", ["Anglian Grain Traders"], "agriculture"), ("C022", ["Greenway Waste Logistics"], "waste"),
]  # fmt: skip
# commodity per sector: (commodity, origins, destinations, tonnes range, wagon type)
SECTOR_FLOWS = {
    "intermodal": ("containers", ["FXN", "SOU", "LGW"], ["TPK", "DIR", "HHL", "DNI", "WKE", "CTB"], (18, 60), "intermodal flat"),
    "construction": ("aggregates", ["MHD", "AVM"], ["LGW", "WKE", "HHL", "DNI"], (60, 78), "box"),
    "energy": ("biomass", ["IMM", "TEE"], ["DRX"], (55, 72), "hopper"),
    "metals": ("steel", ["TEE", "AVM"], ["DIR", "TPK", "HHL"], (40, 70), "coil carrier"),
    "retail": ("containers", ["DIR", "HHL", "TPK"], ["CTB", "MSN", "DNI"], (12, 45), "intermodal flat"),
    "automotive": ("finished vehicles", ["HHL"], ["SOU", "TEE"], (12, 22), "car carrier"),
    "chemicals": ("chemicals", ["TEE", "IMM"], ["TPK", "WKE"], (40, 65), "tank"),
    "agriculture": ("grain", ["IMM"], ["WKE", "TPK"], (50, 70), "hopper"),
    "waste": ("waste", ["TPK", "WKE"], ["AVM", "IMM"], (30, 55), "box"),
}  # fmt: skip
TOWN_XY = {
    "FXN": (1.32, 51.96), "SOU": (-1.45, 50.92), "LGW": (0.47, 51.51), "TPK": (-2.32, 53.46), "DIR": (-1.20, 52.33),
    "HHL": (-1.71, 52.52), "DNI": (-1.13, 53.47), "WKE": (-1.38, 53.70), "CTB": (-4.04, 55.86), "MSN": (-4.00, 55.82),
    "TEE": (-1.16, 54.58), "AVM": (-2.70, 51.50), "MHD": (-1.15, 52.73), "DRX": (-1.00, 53.74), "IMM": (-0.21, 53.62),
}  # fmt: skip
WAGON_CODES = {
    "intermodal flat": "FEA", "box": "JNA", "hopper": "IIA", "coil carrier": "JSA", "car carrier": "IPA", "tank": "TEA",
}  # fmt: skip
LESSORS = ["VTG Rail UK", "Ermewa", "Touax Rail", "GBRf Owned", "Cargowaggon Leasing"]


def hk(*parts: str) -> str:
    """The data-vault hash key: MD5 of the upper-cased business key parts joined with '||'."""
    return hashlib.md5("||".join(p.upper() for p in parts).encode()).hexdigest().upper()


def rail_miles(a: str, b: str) -> float:
    (x1, y1), (x2, y2) = TOWN_XY[a], TOWN_XY[b]
    kx = 69.0 * math.cos(math.radians((y1 + y2) / 2))
    return round(math.hypot((x2 - x1) * kx, (y2 - y1) * 69.0) * 1.28, 1)


def build_railfreight(path: Path) -> None:
    r = random.Random(99003)
    c = fresh(
        path,
        """
        CREATE TABLE hub_customer (
            customer_hk TEXT PRIMARY KEY, customer_code TEXT NOT NULL UNIQUE, load_dts TEXT NOT NULL,
            record_source TEXT NOT NULL);
        CREATE TABLE hub_wagon (
            wagon_hk TEXT PRIMARY KEY, wagon_number TEXT NOT NULL UNIQUE, load_dts TEXT NOT NULL,
            record_source TEXT NOT NULL);
        CREATE TABLE hub_terminal (
            terminal_hk TEXT PRIMARY KEY, terminal_code TEXT NOT NULL UNIQUE, load_dts TEXT NOT NULL,
            record_source TEXT NOT NULL);
        CREATE TABLE sat_customer (
            customer_hk TEXT NOT NULL REFERENCES hub_customer(customer_hk), load_dts TEXT NOT NULL, load_end_dts TEXT,
            customer_name TEXT NOT NULL, sector TEXT NOT NULL, account_status TEXT NOT NULL, credit_limit_gbp INTEGER,
            hash_diff TEXT NOT NULL, record_source TEXT NOT NULL, PRIMARY KEY (customer_hk, load_dts));
        CREATE TABLE sat_terminal (
            terminal_hk TEXT NOT NULL REFERENCES hub_terminal(terminal_hk), load_dts TEXT NOT NULL, load_end_dts TEXT,
            terminal_name TEXT NOT NULL, town TEXT NOT NULL, operator_name TEXT NOT NULL, hash_diff TEXT NOT NULL,
            record_source TEXT NOT NULL, PRIMARY KEY (terminal_hk, load_dts));
        CREATE TABLE sat_wagon (
            wagon_hk TEXT NOT NULL REFERENCES hub_wagon(wagon_hk), load_dts TEXT NOT NULL, load_end_dts TEXT,
            wagon_type TEXT NOT NULL, owner_name TEXT NOT NULL, max_payload_t REAL NOT NULL, wagon_status TEXT NOT NULL,
            next_exam_due TEXT, hash_diff TEXT NOT NULL, record_source TEXT NOT NULL, PRIMARY KEY (wagon_hk, load_dts));
        CREATE TABLE lnk_consignment (
            consignment_hk TEXT PRIMARY KEY, customer_hk TEXT NOT NULL REFERENCES hub_customer(customer_hk),
            wagon_hk TEXT NOT NULL REFERENCES hub_wagon(wagon_hk),
            origin_terminal_hk TEXT NOT NULL REFERENCES hub_terminal(terminal_hk),
            dest_terminal_hk TEXT NOT NULL REFERENCES hub_terminal(terminal_hk), load_dts TEXT NOT NULL,
            record_source TEXT NOT NULL);
        CREATE TABLE sat_consignment (
            consignment_hk TEXT NOT NULL REFERENCES lnk_consignment(consignment_hk), load_dts TEXT NOT NULL,
            consignment_ref TEXT NOT NULL, commodity TEXT NOT NULL, net_tonnes REAL, distance_miles REAL NOT NULL,
            dispatched_at TEXT, arrived_at TEXT, planned_departure TEXT NOT NULL, charge_gbp REAL NOT NULL,
            consignment_status TEXT NOT NULL, record_source TEXT NOT NULL, PRIMARY KEY (consignment_hk, load_dts));
        """,
    )
    base_load = "2022-12-31 02:00:00"
    put(c, "hub_terminal", [(hk(t[0]), t[0], base_load, "TMS") for t in TERMINALS])
    st = []
    for code, name, town, op in TERMINALS:
        if code == "MSN":
            st.append(
                (
                    hk(code),
                    base_load,
                    "2024-07-01 02:00:00",
                    name,
                    town,
                    "WH Malcolm",
                    hk(name, town, "WH Malcolm"),
                    "TMS",
                )
            )
            st.append((hk(code), "2024-07-01 02:00:00", None, name, town, op, hk(name, town, op), "TMS"))
        else:
            st.append((hk(code), base_load, None, name, town, op, hk(name, town, op), "TMS"))
    put(c, "sat_terminal", st)
    hubc = []
    satc = []
    cust_sector = {}
    for i, (code, names, sector) in enumerate(RAIL_CUSTOMERS):
        load = base_load if i < 20 else "2024-09-02 02:00:00"
        hubc.append((hk(code), code, load, "SAP_CRM"))
        cust_sector[code] = sector
        limit = r.choice([50000, 100000, 150000, 250000, 500000])
        versions: list[tuple[str, str, str, int | None]] = [(load, names[0], "active", limit)]
        if len(names) > 1:
            versions.append((f"{day_in(r, D(2023, 9, 1), D(2025, 3, 31))} 02:00:00", names[1], "active", limit))
        if code in ("C015", "C017"):
            versions.append((f"{day_in(r, D(2024, 10, 1), D(2025, 2, 28))} 02:00:00", names[-1], "suspended", None))
        if code == "C019":
            versions.append(("2024-11-18 02:00:00", names[-1], "closed", None))
        if code in ("C003", "C007", "C011"):
            versions.append((f"{day_in(r, D(2023, 5, 1), D(2024, 12, 31))} 02:00:00", names[-1], "active", limit * 2))
        versions.sort()
        for k, (ld, nm, status, lim) in enumerate(versions):
            end = versions[k + 1][0] if k + 1 < len(versions) else None
            satc.append((hk(code), ld, end, nm, sector, status, lim, hk(nm, sector, status, str(lim)), "SAP_CRM"))
    put(c, "hub_customer", hubc)
    put(c, "sat_customer", satc)
    wagons: dict[str, list[str]] = {}
    hubw = []
    satw = []
    status_of: dict[str, list[tuple[str, str | None, str]]] = {}
    n = 0
    for wtype, wcode in WAGON_CODES.items():
        count = {"intermodal flat": 70, "box": 40, "hopper": 45, "coil carrier": 20, "car carrier": 12, "tank": 18}[
            wtype
        ]
        payload = {"intermodal flat": 66.0, "box": 75.0, "hopper": 72.0, "coil carrier": 70.0, "car carrier": 24.0,
                   "tank": 65.0}[wtype]  # fmt: skip
        for _ in range(count):
            n += 1
            num = f"{wcode} {r.randint(600, 689)}{n:03d}"
            whk = hk(num)
            first = base_load if r.random() < 0.85 else f"{day_in(r, D(2023, 2, 1), D(2024, 12, 31))} 02:00:00"
            hubw.append((whk, num, first, "TOPS"))
            owner = r.choice(LESSORS)
            pl = payload + r.choice([-2.0, 0.0, 0.0, 1.5])
            vers: list[tuple[str, str, str]] = [(first, owner, "in service")]
            t = D.fromisoformat(first[:10])
            while True:
                prev = vers[-1][2]
                t += dt.timedelta(days=r.randint(150, 800) if prev == "in service" else r.randint(10, 120))
                if t > LAST:
                    break
                if prev == "withdrawn":
                    break
                if prev == "in service":
                    nxt = r.choices(["under repair", "stored", "withdrawn", "in service"], weights=[6, 2, 0.4, 2])[0]
                else:
                    nxt = "in service" if r.random() < 0.95 else "withdrawn"
                own = vers[-1][1] if nxt != "in service" or r.random() < 0.7 else r.choice(LESSORS)
                if nxt == prev and own == vers[-1][1]:
                    continue
                vers.append((f"{t} 02:00:00", own, nxt))
            status_of[whk] = []
            for k, (ld, own, stt) in enumerate(vers):
                end = vers[k + 1][0] if k + 1 < len(vers) else None
                exam = (
                    None
                    if stt == "withdrawn"
                    else iso(D.fromisoformat(ld[:10]) + dt.timedelta(days=r.randint(200, 540)))
                )
                satw.append((whk, ld, end, wtype, own, pl, stt, exam, hk(wtype, own, str(pl), stt), "TOPS"))
                status_of[whk].append((ld, end, stt))
            wagons.setdefault(wtype, []).append(whk)
    put(c, "hub_wagon", hubw)
    put(c, "sat_wagon", satw)

    def usable(whk: str, when: str) -> bool:
        return any(ld <= when and (end is None or end > when) and s == "in service" for ld, end, s in status_of[whk])

    lnk = []
    satk = []
    codes = [cc[0] for cc in RAIL_CUSTOMERS]
    for seq, d in enumerate(sorted(day_in(r, FIRST, D(2025, 6, 27)) for _ in range(2300)), 1):
        code = r.choice(codes)
        if code in ("C021", "C022") and d < D(2024, 9, 3):
            code = "C001"
        if code == "C019" and d >= D(2024, 11, 18):
            code = "C007"
        if code in ("C015", "C017") and d >= D(2025, 3, 1):
            code = "C011"
        if code == "C020" or (code == "C014" and r.random() < 0.7):
            code = "C013"
        commodity, origins, dests, (lo, hi), wtype = SECTOR_FLOWS[cust_sector[code]]
        o, de = r.choice(origins), r.choice(dests)
        dep_min = r.choice([5 * 60 + 10, 9 * 60 + 40, 13 * 60 + 5, 18 * 60 + 30, 22 * 60 + 15, 1 * 60 + 55])
        planned = stamp(d, dep_min)
        cand = [w for w in wagons[wtype] if usable(w, planned + ":00")]
        whk = r.choice(cand)
        ref = f"CN{d.year % 100:02d}{seq:05d}"
        miles = rail_miles(o, de)
        tonnes: float | None = round(r.uniform(lo, hi), 1)
        charge = round(miles * r.uniform(1.6, 2.4) * (1 + (tonnes or 0) / 80) + 180, 2)
        if d > LAST:
            status, disp, arr = "planned", None, None
        elif r.random() < 0.04:
            status, disp, arr, tonnes = "cancelled", None, None, None
        else:
            late = r.choice([0, 0, 0, 5, 10, 15, 25, 40, 65, 120])
            disp_min = dep_min + late
            run = int(miles / r.uniform(24, 38) * 60)
            disp = stamp(d, disp_min)
            arr_min = disp_min + run
            if disp[:10] > iso(LAST):
                status, disp, arr = "planned", None, None
            elif stamp(d, arr_min) > f"{LAST} 23:59":
                status, arr = "in transit", None
            else:
                status, arr = "delivered", stamp(d, arr_min)
        chk = hk(ref)
        ldts = f"{min(d - dt.timedelta(days=r.randint(1, 6)), LAST)} 02:00:00"
        lnk.append((chk, hk(code), whk, hk(o), hk(de), ldts, "TMS"))
        sdts = f"{min(D.fromisoformat(arr[:10]) + dt.timedelta(days=1), LAST)} 02:00:00" if arr else ldts
        satk.append((chk, sdts, ref, commodity, tonnes, miles, disp, arr, planned, charge, status, "TMS"))
    put(c, "lnk_consignment", lnk)
    put(c, "sat_consignment", satk)
    finish(c)


# ---------------------------------------------------------------------------------------------------- postrounds
# (office name, town, postcode district, manager)
OFFICES = [
    ("Harrogate Delivery Office", "Harrogate", "HG1", "Sandra Pickering"), ("Ripon Delivery Office", "Ripon", "HG4", "Neil Oakes"),
    ("Knaresborough Delivery Office", "Knaresborough", "HG5", "Alison Beck"), ("Skipton Delivery Office", "Skipton", "BD23", "Martin Ridley"),
    ("Otley Delivery Office", "Otley", "LS21", "Pauline Hebden"), ("Ilkley Delivery Office", "Ilkley", "LS29", "Gareth Moss"),
]  # fmt: skip
REASONS = ["NI", "NI", "NI", "NI", "NS", "NS", "AD", "DG", "AR", "SR"]
VAN_MODELS = [("Peugeot", "Partner", "diesel"), ("Vauxhall", "Vivaro", "diesel"), ("Peugeot", "e-Partner", "electric"),
              ("Ford", "E-Transit Custom", "electric"), ("Ford", "Transit Connect", "diesel")]  # fmt: skip


def build_postrounds(path: Path) -> None:
    r = random.Random(99004)
    c = fresh(
        path,
        """
        CREATE TABLE delivery_offices (
            office_id INTEGER PRIMARY KEY, office_name TEXT NOT NULL, town TEXT NOT NULL, postcode_district TEXT NOT NULL,
            manager_name TEXT NOT NULL);
        CREATE TABLE routes (
            route_id INTEGER PRIMARY KEY, office_id INTEGER NOT NULL REFERENCES delivery_offices(office_id),
            route_code TEXT NOT NULL UNIQUE, route_type TEXT NOT NULL, parent_route_id INTEGER REFERENCES routes(route_id),
            delivery_points INTEGER NOT NULL, walk_length_m INTEGER NOT NULL, drive_length_miles REAL,
            planned_start TEXT NOT NULL, active TEXT NOT NULL);
        CREATE TABLE posties (
            postie_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, office_id INTEGER NOT NULL REFERENCES delivery_offices(office_id),
            contract TEXT NOT NULL, started_on TEXT NOT NULL, left_on TEXT);
        CREATE TABLE vans (
            van_id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL UNIQUE, make TEXT NOT NULL, model TEXT NOT NULL,
            fuel TEXT NOT NULL, office_id INTEGER NOT NULL REFERENCES delivery_offices(office_id), in_service_from TEXT NOT NULL);
        CREATE TABLE route_runs (
            run_id INTEGER PRIMARY KEY, route_id INTEGER NOT NULL REFERENCES routes(route_id),
            postie_id INTEGER REFERENCES posties(postie_id), van_id INTEGER REFERENCES vans(van_id), run_date TEXT NOT NULL,
            out_time TEXT, back_time TEXT, letters_delivered INTEGER NOT NULL, parcels_delivered INTEGER NOT NULL,
            walked_m INTEGER, driven_miles REAL, status TEXT NOT NULL);
        CREATE TABLE failed_deliveries (
            fail_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES route_runs(run_id), item_ref TEXT NOT NULL,
            reason_code TEXT NOT NULL, card_left TEXT NOT NULL, redelivered_on TEXT);
        """,
    )
    put(c, "delivery_offices", [(i, *o) for i, o in enumerate(OFFICES, 1)])
    routes = []
    rid = 0
    for oi, (_, _, pc, _) in enumerate(OFFICES, 1):
        n_top = [10, 6, 6, 8, 6, 6][oi - 1]
        for k in range(1, n_top + 1):
            rtype = r.choices(["walk", "cycle", "van", "park and loop"], weights=[3, 1, 2, 4])[0]
            if k == 1:
                rtype = "park and loop"
            rid += 1
            code = f"{pc}-{k:02d}"
            dp = r.randint(380, 720) if rtype != "van" else r.randint(250, 480)
            walk = r.randint(7000, 14500) if rtype in ("walk", "park and loop") else r.randint(2500, 6000)
            if rtype == "cycle":
                walk = r.randint(1800, 4000)
            drive = (
                None
                if rtype in ("walk", "cycle")
                else round(r.uniform(8, 34) if rtype == "van" else r.uniform(3, 12), 1)
            )
            active = "N" if (oi, k) in ((1, 9), (4, 7), (2, 5)) else "Y"
            start = r.choice(["07:15", "07:30", "07:45", "08:00", "08:15"])
            routes.append((rid, oi, code, rtype, None, dp, walk, drive, start, active))
            if rtype == "park and loop":
                parent = rid
                for j in range(1, r.randint(2, 4) + 1):
                    rid += 1
                    lw = r.randint(1800, 4200)
                    routes.append((rid, oi, f"{code}L{j}", "loop", parent, r.randint(90, 220), lw, None, start, active))
    put(c, "routes", routes)
    names = people(r, 78, GIVEN_UK, FAMILY_UK)
    posties = []
    for i, nm in enumerate(names, 1):
        oi = (i - 1) % 6 + 1
        contract = r.choices(["FT", "PT", "CAS"], weights=[6, 3, 1])[0]
        start = day_in(r, D(2004, 1, 1), D(2022, 12, 1)) if i <= 66 else day_in(r, D(2023, 2, 1), D(2025, 4, 30))
        left = iso(day_in(r, D(2023, 6, 1), D(2025, 3, 31))) if i in (3, 11, 20, 34, 41, 57) else None
        posties.append((i, nm, oi, contract, iso(start), left))
    put(c, "posties", posties)
    vans = []
    for i in range(1, 25):
        make, model, fuel = VAN_MODELS[(i * 2) % len(VAN_MODELS)]
        yr = r.choice([17, 18, 19, 20, 21, 22, 23, 24])
        if fuel == "diesel":
            since = day_in(r, D(2000 + yr, 3, 1), D(2000 + yr, 11, 30))
        else:
            since = day_in(r, D(2023, 1, 5), D(2024, 6, 30))
        age = since.year % 100 + (50 if since.month >= 9 else 0) if since.month >= 3 else since.year % 100 + 49
        letters = "".join(r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        reg = f"Y{r.choice('ABCDEFGHJKLMNPRSTUVWXY')}{age:02d} {letters}"
        vans.append((i, reg, make, model, fuel, (i - 1) % 6 + 1, iso(since)))
    put(c, "vans", vans)
    runs = []
    fails = []
    for d in dates(FIRST, LAST):
        if d.weekday() == 6 or (d.month == 12 and d.day in (25, 26)) or (d.month == 1 and d.day == 1):
            continue
        for rt in routes:
            if rt[4] is not None or r.random() > 0.075:
                continue
            if rt[9] == "N" and d > D(2024, 9, 30):
                continue
            oi = rt[1]
            staff = [p for p in posties if p[2] == oi and p[4] <= iso(d) and (p[5] is None or p[5] > iso(d))]
            xmas = d.month == 12 and d.day > 10
            letters = int(rt[5] * r.uniform(1.1, 2.4) * (1.6 if xmas else 1.0) * (0.7 if d.year == 2025 else 1.0))
            parcels = int(rt[5] * r.uniform(0.06, 0.18) * (2.2 if xmas else 1.0) * (1.15 if d.year >= 2024 else 1.0))
            if r.random() < 0.02:
                runs.append((len(runs) + 1, rt[0], None, None, iso(d), None, None, 0, 0, None, None, "N"))
                continue
            status = "P" if r.random() < 0.07 else "C"
            if status == "P":
                letters, parcels = int(letters * 0.7), int(parcels * 0.7)
            pid = r.choice(staff)[0]
            vid = None
            if rt[3] in ("van", "park and loop"):
                vid = r.choice([v[0] for v in vans if v[5] == oi and v[6] <= iso(d)])
            out = int(rt[8][:2]) * 60 + int(rt[8][3:]) + r.choice([-5, 0, 0, 5, 10, 15, 25])
            dur = int(rt[5] * r.uniform(0.3, 0.4) + parcels * 0.8 + (35 if rt[3] == "van" else 0))
            if status == "P":
                dur = int(dur * 0.8)
            walked = int(rt[6] * r.uniform(0.92, 1.12))
            if rt[3] == "park and loop":
                walked += sum(x[6] for x in routes if x[4] == rt[0])
            driven = None if rt[7] is None else round(rt[7] * r.uniform(0.95, 1.2), 1)
            runs.append((len(runs) + 1, rt[0], pid, vid, iso(d), hhmm(out), hhmm(out + dur), letters, parcels, walked,
                         driven, status))  # fmt: skip
            for _ in range(r.choice([0, 0, 1, 1, 1, 2, 2, 3])):
                reason = r.choice(REASONS)
                card = "N" if reason in ("AD", "DG") or r.random() < 0.1 else "Y"
                red = d + dt.timedelta(days=r.randint(1, 6))
                redel = iso(red) if reason != "AD" and red <= LAST and r.random() < 0.6 else None
                ref = f"{r.choice(['JD', 'JE', 'KA', 'FF'])}{r.randint(10**8, 10**9 - 1)}GB"
                fails.append((len(fails) + 1, len(runs), ref, reason, card, redel))
    put(c, "route_runs", runs)
    put(c, "failed_deliveries", fails)
    finish(c)


# --------------------------------------------------------------------------------------------------- roadmarking
DEPOTS = [("Leeds (Cross Green)", "Leeds", 1998), ("York (Clifton Moor)", "York", 2006), ("Hull (Sutton Fields)", "Hull", 2011),
          ("Sheffield (Attercliffe)", "Sheffield", 2015)]  # fmt: skip
RM_CLIENTS = [
    ("Leeds City Council", "LA"), ("City of York Council", "LA"), ("Hull City Council", "LA"), ("Sheffield City Council", "LA"),
    ("North Yorkshire Council", "LA"), ("East Riding of Yorkshire Council", "LA"), ("Wakefield Council", "LA"),
    ("National Highways", "NH"), ("White Rose Retail Park Ltd", "PR"), ("St James's University Hospital Estates", "PR"),
    ("Meadowhall Centre Management", "PR"), ("Barratt Homes Yorkshire", "DEV"), ("Persimmon Homes East Yorkshire", "DEV"),
    ("Yorkshire Water Services", "PR"), ("Doncaster Sheffield Logistics Park", "PR"), ("Redrow Homes North", "DEV"),
]  # fmt: skip
ROADS = {
    "Leeds": ["A61 Scott Hall Road", "A660 Otley Road", "A64 York Road", "Kirkstall Road", "A58 Roundhay Road", "Armley Gyratory",
              "Wellington Street", "Stanningley Road"],
    "York": ["A1237 Outer Ring Road", "Tadcaster Road", "Hull Road", "Clifton Moor Gate", "Wigginton Road", "Fulford Road"],
    "Hull": ["A63 Castle Street", "Anlaby Road", "Holderness Road", "Beverley Road", "Sutton Road", "Priory Way"],
    "Sheffield": ["A57 Sheffield Parkway", "Ecclesall Road", "Abbeydale Road", "A61 Penistone Road", "Meadowhall Way",
                  "Attercliffe Road"],
}  # fmt: skip
MARKINGS = [
    ("centre line", "thermoplastic", 40, 900), ("edge line", "thermoplastic", 60, 1500), ("give way", "thermoplastic", 8, 40),
    ("double yellow", "thermoplastic", 20, 400), ("cycle lane", "cold plastic", 30, 600), ("hatching", "thermoplastic", 25, 300),
    ("zebra crossing", "cold plastic", 10, 30), ("bus stop box", "thermoplastic", 20, 40), ("car park bays", "paint", 60, 1200),
    ("road studs", "studs", 50, 800),
]  # fmt: skip
# price per metre in pence by material
RM_RATES = {"thermoplastic": 185, "cold plastic": 420, "paint": 60, "studs": 950}


def build_roadmarking(path: Path) -> None:
    r = random.Random(99005)
    c = fresh(
        path,
        """
        CREATE TABLE depots (
            depot_id INTEGER PRIMARY KEY, depot_name TEXT NOT NULL, town TEXT NOT NULL, opened_year INTEGER NOT NULL);
        CREATE TABLE operatives (
            operative_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, job_role TEXT NOT NULL,
            depot_id INTEGER NOT NULL REFERENCES depots(depot_id), reports_to INTEGER REFERENCES operatives(operative_id),
            started_on TEXT NOT NULL, left_on TEXT, hourly_rate_pence INTEGER NOT NULL, cscs_expiry TEXT);
        CREATE TABLE clients (
            client_id INTEGER PRIMARY KEY, client_name TEXT NOT NULL, client_type TEXT NOT NULL);
        CREATE TABLE lorries (
            lorry_id INTEGER PRIMARY KEY, reg_no TEXT NOT NULL UNIQUE, make TEXT NOT NULL, lorry_type TEXT NOT NULL,
            depot_id INTEGER NOT NULL REFERENCES depots(depot_id), mot_due TEXT NOT NULL);
        CREATE TABLE works_orders (
            order_id INTEGER PRIMARY KEY, order_ref TEXT NOT NULL UNIQUE, client_id INTEGER NOT NULL REFERENCES clients(client_id),
            depot_id INTEGER NOT NULL REFERENCES depots(depot_id), lorry_id INTEGER REFERENCES lorries(lorry_id),
            road_name TEXT NOT NULL, town TEXT NOT NULL, marking_type TEXT NOT NULL, material TEXT NOT NULL,
            length_m REAL NOT NULL, night_work TEXT NOT NULL, value_pence INTEGER NOT NULL, raised_on TEXT NOT NULL,
            scheduled_for TEXT NOT NULL, completed_on TEXT, status TEXT NOT NULL);
        CREATE TABLE order_crew (
            order_id INTEGER NOT NULL REFERENCES works_orders(order_id),
            operative_id INTEGER NOT NULL REFERENCES operatives(operative_id), crew_role TEXT NOT NULL,
            hours_on_site REAL, PRIMARY KEY (order_id, operative_id));
        CREATE TABLE material_issues (
            issue_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES works_orders(order_id),
            issued_on TEXT NOT NULL, product TEXT NOT NULL, qty_kg REAL NOT NULL, cost_pence INTEGER NOT NULL);
        """,
    )
    put(c, "depots", [(i, *d) for i, d in enumerate(DEPOTS, 1)])
    names = people(r, 52, GIVEN_UK, FAMILY_UK)
    ops = []
    ops.append((1, names[0], "contracts director", 1, None, "2009-04-06", None, 3850, None))
    managers = {}
    for di in range(1, 5):
        oid = len(ops) + 1
        managers[di] = oid
        ops.append((oid, names[oid - 1], "depot manager", di, 1, iso(day_in(r, D(2008, 1, 1), D(2019, 12, 31))), None,
                    r.randint(2600, 2950), iso(day_in(r, D(2025, 7, 1), D(2027, 12, 31)))))  # fmt: skip
    leaders: dict[int, list[int]] = {}
    for di in range(1, 5):
        for _ in range(3 if di in (1, 4) else 2):
            oid = len(ops) + 1
            leaders.setdefault(di, []).append(oid)
            ops.append((oid, names[oid - 1], "gang leader", di, managers[di], iso(day_in(r, D(2010, 1, 1), D(2021, 6, 30))),
                        None, r.randint(1900, 2250), iso(day_in(r, D(2025, 2, 1), D(2028, 6, 30)))))  # fmt: skip
    while len(ops) < 52:
        oid = len(ops) + 1
        di = (oid % 4) + 1
        role = r.choices(["line operative", "driver", "apprentice"], weights=[6, 2, 1])[0]
        boss = r.choice(leaders[di]) if role != "driver" else managers[di]
        start = day_in(r, D(2012, 1, 1), D(2024, 10, 31))
        left = iso(day_in(r, max(start, D(2023, 3, 1)), D(2025, 5, 30))) if oid in (19, 27, 36, 44) else None
        rate = {
            "line operative": r.randint(1450, 1750),
            "driver": r.randint(1550, 1800),
            "apprentice": r.randint(900, 1150),
        }[role]
        cscs = None if role == "apprentice" and r.random() < 0.5 else iso(day_in(r, D(2024, 6, 1), D(2029, 12, 31)))
        ops.append((oid, names[oid - 1], role, di, boss, iso(start), left, rate, cscs))
    put(c, "operatives", ops)
    put(c, "clients", [(i, *cl) for i, cl in enumerate(RM_CLIENTS, 1)])
    lorries = []
    makes = ["Iveco", "DAF", "MAN", "Volvo", "Mercedes-Benz"]
    for i in range(1, 16):
        di = (i - 1) % 4 + 1
        ltype = ["thermo lining", "thermo lining", "crew van", "road stud", "thermo lining", "pre-mix boiler"][i % 6]
        reg = f"{r.choice(['YA', 'YB', 'YC', 'YD', 'YE', 'YF'])}{r.choice([17, 19, 20, 21, 68, 69, 70, 71, 72, 23])} {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
        lorries.append((i, reg, makes[i % 5], ltype, di, iso(day_in(r, D(2025, 6, 20), D(2026, 5, 31)))))
    put(c, "lorries", lorries)
    orders = []
    crew = []
    issues = []
    client_by_depot = {1: [1, 7, 8, 9, 10, 12], 2: [2, 5, 8, 12, 16], 3: [3, 6, 8, 13, 14], 4: [4, 8, 11, 15, 14]}
    raised_days = sorted(day_in(r, D(2022, 12, 1), D(2025, 6, 10)) for _ in range(960))
    per_year: dict[int, int] = {}
    for oid, raised in enumerate(raised_days, 1):
        di = r.choice([1, 1, 2, 3, 4, 4])
        cl = r.choice(client_by_depot[di])
        town = DEPOTS[di - 1][1]
        road = r.choice(ROADS[town])
        mtype, material, lo, hi = r.choice(MARKINGS)
        if RM_CLIENTS[cl - 1][1] in ("PR", "DEV") and r.random() < 0.5:
            mtype, material, lo, hi = MARKINGS[8]
        length = round(r.uniform(lo, hi), 1)
        night = (
            "Y"
            if RM_CLIENTS[cl - 1][1] == "NH" or (mtype in ("centre line", "edge line") and r.random() < 0.5)
            else "N"
        )
        value = int(length * RM_RATES[material] * r.uniform(0.9, 1.25) * (1.3 if night == "Y" else 1.0)) + 25000
        sched = raised + dt.timedelta(days=r.randint(7, 60))
        if sched.weekday() == 6:
            sched += dt.timedelta(days=1)
        per_year[raised.year] = per_year.get(raised.year, 0) + 1
        ref = f"WO{raised.year % 100}-{per_year[raised.year]:04d}"
        suitable = {"thermoplastic": "thermo lining", "studs": "road stud"}.get(material, "crew van")
        lor = r.choice([lo_[0] for lo_ in lorries if lo_[4] == di and lo_[3] == suitable] or [None])
        if sched > LAST:
            status, done_on = "SCHEDULED", None
        elif r.random() < 0.05:
            status, done_on = "CANCELLED", None
        elif r.random() < 0.03 or (sched > D(2025, 5, 20) and r.random() < 0.25):
            status, done_on = "ON HOLD", None
        else:
            done = sched + dt.timedelta(days=r.choice([0, 0, 0, 0, 1, 1, 2, 3, 5, 9]))
            status, done_on = "COMPLETE", iso(min(done, LAST))
        orders.append((oid, ref, cl, di, lor, road, town, mtype, material, length, night, value, iso(raised), iso(sched),
                       done_on, status))  # fmt: skip
        if status == "CANCELLED":
            continue
        when = D.fromisoformat(done_on) if done_on else sched
        staff = [o for o in ops if o[3] == di and o[2] not in ("contracts director", "depot manager") and o[5] <= iso(when)
                 and (o[6] is None or o[6] > iso(when))]  # fmt: skip
        lead_pool = [o for o in staff if o[2] == "gang leader"]
        if not lead_pool:
            continue
        lead = r.choice(lead_pool)
        others = r.sample([o for o in staff if o[2] != "gang leader"], r.randint(1, 3))
        hrs = round(min(11.0, 2.5 + length / r.uniform(90, 160)), 1)
        for o in [lead, *others]:
            h = None if status != "COMPLETE" else hrs
            crew.append((oid, o[0], "lead" if o is lead else "crew", h))
        if status == "COMPLETE":
            products = {
                "thermoplastic": [("white thermoplastic" if mtype not in ("double yellow",) else "yellow thermoplastic", 3.2),
                                  ("glass beads", 0.35)],
                "cold plastic": [("cold plastic resin", 2.4), ("primer", 0.4)],
                "paint": [("road paint", 0.6)],
                "studs": [("road studs", 0.25)],
            }[material]  # fmt: skip
            price = {"white thermoplastic": 92, "yellow thermoplastic": 98, "glass beads": 140, "cold plastic resin": 610,
                     "primer": 880, "road paint": 450, "road studs": 1150}  # fmt: skip
            for prod, per_m in products:
                qty = round(length * per_m * r.uniform(0.85, 1.2), 1)
                issued = max(raised, D.fromisoformat(done_on) - dt.timedelta(days=r.randint(0, 2)))
                issues.append((len(issues) + 1, oid, iso(issued), prod, qty, int(qty * price[prod])))
    put(c, "works_orders", orders)
    put(c, "order_crew", crew)
    put(c, "material_issues", issues)
    finish(c)


# ------------------------------------------------------------------------------------------------ levelcrossings
# (line name, engineer's line reference, region, line speed mph)
RAIL_LINES = [
    ("East Coast Main Line (Doncaster - York)", "ECM1", "Eastern", 125), ("Hull and Selby Line", "HUL3", "Eastern", 75),
    ("Yorkshire Coast Line", "BSW", "Eastern", 60), ("Esk Valley Line", "WBY", "Eastern", 45),
    ("Settle and Carlisle Line", "SAC", "North West & Central", 60), ("Cumbrian Coast Line", "CBC1", "North West & Central", 60),
    ("Ely - Norwich Line", "ETN", "Eastern", 90), ("Lincoln - Sleaford Line", "LSD", "Eastern", 75),
    ("Heart of Wales Line", "CAM", "Wales & Western", 50),
]  # fmt: skip
# places along each line (same order as RAIL_LINES)
XING_PLACES = [
    ["Templehirst", "Balne", "Moss", "Heck", "Burn", "Joan Croft", "Fenwick", "Chapel Haddlesey"],
    ["Wressle", "Eastrington", "Hemingbrough", "Cliff", "Howden", "Gilberdyke", "Brough", "Ferriby", "Melton"],
    ["Arram", "Hutton Cranswick", "Nafferton", "Lowthorpe", "Hunmanby", "Seamer", "Burton Agnes", "Driffield"],
    ["Ruswarp", "Sleights", "Grosmont", "Glaisdale", "Lealholm", "Commondale", "Danby", "Castleton"],
    ["Horton", "Ribblehead", "Garsdale", "Culgaith", "Long Marton", "Appleby", "Langwathby", "Lazonby"],
    ["Silecroft", "Bootle", "Drigg", "Braystones", "Nethertown", "Seascale", "Ravenglass", "Foxfield", "Kirkby"],
    ["Shippea Hill", "Lakenheath", "Brandon", "Harling Road", "Eccles Road", "Spooner Row", "Attleborough", "Wymondham",
     "Thetford", "Hethersett"],
    ["Heckington", "Metheringham", "Nocton", "Potterhanworth", "Branston", "Ruskington", "Digby", "Scopwick"],
    ["Llanwrda", "Cynghordy", "Sugar Loaf", "Llangynllo", "Knucklas", "Dolau", "Llandovery", "Pantyffynnon"],
]  # fmt: skip
XING_ROADS = ["Station Road", "Moor Lane", "Mill Lane", "Church Lane", "Main Street", "Carr Lane", "B1228", "B1249",
              "A614", "B6479", "A1079", "B1112"]  # fmt: skip
XING_SUFFIXES = ["", " Station", " Moor", " Lane", " Farm", " Footpath", " Mill", " Drove"]
XING_TYPES = ["MCB", "MCB-CCTV", "AHB", "AHB", "AHB", "AOCL", "UWC", "UWC", "UWC", "FP", "FP"]
INSPECTORS = [
    ("Hannah Clough", "Senior LCM", "Eastern"), ("Richard Dyson", "LCM", "Eastern"), ("Priya Chauhan", "LCM", "Eastern"),
    ("Stuart Varley", "LCM", "Eastern"), ("Ceri Lloyd", "Senior LCM", "Wales & Western"), ("Owain Price", "LCM", "Wales & Western"),
    ("Fiona McAllister", "Senior LCM", "North West & Central"), ("Daniel Rigg", "LCM", "North West & Central"),
    ("Tom Ashworth", "Trainee LCM", "Eastern"), ("Sophie Wray", "Trainee LCM", "North West & Central"),
]  # fmt: skip
INCIDENT_TYPES = ["near miss", "near miss", "near miss", "misuse", "misuse", "barrier strike", "equipment failure",
                  "equipment failure", "vehicle struck by train", "trespass"]  # fmt: skip


def build_levelcrossings(path: Path) -> None:
    r = random.Random(99006)
    c = fresh(
        path,
        """
        CREATE TABLE rail_lines (
            line_id INTEGER PRIMARY KEY, line_name TEXT NOT NULL, elr TEXT NOT NULL UNIQUE, region TEXT NOT NULL,
            line_speed_mph INTEGER NOT NULL);
        CREATE TABLE crossings (
            crossing_id INTEGER PRIMARY KEY, crossing_name TEXT NOT NULL, line_id INTEGER NOT NULL REFERENCES rail_lines(line_id),
            mileage REAL NOT NULL, crossing_type TEXT NOT NULL, road_name TEXT, vehicles_per_day INTEGER,
            risk_score TEXT NOT NULL, commissioned_year INTEGER NOT NULL, closed_on TEXT);
        CREATE TABLE inspectors (
            inspector_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, grade TEXT NOT NULL, region TEXT NOT NULL,
            started_on TEXT NOT NULL);
        CREATE TABLE inspections (
            inspection_id INTEGER PRIMARY KEY, crossing_id INTEGER NOT NULL REFERENCES crossings(crossing_id),
            inspector_id INTEGER NOT NULL REFERENCES inspectors(inspector_id), inspection_date TEXT NOT NULL,
            inspection_status TEXT NOT NULL, time_on_site_s INTEGER, outcome TEXT, defects_found INTEGER);
        CREATE TABLE barrier_activations (
            activation_id INTEGER PRIMARY KEY, crossing_id INTEGER NOT NULL REFERENCES crossings(crossing_id),
            activation_date TEXT NOT NULL, lowered_at TEXT NOT NULL, down_time_s INTEGER NOT NULL, trains_passed INTEGER NOT NULL,
            vehicles_waiting INTEGER NOT NULL);
        CREATE TABLE incidents (
            incident_id INTEGER PRIMARY KEY, crossing_id INTEGER NOT NULL REFERENCES crossings(crossing_id),
            occurred_at TEXT NOT NULL, incident_type TEXT NOT NULL, train_delay_s INTEGER NOT NULL,
            reported_by INTEGER REFERENCES inspectors(inspector_id), resolved_at TEXT);
        """,
    )
    put(c, "rail_lines", [(i, *ln) for i, ln in enumerate(RAIL_LINES, 1)])
    xings = []
    used: set[str] = set()
    for li in range(1, len(RAIL_LINES) + 1):
        n = {1: 7, 2: 9, 3: 8, 4: 7, 5: 8, 6: 9, 7: 10, 8: 8, 9: 6}[li]
        miles = sorted(round(r.uniform(1, 60), 2) for _ in range(n))
        for m in miles:
            ctype = r.choice(XING_TYPES)
            if li == 1 and ctype in ("AHB", "AOCL"):
                ctype = "MCB-CCTV"
            nm = ""
            while not nm or nm in used:
                place = r.choice(XING_PLACES[li - 1])
                suffix = (
                    " Footpath"
                    if ctype == "FP"
                    else r.choice(XING_SUFFIXES[:5] if ctype != "UWC" else XING_SUFFIXES[4:])
                )
                nm = f"{place}{suffix}" if ctype != "UWC" or suffix != " Footpath" else f"{place} Farm"
            used.add(nm)
            road = None if ctype in ("FP", "UWC") else r.choice(XING_ROADS)
            vpd = None if ctype in ("FP", "UWC") else r.randint(150, 6500)
            risk = f"{r.choice('ABCDEFGHIJKLM')}{r.randint(1, 13)}"
            closed = (
                iso(day_in(r, D(2023, 3, 1), D(2025, 2, 28))) if ctype in ("FP", "UWC") and r.random() < 0.12 else None
            )
            xings.append((len(xings) + 1, nm, li, m, ctype, road, vpd, risk, r.randint(1958, 2019), closed))
    put(c, "crossings", xings)
    inspectors = []
    for i, (nm, grade, reg) in enumerate(INSPECTORS, 1):
        start = (
            day_in(r, D(2008, 1, 1), D(2021, 12, 31))
            if "Trainee" not in grade
            else day_in(r, D(2024, 1, 8), D(2024, 9, 30))
        )
        inspectors.append((i, nm, grade, reg, iso(start)))
    put(c, "inspectors", inspectors)
    region_of = {li: ln[2] for li, ln in enumerate(RAIL_LINES, 1)}
    insp = []
    for x in xings:
        freq = {"MCB": 70, "MCB-CCTV": 70, "AHB": 45, "AOCL": 60, "UWC": 120, "FP": 150}[x[4]]
        d = FIRST + dt.timedelta(days=r.randint(0, freq))
        stop = D.fromisoformat(x[9]) if x[9] else D(2025, 8, 31)
        while d < stop:
            who = [i for i in inspectors if i[3] == region_of[x[2]] and i[4] <= iso(d)]
            if d.weekday() >= 5:
                d += dt.timedelta(days=7 - d.weekday())
            if d > LAST:
                if d <= D(2025, 8, 31):
                    insp.append((x[0], r.choice(who)[0], iso(d), "planned", None, None, None))
                break
            skipped = r.random() < 0.04
            if not skipped:
                defects = r.choices([0, 1, 2, 3, 5], weights=[12, 5, 2, 1, 0.4])[0]
                outcome = "PASS" if defects == 0 else ("MINOR" if defects < 3 else "MAJOR")
                secs = r.randint(900, 3600) + defects * r.randint(300, 900) + (1200 if x[4].startswith("MCB") else 0)
                insp.append((x[0], r.choice(who)[0], iso(d), "done", secs, outcome, defects))
            d += dt.timedelta(days=freq + r.randint(-7, 10))
    insp.sort(key=lambda t: (t[2], t[0]))
    put(c, "inspections", [(i, *t) for i, t in enumerate(insp, 1)])
    acts = []
    barrier = [x for x in xings if x[4] in ("MCB", "MCB-CCTV", "AHB", "AOCL")]
    for _ in range(3200):
        x = r.choice(barrier)
        d = day_in(r, FIRST, LAST)
        t = r.randint(5 * 60, 23 * 60 + 30)
        trains = r.choices([1, 2, 3], weights=[8, 3, 1])[0]
        base = {"MCB": 150, "MCB-CCTV": 165, "AHB": 48, "AOCL": 42}[x[4]]
        down = int(base * r.uniform(0.8, 1.5) + (trains - 1) * r.randint(40, 140))
        if r.random() < 0.03:
            down += r.randint(300, 1500)
        waiting = int((x[6] or 200) / 1000 * down / 60 * r.uniform(0.5, 2.5))
        acts.append((x[0], iso(d), f"{hhmm(t)}:{r.randint(0, 59):02d}", down, trains, waiting))
    acts.sort(key=lambda a: (a[1], a[2], a[0]))
    put(c, "barrier_activations", [(i, *a) for i, a in enumerate(acts, 1)])
    incs = []
    for d in sorted(day_in(r, FIRST, LAST) for _ in range(165)):
        x = r.choice(xings)
        while x[9] and x[9] <= iso(d):
            x = r.choice(xings)
        itype = r.choice(INCIDENT_TYPES)
        if itype in ("barrier strike", "equipment failure") and x[4] in ("UWC", "FP"):
            itype = "misuse"
        if itype == "vehicle struck by train" and x[4] == "FP":
            itype = "near miss"
        t = r.randint(6 * 60, 22 * 60)
        delay = {"near miss": r.choice([0, 0, 0, 60, 120, 240]), "misuse": r.choice([0, 0, 90, 180]),
                 "barrier strike": r.randint(600, 5400), "equipment failure": r.randint(900, 10800),
                 "vehicle struck by train": r.randint(7200, 21600), "trespass": r.choice([0, 300, 600, 1200])}[itype]  # fmt: skip
        who = [i[0] for i in inspectors if i[3] == region_of[x[2]] and i[4] <= iso(d)]
        rep = r.choice(who) if r.random() < 0.7 else None
        resolve = t + r.randint(20, 60 * 30) if itype not in ("equipment failure", "barrier strike", "vehicle struck by train") \
            else t + r.randint(120, 60 * 72)  # fmt: skip
        res = stamp(d, resolve)
        if res > f"{LAST} 23:59" or (d > D(2025, 5, 25) and r.random() < 0.4):
            res = None
        incs.append((len(incs) + 1, x[0], stamp(d, t), itype, delay, rep, res))
    put(c, "incidents", incs)
    finish(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "spedycja": build_spedycja,
    "aircargo": build_aircargo,
    "railfreight": build_railfreight,
    "postrounds": build_postrounds,
    "roadmarking": build_roadmarking,
    "levelcrossings": build_levelcrossings,
}
