"""Deterministic SQLite databases for a twentieth blind NL→SQL evaluation.

Six schemas in the style of tables an analyst imported from spreadsheets, CSV files and open-data portals
(``sqlite3 .import`` and friends): table names like the files, column names with spaces, capitals and
punctuation that must be double-quoted, many numbers and some dates held in TEXT columns (so sums and
comparisons need a CAST), ISO date text, and in a few columns an empty string '' (not NULL) where the
spreadsheet cell was blank.  Foreign keys are declared between the tables.

* ``inspections``: restaurant health inspections: ``Establishments`` ("DBA Name", "Facility Type",
  "Risk Level" 'Risk 1 (High)' / 'Risk 2 (Medium)' / 'Risk 3 (Low)', "Zip Code" TEXT), ``Inspectors``,
  ``Inspections`` ("Inspection Date", "Inspection Type" Routine/Complaint/Re-inspection, "Results"
  'Pass' / 'Pass w/ Conditions' / 'Fail' / 'No Entry', "Score" TEXT holding 0-100 and '' when no score was
  given, i.e. for 'No Entry'), ``Violation Codes`` ("Code", "Description", "Critical?" 'Y'/'N') and
  ``Inspection Violations`` ("Corrected On Site" 'Y'/'N', "Fine ($)" TEXT).
* ``city311``: a city's 311 service requests: ``Departments`` ("Dept Code" such as 'DOT', 'SAN'),
  ``Request Types`` ("Request Type", "SLA (days)" TEXT), ``Neighborhoods`` ("Council District" TEXT,
  "Population" TEXT), ``Service Requests`` ("Request #", "Created Date", "Closed Date" '' while not closed,
  "Status" Open/In Progress/Closed/Duplicate, "Channel" Phone/Mobile App/Web/Walk-in, "Priority" P1/P2/P3 with
  P1 the most urgent) and ``Survey Responses`` ("Satisfaction (1-5)" TEXT, a NULL "Comment" for many).
* ``bookshop``: a bookshop's sales export: ``Authors``, ``Books`` ("ISBN" TEXT key, "Title", "Genre",
  "List Price (USD)" TEXT, "Pub Year" TEXT), ``Stores``, ``Customers`` ("Customer Name", "Loyalty Member"
  'Y'/'N', "Zip/Postal Code") and ``Sales 2024`` ("Order #", "Order Date" in 2024, "Qty" TEXT,
  "Unit Price (USD)" TEXT, "% Discount" TEXT 0/10/15/20, "Payment" Cash/Card/Gift Card, a NULL
  "Customer ID" for anonymous walk-in sales).
* ``league``: a football league's match results: ``Teams`` ("Team Name", "Founded" TEXT), ``Players``
  ("Position" GK/DF/MF/FW, "Shirt #" TEXT, "Date of Birth"), ``Referees``, ``Match Results`` ("Match Date",
  "Matchday" TEXT, "Home Team ID"/"Away Team ID", "Home Goals"/"Away Goals" TEXT, "Attendance" TEXT,
  "Status" 'Played'/'Postponed' with NULL goals and attendance when postponed) and ``Goals`` ("Minute"
  TEXT, "Goal Type" 'Open Play'/'Penalty'/'Header'; every goal is credited to the scorer's own team).
* ``realestate``: a real-estate listings export: ``Agents`` ("Agent Name", "Agency"), ``Areas``
  ("Area Name", "Median Income" TEXT), ``listings_export`` ("MLS #" TEXT key, "Property Type"
  'SFR' single-family / 'Condo' / 'Townhouse' / 'Multi-Family', "Beds", "Baths", "Sq Ft", "List Price",
  "Year Built" all TEXT, "HOA Fee/mo" TEXT with '' when there is no HOA, "Status"
  Active/Pending/Sold/Withdrawn), ``Closed Sales`` ("Close Date", "Sold Price" TEXT, a NULL
  "Buyer Agent ID" when the buyer had no agent) and ``Open Houses`` ("Visitors" TEXT).
* ``hr``: an HR headcount export: ``Departments`` ("Dept Name", "Cost Center"), ``Locations`` ("Office",
  "Country"), ``employees_export`` ("Full Name", "Job Title", "Gender" F/M/X, "Employment Type" FT/PT/CTR
  for full-time/part-time/contractor, "Hire Date", "Termination Date" '' while still employed,
  "Annual Salary" TEXT, "Manager ID" a self-reference NULL for the CEO), ``Salary History``
  ("Effective Date", "Salary" TEXT, "Reason" Hire/Merit/Promotion/Market Adjustment) and ``Time Off``
  ("Leave Type" PTO/Sick/Parental/Unpaid, "Days" TEXT, "Approved" 'Y'/'N').

Dates are ISO text, around 2023-2025 (the tests' today is 2025-06-15).  The questions in
``questions.jsonl`` (reads) and ``writes.jsonl`` (change requests that must be refused) were written
against these schemas without running the offline translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

FIRST = [
    "Aaron", "Beatriz", "Carlos", "Diana", "Emeka", "Fatima", "Gavin", "Hana", "Ivan", "Julia", "Kwame", "Lena",
    "Marco", "Nadia", "Oscar", "Priya", "Quentin", "Rachel", "Sanjay", "Tara", "Ulrich", "Valeria", "Wei",
    "Ximena", "Yusuf", "Zoe",
]  # fmt: skip
LAST = [
    "Adeyemi", "Bauer", "Chen", "Delgado", "Evans", "Fontaine", "Gupta", "Holm", "Ibarra", "Jovanovic", "Kim",
    "Larsen", "Mendes", "Novak", "O'Brien", "Park", "Reyes", "Sato", "Torres", "Ueda", "Vasquez", "Wright",
    "Young", "Zielinski",
]  # fmt: skip
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[str]:
    names = [f"{g} {f}" for g in FIRST for f in LAST]
    r.shuffle(names)
    return names[:n]


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_inspections(path: Path) -> None:
    """Establishments, Inspectors, Inspections, Violation Codes and Inspection Violations."""
    r = random.Random(2001)
    c = _db(
        path,
        """
        CREATE TABLE "Establishments"("Establishment ID" INTEGER PRIMARY KEY, "DBA Name" TEXT, "Facility Type" TEXT,
            "Address" TEXT, "Zip Code" TEXT, "Risk Level" TEXT, "Opened" TEXT);
        CREATE TABLE "Inspectors"("Inspector ID" INTEGER PRIMARY KEY, "Inspector Name" TEXT, "Badge No" TEXT,
            "Hire Date" TEXT);
        CREATE TABLE "Inspections"("Inspection ID" INTEGER PRIMARY KEY,
            "Establishment ID" INTEGER REFERENCES "Establishments"("Establishment ID"),
            "Inspector ID" INTEGER REFERENCES "Inspectors"("Inspector ID"), "Inspection Date" TEXT,
            "Inspection Type" TEXT, "Results" TEXT, "Score" TEXT);
        CREATE TABLE "Violation Codes"("Code" TEXT PRIMARY KEY, "Description" TEXT, "Critical?" TEXT);
        CREATE TABLE "Inspection Violations"("Inspection ID" INTEGER REFERENCES "Inspections"("Inspection ID"),
            "Code" TEXT REFERENCES "Violation Codes"("Code"), "Corrected On Site" TEXT, "Fine ($)" TEXT);
    """,
    )
    first = ["Golden", "Lucky", "Blue", "Little", "Happy", "Old Town", "Green", "Royal", "Sunny", "Urban",
             "Silver", "Harbor"]  # fmt: skip
    second = ["Dragon", "Taqueria", "Bistro", "Bakery", "Noodle House", "Grill", "Pizzeria", "Deli", "Cafe",
              "Sushi Bar", "Kitchen", "Diner"]  # fmt: skip
    names = [f"{a} {b}" for a in first for b in second]
    r.shuffle(names)
    streets = ["Main St", "Oak Ave", "Elm St", "Lake Shore Dr", "Market St", "Pine Rd", "Broadway", "2nd Ave"]
    zips = ["60601", "60607", "60614", "60622", "60640", "60657"]
    est = []
    for eid in range(1, 66):
        name = names[eid - 1]
        if "Bakery" in name:
            ftype = "Bakery"
        elif eid % 9 == 0:
            ftype = "Mobile Food Truck"
        elif eid % 7 == 0:
            ftype = "Grocery Store"
        else:
            ftype = "Restaurant"
        risk = r.choices(["Risk 1 (High)", "Risk 2 (Medium)", "Risk 3 (Low)"], weights=[4, 3, 2])[0]
        opened = _day(r, D(2012, 1, 1), 4300).isoformat()
        addr = f"{r.randint(10, 4999)} {r.choice(streets)}"
        est.append((eid, name, ftype, addr, zips[eid % 6], risk, opened))
    _ins(c, "Establishments", est)
    insp_names = ["Maria Gonzalez", "Tom Becker", "Aisha Khan", "Robert Lee", "Sofia Rossi", "Daniel Okoye",
                  "Helen Park", "James Murphy"]  # fmt: skip
    inspectors = [
        (i + 1, n, f"B-{4100 + i * 17}", _day(r, D(2010, 1, 1), 4800).isoformat()) for i, n in enumerate(insp_names)
    ]
    _ins(c, "Inspectors", inspectors)
    codes = [
        ("V01", "Food held at improper temperature", "Y"),
        ("V02", "Evidence of rodents or insects", "Y"),
        ("V03", "No certified food manager on site", "Y"),
        ("V04", "Hand washing sink not accessible", "Y"),
        ("V05", "Raw food stored above ready-to-eat food", "Y"),
        ("V06", "Improper cooling of cooked food", "Y"),
        ("V07", "Floors, walls or ceilings not clean", "N"),
        ("V08", "Missing food labels or dates", "N"),
        ("V09", "Inadequate lighting", "N"),
        ("V10", "Employee without hair restraint", "N"),
        ("V11", "Garbage area not maintained", "N"),
        ("V12", "Thermometers missing or inaccurate", "N"),
        ("V13", "Permit not posted", "N"),
        ("V14", "Chipped or damaged utensils", "N"),
    ]
    _ins(c, "Violation Codes", codes)
    insps, links = [], []
    iid = 0
    for e in est:
        n = r.randint(2, 6)
        dates = sorted({_day(r, D(2023, 1, 3), 885) for _ in range(n)})
        for k, when in enumerate(dates):
            iid += 1
            itype = "Routine" if k == 0 else r.choices(["Routine", "Complaint", "Re-inspection"], [5, 2, 2])[0]
            res = r.choices(["Pass", "Pass w/ Conditions", "Fail", "No Entry"], weights=[10, 5, 4, 1])[0]
            if res == "No Entry":
                score = ""
            elif res == "Pass":
                score = str(r.randint(85, 100))
            elif res == "Pass w/ Conditions":
                score = str(r.randint(70, 84))
            else:
                score = str(r.randint(35, 69))
            insps.append((iid, e[0], 1 + (iid * 5 + r.randint(0, 2)) % 8, when.isoformat(), itype, res, score))
            nv = {"Pass": r.choice([0, 0, 1]), "Pass w/ Conditions": r.randint(1, 3), "Fail": r.randint(2, 5)}.get(
                res, 0
            )
            chosen = r.sample(codes if res != "Pass" else codes[6:], nv)
            for code in chosen:
                fine = r.choice([250, 500, 750, 1000]) if code[2] == "Y" else r.choice([0, 50, 100, 150])
                links.append((iid, code[0], r.choice(["Y", "N"]), str(fine)))
    _ins(c, "Inspections", insps)
    _ins(c, "Inspection Violations", links)
    _done(c)


def build_city311(path: Path) -> None:
    """Departments, Request Types, Neighborhoods, Service Requests and Survey Responses."""
    r = random.Random(2002)
    c = _db(
        path,
        """
        CREATE TABLE "Departments"("Dept Code" TEXT PRIMARY KEY, "Department Name" TEXT, "Phone" TEXT);
        CREATE TABLE "Request Types"("Type ID" INTEGER PRIMARY KEY, "Request Type" TEXT,
            "Dept Code" TEXT REFERENCES "Departments"("Dept Code"), "SLA (days)" TEXT);
        CREATE TABLE "Neighborhoods"("Neighborhood ID" INTEGER PRIMARY KEY, "Neighborhood" TEXT,
            "Council District" TEXT, "Population" TEXT);
        CREATE TABLE "Service Requests"("Request #" INTEGER PRIMARY KEY,
            "Type ID" INTEGER REFERENCES "Request Types"("Type ID"),
            "Neighborhood ID" INTEGER REFERENCES "Neighborhoods"("Neighborhood ID"), "Created Date" TEXT,
            "Closed Date" TEXT, "Status" TEXT, "Channel" TEXT, "Priority" TEXT, "Street Address" TEXT);
        CREATE TABLE "Survey Responses"("Response ID" INTEGER PRIMARY KEY,
            "Request #" INTEGER REFERENCES "Service Requests"("Request #"), "Satisfaction (1-5)" TEXT,
            "Comment" TEXT);
    """,
    )
    depts = [
        ("DOT", "Department of Transportation", "555-0101"),
        ("SAN", "Sanitation", "555-0102"),
        ("PRK", "Parks and Recreation", "555-0103"),
        ("WTR", "Water Department", "555-0104"),
        ("BLD", "Buildings and Code Enforcement", "555-0105"),
        ("ANC", "Animal Control", "555-0106"),
    ]
    _ins(c, "Departments", depts)
    types = [
        (1, "Pothole", "DOT", "7"),
        (2, "Streetlight Out", "DOT", "10"),
        (3, "Traffic Signal Malfunction", "DOT", "2"),
        (4, "Missed Trash Pickup", "SAN", "3"),
        (5, "Illegal Dumping", "SAN", "5"),
        (6, "Graffiti Removal", "SAN", "14"),
        (7, "Fallen Tree", "PRK", "4"),
        (8, "Park Maintenance", "PRK", "21"),
        (9, "Water Main Break", "WTR", "1"),
        (10, "Low Water Pressure", "WTR", "7"),
        (11, "Noise Complaint", "BLD", "5"),
        (12, "Unsafe Building", "BLD", "10"),
        (13, "Stray Animal", "ANC", "2"),
    ]
    _ins(c, "Request Types", types)
    hoods = [
        (1, "Riverside", "1", "18450"),
        (2, "Old Market", "1", "9720"),
        (3, "Hillcrest", "2", "22310"),
        (4, "Eastgate", "2", "15980"),
        (5, "Northpoint", "3", "27640"),
        (6, "Westfield", "3", "12050"),
        (7, "Southbay", "4", "31200"),
        (8, "Cedar Park", "4", "8430"),
        (9, "Downtown", "5", "24775"),
    ]
    _ins(c, "Neighborhoods", hoods)
    streets = ["Maple St", "River Rd", "King Ave", "Cedar Ln", "Harbor Blvd", "Union St", "3rd St", "Park Ave"]
    reqs, surveys = [], []
    sid = 0
    tw = [14, 6, 3, 10, 5, 4, 3, 3, 2, 3, 7, 2, 4]
    hw = [6, 3, 5, 4, 7, 3, 8, 2, 9]
    for rid in range(1, 361):
        t = r.choices(types, weights=tw)[0]
        h = r.choices(hoods, weights=hw)[0]
        created = _day(r, D(2024, 1, 2), 528)
        age = (TODAY - created).days
        if r.random() < 0.05:
            status = "Duplicate"
        elif age < 20 and r.random() < 0.6:
            status = r.choice(["Open", "In Progress"])
        elif r.random() < 0.08:
            status = r.choice(["Open", "In Progress"])
        else:
            status = "Closed"
        closed = ""
        if status in ("Closed", "Duplicate"):
            sla = int(t[3])
            d = created + dt.timedelta(days=max(0, int(r.triangular(0, sla * 2.5, sla * 0.8))))
            closed = min(d, TODAY - dt.timedelta(days=1)).isoformat()
        channel = r.choices(["Phone", "Mobile App", "Web", "Walk-in"], weights=[6, 5, 3, 1])[0]
        prio = "P1" if int(t[3]) <= 2 else r.choices(["P2", "P3"], weights=[2, 3])[0]
        addr = f"{r.randint(1, 2999)} {r.choice(streets)}"
        reqs.append((rid, t[0], h[0], created.isoformat(), closed, status, channel, prio, addr))
        if status == "Closed" and r.random() < 0.35:
            sid += 1
            sat = r.choices(["1", "2", "3", "4", "5"], weights=[2, 2, 3, 4, 4])[0]
            comment = None
            if r.random() < 0.4:
                comment = {"1": "Took forever", "2": "Slow response", "3": "OK", "4": "Fixed well",
                           "5": "Great service, thanks!"}[sat]  # fmt: skip
            surveys.append((sid, rid, sat, comment))
    _ins(c, "Service Requests", reqs)
    _ins(c, "Survey Responses", surveys)
    _done(c)


def build_bookshop(path: Path) -> None:
    """Authors, Books, Stores, Customers and Sales 2024."""
    r = random.Random(2003)
    c = _db(
        path,
        """
        CREATE TABLE "Authors"("Author ID" INTEGER PRIMARY KEY, "Author Name" TEXT, "Country" TEXT);
        CREATE TABLE "Books"("ISBN" TEXT PRIMARY KEY, "Title" TEXT, "Author ID" INTEGER REFERENCES "Authors"("Author ID"),
            "Genre" TEXT, "Publisher" TEXT, "List Price (USD)" TEXT, "Pub Year" TEXT);
        CREATE TABLE "Stores"("Store ID" INTEGER PRIMARY KEY, "Store Name" TEXT, "City" TEXT);
        CREATE TABLE "Customers"("Customer ID" INTEGER PRIMARY KEY, "Customer Name" TEXT, "Email" TEXT,
            "Loyalty Member" TEXT, "Zip/Postal Code" TEXT, "Signup Date" TEXT);
        CREATE TABLE "Sales 2024"("Order #" INTEGER PRIMARY KEY, "Order Date" TEXT,
            "Store ID" INTEGER REFERENCES "Stores"("Store ID"), "ISBN" TEXT REFERENCES "Books"("ISBN"),
            "Customer ID" INTEGER REFERENCES "Customers"("Customer ID"), "Qty" TEXT, "Unit Price (USD)" TEXT,
            "% Discount" TEXT, "Payment" TEXT);
    """,
    )
    authors = [
        (1, "Margaret Atwood", "Canada"),
        (2, "Kazuo Ishiguro", "United Kingdom"),
        (3, "Chimamanda Ngozi Adichie", "Nigeria"),
        (4, "Haruki Murakami", "Japan"),
        (5, "Toni Morrison", "United States"),
        (6, "Yuval Noah Harari", "Israel"),
        (7, "Elena Ferrante", "Italy"),
        (8, "Colson Whitehead", "United States"),
        (9, "Mary Beard", "United Kingdom"),
        (10, "Liu Cixin", "China"),
        (11, "Octavia Butler", "United States"),
        (12, "Jon Fosse", "Norway"),
    ]
    _ins(c, "Authors", authors)
    books = [
        ("978-0385490818", "The Handmaid's Tale", 1, "Fiction", "Anchor", "16.00", "1998"),
        ("978-0385543781", "The Testaments", 1, "Fiction", "Nan A. Talese", "28.95", "2019"),
        ("978-0679731726", "The Remains of the Day", 2, "Fiction", "Vintage", "15.95", "1990"),
        ("978-1400078776", "Never Let Me Go", 2, "Fiction", "Vintage", "16.95", "2006"),
        ("978-0593318171", "Klara and the Sun", 2, "Fiction", "Knopf", "28.00", "2021"),
        ("978-0307455925", "Americanah", 3, "Fiction", "Anchor", "17.00", "2014"),
        ("978-1400095209", "Half of a Yellow Sun", 3, "Fiction", "Anchor", "17.95", "2007"),
        ("978-0375704024", "Norwegian Wood", 4, "Fiction", "Vintage", "17.00", "2000"),
        ("978-0307593313", "1Q84", 4, "Fiction", "Knopf", "32.50", "2011"),
        ("978-1400033416", "Beloved", 5, "Fiction", "Vintage", "16.00", "2004"),
        ("978-0062316097", "Sapiens", 6, "History", "Harper", "24.99", "2015"),
        ("978-0062464316", "Homo Deus", 6, "Non-Fiction", "Harper", "22.99", "2017"),
        ("978-1609450786", "My Brilliant Friend", 7, "Fiction", "Europa Editions", "18.00", "2012"),
        ("978-0385542364", "The Underground Railroad", 8, "Fiction", "Doubleday", "26.95", "2016"),
        ("978-0385537070", "The Nickel Boys", 8, "Fiction", "Doubleday", "24.95", "2019"),
        ("978-1631492228", "SPQR", 9, "History", "Liveright", "19.95", "2016"),
        ("978-1631494758", "Women & Power", 9, "Non-Fiction", "Liveright", "15.95", "2017"),
        ("978-0765382030", "The Three-Body Problem", 10, "Science Fiction", "Tor", "19.99", "2016"),
        ("978-0765386694", "The Dark Forest", 10, "Science Fiction", "Tor", "19.99", "2016"),
        ("978-0446675505", "Parable of the Sower", 11, "Science Fiction", "Grand Central", "16.99", "2000"),
        ("978-0807083697", "Kindred", 11, "Science Fiction", "Beacon Press", "17.00", "2003"),
        ("978-1555978969", "Septology", 12, "Fiction", "Transit Books", "35.00", "2022"),
        ("978-0241372593", "Anniversary Atlas of Maps", None, "Reference", "DK", "45.00", "2024"),
        ("978-1960385002", "A Shining", 12, "Fiction", "Transit Books", "14.95", "2024"),
    ]
    _ins(c, "Books", books)
    stores = [(1, "Riverside Books - Downtown", "Portland"), (2, "Riverside Books - Eastside", "Portland"),
              (3, "Riverside Books - Salem", "Salem")]  # fmt: skip
    _ins(c, "Stores", stores)
    names = _people(r, 55)
    zips = ["97201", "97205", "97209", "97214", "97232", "97301", "97302", "V6B 1A1"]
    custs = []
    for cid in range(1, 56):
        n = names[cid - 1]
        email = None if cid % 8 == 0 else n.lower().replace(" ", ".").replace("'", "") + "@example.net"
        custs.append((cid, n, email, "Y" if r.random() < 0.45 else "N", r.choice(zips),
                      _day(r, D(2021, 6, 1), 1300).isoformat()))  # fmt: skip
    _ins(c, "Customers", custs)
    bw = [6, 2, 3, 5, 4, 7, 2, 5, 2, 3, 9, 3, 6, 4, 5, 2, 1, 8, 3, 4, 3, 1, 1, 0]
    sales = []
    for oid in range(1, 331):
        b = r.choices(books, weights=bw)[0]
        when = _day(r, D(2024, 1, 1), 366)
        cust = None if r.random() < 0.25 else r.choice(custs)[0]
        qty = r.choices([1, 2, 3, 4, 5], weights=[12, 5, 2, 1, 1])[0]
        disc = r.choices(["0", "10", "15", "20"], weights=[10, 4, 2, 1])[0]
        price = b[5] if r.random() < 0.85 else f"{float(b[5]) * 0.9:.2f}"
        pay = r.choices(["Card", "Cash", "Gift Card"], weights=[7, 3, 1])[0]
        store = r.choices([1, 2, 3], weights=[5, 3, 2])[0]
        sales.append((10000 + oid, when.isoformat(), store, b[0], cust, str(qty), price, disc, pay))
    sales.sort(key=lambda s: (s[1], s[0]))
    sales = [(10000 + i + 1, *s[1:]) for i, s in enumerate(sales)]
    _ins(c, "Sales 2024", sales)
    _done(c)


def build_league(path: Path) -> None:
    """Teams, Players, Referees, Match Results and Goals."""
    r = random.Random(2004)
    c = _db(
        path,
        """
        CREATE TABLE "Teams"("Team ID" INTEGER PRIMARY KEY, "Team Name" TEXT, "City" TEXT, "Stadium" TEXT,
            "Founded" TEXT);
        CREATE TABLE "Players"("Player ID" INTEGER PRIMARY KEY, "Player Name" TEXT,
            "Team ID" INTEGER REFERENCES "Teams"("Team ID"), "Position" TEXT, "Shirt #" TEXT, "Date of Birth" TEXT,
            "Nationality" TEXT);
        CREATE TABLE "Referees"("Referee ID" INTEGER PRIMARY KEY, "Referee Name" TEXT, "Years Experience" TEXT);
        CREATE TABLE "Match Results"("Match ID" INTEGER PRIMARY KEY, "Matchday" TEXT, "Match Date" TEXT,
            "Home Team ID" INTEGER REFERENCES "Teams"("Team ID"), "Away Team ID" INTEGER REFERENCES "Teams"("Team ID"),
            "Home Goals" TEXT, "Away Goals" TEXT, "Attendance" TEXT,
            "Referee ID" INTEGER REFERENCES "Referees"("Referee ID"), "Status" TEXT);
        CREATE TABLE "Goals"("Goal ID" INTEGER PRIMARY KEY, "Match ID" INTEGER REFERENCES "Match Results"("Match ID"),
            "Player ID" INTEGER REFERENCES "Players"("Player ID"), "Minute" TEXT, "Goal Type" TEXT);
    """,
    )
    teams = [
        (1, "Harbor City FC", "Harbor City", "Dockside Arena", "1921"),
        (2, "Millbrook Rovers", "Millbrook", "Mill Lane", "1898"),
        (3, "Northgate United", "Northgate", "Northgate Park", "1905"),
        (4, "Eastvale Athletic", "Eastvale", "The Valley Ground", "1932"),
        (5, "Kingsport Wanderers", "Kingsport", "Crown Stadium", "1887"),
        (6, "Redcliffe Town", "Redcliffe", "Cliff Road", "1911"),
        (7, "Ashford Albion", "Ashford", "Albion Park", "1949"),
        (8, "Stonebridge City", "Stonebridge", "Bridge Stadium", "1976"),
    ]
    _ins(c, "Teams", teams)
    strength = {1: 1.9, 2: 1.1, 3: 1.6, 4: 1.0, 5: 1.4, 6: 0.8, 7: 1.2, 8: 0.9}
    capacity = {1: 24000, 2: 12000, 3: 30000, 4: 9000, 5: 21000, 6: 8000, 7: 15000, 8: 11000}
    names = _people(r, 8 * 14)
    nations = ["England", "Spain", "Brazil", "France", "Nigeria", "Japan", "Netherlands", "Ghana", "USA"]
    players, by_team = [], {}
    pid = 0
    for t in teams:
        layout = ["GK", "GK", "DF", "DF", "DF", "DF", "DF", "MF", "MF", "MF", "MF", "FW", "FW", "FW"]
        shirts = r.sample(range(2, 40), 14)
        shirts[0] = 1
        for k, pos in enumerate(layout):
            pid += 1
            dob = _day(r, D(1990, 1, 1), 5500).isoformat()
            nat = "England" if r.random() < 0.5 else r.choice(nations)
            players.append((pid, names[pid - 1], t[0], pos, str(shirts[k]), dob, nat))
            by_team.setdefault(t[0], []).append((pid, pos))
    _ins(c, "Players", players)
    refs = [(1, "Michael Oliver", "14"), (2, "Anthony Taylor", "17"), (3, "Rebecca Welch", "9"),
            (4, "Stuart Attwell", "12"), (5, "Sian Massey", "11")]  # fmt: skip
    _ins(c, "Referees", refs)
    # double round robin: 14 matchdays of 4 matches
    ids = [t[0] for t in teams]
    rounds = []
    arr = ids[:]
    for _ in range(7):
        rounds.append([(arr[i], arr[7 - i]) for i in range(4)])
        arr = [arr[0], arr[-1], *arr[1:-1]]
    rounds += [[(b, a) for a, b in rd] for rd in rounds]
    matches, goals = [], []
    mid = gid = 0
    start = D(2024, 8, 17)
    for md, rd in enumerate(rounds, start=1):
        mdate = start + dt.timedelta(days=14 * (md - 1))
        for k, (h, a) in enumerate(rd):
            mid += 1
            when = mdate + dt.timedelta(days=1 if k >= 2 else 0)
            ref = 1 + (mid * 3 + md) % 5
            if mid in (11, 38):
                matches.append((mid, str(md), when.isoformat(), h, a, None, None, None, ref, "Postponed"))
                continue
            hg = sum(r.random() < (strength[h] + 0.3) / 7 for _ in range(7))
            ag = sum(r.random() < strength[a] / 7 for _ in range(7))
            att = int(capacity[h] * r.uniform(0.55, 0.98))
            matches.append((mid, str(md), when.isoformat(), h, a, str(hg), str(ag), str(att), ref, "Played"))
            for team, n in ((h, hg), (a, ag)):
                squad = by_team[team]
                w = [{"GK": 0, "DF": 1, "MF": 3, "FW": 7}[p[1]] + (4 if i in (11, 12) else 0)
                     for i, p in enumerate(squad)]  # fmt: skip
                for _ in range(n):
                    gid += 1
                    scorer = r.choices(squad, weights=w)[0]
                    gtype = r.choices(["Open Play", "Header", "Penalty"], weights=[7, 2, 1])[0]
                    goals.append((gid, mid, scorer[0], str(r.randint(1, 90)), gtype))
    _ins(c, "Match Results", matches)
    _ins(c, "Goals", goals)
    _done(c)


def build_realestate(path: Path) -> None:
    """Agents, Areas, listings_export, Closed Sales and Open Houses."""
    r = random.Random(2005)
    c = _db(
        path,
        """
        CREATE TABLE "Agents"("Agent ID" INTEGER PRIMARY KEY, "Agent Name" TEXT, "Agency" TEXT, "Phone" TEXT,
            "License #" TEXT);
        CREATE TABLE "Areas"("Area ID" INTEGER PRIMARY KEY, "Area Name" TEXT, "City" TEXT, "Median Income" TEXT);
        CREATE TABLE "listings_export"("MLS #" TEXT PRIMARY KEY, "Address" TEXT,
            "Area ID" INTEGER REFERENCES "Areas"("Area ID"), "Listing Agent ID" INTEGER REFERENCES "Agents"("Agent ID"),
            "Property Type" TEXT, "Beds" TEXT, "Baths" TEXT, "Sq Ft" TEXT, "Year Built" TEXT, "List Price" TEXT,
            "HOA Fee/mo" TEXT, "List Date" TEXT, "Status" TEXT);
        CREATE TABLE "Closed Sales"("Sale ID" INTEGER PRIMARY KEY, "MLS #" TEXT REFERENCES "listings_export"("MLS #"),
            "Close Date" TEXT, "Sold Price" TEXT, "Buyer Agent ID" INTEGER REFERENCES "Agents"("Agent ID"),
            "Financing" TEXT);
        CREATE TABLE "Open Houses"("Open House ID" INTEGER PRIMARY KEY,
            "MLS #" TEXT REFERENCES "listings_export"("MLS #"), "Date" TEXT, "Start Time" TEXT, "Visitors" TEXT);
    """,
    )
    agencies = ["Summit Realty", "Bayview Homes", "Keystone Properties"]
    anames = _people(r, 12)
    agents = [(i + 1, n, agencies[i % 3], f"503-555-{1200 + i * 37}", f"OR-{880000 + i * 311}")
              for i, n in enumerate(anames)]  # fmt: skip
    _ins(c, "Agents", agents)
    areas = [
        (1, "Pearl District", "Portland", "98500"),
        (2, "Sellwood", "Portland", "87200"),
        (3, "Alberta Arts", "Portland", "74300"),
        (4, "Lake Oswego", "Lake Oswego", "132400"),
        (5, "Beaverton Central", "Beaverton", "81900"),
        (6, "Gresham Heights", "Gresham", "63800"),
        (7, "Hillsboro North", "Hillsboro", "92100"),
    ]
    _ins(c, "Areas", areas)
    base = {1: 520, 2: 430, 3: 390, 4: 610, 5: 360, 6: 300, 7: 380}  # $ per sq ft
    streets = ["NW Everett St", "SE Tacoma St", "NE Alberta St", "Lakeview Blvd", "SW Canyon Rd", "NE Division St",
               "Cornell Rd", "Maple Ct", "Birch Ln", "Cedar Way"]  # fmt: skip
    listings, sales, opens = [], [], []
    sid = oid = 0
    aw = [5, 3, 4, 2, 6, 3, 2, 4, 3, 1, 2, 3]
    for n in range(1, 181):
        mls = f"RM{24000 + n * 7}"
        area = r.choice(areas)[0]
        ptype = r.choices(["SFR", "Condo", "Townhouse", "Multi-Family"], weights=[9, 5, 3, 1])[0]
        if ptype == "Condo":
            beds, sqft = r.randint(0, 3), r.randint(450, 1500)
        elif ptype == "Multi-Family":
            beds, sqft = r.randint(4, 8), r.randint(2200, 4200)
        else:
            beds, sqft = r.randint(2, 5), r.randint(1100, 3600)
        baths = max(1.0, beds - r.choice([0, 0.5, 1, 1.5]))
        built = r.randint(1908, 2024)
        price = round(sqft * base[area] * r.uniform(0.8, 1.25), -3)
        hoa = "" if ptype in ("SFR", "Multi-Family") and r.random() < 0.85 else str(r.choice(range(75, 700, 25)))
        listed = _day(r, D(2023, 1, 5), 880)
        age = (TODAY - listed).days
        if age > 120:
            status = r.choices(["Sold", "Withdrawn", "Active"], weights=[8, 2, 1])[0]
        elif age > 30:
            status = r.choices(["Sold", "Pending", "Active", "Withdrawn"], weights=[4, 3, 3, 1])[0]
        else:
            status = r.choices(["Active", "Pending"], weights=[4, 1])[0]
        agent = r.choices(agents, weights=aw)[0][0]
        addr = f"{r.randint(100, 9999)} {r.choice(streets)}"
        listings.append((mls, addr, area, agent, ptype, str(beds), f"{baths:g}", str(sqft), str(built),
                         f"{int(price)}", hoa, listed.isoformat(), status))  # fmt: skip
        if status == "Sold":
            sid += 1
            close = min(listed + dt.timedelta(days=r.randint(12, 110)), TODAY - dt.timedelta(days=2))
            sold = int(round(price * r.uniform(0.92, 1.08), -3))
            buyer = None if r.random() < 0.12 else r.choice(agents)[0]
            fin = r.choices(["Conventional", "Cash", "FHA", "VA"], weights=[6, 3, 2, 1])[0]
            sales.append((sid, mls, close.isoformat(), str(sold), buyer, fin))
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            oid += 1
            od = listed + dt.timedelta(days=r.randint(2, 25))
            if od >= TODAY:
                od = listed
            opens.append((oid, mls, od.isoformat(), r.choice(["11:00", "13:00", "14:00"]), str(r.randint(0, 45))))
    _ins(c, "listings_export", listings)
    _ins(c, "Closed Sales", sales)
    _ins(c, "Open Houses", opens)
    _done(c)


def build_hr(path: Path) -> None:
    """Departments, Locations, employees_export, Salary History and Time Off."""
    r = random.Random(2006)
    c = _db(
        path,
        """
        CREATE TABLE "Departments"("Dept ID" INTEGER PRIMARY KEY, "Dept Name" TEXT, "Cost Center" TEXT);
        CREATE TABLE "Locations"("Location ID" INTEGER PRIMARY KEY, "Office" TEXT, "Country" TEXT);
        CREATE TABLE "employees_export"("Emp ID" INTEGER PRIMARY KEY, "Full Name" TEXT, "Work Email" TEXT,
            "Dept ID" INTEGER REFERENCES "Departments"("Dept ID"),
            "Location ID" INTEGER REFERENCES "Locations"("Location ID"), "Job Title" TEXT, "Gender" TEXT,
            "Employment Type" TEXT, "Hire Date" TEXT, "Termination Date" TEXT, "Annual Salary" TEXT,
            "Manager ID" INTEGER REFERENCES "employees_export"("Emp ID"));
        CREATE TABLE "Salary History"("Emp ID" INTEGER REFERENCES "employees_export"("Emp ID"),
            "Effective Date" TEXT, "Salary" TEXT, "Reason" TEXT);
        CREATE TABLE "Time Off"("Request ID" INTEGER PRIMARY KEY,
            "Emp ID" INTEGER REFERENCES "employees_export"("Emp ID"), "Leave Type" TEXT, "Start Date" TEXT,
            "End Date" TEXT, "Days" TEXT, "Approved" TEXT);
    """,
    )
    depts = [(1, "Executive", "CC-100"), (2, "Engineering", "CC-210"), (3, "Sales", "CC-310"),
             (4, "Marketing", "CC-320"), (5, "Finance", "CC-400"), (6, "People Ops", "CC-500"),
             (7, "Customer Support", "CC-610")]  # fmt: skip
    _ins(c, "Departments", depts)
    locs = [(1, "Austin HQ", "USA"), (2, "Toronto", "Canada"), (3, "Dublin", "Ireland"), (4, "Remote", "USA")]
    _ins(c, "Locations", locs)
    titles = {
        2: [("Software Engineer", 118000), ("Senior Software Engineer", 152000), ("QA Analyst", 84000)],
        3: [("Account Executive", 78000), ("Sales Development Rep", 56000)],
        4: [("Marketing Specialist", 69000), ("Content Writer", 61000)],
        5: [("Accountant", 74000), ("Financial Analyst", 82000)],
        6: [("HR Generalist", 66000), ("Recruiter", 71000)],
        7: [("Support Specialist", 48000), ("Support Team Lead", 63000)],
    }
    names = _people(r, 150)
    fem = {"Beatriz", "Diana", "Fatima", "Hana", "Julia", "Lena", "Nadia", "Priya", "Rachel", "Tara", "Valeria",
           "Ximena", "Zoe"}  # fmt: skip
    emps = [(1, names[0], "", 1, 1, "Chief Executive Officer", "F", "FT", "2019-03-01", "", "285000", None)]
    heads = {1: 1}
    heads_titles = {2: "VP Engineering", 3: "VP Sales", 4: "Head of Marketing", 5: "CFO", 6: "Head of People",
                    7: "Support Director"}  # fmt: skip
    head_pay = {2: 215000, 3: 198000, 4: 172000, 5: 205000, 6: 165000, 7: 142000}
    eid = 1
    for d in range(2, 8):
        eid += 1
        heads[d] = eid
        emps.append((eid, names[eid - 1], "", d, 1, heads_titles[d], "F" if names[eid - 1].split()[0] in fem else "M",
                     "FT", _day(r, D(2019, 6, 1), 900).isoformat(), "", str(head_pay[d]), 1))  # fmt: skip
    dw = {2: 10, 3: 6, 4: 3, 5: 3, 6: 2, 7: 6}
    while eid < 140:
        eid += 1
        d = r.choices(list(dw), weights=list(dw.values()))[0]
        title, pay = r.choice(titles[d])
        first = names[eid - 1].split()[0]
        gender = "X" if eid % 37 == 0 else ("F" if first in fem else "M")
        etype = r.choices(["FT", "PT", "CTR"], weights=[12, 2, 2])[0]
        hired = _day(r, D(2020, 1, 6), 1960)
        term = ""
        if hired < D(2024, 10, 1) and r.random() < 0.18:
            term = min(hired + dt.timedelta(days=r.randint(90, 900)), TODAY - dt.timedelta(days=3)).isoformat()
        salary = int(round(pay * r.uniform(0.85, 1.2), -2))
        if etype == "PT":
            salary = int(round(salary * 0.5, -2))
        loc = r.choices([1, 2, 3, 4], weights=[6, 2, 2, 3])[0]
        email = f"{names[eid - 1].lower().replace(' ', '.').replace(chr(39), '')}@northwind.io"
        emps.append((eid, names[eid - 1], email, d, loc, title, gender, etype, hired.isoformat(), term, str(salary),
                     heads[d]))  # fmt: skip
    emps[0] = (*emps[0][:2], "ceo@northwind.io", *emps[0][3:])
    emps = [e if e[2] else (*e[:2], e[1].lower().replace(" ", ".") + "@northwind.io", *e[3:]) for e in emps]
    _ins(c, "employees_export", emps)
    hist, leave = [], []
    lid = 0
    for e in emps:
        hired = D.fromisoformat(e[8])
        end = D.fromisoformat(e[9]) if e[9] else TODAY
        final = int(e[10])
        steps = []
        when = hired
        while True:
            when = when + dt.timedelta(days=r.randint(300, 420))
            if when >= end:
                break
            steps.append(when)
        sal = int(round(final / (1.05 ** len(steps)), -2))
        hist.append((e[0], e[8], str(sal), "Hire"))
        for k, s in enumerate(steps):
            reason = r.choices(["Merit", "Promotion", "Market Adjustment"], weights=[6, 2, 2])[0]
            sal = final if k == len(steps) - 1 else int(round(sal * 1.05, -2))
            hist.append((e[0], s.isoformat(), str(sal), reason))
        if e[7] == "CTR":
            continue
        for _ in range(r.randint(0, 4)):
            start = _day(r, max(hired, D(2023, 1, 2)), 880)
            if start >= end:
                continue
            ltype = r.choices(["PTO", "Sick", "Parental", "Unpaid"], weights=[10, 5, 1, 1])[0]
            days = {"PTO": r.randint(1, 10), "Sick": r.randint(1, 4), "Parental": r.randint(30, 90),
                    "Unpaid": r.randint(1, 15)}[ltype]  # fmt: skip
            lid += 1
            stop = start + dt.timedelta(days=days - 1)
            leave.append((lid, e[0], ltype, start.isoformat(), stop.isoformat(), str(days),
                          "N" if r.random() < 0.1 else "Y"))  # fmt: skip
    _ins(c, "Salary History", hist)
    _ins(c, "Time Off", leave)
    _done(c)


BUILDERS = {
    "inspections": build_inspections,
    "city311": build_city311,
    "bookshop": build_bookshop,
    "league": build_league,
    "realestate": build_realestate,
    "hr": build_hr,
}
