"""Six small arts, heritage and hobby databases for the fifty-eighth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15: rows are dated up to 2025-06-14, apart from things still to come (exhibitions,
swap meets, digs, slams, events, rota shifts, membership renewals) which may lie in the future.

- ``artgallery`` (plain snake_case plural tables with ``id`` keys): a commercial art gallery. ``artists``,
  ``artworks`` (list price, status available / sold / on loan), ``collectors`` (patron flag 0/1), ``exhibitions``
  (some still to come), the link table ``exhibition_artworks`` and ``sales``.
- ``genealogy`` (singular PascalCase tables with ``TableNameId`` keys; self-referencing ``Person.FatherId`` and
  ``Person.MotherId``): a family history society. ``Place``, ``Person`` (``DeathDate`` NULL for the living),
  ``Marriage``, ``Researcher``, ``Source`` and the link table ``Citation`` (a person cited in a source).
- ``stampclub`` (camelCase plural tables and columns, ``isX`` flags 0/1): a philatelic society. ``members``,
  ``countries``, ``stamps``, the link table ``holdings`` (who owns which stamp), ``swapMeets`` (some to come) and
  ``trades`` done at the meets.
- ``metaldetecting`` (UPPER_SNAKE singular tables, 'Y'/'N' flags): a metal detecting club. ``DETECTORIST``,
  ``LANDOWNER``, ``SITE``, ``DIG`` (club digs, some to come), the link table ``DIG_ATTENDEE`` and ``FIND``.
- ``poetryslam`` (lowercase tables whose columns carry a short table prefix: ``pt_name`` in ``poets``, ``sl_date`` in
  ``slams``): a poetry slam circuit. ``poets``, ``venues``, ``slams`` (some to come), ``judges``, the link table
  ``panels`` (judges sitting at a slam) and ``performances`` (score and finishing place).
- ``heritagetrust`` (mixed: legacy UPPERCASE tables ``PROPERTIES`` and ``VOLUNTEERS`` beside newer snake_case
  tables): a heritage trust. ``PROPERTIES``, ``VOLUNTEERS``, ``members``, ``visits``, ``volunteer_shifts`` (the link
  of volunteers and properties), ``events`` (some to come) and ``event_bookings``.
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
START = D(2023, 1, 1)

FIRST = [
    "Agnes", "Bernard", "Cecily", "Declan", "Edith", "Felix", "Gemma", "Howard", "Iris", "Jasper", "Kirsty", "Lionel",
    "Mabel", "Neville", "Ophelia", "Percy", "Rhoda", "Stanley", "Thea", "Victor", "Winifred", "Alastair", "Beatrix",
    "Cormac", "Delphine", "Ewan", "Flora", "Gideon", "Hester", "Ivor",
]  # fmt: skip
SURN = [
    "Ashworth", "Blackwood", "Cartwright", "Drummond", "Ellison", "Fairbairn", "Gilchrist", "Hollis", "Ingram",
    "Jessop", "Kerridge", "Lockhart", "Merriman", "Northcott", "Osborne", "Pemberton", "Radcliffe", "Sutcliffe",
    "Thackeray", "Underwood", "Wainwright", "Yardley", "Appleby", "Bramwell", "Coverdale",
]  # fmt: skip


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs."""
    pairs = [(f, s) for f in FIRST for s in SURN]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


# ------------------------------------------------------------------------------------------------------ artgallery
AG_ARTISTS = [
    ("Maren Solberg", "Norway", 1971, "Oil"), ("Tobias Achterberg", "Netherlands", 1965, "Oil"),
    ("Lucia Ferrante", "Italy", 1982, "Acrylic"), ("Kenji Moriyama", "Japan", 1958, "Ink"),
    ("Adaeze Okonkwo", "Nigeria", 1988, "Mixed Media"), ("Henrietta Vale", "United Kingdom", 1949, "Watercolour"),
    ("Pavel Dvorak", "Czechia", 1976, "Bronze"), ("Sofia Almeida", "Portugal", 1990, "Photography"),
    ("Rhys Llewellyn", "United Kingdom", 1984, "Oil"), ("Ines Carvalho", "Brazil", 1979, "Acrylic"),
    ("Elias Brandt", "Germany", 1962, "Etching"), ("Nora Kallio", "Finland", 1993, "Textile"),
    ("Samuel Achebe", "Nigeria", 1970, "Bronze"), ("Clara Weiss", "Austria", 1986, "Photography"),
    ("Mateo Ibarra", "Spain", 1974, "Oil"), ("Yuki Tanabe", "Japan", 1991, "Ceramic"),
    ("Fiona MacLeod", "United Kingdom", 1967, "Watercolour"), ("Jonas Lindahl", "Sweden", 1980, "Mixed Media"),
    ("Amelie Roussel", "France", 1973, "Oil"), ("Dario Costa", "Italy", 1955, "Marble"),
    ("Hana Novakova", "Czechia", 1989, "Etching"), ("Oliver Quayle", "United Kingdom", 1995, "Acrylic"),
    ("Leila Haddad", "Lebanon", 1983, "Mixed Media"), ("Tomasz Wrobel", "Poland", 1968, "Oil"),
    ("Greta Sorensen", "Denmark", 1977, "Ceramic"), ("Arjun Mehta", "India", 1985, "Photography"),
    ("Beatriz Molina", "Spain", 1992, "Textile"), ("Callum Reid", "United Kingdom", 1960, "Bronze"),
    ("Emeka Nwosu", "Nigeria", 1994, "Acrylic"), ("Ingrid Aalto", "Finland", 1952, "Watercolour"),
    ("Pierre Lacombe", "France", 1969, "Ink"), ("Vivian Cho", "South Korea", 1987, "Ink"),
]  # fmt: skip
AG_ADJ = [
    "Quiet", "Northern", "Broken", "Golden", "Silent", "Drifting", "Hidden", "Late", "Blue", "Salt", "Winter",
    "Distant", "Burning", "Pale", "Scarlet", "Hollow", "Wild", "Still",
]  # fmt: skip
AG_NOUN = [
    "Harbour", "Orchard", "Tide", "Meadow", "Window", "Lantern", "Estuary", "Garden", "Horizon", "Fjord", "Orchid",
    "Stairwell", "Cathedral", "Ferry", "Heron", "Quarry", "Rooftops", "Vessel", "Figure", "Market",
]  # fmt: skip
AG_EXHIBITIONS = [
    ("New Light", D(2022, 1, 14)), ("Northern Voices", D(2022, 3, 4)), ("Paper Cuts", D(2022, 4, 29)),
    ("Salt and Stone", D(2022, 6, 17)), ("Summer Open 2022", D(2022, 7, 29)), ("The Figure", D(2022, 9, 23)),
    ("Winter Salon", D(2022, 11, 18)), ("Ink and Wash", D(2023, 1, 20)), ("Cast in Bronze", D(2023, 3, 10)),
    ("Coastlines", D(2023, 4, 28)), ("Emerging Artists 2023", D(2023, 6, 16)), ("Summer Open 2023", D(2023, 7, 28)),
    ("Threads", D(2023, 9, 15)), ("Lens", D(2023, 10, 27)), ("Winter Salon 2023", D(2023, 12, 1)),
    ("Fired Earth", D(2024, 1, 26)), ("Portraits Now", D(2024, 3, 8)), ("The Quiet Room", D(2024, 4, 26)),
    ("Emerging Artists 2024", D(2024, 6, 14)), ("Summer Open 2024", D(2024, 7, 26)), ("Afterimage", D(2024, 9, 13)),
    ("Small Works", D(2024, 10, 25)), ("Winter Salon 2024", D(2024, 11, 29)), ("Monochrome", D(2025, 1, 17)),
    ("Tidal", D(2025, 2, 28)), ("Spring Etchings", D(2025, 4, 11)), ("Material World", D(2025, 5, 23)),
    ("Summer Open 2025", D(2025, 7, 4)), ("Borderlands", D(2025, 8, 29)), ("Winter Salon 2025", D(2025, 11, 28)),
]  # fmt: skip
AG_CURATORS = ["Harriet Cole", "Marcus Byrne", "Anouk de Vries", "Priya Raman", "Samuel Ortiz"]
AG_ROOMS = ["Main Hall", "North Gallery", "Project Space"]
AG_CITIES = [
    ("London", "United Kingdom"), ("Edinburgh", "United Kingdom"), ("Manchester", "United Kingdom"),
    ("Bristol", "United Kingdom"), ("Paris", "France"), ("New York", "United States"), ("Berlin", "Germany"),
    ("Zurich", "Switzerland"),
]  # fmt: skip


def build_artgallery(path: Path) -> None:
    r = random.Random(58001)
    c = fresh_db(
        path,
        """
        CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL,
            born_year INTEGER NOT NULL, main_medium TEXT NOT NULL);
        CREATE TABLE artworks (id INTEGER PRIMARY KEY, title TEXT NOT NULL,
            artist_id INTEGER NOT NULL REFERENCES artists(id), year_made INTEGER NOT NULL, medium TEXT NOT NULL,
            height_cm REAL NOT NULL, width_cm REAL NOT NULL, list_price REAL NOT NULL, status TEXT NOT NULL);
        CREATE TABLE collectors (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, city TEXT NOT NULL,
            country TEXT NOT NULL, email TEXT, is_patron INTEGER NOT NULL DEFAULT 0, joined_on DATE NOT NULL);
        CREATE TABLE exhibitions (id INTEGER PRIMARY KEY, title TEXT NOT NULL, opens_on DATE NOT NULL,
            closes_on DATE NOT NULL, curator TEXT NOT NULL, room TEXT NOT NULL);
        CREATE TABLE exhibition_artworks (exhibition_id INTEGER NOT NULL REFERENCES exhibitions(id),
            artwork_id INTEGER NOT NULL REFERENCES artworks(id), PRIMARY KEY (exhibition_id, artwork_id));
        CREATE TABLE sales (id INTEGER PRIMARY KEY, artwork_id INTEGER NOT NULL UNIQUE REFERENCES artworks(id),
            collector_id INTEGER NOT NULL REFERENCES collectors(id), sale_date DATE NOT NULL,
            sale_price REAL NOT NULL);
        """,
    )
    insert(c, "artists", [(k, *a) for k, a in enumerate(AG_ARTISTS, 1)])
    titles = [f"{a} {n}" for a in AG_ADJ for n in AG_NOUN]
    r.shuffle(titles)
    works = []
    for aid, (_n, _c, born, med) in enumerate(AG_ARTISTS, 1):
        for _ in range(r.randint(3, 7)):
            year = r.randint(max(born + 20, 1990), 2025)
            medium = med if r.random() < 0.85 else r.choice(["Oil", "Acrylic", "Mixed Media", "Ink"])
            h, w = r.choice([30, 40, 50, 60, 80, 100, 120, 150]), r.choice([30, 40, 50, 60, 80, 100, 120, 180])
            base = {"Bronze": 9000, "Marble": 14000, "Oil": 4500, "Photography": 1200, "Etching": 650}.get(medium, 2200)
            price = round(base * r.uniform(0.5, 2.6) / 50) * 50 - r.choice([0, 0, 5, 0.5])
            works.append((aid, year, medium, float(h), float(w), float(price)))
    insert(
        c,
        "artworks",
        [(k, titles[k - 1], aid, y, m, h, w, p, "available") for k, (aid, y, m, h, w, p) in enumerate(works, 1)],
    )
    custs = []
    for k, (f, s) in enumerate(_names(r, 60), 1):
        city, country = r.choice(AG_CITIES)
        email = None if r.random() < 0.12 else f"{f.lower()}.{s.lower()}@collect.example"
        custs.append(
            (k, f"{f} {s}", city, country, email, int(r.random() < 0.25), _iso(day_between(r, D(2019, 1, 1), LAST)))
        )
    insert(c, "collectors", custs)
    exhibitions = []
    for k, (t, opens) in enumerate(AG_EXHIBITIONS, 1):
        closes = opens + dt.timedelta(days=r.choice([35, 42, 42, 49]))
        exhibitions.append((k, t, _iso(opens), _iso(closes), r.choice(AG_CURATORS), r.choice(AG_ROOMS)))
    insert(c, "exhibitions", exhibitions)
    links = []
    for k, (_t, opens) in enumerate(AG_EXHIBITIONS, 1):
        pool = [i for i, w in enumerate(works, 1) if w[1] <= opens.year]
        links += [(k, a) for a in sorted(r.sample(pool, r.randint(4, 9)))]
    insert(c, "exhibition_artworks", links)
    sold = r.sample(range(1, len(works) + 1), 72)
    sales = []
    for aid in sold:
        lo = max(D(2021, 1, 1), D(works[aid - 1][1], 3, 1))
        d = day_between(r, lo, LAST) if lo <= LAST else LAST
        price = round(works[aid - 1][5] * r.uniform(0.82, 1.0), 2)
        sales.append((aid, r.randint(1, 52), d, price))
    sales.sort(key=lambda x: x[2])
    insert(c, "sales", [(k, a, cu, _iso(d), p) for k, (a, cu, d, p) in enumerate(sales, 1)])
    c.execute("UPDATE artworks SET status = 'sold' WHERE id IN (SELECT artwork_id FROM sales)")
    unsold = [i for i in range(1, len(works) + 1) if i not in set(sold)]
    for aid in r.sample(unsold, 14):
        c.execute("UPDATE artworks SET status = 'on loan' WHERE id = ?", (aid,))
    done(c)


# ------------------------------------------------------------------------------------------------------- genealogy
GN_PLACES = [
    ("Whitby", "Yorkshire", "England"), ("Halifax", "Yorkshire", "England"), ("Skipton", "Yorkshire", "England"),
    ("Kendal", "Westmorland", "England"), ("Penrith", "Cumberland", "England"), ("Keswick", "Cumberland", "England"),
    ("Lancaster", "Lancashire", "England"), ("Preston", "Lancashire", "England"), ("Bolton", "Lancashire", "England"),
    ("Truro", "Cornwall", "England"), ("Falmouth", "Cornwall", "England"), ("Bodmin", "Cornwall", "England"),
    ("Exeter", "Devon", "England"), ("Barnstaple", "Devon", "England"), ("Norwich", "Norfolk", "England"),
    ("King's Lynn", "Norfolk", "England"), ("Ipswich", "Suffolk", "England"), ("Bury St Edmunds", "Suffolk", "England"),
    ("Shrewsbury", "Shropshire", "England"), ("Ludlow", "Shropshire", "England"), ("Perth", "Perthshire", "Scotland"),
    ("Dundee", "Angus", "Scotland"), ("Inverness", "Inverness-shire", "Scotland"), ("Ayr", "Ayrshire", "Scotland"),
    ("Paisley", "Renfrewshire", "Scotland"), ("Aberystwyth", "Cardiganshire", "Wales"),
    ("Brecon", "Breconshire", "Wales"), ("Swansea", "Glamorgan", "Wales"), ("Wrexham", "Denbighshire", "Wales"),
    ("Cork", "County Cork", "Ireland"), ("Galway", "County Galway", "Ireland"), ("Sligo", "County Sligo", "Ireland"),
    ("Belfast", "County Antrim", "Ireland"), ("Toronto", "Ontario", "Canada"), ("Dunedin", "Otago", "New Zealand"),
]  # fmt: skip
GN_MALE = [
    "John", "William", "Thomas", "James", "George", "Henry", "Joseph", "Robert", "Samuel", "Edward", "Charles",
    "Arthur", "Albert", "Walter", "Frederick", "Alfred", "Harold", "Ernest",
]  # fmt: skip
GN_FEMALE = [
    "Mary", "Elizabeth", "Ann", "Sarah", "Jane", "Margaret", "Emma", "Alice", "Martha", "Ellen", "Hannah", "Florence",
    "Edith", "Ada", "Lilian", "Dorothy", "Mabel", "Harriet",
]  # fmt: skip
GN_SURNAMES = [
    "Hargreaves", "Pickering", "Trelawny", "Moffat", "Ackroyd", "Penrose", "Dunmore", "Whitelaw", "Crossley",
    "Fenwick", "Gwynne", "Ormerod", "Brodie", "Kilbride", "Tregear", "Sowerby", "Lowther", "Rushworth",
]  # fmt: skip
GN_SOURCE_TYPES = ["Census", "Parish Register", "Birth Certificate", "Marriage Certificate", "Will", "Newspaper"]
GN_REPOS = ["The National Archives", "County Record Office", "General Register Office", "British Library",
            "National Records of Scotland"]  # fmt: skip


def build_genealogy(path: Path) -> None:
    r = random.Random(58002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Place (PlaceId INTEGER PRIMARY KEY, PlaceName TEXT NOT NULL, County TEXT NOT NULL,
            Country TEXT NOT NULL);
        CREATE TABLE Person (PersonId INTEGER PRIMARY KEY, GivenName TEXT NOT NULL, Surname TEXT NOT NULL,
            Sex TEXT NOT NULL, BirthDate DATE NOT NULL, BirthPlaceId INTEGER REFERENCES Place(PlaceId),
            DeathDate DATE, Occupation TEXT, FatherId INTEGER REFERENCES Person(PersonId),
            MotherId INTEGER REFERENCES Person(PersonId));
        CREATE TABLE Marriage (MarriageId INTEGER PRIMARY KEY, HusbandId INTEGER NOT NULL REFERENCES Person(PersonId),
            WifeId INTEGER NOT NULL REFERENCES Person(PersonId), MarriageDate DATE NOT NULL,
            PlaceId INTEGER NOT NULL REFERENCES Place(PlaceId));
        CREATE TABLE Researcher (ResearcherId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Email TEXT,
            MembershipTier TEXT NOT NULL, JoinedDate DATE NOT NULL);
        CREATE TABLE Source (SourceId INTEGER PRIMARY KEY, SourceType TEXT NOT NULL, Title TEXT NOT NULL,
            SourceYear INTEGER NOT NULL, Repository TEXT NOT NULL, PlaceId INTEGER REFERENCES Place(PlaceId));
        CREATE TABLE Citation (CitationId INTEGER PRIMARY KEY, PersonId INTEGER NOT NULL REFERENCES Person(PersonId),
            SourceId INTEGER NOT NULL REFERENCES Source(SourceId),
            ResearcherId INTEGER NOT NULL REFERENCES Researcher(ResearcherId), CitedDate DATE NOT NULL,
            Confidence TEXT NOT NULL);
        """,
    )
    insert(c, "Place", [(k, *p) for k, p in enumerate(GN_PLACES, 1)])
    occ_m = ["Farmer", "Weaver", "Miner", "Blacksmith", "Fisherman", "Clerk", "Carpenter", "Labourer", "Teacher"]
    occ_f = ["Dressmaker", "Servant", "Weaver", "Teacher", "Nurse", "Shopkeeper", None, None]
    people: list[list[object]] = []  # id, given, surname, sex, birth, place, death, occupation, father, mother
    marriages: list[tuple[int, int, dt.date, int]] = []

    def person(given: str, sur: str, sex: str, born: dt.date, place: int, fa: int | None, mo: int | None) -> int:
        life = r.randint(1, 96) if r.random() < 0.08 else r.randint(48, 97)
        death = born + dt.timedelta(days=365 * life + r.randint(0, 364))
        occ = r.choice(occ_m if sex == "M" else occ_f)
        people.append([len(people) + 1, given, sur, sex, born, place, death if death < LAST else None, occ, fa, mo])
        return len(people)

    queue: list[tuple[int, int, dt.date]] = []  # husband, wife, marriage date
    for k in range(4):
        home = r.randint(1, 33)
        hb = D(r.randint(1785, 1805), r.randint(1, 12), r.randint(1, 28))
        h = person(r.choice(GN_MALE), GN_SURNAMES[k], "M", hb, home, None, None)
        wb = hb + dt.timedelta(days=r.randint(-900, 1800))
        w = person(r.choice(GN_FEMALE), r.choice(GN_SURNAMES[10:]), "F", wb, home, None, None)
        md = max(hb, wb) + dt.timedelta(days=365 * r.randint(19, 27))
        marriages.append((h, w, md, home))
        queue.append((h, w, md))
    while queue and len(people) < 196:
        h, w, md = queue.pop(0)
        place = int(str(people[h - 1][5]))
        sur = str(people[h - 1][2])
        kids = r.choice([1, 2, 2, 3, 3, 4, 5])
        born = md + dt.timedelta(days=r.randint(280, 700))
        for _ in range(kids):
            if len(people) >= 196:
                break
            sex = r.choice("MF")
            kid = person(r.choice(GN_MALE if sex == "M" else GN_FEMALE), sur, sex, born, place, h, w)
            born += dt.timedelta(days=r.randint(500, 1300))
            if born.year > 2000 or r.random() < 0.45 or len(people) > 186:
                continue
            # the child marries someone from outside the tree
            kb = people[kid - 1][4]
            assert isinstance(kb, dt.date)
            sb = kb + dt.timedelta(days=r.randint(-1500, 1500))
            mplace = place if r.random() < 0.7 else r.randint(1, 35)
            if sex == "M":
                sp = person(r.choice(GN_FEMALE), r.choice(GN_SURNAMES), "F", sb, r.randint(1, 35), None, None)
                couple = (kid, sp)
            else:
                sp = person(r.choice(GN_MALE), r.choice(GN_SURNAMES), "M", sb, r.randint(1, 35), None, None)
                couple = (sp, kid)
            mdate = max(kb, sb) + dt.timedelta(days=365 * r.randint(19, 30) + r.randint(0, 364))
            if mdate >= LAST:
                continue
            marriages.append((couple[0], couple[1], mdate, mplace))
            queue.append((couple[0], couple[1], mdate))
    rows = [(p[0], p[1], p[2], p[3], _iso(p[4]), p[5], _iso(p[6]), p[7], p[8], p[9]) for p in people]
    insert(c, "Person", rows)
    marriages.sort(key=lambda m: m[2])
    insert(c, "Marriage", [(k, h, w, _iso(d), pl) for k, (h, w, d, pl) in enumerate(marriages, 1)])
    tiers = ["Standard", "Standard", "Standard", "Premium", "Life"]
    res = []
    for k, (f, s) in enumerate(_names(r, 32), 1):
        email = None if r.random() < 0.1 else f"{f[0].lower()}{s.lower()}@famhist.example"
        res.append((k, f"{f} {s}", email, r.choice(tiers), _iso(day_between(r, D(2012, 1, 1), D(2025, 5, 30)))))
    insert(c, "Researcher", res)
    sources = []
    for k in range(1, 91):
        typ = r.choice(GN_SOURCE_TYPES)
        pl = r.randint(1, 35)
        if typ == "Census":
            yr = r.choice([1841, 1851, 1861, 1871, 1881, 1891, 1901, 1911, 1921])
            title = f"{yr} Census, {GN_PLACES[pl - 1][0]}"
        else:
            yr = r.randint(1800, 1990)
            title = f"{typ}, {GN_PLACES[pl - 1][0]} {yr}"
        repo = "National Records of Scotland" if GN_PLACES[pl - 1][2] == "Scotland" else r.choice(GN_REPOS[:4])
        sources.append((k, typ, title, yr, repo, pl))
    insert(c, "Source", sources)
    cites = []
    for k in range(1, 321):
        pid = r.randint(1, len(people)) if r.random() < 0.85 else r.randint(1, 40)
        cites.append((k, pid, r.randint(1, 90), r.randint(1, 29), _iso(day_between(r, START, LAST)),
                      r.choice(["High", "High", "Medium", "Low"])))  # fmt: skip
    insert(c, "Citation", cites)
    done(c)


# ------------------------------------------------------------------------------------------------------- stampclub
SC_COUNTRIES = [
    ("Great Britain", "Europe"), ("France", "Europe"), ("Germany", "Europe"), ("Switzerland", "Europe"),
    ("Italy", "Europe"), ("Netherlands", "Europe"), ("Belgium", "Europe"), ("Sweden", "Europe"), ("Norway", "Europe"),
    ("Ireland", "Europe"), ("Spain", "Europe"), ("Austria", "Europe"), ("United States", "North America"),
    ("Canada", "North America"), ("Mexico", "North America"), ("Brazil", "South America"),
    ("Argentina", "South America"), ("Chile", "South America"), ("Australia", "Oceania"),
    ("New Zealand", "Oceania"), ("Fiji", "Oceania"), ("Japan", "Asia"), ("China", "Asia"), ("India", "Asia"),
    ("Hong Kong", "Asia"), ("Singapore", "Asia"), ("Malaysia", "Asia"), ("South Africa", "Africa"), ("Kenya", "Africa"),
    ("Egypt", "Africa"), ("Nigeria", "Africa"), ("Ghana", "Africa"), ("Iceland", "Europe"), ("Falkland Islands",
    "South America"), ("Greenland", "North America"),
]  # fmt: skip
SC_THEMES = {
    "Royalty": ["Coronation", "Jubilee", "Royal Wedding", "Queen's Portrait", "King's Definitive"],
    "Birds": ["Puffin", "Kingfisher", "Golden Eagle", "Barn Owl", "Albatross", "Kiwi"],
    "Ships": ["Clipper Ship", "Steam Packet", "Lifeboat", "Ocean Liner", "Sailing Barque"],
    "Flowers": ["Orchid", "Wild Rose", "Lotus", "Tulip", "Protea", "Edelweiss"],
    "Sport": ["Olympic Games", "Football Cup", "Cricket Test", "Rowing Regatta", "Athletics"],
    "Space": ["Moon Landing", "Satellite", "Comet", "Space Station"],
    "Trains": ["Steam Locomotive", "Mountain Railway", "Express Train"],
    "Art": ["Old Masters", "Modern Art", "Folk Art", "Sculpture"],
}
SC_TOWNS = ["Harrogate", "Ripon", "Knaresborough", "Wetherby", "Otley", "Ilkley"]
SC_VENUES = [("Methodist Church Hall", "Harrogate"), ("Ripon Town Hall", "Ripon"), ("Otley Civic Centre", "Otley"),
             ("Wetherby Library", "Wetherby"), ("King's Hall", "Ilkley")]  # fmt: skip


def build_stampclub(path: Path) -> None:
    r = random.Random(58003)
    c = fresh_db(
        path,
        """
        CREATE TABLE members (memberId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
            town TEXT NOT NULL, joinedOn DATE NOT NULL, isCommittee INTEGER NOT NULL DEFAULT 0, email TEXT);
        CREATE TABLE countries (countryId INTEGER PRIMARY KEY, countryName TEXT NOT NULL, continent TEXT NOT NULL);
        CREATE TABLE stamps (stampId INTEGER PRIMARY KEY, countryId INTEGER NOT NULL REFERENCES countries(countryId),
            stampTitle TEXT NOT NULL, theme TEXT NOT NULL, issueYear INTEGER NOT NULL,
            catalogueValue REAL NOT NULL, isRare INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE holdings (holdingId INTEGER PRIMARY KEY, memberId INTEGER NOT NULL REFERENCES members(memberId),
            stampId INTEGER NOT NULL REFERENCES stamps(stampId), stampCondition TEXT NOT NULL,
            acquiredOn DATE NOT NULL, pricePaid REAL NOT NULL, UNIQUE (memberId, stampId));
        CREATE TABLE swapMeets (meetId INTEGER PRIMARY KEY, meetDate DATE NOT NULL, venueName TEXT NOT NULL,
            town TEXT NOT NULL, tableFee REAL NOT NULL);
        CREATE TABLE trades (tradeId INTEGER PRIMARY KEY, meetId INTEGER NOT NULL REFERENCES swapMeets(meetId),
            stampId INTEGER NOT NULL REFERENCES stamps(stampId),
            sellerId INTEGER NOT NULL REFERENCES members(memberId),
            buyerId INTEGER NOT NULL REFERENCES members(memberId), agreedPrice REAL NOT NULL);
        """,
    )
    mems = []
    for k, (f, s) in enumerate(_names(r, 48), 1):
        email = None if r.random() < 0.15 else f"{f.lower()}{k}@philately.example"
        mems.append((k, f, s, r.choice(SC_TOWNS), _iso(day_between(r, D(2008, 1, 1), D(2025, 6, 1))),
                     int(k in (3, 11, 17, 26, 34)), email))  # fmt: skip
    insert(c, "members", mems)
    insert(c, "countries", [(k, *x) for k, x in enumerate(SC_COUNTRIES, 1)])
    stamps = []
    seen: set[tuple[str, int]] = set()
    while len(stamps) < 210:
        cid = r.randint(1, len(SC_COUNTRIES)) if r.random() < 0.7 else r.choice([1, 1, 2, 3, 13, 19])
        theme = r.choice(list(SC_THEMES))
        yr = r.randint(1840, 2024) if theme == "Royalty" else r.randint(1900, 2024)
        if theme == "Space":
            yr = r.randint(1957, 2024)
        title = f"{r.choice(SC_THEMES[theme])} {yr}"
        if (title, cid) in seen:
            continue
        seen.add((title, cid))
        age = 2025 - yr
        value = round(r.uniform(0.3, 4.0) * (1 + age / 20) ** 2, 2)
        rare = r.random() < 0.06
        if rare:
            value = round(value * r.uniform(12, 40), 2)
        stamps.append((len(stamps) + 1, cid, title, theme, yr, value, int(rare)))
    insert(c, "stamps", stamps)
    holds, pairs = [], set()
    while len(holds) < 360:
        m = r.randint(1, 44) if r.random() < 0.8 else r.choice([2, 5, 9])
        s = r.randint(1, len(stamps))
        if (m, s) in pairs:
            continue
        pairs.add((m, s))
        joined = D.fromisoformat(str(mems[m - 1][4]))
        got = day_between(r, max(joined, D(2015, 1, 1)), LAST)
        holds.append((m, s, r.choice(["Mint", "Mint", "Used", "Fine Used", "Damaged"]), got,
                      round(float(stamps[s - 1][5]) * r.uniform(0.5, 1.2), 2)))  # fmt: skip
    holds.sort(key=lambda h: h[3])
    insert(c, "holdings", [(k, m, s, cond, _iso(d), p) for k, (m, s, cond, d, p) in enumerate(holds, 1)])
    meets = []
    d = D(2023, 1, 14)
    while d < D(2025, 10, 1):
        venue, town = r.choice(SC_VENUES)
        meets.append((len(meets) + 1, _iso(d), venue, town, r.choice([5.0, 7.5, 7.5, 10.0])))
        d += dt.timedelta(days=r.choice([28, 35]))
    insert(c, "swapMeets", meets)
    trades = []
    past = [m for m in meets if str(m[1]) < "2025-06-15"]
    for _ in range(130):
        meet = r.choice(past)
        seller, buyer = r.sample([m[0] for m in mems if str(m[4]) <= str(meet[1])], 2)
        s = r.randint(1, len(stamps))
        trades.append((meet[0], s, seller, buyer, round(float(stamps[s - 1][5]) * r.uniform(0.6, 1.1), 2)))
    trades.sort(key=lambda t: t[0])
    insert(c, "trades", [(k, *t) for k, t in enumerate(trades, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- metaldetecting
MD_LANDOWNERS = [
    "Hall Farm Estates", "R. & J. Pennington", "Castle Acre Farms", "Brancaster Holdings", "Mrs E. Thurlow",
    "Glebe Farm Partnership", "Westfield Agriculture", "D. Loveday", "Marsh Barn Trust", "The Raynham Estate",
    "Oak Lodge Farm", "P. Wigg & Sons", "Church Commissioners", "Cley Parish Council", "Heacham Manor Ltd",
    "S. Buxton", "Burnham Thorpe Farms", "Greenway Holdings", "North Creake Estate", "A. Cushion", "Wolferton Farms",
    "Grove Farm", "Howe Hill Partners", "J. Kerrison", "Sandringham Tenancies", "Ringstead Estates", "M. Dye",
    "Fen View Farms", "Old Rectory Trust", "Walpole Lands",
]  # fmt: skip
MD_PARISHES = ["Docking", "Sedgeford", "Snettisham", "Burnham Market", "Castle Acre", "Heacham", "Ringstead",
               "Holme", "Thornham", "Brancaster", "Walsingham", "Fakenham"]  # fmt: skip
MD_OBJECTS = [
    ("Coin", "Silver"), ("Coin", "Copper Alloy"), ("Coin", "Gold"), ("Buckle", "Copper Alloy"),
    ("Brooch", "Copper Alloy"), ("Button", "Copper Alloy"), ("Ring", "Gold"), ("Ring", "Silver"),
    ("Musket Ball", "Lead"), ("Token", "Lead"), ("Spindle Whorl", "Lead"), ("Thimble", "Copper Alloy"),
    ("Strap End", "Copper Alloy"), ("Horse Harness Pendant", "Copper Alloy"),
]  # fmt: skip
MD_PERIODS = ["Roman", "Roman", "Anglo-Saxon", "Medieval", "Medieval", "Medieval", "Post-Medieval",
              "Post-Medieval", "Iron Age", "Modern"]  # fmt: skip


def build_metaldetecting(path: Path) -> None:
    r = random.Random(58004)
    c = fresh_db(
        path,
        """
        CREATE TABLE DETECTORIST (DETECTORIST_ID INTEGER PRIMARY KEY, FIRST_NAME TEXT NOT NULL,
            LAST_NAME TEXT NOT NULL, TOWN TEXT NOT NULL, JOINED_DATE DATE NOT NULL, MACHINE_BRAND TEXT NOT NULL,
            IS_NCMD_INSURED TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE LANDOWNER (LANDOWNER_ID INTEGER PRIMARY KEY, LANDOWNER_NAME TEXT NOT NULL, PHONE TEXT,
            SHARE_PERCENT INTEGER NOT NULL);
        CREATE TABLE SITE (SITE_ID INTEGER PRIMARY KEY, SITE_NAME TEXT NOT NULL, PARISH TEXT NOT NULL,
            LAND_TYPE TEXT NOT NULL, LANDOWNER_ID INTEGER NOT NULL REFERENCES LANDOWNER(LANDOWNER_ID),
            PERMISSION_DATE DATE NOT NULL, HECTARES REAL NOT NULL);
        CREATE TABLE DIG (DIG_ID INTEGER PRIMARY KEY, SITE_ID INTEGER NOT NULL REFERENCES SITE(SITE_ID),
            DIG_DATE DATE NOT NULL, START_TIME TEXT NOT NULL, MAX_PLACES INTEGER NOT NULL,
            IS_CANCELLED TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE DIG_ATTENDEE (DIG_ID INTEGER NOT NULL REFERENCES DIG(DIG_ID),
            DETECTORIST_ID INTEGER NOT NULL REFERENCES DETECTORIST(DETECTORIST_ID),
            PRIMARY KEY (DIG_ID, DETECTORIST_ID));
        CREATE TABLE FIND (FIND_ID INTEGER PRIMARY KEY, DIG_ID INTEGER NOT NULL REFERENCES DIG(DIG_ID),
            DETECTORIST_ID INTEGER NOT NULL REFERENCES DETECTORIST(DETECTORIST_ID), OBJECT_TYPE TEXT NOT NULL,
            MATERIAL TEXT NOT NULL, PERIOD TEXT NOT NULL, DEPTH_CM INTEGER NOT NULL, WEIGHT_G REAL NOT NULL,
            ESTIMATED_VALUE REAL NOT NULL, IS_REPORTED_TO_FLO TEXT NOT NULL DEFAULT 'N',
            IS_TREASURE TEXT NOT NULL DEFAULT 'N');
        """,
    )
    brands = ["Minelab", "Minelab", "XP", "Garrett", "Nokta", "Fisher"]
    towns = ["King's Lynn", "Hunstanton", "Fakenham", "Swaffham", "Downham Market", "Dereham"]
    dets = [(k, f, s, r.choice(towns), _iso(day_between(r, D(2012, 1, 1), D(2025, 5, 1))), r.choice(brands),
             _yn(r.random() < 0.9)) for k, (f, s) in enumerate(_names(r, 42), 1)]  # fmt: skip
    insert(c, "DETECTORIST", dets)
    owners = []
    for k, n in enumerate(MD_LANDOWNERS, 1):
        phone = None if r.random() < 0.15 else f"01485 {r.randint(100000, 999999)}"
        owners.append((k, n, phone, r.choice([50, 50, 50, 40, 60])))
    insert(c, "LANDOWNER", owners)
    field_names = ["Top Field", "Long Meadow", "Church Piece", "Forty Acre", "Mill Field", "Sandpit Field",
                   "Hall Close", "Foreshore", "Barrow Field", "Low Pasture", "Windmill Hill", "Oak Wood"]  # fmt: skip
    sites = []
    combos = r.sample([(f, p) for f in field_names for p in MD_PARISHES], 36)
    for k, (fname, parish) in enumerate(combos, 1):
        owner = k if k <= 30 else r.randint(1, 30)
        land = {"Foreshore": "Beach", "Oak Wood": "Woodland"}.get(fname) or r.choice(["Arable", "Arable", "Pasture"])
        sites.append((k, f"{fname}, {parish}", parish, land, owner, _iso(day_between(r, D(2015, 1, 1), D(2024, 12, 1))),
                      round(r.uniform(2, 60), 1)))  # fmt: skip
    insert(c, "SITE", sites)
    digs = []
    d = D(2023, 1, 8)
    while d < D(2025, 9, 1):
        s = r.choice(sites)
        dd = max(d, D.fromisoformat(str(s[5])))
        if dd == TODAY:
            dd += dt.timedelta(days=1)
        digs.append((s[0], dd, r.choice(["08:00", "08:30", "09:00"]), r.choice([20, 25, 30]),
                     _yn(r.random() < 0.06 and dd < TODAY)))  # fmt: skip
        d += dt.timedelta(days=r.choice([7, 14, 14, 21]))
    digs.sort(key=lambda x: x[1])
    insert(c, "DIG", [(k, s, _iso(dd), st, mp, cx) for k, (s, dd, st, mp, cx) in enumerate(digs, 1)])
    att = []
    for k, (_s, dd, _st, mp, cx) in enumerate(digs, 1):
        if cx == "Y":
            continue
        pool = [x[0] for x in dets if D.fromisoformat(str(x[4])) <= dd and x[0] != 42]
        n = min(len(pool), r.randint(3, 9) if dd < TODAY else r.randint(2, 6), mp)
        att += [(k, x) for x in sorted(r.sample(pool, n))]
    insert(c, "DIG_ATTENDEE", att)
    finds = []
    for k, (_s, dd, _st, _mp, cx) in enumerate(digs, 1):
        if cx == "Y" or dd >= TODAY:
            continue
        who = [x for dg, x in att if dg == k]
        for _ in range(r.randint(1, 7)):
            obj, mat = r.choice(MD_OBJECTS)
            per = r.choice(MD_PERIODS)
            val = {"Gold": 600.0, "Silver": 90.0}.get(mat, 12.0) * r.uniform(0.3, 2.5)
            treasure = mat in ("Gold", "Silver") and per not in ("Modern", "Post-Medieval") and r.random() < 0.4
            finds.append((k, r.choice(who), obj, mat, per, r.randint(5, 35), round(r.uniform(1.5, 40.0), 1),
                          round(val, 2), _yn(treasure or r.random() < 0.55), _yn(treasure)))  # fmt: skip
    insert(c, "FIND", [(k, *f) for k, f in enumerate(finds, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ poetryslam
PS_CITIES = ["Bristol", "Cardiff", "Bath", "Gloucester", "Swindon", "Exeter", "Birmingham"]
PS_VENUES = [
    "The Old Vic Bar", "Thekla", "The Crofters Rights", "Cafe Kino", "The Canteen", "St George's Crypt", "Cube Cinema",
    "The Wardrobe", "Chapter Arts Centre", "Tramshed Studio", "The Gate", "Porter's", "The Bell", "Chapel Arts",
    "Widcombe Social Club", "The Nest", "Guildhall Studio", "The Pelican", "Lower Lode Inn", "Beehive Bar",
    "Riffs Bar", "Arts Centre Swindon", "Exeter Phoenix", "The Cavern Club", "Barnfield Theatre", "The Hare",
    "mac Birmingham", "The Hare and Hounds", "Kitchen Garden Cafe", "The Victoria",
]  # fmt: skip
PS_VENUE_CITY = (
    ["Bristol"] * 8
    + ["Cardiff"] * 5
    + ["Bath"] * 4
    + ["Gloucester"] * 3
    + ["Swindon"] * 2
    + ["Exeter"] * 4
    + ["Birmingham"] * 4
)
PS_THEMES = ["Open", "Open", "Open", "Home", "Water", "Memory", "Protest", "Love", "Machines", "Borders", "Night"]
PS_POEM_A = ["Letter to", "Elegy for", "Notes on", "Song of", "Ode to", "Against", "Praise for", "Small Hours of"]
PS_POEM_B = [
    "My Grandmother", "the Severn", "Leaving", "Bus Stops", "the Night Shift", "Salt", "Tuesday", "the Docks",
    "My Father's Hands", "Rain", "Estates", "the Moon", "Sunday Markets", "Silence", "the Border", "Kitchens",
]  # fmt: skip


def build_poetryslam(path: Path) -> None:
    r = random.Random(58005)
    c = fresh_db(
        path,
        """
        CREATE TABLE poets (pt_id INTEGER PRIMARY KEY, pt_name TEXT NOT NULL, pt_city TEXT NOT NULL,
            pt_first_slam_year INTEGER NOT NULL, pt_email TEXT, pt_is_published INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE venues (vn_id INTEGER PRIMARY KEY, vn_name TEXT NOT NULL, vn_city TEXT NOT NULL,
            vn_capacity INTEGER NOT NULL, vn_is_accessible INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE slams (sl_id INTEGER PRIMARY KEY, sl_vn_id INTEGER NOT NULL REFERENCES venues(vn_id),
            sl_date DATE NOT NULL, sl_theme TEXT NOT NULL, sl_ticket_price REAL NOT NULL, sl_prize REAL NOT NULL,
            sl_audience INTEGER);
        CREATE TABLE judges (jd_id INTEGER PRIMARY KEY, jd_name TEXT NOT NULL, jd_background TEXT NOT NULL);
        CREATE TABLE panels (pn_sl_id INTEGER NOT NULL REFERENCES slams(sl_id),
            pn_jd_id INTEGER NOT NULL REFERENCES judges(jd_id), pn_is_chair INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (pn_sl_id, pn_jd_id));
        CREATE TABLE performances (pf_id INTEGER PRIMARY KEY, pf_sl_id INTEGER NOT NULL REFERENCES slams(sl_id),
            pf_pt_id INTEGER NOT NULL REFERENCES poets(pt_id), pf_poem_title TEXT NOT NULL,
            pf_minutes REAL NOT NULL, pf_score REAL NOT NULL, pf_place INTEGER NOT NULL);
        """,
    )
    poets = []
    for k, (f, s) in enumerate(_names(r, 62), 1):
        email = None if r.random() < 0.2 else f"{f.lower()}.{s.lower()}@verse.example"
        poets.append((k, f"{f} {s}", r.choice(PS_CITIES), r.randint(2008, 2024), email, int(r.random() < 0.3)))
    insert(c, "poets", poets)
    venues = [(k, n, PS_VENUE_CITY[k - 1], r.choice([40, 60, 80, 120, 150, 200]), int(r.random() < 0.8))
              for k, n in enumerate(PS_VENUES, 1)]  # fmt: skip
    insert(c, "venues", venues)
    backgrounds = ["Poet", "Teacher", "Audience Member", "Journalist", "Musician", "Librarian", "Actor"]
    insert(c, "judges", [(k, f"{f} {s}", r.choice(backgrounds)) for k, (f, s) in enumerate(_names(r, 34), 1)])
    slams = []
    d = D(2023, 1, 20)
    while d < D(2025, 10, 1):
        vn = r.randint(1, 30)
        cap = int(str(venues[vn - 1][3]))
        aud = r.randint(cap // 3, cap) if d < TODAY else None
        slams.append(
            (vn, d, r.choice(PS_THEMES), r.choice([5.0, 6.0, 7.5, 8.0]), r.choice([50.0, 75.0, 100.0, 150.0]), aud)
        )
        d += dt.timedelta(days=r.choice([10, 14, 17, 21]))
    insert(c, "slams", [(k, vn, _iso(dd), th, tp, pr, au) for k, (vn, dd, th, tp, pr, au) in enumerate(slams, 1)])
    panels, perfs = [], []
    for k, (_vn, dd, *_rest) in enumerate(slams, 1):
        js = r.sample(range(1, 35), 3 if dd < TODAY or r.random() < 0.5 else 0)
        panels += [(k, j, int(i == 0)) for i, j in enumerate(js)]
        if dd >= TODAY:
            continue
        pool = [p[0] for p in poets if int(str(p[3])) <= dd.year and p[0] <= 58]
        entrants = r.sample(pool, r.randint(4, 7))
        scores = r.sample(range(180, 300), len(entrants))
        ranked = sorted(zip(entrants, scores, strict=True), key=lambda x: -x[1])
        for place, (pt, sc) in enumerate(ranked, 1):
            title = f"{r.choice(PS_POEM_A)} {r.choice(PS_POEM_B)}"
            perfs.append((k, pt, title, round(r.uniform(2.0, 3.5), 1), sc / 10, place))
    panels.sort()
    insert(c, "panels", panels)
    perfs.sort(key=lambda p: (p[0], p[5]))
    insert(c, "performances", [(k, *p) for k, p in enumerate(perfs, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- heritagetrust
HT_PROPERTIES = [
    ("Ravensworth Castle", "Castle", "North Yorkshire", 12, 16.50),
    ("Fountains Grange", "Abbey", "North Yorkshire", 12, 14.00),
    ("Hawkstone Hall", "Manor House", "Shropshire", 17, 12.50),
    ("Ashdown Mill", "Mill", "Sussex", 18, 6.50),
    ("Belmont Gardens", "Garden", "Kent", 19, 9.00),
    ("Corfe Tower", "Castle", "Dorset", 11, 13.75),
    ("Lanercost Priory", "Abbey", "Cumbria", 12, 8.50),
    ("Tredegar Court", "Manor House", "Monmouthshire", 17, 11.00),
    ("Stourhead Water Mill", "Mill", "Wiltshire", 18, 5.50),
    ("Hidcote Walled Garden", "Garden", "Gloucestershire", 20, 12.00),
    ("Dunstanburgh Keep", "Castle", "Northumberland", 14, 10.50),
    ("Bolton Priory Ruins", "Abbey", "North Yorkshire", 12, 7.00),
    ("Kingston Lacy House", "Manor House", "Dorset", 17, 17.00),
    ("Cromford Mill", "Mill", "Derbyshire", 18, 8.00),
    ("Bodnant Terraces", "Garden", "Conwy", 19, 13.50),
    ("Warkworth Castle", "Castle", "Northumberland", 12, 11.50),
    ("Rievaulx Cloister", "Abbey", "North Yorkshire", 12, 10.00),
    ("Chastleton House", "Manor House", "Oxfordshire", 17, 12.00),
    ("Quarry Bank Works", "Mill", "Cheshire", 18, 11.25),
    ("Sissinghurst Beds", "Garden", "Kent", 20, 15.00),
    ("Goodrich Castle", "Castle", "Herefordshire", 12, 9.50),
    ("Tintern Abbey", "Abbey", "Monmouthshire", 13, 8.50),
    ("Speke Hall", "Manor House", "Merseyside", 16, 13.00),
    ("Heatherslaw Mill", "Mill", "Northumberland", 19, 5.00),
    ("Trelissick Garden", "Garden", "Cornwall", 19, 11.00),
    ("Tintagel Headland", "Castle", "Cornwall", 13, 15.50),
    ("Byland Abbey", "Abbey", "North Yorkshire", 12, 6.00),
    ("Little Moreton Hall", "Manor House", "Cheshire", 15, 10.50),
    ("Houghton Mill", "Mill", "Cambridgeshire", 17, 6.00),
    ("Anglesey Abbey Gardens", "Garden", "Cambridgeshire", 20, 14.50),
    ("Skipton Castle", "Castle", "North Yorkshire", 11, 12.00),
    ("Mottisfont Abbey", "Abbey", "Hampshire", 13, 13.00),
]
HT_SKILLS = ["Guide", "Guide", "Gardener", "Room Steward", "Shop", "Tea Room", "Conservation", "Admissions"]
HT_EVENTS = {
    1: ["Garden Lecture", "Candlelit Tour"],
    2: ["Snowdrop Walk", "Garden Lecture"],
    3: ["Easter Trail", "Snowdrop Walk"],
    4: ["Easter Trail", "Falconry Display"],
    5: ["Medieval Fayre", "Falconry Display"],
    6: ["Open-Air Shakespeare", "Jousting Tournament"],
    7: ["Open-Air Shakespeare", "Family Craft Day"],
    8: ["Jousting Tournament", "Bat Walk", "Family Craft Day"],
    9: ["Bat Walk", "Apple Day"],
    10: ["Apple Day", "Ghost Tour"],
    11: ["Ghost Tour", "Candlelit Tour"],
    12: ["Christmas Lantern Trail"],
}


def build_heritagetrust(path: Path) -> None:
    r = random.Random(58006)
    c = fresh_db(
        path,
        """
        CREATE TABLE PROPERTIES (PROP_ID INTEGER PRIMARY KEY, PROP_NAME TEXT NOT NULL, PROP_TYPE TEXT NOT NULL,
            COUNTY TEXT NOT NULL, BUILT_CENTURY INTEGER NOT NULL, ADULT_FEE REAL NOT NULL,
            HAS_TEA_ROOM CHAR(1) NOT NULL DEFAULT 'N');
        CREATE TABLE VOLUNTEERS (VOL_ID INTEGER PRIMARY KEY, VOL_NAME TEXT NOT NULL, HOME_TOWN TEXT NOT NULL,
            START_DATE DATE NOT NULL, MAIN_SKILL TEXT NOT NULL, DBS_CHECKED CHAR(1) NOT NULL DEFAULT 'N');
        CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, postcode TEXT NOT NULL,
            membership_type TEXT NOT NULL, joined_on DATE NOT NULL, renewal_due DATE,
            annual_fee REAL NOT NULL);
        CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(member_id),
            property_id INTEGER NOT NULL REFERENCES PROPERTIES(PROP_ID), visited_on DATE NOT NULL,
            party_size INTEGER NOT NULL, car_park_paid INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE volunteer_shifts (shift_id INTEGER PRIMARY KEY,
            volunteer_id INTEGER NOT NULL REFERENCES VOLUNTEERS(VOL_ID),
            property_id INTEGER NOT NULL REFERENCES PROPERTIES(PROP_ID), shift_date DATE NOT NULL,
            hours REAL NOT NULL);
        CREATE TABLE events (event_id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES PROPERTIES(PROP_ID),
            title TEXT NOT NULL, event_date DATE NOT NULL, ticket_price REAL NOT NULL, capacity INTEGER NOT NULL);
        CREATE TABLE event_bookings (booking_id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(event_id),
            member_id INTEGER NOT NULL REFERENCES members(member_id), tickets INTEGER NOT NULL,
            booked_at TEXT NOT NULL, amount_paid REAL NOT NULL);
        """,
    )
    insert(c, "PROPERTIES", [(k, n, t, co, cen, fee, _yn(r.random() < 0.55))
                             for k, (n, t, co, cen, fee) in enumerate(HT_PROPERTIES, 1)])  # fmt: skip
    towns = ["York", "Harrogate", "Leeds", "Ripon", "Thirsk", "Malton", "Helmsley"]
    vols = [(k, f"{f} {s}", r.choice(towns), _iso(day_between(r, D(2010, 1, 1), D(2025, 4, 1))), r.choice(HT_SKILLS),
             _yn(r.random() < 0.8)) for k, (f, s) in enumerate(_names(r, 40), 1)]  # fmt: skip
    insert(c, "VOLUNTEERS", vols)
    fees = {"Individual": 84.0, "Joint": 138.0, "Family": 147.5, "Senior": 63.0, "Life": 0.0}
    mems = []
    for k, (f, s) in enumerate(_names(r, 80), 1):
        typ = r.choice(["Individual", "Individual", "Joint", "Family", "Senior", "Senior", "Life"])
        joined = day_between(r, D(2005, 1, 1), LAST)
        renew = D(2025 + (joined.month < 6 and r.random() < 0.5), joined.month, min(joined.day, 28))
        if r.random() < 0.12:
            renew = D(2024, joined.month, min(joined.day, 28))
        pc = f"YO{r.randint(1, 62)} {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUWXYZ')}"
        mems.append((k, f"{f} {s}", pc, typ, _iso(joined), None if typ == "Life" else _iso(renew), fees[typ]))
    insert(c, "members", mems)
    visits = []
    for _ in range(380):
        m = r.choice(mems[:74])
        d = day_between(r, max(START, D.fromisoformat(str(m[4]))), LAST)
        visits.append((m[0], r.randint(1, 30), d, r.randint(1, 5) if m[3] == "Family" else r.randint(1, 2),
                       int(r.random() < 0.3)))  # fmt: skip
    visits.sort(key=lambda v: v[2])
    insert(c, "visits", [(k, m, p, _iso(d), ps, cp) for k, (m, p, d, ps, cp) in enumerate(visits, 1)])
    shifts = []
    for _ in range(320):
        v = r.choice(vols[:37])
        d = day_between(r, max(START, D.fromisoformat(str(v[3]))), D(2025, 6, 30))
        shifts.append((v[0], r.randint(1, 28), d, r.choice([3.0, 3.5, 4.0, 6.0, 7.5])))
    shifts.sort(key=lambda s: s[2])
    insert(c, "volunteer_shifts", [(k, v, p, _iso(d), h) for k, (v, p, d, h) in enumerate(shifts, 1)])
    events = []
    for _ in range(64):
        d = day_between(r, START, D(2025, 10, 31))
        events.append((r.randint(1, 32), r.choice(HT_EVENTS[d.month]), d, r.choice([0.0, 5.0, 8.5, 12.0, 18.5, 25.0]),
                       r.choice([30, 50, 80, 150])))  # fmt: skip
    events.sort(key=lambda e: e[2])
    insert(c, "events", [(k, p, t, _iso(d), tp, cap) for k, (p, t, d, tp, cap) in enumerate(events, 1)])
    bookings = []
    for _ in range(260):
        k = r.randint(1, len(events))
        ev = events[k - 1]
        ev_day = ev[2]
        if ev_day - dt.timedelta(days=60) > LAST:
            continue
        bday = day_between(r, ev_day - dt.timedelta(days=60), min(ev_day, LAST))
        if bday > LAST:
            continue
        at = dt.datetime(bday.year, bday.month, bday.day, r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))
        t = r.randint(1, 4)
        bookings.append((k, r.randint(1, 78), t, at.strftime("%Y-%m-%d %H:%M:%S"), round(t * float(ev[3]), 2)))
    bookings.sort(key=lambda b: b[3])
    insert(c, "event_bookings", [(k, *b) for k, b in enumerate(bookings, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "artgallery": build_artgallery,
    "genealogy": build_genealogy,
    "stampclub": build_stampclub,
    "metaldetecting": build_metaldetecting,
    "poetryslam": build_poetryslam,
    "heritagetrust": build_heritagetrust,
}
