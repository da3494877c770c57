"""Deterministic SQLite databases for a fourteenth blind NL→SQL evaluation.

Six everyday schemas named the way .NET, Java and SaaS teams name things: PascalCase tables and
camelCase or PascalCase columns with acronyms inside the names (``IoTDevice``, ``APIKey``,
``SLAPolicy``, ``KPIReading``, ``ISBN``, ``ZIPCode``, ``GPSLat``) and units in column names
(``tempC``, ``durationMS``, ``responseSizeKB``, ``distanceKM``, ``totalUSD``, ``weightG``):

* ``greenhouse``: an IoT greenhouse: ``GreenhouseZone`` (``areaM2``, ``targetTempC``, ``isHeated``),
  ``IoTDevice`` (``deviceType``, ``isActive``, a NULL ``batteryPct`` for mains-powered devices),
  ``KPIReading`` (``readingUTC``, ``tempC``, ``humidityPct``, a NULL ``CO2PPM`` or ``soilPH`` when the
  device does not measure it), ``CropBatch`` (``batchCode``, a NULL ``harvestedOn``/``yieldKG`` while
  growing) and ``MaintenanceTicket`` (a NULL ``closedUTC`` while open).
* ``apiplatform``: a SaaS API platform: ``SLAPolicy`` (``maxLatencyMS``, ``uptimePct``), ``SaaSAccount``
  (``planTier`` Free/Pro/Enterprise, ``MRRUSD``, a ``ParentAccountID`` self-reference for reseller
  sub-accounts, a NULL ``PolicyID`` on the free plan), ``APIKey`` (``isActive``, a NULL ``revokedUTC``
  while live, a NULL ``lastUsedUTC`` when never used), ``APIEndpoint`` (``HTTPMethod``, ``URLPath``,
  ``isDeprecated``) and ``RequestLog`` (``HTTPStatus``, ``durationMS``, ``responseSizeKB``).
* ``publisher``: a book publisher keyed by ISBN: ``Imprint`` (a ``ParentImprintID`` self-reference),
  ``BookAuthor`` (a NULL ``emailAddr`` or ``agentName`` for some), ``BookTitle`` (``ISBN`` text key,
  ``formatCode`` HB/PB/EB, ``listPriceUSD``, a NULL ``weightG`` for e-books), the many-to-many link
  ``TitleAuthor`` (``royaltyPct``), ``SalesReport`` (``saleMonth`` YYYY-MM, ``unitsSold``, ``revenueUSD``)
  and ``RoyaltyStatement`` (a NULL ``paidOn`` while unpaid).
* ``recruiting``: a recruitment agency: ``Recruiter`` (a ``ManagerID`` self-reference), ``HRClient``,
  ``JobReq`` (``salaryMinUSD``/``salaryMaxUSD``, ``isRemote``, a NULL ``filledOn`` while open),
  ``Candidate`` (``ZIPCode``, ``yearsExp``, a NULL ``LinkedInURL`` for some), the link
  ``JobApplication`` (``stageCode`` APPLIED/SCREEN/INTERVIEW/OFFER/HIRED/REJECTED) and ``Interview``
  (``durationMIN``, a NULL ``scoreOutOf10`` when not scored).
* ``ticketing``: an event-ticketing site: ``EventVenue`` (``capacityPAX``), ``LiveEvent`` (``eventDate``,
  ``genreName``, ``isCancelled``), ``SeatSection`` (``isADAAccessible``), ``CRMContact`` (a NULL
  ``ZIPCode`` for some, ``isOptedIn``), ``TicketOrder`` (``totalUSD``, a NULL ``promoCode``,
  ``isRefunded``) and ``EventTicket`` (``faceValueUSD``, a NULL ``scannedUTC`` when not scanned in).
* ``fleet``: fleet telematics: ``FleetDepot``, ``FleetDriver`` (a ``SupervisorID`` self-reference),
  ``FleetVehicle`` (``VIN``, ``fuelType``, ``odometerKM``), ``VehicleTrip`` (``startUTC``, a NULL
  ``endUTC`` while under way, ``distanceKM``, ``maxSpeedKPH``), ``GPSPing`` (``GPSLat``, ``GPSLng``,
  ``speedKPH``) and ``FuelPurchase`` (``litersQty``, ``totalEUR``).

Dates are ISO text, around 2023-2025 (the tests' today is 2025-06-15); timestamps are
``YYYY-MM-DD HH:MM:SS``.  The questions in ``questions.jsonl`` (reads) and ``writes.jsonl`` (change
requests that must be refused) were written against these schemas without running the offline
translator on them.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from nl2sql_data.sqlite_build import day as _day
from nl2sql_data.sqlite_build import insert as _ins
from nl2sql_data.sqlite_build import new_db as _db

GIVEN = [
    "Adaeze",
    "Bjorn",
    "Camila",
    "Dmitri",
    "Elif",
    "Farhan",
    "Greta",
    "Hiroshi",
    "Ingrid",
    "Javier",
    "Keziah",
    "Lorenzo",
    "Mei",
    "Nikolai",
    "Olufemi",
    "Paloma",
    "Rafael",
    "Saoirse",
    "Tariq",
    "Ulrike",
    "Valentina",
    "Wesley",
    "Ximena",
    "Yusuf",
]
FAMILY = [
    "Abernathy",
    "Brennan",
    "Castellano",
    "Dubois",
    "Eriksen",
    "Fitzgerald",
    "Gonzaga",
    "Halvorsen",
    "Iwasaki",
    "Jablonski",
    "Kowalczyk",
    "Lindqvist",
    "Montague",
    "Nakamura",
    "Okonkwo",
    "Petrakis",
    "Quintero",
    "Rasmussen",
    "Szabo",
    "Thorne",
    "Umarov",
    "Vasquez",
    "Whitfield",
    "Zielinski",
]
D = dt.date
TODAY = D(2025, 6, 15)


def _people(r: random.Random, n: int) -> list[str]:
    pairs = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


def _email(name: str, host: str) -> str:
    g, f = name.split(" ", 1)
    return f"{g.lower()}.{f.lower()}@{host}"


def _ts(r: random.Random, start: dt.date, span: int) -> str:
    d = _day(r, start, span)
    return f"{d.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


def build_greenhouse(path: Path) -> None:
    """GreenhouseZone, IoTDevice, KPIReading, CropBatch and MaintenanceTicket."""
    r = random.Random(1401)
    c = _db(
        path,
        """
        CREATE TABLE GreenhouseZone(ZoneID INTEGER PRIMARY KEY, zoneName TEXT NOT NULL, areaM2 REAL,
            targetTempC REAL, isHeated INTEGER NOT NULL);
        CREATE TABLE IoTDevice(DeviceID INTEGER PRIMARY KEY, ZoneID INTEGER REFERENCES GreenhouseZone(ZoneID),
            deviceLabel TEXT NOT NULL, deviceType TEXT, firmwareVer TEXT, MACAddr TEXT, installedUTC TEXT,
            isActive INTEGER NOT NULL, batteryPct INTEGER);
        CREATE TABLE KPIReading(ReadingID INTEGER PRIMARY KEY, DeviceID INTEGER REFERENCES IoTDevice(DeviceID),
            readingUTC TEXT NOT NULL, tempC REAL, humidityPct REAL, CO2PPM INTEGER, soilPH REAL);
        CREATE TABLE CropBatch(BatchID INTEGER PRIMARY KEY, ZoneID INTEGER REFERENCES GreenhouseZone(ZoneID),
            batchCode TEXT NOT NULL, cropName TEXT, varietyName TEXT, plantedOn TEXT, harvestedOn TEXT,
            yieldKG REAL);
        CREATE TABLE MaintenanceTicket(TicketID INTEGER PRIMARY KEY,
            DeviceID INTEGER REFERENCES IoTDevice(DeviceID), openedUTC TEXT, closedUTC TEXT, issueDesc TEXT,
            costUSD REAL);
    """,
    )
    zones = [
        (1, "Tomato House A", 1200.0, 22.0, 1),
        (2, "Tomato House B", 950.0, 22.0, 1),
        (3, "Herb Tunnel", 400.0, 18.0, 0),
        (4, "Propagation Room", 150.0, 24.0, 1),
        (5, "Cucumber House", 800.0, 23.0, 1),
        (6, "Orchid Bay", 300.0, 26.0, 1),
        (7, "Cold Frame Row", 220.0, 12.0, 0),
    ]
    _ins(c, "GreenhouseZone", zones)
    per_zone = {1: 7, 2: 6, 3: 4, 4: 3, 5: 5, 6: 4, 7: 2}
    kinds = ["TempHumidity", "CO2", "SoilProbe", "LightPAR"]
    prefix = {1: "THA", 2: "THB", 3: "HRB", 4: "PRP", 5: "CUC", 6: "ORC", 7: "CFR"}
    devices = []
    did = 0
    for z, n in per_zone.items():
        for k in range(n):
            did += 1
            kind = kinds[k % 4]
            battery = None if kind == "CO2" else r.randint(8, 100)
            if did == 8:
                battery = 4
            devices.append(
                (
                    did,
                    z,
                    f"{prefix[z]}-{kind[:3].upper()}-{k + 1:02d}",
                    kind,
                    r.choice(["2.1.0", "2.1.4", "2.2.0", "3.0.1"]),
                    ":".join(f"{r.randint(0, 255):02X}" for _ in range(6)),
                    _ts(r, D(2023, 2, 1), 860),
                    0 if did in (5, 14, 22, 30) else 1,
                    battery,
                )
            )
    _ins(c, "IoTDevice", devices)
    readings = []
    quiet = {14, 30}
    live = [d for d in devices if d[0] not in quiet]
    for rid in range(1, 401):
        dv = r.choice(live)
        stamp = _ts(r, D(2025, 5, 18), 28) if rid > 360 else _ts(r, D(2024, 1, 1), 480)
        target = zones[dv[1] - 1][3]
        month = int(stamp[5:7])
        summer = 5 <= month <= 8
        temp = round(target + r.uniform(-4, 5) + (5 if summer else 0), 1)
        if rid == 137:
            temp = 41.3
        co2 = r.randint(380, 1400) if dv[3] == "CO2" else None
        ph = round(r.uniform(5.2, 7.4), 2) if dv[3] == "SoilProbe" else None
        readings.append((rid, dv[0], stamp, temp, round(r.uniform(45, 95), 1), co2, ph))
    _ins(c, "KPIReading", readings)
    crops = {
        1: ("Tomato", ["Sungold", "Moneymaker", "San Marzano"]),
        2: ("Tomato", ["Gardener's Delight", "Sungold"]),
        3: ("Basil", ["Genovese", "Thai"]),
        4: ("Lettuce", ["Little Gem", "Lollo Rosso"]),
        5: ("Cucumber", ["Mini Munch", "Burpless"]),
        6: ("Orchid", ["Phalaenopsis"]),
        7: ("Spinach", ["Giant Winter"]),
    }
    batches = []
    bid = 0
    for z in range(1, 8):
        crop, vars_ = crops[z]
        for _ in range(r.randint(3, 6)):
            bid += 1
            planted = _day(r, D(2023, 3, 1), 780)
            grow = {"Tomato": 120, "Basil": 45, "Lettuce": 55, "Cucumber": 70, "Orchid": 200, "Spinach": 60}[crop]
            harvested = planted + dt.timedelta(days=grow + r.randint(-10, 15))
            per_m2 = {"Tomato": 0.45, "Basil": 0.08, "Lettuce": 0.2, "Cucumber": 0.35, "Orchid": 0.05}.get(crop, 0.15)
            if harvested > TODAY:
                hv, yld = None, None
            else:
                hv, yld = harvested.isoformat(), round(zones[z - 1][2] * per_m2 * r.uniform(0.7, 1.2), 1)
            batches.append(
                (
                    bid,
                    z,
                    f"{crop[:3].upper()}-{planted.year % 100}-{bid:03d}",
                    crop,
                    r.choice(vars_),
                    planted.isoformat(),
                    hv,
                    yld,
                )
            )
    _ins(c, "CropBatch", batches)
    issues = [
        "battery swap",
        "sensor drift recalibration",
        "Wi-Fi dropout",
        "firmware update failed",
        "condensation in housing",
        "probe replaced",
        "mounting bracket loose",
    ]
    tickets = []
    for tid in range(1, 46):
        dv = r.choice(devices)
        opened = _ts(r, D(2023, 6, 1), 740)
        closed = None
        if tid % 6 != 0:
            od = dt.datetime.fromisoformat(opened) + dt.timedelta(hours=r.randint(2, 240))
            closed = od.isoformat(sep=" ")
        cost = None if tid % 8 == 0 else round(r.choice([0, 25, 40, 65, 120, 180]) + r.uniform(0, 20), 2)
        tickets.append((tid, dv[0], opened, closed, r.choice(issues), cost))
    _ins(c, "MaintenanceTicket", tickets)
    _done(c)


def build_apiplatform(path: Path) -> None:
    """SLAPolicy, SaaSAccount (self-reference), APIKey, APIEndpoint and RequestLog."""
    r = random.Random(1402)
    c = _db(
        path,
        """
        CREATE TABLE SLAPolicy(PolicyID INTEGER PRIMARY KEY, policyName TEXT NOT NULL, maxLatencyMS INTEGER,
            uptimePct REAL, supportHours TEXT);
        CREATE TABLE SaaSAccount(AccountID INTEGER PRIMARY KEY, accountName TEXT NOT NULL, planTier TEXT,
            PolicyID INTEGER REFERENCES SLAPolicy(PolicyID), ParentAccountID INTEGER REFERENCES SaaSAccount(AccountID),
            MRRUSD REAL, countryISO TEXT, billingEmail TEXT, createdUTC TEXT);
        CREATE TABLE APIKey(KeyID INTEGER PRIMARY KEY, AccountID INTEGER REFERENCES SaaSAccount(AccountID),
            keyPrefix TEXT NOT NULL, keyLabel TEXT, isActive INTEGER NOT NULL, createdUTC TEXT, revokedUTC TEXT,
            lastUsedUTC TEXT);
        CREATE TABLE APIEndpoint(EndpointID INTEGER PRIMARY KEY, HTTPMethod TEXT NOT NULL, URLPath TEXT NOT NULL,
            isDeprecated INTEGER NOT NULL, rateLimitRPM INTEGER);
        CREATE TABLE RequestLog(LogID INTEGER PRIMARY KEY, KeyID INTEGER REFERENCES APIKey(KeyID),
            EndpointID INTEGER REFERENCES APIEndpoint(EndpointID), requestUTC TEXT NOT NULL, HTTPStatus INTEGER,
            durationMS INTEGER, responseSizeKB REAL, clientIP TEXT);
    """,
    )
    _ins(
        c,
        "SLAPolicy",
        [
            (1, "Standard", 800, 99.5, "business hours"),
            (2, "Premium", 400, 99.9, "24x5"),
            (3, "Mission Critical", 200, 99.99, "24x7"),
        ],
    )
    names = [
        "Acme Logistics",
        "Brightpath Health",
        "Cobalt Fintech",
        "Driftwood Media",
        "Everlane Retail",
        "Fernhill Analytics",
        "Granite Insurance",
        "Harbor Freight Labs",
        "Indigo Travel",
        "Juniper Schools",
        "Kestrel Energy",
        "Lumen Robotics",
        "Meridian Bank",
        "Northwind Traders",
        "Orbital Maps",
        "Pinecone Games",
        "Quarry Legal",
        "Redwood Realty",
        "Sapphire Telecom",
        "Tidewater Foods",
        "Umbra Security",
        "Vantage Sports",
        "Willow Pharmacy",
        "Yellowtail Cargo",
        "Zenith Payments",
        "Acme Logistics EU",
        "Acme Logistics APAC",
        "Meridian Bank Retail",
        "Meridian Bank Corporate",
        "Meridian Bank Wealth",
        "Northwind Traders UK",
        "Zenith Payments Labs",
    ]
    parent = {26: 1, 27: 1, 28: 13, 29: 13, 30: 13, 31: 14, 32: 25}
    tiers = {}
    accounts = []
    for i, nm in enumerate(names, 1):
        if i in parent:
            tier = tiers[parent[i]]
        else:
            tier = r.choices(["Free", "Pro", "Enterprise"], weights=[4, 5, 3])[0]
            if i in (1, 13, 14, 25):
                tier = "Enterprise"
            if i == 7:
                tier = "Pro"
        tiers[i] = tier
        pol = None if tier == "Free" else (r.choice([2, 3]) if tier == "Enterprise" else 1)
        mrr = {"Free": 0.0, "Pro": r.choice([49, 99, 199]), "Enterprise": r.choice([1200, 2500, 4000, 6500])}[tier]
        if i == 13:
            mrr = 9800
        slug = nm.lower().replace(" ", "")
        accounts.append(
            (
                i,
                nm,
                tier,
                pol,
                parent.get(i),
                float(mrr),
                r.choice(["US", "US", "GB", "DE", "CA", "AU", "NL"]),
                None if i % 9 == 0 else f"billing@{slug}.com",
                _ts(r, D(2023, 1, 10), 850),
            )
        )
    _ins(c, "SaaSAccount", accounts)
    keys = []
    for kid in range(1, 61):
        acc = r.choice(accounts) if kid > len(accounts) else accounts[kid - 1]
        created = _ts(r, D(2023, 3, 1), 780)
        revoked = None
        if kid % 7 == 0:
            revoked = _ts(r, D(2025, 1, 1), 150)
        label = r.choice(["production", "staging", "ci-runner", "mobile-app", "partner-sync", "analytics"])
        keys.append(
            [kid, acc[0], f"pk_live_{r.getrandbits(24):06x}", label, 0 if revoked else 1, created, revoked, None]
        )
    endpoints = [
        (1, "GET", "/v1/shipments", 1, 600),
        (2, "GET", "/v2/shipments", 0, 1200),
        (3, "POST", "/v2/shipments", 0, 300),
        (4, "GET", "/v2/tracking/{id}", 0, 2400),
        (5, "POST", "/v2/webhooks", 0, 120),
        (6, "DELETE", "/v2/webhooks/{id}", 0, 120),
        (7, "GET", "/v1/rates", 1, 600),
        (8, "POST", "/v2/rates/quote", 0, 900),
        (9, "GET", "/v2/invoices", 0, 300),
        (10, "PUT", "/v2/accounts/{id}", 0, 60),
        (11, "POST", "/v1/labels", 1, 300),
        (12, "POST", "/v2/labels", 0, 600),
    ]
    _ins(c, "APIEndpoint", endpoints)
    never = {6, 19, 33, 47, 52}
    usable = [k for k in keys if k[0] not in never]
    wts = [5 if k[1] == 13 else (3 if k[1] in (1, 7) else 1) for k in usable]
    logs = []
    last: dict[int, str] = {}
    for lid in range(1, 401):
        k = r.choices(usable, weights=wts)[0]
        ep = r.choices(endpoints, weights=[1, 6, 3, 8, 1, 1, 1, 3, 2, 1, 1, 3])[0]
        stamp = _ts(r, D(2024, 1, 1), 470) if lid <= 330 else _ts(r, D(2025, 5, 1), 45)
        if ep[3] and stamp >= "2025-05-10" and ep[0] != 11:
            ep = endpoints[1]
        status = r.choices([200, 201, 204, 400, 401, 404, 429, 500, 503], weights=[60, 8, 3, 4, 3, 5, 3, 2, 1])[0]
        if ep[1] == "GET" and status in (201, 204):
            status = 200
        dur = int(r.lognormvariate(5.3, 0.8))
        if status >= 500:
            dur += 1500
        if lid == 211:
            dur = 9876
        size = round(r.uniform(0.4, 40.0), 1) if ep[1] != "GET" else round(r.lognormvariate(3.5, 1.1), 1)
        if lid in (44, 156, 298):
            size = [912.4, 1540.0, 2210.7][(44, 156, 298).index(lid)]
        ip = f"{r.choice([34, 52, 81, 104, 185])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        logs.append((lid, k[0], ep[0], stamp, status, dur, size, ip))
        last[k[0]] = max(last.get(k[0], ""), stamp)
    for k in keys:
        k[7] = last.get(k[0])
    _ins(c, "APIKey", [tuple(k) for k in keys])
    _ins(c, "RequestLog", logs)
    _done(c)


def build_publisher(path: Path) -> None:
    """Imprint (self-reference), BookAuthor, BookTitle, TitleAuthor (link), SalesReport, RoyaltyStatement."""
    r = random.Random(1403)
    c = _db(
        path,
        """
        CREATE TABLE Imprint(ImprintID INTEGER PRIMARY KEY, imprintName TEXT NOT NULL,
            ParentImprintID INTEGER REFERENCES Imprint(ImprintID), foundedYear INTEGER);
        CREATE TABLE BookAuthor(AuthorID INTEGER PRIMARY KEY, fullName TEXT NOT NULL, countryISO TEXT, emailAddr TEXT,
            agentName TEXT, birthYear INTEGER);
        CREATE TABLE BookTitle(ISBN TEXT PRIMARY KEY, title TEXT NOT NULL, ImprintID INTEGER REFERENCES Imprint(ImprintID),
            genreName TEXT, formatCode TEXT, pubDate TEXT, listPriceUSD REAL, pageCount INTEGER, weightG INTEGER);
        CREATE TABLE TitleAuthor(ISBN TEXT REFERENCES BookTitle(ISBN), AuthorID INTEGER REFERENCES BookAuthor(AuthorID),
            royaltyPct REAL, PRIMARY KEY(ISBN, AuthorID));
        CREATE TABLE SalesReport(ReportID INTEGER PRIMARY KEY, ISBN TEXT REFERENCES BookTitle(ISBN), saleMonth TEXT,
            channelName TEXT, unitsSold INTEGER, revenueUSD REAL);
        CREATE TABLE RoyaltyStatement(StatementID INTEGER PRIMARY KEY, AuthorID INTEGER REFERENCES BookAuthor(AuthorID),
            periodEnd TEXT, amountUSD REAL, paidOn TEXT);
    """,
    )
    _ins(
        c,
        "Imprint",
        [
            (1, "Larkspur House", None, 1962),
            (2, "Larkspur Fiction", 1, 1988),
            (3, "Larkspur Nonfiction", 1, 1991),
            (4, "Tidepool Books", 2, 2009),
            (5, "Ironbark Press", 3, 2014),
            (6, "Little Larkspur", 1, 2003),
        ],
    )
    people = _people(r, 40)
    authors = []
    for i in range(1, 35):
        nm = people[i - 1]
        authors.append(
            (
                i,
                nm,
                r.choice(["US", "US", "GB", "GB", "IE", "CA", "NG", "IN", "AU"]),
                None if i % 6 == 0 else _email(nm, r.choice(["gmail.com", "outlook.com", "protonmail.com"])),
                None
                if i % 4 == 0
                else r.choice(["Curtis Brown", "Janklow & Nesbit", "A.M. Heath", "Rogers Coleridge"]),
                r.randint(1948, 1995),
            )
        )
    _ins(c, "BookAuthor", authors)
    words_a = [
        "Salt",
        "Glass",
        "Winter",
        "Hollow",
        "Silent",
        "Copper",
        "Paper",
        "Distant",
        "Burning",
        "Quiet",
        "Northern",
        "Lost",
        "Second",
        "Amber",
        "Iron",
        "Broken",
        "Hidden",
        "Bright",
    ]
    words_b = [
        "Harbour",
        "Orchard",
        "Cartographer",
        "Tide",
        "Kingdom",
        "Garden",
        "Lighthouse",
        "Atlas",
        "Machine",
        "River",
        "Archive",
        "Summer",
        "Mountain",
        "Alphabet",
        "Compass",
        "Ledger",
    ]
    genres = {
        2: ["Literary Fiction", "Crime", "Fantasy"],
        4: ["Literary Fiction", "Poetry"],
        3: ["History", "Science", "Memoir"],
        5: ["Business", "Science"],
        6: ["Children's", "Young Adult"],
    }
    titles = []
    seen = set()
    for i in range(1, 91):
        while True:
            t = f"The {r.choice(words_a)} {r.choice(words_b)}"
            if t not in seen:
                seen.add(t)
                break
        imp = r.choices([2, 3, 4, 5, 6], weights=[5, 4, 2, 2, 3])[0]
        fmt = r.choices(["HB", "PB", "EB"], weights=[3, 5, 2])[0]
        pages = r.randint(120, 640) if imp != 6 else r.randint(32, 320)
        price = {"HB": 27.99, "PB": 16.99, "EB": 9.99}[fmt] + r.choice([0, 1, 2, 3, -2])
        weight = None if fmt == "EB" else int(pages * (1.6 if fmt == "HB" else 0.9) + r.randint(20, 90))
        pub = _day(r, D(2023, 1, 5), 930) if i != 90 else D(2025, 9, 4)
        isbn = f"978{r.choice([0, 1])}{r.randint(10**8, 10**9 - 1)}"
        titles.append((isbn, t, imp, r.choice(genres[imp]), fmt, pub.isoformat(), round(price, 2), pages, weight))
    titles[17] = (*titles[17][:7], 912, 1604)
    _ins(c, "BookTitle", titles)
    links = []
    for k, t in enumerate(titles):
        n = 2 if k % 9 == 0 else 1
        for a in r.sample(authors[:32], n):
            links.append((t[0], a[0], 7.5 if n == 2 else r.choice([10.0, 12.5, 15.0])))
    _ins(c, "TitleAuthor", links)
    sales = []
    rid = 0
    months = [f"{y}-{m:02d}" for y in (2023, 2024, 2025) for m in range(1, 13) if f"{y}-{m:02d}" <= "2025-05"]
    for t in titles:
        sold_months = [m for m in months if m >= t[5][:7]]
        for m in r.sample(sold_months, min(len(sold_months), r.randint(1, 5))):
            rid += 1
            ch = r.choice(["Bookshop", "Amazon", "Library", "Direct"] if t[4] != "EB" else ["Kindle", "Apple Books"])
            units = r.randint(5, 900)
            if t[1] == titles[3][1]:
                units += 3000
            sales.append((rid, t[0], m, ch, units, round(units * t[6] * r.uniform(0.45, 0.6), 2)))
    _ins(c, "SalesReport", sales)
    statements = []
    sid = 0
    for a in authors:
        if a[0] in (33, 34):
            continue
        for pe in ["2023-12-31", "2024-06-30", "2024-12-31"]:
            if r.random() < 0.75:
                sid += 1
                paid = (
                    None
                    if (pe == "2024-12-31" and sid % 3 == 0)
                    else (D.fromisoformat(pe) + dt.timedelta(days=r.randint(30, 75))).isoformat()
                )
                statements.append((sid, a[0], pe, round(r.uniform(150, 9000), 2), paid))
    _ins(c, "RoyaltyStatement", statements)
    _done(c)


def build_recruiting(path: Path) -> None:
    """Recruiter (self-reference), HRClient, JobReq, Candidate, JobApplication (link) and Interview."""
    r = random.Random(1404)
    c = _db(
        path,
        """
        CREATE TABLE Recruiter(RecruiterID INTEGER PRIMARY KEY, fullName TEXT NOT NULL, emailAddr TEXT,
            ManagerID INTEGER REFERENCES Recruiter(RecruiterID), hiredOn TEXT);
        CREATE TABLE HRClient(ClientID INTEGER PRIMARY KEY, companyName TEXT NOT NULL, industryName TEXT,
            cityName TEXT, feePct REAL);
        CREATE TABLE JobReq(ReqID INTEGER PRIMARY KEY, ClientID INTEGER REFERENCES HRClient(ClientID),
            RecruiterID INTEGER REFERENCES Recruiter(RecruiterID), jobTitle TEXT NOT NULL, salaryMinUSD INTEGER,
            salaryMaxUSD INTEGER, isRemote INTEGER NOT NULL, openedOn TEXT, filledOn TEXT);
        CREATE TABLE Candidate(CandidateID INTEGER PRIMARY KEY, fullName TEXT NOT NULL, emailAddr TEXT, ZIPCode TEXT,
            yearsExp INTEGER, LinkedInURL TEXT, sourceChannel TEXT, createdUTC TEXT);
        CREATE TABLE JobApplication(AppID INTEGER PRIMARY KEY, CandidateID INTEGER REFERENCES Candidate(CandidateID),
            ReqID INTEGER REFERENCES JobReq(ReqID), appliedOn TEXT, stageCode TEXT);
        CREATE TABLE Interview(InterviewID INTEGER PRIMARY KEY, AppID INTEGER REFERENCES JobApplication(AppID),
            RecruiterID INTEGER REFERENCES Recruiter(RecruiterID), scheduledUTC TEXT, durationMIN INTEGER,
            scoreOutOf10 INTEGER);
    """,
    )
    people = _people(r, 180)
    mgr = {1: None, 2: 1, 3: 1, 4: 2, 5: 2, 6: 2, 7: 3, 8: 3, 9: 4}
    recs = [
        (i, people[i - 1], _email(people[i - 1], "talentbridge.io"), mgr[i], _day(r, D(2018, 1, 1), 2000).isoformat())
        for i in range(1, 10)
    ]
    _ins(c, "Recruiter", recs)
    clients = [
        (1, "Northstar Biotech", "Life Sciences", "Boston", 20.0),
        (2, "Quillon Software", "Technology", "Austin", 22.5),
        (3, "Harlow & Finch LLP", "Legal", "Chicago", 18.0),
        (4, "Bluewater Logistics", "Transport", "Seattle", 15.0),
        (5, "Crescent Hospitality", "Hospitality", "Denver", 15.0),
        (6, "Vertex Semiconductors", "Technology", "San Jose", 25.0),
        (7, "Greenleaf Foods", "Consumer Goods", "Chicago", 17.5),
        (8, "Pioneer Mutual", "Insurance", "Hartford", 20.0),
    ]
    _ins(c, "HRClient", clients)
    roles = [
        ("Senior Data Engineer", 140000, 175000),
        ("Product Manager", 120000, 150000),
        ("Paralegal", 55000, 70000),
        ("Warehouse Operations Lead", 60000, 78000),
        ("Front Office Manager", 52000, 65000),
        ("Firmware Engineer", 130000, 165000),
        ("Brand Manager", 90000, 115000),
        ("Claims Adjuster", 58000, 72000),
        ("DevOps Engineer", 125000, 160000),
        ("QA Analyst", 75000, 95000),
        ("Staff Accountant", 65000, 82000),
        ("Machine Learning Engineer", 160000, 210000),
    ]
    reqs = []
    for q in range(1, 41):
        cl = clients[(q * 3) % 8]
        role = r.choice(roles)
        opened = _day(r, D(2023, 9, 1), 640)
        filled = None if q % 3 == 0 or opened > D(2025, 4, 1) else opened + dt.timedelta(days=r.randint(20, 120))
        if filled and filled > TODAY:
            filled = None
        reqs.append(
            (
                q,
                cl[0],
                r.choice([2, 3, 4, 5, 6, 7, 8, 9]),
                role[0],
                role[1],
                None if q % 10 == 4 else role[2],
                1 if r.random() < 0.35 else 0,
                opened.isoformat(),
                filled.isoformat() if filled else None,
            )
        )
    _ins(c, "JobReq", reqs)
    zips = ["02139", "02116", "78701", "78704", "60611", "60614", "98101", "98109", "80202", "95113", "06103"]
    cands = []
    for i in range(1, 151):
        nm = people[9 + i]
        slug = nm.lower().replace(" ", "-")
        cands.append(
            (
                i,
                nm,
                _email(nm, r.choice(["gmail.com", "yahoo.com", "icloud.com"])),
                r.choice(zips),
                r.randint(0, 22),
                None if i % 4 == 1 else f"https://www.linkedin.com/in/{slug}",
                r.choice(["Referral", "LinkedIn", "Job Board", "Career Fair", "Website"]),
                _ts(r, D(2023, 8, 1), 680),
            )
        )
    cands[56] = (*cands[56][:4], 31, *cands[56][5:])
    _ins(c, "Candidate", cands)
    apps = []
    interviews = []
    aid = 0
    iid = 0
    idle = {7, 23, 58, 91, 104, 133, 147}
    for cd in cands:
        if cd[0] in idle:
            continue
        for q in r.sample(reqs, r.choice([1, 1, 2, 2, 3])):
            aid += 1
            applied = max(D.fromisoformat(q[7]), D.fromisoformat(cd[7][:10])) + dt.timedelta(days=r.randint(0, 30))
            if applied > TODAY:
                applied = TODAY - dt.timedelta(days=r.randint(1, 20))
            stage = r.choices(
                ["APPLIED", "SCREEN", "INTERVIEW", "OFFER", "HIRED", "REJECTED"], weights=[4, 3, 3, 1, 1, 6]
            )[0]
            apps.append((aid, cd[0], q[0], applied.isoformat(), stage))
            rounds = {"APPLIED": 0, "SCREEN": 0, "INTERVIEW": 1, "OFFER": 2, "HIRED": 2, "REJECTED": r.choice([0, 1])}
            for k in range(rounds[stage]):
                iid += 1
                when = applied + dt.timedelta(days=7 + 7 * k + r.randint(0, 5))
                score = None if iid % 11 == 0 else r.randint(3, 10)
                interviews.append(
                    (
                        iid,
                        aid,
                        q[2] if k == 0 else r.choice([1, 2, 3]),
                        f"{when.isoformat()} {r.choice([9, 10, 11, 13, 14, 15, 16])}:{r.choice(['00', '30'])}:00",
                        r.choice([30, 45, 60, 60, 90]),
                        score,
                    )
                )
    _ins(c, "JobApplication", apps)
    _ins(c, "Interview", interviews)
    _done(c)


def build_ticketing(path: Path) -> None:
    """EventVenue, LiveEvent, SeatSection, CRMContact, TicketOrder and EventTicket."""
    r = random.Random(1405)
    c = _db(
        path,
        """
        CREATE TABLE EventVenue(VenueID INTEGER PRIMARY KEY, venueName TEXT NOT NULL, cityName TEXT,
            capacityPAX INTEGER, hasParking INTEGER);
        CREATE TABLE LiveEvent(EventID INTEGER PRIMARY KEY, VenueID INTEGER REFERENCES EventVenue(VenueID),
            eventTitle TEXT NOT NULL, eventDate TEXT, genreName TEXT, basePriceUSD REAL, isCancelled INTEGER NOT NULL);
        CREATE TABLE SeatSection(SectionID INTEGER PRIMARY KEY, VenueID INTEGER REFERENCES EventVenue(VenueID),
            sectionLabel TEXT NOT NULL, priceMultiplier REAL, isADAAccessible INTEGER NOT NULL);
        CREATE TABLE CRMContact(ContactID INTEGER PRIMARY KEY, fullName TEXT NOT NULL, emailAddr TEXT, ZIPCode TEXT,
            isOptedIn INTEGER NOT NULL, createdUTC TEXT);
        CREATE TABLE TicketOrder(OrderID INTEGER PRIMARY KEY, ContactID INTEGER REFERENCES CRMContact(ContactID),
            EventID INTEGER REFERENCES LiveEvent(EventID), orderedUTC TEXT, totalUSD REAL, promoCode TEXT,
            isRefunded INTEGER NOT NULL);
        CREATE TABLE EventTicket(TicketID INTEGER PRIMARY KEY, OrderID INTEGER REFERENCES TicketOrder(OrderID),
            SectionID INTEGER REFERENCES SeatSection(SectionID), seatNo TEXT, faceValueUSD REAL, scannedUTC TEXT);
    """,
    )
    venues = [
        (1, "The Foundry", "Portland", 1200, 0),
        (2, "Riverside Amphitheater", "Sacramento", 8500, 1),
        (3, "Blue Lantern Club", "Portland", 350, 0),
        (4, "Civic Opera Hall", "Seattle", 2300, 1),
        (5, "Pacific Dome Arena", "Seattle", 15000, 1),
        (6, "Mercury Lounge West", "Oakland", 500, 0),
    ]
    _ins(c, "EventVenue", venues)
    sec_names = {
        1: ["Floor GA", "Balcony"],
        2: ["Pit", "Reserved Bowl", "Lawn"],
        3: ["GA"],
        4: ["Orchestra", "Mezzanine", "Upper Circle", "Box"],
        5: ["Floor", "Lower Bowl", "Upper Bowl", "Suite"],
        6: ["GA", "Mezzanine Bar"],
    }
    sections = []
    sid = 0
    for v, labels in sec_names.items():
        for k, lab in enumerate(labels):
            sid += 1
            mult = [1.0, 1.4, 0.8, 2.5][k % 4] if lab != "Suite" else 4.0
            sections.append((sid, v, lab, mult, 1 if k == 0 or lab in ("Box", "Lawn") else 0))
    _ins(c, "SeatSection", sections)
    acts = [
        ("Neon Harbor", "Indie Rock"),
        ("The Velvet Sparrows", "Indie Rock"),
        ("DJ Kaleido", "Electronic"),
        ("Mariachi Sol de Oro", "Latin"),
        ("La Traviata", "Opera"),
        ("The Nutcracker", "Ballet"),
        ("Comedy Night with Priya Raman", "Comedy"),
        ("Thunder Valley", "Country"),
        ("Pacific Symphony: Mahler 5", "Classical"),
        ("Basement Jazz Trio", "Jazz"),
        ("Glass Animals Tribute", "Indie Rock"),
        ("Midnight Bassline", "Electronic"),
    ]
    events = []
    for e in range(1, 41):
        act = acts[(e * 5) % len(acts)]
        v = r.choice(
            {"Opera": [4], "Ballet": [4], "Classical": [4], "Jazz": [3, 6], "Comedy": [3, 6, 1]}.get(
                act[1], [1, 2, 5, 6]
            )
        )
        dte = _day(r, D(2023, 3, 1), 1000)
        price = {3: 25, 6: 30, 1: 45, 4: 85, 2: 65, 5: 95}[v] + r.choice([0, 5, 10, 15])
        tour = f"{act[0]} {dte.year}" if act[1] not in ("Opera", "Ballet") else f"{act[0]} ({dte.year} season)"
        events.append((e, v, tour, dte.isoformat(), act[1], float(price), 1 if e in (9, 27) else 0))
    seen = set()
    for i, ev in enumerate(events):
        t = ev[2]
        n = 2
        while t in seen:
            t = f"{ev[2]} - Night {n}"
            n += 1
        seen.add(t)
        events[i] = (ev[0], ev[1], t, *ev[3:])
    _ins(c, "LiveEvent", events)
    people = _people(r, 140)
    zips = ["97201", "97209", "97214", "95814", "95816", "98101", "98103", "98122", "94607", "94612"]
    contacts = [
        (
            i,
            nm,
            _email(nm, r.choice(["gmail.com", "hotmail.com", "fastmail.com"])),
            None if i % 8 == 3 else r.choice(zips),
            1 if r.random() < 0.6 else 0,
            _ts(r, D(2023, 1, 1), 880),
        )
        for i, nm in enumerate(people[:130], 1)
    ]
    _ins(c, "CRMContact", contacts)
    orders = []
    tickets = []
    tid = 0
    sold = [ev for ev in events if ev[0] not in (9, 31)]
    for oid in range(1, 161):
        ev = r.choice(sold)
        ct = r.choice(contacts[:122])
        evd = D.fromisoformat(ev[3])
        od = evd - dt.timedelta(days=r.randint(1, 90))
        stamp = f"{od.isoformat()} {r.randint(7, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        secs = [s for s in sections if s[1] == ev[1]]
        sec = r.choice(secs)
        n = r.choice([1, 2, 2, 2, 3, 4])
        face = round(ev[5] * sec[3], 2)
        promo = r.choice([None, None, None, None, "EARLYBIRD", "STUDENT10", "VIP2024"])
        total = round(face * n * (0.9 if promo else 1.0) + 4.5 * n, 2)
        refunded = 1 if ev[6] else (1 if r.random() < 0.04 else 0)
        orders.append((oid, ct[0], ev[0], stamp, total, promo, refunded))
        for k in range(n):
            tid += 1
            scanned = None
            if not refunded and evd <= TODAY and r.random() < 0.88:
                scanned = f"{evd.isoformat()} {r.randint(18, 20)}:{r.randint(0, 59):02d}:00"
            tickets.append((tid, oid, sec[0], f"{sec[2][:1]}{r.randint(1, 40)}-{k + 1}", face, scanned))
    _ins(c, "TicketOrder", orders)
    _ins(c, "EventTicket", tickets)
    _done(c)


def build_fleet(path: Path) -> None:
    """FleetDepot, FleetDriver (self-reference), FleetVehicle, VehicleTrip, GPSPing and FuelPurchase."""
    r = random.Random(1406)
    c = _db(
        path,
        """
        CREATE TABLE FleetDepot(DepotID INTEGER PRIMARY KEY, depotName TEXT NOT NULL, cityName TEXT);
        CREATE TABLE FleetDriver(DriverID INTEGER PRIMARY KEY, fullName TEXT NOT NULL, licenseClass TEXT, hiredOn TEXT,
            SupervisorID INTEGER REFERENCES FleetDriver(DriverID), DepotID INTEGER REFERENCES FleetDepot(DepotID));
        CREATE TABLE FleetVehicle(VehicleID INTEGER PRIMARY KEY, VIN TEXT NOT NULL, plateNo TEXT NOT NULL,
            makeModel TEXT, fuelType TEXT, odometerKM INTEGER, DepotID INTEGER REFERENCES FleetDepot(DepotID),
            purchasedOn TEXT, isActive INTEGER NOT NULL);
        CREATE TABLE VehicleTrip(TripID INTEGER PRIMARY KEY, VehicleID INTEGER REFERENCES FleetVehicle(VehicleID),
            DriverID INTEGER REFERENCES FleetDriver(DriverID), startUTC TEXT NOT NULL, endUTC TEXT, distanceKM REAL,
            fuelUsedL REAL, maxSpeedKPH INTEGER);
        CREATE TABLE GPSPing(PingID INTEGER PRIMARY KEY, TripID INTEGER REFERENCES VehicleTrip(TripID),
            pingUTC TEXT NOT NULL, GPSLat REAL, GPSLng REAL, speedKPH INTEGER);
        CREATE TABLE FuelPurchase(PurchaseID INTEGER PRIMARY KEY, VehicleID INTEGER REFERENCES FleetVehicle(VehicleID),
            DriverID INTEGER REFERENCES FleetDriver(DriverID), purchasedUTC TEXT, litersQty REAL, totalEUR REAL,
            stationName TEXT);
    """,
    )
    depots = [
        (1, "Rotterdam Port Yard", "Rotterdam"),
        (2, "Utrecht Hub", "Utrecht"),
        (3, "Eindhoven South", "Eindhoven"),
        (4, "Groningen North", "Groningen"),
    ]
    _ins(c, "FleetDepot", depots)
    people = _people(r, 30)
    drivers = []
    sup = {1: None, 2: None, 3: None, 4: None}
    for i in range(1, 29):
        dep = (i - 1) % 4 + 1 if i <= 4 else r.choice([1, 1, 2, 2, 3, 4])
        drivers.append(
            (
                i,
                people[i - 1],
                "CE" if i <= 4 or r.random() < 0.4 else r.choice(["C", "B"]),
                _day(r, D(2016, 1, 1), 3300).isoformat(),
                sup.get(i, dep),
                dep,
            )
        )
    _ins(c, "FleetDriver", drivers)
    models = [
        ("DAF XF 480", "Diesel"),
        ("Volvo FH 500", "Diesel"),
        ("Scania R450", "LNG"),
        ("Mercedes eActros", "Electric"),
        ("Ford Transit 350", "Diesel"),
        ("Renault E-Tech Master", "Electric"),
        ("Iveco S-Way CNG", "CNG"),
    ]
    vehicles = []
    for v in range(1, 37):
        m = r.choice(models)
        vin = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        plate = f"{r.choice(['BX', 'VK', 'BT', 'VZ'])}-{r.randint(100, 999)}-{r.choice('DFGHJKLNPRSTXZ')}"
        odo = r.randint(12000, 640000)
        if v == 11:
            odo = 712450
        vehicles.append(
            (
                v,
                vin,
                plate,
                m[0],
                m[1],
                odo,
                r.choice([1, 1, 2, 2, 3, 4]),
                _day(r, D(2017, 1, 1), 3000).isoformat(),
                0 if v in (6, 19, 33) else 1,
            )
        )
    _ins(c, "FleetVehicle", vehicles)
    trips = []
    pings = []
    pid = 0
    lat0 = {1: 51.92, 2: 52.09, 3: 51.44, 4: 53.22}
    lng0 = {1: 4.48, 2: 5.12, 3: 5.48, 4: 6.57}
    idle_v = {6, 19, 27}
    active = [v for v in vehicles if v[0] not in idle_v]
    for t in range(1, 261):
        v = r.choice(active)
        dr = r.choice([d for d in drivers if d[5] == v[6]] or drivers)
        start = _ts(r, D(2024, 1, 1), 480) if t <= 240 else _ts(r, D(2025, 5, 20), 26)
        dist = round(r.lognormvariate(4.3, 0.7), 1)
        if t == 173:
            dist = 1184.6
        hours = dist / r.uniform(55, 75)
        sd = dt.datetime.fromisoformat(start)
        end = None if t in (258, 260) else (sd + dt.timedelta(hours=hours)).isoformat(sep=" ")
        if end is None:
            dist = None
        rate = {"Diesel": 0.31, "LNG": 0.27, "CNG": 0.29, "Electric": 0.0}[v[4]]
        fuel = round(dist * rate * r.uniform(0.85, 1.15), 1) if rate and dist is not None else None
        maxspd = r.randint(72, 96) if t not in (44, 201) else [112, 118][(44, 201).index(t)]
        trips.append((t, v[0], dr[0], start, end, dist, fuel, maxspd))
        lat, lng = lat0[v[6]], lng0[v[6]]
        for k in range(r.randint(0, 2) if t % 2 else r.randint(1, 3)):
            pid += 1
            lat += r.uniform(-0.15, 0.15)
            lng += r.uniform(-0.2, 0.2)
            stamp = (sd + dt.timedelta(minutes=20 + 35 * k)).isoformat(sep=" ")
            pings.append((pid, t, stamp, round(lat, 5), round(lng, 5), r.randint(0, maxspd)))
    _ins(c, "VehicleTrip", trips)
    _ins(c, "GPSPing", pings)
    buys = []
    stations = [
        "Shell A16 Zevenbergen",
        "TotalEnergies Utrecht",
        "BP Eindhoven Airport",
        "Tango Groningen",
        "Esso Rotterdam Waalhaven",
    ]
    fuelled = [v for v in vehicles if v[4] != "Electric"]
    for p in range(1, 121):
        v = r.choice(fuelled)
        dr = r.choice([d for d in drivers if d[5] == v[6]] or drivers)
        liters = round(r.uniform(60, 420), 1)
        price = {"Diesel": 1.72, "LNG": 1.35, "CNG": 1.45}[v[4]] + r.uniform(-0.12, 0.12)
        buys.append(
            (
                p,
                v[0],
                dr[0],
                _ts(r, D(2024, 1, 1), 530),
                liters,
                round(liters * price, 2),
                None if p % 13 == 0 else r.choice(stations),
            )
        )
    _ins(c, "FuelPurchase", buys)
    _done(c)


BUILDERS = {
    "greenhouse": build_greenhouse,
    "apiplatform": build_apiplatform,
    "publisher": build_publisher,
    "recruiting": build_recruiting,
    "ticketing": build_ticketing,
    "fleet": build_fleet,
}
