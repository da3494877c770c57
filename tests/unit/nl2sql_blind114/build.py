"""Six synthetic databases on sport, games, media and entertainment for the hundred-and-fourteenth blind corpus.

Every database is deterministic (its own ``random.Random`` seed) and its data ends on 2025-06-14 ("today" is
2025-06-15). Dates are ISO text 'YYYY-MM-DD' unless said otherwise. Foreign keys are declared.

handball -- a national handball league (8 clubs), camelCase names as exported from a JSON API
    Seasons run September to May and are written '2022/23', '2023/24', '2024/25'; every season is a double round
    robin of 14 rounds (56 matches). Matches from 2022-09-02 to 2025-05-26.
    venues: venueId, venueName, city, capacity (seats). Kongens Arena is a neutral hall that hosts every season's
        opening round; Havbakke Hallen hosted one match; every club has its own home hall.
    clubs: clubId, clubName (e.g. 'Nordhavn HK', 'Kolby Sharks'), shortCode (three letters, e.g. 'NHK'), city,
        foundedYear (NULL when unknown), homeVenueId -> venues.
    players: playerId, firstName, lastName, clubId -> clubs (the current club; players do not change club),
        position (code: 'GK' goalkeeper, 'LW' left wing, 'RW' right wing, 'LB' left back, 'RB' right back,
        'CB' centre back, 'PV' pivot/line player), shirtNumber, birthDate, nationality (three-letter code: 'DEN'
        Denmark, 'NOR' Norway, 'SWE' Sweden, 'ISL' Iceland, 'GER' Germany, 'FRA' France, 'ESP' Spain, 'CRO'
        Croatia, 'FAR' Faroe Islands), isCaptain (1 = club captain, 0 = not; one per club), joinedDate (the day
        the player joined the club). Some players have never played a match (new signings, reserve keepers).
    matches: matchId, season, round (1-14), matchDate, venueId -> venues, attendance (spectators; NULL when not
        recorded), status ('FT' = played to full time, 'PP' = postponed and not yet played).
    matchTeams: one row per club per match (two per match): matchId -> matches, clubId -> clubs, isHomeTeam (1 for
        the home club, 0 for the away club), goals (the club's final score), halfTimeGoals (score at half time);
        goals are NULL for postponed matches.
    appearances: the players who played in a match (a many-to-many link between matches and players with its own
        attributes): matchId, playerId, isStarter (1 = in the starting seven, 0 = came off the bench),
        minutesPlayed (0-60; a handball match lasts 60 minutes), goals, shots, saves (goalkeepers only, NULL for
        court players), yellowCards, twoMinSuspensions (number of 2-minute suspensions).

speedrun -- a speedrunning leaderboard site, snake_case names, times as 'HH:MM:SS' text, 'Y'/'N' flags
    platforms: platform_code (e.g. 'PC', 'N64' Nintendo 64, 'SNES' Super Nintendo, 'PS1' PlayStation, 'PS2',
        'GCN' GameCube, 'NSW' Nintendo Switch, 'GBA' Game Boy Advance, 'DC' Dreamcast), platform_name, maker.
    games: game_id, title, release_year, platform_code -> platforms. 18 games; no Dreamcast game yet.
    categories: category_id, game_id -> games, category_name (the kind of run: 'Any%' finish by any means, '100%'
        everything collected, 'Glitchless', 'Low%', 'All Bosses', 'Any% No Major Skips'), is_misc ('Y' = a
        miscellaneous side category, 'N' = a main category). Three categories have no runs yet.
    runners: runner_id, handle (the runner's user name), country_code (ISO two-letter: 'US', 'SE' Sweden, 'DE',
        'GB', 'JP', 'BR', 'FR', 'CA', 'AU', 'FI' Finland, 'NL', 'PL'; NULL when not given), joined_on (sign-up
        day, 2015-2025), is_moderator ('Y'/'N': moderators verify runs). A few runners never submitted a run.
    runs: run_id, category_id -> categories, runner_id -> runners, run_time (the run's duration as zero-padded
        'HH:MM:SS' text), submitted_on (2016-01-10 to 2025-06-13), verified ('Y' = verified by a moderator,
        'N' = not verified: still waiting for a moderator), verified_by -> runners (the moderator;
        NULL when not verified), verified_on (NULL when not verified), emulator ('Y' = played on an emulator,
        'N' = original hardware/PC), video_url (NULL when the run has no video). A record is the fastest verified
        run of a category.

musicchart -- a weekly top-40 singles chart, PascalCase names, chart weeks as ISO-week text, a label hierarchy
    Labels: LabelId, LabelName, ParentLabelId -> Labels (self-reference: the group that owns this label, NULL for
        a group or an independent label), Country (two-letter code). 'Orbit Music Group' and 'Crescent Records
        Group' are holding groups that own labels (imprints) and release nothing themselves; Tin Roof Records,
        Velvet Basement, Northern Wire and Paper Kite are independents.
    Artists: ArtistId, ArtistName, HomeCountry (two-letter code: 'GB', 'US', 'IE', 'SE', 'AU', 'CA', 'NG' Nigeria,
        'KR' South Korea), DebutYear (NULL when unknown), IsGroup ('Y' = a band/group, 'N' = a solo artist).
    Singles: SingleId, Title, ArtistId -> Artists (the lead artist), LabelId -> Labels, ReleaseDate (2023-09-04
        to 2025-06-05), DurationSec (track length in seconds), Genre ('Pop', 'Hip-Hop', 'Dance', 'R&B', 'Rock',
        'Indie', 'Country').
    Featurings: featured (guest) artists on a single: SingleId -> Singles, ArtistId -> Artists.
    ChartEntries: one row per single per chart week: ChartWeek (ISO week as text 'YYYY-Www', e.g. '2025-W07'; from
        '2024-W01' to '2025-W23'), Position (1-40, 1 = number one), SingleId -> Singles, PrevPosition (position in
        the previous week's chart; NULL when the single was not in it: a new entry or a re-entry, and for every
        entry of 2024-W01), WeeksOnChart (weeks on the chart so far, this one included), Streams (streams that
        week), Downloads (paid downloads that week).

gigtour -- a concert promoter's touring database, flattened nested fields (address_*, stats_*), money in euros
    artists: id, name, genre, home_country (two-letter code, e.g. 'GB', 'IE' Ireland, 'US', 'NO', 'ES', 'SE',
        'DE', 'CA', 'FR', 'NL'), members (people in the act; 1 for a solo act). Orla Brady only plays support.
    promoters: id, name, contact_email (NULL when none on file), hq_country.
    venues: id, name, venue_type ('club', 'theatre', 'arena', 'stadium', 'festival' grounds), capacity (people),
        address_street (NULL for festival grounds), address_city, address_postcode (NULL when unknown),
        address_country (two-letter code: 'GB', 'IE', 'FR', 'DE' Germany, 'NL', 'BE', 'DK', 'SE', 'NO', 'ES',
        'IT', 'AT', 'CZ', 'PL', 'CH', 'PT').
    tours: id, artist_id -> artists (the headliner), tour_name (e.g. 'Hourglass World Tour 2024'), start_date,
        end_date (first and last show).
    shows: id, tour_id -> tours, venue_id -> venues, promoter_id -> promoters (NULL when self-promoted),
        show_date (2023-02-04 to 2025-07-13), status ('P' = played, 'X' = cancelled, 'U' = upcoming, i.e. after
        today), ticket_price_eur (face value of a ticket in euros), stats_tickets_sold, stats_gross_eur (ticket
        revenue in euros), stats_merch_eur (merchandise sales in euros; NULL when not reported),
        stats_set_minutes (length of the headline set in minutes). The stats_* fields are NULL unless the show was
        played; a show whose tickets sold equal the venue capacity sold out.
    support_slots: the support acts of a show: show_id -> shows, artist_id -> artists, slot_no (1 = first support
        before the headliner, 2 = second, 0 = a local opener), set_minutes.

audiobooks -- an audiobook publisher, snake_case names, royalty periods as quarter text, runtimes in seconds
    authors: author_id, author_name, country (two-letter code, NULL when unknown), birth_year (NULL when unknown).
        One author has no title yet.
    narrators: narrator_id, narrator_name, accent (e.g. 'RP British', 'General American', 'Irish', 'Scottish',
        'Australian'; NULL when not noted), union_member ('Y'/'N': member of the actors' union).
    series: series_id, series_name (e.g. 'The Salt Road'), author_id -> authors.
    titles: title_id, title, author_id -> authors, narrator_id -> narrators (NULL when not yet cast), series_id ->
        series (NULL for a standalone book), series_no (the book's number in its series), genre ('Fantasy',
        'Thriller', 'Romance', 'Sci-Fi', 'Biography', 'History', 'Self-Help', 'Mystery'), release_date (2020-01-14
        to 2025-05-29), runtime_sec (listening time in seconds), list_price_usd (US dollars), is_abridged ('Y' =
        abridged edition, 'N' = unabridged).
    royalty_statements: one row per title per quarter from its release: stmt_id, title_id -> titles, period (the
        quarter as text 'YYYY-Qn', from '2020-Q1' to '2025-Q1'; the 2025-Q2 statements are not out yet),
        units_sold, revenue_usd (net sales revenue in dollars), royalty_usd (the author's royalty in dollars).
    reviews: listener reviews: review_id, title_id -> titles, rating (1-5 stars), review_date (2020-01-22 to
        2025-06-14), has_text ('Y' = a written review, 'N' = a star rating only).

fightcard -- a mixed-martial-arts promotion, lower snake_case names, metric units, result codes
    gyms: gym_id, gym_name, city, country (two-letter code).
    fighters: fighter_id, first_name, last_name, nickname (NULL when none), gym_id -> gyms (NULL for a fighter
        without a gym), class_code -> the weight class fought in, birth_date (NULL when unknown), height_cm,
        reach_cm (NULL when not measured), weight_kg (last official weigh-in in kilograms), stance ('O' = orthodox,
        'S' = southpaw, 'W' = switch), is_active ('Y' = on the active roster, 'N' = retired/released). Three new
        signings have not fought yet.
    weight_classes: class_code ('FLY', 'BAN', 'FEA', 'LW', 'WW', 'MW', 'LHW', 'HW'), class_name ('Flyweight',
        'Bantamweight', 'Featherweight', 'Lightweight', 'Welterweight', 'Middleweight', 'Light Heavyweight',
        'Heavyweight'), limit_lb (weight limit in pounds), champion_id -> fighters (the current champion).
    events: event_id, event_name (numbered pay-per-view events 'FC 61' ... and 'FC Fight Night: <city>' cards),
        event_date (2022-01-15 to 2025-05-31), city, country (two-letter code), attendance (NULL when not
        reported), ppv_buys (pay-per-view buys; NULL for fight nights, which are not on pay-per-view).
    bouts: bout_id, event_id -> events, card_position (1 = the main event, 2 = co-main, and so on down the card),
        class_code -> weight_classes, red_fighter_id and blue_fighter_id -> fighters (the two corners; the
        champion is in the red corner of a title fight), winner_id -> fighters (NULL for a draw or no contest),
        method ('KO' = knockout or technical knockout, 'SUB' = submission, 'UD' = unanimous decision, 'SD' = split
        decision, 'MD' = majority decision, 'DQ' = disqualification, 'NC' = no contest, 'DRAW'), end_round (the
        round the fight ended in), end_time (clock time in that round as 'M:SS'; '5:00' when it went the
        distance), scheduled_rounds (3, or 5 for main events and title fights), is_title_fight ('Y'/'N').
    rankings: published contender rankings (the champion is not ranked): class_code -> weight_classes, as_of (the
        day the ranking was published: 2024-03-31, 2024-06-30, 2024-09-30, 2024-12-31, 2025-03-31, 2025-06-09),
        rank_no (1 = top contender), fighter_id -> fighters.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, full_names, iso, write_tables

END = dt.date(2025, 6, 14)  # the last day with data; "today" is 2025-06-15


# ---------------------------------------------------------------------------------------------------------------
# handball: a handball league, camelCase JSON-export names
# ---------------------------------------------------------------------------------------------------------------

HANDBALL_DDL = """
CREATE TABLE venues (
    venueId INTEGER PRIMARY KEY,
    venueName TEXT NOT NULL,
    city TEXT NOT NULL,
    capacity INTEGER NOT NULL
);
CREATE TABLE clubs (
    clubId INTEGER PRIMARY KEY,
    clubName TEXT NOT NULL,
    shortCode TEXT NOT NULL,
    city TEXT NOT NULL,
    foundedYear INTEGER,
    homeVenueId INTEGER REFERENCES venues(venueId)
);
CREATE TABLE players (
    playerId INTEGER PRIMARY KEY,
    firstName TEXT NOT NULL,
    lastName TEXT NOT NULL,
    clubId INTEGER NOT NULL REFERENCES clubs(clubId),
    position TEXT NOT NULL,
    shirtNumber INTEGER,
    birthDate TEXT,
    nationality TEXT,
    isCaptain INTEGER NOT NULL DEFAULT 0,
    joinedDate TEXT
);
CREATE TABLE matches (
    matchId INTEGER PRIMARY KEY,
    season TEXT NOT NULL,
    round INTEGER NOT NULL,
    matchDate TEXT NOT NULL,
    venueId INTEGER REFERENCES venues(venueId),
    attendance INTEGER,
    status TEXT NOT NULL
);
CREATE TABLE matchTeams (
    matchId INTEGER NOT NULL REFERENCES matches(matchId),
    clubId INTEGER NOT NULL REFERENCES clubs(clubId),
    isHomeTeam INTEGER NOT NULL,
    goals INTEGER,
    halfTimeGoals INTEGER,
    PRIMARY KEY (matchId, clubId)
);
CREATE TABLE appearances (
    matchId INTEGER NOT NULL REFERENCES matches(matchId),
    playerId INTEGER NOT NULL REFERENCES players(playerId),
    isStarter INTEGER NOT NULL,
    minutesPlayed INTEGER NOT NULL,
    goals INTEGER NOT NULL,
    shots INTEGER NOT NULL,
    saves INTEGER,
    yellowCards INTEGER NOT NULL,
    twoMinSuspensions INTEGER NOT NULL,
    PRIMARY KEY (matchId, playerId)
);
"""


def build_handball(path: Path) -> None:
    r = random.Random(114001)
    venues = [
        (1, "Nordhavn Arena", "Nordhavn", 4200), (2, "Ravnsborg Hallen", "Ravnsborg", 3100),
        (3, "Kolby Dome", "Kolby", 5600), (4, "Vestmark Sportscenter", "Vestmark", 2400),
        (5, "Skovlund Hallen", "Skovlund", 1900), (6, "Aaby Arena", "Aaby", 3800),
        (7, "Lindholm Idraetspark", "Lindholm", 2750), (8, "Soeby Hallen", "Soeby", 1650),
        (9, "Kongens Arena", "Kongsted", 9000), (10, "Havbakke Hallen", "Havbakke", 1200),
    ]  # fmt: skip
    cap = {v[0]: v[3] for v in venues}
    clubs = [
        (1, "Nordhavn HK", "NHK", "Nordhavn", 1931, 1), (2, "Ravnsborg IF", "RIF", "Ravnsborg", 1948, 2),
        (3, "Kolby Sharks", "KSH", "Kolby", 1972, 3), (4, "Vestmark HC", "VHC", "Vestmark", 1925, 4),
        (5, "Skovlund Bears", "SKB", "Skovlund", 1989, 5), (6, "Aaby HB", "AHB", "Aaby", 1957, 6),
        (7, "Lindholm Vikings", "LVK", "Lindholm", 1966, 7), (8, "Soeby Storm", "SST", "Soeby", None, 8),
    ]  # fmt: skip
    strength = {1: 1.18, 2: 1.02, 3: 1.08, 4: 0.94, 5: 0.88, 6: 1.12, 7: 0.84, 8: 0.9}
    positions = ["GK", "GK", "GK", "LW", "LW", "RW", "RW", "LB", "LB", "LB", "RB", "RB", "CB", "CB", "CB",
                 "PV", "PV", "PV"]  # fmt: skip
    pos_w = {"GK": 0.01, "LW": 1.0, "RW": 0.95, "LB": 1.45, "RB": 1.2, "CB": 1.15, "PV": 1.0}
    nats = ["DEN"] * 14 + ["NOR"] * 3 + ["SWE"] * 3 + ["ISL"] * 2 + ["GER", "FRA", "ESP", "CRO", "FAR"]
    names = full_names(r, 200)
    players = []
    info = {}  # playerId -> dict
    pid = 0
    for club in clubs:
        cid = club[0]
        squad = list(positions)
        if cid in (2, 6):
            squad.append(r.choice(["LB", "CB", "RW"]))
        if cid == 5:
            squad.remove("PV")
        numbers = r.sample(range(1, 100), len(squad))
        captain = r.randrange(3, len(squad))
        for k, pos in enumerate(squad):
            pid += 1
            first, last = names[pid].split(" ")
            birth = day_between(r, dt.date(1989, 1, 1), dt.date(2006, 12, 31))
            joined = day_between(r, dt.date(2012, 7, 1), dt.date(2022, 8, 1))
            late = r.random()
            if late < 0.12:
                joined = day_between(r, dt.date(2023, 7, 1), dt.date(2023, 8, 15))
            elif late < 0.22:
                joined = day_between(r, dt.date(2024, 7, 1), dt.date(2024, 8, 20))
            skill = r.lognormvariate(0, 0.45)
            regular = min(1.0, 0.6 * r.random() ** 0.6 + 0.4 * min(skill, 1.5) / 1.5)
            if pos == "GK":
                regular = [1.0, 0.55, 0.0][positions.index("GK") + squad[:k].count("GK")]
            players.append((pid, first, last, cid, pos, numbers[k], iso(birth), r.choice(nats),
                            1 if k == captain else 0, iso(joined)))  # fmt: skip
            info[pid] = {"club": cid, "pos": pos, "skill": skill, "regular": regular, "joined": joined}
    # two signings in June 2025 and one long-term injured: no appearances at all
    for late_pid, when in ((7, dt.date(2025, 6, 2)), (62, dt.date(2025, 6, 9))):
        info[late_pid]["joined"] = when
        players[late_pid - 1] = (*players[late_pid - 1][:9], iso(when))
    info[100]["regular"] = 0.0
    # the third goalkeeper of a few clubs plays now and then
    for p in players:
        if p[4] == "GK" and info[p[0]]["regular"] == 0.0 and p[3] in (1, 4, 7):
            info[p[0]]["regular"] = 0.08

    matches, teams, apps = [], [], []
    mid = 0
    seasons = [("2022/23", dt.date(2022, 9, 2)), ("2023/24", dt.date(2023, 9, 1)), ("2024/25", dt.date(2024, 9, 6))]
    ids = [c[0] for c in clubs]
    postponed = {("2023/24", 9, 0), ("2024/25", 6, 2), ("2024/25", 12, 1)}
    for season, start in seasons:
        rot = ids[:]
        r.shuffle(rot)
        first_half = []
        for rnd in range(7):  # circle method
            pairs = []
            for i in range(4):
                a, b = rot[i], rot[7 - i]
                pairs.append((a, b) if (rnd + i) % 2 == 0 else (b, a))
            first_half.append(pairs)
            rot = [rot[0], rot[-1], *rot[1:-1]]
        rounds = first_half + [[(b, a) for a, b in pairs] for pairs in first_half]
        for rnd, pairs in enumerate(rounds, start=1):
            base = start + dt.timedelta(days=(rnd - 1) * 20)
            for k, (home, away) in enumerate(pairs):
                mid += 1
                mdate = base + dt.timedelta(days=r.choice([0, 0, 1, 1, 2]))
                venue = 9 if rnd == 1 else clubs[home - 1][5]
                if season == "2023/24" and rnd == 5 and k == 3:
                    venue = 10
                if (season, rnd, k) in postponed:
                    matches.append((mid, season, rnd, iso(mdate), venue, None, "PP"))
                    teams.append((mid, home, 1, None, None))
                    teams.append((mid, away, 0, None, None))
                    continue
                sh, sa = strength[home], strength[away]
                hg = max(17, round(r.gauss(26.5 + 9 * (sh - sa) + 1.3, 3.2)))
                ag = max(16, round(r.gauss(26.5 + 9 * (sa - sh) - 1.3, 3.2)))
                fill = min(1.0, r.uniform(0.5, 0.95) * (0.8 + 0.25 * (sh + sa) / 2))
                att = int(cap[venue] * fill) if venue != 9 else int(cap[venue] * r.uniform(0.7, 0.97))
                if r.random() < 0.07:
                    att = None
                matches.append((mid, season, rnd, iso(mdate), venue, att, "FT"))
                for club, g, og, is_home in ((home, hg, ag, 1), (away, ag, hg, 0)):
                    teams.append((mid, club, is_home, g, round(g * r.uniform(0.42, 0.55))))
                    apps.extend(_handball_lineup(r, mid, mdate, club, g, og, info, pos_w))
    write_tables(path, HANDBALL_DDL, [("venues", venues), ("clubs", clubs), ("players", players),
                                      ("matches", matches), ("matchTeams", teams), ("appearances", apps)])  # fmt: skip


def _handball_lineup(r: random.Random, mid: int, mdate: dt.date, club: int, goals: int, opp_goals: int,
                     info: dict, pos_w: dict) -> list[tuple]:  # fmt: skip
    squad = [p for p, v in info.items() if v["club"] == club and v["joined"] <= mdate]
    gks = sorted((p for p in squad if info[p]["pos"] == "GK"), key=lambda p: -info[p]["regular"])
    field = [p for p in squad if info[p]["pos"] != "GK" and info[p]["regular"] > 0]
    chosen_gk = [g for g in gks if r.random() < (0.97 if info[g]["regular"] == 1.0 else info[g]["regular"])]
    if not chosen_gk:
        chosen_gk = gks[:1]
    n_field = min(len(field), r.choice([10, 11, 11, 12, 12]))
    pool = field[:]
    chosen = []
    while len(chosen) < n_field:
        w = [info[p]["regular"] + 0.05 for p in pool]
        p = r.choices(pool, weights=w)[0]
        pool.remove(p)
        chosen.append(p)
    chosen.sort(key=lambda p: -(info[p]["regular"] + r.uniform(0, 0.4)))
    rows = {}
    minutes = {}
    for k, p in enumerate(chosen):
        minutes[p] = r.randint(38, 60) if k < 6 else r.randint(3, 30)
    if len(chosen_gk) == 1:
        minutes[chosen_gk[0]] = 60
    else:
        m = r.randint(30, 57)
        minutes[chosen_gk[0]] = m
        for g in chosen_gk[1:]:
            minutes[g] = max(3, (60 - m) // (len(chosen_gk) - 1))
    players = chosen_gk + chosen
    weights = [pos_w[info[p]["pos"]] * info[p]["skill"] * minutes[p] for p in players]
    scored = dict.fromkeys(players, 0)
    for p in r.choices(players, weights=weights, k=goals):
        scored[p] += 1
    for p in players:
        is_gk = info[p]["pos"] == "GK"
        starter = 1 if (p == chosen_gk[0] or (not is_gk and chosen.index(p) < 6)) else 0
        saves = round(opp_goals * 0.5 * minutes[p] / 60 * r.uniform(0.6, 1.3)) if is_gk else None
        shots = scored[p] + (r.randint(0, 4) if not is_gk else 0)
        yellow = 1 if r.random() < 0.14 else 0
        twomin = r.choices([0, 1, 2], weights=[78, 18, 4])[0]
        rows[p] = (mid, p, starter, minutes[p], scored[p], shots, saves, yellow, twomin)
    return list(rows.values())


# ---------------------------------------------------------------------------------------------------------------
# speedrun: a speedrunning leaderboard, snake_case, 'HH:MM:SS' times, 'Y'/'N' flags
# ---------------------------------------------------------------------------------------------------------------

SPEEDRUN_DDL = """
CREATE TABLE platforms (
    platform_code TEXT PRIMARY KEY,
    platform_name TEXT NOT NULL,
    maker TEXT NOT NULL
);
CREATE TABLE games (
    game_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    release_year INTEGER NOT NULL,
    platform_code TEXT NOT NULL REFERENCES platforms(platform_code)
);
CREATE TABLE categories (
    category_id INTEGER PRIMARY KEY,
    game_id INTEGER NOT NULL REFERENCES games(game_id),
    category_name TEXT NOT NULL,
    is_misc TEXT NOT NULL
);
CREATE TABLE runners (
    runner_id INTEGER PRIMARY KEY,
    handle TEXT NOT NULL UNIQUE,
    country_code TEXT,
    joined_on TEXT NOT NULL,
    is_moderator TEXT NOT NULL
);
CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories(category_id),
    runner_id INTEGER NOT NULL REFERENCES runners(runner_id),
    run_time TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    verified TEXT NOT NULL,
    verified_by INTEGER REFERENCES runners(runner_id),
    verified_on TEXT,
    emulator TEXT NOT NULL,
    video_url TEXT
);
"""


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def build_speedrun(path: Path) -> None:
    r = random.Random(114002)
    platforms = [
        ("PC", "PC", "Various"), ("N64", "Nintendo 64", "Nintendo"), ("SNES", "Super Nintendo", "Nintendo"),
        ("PS1", "PlayStation", "Sony"), ("PS2", "PlayStation 2", "Sony"), ("GCN", "GameCube", "Nintendo"),
        ("NSW", "Nintendo Switch", "Nintendo"), ("GBA", "Game Boy Advance", "Nintendo"), ("DC", "Dreamcast", "Sega"),
    ]  # fmt: skip
    # title, year, platform, typical Any% minutes, popularity
    games_src = [
        ("Crystal Caverns 64", 1998, "N64", 95, 9.0), ("Pixel Knight", 1994, "SNES", 38, 5.0),
        ("Hollow Spire", 2017, "PC", 41, 8.0), ("Turbo Gecko", 1999, "PS1", 52, 3.0),
        ("Sky Rails", 2003, "GCN", 64, 2.5), ("Moonlit Manor", 2005, "PS2", 118, 2.0),
        ("Dungeon Sprint DX", 2019, "NSW", 27, 4.0), ("Bramble Quest", 2002, "GBA", 73, 1.5),
        ("Neon Drift", 2021, "PC", 19, 3.5), ("Castle of Echoes", 1995, "SNES", 56, 4.5),
        ("Star Courier", 1999, "N64", 142, 1.2), ("Frostbite Falls", 2004, "PS2", 87, 1.0),
        ("Gearwork Odyssey", 2014, "PC", 212, 0.8), ("Lantern Road", 2022, "NSW", 48, 2.2),
        ("Captain Comet", 1997, "N64", 33, 2.8), ("Rift Runner", 2023, "PC", 24, 1.8),
        ("Mossy Temple", 2001, "GBA", 21, 0.6), ("Aqua Lung Lagoon", 2002, "GCN", 105, 0.9),
    ]  # fmt: skip
    games = [(i, t, y, p) for i, (t, y, p, _, _) in enumerate(games_src, start=1)]
    extra = [("100%", 1.9, "N"), ("Glitchless", 1.35, "N"), ("Low%", 1.1, "Y"), ("All Bosses", 1.5, "Y"),
             ("Any% No Major Skips", 1.25, "N")]  # fmt: skip
    categories = []
    cat_info = {}
    cat_open = {}
    cid = 0
    for gid, (_, _, _, minutes, pop) in enumerate(games_src, start=1):
        k = 1 + (2 if pop > 4 else 1 if pop > 1.5 else r.randint(0, 1)) + (1 if gid in (1, 3) else 0)
        chosen = [("Any%", 1.0, "N"), *r.sample(extra, k - 1)]
        for j, (name, factor, misc) in enumerate(chosen):
            cid += 1
            categories.append((cid, gid, name, misc))
            cat_pop = pop * (1.0 if j == 0 else r.uniform(0.1, 0.5))
            if gid in (13, 18) and j > 0:
                cat_pop = 0.0  # nobody runs these yet
            cat_info[cid] = (int(minutes * factor * 60), cat_pop)
            cat_open[cid] = max(dt.date(2016, 1, 1), dt.date(games[gid - 1][2], 3, 1))
    pre = ["zephyr", "byte", "lunar", "pixel", "turbo", "frost", "shadow", "neon", "glitch", "hyper", "retro",
           "mint", "echo", "nova", "crimson", "quick", "sly", "astro", "tiny", "vex"]  # fmt: skip
    suf = ["knight", "fox", "runner", "dash", "wizard", "moth", "otter", "pilot", "gremlin", "bean", "hawk",
           "skip", "frame", "loop", "clip"]  # fmt: skip
    handles = [a + b for a in pre for b in suf]
    r.shuffle(handles)
    countries = (
        ["US"] * 30
        + ["SE"] * 8
        + ["DE"] * 8
        + ["GB"] * 9
        + ["JP"] * 7
        + ["BR"] * 6
        + ["FR"] * 5
        + ["CA"] * 6
        + ["AU"] * 5
        + ["FI"] * 4
        + ["NL"] * 3
        + ["PL"] * 4
        + [None] * 5
    )
    runners = []
    activity = {}
    for rid in range(1, 161):
        h = handles[rid - 1]
        if rid % 7 == 0:
            h += str(r.randint(2, 99))
        joined = day_between(r, dt.date(2015, 3, 1), dt.date(2025, 5, 31))
        if rid <= 10:
            joined = day_between(r, dt.date(2015, 3, 1), dt.date(2017, 12, 31))
        runners.append((rid, h, r.choice(countries), iso(joined), "Y" if rid <= 10 and rid != 4 else "N"))
        activity[rid] = (r.paretovariate(1.3), r.uniform(0.82, 1.0), joined)
    mods = [rr[0] for rr in runners if rr[4] == "Y"]
    mod_w = [9, 6, 4, 3, 2.5, 2, 1.5, 1, 0.5][: len(mods)]
    runs = []
    run_id = 0
    cats = list(cat_info)
    cat_w = [cat_info[c][1] for c in cats]
    for rid, (act, talent, joined) in activity.items():
        n_runs = min(90, int(act * 3))
        if rid in (37, 88, 131):
            n_runs = 0  # signed up, never submitted
        mine = r.choices(cats, weights=cat_w, k=max(1, min(6, n_runs // 4 + 1)))
        best: dict[int, int] = {}
        picks = []
        for _ in range(n_runs):
            c = r.choice(mine)
            picks.append((day_between(r, max(joined, dt.date(2016, 1, 1), cat_open[c]), END), c))
        for when, c in sorted(picks):
            base, _ = cat_info[c]
            prev = best.get(c, int(base * r.uniform(1.15, 1.45) / talent))
            floor = int(base * 0.86 / talent**0.5)
            t = int(prev * r.uniform(0.95, 0.998))
            if t <= floor:  # near the runner's limit: a slower run, not a new best
                t = floor + r.randint(1, max(60, base // 40))
            else:
                best[c] = t
            run_id += 1
            recent = (END - when).days
            pending = (recent < 40 and r.random() < 0.75) or r.random() < 0.03
            v_on = None if pending else min(END, when + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 5, 9, 16])))
            vby = None if pending else r.choices(mods, weights=mod_w)[0]
            emu = "Y" if r.random() < 0.09 else "N"
            video = None if (when.year < 2019 and r.random() < 0.2) else f"https://vid.example/{run_id:05d}"
            runs.append((run_id, c, rid, _hms(t), iso(when), "N" if pending else "Y", vby, iso(v_on), emu, video))
    write_tables(path, SPEEDRUN_DDL, [("platforms", platforms), ("games", games), ("categories", categories),
                                      ("runners", runners), ("runs", runs)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# musicchart: a weekly top-40 singles chart, PascalCase, ISO weeks as text, a parent-label self-reference
# ---------------------------------------------------------------------------------------------------------------

MUSICCHART_DDL = """
CREATE TABLE Labels (
    LabelId INTEGER PRIMARY KEY,
    LabelName TEXT NOT NULL,
    ParentLabelId INTEGER REFERENCES Labels(LabelId),
    Country TEXT NOT NULL
);
CREATE TABLE Artists (
    ArtistId INTEGER PRIMARY KEY,
    ArtistName TEXT NOT NULL,
    HomeCountry TEXT NOT NULL,
    DebutYear INTEGER,
    IsGroup TEXT NOT NULL
);
CREATE TABLE Singles (
    SingleId INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    ArtistId INTEGER NOT NULL REFERENCES Artists(ArtistId),
    LabelId INTEGER NOT NULL REFERENCES Labels(LabelId),
    ReleaseDate TEXT NOT NULL,
    DurationSec INTEGER NOT NULL,
    Genre TEXT NOT NULL
);
CREATE TABLE Featurings (
    SingleId INTEGER NOT NULL REFERENCES Singles(SingleId),
    ArtistId INTEGER NOT NULL REFERENCES Artists(ArtistId),
    PRIMARY KEY (SingleId, ArtistId)
);
CREATE TABLE ChartEntries (
    ChartWeek TEXT NOT NULL,
    Position INTEGER NOT NULL,
    SingleId INTEGER NOT NULL REFERENCES Singles(SingleId),
    PrevPosition INTEGER,
    WeeksOnChart INTEGER NOT NULL,
    Streams INTEGER NOT NULL,
    Downloads INTEGER NOT NULL,
    PRIMARY KEY (ChartWeek, Position)
);
"""


def build_musicchart(path: Path) -> None:
    r = random.Random(114003)
    labels = [
        (1, "Orbit Music Group", None, "US"), (2, "Crescent Records Group", None, "GB"),
        (3, "Orbit Pop", 1, "US"), (4, "Satellite Sound", 1, "US"), (5, "Gravity Records", 1, "GB"),
        (6, "Nebula Urban", 1, "US"), (7, "Crescent Atlantic", 2, "GB"), (8, "Half Moon Records", 2, "GB"),
        (9, "Tidewater", 2, "IE"), (10, "Tin Roof Records", None, "GB"), (11, "Velvet Basement", None, "US"),
        (12, "Northern Wire", None, "SE"), (13, "Paper Kite", None, "AU"), (14, "Quiet Harbour", 2, "GB"),
    ]  # fmt: skip
    label_w = {3: 10, 4: 6, 5: 7, 6: 8, 7: 9, 8: 5, 9: 3, 10: 4, 11: 3, 12: 2.5, 13: 0, 14: 1}
    first = ["Mira", "Kid", "Lola", "Dex", "Juno", "Arlo", "Sable", "Nico", "Ruby", "Theo", "Ivy", "Cass",
             "Remy", "Sol", "Wren", "Otis", "Faye", "Jett", "Lux", "Mae"]  # fmt: skip
    last = ["Vale", "Harbor", "Monroe", "Sterling", "Blue", "Kane", "Rivers", "Nova", "Ashby", "Cole", "Drake",
            "Fox", "Lane", "Reyes", "Stone", "Wilde"]  # fmt: skip
    bands = ["The Lanterns", "Glass Animals Club", "Neon Hearts", "Paper Planes", "The Midnight Ferry",
             "Static Bloom", "Velvet Riot", "Coastline", "The Hollow Pines", "Sugar Circuit", "Northbound",
             "Blue Atlas", "The Wild Hours", "Echo Parade", "Silver Youth"]  # fmt: skip
    solo = []
    pairs = [f"{a} {b}" for a in first for b in last]
    r.shuffle(pairs)
    solo = pairs[:47]
    countries = ["GB"] * 10 + ["US"] * 10 + ["IE"] * 2 + ["SE"] * 3 + ["AU"] * 2 + ["CA"] * 2 + ["NG"] * 2 + ["KR"] * 2
    artists = []
    art_info = {}
    all_names = solo + bands
    r.shuffle(all_names)
    label_ids = list(label_w)
    for aid, name in enumerate(all_names, start=1):
        group = "Y" if name in bands else "N"
        debut = r.randint(2004, 2024)
        artists.append((aid, name, r.choice(countries), debut if r.random() > 0.05 else None, group))
        pop = r.lognormvariate(0, 0.8)
        lab = r.choices(label_ids, weights=[label_w[k] for k in label_ids])[0]
        genre = r.choice(
            ["Pop", "Pop", "Pop", "Hip-Hop", "Hip-Hop", "Dance", "Dance", "R&B", "Rock", "Indie", "Country"]
            if group == "N"
            else ["Rock", "Indie", "Indie", "Pop", "Dance"]
        )
        art_info[aid] = (pop, lab, genre)
    words_a = [
        "Golden",
        "Midnight",
        "Electric",
        "Paper",
        "Broken",
        "Neon",
        "Silver",
        "Wild",
        "Summer",
        "Velvet",
        "Lonely",
        "Crimson",
        "Falling",
        "Hollow",
        "Sweet",
        "Burning",
        "Distant",
        "Quiet",
        "Crystal",
        "Last",
    ]
    words_b = [
        "Hearts",
        "Skyline",
        "Rain",
        "Heartbeat",
        "Highway",
        "Dreams",
        "Signals",
        "Fire",
        "Waves",
        "Lights",
        "Echoes",
        "Sugar",
        "Ghosts",
        "Roses",
        "Gravity",
        "Letters",
        "Shadows",
        "Motion",
        "Tides",
        "Daylight",
    ]
    titles = [f"{a} {b}" for a in words_a for b in words_b]
    r.shuffle(titles)
    singles = []
    sing_info = {}
    aids = list(art_info)
    art_w = [art_info[a][0] for a in aids]
    # releases from September 2023 to early June 2025; a few artists never release in that time
    quiet = set(r.sample(aids, 4))
    release_days = sorted(day_between(r, dt.date(2023, 9, 1), dt.date(2025, 6, 6)) for _ in range(330))
    for sid, rel in enumerate(release_days, start=1):
        aid = r.choices(aids, weights=[0 if a in quiet else w for a, w in zip(aids, art_w, strict=False)])[0]
        pop, lab, genre = art_info[aid]
        if r.random() < 0.15:
            lab = r.choices(label_ids, weights=[label_w[k] for k in label_ids])[0]
        if r.random() < 0.2:
            genre = r.choice(["Pop", "Dance", "Hip-Hop", "R&B"])
        singles.append((sid, titles[sid - 1], aid, lab, iso(rel), r.randint(138, 312), genre))
        hype = pop * r.lognormvariate(0, 0.6)
        peak = r.choice([2, 3, 4, 5, 6, 8]) if r.random() < 0.3 else 0  # a slow burner climbs for weeks
        sing_info[sid] = (rel, hype, r.uniform(0.8, 0.93), peak)
    feats = []
    for s in singles:
        if r.random() < 0.22:
            for other in r.sample([a for a in aids if a != s[2]], r.choice([1, 1, 1, 2])):
                feats.append((s[0], other))
    entries = []
    prev_pos: dict[int, int] = {}
    weeks_on: dict[int, int] = {}
    for year, week in [(2024, w) for w in range(1, 53)] + [(2025, w) for w in range(1, 24)]:
        monday = dt.date.fromisocalendar(year, week, 1)
        friday = monday + dt.timedelta(days=4)
        scores = []
        for s, (rel, hype, decay, peak) in sing_info.items():
            if rel > friday:
                continue
            age = (friday - rel).days / 7
            ramp = ((age + 1) / (peak + 1)) ** 1.6 if age < peak else 1.0
            sc = hype * ramp * decay ** max(0.0, age - peak) * r.lognormvariate(0, 0.15)
            if age < 1:
                sc *= 1.25
            scores.append((sc, s))
        scores.sort(reverse=True)
        top = scores[:40]
        label = f"{year}-W{week:02d}"
        now = {}
        for pos, (sc, s) in enumerate(top, start=1):
            weeks_on[s] = weeks_on.get(s, 0) + 1
            streams = int(sc * 610000) + r.randint(0, 999)
            entries.append((label, pos, s, prev_pos.get(s), weeks_on[s], streams, int(streams / r.uniform(90, 160))))
            now[s] = pos
        prev_pos = now
    # streams must fall with position within a week
    fixed = []
    by_week: dict[str, list] = {}
    for e in entries:
        by_week.setdefault(e[0], []).append(e)
    for rows in by_week.values():
        streams = sorted((e[5] for e in rows), reverse=True)
        for e, st in zip(rows, streams, strict=False):
            fixed.append((*e[:5], st, e[6]))
    write_tables(path, MUSICCHART_DDL, [("Labels", labels), ("Artists", artists), ("Singles", singles),
                                        ("Featurings", feats), ("ChartEntries", fixed)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# gigtour: a concert-touring promoter, flattened nested fields (address_*, stats_*), one-letter status codes
# ---------------------------------------------------------------------------------------------------------------

GIGTOUR_DDL = """
CREATE TABLE artists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    genre TEXT NOT NULL,
    home_country TEXT NOT NULL,
    members INTEGER NOT NULL
);
CREATE TABLE promoters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    contact_email TEXT,
    hq_country TEXT NOT NULL
);
CREATE TABLE venues (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    venue_type TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    address_street TEXT,
    address_city TEXT NOT NULL,
    address_postcode TEXT,
    address_country TEXT NOT NULL
);
CREATE TABLE tours (
    id INTEGER PRIMARY KEY,
    artist_id INTEGER NOT NULL REFERENCES artists(id),
    tour_name TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL
);
CREATE TABLE shows (
    id INTEGER PRIMARY KEY,
    tour_id INTEGER NOT NULL REFERENCES tours(id),
    venue_id INTEGER NOT NULL REFERENCES venues(id),
    promoter_id INTEGER REFERENCES promoters(id),
    show_date TEXT NOT NULL,
    status TEXT NOT NULL,
    ticket_price_eur REAL NOT NULL,
    stats_tickets_sold INTEGER,
    stats_gross_eur REAL,
    stats_merch_eur REAL,
    stats_set_minutes INTEGER
);
CREATE TABLE support_slots (
    show_id INTEGER NOT NULL REFERENCES shows(id),
    artist_id INTEGER NOT NULL REFERENCES artists(id),
    slot_no INTEGER NOT NULL,
    set_minutes INTEGER NOT NULL,
    PRIMARY KEY (show_id, artist_id)
);
"""


def build_gigtour(path: Path) -> None:
    r = random.Random(114004)
    # name, genre, country, members, draw (typical crowd), base ticket price
    artists_src = [
        ("Harbour Lights", "Indie Rock", "GB", 4, 9000, 48), ("Mara Quinn", "Pop", "IE", 1, 16000, 72),
        ("The Copper Kings", "Rock", "US", 5, 30000, 89), ("Solveig", "Electronic", "NO", 1, 6000, 44),
        ("Luz de Agosto", "Latin Pop", "ES", 3, 11000, 55), ("Grey Parade", "Post-Punk", "GB", 4, 1200, 27),
        ("Kalle & the Comets", "Folk", "SE", 6, 2200, 32), ("Nightjar", "Metal", "DE", 5, 4500, 41),
        ("Ada Okoro", "Soul", "GB", 1, 3500, 46), ("Velvet Static", "Shoegaze", "US", 4, 900, 24),
        ("Piper Lane", "Singer-Songwriter", "CA", 1, 700, 22), ("Les Marées", "Chanson", "FR", 2, 1800, 35),
        ("Bassline Theory", "Drum & Bass", "NL", 2, 2800, 38), ("Orla Brady", "Folk", "IE", 1, 500, 20),
    ]  # fmt: skip
    artists = [(i, a[0], a[1], a[2], a[3]) for i, a in enumerate(artists_src, start=1)]
    promoters = [
        (1, "LiveWire Promotions", "bookings@livewire.example", "GB"), (2, "Nordlys Konsert", "info@nordlys.example", "NO"),
        (3, "Kulturhaus Events", "team@kulturhaus.example", "DE"), (4, "SoundBridge Europe", None, "NL"),
        (5, "Arena Partners", "hello@arenapartners.example", "FR"), (6, "Iberia Live", None, "ES"),
    ]  # fmt: skip
    prom_for = {"GB": 1, "IE": 1, "NO": 2, "SE": 2, "DK": 2, "DE": 3, "AT": 3, "CH": 3, "CZ": 3, "PL": 3,
                "NL": 4, "BE": 4, "FR": 5, "IT": 5, "ES": 6, "PT": 6}  # fmt: skip
    cities = [
        ("London", "GB", ["N7 7AJ", "SE10 0DX", "W12 7RJ", "NW1 8EH"]), ("Manchester", "GB", ["M3 1AR", "M1 5LE"]),
        ("Glasgow", "GB", ["G3 8YW", "G2 3NY"]), ("Dublin", "IE", ["D01 T0X4", "D02 X285"]),
        ("Paris", "FR", ["75019", "75012", "75018"]), ("Lyon", "FR", ["69007"]),
        ("Berlin", "DE", ["10243", "10997", "14053"]), ("Hamburg", "DE", ["22525", "20359"]),
        ("Cologne", "DE", ["50679"]), ("Munich", "DE", ["80809", "81379"]), ("Amsterdam", "NL", ["1101 AX", "1017 SG"]),
        ("Brussels", "BE", ["1020", "1000"]), ("Copenhagen", "DK", ["2300", "1620"]),
        ("Stockholm", "SE", ["121 77", "111 47"]), ("Oslo", "NO", ["0150", "0562"]), ("Madrid", "ES", ["28028", "28004"]),
        ("Barcelona", "ES", ["08038", "08001"]), ("Milan", "IT", ["20151", "20121"]), ("Vienna", "AT", ["1150"]),
        ("Prague", "CZ", ["190 00"]), ("Warsaw", "PL", ["03-901"]), ("Zurich", "CH", ["8050"]),
        ("Lisbon", "PT", ["1990-231"]),
    ]  # fmt: skip
    types = [("club", 350, 1500), ("theatre", 1500, 3800), ("arena", 8000, 21000), ("stadium", 45000, 82000),
             ("festival", 20000, 60000)]  # fmt: skip
    streets = ["Station Road", "Harbour Street", "Kingsway", "Mill Lane", "Avenue des Arts", "Hauptstrasse",
               "Calle Mayor", "Via Roma", "Strandvejen", "Karl Johans gate", "Parkweg", "Rue de la Gare"]  # fmt: skip
    names_by_type = {
        "club": ["The Lantern Room", "Basement 45", "Club Nova", "The Wardrobe", "Kellerbar", "Sala Apolo",
                 "Vinyl Factory", "Blue Door", "Roxy Cellar", "Backstage Werk", "Café Kulturell", "The Crypt",
                 "Underground 77", "Sound Garage", "Electric Ballroom", "Melkweg Box", "Loppen Bar", "Debaser Hall",
                 "Rockefeller Club", "Gretchen", "Fabrik", "La Maroquinerie", "Sala Caracol", "Magazzini Club"],
        "theatre": ["Grand Theatre", "Apollo Hall", "Royal Music Hall", "Teatro Lumiere", "Konserthuset",
                    "Palais des Arts", "Volksbühne Live", "Olympia Hall", "Paradiso Hall", "Tivoli Theatre", "Cirque Hall",
                    "Konzerthaus Nord"],
        "arena": ["O-Zone Arena", "Mercedes Dome", "Nordic Arena", "Ziggo Hall Arena", "Palau Arena", "Arena One",
                  "Harbour Arena", "Forum Arena"],
        "stadium": ["Olympic Stadium", "Parkstadion", "Estadio del Sol", "Wembley Park Stadium"],
        "festival": ["Riverside Fields", "Green Meadow Grounds", "Lakeside Park"],
    }  # fmt: skip
    venues = []
    vid = 0
    used = {t: 0 for t in names_by_type}
    for city, country, codes in cities:
        for k, code in enumerate(codes):
            vtype = r.choices(["club", "theatre", "arena", "stadium", "festival"], weights=[5, 3, 2.5, 0.6, 0.5])[0]
            if used[vtype] >= len(names_by_type[vtype]):
                vtype = next(t for t in ("club", "theatre", "arena") if used[t] < len(names_by_type[t]))
            vname = names_by_type[vtype][used[vtype]]
            used[vtype] += 1
            lo, hi = next((lo, hi) for t, lo, hi in types if t == vtype)
            vid += 1
            street = None if vtype == "festival" else f"{r.randint(1, 220)} {r.choice(streets)}"
            venues.append((vid, f"{vname} {city}" if vname in ("Grand Theatre", "Olympic Stadium") else vname,
                           vtype, r.randrange(lo, hi, 50), street, city, code if k or r.random() > 0.08 else None,
                           country))  # fmt: skip
    by_type: dict[str, list] = {}
    for v in venues:
        by_type.setdefault(v[2], []).append(v)
    tours, shows, slots = [], [], []
    tid = sid = 0
    tour_words = ["World Tour", "European Tour", "Live", "Tour", "Unplugged", "Reunion Tour"]
    tour_names = ["Afterglow", "Northern", "Electric", "Homecoming", "Midnight", "Open Road", "Echoes", "Gold Rush",
                  "Wildfire", "Paper Moon", "Saltwater", "Undertow", "Lighthouse", "Long Way Home", "Static",
                  "Nightfall", "Firefly", "Riverbend", "Hourglass", "Skylark", "Ironwood", "Daybreak", "Mosaic",
                  "Stargazer", "Aurora", "Crossroads"]  # fmt: skip
    r.shuffle(tour_names)
    for aid, (_, _, _, _, draw, price) in enumerate(artists_src, start=1):
        n_tours = 2 if draw > 2000 or aid in (6, 11) else 1
        if aid == 14:
            n_tours = 0  # a support act only
        starts = sorted(day_between(r, dt.date(2023, 2, 1), dt.date(2025, 5, 1)) for _ in range(n_tours))
        if n_tours == 2 and (starts[1] - starts[0]).days < 240:
            starts[1] = starts[0] + dt.timedelta(days=r.randint(260, 400))
        for start in starts:
            tid += 1
            n_shows = r.randint(8, 30) if draw > 1500 else r.randint(6, 18)
            show_days = []
            d = start
            for _ in range(n_shows):
                show_days.append(d)
                d += dt.timedelta(days=r.choice([1, 2, 2, 3, 3, 4, 7]))
            tname = f"{tour_names.pop()} {r.choice(tour_words)} {start.year}"
            tours.append((tid, aid, tname, iso(show_days[0]), iso(show_days[-1])))
            support = r.sample(
                [a for a in range(1, 15) if a != aid and artists_src[a - 1][4] < draw],
                k=min(2, len([a for a in range(1, 15) if a != aid and artists_src[a - 1][4] < draw])),
            )
            for when in show_days:
                if draw > 20000:
                    vt = r.choices(["stadium", "arena", "festival"], weights=[5, 3, 2])[0]
                elif draw > 7000:
                    vt = r.choices(["arena", "theatre", "festival"], weights=[6, 2, 2])[0]
                elif draw > 1400:
                    vt = r.choices(["theatre", "club", "festival"], weights=[6, 3, 1])[0]
                else:
                    vt = "club"
                venue = r.choice(by_type[vt])
                sid += 1
                tprice = round(price * r.uniform(0.9, 1.2) * (1.15 if venue[7] in ("CH", "GB", "NO") else 1), 2)
                if when > END:
                    status = "U"
                elif r.random() < 0.05:
                    status = "X"
                else:
                    status = "P"
                if status == "P":
                    cap = venue[3]
                    sold = min(cap, int(min(draw * r.uniform(0.6, 1.3), cap * r.uniform(0.55, 1.15))))
                    gross = round(sold * tprice * r.uniform(0.93, 1.0), 2)
                    merch = round(sold * r.uniform(4, 14) * (1.3 if draw > 7000 else 1), 2)
                    setm = r.randint(70, 100) if draw < 3000 else r.randint(95, 155)
                    if r.random() < 0.04:
                        merch = None
                    row = (sold, gross, merch, setm)
                else:
                    row = (None, None, None, None)
                prom = prom_for[venue[7]] if r.random() > 0.06 else None
                shows.append((sid, tid, venue[0], prom, iso(when), status, tprice, *row))
                if status != "X":
                    for k, sa in enumerate(support, start=1):
                        if r.random() < 0.9:
                            slots.append((sid, sa, k, r.choice([25, 30, 30, 35, 40, 45])))
                    if r.random() < 0.1:  # a local opener now and then
                        local = 14 if aid != 14 else 11
                        if local not in support:
                            slots.append((sid, local, 0, 20))
    write_tables(path, GIGTOUR_DDL, [("artists", artists), ("promoters", promoters), ("venues", venues),
                                     ("tours", tours), ("shows", shows), ("support_slots", slots)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# audiobooks: an audiobook publisher, snake_case, quarters as '2024-Q3' text, runtimes in seconds, 'Y'/'N' flags
# ---------------------------------------------------------------------------------------------------------------

AUDIOBOOKS_DDL = """
CREATE TABLE authors (
    author_id INTEGER PRIMARY KEY,
    author_name TEXT NOT NULL,
    country TEXT,
    birth_year INTEGER
);
CREATE TABLE narrators (
    narrator_id INTEGER PRIMARY KEY,
    narrator_name TEXT NOT NULL,
    accent TEXT,
    union_member TEXT NOT NULL
);
CREATE TABLE series (
    series_id INTEGER PRIMARY KEY,
    series_name TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors(author_id)
);
CREATE TABLE titles (
    title_id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors(author_id),
    narrator_id INTEGER REFERENCES narrators(narrator_id),
    series_id INTEGER REFERENCES series(series_id),
    series_no INTEGER,
    genre TEXT NOT NULL,
    release_date TEXT NOT NULL,
    runtime_sec INTEGER NOT NULL,
    list_price_usd REAL NOT NULL,
    is_abridged TEXT NOT NULL
);
CREATE TABLE royalty_statements (
    stmt_id INTEGER PRIMARY KEY,
    title_id INTEGER NOT NULL REFERENCES titles(title_id),
    period TEXT NOT NULL,
    units_sold INTEGER NOT NULL,
    revenue_usd REAL NOT NULL,
    royalty_usd REAL NOT NULL
);
CREATE TABLE reviews (
    review_id INTEGER PRIMARY KEY,
    title_id INTEGER NOT NULL REFERENCES titles(title_id),
    rating INTEGER NOT NULL,
    review_date TEXT NOT NULL,
    has_text TEXT NOT NULL
);
"""


def build_audiobooks(path: Path) -> None:
    r = random.Random(114005)
    names = full_names(r, 70)
    genres = ["Fantasy", "Thriller", "Romance", "Sci-Fi", "Biography", "History", "Self-Help", "Mystery"]
    authors = []
    auth_info = {}
    for aid in range(1, 39):
        authors.append((aid, names[aid - 1], r.choice(["GB", "US", "US", "IE", "CA", "AU", "NZ", None]),
                        r.randint(1948, 1994) if r.random() > 0.1 else None))  # fmt: skip
        auth_info[aid] = (r.choice(genres), r.lognormvariate(0, 0.7))
    narrators = []
    for nid in range(1, 25):
        narrators.append((nid, names[37 + nid], r.choice(["RP British", "General American", "Irish", "Scottish",
                                                          "Australian", None]),
                          "Y" if r.random() < 0.6 else "N"))  # fmt: skip
    narr_w = [r.paretovariate(1.4) for _ in range(24)]
    series_src = ["The Ember Crown", "Detective Ana Ruiz", "Starfall Chronicles", "The Salt Road", "Harrow Hall",
                  "Quantum Drift", "The Lighthouse Murders", "Kingdom of Ash", "Cedar Creek Romance"]  # fmt: skip
    series = []
    series_genre = {"The Ember Crown": "Fantasy", "Detective Ana Ruiz": "Mystery", "Starfall Chronicles": "Sci-Fi",
                    "The Salt Road": "Fantasy", "Harrow Hall": "Romance", "Quantum Drift": "Sci-Fi",
                    "The Lighthouse Murders": "Mystery", "Kingdom of Ash": "Fantasy",
                    "Cedar Creek Romance": "Romance"}  # fmt: skip
    series_author = {}
    for k, sname in enumerate(series_src, start=1):
        cand = [a for a, (g, _) in auth_info.items() if g == series_genre[sname] and a not in series_author.values()]
        a = cand[0] if cand else r.randint(1, 38)
        series_author[k] = a
        series.append((k, sname, a))
    words1 = ["The Silent", "Secrets of the", "The Last", "Beneath the", "The Glass", "Letters from the", "The Iron",
              "Under the", "The Forgotten", "Shadows of the", "The Paper", "The Winter", "The Hidden", "Beyond the",
              "The Golden", "Return to the"]  # fmt: skip
    words2 = ["Garden", "River", "Orchard", "Tower", "Harbour", "Mountain", "Kingdom", "Lighthouse", "Forest",
              "Island", "Empire", "Station", "Valley", "Library", "Frontier", "Bridge"]  # fmt: skip
    pool = [f"{a} {b}" for a in words1 for b in words2]
    r.shuffle(pool)
    titles = []
    tinfo = {}
    tid = 0
    for sk, (_, sname, a) in enumerate(series, start=1):
        n = r.randint(2, 6)
        d = day_between(r, dt.date(2020, 1, 1), dt.date(2022, 12, 31))
        narr = r.choices(range(1, 25), weights=narr_w)[0]
        for no in range(1, n + 1):
            if d > dt.date(2025, 6, 1):
                break
            tid += 1
            tinfo[tid] = (a, series_genre[sname], d, sk, no, narr)
            d += dt.timedelta(days=r.randint(150, 330))
    while tid < 170:
        tid += 1
        a = r.randint(1, 38)
        if a in (17, 29):
            a = 30  # two authors in the catalogue only through series (or not at all)
        g = auth_info[a][0] if r.random() < 0.8 else r.choice(genres)
        tinfo[tid] = (
            a,
            g,
            day_between(r, dt.date(2020, 1, 1), dt.date(2025, 6, 10)),
            None,
            None,
            r.choices(range(1, 25), weights=narr_w)[0] if r.random() > 0.04 else None,
        )
    # the ids follow release order
    order = sorted(tinfo, key=lambda t: (tinfo[t][2], t))
    new_id = {old: k for k, old in enumerate(order, start=1)}
    stmts, reviews = [], []
    st_id = rv_id = 0
    quarters = [(y, q) for y in range(2020, 2026) for q in range(1, 5) if (y, q) <= (2025, 1)]
    for old in order:
        a, g, rel, sk, no, narr = tinfo[old]
        t = new_id[old]
        hours = {"Fantasy": 17, "Sci-Fi": 14, "History": 15, "Biography": 12, "Thriller": 10, "Mystery": 9.5,
                 "Romance": 9, "Self-Help": 6.5}[g]  # fmt: skip
        abridged = "Y" if r.random() < 0.08 else "N"
        runtime = int(hours * 3600 * r.uniform(0.6, 1.6) * (0.55 if abridged == "Y" else 1))
        price = round(r.choice([14.99, 17.99, 19.99, 22.99, 24.99, 27.99, 29.99, 34.99]) if runtime > 5 * 3600
                      else r.choice([9.99, 12.99, 14.99]), 2)  # fmt: skip
        titles.append((t, pool[t - 1], a, narr, sk, no, g, iso(rel), runtime, price, abridged))
        pop = auth_info[a][1] * r.lognormvariate(0, 0.5)
        rel_q = (rel.year, (rel.month - 1) // 3 + 1)
        for k, (y, q) in enumerate(x for x in quarters if x >= rel_q):
            units = int(pop * 900 * (0.72**k) * r.uniform(0.7, 1.3) * (0.5 if k == 0 and rel.month % 3 == 0 else 1))
            if units < 5:
                units = r.randint(0, 8)
            revenue = round(units * price * r.uniform(0.42, 0.55), 2)
            st_id += 1
            stmts.append((st_id, t, f"{y}-Q{q}", units, revenue, round(revenue * 0.25, 2)))
        n_rev = int(pop * 14 * r.uniform(0.3, 1.4)) if old not in (9, 55, 120) else 0
        quality = r.uniform(3.0, 4.7)
        for _ in range(n_rev):
            rv_id += 1
            rating = min(5, max(1, round(r.gauss(quality, 1.0))))
            reviews.append((rv_id, t, rating, iso(day_between(r, rel, END)), "Y" if r.random() < 0.35 else "N"))
    reviews.sort(key=lambda x: (x[3], x[0]))
    reviews = [(k, *x[1:]) for k, x in enumerate(reviews, start=1)]
    titles.sort()
    write_tables(path, AUDIOBOOKS_DDL, [("authors", authors), ("narrators", narrators), ("series", series),
                                        ("titles", titles), ("royalty_statements", stmts),
                                        ("reviews", reviews)])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# fightcard: a mixed-martial-arts promotion, lower snake_case, result-method and stance codes, kg and cm
# ---------------------------------------------------------------------------------------------------------------

FIGHTCARD_DDL = """
CREATE TABLE gyms (
    gym_id INTEGER PRIMARY KEY,
    gym_name TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL
);
CREATE TABLE fighters (
    fighter_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    nickname TEXT,
    gym_id INTEGER REFERENCES gyms(gym_id),
    class_code TEXT NOT NULL,
    birth_date TEXT,
    height_cm INTEGER,
    reach_cm INTEGER,
    weight_kg REAL,
    stance TEXT,
    is_active TEXT NOT NULL
);
CREATE TABLE weight_classes (
    class_code TEXT PRIMARY KEY,
    class_name TEXT NOT NULL,
    limit_lb INTEGER NOT NULL,
    champion_id INTEGER REFERENCES fighters(fighter_id)
);
CREATE TABLE events (
    event_id INTEGER PRIMARY KEY,
    event_name TEXT NOT NULL,
    event_date TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    attendance INTEGER,
    ppv_buys INTEGER
);
CREATE TABLE bouts (
    bout_id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(event_id),
    card_position INTEGER NOT NULL,
    class_code TEXT NOT NULL REFERENCES weight_classes(class_code),
    red_fighter_id INTEGER NOT NULL REFERENCES fighters(fighter_id),
    blue_fighter_id INTEGER NOT NULL REFERENCES fighters(fighter_id),
    winner_id INTEGER REFERENCES fighters(fighter_id),
    method TEXT NOT NULL,
    end_round INTEGER NOT NULL,
    end_time TEXT NOT NULL,
    scheduled_rounds INTEGER NOT NULL,
    is_title_fight TEXT NOT NULL
);
CREATE TABLE rankings (
    class_code TEXT NOT NULL REFERENCES weight_classes(class_code),
    as_of TEXT NOT NULL,
    rank_no INTEGER NOT NULL,
    fighter_id INTEGER NOT NULL REFERENCES fighters(fighter_id),
    PRIMARY KEY (class_code, as_of, rank_no)
);
"""


def build_fightcard(path: Path) -> None:
    r = random.Random(114006)
    gyms = [
        (1, "Iron Lotus MMA", "Las Vegas", "US"), (2, "Northside Grappling", "Manchester", "GB"),
        (3, "Kaizen Fight Lab", "Tokyo", "JP"), (4, "Barra Nova", "Rio de Janeiro", "BR"),
        (5, "Wolfpack Combat", "Albuquerque", "US"), (6, "Nordic Fight Club", "Stockholm", "SE"),
        (7, "Team Brasa", "Sao Paulo", "BR"), (8, "Dublin Combat Academy", "Dublin", "IE"),
        (9, "Steel City Striking", "Pittsburgh", "US"), (10, "Kodiak Gym", "Anchorage", "US"),
        (11, "Atlas Submission", "Warsaw", "PL"), (12, "Red Dragon Dojo", "Cardiff", "GB"),
        (13, "Blue Ridge MMA", "Denver", "US"), (14, "Sakura Kickboxing", "Osaka", "JP"),
    ]  # fmt: skip
    gym_w = [9, 6, 4, 5, 7, 3, 4, 3, 2, 1, 2.5, 2, 3, 0]
    classes = [("FLY", "Flyweight", 125), ("BAN", "Bantamweight", 135), ("FEA", "Featherweight", 145),
               ("LW", "Lightweight", 155), ("WW", "Welterweight", 170), ("MW", "Middleweight", 185),
               ("LHW", "Light Heavyweight", 205), ("HW", "Heavyweight", 265)]  # fmt: skip
    counts = {"FLY": 11, "BAN": 16, "FEA": 18, "LW": 24, "WW": 22, "MW": 17, "LHW": 13, "HW": 12}
    height = {"FLY": 165, "BAN": 170, "FEA": 174, "LW": 177, "WW": 181, "MW": 185, "LHW": 189, "HW": 193}
    nicknames = ["The Hammer", "Lightning", "The Reaper", "Bulldog", "The Professor", "Shadow", "Tank", "Cobra",
                 "The Surgeon", "Hurricane", "Ice", "The Machine", "Spider", "Viking", "Mantis", "Dynamite",
                 "Smooth", "Storm", "The Anvil", "Phoenix", "Rocky", "Wildcat", "The Pitbull", "Ghost"]  # fmt: skip
    r.shuffle(nicknames)
    names = full_names(r, 160)
    fighters = []
    finfo = {}
    fid = 0
    for code, _, limit in classes:
        for _ in range(counts[code]):
            fid += 1
            first, last = names[fid - 1].split(" ")
            h = int(r.gauss(height[code], 4))
            limit_kg = limit * 0.45359237
            weight = round(limit_kg - r.uniform(0, 1.2), 1) if code != "HW" else round(r.uniform(98, 119), 1)
            active = "N" if r.random() < 0.12 else "Y"
            nick = nicknames.pop() if nicknames and r.random() < 0.3 else None
            gym = r.choices([g[0] for g in gyms], weights=gym_w)[0] if r.random() > 0.07 else None
            fighters.append(
                [
                    fid,
                    first,
                    last,
                    nick,
                    gym,
                    code,
                    iso(day_between(r, dt.date(1986, 1, 1), dt.date(2003, 6, 30))) if r.random() > 0.04 else None,
                    h,
                    h + r.randint(-3, 9) if r.random() > 0.05 else None,
                    weight,
                    r.choices(["O", "S", "W"], weights=[70, 22, 8])[0],
                    active,
                ]
            )
            finfo[fid] = {"code": code, "skill": r.gauss(0, 1), "active": active, "gym": gym}
    events = []
    bouts = []
    places = [("Las Vegas", "US"), ("Las Vegas", "US"), ("London", "GB"), ("Sao Paulo", "BR"), ("Tokyo", "JP"),
              ("Dublin", "IE"), ("Denver", "US"), ("Stockholm", "SE"), ("New York", "US"), ("Manchester", "GB"),
              ("Abu Dhabi", "AE"), ("Warsaw", "PL")]  # fmt: skip
    d = dt.date(2022, 1, 15)
    eid = bid = 0
    numbered = 60
    champion = {}
    by_class = {c: [f for f, v in finfo.items() if v["code"] == c] for c, _, _ in classes}
    fights = dict.fromkeys(finfo, 0)
    last_fought = dict.fromkeys(finfo, dt.date(2021, 6, 1))
    for code, ids in by_class.items():
        champion[code] = max(ids, key=lambda f: finfo[f]["skill"])
    wins = dict.fromkeys(finfo, 0)
    snapshots = []
    while d <= END:
        eid += 1
        is_ppv = eid % 3 != 2
        city, country = r.choice(places)
        if is_ppv:
            numbered += 1
            ename = f"FC {numbered}"
        else:
            ename = f"FC Fight Night: {city}"
        att = int(r.uniform(9000, 19500) if is_ppv else r.uniform(3500, 11000))
        ppv = int(r.uniform(120000, 650000)) if is_ppv else None
        if r.random() < 0.06:
            att = None
        events.append((eid, ename, iso(d), city, country, att, ppv))
        n = r.randint(10, 13)
        booked: set[int] = set()
        title_class = r.choice([c for c, _, _ in classes]) if is_ppv and r.random() < 0.8 else None
        for pos in range(1, n + 1):
            if pos == 1 and title_class:
                code = title_class
            else:
                code = r.choices([c for c, _, _ in classes], weights=[4, 6, 7, 11, 10, 7, 5, 5])[0]
            avail = [f for f in by_class[code] if f not in booked and (finfo[f]["active"] == "Y" or d < dt.date(2023, 6, 1))
                     and (d - last_fought[f]).days > 75]  # fmt: skip
            if len(avail) < 2:
                continue
            title = pos == 1 and code == title_class
            if title:
                champ = champion[code]
                if champ not in avail:
                    title = False
                    red = r.choice(avail)
                else:
                    red = champ
                others = [f for f in avail if f != red]
                blue = (
                    max(others, key=lambda f: finfo[f]["skill"] + wins[f] * 0.3 + r.gauss(0, 0.8))
                    if title
                    else r.choice(others)
                )
            else:
                red, blue = r.sample(avail, 2)
            booked.update((red, blue))
            last_fought[red] = last_fought[blue] = d
            fights[red] += 1
            fights[blue] += 1
            p_red = 1 / (1 + 2.718 ** (-(finfo[red]["skill"] - finfo[blue]["skill"]) * 1.1))
            sched = 5 if (pos == 1 or title) else 3
            method = r.choices(["KO", "SUB", "UD", "SD", "MD", "DQ", "NC", "DRAW"],
                               weights=[31, 22, 32, 9, 2, 1, 1.5, 1.5])[0]  # fmt: skip
            winner = None if method in ("NC", "DRAW") else (red if r.random() < p_red else blue)
            if method in ("UD", "SD", "MD", "DRAW"):
                end_round, end_time = sched, "5:00"
            else:
                end_round = min(sched, r.choices([1, 2, 3, 4, 5], weights=[45, 30, 18, 5, 2])[0])
                secs = r.randint(8, 299)
                end_time = f"{secs // 60}:{secs % 60:02d}"
            bid += 1
            bouts.append((bid, eid, pos, code, red, blue, winner, method, end_round, end_time, sched,
                          "Y" if title else "N"))  # fmt: skip
            if winner:
                wins[winner] += 1
                if title and winner != champion[code]:
                    champion[code] = winner
        d += dt.timedelta(days=r.choice([14, 21, 21, 28, 28, 35]))
        if snapshots_due(d, snapshots):
            as_of = snapshots_due(d, snapshots)
            for code, ids in by_class.items():
                cand = [f for f in ids if f != champion[code] and finfo[f]["active"] == "Y" and fights[f] > 0]
                cand.sort(key=lambda f: -(finfo[f]["skill"] + wins[f] * 0.35 + r.gauss(0, 0.25)))
                for k, f in enumerate(cand[:10], start=1):
                    snapshots.append((code, as_of, k, f))
    # three signings waiting for their debut
    for k, (code, first, last, gym) in enumerate(
        [("LW", "Tariq", "Mansour", 1), ("BAN", "Leilani", "Kahale", 13), ("HW", "Bjorn", "Halvorsen", 6)],
        start=fid + 1,
    ):
        fighters.append([k, first, last, None, gym, code, iso(day_between(r, dt.date(1999, 1, 1), dt.date(2004, 1, 1))),
                         height[code] + r.randint(-3, 3), height[code] + r.randint(0, 6),
                         round(r.uniform(100, 110), 1) if code == "HW" else round(
                             next(c[2] for c in classes if c[0] == code) * 0.45359237 - 0.5, 1),
                         "O", "Y"])  # fmt: skip
    wc = [(c, n, lb, champion[c]) for c, n, lb in classes]
    write_tables(path, FIGHTCARD_DDL, [("gyms", gyms), ("fighters", [tuple(f) for f in fighters]),
                                       ("weight_classes", wc), ("events", events), ("bouts", bouts),
                                       ("rankings", snapshots)])  # fmt: skip


_SNAPSHOT_DAYS = [dt.date(2024, 3, 31), dt.date(2024, 6, 30), dt.date(2024, 9, 30), dt.date(2024, 12, 31),
                  dt.date(2025, 3, 31), dt.date(2025, 6, 9)]  # fmt: skip


def snapshots_due(d: dt.date, snapshots: list) -> str | None:
    """The ranking date passed once the calendar reaches ``d`` and not yet published."""
    done_days = {s[1] for s in snapshots}
    due = [s for s in _SNAPSHOT_DAYS if s <= d and iso(s) not in done_days]
    return iso(due[-1]) if due else None


BUILDERS = {
    "handball": build_handball,
    "speedrun": build_speedrun,
    "musicchart": build_musicchart,
    "gigtour": build_gigtour,
    "audiobooks": build_audiobooks,
    "fightcard": build_fightcard,
}
