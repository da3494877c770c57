"""Six small retail, logistics and services databases for the seventy-seventh blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except the grooming appointments already booked
in ``petstore``.

- ``cobbler`` (Oracle style: UPPER_CASE tables, every column carries a short table prefix; self-referencing
  ``STAFF.STF_MGR_ID``): a chain of shoe-repair and key-cutting kiosks. ``BRANCH`` (``BR_KEY_CUTTING`` 'Y'/'N'),
  ``STAFF`` (role, manager, ``STF_LEFT_DT`` NULL while still employed), ``CUSTOMER`` (``CUS_SMS_OPT_IN`` 'Y'/'N'),
  ``SERVICE`` (price list in pence ``SVC_PRICE_P``, standard minutes), ``REPAIR_JOB`` (ticket taken in at a branch:
  ``JOB_IN_DT``, promised ``JOB_DUE_DT``, ``JOB_DONE_DT`` NULL until the work is finished, ``JOB_COLLECTED_DT``,
  ``JOB_STATUS`` 'O' open / 'R' ready for collection / 'C' collected / 'A' abandoned, ``JOB_EXPRESS`` 'Y'/'N') and
  the link table ``JOB_LINE`` (services on a job, quantity and unit price in pence).
- ``parcellocker`` (snake_case, every time stored as Unix epoch integer seconds, UTC): a network of self-service
  parcel lockers. ``site`` (host type, ``installed_epoch``, ``is_24h`` 0/1), ``locker`` (one compartment; size 'S',
  'M' or 'L'; ``out_of_service`` 0/1), ``carrier``, ``parcel`` (``deposited_ts``, ``collected_ts`` NULL until picked
  up, ``returned_ts`` when sent back after the 72-hour hold; status 'W' waiting / 'C' collected / 'R' returned to
  sender; weight in grams) and ``fault_report`` (``opened_ts``, ``closed_ts`` NULL while unresolved).
- ``camerahire`` (SQL Server style: singular PascalCase tables, ``TableNameId`` keys, ``Is*`` bit flags;
  self-referencing ``Category.ParentCategoryId``): a camera and lens rental house. ``Branch``, ``Category`` (top
  level categories have no parent), ``Equipment`` (``DailyRate`` and ``ReplacementValue`` in pounds, ``IsActive``),
  ``Customer`` (``IsTradeAccount``, ``IsVerified`` = ID checked), ``Rental`` (``OutDate``, ``DueDate``,
  ``ReturnedDate`` NULL while the kit is still out, ``TotalCharge`` in pounds, ``IsPaid``) and the link table
  ``RentalItem`` (``IsDamaged`` when the item came back damaged).
- ``ferreteria`` (Spanish table and column names, Spanish values): a chain of hardware stores in Spain. ``tienda``,
  ``categoria``, ``proveedor`` (``pais`` in Spanish, e.g. 'Alemania'), ``producto`` (``precio`` in euros,
  ``existencias`` = stock, ``activo`` 'S'/'N'), ``cliente`` (``es_profesional`` 'S'/'N' trade customer,
  ``fecha_alta``), ``pedido`` (``estado`` 'E' entregado / 'P' pendiente / 'C' cancelado, ``forma_pago``) and
  ``linea_pedido`` (``cantidad``, ``precio_unitario``, ``importe`` in euros).
- ``forecourt`` (vowel-dropped abbreviations): a small chain of petrol stations. ``stn`` (``crwsh`` 'Y'/'N' car
  wash, ``opnd_dt``), ``fl_grd`` (fuel grade, ``ctgry`` Petrol/Diesel/LPG, pump price ``prc_ppl`` in pence per
  litre), ``wrkr`` (role ``rl``, ``hrly_rt`` in pounds, ``hrd_dt``, ``lft_dt`` NULL while employed), ``shft``
  (``strt_tm`` 'HH:MM', ``hrs``), ``dlvry`` (tanker deliveries: ``ltrs``, ``cst_amt`` in pence, supplier ``spplr``)
  and ``txn`` (pump sales: ``txn_dt``, ``txn_tm``, ``ltrs``, ``amt`` in pence, ``pymt`` CARD/CASH/FLEET).
- ``petstore`` (data-warehouse star schema): a pet-supplies chain. ``dim_date`` (``date_key`` YYYYMMDD integer,
  year, quarter, month, month name, day name, ``is_weekend`` 0/1), ``dim_store`` (region, ``has_grooming`` 'Y'/'N'),
  ``dim_product`` (category, brand, ``is_own_brand`` 'Y'/'N', list price), ``dim_customer`` (loyalty-card holders,
  ``pet_type``), ``fact_sales`` (one row per till line: ``quantity``, ``gross_amount``, ``discount_amount``,
  ``net_amount`` in pounds; ``customer_key`` NULL when no card was shown) and ``fact_grooming`` (appointments:
  service, ``dog_size`` 'S'/'M'/'L', price in pounds, status 'C' completed / 'N' no-show / 'X' cancelled / 'B' booked for a future date).
"""

from __future__ import annotations

import calendar
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
    "Alice", "Ben", "Chloe", "Daniel", "Emily", "Finn", "Grace", "Harry", "Imogen", "Jack", "Katie", "Leo",
    "Megan", "Noah", "Olivia", "Peter", "Ruby", "Sam", "Tara", "Umar", "Vicky", "Will", "Yusuf", "Zara",
]  # fmt: skip
SURNAMES = [
    "Ashby", "Bishop", "Cole", "Dixon", "Ellis", "Fraser", "Gill", "Hayes", "Ingram", "Kemp", "Lamb", "Mills",
    "Norris", "Osborne", "Palmer", "Rhodes", "Sutton", "Tucker", "Vance", "Webb", "Yates",
]  # fmt: skip
NOMBRES = [
    "Alejandro", "Beatriz", "Carlos", "Dolores", "Elena", "Fernando", "Gloria", "Hugo", "Irene", "Javier", "Lucía",
    "Manuel", "Nuria", "Óscar", "Pilar", "Raúl", "Sara", "Tomás", "Verónica", "Íñigo",
]  # fmt: skip
APELLIDOS = [
    "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Moreno", "Álvarez",
    "Romero", "Navarro", "Torres", "Domínguez", "Gil", "Vázquez", "Serrano",
]  # fmt: skip


def _names(r: random.Random, n: int, first: list[str] = FIRST, last: list[str] = SURNAMES) -> list[tuple[str, str]]:
    """``n`` distinct (first, last) pairs."""
    pairs = [(f, s) for f in first for s in last]
    r.shuffle(pairs)
    return pairs[:n]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def _epoch(t: dt.datetime) -> int:
    """Seconds since 1970-01-01 for a naive UTC datetime."""
    return calendar.timegm(t.timetuple())


# --------------------------------------------------------------------------------------------------------- cobbler
CO_BRANCHES = [
    (1, "Kings Cross", "London", D(2012, 4, 2), "Y"), (2, "Islington", "London", D(2015, 9, 14), "Y"),
    (3, "Broad Street", "Reading", D(2016, 3, 1), "N"), (4, "High Street", "Guildford", D(2018, 6, 11), "Y"),
    (5, "Whitgift Centre", "Croydon", D(2019, 10, 7), "N"), (6, "Harlequin Centre", "Watford", D(2021, 2, 15), "Y"),
    (7, "Bentall Centre", "Kingston upon Thames", D(2023, 5, 22), "N"),
]  # fmt: skip
CO_STAFF = [
    (1, "Gordon Hale", None, "Area Manager", None, D(2010, 1, 4), None),
    (2, "Sandra Pike", 1, "Branch Manager", 1, D(2012, 4, 2), None),
    (3, "Tariq Aziz", 2, "Branch Manager", 1, D(2015, 9, 14), None),
    (4, "Joan Mercer", 3, "Branch Manager", 1, D(2016, 3, 1), None),
    (5, "Declan Roe", 4, "Branch Manager", 1, D(2018, 6, 11), None),
    (6, "Helen Cobb", 5, "Branch Manager", 1, D(2019, 10, 7), None),
    (7, "Ravi Menon", 6, "Branch Manager", 1, D(2021, 2, 15), None),
    (8, "Lucy Tran", 7, "Branch Manager", 1, D(2023, 5, 22), None),
    (9, "Stan Whitley", 1, "Senior Cobbler", 2, D(2013, 6, 3), None),
    (10, "Kyle Brooks", 1, "Apprentice", 9, D(2023, 9, 4), None),
    (11, "Amy Fairbairn", 1, "Apprentice", 9, D(2024, 9, 2), None),
    (12, "Pete Dunmore", 1, "Cobbler", 2, D(2017, 2, 20), D(2024, 3, 29)),
    (13, "Nadia Harris", 2, "Cobbler", 3, D(2016, 1, 11), None),
    (14, "Owen Pryce", 2, "Cobbler", 3, D(2020, 8, 17), None),
    (15, "Grace Lowry", 3, "Cobbler", 4, D(2017, 5, 8), None),
    (16, "Ben Okoro", 3, "Apprentice", 15, D(2024, 1, 15), D(2025, 2, 28)),
    (17, "Martin Shaw", 4, "Senior Cobbler", 5, D(2018, 7, 2), None),
    (18, "Ella Finch", 4, "Apprentice", 17, D(2022, 10, 3), None),
    (19, "Craig Bell", 4, "Apprentice", 17, D(2025, 3, 3), None),
    (20, "Zoe Marsh", 5, "Cobbler", 6, D(2019, 11, 4), None),
    (21, "Hamza Iqbal", 5, "Cobbler", 6, D(2021, 6, 7), D(2023, 12, 22)),
    (22, "Fiona Reid", 6, "Cobbler", 7, D(2021, 3, 1), None),
    (23, "Leon Carter", 6, "Cobbler", 7, D(2022, 5, 16), None),
    (24, "Ivy Stone", 7, "Cobbler", 8, D(2023, 5, 22), None),
    (25, "Jack Nolan", 7, "Apprentice", 8, D(2024, 4, 8), None),
    (26, "Priya Desai", 2, "Senior Cobbler", 3, D(2014, 2, 10), None),
]
CO_SERVICES = [
    ("HEEL", "Heel replacement (pair)", "Shoe repair", 1495, 15), ("SOLE", "Full resole", "Shoe repair", 4500, 60),
    ("HALF", "Half sole", "Shoe repair", 2995, 35), ("TIPS", "Heel tips", "Shoe repair", 995, 10),
    ("STCH", "Stitching repair", "Shoe repair", 1200, 20), ("STRT", "Shoe stretching", "Shoe repair", 1500, 10),
    ("ZIPR", "Boot zip replacement", "Shoe repair", 3500, 45), ("CLNP", "Clean and polish", "Shoe repair", 800, 15),
    ("KEYS", "Standard key cut", "Key cutting", 600, 5), ("KEYM", "Security key cut", "Key cutting", 1800, 10),
    ("KEYC", "Car key programming", "Key cutting", 8500, 30), ("WBAT", "Watch battery", "Watch", 800, 5),
    ("WSTR", "Watch strap fitting", "Watch", 1500, 10), ("ENGR", "Engraving", "Engraving", 2000, 20),
    ("BAGS", "Bag strap repair", "Bag repair", 2500, 30),
]  # fmt: skip
CO_TOWNS = {1: "London", 2: "London", 3: "Reading", 4: "Guildford", 5: "Croydon", 6: "Watford", 7: "Kingston"}


def build_cobbler(path: Path) -> None:
    r = random.Random(77001)
    c = fresh_db(
        path,
        """
        CREATE TABLE BRANCH (BR_ID INTEGER PRIMARY KEY, BR_NAME TEXT NOT NULL, BR_TOWN TEXT NOT NULL,
            BR_OPENED_DT DATE NOT NULL, BR_KEY_CUTTING CHAR(1) NOT NULL DEFAULT 'N');
        CREATE TABLE STAFF (STF_ID INTEGER PRIMARY KEY, STF_NAME TEXT NOT NULL, STF_BR_ID INTEGER
            REFERENCES BRANCH(BR_ID), STF_ROLE TEXT NOT NULL, STF_MGR_ID INTEGER REFERENCES STAFF(STF_ID),
            STF_HIRED_DT DATE NOT NULL, STF_LEFT_DT DATE);
        CREATE TABLE CUSTOMER (CUS_ID INTEGER PRIMARY KEY, CUS_NAME TEXT NOT NULL, CUS_PHONE TEXT,
            CUS_TOWN TEXT NOT NULL, CUS_SMS_OPT_IN CHAR(1) NOT NULL DEFAULT 'N', CUS_JOINED_DT DATE NOT NULL);
        CREATE TABLE SERVICE (SVC_ID INTEGER PRIMARY KEY, SVC_CODE TEXT NOT NULL UNIQUE, SVC_NAME TEXT NOT NULL,
            SVC_CATEGORY TEXT NOT NULL, SVC_PRICE_P INTEGER NOT NULL, SVC_STD_MINUTES INTEGER NOT NULL);
        CREATE TABLE REPAIR_JOB (JOB_ID INTEGER PRIMARY KEY, JOB_BR_ID INTEGER NOT NULL REFERENCES BRANCH(BR_ID),
            JOB_CUS_ID INTEGER NOT NULL REFERENCES CUSTOMER(CUS_ID), JOB_STF_ID INTEGER NOT NULL
            REFERENCES STAFF(STF_ID), JOB_IN_DT DATE NOT NULL, JOB_DUE_DT DATE NOT NULL, JOB_DONE_DT DATE,
            JOB_COLLECTED_DT DATE, JOB_STATUS CHAR(1) NOT NULL, JOB_EXPRESS CHAR(1) NOT NULL DEFAULT 'N');
        CREATE TABLE JOB_LINE (JL_ID INTEGER PRIMARY KEY, JL_JOB_ID INTEGER NOT NULL REFERENCES REPAIR_JOB(JOB_ID),
            JL_SVC_ID INTEGER NOT NULL REFERENCES SERVICE(SVC_ID), JL_QTY INTEGER NOT NULL,
            JL_PRICE_P INTEGER NOT NULL);
        """,
    )
    insert(c, "BRANCH", [(i, n, t, _iso(d), k) for i, n, t, d, k in CO_BRANCHES])
    insert(c, "STAFF", [(i, n, b, ro, m, _iso(h), _iso(lf)) for i, n, b, ro, m, h, lf in CO_STAFF])
    insert(c, "SERVICE", [(k, *x) for k, x in enumerate(CO_SERVICES, 1)])
    custs, home = [], {}
    for k, (f, s) in enumerate(_names(r, 90), 1):
        hb = r.choice([1, 1, 2, 2, 3, 4, 5, 6, 7])
        home[k] = hb
        phone = None if r.random() < 0.08 else f"07700 9{r.randint(10000, 99999)}"
        custs.append((k, f"{f} {s}", CO_TOWNS[hb], phone, _yn(r.random() < 0.55),
                      _iso(day_between(r, D(2020, 1, 1), D(2025, 5, 31)))))  # fmt: skip
    insert(c, "CUSTOMER", [(k, n, p, t, o, j) for k, n, t, p, o, j in custs])
    weights = [10, 4, 5, 7, 5, 3, 3, 6, 12, 4, 1, 8, 3, 3, 2]
    jobs, lines = [], []
    for i in range(300):
        cus = r.randint(1, 82)
        d = day_between(r, START, LAST) if i < 280 else day_between(r, D(2025, 5, 26), LAST)
        br = home[cus] if r.random() < 0.95 else r.randint(1, 7)
        if CO_BRANCHES[br - 1][3] > d:
            br = 1
        staff = [s for s in CO_STAFF if s[2] == br and s[5] <= d and (s[6] is None or s[6] > d)]
        stf = r.choice(staff)[0]
        express = r.random() < 0.15
        due = d + dt.timedelta(days=r.choice([0, 1]) if express else r.randint(3, 7))
        late = r.random() < 0.12
        fin = due + dt.timedelta(days=r.randint(1, 4)) if late else d + dt.timedelta(days=r.randint(0, (due - d).days))
        if fin > LAST:
            jobs.append((br, cus, stf, d, due, None, None, "O", express))
        else:
            col = None if r.random() < 0.07 else fin + dt.timedelta(days=r.choice([0, 0, 1, 2, 3, 5, 8, 14, 30]))
            if col is not None and col <= LAST:
                jobs.append((br, cus, stf, d, due, fin, col, "C", express))
            else:
                jobs.append((br, cus, stf, d, due, fin, None, "A" if (LAST - fin).days > 90 else "R", express))
    reading = next(k for k in range(1, 83) if home[k] == 3)
    jobs.append((3, reading, 15, D(2025, 6, 6), D(2025, 6, 11), None, None, "O", False))
    jobs.append((1, 5, 9, D(2025, 6, 2), D(2025, 6, 7), None, None, "O", False))
    jobs.sort(key=lambda x: (x[3], x[0]))
    for k, _j in enumerate(jobs, 1):
        for sid in sorted(set(r.choices(range(1, len(CO_SERVICES) + 1), weights, k=r.choice([1, 1, 1, 2, 2, 3])))):
            qty = r.randint(1, 4) if sid in (9, 10) else 1
            price = CO_SERVICES[sid - 1][3]
            if _j[3].year < 2025:
                price = int(round(price * 0.95 / 5) * 5)
            lines.append((len(lines) + 1, k, sid, qty, price))
    insert(c, "REPAIR_JOB", [(k, br, cu, st, _iso(d), _iso(du), _iso(f), _iso(co), sts, _yn(ex))
                             for k, (br, cu, st, d, du, f, co, sts, ex) in enumerate(jobs, 1)])  # fmt: skip
    insert(c, "JOB_LINE", lines)
    c.execute("""UPDATE CUSTOMER SET CUS_JOINED_DT = (SELECT MIN(JOB_IN_DT) FROM REPAIR_JOB WHERE JOB_CUS_ID = CUS_ID)
                 WHERE CUS_JOINED_DT > (SELECT MIN(JOB_IN_DT) FROM REPAIR_JOB WHERE JOB_CUS_ID = CUS_ID)""")
    done(c)


# ---------------------------------------------------------------------------------------------------- parcellocker
PL_SITES = [
    (1, "Headrow Supermarket", "Leeds", "Supermarket", D(2022, 3, 1), 1),
    (2, "Leeds Station Concourse", "Leeds", "Station", D(2022, 6, 15), 1),
    (3, "Kirkstall Library", "Leeds", "Library", D(2023, 2, 1), 0),
    (4, "Piccadilly Co-op", "Manchester", "Supermarket", D(2022, 9, 5), 0),
    (5, "Oxford Road Station", "Manchester", "Station", D(2023, 4, 17), 1),
    (6, "Didsbury Service Station", "Manchester", "Petrol station", D(2023, 8, 1), 1),
    (7, "Sheffield Central Library", "Sheffield", "Library", D(2023, 10, 9), 0),
    (8, "Meadowhall East Mall", "Sheffield", "Shopping centre", D(2023, 11, 20), 0),
    (9, "York Station Forecourt", "York", "Station", D(2024, 2, 12), 1),
    (10, "Acomb Service Station", "York", "Petrol station", D(2024, 4, 10), 1),
    (11, "Bradford Interchange", "Bradford", "Station", D(2024, 7, 1), 1),
    (12, "Ilkley Library", "Bradford", "Library", D(2024, 11, 18), 0),
]
PL_CARRIERS = [(1, "Swiftpost", "SWP"), (2, "ParcelHop", "PHP"), (3, "Northern Courier", "NCR"),
               (4, "QuickDrop", "QKD"), (5, "EuroExpress", "EUX")]  # fmt: skip
PL_FAULTS = ["Door jammed", "Lock failure", "Screen fault", "Power outage", "Vandalism"]


def build_parcellocker(path: Path) -> None:
    r = random.Random(77002)
    c = fresh_db(
        path,
        """
        CREATE TABLE site (site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, city TEXT NOT NULL,
            host_type TEXT NOT NULL, installed_epoch INTEGER NOT NULL, is_24h INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE locker (locker_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES site(site_id),
            compartment_no INTEGER NOT NULL, size_code CHAR(1) NOT NULL, out_of_service INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE carrier (carrier_id INTEGER PRIMARY KEY, carrier_name TEXT NOT NULL, carrier_code TEXT NOT NULL);
        CREATE TABLE parcel (parcel_id INTEGER PRIMARY KEY, tracking_no TEXT NOT NULL UNIQUE,
            carrier_id INTEGER NOT NULL REFERENCES carrier(carrier_id), locker_id INTEGER NOT NULL
            REFERENCES locker(locker_id), weight_g INTEGER NOT NULL, deposited_ts INTEGER NOT NULL,
            collected_ts INTEGER, returned_ts INTEGER, status CHAR(1) NOT NULL);
        CREATE TABLE fault_report (fault_id INTEGER PRIMARY KEY, locker_id INTEGER NOT NULL
            REFERENCES locker(locker_id), fault_type TEXT NOT NULL, reported_by TEXT NOT NULL,
            opened_ts INTEGER NOT NULL, closed_ts INTEGER);
        """,
    )
    insert(c, "site", [(i, n, ci, h, _epoch(dt.datetime(d.year, d.month, d.day, 9, 0)), a)
                       for i, n, ci, h, d, a in PL_SITES])  # fmt: skip
    insert(c, "carrier", PL_CARRIERS)
    lockers = []
    for sid, *_rest in PL_SITES:
        for n in range(1, r.choice([8, 10, 12, 14]) + 1):
            size = r.choices("SML", [50, 35, 15])[0]
            lockers.append((len(lockers) + 1, sid, n, size, int(r.random() < 0.05)))
    insert(c, "locker", lockers)
    now = _epoch(dt.datetime(2025, 6, 15))
    popular = {1: 5, 2: 6, 3: 2, 4: 4, 5: 5, 6: 3, 7: 2, 8: 4, 9: 3, 10: 2, 11: 3, 12: 1}
    parcels = []
    for i in range(440):
        d = day_between(r, D(2024, 9, 1), LAST) if i < 430 else day_between(r, D(2025, 6, 12), LAST)
        sites = [s for s in PL_SITES if s[4] < d]
        site = r.choices(sites, [popular[s[0]] for s in sites])[0][0]
        lk = r.choice([lo for lo in lockers if lo[1] == site])
        t = _epoch(dt.datetime(d.year, d.month, d.day, r.randint(6, 21), r.randint(0, 59), r.randint(0, 59)))
        x = r.random()
        wait = (r.randint(300, 3599) if x < 0.22 else r.randint(3600, 86399) if x < 0.68
                else r.randint(86400, 259199) if x < 0.9 and i < 430 else None)  # fmt: skip
        if wait is not None and t + wait < now:
            row = (t, t + wait, None, "C")
        elif t + 259200 < now:
            row = (t, None, t + 259200 + r.randint(3600, 36000), "R")
        else:
            row = (t, None, None, "W")
        weight = r.choice([r.randint(80, 900), r.randint(300, 2500), r.randint(1000, 9000)])
        parcels.append((r.choices([1, 2, 3, 4, 5], [9, 7, 5, 4, 2])[0], lk[0], weight, *row))
    parcels.sort(key=lambda x: x[3])
    insert(c, "parcel", [(k, f"{PL_CARRIERS[cr - 1][2]}{1000000 + k * 37 + r.randint(0, 30)}", cr, lk, w, *rest)
                         for k, (cr, lk, w, *rest) in enumerate(parcels, 1)])  # fmt: skip
    faults = []
    for _ in range(44):
        lk = r.choice(lockers)
        d = day_between(r, max(D(2024, 1, 1), PL_SITES[lk[1] - 1][4]), D(2025, 6, 12))
        t = _epoch(dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59)))
        closed = t + r.randint(2, 120) * 3600 + r.randint(0, 3599)
        faults.append((lk[0], r.choices(PL_FAULTS, [8, 5, 4, 2, 2])[0],
                       r.choice(["Customer", "Customer", "Courier", "Engineer"]), t, closed if closed < now else None))  # fmt: skip
    faults.sort(key=lambda x: x[3])
    faults = [(*f[:4], None) if k in (7, 29) else f for k, f in enumerate(faults)]
    insert(c, "fault_report", [(k, *f) for k, f in enumerate(faults, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------ camerahire
CH_BRANCHES = [(1, "Shoreditch", "London"), (2, "Ancoats", "Manchester"), (3, "Harbourside", "Bristol")]
CH_CATEGORIES = [
    (1, "Cameras", None), (2, "Lenses", None), (3, "Lighting", None), (4, "Audio", None), (5, "Grip and Support", None),
    (6, "Mirrorless Cameras", 1), (7, "Cinema Cameras", 1), (8, "Prime Lenses", 2), (9, "Zoom Lenses", 2),
    (10, "Anamorphic Lenses", 2), (11, "LED Panels", 3), (12, "Wireless Microphones", 4), (13, "Field Recorders", 4),
    (14, "Tripods", 5), (15, "Gimbals", 5),
]  # fmt: skip
CH_MODELS = [
    (6, "Sony", "A7S III", 85.0, 3400.0, 3), (6, "Canon", "EOS R5", 90.0, 3900.0, 3), (6, "Fujifilm", "X-H2S", 65.0,
    2500.0, 2), (6, "Panasonic", "Lumix S5 II", 60.0, 2000.0, 2), (7, "RED", "Komodo 6K", 250.0, 6500.0, 2),
    (7, "Blackmagic", "URSA Mini Pro 12K", 180.0, 5500.0, 1), (7, "Sony", "FX6", 160.0, 5800.0, 2),
    (8, "Sigma", "35mm f/1.4 Art", 25.0, 800.0, 3), (8, "Canon", "RF 50mm f/1.2", 45.0, 2300.0, 2),
    (8, "Sony", "FE 85mm f/1.4 GM", 40.0, 1600.0, 2), (8, "Zeiss", "CP.3 25mm", 75.0, 4200.0, 1),
    (9, "Canon", "RF 24-70mm f/2.8", 50.0, 2400.0, 3), (9, "Sony", "FE 70-200mm f/2.8 GM II", 55.0, 2800.0, 2),
    (9, "Sigma", "18-35mm f/1.8", 20.0, 700.0, 2), (10, "Sirui", "50mm 1.33x Anamorphic", 35.0, 1100.0, 1),
    (10, "Atlas", "Orion 40mm Anamorphic", 150.0, 12000.0, 1), (11, "Aputure", "Amaran 200x", 30.0, 450.0, 3),
    (11, "Aputure", "LS 600d Pro", 70.0, 1800.0, 2), (11, "Godox", "SL150 II", 20.0, 300.0, 2),
    (12, "Rode", "Wireless GO II", 18.0, 280.0, 3), (12, "Sennheiser", "EW 112P G4", 25.0, 600.0, 2),
    (13, "Zoom", "F6", 22.0, 650.0, 2), (13, "Sound Devices", "MixPre-6 II", 40.0, 1100.0, 1),
    (14, "Manfrotto", "504X Video Tripod", 15.0, 700.0, 3), (14, "Sachtler", "Flowtech 75", 35.0, 2100.0, 1),
    (15, "DJI", "RS 3 Pro", 35.0, 850.0, 2), (15, "DJI", "Ronin 2", 120.0, 8000.0, 1),
]  # fmt: skip


def build_camerahire(path: Path) -> None:
    r = random.Random(77003)
    c = fresh_db(
        path,
        """
        CREATE TABLE Branch (BranchId INTEGER PRIMARY KEY, Name NVARCHAR(50) NOT NULL, City NVARCHAR(50) NOT NULL);
        CREATE TABLE Category (CategoryId INTEGER PRIMARY KEY, Name NVARCHAR(60) NOT NULL,
            ParentCategoryId INTEGER REFERENCES Category(CategoryId));
        CREATE TABLE Equipment (EquipmentId INTEGER PRIMARY KEY, CategoryId INTEGER NOT NULL
            REFERENCES Category(CategoryId), BranchId INTEGER NOT NULL REFERENCES Branch(BranchId),
            Brand NVARCHAR(40) NOT NULL, Model NVARCHAR(80) NOT NULL, SerialNumber NVARCHAR(20) NOT NULL,
            DailyRate DECIMAL(8,2) NOT NULL, ReplacementValue DECIMAL(10,2) NOT NULL, PurchaseDate DATE NOT NULL,
            IsActive BIT NOT NULL DEFAULT 1);
        CREATE TABLE Customer (CustomerId INTEGER PRIMARY KEY, FullName NVARCHAR(80) NOT NULL,
            CompanyName NVARCHAR(80), Email NVARCHAR(120) NOT NULL, IsTradeAccount BIT NOT NULL DEFAULT 0,
            IsVerified BIT NOT NULL DEFAULT 0, CreatedDate DATE NOT NULL);
        CREATE TABLE Rental (RentalId INTEGER PRIMARY KEY, CustomerId INTEGER NOT NULL
            REFERENCES Customer(CustomerId), BranchId INTEGER NOT NULL REFERENCES Branch(BranchId),
            OutDate DATE NOT NULL, DueDate DATE NOT NULL, ReturnedDate DATE, TotalCharge DECIMAL(10,2) NOT NULL,
            IsPaid BIT NOT NULL DEFAULT 0);
        CREATE TABLE RentalItem (RentalItemId INTEGER PRIMARY KEY, RentalId INTEGER NOT NULL
            REFERENCES Rental(RentalId), EquipmentId INTEGER NOT NULL REFERENCES Equipment(EquipmentId),
            DailyRate DECIMAL(8,2) NOT NULL, IsDamaged BIT NOT NULL DEFAULT 0);
        """,
    )
    insert(c, "Branch", CH_BRANCHES)
    insert(c, "Category", CH_CATEGORIES)
    equip = []
    for cat, brand, model, rate, value, units in CH_MODELS:
        for _u in range(units):
            bought = day_between(r, D(2017, 1, 1), D(2025, 3, 31))
            active = 0 if bought < D(2020, 1, 1) and r.random() < 0.5 else int(r.random() > 0.04)
            serial = f"{brand[:2].upper()}{r.randint(100000, 999999)}"
            equip.append((len(equip) + 1, cat, r.choice([1, 1, 2, 3]), brand, model, serial, rate, value,
                          _iso(bought), active))  # fmt: skip
    studios = ["Northlight Films", "Brickwork Media", "Tidewater Productions", "Copperbeam Studio", "Foxglove Pictures",
               "Halfmoon Creative", "Red Kite Broadcast", "Saltmarsh Video"]  # fmt: skip
    custs = []
    for k, (f, s) in enumerate(_names(r, 80), 1):
        company = studios[k % len(studios)] if k % 5 == 0 or k % 7 == 0 else None
        trade = int(company is not None and r.random() < 0.8)
        custs.append((k, f"{f} {s}", company, f"{f.lower()}.{s.lower()}@example.com", trade,
                      int(r.random() < 0.85), _iso(day_between(r, D(2019, 1, 1), D(2025, 4, 30)))))  # fmt: skip
    insert(c, "Customer", custs)
    extra = [(6, "Sony", "FX3", 70.0, 3900.0, D(2025, 6, 2)), (12, "DJI", "Mic 2", 15.0, 330.0, D(2025, 6, 5)),
             (11, "Nanlite", "Forza 300B", 35.0, 900.0, D(2025, 6, 9))]  # fmt: skip
    for cat, brand, model, rate, value, bought in extra:
        equip.append((len(equip) + 1, cat, 1, brand, model, f"{brand[:2].upper()}{r.randint(100000, 999999)}", rate,
                      value, _iso(bought), 1))  # fmt: skip
    rentals, items = [], []
    for i in range(240):
        cu = r.randint(1, 74)
        out = day_between(r, START, LAST) if i < 228 else day_between(r, D(2025, 6, 2), LAST)
        days = r.choice([1, 1, 2, 2, 3, 3, 4, 5, 7, 10, 14])
        if i >= 238:
            out, days = D(2025, 6, 2 + i - 238), 5
        due = out + dt.timedelta(days=days)
        late = r.choice([0] * 20 + [1, 1, 2, 3, 6])
        ret = due + dt.timedelta(days=late) if r.random() > 0.04 else due - dt.timedelta(days=min(days - 1, 1))
        if i >= 238:
            ret = None
        branch = r.choice([1, 1, 2, 3])
        pool = [e for e in equip[: -len(extra)]
                if D.fromisoformat(str(e[8])) <= out and (e[9] == 1 or out < D(2024, 1, 1))]  # fmt: skip
        pool = [e for e in pool if e[2] == branch] or pool
        picks = r.sample(pool, min(len(pool), r.choice([1, 1, 2, 2, 3, 4])))
        rentals.append((cu, branch, out, due, None if ret is None or ret > LAST else ret, picks, days))
    insert(c, "Equipment", equip)
    rentals.sort(key=lambda x: (x[2], x[0]))
    rows = []
    for k, (cu, br, out, due, ret, picks, days) in enumerate(rentals, 1):
        total = 0.0
        for e in picks:
            total += float(e[6]) * days
            items.append((len(items) + 1, k, e[0], e[6], int(ret is not None and r.random() < 0.05)))
        if custs[cu - 1][4]:
            total *= 0.85
        paid = 1 if ret is not None and r.random() < 0.95 else int(r.random() < 0.5)
        rows.append((k, cu, br, _iso(out), _iso(due), _iso(ret), round(total, 2), paid))
    insert(c, "Rental", rows)
    insert(c, "RentalItem", items)
    c.execute("""UPDATE Customer SET CreatedDate = (SELECT MIN(OutDate) FROM Rental r WHERE r.CustomerId = Customer.CustomerId)
                 WHERE CreatedDate > (SELECT MIN(OutDate) FROM Rental r WHERE r.CustomerId = Customer.CustomerId)""")
    done(c)


# ------------------------------------------------------------------------------------------------------ ferreteria
FE_TIENDAS = [
    (1, "Ferretería Centro", "Madrid", D(2008, 3, 10)), (2, "Ferretería Ruzafa", "Valencia", D(2012, 5, 21)),
    (3, "Ferretería Triana", "Sevilla", D(2015, 9, 1)), (4, "Ferretería Deusto", "Bilbao", D(2019, 2, 11)),
    (5, "Ferretería Delicias", "Zaragoza", D(2023, 10, 2)),
]  # fmt: skip
FE_CATEGORIAS = ["Herramientas eléctricas", "Herramientas manuales", "Fontanería", "Electricidad", "Pinturas",
                 "Jardín", "Tornillería", "Cerrajería"]  # fmt: skip
FE_PROVEEDORES = [
    (1, "Bosch España", "Alemania"), (2, "Herramientas Bellota", "España"), (3, "Pinturas Levante", "España"),
    (4, "Stanley Iberia", "Estados Unidos"), (5, "Würth Suministros", "Alemania"), (6, "Fontaval", "Italia"),
    (7, "Guangdong Hardware Co.", "China"),
]  # fmt: skip
FE_PRODUCTOS = [
    ("Taladro percutor 18V", 1, 1, 129.90), ("Atornillador inalámbrico 12V", 1, 1, 79.95),
    ("Amoladora angular 115mm", 1, 1, 64.50), ("Sierra de calar 650W", 1, 4, 89.00),
    ("Lijadora orbital", 1, 7, 39.99), ("Martillo de carpintero", 2, 2, 14.50), ("Juego de destornilladores 8 pzas", 2, 4,
    19.95), ("Alicate universal", 2, 2, 11.20), ("Llave inglesa 250mm", 2, 4, 16.80), ("Sierra de arco", 2, 2, 18.40),
    ("Metro flexómetro 5m", 2, 7, 6.90), ("Grifo monomando de cocina", 3, 6, 58.00),
    ("Latiguillo flexible 40cm", 3, 6, 4.75), ("Cinta de teflón", 3, 7, 1.20), ("Sifón de lavabo", 3, 6, 7.90),
    ("Llave de paso 1/2", 3, 6, 9.60), ("Desatascador de ventosa", 3, 7, 5.50), ("Regleta 5 enchufes", 4, 7, 12.90),
    ("Bombilla LED E27 10W", 4, 7, 3.40), ("Cable eléctrico 2,5mm 10m", 4, 5, 15.80), ("Interruptor doble", 4, 5,
    6.25), ("Detector de tensión", 4, 1, 24.90), ("Pintura plástica blanca 15L", 5, 3, 54.00),
    ("Esmalte sintético negro 750ml", 5, 3, 13.90), ("Rodillo antigota 22cm", 5, 3, 7.30),
    ("Brocha plana 50mm", 5, 3, 3.95), ("Cinta de carrocero", 5, 7, 2.60), ("Manguera 25m", 6, 7, 32.00),
    ("Tijera de podar", 6, 2, 21.50), ("Cortacésped eléctrico 1400W", 6, 1, 149.00), ("Pistola de riego", 6, 7, 8.90),
    ("Azada forjada", 6, 2, 26.40), ("Tornillos madera 4x40 (200u)", 7, 5, 7.80), ("Tacos nylon 8mm (100u)", 7, 5,
    5.20), ("Pernos M8 (50u)", 7, 5, 9.40), ("Arandelas M8 (100u)", 7, 7, 3.10), ("Clavos acero 30mm (500g)", 7, 7,
    4.30), ("Cerradura de seguridad", 8, 4, 69.00), ("Candado latón 40mm", 8, 4, 12.60), ("Bombín antibumping", 8, 4,
    38.50), ("Cadena antirrobo 1m", 8, 7, 22.00), ("Mirilla digital", 8, 7, 45.00),
    ("Escalera de aluminio 3 peldaños", 2, 4, 49.90), ("Nivel láser autonivelante", 1, 1, 99.00),
    ("Caja de herramientas 19 pulgadas", 2, 4, 27.50),
]  # fmt: skip
FE_CIUDADES = {1: "Madrid", 2: "Valencia", 3: "Sevilla", 4: "Bilbao", 5: "Zaragoza"}


def build_ferreteria(path: Path) -> None:
    r = random.Random(77004)
    c = fresh_db(
        path,
        """
        CREATE TABLE tienda (id_tienda INTEGER PRIMARY KEY, nombre TEXT NOT NULL, ciudad TEXT NOT NULL,
            fecha_apertura DATE NOT NULL);
        CREATE TABLE categoria (id_categoria INTEGER PRIMARY KEY, nombre TEXT NOT NULL);
        CREATE TABLE proveedor (id_proveedor INTEGER PRIMARY KEY, nombre TEXT NOT NULL, pais TEXT NOT NULL);
        CREATE TABLE producto (id_producto INTEGER PRIMARY KEY, nombre TEXT NOT NULL, id_categoria INTEGER NOT NULL
            REFERENCES categoria(id_categoria), id_proveedor INTEGER NOT NULL REFERENCES proveedor(id_proveedor),
            precio NUMERIC(8,2) NOT NULL, existencias INTEGER NOT NULL, activo CHAR(1) NOT NULL DEFAULT 'S');
        CREATE TABLE cliente (id_cliente INTEGER PRIMARY KEY, nombre TEXT NOT NULL, apellidos TEXT NOT NULL,
            ciudad TEXT NOT NULL, es_profesional CHAR(1) NOT NULL DEFAULT 'N', fecha_alta DATE NOT NULL);
        CREATE TABLE pedido (id_pedido INTEGER PRIMARY KEY, id_cliente INTEGER NOT NULL
            REFERENCES cliente(id_cliente), id_tienda INTEGER NOT NULL REFERENCES tienda(id_tienda),
            fecha DATE NOT NULL, estado CHAR(1) NOT NULL, forma_pago TEXT NOT NULL);
        CREATE TABLE linea_pedido (id_linea INTEGER PRIMARY KEY, id_pedido INTEGER NOT NULL
            REFERENCES pedido(id_pedido), id_producto INTEGER NOT NULL REFERENCES producto(id_producto),
            cantidad INTEGER NOT NULL, precio_unitario NUMERIC(8,2) NOT NULL, importe NUMERIC(10,2) NOT NULL);
        """,
    )
    insert(c, "tienda", [(i, n, ci, _iso(d)) for i, n, ci, d in FE_TIENDAS])
    insert(c, "categoria", list(enumerate(FE_CATEGORIAS, 1)))
    insert(c, "proveedor", FE_PROVEEDORES)
    prods = []
    for k, (n, cat, prov, precio) in enumerate(FE_PRODUCTOS, 1):
        activo = "N" if k in (5, 17, 26, 31, 42) else "S"
        stock = 0 if r.random() < 0.12 else r.randint(1, 120)
        prods.append((k, n, cat, prov, precio, stock, activo))
    insert(c, "producto", prods)
    clientes, casa = [], {}
    for k, (f, s) in enumerate(_names(r, 110, NOMBRES, APELLIDOS), 1):
        t = r.choice([1, 1, 2, 2, 3, 4, 5])
        casa[k] = t
        s2 = r.choice(APELLIDOS)
        clientes.append((k, f, f"{s} {s2}", FE_CIUDADES[t], "S" if r.random() < 0.3 else "N",
                         _iso(day_between(r, D(2018, 1, 1), D(2025, 5, 31)))))  # fmt: skip
    insert(c, "cliente", clientes)
    pedidos, lineas = [], []
    for i in range(330):
        cl = r.randint(1, 100)
        d = day_between(r, START, LAST) if i < 320 else day_between(r, D(2025, 6, 6), LAST)
        t = casa[cl] if r.random() < 0.9 else r.randint(1, 5)
        if FE_TIENDAS[t - 1][3] > d:
            t = 1
        x = r.random()
        estado = "C" if x < 0.07 else "P" if d > D(2025, 6, 5) and x < 0.6 else "E"
        pago = r.choices(["tarjeta", "efectivo", "bizum", "transferencia"], [50, 20, 20, 10])[0]
        pedidos.append((cl, t, d, estado, pago))
    pedidos.sort(key=lambda x: (x[2], x[1]))
    for k in range(1, len(pedidos) + 1):
        for pid in r.sample(range(1, len(FE_PRODUCTOS) - 2), r.choice([1, 1, 2, 2, 3, 4])):
            q = r.randint(1, 2) if FE_PRODUCTOS[pid - 1][3] > 50 else r.randint(1, 6)
            pu = FE_PRODUCTOS[pid - 1][3]
            lineas.append((len(lineas) + 1, k, pid, q, pu, round(q * pu, 2)))
    insert(c, "pedido", [(k, cl, t, _iso(d), e, p) for k, (cl, t, d, e, p) in enumerate(pedidos, 1)])
    insert(c, "linea_pedido", lineas)
    c.execute("""UPDATE cliente SET fecha_alta = (SELECT MIN(fecha) FROM pedido p WHERE p.id_cliente = cliente.id_cliente)
                 WHERE fecha_alta > (SELECT MIN(fecha) FROM pedido p WHERE p.id_cliente = cliente.id_cliente)""")
    done(c)


# ------------------------------------------------------------------------------------------------------- forecourt
FC_STATIONS = [
    (1, "Ashford Road", "Maidstone", D(2004, 5, 1), "Y"), (2, "Bluebell Hill", "Chatham", D(2007, 9, 12), "N"),
    (3, "London Road", "Sevenoaks", D(2009, 3, 2), "Y"), (4, "Tonbridge Bypass", "Tonbridge", D(2012, 7, 16), "Y"),
    (5, "Sittingbourne East", "Sittingbourne", D(2016, 11, 7), "N"), (6, "Canterbury Ring", "Canterbury",
    D(2019, 4, 23), "Y"), (7, "Whitstable Harbour", "Whitstable", D(2022, 8, 30), "N"),
]  # fmt: skip
FC_GRADES = [(1, "Unleaded E10", "Petrol", 135.9), (2, "Super Unleaded", "Petrol", 149.9), (3, "Diesel", "Diesel", 142.9),
             (4, "Premium Diesel", "Diesel", 157.9), (5, "LPG Autogas", "LPG", 79.9)]  # fmt: skip
FC_SUPPLIERS = ["Thames Oil", "Medway Fuels", "Kentish Petroleum"]


def build_forecourt(path: Path) -> None:
    r = random.Random(77005)
    c = fresh_db(
        path,
        """
        CREATE TABLE stn (stn_id INTEGER PRIMARY KEY, stn_nm TEXT NOT NULL, twn TEXT NOT NULL, opnd_dt DATE NOT NULL,
            crwsh CHAR(1) NOT NULL DEFAULT 'N');
        CREATE TABLE fl_grd (grd_id INTEGER PRIMARY KEY, grd_nm TEXT NOT NULL, ctgry TEXT NOT NULL,
            prc_ppl REAL NOT NULL);
        CREATE TABLE wrkr (wrkr_id INTEGER PRIMARY KEY, wrkr_nm TEXT NOT NULL, stn_id INTEGER NOT NULL
            REFERENCES stn(stn_id), rl TEXT NOT NULL, hrly_rt REAL NOT NULL, hrd_dt DATE NOT NULL, lft_dt DATE);
        CREATE TABLE shft (shft_id INTEGER PRIMARY KEY, wrkr_id INTEGER NOT NULL REFERENCES wrkr(wrkr_id),
            stn_id INTEGER NOT NULL REFERENCES stn(stn_id), shft_dt DATE NOT NULL, strt_tm TEXT NOT NULL,
            hrs REAL NOT NULL);
        CREATE TABLE dlvry (dlvry_id INTEGER PRIMARY KEY, stn_id INTEGER NOT NULL REFERENCES stn(stn_id),
            grd_id INTEGER NOT NULL REFERENCES fl_grd(grd_id), dlvry_dt DATE NOT NULL, ltrs INTEGER NOT NULL,
            cst_amt INTEGER NOT NULL, spplr TEXT NOT NULL);
        CREATE TABLE txn (txn_id INTEGER PRIMARY KEY, stn_id INTEGER NOT NULL REFERENCES stn(stn_id),
            grd_id INTEGER NOT NULL REFERENCES fl_grd(grd_id), txn_dt DATE NOT NULL, txn_tm TEXT NOT NULL,
            ltrs REAL NOT NULL, amt INTEGER NOT NULL, pymt TEXT NOT NULL);
        """,
    )
    insert(c, "stn", [(i, n, t, _iso(d), w) for i, n, t, d, w in FC_STATIONS])
    insert(c, "fl_grd", FC_GRADES)
    wrkrs = []
    for k, (f, s) in enumerate(_names(r, 32), 1):
        st = (k - 1) % 7 + 1
        rl = "Manager" if k <= 7 else "Supervisor" if k <= 12 else "Cashier"
        rate = 15.8 if rl == "Manager" else 13.1 if rl == "Supervisor" else r.choice([11.44, 11.44, 11.75, 12.1])
        hired = day_between(r, max(FC_STATIONS[st - 1][3], D(2015, 1, 1)), D(2025, 4, 30))
        left = day_between(r, hired + dt.timedelta(days=60), LAST) if k > 7 and r.random() < 0.2 else None
        if left is not None and left > D(2025, 6, 1):
            left = None
        wrkrs.append((k, f"{f} {s}", st, rl, rate, hired, left))
    insert(c, "wrkr", [(k, n, st, rl, rt, _iso(h), _iso(lf)) for k, n, st, rl, rt, h, lf in wrkrs])
    shifts = []
    for _ in range(320):
        w = r.choice(wrkrs[:30])
        lo = max(w[5], D(2024, 6, 1))
        hi = w[6] - dt.timedelta(days=1) if w[6] else LAST
        if lo > hi:
            continue
        d = day_between(r, lo, hi)
        tm = r.choices(["06:00", "14:00", "22:00"], [5, 5, 2])[0]
        hrs = r.choice([8.0, 8.0, 8.0, 6.0, 10.0]) if tm != "22:00" else r.choice([8.0, 10.0, 12.0])
        shifts.append((w[0], w[2], d, tm, hrs))
    shifts.sort(key=lambda x: (x[2], x[3], x[0]))
    insert(c, "shft", [(k, w, s, _iso(d), tm, h) for k, (w, s, d, tm, h) in enumerate(shifts, 1)])
    dl = []
    for _ in range(90):
        st = r.randint(1, 7)
        g = r.choices([1, 2, 3, 4, 5], [6, 2, 6, 2, 1])[0]
        if g == 5 and st not in (1, 4, 6):
            g = 3
        d = day_between(r, max(START, FC_STATIONS[st - 1][3]), LAST)
        litres = r.choice([5000, 8000, 10000, 12000, 15000, 20000, 25000, 30000]) if g != 5 else r.choice([2000, 3000])
        cost = int(litres * (FC_GRADES[g - 1][3] * r.uniform(0.82, 0.9)))
        dl.append((st, g, d, litres, cost, r.choice(FC_SUPPLIERS)))
    dl.sort(key=lambda x: (x[2], x[0]))
    insert(c, "dlvry", [(k, st, g, _iso(d), lt, co, sp) for k, (st, g, d, lt, co, sp) in enumerate(dl, 1)])
    txns = []
    traffic = [5, 3, 4, 6, 3, 5, 2]
    for _ in range(420):
        st = r.choices(range(1, 8), traffic)[0]
        g = r.choices([1, 2, 3, 4, 5], [10, 3, 8, 2, 1])[0]
        if g == 5 and st not in (1, 4, 6):
            g = 1
        d = day_between(r, D(2024, 1, 1), LAST)
        tm = f"{r.randint(5, 23):02d}:{r.randint(0, 59):02d}"
        litres = round(r.uniform(5, 70), 2)
        price = FC_GRADES[g - 1][3] - (6 if d.year == 2024 else 0)
        pay = r.choices(["CARD", "CASH", "FLEET"], [75, 12, 13])[0]
        txns.append((st, g, d, tm, litres, round(litres * price), pay))
    txns.sort(key=lambda x: (x[2], x[3]))
    insert(c, "txn", [(k, st, g, _iso(d), tm, lt, a, p) for k, (st, g, d, tm, lt, a, p) in enumerate(txns, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------------- petstore
PS_STORES = [
    (1, "PS01", "Leeds White Rose", "Leeds", "North", "Y", D(2015, 3, 14)),
    (2, "PS02", "York Clifton Moor", "York", "North", "N", D(2017, 6, 3)),
    (3, "PS03", "Nottingham Castle Marina", "Nottingham", "Midlands", "Y", D(2016, 9, 10)),
    (4, "PS04", "Birmingham Fort", "Birmingham", "Midlands", "N", D(2019, 4, 27)),
    (5, "PS05", "Reading Gate", "Reading", "South", "Y", D(2018, 11, 17)),
    (6, "PS06", "Brighton Hollingbury", "Brighton", "South", "N", D(2021, 5, 8)),
    (7, "PS07", "Glasgow Braehead", "Glasgow", "Scotland", "Y", D(2023, 2, 25)),
]
PS_PRODUCTS = [
    ("Adult Dry Dog Food 12kg", "Dog Food", "Harrow & Hound", "Y", 42.99),
    ("Grain-Free Puppy Food 2kg", "Dog Food", "Wildpaw", "N", 17.49), ("Dog Wet Food Tins 12x400g", "Dog Food",
    "Harrow & Hound", "Y", 14.99), ("Senior Dog Food 6kg", "Dog Food", "Canis Pro", "N", 31.99),
    ("Dental Chews 28 pack", "Dog Food", "Canis Pro", "N", 12.99), ("Indoor Cat Dry Food 4kg", "Cat Food",
    "Whisker Lane", "N", 24.99), ("Cat Pouches 48x85g", "Cat Food", "Harrow & Hound", "Y", 19.99),
    ("Kitten Food 2kg", "Cat Food", "Whisker Lane", "N", 13.49), ("Cat Treats Salmon", "Cat Food", "Purrfect",
    "N", 2.49), ("Clumping Cat Litter 10L", "Cat Food", "Harrow & Hound", "Y", 8.99),
    ("Tropical Flakes 200g", "Aquatics", "AquaVita", "N", 9.99), ("Aquarium Filter 300L", "Aquatics", "AquaVita",
    "N", 64.99), ("Water Conditioner 500ml", "Aquatics", "ClearTank", "N", 7.49), ("Starter Aquarium 60L",
    "Aquatics", "ClearTank", "N", 119.00), ("Rabbit Nuggets 5kg", "Small Animal", "Burrow & Co", "N", 11.99),
    ("Timothy Hay 1kg", "Small Animal", "Harrow & Hound", "Y", 6.49), ("Guinea Pig Hutch", "Small Animal",
    "Burrow & Co", "N", 149.00), ("Hamster Cage Deluxe", "Small Animal", "Burrow & Co", "N", 54.99),
    ("Wild Bird Seed 4kg", "Bird", "Harrow & Hound", "Y", 9.49), ("Budgie Seed 1kg", "Bird", "Featherly", "N",
    4.99), ("Suet Balls 50 pack", "Bird", "Featherly", "N", 8.99), ("Dog Lead Reflective", "Accessories",
    "Trailtail", "N", 14.99), ("Orthopaedic Dog Bed L", "Accessories", "Harrow & Hound", "Y", 59.99),
    ("Cat Scratching Post", "Accessories", "Purrfect", "N", 29.99), ("Pet Carrier Medium", "Accessories",
    "Trailtail", "N", 34.99), ("Rope Tug Toy", "Accessories", "Harrow & Hound", "Y", 5.99),
    ("Flea Spot-On Dog 3 pack", "Healthcare", "VetShield", "N", 21.99), ("Worming Tablets Cat", "Healthcare",
    "VetShield", "N", 11.49), ("Joint Supplement Dog", "Healthcare", "Canis Pro", "N", 18.99),
    ("Automatic Pet Feeder", "Accessories", "Trailtail", "N", 69.99),
    ("GPS Pet Tracker", "Accessories", "Trailtail", "N", 49.99),
]  # fmt: skip
PS_GROOMING = [("Full Groom", 45.0), ("Bath and Brush", 28.0), ("Nail Clip", 10.0), ("Puppy Intro Groom", 25.0),
               ("Hand Strip", 60.0)]  # fmt: skip


def build_petstore(path: Path) -> None:
    r = random.Random(77006)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date DATE NOT NULL, year INTEGER NOT NULL,
            quarter INTEGER NOT NULL, month INTEGER NOT NULL, month_name TEXT NOT NULL, day_of_month INTEGER NOT NULL,
            day_name TEXT NOT NULL, is_weekend INTEGER NOT NULL);
        CREATE TABLE dim_store (store_key INTEGER PRIMARY KEY, store_code TEXT NOT NULL, store_name TEXT NOT NULL,
            city TEXT NOT NULL, region TEXT NOT NULL, has_grooming CHAR(1) NOT NULL, opened_date DATE NOT NULL);
        CREATE TABLE dim_product (product_key INTEGER PRIMARY KEY, sku TEXT NOT NULL, product_name TEXT NOT NULL,
            category TEXT NOT NULL, brand TEXT NOT NULL, is_own_brand CHAR(1) NOT NULL, list_price REAL NOT NULL);
        CREATE TABLE dim_customer (customer_key INTEGER PRIMARY KEY, loyalty_card_no TEXT NOT NULL,
            customer_name TEXT NOT NULL, city TEXT NOT NULL, pet_type TEXT NOT NULL,
            signup_date_key INTEGER NOT NULL REFERENCES dim_date(date_key));
        CREATE TABLE fact_sales (sales_line_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL
            REFERENCES dim_date(date_key), store_key INTEGER NOT NULL REFERENCES dim_store(store_key),
            product_key INTEGER NOT NULL REFERENCES dim_product(product_key), customer_key INTEGER
            REFERENCES dim_customer(customer_key), transaction_no TEXT NOT NULL, quantity INTEGER NOT NULL,
            gross_amount REAL NOT NULL, discount_amount REAL NOT NULL, net_amount REAL NOT NULL);
        CREATE TABLE fact_grooming (grooming_key INTEGER PRIMARY KEY, date_key INTEGER NOT NULL
            REFERENCES dim_date(date_key), store_key INTEGER NOT NULL REFERENCES dim_store(store_key),
            customer_key INTEGER NOT NULL REFERENCES dim_customer(customer_key), service_name TEXT NOT NULL,
            dog_size CHAR(1) NOT NULL, price REAL NOT NULL, status CHAR(1) NOT NULL);
        """,
    )
    dates, d = [], D(2022, 1, 1)
    while d <= D(2025, 12, 31):
        dates.append((int(d.strftime("%Y%m%d")), _iso(d), d.year, (d.month - 1) // 3 + 1, d.month, d.strftime("%B"),
                      d.day, d.strftime("%A"), int(d.weekday() >= 5)))  # fmt: skip
        d += dt.timedelta(days=1)
    insert(c, "dim_date", dates)

    def key(x: dt.date) -> int:
        return int(x.strftime("%Y%m%d"))

    insert(c, "dim_store", [(*s[:6], _iso(s[6])) for s in PS_STORES])
    insert(c, "dim_product", [(k, f"SKU-{1000 + k * 7}", *p) for k, p in enumerate(PS_PRODUCTS, 1)])
    custs = []
    pets = ["Dog", "Dog", "Dog", "Cat", "Cat", "Fish", "Rabbit", "Bird"]
    cities = [s[3] for s in PS_STORES]
    for k, (f, s) in enumerate(_names(r, 120), 1):
        custs.append((k, f"PC{700000 + k * 13}", f"{f} {s}", r.choice(cities), r.choice(pets),
                      key(day_between(r, D(2022, 1, 1), D(2025, 5, 31)))))  # fmt: skip
    insert(c, "dim_customer", custs)
    store_w = [6, 3, 5, 4, 5, 3, 2]
    sales = []
    for tno in range(1, 331):
        d = day_between(r, START, LAST)
        st = r.choices(PS_STORES, store_w)[0]
        if st[6] > d:
            st = PS_STORES[0]
        cu = r.randint(1, 112) if r.random() < 0.7 else None
        for pk in r.sample(range(1, len(PS_PRODUCTS) - 1), r.choice([1, 1, 2, 2, 3])):
            q = 1 if PS_PRODUCTS[pk - 1][4] > 50 else r.randint(1, 4)
            gross = round(q * PS_PRODUCTS[pk - 1][4], 2)
            disc = round(gross * r.choice([0.1, 0.2]), 2) if cu is not None and r.random() < 0.25 else 0.0
            sales.append((key(d), st[0], pk, cu, f"T{d.strftime('%y%m%d')}-{tno:04d}", q, gross, disc,
                          round(gross - disc, 2)))  # fmt: skip
    sales.sort(key=lambda x: (x[0], x[4]))
    insert(c, "fact_sales", [(k, *x) for k, x in enumerate(sales, 1)])
    groom = []
    dog_owners = [cu[0] for cu in custs if cu[4] == "Dog"]
    for _ in range(170):
        d = day_between(r, D(2024, 1, 1), D(2025, 7, 31))
        st = r.choice([s for s in PS_STORES if s[5] == "Y"])
        svc, price = r.choices(PS_GROOMING, [5, 5, 4, 2, 1])[0]
        size = r.choice("SML")
        price = price + (0 if size == "S" else 5 if size == "M" else 12) if svc != "Nail Clip" else price
        if d > LAST:
            status = "B" if r.random() < 0.93 else "X"
        else:
            x = r.random()
            status = "C" if x < 0.84 else "N" if x < 0.93 else "X"
        groom.append((key(d), st[0], r.choice(dog_owners), svc, size, price, status))
    groom.sort(key=lambda x: (x[0], x[1]))
    insert(c, "fact_grooming", [(k, *g) for k, g in enumerate(groom, 1)])
    first = """(SELECT MIN(k) FROM (SELECT date_key AS k FROM fact_sales f WHERE f.customer_key = dim_customer.customer_key
                UNION ALL SELECT date_key FROM fact_grooming g WHERE g.customer_key = dim_customer.customer_key))"""
    c.execute(f"UPDATE dim_customer SET signup_date_key = {first} WHERE signup_date_key > {first}")
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "cobbler": build_cobbler,
    "parcellocker": build_parcellocker,
    "camerahire": build_camerahire,
    "ferreteria": build_ferreteria,
    "forecourt": build_forecourt,
    "petstore": build_petstore,
}
