"""Six small business and public-service databases for the thirty-ninth blind English-to-SQL corpus.

- ``dogwalking`` (PascalCase tables and columns without separators: ``WalkDog``, ``PricePerDogGbp``;
  self-referencing ``Walker.SupervisorId``): a dog walking business in Bristol. ``Walker`` (hourly rate,
  ``LeftOn`` NULL while working, supervisor), ``Client`` (postcode, ``IsActive`` 0/1), ``Dog`` (breed, size code
  S, M or L, birth year, neutered 'Y'/'N', needs muzzle 0/1, vet notes), ``WalkType`` (codes SOLO, GRP, PUP, HIKE,
  DROP and TRAIN with price per dog), ``Walk`` (ISO start timestamp, area, status D done, X cancelled, B booked,
  miles walked), the link table ``WalkDog`` (dogs on each walk with the amount charged) and ``Invoice`` (quarterly,
  ``PaidOn`` NULL while unpaid).
- ``scaffolding`` (singular snake_case tables with ``_pk`` / ``_fk`` key suffixes): a scaffolding hire firm near
  Bath. ``customer`` (account type T trade or C cash, credit limit, on stop 'Y'/'N'), ``site`` (address, town,
  postcode, site type), ``component`` (code, unit weight, weekly hire rate, quantity owned), ``employee`` (role,
  CISRS card, ``left_on``), ``hire`` (quoted, erected and dismantled dates, status Q quoted, A up, C complete,
  X cancelled, weeks quoted, lift height, quote), ``hire_line`` (components and quantities on each hire) and
  ``inspection`` (inspector, date, passed 0/1, defect notes).
- ``laundrette`` (abbreviations with vowels dropped: ``cstmr``, ``ordr_ln``, ``rcvd_ts``, ``amt_gbp``): a
  three-branch laundrette and dry cleaner. ``brnch`` (manager, Sunday opening 'Y'/'N'), ``cstmr`` (optional company
  name, account type R retail or B business, home branch), ``svc`` (service codes with unit kg or itm, unit price,
  active 'Y'/'N'), ``ordr`` (received timestamp, due date, collected timestamp NULL until collected, status P in
  process, R ready, C collected, express 0/1, paid 'Y'/'N'), ``ordr_ln`` (service, quantity, amount), ``mchn``
  (washers W and dryers D, make, capacity, ``rtrd_dt``) and ``mchn_rpr`` (fault, fixed date NULL while open, cost).
- ``marina`` (Oracle-style UPPERCASE with ``_NO``, ``_NM``, ``_DT``, ``_AMT``, ``_IND``, ``_CD`` suffixes): a
  yacht marina on the Solent. ``BERTH`` (pontoon, maximum length, shore power and visitor indicators, annual rate
  per metre), ``BERTH_HOLDER`` (club member 'Y'/'N'), ``VESSEL`` (type S sail, M motor, C catamaran, R RIB, length,
  insurance expiry), ``MOORING_CONTRACT`` (``END_DT`` NULL while current, payment terms A or M), ``VISITOR_STAY``
  (visiting boats with home port and skipper, ``DEPARTURE_DT`` NULL while still in), ``FUEL_SALE`` (diesel D or
  petrol P, litres, on account 'Y'/'N') and ``WORK_ORDER`` (boatyard jobs, ``CLOSED_DT`` NULL while open).
- ``carparks`` (reporting warehouse style: ``dim_`` and ``fct_`` tables, ``_sk`` and ``_key`` surrogate keys,
  integer date keys like ``20250115``, money in integer pence): a district council's off-street car parks.
  ``dim_date`` (calendar with weekend and bank holiday flags), ``dim_car_park`` (spaces, multi-storey 'Y'/'N', EV
  charge points), ``dim_tariff`` (slowly changing: old prices end 20250331, ``is_current`` 'Y'/'N'),
  ``dim_officer`` (civil enforcement officers, ``leave_date``), ``dim_contravention`` (codes with band H or L and
  charge), ``fct_parking_session`` (entry time, stay, amount, channel CARD, CASH or APP, blue badge 0/1) and
  ``fct_penalty_notice`` (PCNs with status O outstanding, P paid, C cancelled, A under appeal, paid amount and
  paid date key).
- ``farmersmarket`` (mixed legacy naming: a generic ``entries`` table with ``trader_ref`` / ``day_ref`` /
  ``pitch_ref`` columns beside ``traders.id`` and ``pitch_id``): a fortnightly farmers' market. ``traders``
  (business and contact names, category, organic 'Y'/'N', status A active, S suspended, L left), ``pitches``
  (area, power 0/1, day rate), ``market_days`` (theme, weather, footfall, cancelled 0/1), ``entries`` (pitch
  bookings linking traders, days and pitches: type A attended, N no-show, C cancelled, fee, paid 'Y'/'N', reported
  takings, keyed-in timestamp), ``products`` (price, seasonal 0/1) and ``hygiene_checks`` (score 0 to 5).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import day_between, done, fresh_db, full_names, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _ts(d: dt.date, hh: int, mm: int, ss: int = 0) -> str:
    return f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}"


def _active(start: str, end: str | None, d: dt.date) -> bool:
    return D.fromisoformat(start) <= d and (end is None or D.fromisoformat(end) > d)


# --------------------------------------------------------------------------------------------------- dogwalking
def build_dogwalking(path: Path) -> None:
    r = random.Random(39001)
    c = fresh_db(
        path,
        """
        CREATE TABLE Walker (
            WalkerId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL, MobileNo TEXT,
            HourlyRateGbp REAL NOT NULL, StartedOn TEXT NOT NULL, LeftOn TEXT,
            SupervisorId INTEGER REFERENCES Walker(WalkerId));
        CREATE TABLE Client (
            ClientId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL, Postcode TEXT NOT NULL,
            EmailAddress TEXT, JoinedOn TEXT NOT NULL, IsActive INTEGER NOT NULL);
        CREATE TABLE Dog (
            DogId INTEGER PRIMARY KEY, ClientId INTEGER NOT NULL REFERENCES Client(ClientId), DogName TEXT NOT NULL,
            Breed TEXT NOT NULL, SizeCode TEXT NOT NULL, BirthYear INTEGER NOT NULL, Neutered TEXT NOT NULL,
            NeedsMuzzle INTEGER NOT NULL, VetNotes TEXT);
        CREATE TABLE WalkType (
            WalkTypeCode TEXT PRIMARY KEY, Description TEXT NOT NULL, DurationMins INTEGER NOT NULL,
            PricePerDogGbp REAL NOT NULL);
        CREATE TABLE Walk (
            WalkId INTEGER PRIMARY KEY, WalkerId INTEGER NOT NULL REFERENCES Walker(WalkerId),
            WalkTypeCode TEXT NOT NULL REFERENCES WalkType(WalkTypeCode), StartAt TEXT NOT NULL, Area TEXT NOT NULL,
            Status TEXT NOT NULL, MilesWalked REAL);
        CREATE TABLE WalkDog (
            WalkId INTEGER NOT NULL REFERENCES Walk(WalkId), DogId INTEGER NOT NULL REFERENCES Dog(DogId),
            ChargedGbp REAL NOT NULL, PRIMARY KEY (WalkId, DogId));
        CREATE TABLE Invoice (
            InvoiceId INTEGER PRIMARY KEY, ClientId INTEGER NOT NULL REFERENCES Client(ClientId),
            PeriodStart TEXT NOT NULL, PeriodEnd TEXT NOT NULL, IssuedOn TEXT NOT NULL, AmountGbp REAL NOT NULL,
            PaidOn TEXT);
        """,
    )
    walkers = [
        (1, "Sophie", "Marsh", "07700 900101", 22.0, "2019-03-01", None, None),
        (2, "Callum", "Reid", "07700 900102", 16.5, "2020-05-11", None, 1),
        (3, "Priya", "Nair", "07700 900103", 16.0, "2021-02-01", None, 1),
        (4, "Jack", "Dunmore", "07700 900104", 13.5, "2022-04-04", "2024-09-30", 2),
        (5, "Ellie", "Frost", "07700 900105", 13.0, "2022-08-15", None, 2),
        (6, "Tomasz", "Wojcik", "07700 900106", 13.0, "2023-03-20", None, 3),
        (7, "Hannah", "Price", "07700 900107", 12.5, "2023-09-01", None, 3),
        (8, "Leo", "Barker", None, 12.5, "2024-02-12", "2025-01-31", 2),
        (9, "Mia", "Osei", "07700 900109", 12.5, "2024-10-07", None, 3),
        (10, "Finn", "Kerr", "07700 900110", 12.0, "2025-05-19", None, 2),
    ]
    insert(c, "Walker", walkers)
    types = [
        ("SOLO", "Solo walk", 60, 16.0),
        ("GRP", "Group walk", 60, 11.5),
        ("PUP", "Puppy visit", 30, 10.0),
        ("HIKE", "Countryside hike", 120, 22.0),
        ("DROP", "Drop-in feed and let-out", 20, 8.0),
        ("TRAIN", "Lead training session", 45, 25.0),
    ]
    insert(c, "WalkType", types)
    price = {t[0]: t[3] for t in types}
    names = full_names(r, 72)
    districts = ["BS6", "BS7", "BS8", "BS9", "BS3", "BS5"]
    clients = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        if i <= 68:
            joined = day_between(r, D(2021, 1, 10), D(2025, 3, 31))
        else:
            joined = day_between(r, D(2025, 6, 1), D(2025, 6, 13))
        active = 1
        if i in (5, 12, 19, 27, 33, 41, 50, 58, 63):
            active = 0
            joined = min(joined, day_between(r, D(2021, 1, 10), D(2023, 12, 31)))
        pc = f"{r.choice(districts)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFHJLNPRSTUWXY')}"
        email = None if r.random() < 0.12 else f"{f.lower()}.{s.lower()}@example.co.uk"
        clients.append((i, f, s, pc, email, _iso(joined), active))
    insert(c, "Client", clients)
    breeds = [
        ("Labrador Retriever", "L", 12), ("Cockapoo", "M", 14), ("Border Collie", "M", 6),
        ("Springer Spaniel", "M", 7), ("Dachshund", "S", 6), ("French Bulldog", "S", 6), ("Golden Retriever", "L", 6),
        ("Jack Russell Terrier", "S", 5), ("German Shepherd", "L", 4), ("Whippet", "M", 4), ("Cavapoo", "S", 7),
        ("Staffordshire Bull Terrier", "M", 5), ("Beagle", "M", 4), ("Greyhound", "L", 3), ("Cross breed", "M", 7),
    ]  # fmt: skip
    dog_names = ["Bella", "Luna", "Max", "Milo", "Teddy", "Daisy", "Poppy", "Alfie", "Coco", "Bailey", "Ruby",
                 "Archie", "Rosie", "Bear", "Willow", "Buster", "Honey", "Ralph", "Nala", "Winston", "Biscuit",
                 "Maple", "Otis", "Pepper", "Scout", "Hazel", "Dexter", "Mabel", "Juno", "Ziggy", "Olive", "Reggie",
                 "Toffee", "Skye", "Murphy", "Pickle"]  # fmt: skip
    notes = ["Pulls on lead", "Reactive to other dogs", "Allergic to chicken", "Recall unreliable",
             "Arthritis, go slow", "Nervous of traffic"]  # fmt: skip
    dogs = []
    for cl in clients[:68]:
        for _ in range(r.choices([1, 2, 3], [62, 30, 8])[0]):
            b = r.choices(breeds, [x[2] for x in breeds])[0]
            yr = r.choices(range(2011, 2026), [1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 8, 7, 4])[0]
            yr = max(yr, int(cl[5][:4]) - 9)
            muzzle = (
                1 if b[0] in ("Greyhound", "Staffordshire Bull Terrier", "German Shepherd") and r.random() < 0.5 else 0
            )
            dogs.append([
                len(dogs) + 1, cl[0], r.choice(dog_names), b[0], b[1], yr, r.choice(["Y", "Y", "Y", "N"]), muzzle,
                r.choice(notes) if r.random() < 0.25 else None,
            ])  # fmt: skip
    insert(c, "Dog", [tuple(x) for x in dogs])
    cli = {cl[0]: cl for cl in clients}
    popularity = {d[0]: min(r.paretovariate(1.4), 6.0) for d in dogs}
    areas = ["Riverside", "The Downs", "Beacon Hill", "Canal Path", "Oldbury Woods", "Victoria Park"]
    walks, wdogs = [], []
    days = sorted(day_between(r, D(2024, 1, 2), D(2025, 6, 28)) for _ in range(300))
    for d in days:
        if d.weekday() == 6:
            d = _plus(d, 1)
        if d == TODAY:
            d = _plus(d, 1)
        ok_walkers = [w for w in walkers if _active(w[5], w[6], d)]
        wk = r.choices(ok_walkers, [1 if w[0] == 1 else 4 for w in ok_walkers])[0]
        elig = [
            x
            for x in dogs
            if D.fromisoformat(cli[x[1]][5]) <= d and x[5] <= d.year and (cli[x[1]][6] == 1 or d < D(2024, 6, 1))
        ]
        wt = r.choices(["SOLO", "GRP", "PUP", "HIKE", "DROP"], [40, 30, 10, 12, 8])[0]
        if wt == "PUP":
            pups = [x for x in elig if x[5] >= d.year - 1]
            if not pups:
                wt = "SOLO"
            else:
                chosen = [r.choice(pups)]
        if wt == "GRP":
            n = r.choice([2, 3, 3, 4])
            chosen = []
            while len(chosen) < n:
                x = r.choices(elig, [popularity[e[0]] for e in elig])[0]
                if x not in chosen:
                    chosen.append(x)
        elif wt in ("SOLO", "DROP"):
            chosen = [r.choices(elig, [popularity[e[0]] for e in elig])[0]]
        elif wt == "HIKE":
            big = [x for x in elig if x[4] != "S"]
            chosen = [r.choices(big, [popularity[e[0]] for e in big])[0]]
            same = [x for x in dogs if x[1] == chosen[0][1] and x is not chosen[0] and x in big]
            if same and r.random() < 0.5:
                chosen.append(same[0])
        st = "B" if d > TODAY else "X" if r.random() < 0.07 else "D"
        hh = r.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16])
        miles = None
        if st == "D" and wt != "DROP":
            miles = round({"SOLO": 2.6, "GRP": 2.9, "PUP": 0.8, "HIKE": 5.8}[wt] * r.uniform(0.75, 1.25), 1)
        wid = len(walks) + 1
        walks.append((wid, wk[0], wt, _ts(d, hh, r.choice([0, 0, 15, 30, 45])), r.choice(areas), st, miles))
        for x in chosen:
            wdogs.append((wid, x[0], 0.0 if st == "X" else price[wt]))
    insert(c, "Walk", walks)
    insert(c, "WalkDog", wdogs)
    owner = {x[0]: x[1] for x in dogs}
    wdate = {w[0]: D.fromisoformat(w[3][:10]) for w in walks}
    wstat = {w[0]: w[5] for w in walks}
    invoices = []
    quarters = [(D(2024, 1, 1), D(2024, 3, 31)), (D(2024, 4, 1), D(2024, 6, 30)), (D(2024, 7, 1), D(2024, 9, 30)),
                (D(2024, 10, 1), D(2024, 12, 31)), (D(2025, 1, 1), D(2025, 3, 31))]  # fmt: skip
    for qs, qe in quarters:
        totals: dict[int, float] = {}
        for wid, dog, amt in wdogs:
            if wstat[wid] == "D" and qs <= wdate[wid] <= qe:
                totals[owner[dog]] = totals.get(owner[dog], 0.0) + amt
        issued = _plus(qe, r.randint(1, 4))
        for cid in sorted(totals):
            paid = _plus(issued, r.choice([2, 5, 7, 9, 14, 21, 30, 45]))
            if paid > LAST or (qs.year == 2025 and r.random() < 0.15) or r.random() < 0.02:
                paid = None
            invoices.append(
                (len(invoices) + 1, cid, _iso(qs), _iso(qe), _iso(issued), round(totals[cid], 2), _iso(paid))
            )
    insert(c, "Invoice", invoices)
    done(c)


# -------------------------------------------------------------------------------------------------- scaffolding
def build_scaffolding(path: Path) -> None:
    r = random.Random(39002)
    c = fresh_db(
        path,
        """
        CREATE TABLE customer (
            customer_pk INTEGER PRIMARY KEY, company_name TEXT NOT NULL, contact_name TEXT, town TEXT NOT NULL,
            account_type TEXT NOT NULL, credit_limit_gbp REAL, opened_on TEXT NOT NULL, on_stop TEXT NOT NULL);
        CREATE TABLE site (
            site_pk INTEGER PRIMARY KEY, customer_fk INTEGER NOT NULL REFERENCES customer(customer_pk),
            address_line TEXT NOT NULL, town TEXT NOT NULL, postcode TEXT NOT NULL, site_type TEXT NOT NULL);
        CREATE TABLE component (
            component_pk INTEGER PRIMARY KEY, component_code TEXT NOT NULL UNIQUE, description TEXT NOT NULL,
            unit_weight_kg REAL NOT NULL, weekly_rate_gbp REAL NOT NULL, qty_owned INTEGER NOT NULL);
        CREATE TABLE employee (
            employee_pk INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, job_role TEXT NOT NULL,
            cisrs_card TEXT, hourly_rate_gbp REAL NOT NULL, hired_on TEXT NOT NULL, left_on TEXT);
        CREATE TABLE hire (
            hire_pk INTEGER PRIMARY KEY, site_fk INTEGER NOT NULL REFERENCES site(site_pk),
            supervisor_fk INTEGER REFERENCES employee(employee_pk), quoted_on TEXT NOT NULL, erected_on TEXT,
            dismantled_on TEXT, status TEXT NOT NULL, weeks_quoted INTEGER NOT NULL, lift_height_m REAL NOT NULL,
            quote_gbp REAL NOT NULL);
        CREATE TABLE hire_line (
            hire_fk INTEGER NOT NULL REFERENCES hire(hire_pk),
            component_fk INTEGER NOT NULL REFERENCES component(component_pk), quantity INTEGER NOT NULL,
            PRIMARY KEY (hire_fk, component_fk));
        CREATE TABLE inspection (
            inspection_pk INTEGER PRIMARY KEY, hire_fk INTEGER NOT NULL REFERENCES hire(hire_pk),
            inspector_fk INTEGER NOT NULL REFERENCES employee(employee_pk), inspected_on TEXT NOT NULL,
            passed INTEGER NOT NULL, defect_notes TEXT);
        """,
    )
    towns = ["Bath", "Frome", "Trowbridge", "Chippenham", "Bradford-on-Avon", "Keynsham", "Radstock", "Warminster"]
    pcs = {"Bath": "BA1", "Frome": "BA11", "Trowbridge": "BA14", "Chippenham": "SN15", "Bradford-on-Avon": "BA15",
           "Keynsham": "BS31", "Radstock": "BA3", "Warminster": "BA12"}  # fmt: skip
    firms = ["Hartwell", "Bramley", "Ashcombe", "Kingsway", "Northgate", "Oakfield", "Castle", "Meridian", "Thornbury",
             "Pennine", "Severn", "Westbury", "Foxley", "Greenway", "Millbrook", "Stonebridge", "Abbey", "Beacon",
             "Lansdown", "Combe", "Avonside", "Sulis", "Odd Down", "Bear Flat", "Widcombe", "Larkhall", "Claverton",
             "Kelston", "Swainswick", "Bathwick"]  # fmt: skip
    trades = ["Roofing", "Builders", "Construction", "Property Maintenance", "Restoration", "Developments",
              "Painters & Decorators", "Stonemasons"]  # fmt: skip
    people = full_names(r, 60)
    custs = []
    r.shuffle(firms)
    for i in range(1, 43):
        contact = people.pop()
        if i <= 30:
            name = f"{firms[i - 1]} {r.choice(trades)} Ltd"
            acct, limit = "T", r.choice([2000.0, 5000.0, 5000.0, 10000.0, 15000.0, 25000.0])
        else:
            name, acct, limit = contact, "C", None
        stop = "Y" if i in (7, 22) else "N"
        town = r.choice(towns)
        custs.append((i, name, contact, town, acct, limit, _iso(day_between(r, D(2016, 1, 1), D(2024, 12, 1))), stop))
    insert(c, "customer", custs)
    streets = ["High Street", "Church Lane", "Station Road", "Mill Lane", "The Parade", "Victoria Road", "Park Street",
               "Queen Square", "Bridge Street", "Market Place", "Abbey Green", "Royal Crescent", "Gay Street",
               "London Road", "Wells Road", "Manor Close"]  # fmt: skip
    sites = []
    cw = [min(r.paretovariate(1.2), 6.0) for _ in custs]
    for i in range(1, 59):
        cu = r.choices(custs[:40], cw[:40])[0]  # customers 41 and 42 have no sites yet
        town = cu[3] if r.random() < 0.6 else r.choice(towns)
        stype = r.choices(["Domestic", "Commercial", "Heritage", "School", "Church"], [50, 25, 10, 8, 7])[0]
        pc = f"{pcs[town]} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFHJLNPRSTUWXY')}"
        sites.append((i, cu[0], f"{r.randint(1, 120)} {r.choice(streets)}", town, pc, stype))
    insert(c, "site", sites)
    comps = [
        (1, "TUBE-21", "Steel tube 21ft (6.4m)", 28.0, 0.45, 2400),
        (2, "TUBE-10", "Steel tube 10ft (3.0m)", 13.4, 0.30, 1800),
        (3, "TUBE-05", "Steel tube 5ft (1.5m)", 6.7, 0.20, 900),
        (4, "BOARD-13", "Scaffold board 13ft", 22.0, 0.35, 3000),
        (5, "CPL-DBL", "Double coupler", 1.3, 0.08, 8000),
        (6, "CPL-SWV", "Swivel coupler", 1.5, 0.09, 4000),
        (7, "BASE-PL", "Base plate", 1.5, 0.06, 1200),
        (8, "SOLE-BD", "Sole board", 6.0, 0.10, 800),
        (9, "LADDER-4", "Ladder 4m", 14.5, 2.50, 60),
        (10, "TOE-BD", "Toe board", 12.0, 0.25, 1500),
        (11, "NET-DBR", "Debris netting roll", 18.0, 3.75, 120),
        (12, "HOIST-G", "Gin wheel hoist", 9.0, 6.50, 15),
        (13, "TOWER-A", "Aluminium tower unit", 95.0, 45.00, 6),
    ]
    insert(c, "component", comps)
    emps = [
        (1, "Gary", "Pollard", "Contracts Manager", "Supervisor", 24.0, "2008-03-03", None),
        (2, "Dean", "Marsden", "Supervisor", "Advanced", 21.0, "2011-06-13", None),
        (3, "Kirsty", "Hollins", "Supervisor", "Advanced", 20.5, "2015-01-05", None),
        (4, "Wayne", "Tolley", "Supervisor", "Advanced", 20.0, "2016-09-19", "2024-07-31"),
        (5, "Rhys", "Bowen", "Scaffolder", "Scaffolder", 17.5, "2017-04-24", None),
        (6, "Marek", "Zielinski", "Scaffolder", "Scaffolder", 17.5, "2018-02-12", None),
        (7, "Lewis", "Hamer", "Scaffolder", "Advanced", 18.5, "2019-05-07", None),
        (8, "Jordan", "Pike", "Scaffolder", "Scaffolder", 17.0, "2020-08-03", "2023-12-22"),
        (9, "Connor", "Webb", "Trainee", "Trainee", 12.5, "2022-09-05", None),
        (10, "Shane", "Dyer", "Labourer", "Labourer", 12.0, "2021-03-15", None),
        (11, "Ollie", "Granger", "Labourer", None, 11.5, "2024-04-08", None),
        (12, "Bethan", "Rowe", "Safety Inspector", "Advanced", 22.0, "2019-11-11", None),
        (13, "Ade", "Okafor", "Supervisor", "Advanced", 20.5, "2024-08-05", None),
        (14, "Nicky", "Shaw", "Yard Driver", None, 13.0, "2014-07-01", None),
    ]
    insert(c, "employee", emps)
    sups = [e for e in emps if e[3] in ("Supervisor", "Contracts Manager")]
    inspectors = [e for e in emps if e[3] in ("Supervisor", "Safety Inspector")]
    hires, lines, insps = [], [], []
    quoted = sorted(day_between(r, D(2023, 1, 9), D(2025, 6, 11)) for _ in range(66))
    defects = ["Missing toe board", "Loose coupler on lift 2", "Ladder not tied", "Guard rail missing at end",
               "Boards trapped", "Netting torn", "Base plate on soft ground"]  # fmt: skip
    for hid, q in enumerate(quoted, 1):
        site = r.choice(sites) if hid > 3 else sites[hid - 1]
        weeks = r.choices([2, 3, 4, 6, 8, 10, 12, 16, 26], [12, 12, 18, 16, 12, 8, 8, 6, 4])[0]
        height = r.choice([4.0, 6.0, 6.0, 8.0, 8.0, 10.0, 12.0, 15.0, 18.0])
        erect = _plus(q, r.randint(5, 35))
        sup = None
        dism = None
        if r.random() < 0.08:
            st, erect = "X", None
        elif erect > LAST:
            st, erect = "Q", None
        else:
            dism = _plus(erect, weeks * 7 + r.choice([-7, 0, 0, 0, 5, 7, 14, 21, 35]))
            if dism > LAST:
                st, dism = "A", None
            else:
                st = "C"
            ok = [e for e in sups if _active(e[6], e[7], erect)]
            sup = r.choice(ok)[0]
        scale = height / 6.0 * r.uniform(0.6, 1.8)
        mine = {1: int(40 * scale), 4: int(35 * scale), 5: int(160 * scale), 7: int(14 * scale)}
        for k, p, n in ((2, 0.6, 30), (8, 0.5, 14), (10, 0.4, 12), (6, 0.35, 40)):
            if r.random() < p:
                mine[k] = int(n * scale)
        if r.random() < 0.4:
            mine[3] = int(20 * scale)
        if height >= 6 or r.random() < 0.3:
            mine[9] = r.choice([1, 1, 2, 3])
        if r.random() < 0.3:
            mine[11] = r.randint(2, 8)
        if r.random() < 0.1:
            mine[12] = 1
        if height <= 4 and r.random() < 0.5:
            mine = {13: r.choice([1, 1, 2])}
        weekly = sum(comps[k - 1][4] * n for k, n in mine.items())
        quote = round(weekly * weeks + 350 + height * 60, -1)
        hires.append((hid, site[0], sup, _iso(q), _iso(erect), _iso(dism), st, weeks, height, quote))
        lines.extend((hid, k, n) for k, n in sorted(mine.items()))
        if erect is not None:
            d = erect
            end = dism or LAST
            while d <= end:
                ok = [e for e in inspectors if _active(e[6], e[7], d)]
                who = sup if d == erect else r.choice(ok)[0]
                fail = d != erect and r.random() < 0.09
                insps.append((hid, who, d, 0 if fail else 1, r.choice(defects) if fail else None))
                d = _plus(d, 14 + r.choice([0, 0, 1, 2, -1]))
    insert(c, "hire", hires)
    insert(c, "hire_line", lines)
    insps.sort(key=lambda x: (x[2], x[0]))
    insert(c, "inspection", [(i, h, w, _iso(d), p, n) for i, (h, w, d, p, n) in enumerate(insps, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- laundrette
def build_laundrette(path: Path) -> None:
    r = random.Random(39003)
    c = fresh_db(
        path,
        """
        CREATE TABLE brnch (
            brnch_id INTEGER PRIMARY KEY, brnch_nm TEXT NOT NULL, twn TEXT NOT NULL, opnd_dt TEXT NOT NULL,
            mgr_nm TEXT NOT NULL, sun_opn_flg TEXT NOT NULL);
        CREATE TABLE cstmr (
            cstmr_id INTEGER PRIMARY KEY, frst_nm TEXT NOT NULL, lst_nm TEXT NOT NULL, cmpny_nm TEXT,
            acct_typ TEXT NOT NULL, phn TEXT, jnd_dt TEXT NOT NULL, hm_brnch_id INTEGER REFERENCES brnch(brnch_id));
        CREATE TABLE svc (
            svc_cd TEXT PRIMARY KEY, svc_desc TEXT NOT NULL, unt TEXT NOT NULL, unt_prc_gbp REAL NOT NULL,
            actv_flg TEXT NOT NULL);
        CREATE TABLE ordr (
            ordr_id INTEGER PRIMARY KEY, cstmr_id INTEGER NOT NULL REFERENCES cstmr(cstmr_id),
            brnch_id INTEGER NOT NULL REFERENCES brnch(brnch_id), rcvd_ts TEXT NOT NULL, due_dt TEXT NOT NULL,
            clctd_ts TEXT, stts TEXT NOT NULL, xprss_flg INTEGER NOT NULL, pd_flg TEXT NOT NULL);
        CREATE TABLE ordr_ln (
            ordr_id INTEGER NOT NULL REFERENCES ordr(ordr_id), ln_no INTEGER NOT NULL,
            svc_cd TEXT NOT NULL REFERENCES svc(svc_cd), qty REAL NOT NULL, amt_gbp REAL NOT NULL,
            PRIMARY KEY (ordr_id, ln_no));
        CREATE TABLE mchn (
            mchn_id INTEGER PRIMARY KEY, brnch_id INTEGER NOT NULL REFERENCES brnch(brnch_id), mchn_typ TEXT NOT NULL,
            mk_nm TEXT NOT NULL, cpcty_kg REAL NOT NULL, instld_dt TEXT NOT NULL, rtrd_dt TEXT);
        CREATE TABLE mchn_rpr (
            rpr_id INTEGER PRIMARY KEY, mchn_id INTEGER NOT NULL REFERENCES mchn(mchn_id), rprtd_dt TEXT NOT NULL,
            fxd_dt TEXT, flt_desc TEXT NOT NULL, cst_gbp REAL);
        """,
    )
    branches = [
        (1, "Gloucester Road", "Bristol", "2012-04-02", "Donna Pearce", "Y"),
        (2, "Bedminster", "Bristol", "2016-09-05", "Raj Malhotra", "N"),
        (3, "Keynsham", "Keynsham", "2022-03-14", "Sian Hughes", "N"),
    ]
    insert(c, "brnch", branches)
    svcs = [
        ("WSH", "Service wash", "kg", 3.2, "Y"),
        ("DRY", "Tumble dry only", "kg", 1.8, "Y"),
        ("DCL", "Dry clean garment", "itm", 7.5, "Y"),
        ("SHT", "Shirt laundered and pressed", "itm", 2.6, "Y"),
        ("DUV", "Duvet wash and dry", "itm", 16.0, "Y"),
        ("IRN", "Ironing", "itm", 1.5, "Y"),
        ("XPR", "Express same-day surcharge", "itm", 5.0, "Y"),
        ("CUR", "Curtain cleaning per panel", "itm", 12.0, "N"),
        ("ALT", "Alterations and repairs", "itm", 9.0, "Y"),
    ]
    insert(c, "svc", svcs)
    prc = {x[0]: x[3] for x in svcs}
    names = full_names(r, 96)
    bizs = ["The Hollow Cafe", "Harbourside Guest House", "Bloom Hair Studio", "Redland Dental Practice",
            "Kitchen 46", "Southville B&B", "Fit Factory Gym", "Little Acorns Nursery", "Cotham Sports Club",
            "The Coach House Hotel"]  # fmt: skip
    custs = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        biz = bizs[i // 9 - 1] if i % 9 == 0 and i // 9 <= len(bizs) else None
        acct = "B" if biz else "R"
        jd = day_between(r, D(2019, 1, 1), D(2025, 5, 31))
        hb = r.choices([1, 2, 3], [50, 32, 18])[0]
        if D.fromisoformat(branches[hb - 1][3]) > jd:
            hb = 1
        phone = None if r.random() < 0.1 else f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        custs.append((i, f, s, biz, acct, phone, _iso(jd), hb))
    insert(c, "cstmr", custs)
    makes = ["Electrolux", "Miele", "Speed Queen", "Primus"]
    mach = []
    for b in branches:
        for typ, n in (("W", 4 if b[0] != 3 else 3), ("D", 3 if b[0] != 3 else 2)):
            for _ in range(n):
                inst = max(D.fromisoformat(b[3]), day_between(r, D(2012, 1, 1), D(2023, 6, 1)))
                cap = r.choice([8.0, 10.0, 12.0, 18.0]) if typ == "W" else r.choice([10.0, 16.0])
                mach.append([len(mach) + 1, b[0], typ, r.choice(makes), cap, _iso(inst), None])
    mach[1][6] = "2024-02-29"
    mach[9][6] = "2024-11-15"
    mach.append([len(mach) + 1, 1, "W", "Miele", 12.0, "2024-03-04", None])
    mach.append([len(mach) + 1, 2, "W", "Electrolux", 10.0, "2024-11-25", None])
    insert(c, "mchn", [tuple(m) for m in mach])
    faults = ["Door seal leaking", "Drum bearing noise", "Won't drain", "Heater element failed", "Coin mech jammed",
              "Control board error E21", "Belt snapped", "Lint filter housing cracked"]  # fmt: skip
    reps = []
    for _ in range(44):
        m = r.choice(mach)
        lo = max(D.fromisoformat(m[5]), D(2023, 1, 1))
        hi = D.fromisoformat(m[6]) if m[6] else LAST
        rd = day_between(r, lo, _plus(hi, -1))
        fd = _plus(rd, r.choice([0, 1, 1, 2, 3, 5, 8, 14]))
        cost = round(r.uniform(45, 420), 2)
        if fd > LAST or r.random() < 0.04:
            fd, cost = None, None
        reps.append((rd, m[0], fd, r.choice(faults), cost))
    reps.append((D(2025, 6, 10), 9, None, "Won't drain", None))
    reps.append((D(2025, 6, 12), 16, None, "Door seal leaking", None))
    reps.sort(key=lambda x: (x[0], x[1]))
    insert(c, "mchn_rpr", [(i, m, _iso(rd), _iso(fd), f, co) for i, (rd, m, fd, f, co) in enumerate(reps, 1)])
    cw = [min(r.paretovariate(1.1), 8.0) for _ in custs]
    for i in range(90, 97):
        cw[i - 1] = 0.0  # a few customers have never placed an order
    orders, lines = [], []
    stamps = sorted(
        (
            day_between(r, D(2024, 1, 2), LAST) if k < 258 else day_between(r, D(2025, 6, 9), LAST),
            r.randint(8, 18),
            r.randrange(60),
        )
        for k in range(270)
    )
    for oid, (d, hh, mm) in enumerate(stamps, 1):
        elig = [k for k, cu in enumerate(custs) if D.fromisoformat(cu[6]) <= d]
        k = r.choices(elig, [cw[j] for j in elig])[0]
        cu = custs[k]
        br = cu[7] if r.random() < 0.85 else r.choice([1, 2, 3])
        xp = 1 if r.random() < 0.12 else 0
        due = d if xp else _plus(d, r.choice([1, 2, 2, 3]))
        if cu[4] == "B":
            items = [("WSH", round(r.uniform(8, 30), 1))]
            if r.random() < 0.5:
                items.append(("IRN", r.randint(10, 40)))
        else:
            pool = ["WSH", "DRY", "DCL", "SHT", "DUV", "IRN", "ALT"]
            picks = r.sample(pool, r.choice([1, 1, 1, 2, 2, 3]))
            items = []
            for sv in picks:
                if sv in ("WSH", "DRY"):
                    items.append((sv, round(r.uniform(3, 12), 1)))
                elif sv in ("SHT", "IRN"):
                    items.append((sv, r.randint(3, 15)))
                else:
                    items.append((sv, r.choice([1, 1, 2, 3])))
        if d < D(2024, 3, 1) and r.random() < 0.15:
            items = [("CUR", r.choice([2, 4, 6]))]
        if xp:
            items.append(("XPR", 1))
        for n, (sv, q) in enumerate(items, 1):
            lines.append((oid, n, sv, float(q), round(q * prc[sv], 2)))
        ready = due
        if ready >= TODAY:
            st, col = "P", None
        elif (ready >= _plus(LAST, -20) and r.random() < 0.4) or r.random() < 0.03:
            st, col = "R", None
        else:
            cd = _plus(ready, r.choice([0, 0, 0, 1, 1, 2, 3, 5, 9]))
            cd = min(cd, LAST)
            st, col = "C", _ts(cd, min(hh + r.randint(2, 4), 20) if cd == d else r.randint(8, 18), r.randrange(60))
        paid = "Y" if st == "C" or r.random() < 0.5 else "N"
        if cu[4] == "B" and st == "C" and r.random() < 0.2:
            paid = "N"
        orders.append((oid, cu[0], br, _ts(d, hh, mm), _iso(due), col, st, xp, paid))
    insert(c, "ordr", orders)
    insert(c, "ordr_ln", lines)
    done(c)


# ------------------------------------------------------------------------------------------------------- marina
def build_marina(path: Path) -> None:
    r = random.Random(39004)
    c = fresh_db(
        path,
        """
        CREATE TABLE BERTH (
            BERTH_NO TEXT PRIMARY KEY, PONTOON_CD TEXT NOT NULL, MAX_LOA_M REAL NOT NULL,
            SHORE_POWER_IND TEXT NOT NULL, VISITOR_IND TEXT NOT NULL, ANNUAL_RATE_AMT REAL);
        CREATE TABLE BERTH_HOLDER (
            HOLDER_NO INTEGER PRIMARY KEY, FIRST_NM TEXT NOT NULL, LAST_NM TEXT NOT NULL, EMAIL_ADDR TEXT,
            POST_TOWN_NM TEXT NOT NULL, JOINED_DT TEXT NOT NULL, CLUB_MEMBER_IND TEXT NOT NULL);
        CREATE TABLE VESSEL (
            VESSEL_NO INTEGER PRIMARY KEY, HOLDER_NO INTEGER NOT NULL REFERENCES BERTH_HOLDER(HOLDER_NO),
            VESSEL_NM TEXT NOT NULL, VESSEL_TYPE_CD TEXT NOT NULL, LOA_M REAL NOT NULL, BUILT_YR INTEGER,
            INSURANCE_EXPIRY_DT TEXT);
        CREATE TABLE MOORING_CONTRACT (
            CONTRACT_NO INTEGER PRIMARY KEY, VESSEL_NO INTEGER NOT NULL REFERENCES VESSEL(VESSEL_NO),
            BERTH_NO TEXT NOT NULL REFERENCES BERTH(BERTH_NO), START_DT TEXT NOT NULL, END_DT TEXT,
            CONTRACT_AMT REAL NOT NULL, PAYMENT_TERMS_CD TEXT NOT NULL, AUTO_RENEW_IND TEXT NOT NULL);
        CREATE TABLE VISITOR_STAY (
            STAY_NO INTEGER PRIMARY KEY, BERTH_NO TEXT NOT NULL REFERENCES BERTH(BERTH_NO), VESSEL_NM TEXT NOT NULL,
            HOME_PORT_NM TEXT NOT NULL, SKIPPER_NM TEXT NOT NULL, LOA_M REAL NOT NULL, ARRIVAL_DT TEXT NOT NULL,
            DEPARTURE_DT TEXT, NIGHTS_QTY INTEGER, FEE_AMT REAL);
        CREATE TABLE FUEL_SALE (
            SALE_NO INTEGER PRIMARY KEY, SALE_TS TEXT NOT NULL, VESSEL_NO INTEGER REFERENCES VESSEL(VESSEL_NO),
            FUEL_TYPE_CD TEXT NOT NULL, LITRES_QTY REAL NOT NULL, UNIT_PRICE_AMT REAL NOT NULL, SALE_AMT REAL NOT NULL,
            PAID_ON_ACCOUNT_IND TEXT NOT NULL);
        CREATE TABLE WORK_ORDER (
            WORK_ORDER_NO INTEGER PRIMARY KEY, VESSEL_NO INTEGER NOT NULL REFERENCES VESSEL(VESSEL_NO),
            JOB_TYPE_CD TEXT NOT NULL, OPENED_DT TEXT NOT NULL, CLOSED_DT TEXT, LABOUR_HRS REAL NOT NULL,
            PARTS_AMT REAL NOT NULL, INVOICE_AMT REAL);
        """,
    )
    berths = []
    for pon, n, loa, rate in (("A", 16, 10.0, 410.0), ("B", 16, 12.0, 405.0), ("C", 12, 15.0, 420.0),
                              ("D", 8, 20.0, 455.0), ("V", 10, 18.0, None)):  # fmt: skip
        for k in range(1, n + 1):
            mx = loa if k > 2 else loa - 2.0
            power = "Y" if pon in ("C", "D", "V") or k % 4 != 1 else "N"
            berths.append((f"{pon}{k:02d}", pon, mx, power, "Y" if pon == "V" else "N", rate))
    insert(c, "BERTH", berths)
    towns = ["Lymington", "Southampton", "Winchester", "Salisbury", "Bournemouth", "Ringwood", "Romsey", "London",
             "Reading", "Guildford"]  # fmt: skip
    names = full_names(r, 54)
    holders = []
    for i, nm in enumerate(names, 1):
        f, s = nm.split(" ")
        email = None if r.random() < 0.1 else f"{f[0].lower()}{s.lower()}@example.com"
        holders.append((i, f, s, email, r.choices(towns, [20, 14, 10, 6, 8, 6, 5, 8, 4, 3])[0],
                        _iso(day_between(r, D(2009, 1, 1), D(2025, 4, 30))), r.choice(["Y", "N", "N"])))  # fmt: skip
    insert(c, "BERTH_HOLDER", holders)
    boat_names = ["Sea Breeze", "Wanderer", "Blue Heron", "Kestrel", "Moonshadow", "Seraphina", "Halcyon", "Osprey",
                  "Tern", "Aurora", "Spindrift", "Free Spirit", "Tinkerbell", "Marlin", "Calypso", "Puffin", "Zephyr",
                  "Island Time", "Saltwater Gypsy", "Whimbrel", "Bluebird", "Nautilus", "Shearwater", "Meander",
                  "Second Wind", "Jolly Roger", "Mistral", "Curlew", "Orca", "Pelican", "Ripple", "Selkie",
                  "Skylark", "Storm Petrel", "Tempest", "Valhalla", "Velella", "Wild Rose", "Xanadu", "Yarmouth Belle",
                  "Albatross", "Bramble", "Cormorant", "Dunlin", "Eider", "Fulmar", "Gannet", "Harrier", "Ibis",
                  "Jackdaw", "Kittiwake", "Lapwing", "Merlin", "Nightjar", "Oystercatcher", "Plover", "Redshank",
                  "Sanderling", "Teal", "Wigeon", "Avocet", "Bittern", "Chough", "Dipper"]  # fmt: skip
    vessels = []
    for i, bn in enumerate(boat_names, 1):
        h = i if i <= 54 else r.randint(1, 54)
        typ = r.choices(["S", "M", "C", "R"], [55, 30, 8, 7])[0]
        loa = round({"S": r.uniform(7.5, 14.5), "M": r.uniform(6.5, 16.0), "C": r.uniform(9.5, 13.5),
                     "R": r.uniform(4.5, 7.5)}[typ], 1)  # fmt: skip
        yr = r.randint(1972, 2023) if r.random() > 0.05 else None
        ins = _iso(day_between(r, D(2025, 1, 15), D(2026, 5, 31))) if r.random() > 0.06 else None
        vessels.append((i, h, bn, typ, loa, yr, ins))
    insert(c, "VESSEL", vessels)
    perm = [b for b in berths if b[4] == "N"]
    contracts = []
    free_from = {b[0]: D(2021, 1, 1) for b in perm}
    order = list(range(1, len(vessels) + 1))
    r.shuffle(order)
    for vno in order[:58]:
        v = vessels[vno - 1]
        start = day_between(r, D(2021, 1, 1), D(2025, 5, 20))
        fits = [b for b in perm if b[2] >= v[4] and free_from[b[0]] <= start]
        if not fits:
            continue
        b = min(fits, key=lambda x: (x[2], x[0]))
        end = None
        if r.random() < 0.3:
            end = day_between(r, _plus(start, 120), _plus(start, 900))
            if end > LAST:
                end = None
        yrs = 1.0 if end is None else max((end - start).days / 365.0, 0.3)
        amt = round(b[5] * v[4] * (1.0 if end is None else yrs), 2)
        terms = r.choice(["A", "A", "M"])
        contracts.append([start, vno, b[0], end, amt, terms, "Y" if end is None and r.random() < 0.7 else "N"])
        free_from[b[0]] = end + dt.timedelta(days=1) if end else D(2100, 1, 1)
        if end is not None and r.random() < 0.5:
            s2 = _plus(end, r.randint(1, 40))
            fits2 = [x for x in perm if x[2] >= v[4] and free_from[x[0]] <= s2 and x[0] != b[0]]
            if s2 <= LAST and fits2:
                b2 = min(fits2, key=lambda x: (x[2], x[0]))
                contracts.append([s2, vno, b2[0], None, round(b2[5] * v[4], 2), terms, "Y"])
                free_from[b2[0]] = D(2100, 1, 1)
    contracts.sort(key=lambda x: (x[0], x[1]))
    insert(c, "MOORING_CONTRACT", [(i, x[1], x[2], _iso(x[0]), _iso(x[3]), *x[4:]) for i, x in enumerate(contracts, 1)])
    ports = ["Cowes", "Yarmouth IoW", "Poole", "Weymouth", "Chichester", "Portsmouth", "Cherbourg", "St Peter Port",
             "Brighton", "Dartmouth", "Hamble", "Falmouth"]  # fmt: skip
    skippers = full_names(r, 150, exclude=names)
    visitor = [b for b in berths if b[4] == "Y"]
    first_word = ["Lady", "Spirit of", "Sea", "Blue", "Sunset", "Silver", "Morning"]
    second_word = ["Anne", "Poole", "Dancer", "Moon", "Jewel", "Hope", "Lark", "Star", "Tide"]
    stays = []
    busy: dict[str, dt.date] = {b[0]: D(2024, 1, 1) for b in visitor}
    arrivals = []
    for yr in (2024, 2025):
        n = 95 if yr == 2024 else 48
        for _ in range(n):
            arrivals.append(day_between(r, D(yr, 4, 1), D(yr, 10, 15) if yr == 2024 else TODAY))
    arrivals.sort()
    for a in arrivals:
        loa = round(r.uniform(7.0, 17.5), 1)
        ok = [b for b in visitor if busy[b[0]] <= a and b[2] >= loa]
        if not ok:
            continue
        b = r.choice(ok)
        nights = r.choices([1, 1, 1, 2, 2, 3, 4, 7], [30, 10, 10, 20, 10, 8, 6, 6])[0]
        dep = _plus(a, nights)
        rate = 3.6 if a.month in (6, 7, 8) else 2.9
        vn = f"{r.choice(first_word)} {r.choice(second_word)}"
        row = (b[0], vn, r.choice(ports), r.choice(skippers), loa, _iso(a))
        if dep > TODAY:
            stays.append((*row, None, None, None))
            busy[b[0]] = D(2100, 1, 1)
        else:
            stays.append((*row, _iso(dep), nights, round(loa * rate * nights, 2)))
            busy[b[0]] = dep
    insert(c, "VISITOR_STAY", [(i, *x) for i, x in enumerate(stays, 1)])
    sales = []
    for _ in range(210):
        d = day_between(r, D(2024, 1, 3), LAST)
        if d.month in (12, 1, 2) and r.random() < 0.5:
            d = day_between(r, D(2024, 4, 1), D(2024, 9, 30))
        ft = r.choices(["D", "P"], [80, 20])[0]
        unit = (1.38 if d.year == 2024 else 1.31) if ft == "D" else (1.62 if d.year == 2024 else 1.55)
        vno = r.randint(1, len(vessels)) if r.random() < 0.75 else None
        if vno and ft == "P" and vessels[vno - 1][3] not in ("R", "M"):
            ft = "D"
            unit = 1.38 if d.year == 2024 else 1.31
        lit = round(r.uniform(15, 60) if ft == "P" else r.uniform(20, 260), 1)
        acct = "Y" if vno and r.random() < 0.55 else "N"
        sales.append((_ts(d, r.randint(8, 18), r.randrange(60)), vno, ft, lit, unit, round(lit * unit, 2), acct))
    sales.sort()
    insert(c, "FUEL_SALE", [(i, *x) for i, x in enumerate(sales, 1)])
    jobs = [("ANTIFOUL", 6, 180), ("ENGSVC", 5, 260), ("RIGGING", 8, 420), ("HAULOUT", 2, 0), ("ELEC", 4, 150),
            ("GELCOAT", 10, 220), ("WINTER", 3, 60)]  # fmt: skip
    wos = []
    for _ in range(84):
        d = day_between(r, D(2023, 9, 1), D(2025, 6, 12))
        jt, hrs, parts = r.choices(jobs, [25, 22, 8, 15, 10, 6, 14])[0]
        v = r.choice(vessels)
        if jt == "ENGSVC" and v[3] == "S" and r.random() < 0.3:
            jt, hrs, parts = jobs[0]
        lab = round(hrs * r.uniform(0.6, 1.6) * 2) / 2
        pa = round(parts * r.uniform(0.5, 1.8), 2) if parts else 0.0
        cl = _plus(d, r.randint(1, 30))
        inv = round(lab * 68.0 + pa * 1.15, 2)
        if cl > LAST or r.random() < 0.04:
            cl, inv = None, None
        wos.append((d, v[0], jt, cl, lab, pa, inv))
    wos.sort(key=lambda x: (x[0], x[1]))
    insert(
        c,
        "WORK_ORDER",
        [(i, v, jt, _iso(d), _iso(cl), lab, pa, inv) for i, (d, v, jt, cl, lab, pa, inv) in enumerate(wos, 1)],
    )
    done(c)


# ----------------------------------------------------------------------------------------------------- carparks
def _key(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def build_carparks(path: Path) -> None:
    r = random.Random(39005)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (
            date_key INTEGER PRIMARY KEY, calendar_date TEXT NOT NULL, year_num INTEGER NOT NULL,
            quarter_num INTEGER NOT NULL, month_num INTEGER NOT NULL, month_name TEXT NOT NULL, day_name TEXT NOT NULL,
            is_weekend INTEGER NOT NULL, is_bank_holiday INTEGER NOT NULL);
        CREATE TABLE dim_car_park (
            car_park_sk INTEGER PRIMARY KEY, car_park_code TEXT NOT NULL, car_park_name TEXT NOT NULL,
            ward_name TEXT NOT NULL, total_spaces INTEGER NOT NULL, blue_badge_spaces INTEGER NOT NULL,
            is_multi_storey TEXT NOT NULL, ev_charge_points INTEGER NOT NULL, opened_year INTEGER NOT NULL);
        CREATE TABLE dim_tariff (
            tariff_sk INTEGER PRIMARY KEY, tariff_code TEXT NOT NULL, tariff_desc TEXT NOT NULL,
            max_stay_mins INTEGER, price_pence INTEGER NOT NULL, valid_from_key INTEGER NOT NULL,
            valid_to_key INTEGER, is_current TEXT NOT NULL);
        CREATE TABLE dim_officer (
            officer_sk INTEGER PRIMARY KEY, officer_code TEXT NOT NULL, first_name TEXT NOT NULL,
            last_name TEXT NOT NULL, hire_date TEXT NOT NULL, leave_date TEXT, is_current INTEGER NOT NULL);
        CREATE TABLE dim_contravention (
            contravention_sk INTEGER PRIMARY KEY, contravention_code TEXT NOT NULL, contravention_desc TEXT NOT NULL,
            band_code TEXT NOT NULL, charge_pence INTEGER NOT NULL);
        CREATE TABLE fct_parking_session (
            session_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            car_park_sk INTEGER NOT NULL REFERENCES dim_car_park(car_park_sk),
            tariff_sk INTEGER NOT NULL REFERENCES dim_tariff(tariff_sk), entry_time TEXT NOT NULL,
            stay_mins INTEGER NOT NULL, amount_pence INTEGER NOT NULL, payment_channel TEXT NOT NULL,
            blue_badge_flag INTEGER NOT NULL);
        CREATE TABLE fct_penalty_notice (
            pcn_key INTEGER PRIMARY KEY, pcn_number TEXT NOT NULL UNIQUE,
            issue_date_key INTEGER NOT NULL REFERENCES dim_date(date_key), issue_time TEXT NOT NULL,
            car_park_sk INTEGER NOT NULL REFERENCES dim_car_park(car_park_sk),
            officer_sk INTEGER NOT NULL REFERENCES dim_officer(officer_sk),
            contravention_sk INTEGER NOT NULL REFERENCES dim_contravention(contravention_sk),
            vehicle_reg TEXT NOT NULL, charge_pence INTEGER NOT NULL, paid_pence INTEGER,
            paid_date_key INTEGER REFERENCES dim_date(date_key), status_code TEXT NOT NULL);
        """,
    )
    holidays = {D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26),
                D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5),
                D(2025, 5, 26)}  # fmt: skip
    dates = []
    d = D(2024, 1, 1)
    while d <= TODAY:
        dates.append((_key(d), d.isoformat(), d.year, (d.month - 1) // 3 + 1, d.month, d.strftime("%B"),
                      d.strftime("%A"), 1 if d.weekday() >= 5 else 0, 1 if d in holidays else 0))  # fmt: skip
        d = _plus(d, 1)
    insert(c, "dim_date", dates)
    parks = [
        (1, "CP01", "Broad Street Multi-Storey", "Central", 420, 18, "Y", 12, 1998),
        (2, "CP02", "Riverside Long Stay", "Riverside", 260, 10, "N", 6, 2004),
        (3, "CP03", "Market Square", "Central", 85, 6, "N", 0, 1975),
        (4, "CP04", "Station Approach", "Northfield", 180, 8, "N", 4, 2011),
        (5, "CP05", "Leisure Centre", "Westgate", 150, 8, "N", 2, 2008),
        (6, "CP06", "Castle Hill Short Stay", "Central", 60, 4, "N", 0, 1982),
        (7, "CP07", "Hospital Road Multi-Storey", "Eastbrook", 510, 30, "Y", 20, 2016),
        (8, "CP08", "Southgate Park and Ride", "Southmead", 600, 20, "N", 8, 2025),
    ]
    insert(c, "dim_car_park", parks)
    tariffs = [
        (1, "T1H", "Up to 1 hour", 60, 150, 20230401, 20250331, "N"),
        (2, "T2H", "Up to 2 hours", 120, 250, 20230401, 20250331, "N"),
        (3, "T4H", "Up to 4 hours", 240, 400, 20230401, 20250331, "N"),
        (4, "TAD", "All day", None, 650, 20230401, 20250331, "N"),
        (5, "TEV", "Evening flat rate (after 6pm)", None, 200, 20230401, None, "Y"),
        (6, "T1H", "Up to 1 hour", 60, 170, 20250401, None, "Y"),
        (7, "T2H", "Up to 2 hours", 120, 280, 20250401, None, "Y"),
        (8, "T4H", "Up to 4 hours", 240, 450, 20250401, None, "Y"),
        (9, "TAD", "All day", None, 700, 20250401, None, "Y"),
        (10, "TPR", "Park and ride day return", None, 350, 20250303, None, "Y"),
    ]
    insert(c, "dim_tariff", tariffs)
    officers = [
        (1, "CEO101", "Martin", "Kelsall", "2012-05-14", None, 1),
        (2, "CEO104", "Andrea", "Whyte", "2015-10-05", None, 1),
        (3, "CEO107", "Samuel", "Adeyemi", "2017-02-20", None, 1),
        (4, "CEO109", "Louise", "Farrow", "2018-07-09", "2024-10-31", 0),
        (5, "CEO112", "Imran", "Sheikh", "2019-11-18", None, 1),
        (6, "CEO115", "Gemma", "Tranter", "2021-04-06", None, 1),
        (7, "CEO118", "Pawel", "Mazur", "2023-01-16", "2024-05-24", 0),
        (8, "CEO121", "Kerry", "Doyle", "2024-06-03", None, 1),
        (9, "CEO124", "Darren", "Royle", "2024-11-11", None, 1),
    ]
    insert(c, "dim_officer", officers)
    contras = [
        (1, "80", "Parked for longer than the maximum period permitted", "L", 5000),
        (2, "82", "Parked after the expiry of paid for time", "L", 5000),
        (3, "83", "Parked without clearly displaying a valid pay and display ticket", "L", 5000),
        (4, "85", "Parked in a permit bay without clearly displaying a valid permit", "H", 7000),
        (5, "86", "Parked beyond the bay markings", "L", 5000),
        (6, "87", "Parked in a disabled person's space without displaying a valid badge", "H", 7000),
        (7, "91", "Parked in an area not designated for that class of vehicle", "H", 7000),
        (8, "95", "Parked for a purpose other than the designated purpose", "L", 5000),
    ]
    insert(c, "dim_contravention", contras)
    pw = [22, 14, 12, 13, 9, 10, 20, 8]
    sessions = []
    for _ in range(440):
        d = day_between(r, D(2024, 1, 1), LAST)
        cp = r.choices(parks, pw)[0]
        if cp[0] == 8 and d < D(2025, 3, 3):
            cp = parks[0]
        new = d >= D(2025, 4, 1)
        hh = r.choices(range(7, 22), [3, 8, 10, 10, 9, 8, 8, 7, 6, 5, 4, 4, 3, 2, 1])[0]
        badge = 1 if r.random() < 0.05 else 0
        if cp[0] == 8:
            t = 10
            stay = r.randint(240, 600)
        elif hh >= 18:
            t = 5
            stay = r.randint(40, 240)
        else:
            code = r.choices(["T1H", "T2H", "T4H", "TAD"], [35, 33, 20, 12])[0]
            t = next(x[0] for x in tariffs if x[1] == code and (x[7] == "Y") == new)
            cap = tariffs[t - 1][3] or 600
            stay = max(10, min(cap, int(r.uniform(0.35, 1.0) * cap)))
        amt = 0 if badge else tariffs[t - 1][4]
        ch = r.choices(["CARD", "CASH", "APP"], [45, 15, 40] if d.year == 2024 else [45, 8, 47])[0]
        sessions.append((_key(d), cp[0], t, f"{hh:02d}:{r.randrange(60):02d}", stay, amt, ch, badge))
    sessions.sort()
    insert(c, "fct_parking_session", [(i, *x) for i, x in enumerate(sessions, 1)])
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    pcns = []
    for _ in range(205):
        d = day_between(r, D(2024, 1, 2), LAST)
        if d.weekday() == 6:
            d = _plus(d, 1)
        cp = r.choices(parks, [22, 14, 16, 13, 8, 14, 18, 4])[0]
        if cp[0] == 8 and d < D(2025, 3, 3):
            cp = parks[2]
        ok = [o for o in officers if _active(o[4], o[5], d)]
        off = r.choices(ok, [3 if o[0] in (2, 5) else 2 for o in ok])[0]
        cv = r.choices(contras, [14, 30, 22, 6, 12, 8, 3, 5])[0]
        reg = (f"{r.choice(letters)}{r.choice(letters)}{r.choice([19, 20, 69, 70, 21, 71, 22, 72, 23, 73, 24, 74])}"
               f" {r.choice(letters)}{r.choice(letters)}{r.choice(letters)}")  # fmt: skip
        full = cv[4]
        roll = r.random()
        paid = pdk = None
        if roll < 0.06:
            st = "C"
        elif roll < 0.12:
            st = "A"
        else:
            lag = r.choice([2, 5, 8, 10, 13, 20, 28, 40, 60])
            pd = _plus(d, lag)
            if pd > LAST or r.random() < 0.15:
                st = "O"
            else:
                st, paid, pdk = "P", full // 2 if lag <= 14 else full, _key(pd)
        pcns.append((_key(d), f"{r.randint(6, 19):02d}:{r.randrange(60):02d}", cp[0], off[0], cv[0], reg, full, paid,
                     pdk, st))  # fmt: skip
    pcns.sort()
    insert(c, "fct_penalty_notice", [(i, f"WX{24000000 + i * 37:08d}", *x) for i, x in enumerate(pcns, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------ farmersmarket
def build_farmersmarket(path: Path) -> None:
    r = random.Random(39006)
    c = fresh_db(
        path,
        """
        CREATE TABLE traders (
            id INTEGER PRIMARY KEY, business_name TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
            category TEXT NOT NULL, organic TEXT NOT NULL, village TEXT NOT NULL, joined TEXT NOT NULL,
            status TEXT NOT NULL, email TEXT);
        CREATE TABLE pitches (
            pitch_id INTEGER PRIMARY KEY, pitch_code TEXT NOT NULL, area TEXT NOT NULL, has_power INTEGER NOT NULL,
            width_m REAL NOT NULL, day_rate REAL NOT NULL);
        CREATE TABLE market_days (
            day_id INTEGER PRIMARY KEY, held_on TEXT NOT NULL, theme TEXT, weather TEXT, footfall INTEGER,
            cancelled INTEGER NOT NULL);
        CREATE TABLE entries (
            entry_id INTEGER PRIMARY KEY, trader_ref INTEGER NOT NULL REFERENCES traders(id),
            day_ref INTEGER NOT NULL REFERENCES market_days(day_id), pitch_ref INTEGER REFERENCES pitches(pitch_id),
            entry_type TEXT NOT NULL, fee REAL NOT NULL, fee_paid TEXT NOT NULL, takings REAL, keyed_at TEXT NOT NULL);
        CREATE TABLE products (
            product_id INTEGER PRIMARY KEY, trader_id INTEGER NOT NULL REFERENCES traders(id),
            product_name TEXT NOT NULL, unit TEXT NOT NULL, price_gbp REAL NOT NULL, seasonal INTEGER NOT NULL);
        CREATE TABLE hygiene_checks (
            check_id INTEGER PRIMARY KEY, trader_id INTEGER NOT NULL REFERENCES traders(id),
            checked_on TEXT NOT NULL, officer_name TEXT NOT NULL, score INTEGER NOT NULL, notes TEXT);
        """,
    )
    cats = {
        "Produce": (["Fields", "Orchard", "Market Garden", "Farm"], [("Potatoes", "kg", 1.8),
                    ("Asparagus", "bunch", 4.5), ("Apples", "kg", 3.0), ("Salad bag", "bag", 2.5),
                    ("Strawberries", "punnet", 3.5), ("Mixed veg box", "box", 15.0), ("Leeks", "bunch", 2.2)]),
        "Bakery": (["Bakehouse", "Bakery", "Ovens"], [("Sourdough loaf", "each", 4.8), ("Croissant", "each", 2.2),
                   ("Seeded rye", "each", 5.2), ("Lemon drizzle cake", "each", 12.0), ("Sausage roll", "each", 3.0)]),
        "Meat": (["Butchers", "Farm Meats", "Rare Breeds"], [("Pork sausages", "pack", 5.5), ("Lamb chops", "kg", 18.0),
                 ("Beef mince", "kg", 11.0), ("Free-range chicken", "each", 14.0), ("Streaky bacon", "pack", 4.8)]),
        "Dairy": (["Dairy", "Creamery", "Cheeses"], [("Cheddar", "kg", 22.0), ("Goat's cheese", "each", 5.5),
                  ("Raw milk", "litre", 1.9), ("Greek-style yoghurt", "pot", 3.2), ("Butter", "each", 3.8)]),
        "Preserves": (["Kitchen", "Pantry", "Larder"], [("Chutney", "jar", 4.5), ("Strawberry jam", "jar", 4.0),
                      ("Local honey", "jar", 7.5), ("Chilli jam", "jar", 4.8)]),
        "Street food": (["Kitchen", "Street Food", "Grill"], [("Wood-fired pizza", "each", 9.5),
                        ("Falafel wrap", "each", 8.0), ("Paella portion", "each", 9.0), ("Coffee", "cup", 3.2)]),
        "Crafts": (["Crafts", "Woodworks", "Pottery"], [("Hand-thrown mug", "each", 18.0),
                   ("Beeswax candle", "each", 8.5), ("Chopping board", "each", 28.0), ("Knitted hat", "each", 22.0)]),
        "Plants": (["Nursery", "Plants", "Growers"], [("Herb pot", "each", 3.5), ("Tomato plant", "each", 2.8),
                   ("Perennial 2L", "each", 7.5)]),
    }  # fmt: skip
    cat_w = {"Produce": 9, "Bakery": 6, "Meat": 5, "Dairy": 4, "Preserves": 5, "Street food": 6, "Crafts": 6,
             "Plants": 3}  # fmt: skip
    villages = ["Ashwell", "Brockley", "Coldharbour", "Dunsmore", "Eastling", "Farthingstone", "Great Tew", "Hinton"]
    people = full_names(r, 46)
    places = ["Hillside", "Meadow", "Oak Tree", "Willow", "Brook", "Church Farm", "Old Mill", "Greenacre", "Moorland",
              "Riverbank", "Stonecross", "Hawthorn", "Long Barn", "Orchard End", "Foxhole", "Kingfisher", "Millpond",
              "Bluebell", "Thistle", "Primrose", "Heron", "Badger", "Skylark", "Acorn", "Elder", "Saffron", "Copper",
              "Little Wood", "Honeysuckle", "Red Kite", "Sundial", "Windmill", "Cobblestone", "Larkrise", "Fernhill",
              "Bramble", "Holly", "Cedar", "Juniper", "Rowan", "Maple", "Hazel", "Nettlebed", "Wychwood"]  # fmt: skip
    r.shuffle(places)
    traders, prods = [], []
    cat_names = sorted(cat_w)
    for i in range(1, 45):
        f, s2 = people[i - 1].split(" ")
        cat = r.choices(cat_names, [cat_w[k] for k in cat_names])[0]
        suffixes, plist = cats[cat]
        bn = f"{places[i - 1]} {r.choice(suffixes)}"
        org = "Y" if cat in ("Produce", "Dairy", "Meat", "Bakery") and r.random() < 0.45 else "N"
        joined = day_between(r, D(2016, 4, 1), D(2025, 5, 1))
        status = "A"
        if i in (6, 17, 29, 38):
            status = "L"
        elif i in (11, 33):
            status = "S"
        email = None if r.random() < 0.15 else f"hello@{bn.lower().replace(' ', '').replace(chr(39), '')}.co.uk"
        traders.append((i, bn, f, s2, cat, org, r.choice(villages), _iso(joined), status, email))
        for nm, unit, pr in r.sample(plist, min(len(plist), r.choice([2, 3, 3, 4]))):
            seasonal = 1 if nm in ("Asparagus", "Strawberries", "Tomato plant", "Leeks") else 0
            prods.append((len(prods) + 1, i, nm, unit, round(pr * r.uniform(0.85, 1.2), 2), seasonal))
    insert(c, "traders", traders)
    insert(c, "products", prods)
    pitches = []
    for area, n, power, rate in (("Market Hall", 12, 1, 32.0), ("Square", 14, 0, 22.0), ("Covered Arcade", 8, 1, 28.0)):
        for k in range(1, n + 1):
            code = f"{area[0]}{k:02d}"
            pw = power if not (area == "Square" and k > 11) else 1
            pitches.append(
                (
                    len(pitches) + 1,
                    code,
                    area,
                    pw,
                    r.choice([3.0, 3.0, 4.5, 6.0]),
                    rate + (6.0 if pw and area == "Square" else 0.0),
                )
            )
    insert(c, "pitches", pitches)
    days = []
    d = D(2024, 1, 6)
    while d <= TODAY:
        if d.day <= 7 or 15 <= d.day <= 21:
            days.append(d)
        d = _plus(d, 7)
    themes = {D(2024, 12, 21): "Christmas Market", D(2024, 3, 16): "Spring Fair",
              D(2024, 9, 21): "Harvest Festival", D(2025, 3, 15): "Spring Fair", D(2024, 6, 15): "Strawberry Day",
              D(2025, 6, 7): "Strawberry Day"}  # fmt: skip
    weather = ["Sunny", "Cloudy", "Showers", "Heavy rain", "Windy", "Cold and dry"]
    mdays, entries = [], []
    for did, d in enumerate(days, 1):
        canc = 1 if d in (D(2024, 1, 20), D(2024, 11, 16)) else 0
        w = r.choices(weather, [22, 30, 18, 8, 10, 12] if d.month in (11, 12, 1, 2, 3) else [45, 30, 15, 4, 6, 0])[0]
        foot = (
            None if canc else int(r.uniform(900, 2200) * (1.6 if d in themes else 1.0) * (0.6 if "rain" in w else 1.0))
        )
        mdays.append((did, _iso(d), themes.get(d), "Storm warning" if canc else w, foot, canc))
        if canc:
            continue
        act = [
            t
            for t in traders
            if D.fromisoformat(t[7]) <= d
            and (
                t[8] == "A"
                or (t[0] in (6, 17) and d < D(2024, 9, 1))
                or (t[0] in (29, 38, 11, 33) and d < D(2025, 2, 1))
            )
        ]
        n = min(len(act), r.randint(9, 13) + (4 if d in themes else 0))
        who = r.sample(act, n)
        free = list(pitches)
        r.shuffle(free)
        for t in who:
            p = free.pop()
            if t[4] == "Street food":
                powered = [x for x in free if x[3] == 1]
                if powered:
                    free.append(p)
                    p = powered[0]
                    free.remove(p)
            kind = r.choices(["A", "N", "C"], [88, 5, 7])[0]
            fee = p[5] if kind != "C" else 0.0
            paid = "Y" if kind == "A" or (kind == "N" and r.random() < 0.5) else "N"
            if kind == "C":
                paid = "N"
            if kind == "A" and d > D(2025, 5, 1) and r.random() < 0.25:
                paid = "N"
            tak = (
                round(r.uniform(150, 1400) * (1.4 if d in themes else 1.0), 2)
                if kind == "A" and r.random() < 0.7
                else None
            )
            keyed = _plus(d, -r.randint(2, 30))
            entries.append((keyed, t[0], did, p[0] if kind != "C" else None, kind, fee, paid, tak,
                            _ts(keyed, r.randint(7, 21), r.randrange(60), r.randrange(60))))  # fmt: skip
    insert(c, "market_days", mdays)
    entries.sort(key=lambda x: (x[2], x[8], x[1]))
    insert(c, "entries", [(i, *x[1:]) for i, x in enumerate(entries, 1)])
    officers = ["J. Merriman", "A. Okoro", "P. Lindley"]
    problems = ["Handwash station missing", "Fridge temp 9C", "No allergen info", "Raw and cooked not separated",
                "Pest control records missing"]  # fmt: skip
    checks = []
    food = [t for t in traders if t[4] not in ("Crafts", "Plants")]
    for t in food:
        d = max(D.fromisoformat(t[7]), D(2022, 6, 1))
        d = _plus(d, r.randint(20, 200))
        while d <= LAST:
            sc = r.choices([5, 4, 3, 2, 1], [45, 30, 14, 7, 4])[0]
            note = None if sc >= 4 else r.choice(problems)
            checks.append((d, t[0], r.choice(officers), sc, note))
            d = _plus(d, 120 if sc >= 4 else 40) if t[8] != "L" else D(2100, 1, 1)
    checks.sort(key=lambda x: (x[0], x[1]))
    insert(c, "hygiene_checks", [(i, t, _iso(d), o, sc, n) for i, (d, t, o, sc, n) in enumerate(checks, 1)])
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "dogwalking": build_dogwalking,
    "scaffolding": build_scaffolding,
    "laundrette": build_laundrette,
    "marina": build_marina,
    "carparks": build_carparks,
    "farmersmarket": build_farmersmarket,
}
