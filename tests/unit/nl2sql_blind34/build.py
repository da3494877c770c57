"""Six small business and public-service databases for the thirty-fourth blind English-to-SQL corpus.

- ``cheeseshop`` (plural snake_case): a cheesemonger with a counter, phone and online orders. ``suppliers``
  (organic flag 0/1), ``cheeses`` (milk type, style, pasteurised and vegetarian flags 0/1, price per kg, months
  aged, NULL for fresh cheeses), ``customers`` (first and last name, retail, restaurant or deli), ``orders``
  (channel shop, phone or online; status completed, delivered, pending or cancelled; ``ordered_on`` and
  ``delivered_on``), ``order_lines`` (a weight of one cheese), ``tasting_events`` (an optional featured supplier)
  and ``event_bookings``.
- ``buslines`` (singular PascalCase): a small town bus company. ``Depot``, ``Route`` (night-service flag 0/1),
  ``Bus`` (diesel, hybrid or electric; wheelchair flag; withdrawn date when retired), ``Driver`` (full name in one
  column, part-time flag), ``Trip`` (a scheduled departure timestamp, completed or cancelled, minutes late and a
  passenger count that may be missing), ``TicketSale`` and ``Complaint`` (resolved date and compensation, both
  optional).
- ``danceschool`` (camelCase tables and columns): a dance school. ``teachers``, ``danceStyles`` (partner dance
  flag), ``students`` (first and last name; ``referredById`` is a self-referencing foreign key), ``danceClasses``
  (level and age group), ``enrolments`` (active, completed or withdrawn; ``enrolledOn`` and ``leftOn``),
  ``payments`` and ``exams`` (fail, pass, merit or distinction).
- ``phonerepair`` (abbreviated legacy names with coded values, NO declared foreign keys): a mobile phone repair
  counter. ``cust_mstr``, ``tech_mstr``, ``sts_ref`` (repair status codes), ``flt_ref`` (fault codes),
  ``rpr_ord`` (repair orders: ``sts_cd``, ``flt_cd``, received and completed dates, quote and final amount,
  warranty and express flags 0/1), ``prt_inv`` (parts stock), ``prt_use`` (parts fitted) and ``pmt_txn``
  (payments, timestamps, CASH/CARD/TRANSFER).
- ``barber`` (UPPER_CASE with 'Y'/'N' flags): a barber shop. ``BARBER`` (first and last name, senior and active
  flags), ``CLIENT`` (marketing opt-in, preferred barber), ``SERVICE``, ``APPOINTMENT`` (timestamp, walk-in flag,
  status COMPLETED, NO_SHOW, CANCELLED or BOOKED, price and optional tip), ``PRODUCT`` (discontinued flag) and
  ``PRODUCT_SALE``.
- ``toolhire`` (long descriptive names): a tool and plant hire business with branches.
  ``hire_branch_location``, ``hire_customer_account`` (first and last name of the account holder, optional company,
  trade flag 0/1, optional credit limit), ``tool_catalogue_item``, ``tool_stock_unit`` (condition status),
  ``customer_hire_agreement`` (start, scheduled return and actual return dates; status open, returned or
  cancelled; delivery flag), ``customer_hire_agreement_line_item`` (optional damage charge) and
  ``tool_maintenance_service_record``.
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


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _stamp(d: dt.date, r: random.Random, h0: int, h1: int) -> str:
    return f"{d.isoformat()} {r.randint(h0, h1):02d}:{r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}:{r.randrange(60):02d}"


# --------------------------------------------------------------------------------------------------- cheeseshop
def build_cheeseshop(path: Path) -> None:
    r = random.Random(34001)
    c = fresh_db(
        path,
        """
        CREATE TABLE suppliers (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, region TEXT,
            is_organic INTEGER NOT NULL);
        CREATE TABLE cheeses (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
            milk_type TEXT NOT NULL, style TEXT NOT NULL, is_pasteurised INTEGER NOT NULL,
            is_vegetarian INTEGER NOT NULL, price_per_kg REAL NOT NULL, aged_months INTEGER,
            in_stock INTEGER NOT NULL);
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT,
            city TEXT NOT NULL, customer_type TEXT NOT NULL, joined_on TEXT NOT NULL);
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
            ordered_on TEXT NOT NULL, delivered_on TEXT, channel TEXT NOT NULL, status TEXT NOT NULL,
            delivery_fee REAL NOT NULL);
        CREATE TABLE order_lines (
            id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
            cheese_id INTEGER NOT NULL REFERENCES cheeses(id), weight_kg REAL NOT NULL, unit_price REAL NOT NULL,
            line_total REAL NOT NULL);
        CREATE TABLE tasting_events (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, event_date TEXT NOT NULL,
            supplier_id INTEGER REFERENCES suppliers(id), capacity INTEGER NOT NULL, ticket_price REAL NOT NULL);
        CREATE TABLE event_bookings (
            id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES tasting_events(id),
            customer_id INTEGER NOT NULL REFERENCES customers(id), seats INTEGER NOT NULL,
            booked_on TEXT NOT NULL);
        """,
    )
    suppliers = [
        (1, "Montgomery Farm Dairy", "England", "Somerset", 0),
        (2, "Fromagerie Berthaut", "France", "Burgundy", 0),
        (3, "Caseificio Val Taleggio", "Italy", "Lombardy", 0),
        (4, "Neal's Hill Creamery", "England", "Cheshire", 1),
        (5, "Quesería La Antigua", "Spain", "Castilla-La Mancha", 0),
        (6, "Cropwell Blue Co", "England", "Nottinghamshire", 0),
        (7, "Isle of Mull Dairy", "Scotland", "Argyll", 1),
        (8, "Laiterie Savoyarde", "France", "Savoie", 0),
        (9, "Kaasboerderij De Vier Winden", "Netherlands", "Utrecht", 1),
        (10, "Gorwydd Hill Farm", "Wales", "Ceredigion", 1),
        (11, "Caseificio Sardo", "Italy", "Sardinia", 0),
        (12, "Alpine Käserei Gstaad", "Switzerland", "Bern", 0),
        (13, "Ballyhoura Goat Farm", "Ireland", "Cork", 1),
        (14, "Westcombe Valley", "England", "Somerset", 0),
        (15, "Fromagerie du Berry", "France", "Centre-Val de Loire", 0),
        (16, "Nordic Ost", "Denmark", None, 0),
    ]
    insert(c, "suppliers", suppliers)
    # name, supplier, milk, style, pasteurised, vegetarian, price/kg, aged months
    cheeses_spec = [
        ("Cheddar Vintage", 1, "cow", "hard", 0, 0, 32.0, 18), ("Cheddar Mature", 1, "cow", "hard", 0, 0, 26.0, 12),
        ("Comté 18 Month", 2, "cow", "hard", 0, 0, 38.0, 18), ("Époisses", 2, "cow", "washed_rind", 1, 0, 44.0, 2),
        ("Taleggio", 3, "cow", "washed_rind", 1, 0, 29.0, 2), ("Gorgonzola Dolce", 3, "cow", "blue", 1, 1, 27.0, 3),
        ("Gorgonzola Piccante", 3, "cow", "blue", 1, 0, 30.0, 5), ("Cheshire Crumbly", 4, "cow", "hard", 0, 1, 22.0, 3),
        ("Organic Red Leicester", 4, "cow", "hard", 1, 1, 21.0, 6), ("Manchego Curado", 5, "sheep", "hard", 0, 0, 34.0, 9),
        ("Manchego Viejo", 5, "sheep", "hard", 0, 0, 41.0, 14), ("Cabra al Vino", 5, "goat", "hard", 1, 1, 31.0, 4),
        ("Stilton Colston", 6, "cow", "blue", 1, 1, 30.0, 3), ("Stilton Shropshire Blue", 6, "cow", "blue", 1, 1, 28.0, 3),
        ("Isle of Mull Cheddar", 7, "cow", "hard", 0, 0, 36.0, 14), ("Hebridean Blue", 7, "cow", "blue", 0, 1, 39.0, 4),
        ("Beaufort d'Été", 8, "cow", "hard", 0, 0, 46.0, 12), ("Reblochon", 8, "cow", "washed_rind", 0, 0, 33.0, 1),
        ("Tomme de Savoie", 8, "cow", "hard", 0, 0, 27.0, 3), ("Gouda Boerenkaas Oud", 9, "cow", "hard", 0, 0, 29.0, 24),
        ("Gouda Jong", 9, "cow", "hard", 0, 1, 18.0, 4), ("Geitenkaas", 9, "goat", "hard", 1, 1, 26.0, 6),
        ("Caerphilly Gorwydd", 10, "cow", "hard", 0, 0, 27.0, 3), ("Pecorino Sardo", 11, "sheep", "hard", 0, 0, 31.0, 12),
        ("Fiore Sardo", 11, "sheep", "hard", 0, 0, 35.0, 6), ("Ricotta Fresca", 11, "sheep", "fresh", 1, 1, 14.0, None),
        ("Gruyère AOP", 12, "cow", "hard", 0, 0, 37.0, 10), ("Vacherin Fribourgeois", 12, "cow", "washed_rind", 0, 0, 39.0, 3),
        ("Ardsallagh Goat Log", 13, "goat", "fresh", 1, 1, 24.0, None), ("Goat Feta Style", 13, "goat", "fresh", 1, 1, 19.0, None),
        ("Westcombe Cheddar", 14, "cow", "hard", 0, 0, 33.0, 15), ("Westcombe Ricotta", 14, "cow", "fresh", 1, 1, 15.0, None),
        ("Valençay", 15, "goat", "soft", 0, 0, 42.0, 1), ("Crottin de Chavignol", 15, "goat", "soft", 0, 0, 45.0, 1),
        ("Selles-sur-Cher", 15, "goat", "soft", 0, 0, 40.0, 1), ("Danablu", 16, "cow", "blue", 1, 1, 20.0, 2),
        ("Havarti", 16, "cow", "hard", 1, 1, 17.0, 3), ("Brie de Meaux", 2, "cow", "soft", 0, 0, 31.0, 1),
        ("Camembert de Normandie", 2, "cow", "soft", 0, 0, 28.0, 1), ("Buffalo Mozzarella", 3, "buffalo", "fresh", 1, 0, 23.0, None),
        ("Burrata", 3, "cow", "fresh", 1, 0, 26.0, None), ("Mascarpone", 3, "cow", "fresh", 1, 1, 12.0, None),
        ("Lancashire Tasty", 4, "cow", "hard", 0, 1, 23.0, 8), ("Wensleydale", 4, "cow", "hard", 1, 1, 19.0, 2),
        ("Roquefort", 15, "sheep", "blue", 0, 0, 43.0, 3), ("Idiazabal", 5, "sheep", "hard", 0, 0, 37.0, 6),
        ("Halloumi", 13, "sheep", "fresh", 1, 1, 16.0, None), ("Baron Bigod", 14, "cow", "soft", 0, 0, 41.0, 1),
        ("Appenzeller", 12, "cow", "hard", 0, 0, 34.0, 6), ("Maasdam", 9, "cow", "hard", 1, 1, 16.0, 3),
    ]  # fmt: skip
    out_of_stock = {"Hebridean Blue", "Vacherin Fribourgeois", "Roquefort", "Fiore Sardo", "Burrata"}
    cheeses = [(i, *s, 0 if s[0] in out_of_stock else 1) for i, s in enumerate(cheeses_spec, 1)]
    insert(c, "cheeses", cheeses)
    cities = ["Bath", "Bristol", "Bath", "Wells", "Frome", "Bristol", "Bath", "Taunton", "Glastonbury"]
    names = full_names(r, 160)
    customers = []
    for i, n in enumerate(names, 1):
        first, last = n.split(" ")
        kind = r.choices(["retail", "restaurant", "deli"], [76, 15, 9])[0]
        email = None if r.random() < 0.2 else f"{first.lower()}.{last.lower()}@mail.example"
        customers.append((i, first, last, email, r.choice(cities), kind,
                          _iso(day_between(r, D(2023, 1, 2), D(2025, 5, 28)))))  # fmt: skip
    insert(c, "customers", customers)
    joined = {x[0]: D.fromisoformat(x[6]) for x in customers}
    kind_of = {x[0]: x[5] for x in customers}
    never = {x[0] for x in customers if x[0] % 16 == 9}
    buyers = [x[0] for x in customers if x[0] not in never]
    bw = [{"restaurant": 5, "deli": 4, "retail": 1}[kind_of[b]] * (4 if b in (12, 57) else 1) for b in buyers]
    orders = []
    lines = []
    popular = {1: 5, 13: 5, 5: 3, 3: 3, 38: 4, 24: 3, 10: 3, 27: 2}
    cw = [popular.get(ch[0], 1) for ch in cheeses]
    for _ in range(560):
        cust = r.choices(buyers, bw)[0]
        od = day_between(r, max(joined[cust], D(2023, 1, 3)), LAST)
        k = kind_of[cust]
        ch = r.choices(["shop", "phone", "online"], [55, 15, 30] if k == "retail" else [10, 50, 40])[0]
        if ch == "shop":
            status, deliv, fee = ("completed" if r.random() > 0.01 else "cancelled"), None, 0.0
        else:
            status = "pending" if (LAST - od).days < 4 else r.choices(["delivered", "cancelled"], [93, 7])[0]
            deliv = _iso(od + dt.timedelta(days=r.choice([1, 1, 2, 2, 3, 5]))) if status == "delivered" else None
            fee = 0.0 if k != "retail" else r.choice([4.95, 4.95, 6.5])
        orders.append([None, cust, od, deliv, ch, status, fee])
    orders.sort(key=lambda o: (o[2], o[1]))
    lid = 0
    for oid, o in enumerate(orders, 1):
        o[0] = oid
        o[2] = _iso(o[2])
        heavy = kind_of[o[1]] != "retail"
        for chz in dict.fromkeys(r.choices(cheeses, cw, k=r.randint(1, 5 if heavy else 3))):
            lid += 1
            w = round(r.uniform(1.0, 4.0), 2) if heavy else r.choice([0.15, 0.2, 0.25, 0.25, 0.3, 0.4, 0.5, 1.0])
            price = chz[7] if D.fromisoformat(o[2]) >= D(2024, 3, 1) else round(chz[7] * 0.92, 2)
            lines.append((lid, oid, chz[0], w, price, round(w * price, 2)))
    insert(c, "orders", [tuple(o) for o in orders])
    insert(c, "order_lines", lines)
    events = []
    ed = D(2023, 2, 10)
    eid = 0
    while ed <= D(2025, 6, 12):
        eid += 1
        sup = r.choice([2, 3, 5, 7, 8, 12, 13, 15, 1, 14])
        if eid % 4 == 0:
            sup = None
        if sup:
            title = "Meet the Maker: " + suppliers[sup - 1][1]
        elif ed.month in (11, 12):
            title = "Christmas Cheeseboard"
        else:
            title = r.choice(["Cheese and Wine Pairing", "Blue Cheese Evening", "Cheese and Cider"])
        cap = r.choice([12, 16, 20, 24])
        events.append((eid, title, _iso(ed), sup, cap, r.choice([18.0, 22.0, 25.0, 30.0, 35.0])))
        ed += dt.timedelta(days=r.randint(28, 40))
    insert(c, "tasting_events", events)
    bookings = []
    bid = 0
    for e in events:
        edate = D.fromisoformat(e[2])
        pool = [x for x in buyers if joined[x] < edate]
        if e[0] % 11 == 4:
            continue  # a few events drew no bookings
        seats_left = e[4] - r.randint(0, 8)
        while seats_left > 0 and pool:
            who = r.choice(pool)
            s = min(seats_left, r.choice([1, 2, 2, 2, 3, 4]))
            bid += 1
            bookings.append((bid, e[0], who, s, _iso(edate - dt.timedelta(days=r.randint(1, 25)))))
            seats_left -= s
    insert(c, "event_bookings", bookings)
    done(c)


# ----------------------------------------------------------------------------------------------------- buslines
def build_buslines(path: Path) -> None:
    r = random.Random(34002)
    c = fresh_db(
        path,
        """
        CREATE TABLE Depot (DepotId INTEGER PRIMARY KEY, DepotName TEXT NOT NULL, Town TEXT NOT NULL);
        CREATE TABLE Route (
            RouteId INTEGER PRIMARY KEY, RouteNumber TEXT NOT NULL UNIQUE, RouteName TEXT NOT NULL,
            DepotId INTEGER NOT NULL REFERENCES Depot(DepotId), IsNightService INTEGER NOT NULL,
            LengthKm REAL NOT NULL);
        CREATE TABLE Bus (
            BusId INTEGER PRIMARY KEY, FleetNumber TEXT NOT NULL UNIQUE, Make TEXT NOT NULL, FuelType TEXT NOT NULL,
            SeatCount INTEGER NOT NULL, IsWheelchairAccessible INTEGER NOT NULL,
            DepotId INTEGER NOT NULL REFERENCES Depot(DepotId), EnteredService TEXT NOT NULL, WithdrawnOn TEXT);
        CREATE TABLE Driver (
            DriverId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, DepotId INTEGER NOT NULL REFERENCES Depot(DepotId),
            HiredOn TEXT NOT NULL, LicenceExpiry TEXT NOT NULL, IsPartTime INTEGER NOT NULL);
        CREATE TABLE Trip (
            TripId INTEGER PRIMARY KEY, RouteId INTEGER NOT NULL REFERENCES Route(RouteId),
            BusId INTEGER NOT NULL REFERENCES Bus(BusId), DriverId INTEGER NOT NULL REFERENCES Driver(DriverId),
            ScheduledDeparture TEXT NOT NULL, Status TEXT NOT NULL, MinutesLate INTEGER, PassengerCount INTEGER);
        CREATE TABLE TicketSale (
            TicketSaleId INTEGER PRIMARY KEY, TripId INTEGER NOT NULL REFERENCES Trip(TripId),
            TicketType TEXT NOT NULL, Quantity INTEGER NOT NULL, TotalFare REAL NOT NULL,
            PaymentMethod TEXT NOT NULL);
        CREATE TABLE Complaint (
            ComplaintId INTEGER PRIMARY KEY, RouteId INTEGER NOT NULL REFERENCES Route(RouteId),
            ReceivedOn TEXT NOT NULL, Category TEXT NOT NULL, ResolvedOn TEXT, CompensationPaid REAL);
        """,
    )
    depots = [(1, "Northgate", "Ashford"), (2, "Riverside", "Canterbury"), (3, "Harbour Road", "Dover"),
              (4, "Eastfield", "Folkestone")]  # fmt: skip
    insert(c, "Depot", depots)
    routes = [
        (1, "1", "Town Centre - Hospital", 1, 0, 7.4),
        (2, "2", "Station - Park Farm", 1, 0, 9.1),
        (3, "3A", "Town Centre - Kennington", 1, 0, 6.2),
        (4, "X10", "Ashford - Canterbury Express", 1, 0, 24.8),
        (5, "N1", "Ashford Night Loop", 1, 1, 15.5),
        (6, "4", "Westgate - University", 2, 0, 5.8),
        (7, "5", "Canterbury - Whitstable", 2, 0, 12.3),
        (8, "6", "Canterbury - Herne Bay", 2, 0, 14.9),
        (9, "N6", "Canterbury Night Rider", 2, 1, 18.0),
        (10, "7", "Dover - Deal", 3, 0, 13.6),
        (11, "8", "Ferry Port - Town Centre", 3, 0, 4.1),
        (12, "9", "Dover - Aylesham", 3, 0, 16.2),
        (13, "10", "Folkestone - Hythe", 4, 0, 8.7),
        (14, "11", "Folkestone - Cheriton", 4, 0, 6.6),
        (15, "X12", "Folkestone - Dover Express", 4, 0, 13.9),
        (16, "N9", "Coast Night Bus", 4, 1, 27.3),
    ]
    insert(c, "Route", routes)
    makes = [("Alexander Dennis", "diesel", 41), ("Wright", "hybrid", 43), ("Volvo", "diesel", 45),
             ("Optare", "diesel", 33), ("Yutong", "electric", 39)]  # fmt: skip
    buses = []
    for b in range(1, 43):
        mk = r.choices(makes, [10, 8, 6, 5, 5])[0]
        entered = (
            day_between(r, D(2024, 1, 1), D(2024, 12, 31))
            if mk[1] == "electric"
            else day_between(r, D(2011, 1, 1), D(2022, 12, 31))
        )
        withdrawn = None
        if mk[1] == "diesel" and entered < D(2013, 6, 1) and b % 2 == 0:
            withdrawn = _iso(day_between(r, D(2023, 3, 1), D(2025, 4, 30)))
        buses.append((b, f"B{100 + b}", mk[0], mk[1], mk[2] + r.choice([-2, 0, 0, 2]),
                      0 if (mk[0] == "Optare" and b % 3 != 1) else 1, (b % 4) + 1, _iso(entered), withdrawn))  # fmt: skip
    insert(c, "Bus", buses)
    names = full_names(r, 66)
    drivers = []
    for i, n in enumerate(names, 1):
        hired = day_between(r, D(2008, 1, 1), D(2025, 3, 31))
        if i > 63:
            hired = day_between(r, D(2025, 6, 2), D(2025, 6, 12))  # new starters, no trips yet
        exp = day_between(r, D(2025, 7, 1), D(2030, 12, 31))
        if i % 13 == 5:
            exp = day_between(r, D(2025, 6, 20), D(2025, 9, 10))
        drivers.append((i, n, (i % 4) + 1, _iso(hired), _iso(exp), 1 if r.random() < 0.25 else 0))
    insert(c, "Driver", drivers)
    hired = {d[0]: D.fromisoformat(d[3]) for d in drivers}
    trips = []
    sales = []
    sid = 0
    fares = {"single": 2.0, "return": 3.6, "day": 5.5, "concession": 0.0, "child": 1.0}
    route_w = [9, 7, 6, 5, 2, 8, 6, 5, 2, 6, 4, 3, 6, 5, 4, 2]
    for _ in range(560):
        rt = r.choices(routes, route_w)[0]
        day = day_between(r, D(2023, 1, 2), LAST)
        hh = r.choice([23, 0, 1, 2]) if rt[4] else r.randint(6, 20)
        when = f"{_iso(day)} {hh:02d}:{r.choice([0, 10, 15, 20, 30, 40, 45, 50]):02d}:00"
        pool_b = [b for b in buses if b[6] == rt[3] and D.fromisoformat(b[7]) <= day
                  and (b[8] is None or D.fromisoformat(b[8]) > day)]  # fmt: skip
        pool_d = [d for d in drivers if d[2] == rt[3] and hired[d[0]] <= day]
        if not pool_b or not pool_d:
            continue
        bus = r.choice(pool_b)
        drv = r.choice(pool_d)
        if r.random() < 0.05:
            trips.append([when, rt[0], bus[0], drv[0], "cancelled", None, None])
            continue
        late = max(0, int(r.gauss(3 if rt[0] not in (4, 7) else 8, 5)))
        pax = int(r.uniform(4, 1.1 * bus[4]) * (0.6 if rt[4] else 1.0))
        trips.append([when, rt[0], bus[0], drv[0], "completed", late, None if r.random() < 0.06 else pax])
    trips.sort(key=lambda t: t[0])
    insert(c, "Trip", [(tid, t[1], t[2], t[3], t[0], t[4], t[5], t[6]) for tid, t in enumerate(trips, 1)])
    for tid, t in enumerate(trips, 1):
        if t[4] != "completed":
            continue
        for tt in r.sample(list(fares), r.randint(1, 3)):
            sid += 1
            q = r.randint(1, 9)
            pay = r.choices(["cash", "contactless", "mobile"], [25, 55, 20])[0]
            if tt == "concession":
                pay = "pass"
            fare = fares[tt] * (1.25 if routes[t[1] - 1][2].endswith("Express") else 1.0)
            if t[0] < "2024-01-01":
                fare = fare * 0.9
            sales.append((sid, tid, tt, q, round(q * fare, 2), pay))
    insert(c, "TicketSale", sales)
    comps = []
    cats = ["lateness", "driver", "cleanliness", "overcrowding", "fares"]
    for _ in range(160):
        rt = r.choices(routes, [6, 4, 3, 9, 1, 5, 4, 3, 1, 4, 2, 2, 4, 3, 5, 1])[0]
        rec = day_between(r, D(2023, 1, 10), LAST)
        cat = r.choices(cats, [40, 15, 12, 20, 13])[0]
        res = rec + dt.timedelta(days=r.randint(1, 40))
        resolved = None if (res > LAST or r.random() < 0.08) else _iso(res)
        comp = (
            round(r.choice([5.0, 10.0, 15.0, 20.0]), 2)
            if resolved and cat in ("lateness", "fares") and r.random() < 0.4
            else None
        )
        comps.append([rec, rt[0], cat, resolved, comp])
    comps.sort(key=lambda x: x[0])
    insert(c, "Complaint", [(i, x[1], _iso(x[0]), x[2], x[3], x[4]) for i, x in enumerate(comps, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- danceschool
def build_danceschool(path: Path) -> None:
    r = random.Random(34003)
    c = fresh_db(
        path,
        """
        CREATE TABLE teachers (
            teacherId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, email TEXT NOT NULL, hourlyRate REAL NOT NULL,
            startDate TEXT NOT NULL, isActive INTEGER NOT NULL);
        CREATE TABLE danceStyles (
            styleId INTEGER PRIMARY KEY, styleName TEXT NOT NULL, isPartnerDance INTEGER NOT NULL);
        CREATE TABLE students (
            studentId INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
            dateOfBirth TEXT NOT NULL, email TEXT, joinedOn TEXT NOT NULL,
            referredById INTEGER REFERENCES students(studentId));
        CREATE TABLE danceClasses (
            classId INTEGER PRIMARY KEY, className TEXT NOT NULL, styleId INTEGER NOT NULL REFERENCES danceStyles(styleId),
            teacherId INTEGER NOT NULL REFERENCES teachers(teacherId), classLevel TEXT NOT NULL,
            ageGroup TEXT NOT NULL, dayOfWeek TEXT NOT NULL, startTime TEXT NOT NULL, studio TEXT NOT NULL,
            termFee REAL NOT NULL, maxStudents INTEGER NOT NULL);
        CREATE TABLE enrolments (
            enrolmentId INTEGER PRIMARY KEY, studentId INTEGER NOT NULL REFERENCES students(studentId),
            classId INTEGER NOT NULL REFERENCES danceClasses(classId), enrolledOn TEXT NOT NULL, leftOn TEXT,
            enrolmentStatus TEXT NOT NULL, hasDiscount INTEGER NOT NULL);
        CREATE TABLE payments (
            paymentId INTEGER PRIMARY KEY, studentId INTEGER NOT NULL REFERENCES students(studentId),
            paidOn TEXT NOT NULL, amount REAL NOT NULL, paymentMethod TEXT NOT NULL);
        CREATE TABLE exams (
            examId INTEGER PRIMARY KEY, studentId INTEGER NOT NULL REFERENCES students(studentId),
            styleId INTEGER NOT NULL REFERENCES danceStyles(styleId), examDate TEXT NOT NULL,
            gradeLevel INTEGER NOT NULL, mark INTEGER, result TEXT NOT NULL, examFee REAL NOT NULL);
        """,
    )
    teachers = [
        (1, "Sofia Marchetti", "sofia@dance.example", 32.0, "2016-09-01", 1),
        (2, "Daniel Okoro", "daniel@dance.example", 28.0, "2019-01-07", 1),
        (3, "Harriet Lowe", "harriet@dance.example", 30.0, "2014-04-14", 1),
        (4, "Mateo Ruiz", "mateo@dance.example", 34.0, "2020-09-01", 1),
        (5, "Anika Sharma", "anika@dance.example", 26.0, "2022-01-10", 1),
        (6, "Jack Pemberton", "jack@dance.example", 25.0, "2023-02-06", 0),
        (7, "Lucie Navarro", "lucie@dance.example", 31.0, "2018-09-03", 1),
        (8, "Tomasz Wójcik", "tomasz@dance.example", 27.0, "2024-04-15", 1),
        (9, "Bea Collins", "bea@dance.example", 24.0, "2024-09-02", 1),
    ]
    insert(c, "teachers", teachers)
    styles = [(1, "Ballet", 0), (2, "Tap", 0), (3, "Jazz", 0), (4, "Hip Hop", 0), (5, "Contemporary", 0),
              (6, "Salsa", 1), (7, "Ballroom", 1), (8, "Argentine Tango", 1)]  # fmt: skip
    insert(c, "danceStyles", styles)
    # name, style, teacher, level, age group, day, time, studio, fee, max
    classes = [
        ("Baby Ballet", 1, 3, "beginner", "kids", "Saturday", "09:30", "Studio A", 72.0, 20),
        ("Ballet Grade 1", 1, 3, "beginner", "kids", "Monday", "16:30", "Studio A", 84.0, 24),
        ("Ballet Grade 3", 1, 3, "intermediate", "kids", "Wednesday", "17:00", "Studio A", 90.0, 14),
        ("Ballet Grade 5", 1, 1, "advanced", "teens", "Thursday", "18:00", "Studio A", 99.0, 12),
        ("Adult Ballet Basics", 1, 1, "beginner", "adults", "Tuesday", "19:30", "Studio A", 96.0, 16),
        ("Tap Starters", 2, 7, "beginner", "kids", "Saturday", "10:30", "Studio B", 72.0, 24),
        ("Tap Improvers", 2, 7, "improver", "teens", "Tuesday", "17:30", "Studio B", 84.0, 14),
        ("Adult Tap", 2, 7, "improver", "adults", "Wednesday", "20:00", "Studio B", 90.0, 16),
        ("Jazz Juniors", 3, 5, "beginner", "kids", "Friday", "16:30", "Studio B", 78.0, 16),
        ("Jazz Seniors", 3, 5, "intermediate", "teens", "Friday", "17:45", "Studio B", 84.0, 16),
        ("Hip Hop Kids", 4, 2, "beginner", "kids", "Saturday", "11:30", "Hall", 78.0, 20),
        ("Hip Hop Crew", 4, 2, "intermediate", "teens", "Thursday", "17:00", "Hall", 84.0, 20),
        ("Street Dance Adults", 4, 9, "beginner", "adults", "Monday", "19:00", "Hall", 90.0, 20),
        ("Contemporary Teens", 5, 1, "intermediate", "teens", "Monday", "17:45", "Studio A", 90.0, 14),
        ("Contemporary Adults", 5, 5, "improver", "adults", "Thursday", "19:45", "Studio A", 96.0, 14),
        ("Salsa Beginners", 6, 4, "beginner", "adults", "Tuesday", "19:00", "Hall", 80.0, 24),
        ("Salsa Improvers", 6, 4, "improver", "adults", "Tuesday", "20:15", "Hall", 80.0, 24),
        ("Salsa Advanced", 6, 4, "advanced", "adults", "Friday", "20:00", "Hall", 88.0, 20),
        ("Ballroom Beginners", 7, 6, "beginner", "adults", "Wednesday", "19:00", "Hall", 85.0, 24),
        ("Ballroom Medal Class", 7, 8, "advanced", "adults", "Sunday", "18:00", "Hall", 110.0, 16),
        ("Ballroom Couples", 7, 8, "intermediate", "adults", "Sunday", "16:30", "Hall", 95.0, 20),
        ("Tango Beginners", 8, 4, "beginner", "adults", "Thursday", "20:30", "Studio B", 92.0, 18),
        ("Tango Milonga Practice", 8, 8, "intermediate", "adults", "Saturday", "19:30", "Hall", 70.0, 30),
        ("Teen Tap and Jazz", 3, 9, "improver", "teens", "Wednesday", "16:00", "Studio B", 80.0, 16),
    ]
    insert(c, "danceClasses", [(i, *x) for i, x in enumerate(classes, 1)])
    names = full_names(r, 210)
    students = []
    for i, n in enumerate(names, 1):
        first, last = n.split(" ")
        kind = r.choices(["kid", "teen", "adult"], [35, 20, 45])[0]
        if kind == "kid":
            dob = day_between(r, D(2014, 1, 1), D(2020, 12, 31))
        elif kind == "teen":
            dob = day_between(r, D(2007, 7, 1), D(2013, 12, 31))
        else:
            dob = day_between(r, D(1960, 1, 1), D(2004, 12, 31))
        email = None if r.random() < 0.15 else f"{first.lower()}{r.randint(1, 99)}@inbox.example"
        students.append([i, first, last, _iso(dob), email, None, None])
    joins = sorted(day_between(r, D(2023, 1, 3), D(2025, 6, 5)) for _ in students)
    for s, j in zip(students, joins, strict=True):
        s[5] = _iso(j)
    for s in students:
        if s[0] > 12 and r.random() < 0.28:
            s[6] = r.choices(range(1, s[0]), [{3: 9, 8: 6, 21: 5, 40: 4}.get(k, 1) for k in range(1, s[0])])[0]
    insert(c, "students", [tuple(s) for s in students])
    age_of = {}
    for s in students:
        born = D.fromisoformat(s[3])
        age = (D(2024, 1, 1) - born).days // 365
        age_of[s[0]] = "kids" if age < 11 else ("teens" if age < 17 else "adults")
    joined = {s[0]: D.fromisoformat(s[5]) for s in students}
    quitters = {s[0] for s in students if s[0] % 23 == 11}
    enrol = []
    pays = []
    for s in students:
        sid = s[0]
        options = [k for k, x in enumerate(classes, 1) if x[4] == age_of[sid]]
        if sid % 29 == 17:
            continue  # signed up but never enrolled
        n = r.choices([1, 1, 1, 2, 2, 3], k=1)[0]
        picked = r.sample(options, min(n, len(options)))
        for k in picked:
            start = day_between(r, joined[sid], min(LAST, joined[sid] + dt.timedelta(days=60)))
            if sid in quitters or r.random() < 0.18:
                left = start + dt.timedelta(days=r.randint(20, 200))
                status = "withdrawn" if left <= LAST else "active"
                left_s = _iso(left) if left <= LAST else None
            elif r.random() < 0.3 and start < D(2024, 9, 1):
                left_s = _iso(min(LAST, start + dt.timedelta(days=r.randint(240, 400))))
                status = "completed"
            else:
                left_s, status = None, "active"
            disc = 1 if (s[6] is not None and r.random() < 0.6) or r.random() < 0.08 else 0
            enrol.append([start, sid, k, left_s, status, disc])
            fee = classes[k - 1][8] * (0.9 if disc else 1.0)
            end = D.fromisoformat(left_s) if left_s else LAST
            pd = start
            while pd <= end:
                pays.append([pd, sid, round(fee, 2), r.choices(["card", "cash", "direct_debit"], [45, 15, 40])[0]])
                pd += dt.timedelta(days=r.choice([91, 98, 105]))
    enrol.sort(key=lambda e: (e[0], e[1]))
    insert(c, "enrolments", [(i, e[1], e[2], _iso(e[0]), e[3], e[4], e[5]) for i, e in enumerate(enrol, 1)])
    pays.sort(key=lambda p: (p[0], p[1]))
    insert(c, "payments", [(i, p[1], _iso(p[0]), p[2], p[3]) for i, p in enumerate(pays, 1)])
    exams = []
    style_of_class = {k: x[1] for k, x in enumerate(classes, 1)}
    for e in enrol:
        if e[0] > D(2025, 4, 1) or r.random() > 0.35:
            continue
        st = style_of_class[e[2]]
        if st in (6, 8):
            continue
        ed = e[0] + dt.timedelta(days=r.randint(90, 300))
        if ed > LAST:
            continue
        mark = r.randint(38, 98)
        res = "fail" if mark < 50 else "pass" if mark < 65 else "merit" if mark < 80 else "distinction"
        if r.random() < 0.05:
            mark, res = None, "fail"
        exams.append([ed, e[1], st, r.randint(1, 6), mark, res, r.choice([38.0, 45.0, 52.0])])
    exams.sort(key=lambda x: (x[0], x[1]))
    insert(c, "exams", [(i, x[1], x[2], _iso(x[0]), x[3], x[4], x[5], x[6]) for i, x in enumerate(exams, 1)])
    done(c)


# -------------------------------------------------------------------------------------------------- phonerepair
def build_phonerepair(path: Path) -> None:
    r = random.Random(34004)
    c = fresh_db(
        path,
        """
        CREATE TABLE cust_mstr (
            cust_id INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, phn_no TEXT, eml_addr TEXT, biz_flg INTEGER NOT NULL,
            crt_dt TEXT NOT NULL);
        CREATE TABLE tech_mstr (
            tech_id INTEGER PRIMARY KEY, tech_nm TEXT NOT NULL, hire_dt TEXT NOT NULL, actv_flg INTEGER NOT NULL,
            hrly_rt REAL NOT NULL);
        CREATE TABLE sts_ref (sts_cd TEXT PRIMARY KEY, sts_desc TEXT NOT NULL);
        CREATE TABLE flt_ref (flt_cd TEXT PRIMARY KEY, flt_desc TEXT NOT NULL, std_mins INTEGER NOT NULL);
        CREATE TABLE rpr_ord (
            ord_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL, tech_id INTEGER, dev_mk TEXT NOT NULL,
            dev_mdl TEXT NOT NULL, flt_cd TEXT NOT NULL, sts_cd TEXT NOT NULL, rcv_dt TEXT NOT NULL, cmpl_dt TEXT,
            qt_amt REAL NOT NULL, fnl_amt REAL, wrnty_flg INTEGER NOT NULL, exp_flg INTEGER NOT NULL);
        CREATE TABLE prt_inv (
            prt_id INTEGER PRIMARY KEY, prt_desc TEXT NOT NULL, dev_mk TEXT NOT NULL, prt_typ_cd TEXT NOT NULL,
            unit_cst REAL NOT NULL, qty_oh INTEGER NOT NULL, rord_lvl INTEGER NOT NULL, supp_nm TEXT NOT NULL);
        CREATE TABLE prt_use (
            use_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL, prt_id INTEGER NOT NULL, qty INTEGER NOT NULL,
            use_dt TEXT NOT NULL);
        CREATE TABLE pmt_txn (
            txn_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL, txn_ts TEXT NOT NULL, txn_amt REAL NOT NULL,
            pmt_mthd TEXT NOT NULL);
        """,
    )
    techs = [(1, "Ravi Patel", "2019-03-04", 1, 18.5), (2, "Kasia Nowak", "2020-06-15", 1, 17.0),
             (3, "Leon Brandt", "2021-11-01", 1, 16.0), (4, "Mia Okonkwo", "2022-08-22", 0, 15.5),
             (5, "Tariq Aziz", "2023-05-08", 1, 15.0), (6, "Jess Harlow", "2024-02-19", 1, 14.5),
             (7, "Owen Price", "2024-10-07", 1, 14.0)]  # fmt: skip
    insert(c, "tech_mstr", techs)
    insert(c, "sts_ref", [("R", "Received"), ("D", "Diagnosed"), ("W", "Waiting for parts"), ("F", "Fixed - ready"),
                          ("C", "Collected"), ("B", "Beyond economic repair"), ("X", "Cancelled by customer")])  # fmt: skip
    flts = [("SCR", "Cracked or broken screen", 45), ("BAT", "Battery replacement", 30), ("CHG", "Charging port fault", 40),
            ("WTR", "Liquid damage", 90), ("CAM", "Camera fault", 35), ("SPK", "Speaker or microphone fault", 35),
            ("SW", "Software or boot problem", 60), ("BTN", "Button fault", 30), ("BCK", "Cracked back glass", 60)]  # fmt: skip
    insert(c, "flt_ref", flts)
    names = full_names(r, 230)
    custs = []
    for i, n in enumerate(names, 1):
        biz = 1 if i % 12 == 7 else 0
        phone = None if r.random() < 0.07 else f"07{r.randrange(100000000, 999999999)}"
        eml = None if r.random() < 0.3 else n.lower().replace(" ", ".") + "@mail.example"
        custs.append((i, n, phone, eml, biz, _iso(day_between(r, D(2023, 1, 2), D(2025, 6, 10)))))
    insert(c, "cust_mstr", custs)
    crt = {x[0]: D.fromisoformat(x[5]) for x in custs}
    models = {
        "Apple": ["iPhone 11", "iPhone 12", "iPhone 13", "iPhone 14", "iPhone 15"],
        "Samsung": ["Galaxy S21", "Galaxy S22", "Galaxy S23", "Galaxy A52", "Galaxy A14"],
        "Google": ["Pixel 6", "Pixel 7", "Pixel 8"],
        "Xiaomi": ["Redmi Note 11", "Redmi Note 12"],
        "OnePlus": ["OnePlus 9", "OnePlus 11"],
        "Motorola": ["Moto G32", "Moto G54"],
    }
    base_q = {"SCR": 89.0, "BAT": 59.0, "CHG": 49.0, "WTR": 79.0, "CAM": 69.0, "SPK": 45.0, "SW": 35.0, "BTN": 39.0,
              "BCK": 75.0}  # fmt: skip
    mk_mult = {"Apple": 1.4, "Samsung": 1.25, "Google": 1.15, "Xiaomi": 0.8, "OnePlus": 0.95, "Motorola": 0.75}
    parts = []
    pid = 0
    part_of: dict[tuple[str, str], list[int]] = {}
    for mk in models:
        for typ, desc in [("SCR", "Screen assembly"), ("BAT", "Battery"), ("CHG", "Charging port flex"),
                          ("CAM", "Rear camera module"), ("BCK", "Back glass panel"), ("SPK", "Loudspeaker")]:  # fmt: skip
            if mk in ("Motorola", "Xiaomi", "OnePlus") and typ in ("BCK", "SPK"):
                continue
            pid += 1
            cost = round(base_q[typ] * mk_mult[mk] * r.uniform(0.25, 0.45), 2)
            qty = r.randint(0, 14)
            parts.append((pid, f"{mk} {desc}", mk, typ, cost, qty, 3 if typ in ("SCR", "BAT") else 2,
                          r.choice(["MobileSpares Ltd", "PartsHub EU", "iFixDirect"])))  # fmt: skip
            part_of.setdefault((mk, typ), []).append(pid)
    insert(c, "prt_inv", parts)
    never = {x[0] for x in custs if x[0] % 17 == 3}
    pool = [x[0] for x in custs if x[0] not in never]
    pw = [6 if x % 12 == 7 else 1 for x in pool]
    orders = []
    uses = []
    txns = []
    for _ in range(540):
        cu = r.choices(pool, pw)[0]
        rcv = day_between(r, max(crt[cu], D(2023, 1, 3)), LAST)
        mk = r.choices(list(models), [38, 30, 12, 8, 6, 6])[0]
        mdl = r.choice(models[mk])
        flt = r.choices(list(base_q), [34, 20, 12, 8, 6, 5, 7, 3, 5])[0]
        age = (LAST - rcv).days
        if age < 2:
            sts = "R"
        elif age < 5:
            sts = r.choice(["D", "W", "F"])
        elif age < 12:
            sts = r.choices(["W", "F", "C", "X"], [20, 25, 50, 5])[0]
        else:
            sts = (
                r.choices(["C", "B", "X"], [88, 6, 6])[0]
                if flt != "WTR"
                else r.choices(["C", "B", "X"], [60, 35, 5])[0]
            )
        hire = {t[0]: D.fromisoformat(t[2]) for t in techs}
        tpool = [t[0] for t in techs if hire[t[0]] <= rcv and not (t[3] == 0 and rcv > D(2024, 12, 31))]
        tech = None if sts == "R" else r.choices(tpool, [3 if t == 1 else 2 if t == 2 else 1 for t in tpool])[0]
        exp = 1 if r.random() < 0.15 else 0
        quote = round(base_q[flt] * mk_mult[mk] * (1.2 if exp else 1.0), 2)
        wr = 1 if r.random() < 0.07 else 0
        if sts in ("F", "C"):
            cmpl = rcv + dt.timedelta(days=(0 if exp else r.choice([0, 1, 1, 2, 3, 4, 6])))
            if sts == "C" and cmpl > LAST:
                cmpl = LAST
            fnl = 0.0 if wr else round(quote * r.choice([1.0, 1.0, 1.0, 1.0, 0.9, 1.15]), 2)
            cmpl_s = _iso(min(cmpl, LAST))
        elif sts == "B":
            cmpl_s, fnl = _iso(rcv + dt.timedelta(days=r.randint(1, 5))), 20.0 if not wr else 0.0
        else:
            cmpl_s, fnl = None, None
        orders.append([rcv, cu, tech, mk, mdl, flt, sts, cmpl_s, quote, fnl, wr, exp])
    orders.sort(key=lambda o: (o[0], o[1]))
    rows = []
    for oid, o in enumerate(orders, 1):
        rows.append((oid, o[1], o[2], o[3], o[4], o[5], o[6], _iso(o[0]), o[7], o[8], o[9], o[10], o[11]))
        if o[6] in ("F", "C") and (o[3], o[5]) in part_of:
            p = r.choice(part_of[(o[3], o[5])])
            uses.append((oid, p, 1, o[7]))
            if r.random() < 0.08 and (o[3], "BAT") in part_of:
                uses.append((oid, part_of[(o[3], "BAT")][0], 1, o[7]))
        if o[6] == "C" and o[9]:
            t0 = D.fromisoformat(o[7]) + dt.timedelta(days=r.choice([0, 0, 1, 2, 3]))
            t0 = min(t0, LAST)
            meth = r.choices(["CARD", "CASH", "TRANSFER"], [65, 25, 10] if custs[o[1] - 1][4] == 0 else [10, 0, 90])[0]
            if r.random() < 0.12 and o[9] > 60:
                dep = 20.0
                txns.append((oid, f"{_iso(o[0])} {r.randint(9, 17):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}", dep,
                             meth))  # fmt: skip
                txns.append((oid, _stamp(t0, r, 9, 17), round(o[9] - dep, 2), meth))
            else:
                txns.append((oid, _stamp(t0, r, 9, 17), o[9], meth))
        elif o[6] == "B" and o[9]:
            txns.append((oid, _stamp(D.fromisoformat(o[7]), r, 9, 17), o[9], "CASH"))
    insert(c, "rpr_ord", rows)
    insert(c, "prt_use", [(i, *u) for i, u in enumerate(uses, 1)])
    txns.sort(key=lambda t: (t[1], t[0]))
    insert(c, "pmt_txn", [(i, *t) for i, t in enumerate(txns, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- barber
def build_barber(path: Path) -> None:
    r = random.Random(34005)
    c = fresh_db(
        path,
        """
        CREATE TABLE BARBER (
            BARBER_ID INTEGER PRIMARY KEY, FIRST_NAME TEXT NOT NULL, LAST_NAME TEXT NOT NULL, CHAIR_NO INTEGER,
            START_DATE TEXT NOT NULL, IS_SENIOR TEXT NOT NULL, ACTIVE TEXT NOT NULL, COMMISSION_PCT REAL NOT NULL);
        CREATE TABLE CLIENT (
            CLIENT_ID INTEGER PRIMARY KEY, FIRST_NAME TEXT NOT NULL, LAST_NAME TEXT NOT NULL, PHONE TEXT,
            FIRST_VISIT TEXT NOT NULL, MARKETING_OPT_IN TEXT NOT NULL,
            PREFERRED_BARBER_ID INTEGER REFERENCES BARBER(BARBER_ID));
        CREATE TABLE SERVICE (
            SERVICE_ID INTEGER PRIMARY KEY, SERVICE_NAME TEXT NOT NULL, CATEGORY TEXT NOT NULL,
            DURATION_MIN INTEGER NOT NULL, PRICE REAL NOT NULL);
        CREATE TABLE APPOINTMENT (
            APPOINTMENT_ID INTEGER PRIMARY KEY, CLIENT_ID INTEGER NOT NULL REFERENCES CLIENT(CLIENT_ID),
            BARBER_ID INTEGER NOT NULL REFERENCES BARBER(BARBER_ID),
            SERVICE_ID INTEGER NOT NULL REFERENCES SERVICE(SERVICE_ID), APPT_START TEXT NOT NULL,
            WALK_IN TEXT NOT NULL, STATUS TEXT NOT NULL, PRICE_CHARGED REAL, TIP_AMOUNT REAL);
        CREATE TABLE PRODUCT (
            PRODUCT_ID INTEGER PRIMARY KEY, PRODUCT_NAME TEXT NOT NULL, BRAND TEXT NOT NULL, CATEGORY TEXT NOT NULL,
            RETAIL_PRICE REAL NOT NULL, STOCK_QTY INTEGER NOT NULL, DISCONTINUED TEXT NOT NULL);
        CREATE TABLE PRODUCT_SALE (
            SALE_ID INTEGER PRIMARY KEY, PRODUCT_ID INTEGER NOT NULL REFERENCES PRODUCT(PRODUCT_ID),
            CLIENT_ID INTEGER REFERENCES CLIENT(CLIENT_ID), BARBER_ID INTEGER NOT NULL REFERENCES BARBER(BARBER_ID),
            SALE_DATE TEXT NOT NULL, QTY INTEGER NOT NULL, UNIT_PRICE REAL NOT NULL);
        """,
    )
    barbers = [
        (1, "Marcus", "Bell", 1, "2017-03-01", "Y", "Y", 45.0),
        (2, "Deniz", "Kaya", 2, "2019-06-10", "Y", "Y", 45.0),
        (3, "Leo", "Fitzgerald", 3, "2021-02-15", "N", "Y", 40.0),
        (4, "Sam", "Adeyemi", 4, "2022-09-05", "N", "Y", 40.0),
        (5, "Callum", "Reid", None, "2020-01-13", "N", "N", 40.0),
        (6, "Nico", "Santoro", 5, "2023-08-21", "N", "Y", 35.0),
        (7, "Jade", "Morrison", 6, "2024-05-07", "N", "Y", 35.0),
        (8, "Rafael", "Duarte", 7, "2018-11-19", "Y", "Y", 45.0),
    ]
    insert(c, "BARBER", barbers)
    services = [
        (1, "Classic Cut", "cut", 30, 22.0), (2, "Skin Fade", "cut", 40, 26.0), (3, "Scissor Cut", "cut", 45, 28.0),
        (4, "Buzz Cut", "cut", 15, 14.0), (5, "Beard Trim", "beard", 15, 12.0), (6, "Beard Shape and Line Up", "beard", 25, 16.0),
        (7, "Hot Towel Shave", "shave", 30, 25.0), (8, "Cut and Beard", "cut", 50, 32.0), (9, "Grey Blending", "colour", 45, 35.0),
        (10, "Kids Cut", "kids", 20, 15.0), (11, "Senior Cut", "cut", 25, 16.0), (12, "Head Shave", "shave", 25, 18.0),
    ]  # fmt: skip
    insert(c, "SERVICE", services)
    names = full_names(r, 240)
    clients = []
    for i, n in enumerate(names, 1):
        first, last = n.split(" ")
        fv = day_between(r, D(2023, 1, 3), D(2025, 6, 7))
        pref = r.choices([None, 1, 2, 3, 4, 6, 7, 8], [40, 10, 12, 8, 8, 5, 4, 9])[0]
        if pref == 7 and fv < D(2024, 5, 7):
            pref = 8
        phone = None if r.random() < 0.12 else f"07{r.randrange(100000000, 999999999)}"
        clients.append((i, first, last, phone, _iso(fv), "Y" if r.random() < 0.45 else "N", pref))
    insert(c, "CLIENT", clients)
    fv = {x[0]: D.fromisoformat(x[4]) for x in clients}
    pref = {x[0]: x[6] for x in clients}
    start = {b[0]: D.fromisoformat(b[4]) for b in barbers}
    left5 = D(2024, 7, 31)
    appts = []
    freq = {x[0]: r.choice([1, 1, 2, 3, 4, 6]) for x in clients}
    cl = [x[0] for x in clients]
    sw = [8, 14, 6, 5, 10, 4, 3, 9, 3, 5, 3, 2]
    for _ in range(800):
        who = r.choices(cl, [freq[x] for x in cl])[0]
        d = day_between(r, fv[who], D(2025, 6, 28))
        if d.weekday() == 6:
            d += dt.timedelta(days=1)
        avail = [b[0] for b in barbers if start[b[0]] <= d and not (b[0] == 5 and d > left5)]
        b = pref[who] if pref[who] in avail and r.random() < 0.8 else r.choice(avail)
        svc = r.choices(services, sw)[0]
        walk = "Y" if r.random() < 0.22 else "N"
        if d > LAST:
            status, price, tip = "BOOKED", None, None
            walk = "N"
        else:
            status = r.choices(["COMPLETED", "NO_SHOW", "CANCELLED"], [86, 6, 8])[0] if walk == "N" else "COMPLETED"
            if status == "COMPLETED":
                price = svc[4] if d >= D(2024, 4, 1) else round(svc[4] - 2.0, 2)
                tip = None if r.random() < 0.55 else float(r.choice([1, 2, 2, 3, 5, 5, 10]))
            else:
                price, tip = None, None
        appts.append([_stamp(d, r, 9, 18), who, b, svc[0], walk, status, price, tip])
    appts.sort(key=lambda a: (a[0], a[1]))
    insert(c, "APPOINTMENT", [(i, a[1], a[2], a[3], a[0], a[4], a[5], a[6], a[7]) for i, a in enumerate(appts, 1)])
    products = [
        (1, "Matte Clay", "Uppercut", "styling", 16.0, 22, "N"), (2, "Deluxe Pomade", "Uppercut", "styling", 15.0, 18, "N"),
        (3, "Sea Salt Spray", "Hanz de Fuko", "styling", 18.0, 9, "N"), (4, "Fibre Paste", "Reuzel", "styling", 17.5, 14, "N"),
        (5, "Pink Pomade", "Reuzel", "styling", 17.5, 0, "Y"), (6, "Daily Shampoo", "American Crew", "hair care", 13.0, 25, "N"),
        (7, "Daily Conditioner", "American Crew", "hair care", 13.0, 20, "N"), (8, "Beard Oil Sandalwood", "Captain Fawcett", "beard care", 21.0, 11, "N"),
        (9, "Beard Balm", "Captain Fawcett", "beard care", 19.0, 6, "N"), (10, "Beard Wash", "Proraso", "beard care", 11.0, 15, "N"),
        (11, "Shaving Cream", "Proraso", "shaving", 9.5, 30, "N"), (12, "Aftershave Balm", "Proraso", "shaving", 12.5, 12, "N"),
        (13, "Pocket Comb", "Kent", "accessories", 6.0, 40, "N"), (14, "Beard Brush", "Kent", "accessories", 14.0, 8, "N"),
        (15, "Grooming Gift Set", "Captain Fawcett", "accessories", 45.0, 3, "N"), (16, "Hair Tonic", "Layrite", "hair care", 16.0, 0, "Y"),
        (17, "Original Pomade", "Layrite", "styling", 18.0, 7, "N"), (18, "Cement Clay", "Layrite", "styling", 18.0, 0, "Y"),
    ]  # fmt: skip
    insert(c, "PRODUCT", products)
    pw = [9, 7, 3, 6, 2, 5, 3, 6, 4, 3, 4, 3, 5, 2, 1, 1, 3, 1]
    sales = []
    for _ in range(330):
        p = r.choices(products, pw)[0]
        d = day_between(r, D(2023, 1, 3), LAST)
        if p[6] == "Y":
            d = day_between(r, D(2023, 1, 3), D(2024, 8, 31))
        avail = [b[0] for b in barbers if start[b[0]] <= d and not (b[0] == 5 and d > left5)]
        cands = [x for x in cl if fv[x] <= d]
        cli = r.choice(cands) if cands and r.random() < 0.7 else None
        price = p[4] if d >= D(2024, 1, 1) else round(p[4] * 0.9, 2)
        sales.append([_iso(d), p[0], cli, r.choice(avail), r.choices([1, 1, 1, 2, 3])[0], price])
    sales.sort(key=lambda s: (s[0], s[1]))
    insert(c, "PRODUCT_SALE", [(i, s[1], s[2], s[3], s[0], s[4], s[5]) for i, s in enumerate(sales, 1)])
    done(c)


# ----------------------------------------------------------------------------------------------------- toolhire
def build_toolhire(path: Path) -> None:
    r = random.Random(34006)
    c = fresh_db(
        path,
        """
        CREATE TABLE hire_branch_location (
            branch_location_id INTEGER PRIMARY KEY, branch_location_name TEXT NOT NULL, branch_town TEXT NOT NULL,
            branch_opened_date TEXT NOT NULL);
        CREATE TABLE hire_customer_account (
            customer_account_id INTEGER PRIMARY KEY, account_holder_first_name TEXT NOT NULL,
            account_holder_last_name TEXT NOT NULL, company_name TEXT, is_trade_account INTEGER NOT NULL,
            account_opened_date TEXT NOT NULL, credit_limit_amount REAL);
        CREATE TABLE tool_catalogue_item (
            catalogue_item_id INTEGER PRIMARY KEY, tool_description TEXT NOT NULL, tool_category TEXT NOT NULL,
            daily_hire_rate REAL NOT NULL, weekly_hire_rate REAL NOT NULL, replacement_value REAL NOT NULL,
            requires_safety_briefing INTEGER NOT NULL);
        CREATE TABLE tool_stock_unit (
            stock_unit_id INTEGER PRIMARY KEY,
            catalogue_item_id INTEGER NOT NULL REFERENCES tool_catalogue_item(catalogue_item_id),
            branch_location_id INTEGER NOT NULL REFERENCES hire_branch_location(branch_location_id),
            serial_number TEXT NOT NULL UNIQUE, purchase_date TEXT NOT NULL, unit_condition_status TEXT NOT NULL);
        CREATE TABLE customer_hire_agreement (
            hire_agreement_id INTEGER PRIMARY KEY,
            customer_account_id INTEGER NOT NULL REFERENCES hire_customer_account(customer_account_id),
            branch_location_id INTEGER NOT NULL REFERENCES hire_branch_location(branch_location_id),
            hire_start_date TEXT NOT NULL, scheduled_return_date TEXT NOT NULL, actual_return_date TEXT,
            agreement_status TEXT NOT NULL, delivery_required_flag INTEGER NOT NULL,
            damage_deposit_amount REAL NOT NULL);
        CREATE TABLE customer_hire_agreement_line_item (
            agreement_line_item_id INTEGER PRIMARY KEY,
            hire_agreement_id INTEGER NOT NULL REFERENCES customer_hire_agreement(hire_agreement_id),
            stock_unit_id INTEGER NOT NULL REFERENCES tool_stock_unit(stock_unit_id),
            hire_days_charged INTEGER NOT NULL, line_hire_charge REAL NOT NULL, damage_charge_amount REAL);
        CREATE TABLE tool_maintenance_service_record (
            service_record_id INTEGER PRIMARY KEY,
            stock_unit_id INTEGER NOT NULL REFERENCES tool_stock_unit(stock_unit_id),
            service_date TEXT NOT NULL, service_type TEXT NOT NULL, service_cost REAL NOT NULL,
            passed_inspection_flag INTEGER NOT NULL);
        """,
    )
    branches = [(1, "Bristol North", "Bristol", "2012-04-02"), (2, "Bath Riverside", "Bath", "2016-09-12"),
                (3, "Weston Trade Park", "Weston-super-Mare", "2019-03-04"),
                (4, "Yate Depot", "Yate", "2024-02-05")]  # fmt: skip
    insert(c, "hire_branch_location", branches)
    items = [
        ("SDS Hammer Drill", "power tools", 18.0, 54.0, 320.0, 0), ("Breaker 110V Heavy", "power tools", 32.0, 96.0, 950.0, 1),
        ("Circular Saw", "power tools", 16.0, 48.0, 260.0, 1), ("Angle Grinder 230mm", "power tools", 14.0, 42.0, 180.0, 1),
        ("Floor Sander", "power tools", 38.0, 114.0, 1400.0, 0), ("Tile Cutter Wet", "power tools", 24.0, 72.0, 520.0, 0),
        ("Cordless Combi Drill", "power tools", 12.0, 36.0, 190.0, 0), ("Plate Compactor", "concrete", 35.0, 105.0, 1300.0, 1),
        ("Cement Mixer 110L", "concrete", 22.0, 66.0, 450.0, 0), ("Disc Cutter Petrol", "concrete", 45.0, 135.0, 1100.0, 1),
        ("Poker Vibrator", "concrete", 28.0, 84.0, 700.0, 0), ("Aluminium Tower 6m", "access", 60.0, 180.0, 2600.0, 1),
        ("Extension Ladder 3-Section", "access", 15.0, 45.0, 340.0, 0), ("Step Ladder 8 Tread", "access", 8.0, 24.0, 120.0, 0),
        ("Cherry Picker 12m", "access", 180.0, 540.0, 38000.0, 1), ("Hedge Trimmer Petrol", "garden", 20.0, 60.0, 420.0, 0),
        ("Turf Cutter", "garden", 48.0, 144.0, 2900.0, 1), ("Rotavator", "garden", 40.0, 120.0, 1600.0, 1),
        ("Stump Grinder", "garden", 95.0, 285.0, 9500.0, 1), ("Log Splitter", "garden", 55.0, 165.0, 2200.0, 1),
        ("Pressure Washer", "cleaning", 25.0, 75.0, 650.0, 0), ("Carpet Cleaner", "cleaning", 22.0, 66.0, 540.0, 0),
        ("Wet and Dry Vacuum", "cleaning", 15.0, 45.0, 240.0, 0), ("Dehumidifier", "cleaning", 18.0, 54.0, 380.0, 0),
        ("Engine Hoist 1T", "lifting", 30.0, 90.0, 640.0, 1), ("Pallet Truck", "lifting", 20.0, 60.0, 420.0, 0),
        ("Chain Block 2T", "lifting", 18.0, 54.0, 300.0, 1), ("Generator 6kVA", "power tools", 52.0, 156.0, 1900.0, 0),
    ]  # fmt: skip
    insert(c, "tool_catalogue_item", [(i, *x) for i, x in enumerate(items, 1)])
    units = []
    uid = 0
    for iid in range(1, len(items) + 1):
        for br in (1, 2, 3, 4):
            n = r.choices([0, 1, 2, 3], [15, 45, 30, 10])[0]
            if br == 4 and r.random() < 0.5:
                n = 0
            if iid == 15 and br != 1:
                n = 0
            if iid == 15 and br == 1:
                n = 1
            for _ in range(n):
                uid += 1
                earliest = D.fromisoformat(branches[br - 1][3])
                bought = day_between(r, max(earliest, D(2019, 1, 1)), D(2025, 3, 31))
                cond = r.choices(["good", "worn", "in_repair", "retired"], [70, 16, 7, 7])[0]
                units.append((uid, iid, br, f"TH{br}-{iid:02d}-{uid:04d}", _iso(bought), cond))
    insert(c, "tool_stock_unit", units)
    names = full_names(r, 170)
    accounts = []
    companies = ["Avon Builders Ltd", "Clifton Roofing", "Greenway Landscapes", "Harbourside Joinery",
                 "Mendip Groundworks", "Severn Electrical", "Cotswold Decorators", "Kingswood Plumbing",
                 "Redland Renovations", "Westway Paving"]  # fmt: skip
    for i, n in enumerate(names, 1):
        first, last = n.split(" ")
        trade = 1 if i % 5 == 2 else 0
        comp = (
            companies[(i // 5) % len(companies)]
            if trade and i < 50
            else (f"{last} Property Services" if trade else None)
        )
        limit = float(r.choice([1000, 2500, 5000])) if trade else None
        if trade and i % 25 == 22:
            limit = None
        accounts.append((i, first, last, comp, trade, _iso(day_between(r, D(2023, 1, 2), D(2025, 5, 31))), limit))
    insert(c, "hire_customer_account", accounts)
    opened = {a[0]: D.fromisoformat(a[5]) for a in accounts}
    trade = {a[0]: a[4] for a in accounts}
    never = {a[0] for a in accounts if a[0] % 18 == 10}
    pool = [a[0] for a in accounts if a[0] not in never]
    aw = [5 if trade[a] else 1 for a in pool]
    live_units = [u for u in units if u[5] != "retired"]
    agreements = []
    lines = []
    for _ in range(470):
        acc = r.choices(pool, aw)[0]
        start = day_between(r, max(opened[acc], D(2023, 1, 3)), D(2025, 6, 20))
        br = r.choices([1, 2, 3, 4], [5, 3, 3, 2])[0]
        if br == 4 and start < D(2024, 2, 5):
            br = 1
        days = r.choices([1, 2, 3, 5, 7, 14], [30, 20, 15, 12, 15, 8])[0]
        sched = start + dt.timedelta(days=days)
        if start > LAST:
            status, actual = "open", None
        elif r.random() < 0.05:
            status, actual = "cancelled", None
        else:
            ret = sched + dt.timedelta(days=r.choices([0, 0, 0, 0, 1, 2, 4], k=1)[0])
            if ret > LAST:
                status, actual = "open", None
            else:
                status, actual = "returned", ret
        deliv = 1 if r.random() < (0.35 if trade[acc] else 0.12) else 0
        dep = r.choice([50.0, 100.0, 150.0, 250.0])
        avail = [u for u in live_units if u[2] == br]
        picks = r.sample(avail, min(len(avail), r.choices([1, 1, 1, 2, 2, 3], k=1)[0]))
        if any(p[1] == 15 for p in picks):
            dep = 1000.0
        agreements.append([start, acc, br, sched, actual, status, deliv, dep, picks])
    agreements.sort(key=lambda a: (a[0], a[1]))
    rows = []
    for aid, a in enumerate(agreements, 1):
        rows.append((aid, a[1], a[2], _iso(a[0]), _iso(a[3]), a[4] and _iso(a[4]), a[5], a[6], a[7]))
        if a[5] == "cancelled":
            continue
        charged = ((a[4] or a[3]) - a[0]).days or 1
        for u in a[8]:
            it = items[u[1] - 1]
            wk, rem = divmod(charged, 7)
            charge = round(wk * it[3] + min(rem * it[2], it[3]), 2)
            dmg = None
            if a[5] == "returned" and r.random() < 0.07:
                dmg = round(r.uniform(0.05, 0.3) * min(it[4], 2000), 2)
            lines.append((aid, u[0], charged, charge, dmg))
    insert(c, "customer_hire_agreement", rows)
    insert(c, "customer_hire_agreement_line_item", [(i, *x) for i, x in enumerate(lines, 1)])
    recs = []
    for u in units:
        bought = D.fromisoformat(u[4])
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            sd = day_between(r, max(bought, D(2023, 1, 3)), LAST)
            st = r.choices(["PAT test", "inspection", "repair", "blade change"], [30, 30, 25, 15])[0]
            cost = {"PAT test": 12.0, "inspection": 25.0}.get(st) or round(r.uniform(20, 260), 2)
            ok = 0 if (u[5] in ("in_repair", "retired") and r.random() < 0.5) or r.random() < 0.06 else 1
            recs.append((sd, u[0], st, cost, ok))
    recs.sort(key=lambda x: (x[0], x[1]))
    insert(
        c, "tool_maintenance_service_record", [(i, x[1], _iso(x[0]), x[2], x[3], x[4]) for i, x in enumerate(recs, 1)]
    )
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "cheeseshop": build_cheeseshop,
    "buslines": build_buslines,
    "danceschool": build_danceschool,
    "phonerepair": build_phonerepair,
    "barber": build_barber,
    "toolhire": build_toolhire,
}
