"""Six small food, drink and hospitality supply databases for the seventy-fourth blind English-to-SQL corpus.

"Today" for the data is 2025-06-15; nothing is dated later except planned visits and deliveries still to come.

- ``distillery`` (SQL Server style: singular PascalCase tables with ``TableNameId`` keys and ``Is...`` bit flags 0/1;
  self-referencing ``Employee.ManagerEmployeeId``): a craft gin and whisky distillery. ``Employee`` (``IsActive``
  0 once they have left), ``Spirit`` (``Category`` Gin, Vodka, Whisky, Rum or Liqueur, ``AbvPercent``,
  ``RetailPrice`` in pounds, ``IsActive`` 0 when discontinued), ``Botanical`` (``OriginCountryCode`` ISO 3166 alpha-2,
  ``CostPerKg`` pounds), the link table ``SpiritBotanical`` (``GramsPerLitre``), ``Batch`` (one still run:
  ``LitresProduced``, ``BottlesFilled`` NULL while a whisky batch is maturing in cask, ``IsQcPassed``),
  ``TradeCustomer`` (bars, restaurants, hotels and retailers), ``SalesOrder`` (``DispatchedDate`` NULL until it
  ships, ``SalesRepEmployeeId``) and ``SalesOrderLine`` (bottles and unit price in pounds).
- ``seafoodwholesale`` (WordPress-like: every table prefixed ``nfw_``, lower snake_case, status words in lower case):
  a Cornish seafood wholesaler. ``nfw_vessels`` (skipper, home port, gear type, ``status`` active/laid up),
  ``nfw_species`` (category whitefish, flatfish, shellfish or oily), ``nfw_landings`` (kilos bought off a boat on a
  day, ``price_per_kg`` pounds, ``grade`` 'a'/'b'), ``nfw_customers`` (business type restaurant, fishmonger, hotel or
  caterer; ``account_status`` active, on hold or closed), ``nfw_orders`` (``status`` pending, packed, delivered or
  cancelled; future ``delivery_date`` for pending ones) and ``nfw_order_items`` (kilos and pounds per kilo).
- ``schoolmeals`` (star schema: ``dim_`` and ``fact_`` tables with surrogate ``*_key`` columns; ``dim_date.date_key``
  is YYYYMMDD): a council school meals service. ``dim_date`` (``term`` such as 'Autumn 2024', NULL in the holidays;
  ``academic_year`` '2024/25'; ``is_school_day`` 'Y'/'N'), ``dim_school`` (phase Primary, Secondary or Special;
  kitchen Production or Satellite), ``dim_dish`` (course Main or Dessert; diet Standard, Vegetarian, Vegan or Halal),
  ``dim_supplier``, ``fact_meal`` (meals served of one dish at one school on a day, how many were free school meals,
  portions wasted) and ``fact_delivery`` (invoice value in pounds, ``was_late`` 'Y'/'N').
- ``cellarservice`` (times are Unix epoch integer seconds, UTC): a beer line cleaning and cellar service company.
  ``technicians`` (``joined_epoch``, ``left_epoch`` NULL while employed), ``venues`` (pub, bar, hotel or club; number
  of beer lines; contract basic or premium), ``visits`` (``scheduled_ts``; ``started_ts``/``finished_ts`` NULL for
  visits still to come; ``visit_type`` clean, callout or install; ``outcome`` 'OK', 'FX' fault found and fixed, 'NA'
  no access, NULL if not done yet), ``parts`` (``unit_cost_pence``), the link table ``visit_parts`` and ``invoices``
  (``amount_pence``, ``paid_epoch`` NULL while unpaid).
- ``flourmill`` (vowel-dropped abbreviations): a stone-ground flour mill. ``splr`` (grain farms, ``orgnc`` 'Y'/'N'),
  ``grn_lt`` (grain lots received: ``grn_typ``, ``wght_t`` tonnes, ``prtn_pct`` protein, ``accptd`` 'Y'/'N',
  ``prc_per_t`` pounds), ``prdct`` (flours, ``ctgry``, bag size ``bg_kg``, ``prc`` per bag, ``actv`` 'Y'/'N'), ``cstmr``
  (bakeries, pizzerias, wholesalers, shops), ``ordr`` (``sts`` 'O' open, 'D' delivered, 'X' cancelled; ``dlvr_dt``
  NULL until delivered), ``ordr_ln`` (``qty`` bags, ``amt`` pounds), ``wrkr`` (self-referencing ``spvsr_id``) and
  ``shft`` (``shft_typ`` 'E' early, 'L' late, 'N' night; ``hrs``; ``mlld_t`` tonnes milled).
- ``teaimport`` (German table and column names): a tea importer selling to cafes, hotels and shops. ``Lieferant``
  (tea gardens, ``Land`` ISO alpha-2), ``Tee`` (``Sorte`` Schwarz, Gruen, Weiss, Oolong or Kraeuter; ``Bio`` 'J'/'N';
  purchase and selling price per kilo in euros), ``Kunde`` (``Firma``, contact ``Vorname``/``Nachname``, ``Ort``,
  ``Kundentyp`` Cafe, Hotel, Einzelhandel or Restaurant), ``Mitarbeiter`` (self-referencing ``VorgesetzterID``;
  ``Austrittsdatum`` NULL while employed), ``Rechnung`` (invoice: ``Datum``, ``Betrag`` euros, ``BezahltAm`` NULL
  while unpaid, the issuing ``MitarbeiterID``) and ``Rechnungsposition`` (kilos and price per kilo).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from nl2sql_data.sqlite_build import FAMILY, GIVEN, day_between, done, fresh_db, insert

D = dt.date
TODAY = D(2025, 6, 15)
LAST = D(2025, 6, 14)
START = D(2023, 1, 1)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def _names(r: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct (given, family) pairs."""
    pairs = [(f, s) for f in GIVEN for s in FAMILY]
    r.shuffle(pairs)
    return pairs[:n]


# ------------------------------------------------------------------------------------------------------ distillery
DI_EMPLOYEES = [
    (1, "Fiona", "MacLeod", "Managing Director", None, D(2016, 3, 1), 1),
    (2, "Callum", "Reid", "Head Distiller", 1, D(2016, 5, 9), 1),
    (3, "Isla", "Fraser", "Sales Manager", 1, D(2017, 8, 14), 1),
    (4, "Rory", "Campbell", "Distiller", 2, D(2018, 2, 5), 1),
    (5, "Morag", "Stewart", "Distiller", 2, D(2019, 10, 1), 1),
    (6, "Kirsty", "Ross", "Assistant Distiller", 2, D(2022, 4, 19), 1),
    (7, "Hamish", "Grant", "Warehouse Operative", 2, D(2020, 6, 1), 1),
    (8, "Euan", "Murray", "Assistant Distiller", 4, D(2021, 1, 11), 0),
    (9, "Ailsa", "Brown", "Sales Executive", 3, D(2019, 9, 2), 1),
    (10, "Duncan", "Kerr", "Sales Executive", 3, D(2020, 3, 16), 0),
    (11, "Shona", "Wallace", "Sales Executive", 3, D(2023, 11, 6), 1),
    (12, "Lewis", "Paterson", "Bottling Operative", 4, D(2023, 2, 20), 1),
]
DI_SPIRITS = [
    ("Harbour Gin", "Gin", 43.0, 700, 34.0, 1), ("Pink Rhubarb Gin", "Gin", 40.0, 700, 32.0, 1),
    ("Navy Strength Gin", "Gin", 57.0, 500, 42.0, 1), ("Citrus Coast Gin", "Gin", 41.5, 700, 33.0, 1),
    ("Old Tom Gin", "Gin", 42.0, 700, 33.0, 0), ("Wheat Vodka", "Vodka", 40.0, 700, 29.0, 1),
    ("Potato Vodka", "Vodka", 40.0, 700, 31.0, 1), ("Single Malt 3 Year Old", "Whisky", 46.0, 700, 55.0, 1),
    ("Peated Single Malt", "Whisky", 46.0, 700, 62.0, 1), ("Cask Strength Malt", "Whisky", 58.4, 700, 78.0, 1),
    ("Spiced Rum", "Rum", 37.5, 700, 30.0, 1), ("Dark Navy Rum", "Rum", 40.0, 700, 32.0, 0),
    ("Coffee Liqueur", "Liqueur", 25.0, 500, 24.0, 1), ("Sloe Gin Liqueur", "Liqueur", 26.0, 500, 25.0, 1),
]  # fmt: skip
DI_BOTANICALS = [
    ("Juniper Berry", "MK", 9.5), ("Coriander Seed", "BG", 4.2), ("Angelica Root", "DE", 28.0),
    ("Orris Root", "IT", 45.0), ("Cassia Bark", "CN", 11.0), ("Lemon Peel", "ES", 7.5), ("Orange Peel", "ES", 7.0),
    ("Liquorice Root", "UZ", 12.5), ("Cardamom", "IN", 38.0), ("Rhubarb", "GB", 3.5), ("Heather Tips", "GB", 18.0),
    ("Sea Buckthorn", "GB", 22.0), ("Pink Peppercorn", "BR", 30.0), ("Vanilla Pod", "MG", 420.0),
    ("Cinnamon", "LK", 16.0), ("Coffee Bean", "CO", 14.0), ("Sloe Berry", "GB", 6.0), ("Sugar Kelp", "GB", 25.0),
]  # fmt: skip
DI_RECIPES = {
    1: [(1, 20), (2, 8), (3, 2), (4, 1), (6, 3), (18, 2)],
    2: [(1, 18), (2, 6), (3, 2), (10, 12), (6, 2)],
    3: [(1, 30), (2, 10), (3, 3), (4, 2), (5, 2), (7, 3), (9, 1)],
    4: [(1, 18), (2, 7), (6, 6), (7, 5), (12, 2)],
    5: [(1, 20), (2, 8), (3, 2), (8, 3), (4, 1)],
    11: [(14, 1), (15, 3), (5, 2), (7, 2), (9, 1)],
    12: [(15, 1), (8, 2)],
    13: [(16, 40), (14, 1)],
    14: [(1, 10), (17, 60)],
}
DI_CUSTOMERS = [
    ("The Thistle Bar", "Bar", "Edinburgh"), ("Kelpie Cocktail Lounge", "Bar", "Glasgow"),
    ("Auld Reekie Tavern", "Bar", "Edinburgh"), ("Copper Still Bar", "Bar", "Aberdeen"),
    ("The Stag's Head", "Bar", "Inverness"), ("Harbourside Bistro", "Restaurant", "Aberdeen"),
    ("Loch Fyne Kitchen", "Restaurant", "Glasgow"), ("The Granite Grill", "Restaurant", "Aberdeen"),
    ("Bothy Restaurant", "Restaurant", "Perth"), ("Caledonian Hotel", "Hotel", "Edinburgh"),
    ("Highland Lodge Hotel", "Hotel", "Inverness"), ("Tayside House Hotel", "Hotel", "Dundee"),
    ("Royal Deeside Hotel", "Hotel", "Aberdeen"), ("Good Spirits Co", "Retailer", "Glasgow"),
    ("The Whisky Cellar", "Retailer", "Edinburgh"), ("Dram Fine Drinks", "Retailer", "Dundee"),
    ("Perth Wine Merchants", "Retailer", "Perth"), ("Bar Nineteen", "Bar", "Glasgow"),
    ("The Lighthouse Inn", "Bar", "Dundee"), ("Salt & Smoke", "Restaurant", "Edinburgh"),
    ("Birchwood Brasserie", "Restaurant", "Inverness"), ("The Tolbooth Bar", "Bar", "Edinburgh"),
    ("West End Hotel", "Hotel", "Glasgow"), ("Speyside Bottle Shop", "Retailer", "Inverness"),
    ("The Crofter's Rest", "Bar", "Perth"), ("Union Street Oyster Bar", "Restaurant", "Aberdeen"),
    ("Firth View Hotel", "Hotel", "Dundee"), ("Merchant City Bar", "Bar", "Glasgow"),
    ("The Malt Room", "Bar", "Edinburgh"), ("Canongate Kitchen", "Restaurant", "Edinburgh"),
    ("North Coast Deli", "Retailer", "Inverness"), ("The Puffin Bar", "Bar", "Aberdeen"),
    ("Broughty Ferry Tap", "Bar", "Dundee"), ("Riverside Rooms", "Hotel", "Perth"),
    ("Clyde Cocktail Club", "Bar", "Glasgow"), ("Glen Larder", "Retailer", "Perth"),
]  # fmt: skip


def build_distillery(path: Path) -> None:
    r = random.Random(74001)
    c = fresh_db(
        path,
        """
        CREATE TABLE Employee (EmployeeId INTEGER PRIMARY KEY, FirstName NVARCHAR(50) NOT NULL,
            LastName NVARCHAR(50) NOT NULL, JobTitle NVARCHAR(60) NOT NULL,
            ManagerEmployeeId INTEGER REFERENCES Employee(EmployeeId), HireDate DATE NOT NULL,
            IsActive BIT NOT NULL DEFAULT 1);
        CREATE TABLE Spirit (SpiritId INTEGER PRIMARY KEY, SpiritName NVARCHAR(80) NOT NULL,
            Category NVARCHAR(20) NOT NULL, AbvPercent DECIMAL(4,1) NOT NULL, BottleSizeMl INTEGER NOT NULL,
            RetailPrice DECIMAL(8,2) NOT NULL, IsActive BIT NOT NULL DEFAULT 1);
        CREATE TABLE Botanical (BotanicalId INTEGER PRIMARY KEY, BotanicalName NVARCHAR(60) NOT NULL,
            OriginCountryCode CHAR(2) NOT NULL, CostPerKg DECIMAL(8,2) NOT NULL);
        CREATE TABLE SpiritBotanical (SpiritId INTEGER NOT NULL REFERENCES Spirit(SpiritId),
            BotanicalId INTEGER NOT NULL REFERENCES Botanical(BotanicalId), GramsPerLitre DECIMAL(6,1) NOT NULL,
            PRIMARY KEY (SpiritId, BotanicalId));
        CREATE TABLE Batch (BatchId INTEGER PRIMARY KEY, SpiritId INTEGER NOT NULL REFERENCES Spirit(SpiritId),
            DistilledDate DATE NOT NULL, DistillerEmployeeId INTEGER NOT NULL REFERENCES Employee(EmployeeId),
            LitresProduced DECIMAL(8,1) NOT NULL, BottlesFilled INTEGER, IsQcPassed BIT NOT NULL);
        CREATE TABLE TradeCustomer (TradeCustomerId INTEGER PRIMARY KEY, CustomerName NVARCHAR(80) NOT NULL,
            CustomerType NVARCHAR(20) NOT NULL, City NVARCHAR(40) NOT NULL, AccountOpenedDate DATE NOT NULL,
            IsActive BIT NOT NULL DEFAULT 1);
        CREATE TABLE SalesOrder (SalesOrderId INTEGER PRIMARY KEY,
            TradeCustomerId INTEGER NOT NULL REFERENCES TradeCustomer(TradeCustomerId), OrderDate DATE NOT NULL,
            DispatchedDate DATE, SalesRepEmployeeId INTEGER NOT NULL REFERENCES Employee(EmployeeId));
        CREATE TABLE SalesOrderLine (SalesOrderLineId INTEGER PRIMARY KEY,
            SalesOrderId INTEGER NOT NULL REFERENCES SalesOrder(SalesOrderId),
            SpiritId INTEGER NOT NULL REFERENCES Spirit(SpiritId), Quantity INTEGER NOT NULL,
            UnitPrice DECIMAL(8,2) NOT NULL);
        """,
    )
    insert(c, "Employee", [(i, f, s, t, m, _iso(h), a) for i, f, s, t, m, h, a in DI_EMPLOYEES])
    insert(c, "Spirit", [(k, *x) for k, x in enumerate(DI_SPIRITS, 1)])
    insert(c, "Botanical", [(k, *x) for k, x in enumerate(DI_BOTANICALS, 1)])
    insert(c, "SpiritBotanical", [(s, b, g) for s, rec in DI_RECIPES.items() for b, g in rec])
    batches = []
    for _ in range(150):
        sid = r.choices(range(1, 15), weights=[9, 6, 3, 5, 2, 5, 3, 4, 3, 2, 4, 2, 3, 3])[0]
        hi = D(2023, 9, 30) if sid in (5, 12) else LAST
        d = day_between(r, START, hi)
        distillers = [2, 4, 5] + ([8] if d < D(2024, 3, 29) else []) + ([6] if d > D(2022, 6, 1) else [])
        who = r.choice(distillers)
        cat = DI_SPIRITS[sid - 1][1]
        litres = round(r.uniform(900, 1400), 1) if cat == "Whisky" else round(r.uniform(250, 600), 1)
        ok = int(r.random() > 0.08)
        if cat == "Whisky":
            bottles = None
        else:
            bottles = int(litres * 1000 / DI_SPIRITS[sid - 1][3] * r.uniform(0.93, 0.98)) if ok else 0
        batches.append((sid, d, who, litres, bottles, ok))
    batches.sort(key=lambda x: (x[1], x[0]))
    insert(c, "Batch", [(k, s, _iso(d), w, li, b, ok) for k, (s, d, w, li, b, ok) in enumerate(batches, 1)])
    custs = []
    for k, (n, t, city) in enumerate(DI_CUSTOMERS, 1):
        opened = day_between(r, D(2018, 1, 1), D(2025, 3, 1))
        custs.append((k, n, t, city, _iso(opened), 0 if k in (5, 17, 27) else 1))
    insert(c, "TradeCustomer", custs)
    orders, lines = [], []
    ordering = [k for k in range(1, len(DI_CUSTOMERS) + 1) if k not in (9, 24, 31, 36)]
    for _ in range(170):
        cu = r.choice(ordering)
        lo = max(START, D.fromisoformat(custs[cu - 1][4]))
        d = day_between(r, lo, LAST)
        rep = r.choice([9, 11] + ([10] if d < D(2024, 8, 30) else []) + ([3] if r.random() < 0.2 else []))
        if d < D(2023, 11, 6) and rep == 11:
            rep = 9
        disp = d + dt.timedelta(days=r.randint(1, 6))
        orders.append((cu, d, None if disp >= D(2025, 6, 12) else disp, rep))
    orders.sort(key=lambda x: (x[1], x[0]))
    for k, (_cu, d, _dp, _rep) in enumerate(orders, 1):
        avail = [s for s in range(1, 15) if DI_SPIRITS[s - 1][5] == 1 or d < D(2024, 1, 1)]
        for sid in r.sample(avail, r.choice([1, 2, 2, 3])):
            price = round(DI_SPIRITS[sid - 1][4] * 0.62, 2)
            lines.append((len(lines) + 1, k, sid, r.choice([6, 6, 12, 12, 18, 24]), price))
    insert(c, "SalesOrder", [(k, cu, _iso(d), _iso(dp), rep) for k, (cu, d, dp, rep) in enumerate(orders, 1)])
    insert(c, "SalesOrderLine", lines)
    done(c)


# ------------------------------------------------------------------------------------------------ seafoodwholesale
SW_VESSELS = [
    (1, "Girl Rachel", "Newlyn", "Mark Pender", "netter", 14.9, "active"),
    (2, "Ocean Harvest", "Newlyn", "Steve Tonkin", "trawler", 22.5, "active"),
    (3, "Silver Dawn", "Brixham", "Dave Yeo", "trawler", 24.0, "active"),
    (4, "Kerrie Marie", "Looe", "Jason Pascoe", "potter", 9.8, "active"),
    (5, "Blue Horizon", "Brixham", "Paul Widger", "scalloper", 18.2, "active"),
    (6, "Morwenna", "Mevagissey", "Andy Hocking", "netter", 11.5, "laid up"),
    (7, "Cornish Lass", "Newlyn", "Tom Trewin", "potter", 10.2, "active"),
    (8, "Our Boys", "Looe", "Ben Rowe", "trawler", 16.4, "active"),
    (9, "Sea Spray", "Plymouth", "Gary Eddy", "scalloper", 19.9, "active"),
    (10, "Guiding Star", "Mevagissey", "Rick Kitto", "netter", 12.0, "active"),
    (11, "Atlantic Belle", "Plymouth", "Neil Stevens", "trawler", 21.3, "laid up"),
    (12, "Little Pearl", "Newlyn", "Sam Jory", "potter", 8.6, "active"),
]
SW_SPECIES = [
    ("Hake", "whitefish", 7.20), ("Pollock", "whitefish", 5.40), ("Cod", "whitefish", 9.10),
    ("Monkfish", "whitefish", 11.80), ("Haddock", "whitefish", 6.90), ("Lemon Sole", "flatfish", 10.50),
    ("Plaice", "flatfish", 5.20), ("Turbot", "flatfish", 19.50), ("Megrim", "flatfish", 4.10),
    ("Brown Crab", "shellfish", 3.80), ("Lobster", "shellfish", 24.00), ("King Scallop", "shellfish", 13.50),
    ("Spider Crab", "shellfish", 2.60), ("Mackerel", "oily", 3.10), ("Sardine", "oily", 2.40),
    ("Red Mullet", "whitefish", 12.40),
]  # fmt: skip
SW_GEAR = {
    "netter": [1, 2, 4, 16, 8],
    "trawler": [1, 3, 5, 6, 7, 8, 9, 4],
    "potter": [10, 11, 13],
    "scalloper": [12],
}
SW_CUSTOMERS = [
    ("The Fish Shed", "restaurant", "Padstow"), ("Harbour Lights", "restaurant", "St Ives"),
    ("Porthminster Kitchen", "restaurant", "St Ives"), ("Trewithen Fishmongers", "fishmonger", "Truro"),
    ("Quayside Fish", "fishmonger", "Falmouth"), ("The Headland Hotel", "hotel", "Newquay"),
    ("Fistral Beach Hotel", "hotel", "Newquay"), ("Saltwater Catering", "caterer", "Truro"),
    ("Rick's Fish Bar", "restaurant", "Padstow"), ("Lobster Pot Bistro", "restaurant", "Mousehole"),
    ("The Old Coastguard", "hotel", "Mousehole"), ("Ocean Fishmongers", "fishmonger", "Plymouth"),
    ("Barbican Seafood Grill", "restaurant", "Plymouth"), ("Estuary Events", "caterer", "Falmouth"),
    ("Greenbank Hotel", "hotel", "Falmouth"), ("Penzance Fish Market", "fishmonger", "Penzance"),
    ("The Shore", "restaurant", "Penzance"), ("Tidal Kitchen", "caterer", "Plymouth"),
    ("Merchant's Table", "restaurant", "Truro"), ("Polurrian Bay Hotel", "hotel", "Mullion"),
    ("Cove Seafood Shack", "restaurant", "Newquay"), ("Roseland Fish Co", "fishmonger", "St Mawes"),
    ("The Idle Rocks", "hotel", "St Mawes"), ("Smeaton's Pier Cafe", "restaurant", "St Ives"),
    ("Kernow Weddings", "caterer", "Truro"), ("Net Loft", "restaurant", "Falmouth"),
    ("Chapel Street Fishmonger", "fishmonger", "Penzance"), ("Atlantic Hotel", "hotel", "Newquay"),
    ("Mussel Bay Kitchen", "restaurant", "Padstow"), ("Plymouth Gin Rooms", "restaurant", "Plymouth"),
    ("Coastline Catering", "caterer", "Penzance"), ("St Ives Harbour Hotel", "hotel", "St Ives"),
    ("The Wheelhouse", "restaurant", "Falmouth"), ("Truro Fish Counter", "fishmonger", "Truro"),
    ("Lugger Inn", "hotel", "Portloe"), ("Seaside School Kitchens", "caterer", "Newquay"),
    ("Crab & Ale House", "restaurant", "Mevagissey"), ("Padstow Fish Deli", "fishmonger", "Padstow"),
    ("Marazion Bay Bistro", "restaurant", "Marazion"), ("Helford Supper Club", "caterer", "Helston"),
]  # fmt: skip


def build_seafoodwholesale(path: Path) -> None:
    r = random.Random(74002)
    c = fresh_db(
        path,
        """
        CREATE TABLE nfw_vessels (vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR(60) NOT NULL,
            home_port VARCHAR(40) NOT NULL, skipper_name VARCHAR(60) NOT NULL, gear_type VARCHAR(20) NOT NULL,
            length_m DECIMAL(4,1) NOT NULL, status VARCHAR(20) NOT NULL DEFAULT 'active');
        CREATE TABLE nfw_species (species_id INTEGER PRIMARY KEY, common_name VARCHAR(40) NOT NULL,
            category VARCHAR(20) NOT NULL, list_price_per_kg DECIMAL(6,2) NOT NULL);
        CREATE TABLE nfw_landings (landing_id INTEGER PRIMARY KEY,
            vessel_id INTEGER NOT NULL REFERENCES nfw_vessels(vessel_id),
            species_id INTEGER NOT NULL REFERENCES nfw_species(species_id), landed_on DATE NOT NULL,
            weight_kg DECIMAL(7,1) NOT NULL, price_per_kg DECIMAL(6,2) NOT NULL, grade CHAR(1) NOT NULL);
        CREATE TABLE nfw_customers (customer_id INTEGER PRIMARY KEY, business_name VARCHAR(80) NOT NULL,
            business_type VARCHAR(20) NOT NULL, town VARCHAR(40) NOT NULL, account_status VARCHAR(20) NOT NULL,
            credit_limit INTEGER NOT NULL, opened_on DATE NOT NULL);
        CREATE TABLE nfw_orders (order_id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES nfw_customers(customer_id), placed_on DATE NOT NULL,
            delivery_date DATE NOT NULL, status VARCHAR(20) NOT NULL, delivery_fee DECIMAL(6,2) NOT NULL);
        CREATE TABLE nfw_order_items (item_id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES nfw_orders(order_id),
            species_id INTEGER NOT NULL REFERENCES nfw_species(species_id), weight_kg DECIMAL(6,1) NOT NULL,
            price_per_kg DECIMAL(6,2) NOT NULL);
        """,
    )
    insert(c, "nfw_vessels", SW_VESSELS)
    insert(c, "nfw_species", [(k, *x) for k, x in enumerate(SW_SPECIES, 1)])
    landings = []
    for _ in range(260):
        v = r.choice(SW_VESSELS)
        d = day_between(r, START, D(2024, 2, 28) if v[6] == "laid up" else LAST)
        sp = r.choice(SW_GEAR[v[4]])
        base = SW_SPECIES[sp - 1][2] * 0.65
        kg = round(r.uniform(15, 160) if v[4] == "potter" else r.uniform(40, 600), 1)
        grade = "a" if r.random() < 0.7 else "b"
        price = round(base * r.uniform(0.85, 1.15) * (1 if grade == "a" else 0.8), 2)
        landings.append((v[0], sp, d, kg, price, grade))
    landings.sort(key=lambda x: (x[2], x[0]))
    insert(c, "nfw_landings", [(k, v, s, _iso(d), kg, p, g) for k, (v, s, d, kg, p, g) in enumerate(landings, 1)])
    custs = []
    for k, (n, t, town) in enumerate(SW_CUSTOMERS, 1):
        st = "closed" if k in (9, 22, 35) else "on hold" if k in (4, 13, 18, 30) else "active"
        limit = r.choice([500, 1000, 1500, 2000, 3000])
        custs.append((k, n, t, town, st, limit, _iso(day_between(r, D(2019, 1, 1), D(2024, 12, 31)))))
    insert(c, "nfw_customers", custs)
    orders, items = [], []
    buying = [k for k in range(1, len(SW_CUSTOMERS) + 1) if k not in (20, 33, 39)]
    for _ in range(210):
        cu = r.choice(buying)
        d = day_between(r, max(START, D.fromisoformat(custs[cu - 1][6])), LAST)
        deliv = d + dt.timedelta(days=r.randint(1, 3))
        if deliv >= TODAY:
            st = "pending" if deliv > D(2025, 6, 16) else "packed"
        else:
            st = "cancelled" if r.random() < 0.08 else "delivered"
        fee = 0.0 if custs[cu - 1][2] == "fishmonger" else r.choice([7.5, 10.0, 12.5])
        orders.append((cu, d, deliv, st, fee))
    for cu, d, deliv in ((6, D(2025, 6, 12), D(2025, 6, 17)), (15, D(2025, 6, 13), D(2025, 6, 18)),
                         (1, D(2025, 6, 14), D(2025, 6, 18)), (28, D(2025, 6, 14), D(2025, 6, 19))):  # fmt: skip
        orders.append((cu, d, deliv, "pending", 10.0))
    orders.sort(key=lambda x: (x[1], x[0]))
    for k, (_cu, d, _dl, _st, _f) in enumerate(orders, 1):
        for sp in r.sample(range(1, 16), r.choice([1, 2, 2, 3])):
            kg = round(r.uniform(2, 25), 1)
            price = round(SW_SPECIES[sp - 1][2] * (1.0 if d.year < 2025 else 1.05), 2)
            items.append((len(items) + 1, k, sp, kg, price))
    insert(c, "nfw_orders", [(k, cu, _iso(d), _iso(dl), st, f) for k, (cu, d, dl, st, f) in enumerate(orders, 1)])
    insert(c, "nfw_order_items", items)
    done(c)


# ----------------------------------------------------------------------------------------------------- schoolmeals
SM_SCHOOLS = [
    (1, 131204, "Meadowbank Primary", "Primary", "North", 412, "Production"),
    (2, 131377, "St Anne's C of E Primary", "Primary", "North", 236, "Satellite"),
    (3, 132019, "Riverside Primary", "Primary", "South", 455, "Production"),
    (4, 132288, "Oakfield Infant School", "Primary", "East", 178, "Satellite"),
    (5, 136540, "Hillcrest Academy", "Secondary", "South", 1120, "Production"),
    (6, 137101, "Kingsway High School", "Secondary", "East", 940, "Production"),
    (7, 138866, "Brookside Special School", "Special", "West", 96, "Satellite"),
    (8, 139412, "Westfield Primary", "Primary", "West", 318, "Production"),
]
SM_DISHES = [
    ("Roast Chicken Dinner", "Main", "Standard", 1.18), ("Beef Lasagne", "Main", "Standard", 1.05),
    ("Fish Fingers and Chips", "Main", "Standard", 0.92), ("Cheese and Tomato Pizza", "Main", "Vegetarian", 0.71),
    ("Vegetable Curry with Rice", "Main", "Vegan", 0.66), ("Macaroni Cheese", "Main", "Vegetarian", 0.64),
    ("Halal Chicken Korma", "Main", "Halal", 1.12), ("Jacket Potato with Beans", "Main", "Vegan", 0.58),
    ("Sausage and Mash", "Main", "Standard", 0.88), ("Bean Chilli Wrap", "Main", "Vegan", 0.69),
    ("Jam Sponge and Custard", "Dessert", "Vegetarian", 0.31), ("Fresh Fruit Salad", "Dessert", "Vegan", 0.42),
    ("Chocolate Brownie", "Dessert", "Vegetarian", 0.35), ("Yoghurt Pot", "Dessert", "Vegetarian", 0.28),
]  # fmt: skip
SM_SUPPLIERS = [
    (1, "Greenfields Produce", "Fresh produce"), (2, "Dale Farm Dairies", "Dairy"),
    (3, "Hartley Butchers", "Meat"), (4, "Sunrise Bakery", "Bakery"), (5, "Northern Dry Goods", "Dry goods"),
    (6, "Coastal Frozen Foods", "Frozen"),
]  # fmt: skip
SM_TERMS = [
    ("Summer 2024", "2023/24", D(2024, 4, 15), D(2024, 7, 19), D(2024, 5, 27), D(2024, 5, 31)),
    ("Autumn 2024", "2024/25", D(2024, 9, 4), D(2024, 12, 20), D(2024, 10, 28), D(2024, 11, 1)),
    ("Spring 2025", "2024/25", D(2025, 1, 6), D(2025, 4, 4), D(2025, 2, 17), D(2025, 2, 21)),
    ("Summer 2025", "2024/25", D(2025, 4, 22), D(2025, 7, 22), D(2025, 5, 26), D(2025, 5, 30)),
]
SM_BANK_HOLIDAYS = {D(2024, 5, 6), D(2025, 5, 5)}


def build_schoolmeals(path: Path) -> None:
    r = random.Random(74003)
    c = fresh_db(
        path,
        """
        CREATE TABLE dim_date (date_key INTEGER PRIMARY KEY, full_date DATE NOT NULL, year INTEGER NOT NULL,
            month INTEGER NOT NULL, month_name TEXT NOT NULL, day_name TEXT NOT NULL, term TEXT,
            academic_year TEXT, is_school_day TEXT NOT NULL);
        CREATE TABLE dim_school (school_key INTEGER PRIMARY KEY, urn INTEGER NOT NULL, school_name TEXT NOT NULL,
            phase TEXT NOT NULL, area TEXT NOT NULL, pupils_on_roll INTEGER NOT NULL, kitchen_type TEXT NOT NULL);
        CREATE TABLE dim_dish (dish_key INTEGER PRIMARY KEY, dish_name TEXT NOT NULL, course TEXT NOT NULL,
            diet TEXT NOT NULL, cost_per_portion REAL NOT NULL);
        CREATE TABLE dim_supplier (supplier_key INTEGER PRIMARY KEY, supplier_name TEXT NOT NULL,
            category TEXT NOT NULL);
        CREATE TABLE fact_meal (meal_fact_id INTEGER PRIMARY KEY,
            date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            school_key INTEGER NOT NULL REFERENCES dim_school(school_key),
            dish_key INTEGER NOT NULL REFERENCES dim_dish(dish_key), meals_served INTEGER NOT NULL,
            free_meals INTEGER NOT NULL, portions_wasted INTEGER NOT NULL);
        CREATE TABLE fact_delivery (delivery_fact_id INTEGER PRIMARY KEY,
            date_key INTEGER NOT NULL REFERENCES dim_date(date_key),
            school_key INTEGER NOT NULL REFERENCES dim_school(school_key),
            supplier_key INTEGER NOT NULL REFERENCES dim_supplier(supplier_key), invoice_value REAL NOT NULL,
            was_late TEXT NOT NULL);
        """,
    )
    dates = []
    school_days = []
    d = D(2024, 4, 1)
    while d <= D(2025, 7, 31):
        term = next((t for t in SM_TERMS if t[2] <= d <= t[3]), None)
        sd = term is not None and d.weekday() < 5 and d not in SM_BANK_HOLIDAYS and not term[4] <= d <= term[5]
        dates.append((int(d.strftime("%Y%m%d")), _iso(d), d.year, d.month, d.strftime("%B"), d.strftime("%A"),
                      term[0] if term else None, term[1] if term else None, _yn(sd)))  # fmt: skip
        if sd and d <= LAST:
            school_days.append(d)
        d += dt.timedelta(days=1)
    insert(c, "dim_date", dates)
    insert(c, "dim_school", SM_SCHOOLS)
    insert(c, "dim_dish", [(k, *x) for k, x in enumerate(SM_DISHES, 1)])
    insert(c, "dim_supplier", SM_SUPPLIERS)
    facts = []
    seen = set()
    while len(facts) < 360:
        day = r.choice(school_days)
        sch = r.choice(SM_SCHOOLS)
        dish = r.choices(range(1, 15), weights=[9, 7, 8, 7, 4, 5, 4, 3, 6, 3, 5, 4, 6, 3])[0]
        if (day, sch[0], dish) in seen or (sch[3] == "Secondary" and dish in (8, 14)):
            continue
        seen.add((day, sch[0], dish))
        share = 0.22 if sch[3] == "Secondary" else 0.3
        served = max(8, int(sch[5] * share * r.uniform(0.4, 1.0) / (2.5 if SM_DISHES[dish - 1][1] == "Main" else 3)))
        free = int(served * r.uniform(0.1, 0.35)) if sch[3] == "Secondary" else int(served * r.uniform(0.05, 0.2))
        waste = int(served * r.uniform(0.01, 0.12 if dish not in (5, 10) else 0.25))
        facts.append((int(day.strftime("%Y%m%d")), sch[0], dish, served, free, waste))
    facts.sort()
    insert(c, "fact_meal", [(k, *x) for k, x in enumerate(facts, 1)])
    deliveries = []
    for _ in range(170):
        day = r.choice(school_days)
        sch = r.choice(SM_SCHOOLS)
        sup = r.choice(SM_SUPPLIERS)
        value = round(r.uniform(60, 240) * (1.6 if sup[0] == 3 else 1.0), 2)
        late = r.random() < {1: 0.12, 2: 0.08, 3: 0.1, 4: 0.28, 5: 0.05, 6: 0.15}[sup[0]]
        deliveries.append((int(day.strftime("%Y%m%d")), sch[0], sup[0], value, _yn(late)))
    deliveries.sort()
    insert(c, "fact_delivery", [(k, *x) for k, x in enumerate(deliveries, 1)])
    done(c)


# --------------------------------------------------------------------------------------------------- cellarservice
def _epoch(d: dt.date, hour: int = 0, minute: int = 0) -> int:
    return calendar.timegm((d.year, d.month, d.day, hour, minute, 0))


CS_TECHS = [
    (1, "Gareth Lloyd", D(2017, 4, 3), None), (2, "Dean Holroyd", D(2018, 9, 17), None),
    (3, "Kelly Ainsworth", D(2020, 2, 10), None), (4, "Martin Booth", D(2019, 6, 3), D(2024, 8, 30)),
    (5, "Jodie Pickles", D(2023, 5, 22), None), (6, "Ravi Sandhu", D(2024, 1, 8), None),
    (7, "Connor Walsh", D(2024, 10, 14), None),
]  # fmt: skip
CS_VENUES = [
    ("The Brown Cow", "pub", "Leeds"), ("Whitelock's Ale House", "pub", "Leeds"), ("The Adelphi", "pub", "Leeds"),
    ("North Bar", "bar", "Leeds"), ("Tapped Brew Co", "bar", "Leeds"), ("Queens Hotel", "hotel", "Leeds"),
    ("The Fat Cat", "pub", "Sheffield"), ("Kelham Island Tavern", "pub", "Sheffield"),
    ("The Grind Cafe Bar", "bar", "Sheffield"), ("Leadmill", "club", "Sheffield"), ("Old Bell Inn", "pub", "York"),
    ("The Golden Fleece", "pub", "York"), ("Grand Hotel York", "hotel", "York"), ("Pivni", "bar", "York"),
    ("The Lamb Hotel", "hotel", "Wakefield"), ("Bull and Bush", "pub", "Wakefield"),
    ("Stew & Oyster", "bar", "Harrogate"), ("The Swan", "pub", "Harrogate"), ("Majestic Hotel", "hotel", "Harrogate"),
    ("Rock Club", "club", "Leeds"), ("The Junction", "pub", "Huddersfield"), ("Grove Inn", "pub", "Huddersfield"),
    ("The Sportsman", "pub", "Huddersfield"), ("Arc Bar", "bar", "Wakefield"), ("The Maltings", "pub", "York"),
    ("Cutlers Arms", "pub", "Sheffield"), ("The Fleece", "pub", "Halifax"), ("Piece Hall Bar", "bar", "Halifax"),
    ("Victoria Hotel", "hotel", "Halifax"), ("Warehouse Club", "club", "Leeds"), ("The Ship Inn", "pub", "Whitby"),
    ("Royal Hotel Whitby", "hotel", "Whitby"), ("Tap & Barrel", "bar", "Harrogate"), ("The Crown", "pub", "Wakefield"),
]  # fmt: skip
CS_PARTS = [
    ("Line cleaning fluid 5L", 1850), ("Keg coupler", 2400), ("Shank washer", 35), ("Tap nozzle", 420),
    ("Python beer line (per metre)", 310), ("Gas regulator", 5600), ("Fob detector", 3900), ("Cooler pump", 14800),
    ("Font tap handle", 650), ("CO2 cylinder valve", 1200),
]  # fmt: skip


def build_cellarservice(path: Path) -> None:
    r = random.Random(74004)
    c = fresh_db(
        path,
        """
        CREATE TABLE technicians (tech_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
            joined_epoch INTEGER NOT NULL, left_epoch INTEGER);
        CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT NOT NULL, venue_type TEXT NOT NULL,
            town TEXT NOT NULL, beer_lines INTEGER NOT NULL, contract TEXT NOT NULL, signed_epoch INTEGER NOT NULL);
        CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(venue_id),
            tech_id INTEGER NOT NULL REFERENCES technicians(tech_id), visit_type TEXT NOT NULL,
            scheduled_ts INTEGER NOT NULL, started_ts INTEGER, finished_ts INTEGER, outcome TEXT);
        CREATE TABLE parts (part_id INTEGER PRIMARY KEY, part_name TEXT NOT NULL, unit_cost_pence INTEGER NOT NULL);
        CREATE TABLE visit_parts (visit_id INTEGER NOT NULL REFERENCES visits(visit_id),
            part_id INTEGER NOT NULL REFERENCES parts(part_id), qty INTEGER NOT NULL, PRIMARY KEY (visit_id, part_id));
        CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(venue_id),
            issued_epoch INTEGER NOT NULL, amount_pence INTEGER NOT NULL, paid_epoch INTEGER);
        """,
    )
    insert(c, "technicians", [(i, n, _epoch(j, 9), _epoch(lf, 17) if lf else None) for i, n, j, lf in CS_TECHS])
    venues = []
    for k, (n, t, town) in enumerate(CS_VENUES, 1):
        lines = {"pub": r.randint(4, 12), "bar": r.randint(6, 16), "hotel": r.randint(3, 8), "club": r.randint(4, 10)}
        contract = "premium" if r.random() < 0.35 else "basic"
        signed = day_between(r, D(2018, 1, 1), D(2024, 6, 30))
        venues.append((k, n, t, town, lines[t], contract, _epoch(signed, 10)))
    insert(c, "venues", venues)
    insert(c, "parts", [(k, *x) for k, x in enumerate(CS_PARTS, 1)])
    visits = []
    for _ in range(240):
        v = r.choice(venues)
        d = day_between(r, max(START, dt.datetime.fromtimestamp(v[6], dt.UTC).date()), D(2025, 6, 27))
        if d >= TODAY:
            d = day_between(r, D(2025, 6, 16), D(2025, 6, 27))
        techs = [i for i, _n, j, lf in CS_TECHS if j <= d and (lf is None or lf >= d)]
        tech = r.choice(techs)
        vt = r.choices(["clean", "callout", "install"], weights=[70, 24, 6])[0]
        hour = r.randint(7, 15)
        sched = _epoch(d, hour)
        if d >= TODAY:
            visits.append((v[0], tech, vt, sched, None, None, None))
            continue
        start = sched + r.randint(-10, 40) * 60
        mins = {"clean": r.randint(35, 150), "callout": r.randint(40, 200), "install": r.randint(150, 400)}[vt]
        mins += v[4] * 3
        x = r.random()
        outcome = "NA" if x < 0.06 else ("FX" if x < (0.55 if vt == "callout" else 0.16) else "OK")
        if outcome == "NA":
            mins = r.randint(5, 20)
        visits.append((v[0], tech, vt, sched, start, start + mins * 60, outcome))
    visits.sort(key=lambda x: (x[3], x[0]))
    insert(c, "visits", [(k, *x) for k, x in enumerate(visits, 1)])
    vparts = []
    for k, (_v, _t, vt, _s, st, _f, oc) in enumerate(visits, 1):
        if st is None or oc == "NA":
            continue
        chosen = [1] if vt == "clean" else []
        if vt != "clean" or r.random() < 0.2:
            chosen += r.sample(range(2, 11), r.randint(1, 3 if vt == "install" else 2))
        for p in chosen:
            q = r.randint(5, 20) if p == 5 else r.randint(1, 4) if p == 3 else 1
            vparts.append((k, p, q))
    insert(c, "visit_parts", vparts)
    invoices = []
    for v in venues:
        lo = max(START, dt.datetime.fromtimestamp(v[6], dt.UTC).date())
        m = D(lo.year, lo.month, 1)
        while m < D(2025, 6, 1):
            if r.random() < 0.45:
                issued = m + dt.timedelta(days=r.randint(0, 5))
                base = 4500 + v[4] * 850 + (6000 if v[5] == "premium" else 0)
                amt = base + r.choice([0, 0, 0, 1250, 2400, 3900, 14800])
                late = issued > D(2025, 4, 20) and r.random() < 0.6
                unpaid = late or r.random() < 0.03
                paid = None if unpaid else _epoch(issued + dt.timedelta(days=r.randint(3, 45)), 12)
                invoices.append((v[0], _epoch(issued, 8), amt, paid))
            m = D(m.year + (m.month == 12), m.month % 12 + 1, 1)
    invoices.sort(key=lambda x: (x[1], x[0]))
    insert(c, "invoices", [(k, *x) for k, x in enumerate(invoices, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- flourmill
FM_SUPPLIERS = [
    (1, "Manor Farm", "Oxfordshire", "Y"), (2, "Longfield Estate", "Wiltshire", "N"),
    (3, "Hollybush Farm", "Gloucestershire", "Y"), (4, "Cotswold Grain Co", "Gloucestershire", "N"),
    (5, "Weald Heritage Grains", "Sussex", "Y"), (6, "Downland Arable", "Hampshire", "N"),
    (7, "Fenside Farms", "Cambridgeshire", "N"),
]  # fmt: skip
FM_PRODUCTS = [
    ("Strong White Bread Flour", "Bread flour", 16, 18.50, "Y"), ("Strong Wholemeal Bread Flour", "Wholemeal", 16, 17.90, "Y"),
    ("Organic Strong White", "Bread flour", 16, 23.40, "Y"), ("Plain White Flour", "Plain flour", 16, 15.20, "Y"),
    ("Self-Raising Flour", "Plain flour", 16, 15.80, "Y"), ("Tipo 00 Pizza Flour", "Speciality", 25, 27.50, "Y"),
    ("Dark Rye Flour", "Rye", 16, 19.60, "Y"), ("Light Rye Flour", "Rye", 16, 19.20, "N"),
    ("Wholegrain Spelt Flour", "Speciality", 16, 26.80, "Y"), ("Malted Grain Flour", "Bread flour", 16, 20.10, "Y"),
    ("Heritage Wheat Blend", "Speciality", 16, 29.90, "N"), ("Fine Oatmeal", "Oats", 25, 22.00, "Y"),
    ("Brown Bread Flour", "Wholemeal", 16, 17.10, "Y"), ("Semolina", "Speciality", 25, 24.30, "Y"),
]  # fmt: skip
FM_CUSTOMERS = [
    ("Hole in the Wall Bakery", "Bakery", "Bristol"), ("Mark's Bread", "Bakery", "Bristol"),
    ("Pizza Workshop", "Pizzeria", "Bristol"), ("Bertha's Pizza", "Pizzeria", "Bristol"),
    ("Hart's Bakery", "Bakery", "Bristol"), ("Bakery on Ladies Mile", "Bakery", "Bristol"),
    ("Farrow & Crumb", "Bakery", "Bath"), ("Bath Sourdough Co", "Bakery", "Bath"), ("Pizza Fabrica", "Pizzeria", "Bath"),
    ("The Oxford Loaf", "Bakery", "Oxford"), ("Wild Yeast Oxford", "Bakery", "Oxford"),
    ("Cowley Road Pizzeria", "Pizzeria", "Oxford"), ("Cotswold Fine Foods", "Wholesaler", "Cheltenham"),
    ("Severn Catering Supplies", "Wholesaler", "Gloucester"), ("Cheltenham Bread House", "Bakery", "Cheltenham"),
    ("Stroud Farmers Pantry", "Retail", "Stroud"), ("The Flour Pot Deli", "Retail", "Bath"),
    ("Swindon Baking Supplies", "Wholesaler", "Swindon"), ("Malmesbury Bakehouse", "Bakery", "Malmesbury"),
    ("Dough Bros Pizzeria", "Pizzeria", "Cheltenham"), ("Grain & Vine Shop", "Retail", "Oxford"),
    ("Riverside Bakery", "Bakery", "Gloucester"), ("Slice of Napoli", "Pizzeria", "Swindon"),
    ("Hobbs Bakery", "Bakery", "Stroud"), ("Westbury Park Bakery", "Bakery", "Bristol"),
    ("Village Stores Tetbury", "Retail", "Tetbury"), ("Artisan Crust", "Bakery", "Bath"),
    ("Forno Rosso", "Pizzeria", "Oxford"),
]  # fmt: skip
FM_WORKERS = [
    (1, "Tom Hollis", "Mill Manager", None, D(2012, 4, 1)),
    (2, "Jess Dyer", "Head Miller", 1, D(2014, 9, 8)),
    (3, "Ollie Bright", "Miller", 2, D(2017, 1, 16)),
    (4, "Sian Evans", "Miller", 2, D(2019, 7, 1)),
    (5, "Kieran Moss", "Assistant Miller", 3, D(2021, 3, 22)),
    (6, "Nadia Ali", "Assistant Miller", 4, D(2022, 10, 3)),
    (7, "Pete Clarke", "Packer", 2, D(2020, 5, 11)),
    (8, "Lucy Ward", "Packer", 2, D(2023, 8, 14)),
    (9, "Ray Fenwick", "Dispatch Driver", 1, D(2016, 2, 29)),
]


def build_flourmill(path: Path) -> None:
    r = random.Random(74005)
    c = fresh_db(
        path,
        """
        CREATE TABLE splr (splr_id INTEGER PRIMARY KEY, splr_nm TEXT NOT NULL, cnty TEXT NOT NULL,
            orgnc TEXT NOT NULL DEFAULT 'N');
        CREATE TABLE grn_lt (lt_id INTEGER PRIMARY KEY, splr_id INTEGER NOT NULL REFERENCES splr(splr_id),
            grn_typ TEXT NOT NULL, rcvd_dt DATE NOT NULL, wght_t REAL NOT NULL, prtn_pct REAL NOT NULL,
            accptd TEXT NOT NULL, prc_per_t REAL NOT NULL);
        CREATE TABLE prdct (prdct_id INTEGER PRIMARY KEY, prdct_nm TEXT NOT NULL, ctgry TEXT NOT NULL,
            bg_kg INTEGER NOT NULL, prc REAL NOT NULL, actv TEXT NOT NULL DEFAULT 'Y');
        CREATE TABLE cstmr (cstmr_id INTEGER PRIMARY KEY, cstmr_nm TEXT NOT NULL, cstmr_typ TEXT NOT NULL,
            twn TEXT NOT NULL, opnd_dt DATE NOT NULL);
        CREATE TABLE ordr (ordr_id INTEGER PRIMARY KEY, cstmr_id INTEGER NOT NULL REFERENCES cstmr(cstmr_id),
            ordr_dt DATE NOT NULL, dlvr_dt DATE, sts TEXT NOT NULL);
        CREATE TABLE ordr_ln (ln_id INTEGER PRIMARY KEY, ordr_id INTEGER NOT NULL REFERENCES ordr(ordr_id),
            prdct_id INTEGER NOT NULL REFERENCES prdct(prdct_id), qty INTEGER NOT NULL, amt REAL NOT NULL);
        CREATE TABLE wrkr (wrkr_id INTEGER PRIMARY KEY, wrkr_nm TEXT NOT NULL, rl TEXT NOT NULL,
            spvsr_id INTEGER REFERENCES wrkr(wrkr_id), hrd_dt DATE NOT NULL);
        CREATE TABLE shft (shft_id INTEGER PRIMARY KEY, wrkr_id INTEGER NOT NULL REFERENCES wrkr(wrkr_id),
            shft_dt DATE NOT NULL, shft_typ TEXT NOT NULL, hrs REAL NOT NULL, mlld_t REAL NOT NULL);
        """,
    )
    insert(c, "splr", FM_SUPPLIERS)
    lots = []
    grains = {1: ["Wheat", "Spelt"], 2: ["Wheat", "Oats"], 3: ["Wheat", "Rye"], 4: ["Wheat", "Oats"],
              5: ["Wheat", "Spelt", "Rye"], 6: ["Wheat"], 7: ["Wheat", "Rye"]}  # fmt: skip
    for _ in range(130):
        s = r.randint(1, 7)
        g = r.choice(grains[s])
        d = day_between(r, START, LAST)
        w = round(r.uniform(8, 29), 1)
        prot = round(r.uniform(9.5, 14.2), 1) if g == "Wheat" else round(r.uniform(8.0, 12.5), 1)
        ok = r.random() > (0.25 if g == "Wheat" and prot < 10.5 else 0.07)
        price = round({"Wheat": 215, "Spelt": 340, "Rye": 240, "Oats": 205}[g] * r.uniform(0.9, 1.12), 2)
        if FM_SUPPLIERS[s - 1][3] == "Y":
            price = round(price * 1.3, 2)
        lots.append((s, g, d, w, prot, _yn(ok), price))
    lots.sort(key=lambda x: (x[2], x[0]))
    insert(c, "grn_lt", [(k, s, g, _iso(d), w, p, a, pr) for k, (s, g, d, w, p, a, pr) in enumerate(lots, 1)])
    insert(c, "prdct", [(k, *x) for k, x in enumerate(FM_PRODUCTS, 1)])
    custs = [(k, n, t, town, _iso(day_between(r, D(2016, 1, 1), D(2024, 10, 31))))
             for k, (n, t, town) in enumerate(FM_CUSTOMERS, 1)]  # fmt: skip
    insert(c, "cstmr", custs)
    orders, lines = [], []
    ordering = [k for k in range(1, len(FM_CUSTOMERS) + 1) if k not in (21, 26)]
    for _ in range(190):
        cu = r.choice(ordering)
        d = day_between(r, max(START, D.fromisoformat(custs[cu - 1][4])), LAST)
        dl = d + dt.timedelta(days=r.randint(1, 5))
        if dl >= TODAY:
            orders.append((cu, d, None, "O"))
        elif r.random() < 0.06:
            orders.append((cu, d, None, "X"))
        else:
            orders.append((cu, d, dl, "D"))
    orders.sort(key=lambda x: (x[1], x[0]))
    for k, (cu, d, _dl, _st) in enumerate(orders, 1):
        typ = FM_CUSTOMERS[cu - 1][1]
        pool = [p for p in range(1, 15) if FM_PRODUCTS[p - 1][4] == "Y" or d < D(2024, 6, 1)]
        if typ == "Pizzeria":
            pool = [6, 6, 6, 1, 14, 4]
        for p in sorted(set(r.sample(pool, min(len(pool), r.choice([1, 2, 2, 3]))))):
            lo, hi = {"Bakery": (2, 12), "Pizzeria": (2, 12), "Wholesaler": (10, 40)}.get(typ, (1, 5))
            q = r.randint(lo, hi)
            lines.append((len(lines) + 1, k, p, q, round(q * FM_PRODUCTS[p - 1][3], 2)))
    insert(c, "ordr", [(k, cu, _iso(d), _iso(dl), st) for k, (cu, d, dl, st) in enumerate(orders, 1)])
    insert(c, "ordr_ln", lines)
    insert(c, "wrkr", [(i, n, rl, s, _iso(h)) for i, n, rl, s, h in FM_WORKERS])
    shifts = []
    for _ in range(260):
        w = r.choice(FM_WORKERS[1:8])
        d = day_between(r, max(D(2024, 1, 1), w[4]), LAST)
        typ = r.choices(["E", "L", "N"], weights=[5, 4, 2])[0]
        if w[0] in (7, 8) and typ == "N":
            typ = "E"
        hrs = r.choice([8.0, 8.0, 10.0, 12.0]) if typ == "N" else r.choice([6.0, 7.5, 8.0, 8.0])
        milled = 0.0 if w[0] in (7, 8) else round(hrs * r.uniform(0.45, 0.8), 1)
        shifts.append((w[0], d, typ, hrs, milled))
    shifts.sort(key=lambda x: (x[1], x[0]))
    insert(c, "shft", [(k, w, _iso(d), t, h, m) for k, (w, d, t, h, m) in enumerate(shifts, 1)])
    done(c)


# ------------------------------------------------------------------------------------------------------- teaimport
TI_LIEFERANTEN = [
    (1, "Makaibari Tea Estate", "IN", "Darjeeling"), (2, "Halmari Estate", "IN", "Assam"),
    (3, "Pedro Estate", "LK", "Nuwara Eliya"), (4, "Zhejiang Longjing Co-op", "CN", "Zhejiang"),
    (5, "Fujian White Tea Garden", "CN", "Fujian"), (6, "Uji Tea Farm Morita", "JP", "Kyoto"),
    (7, "Kericho Highlands", "KE", "Kericho"), (8, "Alishan Oolong Farm", "TW", "Chiayi"),
    (9, "Kraeuterhof Steiner", "DE", "Bayern"),
]  # fmt: skip
TI_TEES = [
    ("Darjeeling First Flush", "Schwarz", 1, "J", 58.0, 96.0), ("Darjeeling Second Flush", "Schwarz", 1, "J", 46.0, 79.0),
    ("Assam Broken", "Schwarz", 2, "N", 14.5, 29.0), ("Assam Golden Tips", "Schwarz", 2, "N", 31.0, 58.0),
    ("Ceylon Orange Pekoe", "Schwarz", 3, "N", 16.0, 33.0), ("Ceylon Uva Highlands", "Schwarz", 3, "J", 24.0, 45.0),
    ("Long Jing Drachenbrunnen", "Gruen", 4, "N", 52.0, 88.0), ("Gunpowder", "Gruen", 4, "J", 12.0, 26.0),
    ("Pai Mu Tan", "Weiss", 5, "J", 38.0, 69.0), ("Silver Needle", "Weiss", 5, "N", 95.0, 158.0),
    ("Sencha Uji", "Gruen", 6, "J", 41.0, 72.0), ("Gyokuro", "Gruen", 6, "N", 110.0, 185.0),
    ("Matcha Zeremonie", "Gruen", 6, "J", 140.0, 240.0), ("Kenia Milima", "Schwarz", 7, "N", 11.0, 22.0),
    ("Alishan High Mountain", "Oolong", 8, "N", 72.0, 125.0), ("Milky Oolong", "Oolong", 8, "N", 44.0, 82.0),
    ("Pfefferminze", "Kraeuter", 9, "J", 9.0, 19.0), ("Kamille", "Kraeuter", 9, "J", 10.5, 21.0),
]  # fmt: skip
TI_MITARBEITER = [
    (1, "Katrin", "Vogel", "Geschaeftsfuehrerin", None, D(2011, 1, 3), None),
    (2, "Jens", "Hartmann", "Vertriebsleiter", 1, D(2013, 5, 1), None),
    (3, "Sabine", "Keller", "Einkaufsleiterin", 1, D(2014, 2, 1), None),
    (4, "Lukas", "Brandt", "Aussendienst", 2, D(2016, 9, 1), None),
    (5, "Miriam", "Schulz", "Aussendienst", 2, D(2018, 4, 15), None),
    (6, "Tobias", "Wendt", "Aussendienst", 2, D(2019, 11, 1), D(2024, 9, 30)),
    (7, "Anna", "Roth", "Innendienst", 2, D(2021, 3, 1), None),
    (8, "Felix", "Baumann", "Teeverkoster", 3, D(2017, 6, 1), None),
    (9, "Lea", "Krueger", "Lager", 3, D(2022, 1, 10), None),
    (10, "Nico", "Seidel", "Aussendienst", 2, D(2024, 10, 1), None),
]
TI_FIRMEN = [
    ("Cafe Kranzler", "Cafe", "Berlin"), ("Teestube am Markt", "Cafe", "Hamburg"), ("Hotel Atlantic", "Hotel", "Hamburg"),
    ("Teeladen Sonnenschein", "Einzelhandel", "Muenchen"), ("Restaurant Lindenhof", "Restaurant", "Koeln"),
    ("Cafe Luitpold", "Cafe", "Muenchen"), ("Hotel Bayerischer Hof", "Hotel", "Muenchen"),
    ("Teekontor Bremen", "Einzelhandel", "Bremen"), ("Cafe Einstein", "Cafe", "Berlin"),
    ("Schlosshotel Kronberg", "Hotel", "Frankfurt"), ("Teehaus Ronnefeldt", "Einzelhandel", "Frankfurt"),
    ("Bistro Elbblick", "Restaurant", "Hamburg"), ("Cafe Extrablatt", "Cafe", "Koeln"),
    ("Hotel Adlon", "Hotel", "Berlin"), ("Teeparadies", "Einzelhandel", "Leipzig"), ("Cafe Riquet", "Cafe", "Leipzig"),
    ("Restaurant Zum Schiffchen", "Restaurant", "Duesseldorf"), ("Breidenbacher Hof", "Hotel", "Duesseldorf"),
    ("Teefreunde", "Einzelhandel", "Hamburg"), ("Cafe Heinemann", "Cafe", "Duesseldorf"),
    ("Gasthaus Ochsen", "Restaurant", "Stuttgart"), ("Teeecke Stuttgart", "Einzelhandel", "Stuttgart"),
    ("Hotel Vier Jahreszeiten", "Hotel", "Hamburg"), ("Cafe Tomaselli Berlin", "Cafe", "Berlin"),
    ("Bioladen Gruene Erde", "Einzelhandel", "Freiburg"), ("Restaurant Faehrhaus", "Restaurant", "Kiel"),
    ("Cafe Fraenkel", "Cafe", "Nuernberg"), ("Hotel Schwarzwald", "Hotel", "Freiburg"),
    ("Teeschale", "Einzelhandel", "Berlin"), ("Kaffeehaus Mozart", "Cafe", "Stuttgart"),
]  # fmt: skip
TI_VORNAMEN = ["Anke", "Bernd", "Claudia", "Dirk", "Eva", "Frank", "Gisela", "Heiko", "Ines", "Joerg", "Karin",
               "Lars", "Monika", "Norbert", "Petra", "Ralf", "Silke", "Thomas", "Ute", "Volker"]  # fmt: skip
TI_NACHNAMEN = ["Becker", "Fischer", "Hoffmann", "Klein", "Lange", "Meyer", "Neumann", "Richter", "Schmitt",
                "Wagner", "Weber", "Wolf", "Zimmermann", "Koch", "Bauer"]  # fmt: skip


def build_teaimport(path: Path) -> None:
    r = random.Random(74006)
    c = fresh_db(
        path,
        """
        CREATE TABLE Lieferant (LieferantID INTEGER PRIMARY KEY, Name TEXT NOT NULL, Land TEXT NOT NULL,
            Region TEXT NOT NULL);
        CREATE TABLE Tee (TeeID INTEGER PRIMARY KEY, Bezeichnung TEXT NOT NULL, Sorte TEXT NOT NULL,
            LieferantID INTEGER NOT NULL REFERENCES Lieferant(LieferantID), Bio TEXT NOT NULL DEFAULT 'N',
            EinkaufspreisProKg REAL NOT NULL, VerkaufspreisProKg REAL NOT NULL);
        CREATE TABLE Kunde (KundeID INTEGER PRIMARY KEY, Firma TEXT NOT NULL, Vorname TEXT NOT NULL,
            Nachname TEXT NOT NULL, Ort TEXT NOT NULL, Kundentyp TEXT NOT NULL, KundeSeit DATE NOT NULL);
        CREATE TABLE Mitarbeiter (MitarbeiterID INTEGER PRIMARY KEY, Vorname TEXT NOT NULL, Nachname TEXT NOT NULL,
            Position TEXT NOT NULL, VorgesetzterID INTEGER REFERENCES Mitarbeiter(MitarbeiterID),
            Eintrittsdatum DATE NOT NULL, Austrittsdatum DATE);
        CREATE TABLE Rechnung (RechnungID INTEGER PRIMARY KEY, KundeID INTEGER NOT NULL REFERENCES Kunde(KundeID),
            MitarbeiterID INTEGER NOT NULL REFERENCES Mitarbeiter(MitarbeiterID), Datum DATE NOT NULL,
            Betrag REAL NOT NULL, BezahltAm DATE);
        CREATE TABLE Rechnungsposition (PositionID INTEGER PRIMARY KEY,
            RechnungID INTEGER NOT NULL REFERENCES Rechnung(RechnungID), TeeID INTEGER NOT NULL REFERENCES Tee(TeeID),
            MengeKg REAL NOT NULL, PreisProKg REAL NOT NULL);
        """,
    )
    insert(c, "Lieferant", TI_LIEFERANTEN)
    insert(c, "Tee", [(k, n, s, li, bio, ek, vk) for k, (n, s, li, bio, ek, vk) in enumerate(TI_TEES, 1)])
    kunden = []
    pairs = [(v, n) for v in TI_VORNAMEN for n in TI_NACHNAMEN]
    r.shuffle(pairs)
    for k, (firma, typ, ort) in enumerate(TI_FIRMEN, 1):
        v, n = pairs[k]
        kunden.append((k, firma, v, n, ort, typ, _iso(day_between(r, D(2014, 1, 1), D(2024, 12, 31)))))
    insert(c, "Kunde", kunden)
    insert(c, "Mitarbeiter", [(i, v, n, p, vg, _iso(e), _iso(a)) for i, v, n, p, vg, e, a in TI_MITARBEITER])
    rechnungen, positionen = [], []
    kaufend = [k for k in range(1, len(TI_FIRMEN) + 1) if k not in (16, 26)]
    for _ in range(200):
        ku = r.choice(kaufend)
        d = day_between(r, max(START, D.fromisoformat(kunden[ku - 1][6])), LAST)
        reps = [m for m in (4, 5, 6, 7, 10)
                if TI_MITARBEITER[m - 1][5] <= d and (TI_MITARBEITER[m - 1][6] is None or TI_MITARBEITER[m - 1][6] >= d)]  # fmt: skip
        rep = r.choice(reps)
        rechnungen.append([ku, rep, d])
    rechnungen.sort(key=lambda x: (x[2], x[0]))
    rows = []
    for k, (ku, rep, d) in enumerate(rechnungen, 1):
        total = 0.0
        pool = [t for t in range(1, 19) if t != 12 or kunden[ku - 1][5] == "Hotel"]
        for t in r.sample(pool, r.choice([1, 2, 2, 3])):
            kg = r.choice([0.5, 1.0, 1.0, 2.0, 2.5, 5.0]) if TI_TEES[t - 1][4] < 60 else r.choice([0.25, 0.5, 1.0])
            price = TI_TEES[t - 1][5] if d.year < 2025 else round(TI_TEES[t - 1][5] * 1.04, 2)
            positionen.append((len(positionen) + 1, k, t, kg, price))
            total += kg * price
        paid_after = r.randint(5, 60)
        paid = d + dt.timedelta(days=paid_after)
        bezahlt = None if paid > LAST or r.random() < 0.03 else _iso(paid)
        rows.append((k, ku, rep, _iso(d), round(total, 2), bezahlt))
    insert(c, "Rechnung", rows)
    insert(c, "Rechnungsposition", positionen)
    done(c)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "distillery": build_distillery,
    "seafoodwholesale": build_seafoodwholesale,
    "schoolmeals": build_schoolmeals,
    "cellarservice": build_cellarservice,
    "flourmill": build_flourmill,
    "teaimport": build_teaimport,
}
