"""Six small business databases for the thirty-third blind English-to-SQL corpus.

- ``bowling`` (plural snake_case): a ten-pin bowling alley. ``lanes`` (standard, cosmic or vip; bumpers 0/1,
  active 0/1), ``leagues``, ``bowlers`` (first and last name, optional league and handicap), ``lane_bookings``
  (booked by a bowler or, with no bowler, a guest; status completed, cancelled, no_show or confirmed), ``games``
  (one bowler's game on a lane, from a booking or a league night) and ``league_payments``.
- ``fleamarket`` (singular PascalCase): a car-boot sale and flea market. ``Vendor`` (charity flag 0/1),
  ``MarketDay`` (a date at one of three sites, weather, gate count, cancelled flag), ``Pitch`` (zone car, van,
  table or indoor), ``PitchBooking`` (status paid, unpaid or refunded), ``Category`` and ``Sale`` (card sales
  taken on the market's terminal for a booking).
- ``karting`` (camelCase tables and columns): an indoor and outdoor go-kart track. ``drivers`` (each may have been
  referred by another driver: a self-referencing foreign key), ``karts`` (petrol or electric, junior flag),
  ``tracks``, ``raceSessions`` (practice, grandprix, endurance or kids; a timestamp), ``sessionEntries`` (a driver
  in a kart in a session; no finish position when the driver did not finish) and ``maintenanceLogs``.
- ``commradio`` (abbreviated legacy names, coded values): a community radio station. ``gnr_ref`` (genre codes),
  ``iss_ref`` (broadcast issue codes), ``pmt_ref`` (payment method codes), ``vol_mstr`` (volunteers:
  ``vol_typ_cd`` P presenter, T technician, A admin; ``sts_cd`` A active, I inactive), ``shw_mstr`` (shows:
  ``sts_cd`` A airing, X axed), ``brdcst_log`` (one broadcast of a show), ``dnr_mstr`` (donors) and ``dntn``
  (donations).
- ``icerink`` (UPPER_CASE with 'Y'/'N' flags): a municipal ice rink. ``SKATER``, ``INSTRUCTOR``, ``ICE_SESSION``
  (public, disco, hockey or figure), ``ADMISSION`` (a ticket for a session, maybe to an unregistered walk-in),
  ``LESSON`` (status booked, taken or cancelled) and ``SHARPENING``.
- ``framer`` (``tb_`` prefix on every table): a picture framing shop. ``tb_staff``, ``tb_customer`` (first and
  last name, trade flag 0/1), ``tb_moulding``, ``tb_glazing``, ``tb_order`` (status quoted, in_progress, ready,
  collected or cancelled; glazing optional) and ``tb_payment``.
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


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _stamp(d: dt.date, r: random.Random, h0: int, h1: int) -> str:
    return f"{d.isoformat()} {r.randint(h0, h1):02d}:{r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}:{r.randrange(60):02d}"


# ------------------------------------------------------------------------------------------------------ bowling
def build_bowling(path: Path) -> None:
    r = random.Random(33001)
    c = fresh_db(
        path,
        """
        CREATE TABLE lanes (
            id INTEGER PRIMARY KEY, lane_number INTEGER NOT NULL UNIQUE, lane_type TEXT NOT NULL,
            has_bumpers INTEGER NOT NULL, is_active INTEGER NOT NULL);
        CREATE TABLE leagues (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, night TEXT NOT NULL, season_start TEXT NOT NULL,
            weekly_fee REAL NOT NULL);
        CREATE TABLE bowlers (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT,
            league_id INTEGER REFERENCES leagues(id), handicap INTEGER, joined_on TEXT NOT NULL);
        CREATE TABLE lane_bookings (
            id INTEGER PRIMARY KEY, lane_id INTEGER NOT NULL REFERENCES lanes(id),
            bowler_id INTEGER REFERENCES bowlers(id), booking_date TEXT NOT NULL, start_time TEXT NOT NULL,
            party_size INTEGER NOT NULL, games_booked INTEGER NOT NULL, status TEXT NOT NULL,
            total_price REAL NOT NULL);
        CREATE TABLE games (
            id INTEGER PRIMARY KEY, bowler_id INTEGER NOT NULL REFERENCES bowlers(id),
            lane_id INTEGER NOT NULL REFERENCES lanes(id), booking_id INTEGER REFERENCES lane_bookings(id),
            played_on TEXT NOT NULL, is_league_game INTEGER NOT NULL, score INTEGER NOT NULL,
            strikes INTEGER NOT NULL, spares INTEGER NOT NULL);
        CREATE TABLE league_payments (
            id INTEGER PRIMARY KEY, bowler_id INTEGER NOT NULL REFERENCES bowlers(id),
            league_id INTEGER NOT NULL REFERENCES leagues(id), paid_on TEXT NOT NULL, amount REAL NOT NULL,
            method TEXT NOT NULL);
        """,
    )
    lanes = []
    for n in range(1, 17):
        lt = "standard" if n <= 10 else ("cosmic" if n <= 14 else "vip")
        lanes.append((n, n, lt, 1 if n in (1, 2, 3, 4, 11) else 0, 0 if n in (9, 14) else 1))
    insert(c, "lanes", lanes)
    rate = {"standard": 5.5, "cosmic": 7.0, "vip": 9.5}
    leagues = [
        (1, "Monday Night Strikers", "Monday", "2023-01-09", 12.0),
        (2, "Tuesday Seniors", "Tuesday", "2023-01-10", 8.0),
        (3, "Wednesday Mixed Doubles", "Wednesday", "2023-01-11", 11.0),
        (4, "Thursday Trade League", "Thursday", "2023-01-12", 14.0),
        (5, "Friday Youth League", "Friday", "2023-09-08", 6.0),
        (6, "Sunday Social", "Sunday", "2024-01-07", 9.0),
    ]
    insert(c, "leagues", leagues)
    names = full_names(r, 190)
    bowlers = []
    skill = {}
    for i, n in enumerate(names, 1):
        first, last = n.split(" ")
        league = r.choices([None, 1, 2, 3, 4, 5, 6], [40, 12, 10, 12, 10, 7, 9])[0]
        if i <= 6:
            league = i
        joined = day_between(r, D(2023, 1, 2), D(2025, 5, 31))
        if league is not None:
            joined = max(joined, D.fromisoformat(leagues[league - 1][3]) - dt.timedelta(days=20))
            hcp = None if r.random() < 0.1 else r.randint(0, 60)
        else:
            hcp = None if r.random() < 0.7 else r.randint(10, 70)
        email = None if r.random() < 0.18 else f"{first.lower()}.{last.lower()}@post.example"
        bowlers.append((i, first, last, email, league, hcp, _iso(joined)))
        skill[i] = min(235, max(85, r.gauss(148, 32)))
    insert(c, "bowlers", bowlers)
    joined_on = {b[0]: D.fromisoformat(b[6]) for b in bowlers}
    bookers = list(range(1, 191))
    bweights = [6 if i % 17 == 3 else (0 if i % 5 == 0 else 1) for i in bookers]
    bookings = []
    for bid in range(1, 621):
        bdate = day_between(r, D(2023, 1, 2), D(2025, 6, 28))
        active = [ln[0] for ln in lanes if ln[4] == 1 or bdate < D(2024, 9, 1)]
        lane = r.choices(active, [3 if lanes[x - 1][2] == "standard" else 2 for x in active])[0]
        who = r.choices(bookers, bweights)[0] if r.random() < 0.72 else None
        if who is not None and joined_on[who] > bdate:
            who = None
        party = r.choices(range(1, 11), [4, 14, 12, 16, 10, 9, 6, 4, 3, 2])[0]
        gms = r.choice([1, 1, 2, 2, 2, 3])
        status = "confirmed" if bdate >= TODAY else r.choices(["completed", "cancelled", "no_show"], [82, 12, 6])[0]
        hh = r.choice([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21])
        price = round(party * gms * rate[lanes[lane - 1][2]], 2)
        bookings.append((bid, lane, who, _iso(bdate), f"{hh:02d}:{r.choice(['00', '30'])}", party, gms, status, price))
    insert(c, "lane_bookings", bookings)

    def game(gid: int, bowler: int, lane: int, bk: int | None, when: dt.date, league: int) -> tuple:
        score = int(min(300, max(40, r.gauss(skill[bowler], 24))))
        strikes = int(min(12, max(0, round((score - 90) / 17 + r.uniform(-1.5, 1.5)))))
        spares = int(min(10 - min(strikes, 10), max(0, round((score - 60) / 30 + r.uniform(-1, 1.5)))))
        return (gid, bowler, lane, bk, _iso(when), league, score, strikes, spares)

    games = []
    gid = 0
    for b in bookings:
        if b[7] == "completed" and b[2] is not None:
            for _ in range(b[6]):
                gid += 1
                games.append(game(gid, b[2], b[1], b[0], D.fromisoformat(b[3]), 0))
    league_members = [b for b in bowlers if b[4] is not None]
    std_active = [ln[0] for ln in lanes if ln[2] == "standard" and ln[4] == 1]
    for _ in range(460):
        m = r.choice(league_members)
        lg = leagues[m[4] - 1]
        start = max(D.fromisoformat(lg[3]), joined_on[m[0]])
        when = day_between(r, start, LAST)
        for _ in range(3):
            gid += 1
            games.append(game(gid, m[0], r.choice(std_active), None, when, 1))
    games.sort(key=lambda g: (g[4], g[0]))
    games = [(i, *g[1:]) for i, g in enumerate(games, 1)]
    insert(c, "games", games)
    pays = []
    pid = 0
    for m in league_members:
        lg = leagues[m[4] - 1]
        start = max(D.fromisoformat(lg[3]), joined_on[m[0]])
        if m[0] % 11 == 7:
            continue  # a few members never paid
        for _ in range(r.randint(1, 9)):
            pid += 1
            pays.append((pid, m[0], m[4], _iso(day_between(r, start, LAST)), lg[4] * r.choice([4, 4, 4, 8, 12]),
                         r.choices(["cash", "card", "transfer"], [3, 6, 2])[0]))  # fmt: skip
    pays.sort(key=lambda p: (p[3], p[0]))
    insert(c, "league_payments", [(i, *p[1:]) for i, p in enumerate(pays, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- fleamarket
def build_fleamarket(path: Path) -> None:
    r = random.Random(33002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Vendor (
            VendorId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Phone TEXT, IsCharity INTEGER NOT NULL,
            RegisteredOn TEXT NOT NULL);
        CREATE TABLE MarketDay (
            MarketDayId INTEGER PRIMARY KEY, MarketDate TEXT NOT NULL, Site TEXT NOT NULL, Weather TEXT NOT NULL,
            GateCount INTEGER, EntryFee REAL NOT NULL, WasCancelled INTEGER NOT NULL);
        CREATE TABLE Pitch (
            PitchId INTEGER PRIMARY KEY, PitchCode TEXT NOT NULL UNIQUE, Site TEXT NOT NULL, Zone TEXT NOT NULL,
            Fee REAL NOT NULL);
        CREATE TABLE PitchBooking (
            PitchBookingId INTEGER PRIMARY KEY, VendorId INTEGER NOT NULL REFERENCES Vendor(VendorId),
            MarketDayId INTEGER NOT NULL REFERENCES MarketDay(MarketDayId),
            PitchId INTEGER NOT NULL REFERENCES Pitch(PitchId), BookedOn TEXT NOT NULL, Status TEXT NOT NULL,
            AmountPaid REAL);
        CREATE TABLE Category (CategoryId INTEGER PRIMARY KEY, CategoryName TEXT NOT NULL);
        CREATE TABLE Sale (
            SaleId INTEGER PRIMARY KEY, PitchBookingId INTEGER NOT NULL REFERENCES PitchBooking(PitchBookingId),
            CategoryId INTEGER NOT NULL REFERENCES Category(CategoryId), Price REAL NOT NULL,
            Quantity INTEGER NOT NULL, SoldAt TEXT NOT NULL);
        """,
    )
    names = full_names(r, 110)
    vendors = []
    for i, n in enumerate(names, 1):
        phone = None if r.random() < 0.2 else f"07{r.randrange(100000000, 999999999)}"
        charity = 1 if i % 13 == 5 else 0
        vendors.append((i, n, phone, charity, _iso(day_between(r, D(2023, 1, 2), D(2025, 5, 20)))))
    insert(c, "Vendor", vendors)
    reg = {v[0]: D.fromisoformat(v[4]) for v in vendors}
    days = []
    d = D(2023, 1, 1)
    while d <= LAST:
        site = "Riverside Field" if 4 <= d.month <= 10 else "Church Hall"
        days.append([d, site])
        d += dt.timedelta(days=14)
    d = D(2023, 1, 7)
    while d <= LAST:
        if d.day <= 7:
            days.append([d, "Station Car Park"])
        d += dt.timedelta(days=7)
    days.sort()
    mdays = []
    for i, (d, site) in enumerate(days, 1):
        weather = r.choices(["sunny", "cloudy", "rain", "windy"], [30, 40, 20, 10])[0]
        cancelled = 1 if weather == "rain" and site != "Church Hall" and r.random() < 0.35 else 0
        base = {"Riverside Field": 900, "Station Car Park": 450, "Church Hall": 300}[site]
        gate = None if cancelled else int(base * {"sunny": 1.25, "cloudy": 1.0, "rain": 0.55, "windy": 0.8}[weather]
                                           * r.uniform(0.75, 1.25))  # fmt: skip
        if not cancelled and i % 23 == 9:
            gate = None
        fee = 1.0 if d >= D(2024, 4, 1) else 0.5
        mdays.append((i, _iso(d), site, weather, gate, fee, cancelled))
    insert(c, "MarketDay", mdays)
    pitches = []
    pid = 0
    for site, prefix, layout in [
        ("Riverside Field", "R", ["car"] * 12 + ["van"] * 4 + ["table"] * 4),
        ("Station Car Park", "S", ["car"] * 8 + ["van"] * 2),
        ("Church Hall", "C", ["indoor"] * 10),
    ]:
        for k, zone in enumerate(layout, 1):
            pid += 1
            fee = {"car": 12.0, "van": 18.0, "table": 8.0, "indoor": 10.0}[zone]
            pitches.append((pid, f"{prefix}{k:02d}", site, zone, fee))
    insert(c, "Pitch", pitches)
    never = {v[0] for v in vendors if v[0] % 14 == 6}
    regulars = [v[0] for v in vendors if v[0] not in never]
    vw = [7 if v in (3, 18, 41, 77) else r.choice([1, 1, 2, 3]) for v in regulars]
    bookings = []
    bk = 0
    for md in mdays:
        mdate = D.fromisoformat(md[1])
        site_p = [p for p in pitches if p[2] == md[2]]
        chosen = r.sample(site_p, max(2, int(len(site_p) * r.uniform(0.3, 0.8))))
        used: set[int] = set()
        for p in chosen:
            for _ in range(5):
                v = r.choices(regulars, vw)[0]
                if v not in used and reg[v] <= mdate:
                    break
            else:
                continue
            used.add(v)
            bk += 1
            fee = p[4] / 2 if vendors[v - 1][3] else p[4]
            booked = mdate - dt.timedelta(days=r.randint(1, 30))
            if md[6]:
                status, amt = "refunded", fee
            else:
                status = r.choices(["paid", "unpaid", "refunded"], [92, 5, 3])[0]
                amt = None if status == "unpaid" else fee
            bookings.append((bk, v, md[0], p[0], _iso(booked), status, amt))
    insert(c, "PitchBooking", bookings)
    cats = ["Clothing", "Books", "Vinyl & Records", "Toys & Games", "Kitchenware", "Tools", "Furniture",
            "Jewellery", "Electronics", "Plants"]  # fmt: skip
    insert(c, "Category", list(enumerate(cats, 1)))
    band = {1: (2, 25), 2: (1, 8), 3: (3, 30), 4: (1, 20), 5: (1, 15), 6: (3, 40), 7: (10, 120), 8: (2, 60),
            9: (5, 90), 10: (1, 12)}  # fmt: skip
    sales = []
    sid = 0
    date_of = {m[0]: D.fromisoformat(m[1]) for m in mdays}
    for b in bookings:
        if b[5] != "paid" or r.random() > 0.18:
            continue
        for _ in range(r.randint(1, 5)):
            sid += 1
            cat = r.choices(range(1, 11), [14, 10, 6, 8, 9, 5, 3, 6, 5, 4])[0]
            lo, hi = band[cat]
            sales.append((sid, b[0], cat, round(r.uniform(lo, hi) * 2) / 2, r.choice([1, 1, 1, 1, 2, 3]),
                          _stamp(date_of[b[2]], r, 8, 13)))  # fmt: skip
    insert(c, "Sale", sales)
    done(c)


# ------------------------------------------------------------------------------------------------------ karting
def build_karting(path: Path) -> None:
    r = random.Random(33003)
    c = fresh_db(
        path,
        """
        CREATE TABLE drivers (
            driverId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, birthDate TEXT NOT NULL, email TEXT,
            referredById INTEGER REFERENCES drivers(driverId), isMember INTEGER NOT NULL, joinedOn TEXT NOT NULL);
        CREATE TABLE karts (
            kartId INTEGER PRIMARY KEY, kartNumber INTEGER NOT NULL UNIQUE, engineType TEXT NOT NULL,
            isJunior INTEGER NOT NULL, inService INTEGER NOT NULL, purchasedOn TEXT NOT NULL);
        CREATE TABLE tracks (trackId INTEGER PRIMARY KEY, trackName TEXT NOT NULL, lengthMeters INTEGER NOT NULL,
            isIndoor INTEGER NOT NULL);
        CREATE TABLE raceSessions (
            sessionId INTEGER PRIMARY KEY, trackId INTEGER NOT NULL REFERENCES tracks(trackId),
            sessionType TEXT NOT NULL, startsAt TEXT NOT NULL, pricePerDriver REAL NOT NULL);
        CREATE TABLE sessionEntries (
            entryId INTEGER PRIMARY KEY, sessionId INTEGER NOT NULL REFERENCES raceSessions(sessionId),
            driverId INTEGER NOT NULL REFERENCES drivers(driverId), kartId INTEGER NOT NULL REFERENCES karts(kartId),
            finishPosition INTEGER, bestLapSeconds REAL, amountPaid REAL NOT NULL);
        CREATE TABLE maintenanceLogs (
            logId INTEGER PRIMARY KEY, kartId INTEGER NOT NULL REFERENCES karts(kartId), loggedOn TEXT NOT NULL,
            issue TEXT NOT NULL, cost REAL NOT NULL, mechanicName TEXT NOT NULL);
        """,
    )
    names = full_names(r, 210)
    joins = sorted(day_between(r, D(2023, 1, 2), D(2025, 6, 1)) for _ in names)
    drivers = []
    for i, n in enumerate(names, 1):
        if i % 4 == 0:
            born = day_between(r, D(2009, 1, 1), D(2015, 12, 31))
        else:
            born = day_between(r, D(1962, 1, 1), D(2005, 12, 31))
        ref = None
        if i > 15 and r.random() < 0.3:
            ref = r.choices(range(1, i), [{4: 6, 11: 12, 2: 4, 7: 4, 13: 4}.get(k, 1) for k in range(1, i)])[0]
        email = None if r.random() < 0.2 else n.lower().replace(" ", "_") + "@kart.example"
        drivers.append((i, n, _iso(born), email, ref, 1 if r.random() < 0.33 else 0, _iso(joins[i - 1])))
    insert(c, "drivers", drivers)
    karts = []
    for k in range(1, 31):
        eng = "petrol" if k <= 18 else "electric"
        karts.append((k, 100 + k if k <= 26 else 200 + k, eng, 1 if k > 26 else 0, 0 if k in (5, 12, 23) else 1,
                      _iso(day_between(r, D(2021, 1, 1), D(2023, 1, 1)))))  # fmt: skip
    insert(c, "karts", karts)
    tracks = [(1, "Indoor Circuit", 420, 1), (2, "Outdoor Circuit", 1100, 0), (3, "Kids Loop", 250, 1)]
    insert(c, "tracks", tracks)
    base = {1: 27.5, 2: 61.0, 3: 24.0}
    price = {"practice": 25.0, "grandprix": 45.0, "endurance": 80.0, "kids": 18.0}
    skill = {d[0]: r.uniform(-0.06, 0.12) for d in drivers}
    sessions = []
    entries = []
    eid = 0
    born = {d[0]: D.fromisoformat(d[2]) for d in drivers}
    joined = {d[0]: D.fromisoformat(d[6]) for d in drivers}
    member = {d[0]: d[5] for d in drivers}
    never = {d[0] for d in drivers if d[0] % 19 == 8}
    sdays = sorted(day_between(r, D(2023, 1, 3), LAST) for _ in range(280))
    for sid, day in enumerate(sdays, 1):
        st = r.choices(["practice", "grandprix", "endurance", "kids"], [40, 30, 10, 20])[0]
        track = 3 if st == "kids" else (2 if st == "endurance" else r.choice([1, 1, 2]))
        if track == 2 and day.month in (12, 1, 2):
            track = 1
        hh = r.randint(10, 13) if st == "kids" else r.randint(11, 21)
        sessions.append((sid, track, st, f"{_iso(day)} {hh:02d}:{r.choice(['00', '30'])}:00", price[st]))
        kids = st == "kids"
        pool = [d for d in joined if joined[d] <= day and d not in never
                and ((born[d] > D(2008, 6, 1)) == kids)]  # fmt: skip
        if len(pool) < 3:
            continue
        who = r.sample(pool, min(len(pool), r.randint(3, 8)))
        kpool = [k[0] for k in karts if k[3] == (1 if kids else 0) and (k[4] or day < D(2025, 1, 1))]
        ks = r.sample(kpool, min(len(who), len(kpool)))
        laps = sorted(who, key=lambda d: skill[d] + r.uniform(0, 0.08))
        for pos, d in enumerate(laps, 1):
            if d not in who[: len(ks)]:
                continue
            eid += 1
            dnf = r.random() < 0.06
            lap = round(base[track] * (1 + skill[d] + r.uniform(0, 0.08)), 3)
            if dnf and r.random() < 0.5:
                lap = None
            paid = round(price[st] * (0.8 if member[d] else 1.0), 2)
            entries.append((eid, sid, d, ks[who.index(d)], None if dnf else pos, lap, paid))
    # finish positions renumbered among finishers
    by_session: dict[int, list[list]] = {}
    for e in entries:
        by_session.setdefault(e[1], []).append(list(e))
    fixed = []
    for rows in by_session.values():
        fin = sorted([x for x in rows if x[4] is not None], key=lambda x: x[4])
        for k, x in enumerate(fin, 1):
            x[4] = k
        fixed.extend(rows)
    fixed.sort(key=lambda x: x[0])
    insert(c, "raceSessions", sessions)
    insert(c, "sessionEntries", [tuple(x) for x in fixed])
    issues = [("Brake adjustment", 35, 90), ("Chain replacement", 40, 75), ("Tyre change", 60, 140),
              ("Steering repair", 80, 260), ("Engine service", 120, 420), ("Battery replacement", 300, 900),
              ("Bodywork repair", 50, 220), ("Seat replacement", 45, 110)]  # fmt: skip
    mechs = ["Oscar Whitfield", "Nadia Haddad", "Felix Romano", "Yara Costa"]
    logs = []
    spare = [k for k in range(1, 31) if k not in (8, 15, 22, 28)]
    for lid in range(1, 151):
        k = r.choice(spare)
        iss = r.choice([x for x in issues if x[0] != ("Engine service" if k > 18 else "Battery replacement")])
        logs.append((lid, k, _iso(day_between(r, D(2023, 1, 5), LAST)), iss[0], round(r.uniform(iss[1], iss[2]), 2),
                     r.choice(mechs)))  # fmt: skip
    logs.sort(key=lambda x: (x[2], x[0]))
    insert(c, "maintenanceLogs", [(i, *x[1:]) for i, x in enumerate(logs, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------- commradio
def build_commradio(path: Path) -> None:
    r = random.Random(33004)
    c = fresh_db(
        path,
        """
        CREATE TABLE gnr_ref (gnr_cd TEXT PRIMARY KEY, gnr_desc TEXT NOT NULL);
        CREATE TABLE iss_ref (iss_cd TEXT PRIMARY KEY, iss_desc TEXT NOT NULL);
        CREATE TABLE pmt_ref (pmt_cd TEXT PRIMARY KEY, pmt_desc TEXT NOT NULL);
        CREATE TABLE vol_mstr (
            vol_id INTEGER PRIMARY KEY, vol_nm TEXT NOT NULL, vol_typ_cd TEXT NOT NULL, sts_cd TEXT NOT NULL,
            strt_dt TEXT NOT NULL, ph_no TEXT);
        CREATE TABLE shw_mstr (
            shw_id INTEGER PRIMARY KEY, shw_ttl TEXT NOT NULL, gnr_cd TEXT NOT NULL REFERENCES gnr_ref(gnr_cd),
            host_vol_id INTEGER NOT NULL REFERENCES vol_mstr(vol_id), dow_cd TEXT NOT NULL, slot_strt TEXT NOT NULL,
            dur_min INTEGER NOT NULL, live_ind INTEGER NOT NULL, sts_cd TEXT NOT NULL, frst_air_dt TEXT NOT NULL,
            lst_air_dt TEXT);
        CREATE TABLE brdcst_log (
            brdcst_id INTEGER PRIMARY KEY, shw_id INTEGER NOT NULL REFERENCES shw_mstr(shw_id),
            air_dt TEXT NOT NULL, lstnr_cnt INTEGER, tech_vol_id INTEGER REFERENCES vol_mstr(vol_id),
            iss_cd TEXT REFERENCES iss_ref(iss_cd));
        CREATE TABLE dnr_mstr (
            dnr_id INTEGER PRIMARY KEY, dnr_nm TEXT NOT NULL, cty_nm TEXT, memb_ind INTEGER NOT NULL,
            crt_dt TEXT NOT NULL);
        CREATE TABLE dntn (
            dntn_id INTEGER PRIMARY KEY, dnr_id INTEGER NOT NULL REFERENCES dnr_mstr(dnr_id), rcv_dt TEXT NOT NULL,
            amt REAL NOT NULL, pmt_cd TEXT NOT NULL REFERENCES pmt_ref(pmt_cd),
            shw_id INTEGER REFERENCES shw_mstr(shw_id), gft_aid_ind INTEGER NOT NULL);
        """,
    )
    genres = [("ROK", "Rock"), ("JAZ", "Jazz"), ("TLK", "Talk"), ("FLK", "Folk"), ("ELC", "Electronic"),
              ("CLS", "Classical"), ("WLD", "World")]  # fmt: skip
    insert(c, "gnr_ref", genres)
    insert(c, "iss_ref", [("DA", "Dead air"), ("TF", "Technical fault"), ("LS", "Late start"),
                          ("CP", "Listener complaint")])  # fmt: skip
    insert(c, "pmt_ref", [("CC", "Card"), ("DD", "Direct debit"), ("CHQ", "Cheque"), ("CSH", "Cash")])
    names = full_names(r, 46 + 150)
    vols = []
    for i in range(1, 47):
        typ = "P" if i <= 22 else ("T" if i <= 36 else "A")
        sts = "I" if i % 9 == 4 else "A"
        vols.append(
            (
                i,
                names[i - 1],
                typ,
                sts,
                _iso(day_between(r, D(2018, 1, 1), D(2024, 10, 1))),
                None if r.random() < 0.25 else f"0113 {r.randrange(100, 999)} {r.randrange(1000, 9999)}",
            )
        )
    insert(c, "vol_mstr", vols)
    titles = [
        ("Breakfast Rock Hour", "ROK", 1), ("Late Night Jazz", "JAZ", 2), ("Community Matters", "TLK", 3),
        ("Folk on the Hill", "FLK", 5), ("Warehouse Beats", "ELC", 6), ("Sunday Classics", "CLS", 7),
        ("Around the World", "WLD", 8), ("Blue Note Sessions", "JAZ", 2), ("Garage Rock Revival", "ROK", 10),
        ("The Allotment Hour", "TLK", 11), ("Deep Cuts Electronic", "ELC", 6), ("Jazz Brunch", "JAZ", 2),
        ("Youth Voices", "TLK", 14), ("Rock Classics", "ROK", 1), ("Ceilidh Corner", "FLK", 15),
        ("Afrobeat Express", "WLD", 16), ("Piano Evenings", "CLS", 17), ("Drive Time Talk", "TLK", 3),
    ]  # fmt: skip
    dows = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
    shows = []
    for i, (t, g, host) in enumerate(titles, 1):
        dow = (i * 3) % 7
        first = day_between(r, D(2023, 1, 2), D(2024, 3, 1))
        first += dt.timedelta(days=(dow - first.weekday()) % 7)
        axed = i in (9, 13, 17)
        last = (first + dt.timedelta(weeks=r.randint(20, 60))) if axed else None
        shows.append((i, t, g, host, dows[dow], "07:00" if i == 1 else f"{r.choice([9, 12, 14, 17, 19, 21]):02d}:00",
                      r.choice([60, 60, 120, 120, 180]), 0 if i in (6, 7, 10, 17) else 1, "X" if axed else "A",
                      _iso(first), None if last is None else _iso(last)))  # fmt: skip
    insert(c, "shw_mstr", shows)
    techs = [v[0] for v in vols if v[2] == "T" and v[0] not in (31, 35)]
    gpop = {"ROK": 420, "JAZ": 260, "TLK": 310, "FLK": 180, "ELC": 350, "CLS": 200, "WLD": 230}
    logs = []
    for s in shows:
        d = D.fromisoformat(s[9])
        end = D.fromisoformat(s[10]) if s[10] else LAST
        pop = gpop[s[2]] * r.uniform(0.7, 1.3)
        while d <= end:
            if r.random() < 0.45:  # the log keeps the broadcasts whose stream statistics were exported
                lst = None if r.random() < 0.08 else int(pop * r.uniform(0.6, 1.4))
                tech = r.choice(techs) if s[7] == 1 else None
                iss = r.choices([None, "DA", "TF", "LS", "CP"], [88, 3, 4, 4, 1])[0]
                logs.append((d, s[0], lst, tech, iss))
            d += dt.timedelta(weeks=1)
    logs.sort(key=lambda x: (x[0], x[1]))
    insert(c, "brdcst_log", [(i, x[1], _iso(x[0]), x[2], x[3], x[4]) for i, x in enumerate(logs, 1)])
    cities = ["Leeds", "Leeds", "Leeds", "Bradford", "York", "Wakefield", "Harrogate", None]
    donors = []
    for i in range(1, 151):
        donors.append((i, names[45 + i], r.choice(cities), 1 if r.random() < 0.3 else 0,
                       _iso(day_between(r, D(2023, 1, 2), D(2025, 5, 1)))))  # fmt: skip
    insert(c, "dnr_mstr", donors)
    created = {d[0]: D.fromisoformat(d[4]) for d in donors}
    givers = [d[0] for d in donors if d[0] % 12 != 5]
    gw = [8 if g in (14, 52, 99) else (3 if donors[g - 1][3] else 1) for g in givers]
    shw_dates = {s[0]: (D.fromisoformat(s[9]), D.fromisoformat(s[10]) if s[10] else LAST) for s in shows}
    dons = []
    for _ in range(520):
        g = r.choices(givers, gw)[0]
        when = day_between(r, created[g], LAST)
        amt = r.choices([5, 10, 10, 15, 20, 25, 50, 100, 250], [10, 20, 10, 8, 14, 10, 8, 4, 1])[0]
        if donors[g - 1][3] and r.random() < 0.3:
            amt *= 2
        pm = r.choices(["CC", "DD", "CHQ", "CSH"], [45, 30, 8, 17])[0]
        shw = None
        if r.random() < 0.4:
            cands = [s for s, (a, b) in shw_dates.items() if a <= when <= b]
            shw = r.choice(cands) if cands else None
        dons.append((when, g, float(amt), pm, shw, 1 if r.random() < 0.4 else 0))
    dons.sort(key=lambda x: x[0])
    insert(c, "dntn", [(i, x[1], _iso(x[0]), x[2], x[3], x[4], x[5]) for i, x in enumerate(dons, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ icerink
def build_icerink(path: Path) -> None:
    r = random.Random(33005)
    c = fresh_db(
        path,
        """
        CREATE TABLE SKATER (
            SKATER_ID INTEGER PRIMARY KEY, FIRST_NAME TEXT NOT NULL, LAST_NAME TEXT NOT NULL,
            BIRTH_DATE TEXT NOT NULL, EMAIL TEXT, MEMBER_FLAG TEXT NOT NULL, CREATED_DATE TEXT NOT NULL);
        CREATE TABLE INSTRUCTOR (
            INSTRUCTOR_ID INTEGER PRIMARY KEY, FULL_NAME TEXT NOT NULL, DISCIPLINE TEXT NOT NULL,
            HOURLY_RATE REAL NOT NULL, ACTIVE_FLAG TEXT NOT NULL);
        CREATE TABLE ICE_SESSION (
            SESSION_ID INTEGER PRIMARY KEY, SESSION_DATE TEXT NOT NULL, START_TIME TEXT NOT NULL,
            SESSION_TYPE TEXT NOT NULL, CAPACITY INTEGER NOT NULL, ADULT_PRICE REAL NOT NULL);
        CREATE TABLE ADMISSION (
            ADMISSION_ID INTEGER PRIMARY KEY, SESSION_ID INTEGER NOT NULL REFERENCES ICE_SESSION(SESSION_ID),
            SKATER_ID INTEGER REFERENCES SKATER(SKATER_ID), TICKET_TYPE TEXT NOT NULL, PRICE_PAID REAL NOT NULL,
            SKATE_HIRE_FLAG TEXT NOT NULL, PAID_AT TEXT NOT NULL);
        CREATE TABLE LESSON (
            LESSON_ID INTEGER PRIMARY KEY, INSTRUCTOR_ID INTEGER NOT NULL REFERENCES INSTRUCTOR(INSTRUCTOR_ID),
            SKATER_ID INTEGER NOT NULL REFERENCES SKATER(SKATER_ID), LESSON_DATE TEXT NOT NULL,
            DURATION_MIN INTEGER NOT NULL, PRIVATE_FLAG TEXT NOT NULL, FEE REAL NOT NULL, STATUS TEXT NOT NULL);
        CREATE TABLE SHARPENING (
            SHARPENING_ID INTEGER PRIMARY KEY, SKATER_ID INTEGER NOT NULL REFERENCES SKATER(SKATER_ID),
            SHARPEN_DATE TEXT NOT NULL, EXPRESS_FLAG TEXT NOT NULL, PRICE REAL NOT NULL);
        """,
    )
    names = full_names(r, 230)
    skaters = []
    for i, n in enumerate(names, 1):
        first, last = n.split(" ")
        if i % 3 == 0:
            born = day_between(r, D(2008, 1, 1), D(2018, 12, 31))
        else:
            born = day_between(r, D(1955, 1, 1), D(2007, 12, 31))
        email = None if r.random() < 0.2 else f"{first[0].lower()}{last.lower()}{i}@ice.example"
        skaters.append((i, first, last, _iso(born), email, "Y" if r.random() < 0.38 else "N",
                        _iso(day_between(r, D(2023, 1, 2), D(2025, 5, 25)))))  # fmt: skip
    insert(c, "SKATER", skaters)
    created = {s[0]: D.fromisoformat(s[6]) for s in skaters}
    instr = [
        (1, "Ingrid Eriksen", "figure", 42.0, "Y"), (2, "Marco Moreau", "hockey", 38.0, "Y"),
        (3, "Keiko Nakamura", "figure", 48.0, "Y"), (4, "Umar Petrov", "speed", 40.0, "N"),
        (5, "Chloe Brennan", "figure", 36.0, "Y"), (6, "Samir Delgado", "hockey", 35.0, "Y"),
        (7, "Tessa Larsen", "speed", 44.0, "Y"), (8, "Wesley Grant", "hockey", 33.0, "N"),
    ]  # fmt: skip
    insert(c, "INSTRUCTOR", instr)
    sessions = []
    d = D(2023, 1, 6)
    sid = 0
    while d <= LAST:
        plan = [(0, "disco", "19:30", 1.0), (2, "public", "14:00", 1.0)]
        if d.day <= 7:
            plan.append((1, "hockey", "09:00", 1.0))
        if 15 <= d.day <= 21:
            plan.append((1, "figure", "08:00", 1.0))
        if d.month in (7, 8, 12) or r.random() < 0.25:
            plan.append((-2, "public", "11:00", 1.0))
        for off, typ, tm, _ in plan:
            sd = d + dt.timedelta(days=off)
            if sd > LAST or sd < D(2023, 1, 1):
                continue
            sid += 1
            price = {"disco": 9.0, "public": 7.5, "hockey": 11.0, "figure": 12.0}[typ] + (1.0 if sd.year >= 2025 else 0)
            cap = {"disco": 250, "public": 300, "hockey": 40, "figure": 40}[typ]
            sessions.append((sd, tm, typ, cap, price))
        d += dt.timedelta(days=7)
    sessions.sort()
    sessions = [(i, _iso(s[0]), s[1], s[2], s[3], s[4]) for i, s in enumerate(sessions, 1)]
    insert(c, "ICE_SESSION", sessions)
    adm = []
    aid = 0
    sk_ids = [s[0] for s in skaters if s[0] % 16 != 9]
    sw = [6 if s in (12, 47, 101, 150, 188) else 1 for s in sk_ids]
    for s in sessions:
        sd = D.fromisoformat(s[1])
        lo, hi = {"disco": (3, 10), "public": (2, 9), "hockey": (1, 5), "figure": (1, 4)}[s[3]]
        for _ in range(r.randint(lo, hi)):
            who = r.choices(sk_ids, sw)[0] if r.random() < 0.7 else None
            if who is not None and created[who] > sd:
                who = None
            tt = r.choices(["adult", "child", "concession"], [50, 35, 15])[0]
            price = round(s[5] * {"adult": 1.0, "child": 0.7, "concession": 0.8}[tt], 2)
            aid += 1
            paid = sd - dt.timedelta(days=r.choice([0, 0, 0, 1, 2, 5]))
            adm.append((aid, s[0], who, tt, price, "Y" if r.random() < 0.45 else "N", _stamp(paid, r, 8, 18)))
    insert(c, "ADMISSION", adm)
    lessons = []
    learners = [s[0] for s in skaters if s[0] % 7 != 2]
    for _ in range(460):
        ins = r.choices(instr, [14, 10, 12, 4, 9, 8, 6, 3])[0]
        sk = r.choice(learners)
        start = max(created[sk], D(2023, 1, 3))
        end = D(2024, 6, 30) if ins[4] == "N" else D(2025, 6, 30)
        if start > end:
            continue
        ld = day_between(r, start, end)
        private = "Y" if r.random() < 0.55 else "N"
        dur = r.choice([30, 45, 60]) if private == "Y" else 60
        fee = round(ins[3] * dur / 60, 2) if private == "Y" else 14.0
        status = "booked" if ld >= TODAY else r.choices(["taken", "cancelled"], [86, 14])[0]
        lessons.append((ld, ins[0], sk, dur, private, fee, status))
    lessons.sort(key=lambda x: x[0])
    insert(c, "LESSON", [(i, x[1], x[2], _iso(x[0]), x[3], x[4], x[5], x[6]) for i, x in enumerate(lessons, 1)])
    sharp = []
    for _ in range(240):
        sk = r.choice(sk_ids)
        express = "Y" if r.random() < 0.3 else "N"
        sharp.append((day_between(r, max(created[sk], D(2023, 1, 3)), LAST), sk, express,
                      10.0 if express == "Y" else 6.0))  # fmt: skip
    sharp.sort(key=lambda x: x[0])
    insert(c, "SHARPENING", [(i, x[1], _iso(x[0]), x[2], x[3]) for i, x in enumerate(sharp, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- framer
def build_framer(path: Path) -> None:
    r = random.Random(33006)
    c = fresh_db(
        path,
        """
        CREATE TABLE tb_staff (
            staff_id INTEGER PRIMARY KEY, staff_name TEXT NOT NULL, role TEXT NOT NULL, hired_date TEXT NOT NULL,
            hourly_wage REAL NOT NULL);
        CREATE TABLE tb_customer (
            customer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT,
            city TEXT NOT NULL, is_trade INTEGER NOT NULL, created_date TEXT NOT NULL);
        CREATE TABLE tb_moulding (
            moulding_id INTEGER PRIMARY KEY, moulding_code TEXT NOT NULL UNIQUE, material TEXT NOT NULL,
            finish TEXT NOT NULL, width_mm INTEGER NOT NULL, price_per_metre REAL NOT NULL,
            stock_metres REAL NOT NULL);
        CREATE TABLE tb_glazing (
            glazing_id INTEGER PRIMARY KEY, glazing_name TEXT NOT NULL, price_per_sqm REAL NOT NULL,
            uv_protection INTEGER NOT NULL);
        CREATE TABLE tb_order (
            order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES tb_customer(customer_id),
            staff_id INTEGER NOT NULL REFERENCES tb_staff(staff_id),
            moulding_id INTEGER NOT NULL REFERENCES tb_moulding(moulding_id),
            glazing_id INTEGER REFERENCES tb_glazing(glazing_id), order_date TEXT NOT NULL, due_date TEXT NOT NULL,
            collected_date TEXT, status TEXT NOT NULL, artwork_type TEXT NOT NULL, width_cm REAL NOT NULL,
            height_cm REAL NOT NULL, quantity INTEGER NOT NULL, total_price REAL NOT NULL);
        CREATE TABLE tb_payment (
            payment_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES tb_order(order_id),
            paid_date TEXT NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL, is_deposit INTEGER NOT NULL);
        """,
    )
    staff = [
        (1, "Rosa Fontaine", "manager", "2019-03-01", 19.5), (2, "Hugo Kaur", "framer", "2020-06-15", 15.0),
        (3, "Elif Novak", "framer", "2021-09-01", 14.5), (4, "Pablo Ito", "sales", "2022-02-14", 12.8),
        (5, "Amara Zimmer", "framer", "2023-05-02", 14.0), (6, "Liam Ortega", "sales", "2024-03-18", 12.5),
    ]  # fmt: skip
    insert(c, "tb_staff", staff)
    names = full_names(r, 170, exclude=[s[1] for s in staff])
    cities = ["Bristol", "Bristol", "Bristol", "Bath", "Clevedon", "Weston-super-Mare", "Portishead", "Keynsham"]
    custs = []
    for i, n in enumerate(names, 1):
        first, last = n.split(" ")
        email = None if r.random() < 0.22 else f"{first.lower()}{i}@frames.example"
        custs.append((i, first, last, email, r.choice(cities), 1 if i % 11 == 4 else 0,
                      _iso(day_between(r, D(2023, 1, 2), D(2025, 5, 15)))))  # fmt: skip
    insert(c, "tb_customer", custs)
    created = {x[0]: D.fromisoformat(x[6]) for x in custs}
    mats = [("oak", 22, 34), ("ash", 20, 30), ("walnut", 30, 48), ("pine", 9, 16), ("aluminium", 14, 26),
            ("gilt", 35, 60)]  # fmt: skip
    finishes = ["natural", "black", "white", "limed", "waxed", "silver", "gold"]
    mouldings = []
    for i in range(1, 27):
        m = mats[(i - 1) % len(mats)] if i <= 18 else r.choice(mats)
        mouldings.append((i, f"{m[0][:2].upper()}-{100 + i * 7}", m[0], r.choice(finishes), r.choice([15, 20, 25,
                          30, 40, 50, 70]), round(r.uniform(m[1], m[2]), 2), round(r.choice([0, 4.5, 8, 12, 18, 25,
                          36, 48, 60, 75]) + r.random() * 3, 1)))  # fmt: skip
    insert(c, "tb_moulding", mouldings)
    glazing = [(1, "standard glass", 28.0, 0), (2, "anti-reflective glass", 65.0, 0), (3, "museum glass", 140.0, 1),
               (4, "acrylic", 45.0, 1)]  # fmt: skip
    insert(c, "tb_glazing", glazing)
    arts = ["print", "photograph", "oil painting", "watercolour", "certificate", "jersey", "mirror", "textile"]
    orders = []
    pays = []
    buyers = [x[0] for x in custs if x[0] % 15 != 7]
    bw = [6 if b in (9, 33, 70, 121) else (3 if custs[b - 1][5] else 1) for b in buyers]
    for oid in range(1, 601):
        cust = r.choices(buyers, bw)[0]
        od = day_between(r, max(created[cust], D(2023, 1, 3)), LAST)
        st_pool = [s for s in staff if D.fromisoformat(s[3]) <= od]
        st = r.choices(st_pool, [2 if s[2] == "framer" else (1.5 if s[2] == "sales" else 1) for s in st_pool])[0]
        mo = r.choice(mouldings)
        art = r.choices(arts, [30, 20, 14, 14, 8, 5, 4, 5])[0]
        gl = None if art in ("oil painting", "mirror") or r.random() < 0.08 else r.choices([1, 2, 3, 4], [50, 20,
                                                                                             12, 18])[0]  # fmt: skip
        w = float(r.choice([20, 25, 30, 40, 50, 60, 70, 80, 100, 120]))
        h = float(r.choice([20, 25, 30, 40, 50, 60, 70, 80, 90]))
        q = r.choices([1, 2, 3, 4, 6], [80, 10, 5, 3, 2])[0]
        perim = 2 * (w + h) / 100 + 0.2
        price = perim * mo[5] + (w * h / 10000 * glazing[gl - 1][2] if gl else 0) + 25
        price = round(price * q * (0.85 if custs[cust - 1][5] else 1.0), 2)
        due = od + dt.timedelta(days=r.choice([7, 10, 14, 14, 21, 28]))
        coll = None
        x = r.random()
        if x < 0.05:
            status = "cancelled"
        elif x < 0.12:
            status = "quoted"
        elif due + dt.timedelta(days=25) < LAST or (due < LAST and r.random() < 0.5):
            status = "collected"
            coll = due + dt.timedelta(days=r.choice([0, 0, 1, 2, 3, 5, 8, 14, 20]))
            if coll > LAST:
                coll = LAST
        elif due < LAST and r.random() < 0.7:
            status = "ready"
        else:
            status = "in_progress"
        orders.append((oid, cust, st[0], mo[0], gl, _iso(od), _iso(due), coll and _iso(coll), status, art, w, h, q,
                       price))  # fmt: skip
        method = r.choices(["card", "cash", "bank_transfer"], [60, 15, 25] if not custs[cust - 1][5] else [20, 0, 80])[
            0
        ]
        if status in ("quoted", "cancelled"):
            continue
        if r.random() < 0.75:
            dep = round(price / 2, 2)
            pays.append((od, oid, dep, method, 1))
            if status == "collected":
                pays.append((coll, oid, round(price - dep, 2), method, 0))
        elif status == "collected":
            pays.append((coll, oid, price, method, 0))
    orders.sort(key=lambda o: (o[5], o[0]))
    renum = {o[0]: i for i, o in enumerate(orders, 1)}
    insert(c, "tb_order", [(renum[o[0]], *o[1:]) for o in orders])
    pays.sort(key=lambda p: (p[0], renum[p[1]]))
    insert(c, "tb_payment", [(i, renum[p[1]], _iso(p[0]), p[2], p[3], p[4]) for i, p in enumerate(pays, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "bowling": build_bowling,
    "fleamarket": build_fleamarket,
    "karting": build_karting,
    "commradio": build_commradio,
    "icerink": build_icerink,
    "framer": build_framer,
}
