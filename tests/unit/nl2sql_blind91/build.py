"""Six health, care and wellbeing databases for the ninety-first blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows scheduled for the future: the
planned home-care visits (``einsaetze.status`` 'geplant', up to 2025-06-21) in ``pflegedienst``, the massage
appointments with status 'booked' in ``sportsmassage`` and the chiropody visits with ``Outcome`` 'Booked' (16 to 27
June 2025) in ``chiropody``.

- ``pflegedienst`` (German table and column names and German values; flags 'J' (ja) / 'N' (nein); money in euros;
  self-referencing ``mitarbeiter.vorgesetzter_id``): an ambulant home-care service around Leipzig. ``mitarbeiter``
  (staff: ``vorname``, ``nachname``, ``rolle`` 'Pflegedienstleitung' (the head of care, ``vorgesetzter_id`` NULL) /
  'Teamleitung' (team lead) / 'Pflegefachkraft' (registered nurse) / 'Pflegehilfskraft' (care assistant) /
  'Hauswirtschaftskraft' (home help), ``vorgesetzter_id`` = the manager the person reports to, ``eintrittsdatum``
  joined, ``austrittsdatum`` left (NULL while still employed), ``wochenstunden`` contracted hours a week,
  ``fuehrerschein`` holds a driving licence), ``klienten`` (clients: ``vorname``, ``nachname``, ``geburtsdatum``,
  ``ort`` town, ``pflegegrad`` care level 1..5 (NULL = no care level, medical treatment care only), ``krankenkasse``
  health insurer, ``aufnahmedatum`` taken on, ``entlassen_am`` discharged (NULL while still in care),
  ``entlassungsgrund`` 'verstorben' died / 'Umzug ins Pflegeheim' moved into a nursing home / 'Wegzug' moved away
  (NULL while in care), ``notfallkontakt`` emergency contact phone (NULL when none on file), ``alleinlebend`` lives
  alone), ``leistungen`` (services: ``bezeichnung``, ``kategorie`` 'Grundpflege' basic care / 'Behandlungspflege'
  medical treatment care / 'Hauswirtschaft' housekeeping / 'Betreuung' companionship / 'Zusatzleistung' private
  extra, ``preis_euro``, ``dauer_minuten`` standard minutes), ``einsaetze`` (visits: ``klient_id``,
  ``mitarbeiter_id``, ``datum``, ``beginn`` / ``ende`` 'HH:MM' (``ende`` NULL unless carried out), ``status``
  'erledigt' carried out / 'ausgefallen' cancelled, did not take place / 'geplant' planned (future),
  ``gefahrene_km`` kilometres driven for the visit, NULL unless carried out), ``einsatz_leistungen`` (the link
  between visits and services: ``anzahl`` how many times the service was given; only carried-out and planned visits
  have rows) and ``rechnungen`` (monthly invoices to clients: ``abrechnungsmonat`` the month billed 'YYYY-MM',
  ``rechnungsdatum`` invoice date (the 1st of the next month), ``faellig_am`` due date (14 days later),
  ``betrag_euro`` = the prices of the services given that month, ``bezahlt`` paid, ``bezahlt_am`` date paid (NULL
  while unpaid)).
- ``bpscreen`` (SCREAMING_SNAKE_CASE, Oracle style: every table prefixed ``BPS_``, ``_CD`` codes, ``_DT`` dates,
  ``_FLG`` flags 'Y'/'N'): a community blood-pressure screening programme in Calderdale (West Yorkshire) for people
  aged 40 to 74. ``BPS_GP_PRACTICE`` (``PRACTICE_NAME``, ``PRACTICE_TOWN``), ``BPS_SITE`` (where screening is done:
  ``SITE_NAME``, ``SITE_TYPE_CD`` 'PHARMACY' / 'LIBRARY' / 'SUPERMARKET' / 'COMMUNITY CENTRE' / 'LEISURE CENTRE' /
  'WORKPLACE', ``SITE_TOWN``, ``OPENED_DT``, ``CLOSED_DT`` NULL while still running), ``BPS_STAFF`` (``STAFF_NAME``,
  ``STAFF_ROLE_CD`` 'NURSE' / 'HCA' (healthcare assistant) / 'PHARMACIST' / 'VOLUNTEER', ``START_DT``,
  ``ACTIVE_FLG`` 'N' = no longer on the programme), ``BPS_PARTICIPANT`` (``FORENAME``, ``SURNAME``, ``SEX_CD``
  'M'/'F', ``BIRTH_DT``, ``POSTCODE_DISTRICT`` e.g. 'HX1', ``PRACTICE_ID`` the GP practice they are registered with
  (NULL = not registered with a GP), ``SMOKER_FLG``, ``CONSENT_DT`` = date of their first screening),
  ``BPS_SCREENING`` (one blood-pressure check: ``PARTICIPANT_ID``, ``SITE_ID``, ``STAFF_ID``, ``SCREEN_DT``,
  ``SYSTOLIC_MMHG`` / ``DIASTOLIC_MMHG`` in mmHg, ``PULSE_BPM``, ``WEIGHT_KG`` and ``HEIGHT_CM`` (NULL when not
  measured), ``RESULT_CD`` 'LOW' (under 90/60) / 'NORMAL' / 'STAGE1' (140/90 or more) / 'STAGE2' (160/100 or more) /
  'SEVERE' (180/120 or more), ``REFERRED_FLG`` referred to the GP) and ``BPS_REFERRAL`` (one row per referred
  screening: ``SCREENING_ID``, ``PRACTICE_ID`` the practice the referral went to, ``REFERRAL_DT``, ``PRIORITY_CD``
  'ROUTINE' / 'URGENT' / 'SAME_DAY', ``SEEN_DT`` when the GP saw the patient (NULL if not (yet) seen),
  ``OUTCOME_CD`` 'MEDICATION' started on blood-pressure medication / 'LIFESTYLE' lifestyle advice / 'NO_ACTION' /
  'DNA' did not attend, NULL while still waiting).
- ``sleeploans`` (plain lowercase snake_case; an entity-attribute-value table ``device_attributes`` beside normal
  tables; flag ``clinicians.active`` 0/1; money in pounds): the equipment loan store of a hospital sleep clinic in
  Cardiff. ``clinicians`` (``name``, ``role`` 'consultant' / 'sleep physiologist' / 'specialist nurse' /
  'healthcare assistant', ``active``), ``patients`` (``full_name``, ``date_of_birth``, ``sex`` 'M'/'F',
  ``referred_by`` 'GP' / 'ENT' / 'respiratory' / 'cardiology' / 'bariatric' / 'neurology', ``postcode``, ``phone``
  NULL when not given, ``diagnosis`` 'OSA' (obstructive sleep apnoea) / 'central sleep apnoea' / 'insomnia' /
  'narcolepsy' / 'restless legs', NULL = no diagnosis yet), ``device_models`` (``model_name``, ``manufacturer``,
  ``device_type`` 'CPAP' / 'APAP' (auto-adjusting CPAP) / 'oximeter' / 'home sleep test' / 'actigraph',
  ``replacement_cost_gbp``), ``devices`` (each physical unit: ``asset_tag`` 'SLP-0001', ``model_id``, ``serial_no``,
  ``purchased_on``, ``status`` 'available' / 'on loan' / 'in repair' / 'retired', ``retired_on`` NULL unless
  retired), ``device_attributes`` (EAV: ``device_id``, ``attribute``, ``value`` as text; attributes 'firmware'
  (every device), 'humidifier' 'yes'/'no', 'mask_type' 'nasal' / 'full face' / 'nasal pillows' and 'modem'
  'yes'/'no' (CPAP and APAP machines only), 'battery_cycles' (oximeters and home sleep test kits), 'strap_colour'
  (actigraphs), 'last_service' 'YYYY-MM-DD' (no row when the device has never been serviced)), ``loans``
  (``device_id``, ``patient_id``, ``issued_by`` = the clinician, ``issued_on``, ``due_back``, ``returned_on`` NULL
  while still out, ``return_condition`` 'good' / 'damaged' / 'incomplete', NULL while out) and ``usage_reports``
  (weekly downloads from CPAP/APAP machines on loan: ``loan_id``, ``week_start``, ``nights_used`` 0..7,
  ``avg_hours_per_night``, ``residual_ahi`` events per hour and ``mask_leak_l_min`` litres per minute (NULL when not
  reported)).
- ``pharmvan`` (plain snake_case; flags 0/1; the one table with Unix epoch timestamps is ``deliveries``
  (``attempted_at`` = UTC seconds since 1970), all other dates are ISO text; money in pounds): the home delivery
  van of a community pharmacy in Ludlow, Shropshire. ``vans`` (``registration``, ``make_model``, ``fuel`` 'diesel' /
  'electric', ``has_fridge``, ``mot_due``), ``drivers`` (``driver_name``, ``employment`` 'staff' / 'volunteer',
  ``start_date``, ``end_date`` NULL while still driving, ``phone``), ``patients`` (``patient_name``, ``address``,
  ``village``, ``phone`` NULL when unknown, ``housebound``, ``registered_on``, ``delivery_notes`` NULL when none),
  ``subscriptions`` (paid delivery plans: ``plan`` 'monthly' (fee per month) / 'annual' (fee per year),
  ``fee_gbp``, ``start_date``, ``end_date`` NULL while running), ``rounds`` (one van trip: ``round_date``, ``route``
  'Ludlow town' / 'Teme valley' / 'Corve dale', ``van_id``, ``driver_id``, ``miles`` NULL when not logged) and
  ``deliveries`` (one stop: ``round_id``, ``patient_id``, ``bags``, ``fridge_item`` contains a fridge line,
  ``controlled_drug`` contains a controlled drug (needs a signature), ``attempted_at`` epoch seconds, ``outcome``
  'delivered' / 'left with neighbour' / 'no answer' / 'refused' / 'wrong address', ``signed_by`` NULL when nobody
  signed).
- ``sportsmassage`` (snake_case; flags 'T'/'F'; money in pounds; self-referencing ``clients.referred_by`` = the
  existing client who recommended them, NULL when nobody did): a sports massage clinic. ``therapists``
  (``therapist_name``, ``qualification``, ``commission_pct`` = the therapist's percentage of what is charged,
  ``start_date``, ``left_on`` NULL while still working, ``is_active``), ``clients`` (``client_name``, ``email`` NULL
  when not given, ``phone``, ``main_sport`` ('none' when they do no sport), ``registered_on``, ``referred_by``,
  ``marketing_opt_in``), ``treatments`` (``treatment_name``, ``minutes``, ``price_gbp`` list price),
  ``appointments`` (``client_id``, ``therapist_id``, ``treatment_id``, ``appt_date``, ``appt_time`` 'HH:MM',
  ``status`` 'completed' / 'cancelled' / 'no-show' / 'booked' (future), ``amount_charged_gbp`` (list price or 10%
  off; NULL unless completed), ``paid`` ('F' for anything not completed), ``pain_before`` / ``pain_after`` 0..10
  pain scores (NULL when not recorded)), ``body_areas`` (``area_name``, ``region`` 'upper body' / 'back' / 'lower
  body') and ``appointment_areas`` (the link between completed appointments and the body areas worked on).
- ``chiropody`` (PascalCase table and column names; flags 0/1; money in pounds): a mobile chiropody service
  visiting patients at home on five weekly rounds in the Yorkshire Dales. ``Chiropodists`` (``FullName``,
  ``HcpcNumber`` registration number, ``QualifiedYear``, ``StartDate``, ``LeftDate`` NULL while still working),
  ``Rounds`` (``RoundName``, ``WeekDay``, ``LeadChiropodistId`` NULL when the round has no lead), ``Patients``
  (``FullName``, ``DateOfBirth``, ``Village``, ``RoundId``, ``IsDiabetic``, ``RiskLevel`` 'Low' / 'Moderate' /
  'High' (foot risk), ``Funding`` 'NHS' / 'Private', ``RecallWeeks`` weeks between visits, ``RegisteredOn``,
  ``DischargedOn`` NULL while still on the books), ``Procedures`` (``ProcedureName``, ``StandardMinutes``,
  ``StandardFee``), ``Visits`` (``PatientId``, ``ChiropodistId``, ``VisitDate``, ``Outcome`` 'Treated' /
  'Referred to GP' (treated and referred on) / 'Not at home' / 'Declined' / 'Booked' (future), ``Minutes`` of
  treatment and ``FeeCharged`` (NULL unless treated; ``FeeCharged`` also NULL for NHS-funded patients),
  ``PaymentMethod`` 'Cash' / 'Card' / 'Cheque' / 'Invoice' / 'NHS', NULL when nothing was done),
  ``VisitProcedures`` (the link between visits and procedures: ``Foot`` 'Left' / 'Right' / 'Both') and
  ``ProductSales`` (products sold at a visit: ``Product``, ``Quantity``, ``UnitPrice``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)

GIVEN_EN = [
    "Alice", "Ben", "Chloe", "Daniel", "Emily", "Finn", "Grace", "Harry", "Imogen", "Jack", "Katie", "Leo",
    "Megan", "Noah", "Olivia", "Peter", "Ruby", "Sam", "Tara", "Umar", "Vicky", "Will", "Yusuf", "Zara",
    "Margaret", "Derek", "Joan", "Brian", "Pauline", "Keith", "Sandra", "Trevor", "Aisha", "Rajesh", "Fatima",
    "Gareth", "Sian", "Colin", "Doreen", "Malcolm",
]  # fmt: skip
FAMILY_EN = [
    "Ashworth", "Bell", "Carter", "Dixon", "Evans", "Fletcher", "Gibson", "Holt", "Ingram", "Jones", "Kerr",
    "Lloyd", "Marsh", "Nolan", "Owens", "Price", "Quayle", "Rowe", "Shaw", "Turner", "Upton", "Walsh", "Young",
    "Hughes", "Morgan", "Pryce", "Reid", "Stone", "Sutcliffe", "Akhtar", "Patel", "Hussain", "Barraclough",
    "Greenwood", "Haigh", "Crowther", "Whiteley", "Mitchell",
]  # fmt: skip


def names(r: random.Random, n: int, given: list[str], family: list[str]) -> list[str]:
    pool = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


def iso(d: dt.date) -> str:
    return d.isoformat()


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    out = []
    m = D(first.year, first.month, 1)
    while m <= last:
        out.append(m)
        m = D(m.year + (m.month == 12), m.month % 12 + 1, 1)
    return out


# ---------------------------------------------------------------------------------------------------- pflegedienst
VORNAMEN_DE = [
    "Anna", "Birgit", "Claudia", "Dieter", "Elke", "Frank", "Gabriele", "Heike", "Ines", "Jürgen", "Karin", "Lars",
    "Monika", "Nadine", "Olaf", "Petra", "Renate", "Sabine", "Thomas", "Ute", "Volker", "Wolfgang", "Yvonne",
    "Katrin", "Stefan", "Martina", "Uwe", "Sven", "Jana", "Marcel", "Gisela", "Helga", "Manfred", "Ingrid",
    "Erika", "Horst", "Gerda", "Werner", "Ursula", "Hildegard",
]  # fmt: skip
NACHNAMEN_DE = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
    "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Seidel", "Vogel", "Engel",
]  # fmt: skip
ORTE_DE = ["Leipzig", "Markkleeberg", "Taucha", "Markranstädt", "Schkeuditz", "Borsdorf", "Naunhof", "Zwenkau"]
KASSEN = ["AOK PLUS", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic", "KKH"]
LEISTUNGEN = [
    (1, "Große Körperpflege", "Grundpflege", 38.50, 45),
    (2, "Kleine Körperpflege", "Grundpflege", 21.40, 25),
    (3, "Lagern und Mobilisation", "Grundpflege", 9.80, 10),
    (4, "Medikamentengabe", "Behandlungspflege", 6.90, 5),
    (5, "Insulininjektion", "Behandlungspflege", 8.20, 5),
    (6, "Blutzuckermessung", "Behandlungspflege", 4.10, 5),
    (7, "Kompressionsstrümpfe anziehen", "Behandlungspflege", 7.60, 10),
    (8, "Verbandswechsel", "Behandlungspflege", 16.30, 15),
    (9, "Hauswirtschaftliche Versorgung", "Hauswirtschaft", 24.00, 30),
    (10, "Betreuung und Gesellschaft", "Betreuung", 28.00, 60),
    (11, "Einkaufsbegleitung", "Zusatzleistung", 22.00, 45),
    (12, "Fußpflege", "Zusatzleistung", 30.00, 40),
]


def build_pflegedienst(path: Path) -> None:
    r = random.Random(9101)
    c = fresh_db(
        path,
        """
        CREATE TABLE mitarbeiter (
            mitarbeiter_id INTEGER PRIMARY KEY, vorname TEXT NOT NULL, nachname TEXT NOT NULL, rolle TEXT NOT NULL,
            vorgesetzter_id INTEGER REFERENCES mitarbeiter(mitarbeiter_id), eintrittsdatum TEXT NOT NULL,
            austrittsdatum TEXT, wochenstunden INTEGER NOT NULL, fuehrerschein TEXT NOT NULL);
        CREATE TABLE klienten (
            klient_id INTEGER PRIMARY KEY, vorname TEXT NOT NULL, nachname TEXT NOT NULL, geburtsdatum TEXT NOT NULL,
            ort TEXT NOT NULL, pflegegrad INTEGER, krankenkasse TEXT NOT NULL, aufnahmedatum TEXT NOT NULL,
            entlassen_am TEXT, entlassungsgrund TEXT, notfallkontakt TEXT, alleinlebend TEXT NOT NULL);
        CREATE TABLE leistungen (
            leistung_id INTEGER PRIMARY KEY, bezeichnung TEXT NOT NULL, kategorie TEXT NOT NULL,
            preis_euro REAL NOT NULL, dauer_minuten INTEGER NOT NULL);
        CREATE TABLE einsaetze (
            einsatz_id INTEGER PRIMARY KEY, klient_id INTEGER NOT NULL REFERENCES klienten(klient_id),
            mitarbeiter_id INTEGER NOT NULL REFERENCES mitarbeiter(mitarbeiter_id), datum TEXT NOT NULL,
            beginn TEXT NOT NULL, ende TEXT, status TEXT NOT NULL, gefahrene_km REAL);
        CREATE TABLE einsatz_leistungen (
            einsatz_id INTEGER NOT NULL REFERENCES einsaetze(einsatz_id),
            leistung_id INTEGER NOT NULL REFERENCES leistungen(leistung_id), anzahl INTEGER NOT NULL,
            PRIMARY KEY (einsatz_id, leistung_id));
        CREATE TABLE rechnungen (
            rechnung_id INTEGER PRIMARY KEY, klient_id INTEGER NOT NULL REFERENCES klienten(klient_id),
            abrechnungsmonat TEXT NOT NULL, rechnungsdatum TEXT NOT NULL, faellig_am TEXT NOT NULL,
            betrag_euro REAL NOT NULL, bezahlt TEXT NOT NULL, bezahlt_am TEXT);
        """,
    )
    pool = [(v, n) for v in VORNAMEN_DE[:30] for n in NACHNAMEN_DE]
    r.shuffle(pool)
    # staff: 1 = Pflegedienstleitung, 2..4 = Teamleitung, the rest report to a team lead
    staff = [(1, "Heike", "Zimmermann", "Pflegedienstleitung", None, "2011-04-01", None, 40, "J")]
    leads = [
        (2, "Frank", "Seidel", "2014-09-01"),
        (3, "Katrin", "Vogel", "2017-02-15"),
        (4, "Marcel", "Engel", "2020-07-01"),
    ]
    for sid, v, n, start in leads:
        staff.append((sid, v, n, "Teamleitung", 1, start, None, 40 if sid != 3 else 35, "J"))
    roles = ["Pflegefachkraft"] * 8 + ["Pflegehilfskraft"] * 9 + ["Hauswirtschaftskraft"] * 5
    r.shuffle(roles)
    used = {("Heike", "Zimmermann"), ("Frank", "Seidel"), ("Katrin", "Vogel"), ("Marcel", "Engel")}
    k = 0
    for i, rolle in enumerate(roles, 5):
        while pool[k] in used:
            k += 1
        v, n = pool[k]
        used.add(pool[k])
        k += 1
        boss = 2 + (i % 3)
        start = day_between(r, D(2012, 1, 1), D(2024, 6, 30))
        left = None
        if i in (7, 13, 19):
            left = iso(day_between(r, D(2024, 11, 1), D(2025, 4, 30)))
        if i == 26:
            start = D(2025, 5, 1)
        std = r.choice([40, 40, 38, 35, 30, 30, 25, 20])
        fs = "N" if r.random() < 0.2 and rolle != "Pflegefachkraft" else "J"
        staff.append((i, v, n, rolle, boss, iso(start), left, std, fs))
    insert(c, "mitarbeiter", staff)
    insert(c, "leistungen", LEISTUNGEN)

    klienten = []
    plan: dict[int, list[int]] = {}
    pg_weights = {None: 8, 1: 8, 2: 30, 3: 26, 4: 17, 5: 11}
    pgs = list(pg_weights)
    for kid in range(1, 81):
        while pool[k] in used:
            k += 1
        v, n = pool[k]
        used.add(pool[k])
        k += 1
        v = VORNAMEN_DE[30 + (kid * 7) % 10] if kid % 3 == 0 else v
        gb = day_between(r, D(1928, 1, 1), D(1962, 12, 31))
        pg = r.choices(pgs, weights=list(pg_weights.values()))[0]
        auf = day_between(r, D(2018, 1, 1), D(2025, 6, 1))
        ent = grund = None
        if kid % 6 == 0:
            ent = day_between(r, max(auf, D(2024, 10, 15)), D(2025, 6, 10))
            grund = r.choice(["verstorben", "verstorben", "Umzug ins Pflegeheim", "Umzug ins Pflegeheim", "Wegzug"])
        notfall = None if r.random() < 0.15 else f"0341 {r.randint(200000, 999999)}"
        allein = "J" if r.random() < 0.55 else "N"
        klienten.append(
            (
                kid,
                v,
                n,
                iso(gb),
                r.choice(ORTE_DE),
                pg,
                r.choice(KASSEN),
                iso(auf),
                ent and iso(ent),
                grund,
                notfall,
                allein,
            )
        )
        if pg is None:
            plan[kid] = r.sample([4, 5, 6, 7, 8], r.randint(1, 2))
        elif pg <= 1:
            plan[kid] = r.sample([9, 10, 11, 12], r.randint(1, 2))
        else:
            base = [1] if pg >= 3 else [2]
            extra = r.sample([3, 4, 5, 6, 7, 8, 9, 10], r.randint(1, 3) if pg >= 4 else r.randint(0, 2))
            plan[kid] = base + extra
    insert(c, "klienten", klienten)

    price = {lid: (p, m) for lid, _, _, p, m in LEISTUNGEN}
    workers = [s for s in staff if s[3] != "Pflegedienstleitung"]
    prob = {None: 0.07, 1: 0.05, 2: 0.09, 3: 0.14, 4: 0.2, 5: 0.28}
    einsaetze = []
    el = []
    monthly: dict[tuple[int, str], float] = {}
    eid = 0
    start_all = D(2024, 10, 1)
    for kl in klienten:
        kid, pg = kl[0], kl[5]
        auf = D.fromisoformat(kl[7])
        ent = D.fromisoformat(kl[8]) if kl[8] else None
        first = max(auf, start_all)
        last_day = min(ent, LAST) if ent else D(2025, 6, 21)
        favourite = r.choice(workers[3:])
        d = first
        while d <= last_day:
            if r.random() < prob[pg]:
                ok = [
                    w
                    for w in workers
                    if w[5] <= iso(d)
                    and (w[6] is None or w[6] >= iso(d))
                    and (w[3] != "Hauswirtschaftskraft" or pg is not None)
                ]
                w = favourite if favourite in ok and r.random() < 0.6 else r.choice(ok)
                eid += 1
                h = r.choice([6, 7, 7, 8, 8, 9, 10, 11, 12, 14, 16, 17, 18])
                beginn = f"{h:02d}:{r.choice(range(0, 60, 5)):02d}"
                todo = r.sample(plan[kid], r.randint(1, len(plan[kid])))
                if d > LAST:
                    einsaetze.append((eid, kid, w[0], iso(d), beginn, None, "geplant", None))
                    el.extend((eid, lid, 1) for lid in todo)
                elif r.random() < 0.04:
                    einsaetze.append((eid, kid, w[0], iso(d), beginn, None, "ausgefallen", None))
                else:
                    mins = sum(price[lid][1] for lid in todo) + r.randint(0, 15)
                    t0 = dt.datetime(2000, 1, 1, h, int(beginn[3:]))
                    ende = (t0 + dt.timedelta(minutes=mins)).strftime("%H:%M")
                    einsaetze.append((eid, kid, w[0], iso(d), beginn, ende, "erledigt", round(r.uniform(1.2, 19.5), 1)))
                    total = 0.0
                    for lid in todo:
                        anz = 2 if lid in (4, 6) and r.random() < 0.3 else 1
                        el.append((eid, lid, anz))
                        total += price[lid][0] * anz
                    key = (kid, iso(d)[:7])
                    monthly[key] = monthly.get(key, 0.0) + total
            d = days(d, 1)
    insert(c, "einsaetze", einsaetze)
    insert(c, "einsatz_leistungen", el)

    rechnungen = []
    rid = 0
    for (kid, monat), betrag in sorted(monthly.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if monat >= "2025-06":
            continue
        rid += 1
        y, m = int(monat[:4]), int(monat[5:])
        rdat = D(y + (m == 12), m % 12 + 1, 1)
        faellig = days(rdat, 14)
        if rdat >= D(2025, 6, 1):
            paid = None if r.random() < 0.55 else days(rdat, r.randint(2, 13))
        else:
            paid = None if r.random() < 0.03 else days(rdat, r.choice([3, 5, 7, 8, 10, 12, 13, 14, 16, 21, 30, 45]))
        rechnungen.append(
            (rid, kid, monat, iso(rdat), iso(faellig), round(betrag, 2), "J" if paid else "N", paid and iso(paid))
        )
    insert(c, "rechnungen", rechnungen)
    done(c)


# ---------------------------------------------------------------------------------------------------- bpscreen
PRACTICES = [
    ("Rosegarth Surgery", "Halifax"), ("Church Lane Surgery", "Brighouse"), ("Park Road Medical Practice", "Halifax"),
    ("Beechwood Medical Centre", "Halifax"), ("Calder Valley Health Centre", "Hebden Bridge"),
    ("Rastrick Health Centre", "Brighouse"), ("Northowram Surgery", "Halifax"),
    ("Todmorden Group Practice", "Todmorden"),
    ("Elland Medical Practice", "Elland"), ("Sowerby Bridge Surgery", "Sowerby Bridge"),
    ("Lister Lane Surgery", "Halifax"), ("Spring Hall Group Practice", "Halifax"),
    ("Plane Trees Group Practice", "Halifax"),
    ("Station Road Surgery", "Sowerby Bridge"),
]  # fmt: skip
SITES = [
    ("Boots Halifax Woolshops", "PHARMACY", "Halifax", "2023-04-03", None),
    ("Halifax Central Library", "LIBRARY", "Halifax", "2023-04-03", None),
    ("Tesco Extra Halifax", "SUPERMARKET", "Halifax", "2023-05-15", None),
    ("Brighouse Community Centre", "COMMUNITY CENTRE", "Brighouse", "2023-04-10", None),
    ("Todmorden Market Hall", "COMMUNITY CENTRE", "Todmorden", "2023-06-05", "2024-09-30"),
    ("Elland Leisure Centre", "LEISURE CENTRE", "Elland", "2023-09-04", None),
    ("Well Pharmacy Sowerby Bridge", "PHARMACY", "Sowerby Bridge", "2023-04-17", None),
    ("Hebden Bridge Town Hall", "COMMUNITY CENTRE", "Hebden Bridge", "2023-10-02", None),
    ("Morrisons Brighouse", "SUPERMARKET", "Brighouse", "2024-01-08", None),
    ("Calderdale Council Offices", "WORKPLACE", "Halifax", "2024-02-05", "2025-03-31"),
    ("Lloyds Pharmacy Todmorden", "PHARMACY", "Todmorden", "2024-10-07", None),
    ("Halifax Bus Station Kiosk", "COMMUNITY CENTRE", "Halifax", "2025-02-03", None),
]
TOWN_DISTRICT = {
    "Halifax": ["HX1", "HX2", "HX3"], "Brighouse": ["HD6"], "Hebden Bridge": ["HX7"], "Todmorden": ["OL14"],
    "Elland": ["HX5"], "Sowerby Bridge": ["HX6"],
}  # fmt: skip

FORENAMES_F = [
    "Margaret", "Joan", "Pauline", "Sandra", "Doreen", "Alice", "Chloe", "Emily", "Grace", "Fatima", "Sian",
    "Katie", "Megan", "Ruby", "Tara", "Vicky", "Zara", "Aisha", "Susan", "Linda", "Karen", "Julie",
]  # fmt: skip
FORENAMES_M = [
    "Derek", "Brian", "Keith", "Trevor", "Colin", "Malcolm", "Gareth", "Rajesh", "Daniel", "Harry", "Jack",
    "Peter", "Sam", "Umar", "Yusuf", "Will", "Paul", "Steven", "Mark", "Andrew", "Imran", "Neil",
]  # fmt: skip


def bp_class(s: int, d: int) -> str:
    if s >= 180 or d >= 120:
        return "SEVERE"
    if s >= 160 or d >= 100:
        return "STAGE2"
    if s >= 140 or d >= 90:
        return "STAGE1"
    if s < 90 or d < 60:
        return "LOW"
    return "NORMAL"


def build_bpscreen(path: Path) -> None:
    r = random.Random(9102)
    c = fresh_db(
        path,
        """
        CREATE TABLE BPS_GP_PRACTICE (
            PRACTICE_ID INTEGER PRIMARY KEY, PRACTICE_NAME VARCHAR2(80) NOT NULL, PRACTICE_TOWN VARCHAR2(40) NOT NULL);
        CREATE TABLE BPS_SITE (
            SITE_ID INTEGER PRIMARY KEY, SITE_NAME VARCHAR2(80) NOT NULL, SITE_TYPE_CD VARCHAR2(20) NOT NULL,
            SITE_TOWN VARCHAR2(40) NOT NULL, OPENED_DT DATE NOT NULL, CLOSED_DT DATE);
        CREATE TABLE BPS_STAFF (
            STAFF_ID INTEGER PRIMARY KEY, STAFF_NAME VARCHAR2(80) NOT NULL, STAFF_ROLE_CD VARCHAR2(20) NOT NULL,
            START_DT DATE NOT NULL, ACTIVE_FLG CHAR(1) NOT NULL);
        CREATE TABLE BPS_PARTICIPANT (
            PARTICIPANT_ID INTEGER PRIMARY KEY, FORENAME VARCHAR2(40) NOT NULL, SURNAME VARCHAR2(40) NOT NULL,
            SEX_CD CHAR(1) NOT NULL, BIRTH_DT DATE NOT NULL, POSTCODE_DISTRICT VARCHAR2(4) NOT NULL,
            PRACTICE_ID INTEGER REFERENCES BPS_GP_PRACTICE(PRACTICE_ID), SMOKER_FLG CHAR(1) NOT NULL,
            CONSENT_DT DATE NOT NULL);
        CREATE TABLE BPS_SCREENING (
            SCREENING_ID INTEGER PRIMARY KEY,
            PARTICIPANT_ID INTEGER NOT NULL REFERENCES BPS_PARTICIPANT(PARTICIPANT_ID),
            SITE_ID INTEGER NOT NULL REFERENCES BPS_SITE(SITE_ID),
            STAFF_ID INTEGER NOT NULL REFERENCES BPS_STAFF(STAFF_ID),
            SCREEN_DT DATE NOT NULL, SYSTOLIC_MMHG INTEGER NOT NULL, DIASTOLIC_MMHG INTEGER NOT NULL, PULSE_BPM INTEGER,
            WEIGHT_KG NUMBER(5,1), HEIGHT_CM INTEGER, RESULT_CD VARCHAR2(10) NOT NULL, REFERRED_FLG CHAR(1) NOT NULL);
        CREATE TABLE BPS_REFERRAL (
            REFERRAL_ID INTEGER PRIMARY KEY, SCREENING_ID INTEGER NOT NULL REFERENCES BPS_SCREENING(SCREENING_ID),
            PRACTICE_ID INTEGER NOT NULL REFERENCES BPS_GP_PRACTICE(PRACTICE_ID), REFERRAL_DT DATE NOT NULL,
            PRIORITY_CD VARCHAR2(10) NOT NULL, SEEN_DT DATE, OUTCOME_CD VARCHAR2(20));
        """,
    )
    insert(c, "BPS_GP_PRACTICE", [(i, n, t) for i, (n, t) in enumerate(PRACTICES, 1)])
    insert(c, "BPS_SITE", [(i, *s) for i, s in enumerate(SITES, 1)])
    staff_names = names(r, 17, GIVEN_EN, FAMILY_EN)
    roles = ["NURSE"] * 4 + ["HCA"] * 6 + ["PHARMACIST"] * 3 + ["VOLUNTEER"] * 4
    staff = []
    for i, (nm, role) in enumerate(zip(staff_names, roles, strict=True), 1):
        start = day_between(r, D(2023, 3, 1), D(2025, 3, 1)) if i > 3 else D(2023, 3, 20)
        staff.append((i, nm, role, iso(start), "N" if i in (5, 11, 15) else "Y"))
    insert(c, "BPS_STAFF", staff)
    surnames = [*FAMILY_EN, "Firth", "Ackroyd", "Brearley", "Sunderland", "Holroyd", "Iqbal", "Begum", "Wood"]
    parts = []
    for pid in range(1, 1101):
        sex = r.choice("MF")
        fn = r.choice(FORENAMES_F if sex == "F" else FORENAMES_M)
        birth = day_between(r, D(1950, 7, 1), D(1984, 12, 31))
        practice = None if r.random() < 0.04 else r.randint(1, len(PRACTICES))
        town = PRACTICES[practice - 1][1] if practice else r.choice(list(TOWN_DISTRICT))
        district = r.choice(TOWN_DISTRICT[town])
        smoker = "Y" if r.random() < 0.16 else "N"
        parts.append([pid, fn, r.choice(surnames), sex, iso(birth), district, practice, smoker, None, town])
    screenings = []
    referrals = []
    sid = rid = 0
    visits = []
    for p in parts:
        first = day_between(r, D(2023, 4, 3), D(2025, 6, 14))
        visits.append((first, p, 0))
    visits.sort(key=lambda v: (v[0], v[1][0]))
    queue = list(visits)
    q = 0
    while q < len(queue):
        when, p, nth = queue[q]
        q += 1
        open_sites = [
            i
            for i, s in enumerate(SITES, 1)
            if s[3] <= iso(when) and (s[4] is None or s[4] >= iso(when)) and (nth == 0 or r.random() < 0.8)
        ] or [1]
        local = [i for i in open_sites if SITES[i - 1][2] == p[9]]
        site = r.choice(local) if local and r.random() < 0.75 else r.choice(open_sites)
        on_duty = [s[0] for s in staff if s[3] <= iso(when) and (s[4] == "Y" or when < D(2025, 3, 1))]
        if nth == 0:
            p[8] = iso(when)
        age = (when - D.fromisoformat(p[4])).days / 365.25
        base = p[0] * 7919 % 1000 / 1000
        sys_ = int(r.gauss(96 + 0.45 * age + 16 * base + (4 if p[7] == "Y" else 0) - 3 * nth, 16))
        dia = int(r.gauss(sys_ * 0.55 + 7, 6))
        res = bp_class(sys_, dia)
        pulse = None if r.random() < 0.07 else r.randint(54, 98)
        weight = None if r.random() < 0.12 else round(max(47.0, r.gauss(86 if p[3] == "M" else 73, 13)), 1)
        height = None if weight is None or r.random() < 0.1 else int(r.gauss(176 if p[3] == "M" else 163, 7))
        referred = res in ("STAGE2", "SEVERE") or (res == "STAGE1" and r.random() < 0.3)
        sid += 1
        screenings.append(
            (
                sid,
                p[0],
                site,
                r.choice(on_duty),
                iso(when),
                sys_,
                dia,
                pulse,
                weight,
                height,
                res,
                "Y" if referred else "N",
            )
        )
        if referred:
            rid += 1
            prio = {"SEVERE": "SAME_DAY", "STAGE2": "URGENT"}.get(res, "ROUTINE")
            wait = {"SAME_DAY": r.randint(0, 1), "URGENT": r.randint(1, 12), "ROUTINE": r.randint(7, 45)}[prio]
            seen = days(when, wait)
            practice = p[6] or 1 + p[0] % len(PRACTICES)
            if seen > LAST:
                referrals.append((rid, sid, practice, iso(when), prio, None, None))
            elif r.random() < 0.08:
                referrals.append((rid, sid, practice, iso(when), prio, None, "DNA"))
            else:
                out = r.choices(
                    ["MEDICATION", "LIFESTYLE", "NO_ACTION"], weights=[5 if prio != "ROUTINE" else 2, 4, 2]
                )[0]
                referrals.append((rid, sid, practice, iso(when), prio, iso(seen), out))
        if res != "NORMAL" and res != "LOW" and nth < 2:
            again = days(when, r.randint(60, 200))
            if again <= LAST and r.random() < 0.6:
                queue.append((again, p, nth + 1))
                queue[q:] = sorted(queue[q:], key=lambda v: (v[0], v[1][0]))
        elif nth == 0 and r.random() < 0.12:
            again = days(when, r.randint(330, 400))
            if again <= LAST:
                queue.append((again, p, 1))
                queue[q:] = sorted(queue[q:], key=lambda v: (v[0], v[1][0]))
    insert(c, "BPS_PARTICIPANT", [tuple(p[:9]) for p in parts])
    insert(c, "BPS_SCREENING", screenings)
    insert(c, "BPS_REFERRAL", referrals)
    done(c)


# ---------------------------------------------------------------------------------------------------- sleeploans
MODELS = [
    ("AirSense 10 AutoSet", "ResMed", "APAP", 820.0, "SX567", 9),
    ("AirSense 11 AutoSet", "ResMed", "APAP", 990.0, "SX585", 8),
    ("AirSense 10 Elite", "ResMed", "CPAP", 650.0, "SX567", 5),
    ("DreamStation 2 Auto", "Philips Respironics", "APAP", 780.0, "DS2", 5),
    ("SleepStyle Auto", "Fisher & Paykel", "APAP", 720.0, "SSA", 4),
    ("WristOx2 3150", "Nonin", "oximeter", 540.0, "WO3150", 10),
    ("Rad-5v", "Masimo", "oximeter", 610.0, "RAD5", 6),
    ("ApneaLink Air", "ResMed", "home sleep test", 1450.0, "ALA", 8),
    ("Nox T3s", "Nox Medical", "home sleep test", 3200.0, "NOXT3", 4),
    ("SOMNOtouch RESP", "SOMNOmedics", "home sleep test", 2800.0, "STR", 3),
    ("Actiwatch Spectrum Plus", "Philips Respironics", "actigraph", 950.0, "AWS", 6),
    ("MotionWatch 8", "CamNtech", "actigraph", 420.0, "MW8", 7),
]
FIRMWARE = {
    "SX567": ["SX567-0401", "SX567-0420", "SX567-0430"], "SX585": ["SX585-0200", "SX585-0310"],
    "DS2": ["4.8.1", "4.9.0"], "SSA": ["2.1", "2.3"], "WO3150": ["1.6", "1.7"], "RAD5": ["3.4"],
    "ALA": ["1.2.0", "1.3.1"], "NOXT3": ["5.4", "6.1"], "STR": ["2.8"], "AWS": ["6.2"], "MW8": ["1.9", "2.0"],
}  # fmt: skip


def build_sleeploans(path: Path) -> None:
    r = random.Random(9103)
    c = fresh_db(
        path,
        """
        CREATE TABLE clinicians (
            clinician_id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, active INTEGER NOT NULL);
        CREATE TABLE patients (
            patient_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, date_of_birth TEXT NOT NULL, sex TEXT NOT NULL,
            referred_by TEXT NOT NULL, postcode TEXT NOT NULL, phone TEXT, diagnosis TEXT);
        CREATE TABLE device_models (
            model_id INTEGER PRIMARY KEY, model_name TEXT NOT NULL, manufacturer TEXT NOT NULL,
            device_type TEXT NOT NULL, replacement_cost_gbp REAL NOT NULL);
        CREATE TABLE devices (
            device_id INTEGER PRIMARY KEY, asset_tag TEXT NOT NULL UNIQUE, model_id INTEGER NOT NULL
            REFERENCES device_models(model_id), serial_no TEXT NOT NULL, purchased_on TEXT NOT NULL,
            status TEXT NOT NULL, retired_on TEXT);
        CREATE TABLE device_attributes (
            device_id INTEGER NOT NULL REFERENCES devices(device_id), attribute TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (device_id, attribute));
        CREATE TABLE loans (
            loan_id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL REFERENCES devices(device_id),
            patient_id INTEGER NOT NULL REFERENCES patients(patient_id),
            issued_by INTEGER NOT NULL REFERENCES clinicians(clinician_id), issued_on TEXT NOT NULL,
            due_back TEXT NOT NULL, returned_on TEXT, return_condition TEXT);
        CREATE TABLE usage_reports (
            report_id INTEGER PRIMARY KEY, loan_id INTEGER NOT NULL REFERENCES loans(loan_id), week_start TEXT NOT NULL,
            nights_used INTEGER NOT NULL, avg_hours_per_night REAL NOT NULL, residual_ahi REAL, mask_leak_l_min REAL);
        """,
    )
    clin = [
        (1, "Dr Helen Marsh", "consultant", 1), (2, "Dr Owen Pryce", "consultant", 1),
        (3, "Rachel Dixon", "sleep physiologist", 1), (4, "Tom Ingram", "sleep physiologist", 1),
        (5, "Priya Patel", "sleep physiologist", 1), (6, "Gemma Holt", "specialist nurse", 1),
        (7, "Lewis Carter", "healthcare assistant", 0), (8, "Nina Reid", "healthcare assistant", 1),
    ]  # fmt: skip
    insert(c, "clinicians", clin)
    pnames = names(r, 480, GIVEN_EN, FAMILY_EN)
    patients = []
    for i, nm in enumerate(pnames, 1):
        sex = "F" if nm.split()[0] in {"Alice", "Chloe", "Emily", "Grace", "Imogen", "Katie", "Megan", "Olivia",
                                       "Ruby", "Tara", "Vicky", "Zara", "Margaret", "Joan", "Pauline", "Sandra",
                                       "Aisha", "Fatima", "Sian", "Doreen"} else "M"  # fmt: skip
        dob = day_between(r, D(1945, 1, 1), D(2004, 12, 31))
        ref = r.choices(
            ["GP", "ENT", "respiratory", "cardiology", "bariatric", "neurology"], weights=[10, 3, 4, 2, 2, 1]
        )[0]
        district = r.choice(["CF10", "CF11", "CF14", "CF23", "CF24", "CF5", "CF62", "CF64", "NP10", "CF83"])
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{district} {r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"
        phone = None if r.random() < 0.1 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        patients.append([i, nm, iso(dob), sex, ref, pc, phone, None])
    insert(c, "device_models", [(i, m[0], m[1], m[2], m[3]) for i, m in enumerate(MODELS, 1)])
    devices = []
    attrs = []
    did = 0
    for mid, m in enumerate(MODELS, 1):
        for _ in range(m[5]):
            did += 1
            bought = day_between(r, D(2017, 3, 1), D(2024, 12, 31))
            devices.append([did, f"SLP-{did:04d}", mid, f"{m[4]}{r.randint(100000, 999999)}", iso(bought), None, None])
            attrs.append((did, "firmware", r.choice(FIRMWARE[m[4]])))
            if m[2] in ("CPAP", "APAP"):
                attrs.append((did, "humidifier", "no" if r.random() < 0.25 else "yes"))
                attrs.append((did, "mask_type", r.choice(["nasal", "nasal", "full face", "nasal pillows"])))
                attrs.append((did, "modem", "yes" if m[0] != "AirSense 10 Elite" and r.random() < 0.8 else "no"))
            if m[2] in ("oximeter", "home sleep test"):
                attrs.append((did, "battery_cycles", str(r.randint(40, 900))))
            if m[2] == "actigraph":
                attrs.append((did, "strap_colour", r.choice(["black", "black", "grey", "blue"])))
            if r.random() < 0.85:
                attrs.append((did, "last_service", iso(day_between(r, max(bought, D(2023, 6, 1)), D(2025, 6, 10)))))
    retire = {5: "2024-03-12", 17: "2023-11-30", 33: "2025-01-20", 48: "2024-08-05", 61: "2025-04-02"}
    repair = {9, 22, 40, 66}
    loans = []
    reports = []
    lid = rep = 0
    holding: dict[tuple[int, bool], list[tuple[dt.date, dt.date]]] = {}
    for dv in devices:
        m = MODELS[dv[2] - 1]
        kind = m[2]
        t = max(D.fromisoformat(dv[4]), D(2023, 1, 3)) + dt.timedelta(days=r.randint(0, 25))
        stop = D.fromisoformat(retire[dv[0]]) if dv[0] in retire else LAST
        while True:
            if kind in ("CPAP", "APAP"):
                length = r.randint(42, 200)
            elif kind == "oximeter":
                length = r.randint(2, 4)
            elif kind == "home sleep test":
                length = r.randint(2, 5)
            else:
                length = 14
            issued = t
            due = days(issued, length)
            if issued > stop or (dv[0] in repair and issued > D(2025, 5, 1)):
                break
            lid += 1
            by = r.choice([3, 4, 5, 6, 8] if kind not in ("CPAP", "APAP") else [1, 2, 3, 4, 5, 6])
            if issued < D(2024, 1, 1) and by == 8:
                by = 7
            lateness = (
                r.choice([-1, 0, 0, 0, 1, 2, 3, 7, 15])
                if kind in ("CPAP", "APAP")
                else r.choice([0, 0, 0, 0, 0, 0, 1, 2, 6])
            )
            ret = days(due, lateness)
            if ret > LAST or ret > stop:
                if dv[0] in retire:
                    ret = stop
                    cond = "damaged"
                else:
                    ret = None
                    cond = None
            else:
                cond = r.choices(["good", "damaged", "incomplete"], weights=[20, 1, 1])[0]
            until = ret or D(2099, 1, 1)
            while True:  # nobody holds two devices of the same kind at once
                pat = r.randint(1, len(patients))
                if all(until < a or issued > b for a, b in holding.get((pat, kind in ("CPAP", "APAP")), [])):
                    break
            holding.setdefault((pat, kind in ("CPAP", "APAP")), []).append((issued, until))
            loans.append((lid, dv[0], pat, by, iso(issued), iso(due), ret and iso(ret), cond))
            if kind in ("CPAP", "APAP"):
                wk = issued
                end = ret or LAST
                keen = r.random()
                while days(wk, 7) <= end:
                    rep += 1
                    nights = max(0, min(7, int(r.gauss(7 * keen + 1.5, 1.5))))
                    hrs = round(max(0.0, r.gauss(3 + 4 * keen, 1.0)), 1) if nights else 0.0
                    ahi = None if nights == 0 or r.random() < 0.05 else round(abs(r.gauss(3.5, 2.5)), 1)
                    leak = None if nights == 0 or r.random() < 0.1 else round(abs(r.gauss(12, 7)), 1)
                    reports.append((rep, lid, iso(wk), nights, hrs, ahi, leak))
                    wk = days(wk, 7)
            if ret is None or ret >= stop:
                break
            t = days(ret, r.randint(1, 12) if kind in ("CPAP", "APAP") else r.randint(2, 21))
        if dv[0] in retire:
            dv[5] = "retired"
            dv[6] = retire[dv[0]]
        elif loans and loans[-1][1] == dv[0] and loans[-1][6] is None:
            dv[5] = "on loan"
        elif dv[0] in repair:
            dv[5] = "in repair"
        else:
            dv[5] = "available"
    # three new machines delivered in June 2025, not lent out yet
    for serial, bought in (("SX585", D(2025, 6, 3)), ("SX585", D(2025, 6, 3)), ("NOXT3", D(2025, 6, 10))):
        did += 1
        mid = 2 if serial == "SX585" else 9
        devices.append(
            [did, f"SLP-{did:04d}", mid, f"{serial}{r.randint(100000, 999999)}", iso(bought), "available", None]
        )
        attrs.append((did, "firmware", FIRMWARE[serial][-1]))
        if mid == 2:
            attrs.extend([(did, "humidifier", "yes"), (did, "mask_type", "nasal"), (did, "modem", "yes")])
        else:
            attrs.append((did, "battery_cycles", "0"))
    # diagnosis: set for patients who had a study, some still awaiting
    loaned = {ln[2] for ln in loans}
    for p in patients:
        if p[0] in loaned and r.random() < 0.9:
            p[7] = r.choices(["OSA", "central sleep apnoea", "insomnia", "narcolepsy", "restless legs"],
                             weights=[14, 2, 3, 1, 2])[0]  # fmt: skip
    insert(c, "patients", [tuple(p) for p in patients])
    insert(c, "devices", [tuple(d) for d in devices])
    insert(c, "device_attributes", attrs)
    insert(c, "loans", loans)
    insert(c, "usage_reports", reports)
    done(c)


# ---------------------------------------------------------------------------------------------------- pharmvan
VILLAGES = [
    "Ludlow", "Ludlow", "Ludlow", "Bromfield", "Onibury", "Clee St Margaret", "Ashford Carbonell", "Orleton",
    "Richards Castle", "Leintwardine", "Craven Arms", "Bitterley", "Burford", "Tenbury Wells", "Caynham",
    "Diddlebury",
]  # fmt: skip
STREETS = [
    "Church Lane", "Mill Street", "Station Road", "The Green", "Corve Street", "Old Street", "High Street",
    "Chapel Lane", "Orchard Close", "Vicarage Road", "School Lane", "Teme Avenue", "Castle View", "Broad Street",
]  # fmt: skip


def epoch(d: dt.date, hh: int, mm: int) -> int:
    """UTC epoch seconds of a UK local wall-clock time."""
    return int(dt.datetime(d.year, d.month, d.day, hh, mm, tzinfo=ZoneInfo("Europe/London")).timestamp())


def build_pharmvan(path: Path) -> None:
    r = random.Random(9104)
    c = fresh_db(
        path,
        """
        CREATE TABLE vans (
            van_id INTEGER PRIMARY KEY, registration TEXT NOT NULL, make_model TEXT NOT NULL, fuel TEXT NOT NULL,
            has_fridge INTEGER NOT NULL, mot_due TEXT NOT NULL);
        CREATE TABLE drivers (
            driver_id INTEGER PRIMARY KEY, driver_name TEXT NOT NULL, employment TEXT NOT NULL,
            start_date TEXT NOT NULL, end_date TEXT, phone TEXT);
        CREATE TABLE patients (
            patient_id INTEGER PRIMARY KEY, patient_name TEXT NOT NULL, address TEXT NOT NULL, village TEXT NOT NULL,
            phone TEXT, housebound INTEGER NOT NULL, registered_on TEXT NOT NULL, delivery_notes TEXT);
        CREATE TABLE subscriptions (
            subscription_id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(patient_id),
            plan TEXT NOT NULL, fee_gbp REAL NOT NULL, start_date TEXT NOT NULL, end_date TEXT);
        CREATE TABLE rounds (
            round_id INTEGER PRIMARY KEY, round_date TEXT NOT NULL, route TEXT NOT NULL,
            van_id INTEGER NOT NULL REFERENCES vans(van_id), driver_id INTEGER NOT NULL REFERENCES drivers(driver_id),
            miles REAL);
        CREATE TABLE deliveries (
            delivery_id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES rounds(round_id),
            patient_id INTEGER NOT NULL REFERENCES patients(patient_id), bags INTEGER NOT NULL,
            fridge_item INTEGER NOT NULL, controlled_drug INTEGER NOT NULL, attempted_at INTEGER NOT NULL,
            outcome TEXT NOT NULL, signed_by TEXT);
        """,
    )
    vans = [
        (1, "KX19 HBN", "Ford Transit Custom", "diesel", 1, "2025-09-30"),
        (2, "LR71 VPD", "Vauxhall Vivaro Electric", "electric", 1, "2025-11-14"),
        (3, "YD16 KTE", "Citroën Berlingo", "diesel", 0, "2025-07-02"),
    ]
    insert(c, "vans", vans)
    drivers = [
        (1, "Gary Pritchard", "staff", "2019-03-04", None, "07700 900412"),
        (2, "Lynne Bradshaw", "staff", "2021-06-14", None, "07700 900118"),
        (3, "Dennis Coombes", "volunteer", "2022-01-10", "2025-01-31", None),
        (4, "Mo Rahman", "staff", "2024-11-04", None, "07700 900733"),
        (5, "Jill Hammond", "volunteer", "2023-05-02", None, "07700 900265"),
        (6, "Ray Tolley", "volunteer", "2024-02-19", None, None),
        (7, "Sophie Lane", "staff", "2025-03-17", None, "07700 900590"),
    ]
    insert(c, "drivers", drivers)
    pnames = names(r, 240, GIVEN_EN, FAMILY_EN)
    routes = {"Ludlow town": ["Ludlow"], "Teme valley": ["Ashford Carbonell", "Orleton", "Richards Castle", "Burford",
              "Tenbury Wells", "Caynham"], "Corve dale": ["Bromfield", "Onibury", "Clee St Margaret", "Leintwardine",
              "Craven Arms", "Bitterley", "Diddlebury"]}  # fmt: skip
    notes = ["key safe by back door", "ring and wait, slow to answer", "dog in garden", "leave with No. 3 if out",
             "side gate", "call on arrival", "hard of hearing - knock loudly"]  # fmt: skip
    patients = []
    for i, nm in enumerate(pnames, 1):
        v = r.choice(VILLAGES)
        reg = day_between(r, D(2018, 1, 1), D(2025, 5, 20)) if i > 20 else day_between(r, D(2015, 1, 1), D(2020, 1, 1))
        patients.append(
            (
                i,
                nm,
                f"{r.randint(1, 68)} {r.choice(STREETS)}",
                v,
                None if r.random() < 0.12 else f"01584 {r.randint(100000, 899999)}",
                1 if r.random() < 0.45 else 0,
                iso(reg),
                r.choice(notes) if r.random() < 0.3 else None,
            )
        )
    insert(c, "patients", patients)
    subs = []
    sbid = 0
    for p in patients:
        if r.random() < 0.45:
            sbid += 1
            reg = D.fromisoformat(p[6])
            start = day_between(r, max(reg, D(2022, 1, 1)), D(2025, 6, 1))
            plan = r.choice(["monthly", "monthly", "annual"])
            fee = 5.0 if plan == "monthly" else 50.0
            end = None
            if r.random() < 0.25:
                end = day_between(r, days(start, 30), days(start, 400))
                end = end if end <= LAST else None
            subs.append((sbid, p[0], plan, fee, iso(start), end and iso(end)))
            if end and r.random() < 0.4:
                sbid += 1
                again = days(end, r.randint(20, 120))
                if again <= LAST:
                    subs.append((sbid, p[0], "monthly", 5.5 if again >= D(2025, 1, 1) else 5.0, iso(again), None))
    insert(c, "subscriptions", subs)
    rounds = []
    dels = []
    rid = did = 0
    by_route: dict[str, list[tuple]] = {k: [p for p in patients if p[3] in v] for k, v in routes.items()}
    d = D(2024, 9, 2)
    while d <= LAST:
        if d.weekday() < 5:
            todays = ["Ludlow town", "Teme valley" if d.weekday() in (0, 2, 4) else "Corve dale"]
            for route in todays:
                rid += 1
                avail = [x for x in drivers if x[3] <= iso(d) and (x[4] is None or x[4] >= iso(d))]
                drv = r.choice(avail)
                van = 3 if route == "Ludlow town" and r.random() < 0.6 else r.choice([1, 2])
                miles = (
                    None
                    if r.random() < 0.06
                    else round(r.uniform(6, 14) if route == "Ludlow town" else r.uniform(22, 48), 1)
                )
                rounds.append((rid, iso(d), route, van, drv[0], miles))
                stops = r.sample([p for p in by_route[route] if p[6] <= iso(d)], r.randint(4, 9))
                h, mi = (9, 30) if route == "Ludlow town" else (13, 0)
                for p in stops:
                    did += 1
                    mi += r.randint(6, 25)
                    h, mi = h + mi // 60, mi % 60
                    cd = 1 if r.random() < 0.08 else 0
                    fridge = 1 if van != 3 and r.random() < 0.1 else 0
                    out = r.choices(
                        ["delivered", "no answer", "left with neighbour", "refused", "wrong address"],
                        weights=[88, 6, 4, 1, 1],
                    )[0]
                    if cd and out == "left with neighbour":
                        out = "no answer"
                    signed = None
                    if out == "delivered" and (cd or r.random() < 0.3):
                        signed = p[1] if r.random() < 0.8 else r.choice(["Mrs " + p[1].split()[1], "carer", "son"])
                    dels.append((did, rid, p[0], r.randint(1, 4), fridge, cd, epoch(d, h, mi), out, signed))
        d = days(d, 1)
    insert(c, "rounds", rounds)
    insert(c, "deliveries", dels)
    done(c)


# ---------------------------------------------------------------------------------------------------- sportsmassage
TREATMENTS = [
    (1, "Sports massage 30 min", 30, 35.0),
    (2, "Sports massage 60 min", 60, 55.0),
    (3, "Deep tissue massage", 60, 60.0),
    (4, "Pre-event massage", 20, 25.0),
    (5, "Post-event flush", 30, 30.0),
    (6, "Injury assessment and treatment", 45, 65.0),
    (7, "Cupping therapy", 30, 40.0),
    (8, "Dry needling", 30, 45.0),
]
AREAS = [
    (1, "neck", "upper body"), (2, "shoulders", "upper body"), (3, "upper back", "back"), (4, "lower back", "back"),
    (5, "glutes", "lower body"), (6, "hamstrings", "lower body"), (7, "quads", "lower body"),
    (8, "IT band", "lower body"), (9, "calves", "lower body"), (10, "feet", "lower body"),
    (11, "forearms", "upper body"), (12, "hip flexors", "lower body"),
]  # fmt: skip
SPORTS = ["running", "running", "running", "cycling", "cycling", "football", "rugby", "tennis", "swimming", "triathlon",
          "CrossFit", "climbing", "none"]  # fmt: skip


def build_sportsmassage(path: Path) -> None:
    r = random.Random(9105)
    c = fresh_db(
        path,
        """
        CREATE TABLE therapists (
            therapist_id INTEGER PRIMARY KEY, therapist_name TEXT NOT NULL, qualification TEXT NOT NULL,
            commission_pct INTEGER NOT NULL, start_date TEXT NOT NULL, left_on TEXT, is_active TEXT NOT NULL);
        CREATE TABLE clients (
            client_id INTEGER PRIMARY KEY, client_name TEXT NOT NULL, email TEXT, phone TEXT NOT NULL,
            main_sport TEXT NOT NULL, registered_on TEXT NOT NULL,
            referred_by INTEGER REFERENCES clients(client_id), marketing_opt_in TEXT NOT NULL);
        CREATE TABLE treatments (
            treatment_id INTEGER PRIMARY KEY, treatment_name TEXT NOT NULL, minutes INTEGER NOT NULL,
            price_gbp REAL NOT NULL);
        CREATE TABLE appointments (
            appointment_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id),
            therapist_id INTEGER NOT NULL REFERENCES therapists(therapist_id),
            treatment_id INTEGER NOT NULL REFERENCES treatments(treatment_id), appt_date TEXT NOT NULL,
            appt_time TEXT NOT NULL, status TEXT NOT NULL, amount_charged_gbp REAL, paid TEXT NOT NULL,
            pain_before INTEGER, pain_after INTEGER);
        CREATE TABLE body_areas (
            area_id INTEGER PRIMARY KEY, area_name TEXT NOT NULL, region TEXT NOT NULL);
        CREATE TABLE appointment_areas (
            appointment_id INTEGER NOT NULL REFERENCES appointments(appointment_id),
            area_id INTEGER NOT NULL REFERENCES body_areas(area_id), PRIMARY KEY (appointment_id, area_id));
        """,
    )
    therapists = [
        (1, "Jess Whitmore", "BSc Sports Therapy", 50, "2019-05-01", None, "T"),
        (2, "Callum Reid", "Level 5 Sports Massage", 45, "2020-02-10", None, "T"),
        (3, "Priya Shah", "Level 4 Sports Massage", 40, "2021-09-06", None, "T"),
        (4, "Tom Aldridge", "Level 3 Sports Massage", 35, "2022-03-14", "2024-07-31", "F"),
        (5, "Hannah Okoro", "BSc Sports Therapy", 50, "2022-11-01", None, "T"),
        (6, "Luke Brennan", "Level 4 Sports Massage", 40, "2023-06-19", None, "T"),
        (7, "Megan Foster", "Level 3 Sports Massage", 35, "2024-09-02", None, "T"),
        (8, "Dan Kowalczyk", "Level 5 Sports Massage", 45, "2023-01-09", "2025-02-28", "F"),
    ]
    insert(c, "therapists", therapists)
    insert(c, "treatments", TREATMENTS)
    insert(c, "body_areas", AREAS)
    cnames = names(r, 430, GIVEN_EN, FAMILY_EN)
    clients = []
    for i, nm in enumerate(cnames, 1):
        reg = day_between(r, D(2022, 1, 4), D(2025, 6, 10))
        clients.append([i, nm, reg, r.choice(SPORTS)])
    clients.sort(key=lambda x: x[2])
    rows = []
    for i, (_, nm, reg, sport) in enumerate(clients, 1):
        ref = None
        if i > 10 and r.random() < 0.22:
            ref = r.randint(1, min(i - 1, 60)) if r.random() < 0.5 else r.randint(1, i - 1)
            ref = 9 if r.random() < 0.12 else ref  # a running-club captain who sends a lot of people
        domain = None if r.random() < 0.18 else r.choice(["gmail.com", "outlook.com", "icloud.com", "btinternet.com"])
        email = domain and f"{nm.lower().replace(' ', '.')}@{domain}"
        rows.append(
            (i, nm, email, f"07{r.randint(300, 999)} {r.randint(100000, 999999)}", sport, iso(reg), ref,
             "T" if r.random() < 0.4 else "F")
        )  # fmt: skip
    insert(c, "clients", rows)
    appts = []
    areas = []
    aid = 0
    for cl in rows:
        reg = D.fromisoformat(cl[5])
        keen = r.random()
        n = int(keen * keen * 22) + 1
        fav = None
        when = reg
        for _ in range(n):
            when = days(when, r.randint(5, 90))
            if when > D(2025, 7, 4):
                break
            if when.weekday() == 6:
                when = days(when, 1)
            avail = [t for t in therapists if t[4] <= iso(when) and (t[5] is None or t[5] >= iso(when))]
            if fav not in avail:
                fav = r.choice(avail)
            th = fav if r.random() < 0.75 else r.choice(avail)
            tr = r.choices(
                TREATMENTS, weights=[6, 9, 5, 2, 3, 4, 2, 2] if cl[4] != "none" else [4, 6, 8, 0, 0, 3, 2, 1]
            )[0]
            time = f"{r.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19])}:{r.choice(['00', '30'])}"
            if len(time) == 4:
                time = "0" + time
            aid += 1
            if when >= TODAY:
                appts.append((aid, cl[0], th[0], tr[0], iso(when), time, "booked", None, "F", None, None))
                continue
            st = r.choices(["completed", "cancelled", "no-show"], weights=[88, 8, 4])[0]
            if st != "completed":
                appts.append((aid, cl[0], th[0], tr[0], iso(when), time, st, None, "F", None, None))
                continue
            amount = tr[3] if r.random() < 0.85 else round(tr[3] * 0.9, 2)
            paid = "F" if (when > D(2025, 5, 25) and r.random() < 0.3) or r.random() < 0.02 else "T"
            pb = None if r.random() < 0.15 else r.randint(2, 9)
            pa = None if pb is None else max(0, pb - r.randint(0, 4))
            appts.append((aid, cl[0], th[0], tr[0], iso(when), time, st, amount, paid, pb, pa))
            for area in r.sample(AREAS, r.choice([1, 1, 2, 2, 3])):
                areas.append((aid, area[0]))
    appts.sort(key=lambda a: (a[4], a[5], a[0]))
    renum = {a[0]: i for i, a in enumerate(appts, 1)}
    insert(c, "appointments", [(renum[a[0]], *a[1:]) for a in appts])
    insert(c, "appointment_areas", sorted((renum[a], b) for a, b in areas))
    done(c)


# ---------------------------------------------------------------------------------------------------- chiropody
ROUNDS = [
    (1, "Upper Wharfedale", "Monday", ["Grassington", "Kettlewell", "Threshfield", "Linton", "Hebden", "Burnsall"]),
    (2, "Ribblesdale", "Tuesday", ["Settle", "Giggleswick", "Horton-in-Ribblesdale", "Austwick", "Clapham"]),
    (3, "Aire Valley", "Wednesday", ["Gargrave", "Hellifield", "Long Preston", "Cononley"]),
    (4, "Malhamdale", "Thursday", ["Malham", "Kirkby Malham", "Airton", "Bell Busk"]),
    (5, "Craven Villages", "Friday", ["Embsay", "Carleton", "Cowling", "Sutton-in-Craven"]),
]
PROCEDURES = [
    (1, "Nail cutting and filing", 15, 18.0),
    (2, "Corn removal", 10, 12.0),
    (3, "Callus reduction", 15, 14.0),
    (4, "Verruca treatment", 10, 15.0),
    (5, "Ingrown toenail care", 20, 22.0),
    (6, "Diabetic foot assessment", 20, 25.0),
    (7, "Fungal nail treatment", 10, 16.0),
    (8, "Padding and strapping", 10, 9.0),
    (9, "Insole fitting", 15, 20.0),
]
PRODUCTS = [("Urea 25% foot cream", 8.5), ("Gel toe protector", 4.0), ("Silicone corn pads (6)", 5.5),
            ("Off-the-shelf insoles", 18.0), ("Antifungal nail lacquer", 12.0), ("Bunion sleeve", 7.0)]  # fmt: skip


def build_chiropody(path: Path) -> None:
    r = random.Random(9106)
    c = fresh_db(
        path,
        """
        CREATE TABLE Chiropodists (
            ChiropodistId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, HcpcNumber TEXT NOT NULL,
            QualifiedYear INTEGER NOT NULL, StartDate TEXT NOT NULL, LeftDate TEXT);
        CREATE TABLE Rounds (
            RoundId INTEGER PRIMARY KEY, RoundName TEXT NOT NULL, WeekDay TEXT NOT NULL,
            LeadChiropodistId INTEGER REFERENCES Chiropodists(ChiropodistId));
        CREATE TABLE Patients (
            PatientId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, DateOfBirth TEXT NOT NULL, Village TEXT NOT NULL,
            RoundId INTEGER NOT NULL REFERENCES Rounds(RoundId), IsDiabetic INTEGER NOT NULL, RiskLevel TEXT NOT NULL,
            Funding TEXT NOT NULL, RecallWeeks INTEGER NOT NULL, RegisteredOn TEXT NOT NULL, DischargedOn TEXT);
        CREATE TABLE Procedures (
            ProcedureId INTEGER PRIMARY KEY, ProcedureName TEXT NOT NULL, StandardMinutes INTEGER NOT NULL,
            StandardFee REAL NOT NULL);
        CREATE TABLE Visits (
            VisitId INTEGER PRIMARY KEY, PatientId INTEGER NOT NULL REFERENCES Patients(PatientId),
            ChiropodistId INTEGER NOT NULL REFERENCES Chiropodists(ChiropodistId), VisitDate TEXT NOT NULL,
            Outcome TEXT NOT NULL, Minutes INTEGER, FeeCharged REAL, PaymentMethod TEXT);
        CREATE TABLE VisitProcedures (
            VisitId INTEGER NOT NULL REFERENCES Visits(VisitId),
            ProcedureId INTEGER NOT NULL REFERENCES Procedures(ProcedureId), Foot TEXT NOT NULL,
            PRIMARY KEY (VisitId, ProcedureId));
        CREATE TABLE ProductSales (
            SaleId INTEGER PRIMARY KEY, VisitId INTEGER NOT NULL REFERENCES Visits(VisitId), Product TEXT NOT NULL,
            Quantity INTEGER NOT NULL, UnitPrice REAL NOT NULL);
        """,
    )
    chiros = [
        (1, "Fiona Metcalfe", "CH21457", 2004, "2012-05-01", None),
        (2, "Andrew Lister", "CH30892", 2011, "2016-09-12", None),
        (3, "Ruth Pickles", "CH27310", 2008, "2018-01-08", "2024-12-20"),
        (4, "Imran Qureshi", "CH35521", 2016, "2021-03-01", None),
        (5, "Sarah Dinsdale", "CH38804", 2019, "2024-11-04", None),
        (6, "Joe Hartley", "CH40117", 2022, "2025-04-07", None),
    ]
    insert(c, "Chiropodists", chiros)
    insert(
        c,
        "Rounds",
        [(rid, f"{nm}", wd, lead) for (rid, nm, wd, _), lead in zip(ROUNDS, [1, 2, 4, 2, None], strict=True)],
    )
    insert(c, "Procedures", PROCEDURES)
    pnames = names(r, 310, GIVEN_EN, FAMILY_EN)
    patients = []
    for i, nm in enumerate(pnames, 1):
        rnd = ROUNDS[(i * 7 + r.randint(0, 4)) % 5]
        dob = day_between(r, D(1925, 1, 1), D(1965, 12, 31))
        diab = 1 if r.random() < 0.3 else 0
        risk = r.choices(["Low", "Moderate", "High"], weights=[3, 3, 4] if diab else [6, 3, 1])[0]
        funding = "NHS" if diab and risk == "High" else "Private"
        recall = {"High": r.choice([4, 6]), "Moderate": r.choice([6, 8]), "Low": r.choice([8, 10, 12])}[risk]
        reg = day_between(r, D(2015, 1, 1), D(2025, 5, 30))
        dis = None
        if i % 9 == 0:
            dis = day_between(r, max(reg, D(2024, 3, 1)), D(2025, 6, 6))
        patients.append(
            (i, nm, iso(dob), r.choice(rnd[3]), rnd[0], diab, risk, funding, recall, iso(reg), dis and iso(dis))
        )
    insert(c, "Patients", patients)
    visits = []
    vprocs = []
    sales = []
    vid = sid = 0
    wd_index = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4}
    lead_of = {1: 1, 2: 2, 3: 4, 4: 2, 5: None}
    for p in patients:
        wd = wd_index[ROUNDS[p[4] - 1][2]]
        d = max(D.fromisoformat(p[9]), D(2024, 1, 1)) + dt.timedelta(days=r.randint(0, 7 * p[8]))
        d = days(d, (wd - d.weekday()) % 7)
        end = D.fromisoformat(p[10]) if p[10] else D(2025, 6, 27)
        while d <= end:
            avail = [x for x in chiros if x[4] <= iso(d) and (x[5] is None or x[5] >= iso(d))]
            lead = lead_of[p[4]]
            ch = lead if lead in [x[0] for x in avail] and r.random() < 0.7 else r.choice(avail)[0]
            vid += 1
            if d >= TODAY:
                visits.append((vid, p[0], ch, iso(d), "Booked", None, None, None))
                break
            out = r.choices(["Treated", "Not at home", "Declined", "Referred to GP"], weights=[90, 5, 2, 3])[0]
            if out in ("Not at home", "Declined"):
                visits.append((vid, p[0], ch, iso(d), out, None, None, None))
            else:
                procs = r.sample(PROCEDURES, r.choice([1, 1, 2, 2, 3]))
                if p[5] and PROCEDURES[5] not in procs and r.random() < 0.5:
                    procs.append(PROCEDURES[5])
                if all(pr[0] != 1 for pr in procs) and r.random() < 0.7:
                    procs.append(PROCEDURES[0])
                mins = sum(pr[2] for pr in procs) + r.randint(0, 10)
                fee = None if p[7] == "NHS" else round(sum(pr[3] for pr in procs), 2)
                pay = (
                    "NHS" if fee is None else r.choices(["Cash", "Card", "Cheque", "Invoice"], weights=[4, 5, 1, 1])[0]
                )
                visits.append((vid, p[0], ch, iso(d), out, mins, fee, pay))
                for pr in procs:
                    vprocs.append((vid, pr[0], r.choice(["Left", "Right", "Both", "Both"])))
                if r.random() < 0.14:
                    for prod in r.sample(PRODUCTS, r.choice([1, 1, 2])):
                        sid += 1
                        sales.append((sid, vid, prod[0], r.choice([1, 1, 1, 2]), prod[1]))
            d = days(d, 7 * p[8])
    visits.sort(key=lambda v: (v[3], v[1]))
    renum = {v[0]: i for i, v in enumerate(visits, 1)}
    insert(c, "Visits", [(renum[v[0]], *v[1:]) for v in visits])
    insert(c, "VisitProcedures", sorted((renum[a], b, f) for a, b, f in vprocs))
    sales.sort(key=lambda s: (renum[s[1]], s[0]))
    insert(c, "ProductSales", [(i, renum[s[1]], *s[2:]) for i, s in enumerate(sales, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "pflegedienst": build_pflegedienst,
    "bpscreen": build_bpscreen,
    "sleeploans": build_sleeploans,
    "pharmvan": build_pharmvan,
    "sportsmassage": build_sportsmassage,
    "chiropody": build_chiropody,
}
