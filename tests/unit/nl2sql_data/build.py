"""Deterministic SQLite databases for the offline translator's accuracy tests.

Three schemas unlike the shared shop database: a clinic (first/last names,
a boolean column, two date columns), a library (camelCase names, integer year
columns, nullable return dates) and an HR database (a self-referencing
manager key, an association table).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

FIRST = ["Alice", "Bruno", "Chloe", "David", "Emma", "Farid", "Giulia", "Hugo", "Ines", "Jonas", "Keiko", "Louis",
         "Maya", "Nils", "Olga", "Pablo", "Rosa", "Sven"]
LAST = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Garcia", "Roux", "Fournier",
        "Morel", "Girard"]


def build_clinic(path: Path) -> None:
    r = random.Random(11)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE doctors(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, specialty TEXT, hired_on DATE,
                             salary REAL);
        CREATE TABLE patients(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, city TEXT,
                              birth_date DATE, gender TEXT, email TEXT);
        CREATE TABLE appointments(id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients(id),
                                  doctor_id INTEGER REFERENCES doctors(id), scheduled_at DATETIME, status TEXT,
                                  fee REAL);
        CREATE TABLE medications(id INTEGER PRIMARY KEY, name TEXT NOT NULL, unit_cost REAL, is_generic BOOLEAN);
        CREATE TABLE prescriptions(id INTEGER PRIMARY KEY, appointment_id INTEGER REFERENCES appointments(id),
                                   medication_id INTEGER REFERENCES medications(id), quantity INTEGER, days INTEGER);
        """
    )
    specialties = ["Cardiology", "Dermatology", "Pediatrics", "Neurology", "Oncology"]
    for i in range(1, 13):
        hired = dt.date(2008, 1, 1) + dt.timedelta(days=r.randrange(0, 5500))
        c.execute("INSERT INTO doctors VALUES(?,?,?,?,?)",
                  (i, f"Dr. {FIRST[i % len(FIRST)]} {LAST[(i * 5) % len(LAST)]}",
                   specialties[i % len(specialties)], hired.isoformat(), float(r.randrange(90, 260) * 1000)))
    cities = ["Lyon", "Paris", "Marseille", "Lille", "Nantes", "Bordeaux", "Toulouse"]
    for i in range(1, 151):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=r.randrange(0, 30000))
        fn, ln = r.choice(FIRST), r.choice(LAST)
        email = None if i % 7 == 0 else f"{fn.lower()}.{ln.lower()}{i}@example.org"
        c.execute("INSERT INTO patients VALUES(?,?,?,?,?,?,?)",
                  (i, fn, ln, r.choice(cities), born.isoformat(), r.choice(["female", "male"]), email))
    start = dt.datetime(2023, 1, 2, 8)
    for i in range(1, 901):
        when = start + dt.timedelta(hours=r.randrange(0, 21500))
        doctor = r.randrange(1, 12)  # doctor 12 has no appointments
        patient = r.randrange(1, 141)  # patients 141..150 never came
        status = r.choice(["completed", "completed", "cancelled", "no-show", "scheduled"])
        c.execute("INSERT INTO appointments VALUES(?,?,?,?,?,?)",
                  (i, patient, doctor, when.strftime("%Y-%m-%d %H:%M:%S"), status, float(r.randrange(25, 180))))
    meds = ["Amoxicillin", "Ibuprofen", "Paracetamol", "Omeprazole", "Metformin", "Atorvastatin", "Lisinopril",
            "Cetirizine", "Insulin", "Warfarin"]
    for i, name in enumerate(meds, 1):
        c.execute("INSERT INTO medications VALUES(?,?,?,?)",
                  (i, name, round(r.uniform(2, 60), 2), 1 if i % 3 else 0))
    pid = 0
    for appt in range(1, 901):
        if appt % 3 == 0:
            continue
        for _ in range(r.randrange(1, 3)):
            pid += 1
            med = r.randrange(1, 10)  # Warfarin (10) is never prescribed
            c.execute("INSERT INTO prescriptions VALUES(?,?,?,?,?)",
                      (pid, appt, med, r.randrange(1, 6), r.choice([5, 7, 10, 14, 30])))
    c.commit()
    c.close()


def build_library(path: Path) -> None:
    r = random.Random(5)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE authors(authorId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, country TEXT,
                             birthYear INTEGER);
        CREATE TABLE books(bookId INTEGER PRIMARY KEY, title TEXT NOT NULL,
                           authorId INTEGER REFERENCES authors(authorId), genre TEXT, publishedYear INTEGER,
                           pageCount INTEGER, price REAL);
        CREATE TABLE members(memberId INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, joinedOn DATE,
                             isActive BOOLEAN);
        CREATE TABLE loans(loanId INTEGER PRIMARY KEY, bookId INTEGER REFERENCES books(bookId),
                           memberId INTEGER REFERENCES members(memberId), loanDate DATE, returnDate DATE);
        """
    )
    countries = ["Canada", "Japan", "Nigeria", "Chile", "Norway", "Ireland"]
    for i in range(1, 31):
        c.execute("INSERT INTO authors VALUES(?,?,?,?)",
                  (i, f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}", countries[i % len(countries)],
                   1930 + r.randrange(0, 60)))
    genres = ["Fantasy", "Mystery", "Romance", "Science Fiction", "History", "Poetry"]
    words = ["Silent", "River", "Night", "Garden", "Empire", "Shadow", "Glass", "Winter", "Stone", "Echo"]
    for i in range(1, 121):
        title = f"The {words[i % 10]} {words[(i * 3 + 1) % 10]} {i}"
        author = r.randrange(1, 28)  # authors 28..30 wrote nothing
        c.execute("INSERT INTO books VALUES(?,?,?,?,?,?,?)",
                  (i, title, author, r.choice(genres[:3] * 2 + genres[:5]), 1950 + r.randrange(0, 74), r.randrange(90, 900),
                   round(r.uniform(6, 45), 2)))
    cities = ["Boston", "Denver", "Austin", "Seattle", "Chicago"]
    for i in range(1, 81):
        joined = dt.date(2016, 1, 1) + dt.timedelta(days=r.randrange(0, 3450))
        c.execute("INSERT INTO members VALUES(?,?,?,?,?)",
                  (i, f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(cities), joined.isoformat(),
                   0 if i % 4 == 0 else 1))
    for i in range(1, 601):
        d = dt.date(2022, 1, 1) + dt.timedelta(days=r.randrange(0, 1260))
        ret = None if i % 9 == 0 else (d + dt.timedelta(days=r.randrange(3, 40))).isoformat()
        book = r.randrange(1, 116)  # books 116..120 were never borrowed
        if i % 100 == 0:
            book = 44  # a clear favourite
        member = r.randrange(1, 76)  # members 76..80 never borrowed
        c.execute("INSERT INTO loans VALUES(?,?,?,?,?)", (i, book, member, d.isoformat(), ret))
    c.commit()
    c.close()


def build_hr(path: Path) -> None:
    r = random.Random(8)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE departments(id INTEGER PRIMARY KEY, name TEXT NOT NULL, budget INTEGER, location TEXT);
        CREATE TABLE employees(id INTEGER PRIMARY KEY, name TEXT NOT NULL,
                               department_id INTEGER REFERENCES departments(id),
                               manager_id INTEGER REFERENCES employees(id), job_title TEXT, hire_date DATE,
                               salary INTEGER);
        CREATE TABLE projects(id INTEGER PRIMARY KEY, name TEXT NOT NULL,
                              department_id INTEGER REFERENCES departments(id), start_date DATE, end_date DATE);
        CREATE TABLE assignments(employee_id INTEGER REFERENCES employees(id),
                                 project_id INTEGER REFERENCES projects(id), hours INTEGER);
        """
    )
    depts = [("Sales", "London"), ("Engineering", "Berlin"), ("Marketing", "London"), ("Finance", "Madrid"),
             ("Support", "Dublin"), ("Legal", "Berlin")]
    for i, (name, loc) in enumerate(depts, 1):
        c.execute("INSERT INTO departments VALUES(?,?,?,?)", (i, name, r.randrange(200, 900) * 1000, loc))
    titles = ["Engineer", "Senior Engineer", "Analyst", "Manager", "Sales Representative", "Accountant"]
    for i in range(1, 101):
        dept = r.choice([1, 1, 1, 2, 2, 2, 2, 3, 4, 5])  # Legal (6) has no employees
        manager = None if i <= 5 else r.randrange(1, 6)
        hired = dt.date(2012, 1, 1) + dt.timedelta(days=r.randrange(0, 4700))
        c.execute("INSERT INTO employees VALUES(?,?,?,?,?,?,?)",
                  (i, f"{r.choice(FIRST)} {r.choice(LAST)}", dept, manager, r.choice(titles), hired.isoformat(),
                   r.randrange(35, 160) * 1000))
    for i in range(1, 16):
        s = dt.date(2021, 1, 1) + dt.timedelta(days=r.randrange(0, 1200))
        c.execute("INSERT INTO projects VALUES(?,?,?,?,?)",
                  (i, f"Project {chr(64 + i)}", r.randrange(1, 6), s.isoformat(),
                   (s + dt.timedelta(days=r.randrange(60, 500))).isoformat()))
    seen = set()
    for _ in range(220):
        e, p = r.randrange(1, 91), r.randrange(1, 16)  # employees 91..100 have no project
        if (e, p) in seen:
            continue
        seen.add((e, p))
        c.execute("INSERT INTO assignments VALUES(?,?,?)", (e, p, r.randrange(5, 200)))
    c.commit()
    c.close()


def build_music(path: Path) -> None:
    """A small Chinook-like store: singular PascalCase tables and columns."""
    r = random.Random(21)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE Artist(ArtistId INTEGER PRIMARY KEY, Name TEXT);
        CREATE TABLE Album(AlbumId INTEGER PRIMARY KEY, Title TEXT NOT NULL,
                           ArtistId INTEGER REFERENCES Artist(ArtistId));
        CREATE TABLE Genre(GenreId INTEGER PRIMARY KEY, Name TEXT);
        CREATE TABLE Track(TrackId INTEGER PRIMARY KEY, Name TEXT NOT NULL, AlbumId INTEGER REFERENCES Album(AlbumId),
                           GenreId INTEGER REFERENCES Genre(GenreId), Milliseconds INTEGER, UnitPrice NUMERIC);
        CREATE TABLE Customer(CustomerId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL,
                              City TEXT, Country TEXT, Email TEXT);
        CREATE TABLE Invoice(InvoiceId INTEGER PRIMARY KEY, CustomerId INTEGER REFERENCES Customer(CustomerId),
                             InvoiceDate DATETIME, BillingCountry TEXT, Total NUMERIC);
        CREATE TABLE InvoiceLine(InvoiceLineId INTEGER PRIMARY KEY, InvoiceId INTEGER REFERENCES Invoice(InvoiceId),
                                 TrackId INTEGER REFERENCES Track(TrackId), UnitPrice NUMERIC, Quantity INTEGER);
        """
    )
    artists = ["Aurora Lane", "The Copper Foxes", "Miles Okoro", "Nadia Vell", "Static Bloom", "Jun Hara Trio",
               "Lucía Prado", "Northbound"]
    for i, name in enumerate(artists, 1):
        c.execute("INSERT INTO Artist VALUES(?,?)", (i, name))
    genres = ["Rock", "Jazz", "Pop", "Classical", "Blues", "Electronic"]
    for i, name in enumerate(genres, 1):
        c.execute("INSERT INTO Genre VALUES(?,?)", (i, name))
    for i in range(1, 21):
        artist = r.choice([1, 2, 2, 3, 4, 4, 4, 4, 5, 6, 7, 7])  # Northbound (8) has no album
        c.execute("INSERT INTO Album VALUES(?,?,?)", (i, f"Album {i:02d}", artist))
    for i in range(1, 201):
        genre = r.choice([1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 5])  # Electronic (6) has no track
        price = 0.99 if i % 5 else 1.99
        c.execute("INSERT INTO Track VALUES(?,?,?,?,?,?)",
                  (i, f"Track {i:03d}", r.randrange(1, 21), genre, r.randrange(90_000, 420_000), price))
    countries = ["Brazil", "Canada", "France", "Germany", "India", "USA"]
    for i in range(1, 61):
        fn, ln = r.choice(FIRST), r.choice(LAST)
        country = r.choice(countries)
        c.execute("INSERT INTO Customer VALUES(?,?,?,?,?,?)",
                  (i, fn, ln, f"City{i % 9}", country, f"{fn.lower()}{i}@mail.test"))
    line = 0
    for i in range(1, 401):
        cust = r.randrange(1, 56)  # customers 56..60 never bought anything
        when = dt.datetime(2022, 1, 1) + dt.timedelta(hours=r.randrange(0, 29000))
        total = 0.0
        lines = []
        for _ in range(r.randrange(1, 5)):
            line += 1
            track = r.randrange(1, 196)  # tracks 196..200 never sold
            price = 0.99 if track % 5 else 1.99
            qty = r.randrange(1, 3)
            total += price * qty
            lines.append((line, i, track, price, qty))
        country = c.execute("SELECT Country FROM Customer WHERE CustomerId = ?", (cust,)).fetchone()[0]
        c.execute("INSERT INTO Invoice VALUES(?,?,?,?,?)",
                  (i, cust, when.strftime("%Y-%m-%d %H:%M:%S"), country, round(total, 2)))
        c.executemany("INSERT INTO InvoiceLine VALUES(?,?,?,?,?)", lines)
    c.commit()
    c.close()


def build_school(path: Path) -> None:
    r = random.Random(34)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE teachers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, subject TEXT, hired_year INTEGER);
        CREATE TABLE courses(id INTEGER PRIMARY KEY, title TEXT NOT NULL, teacher_id INTEGER REFERENCES teachers(id),
                             credits INTEGER, level TEXT);
        CREATE TABLE students(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, enrolled_on DATE,
                              scholarship BOOLEAN);
        CREATE TABLE enrollments(id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(id),
                                 course_id INTEGER REFERENCES courses(id), semester TEXT, grade REAL);
        """
    )
    subjects = ["Mathematics", "Physics", "History", "Biology", "Literature"]
    for i in range(1, 11):
        c.execute("INSERT INTO teachers VALUES(?,?,?,?)",
                  (i, f"{FIRST[(i * 3) % len(FIRST)]} {LAST[i % len(LAST)]}", subjects[(0, 0, 0, 1, 2, 3, 4, 1, 2, 3)[i - 1]],
                   1995 + r.randrange(0, 28)))
    levels = ["beginner", "intermediate", "advanced"]
    titles = ["Algebra", "Calculus", "Mechanics", "Optics", "Ancient Rome", "Modern Europe", "Genetics", "Ecology",
              "Poetry", "Drama", "Statistics", "Astronomy"]
    for i, t in enumerate(titles, 1):
        teacher = r.randrange(1, 10)  # teacher 10 teaches nothing
        c.execute("INSERT INTO courses VALUES(?,?,?,?,?)", (i, t, teacher, r.choice([2, 3, 4, 6]), r.choice(levels)))
    cities = ["Oslo", "Bergen", "Trondheim", "Stavanger"]
    for i in range(1, 121):
        d = dt.date(2019, 8, 1) + dt.timedelta(days=r.randrange(0, 2100))
        c.execute("INSERT INTO students VALUES(?,?,?,?,?)",
                  (i, f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(cities), d.isoformat(), 1 if i % 6 == 0 else 0))
    seen = set()
    eid = 0
    for _ in range(500):
        s_, co = r.randrange(1, 111), r.randrange(1, 12)  # students 111..120 and course 12 have no enrollment
        if (s_, co) in seen:
            continue
        seen.add((s_, co))
        eid += 1
        c.execute("INSERT INTO enrollments VALUES(?,?,?,?,?)",
                  (eid, s_, co, r.choice(["2023-fall", "2024-spring", "2024-fall"]), round(r.uniform(40, 100), 1)))
    c.commit()
    c.close()


def build_flights(path: Path) -> None:
    """Text primary keys and two foreign keys to the same table (origin and destination airports)."""
    r = random.Random(55)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE airlines(code TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT);
        CREATE TABLE airports(code TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT, country TEXT);
        CREATE TABLE flights(id INTEGER PRIMARY KEY, airline_code TEXT REFERENCES airlines(code),
                             origin_code TEXT REFERENCES airports(code), destination_code TEXT REFERENCES airports(code),
                             departure_time TIMESTAMP, duration_minutes INTEGER, status TEXT);
        CREATE TABLE passengers(id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, nationality TEXT, date_of_birth DATE);
        CREATE TABLE bookings(id INTEGER PRIMARY KEY, passenger_id INTEGER REFERENCES passengers(id),
                              flight_id INTEGER REFERENCES flights(id), seat_class TEXT, booked_at TIMESTAMP,
                              price REAL);
        """
    )
    airlines = [("AF", "Air France", "France"), ("LH", "Lufthansa", "Germany"), ("BA", "British Airways", "UK"),
                ("KL", "KLM", "Netherlands"), ("IB", "Iberia", "Spain")]
    c.executemany("INSERT INTO airlines VALUES(?,?,?)", airlines)
    airports = [("CDG", "Charles de Gaulle", "Paris", "France"), ("ORY", "Orly", "Paris", "France"),
                ("FRA", "Frankfurt Airport", "Frankfurt", "Germany"), ("LHR", "Heathrow", "London", "UK"),
                ("AMS", "Schiphol", "Amsterdam", "Netherlands"), ("MAD", "Barajas", "Madrid", "Spain"),
                ("MUC", "Munich Airport", "Munich", "Germany")]
    c.executemany("INSERT INTO airports VALUES(?,?,?,?)", airports)
    codes = [a[0] for a in airports]
    for i in range(1, 301):
        o = r.choice(codes)
        d = r.choice([x for x in codes if x != o])
        airline = r.choice(["AF", "AF", "LH", "LH", "BA", "KL"])  # Iberia flies nothing
        when = dt.datetime(2024, 1, 1, 6) + dt.timedelta(hours=r.randrange(0, 13000))
        c.execute("INSERT INTO flights VALUES(?,?,?,?,?,?,?)",
                  (i, airline, o, d, when.strftime("%Y-%m-%d %H:%M:%S"), r.randrange(55, 200),
                   r.choice(["on time", "on time", "delayed", "cancelled"])))
    nations = ["French", "German", "British", "Dutch", "Spanish", "Italian"]
    for i in range(1, 201):
        born = dt.date(1950, 1, 1) + dt.timedelta(days=r.randrange(0, 20000))
        c.execute("INSERT INTO passengers VALUES(?,?,?,?)",
                  (i, f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(nations), born.isoformat()))
    for i in range(1, 1201):
        flight = r.randrange(1, 296)  # flights 296..300 have no booking
        passenger = r.randrange(1, 191)  # passengers 191..200 never booked
        when = dt.datetime(2023, 10, 1) + dt.timedelta(hours=r.randrange(0, 14000))
        seat = r.choice(["economy", "economy", "economy", "business", "first"])
        price = round({"economy": 1, "business": 3, "first": 6}[seat] * r.uniform(60, 160), 2)
        c.execute("INSERT INTO bookings VALUES(?,?,?,?,?,?)",
                  (i, passenger, flight, seat, when.strftime("%Y-%m-%d %H:%M:%S"), price))
    c.commit()
    c.close()


def build_restaurant(path: Path) -> None:
    """Display names that name the row ("dish_name"), a boolean flag, integer stars and years."""
    r = random.Random(77)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE restaurants(id INTEGER PRIMARY KEY, name TEXT NOT NULL, cuisine TEXT, city TEXT, rating REAL,
                                 opened_year INTEGER);
        CREATE TABLE menu_items(id INTEGER PRIMARY KEY, restaurant_id INTEGER REFERENCES restaurants(id),
                                dish_name TEXT, price REAL, is_vegetarian BOOLEAN);
        CREATE TABLE reservations(id INTEGER PRIMARY KEY, restaurant_id INTEGER REFERENCES restaurants(id),
                                  guest_name TEXT, party_size INTEGER, reserved_for DATETIME, status TEXT);
        CREATE TABLE reviews(id INTEGER PRIMARY KEY, restaurant_id INTEGER REFERENCES restaurants(id),
                             stars INTEGER, created_on DATE, comment TEXT);
        """
    )
    cuisines = ["Italian", "Japanese", "Mexican", "Indian", "French", "Thai"]
    cities = ["Rome", "Tokyo", "Austin", "Mumbai", "Lyon"]
    names = ["Bella", "Sakura", "Casa", "Spice", "Bistro", "Lotus", "Olive", "Ember", "Harbor", "Maple", "Saffron",
             "Umami", "Fig", "Cedar", "Juniper"]
    for i, n in enumerate(names, 1):
        c.execute("INSERT INTO restaurants VALUES(?,?,?,?,?,?)",
                  (i, f"{n} {r.choice(['Kitchen', 'House', 'Table', 'Garden'])}", r.choice(cuisines),
                   r.choice(cities), round(r.uniform(2.5, 5), 1), r.randrange(1990, 2024)))
    dishes = ["Soup", "Salad", "Pasta", "Curry", "Taco", "Ramen", "Steak", "Tofu Bowl", "Pizza", "Risotto", "Sushi",
              "Burger"]
    for i in range(1, 181):
        rest = r.randrange(1, 15)  # restaurant 15 has no menu
        d = r.choice(dishes)
        veg = 1 if d in ("Salad", "Tofu Bowl", "Soup", "Risotto") else 0
        c.execute("INSERT INTO menu_items VALUES(?,?,?,?,?)", (i, rest, f"{d} {i}", round(r.uniform(4, 48), 2), veg))
    for i in range(1, 701):
        when = dt.datetime(2024, 1, 1, 18) + dt.timedelta(hours=r.randrange(0, 12000))
        c.execute("INSERT INTO reservations VALUES(?,?,?,?,?,?)",
                  (i, r.randrange(1, 14), f"Guest {i}", r.randrange(1, 9), when.strftime("%Y-%m-%d %H:%M:%S"),
                   r.choice(["confirmed", "confirmed", "cancelled", "no-show"])))
    for i in range(1, 401):
        d2 = dt.date(2023, 1, 1) + dt.timedelta(days=r.randrange(0, 900))
        c.execute("INSERT INTO reviews VALUES(?,?,?,?,?)",
                  (i, r.randrange(1, 16), r.randrange(1, 6), d2.isoformat(), r.choice(["great", "ok", "bad", None])))
    c.commit()
    c.close()


def build_league(path: Path) -> None:
    """Two keys into teams (home and away), a goals table linking players and matches."""
    r = random.Random(9)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE teams(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, founded INTEGER);
        CREATE TABLE players(id INTEGER PRIMARY KEY, name TEXT NOT NULL, team_id INTEGER REFERENCES teams(id),
                             position TEXT, birth_date DATE, salary INTEGER);
        CREATE TABLE matches(id INTEGER PRIMARY KEY, home_team_id INTEGER REFERENCES teams(id),
                             away_team_id INTEGER REFERENCES teams(id), played_on DATE, home_goals INTEGER,
                             away_goals INTEGER, attendance INTEGER);
        CREATE TABLE goals(id INTEGER PRIMARY KEY, match_id INTEGER REFERENCES matches(id),
                           player_id INTEGER REFERENCES players(id), minute INTEGER);
        """
    )
    teams = [("Red Lions", "Leeds", 1901), ("Blue Hawks", "Bristol", 1922), ("Green Foxes", "Norwich", 1899),
             ("Iron Bears", "Sheffield", 1935), ("Golden Eagles", "Bath", 1960), ("Silver Wolves", "York", 1910)]
    for i, (n, city, founded) in enumerate(teams, 1):
        c.execute("INSERT INTO teams VALUES(?,?,?,?)", (i, n, city, founded))
    positions = ["goalkeeper", "defender", "midfielder", "forward"]
    firsts = ["Alex", "Sam", "Jordan", "Chris", "Taylor", "Morgan", "Jamie", "Casey", "Riley", "Drew"]
    lasts = ["Hill", "Cole", "Reed", "Ward", "Lane", "Shaw", "Fox", "Grey"]
    for i in range(1, 91):
        born = dt.date(1985, 1, 1) + dt.timedelta(days=r.randrange(0, 6000))
        c.execute("INSERT INTO players VALUES(?,?,?,?,?,?)",
                  (i, f"{r.choice(firsts)} {r.choice(lasts)} {i}", (i % 6) + 1, r.choice(positions),
                   born.isoformat(), r.randrange(20, 300) * 1000))
    gid = 0
    for i in range(1, 121):
        home = r.randrange(1, 7)
        away = r.choice([x for x in range(1, 7) if x != home])
        day = dt.date(2023, 8, 1) + dt.timedelta(days=r.randrange(0, 600))
        hg, ag = r.randrange(0, 5), r.randrange(0, 4)
        c.execute("INSERT INTO matches VALUES(?,?,?,?,?,?,?)",
                  (i, home, away, day.isoformat(), hg, ag, r.randrange(5000, 60000)))
        for team, n in ((home, hg), (away, ag)):
            for _ in range(n):
                gid += 1
                scorer = r.choice([p for p in range(1, 91) if (p % 6) + 1 == team and p < 88])  # 88..90 never score
                c.execute("INSERT INTO goals VALUES(?,?,?,?)", (gid, i, scorer, r.randrange(1, 91)))
    c.commit()
    c.close()


def build_tasks(path: Path) -> None:
    """Users as owners, assignees and authors; a username as the display column; nullable completion times."""
    r = random.Random(4)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE users(id INTEGER PRIMARY KEY, username TEXT NOT NULL, email TEXT, role TEXT,
                           created_at DATETIME, is_admin BOOLEAN);
        CREATE TABLE projects(id INTEGER PRIMARY KEY, title TEXT NOT NULL, owner_id INTEGER REFERENCES users(id),
                              budget REAL, deadline DATE);
        CREATE TABLE tasks(id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES projects(id),
                           assignee_id INTEGER REFERENCES users(id), title TEXT, priority TEXT, status TEXT,
                           estimate_hours REAL, due_date DATE, completed_at DATETIME);
        CREATE TABLE comments(id INTEGER PRIMARY KEY, task_id INTEGER REFERENCES tasks(id),
                              author_id INTEGER REFERENCES users(id), body TEXT, posted_at DATETIME);
        """
    )
    start = dt.datetime(2024, 1, 1)
    for i in range(1, 41):
        created = (dt.datetime(2021, 1, 1) + dt.timedelta(hours=r.randrange(0, 30000))).strftime("%Y-%m-%d %H:%M:%S")
        c.execute("INSERT INTO users VALUES(?,?,?,?,?,?)",
                  (i, f"user{i:02d}", f"user{i}@corp.test", r.choice(["developer", "designer", "manager", "tester"]),
                   created, 1 if i % 10 == 0 else 0))
    names = ["Apollo", "Hermes", "Zeus", "Athena", "Orion", "Vega", "Nova", "Atlas", "Titan", "Luna", "Sol", "Iris"]
    for i, n in enumerate(names, 1):
        deadline = dt.date(2024, 1, 1) + dt.timedelta(days=r.randrange(0, 700))
        c.execute("INSERT INTO projects VALUES(?,?,?,?,?)",
                  (i, f"Project {n}", r.randrange(1, 30), r.randrange(10, 200) * 1000.0, deadline.isoformat()))
    for i in range(1, 401):
        status = r.choice(["todo", "in progress", "done", "done", "blocked"])
        due = dt.date(2024, 1, 1) + dt.timedelta(days=r.randrange(0, 600))
        done_at = None
        if status == "done":
            done_at = (start + dt.timedelta(hours=r.randrange(0, 14000))).strftime("%Y-%m-%d %H:%M:%S")
        c.execute("INSERT INTO tasks VALUES(?,?,?,?,?,?,?,?,?)",
                  (i, r.randrange(1, 12), r.randrange(1, 36), f"Task {i}", r.choice(["low", "medium", "high", "critical"]),
                   status, round(r.uniform(1, 40), 1), due.isoformat(), done_at))
    for i in range(1, 601):
        posted = (start + dt.timedelta(hours=r.randrange(0, 14000))).strftime("%Y-%m-%d %H:%M:%S")
        c.execute("INSERT INTO comments VALUES(?,?,?,?,?)", (i, r.randrange(1, 390), r.randrange(1, 41), "text", posted))
    c.commit()
    c.close()


def build_movies(path: Path) -> None:
    """A link table without a key (movie_cast), money in millions, -ie plurals (movies)."""
    r = random.Random(12)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE directors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, nationality TEXT);
        CREATE TABLE movies(id INTEGER PRIMARY KEY, title TEXT NOT NULL, director_id INTEGER REFERENCES directors(id),
                            release_year INTEGER, genre TEXT, runtime_minutes INTEGER, budget_musd REAL,
                            box_office_musd REAL);
        CREATE TABLE actors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, birth_year INTEGER, country TEXT);
        CREATE TABLE movie_cast(movie_id INTEGER REFERENCES movies(id), actor_id INTEGER REFERENCES actors(id),
                                role_name TEXT);
        CREATE TABLE ratings(id INTEGER PRIMARY KEY, movie_id INTEGER REFERENCES movies(id), score REAL,
                             rated_at DATE);
        """
    )
    nationalities = ["American", "British", "French", "Korean", "Mexican"]
    for i in range(1, 11):
        c.execute("INSERT INTO directors VALUES(?,?,?)", (i, f"Director {chr(64 + i)}", r.choice(nationalities)))
    genres = ["Drama", "Comedy", "Action", "Horror", "Sci-Fi"]
    for i in range(1, 81):
        c.execute("INSERT INTO movies VALUES(?,?,?,?,?,?,?,?)",
                  (i, f"Movie {i:02d}", r.randrange(1, 10), r.randrange(1975, 2025), r.choice(genres),
                   r.randrange(80, 190), round(r.uniform(1, 200), 1), round(r.uniform(0.5, 900), 1)))
    for i in range(1, 61):
        c.execute("INSERT INTO actors VALUES(?,?,?,?)",
                  (i, f"Actor {i:02d}", r.randrange(1940, 2005), r.choice(["USA", "UK", "France", "Korea", "Spain"])))
    seen = set()
    for _ in range(300):
        m, a = r.randrange(1, 78), r.randrange(1, 56)
        if (m, a) in seen:
            continue
        seen.add((m, a))
        c.execute("INSERT INTO movie_cast VALUES(?,?,?)", (m, a, "role"))
    for i in range(1, 1001):
        rated = dt.date(2022, 1, 1) + dt.timedelta(days=r.randrange(0, 1200))
        c.execute("INSERT INTO ratings VALUES(?,?,?,?)",
                  (i, r.randrange(1, 76), round(r.uniform(1, 10), 1), rated.isoformat()))
    c.commit()
    c.close()


def build_bank(path: Path) -> None:
    """Prefixed key names (client_id, txn_id), first/last names, negative balances, typed transactions."""
    r = random.Random(31)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE branches(branch_id INTEGER PRIMARY KEY, branch_name TEXT, city TEXT);
        CREATE TABLE clients(client_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, city TEXT, joined DATE,
                             vip BOOLEAN);
        CREATE TABLE accounts(account_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(client_id),
                              branch_id INTEGER REFERENCES branches(branch_id), account_type TEXT, balance REAL,
                              opened_on DATE);
        CREATE TABLE transactions(txn_id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(account_id),
                                  txn_type TEXT, amount REAL, txn_date DATETIME);
        """
    )
    cities = ["Zurich", "Geneva", "Basel", "Bern"]
    for i in range(1, 7):
        c.execute("INSERT INTO branches VALUES(?,?,?)", (i, f"Branch {i}", r.choice(cities)))
    firsts = ["Anna", "Luca", "Mia", "Noah", "Lea", "Elias", "Emma", "Leon"]
    lasts = ["Meier", "Keller", "Weber", "Huber", "Frei", "Brunner"]
    for i in range(1, 101):
        joined = dt.date(2015, 1, 1) + dt.timedelta(days=r.randrange(0, 3500))
        c.execute("INSERT INTO clients VALUES(?,?,?,?,?,?)",
                  (i, r.choice(firsts), r.choice(lasts), r.choice(cities), joined.isoformat(), 1 if i % 8 == 0 else 0))
    for i in range(1, 161):
        opened = dt.date(2016, 1, 1) + dt.timedelta(days=r.randrange(0, 3000))
        client, branch, kind = r.randrange(1, 96), r.randrange(1, 7), r.choice(["checking", "savings", "business"])
        balance = round(r.uniform(-500, 90000), 2)
        if i % 20 == 0:
            balance = -round(balance / 200, 2)  # a few overdrawn accounts
        c.execute("INSERT INTO accounts VALUES(?,?,?,?,?,?)", (i, client, branch, kind, balance, opened.isoformat()))
    for i in range(1, 2001):
        when = dt.datetime(2023, 1, 1) + dt.timedelta(hours=r.randrange(0, 20000))
        c.execute("INSERT INTO transactions VALUES(?,?,?,?,?)",
                  (i, r.randrange(1, 156), r.choice(["deposit", "withdrawal", "transfer"]), round(r.uniform(5, 5000), 2),
                   when.strftime("%Y-%m-%d %H:%M:%S")))
    c.commit()
    c.close()


def build_hotel(path: Path) -> None:
    """Prefixed names (hotel_name, room_number), a room number as the display column, date ranges."""
    r = random.Random(101)
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE hotels(hotel_id INTEGER PRIMARY KEY, hotel_name TEXT NOT NULL, city TEXT, stars INTEGER);
        CREATE TABLE rooms(room_id INTEGER PRIMARY KEY, hotel_id INTEGER REFERENCES hotels(hotel_id),
                           room_number TEXT, room_type TEXT, nightly_rate REAL);
        CREATE TABLE guests(guest_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, country TEXT,
                            loyalty_member BOOLEAN);
        CREATE TABLE stays(stay_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms(room_id),
                           guest_id INTEGER REFERENCES guests(guest_id), check_in DATE, check_out DATE,
                           total_price REAL);
        """
    )
    cities = ["Vienna", "Prague", "Budapest", "Krakow"]
    names = ["Aurora", "Belle", "Crown", "Danube", "Empire", "Flora", "Grand", "Harmony"]
    for i, n in enumerate(names, 1):
        c.execute("INSERT INTO hotels VALUES(?,?,?,?)", (i, f"Hotel {n}", r.choice(cities), r.choice([3, 3, 4, 4, 4, 5])))
    base = {"single": 80, "double": 120, "suite": 260}
    for i in range(1, 121):
        kind = r.choice(list(base))
        c.execute("INSERT INTO rooms VALUES(?,?,?,?,?)",
                  (i, r.randrange(1, 8), f"{100 + i}", kind, base[kind] + r.randrange(0, 60)))
    for i in range(1, 151):
        c.execute("INSERT INTO guests VALUES(?,?,?,?,?)",
                  (i, r.choice(["Eva", "Jan", "Petra", "Tomas", "Anna", "Karl"]),
                   r.choice(["Novak", "Horvat", "Kovacs", "Nowak", "Gruber"]),
                   r.choice(["Austria", "Czechia", "Hungary", "Poland", "Germany"]), 1 if i % 5 == 0 else 0))
    for i in range(1, 801):
        room, guest = r.randrange(1, 116), r.randrange(1, 141)  # rooms 116..120 and guests 141..150 unused
        check_in = dt.date(2023, 1, 1) + dt.timedelta(days=r.randrange(0, 900))
        nights = r.randrange(1, 8)
        c.execute("INSERT INTO stays VALUES(?,?,?,?,?,?)",
                  (i, room, guest, check_in.isoformat(), (check_in + dt.timedelta(days=nights)).isoformat(),
                   float(nights * r.randrange(80, 300))))
    c.commit()
    c.close()


BUILDERS = {"clinic": build_clinic, "library": build_library, "hr": build_hr, "music": build_music,
            "school": build_school,
            "flights": build_flights, "restaurant": build_restaurant,
            "league": build_league, "tasks": build_tasks, "movies": build_movies, "bank": build_bank,
            "hotel": build_hotel}


def build_all(out: Path) -> dict[str, Path]:
    from nl2sql_data.harness import build_with

    return build_with(BUILDERS, out)


if __name__ == "__main__":
    import sys

    build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
