"""Six synthetic databases of games, apps and online communities for the 124th blind corpus.

All data is made up and deterministic (one ``random.Random`` seed per database).  The data ends on 2025-06-14;
"today" is 2025-06-15.  Three schemas (``tapkingdom``, ``sparkmatch``, ``appmarket``) are document-store exports
flattened into tables: camelCase names, text keys ``_id`` with a prefix ('p_8f3a2c', 'u_9dc97d', 'app_ae505b'),
timestamps as ISO 8601 UTC text with 'T' and 'Z' ('2025-03-04T18:22:10Z') and booleans as the text 'true' or
'false'.  The other three are snake_case with INTEGER keys, 0/1 flags and 'YYYY-MM-DD HH:MM:SS' timestamps (UTC).

tapkingdom -- a free-to-play mobile game (camelCase export), launched 2023-09-01; money in US cents
    players: one row per player account.  _id ('p_...'); displayName: the player's in-game name (unique,
        'GoldenOtter43'); countryCode: ISO country code ('US', 'DE', 'BR', 'GB', 'JP', 'FR', 'IN', 'KR', 'MX',
        'CA'); platform: 'ios' or 'android'; createdAt: when the account was created (the sign-up); referredBy ->
        players._id: the player whose invite link brought this one in (NULL = not referred); level: current player
        level; pushOptIn: 'true' = accepts push notifications; isBanned: 'true' = banned (cheating).
    sessions: one row per play session (an app open to close).  _id ('s_...'); playerId -> players; startedAt;
        durationSec: session length in seconds; appVersion: the game build used ('2.8.0', '2.9.1', '3.0.0',
        '3.0.2', '3.1.0', '3.2.0'); crashed: 'true' = the session ended in a crash.  A player's first session
        starts minutes after sign-up.
    storeItems: the in-app store.  _id ('item_gems_s'); itemName ('Sack of Gems', 'Royal Pass Season 2' ...);
        category: 'gems', 'bundle', 'pass' (season pass or VIP month) or 'cosmetic' (skins, frames); priceCents:
        list price in US cents; isActive: 'true' = still on sale.  One item has never been bought.
    purchases: in-app purchases.  _id ('txn_...'); playerId -> players; itemId -> storeItems; purchasedAt;
        amountCents: what the player paid, in US cents (gems were half price during two sales, else the list
        price); store: 'app_store' or 'google_play'; refunded: 'true' = the money was given back (a refunded
        purchase brings no revenue).
    achievements: _id ('ach_boss1'); title ('Goblin King Defeated'); points: achievement points; isHidden:
        'true' = a secret achievement not shown until unlocked.
    playerAchievements: which player unlocked which achievement, and when (a link table).  _id; playerId ->
        players; achievementId -> achievements; unlockedAt.

threadhub -- a discussion forum (snake_case), opened 2022-03-01
    members: member_id; username (unique, 'byte_sage'); email; joined_at; role: 'member', 'moderator' (a mod) or
        'admin'; status: 'active', 'suspended' or 'banned'; karma: reputation points; last_seen_at (NULL = never
        seen since sign-up).
    boards: the forum's sections.  board_id; board_name ('General Discussion', 'Tech Support', 'Off Topic',
        'Buy & Sell', 'Announcements', 'Gaming', 'Show & Tell', 'Old Announcements'); description; is_archived:
        1 = read-only archive; created_at.
    threads: topics.  thread_id; board_id -> boards; author_id -> members (who started it: the opening message is
        part of the thread); title (not unique: common topics recur); created_at; is_pinned: 1 = pinned at the
        top; is_locked: 1 = locked, no more replies; view_count: times viewed.
    posts: replies in a thread (the thread's opening message is not a post).  post_id; thread_id -> threads;
        author_id -> members; parent_post_id -> posts.post_id: the post this one answers (quote-reply; NULL = a
        plain reply to the thread); body; created_at; edited_at (NULL = never edited); deleted_at: when a
        moderator removed it (NULL = visible).
    post_votes: up and down votes on posts (a link of members and posts).  post_id -> posts; member_id -> members
        (the voter); vote: +1 = upvote, -1 = downvote; voted_at.
    reports: posts flagged by members for the moderators.  report_id; post_id -> posts; reporter_id -> members;
        reason_code: 'SPAM', 'ABUSE' (harassment or abuse), 'OFFTOPIC', 'NSFW' or 'OTHER'; reported_at; status:
        'OPEN' = not yet handled, 'ACTIONED' = a moderator acted on it, 'DISMISSED' = no action needed;
        handled_by -> members (the moderator; NULL while open); handled_at (NULL while open).
    mod_actions: moderation log.  action_id; moderator_id -> members; target_member_id -> members (the member
        acted against: the post's author, or the thread's author for a lock); post_id -> posts (NULL for thread
        locks); action_type: 'delete_post', 'warn' (a warning), 'suspend', 'ban' or 'lock_thread';
        suspension_days (suspensions only); reason; acted_at.

sparkmatch -- a dating app (camelCase export) in UK cities, from 2024-01-08
    profiles: _id ('u_...'); username (unique, 'lena_699'); firstName; birthDate ('YYYY-MM-DD'); gender: 'woman',
        'man' or 'nonbinary'; interestedIn: 'men', 'women' or 'everyone'; city ('London', 'Manchester',
        'Bristol', 'Leeds', 'Glasgow', 'Brighton'); createdAt (sign-up); lastActiveAt: last time the app was used
        (NULL = never used after sign-up); isVerified: 'true' = photo-verified; deletedAt: when the user deleted
        the account (NULL = still there).
    swipes: one profile's decision on another.  _id; swiperId -> profiles (who swiped); targetId -> profiles
        (who was swiped on); action: 'like', 'superlike' (a super like, a stronger like) or 'pass' (swiped left);
        createdAt.
    matches: made when two profiles have liked each other.  _id ('m_...'); userA -> profiles (liked first);
        userB -> profiles (liked back, which made the match); matchedAt; unmatchedAt: when one of them undid the
        match (NULL = still matched); unmatchedBy -> profiles.
    messages: chat messages inside a match (a conversation).  _id; matchId -> matches; senderId -> profiles;
        sentAt; charCount: length in characters; hasMedia: 'true' = a photo or GIF is attached; readAt: when the
        recipient read it (NULL = unread).
    reports: users reporting other users.  _id; reporterId -> profiles; reportedId -> profiles; reason:
        'fake_profile', 'harassment', 'spam', 'inappropriate_photos', 'underage' or 'other'; createdAt; outcome:
        'banned', 'warned', 'no_action', or NULL = still pending review.
    subscriptions: paid memberships, one row per billing term.  _id; profileId -> profiles; tier: 'plus', 'gold'
        or 'platinum'; billingPeriod: 'monthly', '6months' or 'yearly'; startedAt; expiresAt: end of the term;
        autoRenew: 'true' = set to renew (a renewed term is a new row).

fragleague -- a Counter-Strike e-sports league (snake_case): seasons '2024 Spring', '2024 Fall', '2025 Spring'
    teams: team_id; team_name ('Sakura Storm'); tag ('SKS'); region: 'EU', 'NA', 'APAC' or 'SA'; founded_on;
        disbanded_on (NULL = still active).
    players: player_id; nickname: the in-game name (unique, 'zed'); real_name; country: ISO code ('SE' Sweden,
        'DK', 'FR', 'DE', 'PL', 'US', 'CA', 'BR', 'AR', 'KR', 'JP', 'CN', 'FI', 'UA', 'GB'); birth_year (sometimes
        NULL); role: 'igl' (in-game leader), 'awper' (AWP sniper), 'entry' (entry fragger), 'support' or 'lurker'.
    roster_stints: which player was on which team when (players to teams over time, a link table).  stint_id;
        player_id -> players; team_id -> teams; joined_on; left_on (NULL = still on that team).  A team fields
        its five current players.  Some registered players have never been signed.
    maps: map_id; map_name ('Mirage', 'Inferno', 'Nuke', 'Cache' ...); in_active_pool: 1 = in the current map
        pool.
    matches: match_id; season; stage: 'group', 'playoff' or 'final' (each season's final); played_on (date);
        best_of: 1 (group stage) or 3 (playoffs, a series); team1_id -> teams; team2_id -> teams; winner_team_id
        -> teams; status: 'played' or 'forfeit' (won without playing: no maps).
    match_maps: each map played in a match.  match_map_id; match_id -> matches; map_number: 1, 2 or 3 in the
        series; map_id -> maps; team1_rounds / team2_rounds: rounds won by team1 / team2 (first to 13; at 12-12
        the map goes to overtime, so an overtime map has more than 24 rounds); duration_sec: length in seconds.
    player_map_stats: one player's line on one map.  match_map_id -> match_maps; player_id -> players; team_id ->
        teams (the team he played for); kills; deaths; assists; adr: average damage per round.

appmarket -- an app store's catalogue (camelCase export); money in US dollars
    developers: _id ('dev_508f'); name ('Lumen Labs'); countryCode; isVerified: 'true' = verified developer
        account; joinedAt; websiteUrl (sometimes NULL).
    apps: _id ('app_...'); developerId -> developers; title (unique, 'Tower Tumble'); category: 'Games',
        'Productivity', 'Health & Fitness', 'Photo & Video', 'Education', 'Finance' or 'Social'; priceUsd: price
        in US dollars (0 = free); hasInAppPurchases: 'true'/'false'; contentRating: age rating '4+', '9+', '12+'
        or '17+'; releasedAt: first release; isListed: 'false' = pulled from the store.
    appVersions: every submitted build of an app.  _id ('ver_...'); appId -> apps; versionName ('2.3.1');
        submittedAt: sent to app review; reviewStatus: 'approved', 'rejected' or 'in_review'; publishedAt: when
        it went live (NULL unless approved); sizeBytes: download size in bytes (1 MB = 1,000,000 bytes);
        minOsVersion.  The first version of an app is its release; later ones are updates.
    users: store customers.  _id ('usr_...'); handle (unique); countryCode; createdAt.
    installs: downloads.  _id; appId -> apps; userId -> users; installedAt; pricePaidUsd: US dollars paid (0 for
        free apps); uninstalledAt (NULL = still installed).
    reviews: _id; appId -> apps; userId -> users; versionId -> appVersions (the version reviewed; sometimes NULL);
        stars: 1 to 5; headline (sometimes NULL); createdAt; developerReplyAt: when the developer answered (NULL =
        no reply).

vidstream -- a video streaming service (snake_case), subscribers from 2022; money in US dollars
    plans: plan_id; plan_name ('Basic with Ads', 'Standard', 'Premium', 'Mobile Only'); monthly_fee_usd: US
        dollars a month; max_streams: screens at once; has_ads: 1 = with adverts; video_quality ('SD', 'HD',
        'Full HD', '4K').
    subscribers: subscriber_id; full_name; email; country ('US', 'CA', 'GB', 'IE', 'AU', 'NZ'); plan_id ->
        plans (current plan); signed_up_on (date); cancelled_on (date; NULL = still subscribed).
    titles: the catalogue.  title_id; title_name; title_type: 'movie' or 'series'; release_year;
        maturity_rating ('G', 'PG', 'PG-13', 'R' for movies, 'TV-Y7', 'TV-G', 'TV-PG', 'TV-14', 'TV-MA' for
        series); runtime_min: a movie's length in minutes (NULL for series); added_on: date added to the
        catalogue; leaving_on: date it is scheduled to leave (NULL = staying).
    genres: genre_id; genre_name ('Drama', 'Comedy', 'Thriller', 'Documentary', 'Sci-Fi', 'Crime', 'Romance',
        'Animation', 'Horror', 'Action', 'Family', 'Reality').
    title_genres: the genres of each title (many-to-many link).  title_id -> titles; genre_id -> genres.
    episodes: a series' episodes.  episode_id; title_id -> titles; season_no; episode_no; episode_name;
        runtime_sec: length in seconds.
    watch_events: one viewing (a play of a movie or of one episode).  event_id; subscriber_id -> subscribers;
        title_id -> titles; episode_id -> episodes (NULL for movies); started_at; watched_ms: time watched in
        milliseconds; device: 'tv', 'mobile', 'web' or 'tablet'; completed: 1 = watched to the end.
    ratings: thumbs up/down, one per subscriber and title.  subscriber_id -> subscribers; title_id -> titles;
        thumbs: 'up' or 'down'; rated_at.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nl2sql_data.sqlite_build import FIRST_NAMES, LAST_NAMES, full_names, write_tables

LAST_DAY = dt.date(2025, 6, 14)
END = dt.datetime(2025, 6, 14, 23, 59, 59)


def _z(t: dt.datetime) -> str:
    """ISO 8601 UTC with 'T' and 'Z', as a document store exports it."""
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _ts(t: dt.datetime | None) -> str | None:
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def _moment(r: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    """A random second in [start, end]."""
    span = max(0, int((end - start).total_seconds()))
    return start + dt.timedelta(seconds=r.randint(0, span))


def _dt(d: dt.date, r: random.Random, lo: int = 7, hi: int = 23) -> dt.datetime:
    """A random time of day ``d`` between ``lo`` and ``hi`` o'clock."""
    return dt.datetime(d.year, d.month, d.day, r.randint(lo, hi - 1), r.randint(0, 59), r.randint(0, 59))


class _Ids:
    """Short random hex keys with a prefix ('p_8f3a2c'), never repeated."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.used: set[str] = set()

    def __call__(self, prefix: str, n: int = 6) -> str:
        while True:
            k = f"{prefix}_{self.r.getrandbits(4 * n):0{n}x}"
            if k not in self.used:
                self.used.add(k)
                return k


def _tf(b: bool) -> str:
    return "true" if b else "false"


# ---------------------------------------------------------------------------------------------------------------
# tapkingdom
# ---------------------------------------------------------------------------------------------------------------

TAPKINGDOM_DDL = """
CREATE TABLE players (
    _id TEXT PRIMARY KEY,
    displayName TEXT NOT NULL UNIQUE,
    countryCode TEXT NOT NULL,
    platform TEXT NOT NULL,
    createdAt TEXT NOT NULL,
    referredBy TEXT REFERENCES players(_id),
    level INTEGER NOT NULL,
    pushOptIn TEXT NOT NULL,
    isBanned TEXT NOT NULL
);
CREATE TABLE sessions (
    _id TEXT PRIMARY KEY,
    playerId TEXT NOT NULL REFERENCES players(_id),
    startedAt TEXT NOT NULL,
    durationSec INTEGER NOT NULL,
    appVersion TEXT NOT NULL,
    crashed TEXT NOT NULL
);
CREATE TABLE storeItems (
    _id TEXT PRIMARY KEY,
    itemName TEXT NOT NULL,
    category TEXT NOT NULL,
    priceCents INTEGER NOT NULL,
    isActive TEXT NOT NULL
);
CREATE TABLE purchases (
    _id TEXT PRIMARY KEY,
    playerId TEXT NOT NULL REFERENCES players(_id),
    itemId TEXT NOT NULL REFERENCES storeItems(_id),
    purchasedAt TEXT NOT NULL,
    amountCents INTEGER NOT NULL,
    store TEXT NOT NULL,
    refunded TEXT NOT NULL
);
CREATE TABLE achievements (
    _id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    points INTEGER NOT NULL,
    isHidden TEXT NOT NULL
);
CREATE TABLE playerAchievements (
    _id TEXT PRIMARY KEY,
    playerId TEXT NOT NULL REFERENCES players(_id),
    achievementId TEXT NOT NULL REFERENCES achievements(_id),
    unlockedAt TEXT NOT NULL
);
"""

_ADJ = ["Shadow", "Crimson", "Lucky", "Silent", "Frost", "Iron", "Mighty", "Golden", "Swift", "Wild", "Cosmic",
        "Brave", "Sneaky", "Royal", "Tiny", "Rusty", "Neon", "Dusty", "Stormy", "Jolly"]  # fmt: skip
_NOUN = ["Fox", "Knight", "Dragon", "Wizard", "Panda", "Falcon", "Goblin", "Tiger", "Raven", "Golem", "Otter",
         "Viking", "Ninja", "Badger", "Phoenix", "Squire", "Yeti", "Bard", "Mage", "Wolf"]  # fmt: skip
# (version, first day live, crash probability per session)
_GAME_VERSIONS = [
    ("2.8.0", dt.date(2023, 9, 1), 0.020),
    ("2.9.1", dt.date(2024, 2, 6), 0.015),
    ("3.0.0", dt.date(2024, 7, 9), 0.140),
    ("3.0.2", dt.date(2024, 8, 1), 0.025),
    ("3.1.0", dt.date(2024, 12, 3), 0.012),
    ("3.2.0", dt.date(2025, 4, 15), 0.030),
]


def _game_version(d: dt.date) -> tuple[str, float]:
    cur = _GAME_VERSIONS[0]
    for v in _GAME_VERSIONS:
        if v[1] <= d:
            cur = v
    return cur[0], cur[2]


def build_tapkingdom(path: Path) -> None:
    r = random.Random(12401)
    ids = _Ids(r)
    n = 600
    created = sorted(_moment(r, dt.datetime(2023, 9, 1, 8), END - dt.timedelta(hours=2)) for _ in range(n))
    names: list[str] = []
    while len(names) < n:
        nm = f"{r.choice(_ADJ)}{r.choice(_NOUN)}{r.randint(1, 99)}"
        if nm not in names:
            names.append(nm)
    countries = ["US", "DE", "BR", "GB", "JP", "FR", "IN", "KR", "MX", "CA"]
    cweights = [30, 12, 14, 10, 8, 6, 9, 5, 4, 2]
    pids = [ids("p") for _ in range(n)]
    # engagement: casual / regular / whale
    kinds = r.choices(["casual", "regular", "whale"], weights=[62, 32, 6], k=n)
    ref_weight = [1.0] * n
    ref_weight[3], ref_weight[9], ref_weight[40] = 34.0, 12.0, 7.0
    players = []
    last_active: list[dt.datetime] = []
    for i in range(n):
        ref = None
        if i > 12 and r.random() < 0.2:
            j = r.choices(range(i), weights=ref_weight[:i])[0]
            ref = pids[j]
        life = {"casual": 10, "regular": 150, "whale": 320}[kinds[i]]
        end = min(END, created[i] + dt.timedelta(days=r.expovariate(1 / life)))
        last_active.append(end)
        players.append([pids[i], names[i], r.choices(countries, weights=cweights)[0],
                        r.choice(["ios", "android", "android"]), _z(created[i]), ref, 1,
                        _tf(r.random() < 0.55), "false"])  # fmt: skip
    sessions = []
    for i in range(n):
        k = {"casual": r.randint(1, 6), "regular": r.randint(6, 22), "whale": r.randint(30, 75)}[kinds[i]]
        starts = [created[i] + dt.timedelta(seconds=r.randint(5, 300))]
        starts += sorted(_moment(r, created[i] + dt.timedelta(hours=1), last_active[i]) for _ in range(k - 1))
        starts = [s for s in starts if s <= END]
        for s in starts:
            ver, pcrash = _game_version(s.date())
            dur = int(min(7200, max(25, r.lognormvariate(6.3 if kinds[i] != "casual" else 5.6, 0.75))))
            crashed = r.random() < pcrash
            if crashed:
                dur = max(20, dur // 3)
            sessions.append((ids("s", 8), pids[i], _z(s), dur, ver, _tf(crashed)))
        players[i][6] = min(85, 1 + len(starts) + r.randint(0, 6) + (8 if kinds[i] == "whale" else 0))
    # the longest session: one clear winner
    sessions.append((ids("s", 8), pids[77], _z(dt.datetime(2025, 2, 9, 20, 14, 3)), 11423, "3.1.0", "false"))
    items = [
        ("item_gems_s", "Handful of Gems", "gems", 199, "true"),
        ("item_gems_m", "Sack of Gems", "gems", 499, "true"),
        ("item_gems_l", "Chest of Gems", "gems", 999, "true"),
        ("item_gems_xl", "Vault of Gems", "gems", 4999, "true"),
        ("item_starter", "Starter Bundle", "bundle", 299, "true"),
        ("item_builder", "Builder Bundle", "bundle", 1499, "true"),
        ("item_dragon", "Dragon Hoard Bundle", "bundle", 2499, "true"),
        ("item_pass_s1", "Royal Pass Season 1", "pass", 999, "false"),
        ("item_pass_s2", "Royal Pass Season 2", "pass", 999, "true"),
        ("item_vip", "VIP Month", "pass", 799, "true"),
        ("item_skin_knight", "Golden Knight Skin", "cosmetic", 399, "true"),
        ("item_skin_witch", "Moon Witch Skin", "cosmetic", 399, "true"),
        ("item_pumpkin", "Pumpkin King Skin", "cosmetic", 599, "false"),
        ("item_frame", "Neon Avatar Frame", "cosmetic", 149, "true"),
    ]
    iw = {"item_gems_s": 30, "item_gems_m": 22, "item_gems_l": 12, "item_gems_xl": 3, "item_starter": 14,
          "item_builder": 6, "item_dragon": 3, "item_pass_s1": 8, "item_pass_s2": 8, "item_vip": 7,
          "item_skin_knight": 6, "item_skin_witch": 5, "item_pumpkin": 4}  # fmt: skip
    price = {it[0]: it[3] for it in items}
    purchases = []
    for i in range(n):
        p_pay = {"casual": 0.05, "regular": 0.4, "whale": 0.95}[kinds[i]]
        if r.random() > p_pay:
            continue
        k = {"casual": 1, "regular": r.randint(1, 5), "whale": r.randint(6, 24)}[kinds[i]]
        store = "app_store" if players[i][3] == "ios" else "google_play"
        for _ in range(k):
            t = _moment(r, created[i] + dt.timedelta(minutes=30), max(last_active[i], created[i] + dt.timedelta(
                minutes=31)))  # fmt: skip
            if t > END:
                continue
            pool = [it for it in iw if not (it == "item_pass_s1" and t.date() >= dt.date(2024, 9, 1))
                    and not (it == "item_pass_s2" and t.date() < dt.date(2024, 9, 1))
                    and not (it == "item_pumpkin" and not (dt.date(2024, 10, 1) <= t.date() <= dt.date(2024, 11, 5)))
                    and not (it == "item_starter" and t > created[i] + dt.timedelta(days=7))]  # fmt: skip
            it = r.choices(pool, weights=[iw[x] for x in pool])[0]
            amount = price[it]
            sale = dt.date(2024, 11, 29) <= t.date() <= dt.date(2024, 12, 2) or (
                dt.date(2025, 3, 20) <= t.date() <= dt.date(2025, 3, 23))
            if sale and it.startswith("item_gems"):
                amount = price[it] // 2
            purchases.append((ids("txn", 8), pids[i], it, _z(t), amount, store, _tf(r.random() < 0.035)))
    purchases.sort(key=lambda p: p[3])
    # banned players: cheaters caught, mostly regulars
    for i in r.sample(range(n), 11):
        players[i][8] = "true"
    achievements = [
        ("ach_first_win", "First Victory", 10, "false"),
        ("ach_builder", "Master Builder", 25, "false"),
        ("ach_collector", "Gem Collector", 20, "false"),
        ("ach_social", "Guild Member", 15, "false"),
        ("ach_streak7", "Seven Day Streak", 30, "false"),
        ("ach_streak30", "Thirty Day Streak", 80, "false"),
        ("ach_boss1", "Goblin King Defeated", 40, "false"),
        ("ach_boss2", "Ice Queen Defeated", 60, "false"),
        ("ach_boss3", "Dragon Lord Defeated", 100, "false"),
        ("ach_secret_cave", "The Hidden Cave", 50, "true"),
        ("ach_secret_cat", "Pet the Castle Cat", 5, "true"),
        ("ach_pvp10", "Arena Challenger", 20, "false"),
        ("ach_pvp100", "Arena Champion", 75, "false"),
        ("ach_level50", "Half Way There", 45, "false"),
        ("ach_flawless", "Flawless Century", 150, "false"),
        ("ach_secret_dev", "Found the Developers", 90, "true"),
    ]
    # how readily an achievement is unlocked (0 = never yet)
    ease = {"ach_first_win": 0.95, "ach_builder": 0.5, "ach_collector": 0.4, "ach_social": 0.45, "ach_streak7": 0.3,
            "ach_streak30": 0.08, "ach_boss1": 0.55, "ach_boss2": 0.3, "ach_boss3": 0.12, "ach_secret_cave": 0.1,
            "ach_secret_cat": 0.22, "ach_pvp10": 0.35, "ach_pvp100": 0.06, "ach_level50": 0.0, "ach_flawless": 0.0,
            "ach_secret_dev": 0.0}  # fmt: skip
    unlocks = []
    for i in range(n):
        boost = {"casual": 0.25, "regular": 1.0, "whale": 1.6}[kinds[i]]
        for a in achievements:
            ok = players[i][6] >= 50 if a[0] == "ach_level50" else r.random() < min(0.98, ease[a[0]] * boost)
            if ok:
                t = _moment(r, created[i] + dt.timedelta(minutes=3), max(last_active[i], created[i] + dt.timedelta(
                    minutes=4)))  # fmt: skip
                if t <= END:
                    unlocks.append((ids("pa", 8), pids[i], a[0], _z(t)))
    unlocks.sort(key=lambda u: u[3])
    write_tables(path, TAPKINGDOM_DDL, [
        ("players", [tuple(p) for p in players]), ("sessions", sorted(sessions, key=lambda s: s[2])),
        ("storeItems", items), ("purchases", purchases), ("achievements", achievements),
        ("playerAchievements", unlocks),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# threadhub
# ---------------------------------------------------------------------------------------------------------------

THREADHUB_DDL = """
CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    karma INTEGER NOT NULL,
    last_seen_at TEXT
);
CREATE TABLE boards (
    board_id INTEGER PRIMARY KEY,
    board_name TEXT NOT NULL,
    description TEXT,
    is_archived INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE threads (
    thread_id INTEGER PRIMARY KEY,
    board_id INTEGER NOT NULL REFERENCES boards(board_id),
    author_id INTEGER NOT NULL REFERENCES members(member_id),
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    is_pinned INTEGER NOT NULL,
    is_locked INTEGER NOT NULL,
    view_count INTEGER NOT NULL
);
CREATE TABLE posts (
    post_id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES threads(thread_id),
    author_id INTEGER NOT NULL REFERENCES members(member_id),
    parent_post_id INTEGER REFERENCES posts(post_id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_at TEXT,
    deleted_at TEXT
);
CREATE TABLE post_votes (
    post_id INTEGER NOT NULL REFERENCES posts(post_id),
    member_id INTEGER NOT NULL REFERENCES members(member_id),
    vote INTEGER NOT NULL,
    voted_at TEXT NOT NULL,
    PRIMARY KEY (post_id, member_id)
);
CREATE TABLE reports (
    report_id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(post_id),
    reporter_id INTEGER NOT NULL REFERENCES members(member_id),
    reason_code TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    status TEXT NOT NULL,
    handled_by INTEGER REFERENCES members(member_id),
    handled_at TEXT
);
CREATE TABLE mod_actions (
    action_id INTEGER PRIMARY KEY,
    moderator_id INTEGER NOT NULL REFERENCES members(member_id),
    target_member_id INTEGER NOT NULL REFERENCES members(member_id),
    post_id INTEGER REFERENCES posts(post_id),
    action_type TEXT NOT NULL,
    suspension_days INTEGER,
    reason TEXT,
    acted_at TEXT NOT NULL
);
"""

_UN_A = ["quiet", "byte", "pixel", "rusty", "night", "coffee", "retro", "turbo", "lazy", "cosmic", "grumpy", "solar",
         "chrome", "velvet", "static", "mellow", "crypto", "vinyl", "paper", "amber"]  # fmt: skip
_UN_B = ["lurker", "wrangler", "owl", "tinkerer", "hacker", "nomad", "gremlin", "sage", "builder", "pilot",
         "collector", "wizard", "fox", "drifter", "modder", "critic", "ghost", "monk", "rider", "smith"]  # fmt: skip
_THREAD_TOPICS = {
    1: ["Welcome thread: introduce yourself", "What are you working on this week?", "Favourite podcasts?",
        "Forum meetup ideas", "Best advice you ever got", "Which city are you posting from?"],
    2: ["Laptop won't boot after update", "Wi-Fi drops every hour", "Which SSD should I buy?",
        "Printer offline on Windows 11", "Docker container keeps restarting", "Blue screen when gaming",
        "Phone battery draining fast", "NAS setup help"],
    3: ["Post your desk setup", "Unpopular food opinions", "What are you reading?", "Cats vs dogs, round 12",
        "Song stuck in your head", "Weird dreams thread"],
    4: ["WTS: mechanical keyboard", "WTB: used GPU", "Selling old camera lenses", "Trade: board games",
        "FS: monitor 27 inch", "Looking for a cheap tablet"],
    5: ["Forum rules update", "Scheduled maintenance", "New moderators announced", "Dark mode is live"],
    6: ["Best co-op games of the year", "Speedrun strats", "Retro console collecting", "LFG: weekend raid",
        "Game soundtrack appreciation", "Indie gems you missed"],
    7: ["My first woodworking project", "3D printed terrain", "Homemade synth build", "Garden before and after",
        "Photo of the week", "Knitting progress"],
    8: ["Old rules (2022)", "Migration to the new forum software", "Holiday event 2022"],
}


def build_threadhub(path: Path) -> None:
    r = random.Random(12402)
    start = dt.datetime(2022, 3, 1, 9)
    boards = [
        (1, "General Discussion", "Anything that does not fit elsewhere", 0, "2022-03-01 09:00:00"),
        (2, "Tech Support", "Ask for help with hardware and software", 0, "2022-03-01 09:05:00"),
        (3, "Off Topic", "Chat about anything", 0, "2022-03-01 09:10:00"),
        (4, "Buy & Sell", "Marketplace for members", 0, "2022-06-12 18:00:00"),
        (5, "Announcements", "News from the staff", 0, "2022-03-01 09:00:00"),
        (6, "Gaming", "Video and tabletop games", 0, "2022-09-30 20:00:00"),
        (7, "Show & Tell", "Share what you made", 0, "2023-04-02 10:00:00"),
        (8, "Old Announcements", None, 1, "2022-03-01 09:00:00"),
    ]
    n = 320
    names: list[str] = []
    while len(names) < n:
        nm = f"{r.choice(_UN_A)}_{r.choice(_UN_B)}" + (str(r.randint(2, 99)) if r.random() < 0.4 else "")
        if nm not in names:
            names.append(nm)
    joined = sorted(_moment(r, start, END - dt.timedelta(days=2)) for _ in range(n))
    joined[0] = start
    members = []
    for i in range(n):
        role = "member"
        if i in (0, 1):
            role = "admin"
        elif i in (2, 5, 11, 23, 48, 90):
            role = "moderator"
        seen = _moment(r, joined[i], END)
        if r.random() < 0.04:
            seen = None  # never logged in after signing up (imported accounts)
        mail = f"{names[i].replace('_', '.')}@{r.choice(['mail.com', 'inbox.org', 'posteo.net', 'gmx.de'])}"
        members.append([i + 1, names[i], mail,
                        _ts(joined[i]), role, "active", 0, _ts(seen)])  # fmt: skip
    activity = [r.choice([0, 0, 1, 1, 1, 2, 3, 5, 8, 15]) for _ in range(n)]
    activity[6], activity[14], activity[31] = 60, 45, 38
    for i in (2, 5, 11, 23, 48, 90, 0, 1):
        activity[i] = max(activity[i], 8)
    threads = []
    posts = []
    board_w = {1: 18, 2: 30, 3: 16, 4: 9, 5: 2, 6: 15, 7: 8, 8: 2}
    thread_starts = sorted(_moment(r, start + dt.timedelta(days=3), END - dt.timedelta(hours=3)) for _ in range(720))
    for tid, t0 in enumerate(thread_starts, start=1):
        if t0 < dt.datetime(2023, 1, 1):
            bid = r.choices([1, 2, 3, 4, 6, 8], weights=[18, 30, 16, 9, 15, 3])[0]
        else:
            bid = r.choices([1, 2, 3, 4, 5, 6, 7], weights=[board_w[b] for b in range(1, 8)])[0]
        if bid == 4 and t0 < dt.datetime(2022, 6, 13):
            bid = 1
        if bid == 6 and t0 < dt.datetime(2022, 10, 1):
            bid = 3
        if bid == 7 and t0 < dt.datetime(2023, 4, 3):
            bid = 3
        eligible = [m for m in members if m[3] <= _ts(t0)]
        if bid in (5, 8):
            author = r.choice([1, 2])
        else:
            author = r.choices([m[0] for m in eligible], weights=[activity[m[0] - 1] + 1 for m in eligible])[0]
        title = r.choice(_THREAD_TOPICS[bid])
        threads.append([tid, bid, author, title, _ts(t0), 0, 0, 0])
        n_posts = r.choice([0, 0, 1, 2, 3, 3, 4, 5, 6, 8, 10, 14, 20]) if bid not in (5, 8) else r.randint(0, 4)
        tposts: list[tuple[int, dt.datetime, int]] = []
        t = t0
        for _ in range(n_posts):
            t = t + dt.timedelta(minutes=int(r.expovariate(1 / 400)) + 2)
            if t > END:
                break
            now = _ts(t)
            el = [m for m in eligible if m[3] <= now]
            a = r.choices([m[0] for m in el], weights=[activity[m[0] - 1] + 1 for m in el])[0]
            parent = None
            if tposts and r.random() < 0.35:
                parent = r.choice(tposts)[0]
            pid = len(posts) + 1
            edited = _ts(t + dt.timedelta(minutes=r.randint(2, 2000))) if r.random() < 0.11 else None
            if edited is not None and edited > _ts(END):
                edited = None
            posts.append([pid, tid, a, parent, f"Reply {pid} in thread {tid}", _ts(t), edited, None])
            tposts.append((pid, t, a))
        threads[-1][7] = r.randint(5, 60) + len(tposts) * r.randint(15, 60)
        if r.random() < 0.04 or (bid == 5 and r.random() < 0.4):
            threads[-1][5] = 1
        if bid == 8 or r.random() < 0.06:
            threads[-1][6] = 1
    # votes
    votes = []
    for p in posts:
        k = r.choice([0, 0, 0, 1, 1, 2, 3, 4, 6, 9])
        voters = r.sample(range(1, n + 1), k)
        for v in voters:
            if members[v - 1][3] > p[5]:
                continue
            posted = dt.datetime.fromisoformat(p[5])
            vt = _moment(r, posted, min(END, posted + dt.timedelta(days=20)))
            vote = 1 if r.random() < (0.82 if activity[p[2] - 1] < 30 else 0.9) else -1
            votes.append((p[0], v, vote, _ts(vt)))
    # moderation: reports on posts, some handled
    mods = [3, 6, 12, 24, 49, 91]
    mod_w = [5, 9, 3, 6, 2, 4]
    reasons = ["SPAM", "ABUSE", "OFFTOPIC", "NSFW", "OTHER"]
    reports = []
    actions = []
    bad_authors = r.sample(range(40, n + 1), 14)
    for _ in range(260):
        cand = [p for p in posts if p[2] in bad_authors] if r.random() < 0.5 else posts
        p = r.choice(cand)
        pt = dt.datetime.fromisoformat(p[5])
        rt = pt + dt.timedelta(minutes=r.randint(5, 3000))
        if rt > END:
            continue
        reporter = r.randint(1, n)
        if reporter == p[2] or members[reporter - 1][3] > _ts(rt):
            continue
        reason = r.choices(reasons, weights=[35, 25, 20, 8, 12])[0]
        status, by, ht = "OPEN", None, None
        if rt < END - dt.timedelta(days=9) and r.random() > 0.05:
            status = r.choices(["ACTIONED", "DISMISSED"], weights=[55, 45])[0]
            by = r.choices(mods, weights=mod_w)[0]
            ht = rt + dt.timedelta(minutes=int(r.expovariate(1 / (60 * 14))) + 10)
            if ht > END:
                status, by, ht = "OPEN", None, None
        reports.append([0, p[0], reporter, reason, rt, status, by, ht])
    reports.sort(key=lambda x: x[4])
    for i, rep in enumerate(reports, start=1):
        rep[0] = i
        if rep[5] == "ACTIONED":
            post = posts[rep[1] - 1]
            kind = r.choices(["delete_post", "warn", "suspend", "ban"], weights=[50, 30, 15, 3])[0]
            if kind == "delete_post" and post[7] is None:
                post[7] = _ts(rep[7])
            days = r.choice([1, 3, 7, 14, 30]) if kind == "suspend" else None
            actions.append([0, rep[6], post[2], post[0], kind, days, f"report #{i}: {rep[3].lower()}", rep[7]])
    # thread locks and warnings without a report
    for th in threads:
        if th[6] == 1 and th[1] != 8:
            lt = dt.datetime.fromisoformat(th[4]) + dt.timedelta(days=r.randint(1, 40))
            if lt <= END:
                actions.append([0, r.choices(mods, weights=mod_w)[0], th[2], None, "lock_thread", None,
                                "thread locked", lt])  # fmt: skip
    actions.sort(key=lambda a: a[7])
    for i, a in enumerate(actions, start=1):
        a[0] = i
        a[7] = _ts(a[7])
        tgt = members[a[2] - 1]
        if a[4] == "ban":
            tgt[5] = "banned"
        elif a[4] == "suspend" and tgt[5] != "banned":
            until = dt.datetime.fromisoformat(a[7]) + dt.timedelta(days=a[5])
            if until > END:
                tgt[5] = "suspended"
    for rep in reports:
        rep[4], rep[7] = _ts(rep[4]), _ts(rep[7])
    score = [0] * (n + 1)
    for v in votes:
        score[posts[v[0] - 1][2]] += v[2]
    for m in members:
        m[6] = score[m[0]] + 2 * sum(1 for t in threads if t[2] == m[0])
    write_tables(path, THREADHUB_DDL, [
        ("members", [tuple(m) for m in members]), ("boards", boards), ("threads", [tuple(t) for t in threads]),
        ("posts", [tuple(p) for p in posts]), ("post_votes", votes), ("reports", [tuple(x) for x in reports]),
        ("mod_actions", [tuple(a) for a in actions]),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# sparkmatch
# ---------------------------------------------------------------------------------------------------------------

SPARKMATCH_DDL = """
CREATE TABLE profiles (
    _id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    firstName TEXT NOT NULL,
    birthDate TEXT NOT NULL,
    gender TEXT NOT NULL,
    interestedIn TEXT NOT NULL,
    city TEXT NOT NULL,
    createdAt TEXT NOT NULL,
    lastActiveAt TEXT,
    isVerified TEXT NOT NULL,
    deletedAt TEXT
);
CREATE TABLE swipes (
    _id TEXT PRIMARY KEY,
    swiperId TEXT NOT NULL REFERENCES profiles(_id),
    targetId TEXT NOT NULL REFERENCES profiles(_id),
    action TEXT NOT NULL,
    createdAt TEXT NOT NULL
);
CREATE TABLE matches (
    _id TEXT PRIMARY KEY,
    userA TEXT NOT NULL REFERENCES profiles(_id),
    userB TEXT NOT NULL REFERENCES profiles(_id),
    matchedAt TEXT NOT NULL,
    unmatchedAt TEXT,
    unmatchedBy TEXT REFERENCES profiles(_id)
);
CREATE TABLE messages (
    _id TEXT PRIMARY KEY,
    matchId TEXT NOT NULL REFERENCES matches(_id),
    senderId TEXT NOT NULL REFERENCES profiles(_id),
    sentAt TEXT NOT NULL,
    charCount INTEGER NOT NULL,
    hasMedia TEXT NOT NULL,
    readAt TEXT
);
CREATE TABLE reports (
    _id TEXT PRIMARY KEY,
    reporterId TEXT NOT NULL REFERENCES profiles(_id),
    reportedId TEXT NOT NULL REFERENCES profiles(_id),
    reason TEXT NOT NULL,
    createdAt TEXT NOT NULL,
    outcome TEXT
);
CREATE TABLE subscriptions (
    _id TEXT PRIMARY KEY,
    profileId TEXT NOT NULL REFERENCES profiles(_id),
    tier TEXT NOT NULL,
    billingPeriod TEXT NOT NULL,
    startedAt TEXT NOT NULL,
    expiresAt TEXT NOT NULL,
    autoRenew TEXT NOT NULL
);
"""

_WOMEN = ["Alice", "Bianca", "Chloe", "Dana", "Elif", "Greta", "Hana", "Ingrid", "Julia", "Keiko", "Lena", "Maya",
          "Nadia", "Olivia", "Priya", "Rosa", "Tessa", "Vera", "Yara", "Amara", "Emma", "Farah", "Isla", "Zoe"]
_MEN = ["Aaron", "Bruno", "Carlos", "Diego", "Felix", "Gavin", "Hugo", "Isaac", "Jonas", "Kofi", "Liam", "Marco",
        "Nils", "Oscar", "Pablo", "Samir", "Umar", "Wesley", "Zane", "Tom", "Ravi", "Leo", "Sam", "Owen"]
_NB = ["Alex", "Robin", "Kai", "Quinn", "Sasha", "River", "Jude", "Noor"]


def build_sparkmatch(path: Path) -> None:
    r = random.Random(12403)
    ids = _Ids(r)
    cities = ["London", "Manchester", "Bristol", "Leeds", "Glasgow", "Brighton"]
    city_w = [34, 18, 14, 13, 12, 9]
    n = 520
    created = sorted(_moment(r, dt.datetime(2024, 1, 8), END - dt.timedelta(days=1)) for _ in range(n))
    profiles = []
    appeal = []
    usernames: set[str] = set()
    for i in range(n):
        g = r.choices(["woman", "man", "nonbinary"], weights=[46, 48, 6])[0]
        first = r.choice(_WOMEN if g == "woman" else _MEN if g == "man" else _NB)
        if g == "woman":
            interest = r.choices(["men", "women", "everyone"], weights=[80, 8, 12])[0]
        elif g == "man":
            interest = r.choices(["women", "men", "everyone"], weights=[85, 8, 7])[0]
        else:
            interest = "everyone"
        while True:
            un = f"{first.lower()}{r.choice(['', '_', '.'])}{r.randint(1, 999)}"
            if un not in usernames:
                usernames.add(un)
                break
        birth = dt.date(r.randint(1976, 2006), r.randint(1, 12), r.randint(1, 28))
        last = _moment(r, created[i], END)
        if r.random() < 0.5:
            last = _moment(r, max(created[i], END - dt.timedelta(days=20)), END)
        deleted = None
        if r.random() < 0.07:
            deleted = _moment(r, created[i] + dt.timedelta(days=1), END + dt.timedelta(hours=1))
            if deleted > END:
                deleted = None
            else:
                last = deleted - dt.timedelta(minutes=r.randint(1, 600))
        profiles.append([ids("u", 6), un, first, birth.isoformat(), g, interest, r.choices(cities, weights=city_w)[0],
                         _z(created[i]), _z(last), _tf(r.random() < 0.42), _z(deleted) if deleted else None])
        appeal.append(r.uniform(0.1, 1.0))
    profiles[n - 12][8] = None  # signed up recently and never came back (no activity recorded)
    appeal[17] = 1.6  # a very popular profile

    def likes(a: list, b: list) -> bool:
        want = {"men": ("man",), "women": ("woman",), "everyone": ("man", "woman", "nonbinary")}[a[5]]
        return b[4] in want

    def alive_until(p: list) -> dt.datetime:
        end = dt.datetime.fromisoformat(p[8].replace("Z", "")) if p[8] else dt.datetime.fromisoformat(
            p[7].replace("Z", "")) + dt.timedelta(minutes=5)  # fmt: skip
        return end

    swipes: dict[tuple[int, int], tuple[str, dt.datetime]] = {}
    for i, p in enumerate(profiles):
        if p[8] is None:
            continue
        t0 = dt.datetime.fromisoformat(p[7].replace("Z", ""))
        t1 = alive_until(p)
        k = int(r.choice([3, 5, 8, 12, 20, 30, 45]) * (0.4 if i % 7 == 0 else 1))
        pool = [j for j, q in enumerate(profiles) if j != i and likes(p, q) and (q[6] == p[6] or r.random() < 0.04)
                and q[7] <= p[8]]  # fmt: skip
        for j in r.sample(pool, min(k, len(pool))):
            q = profiles[j]
            lo = max(t0, dt.datetime.fromisoformat(q[7].replace("Z", "")))
            hi = min(t1, alive_until(q)) if q[8] else t1
            if lo > hi:
                continue
            t = _moment(r, lo, hi)
            p_like = min(0.95, 0.25 + 0.45 * appeal[j])
            u = r.random()
            act = "superlike" if u < 0.05 else "like" if u < p_like else "pass"
            swipes[(i, j)] = (act, t)
    # a match is made when the second of two mutual likes happens
    matches = []
    for (i, j), (act, t) in sorted(swipes.items(), key=lambda kv: kv[1][1]):
        back = swipes.get((j, i))
        if act == "pass" or back is None or back[0] == "pass" or back[1] > t:
            continue
        matches.append([ids("m", 6), j, i, t])  # userA liked first, userB's like made the match
    match_rows = []
    messages = []
    for m in matches:
        _, a, b, t = m
        pa, pb = profiles[a], profiles[b]
        end = min(alive_until(pa), alive_until(pb), END)
        unmatched = None
        by = None
        if r.random() < 0.16:
            gap = dt.timedelta(hours=r.choice([2, 5, 10, 20, 30, 60, 200, 800]) * r.uniform(0.5, 1.5))
            if t + gap <= end:
                unmatched = t + gap
                by = r.choice([a, b])
        last = unmatched or end
        k = r.choice([0, 0, 0, 1, 2, 3, 4, 6, 9, 14, 22])
        mt = t
        sender = r.choice([a, b])
        for _ in range(k):
            mt = mt + dt.timedelta(minutes=int(r.expovariate(1 / 240)) + 1)
            if mt > last:
                break
            if r.random() < 0.6:
                sender = b if sender == a else a
            read = mt + dt.timedelta(minutes=int(r.expovariate(1 / 90)) + 1)
            if read > END or r.random() < 0.08:
                read = None
            messages.append((ids("msg", 8), m[0], profiles[sender][0], _z(mt), r.randint(2, 180) if r.random() < 0.93
                             else r.randint(181, 600), _tf(r.random() < 0.07), _z(read) if read else None))
        match_rows.append((m[0], pa[0], pb[0], _z(t), _z(unmatched) if unmatched else None,
                           profiles[by][0] if by is not None else None))  # fmt: skip
    swipe_rows = [(ids("sw", 8), profiles[i][0], profiles[j][0], act, _z(t))
                  for (i, j), (act, t) in sorted(swipes.items(), key=lambda kv: kv[1][1])]  # fmt: skip
    reasons = ["fake_profile", "harassment", "spam", "inappropriate_photos", "underage", "other"]
    reports = []
    bad = r.sample(range(n), 12)
    for _ in range(95):
        a = r.randrange(n)
        b = r.choice(bad) if r.random() < 0.55 else r.randrange(n)
        if a == b or profiles[a][8] is None:
            continue
        lo = max(dt.datetime.fromisoformat(profiles[a][7][:-1]), dt.datetime.fromisoformat(profiles[b][7][:-1]))
        hi = min(alive_until(profiles[a]), END)
        if lo >= hi:
            continue
        t = _moment(r, lo, hi)
        outcome = r.choices(["banned", "warned", "no_action"], weights=[30, 35, 35])[0]
        if t > END - dt.timedelta(days=6) or r.random() < 0.1:
            outcome = None
        reports.append((ids("rep", 6), profiles[a][0], profiles[b][0],
                        r.choices(reasons, weights=[30, 22, 20, 12, 3, 13])[0], _z(t), outcome))  # fmt: skip
    reports.sort(key=lambda x: x[4])
    subs = []
    length = {"monthly": 30, "6months": 182, "yearly": 365}
    for p in profiles:
        if p[8] is None or r.random() > 0.26:
            continue
        tier = r.choices(["plus", "gold", "platinum"], weights=[50, 38, 12])[0]
        t = dt.datetime.fromisoformat(p[7][:-1]) + dt.timedelta(days=r.randint(0, 60))
        while t <= min(END, alive_until(p)):
            period = r.choices(list(length), weights=[70, 15, 15])[0]
            exp = t + dt.timedelta(days=length[period])
            if exp.date() == dt.date(2025, 6, 15):
                exp += dt.timedelta(days=1)  # (none runs out on "today": a running one is plain)
            renew = r.random() < 0.6
            subs.append((ids("sub", 6), p[0], tier, period, _z(t), _z(exp), _tf(renew)))
            if not renew:
                break
            t = exp
            if r.random() < 0.15:
                tier = r.choice(["plus", "gold", "platinum"])
    subs.sort(key=lambda s: s[4])
    write_tables(path, SPARKMATCH_DDL, [
        ("profiles", [tuple(p) for p in profiles]), ("swipes", swipe_rows), ("matches", match_rows),
        ("messages", sorted(messages, key=lambda m: m[3])), ("reports", reports), ("subscriptions", subs),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# fragleague
# ---------------------------------------------------------------------------------------------------------------

FRAGLEAGUE_DDL = """
CREATE TABLE teams (
    team_id INTEGER PRIMARY KEY,
    team_name TEXT NOT NULL,
    tag TEXT NOT NULL,
    region TEXT NOT NULL,
    founded_on TEXT NOT NULL,
    disbanded_on TEXT
);
CREATE TABLE players (
    player_id INTEGER PRIMARY KEY,
    nickname TEXT NOT NULL UNIQUE,
    real_name TEXT NOT NULL,
    country TEXT NOT NULL,
    birth_year INTEGER,
    role TEXT NOT NULL
);
CREATE TABLE roster_stints (
    stint_id INTEGER PRIMARY KEY,
    player_id INTEGER NOT NULL REFERENCES players(player_id),
    team_id INTEGER NOT NULL REFERENCES teams(team_id),
    joined_on TEXT NOT NULL,
    left_on TEXT
);
CREATE TABLE maps (
    map_id INTEGER PRIMARY KEY,
    map_name TEXT NOT NULL,
    in_active_pool INTEGER NOT NULL
);
CREATE TABLE matches (
    match_id INTEGER PRIMARY KEY,
    season TEXT NOT NULL,
    stage TEXT NOT NULL,
    played_on TEXT NOT NULL,
    best_of INTEGER NOT NULL,
    team1_id INTEGER NOT NULL REFERENCES teams(team_id),
    team2_id INTEGER NOT NULL REFERENCES teams(team_id),
    winner_team_id INTEGER REFERENCES teams(team_id),
    status TEXT NOT NULL
);
CREATE TABLE match_maps (
    match_map_id INTEGER PRIMARY KEY,
    match_id INTEGER NOT NULL REFERENCES matches(match_id),
    map_number INTEGER NOT NULL,
    map_id INTEGER NOT NULL REFERENCES maps(map_id),
    team1_rounds INTEGER NOT NULL,
    team2_rounds INTEGER NOT NULL,
    duration_sec INTEGER NOT NULL
);
CREATE TABLE player_map_stats (
    match_map_id INTEGER NOT NULL REFERENCES match_maps(match_map_id),
    player_id INTEGER NOT NULL REFERENCES players(player_id),
    team_id INTEGER NOT NULL REFERENCES teams(team_id),
    kills INTEGER NOT NULL,
    deaths INTEGER NOT NULL,
    assists INTEGER NOT NULL,
    adr REAL NOT NULL,
    PRIMARY KEY (match_map_id, player_id)
);
"""

_NICKS = [
    "zyphr", "m0nk", "kairo", "blitzz", "noctis", "vexa", "tr1x", "hollow", "rekt0r", "sparky", "dune", "kestrel",
    "n1ghtjar", "flick", "oxide", "pyro", "quasar", "rune", "saber", "t0xin", "umbra", "valk", "wisp", "xeno",
    "yoru", "zen", "ace", "bolt", "crux", "drift", "ember", "fang", "glitch", "havoc", "ion", "jolt", "karma",
    "lynx", "mako", "nova", "orbit", "pulse", "quill", "rift", "shade", "talon", "ursa", "vortex", "warden",
    "xylo", "yeti", "zed", "arc", "brisk", "cinder", "dash", "echo", "frost", "grim", "helix", "icarus", "jinx",
    "kodiak", "lumen", "mirage", "nyx", "onyx", "prism", "quake", "raven", "sol", "tempo", "unit", "viper",
    "wraith", "xray", "yoshi", "zorro", "atlas", "brute", "chaos", "delta", "enzo", "fury", "ghost", "hydra",
]  # fmt: skip


def build_fragleague(path: Path) -> None:
    r = random.Random(12404)
    teams = [
        (1, "Nova Vortex", "NVX", "EU", "2019-05-14", None),
        (2, "Iron Wolves", "IRW", "EU", "2018-02-01", None),
        (3, "Crimson Tide Gaming", "CTG", "NA", "2020-01-20", None),
        (4, "Polar Union", "PLU", "EU", "2017-09-09", None),
        (5, "Sakura Storm", "SKS", "APAC", "2021-03-03", None),
        (6, "Rio Thunder", "RIO", "SA", "2019-11-11", None),
        (7, "Maple Syndicate", "MPL", "NA", "2020-07-15", None),
        (8, "Obsidian Five", "OB5", "EU", "2016-04-30", None),
        (9, "Dragon Gate", "DGT", "APAC", "2018-08-08", None),
        (10, "Andes Fury", "ADF", "SA", "2021-06-01", None),
        (11, "Velvet Reapers", "VRP", "NA", "2019-02-10", "2024-07-31"),
        (12, "Bastion Esports", "BST", "EU", "2018-10-05", "2024-12-20"),
        (13, "Kraken Collective", "KRK", "EU", "2024-07-20", None),
        (14, "Solar Flare", "SLF", "NA", "2024-12-10", None),
        (15, "Neon Ronin", "NRN", "APAC", "2025-05-20", None),
    ]
    names = full_names(r, len(_NICKS))
    countries = ["SE", "DK", "FR", "DE", "PL", "US", "CA", "BR", "AR", "KR", "JP", "CN", "FI", "UA", "GB"]
    roles = ["igl", "awper", "entry", "support", "lurker"]
    players = []
    for i, nick in enumerate(_NICKS, start=1):
        players.append((i, nick, names[i - 1], r.choice(countries), r.randint(1995, 2007) if r.random() < 0.94
                        else None, roles[(i - 1) % 5]))  # fmt: skip
    skill = {p[0]: r.gauss(1.0, 0.12) for p in players}
    skill[27] = 1.45  # 'bolt', the league's star
    stints: list[list] = []
    roster: dict[int, list[int]] = {}
    nxt = 1
    for tid in range(1, 13):
        roster[tid] = []
        for _ in range(5):
            d = dt.date(r.randint(2021, 2023), r.randint(1, 12), r.randint(1, 28))
            d = max(d, dt.date.fromisoformat(teams[tid - 1][4]))
            stints.append([len(stints) + 1, nxt, tid, d.isoformat(), None])
            roster[tid].append(nxt)
            nxt += 1
    free = list(range(nxt, len(players) + 1))  # 61..86 not yet signed
    never = set(free[-5:])  # five free agents who never got a roster spot
    free = [p for p in free if p not in never]
    released: list[int] = []

    def leave(tid: int, pid: int, d: dt.date) -> None:
        for s in stints:
            if s[1] == pid and s[2] == tid and s[4] is None:
                s[4] = d.isoformat()
        roster[tid].remove(pid)

    def join(tid: int, pid: int, d: dt.date) -> None:
        stints.append([len(stints) + 1, pid, tid, d.isoformat(), None])
        roster.setdefault(tid, []).append(pid)

    def swap(tid: int, d: dt.date) -> None:
        out = r.choice(roster[tid])
        leave(tid, out, d)
        pool = released if released and (r.random() < 0.6 or not free) else free
        new = pool.pop(r.randrange(len(pool)))
        join(tid, new, d + dt.timedelta(days=r.randint(0, 6)))
        released.append(out)

    seasons = [
        ("2024 Spring", dt.date(2024, 2, 5), dt.date(2024, 4, 14)),
        ("2024 Fall", dt.date(2024, 9, 2), dt.date(2024, 11, 10)),
        ("2025 Spring", dt.date(2025, 3, 3), dt.date(2025, 5, 11)),
    ]
    maps = [(1, "Ancient", 1), (2, "Anubis", 1), (3, "Dust2", 1), (4, "Inferno", 1), (5, "Mirage", 1),
            (6, "Nuke", 1), (7, "Train", 1), (8, "Overpass", 0), (9, "Vertigo", 0), (10, "Cache", 0)]
    pool_by_season = {"2024 Spring": [1, 2, 4, 5, 6, 8, 9], "2024 Fall": [1, 2, 3, 4, 5, 6, 9],
                      "2025 Spring": [1, 2, 3, 4, 5, 6, 7]}  # fmt: skip
    map_w = {1: 10, 2: 13, 3: 12, 4: 15, 5: 20, 6: 11, 7: 9, 8: 8, 9: 6}
    matches = []
    mmaps = []
    stats = []
    # roster moves before each season and in the off-seasons
    moves = {
        "2024 Spring": [(3, dt.date(2024, 1, 10)), (8, dt.date(2024, 1, 22))],
        "2024 Fall": [(1, dt.date(2024, 5, 20)), (6, dt.date(2024, 6, 3)), (9, dt.date(2024, 6, 17)),
                      (4, dt.date(2024, 8, 5)), (2, dt.date(2024, 8, 19))],
        "2025 Spring": [(5, dt.date(2025, 1, 8)), (7, dt.date(2025, 1, 13)), (13, dt.date(2025, 1, 20)),
                        (10, dt.date(2025, 2, 3)), (1, dt.date(2025, 2, 10)), (3, dt.date(2025, 2, 17))],
    }  # fmt: skip
    for season, s_start, s_end in seasons:
        if season == "2024 Fall":
            d = dt.date(2024, 7, 31)
            for pid in list(roster[11]):
                leave(11, pid, d)
                released.append(pid)
            for k in range(5):
                src = released if k < 3 else free
                join(13, src.pop(0 if k < 3 else r.randrange(len(src))), dt.date(2024, 8, 1) + dt.timedelta(days=k))
        if season == "2025 Spring":
            d = dt.date(2024, 12, 20)
            for pid in list(roster[12]):
                leave(12, pid, d)
                released.append(pid)
            for k in range(5):
                src = released if k < 2 else free
                join(14, src.pop(r.randrange(len(src))), dt.date(2025, 1, 6) + dt.timedelta(days=k))
        for tid, d in moves[season]:
            swap(tid, d)
        active = [t for t in range(1, 15) if t in roster and len(roster[t]) == 5]
        assert len(active) == 12, (season, active)
        strength = {t: sum(skill[p] for p in roster[t]) / 5 + r.gauss(0, 0.05) for t in active}
        r.shuffle(active)
        groups = [active[:6], active[6:]]
        days = [s_start + dt.timedelta(days=k) for k in range((s_end - s_start).days - 13)
                if (s_start + dt.timedelta(days=k)).weekday() in (4, 5, 6)]  # fmt: skip
        fixtures = []
        for g in groups:
            for a in range(6):
                for b in range(a + 1, 6):
                    fixtures.append((g[a], g[b]))
        r.shuffle(fixtures)
        wins: dict[int, int] = {t: 0 for t in active}
        rd: dict[int, int] = {t: 0 for t in active}

        def play(t1: int, t2: int, bo: int, stage: str, day: dt.date, season: str = season,
                 strength: dict[int, float] = strength) -> int:
            mid = len(matches) + 1
            if stage == "group" and r.random() < 0.02 and not any(m[8] == "forfeit" for m in matches):
                matches.append([mid, season, stage, day.isoformat(), bo, t1, t2, t1, "forfeit"])
                return t1
            need = bo // 2 + 1
            w1 = w2 = 0
            used: list[int] = []
            while w1 < need and w2 < need:
                cand = [m for m in pool_by_season[season] if m not in used]
                mp = r.choices(cand, weights=[map_w[m] for m in cand])[0]
                used.append(mp)
                p1 = strength[t1] / (strength[t1] + strength[t2])
                p1 = min(0.9, max(0.1, 0.5 + (p1 - 0.5) * 3))
                t1_wins = r.random() < p1
                ot = r.random() < 0.13
                if ot:
                    extra = r.choice([0, 0, 0, 1, 1, 2])
                    win_r = 16 + 3 * extra
                    lose_r = win_r - r.choice([2, 3, 4]) if r.random() < 0.7 else win_r - 2
                    lose_r = max(lose_r, 12 + 3 * extra)
                else:
                    win_r, lose_r = 13, r.choice([2, 3, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11])
                a_r, b_r = (win_r, lose_r) if t1_wins else (lose_r, win_r)
                if t1_wins:
                    w1 += 1
                else:
                    w2 += 1
                mmid = len(mmaps) + 1
                total = a_r + b_r
                mmaps.append((mmid, mid, len(used), mp, a_r, b_r, int(total * r.uniform(100, 125))))
                for team, own, opp in ((t1, a_r, b_r), (t2, b_r, a_r)):
                    for pid in roster[team]:
                        sk = skill[pid] * (1.05 if own > opp else 0.95)
                        kills = max(0, round(total * 0.72 * sk * r.uniform(0.7, 1.3)))
                        deaths = max(1, round(total * 0.7 / sk * r.uniform(0.75, 1.25)))
                        assists = int(total * r.uniform(0.08, 0.3))
                        adr = round(min(160.0, max(35.0, 78 * sk * r.uniform(0.8, 1.2))), 1)
                        stats.append((mmid, pid, team, kills, deaths, assists, adr))
            winner = t1 if w1 > w2 else t2
            matches.append([mid, season, stage, day.isoformat(), bo, t1, t2, winner, "played"])
            return winner

        for k, (a, b) in enumerate(fixtures):
            day = days[k * len(days) // len(fixtures)]
            w = play(a, b, 1, "group", day)
            wins[w] += 1
        for g in groups:
            for t in g:
                rd[t] = wins[t] * 100 + int(strength[t] * 10)
        top = [sorted(g, key=lambda t: -rd[t])[:4] for g in groups]
        po = s_end - dt.timedelta(days=12)
        qf = [(top[0][0], top[1][3]), (top[1][1], top[0][2]), (top[1][0], top[0][3]), (top[0][1], top[1][2])]
        qw = [play(a, b, 3, "playoff", po + dt.timedelta(days=k // 2)) for k, (a, b) in enumerate(qf)]
        sw = [play(qw[0], qw[1], 3, "playoff", po + dt.timedelta(days=6)),
              play(qw[2], qw[3], 3, "playoff", po + dt.timedelta(days=7))]
        play(sw[0], sw[1], 3, "final", s_end)
    # a rebuilt roster for the newest team after the last season; no matches yet
    for k in range(5):
        src = released if released and (k < 2 or not free) else free
        join(15, src.pop(r.randrange(len(src))), dt.date(2025, 5, 20) + dt.timedelta(days=2 * k))
    stints.sort(key=lambda s: (s[3], s[1]))
    for i, s in enumerate(stints, start=1):
        s[0] = i
    write_tables(path, FRAGLEAGUE_DDL, [
        ("teams", teams), ("players", players), ("roster_stints", [tuple(s) for s in stints]), ("maps", maps),
        ("matches", [tuple(m) for m in matches]), ("match_maps", mmaps), ("player_map_stats", stats),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# appmarket
# ---------------------------------------------------------------------------------------------------------------

APPMARKET_DDL = """
CREATE TABLE developers (
    _id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    countryCode TEXT NOT NULL,
    isVerified TEXT NOT NULL,
    joinedAt TEXT NOT NULL,
    websiteUrl TEXT
);
CREATE TABLE apps (
    _id TEXT PRIMARY KEY,
    developerId TEXT NOT NULL REFERENCES developers(_id),
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    priceUsd REAL NOT NULL,
    hasInAppPurchases TEXT NOT NULL,
    contentRating TEXT NOT NULL,
    releasedAt TEXT NOT NULL,
    isListed TEXT NOT NULL
);
CREATE TABLE appVersions (
    _id TEXT PRIMARY KEY,
    appId TEXT NOT NULL REFERENCES apps(_id),
    versionName TEXT NOT NULL,
    submittedAt TEXT NOT NULL,
    reviewStatus TEXT NOT NULL,
    publishedAt TEXT,
    sizeBytes INTEGER NOT NULL,
    minOsVersion TEXT NOT NULL
);
CREATE TABLE users (
    _id TEXT PRIMARY KEY,
    handle TEXT NOT NULL UNIQUE,
    countryCode TEXT NOT NULL,
    createdAt TEXT NOT NULL
);
CREATE TABLE installs (
    _id TEXT PRIMARY KEY,
    appId TEXT NOT NULL REFERENCES apps(_id),
    userId TEXT NOT NULL REFERENCES users(_id),
    installedAt TEXT NOT NULL,
    pricePaidUsd REAL NOT NULL,
    uninstalledAt TEXT
);
CREATE TABLE reviews (
    _id TEXT PRIMARY KEY,
    appId TEXT NOT NULL REFERENCES apps(_id),
    userId TEXT NOT NULL REFERENCES users(_id),
    versionId TEXT REFERENCES appVersions(_id),
    stars INTEGER NOT NULL,
    headline TEXT,
    createdAt TEXT NOT NULL,
    developerReplyAt TEXT
);
"""

_DEVS = [
    ("Lumen Labs", "US"), ("Fjord Apps", "NO"), ("Kiwi Byte", "NZ"), ("Tanuki Soft", "JP"), ("Brightside Studio", "GB"),
    ("Pixel Orchard", "US"), ("Mosaic Mobile", "DE"), ("Northwind Digital", "CA"), ("Sumo Software", "JP"),
    ("Citrus Code", "ES"), ("Oakleaf Interactive", "US"), ("Blue Heron Apps", "US"), ("Quantum Quill", "IN"),
    ("Harbor Health Tech", "US"), ("Paprika Games", "HU"), ("Atlas Finance Apps", "GB"), ("Sparrow Studio", "FR"),
    ("Nimbus Works", "SE"), ("Redwood Learning", "US"), ("Zebra Photo Co", "IT"), ("Tiny Giant", "NL"),
    ("Hoppers", "AU"), ("Cobalt Cloud", "DE"), ("Meadow Mind", "IE"), ("Indigo Arcade", "KR"),
    ("Solo Dev Sam", "US"), ("Vireo Apps", "BR"), ("Copper Kettle", "GB"), ("Lighthouse Edu", "FI"),
    ("Gecko Fitness", "AU"),
]  # fmt: skip
_APP_TITLES = {
    "Games": ["Tower Tumble", "Sky Pirates", "Word Garden", "Puzzle Pond", "Neon Racer", "Castle Clash Mini",
              "Sudoku Zen", "Tiny Farm", "Bubble Pop Deluxe", "Dungeon Dice", "Galaxy Miner", "Chess Coach",
              "Merge Bakery", "Card Quest", "Jelly Jump"],
    "Productivity": ["TaskTide", "NoteNest", "FocusFlow", "Scan & Sign", "Calendarly", "Mail Sorter",
                     "Habit Stack", "PDF Toolkit", "Clipboard Pro", "Team Board"],
    "Health & Fitness": ["Run Tracker", "Yoga Daily", "Sleep Well", "Water Reminder", "Macro Counter",
                         "Home Workout", "Step Quest", "Meditate Now"],
    "Photo & Video": ["Snap Retouch", "Film Grain", "Collage Maker", "Clip Cutter", "Night Lens", "Sky Replace",
                      "Stop Motion Studio"],
    "Education": ["Flash Cards Plus", "Math Buddy", "Lingo Leap", "Star Map", "Code Kids", "History Bites",
                  "Piano Steps"],
    "Finance": ["Budget Bee", "Split the Bill", "Stock Pulse", "Receipt Vault", "Crypto Glance", "Savings Jar"],
    "Social": ["Neighbour Chat", "Book Club", "Pet Pals", "Meetup Now", "Voice Rooms"],
}


def build_appmarket(path: Path) -> None:
    r = random.Random(12405)
    ids = _Ids(r)
    devs = []
    for name, cc in _DEVS:
        joined = _moment(r, dt.datetime(2016, 1, 1), dt.datetime(2023, 6, 30))
        site = f"https://{name.lower().replace(' ', '')}.com" if r.random() < 0.8 else None
        devs.append((ids("dev", 4), name, cc, _tf(r.random() < 0.5), _z(joined), site))
    dev_w = [r.choice([1, 1, 2, 3, 5]) for _ in devs]
    dev_w[0], dev_w[14] = 9, 7
    apps = []
    quality = {}
    for cat, titles in _APP_TITLES.items():
        for title in titles:
            di = r.choices(range(len(devs)), weights=dev_w)[0]
            if cat == "Games" and r.random() < 0.4:
                di = 14  # Paprika Games makes games
            if cat == "Health & Fitness" and r.random() < 0.4:
                di = 29
            dev = devs[di]
            joined = dt.datetime.fromisoformat(dev[4][:-1])
            rel = _moment(r, max(joined, dt.datetime(2021, 1, 1)), dt.datetime(2025, 4, 30))
            paid = r.random() < (0.12 if cat in ("Games", "Social") else 0.3)
            price = r.choice([0.99, 1.99, 2.99, 4.99, 9.99]) if paid else 0.0
            iap = _tf(r.random() < (0.8 if cat == "Games" and not paid else 0.35))
            rating = r.choices(["4+", "9+", "12+", "17+"], weights=[50, 20, 20, 10])[0]
            if cat in ("Finance", "Social"):
                rating = r.choice(["4+", "12+", "17+"])
            listed = _tf(r.random() > 0.06)
            aid = ids("app", 6)
            apps.append((aid, dev[0], title, cat, price, iap, rating, _z(rel), listed))
            quality[aid] = r.uniform(2.0, 4.9)
    apps.sort(key=lambda a: a[7])
    # versions
    versions = []
    latest_live: dict[str, list[tuple[dt.datetime, str]]] = {}
    for a in apps:
        t = dt.datetime.fromisoformat(a[7][:-1]) - dt.timedelta(days=r.randint(2, 9))
        major, minor, patch = 1, 0, 0
        size = r.randint(8, 180) * 1_000_000 + r.randint(0, 999_999)
        n_updates = r.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12])
        for k in range(n_updates + 1):
            if k > 0:
                t = t + dt.timedelta(days=int(r.expovariate(1 / 70)) + 5)
                if t > END:
                    break
                u = r.random()
                if u < 0.15:
                    major, minor, patch = major + 1, 0, 0
                elif u < 0.6:
                    minor, patch = minor + 1, 0
                else:
                    patch += 1
                size = int(size * r.uniform(0.95, 1.12))
            status = "approved"
            if k > 0 and r.random() < 0.1:
                status = "rejected"
            if END - t < dt.timedelta(days=3) and k > 0:
                status = "in_review"
            pub = None
            if status == "approved":
                pub = t + dt.timedelta(hours=r.randint(3, 96))
                if k == 0:
                    pub = dt.datetime.fromisoformat(a[7][:-1])
                if pub > END:
                    status, pub = "in_review", None
            vid = ids("ver", 6)
            versions.append((vid, a[0], f"{major}.{minor}.{patch}", _z(t), status, _z(pub) if pub else None, size,
                             r.choice(["14.0", "15.0", "16.0", "17.0"]) if major < 3 else "17.0"))
            if pub:
                latest_live.setdefault(a[0], []).append((pub, vid))
            if status == "rejected":
                # resubmitted a few days later with a patch bump
                patch += 1
    # users, installs, reviews
    users = []
    handles: set[str] = set()
    countries = ["US", "GB", "DE", "IN", "BR", "JP", "FR", "CA", "AU", "NL"]
    for _ in range(900):
        while True:
            h = f"{r.choice(FIRST_NAMES).lower()}{r.choice(LAST_NAMES)[:3].lower()}{r.randint(10, 9999)}"
            if h not in handles:
                handles.add(h)
                break
        users.append((ids("usr", 6), h, r.choices(countries, weights=[30, 10, 9, 14, 8, 6, 6, 6, 5, 6])[0],
                      _z(_moment(r, dt.datetime(2019, 1, 1), END - dt.timedelta(days=1)))))  # fmt: skip
    pop = {a[0]: r.choice([1, 1, 2, 3, 5, 8, 13, 20]) for a in apps}
    pop[apps[10][0]] = 60
    installs = []
    reviews = []
    seen: set[tuple[str, str]] = set()
    for _ in range(4200):
        a = r.choices(apps, weights=[pop[x[0]] for x in apps])[0]
        u = r.choice(users)
        if (a[0], u[0]) in seen:
            continue
        lo = max(dt.datetime.fromisoformat(a[7][:-1]), dt.datetime.fromisoformat(u[3][:-1]))
        # a pulled app was downloadable for its first 200 days only
        hi = min(END, dt.datetime.fromisoformat(a[7][:-1]) + dt.timedelta(days=200)) if a[8] == "false" else END
        if lo >= hi:
            continue
        seen.add((a[0], u[0]))
        t = _moment(r, lo, hi)
        un = None
        if r.random() < 0.3:
            un = t + dt.timedelta(hours=int(r.expovariate(1 / 600)) + 1)
            if un > END:
                un = None
        installs.append((ids("ins", 8), a[0], u[0], _z(t), a[4], _z(un) if un else None))
        if r.random() < 0.32:
            rt = t + dt.timedelta(hours=r.randint(1, 24 * 40))
            if rt > END:
                continue
            live = [v for v in latest_live.get(a[0], []) if v[0] <= rt]
            vid = max(live)[1] if live and r.random() < 0.9 else None
            q = quality[a[0]]
            stars = max(1, min(5, round(r.gauss(q, 1.1))))
            head = r.choice(["Love it", "Great app", "Crashes a lot", "Too many ads", "Worth the price",
                             "Meh", "Does the job", "Please add dark mode", "Best in class", None])  # fmt: skip
            reply = None
            if r.random() < (0.45 if stars <= 2 else 0.15):
                reply = rt + dt.timedelta(hours=r.randint(2, 200))
                if reply > END:
                    reply = None
            reviews.append((ids("rev", 8), a[0], u[0], vid, stars, head, _z(rt), _z(reply) if reply else None))
    installs.sort(key=lambda x: x[3])
    reviews.sort(key=lambda x: x[6])
    write_tables(path, APPMARKET_DDL, [
        ("developers", devs), ("apps", apps), ("appVersions", versions), ("users", users), ("installs", installs),
        ("reviews", reviews),
    ])  # fmt: skip


# ---------------------------------------------------------------------------------------------------------------
# vidstream
# ---------------------------------------------------------------------------------------------------------------

VIDSTREAM_DDL = """
CREATE TABLE plans (
    plan_id INTEGER PRIMARY KEY,
    plan_name TEXT NOT NULL,
    monthly_fee_usd REAL NOT NULL,
    max_streams INTEGER NOT NULL,
    has_ads INTEGER NOT NULL,
    video_quality TEXT NOT NULL
);
CREATE TABLE subscribers (
    subscriber_id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    country TEXT NOT NULL,
    plan_id INTEGER NOT NULL REFERENCES plans(plan_id),
    signed_up_on TEXT NOT NULL,
    cancelled_on TEXT
);
CREATE TABLE titles (
    title_id INTEGER PRIMARY KEY,
    title_name TEXT NOT NULL,
    title_type TEXT NOT NULL,
    release_year INTEGER NOT NULL,
    maturity_rating TEXT NOT NULL,
    runtime_min INTEGER,
    added_on TEXT NOT NULL,
    leaving_on TEXT
);
CREATE TABLE genres (
    genre_id INTEGER PRIMARY KEY,
    genre_name TEXT NOT NULL
);
CREATE TABLE title_genres (
    title_id INTEGER NOT NULL REFERENCES titles(title_id),
    genre_id INTEGER NOT NULL REFERENCES genres(genre_id),
    PRIMARY KEY (title_id, genre_id)
);
CREATE TABLE episodes (
    episode_id INTEGER PRIMARY KEY,
    title_id INTEGER NOT NULL REFERENCES titles(title_id),
    season_no INTEGER NOT NULL,
    episode_no INTEGER NOT NULL,
    episode_name TEXT NOT NULL,
    runtime_sec INTEGER NOT NULL
);
CREATE TABLE watch_events (
    event_id INTEGER PRIMARY KEY,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(subscriber_id),
    title_id INTEGER NOT NULL REFERENCES titles(title_id),
    episode_id INTEGER REFERENCES episodes(episode_id),
    started_at TEXT NOT NULL,
    watched_ms INTEGER NOT NULL,
    device TEXT NOT NULL,
    completed INTEGER NOT NULL
);
CREATE TABLE ratings (
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(subscriber_id),
    title_id INTEGER NOT NULL REFERENCES titles(title_id),
    thumbs TEXT NOT NULL,
    rated_at TEXT NOT NULL,
    PRIMARY KEY (subscriber_id, title_id)
);
"""

_GENRES = ["Drama", "Comedy", "Thriller", "Documentary", "Sci-Fi", "Crime", "Romance", "Animation", "Horror",
           "Action", "Family", "Reality"]  # fmt: skip
_MOVIE_WORDS_A = ["The Last", "Midnight", "Silent", "Broken", "Golden", "Electric", "Hidden", "Paper", "Northern",
                  "Crimson", "Lost", "Wild", "Summer", "Iron", "Glass", "Distant", "Velvet", "Final"]  # fmt: skip
_MOVIE_WORDS_B = ["Harbor", "Signal", "Garden", "Protocol", "Winter", "Empire", "Detour", "Orchard", "Frontier",
                  "Lullaby", "Heist", "Shore", "Parade", "Witness", "Kingdom", "Echo", "Compass", "Voyage"]  # fmt: skip
_SERIES = ["Cold Harbour", "The Bureau", "Kitchen Wars", "Deep Field", "Small Town Secrets", "Orbit Station",
           "Laugh Track", "The Heirs", "Wild Coasts", "Night Shift", "Cul-de-sac", "Precinct 9", "Dragon Valley",
           "Love on the Line", "Planet Ocean", "Made in Detroit", "The Lodge", "Haunted Acres", "Code Blue",
           "Startup Dreams", "Family Table", "The Long Con", "Galaxy Patrol", "True North", "Bake It Big",
           "Island Life", "Shadow Ministry", "Neighbours at War", "Quiet Lake", "The Outpost"]  # fmt: skip


def build_vidstream(path: Path) -> None:
    r = random.Random(12406)
    plans = [
        (1, "Basic with Ads", 6.99, 1, 1, "HD"),
        (2, "Standard", 15.49, 2, 0, "Full HD"),
        (3, "Premium", 22.99, 4, 0, "4K"),
        (4, "Mobile Only", 3.99, 1, 0, "SD"),
    ]
    genres = list(enumerate(_GENRES, start=1))
    titles = []
    tgen = []
    movie_names: set[str] = set()
    gid = {g: i for i, g in genres}
    for tid in range(1, 101):
        while True:
            nm = f"{r.choice(_MOVIE_WORDS_A)} {r.choice(_MOVIE_WORDS_B)}"
            if nm not in movie_names:
                movie_names.add(nm)
                break
        year = r.randint(1985, 2025)
        added = max(dt.date(year, 1, 1) + dt.timedelta(days=200), dt.date(2021, 1, 1) + dt.timedelta(
            days=r.randint(0, 1500)))  # fmt: skip
        added = min(added, dt.date(2025, 6, 10))
        leaving = None
        if r.random() < 0.08:
            leaving = added + dt.timedelta(days=r.randint(400, 1400))
            leaving = max(leaving, dt.date(2025, 6, 20))
        titles.append([tid, nm, "movie", year, r.choice(["G", "PG", "PG-13", "PG-13", "R", "R"]),
                       r.randint(78, 165), added.isoformat(), leaving.isoformat() if leaving else None])
        k = r.choices([1, 2, 3], weights=[45, 45, 10])[0]
        gs = r.sample(["Drama", "Comedy", "Thriller", "Sci-Fi", "Crime", "Romance", "Animation", "Horror", "Action",
                       "Family", "Documentary"], k)  # fmt: skip
        tgen += [(tid, gid[g]) for g in gs]
    series_g = {
        "Cold Harbour": ["Crime", "Drama"], "The Bureau": ["Thriller", "Drama"], "Kitchen Wars": ["Reality"],
        "Deep Field": ["Documentary"], "Small Town Secrets": ["Crime", "Drama"], "Orbit Station": ["Sci-Fi"],
        "Laugh Track": ["Comedy"], "The Heirs": ["Drama"], "Wild Coasts": ["Documentary"],
        "Night Shift": ["Drama", "Comedy"], "Cul-de-sac": ["Comedy"], "Precinct 9": ["Crime", "Comedy"],
        "Dragon Valley": ["Animation", "Family"], "Love on the Line": ["Reality", "Romance"],
        "Planet Ocean": ["Documentary"], "Made in Detroit": ["Documentary"], "The Lodge": ["Horror", "Thriller"],
        "Haunted Acres": ["Horror"], "Code Blue": ["Drama"], "Startup Dreams": ["Comedy", "Drama"],
        "Family Table": ["Family", "Comedy"], "The Long Con": ["Crime", "Thriller"], "Galaxy Patrol": ["Animation",
        "Sci-Fi", "Family"], "True North": ["Crime", "Drama"], "Bake It Big": ["Reality"], "Island Life": ["Reality"],
        "Shadow Ministry": ["Thriller", "Drama"], "Neighbours at War": ["Reality", "Comedy"],
        "Quiet Lake": ["Crime", "Thriller", "Drama"], "The Outpost": ["Sci-Fi", "Action"],
    }  # fmt: skip
    episodes = []
    for k, nm in enumerate(_SERIES):
        tid = 101 + k
        year = r.randint(2012, 2025)
        added = max(dt.date(year, 3, 1), dt.date(2021, 1, 1) + dt.timedelta(days=r.randint(0, 1500)))
        added = min(added, dt.date(2025, 6, 1))
        rating = r.choice(["TV-PG", "TV-14", "TV-14", "TV-MA"])
        if "Family" in series_g[nm] or "Animation" in series_g[nm]:
            rating = "TV-Y7" if nm == "Dragon Valley" else "TV-G"
        titles.append([tid, nm, "series", year, rating, None, added.isoformat(), None])
        tgen += [(tid, gid[g]) for g in series_g[nm]]
        seasons = r.choice([1, 1, 2, 2, 3, 4, 5]) if nm != "Precinct 9" else 7
        base = r.randint(22, 58) * 60
        for s in range(1, seasons + 1):
            for e in range(1, r.choice([6, 8, 8, 10, 10, 12]) + 1):
                episodes.append((len(episodes) + 1, tid, s, e, f"{nm} S{s}E{e}", base + r.randint(-240, 300)))
    # subscribers
    names = full_names(r, 420)
    subs = []
    countries = ["US", "CA", "GB", "IE", "AU", "NZ"]
    for i, nm in enumerate(names, start=1):
        signed = dt.date(2022, 1, 1) + dt.timedelta(days=r.randint(0, (LAST_DAY - dt.date(2022, 1, 1)).days))
        cancelled = None
        if r.random() < 0.24:
            cancelled = signed + dt.timedelta(days=r.randint(30, 700))
            if cancelled > LAST_DAY:
                cancelled = None
        plan = r.choices([1, 2, 3, 4], weights=[30, 40, 20, 10])[0]
        subs.append((i, nm, f"{nm.lower().replace(' ', '.')}@{r.choice(['gmail.com', 'outlook.com', 'icloud.com'])}",
                     r.choices(countries, weights=[50, 12, 18, 4, 11, 5])[0], plan, signed.isoformat(),
                     cancelled.isoformat() if cancelled else None))  # fmt: skip
    eps_by_title: dict[int, list[tuple]] = {}
    for e in episodes:
        eps_by_title.setdefault(e[1], []).append(e)
    pop = {t[0]: r.choice([1, 1, 2, 3, 4, 6, 9]) for t in titles}
    pop[118] = 30  # Haunted Acres, the hit of 2025
    never = {4, 37, 58, 92}
    for t in never:
        pop[t] = 0
    events = []
    ratings: dict[tuple[int, int], tuple[str, str]] = {}
    devices = ["tv", "mobile", "web", "tablet"]
    dev_w = [48, 27, 15, 10]
    for s in subs:
        signed = dt.date.fromisoformat(s[5])
        end = dt.date.fromisoformat(s[6]) if s[6] else LAST_DAY
        if s[0] % 23 == 0:
            continue  # signed up, never watched
        k = r.choice([2, 4, 6, 10, 15, 25])
        for _ in range(k):
            d = signed + dt.timedelta(days=r.randint(0, (end - signed).days))
            avail = [t for t in titles if t[6] <= d.isoformat() and (t[7] is None or t[7] > d.isoformat())
                     and pop[t[0]] > 0 and not (s[4] == 4 and False)]  # fmt: skip
            if not avail:
                continue
            w = [pop[t[0]] * (4 if t[0] == 118 and d >= dt.date(2025, 1, 1) else 1) for t in avail]
            t = r.choices(avail, weights=w)[0]
            dev = "mobile" if s[4] == 4 else r.choices(devices, weights=dev_w)[0]
            start = _dt(d, r, 6, 24)
            if t[2] == "movie":
                full = t[5] * 60_000
                done = r.random() < 0.62
                ms = full - r.randint(0, 400) * 1000 if done else int(full * r.uniform(0.05, 0.9))  # (credits skipped)
                events.append([0, s[0], t[0], None, start, ms, dev, int(done)])
            else:
                eps = eps_by_title[t[0]]
                j = r.randrange(min(len(eps), 4))
                for e in eps[j:j + r.choice([1, 1, 2, 3, 4, 6])]:
                    done = r.random() < 0.8
                    full = e[5] * 1000
                    ms = full if done else int(full * r.uniform(0.05, 0.9))
                    if start.date() > LAST_DAY:
                        break
                    events.append([0, s[0], t[0], e[0], start, ms, dev, int(done)])
                    start = start + dt.timedelta(milliseconds=ms + r.randint(5, 600) * 1000)
            if r.random() < 0.3 and (s[0], t[0]) not in ratings:
                good = r.random() < (0.8 if t[0] in (118, 101, 112) else 0.62)
                rt = start + dt.timedelta(minutes=r.randint(1, 300))
                if rt.date() <= LAST_DAY:
                    ratings[(s[0], t[0])] = ("up" if good else "down", _ts(rt))
    events = [e for e in events if e[4].date() <= LAST_DAY]
    events.sort(key=lambda e: e[4])
    for i, e in enumerate(events, start=1):
        e[0] = i
        e[4] = _ts(e[4])
    rating_rows = sorted(((k[0], k[1], v[0], v[1]) for k, v in ratings.items()), key=lambda x: x[3])
    write_tables(path, VIDSTREAM_DDL, [
        ("plans", plans), ("subscribers", subs), ("titles", [tuple(t) for t in titles]), ("genres", genres),
        ("title_genres", tgen), ("episodes", episodes), ("watch_events", [tuple(e) for e in events]),
        ("ratings", rating_rows),
    ])  # fmt: skip


BUILDERS = {
    "tapkingdom": build_tapkingdom,
    "threadhub": build_threadhub,
    "sparkmatch": build_sparkmatch,
    "fragleague": build_fragleague,
    "appmarket": build_appmarket,
    "vidstream": build_vidstream,
}
