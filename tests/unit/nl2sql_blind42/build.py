"""Six small business, trade, public-service and club databases for the forty-second blind English-to-SQL corpus.

- ``canalhire`` (Rails/ActiveRecord style: plural snake_case tables, integer ``id`` keys and ``*_id`` foreign keys,
  ``created_at`` / ``updated_at`` with microseconds on every table, states as integer enums explained only in DDL
  comments, money in integer pence named ``*_pence``): a narrowboat hire company with three bases on the Llangollen
  and Grand Union canals. ``bases``, ``boats`` (``boat_class`` 0 standard, 1 classic, 2 luxury; berths, length in
  feet, pet friendly 0/1, nightly rate, ``status`` 0 in service, 1 maintenance, 2 withdrawn), ``customers`` (country
  code, marketing opt-in), ``bookings`` (start and end dates, nights, party size, pets, ``status`` 0 pending,
  1 confirmed, 2 completed, 3 cancelled, total and security deposit, ``balance_paid_at`` NULL while the balance is
  owed, ``cancelled_at``), ``extras`` (``charge_basis`` 0 per booking, 1 per night), the link table
  ``booking_extras`` and ``damage_reports`` (area, ``severity`` 0 minor, 1 moderate, 2 major, repair cost NULL
  until repaired, deposit retained, ``resolved_at`` NULL while open).
- ``harpmaker`` (singular table names with a ``_tbl`` suffix and lowerCamelCase columns: ``commission_tbl``,
  ``orderStatus``, ``leadCraftsmanId``; self-referencing ``craftsman_tbl.reportsToId``): a harp-making workshop in
  Gwynedd, prices in pounds. ``model_tbl`` (code, harp type LAP, LEVER, PEDAL or TRIPLE, strings, base price, build
  hours, discontinued 0/1), ``wood_tbl`` (surcharge, FSC certified 0/1), ``craftsman_tbl`` (role MASTER, MAKER,
  FINISHER, APPRENTICE, TECHNICIAN, hourly rate, ``leaveDate`` NULL while employed, manager), ``customer_tbl``
  (type P private, S school or music service, O orchestra or ensemble, D dealer; city, country code),
  ``commission_tbl`` (reference like TM-2024-016, order and promised dates, ``deliveredDate`` NULL until delivered,
  status Q quoted, O ordered, B in build, R ready for collection, D delivered, X cancelled, agreed price, deposit,
  lead craftsman, rush 0/1), ``worklog_tbl`` (hours by craftsman, commission, build stage SOUNDBOX, SOUNDBOARD,
  NECK_PILLAR, FINISHING, STRINGING or REGULATION and week ending) and ``repair_tbl`` (harps of any maker: repair
  type, received, ``completedDate`` NULL while in the workshop, quoted and final price, warranty 0/1).
- ``countyarchive`` (legacy ALL-CAPS names in which each space became a double underscore: ``REF__CODE``,
  ``SEARCHROOM__VISITS.TIME__IN``; self-referencing ``CATALOGUE__ENTRIES.PARENT__ENTRY__ID``; people's names in
  capitals): the searchroom of a county record office. ``STAFF__MEMBERS`` (job title, ``LEFT__ON`` NULL while
  employed), ``DEPOSITORS`` (type PARISH, ESTATE, COMPANY, COUNCIL, SOLICITOR, HEALTH, FAMILY or SOCIETY),
  ``CATALOGUE__ENTRIES`` (a COLLECTION, SERIES, FILE, ITEM hierarchy with references like D/HAL/3/3, covering years,
  access O open, R restricted or C closed with a ``CLOSED__UNTIL`` year, strongroom, fragile and digitised
  'Y'/'N'), ``READERS`` (ticket number, category FAMILY HISTORY, LOCAL HISTORY, ACADEMIC, STUDENT or PROFESSIONAL,
  registration and ticket expiry dates), ``SEARCHROOM__VISITS`` (date, times in and out as HH:MM, seat),
  ``DOCUMENT__PRODUCTIONS`` (requested, produced and returned timestamps, status P produced, U unavailable,
  W withheld because closed, fetched by) and ``COPY__ORDERS`` (format SCAN, PHOTOCOPY or CAMERA PERMIT, pages, fee
  in pounds, ``COMPLETED__ON`` NULL while outstanding).
- ``referees`` (a legacy schema whose foreign keys are named after the role, not the target: ``fixture.referee``,
  ``asst_ref_1``, ``asst_ref_2``, ``appointed_by``, ``home_club``, ``club.plays_in``, ``assessment.assessed`` and
  ``assessor``, ``misconduct_report.reported_by`` and ``offending_club``; natural keys ``official_no``,
  ``fixture_no`` and text codes; self-referencing ``official.mentor``): a referees' association in mid Cheshire.
  ``competition`` (five leagues and a cup: match day, age group, assistants used 'Y'/'N', referee and assistant
  fees), ``club``, ``official`` (referee level 4 to 8, qualified and ``retired_on`` NULL while active, mentor,
  assessor 'Y'/'N'), ``fixture`` (kickoff, officials, appointing secretary, result code PLD played, PPD postponed,
  ABD abandoned, WO walkover, SCH scheduled, goals), ``assessment`` (mark out of 100, promotion recommended 'Y'/'N',
  submitted date) and ``misconduct_report`` (sanction C caution or S sending-off, offence codes C1-C7 and S1-S7,
  minute, submitted date, admin fee).
- ``doggroomer`` (every column carries a type suffix: ``name_str``, ``birth_year_int``, ``total_dec``,
  ``paid_bool``, ``started_dt``, ``booked_ts``; keys ``id_int`` and ``*_id_int``): a mobile dog groomer working from
  vans around Bristol. ``van`` (registration, hydrobath 0/1, ``sold_dt`` NULL while in use), ``groomer`` (grade
  LEAD, GROOMER or JUNIOR, day rate, ``left_dt`` NULL while working, usual van), ``client`` (area, postcode,
  created timestamp, marketing opt-in), ``dog`` (breed, size S, M, L or XL, coat, nervous and muzzle flags,
  ``died_dt``), ``service`` (code, price, minutes, add-on 0/1), ``appointment`` (booked and slot timestamps,
  ``finished_ts``, status BOOKED, DONE, CANCELLED or NO_SHOW, total, tip, paid 0/1, payment method, rating 1 to 5)
  and the link table ``appointment_service`` (the price charged for each service).
- ``seedbank`` (a MongoDB export flattened into tables: 24-hex ObjectId text keys in ``_id``, references such as
  ``accessionId`` and ``collection_collectorId``, nested paths joined by underscores with camelCase leaves such as
  ``taxon_commonName`` and ``seeds_currentCount``, ISO timestamps ending in ``Z``, a Mongoose ``__v`` column): a
  native-plant seed bank. ``staff`` (role manager, curator, technician or volunteer, ``leftAt`` NULL while
  employed), ``collectors`` (organisation and its country, active 1/0), ``accessions`` (numbers like SB2024-0054,
  family, genus, species, common name, IUCN category, collection date and site, seed counts at banking and now,
  vault V1, V2 or CRYO-1, shelf, status processing, banked or depleted), ``germination_tests`` (technician, start,
  ``completedAt`` NULL while running, seeds sown and germinated, temperature, photoperiod, pretreatment) and
  ``withdrawals`` (status requested, approved, declined or dispatched, approver, dispatch time, seed count, purpose
  research, restoration, duplication or education, requester and institution, MTA signed 1/0).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _at(d: dt.date, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss)


def _dts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------------------------------------------- canalhire
CH_BASES = [
    (1, "Whixall Marina", "Llangollen Canal", "Whitchurch", "01948 880411"),
    (2, "Gayton Junction", "Grand Union Canal", "Northampton", "01604 858233"),
    (3, "Union Wharf", "Grand Union Canal (Leicester Line)", "Market Harborough", "01858 462017"),
]
# name, base, class (0 standard, 1 classic, 2 luxury), berths, length in feet, built, pets, status, added
CH_BOATS = [
    ("Kingfisher", 1, 0, 4, 57, 2008, 1, 0, D(2023, 1, 9)),
    ("Heron", 1, 0, 6, 62, 2006, 1, 0, D(2023, 1, 9)),
    ("Damselfly", 1, 2, 4, 60, 2019, 0, 0, D(2023, 1, 9)),
    ("Water Vole", 1, 1, 2, 45, 1998, 1, 0, D(2023, 1, 9)),
    ("Curlew", 1, 0, 8, 69, 2011, 0, 1, D(2023, 1, 9)),
    ("Meadowsweet", 1, 2, 6, 66, 2021, 0, 0, D(2023, 1, 9)),
    ("Otter", 2, 0, 4, 55, 2004, 1, 0, D(2023, 1, 9)),
    ("Moorhen", 2, 1, 4, 58, 1996, 1, 2, D(2023, 1, 9)),
    ("Bittern", 2, 2, 6, 68, 2022, 0, 0, D(2023, 1, 9)),
    ("Lapwing", 2, 0, 6, 64, 2009, 1, 0, D(2023, 1, 9)),
    ("Wagtail", 2, 0, 2, 48, 2013, 1, 0, D(2024, 2, 12)),
    ("Rowan", 3, 1, 4, 57, 2001, 1, 0, D(2023, 1, 9)),
    ("Teal", 3, 0, 6, 62, 2010, 0, 0, D(2023, 1, 9)),
    ("Sandpiper", 3, 2, 4, 60, 2023, 1, 0, D(2024, 2, 12)),
    ("Grebe", 3, 0, 8, 70, 2007, 0, 1, D(2023, 1, 9)),
    ("Alder", 3, 0, 4, 56, 2012, 1, 0, D(2023, 1, 9)),
]
# name, price in pence, basis (0 per booking, 1 per night)
CH_EXTRAS = [
    ("Dog pack (bed, bowls, towels)", 2500, 0),
    ("Bicycle hire", 1200, 1),
    ("Welcome hamper", 4500, 0),
    ("Extra boat-handling lesson", 3500, 0),
    ("Stand-up paddleboard", 1500, 1),
    ("Logs and kindling", 1800, 0),
    ("Secure car parking", 600, 1),
    ("Early boarding", 3000, 0),
]


def _rails(t: dt.datetime, r: random.Random) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{r.randrange(1000000):06d}"


def build_canalhire(path: Path) -> None:
    r = random.Random(42001)
    c = fresh_db(
        path,
        """
        CREATE TABLE bases (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, canal TEXT NOT NULL, town TEXT NOT NULL, phone TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE boats (
            id INTEGER PRIMARY KEY, base_id INTEGER NOT NULL REFERENCES bases(id), name TEXT NOT NULL,
            boat_class INTEGER NOT NULL DEFAULT 0, -- enum boat_class: 0 standard, 1 classic, 2 luxury
            berths INTEGER NOT NULL, length_ft INTEGER NOT NULL, year_built INTEGER,
            pet_friendly INTEGER NOT NULL DEFAULT 0, nightly_rate_pence INTEGER NOT NULL,
            status INTEGER NOT NULL DEFAULT 0, -- enum status: 0 in_service, 1 maintenance, 2 withdrawn
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL,
            phone TEXT, country_code TEXT NOT NULL DEFAULT 'GB', marketing_opt_in INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE bookings (
            id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
            boat_id INTEGER NOT NULL REFERENCES boats(id), start_on TEXT NOT NULL, end_on TEXT NOT NULL,
            nights INTEGER NOT NULL, party_size INTEGER NOT NULL, pets_count INTEGER NOT NULL DEFAULT 0,
            status INTEGER NOT NULL DEFAULT 0, -- enum status: 0 pending, 1 confirmed, 2 completed, 3 cancelled
            total_pence INTEGER NOT NULL, security_deposit_pence INTEGER NOT NULL, balance_paid_at TEXT,
            cancelled_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE extras (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, price_pence INTEGER NOT NULL,
            charge_basis INTEGER NOT NULL DEFAULT 0, -- enum charge_basis: 0 per_booking, 1 per_night
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE booking_extras (
            id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(id),
            extra_id INTEGER NOT NULL REFERENCES extras(id), quantity INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE damage_reports (
            id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(id),
            boat_id INTEGER NOT NULL REFERENCES boats(id), area TEXT NOT NULL, description TEXT,
            severity INTEGER NOT NULL DEFAULT 0, -- enum severity: 0 minor, 1 moderate, 2 major
            repair_cost_pence INTEGER, deposit_retained_pence INTEGER NOT NULL DEFAULT 0, resolved_at TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        """,
    )
    setup = _at(D(2022, 11, 14), 9, 30)
    insert(c, "bases", [(*b, _rails(setup, r), _rails(setup, r)) for b in CH_BASES])
    boats = []
    for i, (nm, base, cls, berths, ft, built, pets, st, added) in enumerate(CH_BOATS, 1):
        rate = 15000 + berths * 1800 + (0, 2500, 6500)[cls] + (2023 - min(built, 2023)) * -60
        rate = int(round(rate, -2))
        upd = _at(D(2025, 5, r.randint(1, 30)), r.randint(8, 17), r.randrange(60)) if st else _at(added, 10, 5)
        boats.append((i, base, nm, cls, berths, ft, built, pets, rate, st, _rails(_at(added, 10, 0), r),
                      _rails(upd, r)))  # fmt: skip
    insert(c, "boats", boats)
    insert(c, "extras", [(i, *e, _rails(setup, r), _rails(setup, r)) for i, e in enumerate(CH_EXTRAS, 1)])

    # bookings, boat by boat and season by season
    raw = []
    for b in boats:
        bid, cls, berths, pets, rate, st = b[0], b[3], b[4], b[7], b[8], b[9]
        added = CH_BOATS[bid - 1][8]
        for year in (2023, 2024, 2025):
            cur = max(D(year, 3, 17), _plus(added, 30))
            end_season = D(year, 10, 31)
            if st == 2 and year == 2025:
                continue
            if st == 1 and year == 2025:
                end_season = D(2025, 5, 20)
            while True:
                cur = _plus(cur, r.choice([0, 2, 3, 5, 7, 9, 12, 16, 21, 28, 35, 42]))
                nights = r.choices([3, 4, 7, 7, 10, 14], [18, 16, 40, 0, 12, 8])[0]
                if _plus(cur, nights) > end_season:
                    break
                if cur > TODAY and r.random() < min(0.85, (cur - TODAY).days / 160):
                    cur = _plus(cur, nights)
                    continue
                raw.append((cur, bid, nights, cls, berths, pets, rate))
                cur = _plus(cur, nights)
    raw.sort()
    n_cust = 215
    names = full_names(r, n_cust)
    weights = [r.choice([1, 1, 1, 1, 2, 3, 5]) for _ in range(n_cust)]
    deposit = {0: 20000, 1: 25000, 2: 40000}
    bookings, bex, damages = [], [], []
    first_seen: dict[int, dt.datetime] = {}
    for k, (start, bid, nights, cls, berths, pets, rate) in enumerate(raw, 1):
        cust = r.choices(range(1, n_cust + 1), weights)[0]
        end = _plus(start, nights)
        lead = r.choices([r.randint(7, 40), r.randint(41, 120), r.randint(121, 300)], [25, 45, 30])[0]
        created = _at(_plus(start, -lead), r.randint(7, 22), r.randrange(60), r.randrange(60))
        first_seen[cust] = min(first_seen.get(cust, created), created)
        party = r.randint(max(1, berths - 3), berths)
        npets = r.choices([0, 1, 2], [60, 32, 8])[0] if pets else 0
        peak = 1.25 if start.month in (7, 8) else 1.0
        total = int(round(rate * nights * peak, -2))
        cancelled_at = None
        if r.random() < 0.08 and created.date() < LAST:
            hi = min(start, LAST)
            cancelled_at = _at(day_between(r, created.date(), hi), r.randint(8, 20), r.randrange(60))
            if cancelled_at < created:
                cancelled_at = created + dt.timedelta(hours=3)
            status = 3
        elif end <= TODAY:
            status = 2
        elif start <= TODAY:
            status = 1
        else:
            status = 0 if created.date() >= _plus(TODAY, -12) or r.random() < 0.07 else 1
        lines = []
        for e_id in r.sample(range(1, len(CH_EXTRAS) + 1), r.choices([0, 1, 2, 3], [40, 33, 19, 8])[0]):
            ename, price, basis = CH_EXTRAS[e_id - 1]
            if e_id == 1 and npets == 0:
                continue
            qty = npets if e_id == 1 else r.randint(1, min(4, party)) if e_id in (2, 5) else 1
            total += price * qty * (nights if basis == 1 else 1)
            lines.append((e_id, qty))
        paid = None
        if status in (1, 2) or (status == 3 and r.random() < 0.3):
            due = _plus(start, -42)
            if due <= created.date():
                paid = created + dt.timedelta(minutes=r.randint(5, 90))
            elif due <= TODAY or r.random() < 0.35:
                paid = _at(day_between(r, created.date(), min(due, LAST)), r.randint(8, 21), r.randrange(60))
            if status == 3 and cancelled_at is not None and paid is not None and paid > cancelled_at:
                paid = None
        if status == 1 and start <= _plus(TODAY, 42) and paid is None and r.random() < 0.6:
            paid = _at(day_between(r, created.date(), LAST), r.randint(8, 21), r.randrange(60))
        updated = max(t for t in (created, paid, cancelled_at) if t is not None)
        if status == 2:
            updated = _at(end, 10, r.randint(0, 59))
        bookings.append((k, cust, bid, _iso(start), _iso(end), nights, party, npets, status, total, deposit[cls],
                         _rails(paid, r) if paid else None, _rails(cancelled_at, r) if cancelled_at else None,
                         _rails(created, r), _rails(updated, r)))  # fmt: skip
        for e_id, qty in lines:
            bex.append((len(bex) + 1, k, e_id, qty, _rails(created, r), _rails(created, r)))
        if status == 2 and r.random() < 0.14:
            area = r.choices(["hull", "propeller", "tiller", "interior", "window", "canopy", "toilet"],
                             [25, 20, 8, 20, 10, 7, 10])[0]  # fmt: skip
            sev = r.choices([0, 1, 2], [58, 32, 10])[0]
            if area not in ("hull", "propeller"):
                sev = min(sev, 1)
            desc = {
                "hull": ["Scrape along port side", "Dent to bow", "Paintwork scuffed at stern"],
                "propeller": ["Rope round prop", "Bent blade after grounding", "Prop shaft vibration"],
                "tiller": ["Tiller pin lost", "Bent tiller arm"],
                "interior": ["Burn mark on worktop", "Broken cabin chair", "Stained upholstery"],
                "window": ["Cracked porthole", "Window seal leaking"],
                "canopy": ["Torn pram hood", "Canopy frame bent"],
                "toilet": ["Cassette toilet blocked", "Pump-out valve broken"],
            }[area]
            reported = _at(end, 10, r.randint(0, 59))
            cost = {0: (1500, 12000), 1: (12000, 55000), 2: (55000, 280000)}[sev]
            open_ = (end >= D(2025, 5, 1) and r.random() < 0.6) or r.random() < 0.06
            repair = None if open_ else int(round(r.randint(*cost), -2))
            kept = 0 if repair is None else min(deposit[cls], repair) if r.random() < 0.8 else 0
            resolved = None if open_ else _plus(end, r.randint(2, 40))
            if resolved and resolved > LAST:
                resolved, repair, kept = None, None, 0
            damages.append((len(damages) + 1, k, bid, area, r.choice(desc), sev, repair, kept,
                            _rails(_at(resolved, 16, r.randrange(60)), r) if resolved else None,
                            _rails(reported, r),
                            _rails(_at(resolved, 16, 59), r) if resolved else _rails(reported, r)))  # fmt: skip
    customers = []
    countries = ["GB"] * 30 + ["DE", "DE", "NL", "NL", "US", "US", "AU", "IE", "CA", "FR", "NZ", "BE"]
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        cc = r.choice(countries)
        seen = first_seen.get(i)
        created = seen - dt.timedelta(days=r.choice([0, 0, 0, 1, 5, 30]), minutes=r.randint(1, 50)) if seen else None
        if created is None:
            created = _at(day_between(r, D(2022, 12, 1), D(2025, 6, 10)), r.randint(8, 22), r.randrange(60))
        phone = None if r.random() < 0.1 else (f"07{r.randint(100, 999)} {r.randint(100000, 999999)}" if cc == "GB"
                                                else f"+{r.randint(30, 64)} {r.randint(100000000, 999999999)}")  # fmt: skip
        email = f"{f.lower()}.{s.lower()}{r.choice(['', '', '1', '77'])}@{r.choice(['gmail.com', 'outlook.com', 'icloud.com', 'btinternet.com'])}"
        customers.append((i, f, s, email, phone, cc, 1 if r.random() < 0.4 else 0, _rails(created, r),
                          _rails(created + dt.timedelta(days=r.randint(0, 200)), r)))  # fmt: skip
    insert(c, "customers", customers)
    insert(c, "bookings", bookings)
    insert(c, "booking_extras", bex)
    insert(c, "damage_reports", damages)
    done(c)


# ---------------------------------------------------------------------------------------------------- harpmaker
HM_MODELS = [
    (1, "EOS-22", "Eos 22", "LAP", 22, 1450.0, 60, 2012, 0),
    (2, "CAD-29", "Cadair 29", "LEVER", 29, 2350.0, 95, 2009, 1),
    (3, "MEN-34", "Menai 34", "LEVER", 34, 3900.0, 140, 2008, 0),
    (4, "ERY-36", "Eryri 36", "LEVER", 36, 4650.0, 165, 2015, 0),
    (5, "ARI-38", "Arianrhod 38", "LEVER", 38, 5400.0, 190, 2019, 0),
    (6, "TRI-95", "Teires 95 triple harp", "TRIPLE", 95, 11800.0, 420, 2005, 0),
    (7, "STU-40", "Stiwdio 40", "PEDAL", 40, 16800.0, 520, 2021, 0),
    (8, "CON-47", "Cyngerdd 47", "PEDAL", 47, 22500.0, 680, 2017, 0),
    (9, "TEL-26", "Telyn Fach 26", "LEVER", 26, 1850.0, 80, 2023, 0),
]
HM_WOODS = [
    ("MAP", "Maple", 0.0, 1),
    ("SYC", "Sycamore", 0.0, 1),
    ("CHE", "Cherry", 400.0, 1),
    ("WAL", "Black walnut", 650.0, 1),
    ("OAK", "Welsh oak", 550.0, 1),
    ("SAP", "Sapele", 300.0, 0),
    ("ASH", "Ash", 150.0, 1),
]
HM_STAFF = [
    (1, "Gwilym", "Price", "MASTER", 38.0, "2004-04-01", None, None),
    (2, "Catrin", "Hughes", "MAKER", 28.5, "2011-09-05", None, 1),
    (3, "Rhys", "Evans", "MAKER", 26.0, "2014-02-03", None, 1),
    (4, "Bethan", "Lloyd", "FINISHER", 24.0, "2016-06-13", "2024-03-28", 2),
    (5, "Osian", "Jones", "FINISHER", 23.0, "2019-01-07", None, 2),
    (6, "Mari", "Thomas", "APPRENTICE", 14.0, "2023-09-04", None, 2),
    (7, "Iolo", "Pritchard", "MAKER", 27.0, "2017-03-20", "2023-12-22", 1),
    (8, "Ffion", "Roberts", "APPRENTICE", 13.5, "2024-09-02", None, 3),
    (9, "Dewi", "Morgan", "TECHNICIAN", 25.0, "2020-05-11", None, 3),
]
HM_ORGS = [
    ("Gwynedd Music Service", "S", "Caernarfon", "GB"), ("Ysgol Glan Clwyd", "S", "St Asaph", "GB"),
    ("Royal Northern Junior School", "S", "Manchester", "GB"), ("Cardiff Junior Conservatoire", "S", "Cardiff", "GB"),
    ("St Columba's College", "S", "Dublin", "IE"), ("Bangor Chamber Orchestra", "O", "Bangor", "GB"),
    ("North Wales Youth Orchestra", "O", "Wrexham", "GB"), ("Dublin Harp Ensemble", "O", "Dublin", "IE"),
    ("Hebrides Festival Orchestra", "O", "Stornoway", "GB"), ("Harfenhaus Rhein", "D", "Cologne", "DE"),
    ("Celtic Strings Boston", "D", "Boston", "US"), ("The Harp Loft", "D", "Edinburgh", "GB"),
    ("Arpa Viva", "D", "Milan", "IT"), ("Nordic Harps", "D", "Oslo", "NO"), ("Harp Corner Tokyo", "D", "Tokyo", "JP"),
]  # fmt: skip
HM_CITIES = [("Caernarfon", "GB", 10), ("Bangor", "GB", 8), ("Cardiff", "GB", 8), ("Aberystwyth", "GB", 5),
             ("Llandudno", "GB", 4), ("Chester", "GB", 4), ("London", "GB", 8), ("Bristol", "GB", 3),
             ("Edinburgh", "GB", 3), ("Belfast", "GB", 2), ("Dublin", "IE", 4), ("Galway", "IE", 2),
             ("Rennes", "FR", 2), ("Paris", "FR", 2), ("Utrecht", "NL", 2), ("Munich", "DE", 2),
             ("Portland", "US", 2), ("Toronto", "CA", 2), ("Melbourne", "AU", 1)]  # fmt: skip
HM_STAGES = [("SOUNDBOX", 0.27), ("SOUNDBOARD", 0.16), ("NECK_PILLAR", 0.24), ("FINISHING", 0.19),
             ("STRINGING", 0.06), ("REGULATION", 0.08)]  # fmt: skip


def build_harpmaker(path: Path) -> None:
    r = random.Random(42002)
    c = fresh_db(
        path,
        """
        CREATE TABLE model_tbl (
            modelId INTEGER PRIMARY KEY, modelCode TEXT NOT NULL UNIQUE, modelName TEXT NOT NULL,
            harpType TEXT NOT NULL, stringCount INTEGER NOT NULL, basePrice REAL NOT NULL,
            buildHours INTEGER NOT NULL, introducedYear INTEGER NOT NULL, isDiscontinued INTEGER NOT NULL);
        CREATE TABLE wood_tbl (
            woodCode TEXT PRIMARY KEY, woodName TEXT NOT NULL, surcharge REAL NOT NULL,
            isFscCertified INTEGER NOT NULL);
        CREATE TABLE craftsman_tbl (
            craftsmanId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
            jobRole TEXT NOT NULL, hourlyRate REAL NOT NULL, startDate TEXT NOT NULL, leaveDate TEXT,
            reportsToId INTEGER REFERENCES craftsman_tbl(craftsmanId));
        CREATE TABLE customer_tbl (
            customerId INTEGER PRIMARY KEY, customerName TEXT NOT NULL, customerType TEXT NOT NULL,
            city TEXT NOT NULL, countryCode TEXT NOT NULL, emailAddress TEXT, createdOn TEXT NOT NULL);
        CREATE TABLE commission_tbl (
            commissionId INTEGER PRIMARY KEY, orderRef TEXT NOT NULL UNIQUE,
            customerId INTEGER NOT NULL REFERENCES customer_tbl(customerId),
            modelId INTEGER NOT NULL REFERENCES model_tbl(modelId),
            woodCode TEXT NOT NULL REFERENCES wood_tbl(woodCode), orderDate TEXT NOT NULL, promisedDate TEXT,
            deliveredDate TEXT, orderStatus TEXT NOT NULL, agreedPrice REAL NOT NULL, depositPaid REAL NOT NULL,
            leadCraftsmanId INTEGER REFERENCES craftsman_tbl(craftsmanId), isRush INTEGER NOT NULL);
        CREATE TABLE worklog_tbl (
            worklogId INTEGER PRIMARY KEY, commissionId INTEGER NOT NULL REFERENCES commission_tbl(commissionId),
            craftsmanId INTEGER NOT NULL REFERENCES craftsman_tbl(craftsmanId), buildStage TEXT NOT NULL,
            weekEnding TEXT NOT NULL, hoursWorked REAL NOT NULL);
        CREATE TABLE repair_tbl (
            repairId INTEGER PRIMARY KEY, customerId INTEGER NOT NULL REFERENCES customer_tbl(customerId),
            harpMaker TEXT NOT NULL, modelId INTEGER REFERENCES model_tbl(modelId), serialNumber TEXT,
            repairType TEXT NOT NULL, receivedDate TEXT NOT NULL, completedDate TEXT, quotedPrice REAL NOT NULL,
            finalPrice REAL, underWarranty INTEGER NOT NULL,
            craftsmanId INTEGER REFERENCES craftsman_tbl(craftsmanId));
        """,
    )
    insert(c, "model_tbl", HM_MODELS)
    insert(c, "wood_tbl", HM_WOODS)
    insert(c, "craftsman_tbl", HM_STAFF)
    customers = []
    for nm, kind, city, cc in HM_ORGS:
        customers.append([nm, kind, city, cc])
    for nm in full_names(r, 95):
        city, cc, _w = r.choices(HM_CITIES, [x[2] for x in HM_CITIES])[0]
        customers.append([nm, "P", city, cc])
    r.shuffle(customers)
    cust_rows = []
    for i, (nm, kind, city, cc) in enumerate(customers, 1):
        created = day_between(r, D(2019, 1, 10), D(2025, 5, 30))
        if kind == "P":
            email = (
                None
                if r.random() < 0.08
                else f"{nm.lower().replace(' ', '.')}@{r.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me'])}"
            )
        else:
            email = f"info@{nm.lower().replace(' ', '').replace(chr(39), '')[:14]}.example"
        cust_rows.append((i, nm, kind, city, cc, email, _iso(created)))
    insert(c, "customer_tbl", cust_rows)
    model = {m[0]: m for m in HM_MODELS}
    wood = {w[0]: w for w in HM_WOODS}
    staff = {s[0]: s for s in HM_STAFF}

    def working(sid: int, d: dt.date) -> bool:
        s = staff[sid]
        return s[5] <= d.isoformat() and (s[6] is None or s[6] >= d.isoformat())

    comms, logs = [], []
    order_days = sorted(day_between(r, D(2023, 1, 9), D(2025, 6, 12)) for _ in range(88))
    seq: dict[int, int] = {}
    for k, od in enumerate(order_days, 1):
        cust = cust_rows[r.randrange(len(cust_rows))]
        while cust[6] > od.isoformat():
            cust = cust_rows[r.randrange(len(cust_rows))]
        kind = cust[2]
        mids = [m[0] for m in HM_MODELS if m[7] <= od.year and not (m[8] and od.year >= 2024)]
        w = {1: 14, 2: 6, 3: 16, 4: 16, 5: 10, 6: 5, 7: 4, 8: 3, 9: 12}
        if kind in ("O", "S"):
            w.update({7: 12, 8: 10, 1: 3})
        mid = r.choices(mids, [w[m] for m in mids])[0]
        m = model[mid]
        wc = r.choices([x[0] for x in HM_WOODS], [30, 18, 14, 12, 9, 6, 6])[0]
        seq[od.year] = seq.get(od.year, 0) + 1
        ref = f"TM-{od.year}-{seq[od.year]:03d}"
        rush = 1 if r.random() < 0.1 and m[3] in ("LAP", "LEVER") else 0
        weeks = max(6, int(m[6] / 12) + r.randint(4, 14)) - (5 if rush else 0)
        promised = _plus(od, weeks * 7)
        price = (m[5] * (1.0 + 0.04 * (od.year - 2023)) + wood[wc][2]) * (0.85 if kind == "D" else 1.0)
        price = round(price + (250 if rush else 0), -1)
        if m[3] in ("PEDAL", "TRIPLE"):
            lead = r.choice([1, 2])
        else:
            leads = [s for s in (1, 2, 3, 7) if working(s, od)]
            lead = r.choices(leads, [1 if s == 1 else 4 for s in leads])[0]
        age = (TODAY - od).days
        if age < 35 and r.random() < 0.7:
            status = "Q"
        elif r.random() < 0.06:
            status = "X"
        else:
            build_days = int(weeks * 7 * r.uniform(0.8, 1.25))
            finish = _plus(od, build_days)
            if finish <= LAST:
                status = "R" if (LAST - finish).days < 25 and r.random() < 0.7 else "D"
            elif _plus(finish, -int(m[6] / 3)) <= TODAY:
                status = "B"
            else:
                status = "O" if r.random() < 0.5 else "B"
        deposit = 0.0 if status == "Q" else round(price * 0.3, -1) if status != "X" or r.random() < 0.5 else 0.0
        delivered = None
        if status == "D":
            delivered = finish
        lead_id = None if status == "Q" else lead
        comms.append((k, ref, cust[0], mid, wc, _iso(od), _iso(promised) if status != "Q" else None,
                      _iso(delivered), status, price, deposit, lead_id, rush))  # fmt: skip
        if status in ("B", "R", "D"):
            total_days = build_days if status in ("R", "D") else max(build_days, (TODAY - od).days + 30)
            done_frac = 1.0 if status in ("R", "D") else min(0.9, (TODAY - od).days / total_days)
            acc = 0.0
            for stage, frac in HM_STAGES:
                if acc + frac > done_frac + 1e-9:
                    break
                acc += frac
                wk = _plus(od, int(total_days * acc))
                wk = _plus(wk, 4 - wk.weekday())  # a Friday
                if wk > LAST:
                    wk = _plus(wk, -7)
                if stage == "FINISHING":
                    who = [s for s in (4, 5) if working(s, wk)] or [lead]
                elif stage == "REGULATION":
                    who = [9] if working(9, wk) else [lead]
                elif stage == "STRINGING":
                    who = [s for s in (6, 8) if working(s, wk)] or [lead]
                else:
                    who = [lead]
                hrs = round(m[6] * frac * r.uniform(0.85, 1.3) * 2) / 2
                sid = r.choice(who)
                if not working(sid, wk):
                    sid = 1
                helper = [s for s in (6, 8) if working(s, wk)]
                if helper and stage in ("SOUNDBOX", "NECK_PILLAR") and r.random() < 0.5:
                    h = round(hrs * r.uniform(0.15, 0.35) * 2) / 2
                    logs.append((len(logs) + 1, k, r.choice(helper), stage, _iso(wk), h))
                    hrs -= h
                logs.append((len(logs) + 1, k, sid, stage, _iso(wk), hrs))
    insert(c, "commission_tbl", comms)
    logs.sort(key=lambda x: (x[4], x[0]))
    insert(c, "worklog_tbl", [(i, *lg[1:]) for i, lg in enumerate(logs, 1)])
    makers = ["Telynau Menai"] * 5 + ["Lyon & Healy", "Salvi", "Camac", "Camac", "Dusty Strings", "Aoyama"]
    rtypes = [("RESTRING", 180, 420), ("REGULATION", 90, 260), ("LEVERS", 150, 600), ("SOUNDBOARD", 700, 2400),
              ("NECK", 450, 1600), ("REFINISH", 500, 1500), ("PEDAL_MECH", 300, 900)]  # fmt: skip
    repairs = []
    rec_days = sorted(
        [day_between(r, D(2023, 1, 4), D(2025, 6, 13)) for _ in range(92)]
        + [day_between(r, D(2025, 5, 12), D(2025, 6, 13)) for _ in range(7)]
    )
    for k, rd in enumerate(rec_days, 1):
        cust = cust_rows[r.randrange(len(cust_rows))]
        mk = r.choice(makers)
        mid = (
            r.choice([1, 2, 3, 3, 4, 4, 5, 6, 7, 9] if rd.year >= 2024 else [1, 2, 3, 3, 4, 5, 6, 8])
            if mk == "Telynau Menai"
            else None
        )
        pedal = (mid in (7, 8)) or (mk != "Telynau Menai" and mk in ("Lyon & Healy", "Salvi") and r.random() < 0.7)
        types = rtypes if pedal else rtypes[:-1]
        if mid == 6 or pedal:
            types = [t for t in types if t[0] != "LEVERS"]
        wts = {
            "RESTRING": 22,
            "REGULATION": 30,
            "LEVERS": 14,
            "SOUNDBOARD": 6,
            "NECK": 6,
            "REFINISH": 5,
            "PEDAL_MECH": 12,
        }
        rt, lo, hi = r.choices(types, [wts[t[0]] for t in types])[0]
        quote = float(round(r.randint(lo, hi), -1))
        days = {"RESTRING": (3, 14), "REGULATION": (2, 10), "LEVERS": (5, 20), "SOUNDBOARD": (30, 90),
                "NECK": (20, 70), "REFINISH": (25, 60), "PEDAL_MECH": (7, 30)}[rt]  # fmt: skip
        fin = _plus(rd, r.randint(*days))
        completed = fin if fin <= LAST else None
        warranty = 1 if mk == "Telynau Menai" and r.random() < 0.3 else 0
        final = None
        if completed:
            final = 0.0 if warranty else round(quote * r.choice([1, 1, 1, 1, 0.9, 1.1, 1.25]), -1)
        tech = [s for s in (9, 2, 3, 5) if working(s, rd)]
        sid = 9 if rt in ("REGULATION", "PEDAL_MECH") and working(9, rd) else r.choice(tech)
        serial = (
            None if mk != "Telynau Menai" and r.random() < 0.3 else f"{r.choice('ABCDEFGH')}{r.randint(1000, 9999)}"
        )
        repairs.append((k, cust[0], mk, mid, serial, rt, _iso(rd), _iso(completed), quote, final, warranty, sid))
    insert(c, "repair_tbl", repairs)
    done(c)


# ------------------------------------------------------------------------------------------------ countyarchive
CA_STAFF = [
    (1, "Helen Marsh", "COUNTY ARCHIVIST", "2009-02-02", None),
    (2, "Robert Ashby", "ARCHIVIST", "2013-10-07", None),
    (3, "Priya Chandra", "ARCHIVIST", "2021-04-19", None),
    (4, "Gareth Lowe", "SEARCHROOM ASSISTANT", "2015-05-11", None),
    (5, "Sandra Pugh", "SEARCHROOM ASSISTANT", "2011-01-10", "2024-07-31"),
    (6, "Tomasz Nowak", "SEARCHROOM ASSISTANT", "2022-03-01", None),
    (7, "Eleanor Frost", "SEARCHROOM ASSISTANT", "2024-08-19", None),
    (8, "Julia Penrose", "CONSERVATOR", "2017-09-04", None),
    (9, "Kieran Doyle", "DIGITISATION OFFICER", "2019-06-03", "2023-11-30"),
    (10, "Amy Castle", "DIGITISATION OFFICER", "2024-01-15", None),
]
CA_DEPOSITORS = [
    (1, "ALDERTON PAROCHIAL CHURCH COUNCIL", "PARISH", "1958-06-12"),
    (2, "MARKSBURY PAROCHIAL CHURCH COUNCIL", "PARISH", "1961-03-02"),
    (3, "HALLAM ESTATE TRUSTEES", "ESTATE", "1972-10-20"),
    (4, "BRETHERTON BREWERY LTD (IN LIQUIDATION)", "COMPANY", "1988-01-15"),
    (5, "SEVERNVALE COUNTY COUNCIL", "COUNCIL", "1949-04-01"),
    (6, "WHITCOMBE AND LANE SOLICITORS", "SOLICITOR", "1995-07-07"),
    (7, "SEVERN HEALTH NHS TRUST", "HEALTH", "2002-11-18"),
    (8, "MRS MARGARET GREAVES", "FAMILY", "2016-05-24"),
    (9, "SEVERN VALLEY RAILWAY HERITAGE SOCIETY", "SOCIETY", "2010-09-09"),
    (10, "ST MARY SEVERNBRIDGE PAROCHIAL CHURCH COUNCIL", "PARISH", "1964-02-27"),
]
# collection code, title, depositor, series: (title, year from, year to, files, access rule, fragile share)
CA_COLLECTIONS = [
    (
        "P/ALD",
        "PARISH OF ALDERTON",
        1,
        [
            ("REGISTERS OF BAPTISMS, MARRIAGES AND BURIALS", 1558, 1950, 7, "O", 0.4),
            ("CHURCHWARDENS ACCOUNTS", 1620, 1890, 4, "O", 0.3),
            ("VESTRY MINUTES", 1790, 1920, 3, "O", 0.1),
        ],
    ),
    (
        "P/MRK",
        "PARISH OF MARKSBURY",
        2,
        [
            ("REGISTERS OF BAPTISMS, MARRIAGES AND BURIALS", 1603, 1960, 6, "O", 0.4),
            ("TITHE AND GLEBE PAPERS", 1700, 1936, 3, "O", 0.2),
        ],
    ),
    (
        "P/STM",
        "PARISH OF ST MARY, SEVERNBRIDGE",
        10,
        [
            ("REGISTERS OF BAPTISMS, MARRIAGES AND BURIALS", 1570, 1975, 8, "O", 0.3),
            ("OVERSEERS OF THE POOR", 1680, 1836, 4, "O", 0.3),
            ("PARISH MAGAZINES", 1880, 1990, 3, "O", 0.0),
        ],
    ),
    (
        "D/HAL",
        "HALLAM ESTATE PAPERS",
        3,
        [
            ("TITLE DEEDS", 1540, 1920, 6, "O", 0.5),
            ("ESTATE MAPS AND SURVEYS", 1680, 1910, 5, "O", 0.6),
            ("RENTALS AND ACCOUNTS", 1750, 1950, 4, "O", 0.1),
            ("FAMILY CORRESPONDENCE", 1800, 1960, 4, "R", 0.1),
        ],
    ),
    (
        "D/BRW",
        "BRETHERTON BREWERY LTD",
        4,
        [
            ("DIRECTORS MINUTE BOOKS", 1889, 1985, 4, "O", 0.0),
            ("WAGES BOOKS", 1900, 1985, 4, "C75", 0.0),
            ("PHOTOGRAPHS", 1895, 1980, 4, "O", 0.2),
        ],
    ),
    (
        "QS",
        "SEVERNVALE QUARTER SESSIONS",
        5,
        [
            ("ORDER BOOKS", 1660, 1971, 5, "O", 0.3),
            ("GAOL CALENDARS", 1780, 1900, 4, "O", 0.2),
            ("RECOGNIZANCES", 1690, 1850, 3, "O", 0.5),
        ],
    ),
    (
        "BG/SV",
        "SEVERNVALE BOARD OF GUARDIANS",
        5,
        [
            ("MINUTE BOOKS", 1836, 1930, 5, "O", 0.0),
            ("WORKHOUSE ADMISSION AND DISCHARGE REGISTERS", 1840, 1948, 5, "C100", 0.1),
        ],
    ),
    (
        "C/ED",
        "SEVERNVALE COUNTY EDUCATION COMMITTEE",
        5,
        [("SCHOOL LOG BOOKS", 1870, 1990, 6, "O", 0.0), ("SCHOOL ADMISSION REGISTERS", 1880, 1995, 5, "C100", 0.0)],
    ),
    (
        "D/WHL",
        "WHITCOMBE AND LANE, SOLICITORS",
        6,
        [("CLIENT FILES", 1890, 2005, 6, "C75", 0.0), ("PROBATE COPIES OF WILLS", 1850, 1990, 4, "R", 0.1)],
    ),
    (
        "HOSP/SL",
        "ST LUKE'S ASYLUM, SEVERNBRIDGE",
        7,
        [
            ("ADMISSION REGISTERS", 1852, 1960, 4, "C100", 0.2),
            ("CASE BOOKS", 1852, 1950, 5, "C100", 0.3),
            ("ANNUAL REPORTS", 1853, 1948, 3, "O", 0.0),
        ],
    ),
    (
        "D/GRE",
        "GREAVES FAMILY OF OAKHANGER",
        8,
        [("DIARIES", 1912, 1968, 4, "O", 0.2), ("LETTERS FROM THE WESTERN FRONT", 1914, 1918, 3, "O", 0.5)],
    ),
    (
        "D/SVR",
        "SEVERN VALLEY LIGHT RAILWAY COMPANY",
        9,
        [
            ("BOARD MINUTES", 1895, 1963, 3, "O", 0.0),
            ("STAFF REGISTERS", 1898, 1963, 3, "O", 0.1),
            ("ENGINEERING DRAWINGS", 1895, 1950, 4, "O", 0.4),
        ],
    ),
]
CA_POSTCODES = ["SV1", "SV2", "SV3", "SV4", "SV7", "SV9", "SV12", "SV14", "HR2", "WR10", "GL5", "B31", "BS8",
                "CF10", "OX2", "N16", "M20", "LS6"]  # fmt: skip


def _mixed(title: str) -> str:
    small = {"of", "and", "the", "from", "in"}
    words = [w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(title.split(" "))]
    return " ".join(words)


def build_countyarchive(path: Path) -> None:
    r = random.Random(42003)
    c = fresh_db(
        path,
        """
        CREATE TABLE STAFF__MEMBERS (
            STAFF__ID INTEGER PRIMARY KEY, FULL__NAME TEXT NOT NULL, JOB__TITLE TEXT NOT NULL,
            STARTED__ON TEXT NOT NULL, LEFT__ON TEXT);
        CREATE TABLE DEPOSITORS (
            DEPOSITOR__ID INTEGER PRIMARY KEY, DEPOSITOR__NAME TEXT NOT NULL, DEPOSITOR__TYPE TEXT NOT NULL,
            FIRST__DEPOSIT__ON TEXT);
        CREATE TABLE CATALOGUE__ENTRIES (
            ENTRY__ID INTEGER PRIMARY KEY, REF__CODE TEXT NOT NULL UNIQUE,
            PARENT__ENTRY__ID INTEGER REFERENCES CATALOGUE__ENTRIES(ENTRY__ID), ENTRY__LEVEL TEXT NOT NULL,
            TITLE TEXT NOT NULL, YEAR__FROM INTEGER, YEAR__TO INTEGER,
            DEPOSITOR__ID INTEGER REFERENCES DEPOSITORS(DEPOSITOR__ID), ACCESS__STATUS TEXT NOT NULL,
            CLOSED__UNTIL INTEGER, STRONGROOM TEXT, FRAGILE__FLAG TEXT NOT NULL, DIGITISED__FLAG TEXT NOT NULL);
        CREATE TABLE READERS (
            READER__ID INTEGER PRIMARY KEY, TICKET__NUMBER TEXT NOT NULL UNIQUE, FIRST__NAME TEXT NOT NULL,
            LAST__NAME TEXT NOT NULL, READER__CATEGORY TEXT NOT NULL, POSTCODE__DISTRICT TEXT,
            REGISTERED__ON TEXT NOT NULL, TICKET__EXPIRES__ON TEXT NOT NULL);
        CREATE TABLE SEARCHROOM__VISITS (
            VISIT__ID INTEGER PRIMARY KEY, READER__ID INTEGER NOT NULL REFERENCES READERS(READER__ID),
            VISIT__DATE TEXT NOT NULL, TIME__IN TEXT NOT NULL, TIME__OUT TEXT, SEAT__NUMBER INTEGER);
        CREATE TABLE DOCUMENT__PRODUCTIONS (
            PRODUCTION__ID INTEGER PRIMARY KEY, VISIT__ID INTEGER NOT NULL REFERENCES SEARCHROOM__VISITS(VISIT__ID),
            ENTRY__ID INTEGER NOT NULL REFERENCES CATALOGUE__ENTRIES(ENTRY__ID), REQUESTED__AT TEXT NOT NULL,
            PRODUCED__AT TEXT, RETURNED__AT TEXT,
            PRODUCTION__STATUS TEXT NOT NULL, -- P PRODUCED, U UNAVAILABLE (AT CONSERVATION), W WITHHELD (CLOSED)
            FETCHED__BY INTEGER REFERENCES STAFF__MEMBERS(STAFF__ID));
        CREATE TABLE COPY__ORDERS (
            ORDER__ID INTEGER PRIMARY KEY, READER__ID INTEGER NOT NULL REFERENCES READERS(READER__ID),
            ENTRY__ID INTEGER NOT NULL REFERENCES CATALOGUE__ENTRIES(ENTRY__ID), ORDERED__ON TEXT NOT NULL,
            COPY__FORMAT TEXT NOT NULL, PAGE__COUNT INTEGER, FEE__CHARGED REAL NOT NULL, COMPLETED__ON TEXT,
            STAFF__ID INTEGER REFERENCES STAFF__MEMBERS(STAFF__ID));
        """,
    )
    insert(c, "STAFF__MEMBERS", [(s_[0], s_[1].upper(), *s_[2:]) for s_ in CA_STAFF])
    insert(c, "DEPOSITORS", CA_DEPOSITORS)
    entries = []
    docs = []  # producible entries: (id, fragile, access, closed_until, digitised)
    for code, title, dep, series in CA_COLLECTIONS:
        cid = len(entries) + 1
        lo = min(s_[1] for s_ in series)
        hi = max(s_[2] for s_ in series)
        room = r.choice(["A", "B", "C"])
        entries.append((cid, code, None, "COLLECTION", _mixed(title), lo, hi, dep, "O", None, room, "N", "N"))
        for sn, (stitle, y0, y1, n, rule, frag) in enumerate(series, 1):
            sid = len(entries) + 1
            entries.append((sid, f"{code}/{sn}", cid, "SERIES", _mixed(stitle), y0, y1, dep, "O", None, room, "N", "N"))
            cuts = sorted(r.sample(range(y0 + 1, y1), n - 1)) if n > 1 else []
            bounds = [y0, *cuts, y1]
            for fn in range(n):
                a, b = bounds[fn], bounds[fn + 1] - (1 if fn < n - 1 else 0)
                fid = len(entries) + 1
                access, until = "O", None
                if rule.startswith("C"):
                    until = b + int(rule[1:]) + 1
                    if until <= 2025:
                        until = None
                    else:
                        access = "C"
                elif rule == "R":
                    access = "R"
                fragile = "Y" if r.random() < frag else "N"
                digi = "Y" if access == "O" and r.random() < (0.45 if fragile == "Y" else 0.15) else "N"
                ftitle = f"{stitle.capitalize()}, {a}-{b}" if a != b else f"{stitle.capitalize()}, {a}"
                if stitle in ("PHOTOGRAPHS", "LETTERS FROM THE WESTERN FRONT", "ENGINEERING DRAWINGS"):
                    entries.append((fid, f"{code}/{sn}/{fn + 1}", sid, "FILE", ftitle, a, b, dep, access, until, room,
                                    fragile, digi))  # fmt: skip
                    for itn in range(1, r.randint(3, 5)):
                        iid = len(entries) + 1
                        yr = r.randint(a, b)
                        it = {"PHOTOGRAPHS": "Photograph", "LETTERS FROM THE WESTERN FRONT": "Letter",
                              "ENGINEERING DRAWINGS": "Drawing"}[stitle]  # fmt: skip
                        ifrag = "Y" if r.random() < frag + 0.2 else "N"
                        entries.append((iid, f"{code}/{sn}/{fn + 1}/{itn}", fid, "ITEM", f"{it}, {yr}", yr, yr, dep,
                                        access, until, room, ifrag, "Y" if r.random() < 0.3 else "N"))  # fmt: skip
                        docs.append((iid, ifrag, access))
                else:
                    entries.append((fid, f"{code}/{sn}/{fn + 1}", sid, "FILE", ftitle, a, b, dep, access, until, room,
                                    fragile, digi))  # fmt: skip
                    docs.append((fid, fragile, access))
    insert(c, "CATALOGUE__ENTRIES", entries)
    # readers
    cats = [("FAMILY HISTORY", 58), ("LOCAL HISTORY", 16), ("ACADEMIC", 10), ("STUDENT", 9), ("PROFESSIONAL", 7)]
    readers = []
    for i, nm in enumerate(full_names(r, 165), 1):
        f, s_ = nm.split(" ")
        reg = day_between(r, D(2019, 3, 1), D(2025, 6, 10))
        if r.random() < 0.45:
            reg = day_between(r, D(2023, 1, 3), D(2025, 6, 10))
        expires = _plus(reg, 4 * 365 + 1)
        cat = r.choices([x[0] for x in cats], [x[1] for x in cats])[0]
        pc = None if r.random() < 0.07 else r.choice(CA_POSTCODES)
        readers.append((i, f"SRO{10000 + i * 7:05d}", f.upper(), s_.upper(), cat, pc, _iso(reg), _iso(expires)))
    insert(c, "READERS", readers)
    keen = {rd[0]: r.choice([1, 1, 1, 2, 4, 8]) for rd in readers}
    visits, prods, orders = [], [], []
    d = D(2023, 1, 3)
    searchroom = [4, 5, 6, 7]
    while d <= LAST:
        first_sat = d.weekday() == 5 and d.day <= 7
        if (1 <= d.weekday() <= 4 or first_sat) and not (d.month == 12 and d.day >= 23) and r.random() < 0.4:
            ok = [rd for rd in readers if rd[6] <= d.isoformat() and rd[7] >= d.isoformat()]
            for _v in range(r.choice([1, 1, 1, 1, 2])):
                rd = r.choices(ok, [keen[x[0]] for x in ok])[0]
                tin = _at(d, r.choice([9, 9, 10, 10, 11, 13]), r.choice([0, 5, 15, 20, 30, 40, 45]))
                tout = tin + dt.timedelta(minutes=r.randint(50, 390))
                if tout.hour >= 17:
                    tout = _at(d, 16, r.randint(30, 55))
                vid = len(visits) + 1
                visits.append((vid, rd[0], _iso(d), tin.strftime("%H:%M"), tout.strftime("%H:%M"), r.randint(1, 14)))
                staff_on = [s_ for s_ in searchroom if CA_STAFF[s_ - 1][3] <= _iso(d)
                            and (CA_STAFF[s_ - 1][4] is None or CA_STAFF[s_ - 1][4] >= _iso(d))]  # fmt: skip
                req = tin + dt.timedelta(minutes=r.randint(3, 20))
                for _p in range(r.choices([1, 2, 3, 4], [46, 32, 15, 7])[0]):
                    doc = r.choice(docs)
                    if doc[2] == "C" and r.random() < 0.7:
                        doc = r.choice(docs)
                    if req >= tout:
                        break
                    if doc[2] == "C":
                        st, prod, ret, who = "W", None, None, None
                    elif doc[1] == "Y" and r.random() < 0.25:
                        st, prod, ret, who = "U", None, None, None
                    else:
                        st = "P"
                        prod = req + dt.timedelta(minutes=r.randint(8, 35))
                        ret = max(prod + dt.timedelta(minutes=r.randint(15, 120)), prod)
                        ret = min(ret, tout)
                        if ret <= prod:
                            ret = prod + dt.timedelta(minutes=10)
                        who = r.choice(staff_on)
                    prods.append((len(prods) + 1, vid, doc[0], _dts(req), _dts(prod) if prod else None,
                                  _dts(ret) if ret else None, st, who))  # fmt: skip
                    if st == "P" and r.random() < 0.12:
                        fmt_ = r.choices(["SCAN", "PHOTOCOPY", "CAMERA PERMIT"], [50, 20, 30])[0]
                        orders.append((rd[0], doc[0], d, fmt_))
                    req = req + dt.timedelta(minutes=r.randint(20, 90))
        d = _plus(d, 1)
    insert(c, "SEARCHROOM__VISITS", visits)
    insert(c, "DOCUMENT__PRODUCTIONS", prods)
    # remote copy orders too
    open_docs = [x for x in docs if x[2] == "O"]
    for _k in range(70):
        rd = r.choice(readers)
        od = day_between(r, max(D(2023, 1, 3), D.fromisoformat(rd[6])), LAST)
        orders.append((rd[0], r.choice(open_docs)[0], od, r.choices(["SCAN", "PHOTOCOPY"], [80, 20])[0]))
    orders.sort(key=lambda x: (x[2], x[0]))
    rows = []
    for k, (rid, eid, od, fmt_) in enumerate(orders, 1):
        if fmt_ == "CAMERA PERMIT":
            pages, fee = None, 12.0 if od < D(2024, 4, 1) else 15.0
        elif fmt_ == "SCAN":
            pages = r.randint(1, 24)
            fee = round(6.0 + pages * (2.5 if od < D(2024, 4, 1) else 3.0), 2)
        else:
            pages = r.randint(1, 40)
            fee = round(pages * 0.6, 2)
        done_on = od if fmt_ == "CAMERA PERMIT" else _plus(od, r.randint(1, 30))
        if done_on > LAST:
            done_on = None
        staff_ = (
            10
            if fmt_ == "SCAN" and od >= D(2024, 1, 15)
            else 9
            if fmt_ == "SCAN" and od <= D(2023, 11, 30)
            else r.choice([4, 6])
        )
        if staff_ == 4 or staff_ == 6:
            staff_ = 5 if od <= D(2024, 7, 31) and r.random() < 0.4 else staff_
        rows.append((k, rid, eid, _iso(od), fmt_, pages, fee, _iso(done_on), staff_ if done_on else None))
    insert(c, "COPY__ORDERS", rows)
    done(c)


# ----------------------------------------------------------------------------------------------------- referees
RF_COMPS = [
    ("MCFL", "Mid-Cheshire Football League", 7, "SAT", "OPEN", "Y", 50.0, 32.0),
    ("CDSL", "Crewe and District Sunday League", None, "SUN", "OPEN", "N", 38.0, None),
    ("NVFL", "Northwich Veterans Football League", None, "SAT", "VETS", "N", 32.0, None),
    ("CJYL", "Cheshire Junior Youth League", None, "SUN", "YOUTH", "N", 26.0, None),
    ("CWFL", "Cheshire Women's Football League", 6, "SUN", "WOMEN", "Y", 45.0, 30.0),
    ("MCSC", "Mid-Cheshire Senior Cup", None, "SAT", "OPEN", "Y", 60.0, 38.0),
]
RF_TOWNS = ["Northwich", "Winsford", "Middlewich", "Sandbach", "Crewe", "Nantwich", "Knutsford", "Holmes Chapel",
            "Alsager", "Tarporley", "Frodsham", "Davenham", "Barnton", "Rudheath", "Cuddington", "Weaverham",
            "Hartford", "Moulton", "Kelsall", "Wharton"]  # fmt: skip
RF_SUFFIX = {"MCFL": ["AFC", "United", "Town", "Athletic", "Rovers", "FC", "Wanderers", "Victoria"],
             "CDSL": ["Sunday", "Social", "Arms", "Legion", "Albion", "Sports", "Rangers", "Celtic"],
             "NVFL": ["Vets"] * 8, "CJYL": ["Juniors U16", "Colts U16", "Youth U16", "Juniors U15",
                                           "Colts U15", "Youth U14", "Juniors U14", "Colts U14"],
             "CWFL": ["Ladies", "Women", "Ladies", "Women", "Ladies", "Women", "Ladies", "Women"]}  # fmt: skip
RF_CAUTIONS = [("C1", 50), ("C2", 24), ("C3", 9), ("C4", 7), ("C5", 4), ("C6", 3), ("C7", 3)]
RF_SENDOFFS = [("S1", 18), ("S2", 16), ("S3", 3), ("S4", 8), ("S5", 15), ("S6", 20), ("S7", 25)]


def build_referees(path: Path) -> None:
    r = random.Random(42004)
    c = fresh_db(
        path,
        """
        CREATE TABLE competition (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, pyramid_step INTEGER, match_day TEXT NOT NULL,
            age_group TEXT NOT NULL, uses_assistants TEXT NOT NULL, referee_fee REAL NOT NULL,
            assistant_fee REAL);
        CREATE TABLE club (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL, ground TEXT,
            plays_in TEXT NOT NULL REFERENCES competition(code), secretary_phone TEXT, affiliated_since INTEGER);
        CREATE TABLE official (
            official_no INTEGER PRIMARY KEY, surname TEXT NOT NULL, forenames TEXT NOT NULL, date_of_birth TEXT,
            home_town TEXT, referee_level INTEGER NOT NULL, qualified_on TEXT NOT NULL, retired_on TEXT,
            mentor INTEGER REFERENCES official(official_no), is_assessor TEXT NOT NULL DEFAULT 'N',
            mobile TEXT);
        CREATE TABLE fixture (
            fixture_no INTEGER PRIMARY KEY, competition TEXT NOT NULL REFERENCES competition(code),
            kickoff TEXT NOT NULL, home_club TEXT NOT NULL REFERENCES club(code),
            away_club TEXT NOT NULL REFERENCES club(code), venue TEXT,
            referee INTEGER REFERENCES official(official_no), asst_ref_1 INTEGER REFERENCES official(official_no),
            asst_ref_2 INTEGER REFERENCES official(official_no),
            appointed_by INTEGER REFERENCES official(official_no), result_code TEXT NOT NULL,
            home_goals INTEGER, away_goals INTEGER);
        CREATE TABLE assessment (
            assessment_no INTEGER PRIMARY KEY, fixture INTEGER NOT NULL REFERENCES fixture(fixture_no),
            assessed INTEGER NOT NULL REFERENCES official(official_no),
            assessor INTEGER NOT NULL REFERENCES official(official_no), mark REAL NOT NULL,
            promotion_recommended TEXT NOT NULL DEFAULT 'N', submitted_on TEXT);
        CREATE TABLE misconduct_report (
            report_no INTEGER PRIMARY KEY, fixture INTEGER NOT NULL REFERENCES fixture(fixture_no),
            reported_by INTEGER NOT NULL REFERENCES official(official_no),
            offending_club TEXT NOT NULL REFERENCES club(code), player_name TEXT NOT NULL, sanction TEXT NOT NULL,
            offence_code TEXT NOT NULL, match_minute INTEGER, submitted_on TEXT NOT NULL, admin_fee REAL NOT NULL);
        """,
    )
    insert(c, "competition", RF_COMPS)
    clubs = []
    used_codes: set[str] = set()
    for comp, sfx in RF_SUFFIX.items():
        towns = r.sample(RF_TOWNS, 8)
        for town, suffix in zip(towns, sfx, strict=True):
            name = f"{town} {suffix}"
            code = (town.replace(" ", "")[:3] + suffix.replace(" ", "")[:1]).upper()
            while code in used_codes:
                code = code[:3] + chr(ord(code[3]) + 1) if code[3] != "Z" else code[:2] + "X" + code[3]
            used_codes.add(code)
            ground = r.choice(["Recreation Ground", "Memorial Park", "Playing Fields", "Sports Club", "Park",
                               "Community Stadium", "Lane"])  # fmt: skip
            clubs.append((code, name, town, f"{town} {ground}", comp, f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                          r.randint(1885, 2019)))  # fmt: skip
    insert(c, "club", clubs)
    # officials
    names = full_names(r, 62)
    offs = []
    plan = [4] * 6 + [5] * 10 + [6] * 14 + [7] * 24 + [8] * 8
    for i, (lvl, nm) in enumerate(zip(plan, names, strict=True), 1):
        f, s_ = nm.split(" ")
        if lvl == 8:
            q = day_between(r, D(2023, 9, 1), D(2025, 3, 30))
        elif lvl == 7:
            q = day_between(r, D(2015, 1, 1), D(2024, 6, 30))
        else:
            q = day_between(r, D(1995, 1, 1), D(2018, 12, 31))
        age = r.randint(16, 24) if lvl in (7, 8) and r.random() < 0.6 else r.randint(18, 40)
        dob = day_between(r, D(q.year - age, 1, 1), D(q.year - age, 12, 28))
        offs.append([i, s_, f, _iso(dob), r.choice(RF_TOWNS), lvl, _iso(q), None, None, "N",
                     None if r.random() < 0.05 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"])  # fmt: skip
    # retirements and assessors
    for i in r.sample([o[0] for o in offs if o[5] in (5, 6, 7)], 7):
        offs[i - 1][7] = _iso(day_between(r, D(2023, 6, 1), D(2025, 5, 31)))
    seniors = [o for o in offs if o[5] in (4, 5)]
    for o in r.sample(seniors, 7):
        o[9] = "Y"
    mentees: dict[int, int] = {}
    for o in offs:
        if o[6] >= "2022-01-01":
            pool = [m for m in seniors if m[7] is None and mentees.get(m[0], 0) < 3]
            m = r.choice(pool)
            o[8] = m[0]
            mentees[m[0]] = mentees.get(m[0], 0) + 1
    insert(c, "official", [tuple(o) for o in offs])
    sec_sat = [s for s in seniors if s[7] is None][:2]
    sec_sun = [s for s in seniors if s[7] is None][2:3]

    def active(o: list, d: dt.date) -> bool:
        return o[6] <= d.isoformat() and (o[7] is None or o[7] > d.isoformat())

    levels = {"MCFL": (4, 5, 6), "CDSL": (5, 6, 7, 8), "NVFL": (6, 7, 8), "CJYL": (7, 8), "CWFL": (4, 5, 6, 7),
              "MCSC": (4, 5)}  # fmt: skip
    comp = {x[0]: x for x in RF_COMPS}
    club_by = {}
    for cl in clubs:
        club_by.setdefault(cl[4], []).append(cl)
    plans = []
    for season in (2023, 2024):
        for code, members in club_by.items():
            pairs = [(a, b) for a in members for b in members if a != b]
            for a, b in r.sample(pairs, 30):
                d = day_between(r, D(season, 8, 19), D(season + 1, 5, 17))
                plans.append((d, code, a, b))
        cup = club_by["MCFL"]
        for rnd, (lo, hi) in enumerate(
            [
                (D(season, 10, 1), D(season, 10, 31)),
                (D(season + 1, 1, 1), D(season + 1, 1, 31)),
                (D(season + 1, 3, 1), D(season + 1, 3, 31)),
                (D(season + 1, 4, 20), D(season + 1, 4, 30)),
            ]
        ):
            for _k in range([4, 2, 1, 1][rnd]):
                a, b = r.sample(cup, 2)
                plans.append((day_between(r, lo, hi), "MCSC", a, b))
    for _k in range(9):
        code = r.choice(["MCFL", "MCFL", "CWFL", "NVFL"])
        a, b = r.sample(club_by[code], 2)
        plans.append((day_between(r, D(2025, 8, 16), D(2025, 8, 31)), code, a, b))
    fixtures, assess, misc = [], [], []
    busy: dict[dt.date, set[int]] = {}
    plans.sort(key=lambda x: (x[0], x[1], x[2][0]))
    for k, (d, code, home, away) in enumerate(plans, 1):
        cp = comp[code]
        want = 5 if cp[3] == "SAT" else 6
        d = _plus(d, (want - d.weekday()) % 7)
        hh, mm = (15, 0) if cp[3] == "SAT" else (10, 30) if code in ("CJYL", "CDSL") else (14, 0)
        if code == "CDSL" and r.random() < 0.4:
            hh, mm = 11, 0
        future = d > TODAY
        if future:
            res = "SCH"
        else:
            winter = d.month in (11, 12, 1, 2)
            res = r.choices(["PLD", "PPD", "ABD", "WO"], [86, 14 if winter else 3, 2, 2])[0]
        busy.setdefault(d, set())
        pool = [o for o in offs if o[5] in levels[code] and active(o, d) and o[0] not in busy[d]]
        ref = r.choice(pool)[0] if pool and not (future and r.random() < 0.5) else None
        if ref:
            busy[d].add(ref)
        ar1 = ar2 = None
        if cp[5] == "Y" and res in ("PLD", "ABD", "SCH") and ref:
            arpool = [o for o in offs if o[5] >= 5 and active(o, d) and o[0] not in busy[d]]
            if len(arpool) >= 2 and r.random() < 0.9:
                ar1, ar2 = (x[0] for x in r.sample(arpool, 2))
                busy[d].update((ar1, ar2))
        secs = sec_sat if cp[3] == "SAT" else sec_sun
        appointer = (secs[0] if d < D(2024, 7, 1) or len(secs) == 1 else secs[1])[0] if ref else None
        hg = ag = None
        if res == "PLD":
            hg, ag = (
                r.choices(range(7), [22, 28, 22, 14, 8, 4, 2])[0],
                r.choices(range(7), [28, 30, 20, 12, 6, 3, 1])[0],
            )
        elif res == "WO":
            hg, ag = 3, 0
        fixtures.append((k, code, f"{d.isoformat()} {hh:02d}:{mm:02d}", home[0], away[0], home[3], ref, ar1, ar2,
                         appointer, res, hg, ag))  # fmt: skip
        if res == "PLD" and ref:
            lvl = offs[ref - 1][5]
            if lvl <= 6 and code in ("MCFL", "MCSC", "CWFL") and r.random() < 0.3:
                assessors = [o for o in offs if o[9] == "Y" and o[0] != ref and o[0] not in busy[d]]
                a_ = r.choice(assessors)
                mark = round(r.uniform(64.0, 84.0) + (2.0 if lvl == 4 else 0.0), 1)
                sub = _plus(d, r.randint(1, 12))
                assess.append((len(assess) + 1, k, ref, a_[0], mark, "Y" if mark >= 79.0 else "N",
                               _iso(sub) if sub <= LAST else None))  # fmt: skip
            ncards = r.choices(range(6), [30, 30, 20, 11, 6, 3])[0]
            if code == "CJYL":
                ncards = min(ncards, 1)
            minutes = sorted(r.sample(range(2, 91), ncards))
            for mi in minutes:
                side = r.choice([home, away])
                red = r.random() < 0.09
                off_code = r.choices([x[0] for x in (RF_SENDOFFS if red else RF_CAUTIONS)],
                                     [x[1] for x in (RF_SENDOFFS if red else RF_CAUTIONS)])[0]  # fmt: skip
                pn = full_names(r, 1)[0]
                sub = _plus(d, r.choices([0, 1, 2, 3, 5, 8], [20, 40, 20, 10, 6, 4])[0])
                fee = (40.0 if red else 12.0) if code != "CJYL" else (20.0 if red else 6.0)
                misc.append((len(misc) + 1, k, ref, side[0], pn, "S" if red else "C", off_code, mi, _iso(sub), fee))
    insert(c, "fixture", fixtures)
    insert(c, "assessment", assess)
    insert(c, "misconduct_report", misc)
    done(c)


# --------------------------------------------------------------------------------------------------- doggroomer
DG_VANS = [
    (1, "WK19 GRM", "Ford Transit Custom", "2021-02-15", None, 1, 88214),
    (2, "WK17 FLF", "Vauxhall Vivaro", "2019-04-01", "2024-03-28", 0, 131550),
    (3, "WU23 DOG", "Citroen Relay", "2024-03-20", None, 1, 38760),
    (4, "WK21 PUP", "Renault Trafic", "2022-09-05", None, 0, 61402),
]
DG_GROOMERS = [
    (1, "Sophie Wren", "07700 900117", "LEAD", 165.0, "2019-04-01", None, 1),
    (2, "Kayleigh Dunn", "07700 900358", "GROOMER", 120.0, "2021-08-16", None, 4),
    (3, "Marcus Bell", "07700 900642", "GROOMER", 115.0, "2022-05-03", "2024-10-31", 2),
    (4, "Aisha Rahman", "07700 900871", "JUNIOR", 90.0, "2024-03-25", None, 3),
    (5, "Tom Kettle", "07700 900295", "GROOMER", 118.0, "2024-11-04", None, 4),
]
# code, name, price, minutes, add-on
DG_SERVICES = [
    ("FULL", "Full groom", 45.0, 90, 0),
    ("BATH", "Bath, blow-dry and brush", 32.0, 55, 0),
    ("PUPPY", "Puppy introduction groom", 28.0, 40, 0),
    ("STRIP", "Hand strip", 62.0, 120, 0),
    ("TIDY", "Face, feet and tail tidy", 26.0, 35, 0),
    ("NAILS", "Nail clip", 10.0, 10, 1),
    ("TEETH", "Teeth brushing", 8.0, 10, 1),
    ("DESHED", "De-shedding treatment", 18.0, 25, 1),
    ("FLEA", "Flea treatment bath", 15.0, 15, 1),
    ("DEMAT", "De-matting, per 15 minutes", 12.0, 15, 1),
    ("FACIAL", "Blueberry facial", 7.0, 5, 1),
    ("GLANDS", "Anal gland expression", 9.0, 5, 1),
]
DG_BREEDS = [("Cockapoo", "M", "CURLY", 16), ("Labrador Retriever", "L", "DOUBLE", 9), ("Miniature Schnauzer", "S", "WIRE", 7),
             ("Cavapoo", "S", "CURLY", 10), ("Springer Spaniel", "M", "LONG", 7), ("Shih Tzu", "S", "LONG", 8),
             ("Border Terrier", "S", "WIRE", 6), ("Golden Retriever", "L", "DOUBLE", 6), ("Labradoodle", "L", "CURLY", 8),
             ("West Highland Terrier", "S", "WIRE", 4), ("Bichon Frise", "S", "CURLY", 5), ("Standard Poodle", "XL", "CURLY", 3),
             ("Bernese Mountain Dog", "XL", "DOUBLE", 2), ("Dachshund", "S", "SMOOTH", 4), ("Cocker Spaniel", "M", "LONG", 8),
             ("Siberian Husky", "L", "DOUBLE", 3), ("Pomeranian", "S", "DOUBLE", 3), ("Newfoundland", "XL", "DOUBLE", 1),
             ("Whippet", "M", "SMOOTH", 2), ("Crossbreed", "M", "SMOOTH", 6)]  # fmt: skip
DG_AREAS = [("Clifton", "BS8", 14), ("Redland", "BS6", 12), ("Bishopston", "BS7", 12), ("Southville", "BS3", 10),
            ("Henleaze", "BS9", 10), ("Westbury-on-Trym", "BS9", 8), ("Keynsham", "BS31", 7), ("Portishead", "BS20", 8),
            ("Nailsea", "BS48", 6), ("Long Ashton", "BS41", 5), ("Bedminster", "BS3", 8)]  # fmt: skip
DG_DOGNAMES = ["Bella", "Luna", "Teddy", "Milo", "Poppy", "Alfie", "Daisy", "Coco", "Bonnie", "Archie", "Ruby", "Bear",
               "Willow", "Rolo", "Maisie", "Otis", "Nala", "Buster", "Pepper", "Hugo", "Biscuit", "Winnie", "Reggie",
               "Mabel", "Bruno", "Honey", "Ziggy", "Dougal", "Pip", "Monty", "Tilly", "Barney", "Skye", "Fudge",
               "Olive", "Murphy", "Rosie", "Ted", "Lola", "Chester"]  # fmt: skip


def build_doggroomer(path: Path) -> None:
    r = random.Random(42005)
    c = fresh_db(
        path,
        """
        CREATE TABLE van (
            id_int INTEGER PRIMARY KEY, reg_str TEXT NOT NULL UNIQUE, make_model_str TEXT NOT NULL,
            bought_dt TEXT NOT NULL, sold_dt TEXT, has_hydrobath_bool INTEGER NOT NULL, odometer_int INTEGER);
        CREATE TABLE groomer (
            id_int INTEGER PRIMARY KEY, name_str TEXT NOT NULL, mobile_str TEXT, grade_str TEXT NOT NULL,
            day_rate_dec REAL NOT NULL, started_dt TEXT NOT NULL, left_dt TEXT,
            usual_van_id_int INTEGER REFERENCES van(id_int));
        CREATE TABLE client (
            id_int INTEGER PRIMARY KEY, full_name_str TEXT NOT NULL, phone_str TEXT, email_str TEXT,
            postcode_str TEXT NOT NULL, area_str TEXT NOT NULL, created_ts TEXT NOT NULL,
            marketing_ok_bool INTEGER NOT NULL);
        CREATE TABLE dog (
            id_int INTEGER PRIMARY KEY, client_id_int INTEGER NOT NULL REFERENCES client(id_int),
            name_str TEXT NOT NULL, breed_str TEXT NOT NULL, size_str TEXT NOT NULL, coat_str TEXT NOT NULL,
            birth_year_int INTEGER, is_nervous_bool INTEGER NOT NULL, needs_muzzle_bool INTEGER NOT NULL,
            died_dt TEXT, notes_str TEXT);
        CREATE TABLE service (
            id_int INTEGER PRIMARY KEY, code_str TEXT NOT NULL UNIQUE, name_str TEXT NOT NULL,
            base_price_dec REAL NOT NULL, duration_min_int INTEGER NOT NULL, is_addon_bool INTEGER NOT NULL);
        CREATE TABLE appointment (
            id_int INTEGER PRIMARY KEY, dog_id_int INTEGER NOT NULL REFERENCES dog(id_int),
            groomer_id_int INTEGER NOT NULL REFERENCES groomer(id_int), van_id_int INTEGER REFERENCES van(id_int),
            booked_ts TEXT NOT NULL, slot_start_ts TEXT NOT NULL, finished_ts TEXT, status_str TEXT NOT NULL,
            total_dec REAL NOT NULL, tip_dec REAL, paid_bool INTEGER NOT NULL, pay_method_str TEXT,
            rating_int INTEGER);
        CREATE TABLE appointment_service (
            appointment_id_int INTEGER NOT NULL REFERENCES appointment(id_int),
            service_id_int INTEGER NOT NULL REFERENCES service(id_int), charged_dec REAL NOT NULL,
            PRIMARY KEY (appointment_id_int, service_id_int));
        """,
    )
    insert(c, "van", DG_VANS)
    insert(c, "groomer", DG_GROOMERS)
    insert(c, "service", [(i, *x) for i, x in enumerate(DG_SERVICES, 1)])
    svc = {x[0]: (i, x) for i, x in enumerate(DG_SERVICES, 1)}
    clients, dogs = [], []
    names = full_names(r, 66)
    dnames = list(DG_DOGNAMES)
    for i, nm in enumerate(names, 1):
        area, pc, _w = r.choices(DG_AREAS, [a[2] for a in DG_AREAS])[0]
        created = _at(day_between(r, D(2022, 6, 1), D(2025, 5, 31)), r.randint(8, 21), r.randrange(60), r.randrange(60))
        if r.random() < 0.55:
            created = _at(day_between(r, D(2022, 6, 1), D(2023, 12, 31)), r.randint(8, 21), r.randrange(60))
        clients.append((i, nm, None if r.random() < 0.04 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                        None if r.random() < 0.15 else f"{nm.split()[0].lower()}{r.randint(1, 99)}@{r.choice(['gmail.com', 'hotmail.co.uk', 'icloud.com'])}",
                        f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
                        area, _dts(created), 1 if r.random() < 0.5 else 0))  # fmt: skip
        for _k in range(r.choices([1, 2, 3], [78, 18, 4])[0]):
            breed, size, coat, _w = r.choices(DG_BREEDS, [b[3] for b in DG_BREEDS])[0]
            died = None
            born = r.randint(2009, 2024)
            if born <= 2012 and r.random() < 0.5:
                died = _iso(day_between(r, D(2024, 2, 1), D(2025, 5, 30)))
            note = r.choice([None, None, None, None, "Hates the dryer", "Sensitive skin, hypoallergenic shampoo",
                             "Leave ears long", "Owner wants teddy-bear face", "Bites when feet touched",
                             "Arthritic back legs, keep table low"])  # fmt: skip
            muzzle = 1 if note == "Bites when feet touched" or r.random() < 0.04 else 0
            dogs.append((len(dogs) + 1, i, r.choice(dnames), breed, size, coat, born, 1 if r.random() < 0.18 else 0,
                         muzzle, died, note))  # fmt: skip
    insert(c, "client", clients)
    insert(c, "dog", dogs)
    appts, lines = [], []
    factor = {"S": 1.0, "M": 1.2, "L": 1.5, "XL": 1.9}
    raw = []
    for dg in dogs:
        cl = clients[dg[1] - 1]
        start = max(D.fromisoformat(cl[6][:10]), D(2024, 3, 4))
        cad = r.choice([7, 8, 10, 12, 12, 16, 20, 26, 0, 0])
        d = _plus(start, r.randint(0, 50))
        pref = r.choice([1, 1, 2, 2, 3, 4, 5])
        while d <= D(2025, 8, 20):
            if dg[9] and d.isoformat() >= dg[9]:
                break
            if d > _plus(TODAY, 1) and r.random() < (d - TODAY).days / 80:
                break
            raw.append((d, dg, cl, pref))
            if cad == 0:
                break
            d = _plus(d, cad * 7 + r.randint(-4, 6))
    raw.sort(key=lambda x: (x[0], x[1][0]))
    slots: dict[tuple[dt.date, int], int] = {}
    for d, dg, cl, pref in raw:
        if d.weekday() == 6:
            d = _plus(d, 1)
        ok = [g for g in DG_GROOMERS if g[5] <= d.isoformat() and (g[6] is None or g[6] >= d.isoformat())]
        g = next((x for x in ok if x[0] == pref), None) or r.choice(ok)
        n = slots.get((d, g[0]), 0)
        if n >= 5:
            continue
        slots[(d, g[0])] = n + 1
        van = g[7]
        if van == 2 and d > D(2024, 3, 28):
            van = 3
        if van == 3 and d < D(2024, 3, 20):
            van = 2
        start_ts = _at(d, 8 + n * 2, r.choice([0, 0, 15, 30]))
        booked = _at(_plus(d, -r.randint(3, 60)), r.randint(8, 20), r.randrange(60), r.randrange(60))
        if _dts(booked) < cl[6]:
            booked = dt.datetime.fromisoformat(cl[6]) + dt.timedelta(minutes=20)
        if d > TODAY:
            status = "CANCELLED" if r.random() < 0.05 else "BOOKED"
        else:
            status = r.choices(["DONE", "CANCELLED", "NO_SHOW"], [88, 8, 4])[0]
        age = d.year - dg[6]
        main = "PUPPY" if age <= 0 else ("STRIP" if dg[5] == "WIRE" and r.random() < 0.7 else
                                        "BATH" if dg[5] in ("SMOOTH", "DOUBLE") and r.random() < 0.6 else
                                        "TIDY" if r.random() < 0.12 else "FULL")  # fmt: skip
        chosen = [main]
        for code_, p_ in [("NAILS", 0.4), ("TEETH", 0.12), ("DESHED", 0.5 if dg[5] == "DOUBLE" else 0.03),
                          ("FLEA", 0.03), ("DEMAT", 0.12 if dg[5] in ("CURLY", "LONG") else 0.0), ("FACIAL", 0.06),
                          ("GLANDS", 0.05)]:  # fmt: skip
            if r.random() < p_:
                chosen.append(code_)
        uplift = 1.05 if d >= D(2025, 1, 1) else 1.0
        total = 0.0
        my_lines = []
        for code_ in chosen:
            sid, sv = svc[code_]
            price = sv[2] * (factor[dg[4]] if not sv[4] and code_ != "PUPPY" else 1.0) * uplift
            if code_ == "DEMAT":
                price *= r.choice([1, 1, 2, 3])
            price = round(price * 2) / 2
            total += price
            my_lines.append((sid, price))
        mins = sum(svc[x][1][3] for x in chosen)
        finished = None
        tip = None
        paid, method, rating = 0, None, None
        if status == "DONE":
            finished = _dts(start_ts + dt.timedelta(minutes=int(mins * r.uniform(0.9, 1.3))))
            paid = 1 if d < D(2025, 6, 1) or r.random() < 0.7 else 0
            method = r.choices(["CARD", "CASH", "BANK"], [60, 15, 25])[0] if paid else None
            tip = round(r.choice([2.0, 3.0, 5.0, 5.0, 10.0]) if r.random() < 0.3 else 0.0, 2) if paid else None
            rating = r.choices([5, 4, 3, 2], [70, 20, 7, 3])[0] if r.random() < 0.4 else None
        elif status == "NO_SHOW":
            total = 20.0
            paid = 1 if r.random() < 0.5 else 0
            method = "CARD" if paid else None
        elif status == "CANCELLED":
            total = 0.0
        aid = len(appts) + 1
        appts.append((aid, dg[0], g[0], van, _dts(booked), _dts(start_ts), finished, status, round(total, 2), tip,
                      paid, method, rating))  # fmt: skip
        if status in ("DONE", "BOOKED"):
            for sid, price in my_lines:
                lines.append((aid, sid, price))
    insert(c, "appointment", appts)
    insert(c, "appointment_service", lines)
    done(c)


# ----------------------------------------------------------------------------------------------------- seedbank
SB_TAXA = [
    ("Primulaceae", "Primula", "veris", "Cowslip", "LC", 0.85, "none"),
    ("Primulaceae", "Primula", "farinosa", "Bird's-eye primrose", "VU", 0.6, "cold stratification"),
    ("Ranunculaceae", "Pulsatilla", "vulgaris", "Pasqueflower", "VU", 0.7, "none"),
    ("Ranunculaceae", "Ranunculus", "arvensis", "Corn buttercup", "CR", 0.55, "cold stratification"),
    ("Caryophyllaceae", "Agrostemma", "githago", "Corncockle", "EW", 0.92, "none"),
    ("Caryophyllaceae", "Dianthus", "armeria", "Deptford pink", "EN", 0.8, "none"),
    ("Caryophyllaceae", "Silene", "gallica", "Small-flowered catchfly", "EN", 0.75, "none"),
    ("Caryophyllaceae", "Silene", "acaulis", "Moss campion", "LC", 0.65, "none"),
    ("Caryophyllaceae", "Scleranthus", "perennis", "Perennial knawel", "EN", 0.5, "cold stratification"),
    ("Caryophyllaceae", "Minuartia", "stricta", "Teesdale sandwort", "CR", 0.45, "GA3"),
    ("Caryophyllaceae", "Lychnis", "viscaria", "Sticky catchfly", "NT", 0.8, "none"),
    ("Caprifoliaceae", "Scabiosa", "columbaria", "Small scabious", "LC", 0.78, "none"),
    ("Caprifoliaceae", "Succisa", "pratensis", "Devil's-bit scabious", "LC", 0.7, "none"),
    ("Caprifoliaceae", "Knautia", "arvensis", "Field scabious", "LC", 0.82, "none"),
    ("Orobanchaceae", "Rhinanthus", "minor", "Yellow rattle", "LC", 0.6, "cold stratification"),
    ("Orobanchaceae", "Euphrasia", "officinalis", "Eyebright", "LC", 0.4, "cold stratification"),
    ("Asteraceae", "Leucanthemum", "vulgare", "Oxeye daisy", "LC", 0.9, "none"),
    ("Asteraceae", "Centaurea", "cyanus", "Cornflower", "LC", 0.88, "none"),
    ("Rosaceae", "Filipendula", "ulmaria", "Meadowsweet", "LC", 0.7, "none"),
    ("Rosaceae", "Sanguisorba", "officinalis", "Great burnet", "LC", 0.75, "none"),
    ("Rosaceae", "Dryas", "octopetala", "Mountain avens", "LC", 0.55, "none"),
    ("Rosaceae", "Sorbus", "torminalis", "Wild service tree", "LC", 0.45, "cold stratification"),
    ("Liliaceae", "Fritillaria", "meleagris", "Snake's-head fritillary", "VU", 0.65, "cold stratification"),
    ("Orchidaceae", "Orchis", "anthropophora", "Man orchid", "EN", 0.3, "none"),
    ("Orchidaceae", "Cypripedium", "calceolus", "Lady's-slipper orchid", "CR", 0.25, "none"),
    ("Gentianaceae", "Gentiana", "verna", "Spring gentian", "NT", 0.5, "GA3"),
    ("Gentianaceae", "Gentianella", "anglica", "Early gentian", "VU", 0.35, "GA3"),
    ("Saxifragaceae", "Saxifraga", "hirculus", "Marsh saxifrage", "VU", 0.55, "none"),
    ("Betulaceae", "Betula", "nana", "Dwarf birch", "NT", 0.4, "none"),
    ("Pinaceae", "Pinus", "sylvestris", "Scots pine", "LC", 0.9, "none"),
    ("Cupressaceae", "Juniperus", "communis", "Juniper", "LC", 0.3, "cold stratification"),
    ("Apiaceae", "Eryngium", "maritimum", "Sea holly", "LC", 0.6, "cold stratification"),
    ("Brassicaceae", "Crambe", "maritima", "Sea kale", "LC", 0.7, "scarification"),
    ("Fabaceae", "Anthyllis", "vulneraria", "Kidney vetch", "LC", 0.85, "scarification"),
    ("Fabaceae", "Lotus", "corniculatus", "Bird's-foot trefoil", "LC", 0.88, "scarification"),
    ("Fabaceae", "Onobrychis", "viciifolia", "Sainfoin", "NT", 0.8, "scarification"),
    ("Fabaceae", "Lathyrus", "japonicus", "Sea pea", "LC", 0.7, "scarification"),
    ("Fabaceae", "Trifolium", "pratense", "Red clover", "LC", 0.9, "scarification"),
    ("Lamiaceae", "Salvia", "pratensis", "Meadow clary", "NT", 0.75, "none"),
    ("Lamiaceae", "Teucrium", "scordium", "Water germander", "EN", 0.5, "none"),
    ("Alismataceae", "Damasonium", "alisma", "Starfruit", "CR", 0.4, "cold stratification"),
    ("Plumbaginaceae", "Limonium", "binervosum", "Rock sea-lavender", "LC", 0.6, "none"),
]
SB_SITES = [
    ("GB", "Cumbria", "limestone pavement", 54.2, -2.8, 250), ("GB", "Kent", "chalk grassland", 51.2, 0.9, 120),
    ("GB", "Wiltshire", "chalk grassland", 51.2, -1.9, 180), ("GB", "Teesdale", "upland hay meadow", 54.6, -2.1, 420),
    ("GB", "Cairngorms", "montane heath", 57.1, -3.7, 850), ("GB", "Norfolk", "arable margin", 52.7, 0.9, 30),
    ("GB", "Cornwall", "coastal cliff", 50.1, -5.5, 40), ("GB", "Pembrokeshire", "coastal grassland", 51.8, -5.1, 60),
    ("GB", "Somerset Levels", "fen meadow", 51.1, -2.8, 10), ("GB", "Sussex", "shingle beach", 50.8, 0.3, 3),
    ("GB", "Snowdonia", "upland flush", 53.1, -4.0, 600), ("GB", "Oxfordshire", "floodplain meadow", 51.7, -1.3, 60),
    ("IE", "Burren", "limestone grassland", 53.0, -9.1, 150), ("IE", "Wicklow", "upland bog", 53.0, -6.4, 500),
    ("FR", "Bretagne", "coastal dune", 48.3, -4.3, 15), ("NO", "Dovrefjell", "alpine heath", 62.3, 9.5, 1200),
]  # fmt: skip


def _oid(r: random.Random, t: dt.datetime) -> str:
    return f"{int(t.replace(tzinfo=dt.UTC).timestamp()):08x}{r.getrandbits(64):016x}"


def _z(t: dt.datetime | None) -> str | None:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z" if t else None


def build_seedbank(path: Path) -> None:
    r = random.Random(42006)
    c = fresh_db(
        path,
        """
        CREATE TABLE staff (
            _id TEXT PRIMARY KEY, name_first TEXT NOT NULL, name_last TEXT NOT NULL, role TEXT NOT NULL,
            email TEXT, startedAt TEXT NOT NULL, leftAt TEXT, __v INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE collectors (
            _id TEXT PRIMARY KEY, name_first TEXT NOT NULL, name_last TEXT NOT NULL, organisation_name TEXT,
            organisation_country TEXT, email TEXT, active INTEGER NOT NULL, createdAt TEXT NOT NULL,
            __v INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE accessions (
            _id TEXT PRIMARY KEY, accessionNumber TEXT NOT NULL UNIQUE, taxon_family TEXT NOT NULL,
            taxon_genus TEXT NOT NULL, taxon_species TEXT NOT NULL, taxon_commonName TEXT,
            taxon_iucnCategory TEXT, collection_date TEXT NOT NULL,
            collection_collectorId TEXT NOT NULL REFERENCES collectors(_id), site_country TEXT NOT NULL,
            site_region TEXT, site_habitat TEXT, site_latitude REAL, site_longitude REAL, site_altitude INTEGER,
            seeds_initialCount INTEGER NOT NULL, seeds_currentCount INTEGER NOT NULL, storage_vault TEXT,
            storage_shelf TEXT, storage_regime TEXT, status TEXT NOT NULL, createdAt TEXT NOT NULL,
            updatedAt TEXT NOT NULL, __v INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE germination_tests (
            _id TEXT PRIMARY KEY, accessionId TEXT NOT NULL REFERENCES accessions(_id),
            technicianId TEXT NOT NULL REFERENCES staff(_id), startedAt TEXT NOT NULL, completedAt TEXT,
            seedsSown INTEGER NOT NULL, seedsGerminated INTEGER, conditions_temperature INTEGER NOT NULL,
            conditions_photoperiod TEXT NOT NULL, conditions_pretreatment TEXT NOT NULL, result_notes TEXT,
            __v INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE withdrawals (
            _id TEXT PRIMARY KEY, accessionId TEXT NOT NULL REFERENCES accessions(_id), status TEXT NOT NULL,
            requestedAt TEXT NOT NULL, approvedBy TEXT REFERENCES staff(_id), dispatchedAt TEXT,
            seedCount INTEGER NOT NULL, purpose TEXT NOT NULL, requester_name TEXT NOT NULL,
            requester_institution TEXT NOT NULL, requester_country TEXT NOT NULL, mtaSigned INTEGER NOT NULL,
            __v INTEGER NOT NULL DEFAULT 0);
        """,
    )
    staff_plan = [("Ruth", "Okonjo", "manager", D(2016, 4, 4), None), ("Callum", "Baird", "curator", D(2018, 9, 3), None),
                  ("Nina", "Sorensen", "technician", D(2020, 1, 13), None),
                  ("Declan", "Murray", "technician", D(2021, 6, 1), D(2024, 8, 30)),
                  ("Fatima", "Begum", "technician", D(2023, 2, 6), None),
                  ("Ollie", "Trent", "technician", D(2024, 9, 16), None),
                  ("Harriet", "Vane", "curator", D(2022, 3, 14), None),
                  ("George", "Pell", "volunteer", D(2019, 5, 1), None)]  # fmt: skip
    staff = []
    for f, s_, role, start, left in staff_plan:
        t = _at(start, 9, r.randrange(60), r.randrange(60))
        staff.append((_oid(r, t), f, s_, role, f"{f.lower()}.{s_.lower()}@seedbank.example", _z(t),
                      _z(_at(left, 17, 0)) if left else None, 0))  # fmt: skip
    insert(c, "staff", staff)
    orgs = [("Cumbria Meadows Trust", "GB"), ("Wessex Downs Trust", "GB"), ("Highland Flora Group", "GB"),
            ("Cambrian Seed Project", "GB"), ("Fenland Arable Plants Network", "GB"), ("Irish Native Seed Network", "IE"),
            ("Flore de Bretagne", "FR"), ("Norsk Fjellfrø", "NO"), (None, None)]  # fmt: skip
    collectors = []
    for i, nm in enumerate(full_names(r, 28)):
        f, s_ = nm.split(" ")
        org, cc = orgs[i % len(orgs)]
        t = _at(day_between(r, D(2021, 1, 4), D(2023, 4, 28)), r.randint(8, 18), r.randrange(60), r.randrange(60))
        collectors.append((_oid(r, t), f, s_, org, cc, f"{f[0].lower()}{s_.lower()}@mail.example",
                           0 if r.random() < 0.15 else 1, _z(t), r.choice([0, 0, 1])))  # fmt: skip
    insert(c, "collectors", collectors)
    by_cc: dict[str | None, list[tuple]] = {}
    for col in collectors:
        by_cc.setdefault(col[4], []).append(col)
    techs = [(s_, plan) for s_, plan in zip(staff, staff_plan, strict=True) if plan[2] == "technician"]
    curators = [s_ for s_, plan in zip(staff, staff_plan, strict=True) if plan[2] in ("curator", "manager")]

    def on_duty(plan: tuple, d: dt.date) -> bool:
        return plan[3] <= d and (plan[4] is None or plan[4] >= d)

    accs, tests, wds = [], [], []
    seq: dict[int, int] = {}
    coll = []
    for year, n in ((2023, 70), (2024, 76), (2025, 20)):
        for _k in range(n):
            if year == 2025:
                d = day_between(r, D(2025, 4, 20), D(2025, 6, 10))
            else:
                d = _plus(D(year, 5, 1), int(r.triangular(0, 170, 80)))
            coll.append(d)
    coll.sort()
    for d in coll:
        tx = r.choice(SB_TAXA)
        site = r.choice(SB_SITES)
        if site[0] != "GB" and r.random() < 0.5:
            site = r.choice(SB_SITES[:12])
        pool = by_cc.get(site[0], []) + by_cc.get(None, [])
        col = r.choice(pool)
        seq[d.year] = seq.get(d.year, 0) + 1
        num = f"SB{d.year}-{seq[d.year]:04d}"
        initial = int(round(r.lognormvariate(8.2, 0.9), -1))
        if tx[4] in ("CR", "EN"):
            initial = int(round(initial / 3, -1)) + 120
        created = _at(_plus(d, r.randint(1, 9)), r.randint(9, 17), r.randrange(60), r.randrange(60))
        processing = (LAST - d).days < 50 and r.random() < 0.8
        cur = initial
        aid = _oid(r, created)
        viab = tx[5]
        t_date = _plus(d, r.randint(40, 100))
        round_ = 0
        while not processing and t_date <= LAST:
            ok = [t for t in techs if on_duty(t[1], t_date)]
            tech = r.choice(ok)[0][0]
            sown = 25 if cur < 800 else r.choice([50, 50, 100])
            run = r.randint(28, 56)
            fin = _plus(t_date, run)
            germ = None
            notes = None
            if fin <= LAST:
                rate = max(0.0, min(1.0, viab * r.uniform(0.8, 1.15) - 0.02 * round_))
                germ = round(sown * rate)
                if germ < sown * 0.5:
                    notes = r.choice(["Low germination, retest with GA3", "Fungal contamination on some seeds",
                                      "Dormancy suspected"])  # fmt: skip
            else:
                fin = None
            temp = r.choice([15, 20, 20, 25]) if tx[6] != "cold stratification" else r.choice([10, 15])
            tests.append((_oid(r, _at(t_date, 9, r.randrange(60))), aid, tech, _z(_at(t_date, 9, r.randrange(60))),
                          _z(_at(fin, 15, r.randrange(60))) if fin else None, sown, germ, temp,
                          r.choice(["12/12", "8/16", "8/16", "dark"]), tx[6], notes, 0))  # fmt: skip
            cur -= sown
            round_ += 1
            if r.random() < 0.5:
                break
            t_date = _plus(t_date, r.randint(150, 300))
        # withdrawals
        n_w = 0 if processing else r.choices([0, 1, 2], [62, 30, 8])[0]
        for _w in range(n_w):
            req = day_between(r, _plus(d, 120), LAST) if _plus(d, 120) <= LAST else None
            if req is None:
                continue
            qty = min(cur - 50, r.choice([50, 100, 200, 250, 500, 1000]))
            if qty <= 0:
                continue
            age = (LAST - req).days
            status = "dispatched" if age > 30 else r.choice(["requested", "approved", "dispatched"])
            if r.random() < 0.07:
                status = "declined"
            approver = r.choice(curators)[0] if status in ("approved", "dispatched", "declined") else None
            disp = _plus(req, r.randint(5, 28)) if status == "dispatched" else None
            if disp and disp > LAST:
                disp = LAST
            inst, cc = r.choice([("University of Leeds", "GB"), ("Royal Botanic Garden Edinburgh", "GB"),
                                 ("Natural England", "GB"), ("Plant Heritage Cumbria", "GB"),
                                 ("Trinity College Dublin", "IE"), ("Universite de Rennes", "FR"),
                                 ("Wessex Downs Trust", "GB"), ("National Trust Wales", "GB"),
                                 ("Wageningen University", "NL")])  # fmt: skip
            purpose = r.choices(["research", "restoration", "duplication", "education"], [45, 35, 12, 8])[0]
            if status in ("dispatched", "approved"):
                cur -= qty
            t = _at(req, r.randint(8, 18), r.randrange(60), r.randrange(60))
            wds.append((_oid(r, t), aid, status, _z(t), approver, _z(_at(disp, 14, r.randrange(60))) if disp else None,
                        qty, purpose, full_names(r, 1)[0], inst, cc, 1 if status == "dispatched" or r.random() < 0.5 else 0,
                        0))  # fmt: skip
        status = "processing" if processing else "depleted" if cur < 300 else "banked"
        vault = shelf = regime = None
        if not processing:
            if tx[0] == "Orchidaceae":
                vault, regime = "CRYO-1", "LN2"
            else:
                vault, regime = r.choice(["V1", "V1", "V2"]), "-20C"
            shelf = f"{r.choice('ABCDEF')}{r.randint(1, 12):02d}"
        updated = created + dt.timedelta(days=r.randint(0, 400))
        if updated.date() > LAST:
            updated = _at(LAST, 16, 30)
        accs.append((aid, num, tx[0], tx[1], tx[2], tx[3], tx[4], _z(_at(d, 0, 0)), col[0], site[0], site[1], site[2],
                     round(site[3] + r.uniform(-0.3, 0.3), 4), round(site[4] + r.uniform(-0.3, 0.3), 4),
                     max(0, site[5] + r.randint(-40, 60)), initial, max(cur, 0), vault, shelf, regime, status,
                     _z(created), _z(updated), r.choice([0, 0, 1, 2])))  # fmt: skip
    insert(c, "accessions", accs)
    insert(c, "germination_tests", sorted(tests, key=lambda x: x[3]))
    insert(c, "withdrawals", sorted(wds, key=lambda x: x[3]))
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "canalhire": build_canalhire,
    "harpmaker": build_harpmaker,
    "countyarchive": build_countyarchive,
    "referees": build_referees,
    "doggroomer": build_doggroomer,
    "seedbank": build_seedbank,
}
