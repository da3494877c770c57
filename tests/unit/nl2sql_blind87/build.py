"""Six public-service and civic databases for the eighty-seventh blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows that are scheduled: court hearings
still to be held (``udienze.esito`` 'programmata') in ``interpreti``, donor sessions with status 'scheduled' in
``donorvan``, appeal hearings booked but not yet heard in ``admissions``, the Abbey ward by-election in
``electoralroll`` and grant instalments due later (``Payments.PaidOn`` NULL) in ``lotterygrants``.

- ``interpreti`` (Italian table and column names and Italian values; flags 0/1; money in euros): the court
  interpreter service of an Italian court district. ``tribunali`` (courts: ``nome``, ``citta``, ``tipo``
  'tribunale' / 'corte d''appello' / 'giudice di pace' / 'tribunale per i minorenni'), ``lingue`` (languages, Italian
  names in lower case such as 'arabo', 'cinese mandarino', 'rumeno', 'tigrino'; ``tariffa_oraria`` = euros per hour
  paid to the interpreter, ``rara`` 1 = a rare language), ``interpreti`` (``nome`` = first name, ``cognome`` =
  surname, ``citta`` = home city, ``data_iscrizione`` = date put on the court's list, ``telefono`` / ``email`` NULL
  when unknown, ``attivo`` 1 = still takes work, ``giurato`` 1 = sworn interpreter), ``competenze`` (the link between
  interpreters and the languages they work in: ``livello`` 'madrelingua' native / 'C2' / 'C1', ``certificato`` 1 =
  holds a certificate), ``udienze`` (hearings needing an interpreter: ``id_tribunale``, ``id_lingua``,
  ``id_interprete`` NULL when no interpreter was found or none is assigned yet, ``data_udienza``, ``ora_inizio``
  'HH:MM', ``tipo_procedimento`` 'penale' criminal / 'civile' civil / 'immigrazione' / 'famiglia' family / 'minorile'
  juvenile, ``esito`` 'svolta' held / 'rinviata' postponed / 'annullata' cancelled / 'programmata' scheduled,
  ``durata_minuti`` NULL unless held) and ``liquidazioni`` (fee claims for held hearings: ``importo`` euros,
  ``data_richiesta`` claim date, ``data_pagamento`` NULL while unpaid).
- ``harbourmaster`` (Hungarian notation: ``tbl`` tables, ``int``/``str``/``dec``/``cur``/``dtm``/``bit`` columns;
  flags 0/1; money in pounds, lengths in metres; ``dtm`` columns are 'YYYY-MM-DD HH:MM' except the invoice dates,
  which are 'YYYY-MM-DD'): a harbour master's office. ``tblOwner`` (``strOwnerName``, ``strCountry``, ``strEmail``
  NULL when unknown, ``bitAccountHolder`` 1 = has a credit account), ``tblBerth`` (``strBerthCode``, ``strQuay``,
  ``decMaxLengthM`` longest vessel it takes, ``bitShorePower``, ``curDailyRate`` pounds a day), ``tblVessel``
  (``strVesselName``, ``strIMO`` NULL for small craft, ``strVesselType`` 'fishing' / 'cargo' / 'yacht' / 'ferry' /
  'tug' / 'research' / 'workboat', ``strFlag`` flag state, ``decLengthM``, ``intGrossTonnage``, ``intOwnerID``,
  ``bitActive`` 0 = struck off the harbour's register), ``tblVisit`` (a call at the harbour: ``dtmArrival``,
  ``dtmDeparture`` NULL while still in port, ``strPurpose`` 'cargo' / 'landing catch' / 'repairs' / 'shelter' /
  'leisure' / 'passengers' / 'survey work', ``intCrew``), ``tblInvoice`` (harbour dues per completed visit:
  ``curAmount``, ``dtmIssued``, ``dtmPaid`` NULL while unpaid, ``bitDisputed``) and ``tblInspection`` (port state
  and safety inspections: ``dtmInspected``, ``strInspector``, ``intDeficiencies``, ``bitDetained`` 1 = vessel
  detained).
- ``donorvan`` (star schema: ``dim_*`` dimensions with surrogate ``*_key`` keys, ``fact_*`` facts; ``dim_date`` keyed
  by ``date_key`` = YYYYMMDD integer; flags 0/1): the mobile blood-donor sessions of a regional blood service.
  ``dim_date`` (one row per calendar day from 2023-01-01 to 2025-08-31: ``full_date``, ``year_no``, ``month_no``,
  ``month_name``, ``quarter_no``, ``day_name``, ``is_weekend``), ``dim_donor`` (``donor_ref``, ``full_name``,
  ``gender`` 'F'/'M', ``blood_group`` such as 'O-' or 'AB+', ``date_of_birth``, ``home_town``, ``registered_on``,
  ``email`` NULL when not given), ``dim_venue`` (``venue_name``, ``town``, ``venue_type`` 'church hall' / 'community
  centre' / 'workplace' / 'school' / 'sports club' / 'supermarket car park'), ``dim_van`` (``registration``,
  ``van_name``, ``beds``, ``in_service_from``, ``retired_on`` NULL while in service), ``fact_session`` (one van at
  one venue on one day: ``start_time``, ``slots_offered``, ``status`` 'held' / 'cancelled' / 'scheduled',
  ``cancel_reason`` NULL unless cancelled) and ``fact_donation`` (one donor attending a held session: ``outcome``
  'donated' / 'deferred', ``deferral_reason`` NULL unless deferred, ``volume_ml`` and ``chair_minutes`` NULL when
  deferred, ``haemoglobin_g_dl`` the finger-prick haemoglobin in g/dL).
- ``admissions`` (plural lower-case tables, camelCase columns; flags 'Y'/'N'): a local authority's primary school
  admissions office (children start school in September; entry years 2024 and 2025). ``schools`` (``schoolName``,
  ``schoolType`` 'community' / 'academy' / 'voluntary aided', ``faithSchool``, ``admissionNumber`` = reception places,
  ``ofstedRating`` 'Outstanding' / 'Good' / 'Requires Improvement' / 'Inadequate' or NULL when not yet inspected),
  ``caseworkers`` (``fullName``, ``email``), ``applicants`` (the children: ``firstName``, ``lastName``,
  ``dateOfBirth``, ``homePostcode``, ``entryYear``, ``submittedOn``, ``lateApplication``, ``lookedAfter`` = in care,
  ``hasEhcp`` = education, health and care plan, ``caseworkerId``), ``preferences`` (the link between applicants and
  the schools they ranked: ``preferenceRank`` 1..3, ``distanceKm`` home-to-school, ``siblingAttends``), ``offers``
  (``offerDate``, ``offerRound`` 'national offer day' / 'late' / 'waiting list', ``response`` 'accepted' /
  'declined' or NULL when the family has not replied) and ``appeals`` (``lodgedOn``, ``hearingDate`` NULL when not
  yet booked, ``outcome`` 'upheld' / 'dismissed' / 'withdrawn' or NULL while pending).
- ``electoralroll`` (UPPER_SNAKE_CASE names; flags 0/1; the dates of ``ELECTOR`` are integers YYYYMMDD, all other
  dates ISO text; self-referencing ``STAFF.MANAGER_ID`` = the line manager, NULL for the Electoral Services Manager):
  a borough's electoral registration office. ``WARD`` (``WARD_NAME``, ``WARD_CODE``, ``COUNCILLORS`` = seats),
  ``POLLING_STATION`` (``STATION_NAME``, ``WARD_ID``, ``STEP_FREE`` 1 = step-free access), ``ELECTOR``
  (``ELECTOR_NUMBER``, ``FORENAME``, ``SURNAME``, ``HOUSE``, ``STREET``, ``POSTCODE``, ``WARD_ID``, ``STATION_ID``,
  ``DATE_OF_BIRTH``, ``NATIONALITY`` 'British' / 'Irish' / 'EU' / 'Commonwealth', ``ADDED_ON``, ``DELETED_ON`` NULL
  while on the register, ``DELETION_REASON`` 'moved away' / 'deceased' / 'duplicate' or NULL, ``OPEN_REGISTER_OPT_OUT``
  1 = left off the open (edited) register), ``ABSENT_VOTE`` (``AV_TYPE`` 'POSTAL' / 'PROXY', ``PROXY_NAME`` NULL
  unless proxy, ``GRANTED_ON``, ``EXPIRES_ON``), ``ELECTION`` (``ELECTION_NAME``, ``POLL_DATE``, ``ELECTION_TYPE``
  'LOCAL' / 'PCC' / 'PARLIAMENTARY' / 'BY-ELECTION', ``WARD_ID`` only for a by-election), ``VOTE_RECORD`` (the marked
  register, the link between elections and the electors who voted: ``METHOD`` 'IN PERSON' / 'POSTAL' / 'PROXY') and
  ``STAFF`` (``STAFF_NAME``, ``JOB_TITLE``, ``MANAGER_ID``, ``STATION_ID`` the polling station a polling-day worker is
  posted to, NULL for office staff, ``START_DATE``, ``END_DATE`` NULL while still employed).
- ``lotterygrants`` (PascalCase names with ``...ID`` keys; flags 'Yes'/'No'; money in pounds; self-referencing
  ``Organisations.ParentOrganisationID`` = the umbrella body a local branch belongs to, NULL for independent
  groups): a community lottery fund's grants panel. ``Organisations`` (``Name``, ``OrgType`` 'Charity' / 'CIC' /
  'Community Group' / 'Parish Council' / 'School' / 'Sports Club', ``CharityNumber`` NULL when not a registered
  charity, ``Town``, ``FoundedYear`` NULL when unknown), ``Programmes`` (``ProgrammeName``, ``MinAward``, ``MaxAward``,
  ``OpenedOn``, ``ClosedOn`` NULL while open), ``Applications`` (``ProjectTitle``, ``AmountRequested``,
  ``SubmittedOn``, ``Status`` 'Received' / 'Under Review' / 'Awarded' / 'Declined' / 'Withdrawn', ``DecisionDate``
  NULL until decided, ``AmountAwarded`` NULL unless awarded), ``PanelMembers`` (``FullName``, ``Background``,
  ``JoinedOn``, ``LeftOn`` NULL for current members, ``IsChair``), ``Scores`` (the link between applications and the
  panel members who scored them: ``Score`` 1..10, NULL when the member declared a conflict of interest,
  ``ConflictDeclared``, ``ScoredOn``) and ``Payments`` (grant instalments: ``InstalmentNo``, ``Amount``, ``DueOn``,
  ``PaidOn`` NULL while not paid).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def iso(d: dt.date) -> str:
    return d.isoformat()


def ymd(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def stamp(d: dt.date, minutes: int) -> str:
    return f"{d.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}"


# ---------------------------------------------------------------------------------------------------- interpreti
TRIBUNALI = [
    ("Tribunale di Milano", "Milano", "tribunale"),
    ("Tribunale di Torino", "Torino", "tribunale"),
    ("Tribunale di Bologna", "Bologna", "tribunale"),
    ("Tribunale di Roma", "Roma", "tribunale"),
    ("Tribunale di Napoli", "Napoli", "tribunale"),
    ("Tribunale di Firenze", "Firenze", "tribunale"),
    ("Corte d'Appello di Milano", "Milano", "corte d'appello"),
    ("Corte d'Appello di Roma", "Roma", "corte d'appello"),
    ("Giudice di Pace di Genova", "Genova", "giudice di pace"),
    ("Tribunale per i Minorenni di Torino", "Torino", "tribunale per i minorenni"),
    ("Giudice di Pace di Bari", "Bari", "giudice di pace"),
]
# name, euros per hour, rare, weight of demand
LINGUE = [
    ("arabo", 32.0, 0, 20), ("cinese mandarino", 38.0, 0, 9), ("rumeno", 28.0, 0, 12), ("albanese", 28.0, 0, 10),
    ("inglese", 25.0, 0, 8), ("francese", 25.0, 0, 6), ("spagnolo", 25.0, 0, 6), ("russo", 32.0, 0, 4),
    ("ucraino", 32.0, 0, 6), ("urdu", 40.0, 1, 4), ("bengalese", 40.0, 1, 4), ("punjabi", 40.0, 1, 4),
    ("tigrino", 45.0, 1, 3), ("wolof", 45.0, 1, 2), ("portoghese", 25.0, 0, 3), ("tedesco", 25.0, 0, 2),
    ("pashto", 48.0, 1, 2), ("curdo", 45.0, 1, 0),
]  # fmt: skip
# first name, surname, city, languages (the first is the native one when the name is foreign), native?
INTERPRETI = [
    ("Youssef", "El Amrani", "Milano", ["arabo", "francese"], True),
    ("Amina", "Benali", "Torino", ["arabo", "francese"], True),
    ("Karim", "Haddad", "Roma", ["arabo", "inglese"], True),
    ("Fatima", "Idrissi", "Bologna", ["arabo"], True),
    ("Omar", "Saleh", "Napoli", ["arabo", "inglese"], True),
    ("Wei", "Li", "Milano", ["cinese mandarino"], True),
    ("Mei", "Zhang", "Firenze", ["cinese mandarino", "inglese"], True),
    ("Jing", "Chen", "Roma", ["cinese mandarino"], True),
    ("Ioana", "Popescu", "Torino", ["rumeno"], True),
    ("Andrei", "Ionescu", "Roma", ["rumeno", "spagnolo"], True),
    ("Elena", "Dumitru", "Bologna", ["rumeno"], True),
    ("Ardit", "Hoxha", "Bari", ["albanese"], True),
    ("Elira", "Krasniqi", "Milano", ["albanese", "inglese"], True),
    ("Besnik", "Shehu", "Firenze", ["albanese"], True),
    ("Olena", "Kovalenko", "Napoli", ["ucraino", "russo"], True),
    ("Dmytro", "Shevchenko", "Milano", ["ucraino", "russo"], True),
    ("Natalia", "Ivanova", "Roma", ["russo"], True),
    ("Imran", "Qureshi", "Bologna", ["urdu", "punjabi"], True),
    ("Harpreet", "Kaur", "Roma", ["punjabi"], True),
    ("Rahim", "Uddin", "Roma", ["bengalese"], True),
    ("Semhar", "Tesfay", "Milano", ["tigrino", "arabo"], True),
    ("Mamadou", "Diop", "Torino", ["wolof", "francese"], True),
    ("Giulia", "Rossi", "Milano", ["inglese", "francese"], False),
    ("Marco", "Bianchi", "Roma", ["inglese", "tedesco"], False),
    ("Francesca", "Romano", "Napoli", ["spagnolo", "portoghese"], False),
    ("Luca", "Colombo", "Milano", ["tedesco"], False),
    ("Chiara", "Ricci", "Bologna", ["inglese", "spagnolo"], False),
    ("Alessandro", "Greco", "Torino", ["francese"], False),
    ("Sara", "Marino", "Firenze", ["inglese"], False),
    ("Matteo", "Conti", "Genova", ["inglese", "francese", "spagnolo"], False),
    ("Elena", "Gallo", "Bari", ["inglese"], False),
    ("Davide", "Lombardi", "Genova", ["portoghese", "spagnolo"], False),
    ("Valentina", "Moretti", "Roma", ["russo", "inglese"], False),
    ("Simone", "De Luca", "Napoli", ["francese", "inglese"], False),
    ("Federica", "Mancini", "Torino", ["spagnolo"], False),
    ("Stefano", "Rizzo", "Genova", ["tedesco", "inglese"], False),
    ("Paola", "Giordano", "Milano", ["cinese mandarino", "inglese"], False),
    ("Roberto", "Costa", "Bari", ["albanese", "inglese"], False),
    ("Laura", "Ferrari", "Firenze", ["portoghese"], False),
    ("Nadia", "Hamdi", "Genova", ["arabo", "francese"], True),
]
INATTIVI = {4, 17, 31, 39}  # stopped taking work in mid-2024


def build_interpreti(path: Path) -> None:
    r = random.Random(8701)
    c = fresh_db(
        path,
        """
        CREATE TABLE tribunali (
            id_tribunale INTEGER PRIMARY KEY, nome TEXT NOT NULL, citta TEXT NOT NULL, tipo TEXT NOT NULL);
        CREATE TABLE lingue (
            id_lingua INTEGER PRIMARY KEY, nome TEXT NOT NULL UNIQUE, tariffa_oraria REAL NOT NULL,
            rara INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE interpreti (
            id_interprete INTEGER PRIMARY KEY, nome TEXT NOT NULL, cognome TEXT NOT NULL, citta TEXT NOT NULL,
            data_iscrizione TEXT NOT NULL, telefono TEXT, email TEXT, attivo INTEGER NOT NULL DEFAULT 1,
            giurato INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE competenze (
            id_interprete INTEGER NOT NULL REFERENCES interpreti(id_interprete),
            id_lingua INTEGER NOT NULL REFERENCES lingue(id_lingua), livello TEXT NOT NULL,
            certificato INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (id_interprete, id_lingua));
        CREATE TABLE udienze (
            id_udienza INTEGER PRIMARY KEY, id_tribunale INTEGER NOT NULL REFERENCES tribunali(id_tribunale),
            id_lingua INTEGER NOT NULL REFERENCES lingue(id_lingua),
            id_interprete INTEGER REFERENCES interpreti(id_interprete), data_udienza TEXT NOT NULL,
            ora_inizio TEXT NOT NULL, tipo_procedimento TEXT NOT NULL, esito TEXT NOT NULL, durata_minuti INTEGER);
        CREATE TABLE liquidazioni (
            id_liquidazione INTEGER PRIMARY KEY, id_udienza INTEGER NOT NULL REFERENCES udienze(id_udienza),
            importo REAL NOT NULL, data_richiesta TEXT NOT NULL, data_pagamento TEXT);
        """,
    )
    insert(c, "tribunali", [(i, *t) for i, t in enumerate(TRIBUNALI, 1)])
    insert(c, "lingue", [(i, n, t, rara) for i, (n, t, rara, _w) in enumerate(LINGUE, 1)])
    lid = {n: i for i, (n, *_rest) in enumerate(LINGUE, 1)}
    interpreti = []
    comp = []
    speakers: dict[int, list[int]] = {}
    for i, (nome, cognome, citta, langs, native) in enumerate(INTERPRETI, 1):
        iscr = day_between(r, D(2008, 1, 1), D(2023, 6, 30)) if i != 40 else D(2024, 11, 4)
        tel = None if r.random() < 0.15 else f"3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        mail = None if r.random() < 0.2 else f"{nome.lower()}.{cognome.lower().replace(' ', '')}@interpreti.it"
        attivo = 0 if i in INATTIVI else 1
        giurato = 0 if i in (2, 13, 22, 29, 35, 40) else 1
        interpreti.append((i, nome, cognome, citta, iscr.isoformat(), tel, mail, attivo, giurato))
        for k, lang in enumerate(langs):
            livello = "madrelingua" if native and k == 0 else r.choice(["C2", "C2", "C1"])
            cert = 1 if livello != "madrelingua" and r.random() < 0.7 else (1 if r.random() < 0.3 else 0)
            comp.append((i, lid[lang], livello, cert))
            speakers.setdefault(lid[lang], []).append(i)
    insert(c, "interpreti", interpreti)
    insert(c, "competenze", comp)
    weights = [w for *_x, w in LINGUE]
    tcity = {i: t[1] for i, t in enumerate(TRIBUNALI, 1)}
    ucity = {i: t[2] for i, t in enumerate(INTERPRETI, 1)}
    idate = {i: D.fromisoformat(row[4]) for i, row in enumerate(interpreti, 1)}
    udienze = []
    liq = []
    for u in range(1, 1621):
        trib = r.choices(range(1, 12), weights=[14, 10, 8, 14, 10, 7, 5, 5, 4, 4, 3])[0]
        lang = r.choices(range(1, len(LINGUE) + 1), weights=weights)[0]
        future = u > 1540
        d = day_between(r, D(2025, 6, 16), D(2025, 7, 31)) if future else day_between(r, START, LAST)
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        ora = f"{r.choice([9, 9, 10, 10, 11, 12, 14, 15])}:{r.choice(['00', '30'])}"
        ora = ora.zfill(5)
        kind = TRIBUNALI[trib - 1][2]
        if kind == "tribunale per i minorenni":
            tipo = "minorile"
        elif kind == "giudice di pace":
            tipo = r.choice(["civile", "immigrazione", "immigrazione", "penale"])
        else:
            tipo = r.choices(["penale", "civile", "immigrazione", "famiglia"], weights=[55, 15, 18, 12])[0]
        cands = [s for s in speakers.get(lang, []) if idate[s] <= d and not (s in INATTIVI and d >= D(2024, 6, 1))]
        near = [s for s in cands if ucity[s] == tcity[trib]]
        interp = None
        if cands and r.random() > 0.04:
            interp = r.choice(near) if near and r.random() < 0.75 else r.choice(cands)
        if future:
            esito = "programmata"
            if r.random() < 0.2:
                interp = None
        elif interp is None:
            esito = "rinviata" if r.random() < 0.8 else "annullata"
        else:
            esito = r.choices(["svolta", "rinviata", "annullata"], weights=[80, 12, 8])[0]
        durata = None
        if esito == "svolta":
            durata = r.choice([30, 45, 60, 60, 75, 90, 90, 120, 150, 180, 240])
        udienze.append((u, trib, lang, interp, d.isoformat(), ora, tipo, esito, durata))
        if esito == "svolta":
            ore = max(2, math.ceil(durata / 60))
            importo = round(ore * LINGUE[lang - 1][1], 2)
            rich = d + dt.timedelta(days=r.randint(1, 25))
            if rich > LAST:
                continue
            pag = rich + dt.timedelta(days=r.randint(25, 160))
            paid = None if pag > LAST or r.random() < 0.05 else pag.isoformat()
            liq.append((len(liq) + 1, u, importo, rich.isoformat(), paid))
    insert(c, "udienze", udienze)
    insert(c, "liquidazioni", liq)
    done(c)


# ---------------------------------------------------------------------------------------------------- harbourmaster
OWNERS = [
    ("North Sea Trawlers Ltd", "United Kingdom", 1),
    ("Bressay Fishing Co", "United Kingdom", 1),
    ("Kinloch Seafoods", "United Kingdom", 1),
    ("Hvide Sande Fiskeri ApS", "Denmark", 1),
    ("Baltic Feeder Lines", "Germany", 1),
    ("Nordlys Shipping AS", "Norway", 1),
    ("Van Dijk Coasters BV", "Netherlands", 1),
    ("Celtic Bulk Carriers", "Ireland", 1),
    ("Highland Ferries Ltd", "United Kingdom", 1),
    ("Forth Towage", "United Kingdom", 1),
    ("Marine Scotland Science", "United Kingdom", 1),
    ("Orkney Workboats", "United Kingdom", 1),
    ("Bretagne Pêche SARL", "France", 1),
    ("Faroe Pelagic", "Faroe Islands", 1),
    ("Sea Harvest Partners", "United Kingdom", 0),
    ("Atlantic Aggregates", "United Kingdom", 1),
    ("Shetland Charters", "United Kingdom", 0),
    ("Tay Marine Services", "United Kingdom", 1),
    ("David Pascoe", "United Kingdom", 0),
    ("Fiona MacLeod", "United Kingdom", 0),
    ("Iain Sutherland", "United Kingdom", 0),
    ("Pieter de Graaf", "Netherlands", 0),
    ("Sophie Laurent", "France", 0),
    ("Lars Henriksen", "Denmark", 0),
    ("Margaret Innes", "United Kingdom", 0),
    ("Callum Ross", "United Kingdom", 0),
    ("Erik Solberg", "Norway", 0),
    ("Hamish Grant", "United Kingdom", 0),
    ("Aileen Munro", "United Kingdom", 0),
    ("Tom Whitfield", "United Kingdom", 0),
    ("Kirsty Mackay", "United Kingdom", 0),
    ("Jonas Weber", "Germany", 0),
    ("Niamh Byrne", "Ireland", 0),
    ("Gordon Fraser", "United Kingdom", 0),
    ("Ruth Anderson", "United Kingdom", 0),
    ("Bjorn Nilsen", "Norway", 0),
]
QUAYS = [
    # quay, codes, max length, daily rate, shore power share
    ("North Quay", 5, 160.0, 420.0, 1.0),
    ("South Quay", 6, 110.0, 310.0, 0.7),
    ("Inner Harbour", 4, 60.0, 150.0, 0.5),
    ("Fish Quay", 8, 40.0, 85.0, 0.6),
    ("Marina Pontoon", 10, 25.0, 38.0, 0.8),
]
VESSEL_NAMES = [
    "Ocean Harvest", "Silver Dawn", "Girl Mairi", "Boy Andrew", "Radiant Star", "Golden Shore", "Sea Spray",
    "Northern Light", "Fair Isle", "Morning Star", "Harvest Moon", "Ocean Venture", "Kestrel", "Osprey", "Fulmar",
    "Guillemot", "Puffin", "Gannet", "Cormorant", "Shearwater", "Arctic Tern", "Solan", "Sunbeam", "Endeavour",
    "Providence", "Resolute", "Vigilant", "Zephyr", "Blue Horizon", "Atlantic Dawn", "Bonnie Lass", "Bountiful",
    "Christine Ann", "Deep Harvest", "Emulator", "Fruitful Bough", "Good Hope", "Heather Belle", "Islander",
    "Jasmine", "Kirsteen", "Lunar Bow", "Maid of Orkney", "Nordic Pearl", "Our Lady", "Pathway", "Quiet Waters",
    "Renown", "Serene", "Tranquility", "Unity", "Valhalla", "Westward Ho", "Aquila", "Fiskebas", "Havbris",
    "Nordstjerne", "Sjøbris", "Elbe Trader", "Weser Express", "Baltic Bright", "Lady Anne", "Hebridean Isle",
    "Loch Seaforth", "Isle of Lewis", "Hamnavoe", "Hjaltland", "Svitzer Mull", "Forth Warrior", "Forth Venture",
    "Scotia", "Corystes", "Celtic Explorer", "Clyde Spirit", "Orcadia", "Sanday Spirit", "Cheeky Monkey",
    "Wind Dancer", "Mistral", "Selkie", "Kittiwake", "Saorsa", "Tern II", "Sea Otter", "Lady of Avalon",
    "Free Spirit", "Morning Glory", "Dunlin", "Merlin", "Skua", "Black Pearl", "Pentland Firth", "Arran Mist",
    "Cape Wrath", "Mull Venture", "Stella Maris", "Bressay Bank", "Kinloch Rose", "Celtic Dawn", "Rosebud",
    "Mare Nostrum", "Brise de Mer", "Ar Men", "Triton", "Polar Star", "Aberdeen Bay", "Sula Sgeir", "Whalsay Lass",
    "Copious", "Research Tide", "Lerwick Pride", "Sparkling Star", "Sea Shepherd II", "Dolphin", "Orca", "Grampian",
]  # fmt: skip
INSPECTORS = ["Alan Gow", "Morag Duncan", "Peter Lindsay", "Shona Reid"]


def build_harbourmaster(path: Path) -> None:
    r = random.Random(8702)
    c = fresh_db(
        path,
        """
        CREATE TABLE tblOwner (
            intOwnerID INTEGER PRIMARY KEY, strOwnerName TEXT NOT NULL, strCountry TEXT NOT NULL, strEmail TEXT,
            bitAccountHolder INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE tblBerth (
            intBerthID INTEGER PRIMARY KEY, strBerthCode TEXT NOT NULL UNIQUE, strQuay TEXT NOT NULL,
            decMaxLengthM REAL NOT NULL, bitShorePower INTEGER NOT NULL, curDailyRate REAL NOT NULL);
        CREATE TABLE tblVessel (
            intVesselID INTEGER PRIMARY KEY, strVesselName TEXT NOT NULL, strIMO TEXT, strVesselType TEXT NOT NULL,
            strFlag TEXT NOT NULL, decLengthM REAL NOT NULL, intGrossTonnage INTEGER NOT NULL,
            intOwnerID INTEGER NOT NULL REFERENCES tblOwner(intOwnerID), bitActive INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE tblVisit (
            intVisitID INTEGER PRIMARY KEY, intVesselID INTEGER NOT NULL REFERENCES tblVessel(intVesselID),
            intBerthID INTEGER NOT NULL REFERENCES tblBerth(intBerthID), dtmArrival TEXT NOT NULL, dtmDeparture TEXT,
            strPurpose TEXT NOT NULL, intCrew INTEGER NOT NULL);
        CREATE TABLE tblInvoice (
            intInvoiceID INTEGER PRIMARY KEY, intVisitID INTEGER NOT NULL REFERENCES tblVisit(intVisitID),
            curAmount REAL NOT NULL, dtmIssued TEXT NOT NULL, dtmPaid TEXT, bitDisputed INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE tblInspection (
            intInspectionID INTEGER PRIMARY KEY, intVesselID INTEGER NOT NULL REFERENCES tblVessel(intVesselID),
            dtmInspected TEXT NOT NULL, strInspector TEXT NOT NULL, intDeficiencies INTEGER NOT NULL,
            bitDetained INTEGER NOT NULL DEFAULT 0);
        """,
    )
    owners = []
    for i, (name, country, acct) in enumerate(OWNERS, 1):
        slug = name.lower().replace(" ", "").replace("ê", "e")[:14]
        mail = None if r.random() < 0.2 else f"office@{slug}.com"
        owners.append((i, name, country, mail, acct))
    insert(c, "tblOwner", owners)
    berths = []
    for quay, n, maxlen, rate, power in QUAYS:
        for k in range(1, n + 1):
            bid = len(berths) + 1
            ml = maxlen if k > 1 else maxlen + 20 if quay != "Marina Pontoon" else maxlen
            sp = 1 if r.random() < power else 0
            berths.append((bid, f"{quay[0]}{k}", quay, ml, sp, rate + (10.0 if sp and rate > 100 else 0.0)))
    insert(c, "tblBerth", berths)
    country_flag = {o[0]: o[2] for o in owners}
    companies = {
        "fishing": [1, 2, 3, 4, 13, 14, 15],
        "cargo": [5, 6, 7, 8, 16],
        "ferry": [9],
        "tug": [10, 18],
        "research": [11],
        "workboat": [12, 18],
        "yacht": list(range(17, 37)),
    }
    sizes = {
        "fishing": (9.5, 32.0, 8),
        "cargo": (72.0, 138.0, 2200),
        "ferry": (45.0, 118.0, 4000),
        "tug": (24.0, 34.0, 300),
        "research": (28.0, 72.0, 900),
        "workboat": (12.0, 26.0, 60),
        "yacht": (8.0, 24.5, 12),
    }
    types = ["fishing"] * 38 + ["cargo"] * 16 + ["ferry"] * 5 + ["tug"] * 4 + ["research"] * 3
    types += ["workboat"] * 10 + ["yacht"] * 36
    r.shuffle(types)
    vessels = []
    for i, vt in enumerate(types, 1):
        lo, hi, gt_per = sizes[vt]
        length = round(r.uniform(lo, hi), 1)
        owner = r.choice(companies[vt])
        gt = max(3, int(length * gt_per / (hi / 2) * r.uniform(0.8, 1.2)))
        imo = f"IMO{r.randint(7000000, 9899999)}" if length >= 24 else None
        flag = country_flag[owner] if r.random() < 0.85 else r.choice(["Malta", "Cyprus", "Bahamas", "Norway"])
        if vt == "yacht":
            flag = country_flag[owner]
        active = 0 if i in (7, 29, 55, 88) else 1
        vessels.append((i, VESSEL_NAMES[i - 1], imo, vt, flag, length, gt, owner, active))
    insert(c, "tblVessel", vessels)
    quay_for = {
        "fishing": ["Fish Quay", "Inner Harbour"],
        "cargo": ["North Quay", "South Quay"],
        "ferry": ["North Quay", "South Quay"],
        "tug": ["Inner Harbour", "South Quay"],
        "research": ["South Quay", "Inner Harbour"],
        "workboat": ["Inner Harbour", "Fish Quay"],
        "yacht": ["Marina Pontoon", "Inner Harbour"],
    }
    purposes = {
        "fishing": (["landing catch", "repairs", "shelter"], [85, 8, 7]),
        "cargo": (["cargo", "repairs", "shelter"], [90, 5, 5]),
        "ferry": (["passengers", "repairs"], [92, 8]),
        "tug": (["survey work", "repairs", "shelter"], [60, 20, 20]),
        "research": (["survey work", "repairs"], [85, 15]),
        "workboat": (["survey work", "repairs", "shelter"], [70, 15, 15]),
        "yacht": (["leisure", "shelter", "repairs"], [80, 15, 5]),
    }
    crew_range = {
        "fishing": (3, 12), "cargo": (8, 18), "ferry": (14, 40), "tug": (3, 6), "research": (10, 28),
        "workboat": (2, 5), "yacht": (1, 6),
    }  # fmt: skip
    calls = {"fishing": (6, 22), "cargo": (2, 12), "ferry": (8, 20), "tug": (3, 12), "research": (2, 8),
             "workboat": (3, 12), "yacht": (1, 4)}  # fmt: skip
    never = {12, 47, 90, 101}  # registered but never called
    visits = []
    current = {3, 18, 25, 40, 61, 77, 95, 108}  # in port today
    used_now: set[int] = set()
    for v in vessels:
        vid, vt, length = v[0], v[3], v[5]
        if vid in never:
            continue
        fits = [b for b in berths if b[3] >= length and b[2] in quay_for[vt]] or [b for b in berths if b[3] >= length]
        n = r.randint(*calls[vt])
        last_day = D(2024, 9, 30) if v[8] == 0 else D(2025, 6, 1)
        for _ in range(n):
            arr = day_between(r, START, last_day)
            purpose = r.choices(*purposes[vt])[0]
            stay = r.randint(5, 28) if purpose == "repairs" else r.randint(0, 3) if vt != "yacht" else r.randint(1, 12)
            arr_min = r.randint(0, 95) * 15
            dep_min = arr_min + stay * 1440 + r.randint(4, 40) * 15
            dep_day = arr + dt.timedelta(minutes=dep_min)
            dep = stamp(D(dep_day.year, dep_day.month, dep_day.day), dep_min % 1440)
            if dep > "2025-06-14 23:59":
                dep = stamp(D(2025, 6, 14), 8 * 60)
            visits.append([vid, r.choice(fits)[0], stamp(arr, arr_min), dep, purpose, r.randint(*crew_range[vt])])
        if vid in current:
            free = [b for b in fits if b[0] not in used_now]
            berth = r.choice(free)[0]
            used_now.add(berth)
            arr = day_between(r, D(2025, 5, 20), D(2025, 6, 13)) if vid != 40 else D(2025, 4, 28)
            purpose = "repairs" if vid == 40 else r.choices(*purposes[vt])[0]
            visits.append([vid, berth, stamp(arr, r.randint(0, 95) * 15), None, purpose, r.randint(*crew_range[vt])])
    visits.sort(key=lambda x: x[2])
    visits = [(i, *x) for i, x in enumerate(visits, 1)]
    insert(c, "tblVisit", visits)
    rate = {b[0]: b[5] for b in berths}
    gts = {v[0]: v[6] for v in vessels}
    vowner = {v[0]: v[7] for v in vessels}
    invoices = []
    for vis in visits:
        if vis[4] is None:
            continue
        a = dt.datetime.fromisoformat(vis[3])
        b = dt.datetime.fromisoformat(vis[4])
        days = max(1, math.ceil((b - a).total_seconds() / 86400))
        amount = round(days * rate[vis[2]] + gts[vis[1]] * 0.18, 2)
        issued = b.date() + dt.timedelta(days=1)
        if issued > LAST:
            continue
        acct = owners[vowner[vis[1]] - 1][4]
        paid_on = issued + dt.timedelta(days=r.randint(25, 60) if acct else r.randint(0, 14))
        disputed = 1 if r.random() < 0.03 else 0
        paid = None if paid_on > LAST or disputed or r.random() < 0.04 else paid_on.isoformat()
        invoices.append((len(invoices) + 1, vis[0], amount, issued.isoformat(), paid, disputed))
    insert(c, "tblInvoice", invoices)
    insp = []
    big = [v for v in vessels if v[3] in ("cargo", "fishing", "ferry", "tug", "research") and v[0] not in never]
    for i in range(1, 151):
        v = r.choice(big)
        d = day_between(r, START, LAST)
        defs = r.choices(range(10), weights=[30, 18, 14, 10, 8, 6, 5, 4, 3, 2])[0]
        detained = 1 if defs >= 7 and r.random() < 0.6 else 0
        insp.append((i, v[0], stamp(d, r.randint(32, 64) * 15), r.choice(INSPECTORS), defs, detained))
    insert(c, "tblInspection", insp)
    done(c)


# ---------------------------------------------------------------------------------------------------- donorvan
VENUES = [
    ("St Andrew's Church Hall", "Plymouth", "church hall"),
    ("Devonport Guildhall", "Plymouth", "community centre"),
    ("Derriford Business Park", "Plymouth", "workplace"),
    ("Plymstock School", "Plymouth", "school"),
    ("Exeter Corn Exchange", "Exeter", "community centre"),
    ("St Thomas Methodist Hall", "Exeter", "church hall"),
    ("Exeter Chiefs Sandy Park", "Exeter", "sports club"),
    ("Met Office Campus", "Exeter", "workplace"),
    ("Torquay Riviera Centre", "Torquay", "community centre"),
    ("Paignton Tesco Extra", "Paignton", "supermarket car park"),
    ("Newton Abbot Racecourse", "Newton Abbot", "sports club"),
    ("Tavistock Town Hall", "Tavistock", "community centre"),
    ("Okehampton Methodist Church", "Okehampton", "church hall"),
    ("Barnstaple Rugby Club", "Barnstaple", "sports club"),
    ("Bideford Pannier Market Hall", "Bideford", "community centre"),
    ("Tiverton Morrisons", "Tiverton", "supermarket car park"),
    ("Exmouth Pavilion", "Exmouth", "community centre"),
    ("Totnes Civic Hall", "Totnes", "community centre"),
    ("Kingsbridge Quay Hall", "Kingsbridge", "church hall"),
    ("Honiton Beehive Centre", "Honiton", "community centre"),
    ("Sidmouth Kennaway House", "Sidmouth", "community centre"),
    ("Ivybridge Watermark", "Ivybridge", "community centre"),
    ("Babcock Dockyard Canteen", "Plymouth", "workplace"),
    ("Crediton Boniface Centre", "Crediton", "church hall"),
]
VANS = [
    ("WK19 BLD", "Dart", 6, D(2019, 4, 1), None),
    ("WK17 DNR", "Tamar", 5, D(2017, 9, 1), D(2024, 8, 30)),
    ("WK21 GFT", "Exe", 6, D(2021, 3, 15), None),
    ("WK24 LIF", "Teign", 8, D(2024, 9, 2), None),
]
GROUPS = (["O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"], [35, 30, 8, 3, 13, 8, 2, 1])
DONOR_GIVEN_F = [
    "Sarah", "Emma", "Rachel", "Helen", "Claire", "Lucy", "Hannah", "Jessica", "Karen", "Amy", "Sophie", "Laura",
    "Louise", "Gemma", "Ellie", "Megan", "Rebecca", "Natalie", "Jo", "Beth",
]  # fmt: skip
DONOR_GIVEN_M = [
    "James", "Tom", "Matt", "Chris", "Dan", "Mark", "Paul", "Steve", "Rob", "Andy", "Ben", "Luke", "Sam", "Josh",
    "Adam", "Gareth", "Neil", "Ryan", "Pete", "Will",
]  # fmt: skip
DONOR_FAMILY = [
    "Trewin", "Pascoe", "Hext", "Luscombe", "Tucker", "Stephens", "Heard", "Mudge", "Widdicombe", "Coombes",
    "Harvey", "Pengelly", "Lang", "Northcott", "Babb", "Yeo", "Squire", "Bowden", "Endacott", "Hocking",
    "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Hughes", "Green",
]  # fmt: skip
DEFERRALS = ["recent travel", "medication", "feeling unwell", "recent tattoo", "low blood pressure"]


def build_donorvan(path: Path) -> None:
    r = random.Random(8703)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (
            date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL UNIQUE, year_no INTEGER NOT NULL,
            month_no INTEGER NOT NULL, month_name TEXT NOT NULL, quarter_no INTEGER NOT NULL, day_name TEXT NOT NULL,
            is_weekend INTEGER NOT NULL);
        CREATE TABLE dim_donor (
            donor_key INTEGER PRIMARY KEY, donor_ref TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
            gender TEXT NOT NULL, blood_group TEXT NOT NULL, date_of_birth TEXT NOT NULL, home_town TEXT NOT NULL,
            registered_on TEXT NOT NULL, email TEXT);
        CREATE TABLE dim_venue (
            venue_key INTEGER PRIMARY KEY, venue_name TEXT NOT NULL, town TEXT NOT NULL, venue_type TEXT NOT NULL);
        CREATE TABLE dim_van (
            van_key INTEGER PRIMARY KEY, registration TEXT NOT NULL, van_name TEXT NOT NULL, beds INTEGER NOT NULL,
            in_service_from TEXT NOT NULL, retired_on TEXT);
        CREATE TABLE fact_session (
            session_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            venue_key INTEGER NOT NULL REFERENCES dim_venue(venue_key),
            van_key INTEGER NOT NULL REFERENCES dim_van(van_key), start_time TEXT NOT NULL,
            slots_offered INTEGER NOT NULL, status TEXT NOT NULL, cancel_reason TEXT);
        CREATE TABLE fact_donation (
            donation_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            donor_key INTEGER NOT NULL REFERENCES dim_donor(donor_key),
            venue_key INTEGER NOT NULL REFERENCES dim_venue(venue_key),
            van_key INTEGER NOT NULL REFERENCES dim_van(van_key), outcome TEXT NOT NULL, deferral_reason TEXT,
            volume_ml INTEGER, haemoglobin_g_dl REAL NOT NULL, chair_minutes INTEGER);
        """,
    )
    dates = []
    d = START
    while d <= D(2025, 8, 31):
        dates.append(
            (ymd(d), d.isoformat(), d.year, d.month, d.strftime("%B"), (d.month - 1) // 3 + 1, d.strftime("%A"),
             1 if d.weekday() >= 5 else 0)
        )  # fmt: skip
        d += dt.timedelta(days=1)
    insert(c, "dim_date", dates)
    insert(c, "dim_venue", [(i, *v) for i, v in enumerate(VENUES, 1)])
    insert(c, "dim_van", [(i, reg, n, b, iso(f), iso(t) if t else None) for i, (reg, n, b, f, t) in enumerate(VANS, 1)])
    towns = [v[1] for v in VENUES]
    donors = []
    seen: set[str] = set()
    for k in range(1, 861):
        g = "F" if r.random() < 0.55 else "M"
        while True:
            name = f"{r.choice(DONOR_GIVEN_F if g == 'F' else DONOR_GIVEN_M)} {r.choice(DONOR_FAMILY)}"
            if name not in seen:
                seen.add(name)
                break
        dob = day_between(r, D(1958, 1, 1), D(2006, 12, 31))
        reg = max(dob + dt.timedelta(days=17 * 366), day_between(r, D(2005, 1, 1), D(2025, 5, 31)))
        if reg > D(2025, 5, 31):
            reg = day_between(r, D(2024, 1, 1), D(2025, 5, 31))
        mail = None if r.random() < 0.18 else f"{name.lower().replace(' ', '.')}{k % 97}@example.co.uk"
        donors.append(
            (k, f"DV{100000 + k * 37}", name, g, r.choices(*GROUPS)[0], iso(dob), r.choice(towns), iso(reg), mail)
        )
    insert(c, "dim_donor", donors)
    sessions = []
    booked: set[tuple[dt.date, int]] = set()
    day0 = D(2023, 1, 3)
    for week in range(0, 139):
        monday = day0 + dt.timedelta(weeks=week) - dt.timedelta(days=1)
        for van in range(1, 5):
            f, t = VANS[van - 1][3], VANS[van - 1][4]
            for off in r.sample([0, 1, 2, 3, 4, 5], 1 if van != 4 else 2):
                sd = monday + dt.timedelta(days=off)
                if sd < f or (t and sd > t) or sd < START or sd > D(2025, 7, 31):
                    continue
                if sd > LAST:
                    status, why = "scheduled", None
                elif r.random() < 0.05:
                    status = "cancelled"
                    why = r.choice(["van breakdown", "staff shortage", "venue unavailable", "severe weather"])
                else:
                    status, why = "held", None
                venue = r.choice([v for v in range(1, len(VENUES) + 1) if (sd, v) not in booked])
                booked.add((sd, venue))
                slots = VANS[van - 1][2] * r.choice([4, 5, 6])
                sessions.append([ymd(sd), venue, van, r.choice(["09:30", "10:00", "13:00", "13:30", "14:00"]), slots,
                                 status, why])  # fmt: skip
    sessions.sort(key=lambda s: (s[0], s[2]))
    sessions = [(i, *s) for i, s in enumerate(sessions, 1)]
    insert(c, "fact_session", sessions)
    last_don: dict[int, dt.date] = {}
    by_town: dict[str, list[int]] = {}
    for dn in donors:
        by_town.setdefault(dn[6], []).append(dn[0])
    dons = []
    for s in sessions:
        if s[6] != "held":
            continue
        sd = dt.date(s[1] // 10000, s[1] // 100 % 100, s[1] % 100)
        town = VENUES[s[2] - 1][1]
        want = int(s[5] * r.uniform(0.2, 0.35))
        local = by_town.get(town, [])
        pool = local + r.sample(range(1, len(donors) + 1), 30)
        r.shuffle(pool)
        got = 0
        for dk in pool:
            if got >= want:
                break
            dn = donors[dk - 1]
            if D.fromisoformat(dn[7]) > sd:
                continue
            gap = 84 if dn[3] == "M" else 112
            if dk in last_don and (sd - last_don[dk]).days < gap:
                continue
            got += 1
            hb = round(r.gauss(14.9 if dn[3] == "M" else 13.4, 0.9), 1)
            low = 13.5 if dn[3] == "M" else 12.5
            if hb < low:
                outcome, reason, vol, mins = "deferred", "low haemoglobin", None, None
            elif r.random() < 0.04:
                outcome, reason, vol, mins = "deferred", r.choice(DEFERRALS), None, None
            else:
                outcome, reason = "donated", None
                vol, mins = r.choice([470, 470, 470, 470, 450, 430]), r.randint(6, 15)
                last_don[dk] = sd
            dons.append((len(dons) + 1, s[1], dk, s[2], s[3], outcome, reason, vol, hb, mins))
    insert(c, "fact_donation", dons)
    done(c)


# ---------------------------------------------------------------------------------------------------- admissions
SCHOOLS = [
    # name, type, faith, places, rating, x km, y km
    ("Hollybrook Primary School", "community", "N", 30, "Good", 2.0, 3.0),
    ("St Mary's Catholic Primary School", "voluntary aided", "Y", 30, "Outstanding", 4.5, 4.0),
    ("Oakfield Primary Academy", "academy", "N", 60, "Good", 6.0, 2.0),
    ("Ravenscroft Primary School", "community", "N", 30, "Requires Improvement", 1.0, 6.5),
    ("Church of England Primary School, Little Haddow", "voluntary aided", "Y", 15, "Good", 8.5, 7.0),
    ("Meadowside Academy", "academy", "N", 45, "Outstanding", 5.0, 6.0),
    ("Brookfield Infant School", "community", "N", 60, "Good", 3.0, 8.5),
    ("Willow Bank Primary School", "community", "N", 30, "Inadequate", 9.0, 3.5),
    ("St Joseph's RC Primary School", "voluntary aided", "Y", 30, "Good", 2.5, 5.5),
    ("Kingsmead Primary Academy", "academy", "N", 30, "Requires Improvement", 7.0, 9.0),
    ("Ashgrove Community Primary", "community", "N", 30, "Good", 0.5, 1.0),
    ("Harrowden Lane Primary", "community", "N", 30, None, 4.0, 1.0),
    ("Riverside Free School", "academy", "N", 30, None, 6.5, 5.0),
    ("Fairfield Primary School", "community", "N", 60, "Good", 3.5, 3.0),
    ("Holy Trinity CE Primary", "voluntary aided", "Y", 30, "Outstanding", 1.5, 8.0),
    ("Greenacres Primary Academy", "academy", "N", 30, "Good", 8.0, 1.5),
]
CASEWORKERS = ["Janet Morris", "Priya Patel", "Gary Holmes", "Siobhan Kelly", "Marcus Green", "Ayesha Rahman"]
CHILD_GIVEN = [
    "Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie", "Sophia",
    "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore",
    "Jack", "Alfie", "Charlie", "Finley", "Hallie", "Zara", "Aisha", "Maya", "Ezra", "Reuben", "Yusuf",
]  # fmt: skip
CHILD_FAMILY = [
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
    "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Khan", "Ali",
    "Patel", "Begum", "Kowalczyk", "Nowak", "Okafor", "Mensah", "Clarke", "Lewis", "Jackson", "Wood",
]  # fmt: skip


def build_admissions(path: Path) -> None:
    r = random.Random(8704)
    c = fresh_db(
        path,
        """
        CREATE TABLE schools (
            schoolId INTEGER PRIMARY KEY, schoolName TEXT NOT NULL, schoolType TEXT NOT NULL,
            faithSchool TEXT NOT NULL CHECK (faithSchool IN ('Y', 'N')), admissionNumber INTEGER NOT NULL,
            ofstedRating TEXT);
        CREATE TABLE caseworkers (caseworkerId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, email TEXT NOT NULL);
        CREATE TABLE applicants (
            applicantId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
            dateOfBirth TEXT NOT NULL, homePostcode TEXT NOT NULL, entryYear INTEGER NOT NULL,
            submittedOn TEXT NOT NULL, lateApplication TEXT NOT NULL, lookedAfter TEXT NOT NULL,
            hasEhcp TEXT NOT NULL, caseworkerId INTEGER NOT NULL REFERENCES caseworkers(caseworkerId));
        CREATE TABLE preferences (
            applicantId INTEGER NOT NULL REFERENCES applicants(applicantId),
            schoolId INTEGER NOT NULL REFERENCES schools(schoolId), preferenceRank INTEGER NOT NULL,
            distanceKm REAL NOT NULL, siblingAttends TEXT NOT NULL, PRIMARY KEY (applicantId, schoolId));
        CREATE TABLE offers (
            offerId INTEGER PRIMARY KEY, applicantId INTEGER NOT NULL REFERENCES applicants(applicantId),
            schoolId INTEGER NOT NULL REFERENCES schools(schoolId), offerDate TEXT NOT NULL,
            offerRound TEXT NOT NULL, response TEXT);
        CREATE TABLE appeals (
            appealId INTEGER PRIMARY KEY, applicantId INTEGER NOT NULL REFERENCES applicants(applicantId),
            schoolId INTEGER NOT NULL REFERENCES schools(schoolId), lodgedOn TEXT NOT NULL, hearingDate TEXT,
            outcome TEXT);
        """,
    )
    insert(c, "schools", [(i, s[0], s[1], s[2], s[3], s[4]) for i, s in enumerate(SCHOOLS, 1)])
    insert(
        c,
        "caseworkers",
        [(i, n, n.lower().replace(" ", ".") + "@haddow.gov.uk") for i, n in enumerate(CASEWORKERS, 1)],
    )
    applicants = []
    prefs = []
    offers = []
    appeals = []
    aid = 0
    for year, n in ((2024, 470), (2025, 455)):
        cohort = []
        for _ in range(n):
            aid += 1
            born = day_between(r, D(year - 5, 9, 1), D(year - 4, 8, 31))
            late = r.random() < 0.06
            if late:
                sub = day_between(r, D(year, 1, 16), D(year, 5, 30))
            else:
                sub = day_between(r, D(year - 1, 9, 11), D(year, 1, 15))
            x, y = r.uniform(0, 10), r.uniform(0, 10)
            pc = f"HD{1 + int(x // 3.4)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQ')}"
            la = "Y" if r.random() < 0.025 else "N"
            ehcp = "Y" if r.random() < 0.03 else "N"
            applicants.append(
                (aid, r.choice(CHILD_GIVEN), r.choice(CHILD_FAMILY), iso(born), pc, year, iso(sub),
                 "Y" if late else "N", la, ehcp, 1 + (aid * 7) % 6)
            )  # fmt: skip
            dist = {
                sid: round(math.hypot(x - s[5], y - s[6]) * r.uniform(1.1, 1.35), 2) for sid, s in enumerate(SCHOOLS, 1)
            }
            near = sorted(dist, key=lambda s: dist[s])[:6]
            k = r.choices([1, 2, 3], weights=[15, 20, 65])[0]
            chosen = []
            for s in near:
                if len(chosen) == k:
                    break
                appeal_of = SCHOOLS[s - 1][4] in ("Outstanding", "Good")
                if r.random() < (0.75 if appeal_of else 0.35):
                    chosen.append(s)
            if not chosen:
                chosen = [near[0]]
            if r.random() < 0.12:  # a faith school further away
                faith = [s for s in (2, 5, 9, 15) if s not in chosen]
                chosen[-1 if len(chosen) == 3 else len(chosen) :] = [r.choice(faith)]
            sib_school = chosen[0] if r.random() < 0.18 else None
            for rank, s in enumerate(chosen, 1):
                prefs.append((aid, s, rank, dist[s], "Y" if s == sib_school else "N"))
            cohort.append((aid, late, la, ehcp, chosen, sib_school, dist, sub))
        # equal preference allocation for on-time applicants, then late ones into what is left
        cap = {i: s[3] for i, s in enumerate(SCHOOLS, 1)}
        held: dict[int, list[tuple[tuple[int, int, int, float], int]]] = {i: [] for i in cap}
        ontime = [a for a in cohort if not a[1]]
        nxt = {a[0]: 0 for a in ontime}
        info = {a[0]: a for a in cohort}
        free = [a[0] for a in ontime]
        while free:
            a = free.pop()
            rec = info[a]
            if nxt[a] >= len(rec[4]):
                continue
            s = rec[4][nxt[a]]
            nxt[a] += 1
            prio = (0 if rec[3] == "Y" else 1, 0 if rec[2] == "Y" else 1, 0 if rec[5] == s else 1, rec[6][s])
            held[s].append((prio, a))
            held[s].sort()
            if len(held[s]) > cap[s]:
                _, out = held[s].pop()
                free.append(out)
        placed = {a: s for s, lst in held.items() for _, a in lst}
        nod = D(year, 4, 16)
        for rec in ontime:
            a = rec[0]
            s = placed.get(a)
            if s is None:  # nearest school with room
                for cand in sorted(rec[6], key=lambda q: rec[6][q]):
                    if sum(1 for v in placed.values() if v == cand) < cap[cand]:
                        s = cand
                        break
                placed[a] = s
            offers.append([a, s, iso(nod), "national offer day", None])
        for rec in sorted((a for a in cohort if a[1]), key=lambda a: a[7]):
            odate = max(rec[7] + dt.timedelta(days=r.randint(14, 35)), nod + dt.timedelta(days=7))
            if odate > LAST:
                continue
            s = next(
                (q for q in rec[4] if sum(1 for v in placed.values() if v == q) < cap[q]),
                min((q for q in cap if sum(1 for v in placed.values() if v == q) < cap[q]), key=lambda q: rec[6][q]),
            )
            placed[rec[0]] = s
            offers.append([rec[0], s, iso(odate), "late", None])
        for o in offers:
            if o[2][:4] != str(year) or o[4] is not None:
                continue
            if year == 2024:
                o[4] = "declined" if r.random() < 0.07 else "accepted"
            else:
                odate = D.fromisoformat(o[2])
                o[4] = (
                    None
                    if r.random() < (0.5 if odate > D(2025, 5, 1) else 0.1)
                    else r.choice(["accepted"] * 14 + ["declined"])
                )
        # appeals and waiting-list offers from those who missed their first preference
        missed = [rec for rec in cohort if rec[0] in placed and placed[rec[0]] != rec[4][0]]
        r.shuffle(missed)
        for rec in missed[: 14 if year == 2024 else 0]:
            for o in offers:
                if o[0] == rec[0]:
                    o[4] = "declined"
            wl = day_between(r, D(2024, 5, 1), D(2024, 8, 28))
            offers.append([rec[0], rec[4][0], iso(wl), "waiting list", "accepted"])
        for rec in missed[14 if year == 2024 else 0 :]:
            if r.random() > 0.3:
                continue
            lodged = day_between(r, D(year, 4, 20), D(year, 5, 20))
            if year == 2024:
                hearing = lodged + dt.timedelta(days=r.randint(28, 60))
                outcome = r.choices(["upheld", "dismissed", "withdrawn"], weights=[22, 68, 10])[0]
                hd = None if outcome == "withdrawn" and r.random() < 0.5 else iso(hearing)
            else:
                roll = r.random()
                if roll < 0.45:
                    hd, outcome = (
                        iso(day_between(r, D(2025, 6, 2), D(2025, 6, 13))),
                        r.choice(["upheld", "dismissed", "dismissed"]),
                    )
                elif roll < 0.8:
                    hd, outcome = iso(day_between(r, D(2025, 6, 17), D(2025, 7, 11))), None
                else:
                    hd, outcome = None, None
            appeals.append((len(appeals) + 1, rec[0], rec[4][0], iso(lodged), hd, outcome))
    insert(c, "applicants", applicants)
    insert(c, "preferences", prefs)
    insert(c, "offers", [(i, *o) for i, o in enumerate(offers, 1)])
    insert(c, "appeals", appeals)
    done(c)


# ---------------------------------------------------------------------------------------------------- electoralroll
WARDS = [
    ("Abbey", "AB", 3), ("Castle", "CA", 3), ("Riverside", "RS", 2), ("Moorfield", "MF", 3),
    ("St Peter's", "SP", 2), ("Northgate", "NG", 3), ("Westbury", "WB", 2),
]  # fmt: skip
STATIONS = [
    ("Abbey Community Centre", 1, 1), ("St Aidan's Church Hall", 1, 0), ("Castle Primary School", 2, 1),
    ("Castle Bowling Club", 2, 0), ("Riverside Scout Hut", 3, 0), ("Quayside Library", 3, 1),
    ("Moorfield Sports Pavilion", 4, 1), ("Moorfield Methodist Church", 4, 0), ("Mobile Station, Heath Road", 4, 1),
    ("St Peter's Parish Rooms", 5, 0), ("Northgate Leisure Centre", 6, 1), ("Northgate Infant School", 6, 1),
    ("Westbury Village Hall", 7, 1), ("Westbury Cricket Club", 7, 0),
]  # fmt: skip
STREETS = {
    1: ["Abbey Road", "Monks Walk", "Priory Close", "Cloister Way", "Chapel Lane"],
    2: ["Castle Street", "Keep Avenue", "Barbican Road", "Moat Lane"],
    3: ["Quay Street", "Riverside Walk", "Mill Lane", "Ferry Road", "Wharf Close"],
    4: ["Heath Road", "Moor Lane", "Bracken Drive", "Heather Close", "Upland Way"],
    5: ["St Peter's Street", "Church Hill", "Vicarage Road"],
    6: ["North Street", "Gate Lane", "Station Road", "Railway Terrace", "Victoria Road"],
    7: ["Westbury Lane", "Orchard Way", "The Green", "Manor Road"],
}
ELECTOR_GIVEN = [
    "John", "Margaret", "David", "Susan", "Michael", "Patricia", "Peter", "Linda", "Stephen", "Julie", "Andrew",
    "Karen", "Paul", "Elizabeth", "Richard", "Sarah", "Mark", "Emma", "Daniel", "Hannah", "Thomas", "Chloe",
    "Anna", "Piotr", "Agnieszka", "Siobhan", "Ciaran", "Priya", "Ravi", "Grace", "Kwame", "Ana", "Luca", "Marta",
]  # fmt: skip
ELECTOR_FAMILY = [
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
    "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Murphy",
    "O'Brien", "Kowalski", "Nowak", "Sharma", "Mensah", "Rossi", "Garcia", "Fernandes", "Turner", "Hill", "Cooper",
]  # fmt: skip
ELECTIONS = [
    ("Borough Council Elections 2023", D(2023, 5, 4), "LOCAL", None),
    ("Police and Crime Commissioner Election 2024", D(2024, 5, 2), "PCC", None),
    ("UK Parliamentary General Election 2024", D(2024, 7, 4), "PARLIAMENTARY", None),
    ("Riverside Ward By-election", D(2025, 3, 20), "BY-ELECTION", 3),
    ("County Council Elections 2025", D(2025, 5, 1), "LOCAL", None),
    ("Abbey Ward By-election", D(2025, 7, 17), "BY-ELECTION", 1),
]
STAFF = [
    # name, title, manager (index), station, start, end
    ("Gillian Harper", "Electoral Services Manager", None, None, D(2012, 4, 2), None),
    ("Owen Pritchard", "Deputy Electoral Services Manager", 1, None, D(2016, 9, 5), None),
    ("Deborah Lane", "Senior Electoral Services Officer", 2, None, D(2018, 1, 8), None),
    ("Farhan Siddiqui", "Electoral Services Officer", 3, None, D(2021, 6, 14), None),
    ("Lucy Chambers", "Electoral Services Officer", 3, None, D(2022, 2, 1), D(2024, 11, 29)),
    ("Nathan Brooks", "Electoral Services Assistant", 4, None, D(2023, 3, 6), None),
    ("Rebecca Moss", "Electoral Services Assistant", 4, None, D(2024, 1, 15), None),
    ("Tariq Hussain", "Canvass Coordinator", 2, None, D(2019, 7, 1), None),
    ("Joan Whitley", "Canvasser", 8, None, D(2020, 8, 3), None),
    ("Ken Ashby", "Canvasser", 8, None, D(2021, 8, 2), None),
    ("Mandy Price", "Canvasser", 8, None, D(2023, 8, 1), None),
    ("Stuart Bell", "Canvasser", 8, None, D(2024, 8, 5), None),
]
POLL_NAMES = [
    "Alan Barker", "Brenda Cole", "Colin Dyer", "Diane Ellis", "Eric Fox", "Fiona Gale", "Graham Hart", "Irene Jay",
    "Keith Lowe", "Moira Nash", "Neville Orr", "Pauline Reeve", "Roger Sims", "Sheila Tate", "Trevor Vance",
    "Wendy Ward", "Yvonne Abel", "Barry Cross", "Carol Drake", "Derek Finch", "Elaine Grove", "Frank Hale",
    "Gail Ingham", "Howard Kemp", "Janet Lord", "Kevin Mills", "Linda Noble", "Martin Oakes",
]  # fmt: skip


def build_electoralroll(path: Path) -> None:
    r = random.Random(8705)
    c = fresh_db(
        path,
        """
        CREATE TABLE WARD (
            WARD_ID INTEGER PRIMARY KEY, WARD_NAME TEXT NOT NULL, WARD_CODE TEXT NOT NULL UNIQUE,
            COUNCILLORS INTEGER NOT NULL);
        CREATE TABLE POLLING_STATION (
            STATION_ID INTEGER PRIMARY KEY, STATION_NAME TEXT NOT NULL,
            WARD_ID INTEGER NOT NULL REFERENCES WARD(WARD_ID), STEP_FREE INTEGER NOT NULL);
        CREATE TABLE ELECTOR (
            ELECTOR_ID INTEGER PRIMARY KEY, ELECTOR_NUMBER TEXT NOT NULL UNIQUE, FORENAME TEXT NOT NULL,
            SURNAME TEXT NOT NULL, HOUSE TEXT NOT NULL, STREET TEXT NOT NULL, POSTCODE TEXT NOT NULL,
            WARD_ID INTEGER NOT NULL REFERENCES WARD(WARD_ID),
            STATION_ID INTEGER NOT NULL REFERENCES POLLING_STATION(STATION_ID), DATE_OF_BIRTH INTEGER NOT NULL,
            NATIONALITY TEXT NOT NULL, ADDED_ON INTEGER NOT NULL, DELETED_ON INTEGER, DELETION_REASON TEXT,
            OPEN_REGISTER_OPT_OUT INTEGER NOT NULL);
        CREATE TABLE ABSENT_VOTE (
            AV_ID INTEGER PRIMARY KEY, ELECTOR_ID INTEGER NOT NULL REFERENCES ELECTOR(ELECTOR_ID),
            AV_TYPE TEXT NOT NULL, PROXY_NAME TEXT, GRANTED_ON TEXT NOT NULL, EXPIRES_ON TEXT NOT NULL);
        CREATE TABLE ELECTION (
            ELECTION_ID INTEGER PRIMARY KEY, ELECTION_NAME TEXT NOT NULL, POLL_DATE TEXT NOT NULL,
            ELECTION_TYPE TEXT NOT NULL, WARD_ID INTEGER REFERENCES WARD(WARD_ID));
        CREATE TABLE VOTE_RECORD (
            ELECTION_ID INTEGER NOT NULL REFERENCES ELECTION(ELECTION_ID),
            ELECTOR_ID INTEGER NOT NULL REFERENCES ELECTOR(ELECTOR_ID), METHOD TEXT NOT NULL,
            PRIMARY KEY (ELECTION_ID, ELECTOR_ID));
        CREATE TABLE STAFF (
            STAFF_ID INTEGER PRIMARY KEY, STAFF_NAME TEXT NOT NULL, JOB_TITLE TEXT NOT NULL,
            MANAGER_ID INTEGER REFERENCES STAFF(STAFF_ID),
            STATION_ID INTEGER REFERENCES POLLING_STATION(STATION_ID), START_DATE TEXT NOT NULL, END_DATE TEXT);
        """,
    )
    insert(c, "WARD", [(i, *w) for i, w in enumerate(WARDS, 1)])
    insert(c, "POLLING_STATION", [(i, *s) for i, s in enumerate(STATIONS, 1)])
    ward_stations: dict[int, list[int]] = {}
    for i, s in enumerate(STATIONS, 1):
        ward_stations.setdefault(s[1], []).append(i)
    sizes = {1: 310, 2: 330, 3: 240, 4: 360, 5: 200, 6: 340, 7: 190}
    electors = []
    counter: dict[int, int] = {}
    for ward, n in sizes.items():
        for _ in range(n):
            eid = len(electors) + 1
            nat = r.choices(["British", "Irish", "EU", "Commonwealth"], weights=[82, 4, 9, 5])[0]
            given = r.choice(ELECTOR_GIVEN)
            fam = r.choice(ELECTOR_FAMILY)
            dob = day_between(r, D(1930, 1, 1), D(2008, 11, 30))
            added = max(dob + dt.timedelta(days=16 * 366), day_between(r, D(1995, 1, 1), D(2025, 6, 2)))
            if added > D(2025, 6, 2):
                added = day_between(r, D(2024, 1, 1), D(2025, 6, 2))
            deleted, why = None, None
            roll = r.random()
            if added < D(2024, 12, 1) and roll < 0.09:
                deleted = day_between(r, max(added + dt.timedelta(days=30), START), D(2025, 6, 10))
                age = (deleted - dob).days / 365.25
                why = "deceased" if age > 75 and r.random() < 0.6 else r.choice(["moved away"] * 6 + ["duplicate"])
            station = r.choice(ward_stations[ward])
            counter[station] = counter.get(station, 0) + 1
            code = WARDS[ward - 1][1]
            house = str(r.randint(1, 140))
            street = r.choice(STREETS[ward])
            pc = f"WL{ward} {r.randint(1, 9)}{r.choice('ABDEFGHJNPQRSTUW')}{r.choice('ABDEHJLNPRSTUWXY')}"
            electors.append(
                (eid, f"{code}{station:02d}-{counter[station]:04d}", given, fam, house, street, pc, ward, station,
                 ymd(dob), nat, ymd(added), ymd(deleted) if deleted else None, why, 1 if r.random() < 0.4 else 0)
            )  # fmt: skip
    insert(c, "ELECTOR", electors)
    avs = []
    for e in electors:
        if r.random() > 0.17:
            continue
        kind = "POSTAL" if r.random() < 0.9 else "PROXY"
        granted = day_between(r, max(START, D(e[11] // 10000, e[11] // 100 % 100, e[11] % 100)), D(2025, 6, 5))
        if e[12]:
            dd = D(e[12] // 10000, e[12] // 100 % 100, e[12] % 100)
            if granted >= dd:
                continue
        expires = D(granted.year + 3, 1, 31) if kind == "POSTAL" else granted + dt.timedelta(days=r.choice([365, 1095]))
        proxy = f"{r.choice(ELECTOR_GIVEN)} {e[3]}" if kind == "PROXY" else None
        avs.append((len(avs) + 1, e[0], kind, proxy, iso(granted), iso(expires)))
    # a few older postal votes that have already lapsed
    insert(c, "ABSENT_VOTE", avs)
    insert(c, "ELECTION", [(i, n, iso(d), t, w) for i, (n, d, t, w) in enumerate(ELECTIONS, 1)])
    av_of = {a[1]: a for a in avs}
    turnout = {1: 0.31, 2: 0.24, 3: 0.58, 4: 0.22, 5: 0.34}
    votes = []
    for eid_, (_n, poll, etype, ward) in enumerate(ELECTIONS, 1):
        if poll > LAST:
            continue
        for e in electors:
            if ward and e[7] != ward:
                continue
            if etype == "PARLIAMENTARY" and e[10] == "EU":
                continue
            dob = D(e[9] // 10000, e[9] // 100 % 100, e[9] % 100)
            if (poll - dob).days < 18 * 365.25:
                continue
            if e[11] > ymd(poll - dt.timedelta(days=12)):
                continue
            if e[12] and e[12] <= ymd(poll):
                continue
            a = av_of.get(e[0])
            has_av = a is not None and a[4] <= iso(poll) <= a[5]
            age = (poll - dob).days / 365.25
            p = turnout[eid_] * (0.6 + age / 70)
            if has_av:
                p = 0.82
            if r.random() < p:
                method = a[2] if has_av else "IN PERSON"
                votes.append((eid_, e[0], method))
    insert(c, "VOTE_RECORD", votes)
    staff = [(i, n, t, m, s, iso(st), iso(en) if en else None) for i, (n, t, m, s, st, en) in enumerate(STAFF, 1)]
    names = list(POLL_NAMES)
    for sid in range(1, len(STATIONS) + 1):
        pres = len(staff) + 1
        staff.append(
            (pres, names.pop(0), "Presiding Officer", 3, sid, iso(day_between(r, D(2010, 1, 1), D(2024, 3, 1))), None)
        )
        staff.append(
            (pres + 1, names.pop(0), "Poll Clerk", pres, sid, iso(day_between(r, D(2015, 1, 1), D(2025, 3, 1))), None)
        )
    insert(c, "STAFF", staff)
    done(c)


# ---------------------------------------------------------------------------------------------------- lotterygrants
# name, type, charity?, town, founded, parent name
ORGS = [
    ("Age UK", "Charity", True, "London", 2009, None),
    ("Age UK Leeds", "Charity", True, "Leeds", 1996, "Age UK"),
    ("Age UK Bradford & District", "Charity", True, "Bradford", 1991, "Age UK"),
    ("Age UK Calderdale & Kirklees", "Charity", True, "Halifax", 1998, "Age UK"),
    ("Mind", "Charity", True, "London", 1946, None),
    ("Leeds Mind", "Charity", True, "Leeds", 1970, "Mind"),
    ("Calderdale Mind", "Charity", True, "Halifax", 1984, "Mind"),
    ("Wakefield District Mind", "Charity", True, "Wakefield", 1988, "Mind"),
    ("The Scout Association", "Charity", True, "London", 1910, None),
    ("1st Harrogate Scout Group", "Community Group", False, "Harrogate", 1912, "The Scout Association"),
    ("14th Huddersfield Scouts", "Community Group", False, "Huddersfield", 1931, "The Scout Association"),
    ("7th York Sea Scouts", "Community Group", False, "York", 1947, "The Scout Association"),
    ("Citizens Advice", "Charity", True, "London", 1939, None),
    ("Citizens Advice Leeds", "Charity", True, "Leeds", 1940, "Citizens Advice"),
    ("Citizens Advice York", "Charity", True, "York", 1941, "Citizens Advice"),
    ("Trussell Trust", "Charity", True, "Salisbury", 1997, None),
    ("Bradford Central Foodbank", "Charity", True, "Bradford", 2012, "Trussell Trust"),
    ("Wakefield Foodbank", "Charity", True, "Wakefield", 2011, "Trussell Trust"),
    ("Harrogate District Foodbank", "Charity", True, "Harrogate", 2013, "Trussell Trust"),
]
INDEPENDENT = [
    ("Hebden Bridge Community Association", "Charity", "Hebden Bridge"),
    ("Chapel Allerton Carnival", "Community Group", "Leeds"),
    ("Holmfirth Arts Festival", "CIC", "Holmfirth"),
    ("Knaresborough Bed Race", "Community Group", "Knaresborough"),
    ("Ilkley Lido Friends", "Community Group", "Ilkley"),
    ("Otley Town Council", "Parish Council", "Otley"),
    ("Haworth Village Trust", "Charity", "Haworth"),
    ("Saltaire Village Society", "Charity", "Shipley"),
    ("Seacroft Youth Boxing Club", "Sports Club", "Leeds"),
    ("Meanwood Valley Urban Farm", "Charity", "Leeds"),
    ("Hyde Park Source", "Charity", "Leeds"),
    ("Bramley Baths Community Trust", "Charity", "Leeds"),
    ("Kirkstall Festival", "Community Group", "Leeds"),
    ("Manningham Mills Community Centre", "Charity", "Bradford"),
    ("Bradford Rovers Junior FC", "Sports Club", "Bradford"),
    ("Keighley Shed", "Community Group", "Keighley"),
    ("Todmorden Incredible Edible", "CIC", "Todmorden"),
    ("Halifax Minster Bellringers", "Community Group", "Halifax"),
    ("Sowerby Bridge Canal Society", "Charity", "Sowerby Bridge"),
    ("Brighouse Brass Band", "Charity", "Brighouse"),
    ("Huddersfield Giants Foundation", "Charity", "Huddersfield"),
    ("Marsden Moor Volunteers", "Community Group", "Marsden"),
    ("Dewsbury Refugee Welcome", "CIC", "Dewsbury"),
    ("Batley Community Kitchen", "CIC", "Batley"),
    ("Wakefield Hospice at Home", "Charity", "Wakefield"),
    ("Pontefract Liquorice Festival", "Community Group", "Pontefract"),
    ("Castleford Tigers Community Trust", "Charity", "Castleford"),
    ("Ossett Allotment Association", "Community Group", "Ossett"),
    ("York Bike Belles", "CIC", "York"),
    ("York Food Justice Alliance", "CIC", "York"),
    ("Acomb Explore Library", "Charity", "York"),
    ("Tadcaster Flood Action Group", "Community Group", "Tadcaster"),
    ("Selby Abbey Trust", "Charity", "Selby"),
    ("Pateley Bridge Parish Council", "Parish Council", "Pateley Bridge"),
    ("Ripon Cathedral Choir School", "School", "Ripon"),
    ("Skipton Craven Dales Radio", "CIC", "Skipton"),
    ("Settle Victoria Hall", "Charity", "Settle"),
    ("Thornton-le-Dale Parish Council", "Parish Council", "Pickering"),
    ("Whitby Lifeboat Supporters", "Community Group", "Whitby"),
    ("Scarborough Survivors", "Charity", "Scarborough"),
    ("Filey Bay Research Group", "Community Group", "Filey"),
    ("Hull Food Partnership", "CIC", "Hull"),
    ("Beverley Minster Old Boys", "Sports Club", "Beverley"),
    ("Goole Amateur Boxing Club", "Sports Club", "Goole"),
    ("Barnsley Youth Choir", "Charity", "Barnsley"),
    ("Penistone Agricultural Society", "Charity", "Penistone"),
    ("Rotherham Ethnic Minority Alliance", "Charity", "Rotherham"),
    ("Doncaster Deaf Trust", "Charity", "Doncaster"),
    ("Sheffield Cycle Hub", "CIC", "Sheffield"),
    ("Heeley City Farm", "Charity", "Sheffield"),
    ("Abbeydale Primary PTA", "School", "Sheffield"),
    ("Hillsborough Park Tennis Club", "Sports Club", "Sheffield"),
    ("Wath Festival", "Community Group", "Rotherham"),
    ("Mexborough Community Pantry", "Community Group", "Mexborough"),
    ("Hemsworth Town Council", "Parish Council", "Hemsworth"),
    ("Castleton Historical Society", "Community Group", "Whitby"),
    ("Malton Amateur Operatic Society", "Charity", "Malton"),
    ("Northallerton Men's Shed", "Community Group", "Northallerton"),
    ("Thirsk Clock Museum", "Charity", "Thirsk"),
    ("Easingwold Primary School", "School", "Easingwold"),
    ("Leeds Irish Centre", "Charity", "Leeds"),
    ("Chapeltown Youth Development Centre", "Charity", "Leeds"),
    ("Beeston Village Community Forum", "Community Group", "Leeds"),
    ("Armley Helping Hands", "Charity", "Leeds"),
]
PROGRAMMES = [
    ("Awards for All", 300, 10000, D(2015, 4, 1), None),
    ("Reaching Communities", 10001, 60000, D(2016, 1, 4), None),
    ("Heritage Small Grants", 3000, 10000, D(2023, 1, 9), D(2024, 12, 20)),
    ("Climate Action Fund", 5000, 40000, D(2023, 6, 1), None),
    ("Cost of Living Support", 1000, 15000, D(2023, 1, 9), D(2024, 3, 29)),
]
PROJECTS = {
    "Awards for All": ["new kitchen equipment", "summer holiday club", "replacement minibus seats",
                       "volunteer training days", "new defibrillator", "kit for junior teams", "community garden beds",
                       "coffee morning for carers", "roof repairs to the hut", "accessible toilet"],
    "Reaching Communities": ["three-year youth worker post", "befriending service for older people",
                             "debt advice outreach", "mental health peer support", "refugee English classes",
                             "family support hub"],
    "Heritage Small Grants": ["oral history recordings", "restoring the war memorial", "digitising the parish archive",
                              "heritage trail leaflets", "repairing the bandstand"],
    "Climate Action Fund": ["solar panels on the hall", "community e-bike library", "repair cafe",
                            "tree planting on the estate", "insulating the community centre"],
    "Cost of Living Support": ["warm space this winter", "food pantry stock", "energy advice sessions",
                               "school uniform swap", "community fridge"],
}  # fmt: skip
PANEL = [
    ("Margaret Holroyd", "Finance", D(2019, 3, 1), None, "Yes"),
    ("Imran Akhtar", "Community Development", D(2020, 9, 1), None, "No"),
    ("Catherine Lister", "Heritage", D(2018, 5, 1), D(2024, 4, 30), "No"),
    ("Daniel Oyelaran", "Youth Work", D(2021, 1, 11), None, "No"),
    ("Rachel Firth", "Environment", D(2022, 6, 6), None, "No"),
    ("Bill Hepworth", "Finance", D(2017, 1, 9), D(2023, 12, 31), "No"),
    ("Sunita Bains", "Health", D(2021, 4, 12), None, "No"),
    ("Gareth Pollard", "Heritage", D(2024, 5, 1), None, "No"),
    ("Joanne Whiteley", "Community Development", D(2023, 2, 6), None, "No"),
    ("Tom Atkinson", "Environment", D(2023, 9, 4), D(2025, 2, 28), "No"),
    ("Lina Haddad", "Health", D(2025, 3, 3), None, "No"),
]


def build_lotterygrants(path: Path) -> None:
    r = random.Random(8706)
    c = fresh_db(
        path,
        """
        CREATE TABLE Organisations (
            OrganisationID INTEGER PRIMARY KEY, Name TEXT NOT NULL, OrgType TEXT NOT NULL, CharityNumber TEXT,
            Town TEXT NOT NULL, FoundedYear INTEGER,
            ParentOrganisationID INTEGER REFERENCES Organisations(OrganisationID));
        CREATE TABLE Programmes (
            ProgrammeID INTEGER PRIMARY KEY, ProgrammeName TEXT NOT NULL, MinAward REAL NOT NULL,
            MaxAward REAL NOT NULL, OpenedOn TEXT NOT NULL, ClosedOn TEXT);
        CREATE TABLE Applications (
            ApplicationID INTEGER PRIMARY KEY, OrganisationID INTEGER NOT NULL REFERENCES Organisations(OrganisationID),
            ProgrammeID INTEGER NOT NULL REFERENCES Programmes(ProgrammeID), ProjectTitle TEXT NOT NULL,
            AmountRequested REAL NOT NULL, SubmittedOn TEXT NOT NULL, Status TEXT NOT NULL, DecisionDate TEXT,
            AmountAwarded REAL);
        CREATE TABLE PanelMembers (
            PanelMemberID INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Background TEXT NOT NULL,
            JoinedOn TEXT NOT NULL, LeftOn TEXT, IsChair TEXT NOT NULL);
        CREATE TABLE Scores (
            ApplicationID INTEGER NOT NULL REFERENCES Applications(ApplicationID),
            PanelMemberID INTEGER NOT NULL REFERENCES PanelMembers(PanelMemberID), Score INTEGER,
            ConflictDeclared TEXT NOT NULL, ScoredOn TEXT NOT NULL, PRIMARY KEY (ApplicationID, PanelMemberID));
        CREATE TABLE Payments (
            PaymentID INTEGER PRIMARY KEY, ApplicationID INTEGER NOT NULL REFERENCES Applications(ApplicationID),
            InstalmentNo INTEGER NOT NULL, Amount REAL NOT NULL, DueOn TEXT NOT NULL, PaidOn TEXT);
        """,
    )
    orgs = []
    oid = {}
    for name, typ, charity, town, founded, parent in ORGS:
        i = len(orgs) + 1
        oid[name] = i
        cn = str(r.randint(200000, 1199999)) if charity else None
        orgs.append((i, name, typ, cn, town, founded, oid[parent] if parent else None))
    for name, typ, town in INDEPENDENT:
        i = len(orgs) + 1
        cn = str(r.randint(500000, 1199999)) if typ == "Charity" else None
        founded = None if r.random() < 0.1 else r.randint(1950, 2022)
        orgs.append((i, name, typ, cn, town, founded, None))
    insert(c, "Organisations", orgs)
    insert(
        c,
        "Programmes",
        [(i, n, lo, hi, iso(o), iso(cl) if cl else None) for i, (n, lo, hi, o, cl) in enumerate(PROGRAMMES, 1)],
    )
    insert(
        c,
        "PanelMembers",
        [(i, n, b, iso(j), iso(lf) if lf else None, ch) for i, (n, b, j, lf, ch) in enumerate(PANEL, 1)],
    )
    national = {oid[n] for n, *_x, p in ORGS if p is None}
    applicants = [o[0] for o in orgs if o[0] not in national]
    apps = []
    scores = []
    pays = []
    for a in range(1, 481):
        org = r.choice(applicants)
        while True:
            pid = r.choices(range(1, 6), weights=[45, 18, 10, 15, 12])[0]
            pname, lo, hi, opened, closed = PROGRAMMES[pid - 1]
            first = max(opened, START)
            last = min(closed or LAST, LAST)
            if first < last:
                break
        sub = day_between(r, first, last)
        raw = r.uniform(lo, hi) if pid != 1 else r.triangular(lo, hi, 4500)
        req = float(round(raw / 50) * 50)
        title = r.choice(PROJECTS[pname])
        title = title[0].upper() + title[1:]
        age = (LAST - sub).days
        dec_after = r.randint(56, 110)
        if r.random() < 0.03:
            status, dec, award = "Withdrawn", None, None
        elif age < dec_after:
            status = "Received" if age < 21 else "Under Review"
            dec, award = None, None
        else:
            dec = sub + dt.timedelta(days=dec_after)
            if r.random() < 0.47:
                status = "Awarded"
                award = float(min(req, round(req * r.choice([1, 1, 1, 0.9, 0.8, 0.75]) / 50) * 50))
            else:
                status, award = "Declined", None
        apps.append((a, org, pid, title, req, iso(sub), status, iso(dec) if dec else None, award))
        if status in ("Under Review", "Awarded", "Declined") and age >= 21:
            scored_by = sub + dt.timedelta(days=r.randint(20, 50))
            active = [i for i, p in enumerate(PANEL, 1) if p[2] <= scored_by and (p[3] is None or p[3] >= scored_by)]
            k = 3 if status != "Under Review" else r.randint(1, 3)
            base = 7.0 if status == "Awarded" else 4.5
            for m in r.sample(active, min(k, len(active))):
                on = min(scored_by + dt.timedelta(days=r.randint(0, 10)), LAST)
                conflict = r.random() < 0.04
                sc = None if conflict else max(1, min(10, round(r.gauss(base, 1.4))))
                scores.append((a, m, sc, "Yes" if conflict else "No", iso(on)))
        if status == "Awarded":
            assert dec is not None and award is not None
            parts = [award] if award <= 10000 else [round(award * 0.6, 2), round(award * 0.4, 2)]
            for k, amt in enumerate(parts, 1):
                due = dec + dt.timedelta(days=14 + 182 * (k - 1))
                paid_on = due + dt.timedelta(days=r.randint(-3, 9))
                paid = iso(paid_on) if paid_on <= LAST and r.random() > 0.03 else None
                pays.append((len(pays) + 1, a, k, amt, iso(due), paid))
    insert(c, "Applications", apps)
    insert(c, "Scores", scores)
    insert(c, "Payments", pays)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "interpreti": build_interpreti,
    "harbourmaster": build_harbourmaster,
    "donorvan": build_donorvan,
    "admissions": build_admissions,
    "electoralroll": build_electoralroll,
    "lotterygrants": build_lotterygrants,
}
