"""Six public-service and local-government databases for the ninety-fourth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows that are scheduled for the future:
gully cleansing visits ``CleansingVisits.visit_status`` 'planned' in ``gullies`` (2025-06-16 to early September
2025), council meetings ``meetings.meeting_status`` 'scheduled' in ``councilmeetings`` (2025-06-18 to 2025-10-15) and
playground inspections ``Inspections.status_code`` 1 'scheduled' in ``playparks`` (2025-06-15 to 2025-07-31). Badge
expiry dates (``badges_badge.expires_on``) and the open-ended ``9999-12-31`` SCD dates naturally lie in the future.

- ``bluebadge`` (Django ORM style: tables ``badges_<model>`` all lower case run together, ``id`` primary keys and
  ``*_id`` foreign keys, ``created_at`` / ``updated_at`` ISO timestamps in UTC with an explicit offset such as
  '2024-05-03T09:22:41+00:00'; statuses stored as small integers explained by a lookup table; money in pence):
  a county council's Blue Badge (disabled parking) scheme in Shropshire. ``badges_applicationstatus`` (the lookup:
  ``id`` 1 ``code`` 'RCV' ``label`` 'received', 2 'EVD' 'awaiting evidence', 3 'ASM' 'under assessment', 4 'APP'
  'approved', 5 'REF' 'refused', 6 'WDN' 'withdrawn'; ``is_final`` 1 for 4-6), ``badges_applicant`` (people:
  ``first_name``, ``last_name``, ``date_of_birth`` 'YYYY-MM-DD', ``town`` e.g. 'Shrewsbury' / 'Telford' / 'Ludlow',
  ``postcode``, ``email`` NULL when not given), ``badges_assessor`` (staff who handle applications: ``full_name``,
  ``team`` 'Occupational Therapy' (further assessments) / 'Customer Services' (automatic cases), ``is_active`` 0 for
  the two who left at the end of 2023), ``badges_application`` (``applicant_id``, ``status_id`` -> the lookup,
  ``assessor_id`` NULL while the application is only 'received', ``reason`` e.g. 'PIP mobility (8+ points)' /
  'higher rate DLA mobility' / 'registered blind' / 'war pensioner mobility supplement' (``eligibility_route``
  'automatic') or 'walking difficulty' / 'hidden disability' / 'arm disability' / 'child under 3' (route
  'further assessment'), ``channel`` 'online' / 'phone' / 'paper', ``is_renewal`` 1 when the applicant already held
  a badge, ``fee_pence`` the badge fee charged: 1000 (= £10) on approved applications, 0 otherwise and for war
  pensioners, ``submitted_at`` timestamp, ``decided_at`` timestamp when the application was approved, refused or
  withdrawn, NULL while still open), ``badges_badge`` (badges issued: ``application_id``, ``badge_number``
  e.g. 'BB283119', ``issued_on`` / ``expires_on`` dates 'YYYY-MM-DD' (three years; a child's badge ends at the
  third birthday), ``is_cancelled`` 1 when cancelled early, ``cancelled_reason`` 'lost' / 'stolen' / 'holder
  deceased' / 'misuse' or NULL, ``replaces_badge_id`` self-reference to the earlier badge this one replaces (a
  replacement for a lost or stolen badge, on the same application, or the renewal of an expiring one), NULL for a
  first badge; ``updated_at`` of a cancelled badge is when it was cancelled) and ``badges_misusereport``
  (``badge_id``, ``reported_at`` timestamp, ``location``, ``reported_by`` 'civil enforcement officer' / 'police' /
  'member of the public', ``outcome`` 'no further action' / 'warning letter' / 'badge withdrawn' / 'prosecuted'; a
  withdrawn badge is cancelled with reason 'misuse'). Some legacy applications and badges date from 2022.
- ``businessrates`` (data-warehouse style: SCD type-2 dimensions with ``effective_from`` / ``effective_to`` /
  ``is_current``, where the current version has ``effective_to`` '9999-12-31' and ``is_current`` 1; facts keyed by
  surrogate keys; all money in pence, rateable values in whole pounds; dates 'YYYY-MM-DD'): non-domestic (business)
  rates for a Cumbrian council. ``dim_property`` (one row per version of a rated property: ``property_key``
  surrogate key, ``property_ref`` business key e.g. 'NDR1000037', ``address``, ``town`` 'Kendal' / 'Windermere' /
  'Ambleside' / 'Ulverston' / 'Barrow-in-Furness' / 'Grange-over-Sands', ``description`` e.g. 'Shop and premises' /
  'Offices and premises' / 'Public house and premises' / 'Cafe and premises' / 'Hotel and premises',
  ``rateable_value`` in pounds; the 2017 list version runs 2017-04-01 to 2023-03-31, the 2023 revaluation version
  starts 2023-04-01, a material change later adds a further version, a new-build property's only version starts
  when it was first rated, and a property deleted from the list has its last version closed on the deletion date
  with no current version), ``dim_ratepayer`` (``ratepayer_key``, ``ratepayer_ref`` e.g. 'RP40013',
  ``ratepayer_name`` (unchanged between versions), ``ratepayer_type`` 'limited company' / 'sole trader' /
  'partnership' / 'charity' / 'public body', ``correspondence_town``; a new version is added when the ratepayer's
  correspondence address changes), ``dim_relief`` (``relief_code`` 'SBRR' small business rate relief / 'CHAR'
  mandatory charitable relief (80%) / 'RHL' retail, hospitality and leisure relief (75% in 2023/24 and 2024/25,
  40% in 2025/26) / 'EMPT' empty property relief (100%) / 'DISC' discretionary relief, ``relief_name``,
  ``is_mandatory``), ``fact_bill`` (one annual bill per property per financial year: ``property_key`` = the
  property version in force on 1 April of that year, ``ratepayer_key`` = the ratepayer version at the bill date,
  ``financial_year`` '2023/24' / '2024/25' / '2025/26' (April to March), ``bill_date`` in March before the year,
  ``multiplier_pence`` pence per pound of rateable value (49.9 small business multiplier below £51,000 RV, otherwise
  the standard multiplier), ``gross_charge_pence``, ``relief_code`` NULL when no relief, ``relief_pence``,
  ``net_charge_pence`` = gross minus relief, the amount due), ``fact_payment`` (``bill_id``, ``paid_on``,
  ``amount_pence``, ``method`` 'direct debit' / 'card' / 'bank transfer' / 'cheque'; most bills are paid in ten
  monthly instalments from April, some in one payment) and ``fact_recovery`` (arrears action on a bill:
  ``stage`` 'reminder' / 'final notice' / 'summons' / 'liability order', ``issued_on``, ``costs_pence`` court costs
  added: 9500 at summons, 3500 at liability order, 0 otherwise).
- ``gullies`` (plural PascalCase table names with snake_case columns; Welsh-language place, street, crew and depot
  names and some Welsh labels in values; flags 0/1; dates 'YYYY-MM-DD'; time on site in seconds): road-drainage
  gully cleansing for a west Wales highway authority. ``Communities`` (``community_name`` e.g. 'Aberaeron' /
  'Cei Newydd' / 'Tregaron', ``area`` 'Gogledd' = north / 'De' = south), ``Streets`` (``street_name`` e.g.
  'Heol y Bont', 'Ffordd Glyndwr' - the same name can occur in several communities, ``community_id``,
  ``road_number`` e.g. 'A487' / 'B4337' or NULL on C and unclassified roads, ``road_class`` 'A' / 'B' / 'C' / 'U'
  (unclassified), ``speed_limit_mph``, ``is_flood_hotspot``), ``Crews`` (``crew_name`` 'Tîm Aeron' / 'Tîm Teifi' /
  'Tîm Ystwyth' / 'Tîm Rheidol' / 'Tîm Arfordir' ('tîm' = team), ``depot`` e.g. 'Depo Aberaeron' / 'Depo Glan yr
  Afon', ``vehicle_reg``), ``Operatives`` (``full_name``, ``crew_id``, ``job_role`` 'gangerman' (the crew's
  supervisor) / 'driver' / 'operative', ``welsh_speaker`` 1 = speaks Welsh, ``started_on``), ``Gullies``
  (``asset_ref`` e.g. 'GY00412', ``street_id``, ``gully_type`` 'road gully' / 'kerb inlet' / 'grip' / 'catchpit',
  ``condition`` 'good' / 'fair' / 'poor' / 'broken', ``installed_year`` NULL when unknown,
  ``cleanse_cycle_months`` 6 or 12, ``is_active`` 0 = abandoned), ``CleansingVisits`` (``gully_id``, ``crew_id``,
  ``visit_date``, ``visit_kind`` 'cyclical' (routine) / 'reactive' (after a flood report), ``visit_status``
  'completed' / 'planned' (future), ``silt_level_pct`` 0-100 how full the gully pot was, NULL when there was no
  access or the visit is planned, ``outcome`` 'cleansed' / 'cleansed - heavy silt' / 'blocked - jetted' / 'no
  access - parked car' / 'broken - repair raised' / 'dry - nothing to remove', NULL for planned visits,
  ``seconds_on_site`` NULL for planned visits) and ``FloodReports`` (``street_id``, ``gully_id`` the gully blamed,
  NULL when none, ``reported_on``, ``reported_by``, ``report_language`` 'Cymraeg' (Welsh) / 'English',
  ``severity`` 'standing water' / 'road impassable' / 'property flooded', ``resolved_on`` NULL while unresolved).
  The hill communities Beulah and Ystrad Meurig have never reported flooding.
- ``councilmeetings`` (plain snake_case; Irish-language names and Irish-influenced English labels in values;
  SCD type-2 party history; dates 'YYYY-MM-DD', times 'HH:MM', durations in minutes): democratic services of an
  Irish county council. ``local_electoral_areas`` (``lea_name`` 'Ballinamore' / 'Carrick-on-Shannon' /
  'Manorhamilton' / 'Dromahair', ``seats``), ``councillors`` (``full_name`` e.g. 'Seán Ó Ruairc', ``lea_id``,
  ``first_elected_year``, ``co_opted`` 1 = co-opted to fill a vacancy (October 2023), ``is_sitting`` 1 = currently a
  councillor, ``left_council_on`` date the councillor left (resigned 2023-09-30, or not returned at the local
  election of 2024-06-07), NULL for sitting councillors, ``email`` NULL for former councillors),
  ``councillor_party_history`` (SCD type-2: ``party`` 'Fianna Fáil' / 'Fine Gael' / 'Sinn Féin' / 'Labour' /
  'Aontú' / 'Independent Ireland' / 'Independent' (no party), ``effective_from``, ``effective_to`` NULL for the
  current row, ``is_current`` 1 = the latest party; a former councillor keeps the party they had when they left),
  ``committees`` (``committee_name`` e.g. 'Full Council' / 'Housing SPC' / 'Ballinamore Municipal District' /
  'Coiste na Gaeilge' (the Irish-language sub-committee), ``committee_type`` 'Plenary' / 'Corporate' /
  'Strategic Policy Committee' (SPC) / 'Statutory' / 'Municipal District' / 'Sub-committee',
  ``parent_committee_id`` self-reference to the committee it reports to, NULL for Full Council),
  ``committee_members`` (link between committees and councillors over time: ``member_role`` 'Cathaoirleach'
  (chair) / 'Leas-Chathaoirleach' (vice-chair) / 'member', ``joined_on``, ``left_on`` NULL while current; Full
  Council has one row per councillor per council year, the year starting at the annual meeting in June; other
  committees one row per councillor per term (2019-2024 and from September 2024)), ``meetings``
  (``committee_id``, ``meeting_date``, ``start_time``, ``venue`` e.g. 'Áras an Chontae - Council Chamber' / an area
  office / 'Online (Microsoft Teams)', ``meeting_language`` 'English' / 'bilingual' / 'Gaeilge' (Irish),
  ``meeting_status`` 'held' / 'postponed' / 'scheduled' (future), ``duration_minutes`` NULL unless held),
  ``attendance`` (link between held meetings and councillors: ``attendance_status`` 'present' / 'apologies' /
  'absent') and ``motions`` (at Full Council and Municipal District meetings: ``proposer_id`` / ``seconder_id``
  councillors, seconder NULL when not seconded, ``title``, ``outcome`` 'carried' / 'defeated' / 'withdrawn' /
  'deferred', ``votes_for`` / ``votes_against`` NULL when no vote was taken).
- ``flytipping`` (Django ORM style: tables ``enforcement_<model>``, ``id`` / ``*_id`` keys, ``created_at`` /
  ``updated_at`` and other instants as ISO timestamps in UTC with offset '+00:00'; money in pence): a borough
  council's fly-tipping clearance and enforcement. ``enforcement_ward`` (``name`` e.g. 'Town Centre' / 'Moorside',
  ``area_type`` 'urban' / 'suburban' / 'rural'), ``enforcement_officer`` (``full_name``, ``warrant_number``,
  ``is_active`` 0 for the two who left, ``start_date``), ``enforcement_camera`` (deployable CCTV: ``camera_ref``
  e.g. 'CAM-05', ``ward_id``, ``site_description``, ``deployed_on`` / ``removed_on`` dates, ``removed_on`` NULL
  while still in place), ``enforcement_incident`` (``reference`` 'FT-YYYY-NNNNN', ``ward_id``, ``camera_id`` the
  camera that caught it, NULL otherwise, ``location_desc``, ``land_type`` 'highway' / 'footpath / bridleway' /
  'back alleyway' / 'council land' / 'private land' / 'watercourse', ``source`` how it was reported 'app' /
  'phone' / 'email' / 'officer' / 'contractor', ``waste_type`` e.g. 'household black bags' / 'white goods' /
  'tyres' / 'asbestos', ``size_category`` 'single black bag' / 'car boot or less' / 'small van load' / 'transit
  van load' / 'tipper lorry load' / 'significant / multiple loads', ``reported_at``, ``cleared_at`` NULL while not
  yet cleared, ``clearance_cost_pence`` NULL until cleared), ``enforcement_investigation`` (at most one per
  incident: ``officer_id``, ``opened_at``, ``closed_at`` NULL while open, ``evidence_found``, ``result`` 'FPN
  issued' / 'warning letter' / 'prosecution' / 'no further action', NULL while open) and
  ``enforcement_fixedpenalty`` (fixed penalty notices: ``investigation_id``, ``notice_number`` e.g. 'FPN250182',
  ``issued_at``, ``amount_pence`` 40000 (£400) before 31 July 2024 and 100000 (£1,000) from then,
  ``paid_at`` / ``paid_amount_pence`` NULL unless paid (paying within 10 days earns a 40% discount), ``status``
  'paid' / 'unpaid' / 'cancelled' / 'referred for prosecution').
- ``playparks`` (plural PascalCase table names with snake_case columns; inspection statuses stored as small
  integers explained by the lookup table ``InspectionStatuses``; money in pounds; dates 'YYYY-MM-DD'): a town
  council's playground safety inspections. ``Parks`` (``park_name``, ``ward``, ``has_toilets`` 1 = public toilets),
  ``Playgrounds`` (``park_id``, ``playground_name`` e.g. 'Memorial Park Teen Zone', ``age_range`` 'all ages' /
  '0-5' / '5-12' / 'teen', ``surface`` 'wetpour' / 'bark' / 'grass mats' / 'artificial grass', ``opened_year``,
  ``is_open`` 0 = closed), ``Manufacturers`` (``manufacturer_name`` e.g. 'Wicksteed' / 'Kompan', ``country``),
  ``EquipmentItems`` (``playground_id``, ``manufacturer_id``, ``item_type`` e.g. 'swing (flat seat)' / 'slide' /
  'zip wire' / 'springer' / 'multi-play unit', ``installed_on``, ``purchase_cost_gbp``, ``removed_on`` NULL while
  still in place), ``Inspectors`` (``full_name``, ``job_title`` 'manager' / 'team leader' / 'inspector' / 'RPII
  annual inspector (contractor)', ``supervisor_id`` self-reference to the person they report to, NULL for the
  manager, ``is_active``), ``InspectionStatuses`` (``status_code`` 1 'scheduled' (future), 2 'completed - no
  issues', 3 'completed - defects found', 4 'missed', 5 'cancelled'), ``Inspections`` (``playground_id``,
  ``inspector_id``, ``inspection_type`` 'routine' (fortnightly visual) / 'operational' (quarterly) / 'annual
  (RPII)', ``scheduled_for``, ``carried_out_on`` NULL unless completed, ``status_code``, ``duration_minutes`` NULL
  unless completed) and ``Defects`` (``inspection_id`` that found it, ``equipment_item_id``, ``risk_level`` 'low' /
  'medium' / 'high' / 'very high', ``description``, ``repair_status`` 'open' / 'repaired' / 'item removed',
  ``repaired_on`` date repaired or removed, NULL while open, ``repair_cost_gbp`` NULL unless repaired).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def fresh_db(path: Path) -> sqlite3.Connection:
    """A new, empty SQLite file at ``path`` (any old file is removed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA foreign_keys = ON")
    return con


def insert(con: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def done(con: sqlite3.Connection) -> None:
    con.commit()
    con.close()


def day_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    """A uniformly random day from ``a`` to ``b`` inclusive."""
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def iso(d: dt.date) -> str:
    return d.isoformat()


def tstz(d: dt.date, r: random.Random, lo: int = 8, hi: int = 17) -> str:
    """An ISO timestamp in UTC with an explicit offset, e.g. '2024-05-03T09:22:41+00:00'."""
    return f"{d.isoformat()}T{r.randint(lo, hi):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+00:00"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def people(r: random.Random, n: int, given: list[str], family: list[str]) -> list[tuple[str, str]]:
    """``n`` distinct (given, family) pairs, shuffled by ``r``."""
    pool = [(g, f) for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


GIVEN_UK = [
    "Alan", "Beryl", "Colin", "Doreen", "Edward", "Freda", "Geoffrey", "Hilary", "Ivan", "Joan", "Keith", "Linda",
    "Malcolm", "Norma", "Oliver", "Patricia", "Raymond", "Shirley", "Trevor", "Valerie", "Wayne", "Yvonne",
    "Arthur", "Brenda", "Clive", "Denise", "Eric", "Gillian", "Harold", "Irene", "Jack", "Karen", "Leonard",
    "Margaret", "Neil", "Pamela", "Roger", "Sheila", "Terence", "Wendy", "Amira", "Bilal", "Chloe", "Darius",
    "Ella", "Faisal", "Grace", "Harvey", "Isla", "Jamal", "Leah", "Mohammed", "Noah", "Poppy", "Ruby", "Sana",
]  # fmt: skip
FAMILY_UK = [
    "Adams", "Baxter", "Corbett", "Dawson", "Evans", "Fletcher", "Griffiths", "Hughes", "Ingram", "Jones",
    "Kemp", "Lloyd", "Morgan", "Nash", "Owen", "Parry", "Pritchard", "Roberts", "Shaw", "Taylor", "Upton",
    "Vaughan", "Walker", "Wright", "Ali", "Bennett", "Chowdhury", "Dixon", "Edwards", "Fox", "Green", "Hall",
    "Jackson", "Khan", "Lewis", "Mason", "Newton", "Price", "Reed", "Stevens", "Turner", "Webb",
]  # fmt: skip


# ---------------------------------------------------------------------------------------------------- bluebadge
BB_TOWNS = [
    ("Shrewsbury", "SY1"), ("Shrewsbury", "SY2"), ("Shrewsbury", "SY3"), ("Oswestry", "SY11"), ("Telford", "TF1"),
    ("Telford", "TF3"), ("Ludlow", "SY8"), ("Bridgnorth", "WV16"), ("Market Drayton", "TF9"),
    ("Whitchurch", "SY13"), ("Church Stretton", "SY6"), ("Wellington", "TF1"),
]  # fmt: skip
BB_STATUSES = [
    (1, "RCV", "received", 0), (2, "EVD", "awaiting evidence", 0), (3, "ASM", "under assessment", 0),
    (4, "APP", "approved", 1), (5, "REF", "refused", 1), (6, "WDN", "withdrawn", 1),
]  # fmt: skip
# reason -> eligibility route
BB_REASONS = [
    ("PIP mobility (8+ points)", "automatic", 30), ("higher rate DLA mobility", "automatic", 10),
    ("registered blind", "automatic", 6), ("war pensioner mobility supplement", "automatic", 2),
    ("walking difficulty", "further assessment", 34), ("hidden disability", "further assessment", 10),
    ("arm disability", "further assessment", 4), ("child under 3", "further assessment", 4),
]  # fmt: skip
BB_ASSESSORS = [
    ("Rachel Osborne", "Occupational Therapy", 1), ("Daniel Pryce", "Occupational Therapy", 1),
    ("Fatima Rahman", "Occupational Therapy", 1), ("Gwen Lockley", "Occupational Therapy", 0),
    ("Tom Halliwell", "Customer Services", 1), ("Sophie Kerr", "Customer Services", 1),
    ("Marcus Bell", "Customer Services", 1), ("Janice Whitmore", "Customer Services", 0),
    ("Priya Nair", "Occupational Therapy", 1), ("Liam Cotton", "Customer Services", 1),
]  # fmt: skip
BB_SPOTS = [
    "Pride Hill, Shrewsbury", "Frankwell car park", "Royal Shrewsbury Hospital", "Oswestry Bailey Head",
    "Telford Centre car park", "Ludlow Castle Square", "Bridgnorth High Street", "Wellington Market Square",
    "Whitchurch Bullring", "Market Drayton Cheshire Street",
]  # fmt: skip


def build_bluebadge(path: Path) -> None:
    r = random.Random(94001)
    con = fresh_db(path)
    con.executescript(
        """
        CREATE TABLE badges_applicationstatus (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            is_final INTEGER NOT NULL
        );
        CREATE TABLE badges_applicant (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            date_of_birth TEXT NOT NULL,
            town TEXT NOT NULL,
            postcode TEXT NOT NULL,
            email TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE badges_assessor (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL,
            team TEXT NOT NULL,
            is_active INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE badges_application (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL,
            status_id INTEGER NOT NULL,
            assessor_id INTEGER,
            reason TEXT NOT NULL,
            eligibility_route TEXT NOT NULL,
            channel TEXT NOT NULL,
            is_renewal INTEGER NOT NULL,
            fee_pence INTEGER NOT NULL,
            submitted_at TEXT NOT NULL,
            decided_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            FOREIGN KEY (applicant_id) REFERENCES badges_applicant (id),
            FOREIGN KEY (status_id) REFERENCES badges_applicationstatus (id),
            FOREIGN KEY (assessor_id) REFERENCES badges_assessor (id)
        );
        CREATE TABLE badges_badge (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL,
            badge_number TEXT NOT NULL UNIQUE,
            issued_on TEXT NOT NULL,
            expires_on TEXT NOT NULL,
            is_cancelled INTEGER NOT NULL,
            cancelled_reason TEXT,
            replaces_badge_id INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            FOREIGN KEY (application_id) REFERENCES badges_application (id),
            FOREIGN KEY (replaces_badge_id) REFERENCES badges_badge (id)
        );
        CREATE TABLE badges_misusereport (
            id INTEGER PRIMARY KEY,
            badge_id INTEGER NOT NULL,
            reported_at TEXT NOT NULL,
            location TEXT NOT NULL,
            reported_by TEXT NOT NULL,
            outcome TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            FOREIGN KEY (badge_id) REFERENCES badges_badge (id)
        );
        """
    )
    insert(con, "badges_applicationstatus", BB_STATUSES)
    insert(
        con,
        "badges_assessor",
        [
            (i, n, t, a, tstz(D(2021, 9, 1) + dt.timedelta(days=40 * i), r), tstz(D(2024, 11, 1) + dt.timedelta(days=i), r))
            for i, (n, t, a) in enumerate(BB_ASSESSORS, 1)
        ],
    )
    active_ot = [i for i, (_, t, a) in enumerate(BB_ASSESSORS, 1) if t == "Occupational Therapy"]
    active_cs = [i for i, (_, t, a) in enumerate(BB_ASSESSORS, 1) if t == "Customer Services"]
    # the two inactive assessors left at the end of 2023
    left = {4: D(2023, 12, 31), 8: D(2023, 12, 31)}

    def pick_assessor(team: list[int], day: dt.date) -> int:
        pool = [a for a in team if a not in left or day <= left[a]]
        return r.choice(pool)

    reasons = [x for x in BB_REASONS for _ in range(x[2])]
    applicants, apps, badges, reports = [], [], [], []
    badge_seq = iter(r.sample(range(100000, 999999), 3000))
    names = people(r, 900, GIVEN_UK, FAMILY_UK)

    def new_badge(app_id: int, issued: dt.date, expires: dt.date, replaces: int | None) -> int:
        bid = len(badges) + 1
        stamp = tstz(issued, r)
        badges.append([bid, app_id, f"BB{next(badge_seq)}", iso(issued), iso(expires), 0, None, replaces, stamp, stamp])
        return bid

    def decide(app_id: int, applicant_id: int, submitted: dt.date, renewal: int, reason_row, channel: str):
        reason, route, _ = reason_row
        fast = route == "automatic"
        days = r.randint(2, 20) if fast else r.randint(10, 75)
        decided = submitted + dt.timedelta(days=days)
        assessor = pick_assessor(active_cs if fast else active_ot, submitted)
        fee = 0
        decided_at = None
        if decided > LAST:
            age = (LAST - submitted).days
            status = 1 if age < 5 else (2 if r.random() < 0.35 else 3)
            if status == 1:
                assessor = None
        else:
            x = r.random()
            status = (4 if x < 0.94 else 5 if x < 0.96 else 6) if fast else 4 if x < 0.62 else 5 if x < 0.9 else 6
            decided_at = tstz(decided, r)
            if status == 4 and reason != "war pensioner mobility supplement":
                fee = 1000
        created = tstz(submitted, r, 7, 21)
        apps.append((app_id, applicant_id, status, assessor, reason, route, channel, renewal, fee, created,
                     decided_at, created, decided_at or created))
        if status == 4:
            issued = decided + dt.timedelta(days=r.randint(3, 12))
            if issued <= LAST:
                return issued
        return None

    app_id = 0
    for applicant_id, (g, f) in enumerate(names, 1):
        town, pc = r.choice(BB_TOWNS)
        postcode = f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        legacy = r.random() < 0.22
        if legacy:
            first = day_between(r, D(2022, 1, 10), D(2022, 11, 30))
        else:
            first = day_between(r, D(2023, 1, 3), D(2025, 6, 13))
        reason_row = r.choice(reasons)
        if reason_row[0] == "child under 3":
            dob = first - dt.timedelta(days=r.randint(200, 1000))
        else:
            dob = day_between(r, D(1928, 1, 1), D(2004, 12, 31))
        email = None if r.random() < 0.3 else f"{g.lower()}.{f.lower()}{r.randint(1, 99)}@example.org.uk"
        created = tstz(first, r, 7, 21)
        applicants.append([applicant_id, g, f, iso(dob), town, postcode, email, created, created])
        channel = r.choices(["online", "phone", "paper"], [6, 2, 2])[0]
        app_id += 1
        issued = decide(app_id, applicant_id, first, 0, reason_row, channel)
        if issued is None:
            continue
        expires = add_years(issued, 3) - dt.timedelta(days=1)
        if reason_row[0] == "child under 3":
            expires = min(expires, add_years(dob, 3))
        bid = new_badge(app_id, issued, expires, None)
        current = bid
        # lost / stolen / deceased while the badge is valid
        x = r.random()
        if (min(expires, LAST) - issued).days < 90:
            x = 1.0
        if x < 0.09:
            why = "lost" if x < 0.05 else "stolen"
            when = day_between(r, issued + dt.timedelta(days=30), min(expires, LAST))
            if when < LAST - dt.timedelta(days=10):
                badges[bid - 1][5], badges[bid - 1][6] = 1, why
                badges[bid - 1][9] = tstz(when, r)
                current = new_badge(app_id, when + dt.timedelta(days=r.randint(4, 10)), expires, bid)
        elif x < 0.115:
            when = day_between(r, issued + dt.timedelta(days=60), min(expires, LAST))
            badges[bid - 1][5], badges[bid - 1][6] = 1, "holder deceased"
            badges[bid - 1][9] = tstz(when, r)
            continue
        # renewal about eight weeks before expiry
        renew_on = expires - dt.timedelta(days=r.randint(40, 70))
        if renew_on <= LAST - dt.timedelta(days=1) and badges[current - 1][5] == 0 and r.random() < 0.85:
            if reason_row[0] == "child under 3":
                reason_row = next(x for x in BB_REASONS if x[0] == "walking difficulty")
            app_id += 1
            issued2 = decide(app_id, applicant_id, renew_on, 1, reason_row, r.choices(["online", "phone", "paper"], [7, 2, 1])[0])
            if issued2 is not None:
                issued2 = max(issued2, expires - dt.timedelta(days=r.randint(0, 10)))
                if issued2 <= LAST:
                    new_badge(app_id, issued2, add_years(issued2, 3) - dt.timedelta(days=1), current)

    # misuse reports
    for b in badges:
        issued, expires = D.fromisoformat(b[3]), D.fromisoformat(b[4])
        end = min(expires, LAST)
        if (end - max(issued, D(2023, 1, 4))).days < 20 or r.random() > 0.11:
            continue
        for _ in range(1 if r.random() < 0.8 else 2):
            when = day_between(r, max(issued + dt.timedelta(days=10), D(2023, 1, 4)), end)
            if b[5] and D.fromisoformat(b[9][:10]) < when:
                continue
            outcome = r.choices(["no further action", "warning letter", "badge withdrawn", "prosecuted"], [40, 35, 10, 15])[0]
            stamp = tstz(when, r, 8, 19)
            reports.append((len(reports) + 1, b[0], stamp, r.choice(BB_SPOTS),
                            r.choices(["civil enforcement officer", "police", "member of the public"], [6, 1, 3])[0],
                            outcome, stamp, stamp))
            if outcome == "badge withdrawn" and not b[5]:
                b[5], b[6], b[9] = 1, "misuse", stamp
                break
    insert(con, "badges_applicant", [tuple(a) for a in applicants])
    insert(con, "badges_application", apps)
    insert(con, "badges_badge", [tuple(b) for b in badges])
    insert(con, "badges_misusereport", reports)
    done(con)


# ---------------------------------------------------------------------------------------------------- businessrates
BR_TOWNS = {
    "Kendal": ["Highgate", "Stricklandgate", "Stramongate", "Finkle Street", "Wildman Street", "Shap Road",
               "Mintsfeet Road", "Market Place", "Lowther Street", "Burneside Road"],
    "Windermere": ["Crescent Road", "Main Road", "Birch Street", "Victoria Street", "Lake Road"],
    "Ambleside": ["Lake Road", "Compston Road", "Rydal Road", "Church Street", "Kelsick Road"],
    "Ulverston": ["King Street", "Market Street", "Queen Street", "Daltongate", "North Lonsdale Road"],
    "Barrow-in-Furness": ["Dalton Road", "Duke Street", "Cavendish Street", "Walney Road", "Ramsden Street",
                          "Abbey Road", "Hindpool Road", "Portland Walk"],
    "Grange-over-Sands": ["Main Street", "Kents Bank Road", "Windermere Road"],
}  # fmt: skip
# description, weight, 2017-list rateable value range in pounds
BR_KINDS = [
    ("Shop and premises", 30, 4000, 38000), ("Offices and premises", 14, 3500, 60000),
    ("Cafe and premises", 9, 4000, 22000), ("Restaurant and premises", 7, 8000, 45000),
    ("Public house and premises", 7, 6000, 36000), ("Hotel and premises", 5, 20000, 160000),
    ("Warehouse and premises", 8, 9000, 120000), ("Workshop and premises", 10, 2800, 18000),
    ("Car showroom and premises", 3, 25000, 95000), ("Hairdressing salon and premises", 7, 3000, 14000),
]  # fmt: skip
RETAIL_HOSP = {"Shop and premises", "Cafe and premises", "Restaurant and premises", "Public house and premises",
               "Hotel and premises", "Hairdressing salon and premises"}
BR_RELIEFS = [
    ("SBRR", "Small business rate relief", 1), ("CHAR", "Mandatory charitable relief", 1),
    ("RHL", "Retail, hospitality and leisure relief", 0), ("EMPT", "Empty property relief", 1),
    ("DISC", "Discretionary relief", 0),
]  # fmt: skip
# financial year -> (small business multiplier, standard multiplier) in pence per pound of rateable value
BR_YEARS = {"2023/24": (49.9, 51.2), "2024/25": (49.9, 54.6), "2025/26": (49.9, 55.5)}
RHL_PCT = {"2023/24": 75, "2024/25": 75, "2025/26": 40}
BR_TRADES = ["Bakery", "Outdoor Gear", "Books", "Interiors", "Cycles", "Motors", "Joinery", "Accountants",
             "Optometrists", "Fish & Chips", "Tea Rooms", "Hair Studio", "Barbers", "Florist", "Gifts", "Deli",
             "Electrical", "Print", "Pharmacy", "Estate Agents", "Butchers", "Wine Bar", "Kitchen", "Solicitors"]  # fmt: skip
BR_CHARITIES = ["Age UK South Lakeland", "Cumbria Wildlife Trust", "Mind in Furness", "St Mary's Hospice",
                "British Heart Foundation", "Oxfam", "Barnardo's", "Cancer Research UK", "Sue Ryder",
                "Lakeland Animal Rescue", "Citizens Advice South Lakeland", "Furness Foodbank"]  # fmt: skip
BR_CHAINS = [("Fellside Inns Ltd", "Public house and premises"), ("Lakeland Bakers Ltd", "Cafe and premises"),
             ("Northern Lights Opticians Ltd", "Shop and premises"), ("Kent Valley Motors Ltd", "Car showroom and premises"),
             ("Morecambe Bay Hotels Ltd", "Hotel and premises"), ("Crag & Co Outdoor Ltd", "Shop and premises")]  # fmt: skip
BR_PUBLIC = ["Cumbria Constabulary", "Lancashire and South Cumbria NHS Trust", "Department for Work and Pensions"]


def build_businessrates(path: Path) -> None:
    r = random.Random(94002)
    con = fresh_db(path)
    con.executescript(
        """
        CREATE TABLE dim_property (
            property_key INTEGER PRIMARY KEY,
            property_ref TEXT NOT NULL,
            address TEXT NOT NULL,
            town TEXT NOT NULL,
            description TEXT NOT NULL,
            rateable_value INTEGER NOT NULL,
            effective_from TEXT NOT NULL,
            effective_to TEXT NOT NULL,
            is_current INTEGER NOT NULL
        );
        CREATE TABLE dim_ratepayer (
            ratepayer_key INTEGER PRIMARY KEY,
            ratepayer_ref TEXT NOT NULL,
            ratepayer_name TEXT NOT NULL,
            ratepayer_type TEXT NOT NULL,
            correspondence_town TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            effective_to TEXT NOT NULL,
            is_current INTEGER NOT NULL
        );
        CREATE TABLE dim_relief (
            relief_code TEXT PRIMARY KEY,
            relief_name TEXT NOT NULL,
            is_mandatory INTEGER NOT NULL
        );
        CREATE TABLE fact_bill (
            bill_id INTEGER PRIMARY KEY,
            property_key INTEGER NOT NULL REFERENCES dim_property (property_key),
            ratepayer_key INTEGER NOT NULL REFERENCES dim_ratepayer (ratepayer_key),
            financial_year TEXT NOT NULL,
            bill_date TEXT NOT NULL,
            multiplier_pence REAL NOT NULL,
            gross_charge_pence INTEGER NOT NULL,
            relief_code TEXT REFERENCES dim_relief (relief_code),
            relief_pence INTEGER NOT NULL,
            net_charge_pence INTEGER NOT NULL
        );
        CREATE TABLE fact_payment (
            payment_id INTEGER PRIMARY KEY,
            bill_id INTEGER NOT NULL REFERENCES fact_bill (bill_id),
            paid_on TEXT NOT NULL,
            amount_pence INTEGER NOT NULL,
            method TEXT NOT NULL
        );
        CREATE TABLE fact_recovery (
            recovery_id INTEGER PRIMARY KEY,
            bill_id INTEGER NOT NULL REFERENCES fact_bill (bill_id),
            stage TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            costs_pence INTEGER NOT NULL
        );
        """
    )
    insert(con, "dim_relief", BR_RELIEFS)
    far = "9999-12-31"

    # ratepayers -----------------------------------------------------------------------------------------------
    towns = list(BR_TOWNS)
    rp = []  # (ref, name, type, town)
    used = set()
    for name in BR_CHARITIES:
        rp.append((name, "charity"))
    for name, _ in BR_CHAINS:
        rp.append((name, "limited company"))
    for name in BR_PUBLIC:
        rp.append((name, "public body"))
    while len(rp) < 300:
        fam = r.choice(FAMILY_UK)
        trade = r.choice(BR_TRADES)
        kind = r.choices(["limited company", "sole trader", "partnership"], [5, 4, 2])[0]
        if kind == "limited company":
            name = f"{fam} {trade} Ltd"
        elif kind == "sole trader":
            name = f"{r.choice(GIVEN_UK)} {fam} t/a {fam}'s {trade}"
        else:
            name = f"{fam} & {r.choice(FAMILY_UK)} {trade}"
        if name in used:
            continue
        used.add(name)
        rp.append((name, kind))
    rp_versions: list[list] = []  # rows of dim_ratepayer
    rp_first_key: list[int] = []
    for i, (name, kind) in enumerate(rp, 1):
        ref = f"RP{40000 + i * 13}"
        town = r.choice(towns) if kind != "public body" else r.choice(["Carlisle", "Preston", "Kendal"])
        start = iso(day_between(r, D(2012, 4, 1), D(2022, 12, 31)))
        rp_first_key.append(len(rp_versions) + 1)
        if r.random() < 0.15:
            moved = day_between(r, D(2023, 6, 1), D(2025, 5, 31))
            rp_versions.append([len(rp_versions) + 1, ref, name, kind, town, start, iso(moved - dt.timedelta(days=1)), 0])
            town2 = r.choice([t for t in [*towns, "Lancaster", "Carlisle"] if t != town])
            rp_versions.append([len(rp_versions) + 1, ref, name, kind, town2, iso(moved), far, 1])
        else:
            rp_versions.append([len(rp_versions) + 1, ref, name, kind, town, start, far, 1])

    def rp_key(idx: int, on: str) -> int:
        """The dim_ratepayer version of ratepayer ``idx`` (0-based) in force on ``on``."""
        k = rp_first_key[idx]
        while k < len(rp_versions) and rp_versions[k][1] == rp_versions[k - 1][1] and rp_versions[k][5] <= on:
            k += 1
        return k

    # properties -----------------------------------------------------------------------------------------------
    kinds = [k for k in BR_KINDS for _ in range(k[1])]
    charity_idx = list(range(len(BR_CHARITIES)))
    chain_idx = {n: len(BR_CHARITIES) + j for j, (n, _) in enumerate(BR_CHAINS)}
    public_idx = list(range(len(BR_CHARITIES) + len(BR_CHAINS), len(BR_CHARITIES) + len(BR_CHAINS) + len(BR_PUBLIC)))
    small_idx = list(range(public_idx[-1] + 1, len(rp)))
    pv: list[list] = []
    props = []  # (ref, [version keys], occupiers per year, empty years)
    addresses = set()
    n_props = 380
    for i in range(1, n_props + 1):
        ref = f"NDR{1000000 + i * 37:07d}"
        town = r.choices(towns, [30, 12, 10, 12, 26, 6])[0]
        while True:
            addr = f"{r.randint(1, 120)} {r.choice(BR_TOWNS[town])}"
            if (addr, town) not in addresses:
                addresses.add((addr, town))
                break
        desc, _, lo, hi = r.choice(kinds)
        # occupier
        x = r.random()
        if x < 0.07:
            occ = r.choice(charity_idx)
            desc = "Shop and premises"
            lo, hi = 6000, 20000
        elif x < 0.16:
            chain = r.choice(BR_CHAINS)
            occ = chain_idx[chain[0]]
            desc = chain[1]
            lo, hi = next((k[2], k[3]) for k in BR_KINDS if k[0] == desc)
        elif x < 0.18:
            occ = r.choice(public_idx)
            desc = "Offices and premises"
            lo, hi = 20000, 60000
        else:
            occ = r.choice(small_idx)
        rv17 = round(r.randint(lo, hi) / 50) * 50
        keys = []
        new_build = r.random() < 0.06
        if new_build:
            opened = day_between(r, D(2023, 7, 1), D(2025, 3, 31))
            rv = round(rv17 * r.uniform(0.95, 1.3) / 50) * 50
            pv.append([len(pv) + 1, ref, addr, town, desc, rv, iso(opened), far, 1])
            keys.append(len(pv))
        else:
            pv.append([len(pv) + 1, ref, addr, town, desc, rv17, "2017-04-01", "2023-03-31", 0])
            keys.append(len(pv))
            factor = r.uniform(0.72, 1.05) if desc in ("Public house and premises", "Hotel and premises",
                                                        "Shop and premises") else r.uniform(0.9, 1.45)
            rv23 = max(1000, round(rv17 * factor / 50) * 50)
            pv.append([len(pv) + 1, ref, addr, town, desc, rv23, "2023-04-01", far, 1])
            keys.append(len(pv))
            y = r.random()
            if y < 0.13:
                change = day_between(r, D(2023, 9, 1), D(2025, 5, 31))
                pv[-1][7], pv[-1][8] = iso(change - dt.timedelta(days=1)), 0
                desc2 = desc
                if r.random() < 0.3 and desc in ("Shop and premises", "Offices and premises"):
                    desc2 = "Cafe and premises" if desc == "Shop and premises" else "Shop and premises"
                rv3 = max(1000, round(rv23 * r.uniform(0.7, 1.35) / 50) * 50)
                pv.append([len(pv) + 1, ref, addr, town, desc2, rv3, iso(change), far, 1])
                keys.append(len(pv))
            elif y < 0.16:
                gone = day_between(r, D(2023, 8, 1), D(2025, 4, 30))
                pv[-1][7], pv[-1][8] = iso(gone), 0
        props.append((ref, keys, occ))

    # bills, payments, recovery -----------------------------------------------------------------------------------
    bills, pays, recs = [], [], []
    methods = ["direct debit", "card", "bank transfer", "cheque"]
    rp_method = [r.choices(methods, [55, 20, 20, 5])[0] for _ in rp]
    rp_behaviour = [r.choices(["pays", "partial", "upfront"], [80, 10, 10])[0] for _ in rp]
    n_props_of = {}
    for _ref, _keys, occ in props:
        n_props_of[occ] = n_props_of.get(occ, 0) + 1
    for ref, keys, occ in props:  # noqa: B007
        occupier = occ
        for fy, (small_m, std_m) in BR_YEARS.items():
            y0 = int(fy[:4])
            start = f"{y0}-04-01"
            key = next((k for k in keys if pv[k - 1][6] <= start <= pv[k - 1][7]), None)
            if key is None:
                continue
            if fy != "2023/24" and r.random() < 0.08 and occupier in small_idx:
                occupier = r.choice(small_idx)
            empty = r.random() < 0.04
            rv = pv[key - 1][5]
            desc = pv[key - 1][4]
            mult = small_m if rv < 51000 else std_m
            gross = round(rv * mult)
            kind = rp[occupier][1]
            code, pct = None, 0
            if empty:
                code, pct = "EMPT", 100
            elif kind == "charity":
                code, pct = "CHAR", 80
            elif rv <= 15000 and n_props_of.get(occupier, 0) == 1 and kind != "public body":
                code = "SBRR"
                pct = 100 if rv <= 12000 else round((15000 - rv) / 3000 * 100)
                if pct == 0:
                    code = None
            if code is None and desc in RETAIL_HOSP and kind != "public body":
                code, pct = "RHL", RHL_PCT[fy]
            if code is None and r.random() < 0.02:
                code, pct = "DISC", r.choice([20, 25, 50])
            relief = round(gross * pct / 100)
            net = gross - relief
            bill_date = iso(D(y0, 3, 1) + dt.timedelta(days=r.randint(5, 20)))
            bid = len(bills) + 1
            bills.append((bid, key, rp_key(occupier, bill_date), fy, bill_date, mult, gross, code, relief, net))
            if net <= 0:
                continue
            method = rp_method[occupier]
            beh = rp_behaviour[occupier]
            if beh == "upfront":
                when = D(y0, 4, 1) + dt.timedelta(days=r.randint(0, 25))
                if when <= LAST:
                    pays.append((len(pays) + 1, bid, iso(when), net, method if method != "direct debit" else "bank transfer"))
                continue
            inst = [net // 10] * 10
            inst[0] += net - sum(inst)
            stop = 10 if beh == "pays" else r.randint(1, 7)
            for m in range(10):
                month = 4 + m
                yy, mm = (y0, month) if month <= 12 else (y0 + 1, month - 12)
                due = D(yy, mm, 1 if method == "direct debit" else 15)
                when = due if method == "direct debit" else due + dt.timedelta(days=r.randint(-10, 5))
                if when > LAST:
                    break
                if m >= stop:
                    # recovery for the first missed instalment
                    step = due + dt.timedelta(days=14)
                    for stage, gap, cost in (("reminder", 0, 0), ("final notice", 21, 0), ("summons", 28, 9500),
                                             ("liability order", 21, 3500)):
                        step = step + dt.timedelta(days=gap)
                        if step > LAST:
                            break
                        recs.append((len(recs) + 1, bid, stage, iso(step), cost))
                    break
                pays.append((len(pays) + 1, bid, iso(when), inst[m], method))
    insert(con, "dim_property", [tuple(v) for v in pv])
    insert(con, "dim_ratepayer", [tuple(v) for v in rp_versions])
    insert(con, "fact_bill", bills)
    insert(con, "fact_payment", pays)
    insert(con, "fact_recovery", recs)
    done(con)


# ---------------------------------------------------------------------------------------------------- gullies
GU_COMMUNITIES = [
    ("Aberaeron", "De"), ("Aberporth", "De"), ("Cei Newydd", "De"), ("Llandysul", "De"), ("Llanarth", "De"),
    ("Penparc", "De"), ("Beulah", "De"), ("Ciliau Aeron", "De"), ("Llanbadarn Fawr", "Gogledd"),
    ("Llanrhystud", "Gogledd"), ("Tregaron", "Gogledd"), ("Borth", "Gogledd"), ("Ystrad Meurig", "Gogledd"),
    ("Llanon", "Gogledd"), ("Pontrhydfendigaid", "Gogledd"), ("Talybont", "Gogledd"),
]  # fmt: skip
GU_PREFIX = ["Heol", "Ffordd", "Lôn", "Stryd", "Rhodfa", "Maes", "Teras", "Ffordd", "Heol", "Lôn"]
GU_SUFFIX = ["y Bont", "yr Eglwys", "Fawr", "y Môr", "Glyndwr", "Cadwgan", "Penrhiw", "Pen-y-graig", "y Felin",
             "Aeron", "Newydd", "Dewi", "y Wig", "yr Ysgol", "Tywi", "Ceredig", "y Castell", "Isaf", "Uchaf",
             "Llewelyn", "y Capel", "Bryn", "Glan-y-môr", "yr Orsaf", "Teifi", "Rheidol"]  # fmt: skip
GU_AROADS = ["A487", "A482", "A485", "A486", "A44", "A4120"]
GU_BROADS = ["B4337", "B4342", "B4577", "B4334", "B4333", "B4340"]
GU_CREWS = [
    (1, "Tîm Aeron", "Depo Aberaeron", "CY19 GUL"), (2, "Tîm Teifi", "Depo Llandysul", "CY70 JET"),
    (3, "Tîm Ystwyth", "Depo Glan yr Afon", "CY21 DRN"), (4, "Tîm Rheidol", "Depo Glan yr Afon", "CY68 SLT"),
    (5, "Tîm Arfordir", "Depo Aberaeron", "CY23 GUL"),
]  # fmt: skip
GU_OPERATIVES = [
    ("Dafydd Evans", 1, "gangerman", 1), ("Rhodri Jenkins", 1, "driver", 1), ("Gethin Lloyd", 1, "operative", 0),
    ("Aled Thomas", 1, "operative", 1), ("Huw Pryce", 2, "gangerman", 1), ("Owain Davies", 2, "driver", 0),
    ("Carys Morgan", 2, "operative", 1), ("Siôn Rees", 2, "operative", 1), ("Emyr Williams", 3, "gangerman", 1),
    ("Mark Hopkins", 3, "driver", 0), ("Lowri Jones", 3, "operative", 1), ("Gareth Harries", 3, "operative", 0),
    ("Iwan Griffiths", 4, "gangerman", 0), ("Tomos Hughes", 4, "driver", 1), ("Kieran Walsh", 4, "operative", 0),
    ("Ffion Edwards", 4, "operative", 1), ("Meirion Jones", 5, "gangerman", 1), ("Steffan Powell", 5, "driver", 1),
    ("Dean Fisher", 5, "operative", 0), ("Elin Rowlands", 5, "operative", 1),
]  # fmt: skip
GU_REPORTERS_CY = ["Mair", "Eirlys", "Gwilym", "Bethan", "Iolo", "Nerys", "Emlyn", "Glenys", "Hywel", "Menna"]
GU_REPORTERS_EN = ["Janet", "Peter", "Sue", "Mike", "Claire", "Robert", "Anne", "Chris", "Helen", "Dave"]
GU_SURNAMES = ["Jones", "Evans", "Davies", "Thomas", "Williams", "Lewis", "Morgan", "Griffiths", "Parry", "Price"]


def build_gullies(path: Path) -> None:
    r = random.Random(94003)
    con = fresh_db(path)
    con.executescript(
        """
        CREATE TABLE Communities (
            id INTEGER PRIMARY KEY,
            community_name TEXT NOT NULL UNIQUE,
            area TEXT NOT NULL
        );
        CREATE TABLE Streets (
            id INTEGER PRIMARY KEY,
            street_name TEXT NOT NULL,
            community_id INTEGER NOT NULL REFERENCES Communities (id),
            road_number TEXT,
            road_class TEXT NOT NULL,
            speed_limit_mph INTEGER NOT NULL,
            is_flood_hotspot INTEGER NOT NULL
        );
        CREATE TABLE Crews (
            id INTEGER PRIMARY KEY,
            crew_name TEXT NOT NULL UNIQUE,
            depot TEXT NOT NULL,
            vehicle_reg TEXT NOT NULL
        );
        CREATE TABLE Operatives (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL,
            crew_id INTEGER NOT NULL REFERENCES Crews (id),
            job_role TEXT NOT NULL,
            welsh_speaker INTEGER NOT NULL,
            started_on TEXT NOT NULL
        );
        CREATE TABLE Gullies (
            id INTEGER PRIMARY KEY,
            asset_ref TEXT NOT NULL UNIQUE,
            street_id INTEGER NOT NULL REFERENCES Streets (id),
            gully_type TEXT NOT NULL,
            condition TEXT NOT NULL,
            installed_year INTEGER,
            cleanse_cycle_months INTEGER NOT NULL,
            is_active INTEGER NOT NULL
        );
        CREATE TABLE CleansingVisits (
            id INTEGER PRIMARY KEY,
            gully_id INTEGER NOT NULL REFERENCES Gullies (id),
            crew_id INTEGER NOT NULL REFERENCES Crews (id),
            visit_date TEXT NOT NULL,
            visit_kind TEXT NOT NULL,
            visit_status TEXT NOT NULL,
            silt_level_pct INTEGER,
            outcome TEXT,
            seconds_on_site INTEGER
        );
        CREATE TABLE FloodReports (
            id INTEGER PRIMARY KEY,
            street_id INTEGER NOT NULL REFERENCES Streets (id),
            gully_id INTEGER REFERENCES Gullies (id),
            reported_on TEXT NOT NULL,
            reported_by TEXT NOT NULL,
            report_language TEXT NOT NULL,
            severity TEXT NOT NULL,
            resolved_on TEXT
        );
        """
    )
    insert(con, "Communities", [(i, n, a) for i, (n, a) in enumerate(GU_COMMUNITIES, 1)])
    insert(con, "Crews", GU_CREWS)
    ops = []
    for i, (n, c, role, cy) in enumerate(GU_OPERATIVES, 1):
        ops.append((i, n, c, role, cy, iso(day_between(r, D(2004, 1, 1), D(2024, 9, 30)))))
    insert(con, "Operatives", ops)
    # crews by area: crews 1, 2, 5 work the south (De), 3, 4 the north (Gogledd)
    crews_for = {"De": [1, 2, 5], "Gogledd": [3, 4]}

    streets = []
    for cid, (_cname, _area) in enumerate(GU_COMMUNITIES, 1):
        names = set()
        for _ in range(r.randint(8, 14)):
            cls = r.choices(["A", "B", "C", "U"], [2, 2, 3, 6])[0]
            while True:
                nm = f"{r.choice(GU_PREFIX)} {r.choice(GU_SUFFIX)}"
                if nm not in names:
                    names.add(nm)
                    break
            num = r.choice(GU_AROADS) if cls == "A" else (r.choice(GU_BROADS) if cls == "B" else None)
            speed = {"A": r.choice([30, 40, 60]), "B": r.choice([30, 40]), "C": r.choice([20, 30]), "U": r.choice([20, 30])}[cls]
            streets.append((len(streets) + 1, nm, cid, num, cls, speed, 1 if r.random() < 0.12 else 0))
    insert(con, "Streets", streets)

    gullies = []
    for s in streets:
        n = {"A": (10, 22), "B": (6, 14), "C": (4, 10), "U": (2, 8)}[s[4]]
        for _ in range(r.randint(*n)):
            gid = len(gullies) + 1
            gtype = r.choices(["road gully", "kerb inlet", "grip", "catchpit"], [70, 12, 10, 8])[0]
            inst = None if r.random() < 0.25 else r.randint(1955, 2023)
            cond = r.choices(["good", "fair", "poor", "broken"], [45, 35, 15, 5])[0]
            cycle = 6 if s[6] or s[4] == "A" else 12
            active = 0 if r.random() < 0.03 else 1
            gullies.append((gid, f"GY{gid:05d}", s[0], gtype, cond, inst, cycle, active))
    insert(con, "Gullies", gullies)
    street_area = {s[0]: GU_COMMUNITIES[s[2] - 1][1] for s in streets}

    visits = []
    outcomes = ["cleansed", "cleansed - heavy silt", "blocked - jetted", "no access - parked car",
                "broken - repair raised", "dry - nothing to remove"]
    for g in gullies:
        if not g[7]:
            continue
        crew = r.choice(crews_for[street_area[g[2]]])
        d = D(2023, 1, 2) + dt.timedelta(days=r.randint(0, 30 * g[6]))
        while True:
            if d > D(2025, 8, 31):
                break
            if d.weekday() >= 5:
                d += dt.timedelta(days=7 - d.weekday())
            if d > LAST:
                visits.append([len(visits) + 1, g[0], crew, iso(d), "cyclical", "planned", None, None, None])
                break
            if r.random() < 0.04:
                d += dt.timedelta(days=30 * g[6] + r.randint(-20, 20))
                continue  # the visit was skipped altogether
            visits.append([len(visits) + 1, g[0], crew, iso(d), "cyclical", "completed"])
            d += dt.timedelta(days=30 * g[6] + r.randint(-20, 20))
    # reactive visits and flood reports
    reports = []
    # the hill communities of Beulah and Ystrad Meurig have never reported flooding
    dry = {i for i, (n, _) in enumerate(GU_COMMUNITIES, 1) if n in ("Beulah", "Ystrad Meurig")}
    wet = [s for s in streets if s[2] not in dry]
    hot = [s for s in wet if s[6]]
    for _ in range(240):
        s = r.choice(hot) if r.random() < 0.45 else r.choice(wet)
        month = r.choices(range(1, 13), [14, 12, 10, 6, 4, 4, 5, 6, 8, 12, 14, 15])[0]
        year = r.choice([2023, 2024, 2025] if month <= 5 else [2023, 2024])
        d = D(year, month, r.randint(1, 28))
        if d > LAST:
            continue
        sg = [g for g in gullies if g[2] == s[0] and g[7]]
        gid = r.choice(sg)[0] if sg and r.random() < 0.7 else None
        cy = (street_area[s[0]] == "Gogledd" and r.random() < 0.45) or r.random() < 0.25
        who = f"{r.choice(GU_REPORTERS_CY if cy else GU_REPORTERS_EN)} {r.choice(GU_SURNAMES)}"
        sev = r.choices(["standing water", "road impassable", "property flooded"], [65, 25, 10])[0]
        fix = d + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 5, 8, 14, 30]))
        resolved = iso(fix) if fix <= LAST and r.random() < 0.95 else None
        reports.append((len(reports) + 1, s[0], gid, iso(d), who, "Cymraeg" if cy else "English", sev, resolved))
        if gid is not None:
            vd = d + dt.timedelta(days=r.choice([0, 1, 1, 2, 3]))
            if vd <= LAST:
                visits.append([len(visits) + 1, gid, r.choice(crews_for[street_area[s[0]]]), iso(vd), "reactive", "completed"])
    reports.sort(key=lambda x: (x[3], x[1]))
    reports = [(i, *x[1:]) for i, x in enumerate(reports, 1)]
    insert(con, "FloodReports", reports)
    visits.sort(key=lambda v: (v[3], v[1]))
    rows = []
    for i, v in enumerate(visits, 1):
        if v[5] == "planned":
            rows.append((i, v[1], v[2], v[3], v[4], v[5], None, None, None))
            continue
        silt = r.randint(0, 100)
        out = r.choices(outcomes, [55, 12, 10, 8, 5, 10])[0]
        if out == "cleansed - heavy silt":
            silt = r.randint(70, 100)
        elif out == "dry - nothing to remove":
            silt = r.randint(0, 10)
        elif out == "no access - parked car":
            silt = None
        secs = r.randint(60, 240) if out == "no access - parked car" else r.randint(240, 1500) + (600 if out == "blocked - jetted" else 0)
        rows.append((i, v[1], v[2], v[3], v[4], v[5], silt, out, secs))
    insert(con, "CleansingVisits", rows)
    done(con)


# ---------------------------------------------------------------------------------------------------- councilmeetings
CM_LEAS = [(1, "Ballinamore", 6, 1), (2, "Carrick-on-Shannon", 6, 2), (3, "Manorhamilton", 6, 3), (4, "Dromahair", 4, 3)]
# name, lea, first elected year, 2019 party; then the fate: 'stays', 'lost' (not returned in June 2024),
# 'resigned' (left in 2023, replaced by co-option)
CM_2019 = [
    ("Seán Ó Ruairc", 1, 2009, "Fianna Fáil", "stays"), ("Máire Nic Giolla Bhríde", 1, 2014, "Fine Gael", "stays"),
    ("Pádraig McGovern", 1, 2019, "Sinn Féin", "stays"), ("Bríd Dolan", 1, 2014, "Fianna Fáil", "lost"),
    ("Tadhg Maguire", 1, 2009, "Independent", "stays"), ("Enda Rooney", 1, 2019, "Fine Gael", "stays"),
    ("Siobhán Ní Bhriain", 2, 2019, "Sinn Féin", "stays"), ("Ciarán Feeney", 2, 2014, "Fianna Fáil", "stays"),
    ("Aoife McLoughlin", 2, 2019, "Fine Gael", "resigned"), ("Eamon Reynolds", 2, 2009, "Fianna Fáil", "stays"),
    ("Gráinne Clancy", 2, 2014, "Labour", "lost"), ("Declan Flynn", 2, 2019, "Independent", "stays"),
    ("Micheál Ó Conaill", 3, 2014, "Fianna Fáil", "stays"), ("Niamh Gallagher", 3, 2019, "Sinn Féin", "stays"),
    ("Colm McTernan", 3, 2009, "Fine Gael", "stays"), ("Úna Kennedy", 3, 2019, "Fine Gael", "lost"),
    ("Fergal Ó Dubhghaill", 3, 2014, "Fianna Fáil", "stays"), ("Donal Cullen", 3, 2019, "Independent", "lost"),
    ("Sinéad Ní Mhurchú", 4, 2019, "Fianna Fáil", "stays"), ("Caoimhín Kelly", 4, 2014, "Fine Gael", "stays"),
    ("Orla Mac Craith", 4, 2019, "Fine Gael", "lost"), ("Róisín Ó Flaithearta", 4, 2014, "Fianna Fáil", "stays"),
]  # fmt: skip
CM_COOPTED = ("Liam Ó Gadhra", 2, 2023, "Fine Gael")
CM_NEW_2024 = [
    ("Caitríona Ní Fhlannagáin", 1, "Sinn Féin"), ("Ruairí Mac Aodha", 2, "Fianna Fáil"),
    ("Deirbhile Ní Cheallaigh", 3, "Sinn Féin"), ("Cathal Breathnach", 3, "Independent Ireland"),
    ("Fionnuala Ní Dhónaill", 4, "Fine Gael"),
]  # fmt: skip
# (councillor name, new party, effective from)
CM_SWITCHES = [
    ("Ciarán Feeney", "Independent", "2023-09-12"), ("Declan Flynn", "Independent Ireland", "2024-01-20"),
    ("Tadhg Maguire", "Aontú", "2024-05-01"), ("Pádraig McGovern", "Independent", "2024-11-05"),
]  # fmt: skip
CM_COMMITTEES = [
    (1, "Full Council", "Plenary", None), (2, "Corporate Policy Group", "Corporate", 1),
    (3, "Housing SPC", "Strategic Policy Committee", 1), (4, "Climate Action & Environment SPC", "Strategic Policy Committee", 1),
    (5, "Economic Development & Tourism SPC", "Strategic Policy Committee", 1),
    (6, "Roads & Transportation SPC", "Strategic Policy Committee", 1), (7, "Audit Committee", "Statutory", 1),
    (8, "Ballinamore Municipal District", "Municipal District", 1),
    (9, "Carrick-on-Shannon Municipal District", "Municipal District", 1),
    (10, "Manorhamilton Municipal District", "Municipal District", 1),
    (11, "Traveller Accommodation Sub-committee", "Sub-committee", 3),
    (12, "Burial Grounds Sub-committee", "Sub-committee", 4), (13, "Twinning & Diaspora Sub-committee", "Sub-committee", 5),
    (14, "Road Safety Working Group", "Sub-committee", 6), (15, "Coiste na Gaeilge", "Sub-committee", 5),
]  # fmt: skip
CM_TOPICS = [
    "Call on the Minister for Housing to extend the Vacant Property Refurbishment Grant to {p}",
    "Request TII to install traffic calming measures at {p}",
    "Seek funding for a new footpath and public lighting at {p}",
    "Call for the reopening of the Garda station in {p}",
    "Request a review of the bus service between {p} and Sligo",
    "Support the upgrade of the water treatment plant serving {p}",
    "Call on the HSE to retain GP out-of-hours cover in {p}",
    "Request additional litter wardens for {p}",
    "Seek a speed limit review on the regional road through {p}",
    "Call for broadband rollout to be prioritised in {p}",
    "Request bilingual signage at the entrance to {p}",
    "Seek a public consultation on the greenway extension to {p}",
    "Request that the Council purchase land for social housing in {p}",
    "Call for flood relief works on the river at {p}",
]  # fmt: skip
CM_PLACES = ["Drumshanbo", "Dromod", "Mohill", "Kinlough", "Tullaghan", "Drumkeeran", "Leitrim Village",
             "Keshcarrigan", "Fenagh", "Ballinamore", "Carrick-on-Shannon", "Manorhamilton", "Dromahair",
             "Jamestown", "Drumsna", "Aughavas", "Glenfarne", "Kiltyclogher", "Rossinver", "Aughnasheelan"]  # fmt: skip


def build_councilmeetings(path: Path) -> None:
    r = random.Random(94004)
    con = fresh_db(path)
    con.executescript(
        """
        CREATE TABLE local_electoral_areas (
            lea_id INTEGER PRIMARY KEY,
            lea_name TEXT NOT NULL UNIQUE,
            seats INTEGER NOT NULL
        );
        CREATE TABLE councillors (
            councillor_id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL,
            lea_id INTEGER NOT NULL REFERENCES local_electoral_areas (lea_id),
            first_elected_year INTEGER NOT NULL,
            co_opted INTEGER NOT NULL,
            is_sitting INTEGER NOT NULL,
            left_council_on TEXT,
            email TEXT
        );
        CREATE TABLE councillor_party_history (
            history_id INTEGER PRIMARY KEY,
            councillor_id INTEGER NOT NULL REFERENCES councillors (councillor_id),
            party TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            effective_to TEXT,
            is_current INTEGER NOT NULL
        );
        CREATE TABLE committees (
            committee_id INTEGER PRIMARY KEY,
            committee_name TEXT NOT NULL UNIQUE,
            committee_type TEXT NOT NULL,
            parent_committee_id INTEGER REFERENCES committees (committee_id)
        );
        CREATE TABLE committee_members (
            membership_id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees (committee_id),
            councillor_id INTEGER NOT NULL REFERENCES councillors (councillor_id),
            member_role TEXT NOT NULL,
            joined_on TEXT NOT NULL,
            left_on TEXT
        );
        CREATE TABLE meetings (
            meeting_id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees (committee_id),
            meeting_date TEXT NOT NULL,
            start_time TEXT NOT NULL,
            venue TEXT NOT NULL,
            meeting_language TEXT NOT NULL,
            meeting_status TEXT NOT NULL,
            duration_minutes INTEGER
        );
        CREATE TABLE attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings (meeting_id),
            councillor_id INTEGER NOT NULL REFERENCES councillors (councillor_id),
            attendance_status TEXT NOT NULL,
            PRIMARY KEY (meeting_id, councillor_id)
        );
        CREATE TABLE motions (
            motion_id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings (meeting_id),
            proposer_id INTEGER NOT NULL REFERENCES councillors (councillor_id),
            seconder_id INTEGER REFERENCES councillors (councillor_id),
            title TEXT NOT NULL,
            outcome TEXT NOT NULL,
            votes_for INTEGER,
            votes_against INTEGER
        );
        """
    )
    insert(con, "local_electoral_areas", [(a, n, s) for a, n, s, _ in CM_LEAS])
    insert(con, "committees", CM_COMMITTEES)
    md_of_lea = {a: 7 + m for a, _, _, m in CM_LEAS}
    election = {2009: "2009-06-05", 2014: "2014-05-23", 2019: "2019-05-24", 2024: "2024-06-07"}

    def mail(name: str) -> str:
        plain = name.lower().translate(str.maketrans("áéíóúÁÉÍÓÚ", "aeiouaeiou")).replace("'", "")
        return plain.replace(" ", ".") + "@councillor.example.ie"

    cllrs, party = [], []
    term1, term2 = [], []  # councillor ids sitting in the 2019-2024 and 2024- terms
    for i, (n, lea, first, p, fate) in enumerate(CM_2019, 1):
        left = None
        if fate == "lost":
            left = "2024-06-07"
        elif fate == "resigned":
            left = "2023-09-30"
        cllrs.append((i, n, lea, first, 0, 1 if fate == "stays" else 0, left, mail(n) if fate == "stays" else None))
        party.append([i, p, election[first]])
        term1.append(i)
        if fate == "stays":
            term2.append(i)
    cid = len(cllrs) + 1
    n, lea, first, p = CM_COOPTED
    cllrs.append((cid, n, lea, first, 1, 1, None, mail(n)))
    party.append([cid, p, "2023-10-16"])
    term1.append(cid)
    term2.append(cid)
    for n, lea, p in CM_NEW_2024:
        cid = len(cllrs) + 1
        cllrs.append((cid, n, lea, 2024, 0, 1, None, mail(n)))
        party.append([cid, p, "2024-06-07"])
        term2.append(cid)
    insert(con, "councillors", cllrs)
    by_name = {c[1]: c[0] for c in cllrs}
    for n, p, when in CM_SWITCHES:
        party.append([by_name[n], p, when])
    party.sort(key=lambda x: (x[0], x[2]))
    hist = []
    for j, (c, p, f) in enumerate(party):
        nxt = party[j + 1] if j + 1 < len(party) and party[j + 1][0] == c else None
        to = iso(D.fromisoformat(nxt[2]) - dt.timedelta(days=1)) if nxt else None
        hist.append((len(hist) + 1, c, p, f, to, 0 if nxt else 1))
    insert(con, "councillor_party_history", hist)
    lea_of = {c[0]: c[2] for c in cllrs}

    # memberships ------------------------------------------------------------------------------------------------
    mem = []

    def add(committee: int, c: int, role: str, start: str, end: str | None) -> None:
        mem.append((len(mem) + 1, committee, c, role, start, end))

    resigned = by_name["Aoife McLoughlin"]
    coopted = by_name[CM_COOPTED[0]]
    years = [("2022-06-17", "2023-06-15", term1), ("2023-06-16", "2024-06-07", term1),
             ("2024-06-28", "2025-06-12", term2), ("2025-06-13", None, term2)]
    for start, end, members in years:
        chair, vice = r.sample([m for m in members if m not in (resigned, coopted)], 2)
        for m in members:
            s, e = start, end
            if m == resigned:
                if start > "2023-09-30":
                    continue
                e = "2023-09-30" if end is None or end > "2023-09-30" else end
            if m == coopted:
                if end is not None and end < "2023-10-16":
                    continue
                s = max(start, "2023-10-16")
            add(1, m, "Cathaoirleach" if m == chair else ("Leas-Chathaoirleach" if m == vice else "member"), s, e)
    terms = [("2019-09-20", "2024-06-07", term1), ("2024-09-06", None, term2)]
    for start, end, members in terms:
        pool = [m for m in members if m not in (resigned, coopted)]
        for committee, size in ((2, 5), (3, 5), (4, 5), (5, 5), (6, 5), (7, 3), (11, 4), (12, 4), (13, 4), (14, 4), (15, 3)):
            chosen = r.sample(pool, size)
            for k, m in enumerate(chosen):
                add(committee, m, "Cathaoirleach" if k == 0 else "member", start, end)
        # the co-opted councillor took the resigned councillor's seats
        if end is not None:
            for row in list(mem):
                if row[2] == resigned and row[1] != 1 and row[4] == start:
                    mem[row[0] - 1] = (*row[:5], "2023-09-30")
                    add(row[1], coopted, "member", "2023-10-16", end)
        for md in (8, 9, 10):
            ms = [m for m in members if md_of_lea[lea_of[m]] == md]
            chair, vice = r.sample([m for m in ms if m not in (resigned, coopted)], 2)
            for m in ms:
                s, e = start, end
                if m == resigned:
                    e = "2023-09-30"
                if m == coopted and end is not None:
                    s = "2023-10-16"
                add(md, m, "Cathaoirleach" if m == chair else ("Leas-Chathaoirleach" if m == vice else "member"), s, e)
    insert(con, "committee_members", mem)

    # meetings ---------------------------------------------------------------------------------------------------
    def nth_weekday(y: int, m: int, wd: int, n: int) -> dt.date:
        d = D(y, m, 1)
        d += dt.timedelta(days=(wd - d.weekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))

    plan = []  # (committee, date)
    months = [(y, m) for y in (2023, 2024, 2025) for m in range(1, 13) if D(y, m, 1) <= D(2025, 10, 1)]
    for y, m in months:
        if m != 8:
            if not (y == 2024 and m == 6):
                plan.append((1, nth_weekday(y, m, 0, 1)))
            if not (y == 2024 and m in (6, 7)):
                plan.append((2, nth_weekday(y, m, 1, 2)))
                for md in (8, 9, 10):
                    plan.append((md, nth_weekday(y, m, 2, 3)))
        if m in (2, 5, 9, 11) and not (y == 2024 and m == 9):
            for spc in (3, 4, 5, 6):
                plan.append((spc, nth_weekday(y, m, 3, 2)))
        if m in (3, 6, 9, 12):
            plan.append((7, nth_weekday(y, m, 1, 4)))
        if m in (1, 4, 10):
            for sub in (11, 12, 13, 14, 15):
                plan.append((sub, nth_weekday(y, m, 3, 3)))
    plan += [(1, D(2023, 6, 16)), (1, D(2024, 6, 28)), (1, D(2025, 6, 13))]  # annual meetings
    plan.sort(key=lambda x: (x[1], x[0]))
    venues_area = {8: "Ballinamore Area Office", 9: "Carrick-on-Shannon Area Office", 10: "Manorhamilton Area Office"}
    length = {1: (90, 240), 2: (45, 90), 7: (60, 120), 8: (60, 150), 9: (60, 150), 10: (60, 150)}
    meetings, att, motions = [], [], []
    titles = set()
    for committee, d in plan:
        if committee != 1 and committee not in (8, 9, 10) and d > D(2025, 9, 30):
            continue
        mid = len(meetings) + 1
        if d > LAST:
            status, dur = "scheduled", None
        elif r.random() < 0.04 and d.month != 6:
            status, dur = "postponed", None
        else:
            status = "held"
            lo, hi = length.get(committee, (60, 120) if committee <= 6 else (30, 75))
            dur = r.randint(lo // 5, hi // 5) * 5
        venue = venues_area.get(committee, "Áras an Chontae - Council Chamber")
        if r.random() < 0.1 and d >= D(2023, 1, 1):
            venue = "Online (Microsoft Teams)"
        lang = "Gaeilge" if committee == 15 else r.choices(["English", "bilingual", "Gaeilge"], [80, 17, 3])[0]
        start = {1: "14:00", 8: "10:00", 9: "10:00", 10: "10:00"}.get(committee, r.choice(["10:00", "11:00", "14:30", "16:00"]))
        meetings.append((mid, committee, iso(d), start, venue, lang, status, dur))
        if status != "held":
            continue
        ds = iso(d)
        members = sorted({m[2] for m in mem if m[1] == committee and m[4] <= ds and (m[5] is None or m[5] >= ds)})
        present = []
        for m in members:
            a = r.choices(["present", "apologies", "absent"], [86, 10, 4])[0]
            att.append((mid, m, a))
            if a == "present":
                present.append(m)
        if committee in (1, 8, 9, 10) and len(present) >= 2:
            for _ in range(r.randint(0, 5) if committee == 1 else r.randint(0, 3)):
                prop = r.choice(present)
                sec = None if r.random() < 0.07 else r.choice([p for p in present if p != prop])
                while True:
                    t = r.choice(CM_TOPICS).format(p=r.choice(CM_PLACES))
                    if t not in titles:
                        titles.add(t)
                        break
                out = r.choices(["carried", "defeated", "withdrawn", "deferred"], [66, 10, 9, 15])[0]
                vf = va = None
                if (out == "carried" and r.random() < 0.4) or out == "defeated":
                    n = len(present)
                    if out == "carried":
                        vf = r.randint(n // 2 + 1, n)
                        va = r.randint(0, n - vf)
                    else:
                        va = r.randint(n // 2 + 1, n)
                        vf = r.randint(0, n - va)
                if sec is None and out == "carried":
                    out = "withdrawn"
                    vf = va = None
                motions.append((len(motions) + 1, mid, prop, sec, t, out, vf, va))
    insert(con, "meetings", meetings)
    insert(con, "attendance", att)
    insert(con, "motions", motions)
    done(con)


# ---------------------------------------------------------------------------------------------------- flytipping
FT_WARDS = [
    ("Abbey", "urban"), ("Castle", "urban"), ("Eastfield", "urban"), ("Fairfield", "suburban"),
    ("Gorse Hill", "suburban"), ("Hollinwood", "urban"), ("Kingsway", "suburban"), ("Moorside", "rural"),
    ("Northgate", "urban"), ("Park", "suburban"), ("Riverside", "urban"), ("St Mary's", "urban"),
    ("Town Centre", "urban"), ("Westwood", "rural"), ("Heyside", "rural"),
]  # fmt: skip
FT_OFFICERS = [
    ("Karen Shaw", "EO-101", 1, "2019-04-01"), ("Imran Siddiqui", "EO-104", 1, "2020-09-14"),
    ("Paul Fenton", "EO-107", 0, "2018-01-08"), ("Leanne Doyle", "EO-112", 1, "2021-03-01"),
    ("Gary Holt", "EO-115", 1, "2022-06-20"), ("Nadia Okafor", "EO-118", 1, "2023-02-13"),
    ("Steve Birch", "EO-121", 0, "2019-11-04"), ("Hannah Yip", "EO-124", 1, "2024-04-08"),
    ("Ross McAllister", "EO-127", 1, "2023-09-25"),
]  # fmt: skip
FT_LEFT = {"Paul Fenton": D(2024, 3, 31), "Steve Birch": D(2025, 1, 31)}
FT_SITES = ["Back of {w} shops", "{w} Lane alleyway", "Layby on {w} Road", "{w} recreation ground gates",
            "Entrance to {w} allotments", "Garages behind {w} Close", "Footpath off {w} Avenue",
            "{w} brook culvert", "Bottle bank, {w} car park", "Gateway on {w} Moor Road"]  # fmt: skip
# size label, weight, clearance cost range in pence
FT_SIZES = [
    ("single black bag", 14, 2500, 4500), ("car boot or less", 30, 6000, 9500), ("small van load", 26, 10000, 16500),
    ("transit van load", 18, 18000, 32000), ("tipper lorry load", 8, 40000, 95000),
    ("significant / multiple loads", 4, 80000, 260000),
]  # fmt: skip
FT_WASTE = [("household black bags", 26), ("other household", 20), ("construction / demolition", 14),
            ("white goods", 8), ("furniture", 12), ("tyres", 5), ("green waste", 9), ("asbestos", 2),
            ("chemical drums", 1), ("clinical", 1), ("animal carcass", 2)]  # fmt: skip


def build_flytipping(path: Path) -> None:
    r = random.Random(94005)
    con = fresh_db(path)
    con.executescript(
        """
        CREATE TABLE enforcement_ward (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            area_type TEXT NOT NULL
        );
        CREATE TABLE enforcement_officer (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL,
            warrant_number TEXT NOT NULL UNIQUE,
            is_active INTEGER NOT NULL,
            start_date TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE enforcement_camera (
            id INTEGER PRIMARY KEY,
            camera_ref TEXT NOT NULL UNIQUE,
            ward_id INTEGER NOT NULL REFERENCES enforcement_ward (id),
            site_description TEXT NOT NULL,
            deployed_on TEXT NOT NULL,
            removed_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE enforcement_incident (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            ward_id INTEGER NOT NULL REFERENCES enforcement_ward (id),
            camera_id INTEGER REFERENCES enforcement_camera (id),
            location_desc TEXT NOT NULL,
            land_type TEXT NOT NULL,
            source TEXT NOT NULL,
            waste_type TEXT NOT NULL,
            size_category TEXT NOT NULL,
            reported_at TEXT NOT NULL,
            cleared_at TEXT,
            clearance_cost_pence INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE enforcement_investigation (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL UNIQUE REFERENCES enforcement_incident (id),
            officer_id INTEGER NOT NULL REFERENCES enforcement_officer (id),
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            evidence_found INTEGER NOT NULL,
            result TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE enforcement_fixedpenalty (
            id INTEGER PRIMARY KEY,
            investigation_id INTEGER NOT NULL REFERENCES enforcement_investigation (id),
            notice_number TEXT NOT NULL UNIQUE,
            issued_at TEXT NOT NULL,
            amount_pence INTEGER NOT NULL,
            paid_at TEXT,
            paid_amount_pence INTEGER,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """
    )
    insert(con, "enforcement_ward", [(i, n, a) for i, (n, a) in enumerate(FT_WARDS, 1)])
    officers = []
    for i, (n, w, a, s) in enumerate(FT_OFFICERS, 1):
        upd = FT_LEFT.get(n, D(2025, 1, 6) + dt.timedelta(days=i * 11))
        officers.append((i, n, w, a, s, tstz(D.fromisoformat(s), r), tstz(upd, r)))
    insert(con, "enforcement_officer", officers)

    def officer_on(day: dt.date) -> int:
        pool = [o[0] for o in officers if D.fromisoformat(o[4]) <= day and (o[1] not in FT_LEFT or day <= FT_LEFT[o[1]])]
        return r.choice(pool)

    hot_wards = [1, 6, 9, 11, 13, 8, 14]
    cams = []
    for k in range(1, 25):
        w = r.choice(hot_wards) if r.random() < 0.7 else r.randint(1, len(FT_WARDS))
        dep = day_between(r, D(2022, 10, 1), D(2025, 4, 30))
        rem = dep + dt.timedelta(days=r.randint(60, 400))
        removed = iso(rem) if rem <= LAST and r.random() < 0.7 else None
        site = r.choice(FT_SITES).format(w=FT_WARDS[w - 1][0])
        cams.append((k, f"CAM-{k:02d}", w, site, iso(dep), removed, tstz(dep, r), tstz(rem if removed else dep, r)))
    insert(con, "enforcement_camera", cams)

    wweights = [9, 6, 8, 4, 5, 9, 4, 6, 9, 4, 8, 6, 10, 5, 3]
    sizes = [s for s in FT_SIZES for _ in range(s[1])]
    wastes = [w for w, n in FT_WASTE for _ in range(n)]
    incidents, inv, fpn = [], [], []
    seq = {}
    day = D(2023, 1, 1)
    while day <= LAST:
        n = r.choice([1, 2, 2, 3, 3, 3, 4]) + (1 if day.month in (4, 5, 6, 7, 8) else 0)
        for _ in range(n):
            w = r.choices(range(1, len(FT_WARDS) + 1), wweights)[0]
            size = r.choice(sizes)
            waste = r.choice(wastes)
            src = r.choices(["app", "phone", "email", "officer", "contractor"], [40, 22, 10, 13, 15])[0]
            land = r.choices(["highway", "footpath / bridleway", "back alleyway", "council land", "private land", "watercourse"],
                             [40, 15, 18, 15, 8, 4])[0]
            cam_pool = [c for c in cams if c[2] == w and c[4] <= iso(day) and (c[5] is None or c[5] >= iso(day))]
            cam = r.choice(cam_pool)[0] if cam_pool and r.random() < 0.35 else None
            seq[day.year] = seq.get(day.year, 0) + 1
            ref = f"FT-{day.year}-{seq[day.year]:05d}"
            rep = tstz(day, r, 6, 21)
            hours = r.randint(3, 24 * (3 if size[0] not in ("tipper lorry load", "significant / multiple loads") else 9))
            if waste == "asbestos":
                hours += 24 * r.randint(2, 10)
            clear_dt = dt.datetime.fromisoformat(rep) + dt.timedelta(hours=hours)
            if clear_dt.date() <= LAST and r.random() > 0.01:
                cleared = clear_dt.isoformat()
                cost = r.randint(size[2], size[3]) * (3 if waste == "asbestos" else 1)
            else:
                cleared, cost = None, None
            iid = len(incidents) + 1
            site = r.choice(FT_SITES).format(w=FT_WARDS[w - 1][0])
            incidents.append((iid, ref, w, cam, site, land, src, waste, size[0], rep, cleared, cost, rep, cleared or rep))
            p_inv = 0.12 + (0.5 if cam else 0) + (0.25 if size[0] in ("transit van load", "tipper lorry load",
                                                                       "significant / multiple loads") else 0)
            if r.random() < p_inv:
                opened = day + dt.timedelta(days=r.randint(0, 4))
                if opened > LAST:
                    continue
                off = officer_on(opened)
                close = opened + dt.timedelta(days=r.randint(5, 90))
                evidence = 1 if r.random() < (0.75 if cam else 0.35) else 0
                if close > LAST:
                    closed, result = None, None
                else:
                    closed = close
                    if evidence:
                        result = r.choices(["FPN issued", "warning letter", "prosecution", "no further action"], [55, 20, 15, 10])[0]
                    else:
                        result = "no further action"
                oid = len(inv) + 1
                o_at = tstz(opened, r)
                c_at = tstz(closed, r) if closed else None
                inv.append((oid, iid, off, o_at, c_at, evidence, result, o_at, c_at or o_at))
                if result == "FPN issued":
                    amount = 40000 if closed < D(2024, 7, 31) else 100000
                    x = r.random()
                    pay_day = closed + dt.timedelta(days=r.randint(2, 28))
                    if x < 0.62 and pay_day <= LAST:
                        paid = amount if (pay_day - closed).days > 10 else amount * 3 // 5
                        status, paid_at = "paid", tstz(pay_day, r)
                    elif x < 0.7:
                        status, paid, paid_at = "cancelled", None, None
                    elif (LAST - closed).days > 28:
                        status, paid, paid_at = "referred for prosecution", None, None
                    else:
                        status, paid, paid_at = "unpaid", None, None
                    iss = c_at
                    fpn.append((len(fpn) + 1, oid, f"FPN{closed.year % 100:02d}{len(fpn) + 1:04d}", iss, amount, paid_at,
                                paid, status, iss, paid_at or iss))
        day += dt.timedelta(days=1)
    insert(con, "enforcement_incident", incidents)
    insert(con, "enforcement_investigation", inv)
    insert(con, "enforcement_fixedpenalty", fpn)
    done(con)


# ---------------------------------------------------------------------------------------------------- playparks
PP_PARKS = [
    ("Victoria Park", "Central", 1), ("Abbey Fields", "Abbey", 1), ("Riverside Gardens", "Riverside", 1),
    ("Holly Bank Recreation Ground", "Hollybank", 0), ("Memorial Park", "Central", 1), ("Moor Lane Playing Fields", "Moorside", 0),
    ("Beech Hill Park", "Beech Hill", 0), ("Canal Side Green", "Wharfside", 0), ("Greenacres Park", "Greenacres", 1),
    ("Kingfisher Meadow", "Riverside", 0), ("St Anne's Park", "St Anne's", 1), ("Windmill Hill", "Westfield", 0),
    ("Orchard Close Open Space", "Westfield", 0), ("Parkside Rec", "Hollybank", 0), ("Jubilee Gardens", "Central", 1),
    ("Brookside Park", "Brookside", 0), ("Foxhill Woods", "Foxhill", 0), ("Lark Rise Green", "Greenacres", 0),
]  # fmt: skip
PP_MAKERS = [(1, "Wicksteed", "UK"), (2, "Kompan", "Denmark"), (3, "HAGS", "Sweden"), (4, "Proludic", "France"),
             (5, "Playdale", "UK"), (6, "Sutcliffe Play", "UK"), (7, "Lappset", "Finland")]  # fmt: skip
# item type, price range in pounds
PP_ITEMS = [("swing (flat seat)", 2500, 6000), ("swing (cradle seat)", 2500, 6000), ("basket swing", 4500, 9000),
            ("slide", 3000, 12000), ("roundabout", 5000, 14000), ("climbing frame", 8000, 35000),
            ("see-saw", 2000, 5000), ("springer", 800, 1800), ("zip wire", 12000, 28000),
            ("multi-play unit", 15000, 60000), ("trampoline (in-ground)", 6000, 15000), ("sand digger", 1200, 3000)]  # fmt: skip
PP_STATUSES = [(1, "scheduled"), (2, "completed - no issues"), (3, "completed - defects found"), (4, "missed"), (5, "cancelled")]
PP_INSPECTORS = [
    (1, "Angela Moss", "manager", None, 1), (2, "Barry Kendrick", "team leader", 1, 1), (3, "Chantelle Ward", "team leader", 1, 1),
    (4, "Darren Pike", "inspector", 2, 1), (5, "Eileen Fairbairn", "inspector", 2, 1), (6, "Frank Ogden", "inspector", 2, 0),
    (7, "Gemma Lowe", "inspector", 3, 1), (8, "Hassan Javed", "inspector", 3, 1), (9, "Ian Royle", "inspector", 3, 1),
    (10, "Joanne Tierney", "RPII annual inspector (contractor)", 1, 1),
]  # fmt: skip
PP_DEFECTS = {
    "low": ["Graffiti on panel", "Loose fixing bolt cover", "Worn paint on frame", "Minor surface wear"],
    "medium": ["Worn chain shackle", "Surfacing trip edge", "Cracked seat", "Missing cap on post", "Bearing noise"],
    "high": ["Entrapment gap in barrier", "Broken rung", "Split in slide bed", "Exposed footing", "Damaged gate closer"],
    "very high": ["Chain link worn through", "Structural rot in post", "Sharp protruding edge", "Unstable frame"],
}  # fmt: skip


def build_playparks(path: Path) -> None:
    r = random.Random(94006)
    con = fresh_db(path)
    con.executescript(
        """
        CREATE TABLE Parks (
            id INTEGER PRIMARY KEY,
            park_name TEXT NOT NULL UNIQUE,
            ward TEXT NOT NULL,
            has_toilets INTEGER NOT NULL
        );
        CREATE TABLE Playgrounds (
            id INTEGER PRIMARY KEY,
            park_id INTEGER NOT NULL REFERENCES Parks (id),
            playground_name TEXT NOT NULL UNIQUE,
            age_range TEXT NOT NULL,
            surface TEXT NOT NULL,
            opened_year INTEGER NOT NULL,
            is_open INTEGER NOT NULL
        );
        CREATE TABLE Manufacturers (
            id INTEGER PRIMARY KEY,
            manufacturer_name TEXT NOT NULL UNIQUE,
            country TEXT NOT NULL
        );
        CREATE TABLE EquipmentItems (
            id INTEGER PRIMARY KEY,
            playground_id INTEGER NOT NULL REFERENCES Playgrounds (id),
            manufacturer_id INTEGER NOT NULL REFERENCES Manufacturers (id),
            item_type TEXT NOT NULL,
            installed_on TEXT NOT NULL,
            purchase_cost_gbp REAL NOT NULL,
            removed_on TEXT
        );
        CREATE TABLE Inspectors (
            id INTEGER PRIMARY KEY,
            full_name TEXT NOT NULL,
            job_title TEXT NOT NULL,
            supervisor_id INTEGER REFERENCES Inspectors (id),
            is_active INTEGER NOT NULL
        );
        CREATE TABLE InspectionStatuses (
            status_code INTEGER PRIMARY KEY,
            status_label TEXT NOT NULL UNIQUE
        );
        CREATE TABLE Inspections (
            id INTEGER PRIMARY KEY,
            playground_id INTEGER NOT NULL REFERENCES Playgrounds (id),
            inspector_id INTEGER REFERENCES Inspectors (id),
            inspection_type TEXT NOT NULL,
            scheduled_for TEXT NOT NULL,
            carried_out_on TEXT,
            status_code INTEGER NOT NULL REFERENCES InspectionStatuses (status_code),
            duration_minutes INTEGER
        );
        CREATE TABLE Defects (
            id INTEGER PRIMARY KEY,
            inspection_id INTEGER NOT NULL REFERENCES Inspections (id),
            equipment_item_id INTEGER NOT NULL REFERENCES EquipmentItems (id),
            risk_level TEXT NOT NULL,
            description TEXT NOT NULL,
            repair_status TEXT NOT NULL,
            repaired_on TEXT,
            repair_cost_gbp REAL
        );
        """
    )
    insert(con, "Parks", [(i, n, w, t) for i, (n, w, t) in enumerate(PP_PARKS, 1)])
    insert(con, "Manufacturers", PP_MAKERS)
    insert(con, "Inspectors", PP_INSPECTORS)
    insert(con, "InspectionStatuses", PP_STATUSES)
    grounds = []
    for pid, (pname, _, _) in enumerate(PP_PARKS, 1):
        kinds = r.choice([["all ages"], ["0-5", "5-12"], ["0-5", "5-12", "teen"], ["all ages"], ["5-12"], ["0-5", "teen"]])
        for k in kinds:
            label = {"all ages": "Play Area", "0-5": "Toddler Play Area", "5-12": "Junior Play Area", "teen": "Teen Zone"}[k]
            surface = r.choice(["wetpour", "bark", "grass mats", "artificial grass", "wetpour"])
            grounds.append((len(grounds) + 1, pid, f"{pname} {label}", k, surface, r.randint(1988, 2022), 1))
    closed = r.sample(range(len(grounds)), 2)
    grounds = [(*g[:6], 0) if i in closed else g for i, g in enumerate(grounds)]
    insert(con, "Playgrounds", grounds)

    items = []
    for g in grounds:
        types = [t for t in PP_ITEMS if not (g[3] == "0-5" and t[0] in ("zip wire", "trampoline (in-ground)"))
                 and not (g[3] == "teen" and t[0] in ("swing (cradle seat)", "springer", "sand digger"))]
        for _ in range(r.randint(5, 11)):
            t = r.choice(types)
            inst = day_between(r, D(max(g[5], 2000), 1, 1), D(2024, 10, 31))
            if g[5] < 2000 and r.random() < 0.3:
                inst = day_between(r, D(g[5], 1, 1), D(1999, 12, 31))
            items.append([len(items) + 1, g[0], r.choice(PP_MAKERS)[0], t[0], iso(inst),
                          round(r.uniform(t[1], t[2]) / 5) * 5.0, None])

    insp, defects = [], []
    routine_team = {2: [4, 5, 6], 3: [7, 8, 9]}
    for g in grounds:
        team = routine_team[2 if g[0] % 2 else 3]
        gi = [it for it in items if it[1] == g[0]]
        sched = []
        d = D(2023, 1, 2) + dt.timedelta(days=g[0] % 14)
        while d <= D(2025, 7, 31):
            sched.append(("routine", d))
            d += dt.timedelta(days=14)
        for y in (2023, 2024, 2025):
            for m in (3, 6, 9, 12):
                q = D(y, m, 1) + dt.timedelta(days=r.randint(0, 20))
                if q <= D(2025, 7, 31):
                    sched.append(("operational", q))
            a = D(y, 5, 1) + dt.timedelta(days=r.randint(0, 50))
            sched.append(("annual (RPII)", a))
        sched.sort(key=lambda x: x[1])
        for kind, d in sched:
            if kind == "routine":
                who = r.choice([t for t in team if not (t == 6 and d > D(2024, 8, 31))])
            elif kind == "operational":
                who = r.choice([2, 3])
            else:
                who = 10
            if d > LAST:
                insp.append((len(insp) + 1, g[0], who, kind, iso(d), None, 1, None))
                continue
            x = r.random()
            if not g[6] and d > D(2025, 3, 1) and kind == "routine":
                insp.append((len(insp) + 1, g[0], who, kind, iso(d), None, 5, None))
                continue
            if x < 0.04:
                insp.append((len(insp) + 1, g[0], who, kind, iso(d), None, 4, None))
                continue
            if x < 0.06:
                insp.append((len(insp) + 1, g[0], who, kind, iso(d), None, 5, None))
                continue
            done_on = d + dt.timedelta(days=r.choice([0, 0, 0, 1, 2]))
            if done_on > LAST:
                done_on = d
            p_def = {"routine": 0.05, "operational": 0.25, "annual (RPII)": 0.7}[kind]
            live = [it for it in gi if it[4] <= iso(done_on) and (it[6] is None or it[6] > iso(done_on))]
            has_def = r.random() < p_def and live
            dur = {"routine": (10, 30), "operational": (30, 75), "annual (RPII)": (60, 180)}[kind]
            iid = len(insp) + 1
            insp.append((iid, g[0], who, kind, iso(d), iso(done_on), 3 if has_def else 2, r.randint(*dur)))
            if not has_def:
                continue
            for it in r.sample(live, min(len(live), r.choice([1, 1, 1, 2, 2, 3]))):
                risk = r.choices(["low", "medium", "high", "very high"], [40, 35, 18, 7])[0]
                desc = r.choice(PP_DEFECTS[risk])
                fix_days = {"low": (7, 120), "medium": (3, 60), "high": (1, 14), "very high": (0, 3)}[risk]
                fix = done_on + dt.timedelta(days=r.randint(*fix_days))
                if fix > LAST or r.random() < 0.04:
                    defects.append((len(defects) + 1, iid, it[0], risk, desc, "open", None, None))
                elif risk == "very high" and r.random() < 0.35:
                    it[6] = iso(fix)
                    defects.append((len(defects) + 1, iid, it[0], risk, desc, "item removed", iso(fix), None))
                else:
                    cost = round(r.uniform(25, 300) * {"low": 1, "medium": 2, "high": 4, "very high": 8}[risk], 2)
                    defects.append((len(defects) + 1, iid, it[0], risk, desc, "repaired", iso(fix), cost))
    insert(con, "EquipmentItems", [tuple(i) for i in items])
    insert(con, "Inspections", insp)
    insert(con, "Defects", defects)
    done(con)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "bluebadge": build_bluebadge,
    "businessrates": build_businessrates,
    "gullies": build_gullies,
    "councilmeetings": build_councilmeetings,
    "flytipping": build_flytipping,
    "playparks": build_playparks,
}
