"""Six small club, shop and service databases for the forty-eighth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, except things that are naturally booked ahead
(court bookings and lessons, quiz nights, karaoke rooms, tour departures).

- ``tennisclub`` (Django-style ``app_model`` tables, ``created``/``modified`` timestamps, boolean ``is_*`` flags): a
  lawn tennis club. ``club_member`` (coaches are members with ``is_coach``), ``club_courtbooking``, ``club_lesson``
  and its many-to-many table ``club_lesson_attendees``, ``club_match`` (two players and a winner, all members) and
  ``club_subscriptionpayment`` (one a season).
- ``pubquiz`` (singular snake_case tables, short abbreviated columns such as ``nm``, ``twn``, ``qz_dt``, ``scr``,
  ``plc``, ``fee_amt``): a company running pub quiz nights. ``venue``, ``team``, ``player``, ``quiz``, ``rnd`` (the
  rounds of a quiz) and the link table ``quiz_entry`` (team score, placing and prize at a quiz).
- ``toyshop`` (PascalCase plural tables, ``Id`` keys, ``IsActive`` bit flags; self-referencing
  ``Categories.ParentCategoryId``): an online toy shop. ``Brands``, ``Categories``, ``Products``, ``Customers``,
  ``Orders``, ``OrderItems`` and ``ProductReviews``.
- ``jeweller`` (lowercase hyphenated status values such as ``in-progress``, ``on-hold``, ``ready-for-collection``;
  timestamps as 'YYYY-MM-DD HH:MM:SS'; self-referencing ``staff.reports_to``): a four-branch jeweller's with a
  repair workshop. ``staff``, ``customer``, ``material``, ``repair_job``, the link table ``job_material`` and
  ``appraisal`` (insurance valuations).
- ``karaoke`` (money in integer cents, ``*_cents``; durations in ``duration_minutes`` and ``duration_seconds``): a
  karaoke bar with private rooms. ``rooms``, ``customers``, ``bookings``, ``songs``, the link table
  ``performances`` (songs sung during a booking), ``menu_items`` and ``booking_items`` (food and drink on the tab).
- ``walkingtours`` (British spellings: ``licence_number``, ``organisation``, ``neighbourhood``, ``travellers``,
  ``cancelled``; a lookup table of category codes): an Edinburgh walking-tour company. ``tour_category`` (``code``
  such as 'GHST' with a ``description``), ``tour``, ``guide``, the link table ``guide_accreditation`` (which guide
  may lead which tour), ``customer``, ``departure`` and ``booking``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
SEED = {"tennisclub": 48100, "pubquiz": 48101, "toyshop": 48003, "jeweller": 48201, "karaoke": 48301,
        "walkingtours": 48400}  # fmt: skip

FORENAMES = [
    "Abigail", "Arjun", "Beatrice", "Callum", "Daisy", "Eamon", "Freya", "George", "Harriet", "Isaac", "Jasmine",
    "Kieran", "Lucy", "Mohammed", "Niamh", "Oscar", "Phoebe", "Rhys", "Sienna", "Theo", "Ursula", "Victor",
    "Willow", "Xavier", "Yasmin", "Zachary", "Amelia", "Connor", "Esme", "Hamish",
]  # fmt: skip
SURNAMES = [
    "Ashworth", "Bellamy", "Cartwright", "Donnelly", "Ellison", "Fairbairn", "Gillespie", "Holloway", "Ingram",
    "Jardine", "Kendrick", "Lockwood", "Macleod", "Nesbitt", "Okoro", "Pemberton", "Radcliffe", "Sinclair",
    "Tennant", "Underwood", "Wainwright", "Yardley", "Beaumont", "Crichton", "Dunmore",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (forename, surname) pairs."""
    pairs = [(f, s) for f in FORENAMES for s in SURNAMES]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ts(d: dt.date, r: random.Random, lo: int = 8, hi: int = 19) -> str:
    """``d`` at a random time between ``lo`` and ``hi`` o'clock, as 'YYYY-MM-DD HH:MM:SS'."""
    return f"{d.isoformat()} {r.randint(lo, hi - 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _pick(r: random.Random, items: list, weights: list[float], k: int) -> list:
    """``k`` distinct items drawn with the given weights."""
    pool = list(zip(items, weights, strict=True))
    out = []
    for _ in range(min(k, sum(1 for _i, w in pool if w > 0))):
        item = r.choices(pool, [w for _i, w in pool])[0]
        pool.remove(item)
        out.append(item[0])
    return out


def _email(first: str, last: str, domain: str) -> str:
    return f"{first.lower()}.{last.lower()}@{domain}"


# ----------------------------------------------------------------------------------------------------- tennisclub
TC_FEES = {"Adult": 239.50, "Junior": 84.75, "Senior": 159.25, "Student": 119.00, "Family": 394.50}
TC_LESSONS = {"Beginner": 14.00, "Improver": 15.50, "Intermediate": 17.50, "Advanced": 19.50, "Cardio Tennis": 9.50,
              "Junior Squad": 8.00}  # fmt: skip


def _tennis_score(r: random.Random) -> str:
    """A best-of-three score from the winner's side, such as '6-4 3-6 7-5'."""
    won = ["6-0", "6-1", "6-2", "6-3", "6-4", "7-5", "7-6"]
    lost = ["0-6", "1-6", "2-6", "3-6", "4-6", "5-7", "6-7"]
    if r.random() < 0.35:
        sets = [r.choice(won), r.choice(lost), r.choice(won)]
        if r.random() < 0.5:
            sets[0], sets[1] = sets[1], sets[0]
    else:
        sets = [r.choice(won), r.choice(won)]
    return " ".join(sets)


def build_tennisclub(path: Path) -> None:
    r = random.Random(SEED["tennisclub"])
    c = fresh_db(
        path,
        """
        CREATE TABLE club_member (
            id INTEGER PRIMARY KEY, first_name VARCHAR(50) NOT NULL, last_name VARCHAR(50) NOT NULL,
            email VARCHAR(254) NOT NULL, membership_type VARCHAR(20) NOT NULL, is_coach BOOLEAN NOT NULL DEFAULT 0,
            is_active BOOLEAN NOT NULL DEFAULT 1, date_joined DATE NOT NULL, created DATETIME NOT NULL,
            modified DATETIME NOT NULL);
        CREATE TABLE club_courtbooking (
            id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES club_member(id),
            court_number INTEGER NOT NULL, starts_at DATETIME NOT NULL, duration_minutes INTEGER NOT NULL,
            fee DECIMAL(6, 2) NOT NULL, is_cancelled BOOLEAN NOT NULL DEFAULT 0, created DATETIME NOT NULL,
            modified DATETIME NOT NULL);
        CREATE TABLE club_lesson (
            id INTEGER PRIMARY KEY, coach_id INTEGER NOT NULL REFERENCES club_member(id), level VARCHAR(30) NOT NULL,
            scheduled_for DATETIME NOT NULL, capacity INTEGER NOT NULL, price DECIMAL(6, 2) NOT NULL,
            created DATETIME NOT NULL, modified DATETIME NOT NULL);
        CREATE TABLE club_lesson_attendees (
            id INTEGER PRIMARY KEY, lesson_id INTEGER NOT NULL REFERENCES club_lesson(id),
            member_id INTEGER NOT NULL REFERENCES club_member(id), UNIQUE (lesson_id, member_id));
        CREATE TABLE club_match (
            id INTEGER PRIMARY KEY, competition VARCHAR(40) NOT NULL, played_on DATE NOT NULL,
            player_one_id INTEGER NOT NULL REFERENCES club_member(id),
            player_two_id INTEGER NOT NULL REFERENCES club_member(id),
            winner_id INTEGER NOT NULL REFERENCES club_member(id), score VARCHAR(30) NOT NULL,
            created DATETIME NOT NULL, modified DATETIME NOT NULL);
        CREATE TABLE club_subscriptionpayment (
            id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES club_member(id), season INTEGER NOT NULL,
            amount DECIMAL(7, 2) NOT NULL, paid_on DATE NOT NULL, method VARCHAR(20) NOT NULL,
            created DATETIME NOT NULL, modified DATETIME NOT NULL);
        """,
    )
    members = []
    kinds = ["Adult"] * 9 + ["Junior"] * 4 + ["Senior"] * 3 + ["Student"] * 2 + ["Family"] * 2
    for k, (f, s) in enumerate(_names(r, 150), 1):
        coach = k in (3, 17, 29, 44, 58, 71)
        kind = "Adult" if coach else r.choice(kinds)
        joined = day_between(r, D(2014, 3, 1), D(2025, 6, 10))
        active = coach or r.random() > 0.12 or joined > D(2024, 6, 1)
        created = _ts(joined, r)
        modified = _ts(day_between(r, joined, LAST), r) if r.random() < 0.6 else created
        if modified < created:
            modified = created
        members.append((k, f, s, _email(f, s, "example.org"), kind, int(coach), int(active), _iso(joined),
                        created, modified))  # fmt: skip
    insert(c, "club_member", members)
    coaches = [m[0] for m in members if m[5]]
    players = [m for m in members if not m[5] and m[6]]
    never_book = set(r.sample([m[0] for m in players], 25))
    bookers = [m for m in players if m[0] not in never_book]

    bookings = []
    for _ in range(390):
        future = len(bookings) >= 360
        d = day_between(r, TODAY, D(2025, 6, 30)) if future else day_between(r, D(2024, 1, 1), LAST)
        m = r.choice([b for b in bookers if b[7] <= d.isoformat()])
        hour = r.randint(7, 20)
        start = f"{d.isoformat()} {hour:02d}:{r.choice(['00', '30'])}:00"
        mins = r.choice([60, 60, 60, 90, 90, 120])
        peak = hour >= 17 or d.weekday() >= 5
        fee = round(mins / 60 * (12.5 if peak else 8.5) * (0.5 if m[4] == "Junior" else 1.0), 2)
        made = day_between(r, min(d - dt.timedelta(days=10), LAST - dt.timedelta(days=3)), min(d, LAST))
        cancelled = r.random() < 0.08
        created = _ts(made, r, 7, 22)
        modified = _ts(day_between(r, made, min(d, LAST)), r, 7, 22) if cancelled else created
        bookings.append((m[0], r.randint(1, 6), start, mins, fee, int(cancelled), created, max(created, modified)))
    bookings.sort(key=lambda x: x[2])
    insert(c, "club_courtbooking", [(k, *b) for k, b in enumerate(bookings, 1)])

    lessons = []
    for _ in range(88):
        d = day_between(r, D(2024, 1, 6), D(2025, 6, 28))
        level = r.choice(list(TC_LESSONS))
        coach = r.choice(coaches)
        slot = r.choice(["09:00", "10:30", "17:30", "18:30", "19:30"])
        made = _ts(d - dt.timedelta(days=r.randint(14, 40)), r)
        lessons.append((coach, level, f"{d.isoformat()} {slot}:00", r.choice([4, 6, 6, 8]), TC_LESSONS[level], made,
                        made))  # fmt: skip
    lessons.sort(key=lambda x: x[2])
    insert(c, "club_lesson", [(k, *x) for k, x in enumerate(lessons, 1)])
    attendees = []
    for k, (_co, level, when, cap, *_rest) in enumerate(lessons, 1):
        pool = [m[0] for m in players if (m[4] == "Junior") == (level == "Junior Squad") and m[7] <= when[:10]]
        n = r.randint(2, cap) if when[:10] < TODAY.isoformat() else r.randint(1, cap // 2)
        for mid in sorted(r.sample(pool, min(n, len(pool)))):
            attendees.append((len(attendees) + 1, k, mid))
    insert(c, "club_lesson_attendees", attendees)

    adults = [m for m in players if m[4] != "Junior"]
    skill = {m[0]: r.random() for m in adults}
    matches = []
    for _ in range(210):
        d = day_between(r, D(2024, 1, 3), LAST)
        comp = "Club Ladder" if r.random() < 0.45 else "Summer Singles" if 5 <= d.month <= 9 else "Winter League"
        one, two = r.sample([m[0] for m in adults if m[7] <= d.isoformat()], 2)
        win = one if r.random() < 0.5 + (skill[one] - skill[two]) * 0.6 else two
        made = _ts(d, r, 12, 21)
        matches.append((comp, d.isoformat(), one, two, win, _tennis_score(r), made, made))
    matches.sort(key=lambda x: x[1])
    insert(c, "club_match", [(k, *x) for k, x in enumerate(matches, 1)])

    pays = []
    for season in (2024, 2025):
        for m in members:
            joined = D.fromisoformat(m[7])
            if joined > D(season, 12, 31) or (season == 2025 and not m[6]) or (not m[6] and r.random() < 0.5):
                continue
            if season == 2025 and r.random() < 0.1:
                continue  # not paid yet
            lo = max(joined, D(season, 1, 2))
            paid = day_between(r, lo, min(lo + dt.timedelta(days=75), LAST))
            made = _ts(paid, r)
            method = r.choice(["direct debit", "direct debit", "card", "card", "bank transfer", "cash"])
            pays.append((m[0], season, TC_FEES[m[4]], paid.isoformat(), method, made, made))
    pays.sort(key=lambda x: (x[3], x[0]))
    insert(c, "club_subscriptionpayment", [(k, *x) for k, x in enumerate(pays, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- pubquiz
PQ_VENUES = [
    ("The Fox and Hounds", "Leeds", "LS6 2AB", 90), ("The Red Lion", "Leeds", "LS1 4DL", 120),
    ("The Grove Inn", "Leeds", "LS11 5PL", 70), ("The Victoria", "Leeds", "LS1 3DF", 140),
    ("The Cardigan Arms", "Leeds", "LS4 2HS", 100), ("The Chemic Tavern", "Leeds", "LS6 4DA", 60),
    ("The Royal Oak", "Bradford", "BD1 3AN", 80), ("The Sparrow", "Bradford", "BD1 4EH", 65),
    ("The Corn Dolly", "Bradford", "BD1 4PE", 55), ("The Fighting Cock", "Bradford", "BD4 8RX", 75),
    ("The Shoulder of Mutton", "Halifax", "HX1 5QY", 70), ("The Three Pigeons", "Halifax", "HX1 5RP", 60),
    ("The Dirty Dicks", "Halifax", "HX1 1DP", 90), ("The Grayston Unity", "Halifax", "HX1 1EB", 85),
    ("The Grove", "Huddersfield", "HD1 4BP", 95), ("The Rat and Ratchet", "Huddersfield", "HD1 3LE", 80),
    ("The Sportsman", "Huddersfield", "HD1 5EG", 70), ("The Kings Head", "Huddersfield", "HD1 1JF", 60),
    ("The Head of Steam", "Huddersfield", "HD1 1JB", 110), ("The Black Rock", "Wakefield", "WF1 1XY", 65),
    ("The Fernandes Tap", "Wakefield", "WF1 1UA", 55), ("The Harry Lauder", "Wakefield", "WF2 9ES", 75),
    ("The Wakefield Labour Club", "Wakefield", "WF1 3LU", 130), ("The Old Bell", "Harrogate", "HG1 2SZ", 85),
    ("The Hales Bar", "Harrogate", "HG1 2RS", 70), ("The Disappearing Chin", "Harrogate", "HG1 1HQ", 60),
    ("The Swan on the Stray", "Harrogate", "HG1 4LE", 100), ("The Coach and Horses", "Harrogate", "HG1 1BJ", 55),
    ("The Blue Bell", "York", "YO1 9TF", 50), ("The House of Trembling Madness", "York", "YO1 7LP", 80),
    ("The Golden Ball", "York", "YO1 6DU", 60), ("The Maltings", "York", "YO1 6HT", 90),
]  # fmt: skip
PQ_TEAMS = [
    "Quiz Team Aguilera", "Les Quizerables", "The Quizzly Bears", "Universally Challenged", "Agatha Quiztie",
    "Quizteama Aguilera", "The Smarty Pints", "Tequila Mockingbird", "Norfolk 'n' Chance", "The Brew Crew",
    "Risky Quizness", "E=MC Hammered", "Brains Before Beers", "Trivia Newton John", "The Know-It-Ales",
    "Let's Get Quizzical", "The Fact Hunt", "The Inquizitors", "Pub Quiz Avengers", "Dumb and Dumber",
    "The Usual Suspects", "Hoppy Days", "Cirque du Sore Head", "Mr Brightside", "The Bookworms",
    "Beer Pressure", "The Lager Than Life", "Wise Quackers", "Spice Squirrels", "The Ginformants",
    "Quizzie Rascals", "The Nerd Herd", "Pint of No Return", "Trivial Pursuiters", "Lord of the Pints",
    "The Cheesy Quavers", "Hakuna Moscato", "The Bluffers", "The Quizzard of Oz", "Stout of Office",
    "Red Hot Chilli Quizzers", "The Mighty Ducks", "Half Pint Heroes", "Victoria's Secret Six", "The Wombles",
    "Ctrl Alt Defeat", "Quiz in Boots", "Usual Losers", "Thinking Drinkers", "The Answer Smiths",
    "Mind the Gap", "Quiz Khalifa", "The Hipsters", "Bad Decisions", "Last Orders",
    "The Pedants", "Ale Caesar", "The Brainy Bunch", "Quiz Me Quick", "Odd Socks",
]  # fmt: skip
PQ_QMS = ["Dave Pickering", "Shona Baird", "Terry Marsh", "Anita Kowal", "Gary Lindley", "Priti Desai"]
PQ_THEMES = ["General Knowledge"] * 6 + ["Music", "Music", "Film & TV", "Film & TV", "Sport", "History", "Science"]
PQ_TOPICS = [
    "Current Affairs", "Geography", "Music Intro", "Picture Round", "Sport", "History", "Science & Nature",
    "Film & TV", "Food & Drink", "Literature", "Anagrams", "Local Knowledge", "Connections", "Famous Faces",
]  # fmt: skip


def build_pubquiz(path: Path) -> None:
    r = random.Random(SEED["pubquiz"])
    c = fresh_db(
        path,
        """
        CREATE TABLE venue (
            id INTEGER PRIMARY KEY, nm TEXT NOT NULL, twn TEXT NOT NULL, pstcd TEXT, cap INTEGER NOT NULL,
            actv_flg INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE team (
            id INTEGER PRIMARY KEY, nm TEXT NOT NULL, home_vnu_id INTEGER REFERENCES venue(id), crt_dt DATE NOT NULL);
        CREATE TABLE player (
            id INTEGER PRIMARY KEY, nm TEXT NOT NULL, team_id INTEGER REFERENCES team(id), eml TEXT,
            jn_dt DATE NOT NULL);
        CREATE TABLE quiz (
            id INTEGER PRIMARY KEY, vnu_id INTEGER NOT NULL REFERENCES venue(id), qz_dt DATE NOT NULL,
            strt_tm TEXT NOT NULL, qm_nm TEXT NOT NULL, thm_txt TEXT NOT NULL, fee_amt REAL NOT NULL);
        CREATE TABLE rnd (
            id INTEGER PRIMARY KEY, quiz_id INTEGER NOT NULL REFERENCES quiz(id), rnd_no INTEGER NOT NULL,
            tpc_txt TEXT NOT NULL, max_pts INTEGER NOT NULL);
        CREATE TABLE quiz_entry (
            id INTEGER PRIMARY KEY, quiz_id INTEGER NOT NULL REFERENCES quiz(id),
            team_id INTEGER NOT NULL REFERENCES team(id), scr INTEGER, plc INTEGER, prz_amt REAL NOT NULL DEFAULT 0,
            UNIQUE (quiz_id, team_id));
        """,
    )
    closed = {8, 21, 26, 31}
    insert(c, "venue", [(k, n, t, p, cap, int(k not in closed)) for k, (n, t, p, cap) in enumerate(PQ_VENUES, 1)])
    teams = []
    for k, nm in enumerate(PQ_TEAMS, 1):
        home = None if k % 9 == 0 else r.randint(1, len(PQ_VENUES))
        teams.append((k, nm, home, _iso(day_between(r, D(2018, 1, 1), D(2025, 4, 30)))))
    insert(c, "team", teams)
    players = []
    for k, (f, s) in enumerate(_names(r, 240), 1):
        team = None if k % 23 == 0 else (k - 1) % len(teams) + 1 if k <= 180 else r.randint(1, len(teams))
        lo = D.fromisoformat(teams[team - 1][3]) if team else D(2019, 1, 1)
        eml = _email(f, s, r.choice(["gmail.com", "outlook.com", "yahoo.co.uk"])) if r.random() < 0.85 else None
        players.append((k, f"{f} {s}", team, eml, _iso(day_between(r, lo, LAST))))
    insert(c, "player", players)

    quizzes = []
    for _ in range(64):
        d = day_between(r, D(2024, 1, 8), LAST)
        v = r.choice([k for k in range(1, len(PQ_VENUES) + 1) if k not in closed or d < D(2024, 7, 1)])
        quizzes.append((v, d, r.choice(["19:30", "20:00", "20:00", "20:30"]), r.choice(PQ_QMS), r.choice(PQ_THEMES),
                        r.choice([10.0, 12.5, 12.5, 15.0])))  # fmt: skip
    for d in (D(2025, 6, 17), D(2025, 6, 19), D(2025, 6, 24), D(2025, 6, 26), D(2025, 7, 1), D(2025, 7, 3)):
        v = r.choice([k for k in range(1, len(PQ_VENUES) + 1) if k not in closed])
        quizzes.append((v, d, "20:00", r.choice(PQ_QMS), r.choice(PQ_THEMES), 12.5))
    quizzes.sort(key=lambda x: (x[1], x[0]))
    insert(c, "quiz", [(k, v, _iso(d), t, qm, th, fee) for k, (v, d, t, qm, th, fee) in enumerate(quizzes, 1)])
    rounds = []
    totals = {}
    for k, q in enumerate(quizzes, 1):
        topics = r.sample(PQ_TOPICS, 5)
        if q[4] != "General Knowledge":
            topics[0] = q[4]
        tot = 0
        for no, tp in enumerate(topics, 1):
            pts = 20 if tp == "Picture Round" else 10
            tot += pts
            rounds.append((len(rounds) + 1, k, no, tp, pts))
        totals[k] = tot
    insert(c, "rnd", rounds)
    entries = []
    strength = {t[0]: r.random() for t in teams}
    dormant = {47, 58}  # registered but have never turned up
    for k, q in enumerate(quizzes, 1):
        if q[1] >= TODAY:
            continue
        eligible = [t for t in teams if t[3] <= q[1].isoformat() and t[0] not in dormant]
        field = r.sample(eligible, r.randint(4, 7))
        scores: list[int] = []
        for t in field:
            s = int(totals[k] * (0.35 + 0.5 * strength[t[0]])) + r.randint(-7, 7)
            while s in scores or s >= totals[k]:
                s -= 1
            scores.append(s)
        ranked = sorted(zip(field, scores, strict=True), key=lambda x: -x[1])
        pot = round(q[5] * len(field) * 0.5, 2)
        for place, (t, s) in enumerate(ranked, 1):
            prize = pot if place == 1 else 15.0 if place == 2 else 0.0
            entries.append((k, t[0], s, place, prize))
    r.shuffle(entries)
    entries.sort(key=lambda x: x[0])
    insert(c, "quiz_entry", [(k, *e) for k, e in enumerate(entries, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- toyshop
TS_BRANDS = [
    ("Brickworth", "Denmark"), ("Tinker Tots", "UK"), ("Little Acorn", "UK"), ("Galaxy Heroes", "USA"),
    ("Puzzlewise", "Germany"), ("Rainbow Crafts", "UK"), ("Kiddo Kinetics", "USA"), ("Woodland Friends", "Germany"),
    ("Splash Zone", "USA"), ("Whirlwind Wheels", "Netherlands"), ("Bloom Baby", "Sweden"), ("Mosaic Minds", "France"),
    ("Papier Studio", "France"), ("Toppletown", "UK"), ("Starlight Dolls", "USA"), ("Nordic Play", "Sweden"),
    ("Clever Cubs", "UK"), ("Hanami Toys", "Japan"), ("Robo Ranch", "Japan"), ("Marblemania", "Germany"),
    ("Sunny Garden", "UK"), ("Boardroom Games", "UK"), ("Cardsharp", "USA"), ("Cuddle Co", "UK"),
    ("Fiesta Figures", "Spain"), ("Magnetix Lab", "China"), ("Dollhouse Dreams", "Germany"),
    ("Bath Buddies", "China"), ("Clayground", "Italy"), ("Bead Bazaar", "Italy"),
]  # fmt: skip
TS_CATEGORIES = {
    "Outdoor Play": ["Scooters", "Swings & Slides", "Water Play", "Garden Games"],
    "Building & Construction": ["Brick Sets", "Magnetic Tiles", "Marble Runs", "Wooden Blocks"],
    "Dolls & Figures": ["Fashion Dolls", "Action Figures", "Dolls' Houses", "Soft Toys"],
    "Games & Puzzles": ["Board Games", "Jigsaw Puzzles", "Card Games", "Brain Teasers", "Fidget Toys"],
    "Arts & Crafts": ["Drawing & Painting", "Modelling Clay", "Bead Kits", "Craft Kits"],
    "Baby & Toddler": ["Rattles & Teethers", "Stacking Toys", "Push-Along Toys", "Bath Toys"],
}
# per sub-category: (brand ids, price range, minimum age, product names)
TS_PRODUCTS = {
    "Scooters": ((10, 7), (39, 129), 3, ["Kick Scooter", "Three-Wheel Mini Scooter", "Light-Up Scooter",
                                         "Stunt Scooter", "Folding Commuter Scooter"]),
    "Swings & Slides": ((21, 16), (35, 249), 2, ["Toddler Swing Seat", "Wavy Slide", "Nest Swing",
                                                 "Climbing Frame", "Garden Playhouse"]),
    "Water Play": ((9, 21), (12, 79), 2, ["Water Table", "Paddling Pool", "Sprinkler Octopus", "Water Blaster Duo",
                                          "Boat Race Set"]),
    "Garden Games": ((21, 14), (15, 60), 4, ["Giant Jenga", "Croquet Set", "Swingball", "Giant Connect Four",
                                             "Quoits Set"]),
    "Brick Sets": ((1, 26), (19, 149), 6, ["Fire Station Bricks", "Space Shuttle Bricks", "Castle Siege Bricks",
                                           "City Bus Bricks", "Pirate Ship Bricks"]),
    "Magnetic Tiles": ((26, 1), (29, 99), 3, ["Magnetic Tiles 60 Piece", "Magnetic Tiles 100 Piece",
                                              "Magnetic Marble Run", "Magnetic Car Set", "Glow Magnetic Tiles"]),
    "Marble Runs": ((20, 5), (24, 89), 5, ["Marble Run Starter", "Marble Run Deluxe", "Spiral Tower Run",
                                           "Glass Marble Pack", "Elevator Marble Run"]),
    "Wooden Blocks": ((8, 3), (14, 59), 1, ["Rainbow Block Set", "Castle Blocks", "Alphabet Blocks",
                                            "Tree Blocks", "Stacking Stones"]),
    "Fashion Dolls": ((15, 27), (12, 45), 3, ["Ballerina Doll", "Astronaut Doll", "Doctor Doll", "Vet Doll",
                                              "Pop Star Doll"]),
    "Action Figures": ((4, 25, 19), (9, 39), 4, ["Captain Comet Figure", "Robo Ranger Figure",
                                                 "Dino Hunter Figure", "Knight Figure Set", "Ninja Figure"]),
    "Dolls' Houses": ((27, 8), (49, 189), 3, ["Georgian Dolls' House", "Seaside Cottage", "Dolls' House Furniture",
                                              "Treehouse Dolls' House", "Family Figures Set"]),
    "Soft Toys": ((24, 2), (8, 35), 0, ["Bramble the Bear", "Pip the Penguin", "Sleepy Sloth", "Lulu the Lamb",
                                        "Rory the Dinosaur"]),
    "Board Games": ((22, 5), (14, 49), 8, ["Castle Conquest", "Ticket to Trains", "Mystery Manor", "Farmyard Frenzy",
                                           "Space Traders"]),
    "Jigsaw Puzzles": ((5, 12), (8, 29), 5, ["World Map Jigsaw", "Dinosaur Jigsaw", "Under the Sea Jigsaw",
                                             "London Skyline Jigsaw", "Solar System Jigsaw"]),
    "Card Games": ((23, 22), (6, 19), 7, ["Snap Attack", "Go Fish Deluxe", "Uno-Go", "Pirate Cards",
                                          "Quick Maths Cards"]),
    "Brain Teasers": ((12, 17), (7, 25), 8, ["Cube Twister", "Logic Maze", "Tangram Box", "Peg Solitaire",
                                             "Escape Puzzle Box"]),
    "Drawing & Painting": ((6, 13), (9, 39), 3, ["Easel and Chalkboard", "Watercolour Set", "Colouring Book Bundle",
                                                 "Neon Marker Pack", "Finger Paint Kit"]),
    "Modelling Clay": ((29, 6), (6, 24), 3, ["Clay Bucket", "Air Dry Clay Set", "Pizza Party Dough",
                                             "Animal Moulds", "Clay Tool Kit"]),
    "Bead Kits": ((30, 6), (8, 22), 6, ["Friendship Bracelet Kit", "Ironing Beads Tub", "Letter Bead Set",
                                        "Glow Bead Kit", "Charm Necklace Kit"]),
    "Craft Kits": ((13, 6, 30), (10, 32), 6, ["Paper Lantern Kit", "Sew Your Own Owl", "Pom-Pom Maker",
                                              "Origami Pack", "Tie-Dye Kit"]),
    "Rattles & Teethers": ((11, 3), (5, 18), 0, ["Wooden Rattle", "Teething Ring", "Sensory Ball Set",
                                                 "Bunny Rattle", "Ring Stack Teether"]),
    "Stacking Toys": ((11, 18, 3), (9, 29), 1, ["Stacking Cups", "Rainbow Stacker", "Stacking Rings",
                                                "Nesting Boxes", "Shape Sorter"]),
    "Push-Along Toys": ((18, 16), (19, 69), 1, ["Baby Walker", "Push-Along Duck", "Wooden Trolley",
                                                "Ride-On Horse", "Pull-Along Snail"]),
    "Bath Toys": ((28, 9), (5, 19), 0, ["Bath Duck Family", "Bath Boat", "Foam Letters", "Squirt Pals",
                                        "Bath Waterfall"]),
}  # fmt: skip
TS_CITIES = ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "York", "Brighton"]


def build_toyshop(path: Path) -> None:
    r = random.Random(SEED["toyshop"])
    c = fresh_db(
        path,
        """
        CREATE TABLE Brands (
            Id INTEGER PRIMARY KEY, Name NVARCHAR(80) NOT NULL, Country NVARCHAR(40) NOT NULL,
            IsActive BIT NOT NULL DEFAULT 1);
        CREATE TABLE Categories (
            Id INTEGER PRIMARY KEY, Name NVARCHAR(80) NOT NULL, ParentCategoryId INTEGER REFERENCES Categories(Id),
            IsActive BIT NOT NULL DEFAULT 1);
        CREATE TABLE Products (
            Id INTEGER PRIMARY KEY, Name NVARCHAR(120) NOT NULL, BrandId INTEGER NOT NULL REFERENCES Brands(Id),
            CategoryId INTEGER NOT NULL REFERENCES Categories(Id), Price DECIMAL(8, 2) NOT NULL,
            MinAge INTEGER NOT NULL, StockQuantity INTEGER NOT NULL, IsActive BIT NOT NULL DEFAULT 1,
            LaunchDate DATE NOT NULL);
        CREATE TABLE Customers (
            Id INTEGER PRIMARY KEY, FirstName NVARCHAR(50) NOT NULL, LastName NVARCHAR(50) NOT NULL,
            Email NVARCHAR(120) NOT NULL, City NVARCHAR(60), IsActive BIT NOT NULL DEFAULT 1,
            CreatedAt DATETIME NOT NULL);
        CREATE TABLE Orders (
            Id INTEGER PRIMARY KEY, CustomerId INTEGER NOT NULL REFERENCES Customers(Id), OrderDate DATE NOT NULL,
            Channel NVARCHAR(20) NOT NULL, Status NVARCHAR(20) NOT NULL, ShippingCost DECIMAL(6, 2) NOT NULL);
        CREATE TABLE OrderItems (
            Id INTEGER PRIMARY KEY, OrderId INTEGER NOT NULL REFERENCES Orders(Id),
            ProductId INTEGER NOT NULL REFERENCES Products(Id), Quantity INTEGER NOT NULL,
            UnitPrice DECIMAL(8, 2) NOT NULL);
        CREATE TABLE ProductReviews (
            Id INTEGER PRIMARY KEY, ProductId INTEGER NOT NULL REFERENCES Products(Id),
            CustomerId INTEGER NOT NULL REFERENCES Customers(Id), Rating INTEGER NOT NULL, ReviewDate DATE NOT NULL,
            IsVerifiedPurchase BIT NOT NULL DEFAULT 0);
        """,
    )
    inactive_brands = {19, 25}
    insert(c, "Brands", [(k, n, co, int(k not in inactive_brands)) for k, (n, co) in enumerate(TS_BRANDS, 1)])
    cats: list[tuple[int, str, int | None, int]] = []
    sub_id = {}
    for top, subs in TS_CATEGORIES.items():
        cats.append((len(cats) + 1, top, None, 1))
        parent = len(cats)
        for s in subs:
            cats.append((len(cats) + 1, s, parent, int(s != "Fidget Toys")))
            sub_id[s] = len(cats)
    insert(c, "Categories", cats)
    prods = []
    for sub, (brands, (lo, hi), age, names) in TS_PRODUCTS.items():
        for n in names:
            b = r.choice(brands)
            price = round(r.randint(lo, hi) + r.choice([0.99, 0.49, 0.0, 0.99]), 2)
            active = int(b not in inactive_brands and r.random() > 0.06)
            launch = day_between(r, D(2019, 1, 1), D(2025, 5, 1))
            prods.append((len(prods) + 1, n, b, sub_id[sub], price, age, r.randint(0, 60) if active else 0, active,
                          _iso(launch)))  # fmt: skip
    insert(c, "Products", prods)
    custs = []
    for k, (f, s) in enumerate(_names(r, 130), 1):
        created = day_between(r, D(2022, 1, 1), D(2025, 6, 1))
        custs.append((k, f, s, _email(f, s, r.choice(["mail.co.uk", "inbox.com", "example.net"])),
                      r.choice(TS_CITIES), int(r.random() > 0.08), _ts(created, r, 6, 23)))  # fmt: skip
    insert(c, "Customers", custs)

    orders, items = [], []
    appeal = {p[0]: 0.2 + r.random() ** 3 * 3 for p in prods}
    buyers = [cu for cu in custs if cu[0] % 13 != 0]  # a few customers never order
    while len(orders) < 262:
        d = day_between(r, D(2023, 6, 1), LAST)
        if d.month not in (11, 12) and r.random() < 0.35:
            continue
        cu = r.choice([x for x in buyers if x[6][:10] <= d.isoformat()] or buyers[:1])
        if cu[6][:10] > d.isoformat():
            continue
        lines = []
        avail = [p for p in prods if p[8] <= d.isoformat()]
        for pid in _pick(r, avail, [appeal[p[0]] for p in avail], r.choice([1, 1, 2])):
            lines.append((pid[0], r.choice([1, 1, 1, 2, 3]), pid[4]))
        sub = sum(q * p for _pid, q, p in lines)
        channel = r.choice(["Web", "Web", "Web", "App", "App", "Phone", "Click & Collect"])
        ship = 0.0 if channel == "Click & Collect" or sub >= 40 else 3.99
        age = (TODAY - d).days
        if age <= 3:
            status = r.choice(["Processing", "Processing", "Shipped"])
        elif age <= 10:
            status = r.choice(["Shipped", "Delivered", "Delivered"])
        else:
            status = r.choices(["Delivered", "Cancelled", "Returned"], [88, 6, 6])[0]
        orders.append((cu[0], d, channel, status, ship, lines))
    orders.sort(key=lambda x: (x[1], x[0]))
    ord_rows = []
    for k, (cu, d, ch, st, ship, lines) in enumerate(orders, 1):
        ord_rows.append((k, cu, _iso(d), ch, st, ship))
        for pid, q, p in lines:
            items.append((len(items) + 1, k, pid, q, p))
    insert(c, "Orders", ord_rows)
    insert(c, "OrderItems", items)
    bought = {(o[0], pid): o[1] for o in orders for pid, _q, _p in o[5]}
    reviews = []
    pairs = list(bought.items())
    r.shuffle(pairs)
    for (cu, pid), d in pairs[:150]:
        when = d + dt.timedelta(days=r.randint(3, 40))
        if when > LAST:
            continue
        rating = r.choices([1, 2, 3, 4, 5], [4, 6, 15, 35, 40])[0]
        reviews.append((pid, cu, rating, when, 1))
    for _ in range(45):
        cu, pid = r.choice(custs)[0], r.choice(prods)[0]
        if (cu, pid) in bought:
            continue
        reviews.append((pid, cu, r.choices([1, 2, 3, 4, 5], [10, 10, 20, 30, 30])[0],
                        day_between(r, D(2023, 7, 1), LAST), 0))  # fmt: skip
    reviews.sort(key=lambda x: (x[3], x[0]))
    insert(c, "ProductReviews", [(k, p, cu, ra, _iso(w), v) for k, (p, cu, ra, w, v) in enumerate(reviews, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- jeweller
JW_BRANCHES = ["Bath", "Bristol", "Cheltenham", "Exeter"]
JW_MATERIALS = [
    ("9ct yellow gold", "metal", "g", 28.40), ("18ct yellow gold", "metal", "g", 56.90),
    ("18ct white gold", "metal", "g", 58.20), ("9ct rose gold", "metal", "g", 29.10),
    ("Platinum 950", "metal", "g", 31.50), ("Sterling silver", "metal", "g", 0.95), ("Silver solder", "metal", "g", 1.80),
    ("Gold solder", "metal", "g", 35.00), ("Palladium", "metal", "g", 27.60), ("Rhodium plating solution", "consumable",
    "ml", 4.75), ("Polishing compound", "consumable", "g", 0.12), ("Ultrasonic cleaning fluid", "consumable", "ml",
    0.05), ("Diamond 0.05ct", "stone", "pc", 45.00), ("Diamond 0.10ct", "stone", "pc", 110.00),
    ("Diamond 0.25ct", "stone", "pc", 320.00), ("Sapphire 3mm", "stone", "pc", 38.00), ("Ruby 3mm", "stone", "pc",
    42.00), ("Emerald 3mm", "stone", "pc", 55.00), ("Cubic zirconia 2mm", "stone", "pc", 0.80),
    ("Cultured pearl 6mm", "stone", "pc", 12.50), ("Amethyst 5mm", "stone", "pc", 6.00),
    ("Lobster clasp 9ct", "finding", "pc", 38.00), ("Lobster clasp silver", "finding", "pc", 3.20),
    ("Bolt ring 9ct", "finding", "pc", 24.00), ("Jump ring 9ct", "finding", "pc", 4.50),
    ("Jump ring silver", "finding", "pc", 0.40), ("Four-claw setting 18ct", "finding", "pc", 65.00),
    ("Six-claw setting platinum", "finding", "pc", 85.00), ("Earring butterfly 9ct", "finding", "pc", 6.50),
    ("Earring post 9ct", "finding", "pc", 7.20), ("Brooch pin silver", "finding", "pc", 2.80),
    ("Safety chain silver", "finding", "pc", 5.40), ("Watch battery SR626SW", "watch part", "pc", 1.10),
    ("Watch battery CR2032", "watch part", "pc", 0.90), ("Watch crystal mineral", "watch part", "pc", 9.50),
    ("Watch crystal sapphire", "watch part", "pc", 38.00), ("Leather watch strap", "watch part", "pc", 14.00),
    ("Steel bracelet pins", "watch part", "pc", 0.60), ("Watch gasket set", "watch part", "pc", 3.40),
    ("Mainspring", "watch part", "pc", 22.00),
]  # fmt: skip
JW_STAFF_PLAN = ["Master Jeweller", "Goldsmith", "Goldsmith", "Stone Setter", "Watchmaker", "Sales Associate",
                 "Sales Associate", "Apprentice"]  # fmt: skip
JW_WORK = {
    "ring": [("resize", 35, 90), ("solder", 25, 60), ("stone-reset", 40, 180), ("re-plate", 30, 55),
             ("clean-polish", 15, 30), ("claw-retip", 45, 120)],
    "necklace": [("clasp-replace", 20, 70), ("solder", 20, 45), ("restring", 25, 80), ("clean-polish", 15, 30)],
    "bracelet": [("clasp-replace", 20, 70), ("solder", 20, 50), ("resize", 25, 60), ("clean-polish", 15, 30)],
    "earrings": [("post-replace", 20, 45), ("stone-reset", 35, 120), ("re-plate", 25, 45)],
    "watch": [("battery-replace", 8, 15), ("crystal-replace", 35, 95), ("service", 120, 320),
              ("strap-replace", 18, 45)],
    "brooch": [("pin-replace", 20, 40), ("stone-reset", 35, 110), ("clean-polish", 15, 30)],
}  # fmt: skip
JW_MATS = {
    "resize": [1, 2, 3, 4, 5, 6, 8], "solder": [7, 8], "stone-reset": [13, 14, 16, 17, 18, 19, 20, 21, 27, 28],
    "re-plate": [10], "clean-polish": [11, 12], "claw-retip": [2, 3, 5, 8], "clasp-replace": [22, 23, 24, 25, 26],
    "restring": [20, 32], "post-replace": [29, 30], "battery-replace": [33, 34], "crystal-replace": [35, 36, 39],
    "service": [38, 39, 40, 11], "strap-replace": [37, 38], "pin-replace": [31],
}  # fmt: skip
JW_TOWNS = ["Bath", "Bristol", "Cheltenham", "Exeter", "Frome", "Wells", "Gloucester", "Taunton", "Stroud"]


def build_jeweller(path: Path) -> None:
    r = random.Random(SEED["jeweller"])
    c = fresh_db(
        path,
        """
        CREATE TABLE staff (
            staff_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, job_title TEXT NOT NULL, branch TEXT NOT NULL,
            reports_to INTEGER REFERENCES staff(staff_id), hired_at TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE customer (
            customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, phone TEXT, email TEXT, town TEXT,
            created_at TEXT NOT NULL);
        CREATE TABLE material (
            material_id INTEGER PRIMARY KEY, name TEXT NOT NULL, material_type TEXT NOT NULL, unit TEXT NOT NULL,
            unit_cost REAL NOT NULL);
        CREATE TABLE repair_job (
            job_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
            assigned_to INTEGER NOT NULL REFERENCES staff(staff_id), item_type TEXT NOT NULL,
            work_type TEXT NOT NULL, status TEXT NOT NULL, received_at TEXT NOT NULL, promised_at TEXT NOT NULL,
            completed_at TEXT, collected_at TEXT, quoted_price REAL NOT NULL, final_price REAL);
        CREATE TABLE job_material (
            job_id INTEGER NOT NULL REFERENCES repair_job(job_id),
            material_id INTEGER NOT NULL REFERENCES material(material_id), quantity REAL NOT NULL,
            PRIMARY KEY (job_id, material_id));
        CREATE TABLE appraisal (
            appraisal_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customer(customer_id),
            appraiser_id INTEGER NOT NULL REFERENCES staff(staff_id), item_description TEXT NOT NULL,
            appraised_value REAL, status TEXT NOT NULL, requested_at TEXT NOT NULL, issued_at TEXT);
        """,
    )
    names = [f"{f} {s}" for f, s in _names(r, 200)]
    staff = [(1, "Eleanor Whitcombe", "Owner", "Bath", None, "2009-04-01 09:00:00", "active")]
    for b in JW_BRANCHES:
        mgr = len(staff) + 1
        hired = day_between(r, D(2010, 1, 1), D(2018, 12, 31))
        staff.append((mgr, names.pop(), "Branch Manager", b, 1, _ts(hired, r, 9, 10), "active"))
        plan = JW_STAFF_PLAN if b != "Exeter" else [p for p in JW_STAFF_PLAN if p != "Watchmaker"]
        master = None
        for title in plan:
            sid = len(staff) + 1
            hired = day_between(r, D(2012, 1, 1), D(2025, 3, 31))
            boss = master if title == "Apprentice" else mgr
            status = "active"
            if sid in (12, 27):
                status = "on-leave"
            elif sid == 20:
                status = "left"
            staff.append((sid, names.pop(), title, b, boss, _ts(hired, r, 9, 10), status))
            if title == "Master Jeweller":
                master = sid
    insert(c, "staff", staff)
    custs = []
    for k in range(1, 161):
        nm = names.pop()
        f, s = nm.split(" ", 1)
        phone = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        email = _email(f, s, r.choice(["gmail.com", "btinternet.com", "hotmail.co.uk"])) if r.random() < 0.8 else None
        custs.append((k, nm, phone, email, r.choice(JW_TOWNS), _ts(day_between(r, D(2021, 1, 1), D(2025, 6, 5)), r)))
    insert(c, "customer", custs)
    insert(c, "material", [(k, *m) for k, m in enumerate(JW_MATERIALS, 1)])

    def pick_staff(item: str, work: str, branch: str, when: str) -> int:
        if item == "watch":
            titles = {"Watchmaker"}
        elif work in ("stone-reset", "claw-retip"):
            titles = {"Stone Setter", "Master Jeweller"}
        else:
            titles = {"Goldsmith", "Master Jeweller", "Apprentice"}
        pool = [s[0] for s in staff if s[2] in titles and s[3] == branch and s[5] <= when and s[6] != "left"]
        if not pool:
            pool = [s[0] for s in staff if s[2] in titles and s[5] <= when and s[6] != "left"]
        return r.choice(pool)

    jobs, mats = [], []
    for _ in range(340):
        cu = r.choice(custs)
        got = day_between(r, max(D(2023, 1, 3), D.fromisoformat(cu[5][:10])), LAST)
        received = _ts(got, r, 9, 17)
        item = r.choices(list(JW_WORK), [35, 18, 12, 10, 20, 5])[0]
        work, lo, hi = r.choice(JW_WORK[item])
        branch = cu[4] if cu[4] in JW_BRANCHES else r.choice(JW_BRANCHES)
        who = pick_staff(item, work, branch, received)
        days = 2 if work == "battery-replace" else r.randint(5, 21)
        promised = got + dt.timedelta(days=days)
        quote = round(r.uniform(lo, hi), 0) + r.choice([0.0, 0.5])
        age = (TODAY - got).days
        if age > 40:
            status = r.choices(["collected", "cancelled", "ready-for-collection"], [90, 5, 5])[0]
        else:
            status = r.choice(["received", "in-progress", "in-progress", "on-hold", "awaiting-parts",
                               "ready-for-collection", "collected"])  # fmt: skip
            if age < days // 2 and status == "collected":
                status = "in-progress"
        completed = collected = final = None
        if status in ("ready-for-collection", "collected"):
            fin = min(got + dt.timedelta(days=max(1, days + r.choice([-3, -2, -1, -1, 0, 0, 0, 1, 2, 4]))), LAST)
            completed = _ts(fin, r, 10, 18)
            final = round(quote + r.choice([0, 0, 0, 0, 5, 10, -5]), 2)
            if status == "collected":
                collected = _ts(min(fin + dt.timedelta(days=r.randint(0, 12)), LAST), r, 10, 18)
                collected = max(collected, completed)
        jobs.append([cu[0], who, item, work, status, received, _ts(promised, r, 17, 18), completed, collected, quote,
                     final])  # fmt: skip
    jobs.sort(key=lambda j: j[5])
    for k, j in enumerate(jobs, 1):
        if j[4] in ("cancelled", "received"):
            continue
        for mid in r.sample(JW_MATS[j[3]], min(len(JW_MATS[j[3]]), r.choice([1, 1, 1, 1, 2]))):
            unit = JW_MATERIALS[mid - 1][2]
            qty = round(r.uniform(0.5, 6.0), 1) if unit == "g" else r.randint(2, 20) if unit == "ml" else 1
            mats.append((k, mid, qty))
    insert(c, "repair_job", [(k, *j) for k, j in enumerate(jobs, 1)])
    insert(c, "job_material", mats)

    appraisers = [s[0] for s in staff if s[2] in ("Master Jeweller", "Owner")]
    items = ["Diamond solitaire ring", "Sapphire and diamond cluster ring", "Pearl necklace", "Gold signet ring",
             "Platinum wedding band", "Emerald pendant", "Vintage gold watch", "Diamond tennis bracelet",
             "Ruby eternity ring", "Victorian mourning brooch", "Gold charm bracelet", "Diamond stud earrings"]  # fmt: skip
    apps = []
    for _ in range(95):
        cu = r.choice(custs)
        req = day_between(r, max(D(2023, 2, 1), D.fromisoformat(cu[5][:10])), LAST)
        age = (TODAY - req).days
        status = (
            ("issued" if r.random() < 0.93 else "withdrawn")
            if age > 30
            else r.choice(["requested", "in-review", "in-review", "issued"])
        )
        value = issued = None
        if status == "issued":
            value = round(r.uniform(350, 14500), 2)
            issued = _ts(min(req + dt.timedelta(days=r.randint(3, 20)), LAST), r)
        apps.append((cu[0], r.choice(appraisers), r.choice(items), value, status, _ts(req, r), issued))
    apps.sort(key=lambda a: a[5])
    insert(c, "appraisal", [(k, *a) for k, a in enumerate(apps, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- karaoke
KA_THEMES = ["Neon", "Retro 80s", "Disco", "Rock", "K-Pop", "Cabaret"]
KA_SIZES = [(4, 2500), (6, 3200), (8, 4000), (12, 5500), (20, 8500)]
KA_SONGS = [
    ("Bohemian Rhapsody", "Queen", "Rock", "English", 354, 1975), ("Don't Stop Me Now", "Queen", "Rock", "English",
    209, 1978), ("Mr. Brightside", "The Killers", "Rock", "English", 222, 2004), ("Livin' on a Prayer", "Bon Jovi",
    "Rock", "English", 249, 1986), ("Sweet Caroline", "Neil Diamond", "Pop", "English", 203, 1969),
    ("I Will Survive", "Gloria Gaynor", "Disco", "English", 198, 1978), ("Dancing Queen", "ABBA", "Disco",
    "English", 230, 1976), ("Mamma Mia", "ABBA", "Pop", "English", 212, 1975), ("Total Eclipse of the Heart",
    "Bonnie Tyler", "Rock", "English", 330, 1983), ("Wannabe", "Spice Girls", "Pop", "English", 173, 1996),
    ("Don't Stop Believin'", "Journey", "Rock", "English", 250, 1981), ("I Wanna Dance with Somebody",
    "Whitney Houston", "Pop", "English", 291, 1987), ("Africa", "Toto", "Rock", "English", 295, 1982),
    ("Wonderwall", "Oasis", "Rock", "English", 258, 1995), ("Shallow", "Lady Gaga", "Pop", "English", 215, 2018),
    ("Rolling in the Deep", "Adele", "Pop", "English", 228, 2010), ("Someone Like You", "Adele", "Pop", "English",
    285, 2011), ("Girls Just Want to Have Fun", "Cyndi Lauper", "Pop", "English", 238, 1983),
    ("Summer of '69", "Bryan Adams", "Rock", "English", 216, 1984), ("Baby One More Time", "Britney Spears", "Pop",
    "English", 211, 1998), ("Uptown Funk", "Mark Ronson", "Funk", "English", 270, 2014), ("September",
    "Earth, Wind & Fire", "Funk", "English", 215, 1978), ("Dancing in the Moonlight", "Toploader", "Pop", "English",
    232, 2000), ("Angels", "Robbie Williams", "Pop", "English", 264, 1997), ("Valerie", "Amy Winehouse", "Soul",
    "English", 233, 2007), ("Respect", "Aretha Franklin", "Soul", "English", 147, 1967), ("Proud Mary",
    "Tina Turner", "Soul", "English", 329, 1971), ("Ring of Fire", "Johnny Cash", "Country", "English", 157, 1963),
    ("Jolene", "Dolly Parton", "Country", "English", 161, 1973), ("9 to 5", "Dolly Parton", "Country", "English",
    165, 1980), ("Islands in the Stream", "Kenny Rogers", "Country", "English", 250, 1983), ("Take On Me", "a-ha",
    "Pop", "English", 225, 1985), ("Tainted Love", "Soft Cell", "Pop", "English", 160, 1981), ("Come On Eileen",
    "Dexys Midnight Runners", "Pop", "English", 247, 1982), ("Hey Jude", "The Beatles", "Rock", "English", 431,
    1968), ("My Way", "Frank Sinatra", "Jazz", "English", 275, 1969), ("Fly Me to the Moon", "Frank Sinatra", "Jazz",
    "English", 147, 1964), ("Let It Go", "Idina Menzel", "Musicals", "English", 225, 2013), ("Defying Gravity",
    "Idina Menzel", "Musicals", "English", 351, 2003), ("I Dreamed a Dream", "Les Miserables Cast", "Musicals",
    "English", 262, 1985), ("Gangnam Style", "PSY", "K-Pop", "Korean", 219, 2012), ("Dynamite", "BTS", "K-Pop",
    "Korean", 199, 2020), ("Kill This Love", "BLACKPINK", "K-Pop", "Korean", 189, 2019), ("Despacito",
    "Luis Fonsi", "Latin", "Spanish", 229, 2017), ("La Bamba", "Ritchie Valens", "Latin", "Spanish", 124, 1958),
    ("Macarena", "Los del Rio", "Latin", "Spanish", 252, 1993), ("Waterloo", "ABBA", "Pop", "English", 168, 1974),
    ("Sweet Child o' Mine", "Guns N' Roses", "Rock", "English", 356, 1987), ("Hallelujah", "Leonard Cohen", "Folk",
    "English", 279, 1984), ("Country Roads", "John Denver", "Country", "English", 190, 1971), ("Flowers",
    "Miley Cyrus", "Pop", "English", 200, 2023), ("Shake It Off", "Taylor Swift", "Pop", "English", 219, 2014),
    ("Love Story", "Taylor Swift", "Country", "English", 235, 2008), ("Bad Romance", "Lady Gaga", "Pop", "English",
    294, 2009), ("Dancing On My Own", "Robyn", "Pop", "English", 282, 2010), ("Yellow", "Coldplay", "Rock",
    "English", 269, 2000), ("Bring Me to Life", "Evanescence", "Rock", "English", 236, 2003), ("Zombie",
    "The Cranberries", "Rock", "English", 306, 1994), ("Waka Waka", "Shakira", "Latin", "Spanish", 202, 2010),
    ("Nessun Dorma", "Luciano Pavarotti", "Classical", "Italian", 183, 1972),
]  # fmt: skip
KA_MENU = [
    ("Pint of Lager", "Beer", 650, 1), ("Pint of Cider", "Beer", 620, 1), ("Bottle of Asahi", "Beer", 580, 1),
    ("Pitcher of Lager", "Beer", 2200, 1), ("Bucket of 5 Beers", "Beer", 2500, 1), ("House Red Glass", "Wine", 750, 1),
    ("House White Glass", "Wine", 750, 1), ("Prosecco Bottle", "Wine", 3200, 1), ("Rose Bottle", "Wine", 2800, 1),
    ("Mojito", "Cocktails", 1050, 1), ("Pornstar Martini", "Cocktails", 1150, 1), ("Espresso Martini", "Cocktails",
    1150, 1), ("Long Island Iced Tea", "Cocktails", 1250, 1), ("Cocktail Pitcher", "Cocktails", 3800, 1),
    ("Tequila Shot", "Spirits", 450, 1), ("Sambuca Shot", "Spirits", 400, 1), ("Jagerbomb", "Spirits", 550, 1),
    ("Gin and Tonic", "Spirits", 900, 1), ("Virgin Mojito", "Soft Drinks", 550, 0), ("Cola", "Soft Drinks", 350,
    0), ("Lemonade", "Soft Drinks", 350, 0), ("Orange Juice", "Soft Drinks", 380, 0), ("Sparkling Water",
    "Soft Drinks", 300, 0), ("Energy Drink", "Soft Drinks", 420, 0), ("Loaded Nachos", "Food", 950, 0),
    ("Chicken Wings", "Food", 1050, 0), ("Korean Fried Chicken", "Food", 1250, 0), ("Fries", "Food", 450, 0),
    ("Halloumi Fries", "Food", 750, 0), ("Sharing Platter", "Food", 2600, 0), ("Popcorn", "Food", 350, 0),
    ("Birthday Cake", "Food", 3000, 0),
]  # fmt: skip


def build_karaoke(path: Path) -> None:
    r = random.Random(SEED["karaoke"])
    c = fresh_db(
        path,
        """
        CREATE TABLE rooms (
            room_id INTEGER PRIMARY KEY, room_name TEXT NOT NULL, floor INTEGER NOT NULL, max_guests INTEGER NOT NULL,
            theme TEXT NOT NULL, hourly_rate_cents INTEGER NOT NULL);
        CREATE TABLE customers (
            customer_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, phone TEXT, email TEXT,
            loyalty_points INTEGER NOT NULL DEFAULT 0, signed_up_on DATE NOT NULL);
        CREATE TABLE bookings (
            booking_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id),
            room_id INTEGER NOT NULL REFERENCES rooms(room_id), start_time TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL, party_size INTEGER NOT NULL, room_charge_cents INTEGER NOT NULL,
            status TEXT NOT NULL);
        CREATE TABLE songs (
            song_id INTEGER PRIMARY KEY, title TEXT NOT NULL, artist TEXT NOT NULL, genre TEXT NOT NULL,
            language TEXT NOT NULL, duration_seconds INTEGER NOT NULL, release_year INTEGER NOT NULL);
        CREATE TABLE performances (
            performance_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(booking_id),
            song_id INTEGER NOT NULL REFERENCES songs(song_id), singer_name TEXT NOT NULL, score INTEGER,
            sung_at TEXT NOT NULL);
        CREATE TABLE menu_items (
            item_id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, price_cents INTEGER NOT NULL,
            is_alcoholic INTEGER NOT NULL);
        CREATE TABLE booking_items (
            line_id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL REFERENCES bookings(booking_id),
            item_id INTEGER NOT NULL REFERENCES menu_items(item_id), quantity INTEGER NOT NULL,
            line_total_cents INTEGER NOT NULL);
        """,
    )
    rooms = []
    for k in range(1, 31):
        theme = KA_THEMES[(k - 1) % len(KA_THEMES)]
        size, rate = KA_SIZES[0 if k <= 8 else 1 if k <= 16 else 2 if k <= 23 else 3 if k <= 28 else 4]
        rooms.append((k, f"{theme} {(k - 1) // len(KA_THEMES) + 1}", (k - 1) // 10 + 1, size, theme, rate))
    insert(c, "rooms", rooms)
    custs = []
    for k, (f, s) in enumerate(_names(r, 130), 1):
        custs.append((k, f"{f} {s}", f"07{r.randint(300, 999)} {r.randint(100000, 999999)}",
                      _email(f, s, "example.com") if r.random() < 0.85 else None, 0,
                      _iso(day_between(r, D(2023, 1, 1), D(2025, 6, 1)))))  # fmt: skip
    songs = [(k, *s) for k, s in enumerate(KA_SONGS, 1)]
    insert(c, "songs", songs)
    insert(c, "menu_items", [(k, *m) for k, m in enumerate(KA_MENU, 1)])
    regular = {cu[0]: 0.3 + r.random() ** 4 * 4 for cu in custs}
    bookings = []
    while len(bookings) < 225:
        future = len(bookings) >= 203
        d = day_between(r, TODAY, D(2025, 7, 12)) if future else day_between(r, D(2024, 3, 1), LAST)
        if d.weekday() < 3 and r.random() < 0.6:
            continue
        pool = [x for x in custs if x[5] <= d.isoformat() and x[0] % 11 != 0] or custs[:1]
        cu = r.choices(pool, [regular[x[0]] for x in pool])[0]
        if cu[5] > d.isoformat():
            continue
        party = r.randint(2, 18)
        room = r.choice([x for x in rooms if x[3] >= party])
        mins = r.choice([60, 90, 120, 120, 180])
        start = f"{d.isoformat()} {r.randint(17, 22):02d}:{r.choice(['00', '30'])}:00"
        status = "confirmed" if future else r.choices(["completed", "cancelled", "no-show"], [88, 8, 4])[0]
        bookings.append((cu[0], room[0], start, mins, party, room[5] * mins // 60, status))
    bookings.sort(key=lambda b: b[2])
    insert_b = [(k, *b) for k, b in enumerate(bookings, 1)]
    spend = {cu[0]: 0 for cu in custs}
    perfs, lines = [], []
    popular = {s[0]: 0.0 if s[0] in (36, 44, 58, 60) else 0.3 + r.random() ** 2 * 2 for s in songs}
    for k, (cu, _room, start, mins, _party, charge, status) in enumerate(bookings, 1):
        if status != "completed":
            continue
        spend[cu] += charge
        t0 = dt.datetime.fromisoformat(start)
        first = custs[cu - 1][1].split()[0]
        for n, song in enumerate(_pick(r, songs, [popular[s[0]] for s in songs], r.randint(1, 3))):
            singer = first if n == 0 else r.choice(FORENAMES)
            sung = t0 + dt.timedelta(minutes=r.randint(5, mins - 5))
            score = r.randint(52, 99) if r.random() < 0.95 else None
            perfs.append((len(perfs) + 1, k, song[0], singer, score, sung.strftime("%Y-%m-%d %H:%M:%S")))
        for item in r.sample(KA_MENU, r.randint(1, 3)):
            q = r.randint(1, 4) if item[1] in ("Beer", "Spirits", "Soft Drinks") else r.randint(1, 2)
            iid = KA_MENU.index(item) + 1
            lines.append((len(lines) + 1, k, iid, q, q * item[2]))
            spend[cu] += q * item[2]
    custs = [(k, n, p, e, spend[k] // 100, s) for k, n, p, e, _pts, s in custs]
    insert(c, "customers", custs)
    insert(c, "bookings", insert_b)
    perfs.sort(key=lambda p: p[5])
    insert(c, "performances", [(k, *p[1:]) for k, p in enumerate(perfs, 1)])
    insert(c, "booking_items", lines)
    done(c)


# --------------------------------------------------------------------------------------------------- walkingtours
WT_CATEGORIES = [
    ("HIST", "Old Town History", 0), ("GHST", "Ghosts and Ghouls", 1), ("FOOD", "Food and Drink", 0),
    ("WHSK", "Whisky Heritage", 1), ("ARCH", "Architecture and Design", 0), ("LITR", "Literary Edinburgh", 0),
    ("ROYL", "Royal Mile and Monarchy", 0), ("CRIM", "Crime and Punishment", 1), ("SCIE", "Science and Enlightenment",
    0), ("ARTS", "Street Art and Galleries", 0), ("FILM", "Film and Television Locations", 0),
    ("MUSC", "Music and Folk", 1), ("PUBS", "Historic Pubs", 1), ("GRDN", "Parks and Gardens", 0),
    ("FAML", "Family Friendly", 0), ("PHOT", "Photography Walks", 0), ("MARI", "Maritime Leith", 0),
    ("CHUR", "Churches and Kirkyards", 0), ("WOMN", "Women in History", 0), ("LGBT", "LGBTQ+ History", 0),
    ("MEDI", "Medical History", 0), ("JACO", "Jacobites", 0), ("UNDR", "Underground Vaults", 1),
    ("MRKT", "Markets and Makers", 0), ("COFF", "Coffee and Cake", 0), ("NATU", "Nature and Wildlife", 0),
    ("GEOL", "Volcanoes and Geology", 0), ("FEST", "Festival Fringe", 1), ("XMAS", "Christmas Lights", 1),
    ("ACCS", "Accessible Strolls", 0),
]  # fmt: skip
WT_TOURS = [
    ("Royal Mile Uncovered", "HIST", "Old Town", "Mercat Cross", 120, 18.00, 1),
    ("Closes and Wynds", "HIST", "Old Town", "St Giles' Cathedral", 90, 15.00, 0),
    ("Grassmarket Through the Ages", "HIST", "Grassmarket", "Grassmarket Memorial", 90, 15.00, 1),
    ("Greyfriars After Dark", "GHST", "Old Town", "Greyfriars Bobby Statue", 75, 16.50, 0),
    ("Haunted Closes", "GHST", "Old Town", "Tron Kirk", 90, 17.50, 0),
    ("Ghosts of Leith", "GHST", "Leith", "The Shore", 90, 15.00, 1),
    ("Taste of the Old Town", "FOOD", "Old Town", "Victoria Street", 180, 65.00, 1),
    ("Leith Foodie Trail", "FOOD", "Leith", "Leith Walk Foot", 150, 55.00, 1),
    ("Stockbridge Nibbles", "FOOD", "Stockbridge", "Stockbridge Market", 120, 45.00, 1),
    ("Whisky and Tales", "WHSK", "Old Town", "Castlehill", 150, 59.00, 1),
    ("Georgian New Town", "ARCH", "New Town", "St Andrew Square", 120, 18.00, 1),
    ("Modern Edinburgh", "ARCH", "Canongate", "Scottish Parliament", 90, 16.00, 1),
    ("Literary Pub Trail", "LITR", "Old Town", "Writers' Museum", 120, 22.00, 0),
    ("Stevenson's Edinburgh", "LITR", "New Town", "Heriot Row", 90, 16.00, 1),
    ("Wizards and Writers", "LITR", "Old Town", "Elephant House", 120, 19.50, 0),
    ("Kings and Queens", "ROYL", "Canongate", "Palace of Holyroodhouse Gates", 120, 20.00, 1),
    ("Burke and Hare Murders", "CRIM", "Grassmarket", "West Port", 90, 16.50, 0),
    ("Deacon Brodie's Double Life", "CRIM", "Old Town", "Lawnmarket", 75, 15.00, 0),
    ("Enlightenment Minds", "SCIE", "Old Town", "Adam Smith Statue", 120, 18.00, 1),
    ("Street Art of Leith", "ARTS", "Leith", "Leith Walk Foot", 120, 17.00, 1),
    ("Galleries of the Mound", "ARTS", "New Town", "National Gallery Steps", 90, 14.00, 1),
    ("On Location in Auld Reekie", "FILM", "Old Town", "Cockburn Street", 120, 21.00, 0),
    ("Folk Music Pub Crawl", "MUSC", "Old Town", "Sandy Bell's", 150, 25.00, 0),
    ("Historic Howffs", "PUBS", "Old Town", "The World's End", 150, 28.00, 0),
    ("Leith Pubs and Porter", "PUBS", "Leith", "The Shore", 150, 26.00, 0),
    ("Princes Street Gardens", "GRDN", "New Town", "Ross Fountain", 75, 12.00, 1),
    ("Botanic Garden Ramble", "GRDN", "Stockbridge", "Inverleith Row Gate", 90, 14.00, 1),
    ("Dean Village Detours", "PHOT", "Dean Village", "Dean Bridge", 120, 24.00, 0),
    ("Calton Hill Sunrise", "PHOT", "Calton Hill", "Nelson Monument", 90, 22.00, 0),
    ("Shipyards and Sailors", "MARI", "Leith", "Ocean Terminal", 120, 17.00, 1),
    ("Kirkyard Secrets", "CHUR", "Old Town", "Canongate Kirk", 90, 14.50, 0),
    ("Remarkable Women", "WOMN", "New Town", "Charlotte Square", 120, 17.50, 1),
    ("Queer Edinburgh", "LGBT", "New Town", "Broughton Street", 100, 16.00, 1),
    ("Surgeons and Body Snatchers", "MEDI", "Old Town", "Surgeons' Hall", 90, 17.00, 0),
    ("Bonnie Prince Charlie", "JACO", "Canongate", "Holyrood Abbey", 120, 19.00, 1),
    ("Vaults Beneath the Bridges", "UNDR", "Old Town", "South Bridge", 75, 19.50, 0),
    ("Underground Streets", "UNDR", "Old Town", "Mary King's Close Entrance", 60, 21.00, 0),
    ("Little Explorers", "FAML", "New Town", "Ross Fountain", 60, 9.00, 1),
    ("Arthur's Seat Volcano", "GEOL", "Canongate", "Holyrood Park Car Park", 180, 25.00, 0),
    ("Water of Leith Wildlife", "NATU", "Stockbridge", "St Bernard's Well", 120, 14.00, 0),
]
WT_COUNTRIES = ["United Kingdom"] * 6 + ["United States"] * 4 + ["Germany", "Germany", "France", "Australia",
                                                                  "Canada", "Netherlands", "Spain", "Italy", "Japan",
                                                                  "Ireland"]  # fmt: skip
WT_ORGS = ["Heriot Travel Ltd", "Lothian U3A", "Glasgow Academy", "Caledonian Coach Tours", "St Mary's Primary School",
           "Bright Horizons Language School", "Northumbria University Alumni", "Harrogate Rotary Club"]  # fmt: skip


def build_walkingtours(path: Path) -> None:
    r = random.Random(SEED["walkingtours"])
    c = fresh_db(
        path,
        """
        CREATE TABLE tour_category (
            code TEXT PRIMARY KEY, description TEXT NOT NULL, is_evening INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE tour (
            tour_id INTEGER PRIMARY KEY, title TEXT NOT NULL, category_code TEXT NOT NULL
            REFERENCES tour_category(code), neighbourhood TEXT NOT NULL, meeting_point TEXT NOT NULL,
            duration_mins INTEGER NOT NULL, standard_fare REAL NOT NULL, wheelchair_accessible INTEGER NOT NULL);
        CREATE TABLE guide (
            guide_id INTEGER PRIMARY KEY, forename TEXT NOT NULL, surname TEXT NOT NULL,
            licence_number TEXT NOT NULL UNIQUE, licence_expiry DATE NOT NULL, blue_badge INTEGER NOT NULL DEFAULT 0,
            started_on DATE NOT NULL, home_neighbourhood TEXT);
        CREATE TABLE guide_accreditation (
            guide_id INTEGER NOT NULL REFERENCES guide(guide_id), tour_id INTEGER NOT NULL REFERENCES tour(tour_id),
            accredited_on DATE NOT NULL, PRIMARY KEY (guide_id, tour_id));
        CREATE TABLE customer (
            customer_id INTEGER PRIMARY KEY, forename TEXT NOT NULL, surname TEXT NOT NULL, organisation TEXT,
            country TEXT NOT NULL, email TEXT, registered_on DATE NOT NULL);
        CREATE TABLE departure (
            departure_id INTEGER PRIMARY KEY, tour_id INTEGER NOT NULL REFERENCES tour(tour_id),
            guide_id INTEGER NOT NULL REFERENCES guide(guide_id), departs_on DATE NOT NULL, start_time TEXT NOT NULL,
            max_travellers INTEGER NOT NULL, cancelled INTEGER NOT NULL DEFAULT 0, cancellation_reason TEXT);
        CREATE TABLE booking (
            booking_id INTEGER PRIMARY KEY, departure_id INTEGER NOT NULL REFERENCES departure(departure_id),
            customer_id INTEGER NOT NULL REFERENCES customer(customer_id), travellers INTEGER NOT NULL,
            amount_paid REAL NOT NULL, booked_on DATE NOT NULL, channel TEXT NOT NULL);
        """,
    )
    insert(c, "tour_category", WT_CATEGORIES)
    insert(c, "tour", [(k, *t) for k, t in enumerate(WT_TOURS, 1)])
    hoods = ["Old Town", "New Town", "Leith", "Stockbridge", "Bruntsfield", "Marchmont", "Portobello", "Morningside"]
    guides = []
    for k, (f, s) in enumerate(_names(r, 36), 1):
        started = day_between(r, D(2012, 4, 1), D(2025, 3, 1))
        expiry = day_between(r, D(2025, 1, 1), D(2027, 12, 31)) if k % 9 else D(2025, 3, 31)
        guides.append((k, f, s, f"EDG-{1000 + k * 37}", _iso(expiry), int(r.random() < 0.3), _iso(started),
                       r.choice(hoods) if r.random() < 0.9 else None))  # fmt: skip
    insert(c, "guide", guides)
    accred = []
    untrained = {8, 23, 36}  # guides not yet accredited for any tour (new starters)
    for g in guides:
        if g[0] in untrained:
            continue
        for t in sorted(r.sample(range(1, len(WT_TOURS) + 1), r.randint(2, 6))):
            accred.append((g[0], t, _iso(day_between(r, D.fromisoformat(g[6]), D(2025, 5, 31)))))
    insert(c, "guide_accreditation", accred)
    custs = []
    for k, (f, s) in enumerate(_names(r, 260), 1):
        org = r.choice(WT_ORGS) if r.random() < 0.12 else None
        custs.append((k, f, s, org, r.choice(WT_COUNTRIES), _email(f, s, "example.com") if r.random() < 0.9 else None,
                      _iso(day_between(r, D(2023, 1, 1), D(2025, 6, 10)))))  # fmt: skip
    insert(c, "customer", custs)
    deps = []
    while len(deps) < 320:
        future = len(deps) >= 290
        d = day_between(r, TODAY, D(2025, 7, 15)) if future else day_between(r, D(2024, 3, 1), LAST)
        ga = r.choice(accred)
        guide = guides[ga[0] - 1]
        if ga[2] > d.isoformat() or (guide[4] < d.isoformat()):
            continue
        cat = WT_TOURS[ga[1] - 1][1]
        evening = dict((code, ev) for code, _d, ev in WT_CATEGORIES)[cat]
        start = r.choice(["19:00", "20:00", "21:00"]) if evening else r.choice(["10:00", "11:00", "14:00", "15:30"])
        cancelled = not future and r.random() < 0.06
        reason = r.choice(["Severe weather", "Guide unwell", "Insufficient bookings"]) if cancelled else None
        deps.append((ga[1], ga[0], d, start, r.choice([12, 15, 20]), int(cancelled), reason))
    deps.sort(key=lambda x: (x[2], x[3], x[0]))
    insert(c, "departure", [(k, t, g, _iso(d), s, m, ca, re) for k, (t, g, d, s, m, ca, re) in enumerate(deps, 1)])
    books = []
    open_deps = [(k, dp) for k, dp in enumerate(deps, 1) if not dp[5]]
    seats = {k: dp[4] for k, dp in open_deps}
    while len(books) < 400:
        k, dp = r.choice(open_deps)
        booked = dp[2] - dt.timedelta(days=r.randint(0, 45))
        if booked > LAST:
            booked = LAST - dt.timedelta(days=r.randint(0, 10))
        cu = r.choice(custs)
        if cu[6] > booked.isoformat():
            continue
        n = r.choices([1, 2, 3, 4, 5, 6], [20, 40, 12, 15, 7, 6])[0] if not cu[3] else r.randint(6, 12)
        if n > seats[k]:
            continue
        seats[k] -= n
        fare = WT_TOURS[dp[0] - 1][5]
        paid = round(fare * n * (0.9 if n >= 6 else 1.0), 2)
        channel = r.choice(["website", "website", "website", "telephone", "travel agent", "walk-up"])
        if booked == dp[2] and channel != "walk-up" and r.random() < 0.5:
            channel = "walk-up"
        books.append((k, cu[0], n, paid, booked, channel))
    books.sort(key=lambda b: (b[4], b[0]))
    insert(c, "booking", [(j, k, cu, n, p, _iso(b), ch) for j, (k, cu, n, p, b, ch) in enumerate(books, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "tennisclub": build_tennisclub,
    "pubquiz": build_pubquiz,
    "toyshop": build_toyshop,
    "jeweller": build_jeweller,
    "karaoke": build_karaoke,
    "walkingtours": build_walkingtours,
}
