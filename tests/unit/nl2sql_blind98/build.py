"""Six retail, hospitality and consumer-service databases for the ninety-eighth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing happens after 2025-06-14 except rows that are scheduled for the future:
cookery sessions ``sessions.status`` 'scheduled' (2025-06-17 to 2025-08-30, with their advance bookings) in
``cookeryschool``, nail appointments ``appointment.status`` 'booked' (2025-06-16 to 2025-07-31) in ``nailbar``, and
click-and-collect orders whose ``pickup_date`` is on or after 2025-06-15 (they only have a 'PLACED' status row) in
``grocerypickup``. Activity is spread over 2023-01-01 to 2025-06-14 (``nailbar`` goes back to 2021). Dates are ISO
text 'YYYY-MM-DD'; timestamps are 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD HH:MM:SS' as noted.

- ``vintagewear`` (PascalCase tables, keys with an ``Id`` suffix; money as INTEGER pence; a JSON-ish tags column):
  a small chain of vintage clothing resale shops that sells consigned and shop-bought stock.
  ``Store`` (``StoreId``, ``StoreName`` e.g. 'Threadbare Brighton', ``Town``, ``OpenedOn``; Glasgow opened
  2023-10-20), ``Category`` (``CategoryId``, ``CategoryName``: 'Jackets & Coats', 'Dresses', 'Jeans & Trousers',
  'Knitwear', 'Shirts & Blouses', 'Footwear', 'Bags', 'Accessories'), ``Consignor`` (people who hand in clothes to
  sell on commission: ``FullName``, ``Email`` NULL when unknown, ``Town``, ``JoinedOn``, ``SplitPct`` = percentage
  of the price paid that is owed to the consignor: 40, 50 or 60), ``Customer`` (``FullName``, ``Email`` NULL when
  unknown, ``Town``, ``JoinedOn``, ``MarketingOptIn`` 'Y'/'N'), ``Item`` (one garment: ``StoreId``, ``CategoryId``,
  ``ConsignorId`` NULL = shop-bought stock, ``Title`` e.g. "1990s Levi's 501 jeans", ``Brand``, ``Decade`` 1960,
  1970, 1980, 1990 or 2000 (= the 1960s ... the 2000s), ``SizeLabel`` 'XS'..'XL', 'W30', 'UK 7' or 'One size',
  ``Condition`` 'A' = excellent, 'B' = good, 'C' = worn / flawed, ``PricePence`` = asking (tag) price in pence,
  ``Tags`` = JSON array text such as '["denim", "workwear", "90s"]', '[]' or NULL, ``ListedOn`` = date put out
  for sale, ``Status`` 'A' = available, 'H' = on hold for a customer, 'S' = sold, 'R' = returned unsold to the
  consignor; a refunded item stays 'S'), ``Sale`` (one till transaction: ``StoreId``, ``CustomerId`` NULL for an
  anonymous walk-in, ``SoldAt`` 'YYYY-MM-DD HH:MM', ``PaymentMethod`` 'CARD', 'CASH' or 'VOUCHER'), ``SaleLine``
  (``SaleId``, ``ItemId`` (each item sells at most once), ``PricePaidPence`` = price actually paid in pence, below
  the tag price when discounted), ``Refund`` (``SaleLineId``, ``RefundedOn``, ``AmountPence`` refunded in pence,
  ``Reason`` 'Wrong size', 'Damage not disclosed', 'Changed mind', 'Not as described').

- ``cookeryschool`` (plural snake_case tables with plain ``id`` keys; money as REAL pounds): a cookery school.
  ``chefs`` (``full_name``, ``specialty`` = cuisine, ``hired_on``, ``day_rate`` = pounds paid per session worked,
  ``reports_to`` -> ``chefs.id``, the chef's line manager, NULL for the head chef Marguerite Dubois), ``courses``
  (``title``, ``cuisine`` e.g. 'French', 'Italian', 'Baking', ``level`` 'beginner' / 'intermediate' / 'advanced',
  ``duration_hours`` length of one session in hours, ``price`` = full price per person in pounds, ``max_places``),
  ``sessions`` (one run of a course: ``course_id``, ``session_date``, ``start_time`` 'HH:MM', ``kitchen``
  'Kitchen A', 'Kitchen B' or 'Demo Theatre', ``status`` 'completed', 'cancelled' or 'scheduled' = in the future),
  ``session_chefs`` (the many-to-many link of sessions and chefs: ``session_id``, ``chef_id``, ``role`` 'lead' or
  'assistant'; every session has exactly one lead), ``students`` (``full_name``, ``email`` NULL when unknown,
  ``town``, ``dietary`` NULL = no requirement, or 'vegetarian', 'vegan', 'gluten-free', 'nut allergy',
  ``signed_up_on``), ``bookings`` (one place on a session: ``session_id``, ``student_id``, ``booked_on``,
  ``amount_paid`` pounds actually paid, ``voucher_code`` NULL = none, 'SPRING10' = 10% off, 'FRIEND15' = 15% off,
  'GIFTCARD' = paid by gift card (amount_paid 0), ``attended`` 1 = came, 0 = no-show, NULL while the session is
  scheduled or when it was cancelled), ``reviews`` (at most one per booking: ``booking_id``, ``stars`` 1-5,
  ``reviewed_on``, ``comment`` NULL when none).

- ``creperie`` (French table and column names and French values; money as REAL euros): a chain of Breton
  crêperies. ``restaurants`` (``id_restaurant``, ``nom`` e.g. 'Ti Breizh', 'Crêperie du Port', ``ville`` = town,
  ``date_ouverture`` = opening date (Ar Men in Paris opened 2024-03-01), ``nb_places`` = seats), ``serveurs``
  (waiters: ``prenom`` first name, ``nom`` surname, ``id_restaurant``, ``date_embauche`` hired, ``actif`` 1 = still
  working / 0 = left), ``plats`` (menu items: ``nom``, ``categorie`` 'galette' (savoury buckwheat), 'crêpe'
  (sweet), 'salade', 'dessert', 'boisson' (drink; cider is 'Bolée de cidre brut' and 'Bouteille de cidre doux'),
  ``prix`` = current price in euros, ``vegetarien`` 1/0, ``disponible`` 1 = on the menu / 0 = withdrawn at the
  end of 2024), ``commandes`` (orders, one per table or takeaway: ``id_restaurant``, ``id_serveur``,
  ``date_commande``, ``heure`` 'HH:MM', ``nb_couverts`` = covers (diners), ``type_service`` 'sur place' = dine-in /
  'à emporter' = takeaway, ``statut`` 'payée' = paid, 'annulée' = cancelled, 'offerte' = on the house (free),
  ``mode_paiement`` 'carte' = card, 'espèces' = cash, 'ticket restaurant' = meal voucher, NULL unless paid; closed
  on Mondays), ``lignes_commande`` (order lines: ``id_commande``, ``id_plat``, ``quantite``, ``prix_unitaire`` =
  euros charged per unit; galettes and crêpes cost 0.50 less before 2025-01-01 than today's ``plats.prix``),
  ``avis`` (reviews: ``id_restaurant``, ``date_avis``, ``note`` 1-5, ``source`` 'Google', 'TripAdvisor',
  'TheFork', ``commentaire`` in French, NULL when none).

- ``snackbar`` (snake_case with ``_id`` keys; coded values; money as INTEGER euro cents): the concession stands of
  an Irish cinema chain. ``sites`` (``site_name`` e.g. 'Screenhouse Docklands', ``town`` 'Dublin', 'Cork', 'Galway',
  'Limerick', 'Kilkenny', ``screens``, ``opened``; Kilkenny opened 2024-04-05), ``products`` (``product_name``,
  ``category`` 'POP' = popcorn, 'DRK' = drinks, 'SWT' = sweets and ice cream, 'HOT' = hot food, 'CMB' = combo
  deals, ``size`` 'S', 'M', 'L' or NULL when sold in one size, ``price_c`` selling price in cents, ``cost_c`` unit
  cost in cents, ``active`` 1 = on sale / 0 = discontinued; Toffee Popcorn was dropped after February 2024),
  ``staff`` (``site_id``, ``staff_name``, ``role`` 'SUP' = supervisor / 'CREW', ``started``), ``sales`` (one till
  transaction: ``site_id``, ``staff_id`` who served, ``sold_at`` 'YYYY-MM-DD HH:MM', ``pay`` 'CARD', 'CASH' or
  'APP', ``total_c`` = transaction total in cents), ``sale_lines`` (``sale_id``, ``product_id``, ``qty``,
  ``line_c`` = qty x price in cents), ``waste`` (stock thrown away: ``site_id``, ``product_id``, ``waste_date``,
  ``qty``, ``reason`` 'EXP' = expired, 'DMG' = damaged, 'SPL' = spilt), ``refunds`` (``sale_id``, ``refunded_on``,
  ``amount_c`` cents refunded, ``reason`` 'Wrong order', 'Spilt drink', 'Quality', 'Screening cancelled').

- ``nailbar`` (singular snake_case tables; money as REAL pounds; durations in minutes; a loyalty referral
  self-reference): a chain of nail salons. ``salon`` (``salon_name`` 'Polished Camden', 'Polished Reading',
  'Polished Guildford', ``town``, ``opened_on``), ``technician`` (``salon_id`` where they work, ``tech_name``,
  ``level`` 'junior' / 'senior' / 'master', ``started_on``, ``left_on`` NULL while still employed), ``treatment``
  (``treatment_name``, ``category`` 'manicure', 'pedicure', 'extensions', 'nail art', 'removal', ``duration_min``
  minutes per unit, ``price`` pounds per unit; 'Nail art (per nail)' is priced and timed per nail),
  ``client`` (``first_name``, ``last_name``, ``phone`` / ``email`` NULL when unknown, ``home_salon_id``,
  ``joined_on``, ``referred_by`` -> ``client.client_id`` of the existing client who recommended them, NULL if
  nobody, ``tier`` 'bronze', 'silver' or 'gold' loyalty tier), ``appointment`` (``client_id``, ``tech_id`` (the
  salon is the technician's salon), ``starts_at`` 'YYYY-MM-DD HH:MM', ``status`` 'completed', 'cancelled',
  'no_show' or 'booked' = upcoming, ``tip`` pounds, NULL when no tip), ``appointment_treatment`` (the many-to-many
  link of appointments and treatments: ``qty`` = units (nails for nail art, otherwise 1), ``price_charged`` =
  pounds charged for the line = qty x unit price), ``loyalty_ledger`` (points movements: ``client_id``,
  ``entry_date``, ``points`` positive = earned / negative = spent, ``reason`` 'visit' (1 point per whole pound of a
  completed appointment), 'referral' (100 points to the referrer when the referred client completes a first visit),
  'redeem' (-250), 'birthday' (+50)); a client's current balance is the sum of their points).

- ``grocerypickup`` (singular snake_case tables; money as REAL pounds; a status history table): click-and-collect
  grocery orders for a small supermarket chain. ``branch`` (``branch_name`` e.g. 'Hartleys Harrogate', ``town``,
  ``cc_launched`` = date click-and-collect started there), ``picker`` (staff who pick orders: ``branch_id``,
  ``picker_name``, ``hired_on``), ``shopper`` (``full_name``, ``email``, ``town``, ``signed_up``), ``product``
  (``sku`` text key such as 'SKU10001', ``description``, ``dept`` 'Bakery', 'Dairy', 'Produce', 'Meat & Fish',
  'Frozen', 'Drinks', 'Household', 'Cupboard', ``unit_price`` current price in pounds, ``own_brand`` 1/0),
  ``pickup_order`` (``shopper_id``, ``branch_id``, ``placed_at`` 'YYYY-MM-DD HH:MM:SS', ``pickup_date``,
  ``pickup_slot`` '08-10', '10-12', ... '18-20' (hours of the day), ``basket_total`` pounds), ``order_line`` (the
  link of orders and products: ``order_id``, ``sku``, ``qty``, ``unit_price`` pounds charged (5% below today's
  price before 2024-09-01), ``substituted`` 1 = a replacement product was given), ``order_status`` (status
  history: ``order_id``, ``status`` 'PLACED' -> 'PICKING' -> 'READY' -> 'COLLECTED', or 'CANCELLED' after
  'PLACED', or 'NO_SHOW' after 'READY' when not collected by 21:00 on the pickup date; ``changed_at``
  'YYYY-MM-DD HH:MM:SS', ``picker_id`` NULL for system or customer changes). An order's current status is its
  latest ``order_status`` row.

Foreign keys are declared in every schema; ``chefs.reports_to`` and ``client.referred_by`` reference their own
table; ``session_chefs``, ``appointment_treatment`` and ``order_line`` are many-to-many link tables.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
FIRST = D(2023, 1, 1)


# ---------------------------------------------------------------------------------------------------- helpers
def fresh(path: Path, ddl: str) -> sqlite3.Connection:
    """A new, empty SQLite file at ``path`` holding the tables of ``ddl``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.executescript(ddl)
    con.execute("PRAGMA foreign_keys = ON")
    return con


def insert(con: sqlite3.Connection, table: str, rows: Sequence[Sequence[object]]) -> None:
    if not rows:
        return
    marks = ", ".join("?" * len(rows[0]))
    con.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)


def finish(con: sqlite3.Connection) -> None:
    con.commit()
    broken = con.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"foreign key violations: {broken[:5]}")
    con.close()


def day(r: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=r.randint(0, (hi - lo).days))


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def people(r: random.Random, n: int, given: list[str], family: list[str]) -> list[str]:
    """``n`` distinct "Given Family" names, shuffled by ``r``."""
    pool = [f"{g} {f}" for g in given for f in family]
    r.shuffle(pool)
    return pool[:n]


def email(name: str, domain: str) -> str:
    return name.lower().replace(" ", ".").replace("'", "") + "@" + domain


GIVEN_UK = [
    "Abigail", "Ben", "Chloe", "Daniel", "Ella", "Freddie", "Grace", "Harry", "Isla", "Jack", "Katie", "Liam",
    "Megan", "Noah", "Olivia", "Priya", "Quentin", "Rosie", "Sam", "Tilly", "Usman", "Violet", "Will", "Zara",
    "Aisha", "Bethan", "Connor", "Daisy", "Ethan", "Faye", "George", "Hannah", "Imogen", "Josh", "Lucy", "Mohammed",
]  # fmt: skip
FAMILY_UK = [
    "Adams", "Bennett", "Carter", "Dawson", "Evans", "Fletcher", "Green", "Hughes", "Irwin", "Jones", "Khan",
    "Lewis", "Mason", "Nolan", "Owens", "Parker", "Quinn", "Reid", "Shaw", "Turner", "Usher", "Vaughan", "Walsh",
    "Young", "Ali", "Brooks", "Clarke", "Doyle", "Ferguson", "Hall", "Murray", "Singh",
]  # fmt: skip


# ---------------------------------------------------------------------------------------------------- vintagewear
VW_STORES = [
    (1, "Threadbare Brighton", "Brighton", "2019-04-01"),
    (2, "Threadbare Bristol", "Bristol", "2020-09-12"),
    (3, "Threadbare Leeds", "Leeds", "2022-03-05"),
    (4, "Threadbare Glasgow", "Glasgow", "2023-10-20"),
]
# (category, base price in pounds, garments, size kind, tag pool, [(brand, price factor), ...])
VW_CATS = [
    ("Jackets & Coats", 45, ["denim jacket", "trench coat", "bomber jacket", "wax jacket", "leather jacket", "parka"],
     "clothes", ["outerwear", "denim", "leather", "wool", "military", "workwear", "festival"],
     [("Levi's", 1.0), ("Barbour", 1.4), ("Burberry", 2.2), ("Schott", 1.8), ("Carhartt", 1.1), ("Alpha Industries", 1.2)]),
    ("Dresses", 35, ["tea dress", "maxi dress", "slip dress", "shirt dress", "prom dress"],
     "clothes", ["floral", "silk", "boho", "party", "summer", "festival"],
     [("Laura Ashley", 1.0), ("St Michael", 0.7), ("Biba", 2.5), ("Jaeger", 1.3), ("Monsoon", 0.8)]),
    ("Jeans & Trousers", 30, ["501 jeans", "cords", "cargo trousers", "flares", "chinos"],
     "waist", ["denim", "workwear", "y2k", "flares", "cord"],
     [("Levi's", 1.0), ("Wrangler", 0.9), ("Lee", 0.9), ("Carhartt", 1.1), ("Diesel", 1.0)]),
    ("Knitwear", 28, ["fair isle jumper", "cardigan", "aran sweater", "fleece", "cricket jumper"],
     "clothes", ["wool", "handknit", "cosy", "outdoor", "preppy"],
     [("St Michael", 0.7), ("Pringle", 1.4), ("Jaeger", 1.2), ("Patagonia", 1.3), ("Benetton", 0.9)]),
    ("Shirts & Blouses", 22, ["western shirt", "hawaiian shirt", "silk blouse", "flannel shirt", "polo shirt"],
     "clothes", ["western", "floral", "silk", "check", "y2k", "preppy"],
     [("Ralph Lauren", 1.2), ("Tommy Hilfiger", 1.0), ("Wrangler", 0.9), ("St Michael", 0.6), ("Fred Perry", 1.1)]),
    ("Footwear", 40, ["chelsea boots", "loafers", "trainers", "cowboy boots", "platform shoes"],
     "shoes", ["leather", "western", "y2k", "sport", "festival"],
     [("Dr. Martens", 1.2), ("Clarks", 0.9), ("Adidas", 1.0), ("Nike", 1.1), ("Kickers", 0.8)]),
    ("Bags", 38, ["leather satchel", "shoulder bag", "holdall", "clutch", "backpack"],
     "onesize", ["leather", "designer", "party", "outdoor"],
     [("Mulberry", 3.0), ("Coach", 1.6), ("Radley", 0.9), ("Gucci", 4.0), ("Eastpak", 0.6)]),
    ("Accessories", 15, ["silk scarf", "leather belt", "bucket hat", "sunglasses", "beret"],
     "onesize", ["silk", "leather", "festival", "y2k", "designer"],
     [("Hermès", 5.0), ("Kangol", 0.8), ("Ray-Ban", 2.0), ("Liberty", 1.5), ("St Michael", 0.5)]),
]  # fmt: skip
VW_TOWNS = {
    1: ["Brighton", "Hove", "Lewes", "Worthing", "Eastbourne"],
    2: ["Bristol", "Bath", "Clevedon", "Weston-super-Mare"],
    3: ["Leeds", "Harrogate", "Wakefield", "Bradford", "York"],
    4: ["Glasgow", "Paisley", "Edinburgh", "Stirling"],
}
VW_REASONS = ["Wrong size", "Damage not disclosed", "Changed mind", "Not as described"]


def build_vintagewear(path: Path) -> None:
    r = random.Random(9801)
    con = fresh(
        path,
        """
        CREATE TABLE Store (
            StoreId INTEGER PRIMARY KEY, StoreName TEXT NOT NULL, Town TEXT NOT NULL, OpenedOn TEXT NOT NULL);
        CREATE TABLE Category (CategoryId INTEGER PRIMARY KEY, CategoryName TEXT NOT NULL);
        CREATE TABLE Consignor (
            ConsignorId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Email TEXT, Town TEXT, JoinedOn TEXT NOT NULL,
            SplitPct INTEGER NOT NULL);
        CREATE TABLE Customer (
            CustomerId INTEGER PRIMARY KEY, FullName TEXT NOT NULL, Email TEXT, Town TEXT, JoinedOn TEXT NOT NULL,
            MarketingOptIn TEXT NOT NULL);
        CREATE TABLE Item (
            ItemId INTEGER PRIMARY KEY,
            StoreId INTEGER NOT NULL,
            CategoryId INTEGER NOT NULL,
            ConsignorId INTEGER,
            Title TEXT NOT NULL, Brand TEXT, Decade INTEGER, SizeLabel TEXT, Condition TEXT NOT NULL,
            PricePence INTEGER NOT NULL, Tags TEXT, ListedOn TEXT NOT NULL, Status TEXT NOT NULL,
            FOREIGN KEY (StoreId) REFERENCES Store (StoreId),
            FOREIGN KEY (CategoryId) REFERENCES Category (CategoryId),
            FOREIGN KEY (ConsignorId) REFERENCES Consignor (ConsignorId));
        CREATE TABLE Sale (
            SaleId INTEGER PRIMARY KEY,
            StoreId INTEGER NOT NULL,
            CustomerId INTEGER,
            SoldAt TEXT NOT NULL, PaymentMethod TEXT NOT NULL,
            FOREIGN KEY (StoreId) REFERENCES Store (StoreId),
            FOREIGN KEY (CustomerId) REFERENCES Customer (CustomerId));
        CREATE TABLE SaleLine (
            SaleLineId INTEGER PRIMARY KEY,
            SaleId INTEGER NOT NULL,
            ItemId INTEGER NOT NULL UNIQUE,
            PricePaidPence INTEGER NOT NULL,
            FOREIGN KEY (SaleId) REFERENCES Sale (SaleId),
            FOREIGN KEY (ItemId) REFERENCES Item (ItemId));
        CREATE TABLE Refund (
            RefundId INTEGER PRIMARY KEY,
            SaleLineId INTEGER NOT NULL,
            RefundedOn TEXT NOT NULL, AmountPence INTEGER NOT NULL, Reason TEXT,
            FOREIGN KEY (SaleLineId) REFERENCES SaleLine (SaleLineId));
        """,
    )
    insert(con, "Store", VW_STORES)
    insert(con, "Category", [(i, c[0]) for i, c in enumerate(VW_CATS, 1)])

    all_towns = [t for ts in VW_TOWNS.values() for t in ts]
    names = people(r, 520, GIVEN_UK, FAMILY_UK)
    consignors = []
    for i, name in enumerate(names[:60], 1):
        joined = day(r, D(2020, 1, 1), D(2025, 5, 31))
        mail = email(name, r.choice(["gmail.com", "outlook.com", "yahoo.co.uk"])) if r.random() < 0.9 else None
        consignors.append((i, name, mail, r.choice(all_towns), joined.isoformat(), r.choice([40, 50, 50, 60])))
    insert(con, "Consignor", consignors)
    customers = []
    for i, name in enumerate(names[60:], 1):
        joined = day(r, D(2021, 6, 1), D(2025, 6, 10))
        mail = email(name, r.choice(["gmail.com", "hotmail.co.uk", "icloud.com"])) if r.random() < 0.85 else None
        customers.append((i, name, mail, r.choice(all_towns), joined.isoformat(), "Y" if r.random() < 0.45 else "N"))
    insert(con, "Customer", customers)

    items = []
    sold: dict[tuple[int, dt.date], list[int]] = {}
    for item_id in range(1, 1601):
        store = r.choices([1, 2, 3, 4], weights=[30, 28, 24, 18])[0]
        opened = D.fromisoformat(VW_STORES[store - 1][3])
        listed = day(r, max(D(2023, 1, 5), opened), D(2025, 6, 12))
        cat = r.choices(range(1, 9), weights=[16, 14, 15, 12, 14, 11, 8, 10])[0]
        cname, base, garments, sizing, tagpool, brands = VW_CATS[cat - 1]
        brand, factor = r.choice(brands)
        decade = r.choices([1960, 1970, 1980, 1990, 2000], weights=[6, 16, 30, 34, 14])[0]
        title = f"{decade}s {brand} {r.choice(garments)}"
        if sizing == "clothes":
            size = r.choice(["XS", "S", "M", "M", "L", "L", "XL"])
        elif sizing == "waist":
            size = f"W{r.choice([26, 28, 30, 30, 32, 32, 34, 36])}"
        elif sizing == "shoes":
            size = f"UK {r.randint(4, 11)}"
        else:
            size = "One size"
        cond = r.choices(["A", "B", "C"], weights=[35, 50, 15])[0]
        price = round(base * factor * {"A": 1.15, "B": 1.0, "C": 0.7}[cond] * r.uniform(0.8, 1.3) * 2) * 50
        roll = r.random()
        if roll < 0.1:
            tags = None
        elif roll < 0.15:
            tags = "[]"
        else:
            chosen = r.sample(tagpool, r.randint(1, 3))
            if r.random() < 0.5:
                chosen.append(f"{decade % 100:02d}s")
            tags = json.dumps(chosen)
        eligible = [c[0] for c in consignors if c[4] <= listed.isoformat()]
        consignor = r.choice(eligible) if eligible and r.random() < 0.72 else None
        lag = int(r.expovariate(1 / 50)) + 1
        sold_on = plus(listed, lag)
        if sold_on <= LAST and r.random() < 0.85:
            status = "S"
            sold.setdefault((store, sold_on), []).append(item_id)
        elif consignor and (LAST - listed).days > 180 and r.random() < 0.45:
            status = "R"
        elif r.random() < 0.06:
            status = "H"
        else:
            status = "A"
        items.append([item_id, store, cat, consignor, title, brand, decade, size, cond, price, tags,
                      listed.isoformat(), status])  # fmt: skip
    insert(con, "Item", items)

    sales, lines, refunds = [], [], []
    for store, when in sorted(sold):
        ids = sold[(store, when)]
        while ids:
            take = r.choice([1, 1, 1, 2, 2, 3])
            chunk, ids = ids[:take], ids[take:]
            known = [c[0] for c in customers if c[4] <= when.isoformat()]
            cust = r.choice(known) if r.random() < 0.8 else None
            sale_id = len(sales) + 1
            at = f"{when.isoformat()} {hm(r.randint(600, 1079))}"
            pay = r.choices(["CARD", "CASH", "VOUCHER"], weights=[70, 22, 8])[0]
            sales.append((sale_id, store, cust, at, pay))
            for item_id in chunk:
                price = items[item_id - 1][9]
                paid = price if r.random() < 0.8 else price * (100 - r.choice([10, 20])) // 100
                line_id = len(lines) + 1
                lines.append((line_id, sale_id, item_id, paid))
                back = plus(when, r.randint(1, 28))
                if back <= LAST and r.random() < 0.045:
                    amount = paid if r.random() < 0.85 else paid // 2
                    refunds.append((line_id, back.isoformat(), amount, r.choice(VW_REASONS)))
    insert(con, "Sale", sales)
    insert(con, "SaleLine", lines)
    refunds.sort(key=lambda x: (x[1], x[0]))
    insert(con, "Refund", [(i, *x) for i, x in enumerate(refunds, 1)])
    finish(con)


# ---------------------------------------------------------------------------------------------------- cookeryschool
# (id, name, specialty, hired, day rate in pounds, reports_to)
CS_CHEFS = [
    (1, "Marguerite Dubois", "French", "2018-02-01", 420.0, None),
    (2, "Luca Bianchi", "Italian", "2019-05-13", 360.0, 1),
    (3, "Priya Raman", "Indian", "2019-09-02", 350.0, 1),
    (4, "Kenji Watanabe", "Japanese", "2021-01-18", 340.0, 2),
    (5, "Hannah Price", "Baking", "2020-03-09", 300.0, 1),
    (6, "Somchai Rattana", "Thai", "2022-06-06", 310.0, 3),
    (7, "Leila Haddad", "Middle Eastern", "2023-08-14", 290.0, 3),
    (8, "Tom Ellery", "Vegan", "2024-02-05", 260.0, 5),
    (9, "Ffion Morgan", "Baking", "2024-09-16", 250.0, 5),
]
# (title, cuisine, level, hours, price in pounds, places, first run, lead chefs)
CS_COURSES = [
    ("Classic French Sauces", "French", "advanced", 5.0, 145.0, 10, "2023-01-14", [1]),
    ("Knife Skills Essentials", "French", "beginner", 3.0, 75.0, 12, "2023-01-10", [1, 2]),
    ("Fresh Pasta Masterclass", "Italian", "intermediate", 4.0, 110.0, 12, "2023-01-12", [2]),
    ("Neapolitan Pizza Night", "Italian", "beginner", 3.0, 65.0, 14, "2023-01-20", [2]),
    ("Regional Indian Curries", "Indian", "intermediate", 4.0, 95.0, 12, "2023-01-18", [3]),
    ("Street Food of Mumbai", "Indian", "beginner", 3.0, 70.0, 14, "2023-02-03", [3]),
    ("Sushi and Sashimi", "Japanese", "advanced", 4.5, 135.0, 8, "2023-01-28", [4]),
    ("Ramen from Scratch", "Japanese", "intermediate", 4.0, 105.0, 10, "2023-02-11", [4]),
    ("Sourdough Weekend", "Baking", "intermediate", 6.0, 160.0, 10, "2023-01-21", [5, 9]),
    ("Patisserie: Choux and Eclairs", "Baking", "advanced", 5.0, 150.0, 8, "2023-02-18", [5]),
    ("Kids Cupcake Club", "Baking", "beginner", 2.0, 35.0, 16, "2023-01-07", [5, 9]),
    ("Thai Curry Pastes", "Thai", "beginner", 3.0, 72.0, 12, "2023-01-26", [6]),
    ("Mezze and Flatbreads", "Middle Eastern", "beginner", 3.5, 80.0, 12, "2023-09-09", [7]),
    ("Plant-Based Dinner Party", "Vegan", "intermediate", 4.0, 90.0, 12, "2024-03-02", [8]),
    ("Date Night: Steak and Sauces", "French", "intermediate", 3.0, 120.0, 12, "2023-02-10", [1]),
    ("Festive Baking", "Baking", "beginner", 3.0, 68.0, 14, "2023-11-18", [5, 9]),
]
CS_COMMENTS = {
    1: ["Disorganised and rushed.", "Not worth the money."],
    2: ["Too crowded to learn much.", "Ingredients ran out."],
    3: ["Fine but nothing special.", "A bit slow in places."],
    4: ["Really enjoyable evening.", "Learned loads, great teacher.", None],
    5: ["Brilliant, already booked another!", "Best class we have done.", "Fantastic fun.", None],
}


def build_cookeryschool(path: Path) -> None:
    r = random.Random(9802)
    con = fresh(
        path,
        """
        CREATE TABLE chefs (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, specialty TEXT, hired_on TEXT NOT NULL,
            day_rate REAL NOT NULL, reports_to INTEGER REFERENCES chefs (id));
        CREATE TABLE courses (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, cuisine TEXT NOT NULL, level TEXT NOT NULL,
            duration_hours REAL NOT NULL, price REAL NOT NULL, max_places INTEGER NOT NULL);
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses (id), session_date TEXT NOT NULL,
            start_time TEXT NOT NULL, kitchen TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE session_chefs (
            session_id INTEGER NOT NULL REFERENCES sessions (id), chef_id INTEGER NOT NULL REFERENCES chefs (id),
            role TEXT NOT NULL, PRIMARY KEY (session_id, chef_id));
        CREATE TABLE students (
            id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT, town TEXT, dietary TEXT,
            signed_up_on TEXT NOT NULL);
        CREATE TABLE bookings (
            id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions (id),
            student_id INTEGER NOT NULL REFERENCES students (id), booked_on TEXT NOT NULL,
            amount_paid REAL NOT NULL, voucher_code TEXT, attended INTEGER);
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY, booking_id INTEGER NOT NULL UNIQUE REFERENCES bookings (id),
            stars INTEGER NOT NULL, reviewed_on TEXT NOT NULL, comment TEXT);
        """,
    )
    insert(con, "chefs", CS_CHEFS)
    insert(con, "courses", [(i, *c[:6]) for i, c in enumerate(CS_COURSES, 1)])
    towns = ["Bath", "Bristol", "Bradford-on-Avon", "Frome", "Chippenham", "Keynsham", "Trowbridge", "Wells"]
    students = []
    for i, name in enumerate(people(r, 650, GIVEN_UK, FAMILY_UK), 1):
        signed = day(r, D(2022, 6, 1), D(2025, 6, 12))
        mail = email(name, r.choice(["gmail.com", "outlook.com", "btinternet.com"])) if r.random() < 0.92 else None
        diet = r.choices([None, "vegetarian", "vegan", "gluten-free", "nut allergy"], weights=[74, 12, 6, 5, 3])[0]
        students.append((i, name, mail, r.choice(towns), diet, signed.isoformat()))
    insert(con, "students", students)

    runs: list[tuple[dt.date, int]] = []
    for cid, course in enumerate(CS_COURSES, 1):
        first = D.fromisoformat(course[6])
        if course[0] == "Festive Baking":
            for year in (2023, 2024):
                d = D(year, 11, 18)
                while d <= D(year, 12, 21):
                    runs.append((d, cid))
                    d = plus(d, 7)
            continue
        d = first
        while d <= D(2025, 8, 31):
            runs.append((d, cid))
            d = plus(d, r.randint(20, 42))
    runs.sort()
    sessions, crew, bookings, reviews = [], [], [], []
    for sid, (when, cid) in enumerate(runs, 1):
        title, _cuisine, _level, _hours, price, places, _first, leads = CS_COURSES[cid - 1]
        status = "scheduled" if when >= TODAY else "cancelled" if r.random() < 0.06 else "completed"
        start = "10:00" if "Kids" in title or r.random() < 0.35 else r.choice(["14:00", "18:30"])
        kitchen = r.choices(["Kitchen A", "Kitchen B", "Demo Theatre"], weights=[45, 40, 15])[0]
        sessions.append((sid, cid, when.isoformat(), start, kitchen, status))
        lead = r.choice([c for c in leads if CS_CHEFS[c - 1][3] <= when.isoformat()])
        crew.append((sid, lead, "lead"))
        if r.random() < 0.45:
            others = [c[0] for c in CS_CHEFS if c[0] != lead and c[3] <= when.isoformat()]
            crew.append((sid, r.choice(others), "assistant"))
        if status == "scheduled":
            n = r.randint(0, max(1, places * max(0, 80 - (when - TODAY).days) // 100))
        elif status == "cancelled":
            n = r.randint(1, 5)
        else:
            n = r.randint(places // 3, places)
        lo = min(plus(when, -60), D(2025, 5, 1))
        booked_dates = sorted(day(r, lo, min(plus(when, -2), LAST)) for _ in range(n))
        taken: list[int] = []
        for booked in booked_dates:
            booked_iso = booked.isoformat()
            pool = [s[0] for s in students if s[5] <= booked_iso and s[0] not in taken]
            sid_student = r.choice(pool)
            taken.append(sid_student)
            voucher = r.choices([None, "SPRING10", "FRIEND15", "GIFTCARD"], weights=[80, 8, 7, 5])[0]
            paid = {None: price, "SPRING10": price * 0.9, "FRIEND15": price * 0.85, "GIFTCARD": 0.0}[voucher]
            attended = (1 if r.random() < 0.92 else 0) if status == "completed" else None
            bid = len(bookings) + 1
            bookings.append((bid, sid, sid_student, booked.isoformat(), round(paid, 2), voucher, attended))
            if attended and r.random() < 0.38:
                seen = plus(when, r.randint(1, 12))
                if seen <= LAST:
                    stars = r.choices([1, 2, 3, 4, 5], weights=[3, 5, 12, 35, 45])[0]
                    reviews.append((bid, stars, seen.isoformat(), r.choice(CS_COMMENTS[stars])))
    insert(con, "sessions", sessions)
    insert(con, "session_chefs", crew)
    insert(con, "bookings", bookings)
    reviews.sort(key=lambda x: (x[2], x[0]))
    insert(con, "reviews", [(i, *x) for i, x in enumerate(reviews, 1)])
    finish(con)


# ---------------------------------------------------------------------------------------------------- creperie
CR_RESTOS = [
    (1, "Ti Breizh", "Rennes", "2016-05-01", 60),
    (2, "La Bigoudène", "Quimper", "2018-06-15", 45),
    (3, "Crêperie du Port", "Saint-Malo", "2019-04-01", 70),
    (4, "Le Blé Noir", "Nantes", "2021-09-01", 50),
    (5, "Ar Men", "Paris", "2024-03-01", 40),
]
# (nom, catégorie, prix actuel en euros, végétarien, disponible)
CR_PLATS = [
    ("Complète", "galette", 9.5, 0, 1), ("Galette saucisse", "galette", 7.0, 0, 1),
    ("Forestière", "galette", 12.5, 0, 1), ("Chèvre miel", "galette", 11.5, 1, 1),
    ("Andouille de Guémené", "galette", 13.0, 0, 1), ("Saint-Jacques", "galette", 16.5, 0, 1),
    ("Savoyarde", "galette", 13.5, 0, 1), ("Végétarienne", "galette", 11.0, 1, 1),
    ("Bretonne au saumon", "galette", 12.0, 0, 0),
    ("Beurre sucre", "crêpe", 4.0, 1, 1), ("Caramel beurre salé", "crêpe", 6.0, 1, 1),
    ("Chocolat maison", "crêpe", 6.0, 1, 1), ("Suzette", "crêpe", 9.5, 1, 1),
    ("Pomme caramel", "crêpe", 7.5, 1, 1), ("Citron", "crêpe", 4.5, 1, 1), ("Normande flambée", "crêpe", 8.5, 1, 0),
    ("Salade bretonne", "salade", 13.0, 0, 1), ("Salade de chèvre chaud", "salade", 12.5, 1, 1),
    ("Far breton", "dessert", 5.5, 1, 1), ("Kouign-amann", "dessert", 5.0, 1, 1), ("Glace deux boules", "dessert", 5.0, 1, 1),
    ("Bolée de cidre brut", "boisson", 4.0, 1, 1), ("Bouteille de cidre doux", "boisson", 14.0, 1, 1),
    ("Chouchen", "boisson", 5.5, 1, 1), ("Lait ribot", "boisson", 3.5, 1, 1), ("Café", "boisson", 2.2, 1, 1),
    ("Thé", "boisson", 3.0, 1, 1), ("Jus de pomme", "boisson", 3.5, 1, 1), ("Eau pétillante", "boisson", 4.0, 1, 1),
]  # fmt: skip
PRENOMS_FR = [
    "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Louise", "Lucas", "Hugo", "Nathan", "Louis",
    "Enzo", "Théo", "Gabriel", "Maël", "Yann", "Gwenaëlle", "Soazig", "Erwan", "Nolwenn", "Ronan",
]  # fmt: skip
NOMS_FR = [
    "Le Gall", "Le Goff", "Morvan", "Le Roux", "Guillou", "Kerjean", "Tanguy", "Martin", "Bernard", "Dubois",
    "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel",
]  # fmt: skip
CR_AVIS = {
    1: ["Service très lent, galettes froides.", "Décevant."],
    2: ["Pâte trop sèche.", "Bruyant et cher."],
    3: ["Correct sans plus.", "Bon mais attente longue."],
    4: ["Très bonnes galettes.", "Accueil sympathique.", None],
    5: ["Excellent, la meilleure crêperie !", "Parfait, cidre délicieux.", None],
}


def build_creperie(path: Path) -> None:
    r = random.Random(9803)
    con = fresh(
        path,
        """
        CREATE TABLE restaurants (
            id_restaurant INTEGER PRIMARY KEY, nom TEXT NOT NULL, ville TEXT NOT NULL, date_ouverture TEXT NOT NULL,
            nb_places INTEGER NOT NULL);
        CREATE TABLE serveurs (
            id_serveur INTEGER PRIMARY KEY, prenom TEXT NOT NULL, nom TEXT NOT NULL,
            id_restaurant INTEGER NOT NULL REFERENCES restaurants (id_restaurant), date_embauche TEXT NOT NULL,
            actif INTEGER NOT NULL);
        CREATE TABLE plats (
            id_plat INTEGER PRIMARY KEY, nom TEXT NOT NULL, categorie TEXT NOT NULL, prix REAL NOT NULL,
            vegetarien INTEGER NOT NULL, disponible INTEGER NOT NULL);
        CREATE TABLE commandes (
            id_commande INTEGER PRIMARY KEY, id_restaurant INTEGER NOT NULL REFERENCES restaurants (id_restaurant),
            id_serveur INTEGER REFERENCES serveurs (id_serveur), date_commande TEXT NOT NULL, heure TEXT NOT NULL,
            nb_couverts INTEGER NOT NULL, type_service TEXT NOT NULL, statut TEXT NOT NULL, mode_paiement TEXT);
        CREATE TABLE lignes_commande (
            id_ligne INTEGER PRIMARY KEY, id_commande INTEGER NOT NULL REFERENCES commandes (id_commande),
            id_plat INTEGER NOT NULL REFERENCES plats (id_plat), quantite INTEGER NOT NULL,
            prix_unitaire REAL NOT NULL);
        CREATE TABLE avis (
            id_avis INTEGER PRIMARY KEY, id_restaurant INTEGER NOT NULL REFERENCES restaurants (id_restaurant),
            date_avis TEXT NOT NULL, note INTEGER NOT NULL, source TEXT NOT NULL, commentaire TEXT);
        """,
    )
    insert(con, "restaurants", CR_RESTOS)
    insert(con, "plats", [(i, *p) for i, p in enumerate(CR_PLATS, 1)])
    staff = []
    names = people(r, 26, PRENOMS_FR, NOMS_FR)
    for i, name in enumerate(names, 1):
        resto = (i - 1) % 5 + 1
        opened = D.fromisoformat(CR_RESTOS[resto - 1][3])
        hired = opened if i <= 5 else day(r, max(opened, D(2021, 1, 1)), D(2025, 3, 1))
        prenom, nom = name.split(" ", 1)
        staff.append((i, prenom, nom, resto, hired.isoformat(), 0 if r.random() < 0.2 and i > 5 else 1))
    insert(con, "serveurs", staff)

    old_menu: dict[str, list[int]] = {}
    new_menu: dict[str, list[int]] = {}
    for i, p in enumerate(CR_PLATS, 1):
        old_menu.setdefault(p[1], []).append(i)
        if p[4]:
            new_menu.setdefault(p[1], []).append(i)
    orders, lines = [], []
    d = FIRST
    while d <= LAST:
        for resto, _nom, _ville, opened_s, _places in CR_RESTOS:
            if d < D.fromisoformat(opened_s) or d.weekday() == 0:
                continue
            n = r.choice([0, 0, 0, 1, 1, 1]) + (1 if d.month in (7, 8) else 0)
            by_cat = old_menu if d < D(2025, 1, 1) else new_menu
            for _ in range(n):
                waiters = [s[0] for s in staff if s[3] == resto and s[4] <= d.isoformat()]
                oid = len(orders) + 1
                heure = r.choice([r.randint(720, 840), r.randint(1140, 1290)])
                takeaway = r.random() < 0.15
                covers = (
                    r.randint(1, 2) if takeaway else r.choices([1, 2, 3, 4, 5, 6], weights=[10, 40, 15, 20, 8, 7])[0]
                )
                statut = r.choices(["payée", "annulée", "offerte"], weights=[95, 3, 2])[0]
                pay = (
                    r.choices(["carte", "espèces", "ticket restaurant"], weights=[70, 15, 15])[0]
                    if statut == "payée"
                    else None
                )
                orders.append((oid, resto, r.choice(waiters), d.isoformat(), hm(heure - heure % 5), covers,
                               "à emporter" if takeaway else "sur place", statut, pay))  # fmt: skip
                basket: dict[int, int] = {}
                for _c in range(covers):
                    if r.random() < 0.9:
                        pick = r.choice(by_cat["galette"] if r.random() < 0.85 else by_cat["salade"])
                        basket[pick] = basket.get(pick, 0) + 1
                    if r.random() < 0.7:
                        pick = r.choice(by_cat["crêpe"] if r.random() < 0.8 else by_cat["dessert"])
                        basket[pick] = basket.get(pick, 0) + 1
                    if not takeaway and r.random() < 0.8:
                        pick = r.choice(by_cat["boisson"])
                        basket[pick] = basket.get(pick, 0) + 1
                if not basket:
                    basket[r.choice(by_cat["crêpe"])] = 1
                for pid in sorted(basket):
                    _nom, cat, prix, _veg, _dispo = CR_PLATS[pid - 1]
                    if d < D(2025, 1, 1) and cat in ("galette", "crêpe"):
                        prix -= 0.5
                    lines.append((len(lines) + 1, oid, pid, basket[pid], prix))
        d = plus(d, 1)
    insert(con, "commandes", orders)
    insert(con, "lignes_commande", lines)
    avis = []
    for _ in range(420):
        resto = r.choices([1, 2, 3, 4, 5], weights=[25, 18, 28, 17, 12])[0]
        when = day(r, max(FIRST, D.fromisoformat(CR_RESTOS[resto - 1][3])), LAST)
        note = r.choices([1, 2, 3, 4, 5], weights=[4, 6, 15, 35, 40])[0]
        avis.append(
            (resto, when.isoformat(), note, r.choice(["Google", "TripAdvisor", "TheFork"]), r.choice(CR_AVIS[note]))
        )
    avis.sort(key=lambda a: (a[1], a[0]))
    insert(con, "avis", [(i, *a) for i, a in enumerate(avis, 1)])
    finish(con)


# ---------------------------------------------------------------------------------------------------- snackbar
SB_SITES = [
    (1, "Screenhouse Docklands", "Dublin", 9, "2017-11-03"),
    (2, "Screenhouse Mahon", "Cork", 7, "2018-05-18"),
    (3, "Screenhouse Eyre Square", "Galway", 5, "2019-10-11"),
    (4, "Screenhouse Riverpoint", "Limerick", 6, "2021-07-16"),
    (5, "Screenhouse Kilkenny", "Kilkenny", 4, "2024-04-05"),
]
# (name, category code, size, price in euro cents, unit cost in euro cents, active)
SB_PRODUCTS = [
    ("Sweet Popcorn", "POP", "S", 450, 60, 1), ("Sweet Popcorn", "POP", "M", 595, 85, 1),
    ("Sweet Popcorn", "POP", "L", 725, 110, 1), ("Salted Popcorn", "POP", "S", 450, 55, 1),
    ("Salted Popcorn", "POP", "M", 595, 80, 1), ("Salted Popcorn", "POP", "L", 725, 105, 1),
    ("Toffee Popcorn", "POP", "M", 650, 120, 0),
    ("Coca-Cola", "DRK", "S", 350, 45, 1), ("Coca-Cola", "DRK", "M", 420, 60, 1), ("Coca-Cola", "DRK", "L", 495, 75, 1),
    ("Diet Coke", "DRK", "M", 420, 60, 1), ("Still Water", "DRK", None, 300, 40, 1), ("Blue Raspberry Slush", "DRK", "M", 450, 50, 1),
    ("Blue Raspberry Slush", "DRK", "L", 550, 65, 1), ("Americano", "DRK", None, 380, 55, 1),
    ("Nachos with Cheese", "HOT", None, 650, 160, 1), ("Hot Dog", "HOT", None, 595, 140, 1),
    ("Pick n Mix (bag)", "SWT", None, 595, 180, 1), ("Maltesers", "SWT", None, 350, 120, 1), ("M&M's", "SWT", None, 350, 115, 1),
    ("Haribo Starmix", "SWT", None, 300, 95, 1), ("Ben & Jerry's Tub", "SWT", None, 650, 260, 1),
    ("Duo Combo", "CMB", None, 1395, 260, 1), ("Kids Pack", "CMB", None, 795, 170, 1),
]  # fmt: skip
GIVEN_IE = [
    "Aoife", "Ciara", "Niamh", "Saoirse", "Róisín", "Sinéad", "Orla", "Clodagh", "Cian", "Oisín", "Darragh",
    "Seán", "Conor", "Eoin", "Padraig", "Fionn", "Shane", "Declan", "Aisling", "Eimear",
]  # fmt: skip
FAMILY_IE = [
    "Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "Doyle",
    "McCarthy", "Gallagher", "Lynch", "Kennedy", "Quinn", "Brennan", "Fitzgerald", "Nolan",
]  # fmt: skip
SB_REFUNDS = ["Wrong order", "Spilt drink", "Quality", "Screening cancelled"]


def build_snackbar(path: Path) -> None:
    r = random.Random(9804)
    con = fresh(
        path,
        """
        CREATE TABLE sites (
            site_id INTEGER PRIMARY KEY, site_name TEXT NOT NULL, town TEXT NOT NULL, screens INTEGER NOT NULL,
            opened TEXT NOT NULL);
        CREATE TABLE products (
            product_id INTEGER PRIMARY KEY, product_name TEXT NOT NULL, category TEXT NOT NULL, size TEXT,
            price_c INTEGER NOT NULL, cost_c INTEGER NOT NULL, active INTEGER NOT NULL);
        CREATE TABLE staff (
            staff_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
            staff_name TEXT NOT NULL, role TEXT NOT NULL, started TEXT NOT NULL);
        CREATE TABLE sales (
            sale_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
            staff_id INTEGER NOT NULL REFERENCES staff (staff_id), sold_at TEXT NOT NULL, pay TEXT NOT NULL,
            total_c INTEGER NOT NULL);
        CREATE TABLE sale_lines (
            line_id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales (sale_id),
            product_id INTEGER NOT NULL REFERENCES products (product_id), qty INTEGER NOT NULL,
            line_c INTEGER NOT NULL);
        CREATE TABLE waste (
            waste_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites (site_id),
            product_id INTEGER NOT NULL REFERENCES products (product_id), waste_date TEXT NOT NULL,
            qty INTEGER NOT NULL, reason TEXT NOT NULL);
        CREATE TABLE refunds (
            refund_id INTEGER PRIMARY KEY, sale_id INTEGER NOT NULL REFERENCES sales (sale_id),
            refunded_on TEXT NOT NULL, amount_c INTEGER NOT NULL, reason TEXT);
        """,
    )
    insert(con, "sites", SB_SITES)
    insert(con, "products", [(i, *p) for i, p in enumerate(SB_PRODUCTS, 1)])
    staff = []
    for i, name in enumerate(people(r, 38, GIVEN_IE, FAMILY_IE), 1):
        site = (i - 1) % 5 + 1
        opened = D.fromisoformat(SB_SITES[site - 1][4])
        start = opened if i <= 5 else day(r, max(opened, D(2022, 1, 1)), D(2025, 4, 30))
        staff.append((i, site, name, "SUP" if i <= 10 else "CREW", start.isoformat()))
    insert(con, "staff", staff)

    toffee_end = D(2024, 2, 29)
    sales, lines, refunds = [], [], []
    d = FIRST
    while d <= LAST:
        weekend = d.weekday() >= 4
        for site, _name, _town, screens, opened in SB_SITES:
            if d < D.fromisoformat(opened):
                continue
            n = sum(1 for _ in range(screens) if r.random() < (0.22 if weekend else 0.08))
            for _ in range(n):
                crew = [s[0] for s in staff if s[1] == site and s[4] <= d.isoformat()]
                sid = len(sales) + 1
                at = f"{d.isoformat()} {hm(r.randint(720 if weekend else 960, 1350))}"
                basket: dict[int, int] = {}
                for _k in range(r.choice([1, 1, 2, 2, 3, 4])):
                    pid = r.choices(range(1, len(SB_PRODUCTS) + 1),
                                    weights=[6, 9, 7, 4, 6, 5, 3, 4, 8, 6, 5, 4, 3, 2, 2, 4, 4, 5, 3, 3, 2, 2, 5, 3])[0]  # fmt: skip
                    if pid == 7 and d > toffee_end:
                        pid = 2
                    basket[pid] = basket.get(pid, 0) + r.choice([1, 1, 1, 2])
                total = 0
                for pid in sorted(basket):
                    line_c = basket[pid] * SB_PRODUCTS[pid - 1][3]
                    total += line_c
                    lines.append((len(lines) + 1, sid, pid, basket[pid], line_c))
                pay = r.choices(["CARD", "CASH", "APP"], weights=[68, 17, 15])[0]
                sales.append((sid, site, r.choice(crew), at, pay, total))
                if r.random() < 0.03:
                    back = d if r.random() < 0.8 else min(plus(d, 1), LAST)
                    amount = total if r.random() < 0.4 else SB_PRODUCTS[min(basket) - 1][3]
                    refunds.append((sid, back.isoformat(), amount, r.choice(SB_REFUNDS)))
        d = plus(d, 1)
    insert(con, "sales", sales)
    insert(con, "sale_lines", lines)
    insert(con, "refunds", [(i, *x) for i, x in enumerate(refunds, 1)])
    waste = []
    perishable = [i for i, p in enumerate(SB_PRODUCTS, 1) if p[1] in ("POP", "HOT", "DRK") and i != 7]
    for _ in range(640):
        site = r.choice([1, 1, 2, 2, 3, 4, 5])
        when = day(r, max(FIRST, D.fromisoformat(SB_SITES[site - 1][4])), LAST)
        pid = r.choice(perishable)
        reason = r.choices(["EXP", "DMG", "SPL"], weights=[55, 20, 25])[0]
        waste.append((site, pid, when.isoformat(), r.randint(1, 6), reason))
    waste.sort(key=lambda w: (w[2], w[0], w[1]))
    insert(con, "waste", [(i, *w) for i, w in enumerate(waste, 1)])
    finish(con)


# ---------------------------------------------------------------------------------------------------- nailbar
NB_SALONS = [
    (1, "Polished Camden", "London", "2021-03-01"),
    (2, "Polished Reading", "Reading", "2022-05-14"),
    (3, "Polished Guildford", "Guildford", "2024-02-10"),
]
# (salon, name, level, started, left)
NB_TECHS = [
    (1, "Mai Nguyen", "master", "2021-03-01", None), (1, "Sofia Russo", "senior", "2021-03-01", "2024-08-31"),
    (1, "Jade Okafor", "junior", "2023-05-15", None), (1, "Kasia Nowak", "senior", "2022-01-10", None),
    (1, "Ellie Frost", "junior", "2024-10-01", None), (2, "Linh Tran", "master", "2022-05-14", None),
    (2, "Amber Cole", "senior", "2022-05-14", None), (2, "Rachel Dunn", "junior", "2023-09-04", "2025-02-28"),
    (2, "Naomi Pierce", "junior", "2025-03-03", None), (3, "Hoa Pham", "master", "2024-02-10", None),
    (3, "Georgia Lamb", "senior", "2024-02-10", None), (3, "Bella Moss", "junior", "2024-06-17", None),
]  # fmt: skip
# (name, category, minutes, price in pounds)
NB_TREATMENTS = [
    ("Classic manicure", "manicure", 30, 22.0), ("Gel manicure", "manicure", 45, 32.0),
    ("BIAB overlay", "manicure", 60, 40.0), ("Classic pedicure", "pedicure", 45, 30.0),
    ("Gel pedicure", "pedicure", 60, 38.0), ("Spa pedicure", "pedicure", 75, 48.0),
    ("Acrylic full set", "extensions", 90, 45.0), ("Acrylic infill", "extensions", 60, 32.0),
    ("Gel extensions", "extensions", 90, 50.0), ("Nail art (per nail)", "nail art", 5, 3.0),
    ("French tips", "nail art", 15, 8.0), ("Chrome finish", "nail art", 15, 10.0),
    ("Gel removal", "removal", 15, 8.0), ("Acrylic removal", "removal", 30, 15.0),
]  # fmt: skip
GIVEN_F = [
    "Amelia", "Bethany", "Charlotte", "Demi", "Eva", "Freya", "Gemma", "Holly", "Jasmine", "Kayla", "Leah",
    "Mia", "Nadia", "Paige", "Rebecca", "Sophie", "Tia", "Yasmin", "Alisha", "Courtney", "Hollie", "Jess",
    "Kirsty", "Lauren", "Naomi", "Priti", "Stacey", "Tom", "Marcus", "Dev",
]  # fmt: skip


def build_nailbar(path: Path) -> None:
    r = random.Random(9805)
    con = fresh(
        path,
        """
        CREATE TABLE salon (
            salon_id INTEGER PRIMARY KEY, salon_name TEXT NOT NULL, town TEXT NOT NULL, opened_on TEXT NOT NULL);
        CREATE TABLE technician (
            tech_id INTEGER PRIMARY KEY, salon_id INTEGER NOT NULL, tech_name TEXT NOT NULL, level TEXT NOT NULL,
            started_on TEXT NOT NULL, left_on TEXT,
            FOREIGN KEY (salon_id) REFERENCES salon (salon_id));
        CREATE TABLE treatment (
            treatment_id INTEGER PRIMARY KEY, treatment_name TEXT NOT NULL, category TEXT NOT NULL,
            duration_min INTEGER NOT NULL, price REAL NOT NULL);
        CREATE TABLE client (
            client_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, phone TEXT,
            email TEXT, home_salon_id INTEGER NOT NULL, joined_on TEXT NOT NULL, referred_by INTEGER,
            tier TEXT NOT NULL,
            FOREIGN KEY (home_salon_id) REFERENCES salon (salon_id),
            FOREIGN KEY (referred_by) REFERENCES client (client_id));
        CREATE TABLE appointment (
            appt_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, tech_id INTEGER NOT NULL,
            starts_at TEXT NOT NULL, status TEXT NOT NULL, tip REAL,
            FOREIGN KEY (client_id) REFERENCES client (client_id),
            FOREIGN KEY (tech_id) REFERENCES technician (tech_id));
        CREATE TABLE appointment_treatment (
            appt_id INTEGER NOT NULL, treatment_id INTEGER NOT NULL, qty INTEGER NOT NULL,
            price_charged REAL NOT NULL,
            PRIMARY KEY (appt_id, treatment_id),
            FOREIGN KEY (appt_id) REFERENCES appointment (appt_id),
            FOREIGN KEY (treatment_id) REFERENCES treatment (treatment_id));
        CREATE TABLE loyalty_ledger (
            entry_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, entry_date TEXT NOT NULL,
            points INTEGER NOT NULL, reason TEXT NOT NULL,
            FOREIGN KEY (client_id) REFERENCES client (client_id));
        """,
    )
    insert(con, "salon", NB_SALONS)
    insert(con, "technician", [(i, *t) for i, t in enumerate(NB_TECHS, 1)])
    insert(con, "treatment", [(i, *t) for i, t in enumerate(NB_TREATMENTS, 1)])

    clients = []
    joined_days = sorted(day(r, D(2021, 3, 1), D(2025, 6, 10)) for _ in range(520))
    for i, joined in enumerate(joined_days, 1):
        first, last = r.choice(GIVEN_F), r.choice(FAMILY_UK)
        salons = [s[0] for s in NB_SALONS if s[3] <= joined.isoformat()]
        home = r.choices(salons, weights=[5, 4, 3][: len(salons)])[0]
        phone = f"07{r.randint(100, 999)} {r.randint(100000, 999999)}" if r.random() < 0.95 else None
        mail = (
            email(f"{first} {last}{r.randint(1, 99)}", r.choice(["gmail.com", "icloud.com"]))
            if r.random() < 0.7
            else None
        )
        earlier = [c[0] for c in clients if c[5] == home]
        ref = r.choice(earlier) if earlier and r.random() < 0.3 else None
        clients.append([i, first, last, phone, mail, home, joined.isoformat(), ref, "bronze"])

    appts: list[tuple[str, int, int, str, float | None]] = []
    slots: set[tuple[int, str]] = set()
    for c in clients:
        joined = D.fromisoformat(c[6])
        visits = r.choice([1, 1, 2, 3, 4, 6, 8, 10, 14, 18])
        for _ in range(visits):
            when = day(r, joined, D(2025, 7, 31))
            techs = [i for i, t in enumerate(NB_TECHS, 1)
                     if t[0] == c[5] and t[3] <= when.isoformat() and (t[4] is None or t[4] >= when.isoformat())]  # fmt: skip
            if not techs:
                continue
            tech = r.choice(techs)
            stamp = f"{when.isoformat()} {hm(r.randrange(540, 1140, 15))}"
            if (tech, stamp) in slots:
                continue
            slots.add((tech, stamp))
            if when >= TODAY:
                if when == TODAY or when.weekday() == 6:
                    continue
                status = "booked"
            else:
                status = r.choices(["completed", "cancelled", "no_show"], weights=[85, 9, 6])[0]
            tip = round(r.choice([2, 3, 5, 5, 10]) + 0.0, 2) if status == "completed" and r.random() < 0.4 else None
            appts.append((stamp, c[0], tech, status, tip))
    appts.sort()
    rows, links = [], []
    done_count: dict[int, int] = {}
    first_done: dict[int, str] = {}
    spend: list[tuple[str, int, int]] = []
    for aid, (stamp, cid, tech, status, tip) in enumerate(appts, 1):
        rows.append((aid, cid, tech, stamp, status, tip))
        main = r.choice([1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 8, 9])
        picks = {main: 1}
        if main in (7, 8, 9) and r.random() < 0.3:
            picks[14] = 1
        if main in (2, 3, 5) and r.random() < 0.25:
            picks[13] = 1
        if r.random() < 0.3:
            picks[r.choice([10, 11, 12])] = 1
        if 10 in picks:
            picks[10] = r.randint(2, 10)
        total = 0.0
        for tid in sorted(picks):
            charged = round(picks[tid] * NB_TREATMENTS[tid - 1][3], 2)
            total += charged
            links.append((aid, tid, picks[tid], charged))
        if status == "completed":
            done_count[cid] = done_count.get(cid, 0) + 1
            first_done.setdefault(cid, stamp[:10])
            spend.append((stamp[:10], cid, int(total)))
    for c in clients:
        n = done_count.get(c[0], 0)
        c[8] = "gold" if n >= 10 else "silver" if n >= 5 else "bronze"
    insert(con, "client", [tuple(c) for c in clients])
    insert(con, "appointment", rows)
    insert(con, "appointment_treatment", links)

    ledger: list[tuple[str, int, int, str]] = []
    balance: dict[int, int] = {}
    for when, cid, pts in spend:
        ledger.append((when, cid, pts, "visit"))
        balance[cid] = balance.get(cid, 0) + pts
        if balance[cid] >= 250 and r.random() < 0.35:
            ledger.append((when, cid, -250, "redeem"))
            balance[cid] -= 250
    for c in clients:
        if c[7] is not None and c[0] in first_done:
            ledger.append((first_done[c[0]], c[7], 100, "referral"))
        if r.random() < 0.15:
            ledger.append((day(r, D.fromisoformat(c[6]), LAST).isoformat(), c[0], 50, "birthday"))
    ledger.sort()
    insert(con, "loyalty_ledger", [(i, x[1], x[0], x[2], x[3]) for i, x in enumerate(ledger, 1)])
    finish(con)


# ---------------------------------------------------------------------------------------------------- grocerypickup
GP_BRANCHES = [
    (1, "Hartleys Harrogate", "Harrogate", "2022-04-04"),
    (2, "Hartleys York Clifton", "York", "2022-04-04"),
    (3, "Hartleys Ripon", "Ripon", "2022-10-03"),
    (4, "Hartleys Skipton", "Skipton", "2023-03-06"),
    (5, "Hartleys Leeds Headingley", "Leeds", "2023-06-05"),
    (6, "Hartleys Wetherby", "Wetherby", "2024-09-02"),
]
# (description, department, price in pounds, own brand)
GP_PRODUCTS = [
    ("White sliced loaf 800g", "Bakery", 1.45, 1), ("Wholemeal loaf 800g", "Bakery", 1.55, 1),
    ("Sourdough bloomer", "Bakery", 2.95, 0), ("Croissants x4", "Bakery", 2.10, 1), ("Crumpets x6", "Bakery", 0.95, 1),
    ("Semi-skimmed milk 2 pints", "Dairy", 1.35, 1), ("Whole milk 4 pints", "Dairy", 1.95, 1),
    ("Salted butter 250g", "Dairy", 2.49, 0), ("Mature cheddar 400g", "Dairy", 3.75, 1),
    ("Greek yoghurt 500g", "Dairy", 2.20, 0), ("Free range eggs x12", "Dairy", 3.40, 1),
    ("Bananas x5", "Produce", 0.95, 1), ("Braeburn apples x6", "Produce", 2.00, 1), ("Carrots 1kg", "Produce", 0.65, 1),
    ("Baby potatoes 1kg", "Produce", 1.30, 1), ("Broccoli", "Produce", 0.79, 1), ("Cherry tomatoes 250g", "Produce", 1.10, 1),
    ("Avocados x2", "Produce", 1.89, 0), ("Strawberries 400g", "Produce", 2.50, 0), ("Red onions x3", "Produce", 0.85, 1),
    ("Chicken breast fillets 650g", "Meat & Fish", 5.25, 1), ("Beef mince 500g", "Meat & Fish", 4.10, 1),
    ("Pork sausages x8", "Meat & Fish", 3.20, 0), ("Smoked salmon 100g", "Meat & Fish", 3.50, 0),
    ("Cod fillets 280g", "Meat & Fish", 4.75, 1), ("Back bacon 300g", "Meat & Fish", 2.85, 1),
    ("Frozen peas 1kg", "Frozen", 1.60, 1), ("Oven chips 1.5kg", "Frozen", 2.25, 0), ("Margherita pizza", "Frozen", 2.75, 0),
    ("Vanilla ice cream 1L", "Frozen", 2.40, 1), ("Fish fingers x10", "Frozen", 2.60, 0),
    ("Orange juice 1L", "Drinks", 1.85, 1), ("Cola 2L", "Drinks", 2.15, 0), ("Sparkling water 6x500ml", "Drinks", 2.60, 1),
    ("Yorkshire tea 80 bags", "Drinks", 3.25, 0), ("Ground coffee 227g", "Drinks", 3.95, 0),
    ("Red wine 75cl", "Drinks", 7.50, 0), ("Lager 4x440ml", "Drinks", 5.00, 0),
    ("Washing up liquid", "Household", 1.25, 1), ("Toilet roll x9", "Household", 4.50, 0),
    ("Laundry pods x30", "Household", 7.00, 0), ("Kitchen roll x2", "Household", 2.30, 1), ("Bin bags x20", "Household", 1.90, 1),
    ("Pasta fusilli 500g", "Cupboard", 0.85, 1), ("Basmati rice 1kg", "Cupboard", 2.15, 1), ("Baked beans 4 pack", "Cupboard", 2.45, 0),
    ("Chopped tomatoes 400g", "Cupboard", 0.55, 1), ("Cornflakes 500g", "Cupboard", 1.95, 0), ("Porridge oats 1kg", "Cupboard", 1.20, 1),
    ("Peanut butter 340g", "Cupboard", 2.30, 0), ("Olive oil 500ml", "Cupboard", 4.60, 0),
]  # fmt: skip
GP_SLOTS = ["08-10", "10-12", "12-14", "14-16", "16-18", "18-20"]


def build_grocerypickup(path: Path) -> None:
    r = random.Random(9806)
    con = fresh(
        path,
        """
        CREATE TABLE branch (
            branch_id INTEGER PRIMARY KEY, branch_name TEXT NOT NULL, town TEXT NOT NULL, cc_launched TEXT NOT NULL);
        CREATE TABLE picker (
            picker_id INTEGER PRIMARY KEY, branch_id INTEGER NOT NULL REFERENCES branch (branch_id),
            picker_name TEXT NOT NULL, hired_on TEXT NOT NULL);
        CREATE TABLE shopper (
            shopper_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT NOT NULL, town TEXT,
            signed_up TEXT NOT NULL);
        CREATE TABLE product (
            sku TEXT PRIMARY KEY, description TEXT NOT NULL, dept TEXT NOT NULL, unit_price REAL NOT NULL,
            own_brand INTEGER NOT NULL);
        CREATE TABLE pickup_order (
            order_id INTEGER PRIMARY KEY, shopper_id INTEGER NOT NULL REFERENCES shopper (shopper_id),
            branch_id INTEGER NOT NULL REFERENCES branch (branch_id), placed_at TEXT NOT NULL,
            pickup_date TEXT NOT NULL, pickup_slot TEXT NOT NULL, basket_total REAL NOT NULL);
        CREATE TABLE order_line (
            order_id INTEGER NOT NULL REFERENCES pickup_order (order_id), sku TEXT NOT NULL REFERENCES product (sku),
            qty INTEGER NOT NULL, unit_price REAL NOT NULL, substituted INTEGER NOT NULL,
            PRIMARY KEY (order_id, sku));
        CREATE TABLE order_status (
            event_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES pickup_order (order_id),
            status TEXT NOT NULL, changed_at TEXT NOT NULL, picker_id INTEGER REFERENCES picker (picker_id));
        """,
    )
    insert(con, "branch", GP_BRANCHES)
    names = people(r, 740, GIVEN_UK, FAMILY_UK)
    pickers = []
    for i, name in enumerate(names[:24], 1):
        branch = (i - 1) % 6 + 1
        launched = D.fromisoformat(GP_BRANCHES[branch - 1][3])
        hired = launched if i <= 12 else day(r, max(launched, D(2023, 1, 1)), D(2025, 3, 31))
        pickers.append((i, branch, name, hired.isoformat()))
    insert(con, "picker", pickers)
    towns = [b[2] for b in GP_BRANCHES] + ["Knaresborough", "Otley", "Ilkley", "Tadcaster", "Thirsk"]
    shoppers = []
    for i, name in enumerate(names[24:], 1):
        signed = day(r, D(2022, 4, 4), D(2025, 6, 12))
        shoppers.append((i, name, email(name, r.choice(["gmail.com", "outlook.com", "yahoo.co.uk"])),
                         r.choice(towns), signed.isoformat()))  # fmt: skip
    insert(con, "shopper", shoppers)
    products = [(f"SKU{10001 + 7 * i}", *p) for i, p in enumerate(GP_PRODUCTS)]
    insert(con, "product", products)

    orders, lines, events = [], [], []
    placed_list = sorted((day(r, FIRST, LAST), r.randint(420, 1380)) for _ in range(2300))
    for oid, (placed_day, minute) in enumerate(placed_list, 1):
        placed_iso = placed_day.isoformat()
        branches = [b[0] for b in GP_BRANCHES if b[3] <= placed_iso]
        branch = r.choice(branches)
        pool = [s[0] for s in shoppers if s[4] <= placed_iso]
        shopper = r.choice(pool)
        placed_at = f"{placed_day.isoformat()} {hm(minute)}:{r.randint(0, 59):02d}"
        pickup = plus(placed_day, r.randint(1, 4))
        slot_i = r.randrange(len(GP_SLOTS))
        total = 0.0
        for sku, _desc, _dept, price, _own in r.sample(products, r.randint(2, 8)):
            qty = r.choice([1, 1, 1, 2, 2, 3])
            sub = 1 if r.random() < 0.06 else 0
            unit = round(price * (1.0 if placed_day >= D(2024, 9, 1) else 0.95), 2)
            lines.append((oid, sku, qty, unit, sub))
            total += qty * unit
        orders.append((oid, shopper, branch, placed_at, pickup.isoformat(), GP_SLOTS[slot_i], round(total, 2)))
        events.append((placed_at, oid, "PLACED", None))
        if pickup >= TODAY:
            continue
        staff = [p[0] for p in pickers if p[1] == branch and p[3] <= pickup.isoformat()]
        slot_start = 480 + 120 * slot_i
        if r.random() < 0.05:
            gap = r.randint(10, 600)
            when = dt.datetime.fromisoformat(placed_at) + dt.timedelta(minutes=gap)
            events.append((when.isoformat(sep=" "), oid, "CANCELLED", None))
            continue
        picker = r.choice(staff)
        start = slot_start - r.randint(90, 240)
        ready = start + r.randint(25, 85)
        events.append((f"{pickup.isoformat()} {hm(start)}:{r.randint(0, 59):02d}", oid, "PICKING", picker))
        events.append((f"{pickup.isoformat()} {hm(ready)}:{r.randint(0, 59):02d}", oid, "READY", picker))
        if r.random() < 0.06:
            events.append((f"{pickup.isoformat()} 21:00:00", oid, "NO_SHOW", None))
        else:
            got = slot_start + r.randint(0, 125)
            events.append((f"{pickup.isoformat()} {hm(got)}:{r.randint(0, 59):02d}", oid, "COLLECTED", r.choice(staff)))
    insert(con, "pickup_order", orders)
    insert(con, "order_line", lines)
    events.sort(key=lambda e: (e[0], e[1]))
    insert(con, "order_status", [(i, e[1], e[2], e[0], e[3]) for i, e in enumerate(events, 1)])
    finish(con)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "vintagewear": build_vintagewear,
    "cookeryschool": build_cookeryschool,
    "creperie": build_creperie,
    "snackbar": build_snackbar,
    "nailbar": build_nailbar,
    "grocerypickup": build_grocerypickup,
}
