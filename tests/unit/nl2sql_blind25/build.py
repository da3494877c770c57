"""Deterministic SQLite databases for a twenty-fifth blind NL→SQL evaluation.

Six everyday business schemas (plural snake_case tables, ``id`` primary keys, ``<thing>_id`` foreign keys
declared with REFERENCES, at least one lookup table with a ``name`` column each).  The questions lean on
many-to-many junction tables and multi-hop joins: counts per parent through a junction, "both X and Y",
"more than N distinct ...", "people connected to a thing connected to another thing".

* ``music``: a streaming service: ``genres`` (lookup), ``artists`` (``country``, ``formed_year``),
  ``albums`` (``artist_id``, ``release_date``), ``tracks`` (``album_id``, ``genre_id``,
  ``duration_seconds``, ``is_explicit`` 0/1), ``users`` (``country``, ``plan`` free/premium/family,
  ``joined_on``), ``playlists`` (``user_id`` = owner, ``is_public`` 0/1, ``created_on``),
  ``playlist_tracks`` (junction playlist × track, ``position``, ``added_on``) and ``plays``
  (``user_id``, ``track_id``, ``played_at``, ``seconds_played``).
* ``university``: a course catalogue: ``departments`` (lookup, ``building``), ``instructors``
  (``department_id``, ``title`` Professor/Associate Professor/Lecturer; the surnames are unique, so
  "Dr. Okafor" names one person), ``courses`` (``code`` such as ``CS101``, ``title``, ``credits``,
  ``department_id``), ``course_prerequisites`` (junction course × ``prerequisite_id``), ``sections``
  (``course_id``, ``instructor_id``, ``term`` such as ``Fall 2024``; ``Summer 2025`` is the term in
  progress, ``room``, ``capacity``), ``students`` (``major_department_id``, ``enrollment_year``) and
  ``enrollments`` (junction student × section, ``enrolled_on``, letter ``grade`` A-F, NULL while the term
  is in progress).
* ``recipes``: a recipe site: ``cuisines`` (lookup), ``authors``, ``recipes`` (``author_id``,
  ``cuisine_id``, ``prep_minutes``, ``cook_minutes``, ``servings``, ``difficulty`` easy/medium/hard,
  ``is_vegan`` 0/1, ``published_on``), ``ingredients`` (``category`` vegetable/fruit/dairy/meat/seafood/
  grain/legume/spice/herb/oil/nut/sauce; eggs count as dairy), ``recipe_ingredients`` (junction, ``quantity``,
  ``unit``), ``tags`` (lookup), ``recipe_tags`` (junction) and ``reviews`` (``reviewer_name``, ``rating``
  1-5, ``reviewed_on``).
* ``conference``: a three-day tech conference (2025-05-13 to 2025-05-15): ``rooms`` (``Room A`` ..
  ``Room D`` and ``Main Hall``, ``floor``, ``capacity``), ``tracks`` (lookup), ``speakers`` (``company``,
  ``country``), ``talks`` (``track_id``, ``room_id``, ``starts_at``, ``duration_minutes``, ``level``
  beginner/intermediate/advanced), ``talk_speakers`` (junction, ``is_primary`` 1/0), ``attendees``
  (``ticket_type`` standard/vip/student, ``country``, ``registered_on``) and ``talk_attendance``
  (junction attendee × talk, ``rating`` 1-5, NULL when the attendee did not rate the talk).
* ``vet``: a veterinary practice: ``owners`` (``city``, a NULL ``email`` for some), ``species``
  (lookup), ``pets`` (``owner_id``, ``species_id``, ``breed``, ``birth_date``, ``sex`` F/M), ``vets``
  (``specialty``; surnames unique), ``visits`` (``pet_id``, ``vet_id``, ``visit_date``, ``reason``
  checkup/vaccination/illness/injury/dental/surgery, ``fee``), ``treatments`` (a price list:
  ``category`` vaccine/medication/procedure/test, ``price``) and ``visit_treatments`` (junction visit ×
  treatment, ``quantity``).
* ``films``: a film database: ``studios`` (``country``, ``founded_year``), ``genres`` (lookup),
  ``films`` (``release_year``, ``runtime_minutes``, ``studio_id``, ``budget_musd`` and
  ``box_office_musd`` in millions of US dollars), ``film_genres`` (junction), ``people`` (actors and
  directors, ``birth_year``, ``country``), ``film_cast`` (junction film × person, ``character_name``,
  ``billing_order`` 1 = top billed), ``film_directors`` (junction film × person) and ``reviews``
  (``critic_name``, ``score`` 0-100, ``published_on``).

Dates are ISO text around 2023-2025 (the tests' today is 2025-06-15).  The questions in
``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests) were written against these schemas
without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import LAST_NAMES
from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import done as _done
from nl2sql_data.sqlite_build import fresh_db as _db
from nl2sql_data.sqlite_build import full_names as _names
from nl2sql_data.sqlite_build import insert as _ins

D = dt.date
TODAY = D(2025, 6, 15)

# ----------------------------------------------------------------------------------------------------------
# music
# ----------------------------------------------------------------------------------------------------------


def build_music(path: Path) -> None:
    """genres, artists, albums, tracks, users, playlists, playlist_tracks (junction) and plays."""
    r = random.Random(2501)
    c = _db(
        path,
        """
        CREATE TABLE genres(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE artists(id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, formed_year INTEGER);
        CREATE TABLE albums(id INTEGER PRIMARY KEY, artist_id INTEGER NOT NULL REFERENCES artists(id),
            title TEXT NOT NULL, release_date TEXT);
        CREATE TABLE tracks(id INTEGER PRIMARY KEY, album_id INTEGER NOT NULL REFERENCES albums(id),
            genre_id INTEGER NOT NULL REFERENCES genres(id), title TEXT NOT NULL, duration_seconds INTEGER,
            is_explicit INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, country TEXT,
            plan TEXT NOT NULL, joined_on TEXT);
        CREATE TABLE playlists(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
            name TEXT NOT NULL, is_public INTEGER NOT NULL DEFAULT 1, created_on TEXT);
        CREATE TABLE playlist_tracks(playlist_id INTEGER NOT NULL REFERENCES playlists(id),
            track_id INTEGER NOT NULL REFERENCES tracks(id), position INTEGER, added_on TEXT,
            PRIMARY KEY (playlist_id, track_id));
        CREATE TABLE plays(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
            track_id INTEGER NOT NULL REFERENCES tracks(id), played_at TEXT, seconds_played INTEGER);
    """,
    )
    genres = ["Rock", "Pop", "Jazz", "Hip-Hop", "Electronic", "Classical", "Folk", "R&B"]
    _ins(c, "genres", [(i, g) for i, g in enumerate(genres, 1)])
    gid = {g: i for i, g in enumerate(genres, 1)}
    artists = [
        ("Nightfall Echo", "Sweden", 2012, "Rock"), ("The Paper Lanterns", "UK", 2008, "Rock"),
        ("Velvet Harbor", "USA", 2015, "Rock"), ("Iron Meadow", "Germany", 2010, "Rock"),
        ("Luna Vale", "USA", 2017, "Pop"), ("Skye Marlow", "UK", 2016, "Pop"), ("Neon Parade", "Sweden", 2014, "Pop"),
        ("Coral Bay", "Brazil", 2019, "Pop"), ("Miles Okoro Quartet", "USA", 2005, "Jazz"),
        ("Blue Cellar Trio", "UK", 2011, "Jazz"), ("Ana Ferreira", "Brazil", 2009, "Jazz"),
        ("Hiro Sato Ensemble", "Japan", 2013, "Jazz"), ("MC Static", "USA", 2016, "Hip-Hop"),
        ("Lyric Stone", "UK", 2018, "Hip-Hop"), ("Block Theory", "USA", 2012, "Hip-Hop"),
        ("Pulse Circuit", "Germany", 2011, "Electronic"), ("Aurora Drift", "Sweden", 2015, "Electronic"),
        ("Kobe Wave", "Japan", 2018, "Electronic"), ("Stellar Grid", "Germany", 2020, "Electronic"),
        ("Vienna Chamber Players", "Germany", 1998, "Classical"), ("Elena Rossi", "Italy", 2004, "Classical"),
        ("Nordic Strings", "Sweden", 2007, "Classical"), ("Willow & Pine", "USA", 2013, "Folk"),
        ("Maggie Doyle", "Ireland", 2010, "Folk"), ("The Hollow Creek", "UK", 2016, "Folk"),
        ("Jade Monroe", "USA", 2014, "R&B"), ("Sol Rivers", "UK", 2017, "R&B"), ("Amani Soul", "USA", 2019, "R&B"),
        ("Frost & Fable", "Sweden", 2021, "Folk"), ("Tokyo Lights", "Japan", 2016, "Pop"),
    ]  # fmt: skip
    _ins(c, "artists", [(i, a[0], a[1], a[2]) for i, a in enumerate(artists, 1)])
    adj = [
        "Silver", "Midnight", "Golden", "Broken", "Electric", "Quiet", "Burning", "Hidden", "Wild", "Paper",
        "Crimson", "Distant", "Hollow", "Endless", "Northern", "Velvet", "Frozen", "Bright", "Lonely", "Restless",
        "Secret", "Shallow", "Painted", "Falling", "Sacred", "Neon", "Faded", "Open", "Sleeping", "Rising",
    ]  # fmt: skip
    noun = [
        "River", "Skies", "Hearts", "City", "Summer", "Lights", "Roads", "Ocean", "Garden", "Fire", "Dreams",
        "Shadows", "Horizon", "Echoes", "Mountain", "Window", "Letters", "Stars", "Rain", "Highway", "Island",
        "Mirror", "Forest", "Thunder", "Harbor", "Winter", "Signals", "Bridges", "Canyon", "Waves",
    ]  # fmt: skip
    combos = [f"{a} {n}" for a in adj for n in noun]
    r.shuffle(combos)
    album_titles = combos[:70]
    track_titles = combos[70:]
    albums = []
    aid = 0
    for ai in range(1, len(artists) + 1):
        n_alb = 1 + (ai % 3 == 0) + (ai % 5 == 0)
        for k in range(n_alb):
            aid += 1
            year = 2014 + ((ai * 3 + k * 4) % 12)
            rel = D(year, 1 + (ai + k) % 12, 1 + (ai * 7 + k) % 27)
            if rel > D(2025, 6, 1):
                rel = D(2025, 3, 14)
            albums.append((aid, ai, album_titles[aid - 1], rel.isoformat()))
    _ins(c, "albums", albums)
    tracks = []
    tid = 0
    for al in albums:
        art = artists[al[1] - 1]
        for _ in range(r.randint(5, 8)):
            tid += 1
            g = art[3] if r.random() < 0.85 else r.choice(genres)
            expl = 1 if (art[3] == "Hip-Hop" and r.random() < 0.7) or r.random() < 0.06 else 0
            dur = r.randint(150, 330) if g != "Classical" else r.randint(300, 720)
            tracks.append((tid, al[0], gid[g], track_titles[tid - 1], dur, expl))
    _ins(c, "tracks", tracks)
    names = _names(r, 80)
    countries = ["USA", "UK", "Sweden", "Germany", "Brazil", "Japan"]
    users = []
    for i, nm in enumerate(names, 1):
        plan = r.choices(["free", "premium", "family"], [5, 4, 2])[0]
        users.append((i, nm, nm.lower().replace(" ", ".") + "@example.com", r.choice(countries), plan,
                      _day(r, D(2022, 1, 1), 1200).isoformat()))  # fmt: skip
    _ins(c, "users", users)
    themed = [
        ("Road Trip Mix", ["Rock", "Pop"]), ("Morning Coffee", ["Jazz", "Folk"]), ("Gym Beats", ["Hip-Hop", "Electronic"]),
        ("Late Night Jazz", ["Jazz"]), ("Study Focus", ["Classical", "Electronic"]), ("Sunday Chill", ["Folk", "R&B"]),
        ("Party Starters", ["Pop", "Hip-Hop"]), ("Rainy Day", ["Folk", "Classical", "Jazz"]), ("Throwback Rock", ["Rock"]),
        ("Deep Focus", ["Classical"]), ("Summer Hits", ["Pop", "R&B"]), ("Running Fuel", ["Electronic", "Hip-Hop"]),
        ("Dinner Party", ["Jazz", "R&B"]), ("Indie Discoveries", ["Rock", "Folk"]), ("Slow Jams", ["R&B"]),
        ("Workout Mix", ["Hip-Hop", "Rock", "Electronic"]), ("Acoustic Evenings", ["Folk"]),
        ("Electronic Essentials", ["Electronic"]), ("Hip-Hop Daily", ["Hip-Hop"]), ("Piano & Strings", ["Classical"]),
        ("Weekend Vibes", ["Pop", "R&B", "Hip-Hop"]), ("Coding Session", ["Electronic", "Classical"]),
        ("Cozy Folk", ["Folk"]), ("Jazz Brunch", ["Jazz"]), ("Pop Rewind", ["Pop"]), ("Everything Mix", genres),
        ("Kitchen Disco", ["Pop", "Electronic"]), ("Night Drive", ["Electronic", "Rock", "R&B"]),
        ("Soul Kitchen", ["R&B", "Jazz"]), ("Guitar Heroes", ["Rock"]),
    ]  # fmt: skip
    playlists = []
    pl_genres = []
    for i in range(1, 61):
        owner = r.randint(1, 80) if i > 6 else [3, 3, 3, 11, 11, 17][i - 1]
        if i <= len(themed):
            name, gs = themed[i - 1]
        else:
            name, gs = f"{users[owner - 1][1].split()[0]}'s Mix No. {i - len(themed)}", r.sample(genres, 3)
        created = _day(r, max(D.fromisoformat(users[owner - 1][5]), D(2023, 1, 1)), 300)
        playlists.append((i, owner, name, 0 if i % 6 == 0 else 1, created.isoformat()))
        pl_genres.append(gs)
    _ins(c, "playlists", playlists)
    by_genre: dict[int, list[tuple[int, int, int, str, int, int]]] = {}
    for t in tracks:
        by_genre.setdefault(t[2], []).append(t)
    pts = []
    for p, gs in zip(playlists, pl_genres, strict=True):
        pool = [t for g in gs for t in by_genre[gid[g]]]
        n = {1: 18, 2: 11, 16: 19, 26: 21}.get(p[0], r.randint(5, 16))
        if p[0] == 1:
            chosen = [*r.sample([t for t in pool if t[1] != 1], n), tracks[0], tracks[2]]
        else:
            chosen = r.sample(pool, min(n, len(pool)))
        created = D.fromisoformat(p[4])
        for pos, t in enumerate(chosen, 1):
            pts.append((p[0], t[0], pos, (created + dt.timedelta(days=r.randrange(0, 120))).isoformat()))
    _ins(c, "playlist_tracks", pts)
    plays = []
    weights = [1 + (t[0] * 7) % 11 for t in tracks]
    for i in range(1, 751):
        u = users[r.randrange(0, 72)]
        t = r.choices(tracks, weights)[0]
        when = dt.datetime(2024, 1, 1) + dt.timedelta(minutes=r.randrange(0, 530 * 24 * 60))
        secs = t[4] if r.random() < 0.7 else r.randint(20, t[4])
        plays.append((i, u[0], t[0], when.strftime("%Y-%m-%d %H:%M"), secs))
    _ins(c, "plays", plays)
    _done(c)


# ----------------------------------------------------------------------------------------------------------
# university
# ----------------------------------------------------------------------------------------------------------


def build_university(path: Path) -> None:
    """departments, instructors, courses, course_prerequisites, sections, students and enrollments."""
    r = random.Random(2502)
    c = _db(
        path,
        """
        CREATE TABLE departments(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, building TEXT);
        CREATE TABLE instructors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, title TEXT,
            department_id INTEGER NOT NULL REFERENCES departments(id), hired_year INTEGER, email TEXT);
        CREATE TABLE courses(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
            department_id INTEGER NOT NULL REFERENCES departments(id), credits INTEGER NOT NULL);
        CREATE TABLE course_prerequisites(course_id INTEGER NOT NULL REFERENCES courses(id),
            prerequisite_id INTEGER NOT NULL REFERENCES courses(id), PRIMARY KEY (course_id, prerequisite_id));
        CREATE TABLE sections(id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(id),
            instructor_id INTEGER NOT NULL REFERENCES instructors(id), term TEXT NOT NULL, room TEXT,
            capacity INTEGER);
        CREATE TABLE students(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT,
            major_department_id INTEGER REFERENCES departments(id), enrollment_year INTEGER);
        CREATE TABLE enrollments(id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students(id),
            section_id INTEGER NOT NULL REFERENCES sections(id), enrolled_on TEXT, grade TEXT);
    """,
    )
    depts = [
        ("Computer Science", "Turing Hall"), ("Mathematics", "Noether Hall"), ("History", "Gibbon Hall"),
        ("Biology", "Darwin Hall"), ("Economics", "Keynes Hall"), ("English", "Austen Hall"),
    ]  # fmt: skip
    _ins(c, "departments", [(i, d[0], d[1]) for i, d in enumerate(depts, 1)])
    instructors = [
        ("Grace Okafor", "Professor", 1, 2009), ("Daniel Whitaker", "Associate Professor", 1, 2015),
        ("Mei Lin", "Lecturer", 1, 2020), ("Ravi Banerjee", "Professor", 1, 2005),
        ("Sofia Andersson", "Professor", 2, 2007), ("Thomas Keane", "Associate Professor", 2, 2014),
        ("Lucia Moretti", "Lecturer", 2, 2019), ("Henry Caldwell", "Professor", 3, 2001),
        ("Amina Diallo", "Associate Professor", 3, 2012), ("Peter Novotny", "Lecturer", 3, 2021),
        ("Rachel Stein", "Professor", 4, 2006), ("Kenji Mori", "Associate Professor", 4, 2016),
        ("Laura Fitzgerald", "Lecturer", 4, 2022), ("Omar Haddad", "Professor", 5, 2008),
        ("Claire Dupont", "Associate Professor", 5, 2013), ("Victor Alvarez", "Lecturer", 5, 2020),
        ("Eleanor Hart", "Professor", 6, 2003), ("James Whitlock", "Associate Professor", 6, 2017),
        ("Nora Quinlan", "Lecturer", 6, 2021), ("Samuel Osei", "Lecturer", 1, 2023),
    ]  # fmt: skip
    _ins(c, "instructors", [(i, x[0], x[1], x[2], x[3], x[0].split()[1].lower() + "@uni.edu")
                            for i, x in enumerate(instructors, 1)])  # fmt: skip
    courses = [
        ("CS101", "Introduction to Programming", 1, 4), ("CS201", "Data Structures", 1, 4),
        ("CS220", "Computer Architecture", 1, 3), ("CS301", "Algorithms", 1, 4), ("CS310", "Databases", 1, 3),
        ("CS350", "Machine Learning", 1, 4), ("CS360", "Operating Systems", 1, 4),
        ("MATH101", "Calculus I", 2, 4), ("MATH102", "Calculus II", 2, 4), ("MATH201", "Linear Algebra", 2, 3),
        ("MATH210", "Discrete Mathematics", 2, 3), ("MATH301", "Probability Theory", 2, 3),
        ("MATH320", "Numerical Analysis", 2, 4), ("HIST101", "World History to 1500", 3, 3),
        ("HIST102", "World History since 1500", 3, 3), ("HIST230", "The Roman Empire", 3, 3),
        ("HIST250", "History of Science", 3, 3), ("HIST340", "Modern Europe", 3, 4),
        ("BIO101", "General Biology", 4, 4), ("BIO201", "Genetics", 4, 4), ("BIO220", "Ecology", 4, 3),
        ("BIO310", "Molecular Biology", 4, 4), ("BIO330", "Bioinformatics", 4, 3),
        ("ECON101", "Principles of Microeconomics", 5, 3), ("ECON102", "Principles of Macroeconomics", 5, 3),
        ("ECON210", "Econometrics", 5, 4), ("ECON240", "Behavioral Economics", 5, 3),
        ("ECON320", "International Trade", 5, 3), ("ENG101", "Academic Writing", 6, 3),
        ("ENG210", "Shakespeare", 6, 3), ("ENG230", "Modern Poetry", 6, 3), ("ENG250", "Creative Writing", 6, 3),
        ("ENG320", "The Victorian Novel", 6, 4), ("CS380", "Computer Networks", 1, 3),
    ]  # fmt: skip
    _ins(c, "courses", [(i, x[0], x[1], x[2], x[3]) for i, x in enumerate(courses, 1)])
    code = {x[0]: i for i, x in enumerate(courses, 1)}
    prereq = [
        ("CS201", "CS101"), ("CS220", "CS101"), ("CS301", "CS201"), ("CS301", "MATH210"), ("CS310", "CS201"),
        ("CS350", "CS201"), ("CS350", "MATH201"), ("CS350", "MATH301"), ("CS360", "CS220"), ("CS380", "CS220"),
        ("MATH102", "MATH101"), ("MATH201", "MATH101"), ("MATH301", "MATH102"), ("MATH320", "MATH201"),
        ("MATH320", "CS101"), ("HIST340", "HIST102"), ("BIO201", "BIO101"), ("BIO220", "BIO101"),
        ("BIO310", "BIO201"), ("BIO330", "BIO201"), ("BIO330", "CS101"), ("ECON210", "ECON101"),
        ("ECON210", "MATH201"), ("ECON320", "ECON102"), ("ENG320", "ENG101"), ("ENG250", "ENG101"),
    ]  # fmt: skip
    _ins(c, "course_prerequisites", [(code[a], code[b]) for a, b in prereq])
    terms = ["Fall 2023", "Spring 2024", "Fall 2024", "Spring 2025", "Summer 2025"]
    term_start = {"Fall 2023": D(2023, 8, 20), "Spring 2024": D(2024, 1, 8), "Fall 2024": D(2024, 8, 19),
                  "Spring 2025": D(2025, 1, 6), "Summer 2025": D(2025, 6, 2)}  # fmt: skip
    dept_instr: dict[int, list[int]] = {}
    for i, x in enumerate(instructors, 1):
        dept_instr.setdefault(x[2], []).append(i)
    sections = []
    sid = 0
    for term in terms:
        for ci, crs in enumerate(courses, 1):
            if term == "Summer 2025" and ci % 4 != 1:
                continue
            if term != "Summer 2025" and (ci + terms.index(term)) % 3 == 0:
                continue
            sid += 1
            pool = dept_instr[crs[2]]
            ins = pool[(ci + terms.index(term) // 2) % len(pool)]
            bld = depts[crs[2] - 1][1].split()[0]
            sections.append((sid, ci, ins, term, f"{bld} {100 + (ci * 7) % 5 * 100 + ci % 20}",
                             r.choice([25, 30, 40, 60])))  # fmt: skip
    _ins(c, "sections", sections)
    snames = _names(r, 200)
    students = []
    for i, nm in enumerate(snames, 1):
        students.append((i, nm, nm.lower().replace(" ", ".") + "@students.uni.edu", r.randint(1, 6),
                         r.choice([2021, 2022, 2023, 2024, 2024, 2025])))  # fmt: skip
    _ins(c, "students", students)
    enr = []
    eid = 0
    grades = ["A", "A", "B", "B", "B", "C", "C", "D", "F"]
    seen: set[tuple[int, int]] = set()
    for s in sections:
        crs = courses[s[1] - 1]
        n = r.randint(6, 14) if s[3] != "Summer 2025" else r.randint(3, 7)
        year = int(s[3][-4:])
        cand = [st for st in students if st[4] <= (year if s[3].startswith("Fall") else year - 1)]
        weights = [4 if st[3] == crs[2] else 1 for st in cand]
        picked = 0
        while picked < n:
            st = r.choices(cand, weights)[0]
            if (st[0], s[1]) in seen:
                continue
            seen.add((st[0], s[1]))
            picked += 1
            eid += 1
            when = term_start[s[3]] - dt.timedelta(days=r.randint(3, 40))
            g = None if s[3] == "Summer 2025" else r.choice(grades)
            enr.append((eid, st[0], s[0], when.isoformat(), g))
    _ins(c, "enrollments", enr)
    _done(c)


# ----------------------------------------------------------------------------------------------------------
# recipes
# ----------------------------------------------------------------------------------------------------------


def build_recipes(path: Path) -> None:
    """cuisines, authors, recipes, ingredients, recipe_ingredients, tags, recipe_tags and reviews."""
    r = random.Random(2503)
    c = _db(
        path,
        """
        CREATE TABLE cuisines(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE authors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, joined_on TEXT);
        CREATE TABLE recipes(id INTEGER PRIMARY KEY, title TEXT NOT NULL, author_id INTEGER NOT NULL
            REFERENCES authors(id), cuisine_id INTEGER NOT NULL REFERENCES cuisines(id), prep_minutes INTEGER,
            cook_minutes INTEGER, servings INTEGER, difficulty TEXT, is_vegan INTEGER NOT NULL DEFAULT 0,
            published_on TEXT);
        CREATE TABLE ingredients(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, category TEXT);
        CREATE TABLE recipe_ingredients(recipe_id INTEGER NOT NULL REFERENCES recipes(id),
            ingredient_id INTEGER NOT NULL REFERENCES ingredients(id), quantity REAL, unit TEXT,
            PRIMARY KEY (recipe_id, ingredient_id));
        CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE recipe_tags(recipe_id INTEGER NOT NULL REFERENCES recipes(id),
            tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (recipe_id, tag_id));
        CREATE TABLE reviews(id INTEGER PRIMARY KEY, recipe_id INTEGER NOT NULL REFERENCES recipes(id),
            reviewer_name TEXT, rating INTEGER NOT NULL, reviewed_on TEXT);
    """,
    )
    cuisines = ["Italian", "Mexican", "Indian", "Japanese", "French", "Thai", "American", "Greek"]
    _ins(c, "cuisines", [(i, x) for i, x in enumerate(cuisines, 1)])
    cid = {x: i for i, x in enumerate(cuisines, 1)}
    anames = _names(r, 24)
    acountries = ["USA", "UK", "Italy", "India", "Mexico", "Japan", "France", "Australia"]
    authors = [(i, nm, acountries[(i * 5) % 8], _day(r, D(2021, 1, 1), 900).isoformat())
               for i, nm in enumerate(anames, 1)]  # fmt: skip
    _ins(c, "authors", authors)
    ingredients = [
        ("Garlic", "vegetable", "clove"), ("Onion", "vegetable", "piece"), ("Tomato", "vegetable", "piece"),
        ("Bell Pepper", "vegetable", "piece"), ("Spinach", "vegetable", "g"), ("Carrot", "vegetable", "piece"),
        ("Potato", "vegetable", "piece"), ("Mushroom", "vegetable", "g"), ("Zucchini", "vegetable", "piece"),
        ("Eggplant", "vegetable", "piece"), ("Ginger", "vegetable", "g"), ("Avocado", "fruit", "piece"),
        ("Lemon", "fruit", "piece"), ("Lime", "fruit", "piece"), ("Mango", "fruit", "piece"),
        ("Butter", "dairy", "g"), ("Parmesan", "dairy", "g"), ("Mozzarella", "dairy", "g"), ("Feta", "dairy", "g"),
        ("Heavy Cream", "dairy", "ml"), ("Greek Yogurt", "dairy", "g"), ("Egg", "dairy", "piece"),
        ("Chicken Breast", "meat", "g"), ("Ground Beef", "meat", "g"), ("Pork Shoulder", "meat", "g"),
        ("Bacon", "meat", "g"), ("Lamb", "meat", "g"), ("Shrimp", "seafood", "g"), ("Salmon", "seafood", "g"),
        ("Tuna", "seafood", "g"), ("Rice", "grain", "g"), ("Spaghetti", "grain", "g"), ("Flour", "grain", "g"),
        ("Tortilla", "grain", "piece"), ("Rice Noodles", "grain", "g"), ("Bread", "grain", "slice"),
        ("Chickpeas", "legume", "g"), ("Black Beans", "legume", "g"), ("Lentils", "legume", "g"),
        ("Tofu", "legume", "g"), ("Cumin", "spice", "tsp"), ("Paprika", "spice", "tsp"),
        ("Turmeric", "spice", "tsp"), ("Chili Flakes", "spice", "tsp"), ("Garam Masala", "spice", "tsp"),
        ("Black Pepper", "spice", "tsp"), ("Salt", "spice", "tsp"), ("Basil", "herb", "g"),
        ("Cilantro", "herb", "g"), ("Oregano", "herb", "tsp"), ("Mint", "herb", "g"), ("Olive Oil", "oil", "tbsp"),
        ("Sesame Oil", "oil", "tbsp"), ("Coconut Milk", "sauce", "ml"), ("Soy Sauce", "sauce", "tbsp"),
        ("Fish Sauce", "sauce", "tbsp"), ("Tomato Paste", "sauce", "tbsp"), ("Peanuts", "nut", "g"),
        ("Cashews", "nut", "g"), ("Pine Nuts", "nut", "g"),
    ]  # fmt: skip
    _ins(c, "ingredients", [(i, x[0], x[1]) for i, x in enumerate(ingredients, 1)])
    ing = {x[0]: i for i, x in enumerate(ingredients, 1)}
    unit_of = {x[0]: x[2] for x in ingredients}
    cat_of = {x[0]: x[1] for x in ingredients}
    # (title, cuisine, vegan, key ingredients)
    base = {
        "Italian": ["Garlic", "Olive Oil", "Tomato", "Basil", "Parmesan", "Spaghetti", "Oregano", "Mozzarella",
                    "Mushroom", "Pine Nuts", "Zucchini", "Onion", "Salt", "Black Pepper"],
        "Mexican": ["Tortilla", "Black Beans", "Avocado", "Lime", "Cilantro", "Cumin", "Onion", "Tomato",
                    "Chili Flakes", "Ground Beef", "Bell Pepper", "Rice", "Salt"],
        "Indian": ["Garam Masala", "Turmeric", "Cumin", "Ginger", "Garlic", "Onion", "Lentils", "Chickpeas",
                   "Rice", "Coconut Milk", "Greek Yogurt", "Cilantro", "Tomato", "Salt", "Spinach"],
        "Japanese": ["Soy Sauce", "Rice", "Sesame Oil", "Ginger", "Salmon", "Tuna", "Tofu", "Mushroom", "Egg",
                     "Carrot", "Garlic"],
        "French": ["Butter", "Heavy Cream", "Flour", "Egg", "Onion", "Garlic", "Mushroom", "Black Pepper", "Salt",
                   "Potato", "Bacon", "Bread"],
        "Thai": ["Coconut Milk", "Fish Sauce", "Lime", "Chili Flakes", "Rice Noodles", "Peanuts", "Cilantro",
                 "Garlic", "Ginger", "Shrimp", "Bell Pepper", "Rice", "Mint"],
        "American": ["Ground Beef", "Bread", "Bacon", "Potato", "Butter", "Egg", "Flour", "Onion", "Paprika",
                     "Salt", "Black Pepper", "Chicken Breast"],
        "Greek": ["Feta", "Olive Oil", "Lemon", "Oregano", "Tomato", "Lamb", "Greek Yogurt", "Chickpeas",
                  "Eggplant", "Garlic", "Mint", "Onion"],
    }  # fmt: skip
    recipes_spec = [
        ("Classic Margherita Pizza", "Italian", 0, ["Flour", "Tomato", "Mozzarella", "Basil", "Olive Oil", "Salt"]),
        ("Spaghetti Carbonara", "Italian", 0, ["Spaghetti", "Egg", "Bacon", "Parmesan", "Black Pepper"]),
        ("Pesto Pasta", "Italian", 0, ["Spaghetti", "Basil", "Pine Nuts", "Parmesan", "Garlic", "Olive Oil"]),
        ("Mushroom Risotto", "Italian", 0, ["Rice", "Mushroom", "Butter", "Parmesan", "Onion", "Garlic"]),
        ("Vegan Spaghetti Aglio e Olio", "Italian", 1, ["Spaghetti", "Garlic", "Olive Oil", "Chili Flakes"]),
        ("Eggplant Parmigiana", "Italian", 0, ["Eggplant", "Tomato", "Mozzarella", "Parmesan", "Basil"]),
        ("Minestrone Soup", "Italian", 1, ["Carrot", "Zucchini", "Tomato", "Onion", "Black Beans", "Spaghetti"]),
        ("Chicken Piccata", "Italian", 0, ["Chicken Breast", "Lemon", "Butter", "Flour", "Garlic"]),
        ("Bruschetta", "Italian", 1, ["Bread", "Tomato", "Basil", "Garlic", "Olive Oil"]),
        ("Shrimp Scampi", "Italian", 0, ["Shrimp", "Spaghetti", "Garlic", "Butter", "Lemon"]),
        ("Lasagna Bolognese", "Italian", 0, ["Ground Beef", "Tomato Paste", "Mozzarella", "Flour", "Onion"]),
        ("Zucchini Pasta Primavera", "Italian", 1, ["Zucchini", "Spaghetti", "Bell Pepper", "Olive Oil"]),
        ("Beef Tacos", "Mexican", 0, ["Tortilla", "Ground Beef", "Onion", "Tomato", "Cumin"]),
        ("Black Bean Burrito Bowl", "Mexican", 1, ["Black Beans", "Rice", "Avocado", "Lime", "Cilantro"]),
        ("Guacamole", "Mexican", 1, ["Avocado", "Lime", "Onion", "Cilantro", "Salt"]),
        ("Chicken Enchiladas", "Mexican", 0, ["Tortilla", "Chicken Breast", "Tomato", "Onion", "Cumin"]),
        ("Shrimp Tacos", "Mexican", 0, ["Tortilla", "Shrimp", "Lime", "Avocado", "Chili Flakes"]),
        ("Vegan Chili", "Mexican", 1, ["Black Beans", "Tomato", "Onion", "Bell Pepper", "Cumin", "Paprika"]),
        ("Pork Carnitas", "Mexican", 0, ["Pork Shoulder", "Lime", "Cumin", "Garlic", "Onion"]),
        ("Huevos Rancheros", "Mexican", 0, ["Egg", "Tortilla", "Tomato", "Black Beans", "Chili Flakes"]),
        ("Mexican Street Corn Salad", "Mexican", 0, ["Feta", "Lime", "Chili Flakes", "Cilantro"]),
        ("Fajita Veggie Skillet", "Mexican", 1, ["Bell Pepper", "Onion", "Tortilla", "Cumin", "Lime"]),
        ("Chana Masala", "Indian", 1, ["Chickpeas", "Tomato", "Onion", "Garam Masala", "Ginger", "Garlic"]),
        ("Butter Chicken", "Indian", 0, ["Chicken Breast", "Butter", "Heavy Cream", "Garam Masala", "Tomato"]),
        ("Red Lentil Dal", "Indian", 1, ["Lentils", "Turmeric", "Cumin", "Garlic", "Onion"]),
        ("Palak Paneer", "Indian", 0, ["Spinach", "Heavy Cream", "Garam Masala", "Ginger", "Garlic"]),
        ("Vegetable Biryani", "Indian", 1, ["Rice", "Carrot", "Onion", "Garam Masala", "Cashews"]),
        ("Chicken Tikka Masala", "Indian", 0, ["Chicken Breast", "Greek Yogurt", "Garam Masala", "Tomato"]),
        ("Aloo Gobi", "Indian", 1, ["Potato", "Turmeric", "Cumin", "Ginger", "Cilantro"]),
        ("Coconut Chickpea Curry", "Indian", 1, ["Chickpeas", "Coconut Milk", "Turmeric", "Spinach", "Ginger"]),
        ("Lamb Rogan Josh", "Indian", 0, ["Lamb", "Greek Yogurt", "Paprika", "Garam Masala", "Onion"]),
        ("Mango Lassi", "Indian", 0, ["Mango", "Greek Yogurt"]),
        ("Salmon Teriyaki", "Japanese", 0, ["Salmon", "Soy Sauce", "Ginger", "Rice"]),
        ("Vegetable Sushi Rolls", "Japanese", 1, ["Rice", "Avocado", "Carrot", "Soy Sauce"]),
        ("Miso Glazed Tofu", "Japanese", 1, ["Tofu", "Soy Sauce", "Sesame Oil", "Ginger"]),
        ("Chicken Katsu", "Japanese", 0, ["Chicken Breast", "Flour", "Egg", "Bread", "Rice"]),
        ("Tuna Poke Bowl", "Japanese", 0, ["Tuna", "Rice", "Soy Sauce", "Avocado", "Sesame Oil"]),
        ("Tamagoyaki", "Japanese", 0, ["Egg", "Soy Sauce"]),
        ("Mushroom Yakisoba", "Japanese", 1, ["Rice Noodles", "Mushroom", "Carrot", "Soy Sauce", "Sesame Oil"]),
        ("Beef Teriyaki Bowl", "Japanese", 0, ["Ground Beef", "Soy Sauce", "Rice", "Ginger", "Garlic"]),
        ("French Onion Soup", "French", 0, ["Onion", "Butter", "Bread", "Flour"]),
        ("Quiche Lorraine", "French", 0, ["Egg", "Bacon", "Heavy Cream", "Flour", "Butter"]),
        ("Ratatouille", "French", 1, ["Eggplant", "Zucchini", "Tomato", "Bell Pepper", "Olive Oil"]),
        ("Coq au Vin", "French", 0, ["Chicken Breast", "Bacon", "Mushroom", "Onion", "Garlic"]),
        ("Crepes", "French", 0, ["Flour", "Egg", "Butter"]),
        ("Potato Gratin", "French", 0, ["Potato", "Heavy Cream", "Garlic", "Butter"]),
        ("Salmon en Papillote", "French", 0, ["Salmon", "Lemon", "Butter", "Zucchini"]),
        ("Mushroom Bourguignon", "French", 1, ["Mushroom", "Carrot", "Onion", "Tomato Paste", "Olive Oil"]),
        ("Pad Thai", "Thai", 0, ["Rice Noodles", "Shrimp", "Peanuts", "Egg", "Fish Sauce", "Lime"]),
        ("Green Curry with Chicken", "Thai", 0, ["Chicken Breast", "Coconut Milk", "Fish Sauce", "Basil"]),
        ("Tom Yum Soup", "Thai", 0, ["Shrimp", "Lime", "Chili Flakes", "Mushroom", "Fish Sauce"]),
        ("Vegan Red Curry", "Thai", 1, ["Tofu", "Coconut Milk", "Bell Pepper", "Chili Flakes", "Rice"]),
        ("Thai Peanut Noodles", "Thai", 1, ["Rice Noodles", "Peanuts", "Soy Sauce", "Lime", "Carrot"]),
        ("Mango Sticky Rice", "Thai", 1, ["Mango", "Rice", "Coconut Milk"]),
        ("Thai Basil Beef", "Thai", 0, ["Ground Beef", "Basil", "Garlic", "Fish Sauce", "Chili Flakes"]),
        ("Coconut Shrimp Soup", "Thai", 0, ["Shrimp", "Coconut Milk", "Lime", "Ginger", "Cilantro"]),
        ("Classic Cheeseburger", "American", 0, ["Ground Beef", "Bread", "Onion", "Tomato", "Salt"]),
        ("Buttermilk Pancakes", "American", 0, ["Flour", "Egg", "Butter"]),
        ("BBQ Pulled Pork", "American", 0, ["Pork Shoulder", "Paprika", "Onion", "Tomato Paste"]),
        ("Mac and Cheese", "American", 0, ["Spaghetti", "Butter", "Heavy Cream", "Parmesan"]),
        ("Buffalo Chicken Wings", "American", 0, ["Chicken Breast", "Butter", "Paprika", "Chili Flakes"]),
        ("Loaded Baked Potatoes", "American", 0, ["Potato", "Bacon", "Butter", "Greek Yogurt"]),
        ("Vegan Black Bean Burger", "American", 1, ["Black Beans", "Bread", "Onion", "Cumin", "Paprika"]),
        ("Chicken Pot Pie", "American", 0, ["Chicken Breast", "Flour", "Butter", "Carrot", "Potato"]),
        ("Greek Salad", "Greek", 0, ["Tomato", "Feta", "Olive Oil", "Oregano", "Onion"]),
        ("Moussaka", "Greek", 0, ["Eggplant", "Lamb", "Tomato", "Flour", "Butter"]),
        ("Hummus", "Greek", 1, ["Chickpeas", "Lemon", "Garlic", "Olive Oil", "Salt"]),
        ("Chicken Souvlaki", "Greek", 0, ["Chicken Breast", "Lemon", "Oregano", "Garlic", "Olive Oil"]),
        ("Tzatziki", "Greek", 0, ["Greek Yogurt", "Garlic", "Mint", "Lemon"]),
        ("Spanakopita", "Greek", 0, ["Spinach", "Feta", "Flour", "Egg", "Butter"]),
        ("Lemon Roast Potatoes", "Greek", 1, ["Potato", "Lemon", "Oregano", "Olive Oil", "Garlic"]),
        ("Lamb Kofta", "Greek", 0, ["Lamb", "Cumin", "Mint", "Onion", "Garlic"]),
        ("Falafel Wraps", "Greek", 1, ["Chickpeas", "Tortilla", "Cilantro", "Cumin", "Garlic"]),
    ]  # fmt: skip
    recipes = []
    ri_rows = []
    for i, (title, cui, vegan, keys) in enumerate(recipes_spec, 1):
        author = 1 + (i * 7 + r.randint(0, 3)) % 24
        prep = r.choice([5, 10, 15, 15, 20, 25, 30, 45])
        cook = r.choice([0, 10, 15, 20, 30, 40, 60, 90]) if title not in ("Guacamole", "Tzatziki") else 0
        diff = r.choices(["easy", "medium", "hard"], [5, 4, 2])[0]
        pub = _day(r, D(2023, 1, 10), 880)
        recipes.append((i, title, author, cid[cui], prep, cook, r.choice([2, 4, 4, 6, 8]), diff, vegan,
                        pub.isoformat()))  # fmt: skip
        chosen = list(keys)
        extra = [
            x for x in base[cui] if x not in chosen and cat_of[x] in ("vegetable", "herb", "spice", "oil", "fruit")
        ]
        extra += [x for x in ("Salt", "Black Pepper", "Olive Oil") if x not in chosen and x not in extra]
        for x in r.sample(extra, r.randint(1, min(4, len(extra)))):
            chosen.append(x)
        for x in chosen:
            u = unit_of[x]
            if cat_of[x] == "herb" and u == "g":
                q: float = r.choice([5, 10, 15, 20])
            else:
                q = {"g": r.choice([50, 100, 150, 200, 250, 400, 500]), "ml": r.choice([100, 200, 250, 400]),
                     "piece": r.choice([1, 2, 3, 4]), "clove": r.choice([2, 3, 4, 6]), "slice": r.choice([2, 4, 8]),
                     "tsp": r.choice([0.5, 1, 1.5, 2]), "tbsp": r.choice([1, 2, 3])}[u]  # fmt: skip
            ri_rows.append((i, ing[x], q, u))
    _ins(c, "recipes", recipes)
    _ins(c, "recipe_ingredients", ri_rows)
    tags = ["quick", "healthy", "kid-friendly", "comfort food", "gluten-free", "budget", "spicy", "holiday",
            "one-pot", "meal prep"]  # fmt: skip
    _ins(c, "tags", [(i, t) for i, t in enumerate(tags, 1)])
    spicy = {"Vegan Chili", "Shrimp Tacos", "Thai Basil Beef", "Tom Yum Soup", "Vegan Red Curry", "Buffalo Chicken Wings",
             "Chicken Tikka Masala", "Lamb Rogan Josh", "Huevos Rancheros", "Vegan Spaghetti Aglio e Olio", "Pad Thai"}  # fmt: skip
    rt = []
    for rec in recipes:
        ts = []
        total = rec[4] + rec[5]
        if total <= 30:
            ts.append("quick")
        if rec[1] in spicy:
            ts.append("spicy")
        for t in ["healthy", "kid-friendly", "comfort food", "gluten-free", "budget", "holiday", "one-pot",
                  "meal prep"]:  # fmt: skip
            p = 0.22
            if t == "healthy" and rec[8]:
                p = 0.6
            if t == "comfort food" and rec[3] in (5, 7):
                p = 0.5
            if r.random() < p:
                ts.append(t)
        for t in ts:
            rt.append((rec[0], tags.index(t) + 1))
    _ins(c, "recipe_tags", rt)
    reviewers = _names(random.Random(25031), 60)
    reviews = []
    rid = 0
    for rec in recipes:
        if rec[0] % 13 == 5:
            continue
        bias = (rec[0] * 37 % 10) / 10
        for _ in range(r.randint(1, 9)):
            rid += 1
            rating = max(1, min(5, round(3.2 + bias * 1.6 + r.gauss(0, 0.9))))
            when = max(D.fromisoformat(rec[9]), D(2023, 2, 1)) + dt.timedelta(days=r.randrange(0, 200))
            if when >= TODAY:
                when = TODAY - dt.timedelta(days=r.randint(1, 20))
            reviews.append((rid, rec[0], r.choice(reviewers), rating, when.isoformat()))
    _ins(c, "reviews", reviews)
    _done(c)


# ----------------------------------------------------------------------------------------------------------
# conference
# ----------------------------------------------------------------------------------------------------------


def build_conference(path: Path) -> None:
    """rooms, tracks, speakers, talks, talk_speakers (junction), attendees and talk_attendance (junction)."""
    r = random.Random(2504)
    c = _db(
        path,
        """
        CREATE TABLE rooms(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, floor INTEGER, capacity INTEGER);
        CREATE TABLE tracks(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE speakers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, company TEXT, country TEXT);
        CREATE TABLE talks(id INTEGER PRIMARY KEY, title TEXT NOT NULL, track_id INTEGER NOT NULL
            REFERENCES tracks(id), room_id INTEGER NOT NULL REFERENCES rooms(id), starts_at TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL, level TEXT);
        CREATE TABLE talk_speakers(talk_id INTEGER NOT NULL REFERENCES talks(id),
            speaker_id INTEGER NOT NULL REFERENCES speakers(id), is_primary INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (talk_id, speaker_id));
        CREATE TABLE attendees(id INTEGER PRIMARY KEY, name TEXT NOT NULL, company TEXT, country TEXT,
            ticket_type TEXT NOT NULL, registered_on TEXT);
        CREATE TABLE talk_attendance(attendee_id INTEGER NOT NULL REFERENCES attendees(id),
            talk_id INTEGER NOT NULL REFERENCES talks(id), rating INTEGER, PRIMARY KEY (attendee_id, talk_id));
    """,
    )
    rooms = [("Main Hall", 0, 400), ("Room A", 1, 120), ("Room B", 1, 80), ("Room C", 2, 60), ("Room D", 2, 40)]
    _ins(c, "rooms", [(i, x[0], x[1], x[2]) for i, x in enumerate(rooms, 1)])
    tracks = ["Data Engineering", "Machine Learning", "Cloud Infrastructure", "Security", "Frontend", "Leadership"]
    _ins(c, "tracks", [(i, x) for i, x in enumerate(tracks, 1)])
    companies = ["Acme Analytics", "Northwind Labs", "Globex", "Initech", "Stackline", "Cloudberry", "Datawise",
                 "Bytecraft", "Helios Systems", "Orbital Data"]  # fmt: skip
    countries = ["USA", "Germany", "UK", "France", "India", "Netherlands", "Canada", "Spain"]
    snames = _names(r, 46)
    speakers = []
    for i, nm in enumerate(snames, 1):
        comp = companies[(i * 3) % 10] if i % 9 else companies[0]
        speakers.append((i, nm, comp, countries[(i * 5 + i // 4) % 8]))
    _ins(c, "speakers", speakers)
    topics = {
        1: ["Building Reliable Data Pipelines", "Streaming at Scale with Kafka", "Data Contracts in Practice",
            "Lakehouse Architecture Explained", "Testing Your ETL", "Orchestrating Workflows with Airflow",
            "Column Stores Under the Hood", "Data Quality Monitoring", "Modern SQL for Analysts",
            "Change Data Capture Patterns", "Batch vs Streaming"],
        2: ["Intro to Machine Learning", "Feature Stores Demystified", "LLMs in Production",
            "Evaluating Language Models", "MLOps Lessons Learned", "Vector Search Fundamentals",
            "Time Series Forecasting", "Responsible AI", "Fine-Tuning on a Budget", "Recommender Systems",
            "Causal Inference for Product Teams"],
        3: ["Kubernetes for Beginners", "Cost Optimization in the Cloud", "Multi-Region Deployments",
            "Infrastructure as Code with Terraform", "Serverless Patterns", "Observability with OpenTelemetry",
            "Disaster Recovery Drills", "Platform Engineering 101", "Scaling Postgres"],
        4: ["Zero Trust Networking", "Secrets Management", "Threat Modeling Workshop", "Securing the Supply Chain",
            "Incident Response Playbooks", "OAuth Pitfalls", "Pen Testing Web Apps", "Security for Data Teams"],
        5: ["Modern CSS Layouts", "React Performance Tips", "Accessibility First", "Design Systems at Scale",
            "Web Components Today", "TypeScript Deep Dive", "Micro Frontends", "Building Offline-First Apps"],
        6: ["Leading Remote Teams", "From Engineer to Manager", "Hiring Great Engineers", "Running Effective Retros",
            "Technical Debt Conversations", "Career Ladders That Work", "Mentoring Junior Developers"],
    }  # fmt: skip
    talks = []
    slots = []
    for day in (13, 14, 15):
        for hh, mm in ((9, 0), (10, 30), (13, 0), (14, 30), (16, 0)):
            slots.append(f"2025-05-{day:02d} {hh:02d}:{mm:02d}")
    flat = [(t, title) for t, titles in topics.items() for title in titles]
    r.shuffle(flat)
    grid = [(s, room) for s in slots for room in range(1, 6)]
    grid = grid[: len(flat)]
    for i, ((track, title), (slot, room)) in enumerate(zip(flat, grid, strict=True), 1):
        level = (
            "beginner"
            if ("Intro" in title or "101" in title or "Beginners" in title)
            else r.choice(["beginner", "intermediate", "intermediate", "advanced"])
        )
        dur = 90 if "Workshop" in title else r.choice([30, 45, 45, 60])
        talks.append((i, title, track, room, slot, dur, level))
    _ins(c, "talks", talks)
    ts = []
    load: dict[int, int] = {}
    for t in talks:
        n = r.choices([1, 2, 3], [6, 3, 1])[0]
        sp: list[int] = []
        while len(sp) < n:
            s = r.randint(1, 46)
            if s not in sp and load.get(s, 0) < 3:
                sp.append(s)
                load[s] = load.get(s, 0) + 1
        for k, s in enumerate(sp):
            ts.append((t[0], s, 1 if k == 0 else 0))
    _ins(c, "talk_speakers", ts)
    anames = _names(r, 200, exclude=tuple(snames))
    attendees = []
    for i, nm in enumerate(anames, 1):
        tt = r.choices(["standard", "vip", "student"], [7, 2, 2])[0]
        employer = None if tt == "student" else r.choice([*companies, "Umbrella Corp", "Hooli", "Vandelay Industries"])
        attendees.append((i, nm, employer, r.choice(countries), tt, _day(r, D(2025, 1, 5), 125).isoformat()))
    _ins(c, "attendees", attendees)
    att = []
    popular = {t[0]: (3 if t[3] == 1 else 1) + (t[0] * 7 % 5) for t in talks}
    empty = {talks[-1][0], talks[-3][0]}
    for a in attendees:
        k = r.randint(1, 9)
        choices = [t for t in talks if t[0] not in empty]
        picked: list[int] = []
        per_slot: set[str] = set()
        tries = 0
        while len(picked) < k and tries < 60:
            tries += 1
            t = r.choices(choices, [popular[x[0]] for x in choices])[0]
            if t[0] in picked or t[4] in per_slot:
                continue
            picked.append(t[0])
            per_slot.add(t[4])
            rating = r.choice([None, 3, 4, 4, 5, 5, 2]) if r.random() < 0.8 else None
            att.append((a[0], t[0], rating))
    _ins(c, "talk_attendance", att)
    _done(c)


# ----------------------------------------------------------------------------------------------------------
# vet
# ----------------------------------------------------------------------------------------------------------


def build_vet(path: Path) -> None:
    """owners, species, pets, vets, visits, treatments and visit_treatments (junction)."""
    r = random.Random(2505)
    c = _db(
        path,
        """
        CREATE TABLE owners(id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT, email TEXT, city TEXT);
        CREATE TABLE species(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE pets(id INTEGER PRIMARY KEY, name TEXT NOT NULL, owner_id INTEGER NOT NULL
            REFERENCES owners(id), species_id INTEGER NOT NULL REFERENCES species(id), breed TEXT,
            birth_date TEXT, sex TEXT);
        CREATE TABLE vets(id INTEGER PRIMARY KEY, name TEXT NOT NULL, specialty TEXT, hired_on TEXT);
        CREATE TABLE visits(id INTEGER PRIMARY KEY, pet_id INTEGER NOT NULL REFERENCES pets(id),
            vet_id INTEGER NOT NULL REFERENCES vets(id), visit_date TEXT NOT NULL, reason TEXT, fee REAL);
        CREATE TABLE treatments(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, category TEXT, price REAL);
        CREATE TABLE visit_treatments(visit_id INTEGER NOT NULL REFERENCES visits(id),
            treatment_id INTEGER NOT NULL REFERENCES treatments(id), quantity INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (visit_id, treatment_id));
    """,
    )
    cities = ["Springfield", "Riverton", "Maple Grove", "Lakeside"]
    onames = _names(r, 80)
    owners = []
    for i, nm in enumerate(onames, 1):
        email = None if i % 6 == 0 else nm.lower().replace(" ", ".") + "@mail.com"
        owners.append((i, nm, f"555-{200 + i:03d}-{(i * 397) % 10000:04d}", email, cities[(i * 3 + i // 7) % 4]))
    _ins(c, "owners", owners)
    species = ["Dog", "Cat", "Rabbit", "Bird", "Guinea Pig", "Reptile"]
    _ins(c, "species", [(i, s) for i, s in enumerate(species, 1)])
    breeds = {
        1: ["Labrador Retriever", "German Shepherd", "Beagle", "Golden Retriever", "Dachshund", "Mixed"],
        2: ["Domestic Shorthair", "Siamese", "Maine Coon", "Persian", "Mixed"],
        3: ["Holland Lop", "Netherland Dwarf", "Rex"], 4: ["Budgerigar", "Cockatiel", "African Grey"],
        5: ["American", "Abyssinian"], 6: ["Bearded Dragon", "Leopard Gecko", "Corn Snake"],
    }  # fmt: skip
    pet_names = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Oliver", "Lucy", "Simba",
                 "Nala", "Toby", "Pepper", "Ziggy", "Biscuit", "Shadow", "Mochi", "Ginger", "Oscar", "Willow",
                 "Jasper", "Hazel", "Kiwi", "Peanut", "Rex", "Sunny", "Cleo", "Bruno", "Maple", "Pickles",
                 "Olive", "Buster", "Misty", "Thor", "Juniper", "Waffles", "Sage", "Nugget", "Tango"]  # fmt: skip
    pets = []
    pid = 0
    for o in owners:
        n = r.choices([1, 2, 3, 4], [10, 5, 2, 1])[0]
        for _ in range(n):
            pid += 1
            sp = r.choices(range(1, 7), [10, 8, 2, 2, 1, 1])[0]
            birth = _day(r, D(2010, 1, 1), 5300)
            pets.append((pid, r.choice(pet_names), o[0], sp, r.choice(breeds[sp]), birth.isoformat(),
                         r.choice(["F", "M"])))  # fmt: skip
    _ins(c, "pets", pets)
    vets = [
        (1, "Helena Brooks", "general", "2012-03-01"), (2, "Marcus Feld", "surgery", "2015-07-15"),
        (3, "Ayesha Rahman", "general", "2018-09-01"), (4, "Tomas Lindgren", "dentistry", "2016-02-01"),
        (5, "Claire Ashford", "dermatology", "2020-05-11"), (6, "Julian Reyes", "general", "2022-01-10"),
        (7, "Nina Kovacs", "exotics", "2019-04-01"),
    ]  # fmt: skip
    _ins(c, "vets", vets)
    treatments = [
        ("Rabies Vaccine", "vaccine", 35.0), ("DHPP Vaccine", "vaccine", 40.0), ("FVRCP Vaccine", "vaccine", 38.0),
        ("Feline Leukemia Vaccine", "vaccine", 42.0), ("Myxomatosis Vaccine", "vaccine", 45.0),
        ("Bordetella Vaccine", "vaccine", 30.0), ("Amoxicillin", "medication", 18.5), ("Meloxicam", "medication", 22.0),
        ("Flea Treatment", "medication", 25.0), ("Deworming Tablet", "medication", 12.0),
        ("Prednisolone", "medication", 16.0), ("Ear Drops", "medication", 14.5), ("Dental Cleaning", "procedure", 180.0),
        ("Tooth Extraction", "procedure", 120.0), ("Spay/Neuter Surgery", "procedure", 260.0),
        ("Wound Stitching", "procedure", 95.0), ("Nail Trim", "procedure", 15.0), ("X-Ray", "test", 110.0),
        ("Blood Panel", "test", 85.0), ("Urinalysis", "test", 45.0), ("Skin Scraping", "test", 40.0),
        ("Microchipping", "procedure", 50.0),
    ]  # fmt: skip
    _ins(c, "treatments", [(i, t[0], t[1], t[2]) for i, t in enumerate(treatments, 1)])
    tid = {t[0]: i for i, t in enumerate(treatments, 1)}
    vaccines = {1: ["Rabies Vaccine", "DHPP Vaccine", "Bordetella Vaccine"], 2: ["Rabies Vaccine", "FVRCP Vaccine",
                "Feline Leukemia Vaccine"], 3: ["Myxomatosis Vaccine"]}  # fmt: skip
    by_reason = {
        "checkup": ["Blood Panel", "Deworming Tablet", "Nail Trim", "Flea Treatment", "Microchipping"],
        "illness": ["Amoxicillin", "Blood Panel", "Urinalysis", "Prednisolone", "X-Ray", "Ear Drops"],
        "injury": ["X-Ray", "Wound Stitching", "Meloxicam", "Amoxicillin"],
        "dental": ["Dental Cleaning", "Tooth Extraction", "Meloxicam"],
        "surgery": ["Spay/Neuter Surgery", "Meloxicam", "Amoxicillin", "Blood Panel"],
        "skin": ["Skin Scraping", "Prednisolone", "Flea Treatment", "Ear Drops"],
    }  # fmt: skip
    fee_of = {"checkup": 55, "vaccination": 45, "illness": 70, "injury": 80, "dental": 90, "surgery": 150,
              "skin": 65}  # fmt: skip
    visits = []
    vt = []
    vid = 0
    no_visit = {p[0] for p in pets if p[0] % 17 == 4}
    for p in pets:
        if p[0] in no_visit:
            continue
        for _ in range(r.choices([1, 2, 3, 4, 5, 6, 7], [4, 5, 4, 3, 2, 1, 1])[0]):
            vid += 1
            sp = p[3]
            reason = r.choices(
                ["checkup", "vaccination", "illness", "injury", "dental", "surgery", "skin"],
                [5, 4 if sp <= 3 else 0, 3, 2, 2 if sp <= 2 else 0, 1 if sp <= 3 else 0, 2],
            )[0]
            if sp >= 4 and r.random() < 0.85:
                vet = 7
            elif reason == "surgery":
                vet = 2
            elif reason == "dental":
                vet = 4
            elif reason == "skin":
                vet = 5 if r.random() < 0.8 else 1
            else:
                vet = r.choice([1, 1, 3, 3, 6, 6, 2])
            first = max(D.fromisoformat(p[5]) + dt.timedelta(days=30), D(2023, 1, 3))
            when = _day(r, first, max(30, (D(2025, 6, 14) - first).days))
            if vet == 6 and when < D(2023, 1, 10):
                when = D(2023, 1, 12)
            fee = fee_of[reason] + r.choice([0, 0, 5, 10, 15])
            visits.append((vid, p[0], vet, when.isoformat(), "illness" if reason == "skin" else reason, float(fee)))
            if reason == "vaccination":
                items = r.sample(vaccines[sp], r.randint(1, len(vaccines[sp])))
            else:
                pool = by_reason[reason]
                items = r.sample(pool, r.randint(0 if reason == "checkup" else 1, min(3, len(pool))))
            for it in items:
                q = r.choice([1, 1, 1, 2]) if treatments[tid[it] - 1][1] == "medication" else 1
                vt.append((vid, tid[it], q))
    visits.sort(key=lambda v: (v[3], v[0]))
    remap = {v[0]: i for i, v in enumerate(visits, 1)}
    visits = [(remap[v[0]], *v[1:]) for v in visits]
    vt = sorted((remap[a], b, q) for a, b, q in vt)
    _ins(c, "visits", visits)
    _ins(c, "visit_treatments", vt)
    _done(c)


# ----------------------------------------------------------------------------------------------------------
# films
# ----------------------------------------------------------------------------------------------------------


def build_films(path: Path) -> None:
    """studios, genres, films, film_genres, people, film_cast, film_directors and reviews."""
    r = random.Random(2506)
    c = _db(
        path,
        """
        CREATE TABLE studios(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT, founded_year INTEGER);
        CREATE TABLE genres(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE films(id INTEGER PRIMARY KEY, title TEXT NOT NULL, release_year INTEGER,
            runtime_minutes INTEGER, studio_id INTEGER NOT NULL REFERENCES studios(id), budget_musd REAL,
            box_office_musd REAL);
        CREATE TABLE film_genres(film_id INTEGER NOT NULL REFERENCES films(id),
            genre_id INTEGER NOT NULL REFERENCES genres(id), PRIMARY KEY (film_id, genre_id));
        CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, birth_year INTEGER, country TEXT);
        CREATE TABLE film_cast(film_id INTEGER NOT NULL REFERENCES films(id),
            person_id INTEGER NOT NULL REFERENCES people(id), character_name TEXT, billing_order INTEGER,
            PRIMARY KEY (film_id, person_id));
        CREATE TABLE film_directors(film_id INTEGER NOT NULL REFERENCES films(id),
            person_id INTEGER NOT NULL REFERENCES people(id), PRIMARY KEY (film_id, person_id));
        CREATE TABLE reviews(id INTEGER PRIMARY KEY, film_id INTEGER NOT NULL REFERENCES films(id),
            critic_name TEXT, score INTEGER NOT NULL, published_on TEXT);
    """,
    )
    studios = [
        ("Silverline Pictures", "USA", 1952), ("Harborlight Films", "USA", 1988), ("Redwood Studios", "USA", 2001),
        ("Maple Leaf Entertainment", "Canada", 1995), ("Albion Film Company", "UK", 1974),
        ("Lumiere Nouvelle", "France", 1968), ("Sakura Motion", "Japan", 1983), ("Nordlys Film", "Norway", 2005),
        ("Iberia Cine", "Spain", 1991), ("Blue Kangaroo Pictures", "Australia", 2008),
    ]  # fmt: skip
    _ins(c, "studios", [(i, s[0], s[1], s[2]) for i, s in enumerate(studios, 1)])
    genres = ["Drama", "Comedy", "Action", "Science Fiction", "Horror", "Romance", "Thriller", "Animation",
              "Documentary", "Fantasy"]  # fmt: skip
    _ins(c, "genres", [(i, g) for i, g in enumerate(genres, 1)])
    w1 = ["The", "Last", "Beyond the", "Return of the", "Under the", "A Tale of the", "Children of the",
          "Night of the", "Song of the", "Echo of the"]  # fmt: skip
    w2 = ["Glass Tower", "Crimson Tide", "Silent Valley", "Iron Crown", "Lost Orchard", "Paper Moon",
          "Winter Queen", "Hidden Door", "Broken Compass", "Salt Road", "Northern Star", "Velvet Storm",
          "Seventh Wave", "Clockmaker", "Desert Rose"]  # fmt: skip
    titles = [f"{a} {b}" for a in w1 for b in w2]
    r.shuffle(titles)
    titles = titles[:110]
    pcountries = ["USA", "UK", "France", "Canada", "Japan", "Spain", "Norway", "Australia", "Germany"]
    pnames = _names(r, 130)
    people = [(i, nm, r.randint(1950, 2002), pcountries[(i * 7 + i // 5) % 9]) for i, nm in enumerate(pnames, 1)]
    _ins(c, "people", people)
    directors = list(range(1, 23))  # people 1-22 direct; some of them act too
    actors = list(range(12, 131))
    films = []
    fg = []
    fd = []
    fc = []
    chars = ["Detective", "Captain", "Doctor", "Professor", "Agent", "Queen", "King", "Sister", "Mayor", "Pilot",
             "Stranger", "Widow", "Mechanic", "Teacher", "Thief"]  # fmt: skip
    actor_w = [1 + (a * 13) % 7 for a in actors]
    for i, title in enumerate(titles, 1):
        studio = r.randint(1, 10)
        year = r.choice([2019, 2020, 2021, 2022, 2023, 2023, 2024, 2024, 2025])
        gs = r.sample(range(1, 11), r.choices([1, 2, 3], [3, 5, 2])[0])
        if 8 in gs:
            runtime = r.randint(80, 105)
        elif 9 in gs:
            gs = [9]
            runtime = r.randint(75, 110)
        else:
            runtime = r.randint(88, 165)
        budget = round(r.choice([2, 5, 12, 25, 40, 80, 150]) * r.uniform(0.7, 1.3), 1)
        box = round(budget * r.choice([0.4, 0.8, 1.2, 2.0, 3.5, 5.0]) * r.uniform(0.8, 1.2), 1)
        films.append((i, title, year, runtime, studio, budget, box))
        for g in gs:
            fg.append((i, g))
        dirs = [r.choice(directors)]
        if r.random() < 0.1:
            d2 = r.choice(directors)
            if d2 != dirs[0]:
                dirs.append(d2)
        for d in dirs:
            fd.append((i, d))
        if 9 in gs:
            continue
        n_cast = r.randint(3, 7) if i != 44 else 10
        cast: list[int] = []
        while len(cast) < n_cast:
            a = r.choices(actors, actor_w)[0]
            if a not in cast:
                cast.append(a)
        for k, a in enumerate(cast, 1):
            fc.append((i, a, f"{r.choice(chars)} {people[a - 1][1].split()[1] if k % 3 == 0 else r.choice(LAST_NAMES)}", k))
    _ins(c, "films", films)
    _ins(c, "film_genres", fg)
    _ins(c, "film_directors", fd)
    _ins(c, "film_cast", fc)
    critics = ["A. Morgan", "B. Tanaka", "C. Okonkwo", "D. Lefevre", "E. Walsh", "F. Haugen", "G. Ruiz",
               "H. Patel", "I. Kim", "J. O'Brien", "K. Schultz", "L. Ferreira"]  # fmt: skip
    reviews = []
    rid = 0
    for f in films:
        if f[0] % 11 == 7:
            continue
        q = 45 + (f[0] * 29) % 45
        for _ in range(r.randint(1, 6)):
            rid += 1
            score = max(5, min(100, int(q + r.gauss(0, 10))))
            pub = D(f[2], r.randint(1, 12), r.randint(1, 28))
            if pub >= TODAY:
                pub = D(2025, r.randint(1, 5), r.randint(1, 28))
            reviews.append((rid, f[0], r.choice(critics), score, pub.isoformat()))
    _ins(c, "reviews", reviews)
    _done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "music": build_music,
    "university": build_university,
    "recipes": build_recipes,
    "conference": build_conference,
    "vet": build_vet,
    "films": build_films,
}
