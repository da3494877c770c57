"""Six small property, construction and facilities databases for the seventy-sixth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing is dated after 2025-06-14 except what is planned or booked ahead.

- ``studenthalls`` (WordPress-like: every table prefixed ``uh_``, lower snake_case, status words in lower case): a
  student housing provider. ``uh_residences`` (name, city, opened year), ``uh_rooms`` (``room_type`` 'single',
  'ensuite', 'studio' or 'twin'; ``weekly_rent`` in pounds; ``floor`` 0 = ground), ``uh_students`` (``nationality`` an
  ISO 3166 two-letter code such as 'GB', 'CN', 'IN'; ``study_year`` 1-4; ``university``), ``uh_tenancies`` (a student in
  a room from ``start_date`` to ``end_date``, booked on ``booked_on``; ``status`` 'pending' for next academic year,
  'active', 'ended' or 'cancelled'), ``uh_payments`` (``amount`` in pounds, ``method`` 'card', 'bank_transfer' or
  'direct_debit', ``kind`` 'rent' or 'deposit') and ``uh_maintenance_requests`` (``room_id``, ``student_id`` who
  reported it, ``reported_on``, ``category`` 'heating', 'plumbing', 'electrical', 'furniture', 'wifi', 'pests' or
  'locks'; ``priority`` 'low', 'medium', 'high' or 'urgent'; ``status`` 'open', 'in_progress' or 'resolved';
  ``resolved_on`` NULL while unresolved).
- ``selfbuild`` (quoted names with spaces and capitals; self-referencing ``"Members"."Mentor ID"``): a self-build
  housing cooperative whose members build their own homes on a shared site. ``"Plots"`` (``"Plot Code"``, ``"House
  Type"``, ``"Floor Area Sqm"``, ``"Build Stage"`` 'Groundworks', 'Superstructure', 'Roofing', 'First Fix', 'Second Fix'
  or 'Complete', ``"Started On"``, ``"Completed On"`` NULL until complete), ``"Members"`` (``"Full Name"``, ``"Joined
  On"``, ``"Phone"``, ``"Plot ID"`` the plot of their household, NULL for a member on the waiting list; ``"Role"``
  'Member', 'Trustee' or 'Site Coordinator'; ``"Left On"`` NULL while a member), ``"Skills"``, the link table ``"Member
  Skills"`` (``"Certified"`` 'Y'/'N'), ``"Work Sessions"`` (a member's ``"Hours"`` of one skill on a plot on a day) and
  ``"Material Orders"`` (``"Cost GBP"`` in pounds, ``"Delivered On"`` NULL while awaited).
- ``cranehire`` (SAP-like upper-case tables and cryptic columns; dates are YYYYMMDD integers; money in pence;
  self-referencing ``OPERT.SUPNO``): a crane hire firm. ``DEPOT`` (DEPNO depot number, DEPNM name, ORT01 town),
  ``CRANE`` (CRNNO crane number, DEPNO home depot, CRTYP type code 'M' mobile, 'A' all-terrain, 'C' crawler, 'T' tower;
  MAKER manufacturer, MODEL, CAPTN maximum lift in tonnes, BUYDT purchase date, DAYRT day rate in pence, RETFL 'X' when
  retired else ''), ``OPERT`` (operators: OPRNO, NAME1 name, CPCSL card 'B' blue = fully qualified or 'R' red = trainee,
  HIRDT hire date, DEPNO home depot, SUPNO supervising operator), ``KUNDE`` (customers: KUNNR customer number, NAME1
  name, ORT01 city, LAND1 ISO country code 'GB' or 'IE', ERDAT account opened), ``HIREH`` (hires: HIRNO, KUNNR, CRNNO,
  OPRNO the operator sent, NULL for a bare hire without operator; BEGDA first day, ENDDA last day, STATS 'B' booked, 'A'
  on hire now, 'C' completed, 'X' cancelled; NETWR hire value in pence) and ``INSPC`` (thorough examinations: INSNO,
  CRNNO, INSDT date, RESLT 'P' pass, 'A' pass with advisory, 'F' fail; EXAMR examiner; NXTDT next due).
- ``snagging`` (singular camelCase tables and columns; self-referencing ``snag.reopenedFromId``): a housebuilder's
  defects ("snags") log. ``development`` (``developmentName``, ``town``, ``launchDate``), ``plot`` (``plotNumber``
  within its development, ``houseType``, ``bedrooms``, ``completionDate`` NULL while still being built, ``handoverDate``
  NULL until sold and handed over, ``buyerName``), ``trade`` (``tradeName``), ``contractor`` (``companyName``, its
  ``tradeId``, ``isPreferred`` 0/1), ``inspector`` (``fullName``, ``jobTitle``) and ``snag`` (``reportedDate``;
  ``reportedBy`` 'Inspector' or 'Buyer', ``raisedById`` the inspector, NULL when a buyer reported it; ``roomName``,
  ``description``; ``severity`` 'Minor', 'Major' or 'Critical'; ``contractorId`` who must fix it; ``fixedDate`` NULL
  while outstanding; ``reopenedFromId`` the earlier, fixed snag a recurring defect was raised again from).
- ``firedoors`` (statuses and kinds as integer codes into small lookup tables, 0/1 integer flags): a fire door
  inspection firm. ``building`` (``name``, ``town``, ``storeys``, ``client_name``, ``built_year``), ``door_type`` (id,
  label: Flat entrance, Stair core, Corridor cross, Riser cupboard, Plant room, Bin store), ``door`` (``door_ref`` such
  as 'B1-G-04', shared by a door and the one that replaced it; ``floor`` 0 = ground; ``type_id``; ``rating_minutes``
  30/60/90; ``has_self_closer`` 0/1; ``installed_year``; ``status_id`` into ``door_status``), ``door_status`` (1 In
  service, 2 Replaced, 3 Decommissioned), ``inspector`` (``full_name``, ``is_certified`` 0/1, ``started_on``),
  ``outcome`` (1 Pass, 2 Minor remedial, 3 Major remedial, 4 Replace door, 5 No access) and ``inspection`` (``door_id``,
  ``inspector_id``, ``inspected_on``, ``outcome_id``, ``max_gap_mm`` NULL when there was no access, ``remedial_done`` 1
  once the remedial work an inspection asked for is done, else 0).
- ``blockmgmt`` (columns repeat their table's name: ``block.block_name``, ``flat.flat_number``; self-referencing
  ``staff.staff_manager_id``): a residential block management agent. ``staff`` (``staff_name``, ``staff_role``,
  ``staff_manager_id``), ``block`` (``block_name``, ``block_town``, ``block_floors``, ``block_built_year``, the managing
  ``staff_id``), ``flat`` (``flat_number`` text, ``flat_floor``, ``flat_bedrooms``), ``leaseholder``
  (``leaseholder_email`` NULL when unknown, ``leaseholder_country`` ISO code, 'GB' for the UK), the link table
  ``ownership`` (a leaseholder owning a flat from ``ownership_start`` to ``ownership_end``, NULL while current; joint
  owners share a flat, a landlord may own several), ``charge`` (half-yearly service charge demands per flat:
  ``charge_period`` '2024-H1', '2024-H2', '2025-H1' or '2025-H2', issued a month before the half-year on
  ``charge_issued``, due on ``charge_due``; ``charge_amount`` in pounds; ``charge_paid_date`` NULL while unpaid) and
  ``repair`` (``flat_id`` NULL for communal repairs, ``staff_id`` who handled it, ``repair_category``,
  ``repair_contractor``, ``repair_reported``, ``repair_completed`` NULL while open, ``repair_cost`` in pounds, NULL
  until completed).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nl2sql_data.sqlite_build import FAMILY, GIVEN, day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ymd(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


def _names(r: random.Random, n: int) -> list[str]:
    """``n`` distinct "Given Family" names, shuffled by ``r``."""
    pairs = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


# ---------------------------------------------------------------------------------------------------- studenthalls
SH_RESIDENCES = [
    (1, "Kingsgate House", "Leeds", 2012, 22), (2, "Harbour Point", "Bristol", 2016, 26),
    (3, "Elm Court", "Leeds", 2008, 18), (4, "The Foundry", "Sheffield", 2019, 24),
    (5, "Canal Wharf", "Manchester", 2021, 28),
]  # fmt: skip
SH_BASE_RENT = {"single": 128.0, "ensuite": 152.0, "studio": 205.0, "twin": 112.0}
SH_CITY_PREMIUM = {1: 6.0, 2: 22.0, 3: 0.0, 4: -4.0, 5: 14.0}
SH_UNIS = {
    "Leeds": ["University of Leeds", "Leeds Beckett University"],
    "Bristol": ["University of Bristol", "UWE Bristol"],
    "Sheffield": ["University of Sheffield", "Sheffield Hallam University"],
    "Manchester": ["University of Manchester", "Manchester Metropolitan University"],
}
SH_NATIONS = ["GB"] * 11 + ["CN"] * 4 + ["IN"] * 2 + ["NG", "MY", "US", "DE", "FR", "IT", "ES", "HK"]
SH_YEARS = [  # academic year: start, end
    (D(2023, 9, 16), D(2024, 6, 29)), (D(2024, 9, 14), D(2025, 6, 28)), (D(2025, 9, 13), D(2026, 6, 27)),
]  # fmt: skip


def build_studenthalls(path: Path) -> None:
    r = random.Random(76001)
    c = fresh_db(
        path,
        """
        CREATE TABLE uh_residences (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL,
            opened_year INTEGER NOT NULL);
        CREATE TABLE uh_rooms (id INTEGER PRIMARY KEY, residence_id INTEGER NOT NULL REFERENCES uh_residences(id),
            room_number TEXT NOT NULL, floor INTEGER NOT NULL, room_type TEXT NOT NULL, weekly_rent REAL NOT NULL);
        CREATE TABLE uh_students (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            email TEXT NOT NULL, university TEXT NOT NULL, study_year INTEGER NOT NULL, nationality TEXT NOT NULL);
        CREATE TABLE uh_tenancies (id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES uh_students(id),
            room_id INTEGER NOT NULL REFERENCES uh_rooms(id), start_date TEXT NOT NULL, end_date TEXT NOT NULL,
            status TEXT NOT NULL, booked_on TEXT NOT NULL);
        CREATE TABLE uh_payments (id INTEGER PRIMARY KEY, tenancy_id INTEGER NOT NULL REFERENCES uh_tenancies(id),
            paid_on TEXT NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL, kind TEXT NOT NULL);
        CREATE TABLE uh_maintenance_requests (id INTEGER PRIMARY KEY,
            room_id INTEGER NOT NULL REFERENCES uh_rooms(id), student_id INTEGER REFERENCES uh_students(id),
            reported_on TEXT NOT NULL, category TEXT NOT NULL, priority TEXT NOT NULL, status TEXT NOT NULL,
            resolved_on TEXT);
        """,
    )
    insert(c, "uh_residences", [(i, n, city, y) for i, n, city, y, _k in SH_RESIDENCES])
    rooms = []
    for rid, _n, _city, _y, count in SH_RESIDENCES:
        for _ in range(count):
            fl = r.randint(0, 4)
            typ = r.choice(["single", "single", "ensuite", "ensuite", "ensuite", "studio", "twin"])
            rent = SH_BASE_RENT[typ] + SH_CITY_PREMIUM[rid] + fl * 1.5 + r.choice([0, 0.5, 1.0, 2.5, 4.0])
            rooms.append([rid, fl, typ, rent])
    rooms.sort(key=lambda x: (x[0], x[1]))
    out_rooms, seq = [], {}
    for k, (rid, fl, typ, rent) in enumerate(rooms, 1):
        seq[(rid, fl)] = seq.get((rid, fl), 0) + 1
        num = f"{'G' if fl == 0 else fl}{seq[(rid, fl)]:02d}"
        out_rooms.append((k, rid, num, fl, typ, rent))
    # the top-floor studios are the premium rooms
    out_rooms = [
        (k, rid, num, fl, typ, rent + (9.0 if typ == "studio" and fl == 4 else 0.0))
        for k, rid, num, fl, typ, rent in out_rooms
    ]
    insert(c, "uh_rooms", out_rooms)
    city_of = {i: city for i, _n, city, _y, _k in SH_RESIDENCES}
    names = _names(r, 260)
    students: list[tuple[object, ...]] = []
    tenancies: list[tuple[object, ...]] = []
    room_ids = [x[0] for x in out_rooms]
    never_let = set(r.sample(room_ids, 6))
    lettable = [x for x in room_ids if x not in never_let]
    res_of_room = {x[0]: x[1] for x in out_rooms}

    def new_student(room: int, year_idx: int) -> int:
        k = len(students) + 1
        g, f = names[k - 1].split(" ")
        uni = r.choice(SH_UNIS[city_of[res_of_room[room]]])
        study = 1 if year_idx == 2 else r.choice([1, 1, 1, 2, 2, 3, 4])
        students.append((k, g, f, f"{g.lower()}.{f.lower()}{k}@student.example", uni, study, r.choice(SH_NATIONS)))
        return k

    previous: dict[int, int] = {}
    for yi, (start, end) in enumerate(SH_YEARS):
        share = [0.72, 0.85, 0.33][yi]
        current: dict[int, int] = {}
        for room in lettable:
            if r.random() > share:
                continue
            here = city_of[res_of_room[room]]
            returner = [s for ro, s in previous.items()
                        if s not in current.values() and city_of[res_of_room[ro]] == here]  # fmt: skip
            stu = r.choice(returner) if returner and r.random() < 0.25 else new_student(room, yi)
            current[room] = stu
            booked = start - dt.timedelta(days=r.randint(40, 200))
            if yi == 2:
                booked = min(booked, LAST - dt.timedelta(days=r.randint(0, 20)))
            s, e, st = start, end, ["ended", "active", "pending"][yi]
            x = r.random()
            if yi == 1 and room % 4 == 0:
                s = D(2025, 1, 11) if x < 0.3 else start
            if x < 0.09 and yi != 1:
                st = "cancelled"
            elif yi == 1 and x > 0.93:
                st, e = "ended", D(2025, r.choice([2, 3, 4]), r.randint(1, 28))
            tenancies.append((stu, room, s, e, st, booked))
        previous = current
    tenancies.sort(key=lambda t: (t[5], t[1]))
    insert(c, "uh_students", students)
    rows = [(k, stu, ro, _iso(s), _iso(e), st, _iso(b)) for k, (stu, ro, s, e, st, b) in enumerate(tenancies, 1)]
    insert(c, "uh_tenancies", rows)
    rent_of = {x[0]: x[5] for x in out_rooms}
    payments = []
    for k, (_stu, ro, s, e, st, b) in enumerate(tenancies, 1):
        method = r.choice(["card", "bank_transfer", "direct_debit", "direct_debit"])
        if st == "cancelled":
            continue
        payments.append((k, b + dt.timedelta(days=r.randint(0, 3)), 250.0, method, "deposit"))
        if st == "pending":
            continue
        weeks = ((e - s).days + 6) // 7
        inst = 3 if s.month == 9 else 2
        due = [s, D(s.year + 1, 1, 10), D(s.year + 1, 4, 20)] if s.month == 9 else [s, D(s.year, 4, 20)]
        for d in due:
            if d > e or d > LAST:
                continue
            pay_day = d + dt.timedelta(days=r.randint(-3, 9))
            if pay_day > LAST:
                continue
            payments.append((k, pay_day, round(rent_of[ro] * weeks / inst, 2), method, "rent"))
    payments.sort(key=lambda p: (p[1], p[0]))
    insert(c, "uh_payments",
           [(k, t, _iso(d), a, m, kd) for k, (t, d, a, m, kd) in enumerate(payments, 1)])  # fmt: skip
    cats = ["plumbing"] * 4 + ["electrical"] * 3 + ["furniture"] * 2 + ["wifi"] * 4 + ["pests", "locks"]
    reqs = []
    live = [(stu, ro, s, min(e, LAST)) for stu, ro, s, e, st, _b in tenancies if st in ("active", "ended")]
    recent = [(stu, ro, s, e) for stu, ro, s, e in live if e == LAST]
    for n in range(250):
        stu, ro, s, e = r.choice(live) if n < 230 else r.choice(recent)
        d = day_between(r, s, e) if n < 230 else day_between(r, D(2025, 5, 25), LAST)
        winter = d.month in (10, 11, 12, 1, 2, 3)
        cat = "heating" if winter and r.random() < 0.3 else r.choice(cats)
        pri = r.choice(["low", "medium", "medium", "high", "urgent"])
        lag = {"urgent": (0, 2), "high": (1, 5), "medium": (2, 14), "low": (3, 30)}[pri]
        fixed = d + dt.timedelta(days=r.randint(*lag))
        reqs.append((ro, None if r.random() < 0.04 else stu, d, cat, pri, fixed))
    reqs.sort(key=lambda q: (q[2], q[0]))
    rows = []
    for k, (ro, stu, d, cat, pri, fixed) in enumerate(reqs, 1):
        if fixed > LAST:
            rows.append((k, ro, stu, _iso(d), cat, pri, "in_progress" if k % 2 else "open", None))
        else:
            rows.append((k, ro, stu, _iso(d), cat, pri, "resolved", _iso(fixed)))
    insert(c, "uh_maintenance_requests", rows)
    done(c)


# ------------------------------------------------------------------------------------------------------- selfbuild
SB_HOUSE_TYPES = [("Two-bed terrace", 72), ("Three-bed semi", 91), ("Three-bed detached", 104), ("Bungalow", 78)]
SB_STAGES = ["Groundworks", "Superstructure", "Roofing", "First Fix", "Second Fix", "Complete"]
SB_SKILLS = [
    "Groundworks", "Bricklaying", "Carpentry", "Roofing", "Plumbing", "Electrical", "Plastering", "Tiling",
    "Painting and Decorating", "General Labouring",
]  # fmt: skip
SB_SUPPLIERS = ["Jewson", "Travis Perkins", "Selco", "MKM Building Supplies", "Buildbase", "Fenland Timber"]
SB_MATERIALS = {
    "Groundworks": [("Ready-mix concrete", 1800, 4200), ("Hardcore", 400, 900), ("Drainage pipe", 300, 800)],
    "Superstructure": [
        ("Facing bricks", 2500, 6000),
        ("Concrete blocks", 900, 2200),
        ("Timber frame kit", 9000, 15000),
    ],
    "Roofing": [("Roof tiles", 2200, 4800), ("Roof trusses", 1800, 3500), ("Breathable membrane", 150, 400)],
    "First Fix": [("Copper pipe and fittings", 500, 1200), ("Electrical cable", 400, 950), ("Insulation", 800, 1900)],
    "Second Fix": [("Plasterboard", 700, 1500), ("Kitchen units", 3000, 7000), ("Internal doors", 900, 2000)],
}


def build_selfbuild(path: Path) -> None:
    r = random.Random(76002)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Plots" ("Plot ID" INTEGER PRIMARY KEY, "Plot Code" TEXT NOT NULL, "House Type" TEXT NOT NULL,
            "Floor Area Sqm" REAL NOT NULL, "Build Stage" TEXT NOT NULL, "Started On" TEXT NOT NULL,
            "Completed On" TEXT);
        CREATE TABLE "Members" ("Member ID" INTEGER PRIMARY KEY, "Full Name" TEXT NOT NULL,
            "Plot ID" INTEGER REFERENCES "Plots"("Plot ID"), "Role" TEXT NOT NULL, "Joined On" TEXT NOT NULL,
            "Left On" TEXT, "Mentor ID" INTEGER REFERENCES "Members"("Member ID"), "Phone" TEXT);
        CREATE TABLE "Skills" ("Skill ID" INTEGER PRIMARY KEY, "Skill Name" TEXT NOT NULL);
        CREATE TABLE "Member Skills" ("Member ID" INTEGER NOT NULL REFERENCES "Members"("Member ID"),
            "Skill ID" INTEGER NOT NULL REFERENCES "Skills"("Skill ID"), "Certified" TEXT NOT NULL DEFAULT 'N',
            PRIMARY KEY ("Member ID", "Skill ID"));
        CREATE TABLE "Work Sessions" ("Session ID" INTEGER PRIMARY KEY,
            "Member ID" INTEGER NOT NULL REFERENCES "Members"("Member ID"),
            "Plot ID" INTEGER NOT NULL REFERENCES "Plots"("Plot ID"),
            "Skill ID" INTEGER NOT NULL REFERENCES "Skills"("Skill ID"), "Work Date" TEXT NOT NULL,
            "Hours" REAL NOT NULL);
        CREATE TABLE "Material Orders" ("Order ID" INTEGER PRIMARY KEY,
            "Plot ID" INTEGER NOT NULL REFERENCES "Plots"("Plot ID"), "Supplier" TEXT NOT NULL,
            "Material" TEXT NOT NULL, "Ordered On" TEXT NOT NULL, "Delivered On" TEXT, "Cost GBP" REAL NOT NULL);
        """,
    )
    # plots: started in three phases; the earliest are complete
    plots = []
    stage_days = [70, 95, 60, 85, 120]  # days spent in each stage before the next
    for k in range(1, 19):
        phase = 0 if k <= 6 else 1 if k <= 12 else 2
        start = day_between(r, [D(2023, 4, 1), D(2023, 11, 1), D(2024, 7, 1)][phase],
                            [D(2023, 6, 30), D(2024, 2, 28), D(2024, 11, 30)][phase])  # fmt: skip
        ht, area = SB_HOUSE_TYPES[(k * 7) % 4]
        d, stage, done_on = start, 0, None
        while stage < 5:
            d = d + dt.timedelta(days=stage_days[stage] + r.randint(-10, 40))
            if d > LAST:
                break
            stage += 1
        if stage == 5:
            done_on = d
        plots.append((k, f"{'ABC'[phase]}{k - 6 * phase}", ht, area + r.choice([0, 0, 2.5, -1.5, 4]), SB_STAGES[stage],
                      start, done_on))  # fmt: skip
    insert(c, "Plots", [(k, code, ht, a, st, _iso(s), _iso(e)) for k, code, ht, a, st, s, e in plots])
    names = _names(r, 60)
    members: list[list[Any]] = []
    for k, _code, _ht, _a, _st, start, _e in plots:
        for _ in range(r.choice([1, 2, 2, 2, 3])):
            joined = start - dt.timedelta(days=r.randint(30, 400))
            members.append([len(members) + 1, names[len(members)], k, "Member", joined, None, None])
    for _ in range(4):  # waiting list
        members.append([len(members) + 1, names[len(members)], None, "Member", day_between(r, D(2024, 9, 1), LAST),
                        None, None])  # fmt: skip
    members.sort(key=lambda m: m[4])
    renum = {m[0]: n for n, m in enumerate(members, 1)}
    for m in members:
        m[0] = renum[m[0]]
    for idx, role in ((1, "Trustee"), (3, "Trustee"), (6, "Trustee"), (2, "Site Coordinator")):
        members[idx - 1][3] = role
    for m in members[8:]:
        earlier = [x for x in members if x[4] < m[4] and x[0] != m[0] and x[5] is None]
        if r.random() < 0.8:
            m[6] = r.choice(earlier[:12])[0]
    for idx in (5, 17):
        members[idx - 1][5] = D(2024, 10, 31) if idx == 5 else D(2025, 2, 28)
    insert(c, "Members", [(k, n, p, ro, _iso(j), _iso(lft), mt, f"07{r.randint(100, 999)} {r.randint(100000, 999999)}")
                          for k, n, p, ro, j, lft, mt in members])  # fmt: skip
    insert(c, "Skills", [(k, n) for k, n in enumerate(SB_SKILLS, 1)])
    mskills: dict[int, list[int]] = {}
    rows = []
    for m in members:
        mid = int(m[0])
        sk = sorted(r.sample(range(1, 10), r.choice([1, 1, 2, 2, 3, 4])))
        mskills[mid] = [*sk, 10]
        for s in sk:
            rows.append((mid, s, "Y" if r.random() < 0.45 else "N"))
    insert(c, "Member Skills", rows)
    sessions = []
    for _ in range(460):
        m = r.choice(members)
        if m[2] is None:  # the waiting list does not work on the site yet
            continue
        mid = int(m[0])
        lo = max(D(2023, 4, 1), m[4])
        hi = m[5] or LAST
        d = day_between(r, lo, hi)
        open_plots = [p for p in plots if p[5] <= d and (p[6] is None or p[6] >= d)]
        if not open_plots:
            continue
        own = [p for p in open_plots if p[0] == m[2]]
        plot = own[0] if own and r.random() < 0.6 else r.choice(open_plots)
        skill = r.choice(mskills[mid])
        sessions.append((mid, plot[0], skill, d, r.choice([2.0, 3.0, 3.5, 4.0, 4.0, 5.0, 6.0, 7.5, 8.0])))
    sessions.sort(key=lambda s: (s[3], s[0]))
    insert(c, "Work Sessions", [(k, m, p, s, _iso(d), h) for k, (m, p, s, d, h) in enumerate(sessions, 1)])
    orders = []
    for k, _code, _ht, _a, st, start, end in plots:
        reached = SB_STAGES.index(st)
        d = start
        for si, stage in enumerate(SB_STAGES[:5]):
            if si > reached:
                break
            for mat, lo_c, hi_c in r.sample(SB_MATERIALS[stage], r.choice([1, 2, 2, 3])):
                od = d + dt.timedelta(days=r.randint(0, 40))
                if od > LAST:
                    continue
                dd = od + dt.timedelta(days=r.randint(2, 21))
                orders.append((k, r.choice(SB_SUPPLIERS), mat, od, None if dd > LAST else dd,
                               round(r.uniform(lo_c, hi_c), 2)))  # fmt: skip
            d = d + dt.timedelta(days=stage_days[si])
        if end is None:  # something recent still on its way
            for _ in range(r.choice([1, 1, 2])):
                mat, lo_c, hi_c = r.choice(SB_MATERIALS[SB_STAGES[reached]])
                od = day_between(r, D(2025, 5, 20), LAST)
                dd = od + dt.timedelta(days=r.randint(3, 25))
                orders.append((k, r.choice(SB_SUPPLIERS), mat, od, None if dd > LAST else dd,
                               round(r.uniform(lo_c, hi_c), 2)))  # fmt: skip
    orders.sort(key=lambda o: (o[3], o[0]))
    insert(c, "Material Orders", [(k, *o[:3], _iso(o[3]), _iso(o[4]), o[5]) for k, o in enumerate(orders, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- cranehire
CH_DEPOTS = [(10, "Leeds Central", "Leeds"), (20, "Teesside", "Middlesbrough"), (30, "Birmingham South", "Birmingham"),
             (40, "Thames Gateway", "Dartford")]  # fmt: skip
CH_CRANES = [  # type, maker, model, tonnes, day rate in pounds
    ("M", "Terex", "Demag AC 25", 25, 650), ("M", "Tadano", "GR-300EX", 30, 690), ("M", "Grove", "GMK3060L", 60, 940),
    ("M", "Liebherr", "LTF 1045-4.1", 45, 780), ("M", "Tadano", "ATF 40G-2", 40, 720),
    ("A", "Liebherr", "LTM 1100-5.2", 100, 1650), ("A", "Liebherr", "LTM 1160-5.2", 160, 2300),
    ("A", "Grove", "GMK5250L", 250, 3400), ("A", "Tadano", "AC 4.080-1", 80, 1380),
    ("A", "Liebherr", "LTM 1300-6.2", 300, 4100), ("A", "Grove", "GMK4100L", 100, 1620),
    ("A", "Tadano", "AC 5.220-1", 220, 2950), ("A", "Liebherr", "LTM 1500-8.1", 500, 6200),
    ("A", "Sany", "SAC 1300S", 130, 1880), ("C", "Liebherr", "LR 1250", 250, 3800),
    ("C", "Sany", "SCC 1500A", 150, 2600), ("C", "Liebherr", "LR 1160", 160, 2750),
    ("C", "Manitowoc", "MLC 300", 300, 4400), ("T", "Potain", "MDT 219", 10, 760), ("T", "Potain", "MDT 389", 16, 910),
    ("T", "Liebherr", "172 EC-B 8", 8, 690), ("T", "Liebherr", "280 EC-H 12", 12, 850),
    ("T", "Terex", "CTT 202", 10, 720), ("M", "Grove", "GMK3050-2", 50, 860), ("A", "Tadano", "AC 3.055-1", 55, 990),
    ("A", "Liebherr", "LTM 1090-4.2", 90, 1490), ("M", "Terex", "Explorer 5800", 35, 705),
    ("C", "Sany", "SCC 800A", 80, 1950),
]  # fmt: skip
CH_CUSTOMERS = [
    ("Northgate Civils Ltd", "Leeds", "GB"), ("Kerr & Sons Builders", "Bradford", "GB"),
    ("Pennine Steel Erectors", "Huddersfield", "GB"), ("Tees Valley Fabrication", "Middlesbrough", "GB"),
    ("Wearside Modular Homes", "Sunderland", "GB"), ("Midland Precast Ltd", "Birmingham", "GB"),
    ("Arden Construction", "Coventry", "GB"), ("Black Country Roofing", "Wolverhampton", "GB"),
    ("Thameside Developments", "London", "GB"), ("Medway Marine Works", "Chatham", "GB"),
    ("Kingfisher Glazing", "London", "GB"), ("Solent Wind Services", "Southampton", "GB"),
    ("Humber Energy Projects", "Hull", "GB"), ("Calder Valley Homes", "Halifax", "GB"),
    ("Stoneleigh Builders", "Leicester", "GB"), ("Mersey Port Logistics", "Liverpool", "GB"),
    ("Greenway Timber Frame", "York", "GB"), ("Brindley Rail Contractors", "Derby", "GB"),
    ("Harbourside Construction", "Bristol", "GB"), ("Castlegate Steel", "Sheffield", "GB"),
    ("Liffey Build Group", "Dublin", "IE"), ("Corrib Civil Engineering", "Galway", "IE"),
    ("Lee Valley Structures", "Cork", "IE"), ("Mourne Precast", "Dundalk", "IE"),
    ("Ashby Plant Services", "Nottingham", "GB"), ("Oakfield Housing", "Milton Keynes", "GB"),
    ("Redbrook Utilities", "Manchester", "GB"), ("Salford Quays Construction", "Manchester", "GB"),
    ("Vale of York Farms", "Thirsk", "GB"), ("Severn Bridge Maintenance", "Chepstow", "GB"),
    ("Windrush Events", "Oxford", "GB"), ("Fenland Grain Stores", "Ely", "GB"),
]  # fmt: skip
CH_EXAMINERS = ["D. Whitlock", "S. Arkwright", "P. Mensah", "L. Carver"]


def build_cranehire(path: Path) -> None:
    r = random.Random(76003)
    c = fresh_db(
        path,
        """
        CREATE TABLE DEPOT (DEPNO INTEGER PRIMARY KEY, DEPNM TEXT NOT NULL, ORT01 TEXT NOT NULL);
        CREATE TABLE CRANE (CRNNO INTEGER PRIMARY KEY, DEPNO INTEGER NOT NULL REFERENCES DEPOT(DEPNO),
            CRTYP TEXT NOT NULL, MAKER TEXT NOT NULL, MODEL TEXT NOT NULL, CAPTN INTEGER NOT NULL,
            BUYDT INTEGER NOT NULL, DAYRT INTEGER NOT NULL, RETFL TEXT NOT NULL DEFAULT '');
        CREATE TABLE OPERT (OPRNO INTEGER PRIMARY KEY, NAME1 TEXT NOT NULL, CPCSL TEXT NOT NULL,
            HIRDT INTEGER NOT NULL, DEPNO INTEGER NOT NULL REFERENCES DEPOT(DEPNO),
            SUPNO INTEGER REFERENCES OPERT(OPRNO));
        CREATE TABLE KUNDE (KUNNR INTEGER PRIMARY KEY, NAME1 TEXT NOT NULL, ORT01 TEXT NOT NULL,
            LAND1 TEXT NOT NULL, ERDAT INTEGER NOT NULL);
        CREATE TABLE HIREH (HIRNO INTEGER PRIMARY KEY, KUNNR INTEGER NOT NULL REFERENCES KUNDE(KUNNR),
            CRNNO INTEGER NOT NULL REFERENCES CRANE(CRNNO), OPRNO INTEGER REFERENCES OPERT(OPRNO),
            BEGDA INTEGER NOT NULL, ENDDA INTEGER, STATS TEXT NOT NULL, NETWR INTEGER);
        CREATE TABLE INSPC (INSNO INTEGER PRIMARY KEY, CRNNO INTEGER NOT NULL REFERENCES CRANE(CRNNO),
            INSDT INTEGER NOT NULL, RESLT TEXT NOT NULL, EXAMR TEXT NOT NULL, NXTDT INTEGER);
        """,
    )
    insert(c, "DEPOT", CH_DEPOTS)
    cranes = []
    for k, (typ, maker, model, t, rate) in enumerate(CH_CRANES, 1):
        bought = (
            day_between(r, D(2011, 1, 1), D(2022, 12, 31)) if k <= 24 else day_between(r, D(2024, 3, 1), D(2025, 5, 30))
        )
        retired = "X" if k in (1, 5, 9) else ""
        cranes.append((1000 + k, CH_DEPOTS[(k * 3) % 4][0], typ, maker, model, t, bought, rate * 100, retired))
    insert(c, "CRANE", [(n, dp, ty, mk, md, t, _ymd(b), rt, rf) for n, dp, ty, mk, md, t, b, rt, rf in cranes])
    names = _names(r, 20)
    ops = []
    for k, n in enumerate(names, 1):
        dep = CH_DEPOTS[(k - 1) % 4][0] if k <= 4 else CH_DEPOTS[r.randrange(4)][0]
        sup = None if k == 1 else 1 if k <= 4 else [1, 2, 3, 4][[10, 20, 30, 40].index(dep)]
        card = "B" if k <= 4 or r.random() < 0.7 else "R"
        hired = (
            day_between(r, D(2008, 1, 1), D(2016, 12, 31)) if k <= 4 else day_between(r, D(2016, 1, 1), D(2024, 9, 30))
        )
        ops.append((k, n, card, _ymd(hired), dep, sup))
    insert(c, "OPERT", ops)
    custs = []
    for k, (n, city, land) in enumerate(CH_CUSTOMERS):
        opened = day_between(r, D(2012, 1, 1), D(2022, 12, 31)) if k < 28 else day_between(r, D(2025, 1, 5), LAST)
        custs.append((200100 + k * 7, n, city, land, _ymd(opened)))
    insert(c, "KUNDE", custs)
    weights = [9, 3, 4, 5, 2, 4, 3, 2, 6, 2, 3, 2, 3, 2, 2, 2, 3, 2, 3, 4, 4, 2, 2, 1, 2, 2, 2, 3, 1, 1, 0, 0]
    hires = []
    busy: dict[int, list[tuple[dt.date, dt.date]]] = {o[0]: [] for o in ops}
    for n, _dp, typ, _mk, _md, _t, bought, rate, retired in cranes:
        if n in (1026, 1027):
            continue  # bought recently, not out yet
        d = max(D(2023, 1, 2), bought) + dt.timedelta(days=r.randint(3, 40))
        stop = D(2024, 8, 31) if retired else D(2025, 9, 30)
        while d < stop:
            length = r.randint(60, 280) if typ == "T" else r.choice([1, 1, 2, 3, 5, 7, 10, 14, 21])
            end = d + dt.timedelta(days=length - 1)
            cust = r.choices(custs[:30], weights=weights[:30])[0][0]
            opr = None
            if typ == "T" or r.random() > 0.25:
                free = [o for o in ops if all(e < d or s > end for s, e in busy[o[0]])]
                if free:
                    opr = r.choice(free)[0]
                    busy[opr].append((d, end))
            if d > TODAY:
                st = "B" if r.random() > 0.08 else "X"
            elif end >= TODAY:
                st = "A"
            else:
                st = "C" if r.random() > 0.06 else "X"
            value = int(rate * length * (0.85 if length >= 7 else 1.0))
            open_end = typ == "T" and st == "A"
            hires.append(
                (cust, n, opr, d, None if open_end else end, st, 0 if st == "X" else None if open_end else value)
            )
            d = end + dt.timedelta(days=r.randint(12, 75) if typ != "T" else r.randint(10, 60))
    hires.sort(key=lambda h: (h[3], h[1]))
    insert(
        c, "HIREH", [(k, cu, cr, op, _ymd(b), _ymd(e), st, v) for k, (cu, cr, op, b, e, st, v) in enumerate(hires, 1)]
    )
    exams = []
    for n, _dp, _ty, _mk, _md, _t, bought, _rate, retired in cranes:
        d = min(max(D(2023, 1, 10), bought) + dt.timedelta(days=r.randint(0, 60)), LAST)
        stop = D(2024, 9, 30) if retired else LAST
        while d <= stop:
            x = r.random()
            res = "P" if x < 0.74 else "A" if x < 0.92 or d > LAST - dt.timedelta(days=2) else "F"
            exams.append((n, d, res, r.choice(CH_EXAMINERS), None if res == "F" else d + dt.timedelta(days=182)))
            if res == "F":  # repaired and passed on re-examination
                d = min(d + dt.timedelta(days=r.randint(2, 12)), LAST)
                exams.append((n, d, "P", r.choice(CH_EXAMINERS), d + dt.timedelta(days=182)))
            d = d + dt.timedelta(days=r.randint(165, 182))
    exams.sort(key=lambda e: (e[1], e[0]))
    insert(c, "INSPC", [(k, n, _ymd(d), res, ex, _ymd(nx)) for k, (n, d, res, ex, nx) in enumerate(exams, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- snagging
SN_DEVELOPMENTS = [
    (1, "Meadow Rise", "Harrogate", D(2022, 9, 1), 38), (2, "Kingfisher Reach", "Wakefield", D(2023, 3, 15), 34),
    (3, "The Orchards", "Selby", D(2023, 10, 2), 30), (4, "Station Quarter", "Castleford", D(2024, 6, 10), 26),
]  # fmt: skip
SN_HOUSE_TYPES = [("Ashby", 2), ("Bramley", 3), ("Clifton", 3), ("Denby", 4), ("Elmstead", 4)]
SN_TRADES = ["Plumbing", "Electrical", "Joinery", "Plastering", "Decorating", "Roofing", "Flooring", "Kitchens",
             "Landscaping", "Glazing"]  # fmt: skip
SN_CONTRACTORS = [  # company, trade id, preferred
    ("Aire Valley Plumbing", 1, 1), ("Ridings Heating & Plumbing", 1, 0), ("Brightwire Electrical", 2, 1),
    ("Spark North Ltd", 2, 0), ("Oakline Joinery", 3, 1), ("Smooth Finish Plastering", 4, 1),
    ("Castle Plasterers", 4, 0), ("Fresh Coat Decorators", 5, 1), ("Pennine Roofing", 6, 0),
    ("Floorcraft Yorkshire", 7, 1), ("Keystone Kitchens", 8, 1), ("Greenscape Landscapes", 9, 0),
    ("Clearview Windows", 10, 1), ("Ouse Valley Decorators", 5, 0),
]  # fmt: skip
SN_INSPECTORS = [(1, "Martin Hale", "Site Manager"), (2, "Priya Desai", "Site Manager"),
                 (3, "Owen Rafferty", "Quality Inspector"), (4, "Claire Booth", "Customer Care Manager"),
                 (5, "Declan Shaw", "Quality Inspector"), (6, "Fiona Lund", "Site Manager")]  # fmt: skip
SN_FAULTS = {
    1: ["Leaking waste pipe", "Low water pressure", "Radiator not heating", "Dripping tap", "WC keeps running"],
    2: ["Socket not working", "Light fitting loose", "Extractor fan noisy", "Missing smoke alarm cover"],
    3: ["Door sticking", "Skirting gap", "Loose stair spindle", "Wardrobe door misaligned"],
    4: ["Crack in ceiling", "Nail pops in wall", "Uneven plaster finish"],
    5: ["Paint missed behind door", "Paint runs on skirting", "Emulsion on light switch"],
    6: ["Slipped roof tile", "Ridge mortar cracked", "Gutter leaking"],
    7: ["Laminate lifting", "Carpet seam visible", "Cracked floor tile"],
    8: ["Worktop chipped", "Cupboard door hinge loose", "Oven not fitted level"],
    9: ["Turf not established", "Fence panel loose", "Patio slab rocking"],
    10: ["Window will not lock", "Condensation between panes", "Patio door draughty"],
}
SN_ROOMS = {
    1: ["Kitchen", "Bathroom", "En-suite", "Utility"], 2: ["Kitchen", "Living Room", "Hallway", "Bedroom 1", "Garage"],
    3: ["Hallway", "Landing", "Bedroom 1", "Bedroom 2", "Living Room"], 4: ["Living Room", "Bedroom 1", "Landing"],
    5: ["Hallway", "Living Room", "Bedroom 2", "Landing"], 6: ["Exterior"], 7: ["Kitchen", "Living Room", "Hallway"],
    8: ["Kitchen"], 9: ["Garden"], 10: ["Living Room", "Bedroom 1", "Kitchen"],
}  # fmt: skip


def build_snagging(path: Path) -> None:
    r = random.Random(76004)
    c = fresh_db(
        path,
        """
        CREATE TABLE development (developmentId INTEGER PRIMARY KEY, developmentName TEXT NOT NULL,
            town TEXT NOT NULL, launchDate TEXT NOT NULL);
        CREATE TABLE plot (plotId INTEGER PRIMARY KEY,
            developmentId INTEGER NOT NULL REFERENCES development(developmentId), plotNumber INTEGER NOT NULL,
            houseType TEXT NOT NULL, bedrooms INTEGER NOT NULL, completionDate TEXT, handoverDate TEXT,
            buyerName TEXT);
        CREATE TABLE trade (tradeId INTEGER PRIMARY KEY, tradeName TEXT NOT NULL);
        CREATE TABLE contractor (contractorId INTEGER PRIMARY KEY, companyName TEXT NOT NULL,
            tradeId INTEGER NOT NULL REFERENCES trade(tradeId), isPreferred INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE inspector (inspectorId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, jobTitle TEXT NOT NULL);
        CREATE TABLE snag (snagId INTEGER PRIMARY KEY, plotId INTEGER NOT NULL REFERENCES plot(plotId),
            reportedDate TEXT NOT NULL, reportedBy TEXT NOT NULL,
            raisedById INTEGER REFERENCES inspector(inspectorId), roomName TEXT NOT NULL,
            description TEXT NOT NULL, severity TEXT NOT NULL,
            contractorId INTEGER NOT NULL REFERENCES contractor(contractorId), fixedDate TEXT,
            reopenedFromId INTEGER REFERENCES snag(snagId));
        """,
    )
    insert(c, "development", [(i, n, t, _iso(d)) for i, n, t, d, _k in SN_DEVELOPMENTS])
    buyers = _names(r, 140)
    plots = []
    for dev, _n, _t, launch, count in SN_DEVELOPMENTS:
        for num in range(1, count + 1):
            ht, beds = SN_HOUSE_TYPES[r.choice([0, 1, 1, 2, 2, 3, 4])]
            comp: dt.date | None = launch + dt.timedelta(days=150 + num * r.randint(9, 14))
            hand: dt.date | None = comp + dt.timedelta(days=r.randint(14, 90)) if comp else None
            if comp and comp > LAST:
                comp = hand = None
            elif hand and hand > LAST:
                hand = None
            buyer = buyers[len(plots)] if hand else None
            plots.append((len(plots) + 1, dev, num, ht, beds, comp, hand, buyer))
    insert(c, "plot", [(k, d, n, ht, b, _iso(cp), _iso(h), by) for k, d, n, ht, b, cp, h, by in plots])
    insert(c, "trade", [(k, n) for k, n in enumerate(SN_TRADES, 1)])
    insert(c, "contractor", [(k, *x) for k, x in enumerate(SN_CONTRACTORS, 1)])
    insert(c, "inspector", SN_INSPECTORS)
    by_trade: dict[int, list[int]] = {}
    for k, (_n, t, _p) in enumerate(SN_CONTRACTORS, 1):
        by_trade.setdefault(t, []).append(k)
    trade_w = [14, 9, 10, 8, 12, 3, 6, 5, 4, 4]
    snags: list[list[Any]] = []
    for k, _dev, _num, _ht, _b, comp, hand, _by in plots:
        if comp is None:
            continue
        n_pre = r.randint(0, 5)
        n_post = r.randint(0, 4) if hand else 0
        for i in range(n_pre + n_post):
            if i < n_pre:
                d = day_between(r, comp, min(hand or LAST, LAST))
                who, insp = "Inspector", r.choice([1, 2, 3, 5, 6] if d < D(2024, 1, 1) else [2, 3, 5, 6])
            else:
                assert hand is not None
                d = day_between(r, hand, min(hand + dt.timedelta(days=600), LAST))
                who, insp = "Buyer", None
            t = r.choices(range(1, 11), weights=trade_w)[0]
            sev = r.choices(["Minor", "Major", "Critical"], weights=[70, 24, 6])[0]
            lag = {"Minor": (3, 45), "Major": (2, 25), "Critical": (0, 6)}[sev]
            fixed = d + dt.timedelta(days=r.randint(*lag))
            snags.append([k, d, who, insp, r.choice(SN_ROOMS[t]), r.choice(SN_FAULTS[t]), sev,
                          r.choice(by_trade[t]), None if fixed > LAST else fixed, None])  # fmt: skip
    snags.sort(key=lambda s: (s[1], s[0]))
    # a defect that came back after it was fixed is raised again from the first snag
    for idx in r.sample(range(len(snags)), 60):
        s = snags[idx]
        if s[8] is None or len([x for x in snags if x[9] is not None]) >= 18:
            continue
        again = s[8] + dt.timedelta(days=r.randint(10, 120))
        if again > LAST:
            continue
        fixed = again + dt.timedelta(days=r.randint(2, 30))
        snags.append([s[0], again, "Buyer" if s[2] == "Buyer" or r.random() < 0.5 else "Inspector",
                      s[3], s[4], s[5], s[6], s[7], None if fixed > LAST else fixed, idx + 1])  # fmt: skip
    for s in snags:
        if s[2] == "Buyer":
            s[3] = None
        elif s[3] is None:
            s[3] = 4
    order = sorted(range(len(snags)), key=lambda i: (snags[i][1], snags[i][0]))
    new_id = {old: new for new, old in enumerate(order, 1)}
    rows = []
    for old in order:
        s = snags[old]
        ref = new_id[int(s[9]) - 1] if s[9] is not None else None
        rows.append((new_id[old], s[0], _iso(s[1]), *s[2:8], _iso(s[8]), ref))
    insert(c, "snag", rows)
    done(c)


# ------------------------------------------------------------------------------------------------------- firedoors
FD_BUILDINGS = [  # name, town, storeys, client, built
    (1, "Harland Court", "Leicester", 6, "Soar Housing Association", 1968),
    (2, "Cedar Point", "Nottingham", 9, "Trent Living Ltd", 2004),
    (3, "Weavers Yard", "Derby", 4, "Soar Housing Association", 1999),
    (4, "Victoria Mill", "Loughborough", 5, "Charnwood Student Homes", 1890),
    (5, "Riverside House", "Leicester", 7, "Soar Housing Association", 1975),
    (6, "Beeston Works", "Nottingham", 3, "Trent Living Ltd", 2012),
]  # fmt: skip
FD_TYPES = ["Flat entrance", "Stair core", "Corridor cross", "Riser cupboard", "Plant room", "Bin store"]
FD_STATUS = ["In service", "Replaced", "Decommissioned"]
FD_OUTCOMES = ["Pass", "Minor remedial", "Major remedial", "Replace door", "No access"]
FD_INSPECTORS = [(1, "Gareth Pugh", 1, D(2019, 4, 1)), (2, "Nisha Rahman", 1, D(2020, 9, 14)),
                 (3, "Callum Doyle", 0, D(2023, 2, 6)), (4, "Ruth Okonjo", 1, D(2021, 6, 1)),
                 (5, "Sean Ferris", 0, D(2024, 5, 20))]  # fmt: skip


def build_firedoors(path: Path) -> None:
    r = random.Random(76005)
    c = fresh_db(
        path,
        """
        CREATE TABLE building (id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT NOT NULL,
            storeys INTEGER NOT NULL, client_name TEXT NOT NULL, built_year INTEGER);
        CREATE TABLE door_type (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE door_status (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE door (id INTEGER PRIMARY KEY, building_id INTEGER NOT NULL REFERENCES building(id),
            door_ref TEXT NOT NULL, floor INTEGER NOT NULL, type_id INTEGER NOT NULL REFERENCES door_type(id),
            rating_minutes INTEGER NOT NULL, has_self_closer INTEGER NOT NULL, installed_year INTEGER,
            status_id INTEGER NOT NULL REFERENCES door_status(id));
        CREATE TABLE inspector (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, is_certified INTEGER NOT NULL,
            started_on TEXT NOT NULL);
        CREATE TABLE outcome (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE inspection (id INTEGER PRIMARY KEY, door_id INTEGER NOT NULL REFERENCES door(id),
            inspector_id INTEGER NOT NULL REFERENCES inspector(id), inspected_on TEXT NOT NULL,
            outcome_id INTEGER NOT NULL REFERENCES outcome(id), max_gap_mm REAL, remedial_done INTEGER NOT NULL);
        """,
    )
    insert(c, "building", FD_BUILDINGS)
    insert(c, "door_type", [(k, x) for k, x in enumerate(FD_TYPES, 1)])
    insert(c, "door_status", [(k, x) for k, x in enumerate(FD_STATUS, 1)])
    insert(c, "outcome", [(k, x) for k, x in enumerate(FD_OUTCOMES, 1)])
    insert(c, "inspector", [(i, n, cert, _iso(d)) for i, n, cert, d in FD_INSPECTORS])
    doors: list[list[Any]] = []
    for bid, _n, _t, storeys, _cl, built in FD_BUILDINGS:
        for fl in range(storeys):
            kinds = [1] * (r.randint(2, 4) if fl else r.randint(0, 2)) + [2] + ([3] if r.random() < 0.5 else [])
            kinds += [4] if fl % 2 == 0 else []
            if fl == 0:
                kinds += [5, 6]
            for j, kind in enumerate(kinds, 1):
                rating = 60 if kind in (2, 5) and storeys > 5 else 30
                if kind == 5 and bid == 2:
                    rating = 90
                closer = 1 if r.random() < (0.85 if kind == 1 else 0.97) else 0
                year = max(built, r.choice([2006, 2011, 2015, 2018, 2019, 2021, 2022]))
                doors.append([len(doors) + 1, bid, f"B{bid}-{'G' if fl == 0 else fl}-{j:02d}", fl, kind, rating,
                              closer, year, 1])  # fmt: skip
    inspections = []
    start = D(2024, 1, 8)
    extra: list[list[Any]] = []
    for door in list(doors):
        kind = int(door[4])
        step = 365 if kind == 1 else 91
        d = start + dt.timedelta(days=r.randint(0, 80 if kind != 1 else 300))
        target: list[object] = door
        while d <= LAST:
            if r.random() < 0.04 and kind != 1:
                d += dt.timedelta(days=step)
                continue  # a visit that did not happen
            insp = r.choice([1, 2, 3, 4] if d < D(2024, 5, 20) else [1, 2, 3, 4, 5])
            x = r.random()
            out = 5 if kind == 1 and x < 0.08 else 1 if x < 0.66 else 2 if x < 0.86 else 3 if x < 0.96 else 4
            gap = None if out == 5 else round(r.uniform(2.0, 3.8) if out == 1 else r.uniform(2.5, 6.5), 1)
            done_flag = 0 if out in (2, 3) and d > D(2025, 4, 1) and r.random() < 0.7 else int(out in (2, 3))
            inspections.append((target[0], insp, d, out, gap, done_flag))
            if out == 4:  # the door is replaced a few weeks later under the same reference
                target[8] = 2
                new = [len(doors) + len(extra) + 1, *target[1:7], (d + dt.timedelta(days=30)).year, 1]
                new[6] = 1
                extra.append(new)
                target = new
                d = d + dt.timedelta(days=35)
                continue
            d += dt.timedelta(days=step + r.randint(-10, 10))
    doors += extra
    for bid in (4,):  # two plant-room doors taken out of use when the boiler moved
        for dr in doors:
            if dr[1] == bid and dr[4] == 5:
                dr[8] = 3
    insert(c, "door", [tuple(d) for d in doors])
    inspections.sort(key=lambda x: (x[2], x[0]))
    insert(c, "inspection", [(k, dr, i, _iso(d), o, g, rd) for k, (dr, i, d, o, g, rd) in enumerate(inspections, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- blockmgmt
BM_STAFF = [  # name, role, manager, started
    (1, "Helen Marsh", "Director", None, D(2009, 3, 2)),
    (2, "Tom Baxter", "Senior Property Manager", 1, D(2014, 6, 16)),
    (3, "Anita Kapoor", "Senior Property Manager", 1, D(2016, 1, 11)),
    (4, "Lewis Greer", "Property Manager", 2, D(2019, 9, 2)),
    (5, "Megan Doyle", "Property Manager", 3, D(2021, 4, 19)),
    (6, "Sam Oyelaran", "Property Manager", 2, D(2023, 2, 6)),
    (7, "Kirsty Lamb", "Assistant Property Manager", 4, D(2024, 8, 27)),
]
BM_BLOCKS = [  # name, town, floors, built, manager, flats
    (1, "Alder House", "Brighton", 5, 1972, 4, 20), (2, "Bellevue Mansions", "Hove", 4, 1905, 5, 14),
    (3, "Cobalt Wharf", "Shoreham-by-Sea", 8, 2008, 6, 32), (4, "Dyke Road Court", "Brighton", 3, 1964, 4, 12),
    (5, "Eastgate Lofts", "Lewes", 4, 2016, 5, 18),
]  # fmt: skip
BM_CATEGORIES = [
    ("Roofing", 900, 6500), ("Lift", 400, 4800), ("Door entry", 150, 1400), ("Plumbing", 120, 1800),
    ("Lighting", 60, 600), ("Damp", 300, 3200), ("Drains", 180, 2200), ("Decoration", 400, 5000),
]  # fmt: skip
BM_CONTRACTORS = ["Sussex Roofline", "Downs Lifts", "Coastal Access Systems", "Pipeline Plumbing", "Brightspark Ltd",
                  "DryWall Damp Solutions", "Flow Drainage", "Regency Decorators"]  # fmt: skip


def build_blockmgmt(path: Path) -> None:
    r = random.Random(76006)
    c = fresh_db(
        path,
        """
        CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, staff_name TEXT NOT NULL, staff_role TEXT NOT NULL,
            staff_manager_id INTEGER REFERENCES staff(staff_id), staff_started TEXT NOT NULL);
        CREATE TABLE block (block_id INTEGER PRIMARY KEY, block_name TEXT NOT NULL, block_town TEXT NOT NULL,
            block_floors INTEGER NOT NULL, block_built_year INTEGER NOT NULL,
            staff_id INTEGER NOT NULL REFERENCES staff(staff_id));
        CREATE TABLE flat (flat_id INTEGER PRIMARY KEY, block_id INTEGER NOT NULL REFERENCES block(block_id),
            flat_number TEXT NOT NULL, flat_floor INTEGER NOT NULL, flat_bedrooms INTEGER NOT NULL);
        CREATE TABLE leaseholder (leaseholder_id INTEGER PRIMARY KEY, leaseholder_name TEXT NOT NULL,
            leaseholder_email TEXT, leaseholder_country TEXT NOT NULL DEFAULT 'GB');
        CREATE TABLE ownership (ownership_id INTEGER PRIMARY KEY, flat_id INTEGER NOT NULL REFERENCES flat(flat_id),
            leaseholder_id INTEGER NOT NULL REFERENCES leaseholder(leaseholder_id), ownership_start TEXT NOT NULL,
            ownership_end TEXT);
        CREATE TABLE charge (charge_id INTEGER PRIMARY KEY, flat_id INTEGER NOT NULL REFERENCES flat(flat_id),
            charge_period TEXT NOT NULL, charge_issued TEXT NOT NULL, charge_due TEXT NOT NULL,
            charge_amount REAL NOT NULL, charge_paid_date TEXT);
        CREATE TABLE repair (repair_id INTEGER PRIMARY KEY, block_id INTEGER NOT NULL REFERENCES block(block_id),
            flat_id INTEGER REFERENCES flat(flat_id), staff_id INTEGER NOT NULL REFERENCES staff(staff_id),
            repair_category TEXT NOT NULL, repair_contractor TEXT NOT NULL, repair_reported TEXT NOT NULL,
            repair_completed TEXT, repair_cost REAL);
        """,
    )
    insert(c, "staff", [(i, n, ro, m, _iso(d)) for i, n, ro, m, d in BM_STAFF])
    insert(c, "block", [(i, n, t, f, y, s) for i, n, t, f, y, s, _k in BM_BLOCKS])
    flats = []
    for bid, _n, _t, floors, _y, _s, count in BM_BLOCKS:
        for k in range(count):
            fl = k * floors // count
            beds = r.choice([1, 1, 2, 2, 2, 3]) if bid != 2 else r.choice([2, 3, 3, 4])
            flats.append((len(flats) + 1, bid, str(k + 1) if bid != 3 else f"{fl}{k % 4 + 1:02d}", fl, beds))
    insert(c, "flat", flats)
    names = _names(r, 150)
    people = []
    for k, n in enumerate(names, 1):
        country = r.choices(["GB", "IE", "FR", "ES", "HK", "AE", "US"], weights=[84, 3, 3, 3, 3, 2, 2])[0]
        email = None if r.random() < 0.1 else f"{n.replace(' ', '.').lower()}@mailbox.example"
        people.append((k, n, email, country))
    owns = []
    nxt = 0
    investor = {}
    for fid, _bid, _num, _fl, _b in flats:
        start = day_between(r, D(2002, 1, 1), D(2019, 12, 31))
        joint = r.random() < 0.3
        owners = []
        if fid % 9 == 0 and investor:  # a few landlords own several flats
            owners = [r.choice(list(investor))]
        else:
            owners = [nxt + 1] + ([nxt + 2] if joint else [])
            nxt += len(owners)
            if r.random() < 0.15:
                investor[owners[0]] = True
        sold = r.random() < 0.22 and nxt < 140
        end = day_between(r, D(2021, 1, 1), D(2025, 5, 31)) if sold else None
        for o in owners:
            owns.append((fid, o, start, end))
        if sold:
            nxt += 1
            owns.append((fid, nxt, end, None))
    insert(c, "leaseholder", people[:nxt])
    owns.sort(key=lambda o: (o[2], o[0]))
    insert(c, "ownership", [(k, f, lh, _iso(s), _iso(e)) for k, (f, lh, s, e) in enumerate(owns, 1)])
    charges = []
    rate = {1: 1.0, 2: 1.35, 3: 1.6, 4: 0.9, 5: 1.2}
    periods = [("2024-H1", D(2023, 12, 1)), ("2024-H2", D(2024, 6, 1)), ("2025-H1", D(2024, 12, 1)),
               ("2025-H2", D(2025, 6, 1))]  # fmt: skip
    for fid, bid, _num, _fl, beds in flats:
        late_payer = r.random() < 0.12
        for per, issued in periods:
            due = issued + dt.timedelta(days=30)
            amount = round((520 + 260 * beds) * rate[bid] * (1.04 if per.startswith("2025") else 1.0), 2)
            pay = issued + dt.timedelta(days=r.randint(3, 75 if late_payer else 28))
            if late_payer and per == "2025-H1" and r.random() < 0.7:
                pay = None  # still owing
            if per == "2025-H2" and r.random() < 0.75:
                pay = None
            if pay and pay > LAST:
                pay = None
            charges.append((fid, per, issued, due, amount, pay))
    insert(c, "charge", [(k, f, p, _iso(i), _iso(d), a, _iso(pd)) for k, (f, p, i, d, a, pd) in enumerate(charges, 1)])
    repairs = []
    mgr_of = {b[0]: b[5] for b in BM_BLOCKS}
    for n in range(160):
        bid = r.choices([1, 2, 3, 4, 5], weights=[5, 4, 7, 3, 3])[0]
        d = day_between(r, D(2023, 1, 3), LAST) if n < 146 else day_between(r, D(2025, 4, 20), LAST)
        ci = r.randrange(len(BM_CATEGORIES))
        cat, lo, hi = BM_CATEGORIES[ci]
        if cat == "Lift" and bid in (2, 4):
            cat, lo, hi = BM_CATEGORIES[3]
            ci = 3
        in_flat = cat in ("Plumbing", "Damp") and r.random() < 0.7
        flat = r.choice([f[0] for f in flats if f[1] == bid]) if in_flat else None
        staff = mgr_of[bid] if r.random() < 0.75 else r.choice([7, 2, 3])
        if staff == 7 and d < D(2024, 8, 27):
            staff = mgr_of[bid]
        if staff == 6 and d < D(2023, 2, 6):
            staff = 2
        done_on = d + dt.timedelta(days=r.randint(1, 60))
        cost = round(r.uniform(lo, hi), 2)
        finished = done_on <= LAST
        repairs.append((bid, flat, staff, cat, BM_CONTRACTORS[ci], d, done_on if finished else None,
                        cost if finished else None))  # fmt: skip
    repairs.sort(key=lambda x: (x[5], x[0]))
    insert(c, "repair", [(k, b, f, s, ca, co, _iso(d), _iso(e), cost)
                         for k, (b, f, s, ca, co, d, e, cost) in enumerate(repairs, 1)])  # fmt: skip
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "studenthalls": build_studenthalls,
    "selfbuild": build_selfbuild,
    "cranehire": build_cranehire,
    "snagging": build_snagging,
    "firedoors": build_firedoors,
    "blockmgmt": build_blockmgmt,
}
