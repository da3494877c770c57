"""Six travel, hospitality, food and retail databases for the sixty-sixth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15.

- ``rivercruise`` (natural keys, no surrogate ids: codes as primary keys and composite primary keys): a river-cruise
  line. ``port`` (``port_code`` such as 'BUD', ``country_code`` ISO 2 letters), ``ship`` (``ship_code``, home river,
  ``home_port_code``), ``voyage`` (``voyage_code`` = ship code + departure YYMMDD, ``depart_date`` ISO text, embark and
  disembark ports, ``base_fare_eur``), ``voyage_stop`` (primary key ``voyage_code, day_no``; ``arrive_time`` NULL on
  the embarkation day, ``depart_time`` NULL on the last day), ``guest`` (``passport_no``, ``nationality`` ISO 2
  letters) and the link table ``booking`` (primary key ``voyage_code, passport_no``; ``cabin_grade`` 'STD' standard,
  'SUP' superior, 'STE' suite; ``status`` 'C' confirmed, 'P' provisional, 'X' cancelled; ``fare_eur`` per person).
- ``airportlounge`` (Hungarian type prefixes: ``lng`` ids, ``str`` text, ``int`` counts, ``cur`` money in pounds,
  ``b`` 0/1 flags, ``dt`` dates; self-referencing ``Member.lngReferredByID`` and ``Staff.lngSupervisorID``): a chain
  of airport lounges. ``Airport``, ``Lounge``, ``Airline``, the link table ``LoungeAirline`` (contracts with a fee per
  passenger), ``Tier`` (membership tiers), ``Member``, ``Staff`` and ``Visit`` (``strAccessType`` 'M' member, 'A'
  airline passenger, 'P' paid day pass; ``dtCheckIn`` 'YYYY-MM-DD HH:MM'; ``curCharge`` what the lounge billed).
- ``sushibar`` (very terse column names: ``nm``, ``loc``, ``opn``, ``px``, ``q``, ``cov``, ``ts``): a chain of
  conveyor-belt sushi bars. ``shop`` (branches, ``sts`` seats), ``plt`` (plate colours, code ``cd``, price ``px`` in
  pence), ``dish`` (``cat`` 'NIG' nigiri, 'MAK' maki, 'SAS' sashimi, 'GUN' gunkan, 'HOT' hot dishes, 'DES' desserts;
  ``veg`` 'Y'/'N'), ``chef`` (``rk`` rank), ``bill`` (``ts`` epoch seconds UTC, ``cov`` diners, ``mins`` minutes at
  the counter, ``tip`` in pence, ``pay`` 'C' card, 'K' cash, 'A' app) and ``ln`` (plates of a dish on a bill).
- ``souvenirs`` (legacy upper-case abbreviations without underscores, dates as YYYYMMDD integers, money in pence;
  self-referencing ``SLSREP.MGRNUM``): a souvenir and gift wholesaler. ``SLSREP`` (sales reps), ``CUSTMAST`` (gift-shop
  customers, ``ACCTST`` 'A' active, 'H' on credit hold, 'C' closed, ``CRLIMIT`` in pounds), ``VENDMAST`` (vendors),
  ``PRODCLS`` (product classes), ``ITEMMAST`` (``ITEMNO`` codes, ``UNITPR`` pence, ``DISCFLG`` 'Y' discontinued),
  ``ORDHDR`` (``STATCD`` 'O' open, 'S' shipped, 'C' cancelled) and ``ORDLINE`` (primary key ``ORDNUM, LINENUM``).
- ``foodhall`` (quoted names with spaces and capitals): a food hall with street-food stalls. ``Stalls``,
  ``Businesses``, the link table ``"Stall Leases"`` (``"End Date"`` NULL while the lease runs), ``"Menu Items"``,
  ``"Daily Takings"`` (``"Gross Sales"`` and the hall's ``"Commission"`` in pounds, ``"Orders"``) and
  ``"Hygiene Inspections"`` (rating 0 to 5).
- ``butcher`` (a small data-warehouse star: ``dim_*`` and ``fact_*`` tables, surrogate ``*_key`` columns, ``dim_date``
  keyed YYYYMMDD from 2024-06-01 to 2025-06-30, money in pence): a chain of butcher's shops. ``dim_date``,
  ``dim_shop``, ``dim_product`` (``animal``, ``price_per_kg_pence``), ``dim_customer`` (trade and household accounts;
  walk-in sales have no customer), ``dim_farm``, ``fact_sales`` (``weight_g``, ``gross_pence``, ``discount_pence``,
  ``net_pence``) and ``fact_delivery`` (meat delivered by farms to shops, ``weight_kg``, ``cost_pence``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FIRST_NAMES, LAST_NAMES, day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs."""
    pairs = [(f, s) for f in FIRST_NAMES for s in LAST_NAMES]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _ymd(d: dt.date | None) -> int | None:
    return d.year * 10000 + d.month * 100 + d.day if d else None


# ----------------------------------------------------------------------------------------------------- rivercruise
RC_PORTS = [
    ("PAS", "Passau", "DE"), ("REG", "Regensburg", "DE"), ("NUE", "Nuremberg", "DE"), ("LNZ", "Linz", "AT"),
    ("MLK", "Melk", "AT"), ("VIE", "Vienna", "AT"), ("BTS", "Bratislava", "SK"), ("BUD", "Budapest", "HU"),
    ("BSL", "Basel", "CH"), ("SXB", "Strasbourg", "FR"), ("SPY", "Speyer", "DE"), ("RUD", "Rudesheim", "DE"),
    ("KOB", "Koblenz", "DE"), ("CGN", "Cologne", "DE"), ("AMS", "Amsterdam", "NL"), ("OPO", "Porto", "PT"),
    ("RGU", "Regua", "PT"), ("PNH", "Pinhao", "PT"), ("VGT", "Vega de Terron", "ES"), ("PAR", "Paris", "FR"),
    ("VRN", "Vernon", "FR"), ("ROU", "Rouen", "FR"), ("HFL", "Honfleur", "FR"), ("LYS", "Lyon", "FR"),
    ("VVN", "Viviers", "FR"), ("AVN", "Avignon", "FR"), ("ARL", "Arles", "FR"),
]  # fmt: skip
RC_ITINS = {
    "Danube": [("Danube Discovery", ["PAS", "LNZ", "MLK", "VIE", "BTS", "BUD"], 7, 2400),
               ("Danube Christmas Markets", ["NUE", "REG", "PAS", "MLK", "VIE"], 5, 1650)],
    "Rhine": [("Rhine Getaway", ["BSL", "SXB", "SPY", "RUD", "KOB", "CGN", "AMS"], 7, 2600),
              ("Castles of the Rhine", ["CGN", "KOB", "RUD", "SPY", "BSL"], 5, 1800)],
    "Douro": [("Douro Valley Vineyards", ["OPO", "RGU", "PNH", "VGT", "PNH", "RGU", "OPO"], 7, 2900)],
    "Seine": [("Paris and Normandy", ["PAR", "VRN", "ROU", "HFL", "ROU", "PAR"], 7, 2700)],
    "Rhone": [("Provence and the Rhone", ["LYS", "VVN", "AVN", "ARL", "AVN"], 5, 1950)],
}  # fmt: skip
RC_SHIPS = [
    ("DSW", "Danube Swan", "Danube", 2011, 150, "PAS"), ("DVY", "Danube Voyager", "Danube", 2022, 176, "BUD"),
    ("BLN", "Blue Linden", "Danube", 2015, 140, "PAS"), ("WCH", "Wachau Star", "Danube", 2009, 124, "VIE"),
    ("PNN", "Pannonia", "Danube", 2018, 160, "BUD"), ("SML", "Strauss Melody", "Danube", 2013, 130, "VIE"),
    ("RPL", "Rhine Pearl", "Rhine", 2016, 180, "BSL"), ("LRL", "Lorelei", "Rhine", 2010, 128, "CGN"),
    ("RAU", "Rhine Aurora", "Rhine", 2021, 190, "AMS"), ("RHM", "Rhine Harmony", "Rhine", 2014, 150, "BSL"),
    ("BFR", "Black Forest", "Rhine", 2008, 110, "BSL"), ("RSQ", "Riesling Queen", "Rhine", 2019, 168, "AMS"),
    ("DSO", "Douro Sol", "Douro", 2017, 118, "OPO"), ("QBL", "Quinta Belle", "Douro", 2023, 126, "OPO"),
    ("SLM", "Seine Lumiere", "Seine", 2012, 138, "PAR"), ("GVN", "Giverny", "Seine", 2020, 144, "PAR"),
    ("NRM", "Normandie", "Seine", 2016, 132, "ROU"), ("PST", "Provence Star", "Rhone", 2013, 146, "LYS"),
    ("RLV", "Rhone Lavender", "Rhone", 2024, 156, "LYS"), ("CMG", "Camargue", "Rhone", 2010, 120, "AVN"),
]  # fmt: skip
RC_NATIONS = ["GB", "GB", "GB", "GB", "US", "US", "US", "DE", "AU", "AU", "CA", "NL", "IE"]


def build_rivercruise(path: Path) -> None:
    r = random.Random(66001)
    c = fresh_db(
        path,
        """
        CREATE TABLE port (port_code TEXT PRIMARY KEY, port_name TEXT NOT NULL, country_code TEXT NOT NULL);
        CREATE TABLE ship (ship_code TEXT PRIMARY KEY, ship_name TEXT NOT NULL, river TEXT NOT NULL,
            launched_year INTEGER NOT NULL, guest_capacity INTEGER NOT NULL,
            home_port_code TEXT NOT NULL REFERENCES port(port_code));
        CREATE TABLE voyage (voyage_code TEXT PRIMARY KEY, ship_code TEXT NOT NULL REFERENCES ship(ship_code),
            itinerary_name TEXT NOT NULL, depart_date TEXT NOT NULL, nights INTEGER NOT NULL,
            embark_port_code TEXT NOT NULL REFERENCES port(port_code),
            disembark_port_code TEXT NOT NULL REFERENCES port(port_code), base_fare_eur INTEGER NOT NULL);
        CREATE TABLE voyage_stop (voyage_code TEXT NOT NULL REFERENCES voyage(voyage_code), day_no INTEGER NOT NULL,
            port_code TEXT NOT NULL REFERENCES port(port_code), arrive_time TEXT, depart_time TEXT,
            PRIMARY KEY (voyage_code, day_no));
        CREATE TABLE guest (passport_no TEXT PRIMARY KEY, given_name TEXT NOT NULL, family_name TEXT NOT NULL,
            nationality TEXT NOT NULL, birth_year INTEGER NOT NULL);
        CREATE TABLE booking (voyage_code TEXT NOT NULL REFERENCES voyage(voyage_code),
            passport_no TEXT NOT NULL REFERENCES guest(passport_no), cabin_no TEXT NOT NULL,
            cabin_grade TEXT NOT NULL, fare_eur INTEGER NOT NULL, status TEXT NOT NULL, booked_on TEXT NOT NULL,
            PRIMARY KEY (voyage_code, passport_no));
        """,
    )
    insert(c, "port", RC_PORTS)
    insert(c, "ship", RC_SHIPS)
    voyages, stops = [], []
    for code, _n, river, launched, _cap, _hp in RC_SHIPS:
        itins = RC_ITINS[river]
        used: set[dt.date] = set()
        years = [y for y in (2023, 2024, 2025) if y > launched]
        years += [2025] * (3 - len(years))
        for y in years:
            it = r.choice(itins)
            name, ports, nights, fare = it
            while True:
                if name == "Danube Christmas Markets":
                    d = day_between(r, D(y, 11, 25), D(y, 12, 12))
                else:
                    d = day_between(r, D(y, 3, 15), D(y, 10, 31))
                if all(abs((d - u).days) > 12 for u in used):
                    break
            used.add(d)
            vcode = f"{code}{d:%y%m%d}"
            voyages.append((vcode, code, name, _iso(d), nights, ports[0], ports[-1], fare + 50 * r.randint(-4, 6)))
            k = len(ports)
            for i, p in enumerate(ports):
                day_no = round(i * nights / (k - 1)) + 1
                arrive = None if i == 0 else f"{r.choice(['07', '08', '09', '10'])}:{r.choice(['00', '30'])}"
                leave = None if i == k - 1 else f"{r.choice([13, 17, 18, 19, 22])}:{r.choice(['00', '30'])}"
                stops.append((vcode, day_no, p, arrive, leave))
    voyages.sort(key=lambda v: (v[3], v[0]))
    insert(c, "voyage", voyages)
    insert(c, "voyage_stop", sorted(stops))
    guests = []
    seen: set[str] = set()
    for f, s in _names(r, 200):
        while True:
            pno = str(r.randint(100000000, 999999999))
            if pno not in seen:
                seen.add(pno)
                break
        guests.append((pno, f, s, r.choice(RC_NATIONS), r.randint(1942, 1992)))
    insert(c, "guest", guests)
    mult = {"STD": 1.0, "SUP": 1.3, "STE": 1.75}
    bookings = []
    for vcode, _s, _n, dep, _ni, _e, _d, fare in voyages:
        d = D.fromisoformat(dep)
        party_guests = r.sample(guests[:184], 12)
        cabins: set[str] = set()
        gi = 0
        for _ in range(r.randint(2, 5)):
            grade = r.choice(["STD", "STD", "STD", "SUP", "SUP", "STE"])
            while True:
                deck = {"STD": 1, "SUP": 2, "STE": 3}[grade]
                cabin = f"{deck}{r.randint(1, 30):02d}"
                if cabin not in cabins:
                    cabins.add(cabin)
                    break
            booked = d - dt.timedelta(days=r.randint(25, 330))
            if booked > LAST:
                booked = LAST - dt.timedelta(days=r.randint(0, 40))
            x = r.random()
            confirmed, provisional = (0.7, 0.9) if d >= TODAY else (0.88, 0.88)
            st = "C" if x < confirmed else "P" if x < provisional else "X"
            early = 0.9 if (d - booked).days > 200 else 1.0
            for _ in range(r.choice([1, 2, 2])):
                g = party_guests[gi]
                gi += 1
                bookings.append((vcode, g[0], cabin, grade, round(fare * mult[grade] * early), st, _iso(booked)))
    insert(c, "booking", sorted(bookings))
    done(c)


# --------------------------------------------------------------------------------------------------- airportlounge
AL_AIRPORTS = [
    ("LHR", "London Heathrow", "London", "United Kingdom"), ("LGW", "London Gatwick", "London", "United Kingdom"),
    ("STN", "London Stansted", "London", "United Kingdom"), ("MAN", "Manchester", "Manchester", "United Kingdom"),
    ("BHX", "Birmingham", "Birmingham", "United Kingdom"), ("EDI", "Edinburgh", "Edinburgh", "United Kingdom"),
    ("GLA", "Glasgow", "Glasgow", "United Kingdom"), ("BRS", "Bristol", "Bristol", "United Kingdom"),
    ("NCL", "Newcastle", "Newcastle", "United Kingdom"), ("LPL", "Liverpool John Lennon", "Liverpool", "United Kingdom"),
    ("BFS", "Belfast International", "Belfast", "United Kingdom"), ("DUB", "Dublin", "Dublin", "Ireland"),
    ("AMS", "Amsterdam Schiphol", "Amsterdam", "Netherlands"), ("CDG", "Paris Charles de Gaulle", "Paris", "France"),
    ("FRA", "Frankfurt", "Frankfurt", "Germany"), ("MAD", "Madrid Barajas", "Madrid", "Spain"),
    ("BCN", "Barcelona El Prat", "Barcelona", "Spain"), ("FCO", "Rome Fiumicino", "Rome", "Italy"),
    ("CPH", "Copenhagen", "Copenhagen", "Denmark"), ("ZRH", "Zurich", "Zurich", "Switzerland"),
]  # fmt: skip
AL_LOUNGES = [
    ("Clipper Club", 1, "T5"), ("Concourse Lounge", 1, "T3"), ("Skyline Suite", 1, "T2"), ("The Hangar", 2, "North"),
    ("Jetstream Lounge", 2, "South"), ("Cirrus Lounge", 3, "Main"), ("Altitude Club", 4, "T1"),
    ("The Departure Room", 4, "T2"), ("Contrail Lounge", 4, "T3"), ("Compass Lounge", 5, "Main"),
    ("Meridian Lounge", 5, "Main"), ("Aurora Lounge", 6, "Main"), ("Northern Lights Lounge", 6, "Main"),
    ("The Terrace", 7, "Main"), ("Runway Club", 8, "Main"), ("Aviator Lounge", 9, "Main"),
    ("Windrose Lounge", 10, "Main"), ("Tailwind Lounge", 11, "Main"), ("Stratus Lounge", 12, "T1"),
    ("The Gatehouse", 12, "T2"), ("Boarding Pass Club", 13, "Schengen"), ("Zephyr Lounge", 13, "Non-Schengen"),
    ("Propeller Lounge", 14, "2E"), ("The Observatory", 15, "T1"), ("Nimbus Lounge", 16, "T4"),
    ("Heritage Lounge", 17, "T1"), ("Harbour Lounge", 18, "T3"), ("Emerald Lounge", 19, "T3"),
    ("Canal Lounge", 19, "T2"), ("Alpine Lounge", 20, "E"),
]  # fmt: skip
AL_AIRLINES = [
    ("British Airways", "BA", "oneworld"), ("Aer Lingus", "EI", None), ("American Airlines", "AA", "oneworld"),
    ("Iberia", "IB", "oneworld"), ("Finnair", "AY", "oneworld"), ("Qatar Airways", "QR", "oneworld"),
    ("Lufthansa", "LH", "Star Alliance"), ("SWISS", "LX", "Star Alliance"), ("United Airlines", "UA", "Star Alliance"),
    ("Air Canada", "AC", "Star Alliance"), ("Singapore Airlines", "SQ", "Star Alliance"),
    ("TAP Air Portugal", "TP", "Star Alliance"), ("Turkish Airlines", "TK", "Star Alliance"),
    ("KLM", "KL", "SkyTeam"), ("Air France", "AF", "SkyTeam"), ("Delta Air Lines", "DL", "SkyTeam"),
    ("Virgin Atlantic", "VS", "SkyTeam"), ("Korean Air", "KE", "SkyTeam"), ("ITA Airways", "AZ", "SkyTeam"),
    ("Emirates", "EK", None), ("Etihad Airways", "EY", None), ("Jet2", "LS", None), ("easyJet", "U2", None),
    ("Loganair", "LM", None),
]  # fmt: skip
AL_TIERS = [(1, "Blue", 0, 0.0), (2, "Silver", 1, 99.0), (3, "Gold", 2, 249.0), (4, "Platinum", 4, 499.0)]


def build_airportlounge(path: Path) -> None:
    r = random.Random(66002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Airport (lngAirportID INTEGER PRIMARY KEY, strIATACode TEXT NOT NULL,
            strAirportName TEXT NOT NULL, strCity TEXT NOT NULL, strCountry TEXT NOT NULL);
        CREATE TABLE Lounge (lngLoungeID INTEGER PRIMARY KEY, strLoungeName TEXT NOT NULL,
            lngAirportID INTEGER NOT NULL REFERENCES Airport(lngAirportID), strTerminal TEXT NOT NULL,
            intCapacity INTEGER NOT NULL, bShowers INTEGER NOT NULL, bSpa INTEGER NOT NULL,
            curDayPassPrice REAL NOT NULL, dtOpened TEXT NOT NULL);
        CREATE TABLE Airline (lngAirlineID INTEGER PRIMARY KEY, strAirlineName TEXT NOT NULL,
            strIATACode TEXT NOT NULL, strAlliance TEXT);
        CREATE TABLE LoungeAirline (lngLoungeID INTEGER NOT NULL REFERENCES Lounge(lngLoungeID),
            lngAirlineID INTEGER NOT NULL REFERENCES Airline(lngAirlineID), dtContractStart TEXT NOT NULL,
            curFeePerPassenger REAL NOT NULL, PRIMARY KEY (lngLoungeID, lngAirlineID));
        CREATE TABLE Tier (lngTierID INTEGER PRIMARY KEY, strTierName TEXT NOT NULL,
            intGuestAllowance INTEGER NOT NULL, curAnnualFee REAL NOT NULL);
        CREATE TABLE Member (lngMemberID INTEGER PRIMARY KEY, strFirstName TEXT NOT NULL, strLastName TEXT NOT NULL,
            strEmail TEXT, lngTierID INTEGER NOT NULL REFERENCES Tier(lngTierID), dtJoined TEXT NOT NULL,
            bActive INTEGER NOT NULL, lngReferredByID INTEGER REFERENCES Member(lngMemberID));
        CREATE TABLE Staff (lngStaffID INTEGER PRIMARY KEY, strFullName TEXT NOT NULL, strJobTitle TEXT NOT NULL,
            lngLoungeID INTEGER REFERENCES Lounge(lngLoungeID),
            lngSupervisorID INTEGER REFERENCES Staff(lngStaffID), dtHired TEXT NOT NULL, curHourlyRate REAL NOT NULL);
        CREATE TABLE Visit (lngVisitID INTEGER PRIMARY KEY, lngLoungeID INTEGER NOT NULL REFERENCES Lounge(lngLoungeID),
            lngMemberID INTEGER REFERENCES Member(lngMemberID), lngAirlineID INTEGER REFERENCES Airline(lngAirlineID),
            dtCheckIn TEXT NOT NULL, intPartySize INTEGER NOT NULL, intMinutesStayed INTEGER NOT NULL,
            strAccessType TEXT NOT NULL, curCharge REAL NOT NULL);
        """,
    )
    insert(c, "Airport", [(k, *a) for k, a in enumerate(AL_AIRPORTS, 1)])
    lounges = []
    for k, (n, ap, term) in enumerate(AL_LOUNGES, 1):
        cap = r.choice([60, 80, 90, 120, 140, 160, 180, 220, 250])
        opened = day_between(r, D(2008, 1, 1), D(2024, 12, 1))
        price = r.choice([29.0, 32.5, 35.0, 39.0, 42.0, 45.0, 49.5])
        lounges.append((k, n, ap, term, cap, int(r.random() < 0.5), int(r.random() < 0.2), price, _iso(opened)))
    insert(c, "Lounge", lounges)
    insert(c, "Airline", [(k, *a) for k, a in enumerate(AL_AIRLINES, 1)])
    contracts = []
    for lid in range(1, len(AL_LOUNGES) + 1):
        for aid in sorted(r.sample(range(1, len(AL_AIRLINES) + 1), r.randint(1, 5))):
            start = day_between(r, D(2019, 1, 1), D(2025, 3, 1))
            contracts.append((lid, aid, _iso(start), r.choice([18.0, 20.0, 22.5, 25.0, 27.5, 30.0])))
    insert(c, "LoungeAirline", contracts)
    insert(c, "Tier", AL_TIERS)
    members = []
    for k, (f, s) in enumerate(_names(r, 160), 1):
        tier = r.choice([1, 1, 1, 2, 2, 2, 3, 3, 4])
        joined = day_between(r, D(2018, 1, 1), LAST)
        ref = r.randint(1, 40) if k > 40 and r.random() < 0.25 else None
        email = None if r.random() < 0.08 else f"{f.lower()}.{s.lower()}@example.net"
        members.append((k, f, s, email, tier, _iso(joined), int(r.random() < 0.85), ref))
    insert(c, "Member", members)
    staff = [(1, "Philippa Marsh", "Head of Lounge Operations", None, None, _iso(D(2012, 5, 1)), 38.0)]
    regions = {2: "North", 3: "London", 4: "Scotland and Ireland", 5: "Europe"}
    region_of = {1: 3, 2: 3, 3: 3, 4: 2, 5: 2, 6: 4, 7: 4, 8: 3, 9: 2, 10: 2, 11: 4, 12: 4}
    sname = [f"{f} {s}" for f, s in _names(r, 70)]
    for sid in regions:
        staff.append((sid, sname[sid], "Regional Manager", None, 1, _iso(day_between(r, D(2013, 1, 1), D(2019, 1, 1))),
                      29.0))  # fmt: skip
    sid = 6
    managers: dict[int, int] = {}
    for lid in range(1, 31):
        if lid % 2 == 1 or lid <= 3:
            ap = AL_LOUNGES[lid - 1][1]
            sup = region_of.get(ap, 5)
            staff.append((sid, sname[sid], "Lounge Manager", lid, sup, _iso(day_between(r, D(2014, 1, 1), D(2023, 1, 1))),
                          r.choice([21.5, 22.0, 23.5])))  # fmt: skip
            managers[lid] = sid
            sid += 1
    while sid <= 60:
        lid = r.randint(1, 30)
        boss = managers.get(lid) or managers.get(lid - 1) or managers[1]
        title = r.choice(["Lounge Host", "Lounge Host", "Bartender", "Concierge"])
        rate = {"Lounge Host": 12.6, "Bartender": 13.2, "Concierge": 14.0}[title]
        staff.append((sid, sname[sid], title, lid, boss, _iso(day_between(r, D(2018, 1, 1), D(2025, 5, 1))), rate))
        sid += 1
    insert(c, "Staff", staff)
    by_lounge: dict[int, list[tuple[int, float]]] = {}
    for lid, aid, _d, fee in contracts:
        by_lounge.setdefault(lid, []).append((aid, fee))
    allowance = {t[0]: t[2] for t in AL_TIERS}
    visits = []
    for _ in range(400):
        lid = r.randint(1, 30)
        d = day_between(r, D(2024, 1, 1), LAST)
        when = f"{_iso(d)} {r.randint(5, 21):02d}:{r.choice(['05', '15', '25', '40', '50'])}"
        party = r.choice([1, 1, 1, 2, 2, 3, 4])
        mins = r.randint(25, 210)
        x = r.random()
        if x < 0.45:
            m = r.choice([m for m in members[:150] if str(m[5]) <= str(_iso(d))])
            extra = max(0, party - 1 - allowance[m[4]])
            visits.append((lid, m[0], None, when, party, mins, "M", 30.0 * extra))
        elif x < 0.75:
            aid, fee = r.choice(by_lounge[lid])
            visits.append((lid, None, aid, when, party, mins, "A", fee * party))
        else:
            visits.append((lid, None, None, when, party, mins, "P", lounges[lid - 1][7] * party))
    visits.sort(key=lambda v: (v[3], v[0]))
    insert(c, "Visit", [(k, *v) for k, v in enumerate(visits, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- sushibar
SB_SHOPS = [
    ("Soho", "London", D(2014, 3, 1), 48), ("Canary Wharf", "London", D(2016, 9, 12), 56),
    ("Kings Cross", "London", D(2019, 5, 20), 40), ("Shoreditch", "London", D(2021, 11, 5), 36),
    ("Northern Quarter", "Manchester", D(2015, 7, 1), 44), ("Spinningfields", "Manchester", D(2022, 2, 14), 38),
    ("Bullring", "Birmingham", D(2017, 4, 3), 50), ("Grand Central", "Birmingham", D(2023, 8, 21), 32),
    ("Cabot Circus", "Bristol", D(2018, 6, 9), 42), ("Harbourside", "Bristol", D(2024, 3, 2), 30),
    ("Trinity", "Leeds", D(2016, 2, 27), 46), ("Victoria Gate", "Leeds", D(2020, 10, 1), 34),
    ("Liverpool ONE", "Liverpool", D(2017, 11, 18), 52), ("Princes Street", "Edinburgh", D(2018, 1, 15), 44),
    ("Buchanan Street", "Glasgow", D(2019, 9, 7), 40), ("Cardiff Bay", "Cardiff", D(2020, 2, 1), 36),
    ("Old Market", "Nottingham", D(2021, 5, 22), 34), ("Meadowhall", "Sheffield", D(2022, 7, 30), 48),
    ("Eldon Square", "Newcastle", D(2023, 4, 15), 38), ("Westgate", "Oxford", D(2024, 11, 9), 28),
]  # fmt: skip
SB_PLATES = [
    ("GR", "Green", 250), ("BL", "Blue", 320), ("PU", "Purple", 370), ("OR", "Orange", 420), ("RD", "Red", 475),
    ("BK", "Black", 550), ("GD", "Gold", 650),
]  # fmt: skip
SB_DISHES = [
    ("Salmon Nigiri", "BL", "NIG", "N"), ("Tuna Nigiri", "OR", "NIG", "N"), ("Yellowtail Nigiri", "RD", "NIG", "N"),
    ("Sea Bass Nigiri", "PU", "NIG", "N"), ("Prawn Nigiri", "BL", "NIG", "N"), ("Eel Nigiri", "RD", "NIG", "N"),
    ("Seared Salmon Nigiri", "PU", "NIG", "N"), ("Otoro Nigiri", "GD", "NIG", "N"), ("Tamago Nigiri", "GR", "NIG", "Y"),
    ("Avocado Nigiri", "GR", "NIG", "Y"), ("Cucumber Maki", "GR", "MAK", "Y"), ("Salmon Maki", "BL", "MAK", "N"),
    ("Tuna Maki", "BL", "MAK", "N"), ("California Roll", "PU", "MAK", "N"), ("Dragon Roll", "BK", "MAK", "N"),
    ("Spicy Tuna Roll", "OR", "MAK", "N"), ("Sweet Potato Roll", "BL", "MAK", "Y"), ("Rainbow Roll", "BK", "MAK", "N"),
    ("Avocado Maki", "GR", "MAK", "Y"), ("Salmon Sashimi", "OR", "SAS", "N"), ("Tuna Sashimi", "RD", "SAS", "N"),
    ("Yellowtail Sashimi", "BK", "SAS", "N"), ("Scallop Sashimi", "GD", "SAS", "N"), ("Octopus Sashimi", "PU", "SAS", "N"),
    ("Salmon Roe Gunkan", "RD", "GUN", "N"), ("Crab Gunkan", "PU", "GUN", "N"), ("Sweetcorn Gunkan", "GR", "GUN", "Y"),
    ("Seaweed Gunkan", "GR", "GUN", "Y"), ("Chicken Katsu", "OR", "HOT", "N"), ("Prawn Tempura", "RD", "HOT", "N"),
    ("Vegetable Tempura", "BL", "HOT", "Y"), ("Chicken Gyoza", "BL", "HOT", "N"), ("Edamame", "GR", "HOT", "Y"),
    ("Miso Soup", "GR", "HOT", "Y"), ("Chicken Karaage", "OR", "HOT", "N"), ("Takoyaki", "PU", "HOT", "N"),
    ("Mochi Ice Cream", "PU", "DES", "Y"), ("Dorayaki", "BL", "DES", "Y"), ("Matcha Cheesecake", "OR", "DES", "Y"),
    ("Yuzu Sorbet", "GR", "DES", "Y"),
]  # fmt: skip


def build_sushibar(path: Path) -> None:
    r = random.Random(66003)
    c = fresh_db(
        path,
        """
        CREATE TABLE shop (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, loc TEXT NOT NULL, opn TEXT NOT NULL,
            sts INTEGER NOT NULL);
        CREATE TABLE plt (cd TEXT PRIMARY KEY, clr TEXT NOT NULL, px INTEGER NOT NULL);
        CREATE TABLE dish (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, plt TEXT NOT NULL REFERENCES plt(cd),
            cat TEXT NOT NULL, veg TEXT NOT NULL);
        CREATE TABLE chef (id INTEGER PRIMARY KEY, nm TEXT NOT NULL, shop INTEGER NOT NULL REFERENCES shop(id),
            rk TEXT NOT NULL, hrd TEXT NOT NULL);
        CREATE TABLE bill (id INTEGER PRIMARY KEY, shop INTEGER NOT NULL REFERENCES shop(id), ts INTEGER NOT NULL,
            cov INTEGER NOT NULL, mins INTEGER NOT NULL, tip INTEGER NOT NULL, pay TEXT NOT NULL);
        CREATE TABLE ln (bill INTEGER NOT NULL REFERENCES bill(id), dish INTEGER NOT NULL REFERENCES dish(id),
            q INTEGER NOT NULL, PRIMARY KEY (bill, dish));
        """,
    )
    insert(c, "shop", [(k, n, loc, _iso(o), s) for k, (n, loc, o, s) in enumerate(SB_SHOPS, 1)])
    insert(c, "plt", SB_PLATES)
    insert(c, "dish", [(k, *d) for k, d in enumerate(SB_DISHES, 1)])
    chefs = []
    for k, (f, s) in enumerate(_names(r, 62), 1):
        shop = (k - 1) % 20 + 1
        rk = "Head Chef" if k <= 20 else r.choice(["Sushi Chef", "Sushi Chef", "Trainee"])
        opened = SB_SHOPS[shop - 1][2]
        chefs.append((k, f"{f} {s}", shop, rk, _iso(day_between(r, max(opened, D(2015, 1, 1)), D(2025, 5, 30)))))
    insert(c, "chef", chefs)
    bills = []
    for _ in range(115):
        shop = r.randint(1, 20)
        d = day_between(r, max(D(2024, 1, 1), SB_SHOPS[shop - 1][2]), LAST)
        t = dt.datetime(d.year, d.month, d.day, r.randint(11, 21), r.randint(0, 59), tzinfo=dt.UTC)
        cov = r.choice([1, 1, 2, 2, 2, 3, 4])
        bills.append((shop, int(t.timestamp()), cov, r.randint(15, 35) + 8 * cov, r.choice([0, 0, 0, 100, 200, 250, 300, 500]),
                      r.choice(["C", "C", "C", "K", "A"])))  # fmt: skip
    bills.sort(key=lambda b: b[1])
    insert(c, "bill", [(k, *b) for k, b in enumerate(bills, 1)])
    lines = []
    never = {8, 23, 36}
    menu = [k for k in range(1, len(SB_DISHES) + 1) if k not in never]
    for k, b in enumerate(bills, 1):
        for did in sorted(r.sample(menu, min(4, r.randint(1, 2) + b[2]))):
            lines.append((k, did, r.choice([1, 1, 1, 2, 2, 3])))
    insert(c, "ln", lines)
    done(c)


# ------------------------------------------------------------------------------------------------------- souvenirs
SV_CLASSES = [
    ("MG", "Mugs"), ("KR", "Keyrings"), ("FM", "Fridge Magnets"), ("TT", "Tea Towels"), ("PC", "Postcards"),
    ("SG", "Snow Globes"), ("PN", "Pens and Pencils"), ("BM", "Bookmarks"), ("SH", "Shot Glasses"), ("CS", "Coasters"),
    ("TS", "T-Shirts"), ("CP", "Caps"), ("TB", "Tote Bags"), ("PL", "Plush Toys"), ("BD", "Badges"),
    ("TH", "Thimbles"), ("BO", "Bottle Openers"), ("CL", "Calendars"), ("UM", "Umbrellas"), ("FD", "Fudge and Sweets"),
]  # fmt: skip
SV_SINGULAR = {"SH": "Shot Glass", "PN": "Pencil Set", "FD": "Fudge", "CS": "Coaster Set", "PC": "Postcard Pack"}
SV_VENDORS = [
    ("Ningbo Giftware Co", "CN"), ("Staffordshire Pottery Ltd", "GB"), ("Shenzhen Keychain Factory", "CN"),
    ("Lancashire Textiles", "GB"), ("Jarrold Print", "GB"), ("Erzgebirge Glas", "DE"), ("Yiwu Souvenir Trading", "CN"),
    ("Dhaka Garment Works", "BD"), ("Pewter Crafts of Sheffield", "GB"), ("Cornish Fudge Kitchen", "GB"),
    ("Tirupur Cotton Mills", "IN"), ("Hanoi Handicrafts", "VN"), ("Porto Ceramica", "PT"), ("Glasgow Badge Co", "GB"),
    ("Istanbul Bazaar Imports", "TR"), ("Bavaria Steins", "DE"), ("Dublin Linen House", "IE"),
    ("Xiamen Umbrella Co", "CN"), ("Kraków Glassworks", "PL"), ("Cotswold Calendars", "GB"),
]  # fmt: skip
SV_VENDOR_OF = {
    "MG": [2, 13], "KR": [3, 7], "FM": [1, 7], "TT": [4, 17], "PC": [5], "SG": [6, 19], "PN": [1, 7], "BM": [5, 9],
    "SH": [6, 19], "CS": [2, 13], "TS": [8, 11], "CP": [8, 12], "TB": [11, 12], "PL": [1, 15], "BD": [14],
    "TH": [9, 2], "BO": [9, 3], "CL": [20], "UM": [18], "FD": [10],
}  # fmt: skip
SV_THEMES = ["London", "Edinburgh", "York", "Bath", "Cornwall", "Lake District", "Cotswolds", "Stonehenge"]
SV_CUST_KINDS = ["Gift Shop", "Gift Emporium", "Souvenirs", "Tourist Shop", "Gifts"]
SV_CITY_KINDS = ["Visitor Centre", "Museum Shop", "Castle Shop", "Gift Shop"]
SV_CITIES = [
    ("London", "GB"), ("London", "GB"), ("Edinburgh", "GB"), ("York", "GB"), ("Bath", "GB"), ("Oxford", "GB"),
    ("Windermere", "GB"), ("St Ives", "GB"), ("Stratford-upon-Avon", "GB"), ("Dublin", "IE"), ("Galway", "IE"),
    ("Amsterdam", "NL"), ("Paris", "FR"), ("Barcelona", "ES"), ("Seville", "ES"),
]  # fmt: skip


def build_souvenirs(path: Path) -> None:
    r = random.Random(66004)
    c = fresh_db(
        path,
        """
        CREATE TABLE SLSREP (REPNUM INTEGER PRIMARY KEY, REPNAME TEXT NOT NULL, REGNCD TEXT NOT NULL,
            MGRNUM INTEGER REFERENCES SLSREP(REPNUM), HIREDT INTEGER NOT NULL, COMMPCT REAL NOT NULL);
        CREATE TABLE CUSTMAST (CUSTNO INTEGER PRIMARY KEY, CUSTNM TEXT NOT NULL, CITYNM TEXT NOT NULL,
            CNTRYCD TEXT NOT NULL, CRLIMIT INTEGER NOT NULL, REPNUM INTEGER NOT NULL REFERENCES SLSREP(REPNUM),
            ACCTST TEXT NOT NULL, OPENDT INTEGER NOT NULL);
        CREATE TABLE VENDMAST (VENDNO INTEGER PRIMARY KEY, VENDNM TEXT NOT NULL, CNTRYCD TEXT NOT NULL,
            LEADDAYS INTEGER NOT NULL);
        CREATE TABLE PRODCLS (CLASSCD TEXT PRIMARY KEY, CLASSDS TEXT NOT NULL);
        CREATE TABLE ITEMMAST (ITEMNO TEXT PRIMARY KEY, ITEMDS TEXT NOT NULL,
            CLASSCD TEXT NOT NULL REFERENCES PRODCLS(CLASSCD), VENDNO INTEGER NOT NULL REFERENCES VENDMAST(VENDNO),
            UNITPR INTEGER NOT NULL, QTYONHD INTEGER NOT NULL, REORDPT INTEGER NOT NULL, DISCFLG TEXT NOT NULL);
        CREATE TABLE ORDHDR (ORDNUM INTEGER PRIMARY KEY, CUSTNO INTEGER NOT NULL REFERENCES CUSTMAST(CUSTNO),
            ORDDATE INTEGER NOT NULL, REQDATE INTEGER NOT NULL, SHIPDT INTEGER, STATCD TEXT NOT NULL);
        CREATE TABLE ORDLINE (ORDNUM INTEGER NOT NULL REFERENCES ORDHDR(ORDNUM), LINENUM INTEGER NOT NULL,
            ITEMNO TEXT NOT NULL REFERENCES ITEMMAST(ITEMNO), QTYORD INTEGER NOT NULL, UNITPR INTEGER NOT NULL,
            PRIMARY KEY (ORDNUM, LINENUM));
        """,
    )
    reps = [(1, "Gordon Pike", "HQ", None, _ymd(D(2004, 2, 2)), 0.0)]
    regions = ["LDN", "SCO", "NTH", "SW", "IRL", "EU"]
    rnames = [f"{f} {s}" for f, s in _names(r, 19)]
    for k, reg in enumerate(regions, 2):
        reps.append((k, rnames[k - 2], reg, 1, _ymd(day_between(r, D(2006, 1, 1), D(2016, 1, 1))), 3.0))
    for k in range(8, 21):
        reg_mgr = r.randint(2, 7)
        reps.append((k, rnames[k - 2], regions[reg_mgr - 2], reg_mgr, _ymd(day_between(r, D(2012, 1, 1), D(2025, 2, 1))),
                     r.choice([4.5, 5.0, 5.5, 6.0])))  # fmt: skip
    insert(c, "SLSREP", reps)
    reg_of_city = {"London": "LDN", "Edinburgh": "SCO", "York": "NTH", "Windermere": "NTH", "Bath": "SW",
                   "St Ives": "SW", "Oxford": "LDN", "Stratford-upon-Avon": "LDN", "Dublin": "IRL", "Galway": "IRL"}  # fmt: skip
    custs = []
    used_names: set[str] = set()
    for k in range(1, 81):
        city, cc = r.choice(SV_CITIES)
        while True:
            nm = f"{r.choice(LAST_NAMES)}'s {r.choice(SV_CUST_KINDS)}"
            if city not in ("London", "Paris", "Amsterdam") and r.random() < 0.3:
                nm = f"{city} {r.choice(SV_CITY_KINDS)}"
            if nm not in used_names:
                used_names.add(nm)
                break
        reg = reg_of_city.get(city, "EU")
        rep = r.choice([x[0] for x in reps if x[2] == reg and x[0] > 7] or [regions.index(reg) + 2])
        x = r.random()
        st = "A" if x < 0.76 else "H" if x < 0.9 else "C"
        custs.append((k, nm, city, cc, r.choice([1000, 2500, 2500, 5000, 5000, 7500, 10000, 15000]), rep, st,
                      _ymd(day_between(r, D(2008, 1, 1), D(2025, 4, 1)))))  # fmt: skip
    insert(c, "CUSTMAST", custs)
    insert(
        c, "VENDMAST", [(k, n, cc, r.choice([7, 14, 21, 30, 45, 60, 90])) for k, (n, cc) in enumerate(SV_VENDORS, 1)]
    )
    insert(c, "PRODCLS", SV_CLASSES)
    base = {"MG": 450, "KR": 120, "FM": 95, "TT": 380, "PC": 25, "SG": 520, "PN": 60, "BM": 70, "SH": 180, "CS": 140,
            "TS": 650, "CP": 480, "TB": 320, "PL": 560, "BD": 55, "TH": 150, "BO": 160, "CL": 390, "UM": 720, "FD": 210}  # fmt: skip
    items = []
    for k in range(120):
        cls = SV_CLASSES[k % 20][0] if k < 100 else r.choice(["MG", "KR", "FM", "TT", "PC", "SG", "TS", "PL"])
        n = sum(1 for i in items if i[2] == cls) + 1
        theme = SV_THEMES[(k * 3 + n) % len(SV_THEMES)]
        desc = f"{theme} {SV_SINGULAR.get(cls) or dict(SV_CLASSES)[cls].removesuffix('s')}"
        if any(i[1] == desc for i in items):
            desc = f"{desc} Deluxe"
        price = base[cls] + 5 * r.randint(-6, 10)
        onhand = r.randint(0, 900)
        items.append((f"{cls}{100 + n:03d}", desc, cls, r.choice(SV_VENDOR_OF[cls]), price, onhand,
                      r.choice([50, 100, 150, 200]), "Y" if r.random() < 0.08 else "N"))  # fmt: skip
    items.sort()
    insert(c, "ITEMMAST", items)
    orders, lines = [], []
    live_items = [i for i in items if i[7] == "N"]
    for _ in range(200):
        cu = custs[r.randint(0, 74)]
        d = day_between(r, D(2023, 7, 1), LAST)
        req = d + dt.timedelta(days=r.choice([7, 14, 21, 28]))
        ship = d + dt.timedelta(days=r.randint(2, 25))
        x = r.random()
        if ship >= TODAY or (x < 0.06 and d > D(2025, 3, 1)):
            st, shipd = "O", None
        elif x < 0.12:
            st, shipd = "C", None
        else:
            st, shipd = "S", ship
        orders.append((cu[0], d, req, shipd, st))
    orders.sort(key=lambda o: (o[1], o[0]))
    for k, _o in enumerate(orders, 1):
        for ln, it in enumerate(r.sample(live_items, r.choice([1, 2, 2, 3])), 1):
            if len(lines) < 400:
                lines.append((100000 + k, ln, it[0], r.choice([12, 24, 24, 36, 48, 60, 100, 144]), it[4]))
    insert(c, "ORDHDR", [(100000 + k, cu, _ymd(d), _ymd(rq), _ymd(sh), st)
                         for k, (cu, d, rq, sh, st) in enumerate(orders, 1)])  # fmt: skip
    insert(c, "ORDLINE", lines)
    done(c)


# -------------------------------------------------------------------------------------------------------- foodhall
FH_BUSINESSES = [
    ("Seoul Food", "Korean", "Ji-woo Park"), ("Bao Down", "Taiwanese", "Mei Lin"), ("Taco Libre", "Mexican", "Diego Ramos"),
    ("Pasta la Vista", "Italian", "Giulia Conti"), ("Curry On", "Indian", "Anil Mehta"),
    ("The Dumpling Den", "Chinese", "Wei Zhang"), ("Smokestack BBQ", "American", "Cole Harper"),
    ("Falafel Faculty", "Middle Eastern", "Rami Haddad"), ("Pho Real", "Vietnamese", "Linh Tran"),
    ("Burger Theory", "American", "Sam Whitlock"), ("Arepa Republic", "Venezuelan", "Carla Mendez"),
    ("Ramen Ya", "Japanese", "Kenji Sato"), ("Greek Street", "Greek", "Nikos Pappas"),
    ("Jerk Shack", "Caribbean", "Marcia Campbell"), ("Crepe Expectations", "French", "Claire Dubois"),
    ("Pierogi Palace", "Polish", "Agnieszka Nowak"), ("Kimchi Club", "Korean", "Min-jun Lee"),
    ("Naan Stop", "Indian", "Priya Kaur"), ("Sushi Central", "Japanese", "Yuki Tanaka"),
    ("Green Bowl", "Vegan", "Ella Morton"), ("Churro Chicos", "Spanish", "Pablo Ortega"),
    ("Poke Paradise", "Hawaiian", "Leilani Kahale"), ("Wok This Way", "Chinese", "Henry Chan"),
    ("Ethiopian Table", "Ethiopian", "Selam Bekele"), ("Pizza Pilgrims Co", "Italian", "Marco Bellini"),
    ("The Cheese Wheel", "British", "Harriet Bloom"), ("Thai Tanic", "Thai", "Somchai Wong"),
    ("Brew & Bun", "British", "Oliver Grant"),
]  # fmt: skip
FH_MENU = {
    "Korean": [("Bibimbap", 10.5, "No"), ("Korean Fried Chicken", 11.0, "No"), ("Tofu Bibimbap", 10.0, "Yes"),
               ("Kimchi Fries", 6.5, "Yes"), ("Bulgogi Bowl", 12.0, "No")],
    "Taiwanese": [("Pork Belly Bao", 8.5, "No"), ("Mushroom Bao", 7.5, "Yes"), ("Popcorn Chicken", 7.0, "No"),
                  ("Sweet Potato Fries", 5.0, "Yes")],
    "Mexican": [("Carnitas Tacos", 9.5, "No"), ("Chicken Burrito", 10.5, "No"), ("Black Bean Burrito", 9.5, "Yes"),
                ("Nachos", 7.0, "No"), ("Churros", 5.0, "Yes")],
    "Italian": [("Cacio e Pepe", 11.5, "No"), ("Beef Ragu", 12.5, "No"), ("Arrabbiata", 10.0, "Yes"),
                ("Tiramisu", 6.0, "No"), ("Margherita Pizza", 10.0, "No")],
    "Indian": [("Butter Chicken", 11.5, "No"), ("Chana Masala", 9.5, "Yes"), ("Lamb Rogan Josh", 12.5, "No"),
               ("Samosa Chaat", 7.0, "Yes"), ("Mango Lassi", 4.5, "No")],
    "Chinese": [("Pork Dumplings", 8.0, "No"), ("Veg Dumplings", 7.5, "Yes"), ("Kung Pao Chicken", 11.0, "No"),
                ("Dan Dan Noodles", 10.5, "No"), ("Spring Rolls", 5.5, "Yes")],
    "American": [("Brisket Plate", 14.5, "No"), ("Pulled Pork Bun", 10.5, "No"), ("Mac and Cheese", 7.5, "No"),
                 ("Beyond Burger", 11.0, "Yes"), ("Slaw", 3.5, "Yes")],
    "Middle Eastern": [("Falafel Wrap", 8.5, "Yes"), ("Halloumi Wrap", 9.0, "No"), ("Mezze Plate", 12.0, "Yes"),
                       ("Hummus and Pitta", 6.0, "Yes")],
    "Vietnamese": [("Beef Pho", 12.5, "No"), ("Tofu Pho", 11.0, "Yes"), ("Banh Mi", 8.5, "No"),
                   ("Summer Rolls", 6.5, "Yes")],
    "Venezuelan": [("Reina Pepiada Arepa", 9.0, "No"), ("Pabellon Arepa", 10.0, "No"), ("Black Bean Arepa", 8.5, "Yes"),
                   ("Tequenos", 6.0, "No")],
    "Japanese": [("Tonkotsu Ramen", 13.5, "No"), ("Miso Ramen", 12.5, "Yes"), ("Chicken Katsu Curry", 12.0, "No"),
                 ("Gyoza", 6.5, "No"), ("Salmon Sushi Set", 14.0, "No")],
    "Greek": [("Chicken Souvlaki", 10.5, "No"), ("Halloumi Souvlaki", 10.0, "No"), ("Greek Salad", 8.5, "No"),
              ("Spanakopita", 7.0, "No"), ("Loukoumades", 5.5, "No")],
    "Caribbean": [("Jerk Chicken", 12.0, "No"), ("Curry Goat", 13.5, "No"), ("Rice and Peas", 4.0, "Yes"),
                  ("Plantain", 4.5, "Yes")],
    "French": [("Ham and Cheese Galette", 9.5, "No"), ("Nutella Crepe", 6.5, "No"), ("Lemon Sugar Crepe", 5.5, "No"),
               ("Mushroom Galette", 9.0, "Yes")],
    "Polish": [("Potato and Cheese Pierogi", 9.0, "No"), ("Meat Pierogi", 10.0, "No"), ("Kielbasa Roll", 8.5, "No"),
               ("Cabbage Pierogi", 8.5, "Yes")],
    "Vegan": [("Buddha Bowl", 10.5, "Yes"), ("Jackfruit Tacos", 9.5, "Yes"), ("Vegan Brownie", 4.5, "Yes"),
              ("Green Smoothie", 5.5, "Yes")],
    "Spanish": [("Churros con Chocolate", 6.0, "No"), ("Patatas Bravas", 6.5, "Yes"), ("Chorizo Roll", 8.0, "No")],
    "Hawaiian": [("Salmon Poke Bowl", 13.0, "No"), ("Tuna Poke Bowl", 14.0, "No"), ("Tofu Poke Bowl", 11.5, "Yes")],
    "Ethiopian": [("Doro Wat", 12.5, "No"), ("Veggie Combo", 11.0, "Yes"), ("Injera Wrap", 8.5, "Yes")],
    "British": [("Raclette Toastie", 9.5, "No"), ("Sausage Roll", 5.0, "No"), ("Ploughman's Board", 11.0, "No"),
                ("Bacon Bap", 6.5, "No")],
    "Thai": [("Pad Thai", 11.0, "No"), ("Green Curry", 11.5, "No"), ("Tofu Massaman", 10.5, "Yes"),
             ("Mango Sticky Rice", 6.0, "Yes")],
}  # fmt: skip


def build_foodhall(path: Path) -> None:
    r = random.Random(66005)
    c = fresh_db(
        path,
        """
        CREATE TABLE "Stalls" ("Stall No" INTEGER PRIMARY KEY, "Zone" TEXT NOT NULL, "Floor Area" REAL NOT NULL,
            "Monthly Rent" REAL NOT NULL, "Has Extraction" TEXT NOT NULL);
        CREATE TABLE "Businesses" ("Business ID" INTEGER PRIMARY KEY, "Business Name" TEXT NOT NULL,
            "Cuisine" TEXT NOT NULL, "Owner Name" TEXT NOT NULL, "Joined Date" TEXT NOT NULL, "Email" TEXT);
        CREATE TABLE "Stall Leases" ("Lease ID" INTEGER PRIMARY KEY,
            "Stall No" INTEGER NOT NULL REFERENCES "Stalls"("Stall No"),
            "Business ID" INTEGER NOT NULL REFERENCES "Businesses"("Business ID"), "Start Date" TEXT NOT NULL,
            "End Date" TEXT);
        CREATE TABLE "Menu Items" ("Item ID" INTEGER PRIMARY KEY,
            "Business ID" INTEGER NOT NULL REFERENCES "Businesses"("Business ID"), "Item Name" TEXT NOT NULL,
            "Price" REAL NOT NULL, "Is Vegan" TEXT NOT NULL);
        CREATE TABLE "Daily Takings" ("Business ID" INTEGER NOT NULL REFERENCES "Businesses"("Business ID"),
            "Trading Date" TEXT NOT NULL, "Gross Sales" REAL NOT NULL, "Commission" REAL NOT NULL,
            "Orders" INTEGER NOT NULL, PRIMARY KEY ("Business ID", "Trading Date"));
        CREATE TABLE "Hygiene Inspections" ("Inspection ID" INTEGER PRIMARY KEY,
            "Business ID" INTEGER NOT NULL REFERENCES "Businesses"("Business ID"), "Inspection Date" TEXT NOT NULL,
            "Rating" INTEGER NOT NULL, "Inspector Name" TEXT NOT NULL);
        """,
    )
    stalls = []
    for k in range(1, 31):
        zone = "North Hall" if k <= 12 else "South Hall" if k <= 24 else "Mezzanine"
        area = r.choice([12.0, 14.5, 16.0, 18.0, 22.5, 25.0]) if zone != "Mezzanine" else r.choice([9.0, 10.5, 12.0])
        rent = round(area * r.choice([95, 100, 110, 120]) / 10) * 10.0
        stalls.append((k, zone, area, rent, "Yes" if r.random() < 0.6 else "No"))
    insert(c, "Stalls", stalls)
    biz = []
    for k, (n, cu, owner) in enumerate(FH_BUSINESSES, 1):
        joined = day_between(r, D(2021, 9, 1), D(2025, 3, 1))
        email = None if r.random() < 0.1 else n.lower().replace(" ", "").replace("&", "and") + "@foodhall.example"
        biz.append((k, n, cu, owner, _iso(joined), email))
    insert(c, "Businesses", biz)
    leases: list[tuple[int, int, dt.date, dt.date | None]] = []
    free_from = dict.fromkeys(range(1, 31), D(2000, 1, 1))
    pending = [(D.fromisoformat(str(b[4])), k, "move" if k in (7, 15, 22) else "leave" if k in (5, 19) else "stay", 0)
               for k, b in enumerate(biz, 1)]  # fmt: skip
    while pending:
        pending.sort()
        start, k, kind, old = pending.pop(0)
        st = r.choice([s for s in sorted(free_from) if free_from[s] <= start and s != old])
        if kind == "stay":
            leases.append((st, k, start, None))
            free_from[st] = D(9999, 1, 1)
            continue
        end = day_between(r, start + dt.timedelta(days=120), D(2025, 2, 1) if kind == "move" else D(2025, 5, 20))
        leases.append((st, k, start, end))
        free_from[st] = end + dt.timedelta(days=1)
        if kind == "move":
            pending.append((end + dt.timedelta(days=1), k, "stay", st))
    leases.sort(key=lambda x: (x[2], x[1]))
    insert(c, "Stall Leases", [(k, s, b, _iso(a), _iso(e)) for k, (s, b, a, e) in enumerate(leases, 1)])
    menu = []
    for k, (_n, cu, _o) in enumerate(FH_BUSINESSES, 1):
        for name, price, vegan in FH_MENU[cu]:
            if r.random() < 0.85 or len([m for m in menu if m[0] == k]) < 2:
                menu.append((k, name, price + r.choice([0.0, 0.0, 0.5, -0.5]), vegan))
    insert(c, "Menu Items", [(k, *m) for k, m in enumerate(menu, 1)])
    takings = []
    seen: set[tuple[int, str]] = set()
    while len(takings) < 400:
        lease = r.choice(leases)
        b = lease[1]
        lo = max(lease[2], D(2024, 1, 1))
        hi = min(lease[3] or LAST, LAST)
        if lo > hi:
            continue
        d = day_between(r, lo, hi)
        if (b, _iso(d)) in seen:
            continue
        seen.add((b, str(_iso(d))))
        orders = r.randint(25, 160) + (40 if d.weekday() >= 4 else 0)
        gross = round(orders * r.uniform(8.5, 13.5), 2)
        takings.append((b, _iso(d), gross, round(gross * 0.18, 2), orders))
    takings.sort(key=lambda t: (t[1], t[0]))
    insert(c, "Daily Takings", takings)
    inspectors = ["Ruth Abara", "Graham Pell", "Sunita Rao", "Declan Byrne"]
    insp = []
    for _ in range(70):
        b = r.randint(1, 26)
        lease = r.choice([x for x in leases if x[1] == b])
        d = day_between(r, max(lease[2], D(2022, 1, 1)), min(lease[3] or LAST, LAST))
        insp.append((b, _iso(d), r.choice([5, 5, 5, 4, 4, 4, 3, 2, 1]), r.choice(inspectors)))
    insp.sort(key=lambda x: (x[1], x[0]))
    insert(c, "Hygiene Inspections", [(k, *x) for k, x in enumerate(insp, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------------- butcher
BU_SHOPS = [
    ("HS01", "Hartley's Harrogate", "Harrogate", "North Yorkshire", "Y"),
    ("HS02", "Hartley's Ripon", "Ripon", "North Yorkshire", "N"),
    ("HS03", "Hartley's Knaresborough", "Knaresborough", "North Yorkshire", "N"),
    ("HS04", "Hartley's Skipton", "Skipton", "North Yorkshire", "Y"),
    ("HS05", "Hartley's Thirsk", "Thirsk", "North Yorkshire", "N"),
    ("HS06", "Hartley's Malton", "Malton", "North Yorkshire", "Y"),
    ("HS07", "Hartley's Northallerton", "Northallerton", "North Yorkshire", "N"),
    ("HS08", "Hartley's Whitby", "Whitby", "North Yorkshire", "N"),
    ("HS09", "Hartley's Ilkley", "Ilkley", "West Yorkshire", "Y"),
    ("HS10", "Hartley's Otley", "Otley", "West Yorkshire", "N"),
    ("HS11", "Hartley's Headingley", "Leeds", "West Yorkshire", "Y"),
    ("HS12", "Hartley's Roundhay", "Leeds", "West Yorkshire", "N"),
    ("HS13", "Hartley's Holmfirth", "Holmfirth", "West Yorkshire", "N"),
    ("HS14", "Hartley's Hebden Bridge", "Hebden Bridge", "West Yorkshire", "Y"),
    ("HS15", "Hartley's Beverley", "Beverley", "East Riding of Yorkshire", "Y"),
    ("HS16", "Hartley's Driffield", "Driffield", "East Riding of Yorkshire", "N"),
    ("HS17", "Hartley's Pocklington", "Pocklington", "East Riding of Yorkshire", "N"),
    ("HS18", "Hartley's Tadcaster", "Tadcaster", "North Yorkshire", "N"),
    ("HS19", "Hartley's Wetherby", "Wetherby", "West Yorkshire", "Y"),
    ("HS20", "Hartley's York", "York", "North Yorkshire", "Y"),
]  # fmt: skip
BU_PRODUCTS = [
    ("Sirloin Steak", "Beef", "Steak", 3290), ("Ribeye Steak", "Beef", "Steak", 3590), ("Fillet Steak", "Beef", "Steak", 5490),
    ("Rump Steak", "Beef", "Steak", 2190), ("Beef Mince 10% Fat", "Beef", "Mince", 1190), ("Braising Steak", "Beef", "Diced", 1490),
    ("Topside Joint", "Beef", "Joint", 1790), ("Rib of Beef", "Beef", "Joint", 2990), ("Beef Burgers", "Beef", "Burger", 1290),
    ("Ox Cheek", "Beef", "Offal", 1390), ("Pork Loin Chops", "Pork", "Chop", 1090), ("Pork Belly", "Pork", "Joint", 990),
    ("Pork Shoulder Joint", "Pork", "Joint", 890), ("Cumberland Sausages", "Pork", "Sausage", 1150),
    ("Pork and Leek Sausages", "Pork", "Sausage", 1150), ("Dry Cured Back Bacon", "Pork", "Bacon", 1690),
    ("Streaky Bacon", "Pork", "Bacon", 1590), ("Gammon Joint", "Pork", "Joint", 1190), ("Lamb Leg Joint", "Lamb", "Joint", 1890),
    ("Lamb Shoulder", "Lamb", "Joint", 1490), ("Lamb Chops", "Lamb", "Chop", 2290), ("Lamb Rack", "Lamb", "Joint", 3490),
    ("Lamb Mince", "Lamb", "Mince", 1390), ("Lamb Shanks", "Lamb", "Diced", 1590), ("Whole Chicken", "Chicken", "Whole bird", 690),
    ("Chicken Breast Fillets", "Chicken", "Fillet", 1390), ("Chicken Thighs", "Chicken", "Portion", 790),
    ("Chicken Wings", "Chicken", "Portion", 590), ("Chicken Kiev", "Chicken", "Prepared", 1490),
    ("Turkey Crown", "Turkey", "Joint", 1790), ("Turkey Mince", "Turkey", "Mince", 990), ("Venison Steak", "Game", "Steak", 3190),
    ("Venison Sausages", "Game", "Sausage", 1690), ("Pheasant Breast", "Game", "Fillet", 2490),
    ("Duck Breast", "Duck", "Fillet", 2290), ("Whole Duck", "Duck", "Whole bird", 1190), ("Lamb Liver", "Lamb", "Offal", 690),
    ("Black Pudding", "Pork", "Prepared", 890), ("Steak Pie", "Beef", "Prepared", 1090), ("Pork Pie", "Pork", "Prepared", 1250),
]  # fmt: skip
BU_FARMS = [
    ("Dalesend Farm", "North Yorkshire", "N", "Beef"), ("High Moor Farm", "North Yorkshire", "Y", "Lamb"),
    ("Wolds Edge Farm", "East Riding of Yorkshire", "N", "Pork"), ("Swaledale Beef Co", "North Yorkshire", "N", "Beef"),
    ("Kirkby Poultry", "North Yorkshire", "N", "Chicken"), ("Nidderdale Lamb", "North Yorkshire", "Y", "Lamb"),
    ("Holme Valley Pigs", "West Yorkshire", "N", "Pork"), ("Bolton Abbey Estate", "North Yorkshire", "N", "Game"),
    ("Ryedale Organics", "North Yorkshire", "Y", "Beef"), ("Howardian Hills Farm", "North Yorkshire", "N", "Pork"),
    ("Pennine Poultry", "West Yorkshire", "N", "Chicken"), ("Calder Valley Farm", "West Yorkshire", "Y", "Lamb"),
    ("Hornsea Mere Farm", "East Riding of Yorkshire", "N", "Turkey"), ("Wharfedale Farm", "West Yorkshire", "N", "Beef"),
    ("Bishop Burton Farm", "East Riding of Yorkshire", "Y", "Chicken"), ("Coxwold Game", "North Yorkshire", "N", "Game"),
    ("Sutton Bank Farm", "North Yorkshire", "N", "Lamb"), ("Ouse Meadows Duck Farm", "North Yorkshire", "N", "Duck"),
    ("Airedale Farm", "West Yorkshire", "Y", "Pork"), ("Esk Valley Farm", "North Yorkshire", "N", "Beef"),
]  # fmt: skip
BU_TRADE = [
    ("The Black Bull", "Pub"), ("The Fox and Hounds", "Pub"), ("The Royal Oak", "Pub"), ("The Golden Lion", "Pub"),
    ("The Star Inn", "Pub"), ("The Drovers Arms", "Pub"), ("Bistro Alba", "Restaurant"), ("The Ivy Kitchen", "Restaurant"),
    ("Moorland Grill", "Restaurant"), ("Casa Nostra", "Restaurant"), ("Spice Route", "Restaurant"),
    ("The Coach House", "Restaurant"), ("Old Swan Hotel", "Hotel"), ("Grantley Hall Hotel", "Hotel"),
    ("The Devonshire Arms Hotel", "Hotel"), ("Dales Country House", "Hotel"), ("St Aidan's School", "Caterer"),
    ("Yorkshire Event Catering", "Caterer"),
]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def build_butcher(path: Path) -> None:
    r = random.Random(66006)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date TEXT NOT NULL, year_num INTEGER NOT NULL,
            quarter_num INTEGER NOT NULL, month_num INTEGER NOT NULL, month_name TEXT NOT NULL,
            day_name TEXT NOT NULL, is_weekend TEXT NOT NULL);
        CREATE TABLE dim_shop (shop_key INTEGER PRIMARY KEY, shop_code TEXT NOT NULL, shop_name TEXT NOT NULL,
            town TEXT NOT NULL, county TEXT NOT NULL, has_deli_counter TEXT NOT NULL);
        CREATE TABLE dim_product (product_key INTEGER PRIMARY KEY, sku TEXT NOT NULL, product_name TEXT NOT NULL,
            animal TEXT NOT NULL, cut_category TEXT NOT NULL, price_per_kg_pence INTEGER NOT NULL);
        CREATE TABLE dim_customer (customer_key INTEGER PRIMARY KEY, customer_name TEXT NOT NULL,
            customer_type TEXT NOT NULL, town TEXT NOT NULL, account_opened TEXT NOT NULL);
        CREATE TABLE dim_farm (farm_key INTEGER PRIMARY KEY, farm_name TEXT NOT NULL, county TEXT NOT NULL,
            is_organic TEXT NOT NULL, main_livestock TEXT NOT NULL);
        CREATE TABLE fact_sales (sales_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            shop_key INTEGER NOT NULL REFERENCES dim_shop(shop_key),
            product_key INTEGER NOT NULL REFERENCES dim_product(product_key),
            customer_key INTEGER REFERENCES dim_customer(customer_key), weight_g INTEGER NOT NULL,
            gross_pence INTEGER NOT NULL, discount_pence INTEGER NOT NULL, net_pence INTEGER NOT NULL);
        CREATE TABLE fact_delivery (delivery_key INTEGER PRIMARY KEY,
            date_key INTEGER NOT NULL REFERENCES dim_date(date_key), shop_key INTEGER NOT NULL REFERENCES dim_shop(shop_key),
            farm_key INTEGER NOT NULL REFERENCES dim_farm(farm_key),
            product_key INTEGER NOT NULL REFERENCES dim_product(product_key), weight_kg REAL NOT NULL,
            cost_pence INTEGER NOT NULL);
        """,
    )
    dates = []
    d = D(2024, 6, 1)
    while d <= D(2025, 6, 30):
        dates.append((_ymd(d), _iso(d), d.year, (d.month - 1) // 3 + 1, d.month, MONTHS[d.month - 1], f"{d:%A}",
                      "Y" if d.weekday() >= 5 else "N"))  # fmt: skip
        d += dt.timedelta(days=1)
    insert(c, "dim_date", dates)
    insert(c, "dim_shop", [(k, *s) for k, s in enumerate(BU_SHOPS, 1)])
    prods = []
    for k, (n, animal, cut, ppk) in enumerate(BU_PRODUCTS, 1):
        prods.append((k, f"{animal[:2].upper()}-{k:04d}", n, animal, cut, ppk))
    insert(c, "dim_product", prods)
    custs = []
    towns = [s[2] for s in BU_SHOPS]
    for k, (n, typ) in enumerate(BU_TRADE, 1):
        custs.append((k, n, typ, r.choice(towns), _iso(day_between(r, D(2015, 1, 1), D(2024, 12, 1)))))
    for f, s in _names(r, 42):
        custs.append((len(custs) + 1, f"{f} {s}", "Household", r.choice(towns),
                      _iso(day_between(r, D(2019, 1, 1), D(2025, 5, 1)))))  # fmt: skip
    insert(c, "dim_customer", custs)
    insert(c, "dim_farm", [(k, *f) for k, f in enumerate(BU_FARMS, 1)])
    never_sold = {10, 34, 37}
    sellable = [p for p in prods if p[0] not in never_sold]
    sales = []
    for _ in range(400):
        day = day_between(r, D(2024, 6, 1), LAST)
        p = r.choice(sellable)
        x = r.random()
        trade = x < 0.3
        cust = r.randint(1, 18) if trade else r.randint(19, 60) if x < 0.6 else None
        if cust in (17, 58, 59, 60):
            cust = None
        w = r.randint(8, 60) * 100 if trade else r.randint(2, 15) * 100
        gross = round(w * p[5] / 1000)
        disc = round(gross * 0.1) if trade else (round(gross * 0.05) if r.random() < 0.15 else 0)
        sales.append((_ymd(day), r.randint(1, 20), p[0], cust, w, gross, disc, gross - disc))
    sales.sort(key=lambda s: (s[0], s[1]))
    insert(c, "fact_sales", [(k, *s) for k, s in enumerate(sales, 1)])
    by_animal: dict[str, list[int]] = {}
    for k, f in enumerate(BU_FARMS, 1):
        by_animal.setdefault(f[3], []).append(k)
    deliveries = []
    for _ in range(220):
        day = day_between(r, D(2024, 6, 1), LAST)
        p = r.choice(prods)
        animal = p[3] if p[3] in by_animal else "Pork"
        farm = r.choice(by_animal[animal])
        kg = round(r.uniform(5, 80), 1)
        deliveries.append((_ymd(day), r.randint(1, 20), farm, p[0], kg, round(kg * p[5] * 0.55)))
    deliveries.sort(key=lambda x: (x[0], x[1]))
    insert(c, "fact_delivery", [(k, *x) for k, x in enumerate(deliveries, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "rivercruise": build_rivercruise,
    "airportlounge": build_airportlounge,
    "sushibar": build_sushibar,
    "souvenirs": build_souvenirs,
    "foodhall": build_foodhall,
    "butcher": build_butcher,
}
