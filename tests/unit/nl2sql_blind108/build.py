"""Six community / local-transport SQLite databases for the blind English-to-SQL corpus 108.

All data is synthetic and deterministic (``random.Random`` with a fixed seed per database).  The data ends on
2025-06-14; "today" is 2025-06-15, so "this year" is 2025, "last month" is May 2025, "since March" means on or
after 2025-03-01 and "last year" is 2024.  Dates are ISO text 'YYYY-MM-DD'; date-times are 'YYYY-MM-DD HH:MM'.

covoiturage -- a Breton community car-sharing association (French table, column and value names; money in
centimes, 100 centimes = 1 euro; flags est_* are 0/1)
    commune(id_commune, nom_commune, code_postal)
                                                ten towns: Lannion, Perros-Guirec, Trégastel, Pleumeur-Bodou,
                                                Tréguier, Ploubezre, Louannec, Trébeurden, Guingamp, Saint-Brieuc.
    adherent(id_adherent, nom, prenom, sexe, date_naissance, id_commune -> commune, date_inscription, est_actif,
             est_conducteur)                    300 members (nom = surname, prenom = first name); sexe 'F' =
                                                femme (female), 'H' = homme (male); date_inscription = sign-up
                                                date; est_actif 1 = active member, 0 = left; est_conducteur 1 =
                                                offers lifts as a driver.
    vehicule(id_vehicule, id_adherent -> adherent, marque, modele, nb_places, energie, annee)
                                                drivers' cars (marque = make, modele = model, nb_places = seats,
                                                annee = model year).  energie 'E' = essence (petrol), 'G' = gazole
                                                (diesel), 'H' = hybride (hybrid), 'L' = électrique (electric).
    trajet(id_trajet, id_conducteur -> adherent, id_vehicule -> vehicule, id_commune_depart -> commune,
           id_commune_arrivee -> commune, date_depart, distance_km, places_offertes, prix_place_centimes, statut)
                                                lifts offered, 2023-09-01 .. 2025-06-30 (date_depart is a
                                                date-time); places_offertes = seats offered; prix_place_centimes =
                                                price per seat.  statut 'R' = réalisé (took place), 'A' = annulé
                                                (cancelled), 'P' = prévu (planned, only after 2025-06-14).
    reservation(id_reservation, id_trajet -> trajet, id_passager -> adherent, date_reservation, nb_places, statut)
                                                seat bookings by passengers; nb_places = seats booked.  statut
                                                'C' = confirmée (confirmed), 'A' = annulée (cancelled; every booking
                                                on a cancelled trip), 'N' = non présenté (no-show).
    cotisation(id_cotisation, id_adherent -> adherent, annee, montant_centimes, date_paiement, mode_paiement)
                                                yearly membership fees 2022-2025, paid within the year annee
                                                (10 euros 2022-2023, 12 in 2024, 15 in 2025; half price under 26).
                                                mode_paiement 'CB' = card, 'CHQ' = cheque, 'ESP' = cash, 'VIR' =
                                                bank transfer.  A member with no row for a year has not paid it.

sailingclub -- a dinghy sailing club run from an old Access database (table and column names with spaces and
capitals, so every identifier is double-quoted; yes/no fields are 1/0; money in pounds as REAL)
    "Member List"("Member ID", "First Name", "Last Name", "Date Of Birth", "Join Date", "Membership Type",
                  "Email", "Active")             190 members.  "Membership Type" 'F' = full, 'J' = junior (under
                                                18), 'FM' = family, 'S' = social (non-sailing).  "Email" NULL = none
                                                on file.  "Active" 1 = current member, 0 = left.
    "Boat Register"("Boat ID", "Boat Name", "Class", "Sail Number", "Owner ID" -> "Member List", "Year Built",
                    "Hull Length")              102 dinghies; "Class" 'Laser', 'Topper', 'RS Feva', 'Wayfarer',
                                                'Mirror', 'Solo', 'RS200', 'Enterprise'; "Owner ID" NULL = a club
                                                boat; "Hull Length" in metres.
    "Races"("Race ID", "Race Date", "Series", "Race Officer" -> "Member List", "Wind Knots", "Abandoned")
                                                club races 2023-04-02 .. 2025-06-14 (two on Sundays, one on summer
                                                Wednesdays).  "Series" 'Frostbite' (Dec-Mar), 'Spring' (Apr-May),
                                                'Summer' (Jun-Aug), 'Autumn' (Sep-Nov); "Race Officer" = the member
                                                running the race; "Wind Knots" = wind speed in knots; "Abandoned"
                                                1 = race abandoned (no results).
    "Race Results"("Result ID", "Race ID" -> "Races", "Boat ID" -> "Boat Register", "Helm ID" -> "Member List",
                   "Finish Place", "Elapsed Secs", "Result Code")
                                                one row per boat entered in a race; "Helm ID" = the member who
                                                sailed it.  "Result Code" 'FIN' = finished, 'DNF' = did not finish
                                                (retired), 'DNS' = did not start, 'DSQ' = disqualified, 'OCS' = on
                                                course side at the start.  "Finish Place" (1 = winner) and
                                                "Elapsed Secs" (time in seconds) are NULL unless finished.
    "Subscriptions"("Sub ID", "Member ID" -> "Member List", "Season", "Amount Paid", "Date Paid", "Pay Method")
                                                annual subscriptions 2023-2025 ("Season" = year, paid within it);
                                                "Pay Method" 'Cash', 'Cheque', 'BACS' (bank transfer), 'Card'.

escooters -- a city e-scooter sharing scheme in Utrecht (plural table names, singular <name>_id keys; money in
euro cents; durations in minutes; distances in metres)
    zones(zone_id, zone_name, area_type, no_parking)
                                                13 zones ('Centraal Station', 'Oudegracht', 'Uithof Campus', ...);
                                                area_type 'station', 'centre', 'campus', 'residential', 'business';
                                                no_parking 1 = rides may not end there (Oudegracht, Domplein).
    scooters(scooter_id, fleet_code, model, battery_wh, commissioned_on, status)
                                                160 scooters ('SC-1007'); model 'Segway Ninebot Max G30', 'Okai
                                                ES400', 'Tier Five'; battery capacity in Wh.  status 'A' = available
                                                (in service), 'M' = in the workshop for maintenance, 'R' = retired.
    riders(rider_id, first_name, last_name, email, birth_year, signed_up_on, plan_code, banned)
                                                620 riders; plan_code 'PAYG' = pay as you go, 'MNTH' = monthly
                                                subscription, 'STUD' = student; banned 1 = account blocked.
    plan_prices(plan_price_id, plan_code, unlock_cents, per_minute_cents, monthly_fee_cents, valid_from, valid_to)
                                                price history per plan; valid_to NULL = the current price.
    rides(ride_id, rider_id -> riders, scooter_id -> scooters, start_zone_id -> zones, end_zone_id -> zones,
          started_at, duration_min, distance_m, fare_cents)
                                                rides 2024-03-01 .. 2025-06-14; started_at is a date-time;
                                                fare_cents = unlock fee + per-minute price x duration at the time.
    damage_reports(damage_report_id, scooter_id -> scooters, ride_id -> rides, reported_on, damage_type,
                   repair_cost_cents, fixed_on)
                                                ride_id NULL = found by staff rather than reported after a ride.
                                                damage_type 'BRK' = brakes, 'TYR' = tyre/puncture, 'LGT' = lights,
                                                'BAT' = battery, 'VND' = vandalism.  fixed_on NULL = still open.

bellringers -- a church bell-ringing guild in the Chilterns (singular table names, <table>no keys, run-together
column names)
    tower(towerno, dedication, place, county, bells, tenorkg, practicenight)
                                                14 towers; dedication = church name ('St Mary'); place = village or
                                                town (unique); bells = number of bells (6, 8, 10 or 12); tenorkg =
                                                weight of the tenor (heaviest bell) in kg; practicenight 'Mon' ..
                                                'Fri' = weekly practice evening.
    ringer(ringerno, forename, surname, towerno -> tower, learnedyear, status)
                                                135 ringers and their home tower; learnedyear = year they learnt to
                                                ring; status 'A' = active, 'L' = lapsed (no longer ringing).
    captaincy(captaincyno, towerno -> tower, ringerno -> ringer, fromdate, todate)
                                                history of tower captains; todate NULL = the current captain (every
                                                tower has exactly one).
    practice(practiceno, towerno -> tower, practicedate, attendance, learners)
                                                weekly practice nights 2024-01 .. 2025-06-14 (some weeks missed;
                                                three towers were closed for work in spring 2025); attendance =
                                                ringers present, learners = how many of them are learners.
    peal(pealno, towerno -> tower, pealdate, kind, method, changes, minutes, conductorno -> ringer)
                                                performances 2022-01-01 .. 2025-06-14.  kind 'P' = full peal (5000+
                                                changes, about three hours), 'Q' = quarter peal (1260+ changes,
                                                about 45 minutes); minutes = length of the performance;
                                                conductorno = the ringer who conducted (also in the band).
    pealband(pealno -> peal, ringerno -> ringer, bell)
                                                link table: who rang in each performance and on which bell.

speedwatch -- community speed-watch groups in Oxfordshire villages (two-letter codes, each with a lookup table)
    parishes(parish_code, parish_name, district, population)
                                                'AB' Ashbury, 'CH' Chilton, 'EH' East Hendred, 'LW' Long Wittenham,
                                                'UF' Uffington, 'WT' Watchfield, 'SB' Sutton Courtenay.
    vehicle_types(type_code, type_name)         'CR' Car, 'VN' Van, 'HG' Heavy goods vehicle (lorry), 'MC'
                                                Motorcycle, 'BS' Bus or coach, 'AG' Tractor or farm vehicle.
    action_codes(action_code, action_name)      outcome of a sighting: 'L1' first advisory letter sent, 'L2' second
                                                advisory letter sent, 'PV' referred for police visit (third and
                                                later sightings of a plate), 'NT' no trace (plate not found), 'EX'
                                                exempt (emergency vehicle).
    volunteer_statuses(status_code, status_name)
                                                'AC' Active, 'OH' On hold, 'LP' Lapsed, 'TR' In training.
    sites(site_id, parish_code -> parishes, road_name, limit_mph)
                                                17 monitoring sites (road_name unique), speed limit 20/30/40 mph.
    volunteers(volunteer_id, first_name, last_name, parish_code -> parishes, trained_on,
               status_code -> volunteer_statuses)
                                                62 volunteers.
    sessions(session_id, site_id -> sites, session_date, start_time, minutes, vehicles_counted)
                                                monitoring sessions 2023-09-04 .. 2025-06-14; start_time 'HH:MM';
                                                minutes = length of the session; vehicles_counted = all vehicles
                                                that passed.
    session_volunteers(session_id -> sessions, volunteer_id -> volunteers)
                                                link table: the volunteers at each session.
    sightings(sighting_id, session_id -> sessions, seen_at, plate, type_code -> vehicle_types, colour, speed_mph,
              action_code -> action_codes)
                                                one row per speeding vehicle recorded; seen_at 'HH:MM'; plate =
                                                number plate ('MG20 JON'); colour 'White', 'Black', 'Red', ...;
                                                speed_mph = measured speed.

volunteerdrivers -- a Cumbrian voluntary car scheme driving older people to appointments (money in pence;
durations in minutes; mileage paid at 45p a mile)
    drivers(driver_id, first_name, last_name, coordinator_id -> drivers, joined_on, dbs_expires_on, active,
            home_town)                          SELF-REFERENCE coordinator_id: the scheme manager Helen Shaw (NULL),
                                                three coordinators under her (David Nash, Harriet Rowe, Grace
                                                Barker), and the volunteer drivers under them; coordinators drive
                                                too.  dbs_expires_on = expiry of the DBS (criminal record) check;
                                                active 'Y'/'N'.
    clients(client_id, first_name, last_name, town, birth_year, wheelchair, registered_on, status)
                                                228 clients; wheelchair 'Y' = uses a wheelchair; status 'A' =
                                                active, 'C' = closed (no longer uses the scheme), 'D' = deceased.
    journeys(journey_id, client_id -> clients, driver_id -> drivers, journey_date, pickup_time, purpose,
             destination, miles, duration_min, status, donation_pence)
                                                journey requests 2024-01-02 .. 2025-06-14 (Mon-Sat).  purpose 'H' =
                                                hospital, 'G' = GP surgery, 'D' = dentist, 'S' = shopping, 'O' =
                                                social outing.  status 'C' = completed, 'X' = cancelled by the
                                                client, 'U' = unable to cover (no driver; driver_id NULL).  miles,
                                                duration_min (time the driver was out, waiting included) and
                                                donation_pence (client's donation, 0 = none) are NULL unless
                                                completed.
    mileage_claims(claim_id, driver_id -> drivers, claim_month, miles, amount_pence, paid_on)
                                                monthly mileage expense claims ('YYYY-MM'); amount = miles x 45p;
                                                paid_on NULL = not yet paid.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from nl2sql_data.sqlite_build import day_between, iso, write_tables

D = dt.date
END = D(2025, 6, 14)  # last day with data
TODAY = D(2025, 6, 15)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _unique_names(rng: random.Random, n: int, firsts: Sequence[str], lasts: Sequence[str]) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    while len(out) < n:
        pair = (rng.choice(firsts), rng.choice(lasts))
        if pair not in seen:
            seen.add(pair)
            out.append(pair)
    return out


# ---------------------------------------------------------------------------------------------------------------
# covoiturage: a French community car-sharing association (French names)
# ---------------------------------------------------------------------------------------------------------------

_FR_F = ["Marie", "Nathalie", "Isabelle", "Sophie", "Camille", "Léa", "Manon", "Chloé", "Anne", "Catherine",
         "Sylvie", "Élodie", "Gaëlle", "Maëlle", "Nolwenn", "Soizic", "Claire", "Julie", "Émilie", "Aurélie"]
_FR_H = ["Jean", "Pierre", "Yann", "Erwan", "Loïc", "Nicolas", "Thomas", "Julien", "Gwenaël", "Mathieu",
         "Antoine", "Hervé", "Patrick", "Christophe", "Ronan", "Goulven", "Paul", "Louis", "Hugo", "Maxime"]
_FR_NOMS = ["Le Gall", "Le Goff", "Le Roux", "Guillou", "Morvan", "Le Bihan", "Tanguy", "Riou", "Kerhervé",
            "Le Floch", "Martin", "Bernard", "Dubois", "Moreau", "Lefèvre", "Cadiou", "Le Corre", "Prigent",
            "Jézéquel", "Salaün", "Quéré", "Hamon", "Le Meur", "Le Du", "Rolland", "Henry", "Perrot", "Derrien"]
_FR_CARS = [("Renault", "Clio", 5), ("Renault", "Zoé", 5), ("Peugeot", "208", 5), ("Peugeot", "308", 5),
            ("Peugeot", "5008", 7), ("Citroën", "C3", 5), ("Citroën", "Berlingo", 5), ("Dacia", "Sandero", 5),
            ("Dacia", "Jogger", 7), ("Toyota", "Yaris", 5), ("Volkswagen", "Golf", 5), ("Tesla", "Model 3", 5)]


def build_covoiturage(path: Path) -> None:
    rng = random.Random(108_001)
    communes = [(1, "Lannion", "22300", 0, 0), (2, "Perros-Guirec", "22700", 3, 10), (3, "Trégastel", "22730", -3, 11),
                (4, "Pleumeur-Bodou", "22560", -6, 6), (5, "Tréguier", "22220", 16, 6), (6, "Ploubezre", "22300", 2, -5),
                (7, "Louannec", "22700", 6, 8), (8, "Trébeurden", "22560", -9, 3), (9, "Guingamp", "22200", 25, -25),
                (10, "Saint-Brieuc", "22000", 50, -25)]
    commune_rows = [(c[0], c[1], c[2]) for c in communes]

    def dist(a: int, b: int) -> int:
        ca, cb = communes[a - 1], communes[b - 1]
        return max(4, round(math.hypot(ca[3] - cb[3], ca[4] - cb[4]) * 1.3))

    home_w = [30, 12, 8, 9, 10, 8, 7, 8, 5, 3]
    noms = _unique_names(rng, 140, _FR_F, _FR_NOMS) + _unique_names(rng, 160, _FR_H, _FR_NOMS)
    rng.shuffle(noms)
    fem = set(_FR_F)
    adherents: list[list[Any]] = []
    for i, (prenom, nom) in enumerate(noms, start=1):
        sexe = "F" if prenom in fem else "H"
        naiss = day_between(rng, D(1948, 1, 1), D(2006, 12, 31))
        lo, hi = (D(2025, 3, 1), D(2025, 6, 10)) if i <= 22 else (D(2019, 9, 1), D(2025, 2, 27))
        inscr = day_between(rng, lo, hi)
        inscr = max(inscr, D(naiss.year + 18, naiss.month, min(naiss.day, 28)))
        actif = 1 if rng.random() < 0.86 or inscr.year == 2025 else 0
        adherents.append([i, nom, prenom, sexe, naiss.isoformat(), rng.choices(range(1, 11), home_w)[0],
                          inscr.isoformat(), actif, 0])
    # when each member stopped being active (quit at the end of a random year)
    until: dict[int, dt.date] = {}
    for a in adherents:
        inscr = D.fromisoformat(a[6])
        if a[7] == 1:
            until[a[0]] = END
        else:
            until[a[0]] = D(rng.randint(inscr.year, 2024), 12, 31)
            if until[a[0]] <= inscr + _days(60):
                until[a[0]] = inscr + _days(rng.randint(90, 300))
    drivers = [a[0] for a in adherents if rng.random() < 0.27 and D.fromisoformat(a[6]) < D(2025, 1, 1)]
    for a in adherents:
        if a[0] in drivers:
            a[8] = 1
    vehicules = []
    car_of: dict[int, list[int]] = {}
    energie_w = {"Zoé": "L", "Model 3": "L"}
    for d in drivers:
        for _ in range(2 if rng.random() < 0.1 else 1):
            marque, modele, places = rng.choice(_FR_CARS)
            en = energie_w.get(modele) or rng.choices("EGH", [50, 32, 18])[0]
            vid = len(vehicules) + 1
            vehicules.append((vid, d, marque, modele, places, en, rng.randint(2008, 2024)))
            car_of.setdefault(d, []).append(vid)
    places_of = {v[0]: v[4] for v in vehicules}
    driver_w = {d: rng.uniform(0.15, 1.0) ** 2.5 * 10 for d in drivers}
    pass_w = {a[0]: rng.uniform(0.1, 1.0) ** 2 for a in adherents}
    never = set(rng.sample([a[0] for a in adherents if a[0] not in drivers], 28))
    routes = [(h, 1) for h in range(2, 9)] + [(1, h) for h in range(2, 9)] + [(1, 9), (9, 1), (1, 10), (10, 1),
                                                                              (5, 1), (2, 10), (4, 9), (8, 10)]
    route_w = [rng.uniform(1, 6) for _ in routes]
    trajets = []
    reservations = []
    day = D(2023, 9, 1)
    while day <= D(2025, 6, 30):
        for _ in range(rng.choice([0, 1, 1, 2, 2, 2, 3])):
            ref = min(day, END)
            elig = [d for d in drivers if D.fromisoformat(adherents[d - 1][6]) <= ref <= until[d]]
            cond = rng.choices(elig, [driver_w[d] for d in elig])[0]
            veh = rng.choice(car_of[cond])
            dep, arr = rng.choices(routes, route_w)[0]
            km = dist(dep, arr)
            offert = rng.randint(1, places_of[veh] - 1)
            prix = max(100, round(km * 8 / 50) * 50)
            heure = f"{rng.choice([6, 7, 7, 8, 8, 12, 13, 17, 17, 18, 19]):02d}:{rng.choice(['00', '15', '30', '45'])}"
            statut = "P" if day > END else "A" if rng.random() < 0.11 else "R"
            tid = len(trajets) + 1
            trajets.append((tid, cond, veh, dep, arr, f"{day.isoformat()} {heure}", km, offert, prix, statut))
            pool = [a[0] for a in adherents if a[0] != cond and a[0] not in never
                    and D.fromisoformat(a[6]) <= ref - _days(1) and ref <= until[a[0]]]
            left = offert
            for p in rng.sample(pool, min(len(pool), 6)):
                if left <= 0 or rng.random() > pass_w[p] + 0.25:
                    continue
                nb = 2 if left >= 2 and rng.random() < 0.12 else 1
                left -= nb
                booked = day - _days(rng.randint(0, 9))
                if statut == "A":
                    st = "A"
                elif statut == "P":
                    st = "A" if rng.random() < 0.08 else "C"
                    booked = min(booked, END)
                else:
                    st = rng.choices("CAN", [85, 10, 5 + 20 * (p % 7 == 0)])[0]
                reservations.append((len(reservations) + 1, tid, p, booked.isoformat(), nb, st))
        day += _days(1)
    tarif = {2022: 1000, 2023: 1000, 2024: 1200, 2025: 1500}
    cotisations = []
    for a in adherents:
        inscr = D.fromisoformat(a[6])
        birth = D.fromisoformat(a[4])
        last = until[a[0]].year
        for year in range(max(2022, inscr.year), last + 1):
            if year == 2025 and inscr.year < 2025 and rng.random() < 0.13:
                continue
            paid = inscr if year == inscr.year else day_between(rng, D(year, 1, 5), D(year, 4, 30))
            montant = tarif[year] // 2 if year - birth.year < 26 else tarif[year]
            mode = rng.choices(["CB", "CHQ", "ESP", "VIR"], [45, 25, 10, 20])[0]
            cotisations.append((len(cotisations) + 1, a[0], year, montant, paid.isoformat(), mode))
    ddl = """
    CREATE TABLE commune (id_commune INTEGER PRIMARY KEY, nom_commune TEXT NOT NULL, code_postal TEXT NOT NULL);
    CREATE TABLE adherent (id_adherent INTEGER PRIMARY KEY, nom TEXT NOT NULL, prenom TEXT NOT NULL,
        sexe TEXT NOT NULL, date_naissance TEXT NOT NULL, id_commune INTEGER NOT NULL REFERENCES commune(id_commune),
        date_inscription TEXT NOT NULL, est_actif INTEGER NOT NULL, est_conducteur INTEGER NOT NULL);
    CREATE TABLE vehicule (id_vehicule INTEGER PRIMARY KEY,
        id_adherent INTEGER NOT NULL REFERENCES adherent(id_adherent), marque TEXT NOT NULL, modele TEXT NOT NULL,
        nb_places INTEGER NOT NULL, energie TEXT NOT NULL, annee INTEGER NOT NULL);
    CREATE TABLE trajet (id_trajet INTEGER PRIMARY KEY,
        id_conducteur INTEGER NOT NULL REFERENCES adherent(id_adherent),
        id_vehicule INTEGER NOT NULL REFERENCES vehicule(id_vehicule),
        id_commune_depart INTEGER NOT NULL REFERENCES commune(id_commune),
        id_commune_arrivee INTEGER NOT NULL REFERENCES commune(id_commune), date_depart TEXT NOT NULL,
        distance_km INTEGER NOT NULL, places_offertes INTEGER NOT NULL, prix_place_centimes INTEGER NOT NULL,
        statut TEXT NOT NULL);
    CREATE TABLE reservation (id_reservation INTEGER PRIMARY KEY,
        id_trajet INTEGER NOT NULL REFERENCES trajet(id_trajet),
        id_passager INTEGER NOT NULL REFERENCES adherent(id_adherent), date_reservation TEXT NOT NULL,
        nb_places INTEGER NOT NULL, statut TEXT NOT NULL);
    CREATE TABLE cotisation (id_cotisation INTEGER PRIMARY KEY,
        id_adherent INTEGER NOT NULL REFERENCES adherent(id_adherent), annee INTEGER NOT NULL,
        montant_centimes INTEGER NOT NULL, date_paiement TEXT NOT NULL, mode_paiement TEXT NOT NULL);
    """
    write_tables(path, ddl, {"commune": commune_rows, "adherent": adherents, "vehicule": vehicules, "trajet": trajets,
                       "reservation": reservations, "cotisation": cotisations})


# ---------------------------------------------------------------------------------------------------------------
# sailingclub: a dinghy sailing club kept in an old Access database (names with spaces, quoted identifiers)
# ---------------------------------------------------------------------------------------------------------------

_UK_F = ["Emma", "Sarah", "Helen", "Rachel", "Lucy", "Kate", "Joanna", "Fiona", "Alice", "Harriet", "Megan",
         "Isla", "Poppy", "Freya", "Grace", "Ruth", "Claire", "Anna", "Jenny", "Beth"]
_UK_M = ["James", "Tom", "Oliver", "Richard", "Mark", "Andrew", "Peter", "Simon", "David", "Ben", "Harry", "Charlie",
         "George", "Alfie", "Sam", "Nick", "Rob", "Chris", "Matt", "Will"]
_UK_LAST = ["Ashworth", "Barker", "Carr", "Dawson", "Ellis", "Fletcher", "Gibbs", "Hale", "Ingram", "Jarvis",
            "Kemp", "Lowe", "Marsh", "Nash", "Osborne", "Pike", "Quinn", "Rowe", "Shaw", "Thorne", "Underwood",
            "Vickers", "Webb", "Yates", "Holt", "Brooks", "Fenwick", "Lister", "Mercer", "Pryor"]
_BOAT_NAMES = ["Wild Goose", "Kittiwake", "Puffin", "Spindrift", "Blue Moon", "Sea Otter", "Skylark", "Tern",
               "Gannet", "Firefly", "Red Admiral", "Swallow", "Amazon", "Curlew", "Merlin", "Osprey", "Windfall",
               "Calypso", "Snapdragon", "Halcyon", "Jolly Roger", "Minnow", "Pelican", "Sandpiper", "Whimbrel",
               "Zephyr", "Mischief", "Dunlin", "Petrel", "Seahorse", "Moonbeam", "Eider", "Shearwater", "Marlin",
               "Bluebird", "Tiger Moth", "Cormorant", "Stormy Petrel", "Dabchick", "Wren", "Heron", "Avocet",
               "Grebe", "Plover", "Redshank", "Kestrel", "Fulmar", "Guillemot", "Razorbill", "Skua", "Sanderling",
               "Knot", "Smew", "Teal", "Wigeon", "Pintail", "Shoveler", "Goldeneye", "Scoter", "Brent", "Mallard",
               "Gadwall", "Merganser", "Little Auk", "Storm Cloud", "Sea Breeze", "Flying Fish", "Dolphin",
               "Porpoise", "Seal Pup", "Crab Apple", "Limpet", "Cockle", "Mussel", "Winkle", "Starfish", "Jellyfish",
               "Urchin", "Shrimp", "Lobster", "Barnacle", "Sprat", "Mackerel", "Herring", "Pollock", "Bass", "Bream",
               "Gurnard", "Dab", "Plaice", "Sole", "Turbot", "Brill", "Ling", "Hake", "Whiting", "Coley", "Conger",
               "Wrasse", "Blenny", "Goby", "Pipefish", "Weever", "Dragonet", "Sandeel", "Garfish", "Mullet", "Smelt",
               "Shad", "Sturgeon", "Salmon", "Sea Trout", "Grayling", "Chub", "Dace", "Roach", "Rudd", "Tench"]
_CLASSES = [("Laser", 4.23, 3300, 24), ("Topper", 3.40, 3900, 15), ("RS Feva", 3.64, 3800, 12),
            ("Wayfarer", 4.82, 3450, 10), ("Mirror", 3.30, 4100, 8), ("Solo", 3.78, 3350, 10),
            ("RS200", 4.00, 3200, 8), ("Enterprise", 4.04, 3400, 8)]


def build_sailingclub(path: Path) -> None:
    rng = random.Random(108_002)
    names = _unique_names(rng, 85, _UK_F, _UK_LAST) + _unique_names(rng, 105, _UK_M, _UK_LAST)
    rng.shuffle(names)
    members: list[list[Any]] = []
    for i, (first, last) in enumerate(names, start=1):
        mtype = rng.choices(["F", "J", "FM", "S"], [50, 20, 20, 10])[0]
        if mtype == "J":
            dob = day_between(rng, D(2008, 1, 1), D(2016, 12, 31))
            joined = day_between(rng, D(max(2016, dob.year + 7), 1, 1), D(2025, 5, 31))
        else:
            dob = day_between(rng, D(1948, 1, 1), D(2001, 12, 31))
            joined = day_between(rng, D(max(1990, dob.year + 18), 1, 1), D(2025, 5, 31))
        email = None if rng.random() < 0.12 else f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.co.uk"
        active = 1 if rng.random() < 0.84 or joined.year >= 2024 else 0
        members.append([i, first, last, dob.isoformat(), joined.isoformat(), mtype, email, active])
    sailors = [m[0] for m in members if m[5] != "S"]
    boats = []
    bname = list(_BOAT_NAMES)
    rng.shuffle(bname)
    owners = rng.sample([m for m in sailors if members[m - 1][7] == 1], 70)
    extra = rng.sample(owners, 12)
    owner_list: list[int | None] = owners + extra + rng.sample(owners, 5) + [None] * 15
    for bid, owner in enumerate(owner_list, start=1):
        cls = rng.choices(_CLASSES, [c[3] for c in _CLASSES])[0]
        if owner is not None and members[owner - 1][5] == "J":
            cls = rng.choice([c for c in _CLASSES if c[0] in ("Topper", "RS Feva", "Laser")])
        year = rng.randint(1978, 2024) if cls[0] not in ("Mirror", "Enterprise") else rng.randint(1972, 2015)
        sail = rng.randint(100, 210000) if cls[0] != "Mirror" else rng.randint(50000, 70999)
        boats.append([bid, bname[bid - 1], cls[0], str(sail), owner, year, cls[1]])
    boats[rng.randrange(len(owners))][5] = 1965
    cls_of = {c[0]: c for c in _CLASSES}
    skill = {m: rng.uniform(0.93, 1.08) for m in sailors}
    boat_w = [0.0 if rng.random() < 0.08 else rng.uniform(0.1, 1.0) ** 1.5 for _ in boats]
    juniors = [m for m in sailors if members[m - 1][5] == "J" and members[m - 1][7] == 1]
    officers = [m for m in sailors if members[m - 1][5] in ("F", "FM") and members[m - 1][7] == 1]
    off_w = {m: rng.uniform(0.1, 1.0) ** 2 for m in officers}
    races = []
    results = []
    day = D(2023, 4, 2)
    while day <= END:
        n_races = 0
        if day.weekday() == 6:
            n_races = 2
        elif day.weekday() == 2 and 5 <= day.month <= 8:
            n_races = 1
        if day.month == 12 and day.day > 20:
            n_races = 0
        for _ in range(n_races):
            m = day.month
            series = ("Frostbite" if m <= 3 else "Spring" if m <= 5 else "Summer" if m <= 8 else "Autumn"
                      if m <= 11 else "Frostbite")
            wind = rng.randint(2, 29)
            abandoned = 1 if (wind >= 26 and rng.random() < 0.7) or (wind <= 3 and rng.random() < 0.7) else 0
            ro = rng.choices(officers, [off_w[o] for o in officers])[0]
            rid = len(races) + 1
            races.append((rid, day.isoformat(), series, ro, wind, abandoned))
            if abandoned:
                continue
            k = rng.randint(6, 16)
            chosen: list[int] = []
            while len(chosen) < k:
                b = rng.choices(range(len(boats)), boat_w)[0]
                if b not in chosen:
                    chosen.append(b)
            entries = []
            helms_used = {ro}
            for b in chosen:
                boat = boats[b]
                helm = boat[4]
                if helm is None or helm in helms_used or rng.random() < 0.06:
                    cands = [j for j in juniors + sailors[:40] if j not in helms_used]
                    helm = rng.choice(cands)
                helms_used.add(helm)
                code = rng.choices(["FIN", "DNF", "DNS", "DSQ", "OCS"], [84, 8, 4, 2, 2])[0]
                secs = None
                if code == "FIN":
                    secs = round(cls_of[boat[2]][2] * skill.get(helm, 1.0) * rng.uniform(0.95, 1.06)
                                 * (1.15 if wind < 8 else 1.0))
                entries.append([boat[0], helm, code, secs])
            fins = sorted([e for e in entries if e[2] == "FIN"], key=lambda e: e[3])
            place = {id(e): i + 1 for i, e in enumerate(fins)}
            for e in entries:
                results.append((len(results) + 1, rid, e[0], e[1], place.get(id(e)), e[3], e[2]))
        day += _days(1)
    fees = {"F": {2023: 185.0, 2024: 195.0, 2025: 210.0}, "J": {2023: 60.0, 2024: 65.0, 2025: 70.0},
            "FM": {2023: 290.0, 2024: 305.0, 2025: 320.0}, "S": {2023: 40.0, 2024: 40.0, 2025: 45.0}}
    subs = []
    for m in members:
        joined = D.fromisoformat(m[4])
        last = 2025 if m[7] == 1 else rng.choice([2023, 2024])
        for season in range(max(2023, joined.year), last + 1):
            if season == 2025 and joined.year < 2025 and rng.random() < 0.12:
                continue
            paid = joined if joined.year == season else day_between(rng, D(season, 1, 3), D(season, 4, 28))
            method = rng.choices(["Cash", "Cheque", "BACS", "Card"], [8, 17, 45, 30])[0]
            subs.append((len(subs) + 1, m[0], season, fees[m[5]][season], paid.isoformat(), method))
    ddl = """
    CREATE TABLE "Member List" ("Member ID" INTEGER PRIMARY KEY, "First Name" TEXT NOT NULL,
        "Last Name" TEXT NOT NULL, "Date Of Birth" TEXT, "Join Date" TEXT NOT NULL, "Membership Type" TEXT NOT NULL,
        "Email" TEXT, "Active" INTEGER NOT NULL);
    CREATE TABLE "Boat Register" ("Boat ID" INTEGER PRIMARY KEY, "Boat Name" TEXT NOT NULL, "Class" TEXT NOT NULL,
        "Sail Number" TEXT NOT NULL, "Owner ID" INTEGER REFERENCES "Member List"("Member ID"),
        "Year Built" INTEGER, "Hull Length" REAL);
    CREATE TABLE "Races" ("Race ID" INTEGER PRIMARY KEY, "Race Date" TEXT NOT NULL, "Series" TEXT NOT NULL,
        "Race Officer" INTEGER REFERENCES "Member List"("Member ID"), "Wind Knots" INTEGER,
        "Abandoned" INTEGER NOT NULL);
    CREATE TABLE "Race Results" ("Result ID" INTEGER PRIMARY KEY,
        "Race ID" INTEGER NOT NULL REFERENCES "Races"("Race ID"),
        "Boat ID" INTEGER NOT NULL REFERENCES "Boat Register"("Boat ID"),
        "Helm ID" INTEGER NOT NULL REFERENCES "Member List"("Member ID"), "Finish Place" INTEGER,
        "Elapsed Secs" INTEGER, "Result Code" TEXT NOT NULL);
    CREATE TABLE "Subscriptions" ("Sub ID" INTEGER PRIMARY KEY,
        "Member ID" INTEGER NOT NULL REFERENCES "Member List"("Member ID"), "Season" INTEGER NOT NULL,
        "Amount Paid" REAL NOT NULL, "Date Paid" TEXT NOT NULL, "Pay Method" TEXT NOT NULL);
    """
    write_tables(path, ddl, {"Member List": members, "Boat Register": boats, "Races": races, "Race Results": results,
                       "Subscriptions": subs})


# ---------------------------------------------------------------------------------------------------------------
# escooters: a city e-scooter sharing scheme (plural tables, singular _id keys)
# ---------------------------------------------------------------------------------------------------------------

_NL_F = ["Sanne", "Lotte", "Femke", "Anouk", "Eva", "Iris", "Noor", "Fleur", "Sophie", "Lisa", "Emma", "Julia",
         "Maud", "Roos", "Tess", "Isa", "Lieke", "Merel", "Vera", "Zoë"]
_NL_M = ["Daan", "Bram", "Lars", "Sem", "Thijs", "Jesse", "Ruben", "Milan", "Stijn", "Niels", "Koen", "Tim",
         "Joost", "Bas", "Luuk", "Max", "Sven", "Pieter", "Wouter", "Jeroen"]
_NL_LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen"]


def build_escooters(path: Path) -> None:
    rng = random.Random(108_003)
    zones = [(1, "Centraal Station", "station", 0), (2, "Oudegracht", "centre", 1), (3, "Domplein", "centre", 1),
             (4, "Uithof Campus", "campus", 0), (5, "Lombok", "residential", 0), (6, "Wittevrouwen", "residential", 0),
             (7, "Leidsche Rijn", "residential", 0), (8, "Overvecht", "residential", 0),
             (9, "Kanaleneiland", "residential", 0), (10, "Zuilen", "residential", 0),
             (11, "Hoograven", "residential", 0), (12, "Papendorp", "business", 0), (13, "Jaarbeurs", "business", 0)]
    zone_w = [22, 9, 6, 16, 8, 7, 9, 5, 6, 4, 4, 5, 7]
    models = [("Segway Ninebot Max G30", 551, 50), ("Okai ES400", 608, 30), ("Tier Five", 460, 20)]
    scooters: list[list[Any]] = []
    for sid in range(1, 161):
        model = rng.choices(models, [m[2] for m in models])[0]
        comm = day_between(rng, D(2024, 2, 1), D(2025, 4, 30)) if sid <= 155 else day_between(rng, D(2025, 6, 2), D(2025, 6, 12))
        scooters.append([sid, f"SC-{1000 + sid * 7}", model[0], model[1], comm.isoformat(), "A"])
    for s in rng.sample(scooters[:155], 16):
        s[5] = "R"
    maint = rng.sample([s for s in scooters[:155] if s[5] == "A"], 13)
    for s in maint:
        s[5] = "M"
    retired_on = {s[0]: day_between(rng, D(2024, 9, 1), D(2025, 5, 31)) for s in scooters if s[5] == "R"}
    names = _unique_names(rng, 300, _NL_F, _NL_LAST) + _unique_names(rng, 320, _NL_M, _NL_LAST)
    rng.shuffle(names)
    riders: list[list[Any]] = []
    for rid, (first, last) in enumerate(names, start=1):
        plan = rng.choices(["PAYG", "MNTH", "STUD"], [55, 20, 25])[0]
        born = rng.randint(2000, 2006) if plan == "STUD" else rng.randint(1960, 2006)
        signed = day_between(rng, D(2024, 3, 1), D(2025, 6, 12))
        email = f"{first.lower()}.{last.lower().replace(' ', '')}{rid}@mail.nl".replace("ë", "e")
        riders.append([rid, first, last, email, born, signed.isoformat(), plan, 0])
    for r in rng.sample(riders, 9):
        r[7] = 1
    prices = [(1, "PAYG", 100, 25, 0, "2024-03-01", "2024-12-31"), (2, "PAYG", 125, 28, 0, "2025-01-01", None),
              (3, "MNTH", 0, 12, 1999, "2024-03-01", "2024-08-31"), (4, "MNTH", 0, 12, 2499, "2024-09-01", "2025-02-28"),
              (5, "MNTH", 0, 10, 2999, "2025-03-01", None), (6, "STUD", 50, 15, 0, "2024-03-01", "2024-12-31"),
              (7, "STUD", 50, 18, 0, "2025-01-01", None)]

    def price(plan: str, d: dt.date) -> tuple[int, int]:
        for p in prices:
            if p[1] == plan and p[5] <= d.isoformat() and (p[6] is None or d.isoformat() <= p[6]):
                return p[2], p[3]
        raise ValueError(d)

    rider_w = {r[0]: rng.uniform(0.05, 1.0) ** 3 for r in riders}
    quit_2024 = set(rng.sample([r[0] for r in riders if r[5] < "2024-10-01"], 45))
    rides = []
    mu = {"PAYG": 2.55, "MNTH": 2.75, "STUD": 2.35}
    day = D(2024, 3, 1)
    while day <= END:
        season = 1.4 if day.month in (5, 6, 7, 8, 9) else 0.7 if day.month in (12, 1, 2) else 1.0
        n = max(0, round(rng.gauss(6.5 * season, 2)))
        elig_r = [r[0] for r in riders if r[5] <= day.isoformat() and not (r[0] in quit_2024 and day.year == 2025)]
        elig_s = [s[0] for s in scooters if s[4] <= day.isoformat() and (s[0] not in retired_on or day < retired_on[s[0]])]
        for _ in range(n):
            if not elig_r:
                break
            rid = rng.choices(elig_r, [rider_w[r] for r in elig_r])[0]
            sid = rng.choice(elig_s)
            z1 = rng.choices(range(1, 14), zone_w)[0]
            z2 = rng.choices(range(1, 14), zone_w)[0]
            dur = max(2, min(95, round(rng.lognormvariate(mu[riders[rid - 1][6]], 0.55))))
            if rng.random() < 0.015:
                dur = rng.randint(70, 140)
            dist_m = round(dur * rng.uniform(140, 290))
            unlock, per_min = price(riders[rid - 1][6], day)
            fare = unlock + per_min * dur
            t = f"{rng.choices(range(6, 24), [1, 3, 5, 5, 3, 3, 4, 4, 3, 3, 4, 5, 6, 5, 4, 3, 2, 2])[0]:02d}"
            started = f"{day.isoformat()} {t}:{rng.randint(0, 59):02d}"
            rides.append((len(rides) + 1, rid, sid, z1, z2, started, dur, dist_m, fare))
        day += _days(1)
    rides_of: dict[int, list[tuple[Any, ...]]] = {}
    for r in rides:
        rides_of.setdefault(r[2], []).append(r)
    damages = []
    mw = {"Segway Ninebot Max G30": 1.0, "Okai ES400": 1.9, "Tier Five": 0.8}
    types = ["BRK", "TYR", "LGT", "BAT", "VND"]
    costs = {"BRK": (1500, 6000), "TYR": (2500, 5500), "LGT": (800, 2500), "BAT": (9000, 32000), "VND": (3000, 15000)}
    ridden = [s for s in scooters if s[0] in rides_of]
    for _ in range(150):
        s = rng.choices(ridden, [mw[x[2]] for x in ridden])[0]
        dt_ = rng.choice(types)
        if rng.random() < 0.6:
            ride = rng.choice(rides_of[s[0]])
            rep = D.fromisoformat(ride[5][:10])
            ride_id = ride[0]
        else:
            rep = day_between(rng, D.fromisoformat(s[4]) + _days(5), END)
            ride_id = None
        fixed = rep + _days(rng.randint(1, 20))
        cost = round(rng.randint(*costs[dt_]), -2)
        if fixed > END or rng.random() < 0.06 or s[5] == "M":
            fixed = None
        damages.append((len(damages) + 1, s[0], ride_id, rep.isoformat(), dt_, cost, iso(fixed)))
    ddl = """
    CREATE TABLE zones (zone_id INTEGER PRIMARY KEY, zone_name TEXT NOT NULL, area_type TEXT NOT NULL,
        no_parking INTEGER NOT NULL);
    CREATE TABLE scooters (scooter_id INTEGER PRIMARY KEY, fleet_code TEXT NOT NULL UNIQUE, model TEXT NOT NULL,
        battery_wh INTEGER NOT NULL, commissioned_on TEXT NOT NULL, status TEXT NOT NULL);
    CREATE TABLE riders (rider_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        email TEXT NOT NULL, birth_year INTEGER, signed_up_on TEXT NOT NULL, plan_code TEXT NOT NULL,
        banned INTEGER NOT NULL);
    CREATE TABLE plan_prices (plan_price_id INTEGER PRIMARY KEY, plan_code TEXT NOT NULL,
        unlock_cents INTEGER NOT NULL, per_minute_cents INTEGER NOT NULL, monthly_fee_cents INTEGER NOT NULL,
        valid_from TEXT NOT NULL, valid_to TEXT);
    CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, rider_id INTEGER NOT NULL REFERENCES riders(rider_id),
        scooter_id INTEGER NOT NULL REFERENCES scooters(scooter_id),
        start_zone_id INTEGER NOT NULL REFERENCES zones(zone_id), end_zone_id INTEGER NOT NULL REFERENCES zones(zone_id),
        started_at TEXT NOT NULL, duration_min INTEGER NOT NULL, distance_m INTEGER NOT NULL,
        fare_cents INTEGER NOT NULL);
    CREATE TABLE damage_reports (damage_report_id INTEGER PRIMARY KEY,
        scooter_id INTEGER NOT NULL REFERENCES scooters(scooter_id), ride_id INTEGER REFERENCES rides(ride_id),
        reported_on TEXT NOT NULL, damage_type TEXT NOT NULL, repair_cost_cents INTEGER NOT NULL, fixed_on TEXT);
    """
    write_tables(path, ddl, {"zones": zones, "scooters": scooters, "riders": riders, "plan_prices": prices,
                       "rides": rides, "damage_reports": damages})


# ---------------------------------------------------------------------------------------------------------------
# bellringers: a church bell-ringing guild (singular tables, <table>no keys)
# ---------------------------------------------------------------------------------------------------------------

_METHODS = {
    6: ["Plain Bob Minor", "Cambridge Surprise Minor", "Grandsire Doubles", "Stedman Doubles"],
    8: ["Plain Bob Major", "Grandsire Triples", "Stedman Triples", "Yorkshire Surprise Major",
        "Cambridge Surprise Major"],
    10: ["Grandsire Caters", "Plain Bob Royal", "Cambridge Surprise Royal"],
    12: ["Stedman Cinques", "Cambridge Surprise Maximus"],
}
_NIGHTS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def build_bellringers(path: Path) -> None:
    rng = random.Random(108_004)
    towers = [
        (1, "St Mary the Virgin", "Great Missenden", "Buckinghamshire", 8, 762, "Tue"),
        (2, "St Peter and St Paul", "Wendover", "Buckinghamshire", 8, 1015, "Thu"),
        (3, "All Saints", "Little Kimble", "Buckinghamshire", 6, 384, "Mon"),
        (4, "St Lawrence", "West Wycombe", "Buckinghamshire", 6, 541, "Wed"),
        (5, "St Michael", "Princes Risborough", "Buckinghamshire", 8, 893, "Fri"),
        (6, "Holy Trinity", "Prestwood", "Buckinghamshire", 6, 297, "Tue"),
        (7, "St Mary", "Aylesbury", "Buckinghamshire", 10, 1420, "Wed"),
        (8, "St John the Baptist", "Stokenchurch", "Buckinghamshire", 6, 412, "Thu"),
        (9, "St Peter", "Tring", "Hertfordshire", 8, 1160, "Mon"),
        (10, "St Mary", "Hemel Hempstead", "Hertfordshire", 12, 1575, "Tue"),
        (11, "St Nicholas", "Chenies", "Buckinghamshire", 6, 455, "Fri"),
        (12, "St Botolph", "Chalfont St Giles", "Buckinghamshire", 8, 968, "Wed"),
        (13, "St Mary Magdalene", "Little Missenden", "Buckinghamshire", 6, 330, "Thu"),
        (14, "St Leonard", "Chesham Bois", "Buckinghamshire", 8, 847, "Mon"),
    ]
    tower_w = [12, 10, 5, 6, 9, 6, 12, 5, 9, 10, 5, 8, 4, 8]
    names = _unique_names(rng, 60, _UK_F, _UK_LAST) + _unique_names(rng, 75, _UK_M, _UK_LAST)
    rng.shuffle(names)
    ringers: list[list[Any]] = []
    for rno, (first, last) in enumerate(names, start=1):
        t = rng.choices(range(1, 15), tower_w)[0]
        started = rng.choices([rng.randint(1962, 1999), rng.randint(2000, 2019), rng.randint(2020, 2025)],
                              [40, 35, 25])[0]
        status = "L" if rng.random() < 0.14 else "A"
        ringers.append([rno, first, last, t, started, status])
    active = [r for r in ringers if r[5] == "A"]
    by_tower = {t[0]: [r[0] for r in active if r[3] == t[0]] for t in towers}
    captaincy = []
    for t in towers:
        local = by_tower[t[0]] or [rng.choice(active)[0]]
        experienced = sorted(local, key=lambda r: ringers[r - 1][4])
        pool = [r[0] for r in ringers if r[3] == t[0] and r[4] < 2015 and r[0] != experienced[0]]
        n = min(rng.choice([1, 2, 2, 3]), len(pool) + 1)
        starts = sorted(day_between(rng, D(2008, 1, 1), D(2024, 9, 1)) for _ in range(n))
        starts[0] = D(rng.randint(1995, 2007), 4, rng.randint(1, 28))
        people = [*rng.sample(pool, n - 1), experienced[0]]
        for i in range(n):
            to = starts[i + 1] - _days(1) if i + 1 < n else None
            captaincy.append((len(captaincy) + 1, t[0], people[i], starts[i].isoformat(), iso(to)))
    practices = []
    closed = {4: (D(2025, 4, 20), D(2025, 6, 14)), 11: (D(2025, 5, 1), D(2025, 5, 31)),
              13: (D(2025, 4, 28), D(2025, 6, 7))}
    for t in towers:
        wd = _NIGHTS.index(t[6])
        day = D(2024, 1, 1)
        while day.weekday() != wd:
            day += _days(1)
        while day <= END:
            gap = closed.get(t[0])
            skip = (gap is not None and gap[0] <= day <= gap[1]) or (day.month == 8 and rng.random() < 0.5)
            skip = skip or (day.month == 12 and day.day > 22) or rng.random() < 0.06
            if not skip:
                present = max(3, min(t[4] + 4, round(rng.gauss(len(by_tower[t[0]]) * 0.7 + 2, 1.8))))
                learners = rng.choice([0, 0, 0, 1, 1, 2, 3])
                practices.append((len(practices) + 1, t[0], day.isoformat(), present, learners))
            day += _days(7)
    ringer_w = {r[0]: (0.0 if rng.random() < 0.12 else rng.uniform(0.1, 1.0) ** 1.5) for r in active}
    ringer_w.update({r[0]: rng.uniform(0.05, 0.4) for r in ringers if r[5] == "L"})
    cond_w = {r[0]: rng.uniform(0.1, 1.0) ** 3 for r in active if r[4] < 2012 and ringer_w[r[0]] > 0}
    peals = []
    band = []
    day = D(2022, 1, 1)
    lapsed_until = {r[0]: D(rng.randint(2022, 2024), rng.randint(1, 12), 1) for r in ringers if r[5] == "L"}
    while day <= END:
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            t = rng.choices(towers, tower_w)[0]
            kind = "P" if rng.random() < 0.16 else "Q"
            method = rng.choice(_METHODS[t[4]])
            if kind == "P":
                changes = rng.choice([5000, 5003, 5040, 5056, 5088, 5120, 5152, 5184])
                dur = round(t[5] ** 0.25 * 34 + rng.uniform(-8, 12))
            else:
                changes = rng.choice([1260, 1272, 1280, 1296, 1312, 1320])
                dur = round(t[5] ** 0.25 * 8.7 + rng.uniform(-3, 4))
            cands = [r for r, w in ringer_w.items() if w > 0 and (r not in lapsed_until or day < lapsed_until[r])]
            conds = [c for c in cond_w if c in cands]
            cond = rng.choices(conds, [cond_w[c] for c in conds])[0]
            members = [cond]
            while len(members) < t[4]:
                r = rng.choices(cands, [ringer_w[c] * (3 if ringers[c - 1][3] == t[0] else 1) for c in cands])[0]
                if r not in members:
                    members.append(r)
            pno = len(peals) + 1
            peals.append((pno, t[0], day.isoformat(), kind, method, changes, dur, cond))
            bells = list(range(1, t[4] + 1))
            rng.shuffle(bells)
            for r, b in zip(members, bells, strict=True):
                band.append((pno, r, b))
        day += _days(rng.choice([3, 4, 5]))
    ddl = """
    CREATE TABLE tower (towerno INTEGER PRIMARY KEY, dedication TEXT NOT NULL, place TEXT NOT NULL,
        county TEXT NOT NULL, bells INTEGER NOT NULL, tenorkg INTEGER NOT NULL, practicenight TEXT NOT NULL);
    CREATE TABLE ringer (ringerno INTEGER PRIMARY KEY, forename TEXT NOT NULL, surname TEXT NOT NULL,
        towerno INTEGER NOT NULL REFERENCES tower(towerno), learnedyear INTEGER, status TEXT NOT NULL);
    CREATE TABLE captaincy (captaincyno INTEGER PRIMARY KEY, towerno INTEGER NOT NULL REFERENCES tower(towerno),
        ringerno INTEGER NOT NULL REFERENCES ringer(ringerno), fromdate TEXT NOT NULL, todate TEXT);
    CREATE TABLE practice (practiceno INTEGER PRIMARY KEY, towerno INTEGER NOT NULL REFERENCES tower(towerno),
        practicedate TEXT NOT NULL, attendance INTEGER NOT NULL, learners INTEGER NOT NULL);
    CREATE TABLE peal (pealno INTEGER PRIMARY KEY, towerno INTEGER NOT NULL REFERENCES tower(towerno),
        pealdate TEXT NOT NULL, kind TEXT NOT NULL, method TEXT NOT NULL, changes INTEGER NOT NULL,
        minutes INTEGER NOT NULL, conductorno INTEGER NOT NULL REFERENCES ringer(ringerno));
    CREATE TABLE pealband (pealno INTEGER NOT NULL REFERENCES peal(pealno),
        ringerno INTEGER NOT NULL REFERENCES ringer(ringerno), bell INTEGER NOT NULL, PRIMARY KEY (pealno, ringerno));
    """
    write_tables(path, ddl, {"tower": towers, "ringer": ringers, "captaincy": captaincy, "practice": practices,
                       "peal": peals, "pealband": band})


# ---------------------------------------------------------------------------------------------------------------
# speedwatch: community speed-watch volunteer groups (two-letter codes with lookup tables)
# ---------------------------------------------------------------------------------------------------------------

_ROADS = {
    "AB": [("High Street", 30), ("Wantage Road", 40), ("Kingstone Lane", 20)],
    "CH": [("Main Street", 30), ("Hagbourne Road", 30)],
    "EH": [("Newbury Road", 30), ("Mill Lane", 20), ("Rectory Road", 30)],
    "LW": [("Didcot Road", 30), ("Sutton Lane", 40)],
    "UF": [("Broad Street", 30), ("Woolstone Road", 20)],
    "WT": [("Shrivenham Road", 30), ("Majors Road", 40), ("Cowans Camp", 20)],
    "SB": [("Park Road", 30), ("Station Road", 20)],
}


def _plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = rng.choice(["15", "18", "19", "20", "21", "22", "23", "24", "66", "69", "70", "71", "72", "73", "74"])
    return f"{rng.choice(letters)}{rng.choice(letters)}{age} {''.join(rng.choice(letters) for _ in range(3))}"


def build_speedwatch(path: Path) -> None:
    rng = random.Random(108_005)
    parishes = [("AB", "Ashbury", "Vale of White Horse", 530), ("CH", "Chilton", "Vale of White Horse", 1090),
                ("EH", "East Hendred", "Vale of White Horse", 1280), ("LW", "Long Wittenham", "South Oxfordshire", 800),
                ("UF", "Uffington", "Vale of White Horse", 740), ("WT", "Watchfield", "Vale of White Horse", 2890),
                ("SB", "Sutton Courtenay", "Vale of White Horse", 2420)]
    vtypes = [("CR", "Car"), ("VN", "Van"), ("HG", "Heavy goods vehicle"), ("MC", "Motorcycle"),
              ("BS", "Bus or coach"), ("AG", "Tractor or farm vehicle")]
    actions = [("L1", "First advisory letter sent"), ("L2", "Second advisory letter sent"),
               ("PV", "Referred for police visit"), ("NT", "No trace - plate not found"),
               ("EX", "Exempt - emergency vehicle")]
    statuses = [("AC", "Active"), ("OH", "On hold"), ("LP", "Lapsed"), ("TR", "In training")]
    sites = []
    for code, roads in _ROADS.items():
        for road, limit in roads:
            sites.append((len(sites) + 1, code, road, limit))
    names = _unique_names(rng, 30, _UK_F, _UK_LAST) + _unique_names(rng, 32, _UK_M, _UK_LAST)
    rng.shuffle(names)
    vols = []
    pw = [8, 7, 10, 8, 7, 12, 10]
    codes = [p[0] for p in parishes]
    for vid, (first, last) in enumerate(names, start=1):
        pc = rng.choices(codes, pw)[0]
        trained = day_between(rng, D(2021, 3, 1), D(2025, 5, 20))
        st = rng.choices(["AC", "OH", "LP"], [72, 10, 18])[0]
        if trained > D(2025, 3, 1):
            st = rng.choice(["AC", "TR"])
        vols.append((vid, first, last, pc, trained.isoformat(), st))
    vol_w = {v[0]: rng.uniform(0.1, 1.0) ** 2 for v in vols}
    idle = set(rng.sample([v[0] for v in vols if v[5] in ("AC", "TR")], 6))
    site_w = [rng.uniform(0.4, 1.5) for _ in sites]
    repeaters = [_plate(rng) for _ in range(60)]
    rep_w = [rng.uniform(0.2, 1.0) ** 2 for _ in repeaters]
    seen: dict[str, int] = {}
    sessions = []
    sess_vol = []
    sightings = []
    day = D(2023, 9, 4)
    colours = ["White", "Black", "Silver", "Grey", "Blue", "Red", "Green", "Orange", "Yellow"]
    colour_w = [22, 18, 20, 17, 10, 8, 2, 1, 2]
    while day <= END:
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            si = rng.choices(range(len(sites)), site_w)[0]
            site = sites[si]
            local = [v for v in vols if v[3] == site[1] and v[0] not in idle and v[4] <= day.isoformat()
                     and (v[5] in ("AC", "TR") or day < D(2024, 9, 1))]
            if len(local) < 2:
                continue
            mins = rng.choice([45, 60, 60, 60, 75, 90, 90, 120])
            counted = round(mins * rng.uniform(2.5, 6.0) * (1.5 if site[3] == 40 else 1.0))
            sid = len(sessions) + 1
            hour = rng.choice(["07:30", "08:00", "08:15", "12:00", "15:00", "16:30", "17:00", "18:00"])
            sessions.append((sid, site[0], day.isoformat(), hour, mins, counted))
            team = []
            for v in rng.sample(local, len(local)):
                if len(team) < rng.choice([2, 3, 3, 4]) and rng.random() < vol_w[v[0]] + 0.3:
                    team.append(v[0])
            if len(team) < 2:
                team = [v[0] for v in local[:2]]
            for v in team:
                sess_vol.append((sid, v))
            h, m = int(hour[:2]), int(hour[3:])
            for _ in range(max(0, round(counted * rng.uniform(0.01, 0.05)))):
                off = rng.randint(0, mins - 1)
                tm = f"{h + (m + off) // 60:02d}:{(m + off) % 60:02d}"
                plate = rng.choices(repeaters, rep_w)[0] if rng.random() < 0.035 else _plate(rng)
                vt = rng.choices([t[0] for t in vtypes], [70, 17, 4, 6, 1, 2])[0]
                over = rng.choice([5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 19, 24]) + (3 if site[3] == 20 else 0)
                speed = site[3] + over
                if vt in ("HG", "BS", "AG"):
                    speed = site[3] + over // 2 + 3
                seen[plate] = seen.get(plate, 0) + 1
                if rng.random() < 0.05:
                    act = "NT"
                elif rng.random() < 0.012:
                    act = "EX"
                else:
                    act = "L1" if seen[plate] == 1 else "L2" if seen[plate] == 2 else "PV"
                colour = rng.choices(colours, colour_w)[0]
                sightings.append((len(sightings) + 1, sid, tm, plate, vt, colour, speed, act))
        day += _days(1)
    ddl = """
    CREATE TABLE parishes (parish_code TEXT PRIMARY KEY, parish_name TEXT NOT NULL, district TEXT NOT NULL,
        population INTEGER NOT NULL);
    CREATE TABLE vehicle_types (type_code TEXT PRIMARY KEY, type_name TEXT NOT NULL);
    CREATE TABLE action_codes (action_code TEXT PRIMARY KEY, action_name TEXT NOT NULL);
    CREATE TABLE volunteer_statuses (status_code TEXT PRIMARY KEY, status_name TEXT NOT NULL);
    CREATE TABLE sites (site_id INTEGER PRIMARY KEY, parish_code TEXT NOT NULL REFERENCES parishes(parish_code),
        road_name TEXT NOT NULL, limit_mph INTEGER NOT NULL);
    CREATE TABLE volunteers (volunteer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        parish_code TEXT NOT NULL REFERENCES parishes(parish_code), trained_on TEXT NOT NULL,
        status_code TEXT NOT NULL REFERENCES volunteer_statuses(status_code));
    CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(site_id),
        session_date TEXT NOT NULL, start_time TEXT NOT NULL, minutes INTEGER NOT NULL,
        vehicles_counted INTEGER NOT NULL);
    CREATE TABLE session_volunteers (session_id INTEGER NOT NULL REFERENCES sessions(session_id),
        volunteer_id INTEGER NOT NULL REFERENCES volunteers(volunteer_id), PRIMARY KEY (session_id, volunteer_id));
    CREATE TABLE sightings (sighting_id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(session_id), seen_at TEXT NOT NULL, plate TEXT NOT NULL,
        type_code TEXT NOT NULL REFERENCES vehicle_types(type_code), colour TEXT NOT NULL, speed_mph INTEGER NOT NULL,
        action_code TEXT NOT NULL REFERENCES action_codes(action_code));
    """
    write_tables(path, ddl, {"parishes": parishes, "vehicle_types": vtypes, "action_codes": actions,
                       "volunteer_statuses": statuses, "sites": sites, "volunteers": vols, "sessions": sessions,
                       "session_volunteers": sess_vol, "sightings": sightings})


# ---------------------------------------------------------------------------------------------------------------
# volunteerdrivers: a community car scheme driving older people to appointments (self-reference, minutes)
# ---------------------------------------------------------------------------------------------------------------

_TOWNS = ["Kendal", "Windermere", "Ambleside", "Grange-over-Sands", "Sedbergh", "Kirkby Lonsdale"]
_DESTS = {"H": ["Westmorland General Hospital", "Royal Lancaster Infirmary", "Furness General Hospital"],
          "G": ["Station House Surgery", "Captain French Surgery", "Ambleside Health Centre", "Sedbergh Medical Practice"],
          "D": ["Kendal Dental Care", "Windermere Dental Practice"],
          "S": ["Westmorland Shopping Centre", "Booths Windermere", "Kendal Market"],
          "O": ["Age UK Day Centre", "Friendship Club", "Lunch Club"]}


def build_volunteerdrivers(path: Path) -> None:
    rng = random.Random(108_006)
    names = _unique_names(rng, 16, _UK_F, _UK_LAST) + _unique_names(rng, 20, _UK_M, _UK_LAST)
    rng.shuffle(names)
    drivers: list[list[Any]] = []
    for i, (first, last) in enumerate(names, start=1):
        coord = None if i == 1 else 1 if i <= 4 else rng.choice([2, 3, 4])
        joined = day_between(rng, D(2012, 1, 1), D(2019, 12, 31)) if i <= 4 else day_between(rng, D(2015, 1, 1), D(2025, 2, 1))
        dbs = day_between(rng, D(2024, 9, 1), D(2027, 12, 31))
        active = "Y" if i <= 4 or rng.random() < 0.78 else "N"
        town = rng.choice(_TOWNS[:5])
        drivers.append([i, first, last, coord, joined.isoformat(), dbs.isoformat(), active, town])
    left_on = {d[0]: day_between(rng, D(2024, 3, 1), D(2025, 1, 31)) for d in drivers if d[6] == "N"}
    cnames = _unique_names(rng, 130, _UK_F, _UK_LAST) + _unique_names(rng, 100, _UK_M, _UK_LAST)
    dnames = {(d[1], d[2]) for d in drivers}
    cnames = [c for c in cnames if c not in dnames]
    rng.shuffle(cnames)
    clients: list[list[Any]] = []
    for cid, (first, last) in enumerate(cnames, start=1):
        town = rng.choices(_TOWNS, [35, 18, 12, 12, 8, 15])[0]
        reg = day_between(rng, D(2016, 1, 1), D(2025, 5, 31))
        status = rng.choices(["A", "C", "D"], [82, 10, 8])[0]
        clients.append([cid, first, last, town, rng.randint(1926, 1962), "Y" if rng.random() < 0.14 else "N",
                        reg.isoformat(), status])
    ended = {c[0]: day_between(rng, D(2024, 2, 1), D(2025, 4, 30)) for c in clients if c[7] != "A"}
    client_w = {c[0]: rng.uniform(0.05, 1.0) ** 2.5 for c in clients}
    drv_w = {d[0]: (0.35 if d[0] == 1 else rng.uniform(0.2, 1.0)) for d in drivers}
    drv_w[5] = 0.0
    drv_w[9] = 0.0
    journeys = []
    day = D(2024, 1, 2)
    while day <= END:
        if day.weekday() < 6:
            for _ in range(rng.choice([2, 3, 4, 4, 5, 6])):
                elig_c = [c[0] for c in clients if c[6] <= day.isoformat() and (c[0] not in ended or day < ended[c[0]])]
                cid = rng.choices(elig_c, [client_w[c] for c in elig_c])[0]
                purpose = rng.choices("HGDSO", [30, 30, 8, 20, 12])[0]
                dest = rng.choice(_DESTS[purpose])
                if purpose == "H" and dest != "Westmorland General Hospital":
                    miles = round(rng.uniform(28, 62), 1)
                else:
                    miles = round(rng.uniform(2, 18), 1)
                mins = round(miles * rng.uniform(2.2, 3.2) + (rng.randint(45, 150) if purpose in "HGD"
                                                               else rng.randint(60, 180)))
                status = rng.choices("CXU", [86, 9, 5])[0]
                elig_d = [d[0] for d in drivers if d[4] <= day.isoformat() and drv_w[d[0]] > 0
                          and (d[0] not in left_on or day < left_on[d[0]])
                          and not (d[0] in (7, 12) and day >= D(2025, 2, 20))]
                did = rng.choices(elig_d, [drv_w[d] for d in elig_d])[0] if status != "U" else None
                pickup = f"{rng.randint(7, 14):02d}:{rng.choice(['00', '15', '30', '45'])}"
                donation = None
                if status == "C":
                    donation = rng.choice([0, 200, 300, 500, 500, 500, 1000, 1000, 1500, 2000])
                else:
                    miles = 0.0 if status == "U" else miles
                journeys.append((len(journeys) + 1, cid, did, day.isoformat(), pickup, purpose, dest,
                                 miles if status == "C" else None, mins if status == "C" else None, status, donation))
        day += _days(1)
    claims = []
    per_month: dict[tuple[int, str], float] = {}
    for j in journeys:
        if j[9] == "C":
            key = (j[2], j[3][:7])
            per_month[key] = per_month.get(key, 0.0) + j[7]
    for (did, month), miles in sorted(per_month.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if month == "2025-06" or rng.random() < 0.1:
            continue
        y, m = int(month[:4]), int(month[5:])
        nxt = D(y + (m == 12), m % 12 + 1, 1)
        paid = nxt + _days(rng.randint(10, 25))
        if month == "2025-05" and rng.random() < 0.7:
            paid = None
        elif month < "2025-05" and rng.random() < 0.02:
            paid = None
        if paid is not None and paid > END:
            paid = None
        claims.append((len(claims) + 1, did, month, round(miles, 1), round(miles * 45), iso(paid)))
    ddl = """
    CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        coordinator_id INTEGER REFERENCES drivers(driver_id), joined_on TEXT NOT NULL, dbs_expires_on TEXT NOT NULL,
        active TEXT NOT NULL, home_town TEXT NOT NULL);
    CREATE TABLE clients (client_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        town TEXT NOT NULL, birth_year INTEGER NOT NULL, wheelchair TEXT NOT NULL, registered_on TEXT NOT NULL,
        status TEXT NOT NULL);
    CREATE TABLE journeys (journey_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id),
        driver_id INTEGER REFERENCES drivers(driver_id), journey_date TEXT NOT NULL, pickup_time TEXT NOT NULL,
        purpose TEXT NOT NULL, destination TEXT NOT NULL, miles REAL, duration_min INTEGER, status TEXT NOT NULL,
        donation_pence INTEGER);
    CREATE TABLE mileage_claims (claim_id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL REFERENCES drivers(driver_id),
        claim_month TEXT NOT NULL, miles REAL NOT NULL, amount_pence INTEGER NOT NULL, paid_on TEXT);
    """
    write_tables(path, ddl, {"drivers": drivers, "clients": clients, "journeys": journeys, "mileage_claims": claims})


BUILDERS: dict[str, Callable[[Path], None]] = {
    "covoiturage": build_covoiturage,
    "sailingclub": build_sailingclub,
    "escooters": build_escooters,
    "bellringers": build_bellringers,
    "speedwatch": build_speedwatch,
    "volunteerdrivers": build_volunteerdrivers,
}
