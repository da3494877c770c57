"""Six media, games and entertainment databases for a blind English-to-SQL corpus.

Every database is deterministic (``random.Random`` with a fixed seed per builder).  The recorded data
ends on 2025-06-14; "today" is 2025-06-15, so "this year" is 2025, "last month" is May 2025 and
"this month" is June 2025.

lanleague -- a regional esports league (a five-a-side MOBA).  camelCase columns and ISO-8601 UTC
timestamps written with a 'T' and a trailing 'Z' (e.g. '2025-03-08T18:00:00Z').
  teams(teamId PK, teamName, region, foundedYear, parentTeamId -> teams.teamId, isActive)
      region: 'EU', 'NA', 'KR' or 'BR'.  parentTeamId is the main team an academy roster belongs
      to; NULL means the team is a main (senior) team.  isActive 1 = still competing, 0 = disbanded.
      Only the twelve main teams play league matches; the five academy teams (names ending in
      'Academy', one of them disbanded) do not.
  players(playerId PK, handle, realName, country, role, teamId -> teams.teamId, joinedAt,
          birthDate, monthlySalaryUsd)
      handle is the in-game name (e.g. 'Zephyr'); country is a two-letter ISO code; role is one
      of 'top', 'jungle', 'mid', 'adc', 'support'.  teamId NULL = free agent (no team).  joinedAt
      is when the player joined the current team (ISO 'T'/'Z'), NULL for free agents.
      monthlySalaryUsd is whole US dollars per month, NULL for free agents.
  seasons(seasonId PK, seasonName, startDate, endDate)
      'Spring 2024', 'Summer 2024', 'Spring 2025', 'Summer 2025' (the last one is in progress).
      startDate/endDate are plain 'YYYY-MM-DD' dates.
  matches(matchId PK, seasonId -> seasons, blueTeamId -> teams, redTeamId -> teams, scheduledAt,
          bestOf, winnerTeamId -> teams, durationSeconds, peakViewers)
      scheduledAt is the start time (ISO 'T'/'Z').  bestOf is 1, 3 or 5 games.  winnerTeamId,
      durationSeconds (total playing time in seconds) and peakViewers (concurrent stream viewers)
      are NULL for matches not played yet (scheduled after 2025-06-14).
  playerMatchStats(matchId -> matches, playerId -> players, teamId -> teams, kills, deaths,
                   assists, goldEarned, isMvp)
      one row per player per played match (the link between players and matches), totals over
      the whole series; isMvp 1 marks the one player of the match voted most valuable.
  sponsors(sponsorId PK, sponsorName, industry)
      industry: 'hardware', 'energy drink', 'telecom', 'apparel', 'betting', 'automotive'.
  teamSponsors(teamId -> teams, sponsorId -> sponsors, startedAt, annualValueUsd)
      the many-to-many deals between teams and sponsors; startedAt ISO 'T'/'Z'; annualValueUsd is
      whole US dollars per year.

audioshows -- a podcast network.  Every key is a text UUID (e.g. '3f2a...-....'); all durations
are integer milliseconds.
  hosts(host_id PK text uuid, full_name, email, country, joined_on)
      joined_on 'YYYY-MM-DD' is when the host signed with the network.
  shows(show_id PK uuid, title, genre, launched_on, is_explicit, status)
      genre: 'true crime', 'comedy', 'technology', 'history', 'sports', 'business', 'health'.
      is_explicit 1 = carries the explicit-content flag, 0 = clean.  status: 'active', 'hiatus'
      (paused) or 'ended'.
  show_hosts(show_id -> shows, host_id -> hosts, role)
      the many-to-many link; role is 'lead', 'co-host' or 'contributor'.
  episodes(episode_id PK uuid, show_id -> shows, episode_number, title, published_on, duration_ms,
           status)
      status 'published' or 'draft'; published_on is NULL for drafts.  duration_ms is the audio
      length in milliseconds (3 600 000 ms = one hour).
  advertisers(advertiser_id PK uuid, name, category)
      category: 'software', 'finance', 'food', 'wellness', 'retail', 'travel'.
  ad_reads(ad_read_id PK uuid, episode_id -> episodes, advertiser_id -> advertisers, placement,
           read_length_ms, fee_usd)
      placement 'pre-roll', 'mid-roll' or 'post-roll'; read_length_ms is the length of the read in
      milliseconds; fee_usd is what the advertiser paid for it in US dollars (two decimals).
  episode_downloads(episode_id -> episodes, platform, downloads)
      lifetime downloads of an episode per platform: 'Apple', 'Spotify', 'YouTube', 'Other'.
      Drafts have no rows.

westendbox -- a theatre group's box office.  Singular PascalCase tables (Venue, Production,
Performance) with PascalCase columns sit beside plural snake_case tables (customers, bookings,
booking_seats, cast_members, production_roles) with snake_case columns.  Every amount of money is
an integer number of pence ('_cents' / 'Cents': 1 GBP = 100).
  Venue(VenueId PK, VenueName, City, SeatCount)
  Production(ProductionId PK, Title, Genre, VenueId -> Venue, OpeningNight, ClosingNight,
             BasePriceCents)
      Genre: 'musical', 'drama', 'comedy', 'opera'.  ClosingNight NULL = open-ended run (no closing
      date announced).  BasePriceCents is the standard stalls price in pence.
  Performance(PerformanceId PK, ProductionId -> Production, StartsAt, IsMatinee, Status)
      StartsAt 'YYYY-MM-DD HH:MM' local time; IsMatinee 1 = afternoon show.  Status 'played',
      'cancelled' or 'scheduled' (future, after 2025-06-14).
  customers(customer_id PK, first_name, last_name, email, city, is_member, joined_on)
      is_member 1 = friends-of-the-theatre member.
  bookings(booking_id PK, customer_id -> customers, performance_id -> Performance, booked_at,
           channel, status, booking_fee_cents)
      booked_at 'YYYY-MM-DD HH:MM:SS'; channel 'online', 'phone' or 'box office'; status
      'confirmed' or 'refunded'.  booking_fee_cents is the per-booking fee in pence.
  booking_seats(booking_seat_id PK, booking_id -> bookings, seat_row, seat_number, price_band,
                price_cents)
      one row per seat (ticket); price_band 'stalls', 'dress circle' or 'upper circle';
      price_cents is the ticket price paid in pence.  A booking's ticket revenue is the sum of its
      seats' price_cents (plus booking_fee_cents for the total charged).
  cast_members(cast_member_id PK, full_name, agency)
  production_roles(production_id -> Production, cast_member_id -> cast_members, role_name,
                   is_understudy)
      the many-to-many cast list; is_understudy 1 = understudy for the role, 0 = principal.

vodcatalog -- a video streaming catalogue.  Booleans are stored as the text 'true'/'false';
timestamps are ISO-8601 UTC with 'T' and 'Z'.
  studios(studio_id PK, studio_name, country)
  titles(title_id PK, name, kind, release_year, maturity_rating, runtime_min, studio_id -> studios,
         is_original, added_at, removed_at)
      kind 'movie' or 'series'; maturity_rating 'G', 'PG', 'PG-13', 'R', 'TV-MA'.  runtime_min is
      the film length in minutes, NULL for series.  is_original 'true' = in-house original.
      added_at is when the title entered the catalogue; removed_at NULL = still available.
  genres(genre_id PK, genre_name)
  title_genres(title_id -> titles, genre_id -> genres)   many-to-many.
  episodes(episode_id PK, title_id -> titles, season_number, episode_number, episode_name,
           runtime_min)
  subscribers(subscriber_id PK, email, country, plan, signed_up_at, is_active, autoplay_enabled)
      plan 'basic', 'standard' or 'premium'; is_active 'false' = cancelled; autoplay_enabled
      'true'/'false'.
  viewing_sessions(session_id PK, subscriber_id -> subscribers, title_id -> titles,
                   episode_id -> episodes, started_at, minutes_watched, completed, device)
      episode_id NULL for movies.  completed 'true' = watched to the end.  device 'tv', 'mobile',
      'web' or 'tablet'.

meeplehaus -- a board game café.  Money is integer cents (euro cents: 1 EUR = 100); booleans are
the text 'true'/'false'.
  staff(staff_id PK, full_name, role, manager_id -> staff.staff_id, hired_on, hourly_rate_cents)
      role 'owner', 'manager', 'game guru', 'barista'.  manager_id is the person they report to;
      NULL for the owner.
  games(game_id PK, title, publisher, min_players, max_players, play_minutes, complexity, copies,
        is_retired, acquired_on)
      play_minutes is the typical playing time in minutes; complexity is a 1.0-5.0 weight (higher
      = heavier).  copies is how many copies the library holds.  is_retired 'true' = taken off the
      shelf.
  members(member_id PK, full_name, email, joined_on, is_vip)
  cafe_tables(table_id PK, label, seats, zone)       zone 'window', 'main floor', 'back room'.
  visits(visit_id PK, member_id -> members, table_id -> cafe_tables, host_staff_id -> staff,
         visit_date, arrived_at, party_size, cover_charge_cents, food_drink_cents)
      member_id NULL = walk-in group without a member.  arrived_at is 'HH:MM'.  Visits run from
      2024-01-02 to 2025-06-14; the café is closed on Mondays.  VIP members pay no cover charge.
      cover_charge_cents is the table/game fee and food_drink_cents the café spend, both cents.
  visit_games(visit_id -> visits, game_id -> games, taught)
      games played at a visit (many-to-many); taught 'true' = staff explained the rules.
  game_sales(sale_id PK, game_id -> games, staff_id -> staff, sold_on, quantity, unit_price_cents)
      retail copies sold over the counter.

filmfest -- an annual film festival (2023, 2024 and 2025 editions, held 8-17 June 2023,
6-15 June 2024 and 5-14 June 2025).  Singular PascalCase tables (Section, Film, Venue, Person)
sit beside plural snake_case ones (screenings, film_credits, awards); durations are milliseconds.
  Section(SectionId PK, SectionName, ParentSectionId -> Section.SectionId)
      programme strands; ParentSectionId NULL = a top-level strand, otherwise the strand it sits
      in (e.g. 'Main Competition' is inside 'Official Selection').
  Film(FilmId PK, Title, CountryName, ProductionYear, RuntimeMs, SectionId -> Section, EditionYear,
       PremiereStatus)
      RuntimeMs is the running time in milliseconds (60 000 ms = one minute).  EditionYear is the
      festival edition the film played at.  PremiereStatus 'world', 'international', 'national'
      or NULL (not a premiere).
  Venue(VenueId PK, VenueName, Seats)
  Person(PersonId PK, FullName, Nationality)
  film_credits(film_id -> Film, person_id -> Person, credit)
      many-to-many; credit 'director', 'producer', 'writer' or 'lead actor'.
  screenings(screening_id PK, film_id -> Film, venue_id -> Venue, starts_at, tickets_sold, has_qa)
      starts_at 'YYYY-MM-DD HH:MM'; has_qa 1 = followed by a Q&A with the team.  tickets_sold never
      exceeds the venue's Seats; equal to Seats means the screening sold out.
  awards(award_id PK, edition_year, award_name, section_id -> Section, film_id -> Film,
         person_id -> Person)
      person_id is the individual honoured for personal awards, NULL for awards to the film.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

DAY = dt.timedelta(days=1)
LAST = dt.date(2025, 6, 14)

FIRST = [
    "Ava", "Liam", "Noah", "Emma", "Olivia", "Mateo", "Sofia", "Lucas", "Mia", "Ethan", "Chloe", "Aiden",
    "Grace", "Jonas", "Lena", "Marco", "Nina", "Omar", "Priya", "Ravi", "Sara", "Tom", "Yara", "Zoe",
    "Felix", "Hana", "Isaac", "Julia", "Kai", "Leo", "Maya", "Nadia", "Oscar", "Paula", "Quinn", "Rosa",
]
LAST_NAMES = [
    "Adams", "Baker", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Kowalski",
    "Lopez", "Moreau", "Nakamura", "Okafor", "Patel", "Quint", "Rossi", "Schmidt", "Tanaka", "Usman",
    "Varga", "Walsh", "Xu", "Young", "Zimmer", "Brennan", "Castillo", "Duarte", "Ferreira", "Lindqvist",
]


def _connect(path: Path, ddl: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(ddl)
    return conn


def _iso(ts: dt.datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def _person(rng: random.Random, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST_NAMES)}"
        if name not in used:
            used.add(name)
            return name


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ---------------------------------------------------------------------------------------------- lanleague
def build_lanleague(path: Path) -> None:
    rng = random.Random(10301)
    conn = _connect(path, """
    CREATE TABLE teams (
        teamId INTEGER PRIMARY KEY, teamName TEXT NOT NULL, region TEXT NOT NULL, foundedYear INTEGER,
        parentTeamId INTEGER REFERENCES teams(teamId), isActive INTEGER NOT NULL);
    CREATE TABLE players (
        playerId INTEGER PRIMARY KEY, handle TEXT NOT NULL, realName TEXT NOT NULL, country TEXT NOT NULL,
        role TEXT NOT NULL, teamId INTEGER REFERENCES teams(teamId), joinedAt TEXT, birthDate TEXT,
        monthlySalaryUsd INTEGER);
    CREATE TABLE seasons (
        seasonId INTEGER PRIMARY KEY, seasonName TEXT NOT NULL, startDate TEXT NOT NULL, endDate TEXT NOT NULL);
    CREATE TABLE matches (
        matchId INTEGER PRIMARY KEY, seasonId INTEGER NOT NULL REFERENCES seasons(seasonId),
        blueTeamId INTEGER NOT NULL REFERENCES teams(teamId), redTeamId INTEGER NOT NULL REFERENCES teams(teamId),
        scheduledAt TEXT NOT NULL, bestOf INTEGER NOT NULL, winnerTeamId INTEGER REFERENCES teams(teamId),
        durationSeconds INTEGER, peakViewers INTEGER);
    CREATE TABLE playerMatchStats (
        matchId INTEGER NOT NULL REFERENCES matches(matchId), playerId INTEGER NOT NULL REFERENCES players(playerId),
        teamId INTEGER NOT NULL REFERENCES teams(teamId), kills INTEGER NOT NULL, deaths INTEGER NOT NULL,
        assists INTEGER NOT NULL, goldEarned INTEGER NOT NULL, isMvp INTEGER NOT NULL,
        PRIMARY KEY (matchId, playerId));
    CREATE TABLE sponsors (sponsorId INTEGER PRIMARY KEY, sponsorName TEXT NOT NULL, industry TEXT NOT NULL);
    CREATE TABLE teamSponsors (
        teamId INTEGER NOT NULL REFERENCES teams(teamId), sponsorId INTEGER NOT NULL REFERENCES sponsors(sponsorId),
        startedAt TEXT NOT NULL, annualValueUsd INTEGER NOT NULL, PRIMARY KEY (teamId, sponsorId));
    """)
    main = [
        ("Crimson Vortex", "EU", 2016), ("Nordic Wolves", "EU", 2018), ("Atlas Gaming", "EU", 2015),
        ("Iron Phoenix", "EU", 2019), ("Pacific Tide", "NA", 2017), ("Lone Star Legion", "NA", 2020),
        ("Maple Storm", "NA", 2018), ("Seoul Spark", "KR", 2014), ("Hanriver Tigers", "KR", 2016),
        ("Busan Breakers", "KR", 2021), ("Rio Rampage", "BR", 2017), ("Samba Syndicate", "BR", 2019),
    ]
    teams = []
    for i, (name, region, year) in enumerate(main, 1):
        teams.append((i, name, region, year, None, 1))
    academies = [(1, 2020), (2, 2021), (8, 2019), (11, 2022)]
    for j, (parent, year) in enumerate(academies, 13):
        teams.append((j, f"{main[parent - 1][0]} Academy", main[parent - 1][1], year, parent, 1))
    # one academy roster was disbanded
    teams.append((17, "Iron Phoenix Academy", "EU", 2021, 4, 0))
    conn.executemany("INSERT INTO teams VALUES (?,?,?,?,?,?)", teams)

    handles = [
        "Zephyr", "Kraken", "Nyx", "Blitz", "Orion", "Vex", "Talon", "Echo", "Rune", "Havoc", "Pixel", "Frost",
        "Jinx", "Nova", "Rook", "Sable", "Tempo", "Quasar", "Drift", "Ember", "Falcon", "Glint", "Hex", "Ion",
        "Jolt", "Karma", "Lumen", "Mako", "Nimbus", "Onyx", "Prism", "Quill", "Riptide", "Shade", "Titan",
        "Umbra", "Vortex", "Wisp", "Xeno", "Yeti", "Zenith", "Arc", "Bolt", "Cipher", "Dusk", "Flux", "Gale",
        "Halo", "Inferno", "Jade", "Kite", "Lynx", "Mirage", "Nomad", "Oracle", "Pulse", "Raven", "Sonic",
        "Thorn", "Valk", "Warden", "Apex", "Brisk", "Comet", "Dagger", "Envy", "Fable", "Grit", "Hydra",
        "Icarus", "Javelin", "Knox", "Lotus", "Myth", "Neon", "Oak", "Pyro", "Reaper", "Spectre", "Trix",
        "Unit", "Viper", "Wraith", "Zest", "Astra", "Bishop", "Cobalt", "Dynamo", "Ezreal", "Fury",
        "Gambit", "Hawk", "Ivory", "Joker", "Kodiak", "Lancer", "Merc", "Nitro", "Omen", "Paladin",
    ]
    countries = {"EU": ["DE", "FR", "ES", "SE", "PL", "DK"], "NA": ["US", "CA", "US"], "KR": ["KR"], "BR": ["BR"]}
    roles = ["top", "jungle", "mid", "adc", "support"]
    used: set[str] = set()
    players = []
    roster: dict[int, list[int]] = {}
    pid = 0
    for t in teams:
        team_id, region = t[0], t[2]
        for role in roles:
            pid += 1
            joined = dt.datetime(2022, 11, 1) + dt.timedelta(days=rng.randint(0, 880), hours=rng.randint(9, 20))
            salary = rng.randint(3, 28) * 500 if team_id <= 12 else rng.randint(3, 8) * 250
            birth = dt.date(1996, 1, 1) + dt.timedelta(days=rng.randint(0, 3600))
            players.append((pid, handles[pid - 1], _person(rng, used), rng.choice(countries[region]), role,
                            team_id, _iso(joined), birth.isoformat(), salary))
            roster.setdefault(team_id, []).append(pid)
    for _ in range(6):  # free agents
        pid += 1
        birth = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randint(0, 3600))
        players.append((pid, handles[pid - 1], _person(rng, used), rng.choice(["US", "DE", "KR", "BR", "FR"]),
                        rng.choice(roles), None, None, birth.isoformat(), None))
    conn.executemany("INSERT INTO players VALUES (?,?,?,?,?,?,?,?,?)", players)

    seasons = [
        (1, "Spring 2024", "2024-01-15", "2024-04-14"), (2, "Summer 2024", "2024-06-03", "2024-08-31"),
        (3, "Spring 2025", "2025-01-13", "2025-04-13"), (4, "Summer 2025", "2025-06-02", "2025-08-31"),
    ]
    conn.executemany("INSERT INTO seasons VALUES (?,?,?,?)", seasons)

    strength = {i: rng.uniform(0.6, 1.6) for i in range(1, 13)}
    strength[8] = 1.9
    strength[3] = 0.5
    matches = []
    stats = []
    mid = 0
    for sid, _name, start, end in seasons:
        d0 = dt.date.fromisoformat(start)
        span = (dt.date.fromisoformat(end) - d0).days
        pairs = [(a, b) for a in range(1, 13) for b in range(a + 1, 13)]
        rng.shuffle(pairs)
        for k, (a, b) in enumerate(pairs):
            mid += 1
            day = d0 + dt.timedelta(days=int(k * span / len(pairs)))
            when = dt.datetime(day.year, day.month, day.day, rng.choice([15, 17, 19, 21]))
            blue, red = (a, b) if rng.random() < 0.5 else (b, a)
            best_of = 5 if k >= len(pairs) - 4 else rng.choice([1, 3, 3])
            if day > LAST:
                matches.append((mid, sid, blue, red, _iso(when), best_of, None, None, None))
                continue
            pa = strength[blue] / (strength[blue] + strength[red])
            winner = blue if rng.random() < pa else red
            games = best_of if best_of == 1 else rng.randint(best_of // 2 + 1, best_of)
            duration = sum(rng.randint(1500, 2700) for _ in range(games))
            viewers = rng.randint(20, 400) * 250 + (60000 if 8 in (blue, red) else 0)
            matches.append((mid, sid, blue, red, _iso(when), best_of, winner, duration, viewers))
            mvp_team = winner
            mvp = rng.choice(roster[mvp_team])
            for team in (blue, red):
                won = team == winner
                for p in roster[team]:
                    kills = rng.randint(0, 6 * games) + (2 * games if won else 0)
                    deaths = rng.randint(0, 5 * games) + (0 if won else 2 * games)
                    assists = rng.randint(0, 9 * games)
                    gold = games * rng.randint(9000, 16000)
                    stats.append((mid, p, team, kills, deaths, assists, gold, 1 if p == mvp else 0))
    conn.executemany("INSERT INTO matches VALUES (?,?,?,?,?,?,?,?,?)", matches)
    conn.executemany("INSERT INTO playerMatchStats VALUES (?,?,?,?,?,?,?,?)", stats)

    sponsors = [
        (1, "HyperCore GPUs", "hardware"), (2, "VoltRush", "energy drink"), (3, "Nimbus Mobile", "telecom"),
        (4, "Stryde Apparel", "apparel"), (5, "LuckyLine Bets", "betting"), (6, "Kestrel Motors", "automotive"),
        (7, "ClickForge Mice", "hardware"), (8, "Zing Energy", "energy drink"), (9, "OrbitNet Fibre", "telecom"),
        (10, "Pinnacle Peripherals", "hardware"),
    ]
    conn.executemany("INSERT INTO sponsors VALUES (?,?,?)", sponsors)
    deals = set()
    rows = []
    for team_id in range(1, 17):
        for sponsor in rng.sample(range(1, 10), rng.randint(1, 4) if team_id <= 12 else 1):
            if (team_id, sponsor) in deals:
                continue
            deals.add((team_id, sponsor))
            started = dt.datetime(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 1600), hours=rng.randint(8, 17))
            value = rng.randint(4, 60) * 5000 if team_id <= 12 else rng.randint(2, 6) * 2500
            rows.append((team_id, sponsor, _iso(started), value))
    conn.executemany("INSERT INTO teamSponsors VALUES (?,?,?,?)", rows)
    conn.commit()
    conn.close()


# --------------------------------------------------------------------------------------------- audioshows
def build_audioshows(path: Path) -> None:
    rng = random.Random(10302)
    conn = _connect(path, """
    CREATE TABLE hosts (host_id TEXT PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL, country TEXT,
        joined_on TEXT NOT NULL);
    CREATE TABLE shows (show_id TEXT PRIMARY KEY, title TEXT NOT NULL, genre TEXT NOT NULL, launched_on TEXT NOT NULL,
        is_explicit INTEGER NOT NULL, status TEXT NOT NULL);
    CREATE TABLE show_hosts (show_id TEXT NOT NULL REFERENCES shows(show_id),
        host_id TEXT NOT NULL REFERENCES hosts(host_id), role TEXT NOT NULL, PRIMARY KEY (show_id, host_id));
    CREATE TABLE episodes (episode_id TEXT PRIMARY KEY, show_id TEXT NOT NULL REFERENCES shows(show_id),
        episode_number INTEGER NOT NULL, title TEXT NOT NULL, published_on TEXT, duration_ms INTEGER NOT NULL,
        status TEXT NOT NULL);
    CREATE TABLE advertisers (advertiser_id TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL);
    CREATE TABLE ad_reads (ad_read_id TEXT PRIMARY KEY, episode_id TEXT NOT NULL REFERENCES episodes(episode_id),
        advertiser_id TEXT NOT NULL REFERENCES advertisers(advertiser_id), placement TEXT NOT NULL,
        read_length_ms INTEGER NOT NULL, fee_usd REAL NOT NULL);
    CREATE TABLE episode_downloads (episode_id TEXT NOT NULL REFERENCES episodes(episode_id),
        platform TEXT NOT NULL, downloads INTEGER NOT NULL, PRIMARY KEY (episode_id, platform));
    """)
    used: set[str] = set()
    hosts = []
    for _ in range(18):
        name = _person(rng, used)
        joined = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2100))
        email = name.lower().replace(" ", ".") + "@audioshows.fm"
        hosts.append((_uuid(rng), name, email, rng.choice(["US", "GB", "CA", "AU", "IE"]), joined.isoformat()))
    conn.executemany("INSERT INTO hosts VALUES (?,?,?,?,?)", hosts)

    show_specs = [
        ("Cold Case Files Revisited", "true crime", "2020-03-02", 1, "active", 7, 3_300_000),
        ("Laugh Track Therapy", "comedy", "2021-05-10", 1, "active", 7, 2_700_000),
        ("Byte Sized", "technology", "2020-09-14", 0, "active", 7, 1_800_000),
        ("Empires & Ashes", "history", "2019-11-04", 0, "active", 14, 4_200_000),
        ("Full Time Whistle", "sports", "2022-08-01", 0, "active", 7, 2_400_000),
        ("The Margin Call", "business", "2021-01-18", 0, "hiatus", 14, 2_100_000),
        ("Mindful Minutes", "health", "2022-02-07", 0, "active", 7, 900_000),
        ("Midnight Motive", "true crime", "2023-04-03", 1, "active", 7, 3_900_000),
        ("Startup Garage", "business", "2020-06-01", 0, "ended", 14, 2_900_000),
        ("Dad Jokes Daily", "comedy", "2023-09-04", 0, "active", 3, 600_000),
        ("Retro Console Club", "technology", "2022-11-07", 0, "hiatus", 14, 3_000_000),
        ("Sweat Equity", "health", "2024-01-08", 1, "active", 7, 2_000_000),
    ]
    shows = []
    for title, genre, launched, explicit, status, _gap, _dur in show_specs:
        shows.append((_uuid(rng), title, genre, launched, explicit, status))
    conn.executemany("INSERT INTO shows VALUES (?,?,?,?,?,?)", shows)

    links = []
    for i, s in enumerate(shows):
        picks = rng.sample(range(len(hosts)), rng.randint(1, 3))
        if i == 0:
            picks = [0, 5]
        if i == 7 and 0 not in picks:
            picks = [0, *picks[:2]]
        for k, h in enumerate(picks):
            role = "lead" if k == 0 else rng.choice(["co-host", "co-host", "contributor"])
            links.append((s[0], hosts[h][0], role))
    conn.executemany("INSERT INTO show_hosts VALUES (?,?,?)", links)

    words = ["Secrets", "Signal", "Return", "Legacy", "Rivals", "Breakdown", "Hidden", "Answers", "Edge", "Storm",
             "Origins", "Turning Point", "Numbers", "Ghosts", "Road Trip", "Deep Dive", "Q&A", "Live Special"]
    episodes = []
    downloads = []
    ads = []
    advertisers = []
    adv_specs = [
        ("CloudNest", "software"), ("Ledgerly", "finance"), ("GreenBowl", "food"), ("CalmCraft", "wellness"),
        ("ShopBright", "retail"), ("Wanderly", "travel"), ("TaskPilot", "software"), ("CoinHarbor", "finance"),
        ("SnackBox", "food"), ("FitPulse", "wellness"), ("ThreadLine", "retail"), ("JetLoop", "travel"),
        ("DevMetrics", "software"), ("BrewCraft Coffee", "food"),
    ]
    for name, cat in adv_specs:
        advertisers.append((_uuid(rng), name, cat))
    conn.executemany("INSERT INTO advertisers VALUES (?,?,?)", advertisers)
    popularity = [rng.uniform(0.5, 3.0) for _ in shows]
    popularity[0] = 4.0
    ended_on = {5: dt.date(2024, 9, 30), 8: dt.date(2023, 12, 18), 10: dt.date(2024, 12, 16)}
    for i, (spec, s) in enumerate(zip(show_specs, shows, strict=True)):
        gap, base_dur = spec[5], spec[6]
        day = dt.date.fromisoformat(spec[2])
        start = dt.date(2023, 1, 2) if day < dt.date(2023, 1, 2) else day
        number = (start - day).days // gap
        day = start
        stop = ended_on.get(i, LAST)
        while day <= stop:
            number += 1
            ep_id = _uuid(rng)
            title = f"{rng.choice(words)} {number}" if rng.random() < 0.4 else f"Episode {number}: {rng.choice(words)}"
            duration = max(240_000, int(base_dur * rng.uniform(0.6, 1.4)))
            episodes.append((ep_id, s[0], number, title, day.isoformat(), duration, "published"))
            age = (LAST - day).days
            for platform, share in (("Apple", 0.4), ("Spotify", 0.35), ("YouTube", 0.15), ("Other", 0.1)):
                n = int(popularity[i] * share * rng.randint(800, 3000) * (1 + min(age, 365) / 120))
                downloads.append((ep_id, platform, n))
            for placement in ("pre-roll", "mid-roll", "post-roll"):
                if rng.random() < (0.5 if placement == "mid-roll" else 0.25):
                    # BrewCraft Coffee (the last advertiser) only ever buys mid-roll reads
                    adv = rng.choice(advertisers if placement == "mid-roll" else advertisers[:-1])
                    length = rng.choice([15, 30, 30, 45, 60, 90]) * 1000
                    fee = round(length / 1000 * popularity[i] * rng.uniform(1.5, 4.0), 2)
                    ads.append((_uuid(rng), ep_id, adv[0], placement, length, fee))
            day += dt.timedelta(days=gap)
        if stop == LAST and spec[4] == "active":
            for extra in range(rng.randint(0, 2)):
                episodes.append((_uuid(rng), s[0], number + 1 + extra, f"Untitled draft {extra + 1}", None,
                                 int(base_dur * rng.uniform(0.5, 1.2)), "draft"))
    conn.executemany("INSERT INTO episodes VALUES (?,?,?,?,?,?,?)", episodes)
    conn.executemany("INSERT INTO ad_reads VALUES (?,?,?,?,?,?)", ads)
    conn.executemany("INSERT INTO episode_downloads VALUES (?,?,?)", downloads)
    conn.commit()
    conn.close()


# --------------------------------------------------------------------------------------------- westendbox
def build_westendbox(path: Path) -> None:
    rng = random.Random(10303)
    conn = _connect(path, """
    CREATE TABLE Venue (VenueId INTEGER PRIMARY KEY, VenueName TEXT NOT NULL, City TEXT NOT NULL,
        SeatCount INTEGER NOT NULL);
    CREATE TABLE Production (ProductionId INTEGER PRIMARY KEY, Title TEXT NOT NULL, Genre TEXT NOT NULL,
        VenueId INTEGER NOT NULL REFERENCES Venue(VenueId), OpeningNight TEXT NOT NULL, ClosingNight TEXT,
        BasePriceCents INTEGER NOT NULL);
    CREATE TABLE Performance (PerformanceId INTEGER PRIMARY KEY,
        ProductionId INTEGER NOT NULL REFERENCES Production(ProductionId), StartsAt TEXT NOT NULL,
        IsMatinee INTEGER NOT NULL, Status TEXT NOT NULL);
    CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        email TEXT NOT NULL, city TEXT, is_member INTEGER NOT NULL, joined_on TEXT NOT NULL);
    CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL
        REFERENCES customers(customer_id), performance_id INTEGER NOT NULL REFERENCES Performance(PerformanceId),
        booked_at TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, booking_fee_cents INTEGER NOT NULL);
    CREATE TABLE booking_seats (booking_seat_id INTEGER PRIMARY KEY,
        booking_id INTEGER NOT NULL REFERENCES bookings(booking_id), seat_row TEXT NOT NULL,
        seat_number INTEGER NOT NULL, price_band TEXT NOT NULL, price_cents INTEGER NOT NULL);
    CREATE TABLE cast_members (cast_member_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, agency TEXT);
    CREATE TABLE production_roles (production_id INTEGER NOT NULL REFERENCES Production(ProductionId),
        cast_member_id INTEGER NOT NULL REFERENCES cast_members(cast_member_id), role_name TEXT NOT NULL,
        is_understudy INTEGER NOT NULL, PRIMARY KEY (production_id, cast_member_id, role_name));
    """)
    venues = [(1, "The Gaslight Theatre", "London", 1200), (2, "Regent Playhouse", "London", 850),
              (3, "Northern Lyric", "Manchester", 1500), (4, "The Old Corn Exchange", "Bristol", 420),
              (5, "Kingsway Studio", "London", 180)]
    conn.executemany("INSERT INTO Venue VALUES (?,?,?,?)", venues)
    prods = [
        (1, "The Lantern Keeper", "musical", 1, "2023-09-14", None, 6500),
        (2, "A Winter's Reckoning", "drama", 2, "2024-01-18", "2024-05-25", 4500),
        (3, "Paper Crowns", "comedy", 4, "2024-03-07", "2024-09-28", 3200),
        (4, "La Traviata", "opera", 3, "2024-04-11", "2024-06-29", 7800),
        (5, "Starfall Avenue", "musical", 3, "2024-09-12", None, 5900),
        (6, "The Understudy's Revenge", "comedy", 5, "2024-10-03", "2025-02-22", 2500),
        (7, "Salt and Iron", "drama", 2, "2024-11-07", "2025-07-26", 4800),
        (8, "Bluebeard's Castle", "opera", 4, "2025-04-03", "2025-06-28", 5200),
        (9, "Cabaret of Clocks", "musical", 5, "2025-05-15", "2025-08-30", 3500),
    ]
    conn.executemany("INSERT INTO Production VALUES (?,?,?,?,?,?,?)", prods)

    perfs = []
    pid = 0
    for p in prods:
        start = max(dt.date.fromisoformat(p[4]), dt.date(2024, 1, 1))
        end = dt.date.fromisoformat(p[5]) if p[5] else dt.date(2025, 7, 31)
        day = start
        while day <= end:
            if day.weekday() in (3, 5):  # Thursday evening, Saturday matinee + evening
                slots = [("19:30", 0)] if day.weekday() == 3 else [("14:30", 1), ("19:30", 0)]
                for hhmm, mat in slots:
                    pid += 1
                    status = "scheduled" if day > LAST else "cancelled" if rng.random() < 0.03 else "played"
                    perfs.append((pid, p[0], f"{day.isoformat()} {hhmm}", mat, status))
            day += DAY
    conn.executemany("INSERT INTO Performance VALUES (?,?,?,?,?)", perfs)

    cities = ["London", "London", "London", "Manchester", "Bristol", "Brighton", "Oxford", "Leeds", None]
    used: set[str] = set()
    customers = []
    for cid in range(1, 361):
        first, last = _person(rng, used).split(" ")
        joined = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randint(0, 1600))
        email = f"{first.lower()}.{last.lower()}{cid}@mailbox.co.uk"
        customers.append((cid, first, last, email, rng.choice(cities), 1 if rng.random() < 0.3 else 0,
                          joined.isoformat()))
    conn.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?)", customers)

    prod_by_id = {p[0]: p for p in prods}
    venue_by_id = {v[0]: v for v in venues}
    bands = [("stalls", 1.0, "ABCDEFGHJK"), ("dress circle", 0.85, "ABCDE"), ("upper circle", 0.55, "ABCDEF")]
    bookings = []
    seats = []
    bid = 0
    sid = 0
    for perf in perfs:
        if perf[4] == "cancelled":
            continue
        prod = prod_by_id[perf[1]]
        venue = venue_by_id[prod[3]]
        demand = 3 + (2 if prod[2] == "musical" else 0) + (1 if venue[3] > 800 else 0)
        if perf[4] == "scheduled":
            demand = max(1, demand - 3)
        day = dt.datetime.strptime(perf[2], "%Y-%m-%d %H:%M")
        taken: set[tuple[str, int]] = set()
        for _ in range(rng.randint(max(1, demand - 2), demand + 1)):
            bid += 1
            booked = day - dt.timedelta(days=rng.randint(1, 75), minutes=rng.randint(0, 1440))
            if booked.date() > LAST:
                booked = dt.datetime(2025, 6, 14, 10) - dt.timedelta(hours=rng.randint(1, 200))
            channel = rng.choice(["online", "online", "online", "phone", "box office"])
            status = "refunded" if rng.random() < 0.06 else "confirmed"
            fee = {"online": 250, "phone": 300, "box office": 0}[channel]
            bookings.append((bid, rng.randint(1, 360), perf[0], booked.strftime("%Y-%m-%d %H:%M:%S"), channel,
                             status, fee))
            band, factor, rows = rng.choice(bands)
            row = rng.choice(rows)
            start = rng.randint(1, 24)
            for k in range(rng.choice([1, 2, 2, 2, 3, 4])):
                seat = (row, start + k)
                if seat in taken:
                    continue
                taken.add(seat)
                sid += 1
                price = round(prod[6] * factor / 50.0) * 50
                if perf[3] == 1:
                    price -= 500
                seats.append((sid, bid, row, start + k, band, price))
    conn.executemany("INSERT INTO bookings VALUES (?,?,?,?,?,?,?)", bookings)
    conn.executemany("INSERT INTO booking_seats VALUES (?,?,?,?,?,?)", seats)

    agencies = ["Curtain Call Talent", "Spotlight Associates", "Greenroom Management", None]
    cast = []
    for cid in range(1, 41):
        cast.append((cid, _person(rng, used), rng.choice(agencies)))
    conn.executemany("INSERT INTO cast_members VALUES (?,?,?)", cast)
    role_names = {
        1: ["Elias the Keeper", "Mara", "The Harbourmaster", "Young Elias"],
        2: ["Lady Agnes", "Thomas Reeve", "The Physician"],
        3: ["Queen Bess", "Jester", "The Chancellor"],
        4: ["Violetta", "Alfredo", "Germont"],
        5: ["Juno Starr", "Rex Avenue", "Mrs Halloway", "The Conductor"],
        6: ["Gwen", "Arthur", "The Director"],
        7: ["Captain Holt", "Ada Salt", "The Smith"],
        8: ["Bluebeard", "Judith"],
        9: ["The Clockmaker", "Tick", "Tock"],
    }
    roles = []
    for prod_id, names in role_names.items():
        pool = rng.sample(range(1, 41), len(names) * 2)
        for k, role in enumerate(names):
            roles.append((prod_id, pool[k], role, 0))
            if rng.random() < 0.6:
                roles.append((prod_id, pool[len(names) + k], role, 1))
    conn.executemany("INSERT INTO production_roles VALUES (?,?,?,?)", roles)
    conn.commit()
    conn.close()


# --------------------------------------------------------------------------------------------- vodcatalog
def build_vodcatalog(path: Path) -> None:
    rng = random.Random(10304)
    conn = _connect(path, """
    CREATE TABLE studios (studio_id INTEGER PRIMARY KEY, studio_name TEXT NOT NULL, country TEXT NOT NULL);
    CREATE TABLE titles (title_id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
        release_year INTEGER NOT NULL, maturity_rating TEXT NOT NULL, runtime_min INTEGER,
        studio_id INTEGER NOT NULL REFERENCES studios(studio_id), is_original TEXT NOT NULL,
        added_at TEXT NOT NULL, removed_at TEXT);
    CREATE TABLE genres (genre_id INTEGER PRIMARY KEY, genre_name TEXT NOT NULL);
    CREATE TABLE title_genres (title_id INTEGER NOT NULL REFERENCES titles(title_id),
        genre_id INTEGER NOT NULL REFERENCES genres(genre_id), PRIMARY KEY (title_id, genre_id));
    CREATE TABLE episodes (episode_id INTEGER PRIMARY KEY, title_id INTEGER NOT NULL REFERENCES titles(title_id),
        season_number INTEGER NOT NULL, episode_number INTEGER NOT NULL, episode_name TEXT NOT NULL,
        runtime_min INTEGER NOT NULL);
    CREATE TABLE subscribers (subscriber_id INTEGER PRIMARY KEY, email TEXT NOT NULL, country TEXT NOT NULL,
        plan TEXT NOT NULL, signed_up_at TEXT NOT NULL, is_active TEXT NOT NULL, autoplay_enabled TEXT NOT NULL);
    CREATE TABLE viewing_sessions (session_id INTEGER PRIMARY KEY,
        subscriber_id INTEGER NOT NULL REFERENCES subscribers(subscriber_id),
        title_id INTEGER NOT NULL REFERENCES titles(title_id), episode_id INTEGER REFERENCES episodes(episode_id),
        started_at TEXT NOT NULL, minutes_watched INTEGER NOT NULL, completed TEXT NOT NULL, device TEXT NOT NULL);
    """)
    studios = [(1, "Northlight Pictures", "US"), (2, "Kaleido Studios", "GB"), (3, "Sunforge Media", "US"),
               (4, "Hanul Entertainment", "KR"), (5, "Riviera Films", "FR"), (6, "Streamhouse Originals", "US"),
               (7, "Aurora Nordic", "SE")]
    conn.executemany("INSERT INTO studios VALUES (?,?,?)", studios)
    genres = ["Drama", "Comedy", "Thriller", "Documentary", "Sci-Fi", "Animation", "Romance", "Horror", "Crime",
              "Family"]
    conn.executemany("INSERT INTO genres VALUES (?,?)", list(enumerate(genres, 1)))
    adj = ["Silent", "Broken", "Golden", "Last", "Midnight", "Hidden", "Crimson", "Frozen", "Electric", "Lost",
           "Wild", "Paper", "Iron", "Velvet", "Distant", "Burning"]
    noun = ["Harbor", "Kingdom", "Signal", "Orchard", "Protocol", "Garden", "Frontier", "Letters", "Circuit",
            "Tide", "Empire", "Island", "Witness", "Hours", "Echoes", "Summer"]
    names: set[str] = set()
    titles = []
    tg = []
    episodes = []
    eid = 0
    for tid in range(1, 131):
        while True:
            name = f"The {rng.choice(adj)} {rng.choice(noun)}" if rng.random() < 0.5 else \
                f"{rng.choice(adj)} {rng.choice(noun)}"
            if name not in names:
                names.add(name)
                break
        kind = "series" if rng.random() < 0.3 else "movie"
        studio = rng.randint(1, 7)
        original = "true" if studio == 6 or rng.random() < 0.1 else "false"
        year = rng.randint(1995, 2025)
        rating = rng.choice(["G", "PG", "PG-13", "PG-13", "R", "TV-MA"])
        added = dt.datetime(max(year, 2019), 1, 1) + dt.timedelta(days=rng.randint(0, 900), hours=rng.randint(0, 23))
        if added.date() > LAST:
            added = dt.datetime(2025, 6, 1) - dt.timedelta(days=rng.randint(0, 160), hours=rng.randint(0, 23))
        removed = None
        if rng.random() < 0.15:
            rem = added + dt.timedelta(days=rng.randint(90, 700))
            if rem.date() <= LAST:
                removed = _iso(rem)
        runtime = rng.randint(82, 175) if kind == "movie" else None
        titles.append((tid, name, kind, year, rating, runtime, studio, original, _iso(added), removed))
        for g in rng.sample(range(1, 11), rng.randint(1, 3)):
            tg.append((tid, g))
        if kind == "series":
            for season in range(1, rng.randint(1, 4) + 1):
                for ep in range(1, rng.randint(6, 10) + 1):
                    eid += 1
                    episodes.append((eid, tid, season, ep, f"Chapter {ep}: {rng.choice(noun)}",
                                     rng.randint(22, 62)))
    conn.executemany("INSERT INTO titles VALUES (?,?,?,?,?,?,?,?,?,?)", titles)
    conn.executemany("INSERT INTO title_genres VALUES (?,?)", tg)
    conn.executemany("INSERT INTO episodes VALUES (?,?,?,?,?,?)", episodes)

    subs = []
    for sid in range(1, 451):
        signed = dt.datetime(2021, 3, 1) + dt.timedelta(days=rng.randint(0, 1560), minutes=rng.randint(0, 1440))
        plan = rng.choice(["basic", "standard", "standard", "premium"])
        active = "false" if rng.random() < 0.18 else "true"
        subs.append((sid, f"viewer{sid:03d}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me'])}",
                     rng.choice(["US", "US", "GB", "CA", "DE", "FR", "KR", "BR"]), plan, _iso(signed), active,
                     rng.choice(["true", "true", "false"])))
    conn.executemany("INSERT INTO subscribers VALUES (?,?,?,?,?,?,?)", subs)

    eps_by_title: dict[int, list[tuple[int, int]]] = {}
    for e in episodes:
        eps_by_title.setdefault(e[1], []).append((e[0], e[5]))
    sessions = []
    popular = [t for t in titles if rng.random() < 0.3]
    for sess in range(1, 3201):
        while True:
            sub = rng.choice(subs)
            title = rng.choice(popular) if rng.random() < 0.5 else rng.choice(titles)
            added = dt.datetime.strptime(title[8], "%Y-%m-%dT%H:%M:%SZ")
            lo = max(added, dt.datetime.strptime(sub[4], "%Y-%m-%dT%H:%M:%SZ"), dt.datetime(2024, 1, 1))
            hi = dt.datetime.strptime(title[9], "%Y-%m-%dT%H:%M:%SZ") if title[9] else dt.datetime(2025, 6, 14, 23)
            if lo < hi:
                break
        started = lo + dt.timedelta(seconds=rng.randint(0, int((hi - lo).total_seconds())))
        if title[2] == "series":
            ep_id, length = rng.choice(eps_by_title[title[0]])
        else:
            ep_id, length = None, title[5]
        done = rng.random() < 0.55
        watched = length if done else rng.randint(2, max(3, length - 1))
        sessions.append((sess, sub[0], title[0], ep_id, _iso(started), watched, "true" if done else "false",
                         rng.choice(["tv", "tv", "mobile", "web", "tablet"])))
    conn.executemany("INSERT INTO viewing_sessions VALUES (?,?,?,?,?,?,?,?)", sessions)
    conn.commit()
    conn.close()


# --------------------------------------------------------------------------------------------- meeplehaus
def build_meeplehaus(path: Path) -> None:
    rng = random.Random(10305)
    conn = _connect(path, """
    CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, role TEXT NOT NULL,
        manager_id INTEGER REFERENCES staff(staff_id), hired_on TEXT NOT NULL, hourly_rate_cents INTEGER NOT NULL);
    CREATE TABLE games (game_id INTEGER PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL,
        min_players INTEGER NOT NULL, max_players INTEGER NOT NULL, play_minutes INTEGER NOT NULL,
        complexity REAL NOT NULL, copies INTEGER NOT NULL, is_retired TEXT NOT NULL, acquired_on TEXT NOT NULL);
    CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL,
        joined_on TEXT NOT NULL, is_vip TEXT NOT NULL);
    CREATE TABLE cafe_tables (table_id INTEGER PRIMARY KEY, label TEXT NOT NULL, seats INTEGER NOT NULL,
        zone TEXT NOT NULL);
    CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
        table_id INTEGER NOT NULL REFERENCES cafe_tables(table_id),
        host_staff_id INTEGER NOT NULL REFERENCES staff(staff_id), visit_date TEXT NOT NULL,
        arrived_at TEXT NOT NULL, party_size INTEGER NOT NULL, cover_charge_cents INTEGER NOT NULL,
        food_drink_cents INTEGER NOT NULL);
    CREATE TABLE visit_games (visit_id INTEGER NOT NULL REFERENCES visits(visit_id),
        game_id INTEGER NOT NULL REFERENCES games(game_id), taught TEXT NOT NULL, PRIMARY KEY (visit_id, game_id));
    CREATE TABLE game_sales (sale_id INTEGER PRIMARY KEY, game_id INTEGER NOT NULL REFERENCES games(game_id),
        staff_id INTEGER NOT NULL REFERENCES staff(staff_id), sold_on TEXT NOT NULL, quantity INTEGER NOT NULL,
        unit_price_cents INTEGER NOT NULL);
    """)
    staff = [
        (1, "Greta Vogel", "owner", None, "2019-03-01", 3200),
        (2, "Tobias Kern", "manager", 1, "2019-06-15", 2400),
        (3, "Ines Brandt", "manager", 1, "2021-02-01", 2350),
        (4, "Mika Laine", "game guru", 2, "2020-04-20", 1650),
        (5, "Jonah Reyes", "game guru", 2, "2022-09-05", 1550),
        (6, "Lotte de Vries", "game guru", 3, "2023-03-13", 1500),
        (7, "Samir Haddad", "barista", 3, "2021-11-01", 1400),
        (8, "Clara Stein", "barista", 3, "2024-05-06", 1350),
        (9, "Rafael Ortiz", "game guru", 3, "2024-08-19", 1450),
        (10, "Pia Schulz", "barista", 2, "2025-02-03", 1300),
        (11, "Noor Aziz", "game guru", 2, "2023-07-24", 1500),
    ]
    conn.executemany("INSERT INTO staff VALUES (?,?,?,?,?,?)", staff)
    game_specs = [
        ("Catan", "Kosmos", 3, 4, 75, 2.3), ("Ticket to Ride", "Days of Wonder", 2, 5, 60, 1.8),
        ("Carcassonne", "Hans im Glück", 2, 5, 40, 1.9), ("Pandemic", "Z-Man Games", 2, 4, 45, 2.4),
        ("Azul", "Next Move", 2, 4, 40, 1.8), ("Wingspan", "Stonemaier", 1, 5, 70, 2.4),
        ("Terraforming Mars", "FryxGames", 1, 5, 120, 3.3), ("Codenames", "CGE", 2, 8, 15, 1.3),
        ("Dixit", "Libellud", 3, 8, 30, 1.2), ("Splendor", "Space Cowboys", 2, 4, 30, 1.8),
        ("7 Wonders", "Repos", 2, 7, 30, 2.3), ("Gloomhaven", "Cephalofair", 1, 4, 120, 3.9),
        ("Brass: Birmingham", "Roxley", 2, 4, 120, 3.9), ("Scythe", "Stonemaier", 1, 5, 115, 3.4),
        ("Root", "Leder Games", 2, 4, 90, 3.7), ("Dominion", "Rio Grande", 2, 4, 30, 2.4),
        ("Everdell", "Starling Games", 1, 4, 80, 2.8), ("King of Tokyo", "Iello", 2, 6, 30, 1.5),
        ("Jaipur", "Space Cowboys", 2, 2, 30, 1.5), ("Patchwork", "Lookout", 2, 2, 30, 1.6),
        ("The Crew", "Kosmos", 2, 5, 20, 2.0), ("Cascadia", "Flatout", 1, 4, 45, 1.8),
        ("Spirit Island", "Greater Than Games", 1, 4, 120, 4.0), ("Love Letter", "Z-Man Games", 2, 6, 20, 1.2),
        ("Sagrada", "Floodgate", 1, 4, 45, 1.9), ("Agricola", "Lookout", 1, 4, 120, 3.6),
        ("Heat: Pedal to the Metal", "Days of Wonder", 1, 6, 60, 2.2), ("Cartographers", "Thunderworks", 1, 8, 45, 1.9),
        ("Twilight Imperium", "Fantasy Flight", 3, 6, 480, 4.3), ("Sushi Go!", "Gamewright", 2, 5, 15, 1.2),
        ("Mysterium", "Libellud", 2, 7, 42, 1.9), ("Just One", "Repos", 3, 7, 20, 1.0),
        ("Concordia", "PD-Verlag", 2, 5, 100, 3.0), ("Ark Nova", "Feuerland", 1, 4, 150, 3.8),
        ("Hanabi", "Abacus", 2, 5, 25, 1.7), ("Kingdomino", "Blue Orange", 2, 4, 15, 1.2),
        ("Lost Ruins of Arnak", "CGE", 1, 4, 90, 2.9), ("Dune: Imperium", "Dire Wolf", 1, 4, 120, 3.0),
        ("Forbidden Island", "Gamewright", 2, 4, 30, 1.7),
        ("Betrayal at House on the Hill", "Avalon Hill", 3, 6, 60, 2.4),
    ]
    games = []
    for gid, (title, pub, lo, hi, mins, weight) in enumerate(game_specs, 1):
        acquired = dt.date(2019, 3, 1) + dt.timedelta(days=rng.randint(0, 2000))
        retired = "true" if gid in (16, 24, 35, 40) else "false"
        games.append((gid, title, pub, lo, hi, mins, weight, rng.choice([1, 1, 2, 2, 3]), retired,
                      acquired.isoformat()))
    conn.executemany("INSERT INTO games VALUES (?,?,?,?,?,?,?,?,?,?)", games)

    used: set[str] = {s[1] for s in staff}
    members = []
    for mid in range(1, 221):
        name = _person(rng, used)
        joined = dt.date(2019, 4, 1) + dt.timedelta(days=rng.randint(0, 2200))
        members.append((mid, name, name.lower().replace(" ", "_") + f"{mid}@example.de", joined.isoformat(),
                        "true" if rng.random() < 0.12 else "false"))
    conn.executemany("INSERT INTO members VALUES (?,?,?,?,?)", members)
    tables = []
    for tid in range(1, 15):
        zone = "window" if tid <= 4 else ("main floor" if tid <= 11 else "back room")
        seats = rng.choice([2, 4, 4, 6]) if zone != "back room" else rng.choice([6, 8, 10])
        tables.append((tid, f"T{tid:02d}", seats, zone))
    conn.executemany("INSERT INTO cafe_tables VALUES (?,?,?,?)", tables)

    hosts = [s for s in staff if s[2] in ("game guru", "manager", "barista")]
    regulars = members[:-4]  # the last four members have never visited
    visits = []
    vg = []
    day = dt.date(2024, 1, 2)
    vid = 0
    while day <= LAST:
        if day.weekday() != 0:  # closed on Mondays
            n = rng.randint(3, 7) + (4 if day.weekday() >= 4 else 0)
            for _ in range(n):
                vid += 1
                table = rng.choice(tables)
                party = rng.randint(2, table[2])
                member = None
                if rng.random() < 0.6:
                    member = rng.choice(regulars)
                    while member[3] > day.isoformat():
                        member = rng.choice(regulars)
                hired_ok = [s for s in hosts if s[4] <= day.isoformat()]
                host = rng.choice(hired_ok)
                cover = party * (500 if day.weekday() >= 4 else 400)
                if member and member[4] == "true":
                    cover = 0
                spend = party * rng.randint(300, 1800)
                arrived = f"{rng.randint(12, 21):02d}:{rng.choice(['00', '15', '30', '45'])}"
                visits.append((vid, member[0] if member else None, table[0], host[0], day.isoformat(), arrived,
                               party, cover, spend))
                fits = [g for g in games if g[8] == "false" and g[3] <= party <= g[4] and g[9] <= day.isoformat()]
                if not fits:
                    fits = [g for g in games if g[8] == "false" and g[3] <= party]
                for g in rng.sample(fits, min(len(fits), rng.choice([1, 1, 2, 2, 3]))):
                    taught = "true" if (g[6] >= 2.5 and rng.random() < 0.5) or rng.random() < 0.15 else "false"
                    vg.append((vid, g[0], taught))
        day += DAY
    conn.executemany("INSERT INTO visits VALUES (?,?,?,?,?,?,?,?,?)", visits)
    conn.executemany("INSERT INTO visit_games VALUES (?,?,?)", vg)

    sales = []
    for sale in range(1, 261):
        g = rng.choice(games[:34])
        sold = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, (LAST - dt.date(2024, 1, 2)).days))
        seller = rng.choice([s for s in staff if s[4] <= sold.isoformat()])
        price = round((1500 + g[6] * 1500) / 100.0) * 100 - 1
        sales.append((sale, g[0], seller[0], sold.isoformat(), rng.choice([1, 1, 1, 2]), price))
    conn.executemany("INSERT INTO game_sales VALUES (?,?,?,?,?,?)", sales)
    conn.commit()
    conn.close()


# ----------------------------------------------------------------------------------------------- filmfest
def build_filmfest(path: Path) -> None:
    rng = random.Random(10306)
    conn = _connect(path, """
    CREATE TABLE Section (SectionId INTEGER PRIMARY KEY, SectionName TEXT NOT NULL,
        ParentSectionId INTEGER REFERENCES Section(SectionId));
    CREATE TABLE Film (FilmId INTEGER PRIMARY KEY, Title TEXT NOT NULL, CountryName TEXT NOT NULL,
        ProductionYear INTEGER NOT NULL, RuntimeMs INTEGER NOT NULL,
        SectionId INTEGER NOT NULL REFERENCES Section(SectionId), EditionYear INTEGER NOT NULL, PremiereStatus TEXT);
    CREATE TABLE Venue (VenueId INTEGER PRIMARY KEY, VenueName TEXT NOT NULL, Seats INTEGER NOT NULL);
    CREATE TABLE Person (PersonId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Nationality TEXT NOT NULL);
    CREATE TABLE screenings (screening_id INTEGER PRIMARY KEY, film_id INTEGER NOT NULL REFERENCES Film(FilmId),
        venue_id INTEGER NOT NULL REFERENCES Venue(VenueId), starts_at TEXT NOT NULL, tickets_sold INTEGER NOT NULL,
        has_qa INTEGER NOT NULL);
    CREATE TABLE film_credits (film_id INTEGER NOT NULL REFERENCES Film(FilmId),
        person_id INTEGER NOT NULL REFERENCES Person(PersonId), credit TEXT NOT NULL,
        PRIMARY KEY (film_id, person_id, credit));
    CREATE TABLE awards (award_id INTEGER PRIMARY KEY, edition_year INTEGER NOT NULL, award_name TEXT NOT NULL,
        section_id INTEGER NOT NULL REFERENCES Section(SectionId), film_id INTEGER NOT NULL REFERENCES Film(FilmId),
        person_id INTEGER REFERENCES Person(PersonId));
    """)
    sections = [
        (1, "Official Selection", None), (2, "Main Competition", 1), (3, "Out of Competition", 1),
        (4, "Short Film Competition", 1), (5, "Discovery", None), (6, "First Features", 5),
        (7, "Documentary Lens", 5), (8, "Midnight Madness", None), (9, "Retrospective", None),
        (10, "Restored Classics", 9),
    ]
    conn.executemany("INSERT INTO Section VALUES (?,?,?)", sections)
    venues = [(1, "Grand Palais Cinema", 1100), (2, "Salle Lumière", 620), (3, "Riverside Screen 1", 280),
              (4, "Riverside Screen 2", 160), (5, "Open-Air Plaza", 1800), (6, "Studio Noir", 90)]
    conn.executemany("INSERT INTO Venue VALUES (?,?,?)", venues)
    nat = ["France", "Italy", "Japan", "South Korea", "Mexico", "Germany", "United Kingdom", "Iran", "Brazil",
           "Denmark", "United States", "Senegal", "India", "Argentina"]
    used: set[str] = set()
    people = [(pid, _person(rng, used), rng.choice(nat)) for pid in range(1, 181)]
    conn.executemany("INSERT INTO Person VALUES (?,?,?)", people)

    w1 = ["The", "A", "Our", "No", "Every", "Last", "Under the", "After the", "Before the", "Beyond the"]
    w2 = ["Quiet", "Salt", "Blue", "Long", "Hollow", "Burning", "Bright", "Cold", "Wandering", "Broken",
          "Sleeping", "Paper", "Glass", "Red", "Distant"]
    w3 = ["River", "Hours", "Mountain", "Daughters", "Season", "Harvest", "Border", "Night", "Garden", "Shore",
          "Machine", "Witness", "Tide", "Silence", "Country"]
    editions = {2023: dt.date(2023, 6, 8), 2024: dt.date(2024, 6, 6), 2025: dt.date(2025, 6, 5)}
    per_section = {2: 8, 3: 4, 4: 10, 6: 6, 7: 5, 8: 4, 10: 3}
    titles: set[str] = set()
    films = []
    credits = []
    screenings = []
    awards = []
    fid = 0
    scr = 0
    aid = 0
    for year, opening in editions.items():
        for section, count in per_section.items():
            in_section = []
            for _ in range(count):
                fid += 1
                while True:
                    t = f"{rng.choice(w1)} {rng.choice(w2)} {rng.choice(w3)}"
                    if t not in titles:
                        titles.add(t)
                        break
                if section == 4:
                    minutes = rng.randint(8, 35)
                elif section == 10:
                    minutes = rng.randint(85, 190)
                else:
                    minutes = rng.randint(78, 165)
                runtime = minutes * 60_000 + rng.randint(0, 59) * 1000
                prod_year = rng.randint(1955, 1985) if section == 10 else rng.choice([year - 1, year, year])
                if section == 10:
                    premiere = None
                elif section in (2, 4, 6):
                    premiere = rng.choice(["world", "world", "international"])
                else:
                    premiere = rng.choice(["world", "international", "national", None])
                films.append((fid, t, rng.choice(nat), prod_year, runtime, section, year, premiere))
                in_section.append(fid)
                crew = rng.sample(people, 4)
                credits.append((fid, crew[0][0], "director"))
                if rng.random() < 0.7:
                    credits.append((fid, crew[0][0], "writer"))
                else:
                    credits.append((fid, crew[1][0], "writer"))
                credits.append((fid, crew[2][0], "producer"))
                if section not in (7,):
                    credits.append((fid, crew[3][0], "lead actor"))
                for _ in range(rng.randint(1, 3) if section != 4 else 1):
                    scr += 1
                    venue = rng.choice(venues[:5] if section in (2, 3) else venues)
                    day = opening + dt.timedelta(days=rng.randint(0, 9))
                    hour = rng.choice(["10:00", "13:30", "16:00", "19:00", "21:30"])
                    if section == 8:
                        hour = "23:59"
                    sold = min(venue[2], int(venue[2] * rng.uniform(0.35, 1.1)))  # capped at the room's seats
                    screenings.append((scr, fid, venue[0], f"{day.isoformat()} {hour}", sold,
                                       1 if rng.random() < 0.35 else 0))
            if section in (2, 4, 6, 7, 8):
                win = rng.choice(in_section)
                aid += 1
                prize = {2: "Golden Lantern", 4: "Best Short Film", 6: "Best First Feature",
                         7: "Best Documentary", 8: "Midnight Audience Award"}[section]
                awards.append((aid, year, prize, section, win, None))
            if section == 2:
                picks = rng.sample(in_section, 3)
                director = next(c[1] for c in credits if c[0] == picks[0] and c[2] == "director")
                actor = next(c[1] for c in credits if c[0] == picks[1] and c[2] == "lead actor")
                aid += 1
                awards.append((aid, year, "Best Director", section, picks[0], director))
                aid += 1
                awards.append((aid, year, "Best Performance", section, picks[1], actor))
                aid += 1
                awards.append((aid, year, "Jury Prize", section, picks[2], None))
    conn.executemany("INSERT INTO Film VALUES (?,?,?,?,?,?,?,?)", films)
    conn.executemany("INSERT INTO film_credits VALUES (?,?,?)", credits)
    conn.executemany("INSERT INTO screenings VALUES (?,?,?,?,?,?)", screenings)
    conn.executemany("INSERT INTO awards VALUES (?,?,?,?,?,?)", awards)
    conn.commit()
    conn.close()


BUILDERS: dict[str, Callable[[Path], None]] = {
    "lanleague": build_lanleague,
    "audioshows": build_audioshows,
    "westendbox": build_westendbox,
    "vodcatalog": build_vodcatalog,
    "meeplehaus": build_meeplehaus,
    "filmfest": build_filmfest,
}
