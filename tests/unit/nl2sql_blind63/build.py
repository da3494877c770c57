"""Six small media, publishing, sport and entertainment databases for the sixty-third blind English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``comicdistro`` (legacy uppercase abbreviations without underscores: ``PUBNO``, ``ORDDT``, ``QTYORD``, ``UNITPR``,
  ``STATCD``; self-referencing ``SLSREP.MGRNO``): a comic-book distributor that sells to comic shops. ``PUBMAST``
  (publishers, ``DISCPCT`` the retailer discount), ``GENRTAB`` (genre codes), ``SERMAST`` (series, status 'A' active,
  'C' cancelled, 'H' on hiatus), ``ISSMAST`` (issues: release date ``RELDT`` as a YYYYMMDD integer, some still to
  come, cover price ``COVERPR`` in cents, variant cover 'Y'/'N'), ``SLSREP`` (sales reps), ``RTLMAST`` (retailers,
  active 'Y'/'N', credit limit in dollars), ``ORDHDR`` (orders, ``ORDDT`` YYYYMMDD, status 'O' open, 'S' shipped, 'X'
  cancelled) and ``ORDLIN`` (order lines with a composite key, wholesale ``UNITPR`` in cents).
- ``stockphoto`` (Hungarian type prefixes: ``lngImageID``, ``strTitle``, ``dtUploaded``, ``bExclusive``,
  ``curFee``, ``dblRoyaltyRate``): a stock-photo agency. ``Photographer``, ``Image`` (orientation 'L', 'P' or 'S',
  model release and active flags 0/1), ``Keyword`` and the link table ``ImageKeyword``, ``Client``, ``LicenceType``
  (RF, RM, ED, EX) and ``Licence`` (one sale of one image to one client, fee in dollars, term in months for
  rights-managed licences).
- ``tvadsales`` (a data-warehouse star: ``dim_*``/``fact_*`` tables, surrogate ``*_key`` columns, a date dimension
  keyed YYYYMMDD from 2024-06-01 to 2025-06-30): a television broadcaster's airtime sales. ``dim_date``,
  ``dim_channel``, ``dim_daypart``, ``dim_programme``, ``dim_advertiser``, ``fact_spot`` (one advert: length in
  seconds, rate-card and net price in pence, impacts in thousands, status 'TX' transmitted or 'BK' booked for a later
  date) and ``fact_rating`` (audience in thousands and share of one programme broadcast).
- ``arcade`` (very terse 1-4 letter names: ``nm``, ``dt``, ``zn``, ``cr``, ``st``, ``tk``, ``q``, ``mgr``;
  self-referencing ``stf.mgr``): an amusement arcade. ``mtyp`` (machine types), ``mach`` (machines: zone 'G' ground
  floor, 'M' mezzanine, 'K' kids' zone; credits per play; status 'OK' or 'OOO' out of order), ``stf`` (staff),
  ``mbr`` (card members, tier 'B' bronze, 'S' silver, 'G' gold), ``play`` (one game on a member card, ``ts`` in epoch
  seconds UTC, tickets won), ``prz`` (prizes and their ticket cost), ``rdm`` (prize redemptions) and ``svc`` (machine
  repairs, duration in minutes).
- ``literaryagency`` (names with spaces and capitals, quoted: table "Book Deals", columns "Agent Name", "Word Count";
  self-referencing "Agents"."Mentor ID"): a literary agency. "Agents", "Authors", "Manuscripts", "Imprints",
  "Submissions" (a manuscript sent to an imprint; response 'Pending', 'Declined' or 'Offer') and "Book Deals" (advance
  in pounds, royalty percent, publication date, some to come).
- ``pigeonracing`` (natural keys, no surrogate ids: ``club_code``, ``loft_code``, ring numbers as keys, a composite
  key on ``race_entry``; self-referencing ``bird.sire_ring`` and ``bird.dam_ring``): a pigeon-racing federation.
  ``club``, ``loft`` (a fancier's loft), ``bird``, ``race`` (liberation point, distance in miles, 'OB' old-bird or
  'YB' young-bird races, some to come) and ``race_entry`` (velocity in yards per minute and placing, NULL when the
  bird did not return).
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

FIRST = [
    "Alice", "Ben", "Carmen", "Dmitri", "Eleanor", "Felix", "Gemma", "Hamish", "Ines", "Jasper", "Kirsty", "Luca",
    "Mairead", "Nathan", "Orla", "Patrick", "Rhiannon", "Stefan", "Tamsin", "Uriel", "Valerie", "Wilbur", "Xavier",
    "Yvonne", "Zoltan", "Aisha", "Bernard", "Cressida", "Declan", "Esme",
]  # fmt: skip
SURN = [
    "Ainsworth", "Barlow", "Chandler", "Devlin", "Ellwood", "Farrow", "Gilchrist", "Hargreaves", "Ibbotson",
    "Jarvis", "Kendrick", "Lockhart", "McAllister", "Norbury", "Oakley", "Pemberton", "Radcliffe", "Sutcliffe",
    "Thackeray", "Underwood", "Vickers", "Wainwright", "Yardley", "Ashdown", "Blackwood", "Crowther", "Dunmore",
]  # fmt: skip


def _names(r: random.Random, n: int, exclude: frozenset[str] = frozenset()) -> list[str]:
    """``n`` distinct "First Last" names."""
    pairs = [f"{f} {s}" for f in FIRST for s in SURN]
    pairs = [p for p in pairs if p not in exclude]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ymd(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


# ----------------------------------------------------------------------------------------------------- comicdistro
CD_PUBS = [
    (1, "Starfall Comics", "New York", 45.0), (2, "Ironclad Press", "Portland", 42.0),
    (3, "Blue Lantern Books", "Chicago", 40.0), (4, "Nightjar Publishing", "Los Angeles", 44.0),
    (5, "Red Kite Comics", "Austin", 40.0), (6, "Paper Moon Press", "Seattle", 38.0),
    (7, "Thunderhead Studios", "New York", 46.0), (8, "Gallowglass Comics", "Boston", 40.0),
    (9, "Little Otter Books", "Minneapolis", 38.0), (10, "Neon Alley Press", "Los Angeles", 42.0),
    (11, "Black Harbor Comics", "Baltimore", 40.0), (12, "Copperleaf Editions", "Toronto", 36.0),
    (13, "Vantage Point Comics", "Atlanta", 42.0), (14, "Sideshow Ink", "Philadelphia", 40.0),
    (15, "Hollow Oak Press", "Denver", 38.0), (16, "Quasar Comics Group", "New York", 46.0),
    (17, "Twin Rivers Comics", "Pittsburgh", 38.0), (18, "Inkwell & Ember", "San Francisco", 40.0),
    (19, "Lantern Fish Press", "Portland", 36.0), (20, "Grimoire House", "Salem", 40.0),
]  # fmt: skip
CD_GENRES = [
    ("SH", "Superhero"), ("HR", "Horror"), ("SF", "Science Fiction"), ("FN", "Fantasy"), ("CR", "Crime"),
    ("KD", "All Ages"), ("HU", "Humour"), ("WS", "Western"),
]  # fmt: skip
CD_SERIES = [
    ("The Crimson Sentinel", 1, "SH", 1964, "A"), ("Starfall Legion", 1, "SH", 1987, "A"),
    ("Nova Girl", 1, "SH", 2019, "A"), ("Ironclad", 2, "SH", 2008, "A"), ("Rustbelt Knights", 2, "SH", 2015, "C"),
    ("Hex Street", 3, "HR", 2021, "A"), ("The Drowned Parish", 3, "HR", 2023, "A"),
    ("Night Terrors Anthology", 4, "HR", 2012, "H"), ("Void Runners", 4, "SF", 2018, "A"),
    ("Kepler's Wake", 5, "SF", 2022, "A"), ("Dust & Chrome", 5, "WS", 2020, "C"),
    ("Moonlit Menagerie", 6, "KD", 2017, "A"), ("Pip and the Paper Dragon", 6, "KD", 2023, "A"),
    ("Thunderhead", 7, "SH", 1971, "A"), ("Atlas Unbound", 7, "SH", 1998, "A"), ("Siege of Emberfall", 8, "FN", 2020, "A"),
    ("The Ninth Crown", 8, "FN", 2016, "C"), ("Otter Mischief", 9, "KD", 2019, "A"), ("Neon Samurai", 10, "SF", 2021, "A"),
    ("Chrome Angels", 10, "SF", 2014, "H"), ("Harbor Noir", 11, "CR", 2018, "A"), ("The Longshoremen", 11, "CR", 2022, "C"),
    ("Copperleaf Tales", 12, "FN", 2011, "A"), ("Point Blank", 13, "CR", 2019, "A"),
    ("Vantage Squadron", 13, "SH", 2005, "A"), ("Sideshow Freaks", 14, "HU", 2016, "A"), ("Bad Hair Day", 14, "HU", 2022, "C"),
    ("Hollow Oak", 15, "FN", 2013, "A"), ("Quasar", 16, "SH", 1979, "A"), ("Quasar: Year Zero", 16, "SH", 2024, "A"),
    ("Event Horizon", 16, "SF", 2010, "H"), ("Deadwater Creek", 17, "WS", 2017, "A"), ("Ember & Ash", 18, "FN", 2020, "A"),
    ("Lil' Spooks", 18, "KD", 2021, "A"), ("Deep Sea Diaries", 19, "KD", 2018, "C"), ("Abyssal", 19, "HR", 2023, "A"),
    ("The Witching Hour", 20, "HR", 1995, "A"), ("Grimoire", 20, "FN", 2009, "H"), ("Dark Nebula", 1, "SF", 2016, "A"),
    ("Laugh Riot", 14, "HU", 2010, "A"),
]  # fmt: skip
CD_REPS = [
    (1, "Diane Holloway", "N", None, D(2009, 3, 2)), (2, "Marcus Webb", "W", 1, D(2012, 8, 20)),
    (3, "Lorraine Castillo", "E", 1, D(2014, 1, 6)), (4, "Kevin Tran", "W", 2, D(2016, 5, 9)),
    (5, "Sofia Lindgren", "W", 2, D(2019, 10, 14)), (6, "Raj Mehta", "W", 2, D(2022, 2, 1)),
    (7, "Brenda Okafor", "E", 3, D(2015, 7, 13)), (8, "Tomas Novak", "E", 3, D(2018, 4, 30)),
    (9, "Alicia Moreno", "E", 3, D(2023, 9, 11)),
]  # fmt: skip
CD_CITIES = {
    "W": [("Portland", "OR"), ("Eugene", "OR"), ("Seattle", "WA"), ("Spokane", "WA"), ("Sacramento", "CA"),
          ("San Diego", "CA"), ("Oakland", "CA"), ("Reno", "NV"), ("Phoenix", "AZ"), ("Denver", "CO")],
    "E": [("Boston", "MA"), ("Worcester", "MA"), ("Philadelphia", "PA"), ("Pittsburgh", "PA"), ("Brooklyn", "NY"),
          ("Buffalo", "NY"), ("Newark", "NJ"), ("Richmond", "VA"), ("Tampa", "FL"), ("Orlando", "FL")],
}  # fmt: skip
CD_SHOPS = [
    "Atomic Comics", "Galaxy Comics & Games", "Kraken Collectibles", "Phoenix Rising Comics", "Rocket Pop Comics",
    "The Secret Lair", "Golden Age Books", "Silver Age Comics", "Spectrum Comics", "Multiverse Comics",
    "Midnight Comics", "Hero's Haven", "Nova Comics & Cards", "Paper Tiger Comics", "Odyssey Books & Comics",
    "Pulp Fiction Comics", "Vortex Comics", "Wonderland Comics", "Meteor Comics", "Cosmic Corner",
    "The Comic Vault", "Page Turners", "Panel Beaters", "Speech Bubble", "The Dungeon Door", "Inkblot Comics",
    "Splash Page Comics", "Longbox Heroes", "Gutter & Panel", "Back Issue Barn", "Sidekick Comics",
    "The Fourth Wall", "Caped Crusader Comics", "Brainstorm Comics", "Emerald City Comics", "Heroes & Dragons",
    "Comic Quest", "Fantasy Island Comics", "Mint Condition", "The Whatnot Shop",
]  # fmt: skip


def _wednesday(r: random.Random, y: int, m: int) -> dt.date:
    d = D(y, m, r.randint(1, 21))
    return d + dt.timedelta(days=(2 - d.weekday()) % 7)


def build_comicdistro(path: Path) -> None:
    r = random.Random(63001)
    c = fresh_db(
        path,
        """
        CREATE TABLE PUBMAST (PUBNO INTEGER PRIMARY KEY, PUBNAME TEXT NOT NULL, PUBCITY TEXT NOT NULL,
            DISCPCT REAL NOT NULL);
        CREATE TABLE GENRTAB (GENRECD TEXT PRIMARY KEY, GENRDESC TEXT NOT NULL);
        CREATE TABLE SERMAST (SERNO INTEGER PRIMARY KEY, SERTITLE TEXT NOT NULL,
            PUBNO INTEGER NOT NULL REFERENCES PUBMAST(PUBNO), GENRECD TEXT NOT NULL REFERENCES GENRTAB(GENRECD),
            STARTYR INTEGER NOT NULL, STATCD TEXT NOT NULL);
        CREATE TABLE ISSMAST (ISSNO INTEGER PRIMARY KEY, SERNO INTEGER NOT NULL REFERENCES SERMAST(SERNO),
            ISSUENUM INTEGER NOT NULL, RELDT INTEGER NOT NULL, COVERPR INTEGER NOT NULL, PAGECNT INTEGER NOT NULL,
            VARCVR TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE SLSREP (REPNO INTEGER PRIMARY KEY, REPNAME TEXT NOT NULL, REGNCD TEXT NOT NULL,
            MGRNO INTEGER REFERENCES SLSREP(REPNO), HIREDT TEXT NOT NULL);
        CREATE TABLE RTLMAST (RTLNO INTEGER PRIMARY KEY, RTLNAME TEXT NOT NULL, RTLCITY TEXT NOT NULL,
            STATECD TEXT NOT NULL, REPNO INTEGER NOT NULL REFERENCES SLSREP(REPNO), OPENDT TEXT NOT NULL,
            CRLIMIT INTEGER NOT NULL, ACTFLG TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE ORDHDR (ORDNO INTEGER PRIMARY KEY, RTLNO INTEGER NOT NULL REFERENCES RTLMAST(RTLNO),
            ORDDT INTEGER NOT NULL, STATCD TEXT NOT NULL);
        CREATE TABLE ORDLIN (ORDNO INTEGER NOT NULL REFERENCES ORDHDR(ORDNO), LINNO INTEGER NOT NULL,
            ISSNO INTEGER NOT NULL REFERENCES ISSMAST(ISSNO), QTYORD INTEGER NOT NULL, QTYSHP INTEGER NOT NULL,
            UNITPR INTEGER NOT NULL, PRIMARY KEY (ORDNO, LINNO));
        """,
    )
    insert(c, "PUBMAST", CD_PUBS)
    insert(c, "GENRTAB", CD_GENRES)
    insert(c, "SERMAST", [(k, *s) for k, s in enumerate(CD_SERIES, 1)])
    issues = []
    for k, (_t, _p, genre, start_yr, st) in enumerate(CD_SERIES, 1):
        n = r.randint(7, 12) if st == "A" else r.randint(5, 9)
        cadence = 2 if genre in ("KD", "WS") or k % 7 == 0 else 1
        if st == "A":
            end = (2025, r.choice([6, 7, 7, 8]))
        elif st == "C":
            end = _add_months(2024, 6, r.randint(0, 9))
        else:
            end = _add_months(2024, 8, r.randint(0, 5))
        first = max((start_yr, 1), _add_months(*end, -(n - 1) * cadence))
        months = []
        ym = first
        while ym <= end:
            months.append(ym)
            ym = _add_months(*ym, cadence)
        num = 1 if start_yr >= 2023 else r.randint(12, 180) if start_yr >= 1995 else r.randint(300, 720)
        base = r.choice([299, 399]) if genre == "KD" else r.choice([399, 399, 499, 499, 599])
        for y, m in months:
            big = num % 25 == 0
            issues.append((k, num, _ymd(_wednesday(r, y, m)), base + (200 if big else 0), 48 if big else 32,
                           "Y" if r.random() < 0.18 else "N"))  # fmt: skip
            num += 1
    issues.sort(key=lambda x: (x[2], x[0]))
    insert(c, "ISSMAST", [(k, *x) for k, x in enumerate(issues, 1)])
    insert(c, "SLSREP", [(i, n, g, m, _iso(h)) for i, n, g, m, h in CD_REPS])
    shops = CD_SHOPS[:]
    r.shuffle(shops)
    rtl = []
    for k, name in enumerate(shops, 1):
        reg = "W" if k % 2 else "E"
        city, state = r.choice(CD_CITIES[reg])
        rep = r.choice([4, 5, 6] if reg == "W" else [7, 8, 9])
        opened = day_between(r, D(2004, 1, 1), D(2024, 6, 30)) if k <= 36 else day_between(r, D(2025, 1, 10), LAST)
        act = "N" if k in (5, 14, 23, 31) else "Y"
        rtl.append((k, name, city, state, rep, _iso(opened), r.choice([2000, 5000, 5000, 7500, 10000, 15000]), act))
    insert(c, "RTLMAST", rtl)
    pop = {
        k: {"SH": 3, "SF": 2, "HR": 2, "FN": 2}.get(x[2], 1) * r.choice([1, 2, 3]) for k, x in enumerate(CD_SERIES, 1)
    }
    iss_dates = [(k, D(x[2] // 10000, x[2] // 100 % 100, x[2] % 100)) for k, x in enumerate(issues, 1)]
    orders, heads, lines = [], [], []
    for _ in range(175):
        od = day_between(r, D(2024, 1, 15), LAST)
        shops_ok = [x[0] for x in rtl if D.fromisoformat(str(x[5])) <= od and (x[7] == "Y" or od < D(2024, 7, 1))]
        orders.append((r.choice(shops_ok), od))
    orders.sort(key=lambda x: x[1])
    for k, (shop, od) in enumerate(orders, 1):
        pool = [i for i, d in iss_dates if od + dt.timedelta(days=7) <= d <= od + dt.timedelta(days=75)]
        if not pool:
            pool = [min(iss_dates, key=lambda x: abs((x[1] - od).days))[0]]
        want = min(len(pool), r.choice([1, 2, 2, 3]))
        picks: list[int] = []
        while len(picks) < want:
            iss = r.choices(pool, [pop[issues[i - 1][0]] for i in pool])[0]
            if iss not in picks:
                picks.append(iss)
        latest = max(d for i, d in iss_dates if i in picks)
        st = "X" if r.random() < 0.07 else "S" if latest <= LAST else "O"
        for ln, iss in enumerate(picks, 1):
            q = r.randint(2, 25)
            shp = 0 if st != "S" else q - r.randint(1, 3) if r.random() < 0.15 else q
            disc = CD_PUBS[CD_SERIES[issues[iss - 1][0] - 1][1] - 1][3]
            lines.append((k, ln, iss, q, max(shp, 0), round(issues[iss - 1][3] * (100 - disc) / 100)))
        heads.append((k, shop, _ymd(od), st))
    insert(c, "ORDHDR", heads)
    insert(c, "ORDLIN", lines)
    done(c)


# ------------------------------------------------------------------------------------------------------ stockphoto
SP_COUNTRIES = {
    "Iceland": ["Reykjavik", "Vik", "Husavik"], "Norway": ["Lofoten", "Bergen", "Tromso"],
    "USA": ["New York", "Chicago", "Moab"], "UK": ["London", "Edinburgh", "Cornwall"],
    "Japan": ["Kyoto", "Tokyo", "Hokkaido"], "Brazil": ["Rio de Janeiro", "Sao Paulo", "Bahia"],
    "Kenya": ["Nairobi", "Masai Mara", "Mombasa"], "Australia": ["Sydney", "Melbourne", "Queensland"],
    "Canada": ["Vancouver", "Banff", "Toronto"], "Spain": ["Barcelona", "Seville", "Mallorca"],
}  # fmt: skip
SP_KEYWORDS = [
    "beach", "sunset", "mountain", "city", "skyline", "business", "meeting", "laptop", "family", "children", "dog",
    "food", "coffee", "forest", "snow", "winter", "summer", "autumn", "flowers", "ocean", "boat", "night", "street",
    "people", "portrait", "architecture", "travel", "wildlife", "aerial", "lake", "market", "festival", "cycling",
    "running", "healthcare", "technology", "education", "road", "desert", "rain",
]  # fmt: skip
# scene title and its keywords (indices into SP_KEYWORDS, 1-based); the last field: people in the frame
SP_SCENES = [
    ("Sunset over a quiet beach", [1, 2, 17], 0), ("Snow-capped peaks at dawn", [3, 15, 16], 0),
    ("City skyline at night", [4, 5, 22], 0), ("Team meeting in a glass office", [6, 7, 24], 1),
    ("Woman working on a laptop in a cafe", [8, 12, 24], 1), ("Family picnic in the park", [9, 10, 17], 1),
    ("Dog running on the sand", [11, 1, 17], 0), ("Fresh street food stall", [12, 23, 31], 1),
    ("Misty pine forest", [14, 18], 0), ("Fishing boats in the harbour", [21, 20, 27], 0),
    ("Aerial view of a winding road", [29, 38, 27], 0), ("Children in a classroom", [10, 37, 24], 1),
    ("Doctor talking to a patient", [35, 24, 25], 1), ("Cyclists on a mountain pass", [33, 3, 24], 1),
    ("Autumn leaves on a lake shore", [18, 30, 14], 0), ("Busy night market", [31, 22, 24], 1),
    ("Portrait of an elderly fisherman", [25, 24, 21], 1), ("Modern concrete architecture", [26, 4], 0),
    ("Runner on a rainy street", [34, 40, 23], 1), ("Wildflowers in a meadow", [19, 17], 0),
    ("Lion resting in tall grass", [28, 27], 0), ("Desert road trip", [39, 38, 27], 0),
    ("Circuit board close-up", [36, 6], 0), ("Crowd at a music festival", [32, 24, 17], 1),
    ("Waves breaking on rocks", [20, 1], 0), ("Coffee being poured at a bar", [12, 24], 1),
    ("Winter cabin in the snow", [15, 16, 14], 0), ("Kayaks on a still lake", [30, 21, 17], 0),
]  # fmt: skip
SP_CLIENTS = [
    ("Brightside Advertising", "Advertising"), ("Pinnacle Creative", "Advertising"), ("Red Door Agency", "Advertising"),
    ("Northlight Media", "Advertising"), ("Citrus & Co", "Advertising"), ("Harbourview Press", "Publishing"),
    ("Meridian Books", "Publishing"), ("Atlas Travel Guides", "Publishing"), ("The Weekly Courier", "Publishing"),
    ("Greenway Magazines", "Publishing"), ("Orbit Education", "Education"), ("Learnwise", "Education"),
    ("Campus Press", "Education"), ("Skyline Broadcasting", "Broadcast"), ("Channel Nine Studios", "Broadcast"),
    ("Wavelength TV", "Broadcast"), ("Pixelforge", "Web & Digital"), ("Bloggly", "Web & Digital"),
    ("Trailhead Outdoors", "Web & Digital"), ("Nimbus Apps", "Web & Digital"), ("Foodie Finds", "Web & Digital"),
    ("Keystone Insurance", "Corporate"), ("Vertex Bank", "Corporate"), ("Hollis Pharma", "Corporate"),
    ("Summit Consulting", "Corporate"), ("Coastal Tourism Board", "Corporate"), ("Urban Living Magazine", "Publishing"),
    ("Little Acorn Books", "Publishing"), ("Momentum Sports Media", "Broadcast"), ("Clearwater Agency", "Advertising"),
    ("Bramble Digital", "Web & Digital"), ("Ironbridge Energy", "Corporate"),
]  # fmt: skip
SP_CLIENT_COUNTRIES = ["USA", "UK", "Germany", "France", "Canada", "Australia", "Netherlands"]
SP_TYPES = [
    (1, "RF", "Royalty-free"),
    (2, "RM", "Rights-managed"),
    (3, "ED", "Editorial"),
    (4, "EX", "Extended licence"),
]


def build_stockphoto(path: Path) -> None:
    r = random.Random(63002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Photographer (lngPhotographerID INTEGER PRIMARY KEY, strName TEXT NOT NULL,
            strCountry TEXT NOT NULL, dtJoined TEXT NOT NULL, bExclusive INTEGER NOT NULL DEFAULT 0,
            dblRoyaltyRate REAL NOT NULL);
        CREATE TABLE Image (lngImageID INTEGER PRIMARY KEY, strTitle TEXT NOT NULL,
            lngPhotographerID INTEGER NOT NULL REFERENCES Photographer(lngPhotographerID),
            strOrientation TEXT NOT NULL, intWidthPx INTEGER NOT NULL, intHeightPx INTEGER NOT NULL,
            dtUploaded TEXT NOT NULL, bModelRelease INTEGER NOT NULL DEFAULT 0, bActive INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE Keyword (lngKeywordID INTEGER PRIMARY KEY, strKeyword TEXT NOT NULL UNIQUE);
        CREATE TABLE ImageKeyword (lngImageID INTEGER NOT NULL REFERENCES Image(lngImageID),
            lngKeywordID INTEGER NOT NULL REFERENCES Keyword(lngKeywordID), PRIMARY KEY (lngImageID, lngKeywordID));
        CREATE TABLE Client (lngClientID INTEGER PRIMARY KEY, strCompany TEXT NOT NULL, strSector TEXT NOT NULL,
            strCountry TEXT NOT NULL, dtSignedUp TEXT NOT NULL, bSubscriber INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE LicenceType (lngLicenceTypeID INTEGER PRIMARY KEY, strCode TEXT NOT NULL, strName TEXT NOT NULL);
        CREATE TABLE Licence (lngLicenceID INTEGER PRIMARY KEY, lngImageID INTEGER NOT NULL
            REFERENCES Image(lngImageID), lngClientID INTEGER NOT NULL REFERENCES Client(lngClientID),
            lngLicenceTypeID INTEGER NOT NULL REFERENCES LicenceType(lngLicenceTypeID), dtSold TEXT NOT NULL,
            curFee REAL NOT NULL, intTermMonths INTEGER);
        """,
    )
    countries = list(SP_COUNTRIES)
    phot = []
    for k, name in enumerate(_names(r, 24), 1):
        excl = r.random() < 0.35
        rate = 0.45 if excl else r.choice([0.25, 0.30, 0.30, 0.35])
        phot.append((k, name, countries[(k - 1) % len(countries)] if k <= 20 else r.choice(countries),
                     _iso(day_between(r, D(2014, 1, 1), D(2024, 9, 30))), int(excl), rate))  # fmt: skip
    insert(c, "Photographer", phot)
    insert(c, "Keyword", list(enumerate(SP_KEYWORDS, 1)))
    images: list[list[object]] = []
    seen = set()
    while len(images) < 140:
        p = r.choice(phot)
        scene, kws, people = r.choice(SP_SCENES)
        title = f"{scene}, {r.choice(SP_COUNTRIES[str(p[2])])}"
        if title in seen:
            continue
        seen.add(title)
        orient = r.choice("LLLPPS")
        w, h = {"L": (6000, 4000), "P": (4000, 6000), "S": (5000, 5000)}[orient]
        up = day_between(r, max(D.fromisoformat(str(p[3])), D(2019, 1, 1)), D(2025, 6, 10))
        release = people if r.random() < 0.9 else 0
        images.append([p[0], title, orient, w, h, up, release, 0 if r.random() < 0.07 else 1, kws])
    images.sort(key=lambda x: (x[5], x[1]))
    insert(c, "Image", [(k, x[1], x[0], *x[2:5], _iso(x[5]), x[6], x[7]) for k, x in enumerate(images, 1)])
    insert(c, "ImageKeyword", [(k, kw) for k, x in enumerate(images, 1) for kw in x[8]])
    clients = []
    for k, (name, sector) in enumerate(SP_CLIENTS, 1):
        clients.append((k, name, sector, r.choice(SP_CLIENT_COUNTRIES), _iso(day_between(r, D(2018, 1, 1), D(2025, 5, 1))),
                        int(r.random() < 0.4)))  # fmt: skip
    insert(c, "Client", clients)
    insert(c, "LicenceType", SP_TYPES)
    weights = [r.choice([1, 1, 2, 3, 5, 8]) for _ in images]
    lic = []
    while len(lic) < 300:
        i = r.choices(range(len(images)), weights)[0]
        img = images[i]
        cl = r.choice(clients)
        lo = max(img[5], D.fromisoformat(str(cl[4])), D(2022, 1, 1))
        if img[7] == 0 or lo > LAST:
            continue
        sold = day_between(r, lo, LAST)
        typ = r.choices([1, 2, 3, 4], [55, 15, 20, 10])[0]
        fee = {1: r.choice([29.0, 49.0, 79.0]), 2: float(r.randrange(150, 950, 50)), 3: r.choice([19.0, 39.0]),
               4: r.choice([299.0, 499.0])}[typ]  # fmt: skip
        lic.append((i + 1, cl[0], typ, sold, fee, r.choice([6, 12, 24]) if typ == 2 else None))
    lic.sort(key=lambda x: (x[3], x[0]))
    insert(c, "Licence", [(k, i, cl, t, _iso(d), f, m) for k, (i, cl, t, d, f, m) in enumerate(lic, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- tvadsales
TV_CHANNELS = [
    (1, "Beacon One", "General Entertainment", 4000, 1200), (2, "Beacon Two", "Factual", 1500, 400),
    (3, "Beacon Drama", "Drama", 2000, 600), (4, "Beacon Kids", "Children", 600, 150),
    (5, "Beacon Sport", "Sport", 2500, 700), (6, "Beacon One +1", "Timeshift", 800, 200),
]  # fmt: skip
TV_DAYPARTS = [
    (1, "Breakfast", "06:00", "09:30", 0.5), (2, "Daytime", "09:30", "17:00", 0.35),
    (3, "Early Peak", "17:00", "19:00", 0.8), (4, "Peak", "19:00", "22:30", 1.6), (5, "Late", "22:30", "06:00", 0.45),
]  # fmt: skip
# title, genre, channel, dayparts, production company, live
TV_PROGRAMMES = [
    ("Morning Beacon", "Magazine", 1, [1], "Beacon Studios", 1),
    ("The Six O'Clock Report", "News", 1, [3], "Beacon News", 1),
    ("Harbour Lane", "Soap", 1, [3, 4], "Redbrick Productions", 0),
    ("Castle Street", "Drama", 3, [4], "Whitecliff Pictures", 0),
    ("Proving Ground", "Reality", 1, [4], "Tall Story Media", 0),
    ("Love on the Rocks", "Reality", 2, [4, 5], "Tall Story Media", 0),
    ("The Final Question", "Quiz", 1, [3], "Quickfire TV", 0),
    ("Pointless Pursuits", "Quiz", 2, [2], "Quickfire TV", 0),
    ("Wild Isles Uncovered", "Documentary", 2, [4], "Greenlens Films", 0),
    ("Engineering the Impossible", "Documentary", 2, [4, 5], "Greenlens Films", 0),
    ("Cold Case Unit", "Drama", 3, [4, 5], "Whitecliff Pictures", 0),
    ("The Vicarage Murders", "Drama", 3, [2, 4], "Redbrick Productions", 0),
    ("Dr Hawthorne", "Drama", 3, [2], "Redbrick Productions", 0),
    ("Captain Comet", "Kids", 4, [1, 2], "Pebble Animation", 0),
    ("Tinker's Workshop", "Kids", 4, [1, 2, 3], "Pebble Animation", 0),
    ("Robo Rangers", "Kids", 4, [2, 3], "Blocky Bros", 0),
    ("Premier Football Live", "Sport", 5, [3, 4], "Beacon Sport Productions", 1),
    ("Match Highlights", "Sport", 5, [5], "Beacon Sport Productions", 0),
    ("Cycling: Grand Tour", "Sport", 5, [2], "Velo Vision", 1),
    ("Fight Night Live", "Sport", 5, [5], "Beacon Sport Productions", 1),
    ("Late Laughs", "Comedy", 1, [5], "Quickfire TV", 0),
    ("Flat Share", "Comedy", 1, [4], "Tall Story Media", 0),
    ("Homes Under Offer", "Factual", 2, [2], "Greenlens Films", 0),
    ("Attic Treasures", "Factual", 2, [2], "Greenlens Films", 0),
    ("Night Shift: A&E", "Documentary", 2, [5], "Greenlens Films", 0),
    ("Beacon News at Ten", "News", 1, [4], "Beacon News", 1),
    ("Weekend Kitchen", "Magazine", 1, [1, 2], "Beacon Studios", 0),
    ("Celebrity Ice Dance", "Reality", 1, [4], "Tall Story Media", 1),
    ("Murder in the Dales", "Drama", 3, [4], "Whitecliff Pictures", 0),
    ("Rugby Nations", "Sport", 5, [2, 3], "Beacon Sport Productions", 1),
]
TV_ADVERTISERS = [
    ("Fresco Supermarkets", "Retail", "Northstar Media"), ("Halden Motors", "Automotive", "Bluefin Agency"),
    ("Crestline Bank", "Finance", "Halcyon Media"), ("Sparkle Cola", "Food & Drink", "Northstar Media"),
    ("Nimbus Mobile", "Telecoms", "Redline Partners"), ("SunAway Holidays", "Travel", "Bluefin Agency"),
    ("Pawsome Pet Food", "Food & Drink", "Oakmont Media"), ("Velvet Beauty", "Beauty", "Halcyon Media"),
    ("Hearth & Home DIY", "Retail", "Redline Partners"), ("Zenith Insurance", "Finance", "Oakmont Media"),
    ("Kinetic Sportswear", "Retail", "Pixel & Pound"), ("Orchard Cereals", "Food & Drink", "Northstar Media"),
    ("Voltrix Electric Cars", "Automotive", "Pixel & Pound"), ("StreamBox", "Entertainment", "Redline Partners"),
    ("Playhouse Toys", "Toys", "Oakmont Media"), ("Glenmorrow Whisky", "Food & Drink", "Halcyon Media"),
    ("Quickfix Broadband", "Telecoms", "Bluefin Agency"), ("Silverline Cruises", "Travel", "Pixel & Pound"),
    ("Maple Leaf Mortgages", "Finance", "Northstar Media"), ("BrightSmile Toothpaste", "Beauty", "Oakmont Media"),
    ("PetalPost Flowers", "Retail", "Pixel & Pound"), ("Coastline Airways", "Travel", "Halcyon Media"),
    ("Grand Arena Cinemas", "Entertainment", "Bluefin Agency"), ("FitLife Gyms", "Health & Fitness", "Redline Partners"),
    ("Crumb & Co Bakeries", "Food & Drink", "Pixel & Pound"), ("Ironclad Tyres", "Automotive", "Oakmont Media"),
    ("Luma Lighting", "Retail", "Bluefin Agency"), ("Greenfield Energy", "Utilities", "Northstar Media"),
    ("BrickBuild Sets", "Toys", "Redline Partners"), ("Nova Games", "Entertainment", "Halcyon Media"),
]  # fmt: skip
TV_BANK_HOLIDAYS = {D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21),
                    D(2025, 5, 5), D(2025, 5, 26)}  # fmt: skip


def build_tvadsales(path: Path) -> None:
    r = random.Random(63003)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year_num INTEGER NOT NULL,
            quarter_num INTEGER NOT NULL, month_num INTEGER NOT NULL, month_name TEXT NOT NULL,
            day_name TEXT NOT NULL, is_weekend INTEGER NOT NULL, is_bank_holiday INTEGER NOT NULL);
        CREATE TABLE dim_channel (channel_key INTEGER PRIMARY KEY, channel_name TEXT NOT NULL,
            channel_genre TEXT NOT NULL);
        CREATE TABLE dim_daypart (daypart_key INTEGER PRIMARY KEY, daypart_name TEXT NOT NULL,
            start_time TEXT NOT NULL, end_time TEXT NOT NULL);
        CREATE TABLE dim_programme (programme_key INTEGER PRIMARY KEY, programme_title TEXT NOT NULL,
            programme_genre TEXT NOT NULL, production_company TEXT NOT NULL, is_live INTEGER NOT NULL);
        CREATE TABLE dim_advertiser (advertiser_key INTEGER PRIMARY KEY, advertiser_name TEXT NOT NULL,
            industry TEXT NOT NULL, agency_name TEXT NOT NULL);
        CREATE TABLE fact_spot (spot_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            channel_key INTEGER NOT NULL REFERENCES dim_channel(channel_key),
            daypart_key INTEGER NOT NULL REFERENCES dim_daypart(daypart_key),
            programme_key INTEGER NOT NULL REFERENCES dim_programme(programme_key),
            advertiser_key INTEGER NOT NULL REFERENCES dim_advertiser(advertiser_key),
            duration_sec INTEGER NOT NULL, ratecard_pence INTEGER NOT NULL, net_pence INTEGER NOT NULL,
            impacts_000 INTEGER, spot_status TEXT NOT NULL);
        CREATE TABLE fact_rating (rating_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL
            REFERENCES dim_date(date_key), channel_key INTEGER NOT NULL REFERENCES dim_channel(channel_key),
            daypart_key INTEGER NOT NULL REFERENCES dim_daypart(daypart_key),
            programme_key INTEGER NOT NULL REFERENCES dim_programme(programme_key),
            audience_000 INTEGER NOT NULL, share_pct REAL NOT NULL);
        """,
    )
    days = [D(2024, 6, 1) + dt.timedelta(days=k) for k in range((D(2025, 6, 30) - D(2024, 6, 1)).days + 1)]
    insert(c, "dim_date", [(_ymd(d), _iso(d), d.year, (d.month - 1) // 3 + 1, d.month, d.strftime("%B"),
                            d.strftime("%A"), int(d.weekday() >= 5), int(d in TV_BANK_HOLIDAYS)) for d in days])  # fmt: skip
    insert(c, "dim_channel", [(k, n, g) for k, n, g, _b, _a in TV_CHANNELS])
    insert(c, "dim_daypart", [(k, n, s, e) for k, n, s, e, _m in TV_DAYPARTS])
    insert(c, "dim_programme", [(k, t, g, pc, live) for k, (t, g, _c, _d, pc, live) in enumerate(TV_PROGRAMMES, 1)])
    insert(c, "dim_advertiser", [(k, *a) for k, a in enumerate(TV_ADVERTISERS, 1)])
    disc = {k: r.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]) for k in range(1, len(TV_ADVERTISERS) + 1)}
    popular = [r.choice([1, 1, 2, 3, 4, 6]) for _ in TV_ADVERTISERS]
    kids_ok = [k for k, a in enumerate(TV_ADVERTISERS, 1) if a[1] in ("Toys", "Entertainment")]
    past = [d for d in days if d <= LAST]
    future = [d for d in days if d >= TODAY]
    spots = []
    for n in range(385):
        d = r.choice(past) if n < 362 else r.choice(future)
        ch = r.choices([1, 2, 3, 4, 5, 6], [30, 14, 16, 10, 18, 8])[0]
        progs = [k for k, p in enumerate(TV_PROGRAMMES, 1) if p[2] == (1 if ch == 6 else ch)]
        pk = r.choice(progs)
        dp = r.choice(TV_PROGRAMMES[pk - 1][3])
        adv = r.choice(kids_ok) if ch == 4 else r.choices(range(1, len(TV_ADVERTISERS) + 1), popular)[0]
        dur = r.choice([10, 20, 30, 30, 30, 40, 60])
        mult = TV_DAYPARTS[dp - 1][4]
        card = round(TV_CHANNELS[ch - 1][3] * mult * dur / 30) * 100
        net = round(card * (1 - disc[adv]))
        imp = round(TV_CHANNELS[ch - 1][4] * mult * r.uniform(0.6, 1.4)) if d <= LAST else None
        spots.append((_ymd(d), ch, dp, pk, adv, dur, card, net, imp, "TX" if d <= LAST else "BK"))
    spots.sort(key=lambda x: (x[0], x[1], x[2]))
    insert(c, "fact_spot", [(k, *x) for k, x in enumerate(spots, 1)])
    ratings = []
    for _ in range(260):
        d = r.choice(past)
        pk = r.randrange(1, len(TV_PROGRAMMES) + 1)
        prog = TV_PROGRAMMES[pk - 1]
        ch = 6 if prog[2] == 1 and r.random() < 0.2 else prog[2]
        dp = r.choice(prog[3])
        aud = round(TV_CHANNELS[ch - 1][4] * TV_DAYPARTS[dp - 1][4] * r.uniform(0.6, 1.5))
        ratings.append((_ymd(d), ch, dp, pk, aud, round(max(0.4, aud / 95 + r.uniform(-0.8, 0.8)), 1)))
    ratings.sort(key=lambda x: (x[0], x[1], x[2]))
    insert(c, "fact_rating", [(k, *x) for k, x in enumerate(ratings, 1)])
    done(c)


# ---------------------------------------------------------------------------------------------------------- arcade
AR_TYPES = [(1, "Racing"), (2, "Shooter"), (3, "Pinball"), (4, "Rhythm"), (5, "Crane"), (6, "Ticket Redemption"),
            (7, "Fighting"), (8, "Air Hockey")]  # fmt: skip
AR_MACHINES = [
    ("Turbo Outrun DX", 1, "G", 4), ("Midnight Drift", 1, "G", 4), ("Kart Kingdom", 1, "K", 3),
    ("Rally Legends", 1, "M", 5), ("Alien Onslaught", 2, "G", 4), ("Zombie Siege", 2, "M", 4),
    ("Jurassic Hunt", 2, "M", 5), ("Space Blaster 3000", 2, "G", 3), ("Wizard's Tower", 3, "M", 3),
    ("Pirate Cove", 3, "M", 3), ("Monster Mash", 3, "M", 3), ("Dance Revolution X", 4, "G", 4),
    ("Drum Hero", 4, "G", 3), ("Pop Star Party", 4, "K", 3), ("Claw King", 5, "G", 2), ("Teddy Grabber", 5, "K", 2),
    ("Mega Claw", 5, "G", 3), ("Coin Cascade", 6, "K", 2), ("Whack-a-Mole", 6, "K", 2), ("Skee Ball Lane 1", 6, "G", 2),
    ("Skee Ball Lane 2", 6, "G", 2), ("Lucky Wheel", 6, "K", 2), ("Stacker", 6, "G", 3), ("Basketball Frenzy", 6, "G", 3),
    ("Street Brawlers II", 7, "M", 2), ("Iron Fist Arena", 7, "M", 2), ("Shadow Ninja", 7, "M", 2),
    ("Air Hockey Table 1", 8, "G", 3), ("Air Hockey Table 2", 8, "K", 3), ("Hoop Shot Kids", 6, "K", 1),
]  # fmt: skip
AR_BROKEN = {4: D(2025, 5, 28), 10: D(2025, 6, 3), 23: D(2025, 6, 12)}
AR_STAFF = [
    (1, "Gordon Pike", "General Manager", None, D(2014, 3, 3), 19.5), (2, "Shona Reilly", "Duty Manager", 1, D(2017, 6, 1), 15.2),
    (3, "Ade Okonjo", "Duty Manager", 1, D(2019, 9, 16), 15.2), (4, "Bryn Powell", "Technician", 1, D(2016, 2, 8), 16.8),
    (5, "Lucy Tremayne", "Technician", 4, D(2023, 3, 20), 14.0),
]  # fmt: skip
AR_PRIZES = [
    ("Temporary Tattoos", 5, 300), ("Sticky Hand", 10, 240), ("Bouncy Ball", 15, 180), ("Glow Bracelet", 20, 0),
    ("Pencil Topper", 25, 95), ("Stress Ball", 40, 60), ("Candy Bar", 50, 140), ("Slime Tub", 60, 45),
    ("Keyring", 80, 70), ("Fidget Spinner", 120, 0), ("Yo-Yo", 150, 38), ("Mini Plush", 200, 52),
    ("LED Torch", 300, 20), ("Sunglasses", 350, 16), ("Water Bottle", 400, 25), ("Baseball Cap", 600, 12),
    ("Large Plush", 1500, 9), ("Lava Lamp", 1800, 4), ("Board Game", 2500, 6), ("Remote Control Car", 3500, 3),
    ("Headphones", 4000, 0), ("Bluetooth Speaker", 6000, 2), ("Giant Teddy", 8000, 1), ("Camera Drone", 12000, 1),
    ("Games Console", 25000, 1),
]  # fmt: skip
AR_NOTES = ["Coin mech jam", "Screen flicker", "Button replaced", "Ticket dispenser jam", "Claw recalibrated",
            "Steering wheel recalibrated", "Gun sight recalibrated", "Flipper coil replaced", "Card reader fault",
            "Power supply replaced", "Routine clean", "Software update"]  # fmt: skip


def build_arcade(path: Path) -> None:
    r = random.Random(63004)
    c = fresh_db(
        path,
        """
        CREATE TABLE mtyp (id INTEGER PRIMARY KEY, nm TEXT NOT NULL);
        CREATE TABLE mach (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, typ INTEGER NOT NULL REFERENCES mtyp(id),
            zn TEXT NOT NULL, cr INTEGER NOT NULL, st TEXT NOT NULL DEFAULT 'OK', dt TEXT NOT NULL);
        CREATE TABLE stf (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, rl TEXT NOT NULL, mgr INTEGER REFERENCES stf(id),
            dt TEXT NOT NULL, hr REAL NOT NULL);
        CREATE TABLE mbr (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, dt TEXT NOT NULL, tr TEXT NOT NULL,
            bal INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE play (id INTEGER PRIMARY KEY, mach INTEGER NOT NULL REFERENCES mach(id),
            mbr INTEGER NOT NULL REFERENCES mbr(id), ts INTEGER NOT NULL, sc INTEGER NOT NULL, tk INTEGER NOT NULL);
        CREATE TABLE prz (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, tk INTEGER NOT NULL, q INTEGER NOT NULL);
        CREATE TABLE rdm (id INTEGER PRIMARY KEY, mbr INTEGER NOT NULL REFERENCES mbr(id),
            prz INTEGER NOT NULL REFERENCES prz(id), dt TEXT NOT NULL, q INTEGER NOT NULL,
            stf INTEGER NOT NULL REFERENCES stf(id));
        CREATE TABLE svc (id INTEGER PRIMARY KEY, mach INTEGER NOT NULL REFERENCES mach(id),
            stf INTEGER NOT NULL REFERENCES stf(id), dt TEXT NOT NULL, min INTEGER NOT NULL, nt TEXT);
        """,
    )
    insert(c, "mtyp", AR_TYPES)
    machs = []
    for k, (n, t, z, cr) in enumerate(AR_MACHINES, 1):
        inst = day_between(r, D(2015, 1, 1), D(2024, 12, 31)) if k != 30 else D(2025, 3, 1)
        machs.append((k, n, t, z, cr, "OOO" if k in AR_BROKEN else "OK", inst))
    insert(c, "mach", [(*m[:6], _iso(m[6])) for m in machs])
    staff = [tuple(x) for x in AR_STAFF]
    for k, name in enumerate(_names(r, 15, frozenset(x[1] for x in AR_STAFF)), 6):
        role = "Prize Desk" if k % 4 == 0 else "Attendant"
        staff.append((k, name, role, 2 if k % 2 else 3, day_between(r, D(2020, 1, 1), D(2025, 4, 30)),
                      r.choice([11.44, 11.44, 11.9, 12.2])))  # fmt: skip
    insert(c, "stf", [(i, n, rl, m, _iso(h), hr) for i, n, rl, m, h, hr in staff])
    mbrs = []
    for k, name in enumerate(_names(r, 80), 1):
        mbrs.append((k, name, day_between(r, D(2021, 1, 1), D(2025, 6, 10)), r.choices("BSG", [60, 28, 12])[0],
                     r.randint(0, 200)))  # fmt: skip
    insert(c, "mbr", [(i, n, _iso(d), t, b) for i, n, d, t, b in mbrs])
    weights = [r.choice([1, 1, 1, 2, 3, 6]) for _ in mbrs]
    plays = []
    while len(plays) < 400:
        mb = r.choices(mbrs, weights)[0]
        m = r.choice(machs)
        lo = max(mb[2], m[6], D(2024, 1, 1))
        hi = AR_BROKEN.get(m[0], LAST)
        if lo > hi:
            continue
        d = day_between(r, lo, hi)
        at = dt.datetime(d.year, d.month, d.day, r.randint(10, 21), r.randint(0, 59), r.randint(0, 59),
                         tzinfo=dt.UTC)  # fmt: skip
        typ = m[2]
        sc = {1: r.randint(20, 99) * 1000, 2: r.randint(5, 400) * 250, 3: r.randint(10, 900) * 10000,
              4: r.randint(300, 1000) * 100, 5: r.randint(0, 1), 6: r.randint(5, 200), 7: r.randint(0, 3),
              8: r.randint(0, 7)}[typ]  # fmt: skip
        tk = r.randint(10, 400) if typ == 6 else r.randint(2, 20) if typ == 4 else 0
        plays.append((m[0], mb[0], int(at.timestamp()), sc, tk))
    plays.sort(key=lambda x: x[2])
    insert(c, "play", [(k, *x) for k, x in enumerate(plays, 1)])
    insert(c, "prz", [(k, *x) for k, x in enumerate(AR_PRIZES, 1)])
    won: dict[int, int] = {}
    first: dict[int, dt.date] = {}
    for _m, mb_id, ts, _sc, tk in plays:
        won[mb_id] = won.get(mb_id, 0) + tk
        first.setdefault(mb_id, dt.datetime.fromtimestamp(ts, dt.UTC).date())
    rdms = []
    for _ in range(2000):
        if len(rdms) == 150:
            break
        mb = r.choice(sorted(won))
        afford = [k for k, x in enumerate(AR_PRIZES, 1) if x[1] <= won[mb] and x[2] > 0]
        if not afford:
            continue
        pz = r.choice(afford)
        cost = AR_PRIZES[pz - 1][1]
        q = min(r.randint(1, 3), won[mb] // cost) if cost <= 60 else 1
        won[mb] -= cost * q
        d = day_between(r, first[mb], LAST)
        desk = [x[0] for x in staff if x[2] in ("Prize Desk", "Attendant") and x[4] <= d]
        rdms.append((mb, pz, d, q, r.choice(desk)))
    rdms.sort(key=lambda x: x[2])
    insert(c, "rdm", [(k, mb, pz, _iso(d), q, s) for k, (mb, pz, d, q, s) in enumerate(rdms, 1)])
    svcs = []
    for _ in range(36):
        m = r.choice(machs)
        svcs.append((m[0], r.choice([4, 4, 5, 5, 2, 3]), day_between(r, max(m[6], D(2023, 6, 1)), LAST),
                     r.choice([15, 20, 30, 45, 60, 90, 120, 180]), r.choice(AR_NOTES)))  # fmt: skip
    for mk, d in AR_BROKEN.items():
        svcs.append((mk, 4, d, r.choice([60, 90, 120]), "Awaiting parts"))
    svcs.sort(key=lambda x: (x[2], x[0]))
    insert(c, "svc", [(k, m, s, _iso(d), mn, nt) for k, (m, s, d, mn, nt) in enumerate(svcs, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------- literaryagency
LA_AGENTS = [
    (1, "Margaret Ashford", "Managing Director", None, D(2001, 4, 2)),
    (2, "Julian Pryce", "Senior Agent", 1, D(2006, 9, 1)),
    (3, "Rosalind Okeke", "Senior Agent", 1, D(2009, 1, 12)),
    (4, "Tobias Wren", "Agent", 2, D(2014, 3, 3)),
    (5, "Priya Raman", "Agent", 3, D(2015, 6, 15)),
    (6, "Callum Fraser", "Agent", 2, D(2017, 10, 2)),
    (7, "Sophie Marchetti", "Agent", 3, D(2018, 5, 8)),
    (8, "Nell Hutchinson", "Associate Agent", 4, D(2021, 2, 1)),
    (9, "Oscar Lindqvist", "Associate Agent", 5, D(2022, 9, 5)),
    (10, "Amara Nwosu", "Associate Agent", 7, D(2023, 1, 16)),
    (11, "Freddie Colman", "Associate Agent", 6, D(2024, 4, 8)),
    (12, "Grace Tanaka", "Agent", 1, D(2012, 11, 19)),
]
LA_IMPRINTS = [
    ("Hartwell Press", "Hartwell & Stone", "London"), ("Stone Editions", "Hartwell & Stone", "London"),
    ("Blackthorn Crime", "Hartwell & Stone", "London"), ("Little Hartwell", "Hartwell & Stone", "London"),
    ("Meridian", "Meridian Publishing Group", "London"), ("Meridian Voyager", "Meridian Publishing Group", "London"),
    ("Sixpenny Books", "Meridian Publishing Group", "Manchester"), ("Lantern YA", "Meridian Publishing Group", "London"),
    ("Fenwick House", "Fenwick House", "Oxford"), ("Fenwick Nonfiction", "Fenwick House", "Oxford"),
    ("Quillon", "Fenwick House", "Edinburgh"), ("Bramblewood", "Bramblewood Books", "Bristol"),
    ("Bramblewood Kids", "Bramblewood Books", "Bristol"), ("Thistle & Rose", "Bramblewood Books", "Glasgow"),
    ("Corvid Press", "Corvid Press", "Norwich"), ("Saltmarsh Editions", "Saltmarsh Editions", "Brighton"),
    ("Northern Lights Publishing", "Northern Lights Publishing", "Leeds"), ("Ravenglass", "Meridian Publishing Group", "London"),
    ("Harbinger", "Hartwell & Stone", "London"), ("Open Field Books", "Fenwick House", "Cambridge"),
]  # fmt: skip
# genre, word count range (thousands), imprints that take it (1-based)
LA_GENRES = {
    "Literary Fiction": ((70, 110), [1, 2, 5, 9, 11, 14, 15, 16, 17]),
    "Crime": ((80, 110), [3, 7, 11, 17, 19]),
    "Thriller": ((80, 110), [3, 7, 19, 5, 17]),
    "Fantasy": ((100, 160), [6, 18, 8, 12]),
    "Science Fiction": ((90, 130), [6, 18, 15]),
    "Historical Fiction": ((90, 140), [1, 5, 9, 12, 14]),
    "Romance": ((70, 95), [7, 12, 17]),
    "Memoir": ((60, 90), [10, 16, 20, 2]),
    "Popular Science": ((60, 100), [10, 20, 2]),
    "Young Adult": ((60, 90), [8, 13, 18]),
    "Children's": ((20, 45), [4, 13]),
}
LA_ADJ = ["Silent", "Glass", "Hollow", "Last", "Burning", "Drowned", "Paper", "Winter", "Hidden", "Salt", "Iron",
          "Crimson", "Quiet", "Lost", "Broken", "Golden"]  # fmt: skip
LA_NOUN = ["Orchard", "Lighthouse", "Garden", "Archive", "River", "House", "Kingdom", "Cartographer", "Harbour", "Tide",
           "Bell", "Library", "Compass", "Frontier", "Saint", "Mirror"]  # fmt: skip
LA_COUNTRIES = ["UK", "UK", "UK", "UK", "Ireland", "USA", "Nigeria", "India", "Canada", "Australia"]


def build_literaryagency(path: Path) -> None:
    r = random.Random(63005)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Agents" ("Agent ID" INTEGER PRIMARY KEY, "Agent Name" TEXT NOT NULL, "Job Title" TEXT NOT NULL,
            "Mentor ID" INTEGER REFERENCES "Agents"("Agent ID"), "Start Date" TEXT NOT NULL);
        CREATE TABLE "Authors" ("Author ID" INTEGER PRIMARY KEY, "Author Name" TEXT NOT NULL, "Country" TEXT NOT NULL,
            "Agent ID" INTEGER NOT NULL REFERENCES "Agents"("Agent ID"), "Signed Date" TEXT NOT NULL,
            "Debut" TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE "Manuscripts" ("Manuscript ID" INTEGER PRIMARY KEY, "Working Title" TEXT NOT NULL,
            "Author ID" INTEGER NOT NULL REFERENCES "Authors"("Author ID"), "Genre" TEXT NOT NULL,
            "Word Count" INTEGER NOT NULL, "Finished Date" TEXT, "Status" TEXT NOT NULL);
        CREATE TABLE "Imprints" ("Imprint ID" INTEGER PRIMARY KEY, "Imprint Name" TEXT NOT NULL,
            "Publishing Group" TEXT NOT NULL, "City" TEXT NOT NULL);
        CREATE TABLE "Submissions" ("Submission ID" INTEGER PRIMARY KEY, "Manuscript ID" INTEGER NOT NULL
            REFERENCES "Manuscripts"("Manuscript ID"), "Imprint ID" INTEGER NOT NULL REFERENCES "Imprints"("Imprint ID"),
            "Date Sent" TEXT NOT NULL, "Response" TEXT NOT NULL, "Response Date" TEXT);
        CREATE TABLE "Book Deals" ("Deal ID" INTEGER PRIMARY KEY, "Manuscript ID" INTEGER NOT NULL
            REFERENCES "Manuscripts"("Manuscript ID"), "Imprint ID" INTEGER NOT NULL REFERENCES "Imprints"("Imprint ID"),
            "Deal Date" TEXT NOT NULL, "Advance GBP" INTEGER NOT NULL, "Royalty Percent" REAL NOT NULL,
            "Territory" TEXT NOT NULL, "Format" TEXT NOT NULL, "Publication Date" TEXT NOT NULL);
        """,
    )
    insert(c, "Agents", [(i, n, t, m, _iso(d)) for i, n, t, m, d in LA_AGENTS])
    authors = []
    for k, name in enumerate(_names(r, 58, frozenset(a[1] for a in LA_AGENTS)), 1):
        ag = r.choices([a[0] for a in LA_AGENTS], [2, 6, 6, 5, 5, 4, 4, 2, 2, 2, 1, 3])[0]
        lo = max(LA_AGENTS[ag - 1][4], D(2012, 1, 1))
        authors.append((k, name, r.choice(LA_COUNTRIES), ag, day_between(r, lo, D(2025, 3, 31)),
                        "Y" if r.random() < 0.45 else "N"))  # fmt: skip
    insert(c, "Authors", [(*a[:4], _iso(a[4]), a[5]) for a in authors])
    insert(c, "Imprints", [(k, *x) for k, x in enumerate(LA_IMPRINTS, 1)])
    titles = [f"The {a} {n}" for a in LA_ADJ for n in LA_NOUN]
    r.shuffle(titles)
    mss, subs, deals = [], [], []
    for k in range(1, 96):
        au = authors[(k - 1) % len(authors)] if k <= len(authors) else r.choice(authors)
        genre = r.choice(list(LA_GENRES))
        (lo_k, hi_k), takers = LA_GENRES[genre]
        words = r.randrange(lo_k * 1000, hi_k * 1000, 500)
        fin = day_between(r, max(au[4], D(2021, 1, 1)), LAST + dt.timedelta(days=200))
        fin_d = fin if fin <= LAST else None
        status = "In Progress"
        if fin_d is not None:
            sent = fin_d + dt.timedelta(days=r.randint(14, 70))
            status = "Editing"
            if sent <= LAST:
                hit = r.random() < 0.42
                targets = r.sample(takers, min(len(takers), r.randint(2, 5)))
                offers = []
                for j, imp in enumerate(targets):
                    s_d = sent + dt.timedelta(days=r.randint(0, 4))
                    s_d = min(s_d, LAST)
                    resp = s_d + dt.timedelta(days=r.randint(12, 110))
                    if resp > LAST:
                        subs.append([k, imp, s_d, "Pending", None])
                    elif hit and (j == 0 or (j == 1 and r.random() < 0.3)):
                        subs.append([k, imp, s_d, "Offer", resp])
                        offers.append((imp, resp))
                    else:
                        subs.append([k, imp, s_d, "Declined", resp])
                deal_d = max((o[1] for o in offers), default=None)
                if offers and deal_d is not None and deal_d + dt.timedelta(days=21) <= LAST:
                    imp = r.choice(offers)[0]
                    dd = deal_d + dt.timedelta(days=r.randint(5, 21))
                    adv = r.randrange(4000, 45000, 500) if au[5] == "Y" else r.randrange(10000, 120000, 500)
                    if r.random() < 0.08:
                        adv = r.randrange(150000, 260000, 5000)
                    fmt = r.choice(["Hardback", "Hardback", "Paperback", "Ebook"])
                    roy = {"Hardback": 10.0, "Paperback": 7.5, "Ebook": 25.0}[fmt]
                    terr = r.choice(["World English", "World English", "UK & Commonwealth", "World", "North America"])
                    deals.append((k, imp, dd, adv, roy, terr, fmt, dd + dt.timedelta(days=r.randint(330, 720))))
                    status = "Sold"
                elif any(s[3] == "Pending" for s in subs if s[0] == k):
                    status = "On Submission"
                else:
                    status = "Shelved"
        mss.append((k, titles[k - 1], au[0], genre, words, _iso(fin_d), status))
    insert(c, "Manuscripts", mss)
    subs.sort(key=lambda s: (s[2], s[0]))
    insert(c, "Submissions", [(k, m, i, _iso(d), rs, _iso(rd)) for k, (m, i, d, rs, rd) in enumerate(subs, 1)])
    deals.sort(key=lambda x: x[2])
    insert(
        c,
        "Book Deals",
        [(k, m, i, _iso(d), a, ro, t, f, _iso(p)) for k, (m, i, d, a, ro, t, f, p) in enumerate(deals, 1)],
    )
    done(c)


# --------------------------------------------------------------------------------------------------- pigeonracing
PR_CLUBS = [
    ("MID", "Midland Flyers", "Nottingham", 1921), ("NWF", "North West Federation Club", "Wigan", 1934),
    ("PEN", "Pennine Racing Club", "Halifax", 1952), ("SEV", "Severn Valley RPC", "Worcester", 1948),
    ("TYN", "Tyneside Homers", "Gateshead", 1909), ("FEN", "Fenland Flying Club", "Wisbech", 1966),
    ("BOR", "Border Amateurs", "Carlisle", 1975), ("CHE", "Cheshire Lofts", "Crewe", 1988),
]  # fmt: skip
PR_TOWNS = {
    "MID": ["Nottingham", "Mansfield", "Derby"], "NWF": ["Wigan", "Leigh", "St Helens"],
    "PEN": ["Halifax", "Huddersfield", "Todmorden"], "SEV": ["Worcester", "Kidderminster", "Evesham"],
    "TYN": ["Gateshead", "Jarrow", "Whickham"], "FEN": ["Wisbech", "March", "Spalding"],
    "BOR": ["Carlisle", "Penrith", "Brampton"], "CHE": ["Crewe", "Nantwich", "Sandbach"],
}  # fmt: skip
PR_COLOURS = ["Blue Bar", "Blue Bar", "Blue Chequer", "Blue Chequer", "Dark Chequer", "Red Chequer", "Mealy", "Pied",
              "Grizzle"]  # fmt: skip
# race code, liberation point, date, liberation time, miles, class
PR_RACES = [
    ("OB2401", "Cheltenham", D(2024, 4, 20), "07:30", 96.4, "OB"), ("OB2402", "Exeter", D(2024, 4, 27), "07:00", 158.2, "OB"),
    ("OB2403", "Plymouth", D(2024, 5, 11), "06:45", 196.8, "OB"), ("OB2404", "Carentan", D(2024, 5, 25), "06:30", 287.5, "OB"),
    ("OB2405", "Fougeres", D(2024, 6, 8), "06:15", 331.0, "OB"), ("OB2406", "Messac", D(2024, 6, 22), "06:00", 368.9, "OB"),
    ("OB2407", "Bourges", D(2024, 7, 6), "06:00", 452.3, "OB"), ("YB2401", "Cheltenham", D(2024, 8, 3), "07:30", 96.4, "YB"),
    ("YB2402", "Yeovil", D(2024, 8, 17), "07:15", 141.7, "YB"), ("YB2403", "Weymouth", D(2024, 8, 31), "07:00", 168.3, "YB"),
    ("YB2404", "Carentan", D(2024, 9, 14), "07:00", 287.5, "YB"), ("OB2501", "Cheltenham", D(2025, 4, 19), "07:30", 96.4, "OB"),
    ("OB2502", "Exeter", D(2025, 4, 26), "07:00", 158.2, "OB"), ("OB2503", "Plymouth", D(2025, 5, 3), "06:45", 196.8, "OB"),
    ("OB2504", "Carentan", D(2025, 5, 17), "06:30", 287.5, "OB"), ("OB2505", "Fougeres", D(2025, 5, 31), "06:15", 331.0, "OB"),
    ("OB2506", "Messac", D(2025, 6, 7), "06:00", 368.9, "OB"), ("OB2507", "Tarbes", D(2025, 6, 14), "05:45", 604.6, "OB"),
    ("OB2508", "Bourges", D(2025, 6, 28), "06:00", 452.3, "OB"), ("OB2509", "Pau", D(2025, 7, 12), "05:30", 588.0, "OB"),
    ("YB2501", "Cheltenham", D(2025, 8, 2), "07:30", 96.4, "YB"), ("YB2502", "Yeovil", D(2025, 8, 16), "07:15", 141.7, "YB"),
    ("YB2503", "Weymouth", D(2025, 8, 30), "07:00", 168.3, "YB"), ("YB2504", "Carentan", D(2025, 9, 13), "07:00", 287.5, "YB"),
]  # fmt: skip


def build_pigeonracing(path: Path) -> None:
    r = random.Random(63006)
    c = fresh_db(
        path,
        """
        CREATE TABLE club (club_code TEXT PRIMARY KEY, club_name TEXT NOT NULL, meeting_town TEXT NOT NULL,
            founded_year INTEGER NOT NULL);
        CREATE TABLE loft (loft_code TEXT PRIMARY KEY, fancier_name TEXT NOT NULL,
            club_code TEXT NOT NULL REFERENCES club(club_code), loft_town TEXT NOT NULL,
            registered_year INTEGER NOT NULL);
        CREATE TABLE bird (ring_no TEXT PRIMARY KEY, loft_code TEXT NOT NULL REFERENCES loft(loft_code),
            hatch_year INTEGER NOT NULL, sex TEXT NOT NULL, colour TEXT NOT NULL,
            sire_ring TEXT REFERENCES bird(ring_no), dam_ring TEXT REFERENCES bird(ring_no));
        CREATE TABLE race (race_code TEXT PRIMARY KEY, race_point TEXT NOT NULL, lib_date TEXT NOT NULL,
            lib_time TEXT NOT NULL, distance_mi REAL NOT NULL, race_class TEXT NOT NULL);
        CREATE TABLE race_entry (race_code TEXT NOT NULL REFERENCES race(race_code),
            ring_no TEXT NOT NULL REFERENCES bird(ring_no), arrival_time TEXT, velocity_ypm REAL, placing INTEGER,
            prize_gbp INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (race_code, ring_no));
        """,
    )
    insert(c, "club", PR_CLUBS)
    lofts = []
    names = _names(r, 30)
    for k, name in enumerate(names):
        club = PR_CLUBS[k % len(PR_CLUBS)][0]
        code = f"{club}{k // len(PR_CLUBS) + 1:02d}"
        fancier = {4: "Hartley & Son", 13: "Quinn Brothers", 22: "Mr & Mrs Thornton"}.get(k, name)
        lofts.append((code, fancier, club, r.choice(PR_TOWNS[club]), r.randint(1978, 2022)))
    insert(c, "loft", lofts)
    birds: list[tuple[str, str, int, str, str, str | None, str | None]] = []
    used: set[str] = set()

    def ring(year: int) -> str:
        while True:
            code = f"GB{year % 100:02d}{r.choice('ABN')}{r.randint(1000, 99999):05d}"
            if code not in used:
                used.add(code)
                return code

    for loft in lofts:
        stock = []
        for sex in "CCHH":
            b = (ring(y := r.randint(2016, 2020)), loft[0], y, sex, r.choice(PR_COLOURS), None, None)
            stock.append(b)
        birds.extend(stock)
        for _ in range(r.randint(3, 5)):
            y = r.choice([2021, 2022, 2023, 2023, 2024, 2024, 2025, 2025])
            sires = [b for b in birds if b[1] == loft[0] and b[3] == "C" and b[2] < y]
            dams = [b for b in birds if b[1] == loft[0] and b[3] == "H" and b[2] < y]
            birds.append((ring(y), loft[0], y, r.choice("CH"), r.choice(PR_COLOURS), r.choice(sires)[0],
                          r.choice(dams)[0]))  # fmt: skip
    birds.sort(key=lambda b: (b[2], b[0]))
    insert(c, "bird", birds)
    insert(c, "race", [(code, pt, _iso(d), t, mi, cl) for code, pt, d, t, mi, cl in PR_RACES])
    entries = []
    lost: set[str] = set()
    for code, _pt, d, t, mi, cl in PR_RACES:
        if d > LAST:
            continue
        ok = [b for b in birds if (b[2] == d.year if cl == "YB" else b[2] < d.year) and b[0] not in lost]
        field = r.sample(ok, min(len(ok), r.randint(15, 19)))
        lib = dt.datetime.combine(d, dt.time.fromisoformat(t))
        res = []
        for b in field:
            if r.random() < (0.86 if mi < 400 else 0.72):
                v = round(r.uniform(1050, 1650) if mi < 300 else r.uniform(900, 1400), 2)
                arr = lib + dt.timedelta(minutes=mi * 1760 / v)
                res.append([code, b[0], arr.strftime("%Y-%m-%d %H:%M:%S"), v])
            else:
                res.append([code, b[0], None, None])
                lost.add(b[0])
        ranked = sorted((x for x in res if x[3] is not None), key=lambda x: -x[3])
        place = {x[1]: n for n, x in enumerate(ranked, 1)}
        for x in res:
            p = place.get(x[1])
            entries.append((*x, p, {1: 60, 2: 35, 3: 20}.get(p or 0, 0)))
    insert(c, "race_entry", entries)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "comicdistro": build_comicdistro,
    "stockphoto": build_stockphoto,
    "tvadsales": build_tvadsales,
    "arcade": build_arcade,
    "literaryagency": build_literaryagency,
    "pigeonracing": build_pigeonracing,
}
