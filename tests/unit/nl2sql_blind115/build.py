"""Six synthetic databases on travel, transport and hospitality for the 115th blind corpus of the offline translator.

Every database is deterministic (its own ``random.Random`` seed, no wall-clock time); the data ends on 2025-06-14
and "today" is 2025-06-15.  Dates are ISO text 'YYYY-MM-DD'; times of day are separate local 'HH:MM' text columns
(24-hour clock); durations are whole minutes; money is held in the local currency's minor unit (haler, cents,
centavos, pence).  Every schema declares its foreign keys; two of them refer to their own table (a station's next
stop, a guest's referrer).

lokalka -- a Czech regional branch-line railway (Czech names, no diacritics), runs from 2025-01-01 to 2025-06-14
    trat: one row per line.  trat_id; cislo the timetable line number as text ('251', '253', '254'); nazev the
        line's name ('Tisnov - Zdar nad Sazavou').
    stanice: stations and halts.  stanice_id; nazev the station name; trat_id the line it lies on (-> trat);
        km_poloha its position along the line in km from the first station (0.0); ma_pokladnu 1 = has a staffed
        ticket office, 0 = none (tickets bought on the train); nasledujici_stanice_id the next station along the
        line in the direction of increasing km (-> stanice, a self-reference; NULL at the far terminus).
    souprava: the rolling stock (railcars).  souprava_id; oznaceni the unit's number ('814.031'); rada its class
        ('809', '810', '814', '842', '854'); rok_vyroby the year built; pocet_mist its seats; v_provozu 1 = still
        in service, 0 = withdrawn.
    zamestnanec: staff.  zamestnanec_id; jmeno first name; prijmeni surname (women's surnames end in -ova/-a);
        funkce the role: 'strojvedouci' = train driver, 'pruvodci' = conductor, 'vypravci' = dispatcher;
        datum_nastupu the hire date.
    spoj: the timetabled services.  spoj_id; cislo_vlaku the train number ('Os 4901' = stopping train, 'Sp 1841' =
        semi-fast); trat_id (-> trat); vychozi_stanice_id and cilova_stanice_id the first and last stations
        (-> stanice); odjezd and prijezd the departure and arrival time 'HH:MM'; jizdni_doba_min the journey time
        in minutes; dny_provozu the days it runs: 'D' = daily, 'P' = weekdays (Monday-Friday) only, 'V' = weekends
        only (the line 254 trains, which run from April).
    jizda: one run of a service on a date.  jizda_id; spoj_id (-> spoj); datum the date; souprava_id the unit used
        (-> souprava, NULL when the train did not run); strojvedouci_id the driver and pruvodci_id the conductor
        (-> zamestnanec; the conductor is NULL on the one-person lines 253 and 254, both NULL when the train did
        not run); stav the outcome: 'J' = ran, 'Z' = cancelled, 'N' = replaced by a bus (nahradni autobusova
        doprava; all line 253 runs from 7 to 27 April 2025); zpozdeni_min the arrival delay in minutes (0 = on
        time; NULL unless the train ran).
    jizdenka: tickets sold for a run (runs that ran or were replaced by a bus).  jizdenka_id; jizda_id (-> jizda);
        nastupni_stanice_id the boarding and vystupni_stanice_id the alighting station (-> stanice); druh the fare
        type: 'Z' = full adult fare, 'S' = student, 'SE' = senior, 'D' = child (the three reduced fares are half);
        cena_hal the price in haler (100 haler = 1 Kc, Czech crown); platba how it was paid: 'hotove' = cash,
        'karta' = bank card, 'aplikace' = mobile app.

lappisafarit -- a Lapland safari and tour operator (Finnish names), departures 2023-11-15 to 2025-06-14
    oppaat: guides.  opas_id; etunimi first name; sukunimi surname; kielet the languages spoken, comma-separated
        ISO codes ('fi,en,de'; 'ja' = Japanese, 'zh' = Chinese, 'sv' = Swedish ...); palkattu the hire date;
        kausityo 1 = seasonal contract, 0 = permanent.
    retket: the tours on offer.  retki_id; nimi the tour name; tyyppi its kind: 'husky' = husky sled, 'poro' =
        reindeer, 'kelkka' = snowmobile, 'revontulet' = northern lights (aurora) hunt, 'lumikenka' = snowshoe hike,
        'kalastus' = ice fishing, 'melonta' = canoeing, 'vaellus' = hiking, 'kulta' = gold panning, 'sauna' = ice
        swimming and sauna; kesto_min the length in minutes; hinta_aikuinen_snt the adult price and hinta_lapsi_snt
        the child price in euro cents (NULL = children are not taken); max_osallistujat the most people per
        departure.  Winter tours run from mid-November to mid-April, summer tours from June to mid-September.
    lahdot: departures of a tour.  lahto_id; retki_id (-> retket); pvm the date; klo the start time 'HH:MM';
        opas_id the guide assigned (-> oppaat); peruttu 1 = the departure was cancelled, 0 = it went ahead;
        peruutuksen_syy why it was cancelled (NULL if not): 'saa' = bad weather, 'pakkanen' = extreme cold,
        'osallistujia liian vahan' = too few participants, 'opas sairas' = guide ill.
    asiakkaat: customers.  asiakas_id; etunimi; sukunimi; maa the home country (ISO code 'GB', 'DE', 'FI', ...);
        sahkoposti the e-mail address (NULL when booked through an agent without one).
    varaukset: bookings.  varaus_id; lahto_id (-> lahdot); asiakas_id (-> asiakkaat); aikuiset the number of
        adults and lapset of children; varattu the date the booking was made; tila its status: 'vahvistettu' =
        confirmed, 'peruttu' = cancelled (all bookings on a cancelled departure), 'ei saapunut' = no-show;
        kanava the sales channel: 'verkko' = web shop, 'hotelli' = hotel tour desk, 'agentti' = travel agent.
    palautteet: customer feedback after a confirmed booking.  palaute_id; varaus_id (-> varaukset); arvosana the
        score 1 (worst) to 5 (best); pvm the date given; kommentti free text or NULL.

pasajesbus -- a Mexican intercity coach company (Latin-American Spanish names), trips 2024-12-01 to 2025-06-14
    terminales: bus terminals.  terminal_id; nombre the terminal name; ciudad the city; estado the Mexican state.
    rutas: routes.  ruta_id; clave the route code ('MEX-QRO-D'); nombre the route name; clase the class of service:
        'ejecutivo' = executive, 'primera' = first class, 'economica' = economy; activa 1 = still operated, 0 =
        discontinued (MEX-AGS ran until January 2025).
    ruta_paradas: the route sequence, one row per stop of a route.  ruta_id (-> rutas); orden the stop's position
        (1 = origin); terminal_id (-> terminales); km_desde_origen the road distance from the origin in km;
        minutos_desde_origen the scheduled minutes from the origin's departure.
    autobuses: coaches.  autobus_id; numero_economico the fleet number painted on the coach ('3107'); marca the
        make; modelo_anio the model year; asientos the seats; tiene_wifi 1 = has wifi, 0 = none.
    conductores: drivers.  conductor_id; nombre first name; apellido surname; fecha_ingreso the hire date;
        licencia_vence the expiry date of the federal driving licence (some already expired).
    corridas: trips (one departure of a route on a date).  corrida_id; ruta_id (-> rutas); fecha the date;
        hora_salida the departure time 'HH:MM' from the origin; autobus_id (-> autobuses); conductor_id
        (-> conductores); estado 'completada' = ran, 'cancelada' = cancelled; retraso_min the arrival delay in
        minutes (NULL for cancelled trips).
    boletos: tickets.  boleto_id; corrida_id (-> corridas); origen_id and destino_id the boarding and alighting
        terminals (-> terminales); asiento the seat number; tipo_pasajero the passenger type: 'adulto' = adult,
        'nino' = child, 'estudiante' = student, 'maestro' = teacher, 'inapam' = senior with an INAPAM card (all but
        'adulto' pay half); precio_centavos the price in centavos (100 centavos = 1 Mexican peso); fecha_compra the
        purchase date; canal where it was bought: 'taquilla' = ticket office, 'web', 'app'; estado 'pagado' = paid,
        'cancelado' = cancelled and refunded (every ticket on a cancelled trip).

airporttransfers -- an airport transfer company at Faro airport, Portugal (English names, tbl_ prefix), 2024-01-01
to 2025-06-14
    tbl_zone: the resort zones.  zone_id; zone_code ('Z1'..'Z8'); zone_name ('Albufeira'); distance_km the road
        distance from the airport in km; base_fare_cents the fare for up to 4 passengers in euro cents.
    tbl_hotel: hotels and apartments served.  hotel_id; hotel_name; zone_id (-> tbl_zone); stars 1-5 (NULL for
        apartments, villas, hostels and campsites).
    tbl_vehicle: the fleet.  vehicle_id; plate the Portuguese number plate ('AA-12-BC'); vehicle_type 'SAL' =
        saloon car, 'MPV' = people carrier, 'MIN' = minibus, 'COA' = coach; make_model; seats the passenger seats;
        fuel 'D' = diesel, 'H' = hybrid, 'E' = electric.
    tbl_driver: drivers.  driver_id; first_name; last_name; hired_on the hire date; active 1 = still employed,
        0 = left.
    tbl_booking: transfer bookings.  booking_id; lead_name the lead passenger's name; pax the number of passengers;
        hotel_id (-> tbl_hotel); flight_no the flight ('FR1234'); direction 'ARR' = arrival, airport to hotel,
        'DEP' = departure, hotel to airport; transfer_date the date; pickup_time the pickup 'HH:MM' (flight landing
        time for arrivals, hotel pickup for departures); channel 'WEB' = own website, 'TOP' = tour operator, 'PHN' =
        phone; fare_cents the fare in euro cents; status 'DONE' = completed, 'CANC' = cancelled, 'NOSH' = no-show
        (the customer did not turn up; the vehicle still went).
    tbl_run: one vehicle journey, which may carry several bookings on the same flight to the same zone.  run_id;
        vehicle_id (-> tbl_vehicle); driver_id (-> tbl_driver); run_date; start_time 'HH:MM'; duration_min the
        driving time in minutes; km_driven the distance driven in km (one way).
    tbl_run_booking: which bookings each run carried (completed and no-show bookings; cancelled ones have no run).
        run_id (-> tbl_run); booking_id (-> tbl_booking).

campervans -- a UK campervan hire firm (English names, t_ prefix), hires picked up 2023-03-02 to 2025-06-14
    t_depot: depots.  depot_id; depot_name ('Edinburgh', 'London Heathrow'); region.
    t_van: the vans.  van_id; reg_plate the UK registration ('SA19 XGO'); model; berths how many it sleeps;
        year_built; home_depot_id (-> t_depot); daily_rate_pence the hire price per day in pence (100 pence = 1
        pound); odometer_miles the current mileage in miles; status 'A' = in the hire fleet, 'M' = off the road in
        the workshop, 'S' = sold.  Two vans bought in 2025 join the fleet after 15 June and have no hires yet.
    t_customer: customers.  customer_id; first_name; last_name; country (ISO code); birth_year; email (may be NULL).
    t_hire: hires.  hire_id; van_id (-> t_van); customer_id (-> t_customer); pickup_depot_id and return_depot_id
        (-> t_depot; different for a one-way hire); pickup_date; pickup_time 'HH:MM'; return_date the (planned)
        return date, the hire lasting return_date - pickup_date days; miles_out and miles_in the odometer in miles
        at pickup and at return (miles_in NULL while on hire, both NULL when cancelled); total_pence the hire price
        in pence (days x daily rate, extras, and a 95-pound one-way fee); status 'RETURNED' = completed, 'ON_HIRE' =
        out now, 'CANCELLED'.
    t_extra: optional extras.  extra_id; extra_name ('Bike rack'); price_per_day_pence.
    t_hire_extra: the extras on a hire.  hire_id (-> t_hire); extra_id (-> t_extra); qty how many.
    t_damage: damage found when a van came back.  damage_id; hire_id (-> t_hire); reported_on the date;
        description; repair_cost_pence the repair cost in pence (NULL while not yet assessed).

holidaycottages -- an Irish self-catering cottage agency (English names, tb_ prefix), arrivals 2023-01-01 to
2025-06-14
    tb_owner: the cottages' owners.  owner_id; owner_name; phone (may be NULL); commission_pct the agency's
        commission in percent of the booking value.
    tb_cottage: cottages.  cottage_id; cottage_name; owner_id (-> tb_owner); county ('Kerry', 'Clare', 'Galway',
        'Mayo', 'Donegal', 'Cork'); bedrooms; sleeps how many guests it sleeps; pets_allowed 'Y' or 'N'; km_to_beach
        the distance to the nearest beach in km (NULL inland); nightly_rate_cents the price per night in euro cents
        (a quarter more in July and August); active 1 = let, 0 = withdrawn or not yet open.
    tb_guest: guests.  guest_id; first_name; last_name; country (ISO code); email (may be NULL);
        referred_by_guest_id the guest who recommended them (-> tb_guest, a self-reference; NULL for most).
    tb_stay: bookings of a cottage.  stay_id; cottage_id (-> tb_cottage); guest_id (-> tb_guest); booked_on the
        date booked; arrival_date; nights; adults; children; pets the number of pets; total_cents the booking value
        in euro cents (nights x rate plus 25 euros a pet); status 'DONE' = completed stay, 'INH' = in house (the
        guests are there now), 'CANC' = cancelled; checkin_time the arrival time 'HH:MM' (NULL when cancelled).
    tb_review: guest reviews of a completed stay.  review_id; stay_id (-> tb_stay); rating 1 to 10; review_date;
        comment (may be NULL).
    tb_cleaning: cleanings.  cleaning_id; cottage_id (-> tb_cottage); cleaner_name; clean_date; start_time 'HH:MM';
        duration_min the time taken in minutes; deep_clean 1 = the yearly January deep clean, 0 = a changeover
        clean after a stay.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from nl2sql_data.sqlite_build import FIRST_NAMES, LAST_NAMES, day_between, full_names, iso, write_tables


def _hm(minutes: int) -> str:
    """Minutes after midnight as 'HH:MM' (wrapping past midnight)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _mins(hm: str) -> int:
    h, m = hm.split(":")
    return int(h) * 60 + int(m)


def _pick(r: random.Random, weighted: dict[Any, float]) -> Any:
    return r.choices(list(weighted), weights=list(weighted.values()))[0]


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


END = dt.date(2025, 6, 14)


# ---------------------------------------------------------------------------------------------------------------
# 1. lokalka (Czech): a regional branch-line railway
# ---------------------------------------------------------------------------------------------------------------

_LK_DDL = """
CREATE TABLE trat (
    trat_id INTEGER PRIMARY KEY,
    cislo TEXT NOT NULL,
    nazev TEXT NOT NULL
);
CREATE TABLE stanice (
    stanice_id INTEGER PRIMARY KEY,
    nazev TEXT NOT NULL,
    trat_id INTEGER NOT NULL REFERENCES trat(trat_id),
    km_poloha REAL NOT NULL,
    ma_pokladnu INTEGER NOT NULL,
    nasledujici_stanice_id INTEGER REFERENCES stanice(stanice_id)
);
CREATE TABLE souprava (
    souprava_id INTEGER PRIMARY KEY,
    oznaceni TEXT NOT NULL,
    rada TEXT NOT NULL,
    rok_vyroby INTEGER NOT NULL,
    pocet_mist INTEGER NOT NULL,
    v_provozu INTEGER NOT NULL
);
CREATE TABLE zamestnanec (
    zamestnanec_id INTEGER PRIMARY KEY,
    jmeno TEXT NOT NULL,
    prijmeni TEXT NOT NULL,
    funkce TEXT NOT NULL,
    datum_nastupu TEXT NOT NULL
);
CREATE TABLE spoj (
    spoj_id INTEGER PRIMARY KEY,
    cislo_vlaku TEXT NOT NULL,
    trat_id INTEGER NOT NULL REFERENCES trat(trat_id),
    vychozi_stanice_id INTEGER NOT NULL REFERENCES stanice(stanice_id),
    cilova_stanice_id INTEGER NOT NULL REFERENCES stanice(stanice_id),
    odjezd TEXT NOT NULL,
    prijezd TEXT NOT NULL,
    jizdni_doba_min INTEGER NOT NULL,
    dny_provozu TEXT NOT NULL
);
CREATE TABLE jizda (
    jizda_id INTEGER PRIMARY KEY,
    spoj_id INTEGER NOT NULL REFERENCES spoj(spoj_id),
    datum TEXT NOT NULL,
    souprava_id INTEGER REFERENCES souprava(souprava_id),
    strojvedouci_id INTEGER REFERENCES zamestnanec(zamestnanec_id),
    pruvodci_id INTEGER REFERENCES zamestnanec(zamestnanec_id),
    stav TEXT NOT NULL,
    zpozdeni_min INTEGER
);
CREATE TABLE jizdenka (
    jizdenka_id INTEGER PRIMARY KEY,
    jizda_id INTEGER NOT NULL REFERENCES jizda(jizda_id),
    nastupni_stanice_id INTEGER NOT NULL REFERENCES stanice(stanice_id),
    vystupni_stanice_id INTEGER NOT NULL REFERENCES stanice(stanice_id),
    druh TEXT NOT NULL,
    cena_hal INTEGER NOT NULL,
    platba TEXT NOT NULL
);
"""

_CZ_MEN = ["Jan", "Petr", "Tomas", "Martin", "Jiri", "Pavel", "Lukas", "Jakub", "Michal", "Zdenek", "Milan",
           "Vladimir", "Karel", "Josef", "Ondrej"]  # fmt: skip
_CZ_WOMEN = ["Eva", "Jana", "Lenka", "Hana", "Petra", "Marketa", "Veronika", "Katerina", "Lucie", "Tereza"]
_CZ_SURNAMES = ["Novak", "Svoboda", "Dvorak", "Cerny", "Prochazka", "Kucera", "Vesely", "Horak", "Nemec", "Pokorny",
                "Marek", "Pospisil", "Hajek", "Jelinek", "Kral", "Ruzicka", "Benes", "Fiala", "Sedlacek", "Dolezal",
                "Zeman", "Kolar", "Navratil", "Cermak"]  # fmt: skip


def _cz_female(surname: str) -> str:
    if surname.endswith("y"):
        return surname[:-1] + "a"
    if surname.endswith("a"):
        return surname[:-1] + "ova"
    return surname + "ova"


def build_lokalka(path: Path) -> None:
    r = random.Random(115_001)
    trate = [(1, "251", "Tisnov - Zdar nad Sazavou"), (2, "253", "Vranovice - Pohorelice"),
             (3, "254", "Hrusovany nad Jevisovkou - Hevlin")]  # fmt: skip
    lines = {
        1: [("Tisnov", 0.0, 1), ("Predklasteri", 1.6, 0), ("Zelezne", 4.2, 0), ("Dolni Loucky", 8.1, 0),
            ("Borac", 13.5, 0), ("Nedvedice", 19.8, 1), ("Rozna", 24.0, 0), ("Bystrice nad Pernstejnem", 31.7, 1),
            ("Rozinka", 36.2, 0), ("Nove Mesto na Morave", 47.9, 1), ("Zdar nad Sazavou", 58.4, 1)],
        2: [("Vranovice", 0.0, 1), ("Pribice", 3.1, 0), ("Ivan", 6.4, 0), ("Vlasatice", 9.8, 0),
            ("Pohorelice", 14.6, 1)],
        3: [("Hrusovany nad Jevisovkou", 0.0, 1), ("Hrusovany zastavka", 1.2, 0), ("Hrabetice", 5.3, 0),
            ("Hevlin", 9.7, 0)],
    }  # fmt: skip
    stanice = []
    line_ids: dict[int, list[int]] = {}
    km: dict[int, float] = {}
    sid = 0
    for t, sts in lines.items():
        ids = list(range(sid + 1, sid + len(sts) + 1))
        line_ids[t] = ids
        for i, (name, k, office) in enumerate(sts):
            nxt = ids[i + 1] if i + 1 < len(ids) else None
            stanice.append((ids[i], name, t, k, office, nxt))
            km[ids[i]] = k
        sid += len(sts)

    soupravy = [
        (1, "810.412", "810", 1979, 55, 1), (2, "810.455", "810", 1980, 55, 1), (3, "810.501", "810", 1981, 55, 1),
        (4, "810.622", "810", 1983, 55, 0), (5, "810.288", "810", 1977, 55, 0), (6, "814.031", "814", 2006, 84, 1),
        (7, "814.034", "814", 2006, 84, 1), (8, "814.120", "814", 2008, 84, 1), (9, "842.012", "842", 1993, 88, 1),
        (10, "842.019", "842", 1994, 88, 1), (11, "854.027", "854", 1997, 48, 1), (12, "809.345", "809", 1987, 55, 0),
    ]  # fmt: skip
    unit_pool = {1: {6: 5, 7: 5, 8: 4, 9: 3, 10: 1, 11: 3}, 2: {1: 3, 2: 3, 6: 1}, 3: {3: 4, 2: 1}}

    roles = ["strojvedouci"] * 11 + ["pruvodci"] * 9 + ["vypravci"] * 4
    staff = []
    used_names: set[tuple[str, str]] = set()
    for i, role in enumerate(roles, start=1):
        while True:
            if r.random() < (0.15 if role == "strojvedouci" else 0.55):
                first, last = r.choice(_CZ_WOMEN), _cz_female(r.choice(_CZ_SURNAMES))
            else:
                first, last = r.choice(_CZ_MEN), r.choice(_CZ_SURNAMES)
            if (first, last) not in used_names:
                used_names.add((first, last))
                break
        hired = day_between(r, dt.date(1988, 3, 1), dt.date(2024, 9, 1))
        staff.append((i, first, last, role, iso(hired)))
    drivers = {1: {1: 9, 2: 7, 3: 6, 4: 5, 5: 4, 6: 2}, 2: {7: 5, 8: 4, 9: 2}, 3: {10: 3, 11: 2}}
    conductors = {12: 6, 13: 5, 14: 5, 15: 4, 16: 3, 17: 3, 18: 2, 19: 1}  # 20 works in the office

    a, b = line_ids[1][0], line_ids[1][-1]
    mid = line_ids[1][5]
    c, d = line_ids[2][0], line_ids[2][-1]
    e, f = line_ids[3][0], line_ids[3][-1]
    plan = [
        ("Os 4901", 1, a, b, "05:12", 84, "D"), ("Os 4903", 1, a, b, "07:40", 84, "D"),
        ("Sp 1841", 1, a, b, "11:05", 63, "D"), ("Os 4907", 1, a, b, "15:20", 84, "P"),
        ("Os 4909", 1, a, b, "18:45", 84, "D"), ("Os 4900", 1, b, a, "05:30", 84, "P"),
        ("Os 4902", 1, b, a, "08:55", 84, "D"), ("Sp 1840", 1, b, a, "13:10", 63, "D"),
        ("Os 4906", 1, b, a, "16:50", 84, "D"), ("Os 4908", 1, b, a, "20:15", 84, "D"),
        ("Os 4921", 1, a, mid, "06:30", 31, "P"), ("Os 4922", 1, mid, a, "07:15", 31, "P"),
        ("Os 4811", 2, c, d, "06:05", 22, "P"), ("Os 4812", 2, d, c, "06:40", 22, "P"),
        ("Os 4813", 2, c, d, "14:10", 22, "D"), ("Os 4814", 2, d, c, "14:45", 23, "D"),
        ("Os 4701", 3, e, f, "09:15", 12, "V"), ("Os 4702", 3, f, e, "09:40", 12, "V"),
        ("Os 4703", 3, e, f, "16:15", 12, "V"), ("Os 4704", 3, f, e, "16:40", 13, "V"),
    ]  # fmt: skip
    spoje = [(i, num, t, s, z, dep, _hm(_mins(dep) + dur), dur, days)
             for i, (num, t, s, z, dep, dur, days) in enumerate(plan, start=1)]  # fmt: skip

    jizdy = []
    jizdenky = []
    jid = tid = 0
    for dd in _days(dt.date(2025, 1, 1), END):
        weekend = dd.weekday() >= 5
        for sp in spoje:
            sp_id, num, t, s, z, dep, _arr, dur, days = sp
            if days == "P" and weekend:
                continue
            if days == "V" and (not weekend or dd < dt.date(2025, 4, 1)):
                continue
            jid += 1
            if t == 2 and dt.date(2025, 4, 7) <= dd <= dt.date(2025, 4, 27):
                stav = "N"
            else:
                x = r.random()
                stav = "Z" if x < 0.018 else "N" if x < 0.024 else "J"
            unit = driver = cond = delay = None
            if stav == "J":
                unit = _pick(r, unit_pool[t])
                driver = _pick(r, drivers[t])
                cond = _pick(r, conductors) if t == 1 else None
                x = r.random()
                winter = 1.6 if dd.month <= 2 else 1.0
                fast = 1.4 if num.startswith("Sp") else 1.0
                if x < 0.62:
                    delay = 0
                elif x < 0.87:
                    delay = r.randint(1, 5)
                elif x < 0.97:
                    delay = int(r.randint(6, 15) * winter)
                else:
                    delay = int(r.randint(16, 50) * winter * fast)
            jizdy.append((jid, sp_id, iso(dd), unit, driver, cond, stav, delay))
            if stav == "Z":
                continue
            ids = line_ids[t]
            seq = (
                ids[ids.index(s) : ids.index(z) + 1]
                if ids.index(s) < ids.index(z)
                else list(reversed(ids[ids.index(z) : ids.index(s) + 1]))
            )
            mean = {1: 2.6, 2: 1.5, 3: 4.5}[t]
            for _ in range(max(0, int(r.gauss(mean, 1.6) + 0.5))):
                i = 0 if r.random() < 0.45 else r.randrange(len(seq) - 1)
                j = len(seq) - 1 if r.random() < 0.5 else r.randrange(i + 1, len(seq))
                dist = abs(km[seq[j]] - km[seq[i]])
                full = max(14, round(8 + dist * 1.9))
                kind = _pick(r, {"Z": 55, "S": 20, "SE": 15, "D": 10})
                price = full if kind == "Z" else (full + 1) // 2
                pay = _pick(r, {"hotove": 40, "karta": 35, "aplikace": 25})
                tid += 1
                jizdenky.append((tid, jid, seq[i], seq[j], kind, price * 100, pay))

    write_tables(path, _LK_DDL, {
        "trat": trate, "stanice": stanice, "souprava": soupravy, "zamestnanec": staff, "spoj": spoje,
        "jizda": jizdy, "jizdenka": jizdenky,
    })  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# 2. lappisafarit (Finnish): a Lapland safari and tour operator
# ---------------------------------------------------------------------------------------------------------------

_LS_DDL = """
CREATE TABLE oppaat (
    opas_id INTEGER PRIMARY KEY,
    etunimi TEXT NOT NULL,
    sukunimi TEXT NOT NULL,
    kielet TEXT NOT NULL,
    palkattu TEXT NOT NULL,
    kausityo INTEGER NOT NULL
);
CREATE TABLE retket (
    retki_id INTEGER PRIMARY KEY,
    nimi TEXT NOT NULL,
    tyyppi TEXT NOT NULL,
    kesto_min INTEGER NOT NULL,
    hinta_aikuinen_snt INTEGER NOT NULL,
    hinta_lapsi_snt INTEGER,
    max_osallistujat INTEGER NOT NULL
);
CREATE TABLE lahdot (
    lahto_id INTEGER PRIMARY KEY,
    retki_id INTEGER NOT NULL REFERENCES retket(retki_id),
    pvm TEXT NOT NULL,
    klo TEXT NOT NULL,
    opas_id INTEGER REFERENCES oppaat(opas_id),
    peruttu INTEGER NOT NULL,
    peruutuksen_syy TEXT
);
CREATE TABLE asiakkaat (
    asiakas_id INTEGER PRIMARY KEY,
    etunimi TEXT NOT NULL,
    sukunimi TEXT NOT NULL,
    maa TEXT NOT NULL,
    sahkoposti TEXT
);
CREATE TABLE varaukset (
    varaus_id INTEGER PRIMARY KEY,
    lahto_id INTEGER NOT NULL REFERENCES lahdot(lahto_id),
    asiakas_id INTEGER NOT NULL REFERENCES asiakkaat(asiakas_id),
    aikuiset INTEGER NOT NULL,
    lapset INTEGER NOT NULL,
    varattu TEXT NOT NULL,
    tila TEXT NOT NULL,
    kanava TEXT NOT NULL
);
CREATE TABLE palautteet (
    palaute_id INTEGER PRIMARY KEY,
    varaus_id INTEGER NOT NULL REFERENCES varaukset(varaus_id),
    arvosana INTEGER NOT NULL,
    pvm TEXT NOT NULL,
    kommentti TEXT
);
"""


def build_lappisafarit(path: Path) -> None:
    r = random.Random(115_002)
    guides_src = [
        ("Aino", "Korhonen", "fi,en,de", "2015-11-01", 0), ("Eero", "Virtanen", "fi,en", "2012-10-15", 0),
        ("Juha", "Makinen", "fi,en,sv", "2018-11-10", 1), ("Kaisa", "Nieminen", "fi,en,fr", "2019-11-20", 1),
        ("Laura", "Heikkinen", "fi,en,ja", "2021-11-15", 1), ("Mikko", "Jarvinen", "fi,en", "2010-09-01", 0),
        ("Niko", "Lehtonen", "fi,en,de", "2022-11-14", 1), ("Oona", "Laine", "fi,en,zh", "2023-11-06", 1),
        ("Pekka", "Koskinen", "fi,en,sv,de", "2008-06-01", 0), ("Riikka", "Hamalainen", "fi,en,es", "2020-06-01", 1),
        ("Sanna", "Rantanen", "fi,en,fr,de", "2016-12-01", 0), ("Tuomas", "Salminen", "fi,en", "2023-06-01", 1),
        ("Ville", "Kallio", "fi,en,ja,zh", "2024-11-11", 1), ("Johanna", "Saarinen", "fi,en,it", "2025-06-02", 1),
    ]  # fmt: skip
    oppaat = [(i, *g) for i, g in enumerate(guides_src, start=1)]
    retket = [
        (1, "Huskysafari 5 km", "husky", 90, 14900, 9900, 12),
        (2, "Huskysafari 20 km", "husky", 240, 26900, None, 8),
        (3, "Koko paivan huskyretki", "husky", 420, 39900, None, 6),
        (4, "Porotila ja porosafari", "poro", 150, 13900, 7900, 20),
        (5, "Poroajelu revontulten alla", "poro", 180, 16900, 9900, 12),
        (6, "Moottorikelkkasafari 50 km", "kelkka", 180, 18900, 9500, 16),
        (7, "Moottorikelkkaretki eramaahan", "kelkka", 300, 24900, None, 12),
        (8, "Revontulijahti minibussilla", "revontulet", 240, 11900, 6900, 16),
        (9, "Revontuliretki lumikengilla", "revontulet", 180, 9900, 5900, 12),
        (10, "Lumikenkavaellus tunturissa", "lumikenka", 150, 7900, 4900, 15),
        (11, "Pilkkiretki jarvelle", "kalastus", 180, 8900, 5500, 10),
        (12, "Yottoman yon melontaretki", "melonta", 210, 9900, 6500, 10),
        (13, "Kesavaellus Saariselalla", "vaellus", 300, 8500, 5000, 14),
        (14, "Kullanhuuhdonta Tankavaarassa", "kulta", 120, 6900, 4500, 20),
        (15, "Joulupukin porotila", "poro", 120, 15900, 11900, 25),
        (16, "Avantouinti ja savusauna", "sauna", 120, 5900, None, 10),
    ]  # fmt: skip
    rk = {t[0]: t for t in retket}
    winter_w = {1: 14, 2: 5, 3: 2, 4: 10, 5: 5, 6: 12, 7: 4, 8: 11, 9: 6, 10: 6, 11: 5}
    summer_w = {12: 5, 13: 4, 14: 3}
    times = {1: ["09:30", "13:00"], 2: ["09:00"], 3: ["08:30"], 4: ["10:00", "14:00"], 5: ["19:30"],
             6: ["09:00", "13:30"], 7: ["09:00"], 8: ["20:30", "21:00"], 9: ["21:00"], 10: ["10:00"],
             11: ["11:00"], 12: ["21:30"], 13: ["10:00"], 14: ["11:00", "14:00"], 15: ["11:00", "13:00"]}  # fmt: skip
    # who guides what (guide ids with weights); winter and summer teams differ
    team = {
        "husky": {1: 3, 3: 5, 7: 4, 11: 2, 13: 2}, "poro": {2: 4, 9: 3, 5: 2, 8: 1},
        "kelkka": {6: 5, 3: 2, 7: 2, 2: 1}, "revontulet": {5: 4, 4: 4, 8: 3, 13: 3, 11: 2},
        "lumikenka": {4: 3, 11: 2, 1: 1}, "kalastus": {9: 3, 2: 2}, "melonta": {10: 4, 12: 3},
        "vaellus": {12: 3, 10: 2, 9: 2}, "kulta": {9: 3, 10: 2, 6: 1},
    }  # fmt: skip

    def guide_ok(g: int, dd: dt.date) -> bool:
        return dt.date.fromisoformat(guides_src[g - 1][3]) <= dd

    lahdot = []
    lid = 0
    for dd in _days(dt.date(2023, 11, 15), END):
        md = (dd.month, dd.day)
        products: list[int] = []
        if md >= (11, 15) or md <= (4, 15):
            k = r.randint(3, 5) if dd.month in (12, 1, 2, 3) else r.randint(1, 3)
            products = r.choices(list(winter_w), weights=list(winter_w.values()), k=k)
            if dd.month == 12 and dd.day <= 24:
                products.append(15)
        elif (6, 1) <= md <= (9, 15):
            products = r.choices(list(summer_w), weights=list(summer_w.values()), k=r.randint(1, 2))
        used: set[tuple[int, str]] = set()
        for p in products:
            klo = r.choice(times[p])
            if (p, klo) in used:
                continue
            used.add((p, klo))
            tyyppi = rk[p][2]
            cand = {g: w for g, w in team[tyyppi].items() if guide_ok(g, dd)}
            opas = _pick(r, cand) if cand else None
            x = r.random()
            syy = None
            if tyyppi in ("husky", "kelkka", "revontulet", "poro") and x < 0.05:
                syy = "pakkanen" if dd.month in (1, 2) and r.random() < 0.5 else "saa"
            elif x < 0.08:
                syy = "osallistujia liian vahan"
            elif x < 0.09:
                syy = "opas sairas"
            lid += 1
            lahdot.append((lid, p, iso(dd), klo, opas, 1 if syy else 0, syy))

    countries = {"GB": 24, "DE": 14, "FR": 11, "FI": 9, "NL": 6, "CN": 8, "JP": 6, "ES": 6, "IT": 5, "US": 7,
                 "SE": 4}  # fmt: skip
    n_cust = 1500
    names = full_names(r, n_cust)
    asiakkaat = []
    for i, nm in enumerate(names, start=1):
        first, last = nm.split(" ")
        mail = None if r.random() < 0.18 else f"{first.lower()}.{last.lower()}{r.randint(1, 99)}@example.com"
        asiakkaat.append((i, first, last, _pick(r, countries), mail))
    cust_w = [r.choice([1.0, 1.0, 1.0, 1.0, 1.5, 2.5]) for _ in range(n_cust)]
    cust_w[41] = 8.0  # a loyal repeat visitor

    varaukset = []
    vid = 0
    for lid, p, pvm, _klo, _opas, cancelled, _syy in lahdot:
        _, _, _, _, _, child_price, cap = rk[p]
        dd = dt.date.fromisoformat(pvm)
        n = r.randint(0, 4) if cancelled else _pick(r, {0: 6, 1: 14, 2: 18, 3: 16, 4: 12, 5: 8, 6: 5, 7: 3})
        seats = cap
        for _ in range(n):
            adults = _pick(r, {1: 22, 2: 48, 3: 12, 4: 14, 5: 3, 6: 1})
            kids = 0 if child_price is None else _pick(r, {0: 65, 1: 15, 2: 15, 3: 5})
            if adults + kids > seats:
                break
            seats -= adults + kids
            cust = r.choices(range(1, n_cust + 1), weights=cust_w)[0]
            lead = r.randint(0, 50) if p != 15 else r.randint(20, 150)
            booked = dd - dt.timedelta(days=lead)
            tila = "peruttu" if cancelled else _pick(r, {"vahvistettu": 90, "peruttu": 6, "ei saapunut": 4})
            kanava = _pick(r, {"verkko": 50, "hotelli": 30, "agentti": 20})
            vid += 1
            varaukset.append((vid, lid, cust, adults, kids, iso(booked), tila, kanava))

    guide_of = {t[0]: t[4] for t in lahdot}
    date_of = {t[0]: t[2] for t in lahdot}
    bias = {1: 0.3, 2: -0.2, 3: 0.4, 4: 0.1, 5: 0.5, 6: -0.6, 7: 0.0, 8: 0.2, 9: 0.1, 10: 0.3, 11: -0.1, 12: 0.0,
            13: 0.2, 14: 0.0}  # fmt: skip
    comments = ["Upea kokemus!", "Amazing dogs, great guide", "Liian kylma", "Wonderful, saw the northern lights",
                "Hieno opas", "Too short", "Kallis mutta hyva", "Unforgettable", "Kuljetus myohassa",
                "Great for kids"]  # fmt: skip
    palautteet = []
    pid = 0
    for vid, lid, _c, _a, _k, _b, tila, _kan in varaukset:
        if tila != "vahvistettu" or r.random() > 0.35:
            continue
        when = dt.date.fromisoformat(date_of[lid]) + dt.timedelta(days=r.randint(0, 7))
        if when > END:
            continue
        g = guide_of[lid]
        score = 4.2 + bias.get(g, 0.0) + r.gauss(0, 0.9)
        score = max(1, min(5, round(score)))
        pid += 1
        palautteet.append((pid, vid, score, iso(when), r.choice(comments) if r.random() < 0.4 else None))

    write_tables(path, _LS_DDL, {
        "oppaat": oppaat, "retket": retket, "lahdot": lahdot, "asiakkaat": asiakkaat, "varaukset": varaukset,
        "palautteet": palautteet,
    })  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# 3. pasajesbus (Latin-American Spanish): a Mexican intercity coach company
# ---------------------------------------------------------------------------------------------------------------

_PB_DDL = """
CREATE TABLE terminales (
    terminal_id INTEGER PRIMARY KEY,
    nombre TEXT NOT NULL,
    ciudad TEXT NOT NULL,
    estado TEXT NOT NULL
);
CREATE TABLE rutas (
    ruta_id INTEGER PRIMARY KEY,
    clave TEXT NOT NULL,
    nombre TEXT NOT NULL,
    clase TEXT NOT NULL,
    activa INTEGER NOT NULL
);
CREATE TABLE ruta_paradas (
    ruta_id INTEGER NOT NULL REFERENCES rutas(ruta_id),
    orden INTEGER NOT NULL,
    terminal_id INTEGER NOT NULL REFERENCES terminales(terminal_id),
    km_desde_origen INTEGER NOT NULL,
    minutos_desde_origen INTEGER NOT NULL,
    PRIMARY KEY (ruta_id, orden)
);
CREATE TABLE autobuses (
    autobus_id INTEGER PRIMARY KEY,
    numero_economico TEXT NOT NULL,
    marca TEXT NOT NULL,
    modelo_anio INTEGER NOT NULL,
    asientos INTEGER NOT NULL,
    tiene_wifi INTEGER NOT NULL
);
CREATE TABLE conductores (
    conductor_id INTEGER PRIMARY KEY,
    nombre TEXT NOT NULL,
    apellido TEXT NOT NULL,
    fecha_ingreso TEXT NOT NULL,
    licencia_vence TEXT NOT NULL
);
CREATE TABLE corridas (
    corrida_id INTEGER PRIMARY KEY,
    ruta_id INTEGER NOT NULL REFERENCES rutas(ruta_id),
    fecha TEXT NOT NULL,
    hora_salida TEXT NOT NULL,
    autobus_id INTEGER REFERENCES autobuses(autobus_id),
    conductor_id INTEGER REFERENCES conductores(conductor_id),
    estado TEXT NOT NULL,
    retraso_min INTEGER
);
CREATE TABLE boletos (
    boleto_id INTEGER PRIMARY KEY,
    corrida_id INTEGER NOT NULL REFERENCES corridas(corrida_id),
    origen_id INTEGER NOT NULL REFERENCES terminales(terminal_id),
    destino_id INTEGER NOT NULL REFERENCES terminales(terminal_id),
    asiento INTEGER NOT NULL,
    tipo_pasajero TEXT NOT NULL,
    precio_centavos INTEGER NOT NULL,
    fecha_compra TEXT NOT NULL,
    canal TEXT NOT NULL,
    estado TEXT NOT NULL
);
"""

_MX_NOMBRES = ["Jose", "Juan", "Luis", "Miguel", "Carlos", "Jorge", "Alejandro", "Ricardo", "Fernando", "Roberto",
               "Francisco", "Eduardo", "Maria", "Guadalupe", "Veronica", "Arturo", "Raul", "Hector"]  # fmt: skip
_MX_APELLIDOS = ["Hernandez", "Garcia", "Martinez", "Lopez", "Gonzalez", "Perez", "Rodriguez", "Sanchez", "Ramirez",
                 "Cruz", "Flores", "Gomez", "Morales", "Vazquez", "Reyes", "Jimenez", "Torres", "Diaz", "Gutierrez",
                 "Ruiz", "Mendoza", "Aguilar"]  # fmt: skip


def build_pasajesbus(path: Path) -> None:
    r = random.Random(115_003)
    terminales = [
        (1, "Terminal Central del Norte", "Ciudad de Mexico", "CDMX"),
        (2, "Terminal Poniente Observatorio", "Ciudad de Mexico", "CDMX"),
        (3, "Terminal TAPO", "Ciudad de Mexico", "CDMX"),
        (4, "Central de Autobuses Queretaro", "Queretaro", "Queretaro"),
        (5, "Central de Autobuses San Juan del Rio", "San Juan del Rio", "Queretaro"),
        (6, "Central Camionera Celaya", "Celaya", "Guanajuato"),
        (7, "Central de Autobuses Leon", "Leon", "Guanajuato"),
        (8, "Central de Autobuses Guanajuato", "Guanajuato", "Guanajuato"),
        (9, "Terminal Toluca", "Toluca", "Estado de Mexico"),
        (10, "Central de Autobuses Morelia", "Morelia", "Michoacan"),
        (11, "Central CAPU Puebla", "Puebla", "Puebla"),
        (12, "Terminal Cuernavaca Casino de la Selva", "Cuernavaca", "Morelos"),
        (13, "Central de Autobuses Pachuca", "Pachuca", "Hidalgo"),
        (14, "Central de Autobuses San Miguel de Allende", "San Miguel de Allende", "Guanajuato"),
        (15, "Terminal Tlaxcala", "Tlaxcala", "Tlaxcala"),
        (16, "Central de Autobuses Aguascalientes", "Aguascalientes", "Aguascalientes"),
        (17, "Terminal Central del Sur Tasquena", "Ciudad de Mexico", "CDMX"),
    ]  # fmt: skip
    # (clave, nombre, clase, activa, [(terminal, km, minutos)], salidas, probabilidad diaria)
    plan = [
        ("MEX-QRO-D", "Mexico Norte - Queretaro directo", "ejecutivo", 1, [(1, 0, 0), (4, 211, 175)],
         ["06:00", "15:00"], 0.95),
        ("MEX-QRO-S", "Mexico Norte - Queretaro via San Juan del Rio", "primera", 1,
         [(1, 0, 0), (5, 166, 140), (4, 211, 195)], ["07:30"], 0.9),
        ("MEX-LEO", "Mexico Norte - Leon", "ejecutivo", 1, [(1, 0, 0), (4, 211, 175), (6, 258, 225), (7, 385, 330)],
         ["08:00", "22:30"], 0.9),
        ("MEX-GTO", "Mexico Norte - Guanajuato", "primera", 1,
         [(1, 0, 0), (5, 166, 140), (4, 211, 195), (8, 362, 335)], ["09:15"], 0.85),
        ("MEX-SMA", "Mexico Norte - San Miguel de Allende", "primera", 1, [(1, 0, 0), (4, 211, 175), (14, 300, 265)],
         ["10:45"], 0.8),
        ("MEX-TOL", "Mexico Poniente - Toluca", "economica", 1, [(2, 0, 0), (9, 66, 65)],
         ["05:40", "13:20", "18:10"], 0.95),
        ("MEX-MOR", "Mexico Poniente - Morelia", "ejecutivo", 1, [(2, 0, 0), (9, 66, 65), (10, 302, 255)],
         ["23:00"], 0.9),
        ("MEX-PUE", "TAPO - Puebla", "primera", 1, [(3, 0, 0), (11, 131, 125)], ["06:30", "16:00"], 0.95),
        ("MEX-CUE", "Tasquena - Cuernavaca", "economica", 1, [(17, 0, 0), (12, 85, 80)], ["07:00"], 0.9),
        ("MEX-PAC", "Mexico Norte - Pachuca", "economica", 1, [(1, 0, 0), (13, 94, 90)], ["12:30"], 0.85),
        ("QRO-LEO", "Queretaro - Leon", "economica", 1, [(4, 0, 0), (6, 47, 50), (7, 174, 165)], ["17:45"], 0.8),
        ("MEX-AGS", "Mexico Norte - Aguascalientes", "ejecutivo", 0,
         [(1, 0, 0), (4, 211, 175), (7, 385, 330), (16, 512, 455)], ["21:00"], 0.7),
    ]  # fmt: skip
    rutas = [(i, p[0], p[1], p[2], p[3]) for i, p in enumerate(plan, start=1)]
    paradas = [(i, k, t, km, mins) for i, p in enumerate(plan, start=1) for k, (t, km, mins) in enumerate(p[4], 1)]

    marcas = {"Volvo": 4, "Irizar": 3, "Scania": 3, "Mercedes-Benz": 2, "MAN": 1}
    autobuses = []
    pools: dict[str, list[int]] = {"ejecutivo": [], "primera": [], "economica": []}
    for i in range(1, 37):
        clase = "ejecutivo" if i <= 10 else "primera" if i <= 23 else "economica"
        year = (
            r.randint(2016, 2024)
            if clase == "ejecutivo"
            else r.randint(2011, 2023)
            if clase == "primera"
            else r.randint(2008, 2020)
        )
        seats = (
            r.choice([24, 27, 30])
            if clase == "ejecutivo"
            else r.choice([40, 42, 44])
            if clase == "primera"
            else r.choice([44, 46, 47])
        )
        wifi = (
            1
            if clase == "ejecutivo"
            else (1 if r.random() < 0.7 else 0)
            if clase == "primera"
            else (1 if r.random() < 0.15 else 0)
        )
        autobuses.append((i, f"{3100 + i * 7}", _pick(r, marcas), year, seats, wifi))
        if i not in (9, 35):  # two coaches kept in reserve
            pools[clase].append(i)
    conductores = []
    seen: set[tuple[str, str]] = set()
    for i in range(1, 31):
        while True:
            nm = (r.choice(_MX_NOMBRES), r.choice(_MX_APELLIDOS))
            if nm not in seen:
                seen.add(nm)
                break
        ingreso = day_between(r, dt.date(2005, 1, 1), dt.date(2024, 8, 1))
        vence = day_between(r, dt.date(2025, 2, 1), dt.date(2027, 12, 31))
        conductores.append((i, nm[0], nm[1], iso(ingreso), iso(vence)))
    drv_w = {i: (8 if i == 7 else 1 + (i * 37 % 5)) for i in range(1, 31)}
    seat_of = {b[0]: b[4] for b in autobuses}
    rate = {"ejecutivo": 2.6, "primera": 2.0, "economica": 1.5}

    corridas = []
    boletos = []
    cid = bid = 0
    for dd in _days(dt.date(2024, 12, 1), END):
        for ruta_id, p in enumerate(plan, start=1):
            clave, _n, clase, _a, stops, salidas, prob = p
            if clave == "MEX-AGS" and dd > dt.date(2025, 1, 31):
                continue
            for hora in salidas:
                if r.random() > prob:
                    continue
                cid += 1
                cancel = r.random() < 0.04
                bus = r.choice(pools[clase])
                drv = _pick(r, drv_w)
                if cancel:
                    delay = None
                else:
                    x = r.random()
                    delay = (
                        0
                        if x < 0.5
                        else r.randint(1, 15)
                        if x < 0.85
                        else r.randint(16, 45)
                        if x < 0.97
                        else r.randint(46, 120)
                    )
                corridas.append((cid, ruta_id, iso(dd), hora, bus, drv, "cancelada" if cancel else "completada",
                                 delay))  # fmt: skip
                seats = list(range(1, seat_of[bus] + 1))
                r.shuffle(seats)
                for _ in range(max(0, int(r.gauss(2.6, 1.8) + 0.5))):
                    i = 0 if r.random() < 0.7 else r.randrange(len(stops) - 1)
                    j = len(stops) - 1 if r.random() < 0.7 else r.randrange(i + 1, len(stops))
                    km = stops[j][1] - stops[i][1]
                    tipo = _pick(r, {"adulto": 62, "nino": 10, "estudiante": 12, "maestro": 4, "inapam": 12})
                    pesos = round(km * rate[clase] + 35)
                    if tipo != "adulto":
                        pesos = round(pesos * 0.5)
                    bought = dd - dt.timedelta(days=_pick(r, {0: 35, 1: 15, 2: 10, 3: 8, 5: 8, 7: 8, 10: 8, 14: 8}))
                    canal = _pick(r, {"taquilla": 50, "web": 30, "app": 20})
                    estado = "cancelado" if cancel or r.random() < 0.04 else "pagado"
                    bid += 1
                    boletos.append((bid, cid, stops[i][0], stops[j][0], seats.pop(), tipo, pesos * 100, iso(bought),
                                    canal, estado))  # fmt: skip

    write_tables(path, _PB_DDL, {
        "terminales": terminales, "rutas": rutas, "ruta_paradas": paradas, "autobuses": autobuses,
        "conductores": conductores, "corridas": corridas, "boletos": boletos,
    })  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# 4. airporttransfers (English, tbl_ prefix): an airport transfer company at Faro, Portugal
# ---------------------------------------------------------------------------------------------------------------

_AT_DDL = """
CREATE TABLE tbl_zone (
    zone_id INTEGER PRIMARY KEY,
    zone_code TEXT NOT NULL,
    zone_name TEXT NOT NULL,
    distance_km INTEGER NOT NULL,
    base_fare_cents INTEGER NOT NULL
);
CREATE TABLE tbl_hotel (
    hotel_id INTEGER PRIMARY KEY,
    hotel_name TEXT NOT NULL,
    zone_id INTEGER NOT NULL REFERENCES tbl_zone(zone_id),
    stars INTEGER
);
CREATE TABLE tbl_vehicle (
    vehicle_id INTEGER PRIMARY KEY,
    plate TEXT NOT NULL,
    vehicle_type TEXT NOT NULL,
    make_model TEXT NOT NULL,
    seats INTEGER NOT NULL,
    fuel TEXT NOT NULL
);
CREATE TABLE tbl_driver (
    driver_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    hired_on TEXT NOT NULL,
    active INTEGER NOT NULL
);
CREATE TABLE tbl_booking (
    booking_id INTEGER PRIMARY KEY,
    lead_name TEXT NOT NULL,
    pax INTEGER NOT NULL,
    hotel_id INTEGER NOT NULL REFERENCES tbl_hotel(hotel_id),
    flight_no TEXT NOT NULL,
    direction TEXT NOT NULL,
    transfer_date TEXT NOT NULL,
    pickup_time TEXT NOT NULL,
    channel TEXT NOT NULL,
    fare_cents INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE tbl_run (
    run_id INTEGER PRIMARY KEY,
    vehicle_id INTEGER NOT NULL REFERENCES tbl_vehicle(vehicle_id),
    driver_id INTEGER NOT NULL REFERENCES tbl_driver(driver_id),
    run_date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    duration_min INTEGER NOT NULL,
    km_driven INTEGER NOT NULL
);
CREATE TABLE tbl_run_booking (
    run_id INTEGER NOT NULL REFERENCES tbl_run(run_id),
    booking_id INTEGER NOT NULL REFERENCES tbl_booking(booking_id),
    PRIMARY KEY (run_id, booking_id)
);
"""


def build_airporttransfers(path: Path) -> None:
    r = random.Random(115_004)
    zones = [(1, "Z1", "Faro", 8, 2500), (2, "Z2", "Quarteira / Vilamoura", 24, 3500), (3, "Z3", "Albufeira", 41, 4500),
             (4, "Z4", "Tavira", 35, 4500), (5, "Z5", "Armacao de Pera", 52, 5200), (6, "Z6", "Portimao", 66, 6000),
             (7, "Z7", "Lagos", 87, 7000), (8, "Z8", "Sagres", 117, 9500)]  # fmt: skip
    hotels_src = [
        ("Hotel Faro e Beach Club", 1, 4, 5), ("Ibis Faro Algarve", 1, 2, 3), ("Eva Senses Hotel", 1, 4, 4),
        ("Faro Old Town Apartments", 1, None, 1), ("Tivoli Marina Vilamoura", 2, 5, 8),
        ("Anantara Vilamoura", 2, 5, 5), ("Dom Pedro Marina", 2, 4, 6), ("Quarteira Sol", 2, 3, 4),
        ("Vilamoura Golf Villas", 2, None, 0), ("Pine Cliffs Resort", 3, 5, 9), ("Hotel Baia Grande", 3, 4, 5),
        ("Sao Rafael Atlantico", 3, 5, 6), ("Grand Muthu Oura", 3, 4, 10), ("Albufeira Jardim Apartments", 3, None, 7),
        ("Hotel Sol e Mar", 3, 4, 8), ("Clube Praia da Oura", 3, 3, 6), ("Hotel Montechoro", 3, 4, 4),
        ("Albufeira Old Town Hostel", 3, None, 0), ("Vila Gale Tavira", 4, 4, 6), ("Tavira Inn", 4, 3, 2),
        ("Pousada Convento da Graca", 4, 5, 2), ("Ilha de Tavira Camping", 4, None, 0),
        ("Vila Vita Parc", 5, 5, 4), ("Hotel Holiday Inn Algarve", 5, 4, 5), ("Armacao Beach Apartments", 5, None, 3),
        ("Jupiter Algarve Hotel", 6, 4, 6), ("Hotel Algarve Casino", 6, 4, 4), ("Pestana Alvor Praia", 6, 5, 5),
        ("Tivoli Alvor", 6, 4, 3), ("Portimao Riverside Apartments", 6, None, 0), ("Cascade Wellness Resort", 7, 5, 5),
        ("Hotel Lagos Avenida", 7, 4, 4), ("Dom Jose Beach Hotel", 7, 3, 3), ("Porto de Mos Villas", 7, None, 2),
        ("Martinhal Sagres", 8, 5, 3), ("Memmo Baleeira", 8, 4, 2), ("Sagres Surf Lodge", 8, None, 1),
    ]  # fmt: skip
    hotels = [(i, h[0], h[1], h[2]) for i, h in enumerate(hotels_src, start=1)]
    hotel_w = {i: h[3] for i, h in enumerate(hotels_src, start=1) if h[3]}
    zone_of = {i: h[1] for i, h in enumerate(hotels_src, start=1)}
    zinfo = {z[0]: z for z in zones}

    vehicles_src = [
        ("SAL", "Mercedes E-Class", 4, "D"), ("SAL", "Mercedes E-Class", 4, "H"), ("SAL", "Tesla Model 3", 4, "E"),
        ("SAL", "Skoda Superb", 4, "D"), ("SAL", "Tesla Model Y", 4, "E"), ("MPV", "Mercedes V-Class", 7, "D"),
        ("MPV", "Mercedes V-Class", 7, "D"), ("MPV", "VW Multivan", 7, "H"), ("MPV", "Mercedes eVito", 8, "E"),
        ("MPV", "Ford Tourneo", 8, "D"), ("MIN", "Mercedes Sprinter", 16, "D"), ("MIN", "Mercedes Sprinter", 16, "D"),
        ("MIN", "Iveco Daily", 19, "D"), ("MIN", "Mercedes eSprinter", 16, "E"), ("COA", "Setra S 515", 49, "D"),
        ("COA", "Irizar i6", 53, "D"),
    ]  # fmt: skip
    vehicles = []
    for i, (vt, mm, seats, fuel) in enumerate(vehicles_src, start=1):
        plate = (
            f"{r.choice('ABCDEFGHJKLMNPRSTUVXZ')}{r.choice('ABCDEFGHJKLMNPRSTUVXZ')}-{r.randint(10, 99)}-"
            f"{r.choice('ABCDEFGHJKLMNPRSTUVXZ')}{r.choice('ABCDEFGHJKLMNPRSTUVXZ')}"
        )
        vehicles.append((i, plate, vt, mm, seats, fuel))
    by_type: dict[str, list[int]] = {}
    for v in vehicles:
        by_type.setdefault(v[2], []).append(v[0])

    drivers_src = [
        ("Joao", "Silva", "2012-03-01", 1), ("Pedro", "Santos", "2015-05-10", 1), ("Rui", "Ferreira", "2016-04-01", 1),
        ("Ana", "Pereira", "2018-06-15", 1), ("Tiago", "Oliveira", "2019-03-20", 1), ("Miguel", "Costa", "2020-05-01", 1),
        ("Carla", "Rodrigues", "2021-04-12", 1), ("Nuno", "Martins", "2022-03-01", 1), ("Bruno", "Sousa", "2022-06-01", 1),
        ("Hugo", "Fernandes", "2023-04-03", 1), ("Sofia", "Goncalves", "2023-07-01", 1),
        ("Andre", "Gomes", "2024-03-15", 1), ("Ricardo", "Lopes", "2024-05-20", 1), ("Paulo", "Marques", "2014-02-01", 0),
        ("Vitor", "Alves", "2017-05-01", 0), ("Ines", "Ribeiro", "2025-05-05", 1),
    ]  # fmt: skip
    drivers = [(i, *d) for i, d in enumerate(drivers_src, start=1)]
    drv_base = {1: 9, 2: 8, 3: 7, 4: 6, 5: 6, 6: 5, 7: 5, 8: 4, 9: 4, 10: 3, 11: 3, 12: 3, 13: 2, 14: 6, 15: 5, 16: 2}
    left = {14: dt.date(2024, 9, 30), 15: dt.date(2024, 3, 31)}

    airlines = ["FR", "U2", "LS", "BY", "TOM", "EI", "KL", "TP", "W6", "BA"]
    flights = {}
    for _ in range(48):
        code = f"{r.choice(airlines)}{r.randint(100, 9899)}"
        flights[code] = (_hm(r.randrange(6 * 60, 23 * 60, 5)), _hm(r.randrange(6 * 60, 23 * 60, 5)))
    flight_w = {f: 1 + (i % 7) ** 1.3 for i, f in enumerate(flights)}
    month_w = {1: 3, 2: 4, 3: 6, 4: 9, 5: 10, 6: 12, 7: 14, 8: 15, 9: 11, 10: 8, 11: 4, 12: 4}

    bookings = []
    names = full_names(r, 1500)
    bk = 0
    for dd in _days(dt.date(2024, 1, 1), END):
        for _ in range(max(0, int(r.gauss(month_w[dd.month], 1.5) + 0.5))):
            bk += 1
            hotel = _pick(r, hotel_w)
            pax = _pick(r, {1: 15, 2: 45, 3: 12, 4: 15, 5: 4, 6: 3, 7: 2, 8: 1, 10: 1, 12: 1, 14: 1})
            flight = _pick(r, flight_w)
            direction = r.choice(["ARR", "DEP"])
            if direction == "ARR":
                pickup = flights[flight][0]
            else:
                pickup = _hm(_mins(flights[flight][1]) - 150 - zinfo[zone_of[hotel]][3] // 2)
            channel = _pick(r, {"WEB": 55, "TOP": 35, "PHN": 10})
            base = zinfo[zone_of[hotel]][4]
            fare = base * (1 if pax <= 4 else 1.5 if pax <= 8 else 2.5)
            if channel == "TOP":
                fare *= 0.9
            status = _pick(r, {"DONE": 90, "CANC": 7, "NOSH": 3})
            bookings.append((bk, r.choice(names), pax, hotel, flight, direction, iso(dd), pickup, channel,
                             round(fare / 100) * 100, status))  # fmt: skip

    groups: dict[tuple[str, str, str, int], list[tuple[Any, ...]]] = {}
    for b in bookings:
        if b[10] == "CANC":
            continue
        groups.setdefault((b[6], b[5], b[4], zone_of[b[3]]), []).append(b)
    runs = []
    links = []
    rid = 0
    for (day_s, _dir, _flight, zone), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[1][0][0])):
        dd = dt.date.fromisoformat(day_s)
        chunk: list[tuple[Any, ...]] = []
        chunks = []
        for b in members:
            if chunk and sum(x[2] for x in chunk) + b[2] > 16:
                chunks.append(chunk)
                chunk = []
            chunk.append(b)
        chunks.append(chunk)
        for ch in chunks:
            total = sum(x[2] for x in ch)
            vt = "SAL" if total <= 4 else "MPV" if total <= 7 else "MIN" if total <= 16 else "COA"
            if vt == "MIN" and r.random() < 0.1:
                vt = "COA"
            vehicle = r.choice(by_type[vt])
            cand = {d: w for d, w in drv_base.items()
                    if dt.date.fromisoformat(drivers_src[d - 1][2]) <= dd and dd <= left.get(d, END)}  # fmt: skip
            driver = _pick(r, cand)
            stops = len({x[3] for x in ch})
            dist = zinfo[zone][3]
            km = dist + 3 * (stops - 1) + r.randint(0, 6)
            dur = round(dist * 1.05 + 12 + 8 * (stops - 1) + r.randint(-5, 20))
            rid += 1
            runs.append((rid, vehicle, driver, day_s, ch[0][7], dur, km))
            links.extend((rid, x[0]) for x in ch)

    write_tables(path, _AT_DDL, {
        "tbl_zone": zones, "tbl_hotel": hotels, "tbl_vehicle": vehicles, "tbl_driver": drivers,
        "tbl_booking": bookings, "tbl_run": runs, "tbl_run_booking": links,
    })  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# 5. campervans (English, t_ prefix): a UK campervan hire firm
# ---------------------------------------------------------------------------------------------------------------

_CV_DDL = """
CREATE TABLE t_depot (
    depot_id INTEGER PRIMARY KEY,
    depot_name TEXT NOT NULL,
    region TEXT NOT NULL
);
CREATE TABLE t_van (
    van_id INTEGER PRIMARY KEY,
    reg_plate TEXT NOT NULL,
    model TEXT NOT NULL,
    berths INTEGER NOT NULL,
    year_built INTEGER NOT NULL,
    home_depot_id INTEGER NOT NULL REFERENCES t_depot(depot_id),
    daily_rate_pence INTEGER NOT NULL,
    odometer_miles INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE t_customer (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    country TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    email TEXT
);
CREATE TABLE t_hire (
    hire_id INTEGER PRIMARY KEY,
    van_id INTEGER NOT NULL REFERENCES t_van(van_id),
    customer_id INTEGER NOT NULL REFERENCES t_customer(customer_id),
    pickup_depot_id INTEGER NOT NULL REFERENCES t_depot(depot_id),
    return_depot_id INTEGER NOT NULL REFERENCES t_depot(depot_id),
    pickup_date TEXT NOT NULL,
    pickup_time TEXT NOT NULL,
    return_date TEXT NOT NULL,
    miles_out INTEGER,
    miles_in INTEGER,
    total_pence INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE t_extra (
    extra_id INTEGER PRIMARY KEY,
    extra_name TEXT NOT NULL,
    price_per_day_pence INTEGER NOT NULL
);
CREATE TABLE t_hire_extra (
    hire_id INTEGER NOT NULL REFERENCES t_hire(hire_id),
    extra_id INTEGER NOT NULL REFERENCES t_extra(extra_id),
    qty INTEGER NOT NULL,
    PRIMARY KEY (hire_id, extra_id)
);
CREATE TABLE t_damage (
    damage_id INTEGER PRIMARY KEY,
    hire_id INTEGER NOT NULL REFERENCES t_hire(hire_id),
    reported_on TEXT NOT NULL,
    description TEXT NOT NULL,
    repair_cost_pence INTEGER
);
"""


def build_campervans(path: Path) -> None:
    r = random.Random(115_005)
    depots = [(1, "Edinburgh", "Scotland"), (2, "Inverness", "Scotland"), (3, "Manchester", "North West England"),
              (4, "Bristol", "South West England"), (5, "London Heathrow", "London")]  # fmt: skip
    models = {
        "VW California Ocean": (4, 13900), "Ford Transit Nugget": (4, 12500), "Mercedes Marco Polo": (4, 14500),
        "Auto-Trail Tribute": (2, 9900), "Swift Escape 694": (6, 15900), "Roller Team Livingstone": (2, 8900),
    }  # fmt: skip
    fleet = [
        ("VW California Ocean", 1, 2019), ("VW California Ocean", 1, 2021), ("Ford Transit Nugget", 1, 2022),
        ("Swift Escape 694", 1, 2018), ("Auto-Trail Tribute", 1, 2017), ("VW California Ocean", 2, 2020),
        ("Mercedes Marco Polo", 2, 2022), ("Swift Escape 694", 2, 2019), ("Roller Team Livingstone", 2, 2016),
        ("VW California Ocean", 3, 2018), ("Ford Transit Nugget", 3, 2021), ("Auto-Trail Tribute", 3, 2019),
        ("Roller Team Livingstone", 3, 2017), ("Mercedes Marco Polo", 3, 2023), ("VW California Ocean", 4, 2022),
        ("Ford Transit Nugget", 4, 2020), ("Swift Escape 694", 4, 2021), ("Auto-Trail Tribute", 4, 2018),
        ("VW California Ocean", 5, 2023), ("Mercedes Marco Polo", 5, 2021), ("Ford Transit Nugget", 5, 2023),
        ("Roller Team Livingstone", 5, 2015), ("Swift Escape 694", 5, 2024), ("VW California Ocean", 5, 2025),
        ("Auto-Trail Tribute", 2, 2024), ("Mercedes Marco Polo", 4, 2025),
    ]  # fmt: skip
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    area = {1: "SA", 2: "SV", 3: "MA", 4: "WA", 5: "LK"}
    vans = []
    for i, (model, depot, year) in enumerate(fleet, start=1):
        age = f"{year % 100 if r.random() < 0.5 else (year % 100) + 50:02d}"
        plate = f"{area[depot]}{age} {''.join(r.choice(letters) for _ in range(3))}"
        vans.append([i, plate, model, models[model][0], year, depot, models[model][1], 0, "A"])
    sold = {22: dt.date(2024, 10, 31), 5: dt.date(2025, 2, 28)}
    in_service_from = {23: dt.date(2024, 3, 1), 25: dt.date(2024, 4, 1), 24: dt.date(2025, 6, 20),
                       26: dt.date(2025, 7, 1)}  # fmt: skip

    countries = {"GB": 55, "DE": 12, "NL": 8, "US": 8, "AU": 6, "FR": 4, "IE": 4, "CA": 3}
    names = full_names(r, 640)
    customers = []
    for i, nm in enumerate(names, start=1):
        first, last = nm.split(" ")
        email = None if r.random() < 0.08 else f"{first[0].lower()}{last.lower()}@mail.example"
        customers.append((i, first, last, _pick(r, countries), r.randint(1948, 2001), email))
    cust_w = [1.0] * len(customers)
    cust_w[17] = 6.0
    cust_w[203] = 4.0
    cust_w[388] = 3.5

    extras = [(1, "Bike rack", 500), (2, "Awning", 700), (3, "Camping chairs and table", 300), (4, "Dog kit", 400),
              (5, "Sat nav", 250), (6, "Portable BBQ", 200), (7, "Kayak", 1800)]  # fmt: skip
    extra_w = {1: 30, 2: 18, 3: 40, 4: 14, 5: 8, 6: 12}
    season = {1: 0.15, 2: 0.2, 3: 0.35, 4: 0.6, 5: 0.8, 6: 0.9, 7: 0.95, 8: 0.95, 9: 0.8, 10: 0.5, 11: 0.2, 12: 0.25}

    raw = []
    for van in vans:
        vid = van[0]
        odo = r.randint(800, 4000) + (2023 - min(van[4], 2023)) * 9000
        d0 = max(dt.date(2023, 3, 1), in_service_from.get(vid, dt.date(2023, 3, 1)))
        cur = d0 + dt.timedelta(days=r.randint(0, 10))
        stop = sold.get(vid, END)
        while cur <= stop:
            if r.random() > season[cur.month]:
                cur += dt.timedelta(days=r.randint(3, 12))
                continue
            nights = _pick(r, {3: 12, 4: 14, 5: 10, 7: 22, 10: 10, 14: 14, 16: 4, 21: 5, 28: 2})
            back = cur + dt.timedelta(days=nights)
            if vid in sold and back > stop:
                break
            cancelled = r.random() < 0.07
            miles = 0 if cancelled or back > END else int(nights * r.randint(55, 170))
            raw.append((vid, cur, back, odo, miles, cancelled))
            odo += miles
            cur = back + dt.timedelta(days=r.randint(1, 9))
        van[7] = odo + r.randint(10, 300)
        if vid in sold:
            van[8] = "S"
    raw.sort(key=lambda t: (t[1], t[0]))

    hires = []
    hire_extras = []
    damages = []
    descs = ["Scratched rear bumper", "Cracked windscreen", "Awning torn", "Dented sliding door", "Broken fridge",
             "Kerbed alloy wheel", "Wing mirror smashed", "Burn mark on worktop", "Missing gas bottle",
             "Water pump failure"]  # fmt: skip
    did = 0
    for hid, (vid, start, back, odo, miles, cancelled) in enumerate(raw, start=1):
        van = vans[vid - 1]
        home = van[5]
        ret = home if r.random() < 0.86 else r.choice([d for d in range(1, 6) if d != home])
        cust = r.choices(range(1, len(customers) + 1), weights=cust_w)[0]
        nights = (back - start).days
        chosen = {e: (2 if e == 3 and r.random() < 0.4 else 1) for e in extra_w if r.random() < extra_w[e] / 100}
        total = nights * van[6] + sum(extras[e - 1][2] * nights * q for e, q in chosen.items())
        if ret != home:
            total += 9500
        if cancelled:
            status, out, inn = "CANCELLED", None, None
        elif back > END:
            status, out, inn = "ON_HIRE", odo, None
        else:
            status, out, inn = "RETURNED", odo, odo + miles
        pickup = _pick(r, {"09:00": 5, "10:00": 8, "11:00": 6, "14:00": 12, "15:00": 10, "16:00": 6, "08:30": 2})
        hires.append((hid, vid, cust, home, ret, iso(start), pickup, iso(back), out, inn, total, status))
        hire_extras.extend((hid, e, q) for e, q in sorted(chosen.items()))
        if status == "RETURNED" and r.random() < 0.09:
            did += 1
            cost = None if back > dt.date(2025, 5, 20) or r.random() < 0.1 else r.randint(40, 900) * 100
            damages.append((did, hid, iso(back), r.choice(descs), cost))
    on_hire = {h[1] for h in hires if h[11] == "ON_HIRE"}
    for vid in [v for v in (13, 8, 9, 12, 3, 16) if v not in on_hire][:2]:  # two vans off the road in the workshop
        vans[vid - 1][8] = "M"
    vans = [tuple(v) for v in vans]

    write_tables(path, _CV_DDL, {
        "t_depot": depots, "t_van": vans, "t_customer": customers, "t_hire": hires, "t_extra": extras,
        "t_hire_extra": hire_extras, "t_damage": damages,
    })  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# 6. holidaycottages (English, tb_ prefix): an Irish self-catering cottage agency
# ---------------------------------------------------------------------------------------------------------------

_HC_DDL = """
CREATE TABLE tb_owner (
    owner_id INTEGER PRIMARY KEY,
    owner_name TEXT NOT NULL,
    phone TEXT,
    commission_pct REAL NOT NULL
);
CREATE TABLE tb_cottage (
    cottage_id INTEGER PRIMARY KEY,
    cottage_name TEXT NOT NULL,
    owner_id INTEGER NOT NULL REFERENCES tb_owner(owner_id),
    county TEXT NOT NULL,
    bedrooms INTEGER NOT NULL,
    sleeps INTEGER NOT NULL,
    pets_allowed TEXT NOT NULL,
    km_to_beach REAL,
    nightly_rate_cents INTEGER NOT NULL,
    active INTEGER NOT NULL
);
CREATE TABLE tb_guest (
    guest_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    country TEXT NOT NULL,
    email TEXT,
    referred_by_guest_id INTEGER REFERENCES tb_guest(guest_id)
);
CREATE TABLE tb_stay (
    stay_id INTEGER PRIMARY KEY,
    cottage_id INTEGER NOT NULL REFERENCES tb_cottage(cottage_id),
    guest_id INTEGER NOT NULL REFERENCES tb_guest(guest_id),
    booked_on TEXT NOT NULL,
    arrival_date TEXT NOT NULL,
    nights INTEGER NOT NULL,
    adults INTEGER NOT NULL,
    children INTEGER NOT NULL,
    pets INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    status TEXT NOT NULL,
    checkin_time TEXT
);
CREATE TABLE tb_review (
    review_id INTEGER PRIMARY KEY,
    stay_id INTEGER NOT NULL REFERENCES tb_stay(stay_id),
    rating INTEGER NOT NULL,
    review_date TEXT NOT NULL,
    comment TEXT
);
CREATE TABLE tb_cleaning (
    cleaning_id INTEGER PRIMARY KEY,
    cottage_id INTEGER NOT NULL REFERENCES tb_cottage(cottage_id),
    cleaner_name TEXT NOT NULL,
    clean_date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    duration_min INTEGER NOT NULL,
    deep_clean INTEGER NOT NULL
);
"""

_IE_GIVEN = ["Aoife", "Ciara", "Niamh", "Siobhan", "Orla", "Sean", "Ciaran", "Padraig", "Eoin", "Declan", "Roisin",
             "Cathal", "Grainne", "Fionn", "Sinead", "Darragh"]  # fmt: skip
_IE_FAMILY = ["Murphy", "Kelly", "OSullivan", "Walsh", "OBrien", "Byrne", "Ryan", "OConnor", "ONeill", "Doyle",
              "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Quinn", "Brady", "Nolan"]  # fmt: skip


def build_holidaycottages(path: Path) -> None:
    r = random.Random(115_006)
    owners = []
    used: set[str] = set()
    for i in range(1, 15):
        while True:
            nm = f"{r.choice(_IE_GIVEN)} {r.choice(_IE_FAMILY)}"
            if nm not in used:
                used.add(nm)
                break
        phone = None if r.random() < 0.15 else f"08{r.randint(3, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        owners.append((i, nm, phone, r.choice([12.5, 15.0, 15.0, 18.0, 20.0])))
    cottages_src = [
        ("Seaview Cottage", "Kerry", 2, 4, "Y", 0.3, 14500), ("Fuchsia Lodge", "Kerry", 3, 6, "N", 2.5, 17500),
        ("The Old Forge", "Kerry", 2, 4, "Y", 6.0, 11500), ("Skellig Rest", "Kerry", 4, 8, "N", 1.2, 24000),
        ("Dingle Harbour House", "Kerry", 3, 6, "N", 0.8, 21000), ("Burren View", "Clare", 3, 5, "Y", 9.5, 12500),
        ("Lahinch Surf House", "Clare", 4, 9, "Y", 0.2, 26500), ("Doolin Stone Cottage", "Clare", 2, 4, "Y", 3.1, 11000),
        ("Loop Head Lighthouse Keepers", "Clare", 2, 3, "N", 0.6, 13500),
        ("Connemara Thatch", "Galway", 3, 6, "Y", 4.2, 15500), ("Roundstone Quay", "Galway", 2, 4, "N", 0.4, 16000),
        ("Clifden Townhouse", "Galway", 4, 8, "N", 1.9, 19500), ("Aran Hideaway", "Galway", 1, 2, "N", 0.9, 9500),
        ("Achill Sound Cottage", "Mayo", 3, 6, "Y", 1.1, 13000), ("Keem Bay Retreat", "Mayo", 2, 4, "Y", 0.5, 14000),
        ("Westport Mews", "Mayo", 2, 4, "N", None, 12000), ("Croagh Patrick Lodge", "Mayo", 5, 10, "Y", 12.0, 22500),
        ("Fanad Head House", "Donegal", 3, 6, "Y", 0.7, 13500), ("Glenveagh Cabin", "Donegal", 1, 2, "Y", None, 8500),
        ("Bundoran Beach House", "Donegal", 4, 8, "N", 0.3, 18500), ("Slieve League Cottage", "Donegal", 2, 4, "Y", 5.5, 10500),
        ("Kinsale Harbour Loft", "Cork", 2, 4, "N", 2.2, 17000), ("Baltimore Sail Loft", "Cork", 3, 6, "N", 0.2, 19000),
        ("Mizen Farmhouse", "Cork", 4, 7, "Y", 3.4, 15000), ("Beara Stone House", "Cork", 3, 6, "Y", 1.6, 13000),
        ("Garretstown Chalet", "Cork", 2, 5, "Y", 0.4, 12000), ("Inch Strand Cabin", "Kerry", 1, 2, "Y", 0.1, 9000),
        ("Killarney Lakeside", "Kerry", 3, 6, "N", None, 16500), ("Spanish Point Villa", "Clare", 3, 6, "N", 0.5, 17500),
        ("Kilkee Cliff House", "Clare", 3, 6, "Y", 0.9, 15500),
    ]  # fmt: skip
    owner_of = [1, 1, 2, 3, 3, 4, 5, 5, 6, 7, 7, 8, 7, 9, 9, 10, 9, 11, 11, 12, 11, 13, 13, 14, 14, 13, 2, 3, 5, 6]
    inactive = {17, 29}
    cottages = [(i, c[0], owner_of[i - 1], c[1], c[2], c[3], c[4], c[5], c[6], 0 if i in inactive else 1)
                for i, c in enumerate(cottages_src, start=1)]  # fmt: skip
    starts = {i: dt.date(2023, 1, 1) for i in range(1, 31)}
    starts[29] = dt.date(2025, 7, 1)  # listed, not yet open
    starts[30] = dt.date(2024, 5, 1)
    stops = {17: dt.date(2024, 10, 31)}

    countries = {"IE": 40, "GB": 22, "US": 14, "DE": 10, "FR": 6, "NL": 5, "CA": 3}
    guests = []
    n_guests = 820
    seen: set[str] = set()
    big_referrer = 57
    for i in range(1, n_guests + 1):
        while True:
            if r.random() < 0.55:
                first, last = r.choice(_IE_GIVEN), r.choice(_IE_FAMILY)
            else:
                first, last = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
            if f"{first} {last}" not in seen:
                seen.add(f"{first} {last}")
                break
        ref = None
        if i > 60 and r.random() < 0.15:
            ref = big_referrer if r.random() < 0.07 else r.randint(1, i - 1)
        email = None if r.random() < 0.1 else f"{first.lower()}.{last.lower()}@guestmail.example"
        guests.append((i, first, last, _pick(r, countries), email, ref))
    g_w = [1.0] * n_guests
    g_w[98] = 7.0
    g_w[311] = 5.0
    season = {1: 0.25, 2: 0.3, 3: 0.45, 4: 0.6, 5: 0.7, 6: 0.85, 7: 0.95, 8: 0.95, 9: 0.7, 10: 0.5, 11: 0.25,
              12: 0.4}  # fmt: skip
    cleaners_by_county = {"Kerry": ["Mairead Daly", "Kasia Nowak"], "Clare": ["Tomas Hickey", "Kasia Nowak"],
                          "Galway": ["Bridget Moran", "Ana Popescu"], "Mayo": ["Bridget Moran", "Liam Dunne"],
                          "Donegal": ["Liam Dunne", "Ana Popescu"], "Cork": ["Mairead Daly", "Tomas Hickey"]}  # fmt: skip

    raw = []
    cleanings = []
    for c in cottages:
        cid, _n, _o, county, beds, sleeps, pets_ok, _km, rate, _a = c
        cur = starts[cid] + dt.timedelta(days=r.randint(0, 20))
        stop = stops.get(cid, END)
        while cur <= stop:
            if r.random() > season[cur.month]:
                cur += dt.timedelta(days=r.randint(2, 10))
                continue
            nights = _pick(r, {2: 10, 3: 14, 4: 8, 5: 6, 7: 22, 10: 3, 14: 6})
            dep = cur + dt.timedelta(days=nights)
            if cid in stops and dep > stop:
                break
            raw.append((cid, cur, nights))
            cur = dep + dt.timedelta(days=r.choice([0, 0, 1, 2, 3, 5, 8]))
    raw.sort(key=lambda t: (t[1], t[0]))
    stays = []
    reviews = []
    cid_info = {c[0]: c for c in cottages}
    rv = 0
    for sid, (cid, arr, nights) in enumerate(raw, start=1):
        c = cid_info[cid]
        sleeps, pets_ok, rate, county, beds = c[5], c[6], c[8], c[3], c[4]
        adults = min(sleeps, _pick(r, {1: 6, 2: 50, 3: 8, 4: 22, 5: 5, 6: 6}))
        children = min(sleeps - adults, _pick(r, {0: 55, 1: 15, 2: 22, 3: 8}))
        pets = _pick(r, {0: 60, 1: 32, 2: 8}) if pets_ok == "Y" else 0
        season_mult = 1.25 if arr.month in (7, 8) else 1.0
        total = round(nights * rate * season_mult / 100) * 100 + pets * 2500
        guest = r.choices(range(1, n_guests + 1), weights=g_w)[0]
        booked = arr - dt.timedelta(days=_pick(r, {3: 8, 10: 12, 25: 16, 45: 18, 75: 16, 120: 14, 200: 10,
                                                   300: 6}) + r.randint(0, 9))  # fmt: skip
        dep = arr + dt.timedelta(days=nights)
        if r.random() < 0.09:
            status, checkin = "CANC", None
        else:
            status = "INH" if dep > END else "DONE"
            checkin = _hm(r.randrange(15 * 60, 22 * 60, 15))
        stays.append((sid, cid, guest, iso(booked), iso(arr), nights, adults, children, pets, total, status, checkin))
        if status == "DONE":
            cleanings.append((cid, r.choice(cleaners_by_county[county]), dep,
                              _hm(r.randrange(10 * 60 + 30, 13 * 60 + 1, 15)),
                              60 + 30 * beds + r.randint(-15, 45) + (20 if pets else 0), 0))  # fmt: skip
            if r.random() < 0.42:
                when = dep + dt.timedelta(days=r.randint(1, 20))
                if when <= END:
                    score = max(1, min(10, round(8.6 + (0.8 if cid in (7, 11, 23) else 0) - (1.5 if cid == 16 else 0)
                                                 + r.gauss(0, 1.3))))  # fmt: skip
                    rv += 1
                    reviews.append((rv, sid, score, iso(when), None if r.random() < 0.5 else r.choice(
                        ["Stunning views", "Cosy and clean", "A bit damp", "Perfect for the dog", "Would return",
                         "Wifi was poor", "Kids loved the beach"])))  # fmt: skip
    for year in (2023, 2024, 2025):
        for c in cottages:
            if c[0] == 29 or (c[0] == 30 and year == 2023) or (c[0] == 17 and year == 2025):
                continue
            dd = dt.date(year, 1, r.randint(8, 28))
            cleanings.append(
                (c[0], r.choice(cleaners_by_county[c[3]]), dd, "09:00", 240 + 40 * c[4] + r.randint(0, 60), 1)
            )
    cleanings.sort(key=lambda t: (t[2], t[0]))
    cleaning_rows = [(i, c, who, iso(d), t, m, deep) for i, (c, who, d, t, m, deep) in enumerate(cleanings, start=1)]

    write_tables(path, _HC_DDL, {
        "tb_owner": owners, "tb_cottage": cottages, "tb_guest": guests, "tb_stay": stays, "tb_review": reviews,
        "tb_cleaning": cleaning_rows,
    })  # fmt: skip


BUILDERS = {
    "lokalka": build_lokalka,
    "lappisafarit": build_lappisafarit,
    "pasajesbus": build_pasajesbus,
    "airporttransfers": build_airporttransfers,
    "campervans": build_campervans,
    "holidaycottages": build_holidaycottages,
}
